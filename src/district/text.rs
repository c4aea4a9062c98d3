//! The roll-up in the terminal: the totals, one row per dossier (communities that count first,
//! then the dossiers that do not, with their status), and what was checked for each file.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{DistrictRollup, DossierRow, DossierStatus};
use crate::dossier::num;
use crate::i18n::Lang;
use crate::standard::fit_width as fit;

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const GREEN: Style = AnsiColor::Green.on_default();
const RED: Style = AnsiColor::Red.on_default();

fn paint(style: Style, s: &str) -> String {
    format!("{style}{s}{style:#}")
}

/// The first 16 characters of a hex digest.
pub(super) fn short(s: &str) -> &str {
    s.get(..16).unwrap_or(s)
}

/// `9 40% · 4 50% · 11 60%`: the weakest elements with their share of points.
pub(super) fn weakest_short(r: &DossierRow) -> String {
    r.weakest_elements
        .as_ref()
        .map(|w| {
            w.iter()
                .map(|e| format!("{} {}%", e.id, num(e.ratio * 100.0)))
                .collect::<Vec<_>>()
                .join(" · ")
        })
        .unwrap_or_else(|| "—".into())
}

/// The totals as one sentence.
pub(super) fn totals_line(r: &DistrictRollup, lang: Lang) -> String {
    let t = &r.totals;
    let mean = match (t.mean_earned, t.mean_percent) {
        (Some(e), Some(p)) => match lang {
            Lang::Zh => format!("平均得分 {}（得分率 {}%）", num(e), num(p)),
            Lang::En => format!("mean score {} ({}%)", num(e), num(p)),
        },
        _ => lang.pick("无可计入的报告", "nothing counted").to_string(),
    };
    match lang {
        Lang::Zh => format!(
            "计入 {} / {} 份 · 通过 {} · 整改 {} · 不通过 {} · {mean}",
            t.counted, t.dossiers, t.passing, t.rectify, t.failing
        ),
        Lang::En => format!(
            "{} of {} counted · {} pass · {} rectify · {} fail · {mean}",
            t.counted, t.dossiers, t.passing, t.rectify, t.failing
        ),
    }
}

/// Renders the roll-up for a terminal.
pub fn render_district_text(r: &DistrictRollup) -> String {
    let lang = r.lang;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  {}",
        paint(
            BOLD,
            lang.pick(
                "安全社区创建自查报告汇总",
                "Safe Community self-check roll-up"
            )
        ),
        r.date
    );
    let _ = writeln!(out, "{}", totals_line(r, lang));
    match &r.trusted_certificates {
        None => {
            let _ = writeln!(
                out,
                "{}",
                paint(
                    DIM,
                    lang.pick(
                        "未给出信任证书（--trust）：任何有效签名均计入，请核对下列签署人",
                        "no trusted certificates (--trust): any valid signature counts; check the signers below"
                    )
                )
            );
        }
        Some(t) => {
            let _ = writeln!(
                out,
                "{}",
                paint(
                    DIM,
                    &match lang {
                        Lang::Zh => format!("只计入 {} 个受信任证书签署的报告", t.len()),
                        Lang::En => format!(
                            "only dossiers signed by the {} trusted certificate(s) count",
                            t.len()
                        ),
                    }
                )
            );
        }
    }
    let _ = writeln!(
        out,
        "\n  {} {} {} {} {} {} {} {}",
        fit(lang.pick("社区", "Community"), 14),
        fit(lang.pick("类型", "Type"), 8),
        fit(lang.pick("得分", "Score"), 12),
        fit(lang.pick("得分率", "Rate"), 8),
        fit(lang.pick("结论", "Verdict"), 16),
        fit(lang.pick("0 分指标", "At 0"), 8),
        fit(lang.pick("最弱要素", "Weakest elements"), 28),
        lang.pick("文件", "File"),
    );
    for d in &r.dossiers {
        let (mark, verdict) = match d.verdict {
            Some(v) if d.counted => (paint(GREEN, "✓"), v.label(lang).to_string()),
            _ => (paint(RED, "✗"), d.status.label(lang).to_string()),
        };
        let zero = match &d.zero_indicators {
            Some(z) => z.len().to_string(),
            None => "—".into(),
        };
        let _ = writeln!(
            out,
            "{} {} {} {} {} {} {} {} {}",
            mark,
            fit(d.community.as_deref().unwrap_or("—"), 14),
            fit(d.community_type.as_deref().unwrap_or("—"), 8),
            fit(
                &d.score
                    .as_ref()
                    .map(|s| format!("{}/{}", num(s.earned), num(s.possible)))
                    .unwrap_or_else(|| "—".into()),
                12
            ),
            fit(
                &d.score
                    .as_ref()
                    .map(|s| format!("{}%", num(s.percent)))
                    .unwrap_or_else(|| "—".into()),
                8
            ),
            fit(&verdict, 16),
            fit(&zero, 8),
            fit(&weakest_short(d), 28),
            d.file
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        paint(BOLD, lang.pick("核验与明细", "Verification and details"))
    );
    for d in &r.dossiers {
        let detail = match (&d.signer, d.status) {
            (Some(signer), DossierStatus::Verified) => {
                let digest = d.manifest_digest.as_deref().unwrap_or_default();
                match lang {
                    Lang::Zh => format!(
                        "签署人 {}（证书 SHA-256 {}…）· 清单摘要 {}…",
                        signer.name,
                        short(&signer.certificate_sha256),
                        short(digest)
                    ),
                    Lang::En => format!(
                        "signed by {} (certificate SHA-256 {}…) · manifest {}…",
                        signer.name,
                        short(&signer.certificate_sha256),
                        short(digest)
                    ),
                }
            }
            _ => d.reason.clone().unwrap_or_default(),
        };
        let _ = writeln!(
            out,
            "  {} {}  {}  {}",
            if d.counted {
                paint(GREEN, "✓")
            } else {
                paint(RED, "✗")
            },
            d.file,
            d.status.label(lang),
            detail
        );
        if let Some(z) = d.zero_indicators.as_ref().filter(|z| !z.is_empty()) {
            let _ = writeln!(
                out,
                "      {}{}",
                lang.pick("0 分指标：", "indicators at 0: "),
                z.join(lang.pick("、", ", "))
            );
        }
        if let Some(w) = d.weakest_elements.as_ref().filter(|w| !w.is_empty()) {
            let list: Vec<String> = w
                .iter()
                .map(|e| format!("{} {} {}%", e.id, e.title, num(e.ratio * 100.0)))
                .collect();
            let _ = writeln!(
                out,
                "      {}{}",
                lang.pick("最弱要素：", "weakest elements: "),
                list.join(lang.pick("；", "; "))
            );
        }
    }
    if !r.all_counted() {
        let _ = writeln!(
            out,
            "\n{}",
            paint(
                DIM,
                &match lang {
                    Lang::Zh => format!(
                        "{} 份报告未通过核验，未计入合计与平均",
                        r.totals.not_counted
                    ),
                    Lang::En => format!(
                        "{} dossier(s) did not verify and are not in the totals or the mean",
                        r.totals.not_counted
                    ),
                }
            )
        );
    }
    out
}
