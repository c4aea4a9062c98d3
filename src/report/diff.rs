//! The terminal view of an [`AuditDiff`]: `zicha diff`, and "since last run" under `zicha audit`.

use std::fmt::Write;

use super::text::{BOLD, DIM, GREEN, RED, paint};
use crate::audit::AuditDiff;
use crate::i18n::Lang;

/// How many lines of each list are shown before "… and N more".
const SHOWN: usize = 12;

fn verdict_label(v: &str, lang: Lang) -> &str {
    match v {
        "pass" => lang.pick("通过", "pass"),
        "rectify" => lang.pick("整改", "rectify"),
        "fail" => lang.pick("不通过", "fail"),
        other => other,
    }
}

fn signed(x: f64) -> String {
    let x = (x * 100.0).round() / 100.0;
    if x > 0.0 {
        format!("+{x}")
    } else {
        format!("{x}")
    }
}

fn list(out: &mut String, items: &[String], lang: Lang) {
    for item in items.iter().take(SHOWN) {
        let _ = writeln!(out, "{item}");
    }
    if items.len() > SHOWN {
        let more = items.len() - SHOWN;
        let _ = writeln!(
            out,
            "    {}",
            paint(
                DIM,
                &match lang {
                    Lang::Zh => format!("……另有 {more} 项"),
                    Lang::En => format!("… and {more} more"),
                }
            )
        );
    }
}

/// Renders the diff under `heading` (e.g. 自上次运行以来).
pub fn render_diff(d: &AuditDiff, heading: &str, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", paint(BOLD, heading));
    if d.is_empty() {
        let _ = writeln!(out, "  {}", lang.pick("没有变化", "no change"));
        return out;
    }
    let delta = d.new.earned - d.old.earned;
    let style = if delta > 0.0 {
        GREEN
    } else if delta < 0.0 {
        RED
    } else {
        DIM
    };
    let _ = writeln!(
        out,
        "  {} {} → {} ({})  {} {} → {}",
        lang.pick("得分", "score"),
        d.old.earned,
        paint(BOLD, &d.new.earned.to_string()),
        paint(style, &signed(delta)),
        lang.pick("结论", "verdict"),
        verdict_label(&d.old.verdict, lang),
        verdict_label(&d.new.verdict, lang),
    );
    if d.old.standard != d.new.standard {
        let _ = writeln!(
            out,
            "  {}",
            paint(
                RED,
                &match lang {
                    Lang::Zh => format!(
                        "注意：两次使用的标准不同（{} → {}）",
                        d.old.standard, d.new.standard
                    ),
                    Lang::En => format!(
                        "note: the runs used different standards ({} → {})",
                        d.old.standard, d.new.standard
                    ),
                }
            )
        );
    }
    if !d.indicators.is_empty() {
        let _ = writeln!(
            out,
            "  {} {}",
            lang.pick("指标变化", "indicators changed"),
            d.indicators.len()
        );
        let lines: Vec<String> = d
            .indicators
            .iter()
            .map(|i| {
                let mark = if i.new_earned > i.old_earned {
                    paint(GREEN, "↑")
                } else if i.new_earned < i.old_earned {
                    paint(RED, "↓")
                } else {
                    paint(DIM, "·")
                };
                format!(
                    "    {mark} {:<4} {} → {}  {} → {}  {}",
                    i.id,
                    i.old_earned,
                    i.new_earned,
                    if i.old_grades.is_empty() {
                        "—"
                    } else {
                        &i.old_grades
                    },
                    if i.new_grades.is_empty() {
                        "—"
                    } else {
                        &i.new_grades
                    },
                    paint(DIM, &crate::standard::fit_width(&i.title, 30)),
                )
            })
            .collect();
        list(&mut out, &lines, lang);
    }
    for (label, gaps, mark) in [
        (
            lang.pick("补齐缺口", "gaps closed"),
            &d.gaps_closed,
            paint(GREEN, "✓"),
        ),
        (
            lang.pick("新增缺口", "gaps opened"),
            &d.gaps_opened,
            paint(RED, "✗"),
        ),
    ] {
        if gaps.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {label} {}", gaps.len());
        let lines: Vec<String> = gaps
            .iter()
            .map(|g| format!("    {mark} {:<4} {}", g.indicator, g.gap))
            .collect();
        list(&mut out, &lines, lang);
    }
    let _ = writeln!(
        out,
        "  {} {} {}  {} {}  {} {}",
        lang.pick("文件", "documents"),
        lang.pick("新增", "added"),
        d.documents_added.len(),
        lang.pick("删除", "removed"),
        d.documents_removed.len(),
        lang.pick("修改", "changed"),
        d.documents_changed.len(),
    );
    let lines: Vec<String> = d
        .documents_added
        .iter()
        .map(|p| format!("    {} {p}", paint(GREEN, "+")))
        .chain(
            d.documents_removed
                .iter()
                .map(|p| format!("    {} {p}", paint(RED, "-"))),
        )
        .chain(
            d.documents_changed
                .iter()
                .map(|p| format!("    {} {p}", paint(DIM, "~"))),
        )
        .collect();
    list(&mut out, &lines, lang);
    out
}
