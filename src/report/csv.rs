//! `--format csv`: one row per indicator, for spreadsheets and scripts. The columns are
//! documented in `docs/exports.md`; the header is in English (stable identifiers, as in the
//! JSON), the text cells in the report's language. UTF-8 without a byte-order mark: it is a
//! machine format like the JSON (the archivists' catalogue, meant for Excel, has one).

use super::{num, status_id};
use crate::audit::AuditReport;

/// The columns, in order.
pub const CSV_COLUMNS: [&str; 12] = [
    "element",
    "element_title",
    "indicator",
    "indicator_title",
    "provenance",
    "status",
    "earned",
    "possible",
    "grades",
    "evidence",
    "gaps",
    "hints",
];

/// The report as CSV, one row per indicator, in the standard's order.
pub fn render_csv(report: &AuditReport) -> String {
    let sep = report.lang.pick("；", "; ");
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = w.write_record(CSV_COLUMNS);
    for e in &report.elements {
        for r in &e.requirements {
            let grades = r
                .parts
                .iter()
                .map(|p| format!("{}={}", p.id, p.grade))
                .collect::<Vec<_>>()
                .join(" ");
            let mut hints: Vec<&str> = Vec::new();
            for h in r.gap_details.iter().filter_map(|g| g.hint.as_deref()) {
                if !hints.contains(&h) {
                    hints.push(h);
                }
            }
            let _ = w.write_record([
                e.id.as_str(),
                e.title.as_str(),
                r.id.as_str(),
                r.title.as_str(),
                r.provenance.as_deref().unwrap_or(""),
                status_id(r.status),
                &num(r.earned),
                &num(r.possible),
                &grades,
                &r.evidence.len().to_string(),
                &r.gaps.join(sep),
                &hints.join(sep),
            ]);
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}
