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
    /// Whether the audit counts by creation years (the twelve months from the period's first
    /// month) rather than by calendar years: set when the archive itself works in creation years
    /// ("第二创建年度", "2024-2025年度工作计划") over a period that does not start in January,
    /// or when `zicha.yaml` says so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub creation_years: bool,
}

impl Period {
    /// Whether `date` lies inside.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// A period counted by calendar years.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Period {
        Period {
            start,
            end,
            creation_years: false,
        }
    }

    /// The calendar years the period touches, each with the fraction of it covered (by months).
    pub fn calendar_years(&self) -> Vec<(i32, f64)> {
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

    /// The years the audit counts by, each named by its label year (see [`Period::year_of`]) with
    /// the fraction of it the period covers: calendar years, or creation years.
    pub fn years(&self) -> Vec<(i32, f64)> {
        if !self.creation_years {
            return self.calendar_years();
        }
        self.creation_year_spans()
            .into_iter()
            .map(|w| {
                let months = (w.end.year() - w.start.year()) * 12 + w.end.month() as i32
                    - w.start.month() as i32
                    + 1;
                (self.year_of(w.start), f64::from(months) / 12.0)
            })
            .collect()
    }

    /// The year `date` is counted in: its calendar year, or, counting by creation years, the
    /// calendar year holding most of its creation year (June 2025 – May 2026 is 2025's; October
    /// 2024 – September 2025 is 2025's), as a report on a creation year is filed.
    pub fn year_of(&self, date: NaiveDate) -> i32 {
        if !self.creation_years {
            return date.year();
        }
        let first = self.creation_year_start(date);
        if self.start.month() <= 7 {
            first.year()
        } else {
            first.year() + 1
        }
    }

    /// The creation year holding `year`'s label, when counting by creation years: its ordinal
    /// (1 for the first) and its first and last day inside the period.
    pub fn creation_year(&self, year: i32) -> Option<CreationYear> {
        if !self.creation_years {
            return None;
        }
        self.creation_year_spans()
            .into_iter()
            .find(|w| self.year_of(w.start) == year)
    }

    /// The first day of the month that opens the creation year holding `date`.
    fn creation_year_start(&self, date: NaiveDate) -> NaiveDate {
        let index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        let k = (index(date) - index(self.start)).div_euclid(12);
        let first = index(self.start) + 12 * k;
        NaiveDate::from_ymd_opt(first.div_euclid(12), first.rem_euclid(12) as u32 + 1, 1)
            .unwrap_or(self.start)
    }

    /// The creation years of the period, each cut to the period.
    fn creation_year_spans(&self) -> Vec<CreationYear> {
        let mut out = Vec::new();
        let mut start = self.start;
        let mut ordinal = 1;
        while start <= self.end && ordinal <= 100 {
            let next = start
                .with_day(1)
                .and_then(|d| d.checked_add_months(chrono::Months::new(12)))
                .unwrap_or(NaiveDate::MAX);
            let end = next.pred_opt().unwrap_or(next).min(self.end);
            out.push(CreationYear {
                ordinal,
                start,
                end,
            });
            start = next;
            ordinal += 1;
        }
        out
    }

    /// The two calendar years ending with `year` (the national rule asks two years of work).
    pub fn two_years_to(year: i32) -> Period {
        Period::new(
            NaiveDate::from_ymd_opt(year - 1, 1, 1).expect("valid date"),
            NaiveDate::from_ymd_opt(year, 12, 31).expect("valid date"),
        )
    }
}

/// One creation year of a period counted by creation years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreationYear {
    /// 1 for the first year of the period.
    pub ordinal: u32,
    /// Its first day inside the period.
    pub start: NaiveDate,
    /// Its last day inside the period.
    pub end: NaiveDate,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn creation_years_run_from_the_periods_first_month_and_take_the_year_holding_most_of_them() {
        let mut june = Period::new(day(2024, 6, 1), day(2026, 5, 31));
        assert_eq!(
            june.years(),
            vec![(2024, 7.0 / 12.0), (2025, 1.0), (2026, 5.0 / 12.0)]
        );
        june.creation_years = true;
        assert_eq!(june.years(), vec![(2024, 1.0), (2025, 1.0)]);
        assert_eq!(june.year_of(day(2025, 5, 31)), 2024);
        assert_eq!(june.year_of(day(2025, 6, 1)), 2025);
        // Dates outside the period fall in the creation year they would belong to.
        assert_eq!(june.year_of(day(2024, 3, 1)), 2023);
        let second = june.creation_year(2025).unwrap();
        assert_eq!(
            (second.ordinal, second.start, second.end),
            (2, day(2025, 6, 1), day(2026, 5, 31))
        );
        // From October, most of a creation year lies in the year it ends in.
        let october = Period {
            creation_years: true,
            ..Period::new(day(2023, 10, 1), day(2026, 3, 31))
        };
        assert_eq!(october.years(), vec![(2024, 1.0), (2025, 1.0), (2026, 0.5)]);
        assert_eq!(october.year_of(day(2024, 9, 30)), 2024);
        assert_eq!(october.creation_year(2026).unwrap().end, day(2026, 3, 31));
    }
}
