//! Entry points for the fuzz targets in `fuzz/` (cargo fuzz): each takes arbitrary bytes and runs
//! one reader the way an archive file reaches it. They must return, never panic. Not part of the
//! stable API.

use crate::extract::{self, Format};
use crate::i18n::Lang;

/// Reads `bytes` as a file named `*.{extension}` would be read: sniffing, then the format's
/// reader (Word, Excel, PDF, web page, text, CSV …). Returns the length of the text read, so the
/// work cannot be optimised away.
pub fn read_file(extension: &str, bytes: &[u8]) -> usize {
    let x = extract::extract(Format::from_extension(extension), bytes, Lang::Zh);
    x.text.len() + x.headings.len() + x.tables.len() + x.problems.len()
}

/// Splits Markdown front matter from its body and parses it as document metadata, as for a
/// Markdown file or a `.meta.yaml` sidecar.
pub fn front_matter(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let (front, body) = extract::split_front_matter(&text);
    let sidecar = crate::infer::meta::parse(&text, 1, Lang::Zh).is_ok();
    match front {
        Some((yaml, line)) => {
            crate::infer::meta::parse(&yaml, line, Lang::Zh).is_ok() || body.is_empty()
        }
        None => sidecar,
    }
}

/// Parses and checks a standard file (YAML).
pub fn standard(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    crate::Standard::parse(&text, std::path::Path::new("fuzz.yaml")).is_ok()
}

/// Makes panics that zicha catches and reports (a third-party reader failing inside
/// `catch_unwind`, which becomes a `damaged-file` diagnostic) invisible to the fuzzer, whose own
/// hook aborts on any panic; a panic that escapes zicha still unwinds into libFuzzer's handler
/// and is reported as a crash. Run `scripts/fuzz.sh` with `ZICHA_FUZZ_ALL_PANICS=1` to see the
/// caught ones too (they are bugs of the readers upstream, not of zicha).
pub fn quiet_caught_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("ZICHA_FUZZ_ALL_PANICS").is_none() {
            std::panic::set_hook(Box::new(|_| {}));
        }
    });
}
