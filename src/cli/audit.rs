//! `zicha audit [ARCHIVE]` and `zicha demo`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use zicha::{
    Archive, AuditOptions, AuditReport, ExportOptions, Lang, LoadOptions, Result, Standard,
    TextOptions,
};

use super::ReportFormat as Format;

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// 档案文件夹（默认当前文件夹）/ archive folder (default: the current folder).
    pub archive: Option<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
    /// 标准：内置 id 或 YAML 文件；覆盖 zicha.yaml / built-in id or standard file; overrides zicha.yaml.
    #[arg(long)]
    pub standard: Option<String>,
    /// 单个文件读取正文的大小上限（MB）/ files larger than this (MB) are hashed but not read.
    #[arg(long, default_value_t = 64)]
    pub max_file_size: u64,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// 输出格式 / output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// 得分率低于 N% 时以退出码 1 结束 / exit 1 when the score is below N percent of the possible points.
    #[arg(long, value_name = "N")]
    pub fail_under: Option<f64>,
    /// 列出全部指标、证据与提示 / show met indicators, evidence and notes too.
    #[arg(long, short)]
    pub verbose: bool,
    /// 今天的日期（仅在无法从档案推定评定期时使用；默认取 SOURCE_DATE_EPOCH 或今天）/ today's date, used
    /// only when no period can be inferred (default: SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<chrono::NaiveDate>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub report: ReportArgs,
}

pub fn run(args: AuditArgs, lang: Lang) -> Result<ExitCode> {
    let root = super::archive_or_cwd(args.archive);
    let options = LoadOptions {
        lang,
        max_text_size: args.max_file_size.saturating_mul(1 << 20),
    };
    audit_and_report(
        &root,
        args.standard.as_deref(),
        &options,
        &args.report,
        lang,
    )
}

pub fn demo(args: DemoArgs, lang: Lang) -> Result<ExitCode> {
    let tmp = tempfile::tempdir().map_err(|e| zicha::Error::io(std::env::temp_dir(), e))?;
    let root = zicha::materialize_sample(tmp.path())?;
    let options = LoadOptions {
        lang,
        ..LoadOptions::default()
    };
    audit_and_report(&root, None, &options, &args.report, lang)
}

/// Loads the archive, resolves its standard (the one named, else `zicha.yaml`'s, else the
/// default) and audits it.
pub fn load_and_audit(
    root: &Path,
    standard: Option<&str>,
    options: &LoadOptions,
    today: chrono::NaiveDate,
) -> Result<AuditReport> {
    let archive = Archive::load(root, options)?;
    let name = standard
        .map(String::from)
        .or_else(|| archive.config.as_ref().and_then(|c| c.standard.clone()))
        .unwrap_or_else(|| zicha::DEFAULT_STANDARD.into());
    // A standard named on the command line is relative to the current folder; in zicha.yaml, to
    // the archive.
    let base = if standard.is_some() { None } else { Some(root) };
    let std = Standard::resolve(&name, base)?;
    Ok(zicha::audit(
        &archive,
        &std,
        &AuditOptions {
            lang: options.lang,
            today,
        },
    ))
}

fn audit_and_report(
    root: &Path,
    standard: Option<&str>,
    options: &LoadOptions,
    report: &ReportArgs,
    lang: Lang,
) -> Result<ExitCode> {
    let today = super::dossier::report_date(report.today);
    let result = load_and_audit(root, standard, options, today)?;
    let export = ExportOptions {
        timestamp: super::export_timestamp(today),
    };
    match report.format {
        Format::Json => super::print(&zicha::render_json(&result)),
        Format::Junit => super::print(&zicha::render_junit(&result, &export)),
        Format::Sarif => super::print(&zicha::render_sarif(&result, &export)),
        Format::Csv => super::print(&zicha::render_csv(&result)),
        Format::Oscal => super::print(&zicha::render_oscal(&result, &export)),
        Format::Text => super::print(&zicha::render_text(
            &result,
            &TextOptions {
                lang,
                verbose: report.verbose,
            },
        )),
    }
    Ok(match report.fail_under {
        Some(n) if result.score.percent < n => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}
