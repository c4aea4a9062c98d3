//! The bundled sample archive (`fixtures/sample`, 龙凤园社区): its findings, the JSON schema, the
//! exit codes and the terminal report are pinned here. The deliberate gaps are listed in
//! `fixtures/sample.EXPECTED.md`.

use super::zicha;
use serde_json::Value;

fn sample() -> std::path::PathBuf {
    super::repo().join("fixtures/sample")
}

fn audit(extra: &[&str]) -> (Value, Vec<u8>) {
    let stdout = super::stdout_of(
        zicha()
            .arg("audit")
            .arg(sample())
            .args(["--format", "json"])
            .args(extra),
    );
    (serde_json::from_slice(&stdout).unwrap(), stdout)
}

fn requirement<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["elements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["requirements"].as_array().unwrap())
        .find(|q| q["id"] == id)
        .unwrap_or_else(|| panic!("no requirement {id}"))
}

fn gaps(r: &Value, id: &str) -> Vec<String> {
    requirement(r, id)["gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_str().unwrap().to_string())
        .collect()
}

fn doc<'a>(r: &'a Value, path: &str) -> &'a Value {
    r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"] == path)
        .unwrap_or_else(|| panic!("no {path}"))
}

#[test]
fn the_deliberate_gaps_are_found_with_their_precise_messages() {
    let (r, _) = audit(&[]);
    assert!(
        gaps(&r, "40").contains(&"2025年无伤害记录".to_string()),
        "{:?}",
        gaps(&r, "40")
    );
    assert!(
        gaps(&r, "24").contains(&"交通安全项目缺少效果评估".to_string()),
        "{:?}",
        gaps(&r, "24")
    );
    assert!(
        gaps(&r, "28")
            .iter()
            .any(|g| g.starts_with("培训记录缺少参加人数")),
        "{:?}",
        gaps(&r, "28")
    );
    assert!(
        gaps(&r, "1").contains(
            &"2025年促进委员会会议纪要1次，少于《龙凤园社区安全社区促进委员会工作制度》规定的每半年1次（应不少于2次）"
                .to_string()
        ),
        "{:?}",
        gaps(&r, "1")
    );
    assert!(
        gaps(&r, "43").contains(&"无归档文件目录".to_string()),
        "{:?}",
        gaps(&r, "43")
    );
    assert!(
        gaps(&r, "33").contains(
            &"2025年无应急演练记录（《龙凤园社区突发事件综合应急预案》规定每年应有）".to_string()
        ),
        "{:?}",
        gaps(&r, "33")
    );
    // The training record lacking a count is named among the gap's documents.
    let detail = requirement(&r, "28")["gap_details"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| {
            g["message"]
                .as_str()
                .unwrap()
                .starts_with("培训记录缺少参加人数")
        })
        .unwrap()
        .clone();
    assert!(
        detail["paths"].as_array().unwrap().iter().any(|p| p
            .as_str()
            .unwrap()
            .contains("物业及保安人员应急救护培训记录")),
        "{detail}"
    );
    assert!(detail["hint"].as_str().unwrap().contains("参加人数"));
    // The three projects with an evaluation are not reported.
    for p in ["燃气使用安全", "治安防盗", "公共场所防火"] {
        assert!(
            !gaps(&r, "24").iter().any(|g| g.contains(p)),
            "{p}: {:?}",
            gaps(&r, "24")
        );
    }
}

#[test]
fn score_statuses_and_verdict_follow_the_scheme() {
    let (r, _) = audit(&[]);
    let score = &r["score"];
    assert_eq!(score["possible"], 150.0);
    assert_eq!(score["pass_threshold"], 100.0);
    let earned = score["earned"].as_f64().unwrap();
    assert!((100.0..150.0).contains(&earned), "{earned}");
    assert_eq!(
        score["verdict"], "pass",
        "≥100 with no indicator at 0 passes"
    );
    assert!(score["zero_indicators"].as_array().unwrap().is_empty());
    let percent = score["percent"].as_f64().unwrap();
    assert!((percent - earned / 1.5).abs() < 0.01);
    // Element scores add up to the total, indicator parts to the indicator.
    let elements = r["elements"].as_array().unwrap();
    assert_eq!(elements.len(), 12);
    let sum: f64 = elements.iter().map(|e| e["earned"].as_f64().unwrap()).sum();
    assert!((sum - earned).abs() < 0.05);
    for e in elements {
        for q in e["requirements"].as_array().unwrap() {
            let parts: f64 = q["parts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["earned"].as_f64().unwrap())
                .sum();
            assert!((parts - q["earned"].as_f64().unwrap()).abs() < 0.01);
            let status = q["status"].as_str().unwrap();
            assert_eq!(
                status == "met",
                q["gaps"].as_array().unwrap().is_empty() || status == "met"
            );
        }
    }
    // Element 4 (goals and plans) is fully evidenced in the sample; element 10 is not.
    assert_eq!(elements[3]["status"], "met");
    assert_eq!(elements[9]["status"], "partial");
}

#[test]
fn json_has_the_documented_schema() {
    let (r, _) = audit(&[]);
    for k in ["earned", "possible", "percent", "pass_threshold", "verdict"] {
        assert!(!r["score"][k].is_null(), "score.{k}");
    }
    let e = &r["elements"][0];
    for k in [
        "id",
        "title",
        "status",
        "earned",
        "possible",
        "requirements",
    ] {
        assert!(!e[k].is_null(), "elements[].{k}");
    }
    assert_eq!(e["id"], "1");
    let q = &e["requirements"][0];
    for k in ["id", "title", "status", "earned", "evidence", "gaps"] {
        assert!(!q[k].is_null(), "requirements[].{k}");
    }
    let docs = r["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 80);
    for d in docs {
        for k in ["path", "kind", "elements", "sha256", "diagnostics"] {
            assert!(d.get(k).is_some(), "documents[].{k}");
        }
        assert!(d.get("date").is_some());
        assert!(
            !d["path"].as_str().unwrap().starts_with('/'),
            "paths are relative"
        );
    }
    for d in r["diagnostics"].as_array().unwrap() {
        for k in ["code", "severity", "path", "message"] {
            assert!(!d[k].is_null(), "diagnostics[].{k}");
        }
    }
}

#[test]
fn documents_are_read_as_offices_keep_them() {
    let (r, _) = audit(&[]);
    let dup = doc(
        &r,
        "05 安全促进项目/燃气使用安全/燃气安全宣传活动记录 - 副本.md",
    );
    assert_eq!(
        dup["diagnostics"][0]["code"], "duplicate",
        "the copy, not the original, is the duplicate"
    );
    let docx = doc(
        &r,
        "01 组织机构与职责/委员会会议/20250516促进委员会会议/会议纪要.docx",
    );
    assert_eq!(docx["kind"], "minutes");
    assert_eq!(docx["date"], "2025-05-16", "date from the sidecar");
    let pdf = r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["format"] == "pdf" && d["path"].as_str().unwrap().starts_with("上级文件/"))
        .unwrap();
    let codes: Vec<&str> = pdf["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"outside-period") && codes.contains(&"no-text-layer"),
        "{codes:?}"
    );
    let gb18030 = r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            d["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x["code"] == "legacy-encoding")
        })
        .count();
    assert_eq!(gb18030, 8, "7 GBK files and 1 GB18030 file are decoded");
    let lock = r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["path"].as_str().unwrap().contains("~$"));
    assert!(!lock, "Office lock files are not documents");
    let scan = doc(&r, "09 伤害记录/扫描件001.jpg");
    assert_eq!(
        scan["kind"], "injury_record",
        "a scan is the record its folder holds"
    );
}

#[test]
fn output_is_deterministic_and_demo_matches_the_fixture() {
    let (_, a) = audit(&[]);
    let (_, b) = audit(&[]);
    assert_eq!(a, b);
    let tmp = tempfile::tempdir().unwrap();
    let demo = zicha()
        .current_dir(tmp.path())
        .args(["demo", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(demo.status.code(), Some(0));
    assert_eq!(
        demo.stdout, a,
        "zicha demo audits the embedded copy of fixtures/sample"
    );
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "demo leaves nothing behind"
    );
}

#[test]
fn fail_under_sets_the_exit_code() {
    let (r, _) = audit(&[]);
    let percent = r["score"]["percent"].as_f64().unwrap();
    let below = format!("{}", percent.floor() - 1.0);
    let above = format!("{}", percent.ceil() + 1.0);
    zicha()
        .arg("audit")
        .arg(sample())
        .args(["--format", "json", "--fail-under", &below])
        .assert()
        .code(0);
    zicha()
        .arg("audit")
        .arg(sample())
        .args(["--format", "json", "--fail-under", &above])
        .assert()
        .code(1);
    zicha()
        .arg("audit")
        .arg(sample())
        .args(["--fail-under", "很多"])
        .assert()
        .code(2);
}

#[test]
fn the_current_folder_is_the_default_archive() {
    let out = zicha()
        .current_dir(sample())
        .args(["audit", "--format", "json"])
        .output()
        .unwrap();
    let (_, expected) = audit(&[]);
    assert_eq!(out.stdout, expected);
}

#[test]
fn terminal_report_in_chinese_and_english() {
    let zh = zicha().arg("audit").arg(sample()).output().unwrap();
    let shown = format!(
        "exit: {}\n{}",
        zh.status.code().unwrap(),
        String::from_utf8(zh.stdout).unwrap()
    );
    insta::assert_snapshot!("sample_text_zh", shown);
    let en = zicha()
        .args(["--lang", "en", "audit"])
        .arg(sample())
        .output()
        .unwrap();
    let en = String::from_utf8(en.stdout).unwrap();
    assert!(en.contains("verdict pass"), "{en}");
    assert!(
        en.contains("project 交通安全: no effect evaluation"),
        "{en}"
    );
}

#[test]
fn broken_fixture_archives_fail_clearly() {
    let broken = super::repo().join("fixtures/broken");
    let out = zicha()
        .arg("audit")
        .arg(broken.join("bad-zicha-yaml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The parser notices the bad indentation on line 4 or 5, depending on how it reads the scalar.
    assert!(
        stderr.contains("zicha.yaml:4:") || stderr.contains("zicha.yaml:5:"),
        "{stderr}"
    );
    let out = zicha()
        .arg("audit")
        .arg(broken.join("unknown-standard"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    for (case, code) in [
        ("bad-front-matter", "invalid-metadata"),
        ("bad-sidecar", "invalid-metadata"),
        ("invalid-utf8", "undecodable-text"),
        ("empty", "empty-file"),
    ] {
        let out = zicha()
            .arg("audit")
            .arg(broken.join(case))
            .args(["--format", "json", "--today", "2025-06-01"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{case}");
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(
            r["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["code"] == code),
            "{case}: {}",
            r["diagnostics"]
        );
    }
}

#[test]
fn every_indicator_status_and_grade_is_pinned() {
    let (r, _) = audit(&[]);
    let mut lines = Vec::new();
    for e in r["elements"].as_array().unwrap() {
        lines.push(format!(
            "要素 {} {} {}/{}",
            e["id"].as_str().unwrap(),
            e["status"].as_str().unwrap(),
            e["earned"],
            e["possible"]
        ));
        for q in e["requirements"].as_array().unwrap() {
            let grades: Vec<String> = q["parts"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    format!(
                        "{}={} ({})",
                        p["id"].as_str().unwrap(),
                        p["grade"].as_str().unwrap(),
                        p["reason"].as_str().unwrap()
                    )
                })
                .collect();
            lines.push(format!(
                "  {:>2} {:<7} {:<4} {}",
                q["id"].as_str().unwrap(),
                q["status"].as_str().unwrap(),
                q["earned"],
                grades.join("; ")
            ));
        }
    }
    lines.push(format!(
        "total {} {}",
        r["score"]["earned"], r["score"]["verdict"]
    ));
    insta::assert_snapshot!("sample_indicators", lines.join("\n"));
}

#[test]
fn verbose_evidence_shows_what_was_read_of_each_document() {
    let out = super::zicha()
        .args(["audit", "--verbose", "--today", "2026-11-27"])
        .arg(super::repo().join("fixtures/sample"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // Date, head count, attendees named and the sign-in sheet beside the Word minutes.
    assert!(
        text.contains("证据 01 组织机构与职责/委员会会议/20250516促进委员会会议/会议纪要.docx  2025-05-16 · 12人 · 出席11人 · 有签到"),
        "{text}"
    );
    // The rows of an Excel sign-in sheet are its head count.
    assert!(
        text.contains("2024年3月20日安全社区知识培训签到表.xlsx  2024-03-20 · 45人 · 有签到"),
        "{text}"
    );
}
