//! What the index knows of every file it holds (size, modification time, hash), so that an update
//! re-reads only what changed. Written atomically (a temporary file renamed over the old one).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Bumped whenever the schema, the tokenizer or the inference changes what gets indexed.
pub(crate) const INDEX_VERSION: u32 = 2;

/// One indexed file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FileState {
    pub size: u64,
    pub mtime_ns: i128,
    /// Modification time of its sidecar, if it has one.
    pub sidecar_mtime_ns: Option<i128>,
    pub sha256: String,
}

/// The index's bookkeeping.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct State {
    pub version: u32,
    /// Id and content hash of the standard the documents were mapped with.
    pub standard: String,
    /// Community label → archive root.
    pub sources: BTreeMap<String, String>,
    /// Key (community, path) → file.
    pub files: BTreeMap<String, FileState>,
}

pub(crate) const STATE_FILE: &str = "state.json";

/// The file that marks a folder as zicha's state folder: only a folder holding it is ever
/// cleared or replaced by zicha.
pub const STATE_MARKER: &str = "zicha-state.txt";

const MARKER_TEXT: &str = "本文件夹由 zicha 创建，保存可由档案重建的索引和运行记录，可以整个删除。\n\
This folder was created by zicha. It keeps the search index and run records, which are rebuilt\n\
from the archive; it may be deleted as a whole.\n";

/// What a state folder written before the marker existed may hold.
const OWN_ENTRIES: &[&str] = &[STATE_FILE, "tantivy", "last-audit.json"];

/// Makes `dir` zicha's state folder, or refuses: a missing or empty folder is created and marked,
/// a marked one is taken as it is, and one that holds only what zicha writes there (a state folder
/// of an earlier version) is marked. Any other folder is someone's data and is never written to.
pub fn claim_state_dir(dir: &Path) -> Result<()> {
    let marker = dir.join(STATE_MARKER);
    if marker.is_file() {
        return Ok(());
    }
    if dir.exists() {
        let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(dir, e))?;
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        let ours = |n: &String| OWN_ENTRIES.contains(&n.as_str()) || n.starts_with(".tmp");
        let has = |n: &str| names.iter().any(|m| m == n);
        // Each thing zicha keeps there must be what zicha writes: a readable state, an index.
        let earlier_version = names.iter().all(ours)
            && (!has(STATE_FILE) || State::load(dir).is_some())
            && (!has("tantivy") || dir.join("tantivy").join("meta.json").is_file());
        if !earlier_version {
            return Err(Error::NotStateFolder {
                path: dir.to_path_buf(),
            });
        }
    } else {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(&marker, MARKER_TEXT).map_err(|e| Error::io(&marker, e))
}

/// Whether `dir` is marked as zicha's state folder.
pub(crate) fn is_state_dir(dir: &Path) -> bool {
    dir.join(STATE_MARKER).is_file()
}

impl State {
    /// Reads the state; `None` when missing or unreadable (the index is then rebuilt).
    pub(crate) fn load(dir: &Path) -> Option<State> {
        let bytes = std::fs::read(dir.join(STATE_FILE)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Writes the state atomically.
    pub(crate) fn save(&self, dir: &Path) -> Result<()> {
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
        serde_json::to_writer(&mut tmp, self).map_err(|e| Error::Other(e.to_string()))?;
        tmp.persist(dir.join(STATE_FILE))
            .map_err(|e| Error::io(dir.join(STATE_FILE), e.error))?;
        Ok(())
    }
}

/// The key of a file: its community and path, which cannot contain U+001F.
pub(crate) fn key(community: &str, path: &str) -> String {
    format!("{community}\u{1f}{path}")
}
