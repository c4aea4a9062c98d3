//! Markdown (pulldown-cmark): YAML front matter is split off first, then text, headings and tables
//! are collected from the event stream.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::Extracted;

/// Splits `---` front matter off the top: (yaml, first yaml line, body).
pub(crate) fn split_front_matter(text: &str) -> (Option<(String, usize)>, &str) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml = rest[..offset].to_string();
            return (Some((yaml, 2)), &rest[offset + line.len()..]);
        }
        offset += line.len();
    }
    // No closing fence: not front matter, just a thematic break at the top.
    (None, text)
}

/// Reads a Markdown document.
pub(crate) fn read(text: &str) -> Extracted {
    let (front_matter, body) = split_front_matter(text);
    let mut out = Extracted {
        front_matter,
        ..Extracted::default()
    };
    let mut heading: Option<String> = None;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    let mut table: Vec<Vec<String>> = Vec::new();
    for event in Parser::new_ext(body, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = heading.take() {
                    out.headings.push(h.trim().to_string());
                }
                out.text.push('\n');
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let c = cell.take().unwrap_or_default();
                out.text.push('\t');
                row.push(c.trim().to_string());
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                table.push(std::mem::take(&mut row));
                out.text.push('\n');
            }
            Event::End(TagEnd::Table) => out.tables.push(std::mem::take(&mut table)),
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::CodeBlock,
            ) => out.text.push('\n'),
            Event::Text(t) | Event::Code(t) => {
                out.text.push_str(&t);
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => out.text.push('\n'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_reads_tables() {
        let md = "---\ntitle: 签到表\ndate: 2024-03-12\n---\n# 燃气安全培训签到表\n\n| 序号 | 姓名 |\n|---|---|\n| 1 | 张三 |\n| 2 | 李四 |\n";
        let x = read(md);
        assert_eq!(
            x.front_matter.as_ref().unwrap().0,
            "title: 签到表\ndate: 2024-03-12\n"
        );
        assert_eq!(x.headings, vec!["燃气安全培训签到表"]);
        assert_eq!(x.tables.len(), 1);
        assert_eq!(x.tables[0].len(), 3);
        assert_eq!(x.tables[0][2], vec!["2", "李四"]);
        assert!(x.text.contains("李四"));
        assert!(!x.text.contains("title:"));
    }

    #[test]
    fn a_lone_rule_at_the_top_is_not_front_matter() {
        let x = read("---\n正文没有结束标记");
        assert!(x.front_matter.is_none());
    }
}
