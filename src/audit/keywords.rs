//! Which of the standard's rule keywords each document contains, found in one Aho-Corasick pass
//! per document, and which indicators a single document can serve as evidence for.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::archive::Document;
use crate::standard::{EvidenceRule, Standard};

/// How much of the body, after the title and folders, says what a document is about: the heading
/// and first lines of a notice, minutes or register (a letterhead, a 文号, a title), not the
/// paragraphs below where anything may be mentioned.
const SUBJECT_LINES: usize = 3;
const SUBJECT_CHARS: usize = 120;
/// How often the body must come back to a word for it to be the subject, not a mention.
const SUBJECT_REPEATS: u32 = 2;
/// The longest section heading ("三、计划执行情况", "（二）隐患整改落实"), in characters.
const HEADING_CHARS: usize = 30;

/// A section heading's ordinal at the start of a line: 一、 （二） 3、 4. 第五条 第三部分.
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:第[一二三四五六七八九十百\d]{1,4}[章节条部分项]|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、．]|\d{1,2}\.(?:\D|$))",
    )
    .expect("heading pattern compiles")
});

/// Byte ranges of the section headings in `text`: a line that opens with an ordinal, up to its
/// first colon or full stop, when that is short. A report's section "三、计划执行情况" says what the
/// section is about, as a title does; a sentence below it only mentions.
fn headings(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        // Most lines open with no ordinal: look at the first character before the pattern.
        let opens_ordinal = line
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十（(第".contains(c));
        if opens_ordinal && HEADING.is_match(line) {
            let end = line.find(['：', ':', '。', '\n']).unwrap_or(line.len());
            if line[..end].chars().count() <= HEADING_CHARS {
                out.push(start..start + end);
            }
        }
        start += line.len();
    }
    out
}

/// Byte ranges of the sections in `text` under a top-level heading naming one of `words`
/// ("二、会议议定事项"), up to the next top-level heading: each item there is what the meeting
/// decided, its subject as much as the heading's.
fn decision_sections(text: &str, words: &[String]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if words.is_empty() {
        return out;
    }
    let mut open: Option<usize> = None;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if TOP_HEADING.is_match(line) {
            if let Some(from) = open.take() {
                out.push(from..start);
            }
            let head: String = line.chars().take(HEADING_CHARS).collect();
            if words.iter().any(|w| head.contains(w.as_str())) {
                open = Some(start + line.len());
            }
        }
        start += line.len();
    }
    if let Some(from) = open {
        out.push(from..text.len());
    }
    out
}

/// A top-level section heading's ordinal at the start of a line: 一、 二． 第三部分.
static TOP_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:第[一二三四五六七八九十]{1,3}[章部分]|[一二三四五六七八九十]{1,3}\s*[、.．])",
    )
    .expect("top heading pattern compiles")
});

/// The longest sentence stating a document's business, in characters.
const BUSINESS_CHARS: usize = 100;

/// Byte ranges of the sentences in `text` that open with one of `openings` ("会议审议了…"), up to
/// the full stop: a sentence that says what the meeting did names its subject, as a heading does.
fn business_sentences(text: &str, openings: &[String]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for opening in openings.iter().filter(|o| !o.is_empty()) {
        for (at, _) in text.match_indices(opening.as_str()) {
            // An opening "、审议" follows an item's ordinal at the start of a line ("二、审议…").
            let opens_sentence = if opening.starts_with('、') {
                let line = &text[text[..at].rfind('\n').map_or(0, |i| i + 1)..at];
                let ordinal = line.trim_start();
                (1..=3).contains(&ordinal.chars().count())
                    && ordinal
                        .chars()
                        .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
            } else {
                text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || "。；：:;".contains(c))
            };
            if !opens_sentence {
                continue;
            }
            let end = text[at..]
                .char_indices()
                .take(BUSINESS_CHARS)
                .find(|&(_, c)| "。；;".contains(c))
                .map_or_else(
                    || {
                        text[at..]
                            .char_indices()
                            .nth(BUSINESS_CHARS)
                            .map_or(text.len(), |(i, _)| at + i)
                    },
                    |(i, _)| at + i,
                );
            out.push(at..end);
        }
    }
    out
}

/// Byte ranges of the sentences of `text` that say something does not exist yet (the schema's
/// `absence_words`: "档案管理制度还没有，王立新先起草一个"), from the sentence's start to its end.
fn absence_sentences(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let Some(words) = ABSENCE.as_ref() else {
        return out;
    };
    {
        for at in words.find_iter(text).map(|m| m.start()) {
            let start = text[..at]
                .rfind(['。', '；', ';', '\n', '！', '？'])
                .map_or(0, |i| {
                    i + text[i..].chars().next().map_or(1, char::len_utf8)
                });
            let end = text[at..]
                .find(['。', '；', ';', '\n', '！', '？'])
                .map_or(text.len(), |i| at + i);
            out.push(start..end);
        }
    }
    out
}

/// The schema's `absence_words` in one automaton: every document's text is searched for them.
static ABSENCE: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    let words: Vec<&String> = crate::schema::ArchiveSchema::builtin()
        .absence_words
        .iter()
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| AhoCorasick::new(words).expect("absence words build an automaton"))
});

/// The keywords a document holds.
#[derive(Debug, Default, Clone)]
pub(crate) struct Found {
    /// Anywhere in it.
    pub any: BTreeSet<usize>,
    /// In its title, folders, opening lines or section headings, or said again and again.
    pub subject: BTreeSet<usize>,
    /// In its title or opening lines: what the document calls itself (a folder "12评审改进" names
    /// the element it is filed under, not the kind of record each file in it is).
    pub named: BTreeSet<usize>,
}

/// How far apart, in characters, the two words of a keyword "负责…档案" may stand in one sentence.
const NEAR_CHARS: usize = 20;

/// Every keyword of every evidence rule, numbered. A keyword "A…B" is two words said together:
/// B within a few characters after A, in the same sentence ("林小燕负责日常工作和创建档案"), where
/// a reviewer reads one statement that a single word cannot name.
pub(crate) struct Keywords {
    pub ids: HashMap<String, usize>,
    automaton: AhoCorasick,
    /// Per pattern of the automaton: the keyword it is, if it is one.
    literal: Vec<Option<usize>>,
    /// Per pattern of the automaton: the keywords "A…B" it is the A of, with their B.
    opens: Vec<Vec<(usize, String)>>,
}

/// Whether `word` follows `text`'s start within [`NEAR_CHARS`] characters of the same sentence.
fn said_soon_after(text: &str, word: &str) -> bool {
    let end = text
        .char_indices()
        .take(NEAR_CHARS + word.chars().count())
        .find(|&(_, c)| "。；;！？!?\n".contains(c))
        .map_or_else(
            || {
                text.char_indices()
                    .nth(NEAR_CHARS + word.chars().count())
                    .map_or(text.len(), |(i, _)| i)
            },
            |(i, _)| i,
        );
    text[..end].contains(word)
}

impl Keywords {
    /// Collects the keywords of `std`.
    pub(crate) fn new(std: &Standard) -> Keywords {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_of: HashMap<String, usize> = HashMap::new();
        // (pattern, keyword id, the word that must follow it for an "A…B" keyword)
        let mut entries: Vec<(usize, usize, Option<String>)> = Vec::new();
        let mut pattern = |word: &str| {
            *pattern_of.entry(word.to_string()).or_insert_with(|| {
                patterns.push(word.to_string());
                patterns.len() - 1
            })
        };
        for (_, ind) in std.indicators() {
            for rules in ind.parts.values() {
                for k in rules.evidence.iter().flat_map(|r| &r.keywords) {
                    if ids.contains_key(k) {
                        continue;
                    }
                    let id = ids.len();
                    ids.insert(k.clone(), id);
                    match k.split_once('…').map(|(a, b)| (a.trim(), b.trim())) {
                        Some((a, b)) if !a.is_empty() && !b.is_empty() => {
                            entries.push((pattern(a), id, Some(b.to_string())));
                        }
                        _ => entries.push((pattern(k), id, None)),
                    }
                }
            }
        }
        let mut literal = vec![None; patterns.len()];
        let mut opens = vec![Vec::new(); patterns.len()];
        for (p, id, then) in entries {
            match then {
                Some(then) => opens[p].push((id, then)),
                None => literal[p] = Some(id),
            }
        }
        let automaton = AhoCorasick::new(&patterns).expect("keywords build an automaton");
        Keywords {
            ids,
            automaton,
            literal,
            opens,
        }
    }

    /// Ids of the keywords found in the document's title, path and text: anywhere, and in its
    /// subject (the title, the folders and the opening lines, where a document says what it is).
    pub(crate) fn found_in(&self, doc: &Document) -> Found {
        let haystack = doc.haystack();
        // The title and path, then the body's opening lines (its heading, letterhead, 文号).
        let opening = doc
            .text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(SUBJECT_LINES)
            .map(|l| l.chars().count() + 1)
            .sum::<usize>()
            .min(SUBJECT_CHARS);
        let head_chars = doc.title.chars().count() + doc.path.chars().count() + 2 + opening;
        let head_end = haystack
            .char_indices()
            .nth(head_chars)
            .map_or(haystack.len(), |(i, _)| i);
        // A word is the subject when the document names it at its head, or comes back to it in
        // the body (minutes whose agenda decides the projects); said once below, it is a mention.
        let mut sections = headings(&haystack[head_end..]);
        if let Some(kind) = crate::schema::ArchiveSchema::builtin().kind(&doc.kind) {
            sections.extend(business_sentences(&haystack[head_end..], &kind.business));
            sections.extend(decision_sections(&haystack[head_end..], &kind.decisions));
        }
        let in_heading =
            |at: usize| at >= head_end && sections.iter().any(|r| r.contains(&(at - head_end)));
        // The haystack is the title, a newline, the path, a newline, then the body.
        let title_end = haystack.find('\n').unwrap_or(haystack.len());
        let path_end = haystack[title_end + 1..]
            .find('\n')
            .map_or(haystack.len(), |i| title_end + 1 + i);
        let named = |at: usize| at < title_end || (at > path_end && at < head_end);
        let absent = absence_sentences(&haystack[path_end.min(haystack.len())..]);
        let said_absent =
            |at: usize| at >= path_end && absent.iter().any(|r| r.contains(&(at - path_end)));
        let mut found = Found::default();
        let mut body_hits: HashMap<usize, u32> = HashMap::new();
        let mut record = |id: usize, at: usize| {
            if said_absent(at) {
                return;
            }
            found.any.insert(id);
            if named(at) {
                found.named.insert(id);
            }
            if at < head_end || in_heading(at) {
                found.subject.insert(id);
            } else {
                let n = body_hits.entry(id).or_default();
                *n += 1;
                if *n >= SUBJECT_REPEATS {
                    found.subject.insert(id);
                }
            }
        };
        for m in self.automaton.find_overlapping_iter(&haystack) {
            let p = m.pattern().as_usize();
            if let Some(id) = self.literal[p] {
                record(id, m.start());
            }
            for (id, then) in &self.opens[p] {
                if said_soon_after(&haystack[m.end()..], then) {
                    record(*id, m.start());
                }
            }
        }
        found
    }

    /// Whether a document with keywords `found` is of a kind and mentions what `rule` asks.
    pub(crate) fn rule_matches(
        &self,
        rule: &EvidenceRule,
        doc: &Document,
        found: &BTreeSet<usize>,
    ) -> bool {
        rule.kinds.contains(&doc.kind)
            && (rule.keywords.is_empty()
                || rule
                    .keywords
                    .iter()
                    .any(|k| self.ids.get(k).is_some_and(|id| found.contains(id))))
    }

    /// Whether a document of no recognised kind, of a kind guessed only from its folder, or of one
    /// of the rule's `titled_kinds`, names the rule's subject in its title ("职工代表大会安全类提案及办理情况", "消防安全共建协议" filed
    /// under 信息交流/): what it is, its title says. Opening lines are not enough: they mention what
    /// the document is about, not what it is.
    ///
    /// A rule asking only for documents that state rules (制度, 方案, 通知) takes one whose title
    /// also names such a document: an unkinded one that only names the subject is about it ("关于
    /// 创建档案整理情况的备忘" is a memo on the archive, not its rules).
    pub(crate) fn named_by_unkinded(rule: &EvidenceRule, doc: &Document) -> bool {
        let named = (doc.kind == "other"
            || doc.kind_source == crate::infer::classify::KindSource::Folder
            || rule.titled_kinds.contains(&doc.kind))
            && !rule.keywords.is_empty()
            && rule.keywords.iter().any(|k| doc.title.contains(k.as_str()));
        if !named {
            return false;
        }
        let schema = crate::schema::ArchiveSchema::builtin();
        let kinds = || rule.kinds.iter().map(|k| schema.kind(k));
        let states_rules = kinds().all(|k| k.is_some_and(|k| k.states_rules));
        !states_rules
            || kinds()
                .flatten()
                .flat_map(|k| &k.names)
                .any(|n| doc.title.contains(n.as_str()))
    }

    /// (element id, indicator id) of every indicator whose rules the document matches, whatever its
    /// date: what a reviewer looking at this one document can cite it for.
    pub(crate) fn supports(&self, std: &Standard, doc: &Document) -> Vec<(String, String)> {
        let found = self.found_in(doc).any;
        std.indicators()
            .filter(|(_, ind)| {
                ind.parts
                    .values()
                    .flat_map(|p| &p.evidence)
                    .any(|r| self.rule_matches(r, doc, &found))
            })
            .map(|(e, i)| (e.id.value.clone(), i.id.value.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<&str> {
        headings(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn section_headings_are_read_up_to_their_colon() {
        let text = "大林镇2023年度工作总结\n一、计划执行情况\n全年完成计划。\n（二）隐患整改：全年整改43处。\n3、下一步工作\n1.5万元用于整改。\n第四条 会议制度\n";
        assert_eq!(
            shown(text),
            vec![
                "一、计划执行情况",
                "（二）隐患整改",
                "3、下一步工作",
                "第四条 会议制度"
            ]
        );
    }

    #[test]
    fn a_sentence_saying_a_document_does_not_exist_yet_names_no_evidence() {
        let text = "3、照片挑每次活动2-3张。\n5、档案管理制度还没有，王立新先起草一个，10月上会。\n6、催！";
        let found: Vec<&str> = absence_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            found,
            vec!["5、档案管理制度还没有，王立新先起草一个，10月上会"]
        );
    }

    #[test]
    fn an_item_opening_with_what_the_meeting_did_is_its_subject() {
        let openings = vec!["、审议".to_string()];
        let text = "会议内容\n二、审议《社区安全社区创建工作制度（草案）》，原则通过。\n三、通报情况：各单位、审议稿已收到。\n";
        let found: Vec<&str> = business_sentences(text, &openings)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            found,
            vec!["、审议《社区安全社区创建工作制度（草案）》，原则通过"]
        );
    }

    #[test]
    fn a_sentence_saying_what_the_meeting_did_is_its_subject() {
        let openings = vec!["会议对".to_string(), "会议审议".to_string()];
        let text = "一、会议内容\n各项目组汇报工作。会议对2024年下半年工作进行总结评审，提出改进要求。\n与会人员讨论了会议对接事宜\n";
        let found: Vec<&str> = business_sentences(text, &openings)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            found,
            vec!["会议对2024年下半年工作进行总结评审，提出改进要求"]
        );
    }

    #[test]
    fn what_a_meeting_decided_is_its_subject() {
        let words = vec!["议定事项".to_string()];
        let text = "一、会议内容\n各组汇报诊断情况。\n二、会议议定事项\n1. 审议通过诊断报告。\n2. 确定五个安全促进项目。\n三、其他\n下次例会讨论项目方案。\n";
        let found: Vec<&str> = decision_sections(text, &words)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            found,
            vec!["1. 审议通过诊断报告。\n2. 确定五个安全促进项目。\n"]
        );
    }

    #[test]
    fn two_words_said_together_are_said_in_one_sentence_close_by() {
        assert!(said_soon_after("日常工作和创建档案。", "档案"));
        assert!(!said_soon_after("日常工作。各组整理档案", "档案"));
        assert!(!said_soon_after(
            &format!("{}档案", "工".repeat(30)),
            "档案"
        ));
    }

    #[test]
    fn a_long_numbered_sentence_is_no_heading() {
        let text = "一、领导小组全年召开季度例会4次，办公室开展督查4次，成立四个安全促进项目组，全年投入创建资金39.5万元\n";
        assert!(shown(text).is_empty());
    }
}
