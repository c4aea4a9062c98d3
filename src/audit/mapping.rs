//! Tying documents to the standard: which elements a document is filed under (declared, or its
//! folders), which safety-promotion project it belongs to, and the assessment period in force.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::archive::Document;
use crate::config::{ArchiveConfig, Period, ProjectConfig};
use crate::extract::is_han;
use crate::schema::ArchiveSchema;
use crate::standard::Standard;

/// A project with the words that find its documents.
#[derive(Debug, Clone)]
pub(crate) struct Project {
    pub name: String,
    /// Other names its plan gives it: "小作坊（三小场所）用电安全促进项目" is also 三小场所用电.
    pub aliases: Vec<String>,
    pub keywords: Vec<String>,
}

/// Where the period came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodSource {
    /// `zicha.yaml` names it.
    Config,
    /// A plan, notice or report of the archive states it (`period_file`).
    Archive,
    /// Nothing states it: the two calendar years ending with the latest dated document.
    Inferred,
}

/// An element's number in a folder name ("要素6", "一级指标七").
static ELEMENT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:要素|一级指标)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})").unwrap()
});

/// An indicator's number in a folder name ("指标06 安全社区交流活动"): one of the scoring sheet's
/// 50 indicators, not an element.
static INDICATOR_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^级])指标\s*0?([0-9]{1,2})").unwrap());

/// The element of the indicator a folder numbers, when the standard knows that indicator's
/// official text: the numbering of the others is the standard's drafting and an archive's may
/// differ, so their folders are read by their words.
fn element_of_indicator_number(folder: &str, std: &Standard) -> Option<String> {
    let n = INDICATOR_NUMBER.captures(folder)?;
    std.indicators()
        .find(|(_, i)| i.id.value == n[1] && i.provenance.as_deref() == Some("seen"))
        .map(|(e, _)| e.id.value.clone())
}

fn chinese_number(s: &str) -> Option<u32> {
    const DIGITS: &str = "一二三四五六七八九";
    let d = |c: char| DIGITS.chars().position(|x| x == c).map(|i| i as u32 + 1);
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        ['十', u] => Some(10 + d(*u)?),
        [u] => d(*u),
        _ => s.parse().ok(),
    }
}

/// The element a folder name files its documents under, if it says.
pub(crate) fn element_of_folder(folder: &str, std: &Standard) -> Option<String> {
    std.folder_elements
        .get_or(folder, || element_named(folder, std, false))
}

/// The element a title names: by the element's folder words, title and title keywords
/// ("项目组人员名单" is the organisation's, "档案管理办法" the archive's).
fn element_of_title(title: &str, std: &Standard) -> Option<String> {
    element_named(title, std, true)
}

fn element_named(folder: &str, std: &Standard, with_keywords: bool) -> Option<String> {
    if let Some(c) = ELEMENT_NUMBER.captures(folder) {
        let n = chinese_number(&c[1])?.to_string();
        if std.elements.iter().any(|e| e.id.value == n) {
            return Some(n);
        }
    }
    if let Some(e) = element_of_indicator_number(folder, std) {
        return Some(e);
    }
    let mut best: Option<(usize, usize, &str)> = None;
    for element in &std.elements {
        let keywords = if with_keywords {
            element.keywords.as_slice()
        } else {
            &[]
        };
        for word in element
            .folders
            .iter()
            .chain(std::iter::once(&element.title))
            .chain(keywords)
        {
            if let Some(pos) = folder.rfind(word.as_str()) {
                let key = (pos + word.len(), word.len());
                if best.is_none_or(|(e, l, _)| key > (e, l)) {
                    best = Some((key.0, key.1, &element.id.value));
                }
            }
        }
    }
    best.map(|(_, _, id)| id.to_string())
}

/// Whether a folder names a creation stage ("三、调查阶段"), which says nothing of the element.
fn stage_folder(folder: &str) -> bool {
    ArchiveSchema::builtin()
        .stage_folders
        .iter()
        .any(|w| folder.contains(w.as_str()))
}

/// Elements a document is filed under: declared, else the element its folders name (innermost
/// first; stage and year folders name none), else the element it serves by its kind and title: a
/// generic kind (通知, 制度, 纪要, 名单) by the words of its title, a specific kind (培训记录,
/// 演练记录) by the element that keeps that kind, a project's plans and records under the project
/// element.
pub(crate) fn filed_elements(doc: &Document, std: &Standard) -> Vec<String> {
    if let Some(declared) = &doc.declared_elements {
        return declared.clone();
    }
    // A note saying where the evidence is, or a shortcut to it, is filed under nothing.
    if ArchiveSchema::builtin()
        .kind(&doc.kind)
        .is_some_and(|k| k.not_evidence)
    {
        return Vec::new();
    }
    if let Some(e) = doc
        .folders
        .iter()
        .rev()
        .filter(|f| !stage_folder(f))
        .find_map(|f| element_of_folder(f, std))
    {
        return vec![e];
    }
    let kind = doc.subject.as_ref().unwrap_or(&doc.kind);
    let by = |pick: fn(&crate::standard::Element) -> &Vec<String>| {
        std.elements
            .iter()
            .find(|e| pick(e).contains(kind))
            .map(|e| e.id.value.clone())
    };
    let project = if doc.facts.project.is_some() {
        by(|e| &e.project_kinds)
    } else {
        None
    };
    let generic = ArchiveSchema::builtin()
        .kind(kind)
        .is_none_or(|k| k.generic);
    // The file name, then the title: the name is how the office filed it, and a letterhead
    // heading (清水镇安全社区建设领导小组文件) names the issuing body, not the subject.
    let by_title = || {
        let stem = doc.path.rsplit('/').next().unwrap_or(&doc.path);
        [stem, doc.title.as_str()]
            .iter()
            .find_map(|s| element_of_title(&crate::archive::fold_script(s), std))
    };
    let found = if generic {
        project.or_else(by_title).or_else(|| by(|e| &e.kinds))
    } else {
        // The title may file a kind under another element that keeps it too (`also_kinds`).
        let titled = by_title().filter(|t| {
            std.elements
                .iter()
                .any(|e| &e.id.value == t && e.also_kinds.contains(kind))
        });
        project
            .or(titled)
            .or_else(|| by(|e| &e.kinds))
            .or_else(by_title)
    };
    found.into_iter().collect()
}

/// The elements a document is evidence for, as a reviewer would file it: where it is filed, then
/// the elements whose records it served as (痕迹 or 效果) when it is of a kind that element keeps.
/// What it merely mentions is not listed.
///
/// A document filed in a project's folder ("03用火用电及燃气安全/") is a record of that project too.
pub(crate) fn document_elements(
    doc: &Document,
    std: &Standard,
    used_by: &BTreeSet<String>,
    projects: &[Project],
    whole_file: bool,
) -> Vec<String> {
    let schema = ArchiveSchema::builtin();
    let mut els = filed_elements(doc, std);
    if doc.declared_elements.is_some() || schema.kind(&doc.kind).is_some_and(|k| k.not_evidence) {
        return els;
    }
    // Only a file that is itself a compilation: a compilation bound into a volume is read as one
    // of the volume's parts, filed where the volume is.
    if whole_file {
        for e in elements_in_sections(doc, std) {
            if !els.contains(&e) {
                els.push(e);
            }
        }
    }
    // A project's record: filed in its folder, or of a kind a project keeps records in and named
    // after the project ("暑期儿童防溺水安全课堂活动记录").
    // A photo counts by what it shows: a drill's photo is the drill's, not the project's.
    let shown = doc.subject.as_ref().unwrap_or(&doc.kind);
    let project_record = doc.facts.project.is_some()
        && (schema.project_record_kinds.contains(shown)
            || doc.kind == "minutes"
                && schema
                    .project_group_words
                    .iter()
                    .any(|w| doc.title.contains(w.as_str())));
    // A photo in a folder named for the event it shows is filed by that event, not by the
    // project the event's name has words of ("20241115燃气泄漏应急疏散演练" holds a drill's
    // photos; "指标17 老年人防跌倒" is the project's folder).
    let shows_something = doc.kind == "photo"
        && doc.subject.is_some()
        && doc
            .folders
            .last()
            .is_some_and(|f| crate::infer::classify::kind_named(f, schema).is_some());
    if (filed_in_project(doc, projects) && !shows_something || project_record)
        && let Some(project_element) = std.elements.iter().find(|e| !e.project_kinds.is_empty())
        && !els.contains(&project_element.id.value)
    {
        els.push(project_element.id.value.clone());
    }
    if doc.facts.project.is_none() {
        let named = |w: &String| doc.title.contains(w.as_str()) || doc.path.contains(w.as_str());
        for e in &std.elements {
            if !els.contains(&e.id.value) && e.also_titles.iter().any(named) {
                els.push(e.id.value.clone());
            }
        }
    }
    let mut more: Vec<&String> = used_by
        .iter()
        .filter(|e| !els.contains(e))
        .filter(|e| {
            std.elements.iter().any(|el| {
                &el.id.value == *e
                    && (el.kinds.contains(&doc.kind)
                        || doc.facts.project.is_some() && el.project_kinds.contains(&doc.kind))
            })
        })
        .collect();
    more.sort_by_key(|e| e.parse::<u32>().unwrap_or(u32::MAX));
    els.extend(more.into_iter().cloned());
    els
}

/// The community's projects: from `zicha.yaml`, else the standard's areas that the archive's
/// plans and project folders name.
pub(crate) fn projects<'a>(
    config: Option<&ArchiveConfig>,
    std: &Standard,
    docs: impl Iterator<Item = &'a Document>,
) -> Vec<Project> {
    if let Some(c) = config
        && !c.projects.is_empty()
    {
        return c
            .projects
            .iter()
            .map(|p: &ProjectConfig| Project {
                name: p.name().to_string(),
                aliases: Vec::new(),
                keywords: p.keywords(),
            })
            .collect();
    }
    // "关于印发职工通勤交通安全等四个安全促进项目实施方案的通知" issues several projects' plans: it
    // is no one project's.
    let several = |d: &Document| SEVERAL.is_match(&d.title);
    let is_project_plan = |d: &Document| {
        d.kind == "plan"
            && !several(d)
            && (d.title.contains("项目")
                || d.folders
                    .iter()
                    .any(|f| !stage_folder(f) && f.contains("项目")))
    };
    let docs: Vec<&Document> = docs.collect();
    // Every project plan is a project, called as the community calls it ("老年人防跌倒"); the
    // standard's area it falls in lends its words to find the project's records.
    let mut out: Vec<Project> = Vec::new();
    for plan in docs.iter().copied().filter(|d| is_project_plan(d)) {
        // The area whose word ends last in the title, as Chinese titles name their subject last
        // ("中小学生防溺水" is about drowning, not schools); else one its path names.
        let ends_at = |area: &crate::standard::ProjectArea, s: &str| {
            area.keywords
                .iter()
                .chain(std::iter::once(&area.name))
                .filter_map(|k| s.rfind(k.as_str()).map(|i| (i + k.len(), k.len())))
                .max()
        };
        let area = std
            .project_areas
            .iter()
            .filter_map(|a| ends_at(a, &plan.title).map(|e| (e, a)))
            .max_by_key(|(e, _)| *e)
            .map(|(_, a)| a)
            .or_else(|| {
                std.project_areas
                    .iter()
                    .find(|a| ends_at(a, &plan.path).is_some())
            });
        let named = plan
            .title
            .contains("项目")
            .then(|| project_name(&plan.title))
            .flatten();
        let name = match (named, area) {
            (Some(n), _) => n,
            (None, Some(a)) => a.name.clone(),
            (None, None) => continue,
        };
        if out.iter().any(|p| p.name == name) {
            continue;
        }
        // A project that joins subjects ("老旧小区消防与燃气安全提升") takes the words of each.
        let joined = name.contains(['与', '和', '及', '、']);
        let areas = area.into_iter().chain(
            std.project_areas
                .iter()
                .filter(|a| joined && ends_at(a, &name).is_some()),
        );
        let mut keywords = vec![name.clone()];
        for a in areas {
            for k in std::iter::once(&a.name).chain(&a.keywords) {
                if !keywords.contains(k) {
                    keywords.push(k.clone());
                }
            }
        }
        // The words a name ends with after its last area word are its subject ("儿童居家防坠落"
        // is about 防坠落): a record may name the project by them alone ("窗户限位器安装登记
        // （儿童防坠落）").
        if let Some(tail) = subject_tail(&name, std)
            && !keywords.iter().any(|k| k == tail)
        {
            keywords.push(tail.to_string());
        }
        // A bracket after a word names the same thing otherwise ("小作坊（三小场所）用电").
        let aliases = BRACKET_AFTER_WORD
            .captures(&crate::archive::fold_script(&plan.title))
            .and_then(|c| {
                let whole = c.get(0)?;
                let title = &plan.title;
                let renamed = format!(
                    "{}{}{}",
                    &title[..c.get(1)?.start()],
                    &c[2],
                    &title[whole.end()..]
                );
                project_name(&renamed)
            })
            .filter(|alias| *alias != name)
            .into_iter()
            .collect();
        out.push(Project {
            name,
            aliases,
            keywords,
        });
    }
    // A project group the community set up ("决定成立…居家安全6个安全促进项目组") is a project it
    // committed to, plan or not: one without a plan is the gap.
    for group in project_groups(&docs) {
        let core = PROJECT_SUFFIX.replace(&group, "").into_owned();
        let known = out.iter().any(|p| {
            std::iter::once(&p.name)
                .chain(&p.aliases)
                .any(|n| same_project(n, &core))
        });
        if !known && core.chars().count() >= 2 {
            out.push(Project {
                keywords: vec![group.clone(), core.clone()],
                name: core,
                aliases: Vec::new(),
            });
        }
    }
    out
}

/// The groups a document sets up, counted: "决定成立老年人防跌倒、儿童安全…居家安全6个安全促进
/// 项目组", "下设…6个安全促进项目组".
static GROUP_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:成立|下设|设立|组建)(?:了)?((?:\p{Han}{2,12}、)+\p{Han}{2,12}?)(?:等)?([\d一二三四五六七八九十两]{1,2})个(?:安全促进|促进)?项目组")
        .unwrap()
});

/// The project groups the archive's documents set up, in order: only where the count they give
/// agrees with the names they list, so a roster's or a plan's passing mention makes no project.
fn project_groups(docs: &[&Document]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for doc in docs {
        if !doc.text.contains("项目组") {
            continue;
        }
        for c in GROUP_LIST.captures_iter(&doc.text) {
            let names: Vec<&str> = c[1].split('、').collect();
            let count = c[2].parse().ok().or_else(|| chinese_number(&c[2]));
            if count != Some(names.len() as u32) {
                continue;
            }
            for name in names {
                if !out.iter().any(|n| n == name) {
                    out.push(name.to_string());
                }
            }
        }
    }
    out
}

/// Whether a project name and a group's name are one project: one ends with the other, as a
/// Chinese name says its subject last ("道路交通" and "交通"; "老年人居家防跌倒" is not "居家"), or
/// the longer holds every character of the shorter, four or more, in order ("老年人居家防跌倒" and
/// "老年人防跌倒").
fn same_project(name: &str, core: &str) -> bool {
    let strip = |s: &str| s.trim_end_matches("安全").to_string();
    let (a, b) = (strip(name), strip(core));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a.ends_with(b.as_str()) || b.ends_with(a.as_str()) {
        return true;
    }
    let (long, short) = if a.len() >= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let mut rest = long.chars();
    short.chars().count() >= 4 && short.chars().all(|c| rest.any(|x| x == c))
}

/// What a project's name says after the last word of any project area, when that is at least two
/// Chinese characters: "防坠落" of "儿童居家防坠落"; none for "老年人居家防跌倒", which ends with one.
fn subject_tail<'n>(name: &'n str, std: &Standard) -> Option<&'n str> {
    let end = std
        .project_areas
        .iter()
        .flat_map(|a| std::iter::once(&a.name).chain(&a.keywords))
        .filter_map(|k| name.rfind(k.as_str()).map(|i| i + k.len()))
        .max()?;
    let tail = &name[end..];
    (tail.chars().count() >= 2 && tail.chars().all(is_han)).then_some(tail)
}

/// A word and, in brackets right after it, another name for it: "小作坊（三小场所）".
static BRACKET_AFTER_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{Han}{2,6})[（(](\p{Han}{2,8})[)）]").unwrap());
/// A title issuing or reporting on several projects at once: "…等四个项目", "六个安全促进项目".
static SEVERAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"等[一二三四五六七八九十两\d]{1,3}[个项]|[二三四五六七八九十两\d]{1,3}个(?:安全)?(?:促进)?项目")
        .unwrap()
});

/// A section heading's ordinal at the start of a line: 一、 （二） 3、 4．
static SECTION_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、．])")
        .unwrap()
});

/// The elements of the documents a compilation holds, a section each ("制度汇编": "一、促进委员会
/// 工作制度", "七、伤害监测报告制度" …): each section heading that names the compilation's own
/// generic kind (whose element its title tells) is a document of it, filed under the element its
/// title names. None unless at least two sections are (a plan's "一、指导思想" names no plan).
fn elements_in_sections(doc: &Document, std: &Standard) -> Vec<String> {
    let schema = ArchiveSchema::builtin();
    if schema.kind(&doc.kind).is_none_or(|k| !k.generic) {
        return Vec::new();
    }
    let mut named: Vec<String> = Vec::new();
    let mut sections = 0;
    for line in doc.text.lines() {
        if line.chars().count() > PROJECT_HEADING_CHARS || !SECTION_ORDINAL.is_match(line) {
            continue;
        }
        let heading = SECTION_ORDINAL.replace(line, "");
        if crate::infer::classify::kind_named(&heading, schema).is_none_or(|k| k.id != doc.kind) {
            continue;
        }
        sections += 1;
        if let Some(e) = element_of_title(&heading, std)
            && !named.contains(&e)
        {
            named.push(e);
        }
    }
    if sections >= 2 { named } else { Vec::new() }
}

/// The longest section heading naming a project, in characters.
const PROJECT_HEADING_CHARS: usize = 40;

/// The projects a report of several takes one by one, a section each ("一、高层住宅电动车消防安全
/// 项目", "二、老年人居家防跌倒项目"): the report is each one's. None unless at least two are.
pub(crate) fn projects_in_sections(doc: &Document, projects: &[Project]) -> Vec<String> {
    let mut named: Vec<String> = Vec::new();
    for line in doc.text.lines() {
        let first = line.trim_start().chars().next();
        if !first.is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十（(".contains(c))
            || line.chars().count() > PROJECT_HEADING_CHARS
            || !SECTION_ORDINAL.is_match(line)
        {
            continue;
        }
        let line = crate::archive::fold_script(line);
        if let Some(p) = named_in_full(&line, projects)
            && !named.contains(&p.name)
        {
            named.push(p.name.clone());
        }
    }
    if named.len() >= 2 { named } else { Vec::new() }
}
static PARENTHESES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"（[^）]*）|\([^)]*\)|《|》").unwrap());
static PROJECT_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:安全)?(?:促进)?(?:项目)(?:组)?(?:实施|工作|干预)?(?:方案|计划|计划书|策划书)?.*$",
    )
    .unwrap()
});

/// A project's name from its plan's title: "大林镇老年人防跌倒安全促进项目实施方案" → 老年人防跌倒.
fn project_name(title: &str) -> Option<String> {
    let title = PARENTHESES
        .replace_all(&crate::archive::fold_script(title), "")
        .into_owned();
    let title = title.trim_start_matches(|c: char| !is_han(c));
    let head = PROJECT_SUFFIX.replace(title, "");
    // The community's name before it (大林镇, 华宇化工园区) is not the project's.
    let schema = ArchiveSchema::builtin();
    let head = schema
        .community_suffixes
        .iter()
        .filter_map(|s| head.find(s.as_str()).map(|i| (i, s.len())))
        .filter(|&(i, _)| i > 0 && head[..i].chars().count() <= 8)
        .map(|(i, len)| &head[i + len..])
        .min_by_key(|h| h.len())
        .unwrap_or(&head);
    let head = head.trim_matches(|c: char| !is_han(c));
    (2..=16)
        .contains(&head.chars().count())
        .then(|| head.to_string())
}

/// Projects for indexing one document at a time: those of `zicha.yaml`, else every area of the
/// standard (the audit narrows them to those the archive's plans name).
pub(crate) fn projects_for_index(config: Option<&ArchiveConfig>, std: &Standard) -> Vec<Project> {
    match config {
        Some(c) if !c.projects.is_empty() => projects(Some(c), std, std::iter::empty()),
        _ => std
            .project_areas
            .iter()
            .map(|area| Project {
                name: area.name.clone(),
                aliases: Vec::new(),
                keywords: std::iter::once(area.name.clone())
                    .chain(area.keywords.iter().cloned())
                    .collect(),
            })
            .collect(),
    }
}

/// The project a document belongs to: declared, else the first whose words its title names, else
/// its folders (innermost first).
/// Whether title `s` names the project `name` in full, or its words around 安全 in order
/// ("电动自行车安全充电" in "生活区电动自行车集中充电设施竣工验收记录").
fn names_project(s: &str, name: &str) -> bool {
    if s.contains(name) {
        return true;
    }
    if !name.contains("安全") {
        return false;
    }
    let (mut at, mut words) = (0, 0);
    for w in name.split("安全").filter(|w| w.chars().count() >= 2) {
        match s[at..].find(w) {
            Some(i) => {
                at += i + w.len();
                words += 1;
            }
            None => return false,
        }
    }
    words >= 2
}

/// The project `s` names in full, by its name or another name it goes by; of several, the
/// longest name, and of equals the first listed.
fn named_in_full<'a>(s: &str, projects: &'a [Project]) -> Option<&'a Project> {
    // `rev` so that of equals the first listed wins.
    projects
        .iter()
        .rev()
        .filter(|p| {
            std::iter::once(&p.name)
                .chain(&p.aliases)
                .any(|n| names_project(s, n))
        })
        .max_by_key(|p| p.name.len())
}

pub(crate) fn project_of(doc: &Document, projects: &[Project]) -> Option<String> {
    if let Some(p) = &doc.declared_project {
        return Some(p.clone());
    }
    // The project named in full first ("职业健康促进项目实施方案" is 职业健康's, though its area
    // words also fit 承包商及特种作业), then the one whose words stand latest, as Chinese titles
    // name their subject last.
    let hit = |s: &str| {
        named_in_full(s, projects)
            .or_else(|| {
                projects
                    .iter()
                    .rev()
                    .filter_map(|p| {
                        let end = p
                            .keywords
                            .iter()
                            // The first character first: a full search per keyword of every
                            // project is the audit's cost on 10,000 titles.
                            .filter(|k| k.chars().next().is_some_and(|c| s.contains(c)))
                            .filter_map(|k| s.rfind(k.as_str()).map(|at| at + k.len()))
                            .max()?;
                        Some((end, p))
                    })
                    .max_by_key(|(end, _)| *end)
                    .map(|(_, p)| p)
            })
            .map(|p| p.name.clone())
    };
    let title = crate::archive::fold_script(&doc.title);
    // A bracket inside a name ("小作坊（三小场所）用电安全…") hides the name around it.
    let unbracketed = PARENTHESES.replace_all(&title, "");
    (unbracketed.len() < title.len())
        .then(|| named_in_full(&unbracketed, projects).map(|p| p.name.clone()))
        .flatten()
        .or_else(|| hit(&title))
        .or_else(|| doc.folders.iter().rev().find_map(|f| hit(f)))
}

/// Whether a folder of the document (not a stage folder) names one of the projects.
fn filed_in_project(doc: &Document, projects: &[Project]) -> bool {
    doc.folders.iter().filter(|f| !stage_folder(f)).any(|f| {
        projects
            .iter()
            .any(|p| p.keywords.iter().any(|k| f.contains(k.as_str())))
    })
}

/// The period in force and where it came from.
pub(crate) struct FoundPeriod {
    pub period: Period,
    pub source: PeriodSource,
    /// The file it was read from.
    pub file: Option<String>,
}

static PERIOD_YM: LazyLock<Regex> = LazyLock::new(|| {
    // "自2024年6月1日起至2026年5月31日止" is how official documents write it.
    Regex::new(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?:份)?\s*(?:起|开始)?\s*(?:至|到|—+|–|-|~|～)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
        .unwrap()
});
static PERIOD_Y: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:19|20)\d{2})\s*(?:年|年度)?\s*(?:至|到|—+|–|-|~|～)\s*((?:19|20)\d{2})\s*(?:年|年度)",
    )
    .unwrap()
});

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// A period as a text states it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct StatedPeriod {
    pub period: Period,
    /// Written to the month ("2023年10月至2026年9月"), not as years only.
    pub to_the_month: bool,
    /// Named as the creation period ("创建周期为…").
    pub named: bool,
}

/// Creation periods written in a text ("2022年7月至2025年6月", "2023—2025年", 二〇二二年七月 …),
/// when a period word stands in the same sentence; the years or phases of a longer period stated
/// in the same text are left out.
pub(crate) fn periods_in_text(text: &str) -> Vec<StatedPeriod> {
    let schema = ArchiveSchema::builtin();
    let words = &schema.period_words;
    let mut out: Vec<StatedPeriod> = Vec::new();
    for sentence in unwrapped(text).split(['。', '；', '\n']) {
        if !words.iter().any(|w| sentence.contains(w.as_str())) {
            continue;
        }
        let named = schema
            .period_names
            .iter()
            .any(|w| sentence.contains(w.as_str()));
        // Digits only where a period may be written: the whole text need not be converted.
        let sentence = &crate::infer::date::normalize_digits(
            &crate::infer::date::hanzi_dates_to_digits(sentence),
        );
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for c in PERIOD_YM.captures_iter(sentence) {
            let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let (Some(y1), Some(m1), Some(y2), Some(m2)) = (n(1), n(2), n(4), n(5)) else {
                continue;
            };
            let start = NaiveDate::from_ymd_opt(y1 as i32, m1, n(3).unwrap_or(1));
            let end = match n(6) {
                Some(d) => NaiveDate::from_ymd_opt(y2 as i32, m2, d),
                None => last_day(y2 as i32, m2),
            };
            if let (Some(start), Some(end)) = (start, end) {
                out.push(StatedPeriod {
                    period: Period::new(start, end),
                    to_the_month: true,
                    named,
                });
                let m = c.get(0).expect("match");
                taken.push((m.start(), m.end()));
            }
        }
        for c in PERIOD_Y.captures_iter(sentence) {
            let m = c.get(0).expect("match");
            if taken.iter().any(|&(s, e)| m.start() < e && s < m.end()) {
                continue;
            }
            let (Ok(y1), Ok(y2)) = (c[1].parse::<i32>(), c[2].parse::<i32>()) else {
                continue;
            };
            if let (Some(start), Some(end)) = (
                NaiveDate::from_ymd_opt(y1, 1, 1),
                NaiveDate::from_ymd_opt(y2, 12, 31),
            ) {
                out.push(StatedPeriod {
                    period: Period::new(start, end),
                    to_the_month: false,
                    named,
                });
            }
        }
    }
    // A creation runs one to six years; anything else is another kind of range.
    out.retain(|s| {
        let days = (s.period.end - s.period.start).num_days();
        (300..=6 * 366).contains(&days)
    });
    // A period inside another one of the same text is a year or phase of it ("第二创建年度为
    // 2024年3月至2025年2月").
    let all: Vec<Period> = out.iter().map(|s| s.period).collect();
    out.retain(|s| {
        let p = &s.period;
        !all.iter()
            .any(|q| q != p && q.start <= p.start && p.end <= q.end)
    });
    out
}

/// The text with lines a PDF's text layer broke at the page width joined again: a long line that
/// ends inside a sentence (not at 。；：！？ or a closing bracket) goes on with the next line, so a
/// period wrapped as "…至2025年5月31" / "日…" is read whole.
fn unwrapped(text: &str) -> std::borrow::Cow<'_, str> {
    const WRAP_WIDTH: usize = 24;
    let lines: Vec<&str> = text.lines().collect();
    let wraps = |l: &str| {
        l.chars().count() >= WRAP_WIDTH
            && !l.contains('\t')
            && l.chars().last().is_some_and(|c| {
                !matches!(
                    c,
                    '。' | '；' | '：' | '！' | '？' | '）' | ')' | '」' | '”'
                )
            })
    };
    if !lines.iter().any(|l| wraps(l)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in lines {
        out.push_str(line);
        if !wraps(line) {
            out.push('\n');
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The period in force: `zicha.yaml`'s, else the one the archive's plans, notices and reports
/// state (one named as the creation period first, then one written to the month, then the most
/// often stated, a title counting double; ties go to the earliest document),
/// else the two calendar years ending with the latest dated document.
pub(crate) fn period(
    config: Option<&ArchiveConfig>,
    docs: &[Document],
    today_year: i32,
) -> FoundPeriod {
    if let Some(p) = config.and_then(|c| c.period) {
        return FoundPeriod {
            period: p,
            source: PeriodSource::Config,
            file: None,
        };
    }
    let schema = ArchiveSchema::builtin();
    // Per period: (named as the creation period, written to the month, votes), the earliest
    // document stating it and its path.
    type Tally = ((bool, bool, u32), Option<NaiveDate>, String);
    let mut votes: BTreeMap<(NaiveDate, NaiveDate), Tally> = BTreeMap::new();
    for doc in docs {
        let rule_setting = schema.kind(&doc.kind).is_some_and(|k| k.states_rules);
        if !(rule_setting || doc.kind == "review") {
            continue;
        }
        let mut stated: Vec<(StatedPeriod, u32)> = periods_in_text(&doc.title)
            .into_iter()
            .map(|p| (p, 2))
            .collect();
        stated.extend(periods_in_text(&doc.text).into_iter().map(|p| (p, 1)));
        for (s, weight) in stated {
            let entry = votes.entry((s.period.start, s.period.end)).or_insert((
                (false, false, 0),
                doc.date,
                doc.path.clone(),
            ));
            entry.0.0 |= s.named;
            entry.0.1 |= s.to_the_month;
            entry.0.2 += weight;
            if doc.date.is_some() && (entry.1.is_none() || doc.date < entry.1) {
                entry.1 = doc.date;
                entry.2 = doc.path.clone();
            }
        }
    }
    if let Some(((start, end), (_, _, file))) = votes.into_iter().max_by(|a, b| {
        (a.1.0).cmp(&b.1.0).then_with(|| {
            b.1.1
                .unwrap_or(NaiveDate::MAX)
                .cmp(&a.1.1.unwrap_or(NaiveDate::MAX))
        })
    }) {
        return FoundPeriod {
            period: Period::new(start, end),
            source: PeriodSource::Archive,
            file: Some(file),
        };
    }
    let latest = docs
        .iter()
        .filter_map(|d| d.date.map(|x| x.year()).or(d.year))
        .filter(|&y| y <= today_year)
        .max()
        .unwrap_or(today_year);
    FoundPeriod {
        period: Period::two_years_to(latest),
        source: PeriodSource::Inferred,
        file: None,
    }
}

/// A creation year named by its words; one named by two years that follow each other
/// ("2024-2025年度") is `date::creation_year_span`'s.
static CREATION_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"创建年度|第[一二三四五六1-6]个?(?:创建)?年度")
        .expect("creation year pattern compiles")
});

/// Whether the archive works in creation years: a period that does not open in January, and
/// more of the archive's own yearly documents titled by creation year ("第二创建年度…",
/// "2024-2025年度工作计划"; a span of two years is one creation year only when they follow each
/// other) than by calendar year ("2024年度伤害分析报告", "2023年…工作计划"), at least two. Its
/// yearly records are then counted, and its gaps named, by creation year, as its own plans and
/// reviews are; an archive that only evaluates by creation year but plans and reports by
/// calendar year is counted by calendar year.
pub(crate) fn works_in_creation_years(period: &Period, docs: &[Document]) -> bool {
    if period.start.month() == 1 {
        return false;
    }
    let (creation, calendar) = year_titles(docs.iter());
    creation >= 2 && creation > calendar
}

/// Of `docs`, how many are titled by creation year and how many by calendar year (see
/// [`works_in_creation_years`]).
pub(crate) fn year_titles<'d>(docs: impl Iterator<Item = &'d Document>) -> (usize, usize) {
    let schema = ArchiveSchema::builtin();
    let names_creation_year =
        |s: &str| CREATION_YEAR.is_match(s) || crate::infer::date::creation_year_span(s).is_some();
    let (mut creation, mut calendar) = (0, 0);
    for doc in docs {
        if names_creation_year(&doc.title) {
            creation += 1;
        } else if crate::infer::date::single_year(&doc.title).is_some()
            && crate::infer::date::year_month(&doc.title).is_none()
            && (doc.title.contains("年度")
                || schema
                    .kind(&doc.kind)
                    .is_some_and(|k| k.forward || k.backward))
        {
            calendar += 1;
        }
    }
    (creation, calendar)
}

/// Where the community's name came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CommunitySource {
    /// `zicha.yaml` names it.
    Config,
    /// Read from the archive: the bodies that issue its documents, its titles, its folder.
    Inferred,
    /// Not known.
    None,
}

/// The community's name as its documents give it: the name most often found at the head of
/// titles, in the issuing bodies and in the opening lines, ending in one of the schema's suffixes
/// (街道, 镇, 社区, 园区 …); the archive's folder name counts too.
pub(crate) fn community(root: &std::path::Path, docs: &[Document]) -> Option<String> {
    let schema = ArchiveSchema::builtin();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut add = |s: &str| {
        if let Some(name) = community_name(s, schema) {
            *counts.entry(name).or_default() += 1;
        }
    };
    for doc in docs {
        add(&doc.title);
        if let Some(a) = &doc.author {
            add(a);
        }
        for line in doc.text.lines().filter(|l| !l.trim().is_empty()).take(2) {
            add(line);
        }
    }
    if let Some(folder) = root.file_name().and_then(|f| f.to_str()) {
        add(folder);
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.len().cmp(&b.0.len())))
        .map(|(name, _)| name)
}

/// The community's name at the head of `s` ("大林镇人民政府关于…" → 大林镇).
fn community_name(s: &str, schema: &ArchiveSchema) -> Option<String> {
    let s = crate::archive::fold_script(s.trim());
    let head: String = s.chars().take(24).collect();
    // The shortest name that a suffix ends and that is followed by a trailer, a 关于, or nothing.
    let mut best: Option<String> = None;
    for suffix in &schema.community_suffixes {
        let Some(pos) = head.find(suffix.as_str()) else {
            continue;
        };
        let end = pos + suffix.len();
        let name = &head[..end];
        let rest = &head[end..];
        let chars = name.chars().count();
        let ok_rest = rest.is_empty()
            || rest.starts_with("关于")
            || rest.starts_with("安全")
            || rest.starts_with(|c: char| !c.is_alphanumeric())
            || schema
                .community_trailers
                .iter()
                .any(|t| rest.starts_with(t.as_str()));
        let bad = name.contains("安全社区")
            || [
                "全", "本", "各", "该", "我", "辖区", "所在", "关于", "创建", "集团", "公司",
            ]
            .iter()
            .any(|p| name.starts_with(p));
        if (chars > suffix.chars().count() + 1)
            && chars <= 14
            && ok_rest
            && !bad
            && name
                .chars()
                .all(|c| !c.is_ascii_punctuation() && !c.is_whitespace())
            && best.as_ref().is_none_or(|b| name.len() < b.len())
        {
            best = Some(name.to_string());
        }
    }
    best
}

/// The community type where a plan or report states it (城市型, 农村型, 园区型, 企业型).
pub(crate) fn community_type(docs: &[Document]) -> Option<String> {
    const TYPES: [&str; 4] = ["城市型", "农村型", "园区型", "企业型"];
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for doc in docs {
        for t in TYPES {
            if doc.text.contains(t) {
                *counts.entry(t).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(_, n)| n)
        .map(|(t, _)| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(title: &str) -> Document {
        let mut doc = crate::archive::tests_support::document(&format!("{title}.docx"), "plan");
        doc.title = title.to_string();
        doc
    }

    #[test]
    fn a_period_written_from_to_with_its_years_wrapped_by_the_page_is_the_whole_period() {
        // As a stamped PDF's text layer gives it: official wording (自…起至…止), and the two
        // creation years of the period broken across lines at the page width.
        let text = "三、创建周期\n本次创建周期为两年，自2024年6月1日起至2026年5月31日止。为便于计划和\n\
                    评审，创建周期分为两个创建年度：第一创建年度为2024年6月1日至2025年5月31\n\
                    日，第二创建年度为2025年6月1日至2026年5月31日。年度目标、年度工作计划和\n";
        let found = periods_in_text(text);
        let whole = Period::new(
            NaiveDate::from_ymd_opt(2024, 6, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 5, 31).unwrap(),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].period, whole);
        assert!(found[0].named && found[0].to_the_month);
        // Lines of a table are not joined: each row is its own line.
        let table =
            "时间\t安全社区创建工作内容安排说明\n2024年6月\t启动会议和成立促进委员会等工作\n";
        assert!(matches!(unwrapped(table), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn a_project_group_set_up_without_a_plan_is_a_project_and_one_with_a_plan_is_not_twice() {
        let std = Standard::builtin("aqt9001-2006").unwrap();
        let mut notice = crate::archive::tests_support::document("项目组通知.docx", "notice");
        notice.text =
            "决定成立老年人防跌倒、交通安全、居家安全3个安全促进项目组及数据统计组。".into();
        let mut roster = crate::archive::tests_support::document("名单.xlsx", "roster");
        // A roster's rows, or a list whose count disagrees, set up nothing.
        roster.text = "应急救援项目组\t组长\n成立消防、燃气、应急救援2个项目组".into();
        let docs = [
            plan("老年人居家防跌倒安全促进项目实施方案"),
            plan("道路交通安全促进项目实施方案"),
            notice,
            roster,
        ];
        let names: Vec<String> = projects(None, &std, docs.iter())
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["老年人居家防跌倒", "道路交通", "居家安全"]);
    }

    #[test]
    fn a_project_is_named_as_its_plan_names_it_and_takes_the_words_of_each_subject_it_joins() {
        let std = Standard::builtin("aqt9001-2006").unwrap();
        let docs = [
            plan("老旧小区消防与燃气安全提升项目实施方案"),
            plan("校园周边道路交通安全促进项目实施方案"),
        ];
        let found = projects(None, &std, docs.iter());
        assert_eq!(found[0].name, "老旧小区消防与燃气安全提升");
        assert!(found[0].keywords.iter().any(|k| k == "消防"));
        assert!(found[0].keywords.iter().any(|k| k == "燃气"));
        assert_eq!(found[1].name, "校园周边道路交通");
        assert!(found[1].keywords.iter().any(|k| k == "交通"));
        assert!(
            !found[1].keywords.iter().any(|k| k == "学生"),
            "a school's street is about traffic, not schools"
        );
    }
}
