//! Recognising the kind of a document. Chinese document titles are head-final: the word that
//! names the document type comes last ("燃气安全培训签到表" is a 签到表, "关于开展培训的通知" is a
//! 通知). So among the kind words found in a name, the one ending closest to the end wins, and a
//! longer word beats a shorter one ending at the same place. Document-type words (纪要, 签到表) are
//! asked of the file name, then the heading; then subject words (伤害, 演练) of the same two; then
//! the folders (innermost first); then typical phrases of the body text.

use serde::Serialize;

use crate::schema::{ArchiveSchema, Kind};

/// Where a document's kind came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KindSource {
    /// Front matter or sidecar.
    Declared,
    /// The file name.
    Name,
    /// The document's heading.
    Heading,
    /// Subject words of the file name or heading.
    Topic,
    /// A folder name.
    Folder,
    /// Phrases in the text.
    Content,
    /// An image with nothing else to go on: a photo.
    Extension,
    /// Nothing matched.
    None,
}

/// The kind whose word ends last in `s` (ties: the longer word), if any.
pub(crate) fn head_final<'a>(
    s: &str,
    schema: &'a ArchiveSchema,
    words: impl Fn(&'a Kind) -> &'a [String],
    only_scans: bool,
) -> Option<&'a Kind> {
    head_final_at(s, schema, words, only_scans).map(|(k, _, _)| k)
}

/// [`head_final`], with the byte range of the winning word.
fn head_final_at<'a>(
    s: &str,
    schema: &'a ArchiveSchema,
    words: impl Fn(&'a Kind) -> &'a [String],
    only_scans: bool,
) -> Option<(&'a Kind, usize, usize)> {
    let mut best: Option<(usize, usize, &Kind)> = None;
    for kind in &schema.kinds {
        if only_scans && !kind.scans {
            continue;
        }
        for word in words(kind) {
            if let Some(pos) = s.rfind(word.as_str()) {
                let key = (pos + word.len(), word.len());
                if best.is_none_or(|(e, l, _)| key > (e, l)) {
                    best = Some((key.0, key.1, kind));
                }
            }
        }
    }
    best.map(|(end, len, k)| (k, end - len, end))
}

/// The kind among those `keep` holds for whose name ends last in `s` (ties: the longer name,
/// then the kind and name listed first), with the byte range of the name: [`head_final_at`] over
/// names, in one pass of the schema's automaton.
fn name_final_at<'a>(
    s: &str,
    schema: &'a ArchiveSchema,
    only_scans: bool,
    keep: impl Fn(&Kind) -> bool,
) -> Option<(&'a Kind, usize, usize)> {
    /// A name found: where it ends, its length, then which kind and name (listed first wins).
    struct Hit {
        end: usize,
        len: usize,
        kind: usize,
        word: usize,
    }
    let index = schema.names_index();
    let mut best: Option<Hit> = None;
    for m in index.automaton.find_overlapping_iter(s) {
        let (k, w) = index.pattern[m.pattern().as_usize()];
        let kind = &schema.kinds[k];
        if (only_scans && !kind.scans) || !keep(kind) {
            continue;
        }
        let hit = Hit {
            end: m.end(),
            len: m.end() - m.start(),
            kind: k,
            word: w,
        };
        let better = best.as_ref().is_none_or(|b| {
            (hit.end, hit.len) > (b.end, b.len)
                || ((hit.end, hit.len) == (b.end, b.len) && (hit.kind, hit.word) < (b.kind, b.word))
        });
        if better {
            best = Some(hit);
        }
    }
    best.map(|h| (&schema.kinds[h.kind], h.end - h.len, h.end))
}

/// The kind a name gives. A bare register word at the end (台账, 登记表, 清单) says how the record
/// is kept, not what it records: "隐患排查治理台账" is an inspection record, "事故与伤害登记台账" an
/// injury record, so the words before it decide when they name a kind ("整改台账" stays 整改).
fn kind_by_name<'a>(s: &str, schema: &'a ArchiveSchema, only_scans: bool) -> Option<&'a Kind> {
    let kind = kind_by_name_unattended(s, schema, only_scans)?;
    // "参加全省安全社区建设推进会情况报告": a meeting others held, which the community attended.
    let attended = kind.attended_as.as_deref().filter(|_| {
        let opening = s.trim_start_matches(|c: char| c.is_ascii_digit() || "-_.— ".contains(c));
        schema
            .attending_words
            .iter()
            .any(|w| opening.starts_with(w.as_str()))
    });
    Some(attended.and_then(|id| schema.kind(id)).unwrap_or(kind))
}

/// [`kind_by_name`] before what an attending word makes of it.
fn kind_by_name_unattended<'a>(
    s: &str,
    schema: &'a ArchiveSchema,
    only_scans: bool,
) -> Option<&'a Kind> {
    // Brackets qualify a title ("燃气安全培训（演练前）", "…台账（附照片）"): the kind is named
    // outside them when it is named there at all.
    if s.contains(['（', '(']) {
        let unbracketed = BRACKETED.replace_all(s, "");
        if unbracketed.len() < s.len()
            && let Some(kind) = kind_by_name_as_written(&unbracketed, schema, only_scans)
        {
            return Some(kind);
        }
    }
    kind_by_name_as_written(s, schema, only_scans)
}

/// Text in brackets, with the brackets.
static BRACKETED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[（(][^（()）]*[)）]").expect("bracket pattern compiles")
});

/// [`kind_by_name`] of a title as it is written, brackets and all.
fn kind_by_name_as_written<'a>(
    s: &str,
    schema: &'a ArchiveSchema,
    only_scans: bool,
) -> Option<&'a Kind> {
    let (kind, at, end) = name_final_at(s, schema, only_scans, |_| true)?;
    if super::register::is_register_word(&s[at..end]) {
        let before = &s[..at];
        if let Some(k) = name_final_at(before, schema, only_scans, |_| true)
            .map(|(k, _, _)| k)
            .or_else(|| head_final(before, schema, |k| &k.topics, only_scans))
        {
            return Some(k);
        }
    }
    // A record of carrying out what the name names ("预防与纠正措施实施记录", "整改建议落实情况对照
    // 表") is a record of that: the schema's `carried_out_words`.
    if schema
        .carried_out_words
        .iter()
        .any(|w| s[at..end].starts_with(w.as_str()))
        && let Some(k) = name_final_at(&s[..at], schema, only_scans, |_| true)
            .map(|(k, _, _)| k)
            .filter(|k| !k.generic && k.id != kind.id)
    {
        return Some(k);
    }
    // A summary or evaluation of an activity that the name names ("消防疏散演练方案及总结",
    // "应急演练评估报告", "演练记录及总结评估") is a record of that activity; summary words
    // written together ("总结评估") are one.
    if kind.summarises {
        let mut at = at;
        while let Some((_, start, end)) =
            name_final_at(&s[..at], schema, only_scans, |k| k.summarises)
        {
            if end != at {
                break;
            }
            at = start;
        }
        // An evaluation of a project named by its activity ("燃气安全入户检查项目效果评估报告") is
        // the project's evaluation.
        let of_project = |between: &str| {
            schema
                .project_words
                .iter()
                .any(|w| between.contains(w.as_str()))
        };
        if let Some(k) = name_final_at(&s[..at], schema, only_scans, |_| true)
            .filter(|(k, _, end)| !k.generic && !k.summarises && !of_project(&s[*end..at]))
            .map(|(k, _, _)| k)
        {
            return Some(k);
        }
    }
    Some(kind)
}

/// The kind a line names, as a file name would ("莲花村2024年度内部评审报告" → review), or none.
/// A notice issuing a document is that document.
pub(crate) fn kind_named<'a>(s: &str, schema: &'a ArchiveSchema) -> Option<&'a Kind> {
    super::title::issued(s)
        .and_then(|inner| kind_by_name(inner, schema, false))
        .or_else(|| kind_by_name(s, schema, false))
}

/// The longest note that only says where the evidence is kept, in characters.
const POINTER_CHARS: usize = 600;

/// Whether `text` is a short note whose sentences mostly say where the evidence is kept
/// ("本指标佐证材料分别存放于：…", "分析见“指标11 社区安全诊断/…”第三部分").
fn points_elsewhere(text: &str, schema: &ArchiveSchema) -> bool {
    if text.len() > POINTER_CHARS * 4 || text.chars().count() > POINTER_CHARS {
        return false;
    }
    // Its title and the line naming who filed it say nothing of where things are; a note of
    // one sentence has no title.
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    if lines
        .peek()
        .is_some_and(|first| !first.contains(['。', '，', '；']) && first.chars().count() <= 40)
    {
        lines.next();
    }
    let sentences: Vec<&str> = lines
        .filter(|l| l.chars().count() >= 8 && !l.starts_with("整理"))
        .collect();
    let pointing = sentences
        .iter()
        .filter(|l| {
            schema
                .pointer_phrases
                .iter()
                .any(|p| l.contains(p.as_str()))
        })
        .count();
    !sentences.is_empty() && pointing * 2 >= sentences.len()
}

/// Inputs to classification.
pub(crate) struct Clues<'a> {
    /// The cleaned file name.
    pub name: &'a str,
    /// The document's first heading.
    pub heading: Option<&'a str>,
    /// Folder names, outermost first.
    pub folders: &'a [String],
    /// The body text.
    pub text: &'a str,
    /// Whether the file is a photo or scan.
    pub image: bool,
}

/// The kind id and where it came from.
pub(crate) fn classify(clues: &Clues<'_>, schema: &ArchiveSchema) -> (String, KindSource) {
    if !clues.image && points_elsewhere(clues.text, schema) {
        return ("pointer".into(), KindSource::Content);
    }
    // A notice issuing a document is that document ("关于印发2024年工作计划的通知" is a plan).
    let by_name = |s: &str| {
        super::title::issued(s)
            .and_then(|inner| kind_by_name(inner, schema, clues.image))
            .or_else(|| kind_by_name(s, schema, clues.image))
    };
    if let Some(k) = by_name(clues.name) {
        return (k.id.clone(), KindSource::Name);
    }
    if clues.image {
        // A scan ("扫描件001.jpg") is the paper record its folder holds; a picture is a photo.
        let lower = clues.name.to_lowercase();
        if lower.contains("扫描") || lower.contains("scan") {
            for folder in clues.folders.iter().rev() {
                if let Some(k) = head_final(folder, schema, |k| &k.folders, true) {
                    return (k.id.clone(), KindSource::Folder);
                }
            }
        }
        return ("photo".into(), KindSource::Extension);
    }
    if let Some(k) = clues.heading.and_then(by_name) {
        return (k.id.clone(), KindSource::Heading);
    }
    // An official document carries a 文号 (滨街发〔2024〕12号) in its name or letterhead.
    // Only the letterhead: a body citing another document's 文号 is not itself one.
    let head: String = clues
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .collect::<Vec<_>>()
        .join("\n");
    if [clues.name, clues.heading.unwrap_or(""), &head]
        .iter()
        .any(|s| super::title::doc_number(s).is_some())
    {
        if let Some(k) = schema.kind("notice") {
            return (k.id.clone(), KindSource::Name);
        }
    }
    let by_topic = |s: &str| head_final(s, schema, |k| &k.topics, false);
    if let Some(k) = by_topic(clues.name).or_else(|| clues.heading.and_then(by_topic)) {
        return (k.id.clone(), KindSource::Topic);
    }
    for folder in clues.folders.iter().rev() {
        if let Some(k) = head_final(folder, schema, |k| &k.folders, false) {
            return (k.id.clone(), KindSource::Folder);
        }
    }
    if let Some(k) = by_content(clues.text, schema) {
        return (k.id.clone(), KindSource::Content);
    }
    ("other".into(), KindSource::None)
}

/// The kind with the most typical phrases (at least two) in the first part of the text.
fn by_content<'a>(text: &str, schema: &'a ArchiveSchema) -> Option<&'a Kind> {
    let head: String = text.chars().take(3000).collect();
    let mut best: Option<(usize, &Kind)> = None;
    for kind in &schema.kinds {
        let hits = kind
            .content
            .iter()
            .filter(|p| head.contains(p.as_str()))
            .count();
        if hits >= 2 && best.is_none_or(|(h, _)| hits > h) {
            best = Some((hits, kind));
        }
    }
    best.map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(name: &str) -> String {
        let clues = Clues {
            name,
            heading: None,
            folders: &[],
            text: "",
            image: false,
        };
        classify(&clues, ArchiveSchema::builtin()).0
    }

    #[test]
    fn a_notice_issuing_a_document_is_that_document() {
        assert_eq!(
            kind_of("双桥街安委〔2023〕5号 关于印发安全社区建设工作制度的通知"),
            "rules"
        );
        assert_eq!(
            kind_of("关于印发《2024年安全社区建设工作计划》的通知"),
            "plan"
        );
        assert_eq!(
            kind_of("关于召开全区安全社区建设现场推进会的通知"),
            "notice"
        );
    }

    #[test]
    fn an_evaluation_of_a_project_named_by_its_activity_is_the_projects_evaluation() {
        assert_eq!(
            kind_of("燃气安全入户检查（ABC分类管理）项目效果评估报告"),
            "evaluation"
        );
        // Of the activity itself, it is a record of that activity.
        assert_eq!(kind_of("消防疏散演练评估报告"), "drill");
    }

    #[test]
    fn a_meeting_the_community_attended_is_an_exchange_not_its_minutes() {
        assert_eq!(kind_of("参加全省安全社区建设推进会情况报告"), "publicity");
        assert_eq!(
            kind_of("20241018-参加省安全社区建设推进会交流材料"),
            "publicity"
        );
        assert_eq!(kind_of("安全社区建设推进会会议纪要"), "minutes");
        // A record of carrying out what its name names is a record of that.
        assert_eq!(kind_of("2024年预防与纠正措施实施记录"), "rectification");
        assert_eq!(kind_of("2020年评定整改建议落实情况对照表"), "rectification");
        assert_eq!(kind_of("老年人防跌倒项目实施记录"), "implementation");
        // A training attended is still a training.
        assert_eq!(kind_of("参加区应急管理局燃气安全培训记录"), "training");
    }

    #[test]
    fn a_note_saying_where_the_evidence_is_kept_is_none_itself() {
        let schema = ArchiveSchema::builtin();
        let note = "指标36 事故与伤害记录制度\n\n《事故与伤害监测制度》收录在指标03《制度汇编》第九项。\n伤害监测登记表见指标37，年度分析见指标38。\n\n整理人：陈丽\n";
        assert!(points_elsewhere(note, schema));
        let notice = "关于开展燃气安全检查的通知\n各村组：\n为做好冬季燃气安全，定于12月开展入户检查，检查表见附件。\n请各组按时完成并报送结果，发现隐患立即整改。\n";
        assert!(!points_elsewhere(notice, schema));
    }

    #[test]
    fn head_final_names() {
        assert_eq!(kind_of("燃气安全培训签到表"), "signin");
        assert_eq!(kind_of("关于开展燃气安全培训的通知"), "notice");
        assert_eq!(kind_of("第一次促进委员会会议纪要"), "minutes");
        assert_eq!(kind_of("交通安全项目效果评估报告"), "evaluation");
        assert_eq!(kind_of("社区安全诊断报告"), "diagnosis");
        assert_eq!(kind_of("消防安全检查记录表"), "inspection");
        assert_eq!(kind_of("燃气泄漏应急演练方案"), "drill");
        assert_eq!(kind_of("电动自行车火灾疏散演练记录及总结评估"), "drill");
        assert_eq!(
            kind_of("燃气入户安全检查工作总结及项目效果评估"),
            "evaluation"
        );
        assert_eq!(kind_of("安全社区建设领导小组成员名单"), "roster");
        assert_eq!(kind_of("居民伤害登记表"), "injury_record");
        assert_eq!(kind_of("隐患整改台账"), "rectification");
        assert_eq!(kind_of("新建文本文档"), "other");
        assert_eq!(kind_of("卫生院三季度伤害首诊汇总"), "injury_record");
        assert_eq!(kind_of("骨干培训班签名册"), "signin");
        assert_eq!(kind_of("九月份镇村联合排查情况"), "inspection");
        assert_eq!(kind_of("2024年隐患排查治理台账"), "inspection");
        assert_eq!(kind_of("2024年事故与伤害登记台账"), "injury_record");
        assert_eq!(kind_of("安全社区资金投入台账"), "implementation");
        assert_eq!(kind_of("危险源及风险点辨识清单"), "diagnosis");
    }

    #[test]
    fn folders_and_content_when_the_name_is_silent() {
        let folders = vec!["07 应急预案与演练".to_string(), "演练".to_string()];
        let clues = Clues {
            name: "记录",
            heading: None,
            folders: &folders,
            text: "",
            image: false,
        };
        assert_eq!(classify(&clues, ArchiveSchema::builtin()).0, "drill");
        let clues = Clues {
            name: "文档1",
            heading: None,
            folders: &[],
            text: "会议时间：2024年3月1日\n参会人员：张三、李四\n主持人：王五",
            image: false,
        };
        assert_eq!(
            classify(&clues, ArchiveSchema::builtin()),
            ("minutes".into(), KindSource::Content)
        );
        let clues = Clues {
            name: "燃气宣传现场",
            heading: None,
            folders: &[],
            text: "",
            image: true,
        };
        assert_eq!(classify(&clues, ArchiveSchema::builtin()).0, "photo");
        let clues = Clues {
            name: "培训签到表",
            heading: None,
            folders: &[],
            text: "",
            image: true,
        };
        assert_eq!(classify(&clues, ArchiveSchema::builtin()).0, "signin");
    }
}
