//! A fuzzing pass that runs with the tests: every reader (Word, Excel, PDF, Markdown with front
//! matter, sidecars, the standard loader) gets hundreds of deterministically damaged inputs —
//! bytes flipped, cut short, spliced — and must give diagnostics or errors, never a panic.

use std::fs;

use zicha::{Archive, AuditOptions, Lang, LoadOptions, Standard};

/// SplitMix64: small and reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = seed.to_vec();
    match rng.below(4) {
        0 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        1 => b.truncate(rng.below(b.len())),
        2 => {
            let (i, j) = (rng.below(b.len()), rng.below(b.len()));
            let chunk: Vec<u8> = b[i.min(j)..i.max(j)].to_vec();
            let at = rng.below(b.len());
            b.splice(at..at, chunk);
        }
        _ => {
            let i = rng.below(b.len());
            let n = rng.below(64).min(b.len() - i);
            for x in &mut b[i..i + n] {
                *x = rng.next() as u8;
            }
        }
    }
    b
}

#[test]
fn damaged_inputs_never_panic() {
    let sample = super::repo().join("fixtures/sample");
    let seeds: Vec<(&str, Vec<u8>)> = vec![
        ("docx", fs::read(sample.join("12 评审与持续改进/2024年度安全社区绩效评审报告 20250118.docx")).unwrap()),
        ("xlsx", fs::read(sample.join("06 宣传教育培训/2024年/2024年3月20日安全社区知识培训签到表.xlsx")).unwrap()),
        ("md", fs::read(sample.join("05 安全促进项目/燃气使用安全/2024.4.22 燃气使用安全培训记录.md")).unwrap()),
        ("md", "---\ntitle: 会议纪要\ndate: 2024-03-12\nelements: [\"1\"]\n---\n# 会议纪要\n| 姓名 | 单位 |\n|---|---|\n| 张三 | 居委会 |\n".as_bytes().to_vec()),
        ("pdf", {
            let archive = Archive::load(&sample, &LoadOptions::default()).unwrap();
            let std = Standard::builtin("aqt9001-2006").unwrap();
            let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
            let report = zicha::audit(&archive, &std, &AuditOptions { lang: Lang::Zh, today: date });
            let manifest = zicha::Manifest::of_archive(&sample, Lang::Zh).unwrap();
            zicha::render_dossier(&report, &manifest, &zicha::DossierOptions { lang: Lang::Zh, date, signer: None }).unwrap()
        }),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(20261127);
    let per_seed = 120;
    for (n, (ext, seed)) in seeds.iter().enumerate() {
        for i in 0..per_seed {
            let name = format!("{n}-{i}.{ext}");
            fs::write(dir.path().join(&name), mutate(seed, &mut rng)).unwrap();
            if i % 10 == 0 {
                let sidecar = mutate(b"title: \xe7\xad\xbe\xe5\x88\xb0\xe8\xa1\xa8\nkind: signin\ndate: 2024-03-20\nparticipants: 45\n", &mut rng);
                fs::write(dir.path().join(format!("{name}.meta.yaml")), sidecar).unwrap();
            }
        }
    }
    let archive = Archive::load(dir.path(), &LoadOptions::default())
        .expect("a damaged file is never an error of the run");
    assert_eq!(archive.documents.len(), seeds.len() * per_seed);
    // The standard loader takes damaged YAML the same way: an error with a place, never a panic.
    let yaml = fs::read(super::repo().join("standards/aqt9001-2006.yaml")).unwrap();
    for _ in 0..150 {
        let bytes = mutate(&yaml, &mut rng);
        let text = String::from_utf8_lossy(&bytes);
        let _ = Standard::parse(&text, std::path::Path::new("mutated.yaml"));
    }
}

/// Inputs the `cargo fuzz` targets found (fuzz/regressions/TARGET/), replayed on every run: each
/// must give a diagnostic on its document, in bounded time and memory.
#[test]
fn fuzz_regressions_stay_fixed() {
    let regressions = super::repo().join("fuzz/regressions");
    let dir = tempfile::tempdir().unwrap();
    let mut n = 0;
    for target in fs::read_dir(&regressions).unwrap() {
        let target = target.unwrap().path();
        for input in fs::read_dir(&target).unwrap() {
            let input = input.unwrap().path();
            let name = format!(
                "{}-{}",
                target.file_name().unwrap().to_string_lossy(),
                input.file_name().unwrap().to_string_lossy()
            );
            fs::copy(&input, dir.path().join(name)).unwrap();
            n += 1;
        }
    }
    assert!(n > 0);
    let archive = Archive::load(dir.path(), &LoadOptions::default()).unwrap();
    assert_eq!(archive.documents.len(), n);
    for doc in &archive.documents {
        // A FAT whose sector chain loops made calamine read forever (23 GB, then killed); a
        // forged Dimensions record made it reserve 28 TB and abort the process.
        assert!(
            doc.diagnostics
                .iter()
                .any(|d| matches!(d.code, zicha::Code::Damaged | zicha::Code::Suspicious)),
            "{}: {:?}",
            doc.path,
            doc.diagnostics
        );
    }
}
