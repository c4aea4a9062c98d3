//! zicha (自查) audits a 安全社区 (Safe Community) creation archive against a machine-readable
//! standard (AQ/T 9001-2006 and the national on-site scoring sheet by default), names the gaps and
//! what to do about them.
//!
//! The data flows one way, and the modules follow it:
//! `scan` (walk the folder, hash) → `extract` (one seam per file format) → `infer` (kind, date,
//! title, facts) → [`Archive`] → `audit` (evidence rules × documents → scores) → `report`
//! (one writer per output format: text, JSON, JUnit, SARIF, CSV, OSCAL) and `export` (the
//! archive catalogue and the BagIt tag files).
//!
//! The public API is flat: load an [`Archive`] with [`Archive::load`], a [`Standard`] with
//! [`Standard::builtin`] or [`Standard::from_path`], and run [`audit`].
//!
//! ```
//! use zicha::{Archive, AuditOptions, Lang, LoadOptions, Standard, Verdict};
//!
//! let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample");
//! let archive = Archive::load(&root, &LoadOptions::default())?;
//! let standard = Standard::builtin("aqt9001-2006")?;
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
//! let report = zicha::audit(&archive, &standard, &AuditOptions { lang: Lang::Zh, today });
//! assert_eq!(report.score.possible, 150.0);
//! assert_eq!(report.score.verdict, Verdict::Pass);
//! let injuries = report.elements.iter().find(|e| e.id == "9").unwrap();
//! assert!(injuries.requirements.iter().any(|r| r.gaps.iter().any(|g| g == "2025年无伤害记录")));
//! # Ok::<(), zicha::Error>(())
//! ```

#![warn(missing_docs)]

mod archive;
mod audit;
mod config;
mod diagnostic;
mod district;
mod dossier;
mod error;
mod export;
mod extract;
#[doc(hidden)]
pub mod fuzzing;
mod i18n;
mod index;
mod infer;
mod input;
mod report;
mod sample;
mod scan;
mod schema;
mod serve;
mod sign;
mod standard;
pub mod synthetic;

pub use archive::{Archive, Document, Facts, LoadOptions};
pub use audit::{
    AuditDiff, AuditOptions, AuditReport, ElementResult, GapChange, GapDetail, Gate, GateFailure,
    GateResult, IndicatorChange, IndicatorResult, PartResult, PeriodSource, RunSummary, Score,
    SeverityOverride, Status, Summary, Verdict, WhoResult, apply_gate, audit, diff_reports,
};
pub use config::{ArchiveConfig, CommunityType, Period, ProjectConfig};
pub use diagnostic::{Code, Diagnostic, Severity};
pub use district::{
    DISTRICT_ATTACHMENT, DistrictOptions, DistrictRollup, DistrictTotals, DossierInput, DossierRow,
    DossierStatus, RowScore, SignerInfo, WeakElement, check_dossier, district_rollup,
    render_district_json, render_district_pdf, render_district_text,
};
pub use dossier::{
    AUDIT_ATTACHMENT, DossierOptions, MANIFEST_ATTACHMENT, Manifest, ManifestDiff, ManifestEntry,
    render_dossier,
};
pub use error::{Error, Result};
pub use export::{
    BagOptions, CATALOGUE_COLUMNS, CatalogueRow, bag_tag_files, catalogue_rows,
    render_catalogue_csv, render_catalogue_xlsx, write_bag_payload,
};
pub use i18n::{Lang, terminal_safe};
pub use index::{
    Hit, IndexSource, STATE_MARKER, SearchIndex, SearchRequest, StoredDoc, UpdateStats,
    claim_state_dir, default_state_dir, install_panic_filter,
};
pub use input::{DOCUMENT_LIMIT, TEXT_LIMIT, read_bounded};
pub use report::{
    CSV_COLUMNS, ExportOptions, OSCAL_VERSION, TextOptions, render_csv, render_diff, render_json,
    render_junit, render_oscal, render_sarif, render_text,
};
pub use sample::{SAMPLE_NAME, materialize_sample};
pub use schema::{ArchiveSchema, Kind};
pub use serve::{ServeOptions, serve};
pub use sign::{SignatureCheck, Signer, Verification, certificate_sha256, keygen, verify_pdf};
pub use standard::{DEFAULT_STANDARD, LintProblem, Standard, lint_standard, render_standard_table};
