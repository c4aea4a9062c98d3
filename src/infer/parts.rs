//! Files that keep several records of different kinds, read part by part as a reviewer leafing
//! through them would: a workbook kept as the village's one 台账 with a sheet per subject (会议记录,
//! 培训宣传, 隐患排查2024 …), a Word compilation of a year's papers (工作计划, 培训计划, 演练总结,
//! 内部评审 …) each under its own title and date. Each part is classified, dated and counted on
//! its own; the file stays one file for the manifest, the index and the catalogue.

use crate::extract::Sheet;
use crate::schema::ArchiveSchema;

/// One part of a file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Part {
    /// The sheet's tab name, or the section's title.
    pub name: String,
    /// The sheet's title row, or the section's title.
    pub heading: Option<String>,
    /// Its text, as written.
    pub text: String,
    /// Its tables (a sheet's; a section keeps none).
    pub tables: Vec<Vec<Vec<String>>>,
}

/// More parts than any compilation or workbook an office keeps: past it, the file is read whole,
/// as a register of its dated records, so a hostile file of 100,000 one-line "records" costs what
/// one document costs.
const MAX_PARTS: usize = 500;
/// The longest section title, in characters.
const TITLE_CHARS: usize = 40;
/// The longest line that is only a date ("2024年1月16日", "二〇二四年一月十六日").
const DATE_LINE_CHARS: usize = 16;

/// A workbook's sheets as parts, when they keep records on at least two subjects: sheets are
/// grouped by their name without its years and numbers (隐患排查2023, 2024 and 2025 are one ledger
/// kept a sheet a year), and a cover (封面, 填表说明) or a tally of the others (年度统计, 季度汇总)
/// is no part. `text` is the workbook's text, which each sheet's range indexes.
pub(crate) fn sheet_parts(
    sheets: Vec<Sheet>,
    mut tables: Vec<Vec<Vec<String>>>,
    text: &str,
) -> Vec<Part> {
    let schema = super::register::schema();
    let mut groups: Vec<(String, Part)> = Vec::new();
    for sheet in sheets {
        let said = |words: &[String]| words.iter().any(|w| sheet.name.contains(w.as_str()));
        if said(&schema.cover_sheets) || said(&schema.tally_sheets) {
            continue;
        }
        let subject = subject_of(&sheet.name);
        let sheet_text = text.get(sheet.text.clone()).unwrap_or_default();
        // Moved, not copied: a workbook may hold tens of megabytes of cells.
        let table = tables
            .get_mut(sheet.table)
            .map(std::mem::take)
            .unwrap_or_default();
        match groups.iter_mut().find(|(s, _)| *s == subject) {
            Some((_, part)) => {
                part.text.push_str(sheet_text);
                part.tables.push(table);
            }
            None => groups.push((
                subject,
                Part {
                    name: sheet.name,
                    heading: sheet.title,
                    text: sheet_text.to_string(),
                    tables: vec![table],
                },
            )),
        }
    }
    if !(2..=MAX_PARTS).contains(&groups.len()) {
        return Vec::new();
    }
    groups.into_iter().map(|(_, p)| p).collect()
}

/// What a sheet's name says it records, without the years, quarters and numbering that tell one
/// sheet of a ledger from the next ("隐患排查2024" → "隐患排查", "2023-2024" → "").
fn subject_of(name: &str) -> String {
    let folded = crate::archive::fold_script(name);
    let digits = super::date::hanzi_dates_to_digits(&folded);
    digits
        .chars()
        .filter(|c| {
            !c.is_ascii_digit()
                && !c.is_whitespace()
                && !('０'..='９').contains(c)
                && !"年度季月第期上下半—–-－_~～.．()（）〔〕[]【】".contains(*c)
        })
        .collect()
}

/// The records of a compiled document, when it holds at least two: each opens with a title
/// followed at once by its date, alone on a line or labelled ("时间：2024年6月18日"). A title that
/// names a kind of record ("莲花村2024年度内部评审报告", "汛前防汛转移应急演练总结") opens a record
/// anywhere; a title that names none ("2025年持续改进措施清单", "2024年暑期防溺水工作情况") opens one
/// where a compilation's records begin: after the signature date that closed the record before,
/// or right under the compilation's own title. The signature that closes a record (an office's
/// name above its date) opens nothing; what comes before the first record (the compilation's own
/// title, its 目录) is no part.
pub(crate) fn section_parts(text: &str, schema: &ArchiveSchema) -> Vec<Part> {
    let lines: Vec<&str> = text.lines().collect();
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let dated: Vec<bool> = filled
        .iter()
        .map(|&i| {
            let line = lines[i].trim();
            may_be_date_line(line) && is_date_line(line)
        })
        .collect();
    let mut starts: Vec<usize> = Vec::new();
    let mut named_kinds = 0;
    for j in 0..filled.len().saturating_sub(1) {
        if !dated[j + 1] {
            continue;
        }
        let line = lines[filled[j]].trim();
        if !title_shaped(line) {
            continue;
        }
        // The date above closes the record before it, unless it is that record's opening date.
        let after_closing_date = j >= 2 && dated[j - 1] && starts.last() != Some(&filled[j - 2]);
        let under_own_title = j == 1 && !dated[0];
        if names_kind(line, schema) {
            named_kinds += 1;
            starts.push(filled[j]);
        } else if after_closing_date || under_own_title {
            starts.push(filled[j]);
        }
    }
    // Titles that name no kind make a compilation only when its records recur: two dated
    // paragraphs could be a letter and its attachment.
    let enough = named_kinds == starts.len() || starts.len() >= 3;
    if !(2..=MAX_PARTS).contains(&starts.len()) || !enough {
        return Vec::new();
    }
    starts
        .iter()
        .enumerate()
        .map(|(n, &start)| {
            let end = starts.get(n + 1).copied().unwrap_or(lines.len());
            let title = lines[start].trim().to_string();
            Part {
                name: title.clone(),
                heading: Some(title),
                text: lines[start..end].join("\n"),
                tables: Vec::new(),
            }
        })
        .collect()
}

/// Whether a line is short enough to be a title (counted in bytes first: most lines are long).
fn short_enough(line: &str) -> bool {
    line.len() <= TITLE_CHARS * 4 && (4..=TITLE_CHARS).contains(&line.chars().count())
}

/// Whether a line opens as a date or a date label can: a digit, a Chinese numeral of a year, or
/// 时间/日期.
fn may_be_date_line(line: &str) -> bool {
    line.starts_with("时间")
        || line.starts_with("日期")
        || line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "〇零一二０１２".contains(c))
}

/// A short line that is no sentence, label or date: what a title looks like.
fn title_shaped(line: &str) -> bool {
    short_enough(line) && !line.contains(['：', ':', '。', '；', '，']) && !is_date_line(line)
}

/// Whether a title names a kind of record.
fn names_kind(line: &str, schema: &ArchiveSchema) -> bool {
    super::classify::kind_named(&crate::archive::fold_script(line), schema).is_some()
}

/// A line that is a date alone, or a labelled date ("时间：2024年6月18日　地点：…").
fn is_date_line(line: &str) -> bool {
    let digits = super::date::hanzi_dates_to_digits(line);
    let labelled = ["时间", "日期"]
        .iter()
        .any(|w| line.starts_with(w) && line[w.len()..].trim_start().starts_with(['：', ':']));
    if labelled {
        return super::date::first_date(&digits).is_some();
    }
    line.chars().count() <= DATE_LINE_CHARS
        && super::date::find_dates(&digits)
            .first()
            .is_some_and(|&(_, at)| at == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(name: &str, title: &str, table: usize) -> Sheet {
        Sheet {
            name: name.into(),
            title: Some(title.into()),
            text: 0..0,
            table,
        }
    }

    #[test]
    fn a_ledger_kept_a_sheet_a_year_is_one_part_and_subjects_are_many() {
        let sheets = [
            sheet("封面", "莲花村安全社区创建台账", 0),
            sheet("会议记录", "会议记录登记表", 1),
            sheet("隐患排查2023", "隐患排查整改台账（2023年）", 2),
            sheet("隐患排查2024", "隐患排查整改台账（2024年）", 3),
        ];
        let tables = vec![Vec::new(); 5];
        let parts = sheet_parts(sheets.to_vec(), tables.clone(), "");
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["会议记录", "隐患排查2023"]);
        assert_eq!(parts[1].tables.len(), 2);
        // A workbook of one subject kept a sheet a year stays one register, with its tally.
        let mut ledger = sheets[2..].to_vec();
        ledger.push(sheet("年度统计", "隐患排查年度统计", 4));
        assert!(sheet_parts(ledger, tables.clone(), "").is_empty());
        let by_year = [
            sheet("2023-2024", "经费投入明细", 0),
            sheet("2025", "经费投入明细", 1),
        ];
        assert!(sheet_parts(by_year.to_vec(), tables, "").is_empty());
    }

    #[test]
    fn a_compilation_is_read_record_by_record() {
        let schema = ArchiveSchema::builtin();
        let text = "莲花村安全社区创建2024年度工作资料汇编\n目录：一、2024年安全社区工作计划（1月16日）\n莲花村2024年安全社区工作计划\n2024年1月16日\n全年重点工作如下。\n莲花村安全社区促进委员会办公室\n二〇二四年一月十六日\n汛前防汛转移应急演练总结\n时间：2024年6月18日　地点：河口组\n演练科目：预警广播。\n莲花村安全社区促进委员会办公室\n二〇二四年六月十八日\n";
        let parts = section_parts(text, schema);
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["莲花村2024年安全社区工作计划", "汛前防汛转移应急演练总结"]
        );
        assert!(parts[0].text.contains("全年重点工作"));
        assert!(!parts[0].text.contains("演练科目"));
        // Records under titles that name no kind, each closed by its signature date.
        let untyped = "莲花村防溺水工作资料汇编\n河塘警示牌设置情况\n2024年5月30日\n设警示牌23块。\n防溺水项目组\n二〇二四年五月三十日\n2024年暑期防溺水工作情况\n2024年9月2日\n巡河74天。\n防溺水项目组\n二〇二四年九月二日\n2025年持续改进措施清单\n2024年12月28日\n莲花村安全社区促进委员会办公室\n二〇二四年十二月二十八日\n";
        let parts = section_parts(untyped, schema);
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "河塘警示牌设置情况",
                "2024年暑期防溺水工作情况",
                "2025年持续改进措施清单"
            ]
        );
        // A letter and its dated attachment are no compilation.
        let letter = "关于报送材料的函\n2024年3月1日\n请查收。\n村委会\n2024年3月1日\n报送材料清单\n2024年3月1日\n一份。\n";
        assert!(section_parts(letter, schema).is_empty());
        // Thousands of one-line "records" are no compilation an office keeps.
        let flood = "演练记录\n2024年1月1日\n".repeat(MAX_PARTS + 1);
        assert!(section_parts(&flood, schema).is_empty());
        // One record with its date is a document, not a compilation.
        assert!(
            section_parts("汛前防汛转移应急演练总结\n时间：2024年6月18日\n", schema).is_empty()
        );
    }
}
