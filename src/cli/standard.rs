//! `zicha standard show|lint`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use zicha::{Lang, Result, Standard};

#[derive(Debug, Subcommand)]
pub enum StandardCommand {
    /// 以表格显示要素与指标 / print elements and indicators as a table.
    Show {
        /// Built-in id or a standard file (default aqt9001-2006).
        #[arg(long)]
        standard: Option<String>,
    },
    /// 校验标准文件，错误带行号 / check a standard file; problems with file:line.
    Lint {
        /// The standard YAML file.
        file: PathBuf,
    },
}

pub fn run(cmd: StandardCommand, lang: Lang) -> Result<ExitCode> {
    match cmd {
        StandardCommand::Show { standard } => {
            let std =
                Standard::resolve(standard.as_deref().unwrap_or(zicha::DEFAULT_STANDARD), None)?;
            super::print(&zicha::render_standard_table(&std, lang));
            Ok(ExitCode::SUCCESS)
        }
        StandardCommand::Lint { file } => {
            let problems = zicha::lint_standard(&file, lang)?;
            if problems.is_empty() {
                super::print(&match lang {
                    Lang::Zh => format!("{}：校验通过\n", file.display()),
                    Lang::En => format!("{}: ok\n", file.display()),
                });
                Ok(ExitCode::SUCCESS)
            } else {
                let mut out = String::new();
                for p in &problems {
                    out.push_str(&format!("{}:{}: {}\n", file.display(), p.line, p.message));
                }
                out.push_str(&match lang {
                    Lang::Zh => format!("{} 处错误\n", problems.len()),
                    Lang::En => format!("{} problem(s)\n", problems.len()),
                });
                super::print(&out);
                Ok(ExitCode::from(2))
            }
        }
    }
}
