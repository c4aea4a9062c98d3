//! Files named on the command line or found beside the archive (a standard, a dossier, an audit
//! JSON, a key), read whole: only a regular file, and only up to a bound, so that `/dev/zero`, a
//! FIFO or a runaway file is an error that names it rather than a process that reads forever.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Bound for small text inputs: a standard, `zicha.yaml`, a key or a certificate.
pub const TEXT_LIMIT: u64 = 16 << 20;
/// Bound for an audit JSON or a dossier PDF.
pub const DOCUMENT_LIMIT: u64 = 1 << 30;

/// The bytes of the regular file `path`, at most `limit` of them.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let too_large = || Error::TooLarge {
        path: path.to_path_buf(),
        limit,
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The size a file reports may lie (files in /proc report 0): the read is bounded too.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// [`read_bounded`] as UTF-8 text.
pub fn read_text_bounded(path: &Path, limit: u64) -> Result<String> {
    let bytes = read_bounded(path, limit)?;
    String::from_utf8(bytes).map_err(|e| {
        Error::io(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
        )
    })
}
