//! `cargo bench --bench extract`: extraction throughput per format. A Word, Excel, Markdown and
//! web-page file of the sample, a dossier PDF, a WPS .et workbook (BIFF) and a Word "web page"
//! .doc (GBK) from fixtures/pair are each copied 400 times into a folder of its own, and
//! the folder is read (sniff, decode, extract, infer, hash) — best of 3.

use std::time::{Duration, Instant};

use zicha::{Archive, AuditOptions, Lang, LoadOptions, Standard};

fn main() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let sample = repo.join("fixtures/sample");
    let pdf = {
        let archive = Archive::load(&sample, &LoadOptions::default()).unwrap();
        let std = Standard::builtin("aqt9001-2006").unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
        let report = zicha::audit(
            &archive,
            &std,
            &AuditOptions {
                lang: Lang::Zh,
                today: date,
            },
        );
        let manifest = zicha::Manifest::of_archive(&sample, Lang::Zh).unwrap();
        zicha::render_dossier(
            &report,
            &manifest,
            &zicha::DossierOptions {
                lang: Lang::Zh,
                date,
                signer: None,
            },
        )
        .unwrap()
    };
    let seeds: Vec<(&str, Vec<u8>)> = vec![
        (
            "docx",
            std::fs::read(
                sample.join("12 评审与持续改进/2024年度安全社区绩效评审报告 20250118.docx"),
            )
            .unwrap(),
        ),
        (
            "xlsx",
            std::fs::read(
                sample.join("01 组织机构与职责/2024-2025年安全社区创建资金投入台账.xlsx"),
            )
            .unwrap(),
        ),
        (
            "md",
            std::fs::read(sample.join("三、风险辨识与社区诊断/龙凤园社区安全诊断报告.md")).unwrap(),
        ),
        ("pdf", pdf),
        (
            "html",
            std::fs::read(
                sample.join("02信息交流和全员参与/2025.4.20 安全社区志愿服务活动记录.html"),
            )
            .unwrap(),
        ),
        (
            "et",
            std::fs::read(
                repo.join("fixtures/pair/mixed/09 伤害记录/2025年上半年伤害监测登记表.et"),
            )
            .unwrap(),
        ),
        (
            "doc",
            std::fs::read(
                repo.join("fixtures/pair/mixed/07应急预案与演练/2025年消防应急疏散演练总结.doc"),
            )
            .unwrap(),
        ),
    ];
    println!(
        "{:>6}  {:>6}  {:>9}  {:>10}  {:>8}",
        "format", "files", "MB", "time", "MB/s"
    );
    for (ext, bytes) in seeds {
        let dir = tempfile::tempdir().unwrap();
        let n = 400;
        for i in 0..n {
            std::fs::write(dir.path().join(format!("{i:04}.{ext}")), &bytes).unwrap();
        }
        let mb = (bytes.len() * n) as f64 / 1e6;
        let mut best = Duration::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            let a = Archive::load(dir.path(), &LoadOptions::default()).unwrap();
            best = best.min(t.elapsed());
            assert_eq!(a.documents.len(), n);
            assert!(
                a.documents.iter().all(|d| d.text_chars > 0),
                "{ext}: no text read"
            );
        }
        println!(
            "{ext:>6}  {n:>6}  {mb:>9.1}  {:>9.3}s  {:>8.1}",
            best.as_secs_f64(),
            mb / best.as_secs_f64()
        );
    }
}
