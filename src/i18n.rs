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
