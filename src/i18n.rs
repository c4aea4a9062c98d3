//! The two languages of user-facing text. Chinese is the default; English on request.

use serde::Serialize;

/// Language of user-facing text (messages, gaps, hints, reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Picks the text for this language.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Picks an optional English variant, falling back to Chinese when it is missing.
    pub fn pick_opt<'a>(self, zh: &'a str, en: Option<&'a str>) -> &'a str {
        match (self, en) {
            (Lang::En, Some(en)) if !en.is_empty() => en,
            _ => zh,
        }
    }
}

/// `s` safe to print on a terminal: control characters (CR overprinting a line, ESC starting an
/// escape sequence) and the bidirectional overrides (U+202E turning `fdp.exe` around) that file
/// names, documents and certificates may carry are shown escaped (`\r`, `\u{202e}`).
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_and_bidi_characters_are_shown_escaped() {
        assert_eq!(super::terminal_safe("会议纪要.docx"), "会议纪要.docx");
        assert_eq!(
            super::terminal_safe("a\r✓ 核验通过\u{1b}[2K"),
            "a\\r✓ 核验通过\\u{1b}[2K"
        );
        assert_eq!(super::terminal_safe("\u{202e}fdp.exe"), "\\u{202e}fdp.exe");
    }
}
