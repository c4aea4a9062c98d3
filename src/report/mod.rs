//! Writers of an [`AuditReport`]: one per output format. Each takes the report and options and
//! returns text; none touches the disk.

mod json;
mod text;

pub use json::render_json;
pub use text::{TextOptions, render_text};
