//! Plain text in the encodings Chinese offices produce: UTF-8 (with or without BOM), UTF-16 with
//! BOM, GBK and GB18030 (detected with chardetng, decoded with encoding_rs), and Big5.

use encoding_rs::{Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use super::Extracted;
use crate::i18n::Lang;

/// Text and the legacy encoding it came from.
pub(crate) struct Decoded {
    pub text: String,
    pub legacy: Option<&'static str>,
}

/// Why bytes are not text.
pub(crate) enum NotText {
    Binary,
    Malformed(&'static str),
}

impl NotText {
    pub(crate) fn message(&self, lang: Lang) -> String {
        match self {
            NotText::Binary => lang
                .pick(
                    "内容是二进制数据，不是文本（扩展名可能有误）",
                    "content is binary, not text (the extension may be wrong)",
                )
                .into(),
            NotText::Malformed(enc) => match lang {
                Lang::Zh => format!("按最可能的编码 {enc} 解码时出错：文件可能已损坏或编码混杂"),
                Lang::En => format!(
                    "decoding as the likeliest encoding {enc} failed: the file may be damaged or mix encodings"
                ),
            },
        }
    }
}

/// Decodes text bytes, detecting the encoding.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(NotText::Malformed(enc.name()));
        }
        let legacy = (enc == UTF_16LE || enc == UTF_16BE).then_some(enc.name());
        return Ok(Decoded {
            text: text.into_owned(),
            legacy,
        });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if s.contains('\0') {
            return Err(NotText::Binary);
        }
        return Ok(Decoded {
            text: s.to_owned(),
            legacy: None,
        });
    }
    if bytes.contains(&0) {
        return Err(NotText::Binary);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    // GB18030 is a superset of GBK: decoding every GBK guess as GB18030 also reads the
    // characters GBK lacks (rare given names), which real rosters contain.
    let enc = if guess == encoding_rs::GBK {
        GB18030
    } else {
        guess
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(NotText::Malformed(enc.name()));
    }
    if enc != GB18030 && enc.name() != "Big5" && !looks_like_text(&text) {
        return Err(NotText::Binary);
    }
    if enc == UTF_8 {
        return Ok(Decoded {
            text: text.into_owned(),
            legacy: None,
        });
    }
    Ok(Decoded {
        text: text.into_owned(),
        legacy: Some(if enc == GB18030 {
            "GBK/GB18030"
        } else {
            enc.name()
        }),
    })
}

/// Few control characters: single-byte encodings decode any bytes, so garbage must be caught here.
fn looks_like_text(text: &str) -> bool {
    let total = text.chars().count().max(1);
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    control * 100 / total < 2
}

/// Whether `c` is a Chinese character (CJK Unified Ideographs).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether `s` holds a Chinese character: a line or name without one (a serial number, a code)
/// says nothing of what a document is.
pub(crate) fn has_han(s: &str) -> bool {
    s.chars().any(is_han)
}

/// Reads plain text: the first short line that reads like a title becomes the heading. Lines
/// above it that say nothing of the document are passed over: no Chinese character (a serial
/// number an OA system prints, QY-AQ-2024-0211; a page number), a letterhead (××委员会文件) or a
/// bare 文号 (安委会纪要〔2023〕4号).
pub(crate) fn read(text: &str) -> Extracted {
    let mut out = Extracted {
        text: text.replace("\r\n", "\n"),
        ..Extracted::default()
    };
    let bare_number =
        |l: &str| l.ends_with('号') && l.contains(['〔', '[', '［']) && l.chars().count() <= 24;
    let says_nothing = |l: &str| {
        let letterhead = l.ends_with("文件") && !l.contains("关于");
        !has_han(l) || bare_number(l) || letterhead
    };
    let lines: Vec<&str> = out
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(5)
        .collect();
    // A body's name just above a bare 文号 is the letterhead, whether or not it ends in 文件
    // ("锦和社区安全社区促进委员会" / "锦安促会纪〔2024〕4号" / the title); a title above its 文号 is not.
    let issuer = |l: &str| {
        !l.contains("关于")
            && crate::schema::ArchiveSchema::builtin()
                .issuer_endings
                .iter()
                .any(|e| l.ends_with(e.as_str()))
    };
    let first = (0..lines.len().min(4))
        .find(|&i| {
            let letterhead = issuer(lines[i]) && lines.get(i + 1).is_some_and(|n| bare_number(n));
            !says_nothing(lines[i]) && !letterhead
        })
        .map(|i| lines[i])
        .or_else(|| lines.first().copied());
    if let Some(first) = first {
        let len = first.chars().count();
        let punctuated = first.contains(['：', ':', '，', ',', '。', '；', ';', '…']);
        if (4..=40).contains(&len) && !punctuated {
            out.headings.push(first.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_is_read_past_the_issuing_body_above_its_number() {
        let red_header = "锦和社区安全社区促进委员会\n锦安促会纪〔2024〕4号\n锦和社区安全社区促进委员会2024年第四季度会议纪要\n二〇二四年十二月十八日下午，会议召开。\n";
        assert_eq!(
            read(red_header).headings,
            vec!["锦和社区安全社区促进委员会2024年第四季度会议纪要".to_string()]
        );
        // A title written above its own number stays the title.
        let titled = "华宇化工园区2024年安全社区创建工作计划\n华宇园安〔2024〕8号\n一、年度目标\n";
        assert_eq!(
            read(titled).headings,
            vec!["华宇化工园区2024年安全社区创建工作计划".to_string()]
        );
    }

    #[test]
    fn decodes_utf8_bom_gbk_and_gb18030() {
        let s = "龙凤园社区燃气安全培训记录，参加人数：45人";
        assert_eq!(decode(s.as_bytes()).ok().unwrap().text, s);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(s.as_bytes());
        let d = decode(&bom).ok().unwrap();
        assert_eq!(d.text, s);
        assert!(d.legacy.is_none());
        let (gbk, _, _) = encoding_rs::GBK.encode(s);
        let d = decode(&gbk).ok().unwrap();
        assert_eq!(d.text, s);
        assert_eq!(d.legacy, Some("GBK/GB18030"));
        let rare = "签到：吉𠮷祥，培训记录";
        let (gb, _, _) = GB18030.encode(rare);
        assert_eq!(decode(&gb).ok().unwrap().text, rare);
    }

    #[test]
    fn rejects_binary() {
        assert!(matches!(
            decode(&[0x89, b'P', b'N', b'G', 0, 0, 1, 2]),
            Err(NotText::Binary)
        ));
        let garbage: Vec<u8> = (0..400u32).map(|i| (i * 7919 % 251) as u8 | 0x80).collect();
        let garbage: Vec<u8> = garbage
            .into_iter()
            .chain([1u8, 2, 3, 4, 5, 6, 7, 8].repeat(10))
            .collect();
        assert!(decode(&garbage).is_err());
    }
}
