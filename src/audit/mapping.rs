//! Tying documents to the standard: which elements a document is filed under (declared, or its
//! folders), which safety-promotion project it belongs to, and the assessment period in force.

use std::sync::LazyLock;

use chrono::Datelike;
use regex::Regex;

use crate::archive::Document;
use crate::config::{ArchiveConfig, Period, ProjectConfig};
use crate::standard::Standard;

/// A project with the words that find its documents.
#[derive(Debug, Clone)]
pub(crate) struct Project {
    pub name: String,
    pub keywords: Vec<String>,
}

/// Where the period came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodSource {
    /// `zicha.yaml` names it.
    Config,
    /// The two calendar years ending with the latest dated document.
    Inferred,
}

static ELEMENT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:要素|指标|一级指标)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})").unwrap()
});

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
    if let Some(c) = ELEMENT_NUMBER.captures(folder) {
        let n = chinese_number(&c[1])?.to_string();
        if std.elements.iter().any(|e| e.id.value == n) {
            return Some(n);
        }
    }
    let mut best: Option<(usize, usize, &str)> = None;
    for element in &std.elements {
        for word in element
            .folders
            .iter()
            .chain(std::iter::once(&element.title))
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

/// Elements a document is filed under: declared, else those its folders name, else the element
/// its kind belongs to (a project's plans and records under the project element).
pub(crate) fn filed_elements(doc: &Document, std: &Standard) -> Vec<String> {
    if let Some(declared) = &doc.declared_elements {
        return declared.clone();
    }
    let mut out: Vec<String> = Vec::new();
    for e in doc
        .folders
        .iter()
        .rev()
        .filter_map(|f| element_of_folder(f, std))
    {
        if !out.contains(&e) {
            out.push(e);
        }
    }
    if out.is_empty() {
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
        out.extend(project.or_else(|| by(|e| &e.kinds)));
    }
    out
}

/// The community's projects: from `zicha.yaml`, else the standard's areas that the archive's
/// plans and project folders name.
pub(crate) fn projects(
    config: Option<&ArchiveConfig>,
    std: &Standard,
    docs: &[Document],
) -> Vec<Project> {
    if let Some(c) = config
        && !c.projects.is_empty()
    {
        return c
            .projects
            .iter()
            .map(|p: &ProjectConfig| Project {
                name: p.name().to_string(),
                keywords: p.keywords(),
            })
            .collect();
    }
    std.project_areas
        .iter()
        .filter(|area| {
            docs.iter().any(|d| {
                let projecty =
                    d.kind == "plan" && (d.title.contains("项目") || d.path.contains("项目"));
                projecty
                    && area
                        .keywords
                        .iter()
                        .chain(std::iter::once(&area.name))
                        .any(|k| d.title.contains(k.as_str()) || d.path.contains(k.as_str()))
            })
        })
        .map(|area| Project {
            name: area.name.clone(),
            keywords: std::iter::once(area.name.clone())
                .chain(area.keywords.iter().cloned())
                .collect(),
        })
        .collect()
}

/// Projects for indexing one document at a time: those of `zicha.yaml`, else every area of the
/// standard (the audit narrows them to those the archive's plans name).
pub(crate) fn projects_for_index(config: Option<&ArchiveConfig>, std: &Standard) -> Vec<Project> {
    match config {
        Some(c) if !c.projects.is_empty() => projects(Some(c), std, &[]),
        _ => std
            .project_areas
            .iter()
            .map(|area| Project {
                name: area.name.clone(),
                keywords: std::iter::once(area.name.clone())
                    .chain(area.keywords.iter().cloned())
                    .collect(),
            })
            .collect(),
    }
}

/// The project a document belongs to: declared, else the first whose words its title names, else
/// its folders (innermost first).
pub(crate) fn project_of(doc: &Document, projects: &[Project]) -> Option<String> {
    if let Some(p) = &doc.declared_project {
        return Some(p.clone());
    }
    let hit = |s: &str| {
        projects
            .iter()
            .find(|p| p.keywords.iter().any(|k| s.contains(k.as_str())))
            .map(|p| p.name.clone())
    };
    hit(&crate::archive::fold_script(&doc.title))
        .or_else(|| doc.folders.iter().rev().find_map(|f| hit(f)))
}

/// The period in force and where it came from.
pub(crate) fn period(
    config: Option<&ArchiveConfig>,
    docs: &[Document],
    today_year: i32,
) -> (Period, PeriodSource) {
    if let Some(p) = config.and_then(|c| c.period) {
        return (p, PeriodSource::Config);
    }
    let latest = docs
        .iter()
        .filter_map(|d| d.date.map(|x| x.year()).or(d.year))
        .filter(|&y| y <= today_year)
        .max()
        .unwrap_or(today_year);
    (Period::two_years_to(latest), PeriodSource::Inferred)
}
