//! `--format junit`: JUnit XML for CI dashboards (quick-junit). One `<testsuite>` per element,
//! one `<testcase>` per indicator; an indicator not fully met is a `<failure>` whose `type` is
//! `partial` or `missing`, whose message is the first gap and whose text lists every gap with its
//! hint. Scores are `<property>`s. When a CI gate is set, a last suite `gate` holds one case per
//! rule of the gate, so the pipeline's test view says why the job failed.

use std::time::Duration;

use quick_junit::{NonSuccessKind, Property, Report, TestCase, TestCaseStatus, TestSuite};

use super::{ExportOptions, gap_line, num, status_id, verdict_id};
use crate::audit::{AuditReport, Status};

/// The report as JUnit XML.
pub fn render_junit(report: &AuditReport, options: &ExportOptions) -> String {
    let lang = report.lang;
    let when = options.timestamp.fixed_offset();
    let mut junit = Report::new(
        format!(
            "zicha {} {}",
            report.standard.code,
            report.community.as_deref().unwrap_or("")
        )
        .trim_end()
        .to_string(),
    );
    junit.set_timestamp(when).set_time(Duration::ZERO);
    for e in &report.elements {
        let mut suite = TestSuite::new(format!("{} {}", e.id, e.title));
        suite
            .set_timestamp(when)
            .set_time(Duration::ZERO)
            .add_property(Property::new("element", e.id.as_str()))
            .add_property(Property::new("status", status_id(e.status)))
            .add_property(Property::new("earned", num(e.earned)))
            .add_property(Property::new("possible", num(e.possible)))
            .add_property(Property::new("score.earned", num(report.score.earned)))
            .add_property(Property::new("score.possible", num(report.score.possible)))
            .add_property(Property::new("score.percent", num(report.score.percent)))
            .add_property(Property::new("verdict", verdict_id(report.score.verdict)));
        for r in &e.requirements {
            let status = match r.status {
                Status::Met => TestCaseStatus::success(),
                Status::Partial | Status::Missing => {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_type(status_id(r.status));
                    let first = r.gaps.first().cloned().unwrap_or_else(|| {
                        lang.pick("未得满分", "not all points earned").to_string()
                    });
                    s.set_message(format!(
                        "{} {} / {}{}{first}",
                        r.status.label(lang),
                        num(r.earned),
                        num(r.possible),
                        lang.pick("：", ": ")
                    ));
                    let mut body = String::new();
                    for g in &r.gap_details {
                        body.push_str("- ");
                        body.push_str(&gap_line(g, lang));
                        body.push('\n');
                    }
                    for p in &r.parts {
                        body.push_str(&format!(
                            "{} {}: {} / {} — {}\n",
                            p.title,
                            p.grade,
                            num(p.earned),
                            num(p.possible),
                            p.reason
                        ));
                    }
                    s.set_description(body);
                    s
                }
            };
            let mut case = TestCase::new(format!("{} {}", r.id, r.title), status);
            case.set_classname(format!("{}.{}", report.standard.id, e.id))
                .set_time(Duration::ZERO)
                .add_property(Property::new("indicator", r.id.as_str()))
                .add_property(Property::new("status", status_id(r.status)))
                .add_property(Property::new("earned", num(r.earned)))
                .add_property(Property::new("possible", num(r.possible)));
            for p in &r.parts {
                case.add_property(Property::new(format!("grade.{}", p.id), p.grade.as_str()));
            }
            if !r.evidence.is_empty() {
                case.set_system_out(r.evidence.join("\n"));
            }
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    if let Some(gate) = &report.gate {
        junit.add_test_suite(gate_suite(gate, report, when));
    }
    // The writer only fails on an I/O error, and this writes to memory.
    junit.to_string().unwrap_or_default()
}

/// One test case per rule the gate sets; a rule not met is a failure with the gate's message.
fn gate_suite(
    gate: &crate::audit::GateResult,
    report: &AuditReport,
    when: chrono::DateTime<chrono::FixedOffset>,
) -> TestSuite {
    let lang = report.lang;
    let mut suite = TestSuite::new(lang.pick("门槛 gate", "gate"));
    suite
        .set_timestamp(when)
        .set_time(Duration::ZERO)
        .add_property(Property::new("passed", gate.passed.to_string()));
    let rules = [
        (
            "min-score",
            gate.gate.min_score.map(|m| match lang {
                crate::i18n::Lang::Zh => format!("得分率不低于 {m}%"),
                crate::i18n::Lang::En => format!("score at least {m}%"),
            }),
        ),
        (
            "zero-indicators",
            gate.gate.no_zero_indicators.then(|| {
                lang.pick("没有得 0 分的指标", "no indicator at 0 points")
                    .to_string()
            }),
        ),
        (
            "unreadable",
            gate.gate.no_unreadable.then(|| {
                lang.pick("没有错误级的文件问题", "no error-level file problem")
                    .to_string()
            }),
        ),
    ];
    for (rule, title) in rules {
        let Some(title) = title else { continue };
        let status = match gate.failures.iter().find(|f| f.rule == rule) {
            None => TestCaseStatus::success(),
            Some(f) => {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_type("gate").set_message(f.message.clone());
                s
            }
        };
        let mut case = TestCase::new(format!("{rule} {title}"), status);
        case.set_classname("zicha.gate").set_time(Duration::ZERO);
        suite.add_test_case(case);
    }
    suite
}
