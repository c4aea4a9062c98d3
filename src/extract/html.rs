//! Web pages (`.html`, `.htm`), and Word or WPS documents "saved as a web page" under a `.doc`
//! name, which offices produce often. Parsed with html5ever (through `scraper`), the parser
//! browsers use, so broken markup reads as a browser would show it.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::Extracted;
use crate::diagnostic::Code;
use crate::i18n::Lang;

/// Deeper nesting than any page an office writes; html5ever's tree building slows down
/// quadratically with depth, so a page nested deeper is refused rather than parsed for minutes.
const MAX_DEPTH: usize = 2_000;

/// Elements that never nest: void elements, and those whose end tag may be left out (old pages
/// write `<p>` and `<td>` without closing them; a new one closes the last).
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd", "option", "thead", "tbody", "tfoot",
    "colgroup", "rt", "rp", "optgroup",
];

/// Elements whose content is not part of the page's text.
const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "object", "iframe",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "dt",
    "dd",
    "center",
];

/// Whether decoded text is an HTML document rather than text that mentions a tag.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || head.starts_with("<head") && head.contains("<meta")
}

/// An upper estimate of how deep the page's elements nest, from its tags alone.
fn nesting_estimate(source: &str) -> usize {
    let bytes = source.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        i += off + 1;
        let rest = &bytes[i..];
        if rest.first() == Some(&b'/') {
            depth = depth.saturating_sub(1);
        } else if rest.first().is_some_and(u8::is_ascii_alphabetic) {
            let name_len = rest
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            let name = String::from_utf8_lossy(&rest[..name_len]).to_ascii_lowercase();
            if !FLAT.contains(&name.as_str()) {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
    }
    deepest
}

/// The visible text of a page, its headings (`<title>` then `h1`–`h6`) and its tables.
pub(crate) fn read(source: &str, lang: Lang) -> Extracted {
    if nesting_estimate(source) > MAX_DEPTH {
        return Extracted {
            problems: vec![(
                Code::Damaged,
                match lang {
                    Lang::Zh => {
                        format!("网页元素嵌套超过 {MAX_DEPTH} 层，疑为异常构造，未读取正文")
                    }
                    Lang::En => format!(
                        "page elements nest deeper than {MAX_DEPTH} levels, which no office writes; content not read"
                    ),
                },
            )],
            ..Extracted::default()
        };
    }
    let page = Html::parse_document(source);
    let mut out = Extracted::default();
    let mut title = None;
    let mut hidden_depth = 0usize;
    let mut heading: Option<String> = None;
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    let mut row: Option<Vec<String>> = None;
    let mut cell: Option<String> = None;
    let mut in_title = false;

    // `traverse` walks without recursion, so a page nested a million deep cannot exhaust the stack.
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if name == "title" {
                        in_title = true;
                    }
                    if HIDDEN.contains(&name) {
                        hidden_depth += 1;
                        continue;
                    }
                    if hidden_depth > 0 {
                        continue;
                    }
                    match name {
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => heading = Some(String::new()),
                        "table" => tables.push(Vec::new()),
                        "tr" => row = Some(Vec::new()),
                        "td" | "th" => cell = Some(String::new()),
                        _ => {}
                    }
                    if BLOCKS.contains(&name) && cell.is_none() {
                        newline(&mut out.text);
                    }
                }
                Node::Text(t) => {
                    if in_title {
                        let t = t.trim();
                        if !t.is_empty() && title.is_none() {
                            title = Some(t.to_string());
                        }
                    }
                    if hidden_depth > 0 {
                        continue;
                    }
                    let piece = collapse(t);
                    if piece.is_empty() {
                        continue;
                    }
                    if let Some(h) = heading.as_mut() {
                        h.push_str(&piece);
                    }
                    match cell.as_mut() {
                        Some(c) => c.push_str(&piece),
                        None => out.text.push_str(&piece),
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                let Node::Element(e) = node.value() else {
                    continue;
                };
                let name = e.name();
                if name == "title" {
                    in_title = false;
                }
                if HIDDEN.contains(&name) {
                    hidden_depth = hidden_depth.saturating_sub(1);
                    continue;
                }
                if hidden_depth > 0 {
                    continue;
                }
                match name {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        if let Some(h) = heading.take() {
                            let h = h.trim();
                            if !h.is_empty() {
                                out.headings.push(h.to_string());
                            }
                        }
                    }
                    "td" | "th" => {
                        if let (Some(r), Some(c)) = (row.as_mut(), cell.take()) {
                            r.push(c.trim().to_string());
                        }
                    }
                    "tr" => {
                        if let Some(r) = row.take() {
                            newline(&mut out.text);
                            out.text.push_str(&r.join("\t"));
                            if let Some(t) = tables.last_mut() {
                                t.push(r);
                            }
                        }
                    }
                    "table" => out.tables.extend(tables.pop()),
                    _ => {}
                }
                if BLOCKS.contains(&name) && cell.is_none() {
                    newline(&mut out.text);
                }
            }
        }
    }
    let text = out.text.trim().to_string();
    out.text = text;
    out.text.push('\n');
    // A page's <title> is what its author named it; offices' exports set it to the document title.
    if let Some(t) = title {
        if out.headings.first() != Some(&t) {
            out.headings.insert(0, t);
        }
    } else if out.headings.is_empty() {
        out.headings.extend(super::text::read(&out.text).headings);
    }
    out
}

/// Whitespace in HTML text collapses to one space, as a browser shows it; Chinese text has no
/// spaces between words, so a line break inside Chinese text disappears instead.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{a0}' {
            pending_space = true;
            continue;
        }
        if pending_space {
            let prev_cjk = out.chars().last().is_some_and(is_cjk);
            if !(out.is_empty() || prev_cjk && is_cjk(c)) {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
    }
    if pending_space && !out.is_empty() {
        out.push(' ');
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

fn newline(text: &mut String) {
    while text.ends_with(' ') {
        text.pop();
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_headings_and_tables_but_not_scripts() {
        let page = r#"<!DOCTYPE html><html><head><title>消防演练记录</title>
            <style>p{color:red}</style><script>var x = "不应出现";</script></head>
            <body><h1>2024年消防演练</h1><p>时间：2024年5月12日
            </p><p>参加人数：共45人</p>
            <table><tr><th>姓名</th><th>单位</th></tr><tr><td>张三</td><td>物业</td></tr></table>
            </body></html>"#;
        let x = read(page, Lang::Zh);
        assert_eq!(x.headings[0], "消防演练记录");
        assert!(x.headings.contains(&"2024年消防演练".to_string()));
        assert!(x.text.contains("时间：2024年5月12日"), "{}", x.text);
        assert!(x.text.contains("参加人数：共45人"));
        assert!(x.text.contains("张三\t物业"));
        assert!(!x.text.contains("不应出现"));
        assert!(!x.text.contains("color"));
        assert_eq!(x.tables[0][1], vec!["张三", "物业"]);
    }

    #[test]
    fn deep_nesting_is_refused_but_ordinary_nesting_read() {
        let nested = |n: usize| {
            format!(
                "<html><body>{}安全{}<br><img src=x></body></html>",
                "<div>".repeat(n),
                "</div>".repeat(n)
            )
        };
        let x = read(&nested(200_000), Lang::Zh);
        assert!(x.text.is_empty());
        assert_eq!(x.problems[0].0, Code::Damaged);
        let x = read(&nested(500), Lang::Zh);
        assert!(x.text.contains("安全") && x.problems.is_empty());
        // Tables of many rows, void elements and unclosed paragraphs are wide, not deep.
        let rows = "<tr><td>张三<br><p>一<p>二</td><td><img src=a></td></tr>".repeat(10_000);
        let x = read(&format!("<table>{rows}</table>"), Lang::Zh);
        assert_eq!(x.tables[0].len(), 10_000);
    }

    #[test]
    fn sniffs_pages_not_text_mentioning_tags() {
        assert!(looks_like_html("\u{feff}<!DOCTYPE HTML PUBLIC"));
        assert!(looks_like_html(
            "  <html xmlns:o=\"urn:schemas-microsoft-com\">"
        ));
        assert!(!looks_like_html("会议纪要\n用 <html> 标签"));
    }
}
