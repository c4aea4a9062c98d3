//! The standard as data: elements, indicators, the scoring scheme and the evidence rules that earn
//! each part of an indicator. Built-in standards are compiled in from `standards/`; any other file
//! in the same format can be loaded by path, so a province or city can write its own variant.

mod lint;
mod show;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::{Error, Result};
use crate::i18n::Lang;

pub use lint::{LintProblem, lint_standard};
pub(crate) use show::fit as fit_width;
pub use show::render_standard_table;

/// Built-in standards: (id, file name, YAML).
const BUILTIN: &[(&str, &str, &str)] = &[(
    "aqt9001-2006",
    "standards/aqt9001-2006.yaml",
    include_str!("../../standards/aqt9001-2006.yaml"),
)];

/// The id of the standard used when an archive names none.
pub const DEFAULT_STANDARD: &str = "aqt9001-2006";

/// A scoring standard: the scheme, its elements and indicators.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    /// Format marker, `zicha-standard/1`.
    pub schema: String,
    /// Short id (`aqt9001-2006`).
    pub id: String,
    /// The standard's number (`AQ/T 9001-2006`).
    pub code: String,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default)]
    pub title_en: Option<String>,
    /// The scoring sheet.
    pub scheme: Scheme,
    /// Frequencies and thresholds a district may override.
    #[serde(default)]
    pub parameters: BTreeMap<String, Parameter>,
    /// The areas safety-promotion projects belong to.
    #[serde(default)]
    pub project_areas: Vec<ProjectArea>,
    /// The elements (一级指标).
    pub elements: Vec<Element>,
    /// WHO / ISCCC indicators and the elements that evidence them.
    #[serde(default)]
    pub who_indicators: Vec<WhoIndicator>,
    /// Where the standard was loaded from (a path, or `builtin:ID`).
    #[serde(skip)]
    pub origin: String,
    /// SHA-256 of the file's text: what was indexed with another standard is re-mapped.
    #[serde(skip)]
    pub digest: String,
    /// The element each folder name files under, as the audit has read it: folder names repeat
    /// across thousands of files.
    #[serde(skip)]
    pub(crate) folder_elements: FolderElements,
}

/// The scoring sheet: parts of an indicator, grades and the verdict rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    /// Title of the sheet.
    pub title: String,
    /// English title.
    #[serde(default)]
    pub title_en: Option<String>,
    /// `seen` or `drafted`.
    #[serde(default)]
    pub provenance: Option<String>,
    /// Where it comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// The parts each indicator is scored in (有无 / 痕迹 / 效果).
    pub parts: Vec<PartDef>,
    /// Fraction of a part's points per grade (a/b/c/d).
    pub grades: BTreeMap<String, f64>,
    /// The verdict rule.
    pub verdict: VerdictRule,
    /// How an element's status is read from its indicators (see `ElementStatusRule`).
    #[serde(default)]
    pub element_status: ElementStatusRule,
}

/// How an element's status reads, as a reviewer reads it: **met** when it earns at least `met_at`
/// of its points with no indicator at zero and no gap a reviewer would call more than a minor
/// defect (a year of the period without the records asked every year, a project without its
/// evidence, the community's own rule broken);
/// **missing** when no indicator earns anything beyond the first part (有无: a plan or rule that
/// provides for the work, with no record that it was done); **partial** otherwise.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElementStatusRule {
    /// Share of the element's points from which it is met.
    #[serde(default = "default_met_at")]
    pub met_at: f64,
}

fn default_met_at() -> f64 {
    0.85
}

impl Default for ElementStatusRule {
    fn default() -> Self {
        ElementStatusRule {
            met_at: default_met_at(),
        }
    }
}

/// One scoring part.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartDef {
    /// Id used in indicators (`presence`).
    pub id: String,
    /// Chinese name (有无).
    pub title: String,
    /// English name.
    #[serde(default)]
    pub title_en: Option<String>,
    /// Points of this part in every indicator.
    pub points: f64,
}

/// When an assessment passes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictRule {
    /// Points needed to pass.
    pub pass_at: f64,
    /// Points needed to be allowed to rectify.
    pub rectify_at: f64,
    /// Whether any indicator at zero fails the assessment.
    #[serde(default)]
    pub zero_indicator_fails: bool,
}

/// A tunable frequency or threshold.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// The default value.
    pub default: f64,
    /// What it counts, in Chinese.
    pub title: String,
    /// In English.
    #[serde(default)]
    pub title_en: Option<String>,
    /// `seen` or `drafted`.
    #[serde(default)]
    pub provenance: Option<String>,
    /// Why this default.
    #[serde(default)]
    pub note: Option<String>,
    /// How a community's own rule states this frequency: groups of words that must all be found
    /// in one clause beside the frequency ("领导小组每季度召开一次例会": [[领导小组, …], [例会, 会议]]).
    /// The community's stated frequency then replaces the default for its archive.
    #[serde(default)]
    pub stated_as: Vec<Vec<String>>,
    /// Words that narrow what a community's rule counts when they stand in it, each with the title
    /// words of the records that then count: "每半年至少组织一次综合应急演练" counts only drills
    /// named 综合, not a company's on-site drill.
    #[serde(default)]
    pub qualifiers: BTreeMap<String, Vec<String>>,
    /// Words that widen what a community's rule counts when they stand in it as an alternative,
    /// each with the kinds of record that then count too: "每季度至少开展1次安全宣传教育或培训活动"
    /// is kept by a publicity event as by a training.
    #[serde(default)]
    pub alternatives: BTreeMap<String, Vec<String>>,
    /// Whether a rule that says only "每年" ("公司每年第一季度…签订目标责任书") states once a year.
    #[serde(default)]
    pub stated_yearly: bool,
    /// Words that, standing in a clause, make it state something else: "宣传栏每季度更新一次" is
    /// the upkeep of a board, not a publicity event anyone keeps a record of.
    #[serde(default)]
    pub not_stated_by: Vec<String>,
}

/// An area of safety promotion (交通安全 …).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectArea {
    /// Its name.
    pub name: String,
    /// Words that find it in titles and folders.
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// A memo of folder name → element; a copy of the standard starts it afresh.
#[derive(Debug, Default)]
pub(crate) struct FolderElements(
    std::sync::Mutex<std::collections::HashMap<String, Option<String>>>,
);

impl Clone for FolderElements {
    fn clone(&self) -> Self {
        FolderElements::default()
    }
}

impl FolderElements {
    /// The memo's answer for `folder`, else `compute`'s, remembered.
    pub(crate) fn get_or(
        &self,
        folder: &str,
        compute: impl FnOnce() -> Option<String>,
    ) -> Option<String> {
        if let Some(hit) = self.0.lock().ok().and_then(|m| m.get(folder).cloned()) {
            return hit;
        }
        let value = compute();
        if let Ok(mut m) = self.0.lock() {
            m.insert(folder.to_string(), value.clone());
        }
        value
    }
}

/// One element (要素 / 一级指标).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// The element number as a string.
    pub id: Spanned<String>,
    /// Chinese title.
    pub title: String,
    /// English title.
    #[serde(default)]
    pub title_en: Option<String>,
    /// `seen` or `drafted`.
    #[serde(default)]
    pub provenance: Option<String>,
    /// The standard's sub-clauses.
    #[serde(default)]
    pub clauses: Vec<Clause>,
    /// Words in folder names that file a document under this element.
    #[serde(default)]
    pub folders: Vec<String>,
    /// Words in titles that tie a document to this element.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Kinds filed under this element when neither metadata nor folders say otherwise.
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Kinds filed under this element when the document belongs to a safety-promotion project.
    #[serde(default)]
    pub project_kinds: Vec<String>,
    /// Kinds another element keeps, filed under this one when the title names this element
    /// (a 宣传活动记录 is 宣传教育与培训's, a "志愿者服务队活动" record 全员参与's).
    #[serde(default)]
    pub also_kinds: Vec<String>,
    /// Title words of documents that are evidence for this element too, wherever they are filed
    /// (the creation programme, "安全社区创建工作实施方案", sets up the organisation as well as the
    /// targets); never a project's document.
    #[serde(default)]
    pub also_titles: Vec<String>,
    /// The scored indicators.
    pub indicators: Vec<Indicator>,
}

/// A clause of an element.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    /// `a`, `b` …
    pub id: String,
    /// Its text.
    pub text: String,
}

/// One indicator (二级指标), scored in the scheme's parts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Unique id (national sheet: 1..50).
    pub id: Spanned<String>,
    /// The indicator's wording.
    pub title: String,
    /// English title.
    #[serde(default)]
    pub title_en: Option<String>,
    /// `seen` or `drafted`.
    #[serde(default)]
    pub provenance: Option<String>,
    /// Evidence rules per part id.
    pub parts: BTreeMap<String, PartRules>,
}

/// What earns one part of an indicator.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartRules {
    /// In words.
    #[serde(default)]
    pub description: Option<String>,
    /// The rules; the part's degree is their mean.
    #[serde(default)]
    pub evidence: Vec<EvidenceRule>,
}

fn yes() -> bool {
    true
}

/// A count given as a number or as the name of a parameter.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum CountSpec {
    /// A literal count.
    Number(f64),
    /// A parameter name.
    Parameter(String),
}

/// One evidence predicate: which documents count, how many, carrying which facts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceRule {
    /// Name used in gap messages.
    pub label: Spanned<String>,
    /// English name.
    #[serde(default)]
    pub label_en: Option<String>,
    /// Kind ids that qualify.
    pub kinds: Vec<String>,
    /// Kind ids that qualify only when one of the rule's words stands in the document's title
    /// ("赴滨江街道学习考察情况报告" is a record of an exchange; a work summary that mentions 交流
    /// in its body is not).
    #[serde(default)]
    pub titled_kinds: Vec<String>,
    /// Any of these words in title, folders or text (empty: no condition).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Documents needed in all (default 1).
    #[serde(default)]
    pub min: Option<f64>,
    /// Documents needed in each year of the assessment period.
    #[serde(default)]
    pub per_year: Option<CountSpec>,
    /// Needed once per safety-promotion project.
    #[serde(default)]
    pub per_project: bool,
    /// Only documents dated inside the assessment period count.
    #[serde(default)]
    pub in_period: Option<bool>,
    /// Whether a register's rows count as records for this rule (default yes: a year of
    /// inspections in one ledger). `false` for rules that ask for a written report: the injury
    /// register's rows are not an analysis of them.
    #[serde(default = "yes")]
    pub registers: bool,
    /// Whether the rule's words name the record itself ("伤害数据统计分析报告", "绩效评审报告"), so
    /// they must stand in a document's title, folders or opening lines whatever its kind: a work
    /// summary that mentions 评审 in its body is not a review report.
    #[serde(default)]
    pub subject: bool,
    /// Whether each record reports on a whole year ("2024年伤害监测分析报告", written the January
    /// after): a year the period ends inside of owes none, its report being due after the period.
    #[serde(default)]
    pub year_report: bool,
    /// Whether the rule asks for a document that *cites* something ("引用诊断结果的目标计划"): its
    /// words count wherever they stand in the body, whatever the document's kind, since citing is
    /// done in the body.
    #[serde(default)]
    pub cites: bool,
    /// Whether only the records of a safety-promotion project count ("针对重点人群的干预记录"):
    /// each project targets a high-risk group or place, so its plan, records and evaluation are
    /// the targeted ones, whoever the group is (older people, children, contractors).
    #[serde(default)]
    pub of_project: bool,
    /// Whether every register of the rule's kinds is checked for items still open past their
    /// deadline (hazards of a 隐患台账 not rectified in time), each such register a gap.
    #[serde(default)]
    pub open_items: bool,
    /// Whether every register named for the rule's subject whose items close by an answer
    /// (意见建议登记及答复台账) is checked for items left unanswered past their time, each such
    /// register a gap.
    #[serde(default)]
    pub unanswered_items: bool,
    /// Whether the records are kept continuously (an injury register, every case as it comes):
    /// months without a row inside a busy register are an interruption, named as a gap.
    #[serde(default)]
    pub continuous: bool,
    /// Whether each file a bound volume's 卷内目录 lists but does not hold is named as a gap: the
    /// archive is not complete as catalogued.
    #[serde(default)]
    pub unbound_items: bool,
    /// Whether a register named for the rule's subject whose rows are all but all answered (each
    /// suggestion with its 处理答复 and date) is itself the record the rule asks: the tally of
    /// items handled, whatever kind the register was given.
    #[serde(default)]
    pub answered: bool,
    /// Words naming the answer each numbered document needs ("回复", "复查"): a 整改通知 with a
    /// 文号 is followed up when another document, whose title says one of these, cites its number.
    #[serde(default)]
    pub follow_up: Vec<String>,
    /// Facts each document must carry.
    #[serde(default)]
    pub facts: Vec<String>,
    /// What to do when short.
    #[serde(default)]
    pub hint: Option<String>,
    /// In English.
    #[serde(default)]
    pub hint_en: Option<String>,
}

/// A WHO or ISCCC indicator.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WhoIndicator {
    /// Short id.
    pub id: String,
    /// `ISCCC-2015`, `WHO-2012`.
    #[serde(default)]
    pub framework: Option<String>,
    /// English title.
    pub title: String,
    /// Chinese title.
    #[serde(default)]
    pub title_zh: Option<String>,
    /// Its text.
    #[serde(default)]
    pub text: Option<String>,
    /// Element ids that evidence it.
    #[serde(default)]
    pub elements: Vec<String>,
    /// Of the text.
    #[serde(default)]
    pub provenance: Option<String>,
    /// Of the mapping.
    #[serde(default)]
    pub mapping_provenance: Option<String>,
}

/// Facts an evidence rule may require.
pub const FACTS: &[&str] = &["date", "participants", "attendees", "signin", "project"];

impl Standard {
    /// A built-in standard by id.
    pub fn builtin(id: &str) -> Result<Standard> {
        let (id, file, yaml) = BUILTIN
            .iter()
            .find(|(bid, _, _)| *bid == id)
            .ok_or_else(|| Error::UnknownStandard { name: id.into() })?;
        let mut std = Self::parse(yaml, Path::new(file))?;
        std.origin = format!("builtin:{id}");
        Ok(std)
    }

    /// Ids of the built-in standards.
    pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
        BUILTIN.iter().map(|(id, _, _)| *id)
    }

    /// Loads and validates a standard file.
    pub fn from_path(path: &Path) -> Result<Standard> {
        let text = crate::input::read_text_bounded(path, crate::input::TEXT_LIMIT)?;
        let mut std = Self::parse(&text, path)?;
        std.origin = path.display().to_string();
        Ok(std)
    }

    /// Resolves `name`: a built-in id, else a path (relative to `base` when given).
    pub fn resolve(name: &str, base: Option<&Path>) -> Result<Standard> {
        if BUILTIN.iter().any(|(id, _, _)| *id == name) {
            return Self::builtin(name);
        }
        let path = match base {
            Some(base) if Path::new(name).is_relative() => base.join(name),
            _ => Path::new(name).to_path_buf(),
        };
        if path.is_file() {
            Self::from_path(&path)
        } else {
            Err(Error::UnknownStandard { name: name.into() })
        }
    }

    /// Parses and validates; every problem is reported with its line.
    pub fn parse(text: &str, path: &Path) -> Result<Standard> {
        let mut std: Standard = serde_saphyr::from_str(text).map_err(|e| Error::yaml(path, &e))?;
        std.digest = {
            use sha2::Digest;
            format!("{:x}", sha2::Sha256::digest(text.as_bytes()))
        };
        let problems = lint::validate(&std, Lang::Zh);
        if problems.is_empty() {
            Ok(std)
        } else {
            Err(Error::InvalidStandard {
                path: path.to_path_buf(),
                problems,
            })
        }
    }

    /// A short digest of the standard's text.
    pub fn fingerprint(&self) -> &str {
        &self.digest[..self.digest.len().min(16)]
    }

    /// Points possible in the whole sheet.
    pub fn possible(&self) -> f64 {
        self.indicator_points() * self.indicators().count() as f64
    }

    /// Points of one indicator (sum of the parts).
    pub fn indicator_points(&self) -> f64 {
        self.scheme.parts.iter().map(|p| p.points).sum()
    }

    /// All indicators with their element.
    pub fn indicators(&self) -> impl Iterator<Item = (&Element, &Indicator)> {
        self.elements
            .iter()
            .flat_map(|e| e.indicators.iter().map(move |i| (e, i)))
    }

    /// The value of a parameter, with the archive's overrides applied.
    pub fn parameter(&self, name: &str, overrides: &BTreeMap<String, f64>) -> Option<f64> {
        overrides
            .get(name)
            .copied()
            .or_else(|| self.parameters.get(name).map(|p| p.default))
    }

    /// Fraction of points for a grade letter.
    pub fn grade_fraction(&self, grade: char) -> f64 {
        self.scheme
            .grades
            .get(&grade.to_string())
            .copied()
            .unwrap_or(0.0)
    }
}

impl Element {
    /// Title in the chosen language.
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick_opt(&self.title, self.title_en.as_deref())
    }
}

impl Indicator {
    /// Title in the chosen language.
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick_opt(&self.title, self.title_en.as_deref())
    }
}

impl PartDef {
    /// Title in the chosen language.
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick_opt(&self.title, self.title_en.as_deref())
    }
}

impl EvidenceRule {
    /// Label in the chosen language, as it reads inside a sentence ("no effect evaluation").
    pub fn name(&self, lang: Lang) -> String {
        let label = lang.pick_opt(&self.label.value, self.label_en.as_deref());
        let mut chars = label.chars();
        match (lang, chars.next(), chars.next()) {
            // Keep acronyms (WHO, ISCCC) as they are.
            (Lang::En, Some(first), Some(second)) if !second.is_uppercase() => first
                .to_lowercase()
                .chain(label[first.len_utf8()..].chars())
                .collect(),
            _ => label.to_string(),
        }
    }

    /// Hint in the chosen language.
    pub fn help(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => self.hint_en.as_deref().or(self.hint.as_deref()),
            Lang::Zh => self.hint.as_deref(),
        }
    }
}
