//! `--format json`: the report as documented in `docs/audit-json.md` (schema `zicha-audit/1`).

use crate::audit::AuditReport;

/// The report as pretty-printed JSON, ending with a newline.
pub fn render_json(report: &AuditReport) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("the report serialises");
    s.push('\n');
    s
}
