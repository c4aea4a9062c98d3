//! Inference of a document's metadata from what an office really leaves: folder names, file
//! names, headings and body text. Declared metadata (front matter, `NAME.meta.yaml`) overrides it.

pub(crate) mod classify;
pub(crate) mod date;
pub(crate) mod facts;
pub(crate) mod meta;
pub(crate) mod parts;
pub(crate) mod register;
pub(crate) mod title;
