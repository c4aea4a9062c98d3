//! The community's own commitments: frequencies its rules and plans state ("领导小组每季度召开一次
//! 例会", "每年至少组织两次应急演练"). They are the bar for this community; the standard's
//! parameters are the fallback. Which words state which parameter is data (`stated_as` in the
//! standard); which kinds of document set rules is data too (`states_rules` in the archive schema).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::gaps::Basis;
use crate::archive::Document;
use crate::schema::ArchiveSchema;
use crate::standard::Standard;

/// A per-year requirement and where it comes from.
#[derive(Debug, Clone)]
pub(crate) struct Requirement {
    pub per_year: f64,
    pub basis: Basis,
    /// Title words of the records that count, when the community's rule narrows them
    /// ("综合应急演练"); empty: all the rule's records count.
    pub counts_only: Vec<String>,
    /// The months of each year the rule names for a round of the work ("春季（3—4月）、秋季
    /// （9—11月）各开展一轮"): each must hold a record, whatever the year's count.
    pub windows: Vec<Window>,
    /// The groups of people the rule names a round for each year ("对物业保安和商业街餐饮商户各组织
    /// 一次集中培训"): each must be named by a record of each year, whatever the year's count.
    pub groups: Vec<String>,
    /// Kinds of record that count besides the rule's own, when the community's rule offers them
    /// as alternatives ("宣传教育或培训活动").
    pub also_kinds: Vec<String>,
}

/// Months of a year, first to last; a last month before the first runs into the next year (冬季).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Window {
    pub from: u32,
    pub to: u32,
}

/// A frequency stated in a document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Commitment {
    pub per_year: f64,
    pub file: String,
    pub title: String,
    pub quote: String,
    /// The parameter's qualifier the quote names ("综合"): only records so named count.
    pub named: Option<String>,
    /// The months it names for each round.
    pub windows: Vec<Window>,
    /// The groups it names a round for each ("对物业保安和商业街餐饮商户各组织一次").
    pub groups: Vec<String>,
    /// The kinds its alternatives add ("宣传…或培训": publicity).
    pub also_kinds: Vec<String>,
    /// Whether the clause stating the frequency names its subject itself ("促进委员会每季度召开
    /// 一次全体会议") or at least the activity ("…实行例会制度，每季度召开一次"), rather than
    /// another one ("参加促进委员会会议，每半年报告一次项目进展" is a report's pace, not the
    /// meetings').
    pub direct: bool,
}

static FREQUENCY: LazyLock<Regex> = LazyLock::new(|| {
    // "每季度…一次", "每年至少2次", and every few years: "每两年更新一次".
    // "每个创建年度…不少于6场": a creation year is the community's year.
    Regex::new(r"每(?:个)?([两二三四五]|\d)?\s*(?:个)?(?:创建|工作)?(月|季度|季|半年|年度|年)[^，,。；;]{0,14}?([一二两三四五六七八九十]|\d{1,2})\s*(?:次|场|回)")
        .unwrap()
});

/// Rounds at named times of the year: "每年春季（3—4月）、秋季（9—11月）各开展一轮…检查",
/// "每年3月、9月各组织一次…".
static ROUNDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"每年([^，,。；;]{2,40}?)各\s*(?:不少于|至少|不低于)?\s*(?:开展|组织|进行|召开|安排|实施)?\s*([一二两三四五]|\d)\s*(?:次|场|回|轮)")
        .unwrap()
});
/// The rounds of a yearly pace stated in the clause before ("每年至少组织两次应急演练，上半年、
/// 下半年各不少于一次"): the windows, then how many in each.
static EACH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:其中)?([^，,。；;]{2,40}?)各\s*(?:不少于|至少|不低于)?\s*(?:开展|组织|进行|召开|安排|实施)?\s*([一二两三四五]|\d)\s*(?:次|场|回|轮)")
        .unwrap()
});
/// A season, with the months the rule gives it, or a month range ("3—4月", "9月").
static WINDOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([春夏秋冬])季(?:\s*[（(]\s*(\d{1,2})\s*(?:月)?\s*(?:[—\-–~～至到]\s*(\d{1,2}))?\s*月\s*[)）])?|(\d{1,2})\s*(?:月)?\s*(?:(?:[—\-–~～到]|至(?:次年)?)\s*(\d{1,2}))?\s*月")
        .unwrap()
});

/// Quarters a rule marks out with their months ("分四个季度（6—8月、9—11月、12月至次年2月、
/// 3—5月）").
/// A bracket in a quarterly rule's sentence that marks out its quarters ("每季度召开一次例会（第一
/// 季度1—3月、第二季度4—6月…）", "分四个季度（6—8月、9—11月…）").
static STATED_QUARTERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"季度\s*[（(]([^）)]{4,40})[)）]|[（(]([^）)]{0,20}季度[^）)]{4,50})[)）]").unwrap()
});

/// A bracket of a rule that may mark out its rounds ("（以1—2月、3—4月…为一个周期）").
static STATED_ROUNDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(]([^）)]{4,80})[)）]").unwrap());

/// A half year, with the months the rule gives it ("下半年度（12月至次年5月）").
static HALF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([上下])半年度?(?:\s*[（(]\s*(\d{1,2})\s*月?\s*(?:[—\-–~～到]|至(?:次年)?)\s*(\d{1,2})\s*月\s*[)）])?")
        .unwrap()
});

/// A quarter of the year ("第一季度").
/// A quarter by its number, with the months the rule gives it where written ("第一季度1—3月",
/// "第三季度（9—11月）").
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"第([一二三四1-4])季度(?:\s*[（(]?\s*(\d{1,2})\s*月?\s*(?:[—\-–~～到]|至(?:次年)?)\s*(\d{1,2})\s*月\s*[)）]?)?").unwrap()
});

/// The windows `named` names, in order: a season's own months where written, else the season's;
/// a quarter's three months.
fn windows_in(named: &str) -> Vec<Window> {
    let month = |m: Option<regex::Match<'_>>| m.and_then(|m| m.as_str().parse::<u32>().ok());
    let quarters: Vec<Window> = QUARTER
        .captures_iter(named)
        .map(|c| {
            let q = match &c[1] {
                "一" | "1" => 1,
                "二" | "2" => 2,
                "三" | "3" => 3,
                _ => 4,
            };
            match (month(c.get(2)), month(c.get(3))) {
                (Some(from), Some(to)) if (1..=12).contains(&from) && (1..=12).contains(&to) => {
                    Window { from, to }
                }
                _ => Window {
                    from: 3 * q - 2,
                    to: 3 * q,
                },
            }
        })
        .collect();
    // A half year is Jan–Jun and Jul–Dec unless the rule gives its months ("上半年度（6—11月）",
    // a creation year starting in June).
    let halves: Vec<Window> = HALF
        .captures_iter(named)
        .map(|c| match (month(c.get(2)), month(c.get(3))) {
            (Some(from), Some(to)) if (1..=12).contains(&from) && (1..=12).contains(&to) => {
                Window { from, to }
            }
            _ if &c[1] == "上" => Window { from: 1, to: 6 },
            _ => Window { from: 7, to: 12 },
        })
        .collect();
    let rest = QUARTER.replace_all(named, "");
    let rest = HALF.replace_all(&rest, "");
    quarters
        .into_iter()
        .chain(halves)
        .chain(WINDOW.captures_iter(&rest).filter_map(|c| {
            let (from, to) = match (c.get(1), month(c.get(2)), month(c.get(4))) {
                (Some(_), Some(from), _) => (from, month(c.get(3)).unwrap_or(from)),
                (Some(season), None, _) => match season.as_str() {
                    "春" => (3, 5),
                    "夏" => (6, 8),
                    "秋" => (9, 11),
                    _ => (12, 2),
                },
                (None, _, Some(from)) => (from, month(c.get(5)).unwrap_or(from)),
                _ => return None,
            };
            ((1..=12).contains(&from) && (1..=12).contains(&to)).then_some(Window { from, to })
        }))
        .collect()
}

/// The groups of people a rule names a round for each ("对物业保安和商业街餐饮商户" is 物业保安
/// and 商业街餐饮商户), when it names at least two.
fn groups_in(named: &str) -> Vec<String> {
    // What a bracket adds ("物业保安（微型消防站队员）") is no group of its own.
    let named = BRACKETED.replace_all(named.trim(), "");
    let named = named.trim_start_matches(['至', '少', '分', '别', '均', ' ']);
    let named = named
        .strip_prefix(['对', '向', '为', '给'])
        .unwrap_or(named);
    let groups: Vec<String> = named
        .split(['和', '、', '及', '与'])
        .map(str::trim)
        .filter(|g| g.chars().count() >= 2 && g.chars().all(|c| c.is_alphabetic()))
        .map(str::to_string)
        .collect();
    if groups.len() >= 2 {
        groups
    } else {
        Vec::new()
    }
}

static RECIPIENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[向给]\p{Han}{2,16}?(?:报告|汇报|报送|通报|反馈|提交)").unwrap());

static BRACKETED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[（(][^）)]*[）)]").unwrap());

fn small_number(s: &str) -> Option<f64> {
    let n = match s {
        "一" => 1,
        "二" | "两" => 2,
        "三" => 3,
        "四" => 4,
        "五" => 5,
        "六" => 6,
        "七" => 7,
        "八" => 8,
        "九" => 9,
        "十" => 10,
        _ => s.parse().ok()?,
    };
    Some(f64::from(n))
}

fn per_year(unit: &str, n: f64) -> f64 {
    n * match unit {
        "月" => 12.0,
        "季度" | "季" => 4.0,
        "半年" => 2.0,
        _ => 1.0,
    }
}

/// The parameter whose word groups all stand in `text`: the one with most groups, then the
/// longest words matched. What a clause reports to ("每半年向促进委员会例会报告一次项目进展") is
/// where the report goes, not what is done at that pace: it is read without it.
fn parameter_of<'a>(text: &str, std: &'a Standard) -> Option<&'a str> {
    let text = &*RECIPIENT.replace_all(text, "");
    let mut best: Option<((usize, usize, usize), &str)> = None;
    for (name, p) in &std.parameters {
        if p.stated_as.is_empty() || p.not_stated_by.iter().any(|w| text.contains(w.as_str())) {
            continue;
        }
        let mut matched = 0;
        let mut last_end = 0;
        for group in &p.stated_as {
            match group
                .iter()
                .filter_map(|w| text.rfind(w.as_str()).map(|at| (w.len(), at + w.len())))
                .max()
            {
                Some((len, end)) => {
                    matched += len;
                    last_end = last_end.max(end);
                }
                None => {
                    matched = 0;
                    break;
                }
            }
        }
        // Of equal matches, the subject written nearest the frequency ("隐患排查…集中培训…每年
        // 至少1次" in a training plan's row is a training's).
        let key = (p.stated_as.len(), matched, last_end);
        if matched > 0 && best.is_none_or(|(k, _)| key > k) {
            best = Some((key, name));
        }
    }
    best.map(|(_, n)| n)
}

/// The qualifier that narrows a rule ("综合应急演练"), unless the rule offers alternatives
/// ("综合或专项应急演练").
fn qualifier(quote: &str, p: &crate::standard::Parameter) -> Option<String> {
    let last: &[String] = p.stated_as.last().map(Vec::as_slice).unwrap_or(&[]);
    p.qualifiers
        .keys()
        .find(|q| {
            quote.find(q.as_str()).is_some_and(|at| {
                let after = &quote[at + q.len()..];
                let to_word = last
                    .iter()
                    .filter_map(|w| after.find(w.as_str()))
                    .min()
                    .unwrap_or(after.len());
                !after[..to_word].contains(['或', '、', '和', '及', '/'])
            })
        })
        .cloned()
}

/// The kinds of record a rule's alternatives add: "宣传教育或培训" names 宣传 beside 培训.
fn alternatives(quote: &str, p: &crate::standard::Parameter) -> Vec<String> {
    let offers = quote.contains(['或', '、', '和', '及']);
    let mut out: Vec<String> = Vec::new();
    for (word, kinds) in &p.alternatives {
        if offers && quote.contains(word.as_str()) {
            out.extend(
                kinds
                    .iter()
                    .filter(|k| !out.contains(k))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
        }
    }
    out
}

/// A frequency a document states: (parameter, per year, quote, windows, groups, direct).
type Stated = (String, f64, String, Vec<Window>, Vec<String>, bool);

/// The frequencies a document states, by parameter.
fn stated_in(doc: &Document, std: &Standard) -> Vec<Stated> {
    let mut out = Vec::new();
    // Every frequency is written with 每 (每季度, 每年): a text without one states none.
    if !doc.text.contains('每') {
        return out;
    }
    let text = crate::archive::fold_script(&doc.text);
    // Where a clause names the activity and not whose it is ("每季度至少召开一次例会"), the
    // subject is in the sentences of the same item before it ("促进委员会实行季度例会制度。") or
    // in the heading of the rule it stands under ("一、促进委员会工作制度").
    // Only the few clauses that need it build their context: (heading, the line, where the
    // sentence starts in it).
    let mut heading = "";
    let sentences = text.lines().flat_map(|line| {
        if rule_heading(line) {
            heading = line.trim();
        }
        let heading = heading;
        line.split(['。', '；', ';']).map(move |sentence| {
            let start = sentence.as_ptr() as usize - line.as_ptr() as usize;
            (sentence, heading, &line[..start])
        })
    });
    for (sentence, heading, before) in sentences {
        let clauses = paced_clauses(sentence);
        let clauses: Vec<&str> = clauses.iter().map(|c| c.as_ref()).collect();
        for (k, clause) in clauses.iter().enumerate() {
            // "…每年至少组织两次应急演练，上半年、下半年各不少于一次" (or "其中上半年度（6—11月）、
            // 下半年度…各不少于1次"): the rounds of the pace the clauses before state, for the
            // subject they name.
            if k > 0
                && clauses[..k].iter().any(|c| yearly(c))
                && let Some(c) = EACH.captures(clause)
                && let Some(n) = small_number(&c[2])
            {
                let windows = windows_in(&c[1]);
                let quote = clauses[..=k].join("，");
                if windows.len() >= 2
                    && let Some(p) = parameter_of(&quote, std)
                {
                    let per_year = n * windows.len() as f64;
                    let quote = quote.trim().to_string();
                    out.push((p.to_string(), per_year, quote, windows, Vec::new(), true));
                    continue;
                }
            }
            // "其中家属区火灾疏散演练每年不少于1次" counts a share of the frequency before it, not
            // the community's pace.
            if clause.trim_start().starts_with("其中") {
                continue;
            }
            if let Some(c) = ROUNDS.captures(clause)
                && let Some(n) = small_number(&c[2])
            {
                let windows = windows_in(&c[1]);
                if windows.len() >= 2
                    && let Some(p) = parameter_of(clause, std)
                {
                    let per_year = n * windows.len() as f64;
                    let quote = clause.trim().to_string();
                    out.push((p.to_string(), per_year, quote, windows, Vec::new(), true));
                    continue;
                }
                // "每年对物业保安和商业街餐饮商户各组织一次集中培训": a round for each group.
                let groups = groups_in(&c[1]);
                if windows.is_empty()
                    && groups.len() >= 2
                    && let Some(p) = parameter_of(clause, std)
                {
                    let per_year = n * groups.len() as f64;
                    let quote = clause.trim().to_string();
                    out.push((p.to_string(), per_year, quote, Vec::new(), groups, true));
                    continue;
                }
            }
            let Some(c) = FREQUENCY.captures(clause) else {
                // "每年第一季度…签订目标责任书": once a year, for a parameter that reads it so.
                if let Some(at) = clause.find("每年")
                    && let Some(p) = parameter_of(clause, std)
                    && std.parameters.get(p).is_some_and(|p| p.stated_yearly)
                {
                    // At a named time of the year ("每年第一季度…"), that window is the round.
                    let when: String = clause[at + "每年".len()..].chars().take(8).collect();
                    let windows = windows_in(&when);
                    let quote = clause.trim().to_string();
                    out.push((p.to_string(), 1.0, quote, windows, Vec::new(), true));
                }
                continue;
            };
            let Some(n) = small_number(&c[3]) else {
                continue;
            };
            // "每两年…一次" is half a time a year.
            let every = match c.get(1) {
                Some(m) => match small_number(m.as_str()) {
                    Some(k) if k >= 1.0 => k,
                    _ => continue,
                },
                None => 1.0,
            };
            // The subject stands in the clause itself, or in the clauses before it
            // ("促进委员会实行例会制度，每季度召开一次").
            // A clause reporting to someone ("每半年向促进委员会报告一次进展") paces a report:
            // it borrows no subject from the clauses before it.
            let reports = RECIPIENT.is_match(clause);
            let found = (if reports { k..=k } else { 0..=k })
                .rev()
                .find_map(|start| {
                    parameter_of(&clauses[start..=k].join("，"), std)
                        .map(|p| (p, clauses[start..=k].join("，"), start == k))
                })
                // A clause that borrows its subject must name the activity itself ("促进委员会实行例会
                // 制度，每季度召开一次"); one that does not ("参加促进委员会会议，每半年报告一次项目
                // 进展") states another activity's pace, weaker than any stated with its own.
                .map(|(p, quote, own)| {
                    let direct = own || names_activity(std, p, clause);
                    (p, quote, direct)
                })
                .or_else(|| {
                    if reports {
                        return None;
                    }
                    let context = format!("{heading}，{before}{}", clauses[..=k].join("，"));
                    let p = parameter_of(&context, std)?;
                    names_activity(std, p, clause).then(|| (p, clause.trim().to_string(), true))
                });
            // The subject a clause leaves to the clauses before it ("社区储备应急物资（…），每半年
            // 检查一次") may be one the parameter is not stated by.
            let found = found.filter(|(p, _, _)| {
                let so_far = clauses[..=k].join("，");
                std.parameters.get(*p).is_none_or(|param| {
                    !param
                        .not_stated_by
                        .iter()
                        .any(|w| so_far.contains(w.as_str()))
                })
            });
            if let Some((p, quote, direct)) = found {
                // Once in each quarter the rule itself marks out ("每个创建年度分四个季度（6—8月、
                // 9—11月、12月至次年2月、3—5月），每季度至少召开一次例会") is a round in each of
                // them, not a year's total. A bare "每季度" keeps the year's count: offices hold a
                // quarter's meeting a few days late, and the rule drew no lines.
                let windows = if every == 1.0 && n == 1.0 && matches!(&c[2], "季度" | "季") {
                    STATED_QUARTERS
                        .captures_iter(sentence)
                        .filter_map(|q| q.get(1).or(q.get(2)))
                        .map(|q| windows_in(q.as_str()))
                        .find(|w| w.len() == 4)
                        .unwrap_or_default()
                } else if every == 1.0 && n == 1.0 && &c[2] == "月" {
                    // Once a month is a round in each month: a month without one is missed,
                    // however busy the others.
                    (1..=12).map(|m| Window { from: m, to: m }).collect()
                } else if n == 1.0 {
                    // Once in each stretch the rule marks out in brackets ("每两个月至少召开一次
                    // （以1—2月、3—4月…11—12月为一个周期）"): a round in each of them.
                    let rounds = per_year(&c[2], n) / every;
                    STATED_ROUNDS
                        .captures_iter(sentence)
                        .map(|b| windows_in(&b[1]))
                        .find(|w| w.len() >= 2 && w.len() as f64 == rounds)
                        .unwrap_or_default()
                } else {
                    Vec::new()
                };
                out.push((
                    p.to_string(),
                    per_year(&c[2], n) / every,
                    quote.trim().to_string(),
                    windows,
                    Vec::new(),
                    direct,
                ));
            }
        }
    }
    out
}

/// The clauses of a sentence; a list of paces under one 每 ("每个创建年度开展应急演练不少于2次、
/// 安全培训不少于6场") is a clause for each, each under that 每.
fn paced_clauses(sentence: &str) -> Vec<std::borrow::Cow<'_, str>> {
    let mut out = Vec::new();
    for clause in sentence.split(['，', ',', '：', ':']) {
        let head = clause
            .contains('、')
            .then(|| FREQUENCY.captures(clause))
            .flatten()
            .and_then(|c| {
                c.get(2)
                    .map(|unit| &clause[c.get(0).map_or(0, |m| m.start())..unit.end()])
            });
        let Some(head) = head else {
            out.push(std::borrow::Cow::Borrowed(clause));
            continue;
        };
        // Split only where a count ends an item: "居民、网格员、志愿者" is one list of people.
        let mut item = String::new();
        let mut pieces = Vec::new();
        for piece in clause.split('、') {
            if !item.is_empty() {
                item.push('、');
            }
            item.push_str(piece);
            if COUNT_END.is_match(piece) {
                pieces.push(std::mem::take(&mut item));
            }
        }
        if !item.is_empty() {
            match pieces.last_mut() {
                Some(last) => {
                    last.push('、');
                    last.push_str(&item);
                }
                None => pieces.push(item),
            }
        }
        for (n, piece) in pieces.into_iter().enumerate() {
            out.push(std::borrow::Cow::Owned(if n == 0 {
                piece
            } else {
                format!("{head}{piece}")
            }));
        }
    }
    out
}

static COUNT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([一二两三四五六七八九十]|\d{1,2})\s*(?:次|场|回)\s*$").unwrap());

/// Whether a clause states a yearly pace: 每年, 每年度, 每个创建年度.
fn yearly(clause: &str) -> bool {
    clause.contains("每年") || clause.contains("每个") && clause.contains("年度")
}

/// Whether `clause` names the activity of parameter `p` (its last word group: 例会, 演练 …).
fn names_activity(std: &Standard, p: &str, clause: &str) -> bool {
    std.parameters.get(p).is_some_and(|param| {
        param
            .stated_as
            .last()
            .is_some_and(|g| g.iter().any(|w| clause.contains(w.as_str())))
    })
}

/// A line heading one rule of a compilation of rules ("一、促进委员会工作制度", "第三章 例会制度"):
/// short, numbered, and naming a rule.
fn rule_heading(line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= 30
        && crate::infer::parts::section_number_end(line, true).is_some()
        && ["制度", "办法", "规定", "职责", "规则", "细则"]
            .iter()
            .any(|w| line.contains(w))
}

/// Every parameter the archive's rules and plans set, with the least frequency they state and the
/// document that states it: rules often set a stricter pace for sub-units ("入园企业每季度…演练")
/// beside the community's own ("园区每半年…演练"), and the community is held to what it certainly
/// committed itself to.
pub(crate) fn find(
    std: &Standard,
    docs: &[Document],
    sets_rules: &[bool],
) -> BTreeMap<String, Commitment> {
    let schema = ArchiveSchema::builtin();
    let mut out: BTreeMap<String, Commitment> = BTreeMap::new();
    for (doc, _) in docs
        .iter()
        .zip(sets_rules)
        .filter(|(d, ok)| **ok && schema.kind(&d.kind).is_some_and(|k| k.states_rules))
    {
        for (param, value, quote, windows, groups, direct) in stated_in(doc, std) {
            // A pace stated with its own subject outranks one whose subject was borrowed; of
            // equal paces, the one stating when in the year ("上半年、下半年各一次").
            let looser = out.get(&param).is_none_or(|c| {
                direct && !c.direct
                    || direct == c.direct
                        && (value < c.per_year
                            || value == c.per_year && c.windows.is_empty() && !windows.is_empty())
            });
            if looser {
                let named = std
                    .parameters
                    .get(&param)
                    .and_then(|p| qualifier(&quote, p));
                let also_kinds = std
                    .parameters
                    .get(&param)
                    .map(|p| alternatives(&quote, p))
                    .unwrap_or_default();
                out.insert(
                    param,
                    Commitment {
                        per_year: value,
                        file: doc.path.clone(),
                        title: doc.title.clone(),
                        named,
                        quote,
                        windows,
                        groups,
                        also_kinds,
                        direct,
                    },
                );
            }
        }
    }
    out
}

/// The sentences of the archive's rules that make keeping a named record a duty ("档案查阅、借阅应
/// 填写《档案查阅借阅登记簿》", not "档案借阅须登记"), with the index of the document each stands
/// in: read once per audit.
pub(crate) fn duty_sentences(docs: &[Document], countable: &[bool]) -> Vec<(usize, String)> {
    let schema = ArchiveSchema::builtin();
    docs.iter()
        .zip(countable)
        .enumerate()
        .filter(|(_, (d, ok))| **ok && schema.kind(&d.kind).is_some_and(|k| k.states_rules))
        .flat_map(|(i, (doc, _))| {
            doc.text
                .split(['。', '；', ';', '\n'])
                .filter(|sentence| {
                    let names =
                        |words: &[String]| words.iter().any(|w| sentence.contains(w.as_str()));
                    names(&schema.duty_words) && names(&schema.duty_records)
                })
                .map(move |sentence| (i, sentence.trim().to_string()))
        })
        .collect()
}

/// The first of `duties` that names one of `keywords`: the archive's rule making such a record a
/// duty.
pub(crate) fn stated_duty<'a>(
    keywords: &[String],
    duties: &'a [(usize, String)],
) -> Option<&'a (usize, String)> {
    duties.iter().find(|(_, sentence)| {
        keywords
            .iter()
            .filter(|k| !k.contains('…'))
            .any(|k| sentence.contains(k.as_str()))
    })
}

/// The requirement for a per-year parameter: the community's commitment, else the standard's
/// value (its default, or `zicha.yaml`'s override), as drafted or seen.
pub(crate) fn requirement(
    name: &str,
    std: &Standard,
    overrides: &BTreeMap<String, f64>,
    commitments: &BTreeMap<String, Commitment>,
) -> Requirement {
    if !overrides.contains_key(name)
        && let Some(c) = commitments.get(name)
    {
        let counts_only = c
            .named
            .as_ref()
            .and_then(|q| std.parameters.get(name)?.qualifiers.get(q))
            .cloned()
            .unwrap_or_default();
        return Requirement {
            per_year: c.per_year,
            counts_only,
            windows: c.windows.clone(),
            groups: c.groups.clone(),
            also_kinds: c.also_kinds.clone(),
            basis: Basis::Community {
                parameter: name.to_string(),
                file: c.file.clone(),
                title: c.title.clone(),
                quote: c.quote.clone(),
                named: c.named.clone(),
            },
        };
    }
    let value = std.parameter(name, overrides).unwrap_or(1.0);
    let drafted = !overrides.contains_key(name)
        && std
            .parameters
            .get(name)
            .is_some_and(|p| p.provenance.as_deref() == Some("drafted"));
    Requirement {
        per_year: value,
        counts_only: Vec::new(),
        windows: Vec::new(),
        groups: Vec::new(),
        also_kinds: Vec::new(),
        basis: if drafted {
            Basis::Drafted {
                parameter: Some(name.to_string()),
            }
        } else {
            Basis::Standard
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std() -> Standard {
        Standard::builtin("aqt9001-2006").unwrap()
    }

    fn stated(text: &str) -> Vec<(String, f64)> {
        let mut doc = crate::archive::tests_support::document("制度.docx", "rules");
        doc.text = text.into();
        stated_in(&doc, &std())
            .into_iter()
            .map(|(p, v, ..)| (p, v))
            .collect()
    }

    #[test]
    fn a_rule_making_a_record_a_duty_is_found_with_its_sentence() {
        let mut rules = crate::archive::tests_support::document("档案管理制度.docx", "rules");
        rules.text = "十、档案管理制度\n1．创建档案由兼职档案员集中管理。\n2．档案查阅、借阅应填写《档案查阅借阅登记簿》，写明查阅人、日期。\n".into();
        let mut plan = crate::archive::tests_support::document("工作计划.docx", "plan");
        plan.text = "档案借阅应登记。".into();
        let keywords = vec!["借阅".to_string(), "查阅".to_string()];
        // Only countable documents set the community's rules.
        let duties = duty_sentences(&[plan, rules], &[false, true]);
        let (doc, quote) = stated_duty(&keywords, &duties).expect("the rule is found");
        assert_eq!(*doc, 1);
        assert_eq!(
            quote,
            "2．档案查阅、借阅应填写《档案查阅借阅登记簿》，写明查阅人、日期"
        );
        // A mention without a duty ("伤害登记应有专人、有备份") makes none.
        let mut note = crate::archive::tests_support::document("制度.docx", "rules");
        note.text = "伤害登记应有专人、有备份。".into();
        let duties = duty_sentences(&[note], &[true]);
        assert!(stated_duty(&["备份".to_string()], &duties).is_none());
        // A record owed only when something happens ("档案借阅须登记", no register named) is no
        // duty to keep one in every period.
        let mut bare = crate::archive::tests_support::document("档案管理办法.docx", "rules");
        bare.text = "第七条 档案借阅须登记，原件不得外借。".into();
        let duties = duty_sentences(&[bare], &[true]);
        assert!(stated_duty(&keywords, &duties).is_none());
    }

    #[test]
    fn frequencies_as_rules_state_them() {
        assert_eq!(
            stated("领导小组每季度召开一次工作例会，研究部署安全社区建设工作。"),
            vec![("meetings_per_year".to_string(), 4.0)]
        );
        assert_eq!(
            stated("促进委员会实行例会制度，原则上每半年召开1次全体会议。"),
            vec![("meetings_per_year".to_string(), 2.0)]
        );
        assert_eq!(
            stated("每年至少组织两次应急演练；每月开展一次隐患排查。"),
            vec![
                ("drills_per_year".to_string(), 2.0),
                ("inspections_per_year".to_string(), 12.0)
            ]
        );
        assert_eq!(
            stated("项目组每月召开一次工作例会。"),
            vec![("project_group_meetings_per_year".to_string(), 12.0)]
        );
        assert!(stated("每次会议应形成纪要。").is_empty());
        // A board kept up to date is no publicity event: no record is filed for it.
        assert!(stated("各村民小组宣传栏每季度更新一次。").is_empty());
        assert_eq!(
            stated("每季度开展一次安全宣传活动。"),
            vec![("publicity_per_year".to_string(), 4.0)]
        );
    }

    #[test]
    fn paces_listed_under_one_every_and_a_subject_given_by_the_rule_heading() {
        assert_eq!(
            stated("5.每个创建年度开展应急演练不少于2次、安全培训不少于6场。"),
            vec![
                ("drills_per_year".to_string(), 2.0),
                ("trainings_per_year".to_string(), 6.0)
            ]
        );
        // A list of who is trained is one item, not many.
        assert_eq!(
            stated("每个创建年度对居民、商户培训不少于6场。"),
            vec![("trainings_per_year".to_string(), 6.0)]
        );
        // The clause names the activity (例会); whose meetings they are, the rule's heading says.
        assert_eq!(
            stated(
                "一、促进委员会工作制度\n2.创建年度自每年6月1日起至次年5月31日止，每季度至少召开一次例会，听取汇报。"
            ),
            vec![("meetings_per_year".to_string(), 4.0)]
        );
        // The upkeep of supplies is no inspection, and the heading's 演练 is not what it paces.
        assert!(
            stated("七、应急管理与演练制度\n1.储备必要的应急物资，每季度检查一次物资。").is_empty()
        );
    }

    #[test]
    fn half_years_of_a_creation_year_keep_the_months_the_rule_gives_them() {
        let mut rules = crate::archive::tests_support::document("制度汇编.docx", "rules");
        rules.text = "2.每个创建年度组织应急演练不少于2次，其中上半年度（6—11月）、下半年度（12月至次年5月）各不少于1次。".into();
        let found = find(&std(), &[rules], &[true]);
        let drills = &found["drills_per_year"];
        assert_eq!(drills.per_year, 2.0);
        assert_eq!(
            drills.windows,
            [Window { from: 6, to: 11 }, Window { from: 12, to: 5 }]
        );
    }

    #[test]
    fn quarters_the_rule_marks_out_are_each_a_round_and_a_bare_quarter_is_a_count() {
        let mut rules = crate::archive::tests_support::document("制度汇编.docx", "rules");
        rules.text = "一、促进委员会工作制度\n2.每个创建年度分四个季度（6—8月、9—11月、12月至次年2月、3—5月），每季度至少召开一次例会。".into();
        let found = find(&std(), &[rules.clone()], &[true]);
        let meetings = &found["meetings_per_year"];
        assert_eq!(meetings.per_year, 4.0);
        assert_eq!(
            meetings.windows,
            [
                Window { from: 6, to: 8 },
                Window { from: 9, to: 11 },
                Window { from: 12, to: 2 },
                Window { from: 3, to: 5 }
            ]
        );
        rules.text = "促进委员会每季度召开一次例会。".into();
        assert!(
            find(&std(), &[rules], &[true])["meetings_per_year"]
                .windows
                .is_empty()
        );
    }

    #[test]
    fn stretches_the_rule_marks_out_in_brackets_are_each_a_round() {
        let mut rules = crate::archive::tests_support::document("制度汇编.docx", "rules");
        rules.text = "二、条线工作组会议制度\n各条线工作组每两个月至少召开一次工作会议（以1—2月、3—4月、5—6月、7—8月、9—10月、11—12月为一个周期），会议记录由联络员保存。".into();
        let found = find(&std(), &[rules], &[true]);
        let meetings = &found["project_group_meetings_per_year"];
        assert_eq!(meetings.per_year, 6.0);
        assert_eq!(
            meetings.windows,
            (0..6)
                .map(|k| Window {
                    from: 2 * k + 1,
                    to: 2 * k + 2
                })
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_report_to_a_meeting_and_a_check_of_supplies_set_no_meeting_or_inspection_pace() {
        let mut rules = crate::archive::tests_support::document("制度汇编.docx", "rules");
        rules.text = "二、项目组工作制度\n2.项目组根据工作需要召开工作组会议，每半年向促进委员会例会报告一次项目进展。\n\
                      八、应急管理制度\n社区储备应急物资（灭火器、救生衣、担架等），每半年检查一次。\n\
                      一、促进委员会例会制度\n1.促进委员会每季度至少召开一次例会（第一季度1—3月、第二季度4—6月、第三季度7—9月、第四季度10—12月）。\n\
                      六、隐患排查治理制度\n1.网格员每月开展一次辖区安全隐患综合排查。"
            .into();
        let found = find(&std(), &[rules], &[true]);
        let meetings = &found["meetings_per_year"];
        assert_eq!(meetings.per_year, 4.0, "{}", meetings.quote);
        assert_eq!(meetings.windows.len(), 4);
        assert!(!found.contains_key("project_group_meetings_per_year"));
        assert_eq!(found["inspections_per_year"].per_year, 12.0);
    }

    #[test]
    fn a_pace_with_its_own_subject_outranks_a_borrowed_one() {
        let mut roster = crate::archive::tests_support::document("职责分工.docx", "rules");
        roster.text = "项目组职责：参加促进委员会会议，每半年向促进委员会报告一次项目进展。".into();
        let mut rules = crate::archive::tests_support::document("制度汇编.docx", "rules");
        rules.text = "促进委员会每季度召开一次全体会议，研究解决创建中的问题。".into();
        let found = find(&std(), &[roster, rules], &[true, true]);
        let meetings = &found["meetings_per_year"];
        assert_eq!(meetings.per_year, 4.0);
        assert_eq!(meetings.file, "制度汇编.docx");
    }

    #[test]
    fn every_few_years_and_the_subject_nearest_the_frequency() {
        assert_eq!(
            stated("创建初期开展全面的风险辨识评价，以后每两年更新一次。"),
            vec![("diagnosis_updates_per_year".to_string(), 0.5)]
        );
        // A training plan's row: the topic 隐患排查 is taught, the 培训 is what happens yearly.
        assert_eq!(
            stated("村级安全员\t隐患排查、信息报送\t集中培训、现场教学\t每年至少1次"),
            vec![("trainings_per_year".to_string(), 1.0)]
        );
    }

    #[test]
    fn a_qualifier_narrows_a_rule_unless_it_offers_alternatives() {
        let std = std();
        let drills = &std.parameters["drills_per_year"];
        assert_eq!(
            qualifier("园区每半年至少组织一次综合应急演练", drills).as_deref(),
            Some("综合")
        );
        assert_eq!(
            qualifier("每年至少组织两次综合或专项应急演练", drills),
            None
        );
        assert_eq!(qualifier("每年至少组织一次应急演练", drills), None);
    }

    #[test]
    fn a_round_for_each_group_a_rule_names() {
        let mut doc = crate::archive::tests_support::document("制度.docx", "rules");
        doc.text = "2. 每年对物业保安（微型消防站队员）和云汀里商业街餐饮商户各组织一次集中安全培训；培训须有签到和记录。".into();
        let found = stated_in(&doc, &std());
        assert_eq!(found.len(), 1, "{found:?}");
        let (param, per_year, _, windows, groups, ..) = &found[0];
        assert_eq!(param, "trainings_per_year");
        assert_eq!(*per_year, 2.0);
        assert!(windows.is_empty());
        assert_eq!(groups, &["物业保安", "云汀里商业街餐饮商户"]);
        assert_eq!(
            groups_in("至少对出租房屋房东、农批市场经营户、小作坊业主"),
            ["出租房屋房东", "农批市场经营户", "小作坊业主"]
        );
    }

    #[test]
    fn rounds_at_named_times_of_the_year() {
        let mut doc = crate::archive::tests_support::document("制度.docx", "rules");
        doc.text = "每年春季（3—4月）、秋季（9—11月）各开展一轮重点户（独居老人户、危旧房户）入户安全检查，按ABC分类登记。".into();
        let found = stated_in(&doc, &std());
        assert_eq!(found.len(), 1);
        let (param, per_year, _, windows, ..) = &found[0];
        assert_eq!(param, "inspections_per_year");
        assert_eq!(*per_year, 2.0);
        assert_eq!(
            windows,
            &[Window { from: 3, to: 4 }, Window { from: 9, to: 11 }]
        );
        assert_eq!(
            windows_in("春季、冬季"),
            [Window { from: 3, to: 5 }, Window { from: 12, to: 2 }]
        );
        assert_eq!(
            windows_in("3月、9月"),
            [Window { from: 3, to: 3 }, Window { from: 9, to: 9 }]
        );
    }

    #[test]
    fn a_share_of_a_frequency_is_not_the_communitys_pace() {
        assert_eq!(
            stated(
                "公司级综合或专项应急演练每年不少于4次（创建首年2023年下半年不少于2次），其中家属区居民住宅楼火灾疏散演练每年不少于1次，按年度工作计划组织。"
            ),
            vec![("drills_per_year".to_string(), 4.0)]
        );
    }

    #[test]
    fn once_a_year_without_a_count() {
        assert_eq!(
            stated(
                "公司每年第一季度与各二级单位（含生活服务公司、职工医院）签订年度安全生产（安全社区）目标责任书，年终考核兑现。"
            ),
            vec![("agreements_per_year".to_string(), 1.0)]
        );
        // A parameter that does not read "每年" alone as a count states nothing so.
        assert!(stated("每年年初制定宣传教育培训计划。").is_empty());
    }
}
