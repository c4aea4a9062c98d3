//! `--format sarif`: SARIF 2.1.0 for code-scanning viewers. The rules are the diagnostic codes
//! (`zicha explain`) and one rule per indicator; the results are the document diagnostics
//! (unreadable, undated, duplicate, outside the period …), located at their file, and the gaps
//! of every indicator not fully met, located at the documents they concern (or at none: a
//! missing record has no file). Paths are URI references relative to the `ARCHIVE` base.

use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{ExportOptions, num, path_uri, verdict_id};
use crate::audit::{AuditReport, Status};
use crate::diagnostic::{Code, Severity};
use crate::i18n::Lang;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const BASE: &str = "ARCHIVE";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    invocations: Vec<Invocation>,
    original_uri_base_ids: BTreeMap<&'static str, BaseLocation>,
    artifacts: Vec<Artifact<'a>>,
    results: Vec<SarifResult>,
    language: &'static str,
    properties: RunProperties<'a>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    short_description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    full_description: Option<Text>,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct RuleProperties {
    category: &'static str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    start_time_utc: String,
    end_time_utc: String,
}

#[derive(Serialize)]
struct BaseLocation {
    description: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Artifact<'a> {
    location: Location,
    length: u64,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    hashes: BTreeMap<&'static str, &'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    uri: String,
    uri_base_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<usize>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<ResultLocation>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultLocation {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: Location,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RunProperties<'a> {
    standard: &'a str,
    community: Option<&'a str>,
    period: String,
    score: String,
    possible: String,
    percent: String,
    verdict: &'static str,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(path: &str, index: Option<usize>) -> Location {
    Location {
        uri: path_uri(path),
        uri_base_id: BASE,
        index,
    }
}

fn fingerprint(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0]);
    }
    format!("{:x}", h.finalize())
}

fn with_help(message: &str, help: Option<&str>, lang: Lang) -> String {
    match help {
        Some(h) => match lang {
            Lang::Zh => format!("{message}（{h}）"),
            Lang::En => format!("{message} ({h})"),
        },
        None => message.to_string(),
    }
}

/// The rule id of an indicator's gaps.
fn indicator_rule(id: &str) -> String {
    format!("indicator/{id}")
}

/// The report as a SARIF 2.1.0 log, pretty-printed, ending with a newline.
pub fn render_sarif(report: &AuditReport, options: &ExportOptions) -> String {
    let lang = report.lang;
    let mut rules: Vec<Rule> = Code::ALL
        .iter()
        .map(|c| Rule {
            id: c.as_str().to_string(),
            short_description: Text {
                text: c.description(lang).to_string(),
            },
            full_description: None,
            default_configuration: Configuration {
                level: level(c.severity()),
            },
            properties: RuleProperties {
                category: "document",
            },
        })
        .collect();
    for e in &report.elements {
        for r in &e.requirements {
            rules.push(Rule {
                id: indicator_rule(&r.id),
                short_description: Text {
                    text: format!("{} {}", r.id, r.title),
                },
                full_description: Some(Text {
                    text: match lang {
                        Lang::Zh => {
                            format!("要素 {} {}，指标 {}：{}", e.id, e.title, r.id, r.title)
                        }
                        Lang::En => format!(
                            "element {} {}, indicator {}: {}",
                            e.id, e.title, r.id, r.title
                        ),
                    },
                }),
                default_configuration: Configuration { level: "warning" },
                properties: RuleProperties {
                    category: "indicator",
                },
            });
        }
    }
    let rule_index: BTreeMap<String, usize> = rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.clone(), i))
        .collect();
    let artifact_index: BTreeMap<&str, usize> = report
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.path.as_str(), i))
        .collect();
    let at = |path: &str| ResultLocation {
        physical_location: PhysicalLocation {
            artifact_location: location(path, artifact_index.get(path).copied()),
        },
    };

    let mut results = Vec::new();
    for d in &report.diagnostics {
        let id = d.code.as_str().to_string();
        results.push(SarifResult {
            rule_index: rule_index[&id],
            level: level(d.severity),
            message: Text {
                text: with_help(&d.message, d.help.as_deref(), lang),
            },
            locations: if d.path.is_empty() {
                Vec::new()
            } else {
                vec![at(&d.path)]
            },
            partial_fingerprints: BTreeMap::from([(
                "zicha/v1",
                fingerprint(&[&id, &d.path, &d.message]),
            )]),
            rule_id: id,
        });
    }
    for e in &report.elements {
        for r in &e.requirements {
            // Every gap is a result, a met indicator's too (a hazard left open past its deadline).
            if r.gap_details.is_empty() {
                continue;
            }
            let id = indicator_rule(&r.id);
            let level = match r.status {
                Status::Missing => "error",
                Status::Partial => "warning",
                Status::Met => "note",
            };
            for g in &r.gap_details {
                results.push(SarifResult {
                    rule_index: rule_index[&id],
                    level,
                    message: Text {
                        text: format!(
                            "{} {}{}{}",
                            lang.pick("指标", "indicator"),
                            r.id,
                            lang.pick("：", ": "),
                            with_help(&g.message, g.hint.as_deref(), lang)
                        ),
                    },
                    locations: g.paths.iter().map(|p| at(p)).collect(),
                    partial_fingerprints: BTreeMap::from([(
                        "zicha/v1",
                        fingerprint(&[&id, &g.part, &g.message]),
                    )]),
                    rule_id: id.clone(),
                });
            }
        }
    }

    let artifacts = report
        .documents
        .iter()
        .map(|d| Artifact {
            location: location(&d.path, None),
            length: d.size,
            hashes: d
                .sha256
                .as_deref()
                .map(|h| BTreeMap::from([("sha-256", h)]))
                .unwrap_or_default(),
        })
        .collect();
    let when = options
        .timestamp
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "zicha",
                    version: report.zicha_version,
                    semantic_version: report.zicha_version,
                    rules,
                },
            },
            invocations: vec![Invocation {
                execution_successful: true,
                start_time_utc: when.clone(),
                end_time_utc: when,
            }],
            original_uri_base_ids: BTreeMap::from([(
                BASE,
                BaseLocation {
                    description: Text {
                        text: lang
                            .pick("档案文件夹（根目录）", "the archive folder (its root)")
                            .to_string(),
                    },
                },
            )]),
            artifacts,
            results,
            language: lang.pick("zh-CN", "en-US"),
            properties: RunProperties {
                standard: &report.standard.code,
                community: report.community.as_deref(),
                period: format!("{}/{}", report.period.start, report.period.end),
                score: num(report.score.earned),
                possible: num(report.score.possible),
                percent: num(report.score.percent),
                verdict: verdict_id(report.score.verdict),
            },
        }],
    };
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
