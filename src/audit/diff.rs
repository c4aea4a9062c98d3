//! Progress between two audit runs: indicators whose grade changed, gaps closed and opened,
//! documents added, removed and changed. Works on the audit JSON (`zicha-audit/1`), so a run saved
//! weeks ago by another version of zicha still compares.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// What changed from one audit to the next (schema `zicha-diff/1`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditDiff {
    /// Always `zicha-diff/1`.
    pub schema: &'static str,
    /// The older run.
    pub old: RunSummary,
    /// The newer run.
    pub new: RunSummary,
    /// Indicators whose points or grades changed, in standard order.
    pub indicators: Vec<IndicatorChange>,
    /// Gaps of the older run that the newer no longer has.
    pub gaps_closed: Vec<GapChange>,
    /// Gaps the newer run has that the older did not.
    pub gaps_opened: Vec<GapChange>,
    /// Documents only in the newer run.
    pub documents_added: Vec<String>,
    /// Documents only in the older run.
    pub documents_removed: Vec<String>,
    /// Documents in both whose content (SHA-256) changed.
    pub documents_changed: Vec<String>,
}

impl AuditDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.old.earned == self.new.earned
            && self.indicators.is_empty()
            && self.gaps_closed.is_empty()
            && self.gaps_opened.is_empty()
            && self.documents_added.is_empty()
            && self.documents_removed.is_empty()
            && self.documents_changed.is_empty()
    }
}

/// The headline of one run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunSummary {
    /// Community name.
    pub community: Option<String>,
    /// Standard id.
    pub standard: String,
    /// Points earned.
    pub earned: f64,
    /// Percent of the possible points.
    pub percent: f64,
    /// `pass`, `rectify` or `fail`.
    pub verdict: String,
}

/// One indicator that changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorChange {
    /// Indicator id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Status before (`met`, `partial`, `missing`; absent when the indicator is new).
    pub old_status: Option<String>,
    /// Status now.
    pub new_status: Option<String>,
    /// Points before.
    pub old_earned: f64,
    /// Points now.
    pub new_earned: f64,
    /// Grades of the parts before, e.g. `a b c`.
    pub old_grades: String,
    /// Grades of the parts now.
    pub new_grades: String,
}

/// A gap of one indicator.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct GapChange {
    /// Indicator id.
    pub indicator: String,
    /// The gap as the report words it.
    pub gap: String,
}

#[derive(Deserialize)]
struct View {
    schema: String,
    #[serde(default)]
    community: Option<String>,
    standard: ViewStandard,
    score: ViewScore,
    elements: Vec<ViewElement>,
    documents: Vec<ViewDocument>,
}

#[derive(Deserialize)]
struct ViewStandard {
    id: String,
}

#[derive(Deserialize)]
struct ViewScore {
    earned: f64,
    percent: f64,
    verdict: String,
}

#[derive(Deserialize)]
struct ViewElement {
    requirements: Vec<ViewIndicator>,
}

#[derive(Deserialize)]
struct ViewIndicator {
    id: String,
    title: String,
    status: String,
    earned: f64,
    #[serde(default)]
    parts: Vec<ViewPart>,
    #[serde(default)]
    gaps: Vec<String>,
    #[serde(default)]
    gap_details: Vec<ViewGap>,
}

/// A gap as the JSON gives it: since gaps carry a code and arguments, two runs compare by those,
/// so the same archive audited in Chinese and in English shows no change.
#[derive(Deserialize)]
struct ViewGap {
    message: String,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    args: Option<serde_json::Value>,
}

impl ViewIndicator {
    /// Each gap under the key two runs compare it by, with its message.
    fn keyed_gaps(&self, by_code: bool) -> BTreeMap<String, &String> {
        if by_code {
            self.gap_details
                .iter()
                .map(|g| {
                    let args = g.args.as_ref().map(|a| a.to_string()).unwrap_or_default();
                    (
                        format!("{}|{args}", g.code.as_deref().unwrap_or("")),
                        &g.message,
                    )
                })
                .collect()
        } else {
            self.gaps.iter().map(|g| (g.clone(), g)).collect()
        }
    }

    fn coded(&self) -> bool {
        self.gap_details.len() == self.gaps.len()
            && self.gap_details.iter().all(|g| g.code.is_some())
    }
}

#[derive(Deserialize)]
struct ViewPart {
    grade: String,
}

#[derive(Deserialize)]
struct ViewDocument {
    path: String,
    #[serde(default)]
    sha256: Option<String>,
}

impl View {
    fn parse(value: &serde_json::Value) -> Result<View, String> {
        let view: View = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
        if !view.schema.starts_with("zicha-audit/") {
            return Err(format!("schema {} is not zicha-audit", view.schema));
        }
        Ok(view)
    }

    fn summary(&self) -> RunSummary {
        RunSummary {
            community: self.community.clone(),
            standard: self.standard.id.clone(),
            earned: self.score.earned,
            percent: self.score.percent,
            verdict: self.score.verdict.clone(),
        }
    }

    fn indicators(&self) -> impl Iterator<Item = &ViewIndicator> {
        self.elements.iter().flat_map(|e| &e.requirements)
    }
}

fn grades(i: &ViewIndicator) -> String {
    i.parts
        .iter()
        .map(|p| p.grade.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Compares two audit JSON documents (`zicha audit --format json`). The error says what is wrong
/// with an input that is not an audit result.
pub fn diff_reports(old: &serde_json::Value, new: &serde_json::Value) -> Result<AuditDiff, String> {
    let (old, new) = (View::parse(old)?, View::parse(new)?);
    let before: BTreeMap<&str, &ViewIndicator> =
        old.indicators().map(|i| (i.id.as_str(), i)).collect();
    let after: BTreeSet<&str> = new.indicators().map(|i| i.id.as_str()).collect();
    let mut indicators = Vec::new();
    let mut gaps_closed = Vec::new();
    let mut gaps_opened = Vec::new();
    for now in new.indicators() {
        let was = before.get(now.id.as_str()).copied();
        let (old_earned, old_grades) = was.map_or((0.0, String::new()), |w| (w.earned, grades(w)));
        if was.is_none() || old_earned != now.earned || old_grades != grades(now) {
            indicators.push(IndicatorChange {
                id: now.id.clone(),
                title: now.title.clone(),
                old_status: was.map(|w| w.status.clone()),
                new_status: Some(now.status.clone()),
                old_earned,
                new_earned: now.earned,
                old_grades,
                new_grades: grades(now),
            });
        }
        // By code and arguments when both runs give them (a report in another language is the
        // same finding), by wording for results saved before gaps had codes.
        let by_code = now.coded() && was.is_none_or(ViewIndicator::coded);
        let old_gaps = was.map(|w| w.keyed_gaps(by_code)).unwrap_or_default();
        let new_gaps = now.keyed_gaps(by_code);
        let change = |message: &String| GapChange {
            indicator: now.id.clone(),
            gap: message.clone(),
        };
        gaps_closed.extend(
            old_gaps
                .iter()
                .filter(|(k, _)| !new_gaps.contains_key(*k))
                .map(|(_, m)| change(m)),
        );
        gaps_opened.extend(
            new_gaps
                .iter()
                .filter(|(k, _)| !old_gaps.contains_key(*k))
                .map(|(_, m)| change(m)),
        );
    }
    for gone in old.indicators().filter(|i| !after.contains(i.id.as_str())) {
        indicators.push(IndicatorChange {
            id: gone.id.clone(),
            title: gone.title.clone(),
            old_status: Some(gone.status.clone()),
            new_status: None,
            old_earned: gone.earned,
            new_earned: 0.0,
            old_grades: grades(gone),
            new_grades: String::new(),
        });
    }

    let docs = |v: &View| -> BTreeMap<String, Option<String>> {
        v.documents
            .iter()
            .map(|d| (d.path.clone(), d.sha256.clone()))
            .collect()
    };
    let (was, now) = (docs(&old), docs(&new));
    Ok(AuditDiff {
        schema: "zicha-diff/1",
        old: old.summary(),
        new: new.summary(),
        indicators,
        gaps_closed,
        gaps_opened,
        documents_added: now
            .keys()
            .filter(|p| !was.contains_key(*p))
            .cloned()
            .collect(),
        documents_removed: was
            .keys()
            .filter(|p| !now.contains_key(*p))
            .cloned()
            .collect(),
        documents_changed: now
            .iter()
            .filter(|(p, h)| was.get(*p).is_some_and(|old| old != *h))
            .map(|(p, _)| p.clone())
            .collect(),
    })
}
