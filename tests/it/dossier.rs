//! The signed dossier and its verification, end to end with the real readers: pdftotext, pdfsig
//! and pdfdetach (poppler-utils) and openssl for a CA-style PKCS#12 file.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command as Std;

use super::zicha;
use serde_json::Value;

fn have(tool: &str) -> bool {
    let ok = Std::new(tool).arg("-v").output().is_ok();
    assert!(
        ok || std::env::var_os("CI").is_none(),
        "CI must install {tool} (.ci/run)"
    );
    ok
}

struct Setup {
    _tmp: tempfile::TempDir,
    archive: PathBuf,
    keys: PathBuf,
    dir: PathBuf,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("sample");
    super::copy_dir(&super::repo().join("fixtures/sample"), &archive);
    let keys = tmp.path().join("keys");
    zicha()
        .args(["keygen", "--out"])
        .arg(&keys)
        .args(["--name", "龙凤园社区居委会"])
        .assert()
        .code(0);
    let dir = tmp.path().to_path_buf();
    Setup {
        _tmp: tmp,
        archive,
        keys,
        dir,
    }
}

fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}

fn dossier(s: &Setup, out: &Path, signed: bool) {
    let mut c = zicha();
    c.arg("dossier")
        .arg(&s.archive)
        .arg("-o")
        .arg(out)
        .args(["--date", &today()]);
    if signed {
        c.arg("--key")
            .arg(s.keys.join("signing-key.pem"))
            .arg("--cert")
            .arg(s.keys.join("signing-cert.pem"));
    }
    c.assert().code(0);
}

fn verify(s: &Setup, pdf: &Path) -> (i32, Value) {
    let out = zicha()
        .arg("verify")
        .arg(pdf)
        .arg("--archive")
        .arg(&s.archive)
        .arg("--cert")
        .arg(s.keys.join("signing-cert.pem"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        serde_json::from_slice(&out.stdout).unwrap(),
    )
}

#[test]
fn keygen_writes_a_private_key_only_its_owner_can_read() {
    let s = setup();
    let key = s.keys.join("signing-key.pem");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    assert!(
        fs::read_to_string(&key)
            .unwrap()
            .starts_with("-----BEGIN PRIVATE KEY-----")
    );
    assert!(
        fs::read_to_string(s.keys.join("signing-cert.pem"))
            .unwrap()
            .starts_with("-----BEGIN CERTIFICATE-----")
    );
    // Never overwrites a key.
    zicha()
        .args(["keygen", "--out"])
        .arg(&s.keys)
        .assert()
        .code(2);
    // The key never ends up in a dossier.
    let pdf = s.dir.join("自查报告.pdf");
    dossier(&s, &pdf, true);
    let key_text = fs::read_to_string(&key).unwrap();
    let body: String = key_text
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect();
    let bytes = fs::read(&pdf).unwrap();
    assert!(!bytes.windows(20).any(|w| w == &body.as_bytes()[..20]));
}

#[test]
fn the_signed_dossier_reads_verifies_and_is_reproducible() {
    let s = setup();
    let pdf = s.dir.join("自查报告.pdf");
    dossier(&s, &pdf, true);
    let bytes = fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 2 * 1024 * 1024, "{} bytes", bytes.len());
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
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(squeezed.contains("自查报告"));
        for needle in [
            "龙凤园社区",
            "一、总体情况",
            "二、各要素自查情况",
            "要素 9 事故与伤害记录",
            "2025年无伤害记录",
            "附录 文件清单",
            "通过",
        ] {
            assert!(text.contains(needle), "pdftotext lacks {needle}");
        }
    }
    if have("pdftotext") {
        // The score printed is the audit's.
        let audit = zicha()
            .arg("audit")
            .arg(&s.archive)
            .args(["--format", "json", "--today", &today()])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&audit.stdout).unwrap();
        let earned = v["score"]["earned"].as_f64().unwrap();
        let text = String::from_utf8(
            Std::new("pdftotext")
                .arg(&pdf)
                .arg("-")
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap();
        let shown = format!("{earned}");
        assert!(text.contains(&shown), "score {shown} not in the PDF text");
    }
    if have("pdfsig") {
        let out = String::from_utf8(Std::new("pdfsig").arg(&pdf).output().unwrap().stdout).unwrap();
        assert!(out.contains("Signature is Valid"), "{out}");
        assert!(out.contains("Total document signed"), "{out}");
        assert!(out.contains("adbe.pkcs7.detached"), "{out}");
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
        assert!(
            out.contains("zicha-audit.json") && out.contains("zicha-manifest.json"),
            "{out}"
        );
        let audit = s.dir.join("audit.json");
        Std::new("pdfdetach")
            .arg("-savefile")
            .arg("zicha-audit.json")
            .arg("-o")
            .arg(&audit)
            .arg(&pdf)
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&fs::read(&audit).unwrap()).unwrap();
        assert_eq!(v["score"]["verdict"], "pass");
    }
    let (code, v) = verify(&s, &pdf);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["signature"]["status"], "valid");
    assert_eq!(v["expected_signer"], true);
    assert!(v["archive"]["changed"].as_array().unwrap().is_empty());
    // The same archive and date give the same bytes, signature included.
    let again = s.dir.join("again.pdf");
    dossier(&s, &again, true);
    assert_eq!(
        fs::read(&again).unwrap(),
        bytes,
        "dossier bytes differ between runs"
    );
    // The text report: verdict first.
    let out = zicha()
        .arg("verify")
        .arg(&pdf)
        .arg("--archive")
        .arg(&s.archive)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("✓ 核验通过"));
    // Without --cert, who signed is shown but not vouched for, and the report says so.
    assert!(text.contains("签署证书：未核对"), "{text}");
}

#[test]
fn any_change_fails_verification_and_is_named() {
    let s = setup();
    let pdf = s.dir.join("自查报告.pdf");
    dossier(&s, &pdf, true);
    // One byte of the PDF.
    let mut bytes = fs::read(&pdf).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x01;
    let flipped = s.dir.join("flipped.pdf");
    fs::write(&flipped, &bytes).unwrap();
    let (code, v) = verify(&s, &flipped);
    assert_eq!(code, 1);
    assert_eq!(v["signature"]["status"], "invalid", "{v}");
    if have("pdfsig") {
        let out =
            String::from_utf8(Std::new("pdfsig").arg(&flipped).output().unwrap().stdout).unwrap();
        assert!(!out.contains("Signature is Valid"), "{out}");
    }
    // The signature's /Contents broken so that the dictionary no longer parses: a broken
    // signature, never an unsigned dossier.
    let mut bytes = fs::read(&pdf).unwrap();
    let at = bytes
        .windows(b"/Contents <".len())
        .rposition(|w| w == b"/Contents <")
        .expect("a signature");
    bytes[at + "/Contents ".len()] = b'[';
    let broken = s.dir.join("broken-contents.pdf");
    fs::write(&broken, &bytes).unwrap();
    let (code, v) = verify(&s, &broken);
    assert_eq!(code, 1);
    assert_eq!(v["signature"]["status"], "invalid", "{v}");
    // One byte of one evidence file; a file added; a file removed.
    let evidence = s.archive.join("09 伤害记录/2024年上半年伤害登记表.md");
    let evidence = if evidence.exists() {
        evidence
    } else {
        walkdir::WalkDir::new(s.archive.join("09 伤害记录"))
            .into_iter()
            .filter_map(Result::ok)
            .find(|e| e.file_type().is_file())
            .unwrap()
            .into_path()
    };
    let mut content = fs::read(&evidence).unwrap();
    content[0] ^= 0x20;
    fs::write(&evidence, content).unwrap();
    fs::write(s.archive.join("补充材料.md"), "# 后补的会议纪要\n").unwrap();
    fs::remove_file(s.archive.join("10 档案管理/新建文本文档.txt")).unwrap();
    let (code, v) = verify(&s, &pdf);
    assert_eq!(code, 1);
    assert_eq!(
        v["signature"]["status"], "valid",
        "the PDF itself is intact"
    );
    let rel = evidence
        .strip_prefix(&s.archive)
        .unwrap()
        .to_string_lossy()
        .to_string();
    assert_eq!(v["archive"]["changed"], serde_json::json!([rel]));
    assert_eq!(v["archive"]["added"], serde_json::json!(["补充材料.md"]));
    assert_eq!(
        v["archive"]["removed"],
        serde_json::json!(["10 档案管理/新建文本文档.txt"])
    );
    let out = zicha()
        .arg("verify")
        .arg(&pdf)
        .arg("--archive")
        .arg(&s.archive)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("✗ 核验未通过")
            && text.contains("内容已改变")
            && text.contains("补充材料.md"),
        "{text}"
    );
}

#[test]
fn unsigned_or_signed_by_someone_else_does_not_pass() {
    let s = setup();
    let unsigned = s.dir.join("unsigned.pdf");
    dossier(&s, &unsigned, false);
    let (code, v) = verify(&s, &unsigned);
    assert_eq!(code, 1);
    assert_eq!(v["signature"]["status"], "unsigned");
    let other = s.dir.join("other-keys");
    zicha()
        .args(["keygen", "--out"])
        .arg(&other)
        .assert()
        .code(0);
    let pdf = s.dir.join("signed.pdf");
    dossier(&s, &pdf, true);
    let out = zicha()
        .arg("verify")
        .arg(&pdf)
        .arg("--cert")
        .arg(other.join("signing-cert.pem"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["expected_signer"], false);
    // A key that does not belong to the certificate is refused before anything is written.
    let out = zicha()
        .arg("dossier")
        .arg(&s.archive)
        .arg("-o")
        .arg(s.dir.join("x.pdf"))
        .arg("--key")
        .arg(other.join("signing-key.pem"))
        .arg("--cert")
        .arg(s.keys.join("signing-cert.pem"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("私钥与证书不匹配"));
    assert!(!s.dir.join("x.pdf").exists());
}

#[test]
fn a_pkcs12_file_as_a_ca_issues_it_signs_too() {
    if !have("openssl") {
        return;
    }
    let s = setup();
    let d = &s.dir;
    let run = |args: &[&str]| {
        let out = Std::new("openssl")
            .args(args)
            .current_dir(d)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "rsa.key",
        "-out",
        "rsa.crt",
        "-days",
        "30",
        "-subj",
        "/CN=Fengqi Street Office",
    ]);
    run(&[
        "pkcs12",
        "-export",
        "-inkey",
        "rsa.key",
        "-in",
        "rsa.crt",
        "-out",
        "office.p12",
        "-passout",
        "pass:s3cret",
    ]);
    let pdf = d.join("p12.pdf");
    zicha()
        .arg("dossier")
        .arg(&s.archive)
        .arg("-o")
        .arg(&pdf)
        .arg("--key")
        .arg(d.join("office.p12"))
        .args(["--password", "s3cret", "--date", &today()])
        .assert()
        .code(0);
    let out = zicha()
        .arg("verify")
        .arg(&pdf)
        .arg("--cert")
        .arg(d.join("rsa.crt"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{v}");
    assert_eq!(v["signature"]["signer"], "Fengqi Street Office");
    if have("pdfsig") {
        let out = String::from_utf8(Std::new("pdfsig").arg(&pdf).output().unwrap().stdout).unwrap();
        assert!(out.contains("Signature is Valid"), "{out}");
    }
    // A wrong password is a clear error.
    let out = zicha()
        .arg("dossier")
        .arg(&s.archive)
        .arg("-o")
        .arg(d.join("bad.pdf"))
        .arg("--key")
        .arg(d.join("office.p12"))
        .args(["--password", "wrong"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PKCS#12"));
}

#[test]
fn a_private_key_left_in_the_archive_is_named_and_kept_out_of_the_manifest() {
    let s = setup();
    let pdf = s.dir.join("before.pdf");
    dossier(&s, &pdf, true);
    let (_, before) = verify(&s, &pdf);
    // The README's workflow run inside the archive leaves the key there.
    let inside = s.archive.join("签名");
    fs::create_dir_all(&inside).unwrap();
    fs::copy(
        s.keys.join("signing-key.pem"),
        inside.join("signing-key.pem"),
    )
    .unwrap();
    let out = zicha()
        .arg("audit")
        .arg(&s.archive)
        .args(["--format", "json", "--no-history"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let documents = report["documents"].as_array().unwrap();
    assert!(
        documents
            .iter()
            .all(|d| d["path"] != "签名/signing-key.pem")
    );
    let named = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["code"] == "private-key" && d["path"] == "签名/signing-key.pem");
    assert!(named, "{:#}", report["diagnostics"]);
    // The manifest is the archive's material only: the dossier signed before still matches.
    let (code, after) = verify(&s, &pdf);
    assert_eq!(code, 0, "{after:#}");
    assert_eq!(after["archive"]["added"].as_array().map(Vec::len), Some(0));
    assert_eq!(before["manifest_files"], after["manifest_files"]);
}
