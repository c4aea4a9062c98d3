//! Failures of the tool or of its input as a whole (exit code 2). A problem *inside* an archive is
//! not an error: it is a [`crate::Diagnostic`] or a gap, and the run goes on.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::standard::LintProblem;

/// Result with zicha's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why zicha could not do what was asked. Each variant names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The archive folder does not exist or is not a folder.
    #[error("archive not found: {path}")]
    ArchiveNotFound {
        /// The path given.
        path: PathBuf,
    },
    /// `--index` names a folder that does not exist.
    #[error("index not found: {path}")]
    IndexNotFound {
        /// The path given.
        path: PathBuf,
    },
    /// A folder given as a state or index folder holds files that are not zicha's.
    #[error("not a zicha state folder: {path}")]
    NotStateFolder {
        /// The path given.
        path: PathBuf,
    },
    /// A path given as a file is a folder, a device or a pipe.
    #[error("not a regular file: {path}")]
    NotAFile {
        /// The path given.
        path: PathBuf,
    },
    /// A file is larger than zicha reads for its purpose.
    #[error("{path}: larger than {limit} bytes")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The bound, in bytes.
        limit: u64,
    },
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A YAML file (zicha.yaml, a standard) is malformed.
    #[error("{path}:{line}:{column}: {message}")]
    Yaml {
        /// The file.
        path: PathBuf,
        /// 1-based line (0 when unknown).
        line: u64,
        /// 1-based column (0 when unknown).
        column: u64,
        /// What the parser said.
        message: String,
    },
    /// A YAML file parsed but holds values that make no sense.
    #[error("{path}:{line}: {message}")]
    Config {
        /// The file.
        path: PathBuf,
        /// 1-based line (0 when unknown).
        line: u64,
        /// What is wrong, in the chosen language.
        message: String,
    },
    /// A standard file failed validation.
    #[error("{path}: {} problem(s)", problems.len())]
    InvalidStandard {
        /// The file.
        path: PathBuf,
        /// Everything wrong with it, each with a line.
        problems: Vec<LintProblem>,
    },
    /// `standard:` names no built-in standard and no file.
    #[error("unknown standard: {name}")]
    UnknownStandard {
        /// The name given.
        name: String,
    },
    /// The index files are damaged; the index is rebuilt from the archives.
    #[error("damaged index: {0}")]
    CorruptIndex(PathBuf),
    /// A search query that cannot be run; the message says why and how to write it.
    #[error("{0}")]
    Query(String),
    /// The index or output could not be produced for another reason.
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// The error as a user reads it: what is wrong, where, and what to do.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Error::ArchiveNotFound { path } => match lang {
                Lang::Zh => format!(
                    "找不到档案文件夹：{}\n  提示：请确认路径，或在档案文件夹内运行 zicha audit",
                    path.display()
                ),
                Lang::En => format!(
                    "archive folder not found: {}\n  help: check the path, or run zicha audit inside the archive folder",
                    path.display()
                ),
            },
            Error::IndexNotFound { path } => match lang {
                Lang::Zh => format!(
                    "找不到索引文件夹：{}\n  提示：先运行 zicha index 档案文件夹 --into {} 建立索引",
                    path.display(),
                    path.display()
                ),
                Lang::En => format!(
                    "index folder not found: {}\n  help: build it first with zicha index ARCHIVE --into {}",
                    path.display(),
                    path.display()
                ),
            },
            Error::NotStateFolder { path } => match lang {
                Lang::Zh => format!(
                    "{} 不是 zicha 的状态文件夹（其中有别的文件），zicha 不会在其中写入或删除任何内容\n  提示：另选一个新的或空的文件夹",
                    path.display()
                ),
                Lang::En => format!(
                    "{} is not a zicha state folder (it holds other files); zicha writes and deletes nothing there\n  help: choose a new or empty folder",
                    path.display()
                ),
            },
            Error::NotAFile { path } => match lang {
                Lang::Zh => format!(
                    "{} 不是普通文件（是文件夹、设备或管道）\n  提示：给出文件的路径",
                    path.display()
                ),
                Lang::En => format!(
                    "{} is not a regular file (a folder, a device or a pipe)\n  help: give the path of a file",
                    path.display()
                ),
            },
            Error::TooLarge { path, limit } => match lang {
                Lang::Zh => format!(
                    "{} 超过 {} MB，zicha 不读取这么大的此类文件\n  提示：确认给出的是正确的文件",
                    path.display(),
                    limit >> 20
                ),
                Lang::En => format!(
                    "{} is larger than {} MB, more than zicha reads for this kind of file\n  help: check that this is the right file",
                    path.display(),
                    limit >> 20
                ),
            },
            Error::Io { path, source } => match lang {
                Lang::Zh => format!("无法读取或写入 {}：{source}", path.display()),
                Lang::En => format!("cannot read or write {}: {source}", path.display()),
            },
            Error::Yaml {
                path,
                line,
                column,
                message,
            } => match lang {
                Lang::Zh => format!(
                    "{}:{line}:{column}: YAML 格式错误：{message}\n  提示：检查该行的缩进、冒号和引号",
                    path.display()
                ),
                Lang::En => format!(
                    "{}:{line}:{column}: malformed YAML: {message}\n  help: check indentation, colons and quotes on that line",
                    path.display()
                ),
            },
            Error::Config {
                path,
                line,
                message,
            } => format!("{}:{line}: {message}", path.display()),
            Error::InvalidStandard { path, problems } => {
                let mut out = match lang {
                    Lang::Zh => {
                        format!("标准文件 {} 有 {} 处错误：", path.display(), problems.len())
                    }
                    Lang::En => format!(
                        "standard {} has {} problem(s):",
                        path.display(),
                        problems.len()
                    ),
                };
                for p in problems {
                    out.push_str(&format!("\n  {}:{}: {}", path.display(), p.line, p.message));
                }
                out
            }
            Error::UnknownStandard { name } => match lang {
                Lang::Zh => format!(
                    "未知的标准：{name}\n  提示：内置标准为 aqt9001-2006；也可给出标准 YAML 文件的路径（zicha standard show 查看）"
                ),
                Lang::En => format!(
                    "unknown standard: {name}\n  help: the built-in standard is aqt9001-2006; or give the path of a standard YAML file"
                ),
            },
            Error::CorruptIndex(path) => match lang {
                Lang::Zh => format!(
                    "索引文件已损坏：{}\n  提示：删除该文件夹后重新运行 zicha index",
                    path.display()
                ),
                Lang::En => format!(
                    "damaged index: {}\n  help: remove that folder and run zicha index again",
                    path.display()
                ),
            },
            Error::Query(message) | Error::Other(message) => message.clone(),
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn yaml(path: impl Into<PathBuf>, err: &serde_saphyr::Error) -> Self {
        let (line, column) = err
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((0, 0));
        Error::Yaml {
            path: path.into(),
            line,
            column,
            message: first_line(&err.to_string()),
        }
    }
}

/// saphyr renders a multi-line snippet; the first line carries the message.
fn first_line(s: &str) -> String {
    static PREFIX: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:error:\s*)?(?:line \d+ column \d+:\s*)?").unwrap()
    });
    let line = s.lines().next().unwrap_or(s).trim();
    PREFIX.replace(line, "").into_owned()
}
