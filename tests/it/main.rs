//! Integration tests: one binary, one module per area (mdBook / ripgrep style).

mod browser;
mod dossier;
mod errors;
mod formats;
mod holdout;
mod sample;
mod search;

use std::path::PathBuf;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
