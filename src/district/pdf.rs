//! The roll-up as a short PDF (安全社区创建自查报告汇总), written with the dossier's layout and PDF
//! writer and its bundled font: the totals, a table of the communities, the dossiers not counted
//! and why, and what was verified of each file. The roll-up JSON and a manifest of the dossiers
//! rolled up are attached, so `zicha verify` checks a signed roll-up like a dossier.

use super::text::{short, totals_line};
use super::{DISTRICT_ATTACHMENT, DistrictRollup};
use crate::dossier::layout::{Column, Doc, Metrics, Op, PAGE_H, PAGE_W};
use crate::dossier::{FONT, MANIFEST_ATTACHMENT, num, pdf};
use crate::error::Result;
use crate::i18n::Lang;

/// Renders the roll-up PDF; with `signer`, an empty signature field is reserved for
/// [`crate::Signer::sign_pdf`].
pub fn render_district_pdf(r: &DistrictRollup, signer: Option<&str>) -> Result<Vec<u8>> {
    let lang = r.lang;
    let m = Metrics::new(FONT);
    let mut doc = Doc::new(&m);
    let title = lang.pick(
        "安全社区创建自查报告汇总",
        "Safe Community self-check roll-up",
    );
    let w = m.width(title, 22.0);
    doc.push(Op::Text {
        x: (PAGE_W - w) / 2.0,
        y: PAGE_H - 90.0,
        size: 22.0,
        text: title.to_string(),
        bold: true,
        grey: 0.0,
    });
    let date = format!("{}{}", lang.pick("汇总日期：", "Date: "), r.date);
    let w = m.width(&date, 11.0);
    doc.push(Op::Text {
        x: (PAGE_W - w) / 2.0,
        y: PAGE_H - 115.0,
        size: 11.0,
        text: date,
        bold: false,
        grey: 0.2,
    });
    doc.set_y(PAGE_H - 140.0);
    doc.paragraph(&totals_line(r, lang), 10.5, 0.0);
    doc.paragraph(
        &match &r.trusted_certificates {
            None => lang
                .pick(
                    "核验方法：逐份核验签名是否覆盖整个文件、内嵌文件清单是否一致；未指定信任证书，任何有效签名均计入，签署人见第三部分。未通过核验的报告只列出，不计入合计与平均。",
                    "Each dossier's signature (over the whole file) and embedded manifest were verified; no trust list was given, so any valid signature counts (the signers are in part 3). Dossiers that do not verify are listed, never counted.",
                )
                .to_string(),
            Some(t) => match lang {
                Lang::Zh => format!(
                    "核验方法：逐份核验签名是否覆盖整个文件、内嵌文件清单是否一致，且只计入 {} 个受信任证书签署的报告。未通过核验的报告只列出，不计入合计与平均。",
                    t.len()
                ),
                Lang::En => format!(
                    "Each dossier's signature (over the whole file) and embedded manifest were verified; only dossiers signed by the {} trusted certificate(s) count. Dossiers that do not verify are listed, never counted.",
                    t.len()
                ),
            },
        },
        9.5,
        0.2,
    );

    // 一、各社区自查情况
    doc.section(lang.pick("一、各社区自查情况", "1. Communities"));
    let rows: Vec<Vec<String>> = r
        .dossiers
        .iter()
        .map(|d| {
            let dash = || "—".to_string();
            vec![
                d.community.clone().unwrap_or_else(|| d.file.clone()),
                d.community_type.clone().unwrap_or_else(dash),
                d.period
                    .map(|p| format!("{} – {}", p.start, p.end))
                    .unwrap_or_else(dash),
                d.score
                    .as_ref()
                    .map(|s| {
                        format!(
                            "{} / {}\n{}%",
                            num(s.earned),
                            num(s.possible),
                            num(s.percent)
                        )
                    })
                    .unwrap_or_else(dash),
                d.verdict
                    .filter(|_| d.counted)
                    .map(|v| v.label(lang).to_string())
                    .unwrap_or_else(|| d.status.label(lang).to_string()),
                match &d.zero_indicators {
                    Some(z) if !z.is_empty() => z.join(lang.pick("、", ", ")),
                    Some(_) => lang.pick("无", "none").to_string(),
                    None => dash(),
                },
                d.weakest_elements
                    .as_ref()
                    .map(|w| {
                        w.iter()
                            .map(|e| format!("{} {} {}%", e.id, e.title, num(e.ratio * 100.0)))
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .unwrap_or_else(dash),
            ]
        })
        .collect();
    doc.table(
        &[
            Column {
                title: lang.pick("社区", "Community"),
                share: 1.4,
            },
            Column {
                title: lang.pick("类型", "Type"),
                share: 0.8,
            },
            Column {
                title: lang.pick("评定期", "Period"),
                share: 1.3,
            },
            Column {
                title: lang.pick("得分", "Score"),
                share: 1.2,
            },
            Column {
                title: lang.pick("结论", "Verdict"),
                share: 0.9,
            },
            Column {
                title: lang.pick("0 分指标", "At 0"),
                share: 1.5,
            },
            Column {
                title: lang.pick("最弱要素", "Weakest elements"),
                share: 2.6,
            },
        ],
        &rows,
        8.5,
    );

    // 二、未计入的自查报告
    doc.section(lang.pick("二、未计入的自查报告", "2. Dossiers not counted"));
    let not_counted: Vec<Vec<String>> = r
        .dossiers
        .iter()
        .filter(|d| !d.counted)
        .map(|d| {
            vec![
                d.file.clone(),
                d.status.label(lang).to_string(),
                d.reason.clone().unwrap_or_default(),
            ]
        })
        .collect();
    if not_counted.is_empty() {
        doc.paragraph(
            lang.pick("无：全部报告均通过核验。", "None: every dossier verified."),
            10.0,
            0.0,
        );
    } else {
        doc.table(
            &[
                Column {
                    title: lang.pick("文件", "File"),
                    share: 2.0,
                },
                Column {
                    title: lang.pick("状态", "Status"),
                    share: 1.2,
                },
                Column {
                    title: lang.pick("原因", "Why"),
                    share: 5.0,
                },
            ],
            &not_counted,
            8.5,
        );
    }

    // 三、核验依据
    doc.section(lang.pick("三、核验依据", "3. What was verified"));
    let checked: Vec<Vec<String>> = r
        .dossiers
        .iter()
        .map(|d| {
            vec![
                d.file.clone(),
                d.sha256.clone(),
                d.signer
                    .as_ref()
                    .map(|s| format!("{}\n{}…", s.name, short(&s.certificate_sha256)))
                    .unwrap_or_else(|| "—".into()),
                d.manifest_digest
                    .as_deref()
                    .map(|m| format!("{}…", short(m)))
                    .unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    doc.table(
        &[
            Column {
                title: lang.pick("文件", "File"),
                share: 1.8,
            },
            Column {
                title: lang.pick("文件 SHA-256", "File SHA-256"),
                share: 3.2,
            },
            Column {
                title: lang.pick("签署人 / 证书 SHA-256", "Signer / certificate SHA-256"),
                share: 2.0,
            },
            Column {
                title: lang.pick("清单摘要", "Manifest digest"),
                share: 1.4,
            },
        ],
        &checked,
        7.5,
    );

    let json = super::render_district_json(r);
    let manifest = r.manifest();
    let manifest_json = serde_json::to_string_pretty(&manifest).expect("the manifest serialises");
    let footer = format!("{title} · {}", r.date);
    let footer_digest = format!(
        "{}{}",
        lang.pick(
            "所汇总报告清单摘要 SHA-256：",
            "manifest of the dossiers SHA-256: "
        ),
        manifest.digest
    );
    let id_seed = format!("{}{}", manifest.digest, json);
    let meta = pdf::PdfMeta {
        title,
        author: "zicha",
        date: r.date,
        footer: &footer,
        footer_digest: &footer_digest,
        page_label: pdf::page_label(lang),
        attachments: vec![
            pdf::Attachment {
                name: DISTRICT_ATTACHMENT,
                mime: "application/json",
                description: "zicha district roll-up (zicha-district/1)",
                data: json.as_bytes(),
            },
            pdf::Attachment {
                name: MANIFEST_ATTACHMENT,
                mime: "application/json",
                description: "the dossiers rolled up (zicha-manifest/1)",
                data: manifest_json.as_bytes(),
            },
        ],
        signature: signer,
        reason: "安全社区创建自查报告汇总 / Safe Community self-check roll-up",
        id_seed: id_seed.as_bytes(),
    };
    let pages = doc.pages.clone();
    pdf::write(&m, FONT, &pages, &doc.headings, &[], &meta)
}
