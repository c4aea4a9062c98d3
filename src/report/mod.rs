//! Writers of an [`AuditReport`]: one per output format. Each takes the report and options and
//! returns text; none touches the disk.

mod csv;
mod diff;
mod json;
mod junit;
mod oscal;
mod sarif;
mod text;

pub use self::csv::{CSV_COLUMNS, render_csv};
pub use diff::render_diff;
pub use json::render_json;
pub use junit::render_junit;
pub use oscal::{OSCAL_VERSION, render_oscal};
pub use sarif::render_sarif;
pub use text::{TextOptions, render_text};

use chrono::{DateTime, Utc};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use sha2::{Digest, Sha256};

use crate::audit::AuditReport;

/// Options of the exchange formats (JUnit, SARIF, OSCAL): the time they say the audit ran.
/// The caller takes it from `SOURCE_DATE_EPOCH` or the report date, so that the same archive
/// and standard give the same bytes.
#[derive(Debug, Clone, Copy)]
pub struct ExportOptions {
    /// The time written into the export (JUnit `timestamp`, SARIF invocation, OSCAL
    /// `last-modified` / `start` / `collected`).
    pub timestamp: DateTime<Utc>,
}

/// Characters escaped in a path segment of a URI reference: everything but RFC 3986's
/// unreserved characters and a few harmless sub-delimiters. Non-ASCII bytes are always escaped
/// (UTF-8, as RFC 3987 maps IRIs to URIs), so Chinese paths become valid URIs.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}')
    .add(b':')
    .add(b'/');

/// An archive-relative path (`/`-separated) as a relative URI reference, each segment
/// percent-encoded: `06 宣传/a.md` → `06%20%E5%AE%A3%E4%BC%A0/a.md`.
pub(crate) fn path_uri(path: &str) -> String {
    path.split('/')
        .map(|seg| utf8_percent_encode(seg, SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// SHA-256 over what the audit read: the standard, the period and every document's path and
/// hash. It names the archive state in the exports (OSCAL UUIDs and version).
pub(crate) fn evidence_digest(report: &AuditReport) -> String {
    let mut h = Sha256::new();
    h.update(
        format!(
            "{}\n{}\n{}..{}\n",
            report.standard.id, report.standard.code, report.period.start, report.period.end
        )
        .as_bytes(),
    );
    for d in &report.documents {
        h.update(format!("{}  {}\n", d.sha256.as_deref().unwrap_or("-"), d.path).as_bytes());
    }
    format!("{:x}", h.finalize())
}

/// A gap with its hint, as one line.
pub(crate) fn gap_line(g: &crate::audit::GapDetail, lang: crate::i18n::Lang) -> String {
    match &g.hint {
        Some(h) => match lang {
            crate::i18n::Lang::Zh => format!("{}（{h}）", g.message),
            crate::i18n::Lang::En => format!("{} ({h})", g.message),
        },
        None => g.message.clone(),
    }
}

/// The stable id of a status, as in the JSON.
pub(crate) fn status_id(s: crate::audit::Status) -> &'static str {
    match s {
        crate::audit::Status::Met => "met",
        crate::audit::Status::Partial => "partial",
        crate::audit::Status::Missing => "missing",
    }
}

/// The stable id of a verdict, as in the JSON.
pub(crate) fn verdict_id(v: crate::audit::Verdict) -> &'static str {
    match v {
        crate::audit::Verdict::Pass => "pass",
        crate::audit::Verdict::Rectify => "rectify",
        crate::audit::Verdict::Fail => "fail",
    }
}

/// Points as in the JSON: rounded to 0.01, without trailing zeros.
pub(crate) fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            super::path_uri("06 宣传/a#1.md"),
            "06%20%E5%AE%A3%E4%BC%A0/a%231.md"
        );
        assert_eq!(super::path_uri("c:d/e"), "c%3Ad/e");
        assert_eq!(super::path_uri("a-b_c.~(1)"), "a-b_c.~(1)");
    }
}
