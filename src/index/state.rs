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
