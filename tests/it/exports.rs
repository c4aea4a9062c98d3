//! The exports (docs/exports.md): each is checked by its public schema or a real consumer —
//! JUnit read back by junit-parser, SARIF against OASIS's 2.1.0 schema, OSCAL against NIST's
//! schema, the catalogue read back by csv and calamine, the BagIt bag by bagit.py — and each must
//! be byte-identical across runs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{repo, zicha};

const EPOCH: &str = "1795737600"; // 2026-11-27T00:00:00Z
const EPOCH_RFC3339: &str = "2026-11-27T00:00:00Z";

fn sample() -> PathBuf {
    repo().join("fixtures/sample")
}

/// `zicha audit fixtures/sample --format FORMAT` with SOURCE_DATE_EPOCH set.
fn audit(format: &str) -> Vec<u8> {
    audit_at(format, EPOCH)
}

fn audit_at(format: &str, epoch: &str) -> Vec<u8> {
    super::stdout_of(
        zicha()
            .env("SOURCE_DATE_EPOCH", epoch)
            .arg("audit")
            .arg(sample())
            .args(["--format", format]),
    )
}

/// Points as the exports write them: 0.01, no trailing zeros.
fn num(v: &Value) -> String {
    let s = format!("{:.2}", v.as_f64().unwrap());
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn json_report() -> Value {
    serde_json::from_slice(&audit("json")).unwrap()
}

fn indicators(report: &Value) -> Vec<&Value> {
    report["elements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["requirements"].as_array().unwrap())
        .collect()
}

/// The errors of `instance` against a vendored schema (at most 10).
fn schema_errors(schema_file: &str, instance: &Value) -> Vec<String> {
    let mut text = std::fs::read_to_string(repo().join("tests/schemas").join(schema_file)).unwrap();
    // SARIF 2.1.0's `run.language` pattern has a stray `]`, which ECMA-262's Unicode mode (and so
    // the jsonschema crate's check of the schema itself) rejects; browsers read it as a literal
    // `]`. Escaping it keeps that meaning. The vendored file itself stays unmodified.
    text = text.replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#,
    );
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    validator
        .iter_errors(instance)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn validate(schema_file: &str, instance: &Value) {
    let errors = schema_errors(schema_file, instance);
    assert!(errors.is_empty(), "{schema_file}:\n{}", errors.join("\n"));
}

#[test]
fn junit_has_one_case_per_indicator_and_fails_those_not_met() {
    let report = json_report();
    let xml = audit("junit");
    assert_eq!(xml, audit("junit"), "JUnit must be deterministic");
    let suites = junit_parser::from_reader(std::io::Cursor::new(&xml)).unwrap();
    let inds = indicators(&report);
    assert_eq!(inds.len(), 50);
    assert_eq!(suites.suites.len(), 12, "one suite per element");
    let cases: Vec<_> = suites.suites.iter().flat_map(|s| &s.cases).collect();
    assert_eq!(cases.len(), 50);
    let not_met = inds.iter().filter(|r| r["status"] != "met").count();
    assert!(not_met > 0);
    assert_eq!(suites.failures as usize, not_met);
    assert_eq!(
        suites.suites.iter().map(|s| s.failures).sum::<u64>() as usize,
        not_met
    );
    for (case, ind) in cases.iter().zip(&inds) {
        let id = ind["id"].as_str().unwrap();
        assert!(
            case.original_name.starts_with(&format!("{id} ")),
            "{}",
            case.original_name
        );
        match ind["status"].as_str().unwrap() {
            "met" => assert!(case.status.is_success(), "{}", case.name),
            kind => {
                let f = case.status.failure_as_ref();
                assert_eq!(f.failure_type, kind, "{}", case.name);
                for gap in ind["gaps"].as_array().unwrap() {
                    assert!(f.text.contains(gap.as_str().unwrap()), "{}", case.name);
                }
            }
        }
        assert_eq!(
            case.properties.hashmap.get("earned").map(String::as_str),
            Some(num(&ind["earned"]).as_str())
        );
    }
    let traffic = cases
        .iter()
        .find(|c| c.original_name.starts_with("24 "))
        .unwrap();
    assert!(
        traffic
            .status
            .failure_as_ref()
            .text
            .contains("交通安全项目缺少效果评估")
    );
    let first = &suites.suites[0];
    assert_eq!(
        first.properties.hashmap.get("verdict").map(String::as_str),
        report["score"]["verdict"].as_str()
    );
    assert!(
        String::from_utf8_lossy(&xml).contains(&format!("timestamp=\"{}", "2026-11-27T00:00:00")),
        "the timestamp comes from SOURCE_DATE_EPOCH"
    );
}

#[test]
fn sarif_is_valid_2_1_0_and_points_at_the_documents() {
    let report = json_report();
    let bytes = audit("sarif");
    assert_eq!(bytes, audit("sarif"), "SARIF must be deterministic");
    let sarif: Value = serde_json::from_slice(&bytes).unwrap();
    validate("sarif-schema-2.1.0.json", &sarif);
    // The schema does reject what is not SARIF.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!schema_errors("sarif-schema-2.1.0.json", &broken).is_empty());

    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "zicha");
    assert_eq!(run["invocations"][0]["startTimeUtc"], EPOCH_RFC3339);
    let rules: BTreeSet<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for code in zicha::Code::ALL {
        assert!(rules.contains(code.as_str()), "{}", code.as_str());
    }
    let results = run["results"].as_array().unwrap();
    let gaps: usize = indicators(&report)
        .iter()
        .filter(|r| r["status"] != "met")
        .map(|r| r["gap_details"].as_array().unwrap().len())
        .sum();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert_eq!(results.len(), diagnostics.len() + gaps);

    // Every diagnostic is a result at its file: the URI is ASCII, relative to ARCHIVE, and
    // decodes back to the path.
    for (d, r) in diagnostics.iter().zip(results) {
        assert_eq!(r["ruleId"], d["code"]);
        let level = match d["severity"].as_str().unwrap() {
            "info" => "note",
            s => s,
        };
        assert_eq!(r["level"], level);
        let loc = &r["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(loc["uriBaseId"], "ARCHIVE");
        let uri = loc["uri"].as_str().unwrap();
        assert!(uri.is_ascii() && !uri.contains(' '), "{uri}");
        let decoded = percent_decode(uri);
        assert_eq!(decoded, d["path"].as_str().unwrap());
        // The artifact it indexes is that document.
        if let Some(i) = loc["index"].as_u64() {
            assert_eq!(
                run["artifacts"][i as usize]["location"]["uri"].as_str(),
                Some(uri)
            );
        }
    }
    let undated = results
        .iter()
        .find(|r| r["ruleId"] == "no-date")
        .expect("the sample has an undated file");
    assert!(
        undated["message"]["text"]
            .as_str()
            .unwrap()
            .contains("日期")
    );
    assert!(results.iter().any(|r| {
        r["ruleId"] == "indicator/40"
            && r["message"]["text"]
                .as_str()
                .unwrap()
                .contains("2025年无伤害记录")
    }));
    // Artifacts carry the documents' hashes.
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(run["artifacts"].as_array().unwrap().len(), docs.len());
    assert_eq!(run["artifacts"][0]["hashes"]["sha-256"], docs[0]["sha256"]);
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn csv_has_one_row_per_indicator() {
    let report = json_report();
    let bytes = audit("csv");
    assert_eq!(bytes, audit("csv"));
    assert!(
        !bytes.starts_with("\u{feff}".as_bytes()),
        "machine CSV: no BOM"
    );
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, zicha::CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let inds = indicators(&report);
    assert_eq!(rows.len(), inds.len());
    for (row, ind) in rows.iter().zip(&inds) {
        assert_eq!(&row[2], ind["id"].as_str().unwrap());
        assert_eq!(&row[5], ind["status"].as_str().unwrap());
        assert_eq!(row[6], num(&ind["earned"]));
        assert_eq!(
            row[9].parse::<usize>().unwrap(),
            ind["evidence"].as_array().unwrap().len()
        );
        for gap in ind["gaps"].as_array().unwrap() {
            assert!(row[10].contains(gap.as_str().unwrap()));
        }
    }
}

#[test]
fn oscal_is_valid_assessment_results_with_hashed_evidence() {
    let report = json_report();
    let bytes = audit("oscal");
    assert_eq!(bytes, audit("oscal"), "OSCAL must be deterministic");
    let oscal: Value = serde_json::from_slice(&bytes).unwrap();
    validate("oscal_complete_schema.json", &oscal);
    // The schema does reject what is not OSCAL: an objective id must be a token.
    let mut broken = oscal.clone();
    broken["assessment-results"]["results"][0]["findings"][0]["target"]["target-id"] = "1".into();
    assert!(!schema_errors("oscal_complete_schema.json", &broken).is_empty());

    let ar = &oscal["assessment-results"];
    assert_eq!(ar["metadata"]["oscal-version"], zicha::OSCAL_VERSION);
    assert_eq!(ar["metadata"]["last-modified"], EPOCH_RFC3339);
    let result = &ar["results"][0];
    assert_eq!(result["start"], EPOCH_RFC3339);
    let findings = result["findings"].as_array().unwrap();
    let inds = indicators(&report);
    assert_eq!(findings.len(), inds.len());
    let satisfied = findings
        .iter()
        .filter(|f| f["target"]["status"]["state"] == "satisfied")
        .count();
    assert_eq!(
        satisfied,
        inds.iter().filter(|r| r["status"] == "met").count()
    );

    // UUIDs are unique; observations link to back-matter resources whose rlinks carry the
    // document's path and SHA-256; findings link to observations that exist.
    let resources: BTreeMap<&str, &Value> = ar["back-matter"]["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["uuid"].as_str().unwrap(), r))
        .collect();
    let observations: BTreeMap<&str, &Value> = result["observations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["uuid"].as_str().unwrap(), o))
        .collect();
    let mut uuids = BTreeSet::new();
    for u in resources.keys().chain(observations.keys()).chain(
        findings
            .iter()
            .map(|f| f["uuid"].as_str().unwrap())
            .collect::<Vec<_>>()
            .iter(),
    ) {
        assert!(uuids.insert(*u), "duplicate uuid {u}");
    }
    let hash_of: BTreeMap<&str, &str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["path"].as_str().unwrap(), d["sha256"].as_str().unwrap()))
        .collect();
    let evidence: BTreeSet<&str> = inds
        .iter()
        .flat_map(|r| r["evidence"].as_array().unwrap())
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(observations.len(), evidence.len());
    for o in observations.values() {
        assert_eq!(o["methods"][0], "EXAMINE");
        let href = o["relevant-evidence"][0]["href"].as_str().unwrap();
        let resource = resources[href.trim_start_matches('#')];
        let path = o["relevant-evidence"][0]["description"].as_str().unwrap();
        let rlink = &resource["rlinks"][0];
        assert_eq!(percent_decode(rlink["href"].as_str().unwrap()), path);
        assert_eq!(rlink["hashes"][0]["algorithm"], "SHA-256");
        assert_eq!(rlink["hashes"][0]["value"].as_str(), Some(hash_of[path]));
    }
    for (f, ind) in findings.iter().zip(&inds) {
        let linked = f["related-observations"].as_array().map_or(0, Vec::len);
        assert_eq!(linked, ind["evidence"].as_array().unwrap().len());
        for r in f["related-observations"].as_array().into_iter().flatten() {
            assert!(observations.contains_key(r["observation-uuid"].as_str().unwrap()));
        }
    }
    // Another date changes the times, never the identifiers.
    let later: Value = serde_json::from_slice(&audit_at("oscal", "1800000000")).unwrap();
    assert_eq!(later["assessment-results"]["uuid"], ar["uuid"]);
    assert_ne!(
        later["assessment-results"]["metadata"]["last-modified"],
        ar["metadata"]["last-modified"]
    );
}

/// `zicha export KIND sample -o OUT` with SOURCE_DATE_EPOCH set.
fn export(kind: &str, out: &Path) {
    let output = zicha()
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .args(["export", kind])
        .arg(sample())
        .arg("-o")
        .arg(out)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_catalogue_csv_follows_da_t_22_and_opens_in_excel() {
    let report = json_report();
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a.csv"), tmp.path().join("b.csv"));
    export("catalogue", &a);
    export("catalogue", &b);
    let bytes = std::fs::read(&a).unwrap();
    assert_eq!(bytes, std::fs::read(&b).unwrap(), "deterministic");
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "序号",
            "档号",
            "文号",
            "责任者",
            "题名",
            "日期",
            "密级",
            "页数",
            "备注",
            "文件"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(rows.len(), docs.len());
    for (i, (row, d)) in rows.iter().zip(docs).enumerate() {
        assert_eq!(row[0], (i + 1).to_string());
        assert_eq!(&row[9], d["path"].as_str().unwrap());
        assert_eq!(&row[4], d["title"].as_str().unwrap());
        match d["date"].as_str() {
            Some(date) => assert_eq!(row[5], date.replace('-', "")),
            None => assert!(row[5].len() == 4 || row[5].is_empty(), "{}", &row[5]),
        }
        assert_eq!(&row[3], d["author"].as_str().unwrap_or(""));
        assert_eq!(&row[1], d["reference"].as_str().unwrap_or(""));
    }
    let circular = rows.iter().find(|r| r[9].starts_with("上级文件/")).unwrap();
    assert_eq!(&circular[2], "凤栖街道办〔2022〕35号");
    let undated = rows
        .iter()
        .find(|r| r[8].contains("找不到文件日期"))
        .expect("an undated file is remarked");
    assert!(undated[5].len() <= 4);
    let head: String = text.lines().take(8).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("catalogue_csv_head", head);
}

#[test]
fn the_catalogue_xlsx_reads_back_the_same_rows() {
    use calamine::{Reader, Xlsx};
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a.xlsx"), tmp.path().join("b.xlsx"));
    export("catalogue", &a);
    export("catalogue", &b);
    assert_eq!(
        std::fs::read(&a).unwrap(),
        std::fs::read(&b).unwrap(),
        "deterministic"
    );
    let c = tmp.path().join("c.csv");
    export("catalogue", &c);
    let csv_text = String::from_utf8(std::fs::read(&c).unwrap()[3..].to_vec()).unwrap();
    let csv_rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();

    let mut book: Xlsx<_> = calamine::open_workbook(&a).unwrap();
    assert_eq!(book.sheet_names(), ["归档文件目录"]);
    let range = book.worksheet_range("归档文件目录").unwrap();
    let xlsx_rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(xlsx_rows, csv_rows);
}

fn bagit_py() -> bool {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import bagit"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have bagit.py (.ci/run installs it)"
        );
        eprintln!("skipped: python3 -m bagit is not installed (pip install bagit==1.9.0)");
    }
    ok
}

fn validate_bag(bag: &Path) -> std::process::Output {
    std::process::Command::new("python3")
        .args(["-m", "bagit", "--validate"])
        .arg(bag)
        .output()
        .unwrap()
}

#[test]
fn the_bagit_manifest_makes_a_bag_that_bagit_py_validates() {
    let tmp = tempfile::tempdir().unwrap();
    let bag = tmp.path().join("龙凤园 bag");
    export("bagit", &bag);
    let manifest = std::fs::read_to_string(bag.join("manifest-sha256.txt")).unwrap();
    let again = tmp.path().join("again");
    export("bagit", &again);
    for name in [
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "tagmanifest-sha256.txt",
    ] {
        assert_eq!(
            std::fs::read(bag.join(name)).unwrap(),
            std::fs::read(again.join(name)).unwrap(),
            "{name} is deterministic"
        );
    }
    let paths: Vec<&str> = manifest
        .lines()
        .map(|l| l.split_once("  ").unwrap().1)
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    assert!(paths.iter().all(|p| p.starts_with("data/")));
    assert!(manifest.contains("  data/zicha.yaml\n"));
    assert!(manifest.contains("  data/01 组织机构与职责/组织机构网络图.jpg.meta.yaml\n"));
    assert!(!manifest.contains("~$") && !manifest.contains(".zicha/"));
    let info = std::fs::read_to_string(bag.join("bag-info.txt")).unwrap();
    assert!(info.contains("Bagging-Date: 2026-11-27\n"), "{info}");
    assert!(info.contains("Source-Organization: 龙凤园社区\n"), "{info}");

    // The payload is written with the tags: every file, at the path its line names, unchanged.
    for line in manifest.lines() {
        let (sha, path) = line.split_once("  ").unwrap();
        let bytes = std::fs::read(bag.join(path)).unwrap();
        assert_eq!(
            format!("{:x}", <sha2::Sha256 as sha2::Digest>::digest(&bytes)),
            sha,
            "{path}"
        );
    }
    // --tags-only writes the tag files alone.
    let tags = tmp.path().join("tags");
    let output = zicha()
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .args(["export", "bagit", "--tags-only"])
        .arg(sample())
        .arg("-o")
        .arg(&tags)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(tags.join("manifest-sha256.txt").is_file() && !tags.join("data").exists());
    if !bagit_py() {
        return;
    }
    // The bag as written, with no further step.
    let out = validate_bag(&bag);
    assert!(
        out.status.success(),
        "bagit.py: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // And it does check: a changed file makes the bag invalid.
    let changed = bag.join("data/04 目标与计划/2024年安全社区工作计划.txt");
    let mut bytes = std::fs::read(&changed).unwrap();
    bytes.push(b'x');
    bytes.remove(0);
    std::fs::write(&changed, bytes).unwrap();
    assert!(!validate_bag(&bag).status.success());
}

#[test]
fn exports_are_never_written_into_the_archive() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("档案");
    super::copy_dir(&sample(), &archive);
    for (kind, out) in [
        ("catalogue", archive.join("目录.csv")),
        ("bagit", archive.join("bag")),
        ("catalogue", archive.join("新文件夹/目录.xlsx")),
    ] {
        zicha()
            .args(["export", kind])
            .arg(&archive)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("不向档案写入"));
        assert!(!out.exists());
    }
    zicha()
        .args(["export", "catalogue"])
        .arg(&archive)
        .arg("-o")
        .arg(tmp.path().join("目录.txt"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains(".csv 或 .xlsx"));
}
