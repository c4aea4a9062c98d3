//! `zicha district`: three communities' signed dossiers, one of them tampered with, verified and
//! rolled up end to end; the trust list; the roll-up PDF verifies (zicha verify, pdfsig) and is
//! reproducible; input errors.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command as Std;
use std::sync::OnceLock;

use super::zicha;
use serde_json::Value;

const DOSSIER_DATE: &str = "2026-01-15";
const ROLLUP_DATE: &str = "2026-01-20";

/// Three archives (龙凤园社区, 青松社区, 白鹭社区), a key, another key, and the three signed
/// dossiers in `dossiers/`, 青松社区's tampered with. Built once per test run.
struct Setup {
    dir: PathBuf,
    archives: Vec<(&'static str, PathBuf)>,
}

impl Setup {
    fn keys(&self) -> PathBuf {
        self.dir.join("keys")
    }
    fn other_keys(&self) -> PathBuf {
        self.dir.join("other-keys")
    }
    fn dossiers(&self) -> PathBuf {
        self.dir.join("dossiers")
    }
}

fn setup() -> &'static Setup {
    static SETUP: OnceLock<Setup> = OnceLock::new();
    SETUP.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("district");
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let repo = super::repo();
        let archives = vec![
            ("龙凤园社区", dir.join("archives/longfengyuan")),
            ("青松社区", dir.join("archives/qingsong")),
            ("白鹭社区", dir.join("archives/bailu")),
        ];
        super::copy_dir(&repo.join("fixtures/sample"), &archives[0].1);
        super::copy_dir(&repo.join("fixtures/pair/mixed"), &archives[1].1);
        super::copy_dir(&repo.join("fixtures/pair/markdown"), &archives[2].1);
        let yaml = archives[2].1.join("zicha.yaml");
        let text = fs::read_to_string(&yaml).unwrap();
        assert!(text.contains("community: 青松社区"));
        fs::write(
            &yaml,
            text.replace("community: 青松社区", "community: 白鹭社区"),
        )
        .unwrap();
        for keys in ["keys", "other-keys"] {
            zicha()
                .args(["keygen", "--out"])
                .arg(dir.join(keys))
                .args(["--name", "示范街道安全社区办公室"])
                .assert()
                .code(0);
        }
        let s = Setup { dir, archives };
        fs::create_dir_all(s.dossiers()).unwrap();
        for (name, archive) in &s.archives {
            zicha()
                .arg("dossier")
                .arg(archive)
                .arg("-o")
                .arg(s.dossiers().join(format!("{name}.pdf")))
                .args(["--date", DOSSIER_DATE, "--key"])
                .arg(s.keys().join("signing-key.pem"))
                .arg("--cert")
                .arg(s.keys().join("signing-cert.pem"))
                .assert()
                .code(0);
        }
        // Not a dossier, so not looked at.
        fs::write(s.dossiers().join("说明.txt"), "三个社区的自查报告\n").unwrap();
        // Tamper with 青松社区's: one character of the (signed) document information.
        let tampered = s.dossiers().join("青松社区.pdf");
        let mut bytes = fs::read(&tampered).unwrap();
        let needle = b"(zicha (pdf-writer))";
        let at = bytes
            .windows(needle.len())
            .position(|w| w == needle)
            .expect("the producer string");
        bytes[at + 5] = b'A';
        fs::write(&tampered, bytes).unwrap();
        s
    })
}

fn have(tool: &str) -> bool {
    Std::new(tool).arg("-v").output().is_ok()
}

fn run_json(args: &[&std::ffi::OsStr]) -> (i32, Value) {
    let out = zicha()
        .arg("district")
        .args(args)
        .args(["--format", "json", "--date", ROLLUP_DATE])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap(), v)
}

/// The audit of an archive as `zicha audit --format json` gives it on the dossiers' date.
fn audit(archive: &Path) -> Value {
    let out = zicha()
        .arg("audit")
        .arg(archive)
        .args(["--format", "json", "--today", DOSSIER_DATE])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn three_dossiers_one_tampered_two_counted() {
    let s = setup();
    let (code, v) = run_json(&[s.dossiers().as_os_str()]);
    assert_eq!(code, 1, "one dossier does not verify: {v}");
    assert_eq!(v["schema"], "zicha-district/1");
    assert_eq!(v["date"], ROLLUP_DATE);
    assert_eq!(v["trusted_certificates"], Value::Null);
    let rows = v["dossiers"].as_array().unwrap();
    assert_eq!(rows.len(), 3, "{v}");
    // Counted communities first, by name; then the one not counted.
    let files: Vec<&str> = rows.iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["白鹭社区.pdf", "龙凤园社区.pdf", "青松社区.pdf"]);

    let bad = &rows[2];
    assert_eq!(bad["status"], "bad-signature", "{bad}");
    assert_eq!(bad["counted"], false);
    assert_eq!(bad["score"], Value::Null);
    assert_eq!(bad["community"], Value::Null);
    assert_eq!(bad["verdict"], Value::Null);
    assert!(
        bad["reason"].as_str().unwrap().starts_with("签名无效："),
        "{bad}"
    );
    let tampered = fs::read(s.dossiers().join("青松社区.pdf")).unwrap();
    assert_eq!(
        bad["sha256"],
        format!("{:x}", <sha2::Sha256 as sha2::Digest>::digest(&tampered))
    );

    let mut earned = Vec::new();
    let mut percents = Vec::new();
    for (row, archive) in [(&rows[0], &s.archives[2]), (&rows[1], &s.archives[0])] {
        let (name, path) = archive;
        let a = audit(path);
        assert_eq!(row["status"], "verified", "{row}");
        assert_eq!(row["counted"], true);
        assert_eq!(row["reason"], Value::Null);
        assert_eq!(row["community"], *name);
        assert_eq!(row["community"], a["community"]);
        assert_eq!(row["community_type"], a["community_type"]);
        assert_eq!(row["period"], a["period"]);
        assert_eq!(row["standard"], a["standard"]["id"]);
        assert_eq!(row["report_date"], DOSSIER_DATE);
        assert_eq!(row["score"]["earned"], a["score"]["earned"], "{name}");
        assert_eq!(row["score"]["possible"], a["score"]["possible"]);
        assert_eq!(row["score"]["percent"], a["score"]["percent"]);
        assert_eq!(row["verdict"], a["score"]["verdict"]);
        assert_eq!(row["zero_indicators"], a["score"]["zero_indicators"]);
        assert_eq!(row["signer"]["name"], "示范街道安全社区办公室");
        assert_eq!(row["manifest_digest"].as_str().unwrap().len(), 64);
        // The weakest elements are the audit's lowest shares, weakest first.
        let weakest = row["weakest_elements"].as_array().unwrap();
        assert_eq!(weakest.len(), 3);
        let ratios: Vec<f64> = weakest
            .iter()
            .map(|w| w["ratio"].as_f64().unwrap())
            .collect();
        assert!(ratios.windows(2).all(|p| p[0] <= p[1]), "{ratios:?}");
        let lowest = a["elements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["earned"].as_f64().unwrap() / e["possible"].as_f64().unwrap())
            .fold(f64::INFINITY, f64::min);
        assert!((ratios[0] - lowest).abs() < 0.001, "{ratios:?} vs {lowest}");
        earned.push(a["score"]["earned"].as_f64().unwrap());
        percents.push(a["score"]["percent"].as_f64().unwrap());
    }

    // Totals over the two counted only.
    let t = &v["totals"];
    assert_eq!(t["dossiers"], 3);
    assert_eq!(t["counted"], 2);
    assert_eq!(t["not_counted"], 1);
    let verdicts = [&rows[0]["verdict"], &rows[1]["verdict"]];
    let passing = verdicts.iter().filter(|v| **v == "pass").count();
    assert_eq!(t["passing"], passing);
    let mean = |x: &[f64]| ((x.iter().sum::<f64>() / x.len() as f64) * 100.0).round() / 100.0;
    assert_eq!(t["mean_earned"].as_f64().unwrap(), mean(&earned));
    assert_eq!(t["mean_percent"].as_f64().unwrap(), mean(&percents));

    // The two good ones alone: exit 0.
    let (code, v) = run_json(&[
        s.dossiers().join("白鹭社区.pdf").as_os_str(),
        s.dossiers().join("龙凤园社区.pdf").as_os_str(),
    ]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["totals"]["counted"], 2);
    assert_eq!(v["totals"]["mean_earned"].as_f64().unwrap(), mean(&earned));
}

#[test]
fn the_terminal_table() {
    let s = setup();
    let out = zicha()
        .arg("district")
        .arg(s.dossiers())
        .args(["--date", ROLLUP_DATE])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    // Certificates are made afresh in every run: their fingerprints vary.
    let key = zicha::certificate_sha256(&s.keys().join("signing-cert.pem")).unwrap();
    let shown = format!("exit: 1\n{}", text.replace(&key[..16], "<certificate>"));
    insta::assert_snapshot!("district_text_zh", shown);
    let out = zicha()
        .args(["--lang", "en", "district"])
        .arg(s.dossiers())
        .args(["--date", ROLLUP_DATE])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Safe Community self-check roll-up  2026-01-20\n2 of 3 counted"));
    assert!(text.contains("bad signature"), "{text}");
}

#[test]
fn only_trusted_certificates_count() {
    let s = setup();
    let other = s.other_keys().join("signing-cert.pem");
    let (code, v) = run_json(&[
        s.dossiers().as_os_str(),
        "--trust".as_ref(),
        other.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["totals"]["counted"], 0, "{v}");
    assert_eq!(v["totals"]["not_counted"], 3);
    assert_eq!(v["totals"]["mean_percent"], Value::Null);
    let statuses: Vec<&str> = v["dossiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    // None counts: all by file name.
    assert_eq!(
        statuses,
        ["untrusted-signer", "bad-signature", "untrusted-signer"],
        "{v}"
    );
    assert_eq!(v["dossiers"][1]["file"], "青松社区.pdf");
    for r in v["dossiers"].as_array().unwrap() {
        assert_eq!(r["score"], Value::Null);
    }
    // Who signed is still shown, so that a reviewer can tell.
    assert_eq!(v["dossiers"][0]["signer"]["name"], "示范街道安全社区办公室");
    // Trusting the right certificate (besides the other one) counts them again.
    let mine = s.keys().join("signing-cert.pem");
    let (code, v) = run_json(&[
        s.dossiers().as_os_str(),
        "--trust".as_ref(),
        other.as_os_str(),
        "--trust".as_ref(),
        mine.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(v["totals"]["counted"], 2, "{v}");
    assert_eq!(v["trusted_certificates"].as_array().unwrap().len(), 2);
}

#[test]
fn the_signed_rollup_pdf_verifies_and_is_reproducible() {
    let s = setup();
    let out_dir = s.dir.join("rollup");
    fs::create_dir_all(&out_dir).unwrap();
    let write = |pdf: &Path| {
        let out = zicha()
            .arg("district")
            .arg(s.dossiers())
            .arg("-o")
            .arg(pdf)
            .args(["--date", ROLLUP_DATE, "--key"])
            .arg(s.keys().join("signing-key.pem"))
            .arg("--cert")
            .arg(s.keys().join("signing-cert.pem"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("已生成") && text.contains("已签名"), "{text}");
    };
    let pdf = out_dir.join("汇总.pdf");
    write(&pdf);
    let bytes = fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let out = zicha()
        .arg("verify")
        .arg(&pdf)
        .arg("--cert")
        .arg(s.keys().join("signing-cert.pem"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{v}");
    assert_eq!(v["signature"]["status"], "valid");
    assert_eq!(v["expected_signer"], true);
    assert_eq!(
        v["manifest_files"], 3,
        "the manifest lists the three dossiers"
    );
    if have("pdfsig") {
        let out = String::from_utf8(Std::new("pdfsig").arg(&pdf).output().unwrap().stdout).unwrap();
        assert!(out.contains("Signature is Valid"), "{out}");
        assert!(out.contains("Total document signed"), "{out}");
    }
    if have("pdftotext") {
        let text = String::from_utf8(
            Std::new("pdftotext")
                .arg(&pdf)
                .arg("-")
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap();
        for needle in [
            "安全社区创建自查报告汇总",
            "龙凤园社区",
            "白鹭社区",
            "未计入的自查报告",
            "青松社区.pdf",
            "签名无效",
        ] {
            assert!(text.contains(needle), "pdftotext lacks {needle}:\n{text}");
        }
    }
    if have("pdfdetach") {
        let out = String::from_utf8(
            Std::new("pdfdetach")
                .arg("-list")
                .arg(&pdf)
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap();
        assert!(out.contains("zicha-district.json"), "{out}");
    }
    // Same dossiers and date: same bytes, signature included.
    let again = out_dir.join("again.pdf");
    write(&again);
    assert_eq!(fs::read(&again).unwrap(), bytes, "roll-up bytes differ");
    // Unsigned without --key; a roll-up written into the dossiers' folder is not rolled up itself.
    let inside = s.dir.join("dossiers-copy");
    super::copy_dir(&s.dossiers(), &inside);
    for _ in 0..2 {
        let out = zicha()
            .arg("district")
            .arg(&inside)
            .arg("-o")
            .arg(inside.join("汇总.pdf"))
            .args(["--format", "json", "--date", ROLLUP_DATE])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["dossiers"].as_array().unwrap().len(), 3, "{v}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("未签名"));
    }
    // Without that -o, the roll-up found there is listed as not a dossier.
    let (code, v) = run_json(&[inside.as_os_str()]);
    assert_eq!(code, 1);
    let rollup = v["dossiers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["file"] == "汇总.pdf")
        .expect("the roll-up is listed");
    assert_eq!(rollup["status"], "unreadable");
    assert_eq!(rollup["reason"], "这是区县汇总报告，不是社区自查报告");
}

#[test]
fn input_errors_exit_2() {
    let s = setup();
    let empty = s.dir.join("empty");
    fs::create_dir_all(&empty).unwrap();
    let out = zicha().arg("district").arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("没有找到自查报告 PDF"));
    let out = zicha()
        .arg("district")
        .arg(s.dir.join("no-such-folder"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // A key that is not the certificate's: refused before anything is written.
    let pdf = s.dir.join("never.pdf");
    let out = zicha()
        .arg("district")
        .arg(s.dossiers())
        .arg("-o")
        .arg(&pdf)
        .arg("--key")
        .arg(s.other_keys().join("signing-key.pem"))
        .arg("--cert")
        .arg(s.keys().join("signing-cert.pem"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("私钥与证书不匹配"));
    assert!(out.stdout.is_empty());
    assert!(!pdf.exists());
    // A trust list that is not a certificate.
    let out = zicha()
        .arg("district")
        .arg(s.dossiers())
        .arg("--trust")
        .arg(s.dossiers().join("说明.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // A file that is not a PDF, given by name, is listed as unreadable (a finding, not an error).
    let (code, v) = run_json(&[s.dossiers().join("说明.txt").as_os_str()]);
    assert_eq!(code, 1);
    assert_eq!(v["dossiers"][0]["status"], "unreadable");
}

#[test]
fn an_unsigned_dossier_is_listed_but_never_counted() {
    let s = setup();
    let dir = s.dir.join("unsigned");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    // The same archive, once signed and once not: only the signature differs.
    let (name, archive) = &s.archives[0];
    fs::copy(
        s.dossiers().join(format!("{name}.pdf")),
        dir.join("签名.pdf"),
    )
    .unwrap();
    zicha()
        .arg("dossier")
        .arg(archive)
        .arg("-o")
        .arg(dir.join("未签名.pdf"))
        .args(["--date", DOSSIER_DATE])
        .assert()
        .code(0);
    let (code, r) = run_json(&[dir.as_os_str()]);
    assert_eq!(code, 1, "{r}");
    let rows = r["dossiers"].as_array().unwrap();
    let unsigned = rows.iter().find(|d| d["file"] == "未签名.pdf").unwrap();
    assert_eq!(unsigned["status"], "unsigned", "{unsigned}");
    assert_eq!(unsigned["counted"], false);
    assert!(unsigned["score"].is_null() && unsigned["community"].is_null());
    let signed = rows.iter().find(|d| d["file"] == "签名.pdf").unwrap();
    assert_eq!(signed["status"], "verified");
    assert_eq!(r["totals"]["counted"], 1);
    assert_eq!(r["totals"]["mean_earned"], signed["score"]["earned"]);
}

#[test]
fn one_dossier_under_two_names_counts_once() {
    let s = setup();
    let dir = s.dir.join("duplicates");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    for (from, to) in [
        ("龙凤园社区.pdf", "龙凤园社区.pdf"),
        ("龙凤园社区.pdf", "龙凤园社区（再次上报）.pdf"),
        ("白鹭社区.pdf", "白鹭社区.pdf"),
    ] {
        fs::copy(s.dossiers().join(from), dir.join(to)).unwrap();
    }
    let (code, v) = run_json(&[dir.as_os_str()]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["totals"]["counted"], 2, "{v}");
    let duplicate = &v["dossiers"][2];
    assert_eq!(duplicate["status"], "duplicate", "{v}");
    assert_eq!(duplicate["file"], "龙凤园社区（再次上报）.pdf");
    assert!(
        duplicate["reason"]
            .as_str()
            .unwrap()
            .contains("龙凤园社区.pdf"),
        "{duplicate}"
    );
}

#[test]
fn a_certificate_bound_to_one_community_does_not_sign_for_another() {
    let s = setup();
    let mine = s.keys().join("signing-cert.pem");
    // The district's certificate is bound to 白鹭社区: 龙凤园社区's dossier, signed with it, is
    // not 白鹭社区's to sign.
    let binding = format!("白鹭社区={}", mine.display());
    let (code, v) = run_json(&[
        s.dossiers().as_os_str(),
        "--trust".as_ref(),
        binding.as_ref(),
    ]);
    assert_eq!(code, 1, "{v}");
    let row = |file: &str| {
        v["dossiers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["file"] == file)
            .unwrap()
            .clone()
    };
    assert_eq!(row("白鹭社区.pdf")["status"], "verified", "{v}");
    let other = row("龙凤园社区.pdf");
    assert_eq!(other["status"], "wrong-community", "{v}");
    assert!(
        other["reason"].as_str().unwrap().contains("白鹭社区"),
        "{other}"
    );
    assert_eq!(v["totals"]["counted"], 1);
}
