//! `zicha standard show`: the elements and indicators as a table a person can read.

use unicode_width::UnicodeWidthStr;

use super::Standard;
use crate::i18n::Lang;

/// Pads `s` to `width` display columns (CJK characters count two), truncating with `…`.
pub(crate) fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for ch in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if w + cw > width.saturating_sub(1) && s.width() > width {
            out.push('…');
            w += 1;
            break;
        }
        out.push(ch);
        w += cw;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// Renders the standard as a plain-text table.
pub fn render_standard_table(std: &Standard, lang: Lang) -> String {
    let mut out = String::new();
    let title = lang.pick_opt(&std.title, std.title_en.as_deref());
    out.push_str(&format!(
        "{} 《{}》  {}\n",
        std.code, title, std.scheme.title
    ));
    let parts: Vec<String> = std
        .scheme
        .parts
        .iter()
        .map(|p| format!("{} {}", p.label(lang), p.points))
        .collect();
    let v = &std.scheme.verdict;
    let (elements, indicators) = (std.elements.len(), std.indicators().count());
    let (possible, per, parts) = (std.possible(), std.indicator_points(), parts.join(" / "));
    out.push_str(&match lang {
        Lang::Zh => format!(
            "{elements} 个要素，{indicators} 个指标，总分 {possible}；每个指标 {per}（{parts}）；{} 分通过，{} 分可整改{}\n\n",
            v.pass_at,
            v.rectify_at,
            if v.zero_indicator_fails { "，任一指标 0 分即不通过" } else { "" }
        ),
        Lang::En => format!(
            "{elements} elements, {indicators} indicators, {possible} points; {per} per indicator ({parts}); pass at {}, rectify at {}{}\n\n",
            v.pass_at,
            v.rectify_at,
            if v.zero_indicator_fails { "; any indicator at 0 fails" } else { "" }
        ),
    });
    let (h_id, h_title, h_prov) = (
        lang.pick("编号", "No."),
        lang.pick("指标", "Indicator"),
        lang.pick("来源", "Source"),
    );
    for element in &std.elements {
        out.push_str(&format!(
            "{} {}  {}  [{}]\n",
            lang.pick("要素", "Element"),
            element.id.value,
            element.label(lang),
            provenance_label(element.provenance.as_deref(), lang)
        ));
        out.push_str(&format!(
            "  {}  {}  {}\n",
            fit(h_id, 5),
            fit(h_title, 64),
            h_prov
        ));
        for ind in &element.indicators {
            out.push_str(&format!(
                "  {}  {}  {}\n",
                fit(&ind.id.value, 5),
                fit(ind.label(lang), 64),
                provenance_label(ind.provenance.as_deref(), lang)
            ));
        }
        out.push('\n');
    }
    if !std.who_indicators.is_empty() {
        out.push_str(lang.pick(
            "WHO / ISCCC 指标与要素对照\n",
            "WHO / ISCCC indicators and elements\n",
        ));
        for w in &std.who_indicators {
            let title = match lang {
                Lang::Zh => w.title_zh.as_deref().unwrap_or(&w.title),
                Lang::En => &w.title,
            };
            out.push_str(&format!(
                "  {}  {}  → {} {}\n",
                fit(w.framework.as_deref().unwrap_or(""), 11),
                fit(title, 28),
                lang.pick("要素", "elements"),
                w.elements.join(", ")
            ));
        }
    }
    if !std.parameters.is_empty() {
        out.push_str(lang.pick(
            "\n参数（可在 zicha.yaml 的 parameters 中覆盖）\n",
            "\nParameters (override in zicha.yaml `parameters`)\n",
        ));
        for (name, p) in &std.parameters {
            out.push_str(&format!(
                "  {}  {}  {}\n",
                fit(name, 32),
                fit(&p.default.to_string(), 4),
                lang.pick_opt(&p.title, p.title_en.as_deref())
            ));
        }
    }
    out
}

fn provenance_label(p: Option<&str>, lang: Lang) -> &'static str {
    match p {
        Some("seen") => lang.pick("原文", "seen"),
        Some("drafted") => lang.pick("拟定", "drafted"),
        _ => lang.pick("未注明", "unstated"),
    }
}
