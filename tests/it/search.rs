//! `zicha index` and `zicha search` on the bundled sample: the queries a reviewer types (words,
//! Traditional script, phrases, exclusions, OR, Latin and digits, filters), incremental updates, a
//! corrupted index, two processes at once, and a district index of several archives.

use std::fs;
use std::path::{Path, PathBuf};

use super::zicha;
use serde_json::Value;

/// A private copy of the sample, so that the index can live in its `.zicha/`.
fn sample_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("sample");
    super::copy_dir(&super::repo().join("fixtures/sample"), &root);
    (tmp, root)
}

fn search(root: &Path, args: &[&str]) -> Vec<Value> {
    let stdout = super::stdout_of(
        zicha()
            .arg("search")
            .arg("--archive")
            .arg(root)
            .args(["--format", "json"])
            .args(args),
    );
    let v: Value = serde_json::from_slice(&stdout).unwrap();
    v["results"].as_array().unwrap().clone()
}

fn paths(results: &[Value]) -> Vec<String> {
    results
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect()
}

fn index_stats(root: &Path, extra: &[&str]) -> String {
    let stdout = super::stdout_of(zicha().arg("index").arg(root).args(extra));
    String::from_utf8(stdout).unwrap()
}

#[test]
fn reviewer_queries_on_the_sample() {
    let (_tmp, root) = sample_copy();
    // Words, not characters: 燃气培训 is 燃气 + 培训, found in 燃气使用安全培训记录.
    let r = search(&root, &["燃气培训"]);
    assert_eq!(
        r[0]["path"],
        "05 安全促进项目/燃气使用安全/2024.4.22 燃气使用安全培训记录.md"
    );
    // A word the document's segmentation split differently (领导小组副组长).
    assert!(
        paths(&search(&root, &["领导小组"]))
            .iter()
            .any(|p| p.contains("燃气使用安全培训记录"))
    );
    // Traditional finds Simplified, and Simplified finds Traditional.
    let trad = search(&root, &["應急演練"]);
    assert!(
        trad[0]["path"].as_str().unwrap().contains("演练"),
        "{trad:?}"
    );
    let simp = search(&root, &["经验交流"]);
    assert_eq!(
        simp[0]["path"],
        "02信息交流和全员参与/2024.10.9 與臨港社區經驗交流紀要.md"
    );
    // The matched words are marked in the snippet.
    let hl = simp[0]["highlights"].as_array().unwrap();
    assert!(!hl.is_empty());
    let snippet = simp[0]["snippet"].as_str().unwrap();
    let (a, b) = (
        hl[0][0].as_u64().unwrap() as usize,
        hl[0][1].as_u64().unwrap() as usize,
    );
    assert!(
        ["經驗", "交流", "經驗交流"].contains(&&snippet[a..b]),
        "{}",
        &snippet[a..b]
    );
    // Text inside each format an office keeps: Word, Excel, PDF text layer, web page, GBK text.
    for (query, path) in [
        (
            "卜晓东",
            "01 组织机构与职责/委员会会议/20250516促进委员会会议/会议纪要.docx",
        ),
        (
            "补盲摄像头",
            "01 组织机构与职责/2024-2025年安全社区创建资金投入台账.xlsx",
        ),
        (
            "韩立新",
            "01 组织机构与职责/关于成立龙凤园社区安全社区促进委员会的通知.pdf",
        ),
        (
            "劝导不戴头盔",
            "02信息交流和全员参与/2025.4.20 安全社区志愿服务活动记录.html",
        ),
        (
            "飞线充电",
            "11 预防与纠正措施/电动车飞线充电整改情况 2025年3月.md",
        ),
    ] {
        let hits = paths(&search(&root, &[query, "-n", "50"]));
        assert!(hits.iter().any(|p| p == path), "{query}: {hits:?}");
    }
}

#[test]
fn operators_and_mixed_scripts() {
    let (_tmp, root) = sample_copy();
    // "exact phrase": every result has the words together.
    let phrase = search(&root, &["\"燃气泄漏\""]);
    assert!(phrase.len() >= 2);
    for r in phrase.iter().filter(|r| {
        let p = r["path"].as_str().unwrap();
        p.ends_with(".md") || p.ends_with(".txt")
    }) {
        let bytes = fs::read(root.join(r["path"].as_str().unwrap())).unwrap();
        let text = match std::str::from_utf8(&bytes) {
            Ok(s) => s.to_string(),
            Err(_) => encoding_rs::GB18030.decode(&bytes).0.into_owned(),
        };
        assert!(
            text.contains("燃气泄漏") || r["path"].as_str().unwrap().contains("燃气泄漏"),
            "{}",
            r["path"]
        );
    }
    // -exclude
    let all = paths(&search(&root, &["交通安全", "-n", "100"]));
    let without = paths(&search(&root, &["交通安全", "-方案", "-n", "100"]));
    assert!(without.len() < all.len());
    assert!(
        !without.iter().any(|p| p.contains("实施方案")),
        "{without:?}"
    );
    // OR widens, AND narrows.
    let gas = search(&root, &["燃气", "-n", "100"]).len();
    let fire = search(&root, &["消防", "-n", "100"]).len();
    let either = search(&root, &["燃气", "OR", "消防", "-n", "100"]).len();
    let both = search(&root, &["燃气", "消防", "-n", "100"]).len();
    assert!(
        either >= gas.max(fire) && both <= gas.min(fire),
        "{gas} {fire} {either} {both}"
    );
    // Latin letters and digits survive (no ASCII folding that drops CJK, nor the reverse).
    assert!(
        paths(&search(&root, &["AQ/T", "9001"]))
            .iter()
            .any(|p| p.contains("自评报告"))
    );
    assert!(
        paths(&search(&root, &["119"]))
            .iter()
            .any(|p| p.contains("综合应急预案"))
    );
}

#[test]
fn filters_by_kind_year_element_path_and_dates() {
    let (_tmp, root) = sample_copy();
    let drills = search(&root, &["演练", "--kind", "drill", "--year", "2024"]);
    assert!(!drills.is_empty());
    for r in &drills {
        assert_eq!(r["kind"], "drill");
        assert!(r["date"].as_str().unwrap().starts_with("2024"));
    }
    // Kind by its Chinese name, and no words at all: every document that passes the filters.
    let signins = search(&root, &["--kind", "签到表", "-n", "100"]);
    assert!(signins.len() >= 3 && signins.iter().all(|r| r["kind"] == "signin"));
    let injuries = search(&root, &["--element", "9", "-n", "100"]);
    assert!(injuries.iter().all(|r| {
        r["elements"]
            .as_array()
            .unwrap()
            .contains(&Value::from("9"))
    }));
    assert!(injuries.iter().any(|r| r["kind"] == "injury_record"));
    let in_folder = search(&root, &["--path", "06 宣传教育培训/2024年", "-n", "100"]);
    assert!(
        !in_folder.is_empty()
            && paths(&in_folder)
                .iter()
                .all(|p| p.starts_with("06 宣传教育培训/2024年/"))
    );
    let q3 = search(
        &root,
        &["--from", "2024-07-01", "--to", "2024-09-30", "-n", "100"],
    );
    assert!(!q3.is_empty());
    for r in &q3 {
        let d = r["date"].as_str().unwrap();
        assert!(("2024-07-01"..="2024-09-30").contains(&d), "{d}");
    }
}

#[test]
fn json_results_are_best_first_with_the_documented_fields() {
    let (_tmp, root) = sample_copy();
    let r = search(&root, &["燃气", "安全"]);
    assert!(r.len() > 3);
    for pair in r.windows(2) {
        assert!(pair[0]["score"].as_f64().unwrap() >= pair[1]["score"].as_f64().unwrap());
    }
    for hit in &r {
        for k in ["path", "score", "kind", "date", "elements", "snippet"] {
            assert!(hit.get(k).is_some(), "{k}");
        }
        assert!(!hit["path"].as_str().unwrap().starts_with('/'));
    }
}

#[test]
fn query_mistakes_are_explained() {
    let (_tmp, root) = sample_copy();
    for (q, needle) in [
        ("\"应急演练", "引号没有成对"),
        ("-消防", "只有排除词"),
        ("燃气 OR", "OR（或）两边都要有词"),
    ] {
        let out = zicha()
            .arg("search")
            .arg("--archive")
            .arg(&root)
            .arg("--")
            .arg(q)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{q}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{q}: {err}");
    }
    let out = zicha()
        .args(["--lang", "en", "search", "--archive"])
        .arg(&root)
        .arg("\"x")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("not closed"));
}

#[test]
fn updates_are_incremental() {
    let (_tmp, root) = sample_copy();
    assert!(index_stats(&root, &[]).contains("新增 80"));
    let again = index_stats(&root, &[]);
    assert!(again.contains("新增 0，更新 0，删除 0，未变 80"), "{again}");
    // Changed, removed, added and merely touched files.
    let changed = root.join("06 宣传教育培训/2024年/20240618 消防安全知识讲座.txt");
    let mut bytes = fs::read(&changed).unwrap();
    // The file is GBK: the archivist's editor appends in GBK too.
    bytes.extend_from_slice(
        &encoding_rs::GBK
            .encode("\n补记：讲座录像已上传社区公众号。\n")
            .0,
    );
    fs::write(&changed, bytes).unwrap();
    fs::remove_file(root.join("09 伤害记录/扫描件001.jpg")).unwrap();
    fs::write(
        root.join("2025.12.1 冬季燃气安全巡查记录.md"),
        "# 冬季燃气安全巡查记录\n检查时间：2025年12月1日\n",
    )
    .unwrap();
    let touched = root.join("07应急预案与演练/燃气泄漏事故专项应急预案.txt");
    let content = fs::read(&touched).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&touched, content).unwrap();
    let out = index_stats(&root, &[]);
    assert!(out.contains("新增 1，更新 1，删除 1，未变 78"), "{out}");
    assert_eq!(
        search(&root, &["冬季燃气安全巡查"])[0]["path"],
        "2025.12.1 冬季燃气安全巡查记录.md"
    );
    assert!(
        paths(&search(&root, &["录像", "公众号"]))
            .iter()
            .any(|p| p.contains("消防安全知识讲座"))
    );
    assert!(search(&root, &["--path", "09 伤害记录/扫描件001.jpg"]).is_empty());
}

#[test]
fn a_corrupted_or_outdated_index_is_rebuilt() {
    let (_tmp, root) = sample_copy();
    index_stats(&root, &[]);
    let tantivy = root.join(".zicha/tantivy");
    // Damage every segment file.
    for entry in fs::read_dir(&tantivy).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e != "json" && e != "lock") {
            fs::write(&p, b"garbage").unwrap();
        }
    }
    let out = zicha()
        .arg("search")
        .arg("--archive")
        .arg(&root)
        .args(["--format", "json", "燃气培训"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("索引已重建"));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!v["results"].as_array().unwrap().is_empty());
    // A state file from another version.
    let state = root.join(".zicha/state.json");
    let mut v: Value = serde_json::from_str(&fs::read_to_string(&state).unwrap()).unwrap();
    v["version"] = Value::from(999);
    fs::write(&state, v.to_string()).unwrap();
    let out = zicha().arg("index").arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("新增 80"));
    // Garbage instead of meta.json.
    fs::write(tantivy.join("meta.json"), b"{not json").unwrap();
    let out = zicha().arg("index").arg(&root).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("新增 80"));
}

#[test]
fn two_processes_on_one_index_take_turns() {
    let (_tmp, root) = sample_copy();
    let bin = assert_cmd::cargo::cargo_bin("zicha");
    let children: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(&bin)
                .arg("index")
                .arg(&root)
                .output()
        })
        .collect::<Vec<_>>();
    // Run them really at the same time as well.
    let spawned: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(&bin)
                .arg("search")
                .arg("--archive")
                .arg(&root)
                .arg("燃气")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        assert!(c.unwrap().status.success());
    }
    for c in spawned {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let again = index_stats(&root, &[]);
    assert!(again.contains("索引 80 份文件"), "{again}");
}

#[test]
fn a_district_index_of_several_archives() {
    let (tmp, root) = sample_copy();
    let park = super::repo().join("tests/holdout/hengda-park");
    let district = tmp.path().join("district");
    super::stdout_of(
        zicha()
            .arg("index")
            .arg(&root)
            .arg(&park)
            .arg("--into")
            .arg(&district),
    );
    assert!(
        !park.join(".zicha").exists(),
        "a district index writes only into its own folder"
    );
    let run = |args: &[&str]| -> Vec<Value> {
        let stdout = super::stdout_of(
            zicha()
                .arg("search")
                .arg("--index")
                .arg(&district)
                .args(["--format", "json"])
                .args(args),
        );
        serde_json::from_slice::<Value>(&stdout).unwrap()["results"]
            .as_array()
            .unwrap()
            .clone()
    };
    let both = run(&["应急演练", "-n", "100"]);
    let communities: std::collections::BTreeSet<&str> = both
        .iter()
        .map(|r| r["community"].as_str().unwrap())
        .collect();
    assert!(
        communities.contains("龙凤园社区") && communities.contains("恒达工业园"),
        "{communities:?}"
    );
    let park_only = run(&["应急演练", "--community", "恒达工业园", "-n", "100"]);
    assert!(!park_only.is_empty() && park_only.iter().all(|r| r["community"] == "恒达工业园"));
}
