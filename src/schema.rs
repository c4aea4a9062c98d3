//! The archive schema: the kinds of document a creation archive holds, how each is recognised and
//! what it must carry. The data lives in `archive-schema/kinds.yaml` and is compiled in.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Lang;

const KINDS_YAML: &str = include_str!("../archive-schema/kinds.yaml");

/// One kind of document (会议纪要, 培训记录 …).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kind {
    /// Stable id used by standards and in JSON (`minutes`, `training` …).
    pub id: String,
    /// Chinese name.
    pub title: String,
    /// English name.
    pub title_en: String,
    /// Words that name this kind in a file name or title.
    #[serde(default)]
    pub names: Vec<String>,
    /// Words of the kind's subject, asked only when no name word matches.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Words in folder names that suggest this kind.
    #[serde(default)]
    pub folders: Vec<String>,
    /// Phrases typical of the body text.
    #[serde(default)]
    pub content: Vec<String>,
    /// A photo or scan of this kind is still this kind.
    #[serde(default)]
    pub scans: bool,
    /// Any element keeps documents of this kind: the element is read from the title.
    #[serde(default)]
    pub generic: bool,
    /// File extensions (lower case, no dot) that are this kind whatever their name: a shortcut
    /// (`.lnk`) named "应急预案 - 快捷方式" is no emergency plan.
    #[serde(default)]
    pub extensions: Vec<String>,
    /// Documents of this kind are never evidence (a note saying where the evidence is kept).
    #[serde(default)]
    pub not_evidence: bool,
    /// A summary or evaluation (总结, 评估): of an activity the name names, it is that activity's
    /// record.
    #[serde(default)]
    pub summarises: bool,
    /// Documents of this kind set the community's own rules (frequencies they state count).
    #[serde(default)]
    pub states_rules: bool,
    /// Documents of this kind are read whole, never by sheet or section (a catalogue).
    #[serde(default)]
    pub whole: bool,
    /// Documents of this kind list other files with their dates (a catalogue): one counts for
    /// every year whose files it lists, whenever it was made.
    #[serde(default)]
    pub lists_files: bool,
    /// Documents of this kind look forward (a plan): one written in the weeks before the period
    /// begins is the period's.
    #[serde(default)]
    pub forward: bool,
    /// Documents of this kind look back (a self-assessment, a review): one written in the weeks
    /// after the period ends (自查整档 follows the last month) is the period's.
    #[serde(default)]
    pub backward: bool,
    /// Openings of a sentence that states the document's business ("会议审议了…", "会议对…进行总结评审"):
    /// what such a sentence names, the document is about, as if its heading said it.
    #[serde(default)]
    pub business: Vec<String>,
    /// Words of a section heading under which each item is the document's business ("二、会议议定
    /// 事项" then "1. 确定五个安全促进项目"): what the items name, the document is about.
    #[serde(default)]
    pub decisions: Vec<String>,
    /// The kind a record of this kind is for the community when the community only took part in
    /// it: a title opening with one of the schema's `attending_words` ("参加全省安全社区建设推进会
    /// 情况报告") reports a meeting others held, an exchange, not the community's own minutes.
    #[serde(default)]
    pub attended_as: Option<String>,
    /// Description items the archive rules ask this kind to carry.
    #[serde(default)]
    pub metadata: Vec<String>,
    /// Facts evidence rules may ask of this kind.
    #[serde(default)]
    pub facts: Vec<String>,
}

impl Kind {
    /// The name in the chosen language.
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.title, &self.title_en)
    }

    /// Whether its records owe a head count (a training, a drill).
    pub fn owes_head_count(&self) -> bool {
        self.facts.iter().any(|f| f == "participants")
    }

    /// Whether its records are of a gathering: they owe a head count or who attended (minutes).
    pub fn records_gathering(&self) -> bool {
        self.owes_head_count() || self.facts.iter().any(|f| f == "attendees")
    }
}

/// Header words of the columns of a catalogue that lists the archive's files, each matched as
/// part of a header cell, the first word that matches chosen.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueColumns {
    /// The file's 档号.
    pub reference: Vec<String>,
    /// The file's name as saved ("IMG_20240412_143015.jpg").
    pub file: Vec<String>,
    /// What the file is (题名, 材料名称).
    pub title: Vec<String>,
    /// When it was made (日期, 形成日期).
    pub date: Vec<String>,
    /// A remark (备注).
    pub remark: Vec<String>,
}

impl Default for CatalogueColumns {
    fn default() -> Self {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        CatalogueColumns {
            reference: words(&["档号"]),
            file: Vec::new(),
            title: words(&["题名"]),
            date: words(&["日期"]),
            remark: words(&["备注"]),
        }
    }
}

/// All kinds, in the schema's order.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveSchema {
    /// Format marker, `zicha-archive-schema/1`.
    pub schema: String,
    /// Folder words that name a creation stage, not an element.
    #[serde(default)]
    pub stage_folders: Vec<String>,
    /// Folder words of not-yet-filed material.
    #[serde(default)]
    pub unsorted_folders: Vec<String>,
    /// Kinds of the records a safety-promotion project keeps: one named after a project is that
    /// project's record too.
    #[serde(default)]
    pub project_record_kinds: Vec<String>,
    /// Words naming a project's own working group ("燃气使用安全项目组"): its minutes are the
    /// project's record, where a committee's minutes that mention a project are not.
    #[serde(default)]
    pub project_group_words: Vec<String>,
    /// Last words of a title that make it the scheme of an event, written before it (演练方案,
    /// 活动安排): it owes no head count or attendance.
    #[serde(default)]
    pub scheme_words: Vec<String>,
    /// Words of a file's name that make it teaching material (培训课件): it owes no head count or
    /// attendance.
    #[serde(default)]
    pub material_words: Vec<String>,
    /// Phrases of a note that only says where the evidence is kept ("…收录在指标03《制度汇编》",
    /// "分析见指标11"): a short file whose lines mostly say so is no evidence itself.
    #[serde(default)]
    pub pointer_phrases: Vec<String>,
    /// Words of a rule that make keeping a record a duty ("档案查阅、借阅应填写《…登记簿》"): a
    /// record the standard's drafting asks for becomes the community's own requirement.
    #[serde(default)]
    pub duty_words: Vec<String>,
    /// Words of a rule asking a report up to the time of applying ("申请评定前…补充分析"): a year
    /// report is then owed for the period's last, part year too.
    #[serde(default)]
    pub before_assessment_words: Vec<String>,
    /// Words naming a record of carrying something out (实施记录, 落实情况): after a kind's name
    /// ("预防与纠正措施实施记录"), the record is of that kind.
    #[serde(default)]
    pub carried_out_words: Vec<String>,
    /// Words naming a project between an activity and its evaluation ("燃气安全入户检查项目效果
    /// 评估报告"): the evaluation is of the project, not a record of the activity.
    #[serde(default)]
    pub project_words: Vec<String>,
    /// Words opening a title that report taking part in what others held (参加, 出席, 赴).
    #[serde(default)]
    pub attending_words: Vec<String>,
    /// What a duty sentence names when the record is owed whatever happens (《, 登记簿, 台账).
    #[serde(default)]
    pub duty_records: Vec<String>,
    /// Words beside a creation period in a plan.
    #[serde(default)]
    pub period_words: Vec<String>,
    /// Words a record's title ends with or brackets, saying the event did not take place
    /// ("防汛应急演练（推迟）"): such a record is no evidence that it did.
    #[serde(default)]
    pub not_held_words: Vec<String>,
    /// Words a title ends with or brackets, saying the document is a draft ("演练方案（草稿）"): a
    /// plan not adopted, an event not yet held. A word of one character counts only in brackets.
    #[serde(default)]
    pub draft_words: Vec<String>,
    /// Words that name the creation period itself ("创建周期为…"): a period so named outweighs
    /// the years a plan covers.
    #[serde(default)]
    pub period_names: Vec<String>,
    /// Endings of a community's, township's, park's or company's name.
    #[serde(default)]
    pub community_suffixes: Vec<String>,
    /// Words of a body after the community's name (人民政府, 办事处 …).
    #[serde(default)]
    pub community_trailers: Vec<String>,
    /// How the name of an office that signs a record ends ("老年人安全工作组", "…委员会办公室"): a
    /// line ending so above a date is a signature, not the title of the next record.
    #[serde(default)]
    pub issuer_endings: Vec<String>,
    /// Words of a sentence that says a document or record does not exist yet ("档案管理制度还没有，
    /// 王立新先起草一个"): what such a sentence names is missing, not evidence.
    #[serde(default)]
    pub absence_words: Vec<String>,
    /// Words a phone, camera or scanner names files with (微信图片, IMG, 扫描件): a name of only
    /// these, digits and marks says nothing of what the file shows.
    #[serde(default)]
    pub blank_names: Vec<String>,
    /// Header words of a catalogue's columns (归档文件目录, 材料清单).
    #[serde(default)]
    pub catalogue_columns: CatalogueColumns,
    /// The kinds.
    pub kinds: Vec<Kind>,
    /// Every kind's names in one automaton, built on first use: a title is classified in one
    /// pass, not one search per name.
    #[serde(skip)]
    names_index: OnceLock<NamesIndex>,
}

/// The kinds' names as one Aho-Corasick automaton.
#[derive(Debug, Clone)]
pub(crate) struct NamesIndex {
    pub automaton: aho_corasick::AhoCorasick,
    /// Per pattern: the kind's index and the name's index within the kind.
    pub pattern: Vec<(usize, usize)>,
}

impl ArchiveSchema {
    /// The compiled-in schema.
    pub fn builtin() -> &'static ArchiveSchema {
        static SCHEMA: OnceLock<ArchiveSchema> = OnceLock::new();
        SCHEMA.get_or_init(|| {
            serde_saphyr::from_str(KINDS_YAML).expect("archive-schema/kinds.yaml is valid (tested)")
        })
    }

    /// The kinds' names as one automaton.
    pub(crate) fn names_index(&self) -> &NamesIndex {
        self.names_index.get_or_init(|| {
            let mut words = Vec::new();
            let mut pattern = Vec::new();
            for (k, kind) in self.kinds.iter().enumerate() {
                for (w, word) in kind.names.iter().enumerate() {
                    words.push(word.as_str());
                    pattern.push((k, w));
                }
            }
            NamesIndex {
                automaton: aho_corasick::AhoCorasick::new(words)
                    .expect("kind names make an automaton"),
                pattern,
            }
        })
    }

    /// The kind with this id.
    pub fn kind(&self, id: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.id == id)
    }

    /// The label of a kind id, or the id itself when unknown.
    pub fn label<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        self.kind(id).map(|k| k.label(lang)).unwrap_or(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_schema_parses_and_has_the_required_kinds() {
        let schema = ArchiveSchema::builtin();
        for id in [
            "minutes",
            "notice",
            "rules",
            "training",
            "signin",
            "publicity",
            "plan",
            "implementation",
            "evaluation",
            "diagnosis",
            "emergency_plan",
            "drill",
            "inspection",
            "injury_record",
            "rectification",
            "review",
            "catalogue",
            "photo",
            "other",
        ] {
            assert!(schema.kind(id).is_some(), "missing kind {id}");
        }
        // A kind a record becomes when the community only attended it must exist.
        for k in &schema.kinds {
            if let Some(id) = &k.attended_as {
                assert!(schema.kind(id).is_some(), "{}: attended_as {id}", k.id);
            }
        }
    }
}
