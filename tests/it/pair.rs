//! One archive written twice (fixtures/pair/, from fixtures/tools/make_pair.py): every document as
//! Markdown, and the same documents as an office keeps them (Word, WPS, Excel, an .et workbook,
//! PDF with a text layer, web pages, a Word "web page" named .doc, GBK text, a GBK CSV). Reading
//! the office formats must lose nothing the audit or the search relies on.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{repo, zicha};

fn side(name: &str) -> PathBuf {
    repo().join("fixtures/pair").join(name)
}

fn audit(root: &Path) -> Value {
    let stdout = super::stdout_of(
        zicha()
            .args(["audit", "--format", "json", "--today", "2025-12-01"])
            .arg(root),
    );
    serde_json::from_slice(&stdout).unwrap()
}

/// A path without its extension: the two sides name documents alike but for the extension.
fn stem(path: &str) -> String {
    match path.rsplit_once('.') {
        Some((s, _)) => s.to_string(),
        None => path.to_string(),
    }
}

fn documents(report: &Value) -> BTreeMap<String, &Value> {
    report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (stem(d["path"].as_str().unwrap()), d))
        .collect()
}

/// What the audit concluded about a document, apart from how its bytes were encoded.
fn judgement(doc: &Value) -> Value {
    let codes: Vec<&Value> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["code"])
        .filter(|c| *c != "legacy-encoding")
        .collect();
    serde_json::json!({
        "kind": doc["kind"], "date": doc["date"], "title": doc["title"],
        "author": doc["author"], "reference": doc["reference"], "subject": doc["subject"],
        "elements": doc["elements"], "facts": doc["facts"], "diagnostics": codes,
    })
}

fn findings(report: &Value) -> Value {
    let indicators: Vec<Value> = report["elements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["requirements"].as_array().unwrap())
        .map(|i| {
            let evidence: Vec<String> = i["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| stem(p.as_str().unwrap()))
                .collect();
            serde_json::json!({
                "id": i["id"], "status": i["status"], "earned": i["earned"],
                "parts": i["parts"], "gaps": i["gaps"], "evidence": evidence,
            })
        })
        .collect();
    serde_json::json!({ "score": report["score"], "indicators": indicators })
}

#[test]
fn office_formats_give_the_same_findings_as_markdown() {
    let markdown = audit(&side("markdown"));
    let mixed = audit(&side("mixed"));
    let (md_docs, mixed_docs) = (documents(&markdown), documents(&mixed));
    assert_eq!(md_docs.len(), 14);
    assert_eq!(
        md_docs.keys().collect::<Vec<_>>(),
        mixed_docs.keys().collect::<Vec<_>>()
    );

    let formats: Vec<&str> = mixed_docs
        .values()
        .map(|d| d["format"].as_str().unwrap())
        .collect();
    for f in [
        "docx", "wps", "xlsx", "et", "pdf", "html", "doc", "csv", "txt",
    ] {
        assert!(
            formats.contains(&f),
            "the mixed side has no .{f}: {formats:?}"
        );
    }
    for (key, md) in &md_docs {
        let office = mixed_docs[key];
        // The equality below must come from the text, not only from the file names: every office
        // file's text is read, about as long as the Markdown's.
        let (a, b) = (
            md["text_chars"].as_f64().unwrap(),
            office["text_chars"].as_f64().unwrap(),
        );
        assert!(
            b > 0.9 * a && b < 1.1 * a,
            "{key}: {b} characters read, Markdown has {a}"
        );
        assert_eq!(judgement(md), judgement(office), "{key}");
    }
    // The sign-in sheet's rows, and participant counts written in Word, PDF and HTML, are facts.
    let signin = mixed_docs["06 宣传教育培训/2025年燃气安全培训签到表"];
    assert_eq!(signin["facts"]["participants"], 23);
    let drill = mixed_docs["07应急预案与演练/2025年消防应急疏散演练总结"];
    assert_eq!(drill["facts"]["participants"], 120);
    assert_eq!(findings(&markdown), findings(&mixed));
}

fn search(root: &Path, state: &Path, query: &str) -> Vec<String> {
    let out = zicha()
        .args(["search", query, "--format", "json", "-n", "50", "--archive"])
        .arg(root)
        .arg("--state")
        .arg(state)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{query}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| stem(r["path"].as_str().unwrap()))
        .collect()
}

#[test]
fn text_inside_each_format_is_found_and_both_sides_rank_alike() {
    let state = tempfile::tempdir().unwrap();
    let (md_state, mixed_state) = (state.path().join("md"), state.path().join("mixed"));
    // Words from the body of one document each (never its title), one per office format.
    let per_format = [
        (
            "docx",
            "楼道加装扶手",
            "05 安全促进项目/老年人防跌倒促进项目计划书",
        ),
        (
            "wps",
            "燃气报警器",
            "06 宣传教育培训/2025年燃气安全培训记录",
        ),
        ("xlsx", "卫生站", "06 宣传教育培训/2025年燃气安全培训签到表"),
        ("et", "左腿骨折", "09 伤害记录/2025年上半年伤害监测登记表"),
        (
            "pdf",
            "满意率",
            "05 安全促进项目/老年人防跌倒项目效果评估报告",
        ),
        (
            "html",
            "伤员救护",
            "07应急预案与演练/2025年消防应急疏散演练方案",
        ),
        (
            "doc",
            "乘坐电梯",
            "07应急预案与演练/2025年消防应急疏散演练总结",
        ),
        (
            "csv",
            "灭火器压力不足",
            "08 监测与监督/2025年第三季度安全隐患排查记录",
        ),
        (
            "txt",
            "书面报社区居委会",
            "11 预防与纠正措施/隐患整改通知单",
        ),
    ];
    for (format, query, expected) in per_format {
        let hits = search(&side("mixed"), &mixed_state, query);
        assert_eq!(
            hits.first().map(String::as_str),
            Some(expected),
            ".{format}: {query} → {hits:?}"
        );
    }
    let reviewer_queries = [
        "跌倒",
        "燃气",
        "疏散通道",
        "\"堆放杂物\"",
        "王建国",
        "灭火器 -演练",
        "伤害监测 OR 问卷调查",
        "2025年9月16日",
    ];
    for q in reviewer_queries {
        let md = search(&side("markdown"), &md_state, q);
        let mixed = search(&side("mixed"), &mixed_state, q);
        assert!(!md.is_empty(), "{q} finds nothing");
        let (mut a, mut b) = (md.clone(), mixed.clone());
        a.sort();
        b.sort();
        assert_eq!(a, b, "{q}: the same documents match on both sides");
        assert_eq!(md[0], mixed[0], "{q}: the same best hit");
    }
}
