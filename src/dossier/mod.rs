//! The self-check dossier (自查报告) as a PDF: a cover with the score and verdict, contents and
//! bookmarks, the element summary with a bar chart, each element's indicators, evidence and gaps,
//! the document problems and the manifest of every file, with the manifest digest and the page
//! number in every footer. The audit JSON and the manifest are attached. Like typst's exporter, it
//! takes data and options and returns bytes; it never touches the disk.

pub(crate) mod layout;
mod manifest;
pub(crate) mod pdf;

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::audit::{AuditReport, Status, Verdict};
use crate::diagnostic::Severity;
use crate::error::Result;
use crate::i18n::Lang;
use crate::schema::ArchiveSchema;
use layout::{BODY_W, Column, Doc, MARGIN_X, Metrics, Op, PAGE_H, PAGE_W};

pub use manifest::{Manifest, ManifestDiff, ManifestEntry};
pub(crate) use pdf::SIGNATURE_SPACE;

/// The bundled font: 文泉驿微米黑 (WenQuanYi Micro Hei), Apache-2.0 or GPL-3 with font exception.
pub(crate) const FONT: &[u8] = include_bytes!("../../assets/fonts/wqy-microhei.ttc");

/// Name of the attached audit report.
pub const AUDIT_ATTACHMENT: &str = "zicha-audit.json";
/// Name of the attached manifest.
pub const MANIFEST_ATTACHMENT: &str = "zicha-manifest.json";

/// How to write the dossier.
#[derive(Debug, Clone)]
pub struct DossierOptions {
    /// Language of the text.
    pub lang: Lang,
    /// The report's date (passed in, so that the same archive gives the same bytes).
    pub date: NaiveDate,
    /// Name of the signer, when a signature field is to be reserved for `sign_pdf`.
    pub signer: Option<String>,
}

pub(crate) fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn status_label(s: Status, lang: Lang) -> &'static str {
    s.label(lang)
}

/// Renders the dossier.
pub fn render_dossier(
    report: &AuditReport,
    manifest: &Manifest,
    options: &DossierOptions,
) -> Result<Vec<u8>> {
    let lang = options.lang;
    let m = Metrics::new(FONT);
    let mut doc = Doc::new(&m);
    let schema = ArchiveSchema::builtin();
    let community = report
        .community
        .clone()
        .unwrap_or_else(|| lang.pick("（未命名社区）", "(unnamed community)").into());

    cover(&mut doc, report, manifest, options, &community);

    // Contents: reserved now, written once the pages are known.
    doc.new_page();
    let toc_page = doc.page();

    // 一、总体情况
    doc.heading(1, lang.pick("一、总体情况", "1. Summary"));
    let verdict_text = match lang {
        Lang::Zh => format!(
            "依据《{}》（{}）和《{}》，本社区自查得分 {} 分（满分 {} 分，得分率 {}%），结论：{}。{} 分通过，{}–{} 分可申请整改，任一指标为 0 分即不通过。",
            report.standard.title,
            report.standard.code,
            report.standard.scheme,
            num(report.score.earned),
            num(report.score.possible),
            num(report.score.percent),
            report.score.verdict.label(lang),
            num(report.score.pass_threshold),
            num(report.score.rectify_threshold),
            num(report.score.pass_threshold),
        ),
        Lang::En => format!(
            "Against {} ({}) and {}, the community scores {} of {} points ({}%): {}. Pass at {}, rectify from {}; any indicator at 0 fails.",
            report.standard.title,
            report.standard.code,
            report.standard.scheme,
            num(report.score.earned),
            num(report.score.possible),
            num(report.score.percent),
            report.score.verdict.label(lang),
            num(report.score.pass_threshold),
            num(report.score.rectify_threshold),
        ),
    };
    doc.paragraph(&verdict_text, 10.5, 0.0);
    if !report.score.zero_indicators.is_empty() {
        doc.paragraph(
            &format!(
                "{}{}",
                lang.pick("得 0 分的指标：", "Indicators at 0: "),
                report.score.zero_indicators.join(lang.pick("、", ", "))
            ),
            10.5,
            0.0,
        );
    }
    doc.paragraph(
        &match lang {
            Lang::Zh => format!(
                "指标 {} 项：达标 {}，部分 {}，缺失 {}；差距 {} 条。档案文件 {} 份（错误 {}，警告 {}）。评定期 {} 至 {}。",
                report.summary.met + report.summary.partial + report.summary.missing,
                report.summary.met,
                report.summary.partial,
                report.summary.missing,
                report.summary.gaps,
                report.summary.documents,
                report.summary.errors,
                report.summary.warnings,
                report.period.start,
                report.period.end
            ),
            Lang::En => format!(
                "{} indicators: {} met, {} partial, {} missing; {} gaps. {} documents ({} errors, {} warnings). Period {} to {}.",
                report.summary.met + report.summary.partial + report.summary.missing,
                report.summary.met,
                report.summary.partial,
                report.summary.missing,
                report.summary.gaps,
                report.summary.documents,
                report.summary.errors,
                report.summary.warnings,
                report.period.start,
                report.period.end
            ),
        },
        10.5,
        0.0,
    );
    doc.space(6.0);
    let rows: Vec<Vec<String>> = report
        .elements
        .iter()
        .map(|e| {
            vec![
                e.id.clone(),
                e.title.clone(),
                format!("{} / {}", num(e.earned), num(e.possible)),
                format!("{}%", num((e.earned / e.possible * 1000.0).round() / 10.0)),
                status_label(e.status, lang).to_string(),
            ]
        })
        .collect();
    doc.table(
        &[
            Column {
                title: lang.pick("要素", "No."),
                share: 0.6,
            },
            Column {
                title: lang.pick("名称", "Element"),
                share: 4.0,
            },
            Column {
                title: lang.pick("得分 / 满分", "Points"),
                share: 1.4,
            },
            Column {
                title: lang.pick("得分率", "Rate"),
                share: 1.0,
            },
            Column {
                title: lang.pick("状态", "Status"),
                share: 0.9,
            },
        ],
        &rows,
        9.5,
    );
    chart(&mut doc, report, lang);

    // 二、各要素自查情况
    doc.heading(1, lang.pick("二、各要素自查情况", "2. Elements"));
    let docs_by_path: BTreeMap<&str, &crate::archive::Document> = report
        .documents
        .iter()
        .map(|d| (d.path.as_str(), d))
        .collect();
    for (n, e) in report.elements.iter().enumerate() {
        if n > 0 {
            doc.space(6.0);
        }
        doc.heading(
            2,
            &format!(
                "{} {} {}（{} / {}）",
                lang.pick("要素", "Element"),
                e.id,
                e.title,
                num(e.earned),
                num(e.possible)
            ),
        );
        let rows: Vec<Vec<String>> = e
            .requirements
            .iter()
            .map(|q| {
                let grades: Vec<String> = q
                    .parts
                    .iter()
                    .map(|p| format!("{} {}", p.title, p.grade))
                    .collect();
                vec![
                    q.id.clone(),
                    q.title.clone(),
                    grades.join(" "),
                    format!("{} / {}", num(q.earned), num(q.possible)),
                    status_label(q.status, lang).to_string(),
                ]
            })
            .collect();
        doc.table(
            &[
                Column {
                    title: lang.pick("指标", "No."),
                    share: 0.55,
                },
                Column {
                    title: lang.pick("内容", "Indicator"),
                    share: 4.6,
                },
                Column {
                    title: lang.pick("有无/痕迹/效果", "Parts"),
                    share: 1.6,
                },
                Column {
                    title: lang.pick("得分", "Points"),
                    share: 0.9,
                },
                Column {
                    title: lang.pick("状态", "Status"),
                    share: 0.7,
                },
            ],
            &rows,
            8.5,
        );
        let mut evidence: Vec<&str> = e
            .requirements
            .iter()
            .flat_map(|q| q.evidence.iter().map(String::as_str))
            .collect();
        evidence.sort_unstable();
        evidence.dedup();
        doc.paragraph_at(
            MARGIN_X,
            BODY_W,
            lang.pick("引用的证据", "Evidence cited"),
            10.0,
            0.0,
            true,
        );
        if evidence.is_empty() {
            doc.paragraph(lang.pick("（无）", "(none)"), 9.0, 0.3);
        } else {
            // A large archive cites hundreds of files per element: the first ones stand here, all
            // of them are in the manifest appendix and the attached audit.
            const SHOWN: usize = 60;
            let more = evidence.len().saturating_sub(SHOWN);
            let rows: Vec<Vec<String>> = evidence
                .iter()
                .take(SHOWN)
                .map(|p| {
                    let d = docs_by_path.get(p);
                    vec![
                        p.to_string(),
                        d.map(|d| schema.label(&d.kind, lang).to_string())
                            .unwrap_or_default(),
                        d.and_then(|d| d.date)
                            .map(|x| x.to_string())
                            .unwrap_or_else(|| "—".into()),
                        d.and_then(|d| d.sha256.as_deref())
                            .map(|h| h[..12].to_string())
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            doc.table(
                &[
                    Column {
                        title: lang.pick("文件", "File"),
                        share: 5.0,
                    },
                    Column {
                        title: lang.pick("类型", "Kind"),
                        share: 1.3,
                    },
                    Column {
                        title: lang.pick("日期", "Date"),
                        share: 1.2,
                    },
                    Column {
                        title: "SHA-256",
                        share: 1.3,
                    },
                ],
                &rows,
                8.0,
            );
            if more > 0 {
                doc.paragraph(
                    &match lang {
                        Lang::Zh => format!("另有 {more} 份证据文件未逐一列出，见附录文件清单和附件 {AUDIT_ATTACHMENT}。"),
                        Lang::En => format!("{more} more evidence files are not listed here; see the manifest and the attached {AUDIT_ATTACHMENT}."),
                    },
                    8.5,
                    0.3,
                );
            }
        }
        let gaps: Vec<Vec<String>> = e
            .requirements
            .iter()
            .flat_map(|q| q.gap_details.iter().map(move |g| (q, g)))
            .map(|(q, g)| {
                vec![
                    q.id.clone(),
                    g.message.clone(),
                    g.hint.clone().unwrap_or_default(),
                ]
            })
            .collect();
        if !gaps.is_empty() {
            doc.paragraph_at(
                MARGIN_X,
                BODY_W,
                lang.pick("差距与整改建议", "Gaps and what to do"),
                10.0,
                0.0,
                true,
            );
            doc.table(
                &[
                    Column {
                        title: lang.pick("指标", "No."),
                        share: 0.55,
                    },
                    Column {
                        title: lang.pick("差距", "Gap"),
                        share: 3.0,
                    },
                    Column {
                        title: lang.pick("整改建议", "What to do"),
                        share: 4.4,
                    },
                ],
                &gaps,
                8.5,
            );
        }
    }

    // 三、文件问题
    doc.heading(1, lang.pick("三、文件问题", "3. Document problems"));
    let problems: Vec<Vec<String>> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity > Severity::Info)
        .map(|d| {
            vec![
                d.severity.label(lang).to_string(),
                d.code.as_str().to_string(),
                d.path.clone(),
                d.message.clone(),
            ]
        })
        .collect();
    let infos = report.diagnostics.len() - problems.len();
    doc.paragraph(
        &match lang {
            Lang::Zh => format!(
                "需处理的问题 {} 条；另有提示 {} 条（如按文件名判断、旧式编码等），见附件 {}。",
                problems.len(),
                infos,
                AUDIT_ATTACHMENT
            ),
            Lang::En => format!(
                "{} problems to fix; {} notes besides (see the attached {}).",
                problems.len(),
                infos,
                AUDIT_ATTACHMENT
            ),
        },
        10.0,
        0.0,
    );
    if !problems.is_empty() {
        doc.table(
            &[
                Column {
                    title: lang.pick("级别", "Level"),
                    share: 0.7,
                },
                Column {
                    title: lang.pick("代码", "Code"),
                    share: 1.3,
                },
                Column {
                    title: lang.pick("文件", "File"),
                    share: 3.6,
                },
                Column {
                    title: lang.pick("说明", "Problem"),
                    share: 3.0,
                },
            ],
            &problems,
            8.5,
        );
    }

    // 附录：文件清单
    doc.heading(
        1,
        lang.pick("附录 文件清单（SHA-256）", "Appendix: manifest (SHA-256)"),
    );
    doc.paragraph(
        &match lang {
            Lang::Zh => format!(
                "本清单列出档案中全部 {} 个文件及其 SHA-256 值。清单摘要（对全部“SHA-256  大小  路径”行计算的 SHA-256）为 {}，印在每页页脚；可用 zicha verify 核对档案是否与本报告一致。",
                manifest.files.len(),
                manifest.digest
            ),
            Lang::En => format!(
                "All {} files of the archive with their SHA-256. The manifest digest (SHA-256 over every \"SHA-256  size  path\" line) is {}, printed in every footer; zicha verify checks an archive against this dossier.",
                manifest.files.len(),
                manifest.digest
            ),
        },
        9.5,
        0.0,
    );
    let rows: Vec<Vec<String>> = manifest
        .files
        .iter()
        .map(|f| vec![f.path.clone(), f.size.to_string(), f.sha256.clone()])
        .collect();
    doc.table(
        &[
            Column {
                title: lang.pick("文件", "File"),
                share: 3.7,
            },
            Column {
                title: lang.pick("字节", "Bytes"),
                share: 0.7,
            },
            Column {
                title: "SHA-256",
                share: 4.7,
            },
        ],
        &rows,
        6.5,
    );

    let toc_links = contents(&mut doc, toc_page, lang);

    let audit_json = crate::report::render_json(report);
    let manifest_json = serde_json::to_string_pretty(manifest).expect("the manifest serialises");
    let footer = match lang {
        Lang::Zh => format!("{community} 安全社区创建自查报告 · {}", options.date),
        Lang::En => format!(
            "{community} Safe Community self-check dossier · {}",
            options.date
        ),
    };
    let footer_digest = format!(
        "{}{}",
        lang.pick("文件清单摘要 SHA-256：", "manifest SHA-256: "),
        manifest.digest
    );
    let title = match lang {
        Lang::Zh => format!("{community}安全社区创建自查报告"),
        Lang::En => format!("{community} Safe Community self-check dossier"),
    };
    let id_seed = format!("{}{}", manifest.digest, audit_json.len());
    let meta = pdf::PdfMeta {
        title: &title,
        author: &community,
        date: options.date,
        footer: &footer,
        footer_digest: &footer_digest,
        page_label: pdf::page_label(lang),
        attachments: vec![
            pdf::Attachment {
                name: AUDIT_ATTACHMENT,
                mime: "application/json",
                description: "zicha audit (zicha-audit/1)",
                data: audit_json.as_bytes(),
            },
            pdf::Attachment {
                name: MANIFEST_ATTACHMENT,
                mime: "application/json",
                description: "zicha manifest (zicha-manifest/1)",
                data: manifest_json.as_bytes(),
            },
        ],
        signature: options.signer.as_deref(),
        reason: "安全社区创建自查报告 / Safe Community self-check dossier",
        id_seed: id_seed.as_bytes(),
    };
    let pages = doc.pages.clone();
    pdf::write(&m, FONT, &pages, &doc.headings, &toc_links, &meta)
}

fn cover(
    doc: &mut Doc<'_>,
    report: &AuditReport,
    manifest: &Manifest,
    options: &DossierOptions,
    community: &str,
) {
    let lang = options.lang;
    let center = |doc: &mut Doc<'_>, text: &str, size: f32, y: f32, bold: bool| {
        let w = doc.m.width(text, size);
        doc.push(Op::Text {
            x: (PAGE_W - w) / 2.0,
            y,
            size,
            text: text.to_string(),
            bold,
            grey: 0.0,
        });
    };
    center(
        doc,
        lang.pick("安全社区创建", "Safe Community"),
        20.0,
        PAGE_H - 190.0,
        true,
    );
    center(
        doc,
        lang.pick("自 查 报 告", "Self-check dossier"),
        30.0,
        PAGE_H - 240.0,
        true,
    );
    center(doc, community, 18.0, PAGE_H - 300.0, false);
    let rows: Vec<(&str, String)> = vec![
        (
            lang.pick("社区类型", "Type"),
            report.community_type.clone().unwrap_or_else(|| "—".into()),
        ),
        (
            lang.pick("评定期", "Period"),
            format!(
                "{} {} {}",
                report.period.start,
                lang.pick("至", "to"),
                report.period.end
            ),
        ),
        (
            lang.pick("依据标准", "Standard"),
            format!("{}《{}》", report.standard.code, report.standard.title),
        ),
        (
            lang.pick("评分办法", "Scoring"),
            report.standard.scheme.clone(),
        ),
        (lang.pick("报告日期", "Date"), options.date.to_string()),
        (
            lang.pick("清单文件数", "Files in manifest"),
            manifest.files.len().to_string(),
        ),
    ];
    let mut y = PAGE_H - 380.0;
    for (k, v) in rows {
        doc.push(Op::Text {
            x: 150.0,
            y,
            size: 11.0,
            text: k.to_string(),
            bold: true,
            grey: 0.2,
        });
        let lines = doc.m.wrap(&v, 11.0, 300.0);
        for line in lines {
            doc.push(Op::Text {
                x: 235.0,
                y,
                size: 11.0,
                text: line,
                bold: false,
                grey: 0.0,
            });
            y -= 18.0;
        }
        y -= 4.0;
    }
    // The score box.
    let (bx, by, bw, bh) = (150.0, y - 90.0, PAGE_W - 300.0, 80.0);
    doc.push(Op::Rect {
        x: bx,
        y: by,
        w: bw,
        h: bh,
        fill: Some(0.94),
        stroke: Some(0.2),
    });
    let score = format!(
        "{} {} / {}（{}%）",
        lang.pick("得分", "Score"),
        num(report.score.earned),
        num(report.score.possible),
        num(report.score.percent)
    );
    center(doc, &score, 16.0, by + 48.0, true);
    let verdict = format!(
        "{}{}",
        lang.pick("结论：", "Verdict: "),
        report.score.verdict.label(lang)
    );
    let grey = if report.score.verdict == Verdict::Pass {
        0.0
    } else {
        0.15
    };
    let w = doc.m.width(&verdict, 14.0);
    doc.push(Op::Text {
        x: (PAGE_W - w) / 2.0,
        y: by + 20.0,
        size: 14.0,
        text: verdict,
        bold: true,
        grey,
    });
    let generated = format!(
        "{} zicha {}",
        lang.pick("生成工具", "Generated by"),
        env!("CARGO_PKG_VERSION")
    );
    center(doc, &generated, 9.0, 90.0, false);
}

/// Horizontal bars of each element's share of its points, with the pass line; drawn in greys so
/// that it reads in black-and-white print.
fn chart(doc: &mut Doc<'_>, report: &AuditReport, lang: Lang) {
    let bar_h = 11.0;
    let gap = 6.0;
    let height = report.elements.len() as f32 * (bar_h + gap) + 50.0;
    doc.need(height + 30.0);
    doc.paragraph_at(
        MARGIN_X,
        BODY_W,
        lang.pick("各要素得分率", "Share of points per element"),
        10.5,
        0.0,
        true,
    );
    doc.space(6.0);
    let label_w = 150.0;
    let value_w = 42.0;
    let x0 = MARGIN_X + label_w;
    let bar_w = BODY_W - label_w - value_w;
    let top = doc.y();
    for (i, e) in report.elements.iter().enumerate() {
        let y = top - (i as f32 + 1.0) * (bar_h + gap);
        let share = if e.possible > 0.0 {
            (e.earned / e.possible) as f32
        } else {
            0.0
        };
        let label = format!("{} {}", e.id, e.title);
        let label = doc
            .m
            .wrap(&label, 8.5, label_w - 6.0)
            .into_iter()
            .next()
            .unwrap_or_default();
        doc.push(Op::Text {
            x: MARGIN_X,
            y: y + 2.0,
            size: 8.5,
            text: label,
            bold: false,
            grey: 0.0,
        });
        doc.push(Op::Rect {
            x: x0,
            y,
            w: bar_w,
            h: bar_h,
            fill: Some(0.93),
            stroke: Some(0.5),
        });
        if share > 0.0 {
            doc.push(Op::Rect {
                x: x0,
                y,
                w: bar_w * share,
                h: bar_h,
                fill: Some(0.35),
                stroke: None,
            });
        }
        doc.push(Op::Text {
            x: x0 + bar_w + 6.0,
            y: y + 2.0,
            size: 8.5,
            text: format!("{}%", num((share * 1000.0).round() as f64 / 10.0)),
            bold: false,
            grey: 0.0,
        });
    }
    let bottom = top - report.elements.len() as f32 * (bar_h + gap) - 4.0;
    let pass = (report.score.pass_threshold / report.score.possible) as f32;
    let px = x0 + bar_w * pass;
    doc.push(Op::Line {
        x1: px,
        y1: bottom,
        x2: px,
        y2: top + 2.0,
        width: 1.0,
        grey: 0.0,
    });
    let pass_label = format!(
        "{} {}%",
        lang.pick("通过线", "pass line"),
        num((pass * 1000.0).round() as f64 / 10.0)
    );
    doc.push(Op::Text {
        x: px + 3.0,
        y: bottom - 10.0,
        size: 7.5,
        text: pass_label,
        bold: false,
        grey: 0.0,
    });
    for (pct, label) in [(0.0, "0"), (0.5, "50%"), (1.0, "100%")] {
        let x = x0 + bar_w * pct;
        doc.push(Op::Line {
            x1: x,
            y1: bottom,
            x2: x,
            y2: bottom - 3.0,
            width: 0.5,
            grey: 0.3,
        });
        doc.push(Op::Text {
            x: x - 6.0,
            y: bottom - 12.0,
            size: 7.0,
            text: label.to_string(),
            bold: false,
            grey: 0.3,
        });
    }
    doc.set_y(bottom - 24.0);
}

/// Writes the contents page from the headings; returns its links.
fn contents(doc: &mut Doc<'_>, page: usize, lang: Lang) -> Vec<(usize, Op)> {
    let mut ops = Vec::new();
    let mut links = Vec::new();
    let mut y = PAGE_H - 60.0 - 18.0;
    ops.push(Op::Text {
        x: MARGIN_X,
        y,
        size: 18.0,
        text: lang.pick("目　录", "Contents").to_string(),
        bold: true,
        grey: 0.0,
    });
    y -= 30.0;
    for h in doc.headings.iter().filter(|h| h.level <= 2) {
        let (indent, size) = if h.level == 1 {
            (0.0, 12.0)
        } else {
            (18.0, 10.5)
        };
        if y < 70.0 {
            break;
        }
        let number = (h.page + 1).to_string();
        let nw = doc.m.width(&number, size);
        let title = doc
            .m
            .wrap(&h.title, size, BODY_W - indent - 40.0)
            .into_iter()
            .next()
            .unwrap_or_default();
        let tw = doc.m.width(&title, size);
        ops.push(Op::Text {
            x: MARGIN_X + indent,
            y,
            size,
            text: title,
            bold: h.level == 1,
            grey: 0.0,
        });
        // Dot leaders.
        let dots_x = MARGIN_X + indent + tw + 6.0;
        let dots_end = PAGE_W - MARGIN_X - nw - 6.0;
        if dots_end > dots_x {
            let dot_w = doc.m.width("·", size).max(1.0);
            let n = ((dots_end - dots_x) / dot_w) as usize;
            ops.push(Op::Text {
                x: dots_x,
                y,
                size,
                text: "·".repeat(n),
                bold: false,
                grey: 0.55,
            });
        }
        ops.push(Op::Text {
            x: PAGE_W - MARGIN_X - nw,
            y,
            size,
            text: number,
            bold: false,
            grey: 0.0,
        });
        links.push((
            page,
            Op::Link {
                x: MARGIN_X,
                y: y - 3.0,
                w: BODY_W,
                h: size + 4.0,
                page: h.page,
            },
        ));
        y -= size * 1.9;
    }
    doc.pages[page].extend(ops);
    links
}
