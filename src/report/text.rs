//! The terminal report: a summary line first, then each element with its indicators, the gaps
//! and what to do, then the document problems. Styles are ANSI; the caller strips them when the
//! output is not a terminal.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use crate::audit::{AuditReport, Status, Verdict};
use crate::diagnostic::Severity;
use crate::i18n::Lang;
use crate::standard::fit_width as fit;

/// Options of the text report.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    /// Language.
    pub lang: Lang,
    /// Also list evidence paths, met indicators and info diagnostics.
    pub verbose: bool,
}

pub(super) const BOLD: Style = Style::new().bold();
pub(super) const DIM: Style = Style::new().dimmed();
pub(super) const GREEN: Style = AnsiColor::Green.on_default();
const YELLOW: Style = AnsiColor::Yellow.on_default();
pub(super) const RED: Style = AnsiColor::Red.on_default();
const CYAN: Style = AnsiColor::Cyan.on_default();

pub(super) fn paint(style: Style, s: &str) -> String {
    format!("{style}{s}{style:#}")
}

/// `（依据：…）` / ` (basis: …)`.
fn lang_paren(s: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（依据：{s}）"),
        Lang::En => format!(" (basis: {s})"),
    }
}

fn status_mark(s: Status) -> String {
    match s {
        Status::Met => paint(GREEN, "✓"),
        Status::Partial => paint(YELLOW, "◐"),
        Status::Missing => paint(RED, "✗"),
    }
}

fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The same scores read through the WHO / ISCCC indicators (ISCCC-2015 only, unless verbose).
fn write_who(out: &mut String, r: &AuditReport, o: &TextOptions) {
    let rows: Vec<_> = r
        .who
        .iter()
        .filter(|w| o.verbose || w.framework.as_deref() == Some("ISCCC-2015"))
        .filter(|w| w.possible > 0.0)
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{}",
        paint(
            BOLD,
            o.lang.pick(
                "国际安全社区指标（按对应要素得分）",
                "International Safe Community indicators (by their elements)"
            )
        )
    );
    for w in rows {
        let pct = w.earned / w.possible * 100.0;
        let _ = writeln!(
            out,
            "  {}  {}  {}  {}",
            fit(&w.title, 16),
            fit(&format!("{}%", num((pct * 10.0).round() / 10.0)), 7),
            bar(pct),
            paint(
                DIM,
                &format!(
                    "{} {}",
                    o.lang.pick("要素", "elements"),
                    w.elements.join(", ")
                )
            )
        );
    }
}

/// A 20-cell bar for a percentage.
/// What zicha read of a document, shown beside it as evidence: date, kind, the facts.
fn facts_line(d: &crate::archive::Document, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(date) = d.date {
        parts.push(date.to_string());
    }
    if let Some(n) = d.facts.participants {
        parts.push(match lang {
            Lang::Zh => format!("{n}人"),
            Lang::En => format!("{n} people"),
        });
    }
    if !d.facts.attendees.is_empty() {
        parts.push(match lang {
            Lang::Zh => format!("出席{}人", d.facts.attendees.len()),
            Lang::En => format!("{} attendees named", d.facts.attendees.len()),
        });
    }
    if d.facts.signin {
        parts.push(lang.pick("有签到", "sign-in sheet").to_string());
    }
    if let Some(p) = &d.facts.project {
        parts.push(p.clone());
    }
    parts.join(" · ")
}

fn bar(pct: f64) -> String {
    let filled = ((pct / 5.0).round() as usize).min(20);
    format!(
        "{}{}",
        "█".repeat(filled),
        paint(DIM, &"░".repeat(20 - filled))
    )
}

/// Renders the report for a terminal.
pub fn render_text(r: &AuditReport, o: &TextOptions) -> String {
    let by_path: std::collections::HashMap<&str, &crate::archive::Document> =
        r.documents.iter().map(|d| (d.path.as_str(), d)).collect();
    let lang = o.lang;
    let mut out = String::new();
    let verdict_style = match r.score.verdict {
        Verdict::Pass => GREEN.bold(),
        Verdict::Rectify => YELLOW.bold(),
        Verdict::Fail => RED.bold(),
    };
    let community = r
        .community
        .clone()
        .unwrap_or_else(|| lang.pick("（未命名社区）", "(unnamed community)").into());
    let _ = writeln!(
        out,
        "{}  {} {}/{} ({}%)  {} {}  {} {} · {} {} · {} {}  {} {}",
        paint(BOLD, &community),
        lang.pick("得分", "score"),
        paint(BOLD, &num(r.score.earned)),
        num(r.score.possible),
        num(r.score.percent),
        lang.pick("结论", "verdict"),
        paint(verdict_style, r.score.verdict.label(lang)),
        lang.pick("达标", "met"),
        r.summary.met,
        lang.pick("部分", "partial"),
        r.summary.partial,
        lang.pick("缺失", "missing"),
        r.summary.missing,
        lang.pick("缺口", "gaps"),
        r.summary.gaps,
    );
    let period_note = match (r.period_source, &r.period_file) {
        (crate::audit::PeriodSource::Archive, Some(file)) => match lang {
            Lang::Zh => format!("（据 {file}）"),
            Lang::En => format!(" (from {file})"),
        },
        (crate::audit::PeriodSource::Inferred, _) => lang
            .pick(
                "（档案中未写明，按最近两年推定）",
                " (stated nowhere; assumed to be the last two years)",
            )
            .to_string(),
        _ => String::new(),
    };
    let period_note = if r.period.creation_years {
        period_note + lang.pick("（按创建年度计）", " (counted by creation year)")
    } else {
        period_note
    };
    let _ = writeln!(
        out,
        "{}",
        paint(
            DIM,
            &format!(
                "{} {} {} · {} {} {} {}{} · {} {}{}{} {}{}{} {}{}",
                r.standard.code,
                r.standard.scheme,
                r.community_type.as_deref().unwrap_or(""),
                lang.pick("评定期", "period"),
                r.period.start,
                lang.pick("至", "to"),
                r.period.end,
                period_note,
                lang.pick("文件", "documents"),
                r.summary.documents,
                lang.pick("（", " ("),
                lang.pick("错误", "errors"),
                r.summary.errors,
                lang.pick("，", ", "),
                lang.pick("警告", "warnings"),
                r.summary.warnings,
                lang.pick("）", ")"),
            )
        )
    );
    let _ = writeln!(
        out,
        "{}",
        paint(
            DIM,
            &match lang {
                Lang::Zh => format!(
                    "{} 分通过，{} 分可整改{}",
                    num(r.score.pass_threshold),
                    num(r.score.rectify_threshold),
                    if r.score.zero_indicators.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "；0 分指标：{}（任一指标 0 分即不通过）",
                            r.score.zero_indicators.join("、")
                        )
                    }
                ),
                Lang::En => format!(
                    "pass at {}, rectify at {}{}",
                    num(r.score.pass_threshold),
                    num(r.score.rectify_threshold),
                    if r.score.zero_indicators.is_empty() {
                        String::new()
                    } else {
                        format!(
                            "; indicators at 0: {} (any indicator at 0 fails)",
                            r.score.zero_indicators.join(", ")
                        )
                    }
                ),
            }
        )
    );
    for e in &r.elements {
        let _ = writeln!(
            out,
            "\n{} {}  {}  {}",
            status_mark(e.status),
            paint(BOLD, &format!("{} {}", lang.pick("要素", "Element"), e.id)),
            fit(&e.title, 40),
            paint(BOLD, &format!("{}/{}", num(e.earned), num(e.possible)))
        );
        for req in &e.requirements {
            // A met indicator is shown when it still has a gap (a hazard left open past its
            // deadline keeps the element from met though no point is lost): every gap is seen.
            if req.status == Status::Met && req.gap_details.is_empty() && !o.verbose {
                continue;
            }
            let grades: Vec<String> = req
                .parts
                .iter()
                .map(|p| format!("{} {}", p.title, p.grade))
                .collect();
            let _ = writeln!(
                out,
                "  {} {}  {}  {}  {}",
                status_mark(req.status),
                fit(&req.id, 3),
                fit(&req.title, 52),
                fit(&format!("{}/{}", num(req.earned), num(req.possible)), 9),
                paint(DIM, &grades.join(" "))
            );
            for (i, g) in req.gap_details.iter().enumerate() {
                // What the requirement rests on, so that a reviewer can weigh it: a frequency of
                // zicha's own is always said; the rest in --verbose.
                let own_default = matches!(
                    &g.basis,
                    crate::audit::Basis::Drafted { parameter: Some(_) }
                );
                let basis = if own_default || o.verbose {
                    let label = crate::audit::basis_label(&g.basis, lang);
                    paint(DIM, &lang_paren(&label, lang))
                } else {
                    String::new()
                };
                let _ = writeln!(out, "       {} {}{basis}", paint(YELLOW, "·"), g.message);
                // A rule short in several ways has one hint: say it once, after its last gap.
                let next_same = req.gap_details.get(i + 1).is_some_and(|n| n.hint == g.hint);
                if let Some(h) = g.hint.as_ref().filter(|_| !next_same) {
                    let _ = writeln!(
                        out,
                        "         {}{}",
                        paint(CYAN, lang.pick("建议：", "fix: ")),
                        h
                    );
                }
                if o.verbose {
                    for p in g.paths.iter().take(5) {
                        let _ = writeln!(
                            out,
                            "           {}",
                            paint(DIM, &crate::i18n::terminal_safe(p))
                        );
                    }
                }
            }
            if o.verbose {
                for p in &req.evidence {
                    let facts = by_path.get(p.as_str()).map(|d| facts_line(d, lang));
                    let _ = writeln!(
                        out,
                        "       {} {}{}",
                        paint(DIM, lang.pick("证据", "evidence")),
                        p,
                        facts
                            .filter(|f| !f.is_empty())
                            .map(|f| format!("  {}", paint(DIM, &f)))
                            .unwrap_or_default()
                    );
                }
            }
        }
    }
    write_who(&mut out, r, o);
    let shown: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| o.verbose || d.severity > Severity::Info)
        .collect();
    if !shown.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            paint(BOLD, lang.pick("文件问题", "Document problems"))
        );
        for d in shown {
            let style = match d.severity {
                Severity::Error => RED,
                Severity::Warning => YELLOW,
                Severity::Info => DIM,
            };
            let _ = writeln!(
                out,
                "  {} {}  {}  {}",
                paint(style, d.severity.label(lang)),
                paint(DIM, d.code.as_str()),
                crate::i18n::terminal_safe(&d.path),
                crate::i18n::terminal_safe(&d.message)
            );
        }
    }
    if let Some(gate) = &r.gate {
        let _ = writeln!(
            out,
            "\n{} {}",
            paint(BOLD, lang.pick("门槛", "Gate")),
            if gate.passed {
                paint(GREEN.bold(), lang.pick("通过", "passed"))
            } else {
                paint(RED.bold(), lang.pick("未通过", "failed"))
            }
        );
        for f in &gate.failures {
            let _ = writeln!(
                out,
                "  {} {}  {}",
                paint(RED, "✗"),
                paint(DIM, f.rule),
                f.message
            );
        }
    }
    let hidden = r.summary.infos;
    if !o.verbose && (hidden > 0 || r.summary.met > 0) {
        let _ = writeln!(
            out,
            "\n{}",
            paint(
                DIM,
                &match lang {
                    Lang::Zh => format!(
                        "已省略 {} 个达标指标和 {hidden} 条提示；加 --verbose 查看全部与证据文件",
                        r.summary.met
                    ),
                    Lang::En => format!(
                        "{} met indicators and {hidden} notes hidden; --verbose shows them and the evidence",
                        r.summary.met
                    ),
                }
            )
        );
    }
    out
}
