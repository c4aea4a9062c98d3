//! Evaluating one evidence rule against the documents: which documents count, how far the rule is
//! satisfied (a degree in 0..=1), and the precise gaps when it is short.

use std::collections::BTreeSet;

use super::GapDetail;
use super::mapping::Project;
use crate::archive::Document;
use crate::config::Period;
use crate::i18n::Lang;
use crate::standard::{CountSpec, EvidenceRule};

/// What the audit knows while evaluating rules.
pub(crate) struct Context<'a> {
    pub docs: &'a [Document],
    /// Per document: ids of the rule keywords it contains.
    pub keywords: &'a [BTreeSet<usize>],
    /// The standard's keywords.
    pub matcher: &'a super::keywords::Keywords,
    pub period: Period,
    pub projects: &'a [Project],
    /// Per document: its project.
    pub project_of: &'a [Option<String>],
    pub parameter: &'a dyn Fn(&str) -> Option<f64>,
    pub lang: Lang,
}

/// The result of one rule.
pub(crate) struct Outcome {
    pub degree: f64,
    pub used: Vec<usize>,
    pub gaps: Vec<GapDetail>,
    pub reason: String,
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

fn has_fact(doc: &Document, fact: &str) -> bool {
    match fact {
        "date" => doc.date.is_some(),
        "participants" => doc.facts.participants.is_some(),
        "attendees" => !doc.facts.attendees.is_empty() || doc.facts.signin,
        "signin" => doc.facts.signin,
        "project" => doc.facts.project.is_some(),
        _ => true,
    }
}

fn in_period(doc: &Document, period: &Period) -> bool {
    match (doc.date, doc.year) {
        (Some(d), _) => period.contains(d),
        (None, Some(y)) => period.years().iter().any(|&(py, _)| py == y),
        _ => false,
    }
}

fn fmt_n(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n}")
    } else {
        format!("{n:.1}")
    }
}

/// Evaluates `rule`; `period_default` is whether documents must lie inside the period when the rule
/// does not say.
pub(crate) fn evaluate(
    rule: &EvidenceRule,
    part: &str,
    period_default: bool,
    ctx: &Context<'_>,
) -> Outcome {
    let lang = ctx.lang;
    let label = rule.name(lang);
    let must_be_in_period = rule.in_period.unwrap_or(period_default);
    let candidates: Vec<usize> = (0..ctx.docs.len())
        .filter(|&i| {
            let d = &ctx.docs[i];
            ctx.matcher.rule_matches(rule, d, &ctx.keywords[i])
                && (!must_be_in_period || in_period(d, &ctx.period))
        })
        .collect();
    let weight = |i: usize| {
        if rule.facts.iter().all(|f| has_fact(&ctx.docs[i], f)) {
            1.0
        } else {
            0.5
        }
    };
    let hint = rule.help(lang).map(String::from);
    let gap = |message: String, paths: Vec<String>| GapDetail {
        message,
        hint: hint.clone(),
        part: part.to_string(),
        paths,
    };
    let mut gaps = Vec::new();
    let mut reasons = Vec::new();
    let within = if must_be_in_period {
        lang.pick("评定期内", "in the period: ")
    } else {
        ""
    };

    let degree = if rule.per_project {
        if ctx.projects.is_empty() {
            gaps.push(gap(
                match lang {
                    Lang::Zh => format!("未识别到安全促进项目，无法核对{label}"),
                    Lang::En => format!("no safety-promotion project found, so no {label}"),
                },
                vec![],
            ));
            0.0
        } else {
            let need = rule.min.unwrap_or(1.0);
            let mut sum = 0.0;
            for p in ctx.projects {
                let got: f64 = candidates
                    .iter()
                    .filter(|&&i| ctx.project_of[i].as_deref() == Some(p.name.as_str()))
                    .map(|&i| weight(i))
                    .sum();
                if got < need {
                    gaps.push(gap(
                        match lang {
                            Lang::Zh => format!("{}项目缺少{label}", p.name),
                            Lang::En => format!("project {}: no {label}", p.name),
                        },
                        vec![],
                    ));
                }
                reasons.push(format!("{} {}/{}", p.name, fmt_n(got), fmt_n(need)));
                sum += (got / need).min(1.0);
            }
            sum / ctx.projects.len() as f64
        }
    } else if let Some(spec) = &rule.per_year {
        let per_year = match spec {
            CountSpec::Number(n) => *n,
            CountSpec::Parameter(name) => (ctx.parameter)(name).unwrap_or(1.0),
        };
        let years = ctx.period.years();
        let mut sum = 0.0;
        for &(year, fraction) in &years {
            let need = (per_year * fraction).ceil().max(1.0);
            let got_docs: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&i| ctx.docs[i].year == Some(year))
                .collect();
            let got: f64 = got_docs.iter().map(|&i| weight(i)).sum();
            let count = got_docs.len();
            if count == 0 {
                gaps.push(gap(
                    match lang {
                        Lang::Zh => format!("{year}年无{label}"),
                        Lang::En => format!("{year}: no {label}"),
                    },
                    vec![],
                ));
            } else if (count as f64) < need {
                gaps.push(gap(
                    match lang {
                        Lang::Zh => {
                            format!("{year}年{label}仅{count}份，应不少于{}份", fmt_n(need))
                        }
                        Lang::En => format!(
                            "{year}: only {count} {label}, at least {} needed",
                            fmt_n(need)
                        ),
                    },
                    got_docs.iter().map(|&i| ctx.docs[i].path.clone()).collect(),
                ));
            }
            reasons.push(format!("{year} {count}/{}", fmt_n(need)));
            sum += (got / need).min(1.0);
        }
        sum / years.len().max(1) as f64
    } else {
        let need = rule.min.unwrap_or(1.0);
        let got: f64 = candidates.iter().map(|&i| weight(i)).sum();
        let count = candidates.len();
        if count == 0 {
            gaps.push(gap(
                match lang {
                    Lang::Zh => format!("{within}无{label}"),
                    Lang::En => format!("{within}no {label}"),
                },
                vec![],
            ));
        } else if (count as f64) < need {
            gaps.push(gap(
                match lang {
                    Lang::Zh => format!("{label}仅{count}份，应不少于{}份", fmt_n(need)),
                    Lang::En => format!("only {count} {label}, at least {} needed", fmt_n(need)),
                },
                candidates
                    .iter()
                    .map(|&i| ctx.docs[i].path.clone())
                    .collect(),
            ));
        }
        reasons.push(format!("{count}/{}", fmt_n(need)));
        (got / need).min(1.0)
    };

    for fact in &rule.facts {
        let lacking: Vec<String> = candidates
            .iter()
            .filter(|&&i| !has_fact(&ctx.docs[i], fact))
            .map(|&i| ctx.docs[i].path.clone())
            .collect();
        if !lacking.is_empty() {
            gaps.push(gap(
                match lang {
                    Lang::Zh => format!(
                        "{label}缺少{}（{}份）",
                        fact_label(fact, lang),
                        lacking.len()
                    ),
                    Lang::En => format!(
                        "{label} without {} ({})",
                        fact_label(fact, lang),
                        lacking.len()
                    ),
                },
                lacking,
            ));
        }
    }
    Outcome {
        degree,
        used: candidates,
        gaps,
        reason: format!("{label} {}", reasons.join(", ")),
    }
}
