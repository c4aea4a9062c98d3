//! `zicha.yaml` at the archive root: the community, its type, the assessment period, the standard
//! and local overrides. Everything is optional; archivists need not write it.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The archive's own settings.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveConfig {
    /// Name of the community (社区名称).
    #[serde(default)]
    pub community: Option<String>,
    /// 城市型 / 农村型 / 园区型 / 企业型.
    #[serde(default, rename = "type")]
    pub community_type: Option<CommunityType>,
    /// The assessment period (评定期).
    #[serde(default)]
    pub period: Option<Period>,
    /// A built-in standard id or a path to a standard file (relative to the archive).
    #[serde(default)]
    pub standard: Option<String>,
    /// Overrides of the standard's parameters.
    #[serde(default)]
    pub parameters: BTreeMap<String, f64>,
    /// The community's safety-promotion projects.
    #[serde(default)]
    pub projects: Vec<ProjectConfig>,
    /// The CI gate: thresholds and severities per diagnostic code.
    #[serde(default)]
    pub gate: Option<crate::audit::Gate>,
}

/// The four types of safe community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum CommunityType {
    /// 城市型.
    #[serde(rename = "城市型", alias = "urban")]
    Urban,
    /// 农村型.
    #[serde(rename = "农村型", alias = "rural")]
    Rural,
    /// 园区型.
    #[serde(rename = "园区型", alias = "park")]
    Park,
    /// 企业型.
    #[serde(rename = "企业型", alias = "enterprise")]
    Enterprise,
}

impl CommunityType {
    /// The Chinese name.
    pub fn as_str(self) -> &'static str {
        match self {
            CommunityType::Urban => "城市型",
            CommunityType::Rural => "农村型",
            CommunityType::Park => "园区型",
            CommunityType::Enterprise => "企业型",
        }
    }
}

/// An inclusive date range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

impl Period {
    /// Whether `date` lies inside.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The calendar years the period touches, each with the fraction of it covered (by months).
    pub fn years(&self) -> Vec<(i32, f64)> {
        (self.start.year()..=self.end.year())
            .map(|y| {
                let first = if y == self.start.year() {
                    self.start.month()
                } else {
                    1
                };
                let last = if y == self.end.year() {
                    self.end.month()
                } else {
                    12
                };
                (y, f64::from(last + 1 - first) / 12.0)
            })
            .collect()
    }

    /// The two calendar years ending with `year` (the national rule asks two years of work).
    pub fn two_years_to(year: i32) -> Period {
        Period {
            start: NaiveDate::from_ymd_opt(year - 1, 1, 1).expect("valid date"),
            end: NaiveDate::from_ymd_opt(year, 12, 31).expect("valid date"),
        }
    }
}

/// A safety-promotion project, by name or with the words that find its documents.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(untagged)]
pub enum ProjectConfig {
    /// Just a name; the name and its core words find the documents.
    Name(String),
    /// A name and keywords.
    Full {
        /// Project name (燃气使用安全).
        name: String,
        /// Words in titles and folders that mark its documents.
        #[serde(default)]
        keywords: Vec<String>,
    },
}

impl ProjectConfig {
    /// The project's name.
    pub fn name(&self) -> &str {
        match self {
            ProjectConfig::Name(n) | ProjectConfig::Full { name: n, .. } => n,
        }
    }

    /// Words that find its documents (the name without 安全/项目 when none are given).
    pub fn keywords(&self) -> Vec<String> {
        match self {
            ProjectConfig::Full { keywords, .. } if !keywords.is_empty() => keywords.clone(),
            _ => {
                let name = self.name();
                let core = name.trim_end_matches("项目").trim_end_matches("安全");
                let mut k = vec![name.to_string()];
                if core.chars().count() >= 2 && core != name {
                    k.push(core.to_string());
                }
                k
            }
        }
    }
}

impl ArchiveConfig {
    /// File name of the archive config.
    pub const FILE_NAME: &'static str = "zicha.yaml";

    /// Reads `zicha.yaml` in `root`, if there is one.
    pub fn load(root: &Path) -> Result<Option<ArchiveConfig>> {
        let path = root.join(Self::FILE_NAME);
        if !path.is_file() {
            return Ok(None);
        }
        // A link out of the archive would let a file elsewhere set this archive's period and gate.
        let inside = match (path.canonicalize(), root.canonicalize()) {
            (Ok(target), Ok(root)) => target.starts_with(root),
            _ => false,
        };
        if !inside {
            return Err(Error::Config {
                path: path.clone(),
                line: 0,
                message: "zicha.yaml 链接到档案以外的文件，zicha 不读取它 (zicha.yaml links outside the archive; it is not read)".into(),
            });
        }
        let bytes = crate::input::read_bounded(&path, crate::input::TEXT_LIMIT)?;
        let text = String::from_utf8(bytes).map_err(|_| Error::Config {
            path: path.clone(),
            line: 0,
            message: "zicha.yaml 必须是 UTF-8 编码 (zicha.yaml must be UTF-8)".into(),
        })?;
        if text.trim().is_empty() {
            return Ok(Some(ArchiveConfig::default()));
        }
        let config: ArchiveConfig =
            serde_saphyr::from_str(&text).map_err(|e| Error::yaml(&path, &e))?;
        if let Some(p) = config.period
            && p.start > p.end
        {
            return Err(Error::Config {
                path,
                line: line_of(&text, "period"),
                message: format!(
                    "评定期起始日期 {} 晚于结束日期 {} (period start is after its end)",
                    p.start, p.end
                ),
            });
        }
        if let Some(min) = config.gate.as_ref().and_then(|g| g.min_score)
            && !(0.0..=100.0).contains(&min)
        {
            return Err(Error::Config {
                path,
                line: line_of(&text, "min_score"),
                message: format!(
                    "gate.min_score 应为 0 到 100 之间的百分数，而不是 {min} (expected a percentage from 0 to 100)"
                ),
            });
        }
        if let Some(unknown) = config
            .gate
            .as_ref()
            .map(|g| g.unknown_codes())
            .filter(|u| !u.is_empty())
        {
            return Err(Error::Config {
                path,
                line: line_of(&text, &unknown[0]),
                message: format!(
                    "gate.severity 中的未知代码 {} (unknown diagnostic code; `zicha explain` lists them)",
                    unknown.join(", ")
                ),
            });
        }
        Ok(Some(config))
    }
}

/// The line where `key:` first appears, for errors found after parsing.
fn line_of(text: &str, key: &str) -> u64 {
    text.lines()
        .position(|l| l.trim_start().starts_with(&format!("{key}:")))
        .map_or(0, |i| i as u64 + 1)
}
