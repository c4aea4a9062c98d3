//! The tag files of a BagIt bag (RFC 8493) for the archive: `bagit.txt`, `bag-info.txt`,
//! `manifest-sha256.txt` (every file of the dossier manifest — documents, sidecars and
//! `zicha.yaml`, never `.zicha/` — as `data/<path>`, NFC-normalised, sorted) and
//! `tagmanifest-sha256.txt`, and the payload: a copy of those files under `data/` (hard links
//! with `--link`), so that the folder is a bag `bagit.py --validate` (or any BagIt tool) checks.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::dossier::Manifest;
use crate::error::{Error, Result};
use crate::i18n::Lang;

/// What `bag-info.txt` says beyond the payload.
#[derive(Debug, Clone)]
pub struct BagOptions {
    /// `Bagging-Date`.
    pub date: chrono::NaiveDate,
    /// `Source-Organization`: the community, when `zicha.yaml` names it.
    pub organization: Option<String>,
    /// Language of errors.
    pub lang: Lang,
}

/// RFC 8493 §2.1.3: a path in a manifest escapes `%`, CR and LF.
fn manifest_path(path: &str) -> String {
    let nfc: String = path.nfc().collect();
    nfc.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A tag-file value on one line.
fn value(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tag files, as (file name, contents), in the order they are best written.
pub fn bag_tag_files(manifest: &Manifest, options: &BagOptions) -> Result<Vec<(String, Vec<u8>)>> {
    let mut lines: Vec<(String, &str)> = manifest
        .files
        .iter()
        .map(|f| {
            (
                format!("data/{}", manifest_path(&f.path)),
                f.sha256.as_str(),
            )
        })
        .collect();
    lines.sort();
    if let Some(w) = lines.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(Error::Other(match options.lang {
            Lang::Zh => format!(
                "档案中有两个文件名仅在 Unicode 规范化形式上不同：{}\n  提示：重命名其中一个后再导出",
                w[0].0
            ),
            Lang::En => format!(
                "two files of the archive differ only in Unicode normalisation: {}\n  help: rename one of them, then export again",
                w[0].0
            ),
        }));
    }
    let mut manifest_txt = String::new();
    for (path, sha) in &lines {
        manifest_txt.push_str(&format!("{sha}  {path}\n"));
    }
    let bytes: u64 = manifest.files.iter().map(|f| f.size).sum();
    let bagit_txt = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".to_string();
    let mut info = String::new();
    if let Some(org) = &options.organization {
        info.push_str(&format!("Source-Organization: {}\n", value(org)));
    }
    info.push_str(&format!(
        "External-Description: {}\n",
        value(options.lang.pick(
            "安全社区创建档案（清单由 zicha 生成）",
            "Safe Community creation archive (manifest written by zicha)"
        ))
    ));
    info.push_str(&format!(
        "Bagging-Date: {}\n",
        options.date.format("%Y-%m-%d")
    ));
    info.push_str(&format!("Payload-Oxum: {bytes}.{}\n", manifest.files.len()));
    info.push_str(&format!("Zicha-Manifest-Digest: {}\n", manifest.digest));
    info.push_str(&format!(
        "Bag-Software-Agent: zicha {}\n",
        env!("CARGO_PKG_VERSION")
    ));
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("bagit.txt".into(), bagit_txt.into_bytes()),
        ("bag-info.txt".into(), info.into_bytes()),
        ("manifest-sha256.txt".into(), manifest_txt.into_bytes()),
    ];
    let mut tags = String::new();
    for (name, content) in &files {
        tags.push_str(&format!("{:x}  {name}\n", Sha256::digest(content)));
    }
    files.push(("tagmanifest-sha256.txt".into(), tags.into_bytes()));
    Ok(files)
}

/// Copies the archive's files into `bag/data/`, each at the path its manifest line names (NFC),
/// and checks each copy against the manifest's SHA-256 as it goes: a file changed between the
/// manifest and the copy is an error, never a bag that lies. With `link`, a hard link is made
/// where the file system allows (no second copy of a large archive), a copy where it does not.
/// Returns the number of files written.
pub fn write_bag_payload(
    root: &std::path::Path,
    manifest: &Manifest,
    bag: &std::path::Path,
    link: bool,
    lang: Lang,
) -> Result<usize> {
    let data = bag.join("data");
    if data.exists() {
        return Err(Error::Other(match lang {
            Lang::Zh => format!(
                "{} 已存在：bag 的 data/ 只写入新文件夹\n  提示：换一个输出文件夹，或用 --tags-only 只写标签文件",
                data.display()
            ),
            Lang::En => format!(
                "{} exists: a bag's data/ is only written into a new folder\n  help: choose another output folder, or write the tag files alone with --tags-only",
                data.display()
            ),
        }));
    }
    // The walk names each file by its path in the manifest and knows where it really is (a
    // name that is not UTF-8 is escaped in the one, raw in the other).
    let walk = crate::scan::walk(root, lang);
    let mut sources: std::collections::BTreeMap<String, std::path::PathBuf> = walk
        .files
        .into_iter()
        .chain(walk.sidecars)
        .map(|e| (e.rel, e.path))
        .collect();
    let config = root.join(crate::config::ArchiveConfig::FILE_NAME);
    sources.insert(crate::config::ArchiveConfig::FILE_NAME.to_string(), config);
    for f in &manifest.files {
        let Some(source) = sources.get(&f.path) else {
            return Err(Error::Other(format!(
                "{}: {}",
                f.path,
                lang.pick("已不在档案中", "no longer in the archive")
            )));
        };
        let nfc: String = f.path.nfc().collect();
        let target = data.join(&nfc);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        if !(link && std::fs::hard_link(source, &target).is_ok()) {
            std::fs::copy(source, &target).map_err(|e| Error::io(&target, e))?;
        }
        let mut hasher = Sha256::new();
        let mut file = std::fs::File::open(&target).map_err(|e| Error::io(&target, e))?;
        std::io::copy(&mut file, &mut hasher).map_err(|e| Error::io(&target, e))?;
        if format!("{:x}", hasher.finalize()) != f.sha256 {
            return Err(Error::Other(match lang {
                Lang::Zh => format!("{}：复制期间文件内容发生了变化，请重新导出", f.path),
                Lang::En => format!(
                    "{}: the file changed while it was copied; export again",
                    f.path
                ),
            }));
        }
    }
    Ok(manifest.files.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::ManifestEntry;

    #[test]
    fn paths_are_nfc_escaped_and_sorted() {
        let m = Manifest::new(vec![
            ManifestEntry {
                path: "b/100%.md".into(),
                size: 3,
                sha256: "bb".into(),
            },
            ManifestEntry {
                // 'e' + combining acute: NFD
                path: "a/cafe\u{301}.md".into(),
                size: 4,
                sha256: "aa".into(),
            },
        ]);
        let options = BagOptions {
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
            organization: Some("龙凤园社区".into()),
            lang: Lang::Zh,
        };
        let files = bag_tag_files(&m, &options).unwrap();
        let manifest = String::from_utf8(files[2].1.clone()).unwrap();
        assert_eq!(manifest, "aa  data/a/caf\u{e9}.md\nbb  data/b/100%25.md\n");
        let info = String::from_utf8(files[1].1.clone()).unwrap();
        assert!(info.contains("Payload-Oxum: 7.2\n"), "{info}");
        assert!(info.contains("Bagging-Date: 2026-11-27\n"), "{info}");
        assert_eq!(files[3].0, "tagmanifest-sha256.txt");
    }
}
