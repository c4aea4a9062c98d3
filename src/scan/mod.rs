//! Walking an archive: which files are documents, in a sorted, deterministic order, without ever
//! leaving the archive or writing to it.

mod walk;

pub(crate) use walk::{Entry, SIDECAR_SUFFIX, Walk, walk};
