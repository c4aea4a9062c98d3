//! The archive catalogue (归档文件目录) of DA/T 22-2015 《归档文件整理规则》: one row per file of the
//! archive with 序号, 档号, 文号, 责任者, 题名, 日期, 密级, 页数, 备注 — filled from what zicha read or
//! inferred, never invented — and the file's path, so that a row can be found on disk.

use std::sync::LazyLock;

use regex::Regex;

use crate::audit::AuditReport;
use crate::diagnostic::Code;
use crate::error::{Error, Result};
use crate::i18n::Lang;

/// The header, in DA/T 22-2015's order, then the file's path (zicha's addition).
pub const CATALOGUE_COLUMNS: [&str; 10] = [
    "序号",
    "档号",
    "文号",
    "责任者",
    "题名",
    "日期",
    "密级",
    "页数",
    "备注",
    "文件",
];

/// One line of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueRow {
    /// 序号: 1, 2, … in path order.
    pub number: usize,
    /// 档号: declared (`reference` / 档号 in front matter or a sidecar), else empty.
    pub reference: String,
    /// 文号: an issuing number such as 凤栖街道办〔2022〕35号 found in the title or file name.
    pub doc_number: String,
    /// 责任者: the author, declared or inferred.
    pub author: String,
    /// 题名.
    pub title: String,
    /// 日期 as `YYYYMMDD`; only the year (`YYYY`) when no full date is known; else empty.
    pub date: String,
    /// 密级: zicha never knows it, so empty.
    pub classification: String,
    /// 页数: empty (zicha does not count pages).
    pub pages: Option<u32>,
    /// 备注: the problems zicha found with the file (its diagnostics' messages, except those
    /// about how zicha read it: legacy encoding, content not read).
    pub remarks: String,
    /// The file, relative to the archive root.
    pub path: String,
}

/// 〔2022〕35号, [2022]35号, (2022)35号 after an issuer's short name.
static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[\p{Han}A-Za-z]{1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*号",
    )
    .expect("valid regex")
});

/// An issuing number in the title or, failing that, the file name.
fn doc_number(title: &str, path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    [title, name]
        .iter()
        .find_map(|s| DOC_NUMBER.find(s))
        .map(|m| m.as_str().split_whitespace().collect())
        .unwrap_or_default()
}

/// The catalogue rows of every document the audit read, in path order.
pub fn catalogue_rows(report: &AuditReport) -> Vec<CatalogueRow> {
    let lang = report.lang;
    report
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // What is wrong with the file itself; not how zicha read it.
            let mut remarks: Vec<&str> = Vec::new();
            for diag in d
                .diagnostics
                .iter()
                .filter(|g| !matches!(g.code, Code::LegacyEncoding | Code::ContentNotRead))
            {
                if !remarks.contains(&diag.message.as_str()) {
                    remarks.push(&diag.message);
                }
            }
            let date = match (d.date, d.year) {
                (Some(date), _) => date.format("%Y%m%d").to_string(),
                (None, Some(year)) => format!("{year:04}"),
                (None, None) => String::new(),
            };
            CatalogueRow {
                number: i + 1,
                reference: d.reference.clone().unwrap_or_default(),
                doc_number: doc_number(&d.title, &d.path),
                author: d.author.clone().unwrap_or_default(),
                title: d.title.clone(),
                date,
                classification: String::new(),
                pages: None,
                remarks: remarks.join(lang.pick("；", "; ")),
                path: d.path.clone(),
            }
        })
        .collect()
}

fn cells(r: &CatalogueRow) -> [String; 10] {
    [
        r.number.to_string(),
        r.reference.clone(),
        r.doc_number.clone(),
        r.author.clone(),
        r.title.clone(),
        r.date.clone(),
        r.classification.clone(),
        r.pages.map(|p| p.to_string()).unwrap_or_default(),
        r.remarks.clone(),
        r.path.clone(),
    ]
}

/// The catalogue as CSV for Excel and archive systems: UTF-8 with a byte-order mark (without
/// one, Excel in a Chinese locale reads the file as GBK and shows garbage), CRLF line ends.
pub fn render_catalogue_csv(report: &AuditReport) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(&mut out);
    // Writing to a Vec cannot fail.
    let _ = w.write_record(CATALOGUE_COLUMNS);
    for r in catalogue_rows(report) {
        let _ = w.write_record(cells(&r));
    }
    drop(w);
    out
}

/// The catalogue as an Excel workbook: one sheet 归档文件目录, the header bold and frozen, a filter,
/// 序号 and 页数 as numbers, everything else as text (档号 keeps its leading zeros). The
/// workbook's creation time is `created`, so the same archive gives the same bytes.
pub fn render_catalogue_xlsx(
    report: &AuditReport,
    created: chrono::NaiveDateTime,
    lang: Lang,
) -> Result<Vec<u8>> {
    use chrono::{Datelike, Timelike};
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook};

    let failed = |e: rust_xlsxwriter::XlsxError| {
        Error::Other(match lang {
            Lang::Zh => format!("无法生成 Excel 目录：{e}"),
            Lang::En => format!("cannot write the Excel catalogue: {e}"),
        })
    };
    let rows = catalogue_rows(report);
    let mut book = Workbook::new();
    let when = ExcelDateTime::from_ymd(
        created.year().clamp(1900, 9999) as u16,
        created.month() as u8,
        created.day() as u8,
    )
    .and_then(|d| {
        d.and_hms(
            created.hour() as u16,
            created.minute() as u8,
            created.second() as f64,
        )
    })
    .map_err(failed)?;
    let mut props = DocProperties::new()
        .set_creation_datetime(&when)
        .set_title("归档文件目录")
        .set_author(format!("zicha {}", report.zicha_version));
    if let Some(c) = &report.community {
        props = props.set_company(c);
    }
    book.set_properties(&props);
    let sheet = book.add_worksheet();
    sheet.set_name("归档文件目录").map_err(failed)?;
    let bold = Format::new()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    let text = Format::new()
        .set_text_wrap()
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    for (col, (name, width)) in CATALOGUE_COLUMNS
        .iter()
        .zip([6.0, 14.0, 20.0, 18.0, 48.0, 10.0, 6.0, 6.0, 30.0, 60.0])
        .enumerate()
    {
        let col = col as u16;
        sheet
            .write_string_with_format(0, col, *name, &bold)
            .map_err(failed)?;
        sheet.set_column_width(col, width).map_err(failed)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        let c = cells(r);
        sheet
            .write_number_with_format(row, 0, r.number as f64, &text)
            .map_err(failed)?;
        for (col, value) in c.iter().enumerate().skip(1) {
            let col = col as u16;
            match (col, r.pages) {
                (7, Some(p)) => sheet.write_number_with_format(row, col, p as f64, &text),
                _ => sheet.write_string_with_format(row, col, value, &text),
            }
            .map_err(failed)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    sheet
        .autofilter(0, 0, rows.len() as u32, CATALOGUE_COLUMNS.len() as u16 - 1)
        .map_err(failed)?;
    book.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    #[test]
    fn issuing_numbers_are_found_in_names() {
        assert_eq!(
            super::doc_number(
                "关于印发安全社区建设工作实施方案的通知",
                "上级文件/凤栖街道办〔2022〕35号关于印发安全社区建设工作实施方案的通知 2022.6.15.pdf"
            ),
            "凤栖街道办〔2022〕35号"
        );
        assert_eq!(
            super::doc_number("安监发[2024] 7号", "a.md"),
            "安监发[2024]7号"
        );
        assert_eq!(super::doc_number("2024年工作计划", "2024年工作计划.md"), "");
    }
}
