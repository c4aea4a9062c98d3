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
    /// Its date as a catalogue lists it (a volume's 卷内目录), when one does.
    pub date: Option<chrono::NaiveDate>,
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
                // The 2023 and 2025 sheets of one ledger are the 2023—2025 ledger.
                if let (Some(first), Some(next)) = (&part.heading, &sheet.title) {
                    part.heading = Some(spanning_title(first, next));
                }
            }
            None => groups.push((
                subject,
                Part {
                    name: sheet.name,
                    heading: sheet.title,
                    text: sheet_text.to_string(),
                    tables: vec![table],
                    date: None,
                },
            )),
        }
    }
    if !(2..=MAX_PARTS).contains(&groups.len()) {
        return Vec::new();
    }
    groups.into_iter().map(|(_, p)| p).collect()
}

static TITLE_YEARS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"((?:19|20)\d{2})(?:\s*[—–\-~～至]\s*((?:19|20)\d{2}))?\s*年")
        .expect("pattern compiles")
});

/// The title of a ledger's sheets taken together: the first sheet's title with its year spanning
/// to the later sheet's ("2023年…台账" and "2025年…台账" → "2023—2025年…台账"), when the two differ
/// only in their years; else the first title.
fn spanning_title(first: &str, next: &str) -> String {
    let (Some(a), Some(b)) = (TITLE_YEARS.captures(first), TITLE_YEARS.captures(next)) else {
        return first.to_string();
    };
    let year =
        |c: &regex::Captures<'_>, i: usize| c.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
    let (Some(from), Some(to)) = (year(&a, 1), year(&b, 2).or(year(&b, 1))) else {
        return first.to_string();
    };
    let whole = a.get(0).map_or(0..0, |m| m.range());
    let rest_of = |s: &str| TITLE_YEARS.replace(s, "").into_owned();
    if to <= year(&a, 2).unwrap_or(from) || rest_of(first) != rest_of(next) {
        return first.to_string();
    }
    format!(
        "{}{from}—{to}年{}",
        &first[..whole.start],
        &first[whole.end..]
    )
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
/// or right under the compilation's own title. In a bound volume (案卷) each record starts a page
/// under its page stamp, its date often only in its signature at the end: after a closing date,
/// a stamped title opens a record without a date below it. The signature that closes a record (an
/// office's name above its date) opens nothing; what comes before the first record (the
/// compilation's own title, its 目录, a volume's 卷内目录) is no part.
pub(crate) fn section_parts(text: &str, title: &str, schema: &ArchiveSchema) -> Vec<Part> {
    let lines: Vec<&str> = text.lines().collect();
    let attached = attachment_parts(&lines, title, schema);
    if !attached.is_empty() {
        return attached;
    }
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let line = |j: usize| lines[filled[j]].trim();
    let dated: Vec<bool> = (0..filled.len())
        .map(|j| may_be_date_line(line(j)) && is_date_line(line(j)))
        .collect();
    // A page's stamp opens the page: a number alone on a line after the page break's blank line
    // (a table's cell "7" follows the cell before it).
    let stamp: Vec<bool> = (0..filled.len())
        .map(|j| is_page_stamp(line(j)) && opens_page(&lines, filled[j]))
        .collect();
    let first = volume_contents_end(&filled.iter().map(|&i| lines[i]).collect::<Vec<_>>());
    if first > 0 {
        let records = volume_records(&lines, &filled, first, &stamp, schema);
        if records.len() >= 2 {
            return records;
        }
    }
    let listed = listed_records(&lines, &filled);
    if listed.len() >= 2 {
        return listed;
    }
    let mut starts: Vec<usize> = Vec::new();
    let mut named_kinds = 0;
    for j in first..filled.len() {
        // Most lines have neither a date below nor a page stamp above: they open nothing, and
        // are ruled out before their shape is read.
        // A record kept as a form has its head row ("项目⇥记录") between the title and the
        // form's date row ("时间⇥2025年9月19日").
        let date_below = dated.get(j + 1).copied().unwrap_or(false)
            || dated.get(j + 2).copied().unwrap_or(false) && form_head(line(j + 1));
        let stamped = j > first && stamp[j - 1];
        // A title with its own date over a form's dated row opens a record of a compilation of
        // forms ("演练一：防汛防溺水应急演练（2024年5月30日）" over "演练名称⇥…⇥演练时间⇥…").
        if !date_below
            && !stamped
            && j + 1 < filled.len()
            && line(j).ends_with(['）', ')'])
            && dated_row(line(j + 1))
            && self_dated_title(line(j)).is_some_and(|t| names_kind(t, schema))
        {
            named_kinds += 1;
            starts.push(filled[j]);
            continue;
        }
        if !date_below && !stamped {
            continue;
        }
        let title = line(j);
        // A title too long for one line leaves its last characters on the next ("…效果评估报" /
        // "告"): the record opens on the line above.
        if !stamped && title.chars().count() < 4 && !dated[j] && j > first {
            let whole = format!("{}{}", line(j - 1), title);
            if title_shaped(&whole) && names_kind(&whole, schema) && !dated[j - 1] {
                named_kinds += 1;
                starts.push(filled[j - 1]);
            }
            continue;
        }
        // A start right under another is the second line of its wrapped title.
        let continues_title = j > first && starts.last() == Some(&filled[j - 1]);
        if dated[j] || !title_shaped(title) || signs(title, schema) || continues_title {
            continue;
        }
        // The filled line above, past page stamps.
        let above = (first..j).rev().find(|&k| !stamp[k]);
        // A date above closes the record before, unless it is that record's opening date.
        let closing = match above {
            Some(k) => dated[k] && (k == 0 || starts.last() != Some(&filled[k - 1])),
            None => j > first || first > 0,
        };
        let under_own_title = j == 1 && !dated[0] && first == 0;
        if date_below && names_kind(title, schema) {
            named_kinds += 1;
            starts.push(filled[j]);
        } else if date_below && numbered_heading(title) {
            // A month's work ledger numbers its records ("一、开学护学岗恢复值守" over "时间⇥…"):
            // the number opens a record wherever the one before ended.
            starts.push(filled[j]);
        } else if (date_below && (closing || under_own_title)) || (stamped && closing) {
            starts.push(filled[j]);
        }
    }
    // Titles that name no kind make a compilation only when its records recur: two dated
    // paragraphs could be a letter and its attachment.
    let enough = named_kinds == starts.len() || starts.len() >= 3;
    if !(2..=MAX_PARTS).contains(&starts.len()) || !enough {
        return Vec::new();
    }
    let closes = closing_sheet(&lines, *starts.last().unwrap_or(&0));
    starts
        .iter()
        .enumerate()
        .map(|(n, &start)| {
            let end = starts.get(n + 1).copied().unwrap_or(closes);
            let title = wrapped_title(&lines[start..end]);
            Part {
                name: title.clone(),
                heading: Some(title),
                text: lines[start..end].join("\n"),
                tables: Vec::new(),
                date: None,
            }
        })
        .collect()
}

/// A row of a compilation's 目录: its number, its title, then a leader (……, ……, ·····) before
/// the date or page it gives ("01  关于成立…促进委员会的通知（白委〔2023〕13号） …… 2023年3月28日").
static CONTENTS_ROW: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})?[\s.、．]*(\S.*?)\s*(?:(?:…|\.{3}|·{3}|－{2}|-{3})[…\.·－\-\s]*(.*?))?\s*$",
    )
    .expect("contents row pattern compiles")
});
/// How far below its first lines a compilation's 目录 may begin (under its cover: the archive's
/// name, the volume's title, who compiled it and when).
const CONTENTS_DEPTH: usize = 12;
/// A title's 文号 in brackets, as a 目录 adds it ("（白委〔2023〕13号）").
static TRAILING_REFERENCE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[（(][^（()）]*〔[^〕]*〕[^（()）]*号[)）]$")
        .expect("reference pattern compiles")
});

/// An entry of a compilation's 目录: the title it lists and the date it gives the record.
struct ListedEntry {
    title: String,
    /// The title without spaces or a trailing 文号, as it is looked for in the body.
    key: String,
    date: Option<chrono::NaiveDate>,
}

/// The entries of a compilation's 目录 ("目    录" under its cover), in order, and the filled line
/// after the last; none when the text opens with no 目录. A row is numbered, or has a leader, or
/// ends with a date; the first line that is none of these ends the 目录.
fn contents_entries(lines: &[&str], filled: &[usize]) -> (Vec<ListedEntry>, usize) {
    // Most texts have no 目录: a line is spaced out and compared only when it holds 录.
    let Some(heading) = (0..filled.len().min(CONTENTS_DEPTH)).find(|&j| {
        let line = lines[filled[j]];
        line.len() <= 64 && line.contains('录') && bare(line) == "目录"
    }) else {
        return (Vec::new(), 0);
    };
    let mut entries = Vec::new();
    let mut j = heading + 1;
    while j < filled.len() && entries.len() < MAX_PARTS {
        let line = lines[filled[j]].trim();
        let numbered =
            line.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
        let Some(row) = CONTENTS_ROW.captures(line) else {
            break;
        };
        let title = row.get(1).map_or("", |m| m.as_str()).trim();
        let tail = row.get(2).map_or("", |m| m.as_str());
        let date = super::date::first_date(&super::date::hanzi_dates_to_digits(tail));
        let led = row.get(2).is_some();
        if !(numbered || led) || title.chars().count() < 4 || title.contains(['。', '；']) {
            break;
        }
        let key = bare(&TRAILING_REFERENCE.replace(title, ""));
        entries.push(ListedEntry {
            title: title.to_string(),
            key,
            date,
        });
        j += 1;
    }
    (entries, j)
}

/// Whether a text opens with a 目录 of at least two entries: a compilation, whatever else its
/// tables make it look like.
pub(crate) fn lists_contents(text: &str) -> bool {
    if !text.contains('录') {
        return false;
    }
    let lines: Vec<&str> = text.lines().take(CONTENTS_DEPTH * 4 + MAX_PARTS).collect();
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    contents_entries(&lines, &filled).0.len() >= 2
}

/// The records of a compilation that lists them in its 目录: each opens at a line that is an
/// entry's title (its 文号 may follow on the next line, its title may wrap), in the 目录's order,
/// and is dated as the 目录 dates it. An entry not found in the body is left out; fewer than two
/// found and the compilation is read by its titles and dates instead.
fn listed_records(lines: &[&str], filled: &[usize]) -> Vec<Part> {
    let (entries, body) = contents_entries(lines, filled);
    if entries.len() < 2 {
        return Vec::new();
    }
    // Each line of the body spaced out once, and only a line short enough to be a title: a
    // 目录 of 500 entries none of which is found would otherwise space out the body 500 times.
    let bodies: Vec<String> = filled[body..]
        .iter()
        .map(|&i| {
            let line = lines[i];
            if line.len() <= (TITLE_CHARS + 16) * 4 {
                bare(line)
            } else {
                String::new()
            }
        })
        .collect();
    // (line of the title, entry)
    let mut starts: Vec<(usize, &ListedEntry)> = Vec::new();
    let mut cursor = 0;
    for entry in &entries {
        let key_chars = entry.key.chars().count();
        let found = (cursor..bodies.len()).find(|&j| {
            let line = &bodies[j];
            if line.is_empty() {
                return false;
            }
            let chars = line.chars().count();
            *line == entry.key
                || (entry.key.starts_with(line.as_str())
                    && chars >= 6
                    && chars * 5 >= key_chars * 3)
                || (line.starts_with(&entry.key) && chars <= key_chars + 16)
        });
        if let Some(j) = found {
            starts.push((filled[body + j], entry));
            cursor = j + 1;
        }
    }
    if starts.len() < 2 || starts.len() * 2 < entries.len() {
        return Vec::new();
    }
    let closes = closing_sheet(lines, starts.last().map_or(0, |s| s.0));
    starts
        .iter()
        .enumerate()
        .map(|(n, &(start, entry))| {
            let end = starts.get(n + 1).map_or(closes, |s| s.0);
            let title = TRAILING_REFERENCE
                .replace(&entry.title, "")
                .trim()
                .to_string();
            Part {
                name: title.clone(),
                heading: Some(title),
                text: lines[start..end].join("\n"),
                tables: Vec::new(),
                date: entry.date,
            }
        })
        .collect()
}

/// The tables of a part's text as a Word document's text keeps them: runs of at least two lines
/// of tab-separated cells.
pub(crate) fn tables_in_text(text: &str) -> Vec<Vec<Vec<String>>> {
    let mut tables = Vec::new();
    let mut run: Vec<Vec<String>> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.contains('\t') {
            run.push(line.split('\t').map(|c| c.trim().to_string()).collect());
        } else if run.len() >= 2 {
            tables.push(std::mem::take(&mut run));
        } else {
            run.clear();
        }
    }
    tables
}

/// An attachment's heading: "附件1：职工通勤交通安全促进项目实施方案".
static ATTACHMENT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\s*附件\s*[0-9一二三四五六七八九十]{0,3}\s*[：:]\s*(\S.{2,38})\s*$")
        .expect("attachment pattern compiles")
});

/// A notice that issues several documents as its attachments ("关于印发…四个安全促进项目实施方案
/// 的通知", 附件1…附件4): the notice, under the file's title, then each attachment under its own.
/// Fewer than two attachments naming a kind leave the file whole.
fn attachment_parts(lines: &[&str], title: &str, schema: &ArchiveSchema) -> Vec<Part> {
    let starts: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains("附件"))
        .filter_map(|(i, l)| {
            let name = ATTACHMENT.captures(l)?.get(1)?.as_str().trim().to_string();
            names_kind(&name, schema).then_some((i, name))
        })
        .collect();
    if !(2..=MAX_PARTS).contains(&starts.len()) {
        return Vec::new();
    }
    let head = Part {
        name: title.to_string(),
        heading: Some(title.to_string()),
        text: lines[..starts[0].0].join("\n"),
        tables: Vec::new(),
        date: None,
    };
    std::iter::once(head)
        .chain(starts.iter().enumerate().map(|(n, (start, name))| {
            let end = starts.get(n + 1).map_or(lines.len(), |s| s.0);
            Part {
                name: name.clone(),
                heading: Some(name.clone()),
                text: lines[*start..end].join("\n"),
                tables: Vec::new(),
                date: None,
            }
        }))
        .collect()
}

/// How many characters of a title are looked up in a volume's 卷内目录: enough to tell one
/// entry from another, few enough to survive a title wrapped over two lines.
const ENTRY_KEY_CHARS: usize = 8;
/// A date as a volume's catalogue writes it (20240508).
static CATALOGUE_DATE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"20\d{6}").expect("date pattern compiles"));
/// How far down its page a record's title may stand, under a red header (…文件) and its 文号.
const TITLE_DEPTH: usize = 3;

/// The records of a bound volume (案卷), as its 卷内目录 lists them: each starts a page, under
/// the page's stamp, with a title the catalogue lists ("关于组建…服务队的通知" under the red
/// header "书院街社区居民委员会文件"). A page that opens with anything else (a table running
/// on, a sign-in sheet attached to the record before) continues the record before.
fn volume_records(
    lines: &[&str],
    filled: &[usize],
    first: usize,
    stamp: &[bool],
    schema: &ArchiveSchema,
) -> Vec<Part> {
    let contents: String = filled[..first].iter().map(|&i| bare(lines[i])).collect();
    // The rows are read in order: of two records titled alike ("消防安全工作组会议记录" in 2024
    // and in 2025), the second is the catalogue's next such row.
    let mut cursor = 0;
    // (first line of the page, line of the title, the catalogue's date)
    let mut starts: Vec<(usize, usize, Option<chrono::NaiveDate>)> = Vec::new();
    for j in first..filled.len() {
        if !stamp[j] || j + 1 >= filled.len() {
            continue;
        }
        let head = (j + 1..filled.len().min(j + 1 + TITLE_DEPTH))
            .take_while(|&k| !stamp[k])
            .find_map(|k| {
                catalogue_row(lines[filled[k]], &contents, cursor, schema).map(|row| (k, row))
            });
        if let Some((k, (date, end))) = head {
            if let Some(end) = end {
                cursor = end;
            }
            starts.push((filled[j + 1], filled[k], date));
        }
    }
    if !(2..=MAX_PARTS).contains(&starts.len()) {
        return Vec::new();
    }
    let closes = closing_sheet(lines, starts.last().map_or(0, |s| s.0));
    starts
        .iter()
        .enumerate()
        .map(|(n, &(start, title_at, date))| {
            let end = starts.get(n + 1).map_or(closes, |s| s.0);
            let title = wrapped_title(&lines[title_at..end]);
            Part {
                name: title.clone(),
                heading: Some(title),
                text: lines[start..end].join("\n"),
                tables: Vec::new(),
                date,
            }
        })
        .collect()
}

/// The catalogue's row for a title line at a page's head, with its date and where the row ends
/// (None: the line is no listed title). A row is found by the title's first characters, then
/// the longest part of the line it holds, from `cursor` on first; its date is the first written
/// as the catalogue writes dates (20240508) after the title, and trusted only when the row holds
/// the whole line. The catalogue lists each record's issuer and 文号 too: a red header (…文件),
/// an issuer's name or a 文号 is no title, nor a short table cell running on from the page before.
#[allow(clippy::type_complexity)]
fn catalogue_row(
    line: &str,
    contents: &str,
    cursor: usize,
    schema: &ArchiveSchema,
) -> Option<(Option<chrono::NaiveDate>, Option<usize>)> {
    let line = line.trim();
    let chars: Vec<char> = bare(line).chars().collect();
    let heads = line.ends_with("文件") || line.contains('〔') || signs(line, schema);
    if heads || !(chars.len() >= ENTRY_KEY_CHARS || names_kind(line, schema)) {
        return None;
    }
    let key_len = chars.len().min(ENTRY_KEY_CHARS);
    let find = |prefix: &str| {
        contents
            .get(cursor..)
            .and_then(|rest| rest.find(prefix).map(|at| cursor + at))
            .or_else(|| contents.find(prefix))
    };
    let key: String = chars[..key_len].iter().collect();
    find(&key)?;
    let (end, complete) = (key_len..=chars.len())
        .rev()
        .find_map(|n| {
            let prefix: String = chars[..n].iter().collect();
            find(&prefix).map(|at| (at + prefix.len(), n == chars.len()))
        })
        .unwrap_or((0, false));
    if !complete {
        return Some((None, None));
    }
    let date = CATALOGUE_DATE
        .find(&contents[end..])
        .and_then(|m| chrono::NaiveDate::parse_from_str(m.as_str(), "%Y%m%d").ok());
    Some((date, Some(end)))
}

/// `s` without its spaces: a volume's catalogue spaces its headings out ("卷 内 目 录") and wraps
/// its cells.
fn bare(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Where a volume's 备考表 (its pages, 立卷人, the dates of the volume) begins after `from`: no
/// record's text.
fn closing_sheet(lines: &[&str], from: usize) -> usize {
    (from..lines.len())
        .find(|&i| {
            let bare = bare(lines[i]);
            bare == "卷内备考表" || bare == "备考表"
        })
        .unwrap_or(lines.len())
}

/// A record's title, with its second line when the title wraps ("…第一次全体" / "会议纪要") above
/// the record's date.
fn wrapped_title(record: &[&str]) -> String {
    let mut filled = record.iter().map(|l| l.trim()).filter(|l| !l.is_empty());
    let first = filled.next().unwrap_or_default().to_string();
    let (Some(second), Some(third)) = (filled.next(), filled.next()) else {
        return first;
    };
    // A title's last characters wrapped alone onto the next line ("…效果评估报" / "告").
    let tail = second.chars().count() < 4 && !second.contains(['：', ':', '。', '；', '，']);
    if (title_shaped(second) || tail) && may_be_date_line(third) && is_date_line(third) {
        format!("{first}{second}")
    } else {
        first
    }
}

/// The items a bound volume's 卷内目录 lists whose page is not in the volume: (page, title). A
/// row of the catalogue ends with the item's date (20241218) and its page; its title is the
/// cells above the date, up to the issuer's name or the row's number. The volume's pages are the
/// numbers stamped alone on a line after the catalogue.
pub(crate) fn unbound_items(text: &str, schema: &ArchiveSchema) -> Vec<(u32, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let at: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let filled: Vec<&str> = at.iter().map(|&i| lines[i].trim()).collect();
    let first = volume_contents_end(&filled);
    if first == 0 {
        return Vec::new();
    }
    let compact = |l: &str| l.len() == 8 && l.bytes().all(|b| b.is_ascii_digit());
    let stamped: std::collections::BTreeSet<u32> = (first..filled.len())
        .filter(|&j| is_page_stamp(filled[j]) && opens_page(&lines, at[j]))
        .filter_map(|j| filled[j].parse().ok())
        .collect();
    let mut out = Vec::new();
    for d in 0..first.saturating_sub(1) {
        let Some(page) = (compact(filled[d]) && is_page_stamp(filled[d + 1]))
            .then(|| filled[d + 1].parse::<u32>().ok())
            .flatten()
        else {
            continue;
        };
        if stamped.contains(&page) {
            continue;
        }
        // The row's cells after its number: its 文号 and issuer (wrapped: "书院街社区安全" /
        // "促进委员会办公" / "室"), then its title; the issuer ends where the cells so far name
        // an office.
        let mut cells: Vec<&str> = filled[..d]
            .iter()
            .rev()
            .take_while(|l| !is_page_stamp(l) && !compact(l))
            .copied()
            .collect();
        cells.reverse();
        let issuer = (1..cells.len())
            .rev()
            .find(|&n| signs(&cells[..n].concat(), schema))
            .unwrap_or(0);
        let title: String = cells[issuer..].concat();
        if !title.is_empty() {
            out.push((page, title));
        }
    }
    out
}

/// Whether a text is a bound volume: it opens with its 卷内目录.
pub(crate) fn is_volume(text: &str) -> bool {
    let filled: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(10)
        .collect();
    volume_contents_end(&filled) > 0
}

/// Whether line `i` opens a page: the first line, or one after a blank line.
fn opens_page(lines: &[&str], i: usize) -> bool {
    i == 0 || lines[i - 1].trim().is_empty()
}

/// A page number alone on a line, as a volume stamps its pages ("12").
fn is_page_stamp(line: &str) -> bool {
    (1..=3).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a line is the name of an office signing a record.
fn signs(line: &str, schema: &ArchiveSchema) -> bool {
    schema
        .issuer_endings
        .iter()
        .any(|w| line.ends_with(w.as_str()))
}

/// Where a volume's 卷内目录 ends, in filled lines: after the last row whose date is written as
/// the catalogue writes it (20240627), when the volume opens with one; 0 when it does not. A row of
/// the catalogue is a title above a date, as a record is; it is the record's entry, not the record.
fn volume_contents_end(filled: &[&str]) -> usize {
    let Some(heading) = filled.iter().take(10).position(|l| bare(l) == "卷内目录") else {
        return 0;
    };
    let compact = |l: &str| {
        let l = l.trim();
        l.len() == 8 && l.bytes().all(|b| b.is_ascii_digit()) && l.starts_with("20")
    };
    let mut last = heading;
    for (k, l) in filled.iter().enumerate().skip(heading + 1) {
        if compact(l) {
            last = k;
        } else if k > last + 30 {
            break;
        }
    }
    // The row's page number follows its date.
    let mut end = last + 1;
    while end < filled.len() && is_page_stamp(filled[end].trim()) && end <= last + 1 {
        end += 1;
    }
    end
}

/// Whether a line is short enough to be a title (counted in bytes first: most lines are long).
fn short_enough(line: &str) -> bool {
    line.len() <= TITLE_CHARS * 4 && (4..=TITLE_CHARS).contains(&line.chars().count())
}

/// Whether a line opens as a date or a date label can: a digit, a Chinese numeral of a year, or
/// a label ending in 时间/日期 (评估日期, 演练时间).
fn may_be_date_line(line: &str) -> bool {
    date_label_end(line).is_some()
        || line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || "〇零一二０１２".contains(c))
}

/// The longest label before a date ("会议时间", "评估日期"), in characters.
const DATE_LABEL_CHARS: usize = 6;

/// Where the date of a line opening with a date label ("时间：", "评估日期：", a form's "时间⇥")
/// begins, or none.
fn date_label_end(line: &str) -> Option<usize> {
    let head_end = line
        .char_indices()
        .nth(DATE_LABEL_CHARS)
        .map_or(line.len(), |(i, _)| i);
    let head = &line[..head_end];
    let at = ["时间", "日期"]
        .iter()
        .filter_map(|w| head.find(w).map(|i| i + w.len()))
        .min()?;
    let rest = &line[at..];
    let sep = rest.trim_start_matches([' ', '\u{3000}']);
    if sep.starts_with(['：', ':']) {
        Some(line.len() - sep.len() + sep.chars().next().map_or(0, char::len_utf8))
    } else if rest.starts_with('\t') {
        Some(at + 1)
    } else {
        None
    }
}

/// An ordinal or a numbered label opening a section title ("1．", "（二）", "演练一：").
static TITLE_ORDINAL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\p{Han}{0,4}?[一二三四五六七八九十\d]{1,3}\s*[、．.：:])\s*")
        .expect("title ordinal pattern compiles")
});

/// A date in brackets closing a title ("防汛防溺水应急演练（2024年5月30日）").
static BRACKETED_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"[（(]\s*([^（()）]{6,16})\s*[)）]\s*$")
        .expect("bracketed date pattern compiles")
});

/// A section title that carries its own date ("演练一：防汛防溺水应急演练（2024年5月30日）"): the
/// title without its ordinal and date, when what is left is title-shaped.
fn self_dated_title(line: &str) -> Option<&str> {
    let dated = BRACKETED_DATE.captures(line)?;
    let date = dated.get(1)?.as_str();
    super::date::first_date(&super::date::hanzi_dates_to_digits(date))?;
    let whole = dated.get(0)?;
    let bare = &line[..whole.start()];
    let bare = TITLE_ORDINAL.find(bare).map_or(bare, |m| &bare[m.end()..]);
    title_shaped(bare).then_some(bare)
}

/// A form's row holding a date ("演练名称⇥…⇥演练时间⇥2024年5月30日").
fn dated_row(line: &str) -> bool {
    line.contains('\t')
        && super::date::first_date(&super::date::hanzi_dates_to_digits(line)).is_some()
}

/// A short line that is no sentence, label, table row or date: what a title looks like.
fn title_shaped(line: &str) -> bool {
    short_enough(line) && !line.contains(['：', ':', '。', '；', '，', '\t']) && !is_date_line(line)
}

/// The header of a message in an exported group chat: its date and time, then who posted it
/// ("2025-07-09 20:18:00  许文博（促进委员会办公室）").
static CHAT_HEADER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+\S")
        .expect("chat header pattern compiles")
});
/// Fewer message headers than this and a text is no chat export.
const CHAT_MESSAGES: usize = 5;
/// The shortest message that can be a record posted in full (minutes, a notice).
const POSTED_RECORD_CHARS: usize = 120;

/// The records posted in full in an exported group chat (minutes "在本群发布即为印发", a notice),
/// each a part dated by its post, and the rest of the chat as one more part: a message that opens
/// with a title ("【会议纪要】…第五次全体会议纪要") naming a kind of record and runs long is that
/// record. Empty when the text is no chat export or posts no record.
pub(crate) fn chat_parts(text: &str, title: &str, schema: &ArchiveSchema) -> Vec<Part> {
    let lines: Vec<&str> = text.lines().collect();
    let headers: Vec<(usize, chrono::NaiveDate)> = lines
        .iter()
        .enumerate()
        // Most lines open with no year: look at the first characters before the pattern.
        .filter(|(_, l)| l.starts_with("20") || l.starts_with("19"))
        .filter_map(|(i, l)| {
            let c = CHAT_HEADER.captures(l)?;
            let day = chrono::NaiveDate::from_ymd_opt(
                c[1].parse().ok()?,
                c[2].parse().ok()?,
                c[3].parse().ok()?,
            )?;
            Some((i, day))
        })
        .collect();
    if headers.len() < CHAT_MESSAGES {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let mut rest = String::new();
    let mut kept_to = 0;
    for (n, &(at, day)) in headers.iter().enumerate() {
        let end = headers.get(n + 1).map_or(lines.len(), |&(next, _)| next);
        let body = &lines[at + 1..end];
        let Some(first) = body.iter().map(|l| l.trim()).find(|l| !l.is_empty()) else {
            continue;
        };
        // A tag before the title says what was posted ("【会议纪要】", "【通知】").
        let heading = match first.strip_prefix('【').and_then(|r| r.split_once('】')) {
            Some((_, after)) if after.chars().count() >= 6 => after.trim(),
            _ => first,
        };
        let chars: usize = body.iter().map(|l| l.chars().count()).sum();
        if chars < POSTED_RECORD_CHARS || !title_shaped(heading) || !names_kind(heading, schema) {
            continue;
        }
        for l in &lines[kept_to..at] {
            rest.push_str(l);
            rest.push('\n');
        }
        kept_to = end;
        parts.push(Part {
            name: heading.to_string(),
            heading: Some(heading.to_string()),
            text: body.join("\n"),
            tables: Vec::new(),
            date: Some(day),
        });
    }
    if parts.is_empty() || parts.len() >= MAX_PARTS {
        return Vec::new();
    }
    for l in &lines[kept_to..] {
        rest.push_str(l);
        rest.push('\n');
    }
    parts.push(Part {
        name: title.to_string(),
        heading: None,
        text: rest,
        tables: Vec::new(),
        date: None,
    });
    parts
}

static SECTION_NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[)）]|(第[一二三四五六七八九十]{1,3}[章条节部分]))",
    )
    .expect("pattern compiles")
});

/// The numbering that opens a section's heading ("一、", "（三）", and, when `chapters`, "第三章",
/// "第二条"): where the heading's words begin. Shared by the reading of a month's ledger into its
/// records and of a rule book into its rules.
pub(crate) fn section_number_end(line: &str, chapters: bool) -> Option<usize> {
    let c = SECTION_NUMBER.captures(line)?;
    (chapters || c.get(1).is_none()).then(|| c.get(0).map_or(0, |m| m.end()))
}

/// A heading numbered as a section, 一、 or （一）, its words opening with a character or a
/// quote ("一、“安全生产月”安全咨询日").
fn numbered_heading(line: &str) -> bool {
    section_number_end(line, false).is_some_and(|at| {
        let words = line[at..].trim_start();
        let words = words.strip_prefix(['“', '"', '《', '「']).unwrap_or(words);
        words.chars().next().is_some_and(crate::extract::is_han)
    })
}

/// The head row of a two-column form ("项目⇥记录", "事项⇥内容"): a few short cells, none a
/// date.
fn form_head(line: &str) -> bool {
    let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
    (2..=4).contains(&cells.len())
        && cells.iter().all(|c| {
            (1..=6).contains(&c.chars().count()) && !c.chars().any(|ch| ch.is_ascii_digit())
        })
}

/// Whether a title names a kind of record.
fn names_kind(line: &str, schema: &ArchiveSchema) -> bool {
    super::classify::kind_named(&crate::archive::fold_script(line), schema).is_some()
}

/// A line that is a date alone, or a labelled date ("时间：2024年6月18日　地点：…").
fn is_date_line(line: &str) -> bool {
    let digits = super::date::hanzi_dates_to_digits(line);
    if let Some(at) = date_label_end(line) {
        return super::date::first_date(&super::date::hanzi_dates_to_digits(&line[at..])).is_some();
    }
    line.chars().count() <= DATE_LINE_CHARS
        && super::date::find_dates(&digits)
            .first()
            .is_some_and(|&(_, at)| at == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ledgers_sheets_of_several_years_are_titled_by_their_span() {
        assert_eq!(
            spanning_title(
                "2023年重点户入户安全排查台账",
                "2025年重点户入户安全排查台账"
            ),
            "2023—2025年重点户入户安全排查台账"
        );
        assert_eq!(
            spanning_title("2023—2024年台账", "2025年台账"),
            "2023—2025年台账"
        );
        // Sheets of one subject that differ in more than the year keep the first title.
        assert_eq!(
            spanning_title("2023年民宿检查台账", "2025年重点户台账"),
            "2023年民宿检查台账"
        );
        assert_eq!(spanning_title("隐患台账", "2025年隐患台账"), "隐患台账");
    }

    fn sheet(name: &str, title: &str, table: usize) -> Sheet {
        Sheet {
            name: name.into(),
            title: Some(title.into()),
            text: 0..0,
            table,
        }
    }

    #[test]
    fn a_months_work_ledger_is_its_numbered_records_in_prose_or_as_forms() {
        let schema = ArchiveSchema::builtin();
        // Under the ledger's title and its 填报 line: a meeting written as prose (its title names
        // no kind a register would), then records kept as two-column forms.
        let text = "鼓楼社区2025年1月安全社区工作台账\n\
                    填报：王婷　　审核：李秀兰　　填报日期：2025年1月31日\n\
                    一、安全社区创建促进委员会第三次例会\n\
                    时间：2025年1月14日（星期二）9:00—11:10\n\
                    地点：社区党群服务中心三楼会议室\n\
                    出席委员13人，听取项目进展，部署春节期间安全工作。\n\
                    二、开学护学岗恢复值守\n\
                    项目\t记录\n\
                    时间\t2025年2月17日起每个上学日\n\
                    地点\t鼓楼小学南门\n\
                    三、安全专干工作交接\n\
                    项目\t记录\n\
                    时间\t2025年1月25日\n\
                    主要内容\t王婷调街道社会事务办，安全专干工作由陈晓雨接任。\n\
                    四、“安全生产月”安全咨询日\n\
                    时间：2025年1月28日 9:00—11:30\n\
                    咨询群众约260人次。\n";
        let parts = section_parts(text, "鼓楼社区1月安全社区工作台账", schema);
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "一、安全社区创建促进委员会第三次例会",
                "二、开学护学岗恢复值守",
                "三、安全专干工作交接",
                "四、“安全生产月”安全咨询日"
            ]
        );
        assert!(parts[0].text.contains("出席委员13人"));
        assert!(!parts[0].text.contains("护学岗"));
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
    fn minutes_posted_in_full_in_a_group_chat_are_a_record_of_their_own() {
        let schema = ArchiveSchema::builtin();
        let mut chat = String::new();
        for day in 1..=5 {
            chat.push_str(&format!("2025-06-0{day} 09:00:00  顾明\n收到。\n\n"));
        }
        chat.push_str("2025-07-09 20:18:00  许文博（促进委员会办公室）\n【会议纪要】云汀社区安全社区创建促进委员会第五次全体会议纪要\n时间：2025年7月9日15:00\n出席：林海涛、沈佳怡、顾明等17人\n一、听取办公室二季度工作汇报：4月完成危险源辨识清单复核，钉钉隐患随手拍二季度上报22条。\n二、议定事项：9月中旬组织防台防汛应急演练。\n（本纪要在本群发布即为印发。）\n\n2025-07-09 20:30:00  顾明\n收到。\n");
        let parts = chat_parts(&chat, "促进委员会工作群_聊天记录", schema);
        assert_eq!(parts.len(), 2);
        assert_eq!(
            parts[0].heading.as_deref(),
            Some("云汀社区安全社区创建促进委员会第五次全体会议纪要")
        );
        assert_eq!(parts[0].date, chrono::NaiveDate::from_ymd_opt(2025, 7, 9));
        // The rest of the chat stays, without the minutes.
        assert!(parts[1].text.contains("2025-06-01 09:00:00"));
        assert!(!parts[1].text.contains("第五次全体会议纪要"));
        // A chat of short messages posts no record.
        let short: String = (1..=6)
            .map(|d| format!("2025-06-0{d} 09:00:00  顾明\n收到。\n"))
            .collect();
        assert!(chat_parts(&short, "群聊", schema).is_empty());
    }

    #[test]
    fn a_compilation_of_forms_is_read_form_by_form() {
        let schema = ArchiveSchema::builtin();
        let drills = "2024年度应急演练记录汇编\n本汇编收录2024年度演练记录。\n\n演练一：防汛防溺水应急演练（2024年5月30日）\n演练名称\t防汛防溺水应急演练\t演练时间\t2024年5月30日\n参演人数\t72人\n一、演练过程\n转移8户23人。\n\n演练二：农批市场消防应急演练（2024年11月8日）\n演练名称\t农批市场消防应急演练\t演练时间\t2024年11月8日\n参演人数\t118人\n";
        let parts = section_parts(drills, "", schema);
        assert_eq!(parts.len(), 2);
        assert!(parts[1].text.contains("118人") && !parts[0].text.contains("118人"));
        let trainings = "培训记录汇编（2024年度）\n整理：何晓东　2024年12月30日\n1．房东消防安全培训（2024年3月14日）\n时间\t2024年3月14日\t地点\t会议室\n签到人数\t86人\n2．经营户交通安全培训（2024年4月25日）\n时间\t2024年4月25日\t地点\t管理办\n签到人数\t112人\n";
        assert_eq!(section_parts(trainings, "", schema).len(), 2);
        // A table's rows with dates in them are no records.
        let table = "整改情况报告\n序号\t问题\t措施\t完成情况\n5\t未设风向标\t增设\t已完成（2024.11.18）\n9\t值班人员无证\t取证\t已完成（2024.11.29）\n";
        assert!(section_parts(table, "", schema).is_empty());
    }

    #[test]
    fn a_compilation_is_read_record_by_record() {
        let schema = ArchiveSchema::builtin();
        let text = "莲花村安全社区创建2024年度工作资料汇编\n目录：一、2024年安全社区工作计划（1月16日）\n莲花村2024年安全社区工作计划\n2024年1月16日\n全年重点工作如下。\n莲花村安全社区促进委员会办公室\n二〇二四年一月十六日\n汛前防汛转移应急演练总结\n时间：2024年6月18日　地点：河口组\n演练科目：预警广播。\n莲花村安全社区促进委员会办公室\n二〇二四年六月十八日\n";
        let parts = section_parts(text, "", schema);
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["莲花村2024年安全社区工作计划", "汛前防汛转移应急演练总结"]
        );
        assert!(parts[0].text.contains("全年重点工作"));
        assert!(!parts[0].text.contains("演练科目"));
        // Records under titles that name no kind, each closed by its signature date.
        let untyped = "莲花村防溺水工作资料汇编\n河塘警示牌设置情况\n2024年5月30日\n设警示牌23块。\n防溺水项目组\n二〇二四年五月三十日\n2024年暑期防溺水工作情况\n2024年9月2日\n巡河74天。\n防溺水项目组\n二〇二四年九月二日\n2025年持续改进措施清单\n2024年12月28日\n莲花村安全社区促进委员会办公室\n二〇二四年十二月二十八日\n";
        let parts = section_parts(untyped, "", schema);
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
        assert!(section_parts(letter, "", schema).is_empty());
        // Thousands of one-line "records" are no compilation an office keeps.
        let flood = "演练记录\n2024年1月1日\n".repeat(MAX_PARTS + 1);
        assert!(section_parts(&flood, "", schema).is_empty());
        // One record with its date is a document, not a compilation.
        assert!(
            section_parts(
                "汛前防汛转移应急演练总结\n时间：2024年6月18日\n",
                "",
                schema
            )
            .is_empty()
        );
    }
}
