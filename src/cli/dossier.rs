//! `zicha dossier`, `zicha keygen` and `zicha verify`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use zicha::{Archive, AuditOptions, DossierOptions, Lang, LoadOptions, Manifest, Result, Standard};

#[derive(Debug, Args)]
pub struct DossierArgs {
    /// 档案文件夹（默认当前文件夹）/ archive folder (default: the current folder).
    pub archive: Option<PathBuf>,
    /// 输出的 PDF 文件 / the PDF to write.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// 签名私钥（PEM，或 PKCS#12 .p12/.pfx）/ signing key (PEM, or a PKCS#12 .p12/.pfx).
    #[arg(long, value_name = "KEY")]
    pub key: Option<PathBuf>,
    /// 签名证书（PEM）；PKCS#12 文件自带证书 / signing certificate (PEM); a PKCS#12 file carries its own.
    #[arg(long, value_name = "CERT")]
    pub cert: Option<PathBuf>,
    /// PKCS#12 文件的口令（或环境变量 ZICHA_P12_PASSWORD）/ password of a PKCS#12 file.
    #[arg(long, env = "ZICHA_P12_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,
    /// 报告日期，默认取 SOURCE_DATE_EPOCH 或今天 / report date (default: SOURCE_DATE_EPOCH or today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<chrono::NaiveDate>,
    /// 标准：内置 id 或 YAML 文件 / built-in id or standard file.
    #[arg(long)]
    pub standard: Option<String>,
    /// 允许把报告写进档案文件夹 / allow writing the dossier inside the archive.
    #[arg(long)]
    pub force: bool,
}

/// The report date: given, else `SOURCE_DATE_EPOCH` (reproducible builds), else today.
pub fn report_date(given: Option<chrono::NaiveDate>) -> chrono::NaiveDate {
    given
        .or_else(|| {
            let secs: i64 = std::env::var("SOURCE_DATE_EPOCH")
                .ok()?
                .trim()
                .parse()
                .ok()?;
            Some(chrono::DateTime::from_timestamp(secs, 0)?.date_naive())
        })
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

pub fn dossier(args: DossierArgs, lang: Lang) -> Result<ExitCode> {
    let root = super::archive_or_cwd(args.archive)?;
    // Written inside the archive, the dossier would be evidence of itself in the next manifest.
    if !args.force {
        super::outside_archive(&root, &args.output, lang)?;
    }
    let archive = Archive::load(
        &root,
        &LoadOptions {
            lang,
            ..LoadOptions::default()
        },
    )?;
    let name = args
        .standard
        .clone()
        .or_else(|| archive.config.as_ref().and_then(|c| c.standard.clone()))
        .unwrap_or_else(|| zicha::DEFAULT_STANDARD.into());
    let base = if args.standard.is_some() {
        None
    } else {
        Some(root.as_path())
    };
    let std = Standard::resolve(&name, base)?;
    let date = report_date(args.date);
    let report = zicha::audit(&archive, &std, &AuditOptions { lang, today: date });
    let manifest = Manifest::of_archive(&root, lang)?.leaving_out(&root, &args.output);
    let signer = match &args.key {
        Some(key) => Some(zicha::Signer::load(
            key,
            args.cert.as_deref(),
            args.password.as_deref(),
        )?),
        None => None,
    };
    let options = DossierOptions {
        lang,
        date,
        signer: signer.as_ref().map(|s| s.name().to_string()),
    };
    let mut pdf = zicha::render_dossier(&report, &manifest, &options)?;
    if let Some(signer) = &signer {
        pdf = signer.sign_pdf(&pdf, date)?;
    }
    write_atomically(&args.output, &pdf)?;
    super::print(&match lang {
        Lang::Zh => format!(
            "已生成 {}（{:.1} KB{}）：得分 {} / {}，结论 {}；清单摘要 {}\n",
            args.output.display(),
            pdf.len() as f64 / 1024.0,
            if signer.is_some() {
                "，已签名"
            } else {
                "，未签名"
            },
            report.score.earned,
            report.score.possible,
            report.score.verdict.label(lang),
            manifest.digest
        ),
        Lang::En => format!(
            "wrote {} ({:.1} KB{}): score {} / {}, {}; manifest {}\n",
            args.output.display(),
            pdf.len() as f64 / 1024.0,
            if signer.is_some() {
                ", signed"
            } else {
                ", unsigned"
            },
            report.score.earned,
            report.score.possible,
            report.score.verdict.label(lang),
            manifest.digest
        ),
    });
    Ok(ExitCode::SUCCESS)
}

/// Writes through a temporary file in the same folder, so that a reader never sees half a file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| zicha::Error::io(dir, e))?;
    tmp.write_all(bytes)
        .map_err(|e| zicha::Error::io(path, e))?;
    tmp.persist(path)
        .map_err(|e| zicha::Error::io(path, e.error))?;
    Ok(())
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// 输出文件夹 / folder for signing-key.pem (mode 0600) and signing-cert.pem.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// 证书上的名称（如社区办公室全称）/ the name on the certificate (e.g. the community office).
    #[arg(long, default_value = "安全社区创建办公室")]
    pub name: String,
    /// 允许写进档案文件夹 / allow writing inside an archive folder.
    #[arg(long)]
    pub force: bool,
}

pub fn keygen(args: KeygenArgs, lang: Lang) -> Result<ExitCode> {
    // A private key inside the archive would be hashed into the manifest and handed out with it.
    if !args.force
        && let Some(archive) = super::enclosing_archive(&args.out)
    {
        return Err(zicha::Error::Other(match lang {
            Lang::Zh => format!(
                "{} 在档案文件夹 {} 内；私钥不应放进档案（会被计入清单、随档案交出）\n  提示：把 --out 指向档案以外的位置，例如 ~/zicha-签名/",
                args.out.display(),
                archive.display()
            ),
            Lang::En => format!(
                "{} is inside the archive {}; a private key does not belong in the archive (it would be hashed into the manifest and handed out with it)\n  help: point --out outside it, e.g. ~/zicha-keys/",
                args.out.display(),
                archive.display()
            ),
        }));
    }
    let (key, cert) = zicha::keygen(&args.out, &args.name)?;
    super::print(&match lang {
        Lang::Zh => format!(
            "已生成签名私钥 {}（仅本人可读，请妥善保管，勿发给他人）\n和自签名证书 {}（可发给区县核验用）\n",
            key.display(),
            cert.display()
        ),
        Lang::En => format!(
            "wrote the signing key {} (owner-only; keep it private)\nand the self-signed certificate {} (share it for verification)\n",
            key.display(),
            cert.display()
        ),
    });
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// 要核验的自查报告 PDF / the dossier to check.
    pub file: PathBuf,
    /// 档案文件夹：逐个重新计算哈希并与清单比对 / the archive, to re-hash against the manifest.
    #[arg(long, value_name = "DIR")]
    pub archive: Option<PathBuf>,
    /// 应由该证书签署 / the certificate that should have signed it.
    #[arg(long, value_name = "CERT")]
    pub cert: Option<PathBuf>,
    /// 输出格式 / output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: super::Format,
}

pub fn verify(args: VerifyArgs, lang: Lang) -> Result<ExitCode> {
    let v = zicha::verify_pdf(
        &args.file,
        args.archive.as_deref(),
        args.cert.as_deref(),
        lang,
    )?;
    match args.format {
        super::Format::Json => {
            let mut s = serde_json::to_string_pretty(&v).expect("verification serialises");
            s.push('\n');
            super::print(&s);
        }
        super::Format::Text => super::print(&render_verification(&v, args.archive.is_some(), lang)),
    }
    Ok(if v.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn render_verification(v: &zicha::Verification, with_archive: bool, lang: Lang) -> String {
    use zicha::SignatureCheck;
    let mut out = String::new();
    out.push_str(if v.ok {
        lang.pick(
            "✓ 核验通过：签名有效且覆盖整个文件",
            "✓ verified: the signature is valid and covers the whole file",
        )
    } else {
        lang.pick("✗ 核验未通过", "✗ verification failed")
    });
    if v.ok && with_archive {
        out.push_str(lang.pick(
            "；档案与清单完全一致",
            "; the archive matches the manifest exactly",
        ));
    }
    out.push('\n');
    match &v.signature {
        SignatureCheck::Valid {
            signer,
            certificate_sha256,
        } => out.push_str(&match lang {
            Lang::Zh => format!(
                "  签名：有效，签署人 {}（证书 SHA-256 {}…）\n",
                zicha::terminal_safe(signer),
                &certificate_sha256[..16]
            ),
            Lang::En => format!(
                "  signature: valid, signed by {} (certificate SHA-256 {}…)\n",
                zicha::terminal_safe(signer),
                &certificate_sha256[..16]
            ),
        }),
        SignatureCheck::Invalid { reason } => out.push_str(&format!(
            "  {}{}\n",
            lang.pick("签名：无效 —— ", "signature: invalid — "),
            zicha::terminal_safe(reason)
        )),
        SignatureCheck::Unsigned => out.push_str(lang.pick(
            "  签名：无（未签名的报告）\n",
            "  signature: none (unsigned dossier)\n",
        )),
    }
    match v.expected_signer {
        Some(true) => out.push_str(lang.pick(
            "  签署证书：与给定证书一致\n",
            "  signer: the given certificate\n",
        )),
        Some(false) => out.push_str(lang.pick(
            "  签署证书：与给定证书不一致\n",
            "  signer: NOT the given certificate\n",
        )),
        // A valid signature says the file is unchanged since someone signed it; who that may be
        // is only checked against a certificate the reader trusts.
        None if matches!(v.signature, SignatureCheck::Valid { .. }) => out.push_str(lang.pick(
            "  签署证书：未核对（任何人都能用自己的证书签出有效签名；用 --cert 指定应签署的证书）\n",
            "  signer: not checked (anyone can make a valid signature with their own certificate; give --cert to name the one that should have signed)\n",
        )),
        None => {}
    }
    match (&v.manifest_digest, &v.manifest_problem) {
        (Some(d), _) => out.push_str(&match lang {
            Lang::Zh => format!("  清单：{} 个文件，摘要 {d}\n", v.manifest_files),
            Lang::En => format!("  manifest: {} files, digest {d}\n", v.manifest_files),
        }),
        (None, Some(p)) => out.push_str(&format!("  {}{p}\n", lang.pick("清单：", "manifest: "))),
        _ => {}
    }
    if let Some(diff) = &v.archive {
        for (list, zh, en) in [
            (&diff.changed, "内容已改变", "changed"),
            (
                &diff.added,
                "清单中没有（新增）",
                "added (not in the manifest)",
            ),
            (
                &diff.removed,
                "已不在档案中（删除）",
                "removed (missing from the archive)",
            ),
        ] {
            for p in list {
                out.push_str(&format!(
                    "  {}：{}\n",
                    lang.pick(zh, en),
                    zicha::terminal_safe(p)
                ));
            }
        }
    }
    out
}
