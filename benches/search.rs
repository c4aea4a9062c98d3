//! `cargo bench --bench search [-- 1000 10000 100000]`: builds a synthetic archive of realistic
//! Chinese documents per size and measures, in the same run:
//! - zicha: full index build (time, MB/s, peak memory), re-index with nothing changed and with 1 %
//!   changed, query latency p50/p99 over a fixed query set (in process), index size;
//! - ripgrep (`rg`) over the same files for the same queries (no index; each query a process);
//! - Recoll (`recollindex`, `recollq`, Debian's recollcmd) indexing and querying the same archive.
//!
//! Tools that are not installed are skipped with a note.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use zicha::{Lang, SearchIndex, SearchRequest};

const QUERIES: &[&str] = &[
    "燃气培训",
    "应急演练",
    "伤害登记表",
    "燃气 泄漏",
    "交通安全 头盔",
    "\"燃气泄漏报警器\"",
    "消防 -演练",
    "志愿者 OR 网格员",
    "独居老人",
    "2024 跌倒",
    "應急演練",
    "促进委员会 会议纪要",
];

/// The literal a reviewer would give grep for each query.
fn literal(q: &str) -> String {
    q.split_whitespace()
        .next()
        .unwrap_or(q)
        .trim_matches('"')
        .to_string()
}

/// Runs a command; returns wall time and the child's peak resident memory in MiB.
fn measured(cmd: &mut Command) -> (Duration, f64, bool) {
    let start = Instant::now();
    #[allow(clippy::zombie_processes)] // reaped by wait4 below, which also gives its rusage
    let child = cmd
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waiting on our own child with valid out-pointers.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert!(pid > 0, "wait4 failed");
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    (start.elapsed(), usage.ru_maxrss as f64 / 1024.0, ok)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn dir_size(p: &Path) -> u64 {
    walkdir::WalkDir::new(p)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success() || !o.stdout.is_empty())
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000, 100_000]
    } else {
        sizes
    };
    let zicha = env!("CARGO_BIN_EXE_zicha");
    for n in sizes {
        let tmp = tempfile::tempdir().expect("temp dir");
        let archive = tmp.path().join("archive");
        let state = tmp.path().join("state");
        let bytes = zicha::synthetic::generate(&archive, n, 7).expect("generate");
        let mb = bytes as f64 / 1e6;
        println!("\n== {n} documents, {mb:.1} MB");

        let (full, rss, ok) = measured(
            Command::new(zicha)
                .arg("index")
                .arg(&archive)
                .arg("--state")
                .arg(&state),
        );
        assert!(ok, "zicha index failed");
        let size = dir_size(&state) as f64 / 1e6;
        let (same, _, _) = measured(
            Command::new(zicha)
                .arg("index")
                .arg(&archive)
                .arg("--state")
                .arg(&state),
        );
        // Change 1 % of the files.
        let files: Vec<_> = walkdir::WalkDir::new(&archive)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| e.into_path())
            .collect();
        for f in files.iter().step_by(100) {
            let mut text = std::fs::read_to_string(f).unwrap();
            text.push_str("\n补充说明：本记录已复核。\n");
            std::fs::write(f, text).unwrap();
        }
        let (one_pct, _, _) = measured(
            Command::new(zicha)
                .arg("index")
                .arg(&archive)
                .arg("--state")
                .arg(&state),
        );
        println!(
            "zicha   build {:.2} s ({:.1} MB/s), peak {:.0} MiB, index {:.1} MB; re-index unchanged {:.3} s ({:.1} % of build), 1 % changed {:.3} s",
            full.as_secs_f64(),
            mb / full.as_secs_f64(),
            rss,
            size,
            same.as_secs_f64(),
            same.as_secs_f64() / full.as_secs_f64() * 100.0,
            one_pct.as_secs_f64()
        );

        let (index, _) = SearchIndex::open(&state).expect("open index");
        // One pass to load the dictionary and warm the caches, as a long-running server would be.
        for q in QUERIES {
            let req = SearchRequest {
                query: (*q).into(),
                limit: 20,
                ..Default::default()
            };
            std::hint::black_box(index.search(&req, Lang::Zh).expect("search"));
        }
        let mut lat = Vec::new();
        let mut slowest = (Duration::ZERO, "");
        for _ in 0..20 {
            for q in QUERIES {
                let t = Instant::now();
                let hits = index
                    .search(
                        &SearchRequest {
                            query: (*q).into(),
                            limit: 20,
                            ..Default::default()
                        },
                        Lang::Zh,
                    )
                    .expect("search");
                let d = t.elapsed();
                if d > slowest.0 {
                    slowest = (d, q);
                }
                lat.push(d);
                std::hint::black_box(hits);
            }
        }
        println!(
            "zicha   slowest query {} ({:.2} ms)",
            slowest.1,
            ms(slowest.0)
        );
        lat.sort();
        println!(
            "zicha   query p50 {:.2} ms, p99 {:.2} ms ({} queries, in process)",
            ms(percentile(&lat, 0.5)),
            ms(percentile(&lat, 0.99)),
            lat.len()
        );

        if have("rg") {
            let mut lat = Vec::new();
            for q in QUERIES {
                let (d, _, _) = measured(
                    Command::new("rg")
                        .args(["-l", "-F", "--", &literal(q)])
                        .arg(&archive),
                );
                lat.push(d);
            }
            lat.sort();
            println!(
                "rg      query p50 {:.1} ms, p99 {:.1} ms (no index; literal strings, no word segmentation)",
                ms(percentile(&lat, 0.5)),
                ms(percentile(&lat, 0.99))
            );
        } else {
            println!("rg      not installed: skipped");
        }

        if have("recollindex") || Path::new("/usr/bin/recollindex").exists() {
            let conf = tmp.path().join("recoll");
            std::fs::create_dir_all(&conf).unwrap();
            std::fs::write(
                conf.join("recoll.conf"),
                format!("topdirs = {}\n[{}]\n", archive.display(), archive.display()),
            )
            .unwrap();
            std::fs::write(conf.join("mimemap"), ".md = text/plain\n").unwrap();
            // Recoll's own index from scratch: remove the first run's database (the 1 % change above).
            let (rfull, rrss, rok) =
                measured(Command::new("recollindex").arg("-c").arg(&conf).arg("-z"));
            let rsize = dir_size(&conf.join("xapiandb")) as f64 / 1e6;
            let mut lat = Vec::new();
            for q in QUERIES {
                let (d, _, _) = measured(
                    Command::new("recollq")
                        .arg("-c")
                        .arg(&conf)
                        .args(["-n", "20", "-b", q]),
                );
                lat.push(d);
            }
            lat.sort();
            println!(
                "recoll  build {:.2} s ({:.1} MB/s), peak {:.0} MiB, index {:.1} MB{}; query p50 {:.1} ms, p99 {:.1} ms (each query a process)",
                rfull.as_secs_f64(),
                mb / rfull.as_secs_f64(),
                rrss,
                rsize,
                if rok {
                    ""
                } else {
                    " (recollindex reported an error)"
                },
                ms(percentile(&lat, 0.5)),
                ms(percentile(&lat, 0.99))
            );
            println!(
                "zicha/recoll build time: {:.2}",
                full.as_secs_f64() / rfull.as_secs_f64()
            );
        } else {
            println!("recoll  not installed (apt-get install recollcmd): skipped");
        }
    }
}
