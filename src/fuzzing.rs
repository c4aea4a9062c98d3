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

/// Reads `content` as the page content stream of an otherwise well-formed one-page PDF, so the
/// fuzzer spends its effort on the content parser (operators, strings, arrays, inline images)
/// instead of on the file structure `read_file("pdf", …)` mostly rejects.
pub fn pdf_content(content: &[u8]) -> usize {
    read_file("pdf", &one_page_pdf(content))
}

/// Reads `xml` as `xl/sharedStrings.xml` of an otherwise well-formed workbook whose one sheet
/// points at the first strings, so the fuzzer works on the shared-string reader and its budget.
pub fn xlsx_shared_strings(xml: &[u8]) -> usize {
    read_file("xlsx", &workbook_with_shared_strings(xml))
}

/// A one-page PDF (Helvetica on the page) whose content stream is `content`, stored as is.
fn one_page_pdf(content: &[u8]) -> Vec<u8> {
    pdf_of_objects(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Contents 4 0 R >>".to_vec(),
        [
            format!("<< /Length {} >>\nstream\n", content.len()).as_bytes(),
            content,
            b"\nendstream",
        ]
        .concat(),
    ])
}

/// A PDF file of `objects` (numbered from 1, the first the catalog) with a correct
/// cross-reference table: for building hostile PDFs in fuzz targets and tests.
pub fn pdf_of_objects(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A workbook of one sheet whose cells A1:A4 are shared strings 0-3, with `xml` as its table of
/// shared strings.
fn workbook_with_shared_strings(xml: &[u8]) -> Vec<u8> {
    use std::io::Write;
    const PARTS: [(&str, &str); 5] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
        ),
        (
            "xl/worksheets/sheet1.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row><row r="3"><c r="A3" t="s"><v>2</v></c></row><row r="4"><c r="A4" t="s"><v>3</v></c></row></sheetData></worksheet>"#,
        ),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in PARTS {
        zip.start_file(name, stored).expect("in-memory zip");
        zip.write_all(body.as_bytes()).expect("in-memory zip");
    }
    zip.start_file("xl/sharedStrings.xml", stored)
        .expect("in-memory zip");
    zip.write_all(xml).expect("in-memory zip");
    zip.finish().expect("in-memory zip").into_inner()
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

#[cfg(test)]
mod tests {
    use super::*;

    // The wrappers must build files the readers accept, or the fuzzer only exercises rejection.
    #[test]
    fn a_content_stream_is_read_as_a_page_of_text() {
        let read = crate::extract::extract(
            Format::from_extension("pdf"),
            &one_page_pdf(b"BT /F1 12 Tf 72 700 Td (Safety drill 2024) Tj ET"),
            Lang::Zh,
        );
        assert!(read.text.contains("Safety drill 2024"), "{:?}", read.text);
    }

    #[test]
    fn shared_strings_are_read_as_the_cells_of_the_sheet() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>检查日期</t></si><si><t>燃气软管老化</t></si></sst>"#;
        let read = crate::extract::extract(
            Format::from_extension("xlsx"),
            &workbook_with_shared_strings(xml.as_bytes()),
            Lang::Zh,
        );
        assert!(read.text.contains("燃气软管老化"), "{:?}", read.text);
    }
}
