//! Validation of a standard file: everything that parses but makes no sense, each with its line.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Serialize;
use serde_saphyr::Spanned;

use super::{CountSpec, FACTS, Standard};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::schema::ArchiveSchema;

/// One problem in a standard file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LintProblem {
    /// 1-based line (0 when unknown).
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

/// Lints a standard file: `Ok(problems)` (empty when valid); `Err` only when it cannot be read.
pub fn lint_standard(path: &Path, lang: Lang) -> Result<Vec<LintProblem>> {
    let text = crate::input::read_text_bounded(path, crate::input::TEXT_LIMIT)?;
    match serde_saphyr::from_str::<Standard>(&text) {
        Ok(std) => Ok(validate(&std, lang)),
        Err(e) => match Error::yaml(path, &e) {
            Error::Yaml { line, message, .. } => Ok(vec![LintProblem { line, message }]),
            other => Err(other),
        },
    }
}

fn line_of<T>(s: &Spanned<T>) -> u64 {
    s.referenced.line()
}

pub(super) fn validate(std: &Standard, lang: Lang) -> Vec<LintProblem> {
    let mut out = Vec::new();
    let mut problem = |line: u64, zh: String, en: String| {
        out.push(LintProblem {
            line,
            message: match lang {
                Lang::Zh => zh,
                Lang::En => en,
            },
        })
    };
    if std.schema != "zicha-standard/1" {
        problem(
            1,
            format!("schema 应为 zicha-standard/1，实为 {}", std.schema),
            format!("schema must be zicha-standard/1, found {}", std.schema),
        );
    }
    let part_ids: BTreeSet<&str> = std.scheme.parts.iter().map(|p| p.id.as_str()).collect();
    if part_ids.len() != std.scheme.parts.len() || part_ids.is_empty() {
        problem(
            0,
            "scheme.parts 为空或有重复的 id".into(),
            "scheme.parts is empty or has duplicate ids".into(),
        );
    }
    // Points from outside are checked for sense: 1e308 or NaN would give any verdict.
    for p in &std.scheme.parts {
        if !(p.points > 0.0 && p.points <= 100.0) {
            problem(
                0,
                format!(
                    "计分部分 {} 的分值 {:?} 应大于 0 且不超过 100",
                    p.id, p.points
                ),
                format!(
                    "part {} has points {:?}: must be > 0 and at most 100",
                    p.id, p.points
                ),
            );
        }
    }
    let possible = std.possible();
    let verdict = &std.scheme.verdict;
    if !(verdict.rectify_at >= 0.0
        && verdict.rectify_at <= verdict.pass_at
        && verdict.pass_at <= possible)
    {
        problem(
            0,
            format!(
                "scheme.verdict 的 rectify_at {} 和 pass_at {} 应满足 0 ≤ rectify_at ≤ pass_at ≤ 总分 {possible}",
                verdict.rectify_at, verdict.pass_at
            ),
            format!(
                "scheme.verdict needs 0 <= rectify_at ({}) <= pass_at ({}) <= the total ({possible})",
                verdict.rectify_at, verdict.pass_at
            ),
        );
    }
    if !(0.0..=1.0).contains(&std.scheme.element_status.met_at) {
        problem(
            0,
            "scheme.element_status.met_at 应在 0 到 1 之间".into(),
            "scheme.element_status.met_at must be within 0..1".into(),
        );
    }
    for (name, p) in &std.parameters {
        if !(p.default >= 0.0 && p.default <= 366.0) {
            problem(
                0,
                format!(
                    "参数 {name} 的默认值 {} 应在 0 到 366 之间（每年次数）",
                    p.default
                ),
                format!(
                    "parameter {name} has default {}: must be within 0..366 (times a year)",
                    p.default
                ),
            );
        }
    }
    for g in ["a", "b", "c", "d"] {
        match std.scheme.grades.get(g) {
            Some(f) if (0.0..=1.0).contains(f) => {}
            _ => problem(
                0,
                format!("scheme.grades.{g} 缺失或不在 0 到 1 之间"),
                format!("scheme.grades.{g} is missing or not within 0..1"),
            ),
        }
    }
    let schema = ArchiveSchema::builtin();
    let mut element_ids = BTreeSet::new();
    let mut indicator_ids = BTreeSet::new();
    for element in &std.elements {
        if !element_ids.insert(element.id.value.clone()) {
            problem(
                line_of(&element.id),
                format!("要素 id \"{}\" 重复", element.id.value),
                format!("duplicate element id \"{}\"", element.id.value),
            );
        }
        for k in element
            .kinds
            .iter()
            .chain(&element.project_kinds)
            .chain(&element.also_kinds)
        {
            if schema.kind(k).is_none() {
                problem(
                    line_of(&element.id),
                    format!(
                        "要素 {} 的 kinds 引用了未知的文件类型 {k}",
                        element.id.value
                    ),
                    format!("element {}: unknown kind {k}", element.id.value),
                );
            }
        }
        if element.indicators.is_empty() {
            problem(
                line_of(&element.id),
                format!("要素 {} 没有指标", element.id.value),
                format!("element {} has no indicators", element.id.value),
            );
        }
        for ind in &element.indicators {
            let line = line_of(&ind.id);
            let iid = &ind.id.value;
            if !indicator_ids.insert(iid.clone()) {
                problem(
                    line,
                    format!("指标 id \"{iid}\" 重复"),
                    format!("duplicate indicator id \"{iid}\""),
                );
            }
            for part in &std.scheme.parts {
                match ind.parts.get(&part.id) {
                    Some(rules) if !rules.evidence.is_empty() => {}
                    _ => problem(
                        line,
                        format!("指标 {iid} 的“{}”({}) 没有证据规则", part.title, part.id),
                        format!("indicator {iid}: part {} has no evidence rule", part.id),
                    ),
                }
            }
            for (pid, rules) in &ind.parts {
                if !part_ids.contains(pid.as_str()) {
                    problem(
                        line,
                        format!("指标 {iid} 有未定义的计分部分 {pid}（应为 {part_ids:?} 之一）"),
                        format!(
                            "indicator {iid}: unknown part {pid} (expected one of {part_ids:?})"
                        ),
                    );
                }
                for rule in &rules.evidence {
                    let rline = line_of(&rule.label);
                    if rule.kinds.is_empty() {
                        problem(
                            rline,
                            format!("证据规则“{}”没有 kinds", rule.label.value),
                            format!("evidence rule \"{}\" has no kinds", rule.label.value),
                        );
                    }
                    for k in rule.kinds.iter().chain(&rule.titled_kinds) {
                        if schema.kind(k).is_none() {
                            problem(
                                rline,
                                format!("证据规则“{}”引用了未知的文件类型 {k}", rule.label.value),
                                format!("evidence rule \"{}\": unknown kind {k}", rule.label.value),
                            );
                        }
                    }
                    for f in &rule.facts {
                        // A fact is asked of the kinds that carry it (a broadcast carries no head
                        // count); a fact none of the rule's kinds carries is never checked.
                        let carried = rule
                            .kinds
                            .iter()
                            .filter_map(|k| schema.kind(k))
                            .any(|k| k.facts.contains(f));
                        if FACTS.contains(&f.as_str())
                            && f != "signin"
                            && f != "project"
                            && !carried
                        {
                            problem(
                                rline,
                                format!(
                                    "证据规则“{}”要求事实 {f}，但所列文件类型都不带此事实",
                                    rule.label.value
                                ),
                                format!(
                                    "evidence rule \"{}\" asks for {f}, which none of its kinds carries",
                                    rule.label.value
                                ),
                            );
                        }
                        if !FACTS.contains(&f.as_str()) {
                            problem(
                                rline,
                                format!(
                                    "证据规则“{}”要求了未知的事实 {f}（可用：{FACTS:?}）",
                                    rule.label.value
                                ),
                                format!(
                                    "evidence rule \"{}\": unknown fact {f} (known: {FACTS:?})",
                                    rule.label.value
                                ),
                            );
                        }
                    }
                    match &rule.per_year {
                        Some(CountSpec::Parameter(name)) if !std.parameters.contains_key(name) => {
                            problem(
                                rline,
                                format!(
                                    "证据规则“{}”的 per_year 引用了未定义的参数 {name}",
                                    rule.label.value
                                ),
                                format!(
                                    "evidence rule \"{}\": per_year names undefined parameter {name}",
                                    rule.label.value
                                ),
                            )
                        }
                        Some(CountSpec::Number(n)) if *n <= 0.0 => problem(
                            rline,
                            format!("证据规则“{}”的 per_year 必须大于 0", rule.label.value),
                            format!(
                                "evidence rule \"{}\": per_year must be > 0",
                                rule.label.value
                            ),
                        ),
                        _ => {}
                    }
                    if rule.min.is_some_and(|m| m <= 0.0) {
                        problem(
                            rline,
                            format!("证据规则“{}”的 min 必须大于 0", rule.label.value),
                            format!("evidence rule \"{}\": min must be > 0", rule.label.value),
                        );
                    }
                }
            }
        }
    }
    let possible = std.possible();
    let v = &std.scheme.verdict;
    if v.pass_at > possible + 1e-9 {
        problem(
            0,
            format!("通过分数线 {} 高于总分 {possible}", v.pass_at),
            format!("pass_at {} exceeds the total {possible}", v.pass_at),
        );
    }
    if v.rectify_at > v.pass_at {
        problem(
            0,
            format!("整改分数线 {} 高于通过分数线 {}", v.rectify_at, v.pass_at),
            format!("rectify_at {} exceeds pass_at {}", v.rectify_at, v.pass_at),
        );
    }
    // Every kind the classifier gives must be able to count somewhere: a kind no rule names is
    // evidence that never counts (the archive catalogue, once asked for as "other").
    let named: BTreeSet<&str> = std
        .indicators()
        .flat_map(|(_, ind)| ind.parts.values())
        .flat_map(|p| &p.evidence)
        .flat_map(|r| r.kinds.iter().map(String::as_str))
        .collect();
    for kind in schema
        .kinds
        .iter()
        .filter(|k| k.id != "other" && !k.not_evidence)
    {
        if !named.contains(kind.id.as_str()) {
            problem(
                0,
                format!(
                    "没有证据规则接受文件类型 {}（{}），这类文件永远不会计分",
                    kind.id, kind.title
                ),
                format!(
                    "no evidence rule accepts kind {} ({}): such files never count",
                    kind.id, kind.title_en
                ),
            );
        }
    }
    for (name, p) in &std.parameters {
        if p.stated_as.iter().any(|g| g.is_empty()) {
            problem(
                0,
                format!("参数 {name} 的 stated_as 有空的词组"),
                format!("parameter {name}: stated_as has an empty word group"),
            );
        }
    }
    for w in &std.who_indicators {
        for e in &w.elements {
            if !element_ids.contains(e) {
                problem(
                    0,
                    format!("WHO 指标 {} 映射到不存在的要素 {e}", w.id),
                    format!("WHO indicator {} maps to unknown element {e}", w.id),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_standard_is_valid_with_50_indicators_and_150_points() {
        let std = Standard::builtin("aqt9001-2006").unwrap();
        assert_eq!(std.elements.len(), 12);
        assert_eq!(std.indicators().count(), 50);
        assert!((std.possible() - 150.0).abs() < 1e-9);
    }
}
