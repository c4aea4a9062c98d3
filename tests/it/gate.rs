//! The CI gate (zicha.yaml `gate:` and flags), its exit codes, and progress between runs
//! (`zicha diff`, "since last run").

use std::fs;
use std::path::Path;

use serde_json::Value;

use super::{copy_dir, repo, zicha};

fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("fixtures/sample"), dir.path());
    dir
}

fn run(root: &Path, args: &[&str]) -> (i32, String, String) {
    let out = zicha()
        .arg("audit")
        .arg(root)
        .args(["--today", "2026-11-27"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn json(root: &Path, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = run(root, &all);
    assert!(!out.is_empty(), "{err}");
    (code, serde_json::from_str(&out).unwrap())
}

fn add_gate(root: &Path, gate: &str) {
    let path = root.join("zicha.yaml");
    let mut yaml = fs::read_to_string(&path).unwrap();
    yaml.push_str(gate);
    fs::write(path, yaml).unwrap();
}

#[test]
fn a_gate_in_zicha_yaml_fails_the_run_with_exit_1_and_says_why() {
    let dir = sample_copy();
    let (code, r) = json(dir.path(), &[]);
    assert_eq!(code, 0);
    assert!(r.get("gate").is_none(), "no gate, no gate result");
    let percent = r["score"]["percent"].as_f64().unwrap();

    add_gate(
        dir.path(),
        "gate:\n  min_score: 90\n  no_unreadable: true\n",
    );
    let (code, r) = json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(r["gate"]["passed"], false);
    let rules: Vec<&str> = r["gate"]["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    // The sample scores about 85 % and has an undated scan (no-date is a warning, not an error).
    assert!(percent < 90.0);
    assert_eq!(rules, ["min-score"]);

    // The same gate in the terminal and in JUnit: output complete, exit 1.
    let (code, text, _) = run(dir.path(), &[]);
    assert_eq!(code, 1);
    assert!(
        text.contains("门槛 未通过") && text.contains("低于门槛 90%"),
        "{text}"
    );
    let (code, junit, _) = run(dir.path(), &["--format", "junit"]);
    assert_eq!(code, 1);
    assert!(junit.contains("<testsuites") && junit.contains("</testsuites>"));
    // The pipeline's test view says why: the gate's rules are test cases, the one missed fails.
    assert!(
        junit.contains(r#"<testcase name="min-score 得分率不低于 90%" classname="zicha.gate""#)
            && junit.contains(r#"type="gate""#)
            && junit.contains(r#"<testcase name="unreadable 没有错误级的文件问题" classname="zicha.gate" time="0.000"/>"#),
        "{junit}"
    );

    // A flag overrides the file's threshold.
    let (code, r) = json(dir.path(), &["--fail-under", "50"]);
    assert_eq!(code, 0, "{}", r["gate"]);
    assert_eq!(r["gate"]["passed"], true);
}

#[test]
fn severities_are_raised_and_lowered_per_code() {
    let dir = sample_copy();
    let (_, before) = json(dir.path(), &[]);
    let count = |r: &Value, code: &str| {
        r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == code)
            .count()
    };
    assert!(count(&before, "legacy-encoding") > 0);

    let (code, r) = json(
        dir.path(),
        &[
            "--severity",
            "legacy-encoding=off",
            "--severity",
            "empty-file=error",
            "--no-unreadable",
        ],
    );
    assert_eq!(code, 1);
    assert_eq!(count(&r, "legacy-encoding"), 0, "off drops the diagnostic");
    let empty: Vec<&Value> = r["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "empty-file")
        .collect();
    assert_eq!(empty[0]["severity"], "error");
    assert_eq!(
        r["summary"]["errors"].as_u64().unwrap(),
        before["summary"]["errors"].as_u64().unwrap() + 1
    );
    let failure = &r["gate"]["failures"][0];
    assert_eq!(failure["rule"], "unreadable");
    assert!(
        failure["message"]
            .as_str()
            .unwrap()
            .contains("10 档案管理/新建文本文档.txt")
    );
    // The score does not move: severities change what is reported, not what is evidence.
    assert_eq!(r["score"], before["score"]);
}

#[test]
fn tool_errors_exit_2_and_never_look_like_a_result() {
    let dir = sample_copy();
    // An unknown code in the gate: the file and line are named.
    add_gate(dir.path(), "gate:\n  severity:\n    no-such-code: error\n");
    let (code, out, err) = run(dir.path(), &["--format", "junit"]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "no report on a tool error: {out}");
    assert!(
        err.contains("zicha.yaml:") && err.contains("no-such-code"),
        "{err}"
    );
    // A bad flag and a missing archive.
    let (code, out, _) = run(dir.path(), &["--severity", "no-date=loud"]);
    assert_eq!((code, out.as_str()), (2, ""));
    let (code, out, _) = run(&dir.path().join("不存在"), &["--format", "sarif"]);
    assert_eq!((code, out.as_str()), (2, ""));
}

/// The 2025 injury register the sample lacks (its deliberate gap), as an archivist would add it.
fn add_documents(root: &Path) {
    fs::write(
        root.join("09 伤害记录/2025年上半年伤害登记表.md"),
        "# 2025年上半年伤害登记表\n\n| 序号 | 日期 | 性别 | 年龄 | 伤害类型 | 地点 |\n|---|---|---|---|---|---|\n\
         | 1 | 2025-03-02 | 女 | 80 | 跌倒 | 家中 |\n| 2 | 2025-05-19 | 男 | 35 | 道路交通伤害 | 南门路口 |\n\n\
         填报单位：龙凤园社区卫生服务站\n2025年6月30日\n",
    )
    .unwrap();
    // …and deletes the empty file left by mistake.
    fs::remove_file(root.join("10 档案管理/新建文本文档.txt")).unwrap();
}

#[test]
fn diff_of_two_runs_before_and_after_adding_documents() {
    let dir = sample_copy();
    let out = tempfile::tempdir().unwrap();
    let (_, old) = json(dir.path(), &[]);
    fs::write(out.path().join("old.json"), old.to_string()).unwrap();
    add_documents(dir.path());
    let (_, new) = json(dir.path(), &[]);
    fs::write(out.path().join("new.json"), new.to_string()).unwrap();

    let diff = zicha()
        .args(["diff", "--format", "json"])
        .arg(out.path().join("old.json"))
        .arg(out.path().join("new.json"))
        .output()
        .unwrap();
    assert_eq!(diff.status.code(), Some(0));
    let d: Value = serde_json::from_slice(&diff.stdout).unwrap();
    assert_eq!(d["schema"], "zicha-diff/1");
    assert_eq!(
        d["documents_added"],
        serde_json::json!(["09 伤害记录/2025年上半年伤害登记表.md"])
    );
    assert_eq!(
        d["documents_removed"],
        serde_json::json!(["10 档案管理/新建文本文档.txt"])
    );
    assert!(
        d["gaps_closed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["gap"] == "2025年无伤害记录"),
        "{}",
        d["gaps_closed"]
    );
    let changed: Vec<&Value> = d["indicators"].as_array().unwrap().iter().collect();
    assert!(!changed.is_empty());
    for i in &changed {
        assert_ne!(
            (&i["old_earned"], &i["old_grades"]),
            (&i["new_earned"], &i["new_grades"]),
            "only indicators that changed are listed"
        );
    }
    let gained: f64 = changed
        .iter()
        .map(|i| i["new_earned"].as_f64().unwrap() - i["old_earned"].as_f64().unwrap())
        .sum();
    let delta = new["score"]["earned"].as_f64().unwrap() - old["score"]["earned"].as_f64().unwrap();
    assert!(delta > 0.0);
    assert!(
        (gained - delta).abs() < 0.05,
        "indicator changes {gained} add up to the score change {delta}"
    );

    // The same in the terminal.
    let text = zicha()
        .arg("diff")
        .arg(out.path().join("old.json"))
        .arg(out.path().join("new.json"))
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("补齐缺口") && text.contains("+ 09 伤害记录/2025年上半年伤害登记表.md"),
        "{text}"
    );

    // Not an audit result: exit 2, the file named.
    let bad = zicha()
        .arg("diff")
        .arg(out.path().join("old.json"))
        .arg(repo().join("fixtures/sample/zicha.yaml"))
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("zicha.yaml"));
}

#[test]
fn the_terminal_report_shows_progress_since_the_last_run() {
    let dir = sample_copy();
    let state = tempfile::tempdir().unwrap();
    let audit = |args: &[&str]| {
        let out = zicha()
            .env_remove("ZICHA_NO_HISTORY")
            .arg("audit")
            .arg(dir.path())
            .args(["--today", "2026-11-27", "--state"])
            .arg(state.path())
            .args(args)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let first = audit(&[]);
    assert!(
        !first.contains("自上次运行以来"),
        "nothing to compare with on the first run"
    );
    assert!(state.path().join("last-audit.json").is_file());
    let json_before = audit(&["--format", "json"]);
    let unchanged = audit(&[]);
    assert!(
        unchanged.contains("自上次运行以来\n  没有变化"),
        "{unchanged}"
    );
    add_documents(dir.path());
    let after = audit(&[]);
    let since = &after[after.find("自上次运行以来").expect(&after)..];
    assert!(
        since.contains("补齐缺口") && since.contains("+ 09 伤害记录/2025年上半年伤害登记表.md"),
        "{since}"
    );
    // The JSON never carries history: the same archive gives the same JSON.
    let json_again = audit(&["--format", "json"]);
    assert_ne!(json_before, json_again, "the archive changed");
    assert_eq!(json_again, audit(&["--format", "json"]));
    // Nothing was written into the archive but the state folder asked for.
    assert!(!dir.path().join(".zicha").exists());
}
