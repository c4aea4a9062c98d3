//! Word (.docx) and spreadsheets (.xlsx, .xls, .ods), with limits against hostile files: every
//! zip entry is bounded in size and in compression ratio before anything is decompressed for
//! real, and XML is read as a stream (no recursion, so deep nesting costs nothing).

use std::io::{Cursor, Read};

use quick_xml::events::Event;

use super::Extracted;
use crate::diagnostic::Code;
use crate::i18n::Lang;

/// Largest uncompressed entry read from a container.
const MAX_ENTRY: u64 = 64 * 1024 * 1024;
/// Largest compression ratio accepted once an entry passes `RATIO_FROM` (Office XML compresses
/// five to fifty times; a zip bomb, thousands).
const MAX_RATIO: u64 = 1000;
const RATIO_FROM: u64 = 8 * 1024 * 1024;
/// Largest total of all entries of a container, uncompressed.
const MAX_CONTAINER: u64 = 256 * 1024 * 1024;
/// Entries a container may have.
const MAX_ENTRIES: usize = 10_000;

fn problem(code: Code, lang: Lang, zh: &str, en: &str) -> Extracted {
    Extracted {
        problems: vec![(code, lang.pick(zh, en).to_string())],
        ..Extracted::default()
    }
}

pub(crate) fn damaged(lang: Lang, detail: &str) -> Extracted {
    Extracted {
        problems: vec![(
            Code::Damaged,
            match lang {
                Lang::Zh => format!("文件已损坏或不完整，无法读取内容（{detail}）"),
                Lang::En => format!(
                    "the file is damaged or truncated; its content cannot be read ({detail})"
                ),
            },
        )],
        ..Extracted::default()
    }
}

/// Checks every entry of a zip for size and ratio by decompressing it into nothing, at most
/// `MAX_ENTRY + 1` bytes each. `Err` is the diagnostic to give.
pub(super) fn check_zip(
    bytes: &[u8],
    lang: Lang,
) -> Result<zip::ZipArchive<Cursor<&[u8]>>, Box<Extracted>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Box::new(damaged(lang, &e.to_string())))?;
    if zip.len() > MAX_ENTRIES {
        return Err(Box::new(problem(
            Code::Suspicious,
            lang,
            "压缩包内文件数异常，已拒绝解压",
            "too many entries in the container; not unpacked",
        )));
    }
    // Entries whose data overlap (10,000 names over one compressed stream) inflate the same bytes
    // again and again: a zip an office program writes never has them.
    let mut spans: Vec<(u64, u64)> = (0..zip.len())
        .filter_map(|i| {
            let e = zip.by_index_raw(i).ok()?;
            Some((e.header_start(), e.compressed_size()))
        })
        .collect();
    spans.sort_unstable();
    if spans.windows(2).any(|w| w[1].0 < w[0].0 + w[0].1.max(1)) {
        return Err(Box::new(problem(
            Code::Suspicious,
            lang,
            "压缩包内多个文件共用同一段数据（异常构造），已拒绝解压",
            "entries of the container share the same data (a crafted file); not unpacked",
        )));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut entry = zip
            .by_index(i)
            .map_err(|e| Box::new(damaged(lang, &e.to_string())))?;
        if entry.encrypted() {
            return Err(Box::new(problem(
                Code::Encrypted,
                lang,
                "文件受密码保护，无法读取内容",
                "the file is password-protected; its content cannot be read",
            )));
        }
        let compressed = entry.compressed_size().max(1);
        let mut read = 0u64;
        let mut buf = [0u8; 64 * 1024];
        loop {
            let n = match entry.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n as u64,
                Err(e) => return Err(Box::new(damaged(lang, &e.to_string()))),
            };
            read += n;
            total += n;
            if read > MAX_ENTRY
                || total > MAX_CONTAINER
                || (read > RATIO_FROM && read / compressed > MAX_RATIO)
            {
                return Err(Box::new(problem(
                    Code::Suspicious,
                    lang,
                    "压缩内容异常庞大（疑似“压缩炸弹”），已拒绝解压",
                    "the compressed content expands abnormally (a zip bomb?); not unpacked",
                )));
            }
        }
    }
    Ok(zip)
}

pub(super) fn read_entry(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<Vec<u8>> {
    let entry = zip.by_name(name).ok()?;
    // The XML, and the text and events read out of it.
    super::memory::charge(entry.size().min(MAX_ENTRY).saturating_mul(3));
    let mut out = Vec::new();
    entry.take(MAX_ENTRY).read_to_end(&mut out).ok()?;
    Some(out)
}

/// Paragraphs, headings and tables of a .docx.
pub(crate) fn docx(bytes: &[u8], lang: Lang) -> Extracted {
    let mut zip = match check_zip(bytes, lang) {
        Ok(z) => z,
        Err(x) => return *x,
    };
    let Some(xml) = read_entry(&mut zip, "word/document.xml") else {
        return damaged(lang, "word/document.xml");
    };
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut out = Extracted::default();
    let mut para = String::new();
    let mut heading = false;
    let mut cell: Option<String> = None;
    let mut row: Vec<String> = Vec::new();
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(e) => {
                out.problems.push((
                    Code::Damaged,
                    format!(
                        "{}: {e}",
                        lang.pick(
                            "Word 文档结构损坏，只读出部分内容",
                            "damaged Word XML; content read in part"
                        )
                    ),
                ));
                break;
            }
        };
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"tab" => para.push('\t'),
                b"br" | b"cr" => para.push('\n'),
                b"tbl" => tables.push(Vec::new()),
                b"tc" => cell = Some(String::new()),
                b"pStyle" => {
                    let style = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == b"val")
                        .map(|a| String::from_utf8_lossy(&a.value).to_lowercase());
                    heading = style.is_some_and(|s| {
                        s.starts_with("heading")
                            || s.starts_with("title")
                            || s.contains("标题")
                            || s.chars().all(|c| c.is_ascii_digit()) && !s.is_empty()
                    });
                }
                _ => {}
            },
            Event::Text(t) if in_text => para.push_str(&t.unescape().unwrap_or_default()),
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    let p = std::mem::take(&mut para);
                    if heading && !p.trim().is_empty() {
                        out.headings.push(p.trim().to_string());
                    }
                    heading = false;
                    match cell.as_mut() {
                        Some(c) => {
                            if !c.is_empty() {
                                c.push(' ');
                            }
                            c.push_str(p.trim());
                        }
                        None => {
                            out.text.push_str(&p);
                            out.text.push('\n');
                        }
                    }
                }
                b"tc" => row.push(cell.take().unwrap_or_default()),
                b"tr" => {
                    let r = std::mem::take(&mut row);
                    out.text.push_str(&r.join("\t"));
                    out.text.push('\n');
                    if let Some(t) = tables.last_mut() {
                        t.push(r);
                    }
                }
                b"tbl" => out.tables.extend(tables.pop()),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if out.headings.is_empty() {
        // Offices rarely use heading styles: the first short line stands for the title.
        out.headings.extend(super::text::read(&out.text).headings);
    }
    out
}

/// Every sheet of a workbook (.xlsx, .xls, .ods) as tables and tab-separated lines.
pub(crate) fn spreadsheet(bytes: &[u8], zipped: bool, lang: Lang) -> Extracted {
    use calamine::Reader;
    let zip = match zipped.then(|| check_zip(bytes, lang)) {
        Some(Err(x)) => return *x,
        Some(Ok(zip)) => Some(zip),
        None => None,
    };
    if zipped && bytes.windows(15).any(|w| w == b"xl/workbook.xml") {
        return xlsx(bytes, lang);
    }
    if !zipped && let Some((rows, cols)) = super::sniff::xls_oversized(bytes, MAX_CELLS) {
        return problem_owned(
            Code::Suspicious,
            match lang {
                Lang::Zh => {
                    format!("表格的范围过大（{rows} 行 × {cols} 列），疑为异常构造，未读取正文")
                }
                Lang::En => format!(
                    "the workbook spans an implausible range ({rows} rows × {cols} columns); content not read"
                ),
            },
        );
    }
    if !zipped
        && super::sniff::xls_shared_text(bytes, MAX_WORKBOOK_TEXT as u64)
            .is_some_and(|chars| chars > MAX_WORKBOOK_TEXT as u64)
    {
        return problem(
            Code::Suspicious,
            lang,
            "表格各单元格引用的共享文字超过 6400 万字，疑为异常构造，未读取正文",
            "the workbook's cells draw over 64 million characters from its shared strings; content not read",
        );
    }
    // calamine holds a whole sheet as a range of cells: charge what its XML or BIFF stream may
    // unfold to before it is read.
    let unfolded = match zip {
        Some(mut zip) => (0..zip.len())
            .filter_map(|i| zip.by_index_raw(i).ok().map(|e| e.size()))
            .sum::<u64>(),
        None => super::sniff::xls_shared_text(bytes, MAX_WORKBOOK_TEXT as u64)
            .unwrap_or(0)
            .saturating_mul(3)
            .saturating_add(bytes.len() as u64),
    };
    super::memory::charge(unfolded.saturating_mul(4));
    let mut book = match calamine::open_workbook_auto_from_rs(Cursor::new(bytes)) {
        Ok(b) => b,
        Err(e) => return damaged(lang, &e.to_string()),
    };
    let mut out = Extracted::default();
    for name in book.sheet_names().to_vec() {
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        let (height, width) = range.get_size();
        super::memory::charge(
            (height as u64)
                .saturating_mul(width as u64)
                .saturating_mul(CELL_COST),
        );
        let rows: Vec<Vec<String>> = range
            .rows()
            .map(|r| {
                r.iter()
                    .map(|c| cell_prefix(cell_text(c).trim()).to_string())
                    .collect::<Vec<_>>()
            })
            .filter(|r| r.iter().any(|c| !c.is_empty()))
            .collect();
        if rows.is_empty() {
            continue;
        }
        add_sheet(&mut out, Some(&name), rows);
    }
    out
}

/// A cell as text; a date cell as the date it shows (calamine gives its serial number otherwise).
fn cell_text(cell: &calamine::Data) -> String {
    if let calamine::Data::DateTime(dt) = cell
        && dt.is_datetime()
        && let Some(at) = dt.as_datetime()
    {
        return at.date().format("%Y-%m-%d").to_string();
    }
    cell.to_string()
}

/// More cells than any sheet an office keeps; calamine allocates the declared or spanned range
/// densely, so a hostile file declaring billions of cells would abort the process.
const MAX_CELLS: u64 = 4_000_000;

/// What a cell costs held as a `String` in a row, before its text (measured: a million one-digit
/// rows of an .xlsx cost some 300 MB).
const CELL_COST: u64 = 64;

fn problem_owned(code: Code, message: String) -> Extracted {
    Extracted {
        problems: vec![(code, message)],
        ..Extracted::default()
    }
}

/// An .xlsx read cell by cell (calamine's streaming reader): rows are built from the cells that
/// exist, never from the range they span, so two cells at A1 and XFD1048576 cost two cells.
/// The most characters Excel itself keeps in a cell; a longer one was not written by Excel.
const MAX_CELL_CHARS: usize = 32_767;
/// The most text read from one workbook.
const MAX_WORKBOOK_TEXT: usize = 64 * 1024 * 1024;

/// The first `MAX_CELL_CHARS` characters of a cell.
fn cell_prefix(s: &str) -> &str {
    s.char_indices()
        .nth(MAX_CELL_CHARS)
        .map_or(s, |(at, _)| &s[..at])
}

fn xlsx(bytes: &[u8], lang: Lang) -> Extracted {
    use calamine::Reader;
    let mut book = match calamine::Xlsx::new(Cursor::new(bytes)) {
        Ok(b) => b,
        Err(e) => return damaged(lang, &e.to_string()),
    };
    let mut out = Extracted::default();
    let mut budget = MAX_CELLS;
    let mut text_bytes = 0usize;
    for name in book.sheet_names().to_vec() {
        let Ok(mut cells) = book.worksheet_cells_reader(&name) else {
            continue;
        };
        let mut rows: std::collections::BTreeMap<u32, Vec<(u32, String)>> = Default::default();
        while let Ok(Some(cell)) = cells.next_cell() {
            if budget == 0 {
                out.problems.push((
                    Code::TooLarge,
                    lang.pick(
                        "表格单元格过多，只读取了前 400 万个",
                        "the workbook has too many cells; the first 4 million were read",
                    )
                    .into(),
                ));
                break;
            }
            budget -= 1;
            let (row, col) = cell.get_position();
            // A shared string is read in place, and no more of it than a cell can hold in Excel:
            // 20,000 cells pointing at one string of a million characters cost 20,000 short
            // strings, not 60 GB.
            let value = match cell.get_value() {
                calamine::DataRef::SharedString(s) => cell_prefix(s).to_string(),
                other => cell_text(&calamine::Data::from(other.clone())),
            };
            let value = cell_prefix(value.trim());
            text_bytes += value.len();
            // The cell is kept in the rows, then in the text and the table.
            super::memory::charge((value.len() as u64 + CELL_COST).saturating_mul(3));
            if text_bytes > MAX_WORKBOOK_TEXT {
                out.problems.push((
                    Code::TooLarge,
                    lang.pick(
                        "表格文字超过 64 MiB，只读取了前面部分",
                        "the workbook holds over 64 MiB of text; only the first part was read",
                    )
                    .into(),
                ));
                budget = 0;
                break;
            }
            if !value.is_empty() {
                rows.entry(row).or_default().push((col, value.to_string()));
            }
        }
        let rows: Vec<Vec<String>> = rows
            .into_values()
            .map(|mut cells| {
                cells.sort_by_key(|c| c.0);
                // Empty cells between filled ones keep the columns aligned, up to a sane width.
                let mut row = Vec::new();
                for (col, value) in cells {
                    while (row.len() as u32) < col && row.len() < 256 {
                        row.push(String::new());
                    }
                    row.push(value);
                }
                row
            })
            .collect();
        if !rows.is_empty() {
            add_sheet(&mut out, Some(&name), rows);
        }
        if budget == 0 {
            break;
        }
    }
    out
}

/// One sheet (or a CSV file): its text as tab-separated lines, its title row as a heading, and its
/// table from the header row down. A workbook's sheet is also kept by its name.
fn add_sheet(out: &mut Extracted, name: Option<&str>, rows: Vec<Vec<String>>) {
    // A title row above the header (合并单元格的标题) is the sheet's heading.
    let title = rows.first().and_then(|first| {
        let filled: Vec<&String> = first.iter().filter(|c| !c.is_empty()).collect();
        (filled.len() == 1).then(|| filled[0].clone())
    });
    if let Some(t) = &title
        && out.headings.is_empty()
    {
        out.headings.push(t.clone());
    }
    let start_text = out.text.len();
    for r in &rows {
        out.text.push_str(&r.join("\t"));
        out.text.push('\n');
    }
    if let Some(name) = name {
        out.sheets.push(super::Sheet {
            name: name.to_string(),
            title: title.clone(),
            text: start_text..out.text.len(),
            table: out.tables.len(),
        });
    }
    // The table starts at its header: a row naming 姓名/签名 (a sign-in sheet), else the first
    // row with at least two filled cells (above it: titles and 时间/地点 lines).
    let start = rows
        .iter()
        .position(|r| {
            r.iter()
                .any(|c| c.contains("姓名") || c.contains("签名") || c.contains("签字"))
        })
        .or_else(|| {
            rows.iter()
                .position(|r| r.iter().filter(|c| !c.is_empty()).count() >= 2)
        })
        .unwrap_or(0);
    let mut table = rows[start..].to_vec();
    // "5月28日" on a sheet titled "三里社区2024年安全培训宣传台账" (or named "2024年") is 2024's.
    if let Some(year) = title
        .as_deref()
        .and_then(crate::infer::date::single_year)
        .or_else(|| name.and_then(crate::infer::date::single_year))
    {
        crate::infer::register::date_month_days(&mut table, year);
    }
    out.tables.push(table);
}

/// The text layer of a PDF (lopdf); a scan without one is said so.
/// The most bytes one page content stream may inflate to, and a document's page streams together.
/// A page of dense text is well under a megabyte; lopdf parses a stream into operators at tens of
/// times its size, so a 66 KB stream of repeated `q` inflating to gigabytes would end the process.
const PDF_STREAM_BUDGET: u64 = 4 * 1024 * 1024;
const PDF_DOCUMENT_BUDGET: u64 = 64 * 1024 * 1024;
/// Pages read from one PDF.
const PDF_PAGES: usize = 2000;

/// What a page content stream inflates to, counted without keeping it and never past `limit + 1`.
/// Its filters are applied in order: ASCII85 and ASCIIHex (which only shrink, as reportlab writes
/// `[/ASCII85Decode /FlateDecode]`), then Flate, bounded. Any other filter (rare for page content)
/// counts its stored bytes; a stream that does not decode is left to lopdf to report.
fn inflated_size(doc: &lopdf::Document, id: lopdf::ObjectId, limit: u64) -> u64 {
    let Ok(stream) = doc.get_object(id).and_then(lopdf::Object::as_stream) else {
        return 0;
    };
    let filters: Vec<&[u8]> = match stream.dict.get(b"Filter") {
        Ok(lopdf::Object::Name(n)) => vec![n.as_slice()],
        Ok(lopdf::Object::Array(a)) => a.iter().filter_map(|f| f.as_name().ok()).collect(),
        _ => Vec::new(),
    };
    let mut bytes = std::borrow::Cow::Borrowed(stream.content.as_slice());
    for filter in filters {
        match filter {
            b"ASCII85Decode" | b"A85" => match ascii85(&bytes) {
                Some(decoded) => bytes = decoded.into(),
                None => return 0,
            },
            b"ASCIIHexDecode" | b"AHx" => bytes = ascii_hex(&bytes).into(),
            b"FlateDecode" | b"Fl" => {
                let mut inflater = flate2::read::ZlibDecoder::new(bytes.as_ref()).take(limit + 1);
                return std::io::copy(&mut inflater, &mut std::io::sink()).unwrap_or(0);
            }
            _ => break,
        }
    }
    bytes.len() as u64
}

/// ASCII85 (`<~ … ~>` or bare) to bytes; `None` when it is not ASCII85.
fn ascii85(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 4 / 5);
    let (mut group, mut n) = (0u64, 0usize);
    let body = text.strip_prefix(b"<~").unwrap_or(text);
    for &c in body {
        match c {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group = group * 85 + u64::from(c - b'!');
                n += 1;
                if n == 5 {
                    out.extend_from_slice(&u32::try_from(group).ok()?.to_be_bytes());
                    (group, n) = (0, 0);
                }
            }
            c if c.is_ascii_whitespace() => {}
            _ => return None,
        }
    }
    if n > 1 {
        for _ in n..5 {
            group = group * 85 + 84;
        }
        out.extend_from_slice(&u32::try_from(group).ok()?.to_be_bytes()[..n - 1]);
    }
    Some(out)
}

/// ASCIIHex (`4E6F…>`) to bytes.
fn ascii_hex(text: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = text
        .iter()
        .take_while(|&&c| c != b'>')
        .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0))
        .collect()
}

/// The pages whose text is read: each content stream once (2,000 pages sharing one stream are read
/// as one page), within the budgets, and what their streams inflate to in all. `Err` when a stream
/// or the document exceeds the budgets.
fn pdf_pages(doc: &lopdf::Document) -> Result<(Vec<u32>, u64), u64> {
    let mut seen = std::collections::HashSet::new();
    let mut total = 0u64;
    let mut pages = Vec::new();
    for (number, id) in doc.get_pages().into_iter().take(PDF_PAGES) {
        let fresh: Vec<lopdf::ObjectId> = doc
            .get_page_contents(id)
            .into_iter()
            .filter(|c| seen.insert(*c))
            .collect();
        if fresh.is_empty() {
            continue;
        }
        for c in fresh {
            let size = inflated_size(doc, c, PDF_STREAM_BUDGET);
            total += size;
            if size > PDF_STREAM_BUDGET || total > PDF_DOCUMENT_BUDGET {
                return Err(PDF_STREAM_BUDGET.min(PDF_DOCUMENT_BUDGET - (total - size)));
            }
        }
        pages.push(number);
    }
    Ok((pages, total))
}

pub(crate) fn pdf(bytes: &[u8], lang: Lang) -> Extracted {
    let parsed = std::panic::catch_unwind(|| {
        let doc = lopdf::Document::load_mem(bytes).map_err(|e| e.to_string())?;
        if doc.is_encrypted() {
            return Err("encrypted".to_string());
        }
        let (pages, inflated) = match pdf_pages(&doc) {
            Ok(read) => read,
            Err(_) => return Err("budget".to_string()),
        };
        // lopdf parses a content stream into operators at tens of times its inflated size.
        super::memory::charge(inflated.saturating_mul(24));
        doc.extract_text(&pages).map_err(|e| e.to_string())
    });
    match parsed {
        Ok(Err(e)) if e == "budget" => problem(
            Code::Suspicious,
            lang,
            "PDF 的页面内容流解压后异常庞大（单个超过 4 MiB 或合计超过 64 MiB），已拒绝解析正文；按文件名、文件夹和元数据判断",
            "a page content stream of the PDF inflates abnormally (over 4 MiB, or 64 MiB in all); its text is not parsed, it is judged by name, folder and metadata",
        ),
        Ok(Ok(text)) if text.trim().is_empty() => problem(
            Code::NoText,
            lang,
            "PDF 没有文字层（可能是扫描件），按文件名、文件夹和元数据判断",
            "the PDF has no text layer (a scan?); judged by name, folder and metadata",
        ),
        Ok(Ok(text)) => {
            let mut out = super::text::read(&text);
            out.text = text;
            out
        }
        Ok(Err(e)) if e == "encrypted" => problem(
            Code::Encrypted,
            lang,
            "PDF 受密码保护，无法读取内容",
            "the PDF is password-protected",
        ),
        Ok(Err(e)) => damaged(lang, &e),
        Err(_) => damaged(lang, "PDF"),
    }
}

/// The most rows read from a CSV. A row costs some 250 bytes as it is read, however short: four
/// million one-character rows (8 MB) took 1 GiB.
const MAX_CSV_ROWS: usize = 1_000_000;

/// A CSV file (after decoding) as one sheet.
/// Read up to the same number of cells as a workbook: a 40 MB CSV of 10 million short rows
/// would cost gigabytes as rows of strings.
pub(crate) fn csv(text: &str, lang: Lang) -> Extracted {
    let mut out = Extracted::default();
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut cells = 0u64;
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records().filter_map(Result::ok) {
        if rows.len() >= MAX_CSV_ROWS {
            out.problems.push((
                Code::TooLarge,
                lang.pick(
                    "表格行数过多，只读取了前 100 万行",
                    "the table has too many rows; the first million were read",
                )
                .into(),
            ));
            break;
        }
        cells += record.len().max(1) as u64;
        super::memory::charge(
            (record.as_slice().len() as u64 + CELL_COST * record.len().max(1) as u64)
                .saturating_mul(3),
        );
        if cells > MAX_CELLS {
            out.problems.push((
                Code::TooLarge,
                lang.pick(
                    "表格单元格过多，只读取了前 400 万个",
                    "the table has too many cells; the first 4 million were read",
                )
                .into(),
            ));
            break;
        }
        let row: Vec<String> = record
            .iter()
            .map(|c| cell_prefix(c.trim()).to_string())
            .collect();
        if row.iter().any(|c| !c.is_empty()) {
            rows.push(row);
        }
    }
    if !rows.is_empty() {
        add_sheet(&mut out, None, rows);
    }
    out
}

#[cfg(test)]
mod pdf_filter_tests {
    use super::*;

    #[test]
    fn ascii_stages_of_a_filter_chain_decode_before_inflation_is_counted() {
        // "Hello" in ASCII85 and ASCIIHex, as reportlab writes streams ([/ASCII85Decode /FlateDecode]).
        assert_eq!(ascii85(b"<~87cURDZ~>").unwrap(), b"Hello");
        assert_eq!(ascii85(b"87cURD]i,\"Ebo7~>").unwrap(), b"Hello World");
        assert!(ascii85(b"not{85}").is_none());
        assert_eq!(ascii_hex(b"48 65 6C6C 6F>"), b"Hello");
    }
}
