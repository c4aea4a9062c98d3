//! `zicha serve`.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use zicha::{IndexSource, Lang, LoadOptions, Result, SearchIndex, Standard};

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
    let (state, sources) = match &args.index {
        Some(dir) => {
            let (existing, _) = SearchIndex::open(dir)?;
            let sources = existing
                .sources()
                .into_iter()
                .filter(|(_, root)| root.is_dir())
                .map(|(community, root)| IndexSource { root, community })
                .collect::<Vec<_>>();
            (dir.clone(), sources)
        }
        None => {
            let root = args.archive.clone().unwrap_or_else(|| PathBuf::from("."));
            let state = args
                .state
                .clone()
                .unwrap_or_else(|| zicha::default_state_dir(&root));
            (state, vec![IndexSource::for_archive(&root)?])
        }
    };
    let standard = match sources.first() {
        Some(s) => super::search::load_standard(&s.root)?,
        None => Standard::builtin(zicha::DEFAULT_STANDARD)?,
    };
    let (index, _) = SearchIndex::open(&state)?;
    let index = match index.update(
        &sources,
        &standard,
        &LoadOptions {
            lang,
            ..LoadOptions::default()
        },
    ) {
        Ok(_) => index,
        Err(zicha::Error::CorruptIndex(_)) => {
            drop(index);
            SearchIndex::wipe(&state)?;
            let (index, _) = SearchIndex::open(&state)?;
            index.update(
                &sources,
                &standard,
                &LoadOptions {
                    lang,
                    ..LoadOptions::default()
                },
            )?;
            index
        }
        Err(e) => return Err(e),
    };
    zicha::serve(zicha::ServeOptions {
        index,
        standard,
        lang,
        addr: SocketAddr::new(args.bind, args.port),
    })?;
    Ok(ExitCode::SUCCESS)
}
