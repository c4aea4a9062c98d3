//! The archive as read: every document with its hash, kind, date, title, facts and diagnostics.
//! Reading never writes to the archive.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use regex::Regex;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::ArchiveConfig;
use crate::diagnostic::{Code, Diagnostic};
use crate::error::{Error, Result};
use crate::extract::has_han;
use crate::extract::{self, Format};
use crate::i18n::Lang;
use crate::infer::classify::{self, Clues, KindSource};
use crate::infer::register::{self, Register};
use crate::infer::{date, facts, meta, title};
use crate::scan::{self, Entry};
use crate::schema::ArchiveSchema;

/// How to read an archive.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Language of diagnostics.
    pub lang: Lang,
    /// Files larger than this are hashed but their text is not read.
    pub max_text_size: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            lang: Lang::Zh,
            max_text_size: 64 * 1024 * 1024,
        }
    }
}

/// Facts a document carries that evidence rules may ask for.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facts {
    /// How many took part (参加人数, 共N人, N人次, or the rows of a sign-in sheet).
    pub participants: Option<u32>,
    /// Who attended (参会人员：…).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
    /// It is, contains or has beside it a sign-in sheet.
    pub signin: bool,
    /// The safety-promotion project it belongs to.
    pub project: Option<String>,
    /// The register whose row for the same day gives the head count it does not state itself (a
    /// sign-in sheet's photo, an article, beside the training register's row with 参加人数 61).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted_in: Option<String>,
}

/// One file of the archive.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Relative to the archive root, `/`-separated.
    pub path: String,
    /// File extension, lower case.
    pub format: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the bytes, hex; null when the file could not be read.
    pub sha256: Option<String>,
    /// Kind id from the archive schema.
    pub kind: String,
    /// Where the kind came from.
    pub kind_source: KindSource,
    /// For a photo: the kind of activity it shows (演练 → drill), from its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// 题名.
    pub title: String,
    /// 日期, when a full date is known.
    pub date: Option<NaiveDate>,
    /// The year, from the date or, failing that, the name or folders.
    pub year: Option<i32>,
    /// The one year its title names when that differs from the year it was written in: a
    /// "2024年伤害数据分析报告" dated January 2025 covers 2024 and counts for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub covers_year: Option<i32>,
    /// 责任者.
    pub author: Option<String>,
    /// 保管期限 (永久 / 定期30年 / 定期10年 …).
    pub retention: Option<String>,
    /// 档号 / 件号.
    pub reference: Option<String>,
    /// Element ids it evidences (filled by the audit).
    pub elements: Vec<String>,
    /// Facts.
    pub facts: Facts,
    /// A register (台账, 登记表 …) read row by row: each dated row is a record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub register: Option<Register>,
    /// Characters of text read (0 when the content was not read).
    pub text_chars: usize,
    /// Problems with this file.
    pub diagnostics: Vec<Diagnostic>,
    /// Elements declared in metadata (they replace folder inference).
    #[serde(skip)]
    pub declared_elements: Option<Vec<String>>,
    /// Project declared in metadata.
    #[serde(skip)]
    pub declared_project: Option<String>,
    /// The text read, as written.
    #[serde(skip)]
    pub text: String,
    /// Folder names from the root down, folded to Simplified script.
    #[serde(skip)]
    pub folders: Vec<String>,
    /// The records of different kinds the file keeps, each read as a document of its own (a
    /// workbook's sheets by subject, a compilation's titled and dated sections): the audit counts
    /// these instead of the whole file. Empty for a file of one record or one register.
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "parts_in_brief"
    )]
    pub parts: Vec<Document>,
    /// Of a bound volume: the items its 卷内目录 lists that are not in it, (page, title).
    #[serde(skip)]
    pub(crate) unbound: Vec<(u32, String)>,
    /// Of a list of problems or suggestions kept without dates (评定整改建议落实情况对照表): the
    /// items its status column says are still open.
    #[serde(skip)]
    pub(crate) unresolved: Vec<(String, Option<NaiveDate>)>,
    /// Whether the title, path and text are known to be in Simplified script already, so that
    /// matching need not fold them again (set when a file is read; anything that rewrites them
    /// clears it).
    #[serde(skip)]
    pub(crate) simplified: bool,
}

/// A file's parts as the JSON shows them: what each was read as.
fn parts_in_brief<S: serde::Serializer>(parts: &[Document], out: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Brief<'a> {
        title: &'a str,
        kind: &'a str,
        date: Option<NaiveDate>,
        #[serde(skip_serializing_if = "Option::is_none")]
        rows: Option<usize>,
    }
    out.collect_seq(parts.iter().map(|p| Brief {
        title: &p.title,
        kind: &p.kind,
        date: p.date,
        rows: p.register.as_ref().map(|r| r.dated_rows),
    }))
}

impl Document {
    /// The text that words are looked for in: title, folders and body.
    pub fn haystack(&self) -> String {
        let mut s = String::with_capacity(self.title.len() + self.path.len() + self.text.len() + 2);
        if self.simplified {
            for part in [&self.title, &self.path, &self.text] {
                if !s.is_empty() {
                    s.push('\n');
                }
                s.push_str(part);
            }
            return s;
        }
        s.push_str(&fold_script(&self.title));
        s.push('\n');
        s.push_str(&fold_script(&self.path));
        s.push('\n');
        s.push_str(&fold_script(&self.text));
        s
    }
}

/// An archive folder, read.
#[derive(Debug, Clone)]
pub struct Archive {
    /// The root folder.
    pub root: PathBuf,
    /// `zicha.yaml`, if present.
    pub config: Option<ArchiveConfig>,
    /// Every document, sorted by path.
    pub documents: Vec<Document>,
    /// Problems not tied to one document (unreadable folders, unsafe links, orphan sidecars).
    pub diagnostics: Vec<Diagnostic>,
}

impl Archive {
    /// Reads the archive at `root`.
    pub fn load(root: &Path, options: &LoadOptions) -> Result<Archive> {
        if !root.is_dir() {
            return Err(Error::ArchiveNotFound {
                path: root.to_path_buf(),
            });
        }
        let config = ArchiveConfig::load(root)?;
        let lang = options.lang;
        let walk = scan::walk(root, lang);
        let mut diagnostics = walk.diagnostics.clone();
        let (jobs, orphans) = pair_sidecars(&walk);
        let mut documents: Vec<Document> = jobs
            .par_iter()
            .map(|(entry, sidecar)| read_document(entry, *sidecar, options))
            .collect();
        diagnostics.extend(orphans.iter().map(|o| orphan_sidecar(o, lang)));
        mark_duplicates(&mut documents, lang);
        titles_from_catalogues(&mut documents);
        captions_from_notes(&mut documents);
        captions_from_records(&mut documents);
        link_signin_sheets(&mut documents);
        counts_from_registers(&mut documents);
        Ok(Archive {
            root: root.to_path_buf(),
            config,
            documents,
            diagnostics,
        })
    }
}

/// A row of an archive's catalogue (归档文件目录, 材料清单): the title, date and remark it gives a
/// file, and all its cells, one of which names the file.
struct CatalogueRow {
    title: String,
    date: Option<NaiveDate>,
    remark: String,
    /// The row's 档号, when the catalogue has that column: a file may be named by it alone.
    reference: String,
    cells: Vec<String>,
}

/// Where a catalogue's table keeps a file's title, 档号, date and remark.
#[derive(Clone, Copy)]
struct CatalogueHeader {
    title: usize,
    reference: Option<usize>,
    date: Option<usize>,
    remark: Option<usize>,
}

/// The columns of a catalogue's table, found in a header row by the schema's words. A header
/// names a title column and either a 档号 or a file-name column.
fn catalogue_header(
    cells: &[&str],
    words: &crate::schema::CatalogueColumns,
) -> Option<CatalogueHeader> {
    let column = |names: &[String], skip: Option<usize>| {
        names.iter().find_map(|w| {
            cells
                .iter()
                .enumerate()
                .position(|(i, c)| Some(i) != skip && c.contains(w.as_str()))
        })
    };
    let reference = column(&words.reference, None);
    let file = column(&words.file, None);
    let title = column(&words.title, file).or(file)?;
    if reference.is_none() && file.is_none() {
        return None;
    }
    Some(CatalogueHeader {
        title,
        reference,
        date: column(&words.date, None),
        remark: column(&words.remark, None),
    })
}

/// The rows of the archive's catalogues: a table whose header names the title and either the
/// 档号 (a catalogue kept by DA/T 22) or the file name (an office's 材料清单), with the date and
/// remark where it has them.
fn catalogue_rows(documents: &[Document]) -> Vec<CatalogueRow> {
    let schema = ArchiveSchema::builtin();
    let mut rows = Vec::new();
    for doc in documents
        .iter()
        .filter(|d| schema.kind(&d.kind).is_some_and(|k| k.lists_files))
    {
        let mut columns = None;
        for line in doc.text.lines() {
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cells.len() < 2 {
                continue;
            }
            if let Some(header) = catalogue_header(&cells, &schema.catalogue_columns) {
                columns = Some(header);
                continue;
            }
            let Some(CatalogueHeader {
                title,
                reference,
                date,
                remark,
            }) = columns
            else {
                continue;
            };
            let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).copied().unwrap_or("");
            if cell(Some(title)).is_empty() {
                continue;
            }
            rows.push(CatalogueRow {
                title: cell(Some(title)).to_string(),
                date: date::find_dates(cell(date)).first().map(|&(d, _)| d),
                remark: cell(remark).to_string(),
                reference: cell(reference).to_string(),
                cells: cells.iter().map(|c| c.to_string()).collect(),
            });
        }
    }
    rows
}

/// The shortest catalogue title that names a file by its title alone, in characters.
const TITLE_TAIL: usize = 6;

/// For each document a catalogue row describes, that row: the row names the file by its name
/// ("IMG_20240412_143015.jpg") or its 档号 (a file named "AQ-2025-C10-0008.jpg"). Of files that
/// share a name, the one in the folder the row names; a row that fits several files describes
/// none, and the first row that describes a file is its row.
fn rows_of_documents<'r>(
    documents: &[Document],
    rows: &'r [CatalogueRow],
) -> HashMap<usize, &'r CatalogueRow> {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_stem: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, doc) in documents.iter().enumerate() {
        let file = doc.path.rsplit('/').next().unwrap_or(&doc.path);
        by_name.entry(file).or_default().push(i);
        let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
        by_stem.entry(stem).or_default().push(i);
    }
    // A catalogue that names no file names each by its title: the file whose title it is, or
    // ends with ("居民安全需求与伤害情况调查问卷" for "明月社区居民安全需求与伤害情况调查问卷").
    // Titles folded once and found by their last characters: a catalogue may list thousands.
    let tail = |t: &str| -> String {
        let chars: Vec<char> = t.chars().collect();
        chars[chars.len().saturating_sub(TITLE_TAIL)..]
            .iter()
            .collect()
    };
    let folded: Vec<String> = documents.iter().map(|d| fold_script(&d.title)).collect();
    let mut by_tail: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, t) in folded.iter().enumerate() {
        by_tail.entry(tail(t)).or_default().push(i);
    }
    let titled = |title: &str| -> Option<Vec<usize>> {
        if title.chars().count() < TITLE_TAIL {
            return None;
        }
        let title = fold_script(title);
        let fits: Vec<usize> = by_tail
            .get(&tail(&title))?
            .iter()
            .copied()
            .filter(|&i| folded[i].ends_with(&title))
            .collect();
        (fits.len() == 1).then_some(fits)
    };
    let mut found = HashMap::new();
    for row in rows {
        let named = row
            .cells
            .iter()
            .find_map(|c| by_name.get(c.as_str()).cloned());
        let candidates = named
            .or_else(|| by_stem.get(row.reference.as_str()).cloned())
            .or_else(|| titled(&row.title));
        let Some(candidates) = candidates else {
            continue;
        };
        let in_named_folder: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| {
                row.cells
                    .iter()
                    .any(|c| !c.is_empty() && documents[i].folders.iter().any(|f| f == c))
            })
            .collect();
        let fits = match (candidates.len(), in_named_folder.len()) {
            (1, _) => candidates[0],
            (_, 1) => in_named_folder[0],
            _ => continue,
        };
        found.entry(fits).or_insert(row);
    }
    found
}

/// Files the archive's catalogue describes take what it says of them where they say nothing
/// themselves: a file named only by its 档号 or by the phone that took it ("mmexport1725952841000.jpg")
/// takes the catalogue's title and is read anew by it; a file with no date of its own takes the
/// catalogue's date (its 形成日期); a file with no text of its own is read as its row says
/// ("嘉钢幼儿园防震疏散演练照片 / 在园幼儿405名、教职工42名参加").
fn titles_from_catalogues(documents: &mut [Document]) {
    let rows = catalogue_rows(documents);
    if rows.is_empty() {
        return;
    }
    let described: Vec<(usize, &CatalogueRow)> = {
        let mut v: Vec<_> = rows_of_documents(documents, &rows).into_iter().collect();
        v.sort_by_key(|(i, _)| *i);
        v
    };
    for (i, row) in described {
        let doc = &mut documents[i];
        let file = doc.path.rsplit('/').next().unwrap_or(&doc.path);
        let stem = file.rsplit_once('.').map_or(file, |(s, _)| s).to_string();
        // A name cleaned of its date ("IMG_ _143015" of IMG_20240412_143015) is still only a name.
        let named_by_file = doc.title == stem || doc.title.is_empty() || says_nothing(&doc.title);
        if named_by_file && row.title != stem && row.title != file {
            doc.title = row.title.clone();
            doc.simplified = false;
            // A photo or scan is read anew by the title the catalogue gives it ("…演练照片").
            if doc.kind_source != KindSource::Name {
                let image = doc.kind == "photo";
                reclassify_by_title(doc, image);
            }
        }
        if doc.date.is_none() {
            doc.date = row.date;
            doc.year = row.date.map(|d| d.year()).or(doc.year);
        }
        if doc.text.trim().is_empty() {
            doc.text = format!("{}\n{}", row.title, row.remark);
            doc.simplified = false;
            let folded = fold_script(&doc.text);
            doc.facts.participants = doc
                .facts
                .participants
                .or_else(|| facts::participants(&folded));
        }
    }
}

/// How many days after the event its record may be dated (written up, signed, scanned) and still
/// be the record of a photo taken that day.
const RECORD_AFTER_DAYS: i64 = 3;

/// Whether a file's title, taken from its name, says nothing of what it shows: only the words a
/// phone, camera or scanner names files with ("微信图片_20231122143020", "IMG_0412"), digits and
/// marks.
fn says_nothing(title: &str) -> bool {
    let mut rest = title.to_string();
    for word in &ArchiveSchema::builtin().blank_names {
        rest = rest.replace(word.as_str(), "");
    }
    !rest.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
        && rest.chars().filter(|c| c.is_ascii_alphabetic()).count() < 5
}

/// The first line of `text` that reads as a title: short, in Chinese, not a letterhead, an
/// attachment's label or a date.
fn title_line(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(5)
        .collect();
    let at = lines.iter().take(3).position(|l| {
        (4..=60).contains(&l.chars().count())
            && has_han(l)
            && !title::is_letterhead(l)
            && date::find_dates(l).is_empty()
            && !l.contains(['：', ':', '。', '\t'])
    })?;
    let line = lines[at];
    Some(
        lines
            .get(at + 1)
            .and_then(|next| red_header_title(line, next, lines.get(at + 2).copied()))
            .unwrap_or_else(|| line.to_string()),
    )
}

/// A red header names who issues it on one line and what it is, letter-spaced to fill the next
/// ("三里社区安全社区创建促进委员会" over "会 议 纪 要"): the title is both, when the second names
/// what the document is.
/// Under an issuer that names no kind, a title line that does is the title
/// ("三里社区安全社区创建促进委员会" over "三里社区安全社区创建第一创建年度评审报告").
///
/// A line under the spaced kind naming which one it is ("第一创建年度评审会议" under "会 议 纪 要")
/// joins the title in brackets: it says what the record is of.
fn red_header_title(line: &str, next: &str, after: Option<&str>) -> Option<String> {
    let schema = ArchiveSchema::builtin();
    let kind_of = |s: &str| classify::kind_named(&fold_script(s), schema);
    let Some(closed) = title::letter_spaced(next) else {
        let next = next.trim();
        return (kind_of(line).is_none()
            && (6..=40).contains(&next.chars().count())
            && !next.contains(['：', ':', '。', '，', '\t'])
            && date::find_dates(next).is_empty()
            && kind_of(next).is_some())
        .then(|| next.to_string());
    };
    let title = format!("{}{closed}", line.trim());
    let kind = kind_of(&closed)?;
    if kind_of(&title).is_none_or(|k| k.id != kind.id) {
        return None;
    }
    let occasion = after.map(str::trim).filter(|a| {
        (4..=30).contains(&a.chars().count())
            && has_han(a)
            && !a.contains(['：', ':', '。', '，', '\t'])
            && date::find_dates(a).is_empty()
            && kind_of(a).is_some_and(|k| k.id == kind.id)
    });
    Some(match occasion {
        Some(occasion) => format!("{title}（{occasion}）"),
        None => title,
    })
}

/// The occasion a record's label names ("会议名称：明月社区…2025年第一季度全体会议", "会议：…推进会"), when its title
/// is only what it is ("会议记录"): the title then says which meeting it records.
fn named_occasion(title: &str, text: &str) -> Option<String> {
    if title.chars().count() > 6 {
        return None;
    }
    text.lines().take(6).find_map(|line| {
        let (label, name) = line.trim().split_once(['：', ':'])?;
        let name = name.trim();
        // "会议名称：", "活动主题：", or the title's own first word ("会议：" of a 会议记录).
        let names_it = label.ends_with("名称")
            || label.ends_with("主题")
            || label.chars().count() >= 2 && title.starts_with(label);
        (names_it
            && label.chars().count() <= 4
            && (4..=50).contains(&name.chars().count())
            && has_han(name))
        .then(|| {
            // "…全体会议" + "会议记录" reads "…全体会议记录".
            let overlap = (1..=title.chars().count())
                .rev()
                .map(|n| title.char_indices().nth(n).map_or(title.len(), |(i, _)| i))
                .find(|&end| name.ends_with(&title[..end]))
                .unwrap_or(0);
            format!("{name}{}", &title[overlap..])
        })
    })
}

/// A line of a caption note naming a picture of its folder: "微信图片_20230520094410.jpg：2023年5月
/// 20日，明月社区…开展…宣传咨询日活动…".
static CAPTION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*([^\s：:]{1,80}\.(?:jpe?g|png|heic|gif|bmp|tiff?|webp))\s*[：:]\s*(\S.*)$")
        .unwrap()
});

/// A line of a record that names the picture attached to it after its caption: "附：9月23日反诈宣传
/// 活动照片（微信图片_20250923162011.jpg）".
static CAPTION_BEFORE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:附(?:件|图)?\s*\d*\s*[：:]\s*)?(\S[^（(]{1,80}?)\s*[（(]\s*([^\s（()）]{1,80}\.(?:jpe?g|png|heic|gif|bmp|tiff?|webp))\s*[)）]\s*[。；;]?\s*$",
    )
    .unwrap()
});

/// The longest caption kept as a photo's title, in characters.
const CAPTION_CHARS: usize = 60;

/// A note beside the photos that captions them by name (照片说明.docx: "微信图片_….jpg：2023年5月20日，
/// …宣传咨询日活动…") tells what each shows, as does a record naming the picture attached to it
/// ("附：9月23日反诈宣传活动照片（微信图片_….jpg）"): a photo whose own name says nothing is read by
/// its caption, and the note shows what its photos show.
fn captions_from_notes(documents: &mut [Document]) {
    let mut photos: HashMap<(Vec<String>, String), usize> = HashMap::new();
    for (i, d) in documents.iter().enumerate() {
        if d.kind == "photo" && d.text.trim().is_empty() {
            let name = d.path.rsplit('/').next().unwrap_or(&d.path).to_lowercase();
            photos.insert((d.folders.clone(), name), i);
        }
    }
    if photos.is_empty() {
        return;
    }
    // Only a short text naming a picture file is worth reading line by line.
    let names_a_picture = |text: &str| {
        let bytes = text.as_bytes();
        bytes.windows(4).any(|w| {
            w[0] == b'.'
                && matches!(
                    [
                        w[1].to_ascii_lowercase(),
                        w[2].to_ascii_lowercase(),
                        w[3].to_ascii_lowercase()
                    ],
                    [b'j', b'p', b'g']
                        | [b'j', b'p', b'e']
                        | [b'p', b'n', b'g']
                        | [b'h', b'e', b'i']
                        | [b'g', b'i', b'f']
                        | [b'b', b'm', b'p']
                        | [b't', b'i', b'f']
                        | [b'w', b'e', b'b']
                )
        })
    };
    let mut captions: Vec<(usize, String, usize)> = Vec::new();
    for (n, note) in documents.iter().enumerate() {
        if note.text.is_empty() || note.text.len() > 20_000 || !names_a_picture(&note.text) {
            continue;
        }
        for line in note.text.lines() {
            let (name, caption) = if let Some(c) = CAPTION_LINE.captures(line) {
                (c[1].to_lowercase(), c[2].to_string())
            } else if let Some(c) = CAPTION_BEFORE_NAME.captures(line) {
                (c[2].to_lowercase(), c[1].to_string())
            } else {
                continue;
            };
            if let Some(&i) = photos.get(&(note.folders.clone(), name)) {
                let caption: String = caption.trim().chars().take(CAPTION_CHARS).collect();
                captions.push((i, caption, n));
            }
        }
    }
    let schema = ArchiveSchema::builtin();
    for (i, caption, note) in captions {
        let mut shown = photo_subject(&caption, schema);
        // A record attaching its photo ("附：现场照片（….jpg）") names the event the photo was
        // taken at by its own title; the caption, when it says more, what the photo shows.
        let record = &documents[note];
        let caption = if matches!(record.kind.as_str(), "photo" | "other") {
            caption
        } else {
            shown = shown
                .or_else(|| photo_subject(&record.title, schema))
                .or_else(|| Some(record.kind.clone()));
            format!("{}（{caption}）", record.title)
        };
        let doc = &mut documents[i];
        if says_nothing(&doc.title) {
            doc.title = caption.clone();
            doc.simplified = false;
            reclassify_by_title(doc, true);
            if doc.date.is_none() {
                doc.date = date::first_date(&caption);
            }
        }
        if doc.kind == "photo" && doc.subject.is_none() {
            doc.subject = shown.clone();
        }
        // The note is what its photos show, when it is of no kind of its own.
        let note = &mut documents[note];
        if note.kind == "photo" && note.subject.is_none() {
            note.subject = shown;
        }
    }
}

/// A photo whose name says nothing (微信图片_20231122143020.jpg), filed in a folder beside the
/// record of the event it was taken at (燃气泄漏应急处置演练记录, dated that day or a few days
/// later), shows that event: it is read by the record's title, as its caption.
fn captions_from_records(documents: &mut [Document]) {
    let photos: Vec<usize> = documents
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            d.kind == "photo"
                && d.text.trim().is_empty()
                && d.date.is_some()
                && says_nothing(&d.title)
        })
        .map(|(i, _)| i)
        .collect();
    if photos.is_empty() {
        return;
    }
    // The records of each folder, looked up once: an archive may hold thousands of photos.
    let mut records: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for (j, d) in documents.iter().enumerate() {
        if !matches!(d.kind.as_str(), "photo" | "other") && d.register.is_none() {
            records.entry(d.folders.clone()).or_default().push(j);
        }
    }
    for i in photos {
        let (folders, day) = (&documents[i].folders, documents[i].date.expect("dated"));
        let Some(beside) = records.get(folders.as_slice()) else {
            continue;
        };
        let mut near: Vec<(i64, usize)> = beside
            .iter()
            .map(|&j| (j, &documents[j]))
            .filter_map(|(j, d)| {
                let after = (d.date? - day).num_days();
                (0..=RECORD_AFTER_DAYS)
                    .contains(&after)
                    .then_some((after, j))
            })
            .collect();
        near.sort();
        let Some(&(nearest, _)) = near.first() else {
            continue;
        };
        // Of records as near, the record of a gathering (minutes, a drill, a training) rather
        // than the rules adopted at it; of several of one kind (a drill's scheme and record),
        // any tells the event. Of gatherings of different kinds, none is surely the one.
        let nearest: Vec<usize> = near
            .iter()
            .take_while(|(d, _)| *d == nearest)
            .map(|&(_, j)| j)
            .collect();
        let gatherings: Vec<usize> = nearest
            .iter()
            .copied()
            .filter(|&j| {
                ArchiveSchema::builtin()
                    .kind(&documents[j].kind)
                    .is_some_and(|k| k.records_gathering())
            })
            .collect();
        let chosen = if gatherings.is_empty() {
            &nearest
        } else {
            &gatherings
        };
        let kind = &documents[chosen[0]].kind;
        if chosen.iter().any(|&j| &documents[j].kind != kind) {
            continue;
        }
        let record = chosen[0];
        let caption = format!("{}（照片）", documents[record].title);
        let shown = documents[record].kind.clone();
        let doc = &mut documents[i];
        doc.title = caption;
        doc.simplified = false;
        reclassify_by_title(doc, true);
        // The photo shows the event its record tells of: a drill's photo is a drill's.
        if doc.kind == "photo" {
            doc.subject = Some(shown);
        }
    }
}

/// Classifies `doc` anew by the title it was just given (a catalogue's, a caption), keeping its
/// kind when the title names none.
fn reclassify_by_title(doc: &mut Document, image: bool) {
    let name = fold_script(&doc.title);
    let clues = Clues {
        name: &name,
        heading: None,
        folders: &doc.folders,
        text: "",
        image,
    };
    let (kind, source) = classify::classify(&clues, ArchiveSchema::builtin());
    if kind != "other" {
        doc.kind = kind;
        doc.kind_source = source;
    }
    // A photo captioned by a drill's record shows the drill: it is filed with drills, not with
    // the project whose area the drill's title names.
    if doc.kind == "photo" {
        doc.subject = photo_subject(&name, ArchiveSchema::builtin()).or(doc.subject.take());
    }
}

/// What a photo shows, by the kind its name or caption names last ("…疏散演练现场" a drill).
fn photo_subject(name: &str, schema: &ArchiveSchema) -> Option<String> {
    // The photo's own words ("…上报截图", "…照片") say it is a picture, not what it shows.
    fn names(k: &crate::schema::Kind) -> &[String] {
        if k.id == "photo" { &[] } else { &k.names }
    }
    fn topics(k: &crate::schema::Kind) -> &[String] {
        if k.id == "photo" { &[] } else { &k.topics }
    }
    classify::head_final(name, schema, names, false)
        .or_else(|| classify::head_final(name, schema, topics, false))
        .map(|k| k.id.clone())
}

/// A file of the walk with its sidecar, if any.
pub(crate) type Job<'a> = (&'a Entry, Option<&'a Entry>);

/// Pairs each file with its `NAME.EXT.meta.yaml`; returns the sidecars that have no file too.
pub(crate) fn pair_sidecars(walk: &scan::Walk) -> (Vec<Job<'_>>, Vec<&Entry>) {
    let mut sidecars: BTreeMap<String, &Entry> = walk
        .sidecars
        .iter()
        .map(|e| (e.rel.trim_end_matches(scan::SIDECAR_SUFFIX).to_string(), e))
        .collect();
    let jobs = walk
        .files
        .iter()
        .map(|e| (e, sidecars.remove(&e.rel)))
        .collect();
    (jobs, sidecars.into_values().collect())
}

fn orphan_sidecar(orphan: &Entry, lang: Lang) -> Diagnostic {
    Diagnostic::new(
        Code::OrphanSidecar,
        orphan.rel.clone(),
        lang.pick(
            "元数据文件旁没有同名文件",
            "no file of this name beside the sidecar",
        ),
    )
    .with_help(lang.pick(
        "元数据文件应命名为“原文件名.meta.yaml”，例如 签到表.jpg.meta.yaml",
        "name a sidecar after its file: photo.jpg.meta.yaml",
    ))
}

/// Traditional Chinese characters folded to Simplified (one character for one), for matching.
pub(crate) fn fold_script(s: &str) -> String {
    fast2s::convert(s)
}

fn sha256_file(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(format!("{:x}", hasher.finalize()))
}

pub(crate) fn read_document(
    entry: &Entry,
    sidecar: Option<&Entry>,
    options: &LoadOptions,
) -> Document {
    let lang = options.lang;
    // Held to the end: the heavy slot, if this document takes it, is given back when it is done.
    let _reading = extract::memory::Reading::start();
    let rel = entry.rel.clone();
    let file_name = rel.rsplit('/').next().unwrap_or(&rel).to_string();
    let (stem, ext) = match file_name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_string(), e.to_lowercase()),
        _ => (file_name.clone(), String::new()),
    };
    let folders: Vec<String> = rel
        .split('/')
        .rev()
        .skip(1)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(String::from)
        .collect();
    let format = Format::from_extension(&ext);
    let mut diagnostics = Vec::new();
    let size = std::fs::metadata(&entry.path).map(|m| m.len()).unwrap_or(0);

    let mut sha256 = None;
    let mut extracted = extract::Extracted::default();
    if size > options.max_text_size {
        match sha256_file(&entry.path) {
            Ok(h) => sha256 = Some(h),
            Err(e) => diagnostics.push(unreadable(&rel, &e, lang)),
        }
        if !matches!(format, Format::Image | Format::Unread) {
            diagnostics.push(
                Diagnostic::new(
                    Code::TooLarge,
                    rel.clone(),
                    format!(
                        "{}（{} MB > {} MB）",
                        Code::TooLarge.description(lang),
                        size / (1 << 20),
                        options.max_text_size / (1 << 20)
                    ),
                )
                .with_help(lang.pick(
                    "拆分文件，或用 --max-file-size 调高上限",
                    "split the file or raise --max-file-size",
                )),
            );
        }
    } else {
        extract::memory::charge(size.saturating_mul(format.cost_per_byte()));
        match std::fs::read(&entry.path) {
            Ok(bytes) => {
                sha256 = Some(format!("{:x}", Sha256::digest(&bytes)));
                if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::EmptyFile,
                            rel.clone(),
                            Code::EmptyFile.description(lang),
                        )
                        .with_help(lang.pick("补充内容或删除该文件", "fill it in or remove it")),
                    );
                } else {
                    extracted = extract::extract(format, &bytes, lang);
                }
            }
            Err(e) => diagnostics.push(unreadable(&rel, &e, lang)),
        }
    }
    for (code, message) in std::mem::take(&mut extracted.problems) {
        diagnostics
            .push(Diagnostic::new(code, rel.clone(), message).with_help(help_for(code, lang)));
    }
    if let Some(enc) = extracted.legacy_encoding {
        diagnostics.push(Diagnostic::new(
            Code::LegacyEncoding,
            rel.clone(),
            format!("{}（{enc}）", Code::LegacyEncoding.description(lang)),
        ));
    }
    let kind_of_extension = ArchiveSchema::builtin()
        .kinds
        .iter()
        .find(|k| k.extensions.contains(&ext));
    if kind_of_extension.is_some_and(|k| k.not_evidence) {
        diagnostics.push(
            Diagnostic::new(
                Code::Shortcut,
                rel.clone(),
                Code::Shortcut.description(lang),
            )
            .with_help(lang.pick(
                "把快捷方式指向的文件复制到档案中，再删去快捷方式",
                "copy the file the shortcut points to into the archive, then remove the shortcut",
            )),
        );
    } else if format == Format::Unread && sha256.is_some() {
        diagnostics.push(
            Diagnostic::new(
                Code::ContentNotRead,
                rel.clone(),
                format!("{}（.{ext}）", Code::ContentNotRead.description(lang)),
            )
            .with_help(lang.pick(
                "文件名写清文件类型和日期，或在旁边放一个同名 .meta.yaml 说明",
                "give the file a name that says what and when, or add a .meta.yaml sidecar",
            )),
        );
    }

    // Declared metadata: front matter first, then the sidecar on top.
    let mut declared = meta::Meta::default();
    if let Some((yaml, line)) = extracted.front_matter.take() {
        match meta::parse(&yaml, line, lang) {
            Ok(m) => declared = m,
            Err(msg) => diagnostics.push(invalid_meta(&rel, msg, lang)),
        }
    }
    if let Some(sc) = sidecar {
        match std::fs::read(&sc.path).map(String::from_utf8) {
            Ok(Ok(yaml)) => match meta::parse(&yaml, 1, lang) {
                Ok(m) => declared = merge(declared, m),
                Err(msg) => diagnostics.push(invalid_meta(&sc.rel, msg, lang)),
            },
            Ok(Err(_)) => diagnostics.push(invalid_meta(
                &sc.rel,
                lang.pick("元数据文件不是 UTF-8 编码", "sidecar is not UTF-8")
                    .into(),
                lang,
            )),
            Err(e) => diagnostics.push(unreadable(&sc.rel, &e, lang)),
        }
    }

    // Offices write in Simplified or Traditional script (and scanned text mixes them): everything
    // is matched in Simplified, while titles are shown as written.
    // The first heading that says what the document is, past a letterhead or a bare 文号.
    let first_heading = extracted
        .headings
        .iter()
        .position(|h| !title::is_letterhead(h) && has_han(h));
    let original_heading = first_heading.and_then(|i| {
        let heading = extracted.headings.get(i)?;
        // The lines under the heading, in the text.
        let mut below = extracted
            .text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(7)
            .skip_while(|l| *l != heading.trim())
            .skip(1);
        let next = below.next();
        let after = below.next();
        Some(
            next.and_then(|next| red_header_title(heading, next, after))
                .unwrap_or_else(|| heading.clone()),
        )
    });
    let original_text = std::mem::take(&mut extracted.text);
    extracted.text = fold_script(&original_text);
    for h in &mut extracted.headings {
        *h = fold_script(h);
    }
    let folders: Vec<String> = folders.iter().map(|f| fold_script(f)).collect();
    let schema = ArchiveSchema::builtin();
    let shown_name = title::clean_stem(&stem);
    let name = fold_script(&shown_name);
    // A file named only "附件1", "Doc1" or "新建 Microsoft Word 文档" whose text marks no heading is
    // called what its first line says ("明月社区2024年度伤害监测分析报告").
    let line_title = (first_heading.is_none() && says_nothing(&shown_name))
        .then(|| title_line(&original_text))
        .flatten();
    let folded_line_title = line_title.as_deref().map(fold_script);
    let folded_heading = original_heading.as_deref().map(fold_script);
    let heading = folded_heading.as_deref().or(folded_line_title.as_deref());
    let clues = Clues {
        name: &name,
        heading,
        folders: &folders,
        text: &extracted.text,
        image: format == Format::Image,
    };
    let (mut kind, mut kind_source) = classify::classify(&clues, schema);
    if let Some(k) = kind_of_extension {
        kind = k.id.clone();
        kind_source = KindSource::Extension;
    }
    if let Some(k) = declared.raw.kind.as_deref() {
        match schema
            .kinds
            .iter()
            .find(|x| x.id == k || x.title == k || x.title.split('/').any(|t| t == k))
        {
            Some(found) => {
                kind = found.id.clone();
                kind_source = KindSource::Declared;
            }
            None => diagnostics.push(invalid_meta(
                &rel,
                match lang {
                    Lang::Zh => format!("未知的文件类型“{k}”，已按推断的类型处理"),
                    Lang::En => format!("unknown kind \"{k}\"; the inferred kind is used"),
                },
                lang,
            )),
        }
    }

    // A photo whose name says nothing of it (IMG_20240418_093012.jpg, 微信图片_20250617.jpg)
    // shows what its folder is named for ("20240418促进委员会成立大会").
    let subject = (kind == "photo")
        .then(|| {
            photo_subject(&name, schema)
                .or_else(|| folders.last().and_then(|f| photo_subject(f, schema)))
        })
        .flatten();
    let title = declared
        .raw
        .title
        .clone()
        .or_else(|| original_heading.filter(|h| (2..=60).contains(&h.chars().count())))
        .or(line_title)
        .unwrap_or_else(|| {
            if shown_name.is_empty() {
                stem.clone()
            } else {
                shown_name.clone()
            }
        });
    let title = named_occasion(&title, &original_text).unwrap_or(title);

    let context_year = || {
        std::iter::once(stem.as_str())
            .chain(heading)
            .chain(folders.iter().rev().map(String::as_str))
            .find_map(date::find_year)
    };
    let date = declared
        .date
        .or_else(|| date::date_in_name(&stem))
        .or_else(|| date::date_in_text(&extracted.text))
        .or(extracted.taken_on)
        .or_else(|| folders.iter().rev().find_map(|f| date::first_date(f)))
        .or_else(|| {
            // 6月21日 or 0618 with the year from the name, heading or folders.
            let (m, d) =
                date::find_month_day(&stem).or_else(|| date::month_day_in_text(&extracted.text))?;
            NaiveDate::from_ymd_opt(context_year()?, m, d)
        })
        .or_else(|| date::year_month(&stem))
        .or_else(|| heading.and_then(date::year_month))
        // A signature dated to the month ("生活服务公司　2024年3月"), the last lines of the text.
        .or_else(|| {
            extracted
                .text
                .lines()
                .rev()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .take(3)
                .find_map(|l| {
                    (l.chars().count() <= 30)
                        .then(|| date::year_month(l))
                        .flatten()
                })
        });
    let year = date.map(|d| d.year()).or_else(context_year);
    // A name that is only a code (QY-AQ-2025-0011) says nothing of the year a report covers.
    let covers_year = has_han(&name)
        .then(|| date::single_year(&name))
        .flatten()
        .or_else(|| heading.and_then(date::single_year))
        .or_else(|| date::span_year(&name))
        .or_else(|| date::named_year_span(&extracted.text))
        .filter(|&y| Some(y) != year);

    // A PDF's text layer gives a table one cell per line: read it back into rows.
    if format == Format::Pdf && extracted.tables.is_empty() {
        let table = register::table_of_cell_lines(&extracted.text);
        if !table.is_empty() {
            extracted.tables.push(table);
        }
    }
    let text = extracted.text;
    let mut facts = Facts {
        participants: declared
            .raw
            .participants
            .or_else(|| facts::participants(&text)),
        attendees: facts::attendees(&text),
        signin: kind == "signin" || facts::mentions_signin(&text, &extracted.tables),
        project: None,
        counted_in: None,
    };
    if kind == "signin" || facts.participants.is_none() {
        // A PDF's sign-in list comes one cell per line.
        let listed = if format == Format::Pdf && extracted.tables.is_empty() {
            vec![register::numbered_list_of_cell_lines(&text)]
        } else {
            Vec::new()
        };
        if let Some(rows) =
            facts::signin_rows(&extracted.tables).or_else(|| facts::signin_rows(&listed))
        {
            facts.participants = Some(facts.participants.map_or(rows, |p| p.max(rows)));
        }
    }
    // A workbook or CSV is read as a register whatever its name, and so is a document that its
    // name or heading calls one, or a record (not a notice, plan or minutes, whose tables are
    // schedules) whose table heads a column of dates. A form's two dated lines are no register.
    let generic = schema.kind(&kind).is_none_or(|k| k.generic);
    // A log kept as plain text in columns is read like a sheet.
    if format == Format::Text && extracted.tables.is_empty() {
        let table = register::table_of_text(&text);
        if !table.is_empty() {
            extracted.tables.push(table);
        }
    }
    let register = if matches!(format, Format::Sheet | Format::Csv | Format::Text)
        || register::named_register(&name)
        || heading.is_some_and(register::named_register)
    {
        register::read(&extracted.tables, true, context_year())
    } else if !generic {
        register::read(&extracted.tables, false, context_year())
    } else if schema.kind(&kind).is_some_and(|k| k.records_gathering())
        && !extracted.tables.is_empty()
        && register::mentions_column(&text, "attendees")
    {
        // A log of a group's meetings kept as one table (次 | 日期 | 议题 | 参会人员): each row a
        // meeting. A meeting's own tables are schedules, with no column of who attended.
        register::read(&extracted.tables, false, context_year())
            .filter(|r| r.columns.contains_key("attendees"))
    } else {
        None
    }
    .or_else(|| {
        // A compilation of records (会议纪要汇编) counts its records, one per labelled date.
        // Only of records: a 制度汇编 compiles rules, not events.
        let records = schema.kind(&kind).is_some_and(|k| !k.states_rules);
        (records
            && (register::named_compilation(&name)
                || heading.is_some_and(register::named_compilation)))
        .then(|| register::compiled(&text))
        .flatten()
    });
    // A dated register's open items are weighed by their deadlines; an undated list's by status.
    let unresolved = if register.is_none()
        && !extracted.tables.is_empty()
        && register::schema()
            .open_statuses
            .iter()
            .any(|w| text.contains(w.as_str()))
    {
        register::unresolved_items(&extracted.tables, context_year())
    } else {
        Vec::new()
    };
    let author = declared.raw.author.clone().or_else(|| facts::author(&text));
    let retention = declared
        .raw
        .retention
        .clone()
        .or_else(|| retention_from_folders(&folders));
    let reference = declared
        .raw
        .reference
        .clone()
        .or_else(|| title::reference_code(&stem));

    let empty = diagnostics.iter().any(|d| d.code == Code::EmptyFile);
    if date.is_none() && year.is_none() && sha256.is_some() && !empty {
        diagnostics.push(
            Diagnostic::new(Code::NoDate, rel.clone(), Code::NoDate.description(lang)).with_help(
                lang.pick(
                    "在文件名中加上日期（如 2024.3.12），或在正文写明“时间：2024年3月12日”",
                    "put the date in the file name (2024.3.12) or write it in the text",
                ),
            ),
        );
    }
    if kind == "other" && sha256.is_some() && !empty {
        diagnostics.push(
            Diagnostic::new(Code::Unclassified, rel.clone(), Code::Unclassified.description(lang)).with_help(lang.pick(
                "文件名写明文件类型（如“……会议纪要”“……培训记录”），或放入对应的文件夹",
                "name the document type in the file name (…会议纪要, …培训记录) or file it in a matching folder",
            )),
        );
    }
    if author.is_none()
        && sha256.is_some()
        && !text.is_empty()
        && schema
            .kind(&kind)
            .is_some_and(|k| k.metadata.iter().any(|m| m == "author"))
    {
        diagnostics.push(
            Diagnostic::new(
                Code::MissingMetadata,
                rel.clone(),
                lang.pick("缺少责任者（发文或形成单位）", "no author (责任者) found")
                    .to_string(),
            )
            .with_help(lang.pick(
                "在文末落款写明单位全称，或在元数据中写 author",
                "sign the document with the body's full name, or declare author in metadata",
            )),
        );
    }

    let simplified =
        text == original_text && fold_script(&title) == title && fold_script(&rel) == rel;
    let mut doc = Document {
        path: rel,
        format: ext,
        size,
        sha256,
        kind,
        kind_source,
        subject,
        title,
        date,
        year,
        covers_year,
        author,
        retention,
        reference,
        elements: Vec::new(),
        facts,
        register,
        text_chars: original_text.chars().count(),
        diagnostics,
        declared_elements: declared.raw.elements.clone(),
        declared_project: declared.raw.project.clone(),
        text: original_text,
        folders,
        parts: Vec::new(),
        unbound: Vec::new(),
        unresolved,
        simplified,
    };
    // What is declared of the file is declared of all of it: no parts then.
    if declared.raw.kind.is_none() && declared.raw.elements.is_none() {
        doc.parts = part_documents(&doc, extracted.sheets, extracted.tables, schema);
    }
    if !doc.parts.is_empty() {
        doc.unbound = crate::infer::parts::unbound_items(&doc.text, schema);
        for (page, item) in &doc.unbound {
            let message = match lang {
                Lang::Zh => format!("卷内目录所列《{item}》（第{page}页）不在卷内"),
                Lang::En => {
                    format!("«{item}» (page {page}), listed in the volume's contents, is not in it")
                }
            };
            doc.diagnostics.push(Diagnostic::new(
                Code::VolumeItemMissing,
                doc.path.clone(),
                message,
            ));
        }
    }
    doc
}

/// The parts of `whole` (see `Document::parts`), each classified, dated and read for its facts and
/// register as a file of its own would be, under the file's path and folders.
fn part_documents(
    whole: &Document,
    sheets: Vec<extract::Sheet>,
    tables: Vec<Vec<Vec<String>>>,
    schema: &ArchiveSchema,
) -> Vec<Document> {
    if schema.kind(&whole.kind).is_some_and(|k| k.whole) {
        return Vec::new();
    }
    let mut posted = if sheets.len() >= 2 {
        Vec::new()
    } else {
        crate::infer::parts::chat_parts(&whole.text, &whole.title, schema)
    };
    let parts = if sheets.len() >= 2 {
        crate::infer::parts::sheet_parts(sheets, tables, &whole.text)
    } else if !posted.is_empty() {
        // The rest of the chat keeps its messages as dated rows.
        if let Some(rest) = posted.last_mut() {
            rest.tables = tables;
        }
        posted
    } else if whole.register.is_none()
        || register::named_compilation(&fold_script(&whole.title))
        || register::named_compilation(&fold_script(
            whole.path.rsplit('/').next().unwrap_or(&whole.path),
        ))
        || crate::infer::parts::is_volume(&whole.text)
        || crate::infer::parts::lists_contents(&whole.text)
    {
        crate::infer::parts::section_parts(&whole.text, &whole.title, schema)
    } else {
        Vec::new()
    };
    parts
        .into_iter()
        .map(|part| {
            let folded = fold_script(&part.text);
            let name = fold_script(&part.name);
            let heading = part.heading.as_deref().map(fold_script);
            let clues = Clues {
                name: &name,
                heading: heading.as_deref(),
                folders: &whole.folders,
                text: &folded,
                image: false,
            };
            // A sheet or section that names no kind of its own is of the file's kind.
            let (kind, kind_source) = match classify::classify(&clues, schema) {
                (k, _) if k == "other" => (whole.kind.clone(), whole.kind_source),
                found => found,
            };
            let title = part.heading.clone().unwrap_or_else(|| part.name.clone());
            let simplified =
                whole.simplified && folded == part.text && fold_script(&title) == title;
            let named_year = date::find_year(&part.name)
                .or_else(|| part.heading.as_deref().and_then(date::find_year))
                .or(whole.year);
            let register = if !part.tables.is_empty() {
                register::read(&part.tables, true, named_year)
            } else if register::named_register(&fold_script(&title)) {
                // A register kept as a table inside a compiled volume ("2024年渔港月度安全巡查
                // 记录表" among the volume's records): its rows, as the text keeps them.
                register::read(
                    &crate::infer::parts::tables_in_text(&part.text),
                    true,
                    named_year,
                )
            } else {
                None
            };
            let date = part
                .date
                .or_else(|| date::date_in_text(&folded))
                .or_else(|| register.as_ref().map(|r| r.last))
                .or(whole.date);
            let year = date.map(|d| d.year()).or(named_year);
            let covers_year = date::single_year(&fold_script(&title)).filter(|&y| Some(y) != year);
            let mut facts = Facts {
                participants: facts::participants(&folded),
                attendees: facts::attendees(&folded),
                signin: kind == "signin" || facts::mentions_signin(&folded, &part.tables),
                project: None,
                counted_in: None,
            };
            if let Some(rows) = facts::signin_rows(&part.tables)
                && (kind == "signin" || facts.participants.is_none())
            {
                facts.participants = Some(facts.participants.map_or(rows, |p| p.max(rows)));
            }
            Document {
                path: whole.path.clone(),
                format: whole.format.clone(),
                size: whole.size,
                sha256: whole.sha256.clone(),
                kind,
                kind_source,
                subject: None,
                title,
                date,
                year,
                covers_year,
                author: facts::author(&folded).or_else(|| whole.author.clone()),
                retention: whole.retention.clone(),
                reference: whole.reference.clone(),
                elements: Vec::new(),
                facts,
                register,
                text_chars: part.text.chars().count(),
                diagnostics: Vec::new(),
                declared_elements: None,
                declared_project: whole.declared_project.clone(),
                simplified,
                text: part.text,
                folders: whole.folders.clone(),
                parts: Vec::new(),
                unbound: Vec::new(),
                unresolved: Vec::new(),
            }
        })
        .collect()
}

/// What to do about a problem met while reading a file.
fn help_for(code: Code, lang: Lang) -> &'static str {
    match code {
        Code::Undecodable => lang.pick(
            "用文本编辑器另存为 UTF-8，或检查文件是否损坏",
            "re-save as UTF-8 or check whether the file is damaged",
        ),
        Code::Damaged => lang.pick(
            "从原始文件重新导出或复制一份完好的文件归档",
            "export or copy an intact file again",
        ),
        Code::Encrypted => lang.pick(
            "另存一份不加密码的副本归档，原件可保留",
            "archive a copy without the password; keep the original too",
        ),
        Code::Suspicious => lang.pick(
            "检查该文件的来源；正常的 Office 文件不会这样",
            "check where the file came from; normal Office files do not do this",
        ),
        Code::LegacyFormat => lang.pick(
            "用 Word 或 WPS 打开后另存为 .docx",
            "open it in Word or WPS and save it as .docx",
        ),
        Code::NoText => lang.pick(
            "扫描件请在旁边放一个同名 .meta.yaml 写明类型和日期，或做文字识别（OCR）后另存",
            "put a .meta.yaml beside the scan with its kind and date, or save an OCR'd copy",
        ),
        _ => lang.pick("检查该文件", "check the file"),
    }
}

fn merge(base: meta::Meta, top: meta::Meta) -> meta::Meta {
    let (b, t) = (base.raw, top.raw);
    meta::Meta {
        date: top.date.or(base.date),
        raw: meta::DeclaredMeta {
            title: t.title.or(b.title),
            kind: t.kind.or(b.kind),
            date: t.date.or(b.date),
            author: t.author.or(b.author),
            retention: t.retention.or(b.retention),
            reference: t.reference.or(b.reference),
            elements: t.elements.or(b.elements),
            project: t.project.or(b.project),
            participants: t.participants.or(b.participants),
            tags: if t.tags.is_empty() { b.tags } else { t.tags },
        },
    }
}

fn retention_from_folders(folders: &[String]) -> Option<String> {
    const TERMS: &[(&str, &str)] = &[
        ("永久", "永久"),
        ("定期30年", "定期30年"),
        ("30年", "定期30年"),
        ("D30", "定期30年"),
        ("定期10年", "定期10年"),
        ("10年", "定期10年"),
        ("D10", "定期10年"),
        ("长期", "长期"),
        ("短期", "短期"),
    ];
    folders.iter().rev().find_map(|f| {
        TERMS
            .iter()
            .find(|(w, _)| f.contains(w))
            .map(|(_, label)| label.to_string())
    })
}

fn unreadable(rel: &str, e: &std::io::Error, lang: Lang) -> Diagnostic {
    Diagnostic::new(
        Code::Unreadable,
        rel,
        format!("{}：{e}", Code::Unreadable.description(lang)),
    )
    .with_help(lang.pick(
        "检查文件权限，或文件是否被其他程序占用",
        "check the file's permissions",
    ))
}

fn invalid_meta(rel: &str, message: String, lang: Lang) -> Diagnostic {
    Diagnostic::new(Code::InvalidMetadata, rel, message).with_help(lang.pick(
        "修正元数据；在此之前按文件名和内容推断",
        "fix the metadata; until then zicha infers from name and content",
    ))
}

fn mark_duplicates(documents: &mut [Document], lang: Lang) {
    // Of identical files, the filed one that does not look like a copy ("- 副本", "(1)") is the
    // original: a copy in 待整理/ or 新建文件夹/ is never the one cited.
    let looks_like_copy = |p: &str| {
        let stem = p.rsplit('/').next().unwrap_or(p);
        let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
        title::clean_stem(stem).len() < title::clean_stem_keep_copy(stem).len()
    };
    let unsorted = |p: &str| {
        let folders = p.rsplit_once('/').map_or("", |(f, _)| f);
        ArchiveSchema::builtin()
            .unsorted_folders
            .iter()
            .any(|w| folders.contains(w.as_str()))
    };
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, doc) in documents.iter().enumerate() {
        if let Some(hash) = doc.sha256.as_deref()
            && doc.size > 0
        {
            groups.entry(hash).or_default().push(i);
        }
    }
    let mut flagged: Vec<(usize, String)> = Vec::new();
    for members in groups.values().filter(|m| m.len() > 1) {
        let original = *members
            .iter()
            .min_by_key(|&&i| {
                (
                    unsorted(&documents[i].path),
                    looks_like_copy(&documents[i].path),
                    documents[i].path.as_str(),
                )
            })
            .expect("non-empty group");
        for &i in members.iter().filter(|&&i| i != original) {
            flagged.push((i, documents[original].path.clone()));
        }
    }
    for (i, original) in flagged {
        let msg = match lang {
            Lang::Zh => format!("与 {original} 内容完全相同"),
            Lang::En => format!("identical to {original}"),
        };
        let path = documents[i].path.clone();
        documents[i].diagnostics.push(
            Diagnostic::new(Code::Duplicate, path, msg)
                .with_help(lang.pick("保留一份，删除重复的副本", "keep one copy")),
        );
    }
}

/// A training record, meeting or drill with a sign-in sheet of the same date has that sheet, and
/// takes its head count when it states none itself.
fn link_signin_sheets(documents: &mut [Document]) {
    let sheets: HashMap<NaiveDate, Option<u32>> = documents
        .iter()
        .filter(|d| d.kind == "signin")
        .filter_map(|d| d.date.map(|date| (date, d.facts.participants)))
        .collect();
    for doc in documents.iter_mut().filter(|d| d.kind != "signin") {
        if let Some(count) = doc.date.and_then(|d| sheets.get(&d)) {
            doc.facts.signin = true;
            if doc.facts.participants.is_none() {
                doc.facts.participants = *count;
            }
        }
    }
}

/// A record that states no head count takes it from a register of gatherings whose row for the
/// same day counts those present (the training register's row "2026-03-18 商户燃气安全培训 61"
/// for the sign-in sheet's photo of that day): the event is one, its count written once.
fn counts_from_registers(documents: &mut [Document]) {
    let mut counted: BTreeMap<NaiveDate, String> = BTreeMap::new();
    let schema = ArchiveSchema::builtin();
    for doc in documents
        .iter()
        .filter(|d| schema.kind(&d.kind).is_some_and(|k| k.owes_head_count()))
    {
        let Some(register) = doc
            .register
            .as_ref()
            .filter(|r| r.columns.contains_key("count"))
        else {
            continue;
        };
        for day in &register.dates {
            if register.uncounted.binary_search(day).is_err() {
                counted.entry(*day).or_insert_with(|| doc.path.clone());
            }
        }
    }
    if counted.is_empty() {
        return;
    }
    for doc in documents
        .iter_mut()
        .filter(|d| d.register.is_none() && d.facts.participants.is_none())
    {
        if let Some(register) = doc.date.and_then(|day| counted.get(&day)) {
            doc.facts.counted_in = Some(register.clone());
        }
    }
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;

    /// A bare document of `kind` at `path`, for unit tests of the audit.
    pub(crate) fn document(path: &str, kind: &str) -> Document {
        Document {
            path: path.into(),
            format: path.rsplit('.').next().unwrap_or("").into(),
            size: 1,
            sha256: Some("0".repeat(64)),
            kind: kind.into(),
            kind_source: KindSource::Declared,
            subject: None,
            title: path.into(),
            date: None,
            year: None,
            covers_year: None,
            author: None,
            retention: None,
            reference: None,
            elements: Vec::new(),
            facts: Facts::default(),
            register: None,
            text_chars: 0,
            diagnostics: Vec::new(),
            declared_elements: None,
            declared_project: None,
            text: String::new(),
            folders: Vec::new(),
            parts: Vec::new(),
            unbound: Vec::new(),
            unresolved: Vec::new(),
            simplified: false,
        }
    }
}
