#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the 鼓楼社区 安全社区 creation archive (holdout18/gulou).

Style: the office clerk files everything chronologically in month folders (2024.06 … 2026.05),
plus a catalogue and the 自查报告 at the root.  Deterministic: fixed random seeds, fixed OOXML core
properties and zip timestamps, reportlab invariant PDFs, fixed file mtimes (2026-11-20 10:00 +08:00).

usage: python3 make_gulou.py            (writes ./gulou next to this script, replacing it)
"""
import calendar
import datetime as dt
import io
import os
import random
import re
import shutil
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

try:
    from pptx import Presentation
    from pptx.util import Pt as PPt
except ImportError:  # pragma: no cover
    sys.exit("python-pptx is needed: pip install --user python-pptx")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gulou")
TZ8 = dt.timezone(dt.timedelta(hours=8))
MTIME = dt.datetime(2026, 11, 20, 10, 0, 0, tzinfo=TZ8).timestamp()
ZIP_DT = (2026, 11, 20, 10, 0, 0)
D = dt.date


# ----------------------------------------------------------------------------- fonts
def find_cjk_font():
    cands = []
    for base in ("/usr/share/fonts", "/usr/local/share/fonts", os.path.expanduser("~/.fonts")):
        for dp, _, fns in os.walk(base):
            for fn in sorted(fns):
                low = fn.lower()
                if low.endswith((".ttc", ".ttf", ".otf")) and any(
                        k in low for k in ("wqy", "noto", "droid", "simsun", "simhei", "sourcehan", "cjk", "ukai", "uming")):
                    cands.append(os.path.join(dp, fn))
    cands.sort(key=lambda p: (0 if "microhei" in p else 1 if "zenhei" in p else 2, p))
    return cands[0] if cands else None


CJK_PATH = find_cjk_font()
PDF_FONT = "CJK"
if CJK_PATH and not CJK_PATH.endswith(".otf"):
    pdfmetrics.registerFont(TTFont(PDF_FONT, CJK_PATH, subfontIndex=0))
else:
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    PDF_FONT = "STSong-Light"


def pil_font(size):
    if CJK_PATH:
        try:
            return ImageFont.truetype(CJK_PATH, size, index=0)
        except Exception:
            pass
    return ImageFont.load_default()


# ----------------------------------------------------------------------------- small helpers
CN_DIGIT = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    if n < 20:
        return "十" + (CN_DIGIT[n - 10] if n > 10 else "")
    return CN_DIGIT[n // 10] + "十" + (CN_DIGIT[n % 10] if n % 10 else "")


def cn_date(d):
    """二〇二五年三月十四日"""
    return "".join(CN_DIGIT[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def zh(d):
    return f"{d.year}年{d.month}月{d.day}日"


def md(d):
    return f"{d.month}月{d.day}日"


def dot(d):
    return f"{d.year}.{d.month}.{d.day}"


WEEK = "一二三四五六日"


def wk(d):
    return "星期" + WEEK[d.weekday()]


def pct(a, b, nd=1):
    return f"{(100.0 * a / b):.{nd}f}%" if b else "0%"


CATALOGUE = []   # (relpath, title, docno, owner, date, kind)


def reg(rel, title, date, owner, docno="", kind=""):
    CATALOGUE.append((rel, title, docno, owner, date, kind))


def outpath(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def iso_utc(d, hh=9, mm_=30):
    t = dt.datetime(d.year, d.month, d.day, hh, mm_, tzinfo=TZ8).astimezone(dt.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_ooxml(path, created, modified):
    """Rewrite an OOXML zip with fixed member timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + created + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + modified + r"\g<2>", s)
                s = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------------------------------- docx
def _set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def save_docx(rel, blocks, date, author="王婷", title=None, owner="鼓楼社区居委会", docno="",
              body_font="仿宋", size=12, modified=None, reg_it=True, kind="文书"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), body_font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_run_font(p.add_run(b[1]), "宋体", 18, True)
        elif k == "redhead":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_run_font(p.add_run(b[1]), "宋体", 22, True, (200, 20, 20))
        elif k == "sub":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_run_font(p.add_run(b[1]), "楷体", size)
        elif k == "h":
            p = doc.add_paragraph()
            _set_run_font(p.add_run(b[1]), "黑体", size, True)
        elif k == "h2":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(size * 2)
            _set_run_font(p.add_run(b[1]), "楷体", size, True)
        elif k == "p":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(size * 2)
            p.paragraph_format.line_spacing = 1.25
            _set_run_font(p.add_run(b[1]), body_font, size)
        elif k == "pl":
            p = doc.add_paragraph()
            _set_run_font(p.add_run(b[1]), body_font, size)
        elif k == "kv":  # label: value paragraphs
            p = doc.add_paragraph()
            _set_run_font(p.add_run(b[1] + "："), "黑体", size, True)
            _set_run_font(p.add_run(b[2]), body_font, size)
        elif k == "right":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_run_font(p.add_run(b[1]), body_font, size)
        elif k == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(header):
                c = t.cell(0, j)
                c.text = ""
                _set_run_font(c.paragraphs[0].add_run(str(h)), "黑体", size - 1.5, True)
            for i, r in enumerate(rows, 1):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    c.text = ""
                    _set_run_font(c.paragraphs[0].add_run("" if v is None else str(v)), body_font, size - 1.5)
        elif k == "br":
            doc.add_paragraph()
        elif k == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(k)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or os.path.splitext(os.path.basename(rel))[0]
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    mod = modified or date
    cp.created = dt.datetime(date.year, date.month, date.day, 9, 0, 0)
    cp.modified = dt.datetime(mod.year, mod.month, mod.day, 17, 20, 0)
    p = outpath(rel)
    doc.save(p)
    normalize_ooxml(p, iso_utc(date, 9, 0), iso_utc(mod, 17, 20))
    if reg_it:
        reg(rel, title or os.path.splitext(os.path.basename(rel))[0], date, owner, docno, kind)


# ----------------------------------------------------------------------------- xlsx
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def save_xlsx(rel, sheets, date, author="王婷", title=None, owner="鼓楼社区居委会", modified=None,
              reg_it=True, kind="台账"):
    """sheets: list of dicts {name, title, subtitle, header, rows, widths}.
    A row may be ('__band__', text) for a merged band row (year header etc.).
    Cells: str, int, float, dt.date (written as a real Excel date; dict {'v': date, 'fmt': ..}
    for a custom number format)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        ncol = len(sh["header"])
        last = get_column_letter(ncol)
        r = 1
        ws.cell(row=1, column=1, value=sh["title"]).font = Font(name="宋体", size=16, bold=True)
        ws.merge_cells(f"A1:{last}1")
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[1].height = 30
        r = 2
        if sh.get("subtitle"):
            ws.cell(row=2, column=1, value=sh["subtitle"]).font = Font(name="宋体", size=10)
            ws.merge_cells(f"A2:{last}2")
            r = 3
        for j, h in enumerate(sh["header"], 1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(name="宋体", size=10, bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = BOX
        hdr_row = r
        for row in sh["rows"]:
            r += 1
            if isinstance(row, tuple) and row and row[0] == "__band__":
                c = ws.cell(row=r, column=1, value=row[1])
                c.font = Font(name="宋体", size=10, bold=True)
                ws.merge_cells(f"A{r}:{last}{r}")
                continue
            for j, v in enumerate(row, 1):
                fmt = None
                if isinstance(v, dict):
                    fmt, v = v.get("fmt"), v["v"]
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.date):
                    c.number_format = fmt or "yyyy-mm-dd"
                c.font = Font(name="宋体", size=10)
                c.border = BOX
                c.alignment = Alignment(vertical="center", wrap_text=isinstance(v, str) and len(v) > 12)
        for j, w in enumerate(sh.get("widths") or [], 1):
            ws.column_dimensions[get_column_letter(j)].width = w
        ws.freeze_panes = ws.cell(row=hdr_row + 1, column=1)
        for extra in sh.get("footer", []):
            r += 1
            ws.cell(row=r, column=1, value=extra).font = Font(name="宋体", size=10)
    mod = modified or date
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title or os.path.splitext(os.path.basename(rel))[0]
    wb.properties.created = dt.datetime(date.year, date.month, date.day, 1, 0, 0)
    wb.properties.modified = dt.datetime(mod.year, mod.month, mod.day, 9, 0, 0)
    p = outpath(rel)
    wb.save(p)
    normalize_ooxml(p, iso_utc(date, 9, 0), iso_utc(mod, 17, 0))
    if reg_it:
        reg(rel, title or os.path.splitext(os.path.basename(rel))[0], date, owner, "", kind)


# ----------------------------------------------------------------------------- pptx
def save_pptx(rel, cover, slides, date, author="王婷", title=None, owner="鼓楼社区居委会", kind="课件"):
    prs = Presentation()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = cover[0]
    s.placeholders[1].text = cover[1]
    for head, bullets in slides:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = head
        tf = s.placeholders[1].text_frame
        first = True
        for b in bullets:
            lvl = 0
            if b.startswith("  "):
                lvl, b = 1, b.strip()
            para = tf.paragraphs[0] if first else tf.add_paragraph()
            first = False
            para.text = b
            para.level = lvl
            para.font.size = PPt(20 if lvl == 0 and len(bullets) <= 5 else 16)
    cp = prs.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or cover[0]
    cp.comments = ""
    cp.revision = 2
    cp.created = dt.datetime(date.year, date.month, date.day, 8, 0, 0)
    cp.modified = dt.datetime(date.year, date.month, date.day, 8, 40, 0)
    p = outpath(rel)
    prs.save(p)
    normalize_ooxml(p, iso_utc(date, 8, 0), iso_utc(date, 8, 40))
    reg(rel, title or cover[0], date, owner, "", kind)


# ----------------------------------------------------------------------------- pdf
class Stamp(Flowable):
    def __init__(self, text, r=38):
        super().__init__()
        self.text, self.r = text, r
        self.width, self.height = 2 * r + 10, 2 * r + 6

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        red = Color(0.82, 0.08, 0.08, alpha=0.85)
        c.setStrokeColor(red)
        c.setFillColor(red)
        c.setLineWidth(2.2)
        cx, cy = self.width / 2, self.height / 2
        c.circle(cx, cy, self.r)
        import math
        pts = []
        for i in range(10):
            ang = math.pi / 2 + i * math.pi / 5
            rr = 11 if i % 2 == 0 else 4.5
            pts.append((cx + rr * math.cos(ang), cy + 4 + rr * math.sin(ang)))
        pth = c.beginPath()
        pth.moveTo(*pts[0])
        for q in pts[1:]:
            pth.lineTo(*q)
        pth.close()
        c.drawPath(pth, fill=1, stroke=0)
        c.setFont(PDF_FONT, 7.2)
        c.drawCentredString(cx, cy + self.r - 15, self.text[:9])
        c.drawCentredString(cx, cy + self.r - 24, self.text[9:])
        c.setFont(PDF_FONT, 8)
        c.drawCentredString(cx, cy - 20, "专用章" if "办公室" in self.text else "")


def save_pdf(rel, blocks, date, title, author="鼓楼社区居委会", owner="鼓楼社区居委会", docno="",
             kind="公文"):
    p = outpath(rel)
    base = ParagraphStyle("b", fontName=PDF_FONT, fontSize=12, leading=21, wordWrap="CJK",
                          firstLineIndent=24)
    styles = {
        "redhead": ParagraphStyle("rh", parent=base, fontSize=18, leading=28, alignment=1,
                                  textColor=Color(0.8, 0.05, 0.05), firstLineIndent=0),
        "title": ParagraphStyle("t", parent=base, fontSize=17, leading=26, alignment=1, firstLineIndent=0),
        "sub": ParagraphStyle("s", parent=base, alignment=1, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, firstLineIndent=0, fontSize=12.5),
        "p": base,
        "pl": ParagraphStyle("pl", parent=base, firstLineIndent=0),
        "right": ParagraphStyle("r", parent=base, alignment=2, firstLineIndent=0),
        "small": ParagraphStyle("sm", parent=base, fontSize=10, leading=16, firstLineIndent=0),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k == "line":
            t = Table([[""]], colWidths=[160 * mm], rowHeights=[3])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.6, Color(0.8, 0.05, 0.05))]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif k == "stamp":
            st = Stamp(b[1])
            st.hAlign = "RIGHT"
            story.append(st)
        elif k == "space":
            story.append(Spacer(1, b[1]))
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            cellst = ParagraphStyle("c", parent=base, fontSize=10, leading=14, firstLineIndent=0)
            data = [[Paragraph(str(x), cellst) for x in header]] + \
                   [[Paragraph(str(x), cellst) for x in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, Color(0, 0, 0)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(b[1], styles[k]))
    doc = SimpleDocTemplate(p, pagesize=A4, leftMargin=26 * mm, rightMargin=26 * mm, topMargin=30 * mm,
                            bottomMargin=25 * mm, title=title, author=author, subject=docno,
                            creator="Microsoft Word - " + title, producer="Microsoft: Print To PDF")
    doc.build(story)
    reg(rel, title, date, owner, docno, kind)


# ----------------------------------------------------------------------------- html (公众号)
def save_html(rel, title, publish, author, paras, reads, event_date, owner="鼓楼社区居委会"):
    body = "\n".join(
        (f'<p style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/gulou{event_date:%Y%m%d}/{i}.jpg" '
         f'alt="{x[4:]}" /></p>\n<p style="text-align:center;color:#888;font-size:13px;">{x[4:]}</p>')
        if x.startswith("IMG:") else f"<p>{x}</p>"
        for i, x in enumerate(paras))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
</head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">{author}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">鼓楼社区发布</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{publish}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于宁川</em>
</div>
<div class="rich_media_content" id="js_content">
{body}
<p style="color:#888;font-size:13px;">来源：鼓楼社区居委会　编辑：{author}　审核：李秀兰</p>
</div>
<div class="rich_media_tool" id="js_toobar3">阅读 {reads}　　赞 {reads // 37}　　在看 {reads // 91}</div>
</div>
</body>
</html>
"""
    with open(outpath(rel), "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    reg(rel, title, event_date, owner, "", "公众号文章")


# ----------------------------------------------------------------------------- jpg
def save_jpg(rel, caption, when, seed, camera=("HUAWEI", "ELE-AL00"), scene="meeting", stamp=True,
             owner="鼓楼社区居委会"):
    rng = random.Random(seed)
    W, H = 960, 720
    im = Image.new("RGB", (W, H), (200, 200, 200))
    dr = ImageDraw.Draw(im)
    top = (rng.randint(150, 210), rng.randint(170, 215), rng.randint(190, 235))
    bot = (rng.randint(90, 140), rng.randint(90, 130), rng.randint(80, 120))
    for y in range(H):
        t = y / H
        dr.line([(0, y), (W, y)], fill=tuple(int(top[i] * (1 - t) + bot[i] * t) for i in range(3)))
    if scene == "meeting":
        dr.rectangle([80, 90, 880, 250], fill=(170, 30, 30))
        dr.text((110, 140), caption[:18], font=pil_font(40), fill=(255, 230, 120))
        for row in range(3):
            for i in range(9):
                x = 90 + i * 92 + rng.randint(-6, 6)
                y = 360 + row * 110
                dr.ellipse([x, y, x + 46, y + 46], fill=(60 + rng.randint(0, 40), 45, 35))
                dr.rectangle([x - 8, y + 46, x + 54, y + 110], fill=(rng.randint(20, 90), rng.randint(20, 90), rng.randint(40, 120)))
    elif scene == "outdoor":
        for i in range(6):
            x = i * 160 + rng.randint(0, 30)
            h = rng.randint(180, 330)
            dr.rectangle([x, H - 200 - h, x + 140, H - 200], fill=(rng.randint(120, 170), rng.randint(100, 140), rng.randint(90, 120)))
            for wy in range(H - 190 - h, H - 210, 40):
                for wx in (x + 15, x + 60, x + 105):
                    dr.rectangle([wx, wy, wx + 22, wy + 22], fill=(90, 110, 130))
        dr.rectangle([0, H - 200, W, H], fill=(110, 110, 105))
        for i in range(7):
            x = 60 + i * 125 + rng.randint(-10, 10)
            dr.ellipse([x, H - 300, x + 40, H - 260], fill=(70, 50, 40))
            dr.rectangle([x - 6, H - 260, x + 46, H - 180], fill=(220, 120, 20) if i % 2 else (30, 80, 160))
    else:  # drill
        dr.rectangle([0, H - 230, W, H], fill=(120, 118, 110))
        dr.rectangle([600, 150, 900, H - 230], fill=(150, 120, 100))
        for i in range(12):
            x = 40 + i * 70 + rng.randint(-8, 8)
            y = H - 330 + rng.randint(-20, 20)
            dr.ellipse([x, y, x + 34, y + 34], fill=(60, 45, 35))
            dr.rectangle([x - 5, y + 34, x + 39, y + 100], fill=(200, 40, 30) if i < 4 else (40, 60, 120))
        dr.ellipse([680, 300, 800, 420], fill=(235, 235, 235))
    dr.rectangle([0, H - 56, W, H], fill=(0, 0, 0))
    dr.text((20, H - 46), caption, font=pil_font(28), fill=(255, 255, 255))
    if stamp:
        dr.text((W - 300, 20), when.strftime("%Y/%m/%d %H:%M"), font=pil_font(30), fill=(255, 150, 40))
    exif = Image.Exif()
    exif[0x010F] = camera[0]
    exif[0x0110] = camera[1]
    exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x0131] = camera[1] + " V1.0"
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
    ifd[0x9004] = when.strftime("%Y:%m:%d %H:%M:%S")
    ifd[0x9010] = "+08:00"
    im.save(outpath(rel), "JPEG", quality=78, exif=exif.tobytes())
    reg(rel, caption, when.date(), owner, "", "照片")


def save_txt_gbk(rel, text, date, title, owner):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gbk")
    with open(outpath(rel), "wb") as f:
        f.write(data)
    reg(rel, title, date, owner, "", "说明")


# ============================================================================= community facts
YARDS = ["钟楼巷小区", "文庙街小区", "鼓楼东院", "鼓楼西院", "戏院宿舍", "粮站家属院", "老邮局宿舍",
         "南门里小区", "北大街16号院", "棉纺厂宿舍", "供销社家属院", "二中家属院", "城隍庙巷平房区", "百货大楼宿舍"]
YARD_W = [12, 11, 9, 8, 6, 7, 5, 8, 4, 9, 5, 5, 7, 4]

# 促进委员会 (鼓社〔2024〕8号)
MEMBERS = [
    ("周明华", "鼓楼社区党委书记、居委会主任", "主任"),
    ("刘建军", "鼓楼派出所副所长", "副主任"),
    ("赵丽萍", "鼓楼街道社区卫生服务中心副主任", "副主任"),
    ("李秀兰", "鼓楼社区居委会副主任", "委员兼办公室主任"),
    ("孙浩", "老城区消防救援大队鼓楼消防救援站站长", "委员"),
    ("马国强", "宁川安居物业服务有限公司鼓楼项目部经理", "委员"),
    ("郑雪梅", "鼓楼小学副校长", "委员"),
    ("钱志刚", "鼓楼菜市场管理办公室主任", "委员"),
    ("吴德胜", "鼓楼大戏院经理", "委员"),
    ("韩卫东", "老城区交警大队鼓楼中队中队长", "委员"),
    ("冯雅琴", "宁川燃气有限公司老城营业所安检班班长", "委员"),
    ("黄桂芳", "“银发守护”志愿服务队队长", "委员"),
    ("杨波", "沿街商户代表（杨记包子铺业主）", "委员"),
    ("陈志远", "居民代表（钟楼巷小区楼栋长）", "委员"),
    ("刘淑珍", "居民代表（文庙街小区）", "委员"),
    ("张磊", "鼓楼社区网格长", "委员"),
    ("王婷", "鼓楼社区安全专干", "委员兼办公室干事"),
]
MEMBER_UNIT = {m[0]: m[1] for m in MEMBERS}
GRID = ["张磊", "杜娟", "何志强", "林芳", "周倩"]
SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"


def months(a, b):
    y, m = a
    out = []
    while (y, m) <= b:
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def rand_day(rng, y, m, lo=1, hi=None, avoid=()):
    hi = hi or calendar.monthrange(y, m)[1]
    while True:
        d = D(y, m, rng.randint(lo, hi))
        if d not in avoid:
            return d


# ----------------------------------------------------------------------------- injury register
INJ_COUNTS = {(2024, 6): 10, (2024, 7): 9, (2024, 8): 11, (2024, 9): 10, (2024, 10): 12, (2024, 11): 9,
              (2024, 12): 13, (2025, 1): 12, (2025, 2): 8, (2025, 3): 10, (2025, 4): 9, (2025, 5): 10,
              (2025, 6): 9, (2025, 7): 11, (2025, 8): 10, (2025, 9): 9, (2025, 10): 10, (2025, 11): 8,
              (2025, 12): 11}
CAUSES = [("跌倒/坠落", 37), ("道路交通伤害", 15), ("刀/锐器伤", 10), ("钝器伤/碰撞", 10), ("烧烫伤", 8),
          ("动物咬伤", 8), ("中毒", 2), ("其他", 10)]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def gen_injuries():
    rng = random.Random(900106)
    rows = []
    for (y, m), n in INJ_COUNTS.items():
        days = sorted(rand_day(rng, y, m) for _ in range(n))
        for d in days:
            cause = wchoice(rng, CAUSES)
            if cause == "中毒" and m not in (11, 12, 1, 2):
                cause = "其他"
            if cause == "跌倒/坠落":
                age = rng.randint(61, 93) if rng.random() < 0.72 else rng.randint(4, 59)
                place = wchoice(rng, [("家中", 58), ("楼道/楼梯", 15), ("道路/街巷", 11), ("菜市场", 8), ("公共场所", 8)])
                part = wchoice(rng, [("下肢", 30), ("髋部", 14), ("上肢", 24), ("头部", 18), ("躯干", 14)])
            elif cause == "道路交通伤害":
                age = rng.randint(7, 76)
                place = "道路/街巷"
                part = wchoice(rng, [("下肢", 35), ("上肢", 25), ("头部", 20), ("多部位", 20)])
            elif cause == "刀/锐器伤":
                age = rng.randint(18, 70)
                place = wchoice(rng, [("家中", 55), ("菜市场", 30), ("商铺", 15)])
                part = "上肢"
            elif cause == "烧烫伤":
                age = rng.randint(1, 82)
                place = wchoice(rng, [("家中", 75), ("商铺", 25)])
                part = wchoice(rng, [("上肢", 50), ("下肢", 25), ("躯干", 25)])
            elif cause == "动物咬伤":
                age = rng.randint(5, 74)
                place = wchoice(rng, [("小区院内", 60), ("道路/街巷", 25), ("家中", 15)])
                part = wchoice(rng, [("下肢", 60), ("上肢", 40)])
            elif cause == "中毒":
                age = rng.randint(55, 88)
                place = "家中"
                part = "全身"
            elif cause == "钝器伤/碰撞":
                age = rng.randint(3, 80)
                place = wchoice(rng, [("家中", 40), ("学校", 15), ("公共场所", 25), ("商铺", 20)])
                part = wchoice(rng, [("头部", 40), ("上肢", 30), ("下肢", 30)])
            else:
                age = rng.randint(2, 85)
                place = wchoice(rng, [("家中", 50), ("公共场所", 30), ("小区院内", 20)])
                part = wchoice(rng, [("上肢", 40), ("下肢", 30), ("头部", 30)])
            sev = wchoice(rng, [("轻度", 74), ("中度", 21), ("重度", 5)])
            if cause == "跌倒/坠落" and age >= 75 and part == "髋部":
                sev = "重度"
            org = wchoice(rng, [("鼓楼街道社区卫生服务中心", 68), ("宁川市第二人民医院", 22), ("宁川市中医院", 10)])
            if sev == "重度":
                org = "宁川市第二人民医院"
            out = {"轻度": wchoice(rng, [("门诊处理", 85), ("留观", 15)]),
                   "中度": wchoice(rng, [("门诊处理", 40), ("住院", 45), ("转诊", 15)]),
                   "重度": "住院"}[sev]
            rows.append(dict(date=d, name=SURN[rng.randrange(len(SURN))] + "某某" if rng.random() < .6 else SURN[rng.randrange(len(SURN))] + "某",
                             sex=rng.choice("男女") if cause != "跌倒/坠落" or age < 60 else wchoice(rng, [("女", 62), ("男", 38)]),
                             age=age, yard=wchoice(rng, list(zip(YARDS, YARD_W))), place=place, cause=cause,
                             part=part, sev=sev, org=org, out=out,
                             rep="孟凡" if org.startswith("鼓楼") else "急诊科"))
    return rows


INJ = gen_injuries()


def inj_in(a, b):
    return [r for r in INJ if a <= r["date"] <= b]


def inj_month(y, m):
    return [r for r in INJ if (r["date"].year, r["date"].month) == (y, m)]


def cause_counts(rows):
    out = {}
    for c, _ in CAUSES:
        out[c] = sum(1 for r in rows if r["cause"] == c)
    return out


def inj_line(y, m):
    rows = inj_month(y, m)
    cc = cause_counts(rows)
    top = sorted(((v, k) for k, v in cc.items() if v), reverse=True)[:3]
    old = sum(1 for r in rows if r["age"] >= 60)
    return (f"卫生服务中心报送本月首诊伤害{len(rows)}例，其中" + "、".join(f"{k}{v}例" for v, k in top) +
            f"；60岁以上{old}例，重度{sum(1 for r in rows if r['sev'] == '重度')}例。已录入伤害登记台账。")


# ----------------------------------------------------------------------------- hazard ledger
HZ_TEMPL = [  # (类别, 描述, 等级, 责任, 措施, 期限天数, 场所类型)
    ("消防", "楼道堆放纸箱、旧家具等杂物，影响疏散", "一般", "物业/楼栋长", "清理堆物，张贴告知书", 7, "Y"),
    ("消防", "楼道内停放电动自行车", "一般", "物业", "劝离楼道，引导至集中停放点", 3, "Y"),
    ("消防", "楼道灭火器压力不足/过期", "一般", "物业", "更换灭火器", 7, "Y"),
    ("消防", "消防车通道被私家车占用", "一般", "物业", "施划禁停标线，联系车主挪车", 7, "Y"),
    ("消防", "应急照明、疏散指示灯不亮", "一般", "产权单位", "维修更换应急照明和疏散指示", 15, "YT"),
    ("用电", "私拉电线为电动自行车充电（飞线充电）", "较大", "物业/网格员", "拆除飞线，告知集中充电点", 3, "Y"),
    ("用电", "商铺电线老化、插座超负荷", "较大", "商户", "更换线路，规范用电", 15, "SM"),
    ("用电", "配电箱箱门损坏、无警示标识", "一般", "物业", "维修箱门，张贴警示标识", 15, "YM"),
    ("燃气", "住户燃气胶管超期使用/老化开裂", "较大", "住户", "更换金属波纹管", 7, "Y"),
    ("燃气", "餐饮商户未安装可燃气体报警器", "较大", "商户", "安装报警器并联动切断阀", 15, "S"),
    ("燃气", "液化气钢瓶与明火同室存放", "较大", "商户/住户", "钢瓶移出或设置隔离", 3, "PSM"),
    ("建筑", "外墙皮/瓷砖空鼓脱落", "较大", "产权单位", "设置警戒，安排修缮", 30, "Y"),
    ("建筑", "雨棚、空调外机支架锈蚀松动", "一般", "住户", "加固或拆除", 15, "Y"),
    ("公共设施", "院内路面坑洼、台阶破损", "一般", "物业", "修补路面台阶", 15, "Y"),
    ("公共设施", "楼梯扶手缺失/松动", "一般", "物业", "安装加固扶手", 15, "Y"),
    ("公共设施", "窨井盖破损/缺失", "较大", "市政/物业", "设置围挡，更换井盖", 7, "Y"),
    ("交通", "路灯损坏，夜间照明不足", "一般", "市政", "报修更换路灯", 15, "YX"),
    ("交通", "菜市场门口占道经营，人车混行", "一般", "菜市场管理办", "规范摊位，设置隔离", 7, "M"),
]
HZ_PLACES_EXTRA = ["鼓楼菜市场", "鼓楼大戏院", "鼓楼大街沿街商铺", "文庙街沿街商铺", "鼓楼小学周边"]
CHECKERS = ["张磊", "杜娟", "何志强", "林芳", "周倩", "李秀兰"]

HZ_PLANTED = [  # overdue, no 整改完成日期 / 复查人
    (D(2025, 9, 26), "鼓楼大戏院", "后台通往西侧安全出口的疏散通道堆放布景道具，通道净宽不足1米", "消防", "较大",
     "鼓楼大戏院 吴德胜", "清理道具，设置专用道具间", D(2025, 10, 31), "整改中，已清理一半"),
    (D(2025, 10, 23), "鼓楼菜市场", "东区熟食摊位电源线穿越排水沟，绝缘层破损", "用电", "较大",
     "菜市场管理办 钱志刚", "重新穿管敷设，加装漏电保护", D(2025, 11, 22), "整改中"),
    (D(2025, 11, 12), "棉纺厂宿舍3号楼", "楼顶水箱间门锁损坏，屋面防护栏锈蚀松动", "建筑", "一般",
     "安居物业 马国强", "更换门锁，加固防护栏", D(2025, 12, 12), ""),
    (D(2025, 12, 4), "城隍庙巷平房区17号", "独居老人家中煤炉无烟道，未安装一氧化碳报警器", "燃气", "较大",
     "鼓楼社区 林芳", "加装烟道，赠送安装一氧化碳报警器", D(2025, 12, 19), "已联系，老人不同意入户"),
    (D(2025, 12, 22), "钟楼巷小区5号楼", "地下室自行车库内电动自行车私拉插排充电", "用电", "较大",
     "安居物业 马国强", "拆除插排，封闭私接电源", D(2026, 1, 21), ""),
    (D(2026, 1, 13), "北大街16号院", "院内室外消火栓无水，箱门锈死", "消防", "较大",
     "产权单位/自来水公司", "报修恢复供水，更换栓箱", D(2026, 2, 12), "已报修"),
    (D(2026, 2, 27), "粮站家属院", "院门口路面塌陷约0.5平方米，夜间无警示", "公共设施", "一般",
     "市政养护所", "设置警示，修复路面", D(2026, 3, 31), "已上报12345"),
]


def gen_hazards():
    rng = random.Random(240612)
    rows = []
    # fixed events that other documents cite
    fixed = {
        (2024, 6): [(D(2024, 6, 12), "钟楼巷小区", 0), (D(2024, 6, 12), "鼓楼东院", 1), (D(2024, 6, 12), "戏院宿舍", 0)],
        (2024, 8): [(D(2024, 8, 21), "鼓楼大戏院", 4)],
        (2024, 11): [(D(2024, 11, 20), "鼓楼菜市场", 6), (D(2024, 11, 20), "鼓楼菜市场", 7)],
        (2025, 3): [(D(2025, 3, 27), "钟楼巷小区", 5), (D(2025, 3, 27), "文庙街小区", 5)],
        (2025, 9): [(D(2025, 9, 24), "钟楼巷小区", 5)],
    }
    n_by_month = {}
    for ym in months((2024, 6), (2026, 4)):
        n_by_month[ym] = rng.randint(5, 8)
    for ym in months((2024, 6), (2026, 4)):
        y, m = ym
        events = list(fixed.get(ym, []))
        while len(events) < n_by_month[ym]:
            ti = rng.randrange(len(HZ_TEMPL))
            kinds = HZ_TEMPL[ti][6]
            k = rng.choice(kinds)
            if k == "Y":
                place = wchoice(rng, list(zip(YARDS, YARD_W)))
            elif k == "S":
                place = rng.choice(["鼓楼大街沿街商铺", "文庙街沿街商铺"])
            elif k == "M":
                place = "鼓楼菜市场"
            elif k == "T":
                place = "鼓楼大戏院"
            elif k == "P":
                place = rng.choice(["城隍庙巷平房区", "粮站家属院"])
            else:
                place = "鼓楼小学周边"
            hi = min(28, calendar.monthrange(y, m)[1])
            if ym == (2026, 4):
                hi = 18
            events.append((rand_day(rng, y, m, hi=hi), place, ti))
        events.sort(key=lambda e: e[0])
        for d, place, ti in events:
            cat, desc, lvl, unit, meas, days, _k = HZ_TEMPL[ti]
            due = d + dt.timedelta(days=days if lvl == "一般" else max(days, 7))
            late = rng.random() < 0.06
            if late:
                done = due + dt.timedelta(days=rng.randint(2, 12))
            else:
                done = d + dt.timedelta(days=rng.randint(1, max(1, (due - d).days)))
            chk = done + dt.timedelta(days=rng.randint(1, 3))
            if chk > D(2026, 4, 27):
                done, chk, late = min(done, D(2026, 4, 25)), D(2026, 4, 27), False
            rows.append(dict(found=d, place=place, desc=desc, cat=cat, lvl=lvl, unit=unit, meas=meas, due=due,
                             done=done, checker=rng.choice(CHECKERS), chk=chk, finder=rng.choice(GRID),
                             note="逾期完成" if done > due else "", planted=False))
    for (d, place, desc, cat, lvl, unit, meas, due, note) in HZ_PLANTED:
        rows.append(dict(found=d, place=place, desc=desc, cat=cat, lvl=lvl, unit=unit, meas=meas, due=due,
                         done=None, checker="", chk=None, finder=rng.choice(GRID), note=note, planted=True))
    rows.sort(key=lambda r: (r["found"], r["planted"]))
    late_walls = [r for r in rows if not r["planted"] and r["desc"].startswith("外墙皮")
                  and D(2024, 10, 1) <= r["found"] <= D(2025, 3, 31)][:3]
    for k, r in enumerate(late_walls):  # 房管所排期 — finished after the deadline, still rechecked
        r["done"] = r["due"] + dt.timedelta(days=5 + 2 * k)
        r["chk"] = r["done"] + dt.timedelta(days=1)
        r["note"] = "逾期完成（等待房管所排期）"
    for r in rows:  # the theatre check of 2024-08-21 is described in the August ledger
        if r["found"] == D(2024, 8, 21) and r["place"] == "鼓楼大戏院":
            r.update(done=D(2024, 9, 3), chk=D(2024, 9, 4), checker="张磊", note="")
    return rows


HZ = gen_hazards()
HZ_TOTAL = len(HZ)
HZ_OPEN = sum(1 for r in HZ if r["done"] is None)
HZ_DONE = HZ_TOTAL - HZ_OPEN


def hz_in(a, b):
    return [r for r in HZ if a <= r["found"] <= b]


# ----------------------------------------------------------------------------- gas inspection register
GAS_ISSUES_B = ["胶管超期使用（超过18个月）", "灶具无熄火保护装置", "未安装可燃气体报警器", "胶管长度超过2米",
                "燃气表周边堆放杂物", "热水器烟道接口松动"]
GAS_ISSUES_C = ["胶管老化龟裂", "液化气钢瓶与明火同室", "直排式热水器仍在使用", "阀门锈蚀关闭不严", "胶管穿墙敷设"]


def gen_gas():
    rng = random.Random(202409)
    hh = []
    pipe_yards = ["钟楼巷小区", "文庙街小区", "鼓楼东院", "鼓楼西院", "戏院宿舍", "老邮局宿舍", "南门里小区",
                  "棉纺厂宿舍", "供销社家属院", "二中家属院", "百货大楼宿舍", "北大街16号院"]
    for i in range(236):
        if i < 58:
            yard, kind = rng.choice(["城隍庙巷平房区", "粮站家属院"]), "瓶装液化气"
        else:
            yard, kind = rng.choice(pipe_yards), "管道天然气"
        if yard == "城隍庙巷平房区":
            door = f"{rng.randint(1, 64)}号"
        else:
            door = f"{rng.randint(1, 9)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 6)}0{rng.randint(1, 2)}"
        owner = SURN[rng.randrange(len(SURN))] + rng.choice(["某某", "某"])
        tag = wchoice(rng, [("独居老人", 30), ("空巢老人", 30), ("出租户", 22), ("普通户", 18)])
        hh.append(dict(yard=yard, door=door, owner=owner, kind=kind, tag=tag))
    holidays = {D(2024, 10, d) for d in range(1, 8)}
    r1, r2 = [], []
    for h in hh:
        x = rng.random()
        cls = "A" if x < 0.60 else ("B" if x < 0.90 else "C")
        if h["kind"] == "瓶装液化气" and cls == "A" and rng.random() < 0.4:
            cls = "B"
        while True:
            d = D(2024, 9, 23) + dt.timedelta(days=rng.randint(0, 38))
            if d not in holidays and d.weekday() != 6:
                break
        iss = [] if cls == "A" else (rng.sample(GAS_ISSUES_B, rng.randint(1, 2)) if cls == "B"
                                      else [rng.choice(GAS_ISSUES_C)] + rng.sample(GAS_ISSUES_B, rng.randint(0, 1)))
        r1.append(dict(h, cls=cls, iss=iss, d=d))
    r1.sort(key=lambda r: (r["d"], YARDS.index(r["yard"])))
    for h in r1:
        c0 = h["cls"]
        if c0 == "A":
            c1 = "A" if rng.random() < 0.95 else "B"
        elif c0 == "B":
            c1 = "A" if rng.random() < 0.80 else "B"
        else:
            c1 = "A" if rng.random() < 0.55 else ("B" if rng.random() < 0.75 else "C")
        iss = [] if c1 == "A" else (rng.sample(GAS_ISSUES_B, 1) if c1 == "B" else [rng.choice(GAS_ISSUES_C)])
        d = rand_day(rng, 2025, 4, lo=9) if rng.random() < 0.7 else rand_day(rng, 2025, 5, hi=16)
        absent = rng.random() < 0.02
        r2.append(dict(h, cls=("" if absent else c1), iss=iss if not absent else [], d=d, absent=absent))
    r2.sort(key=lambda r: (r["d"], YARDS.index(r["yard"])))
    return r1, r2


GAS1, GAS2 = gen_gas()


def abc(rows):
    return {k: sum(1 for r in rows if r["cls"] == k) for k in "ABC"}


G1C, G2C = abc(GAS1), abc(GAS2)
G2_ABSENT = sum(1 for r in GAS2 if r.get("absent"))
G2_DONE = len(GAS2) - G2_ABSENT


# ============================================================================= shared document pieces
def names(lst):
    return "、".join(lst) + f"（共{len(lst)}人）"


def ledger(y, m, sections, clerk="王婷", reviewer="李秀兰", inj=None, extra=None, style="para", fill_date=None):
    """Monthly 工作台账: several activities, each with its own date, place, attendance."""
    rel = f"{y}.{m:02d}/鼓楼社区{m}月安全社区工作台账.docx"
    last = fill_date or D(y, m, calendar.monthrange(y, m)[1])
    blocks = [("title", f"鼓楼社区{y}年{m}月安全社区工作台账"),
              ("sub", f"填报：{clerk}　　审核：{reviewer}　　填报日期：{zh(last)}")]
    num = "一二三四五六七八九十"
    for i, s in enumerate(sections):
        head = f"{num[i]}、{s['t']}"
        if style == "para":
            blocks.append(("h", head))
            blocks.append(("kv", "时间", s["time"]))
            blocks.append(("kv", "地点", s["place"]))
            blocks.append(("kv", "参加人员", s["people"]))
            if s.get("host"):
                blocks.append(("kv", "主持/负责", s["host"]))
            for para in s["body"]:
                blocks.append(("p", para))
            if s.get("result"):
                blocks.append(("kv", "结果", s["result"]))
        else:
            blocks.append(("h", head))
            rows = [["时间", s["time"]], ["地点", s["place"]], ["参加人员", s["people"]]]
            if s.get("host"):
                rows.append(["负责人", s["host"]])
            rows.append(["主要内容", "\n".join(s["body"])])
            if s.get("result"):
                rows.append(["落实情况", s["result"]])
            blocks.append(("table", ["项目", "记录"], rows))
        if s.get("sign"):
            blocks.append(("pl", "签到："))
            blocks.append(("table", ["序号", "姓名", "单位/职务", "签名"],
                           [[k + 1, n, MEMBER_UNIT.get(n, u), "（已签）"] for k, (n, u) in enumerate(s["sign"])]))
    if inj is not False:
        blocks.append(("h", f"{num[len(sections)]}、本月伤害监测"))
        blocks.append(("p", inj if isinstance(inj, str) else inj_line(y, m)))
    if extra:
        blocks.append(("h", "备注"))
        for e in extra:
            blocks.append(("p", e))
    save_docx(rel, blocks, last, author=clerk, title=f"鼓楼社区{y}年{m}月安全社区工作台账",
              owner="鼓楼社区居委会", kind="月度台账")
    return rel


def sign_table(people):
    return ("table", ["序号", "姓名", "单位/职务", "签名"],
            [[i + 1, n, MEMBER_UNIT.get(n, u), "（已签）"] for i, (n, u) in enumerate(people)])


def mem(*ns):
    return [(n, MEMBER_UNIT.get(n, "")) for n in ns]


# ============================================================================= 2024.06
def m2024_06():
    notice_rows = [[n, u, r] for n, u, r in MEMBERS]
    save_pdf("2024.06/0605关于成立鼓楼社区安全社区创建促进委员会的通知（盖章版）.pdf", [
        ("redhead", "宁川市老城区鼓楼街道鼓楼社区居民委员会文件"),
        ("sub", "鼓社〔2024〕8号"),
        ("line",),
        ("title", "关于成立鼓楼社区安全社区创建促进委员会的通知"),
        ("pl", "辖区各单位、各居民小组、各网格："),
        ("p", "为深入贯彻“安全第一、预防为主、综合治理”方针，落实《鼓楼街道安全社区建设工作实施方案》（鼓街〔2024〕21号）"
              "部署，整合辖区派出所、社区卫生服务中心、消防救援站、物业、学校、市场等各方资源，推动我社区安全社区创建工作有序开展，"
              "经社区党委、居委会研究，并征得各成员单位同意，决定成立鼓楼社区安全社区创建促进委员会（以下简称“促进委员会”）。"
              "现将有关事项通知如下："),
        ("h", "一、促进委员会组成"),
        ("table", ["姓名", "单位及职务", "委员会职务"], notice_rows, [24, 96, 38]),
        ("h", "二、主要职责"),
        ("p", "（一）组织开展社区事故与伤害风险辨识及其评价，掌握辖区安全状况和居民安全需求；"),
        ("p", "（二）组织制定符合老城区特点、切实可行的安全目标和年度工作计划；"),
        ("p", "（三）组织、协调各安全促进项目的实施，督促各项目组按方案推进；"),
        ("p", "（四）整合辖区单位、志愿者和居民力量，推动全员参与、全员受益；"),
        ("p", "（五）组织评审社区安全绩效，研究解决创建中的重大问题；"),
        ("p", "（六）为创建工作提供组织保障和必要的人、财、物、技术支持。"),
        ("h", "三、办事机构"),
        ("p", "促进委员会下设办公室，设在社区居委会，李秀兰同志兼任办公室主任，王婷同志负责日常联络、资料收集和台账整理。"
              "促进委员会将根据社区安全诊断结果另行设立安全促进项目组。"),
        ("h", "四、工作要求"),
        ("p", "各成员单位要明确一名联络员，按促进委员会安排参加例会、参与项目实施，及时通报本单位掌握的事故、伤害和隐患信息。"
              "成员因工作变动需要调整的，由所在单位提出，经促进委员会办公室报主任同意后调整。"),
        ("space", 18),
        ("right", "宁川市老城区鼓楼街道鼓楼社区居民委员会"),
        ("stamp", "宁川市老城区鼓楼街道鼓楼社区居民委员会"),
        ("right", cn_date(D(2024, 6, 5))),
        ("space", 12),
        ("small", "抄送：鼓楼街道办事处，街道安全生产监督管理中队。"),
        ("small", "鼓楼社区居民委员会办公室　　　　　　　　　　2024年6月5日印发"),
    ], D(2024, 6, 5), "关于成立鼓楼社区安全社区创建促进委员会的通知", docno="鼓社〔2024〕8号")

    save_pdf("2024.06/鼓楼社区安全社区创建工作实施方案（盖章版）.pdf", [
        ("redhead", "宁川市老城区鼓楼街道鼓楼社区居民委员会文件"),
        ("sub", "鼓社〔2024〕9号"),
        ("line",),
        ("title", "关于印发《鼓楼社区安全社区创建工作实施方案》的通知"),
        ("pl", "辖区各单位、各居民小组："),
        ("p", "《鼓楼社区安全社区创建工作实施方案》已经社区安全社区创建促进委员会研究通过，现印发给你们，请认真贯彻执行。"),
        ("space", 10),
        ("title", "鼓楼社区安全社区创建工作实施方案"),
        ("p", "根据《安全社区建设基本要求》（AQ/T 9001-2006）和《鼓楼街道安全社区建设工作实施方案》（鼓街〔2024〕21号），"
              "结合本社区实际，制定本方案。"),
        ("h", "一、社区基本情况"),
        ("p", "鼓楼社区位于宁川市老城区中心，东至鼓楼大街，西至文庙街，南至南门里，北至北大街，辖区面积0.86平方公里。"
              "现有常住人口9126人、3418户，其中户籍人口7862人，流动人口1264人；60岁以上老年人2237人，占24.5%，"
              "80岁以上418人，独居、空巢老人186人。辖区有14个老旧院落，楼房62栋、平房312间，1990年以前建成的房屋占78%；"
              "沿街商铺236家，其中餐饮71家；另有鼓楼菜市场（摊位148个）、鼓楼大戏院（1958年建成，座位620个）、"
              "鼓楼小学（在校生864人）、鼓楼幼儿园各1处。"),
        ("p", "社区房屋老旧、老年人多、人员密集场所集中，燃气和电气火灾、老年人跌倒、上下学及菜市场周边交通等风险较为突出，"
              "是开展安全社区创建的重点和难点。"),
        ("h", "二、指导思想"),
        ("p", "坚持“以人为本、安全发展”理念，按照“政府主导、社区统筹、单位共建、全员参与”的思路，整合辖区资源，"
              "以预防事故与伤害为核心，以老年人、儿童和老旧院落为重点，持续改进社区安全状况，建设安全、健康、和谐的老城社区。"),
        ("h", "三、创建周期"),
        ("p", "本次创建周期为两年，自2024年6月1日起至2026年5月31日止。为便于计划和评审，创建周期分为两个创建年度："
              "第一创建年度为2024年6月1日至2025年5月31日，第二创建年度为2025年6月1日至2026年5月31日。"
              "年度目标、年度工作计划和年度评审均按创建年度进行。"),
        ("h", "四、工作目标"),
        ("p", "（一）总体目标：通过两年创建，建立跨部门合作的安全促进工作机制，社区事故与伤害明显减少，居民安全意识和自救互救能力明显提高，"
              "达到安全社区建设基本要求。"),
        ("p", "（二）具体目标："),
        ("p", "1.居民安全知识知晓率由调查基线提高到80%以上，其中第一创建年度达到70%以上；"),
        ("p", "2.60岁以上老年人跌倒就诊人数较创建前一年（2023年6月—2024年5月）下降15%以上；"),
        ("p", "3.不发生较大及以上火灾、燃气事故，不发生亡人事故；"),
        ("p", "4.燃气重点户C类隐患动态清零；各类隐患按期整改率95%以上，整改后复查率100%；"),
        ("p", "5.每个创建年度开展应急演练不少于2次、安全培训不少于6场；"),
        ("p", "6.伤害监测覆盖辖区全部居民，做到每月汇总、每半年分析。"),
        ("h", "五、组织机构"),
        ("p", "成立鼓楼社区安全社区创建促进委员会（鼓社〔2024〕8号），由社区党委书记任主任，派出所、社区卫生服务中心负责同志任副主任，"
              "消防救援站、物业、学校、菜市场、大戏院、交警中队、燃气公司、志愿服务队及居民代表任委员。"
              "促进委员会下设办公室和若干安全促进项目组，具体在诊断完成后确定。"),
        ("h", "六、实施步骤"),
        ("p", "（一）启动阶段（2024年6月）：成立促进委员会，召开启动大会，印发实施方案，开展宣传动员。"),
        ("p", "（二）调查诊断阶段（2024年7月—9月）：开展社区安全现状问卷调查、危险源辨识评价和伤害数据收集，形成社区安全诊断报告。"),
        ("p", "（三）确定项目阶段（2024年9月—10月）：根据诊断结果制定年度工作计划，确定安全促进项目并制定实施方案。"),
        ("p", "（四）项目实施阶段（2024年10月—2026年3月）：按计划实施安全促进项目，开展宣传培训、应急演练、隐患排查和伤害监测，"
              "每年6月对上一创建年度进行评审。"),
        ("p", "（五）自查整档阶段（2026年4月—5月）：对照标准开展自查，查漏补缺，整理创建档案，形成自查报告。"),
        ("p", "（六）评定准备阶段（2026年6月以后）：按街道安排申请评定，巩固提高创建成果。"),
        ("h", "七、保障措施"),
        ("p", "（一）经费保障。第一创建年度安排安全社区专项经费18.6万元，其中街道专项补助12万元、社区自筹3.6万元、共建单位支持3万元，"
              "专款专用，由社区财务统一核算。第二创建年度经费根据项目需要另行申请。"),
        ("p", "（二）制度保障。7月底前建立促进委员会工作、信息交流、宣传培训、伤害监测、隐患排查、应急演练、项目管理和评审等制度。"),
        ("p", "（三）督查考核。促进委员会办公室每月汇总工作台账，促进委员会每季度听取一次工作情况汇报。"),
        ("space", 18),
        ("right", "宁川市老城区鼓楼街道鼓楼社区居民委员会"),
        ("stamp", "宁川市老城区鼓楼街道鼓楼社区居民委员会"),
        ("right", cn_date(D(2024, 6, 10))),
    ], D(2024, 6, 10), "鼓楼社区安全社区创建工作实施方案", docno="鼓社〔2024〕9号")

    present = [m for m in MEMBERS if m[0] != "吴德胜"]
    save_docx("2024.06/0618促进委员会成立大会暨第一次全体会议记录.docx", [
        ("title", "鼓楼社区安全社区创建促进委员会成立大会暨第一次全体会议记录"),
        ("table", ["项目", "内容"], [
            ["时间", "2024年6月18日（星期二）上午9:00—11:20"],
            ["地点", "鼓楼社区党群服务中心三楼会议室"],
            ["主持人", "周明华"],
            ["记录人", "王婷"],
            ["应到委员", "17人"],
            ["实到委员", "16人（吴德胜因外地演出请假，由大戏院副经理宋佳代为参会）"],
            ["列席", "许文斌（鼓楼街道办事处副主任）、韩立新（街道安全生产监督管理中队副中队长）、居民代表22人"],
        ]),
        ("h", "一、会议议程"),
        ("p", "1.宣读《关于成立鼓楼社区安全社区创建促进委员会的通知》；2.介绍《鼓楼社区安全社区创建工作实施方案》；"
              "3.街道领导讲话；4.各成员单位表态发言；5.讨论促进委员会工作规则，明确下一步分工。"),
        ("h", "二、会议内容"),
        ("p", "周明华宣读《关于成立鼓楼社区安全社区创建促进委员会的通知》（鼓社〔2024〕8号），介绍17名委员的组成。"),
        ("p", "李秀兰介绍《鼓楼社区安全社区创建工作实施方案》（鼓社〔2024〕9号）。方案明确本次创建周期为两年，"
              "即2024年6月1日至2026年5月31日，分为两个创建年度：第一创建年度2024年6月1日至2025年5月31日，"
              "第二创建年度2025年6月1日至2026年5月31日。7—9月完成社区安全诊断，10月起实施安全促进项目，"
              "2026年4—5月自查整档。"),
        ("p", "许文斌副主任讲话。他指出，鼓楼社区是老城区人口最密、房屋最老的社区之一，创建安全社区不是搞材料，"
              "要把老人跌倒、燃气、电动车这些居民天天碰到的事情管起来，各成员单位要把自己的资源拿出来。"
              "街道第一年度安排专项补助12万元，年底前到位。"),
        ("p", "刘建军（派出所）：派出所负责治安防范和道路交通方面的配合，社区民警每周至少两次进院落，电动车停放充电问题派出所愿意牵头研究。"),
        ("p", "赵丽萍（卫生服务中心）：中心已开展首诊伤害登记，可以按月把鼓楼社区居民的伤害就诊数据报给社区，"
              "建议8月上旬专门开一次对接会，把登记口径统一起来。老年人跌倒是我们门诊里最多见的伤害。"),
        ("p", "孙浩（消防站）：老旧院落楼道堆物、飞线充电和大戏院是消防重点，消防站可以派指导员培训网格员，配合组织演练。"),
        ("p", "冯雅琴（燃气公司）：营业所可以对老年户、出租户和瓶装气用户进行重点入户安检，建议按ABC分类管理。"),
        ("p", "郑雪梅（鼓楼小学）：学校南门早晚高峰人车混行，希望交警和社区一起设护学岗。"),
        ("p", "钱志刚（菜市场）：市场建于1986年，电线老化问题多，摊户用瓶装气的有31户，愿意配合整治。"),
        ("p", "讨论工作规则。经讨论，促进委员会例会按创建年度每季度召开一次，即每年6—8月、9—11月、12月至次年2月、3—5月各召开一次，"
              "遇重大事项可临时召开；委员因故不能参加的须请假并委托本单位人员参会。每年6月召开全体会议，对上一创建年度进行评审。"),
        ("h", "三、决定事项"),
        ("p", "1.原则通过《鼓楼社区安全社区创建工作实施方案》，由社区居委会正式印发。"),
        ("p", "2.促进委员会例会每季度召开一次（按创建年度的四个季度），每年6月进行年度评审。"),
        ("p", "3.7月底前由办公室起草完成工作制度汇编，提出安全促进项目组设置方案。"),
        ("p", "4.7—9月开展社区安全诊断，卫生服务中心提供2021年以来伤害数据，消防站、燃气公司参与危险源辨识。"),
        ("p", "5.各成员单位于6月25日前向办公室报送联络员名单。"),
        ("h", "四、签到"),
        sign_table([(n, u) for n, u, _ in present] + [("宋佳", "鼓楼大戏院副经理（代吴德胜）"),
                                                       ("许文斌", "鼓楼街道办事处副主任（列席）"),
                                                       ("韩立新", "街道安全生产监督管理中队副中队长（列席）")]),
        ("right", "记录人：王婷　　审核：周明华"),
    ], D(2024, 6, 18), title="促进委员会成立大会暨第一次全体会议记录", owner="鼓楼社区安全社区创建促进委员会")

    save_jpg("2024.06/成立大会合影.jpg", "鼓楼社区安全社区创建促进委员会成立大会", dt.datetime(2024, 6, 18, 11, 24, 37),
             seed=61801, scene="meeting")

    ledger(2024, 6, [
        dict(t="社区工作人员安全社区创建动员部署会", time="2024年6月3日 14:30—16:00", place="社区党群服务中心二楼会议室",
             people="社区两委成员及网格员15人", host="周明华",
             body=["传达街道安全社区建设工作部署，学习《安全社区建设基本要求》主要内容。",
                   "明确王婷为社区安全专干，负责创建资料收集和台账整理；网格员每周对分管院落开展一次安全巡查，发现隐患当天登记。"],
             result="形成分工表，6月5日印发促进委员会成立通知。"),
        dict(t="网格员老旧院落消防通道巡查", time="2024年6月12日 9:00—11:30", place="钟楼巷小区、鼓楼东院、戏院宿舍",
             people="张磊、杜娟、何志强，安居物业保安2人", host="张磊",
             body=["重点查看楼道堆物、电动车楼道停放和消防车通道占用情况。共发现楼道堆物23处、楼道停放电动车11辆、消防车通道被占用2处。"],
             result="当场清理17处，其余发放告知书限期清理，已录入隐患排查整改台账。"),
        dict(t="促进委员会成立大会", time="2024年6月18日 9:00—11:20", place="社区党群服务中心三楼会议室",
             people="委员16人，列席2人，居民代表22人", host="周明华",
             body=["详见《促进委员会成立大会暨第一次全体会议记录》。"]),
        dict(t="走访鼓楼菜市场管理办公室", time="2024年6月26日 10:00—11:00", place="鼓楼菜市场管理办公室",
             people="李秀兰、王婷、钱志刚", host="李秀兰",
             body=["了解市场基本情况：固定摊位126个、临时摊位22个，使用瓶装液化气摊户31户，市场内配电线路多为2000年前敷设。",
                   "钱志刚提出市场东区熟食区线路最乱，希望列入项目整治。"],
             result="菜市场情况纳入社区安全诊断。"),
    ], inj="卫生服务中心伤害数据尚未对接，6月份数据待8月对接后补录。")

    save_html("2024.06/鼓楼社区启动安全社区创建工作.html", "鼓楼社区启动安全社区创建工作", "2024-06-19 18:32", "王婷", [
        "6月18日上午，鼓楼社区安全社区创建促进委员会成立大会在社区党群服务中心召开。鼓楼街道办事处副主任许文斌、"
        "街道安全生产监督管理中队副中队长韩立新，鼓楼派出所、社区卫生服务中心、鼓楼消防救援站、安居物业、鼓楼小学、"
        "鼓楼菜市场等单位负责同志和居民代表近40人参加会议。",
        "IMG:促进委员会成立大会现场",
        "会上宣读了《关于成立鼓楼社区安全社区创建促进委员会的通知》，介绍了社区安全社区创建工作实施方案。"
        "根据方案，鼓楼社区将用两年时间，围绕老年人防跌倒、燃气安全、老旧小区消防、菜市场安全和学生交通安全等方面开展安全促进工作。",
        "许文斌在讲话中强调，创建安全社区要把居民身边的“小事”当成大事来办，各成员单位要拿出资源、形成合力。",
        "IMG:各成员单位代表表态发言",
        "社区党委书记周明华表示，接下来社区将开展安全现状问卷调查，请居民朋友们积极配合，说出您身边的安全隐患和需求。"
        "居民也可以通过社区服务热线、意见箱或在本公众号后台留言，反映安全问题。",
        "安全社区，你我共建！",
    ], reads=1236, event_date=D(2024, 6, 18))


# ============================================================================= 2024.07
def m2024_07():
    save_docx("2024.07/鼓楼社区安全社区创建工作制度汇编.docx", [
        ("sub", "鼓社〔2024〕11号"),
        ("title", "鼓楼社区安全社区创建工作制度汇编"),
        ("p", "为保障安全社区创建工作规范、持续运行，根据《鼓楼社区安全社区创建工作实施方案》（鼓社〔2024〕9号），"
              "经促进委员会办公室起草、征求各成员单位意见，制定以下制度，自印发之日起施行。"),
        ("h", "一、促进委员会工作制度"),
        ("p", "1.促进委员会负责统筹、协调安全社区创建工作，研究决定年度目标、计划、安全促进项目和重大事项。"),
        ("p", "2.促进委员会实行季度例会制度。创建年度自每年6月1日起至次年5月31日止，每个创建年度分四个季度"
              "（6—8月、9—11月、12月至次年2月、3—5月），每季度至少召开一次例会，听取各项目组工作汇报，研究解决存在问题。"
              "遇重大事项，由主任或三分之一以上委员提议临时召开。"),
        ("p", "3.例会由办公室负责通知、签到和记录，会议记录经主任审核后存档；会议决定事项由办公室跟踪落实，在下次例会上通报。"),
        ("p", "4.委员因故不能参会的，应提前向办公室请假，并委托本单位人员参会。"),
        ("h", "二、安全促进项目组工作制度"),
        ("p", "1.项目组在促进委员会领导下负责具体项目的策划、实施和评估，组长由相关成员单位负责同志担任。"),
        ("p", "2.项目组每季度向促进委员会汇报一次工作进展，项目实施中的活动须有时间、地点、参加人员和照片等记录。"),
        ("h", "三、信息交流与反馈制度"),
        ("p", "1.建立“意见箱、服务热线（8826110）、公众号留言、居民议事会、网格员走访”五条信息收集渠道。"),
        ("p", "2.居民反映的安全问题由办公室登记受理，能当场解决的当场解决，需要协调的5个工作日内答复，办理结果向反映人反馈。"),
        ("p", "3.各成员单位发现的事故、伤害和重大隐患信息，应及时向办公室通报；办公室每月将创建工作情况在社区公示栏和公众号公布。"),
        ("p", "4.积极参加街道、区、市组织的安全社区交流活动，每个创建年度至少组织一次外出学习交流。"),
        ("h", "四、宣传教育培训制度"),
        ("p", "1.每个创建年度开始时，由办公室根据年度工作计划提出宣传教育培训安排，明确培训对象、内容和时间。"),
        ("p", "2.每个创建年度开展面向居民、网格员、志愿者、商户等不同人群的安全培训不少于6场；结合“安全生产月”、"
              "“5·12防灾减灾日”、“11·9消防日”等节点开展主题宣传。"),
        ("p", "3.培训应保存通知、签到、课件、照片等资料；宣传活动应记录时间、地点、参加人数和发放资料数量。"),
        ("h", "五、事故与伤害监测报告制度"),
        ("p", "1.社区依托鼓楼街道社区卫生服务中心首诊伤害监测，收集辖区居民伤害就诊信息。卫生服务中心每月5日前将上月鼓楼社区居民伤害数据报送社区。"),
        ("p", "2.办公室每月汇总录入《事故伤害登记台账》，并在月度工作台账中记录当月伤害情况。"),
        ("p", "3.每半年形成一次伤害监测分析报告，分别于每年11月底、5月底前完成，报促进委员会。"),
        ("p", "4.辖区发生重伤及以上事故或火灾、燃气事故的，网格员和知情单位须在2小时内报告社区，社区在1小时内书面报告街道。"),
        ("h", "六、隐患排查治理制度"),
        ("p", "1.网格员每周对分管院落巡查一次；每月开展一次综合检查；节假日前和汛期、冬季开展专项检查。"),
        ("p", "2.发现的隐患登记入《安全隐患排查整改台账》，明确责任单位、整改措施和整改期限。一般隐患整改期限不超过15日，较大隐患不超过30日。"),
        ("p", "3.隐患整改完成后3个工作日内由网格员或办公室复查，复查合格的在台账中填写复查人并销号。"),
        ("p", "4.超过整改期限未完成的隐患，办公室应督促责任单位，并提交促进委员会例会研究。"),
        ("h", "七、应急管理与演练制度"),
        ("p", "1.社区制定突发事件综合应急预案，组建社区应急救援队，储备必要的应急物资，每季度检查一次物资。"),
        ("p", "2.每个创建年度组织应急演练不少于2次，其中上半年度（6—11月）、下半年度（12月至次年5月）各不少于1次。"),
        ("p", "3.演练前制定方案，演练后进行评估总结，查找预案和处置中的问题并改进。"),
        ("h", "八、安全促进项目管理制度"),
        ("p", "1.安全促进项目依据社区安全诊断结果确定，每个项目须有实施方案，明确背景、目标、措施、进度、责任和评估方法。"),
        ("p", "2.项目实施过程留存记录；项目实施满一年或结束后一个月内，项目组须开展效果评估，形成评估报告报促进委员会。"),
        ("h", "九、评审与持续改进制度"),
        ("p", "1.每年6月，促进委员会对上一创建年度（上年6月1日至当年5月31日）的目标完成、项目实施和制度运行情况进行评审，形成年度评审报告。"),
        ("p", "2.评审提出的问题由办公室制定整改措施，明确责任人和完成时限，在以后的例会上跟踪通报。"),
        ("p", "3.评审结果作为制定下一创建年度工作计划的依据。"),
        ("br",),
        ("right", "鼓楼社区安全社区创建促进委员会"),
        ("right", cn_date(D(2024, 7, 5))),
    ], D(2024, 7, 5), title="鼓楼社区安全社区创建工作制度汇编", owner="鼓楼社区安全社区创建促进委员会",
        docno="鼓社〔2024〕11号")

    save_docx("2024.07/安全促进项目组设置及职责分工.docx", [
        ("title", "鼓楼社区安全促进项目组设置及职责分工"),
        ("p", "根据促进委员会第一次全体会议决定，结合前期走访掌握的情况，设立以下项目组。各项目组在社区安全诊断完成后制定具体实施方案。"),
        ("table", ["项目组", "组长", "副组长", "成员", "主要职责"], [
            ["老年人防跌倒项目组", "赵丽萍", "黄桂芳", "孟凡（卫生服务中心全科医生）、林芳、“银发守护”志愿者6人",
             "高龄独居老人跌倒风险评估、居家适老化改造、健康讲座"],
            ["燃气安全项目组", "冯雅琴", "马国强", "燃气营业所安检员3人、杜娟、物业维修工2人",
             "重点户入户安检及ABC分类管理、燃气安全培训、商户燃气整治"],
            ["老旧小区消防安全项目组", "孙浩", "张磊", "消防站指导员2人、何志强、楼栋长8人",
             "楼道堆物和消防通道整治、灭火器和独立烟感配置、消防演练"],
            ["菜市场安全项目组", "钱志刚", "杨波", "市场电工2人、周倩、摊户代表4人",
             "市场电气线路整治、摊位燃气和消防管理、门口交通秩序"],
            ["学生交通安全项目组", "韩卫东", "郑雪梅", "交警2人、学校安全干事1人、家长志愿者10人",
             "护学岗、学生交通安全教育、校门口交通设施改善"],
            ["数据统计组", "李秀兰", "孟凡", "王婷、各网格员",
             "伤害数据收集录入、问卷统计、台账汇总、半年分析"],
        ]),
        ("p", "各项目组成员由所在单位推荐，人员变动时报促进委员会办公室备案。项目组每季度向促进委员会汇报一次工作进展。"),
        ("right", "鼓楼社区安全社区创建促进委员会办公室"),
        ("right", cn_date(D(2024, 7, 8))),
    ], D(2024, 7, 8), title="安全促进项目组设置及职责分工", owner="鼓楼社区安全社区创建促进委员会办公室")

    qs = [
        "1.您的性别：□男 □女",
        "2.您的年龄：□18—39岁 □40—59岁 □60—79岁 □80岁及以上",
        "3.您居住的院落：________（14个院落名称见背面）",
        "4.您家使用的燃气：□管道天然气 □瓶装液化气 □不使用",
        "5.火警电话是：□110 □119 □120",
        "6.发现家中燃气泄漏，首先应该：□打开排风扇 □关闭阀门、开窗通风 □打电话报修",
        "7.您会使用干粉灭火器吗？□会 □不会 □不确定",
        "8.燃气胶管一般多长时间需要更换？□1年半左右 □5年 □坏了再换",
        "9.电动自行车可以在楼道或家中充电吗？□可以 □不可以",
        "10.预防老年人跌倒，下列做法正确的有（可多选）：□卫生间加装扶手 □地面保持干燥 □夜间开小夜灯 □穿防滑鞋",
        "11.您知道心肺复苏的基本步骤吗？□知道 □不知道",
        "12.楼道堆放杂物会有哪些危害？□影响逃生 □引发火灾 □没有危害",
        "13.冬季用煤炉取暖，预防一氧化碳中毒应注意什么？",
        "14.发生火灾时，正确的逃生方法是：□乘坐电梯 □用湿毛巾捂住口鼻沿疏散通道撤离 □躲进衣柜",
        "15.过去一年，您或家人是否发生过需要就医的意外伤害？□有（原因：____）□没有",
        "16.您最担心的社区安全问题是（最多选3项）：□燃气和用火 □老人跌倒 □电动车充电停放 □楼道堆物 □上下学和菜市场门口交通 □房屋老旧 □治安 □其他",
        "17.您对社区目前的安全状况是否满意？□满意 □基本满意 □不满意",
        "18.您愿意参加社区安全志愿服务吗？□愿意 □不愿意",
        "19.您希望通过什么方式获得安全知识？□讲座 □宣传单 □公众号 □入户宣传",
        "20.您对社区安全工作的意见和建议：________",
    ]
    save_docx("2024.07/0715社区安全现状调查问卷.docx",
              [("title", "鼓楼社区安全现状调查问卷"),
               ("p", "尊敬的居民朋友：为了解社区安全状况和您的安全需求，鼓楼社区正在开展安全社区创建工作，特进行本次问卷调查。"
                     "问卷不记名，请您根据实际情况填写，感谢您的支持！"),
               ] + [("pl", q) for q in qs] +
              [("right", "鼓楼社区居委会　二〇二四年七月"),
               ("pl", "调查员填写：问卷编号______ 调查员______ 调查日期______")],
              D(2024, 7, 15), title="鼓楼社区安全现状调查问卷", owner="鼓楼社区居委会")

    ledger(2024, 7, [
        dict(t="问卷调查员培训", time="2024年7月9日 15:00—16:30", place="社区党群服务中心二楼会议室",
             people="网格员5人、“银发守护”志愿者12人，共17人", host="李秀兰",
             body=["李秀兰讲解《鼓楼社区安全现状调查问卷》各题的填写口径和入户注意事项，要求每个院落按户数比例抽样，老年户、出租户适当多抽。",
                   "问卷共印制600份，按14个院落分配，7月15日起入户发放，8月16日前回收完毕。"],
             result="调查员分组名单已确定，问卷已分发。"),
        dict(t="汛前老旧房屋及低洼院落排查", time="2024年7月17日 9:00—11:40", place="城隍庙巷平房区、粮站家属院、南门里小区",
             people="何志强、林芳，区房管所技术员1人，安居物业2人", host="何志强",
             body=["排查危旧平房9间，其中2间屋顶漏雨严重、住户均为老人；院内下水不畅4处；南门里小区地下室入口无挡水板。",
                   "对2户危房住户落实汛期临时转移去向（亲属家），登记联系人电话。"],
             result="隐患6处录入台账；下水疏通4处已于7月20日完成。"),
        dict(t="居民议事会（安全议题）", time="2024年7月25日 19:00—20:30", place="社区居民议事厅",
             people="居民代表28人、物业马国强、社区民警1人", host="周明华",
             body=["居民集中反映三个问题：一是楼道堆物清了又堆；二是电动车推上楼充电，夜里不放心；三是菜市场门口早上人车混行，老人买菜不安全。",
                   "经讨论，形成意见3条报促进委员会：楼道堆物实行楼栋长负责制；研究在院落内建设集中充电设施；请交警中队早高峰在菜市场门口巡逻。"],
             result="3条意见已登记入居民安全意见建议受理登记表。"),
        dict(t="项目组分工碰头会", time="2024年7月30日 10:00—11:00", place="社区办公室",
             people="李秀兰、王婷及5个项目组联络人，共8人", host="李秀兰",
             body=["通报《安全促进项目组设置及职责分工》，明确各项目组8月底前提出本领域主要风险和需求，供诊断报告使用。"]),
    ], inj="卫生服务中心伤害数据尚未对接，7月份数据待对接后补录。")


# ============================================================================= 2024.08
LEC = [
    ("城隍庙巷平房区", "冬季燃煤取暖无烟道或烟道不畅", "一氧化碳中毒", "独居老人", 3, 6, 15, "安装烟道和一氧化碳报警器，冬季入户提醒", "社区/网格员"),
    ("老旧院落楼道", "楼道堆放杂物、电动车停放", "火灾、疏散受阻", "全体居民", 3, 10, 7, "楼栋长负责制，定期清理", "物业/楼栋长"),
    ("居民家庭", "燃气胶管老化、未装报警器", "燃气泄漏、爆炸", "老年户、出租户", 3, 6, 15, "重点户入户安检，ABC分类管理", "燃气公司"),
    ("鼓楼菜市场", "电气线路老化、私拉乱接", "电气火灾", "摊户、顾客", 3, 10, 15, "线路改造，加装漏电保护", "菜市场管理办"),
    ("鼓楼大戏院", "人员密集，后台道具堆放", "火灾、踩踏", "观众、演职人员", 1, 3, 40, "演出前检查疏散通道，落实消防值守", "鼓楼大戏院"),
    ("居民家庭", "卫生间、厨房地面湿滑、无扶手", "老年人跌倒", "60岁以上老人", 6, 10, 3, "适老化改造，防跌倒宣教", "卫生服务中心/社区"),
    ("楼道楼梯", "照明不足、台阶破损、无扶手", "跌倒", "老人、儿童", 3, 10, 3, "修补台阶，安装声控灯和扶手", "物业"),
    ("老旧院落", "电动自行车飞线充电", "火灾", "居民", 3, 6, 15, "建设集中充电设施，夜间巡查", "派出所/物业"),
    ("鼓楼小学南门", "上下学时段人车混行", "道路交通伤害", "学生", 3, 10, 7, "设置护学岗、隔离护栏和减速标识", "交警中队/学校"),
    ("菜市场门口", "占道经营，机动车穿行", "道路交通伤害", "顾客、老人", 3, 6, 7, "规范摊位，早高峰交通疏导", "菜市场管理办/交警"),
    ("沿街餐饮商铺", "液化气钢瓶与明火同室，无报警器", "爆炸、火灾", "商户、顾客", 1, 10, 15, "钢瓶间隔离，安装报警器", "燃气公司/商户"),
    ("老旧楼房外立面", "外墙皮、瓷砖空鼓脱落", "物体打击", "行人", 1, 6, 7, "设置警戒，申报修缮", "产权单位"),
    ("低洼院落", "雨季积水、地下室进水", "淹溺、触电", "居民", 1, 2, 15, "汛前排查，配置挡水板和抽水泵", "物业/社区"),
    ("居民家庭", "刀具、热水、热油使用不当", "锐器伤、烫伤", "儿童、老人", 3, 6, 3, "家居安全宣传", "社区"),
    ("院落及街巷", "散养犬只", "动物咬伤", "居民、儿童", 3, 6, 3, "文明养犬宣传，配合执法", "派出所/社区"),
    ("院内道路", "窨井盖破损、缺失", "坠落、扭伤", "行人", 1, 6, 7, "巡查更换井盖", "物业/市政"),
    ("楼顶水箱间", "门锁损坏，儿童攀爬", "高处坠落", "儿童", 0.5, 3, 15, "封闭入口，加固护栏", "物业"),
    ("老旧楼房", "空调外机支架锈蚀", "物体打击", "行人", 1, 6, 7, "排查加固", "住户/物业"),
    ("健身广场", "健身器材损坏", "碰撞、扭伤", "老人、儿童", 1, 6, 3, "定期检修", "社区"),
    ("鼓楼大戏院舞台", "灯光吊装高处作业", "高处坠落", "工作人员", 1, 2, 15, "高处作业审批，系安全带", "鼓楼大戏院"),
    ("鼓楼菜市场", "水产区地面湿滑", "跌倒", "顾客", 3, 10, 3, "铺设防滑垫，及时清扫", "菜市场管理办"),
    ("出租屋", "群租、电器超负荷使用", "火灾", "租户", 1, 6, 15, "出租屋安全检查，签订责任书", "派出所/社区"),
    ("独居老人家庭", "突发疾病无人发现", "延误救治", "独居老人", 3, 6, 7, "结对帮扶，每日电话问候，安装紧急呼叫器", "社区/志愿者"),
    ("院落配电箱", "箱门损坏、无警示", "触电", "儿童", 1, 3, 15, "维修箱门，张贴警示", "物业"),
    ("老年人家庭", "多重用药、误服", "药物中毒", "老人", 1, 6, 7, "家庭医生用药指导", "卫生服务中心"),
    ("鼓楼小学", "课间追逐打闹", "碰撞伤", "学生", 3, 6, 1, "课间安全教育和值守", "鼓楼小学"),
    ("街巷道路", "冬季路面结冰", "跌倒", "老人", 3, 2, 7, "及时除雪撒盐", "社区/物业"),
    ("街巷", "春节期间燃放烟花爆竹", "烧伤、火灾", "居民", 1, 1, 15, "禁放宣传，巡逻", "派出所/社区"),
    ("鼓楼菜市场", "冷库制冷剂泄漏", "中毒", "商户", 0.5, 3, 15, "冷库定期检修", "菜市场管理办"),
    ("街巷", "夜间路灯损坏、照明不足", "跌倒、治安事件", "行人", 3, 6, 3, "报修路灯，增设照明", "市政/社区"),
    ("居民家庭", "私自改装、移动燃气管道", "燃气泄漏", "住户", 1, 3, 40, "入户宣传，发现即报燃气公司", "燃气公司"),
    ("鼓楼幼儿园周边", "接送时段车辆临时停放", "道路交通伤害", "幼儿、家长", 1, 10, 7, "引导有序接送", "交警中队/幼儿园"),
]


def lec_grade(dv):
    if dv >= 320:
        return "一级（极其危险）"
    if dv >= 160:
        return "二级（高度危险）"
    if dv >= 70:
        return "三级（显著危险）"
    if dv >= 20:
        return "四级（一般危险）"
    return "五级（稍有危险）"


LEC_ROWS = [(a, b, c, d, L, E, C, L * E * C, lec_grade(L * E * C), g, h) for (a, b, c, d, L, E, C, g, h) in LEC]
LEC_COUNT = {}
for _r in LEC_ROWS:
    LEC_COUNT[_r[8][:2]] = LEC_COUNT.get(_r[8][:2], 0) + 1

QKNOW = [("火警电话", 541), ("燃气泄漏正确处置", 302), ("干粉灭火器使用", 247), ("燃气胶管更换周期", 159),
         ("电动自行车不得在楼道家中充电", 354), ("老年人防跌倒措施", 318), ("心肺复苏基本步骤", 201),
         ("楼道堆物的危害", 463), ("一氧化碳中毒预防", 336), ("火灾正确逃生方法", 408)]
QVALID = 571
QRATE = sum(v for _, v in QKNOW) / (QVALID * len(QKNOW))


def fmt_num(v):
    return ("%g" % v)


def m2024_08():
    save_xlsx("2024.08/社区安全现状调查问卷统计汇总.xlsx", [
        dict(name="基本情况", title="鼓楼社区安全现状调查问卷统计汇总（一）基本情况",
             subtitle="发放600份，回收583份，有效问卷571份（有效率95.2%）　调查时间：2024年7月15日—8月16日　统计：王婷",
             header=["项目", "分组", "人数", "占比"],
             rows=[["性别", "男", 262, "45.9%"], ["性别", "女", 309, "54.1%"],
                   ["年龄", "18—39岁", 118, "20.7%"], ["年龄", "40—59岁", 186, "32.6%"],
                   ["年龄", "60—79岁", 214, "37.5%"], ["年龄", "80岁及以上", 53, "9.3%"],
                   ["燃气类型", "管道天然气", 467, "81.8%"], ["燃气类型", "瓶装液化气", 71, "12.4%"],
                   ["燃气类型", "不使用", 33, "5.8%"],
                   ["近一年家庭成员意外伤害就医", "有", 64, "11.2%"], ["近一年家庭成员意外伤害就医", "没有", 507, "88.8%"]],
             widths=[28, 16, 10, 10]),
        dict(name="安全知识知晓", title="鼓楼社区安全现状调查问卷统计汇总（二）安全知识知晓情况",
             subtitle="有效问卷571份", header=["序号", "知识点", "答对人数", "知晓率"],
             rows=[[i + 1, k, v, pct(v, QVALID)] for i, (k, v) in enumerate(QKNOW)] +
                  [["", "平均知晓率", sum(v for _, v in QKNOW), f"{QRATE * 100:.1f}%"]],
             widths=[8, 34, 12, 10]),
        dict(name="安全需求", title="鼓楼社区安全现状调查问卷统计汇总（三）居民最担心的安全问题（多选）",
             subtitle="有效问卷571份，每人最多选3项", header=["排序", "问题", "选择人数", "占有效问卷比例"],
             rows=[[1, "燃气和用火安全", 398, "69.7%"], [2, "老人跌倒", 352, "61.6%"],
                   [3, "电动车充电停放", 327, "57.3%"], [4, "楼道堆物、消防通道", 301, "52.7%"],
                   [5, "上下学和菜市场门口交通", 244, "42.7%"], [6, "房屋老旧", 203, "35.6%"],
                   [7, "治安", 98, "17.2%"], [8, "其他", 31, "5.4%"]],
             widths=[8, 28, 12, 16]),
        dict(name="满意度及参与意愿", title="鼓楼社区安全现状调查问卷统计汇总（四）满意度及参与意愿",
             subtitle="有效问卷571份", header=["项目", "选项", "人数", "占比"],
             rows=[["安全状况满意度", "满意", 236, "41.3%"], ["安全状况满意度", "基本满意", 262, "45.9%"],
                   ["安全状况满意度", "不满意", 73, "12.8%"], ["愿意参加安全志愿服务", "愿意", 187, "32.7%"],
                   ["愿意参加安全志愿服务", "不愿意", 384, "67.3%"]],
             widths=[24, 14, 10, 10]),
    ], D(2024, 8, 20), title="社区安全现状调查问卷统计汇总", kind="统计表")

    save_xlsx("2024.08/鼓楼社区危险源辨识与风险评价清单（LEC法）.xlsx", [
        dict(name="LEC评价", title="鼓楼社区危险源辨识与风险评价清单（LEC法）",
             subtitle="评价日期：2024年8月28日　评价人员：孙浩、冯雅琴、孟凡、马国强、张磊、王婷　"
                      "D=L×E×C：≥320一级，160～320二级，70～160三级，20～70四级，<20五级",
             header=["序号", "区域/场所", "危险源/危险因素", "可能导致的事故或伤害", "涉及人群", "L", "E", "C", "D",
                     "风险等级", "管控措施", "责任单位"],
             rows=[[i + 1, a, b, c, d, L, E, C, fmt_num(Dv) if isinstance(Dv, float) else Dv, g, h, k]
                   for i, (a, b, c, d, L, E, C, Dv, g, h, k) in enumerate(LEC_ROWS)],
             widths=[6, 16, 28, 16, 14, 5, 5, 5, 7, 16, 30, 16],
             footer=[f"汇总：共辨识危险源{len(LEC_ROWS)}项，其中一级{LEC_COUNT.get('一级', 0)}项、二级{LEC_COUNT.get('二级', 0)}项、"
                     f"三级{LEC_COUNT.get('三级', 0)}项、四级{LEC_COUNT.get('四级', 0)}项、五级{LEC_COUNT.get('五级', 0)}项。"]),
    ], D(2024, 8, 28), title="鼓楼社区危险源辨识与风险评价清单（LEC法）", kind="辨识清单")

    trainees = [("张磊", "网格长"), ("杜娟", "网格员"), ("何志强", "网格员"), ("林芳", "网格员"), ("周倩", "网格员"),
                ("陈志远", "钟楼巷小区楼栋长"), ("刘淑珍", "文庙街小区居民代表"), ("黄桂芳", "志愿服务队队长")]
    rng = random.Random(829)
    while len(trainees) < 38:
        n = SURN[rng.randrange(len(SURN))] + rng.choice(["秀英", "建国", "玉兰", "国庆", "桂兰", "志强", "凤英", "海燕",
                                                          "德明", "淑华", "立新", "春梅", "宝山", "丽君"])
        if n not in [t[0] for t in trainees]:
            trainees.append((n, rng.choice(["楼栋长", "居民骨干", "志愿者", "商户代表", "物业管理员"]) +
                             f"（{rng.choice(YARDS[:12])}）"))
    save_docx("2024.08/0829安全社区创建知识培训记录.docx", [
        ("title", "鼓楼社区安全社区创建知识培训记录"),
        ("table", ["项目", "内容"], [
            ["培训时间", "2024年8月29日 14:30—16:30"],
            ["培训地点", "社区党群服务中心三楼会议室"],
            ["主讲人", "韩立新（街道安全生产监督管理中队副中队长）、孙浩（鼓楼消防救援站站长）"],
            ["培训对象", "网格员、楼栋长、居民骨干、志愿者、商户代表"],
            ["参训人数", "38人"],
            ["组织部门", "鼓楼社区安全社区创建促进委员会办公室"],
        ]),
        ("h", "培训内容"),
        ("p", "一、安全社区的理念和《安全社区建设基本要求》的12个要素，社区在创建中应做哪些工作（韩立新）。"),
        ("p", "二、老旧小区常见火灾隐患识别：楼道堆物、飞线充电、电气线路老化，灭火器和室内消火栓的使用（孙浩，含现场实操）。"),
        ("p", "三、网格员、楼栋长在隐患排查中的职责：发现—登记—报告—跟踪复查。"),
        ("h", "培训效果"),
        ("p", "培训后进行了10道题的小测验，38人全部参加，平均得分86分；现场有31人完成干粉灭火器实操。"
              "学员提出希望多组织类似的实操培训，建议下一步对沿街商户单独组织一场用电用气培训。"),
        ("h", "签到表"),
        ("table", ["序号", "姓名", "身份/单位", "签名"], [[i + 1, n, u, "（已签）"] for i, (n, u) in enumerate(trainees)]),
        ("right", "记录：王婷　　" + cn_date(D(2024, 8, 29))),
    ], D(2024, 8, 29), title="安全社区创建知识培训记录", owner="鼓楼社区安全社区创建促进委员会办公室", kind="培训记录")

    ledger(2024, 8, [
        dict(t="与卫生服务中心伤害监测工作对接会", time="2024年8月7日 9:30—11:00", place="鼓楼街道社区卫生服务中心会议室",
             people="赵丽萍、孟凡（预防保健科）、卫生服务中心信息员1人、李秀兰、王婷、张磊，共6人", host="赵丽萍",
             body=["统一伤害登记口径：凡鼓楼社区居民因意外伤害首次到卫生服务中心或辖区医院就诊的，按首诊伤害监测表登记，"
                   "内容包括就诊日期、性别、年龄、住址院落、发生地点、伤害原因、部位、严重程度和转归。",
                   "卫生服务中心每月5日前将上月数据报社区；6—7月数据由孟凡从门诊系统中检索后补录。",
                   "宁川市第二人民医院、市中医院急诊收治的鼓楼社区居民，由卫生服务中心通过区伤害监测平台汇总。"],
             result="形成对接纪要；6—7月数据已于8月15日补录入伤害登记台账。"),
        dict(t="鼓楼大戏院消防安全检查", time="2024年8月21日 14:00—15:30", place="鼓楼大戏院",
             people="孙浩及消防站指导员1人、张磊、吴德胜", host="孙浩",
             body=["检查观众厅、后台、配电室和安全出口。发现疏散指示标志损坏4处，后台配电箱周边堆放道具和布景。",
                   "大戏院承诺9月5日前完成整改；演出期间安排专人消防值守。"],
             result="录入隐患台账；9月4日复查，疏散指示已更换，道具已清理。"),
        dict(t="安全社区创建知识培训", time="2024年8月29日 14:30—16:30", place="社区党群服务中心三楼会议室",
             people="网格员、楼栋长、居民骨干等38人", host="王婷",
             body=["详见《安全社区创建知识培训记录》。"]),
        dict(t="问卷回收与录入", time="2024年8月1日—8月16日", place="社区办公室",
             people="王婷、周倩及志愿者3人",
             body=["回收问卷583份，剔除漏答严重的12份，有效问卷571份，8月20日完成统计汇总。"]),
    ], inj=inj_line(2024, 8) + f"另补录6月份{len(inj_month(2024, 6))}例、7月份{len(inj_month(2024, 7))}例。")


# ============================================================================= 2024.09
def inj_table(rows):
    cc = cause_counts(rows)
    n = len(rows)
    return [[k, v, pct(v, n)] for k, v in cc.items()] + [["合计", n, "100%"]]


def m2024_09():
    pre = inj_in(D(2024, 6, 1), D(2024, 8, 31))
    save_docx("2024.09/鼓楼社区安全诊断报告（定稿）.docx", [
        ("title", "鼓楼社区安全诊断报告"),
        ("sub", "鼓楼社区安全社区创建促进委员会　2024年9月"),
        ("h", "一、诊断目的和方法"),
        ("p", "为掌握社区事故与伤害的主要类型、高危人群和高风险环境，为确定安全目标和安全促进项目提供依据，"
              "促进委员会于2024年7—9月组织开展了社区安全诊断。诊断采用以下方法："),
        ("p", "（一）问卷调查：入户发放问卷600份，回收583份，有效问卷571份；"),
        ("p", "（二）伤害数据分析：收集鼓楼街道社区卫生服务中心2021—2023年鼓楼社区居民伤害就诊数据，"
              f"以及2024年6—8月首诊伤害监测数据（{len(pre)}例）；"),
        ("p", "（三）危险源辨识与风险评价：由消防、燃气、卫生、物业和社区人员组成评价组，采用LEC法对32项危险源进行评价；"),
        ("p", "（四）座谈与现场查看：召开辖区单位座谈会1次（9月10日，22人）、居民议事会1次（7月25日，28人），"
              "对14个院落、菜市场、大戏院、小学周边进行现场查看。"),
        ("h", "二、社区基本情况"),
        ("p", "鼓楼社区辖区面积0.86平方公里，常住人口9126人、3418户，60岁以上老年人2237人（24.5%），80岁以上418人，"
              "独居、空巢老人186人，其中高龄独居老人47人；14岁以下儿童1048人；残疾人132人。14个院落均为老旧小区，"
              "楼房62栋均无电梯，平房312间集中在城隍庙巷和粮站家属院。管道天然气用户2860户，瓶装液化气居民用户214户、商户96家。"),
        ("h", "三、事故与伤害情况"),
        ("p", "2021—2023年，卫生服务中心登记鼓楼社区居民伤害就诊共310例（2021年102例、2022年97例、2023年111例）。"
              "伤害原因以跌倒为首（120例，38.7%），其次为道路交通伤害（50例，16.1%）、刀/锐器伤（31例，10.0%）、"
              "钝器伤/碰撞（29例，9.4%）、烧烫伤（25例，8.1%）、动物咬伤（22例，7.1%）、中毒（6例，1.9%）、其他（27例，8.7%）。"),
        ("p", "60岁以上老年人伤害占全部伤害的46.5%，其中跌倒占老年人伤害的七成以上。2023年6月至2024年5月，"
              "60岁以上老年人因跌倒就诊41例，其中髋部骨折6例。跌倒多发生在家中卫生间、厨房和楼梯。"),
        ("p", "2024年6—8月首诊伤害监测情况如下："),
        ("table", ["伤害原因", "例数", "构成比"], inj_table(pre)),
        ("p", "近三年辖区未发生亡人火灾，但发生一般火灾5起，其中电动自行车充电引发2起、电气线路老化引发2起、厨房用火不慎1起；"
              "发生燃气泄漏报警处置11起，均未造成伤亡。"),
        ("h", "四、危险源辨识与风险评价结果"),
        ("p", f"共辨识危险源{len(LEC_ROWS)}项，其中一级{LEC_COUNT.get('一级', 0)}项、二级{LEC_COUNT.get('二级', 0)}项、"
              f"三级{LEC_COUNT.get('三级', 0)}项、四级{LEC_COUNT.get('四级', 0)}项、五级{LEC_COUNT.get('五级', 0)}项。"
              "风险较高的依次为：菜市场电气线路老化、私拉乱接；老旧院落楼道堆物和电动车停放；居民家庭燃气胶管老化和未装报警器；"
              "电动自行车飞线充电；平房区冬季燃煤取暖；鼓楼小学南门上下学人车混行；老年人居家跌倒。"),
        ("h", "五、问卷调查结果"),
        ("p", f"居民安全知识平均知晓率为{QRATE * 100:.1f}%，其中火警电话（94.7%）、楼道堆物危害（81.1%）知晓率较高，"
              "燃气胶管更换周期（27.8%）、心肺复苏（35.2%）、灭火器使用（43.3%）知晓率较低。居民最担心的安全问题依次为"
              "燃气和用火安全（69.7%）、老人跌倒（61.6%）、电动车充电停放（57.3%）、楼道堆物（52.7%）和上下学及菜市场门口交通（42.7%）。"
              "对社区安全状况表示满意的占41.3%，基本满意45.9%，不满意12.8%。"),
        ("h", "六、诊断结论"),
        ("p", "（一）重点人群：60岁以上老年人特别是高龄独居老人；小学生和幼儿；沿街商户和菜市场摊户；出租户和流动人口。"),
        ("p", "（二）重点场所：14个老旧院落楼道及平房区；鼓楼菜市场；鼓楼大戏院；鼓楼小学南门及菜市场门口道路；沿街餐饮商铺。"),
        ("p", "（三）重点问题：老年人居家跌倒；燃气使用安全；老旧小区火灾（楼道堆物、电动车、电气线路）；菜市场电气和燃气安全；"
              "学生上下学交通安全；冬季一氧化碳中毒。"),
        ("h", "七、建议"),
        ("p", "建议促进委员会确定以下安全促进项目：1.老年人防跌倒；2.燃气安全进万家；3.老旧小区消防安全提升；"
              "4.鼓楼菜市场安全；5.学生上下学交通安全。电动自行车充电问题涉及集中充电设施选址和资金，建议先开展调研，条件成熟时立项。"),
        ("right", "鼓楼社区安全社区创建促进委员会"),
        ("right", cn_date(D(2024, 9, 20))),
    ], D(2024, 9, 20), title="鼓楼社区安全诊断报告", owner="鼓楼社区安全社区创建促进委员会", kind="诊断报告")

    save_docx("2024.09/鼓楼社区安全社区创建2024-2025年度工作计划.docx", [
        ("sub", "鼓社〔2024〕15号"),
        ("title", "鼓楼社区安全社区创建第一创建年度（2024年6月—2025年5月）工作计划"),
        ("p", "根据《鼓楼社区安全社区创建工作实施方案》和《鼓楼社区安全诊断报告》，制定第一创建年度工作计划。"),
        ("h", "一、年度目标"),
        ("p", "1.居民安全知识知晓率由58.3%提高到70%以上；"),
        ("p", "2.60岁以上老年人跌倒就诊人数较2023年6月—2024年5月的41例下降15%以上（不超过35例）；"),
        ("p", "3.不发生较大及以上火灾、燃气事故和亡人事故；"),
        ("p", "4.完成236户燃气重点户两轮入户检查，C类隐患清零；隐患按期整改率95%以上，复查率100%；"),
        ("p", "5.开展应急演练2次（上半年度、下半年度各1次），安全培训不少于6场，宣传教育覆盖1500人次以上；"),
        ("p", "6.伤害数据每月汇总，11月、5月各完成一次半年分析。"),
        ("h", "二、重点工作安排"),
        ("table", ["时间", "工作内容", "责任人"], [
            ["2024年9月", "完成安全诊断报告；确定安全促进项目；启动燃气重点户第一轮入户检查", "李秀兰、冯雅琴"],
            ["2024年10月", "召开促进委员会第二次例会；燃气安全培训；护学岗启动；制定老旧小区消防、学生交通项目方案", "周明华、韩卫东、孙浩"],
            ["2024年11月", "“11·9”消防应急疏散演练（上半年度）；高龄独居老人居家安全走访；菜市场线路排查；第一次伤害半年分析", "孙浩、赵丽萍、钱志刚"],
            ["2024年12月", "修订社区应急预案；组建社区应急救援队；储备应急物资；冬季防火防一氧化碳中毒宣传", "李秀兰、张磊"],
            ["2025年1月", "促进委员会第三次例会；春节前安全大检查；寒假学生安全教育", "周明华、郑雪梅"],
            ["2025年3月", "燃气泄漏应急处置演练（下半年度）；老年人防跌倒讲座；外出学习交流", "冯雅琴、赵丽萍"],
            ["2025年4月", "促进委员会第四次例会；燃气第二轮入户检查；“小黄帽”交通安全活动", "周明华、冯雅琴、郑雪梅"],
            ["2025年5月", "防灾减灾日宣传；防跌倒项目效果评估；第二次伤害半年分析；迎接街道中期督导", "李秀兰、赵丽萍"],
            ["2025年6月", "对第一创建年度进行评审，制定第二创建年度工作计划", "周明华"],
        ]),
        ("h", "三、安全促进项目"),
        ("p", "老年人防跌倒（赵丽萍）、燃气安全进万家（冯雅琴）、老旧小区消防安全提升（孙浩）、鼓楼菜市场安全（钱志刚）、"
              "学生上下学交通安全（韩卫东），各项目组10月底前完成实施方案。"),
        ("h", "四、宣传培训计划"),
        ("p", "全年安排培训6场：问卷调查员培训（7月）、安全社区知识培训（8月）、燃气入户检查人员培训（9月）、居民燃气安全培训（10月）、"
              "应急救援队员培训（12月）、老年人防跌倒讲座（3月）；结合节点开展寒假安全教育、“小黄帽”、防灾减灾日等宣传活动。"),
        ("h", "五、经费预算"),
        ("table", ["项目", "金额（万元）"], [["适老化改造（扶手、防滑垫、夜灯）", "4.2"], ["燃气报警器及金属软管补贴", "2.8"],
                                           ["灭火器、独立烟感", "3.9"], ["菜市场线路整改补助", "2.1"], ["护学岗装备", "0.6"],
                                           ["宣传培训", "2.3"], ["应急物资", "1.9"], ["其他", "0.8"], ["合计", "18.6"]]),
        ("right", "鼓楼社区安全社区创建促进委员会"),
        ("right", cn_date(D(2024, 9, 28))),
    ], D(2024, 9, 28), title="鼓楼社区安全社区创建2024-2025年度工作计划", owner="鼓楼社区安全社区创建促进委员会",
        docno="鼓社〔2024〕15号", kind="年度计划")

    save_docx("2024.09/老年人防跌倒安全促进项目实施方案.docx", [
        ("title", "鼓楼社区老年人防跌倒安全促进项目实施方案"),
        ("h", "一、项目背景"),
        ("p", "社区60岁以上老年人2237人，占常住人口24.5%。2021—2023年伤害就诊中跌倒占38.7%，居各类伤害之首；"
              "2023年6月至2024年5月老年人跌倒就诊41例，其中髋部骨折6例。问卷显示61.6%的居民担心老人跌倒，"
              "防跌倒措施知晓率仅55.7%。社区楼房均无电梯，老人家中卫生间普遍无扶手。"),
        ("h", "二、项目目标"),
        ("p", "1.2024年6月—2025年5月，60岁以上老年人跌倒就诊人数较基线下降15%以上；"),
        ("p", "2.完成高龄独居老人居家跌倒风险评估47户，适老化改造不少于30户；"),
        ("p", "3.老年人防跌倒知识知晓率达到75%以上。"),
        ("h", "三、干预措施"),
        ("p", "（一）风险评估：卫生服务中心家庭医生对高龄独居老人开展跌倒风险评估（计时起立行走测试、居家环境评估）。"),
        ("p", "（二）环境改善：为高风险老人家庭安装卫生间扶手、防滑垫和感应夜灯；协调物业修补楼梯台阶、加装楼道扶手。"),
        ("p", "（三）健康教育：每季度举办一次防跌倒讲座或义诊，发放《老年人防跌倒指导手册》。"),
        ("p", "（四）结对帮扶：“银发守护”志愿者与高龄独居老人结对，每周上门或电话问候。"),
        ("h", "四、进度安排"),
        ("p", "2024年10—11月风险评估；2024年11—12月首批适老化改造；2025年3月健康讲座；2025年5月效果评估。"),
        ("h", "五、经费"),
        ("p", "适老化改造4.2万元（按每户约1300元测算），讲座及手册印制从宣传培训经费列支。"),
        ("h", "六、效果评估方法"),
        ("p", "以卫生服务中心首诊伤害监测数据比较老年人跌倒就诊人数；对改造户回访；讲座前后知识问卷。"),
        ("right", "老年人防跌倒项目组　组长：赵丽萍"),
        ("right", cn_date(D(2024, 9, 25))),
    ], D(2024, 9, 25), title="老年人防跌倒安全促进项目实施方案", owner="老年人防跌倒项目组", kind="项目方案")

    save_docx("2024.09/燃气安全进万家项目实施方案.docx", [
        ("title", "“燃气安全进万家”安全促进项目实施方案"),
        ("h", "一、项目背景"),
        ("p", "社区有管道天然气用户2860户，瓶装液化气居民用户214户、商户96家。近三年发生燃气泄漏报警处置11起。"
              "问卷显示居民最担心的安全问题是燃气和用火（69.7%），但燃气胶管更换周期的知晓率只有27.8%。"
              "老年户、出租户和瓶装气用户是燃气安全的薄弱环节。"),
        ("h", "二、项目目标"),
        ("p", "1.对236户燃气重点户（独居及空巢老人户、出租户、瓶装气用户）开展两轮入户安检，实行ABC分类管理；"),
        ("p", "2.第二轮检查时C类隐患清零，B类隐患比例下降一半以上；"),
        ("p", "3.不发生燃气事故，居民燃气安全知识知晓率提高到75%以上。"),
        ("h", "三、分类标准"),
        ("p", "A类：燃气设施完好，无隐患；B类：存在一般隐患（胶管超期、无熄火保护、未装报警器等），限期30日内整改；"
              "C类：存在较大隐患（胶管老化龟裂、钢瓶与明火同室、直排热水器等），当场停用或限期7日内整改，燃气公司跟踪。"),
        ("h", "四、实施步骤"),
        ("p", "第一轮：2024年9月23日—10月31日；第二轮：2025年4月—5月。每户检查填写《燃气入户安全检查登记表》，"
              "户主签字确认；10月组织一次居民燃气安全培训，进院落发放宣传资料。"),
        ("h", "五、职责分工"),
        ("p", "燃气公司老城营业所负责检查技术和隐患认定；物业负责配合入户和公共管道巡查；网格员负责预约、宣传和整改督促；"
              "社区对困难老人更换金属软管和安装报警器给予补贴（2.8万元）。"),
        ("h", "六、效果评估"),
        ("p", "对比两轮检查ABC分类结果、隐患整改率和燃气事故起数，结合知识问卷评估项目效果，第二轮结束后一个月内完成。"),
        ("right", "燃气安全项目组　组长：冯雅琴"),
        ("right", cn_date(D(2024, 9, 25))),
    ], D(2024, 9, 25), title="燃气安全进万家项目实施方案", owner="燃气安全项目组", kind="项目方案")

    r1_sep = [r for r in GAS1 if r["d"] <= D(2024, 9, 30)]
    ledger(2024, 9, [
        dict(t="社区安全诊断辖区单位座谈会", time="2024年9月10日 9:00—11:00", place="社区党群服务中心三楼会议室",
             people="派出所、卫生服务中心、消防站、物业、小学、菜市场、大戏院代表及居民代表，共22人", host="李秀兰",
             body=["通报问卷调查、伤害数据和LEC评价初步结果，征求对诊断结论和拟定项目的意见。",
                   "刘建军提出电动车飞线充电问题突出，建议尽快研究集中充电；郑雪梅建议把幼儿园门口一并纳入交通项目。"],
             result="意见已吸收进诊断报告，9月20日定稿。"),
        dict(t="燃气入户检查人员培训", time="2024年9月18日 14:00—15:30", place="社区党群服务中心二楼会议室",
             people="冯雅琴及安检员3人、物业维修工6人、网格员5人、志愿者8人，共23人", host="冯雅琴",
             body=["讲解入户检查要点、ABC分类标准和登记表填写要求，现场演示检漏液检漏和胶管老化判断。"],
             result="检查人员分为5个小组，9月23日启动第一轮入户检查。"),
        dict(t="燃气重点户第一轮入户检查（进行中）", time="2024年9月23日—10月31日", place="各院落",
             people="燃气安全项目组5个检查小组",
             body=[f"截至9月30日完成{len(r1_sep)}户，国庆假期暂停，10月8日继续。"]),
        dict(t="中秋、国庆节前安全大检查", time="2024年9月27日 9:00—12:00", place="鼓楼大街、文庙街沿街商铺",
             people="李秀兰、张磊、何志强，消防站指导员1人", host="李秀兰",
             body=["抽查沿街商铺60家，发现灭火器过期9处、液化气钢瓶与明火同室3处、电线私拉2处，共14处问题。"],
             result="当场整改6处，其余下达整改通知，录入隐患台账。"),
    ])
    save_jpg("2024.09/IMG_20240918_143205.jpg", "燃气入户检查人员培训", dt.datetime(2024, 9, 18, 14, 32, 5),
             seed=91801, scene="meeting", stamp=False, camera=("Xiaomi", "Redmi K60"))


# ============================================================================= 2024.10
def m2024_10():
    att = ["周明华", "刘建军", "赵丽萍", "李秀兰", "孙浩", "马国强", "郑雪梅", "钱志刚", "韩卫东", "冯雅琴", "黄桂芳",
           "陈志远", "张磊", "王婷"]
    save_docx("2024.10/1015促进委员会第二次例会纪要.docx", [
        ("title", "鼓楼社区安全社区创建促进委员会第二次例会纪要"),
        ("p", "2024年10月15日上午，促进委员会在社区党群服务中心三楼会议室召开第二次例会（第一创建年度第二季度例会）。"
              f"会议由周明华主持，出席委员{len(att)}人，吴德胜、杨波、刘淑珍请假。街道安全生产监督管理中队韩立新列席。现将会议主要内容纪要如下。"),
        ("h", "一、审议社区安全诊断报告"),
        ("p", "会议听取了李秀兰关于社区安全诊断情况的汇报，原则同意《鼓楼社区安全诊断报告》的结论，"
              "确定老年人、学生、商户和出租户为重点人群，老旧院落、菜市场、大戏院、小学南门为重点场所。"),
        ("h", "二、审定第一创建年度工作计划和安全促进项目"),
        ("p", "会议审定了《鼓楼社区安全社区创建第一创建年度工作计划》（鼓社〔2024〕15号），确定老年人防跌倒、燃气安全进万家、"
              "老旧小区消防安全提升、鼓楼菜市场安全、学生上下学交通安全五个安全促进项目。防跌倒、燃气两个项目方案已完成，"
              "学生交通项目方案已于10月8日完成，老旧小区消防项目方案请孙浩站长10月底前定稿，菜市场项目方案11月中旬前完成。"),
        ("h", "三、听取燃气入户检查进展"),
        ("p", "冯雅琴汇报：第一轮入户检查已完成一半以上，C类隐患主要是胶管老化和平房区钢瓶与煤炉同室，已当场停用并下达整改通知。"),
        ("h", "四、议定事项"),
        ("p", "1.11月9日前后组织老旧小区消防应急疏散演练，由孙浩负责方案，地点定在钟楼巷小区。"),
        ("p", "2.电动车集中充电由刘建军牵头调研选址，物业配合测算用电负荷，下次例会汇报。"),
        ("p", "3.办公室每月汇总工作台账，在例会上通报。"),
        ("p", "4.下次例会于12月至次年2月期间召开。"),
        ("h", "五、出席人员"),
        ("pl", "、".join(att) + "；列席：韩立新。"),
        ("right", "鼓楼社区安全社区创建促进委员会办公室"),
        ("right", cn_date(D(2024, 10, 16))),
    ], D(2024, 10, 15), modified=D(2024, 10, 16), title="促进委员会第二次例会纪要",
        owner="鼓楼社区安全社区创建促进委员会办公室", kind="会议纪要")

    save_pptx("2024.10/燃气安全进万家培训课件.pptx", ("燃气安全进万家", "鼓楼社区居民燃气安全培训\n主讲：冯雅琴（宁川燃气有限公司老城营业所）\n2024年10月12日 · 社区党群服务中心"), [
        ("为什么要讲燃气安全", ["近三年社区燃气泄漏报警处置11起", "69.7%的居民最担心燃气和用火安全",
                               "只有27.8%的居民知道胶管约18个月要更换", "老年户、出租户、瓶装气用户是重点"]),
        ("家里燃气设施看哪几处", ["燃气表、表前阀：不包裹、不堆物", "连接胶管：不超过2米、不穿墙、不老化龟裂",
                                 "灶具：选用带熄火保护的灶具", "热水器：严禁使用直排式，烟道要接到室外",
                                 "报警器：安装在灶具附近、距屋顶30厘米以内"]),
        ("闻到燃气味怎么办", ["第一步：关闭灶前阀和表前阀", "第二步：打开门窗通风", "第三步：不开关电器、不打电话、不点火",
                              "第四步：到室外安全地点拨打燃气抢修电话 96777 或 119"]),
        ("瓶装液化气使用注意", ["到有资质的供应站购气，不买“黑气”", "钢瓶直立放置，不与煤炉、明火同室",
                                "不倒残液、不用热水烫钢瓶", "商户应安装可燃气体报警器并联动切断阀"]),
        ("入户安检与ABC分类", ["A类：无隐患", "B类：一般隐患，30日内整改", "C类：较大隐患，当场停用或7日内整改",
                               "第一轮：2024年9月23日—10月31日", "请配合检查人员入户，检查人员佩戴工作证"]),
        ("小测验", ["燃气胶管多长时间换一次？", "闻到燃气味能不能打开排风扇？", "钢瓶能不能和煤炉放在一个屋？",
                    "谢谢大家！燃气抢修 96777　社区热线 8826110"]),
    ], D(2024, 10, 12), author="冯雅琴", title="燃气安全进万家培训课件", owner="燃气安全项目组")

    save_docx("2024.10/鼓楼小学学生上下学交通安全项目实施方案.docx", [
        ("title", "鼓楼小学学生上下学交通安全项目实施方案"),
        ("h", "一、项目背景"),
        ("p", "鼓楼小学有学生864人，南门紧邻鼓楼大街和菜市场北口，早晚高峰接送车辆、买菜人流和电动车混行，"
              "2021—2023年社区14岁以下儿童道路交通伤害11例。LEC评价中“小学南门上下学人车混行”为二级风险。"),
        ("h", "二、项目目标"),
        ("p", "1.上下学时段校门口交通秩序明显改善，学生上下学途中交通伤害不高于基线；"),
        ("p", "2.学生交通安全知识知晓率达到90%以上；"),
        ("p", "3.建立交警、学校、家长、社区共同参与的护学岗长效机制。"),
        ("h", "三、主要措施"),
        ("p", "（一）设立护学岗：每个上学日7:30—8:10、16:30—17:20，交警1人、教师2人、家长志愿者3人在南门值守。"),
        ("p", "（二）改善设施：协调交警部门在南门施划人行横道和学校区域标识，设置隔离护栏30米，菜市场北口早高峰禁止车辆进入。"),
        ("p", "（三）安全教育：每学期开展一次交通安全主题班会，低年级开展“小黄帽”活动，寒暑假前开展假期安全教育。"),
        ("h", "四、进度"),
        ("p", "2024年10月23日护学岗启动；2024年11月完成标识和护栏；2025年4月“小黄帽”活动；2025年7月学年结束后开展效果评估。"),
        ("h", "五、责任分工"),
        ("p", "交警中队负责护学岗警力和设施协调；学校负责教师值守和安全教育；社区负责招募家长志愿者和宣传；菜市场配合北口管理。"),
        ("right", "学生交通安全项目组　组长：韩卫东　副组长：郑雪梅"),
        ("right", cn_date(D(2024, 10, 8))),
    ], D(2024, 10, 8), title="鼓楼小学学生上下学交通安全项目实施方案", owner="学生交通安全项目组", kind="项目方案")

    save_docx("2024.10/老旧小区消防安全提升项目实施方案-终稿.docx", [
        ("title", "鼓楼社区老旧小区消防安全提升项目实施方案"),
        ("h", "一、项目背景"),
        ("p", "社区14个院落均建成于2000年以前，楼道狭窄，无室内消火栓的楼栋占六成。近三年发生一般火灾5起，"
              "其中电动车充电2起、电气线路老化2起。6月网格员巡查发现楼道堆物23处、楼道停放电动车11辆。"),
        ("h", "二、项目目标"),
        ("p", "1.两年内14个院落楼道堆物基本清零，消防车通道保持畅通；"),
        ("p", "2.为62栋楼房每个单元楼道配置灭火器，为186户独居、空巢老人家庭安装独立式烟感报警器；"),
        ("p", "3.不发生较大及以上火灾，居民灭火器使用知晓率提高到70%以上；"),
        ("p", "4.每个创建年度至少组织一次消防应急疏散演练。"),
        ("h", "三、主要措施"),
        ("p", "1.楼栋长负责制：每栋楼确定一名楼栋长，每周检查楼道，发现堆物劝导清理，屡劝不改的报物业和网格员。"),
        ("p", "2.设施配置：楼道灭火器280具、独立烟感186个，2024年12月底前完成。"),
        ("p", "3.消防车通道施划标线，设置“消防通道禁止占用”标牌。"),
        ("p", "4.培训演练：每年“11·9”前后组织演练，消防站指导员每年至少一次进院落授课。"),
        ("h", "四、进度与评估"),
        ("p", "2024年11月演练；2024年12月完成设施配置；2025年全年常态化巡查；2026年4月开展效果评估，评估指标为楼道堆物数、火灾起数、"
              "设施完好率和居民知晓率。"),
        ("right", "老旧小区消防安全项目组　组长：孙浩"),
        ("right", cn_date(D(2024, 10, 20))),
    ], D(2024, 10, 20), modified=D(2024, 10, 28), title="老旧小区消防安全提升项目实施方案", owner="老旧小区消防安全项目组",
        kind="项目方案")

    done_r1 = len(GAS1)
    ledger(2024, 10, [
        dict(t="居民燃气安全培训", time="2024年10月12日 9:30—11:00", place="社区党群服务中心三楼会议室",
             people="居民64人（以老年人为主）", host="冯雅琴主讲，王婷组织",
             body=["讲解家庭燃气设施检查要点、燃气泄漏处置四步法、瓶装液化气使用注意事项，现场演示胶管更换和报警器安装。"],
             result="发放《家庭燃气安全使用手册》200册，公众号10月13日发布活动信息。"),
        dict(t="促进委员会第二次例会", time="2024年10月15日 9:00—11:00", place="社区党群服务中心三楼会议室",
             people="委员14人，列席1人", host="周明华",
             body=["审议诊断报告和年度工作计划，确定五个安全促进项目。详见会议纪要。"]),
        dict(t="鼓楼小学护学岗启动", time="2024年10月23日 7:30—8:10", place="鼓楼小学南门",
             people="交警2人、教师4人、家长志愿者10人、社区2人", host="韩卫东、郑雪梅",
             body=["护学岗正式启动，早晚高峰在南门疏导车辆、护送学生过街。首日发现南门两侧违停车辆7辆，已劝离。"],
             result="排定11月—次年1月家长志愿者值守表。"),
        dict(t="燃气重点户第一轮入户检查完成", time="2024年9月23日—10月31日", place="各院落",
             people="燃气安全项目组5个检查小组",
             body=[f"第一轮共检查重点户{done_r1}户，其中A类{G1C['A']}户、B类{G1C['B']}户、C类{G1C['C']}户。"
                   "C类隐患已全部下达整改通知，其中钢瓶与明火同室的平房户当场停用钢瓶。"],
             result="检查结果录入《燃气入户安全检查登记表》第一轮工作表。"),
    ])

    save_html("2024.10/燃气安全进万家 鼓楼社区在行动.html", "燃气安全进万家 鼓楼社区在行动", "2024-10-13 20:05", "王婷", [
        "10月12日上午，鼓楼社区在党群服务中心举办“燃气安全进万家”居民培训，宁川燃气有限公司老城营业所安检班班长冯雅琴为64名居民授课。",
        "IMG:冯雅琴为居民讲解燃气胶管检查方法",
        "“闻到燃气味，第一件事是关阀门、开窗户，千万不要开灯、打电话。”冯雅琴用身边的案例讲解了燃气泄漏的处置方法，"
        "还现场演示了如何判断胶管老化、如何安装可燃气体报警器。不少老人拿出小本子认真记录。",
        "据了解，自9月23日起，社区联合燃气营业所、安居物业对236户独居空巢老人户、出租户和瓶装气用户开展入户安全检查，"
        "按A、B、C三类建立台账，对发现的隐患跟踪整改。",
        "IMG:检查人员入户检查燃气设施",
        "温馨提示：燃气胶管一般18个月左右需要更换，建议使用金属波纹管；燃气抢修电话96777。",
    ], reads=2087, event_date=D(2024, 10, 12))


# ============================================================================= 2024.11
def m2024_11():
    save_docx("2024.11/1108消防应急疏散演练记录及总结.docx", [
        ("title", "鼓楼社区老旧小区消防应急疏散演练记录及总结"),
        ("table", ["项目", "内容"], [
            ["演练名称", "钟楼巷小区居民楼火灾应急疏散演练"],
            ["演练时间", "2024年11月8日 9:30—10:40"],
            ["演练地点", "钟楼巷小区3号楼及院内空地"],
            ["组织单位", "鼓楼社区安全社区创建促进委员会、鼓楼消防救援站"],
            ["总指挥", "周明华"],
            ["现场指挥", "孙浩"],
            ["参演人员", "居民98人、社区工作人员及网格员9人、物业6人、消防站指导员及队员8人、卫生服务中心医护5人，共126人"],
            ["演练类型", "实战演练（预先通知时间，不通知具体情景）"],
        ]),
        ("h", "一、演练目的"),
        ("p", "检验《鼓楼社区突发事件综合应急预案》中火灾处置程序，提高老旧小区居民火灾逃生和初期火灾扑救能力，"
              "检验网格员、楼栋长、物业和消防站的协同配合。"),
        ("h", "二、演练情景"),
        ("p", "3号楼2单元3楼一户居民家中电动自行车电池在室内充电起火，浓烟进入楼道。"),
        ("h", "三、演练过程"),
        ("p", "9:30 楼栋长陈志远发现烟雾（发烟罐模拟），敲门呼喊并拨打119，同时报告网格员张磊；"),
        ("p", "9:32 张磊启动社区应急响应，通知物业切断单元电源，网格员分楼层引导疏散；"),
        ("p", "9:34 物业微型消防站3人携灭火器到场，在单元门口实施初期扑救；"),
        ("p", "9:38 3号楼居民全部疏散至院内空地，楼栋长逐户清点，发现4楼行动不便的刘姓老人未下楼，志愿者2人协助背送下楼；"),
        ("p", "9:41 消防站车辆到达，因院门口有私家车停放，消防车在院外停靠，水带铺设耗时约3分钟；"),
        ("p", "9:55 模拟火情扑灭；卫生服务中心医护对2名“呛咳”居民进行现场处置；"),
        ("p", "10:00—10:40 孙浩讲解火灾逃生要点，组织31名居民进行灭火器实操。"),
        ("h", "四、演练评估"),
        ("p", "总体情况：报警、疏散、初期扑救各环节基本按预案进行，从发现火情到全部疏散用时8分钟，达到预期。"),
        ("p", "存在问题：1.院门口私家车占用消防车通道，影响消防车进入；2.行动不便老人的疏散没有事先落实到人；"
              "3.部分居民疏散时返回家中取物；4.单元楼道内堆放的纸箱影响疏散速度。"),
        ("h", "五、改进措施"),
        ("p", "1.钟楼巷小区院门口施划消防车通道标线，设置禁停标牌（物业，11月底前）；"),
        ("p", "2.建立行动不便老人疏散帮扶名单，每人明确1—2名邻居或志愿者（网格员，12月底前）；"),
        ("p", "3.将本次演练发现的楼道堆物纳入老旧小区消防项目整治；4.修订社区应急预案时补充老人疏散帮扶内容。"),
        ("right", "记录：王婷　　评估：孙浩"),
        ("right", cn_date(D(2024, 11, 8))),
    ], D(2024, 11, 8), modified=D(2024, 11, 11), title="消防应急疏散演练记录及总结",
        owner="鼓楼社区安全社区创建促进委员会", kind="演练记录")

    save_jpg("2024.11/消防演练现场.jpg", "钟楼巷小区消防应急疏散演练", dt.datetime(2024, 11, 8, 9, 46, 12),
             seed=110801, scene="drill")

    save_docx("2024.11/鼓楼菜市场安全促进项目实施方案.docx", [
        ("title", "鼓楼菜市场安全促进项目实施方案"),
        ("h", "一、项目背景"),
        ("p", "鼓楼菜市场建于1986年，有固定摊位126个、临时摊位22个，日均客流约3000人次，顾客中老年人占一半以上。"
              "LEC评价中“菜市场电气线路老化、私拉乱接”为一级风险。11月20日排查发现私拉乱接37处；"
              "使用瓶装液化气的熟食摊户31户，其中未装报警器的19户；水产区地面湿滑，近三年顾客跌倒就诊7例；"
              "市场门口占道经营，早高峰人车混行。"),
        ("h", "二、项目目标"),
        ("p", "1.一年内完成市场电气线路改造，私拉乱接清零，不发生电气火灾；"),
        ("p", "2.使用瓶装气的摊户100%安装可燃气体报警器；148个摊位配置灭火器；"),
        ("p", "3.市场内顾客跌倒就诊较上年减少；门口占道经营明显减少。"),
        ("h", "三、主要措施"),
        ("p", "1.分区改造线路：东区熟食区、西区蔬菜区、水产区分三批改造，统一穿管敷设，每个摊位加装漏电保护器；"),
        ("p", "2.摊户燃气：报警器由燃气公司以成本价安装，社区补贴一半；钢瓶集中存放于隔离间；"),
        ("p", "3.防滑：水产区铺设防滑垫，增加保洁频次；"),
        ("p", "4.门口秩序：划定临时摊位区，早6:30—8:30由市场管理员和交警疏导；"),
        ("p", "5.摊户培训：每半年组织一次摊户用电用气和灭火器使用培训。"),
        ("h", "四、进度"),
        ("p", "2024年12月—2025年4月分批改造线路；2025年1月完成报警器安装；2025年4月、10月复查；2025年11月开展效果评估。"),
        ("h", "五、经费"),
        ("p", "线路改造总投资约6.3万元，由菜市场产权单位承担4.2万元，社区补助2.1万元。"),
        ("right", "菜市场安全项目组　组长：钱志刚"),
        ("right", cn_date(D(2024, 11, 12))),
    ], D(2024, 11, 12), title="鼓楼菜市场安全促进项目实施方案", owner="菜市场安全项目组", kind="项目方案")

    h1 = inj_in(D(2024, 6, 1), D(2024, 11, 30))
    half_report("2024.11/鼓楼社区伤害监测半年分析报告（2024年6-11月）.docx", h1, D(2024, 6, 1), D(2024, 11, 30),
                D(2024, 11, 29), prev=None, extra=[
                    "本期为伤害监测工作开展后的第一个半年，6—7月数据为补录，可能存在漏报。",
                    "建议：1.老年人跌倒仍是首位伤害，防跌倒项目应尽快启动适老化改造；"
                    "2.动物咬伤多发生在院落内，建议与派出所联合开展文明养犬宣传；"
                    "3.进入冬季，平房区燃煤取暖户要重点防范一氧化碳中毒。"])

    ledger(2024, 11, [
        dict(t="老旧小区消防应急疏散演练", time="2024年11月8日 9:30—10:40", place="钟楼巷小区3号楼",
             people="共126人参演", host="周明华（总指挥）、孙浩（现场指挥）",
             body=["详见《消防应急疏散演练记录及总结》。本次为第一创建年度上半年度演练。"]),
        dict(t="高龄独居老人居家安全走访", time="2024年11月14日—11月22日", place="各院落高龄独居老人家中",
             people="孟凡（卫生服务中心）、黄桂芳及“银发守护”志愿者6人、林芳", host="赵丽萍",
             body=["走访高龄独居老人47户，开展跌倒风险评估。评估为高风险的19户、中风险的21户；"
                   "其中卫生间无扶手的41户、夜间无照明的33户。",
                   "根据评估结果，确定首批适老化改造32户（高风险19户及中风险中年龄最大的13户）。"],
             result="改造清单已交物业，12月施工。"),
        dict(t="菜市场电气线路排查", time="2024年11月20日 8:30—11:30", place="鼓楼菜市场",
             people="钱志刚、市场电工2人、周倩、消防站指导员1人", host="钱志刚",
             body=["逐摊排查，发现私拉乱接37处、插座超负荷12处、配电箱无门2处；熟食区使用瓶装气摊户31户，19户未装报警器。"],
             result="纳入菜市场安全项目；较大隐患录入隐患台账。"),
        dict(t="伤害监测半年数据分析会", time="2024年11月27日 15:00—16:00", place="社区办公室",
             people="赵丽萍、孟凡、李秀兰、王婷", host="赵丽萍",
             body=["分析6—11月伤害数据，讨论半年分析报告初稿。"]),
    ])


def half_report(rel, rows, a, b, date, prev=None, extra=()):
    n = len(rows)
    cc = cause_counts(rows)
    old = [r for r in rows if r["age"] >= 60]
    kids = [r for r in rows if r["age"] < 15]
    falls_old = sum(1 for r in old if r["cause"] == "跌倒/坠落")
    places = {}
    for r in rows:
        places[r["place"]] = places.get(r["place"], 0) + 1
    sev = {k: sum(1 for r in rows if r["sev"] == k) for k in ("轻度", "中度", "重度")}
    mon = {}
    for r in rows:
        k = f"{r['date'].year}年{r['date'].month}月"
        mon[k] = mon.get(k, 0) + 1
    blocks = [
        ("title", f"鼓楼社区伤害监测半年分析报告"),
        ("sub", f"（{a.year}年{a.month}月—{b.year}年{b.month}月）"),
        ("h", "一、数据来源"),
        ("p", f"本报告数据来源于鼓楼街道社区卫生服务中心首诊伤害监测及区伤害监测平台，统计对象为{zh(a)}至{zh(b)}期间"
              f"因意外伤害首次就诊的鼓楼社区居民，共{n}例。"),
        ("h", "二、总体情况"),
        ("p", "各月伤害例数：" + "，".join(f"{k}{v}例" for k, v in mon.items()) + "。"),
        ("table", ["伤害原因", "例数", "构成比"], [[k, v, pct(v, n)] for k, v in cc.items()] + [["合计", n, "100%"]]),
        ("h", "三、人群和场所分布"),
        ("p", f"男性{sum(1 for r in rows if r['sex'] == '男')}例，女性{sum(1 for r in rows if r['sex'] == '女')}例。"
              f"60岁以上老年人{len(old)}例，占{pct(len(old), n)}，其中跌倒{falls_old}例；14岁以下儿童{len(kids)}例。"),
        ("p", "发生地点：" + "，".join(f"{k}{v}例" for k, v in sorted(places.items(), key=lambda x: -x[1])) + "。"),
        ("p", f"伤害严重程度：轻度{sev['轻度']}例，中度{sev['中度']}例，重度{sev['重度']}例；"
              f"住院{sum(1 for r in rows if r['out'] == '住院')}例。"),
    ]
    if prev is not None:
        pn = len(prev)
        pold_f = sum(1 for r in prev if r["age"] >= 60 and r["cause"] == "跌倒/坠落")
        blocks += [("h", "四、与上期比较"),
                   ("p", f"上期（半年）伤害{pn}例，本期{n}例；上期60岁以上老年人跌倒{pold_f}例，本期{falls_old}例。")]
    blocks += [("h", "五、分析与建议" if prev is not None else "四、分析与建议")]
    blocks += [("p", e) for e in extra]
    blocks += [("right", "鼓楼社区安全社区创建促进委员会数据统计组"),
               ("right", "执笔：孟凡　王婷" if date < D(2025, 9, 1) else "执笔：孟凡　陈晓雨"),
               ("right", cn_date(date))]
    save_docx(rel, blocks, date, author="王婷" if date < D(2025, 9, 1) else "陈晓雨",
              title=os.path.splitext(os.path.basename(rel))[0], owner="数据统计组", kind="伤害分析")


# ============================================================================= 2024.12
def m2024_12():
    team = [("张磊", "队长", "网格长", "13909316621"), ("何志强", "副队长", "网格员", "13893270418"),
            ("马国强", "副队长", "物业项目经理", "13519310672"), ("杜娟", "疏散引导组组长", "网格员", "13993135270"),
            ("林芳", "医疗救护组联络", "网格员", "18993107754"), ("孟凡", "医疗救护组组长", "卫生服务中心医生", "13609317781"),
            ("陈志远", "疏散引导组", "楼栋长", "13893142906"), ("黄桂芳", "后勤保障组组长", "志愿服务队队长", "13919307733"),
            ("周倩", "信息联络组组长", "网格员", "17793110205"), ("宋佳", "疏散引导组", "大戏院副经理", "13830917146")]
    save_docx("2024.12/鼓楼社区突发事件综合应急预案（修订）.docx", [
        ("title", "鼓楼社区突发事件综合应急预案"),
        ("sub", "（2024年12月修订）"),
        ("h", "一、总则"),
        ("p", "为及时有效处置辖区火灾、燃气泄漏、汛情、人员密集场所突发事件和老年人意外等突发事件，最大限度减少人员伤亡和财产损失，"
              "依据有关法律法规和《老城区突发事件总体应急预案》，结合本社区实际，修订本预案。原2021年版预案同时废止。"),
        ("h", "二、风险分析"),
        ("p", "根据2024年社区安全诊断，辖区可能发生的突发事件主要有：1.老旧院落火灾（电动车充电、电气线路老化、楼道堆物）；"
              "2.居民家庭和餐饮商户燃气泄漏、爆炸；3.平房区冬季一氧化碳中毒；4.汛期低洼院落积水、危旧平房漏雨坍塌；"
              "5.鼓楼大戏院、菜市场人员密集场所火灾和拥挤踩踏；6.独居老人突发疾病或跌倒无人发现。"),
        ("h", "三、组织机构"),
        ("p", "成立社区应急指挥部，总指挥：周明华；副总指挥：李秀兰、刘建军、孙浩。指挥部下设疏散引导组、初期处置组、"
              "医疗救护组、后勤保障组、信息联络组。社区应急救援队36人，由网格员、物业员工、楼栋长和志愿者组成，队长张磊。"),
        ("h", "四、预警和报告"),
        ("p", "网格员、楼栋长和居民发现险情，应立即拨打119、120或96777，同时报告社区值班电话8826110。"
              "社区接报后10分钟内到达现场，1小时内书面报告街道。汛期、寒潮等预警信息通过微信群、楼道广播和入户通知传达到户，"
              "独居老人由结对志愿者电话确认。"),
        ("h", "五、应急响应"),
        ("p", "（一）火灾：切断电源，组织疏散，利用灭火器和室内消火栓扑救初期火灾，引导消防车进入，清点人员，行动不便老人由帮扶人协助疏散。"),
        ("p", "（二）燃气泄漏：关闭阀门，开窗通风，划定警戒区，禁止一切火源和电器开关，疏散周边住户，等待燃气抢修。"),
        ("p", "（三）汛情：转移危房和低洼院落住户至社区党群服务中心临时安置点，启用抽水泵和挡水板。"),
        ("p", "（四）人员密集场所：大戏院、菜市场按各自预案疏散，社区协助维持秩序，防止拥挤踩踏。"),
        ("p", "（五）老人意外：志愿者或邻居发现后拨打120，通知家属，卫生服务中心家庭医生协助处置。"),
        ("h", "六、保障"),
        ("p", "应急物资存放于社区党群服务中心一楼物资库和钟楼巷、城隍庙巷两个微型消防站，清单见《应急物资储备清单》，"
              "每季度检查一次；临时安置点设在社区党群服务中心三楼，可容纳80人。"),
        ("h", "七、演练和修订"),
        ("p", "每个创建年度组织应急演练不少于2次，上、下半年度各1次。本预案每两年修订一次，演练或实际处置中发现问题时及时修订。"),
        ("h", "附件：社区应急救援队骨干名册（共36人，以下为骨干10人）"),
        ("table", ["姓名", "应急职务", "日常身份", "联系电话"], [list(t) for t in team]),
        ("right", "鼓楼社区居民委员会"),
        ("right", cn_date(D(2024, 12, 10))),
    ], D(2024, 12, 10), title="鼓楼社区突发事件综合应急预案（修订）", owner="鼓楼社区居委会", kind="应急预案")

    items = [("干粉灭火器（4kg）", "具", 40, "物资库20、钟楼巷微型站10、城隍庙巷微型站10"),
             ("消防水带及枪头", "套", 4, "两个微型消防站"), ("防烟面罩", "个", 60, "物资库"),
             ("应急照明灯/强光手电", "个", 30, "物资库20、微型站10"), ("扩音喇叭", "个", 6, "物资库"),
             ("警戒带", "卷", 20, "物资库"), ("急救箱", "个", 4, "物资库2、卫生服务中心2"),
             ("担架", "副", 2, "物资库"), ("轮椅", "辆", 2, "物资库"), ("挡水板", "块", 24, "南门里小区地下室入口12、物资库12"),
             ("抽水泵", "台", 2, "物资库"), ("沙袋", "个", 300, "物资库"), ("雨衣雨靴", "套", 30, "物资库"),
             ("折叠床", "张", 40, "党群服务中心三楼"), ("棉被", "床", 40, "党群服务中心三楼"),
             ("一氧化碳报警器（备用）", "台", 20, "物资库"), ("燃气检漏仪", "台", 1, "物资库"), ("应急饮用水", "箱", 30, "物资库"),
             ("方便食品", "箱", 20, "物资库"), ("铁锹", "把", 15, "物资库"), ("破拆工具组", "套", 1, "钟楼巷微型站")]
    save_xlsx("2024.12/应急物资储备清单.xlsx", [
        dict(name="物资清单", title="鼓楼社区应急物资储备清单",
             subtitle="管理人：何志强　电话：13893270418　建档日期：2024年12月12日　每季度检查一次",
             header=["序号", "物资名称", "单位", "数量", "存放地点", "入库日期", "检查日期", "状态"],
             rows=[[i + 1, a, u, q, p, D(2024, 12, 12), D(2025, 3, 20) if i % 3 else dot(D(2025, 3, 20)), "完好"]
                   for i, (a, u, q, p) in enumerate(items)],
             widths=[6, 24, 6, 8, 36, 12, 12, 8]),
        dict(name="检查记录", title="鼓楼社区应急物资季度检查记录", header=["检查日期", "检查人", "检查情况", "处理"],
             rows=[[D(2024, 12, 12), "何志强、马国强", "新购物资入库，清点无误", ""],
                   ["2025.3.20", "何志强", "灭火器压力正常；急救箱补充创可贴、碘伏", "已补充"],
                   ["2025年6月17日", "何志强、张磊", "汛前检查：抽水泵试机正常，沙袋300个", ""],
                   [D(2025, 9, 25), "何志强", "强光手电2个不亮，更换电池", "已处理"],
                   [D(2025, 12, 18), "何志强、陈晓雨", "一氧化碳报警器备用20台，发放18台后补购18台", "已补购"]],
             widths=[14, 16, 48, 12]),
    ], D(2024, 12, 12), modified=D(2025, 12, 18), author="何志强", title="应急物资储备清单", kind="清单")

    ledger(2024, 12, [
        dict(t="社区应急救援队组建及队员培训", time="2024年12月5日 14:00—16:30", place="社区党群服务中心三楼会议室",
             people="应急救援队员36人，孙浩、孟凡授课", host="张磊",
             body=["宣布应急救援队组成（36人，分疏散引导、初期处置、医疗救护、后勤保障、信息联络5个组）。",
                   "孙浩讲解初期火灾扑救和疏散引导，孟凡讲解止血包扎和心肺复苏，队员分组实操。"],
             result="队员名册附于社区应急预案。"),
        dict(t="冬季取暖用火用电安全宣传", time="2024年12月12日 9:00—11:30", place="城隍庙巷平房区、粮站家属院",
             people="林芳、何志强、“银发守护”志愿者8人", host="林芳",
             body=["入户宣传防一氧化碳中毒和用电安全，发放宣传单420份；检查燃煤取暖户18户，为18户独居老人赠送安装一氧化碳报警器。"],
             result="2户烟道不畅已通知房管所维修。"),
        dict(t="隐患整改复查", time="2024年12月19日", place="各院落",
             people="张磊、杜娟",
             body=["对11月以来登记的隐患进行复查，复查21处，已整改19处，2处尚在整改期限内，继续跟踪。"]),
        dict(t="首批适老化改造完工", time="2024年12月26日", place="32户高龄独居老人家中",
             people="安居物业维修组、林芳、黄桂芳",
             body=["完成32户卫生间扶手、防滑垫和感应夜灯安装，志愿者逐户回访，老人签字确认。"]),
    ])


# ============================================================================= 2025.01
def m2025_01():
    att = ["周明华", "刘建军", "赵丽萍", "李秀兰", "孙浩", "马国强", "郑雪梅", "钱志刚", "韩卫东", "冯雅琴", "黄桂芳",
           "刘淑珍", "王婷"]
    ledger(2025, 1, [
        dict(t="安全社区创建促进委员会第三次例会", time="2025年1月14日（星期二）9:00—11:10",
             place="社区党群服务中心三楼会议室",
             people=f"出席委员{len(att)}人：" + "、".join(att) + "；请假：吴德胜、杨波、陈志远、张磊（带队春节前检查）；列席：许文斌",
             host="周明华（主持）、王婷（记录）",
             body=["本次例会为第一创建年度第三季度（2024年12月—2025年2月）例会。",
                   "（一）听取项目进展。赵丽萍：首批32户适老化改造12月26日完工，回访满意；冯雅琴：第一轮燃气检查C类隐患"
                   f"{G1C['C']}户已整改{G1C['C'] - 6}户，余6户为平房区钢瓶与煤炉同室，春节前再上门；钱志刚：菜市场东区线路改造已开工，"
                   "熟食区19户摊户报警器1月10日全部装好；韩卫东：护学岗运行正常，寒假暂停，开学恢复；孙浩：楼道灭火器280具、"
                   "独立烟感186个已配置到位。",
                   "（二）部署春节期间安全工作。1月20日前完成春节前消防安全大检查，重点是沿街商铺、菜市场和大戏院春节演出；"
                   "春节期间社区安排值班，值班表在公示栏公布。",
                   "（三）研究第一创建年度下半年度应急演练。决定3月中旬在文庙街小区组织燃气泄漏应急处置演练，由冯雅琴、孙浩制定方案。",
                   "（四）研究电动自行车充电问题。刘建军汇报调研情况：社区电动车约1100辆，飞线充电问题集中在钟楼巷、文庙街两个院落，"
                   "初步选址在钟楼巷小区北侧空地和文庙街小区自行车棚改建集中充电棚。会议同意先做方案，4月例会研究立项。",
                   "决定事项：1.春节前检查和值班按上述安排执行；2.3月组织燃气泄漏演练；3.电动车集中充电方案由刘建军牵头于4月提交；"
                   "4.下次例会于3—5月间召开。"],
             result="会议决定事项已分解到人；签到表附后。",
             sign=[(n, MEMBER_UNIT[n]) for n in att] + [("许文斌", "鼓楼街道办事处副主任（列席）")]),
        dict(t="寒假学生安全教育进校园", time="2025年1月16日 10:00—11:00", place="鼓楼小学",
             people="郑雪梅、韩卫东、社区王婷，全校学生864人（广播+主题班会）", host="郑雪梅",
             body=["通过校园广播和主题班会开展寒假交通、防火、防烟花爆竹伤害和防溺冰教育，发放《致家长的一封信》864份。"]),
        dict(t="春节前消防安全大检查", time="2025年1月20日—1月21日", place="沿街商铺、鼓楼菜市场、鼓楼大戏院",
             people="张磊、何志强、孙浩及消防站指导员1人、钱志刚、吴德胜",
             body=["检查沿街商铺82家、菜市场全部摊位和大戏院春节演出场地，发现问题28处（灭火器过期11处、"
                   "疏散通道堆物7处、电线私拉6处、钢瓶存放不规范4处）。"],
             result="当场整改19处，9处下达整改通知，均录入隐患台账，节前复查完毕。"),
    ])


# ============================================================================= 2025.03
def m2025_03():
    save_docx("2025.03/0312燃气泄漏应急处置演练记录.docx", [
        ("title", "鼓楼社区燃气泄漏应急处置演练记录"),
        ("table", ["项目", "内容"], [
            ["演练时间", "2025年3月12日 9:30—10:50"],
            ["演练地点", "文庙街小区5号楼2单元及院内"],
            ["组织单位", "鼓楼社区、宁川燃气有限公司老城营业所、鼓楼消防救援站"],
            ["总指挥", "李秀兰（周明华外出开会，委托）"],
            ["参演人员", "居民41人、应急救援队员14人、燃气抢修人员5人、消防站4人、物业4人，共68人"],
            ["演练性质", "第一创建年度下半年度应急演练"],
        ]),
        ("h", "一、演练情景"),
        ("p", "5号楼2单元4楼居民王某（模拟）外出回家闻到浓烈燃气味，楼道内也有燃气味。"),
        ("h", "二、演练经过"),
        ("p", "9:30 王某退出室外，在楼下拨打96777和社区值班电话；9:33 网格员杜娟到场，确认单元内有燃气味，"
              "立即通知应急救援队，禁止任何人在楼道内开关电器、使用手机；9:36 物业关闭单元燃气总阀，"
              "队员以敲门方式逐户通知疏散，设置20米警戒区；9:41 单元内24户居民全部疏散到院内空地；"
              "9:48 燃气抢修车到场，检测确认4楼厨房胶管脱落（模拟），更换胶管、检漏合格；10:05 解除警戒，居民返回。"),
        ("p", "10:10—10:50 冯雅琴讲解燃气泄漏处置“四步法”，孙浩讲解燃气爆炸初期火灾处置，居民现场练习关闭表前阀。"),
        ("h", "三、演练评估"),
        ("p", "从报警到疏散完毕11分钟，燃气抢修18分钟到场，基本达到预案要求。存在问题：1.有2户居民敲门无人应答，"
              "事后核实为外出，但队员无法确认屋内是否有人，需要完善住户动态信息；2.部分队员不清楚单元燃气总阀位置；"
              "3.有居民在警戒区内使用手机拍摄。"),
        ("h", "四、改进措施"),
        ("p", "1.网格员完善各单元住户在家情况和联系电话；2.物业在每个单元燃气总阀处张贴标识，4月底前完成；"
              "3.下次培训强调警戒区内禁止使用手机。"),
        ("right", "记录：王婷　　评估：冯雅琴、孙浩"),
        ("right", cn_date(D(2025, 3, 12))),
    ], D(2025, 3, 12), modified=D(2025, 3, 13), title="燃气泄漏应急处置演练记录",
        owner="鼓楼社区安全社区创建促进委员会", kind="演练记录")

    rng = random.Random(314)
    elders = []
    given = ["秀英", "桂兰", "玉珍", "凤英", "淑芬", "德福", "振华", "桂芝", "宝林", "素珍", "玉梅", "长顺", "淑英", "广德"]
    while len(elders) < 52:
        n = SURN[rng.randrange(len(SURN))] + rng.choice(given)
        if n not in [e[0] for e in elders]:
            elders.append((n, rng.randint(62, 89), rng.choice(YARDS)))
    save_docx("2025.03/0314老年人防跌倒健康讲座记录.docx", [
        ("title", "鼓楼社区老年人防跌倒健康讲座记录"),
        ("table", ["项目", "内容"], [
            ["时间", "2025年3月14日 9:30—11:00"],
            ["地点", "社区党群服务中心三楼会议室"],
            ["主讲", "赵丽萍（鼓楼街道社区卫生服务中心副主任）、孟凡（全科医生）"],
            ["对象", "60岁以上老年人及家属"],
            ["参加人数", "52人"],
            ["所属项目", "老年人防跌倒安全促进项目"],
        ]),
        ("h", "讲座内容"),
        ("p", "1.老年人跌倒的危害和常见原因：社区近三年伤害中跌倒占38.7%，多发生在家中卫生间、厨房和楼梯。"),
        ("p", "2.居家防跌倒“五个一”：一个扶手、一块防滑垫、一盏小夜灯、一双防滑鞋、一根合适的拐杖。"),
        ("p", "3.平衡能力训练：孟凡医生带领老人练习单腿站立、脚跟脚尖走和坐站练习。"),
        ("p", "4.跌倒后如何正确起身和求助；骨质疏松的预防和用药注意事项。"),
        ("h", "现场活动"),
        ("p", "讲座前后各进行一次5道题的知识问答，正确率由讲座前的52.7%提高到讲座后的88.5%。"
              "讲座后为41名老人测量血压、进行计时起立行走测试，其中9人测试时间超过12秒，已纳入家庭医生重点随访。"),
        ("h", "签到"),
        ("table", ["序号", "姓名", "年龄", "院落"], [[i + 1, n, a, y] for i, (n, a, y) in enumerate(elders)]),
        ("right", "记录：王婷　" + cn_date(D(2025, 3, 14))),
    ], D(2025, 3, 14), title="老年人防跌倒健康讲座记录", owner="老年人防跌倒项目组", kind="培训记录")

    save_jpg("2025.03/IMG_20250314_101522.jpg", "老年人防跌倒健康讲座", dt.datetime(2025, 3, 14, 10, 15, 22),
             seed=31401, scene="meeting", stamp=False)

    save_html("2025.03/老年人防跌倒健康讲座走进鼓楼社区.html", "老年人防跌倒健康讲座走进鼓楼社区", "2025-03-15 09:12", "王婷", [
        "3月14日上午，鼓楼社区联合鼓楼街道社区卫生服务中心在社区党群服务中心举办老年人防跌倒健康讲座，52名老人和家属参加。",
        "IMG:赵丽萍为老人讲解防跌倒知识",
        "卫生服务中心副主任赵丽萍介绍，跌倒是社区老年人受伤的第一位原因，“一个扶手、一块防滑垫、一盏小夜灯、一双防滑鞋、一根合适的拐杖”"
        "就能避免很多跌倒。全科医生孟凡带着老人们练习单腿站立、脚跟脚尖走等平衡动作，现场气氛热烈。",
        "IMG:孟凡医生带领老人进行平衡训练",
        "据介绍，社区自去年11月起对47户高龄独居老人开展跌倒风险评估，已为32户老人家庭安装了卫生间扶手、防滑垫和感应夜灯。",
        "家有老人的居民，如需跌倒风险评估，可联系社区或家庭医生签约团队。",
    ], reads=1544, event_date=D(2025, 3, 14))

    save_docx("2025.03/0320赴东关街道安全社区建设经验交流学习报告.docx", [
        ("title", "赴河西区东关街道学习安全社区建设经验的报告"),
        ("p", "2025年3月20日，在鼓楼街道安全生产监督管理中队韩立新带领下，社区周明华、李秀兰、王婷和项目组代表孙浩、"
              "冯雅琴、黄桂芳一行7人，赴河西区东关街道学习全国安全社区建设经验。现将学习情况报告如下。"),
        ("h", "一、学习内容"),
        ("p", "上午参观东关街道安全社区展厅、社区安全体验馆和居民楼道“微型消防站”，听取东关街道安监办主任介绍创建历程；"
              "下午与东关街道下辖的南关社区座谈，重点了解老旧小区电动车集中充电、老年人防跌倒和伤害监测的做法。"),
        ("h", "二、主要收获"),
        ("p", "1.电动车集中充电：南关社区利用院落闲置自行车棚改建充电棚，由物业运营、扫码计费，充电棚建成后飞线充电下降九成以上。"
              "这一做法适合我社区钟楼巷、文庙街两个院落。"),
        ("p", "2.伤害监测：东关街道每季度由社区卫生服务中心出一份伤害简报，在促进委员会例会上通报，数据用得比较好。"),
        ("p", "3.项目评估：每个项目都有基线数据和评估指标，评估报告附有对比表和居民满意度调查，值得我们学习。"),
        ("p", "4.档案：东关街道按12个要素分类建档，每类有目录，查找方便。我社区目前资料按月份存放，下一步可参考。"),
        ("h", "三、下一步打算"),
        ("p", "1.4月例会研究电动车集中充电项目立项；2.伤害数据在例会上定期通报；3.各项目评估时补充基线对比和满意度调查；"
              "4.研究改进档案整理方式。"),
        ("right", "鼓楼社区安全社区创建促进委员会办公室"),
        ("right", cn_date(D(2025, 3, 24))),
    ], D(2025, 3, 24), title="赴东关街道安全社区建设经验交流学习报告", owner="鼓楼社区安全社区创建促进委员会办公室",
        kind="交流报告")

    ledger(2025, 3, [
        dict(t="燃气泄漏应急处置演练", time="2025年3月12日 9:30—10:50", place="文庙街小区5号楼",
             people="共68人参演", host="李秀兰（受委托）",
             body=["第一创建年度下半年度应急演练。详见《燃气泄漏应急处置演练记录》。"]),
        dict(t="老年人防跌倒健康讲座", time="2025年3月14日 9:30—11:00", place="社区党群服务中心三楼会议室",
             people="老年人及家属52人", host="赵丽萍",
             body=["详见讲座记录。公众号3月15日发布。"]),
        dict(t="赴东关街道交流学习", time="2025年3月20日 8:30—17:00", place="河西区东关街道",
             people="韩立新、周明华、李秀兰、王婷、孙浩、冯雅琴、黄桂芳，共7人",
             body=["详见学习报告。"]),
        dict(t="电动自行车楼道停放及飞线充电排查", time="2025年3月27日 19:30—21:30", place="钟楼巷小区、文庙街小区",
             people="刘建军及社区民警1人、张磊、何志强、安居物业3人", host="刘建军",
             body=["夜间排查发现飞线充电26处、楼道停放电动车58辆，现场拆除飞线19处，登记车主信息。"
                   "居民普遍反映没有地方充电，希望尽快建集中充电棚。"],
             result="飞线充电隐患录入台账；排查数据作为电动车项目基线。"),
    ], inj=f"2月份因春节未单独形成台账，2月伤害数据{len(inj_month(2025, 2))}例于3月一并录入。" + inj_line(2025, 3))


# ============================================================================= 2025.04
def m2025_04():
    att = ["周明华", "刘建军", "赵丽萍", "李秀兰", "孙浩", "马国强", "郑雪梅", "钱志刚", "吴德胜", "韩卫东", "冯雅琴",
           "黄桂芳", "杨波", "陈志远", "张磊", "王婷"]
    save_docx("2025.04/0422促进委员会第四次例会纪要.docx", [
        ("title", "鼓楼社区安全社区创建促进委员会第四次例会纪要"),
        ("p", f"时间：2025年4月22日 15:00—17:00　地点：社区党群服务中心三楼会议室　主持：周明华　记录：王婷"),
        ("p", f"出席：{'、'.join(att)}（{len(att)}人）；请假：刘淑珍。"),
        ("h", "一、听取第一创建年度工作进展"),
        ("p", "李秀兰汇报：第一创建年度计划的重点工作基本按进度完成。已召开促进委员会会议4次（含成立大会），"
              "开展培训6场，组织演练2次（2024年11月消防疏散、2025年3月燃气泄漏）；五个安全促进项目均已实施，"
              "防跌倒、燃气项目5—6月进行效果评估。伤害监测每月录入，2024年11月完成第一次半年分析。"),
        ("h", "二、电动自行车安全充电项目立项"),
        ("p", "刘建军介绍《电动自行车安全充电促进项目实施方案》：在钟楼巷小区北侧空地和文庙街小区自行车棚建设集中充电棚2处，"
              "共60个充电口，具备定时断电、过充保护和烟感报警功能，由安居物业运营，预计总投资8.5万元（街道5万元、物业3.5万元）。"
              "会议同意立项，设立电动自行车安全充电项目组，刘建军任组长、马国强任副组长，7月底前建成投用。"),
        ("h", "三、燃气第二轮入户检查"),
        ("p", "冯雅琴汇报：第二轮入户检查4月9日启动，预计5月16日完成，重点复查第一轮B、C类户。"),
        ("h", "四、迎接街道中期督导和年度评审准备"),
        ("p", "街道定于5月20日对鼓楼社区进行中期督导，由李秀兰准备汇报材料。根据制度，6月召开全体会议对第一创建年度进行评审，"
              "各项目组5月底前提交项目总结。"),
        ("h", "五、议定事项"),
        ("p", "1.电动自行车安全充电项目立项，7月底前建成；2.5月20日迎接中期督导；3.6月中下旬召开年度评审会议；"
              "4.菜市场水产区防滑垫4月底前铺设完毕。"),
        ("right", "鼓楼社区安全社区创建促进委员会办公室"),
        ("right", cn_date(D(2025, 4, 23))),
    ], D(2025, 4, 22), modified=D(2025, 4, 23), title="促进委员会第四次例会纪要",
        owner="鼓楼社区安全社区创建促进委员会办公室", kind="会议纪要")

    save_docx("2025.04/电动自行车安全充电促进项目实施方案.docx", [
        ("title", "鼓楼社区电动自行车安全充电促进项目实施方案"),
        ("h", "一、项目背景"),
        ("p", "社区居民拥有电动自行车约1100辆，院落内无集中充电设施。2021—2023年辖区5起一般火灾中有2起由电动车充电引发。"
              "2025年3月27日夜间排查，钟楼巷、文庙街两个院落发现飞线充电26处、楼道停放电动车58辆。"
              "问卷中57.3%的居民担心电动车充电停放问题。"),
        ("h", "二、项目目标"),
        ("p", "1.2025年7月底前建成集中充电棚2处、充电口60个；"),
        ("p", "2.充电棚投用后，两个院落飞线充电较基线（26处）下降80%以上，楼道停放下降70%以上；"),
        ("p", "3.项目期内不发生电动车火灾。"),
        ("h", "三、主要措施"),
        ("p", "1.建设：钟楼巷小区北侧空地新建充电棚（36口），文庙街小区自行车棚改建（24口），配备定时断电、过充保护、"
              "烟感报警和灭火器；"),
        ("p", "2.运营：安居物业负责运营维护，扫码计费，每度电收费不高于1元；"),
        ("p", "3.治理：派出所、物业、网格员每月开展一次夜间巡查，劝导拆除飞线；"),
        ("p", "4.宣传培训：9月组织一次电动车安全充电培训，在楼道张贴提示。"),
        ("h", "四、进度"),
        ("p", "4—5月选址设计、报批；6—7月施工；7月底投用；2025年8月—2026年3月常态化巡查；"
              "项目运行满一年后（2026年4—5月）开展效果评估。"),
        ("h", "五、评估方法"),
        ("p", "比较投用前后飞线充电、楼道停放数量，统计充电棚使用量、电动车火灾起数，开展居民满意度调查。"),
        ("right", "电动自行车安全充电项目组　组长：刘建军　副组长：马国强"),
        ("right", cn_date(D(2025, 4, 10))),
    ], D(2025, 4, 10), title="电动自行车安全充电促进项目实施方案", owner="电动自行车安全充电项目组", kind="项目方案")

    ledger(2025, 4, [
        dict(t="燃气重点户第二轮入户检查启动", time="2025年4月9日", place="各院落",
             people="冯雅琴及安检员3人、物业维修工4人、网格员5人",
             body=["第二轮检查重点复查第一轮B、C类户并对全部236户重新分类，预计5月16日完成。"]),
        dict(t="“小黄帽”交通安全主题活动", time="2025年4月16日 14:30—15:30", place="鼓楼小学操场",
             people="一、二年级学生296人，交警2人，教师12人，社区2人", host="韩卫东、郑雪梅",
             body=["交警讲解过马路“一停二看三通过”，学生分组模拟过人行横道；为一年级学生发放小黄帽148顶。"]),
        dict(t="促进委员会第四次例会", time="2025年4月22日 15:00—17:00", place="社区党群服务中心三楼会议室",
             people="委员16人", host="周明华",
             body=["电动自行车安全充电项目立项；部署中期督导和年度评审准备。详见会议纪要。"]),
        dict(t="菜市场安全整改复查", time="2025年4月28日 9:00—10:30", place="鼓楼菜市场",
             people="钱志刚、周倩、市场电工1人",
             body=["东区、西区线路改造已完成，水产区改造进行中；私拉乱接由37处降至3处（均为临时摊位），当场拆除；"
                   "水产区防滑垫已铺设。"]),
    ])


# ============================================================================= 2025.05
def m2025_05():
    save_pptx("2025.05/安全社区创建工作汇报.pptx", ("鼓楼社区安全社区创建工作汇报", "（中期督导）\n鼓楼社区安全社区创建促进委员会\n2025年5月20日"), [
        ("社区概况", ["面积0.86平方公里，常住人口9126人、3418户", "60岁以上老人2237人，占24.5%；独居空巢老人186人",
                      "14个老旧院落，楼房62栋，平房312间", "菜市场1处（148个摊位）、大戏院1处（620座）、小学1所（864人）"]),
        ("创建历程", ["2024年6月：成立促进委员会（17名委员），印发实施方案", "2024年7—9月：问卷571份、LEC评价32项、形成诊断报告",
                      "2024年10月：确定5个安全促进项目", "2025年4月：新增电动自行车安全充电项目"]),
        ("组织与制度", ["促进委员会：派出所、卫生服务中心、消防站、物业、学校、菜市场、大戏院、交警、燃气等",
                        "6个项目组 + 数据统计组", "制度汇编9项：例会、信息交流、培训、伤害监测、隐患排查、演练、项目管理、评审等",
                        "第一创建年度促进委员会会议4次"]),
        ("安全促进项目进展（一）", ["老年人防跌倒：评估47户，适老化改造32户；3月讲座52人",
                                   f"燃气安全：第一轮236户，A{G1C['A']}/B{G1C['B']}/C{G1C['C']}；第二轮5月16日完成",
                                   "老旧小区消防：灭火器280具、独立烟感186个；11月演练126人"]),
        ("安全促进项目进展（二）", ["菜市场：线路改造，私拉乱接37处→3处；19户摊户安装报警器",
                                   "学生交通：护学岗每日值守，“小黄帽”活动296人", "电动车安全充电：4月立项，7月底建成充电棚2处"]),
        ("宣传培训与应急", ["培训6场、宣传活动多次，公众号发布活动信息", "应急预案2024年12月修订；应急救援队36人；物资21类",
                            "演练2次：2024.11.8消防疏散，2025.3.12燃气泄漏"]),
        ("伤害监测", [f"2024年6月以来首诊伤害监测共{len(inj_in(D(2024, 6, 1), D(2025, 4, 30)))}例（截至4月）",
                      "跌倒居首位，60岁以上老人占比高", "每月录入台账，2024年11月完成第一次半年分析"]),
        ("存在问题与下一步", ["电动车项目起步晚", "隐患复查记录不够完整", "档案资料整理有待规范",
                              "下一步：6月开展第一创建年度评审，制定第二创建年度计划"]),
    ], D(2025, 5, 20), author="李秀兰", title="安全社区创建工作汇报（中期督导）", owner="鼓楼社区安全社区创建促进委员会")

    y1 = inj_in(D(2024, 6, 1), D(2025, 5, 31))
    falls60 = sum(1 for r in y1 if r["cause"] == "跌倒/坠落" and r["age"] >= 60)
    hip = sum(1 for r in y1 if r["cause"] == "跌倒/坠落" and r["age"] >= 60 and r["part"] == "髋部")
    save_docx("2025.05/老年人防跌倒项目效果评估报告.docx", [
        ("title", "鼓楼社区老年人防跌倒安全促进项目效果评估报告"),
        ("h", "一、评估时间和方法"),
        ("p", "评估时段为2024年6月1日至2025年5月31日（伤害数据截至5月26日，其余按当月实际）。评估方法：比较首诊伤害监测数据中60岁以上老年人"
              "跌倒就诊人数；对32户适老化改造户电话和上门回访；讲座前后知识问答；5月26日召开老人及家属座谈会（15人）。"),
        ("h", "二、项目实施情况"),
        ("p", "1.完成高龄独居老人跌倒风险评估47户（高风险19户、中风险21户）；2.完成适老化改造32户，安装扶手58个、防滑垫64块、感应夜灯96个；"
              "3.举办防跌倒讲座1次（52人），发放《老年人防跌倒指导手册》600册；4.“银发守护”志愿者与47户高龄独居老人结对。"),
        ("h", "三、效果"),
        ("table", ["指标", "基线", "评估值", "目标", "完成情况"], [
            ["60岁以上老年人跌倒就诊（例）", "41（2023.6—2024.5）", f"{falls60}（2024.6—2025.5）", "≤35", "达到" if falls60 <= 35 else "未达到"],
            ["下降幅度", "—", pct(41 - falls60, 41), "≥15%", "达到" if (41 - falls60) / 41 >= 0.15 else "未达到"],
            ["其中髋部骨折（例）", "6", str(hip), "下降", "达到" if hip < 6 else "持平"],
            ["适老化改造户数", "0", "32", "≥30", "达到"],
            ["防跌倒知识知晓率", "55.7%（问卷）", "88.5%（讲座后问答）", "≥75%", "达到"],
            ["改造户满意度", "—", "96.9%（31/32户满意）", "—", "—"],
        ]),
        ("p", "回访中，32户改造户中有2户老人反映改造后曾在卫生间滑倒但扶住扶手未受伤；1户因扶手位置偏高要求调整，已处理。"),
        ("h", "四、存在问题"),
        ("p", "1.评估以门诊就诊数据为主，未就诊的轻微跌倒无法统计；2.中风险的21户中仍有8户未改造；3.楼道扶手安装进度较慢。"),
        ("h", "五、持续改进"),
        ("p", "第二创建年度对剩余中风险户继续改造，争取楼道扶手覆盖所有有高龄老人的单元；每半年举办一次讲座；"
              "与卫生服务中心合作对改造户开展跌倒随访登记。"),
        ("right", "老年人防跌倒项目组"),
        ("right", cn_date(D(2025, 5, 28))),
    ], D(2025, 5, 28), title="老年人防跌倒项目效果评估报告", owner="老年人防跌倒项目组", kind="效果评估")

    def gas_rows(rs, round2=False):
        out = []
        for i, r in enumerate(rs):
            d = r["d"]
            if round2:
                dv = d if i % 5 else dot(d)
            else:
                dv = d if i % 4 else zh(d)
            iss = "；".join(r["iss"]) if r["iss"] else ("户主外出，三次未遇" if r.get("absent") else "无")
            rect = ("" if r["cls"] == "A" or r.get("absent") else
                    ("已整改" if (not round2 and r["cls"] == "B" and i % 7) or (not round2 and r["cls"] == "C" and i % 5) else
                     ("限期整改" if r["cls"] == "B" else "已停用，燃气公司跟踪")))
            out.append([i + 1, r["yard"], r["door"], r["owner"], r["tag"], r["kind"], dv, iss, r["cls"] or "—", rect,
                        ["冯雅琴", "杜娟", "安检员赵鹏", "安检员韩涛", "安检员李敏"][i % 5], "已签" if not r.get("absent") else ""])
        return out

    hdr = ["序号", "院落", "门牌", "户主", "户别", "用气类型", "检查日期", "发现问题", "分类", "整改情况", "检查人", "户主签字"]
    save_xlsx("2025.05/燃气入户安全检查登记表（两轮）.xlsx", [
        dict(name="第一轮（2024年9-10月）", title="鼓楼社区燃气重点户入户安全检查登记表（第一轮）",
             subtitle=f"检查时间：2024年9月23日—10月31日　检查户数：{len(GAS1)}户　A类{G1C['A']}户　B类{G1C['B']}户　C类{G1C['C']}户",
             header=hdr, rows=gas_rows(GAS1), widths=[6, 14, 16, 8, 10, 12, 14, 36, 6, 18, 10, 8]),
        dict(name="第二轮（2025年4-5月）", title="鼓楼社区燃气重点户入户安全检查登记表（第二轮）",
             subtitle=f"检查时间：2025年4月9日—5月16日　应检{len(GAS2)}户　实检{G2_DONE}户（{G2_ABSENT}户三次未遇）　"
                      f"A类{G2C['A']}户　B类{G2C['B']}户　C类{G2C['C']}户",
             header=hdr, rows=gas_rows(GAS2, True), widths=[6, 14, 16, 8, 10, 12, 14, 36, 6, 18, 10, 8]),
        dict(name="汇总", title="两轮检查分类汇总", header=["分类", "第一轮（户）", "第一轮占比", "第二轮（户）", "第二轮占比"],
             rows=[[k, G1C[k], pct(G1C[k], len(GAS1)), G2C[k], pct(G2C[k], G2_DONE)] for k in "ABC"] +
                  [["未遇", 0, "—", G2_ABSENT, "—"], ["合计", len(GAS1), "100%", len(GAS2), ""]],
             widths=[10, 14, 12, 14, 12]),
    ], D(2025, 5, 16), modified=D(2025, 5, 19), author="杜娟", title="燃气入户安全检查登记表（两轮）",
        owner="燃气安全项目组", kind="检查登记")

    h2 = inj_in(D(2024, 12, 1), D(2025, 5, 31))
    h1 = inj_in(D(2024, 6, 1), D(2024, 11, 30))
    half_report("2025.05/鼓楼社区伤害监测半年分析报告（2024年12月-2025年5月）.docx", h2, D(2024, 12, 1),
                D(2025, 5, 31), D(2025, 5, 30), prev=h1, extra=[
                    "本期含冬春季节，12月至次年1月伤害例数偏高，与道路结冰、春节期间活动增多有关。"
                    "本期发生一氧化碳中毒病例，均为平房区燃煤取暖老人，经治疗好转。",
                    f"老年人跌倒与防跌倒项目实施前相比有所下降，第一创建年度（2024年6月—2025年5月）60岁以上老年人跌倒就诊"
                    f"{sum(1 for r in inj_in(D(2024, 6, 1), D(2025, 5, 31)) if r['cause'] == '跌倒/坠落' and r['age'] >= 60)}例。",
                    "建议：1.冬季一氧化碳中毒预防要覆盖所有燃煤户并跟踪报警器使用；2.继续推进适老化改造；"
                    "3.学习东关街道做法，在促进委员会例会上通报伤害数据。"])

    save_pdf("2025.05/鼓楼街道关于鼓楼社区安全社区创建中期督导情况的反馈（盖章版）.pdf", [
        ("redhead", "鼓楼街道安全社区建设工作领导小组办公室"),
        ("sub", "鼓街安办〔2025〕6号"),
        ("line",),
        ("title", "关于鼓楼社区安全社区创建中期督导情况的反馈"),
        ("pl", "鼓楼社区居委会："),
        ("p", "2025年5月20日，街道安全社区建设工作领导小组办公室组织督导组（许文斌、韩立新、街道社会事务办及区应急管理局特邀专家共5人）"
              "对你社区安全社区创建工作进行了中期督导。督导组听取了汇报，查阅了资料，实地查看了钟楼巷小区、鼓楼菜市场和鼓楼小学南门。现将督导情况反馈如下。"),
        ("h", "一、总体评价"),
        ("p", "鼓楼社区促进委员会组成合理，派出所、卫生服务中心、消防站等单位参与积极；诊断工作扎实，问卷、伤害数据、LEC评价相互印证；"
              "防跌倒、燃气、菜市场等项目针对性强，居民认可度较高。"),
        ("h", "二、存在的问题"),
        ("p", "1.电动自行车充电问题在诊断中已经识别，但项目直到2025年4月才立项，进度滞后；"),
        ("p", "2.隐患排查整改台账中部分隐患只有整改完成日期，没有复查人和复查日期，闭环管理不够；"),
        ("p", "3.伤害监测数据只做了描述统计，与项目效果的结合不够；"),
        ("p", "4.创建资料按月份存放，同一项目的方案、过程记录和评估分散在不同月份，检索不便；社区尚未建立档案管理制度，"
              "建议建立制度并按要素编制档案目录；"),
        ("p", "5.志愿者参与活动较多，但缺少统一的志愿服务活动登记。"),
        ("h", "三、整改要求"),
        ("p", "请你社区对照上述问题制定整改措施，于2025年7月底前将整改落实情况书面报街道安办。"),
        ("space", 14),
        ("right", "鼓楼街道安全社区建设工作领导小组办公室"),
        ("stamp", "鼓楼街道安全社区建设工作领导小组办公室"),
        ("right", cn_date(D(2025, 5, 26))),
    ], D(2025, 5, 26), "关于鼓楼社区安全社区创建中期督导情况的反馈", author="鼓楼街道安办",
        owner="鼓楼街道安全社区建设工作领导小组办公室", docno="鼓街安办〔2025〕6号")

    ledger(2025, 5, [
        dict(t="“5·12”防灾减灾日宣传", time="2025年5月12日 8:30—11:30", place="鼓楼广场",
             people="社区工作人员6人、消防站3人、卫生服务中心2人、志愿者15人", host="李秀兰",
             body=["设置咨询台和展板，消防站展示灭火器、防烟面罩，卫生服务中心演示心肺复苏。咨询群众300余人次，发放资料850份。"]),
        dict(t="燃气第二轮入户检查完成", time="2025年4月9日—5月16日", place="各院落", people="燃气安全项目组",
             body=[f"应检{len(GAS2)}户，实检{G2_DONE}户，{G2_ABSENT}户三次上门未遇。分类结果A类{G2C['A']}户、B类{G2C['B']}户、"
                   f"C类{G2C['C']}户。{G2C['C']}户C类均为胶管老化或钢瓶问题，已停用并由燃气公司跟踪。"]),
        dict(t="迎接街道中期督导", time="2025年5月20日 9:00—12:00", place="社区党群服务中心、钟楼巷小区、鼓楼菜市场、鼓楼小学",
             people="督导组5人；社区周明华、李秀兰、王婷，项目组代表4人", host="许文斌（督导组组长）",
             body=["李秀兰用PPT汇报创建工作（《安全社区创建工作汇报》），督导组查阅资料并实地查看。5月26日街道以鼓街安办〔2025〕6号反馈督导意见。"]),
        dict(t="防跌倒项目效果评估座谈会", time="2025年5月26日 15:00—16:00", place="社区党群服务中心二楼",
             people="老人及家属15人、孟凡、黄桂芳、林芳", host="赵丽萍",
             body=["听取改造户意见，评估项目效果。详见《老年人防跌倒项目效果评估报告》。"]),
    ])


def hz_stats(a, b):
    rs = hz_in(a, b)
    done = [r for r in rs if r["done"]]
    ontime = [r for r in done if r["done"] <= r["due"]]
    return len(rs), len(done), len(ontime)


# ============================================================================= 2025.06
def m2025_06():
    att = ["周明华", "刘建军", "赵丽萍", "李秀兰", "孙浩", "马国强", "郑雪梅", "钱志刚", "韩卫东", "冯雅琴", "黄桂芳",
           "杨波", "刘淑珍", "张磊", "王婷"]
    y1 = inj_in(D(2024, 6, 1), D(2025, 5, 31))
    falls60 = sum(1 for r in y1 if r["cause"] == "跌倒/坠落" and r["age"] >= 60)
    hn, hd, ho = hz_stats(D(2024, 6, 1), D(2025, 5, 31))
    rel = "2025.06/0620安全社区创建第一年度评审会议纪要.docx"
    save_docx(rel, [
        ("title", "鼓楼社区安全社区创建第一创建年度评审会议纪要"),
        ("p", "2025年6月20日上午，鼓楼社区安全社区创建促进委员会在社区党群服务中心三楼会议室召开全体会议，"
              "对第一创建年度（2024年6月1日至2025年5月31日）创建工作进行评审。本次会议同时作为第二创建年度第一季度例会。"
              f"会议由周明华主持，出席委员{len(att)}人（吴德胜、陈志远请假），街道韩立新列席。"),
        ("h", "一、评审情况"),
        ("p", "会议听取了李秀兰代表促进委员会办公室所作的第一创建年度工作报告，各项目组组长汇报了项目实施和效果评估情况，"
              "与会委员对照年度计划逐项评议。"),
        ("p", f"目标完成情况：60岁以上老年人跌倒就诊{falls60}例，较基线41例下降{pct(41 - falls60, 41)}，达到目标；"
              "全年未发生较大及以上火灾、燃气事故和亡人事故；组织演练2次、培训6场；伤害数据按月录入，完成两次半年分析；"
              f"隐患登记{hn}处，已整改{hd}处，按期整改率{pct(ho, hn)}；居民安全知识知晓率抽样调查为72.4%，达到第一创建年度70%的目标。"
              f"未完成的目标：燃气重点户C类隐患未清零（第二轮仍有{G2C['C']}户）。"),
        ("h", "二、存在的主要问题"),
        ("p", "1.电动自行车安全充电项目启动晚，充电棚尚在施工；2.隐患台账复查栏填写不全（中期督导指出）；"
              "3.学生交通、菜市场、老旧小区消防三个项目的效果评估尚未完成；4.资料按月份存放，查找不便，缺少档案管理制度；"
              "5.志愿服务缺少统一登记。"),
        ("h", "三、评审结论"),
        ("p", "委员会认为，第一创建年度工作计划确定的重点工作基本完成，组织机构和制度运行正常，五个安全促进项目均已实施，"
              "防跌倒和燃气项目取得明显效果，评审结论为“基本达到年度目标”。"),
        ("h", "四、改进措施和第二创建年度工作安排"),
        ("p", "1.电动自行车充电棚7月底前投用（刘建军、马国强）；"),
        ("p", "2.隐患台账增设复查日期栏，对第一创建年度隐患补填复查信息（张磊，7月底前）；"),
        ("p", "3.学生交通项目7月、菜市场项目11月、老旧小区消防项目2026年4月完成效果评估（各项目组长）；"),
        ("p", "4.建立志愿服务活动登记表（黄桂芳、王婷）；研究建立档案管理制度（李秀兰）；"),
        ("p", "5.第二创建年度工作计划由办公室于7月底前起草，报促进委员会审定；第二创建年度目标原则上延续实施方案确定的总体目标；"),
        ("p", "6.按照中期督导意见于7月底前向街道报送整改落实情况（李秀兰）。"),
        ("h", "五、出席人员签到"),
        sign_table([(n, MEMBER_UNIT[n]) for n in att] + [("韩立新", "街道安全生产监督管理中队（列席）")]),
        ("right", "记录：王婷　　审核：周明华"),
        ("right", cn_date(D(2025, 6, 20))),
    ], D(2025, 6, 20), modified=D(2025, 6, 23), title="安全社区创建第一年度评审会议纪要",
        owner="鼓楼社区安全社区创建促进委员会", kind="会议纪要")
    # browser re-download of the same file, kept by the clerk
    shutil.copyfile(outpath(rel), outpath("2025.06/0620安全社区创建第一年度评审会议纪要(1).docx"))

    save_docx("2025.06/鼓楼社区安全社区第一年度评审报告.docx", [
        ("title", "鼓楼社区安全社区创建年度评审报告"),
        ("sub", "（第一创建年度：2024年6月1日—2025年5月31日）"),
        ("h", "一、评审依据和方式"),
        ("p", "依据《安全社区建设基本要求》（AQ/T 9001-2006）、《鼓楼社区安全社区创建工作实施方案》（鼓社〔2024〕9号）、"
              "第一创建年度工作计划（鼓社〔2024〕15号）和《评审与持续改进制度》，促进委员会于2025年6月20日召开全体会议进行评审。"
              "评审采取听取汇报、查阅台账、对照目标逐项评议的方式，并参考了街道中期督导意见（鼓街安办〔2025〕6号）。"),
        ("h", "二、年度目标完成情况"),
        ("table", ["目标", "完成情况", "评价"], [
            ["居民安全知识知晓率≥70%", "2025年5月抽样200人，72.4%", "达到"],
            ["60岁以上老年人跌倒就诊≤35例", f"{falls60}例（基线41例）", "达到" if falls60 <= 35 else "未达到"],
            ["无较大及以上火灾、燃气事故和亡人事故", "无；发生一般火灾1起（2025年1月沿街商铺油锅起火，无伤亡）", "达到"],
            ["燃气重点户两轮检查，C类清零", f"两轮完成；C类由{G1C['C']}户降至{G2C['C']}户", "基本达到"],
            ["隐患按期整改率≥95%，复查率100%", f"登记{hn}处，按期整改率{pct(ho, hn)}；部分复查记录不全", "基本达到"],
            ["演练2次，培训≥6场", "演练2次（2024.11.8、2025.3.12），培训6场", "达到"],
            ["伤害数据每月汇总、半年分析", "每月录入，2024年11月、2025年5月完成分析", "达到"],
        ]),
        ("h", "三、各要素运行情况"),
        ("p", "组织机构：促进委员会17名委员，第一创建年度召开会议4次（2024年6月18日、10月15日，2025年1月14日、4月22日），"
              "每季度1次，符合例会制度；设项目组6个。信息交流：居民议事会、意见箱、热线、公众号运行正常，赴东关街道学习交流1次。"
              "风险辨识：完成问卷调查、LEC评价和诊断报告。安全促进项目：5个项目实施，2个完成效果评估，新增电动车项目。"
              "宣传培训：培训6场230人次，宣传活动覆盖约2300人次。应急：预案修订、救援队36人、物资21类，演练2次。"
              "监测监督：网格巡查、节前检查、燃气入户检查正常开展。伤害记录：台账完整，半年分析2次。"),
        ("h", "四、存在问题"),
        ("p", "1.电动车项目滞后；2.隐患复查记录不全；3.三个项目效果评估未完成；4.档案整理不规范，无档案管理制度；5.志愿服务登记缺失。"),
        ("h", "五、改进要求"),
        ("p", "见《第一年度评审会议纪要》第四部分。以上改进事项纳入第二创建年度工作，由办公室跟踪，在每季度例会上通报。"),
        ("right", "鼓楼社区安全社区创建促进委员会"),
        ("right", cn_date(D(2025, 6, 25))),
    ], D(2025, 6, 25), title="鼓楼社区安全社区第一年度评审报告", owner="鼓楼社区安全社区创建促进委员会", kind="评审报告")

    save_docx("2025.06/燃气安全进万家项目效果评估.docx", [
        ("title", "“燃气安全进万家”项目效果评估"),
        ("h", "一、评估范围"),
        ("p", "项目实施期2024年9月—2025年5月，评估于2025年6月上旬完成。数据来源：两轮入户检查登记表、燃气营业所报修和事故记录、"
              "2025年5月居民抽样问卷。"),
        ("h", "二、实施情况"),
        ("p", f"第一轮（2024年9月23日—10月31日）检查重点户{len(GAS1)}户；第二轮（2025年4月9日—5月16日）应检{len(GAS2)}户，"
              f"实检{G2_DONE}户。举办居民燃气安全培训1场（64人），发放手册200册；社区补贴更换金属波纹管和安装报警器，"
              "菜市场19户摊户加装报警器。"),
        ("h", "三、效果"),
        ("table", ["指标", "第一轮", "第二轮", "变化"], [
            ["A类户", f"{G1C['A']}（{pct(G1C['A'], len(GAS1))}）", f"{G2C['A']}（{pct(G2C['A'], G2_DONE)}）", "上升"],
            ["B类户", f"{G1C['B']}（{pct(G1C['B'], len(GAS1))}）", f"{G2C['B']}（{pct(G2C['B'], G2_DONE)}）",
             f"下降{pct(G1C['B'] - G2C['B'], G1C['B'])}"],
            ["C类户", f"{G1C['C']}（{pct(G1C['C'], len(GAS1))}）", f"{G2C['C']}（{pct(G2C['C'], G2_DONE)}）",
             f"下降{pct(G1C['C'] - G2C['C'], G1C['C'])}"],
        ]),
        ("p", "项目期内社区未发生燃气事故，燃气泄漏报警处置3起（上年同期5起），均及时处置。居民燃气安全知识抽样知晓率78.5%，"
              "高于75%的目标；其中“胶管更换周期”知晓率由27.8%提高到64.0%。"),
        ("h", "四、问题与改进"),
        ("p", f"C类隐患未能清零，剩余{G2C['C']}户均为老人拒绝更换或无力承担费用，已由燃气公司停气跟踪并由社区联系救助；"
              f"{G2_ABSENT}户三次上门未遇，第二创建年度补检。第二创建年度将燃气安全纳入常态化网格巡查，每年一轮重点户检查。"),
        ("right", "燃气安全项目组　冯雅琴"),
        ("right", cn_date(D(2025, 6, 10))),
    ], D(2025, 6, 10), title="燃气安全进万家项目效果评估", owner="燃气安全项目组", kind="效果评估")

    ledger(2025, 6, [
        dict(t="“安全生产月”安全咨询日", time="2025年6月10日 9:00—11:30", place="鼓楼广场",
             people="社区工作人员5人、派出所2人、燃气公司2人、志愿者12人", host="李秀兰",
             body=["设置燃气安全、电动车充电、防诈骗咨询台，咨询群众约260人次，发放资料700余份。"]),
        dict(t="汛前应急物资检查", time="2025年6月17日", place="社区物资库、南门里小区地下室入口",
             people="何志强、张磊",
             body=["对照应急物资储备清单检查，抽水泵试机正常，挡水板完好，补充雨衣10套。"]),
        dict(t="第一创建年度评审会议", time="2025年6月20日 9:00—11:40", place="社区党群服务中心三楼会议室",
             people="委员15人，列席1人", host="周明华",
             body=["对第一创建年度进行评审，同时作为第二创建年度第一季度例会。详见会议纪要和评审报告。"]),
    ])


# ============================================================================= 2025.07
def m2025_07():
    kid_traffic_y = [r for r in inj_in(D(2024, 9, 1), D(2025, 6, 30)) if r["age"] < 15 and r["cause"] == "道路交通伤害"]
    save_docx("2025.07/鼓楼小学交通安全项目效果评估报告.docx", [
        ("title", "鼓楼小学学生上下学交通安全项目效果评估报告"),
        ("h", "一、评估时段"),
        ("p", "2024—2025学年（2024年9月—2025年6月），护学岗自2024年10月23日启动。"),
        ("h", "二、实施情况"),
        ("p", "1.护学岗：学年内上学日共146天，护学岗值守146天，累计出勤交警292人次、教师584人次、家长志愿者438人次；"),
        ("p", "2.设施：2024年11月南门施划人行横道和学校区域标识，设置隔离护栏30米，菜市场北口早高峰7:00—8:30禁止机动车驶入；"),
        ("p", "3.教育：寒假安全教育（864人）、“小黄帽”活动（296人）、每学期交通安全主题班会各1次。"),
        ("h", "三、效果"),
        ("table", ["指标", "基线", "评估值"], [
            ["14岁以下儿童道路交通伤害就诊", "2021—2023年共11例（年均3.7例）", f"本学年{len(kid_traffic_y)}例"],
            ["南门早高峰违停车辆（辆/日，抽查）", "14（2024年10月）", "3（2025年6月）"],
            ["学生交通安全知识测试合格率", "—", "93.2%（2025年6月全校测试）"],
            ["家长对校门口交通秩序满意度", "—", "91.6%（问卷323份）"],
        ]),
        ("h", "四、问题与改进"),
        ("p", "鼓楼幼儿园门口接送秩序仍较乱；家长志愿者以低年级家长为主，流动性大。下一学年将护学岗延伸至幼儿园门口，建立家长志愿者轮值群。"),
        ("right", "学生交通安全项目组　韩卫东　郑雪梅"),
        ("right", cn_date(D(2025, 7, 8))),
    ], D(2025, 7, 8), title="鼓楼小学交通安全项目效果评估报告", owner="学生交通安全项目组", kind="效果评估")

    save_docx("2025.07/电动自行车集中充电棚建设情况说明.docx", [
        ("title", "鼓楼社区电动自行车集中充电棚建设情况说明"),
        ("p", "根据《电动自行车安全充电促进项目实施方案》和促进委员会第四次例会决定，社区与安居物业共同建设电动自行车集中充电棚，现将建设情况说明如下。"),
        ("p", "一、建设内容。钟楼巷小区北侧充电棚：钢结构雨棚，面积约120平方米，充电口36个；文庙街小区充电棚：由原自行车棚改建，"
              "充电口24个。两处均配备智能充电桩（定时断电、充满自停、过载保护）、独立烟感报警器、视频监控和4kg干粉灭火器各4具。"),
        ("p", "二、资金。实际投资8.3万元，其中街道安全社区专项5万元，安居物业3.3万元。"),
        ("p", "三、进度。6月9日开工，7月18日完工，7月21日通过供电所和消防站检查，7月22日正式投用。"),
        ("p", "四、运营。由安居物业负责运营和日常巡查，扫码计费，每度电0.9元，4小时封顶2元；物业每日巡查一次并做记录。"),
        ("p", "五、下一步。物业和网格员每月组织一次夜间巡查，劝导飞线充电车主到充电棚充电；9月组织电动车安全充电培训；"
              "按方案在项目运行满一年后开展效果评估。"),
        ("right", "电动自行车安全充电项目组"),
        ("right", cn_date(D(2025, 7, 22))),
    ], D(2025, 7, 22), title="电动自行车集中充电棚建设情况说明", owner="电动自行车安全充电项目组", kind="项目实施记录")

    save_docx("2025.07/关于中期督导反馈问题整改落实情况的报告.docx", [
        ("sub", "鼓社〔2025〕19号"),
        ("title", "关于中期督导反馈问题整改落实情况的报告"),
        ("pl", "鼓楼街道安全社区建设工作领导小组办公室："),
        ("p", "根据《关于鼓楼社区安全社区创建中期督导情况的反馈》（鼓街安办〔2025〕6号），我社区对督导指出的5个问题逐项整改，现将情况报告如下。"),
        ("p", "一、电动自行车项目进度滞后。集中充电棚2处（60个充电口）已于7月22日投用，9月开展安全充电培训。已整改。"),
        ("p", "二、隐患复查记录不全。隐患台账已增设复查日期栏，第一创建年度隐患的复查人和复查日期已根据网格员巡查记录补填完整；"
              "今后隐患整改完成后3个工作日内复查销号。已整改。"),
        ("p", "三、伤害数据与项目结合不够。防跌倒项目评估已使用伤害监测数据对比；今后半年分析报告增加与项目相关的分析，并在例会上通报。已整改。"),
        ("p", "四、档案检索不便、无档案管理制度。已编制电子档案目录，按月份登记每份文件的日期和责任者；档案管理制度正在起草，"
              "拟于年内制定。正在整改。"),
        ("p", "五、志愿服务缺少登记。已建立《安全志愿服务活动登记表》，7月起统一登记，并将2024年7月以来的活动补登。已整改。"),
        ("right", "鼓楼社区居民委员会"),
        ("right", cn_date(D(2025, 7, 28))),
    ], D(2025, 7, 28), title="关于中期督导反馈问题整改落实情况的报告", owner="鼓楼社区居委会", docno="鼓社〔2025〕19号",
        kind="整改报告")

    ledger(2025, 7, [
        dict(t="主汛期值班", time="2025年7月1日—8月31日", place="社区值班室",
             people="社区工作人员轮流值班，每日2人",
             body=["主汛期实行24小时值班。7月3日、7月29日两次暴雨预警，网格员提前通知城隍庙巷、粮站家属院危房住户，7月29日夜转移2户3人至亲属家。"]),
        dict(t="暑期儿童防溺水安全宣传", time="2025年7月15日 15:00—16:00", place="社区“四点半课堂”",
             people="儿童42人，志愿者3人，王婷", host="王婷",
             body=["讲解“六不准”防溺水知识，观看警示视频，发放《致家长的一封信》42份。"]),
        dict(t="电动自行车集中充电棚投用", time="2025年7月22日 9:00", place="钟楼巷小区北侧、文庙街小区",
             people="刘建军、马国强、周明华、居民代表20余人",
             body=["两处充电棚正式投用，物业现场演示扫码充电。"]),
        dict(t="报送中期督导整改报告", time="2025年7月28日", place="社区",
             people="李秀兰",
             body=["以鼓社〔2025〕19号向街道安办报送整改落实情况。"]),
    ])


# ============================================================================= 2025.08
def m2025_08():
    ledger(2025, 8, [
        dict(t="高温期间用电安全巡查", time="2025年8月12日 9:00—11:00", place="鼓楼大街、文庙街沿街商铺",
             people="何志强、周倩", host="何志强",
             body=["巡查沿街商铺45家，重点检查空调、冰柜用电和插座负荷，发现插座超负荷5处、电线老化2处，当场整改5处。"]),
        dict(t="志愿者例会", time="2025年8月26日 19:00—20:00", place="社区党群服务中心二楼",
             people="“银发守护”志愿服务队、平安巡逻队志愿者31人", host="黄桂芳",
             body=["总结上半年志愿服务情况，布置下半年结对帮扶和夜间巡逻排班；王婷说明9月起由陈晓雨接替其工作。"]),
    ], extra=["王婷同志9月起调街道社会事务办工作，安全专干工作由陈晓雨同志接任。"])


# ============================================================================= 2025.09
def m2025_09():
    txt = """工作交接说明

交接人：王婷（9月起调街道社会事务办）
接收人：陈晓雨
监交人：李秀兰
交接日期：2025年9月5日

一、安全社区创建资料
1.所有资料按月份放在办公室电脑D盘“安全社区创建”文件夹里，一个月一个文件夹（2024.06到2025.08），纸质件在档案柜第三层，也是按月份装盒。2025年2月因为春节没有单独建文件夹。
2.每个月有一份工作台账，月底前写好交李主任审核。台账要写当月的会议、培训、巡查、走访和伤害监测情况，会议和培训有单独记录的在台账里注明“详见”。
3.社区目前没有专门的档案管理制度，街道中期督导时提过，评审会上说由李主任年内起草，现在还没有。档案目录是我做的电子表格，每放进一个文件登记一行（日期、责任者）。
4.文件名就是文件标题，有的前面加了日期。6月份的评审会议纪要从邮箱下载时多存了一份带(1)的，内容一样，还没删。

二、几项经常性工作
1.伤害数据：卫生服务中心孟凡医生每月5日前把上个月的数据发到邮箱（Excel），复制到“事故伤害登记台账”对应年份的表里，在月度台账里写一句当月情况。11月底要写半年分析。
2.隐患台账：网格员每周报，录入“隐患排查整改台账”，整改完成后一定要填复查人和复查日期（督导专门提过）。
3.燃气：第二轮检查有7户三次没遇到，冯班长说秋天补检。
4.志愿服务登记表：7月新建的，活动结束后请黄阿姨报人数和时长。
5.例会：按制度每季度一次，6月的评审会算第一季度，9—11月这个季度还要开一次，请提前提醒周书记定时间。
6.第二年度工作计划：评审会上定的7月底前起草，因为忙督导整改还没写，请和李主任商量。

三、账号
公众号“鼓楼社区发布”的账号和密码在李主任处。

四、其他
电动车充电棚项目按方案运行满一年后（明年4—5月）要做效果评估，物业每月的充电量统计记得要。

交接人：王婷　接收人：陈晓雨　监交人：李秀兰
二〇二五年九月五日
"""
    save_txt_gbk("2025.09/工作交接说明.txt", txt, D(2025, 9, 5), "工作交接说明", "鼓楼社区居委会")

    save_docx("2025.09/2025-2026年度安全宣传教育培训安排.docx", [
        ("title", "鼓楼社区2025—2026年度安全宣传教育培训安排"),
        ("p", "根据《宣传教育培训制度》，结合第一年度评审意见，现将第二创建年度（2025年9月—2026年5月）宣传教育培训安排如下："),
        ("table", ["时间", "内容", "对象", "授课/负责"], [
            ["2025年9月", "电动自行车安全充电知识培训", "居民、电动车车主", "刘建军"],
            ["2025年10月", "老旧小区消防安全培训（灭火器、逃生自救）", "居民、楼栋长", "孙浩"],
            ["2025年11月", "“11·9”消防宣传月及演练前应急队员培训", "应急救援队员", "孙浩、张磊"],
            ["2025年12月", "冬季防火、防一氧化碳中毒入户宣传", "平房区居民、独居老人", "林芳"],
            ["2026年3月", "居民安全骨干培训（防跌倒、燃气、急救）", "楼栋长、志愿者、居民骨干", "孟凡、冯雅琴"],
            ["2026年4月", "菜市场摊户用电用气培训", "菜市场摊户", "钱志刚、冯雅琴"],
            ["2026年5月", "“5·12”防灾减灾日宣传", "全体居民", "李秀兰"],
        ]),
        ("p", "每次培训保存通知、课件和照片，活动情况登记到《安全志愿服务活动登记表》并在公众号发布。"),
        ("right", "鼓楼社区安全社区创建促进委员会办公室"),
        ("right", cn_date(D(2025, 9, 8))),
    ], D(2025, 9, 8), author="陈晓雨", title="2025-2026年度安全宣传教育培训安排",
        owner="鼓楼社区安全社区创建促进委员会办公室", kind="培训安排")

    save_pptx("2025.09/电动自行车安全充电知识培训.pptx", ("电动自行车安全充电知识培训", "主讲：刘建军（鼓楼派出所副所长）\n2025年9月19日 · 鼓楼社区党群服务中心"), [
        ("一组数字", ["社区居民电动自行车约1100辆", "2021—2023年辖区5起火灾，2起由电动车充电引起",
                      "2025年3月夜查：飞线充电26处，楼道停放58辆", "电动车起火3秒内产生高温有毒烟气，楼道是唯一逃生通道"]),
        ("为什么容易起火", ["电池老化、私自改装、更换非原装电池", "使用不匹配的充电器", "充电时间过长、过夜充电",
                            "在楼道、室内充电，起火后堵住逃生路"]),
        ("正确充电“五不要”", ["不要飞线充电", "不要在楼道、室内充电", "不要私自改装电池和线路", "不要过夜充电",
                              "不要购买“三无”电池和充电器"]),
        ("社区集中充电棚", ["钟楼巷小区北侧：36个充电口", "文庙街小区：24个充电口", "扫码充电，每度0.9元，4小时封顶2元",
                            "定时断电、充满自停、烟感报警，物业每日巡查"]),
        ("万一起火怎么办", ["立即断电，远离车辆", "拨打119，提醒邻居撤离", "不要乘电梯、不要返回取物",
                            "用湿毛巾捂住口鼻，沿楼梯向下疏散"]),
        ("法律责任", ["《消防法》：占用、堵塞疏散通道可处罚款", "楼道充电引发火灾造成损失的，依法承担责任",
                      "谢谢！社区热线 8826110　物业报修 8826135"]),
    ], D(2025, 9, 19), author="刘建军", title="电动自行车安全充电知识培训", owner="电动自行车安全充电项目组")

    ledger(2025, 9, [
        dict(t="开学护学岗恢复值守", time="2025年9月1日起每个上学日", place="鼓楼小学南门、鼓楼幼儿园门口",
             people="交警、教师、家长志愿者", host="韩卫东、郑雪梅",
             body=["按项目评估改进意见，护学岗延伸至鼓楼幼儿园门口，家长志愿者建立轮值群，本学期报名58人。"]),
        dict(t="安全专干工作交接", time="2025年9月5日", place="社区办公室", people="王婷、陈晓雨，监交李秀兰",
             body=["王婷调街道社会事务办，安全专干工作由陈晓雨接任，交接说明已存档。"]),
        dict(t="电动自行车安全充电知识培训", time="2025年9月19日 19:00—20:15", place="社区党群服务中心三楼会议室",
             people="居民52人", host="刘建军",
             body=["刘建军讲解电动车火灾原因和正确充电方法，介绍集中充电棚使用方式，物业现场办理充电卡37张。"],
             result="课件存档，活动登记入志愿服务活动登记表。"),
        dict(t="电动车飞线充电夜查", time="2025年9月24日 19:30—21:30", place="钟楼巷小区、文庙街小区",
             people="社区民警2人、何志强、陈晓雨、安居物业2人", host="何志强",
             body=["发现飞线充电9处（3月为26处）、楼道停放电动车21辆（3月为58辆），现场劝导拆除飞线9处。",
                   "钟楼巷充电棚8月日均使用41车次，文庙街充电棚日均27车次。"]),
        dict(t="鼓楼大戏院国庆演出前检查", time="2025年9月26日 14:00—15:00", place="鼓楼大戏院",
             people="张磊、陈晓雨、吴德胜",
             body=["后台通往西侧安全出口的通道堆放国庆演出布景道具，通道净宽不足1米，要求10月31日前清理并设置专用道具间。"],
             result="已录入隐患台账。"),
        dict(t="参加全市安全社区建设推进会", time="2025年9月28日", place="宁川市应急管理局会议室",
             people="李秀兰",
             body=["听取全市安全社区建设情况通报，鼓楼社区防跌倒项目做法在会上作书面交流。"]),
    ], clerk="陈晓雨", style="table")


# ============================================================================= 2025.10
def m2025_10():
    save_pptx("2025.10/老旧小区消防安全培训课件.pptx", ("老旧小区消防安全培训", "鼓楼消防救援站　孙浩\n2025年10月16日"), [
        ("老旧小区火灾特点", ["楼道窄、无室内消火栓，火势蔓延快", "老年人多，疏散慢", "电动车、电气线路、厨房用火是主要起因",
                              "楼道堆物使烟气蔓延、堵塞逃生通道"]),
        ("家庭防火“三查”", ["查电：插座不超负荷，出门断电", "查气：胶管不老化，用完关阀", "查火：炉火有人看，烟头要掐灭"]),
        ("灭火器怎么用", ["提：提起灭火器", "拔：拔掉保险销", "握：握住喷管对准火焰根部", "压：压下压把，由近及远扫射",
                          "社区楼道已配置灭火器280具，请熟悉位置"]),
        ("火场逃生", ["发现火情先报警：119", "湿毛巾捂口鼻，低姿沿楼梯撤离", "楼道烟大时关门待救，用湿毛巾堵门缝",
                      "不乘电梯、不跳楼、不返回取物"]),
        ("独居老人家庭", ["独立式烟感报警器已安装186户，请勿拆除", "电池每年更换一次", "帮扶邻居：火灾时帮老人一起撤离"]),
        ("现场实操", ["分组练习干粉灭火器", "练习使用防烟面罩", "谢谢大家！"]),
    ], D(2025, 10, 16), author="孙浩", title="老旧小区消防安全培训课件", owner="老旧小区消防安全项目组")

    save_html("2025.10/消防站指导员走进老旧小区授课.html", "消防站指导员走进老旧小区授课", "2025-10-17 19:48", "陈晓雨", [
        "10月16日下午，鼓楼消防救援站站长孙浩走进鼓楼社区，为71名居民和楼栋长讲授老旧小区消防安全知识。",
        "IMG:孙浩为居民讲解灭火器使用方法",
        "孙浩结合老旧小区楼道窄、老人多的特点，讲解了家庭防火“三查”和火场逃生要领，随后在院内组织居民分组练习干粉灭火器和防烟面罩。"
        "“原来灭火器要对准火焰根部，以前一直以为是对着火苗喷。”钟楼巷小区的刘阿姨说。",
        "IMG:居民练习使用灭火器",
        "据悉，社区已为62栋楼房楼道配置灭火器280具，为186户独居、空巢老人家庭安装了独立式烟感报警器。"
        "11月消防宣传月期间，社区还将组织人员密集场所疏散演练。",
    ], reads=1318, event_date=D(2025, 10, 16))

    ledger(2025, 10, [
        dict(t="老旧小区消防安全培训", time="2025年10月16日 15:00—16:40", place="社区党群服务中心三楼会议室及钟楼巷小区院内",
             people="居民及楼栋长71人", host="孙浩",
             body=["讲授家庭防火和火场逃生知识，组织灭火器和防烟面罩实操。课件存档，公众号10月17日发布。"]),
        dict(t="燃气第二轮未遇户补检", time="2025年10月9日—10月21日", place="各院落", people="冯雅琴、杜娟",
             body=[f"对第二轮{G2_ABSENT}户未遇户补检，完成5户（均为A类），2户已搬离。"]),
        dict(t="菜市场安全复查", time="2025年10月23日 9:00—10:30", place="鼓楼菜市场", people="钱志刚、周倩、陈晓雨",
             body=["线路改造已全部完成，私拉乱接未再发现；东区熟食摊位一处电源线穿越排水沟、绝缘层破损，要求11月22日前重新穿管敷设。"],
             result="已录入隐患台账。"),
        dict(t="重阳节走访高龄独居老人", time="2025年10月29日", place="高龄独居老人家中",
             people="黄桂芳及志愿者8人、林芳",
             body=["走访47户高龄独居老人，检查扶手、夜灯、烟感使用情况，为3户更换烟感电池。"]),
    ], clerk="陈晓雨", style="table")


# ============================================================================= 2025.11
def m2025_11():
    save_docx("2025.11/1109消防安全应急疏散演练记录.docx", [
        ("title", "鼓楼大戏院及戏院宿舍消防安全应急疏散演练记录"),
        ("table", ["项目", "内容"], [
            ["时间", "2025年11月9日 14:00—15:30"],
            ["地点", "鼓楼大戏院观众厅、后台及戏院宿舍1—3号楼"],
            ["组织", "鼓楼社区安全社区创建促进委员会、鼓楼消防救援站、鼓楼大戏院"],
            ["总指挥", "周明华；现场指挥：孙浩"],
            ["参演人员", "观众（居民志愿者扮演）96人、戏院员工18人、社区应急救援队12人、消防站9人、卫生服务中心4人、社区工作人员4人，共143人"],
            ["性质", "第二创建年度上半年度应急演练"],
        ]),
        ("h", "一、演练前培训"),
        ("p", "11月6日下午，孙浩、张磊对参演的应急救援队员和戏院员工进行演练前培训，明确各疏散口责任人和清点方法。"),
        ("h", "二、演练情景与经过"),
        ("p", "演出进行中，后台配电箱电气线路短路起火（发烟模拟），烟雾向舞台蔓延。14:02后台工作人员发现火情，按下手动报警按钮并报告值班经理；"
              "14:03戏院广播疏散，员工打开全部4个安全出口，引导观众分区疏散；14:04消防控制室报119，社区启动预案；"
              "14:08观众全部疏散至鼓楼广场，各区引导员清点人数；14:06戏院微型消防站实施初期扑救；"
              "14:10消防车到场。同时，应急救援队对相邻的戏院宿舍1—3号楼进行疏散提醒，协助3名行动不便老人下楼。"),
        ("h", "三、评估"),
        ("p", "观众疏散用时6分钟，较2024年钟楼巷演练有明显改进，行动不便老人帮扶名单发挥作用。存在问题：西侧安全出口通道内仍有部分布景道具，"
              "疏散时造成短暂拥堵（9月检查已提出，尚未完全整改）；广播音量在后台偏小。"),
        ("h", "四、改进"),
        ("p", "1.大戏院尽快清理西侧通道道具，设置专用道具间；2.后台增设广播喇叭；3.本演练评估意见报促进委员会。"),
        ("right", "记录：陈晓雨　　评估：孙浩"),
        ("right", cn_date(D(2025, 11, 10))),
    ], D(2025, 11, 9), modified=D(2025, 11, 10), author="陈晓雨", title="消防安全应急疏散演练记录",
        owner="鼓楼社区安全社区创建促进委员会", kind="演练记录")

    cur = inj_in(D(2024, 12, 1), D(2025, 11, 30))
    base = inj_in(D(2024, 6, 1), D(2024, 11, 30))
    mk_f = sum(1 for r in cur if r["place"] == "菜市场")
    save_docx("2025.11/鼓楼菜市场安全促进项目效果评估.docx", [
        ("title", "鼓楼菜市场安全促进项目效果评估"),
        ("h", "一、评估时段和方法"),
        ("p", "项目实施期2024年12月—2025年11月。采用对比排查记录、隐患台账、伤害监测数据和摊户问卷（发放120份，回收114份）的方法。"),
        ("h", "二、效果"),
        ("table", ["指标", "实施前", "实施后", "目标", "评价"], [
            ["私拉乱接（处）", "37（2024.11.20排查）", "0（2025.10.23复查）", "清零", "达到"],
            ["瓶装气摊户报警器安装率", "38.7%（12/31）", "100%（31/31）", "100%", "达到"],
            ["摊位灭火器配置", "43个摊位", "148个摊位", "全覆盖", "达到"],
            ["电气火灾（起）", "近三年1起", "0", "0", "达到"],
            ["发生在菜市场的伤害就诊（例）", f"{sum(1 for r in base if r['place'] == '菜市场')}（2024.6—11，半年）", f"{mk_f}（2024.12—2025.11，一年）", "减少", "基本持平"],
            ["门口早高峰占道摊点（个）", "21", "6", "明显减少", "达到"],
            ["摊户用电用气知识合格率", "—", "87.7%", "—", "—"],
        ]),
        ("h", "三、问题"),
        ("p", "1.10月复查发现东区熟食摊位一处电源线破损，说明日常巡查仍需加强；2.水产区地面湿滑问题只能缓解，顾客跌倒未明显下降；"
              "3.临时摊位流动性大，管理难度大。"),
        ("h", "四、持续改进"),
        ("p", "市场管理办每日开市前巡查一次电气线路；每半年组织一次摊户用电用气培训；水产区增设排水沟盖板和扶手。"),
        ("right", "菜市场安全项目组　钱志刚"),
        ("right", cn_date(D(2025, 11, 20))),
    ], D(2025, 11, 20), author="陈晓雨", title="鼓楼菜市场安全促进项目效果评估", owner="菜市场安全项目组", kind="效果评估")

    h3 = inj_in(D(2025, 6, 1), D(2025, 11, 30))
    h2 = inj_in(D(2024, 12, 1), D(2025, 5, 31))
    half_report("2025.11/鼓楼社区伤害监测半年分析报告（2025年6-11月）.docx", h3, D(2025, 6, 1), D(2025, 11, 30),
                D(2025, 11, 28), prev=h2, extra=[
                    "本期为第二创建年度上半年度。夏季儿童伤害、动物咬伤有所增加，道路交通伤害多发生在菜市场周边和鼓楼大街。",
                    "与上年同期（2024年6—11月）相比，老年人跌倒就诊总体平稳，防跌倒改造户中未发现跌倒就诊。",
                    "建议：1.继续推进剩余中风险老人家庭适老化改造；2.电动车充电棚投用后飞线充电明显减少，建议项目组做好使用数据统计以备评估；"
                    "3.冬季重点防范一氧化碳中毒和路面结冰跌倒。"])

    ledger(2025, 11, [
        dict(t="消防安全应急疏散演练", time="2025年11月9日 14:00—15:30", place="鼓楼大戏院、戏院宿舍",
             people="共143人", host="周明华、孙浩",
             body=["第二创建年度上半年度演练，详见演练记录。"]),
        dict(t="棉纺厂宿舍楼顶检查", time="2025年11月12日", place="棉纺厂宿舍3号楼",
             people="何志强、物业维修工1人",
             body=["发现楼顶水箱间门锁损坏、屋面防护栏锈蚀松动，有儿童攀爬风险，要求物业12月12日前整改。"]),
        dict(t="菜市场项目效果评估", time="2025年11月20日", place="鼓楼菜市场", people="钱志刚、杨波、周倩、陈晓雨",
             body=["开展摊户问卷和现场核查，形成评估报告。"]),
        dict(t="居民议事会", time="2025年11月25日 19:00—20:30", place="社区居民议事厅",
             people="居民代表26人、物业马国强", host="李秀兰",
             body=["议题：充电棚收费标准、冬季楼道堆物、平房区燃煤取暖。居民对充电棚总体满意，建议文庙街充电棚增加10个充电口；"
                   "物业表示明年视使用情况扩容。"]),
    ], clerk="陈晓雨", style="table")


# ============================================================================= 2025.12
def m2025_12():
    att = ["周明华", "刘建军", "赵丽萍", "李秀兰", "孙浩", "马国强", "钱志刚", "吴德胜", "韩卫东", "冯雅琴", "黄桂芳",
           "陈志远", "张磊", "陈晓雨"]
    save_docx("2025.12/1216促进委员会例会纪要.docx", [
        ("title", "鼓楼社区安全社区创建促进委员会例会纪要"),
        ("sub", "（第二创建年度第二次例会）"),
        ("p", "时间：2025年12月16日 9:00—11:00　地点：社区党群服务中心三楼会议室　主持：周明华　记录：陈晓雨"),
        ("p", f"出席：{'、'.join(att)}（{len(att)}人）；请假：郑雪梅、杨波、刘淑珍。"),
        ("h", "一、关于9—11月季度例会"),
        ("p", "办公室说明：按照促进委员会工作制度，第二创建年度第二季度（2025年9—11月）应召开一次例会。"
              "因安全专干工作交接以及10—11月街道集中开展其他重点工作，该季度未召开例会。本次会议对该季度工作进行补充通报。"
              "周明华指出，季度例会是制度规定，今后由办公室提前一个月提出会期，确保每季度召开。"),
        ("h", "二、人员调整"),
        ("p", "王婷同志调街道工作，经促进委员会同意，增补陈晓雨同志为委员兼办公室干事。"),
        ("h", "三、通报9—11月工作"),
        ("p", "9月电动车安全充电培训（52人）、飞线充电夜查；10月老旧小区消防培训（71人）、燃气未遇户补检；11月9日大戏院疏散演练（143人）；"
              "菜市场项目完成效果评估；伤害监测6—11月半年分析已完成。"),
        ("h", "四、冬季安全工作"),
        ("p", "平房区燃煤取暖户入户宣传12月4日已开展，城隍庙巷17号独居老人家中煤炉无烟道，老人不同意改造，请林芳继续做工作；"
              "钟楼巷5号楼地下车库有私拉插排充电现象，请物业1月21日前拆除。"),
        ("h", "五、第二创建年度下半年度工作"),
        ("p", "1.下半年度（2025年12月—2026年5月）应急演练拟于2026年4—5月组织一次防汛应急演练，由张磊负责方案；"),
        ("p", "2.第二创建年度工作计划尚未印发，请办公室抓紧；"),
        ("p", "3.老旧小区消防项目2026年4月、电动车项目2026年4—5月开展效果评估；"),
        ("p", "4.2026年4—5月开展自查整档。"),
        ("h", "六、签到"),
        sign_table([(n, MEMBER_UNIT.get(n, "鼓楼社区安全专干")) for n in att]),
        ("right", "鼓楼社区安全社区创建促进委员会办公室"),
        ("right", cn_date(D(2025, 12, 17))),
    ], D(2025, 12, 16), modified=D(2025, 12, 17), author="陈晓雨", title="促进委员会例会纪要（2025年12月16日）",
        owner="鼓楼社区安全社区创建促进委员会办公室", kind="会议纪要")

    hdr = ["序号", "就诊日期", "姓名", "性别", "年龄", "住址（院落）", "发生地点", "伤害原因", "受伤部位", "严重程度",
           "就诊机构", "转归", "报告人"]

    def row(i, r, dv):
        return [i, dv, r["name"], r["sex"], r["age"], r["yard"], r["place"], r["cause"], r["part"], r["sev"], r["org"],
                r["out"], r["rep"]]

    rows24, i = [("__band__", "2024年6—7月（卫生服务中心门诊系统补录）")], 0
    for r in INJ:
        if r["date"].year != 2024:
            continue
        if r["date"].month == 8 and not any(isinstance(x, tuple) and "8月起" in x[1] for x in rows24):
            rows24.append(("__band__", "2024年8月起按月录入"))
        i += 1
        rows24.append(row(i, r, md(r["date"]) if r["date"].month < 8 else r["date"]))
    rows25, i = [], 0
    for r in INJ:
        if r["date"].year != 2025:
            continue
        i += 1
        m = r["date"].month
        if m <= 6:
            dv = {"v": r["date"], "fmt": "yyyy/m/d"}
        elif m <= 8:
            dv = dot(r["date"])
        else:
            dv = zh(r["date"])
        rows25.append(row(i, r, dv))
    save_xlsx("2025.12/鼓楼社区事故伤害登记台账.xlsx", [
        dict(name="2024年", title="鼓楼社区事故与伤害登记台账（2024年）",
             subtitle="数据来源：鼓楼街道社区卫生服务中心首诊伤害监测、区伤害监测平台　录入：王婷",
             header=hdr, rows=rows24, widths=[6, 12, 8, 6, 6, 14, 10, 12, 8, 8, 22, 8, 8]),
        dict(name="2025年", title="鼓楼社区事故与伤害登记台账（2025年）",
             subtitle="数据来源：鼓楼街道社区卫生服务中心首诊伤害监测、区伤害监测平台　录入：王婷（1—8月）、陈晓雨（9月起）",
             header=hdr, rows=rows25, widths=[6, 14, 8, 6, 6, 14, 10, 12, 8, 8, 22, 8, 8]),
    ], D(2024, 8, 15), modified=D(2026, 1, 6), author="陈晓雨", title="鼓楼社区事故伤害登记台账",
        owner="数据统计组", kind="伤害登记")

    rng = random.Random(7251)
    chans = ["意见箱", "服务热线", "公众号留言", "网格员走访", "居民议事会"]
    topics = [
        ("楼道堆物", "{y}{b}号楼楼道堆放旧家具，影响通行", "物业", "已通知楼栋长和物业清理"),
        ("电动车", "{y}有居民把电动车推进楼道充电", "物业/网格员", "网格员上门劝导，告知集中充电点"),
        ("路灯", "{y}院内路灯不亮，晚上老人出门不方便", "物业", "已更换灯具"),
        ("燃气", "{y}{b}号楼楼道有燃气味", "燃气公司", "燃气抢修到场检查，为表前阀漏气，已维修"),
        ("井盖", "{y}院门口井盖松动", "物业/市政", "已更换井盖"),
        ("菜市场", "菜市场门口早上车太多，老人过马路危险", "菜市场管理办/交警", "早高峰增加疏导人员"),
        ("犬只", "{y}有大狗不拴绳，孩子被吓到", "派出所/社区", "联系犬主，开展文明养犬宣传"),
        ("扶手", "{y}{b}号楼楼梯扶手松动", "物业", "已加固"),
        ("墙皮", "{y}{b}号楼外墙皮脱落", "房管所", "设置警戒，报房管所维修"),
        ("独居老人", "{y}独居老人两天没出门，邻居担心", "社区/志愿者", "志愿者上门查看，老人感冒，已联系家属和家庭医生"),
        ("充电棚", "希望充电棚增加充电口", "物业", "物业答复视使用情况扩容"),
        ("消防通道", "{y}消防车通道停满私家车", "物业", "施划禁停标线，张贴告知"),
    ]
    sug = [[1, D(2024, 7, 25), "居民代表（议事会）", "", "居民议事会", "楼道堆物清了又堆，建议实行楼栋长负责制", "楼道堆物",
            "促进委员会办公室", D(2024, 8, 1), "纳入老旧小区消防项目，实行楼栋长负责制", "已反馈"],
           [2, D(2024, 7, 25), "居民代表（议事会）", "", "居民议事会", "电动车推上楼充电，希望建集中充电设施", "电动车",
            "派出所/物业", D(2024, 8, 1), "由派出所牵头调研选址", "已反馈"],
           [3, D(2024, 7, 25), "居民代表（议事会）", "", "居民议事会", "菜市场门口早上人车混行", "菜市场",
            "交警中队/菜市场", D(2024, 8, 1), "交警早高峰巡逻疏导", "已反馈"]]
    d0 = D(2024, 8, 3)
    k = 4
    while d0 < D(2025, 12, 20):
        t = topics[rng.randrange(len(topics))]
        y = rng.choice(YARDS)
        txt = t[1].format(y=y, b=rng.randint(1, 9))
        ans = d0 + dt.timedelta(days=rng.randint(0, 5))
        sug.append([k, d0 if k % 4 else dot(d0), SURN[rng.randrange(len(SURN))] + rng.choice(["先生", "女士", "大爷", "阿姨"]),
                    f"139****{rng.randint(1000, 9999)}", rng.choice(chans), txt, t[0], t[2], ans, t[3],
                    rng.choice(["已反馈", "已反馈", "已反馈，满意", "电话回访满意"])])
        k += 1
        d0 += dt.timedelta(days=rng.randint(9, 21))
    save_xlsx("2025.12/居民安全意见建议受理登记表.xlsx", [
        dict(name="受理登记", title="鼓楼社区居民安全意见建议受理登记表",
             subtitle="受理渠道：意见箱、服务热线8826110、公众号留言、网格员走访、居民议事会　登记：王婷、陈晓雨",
             header=["序号", "受理日期", "反映人", "联系电话", "渠道", "反映内容", "类别", "承办", "答复日期", "处理结果", "反馈情况"],
             rows=sug, widths=[6, 12, 12, 14, 12, 40, 10, 16, 12, 34, 12]),
    ], D(2024, 7, 25), modified=D(2025, 12, 30), author="陈晓雨", title="居民安全意见建议受理登记表",
        owner="鼓楼社区安全社区创建促进委员会办公室", kind="登记表")

    ledger(2025, 12, [
        dict(t="冬季防火、防一氧化碳中毒入户宣传", time="2025年12月4日 9:00—11:30", place="城隍庙巷平房区、粮站家属院",
             people="林芳、陈晓雨、志愿者6人", host="林芳",
             body=["入户宣传58户，检查燃煤取暖户21户，补发一氧化碳报警器18台。城隍庙巷17号独居老人煤炉无烟道，老人不同意改造，已登记隐患。"]),
        dict(t="促进委员会例会", time="2025年12月16日 9:00—11:00", place="社区党群服务中心三楼会议室",
             people="委员14人", host="周明华", body=["详见会议纪要。"]),
        dict(t="隐患整改复查", time="2025年12月22日", place="各院落", people="张磊、陈晓雨",
             body=["复查9月以来未销号隐患14处，已整改10处，4处未完成（鼓楼大戏院西侧通道、菜市场东区电源线、棉纺厂宿舍楼顶、"
                   "城隍庙巷17号煤炉），均已超过整改期限；新发现钟楼巷5号楼地下车库私拉插排充电。"],
             result="未完成隐患继续督促，新隐患已录入台账。"),
    ], clerk="陈晓雨", style="table")


# ============================================================================= 2026.01
def m2026_01():
    ledger(2026, 1, [
        dict(t="春节前消防安全检查", time="2026年1月13日—1月15日", place="沿街商铺、鼓楼菜市场、鼓楼大戏院、各院落",
             people="张磊、何志强、陈晓雨，消防站指导员1人", host="张磊",
             body=["检查沿街商铺76家、菜市场、大戏院春节演出场地和院落消防设施，发现问题17处，当场整改12处。",
                   "北大街16号院室外消火栓无水、箱门锈死，已报产权单位和自来水公司，要求2月12日前修复。"],
             result="未当场整改的5处录入隐患台账。"),
        dict(t="年度优秀安全志愿者表彰", time="2026年1月21日 15:00—16:00", place="社区党群服务中心三楼会议室",
             people="志愿者及居民代表60余人", host="周明华",
             body=["表彰2025年度优秀安全志愿者20名，黄桂芳介绍“银发守护”结对帮扶经验。"]),
    ], clerk="陈晓雨", style="table",
        inj="卫生服务中心2025年12月数据已于1月6日报送并录入台账。卫生服务中心反馈，因首诊伤害监测信息系统切换，1月份起的数据暂无法导出，待系统恢复后补报。")


# ============================================================================= 2026.03
def m2026_03():
    att = ["周明华", "刘建军", "赵丽萍", "李秀兰", "孙浩", "马国强", "郑雪梅", "钱志刚", "韩卫东", "冯雅琴", "黄桂芳",
           "杨波", "刘淑珍", "张磊", "陈晓雨"]
    open_by_mar = [r for r in HZ if r["done"] is None and r["due"] < D(2026, 3, 24)]
    save_docx("2026.03/0324促进委员会例会纪要.docx", [
        ("title", "鼓楼社区安全社区创建促进委员会例会纪要"),
        ("sub", "（第二创建年度第三次例会）"),
        ("p", f"2026年3月24日下午，促进委员会在社区党群服务中心召开例会，周明华主持，出席委员{len(att)}人，吴德胜、陈志远请假。"),
        ("h", "一、伤害监测数据报送"),
        ("p", "陈晓雨通报：卫生服务中心首诊伤害监测信息系统自2026年1月起切换，1—2月鼓楼社区居民伤害数据至今未报送，"
              "伤害登记台账目前只录入到2025年12月。赵丽萍表示，新系统预计4月上线，上线后补报1月以来的数据。"
              "会议要求数据统计组盯紧，5月底前完成第二创建年度下半年度伤害分析。"),
        ("h", "二、超期隐患"),
        ("p", f"隐患排查整改台账中有{len(open_by_mar)}处隐患已超过整改期限未完成，也没有复查记录：鼓楼大戏院西侧通道道具、"
              "菜市场东区电源线、棉纺厂宿舍3号楼楼顶、城隍庙巷17号煤炉、钟楼巷5号楼地下车库私拉插排、北大街16号院消火栓"
              "（粮站家属院路面塌陷3月31日到期）。会议要求各责任单位4月底前完成，网格员逐项复查，完不成的报街道协调。"),
        ("h", "三、下半年度演练和项目评估"),
        ("p", "第二创建年度下半年度演练尚未开展，确定5月下旬在南门里小区组织防汛应急演练，张磊负责。"
              "老旧小区消防项目4月中旬完成效果评估；电动车项目由刘建军、马国强组织，5月完成效果评估。"),
        ("h", "四、自查整档"),
        ("p", "4—5月开展自查整档，由李秀兰牵头、陈晓雨具体负责，6月形成自查报告。"),
        ("h", "五、其他"),
        ("p", "3月18日居民安全骨干培训已完成（45人）；春季防火和清明期间平房区用火检查4月上旬开展。"),
        ("h", "签到"),
        sign_table([(n, MEMBER_UNIT.get(n, "鼓楼社区安全专干")) for n in att]),
        ("right", "记录：陈晓雨　　" + cn_date(D(2026, 3, 24))),
    ], D(2026, 3, 24), author="陈晓雨", title="促进委员会例会纪要（2026年3月24日）",
        owner="鼓楼社区安全社区创建促进委员会办公室", kind="会议纪要")

    save_pptx("2026.03/居民安全骨干培训课件.pptx", ("居民安全骨干培训", "防跌倒 · 燃气安全 · 急救技能\n主讲：孟凡　冯雅琴\n2026年3月18日 · 鼓楼社区"), [
        ("你是楼里的“安全哨兵”", ["楼栋长、志愿者是社区安全的第一道防线", "发现隐患：拍照—告诉网格员—跟踪复查",
                                 "关心身边的独居老人"]),
        ("老年人防跌倒", ["跌倒是社区老年人伤害第一位原因", "“五个一”：扶手、防滑垫、小夜灯、防滑鞋、合适的拐杖",
                          "起身“三个30秒”：醒后躺30秒、坐起30秒、站立30秒再走", "跌倒后不要急着扶起，先判断伤情"]),
        ("燃气安全复习", ["胶管18个月左右更换，优先用金属波纹管", "闻到燃气味：关阀、开窗、不开关电器、室外报警",
                          "瓶装气不与明火同室", "燃气抢修 96777"]),
        ("心肺复苏（CPR）", ["判断意识和呼吸，呼叫120", "胸外按压：两乳头连线中点，深度5—6厘米，频率100—120次/分",
                              "按压30次、人工呼吸2次为一个循环", "社区党群服务中心配有AED一台"]),
        ("常见外伤处理", ["出血：直接压迫止血", "烫伤：冷水冲15—20分钟，不涂牙膏酱油", "骨折：不随意搬动，固定后送医"]),
        ("分组练习", ["CPR模拟人练习", "胶管检查和检漏液使用", "谢谢大家！"]),
    ], D(2026, 3, 18), author="孟凡", title="居民安全骨干培训课件", owner="老年人防跌倒项目组")

    save_jpg("2026.03/IMG_20260318_150312.jpg", "居民安全骨干培训 心肺复苏练习", dt.datetime(2026, 3, 18, 15, 3, 12),
             seed=31801, scene="meeting", stamp=False, camera=("HONOR", "PGT-AN10"))

    ledger(2026, 3, [
        dict(t="“学雷锋”志愿服务", time="2026年3月10日 9:00—11:00", place="社区党群服务中心门前",
             people="志愿者24人、燃气公司2人、物业维修工2人", host="黄桂芳",
             body=["开展义务检修燃气灶具、修理小家电和量血压服务，为老人检查燃气胶管31户，更换胶管6根。"]),
        dict(t="居民安全骨干培训", time="2026年3月18日 14:30—16:30", place="社区党群服务中心三楼会议室",
             people="楼栋长、志愿者、居民骨干45人", host="孟凡、冯雅琴",
             body=["内容为老年人防跌倒、燃气安全和心肺复苏，分组进行CPR模拟人练习。课件存档。"]),
        dict(t="促进委员会例会", time="2026年3月24日 14:30—16:30", place="社区党群服务中心三楼会议室",
             people="委员15人", host="周明华", body=["详见会议纪要。"]),
    ], clerk="陈晓雨", style="table", inj="1—2月伤害数据卫生服务中心仍未报送（系统切换），已在3月24日例会上提出。")


# ============================================================================= 2026.04
def m2026_04():
    save_docx("2026.04/老旧小区消防安全提升项目效果评估.docx", [
        ("title", "鼓楼社区老旧小区消防安全提升项目效果评估"),
        ("h", "一、评估时段和方法"),
        ("p", "评估时段为2024年10月—2026年3月。方法：2026年4月8日—12日对14个院落楼道进行全面检查；统计火灾起数；"
              "抽查楼道灭火器和独立烟感；居民抽样问卷150份。"),
        ("h", "二、实施情况"),
        ("p", "配置楼道灭火器280具、独立式烟感报警器186个；14个院落确定楼栋长62名，实行楼道堆物楼栋长负责制；"
              "消防车通道施划标线5处；组织消防疏散演练2次（2024年11月8日钟楼巷、2025年11月9日大戏院及戏院宿舍），"
              "消防培训3场（2024年8月、2025年10月及演练前培训）。"),
        ("h", "三、效果"),
        ("table", ["指标", "基线", "评估值", "目标", "评价"], [
            ["楼道堆物（处）", "23（2024年6月，3个院落）", "6（2026年4月，14个院落全面检查）", "基本清零", "基本达到"],
            ["楼道停放电动车（辆）", "58（2025年3月，2个院落）", "9（2026年4月）", "—", "明显改善"],
            ["火灾起数", "近三年5起（年均1.7起）", "创建期内1起一般火灾（商铺油锅）", "无较大火灾", "达到"],
            ["灭火器完好率", "—", "96.4%（270/280）", "≥95%", "达到"],
            ["独立烟感完好率", "—", "97.3%（181/186）", "—", "良好"],
            ["灭火器使用知晓率", "43.3%", "76.0%", "≥70%", "达到"],
        ]),
        ("h", "四、问题"),
        ("p", "1.北大街16号院室外消火栓无水问题1月发现，至今未修复；2.大戏院西侧通道道具未清理完毕；"
              "3.部分楼栋长年龄偏大，检查频次难以保证。"),
        ("h", "五、持续改进"),
        ("p", "将两处消防隐患报街道协调；增补年轻楼栋长；灭火器每年检查一次，到期统一更换。"),
        ("right", "老旧小区消防安全项目组　孙浩"),
        ("right", cn_date(D(2026, 4, 15))),
    ], D(2026, 4, 15), author="陈晓雨", title="老旧小区消防安全提升项目效果评估", owner="老旧小区消防安全项目组",
        kind="效果评估")

    rows = []
    for i, r in enumerate(HZ, 1):
        def dv(d, k):
            if d is None:
                return ""
            if d >= D(2025, 9, 1) and k % 3 == 0:
                return dot(d)
            if k % 13 == 0:
                return zh(d)
            return d
        rows.append([i, dv(r["found"], i), r["place"], r["desc"], r["cat"], r["lvl"], r["finder"], r["unit"], r["meas"],
                     dv(r["due"], i + 1), dv(r["done"], i + 2), r["checker"], dv(r["chk"], i), r["note"]])
    save_xlsx("2026.04/鼓楼社区安全隐患排查整改台账.xlsx", [
        dict(name="隐患台账", title="鼓楼社区安全隐患排查整改台账",
             subtitle="登记范围：2024年6月—2026年4月　更新至2026年4月28日　登记：王婷、陈晓雨",
             header=["序号", "发现日期", "隐患地点", "隐患描述", "类别", "等级", "发现人", "责任单位/责任人", "整改措施",
                     "整改期限", "整改完成日期", "复查人", "复查日期", "备注"],
             rows=rows, widths=[6, 12, 16, 36, 8, 6, 8, 18, 28, 12, 12, 8, 12, 18],
             footer=[f"统计：共登记隐患{HZ_TOTAL}处，已整改销号{HZ_DONE}处，未完成{HZ_OPEN}处。"]),
    ], D(2024, 6, 12), modified=D(2026, 4, 28), author="陈晓雨", title="鼓楼社区安全隐患排查整改台账",
        owner="鼓楼社区居委会", kind="隐患台账")

    ledger(2026, 4, [
        dict(t="清明期间平房区用火检查", time="2026年4月8日", place="城隍庙巷平房区、粮站家属院",
             people="林芳、何志强", body=["检查燃煤、祭扫用火，入户提醒43户。"]),
        dict(t="老旧小区消防项目效果评估", time="2026年4月8日—4月15日", place="14个院落",
             people="孙浩、张磊、楼栋长、陈晓雨", body=["全面检查楼道和消防设施，形成评估报告。"]),
        dict(t="菜市场摊户用电用气培训", time="2026年4月21日 14:00—15:30", place="鼓楼菜市场管理办公室",
             people="摊户38人", host="钱志刚、冯雅琴",
             body=["讲解摊位用电规范、瓶装气使用和报警器日常测试，现场练习灭火器。"]),
        dict(t="隐患台账梳理", time="2026年4月22日—4月28日", place="社区办公室", people="陈晓雨、张磊",
             body=[f"台账共登记隐患{HZ_TOTAL}处，已整改销号{HZ_DONE}处；{HZ_OPEN}处超过整改期限未完成，均无复查记录，"
                   "已书面报街道安办协调（大戏院、菜市场、棉纺厂宿舍、城隍庙巷17号、钟楼巷5号楼地下车库、北大街16号院、粮站家属院）。"]),
        dict(t="充电棚使用情况统计", time="2026年4月28日", place="社区办公室", people="马国强、陈晓雨",
             body=["物业提供2025年8月—2026年3月数据：两处充电棚累计充电约8900车次，月均约1100车次；其间未发生充电火灾。"
                   "物业尚未提供4月数据，电动车项目效果评估待数据齐全后进行。"]),
    ], clerk="陈晓雨", style="table", inj="卫生服务中心新系统尚未上线，1月以来伤害数据仍未报送。")


# ============================================================================= 2026.05
def volunteer_rows():
    ev = [  # (date, name, type, place, n, hours, lead)
        (D(2024, 7, 9), "问卷调查员培训", "培训", "社区党群服务中心", 17, 1.5, "李秀兰"),
        (D(2024, 7, 15), "安全现状问卷入户调查", "调查", "各院落", 17, 3, "李秀兰"),
        (D(2024, 8, 29), "安全社区创建知识培训", "培训", "社区党群服务中心", 38, 2, "王婷"),
        (D(2024, 9, 18), "燃气入户检查人员培训", "培训", "社区党群服务中心", 23, 1.5, "冯雅琴"),
        (D(2024, 9, 23), "燃气重点户入户检查（第一轮）", "检查", "各院落", 8, 3, "冯雅琴"),
        (D(2024, 10, 12), "居民燃气安全培训", "培训", "社区党群服务中心", 64, 1.5, "冯雅琴"),
        (D(2024, 10, 23), "护学岗启动", "护学", "鼓楼小学南门", 10, 1, "郑雪梅"),
        (D(2024, 11, 8), "消防应急疏散演练", "演练", "钟楼巷小区", 20, 2, "张磊"),
        (D(2024, 11, 14), "高龄独居老人居家安全走访", "走访", "各院落", 7, 3, "黄桂芳"),
        (D(2024, 12, 5), "应急救援队员培训", "培训", "社区党群服务中心", 36, 2.5, "张磊"),
        (D(2024, 12, 12), "冬季防一氧化碳中毒宣传", "宣传", "城隍庙巷平房区", 8, 2.5, "林芳"),
        (D(2025, 1, 16), "寒假安全教育进校园", "宣传", "鼓楼小学", 3, 1, "郑雪梅"),
        (D(2025, 3, 12), "燃气泄漏应急处置演练", "演练", "文庙街小区", 14, 1.5, "杜娟"),
        (D(2025, 3, 14), "老年人防跌倒健康讲座", "培训", "社区党群服务中心", 52, 1.5, "赵丽萍"),
        (D(2025, 4, 16), "“小黄帽”交通安全活动", "宣传", "鼓楼小学", 6, 1, "郑雪梅"),
        (D(2025, 5, 12), "防灾减灾日宣传", "宣传", "鼓楼广场", 15, 3, "李秀兰"),
        (D(2025, 6, 10), "安全生产月咨询日", "宣传", "鼓楼广场", 12, 2.5, "李秀兰"),
        (D(2025, 7, 15), "暑期儿童防溺水安全教育", "培训", "社区四点半课堂", 42, 1, "王婷"),
        (D(2025, 8, 26), "志愿者例会", "会议", "社区党群服务中心", 31, 1, "黄桂芳"),
        (D(2025, 9, 19), "电动自行车安全充电知识培训", "培训", "社区党群服务中心", 52, 1.25, "刘建军"),
        (D(2025, 9, 24), "电动车飞线充电夜查", "巡查", "钟楼巷、文庙街", 6, 2, "何志强"),
        (D(2025, 10, 16), "老旧小区消防安全培训", "培训", "社区党群服务中心", 71, 1.5, "孙浩"),
        (D(2025, 10, 29), "重阳节高龄老人走访", "走访", "各院落", 9, 3, "黄桂芳"),
        (D(2025, 11, 6), "演练前应急队员培训", "培训", "鼓楼大戏院", 30, 2, "孙浩"),
        (D(2025, 11, 9), "大戏院消防疏散演练", "演练", "鼓楼大戏院", 12, 2, "张磊"),
        (D(2025, 12, 4), "冬季防火入户宣传", "宣传", "城隍庙巷平房区", 6, 2.5, "林芳"),
        (D(2026, 1, 21), "年度优秀志愿者表彰", "会议", "社区党群服务中心", 60, 1, "周明华"),
        (D(2026, 3, 10), "“学雷锋”志愿服务", "服务", "社区党群服务中心门前", 24, 2, "黄桂芳"),
        (D(2026, 3, 18), "居民安全骨干培训", "培训", "社区党群服务中心", 45, 2, "孟凡"),
        (D(2026, 4, 21), "菜市场摊户用电用气培训", "培训", "鼓楼菜市场", 38, 1.5, "钱志刚"),
        (D(2026, 5, 12), "防灾减灾日宣传", "宣传", "鼓楼广场", 16, 3, "李秀兰"),
    ]
    rng = random.Random(2605)
    for (y, m) in months((2024, 7), (2026, 5)):
        # routine: 银发守护结对探访 and 平安巡逻
        ev.append((rand_day(rng, y, m, hi=12), "“银发守护”结对探访", "走访", "高龄独居老人家中", rng.randint(8, 14), 2, "黄桂芳"))
        ev.append((rand_day(rng, y, m, lo=14), "平安巡逻（夜间）", "巡查", "各院落", rng.randint(6, 10), 2, "张磊"))
        if m in (9, 10, 11, 12, 3, 4, 5) and (y, m) >= (2024, 10):
            ev.append((rand_day(rng, y, m, lo=20), "护学岗（本月汇总）", "护学", "鼓楼小学南门", rng.randint(18, 26), 20, "郑雪梅"))
    ev.sort(key=lambda e: (e[0], e[1]))
    rows, n = [], 0
    for year in (2024, 2025, 2026):
        rows.append(("__band__", f"{year}年"))
        for e in ev:
            if e[0].year != year:
                continue
            n += 1
            d = e[0]
            if year == 2024:
                dv = md(d)
            elif year == 2025:
                dv = d if d.month < 9 else (dot(d) if n % 2 else d)
            else:
                dv = zh(d)
            rows.append([n, dv, e[1], e[2], e[3], e[4], e[5], e[6], "补登" if d < D(2025, 7, 1) else ""])
    return rows


def m2026_05():
    save_xlsx("2026.05/安全志愿服务活动登记表.xlsx", [
        dict(name="活动登记", title="鼓楼社区安全志愿服务活动登记表",
             subtitle="2025年7月建表，2024年7月—2025年6月活动据月度台账补登　登记：王婷、陈晓雨",
             header=["序号", "日期", "活动名称", "类型", "地点", "参加人数", "人均时长（小时）", "带队人", "备注"],
             rows=volunteer_rows(), widths=[6, 14, 30, 8, 20, 10, 12, 10, 8]),
    ], D(2025, 7, 10), modified=D(2026, 5, 29), author="陈晓雨", title="安全志愿服务活动登记表",
        owner="鼓楼社区安全社区创建促进委员会办公室", kind="登记表")

    save_html("2026.05/5·12防灾减灾日 鼓楼社区在行动.html", "5·12防灾减灾日 鼓楼社区在行动", "2026-05-12 21:16", "陈晓雨", [
        "5月12日是第18个全国防灾减灾日。当天上午，鼓楼社区联合鼓楼消防救援站、社区卫生服务中心在鼓楼广场开展主题宣传活动。",
        "IMG:消防员向居民展示防烟面罩",
        "活动现场设置了消防器材展示、心肺复苏体验、燃气安全咨询和防汛知识展板，吸引了大批居民驻足。"
        "卫生服务中心医生手把手教居民在模拟人上练习胸外按压，不少老人和孩子都上前体验。",
        "IMG:居民体验心肺复苏",
        "本次活动共发放宣传资料900余份，接受咨询350余人次。社区提醒：汛期将至，居住在低洼院落和老旧平房的居民要关注天气预警，"
        "发现房屋漏雨、墙体开裂及时联系网格员。",
    ], reads=976, event_date=D(2026, 5, 12))

    ledger(2026, 5, [
        dict(t="“5·12”防灾减灾日宣传", time="2026年5月12日 8:30—11:30", place="鼓楼广场",
             people="社区工作人员5人、消防站3人、卫生服务中心2人、志愿者16人", host="李秀兰",
             body=["开展消防器材展示、心肺复苏体验、燃气咨询和防汛宣传，发放资料900余份，咨询350余人次。公众号当日发布。"]),
        dict(t="自查整档工作部署会", time="2026年5月19日 9:00—10:00", place="社区办公室",
             people="李秀兰、陈晓雨、张磊及各项目组联络人", host="李秀兰",
             body=["对照《安全社区建设基本要求》12个要素分工自查，陈晓雨负责整理档案目录，6月中旬形成自查报告。"]),
        dict(t="防汛应急演练（推迟）", time="原定2026年5月27日", place="南门里小区",
             people="—",
             body=["原定5月27日在南门里小区组织防汛应急演练，因5月下旬连续降雨、南门里小区地下室入口施工，经请示街道同意推迟至6月中旬。"
                   "第二创建年度下半年度（2025年12月—2026年5月）内未组织演练。"]),
        dict(t="汛前隐患排查", time="2026年5月20日—5月22日", place="低洼院落、危旧平房",
             people="何志强、林芳、房管所1人",
             body=["排查危旧平房7间、下水不畅3处，落实2户汛期转移去向。"]),
    ], clerk="陈晓雨", style="table", inj="卫生服务中心新系统5月中旬上线，1月以来伤害数据尚未补报。")

    # a stray copy made while sorting files for the self-check
    shutil.copyfile(outpath("2026.04/老旧小区消防安全提升项目效果评估.docx"),
                    outpath("2026.05/新建文件夹/老旧小区消防安全提升项目效果评估.docx"))


# ============================================================================= root
def root_files():
    meetings = 7
    save_docx("鼓楼社区安全社区创建工作自查报告（定稿）.docx", [
        ("title", "鼓楼社区安全社区创建工作自查报告"),
        ("sub", "鼓楼社区安全社区创建促进委员会　2026年6月"),
        ("h", "一、基本情况"),
        ("p", "鼓楼社区位于宁川市老城区中心，面积0.86平方公里，常住人口9126人、3418户，60岁以上老年人占24.5%，是典型的老城区社区。"
              "按照《鼓楼社区安全社区创建工作实施方案》（鼓社〔2024〕9号），本次创建周期为2024年6月1日至2026年5月31日，"
              "分两个创建年度。2026年4—5月，促进委员会对照《安全社区建设基本要求》（AQ/T 9001-2006）12个要素开展了自查，"
              "2026年6月12日召开全体会议，对第二创建年度进行评审，并审议本报告。"),
        ("h", "二、各要素自查情况"),
        ("h2", "（一）安全社区创建机构与职责"),
        ("p", "2024年6月成立由17名委员组成的促进委员会（鼓社〔2024〕8号），成员涵盖派出所、社区卫生服务中心、消防救援站、物业、学校、"
              "菜市场、大戏院、交警、燃气公司、志愿者和居民代表；设安全促进项目组6个和数据统计组。促进委员会坚持季度例会制度，"
              f"两个创建年度共召开会议{meetings}次。两年投入安全社区专项经费26.9万元（第一创建年度18.6万元，充电棚8.3万元）。"),
        ("h2", "（二）信息交流和全员参与"),
        ("p", "建立意见箱、服务热线、公众号、居民议事会、网格员走访五条渠道，受理居民安全意见建议并及时反馈；召开居民议事会2次；"
              "赴河西区东关街道学习交流1次，参加全市安全社区建设推进会1次；“银发守护”志愿服务队、平安巡逻队持续开展活动，"
              "志愿服务登记表登记活动百余次。"),
        ("h2", "（三）事故与伤害风险辨识及其评价"),
        ("p", "2024年7—9月开展问卷调查（有效571份）、LEC危险源辨识评价（32项）、伤害数据分析和座谈，形成《鼓楼社区安全诊断报告》，"
              "确定了重点人群、重点场所和重点问题。"),
        ("h2", "（四）事故与伤害预防目标及计划"),
        ("p", "实施方案确定了两年总体目标和6项具体目标；第一创建年度印发年度工作计划（鼓社〔2024〕15号）。"
              "第二创建年度未单独印发年度工作计划，工作按实施方案确定的目标和第一年度评审提出的改进措施推进，"
              "另制定了2025—2026年度宣传教育培训安排。"),
        ("h2", "（五）安全促进项目"),
        ("p", "实施老年人防跌倒、燃气安全进万家、老旧小区消防安全提升、鼓楼菜市场安全、学生上下学交通安全、电动自行车安全充电6个项目。"
              "前5个项目均完成效果评估：老年人跌倒就诊下降、燃气C类隐患大幅减少、菜市场私拉乱接清零、校门口秩序改善、楼道堆物明显减少。"
              "电动自行车安全充电项目充电棚2025年7月投用，飞线充电明显减少，因充电棚运行数据尚不完整，效果评估尚未开展，拟于2026年9月进行。"),
        ("h2", "（六）宣传教育与培训"),
        ("p", "第一创建年度开展培训6场230人次，第二创建年度开展培训6场278人次（防溺水、电动车充电、消防、演练前培训、居民骨干、菜市场摊户），"
              "结合防灾减灾日、安全生产月、消防宣传月开展宣传活动，公众号发布活动信息。2026年5月抽样调查300人，居民安全知识平均知晓率81.6%。"),
        ("h2", "（七）应急预案和响应"),
        ("p", "2024年12月修订社区突发事件综合应急预案，组建36人应急救援队，储备应急物资21类。两个创建年度共组织应急演练3次"
              "（2024年11月8日消防疏散、2025年3月12日燃气泄漏、2025年11月9日人员密集场所疏散）。"
              "原定2026年5月下旬的防汛应急演练因连续降雨推迟至6月。"),
        ("h2", "（八）监测与监督"),
        ("p", f"网格员每周巡查、节前专项检查和燃气重点户入户检查常态开展。隐患排查整改台账共登记隐患{HZ_TOTAL}处，已整改{HZ_DONE}处，"
              f"其余{HZ_OPEN}处正在督促责任单位整改。"),
        ("h2", "（九）事故与伤害记录"),
        ("p", f"依托卫生服务中心首诊伤害监测建立伤害登记台账，2024年6月至2025年12月登记伤害{len(INJ)}例，完成半年分析3次。"
              "2026年1月以来因卫生服务中心信息系统切换，伤害数据暂缺，待补报后录入。"),
        ("h2", "（十）安全社区创建档案"),
        ("p", "创建资料按月份整理归档，编制了档案目录，登记每份文件的日期和责任者，纸质档案与电子档案同步保存。"),
        ("h2", "（十一）预防与纠正措施"),
        ("p", "针对演练评估、中期督导（鼓街安办〔2025〕6号）和年度评审发现的问题制定整改措施，向街道报送了整改落实情况（鼓社〔2025〕19号）。"),
        ("h2", "（十二）评审与持续改进"),
        ("p", "2025年6月20日对第一创建年度进行评审，形成年度评审报告；2025年5月接受街道中期督导；2026年6月12日对第二创建年度进行评审。"
              "第二创建年度评审认为：组织机构运行正常，6个项目持续实施，宣传培训和应急工作有效开展；存在的不足是伤害数据中断、"
              "部分隐患超期、电动车项目评估滞后、下半年度演练未按期开展。"),
        ("h", "三、自评结论"),
        ("p", "对照《全国安全社区现场评定表（暂行）》自评得分112分。社区基本达到安全社区建设要求，拟申请评定。"),
        ("h", "四、下一步工作"),
        ("p", "1.6月中旬完成防汛应急演练；2.督促卫生服务中心补报伤害数据；3.9月完成电动车项目效果评估；"
              "4.督促超期隐患整改并复查；5.制定下一阶段工作计划。"),
        ("right", "鼓楼社区安全社区创建促进委员会"),
        ("right", cn_date(D(2026, 6, 15))),
    ], D(2026, 6, 15), author="李秀兰", title="鼓楼社区安全社区创建工作自查报告", owner="鼓楼社区安全社区创建促进委员会",
        kind="自查报告")

    kinds = {".docx": "电子文档", ".pdf": "PDF（盖章扫描）", ".xlsx": "电子表格", ".pptx": "演示文稿", ".html": "网页（公众号文章）",
             ".jpg": "照片", ".txt": "文本"}
    rows = []
    for i, (rel, title, docno, owner, date, kind) in enumerate(CATALOGUE, 1):
        folder = os.path.dirname(rel) or "（根目录）"
        rows.append([i, folder, os.path.basename(rel), title, docno, owner, date.strftime("%Y%m%d"),
                     kinds[os.path.splitext(rel)[1]], ""])
    save_xlsx("档案目录.xlsx", [
        dict(name="档案目录", title="鼓楼社区安全社区创建档案目录",
             subtitle="整理：陈晓雨　审核：李秀兰　编制日期：2026年6月12日　（按归档月份排列）",
             header=["序号", "归档月份", "文件名", "题名", "文号", "责任者", "日期", "载体", "备注"],
             rows=rows, widths=[6, 10, 46, 40, 16, 28, 10, 14, 8]),
    ], D(2026, 6, 12), author="陈晓雨", title="鼓楼社区安全社区创建档案目录", reg_it=False)


# ============================================================================= main
def set_mtimes(root):
    for dp, dns, fns in os.walk(root, topdown=False):
        for fn in fns:
            os.utime(os.path.join(dp, fn), (MTIME, MTIME))
        os.utime(dp, (MTIME, MTIME))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for fn in (m2024_06, m2024_07, m2024_08, m2024_09, m2024_10, m2024_11, m2024_12, m2025_01, m2025_03, m2025_04,
               m2025_05, m2025_06, m2025_07, m2025_08, m2025_09, m2025_10, m2025_11, m2025_12, m2026_01, m2026_03,
               m2026_04, m2026_05, root_files):
        fn()
    set_mtimes(OUT)
    n = sum(len(f) for _, _, f in os.walk(OUT))
    print(f"wrote {n} files under {OUT}")


if __name__ == "__main__":
    main()
