//! Office files, PDFs and hostile containers: text is read from what the bytes are, and every
//! broken or hostile file gives a diagnostic on that document while the run completes.

use std::fs;
use std::io::Write;
use std::path::Path;

use assert_cmd::Command;

use super::docx_with;
use serde_json::Value;

fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>"))
        .collect();
    docx_with(&format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    ))
}

/// A minimal .ods whose one cell is repeated across a million rows and 16,000 columns.
fn repeated_ods() -> Vec<u8> {
    let content = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16000" office:value-type="string"><text:p>签到</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        z.start_file("mimetype", stored).unwrap();
        z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        z.start_file("content.xml", stored).unwrap();
        z.write_all(content.as_bytes()).unwrap();
        z.finish().unwrap();
    }
    buf.into_inner()
}

/// A minimal .xlsx with one cell at A1 and one at XFD1048576.
fn sparse_xlsx() -> Vec<u8> {
    let files = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        (
            "xl/worksheets/sheet1.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>培训签到表</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>张三</t></is></c></row></sheetData></worksheet>"#,
        ),
    ];
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, body) in files {
            z.start_file(name, opts).unwrap();
            z.write_all(body.as_bytes()).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

fn audit(dir: &Path) -> Value {
    let stdout = super::stdout_of(
        Command::cargo_bin("zicha")
            .unwrap()
            .env_remove("ZICHA_LANG")
            .args(["audit", "--format", "json", "--today", "2025-06-01"])
            .arg(dir),
    );
    serde_json::from_slice(&stdout).unwrap()
}

fn doc<'a>(r: &'a Value, path: &str) -> &'a Value {
    r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"] == path)
        .unwrap_or_else(|| panic!("{path}"))
}

fn codes(r: &Value, path: &str) -> Vec<String> {
    doc(r, path)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn word_text_is_read_and_extensions_that_lie_are_seen_through() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("文档1.docx"),
        docx(&[
            "燃气安全培训记录",
            "培训时间：2024年4月22日",
            "参加人数：30人",
        ]),
    )
    .unwrap();
    // A Word file saved with the wrong extension, and a text file called .doc.
    fs::write(
        d.join("扫描稿.xls"),
        docx(&["应急演练记录", "演练时间：2024年7月5日", "参演人员：60人"]),
    )
    .unwrap();
    fs::write(
        d.join("旧文件.doc"),
        "关于召开安全社区推进会的通知\n各成员单位：\n特此通知。\n2024年3月1日\n",
    )
    .unwrap();
    let r = audit(d);
    let w = doc(&r, "文档1.docx");
    assert_eq!(w["kind"], "training", "{w}");
    assert_eq!(w["date"], "2024-04-22");
    assert_eq!(w["facts"]["participants"], 30);
    assert!(
        codes(&r, "文档1.docx").is_empty(),
        "{:?}",
        codes(&r, "文档1.docx")
    );
    assert_eq!(doc(&r, "扫描稿.xls")["kind"], "drill");
    assert_eq!(doc(&r, "旧文件.doc")["kind"], "notice");
    assert_eq!(doc(&r, "旧文件.doc")["date"], "2024-03-01");
}

#[test]
fn hostile_and_broken_files_give_diagnostics_and_the_run_completes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Truncated container.
    let full = docx(&["会议纪要", "会议时间：2024年5月6日"]);
    fs::write(d.join("截断的会议纪要.docx"), &full[..full.len() / 2]).unwrap();
    // A zip bomb: 200 MB of one repeated byte in a few hundred kilobytes.
    let bomb = {
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..200 {
            z.write_all(&chunk).unwrap();
        }
        z.finish().unwrap();
        buf.into_inner()
    };
    assert!(bomb.len() < 2 << 20);
    fs::write(d.join("炸弹.docx"), &bomb).unwrap();
    // Deeply nested XML.
    let nested = format!(
        r#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>{}<w:p><w:r><w:t>检查记录</w:t></w:r></w:p>{}</w:body></w:document>"#,
        "<w:x>".repeat(100_000),
        "</w:x>".repeat(100_000)
    );
    fs::write(d.join("嵌套.docx"), docx_with(&nested)).unwrap();
    // An Office file with a password (OLE container with an EncryptionInfo stream).
    let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    encrypted.extend(vec![0u8; 512]);
    encrypted.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
    encrypted.extend(vec![0u8; 512]);
    fs::write(d.join("加密的台账.xlsx"), &encrypted).unwrap();
    // A legacy .doc.
    let mut legacy = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    legacy.extend(vec![7u8; 2048]);
    fs::write(d.join("2023年工作总结.doc"), &legacy).unwrap();
    // The same container saved by WPS as .wps, and a web page nested deeper than any office writes.
    fs::write(d.join("2023年宣传计划.wps"), &legacy).unwrap();
    let deep = format!(
        "<html><body>{}伤害登记{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    fs::write(d.join("2024年伤害登记.html"), deep).unwrap();
    // A workbook whose two cells span the whole sheet (A1 and XFD1048576): 17 billion cells if
    // the range were allocated.
    fs::write(d.join("2024年签到表.xlsx"), sparse_xlsx()).unwrap();
    // An OpenDocument sheet whose one cell is repeated 16 billion times.
    fs::write(d.join("2024年台账.ods"), repeated_ods()).unwrap();
    // A broken PDF and a workbook that is not one.
    fs::write(
        d.join("损坏.pdf"),
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R",
    )
    .unwrap();
    fs::write(d.join("坏表格.xlsx"), b"PK\x03\x04not really a zip").unwrap();
    fs::write(
        d.join("正常的培训记录.md"),
        "# 培训记录\n培训时间：2024年3月1日\n参加人数：20人\n",
    )
    .unwrap();

    let r = audit(d);
    assert!(
        codes(&r, "截断的会议纪要.docx").contains(&"damaged-file".into()),
        "{:?}",
        codes(&r, "截断的会议纪要.docx")
    );
    assert!(
        codes(&r, "炸弹.docx").contains(&"suspicious-archive".into()),
        "{:?}",
        codes(&r, "炸弹.docx")
    );
    assert_eq!(
        doc(&r, "嵌套.docx")["kind"],
        "inspection",
        "deep nesting is read, not refused"
    );
    assert!(codes(&r, "加密的台账.xlsx").contains(&"encrypted".into()));
    assert!(codes(&r, "2023年工作总结.doc").contains(&"legacy-format".into()));
    assert!(
        codes(&r, "损坏.pdf").contains(&"damaged-file".into()),
        "{:?}",
        codes(&r, "损坏.pdf")
    );
    assert!(codes(&r, "坏表格.xlsx").contains(&"damaged-file".into()));
    assert!(codes(&r, "2023年宣传计划.wps").contains(&"legacy-format".into()));
    assert!(codes(&r, "2024年伤害登记.html").contains(&"damaged-file".into()));
    assert_eq!(doc(&r, "2024年伤害登记.html")["kind"], "injury_record");
    let sparse = doc(&r, "2024年签到表.xlsx");
    assert!(sparse["text_chars"].as_u64().unwrap() > 0, "{sparse}");
    assert!(codes(&r, "2024年签到表.xlsx").is_empty(), "{sparse}");
    assert!(codes(&r, "2024年台账.ods").contains(&"damaged-file".into()));
    // Everything else still judged: name and folder, and the good file in full.
    assert_eq!(doc(&r, "2023年工作总结.doc")["kind"], "review");
    assert_eq!(doc(&r, "正常的培训记录.md")["facts"]["participants"], 20);
    assert_eq!(r["documents"].as_array().unwrap().len(), 12);
}

#[test]
fn pdf_text_layers_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A dossier is a PDF with a CJK text layer in a subset CID font: a hard case for extraction.
    Command::cargo_bin("zicha")
        .unwrap()
        .args(["dossier"])
        .arg(super::repo().join("fixtures/sample"))
        .arg("-o")
        .arg(d.join("上年度自查报告.pdf"))
        .args(["--date", "2025-01-10"])
        .assert()
        .code(0);
    let r = audit(d);
    let pdf = doc(&r, "上年度自查报告.pdf");
    assert!(pdf["text_chars"].as_u64().unwrap() > 1000, "{pdf}");
    assert_eq!(pdf["kind"], "review");
    let problems: Vec<&Value> = doc(&r, "上年度自查报告.pdf")["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}

/// A .pptx as PowerPoint and WPS write it: the deck's slide list, its relationships, the slides.
fn pptx(slides: &[(&str, &[&str])]) -> Vec<u8> {
    const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let ids: String = (1..=slides.len())
            .map(|i| format!(r#"<p:sldId id="{}" r:id="rId{i}"/>"#, 255 + i))
            .collect();
        z.start_file("ppt/presentation.xml", opts).unwrap();
        write!(z, r#"<?xml version="1.0"?><p:presentation {NS}><p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"#).unwrap();
        let rels: String = (1..=slides.len())
            .map(|i| format!(r#"<Relationship Id="rId{i}" Target="slides/slide{i}.xml"/>"#))
            .collect();
        z.start_file("ppt/_rels/presentation.xml.rels", opts)
            .unwrap();
        write!(z, r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#).unwrap();
        for (i, (title, lines)) in slides.iter().enumerate() {
            let body: String = lines
                .iter()
                .map(|l| format!("<a:p><a:r><a:t>{l}</a:t></a:r></a:p>"))
                .collect();
            z.start_file(format!("ppt/slides/slide{}.xml", i + 1), opts)
                .unwrap();
            write!(z, r#"<?xml version="1.0"?><p:sld {NS}><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>{title}</a:t></a:r></a:p></p:txBody></p:sp><p:sp><p:txBody>{body}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn training_courseware_kept_as_slides_is_read_and_counts_as_courseware() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("燃气安全进万家培训课件.pptx"),
        pptx(&[
            (
                "燃气安全进万家",
                &["鼓楼社区安全社区创建办公室", "2025年3月14日"],
            ),
            (
                "一、燃气泄漏的处置",
                &["关闭燃气总阀，打开门窗通风", "不开关电器，不使用明火"],
            ),
        ]),
    )
    .unwrap();
    // A PowerPoint 97-2003 deck: not read, and the diagnostic says what to do with it.
    let mut legacy = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    legacy.extend(vec![7u8; 2048]);
    fs::write(d.join("消防安全讲座.ppt"), &legacy).unwrap();
    let r = audit(d);
    let deck = doc(&r, "燃气安全进万家培训课件.pptx");
    assert!(
        codes(&r, "燃气安全进万家培训课件.pptx").is_empty(),
        "{deck}"
    );
    assert!(
        deck["elements"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "6")
    );
    let courseware_gap = r["elements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["requirements"].as_array().unwrap())
        .flat_map(|q| q["gaps"].as_array().unwrap())
        .any(|g| g.as_str().unwrap().contains("课件"));
    assert!(!courseware_gap, "the deck is the courseware");
    assert!(codes(&r, "消防安全讲座.ppt").contains(&"legacy-format".to_string()));
    let legacy = doc(&r, "消防安全讲座.ppt");
    assert!(legacy.to_string().contains("另存为 .pptx"), "{legacy}");
}
