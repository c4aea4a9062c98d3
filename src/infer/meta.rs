//! Declared metadata: YAML front matter of a Markdown file or a `NAME.meta.yaml` sidecar beside any
//! file. Declared values override inferred ones; a malformed block is reported and ignored.

use chrono::NaiveDate;
use serde::Deserialize;

use super::date::parse_date;
use crate::i18n::Lang;

/// What an archivist may declare about a document.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DeclaredMeta {
    /// 题名.
    #[serde(default, alias = "题名")]
    pub title: Option<String>,
    /// Kind id (`minutes`) or its Chinese name (会议纪要).
    #[serde(default, alias = "类型")]
    pub kind: Option<String>,
    /// 日期 (2024-03-12, 2024年3月12日 …).
    #[serde(default, alias = "日期")]
    pub date: Option<String>,
    /// 责任者.
    #[serde(default, alias = "责任者")]
    pub author: Option<String>,
    /// 保管期限.
    #[serde(default, alias = "保管期限")]
    pub retention: Option<String>,
    /// 档号 / 件号.
    #[serde(default, alias = "档号")]
    pub reference: Option<String>,
    /// Element ids it evidences.
    #[serde(default, alias = "要素")]
    pub elements: Option<Vec<String>>,
    /// Safety-promotion project.
    #[serde(default, alias = "项目")]
    pub project: Option<String>,
    /// Participant count.
    #[serde(default, alias = "参加人数")]
    pub participants: Option<u32>,
    /// Free tags (ignored by the audit, kept for search).
    #[serde(default)]
    pub tags: Vec<String>,
}

/// Declared metadata, checked.
#[derive(Debug, Clone, Default)]
pub(crate) struct Meta {
    pub raw: DeclaredMeta,
    pub date: Option<NaiveDate>,
}

/// Parses a YAML block. `Err` carries a message with the line in the file.
pub(crate) fn parse(yaml: &str, first_line: usize, lang: Lang) -> Result<Meta, String> {
    if yaml.trim().is_empty() {
        return Ok(Meta::default());
    }
    let raw: DeclaredMeta = serde_saphyr::from_str(yaml).map_err(|e| {
        let line = e.location().map_or(0, |l| l.line() as usize);
        let msg = e.to_string();
        let msg = msg.lines().next().unwrap_or("").trim();
        match lang {
            Lang::Zh => format!(
                "第 {} 行：元数据 YAML 无效：{msg}",
                line + first_line.saturating_sub(1)
            ),
            Lang::En => format!(
                "line {}: invalid metadata YAML: {msg}",
                line + first_line.saturating_sub(1)
            ),
        }
    })?;
    let date = match raw.date.as_deref() {
        None => None,
        Some(s) => Some(parse_date(s).ok_or_else(|| match lang {
            Lang::Zh => format!("日期“{s}”无法识别，请写成 2024-03-12 或 2024年3月12日"),
            Lang::En => format!("date \"{s}\" not understood; write it as 2024-03-12"),
        })?),
    };
    Ok(Meta { raw, date })
}
