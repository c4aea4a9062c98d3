//! The district roll-up (区县汇总): several communities' signed dossiers are verified one by one —
//! signature over the whole file, signer (against a trust list when one is given), embedded
//! manifest — and only those that verify are read for their audit and counted. The result is one
//! [`DistrictRollup`] (schema `zicha-district/1`, docs/district-json.md), which is written as a
//! terminal table, JSON, or a PDF of its own. Like the dossier, it takes bytes and returns data or
//! bytes; it never touches the disk.

mod pdf;
mod text;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::audit::Verdict;
use crate::config::Period;
use crate::dossier::{AUDIT_ATTACHMENT, Manifest, ManifestEntry};
use crate::i18n::Lang;
use crate::sign::{SignatureCheck, check_signature, embedded_attachment, embedded_manifest};

pub use pdf::render_district_pdf;
pub use text::render_district_text;

/// Name of the roll-up JSON attached to the roll-up PDF.
pub const DISTRICT_ATTACHMENT: &str = "zicha-district.json";

/// How many of a community's weakest elements the roll-up names.
const WEAKEST: usize = 3;

/// How to roll up.
#[derive(Debug, Clone)]
pub struct DistrictOptions {
    /// Language of the reasons and labels.
    pub lang: Lang,
    /// The roll-up's date (passed in, so that the same dossiers give the same bytes).
    pub date: NaiveDate,
    /// SHA-256 fingerprints (hex, DER) of the certificates the district trusts; `None` accepts a
    /// valid signature by any certificate.
    pub trusted: Option<Vec<String>>,
    /// Certificates bound to the community they may sign for: (community, SHA-256 fingerprint).
    /// A bound certificate signs for its community only, and a bound community is signed by its
    /// certificates only.
    pub bound: Vec<(String, String)>,
}

/// One dossier given to the roll-up: how to name it and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct DossierInput<'a> {
    /// The path as given (shown in the JSON; the file name is taken from it).
    pub path: &'a str,
    /// The PDF.
    pub bytes: &'a [u8],
}

/// What the roll-up made of a dossier. Only [`DossierStatus::Verified`] is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DossierStatus {
    /// Signature valid over the whole file (by a trusted certificate, given a trust list),
    /// manifest consistent, audit readable: counted.
    Verified,
    /// The PDF carries no signature.
    Unsigned,
    /// A signature that does not verify: the file was changed after signing, or it is broken.
    BadSignature,
    /// A valid signature by a certificate not in the trust list.
    UntrustedSigner,
    /// The embedded manifest is missing, edited, or does not list what the audit cites.
    ManifestMismatch,
    /// Not a readable PDF, or not a zicha dossier.
    Unreadable,
    /// Signed by a certificate bound (`--trust 社区=证书`) to another community, or claiming a
    /// community bound to another certificate.
    WrongCommunity,
    /// Figures no audit gives: points out of range, a share that does not match them.
    ImplausibleFigures,
    /// The same dossier (same bytes, or the same archive's manifest) as one counted before it.
    Duplicate,
}

impl DossierStatus {
    /// Label shown to users.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DossierStatus::Verified => lang.pick("已核验", "verified"),
            DossierStatus::Unsigned => lang.pick("未签名", "unsigned"),
            DossierStatus::BadSignature => lang.pick("签名无效", "bad signature"),
            DossierStatus::UntrustedSigner => lang.pick("签署人不受信任", "untrusted signer"),
            DossierStatus::ManifestMismatch => lang.pick("清单不一致", "manifest mismatch"),
            DossierStatus::Unreadable => lang.pick("无法读取", "unreadable"),
            DossierStatus::WrongCommunity => lang.pick("社区与证书不符", "wrong community"),
            DossierStatus::ImplausibleFigures => lang.pick("数据异常", "implausible figures"),
            DossierStatus::Duplicate => lang.pick("重复报告", "duplicate"),
        }
    }
}

/// Who signed a dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignerInfo {
    /// The certificate's common name.
    pub name: String,
    /// SHA-256 of the certificate (DER), hex.
    pub certificate_sha256: String,
}

/// A community's score as its dossier states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowScore {
    /// Points earned.
    pub earned: f64,
    /// Points possible.
    pub possible: f64,
    /// earned / possible × 100, as in the audit.
    pub percent: f64,
}

/// One of a community's weakest elements.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeakElement {
    /// Element number.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Points earned.
    pub earned: f64,
    /// Points possible.
    pub possible: f64,
    /// earned / possible, rounded to 0.001.
    pub ratio: f64,
}

/// One dossier of the roll-up. The audit fields are `null` unless the dossier verified.
#[derive(Debug, Clone, Serialize)]
pub struct DossierRow {
    /// File name.
    pub file: String,
    /// The path as given.
    pub path: String,
    /// SHA-256 of the PDF, hex.
    pub sha256: String,
    /// Size of the PDF in bytes.
    pub size: u64,
    /// What the roll-up made of it.
    pub status: DossierStatus,
    /// Why it is not counted (absent when it is).
    pub reason: Option<String>,
    /// Whether it counts in the totals (`status` is `verified`).
    pub counted: bool,
    /// The signer, whenever the signature itself is valid (also for an untrusted signer).
    pub signer: Option<SignerInfo>,
    /// Community name.
    pub community: Option<String>,
    /// Community type.
    pub community_type: Option<String>,
    /// Assessment period.
    pub period: Option<Period>,
    /// The dossier's report date.
    pub report_date: Option<NaiveDate>,
    /// Standard id.
    pub standard: Option<String>,
    /// Score.
    pub score: Option<RowScore>,
    /// Verdict.
    pub verdict: Option<Verdict>,
    /// Indicators at 0 points.
    pub zero_indicators: Option<Vec<String>>,
    /// The three elements with the lowest share of their points, weakest first.
    pub weakest_elements: Option<Vec<WeakElement>>,
    /// The digest of the dossier's embedded manifest.
    pub manifest_digest: Option<String>,
}

/// Totals over the counted dossiers only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistrictTotals {
    /// Dossiers given.
    pub dossiers: usize,
    /// Dossiers that verified and are counted.
    pub counted: usize,
    /// Dossiers that are not counted.
    pub not_counted: usize,
    /// Counted dossiers whose verdict is pass.
    pub passing: usize,
    /// Counted dossiers whose verdict is rectify.
    pub rectify: usize,
    /// Counted dossiers whose verdict is fail.
    pub failing: usize,
    /// Mean points earned over the counted dossiers (null when none counts).
    pub mean_earned: Option<f64>,
    /// Mean percentage over the counted dossiers (null when none counts).
    pub mean_percent: Option<f64>,
}

/// The roll-up (schema `zicha-district/1`).
#[derive(Debug, Clone, Serialize)]
pub struct DistrictRollup {
    /// `zicha-district/1`.
    pub schema: &'static str,
    /// zicha's version.
    pub zicha_version: &'static str,
    /// Language of reasons and labels.
    pub lang: Lang,
    /// The roll-up's date.
    pub date: NaiveDate,
    /// Fingerprints of the trusted certificates; null when any valid signature is accepted.
    pub trusted_certificates: Option<Vec<String>>,
    /// Totals over the counted dossiers.
    pub totals: DistrictTotals,
    /// Every dossier: counted ones by community then file name, then the others by file name.
    pub dossiers: Vec<DossierRow>,
}

impl DistrictRollup {
    /// Whether every dossier given verified and is counted.
    pub fn all_counted(&self) -> bool {
        self.totals.not_counted == 0
    }

    /// A manifest of the dossiers rolled up (file name, size, SHA-256): the roll-up PDF embeds it,
    /// so that `zicha verify` checks a roll-up like a dossier.
    pub fn manifest(&self) -> Manifest {
        Manifest::new(
            self.dossiers
                .iter()
                .map(|d| ManifestEntry {
                    path: d.file.clone(),
                    size: d.size,
                    sha256: d.sha256.clone(),
                })
                .collect(),
        )
    }
}

/// The roll-up as pretty-printed JSON, ending with a newline.
pub fn render_district_json(rollup: &DistrictRollup) -> String {
    let mut s = serde_json::to_string_pretty(rollup).expect("the roll-up serialises");
    s.push('\n');
    s
}

// What the roll-up reads of the attached audit (docs/audit-json.md).
#[derive(Deserialize)]
struct AuditJson {
    schema: String,
    community: Option<String>,
    community_type: Option<String>,
    period: Period,
    standard: StandardJson,
    score: ScoreJson,
    elements: Vec<ElementJson>,
    #[serde(default)]
    documents: Vec<DocumentJson>,
}

#[derive(Deserialize)]
struct StandardJson {
    id: String,
}

#[derive(Deserialize)]
struct ScoreJson {
    earned: f64,
    possible: f64,
    percent: f64,
    verdict: String,
    zero_indicators: Vec<String>,
}

#[derive(Deserialize)]
struct ElementJson {
    id: String,
    title: String,
    earned: f64,
    possible: f64,
}

#[derive(Deserialize)]
struct DocumentJson {
    path: String,
    sha256: Option<String>,
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

fn verdict_of(s: &str) -> Option<Verdict> {
    match s {
        "pass" => Some(Verdict::Pass),
        "rectify" => Some(Verdict::Rectify),
        "fail" => Some(Verdict::Fail),
        _ => None,
    }
}

/// The report date a dossier carries: its document information's /CreationDate (`D:YYYYMMDD…`),
/// which the dossier writer sets to the report date and the signature covers.
fn creation_date(doc: &lopdf::Document) -> Option<NaiveDate> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = doc.dereference(info).ok()?.1.as_dict().ok()?;
    let raw = info.get(b"CreationDate").ok()?.as_str().ok()?;
    let s = std::str::from_utf8(raw).ok()?.strip_prefix("D:")?;
    NaiveDate::parse_from_str(s.get(..8)?, "%Y%m%d").ok()
}

fn weakest(elements: &[ElementJson]) -> Vec<WeakElement> {
    let mut scored: Vec<(f64, usize, &ElementJson)> = elements
        .iter()
        .enumerate()
        .filter(|(_, e)| e.possible > 0.0)
        .map(|(i, e)| (e.earned / e.possible, i, e))
        .collect();
    scored.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(WEAKEST)
        .map(|(ratio, _, e)| WeakElement {
            id: e.id.clone(),
            title: e.title.clone(),
            earned: e.earned,
            possible: e.possible,
            ratio: round(ratio, 3),
        })
        .collect()
}

/// Verifies one dossier and, when it verifies, reads its audit.
pub fn check_dossier(input: DossierInput<'_>, options: &DistrictOptions) -> DossierRow {
    let lang = options.lang;
    let file = input
        .path
        .rsplit(['/', '\\'])
        .find(|s| !s.is_empty())
        .unwrap_or(input.path)
        .to_string();
    let mut row = DossierRow {
        file,
        path: input.path.to_string(),
        sha256: format!("{:x}", Sha256::digest(input.bytes)),
        size: input.bytes.len() as u64,
        status: DossierStatus::Unreadable,
        reason: None,
        counted: false,
        signer: None,
        community: None,
        community_type: None,
        period: None,
        report_date: None,
        standard: None,
        score: None,
        verdict: None,
        zero_indicators: None,
        weakest_elements: None,
        manifest_digest: None,
    };
    let fail = |row: &mut DossierRow, status: DossierStatus, reason: String| {
        row.status = status;
        row.reason = Some(reason);
    };
    let doc = match lopdf::Document::load_mem(input.bytes) {
        Ok(d) => d,
        Err(e) => {
            fail(
                &mut row,
                DossierStatus::Unreadable,
                format!(
                    "{}{e}",
                    lang.pick("不是可读的 PDF：", "not a readable PDF: ")
                ),
            );
            return row;
        }
    };
    // A roll-up among the dossiers (one written into their folder) is not one of them.
    if embedded_attachment(&doc, DISTRICT_ATTACHMENT).is_ok()
        && embedded_attachment(&doc, AUDIT_ATTACHMENT).is_err()
    {
        fail(
            &mut row,
            DossierStatus::Unreadable,
            lang.pick(
                "这是区县汇总报告，不是社区自查报告",
                "a district roll-up, not a community's dossier",
            )
            .into(),
        );
        return row;
    }
    match check_signature(input.bytes, &doc, None).0 {
        SignatureCheck::Unsigned => {
            fail(
                &mut row,
                DossierStatus::Unsigned,
                lang.pick(
                    "未签名：无法确认报告出自社区且未被改动",
                    "not signed: nothing shows who made it or that it is unchanged",
                )
                .into(),
            );
            return row;
        }
        SignatureCheck::Invalid { reason } => {
            fail(
                &mut row,
                DossierStatus::BadSignature,
                format!("{}{reason}", lang.pick("签名无效：", "bad signature: ")),
            );
            return row;
        }
        SignatureCheck::Valid {
            signer,
            certificate_sha256,
        } => {
            row.signer = Some(SignerInfo {
                name: signer,
                certificate_sha256,
            });
        }
    }
    let signer = row.signer.clone().expect("set above");
    let trusted = options.trusted.as_ref().is_none_or(|t| {
        t.iter()
            .any(|t| t.eq_ignore_ascii_case(&signer.certificate_sha256))
    });
    if !trusted {
        fail(
            &mut row,
            DossierStatus::UntrustedSigner,
            match lang {
                Lang::Zh => format!(
                    "签署证书不在信任列表中：{}（证书 SHA-256 {}…）",
                    signer.name,
                    text::short(&signer.certificate_sha256)
                ),
                Lang::En => format!(
                    "signed by a certificate not in the trust list: {} (certificate SHA-256 {}…)",
                    signer.name,
                    text::short(&signer.certificate_sha256)
                ),
            },
        );
        return row;
    }
    let manifest_problem = lang.pick("文件清单：", "manifest: ");
    let manifest = match embedded_manifest(&doc) {
        Ok(m) if m.is_consistent() => m,
        Ok(_) => {
            fail(
                &mut row,
                DossierStatus::ManifestMismatch,
                format!(
                    "{manifest_problem}{}",
                    lang.pick(
                        "摘要与所列文件不符",
                        "the digest does not match the files listed"
                    )
                ),
            );
            return row;
        }
        Err(e) => {
            fail(
                &mut row,
                DossierStatus::ManifestMismatch,
                format!("{manifest_problem}{e}"),
            );
            return row;
        }
    };
    let audit: AuditJson = match embedded_attachment(&doc, AUDIT_ATTACHMENT).and_then(|data| {
        serde_json::from_slice::<AuditJson>(&data).map_err(|e| format!("{AUDIT_ATTACHMENT}: {e}"))
    }) {
        Ok(a) if a.schema == "zicha-audit/1" => a,
        Ok(a) => {
            fail(
                &mut row,
                DossierStatus::Unreadable,
                format!(
                    "{}{}",
                    lang.pick("不认识的审核格式：", "unknown audit schema: "),
                    a.schema
                ),
            );
            return row;
        }
        Err(e) => {
            fail(
                &mut row,
                DossierStatus::Unreadable,
                format!(
                    "{}{e}",
                    lang.pick("不是 zicha 自查报告：", "not a zicha dossier: ")
                ),
            );
            return row;
        }
    };
    // Every document the audit read must be in the manifest with the same content.
    let listed: BTreeMap<&str, &str> = manifest
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.sha256.as_str()))
        .collect();
    if let Some(d) = audit.documents.iter().find(|d| {
        d.sha256
            .as_deref()
            .is_some_and(|h| listed.get(d.path.as_str()) != Some(&h))
    }) {
        fail(
            &mut row,
            DossierStatus::ManifestMismatch,
            format!(
                "{manifest_problem}{}{}",
                lang.pick(
                    "审核所用文件与清单不符：",
                    "the audit read a file the manifest does not list as such: "
                ),
                d.path
            ),
        );
        return row;
    }
    if let Some(reason) = wrong_community(&audit, &signer, &options.bound, lang) {
        fail(&mut row, DossierStatus::WrongCommunity, reason);
        return row;
    }
    if let Some(reason) = implausible(&audit, lang) {
        fail(&mut row, DossierStatus::ImplausibleFigures, reason);
        return row;
    }
    let Some(verdict) = verdict_of(&audit.score.verdict) else {
        fail(
            &mut row,
            DossierStatus::Unreadable,
            format!(
                "{}{}",
                lang.pick("不认识的结论：", "unknown verdict: "),
                audit.score.verdict
            ),
        );
        return row;
    };
    row.status = DossierStatus::Verified;
    row.counted = true;
    row.community = audit.community;
    row.community_type = audit.community_type;
    row.period = Some(audit.period);
    row.report_date = creation_date(&doc);
    row.standard = Some(audit.standard.id);
    row.score = Some(RowScore {
        earned: audit.score.earned,
        possible: audit.score.possible,
        percent: audit.score.percent,
    });
    row.verdict = Some(verdict);
    row.zero_indicators = Some(audit.score.zero_indicators);
    row.weakest_elements = Some(weakest(&audit.elements));
    row.manifest_digest = Some(manifest.digest);
    row
}

/// Why the signer may not sign for the community the dossier claims, when certificates are
/// bound to communities.
fn wrong_community(
    audit: &AuditJson,
    signer: &SignerInfo,
    bound: &[(String, String)],
    lang: Lang,
) -> Option<String> {
    let claimed = audit.community.as_deref().unwrap_or("");
    let cert = &signer.certificate_sha256;
    let of_cert: Vec<&str> = bound
        .iter()
        .filter(|(_, c)| c.eq_ignore_ascii_case(cert))
        .map(|(name, _)| name.as_str())
        .collect();
    let of_claimed = bound.iter().any(|(name, _)| name == claimed);
    let mismatch =
        (!of_cert.is_empty() && !of_cert.contains(&claimed)) || (of_cert.is_empty() && of_claimed);
    mismatch.then(|| match (lang, of_cert.is_empty()) {
        (Lang::Zh, false) => format!(
            "报告声称是{claimed}，签署证书却绑定于{}",
            of_cert.join("、")
        ),
        (Lang::En, false) => format!(
            "the dossier claims {claimed}, but its certificate is bound to {}",
            of_cert.join(", ")
        ),
        (Lang::Zh, true) => format!("{claimed}的报告须由其绑定的证书签署，本报告不是"),
        (Lang::En, true) => {
            format!(
                "{claimed} is bound to other certificates than the one that signed this dossier"
            )
        }
    })
}

/// Why an audit's figures cannot be an audit's: points out of range or not finite, a share that
/// does not follow from them, an element earning more than it can.
fn implausible(audit: &AuditJson, lang: Lang) -> Option<String> {
    let s = &audit.score;
    let in_range = |earned: f64, possible: f64| {
        earned.is_finite()
            && possible.is_finite()
            && possible > 0.0
            && possible <= 10_000.0
            && (0.0..=possible + 1e-6).contains(&earned)
    };
    let bad = if !in_range(s.earned, s.possible) {
        Some(format!("{} / {}", s.earned, s.possible))
    } else if !s.percent.is_finite() || (s.percent - s.earned / s.possible * 100.0).abs() > 0.05 {
        Some(format!("{}%", s.percent))
    } else {
        audit
            .elements
            .iter()
            .find(|e| !in_range(e.earned, e.possible))
            .map(|e| format!("{} {} / {}", e.id, e.earned, e.possible))
    };
    bad.map(|what| {
        format!(
            "{}{what}",
            lang.pick("得分不可能出自审核：", "figures no audit gives: ")
        )
    })
}

/// Marks as duplicates the rows counted after another with the same bytes or the same manifest:
/// one dossier filed under two names, or one archive's dossier made twice, counts once.
fn mark_duplicates(rows: &mut [DossierRow], lang: Lang) {
    let mut first: BTreeMap<String, String> = BTreeMap::new();
    for row in rows.iter_mut().filter(|r| r.counted) {
        let keys = [Some(row.sha256.clone()), row.manifest_digest.clone()];
        let earlier = keys.iter().flatten().find_map(|k| first.get(k).cloned());
        match earlier {
            Some(file) => {
                row.status = DossierStatus::Duplicate;
                row.counted = false;
                row.reason = Some(match lang {
                    Lang::Zh => format!("与 {file} 是同一份报告（内容或档案清单相同），只计一次"),
                    Lang::En => format!(
                        "the same dossier as {file} (same bytes or archive manifest); counted once"
                    ),
                });
            }
            None => {
                for k in keys.into_iter().flatten() {
                    first.insert(k, row.file.clone());
                }
            }
        }
    }
}

/// Verifies every dossier and rolls the counted ones up.
pub fn district_rollup(inputs: &[DossierInput<'_>], options: &DistrictOptions) -> DistrictRollup {
    use rayon::prelude::*;
    let mut rows: Vec<DossierRow> = inputs
        .par_iter()
        .map(|i| check_dossier(*i, options))
        .collect();
    // Counted ones by community then file name, then the others by file name.
    let order = |rows: &mut Vec<DossierRow>| {
        rows.sort_by(|a, b| {
            (!a.counted, &a.community, &a.file, &a.path).cmp(&(
                !b.counted,
                &b.community,
                &b.file,
                &b.path,
            ))
        })
    };
    order(&mut rows);
    mark_duplicates(&mut rows, options.lang);
    // A duplicate leaves the counted ones: it then stands with the others.
    order(&mut rows);
    let counted: Vec<&DossierRow> = rows.iter().filter(|r| r.counted).collect();
    let n = counted.len();
    let with = |v: Verdict| counted.iter().filter(|r| r.verdict == Some(v)).count();
    let mean = |f: fn(&RowScore) -> f64| {
        (n > 0).then(|| {
            round(
                counted
                    .iter()
                    .filter_map(|r| r.score.as_ref())
                    .map(f)
                    .sum::<f64>()
                    / n as f64,
                2,
            )
        })
    };
    let totals = DistrictTotals {
        dossiers: rows.len(),
        counted: n,
        not_counted: rows.len() - n,
        passing: with(Verdict::Pass),
        rectify: with(Verdict::Rectify),
        failing: with(Verdict::Fail),
        mean_earned: mean(|s| s.earned),
        mean_percent: mean(|s| s.percent),
    };
    let trusted_certificates = options.trusted.as_ref().map(|t| {
        let mut t: Vec<String> = t.iter().map(|s| s.to_ascii_lowercase()).collect();
        t.sort();
        t.dedup();
        t
    });
    DistrictRollup {
        schema: "zicha-district/1",
        zicha_version: env!("CARGO_PKG_VERSION"),
        lang: options.lang,
        date: options.date,
        trusted_certificates,
        totals,
        dossiers: rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(id: &str, earned: f64, possible: f64) -> ElementJson {
        ElementJson {
            id: id.into(),
            title: format!("要素{id}"),
            earned,
            possible,
        }
    }

    #[test]
    fn the_weakest_elements_are_the_lowest_shares_ties_in_order() {
        let w = weakest(&[
            el("1", 10.0, 10.0),
            el("2", 2.0, 4.0),
            el("3", 1.0, 2.0),
            el("4", 0.0, 0.0),
            el("5", 1.0, 10.0),
        ]);
        let ids: Vec<&str> = w.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, ["5", "2", "3"]);
        assert_eq!(w[0].ratio, 0.1);
    }

    fn audit_with(score: &str, element: &str) -> AuditJson {
        serde_json::from_str(&format!(
            r#"{{"schema": "zicha-audit/1", "community": "白鹭社区", "community_type": null,
                "period": {{"start": "2024-01-01", "end": "2025-12-31"}},
                "standard": {{"id": "aqt9001-2006", "title": "AQ/T 9001-2006"}},
                "score": {score}, "elements": [{element}]}}"#
        ))
        .unwrap()
    }

    #[test]
    fn figures_no_audit_gives_are_named() {
        let element = r#"{"id": "1", "title": "组织机构", "earned": 9.0, "possible": 15.0}"#;
        let score = |earned: &str, percent: &str| {
            format!(
                r#"{{"earned": {earned}, "possible": 150.0, "percent": {percent}, "verdict": "pass", "zero_indicators": []}}"#
            )
        };
        assert_eq!(
            implausible(&audit_with(&score("120.0", "80.0"), element), Lang::En),
            None
        );
        for (earned, percent) in [("1e308", "80.0"), ("-3.0", "-2.0"), ("120.0", "99.0")] {
            let why = implausible(&audit_with(&score(earned, percent), element), Lang::En);
            assert!(why.is_some(), "{earned} {percent}");
        }
        let swollen = r#"{"id": "1", "title": "组织机构", "earned": 90.0, "possible": 15.0}"#;
        assert!(implausible(&audit_with(&score("120.0", "80.0"), swollen), Lang::Zh).is_some());
    }

    #[test]
    fn what_is_not_a_pdf_is_unreadable_and_not_counted() {
        let options = DistrictOptions {
            lang: Lang::En,
            date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            trusted: None,
            bound: Vec::new(),
        };
        let r = district_rollup(
            &[DossierInput {
                path: "x/a.pdf",
                bytes: b"not a pdf",
            }],
            &options,
        );
        assert_eq!(r.dossiers[0].file, "a.pdf");
        assert_eq!(r.dossiers[0].status, DossierStatus::Unreadable);
        assert_eq!(r.totals.counted, 0);
        assert_eq!(r.totals.mean_percent, None);
        assert!(!r.all_counted());
    }
}
