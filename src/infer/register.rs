//! Registers (台账, 登记表, 统计表 …): tables whose rows are records. A community keeps a year of
//! inspections or injuries as one file with a row per event, so the rows, not the file, are what a
//! reviewer counts. Column recognition is data (`archive-schema/registers.yaml`).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, OnceLock};

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use serde::{Deserialize, Serialize};

use super::date::{find_dates, normalize_digits};

const REGISTERS_YAML: &str = include_str!("../../archive-schema/registers.yaml");

/// How registers are recognised.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegisterSchema {
    /// Format marker, `zicha-registers/1`.
    #[allow(dead_code)]
    pub schema: String,
    /// Words that, in a name or title, say the file is a register.
    pub names: Vec<String>,
    /// Fewer dated rows than this and the table is a form, not a register.
    pub min_dated_rows: usize,
    /// Column roles with their header synonyms.
    pub columns: Vec<ColumnDef>,
    /// Words that, in a name or title, say a document compiles many records one after another
    /// ("会议纪要汇编（2024年）"): each record's labelled date ("时间：2024年3月28日") is one event.
    pub compilations: Vec<String>,
    /// Status words of an item still open.
    pub open_statuses: Vec<String>,
    /// Status words of an item closed.
    pub closed_statuses: Vec<String>,
    /// Words of a row that found nothing to close.
    pub no_finding: Vec<String>,
    /// Whole cells classing a household as needing no recheck (ABC inspections: A, B).
    #[serde(default)]
    pub settled_classes: Vec<String>,
    /// Words of a row recording a gathering (培训, 演练, 活动): in a register that mixes them with
    /// other rows (a bus register of vehicle checks and driver trainings), only these owe a head count.
    #[serde(default)]
    pub gatherings: Vec<String>,
    /// Headers of a column saying what each row records (训练科目): a mixed register's row counts
    /// for the rule its cell names.
    #[serde(default)]
    pub row_subjects: Vec<String>,
    /// What a `finding` cell says when there was nothing to find ("无", "/").
    #[serde(default)]
    pub empty_finding: Vec<String>,
    /// Days after which an open item with no deadline is overdue.
    pub overdue_after_days: u64,
    /// Words of a closing column that make the register's items close by an answer (答复, 回复).
    #[serde(default)]
    pub reply_words: Vec<String>,
    /// Days after which a suggestion or complaint left unanswered is overdue.
    #[serde(default = "default_reply_days")]
    pub reply_after_days: u64,
    /// Months in a row without an entry that interrupt a register kept continuously.
    #[serde(default = "default_interruption_months")]
    pub interruption_months: usize,
    /// Entries a month, on average over the months it has any, for a register to be busy enough
    /// that months without one are an interruption, not a quiet spell.
    #[serde(default = "default_busy_rows")]
    pub busy_rows_per_month: usize,
    /// Names of a workbook's cover sheets (封面, 填表说明): no part of what it records.
    #[serde(default)]
    pub cover_sheets: Vec<String>,
    /// Names of sheets that tally the others (年度统计): part of the ledger, not a record.
    #[serde(default)]
    pub tally_sheets: Vec<String>,
    /// Words of a register's title that make it the log of a round kept every month (巡查记录,
    /// 月度检查): when the community's rule asks that round monthly, its months without an entry
    /// are named. A register of other inspections (燃气入户检查) keeps its own pace.
    #[serde(default)]
    pub monthly_rounds: Vec<String>,
}

fn default_reply_days() -> u64 {
    30
}

fn default_interruption_months() -> usize {
    2
}

fn default_busy_rows() -> usize {
    3
}

/// One column role.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ColumnDef {
    pub id: String,
    pub words: Vec<String>,
}

/// The compiled-in register schema.
pub(crate) fn schema() -> &'static RegisterSchema {
    static SCHEMA: OnceLock<RegisterSchema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_saphyr::from_str(REGISTERS_YAML)
            .expect("archive-schema/registers.yaml is valid (tested)")
    })
}

/// What was read of a register.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Register {
    /// Rows below the header.
    pub rows: usize,
    /// Rows with an event date.
    pub dated_rows: usize,
    /// The first event date.
    pub first: NaiveDate,
    /// The last event date.
    pub last: NaiveDate,
    /// Recognised columns: role (`date`, `place`, `type` …) → the header as written.
    pub columns: BTreeMap<String, String>,
    /// Every row's event date, sorted.
    #[serde(skip)]
    pub dates: Vec<NaiveDate>,
    /// Dates of the rows whose head count is left blank, when the register has a column for it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub uncounted: Vec<NaiveDate>,
    /// Items still open (a hazard not yet rectified), when the register tells closed from open.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub open: Vec<OpenItem>,
    /// Whether its items close by an answer (答复日期, 处理及答复情况): a register of residents'
    /// suggestions or complaints, whose open items are unanswered ones.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub replies: bool,
    /// Each dated row's subject, as a `row_subjects` column says (训练科目 "器材检查保养"): what a
    /// row records when the register mixes several things under one title.
    #[serde(skip)]
    pub row_types: Vec<(NaiveDate, String)>,
    /// Rows answered or closed: a closing or reply date given, or a status or reply that does not
    /// say the item is still open (a suggestions register whose every row has its 处理答复).
    #[serde(skip)]
    pub answered: usize,
}

/// An item of a register still open: when it was found and when it was due to be closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct OpenItem {
    /// The row's event date.
    pub found: NaiveDate,
    /// Its 整改期限, or `overdue_after_days` after it was found.
    pub due: NaiveDate,
}

impl Register {
    /// The longest run of at least `schema().interruption_months` months without an entry between
    /// its first entry inside `[from, to]` and `to`, when it is busy enough for that to be an
    /// interruption: (first empty month, last empty month, months).
    pub fn interruption(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Option<(NaiveDate, NaiveDate, usize)> {
        self.interruption_at_pace(from, to, false)
    }

    /// As [`Register::interruption`], for a register of a round kept every month (the
    /// community's rule says "每月至少开展一次"): one entry a month is busy enough, but the register
    /// must have been kept month by month (an entry in two months of three it spans), and only
    /// months between its entries are missed: a register of one season ends with it.
    pub fn interruption_at_pace(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        monthly: bool,
    ) -> Option<(NaiveDate, NaiveDate, usize)> {
        let rows_per_month = if monthly {
            1
        } else {
            schema().busy_rows_per_month
        };
        use chrono::Datelike;
        let month = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        let months: BTreeMap<i32, usize> = self
            .dates
            .iter()
            .filter(|&&d| from <= d && d <= to)
            .fold(BTreeMap::new(), |mut m, &d| {
                *m.entry(month(d)).or_default() += 1;
                m
            });
        let rows: usize = months.values().sum();
        let s = schema();
        if months.is_empty() || rows < rows_per_month * months.len() {
            return None;
        }
        let keys: Vec<i32> = months.keys().copied().collect();
        let spanned = (keys[keys.len() - 1] - keys[0] + 1) as usize;
        if monthly && keys.len() * 3 < spanned * 2 {
            return None;
        }
        // After the last entry up to the end of `[from, to]` too: a register that stops months
        // before the period ends. A year or more without entries is a year without records,
        // named as such.
        let tail = keys
            .last()
            .map(|&last| (last + 1, (month(to) - last) as usize));
        let (gap_from, gap_len) = keys
            .windows(2)
            .map(|w| (w[0] + 1, (w[1] - w[0] - 1) as usize))
            .chain(tail.filter(|&(_, len)| len < 12 && !monthly))
            .max_by_key(|&(at, len)| (len, std::cmp::Reverse(at)))?;
        if gap_len < s.interruption_months {
            return None;
        }
        let first_of =
            |m: i32| NaiveDate::from_ymd_opt(m.div_euclid(12), m.rem_euclid(12) as u32 + 1, 1);
        Some((
            first_of(gap_from)?,
            first_of(gap_from + gap_len as i32 - 1)?,
            gap_len,
        ))
    }

    /// Distinct event dates for which `keep` holds: the number of events (several rows of one day
    /// are one inspection, one meeting).
    pub fn events(&self, keep: impl Fn(NaiveDate) -> bool) -> usize {
        self.dates
            .iter()
            .filter(|&&d| keep(d))
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// Distinct event dates in `year`.
    pub fn events_in_year(&self, year: i32) -> usize {
        self.events(|d| d.year() == year)
    }
}

static COLUMN_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\t|[ \u{3000}]{2,}").unwrap());

/// A plain-text log laid out in columns ("2022.8.18   广播   开学交通安全提示") as a table: each
/// line cut at tabs and runs of spaces; lines of one field (titles, 记录人：…) left out.
pub(crate) fn table_of_text(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| {
            COLUMN_GAP
                .split(l.trim())
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|r| r.len() >= 2)
        .collect()
}

/// The most columns a table laid out one cell per line is read with.
const MAX_LINE_COLUMNS: usize = 12;

/// A table whose cells come one per line, as a PDF's text layer gives them ("日期\n培训内容\n应到\n
/// 实到\n2025.01.09\n冬季消防\n68\n68"): a run of short heading lines, two or more of them naming
/// a column and one of them the date, then rows of as many lines whose date cell reads as a date;
/// or a numbered list (序号 | 姓名 | 单位 | 签到) whose rows count 1, 2, 3.
/// Rows stop at the first that does not line up (an empty cell leaves no line), so a table is
/// never read askew. Empty when the text holds no such table.
pub(crate) fn table_of_cell_lines(text: &str) -> Vec<Vec<String>> {
    cell_line_table(text, false)
}

/// A numbered list given one cell per line (序号 | 姓名 | 单位 | 签到, rows numbered 1, 2, 3): a
/// sign-in sheet's names, never a register (its rows carry no dates).
pub(crate) fn numbered_list_of_cell_lines(text: &str) -> Vec<Vec<String>> {
    cell_line_table(text, true)
}

fn cell_line_table(text: &str, numbered: bool) -> Vec<Vec<String>> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let is_heading = |l: &str| {
        l.chars().count() <= 10
            && !l
                .chars()
                .any(|c| c.is_ascii_digit() || "。，：:；".contains(c))
    };
    let mut at = 0;
    while at < lines.len() {
        let run = lines[at..].iter().take_while(|l| is_heading(l)).count();
        if run >= 3 {
            // A title line above the headings may stand in the run: try the headings from each
            // start, the widest first.
            for start in at..=at + run - 3 {
                let head = &lines[start..at + run];
                if head.len() > MAX_LINE_COLUMNS {
                    continue;
                }
                if let Some(table) = rows_under(head, &lines[at + run..], numbered) {
                    return table;
                }
            }
        }
        at += run.max(1);
    }
    Vec::new()
}

/// The table of `head` over the cell lines `below`, when two or more of the headings name a
/// column, one of them the date (or one heading is 序号, numbering the rows), and at least the
/// register minimum of rows line up under them.
fn rows_under(head: &[&str], below: &[&str], counted: bool) -> Option<Vec<Vec<String>>> {
    let roles: Vec<Option<&str>> = head.iter().map(|h| role_of(h)).collect();
    // Rows line up on their date, or on a running number under 序号 (a sign-in list has no date).
    let anchor = if counted {
        head.iter().position(|h| h.trim() == "序号")?
    } else {
        let at = roles.iter().position(|r| *r == Some("date"))?;
        if roles.iter().flatten().count() < 2 {
            return None;
        }
        at
    };
    let rows: Vec<Vec<String>> = below
        .chunks_exact(head.len())
        .enumerate()
        .take_while(|(n, row)| {
            if counted {
                row[anchor].trim().parse::<usize>().ok() == Some(n + 1)
            } else {
                cell_date(row[anchor], true, None).is_some()
            }
        })
        .map(|(_, row)| row.iter().map(|c| c.to_string()).collect())
        .collect();
    (rows.len() >= schema().min_dated_rows).then(|| {
        std::iter::once(head.iter().map(|h| h.to_string()).collect())
            .chain(rows)
            .collect()
    })
}

/// Whether a name or title calls the file a register.
pub(crate) fn named_register(name: &str) -> bool {
    schema().names.iter().any(|w| name.contains(w.as_str()))
}

/// Whether `word` is itself a register word (台账), not a kind's word that contains one (整改台账).
pub(crate) fn is_register_word(word: &str) -> bool {
    schema().names.iter().any(|w| w == word)
}

/// The role of a header cell: the role whose word is the longest found in it.
fn role_of(cell: &str) -> Option<&'static str> {
    let cell: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    if cell.is_empty() || cell.chars().count() > 16 {
        return None;
    }
    let mut best: Option<(usize, &'static str)> = None;
    for col in &schema().columns {
        // "年度" heads a column of years only as the whole header (not "年度目标").
        let whole = col.id == "year";
        for w in &col.words {
            let names = if whole {
                cell == *w
            } else {
                cell.contains(w.as_str())
            };
            if names && best.is_none_or(|(l, _)| w.len() > l) {
                best = Some((w.len(), col.id.as_str()));
            }
        }
    }
    best.map(|(_, id)| id)
}

static SHORT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})$").expect("pattern compiles")
});
static MONTH_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(1[0-2]|0?[1-9])\s*月份?$").unwrap());
static YEAR_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:19|20)\d{2})\s*[年./\-]\s*(\d{1,2})\s*月?(?:份)?$").unwrap()
});

/// The year (and first month) a cell under a 年度 heading names: "2025年" or "2025年度" is
/// 2025-01-01, "2024年4—12月" 2024-04-01.
fn year_cell_date(cell: &str) -> Option<NaiveDate> {
    let norm = normalize_digits(cell.trim());
    let c = YEAR_CELL.captures(norm.as_ref())?;
    let month = c.get(2).map_or(Some(1), |m| m.as_str().parse().ok())?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, month, 1)
}

static YEAR_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?:19|20)\d{2})\s*年?度?(?:\s*(\d{1,2})\s*月?(?:\s*[—\-–~～至到]\s*\d{1,2}\s*月)?)?$",
    )
    .expect("year cell pattern compiles")
});

/// A date written in a cell: any full date, a year and month (the 1st), or, when the column is
/// known to hold dates, an Excel serial number or a month alone in the register's year ("3月"
/// under "2024年资金投入台账").
pub(crate) fn cell_date(cell: &str, date_column: bool, year: Option<i32>) -> Option<NaiveDate> {
    let cell = cell.trim();
    if cell.is_empty() {
        return None;
    }
    if let Some(&(d, _)) = find_dates(cell).first() {
        return Some(d);
    }
    let norm = normalize_digits(cell);
    if let Some(c) = YEAR_MONTH.captures(&norm) {
        return NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, 1);
    }
    // 23/9/9 under a 日期 heading: a two-digit year is this century's.
    if date_column && let Some(c) = SHORT_YEAR.captures(&norm) {
        let y: i32 = c[1].parse().ok()?;
        return NaiveDate::from_ymd_opt(2000 + y, c[2].parse().ok()?, c[3].parse().ok()?);
    }
    if date_column
        && let Some(y) = year
        && let Some(c) = MONTH_ONLY.captures(&norm)
    {
        return NaiveDate::from_ymd_opt(y, c[1].parse().ok()?, 1);
    }
    if date_column && let Ok(serial) = norm.parse::<f64>() {
        // An Excel date without a date style (1900 system): days since 1899-12-30.
        if (20_000.0..80_000.0).contains(&serial) {
            return NaiveDate::from_ymd_opt(1899, 12, 30)?
                .checked_add_days(chrono::Days::new(serial as u64));
        }
    }
    None
}

/// A table's header: the role of each column, each column's header as written, and the index of
/// the first data row.
struct Header {
    roles: Vec<Option<&'static str>>,
    names: Vec<String>,
    /// Every column's header as written, known role or not.
    raw: Vec<String>,
    data: usize,
}

/// The header: the first row (of the first 12) that names a column role, merged with the row below
/// when that row names roles too (a two-row header under merged cells). Returns the roles per column
/// and the index of the first data row.
fn header(table: &[Vec<String>]) -> Option<Header> {
    let at = table.iter().take(12).position(|r| {
        // Two known columns, or a date column among three or more headings ("月份 | 支出项目 |
        // 金额"); a form's "会议时间 | 2024年3月1日" line is neither.
        let roles: Vec<&str> = r.iter().filter_map(|c| role_of(c)).collect();
        let filled = r.iter().filter(|c| !c.trim().is_empty()).count();
        roles.len() >= 2
            || (roles == ["date"] || roles == ["year"])
                && filled >= 3
                && !r.iter().any(|c| cell_date(c, false, None).is_some())
    })?;
    let width = table.iter().map(Vec::len).max().unwrap_or(0);
    let mut roles: Vec<Option<&'static str>> = vec![None; width];
    let mut names = vec![String::new(); width];
    // The lower row of a two-row header is the more specific one (检查情况 over 日期 / 结果).
    let mut raw = vec![String::new(); width];
    let mut take = |row: &Vec<String>| {
        for (i, c) in row.iter().enumerate() {
            if let Some(r) = role_of(c) {
                roles[i] = Some(r);
                names[i] = c.trim().to_string();
            }
            if !c.trim().is_empty() {
                raw[i] = c.trim().to_string();
            }
        }
    };
    take(&table[at]);
    let mut data = at + 1;
    if let Some(next) = table.get(at + 1)
        && next.iter().any(|c| role_of(c).is_some())
        && !next.iter().any(|c| cell_date(c, false, None).is_some())
    {
        take(next);
        data += 1;
    }
    Some(Header {
        roles,
        names,
        raw,
        data,
    })
}

/// A row whose one cell is a year ("2024年", "2025年度"): the year of the month-day dates below it.
static YEAR_ROW: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*((?:19|20)\d{2})\s*年度?\s*$").expect("pattern compiles"));
/// A date written without its year ("10月17日", "3月5日").
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$").expect("pattern compiles"));

/// The rows of a register kept a year at a time under year rows ("2023年" above "10月17日",
/// "11月9日" …): each month-day date is given the year of the row above it.
fn with_year_rows_applied(rows: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut year: Option<String> = None;
    rows.iter()
        .map(|r| {
            let filled: Vec<&String> = r.iter().filter(|c| !c.trim().is_empty()).collect();
            if let [only] = filled.as_slice()
                && let Some(c) = YEAR_ROW.captures(only)
            {
                year = Some(c[1].to_string());
                return r.clone();
            }
            match &year {
                Some(y) => r
                    .iter()
                    .map(|c| {
                        if MONTH_DAY.is_match(c) {
                            format!("{y}年{}", c.trim())
                        } else {
                            c.clone()
                        }
                    })
                    .collect(),
                None => r.clone(),
            }
        })
        .collect()
}

/// Gives the month-day dates of a table kept for one year ("5月28日" on a sheet titled
/// "2024年安全培训宣传台账") that year, unless rows of the table name their own years.
pub(crate) fn date_month_days(table: &mut [Vec<String>], year: i32) {
    let has_year_rows = table.iter().any(|r| {
        let filled: Vec<&String> = r.iter().filter(|c| !c.trim().is_empty()).collect();
        matches!(filled.as_slice(), [only] if YEAR_ROW.is_match(only))
    });
    if has_year_rows {
        return;
    }
    for cell in table.iter_mut().flatten() {
        if MONTH_DAY.is_match(cell) {
            *cell = format!("{year}年{}", cell.trim());
        }
    }
}

fn read_table(table: &[Vec<String>], guess: bool, year: Option<i32>) -> Option<Register> {
    let min = schema().min_dated_rows;
    let Header {
        roles,
        names,
        raw,
        data,
    } = header(table).unwrap_or(Header {
        roles: Vec::new(),
        names: Vec::new(),
        raw: Vec::new(),
        data: 0,
    });
    let rows = with_year_rows_applied(&table[data.min(table.len())..]);
    let rows: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r.iter().filter(|c| !c.trim().is_empty()).count() >= 2)
        .collect();
    let dated = |col: usize, declared: bool| -> Vec<NaiveDate> {
        rows.iter()
            .filter_map(|r| {
                r.get(col)
                    .and_then(|c| cell_date(c, declared, year.filter(|_| declared)))
            })
            .collect()
    };
    // The event date: a column headed as one, else a column most of whose cells are dates (not
    // one headed as a closing or birth date).
    let by_header = roles
        .iter()
        .enumerate()
        .filter(|(_, r)| **r == Some("date"))
        .map(|(i, _)| (i, dated(i, true)))
        .max_by_key(|(i, d)| (d.len(), std::cmp::Reverse(*i)));
    // Rows dated only by their year ("年度 | 2024年4—12月 | 2025年"): a year alone is its first
    // day, a span of months its first month.
    let by_year = || {
        let at = roles.iter().position(|r| *r == Some("year"))?;
        let d: Vec<NaiveDate> = rows
            .iter()
            .filter_map(|r| r.get(at).and_then(|c| year_cell_date(c)))
            .collect();
        (d.len() >= min).then_some((at, d))
    };
    let (col, dates) = match by_header {
        Some((i, d)) if d.len() >= min => (i, d),
        _ if let Some(found) = by_year() => found,
        _ if !guess => return None,
        _ => {
            let width = rows.iter().map(|r| r.len()).max().unwrap_or(0);
            (0..width)
                .filter(|&i| roles.get(i).copied().flatten().is_none())
                .map(|i| (i, dated(i, false)))
                .filter(|(_, d)| d.len() >= min && d.len() * 10 >= rows.len() * 6)
                .max_by_key(|(i, d)| (d.len(), std::cmp::Reverse(*i)))?
        }
    };
    let mut columns: BTreeMap<String, String> = BTreeMap::new();
    for (i, role) in roles.iter().enumerate() {
        if let Some(r) = role
            && i != col
            && *r != "date"
        {
            columns.entry((*r).to_string()).or_insert(names[i].clone());
        }
    }
    columns.insert(
        "date".into(),
        names
            .get(col)
            .filter(|n| !n.is_empty())
            .cloned()
            .unwrap_or_default(),
    );
    let count_col = roles.iter().position(|r| *r == Some("count"));
    let gatherings = &schema().gatherings;
    let gathers: Vec<bool> = rows
        .iter()
        .map(|r| {
            r.iter()
                .any(|c| gatherings.iter().any(|w| c.contains(w.as_str())))
        })
        .collect();
    let mixed = gathers.contains(&true) && gathers.contains(&false);
    let mut uncounted: Vec<NaiveDate> = count_col
        .map(|c| {
            rows.iter()
                .zip(&gathers)
                .filter(|(r, gathers)| {
                    r.get(c).is_none_or(|v| v.trim().is_empty()) && (!mixed || **gathers)
                })
                .map(|(r, _)| r)
                .filter_map(|r| r.get(col).and_then(|v| cell_date(v, true, year)))
                .collect()
        })
        .unwrap_or_default();
    uncounted.sort();
    let at = |r: &str| roles.iter().position(|x| *x == Some(r));
    let replies = [at("closed"), at("rectified")].iter().flatten().any(|&c| {
        names
            .get(c)
            .is_some_and(|n| schema().reply_words.iter().any(|w| n.contains(w.as_str())))
    });
    let open = open_items(
        &rows,
        col,
        [at("deadline"), at("closed"), at("rectified"), at("finding")],
        year,
        replies,
    );
    // A word of two characters names the column only as the whole header ("类别", not "用途类别":
    // what money went to is not what was done). A row's type and its theme together say what it
    // records ("培训" and "防汛及救生器材使用培训").
    let subject_cols: Vec<usize> = raw
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            let n: String = n.chars().filter(|c| !c.is_whitespace()).collect();
            !n.is_empty()
                && schema().row_subjects.iter().any(|w| {
                    if w.chars().count() <= 2 {
                        n == *w
                    } else {
                        n.contains(w.as_str())
                    }
                })
        })
        .map(|(i, _)| i)
        .collect();
    let row_types: Vec<(NaiveDate, String)> = if subject_cols.is_empty() {
        Vec::new()
    } else {
        rows.iter()
            .filter_map(|r| {
                let date = r.get(col).and_then(|v| cell_date(v, true, year))?;
                let cells: Vec<&str> = subject_cols
                    .iter()
                    .filter_map(|&t| r.get(t).map(|v| v.trim()).filter(|v| !v.is_empty()))
                    .collect();
                (!cells.is_empty()).then(|| (date, cells.join(" ")))
            })
            .collect()
    };
    let answered = answered_rows(&rows, at("closed"), at("rectified"), year);
    let mut dates = dates;
    dates.sort();
    Some(Register {
        rows: rows.len(),
        dated_rows: dates.len(),
        first: *dates.first()?,
        last: *dates.last()?,
        columns,
        dates,
        uncounted,
        open,
        replies,
        row_types,
        answered,
    })
}

/// Rows with a closing or reply date, or a status or reply that does not say the item is open.
fn answered_rows(
    rows: &[&Vec<String>],
    closed: Option<usize>,
    status: Option<usize>,
    year: Option<i32>,
) -> usize {
    let open = &schema().open_statuses;
    rows.iter()
        .filter(|r| {
            let dated = closed
                .and_then(|c| r.get(c))
                .is_some_and(|v| cell_date(v, true, year).is_some());
            let said = status.and_then(|c| r.get(c)).map_or("", |v| v.trim());
            dated || !said.is_empty() && !open.iter().any(|w| said.contains(w.as_str()))
        })
        .count()
}

/// The rows still open, given the columns of the event date and of the deadline, the closing date
/// and the status: a status saying it is open, or a closing date left blank with no status saying
/// it is closed. Nothing when the register has neither a closing date nor a status.
fn open_items(
    rows: &[&Vec<String>],
    date_col: usize,
    [deadline, closed, status, finding]: [Option<usize>; 4],
    year: Option<i32>,
    replies: bool,
) -> Vec<OpenItem> {
    if closed.is_none() && status.is_none() {
        return Vec::new();
    }
    let s = schema();
    let cell = |r: &Vec<String>, c: Option<usize>| -> String {
        c.and_then(|c| r.get(c))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let mut out: Vec<OpenItem> = rows
        .iter()
        .filter_map(|r| {
            let found = r.get(date_col).and_then(|v| cell_date(v, true, year))?;
            let nothing_found = r.iter().any(|c| {
                s.no_finding
                    .iter()
                    .any(|w| c.contains(w.as_str()) && !c.contains(&format!("不{w}")))
            });
            // "发现问题: 无" — an A-class household, nothing to close.
            let finding_empty = finding.is_some_and(|_| {
                let f = cell(r, finding);
                s.empty_finding.contains(&f)
            });
            let settled = r
                .iter()
                .any(|c| s.settled_classes.contains(&c.trim().to_string()));
            if nothing_found || finding_empty || settled {
                return None;
            }
            let status = cell(r, status);
            let says_open = s.open_statuses.iter().any(|w| status.contains(w.as_str()));
            let says_closed = !says_open
                && s.closed_statuses
                    .iter()
                    .any(|w| status.contains(w.as_str()));
            let closing_blank =
                closed.is_some() && cell_date(&cell(r, closed), true, year).is_none();
            if !(says_open || closing_blank && !says_closed) {
                return None;
            }
            let due = cell_date(&cell(r, deadline), true, year)
                .filter(|&d| d >= found)
                .or_else(|| {
                    let days = if replies {
                        s.reply_after_days
                    } else {
                        s.overdue_after_days
                    };
                    found.checked_add_days(chrono::Days::new(days))
                })?;
            Some(OpenItem { found, due })
        })
        .collect();
    out.sort();
    out
}

/// Whether `text` holds a header word of column `role` anywhere: a cheap look before reading a
/// document's tables for a column most documents lack.
pub(crate) fn mentions_column(text: &str, role: &str) -> bool {
    schema()
        .columns
        .iter()
        .filter(|c| c.id == role)
        .flat_map(|c| &c.words)
        .any(|w| text.contains(w.as_str()))
}

/// The most characters of an item's text quoted in a gap.
const ITEM_CHARS: usize = 40;

/// The items of a list of problems or suggestions (督导反馈问题, 评定整改建议落实情况) whose status
/// still says they are open, dated or not: each item's text, cut to [`ITEM_CHARS`], with its
/// deadline when the list gives one (an item in hand before its deadline is no gap). Such a list
/// is often kept without dates, so no register is read from it.
pub(crate) fn unresolved_items(
    tables: &[Vec<Vec<String>>],
    year: Option<i32>,
) -> Vec<(String, Option<NaiveDate>)> {
    let s = schema();
    let mut out = Vec::new();
    for table in tables {
        let Some(h) = header(table) else { continue };
        let at = |r: &str| h.roles.iter().position(|x| *x == Some(r));
        let (Some(finding), Some(status)) = (at("finding"), at("rectified")) else {
            continue;
        };
        let deadline = at("deadline");
        for row in &table[h.data.min(table.len())..] {
            let said = row.get(status).map_or("", |v| v.trim());
            let item = row.get(finding).map_or("", |v| v.trim());
            let open = s.open_statuses.iter().any(|w| said.contains(w.as_str()))
                && !s
                    .closed_statuses
                    .iter()
                    .any(|w| said.starts_with(w.as_str()));
            if open && !item.is_empty() {
                let mut text: String = item.chars().take(ITEM_CHARS).collect();
                if item.chars().count() > ITEM_CHARS {
                    text.push('…');
                }
                let due = deadline
                    .and_then(|c| row.get(c))
                    .and_then(|v| cell_date(v, true, year));
                out.push((text, due));
            }
        }
    }
    out
}

static LABELLED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\p{Han}{0,4}(?:时间|日期)\s*[：:]\s*(.{1,40})").expect("pattern compiles")
});

/// Whether a name or title says the document compiles many records.
pub(crate) fn named_compilation(name: &str) -> bool {
    schema()
        .compilations
        .iter()
        .any(|w| name.contains(w.as_str()))
}

/// The records of a compiled document: one per distinct date on a labelled date line ("时间：
/// 2024年3月28日", "会议时间：…") that opens a record, when there are at least two.
pub(crate) fn compiled(text: &str) -> Option<Register> {
    let mut dates: Vec<NaiveDate> = text
        .lines()
        .filter_map(|l| LABELLED_DATE.captures(l))
        .filter_map(|c| {
            let rest = super::date::hanzi_dates_to_digits(&c[1]);
            find_dates(&rest).first().map(|&(d, _)| d)
        })
        .collect();
    dates.sort();
    dates.dedup();
    if dates.len() < 2 {
        return None;
    }
    Some(Register {
        rows: dates.len(),
        dated_rows: dates.len(),
        first: *dates.first()?,
        last: *dates.last()?,
        columns: BTreeMap::new(),
        dates,
        uncounted: Vec::new(),
        open: Vec::new(),
        replies: false,
        row_types: Vec::new(),
        answered: 0,
    })
}

/// The register in a document's tables, if they are one: every table with a column of event
/// dates in at least `min_dated_rows` rows, taken together (a workbook's sheets are its years or
/// months). With `guess`, a column most of whose cells are dates counts even when its header
/// names no date; `year` (from the name or title) dates a row that gives a month alone.
pub(crate) fn read(
    tables: &[Vec<Vec<String>>],
    guess: bool,
    year: Option<i32>,
) -> Option<Register> {
    let mut all: Option<Register> = None;
    for t in tables.iter().filter_map(|t| read_table(t, guess, year)) {
        all = Some(match all {
            None => t,
            Some(mut a) => {
                a.rows += t.rows;
                a.dated_rows += t.dated_rows;
                a.dates.extend(t.dates);
                a.dates.sort();
                a.uncounted.extend(t.uncounted);
                a.uncounted.sort();
                // Every sheet's open items: a ledger kept a sheet a year has them in each.
                a.open.extend(t.open);
                a.open.sort();
                a.replies |= t.replies;
                a.row_types.extend(t.row_types);
                a.answered += t.answered;
                a.first = a.first.min(t.first);
                a.last = a.last.max(t.last);
                for (k, v) in t.columns {
                    a.columns.entry(k).or_insert(v);
                }
                a
            }
        });
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_text_log_in_columns_is_a_register() {
        let log = "大林镇安全信息发布记录\n记录人：欧阳俊\n\n日期        渠道        内容摘要\n2022.8.18   广播        安全社区创建告村民书\n2022.9.1    微信群       开学交通安全提示\n2022.11.9   广播        119消防宣传\n";
        let r = read(&[table_of_text(log)], true, None).unwrap();
        assert_eq!(r.dates, vec![d(2022, 8, 18), d(2022, 9, 1), d(2022, 11, 9)]);
        assert_eq!(r.columns["date"], "日期");
    }

    #[test]
    fn a_pdf_table_given_one_cell_per_line_is_read_back_into_rows() {
        // As lopdf gives a PDF's sign-in summary: a title, five headings, rows of five cells.
        let text = "\n选煤厂2025年安全培训签到汇总\n\n日期\n培训内容\n应到\n实到\n授课\n2025.01.09\n冬季安全生产\n68\n68\n安全环保部\n2025.03.13\n岗位风险辨识\n85\n84\n矿山救护队\n2025.05.15\n事故警示教育\n64\n62\n厂安全科\n选煤厂安全科\n2025年11月\n";
        let table = table_of_cell_lines(text);
        assert_eq!(table.len(), 4, "{table:?}");
        assert_eq!(
            table[2],
            ["2025.03.13", "岗位风险辨识", "85", "84", "矿山救护队"]
        );
        let r = read(&[table], false, None).unwrap();
        assert_eq!(r.dates, vec![d(2025, 1, 9), d(2025, 3, 13), d(2025, 5, 15)]);
        assert_eq!(r.columns["count"], "实到");
        // Prose, or headings whose rows do not line up, is no table.
        assert!(table_of_cell_lines("一、总则\n第一条\n为加强管理\n制定本制度").is_empty());
        // A sign-in list has no date: its rows are numbered.
        let signin = "培训签到表\n序号\n姓名\n单位\n签到\n1\n张明\n一号楼\n√\n2\n李华\n二号楼\n√\n3\n王芳\n三号楼\n√\n";
        assert_eq!(numbered_list_of_cell_lines(signin).len(), 4);
        assert!(table_of_cell_lines(signin).is_empty());
        let askew =
            "日期\n内容\n人数\n2025.01.09\n冬季消防\n68\n2025.03.13\n85\n2025.05.15\n讲座\n64\n";
        assert!(table_of_cell_lines(askew).is_empty());
    }

    #[test]
    fn months_without_an_entry_in_a_busy_register_are_an_interruption() {
        let mut rows: Vec<Vec<String>> =
            vec![vec!["序号".into(), "就诊日期".into(), "受伤原因".into()]];
        for (m, n) in [(9, 5), (10, 6), (11, 4), (3, 5), (4, 6)] {
            let y = if m >= 9 { 2024 } else { 2025 };
            for day in 1..=n {
                rows.push(vec![
                    rows.len().to_string(),
                    format!("{y}-{m:02}-{day:02}"),
                    "跌倒".into(),
                ]);
            }
        }
        let r = read(&[rows], true, None).unwrap();
        assert_eq!(
            r.interruption(d(2024, 1, 1), d(2025, 4, 30)),
            Some((d(2024, 12, 1), d(2025, 2, 1), 3))
        );
        // A register that stops months before the window ends stops early: May to December.
        assert_eq!(
            r.interruption(d(2024, 1, 1), d(2025, 12, 31)),
            Some((d(2025, 5, 1), d(2025, 12, 1), 8))
        );
        // A year or more without entries is a year without records, named as such.
        assert_eq!(
            r.interruption(d(2024, 1, 1), d(2026, 6, 30)),
            Some((d(2024, 12, 1), d(2025, 2, 1), 3))
        );
        // A quiet register (an entry a month or so) is not interrupted by quiet months.
        let quiet = Register {
            dates: vec![d(2024, 1, 5), d(2024, 4, 9), d(2024, 7, 1)],
            ..r.clone()
        };
        assert_eq!(quiet.interruption(d(2024, 1, 1), d(2024, 12, 31)), None);
    }

    #[test]
    fn month_days_on_a_sheet_kept_for_one_year_take_its_year() {
        let mut table = t(&[
            &["序号", "日期", "主题"],
            &["1", "5月28日", "安全社区创建知识培训"],
            &["2", "2024-06-12", "防汛培训"],
        ]);
        date_month_days(&mut table, 2024);
        assert_eq!(table[1][1], "2024年5月28日");
        assert_eq!(table[2][1], "2024-06-12");
        // Rows naming their own years keep them.
        let mut yearly = t(&[&["日期", "主题"], &["2023年", ""], &["10月17日", "培训"]]);
        date_month_days(&mut yearly, 2024);
        assert_eq!(yearly[2][0], "10月17日");
    }

    #[test]
    fn month_days_under_a_year_row_take_its_year() {
        let r = read(
            &[t(&[
                &["序号", "日期", "形式", "主题内容", "参加人数"],
                &["2023年"],
                &["1", "10月17日", "宣传", "电动三轮车不载人宣传", "65"],
                &["2", "12月7日", "讲座", "防跌倒讲座", "54"],
                &["2024年"],
                &["3", "3月5日", "培训", "驾驶人培训", "40"],
            ])],
            true,
            None,
        )
        .unwrap();
        assert_eq!(
            r.dates,
            vec![d(2023, 10, 17), d(2023, 12, 7), d(2024, 3, 5)]
        );
    }

    #[test]
    fn items_left_open_past_their_deadline_are_known() {
        let r = read(
            &[t(&[
                &["隐患排查治理台账"],
                &[
                    "序号",
                    "排查日期",
                    "隐患描述",
                    "整改期限",
                    "完成日期",
                    "状态",
                ],
                &["1", "2024-03-12", "护栏缺失", "2024-06-12", "", "整改中"],
                &[
                    "2",
                    "2024-04-09",
                    "警示牌缺失",
                    "2024-05-09",
                    "2024-05-02",
                    "已销号",
                ],
                &["3", "2024-05-21", "未发现隐患", "", "", ""],
                // No deadline: due 90 days after it was found.
                &["4", "2024-06-18", "线路老化", "", "", ""],
            ])],
            true,
            None,
        )
        .unwrap();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            r.open,
            vec![
                OpenItem {
                    found: d("2024-03-12"),
                    due: d("2024-06-12")
                },
                OpenItem {
                    found: d("2024-06-18"),
                    due: d("2024-09-16")
                },
            ]
        );
    }

    #[test]
    fn an_undated_list_of_suggestions_names_the_items_still_open() {
        let table = t(&[
            &["2020年评定整改建议落实情况对照表"],
            &["序号", "整改建议", "落实措施", "完成时间", "落实情况"],
            &[
                "1",
                "促进委员会成员构成中物业代表缺位",
                "调整充实",
                "2021-08-05",
                "已落实",
            ],
            &[
                "2",
                "古运河沿岸亲水平台应设置警示标识和救生设施，将涉水安全纳入促进项目",
                "报告河道管理处",
                "",
                "未落实（产权属区城管局）",
            ],
            &[
                "3",
                "伤害监测数据来源单一",
                "签订数据共享协议",
                "2021-09-10",
                "已落实",
            ],
        ]);
        assert!(read(std::slice::from_ref(&table), true, None).is_none());
        assert_eq!(
            unresolved_items(&[table], None),
            vec![(
                "古运河沿岸亲水平台应设置警示标识和救生设施，将涉水安全纳入促进项目".to_string(),
                None
            )]
        );
        let tracked = t(&[
            &["序号", "问题描述", "纠正措施", "完成时限", "整改状态"],
            &[
                "1",
                "2024年未按制度组织应急演练",
                "组织演练",
                "2025-06-30",
                "整改中",
            ],
            &[
                "2",
                "志愿者活动记录格式不统一",
                "统一格式",
                "2025-02-28",
                "已完成",
            ],
        ]);
        assert_eq!(
            unresolved_items(&[tracked], None),
            vec![(
                "2024年未按制度组织应急演练".to_string(),
                Some(d(2025, 6, 30))
            )]
        );
    }

    #[test]
    fn a_register_that_cannot_tell_open_from_closed_has_no_open_items() {
        let r = read(
            &[t(&[
                &["检查日期", "地点", "发现问题"],
                &["2024-03-12", "一区", "护栏缺失"],
                &["2024-04-09", "二区", "警示牌缺失"],
                &["2024-05-21", "三区", "线路老化"],
            ])],
            true,
            None,
        )
        .unwrap();
        assert!(r.open.is_empty());
    }

    #[test]
    fn a_compilation_counts_one_record_per_labelled_date() {
        let text = "会议纪要汇编（2024年）\n说明：收录例会纪要3份。\n第一次例会纪要\n时间：2024年3月28日下午\n出席人员：甲、乙\n第二次例会纪要\n会议时间：2024年6月27日\n第三次例会纪要\n时间：二〇二四年九月二十六日\n";
        let r = compiled(text).unwrap();
        assert_eq!(r.rows, 3);
        assert_eq!(r.events_in_year(2024), 3);
        assert!(compiled("时间：2024年3月28日\n").is_none());
    }

    #[test]
    fn schema_parses() {
        assert!(schema().columns.iter().any(|c| c.id == "date"));
    }

    #[test]
    fn rows_are_events_under_a_title_and_a_two_row_header() {
        let table = t(&[
            &["大林镇2024年隐患排查治理台账", "", "", "", ""],
            &["序号", "排查日期", "地点", "隐患情况", "整改情况"],
            &["", "", "", "描述", "完成时间"],
            &["1", "2024/3/5", "东村", "电线老化", "2024.3.20"],
            &["2", "2024.3.5", "西村", "灭火器过期", "2024年3月25日"],
            &["3", "2024年6月8日", "南村", "通道堵塞", ""],
            &["4", "45500", "北村", "燃气管老化", ""],
        ]);
        let r = read(&[table], true, None).unwrap();
        assert_eq!(r.rows, 4);
        assert_eq!(r.dated_rows, 4);
        assert_eq!(r.first, d(2024, 3, 5));
        assert_eq!(r.last, d(2024, 7, 27));
        assert_eq!(
            r.events_in_year(2024),
            3,
            "two rows of one day are one inspection"
        );
        assert_eq!(r.columns["date"], "排查日期");
        assert_eq!(r.columns["place"], "地点");
        assert_eq!(r.columns["closed"], "完成时间");
    }

    #[test]
    fn rows_dated_only_by_their_year_count_for_it() {
        let table = t(&[
            &[
                "云汀社区安全社区创建经费投入统计（2024年4月—2026年3月）",
                "",
                "",
                "",
            ],
            &["年度", "项目", "金额（万元）", "来源"],
            &["2024年4—12月", "电动车集中充电棚（一期）", "38.6", "街道"],
            &["2025年", "电动车集中充电棚（二期）", "41.2", "物业、街道"],
            &["2025年", "适老化改造", "28.5", "民政"],
            &["2026年1—3月", "演练、培训、评估", "18.5", "街道"],
        ]);
        let r = read(&[table], true, None).unwrap();
        assert_eq!(r.first, d(2024, 4, 1));
        assert_eq!(r.events_in_year(2025), 1);
        assert_eq!(r.last, d(2026, 1, 1));
        // "年度目标" is no column of years.
        let goals = t(&[
            &["年度目标", "项目", "金额"],
            &["2025年", "充电棚", "41.2"],
            &["2025年", "适老化", "28.5"],
            &["2026年", "演练", "18.5"],
        ]);
        assert_eq!(read(&[goals], false, None), None);
    }

    #[test]
    fn a_column_of_dates_without_a_header_word_and_a_form_that_is_no_register() {
        let table = t(&[
            &["序号", "事项", "备注"],
            &["1", "二〇二三年五月十日", "甲"],
            &["2", "2023.6.1", "乙"],
            &["3", "2023年7月", "丙"],
        ]);
        let r = read(&[table], true, None).unwrap();
        assert_eq!(r.dates, vec![d(2023, 5, 10), d(2023, 6, 1), d(2023, 7, 1)]);
        let form = t(&[&["会议时间", "2024年3月1日"], &["地点", "会议室"]]);
        assert_eq!(read(&[form], true, None), None);
        let months = t(&[
            &["月份", "支出项目", "金额"],
            &["1月", "宣传", "5"],
            &["3月份", "演练", "6"],
            &["12月", "物资", "7"],
        ]);
        let r = read(&[months], true, Some(2024)).unwrap();
        assert_eq!(r.dates, vec![d(2024, 1, 1), d(2024, 3, 1), d(2024, 12, 1)]);
    }
}
