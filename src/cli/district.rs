//! `zicha district`: verify several communities' dossiers and roll them up.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use zicha::{DistrictOptions, DossierInput, Lang, Result};

#[derive(Debug, Args)]
pub struct DistrictArgs {
    /// 自查报告 PDF 或其所在文件夹（默认当前文件夹）/ dossier PDFs, or folders of them (default: the
    /// current folder).
    pub paths: Vec<PathBuf>,
    /// 受信任的社区证书（PEM，可多次给出）；给出后，其他证书签署的报告不计入。写成“社区=证书”时，该证书
    /// 只能签署这个社区的报告，这个社区的报告也只认该证书 / a trusted community certificate (PEM;
    /// repeat it); with it, dossiers signed by any other certificate do not count. Written
    /// COMMUNITY=CERT, the certificate signs for that community only, and that community's
    /// dossiers count only when it signed them.
    #[arg(long, value_name = "[COMMUNITY=]CERT")]
    pub trust: Vec<PathBuf>,
    /// 输出格式 / output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: super::Format,
    /// 另写一份汇总 PDF / also write the roll-up as a PDF.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// 签署汇总 PDF 的私钥（PEM，或 PKCS#12 .p12/.pfx）/ key to sign the roll-up PDF with.
    #[arg(long, value_name = "KEY", requires = "output")]
    pub key: Option<PathBuf>,
    /// 签名证书（PEM）；PKCS#12 文件自带证书 / signing certificate (PEM); a PKCS#12 file carries its own.
    #[arg(long, value_name = "CERT", requires = "key")]
    pub cert: Option<PathBuf>,
    /// PKCS#12 文件的口令（或环境变量 ZICHA_P12_PASSWORD）/ password of a PKCS#12 file.
    #[arg(long, env = "ZICHA_P12_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,
    /// 汇总日期，默认取 SOURCE_DATE_EPOCH 或今天 / roll-up date (default: SOURCE_DATE_EPOCH or today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<chrono::NaiveDate>,
}

fn is_pdf(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// The PDFs to roll up: files as given, folders as every `*.pdf` directly in them (sorted by
/// name), never the roll-up being written, each file once.
fn dossier_files(paths: &[PathBuf], output: Option<&Path>, lang: Lang) -> Result<Vec<PathBuf>> {
    let output = output.and_then(|o| o.canonicalize().ok());
    let mut files = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| zicha::Error::io(p, e))?;
        if meta.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| zicha::Error::io(p, e))?
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|f| is_pdf(f) && f.is_file())
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    files.retain(|f| {
        let canonical = f.canonicalize().unwrap_or_else(|_| f.clone());
        Some(&canonical) != output.as_ref() && seen.insert(canonical)
    });
    if files.is_empty() {
        let given: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(zicha::Error::Other(match lang {
            Lang::Zh => format!("没有找到自查报告 PDF：{}", given.join("、")),
            Lang::En => format!("no dossier PDFs found in {}", given.join(", ")),
        }));
    }
    Ok(files)
}

/// A `--trust` value: `COMMUNITY=CERT` binds the certificate to a community; a path that exists
/// as given (even with `=` in its name) is a certificate alone.
fn bound_to(given: &Path) -> (Option<String>, PathBuf) {
    if given.exists() {
        return (None, given.to_path_buf());
    }
    match given.to_str().and_then(|s| s.split_once('=')) {
        Some((community, cert)) if !community.trim().is_empty() => {
            (Some(community.trim().to_string()), PathBuf::from(cert))
        }
        _ => (None, given.to_path_buf()),
    }
}

pub fn run(args: DistrictArgs, lang: Lang) -> Result<ExitCode> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    // Everything that can fail as an input error comes before any output.
    let mut bound = Vec::new();
    let mut fingerprints = Vec::new();
    for given in &args.trust {
        let (community, cert) = bound_to(given);
        let fingerprint = zicha::certificate_sha256(&cert)?;
        if let Some(community) = community {
            bound.push((community, fingerprint.clone()));
        }
        fingerprints.push(fingerprint);
    }
    let trusted = (!fingerprints.is_empty()).then_some(fingerprints);
    let signer = match &args.key {
        Some(key) => Some(zicha::Signer::load(
            key,
            args.cert.as_deref(),
            args.password.as_deref(),
        )?),
        None => None,
    };
    let files = dossier_files(&paths, args.output.as_deref(), lang)?;
    let contents = files
        .iter()
        .map(|f| zicha::read_bounded(f, zicha::DOCUMENT_LIMIT))
        .collect::<Result<Vec<_>>>()?;
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let inputs: Vec<DossierInput<'_>> = names
        .iter()
        .zip(&contents)
        .map(|(path, bytes)| DossierInput { path, bytes })
        .collect();
    let date = super::dossier::report_date(args.date);
    let rollup = zicha::district_rollup(
        &inputs,
        &DistrictOptions {
            lang,
            date,
            trusted,
            bound,
        },
    );
    match args.format {
        super::Format::Json => super::print(&zicha::render_district_json(&rollup)),
        super::Format::Text => super::print(&zicha::render_district_text(&rollup)),
    }
    if let Some(output) = &args.output {
        let mut pdf = zicha::render_district_pdf(&rollup, signer.as_ref().map(|s| s.name()))?;
        if let Some(signer) = &signer {
            pdf = signer.sign_pdf(&pdf, date)?;
        }
        super::dossier::write_atomically(output, &pdf)?;
        let note = match lang {
            Lang::Zh => format!(
                "已生成 {}（{:.1} KB，{}）\n",
                output.display(),
                pdf.len() as f64 / 1024.0,
                if signer.is_some() {
                    "已签名"
                } else {
                    "未签名"
                }
            ),
            Lang::En => format!(
                "wrote {} ({:.1} KB, {})\n",
                output.display(),
                pdf.len() as f64 / 1024.0,
                if signer.is_some() {
                    "signed"
                } else {
                    "unsigned"
                }
            ),
        };
        // JSON on stdout stays JSON.
        match args.format {
            super::Format::Json => eprint!("{note}"),
            super::Format::Text => super::print(&note),
        }
    }
    Ok(if rollup.all_counted() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
