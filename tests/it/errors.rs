//! Bad input: each gives a clear error (exit 2) or a diagnostic, never a panic, and zicha writes
//! nothing into the archive.

use std::fs;
use std::path::Path;

use super::zicha;
use predicates::prelude::*;
use serde_json::Value;

fn audit_json(dir: &Path) -> Value {
    let out = zicha()
        .args(["audit", "--format", "json"])
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn codes_for(report: &Value, path: &str) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"] == path)
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

fn listing(dir: &Path) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            (
                e.path().display().to_string(),
                e.metadata().map(|m| m.len()).unwrap_or(0),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn missing_archive_is_an_input_error_in_chinese_and_english() {
    zicha()
        .args(["audit", "/definitely/not/here"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("找不到档案文件夹")
                .and(predicate::str::contains("/definitely/not/here")),
        );
    zicha()
        .args(["--lang", "en", "audit", "/definitely/not/here"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("archive folder not found"));
    zicha()
        .env("ZICHA_LANG", "en")
        .args(["audit", "/definitely/not/here"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("archive folder not found"));
}

#[test]
fn malformed_zicha_yaml_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("zicha.yaml"),
        "community: 测试社区\nperiod: {start: 2024-01-01, end: [\n",
    )
    .unwrap();
    fs::write(dir.path().join("会议纪要.md"), "# 会议纪要\n").unwrap();
    zicha()
        .arg("audit")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("zicha.yaml:").and(predicate::str::contains("YAML 格式错误")),
        );
}

#[test]
fn zicha_yaml_with_a_reversed_period_or_unknown_field_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("zicha.yaml"),
        "period: {start: 2025-01-01, end: 2024-01-01}\n",
    )
    .unwrap();
    zicha()
        .arg("audit")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("zicha.yaml:1"));
    fs::write(dir.path().join("zicha.yaml"), "communty: 拼错\n").unwrap();
    zicha()
        .arg("audit")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("communty"));
}

#[test]
fn unknown_standard_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("zicha.yaml"),
        "standard: no-such-standard\n",
    )
    .unwrap();
    zicha()
        .arg("audit")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("未知的标准：no-such-standard"));
}

#[test]
fn bad_metadata_gbk_invalid_utf8_empty_and_huge_files_become_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("zicha.yaml"),
        "period: {start: 2024-01-01, end: 2025-12-31}\n",
    )
    .unwrap();
    fs::write(
        d.join("坏的front matter.md"),
        "---\ntitle: [未闭合\n---\n# 培训记录\n",
    )
    .unwrap();
    fs::write(d.join("活动照片.jpg"), [0xFF, 0xD8, 0xFF, 0xD9]).unwrap();
    fs::write(d.join("活动照片.jpg.meta.yaml"), "date: 明天\n").unwrap();
    fs::write(d.join("孤儿.pdf.meta.yaml"), "title: 无主\n").unwrap();
    let (gbk, _, _) = encoding_rs::GBK.encode("2024年3月12日燃气安全培训记录\n参加人数：45人\n");
    fs::write(d.join("燃气培训记录.txt"), &gbk).unwrap();
    fs::write(
        d.join("乱码.md"),
        [0x00, 0xFF, 0xFE, 0x12, 0x80, 0x00, 0x9F],
    )
    .unwrap();
    fs::write(d.join("空白.txt"), "").unwrap();
    fs::write(d.join("巨大的巡查记录.txt"), "巡查".repeat(600_000)).unwrap();
    fs::write(d.join("~$会议纪要.docx"), "lock").unwrap();
    fs::write(d.join(".DS_Store"), "x").unwrap();
    fs::write(d.join("损坏的会议纪要.docx"), "PK\u{3}\u{4}truncated").unwrap();
    // Traditional script, in Big5 and in UTF-8, is recognised like Simplified.
    let (big5, _, _) = encoding_rs::BIG5
        .encode("安全社區促進委員會會議紀要\n會議時間：2024年5月6日\n參會人員：陳大文、林小明\n");
    fs::write(d.join("文件一.txt"), &big5).unwrap();
    fs::write(
        d.join("燃氣安全培訓簽到表.md"),
        "| 序號 | 姓名 |\n|---|---|\n| 1 | 陳大文 |\n",
    )
    .unwrap();
    let before = listing(d);

    let stdout = super::stdout_of(
        zicha()
            .args(["audit", "--format", "json", "--max-file-size", "1"])
            .arg(d),
    );
    let r: Value = serde_json::from_slice(&stdout).unwrap();

    assert!(codes_for(&r, "坏的front matter.md").contains(&"invalid-metadata".into()));
    assert!(codes_for(&r, "活动照片.jpg.meta.yaml").contains(&"invalid-metadata".into()));
    assert!(codes_for(&r, "孤儿.pdf.meta.yaml").contains(&"orphan-sidecar".into()));
    assert_eq!(codes_for(&r, "燃气培训记录.txt"), vec!["legacy-encoding"]);
    assert!(codes_for(&r, "乱码.md").contains(&"undecodable-text".into()));
    assert!(codes_for(&r, "空白.txt").contains(&"empty-file".into()));
    assert!(codes_for(&r, "巨大的巡查记录.txt").contains(&"too-large".into()));
    assert!(codes_for(&r, "损坏的会议纪要.docx").contains(&"damaged-file".into()));

    let docs = r["documents"].as_array().unwrap();
    let paths: Vec<&str> = docs.iter().map(|d| d["path"].as_str().unwrap()).collect();
    assert!(
        !paths
            .iter()
            .any(|p| p.starts_with("~$") || p.starts_with('.')),
        "{paths:?}"
    );
    let gbk_doc = docs
        .iter()
        .find(|d| d["path"] == "燃气培训记录.txt")
        .unwrap();
    assert_eq!(gbk_doc["kind"], "training");
    assert_eq!(gbk_doc["date"], "2024-03-12");
    assert_eq!(gbk_doc["facts"]["participants"], 45);
    let big5 = docs.iter().find(|d| d["path"] == "文件一.txt").unwrap();
    assert_eq!(big5["kind"], "minutes", "{big5}");
    assert_eq!(big5["date"], "2024-05-06");
    assert_eq!(
        big5["title"], "安全社區促進委員會會議紀要",
        "titles are shown as written"
    );
    let traditional = docs
        .iter()
        .find(|d| d["path"] == "燃氣安全培訓簽到表.md")
        .unwrap();
    assert_eq!(traditional["kind"], "signin");
    let huge = docs
        .iter()
        .find(|d| d["path"] == "巨大的巡查记录.txt")
        .unwrap();
    assert_eq!(
        huge["sha256"].as_str().unwrap().len(),
        64,
        "huge files are still hashed"
    );
    // The front matter was bad, so the kind comes from the heading.
    let bad_fm = docs
        .iter()
        .find(|d| d["path"] == "坏的front matter.md")
        .unwrap();
    assert_eq!(bad_fm["kind"], "training");

    assert_eq!(before, listing(d), "the archive must not be modified");
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_links_leaving_the_archive_are_skipped() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("秘密.txt"), "不应被读取的外部文件").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("培训")).unwrap();
    fs::write(
        d.join("培训/2024.3.1 培训记录.md"),
        "# 培训记录\n参加人数：30人\n",
    )
    .unwrap();
    symlink(d, d.join("培训/回到根目录")).unwrap();
    symlink(d.join("loop-a"), d.join("loop-b")).unwrap();
    symlink(d.join("loop-b"), d.join("loop-a")).unwrap();
    symlink(outside.path().join("秘密.txt"), d.join("外部链接.txt")).unwrap();
    symlink(outside.path(), d.join("外部文件夹")).unwrap();
    symlink(d.join("培训/2024.3.1 培训记录.md"), d.join("内部链接.md")).unwrap();

    let r = audit_json(d);
    let docs: Vec<&str> = r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["path"].as_str().unwrap())
        .collect();
    assert!(docs.contains(&"培训/2024.3.1 培训记录.md"));
    assert!(
        docs.contains(&"内部链接.md"),
        "a link to a file inside the archive is read"
    );
    assert!(
        !docs
            .iter()
            .any(|p| p.contains("外部") || p.contains("秘密")),
        "{docs:?}"
    );
    for p in [
        "外部链接.txt",
        "外部文件夹",
        "loop-a",
        "loop-b",
        "培训/回到根目录",
    ] {
        assert_eq!(codes_for(&r, p), vec!["unsafe-link"], "{p}");
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_archive_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("只读档案");
    fs::create_dir(&d).unwrap();
    fs::write(
        d.join("2024.5.1 应急演练记录.md"),
        "# 应急演练记录\n参演人员：50人\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&d, fs::Permissions::from_mode(0o555)).unwrap();
    let r = audit_json(&d);
    fs::set_permissions(&d, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(r["documents"][0]["kind"], "drill");
    assert!(!d.join(".zicha").exists());
}

#[test]
fn standard_lint_reports_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = super::repo().join("standards/aqt9001-2006.yaml");
    let text = fs::read_to_string(&good).unwrap();
    // An unknown kind in an evidence rule, and a per_year parameter that does not exist.
    // The first evidence rule's kinds (rules are indented 16 spaces; elements have kinds too).
    let first_kinds = text.find("\n                kinds: [").unwrap() + 1 + 16;
    let mut bad = text.clone();
    bad.replace_range(
        first_kinds..first_kinds + "kinds: [".len(),
        "kinds: [no_such_kind, ",
    );
    let line = bad[..first_kinds].lines().count() as u64;
    let stdout = lint_fails(&dir.path().join("坏标准.yaml"), &bad);
    assert!(stdout.contains("no_such_kind"), "{stdout}");
    // The problem is reported at the rule's label line, a few lines above the kinds line.
    let reported: u64 = stdout.split(':').nth(1).unwrap().parse().unwrap();
    assert!(
        reported > 0 && reported <= line + 1 && line - reported < 6,
        "reported {reported}, kinds at {line}"
    );

    let path2 = dir.path().join("语法错误.yaml");
    fs::write(&path2, "schema: zicha-standard/1\nid: x\n  code: [\n").unwrap();
    zicha()
        .args(["standard", "lint"])
        .arg(&path2)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("语法错误.yaml:"));

    zicha()
        .args(["standard", "lint"])
        .arg(&good)
        .assert()
        .code(0);
}

#[test]
fn standard_lint_names_a_kind_no_rule_accepts() {
    // The archive catalogue once counted nowhere: the rules asked for "other" and "roster".
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(super::repo().join("standards/aqt9001-2006.yaml")).unwrap();
    let bad = text
        .replace(
            "kinds: [catalogue, other, roster]",
            "kinds: [other, roster]",
        )
        .replace(
            "kinds: [other, implementation, roster, catalogue]",
            "kinds: [other, implementation, roster]",
        );
    assert_ne!(bad, text);
    let stdout = lint_fails(&dir.path().join("no-catalogue.yaml"), &bad);
    assert!(
        stdout.contains("catalogue") && stdout.contains("永远不会计分"),
        "{stdout}"
    );
    // The bundled standard passes.
    zicha()
        .args(["standard", "lint"])
        .arg(super::repo().join("standards/aqt9001-2006.yaml"))
        .assert()
        .code(0);
}

/// Writes a standard to `path`, lints it, requires exit 2 and returns what lint printed.
fn lint_fails(path: &std::path::Path, text: &str) -> String {
    fs::write(path, text).unwrap();
    let out = zicha()
        .args(["standard", "lint"])
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    String::from_utf8(out.stdout).unwrap()
}
