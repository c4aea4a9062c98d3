//! Text extraction, one seam per file format. Each reader takes the file's bytes and returns
//! [`Extracted`]: the text, headings, tables and any front matter. Formats whose text is not read
//! yet still become documents (by name, folder and hash) with a `content-not-read` diagnostic.

mod image;
mod markdown;
mod text;

use crate::diagnostic::Code;
use crate::i18n::Lang;

/// The file formats zicha knows, by what the bytes are (the extension is only a first guess).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// `.md`, `.markdown`.
    Markdown,
    /// `.txt` and other plain text.
    Text,
    /// Photos and scans.
    Image,
    /// Office, PDF and anything else whose text is not read yet.
    Unread,
}

impl Format {
    /// The format for a file extension (lower case, without the dot).
    pub(crate) fn from_extension(ext: &str) -> Format {
        match ext {
            "md" | "markdown" => Format::Markdown,
            "txt" | "text" => Format::Text,
            "jpg" | "jpeg" | "png" | "gif" | "bmp" | "tif" | "tiff" | "webp" | "heic" => {
                Format::Image
            }
            _ => Format::Unread,
        }
    }
}

/// What a reader got out of a file.
#[derive(Debug, Default, Clone)]
pub(crate) struct Extracted {
    /// The body text (tables as tab-separated rows), without front matter.
    pub text: String,
    /// Headings, in order (Markdown `#` headings, or a title-like first line of plain text).
    pub headings: Vec<String>,
    /// Tables: rows of cells.
    pub tables: Vec<Vec<Vec<String>>>,
    /// Raw YAML front matter of a Markdown file, with the line it starts on.
    pub front_matter: Option<(String, usize)>,
    /// When a photo was taken (EXIF).
    pub taken_on: Option<chrono::NaiveDate>,
    /// A legacy encoding the text was decoded from (GBK, GB18030, Big5 …).
    pub legacy_encoding: Option<&'static str>,
    /// Problems met while reading.
    pub problems: Vec<(Code, String)>,
}

/// Reads `bytes` as `format`.
pub(crate) fn extract(format: Format, bytes: &[u8], lang: Lang) -> Extracted {
    match format {
        Format::Markdown | Format::Text => {
            let decoded = match text::decode(bytes) {
                Ok(d) => d,
                Err(reason) => {
                    return Extracted {
                        problems: vec![(Code::Undecodable, reason.message(lang))],
                        ..Extracted::default()
                    };
                }
            };
            let mut out = if format == Format::Markdown {
                markdown::read(&decoded.text)
            } else {
                text::read(&decoded.text)
            };
            out.legacy_encoding = decoded.legacy;
            out
        }
        Format::Image => Extracted {
            taken_on: image::taken_on(bytes),
            ..Extracted::default()
        },
        Format::Unread => Extracted::default(),
    }
}
