//! `zicha export catalogue|bagit [ARCHIVE] -o PATH`: files for archivists, written outside the
//! archive, each atomically.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};
use zicha::{BagOptions, Error, Lang, LoadOptions, Manifest, Result};

use super::dossier::{report_date, write_atomically};

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// 归档文件目录（DA/T 22-2015），按 -o 的扩展名写成 .csv 或 .xlsx / the archive catalogue
    /// (DA/T 22-2015) as .csv or .xlsx, after the extension of -o.
    Catalogue(CatalogueArgs),
    /// BagIt 标签文件（manifest-sha256.txt 等）写入 -o 文件夹 / the BagIt tag files
    /// (manifest-sha256.txt …) into the folder -o.
    Bagit(BagitArgs),
}

#[derive(Debug, Args)]
pub struct CatalogueArgs {
    /// 档案文件夹（默认当前文件夹）/ archive folder (default: the current folder).
    pub archive: Option<PathBuf>,
    /// 输出文件（.csv 或 .xlsx，不能在档案内）/ the file to write (.csv or .xlsx, outside the archive).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// 标准：内置 id 或 YAML 文件 / built-in id or standard file.
    #[arg(long)]
    pub standard: Option<String>,
    /// 导出日期，默认取 SOURCE_DATE_EPOCH 或今天 / export date (default: SOURCE_DATE_EPOCH or today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<chrono::NaiveDate>,
}

#[derive(Debug, Args)]
pub struct BagitArgs {
    /// 档案文件夹（默认当前文件夹）/ archive folder (default: the current folder).
    pub archive: Option<PathBuf>,
    /// 输出文件夹（不存在则创建，不能在档案内）/ the folder to write into (created if missing; outside the archive).
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Bagging-Date，默认取 SOURCE_DATE_EPOCH 或今天 / Bagging-Date (default: SOURCE_DATE_EPOCH or today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<chrono::NaiveDate>,
    /// 只写标签文件，不复制档案到 data/ / write the tag files only, not the payload under data/.
    #[arg(long)]
    pub tags_only: bool,
    /// 能建硬链接时用硬链接代替复制（节省空间；注意：改动 bag 中的文件即改动档案原件）/ hard-link the
    /// payload where the file system allows instead of copying (saves space; editing a linked file
    /// in the bag edits the archive's own).
    #[arg(long, conflicts_with = "tags_only")]
    pub link: bool,
}

pub fn run(cmd: ExportCommand, lang: Lang) -> Result<ExitCode> {
    match cmd {
        ExportCommand::Catalogue(args) => catalogue(args, lang),
        ExportCommand::Bagit(args) => bagit(args, lang),
    }
}

fn catalogue(args: CatalogueArgs, lang: Lang) -> Result<ExitCode> {
    let root = super::archive_or_cwd(args.archive)?;
    let ext = args
        .output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if ext != "csv" && ext != "xlsx" {
        return Err(Error::Other(match lang {
            Lang::Zh => format!(
                "不知道把目录写成什么格式：{}\n  提示：输出文件名以 .csv 或 .xlsx 结尾",
                args.output.display()
            ),
            Lang::En => format!(
                "which format for {}?\n  help: end the output name with .csv or .xlsx",
                args.output.display()
            ),
        }));
    }
    if !root.is_dir() {
        return Err(Error::ArchiveNotFound { path: root });
    }
    super::outside_archive(&root, &args.output, lang)?;
    let date = report_date(args.date);
    let options = LoadOptions {
        lang,
        ..LoadOptions::default()
    };
    let (report, _) =
        super::audit::load_and_audit(&root, args.standard.as_deref(), &options, date)?;
    let bytes = if ext == "xlsx" {
        let created = super::export_timestamp(date).naive_utc();
        zicha::render_catalogue_xlsx(&report, created, lang)?
    } else {
        zicha::render_catalogue_csv(&report)
    };
    write_atomically(&args.output, &bytes)?;
    super::print(&match lang {
        Lang::Zh => format!(
            "已生成归档文件目录 {}：{} 件\n",
            args.output.display(),
            report.documents.len()
        ),
        Lang::En => format!(
            "wrote the catalogue {}: {} files\n",
            args.output.display(),
            report.documents.len()
        ),
    });
    Ok(ExitCode::SUCCESS)
}

fn bagit(args: BagitArgs, lang: Lang) -> Result<ExitCode> {
    let root = super::archive_or_cwd(args.archive)?;
    if !root.is_dir() {
        return Err(Error::ArchiveNotFound { path: root });
    }
    super::outside_archive(&root, &args.output, lang)?;
    let manifest = Manifest::of_archive(&root, lang)?;
    let organization = zicha::ArchiveConfig::load(&root)?.and_then(|c| c.community);
    let files = zicha::bag_tag_files(
        &manifest,
        &BagOptions {
            date: report_date(args.date),
            organization,
            lang,
        },
    )?;
    std::fs::create_dir_all(&args.output).map_err(|e| Error::io(&args.output, e))?;
    if !args.tags_only {
        zicha::write_bag_payload(&root, &manifest, &args.output, args.link, lang)?;
    }
    for (name, bytes) in &files {
        write_atomically(&args.output.join(name), bytes)?;
    }
    let total: u64 = manifest.files.iter().map(|f| f.size).sum();
    if !args.tags_only {
        super::print(&match lang {
            Lang::Zh => format!(
                "已在 {} 写入完整的 BagIt bag（{} 个文件，{} 字节，原件在 data/ 下）\n",
                args.output.display(),
                manifest.files.len(),
                total
            ),
            Lang::En => format!(
                "wrote a complete BagIt bag into {} ({} files, {} bytes, the originals under data/)\n",
                args.output.display(),
                manifest.files.len(),
                total
            ),
        });
        return Ok(ExitCode::SUCCESS);
    }
    super::print(&match lang {
        Lang::Zh => format!(
            "已在 {} 写入 BagIt 标签文件（{} 个文件，{} 字节）\n  把档案复制为该文件夹下的 data/ 即成为完整的 bag（见 docs/exports.md）\n",
            args.output.display(),
            manifest.files.len(),
            total
        ),
        Lang::En => format!(
            "wrote the BagIt tag files into {} ({} files, {} bytes)\n  copy the archive into its data/ folder to make the bag (see docs/exports.md)\n",
            args.output.display(),
            manifest.files.len(),
            total
        ),
    });
    Ok(ExitCode::SUCCESS)
}
