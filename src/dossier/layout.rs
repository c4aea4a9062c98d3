//! A small flow layout for A4 pages: text measured with the bundled font's own advance widths,
//! wrapped (Chinese between any two characters, Latin at spaces), headings, tables that break
//! across pages and repeat their header, and vector drawing. It produces positioned operations;
//! `pdf.rs` turns them into PDF objects.

use std::collections::HashMap;

/// A4 in points.
pub(crate) const PAGE_W: f32 = 595.28;
pub(crate) const PAGE_H: f32 = 841.89;
pub(crate) const MARGIN_X: f32 = 56.0;
pub(crate) const MARGIN_TOP: f32 = 60.0;
/// Room kept at the bottom for the footer.
pub(crate) const MARGIN_BOTTOM: f32 = 64.0;
pub(crate) const BODY_W: f32 = PAGE_W - 2.0 * MARGIN_X;

/// Font metrics of the bundled face, by character.
pub(crate) struct Metrics {
    face: ttf_parser::Face<'static>,
    per_em: f32,
    cache: std::cell::RefCell<HashMap<char, (u16, f32)>>,
}

impl Metrics {
    pub(crate) fn new(data: &'static [u8]) -> Metrics {
        let face = ttf_parser::Face::parse(data, 0).expect("the bundled font parses (tested)");
        let per_em = f32::from(face.units_per_em());
        Metrics {
            face,
            per_em,
            cache: Default::default(),
        }
    }

    /// Glyph id and advance (in ems) of a character; characters the font lacks use its .notdef.
    pub(crate) fn glyph(&self, c: char) -> (u16, f32) {
        if let Some(g) = self.cache.borrow().get(&c) {
            return *g;
        }
        let gid = self.face.glyph_index(c).map_or(0, |g| g.0);
        let adv = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(gid))
            .map_or(self.per_em, f32::from)
            / self.per_em;
        self.cache.borrow_mut().insert(c, (gid, adv));
        (gid, adv)
    }

    /// Width of `text` at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    /// The face, for the PDF writer.
    pub(crate) fn face(&self) -> &ttf_parser::Face<'static> {
        &self.face
    }

    /// Lines of `text` no wider than `width`: Chinese may break between any two characters, a run
    /// of Latin letters or digits only at a space (or, if longer than a line, anywhere).
    pub(crate) fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for para in text.split('\n') {
            let mut line = String::new();
            let mut line_w = 0.0;
            // Where the line may be broken: (byte index in `line`, width up to there).
            let mut last_space: Option<(usize, f32)> = None;
            for c in para.chars() {
                let w = self.glyph(c).1 * size;
                if line_w + w > width && !line.is_empty() {
                    let latin_run = c.is_ascii_alphanumeric()
                        && line
                            .chars()
                            .last()
                            .is_some_and(|p| p.is_ascii_alphanumeric());
                    match last_space.filter(|_| latin_run) {
                        Some((at, _)) => {
                            let rest = line[at..].trim_start().to_string();
                            line.truncate(at);
                            lines.push(line.trim_end().to_string());
                            line = rest;
                            line_w = self.width(&line, size);
                        }
                        None => {
                            lines.push(std::mem::take(&mut line));
                            line_w = 0.0;
                        }
                    }
                    last_space = None;
                    if c == ' ' && line.is_empty() {
                        continue;
                    }
                }
                if c == ' ' {
                    last_space = Some((line.len(), line_w));
                } else if !c.is_ascii() {
                    // Between Chinese characters a break is always allowed.
                    last_space = None;
                }
                line.push(c);
                line_w += w;
            }
            lines.push(line);
        }
        lines
    }
}

/// A drawing operation on a page (coordinates from the bottom left, in points).
#[derive(Debug, Clone)]
pub(crate) enum Op {
    /// Text at a baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        bold: bool,
        grey: f32,
    },
    /// A rectangle, filled with a grey level and/or stroked.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<f32>,
        stroke: Option<f32>,
    },
    /// A line.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        grey: f32,
    },
    /// A clickable area that goes to a page.
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        page: usize,
    },
}

/// A heading, for the table of contents and the bookmarks.
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    pub level: u8,
    pub title: String,
    pub page: usize,
    pub y: f32,
}

/// One column of a table.
pub(crate) struct Column<'a> {
    pub title: &'a str,
    /// Share of the table width.
    pub share: f32,
}

/// Lays out pages top to bottom.
pub(crate) struct Doc<'m> {
    pub m: &'m Metrics,
    pub pages: Vec<Vec<Op>>,
    pub headings: Vec<Heading>,
    y: f32,
}

const LINE: f32 = 1.45;

impl<'m> Doc<'m> {
    pub(crate) fn new(m: &'m Metrics) -> Doc<'m> {
        Doc {
            m,
            pages: vec![Vec::new()],
            headings: Vec::new(),
            y: PAGE_H - MARGIN_TOP,
        }
    }

    /// Index of the current page.
    pub(crate) fn page(&self) -> usize {
        self.pages.len() - 1
    }

    pub(crate) fn push(&mut self, op: Op) {
        self.pages.last_mut().expect("a page").push(op);
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_H - MARGIN_TOP;
    }

    /// Starts a new page unless `height` still fits.
    pub(crate) fn need(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM {
            self.new_page();
        }
    }

    pub(crate) fn space(&mut self, h: f32) {
        self.y -= h;
    }

    pub(crate) fn y(&self) -> f32 {
        self.y
    }

    pub(crate) fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    /// A heading: level 1 starts a page; it is recorded for the contents and bookmarks.
    pub(crate) fn heading(&mut self, level: u8, title: &str) {
        self.heading_with_break(level, title, level == 1);
    }

    /// A level-1 heading that stays on the current page (a short report's sections).
    pub(crate) fn section(&mut self, title: &str) {
        self.heading_with_break(1, title, false);
    }

    fn heading_with_break(&mut self, level: u8, title: &str, page_break: bool) {
        let size = match level {
            1 => 18.0,
            2 => 14.0,
            _ => 12.0,
        };
        if page_break {
            self.new_page();
        } else {
            self.need(size * 4.0);
            self.space(size * 0.6);
        }
        self.headings.push(Heading {
            level,
            title: title.to_string(),
            page: self.page(),
            y: self.y,
        });
        self.y -= size;
        let x = MARGIN_X;
        self.push(Op::Text {
            x,
            y: self.y,
            size,
            text: title.to_string(),
            bold: true,
            grey: 0.0,
        });
        self.y -= size * 0.5;
        if level <= 2 {
            self.push(Op::Line {
                x1: x,
                y1: self.y,
                x2: PAGE_W - MARGIN_X,
                y2: self.y,
                width: if level == 1 { 1.2 } else { 0.5 },
                grey: 0.3,
            });
        }
        self.y -= size * 0.6;
    }

    /// A paragraph, wrapped to the body width.
    pub(crate) fn paragraph(&mut self, text: &str, size: f32, grey: f32) {
        self.paragraph_at(MARGIN_X, BODY_W, text, size, grey, false);
    }

    pub(crate) fn paragraph_at(
        &mut self,
        x: f32,
        width: f32,
        text: &str,
        size: f32,
        grey: f32,
        bold: bool,
    ) {
        for line in self.m.wrap(text, size, width) {
            self.need(size * LINE);
            self.y -= size * LINE;
            self.push(Op::Text {
                x,
                y: self.y + size * 0.3,
                size,
                text: line,
                bold,
                grey,
            });
        }
    }

    /// A table with a header row; rows break across pages (the header is repeated) and long cells
    /// wrap. A cell taller than `max_lines` lines is cut with an ellipsis so a row always fits.
    pub(crate) fn table(&mut self, cols: &[Column<'_>], rows: &[Vec<String>], size: f32) {
        let total: f32 = cols.iter().map(|c| c.share).sum();
        let widths: Vec<f32> = cols.iter().map(|c| c.share / total * BODY_W).collect();
        let pad = 3.0;
        let line_h = size * LINE;
        let max_lines = 14;
        let header: Vec<String> = cols.iter().map(|c| c.title.to_string()).collect();
        let layout_row = |row: &[String]| -> (Vec<Vec<String>>, f32) {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(&widths)
                .map(|(text, w)| {
                    let mut lines = self.m.wrap(text, size, w - 2.0 * pad);
                    if lines.len() > max_lines {
                        lines.truncate(max_lines);
                        if let Some(last) = lines.last_mut() {
                            last.push('…');
                        }
                    }
                    lines
                })
                .collect();
            let n = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
            (cells, n as f32 * line_h + 2.0 * pad)
        };
        let (head_cells, head_h) = layout_row(&header);
        let draw_row = |doc: &mut Doc<'_>, cells: &[Vec<String>], h: f32, header: bool| {
            let top = doc.y;
            let mut x = MARGIN_X;
            if header {
                doc.push(Op::Rect {
                    x,
                    y: top - h,
                    w: BODY_W,
                    h,
                    fill: Some(0.9),
                    stroke: None,
                });
            }
            for (lines, w) in cells.iter().zip(&widths) {
                doc.push(Op::Rect {
                    x,
                    y: top - h,
                    w: *w,
                    h,
                    fill: None,
                    stroke: Some(0.55),
                });
                for (i, line) in lines.iter().enumerate() {
                    let y = top - pad - (i as f32 + 1.0) * line_h + size * 0.3;
                    doc.push(Op::Text {
                        x: x + pad,
                        y,
                        size,
                        text: line.clone(),
                        bold: header,
                        grey: 0.0,
                    });
                }
                x += w;
            }
            doc.y -= h;
        };
        self.need(head_h + line_h * 2.0);
        draw_row(self, &head_cells, head_h, true);
        for row in rows {
            let (cells, h) = layout_row(row);
            if self.y - h < MARGIN_BOTTOM {
                self.new_page();
                draw_row(self, &head_cells, head_h, true);
            }
            draw_row(self, &cells, h, false);
        }
        self.y -= size;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_chinese_anywhere_and_latin_at_spaces_within_the_width() {
        let m = Metrics::new(super::super::FONT);
        let text = "交通安全项目缺少效果评估：为每个安全促进项目编写效果评估报告，对比干预前后的伤害人数 and an English sentence that is long enough to wrap";
        let lines = m.wrap(text, 10.0, 150.0);
        assert!(lines.len() > 3);
        for l in &lines {
            assert!(m.width(l, 10.0) <= 150.0 + 0.01, "{l}");
        }
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        assert!(!lines.iter().any(|l| l.ends_with("sente")), "{lines:?}");
    }
}
