//! The audit: every indicator's parts are graded from the evidence rules, indicators roll up into
//! elements and the total, and the scheme's rule gives the verdict.

mod commitments;
mod diff;
mod gaps;
mod gate;
pub(crate) mod keywords;
pub(crate) mod mapping;
mod rules;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::archive::{Archive, Document};
use crate::config::Period;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::i18n::Lang;
use crate::standard::Standard;

pub use diff::{AuditDiff, GapChange, IndicatorChange, RunSummary, diff_reports};
pub use gaps::{Basis, GapArgs, GapCode, basis_label};
pub use gate::{Gate, GateFailure, GateResult, SeverityOverride, apply_gate};
pub use mapping::{CommunitySource, PeriodSource};

/// Whether a requirement is satisfied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Every part graded a.
    Met,
    /// Some points, not all.
    Partial,
    /// No points.
    Missing,
}

impl Status {
    /// Label shown to users.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Met => lang.pick("达标", "met"),
            Status::Partial => lang.pick("部分", "partial"),
            Status::Missing => lang.pick("缺失", "missing"),
        }
    }

    fn of(earned: f64, possible: f64) -> Status {
        if earned >= possible - 1e-9 {
            Status::Met
        } else if earned <= 1e-9 {
            Status::Missing
        } else {
            Status::Partial
        }
    }
}

/// The scheme's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// 通过.
    Pass,
    /// 整改.
    Rectify,
    /// 不通过.
    Fail,
}

impl Verdict {
    /// Label shown to users.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Verdict::Pass => lang.pick("通过", "pass"),
            Verdict::Rectify => lang.pick("整改", "rectify"),
            Verdict::Fail => lang.pick("不通过", "fail"),
        }
    }
}

/// Totals and verdict.
#[derive(Debug, Clone, Serialize)]
pub struct Score {
    /// Points earned.
    pub earned: f64,
    /// Points possible.
    pub possible: f64,
    /// earned / possible × 100.
    pub percent: f64,
    /// Points needed to pass.
    pub pass_threshold: f64,
    /// Points needed to rectify.
    pub rectify_threshold: f64,
    /// The verdict.
    pub verdict: Verdict,
    /// Indicators at zero points (they fail the assessment when the scheme says so).
    pub zero_indicators: Vec<String>,
}

/// A gap with what to do about it: a stable code and its arguments (what `zicha diff` compares),
/// the basis of the requirement, and the message rendered from them in the report's language.
#[derive(Debug, Clone, Serialize)]
pub struct GapDetail {
    /// Stable code (`none-found`, `too-few-in-year`, `register-ends-early` …).
    pub code: GapCode,
    /// Its arguments.
    pub args: GapArgs,
    /// Where the requirement comes from: the standard, a drafted default, the community's own rule.
    pub basis: Basis,
    /// What is missing.
    pub message: String,
    /// What to do.
    pub hint: Option<String>,
    /// The scoring part it costs.
    pub part: String,
    /// Documents concerned (e.g. those lacking a fact).
    pub paths: Vec<String>,
}

/// One scored part of an indicator.
#[derive(Debug, Clone, Serialize)]
pub struct PartResult {
    /// Part id (`presence`).
    pub id: String,
    /// Its name (有无).
    pub title: String,
    /// Grade a/b/c/d.
    pub grade: String,
    /// Points possible.
    pub possible: f64,
    /// Points earned.
    pub earned: f64,
    /// Why this grade.
    pub reason: String,
}

/// One indicator (requirement).
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorResult {
    /// Its id.
    pub id: String,
    /// Its wording.
    pub title: String,
    /// `seen` or `drafted`.
    pub provenance: Option<String>,
    /// Met / partial / missing.
    pub status: Status,
    /// Points earned.
    pub earned: f64,
    /// Points possible.
    pub possible: f64,
    /// The parts.
    pub parts: Vec<PartResult>,
    /// Paths of the documents used as evidence.
    pub evidence: Vec<String>,
    /// Gap messages.
    pub gaps: Vec<String>,
    /// Gaps with hints.
    pub gap_details: Vec<GapDetail>,
}

/// One element.
#[derive(Debug, Clone, Serialize)]
pub struct ElementResult {
    /// Element number as a string.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Met / partial / missing.
    pub status: Status,
    /// Points earned.
    pub earned: f64,
    /// Points possible.
    pub possible: f64,
    /// The indicators.
    pub requirements: Vec<IndicatorResult>,
}

/// A WHO / ISCCC indicator read through the elements that evidence it.
#[derive(Debug, Clone, Serialize)]
pub struct WhoResult {
    /// Id.
    pub id: String,
    /// Framework.
    pub framework: Option<String>,
    /// Title.
    pub title: String,
    /// Element ids.
    pub elements: Vec<String>,
    /// Points of those elements earned.
    pub earned: f64,
    /// Points of those elements possible.
    pub possible: f64,
}

/// The standard used.
#[derive(Debug, Clone, Serialize)]
pub struct StandardInfo {
    /// Id.
    pub id: String,
    /// Number.
    pub code: String,
    /// Title.
    pub title: String,
    /// Scheme title.
    pub scheme: String,
    /// Where it was loaded from.
    pub origin: String,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Documents in the archive.
    pub documents: usize,
    /// Indicators met / partial / missing.
    pub met: usize,
    /// Partial.
    pub partial: usize,
    /// Missing.
    pub missing: usize,
    /// Gaps in all.
    pub gaps: usize,
    /// Diagnostics per severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
}

/// The whole audit, as JSON and as the terminal report show it.
#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    /// `zicha-audit/1`.
    pub schema: &'static str,
    /// zicha's version.
    pub zicha_version: &'static str,
    /// Language of the messages.
    pub lang: Lang,
    /// Community name.
    pub community: Option<String>,
    /// Community type.
    pub community_type: Option<String>,
    /// Assessment period.
    pub period: Period,
    /// Whether the period was configured, read from the archive or guessed.
    pub period_source: PeriodSource,
    /// The file the period was read from, when read from the archive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period_file: Option<String>,
    /// Whether the community's name was configured or inferred from the archive.
    pub community_source: CommunitySource,
    /// The standard.
    pub standard: StandardInfo,
    /// Totals and verdict.
    pub score: Score,
    /// Counts.
    pub summary: Summary,
    /// Per element.
    pub elements: Vec<ElementResult>,
    /// WHO / ISCCC view.
    pub who: Vec<WhoResult>,
    /// Projects found.
    pub projects: Vec<String>,
    /// Frequencies the community's own rules and plans state, which set its bar.
    pub commitments: Vec<CommitmentInfo>,
    /// Every document.
    pub documents: Vec<Document>,
    /// Every diagnostic (documents' and the archive's), sorted by path.
    pub diagnostics: Vec<Diagnostic>,
    /// The CI gate's verdict, when a gate was set (`zicha.yaml` `gate:` or flags).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gate: Option<GateResult>,
}

/// A frequency the community committed itself to.
#[derive(Debug, Clone, Serialize)]
pub struct CommitmentInfo {
    /// The standard's parameter it sets.
    pub parameter: String,
    /// Times per year.
    pub per_year: f64,
    /// The file that states it.
    pub file: String,
    /// The sentence, as written.
    pub quote: String,
    /// The word that narrows what counts ("综合"): only records named with it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub named: Option<String>,
}

/// Options of an audit run.
#[derive(Debug, Clone)]
pub struct AuditOptions {
    /// Language of messages.
    pub lang: Lang,
    /// Today, used only when neither `zicha.yaml` nor any document gives a year.
    pub today: NaiveDate,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn grade_of(degree: f64) -> char {
    if degree >= 0.999 {
        'a'
    } else if degree >= 0.6 {
        'b'
    } else if degree > 0.0 {
        'c'
    } else {
        'd'
    }
}

/// The documents the rules weigh: every file, or in its place the parts it keeps (a workbook's
/// sheets by subject, a compilation's records), with the index of the file each came from. The
/// texts move to the units: the report's documents keep none.
fn evidence_units(docs: &mut [Document]) -> (Vec<Document>, Vec<usize>) {
    let mut units = Vec::with_capacity(docs.len());
    let mut unit_of = Vec::with_capacity(docs.len());
    for (i, doc) in docs.iter_mut().enumerate() {
        let text = std::mem::take(&mut doc.text);
        if doc.parts.is_empty() {
            let mut unit = doc.clone();
            unit.text = text;
            units.push(unit);
            unit_of.push(i);
        } else {
            // What the volume's catalogue lists but the volume lacks travels with its first part.
            let mut unbound = std::mem::take(&mut doc.unbound);
            for part in &mut doc.parts {
                let mut unit = part.clone();
                unit.unbound = std::mem::take(&mut unbound);
                unit.text = std::mem::take(&mut part.text);
                unit.facts.project = doc.facts.project.clone();
                units.push(unit);
                unit_of.push(i);
            }
        }
    }
    (units, unit_of)
}

/// Whether a record's title says the event did not take place ("三、防汛应急演练（推迟）" in a
/// month's ledger), or that it is a draft ("2025年防汛应急演练方案（草稿）"): the words end the title
/// or stand in brackets (a draft word of one character, "（草）", only in brackets).
fn not_held(doc: &Document) -> bool {
    let title = doc.title.trim_end();
    let schema = crate::schema::ArchiveSchema::builtin();
    let says = |w: &String, alone: bool| {
        title.match_indices(w.as_str()).any(|(at, _)| {
            let after = &title[at + w.len()..];
            after.is_empty() && alone
                || title[..at].ends_with(['（', '(']) && after.starts_with(['）', ')'])
        })
    };
    schema.not_held_words.iter().any(|w| says(w, true))
        || schema
            .draft_words
            .iter()
            .any(|w| says(w, w.chars().count() > 1))
}

fn countable(doc: &Document) -> bool {
    let evidence = crate::schema::ArchiveSchema::builtin()
        .kind(&doc.kind)
        .is_none_or(|k| !k.not_evidence);
    evidence
        && !unread(doc)
        && !doc
            .diagnostics
            .iter()
            .any(|d| matches!(d.code, Code::Duplicate | Code::Suspicious))
}

/// Whether a document could not be read or holds nothing.
fn unread(doc: &Document) -> bool {
    doc.diagnostics.iter().any(|d| {
        matches!(
            d.code,
            Code::Damaged | Code::Unreadable | Code::Undecodable | Code::EmptyFile
        )
    })
}

/// Whether a gap finds nothing at all of what the indicator's own wording names ("建立了…档案管理
/// 制度": no 档案管理制度): whatever zicha's drafting of the rest, that is no minor defect.
fn named_by_indicator(std: &Standard, indicator: &str, gap: &GapDetail) -> bool {
    if gap.code != GapCode::NoneFound {
        return false;
    }
    let Some((_, ind)) = std.indicators().find(|(_, i)| i.id.value == indicator) else {
        return false;
    };
    let Some((part, index)) = gap.args.rule.split_once('.') else {
        return false;
    };
    index
        .parse::<usize>()
        .ok()
        .and_then(|i| ind.parts.get(part)?.evidence.get(i))
        .is_some_and(|rule| ind.title.contains(rule.label.value.as_str()))
}

/// An element's status from its indicators (the standard's `element_status` rule).
fn element_status(requirements: &[IndicatorResult], std: &Standard) -> Status {
    let earned: f64 = requirements.iter().map(|r| r.earned).sum();
    let possible: f64 = requirements.iter().map(|r| r.possible).sum();
    let beyond_presence = requirements
        .iter()
        .flat_map(|r| r.parts.iter().skip(1))
        .any(|p| p.earned > 1e-9);
    let any_zero = requirements.iter().any(|r| r.earned <= 1e-9);
    let blocking = requirements.iter().any(|r| {
        r.gap_details
            .iter()
            .any(|g| g.blocks_met() || named_by_indicator(std, &r.id, g))
    });
    if possible > 0.0
        && earned >= possible * std.scheme.element_status.met_at - 1e-9
        && !any_zero
        && !blocking
    {
        Status::Met
    } else if !beyond_presence {
        Status::Missing
    } else {
        Status::Partial
    }
}

/// Every element scored; per document, the elements whose rules it served as evidence for.
fn score_elements(
    std: &Standard,
    ctx: &rules::Context<'_>,
) -> (Vec<ElementResult>, Vec<BTreeSet<String>>, Vec<String>) {
    let lang = ctx.lang;
    let mut used_by: Vec<BTreeSet<String>> = vec![BTreeSet::new(); ctx.docs.len()];
    let mut elements = Vec::new();
    let mut zero_indicators = Vec::new();
    let first_part = std
        .scheme
        .parts
        .first()
        .map(|p| p.id.clone())
        .unwrap_or_default();
    for element in &std.elements {
        let mut requirements = Vec::new();
        for ind in &element.indicators {
            let mut parts = Vec::new();
            let mut evidence = BTreeSet::new();
            let mut gap_details = Vec::new();
            for part_def in &std.scheme.parts {
                let Some(part_rules) = ind.parts.get(&part_def.id) else {
                    continue;
                };
                let later = part_def.id != first_part;
                let outcomes: Vec<rules::Outcome> = part_rules
                    .evidence
                    .iter()
                    .enumerate()
                    .map(|(n, r)| {
                        let id = format!("{}.{n}", part_def.id);
                        let site = rules::RuleSite {
                            id: &id,
                            period_default: later,
                            subject_only: later,
                            drafted: ind.provenance.as_deref() == Some("drafted"),
                        };
                        rules::evaluate(r, &site, ctx)
                    })
                    .collect();
                let degree =
                    outcomes.iter().map(|o| o.degree).sum::<f64>() / outcomes.len().max(1) as f64;
                let grade = grade_of(degree);
                for (o, r) in outcomes.iter().zip(&part_rules.evidence) {
                    for &i in &o.used {
                        evidence.insert(ctx.docs[i].path.clone());
                        // A rule that counts a project's documents cites them; they stay filed
                        // under the project element.
                        if later && !r.of_project {
                            used_by[i].insert(element.id.value.clone());
                        }
                    }
                }
                parts.push(PartResult {
                    id: part_def.id.clone(),
                    title: part_def.label(lang).to_string(),
                    grade: grade.to_string(),
                    possible: part_def.points,
                    earned: round2(part_def.points * std.grade_fraction(grade)),
                    reason: outcomes
                        .iter()
                        .map(|o| o.reason.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                });
                gap_details.extend(outcomes.into_iter().flat_map(|o| o.gaps));
            }
            let earned = round2(parts.iter().map(|p| p.earned).sum());
            let possible = round2(parts.iter().map(|p| p.possible).sum());
            if earned <= 1e-9 {
                zero_indicators.push(ind.id.value.clone());
            }
            requirements.push(IndicatorResult {
                id: ind.id.value.clone(),
                title: ind.label(lang).to_string(),
                provenance: ind.provenance.clone(),
                status: Status::of(earned, possible),
                earned,
                possible,
                parts,
                evidence: evidence.into_iter().collect(),
                gaps: gap_details.iter().map(|g| g.message.clone()).collect(),
                gap_details,
            });
        }
        elements.push(ElementResult {
            id: element.id.value.clone(),
            title: element.label(lang).to_string(),
            status: element_status(&requirements, std),
            earned: round2(requirements.iter().map(|r| r.earned).sum()),
            possible: round2(requirements.iter().map(|r| r.possible).sum()),
            requirements,
        });
    }
    (elements, used_by, zero_indicators)
}

fn outside_period(doc: &Document, period: &Period, lang: Lang) -> Option<Diagnostic> {
    let d = doc.date?;
    if rules::in_period(doc, period) {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::OutsidePeriod,
            doc.path.clone(),
            match lang {
                Lang::Zh => format!("日期 {d} 不在评定期 {} 至 {} 内", period.start, period.end),
                Lang::En => format!(
                    "dated {d}, outside the period {} to {}",
                    period.start, period.end
                ),
            },
        )
        .with_help(lang.pick(
            "作为背景资料可以保留，但不计入评定期内的工作痕迹",
            "it may stay as background, but does not count as work done in the period",
        )),
    )
}

/// The years a folder's name files its papers under ("2019年", "历史档案（2018-2020首次创建）"),
/// leaving out a 文号's year (〔2022〕35号 says when a paper was issued, not what it covers).
fn folder_years(name: &str) -> Vec<i32> {
    let unnumbered = name
        .split('〔')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once('〕').map_or("", |(_, rest)| rest)
            }
        })
        .collect::<String>();
    crate::infer::date::years_in(&unnumbered)
}

/// Whether `doc` belongs to a cycle that ended before the assessment period began: dated before
/// it, and filed in a folder for years that all lie before the period's first year, or named for
/// such a span ("历史档案（2018-2020首次创建）", "创建工作规划（2018—2020年）" in a re-assessment
/// of 2021-2025). Such a file is background a reviewer reads, not evidence of the period's work.
/// A plan written before the period for years reaching into it ("三年行动方案（2023—2025年）"), or
/// the district's plan issued before it (〔2022〕35号), is not.
fn of_an_earlier_cycle(doc: &Document, period: &Period) -> bool {
    let first = chrono::Datelike::year(&period.start);
    let before_period = match (doc.date, doc.year) {
        (Some(day), _) => day < period.start,
        (None, Some(year)) => year < first,
        (None, None) => false,
    };
    if !before_period {
        return false;
    }
    let all_before = |years: &[i32]| !years.is_empty() && years.iter().all(|&y| y < first);
    let stem = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    let spans = crate::infer::date::year_spans(stem);
    doc.folders.iter().any(|f| all_before(&folder_years(f))) || all_before(&spans)
}

fn period_guessed(period: &Period, lang: Lang) -> Diagnostic {
    Diagnostic::new(
        Code::PeriodGuessed,
        "",
        match lang {
            Lang::Zh => format!(
                "档案中未写明创建周期，按 {} 至 {} 核对",
                period.start, period.end
            ),
            Lang::En => format!(
                "the archive states no creation period; checked against {} to {}",
                period.start, period.end
            ),
        },
    )
    .with_help(lang.pick(
        "在 zicha.yaml 写明 period，或在实施方案中写明创建周期（如“2023年7月至2025年6月”）",
        "set period in zicha.yaml, or state the creation period in the programme (2023年7月至2025年6月)",
    ))
}

/// Audits `archive` against `std`.
pub fn audit(archive: &Archive, std: &Standard, options: &AuditOptions) -> AuditReport {
    let lang = options.lang;
    let config = archive.config.as_ref();
    let mut docs = archive.documents.clone();
    let schema = crate::schema::ArchiveSchema::builtin();
    let found_period = mapping::period(config, &docs, chrono::Datelike::year(&options.today));
    let mut period = found_period.period;
    period.creation_years |= mapping::works_in_creation_years(&period, &docs);
    // A file kept in parts is read by its parts: a volume or compilation of the projects' papers,
    // or a notice issuing four project plans, keeps the plans among its parts, each titled as a
    // project's ("燃气安全促进项目实施方案"); a part's folder is its file's, and says nothing of
    // which project the part is.
    let projects = mapping::projects(
        config,
        std,
        docs.iter().flat_map(|d| {
            let whole = d.parts.is_empty().then_some(d);
            whole
                .into_iter()
                .chain(d.parts.iter().filter(|p| p.title.contains("项目")))
        }),
    );
    for doc in docs.iter_mut() {
        doc.facts.project = mapping::project_of(doc, &projects);
    }
    // What the rules count: each file, or each of its parts when it keeps records of several
    // kinds (see `Document::parts`). A part is as countable as its file.
    // The community is read from the texts before they move to the units.
    let community = match config.and_then(|c| c.community.clone()) {
        Some(name) => (Some(name), CommunitySource::Config),
        None => match mapping::community(&archive.root, &docs) {
            Some(name) => (Some(name), CommunitySource::Inferred),
            None => (None, CommunitySource::None),
        },
    };
    let community_type = config
        .and_then(|c| c.community_type)
        .map(|t| t.as_str().to_string())
        .or_else(|| mapping::community_type(&docs));
    let (units, unit_of) = evidence_units(&mut docs);
    // A file of an earlier cycle (a re-assessment's first creation) is background: it neither
    // counts nor sets the community's rules ("每半年召开一次" in the 2018 rules the 2021 revision
    // replaced).
    let earlier: Vec<bool> = docs
        .iter()
        .map(|d| of_an_earlier_cycle(d, &period))
        .collect();
    let countable: Vec<bool> = unit_of
        .iter()
        .zip(&units)
        .map(|(&d, unit)| countable(&docs[d]) && !earlier[d] && !not_held(unit))
        .collect();
    let generic: Vec<bool> = units
        .iter()
        .map(|d| schema.kind(&d.kind).is_none_or(|k| k.generic))
        .collect();
    // Each unit's project for the rules that count a project's records: a part's is the one its
    // title names ("老年人防跌倒健康讲座记录" in a volume of the year's trainings, each plan a
    // notice issues), else its file's. The file stays filed under its own elements: a year's
    // trainings are no project's file because one event is named after a project.
    // A report taking several projects a section each is each one's.
    let project_sections: Vec<Vec<String>> = units
        .iter()
        .map(|u| {
            if u.facts.project.is_none() {
                mapping::projects_in_sections(u, &projects)
            } else {
                Vec::new()
            }
        })
        .collect();
    let project_of: Vec<Option<String>> = units
        .iter()
        .zip(&unit_of)
        .map(|(u, &d)| {
            (!docs[d].parts.is_empty())
                .then(|| mapping::project_of(u, &projects))
                .flatten()
                .or_else(|| u.facts.project.clone())
        })
        .collect();
    let docs_in = &units;

    // Find every rule keyword in every document in one pass per document.
    let kw = keywords::Keywords::new(std);
    let found: Vec<keywords::Found> = docs_in.iter().map(|d| kw.found_in(d)).collect();

    let overrides = config.map(|c| c.parameters.clone()).unwrap_or_default();
    // A project's own plan sets the pace of that project ("每季度开展一次防跌倒健康课堂"), not
    // the community's: only documents of no project state the community's commitments.
    let sets_rules: Vec<bool> = countable
        .iter()
        .zip(&project_of)
        .map(|(ok, p)| *ok && p.is_none())
        .collect();
    let commitments = commitments::find(std, docs_in, &sets_rules);
    let requirement = |name: &str| commitments::requirement(name, std, &overrides, &commitments);
    let duties = commitments::duty_sentences(docs_in, &sets_rules);
    let undated_named = std::cell::RefCell::new(BTreeSet::new());
    // Per kind, its documents titled by creation year and by calendar year: looked up by every
    // yearly rule.
    let mut year_titles: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for doc in docs_in {
        let (c, k) = mapping::year_titles(std::iter::once(doc));
        if c + k > 0 {
            let entry = year_titles.entry(doc.kind.clone()).or_default();
            *entry = (entry.0 + c, entry.1 + k);
        }
    }
    let written_up: Vec<Option<chrono::NaiveDate>> = docs_in.iter().map(rules::event_day).collect();
    let ctx = rules::Context {
        written_up: &written_up,
        year_titles: &year_titles,
        undated_named: &undated_named,
        docs: docs_in,
        found: &found,
        countable: &countable,
        generic: &generic,
        matcher: &kw,
        period,
        projects: &projects,
        project_of: &project_of,
        project_sections: &project_sections,
        requirement: &requirement,
        duties: &duties,
        lang,
    };
    let (elements, used_by, zero_indicators) = score_elements(std, &ctx);

    let earned = round2(elements.iter().map(|e| e.earned).sum());
    let possible = round2(std.possible());
    let rule = &std.scheme.verdict;
    let zero_fails = rule.zero_indicator_fails && !zero_indicators.is_empty();
    let verdict = if earned >= rule.pass_at && !zero_fails {
        Verdict::Pass
    } else if earned >= rule.rectify_at && !zero_fails {
        Verdict::Rectify
    } else {
        Verdict::Fail
    };

    let mut elements_of: Vec<Vec<String>> = vec![Vec::new(); docs.len()];
    for (u, unit) in units.iter().enumerate() {
        let els = &mut elements_of[unit_of[u]];
        let whole_file = docs[unit_of[u]].parts.is_empty();
        for e in mapping::document_elements(unit, std, &used_by[u], &projects, whole_file) {
            if !els.contains(&e) {
                els.push(e);
            }
        }
    }
    for (i, doc) in docs.iter_mut().enumerate() {
        // A file that cannot be read, or holds nothing, is evidence of nothing.
        doc.elements = if unread(doc) || earlier[i] {
            Vec::new()
        } else {
            std::mem::take(&mut elements_of[i])
        };
        if let Some(d) = outside_period(doc, &period, lang) {
            doc.diagnostics.push(d);
        }
    }

    let mut diagnostics: Vec<Diagnostic> = archive.diagnostics.clone();
    if found_period.source == PeriodSource::Inferred {
        diagnostics.push(period_guessed(&period, lang));
    }
    diagnostics.extend(docs.iter().flat_map(|d| d.diagnostics.iter().cloned()));
    diagnostics.sort_by(|a, b| a.path.cmp(&b.path).then(a.code.cmp(&b.code)));
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let all_reqs = || elements.iter().flat_map(|e| e.requirements.iter());
    let summary = Summary {
        documents: docs.len(),
        met: all_reqs().filter(|r| r.status == Status::Met).count(),
        partial: all_reqs().filter(|r| r.status == Status::Partial).count(),
        missing: all_reqs().filter(|r| r.status == Status::Missing).count(),
        gaps: all_reqs().map(|r| r.gaps.len()).sum(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
    };
    let who = who_view(std, &elements, lang);
    let (community, community_source) = community;

    AuditReport {
        schema: "zicha-audit/1",
        zicha_version: env!("CARGO_PKG_VERSION"),
        lang,
        community,
        community_source,
        community_type,
        period,
        period_source: found_period.source,
        period_file: found_period.file,
        standard: StandardInfo {
            id: std.id.clone(),
            code: std.code.clone(),
            title: std.title.clone(),
            scheme: std.scheme.title.clone(),
            origin: std.origin.clone(),
        },
        score: Score {
            earned,
            possible,
            percent: round2(if possible > 0.0 {
                earned / possible * 100.0
            } else {
                0.0
            }),
            pass_threshold: rule.pass_at,
            rectify_threshold: rule.rectify_at,
            verdict,
            zero_indicators,
        },
        summary,
        elements,
        who,
        projects: projects.iter().map(|p| p.name.clone()).collect(),
        commitments: commitments
            .into_iter()
            .map(|(parameter, c)| CommitmentInfo {
                parameter,
                per_year: c.per_year,
                file: c.file,
                quote: c.quote,
                named: c.named,
            })
            .collect(),
        documents: docs,
        diagnostics,
        gate: None,
    }
}

fn who_view(std: &Standard, elements: &[ElementResult], lang: Lang) -> Vec<WhoResult> {
    std.who_indicators
        .iter()
        .map(|w| {
            let of = |f: fn(&ElementResult) -> f64| {
                round2(
                    elements
                        .iter()
                        .filter(|e| w.elements.contains(&e.id))
                        .map(f)
                        .sum(),
                )
            };
            WhoResult {
                id: w.id.clone(),
                framework: w.framework.clone(),
                title: match lang {
                    Lang::Zh => w.title_zh.clone().unwrap_or_else(|| w.title.clone()),
                    Lang::En => w.title.clone(),
                },
                elements: w.elements.clone(),
                earned: of(|e| e.earned),
                possible: of(|e| e.possible),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none_found(rule: &str) -> GapDetail {
        GapDetail {
            code: GapCode::NoneFound,
            args: GapArgs {
                rule: rule.into(),
                ..GapArgs::default()
            },
            basis: Basis::Drafted { parameter: None },
            message: String::new(),
            hint: None,
            part: "presence".into(),
            paths: Vec::new(),
        }
    }

    #[test]
    fn nothing_of_what_the_indicators_own_words_name_is_no_minor_defect() {
        let std = Standard::builtin("aqt9001-2006").unwrap();
        // Indicator 42 reads "建立了安全社区创建档案管理制度…": no 档案管理制度 at all keeps element
        // 10 from being met, whatever its points.
        assert!(named_by_indicator(&std, "42", &none_found("presence.0")));
        // Indicator 44 reads "电子档案有备份": zicha's drafted label 电子档案备份 is not its wording.
        assert!(!named_by_indicator(&std, "44", &none_found("presence.0")));
        let mut fewer = none_found("presence.0");
        fewer.code = GapCode::TooFew;
        assert!(!named_by_indicator(&std, "42", &fewer));
    }
}
