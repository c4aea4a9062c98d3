//! The manifest: every file of the archive (documents, sidecars and `zicha.yaml`) with its size and
//! SHA-256, and one digest over all of it. The dossier embeds it and prints the digest on every
//! page; `zicha verify` recomputes it from the archive to name what was added, removed or changed.

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::ArchiveConfig;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::scan;

/// One file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Relative to the archive root, `/`-separated.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, hex.
    pub sha256: String,
}

/// Every file of an archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// `zicha-manifest/1`.
    pub schema: String,
    /// Files sorted by path.
    pub files: Vec<ManifestEntry>,
    /// SHA-256 over the lines `SHA256  SIZE  PATH\n` of all files, in order.
    pub digest: String,
}

/// What differs between a manifest and an archive.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ManifestDiff {
    /// In the archive, not in the manifest.
    pub added: Vec<String>,
    /// In the manifest, not in the archive.
    pub removed: Vec<String>,
    /// In both, with other content.
    pub changed: Vec<String>,
}

impl ManifestDiff {
    /// Whether the archive is exactly what the manifest lists.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

fn hash_file(path: &Path) -> std::io::Result<(u64, String)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((size, format!("{:x}", hasher.finalize())))
}

impl Manifest {
    /// Hashes every file of the archive at `root` (what the audit walks, plus sidecars and
    /// `zicha.yaml`). A file that cannot be read is an error: a manifest must be complete.
    pub fn of_archive(root: &Path, lang: Lang) -> Result<Manifest> {
        if !root.is_dir() {
            return Err(Error::ArchiveNotFound {
                path: root.to_path_buf(),
            });
        }
        let walk = scan::walk(root, lang);
        // A folder that cannot be listed would leave its files out unseen: a manifest signed or
        // verified without them says nothing of them, so it is an error, never an omission.
        if let Some(d) = walk
            .diagnostics
            .iter()
            .find(|d| d.code == crate::diagnostic::Code::WalkError)
        {
            return Err(Error::io(
                root.join(&d.path),
                std::io::Error::new(std::io::ErrorKind::PermissionDenied, d.message.clone()),
            ));
        }
        let mut entries: Vec<(String, std::path::PathBuf)> = walk
            .files
            .iter()
            .chain(&walk.sidecars)
            .map(|e| (e.rel.clone(), e.path.clone()))
            .collect();
        let config = root.join(ArchiveConfig::FILE_NAME);
        if config.is_file() {
            entries.push((ArchiveConfig::FILE_NAME.to_string(), config));
        }
        entries.sort();
        let files = entries
            .par_iter()
            .map(|(rel, path)| {
                let (size, sha256) = hash_file(path).map_err(|e| Error::io(path, e))?;
                Ok(ManifestEntry {
                    path: rel.clone(),
                    size,
                    sha256,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Manifest::new(files))
    }

    /// A manifest of these files (sorted by path), with its digest.
    pub fn new(mut files: Vec<ManifestEntry>) -> Manifest {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let digest = Self::digest_of(&files);
        Manifest {
            schema: "zicha-manifest/1".into(),
            files,
            digest,
        }
    }

    fn digest_of(files: &[ManifestEntry]) -> String {
        let mut h = Sha256::new();
        for f in files {
            h.update(format!("{}  {}  {}\n", f.sha256, f.size, f.path).as_bytes());
        }
        format!("{:x}", h.finalize())
    }

    /// This manifest without the file at `path`, when it is one of `root`'s: a dossier written
    /// into the archive it describes (over an earlier one) cannot list itself.
    pub fn leaving_out(mut self, root: &Path, path: &Path) -> Manifest {
        let Ok(itself) = std::fs::canonicalize(path) else {
            return self;
        };
        let before = self.files.len();
        self.files
            .retain(|f| std::fs::canonicalize(root.join(&f.path)).ok().as_ref() != Some(&itself));
        if self.files.len() != before {
            self.digest = Self::digest_of(&self.files);
        }
        self
    }

    /// Whether the digest matches the files listed (the manifest itself was not edited).
    pub fn is_consistent(&self) -> bool {
        Self::digest_of(&self.files) == self.digest
    }

    /// What `now` has that this manifest does not, and the other way round.
    pub fn compare(&self, now: &Manifest) -> ManifestDiff {
        let then: BTreeMap<&str, &ManifestEntry> =
            self.files.iter().map(|f| (f.path.as_str(), f)).collect();
        let current: BTreeMap<&str, &ManifestEntry> =
            now.files.iter().map(|f| (f.path.as_str(), f)).collect();
        let mut diff = ManifestDiff::default();
        for (path, f) in &current {
            match then.get(path) {
                None => diff.added.push(path.to_string()),
                Some(old) if old.sha256 != f.sha256 || old.size != f.size => {
                    diff.changed.push(path.to_string())
                }
                _ => {}
            }
        }
        diff.removed = then
            .keys()
            .filter(|p| !current.contains_key(*p))
            .map(|p| p.to_string())
            .collect();
        diff
    }
}
