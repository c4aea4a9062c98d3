//! `zicha index` and `zicha search`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use zicha::{
    ArchiveSchema, Hit, IndexSource, Lang, LoadOptions, Result, SearchIndex, SearchRequest,
    Standard, UpdateStats,
};

use super::Format;

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// 档案文件夹（默认当前文件夹；可给多个，与 --into 合建区级索引）/ archive folders (default: the current one).
    pub archives: Vec<PathBuf>,
    /// 区级索引：把多个档案建进同一个索引文件夹 / build one index of several archives in DIR.
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
    /// 状态文件夹（默认 档案/.zicha）/ state folder (default ARCHIVE/.zicha).
    #[arg(long, value_name = "DIR", conflicts_with = "into")]
    pub state: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// 查询：词语、"精确短语"、-排除词、OR / words, "exact phrase", -exclude, OR.
    pub query: Vec<String>,
    /// 档案文件夹（默认当前文件夹）/ archive folder (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub archive: Option<PathBuf>,
    /// 用已建好的（区级）索引 / search this index folder (e.g. one built with index --into).
    #[arg(long, value_name = "DIR", conflicts_with = "archive")]
    pub index: Option<PathBuf>,
    /// 状态文件夹 / state folder of the archive's index.
    #[arg(long, value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// 文件类型，如 training、drill、会议纪要 / document kind (id or Chinese name).
    #[arg(long)]
    pub kind: Option<String>,
    /// 要素编号 / element number.
    #[arg(long)]
    pub element: Option<String>,
    /// 指标编号 / indicator number.
    #[arg(long)]
    pub indicator: Option<String>,
    /// 年份 / year.
    #[arg(long)]
    pub year: Option<i32>,
    /// 起始日期 / from date (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<chrono::NaiveDate>,
    /// 截止日期 / to date (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<chrono::NaiveDate>,
    /// 文件夹或文件路径 / under this folder.
    #[arg(long)]
    pub path: Option<String>,
    /// 社区（区级索引）/ community (district index).
    #[arg(long)]
    pub community: Option<String>,
    /// 最多显示条数 / results to show.
    #[arg(long, short = 'n', default_value_t = 20,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=10_000))]
    pub limit: usize,
    /// 输出格式 / output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

pub fn load_standard(root: &Path) -> Result<Standard> {
    let name = zicha::ArchiveConfig::load(root)?
        .and_then(|c| c.standard)
        .unwrap_or_else(|| zicha::DEFAULT_STANDARD.into());
    Standard::resolve(&name, Some(root))
}

fn report_update(stats: &UpdateStats, docs: u64, lang: Lang, quiet: bool) {
    if let Some(why) = &stats.rebuilt {
        // The index says why in a word; the user reads it in their language.
        let zh = match why.as_str() {
            "damaged" => "索引文件损坏",
            "state file missing or unreadable" => "状态文件缺失或无法读取",
            "written by another version" => "由其他版本的 zicha 建立",
            "schema differs" => "索引结构已变化",
            other => other,
        };
        eprintln!(
            "{}",
            match lang {
                Lang::Zh => format!("zicha: 索引已重建（{zh}）"),
                Lang::En => format!("zicha: index rebuilt ({why})"),
            }
        );
    }
    if quiet {
        return;
    }
    super::print(&match lang {
        Lang::Zh => format!(
            "索引 {docs} 份文件：新增 {}，更新 {}，删除 {}，未变 {}（{:.2} 秒，读取 {:.1} MB）\n",
            stats.added,
            stats.changed,
            stats.removed,
            stats.unchanged + stats.touched,
            stats.elapsed.as_secs_f64(),
            stats.bytes_read as f64 / 1e6
        ),
        Lang::En => format!(
            "indexed {docs} documents: {} added, {} changed, {} removed, {} unchanged ({:.2} s, {:.1} MB read)\n",
            stats.added,
            stats.changed,
            stats.removed,
            stats.unchanged + stats.touched,
            stats.elapsed.as_secs_f64(),
            stats.bytes_read as f64 / 1e6
        ),
    });
}

/// Opens an index and brings it up to date with its sources.
pub fn open_updated(
    state: &Path,
    sources: &[IndexSource],
    std: &Standard,
    lang: Lang,
) -> Result<(SearchIndex, UpdateStats)> {
    let (index, rebuilt) = SearchIndex::open(state)?;
    let options = LoadOptions {
        lang,
        ..LoadOptions::default()
    };
    let mut stats = index.update(sources, std, &options)?;
    if stats.rebuilt.is_none() {
        stats.rebuilt = rebuilt.filter(|why| why != "missing");
    }
    Ok((index, stats))
}

/// Runs `f`; when the index turns out to be damaged, wipes it and runs `f` once more.
pub fn with_rebuild<T>(state: &Path, lang: Lang, f: impl Fn() -> Result<T>) -> Result<T> {
    match f() {
        Err(zicha::Error::CorruptIndex(_)) => {
            eprintln!(
                "{}",
                lang.pick(
                    "zicha: 索引已重建（索引文件损坏）",
                    "zicha: index rebuilt (damaged files)"
                )
            );
            SearchIndex::wipe(state)?;
            f()
        }
        other => other,
    }
}

pub fn index(args: IndexArgs, lang: Lang) -> Result<ExitCode> {
    let roots = if args.archives.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.archives
    };
    let sources = roots
        .iter()
        .map(|r| IndexSource::for_archive(r))
        .collect::<Result<Vec<_>>>()?;
    let state = match (&args.into, &args.state) {
        (Some(dir), _) | (None, Some(dir)) => dir.clone(),
        (None, None) => zicha::default_state_dir(&roots[0]),
    };
    let std = load_standard(&roots[0])?;
    let (index, stats) = with_rebuild(&state, lang, || open_updated(&state, &sources, &std, lang))?;
    report_update(&stats, index.len(), lang, false);
    Ok(ExitCode::SUCCESS)
}

/// Which index to use and what it holds: a district index (`--index DIR`: every archive it holds
/// that is still there) or one archive's (`--archive`, default the current folder), with the
/// standard its documents are mapped with.
pub fn resolve_index(
    index: Option<&Path>,
    archive: Option<PathBuf>,
    state: Option<PathBuf>,
) -> Result<(PathBuf, Vec<IndexSource>, Standard)> {
    match index {
        Some(dir) => {
            // An index to search is read, never made: a missing one is an error.
            if !dir.is_dir() {
                return Err(zicha::Error::IndexNotFound {
                    path: dir.to_path_buf(),
                });
            }
            // Read before opening: a damaged index is wiped on opening and rebuilt from these.
            let known = SearchIndex::sources_in(dir);
            SearchIndex::open(dir)?;
            let sources: Vec<IndexSource> = known
                .into_iter()
                .filter(|(_, root)| root.is_dir())
                .map(|(community, root)| IndexSource { root, community })
                .collect();
            let std = match sources.first() {
                Some(s) => load_standard(&s.root)?,
                None => Standard::builtin(zicha::DEFAULT_STANDARD)?,
            };
            Ok((dir.to_path_buf(), sources, std))
        }
        None => {
            let root = archive.unwrap_or_else(|| PathBuf::from("."));
            let source = IndexSource::for_archive(&root)?;
            let state = state.unwrap_or_else(|| zicha::default_state_dir(&root));
            let std = load_standard(&root)?;
            Ok((state, vec![source], std))
        }
    }
}

pub fn search(args: SearchArgs, lang: Lang) -> Result<ExitCode> {
    let (state, sources, std) = resolve_index(
        args.index.as_deref(),
        args.archive.clone(),
        args.state.clone(),
    )?;
    let schema = ArchiveSchema::builtin();
    let kind = args.kind.map(|k| {
        schema
            .kinds
            .iter()
            .find(|x| {
                x.title == k
                    || x.title.split('/').any(|t| t == k)
                    || x.title_en.eq_ignore_ascii_case(&k)
            })
            .map_or(k, |x| x.id.clone())
    });
    let req = SearchRequest {
        query: args.query.join(" "),
        kind,
        element: args.element,
        indicator: args.indicator,
        year: args.year,
        from: args.from,
        to: args.to,
        path: args.path,
        community: args.community,
        limit: args.limit,
    };
    let hits = with_rebuild(&state, lang, || {
        let (index, stats) = open_updated(&state, &sources, &std, lang)?;
        report_update(&stats, index.len(), lang, true);
        index.search(&req, lang)
    })?;
    match args.format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&serde_json::json!({ "results": hits }))
                .expect("results serialise");
            s.push('\n');
            super::print(&s);
        }
        Format::Text => super::print(&render_hits(&hits, lang)),
    }
    Ok(ExitCode::SUCCESS)
}

fn render_hits(hits: &[Hit], lang: Lang) -> String {
    use anstyle::{AnsiColor, Style};
    let bold = Style::new().bold();
    let dim = Style::new().dimmed();
    let hl = AnsiColor::Red.on_default().bold();
    if hits.is_empty() {
        return lang
            .pick(
                "没有找到匹配的文件。试试更短的词，或去掉筛选条件。\n",
                "No matching documents. Try shorter words or fewer filters.\n",
            )
            .into();
    }
    let schema = ArchiveSchema::builtin();
    let many_communities = hits.iter().any(|h| h.community != hits[0].community);
    let mut out = String::new();
    for (i, h) in hits.iter().enumerate() {
        let place = if many_communities {
            format!("[{}] {}", h.community, h.path)
        } else {
            h.path.clone()
        };
        let place = zicha::terminal_safe(&place);
        out.push_str(&format!("{:>2}. {bold}{place}{bold:#}\n", i + 1));
        let mut meta = vec![schema.label(&h.kind, lang).to_string()];
        meta.push(
            h.date
                .clone()
                .unwrap_or_else(|| lang.pick("无日期", "undated").into()),
        );
        if !h.elements.is_empty() {
            meta.push(format!(
                "{} {}",
                lang.pick("要素", "elements"),
                h.elements.join(", ")
            ));
        }
        if !h.indicators.is_empty() {
            let shown: Vec<&str> = h.indicators.iter().take(8).map(String::as_str).collect();
            meta.push(format!(
                "{} {}{}",
                lang.pick("指标", "indicators"),
                shown.join(", "),
                if h.indicators.len() > 8 { " …" } else { "" }
            ));
        }
        out.push_str(&format!("    {dim}{}{dim:#}\n", meta.join(" · ")));
        let mut snippet = String::new();
        let mut at = 0;
        for &(a, b) in &h.highlights {
            if a < at || b > h.snippet.len() {
                continue;
            }
            // Escaped piece by piece: the document's own ESC or U+202E must not act, ours must.
            snippet.push_str(&zicha::terminal_safe(&h.snippet[at..a]));
            snippet.push_str(&format!(
                "{hl}{}{hl:#}",
                zicha::terminal_safe(&h.snippet[a..b])
            ));
            at = b;
        }
        snippet.push_str(&zicha::terminal_safe(&h.snippet[at..]));
        let snippet: String = snippet.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push_str(&format!("    {snippet}\n"));
    }
    out
}
