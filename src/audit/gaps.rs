//! Gaps as data: a stable code with its arguments and the basis of the requirement it measures.
//! The Chinese and English messages are rendered here, in one place, from the data; `zicha diff`
//! and "since last run" compare gaps by code and arguments, never by wording.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// What kind of shortfall a gap is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapCode {
    /// No document satisfies the rule (in the period, when it must be).
    NoneFound,
    /// Fewer documents than the rule needs.
    TooFew,
    /// No record in one year of the period.
    NoneInYear,
    /// No record in one year of the period, though photos of that year show the activity.
    OnlyPhotosInYear,
    /// Fewer records in one year than required.
    TooFewInYear,
    /// The register that holds these records stops before the period ends.
    RegisterEndsEarly,
    /// Documents lacking a fact the rule asks (participants, attendees …).
    MissingFact,
    /// A safety-promotion project without this kind of evidence.
    NoneForProject,
    /// No safety-promotion project was found, so nothing per project can be checked.
    NoProjects,
    /// A numbered document (a 整改通知) that no reply or re-inspection cites.
    NoFollowUp,
    /// Items of a register (hazards, complaints) still open past their deadline.
    OverdueOpen,
    /// A register of suggestions or complaints holds items left unanswered past their time.
    OverdueUnanswered,
    /// A register kept continuously has months without an entry between its first and last.
    RegisterInterrupted,
    /// A round the community's rule sets at a time of the year ("春季、秋季各开展一轮") has no
    /// record in that window.
    RoundMissed,
    /// A group the community's rule names a yearly round for (商业街餐饮商户) has no record of its
    /// round in a year.
    GroupMissed,
    /// A file a bound volume's 卷内目录 lists is not in the volume.
    MissingFromVolume,
    /// Items of a list of problems or suggestions (an assessment's 整改建议) its status column
    /// says are still open.
    UnresolvedItems,
}

impl GapCode {
    /// The code as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            GapCode::NoneFound => "none-found",
            GapCode::TooFew => "too-few",
            GapCode::NoneInYear => "none-in-year",
            GapCode::OnlyPhotosInYear => "only-photos-in-year",
            GapCode::TooFewInYear => "too-few-in-year",
            GapCode::RegisterEndsEarly => "register-ends-early",
            GapCode::MissingFact => "missing-fact",
            GapCode::NoneForProject => "none-for-project",
            GapCode::NoProjects => "no-projects",
            GapCode::NoFollowUp => "no-follow-up",
            GapCode::OverdueOpen => "overdue-open",
            GapCode::RoundMissed => "round-missed",
            GapCode::GroupMissed => "group-missed",
            GapCode::MissingFromVolume => "missing-from-volume",
            GapCode::UnresolvedItems => "unresolved-items",
            GapCode::OverdueUnanswered => "overdue-unanswered",
            GapCode::RegisterInterrupted => "register-interrupted",
        }
    }
}

/// Where the requirement a gap measures comes from, so that a reviewer can weigh it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "source")]
pub enum Basis {
    /// The standard or the scoring sheet itself.
    Standard,
    /// zicha's drafting where no national text is known: a `drafted` indicator of the sheet, or a
    /// default frequency no national source fixes (a `drafted` parameter).
    Drafted {
        /// The parameter, when the number is a drafted default.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parameter: Option<String>,
    },
    /// The community's own rule or plan ("每季度召开一次例会").
    Community {
        /// The parameter it sets; none when the rule makes a record a duty.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        parameter: String,
        /// The file that states it.
        file: String,
        /// Its title.
        title: String,
        /// The sentence, as written.
        quote: String,
        /// The word of the rule that narrows what counts ("综合"): only records named with it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        named: Option<String>,
    },
}

/// The arguments of a gap: everything its message says, as data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GapArgs {
    /// The rule within the indicator: `part.index` (`trace.0`).
    pub rule: String,
    /// The year, for per-year gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Records found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found: Option<usize>,
    /// Records required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<f64>,
    /// The yearly frequency the requirement comes from (before prorating a part year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_year: Option<f64>,
    /// The missing fact (`participants`, `attendees`, `signin`, `date`, `project`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    /// The project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// The last record of a register that ends early.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<NaiveDate>,
    /// The document number (文号) of the document concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The title of the document concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The date of the earliest item concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    /// The title of the item concerned (a file a volume's catalogue lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// Its page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// The creation year `year` names, when the audit counts by creation years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_year: Option<crate::config::CreationYear>,
    /// Whether the documents had to lie inside the period.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_period: bool,
}

/// The frequency a per-year requirement was stated with, for messages ("每季度1次").
fn frequency(per_year: f64, lang: Lang) -> String {
    let whole = (per_year.fract() == 0.0).then_some(per_year as u32);
    match (lang, whole) {
        (Lang::Zh, Some(12)) => "每月1次".into(),
        (Lang::Zh, Some(4)) => "每季度1次".into(),
        (Lang::Zh, Some(2)) => "每半年1次".into(),
        (Lang::Zh, _) if per_year > 0.0 && per_year < 1.0 => {
            format!("每{}年1次", fmt_n((1.0 / per_year).round()))
        }
        (Lang::Zh, _) => format!("每年{}次", fmt_n(per_year)),
        (Lang::En, Some(12)) => "monthly".into(),
        (Lang::En, Some(4)) => "quarterly".into(),
        (Lang::En, Some(2)) => "twice a year".into(),
        (Lang::En, _) if per_year > 0.0 && per_year < 1.0 => {
            format!("once every {} years", fmt_n((1.0 / per_year).round()))
        }
        (Lang::En, _) => format!("{} a year", fmt_n(per_year)),
    }
}

/// The rounds a stretch of missed rounds spans (nine months of a monthly rule are nine).
fn stretch_rounds(args: &GapArgs) -> u32 {
    match (args.since, args.last, args.per_year) {
        (Some(a), Some(b), Some(per_year)) => {
            let months = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32 + 1;
            (f64::from(months) * per_year / 12.0).round() as u32
        }
        _ => 1,
    }
}

/// "一" … "十" for the ordinals of creation years; larger ones in digits.
fn zh_ordinal(n: u32) -> String {
    const DIGITS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    match n {
        1..=10 => DIGITS[n as usize - 1].to_string(),
        _ => n.to_string(),
    }
}

pub(crate) fn fmt_n(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n}")
    } else {
        format!("{n:.1}")
    }
}

fn fact_label(fact: &str, lang: Lang) -> &'static str {
    match fact {
        "date" => lang.pick("日期", "a date"),
        "participants" => lang.pick("参加人数", "a participant count"),
        "attendees" => lang.pick("参会人员", "the attendees"),
        "signin" => lang.pick("签到表", "a sign-in sheet"),
        "project" => lang.pick("所属项目", "its project"),
        _ => "?",
    }
}

/// The message of a gap, in `lang`. `label` is the rule's name in that language; `paths` the
/// documents concerned; `per_year` the yearly requirement when the rule has one.
pub(crate) fn render(
    code: GapCode,
    args: &GapArgs,
    basis: &Basis,
    label: &str,
    paths: usize,
    lang: Lang,
) -> String {
    let year = args.year.unwrap_or_default();
    // The year as the archive counts it: "2025年", or "第二创建年度（2025年6月—2026年5月）".
    let (year_zh, year_en) = match &args.creation_year {
        Some(c) => (
            format!(
                "第{}创建年度（{}—{}）",
                zh_ordinal(c.ordinal),
                c.start.format("%Y年%-m月"),
                c.end.format("%Y年%-m月")
            ),
            format!(
                "creation year {} ({} – {})",
                c.ordinal,
                c.start.format("%B %Y"),
                c.end.format("%B %Y")
            ),
        ),
        None => (format!("{year}年"), year.to_string()),
    };
    let found = args.found.unwrap_or_default();
    let need = fmt_n(args.required.unwrap_or(1.0));
    let project = args.project.as_deref().unwrap_or("");
    let within = if args.in_period {
        lang.pick("评定期内", "in the period: ")
    } else {
        ""
    };
    // A community's own rule is cited: "少于《…工作制度》规定的每季度1次".
    let own = match basis {
        Basis::Community { title, .. } => Some(title.as_str()),
        _ => None,
    };
    // What the rule counts when it names it ("综合"): "应急演练记录（按“综合”计）".
    let narrowed;
    let label = match (basis, lang) {
        (
            Basis::Community {
                named: Some(word), ..
            },
            Lang::Zh,
        ) => {
            narrowed = format!("{label}（按“{word}”计）");
            narrowed.as_str()
        }
        (
            Basis::Community {
                named: Some(word), ..
            },
            Lang::En,
        ) => {
            narrowed = format!("{label} (counting “{word}” only)");
            narrowed.as_str()
        }
        _ => label,
    };
    let per_year = args.per_year.or(args.required).unwrap_or(1.0);
    match (code, lang) {
        (GapCode::NoneFound, Lang::Zh) => match own {
            Some(t) => format!("{within}无{label}（《{t}》规定应有）"),
            None => format!("{within}无{label}"),
        },
        (GapCode::NoneFound, Lang::En) => match own {
            Some(t) => format!("{within}no {label} (required by «{t}»)"),
            None => format!("{within}no {label}"),
        },
        (GapCode::TooFew, Lang::Zh) => match own {
            Some(t) => format!(
                "{within}{label}{found}份，少于《{t}》规定的{}（应不少于{need}份）",
                frequency(per_year, lang)
            ),
            None => format!("{label}仅{found}份，应不少于{need}份"),
        },
        (GapCode::TooFew, Lang::En) => match own {
            Some(t) => format!(
                "{within}{found} {label}, fewer than «{t}» requires ({}, at least {need})",
                frequency(per_year, lang)
            ),
            None => format!("only {found} {label}, at least {need} needed"),
        },
        (GapCode::NoneInYear, Lang::Zh) => match own {
            Some(t) => format!("{year_zh}无{label}（《{t}》规定每年应有）"),
            None => format!("{year_zh}无{label}"),
        },
        (GapCode::NoneInYear, Lang::En) => match own {
            Some(t) => format!("{year_en}: no {label} (required by «{t}»)"),
            None => format!("{year_en}: no {label}"),
        },
        (GapCode::OnlyPhotosInYear, Lang::Zh) => {
            format!("{year_zh}{label}仅有照片（{paths}张），无书面记录")
        }
        (GapCode::OnlyPhotosInYear, Lang::En) => {
            format!("{year_en}: {label} shown only by photos ({paths}), no written record")
        }
        (GapCode::TooFewInYear, Lang::Zh) => match own {
            Some(t) => format!(
                "{year_zh}{label}{found}次，少于《{t}》规定的{}（应不少于{need}次）",
                frequency(per_year, lang)
            ),
            None => format!("{year_zh}{label}仅{found}份，应不少于{need}份"),
        },
        (GapCode::TooFewInYear, Lang::En) => match own {
            Some(t) => format!(
                "{year_en}: {found} {label}, fewer than «{t}» requires ({}, at least {need})",
                frequency(per_year, lang)
            ),
            None => format!("{year_en}: only {found} {label}, at least {need} needed"),
        },
        (GapCode::RegisterEndsEarly, Lang::Zh) => {
            let last = args.last.map(|d| d.format("%Y年%-m月").to_string());
            format!("{label}止于{}，{year_zh}无记录", last.unwrap_or_default())
        }
        (GapCode::RegisterEndsEarly, Lang::En) => {
            let last = args.last.map(|d| d.format("%B %Y").to_string());
            format!(
                "{label} ends in {}: no record in {year_en}",
                last.unwrap_or_default()
            )
        }
        (GapCode::MissingFact, Lang::Zh) => format!(
            "{label}缺少{}（{paths}份）",
            fact_label(args.fact.as_deref().unwrap_or(""), lang)
        ),
        (GapCode::MissingFact, Lang::En) => format!(
            "{label} without {} ({paths})",
            fact_label(args.fact.as_deref().unwrap_or(""), lang)
        ),
        (GapCode::NoneForProject, Lang::Zh) => format!("{project}项目缺少{label}"),
        (GapCode::NoneForProject, Lang::En) => format!("project {project}: no {label}"),
        (GapCode::NoFollowUp, Lang::Zh) => match &args.document {
            Some(doc) => format!(
                "《{doc}》（{}）无整改回复或复查记录",
                args.reference.as_deref().unwrap_or("")
            ),
            None => format!(
                "{label}{}无整改回复或复查记录",
                args.reference.as_deref().unwrap_or("")
            ),
        },
        (GapCode::NoFollowUp, Lang::En) => match &args.document {
            Some(doc) => format!(
                "«{doc}» ({}): no reply or re-inspection cites it",
                args.reference.as_deref().unwrap_or("")
            ),
            None => format!(
                "{label} {}: no reply or re-inspection cites it",
                args.reference.as_deref().unwrap_or("")
            ),
        },
        (GapCode::OverdueOpen, Lang::Zh) => format!(
            "《{}》中{found}项逾期未整改销号（最早发现于{}）",
            args.document.as_deref().unwrap_or(""),
            args.since
                .map(|d| d.format("%Y年%-m月%-d日").to_string())
                .unwrap_or_default()
        ),
        (GapCode::OverdueOpen, Lang::En) => format!(
            "«{}»: {found} items still open past their deadline (the first found on {})",
            args.document.as_deref().unwrap_or(""),
            args.since.map(|d| d.to_string()).unwrap_or_default()
        ),
        (GapCode::OverdueUnanswered, Lang::Zh) => format!(
            "《{}》中{found}项逾期未答复（最早登记于{}）",
            args.document.as_deref().unwrap_or(""),
            args.since
                .map(|d| d.format("%Y年%-m月%-d日").to_string())
                .unwrap_or_default()
        ),
        (GapCode::OverdueUnanswered, Lang::En) => format!(
            "«{}»: {found} items left unanswered past their time (the first registered on {})",
            args.document.as_deref().unwrap_or(""),
            args.since.map(|d| d.to_string()).unwrap_or_default()
        ),
        (GapCode::RegisterInterrupted, Lang::Zh) => format!(
            "《{}》{}至{}无记录（中断{found}个月）",
            args.document.as_deref().unwrap_or(""),
            args.since
                .map(|d| d.format("%Y年%-m月").to_string())
                .unwrap_or_default(),
            args.last
                .map(|d| d.format("%Y年%-m月").to_string())
                .unwrap_or_default()
        ),
        (GapCode::RegisterInterrupted, Lang::En) => format!(
            "«{}»: no entry from {} to {} ({found} months)",
            args.document.as_deref().unwrap_or(""),
            args.since
                .map(|d| d.format("%B %Y").to_string())
                .unwrap_or_default(),
            args.last
                .map(|d| d.format("%B %Y").to_string())
                .unwrap_or_default()
        ),
        (GapCode::RoundMissed, Lang::Zh) => {
            let months = match (args.since, args.last) {
                // A stretch running into the next year names both years: 2025年12月至2026年2月.
                (Some(a), Some(b)) if a.year() != b.year() => {
                    format!("{}月至{}年{}月", a.month(), b.year(), b.month())
                }
                (Some(a), Some(b)) if a.month() == b.month() => format!("{}月", a.month()),
                (Some(a), Some(b)) => format!("{}—{}月", a.month(), b.month()),
                _ => String::new(),
            };
            // One group's lapse: "2024年11月至2025年6月老年人与儿童安全工作组无…".
            let group = args.item.as_deref().unwrap_or_default();
            match own {
                Some(t) if stretch_rounds(args) > 1 => format!(
                    "{year}年{months}{group}无{label}，《{t}》规定{}",
                    frequency(per_year, lang)
                ),
                Some(t) => format!("{year}年{months}{group}无{label}，《{t}》规定此时段应开展一轮"),
                None => format!("{year}年{months}{group}无{label}"),
            }
        }
        (GapCode::GroupMissed, Lang::Zh) => {
            let group = args.item.as_deref().unwrap_or_default();
            match own {
                Some(t) => format!("{year_zh}无面向{group}的{label}，《{t}》规定每年应开展"),
                None => format!("{year_zh}无面向{group}的{label}"),
            }
        }
        (GapCode::GroupMissed, Lang::En) => {
            let group = args.item.as_deref().unwrap_or_default();
            match own {
                Some(t) => format!("{year_en}: no {label} for {group}; «{t}» sets one every year"),
                None => format!("{year_en}: no {label} for {group}"),
            }
        }
        (GapCode::RoundMissed, Lang::En) => {
            let months = match (args.since, args.last) {
                (Some(a), Some(b)) => {
                    format!("{} to {}", a.format("%B %Y"), b.format("%B %Y"))
                }
                _ => year.to_string(),
            };
            let months = match &args.item {
                Some(group) => format!("{months}, {group}"),
                None => months,
            };
            match own {
                Some(t) if stretch_rounds(args) > 1 => format!(
                    "{months}: no {label}; «{t}» sets one {}",
                    frequency(per_year, lang)
                ),
                Some(t) => format!("{months}: no {label}; «{t}» sets a round in these months"),
                None => format!("{months}: no {label}"),
            }
        }
        (GapCode::UnresolvedItems, Lang::Zh) => format!(
            "《{}》中{found}项仍未落实（“{}”{}）",
            args.document.as_deref().unwrap_or(""),
            args.item.as_deref().unwrap_or(""),
            if found > 1 { "等" } else { "" }
        ),
        (GapCode::UnresolvedItems, Lang::En) => format!(
            "«{}»: {found} item(s) still not carried out (“{}”{})",
            args.document.as_deref().unwrap_or(""),
            args.item.as_deref().unwrap_or(""),
            if found > 1 { " and others" } else { "" }
        ),
        (GapCode::MissingFromVolume, Lang::Zh) => format!(
            "《{}》卷内目录所列《{}》（第{}页）不在卷内",
            args.document.as_deref().unwrap_or(""),
            args.item.as_deref().unwrap_or(""),
            args.page.unwrap_or_default()
        ),
        (GapCode::MissingFromVolume, Lang::En) => format!(
            "«{}»: «{}» (page {}), listed in its contents, is not in the volume",
            args.document.as_deref().unwrap_or(""),
            args.item.as_deref().unwrap_or(""),
            args.page.unwrap_or_default()
        ),
        (GapCode::NoProjects, Lang::Zh) => format!("未识别到安全促进项目，无法核对{label}"),
        (GapCode::NoProjects, Lang::En) => {
            format!("no safety-promotion project found, so no {label}")
        }
    }
}

impl super::GapDetail {
    /// A gap a reviewer would not call a minor defect: a year of the period without the records
    /// the standard asks every year, nothing at all for what the official sheet asks, a project
    /// without its evidence, a notice never answered, a hazard left open past its deadline, or the
    /// community's own rule broken. An element with one is not met, whatever its points.
    pub(crate) fn blocks_met(&self) -> bool {
        match self.code {
            GapCode::NoneInYear
            | GapCode::RegisterEndsEarly
            | GapCode::NoneForProject
            | GapCode::NoFollowUp
            | GapCode::OverdueOpen
            | GapCode::OverdueUnanswered
            | GapCode::RegisterInterrupted
            | GapCode::MissingFromVolume
            | GapCode::UnresolvedItems => true,
            // Fewer than the community's own rule asks, or not when it asks.
            // A year shown only by photos is a record not kept, unless the community's rule asks it.
            GapCode::TooFewInYear
            | GapCode::OnlyPhotosInYear
            | GapCode::TooFew
            | GapCode::RoundMissed
            | GapCode::GroupMissed => {
                matches!(self.basis, Basis::Community { .. })
            }
            // Nothing at all in the period for what the official sheet, or the community's own
            // rule, asks.
            GapCode::NoneFound => matches!(self.basis, Basis::Standard | Basis::Community { .. }),
            _ => false,
        }
    }
}

/// How the basis reads in a report ("标准要求" / "zicha 默认" / "本社区《…》").
pub fn basis_label(basis: &Basis, lang: Lang) -> String {
    match (basis, lang) {
        (Basis::Standard, _) => lang.pick("标准要求", "the standard").into(),
        (Basis::Drafted { parameter: Some(_) }, _) => lang
            .pick(
                "zicha 默认频次，无国家规定",
                "zicha's default, no national figure",
            )
            .into(),
        (Basis::Drafted { parameter: None }, _) => lang
            .pick(
                "zicha 拟定的指标，非官方原文",
                "an indicator drafted by zicha, not the official text",
            )
            .into(),
        (Basis::Community { title, .. }, Lang::Zh) => format!("本社区《{title}》"),
        (Basis::Community { title, .. }, Lang::En) => format!("the community's «{title}»"),
    }
}
