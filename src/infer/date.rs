//! Dates as Chinese offices write them: 2024.3.12, 2024年3月12日, 20240312, 2024-03-12,
//! 2024/3/12, 二〇二四年三月十二日, full-width digits; and years alone (2024年度, 2024Q2).

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

static YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)?\d{2})\s*[年./\-_]\s*(\d{1,2})\s*[月./\-_]\s*(\d{1,2})(?:\s*[日号])?")
        .unwrap()
});
static COMPACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])").unwrap());
static HANZI: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]")
        .unwrap()
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(\d{1,2})·(\d{1,2})").unwrap()
});
/// A file name starting with MMDD ("0618 泄漏处置演练").
static LEADING_MMDD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(0[1-9]|1[0-2])([0-2]\d|3[01])(?:[\s_\-—]|$)").unwrap());
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})").unwrap());
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:会议|培训|活动|演练|检查|巡查|宣传|发生|成文|发文|印发|落款|报告|调查|评估|填报|记录)?(?:时间|日期)\s*[：:]?\s*")
        .unwrap()
});

/// ASCII digits for full-width ones (２０２４ → 2024).
pub(crate) fn normalize_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '－' => '-',
            '／' => '/',
            _ => c,
        })
        .collect()
}

fn digit_before(s: &str, at: usize) -> bool {
    s[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit())
}

fn digit_after(s: &str, at: usize) -> bool {
    s[at..].chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn hanzi_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' | 'Ｏ' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// 十二 → 12, 二十一 → 21, 三十 → 30, 五 → 5.
fn hanzi_number(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        ['十', d] => Some(10 + hanzi_digit(*d)?),
        [t, '十'] => Some(hanzi_digit(*t)? * 10),
        [t, '十', d] => Some(hanzi_digit(*t)? * 10 + hanzi_digit(*d)?),
        [d] => hanzi_digit(*d),
        _ => None,
    }
}

/// 25.06.12 in a file name: a two-digit year, month and day, each of two digits.
static SHORT_DOTTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{2})\.(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])").unwrap());

static EXPORT_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:mmexport|wx_camera_|microMsg\.)(1\d{12})(?:\D|$)").unwrap()
});

/// The day a WeChat export was saved, from the milliseconds since 1970 its name carries
/// (mmexport1699512345678.jpg), in China time.
fn exported_at(stem: &str) -> Option<NaiveDate> {
    let ms: i64 = EXPORT_STAMP.captures(stem.trim())?[1].parse().ok()?;
    let china = chrono::FixedOffset::east_opt(8 * 3600)?;
    Some(
        chrono::DateTime::from_timestamp_millis(ms)?
            .with_timezone(&china)
            .date_naive(),
    )
}

/// A local time stamp of fourteen digits (微信图片_20240918101122, IMG_20240918_101122 is a
/// full date already): the first eight are the day.
static LOCAL_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\D)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?:\D|$)").unwrap()
});

fn stamped_at(stem: &str) -> Option<NaiveDate> {
    let c = LOCAL_STAMP.captures(stem)?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
}

/// The date in a file name: any full date, or the short dotted form offices use in names
/// (防汛应急演练总结 25.06.12), which in running text could be anything.
pub(crate) fn date_in_name(stem: &str) -> Option<NaiveDate> {
    first_date(stem)
        .or_else(|| exported_at(stem))
        .or_else(|| stamped_at(stem))
        .or_else(|| {
            let s = &normalize_digits(stem);
            SHORT_DOTTED.captures_iter(s).find_map(|c| {
                let m = c.get(0)?;
                let dotted = s[..m.start()].ends_with('.') || s[m.end()..].starts_with('.');
                if digit_before(s, m.start()) || digit_after(s, m.end()) || dotted {
                    return None;
                }
                NaiveDate::from_ymd_opt(
                    2000 + c[1].parse::<i32>().ok()?,
                    c[2].parse().ok()?,
                    c[3].parse().ok()?,
                )
            })
        })
}

static HANZI_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([〇零○Ｏ一二三四五六七八九]{4})(\s*年)").unwrap());
static HANZI_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(年\s*)([一二三四五六七八九十]{1,3})(\s*月)(?:(\s*)([一二三四五六七八九十]{1,3})(\s*[日号]))?")
        .unwrap()
});

/// Dates written in Chinese numerals as digits (二〇二二年七月 → 2022年7月), for patterns that
/// read digits.
pub(crate) fn hanzi_dates_to_digits(s: &str) -> String {
    let years = HANZI_YEAR.replace_all(s, |c: &regex::Captures<'_>| {
        let digits: Option<String> = c[1]
            .chars()
            .map(|ch| hanzi_digit(ch).and_then(|d| char::from_digit(d, 10)))
            .collect();
        format!("{}{}", digits.unwrap_or_else(|| c[1].to_string()), &c[2])
    });
    HANZI_MONTH_DAY
        .replace_all(&years, |c: &regex::Captures<'_>| {
            let num = |i: usize| {
                c.get(i).map_or(String::new(), |m| {
                    hanzi_number(m.as_str()).map_or(m.as_str().to_string(), |n| n.to_string())
                })
            };
            let keep = |i: usize| c.get(i).map_or("", |m| m.as_str()).to_string();
            format!(
                "{}{}{}{}{}{}",
                &c[1],
                num(2),
                &c[3],
                keep(4),
                num(5),
                keep(6)
            )
        })
        .into_owned()
}

/// Every full date in `s`, with its byte position, in order of appearance.
pub(crate) fn find_dates(s: &str) -> Vec<(NaiveDate, usize)> {
    let s = &normalize_digits(s);
    let mut found = Vec::new();
    for c in YMD.captures_iter(s) {
        let m = c.get(0).unwrap();
        // A day closed by 日 may run into the hour ("2024年8月21日19:00").
        let closed = m.as_str().ends_with(['日', '号']);
        if digit_before(s, m.start()) || !closed && digit_after(s, m.end()) {
            continue;
        }
        // A two-digit year only with 年 (24年5月22日): "24.5.22" is too easily something else.
        if c[1].len() == 2 && !m.as_str().contains('年') {
            continue;
        }
        // "2025年1-9月" spans months; a date written with 年 names its month with 月.
        if m.as_str().contains('年') && !m.as_str().contains('月')
            || s[m.end()..].trim_start().starts_with('月')
        {
            continue;
        }
        let y = c[1]
            .parse::<i32>()
            .ok()
            .map(|y| if y < 100 { 2000 + y } else { y });
        let (mo, d) = (c[2].parse().ok(), c[3].parse().ok());
        if let (Some(y), Some(mo), Some(d)) = (y, mo, d)
            && let Some(date) = NaiveDate::from_ymd_opt(y, mo, d)
        {
            found.push((date, m.start()));
        }
    }
    for c in COMPACT.captures_iter(s) {
        let m = c.get(0).unwrap();
        if digit_before(s, m.start()) || digit_after(s, m.end()) {
            continue;
        }
        if let Some(date) = NaiveDate::from_ymd_opt(
            c[1].parse().unwrap(),
            c[2].parse().unwrap(),
            c[3].parse().unwrap(),
        ) {
            found.push((date, m.start()));
        }
    }
    for c in HANZI.captures_iter(s) {
        let year: Option<u32> = c[1]
            .chars()
            .try_fold(0, |acc, ch| Some(acc * 10 + hanzi_digit(ch)?));
        if let (Some(y), Some(mo), Some(d)) = (year, hanzi_number(&c[2]), hanzi_number(&c[3]))
            && let Some(date) = NaiveDate::from_ymd_opt(y as i32, mo, d)
        {
            found.push((date, c.get(0).unwrap().start()));
        }
    }
    found.sort_by_key(|&(_, pos)| pos);
    found.dedup_by_key(|&mut (_, pos)| pos);
    found
}

/// A month and day without a year (6月18日, 5·12), the first in `s`.
pub(crate) fn find_month_day(s: &str) -> Option<(u32, u32)> {
    let s = &normalize_digits(s);
    if let Some(c) = LEADING_MMDD.captures(s.trim_start()) {
        return Some((c[1].parse().ok()?, c[2].parse().ok()?));
    }
    MONTH_DAY.captures_iter(s).find_map(|c| {
        let m = c.get(0)?;
        if digit_before(s, m.start()) {
            return None;
        }
        let (mo, d) = match (c.get(1), c.get(2)) {
            (Some(mo), Some(d)) => (mo.as_str(), d.as_str()),
            _ => (c.get(3)?.as_str(), c.get(4)?.as_str()),
        };
        let (mo, d): (u32, u32) = (mo.parse().ok()?, d.parse().ok()?);
        ((1..=12).contains(&mo) && (1..=31).contains(&d)).then_some((mo, d))
    })
}

/// A month-day from a labelled text date (时间：6月21日).
pub(crate) fn month_day_in_text(text: &str) -> Option<(u32, u32)> {
    let head: String = text.chars().take(4000).collect();
    LABELLED.find_iter(&head).find_map(|m| {
        let window: String = head[m.end()..].chars().take(12).collect();
        find_month_day(&window)
    })
}

static YEAR_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)\d{2})\s*(?:年|\.|-|/)\s*(\d{1,2})\s*月?").unwrap());

/// The first day of a month named with its year and no day ("知信行调查统计表（2023年4月—5月）",
/// "2024.3 隐患排查"): the date a record of that month carries, when it carries no other.
pub(crate) fn year_month(s: &str) -> Option<NaiveDate> {
    let s = &normalize_digits(s);
    YEAR_MONTH.captures_iter(s).find_map(|c| {
        let m = c.get(0)?;
        if digit_before(s, m.start()) || digit_after(s, m.end()) {
            return None;
        }
        NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, 1)
    })
}

static MONTH_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    // Written to the month or to the day: 2024年6月—2025年5月, 2024年6月1日—2025年5月31日.
    Regex::new(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:起)?\s*(?:至|到|—+|–|-|~|～)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月").unwrap()
});

/// The year holding most of a span of months `s` names across a year end ("第一创建年度（2023年3月
/// —2024年2月）自评报告" is 2023's): a report on a creation year counts for that year.
pub(crate) fn span_year(s: &str) -> Option<i32> {
    let s = &normalize_digits(s);
    let c = MONTH_SPAN.captures(s)?;
    let (y1, m1): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    let (y2, m2): (i32, i32) = (c[3].parse().ok()?, c[4].parse().ok()?);
    if y2 != y1 + 1 || !(1..=12).contains(&m1) || !(1..=12).contains(&m2) {
        return None;
    }
    Some(if 13 - m1 >= m2 { y1 } else { y2 })
}

static TWO_YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年度").unwrap()
});

/// The first year of the one creation year `s` names as two years that follow each other
/// ("2025-2026年度安全宣传教育培训安排" is the creation year opening in 2025).
pub(crate) fn creation_year_span(s: &str) -> Option<i32> {
    let s = &normalize_digits(s);
    let c = TWO_YEAR_SPAN.captures(s)?;
    let (a, b): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    (b == a + 1).then_some(a)
}

static NAMED_YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"年度\s*[（(：:为]\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:起)?\s*(?:至|到|—+|–|-|~|～)\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月)")
        .unwrap()
});

/// The one creation year a body names as the year it reports on ("本报告同时作为第二创建年度
/// （2024年3月—2025年2月）的自评报告" is 2024's), when it names exactly one: a report of the
/// whole creation that lists every year names none.
pub(crate) fn named_year_span(text: &str) -> Option<i32> {
    if !["年度（", "年度(", "年度：", "年度:", "年度为"]
        .iter()
        .any(|w| text.contains(w))
    {
        return None;
    }
    let text = &normalize_digits(text);
    let mut years = NAMED_YEAR_SPAN
        .captures_iter(text)
        .filter_map(|c| span_year(&c[1]));
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// The first full date in `s`.
pub(crate) fn first_date(s: &str) -> Option<NaiveDate> {
    find_dates(s).first().map(|&(d, _)| d)
}

/// A year standing alone in `s` (2024年度, 2024Q2, 2024年第一季度), when no full date is there.
pub(crate) fn find_year(s: &str) -> Option<i32> {
    let s = &normalize_digits(s);
    YEAR.captures_iter(s).find_map(|c| {
        let m = c.get(1).unwrap();
        if digit_before(s, m.start()) || digit_after(s, m.end()) {
            return None;
        }
        c[1].parse().ok()
    })
}

/// Every year `s` names, in order: four digits from 1900 to 2099 standing alone (not inside a
/// longer number such as 20220615).
pub(crate) fn years_in(s: &str) -> Vec<i32> {
    let s = &normalize_digits(s);
    YEAR.captures_iter(s)
        .filter_map(|c| {
            let m = c.get(1)?;
            (!digit_before(s, m.start()) && !digit_after(s, m.end()))
                .then(|| m.as_str().parse::<i32>().ok())
                .flatten()
        })
        .collect()
}

static YEAR_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})")
        .expect("year span pattern compiles")
});

/// The first and last years of each span of years `s` names ("（2018—2020年）", "2018-2020").
pub(crate) fn year_spans(s: &str) -> Vec<i32> {
    let s = &normalize_digits(s);
    YEAR_SPAN
        .captures_iter(s)
        .flat_map(|c| [c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0)])
        .collect()
}

/// The one year `s` names (2024年度伤害分析报告), when it names exactly one; a range
/// (2023—2025年) or none gives nothing.
pub(crate) fn single_year(s: &str) -> Option<i32> {
    let mut years = years_in(s).into_iter();
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// A part of a year written as a record's time ("第一轮（2023年秋季）", "2024年第二季度",
/// "2025年上半年").
static SEASON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:19|20)\d{2}\s*年\s*(?:[春夏秋冬]季|第?[一二三四1-4]季度|[上下]半年)")
        .expect("season pattern compiles")
});

/// Whether `text` says, within its first few thousand characters, in which part of which year
/// what it records was done: a tally of rounds ("第一轮（2023年秋季）") is dated by them.
pub(crate) fn names_part_of_year(text: &str) -> bool {
    let head = match text.char_indices().nth(4000) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    SEASON.is_match(&normalize_digits(head))
}

/// The date of a document from its body text: a labelled date (会议时间：…) first, then the
/// signature date at the end, then the first date anywhere.
pub(crate) fn date_in_text(text: &str) -> Option<NaiveDate> {
    let head: String = text.chars().take(4000).collect();
    for m in LABELLED.find_iter(&head) {
        let window: String = head[m.end()..].chars().take(30).collect();
        if let Some((d, 0..=2)) = find_dates(&window).first().copied() {
            return Some(d);
        }
    }
    let tail: String = {
        let chars: Vec<char> = text.trim_end().chars().collect();
        chars[chars.len().saturating_sub(120)..].iter().collect()
    };
    if let Some(&(d, _)) = find_dates(&tail).last() {
        return Some(d);
    }
    first_date(&head)
}

/// Parses a date written by a person in metadata (`2024-03-12`, `2024年3月12日` …).
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let dates = find_dates(s.trim());
    match dates.as_slice() {
        [(d, 0)] => Some(*d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_wechat_export_is_dated_by_its_stamp() {
        assert_eq!(date_in_name("mmexport1699512345678"), Some(d(2023, 11, 9)));
        assert_eq!(date_in_name("wx_camera_1715058001234"), Some(d(2024, 5, 7)));
        assert_eq!(
            date_in_name("微信图片_20240918101122"),
            Some(d(2024, 9, 18))
        );
        assert_eq!(date_in_name("照片1699512345678"), None);
    }

    #[test]
    fn a_month_named_with_its_year_dates_a_record() {
        assert_eq!(
            year_month("重点场所及危险源辨识清单（2023年5月）"),
            Some(d(2023, 5, 1))
        );
        assert_eq!(year_month("2024.3 隐患排查"), Some(d(2024, 3, 1)));
        // A range of years, a year alone or a 13th month is no month.
        assert_eq!(year_month("三年行动计划（2023-2025年）"), None);
        assert_eq!(year_month("2024年度总结"), None);
        assert_eq!(year_month("2024年13月"), None);
    }

    #[test]
    fn a_creation_year_counts_for_the_year_holding_most_of_it() {
        assert_eq!(
            span_year("第一创建年度（2023年3月—2024年2月）自评报告"),
            Some(2023)
        );
        assert_eq!(span_year("2024年11月至2025年10月工作总结"), Some(2025));
        assert_eq!(span_year("2022年7月至2025年6月"), None);
        assert_eq!(span_year("2024年度总结"), None);
        // A report naming its creation year to the day, after a colon.
        assert_eq!(
            named_year_span(
                "年度评审报告\n（第一创建年度：2024年6月1日—2025年5月31日）\n一、评审依据"
            ),
            Some(2024)
        );
        // A plan stating both years of the creation reports on neither.
        assert_eq!(
            named_year_span(
                "第一创建年度为2024年6月1日至2025年5月31日，第二创建年度为2025年6月1日至2026年5月31日。"
            ),
            None
        );
    }

    #[test]
    fn reads_the_ways_offices_write_dates() {
        assert_eq!(first_date("2024.3.12 会议纪要"), Some(d(2024, 3, 12)));
        assert_eq!(first_date("会议纪要2024年3月12日"), Some(d(2024, 3, 12)));
        assert_eq!(first_date("培训20240312"), Some(d(2024, 3, 12)));
        assert_eq!(first_date("2024-03-12培训"), Some(d(2024, 3, 12)));
        assert_eq!(first_date("2024/3/5"), Some(d(2024, 3, 5)));
        assert_eq!(first_date("２０２４年３月５日"), Some(d(2024, 3, 5)));
        assert_eq!(first_date("二〇二四年五月八日"), Some(d(2024, 5, 8)));
        assert_eq!(
            first_date("二〇二三年十二月二十一日"),
            Some(d(2023, 12, 21))
        );
        assert_eq!(first_date("2024.2.30"), None);
        assert_eq!(first_date("编号 120240312"), None);
        assert_eq!(first_date("Z021-WS·2024-D30-AQB-0012"), None);
        assert_eq!(
            first_date("培训时间：2023.8.16　14:30"),
            Some(d(2023, 8, 16))
        );
        assert_eq!(first_date("日期：24年5月22日"), Some(d(2024, 5, 22)));
        assert_eq!(first_date("时间：2024年8月21日19:00"), Some(d(2024, 8, 21)));
        assert_eq!(first_date("2024.8.2119"), None);
        assert_eq!(first_date("版本 24.5.22"), None);
        // Months of a year, not a day: "1-9月" is January to September.
        assert_eq!(first_date("2025年1-9月伤害监测情况简析"), None);
        assert_eq!(first_date("2024年3-5日"), None);
        assert_eq!(find_month_day("5·12燃气泄漏处置演练"), Some((5, 12)));
        assert_eq!(
            hanzi_dates_to_digits("二〇二二年七月至二〇二五年六月三十日"),
            "2022年7月至2025年6月30日"
        );
        assert_eq!(
            date_in_name("防汛应急演练总结 25.06.12"),
            Some(d(2025, 6, 12))
        );
        assert_eq!(date_in_name("版本 1.25.06.12"), None);
        assert_eq!(find_month_day("0618 泄漏处置演练"), Some((6, 18)));
        assert_eq!(month_day_in_text("- 时间：6月21日 14:30"), Some((6, 21)));
    }

    #[test]
    fn years_alone_and_text_dates() {
        assert_eq!(find_year("2024Q2 消防培训"), Some(2024));
        assert_eq!(find_year("2024年度工作计划"), Some(2024));
        assert_eq!(find_year("第0012号"), None);
        let text = "一、概况\n去年2023年1月2日发生一起事故。\n会议时间：2024年3月12日上午\n";
        assert_eq!(date_in_text(text), Some(d(2024, 3, 12)));
        let signed = "全文……2022年数据对比。\n\n龙凤园社区居委会\n2024年5月8日";
        assert_eq!(date_in_text(signed), Some(d(2024, 5, 8)));
        assert_eq!(parse_date("2024-03-12"), Some(d(2024, 3, 12)));
        assert_eq!(parse_date("明天"), None);
    }

    #[test]
    fn a_season_of_a_year_dates_a_tally() {
        assert!(names_part_of_year(
            "轮次,组别\n第一轮（2023年秋季）,莲花湾组"
        ));
        assert!(names_part_of_year("２０２４年第二季度汇总"));
        assert!(names_part_of_year("2025年上半年工作小结"));
        assert!(!names_part_of_year("每年春季、秋季各开展一轮检查"));
    }
}
