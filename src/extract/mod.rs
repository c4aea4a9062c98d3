//! Text extraction, one seam per file format. Each reader takes the file's bytes and returns
//! [`Extracted`]: the text, headings, tables and any front matter. Formats whose text is not read
//! yet still become documents (by name, folder and hash) with a `content-not-read` diagnostic.

mod html;
mod image;
mod markdown;
pub(crate) mod memory;
mod office;
mod slides;
mod sniff;
mod text;

pub(crate) use markdown::split_front_matter;
pub(crate) use text::{has_han, is_han};

use crate::diagnostic::Code;
use crate::i18n::Lang;

/// The file formats zicha knows, by extension. The bytes decide in the end: see `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// `.md`, `.markdown`.
    Markdown,
    /// `.txt` and other plain text.
    Text,
    /// `.csv`.
    Csv,
    /// `.docx`, `.doc`, `.wps`.
    Word,
    /// `.xlsx`, `.xls`, `.et`, `.ods`.
    Sheet,
    /// `.pptx`, `.ppsx`, `.dps`: courseware and report slides.
    Slides,
    /// `.pdf`.
    Pdf,
    /// `.html`, `.htm`: web pages, and documents an office saved as one.
    Html,
    /// Photos and scans.
    Image,
    /// Anything else (media, archives): listed by name, content not read.
    Unread,
}

impl Format {
    /// The format for a file extension (lower case, without the dot).
    pub(crate) fn from_extension(ext: &str) -> Format {
        match ext {
            "md" | "markdown" => Format::Markdown,
            "txt" | "text" | "log" => Format::Text,
            "csv" => Format::Csv,
            "docx" | "doc" | "wps" | "docm" => Format::Word,
            "xlsx" | "xls" | "et" | "ods" | "xlsm" => Format::Sheet,
            "pptx" | "ppsx" | "pptm" | "ppt" | "dps" | "dpt" => Format::Slides,
            "pdf" => Format::Pdf,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "jpg" | "jpeg" | "png" | "gif" | "bmp" | "tif" | "tiff" | "webp" | "heic" => {
                Format::Image
            }
            _ => Format::Unread,
        }
    }

    /// How many times its size a file of this format may cost while it is read, before the
    /// reader's own charges (what containers and streams inflate to): the bytes and their decoded
    /// text, and for the formats parsed into a tree, the tree. Measured on the hostile suite: a
    /// 7 MB Markdown paragraph of a million links cost 280 MB in pulldown-cmark.
    pub(crate) fn cost_per_byte(self) -> u64 {
        match self {
            Format::Markdown => 40,
            Format::Html | Format::Csv => 8,
            Format::Text | Format::Pdf => 4,
            Format::Word | Format::Sheet | Format::Slides | Format::Image | Format::Unread => 1,
        }
    }
}

/// One sheet of a workbook: a 台账 kept with a sheet per subject (会议记录, 隐患排查2024 …) is read
/// sheet by sheet.
#[derive(Debug, Default, Clone)]
pub(crate) struct Sheet {
    /// The sheet's tab name.
    pub name: String,
    /// Its title row, when one cell above the header says what it is.
    pub title: Option<String>,
    /// Where its cells, as tab-separated lines, stand in `Extracted::text`.
    pub text: std::ops::Range<usize>,
    /// Its table in `Extracted::tables`.
    pub table: usize,
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
    /// A workbook's sheets, in order, each with the index of its table in `tables`.
    pub sheets: Vec<Sheet>,
    /// Raw YAML front matter of a Markdown file, with the line it starts on.
    pub front_matter: Option<(String, usize)>,
    /// When a photo was taken (EXIF).
    pub taken_on: Option<chrono::NaiveDate>,
    /// A legacy encoding the text was decoded from (GBK, GB18030, Big5 …).
    pub legacy_encoding: Option<&'static str>,
    /// Problems met while reading.
    pub problems: Vec<(Code, String)>,
}

fn decoded(bytes: &[u8], lang: Lang, read: impl FnOnce(&str) -> Extracted) -> Extracted {
    match text::decode(bytes) {
        Ok(d) => {
            let mut out = read(&d.text);
            out.legacy_encoding = d.legacy;
            out
        }
        Err(reason) => Extracted {
            problems: vec![(Code::Undecodable, reason.message(lang))],
            ..Extracted::default()
        },
    }
}

/// Reads a file: what the bytes are decides the reader, the extension only breaks ties (a
/// `.doc` that is really text is read as text, a `.xls` that is really a `.xlsx` as a workbook).
pub(crate) fn extract(format: Format, bytes: &[u8], lang: Lang) -> Extracted {
    // Readers of third-party formats are a crate each; a malformed file must never stop the run,
    // so a panic in one is caught and reported as a damaged file.
    let mut out =
        std::panic::catch_unwind(|| read_as(format, bytes, lang)).unwrap_or_else(|_| Extracted {
            problems: vec![(
                Code::Damaged,
                lang.pick(
                    "文件结构异常，读取时出错，已跳过正文",
                    "malformed file: reading it failed; content skipped",
                )
                .into(),
            )],
            ..Extracted::default()
        });
    keep_at_most(&mut out, MAX_TEXT_KEPT, lang);
    out
}

/// The most text of one document that zicha keeps, for the audit and for search, in bytes: some
/// 1.4 million Chinese characters, past any real record. Every document's text stays in memory
/// for the whole run (and indexing costs some 45 bytes a byte at once), so a run over many huge
/// texts would otherwise grow without bound.
pub(crate) const MAX_TEXT_KEPT: usize = 4 << 20;

/// Cuts the text read to `limit` bytes (at a character), with a diagnostic saying so.
fn keep_at_most(out: &mut Extracted, limit: usize, lang: Lang) {
    if out.text.len() <= limit {
        return;
    }
    let mut end = limit;
    while !out.text.is_char_boundary(end) {
        end -= 1;
    }
    out.text.truncate(end);
    out.text.shrink_to_fit();
    for sheet in &mut out.sheets {
        sheet.text = sheet.text.start.min(end)..sheet.text.end.min(end);
    }
    out.problems.push((
        Code::TooLarge,
        lang.pick(
            "正文超过 4 MiB，只读取了前 4 MiB（约 140 万字）",
            "the text exceeds 4 MiB; the first 4 MiB (some 1.4 million characters) were read",
        )
        .into(),
    ));
}

fn legacy(format: Format, lang: Lang) -> Extracted {
    if format == Format::Slides {
        return Extracted {
            problems: vec![(
                Code::LegacyFormat,
                lang.pick(
                    "旧版 PowerPoint/WPS 演示格式（.ppt/.dps），暂不读取正文；请另存为 .pptx",
                    "legacy PowerPoint/WPS slides (.ppt/.dps): content not read; save it as .pptx",
                )
                .into(),
            )],
            ..Extracted::default()
        };
    }
    Extracted {
        problems: vec![(
            Code::LegacyFormat,
            lang.pick(
                "旧版 Word/WPS 格式（.doc/.wps），暂不读取正文；请另存为 .docx",
                "legacy Word/WPS format (.doc/.wps): content not read; save it as .docx",
            )
            .into(),
        )],
        ..Extracted::default()
    }
}

fn is_workbook(streams: &[String]) -> bool {
    streams.iter().any(|s| s == "Workbook" || s == "Book")
}

fn read_as(format: Format, bytes: &[u8], lang: Lang) -> Extracted {
    use sniff::Magic;
    match sniff::sniff(bytes) {
        Magic::Zip => {
            // The entry names (stored uncompressed) say what the package is.
            let has = |name: &str| bytes.windows(name.len()).any(|w| w == name.as_bytes());
            if has("word/document.xml") {
                office::docx(bytes, lang)
            } else if has("ppt/presentation.xml") {
                slides::pptx(bytes, lang)
            } else if has("xl/workbook.xml") || has("content.xml") {
                office::spreadsheet(bytes, true, lang)
            } else {
                match format {
                    Format::Sheet => office::spreadsheet(bytes, true, lang),
                    Format::Word => office::docx(bytes, lang),
                    Format::Slides => slides::pptx(bytes, lang),
                    _ => Extracted::default(),
                }
            }
        }
        Magic::Pdf => office::pdf(bytes, lang),
        Magic::Ole if sniff::ole_is_encrypted(bytes) => Extracted {
            problems: vec![(
                Code::Encrypted,
                lang.pick(
                    "文件受密码保护，无法读取内容",
                    "the file is password-protected; its content cannot be read",
                )
                .into(),
            )],
            ..Extracted::default()
        },
        // A workbook (Excel .xls, WPS .et) by its streams, whatever its name says; calamine gets
        // it only once its structure has been checked.
        Magic::Ole => match sniff::ole_streams(bytes) {
            Ok(streams) if is_workbook(&streams) => office::spreadsheet(bytes, false, lang),
            Err(e) if format == Format::Sheet => office::damaged(lang, &e),
            _ => legacy(format, lang),
        },
        Magic::Image => Extracted {
            taken_on: image::taken_on(bytes),
            ..Extracted::default()
        },
        Magic::Other => match format {
            Format::Markdown => decoded(bytes, lang, markdown::read),
            Format::Csv => decoded(bytes, lang, |text| office::csv(text, lang)),
            // Word, WPS and Excel "save as web page" keep the .doc/.xls name: the markup decides.
            Format::Html | Format::Text | Format::Word | Format::Sheet | Format::Pdf => {
                decoded(bytes, lang, |t| {
                    if format == Format::Html || html::looks_like_html(t) {
                        html::read(t, lang)
                    } else {
                        text::read(t)
                    }
                })
            }
            Format::Slides | Format::Image | Format::Unread => Extracted::default(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_past_the_limit_is_cut_at_a_character_and_said_so() {
        let mut out = Extracted {
            text: "安全社区".repeat(10),
            sheets: vec![Sheet {
                text: 3..30,
                ..Sheet::default()
            }],
            ..Extracted::default()
        };
        keep_at_most(&mut out, 17, Lang::Zh);
        // 17 bytes fall inside the sixth character (3 bytes each): five are kept.
        assert_eq!(out.text, "安全社区安");
        assert_eq!(out.sheets[0].text, 3..15);
        assert_eq!(out.problems.len(), 1);
        assert_eq!(out.problems[0].0, Code::TooLarge);

        let mut short = Extracted {
            text: "安全".into(),
            ..Extracted::default()
        };
        keep_at_most(&mut short, 17, Lang::Zh);
        assert_eq!(short.text, "安全");
        assert!(short.problems.is_empty());
    }
}
