//! The CI gate: thresholds an audit must meet (from `zicha.yaml`'s `gate:` or command-line
//! flags), and severities raised or lowered per diagnostic code. A gate that fails is a finding
//! (exit 1), never a tool error (exit 2).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::AuditReport;
use crate::diagnostic::{Code, Severity};
use crate::i18n::Lang;

/// A severity as written in `zicha.yaml`: one of the three, or `off` to drop the diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SeverityOverride {
    /// Raise or lower to an error.
    Error,
    /// Raise or lower to a warning.
    Warning,
    /// Lower to information.
    Info,
    /// Do not report at all.
    Off,
}

impl SeverityOverride {
    /// Parses `error`, `warning`, `info` or `off` (also 错误 / 警告 / 提示 / 关闭).
    pub fn parse(s: &str) -> Option<SeverityOverride> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "error" | "错误" => SeverityOverride::Error,
            "warning" | "warn" | "警告" => SeverityOverride::Warning,
            "info" | "note" | "提示" => SeverityOverride::Info,
            "off" | "none" | "关闭" => SeverityOverride::Off,
            _ => return None,
        })
    }

    fn severity(self) -> Option<Severity> {
        match self {
            SeverityOverride::Error => Some(Severity::Error),
            SeverityOverride::Warning => Some(Severity::Warning),
            SeverityOverride::Info => Some(Severity::Info),
            SeverityOverride::Off => None,
        }
    }
}

/// The gate of `zicha.yaml` (`gate:`); every rule is optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    /// Lowest acceptable score, in percent of the possible points.
    #[serde(default)]
    pub min_score: Option<f64>,
    /// Fail when any indicator earns nothing.
    #[serde(default)]
    pub no_zero_indicators: bool,
    /// Fail when any document has an error-level diagnostic (unreadable, damaged, undecodable …,
    /// and whatever `severity` raises to `error`).
    #[serde(default)]
    pub no_unreadable: bool,
    /// Severity per diagnostic code (`no-date: error`, `legacy-encoding: off`).
    #[serde(default)]
    pub severity: BTreeMap<String, SeverityOverride>,
}

impl Gate {
    /// Whether the gate checks anything or changes any severity.
    pub fn is_empty(&self) -> bool {
        self.min_score.is_none()
            && !self.no_zero_indicators
            && !self.no_unreadable
            && self.severity.is_empty()
    }

    /// This gate with `other`'s settings on top (flags over `zicha.yaml`).
    pub fn merged(mut self, other: &Gate) -> Gate {
        if other.min_score.is_some() {
            self.min_score = other.min_score;
        }
        self.no_zero_indicators |= other.no_zero_indicators;
        self.no_unreadable |= other.no_unreadable;
        self.severity
            .extend(other.severity.iter().map(|(k, v)| (k.clone(), *v)));
        self
    }

    /// The codes named in `severity` that zicha does not know.
    pub fn unknown_codes(&self) -> Vec<String> {
        self.severity
            .keys()
            .filter(|k| Code::parse(k).is_none())
            .cloned()
            .collect()
    }
}

/// One rule of the gate that the audit did not meet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateFailure {
    /// `min-score`, `zero-indicators` or `unreadable`.
    pub rule: &'static str,
    /// What is wrong, in the report's language.
    pub message: String,
}

/// The gate's verdict, part of the audit JSON (`gate`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateResult {
    /// Whether every rule was met.
    pub passed: bool,
    /// The gate that was applied.
    pub gate: Gate,
    /// Rules not met.
    pub failures: Vec<GateFailure>,
}

/// Applies the gate to `report`: severities first (they change the diagnostics and the summary),
/// then the rules. The result is stored in `report.gate`.
pub fn apply_gate(report: &mut AuditReport, gate: &Gate) {
    let lang = report.lang;
    let overrides: BTreeMap<Code, SeverityOverride> = gate
        .severity
        .iter()
        .filter_map(|(k, v)| Some((Code::parse(k)?, *v)))
        .collect();
    if !overrides.is_empty() {
        let adjust = |list: &mut Vec<crate::Diagnostic>| {
            list.retain_mut(|d| match overrides.get(&d.code) {
                Some(o) => match o.severity() {
                    Some(s) => {
                        d.severity = s;
                        true
                    }
                    None => false,
                },
                None => true,
            })
        };
        adjust(&mut report.diagnostics);
        for doc in &mut report.documents {
            adjust(&mut doc.diagnostics);
        }
        let count = |s: Severity| {
            report
                .diagnostics
                .iter()
                .filter(|d| d.severity == s)
                .count()
        };
        report.summary.errors = count(Severity::Error);
        report.summary.warnings = count(Severity::Warning);
        report.summary.infos = count(Severity::Info);
    }

    let mut failures = Vec::new();
    if let Some(min) = gate.min_score
        && report.score.percent < min
    {
        failures.push(GateFailure {
            rule: "min-score",
            message: match lang {
                Lang::Zh => format!("得分率 {:.2}% 低于门槛 {min}%", report.score.percent),
                Lang::En => format!(
                    "score {:.2}% is below the gate of {min}%",
                    report.score.percent
                ),
            },
        });
    }
    if gate.no_zero_indicators {
        let zero = &report.score.zero_indicators;
        if !zero.is_empty() {
            failures.push(GateFailure {
                rule: "zero-indicators",
                message: match lang {
                    Lang::Zh => format!("{} 项指标得 0 分：{}", zero.len(), zero.join("、")),
                    Lang::En => format!(
                        "{} indicator(s) earn nothing: {}",
                        zero.len(),
                        zero.join(", ")
                    ),
                },
            });
        }
    }
    if gate.no_unreadable {
        let mut paths: Vec<&str> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.path.as_str())
            .collect();
        paths.dedup();
        if !paths.is_empty() {
            failures.push(GateFailure {
                rule: "unreadable",
                message: match lang {
                    Lang::Zh => format!("{} 个文件有错误级问题：{}", paths.len(), paths.join("、")),
                    Lang::En => format!(
                        "{} file(s) have error-level problems: {}",
                        paths.len(),
                        paths.join(", ")
                    ),
                },
            });
        }
    }
    report.gate = Some(GateResult {
        passed: failures.is_empty(),
        gate: gate.clone(),
        failures,
    });
}
