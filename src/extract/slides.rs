//! Presentations (.pptx, and WPS's .dps saved in the same Open XML form): the training
//! courseware (培训课件) and the report slides (汇报材料) an office keeps. Each slide's text, in the
//! order the deck shows them, its title as a heading, and its tables as rows. The container goes
//! through the same zip checks as Word and Excel files.

use quick_xml::events::Event;

use super::Extracted;
use super::office::{check_zip, damaged, read_entry};
use crate::diagnostic::Code;
use crate::i18n::Lang;

/// Slides read from one deck: past any real courseware, short of a hostile deck's cost.
const MAX_SLIDES: usize = 2000;

/// The text of a .pptx.
pub(crate) fn pptx(bytes: &[u8], lang: Lang) -> Extracted {
    let mut zip = match check_zip(bytes, lang) {
        Ok(z) => z,
        Err(x) => return *x,
    };
    let names: Vec<String> = zip.file_names().flatten().map(|n| n.into_owned()).collect();
    let order = read_entry(&mut zip, "ppt/presentation.xml")
        .zip(read_entry(&mut zip, "ppt/_rels/presentation.xml.rels"))
        .map(|(deck, rels)| slides_in_deck_order(&deck, &rels))
        .unwrap_or_default();
    let mut slides = if order.is_empty() {
        slides_by_number(&names)
    } else {
        order
    };
    // A deck shows each slide once: a list naming one part again and again is read once.
    let mut seen = std::collections::HashSet::new();
    slides.retain(|s| seen.insert(s.clone()));
    if slides.is_empty() {
        return damaged(lang, "ppt/slides");
    }
    let mut out = Extracted::default();
    for name in slides.iter().take(MAX_SLIDES) {
        let Some(xml) = read_entry(&mut zip, name) else {
            continue;
        };
        if let Err(e) = read_slide(&xml, &mut out) {
            out.problems.push((
                Code::Damaged,
                format!(
                    "{name}: {e}: {}",
                    lang.pick(
                        "幻灯片结构损坏，只读出部分内容",
                        "damaged slide XML; content read in part"
                    )
                ),
            ));
        }
    }
    if slides.len() > MAX_SLIDES {
        out.problems.push((
            Code::TooLarge,
            lang.pick(
                "幻灯片超过 2000 页，只读取了前 2000 页",
                "more than 2000 slides; the first 2000 were read",
            )
            .into(),
        ));
    }
    if out.headings.is_empty() {
        out.headings.extend(super::text::read(&out.text).headings);
    }
    out
}

/// The slide parts in the order `presentation.xml` lists them (`p:sldId r:id` → the target in
/// its relationships), which is the order the deck is shown in, whatever the part names.
fn slides_in_deck_order(deck: &[u8], rels: &[u8]) -> Vec<String> {
    let mut targets = std::collections::HashMap::new();
    let mut reader = quick_xml::Reader::from_reader(rels);
    let mut buf = Vec::new();
    while let Ok(event) = reader.read_event_into(&mut buf) {
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"Relationship" => {
                let attr = |key: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == key)
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                };
                if let (Some(id), Some(target)) = (attr(b"Id"), attr(b"Target")) {
                    targets.insert(id, target);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let mut order = Vec::new();
    let mut reader = quick_xml::Reader::from_reader(deck);
    while let Ok(event) = reader.read_event_into(&mut buf) {
        match event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"sldId" => {
                let id = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == b"id" && a.key.prefix().is_some())
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned());
                if let Some(target) = id.and_then(|id| targets.get(&id)) {
                    let part = target.trim_start_matches('/');
                    order.push(if part.starts_with("ppt/") {
                        part.to_string()
                    } else {
                        format!("ppt/{part}")
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    order
}

/// `ppt/slides/slideN.xml` by N, when the deck's own list cannot be read.
fn slides_by_number(names: &[String]) -> Vec<String> {
    let mut slides: Vec<(u32, &String)> = names
        .iter()
        .filter_map(|n| {
            let number = n.strip_prefix("ppt/slides/slide")?.strip_suffix(".xml")?;
            Some((number.parse().ok()?, n))
        })
        .collect();
    slides.sort();
    slides.into_iter().map(|(_, n)| n.clone()).collect()
}

/// One slide: its paragraphs as lines, its table rows as tab-separated lines, the text of its
/// title placeholder as a heading. A blank line ends each slide.
fn read_slide(xml: &[u8], out: &mut Extracted) -> Result<(), quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut para = String::new();
    let mut in_text = false;
    let mut title_shape = false;
    let mut title = String::new();
    let mut cell: Option<String> = None;
    let mut row: Vec<String> = Vec::new();
    let mut table: Vec<Vec<String>> = Vec::new();
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"br" => para.push('\n'),
                b"sp" => title_shape = false,
                b"ph" => {
                    title_shape = e.attributes().flatten().any(|a| {
                        a.key.local_name().as_ref() == b"type"
                            && matches!(a.value.as_ref(), b"title" | b"ctrTitle")
                    });
                }
                b"tc" => cell = Some(String::new()),
                _ => {}
            },
            Event::Text(t) if in_text => para.push_str(&t.unescape().unwrap_or_default()),
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    let p = std::mem::take(&mut para);
                    let p = p.trim();
                    if let Some(c) = cell.as_mut() {
                        if !c.is_empty() && !p.is_empty() {
                            c.push(' ');
                        }
                        c.push_str(p);
                    } else if !p.is_empty() {
                        if title_shape {
                            if !title.is_empty() {
                                title.push(' ');
                            }
                            title.push_str(p);
                        }
                        out.text.push_str(p);
                        out.text.push('\n');
                    }
                }
                b"sp" => title_shape = false,
                b"tc" => row.push(cell.take().unwrap_or_default()),
                b"tr" => {
                    let r = std::mem::take(&mut row);
                    out.text.push_str(&r.join("\t"));
                    out.text.push('\n');
                    table.push(r);
                }
                b"tbl" => out.tables.push(std::mem::take(&mut table)),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !title.is_empty() {
        out.headings.push(title);
    }
    out.text.push('\n');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn deck(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, body) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(body.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

    fn slide(title: &str, body: &str) -> String {
        format!(
            r#"<p:sld {NS}><p:cSld><p:spTree>
<p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>{title}</a:t></a:r></a:p></p:txBody></p:sp>
<p:sp><p:nvSpPr><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>{body}</a:t></a:r></a:p></p:txBody></p:sp>
</p:spTree></p:cSld></p:sld>"#
        )
    }

    #[test]
    fn slides_are_read_in_the_order_the_deck_shows_them_with_titles_as_headings() {
        // The deck shows slide2.xml first: part names do not give the order.
        let bytes = deck(&[
            (
                "ppt/presentation.xml",
                &format!(
                    r#"<p:presentation {NS}><p:sldIdLst><p:sldId id="256" r:id="rId3"/><p:sldId id="257" r:id="rId2"/></p:sldIdLst></p:presentation>"#
                ),
            ),
            (
                "ppt/_rels/presentation.xml.rels",
                r#"<Relationships><Relationship Id="rId2" Target="slides/slide1.xml"/><Relationship Id="rId3" Target="slides/slide2.xml"/></Relationships>"#,
            ),
            (
                "ppt/slides/slide1.xml",
                &slide("二、燃气泄漏怎么办", "关阀、开窗、不开关电器"),
            ),
            (
                "ppt/slides/slide2.xml",
                &slide("燃气安全进万家培训", "鼓楼社区 2025年3月14日"),
            ),
        ]);
        let out = pptx(&bytes, Lang::Zh);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert_eq!(out.headings, ["燃气安全进万家培训", "二、燃气泄漏怎么办"]);
        let first = out.text.find("2025年3月14日").unwrap();
        let second = out.text.find("关阀、开窗").unwrap();
        assert!(first < second, "{}", out.text);
    }

    #[test]
    fn a_deck_listing_one_slide_again_and_again_reads_it_once() {
        let ids: String = (0..500)
            .map(|i| format!(r#"<p:sldId id="{}" r:id="rId1"/>"#, 256 + i))
            .collect();
        let bytes = deck(&[
            (
                "ppt/presentation.xml",
                &format!(r#"<p:presentation {NS}><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"#),
            ),
            (
                "ppt/_rels/presentation.xml.rels",
                r#"<Relationships><Relationship Id="rId1" Target="slides/slide1.xml"/></Relationships>"#,
            ),
            ("ppt/slides/slide1.xml", &slide("燃气安全", "关阀开窗")),
        ]);
        let out = pptx(&bytes, Lang::Zh);
        assert_eq!(out.headings, ["燃气安全"]);
        assert_eq!(out.text.matches("关阀开窗").count(), 1);
    }

    #[test]
    fn a_table_on_a_slide_is_kept_as_rows() {
        let table = format!(
            r#"<p:sld {NS}><p:cSld><p:spTree><p:graphicFrame><a:graphic><a:graphicData><a:tbl>
<a:tr><a:tc><a:txBody><a:p><a:r><a:t>时间</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>内容</a:t></a:r></a:p></a:txBody></a:tc></a:tr>
<a:tr><a:tc><a:txBody><a:p><a:r><a:t>2025.3.14</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>入户检查</a:t></a:r></a:p></a:txBody></a:tc></a:tr>
</a:tbl></a:graphicData></a:graphic></p:graphicFrame></p:spTree></p:cSld></p:sld>"#
        );
        let bytes = deck(&[("ppt/slides/slide1.xml", &table)]);
        let out = pptx(&bytes, Lang::Zh);
        assert_eq!(
            out.tables,
            vec![vec![vec!["时间", "内容"], vec!["2025.3.14", "入户检查"]]]
        );
        assert!(out.text.contains("2025.3.14\t入户检查"));
    }

    #[test]
    fn a_package_without_slides_is_reported_damaged() {
        let bytes = deck(&[("ppt/presentation.xml", "<p:presentation/>")]);
        let out = pptx(&bytes, Lang::Zh);
        assert_eq!(out.problems[0].0, Code::Damaged);
    }
}
