//! `zicha serve`.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use zicha::{Lang, Result};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// 档案文件夹（默认当前文件夹）/ archive folder (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub archive: Option<PathBuf>,
    /// 提供已建好的（区级）索引 / serve this index folder (e.g. one built with index --into).
    #[arg(long, value_name = "DIR", conflicts_with = "archive")]
    pub index: Option<PathBuf>,
    /// 状态文件夹 / state folder of the archive's index.
    #[arg(long, value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// 监听地址 / address to bind.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// 端口（0 为任选）/ port (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
}

pub fn run(args: ServeArgs, lang: Lang) -> Result<ExitCode> {
    let (state, sources, standard) =
        super::search::resolve_index(args.index.as_deref(), args.archive, args.state)?;
    let (index, _) = super::search::with_rebuild(&state, lang, || {
        super::search::open_updated(&state, &sources, &standard, lang)
    })?;
    zicha::serve(zicha::ServeOptions {
        index,
        standard,
        lang,
        addr: SocketAddr::new(args.bind, args.port),
    })?;
    Ok(ExitCode::SUCCESS)
}
