//! Titles from file names: the 档号/件号 prefix, ordering numbers, dates and copy markers
//! ("(1)", "副本", "终稿") are taken off, leaving what the document is called.

use std::sync::LazyLock;

use regex::Regex;

use super::date::normalize_digits;

/// 档号 as DA/T 22-2015 §5.4.2 builds it (Z109-WS·2011-Y-BGS-0001), at the start of a name.
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*([A-Za-z0-9]{1,8}-[A-Za-z]{2}[·.]\d{4}(?:-[A-Za-z0-9]{1,6}){1,3}-\d{3,4})[\s_\-—]*",
    )
    .unwrap()
});
/// 件号 or an ordering number (0007, 01, 3.) at the start.
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[A-Za-z]?\d{1,4}|[一二三四五六七八九十]{1,3})(?:[\s、._\-—）)]+)").unwrap()
});
static DATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2}\s*[年./\-_]\s*\d{1,2}\s*[月./\-_]\s*\d{1,2}\s*[日号]?|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\b\d{2}\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])\b)")
        .unwrap()
});
static COPY_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\s*[-_—]?\s*(?:副本|拷贝|copy|终稿|定稿|最终版|修改稿|修订稿|修订版|草稿|打印版|扫描件|v\d+(?:\.\d+)?)|\s*[（(]\s*(?:\d{1,2}|副本|修订|修改|终稿|定稿|盖章版|扫描件)\s*[)）])+\s*$")
        .unwrap()
});

/// 文号 of an official document: 滨街发〔2024〕12号, 安委办[2024]5号.
static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Han}{1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号").unwrap()
});

/// The 文号 (document number of an official document) in `s`, if any.
pub(crate) fn doc_number(s: &str) -> Option<String> {
    DOC_NUMBER
        .find(&normalize_digits(s))
        .map(|m| m.as_str().to_string())
}

/// Whether a heading is an official document's letterhead ("中共××街道工作委员会文件") or its
/// bare 文号 ("双桥街安委〔2024〕2号"), above the title proper: neither says what the document is.
pub(crate) fn is_letterhead(heading: &str) -> bool {
    let h = heading.trim();
    (h.ends_with("文件") && !h.contains("关于"))
        || doc_number(h).is_some_and(|n| n.chars().count() + 2 >= h.chars().count())
        || ATTACHMENT_LABEL.is_match(h)
}

static LETTER_SPACED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Han}(?:[ \u{3000}]+\p{Han}){1,7}$").expect("pattern compiles")
});

/// A title set letter-spaced to fill its line ("会 议 纪 要"), closed up ("会议纪要").
pub(crate) fn letter_spaced(line: &str) -> Option<String> {
    let line = line.trim();
    LETTER_SPACED
        .is_match(line)
        .then(|| line.chars().filter(|c| !c.is_whitespace()).collect())
}

/// The label an attachment carries above its title ("附件1", "附件二：").
static ATTACHMENT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?$").unwrap()
});

static ISSUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:印发|转发|下发|颁发|发布|修订)\s*[《“\x22]?(.+?)[》”\x22]?\s*的(?:通知|决定|函)",
    )
    .unwrap()
});

/// What a notice issues ("关于印发安全社区建设工作制度的通知" issues 安全社区建设工作制度): the
/// issued document is what the file is, the notice only its cover.
pub(crate) fn issued(name: &str) -> Option<&str> {
    ISSUED
        .captures(name)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// The 档号 at the start of a file name, if any.
pub(crate) fn reference_code(stem: &str) -> Option<String> {
    REFERENCE
        .captures(&normalize_digits(stem))
        .map(|c| c[1].to_string())
}

/// The title a file name gives.
pub(crate) fn clean_stem(stem: &str) -> String {
    clean(stem, true)
}

/// The same without taking copy markers off (to tell a copy from its original).
pub(crate) fn clean_stem_keep_copy(stem: &str) -> String {
    clean(stem, false)
}

fn clean(stem: &str, drop_copy_marks: bool) -> String {
    let s = normalize_digits(stem);
    let s = REFERENCE.replace(&s, "");
    let s = DATES.replace_all(&s, " ");
    let s = ORDINAL.replace(&s, "");
    let s = if drop_copy_marks {
        COPY_MARK.replace(s.trim(), "")
    } else {
        s.trim().into()
    };
    let s = s.trim_matches(|c: char| c.is_whitespace() || "_-—.、".contains(c));
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letterhead_or_a_bare_number_is_no_title() {
        assert!(is_letterhead("中共临江市东湖区双桥街道工作委员会文件"));
        assert!(is_letterhead("双桥街安委〔2024〕2号"));
        assert!(!is_letterhead("关于印发安全社区建设工作制度的通知"));
        // An attachment's label stands above its title.
        assert!(is_letterhead("附件1"));
        assert!(is_letterhead("附件二："));
        assert!(!is_letterhead("附件1：伤害监测报告卡"));
        assert!(!is_letterhead(
            "双桥街道安全社区建设委员会2024年第一次例会纪要"
        ));
        assert_eq!(
            issued("关于印发《2024年工作计划》的通知"),
            Some("2024年工作计划")
        );
        assert_eq!(issued("关于召开推进会的通知"), None);
    }

    #[test]
    fn cleans_office_file_names() {
        assert_eq!(
            clean_stem("2024.3.12 第一次促进委员会会议纪要"),
            "第一次促进委员会会议纪要"
        );
        assert_eq!(
            clean_stem("0007 关于调整领导小组成员的通知"),
            "关于调整领导小组成员的通知"
        );
        assert_eq!(
            clean_stem("Z021-WS·2024-D30-AQB-0012 消防检查记录"),
            "消防检查记录"
        );
        assert_eq!(clean_stem("会议纪要(1)"), "会议纪要");
        assert_eq!(clean_stem("培训记录 - 副本"), "培训记录");
        assert_eq!(clean_stem("培训记录20240312"), "培训记录");
        assert_eq!(clean_stem("03、应急预案（修订）"), "应急预案");
        assert_eq!(
            doc_number("恒园管发〔2024〕3号 促进委员会成立").as_deref(),
            Some("恒园管发〔2024〕3号")
        );
        assert_eq!(
            doc_number("安委办[2024]5号"),
            Some("安委办[2024]5号".into())
        );
        assert_eq!(doc_number("2024年第3号台账"), None);
        assert_eq!(
            reference_code("Z021-WS·2024-D30-AQB-0012 消防检查记录").as_deref(),
            Some("Z021-WS·2024-D30-AQB-0012")
        );
    }
}
