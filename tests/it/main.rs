//! Integration tests: one binary, one module per area (mdBook / ripgrep style).

mod browser;
mod district;
mod dossier;
mod errors;
mod exports;
mod formats;
mod gate;
mod holdout;
mod hostile;
mod judgement;
mod mutations;
mod pair;
mod reviewer;
mod sample;
mod search;

use std::io::Write;
use std::path::PathBuf;

/// The `zicha` binary with a clean environment: Chinese, no colour, no fixed date, no history.
pub fn zicha() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("zicha").unwrap();
    // No run history: the tests read fixtures in place, and "since last run" would make one
    // test's output depend on another's. tests/it/gate.rs turns it back on where it is the point.
    c.env_remove("ZICHA_LANG")
        .env_remove("SOURCE_DATE_EPOCH")
        .env("ZICHA_NO_HISTORY", "1")
        .args(["--color", "never"]);
    c
}

/// Runs a command that must succeed (exit 0; its stderr is shown otherwise) and returns stdout.
pub fn stdout_of(cmd: &mut assert_cmd::Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Copies a folder (an archive) into `to`.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A .docx whose `word/document.xml` is `document_xml`.
pub fn docx_with(document_xml: &str) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("[Content_Types].xml", opts).unwrap();
        z.write_all(br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#).unwrap();
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(document_xml.as_bytes()).unwrap();
        z.finish().unwrap();
    }
    buf.into_inner()
}
