//! `cargo bench --bench dossier [-- N]`: the dossier of a synthetic archive (default 10,000
//! documents): time to audit, hash the manifest, render and sign, and the PDF's size.

use std::time::Instant;

use zicha::{Archive, AuditOptions, DossierOptions, Lang, LoadOptions, Manifest, Signer, Standard};

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = tmp.path().join("archive");
    let bytes = zicha::synthetic::generate(&root, n, 7).expect("generate");
    let (key, cert) = zicha::keygen(&tmp.path().join("keys"), "基准测试").expect("keygen");
    let signer = Signer::load(&key, Some(&cert), None).expect("signer");
    let std = Standard::builtin("aqt9001-2006").expect("standard");
    let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    let t = Instant::now();
    let archive = Archive::load(&root, &LoadOptions::default()).expect("load");
    let report = zicha::audit(
        &archive,
        &std,
        &AuditOptions {
            lang: Lang::Zh,
            today: date,
        },
    );
    let audit = t.elapsed();
    let t = Instant::now();
    let manifest = Manifest::of_archive(&root, Lang::Zh).expect("manifest");
    let hashing = t.elapsed();
    let t = Instant::now();
    let options = DossierOptions {
        lang: Lang::Zh,
        date,
        signer: Some(signer.name().to_string()),
    };
    let pdf = zicha::render_dossier(&report, &manifest, &options).expect("render");
    let render = t.elapsed();
    let t = Instant::now();
    let signed = signer.sign_pdf(&pdf, date).expect("sign");
    let sign = t.elapsed();
    let pages = signed.windows(11).filter(|w| *w == b"/Type /Page").count();
    println!(
        "{n} documents ({:.1} MB): audit {:.2} s, manifest {:.2} s, render {:.2} s, sign {:.3} s; total {:.2} s; PDF {:.2} MB, about {pages} pages",
        bytes as f64 / 1e6,
        audit.as_secs_f64(),
        hashing.as_secs_f64(),
        render.as_secs_f64(),
        sign.as_secs_f64(),
        (audit + hashing + render + sign).as_secs_f64(),
        signed.len() as f64 / 1e6
    );
}
