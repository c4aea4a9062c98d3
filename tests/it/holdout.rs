//! Classification accuracy on archives zicha was not tuned on (`tests/holdout/`, built from a
//! truth file written independently of the classifier). Prints the figures; fails when they drop
//! below the floors, so a change that makes recognition worse cannot land silently.

use serde::Deserialize;
use zicha::{Archive, AuditOptions, Lang, LoadOptions, Standard};

#[derive(Deserialize)]
struct Truth {
    archive: String,
    documents: Vec<TruthDoc>,
}

#[derive(Deserialize)]
struct TruthDoc {
    path: String,
    kind: String,
    date: Option<String>,
    elements: Vec<String>,
}

struct Accuracy {
    docs: usize,
    kind: usize,
    date: usize,
    element: usize,
    first: usize,
    misses: Vec<String>,
}

fn measure(set: &str, name: &str) -> Accuracy {
    let base = super::repo().join(set);
    let text = std::fs::read_to_string(base.join(format!("{name}.truth.yaml"))).unwrap();
    let truth: Truth = serde_saphyr::from_str(&text).unwrap();
    assert_eq!(truth.archive, name);
    let archive = Archive::load(&base.join(name), &LoadOptions::default()).unwrap();
    let std = Standard::builtin("aqt9001-2006").unwrap();
    let report = zicha::audit(
        &archive,
        &std,
        &AuditOptions {
            lang: Lang::Zh,
            today: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        },
    );
    let mut acc = Accuracy {
        docs: 0,
        kind: 0,
        date: 0,
        element: 0,
        first: 0,
        misses: Vec::new(),
    };
    for t in &truth.documents {
        let doc = report
            .documents
            .iter()
            .find(|d| d.path == t.path)
            .unwrap_or_else(|| panic!("{} not listed", t.path));
        acc.docs += 1;
        if doc.kind == t.kind {
            acc.kind += 1;
        } else {
            acc.misses.push(format!(
                "kind  {} → {} (truth {})",
                t.path, doc.kind, t.kind
            ));
        }
        let date = doc.date.map(|d| d.to_string());
        if date == t.date {
            acc.date += 1;
        } else {
            acc.misses.push(format!(
                "date  {} → {:?} (truth {:?})",
                t.path, date, t.date
            ));
        }
        if !t.elements.is_empty() && t.elements.first() == doc.elements.first() {
            acc.first += 1;
        }
        if t.elements.first().is_some_and(|e| doc.elements.contains(e)) {
            acc.element += 1;
        } else {
            acc.misses.push(format!(
                "elem  {} → {:?} (truth {:?})",
                t.path, doc.elements, t.elements
            ));
        }
    }
    acc
}

fn pct(n: usize, d: usize) -> f64 {
    n as f64 * 100.0 / d as f64
}

/// Measures every archive of a set, prints the figures and every miss, and returns the totals as
/// percentages: (kind, date, main element listed, main element listed first).
fn measure_set(set: &str, names: &[&str]) -> (f64, f64, f64, f64) {
    let mut total = Accuracy {
        docs: 0,
        kind: 0,
        date: 0,
        element: 0,
        first: 0,
        misses: Vec::new(),
    };
    for name in names {
        let a = measure(set, name);
        println!(
            "{name}: {} documents, kind {:.1}%, date {:.1}%, main element listed {:.1}%, listed first {:.1}%",
            a.docs,
            pct(a.kind, a.docs),
            pct(a.date, a.docs),
            pct(a.element, a.docs),
            pct(a.first, a.docs)
        );
        for m in &a.misses {
            println!("  {m}");
        }
        total.docs += a.docs;
        total.kind += a.kind;
        total.date += a.date;
        total.element += a.element;
        total.first += a.first;
    }
    let n = total.docs;
    let figures = (
        pct(total.kind, n),
        pct(total.date, n),
        pct(total.element, n),
        pct(total.first, n),
    );
    println!(
        "all: {n} documents, kind {:.1}%, date {:.1}%, main element listed {:.1}%, listed first {:.1}%",
        figures.0, figures.1, figures.2, figures.3
    );
    figures
}

/// The first hold-out set; the classifier was tuned on it (it started at 72.1 % / 84.9 % / 68.6 %).
#[test]
fn holdout_archives_are_mostly_classified_right() {
    let (kind, date, element, first) =
        measure_set("tests/holdout", &["qingshui-village", "hengda-park"]);
    // Floors a little under the figures measured, so that a regression fails.
    assert!(kind >= 85.0, "kind accuracy {kind:.1}% below 85%");
    assert!(date >= 85.0, "date accuracy {date:.1}% below 85%");
    assert!(element >= 85.0, "element accuracy {element:.1}% below 85%");
    assert!(
        first >= 70.0,
        "first-element accuracy {first:.1}% below 70%"
    );
}

/// The second hold-out set, built after the classifier was tuned on the first, so that its first
/// run gave an honest figure: kind 91.8 %, date 94.1 %, element listed 95.3 %, first 83.5 %.
#[test]
fn second_holdout_set_is_mostly_classified_right() {
    let (kind, date, element, first) =
        measure_set("tests/holdout2", &["binhe-street", "jinshan-chem"]);
    assert!(kind >= 88.0, "kind accuracy {kind:.1}% below 88%");
    assert!(date >= 88.0, "date accuracy {date:.1}% below 88%");
    assert!(element >= 88.0, "element accuracy {element:.1}% below 88%");
    assert!(
        first >= 75.0,
        "first-element accuracy {first:.1}% below 75%"
    );
}
