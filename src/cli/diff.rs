//! `zicha diff OLD.json NEW.json`: progress between two saved audit results.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use zicha::{Error, Lang, Result};

use super::Format;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// 较早的审核结果（zicha audit --format json 的输出）/ the older audit result (JSON).
    pub old: PathBuf,
    /// 较新的审核结果 / the newer audit result (JSON).
    pub new: PathBuf,
    /// 输出格式 / output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Reads an audit result saved as JSON; the error names the file.
pub fn read_audit_json(path: &Path, lang: Lang) -> Result<serde_json::Value> {
    let bytes = zicha::read_bounded(path, zicha::DOCUMENT_LIMIT)?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Error::Other(match lang {
            Lang::Zh => format!(
                "{}：不是 JSON（第 {} 行）：{e}；请用 zicha audit --format json 保存审核结果",
                path.display(),
                e.line()
            ),
            Lang::En => format!(
                "{}: not JSON (line {}): {e}; save audit results with zicha audit --format json",
                path.display(),
                e.line()
            ),
        })
    })
}

pub fn run(args: DiffArgs, lang: Lang) -> Result<ExitCode> {
    let old = read_audit_json(&args.old, lang)?;
    let new = read_audit_json(&args.new, lang)?;
    let diff = zicha::diff_reports(&old, &new).map_err(|e| {
        Error::Other(match lang {
            Lang::Zh => format!("无法比较：输入不是 zicha 审核结果（{e}）"),
            Lang::En => format!("cannot compare: an input is not a zicha audit result ({e})"),
        })
    })?;
    match args.format {
        Format::Json => super::print(&format!(
            "{}\n",
            serde_json::to_string_pretty(&diff).expect("a diff serialises")
        )),
        Format::Text => super::print(&zicha::render_diff(
            &diff,
            lang.pick("两次审核之间的变化", "Changes between the two audits"),
            lang,
        )),
    }
    Ok(ExitCode::SUCCESS)
}
