//! Command-line arguments and one small file per subcommand.

mod audit;
mod diff;
mod district;
mod dossier;
mod export;
mod search;
mod serve;
mod standard;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use zicha::{Lang, Result};

/// zicha（自查）：安全社区创建档案自查工具 — audit a Safe Community creation archive.
#[derive(Debug, Parser)]
#[command(name = "zicha", version, about, long_about = None)]
pub struct Cli {
    /// 界面语言 / language of messages and reports.
    #[arg(
        long,
        global = true,
        env = "ZICHA_LANG",
        value_enum,
        default_value = "zh"
    )]
    pub lang: Lang,
    /// 颜色 / colour: auto, always, never.
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Command,
}

/// When to colour the terminal report.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorChoice {
    /// When writing to a terminal.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Output format of a report.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// Human-readable.
    Text,
    /// Machine-readable (schema zicha-audit/1).
    Json,
}

/// Output format of `zicha audit`: the two of [`Format`] and the exchange formats
/// (docs/exports.md). Only the audit has them, so `search` and `verify` keep text and JSON.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    /// Human-readable.
    Text,
    /// Machine-readable (schema zicha-audit/1).
    Json,
    /// JUnit XML: one test case per indicator.
    Junit,
    /// SARIF 2.1.0: document diagnostics and gaps as results.
    Sarif,
    /// CSV: one row per indicator.
    Csv,
    /// OSCAL assessment-results (JSON).
    Oscal,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 审核档案，给出得分、缺口与整改建议 / audit an archive: score, gaps and what to do.
    Audit(audit::AuditArgs),
    /// 对内置示例档案运行审核 / run the audit on the bundled sample archive.
    Demo(audit::DemoArgs),
    /// 比较两次审核结果：指标、缺口与文件的变化 / progress between two audit results.
    Diff(diff::DiffArgs),
    /// 建立或更新检索索引 / build or update the search index.
    Index(search::IndexArgs),
    /// 检索证据 / search the evidence.
    Search(search::SearchArgs),
    /// 生成自查报告 PDF（可签名）/ write the self-check dossier PDF (signed with --key).
    Dossier(dossier::DossierArgs),
    /// 生成签名私钥和自签名证书 / create a signing key and a self-signed certificate.
    Keygen(dossier::KeygenArgs),
    /// 核验自查报告：签名、清单与档案 / check a dossier's signature, manifest and archive.
    Verify(dossier::VerifyArgs),
    /// 区县汇总：核验各社区自查报告并汇总 / verify communities' dossiers and roll them up.
    District(district::DistrictArgs),
    /// 本地只读检索网页 / a local, read-only web page for reviewers.
    Serve(serve::ServeArgs),
    /// 导出归档文件目录或 BagIt 清单 / export the archive catalogue or a BagIt manifest.
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// 标准文件：查看与校验 / show or check a standard file.
    #[command(subcommand)]
    Standard(standard::StandardCommand),
    /// 生成合成档案（用于性能测试）/ write a synthetic archive of N documents, for benchmarks.
    #[command(hide = true)]
    Generate {
        /// Folder to create.
        dir: PathBuf,
        /// Number of documents.
        #[arg(long, default_value_t = 1000)]
        docs: usize,
        /// Seed.
        #[arg(long, default_value_t = 7)]
        seed: u64,
    },
    /// 解释诊断代码 / explain a diagnostic code.
    Explain {
        /// The code, e.g. no-date; omit to list all.
        code: Option<String>,
    },
}

/// Runs the parsed command.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.color {
        ColorChoice::Auto => {}
        ColorChoice::Always => anstream::ColorChoice::Always.write_global(),
        ColorChoice::Never => anstream::ColorChoice::Never.write_global(),
    }
    match cli.command {
        Command::Audit(args) => audit::run(args, cli.lang),
        Command::Demo(args) => audit::demo(args, cli.lang),
        Command::Diff(args) => diff::run(args, cli.lang),
        Command::Standard(cmd) => standard::run(cmd, cli.lang),
        Command::Export(cmd) => export::run(cmd, cli.lang),
        Command::Index(args) => search::index(args, cli.lang),
        Command::Search(args) => search::search(args, cli.lang),
        Command::Serve(args) => serve::run(args, cli.lang),
        Command::Dossier(args) => dossier::dossier(args, cli.lang),
        Command::Keygen(args) => dossier::keygen(args, cli.lang),
        Command::Verify(args) => dossier::verify(args, cli.lang),
        Command::District(args) => district::run(args, cli.lang),
        Command::Explain { code } => explain(code.as_deref(), cli.lang),
        Command::Generate { dir, docs, seed } => {
            let bytes = zicha::synthetic::generate(&dir, docs, seed)?;
            print(&format!(
                "{docs} documents, {:.1} MB → {}\n",
                bytes as f64 / 1e6,
                dir.display()
            ));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn explain(code: Option<&str>, lang: Lang) -> Result<ExitCode> {
    let codes: Vec<zicha::Code> = match code {
        None => zicha::Code::ALL.to_vec(),
        Some(c) => match zicha::Code::parse(c) {
            Some(code) => vec![code],
            None => {
                return Err(zicha::Error::Other(match lang {
                    Lang::Zh => format!("未知的诊断代码：{c}（zicha explain 列出全部）"),
                    Lang::En => format!("unknown diagnostic code: {c} (zicha explain lists them)"),
                }));
            }
        },
    };
    let mut out = String::new();
    for c in codes {
        out.push_str(&format!(
            "{:<18} {:<8} {}\n",
            c.as_str(),
            c.severity().label(lang),
            c.description(lang)
        ));
    }
    print(&out);
    Ok(ExitCode::SUCCESS)
}

/// A search exclusion such as `-方案` is not a flag: every flag of zicha is ASCII, so an argument of
/// a dash and a non-ASCII character becomes `－方案` (full-width dash), which the query language reads
/// as an exclusion too. (`-word` in Latin letters goes after `--`.)
pub fn protect_exclusions(
    args: impl Iterator<Item = std::ffi::OsString>,
) -> Vec<std::ffi::OsString> {
    args.map(|a| match a.to_str() {
        Some(s) if s.starts_with('-') && s[1..].chars().next().is_some_and(|c| !c.is_ascii()) => {
            format!("－{}", &s[1..]).into()
        }
        _ => a,
    })
    .collect()
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
pub fn print(s: &str) {
    use std::io::Write;
    let mut out = anstream::stdout();
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
}

/// The time the exports carry: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the
/// start (00:00 UTC) of `date`, the report date. Never the clock's seconds, so two runs on one
/// day give the same bytes.
pub fn export_timestamp(date: chrono::NaiveDate) -> chrono::DateTime<chrono::Utc> {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .unwrap_or_else(|| date.and_time(chrono::NaiveTime::MIN).and_utc())
}

/// The archive argument: the current folder when none is given, like git.
pub fn archive_or_cwd(p: Option<PathBuf>) -> zicha::Result<PathBuf> {
    let root = p.unwrap_or_else(|| PathBuf::from("."));
    // A missing archive is an error, never created (nor its state folder).
    if !root.is_dir() {
        return Err(zicha::Error::ArchiveNotFound { path: root });
    }
    Ok(root)
}

/// The nearest existing ancestor of `path`, canonical, with the rest appended: where `path`
/// will be once created.
pub fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(c) = existing.canonicalize() {
            let mut out = c;
            out.extend(rest.iter().rev());
            return out;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

/// zicha never writes into the archive.
pub fn outside_archive(root: &Path, output: &Path, lang: Lang) -> zicha::Result<()> {
    let root = root
        .canonicalize()
        .map_err(|_| zicha::Error::ArchiveNotFound {
            path: root.to_path_buf(),
        })?;
    if resolved(output).starts_with(&root) {
        return Err(zicha::Error::Other(match lang {
            Lang::Zh => format!(
                "输出位置 {} 在档案文件夹内；zicha 不向档案写入任何文件\n  提示：把 -o 指向档案以外的位置，例如 ../{}",
                output.display(),
                output
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            ),
            Lang::En => format!(
                "{} is inside the archive; zicha never writes into the archive\n  help: point -o outside it, e.g. ../{}",
                output.display(),
                output
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            ),
        }));
    }
    Ok(())
}

/// The archive folder that holds `path`, if any: the nearest ancestor with zicha's state folder
/// or a `zicha.yaml`. Keys and outputs must not land in an archive, where the next manifest
/// would hash them (a private key among the evidence).
pub fn enclosing_archive(path: &Path) -> Option<PathBuf> {
    let full = resolved(path);
    full.ancestors()
        .find(|dir| {
            dir.join(".zicha").join(zicha::STATE_MARKER).is_file()
                || dir.join("zicha.yaml").is_file()
        })
        .map(Path::to_path_buf)
}
