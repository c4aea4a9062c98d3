//! `cargo bench --bench audit [-- N...]`: generates synthetic archives (default 1,000 and 10,000
//! documents) and times loading + auditing them, best of 3 runs, in the same process.

use std::time::{Duration, Instant};

use zicha::{Archive, AuditOptions, Lang, LoadOptions, Standard};

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000]
    } else {
        sizes
    };
    let std = Standard::builtin("aqt9001-2006").expect("built-in standard");
    let options = AuditOptions {
        lang: Lang::Zh,
        today: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    };
    println!(
        "{:>8}  {:>9}  {:>10}  {:>10}  {:>10}  {:>8}",
        "docs", "MB", "load", "audit", "total", "docs/s"
    );
    for n in sizes {
        let dir = tempfile::tempdir().expect("temp dir");
        let bytes = zicha::synthetic::generate(dir.path(), n, 42).expect("generate");
        let mut best: Option<(Duration, Duration)> = None;
        for _ in 0..3 {
            let t = Instant::now();
            let archive = Archive::load(dir.path(), &LoadOptions::default()).expect("load");
            let load = t.elapsed();
            let t = Instant::now();
            let report = zicha::audit(&archive, &std, &options);
            let audit = t.elapsed();
            assert_eq!(report.documents.len(), n);
            if best.is_none_or(|(l, a)| load + audit < l + a) {
                best = Some((load, audit));
            }
        }
        let best = best.expect("three runs");
        let total = best.0 + best.1;
        println!(
            "{:>8}  {:>9.1}  {:>9.3}s  {:>9.3}s  {:>9.3}s  {:>8.0}",
            n,
            bytes as f64 / 1e6,
            best.0.as_secs_f64(),
            best.1.as_secs_f64(),
            total.as_secs_f64(),
            n as f64 / total.as_secs_f64()
        );
    }
}
