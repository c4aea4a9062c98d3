//! Evaluating one evidence rule against the documents: which documents count, how far the rule is
//! satisfied (a degree in 0..=1), and the precise gaps when it is short.
//!
//! What counts, as a reviewer counts it:
//! - a document of a kind the rule names, that is about what the rule asks: for 有无 a mention is
//!   enough (a plan that provides for reviews); for 痕迹 and 效果 a document of a generic kind
//!   (通知, 纪要, 制度, 方案) must carry the rule's words in its title, folders or opening lines (a
//!   plan saying it *will* hold reviews is no review, minutes that mention 改进 are no improvement),
//!   while a record of a specific kind (评审报告, 整改记录) is that record, and its body is read;
//! - one copy of each file (a duplicate is not counted again) and no damaged file;
//! - a register counts its dated rows, each row a record (a year of inspections in one ledger);
//! - a document counts for the year it covers ("2024年伤害数据分析报告" written in January 2025).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};

use super::GapDetail;
use super::commitments::Requirement;
use super::gaps::{Basis, GapArgs, GapCode, fmt_n, render};
use super::mapping::Project;
use crate::archive::Document;
use crate::config::Period;
use crate::i18n::Lang;
use crate::standard::{CountSpec, EvidenceRule};

/// What the audit knows while evaluating rules.
pub(crate) struct Context<'a> {
    pub docs: &'a [Document],
    /// Per document: the rule keywords it holds, anywhere, as its subject, and in its name.
    pub found: &'a [super::keywords::Found],
    /// Per document: whether it may count as evidence (not a duplicate copy, not damaged).
    pub countable: &'a [bool],
    /// Per document: whether its kind is generic (通知, 纪要, 制度, 方案): what it is evidence of is
    /// what its title says, not what its body mentions.
    pub generic: &'a [bool],
    /// The standard's keywords.
    pub matcher: &'a super::keywords::Keywords,
    pub period: Period,
    pub projects: &'a [Project],
    /// Per document: its project.
    pub project_of: &'a [Option<String>],
    /// Per document of no project: the projects it takes a section each (a report on several).
    pub project_sections: &'a [Vec<String>],
    /// Documents already named as lacking a date: a missing date is one defect of the document,
    /// named under the first rule that counts it, not under every rule.
    pub undated_named: &'a std::cell::RefCell<std::collections::BTreeSet<usize>>,
    /// A per-year parameter's value and where it comes from (the community's own rule first).
    pub requirement: &'a dyn Fn(&str) -> Requirement,
    /// The sentences of the archive's rules that make keeping a record a duty, with their
    /// document's index.
    pub duties: &'a [(usize, String)],
    pub lang: Lang,
    /// Per kind: how many of its documents are titled by creation year and by calendar year.
    pub year_titles: &'a BTreeMap<String, (usize, usize)>,
    /// Per document, the earlier day a record of a gathering opens by naming, when it was written
    /// up days after ([`event_day`]): looked up by every yearly count.
    pub written_up: &'a [Option<NaiveDate>],
}

/// The result of one rule.
pub(crate) struct Outcome {
    pub degree: f64,
    pub used: Vec<usize>,
    pub gaps: Vec<GapDetail>,
    pub reason: String,
}

/// Whether `doc` is asked for `fact`: only the kinds that carry it are (the archive schema's
/// `facts`): a training record owes a head count, a broadcast or a leaflet does not.
fn owes_fact(doc: &Document, fact: &str) -> bool {
    crate::schema::ArchiveSchema::builtin()
        .kind(&doc.kind)
        .is_none_or(|k| k.facts.iter().any(|f| f == fact))
        && !(matches!(fact, "participants" | "attendees" | "signin")
            && (is_scheme(doc) || is_material(doc)))
}

/// Whether `doc` is teaching material by its file name (培训课件.docx) or its format: a slide
/// deck is what was shown at a training, not its record.
fn is_material(doc: &Document) -> bool {
    if matches!(doc.format.as_str(), "pptx" | "ppsx" | "pptm" | "dps") {
        return true;
    }
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    crate::schema::ArchiveSchema::builtin()
        .material_words
        .iter()
        .any(|w| name.contains(w.as_str()))
}

/// Whether `doc` is the scheme of an event, written before it ("防汛转移演练方案").
fn is_scheme(doc: &Document) -> bool {
    let title = doc.title.trim_end_matches(|c: char| !c.is_alphanumeric());
    crate::schema::ArchiveSchema::builtin()
        .scheme_words
        .iter()
        .any(|w| title.ends_with(w.as_str()))
}

/// A rule pacing each of several groups: "各条线工作组", "各项目组", "各工作小组".
static EACH_GROUP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"各[^，,。；;、]{0,8}组").expect("pattern compiles")
});

/// How long after its event a record of a gathering may be written and open by naming the day it
/// was held ("2025年11月20日上午，…开展…演练" in a summary signed 11月24日).
const WRITTEN_UP_DAYS: i64 = 31;

/// The day a record of a gathering tells of, when it was written up later: the date its opening
/// names, when that falls in the month before the day it was written.
pub(crate) fn event_day(doc: &Document) -> Option<NaiveDate> {
    let written = doc.date?;
    if doc.register.is_some() || !GATHERING_KINDS.contains(&doc.kind) {
        return None;
    }
    let head = match doc.text.char_indices().nth(200) {
        Some((i, _)) => &doc.text[..i],
        None => doc.text.as_str(),
    };
    crate::infer::date::find_dates(head)
        .into_iter()
        .map(|(d, _)| d)
        .find(|&d| d < written && (written - d).num_days() <= WRITTEN_UP_DAYS)
}

/// How long before its event a scheme is written: a scheme with a record this soon after it is
/// that record's event, not one of its own.
const SCHEME_LEAD_DAYS: i64 = 45;

fn has_fact(doc: &Document, fact: &str) -> bool {
    // A register's rows carry a date, and a head count when it has a column for one.
    let counted = doc
        .register
        .as_ref()
        .is_some_and(|r| r.columns.contains_key("count"));
    match fact {
        // A table titled with its year ("2024年LEC风险评价表") is dated by it, a tally of rounds
        // by the seasons it names ("第一轮（2023年秋季）").
        "date" => {
            doc.date.is_some()
                || doc.register.is_some()
                || crate::infer::date::names_part_of_year(&doc.text)
                || [
                    doc.title.as_str(),
                    doc.path.rsplit('/').next().unwrap_or_default(),
                ]
                .iter()
                .any(|s| crate::infer::date::single_year(s).is_some())
        }
        "participants" => {
            doc.facts.participants.is_some() || doc.facts.counted_in.is_some() || counted
        }
        // A register of meetings with a column of who attended (参加人员) names them row by row;
        // a record counting who came ("参加人员⇥委员14人") has kept its attendance.
        "attendees" => {
            !doc.facts.attendees.is_empty()
                || doc.facts.participants.is_some()
                || doc.facts.signin
                || counted
                || doc
                    .register
                    .as_ref()
                    .is_some_and(|r| r.columns.contains_key("attendees"))
        }
        "signin" => doc.facts.signin,
        "project" => doc.facts.project.is_some(),
        _ => true,
    }
}

/// The year a document counts for: the one year its title names ("2024年度…分析报告"), else the
/// year of its date. A gathering counts in the year it was held: the minutes of a meeting held in
/// January 2025 to review 2024 ("第三次全体会议（暨2024年度绩效评审会）纪要") are 2025's meeting.
/// Counting by creation years, a title naming one ("2025-2026年度…安排") counts for it, and a
/// dated document for the creation year its date falls in.
pub(crate) fn counting_year(doc: &Document, period: &Period) -> Option<i32> {
    let dated = doc.date.map(|d| period.year_of(d)).or(doc.year);
    if doc.date.is_some() && GATHERING_KINDS.contains(&doc.kind) {
        return dated;
    }
    if period.creation_years
        && let Some(first) = crate::infer::date::creation_year_span(&doc.title)
    {
        let opens = NaiveDate::from_ymd_opt(first, period.start.month(), 1);
        return opens.map(|d| period.year_of(d));
    }
    doc.covers_year.or(dated)
}

/// The kinds of records of a gathering (minutes, a training, a drill): those owing a head count
/// or who attended.
static GATHERING_KINDS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| kinds_where(crate::schema::Kind::records_gathering));

/// How long before the period a plan, or after it a review, may be written and still be the
/// period's.
const FORWARD_DAYS: i64 = 92;

pub(crate) fn in_period(doc: &Document, period: &Period) -> bool {
    if let Some(r) = &doc.register {
        return r.events(|d| period.contains(d)) > 0;
    }
    let dated_in = match (doc.covers_year, doc.date, doc.year) {
        (Some(y), Some(d), _) if d.year() != y => {
            period.calendar_years().iter().any(|&(py, _)| py == y)
        }
        (_, Some(d), _) => period.contains(d),
        (_, None, Some(y)) => period.calendar_years().iter().any(|&(py, _)| py == y),
        // Undated: nothing shows it lies outside; a rule asking a date names it lacking one.
        _ => true,
    };
    // Looked up only for the few documents dated outside: the audit asks this of every document
    // for every rule.
    dated_in
        || planned_ahead(doc, period)
        || reviewed_after(doc, period)
        || catalogues_period(doc, period)
}

/// A review or self-assessment written in the weeks after the period ends is the period's: the
/// self-check (自查整档) follows the period's last month.
fn reviewed_after(doc: &Document, period: &Period) -> bool {
    doc.date
        .is_some_and(|d| d > period.end && (d - period.end).num_days() <= FORWARD_DAYS)
        && BACKWARD_KINDS.contains(&doc.kind)
}

/// A plan written in the weeks before the period begins is the period's.
fn planned_ahead(doc: &Document, period: &Period) -> bool {
    doc.date
        .is_some_and(|d| d < period.start && (period.start - d).num_days() <= FORWARD_DAYS)
        && FORWARD_KINDS.contains(&doc.kind)
}

/// A catalogue made after the period is the period's when it lists the period's files.
fn catalogues_period(doc: &Document, period: &Period) -> bool {
    lists_files(doc) && {
        let years = listed_years(doc, period);
        period.years().iter().any(|(y, _)| years.contains(y))
    }
}

/// What `per_year` asks of a year the period holds `fraction` of: the whole intervals it holds,
/// and one when it holds at least half of one interval within at least half the year (half a
/// year of a yearly plan). A quarter's tail of a period asks nothing of a drill every half year:
/// its time has not come.
fn part_year_need(per_year: f64, fraction: f64) -> f64 {
    let share = per_year * fraction;
    if share < 0.5 || (share < 1.0 && fraction < 0.5) {
        0.0
    } else {
        (share + 1e-9).floor().max(1.0)
    }
}

/// Records a document holds for `year`: a register's distinct dated rows, else one.
fn records_in_year(doc: &Document, year: i32, period: &Period) -> usize {
    match &doc.register {
        Some(r) => r.events(|d| period.year_of(d) == year),
        // A catalogue is looked up only when its own year is not the one asked.
        None => usize::from(
            counting_year(doc, period) == Some(year)
                || lists_files(doc) && listed_years(doc, period).contains(&year),
        ),
    }
}

/// The kinds that list other files, and those that look forward: asked of every document for
/// every rule, so looked up once.
static LISTING_KINDS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| kinds_where(|k| k.lists_files));
static FORWARD_KINDS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| kinds_where(|k| k.forward));
static BACKWARD_KINDS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| kinds_where(|k| k.backward));

/// The ids of the archive schema's kinds that `keep` holds for.
fn kinds_where(keep: fn(&crate::schema::Kind) -> bool) -> Vec<String> {
    let kinds = &crate::schema::ArchiveSchema::builtin().kinds;
    kinds
        .iter()
        .filter(|k| keep(k))
        .map(|k| k.id.clone())
        .collect()
}

/// Whether `doc` lists other files (a catalogue): it counts for the years of the files it lists.
fn lists_files(doc: &Document) -> bool {
    LISTING_KINDS.contains(&doc.kind)
}

/// The years (as `period` counts them) of the dates a catalogue lists, read from its first
/// 100,000 characters.
fn listed_years(doc: &Document, period: &Period) -> std::collections::BTreeSet<i32> {
    let head = match doc.text.char_indices().nth(100_000) {
        Some((i, _)) => &doc.text[..i],
        None => doc.text.as_str(),
    };
    crate::infer::date::find_dates(head)
        .into_iter()
        .map(|(d, _)| period.year_of(d))
        .collect()
}

/// The latest date of a countable document inside the period: how far the archive has been kept.
fn archive_as_of(ctx: &Context<'_>) -> NaiveDate {
    ctx.docs
        .iter()
        .zip(ctx.countable.iter())
        .filter(|(_, ok)| **ok)
        .filter_map(|(d, _)| d.date)
        .filter(|&d| ctx.period.contains(d))
        .max()
        .unwrap_or(ctx.period.start)
}

/// How a rule sits in its indicator.
pub(crate) struct RuleSite<'a> {
    /// `part.index` (`trace.0`).
    pub id: &'a str,
    /// Whether documents must lie inside the period when the rule does not say (痕迹, 效果).
    pub period_default: bool,
    /// Whether a generic document must carry the rule's words as its subject (痕迹, 效果).
    pub subject_only: bool,
    /// Whether the indicator is zicha's drafting, not the official text.
    pub drafted: bool,
}

/// Evaluates `rule` at `site`.
pub(crate) fn evaluate(rule: &EvidenceRule, site: &RuleSite<'_>, ctx: &Context<'_>) -> Outcome {
    // A yearly record the archive keeps by creation year ("第一创建年度评审报告") is counted by
    // creation year, though its plans and reports of other kinds go by the calendar.
    if rule.per_year.is_some() && !ctx.period.creation_years && ctx.period.start.month() != 1 {
        let (creation, calendar) = rule
            .kinds
            .iter()
            .filter_map(|k| ctx.year_titles.get(k))
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d));
        if creation >= 1 && creation >= calendar {
            let by_creation_year = Context {
                period: Period {
                    creation_years: true,
                    ..ctx.period
                },
                ..*ctx
            };
            return evaluate(rule, site, &by_creation_year);
        }
    }
    let must_be_in_period = rule.in_period.unwrap_or(site.period_default);
    let candidates: Vec<usize> = (0..ctx.docs.len())
        .filter(|&i| {
            let d = &ctx.docs[i];
            // A register's rows are many records on many subjects: it counts for what its title
            // says (a training register's row about a drill briefing is no drill).
            let f = &ctx.found[i];
            let found = if rule.cites {
                &f.any
            } else if rule.subject {
                &f.named
            } else if site.subject_only && (ctx.generic[i] || d.register.is_some()) {
                &f.subject
            } else {
                &f.any
            };
            ctx.countable[i]
                && (rule.registers || d.register.is_none())
                && (!rule.of_project
                    || ctx.project_of[i].is_some()
                    || !ctx.project_sections[i].is_empty())
                && (ctx.matcher.rule_matches(rule, d, found)
                    || super::keywords::Keywords::named_by_unkinded(rule, d)
                    || rule.answered && answered_register(rule, d))
                && (!must_be_in_period || in_period(d, &ctx.period))
        })
        .collect();
    let (candidates, typed_rows) = with_typed_rows(rule, candidates, must_be_in_period, ctx);
    let mut e = Evaluation {
        rule,
        ctx,
        label: rule.name(ctx.lang),
        hint: rule.help(ctx.lang).map(String::from),
        rule_id: site.id,
        in_period: must_be_in_period,
        // The requirement's basis when the rule itself is all there is.
        own_basis: if site.drafted {
            Basis::Drafted { parameter: None }
        } else {
            Basis::Standard
        },
        candidates,
        typed_rows,
        monthly: None,
        gaps: Vec::new(),
        reasons: Vec::new(),
    };
    // A parameter of 0 asks nothing a year unless the community's own rule sets a pace: the rule
    // then asks what it asks of any document.
    let yearly = rule.per_year.as_ref().filter(|spec| match spec {
        CountSpec::Parameter(name) => (ctx.requirement)(name).per_year > 0.0,
        CountSpec::Number(n) => *n > 0.0,
    });
    let degree = if rule.per_project {
        e.per_project()
    } else if let Some(spec) = yearly {
        e.per_year(spec)
    } else {
        e.in_all()
    };
    e.follow_ups();
    e.overdue_items();
    e.unresolved_items();
    e.interruptions();
    e.unbound_items();
    e.missing_facts();
    Outcome {
        degree,
        reason: format!("{} {}", e.label, e.reasons.join(", ")),
        used: e.candidates,
        gaps: e.gaps,
    }
}

/// One rule being evaluated: the documents it counts, and the gaps and reasons found so far.
struct Evaluation<'a> {
    rule: &'a EvidenceRule,
    ctx: &'a Context<'a>,
    label: String,
    hint: Option<String>,
    rule_id: &'a str,
    in_period: bool,
    own_basis: Basis,
    candidates: Vec<usize>,
    /// Registers that count only some rows for the rule: the dates of those rows.
    typed_rows: BTreeMap<usize, Vec<NaiveDate>>,
    /// The community's own rule asks a record every month ("每月至少开展一次"): its registers are
    /// kept continuously, and months without an entry are named.
    monthly: Option<Basis>,
    gaps: Vec<GapDetail>,
    reasons: Vec<String>,
}

/// Whether `doc` is a register named for the rule's subject ("居民安全意见建议登记反馈台账") whose
/// rows are nine in ten answered or closed: it tallies the items handled.
fn answered_register(rule: &EvidenceRule, doc: &Document) -> bool {
    doc.register.as_ref().is_some_and(|r| {
        r.rows >= crate::infer::register::schema().min_dated_rows && r.answered * 10 >= r.rows * 9
    }) && rule.keywords.iter().any(|k| doc.title.contains(k.as_str()))
}

/// Adds to a yearly count the registers of other subjects whose rows' type names what the rule
/// counts: a fire station's training log whose 训练科目 says 器材检查保养 on some days holds
/// equipment checks on those days, and only those count. Returns the candidates and, for each
/// register added so, the dates of its rows that count.
fn with_typed_rows(
    rule: &EvidenceRule,
    mut candidates: Vec<usize>,
    must_be_in_period: bool,
    ctx: &Context<'_>,
) -> (Vec<usize>, BTreeMap<usize, Vec<NaiveDate>>) {
    let mut typed = BTreeMap::new();
    // Rows are records: they never stand for a plan or a rule ("年度培训计划"). A rule asking a
    // record at all, not a number a year ("应急培训记录"), takes the rows as much as one counting.
    let schema = crate::schema::ArchiveSchema::builtin();
    let asks_rules = rule
        .kinds
        .iter()
        .any(|k| schema.kind(k).is_some_and(|k| k.states_rules));
    let asks_plans = rule
        .kinds
        .iter()
        .any(|k| schema.kind(k).is_some_and(|k| k.forward));
    // A project's rows are found by its name, not by a row's type.
    if !rule.registers || rule.subject || rule.of_project || asks_rules || asks_plans {
        return (candidates, typed);
    }
    // A rule asking a kind of record by kind alone ("宣传活动记录") takes rows whose type is
    // named as that kind is ("宣传" in a register of 宣传 and 培训 rows).
    let words: Vec<&str> = if rule.keywords.is_empty() {
        rule.kinds
            .iter()
            .filter_map(|k| schema.kind(k))
            .flat_map(|k| k.names.iter().map(String::as_str))
            .collect()
    } else {
        rule.keywords.iter().map(String::as_str).collect()
    };
    for (i, d) in ctx.docs.iter().enumerate() {
        let Some(r) = d.register.as_ref().filter(|r| !r.row_types.is_empty()) else {
            continue;
        };
        // `candidates` is in document order (sorted) until rows are added below.
        if !ctx.countable[i] || candidates.binary_search(&i).is_ok() {
            continue;
        }
        // A register's rows share a few types ("专项培训", "班组安全活动"): each type is read once.
        let mut named: HashMap<&str, bool> = HashMap::new();
        let dates: Vec<NaiveDate> = r
            .row_types
            .iter()
            .filter(|(_, t)| {
                *named
                    .entry(t.as_str())
                    .or_insert_with(|| words.iter().any(|k| t.contains(k)))
            })
            .map(|(d, _)| *d)
            .collect();
        if !dates.is_empty()
            && (!must_be_in_period || dates.iter().any(|&d| ctx.period.contains(d)))
        {
            typed.insert(i, dates);
        }
    }
    candidates.extend(typed.keys().copied());
    candidates.sort_unstable();
    (candidates, typed)
}

impl Evaluation<'_> {
    fn args(&self) -> GapArgs {
        GapArgs {
            rule: self.rule_id.to_string(),
            in_period: self.in_period,
            ..GapArgs::default()
        }
    }

    fn gap(&mut self, code: GapCode, args: GapArgs, basis: Basis, paths: Vec<String>) {
        let part = self.rule_id.split('.').next().unwrap_or(self.rule_id);
        self.gaps.push(GapDetail {
            message: render(code, &args, &basis, &self.label, paths.len(), self.ctx.lang),
            code,
            args,
            basis,
            hint: self.hint.clone(),
            part: part.to_string(),
            paths,
        });
    }

    /// Records document `i` holds for `year`: of a register added for some of its rows, those
    /// rows' distinct dates.
    fn records(&self, i: usize, year: i32) -> usize {
        match self.typed_rows.get(&i) {
            Some(dates) => dates
                .iter()
                .filter(|&&d| self.ctx.period.year_of(d) == year)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            None => records_in_year(&self.ctx.docs[i], year, &self.ctx.period),
        }
    }

    /// A document lacking a fact the rule asks counts half.
    fn weight(&self, i: usize) -> f64 {
        if self
            .rule
            .facts
            .iter()
            .all(|f| !owes_fact(&self.ctx.docs[i], f) || has_fact(&self.ctx.docs[i], f))
        {
            1.0
        } else {
            0.5
        }
    }

    /// The events documents `holding` record in `year`, each counted once however many records
    /// show it (a drill's plan, its summary, the ledger's row and its photos share its day), with
    /// their weight (the best record of each). A record whose day is unknown is an event of its own.
    fn distinct_events(&self, holding: &[usize], year: i32) -> (usize, f64) {
        let mut by_day: BTreeMap<NaiveDate, f64> = BTreeMap::new();
        let (mut undated, mut undated_weight) = (0usize, 0.0);
        let mut schemes = Vec::new();
        // Records written up after the day their opening names: (written, named, weight).
        let mut written_up = Vec::new();
        let period = &self.ctx.period;
        let in_year = |d: &NaiveDate| period.year_of(*d) == year;
        for &i in holding {
            let weight = self.weight(i);
            let doc = &self.ctx.docs[i];
            if let Some(d) = doc
                .date
                .filter(|d| in_year(d) && doc.register.is_none() && is_scheme(doc))
            {
                schemes.push((d, weight));
                continue;
            }
            let days: Vec<NaiveDate> = match (self.typed_rows.get(&i), &doc.register) {
                (Some(dates), _) => dates.iter().copied().filter(in_year).collect(),
                (None, Some(r)) => r.dates.iter().copied().filter(in_year).collect(),
                // A catalogue is the year's record on the year's last day.
                (None, None) if lists_files(doc) => {
                    if listed_years(doc, period).contains(&year) {
                        let last_day = match period.creation_year(year) {
                            Some(c) => c.end,
                            None => NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default(),
                        };
                        by_day
                            .entry(last_day)
                            .and_modify(|w| *w = w.max(weight))
                            .or_insert(weight);
                    }
                    continue;
                }
                (None, None) => match doc.date.filter(in_year) {
                    Some(d) if self.ctx.written_up[i].is_some() => {
                        let named = self.ctx.written_up[i].unwrap_or(d);
                        written_up.push((d, named, weight));
                        continue;
                    }
                    Some(d) => vec![d],
                    None => {
                        undated += self.records(i, year);
                        undated_weight += self.records(i, year) as f64 * weight;
                        continue;
                    }
                },
            };
            for d in days {
                let w = by_day.entry(d).or_insert(0.0);
                *w = w.max(weight);
            }
        }
        // A summary signed days after the drill it opens by naming is that drill's record, when
        // another record (its photos, the scheme of the day) shows the drill on that day.
        for (written, named, weight) in written_up {
            let day = if by_day.contains_key(&named) {
                named
            } else {
                written
            };
            let w = by_day.entry(day).or_insert(0.0);
            *w = w.max(weight);
        }
        // A drill's scheme and its record are one drill.
        let recorded: Vec<NaiveDate> = by_day.keys().copied().collect();
        for (d, weight) in schemes {
            let lead = d + chrono::Duration::days(SCHEME_LEAD_DAYS);
            let held = recorded.iter().any(|r| (d..=lead).contains(r));
            if !held {
                let w = by_day.entry(d).or_insert(0.0);
                *w = w.max(weight);
            }
        }
        (
            by_day.len() + undated,
            by_day.values().sum::<f64>() + undated_weight,
        )
    }

    /// Whether the community's rules ask this year report's kind of analysis up to the time of
    /// applying ("申请评定前应对截至申请时的监测数据进行补充分析"): then the period's last, part
    /// year owes one too.
    fn asked_before_assessment(&self) -> bool {
        let schema = crate::schema::ArchiveSchema::builtin();
        let ctx = self.ctx;
        ctx.docs.iter().zip(ctx.countable).any(|(d, &ok)| {
            ok && schema.kind(&d.kind).is_some_and(|k| k.states_rules)
                && d.text.split(['。', '；', ';', '\n']).any(|sentence| {
                    schema
                        .before_assessment_words
                        .iter()
                        .any(|w| sentence.contains(w.as_str()))
                        && self
                            .rule
                            .keywords
                            .iter()
                            .any(|k| sentence.contains(k.as_str()))
                })
        })
    }

    /// The photos of `year` showing what the rule counts (a caption "反诈宣传活动照片" for 宣传活动记录)
    /// when the year has no record of it: the activity took place, its record was not kept.
    /// A rule counting only records so named ("综合应急演练") counts only photos so named: a photo
    /// of another drill is no photo of the one asked for.
    fn photos_only(&self, year: i32, counts_only: &[String]) -> Vec<usize> {
        let ctx = self.ctx;
        (0..ctx.docs.len())
            .filter(|&i| {
                let d = &ctx.docs[i];
                ctx.countable[i]
                    && d.kind == "photo"
                    && d.subject
                        .as_ref()
                        .is_some_and(|s| self.rule.kinds.contains(s))
                    && (counts_only.is_empty()
                        || counts_only
                            .iter()
                            .any(|w| d.title.contains(w.as_str()) || d.path.contains(w.as_str())))
                    && d.date.is_some_and(|day| ctx.period.year_of(day) == year)
                    && (!self.in_period || in_period(d, &ctx.period))
            })
            .collect()
    }

    fn paths(&self, docs: &[usize]) -> Vec<String> {
        docs.iter()
            .map(|&i| self.ctx.docs[i].path.clone())
            .collect()
    }

    /// Needed once (or `min` times) for every project.
    fn per_project(&mut self) -> f64 {
        let ctx = self.ctx;
        if ctx.projects.is_empty() {
            self.gap(
                GapCode::NoProjects,
                self.args(),
                self.own_basis.clone(),
                vec![],
            );
            return 0.0;
        }
        let need = self.rule.min.unwrap_or(1.0);
        let mut sum = 0.0;
        for p in ctx.projects {
            let got: f64 = self
                .candidates
                .iter()
                .filter(|&&i| {
                    ctx.project_of[i].as_deref() == Some(p.name.as_str())
                        || ctx.project_sections[i].contains(&p.name)
                })
                .map(|&i| self.weight(i))
                .sum();
            if got < need {
                let args = GapArgs {
                    project: Some(p.name.clone()),
                    ..self.args()
                };
                self.gap(
                    GapCode::NoneForProject,
                    args,
                    self.own_basis.clone(),
                    vec![],
                );
            }
            self.reasons
                .push(format!("{} {}/{}", p.name, fmt_n(got), fmt_n(need)));
            sum += (got / need).min(1.0);
        }
        sum / ctx.projects.len() as f64
    }

    /// Needed in every year of the period, prorated for a part year; a register's dated rows
    /// count, and the requirement is the community's own where its rules state one.
    fn per_year(&mut self, spec: &CountSpec) -> f64 {
        let ctx = self.ctx;
        let mut req = match spec {
            CountSpec::Number(n) => Requirement {
                per_year: *n,
                basis: self.own_basis.clone(),
                counts_only: Vec::new(),
                windows: Vec::new(),
                groups: Vec::new(),
                also_kinds: Vec::new(),
            },
            CountSpec::Parameter(name) => match (ctx.requirement)(name) {
                r @ Requirement {
                    basis: Basis::Standard,
                    ..
                } => Requirement {
                    basis: self.own_basis.clone(),
                    ..r
                },
                other => other,
            },
        };
        if req.per_year >= 12.0 && matches!(req.basis, Basis::Community { .. }) {
            self.monthly = Some(req.basis.clone());
        }
        // A rule offering alternatives ("宣传教育或培训活动") counts the records of each.
        if !req.also_kinds.is_empty() {
            let more: Vec<usize> = (0..ctx.docs.len())
                .filter(|&i| {
                    let d = &ctx.docs[i];
                    ctx.countable[i]
                        && d.register.is_none()
                        && req.also_kinds.contains(&d.kind)
                        && !self.candidates.contains(&i)
                        && (!self.in_period || in_period(d, &ctx.period))
                })
                .collect();
            self.candidates.extend(more);
            self.candidates.sort_unstable();
        }
        // A rule naming what it counts ("每半年至少组织一次综合应急演练") counts only records so named.
        // A compilation (演练资料汇编) is named by what it compiles: its records say it. When no
        // record is so named, the word is not how this archive tells its records apart (a
        // community calling its 防汛 and 消防 drills 综合演练): all of them count.
        if !req.counts_only.is_empty() {
            let named: Vec<usize> = self
                .candidates
                .iter()
                .copied()
                .filter(|&i| {
                    let d = &ctx.docs[i];
                    let compiled = crate::infer::register::named_compilation(&d.title);
                    req.counts_only.iter().any(|w| {
                        d.title.contains(w.as_str())
                            || d.path.contains(w.as_str())
                            || compiled && d.text.contains(w.as_str())
                    })
                })
                .collect();
            if named.is_empty() {
                req.counts_only.clear();
                if let Basis::Community { named, .. } = &mut req.basis {
                    *named = None;
                }
            } else {
                self.candidates = named;
            }
        }
        if req.per_year < 1.0 {
            return self.every_few_years(&req);
        }

        let mut sum = 0.0;
        let mut assessed = 0usize;
        let mut none_in: BTreeSet<i32> = BTreeSet::new();
        for (year, fraction) in ctx.period.years() {
            // A yearly round at a named time ("每年第一季度签订") is owed only in the years whose
            // window the period holds.
            let owed = req.windows.is_empty()
                || req.windows.iter().any(|w| {
                    (year - 1..=year + 1).any(|y| {
                        window_days(y, *w).is_some_and(|(a, b)| {
                            ctx.period.contains(a)
                                && ctx.period.contains(b)
                                && ctx.period.year_of(a) == year
                        })
                    })
                });
            // A report on a whole year is due after the year ends: the period's last, part year
            // owes none when the period ends inside it.
            let reported_after = self.rule.year_report
                && year == chrono::Datelike::year(&ctx.period.end)
                && fraction < 1.0
                && !self.asked_before_assessment();
            if !owed || reported_after {
                continue;
            }
            // A part year asks the records whose intervals it holds: two months of a yearly drill
            // ask none, half a year of it one, half a year of quarterly meetings two, nine months
            // of a drill every half year one (the second half year is not over).
            let need = part_year_need(req.per_year, fraction);
            if need < 1.0 {
                continue;
            }
            assessed += 1;
            let holding: Vec<usize> = self
                .candidates
                .iter()
                .copied()
                .filter(|&i| self.records(i, year) > 0)
                .collect();
            let (count, got) = self.distinct_events(&holding, year);
            let args = GapArgs {
                year: Some(year),
                creation_year: ctx.period.creation_year(year),
                found: Some(count),
                required: Some(need),
                per_year: Some(req.per_year),
                ..self.args()
            };
            if count == 0 {
                none_in.insert(year);
                match ends_early(&self.candidates, &self.typed_rows, year, ctx) {
                    Some((last, paths)) => {
                        let args = GapArgs {
                            last: Some(last),
                            ..args
                        };
                        self.gap(GapCode::RegisterEndsEarly, args, req.basis.clone(), paths);
                    }
                    None => match self.photos_only(year, &req.counts_only) {
                        photos if photos.is_empty() => {
                            self.gap(GapCode::NoneInYear, args, req.basis.clone(), vec![])
                        }
                        photos => {
                            let paths = self.paths(&photos);
                            self.gap(GapCode::OnlyPhotosInYear, args, req.basis.clone(), paths)
                        }
                    },
                }
            } else if (count as f64) < need {
                let paths = self.paths(&holding);
                self.gap(GapCode::TooFewInYear, args, req.basis.clone(), paths);
            }
            self.reasons.push(format!("{year} {count}/{}", fmt_n(need)));
            sum += (got / need).min(1.0);
        }
        let missed = self.rounds(&req, &none_in);
        // A year short only by the rounds just named is named by them: "2025年9—11月无…" says
        // what "3次，少于每季度1次" would, and where.
        let mut rounds_missed: BTreeMap<i32, usize> = BTreeMap::new();
        for g in self.gaps.iter().filter(|g| g.code == GapCode::RoundMissed) {
            if let Some(from) = g.args.since {
                *rounds_missed.entry(ctx.period.year_of(from)).or_default() += 1;
            }
        }
        self.gaps.retain(|g| {
            let explained = |year: i32| {
                let short = g.args.required.unwrap_or(0.0) - g.args.found.unwrap_or(0) as f64;
                short <= rounds_missed.get(&year).copied().unwrap_or(0) as f64
            };
            !(g.code == GapCode::TooFewInYear && g.args.year.is_some_and(explained))
        });
        if assessed == 0 {
            1.0
        } else {
            // A missed round is a year's record short.
            (sum - missed as f64 / req.per_year).max(0.0) / assessed as f64
        }
    }

    /// The days the records of document `i` were made: its rows' for a register.
    fn days(&self, i: usize) -> Vec<NaiveDate> {
        let doc = &self.ctx.docs[i];
        match (self.typed_rows.get(&i), &doc.register) {
            (Some(dates), _) => dates.clone(),
            (None, Some(r)) => r.dates.clone(),
            (None, None) => doc.date.into_iter().collect(),
        }
    }

    /// Each window of the year the community's rule names for a round of the work ("春季、秋季
    /// 各开展一轮"), wholly inside the period, must hold a record: a year's count made up by one
    /// busy spring is no autumn round. Returns the rounds missed.
    fn rounds(&mut self, req: &Requirement, none_in: &BTreeSet<i32>) -> usize {
        let ctx = self.ctx;
        let days: Vec<NaiveDate> = self.candidates.iter().flat_map(|&i| self.days(i)).collect();
        // A rule owes no round that ended before it was adopted; when its date is unknown, none
        // before the first record kept at its pace.
        let adopted = match &req.basis {
            Basis::Community { file, .. } => ctx
                .docs
                .iter()
                .find(|d| &d.path == file)
                .and_then(|d| d.date)
                .or_else(|| days.iter().min().copied()),
            _ => None,
        };
        let mut missed: Vec<(NaiveDate, NaiveDate)> = Vec::new();
        // A year with no record at all is named as such, not round by round.
        for (year, _) in ctx.period.calendar_years() {
            for w in &req.windows {
                let Some((from, to)) = window_days(year, *w) else {
                    continue;
                };
                if !ctx.period.contains(from)
                    || !ctx.period.contains(to)
                    || none_in.contains(&ctx.period.year_of(from))
                    || adopted.is_some_and(|a| to < a)
                {
                    continue;
                }
                if days.iter().any(|d| (from..=to).contains(d)) {
                    continue;
                }
                missed.push((from, to));
            }
        }
        missed.sort_unstable();
        self.stretches_missed(req, &missed, None);
        missed.len() + self.group_rounds(req, none_in) + self.group_lapses(req)
    }

    /// One `round-missed` gap per stretch of rounds missed one after another ("2024年4月至12月
    /// 无…", not nine gaps), of `group` when one group missed them. `missed` is sorted.
    fn stretches_missed(
        &mut self,
        req: &Requirement,
        missed: &[(NaiveDate, NaiveDate)],
        group: Option<&str>,
    ) {
        let mut stretches: Vec<(NaiveDate, NaiveDate)> = Vec::new();
        for &(from, to) in missed {
            match stretches.last_mut() {
                Some(last) if last.1.succ_opt() == Some(from) => last.1 = to,
                _ => stretches.push((from, to)),
            }
        }
        for (from, to) in stretches {
            let args = GapArgs {
                year: Some(from.year()),
                found: Some(0),
                since: Some(from),
                last: Some(to),
                per_year: Some(req.per_year),
                item: group.map(str::to_string),
                ..self.args()
            };
            self.gap(GapCode::RoundMissed, args, req.basis.clone(), Vec::new());
        }
    }

    /// The rounds one group missed between two of its own records, when the community's rule
    /// paces each of its groups ("各条线工作组每两个月至少召开一次"): the committee's meetings of
    /// all groups together may fill every round while one group stopped meeting for months. A
    /// group's records are those of a gathering whose title names it (its name ends with 组:
    /// "老年人与儿童安全工作组会议记录"); only rounds after its first record and before its last
    /// count, as a register is interrupted: where its records stop, they may go on elsewhere.
    fn group_lapses(&mut self, req: &Requirement) -> usize {
        let Basis::Community { quote, .. } = &req.basis else {
            return 0;
        };
        if req.windows.is_empty() || !EACH_GROUP.is_match(quote) {
            return 0;
        }
        let ctx = self.ctx;
        let mut by_group: BTreeMap<String, Vec<NaiveDate>> = BTreeMap::new();
        for &i in &self.candidates {
            let d = &ctx.docs[i];
            if !GATHERING_KINDS.contains(&d.kind) {
                continue;
            }
            let Some(at) = d.title.rfind('组') else {
                continue;
            };
            let group = d.title[..at + '组'.len_utf8()].to_string();
            by_group.entry(group).or_default().extend(self.days(i));
        }
        // One group: the rounds of all records together already say it.
        if by_group.len() < 2 {
            return 0;
        }
        let mut lapses = 0;
        for (group, days) in by_group {
            let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else {
                continue;
            };
            let mut missed: Vec<(NaiveDate, NaiveDate)> = Vec::new();
            for (year, _) in ctx.period.calendar_years() {
                for w in &req.windows {
                    let Some((from, to)) = window_days(year, *w) else {
                        continue;
                    };
                    if from > first
                        && to < last
                        && ctx.period.contains(from)
                        && !days.iter().any(|d| (from..=to).contains(d))
                    {
                        missed.push((from, to));
                    }
                }
            }
            missed.sort_unstable();
            missed.dedup();
            lapses += missed.len();
            self.stretches_missed(req, &missed, Some(&group));
        }
        lapses
    }

    /// The groups the community's rule names a round for each year ("对物业保安和商业街餐饮商户
    /// 各组织一次集中培训"): a year whose records name one group and not another missed the other's
    /// round. A record names a group by its title, or a register by a row that names it.
    fn group_rounds(&mut self, req: &Requirement, none_in: &BTreeSet<i32>) -> usize {
        if req.groups.is_empty() {
            return 0;
        }
        let ctx = self.ctx;
        let mut missed = 0;
        for (year, fraction) in ctx.period.years() {
            if none_in.contains(&year) || part_year_need(1.0, fraction) < 1.0 {
                continue;
            }
            for group in &req.groups {
                // A record names the group in full or by who they are, its last word ("出租屋房东"
                // for 出租房屋房东).
                let who: String = {
                    let chars: Vec<char> = group.chars().collect();
                    chars[chars.len().saturating_sub(2)..].iter().collect()
                };
                let names = |s: &str| s.contains(group.as_str()) || s.contains(who.as_str());
                let named = self.candidates.iter().any(|&i| {
                    let d = &ctx.docs[i];
                    if names(&d.title) {
                        return self
                            .days(i)
                            .iter()
                            .any(|&day| ctx.period.year_of(day) == year);
                    }
                    d.register.is_some()
                        && d.text.lines().any(|row| {
                            names(row)
                                && crate::infer::date::find_dates(row)
                                    .first()
                                    .is_some_and(|&(day, _)| ctx.period.year_of(day) == year)
                        })
                });
                if named {
                    continue;
                }
                missed += 1;
                let args = GapArgs {
                    year: Some(year),
                    creation_year: ctx.period.creation_year(year),
                    found: Some(0),
                    item: Some(group.clone()),
                    per_year: Some(req.per_year),
                    ..self.args()
                };
                self.gap(GapCode::GroupMissed, args, req.basis.clone(), Vec::new());
            }
        }
        missed
    }

    /// A requirement of once every few years ("每两年更新一次") asks its share of the whole period:
    /// three years of a biennial update ask two, not one a year.
    fn every_few_years(&mut self, req: &Requirement) -> f64 {
        let ctx = self.ctx;
        let years: f64 = ctx.period.years().iter().map(|(_, f)| f).sum();
        let need = (req.per_year * years).round().max(1.0);
        let in_period: Vec<usize> = self
            .candidates
            .iter()
            .copied()
            .filter(|&i| in_period(&ctx.docs[i], &ctx.period))
            .collect();
        let count = in_period.len();
        let got: f64 = in_period.iter().map(|&i| self.weight(i)).sum();
        let args = GapArgs {
            found: Some(count),
            required: Some(need),
            per_year: Some(req.per_year),
            in_period: true,
            ..self.args()
        };
        if count == 0 {
            self.gap(GapCode::NoneFound, args, req.basis.clone(), vec![]);
        } else if (count as f64) < need {
            let paths = self.paths(&in_period);
            self.gap(GapCode::TooFew, args, req.basis.clone(), paths);
        }
        self.reasons.push(format!("{count}/{}", fmt_n(need)));
        (got / need).min(1.0)
    }

    /// Needed `min` times (default once) in all.
    /// Where zicha's drafting asks for a record the community's own rule makes a duty, the
    /// community asks it.
    fn duty_basis(&self) -> Option<Basis> {
        if !matches!(self.own_basis, Basis::Drafted { .. }) {
            return None;
        }
        let (i, quote) = super::commitments::stated_duty(&self.rule.keywords, self.ctx.duties)?;
        let doc = &self.ctx.docs[*i];
        Some(Basis::Community {
            parameter: String::new(),
            file: doc.path.clone(),
            title: doc.title.clone(),
            quote: quote.clone(),
            named: None,
        })
    }

    fn in_all(&mut self) -> f64 {
        let need = self.rule.min.unwrap_or(1.0);
        // A register is many records: a table of five exchange visits is five visits.
        let records = |i: usize| -> usize {
            let d = &self.ctx.docs[i];
            match &d.register {
                Some(r) if self.rule.registers => {
                    let n = if self.in_period {
                        r.events(|day| self.ctx.period.contains(day))
                    } else {
                        r.events(|_| true)
                    };
                    n.max(1)
                }
                _ => 1,
            }
        };
        let got: f64 = self
            .candidates
            .iter()
            .map(|&i| records(i) as f64 * self.weight(i))
            .sum();
        let count: usize = self.candidates.iter().map(|&i| records(i)).sum();
        if count == 0 {
            let basis = self.duty_basis().unwrap_or_else(|| self.own_basis.clone());
            self.gap(GapCode::NoneFound, self.args(), basis, vec![]);
        } else if (count as f64) < need {
            let args = GapArgs {
                found: Some(count),
                required: Some(need),
                ..self.args()
            };
            let paths = self.paths(&self.candidates);
            self.gap(GapCode::TooFew, args, self.own_basis.clone(), paths);
        }
        self.reasons.push(format!("{count}/{}", fmt_n(need)));
        (got / need).min(1.0)
    }

    /// Every numbered document the rule counts has its answer (`follow_up`).
    fn follow_ups(&mut self) {
        if self.rule.follow_up.is_empty() {
            return;
        }
        for (reference, path) in unanswered(&self.candidates, &self.rule.follow_up, self.ctx) {
            let title = self
                .ctx
                .docs
                .iter()
                .find(|d| d.path == path)
                .map(|d| d.title.clone());
            let args = GapArgs {
                reference: Some(reference),
                document: title,
                ..self.args()
            };
            self.gap(
                GapCode::NoFollowUp,
                args,
                self.own_basis.clone(),
                vec![path],
            );
        }
    }

    /// Every register of the rule's kinds holding items still open past their deadline, as of the
    /// end of the period or the register's last entry, whichever comes first.
    /// Registers kept continuously (an injury register) with months without an entry between
    /// their first and last inside the period.
    fn interruptions(&mut self) {
        if !self.rule.continuous && self.monthly.is_none() {
            return;
        }
        let (monthly, basis) = match &self.monthly {
            Some(basis) => (true, basis.clone()),
            None => (false, self.own_basis.clone()),
        };
        let ctx = self.ctx;
        // The latest entry of the rule's registers: a register kept a year a file stops where
        // the next year's begins, and only the last one can stop early. (A report written later
        // is no entry: a quarter's analysis does not fill the register.)
        let latest = self
            .candidates
            .iter()
            // Only the rule's own registers: another subject's register lending a few rows (a
            // ledger whose 科目 says 伤害监测) keeps no record of what the rule asks.
            .filter(|i| !self.typed_rows.contains_key(i))
            .filter_map(|&i| ctx.docs[i].register.as_ref().map(|r| r.last))
            .filter(|&d| ctx.period.contains(d))
            .max();
        let rounds = &crate::infer::register::schema().monthly_rounds;
        for i in self.candidates.clone() {
            let d = &ctx.docs[i];
            if monthly
                && !self.rule.continuous
                && !rounds.iter().any(|w| d.title.contains(w.as_str()))
            {
                continue;
            }
            let Some((since, last, months)) = d.register.as_ref().and_then(|r| {
                let to = if latest.is_some_and(|l| r.last < l) {
                    r.last.min(ctx.period.end)
                } else {
                    ctx.period.end
                };
                r.interruption_at_pace(ctx.period.start, to, monthly)
            }) else {
                continue;
            };
            let args = GapArgs {
                found: Some(months),
                document: Some(d.title.clone()),
                since: Some(since),
                last: Some(last),
                ..self.args()
            };
            self.gap(
                GapCode::RegisterInterrupted,
                args,
                basis.clone(),
                vec![d.path.clone()],
            );
        }
    }

    /// Whether the register at `i` is one this rule weighs open items of: hazards left open are
    /// a 隐患台账's, by kind; suggestions left unanswered are those of the register the rule's
    /// subject names, whatever kind it was given.
    fn weighs_items_of(&self, i: usize) -> bool {
        let d = &self.ctx.docs[i];
        let Some(r) = d.register.as_ref().filter(|_| self.ctx.countable[i]) else {
            return false;
        };
        if r.replies {
            self.rule.unanswered_items
                && self
                    .rule
                    .keywords
                    .iter()
                    .any(|k| d.title.contains(k.as_str()))
        } else {
            self.rule.open_items && self.rule.kinds.contains(&d.kind)
        }
    }

    fn overdue_items(&mut self) {
        if !self.rule.open_items && !self.rule.unanswered_items {
            return;
        }
        let ctx = self.ctx;
        let weighed: Vec<usize> = (0..ctx.docs.len())
            .filter(|&i| self.weighs_items_of(i))
            .collect();
        let kept_as_of = archive_as_of(ctx);
        // Each open item, with the last entry of the latest register that holds it.
        let mut held_until: std::collections::BTreeMap<
            crate::infer::register::OpenItem,
            NaiveDate,
        > = Default::default();
        for r in weighed
            .iter()
            .filter_map(|&i| ctx.docs[i].register.as_ref())
        {
            for item in &r.open {
                let until = held_until.entry(*item).or_insert(r.last);
                *until = (*until).max(r.last);
            }
        }
        for &i in &weighed {
            let d = &ctx.docs[i];
            let Some(r) = d.register.as_ref() else {
                continue;
            };
            // As the register stood: the date it states past its last entry (导出日期, 更新日期),
            // else as the archive stands, its latest dated record in the period. An item past its
            // deadline and not closed by then was not closed in time, though the register's last
            // entry came before the deadline (rechecks never entered).
            let as_of = d
                .date
                .filter(|&w| w > r.last)
                .unwrap_or_else(|| r.last.max(kept_as_of))
                .min(ctx.period.end);
            // An item a later register carries forward still open (上年结转) is that register's to
            // report.
            let carried = |item: &&crate::infer::register::OpenItem| {
                held_until.get(*item).is_some_and(|&until| until > r.last)
            };
            let overdue: Vec<_> = r
                .open
                .iter()
                .filter(|o| o.due < as_of && o.found >= ctx.period.start && !carried(o))
                .collect();
            let Some(first) = overdue.first() else {
                continue;
            };
            let args = GapArgs {
                found: Some(overdue.len()),
                document: Some(d.title.clone()),
                since: Some(first.found),
                ..self.args()
            };
            self.gap(
                if r.replies {
                    GapCode::OverdueUnanswered
                } else {
                    GapCode::OverdueOpen
                },
                args,
                self.own_basis.clone(),
                vec![d.path.clone()],
            );
        }
    }

    /// The items still open in the lists of problems or suggestions of the rule's kinds that no
    /// register's dates weigh (an undated 整改建议落实情况对照表), when the rule asks of open items.
    fn unresolved_items(&mut self) {
        if !self.rule.open_items {
            return;
        }
        let ctx = self.ctx;
        for (i, d) in ctx.docs.iter().enumerate() {
            if !ctx.countable[i] || !self.rule.kinds.contains(&d.kind) {
                continue;
            }
            // As the list stood when written: an item due after that is in hand.
            let as_of = d.date.map_or(ctx.period.end, |w| w.min(ctx.period.end));
            let overdue: Vec<&String> = d
                .unresolved
                .iter()
                .filter(|(_, due)| due.is_none_or(|due| due < as_of))
                .map(|(item, _)| item)
                .collect();
            let Some(first) = overdue.first() else {
                continue;
            };
            let args = GapArgs {
                found: Some(overdue.len()),
                document: Some(d.title.clone()),
                item: Some((*first).clone()),
                ..self.args()
            };
            self.gap(
                GapCode::UnresolvedItems,
                args,
                self.own_basis.clone(),
                vec![d.path.clone()],
            );
        }
    }

    /// Each file a bound volume's catalogue lists but does not hold, when the rule asks.
    fn unbound_items(&mut self) {
        if !self.rule.unbound_items {
            return;
        }
        let ctx = self.ctx;
        for (i, doc) in ctx.docs.iter().enumerate() {
            if !ctx.countable[i] {
                continue;
            }
            let file = doc.path.rsplit('/').next().unwrap_or(&doc.path);
            let volume = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
            for (page, item) in &doc.unbound {
                let args = GapArgs {
                    document: Some(volume.to_string()),
                    item: Some(item.clone()),
                    page: Some(*page),
                    ..self.args()
                };
                let basis = self.own_basis.clone();
                self.gap(
                    GapCode::MissingFromVolume,
                    args,
                    basis,
                    vec![doc.path.clone()],
                );
            }
        }
    }

    /// The documents lacking each fact the rule asks; a register lacks a head count when one of
    /// its rows in the period leaves it blank.
    fn missing_facts(&mut self) {
        let ctx = self.ctx;
        for fact in &self.rule.facts {
            let blank_rows = |d: &Document| {
                fact == "participants"
                    && d.register
                        .as_ref()
                        .is_some_and(|r| r.uncounted.iter().any(|&day| ctx.period.contains(day)))
            };
            let lacking: Vec<usize> = self
                .candidates
                .iter()
                .copied()
                .filter(|&i| {
                    let d = &ctx.docs[i];
                    owes_fact(d, fact) && (!has_fact(d, fact) || blank_rows(d))
                })
                .collect();
            let lacking: Vec<String> = if fact == "date" {
                // Named under a rule the document is about (its title or opening lines say what
                // the rule asks), not under every rule whose words it merely mentions: an undated
                // self-score sheet quoting "演练总结" is no undated drill report.
                let about = |i: usize| {
                    ctx.matcher
                        .rule_matches(self.rule, &ctx.docs[i], &ctx.found[i].named)
                };
                let mut named = ctx.undated_named.borrow_mut();
                lacking
                    .into_iter()
                    .filter(|&i| about(i) && named.insert(i))
                    .collect()
            } else {
                lacking
            }
            .into_iter()
            .map(|i| ctx.docs[i].path.clone())
            .collect();
            if !lacking.is_empty() {
                let args = GapArgs {
                    fact: Some(fact.clone()),
                    ..self.args()
                };
                self.gap(GapCode::MissingFact, args, self.own_basis.clone(), lacking);
            }
        }
    }
}

/// The first and last day of window `w` in `year` (a winter runs into the next year).
fn window_days(year: i32, w: super::commitments::Window) -> Option<(NaiveDate, NaiveDate)> {
    let from = NaiveDate::from_ymd_opt(year, w.from, 1)?;
    let end_year = if w.to < w.from { year + 1 } else { year };
    let after = if w.to == 12 {
        NaiveDate::from_ymd_opt(end_year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(end_year, w.to + 1, 1)?
    };
    Some((from, after.pred_opt()?))
}

/// When a year has no record and the rule's records are kept in a register that stops before
/// that year: the register's last date and its path.
fn ends_early(
    candidates: &[usize],
    typed_rows: &BTreeMap<usize, Vec<NaiveDate>>,
    year: i32,
    ctx: &Context<'_>,
) -> Option<(NaiveDate, Vec<String>)> {
    // Each register's last record of what the rule counts.
    let registers: Vec<(&Document, NaiveDate)> = candidates
        .iter()
        .filter_map(|&i| {
            let d = &ctx.docs[i];
            let last = match typed_rows.get(&i) {
                Some(dates) => dates.iter().max().copied(),
                None => d.register.as_ref().map(|r| r.last),
            };
            // A register titled for its year ("2024年安全宣传教育培训登记表") ends with its year
            // by design: the next year is another register's, or none's.
            let own_year = crate::infer::date::single_year(&d.title);
            last.filter(|l| own_year != Some(l.year())).map(|l| (d, l))
        })
        .collect();
    let last = registers.iter().map(|(_, l)| *l).max()?;
    (ctx.period.year_of(last) < year).then(|| {
        let paths = registers
            .iter()
            .filter(|(_, l)| *l == last)
            .map(|(d, _)| d.path.clone())
            .collect();
        (last, paths)
    })
}

static NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*(\d{1,4})\s*号").unwrap()
});

/// A document number an OA system prints at the head of a document (QY-AQ-2024-0137).
static OA_NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b[A-Z]{1,6}(?:-[A-Z0-9]{1,6}){0,3}-(?:19|20)\d{2}-\d{2,5}\b").unwrap()
});

/// A notice asking a written answer ("整改情况形成书面报告报街道安办", "请于…前书面回复", "回执").
static ASKS_WRITTEN_ANSWER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"书面(?:报告|回复|材料)|回执|整改(?:情况|结果)?报告|报送[^。；]{0,12}整改")
        .unwrap()
});

/// The number a notice is cited by: its 文号 in its name, else the 文号 standing alone on a line
/// of its letterhead ("三里街安办〔2025〕11号" under the issuing body, in a file an OA system named
/// SW20250928001.pdf), else the OA number its name and its first lines both carry (a 档号 given at
/// filing is in the name only, and nobody cites it).
fn own_number(doc: &Document) -> Option<String> {
    let name = doc.path.rsplit('/').next().unwrap_or(&doc.path);
    if let Some(&(y, n)) = numbers(name).first() {
        return Some(format!("〔{y}〕{n}号"));
    }
    let letterhead = doc
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(3)
        .filter(|l| l.chars().count() <= 24)
        .find_map(|l| numbers(l).first().copied());
    // Numbered only on the page, it is owed an answer where it asks a written one.
    if let Some((y, n)) = letterhead
        && ASKS_WRITTEN_ANSWER.is_match(&doc.text)
    {
        return Some(format!("〔{y}〕{n}号"));
    }
    let head: String = doc.text.lines().take(3).collect::<Vec<_>>().join("\n");
    OA_NUMBER
        .find_iter(name)
        .map(|m| m.as_str())
        .find(|code| head.contains(code))
        .map(str::to_string)
}

/// The (year, number) of every 文号 in `s` ("华宇园安改〔2025〕7号" → (2025, 7)).
fn numbers(s: &str) -> Vec<(u32, u32)> {
    NUMBER
        .captures_iter(&crate::infer::date::normalize_digits(s))
        .filter_map(|c| Some((c[1].parse().ok()?, c[2].parse().ok()?)))
        .collect()
}

/// Whether a line of `text` opens with one of `words` ("整改回执", "复查意见：经复查……"): the
/// answer written on the document itself, below the notice.
fn answered_within(text: &str, words: &[String]) -> bool {
    text.lines().skip(1).any(|l| {
        let l = l.trim_start();
        let head: String = l.chars().take(6).collect();
        // A short heading ("整改回执"), or a label filled in ("复查意见：经复查，已整改到位").
        let filled = l
            .split_once(['：', ':'])
            .is_some_and(|(_, rest)| rest.trim().chars().count() >= 2);
        words.iter().any(|w| head.contains(w.as_str())) && (l.chars().count() <= 12 || filled)
    })
}

/// The candidates whose name carries a 文号 that no other document answers: none whose title
/// says one of `words` (回复, 复查 …) cites the number in its title or text.
fn unanswered(candidates: &[usize], words: &[String], ctx: &Context<'_>) -> Vec<(String, String)> {
    let answers: Vec<(usize, Vec<String>)> = ctx
        .docs
        .iter()
        .enumerate()
        .filter(|(i, d)| {
            ctx.countable[*i]
                && words
                    .iter()
                    .any(|w| d.title.contains(w.as_str()) || d.path.contains(w.as_str()))
        })
        .map(|(i, d)| {
            let all = format!("{}\n{}\n{}", d.title, d.path, d.text);
            let mut cited: Vec<String> = numbers(&all)
                .into_iter()
                .map(|(y, n)| format!("〔{y}〕{n}号"))
                .collect();
            cited.extend(OA_NUMBER.find_iter(&all).map(|m| m.as_str().to_string()));
            (i, cited)
        })
        .collect();
    let mut out = Vec::new();
    for &i in candidates {
        if answers.iter().any(|(j, _)| *j == i) {
            continue; // a reply is not itself a notice awaiting one
        }
        // A notice with its 回执 or 复查意见 filed on the same paper is answered.
        if answered_within(&ctx.docs[i].text, words) {
            continue;
        }
        let doc = &ctx.docs[i];
        let Some(number) = own_number(doc) else {
            continue;
        };
        let answered = answers
            .iter()
            .any(|(j, cited)| *j != i && cited.contains(&number));
        if !answered {
            out.push((number, doc.path.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::commitments::Window;

    #[test]
    fn a_window_from_december_to_february_runs_into_the_next_year() {
        assert_eq!(
            window_days(2025, Window { from: 12, to: 2 }),
            Some((
                NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
                NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()
            ))
        );
    }
}
