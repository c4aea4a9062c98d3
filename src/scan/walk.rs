//! The folder walk. Skips zicha's own state (`.zicha/`), hidden files, Office lock files (`~$*`),
//! system litter and the archive's `zicha.yaml`; keeps `*.meta.yaml` sidecars apart. Symbolic
//! links are followed only to files inside the archive; loops and links leaving the archive
//! become diagnostics.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::Lang;

/// A file of the archive.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Relative to the root, `/`-separated.
    pub rel: String,
    /// Absolute (or root-joined) path to read.
    pub path: PathBuf,
}

/// What the walk found.
#[derive(Debug, Default)]
pub(crate) struct Walk {
    /// Candidate documents, sorted by path.
    pub files: Vec<Entry>,
    /// `NAME.meta.yaml` sidecars, sorted by path.
    pub sidecars: Vec<Entry>,
    /// Problems met on the way.
    pub diagnostics: Vec<Diagnostic>,
}

/// Suffix of sidecar metadata files.
pub(crate) const SIDECAR_SUFFIX: &str = ".meta.yaml";

/// System litter that is never evidence.
const LITTER: &[&str] = &["thumbs.db", "desktop.ini"];

fn skipped_name(name: &str, depth: usize) -> bool {
    name.starts_with('.')
        || name.starts_with("~$")
        || LITTER.contains(&name.to_lowercase().as_str())
        || (depth == 1 && name == crate::config::ArchiveConfig::FILE_NAME)
}

/// The path of a file within the archive, as zicha writes it everywhere (JSON, manifest, index):
/// `/`-separated, and unambiguous for every name the file system allows. A name that is not
/// UTF-8 (GBK names unzipped on Linux) shows each byte that is not as `\xNN`, and a backslash
/// itself as `\\`, so two different names never share one path: a forged twin of a file cannot
/// hide behind it.
pub(crate) fn rel_of(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| escaped_name(c.as_os_str()))
        .collect::<Vec<_>>()
        .join("/")
}

/// A file name as text: itself when it is UTF-8 without a backslash, else escaped.
pub(crate) fn escaped_name(name: &std::ffi::OsStr) -> std::borrow::Cow<'_, str> {
    if let Some(s) = name.to_str()
        && !s.contains('\\')
    {
        return std::borrow::Cow::Borrowed(s);
    }
    #[cfg(unix)]
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(name);
    // Elsewhere names are Unicode (UTF-16 on Windows): only a lone surrogate is lost.
    #[cfg(not(unix))]
    let lossy = name.to_string_lossy();
    #[cfg(not(unix))]
    let bytes = lossy.as_bytes();
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(&chunk.valid().replace('\\', "\\\\"));
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a name had to be escaped (not UTF-8): worth telling the archivist.
pub(crate) fn name_is_not_utf8(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_none()
}

/// Walks `root`. The top-level folders are walked in parallel and the results joined in name
/// order, so the output is the same as a sequential sorted walk.
pub(crate) fn walk(root: &Path, lang: Lang) -> Walk {
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut out = Walk::default();
    let mut top = Vec::new();
    for entry in WalkDir::new(root)
        .min_depth(1)
        .max_depth(1)
        .follow_links(false)
        .sort_by_file_name()
    {
        match entry {
            Ok(e) if !skipped_name(&e.file_name().to_string_lossy(), 1) => top.push(e.into_path()),
            Ok(_) => {}
            Err(err) => out.diagnostics.push(walk_error(root, &err, lang)),
        }
    }
    let parts: Vec<Walk> = top
        .par_iter()
        .map(|start| walk_from(root, &canonical_root, start, lang))
        .collect();
    for part in parts {
        out.files.extend(part.files);
        out.sidecars.extend(part.sidecars);
        out.diagnostics.extend(part.diagnostics);
    }
    out
}

/// Whether the file is a PEM private key (`zicha keygen`'s signing-key.pem, an OpenSSL key): its
/// opening says so. Only `.pem` and `.key` files are opened, and only their first bytes.
fn is_private_key(path: &Path) -> bool {
    use std::io::Read;
    let key_like = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("pem") || e.eq_ignore_ascii_case("key"));
    if !key_like {
        return false;
    }
    let mut head = [0u8; 256];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let head = String::from_utf8_lossy(&head[..n]);
    head.contains("-----BEGIN") && head.contains("PRIVATE KEY-----")
}

fn walk_error(root: &Path, err: &walkdir::Error, lang: Lang) -> Diagnostic {
    let rel = err.path().map(|p| rel_of(root, p)).unwrap_or_default();
    Diagnostic::new(Code::WalkError, rel, err.to_string()).with_help(lang.pick(
        "检查该文件夹的读取权限",
        "check the folder's read permissions",
    ))
}

/// Walks one top-level entry of the archive (a folder, a file or a link).
fn walk_from(root: &Path, canonical_root: &Path, start: &Path, lang: Lang) -> Walk {
    let mut out = Walk::default();
    // A top-level link is an entry like any other, not a folder to go into.
    let walker = WalkDir::new(start)
        .follow_links(false)
        .follow_root_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !skipped_name(&e.file_name().to_string_lossy(), e.depth() + 1)
        });
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                out.diagnostics.push(walk_error(root, &err, lang));
                continue;
            }
        };
        let rel = rel_of(root, entry.path());
        let ft = entry.file_type();
        if ft.is_symlink() {
            match entry.path().canonicalize() {
                Ok(target) if target.starts_with(canonical_root) && target.is_file() => {}
                Ok(target) if target.starts_with(canonical_root) => {
                    // A link to a folder inside the archive shows files already walked, or loops.
                    out.diagnostics.push(
                        Diagnostic::new(
                            Code::UnsafeLink,
                            rel,
                            lang.pick(
                                "指向档案内文件夹的符号链接，未跟随（避免重复与循环）",
                                "symlink to a folder inside the archive; not followed (avoids duplicates and loops)",
                            ),
                        )
                        .with_help(lang.pick("如需收录，请复制文件而非建立链接", "copy the files instead of linking them")),
                    );
                    continue;
                }
                Ok(_) => {
                    out.diagnostics.push(
                        Diagnostic::new(
                            Code::UnsafeLink,
                            rel,
                            lang.pick(
                                "符号链接指向档案之外，已跳过",
                                "symlink points outside the archive; skipped",
                            ),
                        )
                        .with_help(lang.pick(
                            "将文件复制到档案文件夹内",
                            "copy the file into the archive folder",
                        )),
                    );
                    continue;
                }
                Err(e) => {
                    out.diagnostics.push(
                        Diagnostic::new(
                            Code::UnsafeLink,
                            rel,
                            format!(
                                "{}: {e}",
                                lang.pick(
                                    "符号链接无法解析（循环或目标不存在）",
                                    "symlink cannot be resolved (loop or missing target)"
                                )
                            ),
                        )
                        .with_help(lang.pick("删除或修复该链接", "remove or fix the link")),
                    );
                    continue;
                }
            }
        } else if !ft.is_file() {
            continue;
        }
        if name_is_not_utf8(entry.file_name()) {
            out.diagnostics.push(
                Diagnostic::new(
                    Code::NameNotUtf8,
                    rel.clone(),
                    lang.pick(
                        "文件名不是 UTF-8 编码（多为在 Linux 上解压的 GBK 文件名），已按转义形式记录",
                        "file name is not UTF-8 (often a GBK name unzipped on Linux); recorded in escaped form",
                    ),
                )
                .with_help(lang.pick(
                    "用支持中文的解压工具重新解压，或把文件改名为正确的中文名",
                    "unzip again with a tool that handles Chinese names, or rename the file",
                )),
            );
        }
        if is_private_key(entry.path()) {
            out.diagnostics.push(
                Diagnostic::new(
                    Code::PrivateKey,
                    rel,
                    lang.pick(
                        "这是签名私钥，不是档案材料：未计入文件清单和目录",
                        "this is a signing key, not archive material: left out of the manifest and catalogue",
                    ),
                )
                .with_help(lang.pick(
                    "把私钥移到档案以外（如 ~/zicha-签名/），档案交出前务必移出",
                    "move the key out of the archive (e.g. ~/zicha-keys/) before handing the archive over",
                )),
            );
            continue;
        }
        let item = Entry {
            rel: rel.clone(),
            path: entry.path().to_path_buf(),
        };
        if rel.ends_with(SIDECAR_SUFFIX) {
            out.sidecars.push(item);
        } else {
            out.files.push(item);
        }
    }
    out
}
