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
    /// 状态文件夹（默认档案下的 .zicha/）/ state folder (default: .zicha/ in the archive).
    #[arg(long, value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// 不读也不记上次运行的结果 / neither read nor record the last run (no "since last run").
    #[arg(long, env = "ZICHA_NO_HISTORY", value_parser = clap::builder::BoolishValueParser::new())]
    pub no_history: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// 输出格式 / output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// 得分率低于 N% 时以退出码 1 结束（覆盖 zicha.yaml 的 gate.min_score）/ exit 1 when the score
    /// is below N percent of the possible points (overrides gate.min_score).
    #[arg(long, value_name = "N", value_parser = parse_percent)]
    pub fail_under: Option<f64>,
    /// 有指标得 0 分时以退出码 1 结束 / exit 1 when any indicator earns nothing.
    #[arg(long)]
    pub no_zero: bool,
    /// 有文件存在错误级问题（无法读取、损坏……）时以退出码 1 结束 / exit 1 when any document has an
    /// error-level problem (unreadable, damaged …).
    #[arg(long)]
    pub no_unreadable: bool,
    /// 调整某个诊断代码的级别，如 no-date=error、legacy-encoding=off（可重复）/ set a diagnostic
    /// code's severity: error, warning, info or off (repeatable).
    #[arg(long, value_name = "CODE=LEVEL", value_parser = parse_severity)]
    pub severity: Vec<(String, zicha::SeverityOverride)>,
    /// 列出全部指标、证据与提示 / show met indicators, evidence and notes too.
    #[arg(long, short)]
    pub verbose: bool,
    /// 今天的日期（仅在无法从档案推定评定期时使用；默认取 SOURCE_DATE_EPOCH 或今天）/ today's date, used
    /// only when no period can be inferred (default: SOURCE_DATE_EPOCH, else today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<chrono::NaiveDate>,
}

/// A percentage from 0 to 100: NaN or 1e9 would pass or fail every gate whatever the archive.
fn parse_percent(s: &str) -> std::result::Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if (0.0..=100.0).contains(&v) => Ok(v),
        _ => Err(format!(
            "需要 0 到 100 之间的百分数 / expected a percentage from 0 to 100: {s}"
        )),
    }
}

fn parse_severity(s: &str) -> std::result::Result<(String, zicha::SeverityOverride), String> {
    let (code, level) = s
        .split_once('=')
        .ok_or_else(|| format!("需要 CODE=LEVEL，如 no-date=error / expected CODE=LEVEL: {s}"))?;
    if zicha::Code::parse(code.trim()).is_none() {
        return Err(format!(
            "未知的诊断代码 {code}（zicha explain 列出全部）/ unknown code {code}"
        ));
    }
    let level = zicha::SeverityOverride::parse(level).ok_or_else(|| {
        format!("级别应为 error、warning、info 或 off / level must be error, warning, info or off: {level}")
    })?;
    Ok((code.trim().to_string(), level))
}

impl ReportArgs {
    /// The gate the flags ask for, to be laid over `zicha.yaml`'s.
    fn gate(&self) -> zicha::Gate {
        zicha::Gate {
            min_score: self.fail_under,
            no_zero_indicators: self.no_zero,
            no_unreadable: self.no_unreadable,
            severity: self.severity.iter().cloned().collect(),
        }
    }
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub report: ReportArgs,
}

pub fn run(args: AuditArgs, lang: Lang) -> Result<ExitCode> {
    let root = super::archive_or_cwd(args.archive)?;
    let options = LoadOptions {
        lang,
        max_text_size: args.max_file_size.saturating_mul(1 << 20),
    };
    let state = match (&args.state, args.no_history) {
        (_, true) => None,
        (Some(s), false) => Some(s.clone()),
        (None, false) => Some(zicha::default_state_dir(&root)),
    };
    audit_and_report(
        &root,
        args.standard.as_deref(),
        &options,
        &args.report,
        lang,
        History {
            state: state.as_deref(),
        },
    )
}

pub fn demo(args: DemoArgs, lang: Lang) -> Result<ExitCode> {
    let tmp = tempfile::tempdir().map_err(|e| zicha::Error::io(std::env::temp_dir(), e))?;
    let root = zicha::materialize_sample(tmp.path())?;
    let options = LoadOptions {
        lang,
        ..LoadOptions::default()
    };
    audit_and_report(
        &root,
        None,
        &options,
        &args.report,
        lang,
        History { state: None },
    )
}

/// Loads the archive, resolves its standard (the one named, else `zicha.yaml`'s, else the
/// default) and audits it. Also returns the gate of its `zicha.yaml` (empty when there is none),
/// so that the file is read once.
pub fn load_and_audit(
    root: &Path,
    standard: Option<&str>,
    options: &LoadOptions,
    today: chrono::NaiveDate,
) -> Result<(AuditReport, zicha::Gate)> {
    let archive = Archive::load(root, options)?;
    let name = standard
        .map(String::from)
        .or_else(|| archive.config.as_ref().and_then(|c| c.standard.clone()))
        .unwrap_or_else(|| zicha::DEFAULT_STANDARD.into());
    // A standard named on the command line is relative to the current folder; in zicha.yaml, to
    // the archive.
    let base = if standard.is_some() { None } else { Some(root) };
    let std = Standard::resolve(&name, base)?;
    let report = zicha::audit(
        &archive,
        &std,
        &AuditOptions {
            lang: options.lang,
            today,
        },
    );
    let gate = archive.config.and_then(|c| c.gate).unwrap_or_default();
    Ok((report, gate))
}

struct History<'a> {
    /// Where the last run is recorded; `None` with --no-history (and for the demo).
    state: Option<&'a Path>,
}

fn audit_and_report(
    root: &Path,
    standard: Option<&str>,
    options: &LoadOptions,
    report: &ReportArgs,
    lang: Lang,
    history: History<'_>,
) -> Result<ExitCode> {
    let today = super::dossier::report_date(report.today);
    let (mut result, from_file) = load_and_audit(root, standard, options, today)?;
    // The archive's own gate, with the flags on top.
    let gate = from_file.merged(&report.gate());
    if !gate.is_empty() {
        zicha::apply_gate(&mut result, &gate);
    }
    let json = zicha::render_json(&result);
    let since_last = history
        .state
        .and_then(|state| since_last_run(state, &json, lang));
    let export = ExportOptions {
        timestamp: super::export_timestamp(today),
    };
    match report.format {
        Format::Json => super::print(&json),
        Format::Junit => super::print(&zicha::render_junit(&result, &export)),
        Format::Sarif => super::print(&zicha::render_sarif(&result, &export)),
        Format::Csv => super::print(&zicha::render_csv(&result)),
        Format::Oscal => super::print(&zicha::render_oscal(&result, &export)),
        Format::Text => {
            let mut text = zicha::render_text(
                &result,
                &TextOptions {
                    lang,
                    verbose: report.verbose,
                },
            );
            if let Some(diff) = &since_last {
                text.push('\n');
                text.push_str(&zicha::render_diff(
                    diff,
                    lang.pick("自上次运行以来", "Since the last run"),
                    lang,
                ));
            }
            super::print(&text)
        }
    }
    Ok(match &result.gate {
        Some(g) if !g.passed => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}

/// File in the state folder that keeps the last run's result.
const LAST_RUN: &str = "last-audit.json";

/// Compares this run with the one recorded in `state`, then records this one. The record is a
/// convenience: when it cannot be read or written the audit goes on, with a note on stderr.
fn since_last_run(state: &Path, json: &str, lang: Lang) -> Option<zicha::AuditDiff> {
    // Only a folder that is zicha's is read or written; another is someone's data.
    if let Err(e) = zicha::claim_state_dir(state) {
        eprintln!("zicha: {}", e.render(lang));
        return None;
    }
    let path = state.join(LAST_RUN);
    let previous: Option<serde_json::Value> = std::fs::read(&path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let current: serde_json::Value = serde_json::from_str(json).ok()?;
    let diff = previous.and_then(|p| {
        let d = zicha::diff_reports(&p, &current).ok()?;
        // Another standard is another yardstick: no comparison.
        (d.old.standard == d.new.standard).then_some(d)
    });
    let written = super::dossier::write_atomically(&path, json.as_bytes());
    if let Err(e) = written {
        eprintln!(
            "zicha: {}",
            match lang {
                Lang::Zh => format!("未能记录本次运行（{}）：{e}", path.display()),
                Lang::En => format!("could not record this run ({}): {e}", path.display()),
            }
        );
    }
    diff
}
