//! Pages of operations → PDF bytes (pdf-writer): one subset CID font with a ToUnicode map (so the
//! text can be searched and copied), compressed content streams, bookmarks, links from the table
//! of contents, attached files, and — when the dossier is to be signed — an empty signature field
//! whose /ByteRange and /Contents are filled in afterwards by `sign`.

use miniz_oxide::deflate::compress_to_vec_zlib;
use pdf_writer::types::{
    ActionType, AnnotationType, CidFontType, FontFlags, SystemInfo, TextRenderingMode, UnicodeCmap,
};
use pdf_writer::{Content, Date, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use subsetter::GlyphRemapper;

use super::layout::{Heading, Metrics, Op, PAGE_H, PAGE_W};
use crate::error::{Error, Result};

/// Bytes reserved for the CMS signature (a detached ECDSA or RSA-4096 signature with its
/// certificate fits in well under half of it).
pub(crate) const SIGNATURE_SPACE: usize = 16 * 1024;

/// A file attached to the PDF.
pub(crate) struct Attachment<'a> {
    pub name: &'a str,
    pub mime: &'a str,
    pub description: &'a str,
    pub data: &'a [u8],
}

/// The footer's page label around the page number and the page count ("第 3 页 / 共 21 页").
pub(crate) fn page_label(lang: crate::i18n::Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        crate::i18n::Lang::Zh => ("第 ", " 页 / 共 ", " 页"),
        crate::i18n::Lang::En => ("page ", " of ", ""),
    }
}

/// Everything the writer needs besides the pages.
pub(crate) struct PdfMeta<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub date: chrono::NaiveDate,
    /// Footer text (left) of every page.
    pub footer: &'a str,
    /// Second footer line: the manifest digest.
    pub footer_digest: &'a str,
    /// `第 {} 页 / 共 {} 页` style format: (before page, between, after total).
    pub page_label: (&'a str, &'a str, &'a str),
    pub attachments: Vec<Attachment<'a>>,
    /// Signer's name, when a signature field is to be reserved.
    pub signature: Option<&'a str>,
    /// The signature's /Reason.
    pub reason: &'a str,
    /// Bytes mixed into the file identifier (same input → same identifier).
    pub id_seed: &'a [u8],
}

struct Refs(i32);

impl Refs {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

fn pdf_date(d: chrono::NaiveDate) -> Date {
    use chrono::Datelike;
    Date::new(d.year() as u16)
        .month(d.month() as u8)
        .day(d.day() as u8)
        .hour(0)
        .minute(0)
        .second(0)
        .utc_offset_hour(8)
}

fn deflate(data: &[u8]) -> Vec<u8> {
    compress_to_vec_zlib(data, 6)
}

/// Writes the PDF.
pub(crate) fn write(
    metrics: &Metrics,
    font: &'static [u8],
    pages: &[Vec<Op>],
    headings: &[Heading],
    toc_links: &[(usize, Op)],
    meta: &PdfMeta<'_>,
) -> Result<Vec<u8>> {
    let mut refs = Refs(0);
    let catalog_id = refs.next();
    let tree_id = refs.next();
    let font_id = refs.next();
    let cid_id = refs.next();
    let descriptor_id = refs.next();
    let font_file_id = refs.next();
    let cmap_id = refs.next();
    let info_id = refs.next();
    let outline_id = refs.next();
    let page_ids: Vec<Ref> = pages.iter().map(|_| refs.next()).collect();
    let content_ids: Vec<Ref> = pages.iter().map(|_| refs.next()).collect();
    let mut pdf = Pdf::new();
    let mut remapper = GlyphRemapper::new();
    let mut to_unicode: Vec<(u16, char)> = Vec::new();
    let font_name = Name(b"F1");
    let total = pages.len();
    let mut annots_of: Vec<Vec<Ref>> = vec![Vec::new(); total];

    // Links from the contents page.
    for (page, op) in toc_links {
        if let Op::Link {
            x,
            y,
            w,
            h,
            page: target,
        } = op
        {
            let id = refs.next();
            let mut a = pdf.annotation(id);
            a.subtype(AnnotationType::Link)
                .rect(Rect::new(*x, *y, x + w, y + h))
                .border(0.0, 0.0, 0.0, None);
            a.action()
                .action_type(ActionType::GoTo)
                .destination()
                .page(page_ids[*target])
                .xyz(0.0, PAGE_H, None);
            a.finish();
            annots_of[*page].push(id);
        }
    }

    // A signature field on the first page, invisible, to be filled in by `sign`.
    let sig = meta.signature.map(|name| (refs.next(), refs.next(), name));
    if let Some((sig_id, field_id, name)) = sig {
        let mut d = pdf.indirect(sig_id).dict();
        d.pair(Name(b"Type"), Name(b"Sig"));
        d.pair(Name(b"Filter"), Name(b"Adobe.PPKLite"));
        d.pair(Name(b"SubFilter"), Name(b"adbe.pkcs7.detached"));
        d.insert(Name(b"ByteRange"))
            .array()
            .items([0, i32::MAX, i32::MAX, i32::MAX]);
        d.pair(Name(b"Contents"), Str(&vec![0xFF; SIGNATURE_SPACE]));
        d.pair(Name(b"M"), pdf_date(meta.date));
        d.pair(Name(b"Name"), TextStr(name));
        d.pair(Name(b"Reason"), TextStr(meta.reason));
        d.finish();
        let mut f = pdf.indirect(field_id).dict();
        f.pair(Name(b"Type"), Name(b"Annot"));
        f.pair(Name(b"Subtype"), Name(b"Widget"));
        f.pair(Name(b"FT"), Name(b"Sig"));
        f.pair(Name(b"T"), TextStr("zicha-signature"));
        f.pair(Name(b"V"), sig_id);
        f.insert(Name(b"Rect"))
            .array()
            .items([0.0f32, 0.0, 0.0, 0.0]);
        f.pair(Name(b"F"), 132);
        f.pair(Name(b"P"), page_ids[0]);
        f.finish();
        annots_of[0].push(field_id);
    }

    for (i, ops) in pages.iter().enumerate() {
        let mut c = Content::new();
        let mut text =
            |c: &mut Content, x: f32, y: f32, size: f32, s: &str, bold: bool, grey: f32| {
                let mut glyphs = Vec::with_capacity(s.len() * 2);
                for ch in s.chars() {
                    let (gid, _) = metrics.glyph(ch);
                    let new = remapper.remap(gid);
                    if !to_unicode.iter().any(|(g, _)| *g == new) {
                        to_unicode.push((new, ch));
                    }
                    glyphs.extend_from_slice(&new.to_be_bytes());
                }
                c.begin_text();
                c.set_font(font_name, size);
                c.set_fill_gray(grey);
                if bold {
                    // The font has no bold face: stroke the outline thinly as well.
                    c.set_text_rendering_mode(TextRenderingMode::FillStroke);
                    c.set_stroke_gray(grey);
                    c.set_line_width(size * 0.035);
                } else {
                    c.set_text_rendering_mode(TextRenderingMode::Fill);
                }
                c.set_text_matrix([1.0, 0.0, 0.0, 1.0, x, y]);
                c.show(Str(&glyphs));
                c.end_text();
            };
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    text: s,
                    bold,
                    grey,
                } => text(&mut c, *x, *y, *size, s, *bold, *grey),
                Op::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill,
                    stroke,
                } => {
                    c.save_state();
                    if let Some(g) = fill {
                        c.set_fill_gray(*g);
                    }
                    if let Some(g) = stroke {
                        c.set_stroke_gray(*g);
                        c.set_line_width(0.5);
                    }
                    c.rect(*x, *y, *w, *h);
                    match (fill, stroke) {
                        (Some(_), Some(_)) => c.fill_nonzero_and_stroke(),
                        (Some(_), None) => c.fill_nonzero(),
                        _ => c.stroke(),
                    };
                    c.restore_state();
                }
                Op::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    grey,
                } => {
                    c.save_state();
                    c.set_stroke_gray(*grey);
                    c.set_line_width(*width);
                    c.move_to(*x1, *y1);
                    c.line_to(*x2, *y2);
                    c.stroke();
                    c.restore_state();
                }
                Op::Link { .. } => {}
            }
        }
        // Footer: what this is, the manifest digest, and the page number.
        c.save_state();
        c.set_stroke_gray(0.6);
        c.set_line_width(0.4);
        c.move_to(super::layout::MARGIN_X, 44.0);
        c.line_to(PAGE_W - super::layout::MARGIN_X, 44.0);
        c.stroke();
        c.restore_state();
        text(
            &mut c,
            super::layout::MARGIN_X,
            32.0,
            8.0,
            meta.footer,
            false,
            0.2,
        );
        text(
            &mut c,
            super::layout::MARGIN_X,
            21.0,
            6.5,
            meta.footer_digest,
            false,
            0.35,
        );
        let label = format!(
            "{}{}{}{}{}",
            meta.page_label.0,
            i + 1,
            meta.page_label.1,
            total,
            meta.page_label.2
        );
        let w = metrics.width(&label, 8.0);
        text(
            &mut c,
            PAGE_W - super::layout::MARGIN_X - w,
            32.0,
            8.0,
            &label,
            false,
            0.2,
        );
        let data = deflate(&c.finish());
        pdf.stream(content_ids[i], &data)
            .filter(Filter::FlateDecode);
    }

    for (i, id) in page_ids.iter().enumerate() {
        let mut page = pdf.page(*id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
        page.parent(tree_id);
        page.contents(content_ids[i]);
        page.resources().fonts().pair(font_name, font_id);
        if !annots_of[i].is_empty() {
            page.annotations(annots_of[i].iter().copied());
        }
        page.finish();
    }
    pdf.pages(tree_id)
        .kids(page_ids.iter().copied())
        .count(total as i32);

    // The font: only the glyphs used, with their widths and a ToUnicode map.
    let subset = subsetter::subset(font, 0, &remapper)
        .map_err(|e| Error::Other(format!("font subsetting: {e}")))?;
    let face = metrics.face();
    let per_em = f32::from(face.units_per_em());
    let scale = |v: i16| f32::from(v) / per_em * 1000.0;
    let base = Name(b"ZICHAA+WenQuanYiMicroHei");
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(font_id)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);
    let widths: Vec<f32> = remapper
        .remapped_gids()
        .map(|old| {
            face.glyph_hor_advance(ttf_parser::GlyphId(old))
                .map_or(1000.0, |a| f32::from(a) / per_em * 1000.0)
        })
        .collect();
    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(CidFontType::Type2)
        .base_font(base)
        .system_info(system)
        .font_descriptor(descriptor_id)
        .default_width(1000.0);
    cid.cid_to_gid_map_predefined(Name(b"Identity"));
    cid.widths().consecutive(0, widths);
    cid.finish();
    let bbox = face.global_bounding_box();
    pdf.font_descriptor(descriptor_id)
        .name(base)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            scale(bbox.x_min),
            scale(bbox.y_min),
            scale(bbox.x_max),
            scale(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(scale(face.ascender()))
        .descent(scale(face.descender()))
        .cap_height(scale(face.capital_height().unwrap_or(face.ascender())))
        .stem_v(80.0)
        .font_file2(font_file_id);
    let compressed = deflate(&subset);
    pdf.stream(font_file_id, &compressed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);
    to_unicode.sort();
    let mut cmap = UnicodeCmap::new(Name(b"Zicha-UCS"), system);
    for (gid, ch) in &to_unicode {
        cmap.pair(*gid, *ch);
    }
    pdf.cmap(cmap_id, &cmap.finish());

    // Bookmarks: level-1 headings at the top, level-2 under the one before.
    // (bookmark, heading, its sub-bookmarks)
    type Item<'h> = (Ref, &'h Heading, Vec<(Ref, &'h Heading)>);
    let mut items: Vec<Item<'_>> = Vec::new();
    for h in headings.iter().filter(|h| h.level <= 2) {
        if h.level == 1 || items.is_empty() {
            items.push((refs.next(), h, Vec::new()));
        } else {
            let id = refs.next();
            items.last_mut().expect("a parent").2.push((id, h));
        }
    }
    if !items.is_empty() {
        let mut outline = pdf.outline(outline_id);
        outline
            .first(items[0].0)
            .last(items[items.len() - 1].0)
            .count(items.len() as i32);
        outline.finish();
        for (i, (id, h, kids)) in items.iter().enumerate() {
            let mut it = pdf.outline_item(*id);
            it.title(TextStr(&h.title)).parent(outline_id);
            if i > 0 {
                it.prev(items[i - 1].0);
            }
            if i + 1 < items.len() {
                it.next(items[i + 1].0);
            }
            if let (Some(first), Some(last)) = (kids.first(), kids.last()) {
                it.first(first.0).last(last.0).count(-(kids.len() as i32));
            }
            it.dest().page(page_ids[h.page]).xyz(0.0, h.y + 20.0, None);
            it.finish();
            for (j, (kid, kh)) in kids.iter().enumerate() {
                let mut k = pdf.outline_item(*kid);
                k.title(TextStr(&kh.title)).parent(*id);
                if j > 0 {
                    k.prev(kids[j - 1].0);
                }
                if j + 1 < kids.len() {
                    k.next(kids[j + 1].0);
                }
                k.dest().page(page_ids[kh.page]).xyz(0.0, kh.y + 20.0, None);
                k.finish();
            }
        }
    }

    // Attachments: the audit and the manifest, for a reviewer's tools.
    let mut specs = Vec::new();
    for a in &meta.attachments {
        let (spec_id, file_id) = (refs.next(), refs.next());
        let compressed = deflate(a.data);
        let mut ef = pdf.embedded_file(file_id, &compressed);
        ef.subtype(Name(a.mime.as_bytes()));
        ef.filter(Filter::FlateDecode);
        ef.params()
            .size(a.data.len() as i32)
            .modification_date(pdf_date(meta.date));
        ef.finish();
        let mut spec = pdf.file_spec(spec_id);
        spec.path(Str(a.name.as_bytes()))
            .unic_file(TextStr(a.name))
            .description(TextStr(a.description));
        spec.embedded_file(file_id);
        spec.finish();
        specs.push((a.name, spec_id));
    }

    pdf.document_info(info_id)
        .title(TextStr(meta.title))
        .author(TextStr(meta.author))
        .creator(TextStr(concat!("zicha ", env!("CARGO_PKG_VERSION"))))
        .producer(TextStr("zicha (pdf-writer)"))
        .creation_date(pdf_date(meta.date));
    let mut catalog = pdf.catalog(catalog_id);
    catalog.pages(tree_id);
    if !items.is_empty() {
        catalog.outlines(outline_id);
        catalog.pair(Name(b"PageMode"), Name(b"UseOutlines"));
    }
    catalog.pair(Name(b"Lang"), TextStr("zh-CN"));
    if !specs.is_empty() {
        let mut names = catalog.names();
        let mut tree = names.embedded_files();
        let mut entries = tree.names();
        for (name, id) in &specs {
            entries.insert(Str(name.as_bytes()), *id);
        }
        entries.finish();
        tree.finish();
        names.finish();
        catalog
            .insert(Name(b"AF"))
            .array()
            .items(specs.iter().map(|(_, id)| *id));
    }
    if let Some((_, field_id, _)) = sig {
        let mut form = catalog.insert(Name(b"AcroForm")).dict();
        form.insert(Name(b"Fields")).array().item(field_id);
        form.pair(Name(b"SigFlags"), 3);
        form.finish();
    }
    catalog.finish();
    use sha2::Digest;
    let id = sha2::Sha256::digest(meta.id_seed)[..16].to_vec();
    pdf.set_file_id((id.clone(), id));
    Ok(pdf.finish())
}
