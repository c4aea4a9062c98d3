//! `--format oscal`: the audit as an OSCAL assessment-results document (NIST OSCAL 1.2.3, JSON).
//! One result: every indicator is a finding on the control objective `ind-<id>` (satisfied only
//! when fully met), linked to one observation per evidence document (method EXAMINE); each
//! document is a back-matter resource whose rlink carries its relative path and SHA-256. zicha
//! has no OSCAL assessment plan: `import-ap` points at the back-matter resource describing the
//! standard, whose evidence rules are the plan. UUIDs are version 5, derived from the evidence
//! digest and a stable key, so the same archive and standard give the same document.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use uuid::Uuid;

use super::{ExportOptions, evidence_digest, num, path_uri, status_id, verdict_id};
use crate::audit::{AuditReport, Status};
use crate::i18n::Lang;
use crate::schema::ArchiveSchema;

/// The OSCAL release the output is validated against.
pub const OSCAL_VERSION: &str = "1.2.3";
/// The namespace of zicha's own `props`.
const NS: &str = "urn:zicha";

#[derive(Serialize)]
struct Document {
    #[serde(rename = "assessment-results")]
    assessment_results: AssessmentResults,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct AssessmentResults {
    uuid: Uuid,
    metadata: Metadata,
    import_ap: ImportAp,
    results: Vec<AuditResult>,
    back_matter: BackMatter,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Metadata {
    title: String,
    last_modified: String,
    version: String,
    oscal_version: &'static str,
    props: Vec<Prop>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    parties: Vec<Party>,
}

#[derive(Serialize)]
struct Party {
    uuid: Uuid,
    #[serde(rename = "type")]
    kind: &'static str,
    name: String,
}

#[derive(Serialize)]
struct Prop {
    name: &'static str,
    ns: &'static str,
    value: String,
}

#[derive(Serialize)]
struct ImportAp {
    href: String,
    remarks: String,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct AuditResult {
    uuid: Uuid,
    title: String,
    description: String,
    start: String,
    end: String,
    props: Vec<Prop>,
    reviewed_controls: ReviewedControls,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    observations: Vec<Observation>,
    findings: Vec<Finding>,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct ReviewedControls {
    description: String,
    control_selections: Vec<ControlSelection>,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct ControlSelection {
    include_all: IncludeAll,
}

/// `{}`: every control (indicator) of the standard.
#[derive(Serialize)]
struct IncludeAll {}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Observation {
    uuid: Uuid,
    title: String,
    description: String,
    props: Vec<Prop>,
    methods: Vec<&'static str>,
    relevant_evidence: Vec<Evidence>,
    collected: String,
}

#[derive(Serialize)]
struct Evidence {
    href: String,
    description: String,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Finding {
    uuid: Uuid,
    title: String,
    description: String,
    props: Vec<Prop>,
    target: Target,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_observations: Vec<RelatedObservation>,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Target {
    #[serde(rename = "type")]
    kind: &'static str,
    target_id: String,
    title: String,
    status: ObjectiveStatus,
}

#[derive(Serialize)]
struct ObjectiveStatus {
    state: &'static str,
    reason: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct RelatedObservation {
    observation_uuid: Uuid,
}

#[derive(Serialize)]
struct BackMatter {
    resources: Vec<Resource>,
}

#[derive(Serialize)]
struct Resource {
    uuid: Uuid,
    title: String,
    description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    props: Vec<Prop>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    rlinks: Vec<Rlink>,
}

#[derive(Serialize)]
struct Rlink {
    href: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    hashes: Vec<Hash>,
}

#[derive(Serialize)]
struct Hash {
    algorithm: &'static str,
    value: String,
}

/// A one-line value: OSCAL strings have no line breaks and no surrounding spaces.
fn line(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() { "-".to_string() } else { s }
}

fn prop(name: &'static str, value: impl AsRef<str>) -> Prop {
    Prop {
        name,
        ns: NS,
        value: line(value.as_ref()),
    }
}

/// An OSCAL token (a letter first; letters, digits, `.`, `-`, `_`): `ind-` and the id.
fn objective_id(id: &str) -> String {
    let tail: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("ind-{tail}")
}

/// The report as OSCAL assessment-results JSON, pretty-printed, ending with a newline.
pub fn render_oscal(report: &AuditReport, options: &ExportOptions) -> String {
    let lang = report.lang;
    let digest = evidence_digest(report);
    let ns = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:zicha:oscal");
    let id = |key: &str| Uuid::new_v5(&ns, format!("{digest}/{key}").as_bytes());
    let when = options
        .timestamp
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let schema = ArchiveSchema::builtin();
    let community = report.community.as_deref();
    let standard_name = format!("{} {}", report.standard.code, report.standard.title);

    // Every document some indicator used, in path order.
    let evidence: BTreeSet<&str> = report
        .elements
        .iter()
        .flat_map(|e| &e.requirements)
        .flat_map(|r| r.evidence.iter().map(String::as_str))
        .collect();
    let docs: BTreeMap<&str, &crate::archive::Document> = report
        .documents
        .iter()
        .map(|d| (d.path.as_str(), d))
        .collect();

    let standard_resource = id("standard");
    let mut resources = vec![Resource {
        uuid: standard_resource,
        title: line(&standard_name),
        description: match lang {
            Lang::Zh => format!(
                "评定标准及评分办法：{}。zicha 依据其证据规则逐项审核档案（来源：{}）。",
                report.standard.scheme, report.standard.origin
            ),
            Lang::En => format!(
                "The standard and its scoring scheme: {}. zicha audits the archive by its evidence rules (from {}).",
                report.standard.scheme, report.standard.origin
            ),
        },
        props: vec![
            prop("standard-id", &report.standard.id),
            prop("standard-origin", &report.standard.origin),
        ],
        rlinks: Vec::new(),
    }];
    let mut observations = Vec::new();
    let mut observation_of: BTreeMap<&str, Uuid> = BTreeMap::new();
    for path in &evidence {
        let Some(d) = docs.get(path) else { continue };
        let resource = id(&format!("resource/{path}"));
        let observation = id(&format!("observation/{path}"));
        observation_of.insert(path, observation);
        resources.push(Resource {
            uuid: resource,
            title: line(if d.title.trim().is_empty() {
                &d.path
            } else {
                &d.title
            }),
            description: d.path.clone(),
            props: Vec::new(),
            rlinks: vec![Rlink {
                href: path_uri(&d.path),
                hashes: d
                    .sha256
                    .iter()
                    .map(|h| Hash {
                        algorithm: "SHA-256",
                        value: h.clone(),
                    })
                    .collect(),
            }],
        });
        let mut props = vec![prop("kind", &d.kind), prop("path", &d.path)];
        if let Some(date) = d.date {
            props.push(prop("date", date.to_string()));
        }
        if !d.elements.is_empty() {
            props.push(prop("elements", d.elements.join(" ")));
        }
        observations.push(Observation {
            uuid: observation,
            title: line(if d.title.trim().is_empty() {
                &d.path
            } else {
                &d.title
            }),
            description: match lang {
                Lang::Zh => format!(
                    "查阅档案文件 {}（{}{}）",
                    d.path,
                    schema.label(&d.kind, lang),
                    d.date.map(|x| format!("，{x}")).unwrap_or_default()
                ),
                Lang::En => format!(
                    "Examined the archive file {} ({}{})",
                    d.path,
                    schema.label(&d.kind, lang),
                    d.date.map(|x| format!(", {x}")).unwrap_or_default()
                ),
            },
            props,
            methods: vec!["EXAMINE"],
            relevant_evidence: vec![Evidence {
                href: format!("#{resource}"),
                description: d.path.clone(),
            }],
            collected: when.clone(),
        });
    }

    let mut findings = Vec::new();
    for e in &report.elements {
        for r in &e.requirements {
            let satisfied = r.status == Status::Met;
            let mut description = String::new();
            if r.gap_details.is_empty() {
                description.push_str(r.status.label(lang));
            } else {
                for g in &r.gap_details {
                    description.push_str("- ");
                    description.push_str(&super::gap_line(g, lang));
                    description.push('\n');
                }
            }
            for p in &r.parts {
                description.push_str(&format!(
                    "\n{} {} ({} / {}): {}",
                    p.title,
                    p.grade,
                    num(p.earned),
                    num(p.possible),
                    p.reason
                ));
            }
            let mut props = vec![
                prop("element", &e.id),
                prop("status", status_id(r.status)),
                prop("earned-points", num(r.earned)),
                prop("possible-points", num(r.possible)),
            ];
            for p in &r.parts {
                props.push(prop("grade", format!("{} {}", p.id, p.grade)));
            }
            findings.push(Finding {
                uuid: id(&format!("finding/{}", r.id)),
                title: line(&format!("{} {}", r.id, r.title)),
                description: description.trim().to_string(),
                props,
                target: Target {
                    kind: "objective-id",
                    target_id: objective_id(&r.id),
                    title: line(&r.title),
                    status: ObjectiveStatus {
                        state: if satisfied {
                            "satisfied"
                        } else {
                            "not-satisfied"
                        },
                        reason: if satisfied { "pass" } else { "fail" },
                    },
                },
                related_observations: r
                    .evidence
                    .iter()
                    .filter_map(|p| observation_of.get(p.as_str()))
                    .map(|&u| RelatedObservation {
                        observation_uuid: u,
                    })
                    .collect(),
            });
        }
    }

    let title = match (lang, community) {
        (Lang::Zh, Some(c)) => format!("{c}安全社区创建档案自查结果（{}）", report.standard.code),
        (Lang::Zh, None) => format!("安全社区创建档案自查结果（{}）", report.standard.code),
        (Lang::En, Some(c)) => format!(
            "Safe Community archive self-check: {c} ({})",
            report.standard.code
        ),
        (Lang::En, None) => format!(
            "Safe Community archive self-check ({})",
            report.standard.code
        ),
    };
    let summary = match lang {
        Lang::Zh => format!(
            "得分 {} / {}（{}%），结论：{}；评定期 {} 至 {}；达标 {}、部分 {}、缺失 {} 项指标。",
            num(report.score.earned),
            num(report.score.possible),
            num(report.score.percent),
            report.score.verdict.label(lang),
            report.period.start,
            report.period.end,
            report.summary.met,
            report.summary.partial,
            report.summary.missing
        ),
        Lang::En => format!(
            "Score {} / {} ({}%), verdict: {}; period {} to {}; indicators met {}, partial {}, missing {}.",
            num(report.score.earned),
            num(report.score.possible),
            num(report.score.percent),
            report.score.verdict.label(lang),
            report.period.start,
            report.period.end,
            report.summary.met,
            report.summary.partial,
            report.summary.missing
        ),
    };
    let doc = Document {
        assessment_results: AssessmentResults {
            uuid: id("assessment-results"),
            metadata: Metadata {
                title: line(&title),
                last_modified: when.clone(),
                version: format!("sha256-{}", &digest[..16]),
                oscal_version: OSCAL_VERSION,
                props: vec![
                    prop("tool", format!("zicha {}", report.zicha_version)),
                    prop("evidence-digest", &digest),
                ],
                parties: community
                    .map(|c| Party {
                        uuid: id("party/community"),
                        kind: "organization",
                        name: line(c),
                    })
                    .into_iter()
                    .collect(),
            },
            import_ap: ImportAp {
                href: format!("#{standard_resource}"),
                remarks: lang
                    .pick(
                        "没有单独的 OSCAL 评估计划：评估依据为标准及其证据规则（见 back-matter）。",
                        "There is no separate OSCAL assessment plan: the plan is the standard and its evidence rules (see back-matter).",
                    )
                    .to_string(),
            },
            results: vec![AuditResult {
                uuid: id("result"),
                title: line(&title),
                description: summary,
                start: when.clone(),
                end: when,
                props: vec![
                    prop("score", num(report.score.earned)),
                    prop("possible-points", num(report.score.possible)),
                    prop("percent", num(report.score.percent)),
                    prop("verdict", verdict_id(report.score.verdict)),
                    prop("period-start", report.period.start.to_string()),
                    prop("period-end", report.period.end.to_string()),
                ],
                reviewed_controls: ReviewedControls {
                    description: line(&standard_name),
                    control_selections: vec![ControlSelection {
                        include_all: IncludeAll {},
                    }],
                },
                observations,
                findings,
            }],
            back_matter: BackMatter { resources },
        },
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
