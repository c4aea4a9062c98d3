//! The bundled sample archive (龙凤园社区), compiled into the binary so that `zicha demo` works
//! from any folder after `cargo install`.

use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::error::{Error, Result};

static SAMPLE: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/fixtures/sample");

/// The folder name the sample is written under.
pub const SAMPLE_NAME: &str = "龙凤园社区-示例档案";

/// Writes the sample archive into `dir/SAMPLE_NAME` and returns that path.
pub fn materialize_sample(dir: &Path) -> Result<std::path::PathBuf> {
    let root = dir.join(SAMPLE_NAME);
    write_dir(&SAMPLE, &root)?;
    Ok(root)
}

fn write_dir(d: &Dir<'_>, root: &Path) -> Result<()> {
    std::fs::create_dir_all(root.join(d.path())).map_err(|e| Error::io(root, e))?;
    for f in d.files() {
        let path = root.join(f.path());
        std::fs::write(&path, f.contents()).map_err(|e| Error::io(&path, e))?;
    }
    for sub in d.dirs() {
        write_dir(sub, root)?;
    }
    Ok(())
}
