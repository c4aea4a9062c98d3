#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the 三里社区 安全社区 creation archive (holdout19/sanli).

Style: a city community office that keeps its evidence in multi-sheet Excel 台账 workbooks
(台账/), with the separate documents exported from the government OA system into one flat folder
under opaque names (OA导出/FW2024-0402-001.docx, SW20240520003.pdf, 附件1(1).docx …; the titles are
only inside the documents and in OA导出/导出清单.xlsx), photos in 照片/<event>/IMG_*.jpg, and three
loose files at the root (档案目录.xlsx, 自查报告, 申请书).

Deterministic: fixed random seeds, fixed OOXML core properties and zip member times, reportlab
invariant PDFs, fixed JPEG content/EXIF, fixed file and folder mtimes (2026-10-15 10:00 +08:00).

usage: python3 make_sanli.py                 (re)writes ./sanli next to this script
       python3 make_sanli.py --registry      also prints the file registry (path, kind, elements, date)
       python3 make_sanli.py --sha           prints a sha256 over every generated file
"""
import calendar
import datetime as dt
import hashlib
import io
import math
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sanli")
TZ8 = dt.timezone(dt.timedelta(hours=8))
MTIME = dt.datetime(2026, 10, 15, 10, 0, 0, tzinfo=TZ8).timestamp()
ZIP_DT = (2026, 10, 15, 10, 0, 0)
D = dt.date

CJK_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
if not os.path.exists(CJK_PATH):
    sys.exit("CJK font missing: " + CJK_PATH + " (apt-get install fonts-wqy-microhei)")
PDF_FONT = "WQY"
pdfmetrics.registerFont(TTFont(PDF_FONT, CJK_PATH, subfontIndex=0))


def pil_font(size):
    return ImageFont.truetype(CJK_PATH, size, index=0)


# ============================================================================= small helpers
CN_DIGIT = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIGIT[n]
    if n < 20:
        return "十" + (CN_DIGIT[n - 10] if n > 10 else "")
    return CN_DIGIT[n // 10] + "十" + (CN_DIGIT[n % 10] if n % 10 else "")


def cn_date(d):
    return "".join(CN_DIGIT[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def zh(d):
    return f"{d.year}年{d.month}月{d.day}日"


def md(d):
    return f"{d.month}月{d.day}日"


def dot(d):
    return f"{d.year}.{d.month}.{d.day}"


def pct(a, b, nd=1):
    return f"{(100.0 * a / b):.{nd}f}%" if b else "0%"


def months(a, b):
    y, m = a
    out = []
    while (y, m) <= b:
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def quarter(d):
    return (d.year, (d.month - 1) // 3 + 1)


# ============================================================================= registry
# FILES: rel -> dict(kind, el, also, date, flags, title)   (the judgement's `files` come from here)
FILES = {}
# OA export list: dicts (fid, fname, typ, docno, title, unit, date, regtime, parent)
OA = []


def register(rel, kind, el, also, date, title="", flags=None):
    assert rel not in FILES, rel
    FILES[rel] = dict(kind=kind, el=list(el), also=list(also), date=date, flags=flags or {}, title=title)


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


# ============================================================================= docx
def _font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def write_docx(rel, blocks, date, author="OA", core_title="", modified=None, size=12, body="仿宋"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = body
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), body)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    for b in blocks:
        k = b[0]
        if k == "redhead":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(b[1]), "方正小标宋简体", 26, True, (210, 20, 20))
        elif k == "docno":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(b[1]), body, size)
            p2 = doc.add_paragraph()
            _font(p2.add_run("—" * 26), body, size, None, (210, 20, 20))
        elif k == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(b[1]), "方正小标宋简体", 20, True)
        elif k == "sub":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(b[1]), "楷体", size)
        elif k == "to":
            p = doc.add_paragraph()
            _font(p.add_run(b[1]), body, size)
        elif k == "h":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(size * 2)
            _font(p.add_run(b[1]), "黑体", size, False)
        elif k == "h2":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(size * 2)
            _font(p.add_run(b[1]), "楷体", size, True)
        elif k == "p":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(size * 2)
            p.paragraph_format.line_spacing = 1.3
            _font(p.add_run(b[1]), body, size)
        elif k == "pl":
            p = doc.add_paragraph()
            _font(p.add_run(b[1]), body, size)
        elif k == "kv":
            p = doc.add_paragraph()
            _font(p.add_run(b[1] + "："), "黑体", size)
            _font(p.add_run(b[2]), body, size)
        elif k == "right":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(b[1]), body, size)
        elif k == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(header):
                c = t.cell(0, j)
                c.text = ""
                _font(c.paragraphs[0].add_run(str(h)), "黑体", size - 1.5)
            for i, r in enumerate(rows, 1):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    c.text = ""
                    _font(c.paragraphs[0].add_run("" if v is None else str(v)), body, size - 1.5)
        elif k == "footer":  # OA 版记
            doc.add_paragraph()
            p = doc.add_paragraph()
            _font(p.add_run("—" * 26), body, size - 2)
            for line in b[1]:
                p = doc.add_paragraph()
                _font(p.add_run(line), body, size - 2)
        elif k == "br":
            doc.add_paragraph()
        elif k == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(k)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = core_title
    cp.revision = 1
    cp.comments = cp.keywords = cp.subject = cp.category = ""
    mod = modified or date
    cp.created = dt.datetime(date.year, date.month, date.day, 9, 0, 0)
    cp.modified = dt.datetime(mod.year, mod.month, mod.day, 16, 40, 0)
    p = outpath(rel)
    doc.save(p)
    normalize_ooxml(p, iso_utc(date, 9, 0), iso_utc(mod, 16, 40))


# ============================================================================= xlsx
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_xlsx(rel, sheets, date, author="刘晓东", core_title="", modified=None):
    """sheets: list of dicts {name, title, subtitle?, header, rows, widths?, footer?}.
    Row forms: list of cells | ('__blank__',) spacer | ('__band__', text) merged band |
    ('__sum__', cells) a bold 合计/小计 row.  A cell is str/int/float/date or {'v': date, 'fmt': fmt}."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        ncol = len(sh["header"])
        last = get_column_letter(ncol)
        ws.cell(row=1, column=1, value=sh["title"]).font = Font(name="宋体", size=15, bold=True)
        ws.merge_cells(f"A1:{last}1")
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[1].height = 28
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
        hdr = r
        for row in sh["rows"]:
            r += 1
            if isinstance(row, tuple) and row and row[0] == "__blank__":
                continue
            if isinstance(row, tuple) and row and row[0] == "__band__":
                c = ws.cell(row=r, column=1, value=row[1])
                c.font = Font(name="宋体", size=10, bold=True)
                ws.merge_cells(f"A{r}:{last}{r}")
                continue
            bold = False
            if isinstance(row, tuple) and row and row[0] == "__sum__":
                row, bold = row[1], True
            for j, v in enumerate(row, 1):
                fmt = None
                if isinstance(v, dict):
                    fmt, v = v.get("fmt"), v["v"]
                if v is None:
                    continue
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.date):
                    c.number_format = fmt or "yyyy-mm-dd"
                c.font = Font(name="宋体", size=10, bold=bold)
                c.border = BOX
                c.alignment = Alignment(vertical="center", wrap_text=isinstance(v, str) and len(v) > 14)
        for j, w in enumerate(sh.get("widths") or [], 1):
            ws.column_dimensions[get_column_letter(j)].width = w
        ws.freeze_panes = ws.cell(row=hdr + 1, column=1)
        for extra in sh.get("footer", []):
            r += 1
            ws.cell(row=r, column=1, value=extra).font = Font(name="宋体", size=10)
    mod = modified or date
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = core_title
    wb.properties.created = dt.datetime(date.year, date.month, date.day, 1, 0, 0)
    wb.properties.modified = dt.datetime(mod.year, mod.month, mod.day, 9, 0, 0)
    p = outpath(rel)
    wb.save(p)
    normalize_ooxml(p, iso_utc(date, 9, 0), iso_utc(mod, 17, 0))


# ============================================================================= pdf
class Stamp(Flowable):
    def __init__(self, text, r=40):
        super().__init__()
        self.text, self.r = text, r
        self.width, self.height = 2 * r + 10, 2 * r + 6

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        red = Color(0.83, 0.08, 0.08, alpha=0.85)
        c.setStrokeColor(red)
        c.setFillColor(red)
        c.setLineWidth(2.2)
        cx, cy = self.width / 2, self.height / 2
        c.circle(cx, cy, self.r)
        pts = []
        for i in range(10):
            ang = math.pi / 2 + i * math.pi / 5
            rr = 11 if i % 2 == 0 else 4.5
            pts.append((cx + rr * math.cos(ang), cy + 2 + rr * math.sin(ang)))
        pth = c.beginPath()
        pth.moveTo(*pts[0])
        for q in pts[1:]:
            pth.lineTo(*q)
        pth.close()
        c.drawPath(pth, fill=1, stroke=0)
        c.setFont(PDF_FONT, 7)
        c.drawCentredString(cx, cy + self.r - 14, self.text[:10])
        c.drawCentredString(cx, cy + self.r - 23, self.text[10:20])


def write_pdf(rel, blocks, meta_title, author="", producer="OA电子公文系统 版式文件转换"):
    p = outpath(rel)
    base = ParagraphStyle("b", fontName=PDF_FONT, fontSize=12, leading=21, wordWrap="CJK", firstLineIndent=24)
    styles = {
        "redhead": ParagraphStyle("rh", parent=base, fontSize=20, leading=30, alignment=1,
                                  textColor=Color(0.82, 0.05, 0.05), firstLineIndent=0),
        "docno": ParagraphStyle("dn", parent=base, alignment=1, firstLineIndent=0),
        "title": ParagraphStyle("t", parent=base, fontSize=17, leading=27, alignment=1, firstLineIndent=0),
        "sub": ParagraphStyle("s", parent=base, alignment=1, firstLineIndent=0),
        "to": ParagraphStyle("to", parent=base, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, fontSize=12.5),
        "h2": ParagraphStyle("h2", parent=base),
        "p": base,
        "pl": ParagraphStyle("pl", parent=base, firstLineIndent=0),
        "right": ParagraphStyle("r", parent=base, alignment=2, firstLineIndent=0),
        "small": ParagraphStyle("sm", parent=base, fontSize=10, leading=16, firstLineIndent=0),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k == "line":
            t = Table([[""]], colWidths=[158 * mm], rowHeights=[3])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.6, Color(0.82, 0.05, 0.05))]))
            story += [t, Spacer(1, 8)]
        elif k == "stamp":
            st = Stamp(b[1])
            st.hAlign = "RIGHT"
            story.append(st)
        elif k == "space":
            story.append(Spacer(1, b[1]))
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            cs = ParagraphStyle("c", parent=base, fontSize=9.5, leading=13.5, firstLineIndent=0)
            data = [[Paragraph(str(x), cs) for x in header]] + [[Paragraph(str(x), cs) for x in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, Color(0, 0, 0)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [t, Spacer(1, 6)]
        elif k == "footer":
            story.append(Spacer(1, 14))
            for line in b[1]:
                story.append(Paragraph(line, styles["small"]))
        else:
            story.append(Paragraph(b[1], styles[k]))
    doc = SimpleDocTemplate(p, pagesize=A4, leftMargin=27 * mm, rightMargin=27 * mm, topMargin=32 * mm,
                            bottomMargin=28 * mm, title=meta_title, author=author, subject="",
                            creator="OA", producer=producer)
    doc.build(story)


# ============================================================================= jpg
def write_jpg(rel, caption, when, seed, scene="meeting", exif=True, camera=("HUAWEI", "NOH-AN00")):
    rng = random.Random(seed)
    W, H = 1024, 768
    im = Image.new("RGB", (W, H), (200, 200, 200))
    dr = ImageDraw.Draw(im)
    top = (rng.randint(150, 215), rng.randint(170, 220), rng.randint(190, 240))
    bot = (rng.randint(80, 140), rng.randint(85, 130), rng.randint(80, 125))
    for y in range(H):
        t = y / H
        dr.line([(0, y), (W, y)], fill=tuple(int(top[i] * (1 - t) + bot[i] * t) for i in range(3)))
    if scene == "meeting":
        dr.rectangle([90, 80, 930, 230], fill=(175, 28, 28))
        dr.text((120, 125), caption[:20], font=pil_font(40), fill=(255, 232, 120))
        dr.rectangle([140, 420, 880, 470], fill=(120, 80, 50))
        for row in range(2):
            for i in range(9):
                x = 110 + i * 90 + rng.randint(-6, 6)
                y = 300 + row * 230
                dr.ellipse([x, y, x + 46, y + 46], fill=(55 + rng.randint(0, 40), 42, 34))
                dr.rectangle([x - 8, y + 46, x + 54, y + 120],
                             fill=(rng.randint(20, 90), rng.randint(20, 90), rng.randint(40, 130)))
    elif scene == "outdoor":
        for i in range(6):
            x = i * 170 + rng.randint(0, 30)
            h = rng.randint(200, 360)
            dr.rectangle([x, H - 210 - h, x + 150, H - 210],
                         fill=(rng.randint(130, 180), rng.randint(110, 150), rng.randint(95, 125)))
            for wy in range(H - 200 - h, H - 220, 42):
                for wx in (x + 15, x + 62, x + 110):
                    dr.rectangle([wx, wy, wx + 24, wy + 24], fill=(90, 110, 135))
        dr.rectangle([0, H - 210, W, H], fill=(112, 110, 104))
        for i in range(7):
            x = 70 + i * 130 + rng.randint(-10, 10)
            dr.ellipse([x, H - 310, x + 40, H - 270], fill=(70, 50, 40))
            dr.rectangle([x - 6, H - 270, x + 46, H - 190], fill=(220, 60, 30) if i % 2 else (30, 90, 160))
    elif scene == "river":
        dr.rectangle([0, H - 330, W, H - 200], fill=(70, 120, 150))
        dr.rectangle([0, H - 200, W, H], fill=(120, 130, 90))
        dr.rectangle([720, H - 420, 760, H - 200], fill=(90, 90, 90))
        dr.rectangle([660, H - 480, 820, H - 400], fill=(230, 200, 30))
        dr.text((672, H - 468), "禁止游泳", font=pil_font(32), fill=(200, 20, 20))
        for i in range(5):
            x = 80 + i * 120
            dr.ellipse([x, H - 290, x + 36, H - 254], fill=(70, 50, 40))
            dr.rectangle([x - 6, H - 254, x + 42, H - 180], fill=(220, 60, 30))
    else:  # drill
        dr.rectangle([0, H - 240, W, H], fill=(120, 118, 110))
        dr.rectangle([620, 120, 960, H - 240], fill=(160, 150, 140))
        for wy in range(140, H - 260, 50):
            for wx in (650, 730, 810, 890):
                dr.rectangle([wx, wy, wx + 34, wy + 30], fill=(80, 100, 120))
        for i in range(13):
            x = 40 + i * 66 + rng.randint(-8, 8)
            y = H - 340 + rng.randint(-20, 20)
            dr.ellipse([x, y, x + 32, y + 32], fill=(60, 45, 35))
            dr.rectangle([x - 5, y + 32, x + 37, y + 100], fill=(205, 40, 30) if i < 4 else (40, 60, 125))
        dr.ellipse([520, 420, 600, 500], fill=(235, 235, 235))
    dr.rectangle([0, H - 56, W, H], fill=(0, 0, 0))
    dr.text((20, H - 46), caption, font=pil_font(28), fill=(255, 255, 255))
    kw = dict(quality=76)
    if exif:
        ex = Image.Exif()
        ex[0x010F] = camera[0]
        ex[0x0110] = camera[1]
        ex[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
        ex[0x0131] = camera[1] + " 4.2.0"
        ifd = ex.get_ifd(0x8769)
        ifd[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
        ifd[0x9004] = when.strftime("%Y:%m:%d %H:%M:%S")
        ifd[0x9010] = "+08:00"
        kw["exif"] = ex.tobytes()
    im.save(outpath(rel), "JPEG", **kw)


# ============================================================================= community facts
COMM = "三里社区"
JW = "三里社区居民委员会"
CJ = "三里社区安全社区创建促进委员会"
ST = "三里街道"
CITY = "江宁市临川区"
PERIOD = (D(2024, 4, 1), D(2026, 3, 31))
Y1 = (D(2024, 4, 1), D(2025, 3, 31))
Y2 = (D(2025, 4, 1), D(2026, 3, 31))
LEAVE_LIU = D(2025, 7, 25)      # 安全专干刘晓东调往街道应急办
ARRIVE_CHEN = D(2025, 10, 8)    # 新任安全专干陈思到岗
INJ_STOP = D(2025, 10, 31)      # 卫生服务站伤害监测员孙静调离，此后未再报送

YARDS = ["三里花园", "滨河雅居", "锦绣苑", "河畔人家", "三里新村", "纺机宿舍", "粮食局宿舍", "建工家属院"]
YARD_W = [22, 15, 12, 11, 16, 9, 7, 8]
OLD_YARDS = ["三里新村", "纺机宿舍", "粮食局宿舍", "建工家属院"]
GRIDS = {"第一网格": ["三里花园"], "第二网格": ["滨河雅居", "河畔人家"], "第三网格": ["锦绣苑", "三里新村"],
         "第四网格": ["纺机宿舍", "粮食局宿舍"], "第五网格": ["建工家属院", "三里农贸市场"], "第六网格": ["三里路沿街商铺", "三里河沿岸"]}
GRID_MEN = {"第一网格": "罗军", "第二网格": "周晓燕", "第三网格": "钱伟", "第四网格": "孔丽", "第五网格": "魏强", "第六网格": "蒋敏"}

MEMBERS = [
    ("周建国", "三里社区党委书记、居委会主任", "主任"),
    ("马超", "临川区公安分局三里派出所副所长", "副主任"),
    ("黄敏", "三里街道社区卫生服务中心三里服务站站长", "副主任"),
    ("王丽华", "三里社区居委会副主任", "委员兼办公室主任"),
    ("郭峰", "临川区消防救援大队三里消防救援站站长", "委员"),
    ("杨帆", "宏达物业服务有限公司三里花园项目经理", "委员"),
    ("何婉清", "三里小学副校长", "委员"),
    ("曹勇", "三里农贸市场管理办公室主任", "委员"),
    ("邓磊", "临川交警大队三里中队中队长", "委员"),
    ("唐文", "江宁港华燃气有限公司临川营业所安检主管", "委员"),
    ("范立新", "三里街道城市管理办公室（河长办）副主任", "委员"),
    ("梅秀英", "“三里红马甲”志愿服务队队长", "委员"),
    ("许振华", "三里幼儿园园长", "委员"),
    ("沈国平", "沿街商户代表（沈记五金店业主）", "委员"),
    ("罗军", "三里社区网格长", "委员"),
    ("陆建英", "居民代表（三里新村楼栋长）", "委员"),
    ("刘晓东", "三里社区安全专干", "委员兼办公室干事"),
]
NAMES = [m[0] for m in MEMBERS]

PROJECTS = [  # key, name, group leader, deputy, start, 方案 fid, eval fid or None
    ("fall", "老年人防跌倒安全促进项目", "黄敏", "梅秀英"),
    ("gas", "燃气安全入户检查（ABC分类管理）项目", "唐文", "罗军"),
    ("water", "三里河防溺水安全促进项目", "范立新", "刘晓东"),
    ("market", "三里农贸市场消防安全促进项目", "郭峰", "曹勇"),
    ("traffic", "学生上下学交通安全促进项目", "邓磊", "何婉清"),
    ("ebike", "电动自行车充电安全促进项目", "杨帆", "马超"),
]
PNAME = {p[0]: p[1] for p in PROJECTS}
SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
GIVEN = "秀英桂兰建华国强志刚丽娟明亮晓燕海燕玉兰文华红梅德明淑珍永康春生美玲"


def masked(rng):
    return SURN[rng.randrange(len(SURN))] + ("**" if rng.random() < .7 else "*")


def person(rng):
    g = GIVEN[2 * rng.randrange(len(GIVEN) // 2):][:2]
    return SURN[rng.randrange(len(SURN))] + (g if rng.random() < .6 else g[0])


# ============================================================================= injury register
INJ_N = {(2024, 4): 8, (2024, 5): 10, (2024, 6): 9, (2024, 7): 11, (2024, 8): 12, (2024, 9): 10,
         (2024, 10): 9, (2024, 11): 10, (2024, 12): 12, (2025, 1): 13, (2025, 2): 9, (2025, 3): 10,
         (2025, 4): 9, (2025, 5): 8, (2025, 6): 10, (2025, 7): 11, (2025, 8): 9, (2025, 9): 8, (2025, 10): 9}
CAUSES = [("跌倒/坠落", 38), ("道路交通伤害", 14), ("钝器伤", 10), ("刀/锐器伤", 10), ("烧烫伤", 9),
          ("动物咬伤", 9), ("中毒", 2), ("其他", 8)]
CAUSE_NAMES = [c for c, _ in CAUSES] + ["溺水"]


def gen_injuries():
    rng = random.Random(19040101)
    rows = []
    for (y, m), n in INJ_N.items():
        hi = calendar.monthrange(y, m)[1]
        if (y, m) == (2025, 10):
            hi = 28
        days = sorted(D(y, m, rng.randint(1, hi)) for _ in range(n))
        for d in days:
            cause = wchoice(rng, CAUSES)
            if cause == "中毒" and m not in (11, 12, 1, 2):
                cause = "其他"
            if cause == "跌倒/坠落":
                age = rng.randint(60, 94) if rng.random() < .7 else rng.randint(3, 59)
                place = wchoice(rng, [("家中", 55), ("楼道/楼梯", 16), ("道路", 12), ("农贸市场", 7), ("小区公共区域", 10)])
                nat = wchoice(rng, [("骨折", 26), ("挫伤/擦伤", 48), ("扭伤", 16), ("颅脑损伤", 10)])
                act = "日常生活" if place != "道路" else "行走"
            elif cause == "道路交通伤害":
                age = rng.randint(6, 78)
                place = "道路"
                nat = wchoice(rng, [("挫伤/擦伤", 55), ("骨折", 25), ("扭伤", 20)])
                act = wchoice(rng, [("骑电动自行车", 50), ("步行", 30), ("乘车", 20)])
                if age < 16 and act == "骑电动自行车":
                    act = "乘电动自行车（后座）"
            elif cause == "刀/锐器伤":
                age = rng.randint(16, 72)
                place = wchoice(rng, [("家中", 55), ("农贸市场", 30), ("商铺", 15)])
                nat = "切割伤"
                act = wchoice(rng, [("家务", 60), ("工作", 40)])
            elif cause == "烧烫伤":
                age = rng.randint(1, 84)
                place = wchoice(rng, [("家中", 78), ("商铺", 22)])
                nat = "烧烫伤"
                act = wchoice(rng, [("家务", 70), ("工作", 30)])
            elif cause == "动物咬伤":
                age = rng.randint(4, 76)
                place = wchoice(rng, [("小区公共区域", 60), ("道路", 25), ("家中", 15)])
                nat = "咬伤"
                act = "休闲"
            elif cause == "中毒":
                age = rng.randint(52, 88)
                place = "家中"
                nat = "一氧化碳中毒"
                act = "日常生活"
            elif cause == "钝器伤":
                age = rng.randint(3, 80)
                place = wchoice(rng, [("家中", 40), ("学校", 18), ("小区公共区域", 22), ("商铺", 20)])
                nat = "挫伤/擦伤"
                act = wchoice(rng, [("日常生活", 50), ("体育活动", 25), ("工作", 25)])
            else:
                age = rng.randint(2, 85)
                place = wchoice(rng, [("家中", 50), ("小区公共区域", 30), ("道路", 20)])
                nat = wchoice(rng, [("挫伤/擦伤", 60), ("扭伤", 40)])
                act = "日常生活"
            sev = wchoice(rng, [("轻度", 73), ("中度", 22), ("重度", 5)])
            if nat in ("骨折", "颅脑损伤") and sev == "轻度":
                sev = "中度"
            out = {"轻度": wchoice(rng, [("门诊处理后离院", 88), ("留观", 12)]),
                   "中度": wchoice(rng, [("门诊处理后离院", 40), ("住院", 45), ("转诊", 15)]),
                   "重度": "住院"}[sev]
            org = "三里服务站" if sev == "轻度" and rng.random() < .75 else wchoice(
                rng, [("临川区人民医院", 70), ("江宁市第三人民医院", 30)])
            rows.append(dict(date=d, name=masked(rng), sex=rng.choice("男女"), age=age,
                             yard=wchoice(rng, list(zip(YARDS, YARD_W))), place=place, cause=cause,
                             nat=nat, act=act, sev=sev, out=out, org=org))
    # one near-drowning case in 三里河 (the case that the 防溺水 project cites)
    rows.append(dict(date=D(2024, 8, 3), name="童*", sex="男", age=11, yard="河畔人家", place="三里河",
                     cause="溺水", nat="溺水（获救）", act="游泳", sev="中度", out="住院", org="临川区人民医院"))
    rows.sort(key=lambda r: r["date"])
    return rows


INJ = gen_injuries()
assert max(r["date"] for r in INJ) <= INJ_STOP


def inj_in(a, b):
    return [r for r in INJ if a <= r["date"] <= b]


def cause_count(rows):
    out = {}
    for r in rows:
        out[r["cause"]] = out.get(r["cause"], 0) + 1
    return sorted(out.items(), key=lambda kv: (-kv[1], CAUSE_NAMES.index(kv[0])))


# ============================================================================= hazard register
HZ_POOL = {
    "三里花园": ["7号楼2单元常闭式防火门处于常开状态", "地下车库2处疏散指示灯不亮", "12号楼楼道电动自行车停放充电",
               "5号楼消火栓箱内水带缺失", "地下车库排水泵故障"],
    "滨河雅居": ["3号楼楼道堆放纸箱杂物", "小区东门道闸处无减速带", "6号楼楼道飞线充电", "儿童游乐设施螺栓松动"],
    "锦绣苑": ["2栋单元门闭门器损坏", "小区道路井盖破损", "楼道灭火器压力不足", "围墙局部开裂"],
    "河畔人家": ["临河围栏松动2处", "9栋外墙瓷砖空鼓", "楼道感应灯损坏", "单元门前台阶破损"],
    "三里新村": ["5栋2单元楼梯扶手松动", "楼道堆放杂物占用通道", "17栋架空电线老化", "4栋楼道私拉电线给电动车充电",
               "8栋外墙皮脱落", "小区路灯3盏不亮"],
    "纺机宿舍": ["2号楼燃气立管锈蚀", "楼道堆放旧家具", "院内化粪池盖板破损", "3号楼屋面排水不畅"],
    "粮食局宿舍": ["1号楼楼梯间照明缺失", "院内私搭雨棚", "楼道电表箱门缺失", "院内路面坑洼"],
    "建工家属院": ["4号楼阳台护栏锈蚀", "院内电动车飞线充电", "楼道灭火器过期", "自行车棚电线老化"],
    "三里农贸市场": ["东区摊位私拉电源线", "熟食区液化气瓶与灶具间距不足", "消防通道被三轮车占用", "配电箱未上锁",
                 "冷库区疏散指示标志缺失"],
    "三里路沿街商铺": ["餐饮店油烟管道油污较多", "五金店门前堆物占道", "小吃店液化气瓶未用减压阀", "商铺卷帘门下堆放易燃物"],
    "三里河沿岸": ["步道护栏缺失一段（约6米）", "救生圈缺失1个", "警示牌被遮挡", "下河台阶湿滑无防滑条"],
}
HZ_MAJOR = {"临河围栏松动2处", "步道护栏缺失一段（约6米）", "东区摊位私拉电源线", "熟食区液化气瓶与灶具间距不足",
            "2号楼燃气立管锈蚀", "17栋架空电线老化", "地下车库排水泵故障", "8栋外墙皮脱落", "4号楼阳台护栏锈蚀"}
HZ_OWNER = {"三里花园": "宏达物业", "滨河雅居": "滨河物业", "锦绣苑": "锦绣苑业委会", "河畔人家": "河畔物业",
            "三里新村": "三里新村自管会", "纺机宿舍": "纺机厂后勤科", "粮食局宿舍": "粮食局房管科",
            "建工家属院": "建工集团物业科", "三里农贸市场": "市场管理办", "三里路沿街商铺": "商户本人", "三里河沿岸": "街道河长办"}
HZ_FIX = {"常闭式防火门": "恢复常闭并张贴提示", "疏散指示灯": "更换应急照明及指示灯", "充电": "清理并劝导至充电棚充电",
          "水带": "补配水带水枪", "排水泵": "维修排水泵", "杂物": "清理杂物", "旧家具": "清理杂物", "减速带": "加装减速带",
          "螺栓": "紧固并检修", "闭门器": "更换闭门器", "井盖": "更换井盖", "灭火器": "更换灭火器", "围墙": "修补围墙",
          "围栏": "加固围栏", "瓷砖": "铲除空鼓瓷砖", "感应灯": "更换感应灯", "台阶": "修补台阶", "扶手": "加固扶手",
          "架空电线": "更换线路", "私拉": "拆除私拉电线", "外墙皮": "铲除并修补外墙", "路灯": "维修路灯", "燃气立管": "燃气公司更换立管",
          "化粪池": "更换盖板", "排水": "疏通排水", "照明": "加装照明", "雨棚": "拆除违建雨棚", "电表箱": "补装箱门",
          "路面": "修补路面", "阳台护栏": "更换护栏", "车棚电线": "更换线路", "液化气瓶": "规范摆放并加装熄火保护",
          "消防通道": "清理占道车辆", "配电箱": "加锁并张贴警示", "疏散指示标志": "补设疏散指示标志", "油烟管道": "清洗油烟管道",
          "堆物占道": "清理堆物", "未用减压阀": "加装减压阀", "卷帘门": "清理易燃物", "护栏缺失": "增设护栏",
          "救生圈": "补配救生圈", "警示牌": "清理遮挡物", "防滑条": "加装防滑条"}


def hz_fix(desc):
    keys = sorted((k for k in HZ_FIX if k in desc), key=lambda k: -len(k))
    return HZ_FIX[keys[0]] if keys else "督促整改"


SPECIAL = [  # date, type, places
    (D(2024, 5, 22), "汛前专项检查", ["三里河沿岸", "三里花园", "纺机宿舍"]),
    (D(2024, 9, 26), "国庆节前安全检查", ["三里农贸市场", "三里路沿街商铺"]),
    (D(2024, 11, 12), "冬季燃气安全专项检查", ["三里路沿街商铺", "三里农贸市场", "纺机宿舍"]),
    (D(2025, 1, 20), "春节前安全检查", ["三里农贸市场", "三里路沿街商铺", "三里新村"]),
    (D(2025, 5, 20), "汛前专项检查", ["三里河沿岸", "三里花园", "河畔人家"]),
    (D(2025, 12, 9), "冬季用火用电专项检查", ["三里新村", "建工家属院", "三里路沿街商铺"]),
    (D(2026, 2, 6), "春节前安全检查", ["三里农贸市场", "三里路沿街商铺"]),
]
HZ_GAP_MONTHS = {(2025, 8), (2025, 9)}   # G5: no 月度综合排查 (nor any other check) in these months


def workday_after(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def gen_hazards():
    rng = random.Random(19050202)
    used = {k: [] for k in HZ_POOL}
    rows = []
    checks = []  # (date, type, n found)

    def pick(place):
        opts = [x for x in HZ_POOL[place] if x not in used[place][-2:]]
        x = rng.choice(opts)
        used[place].append(x)
        return x

    plan = []
    for (y, m) in months((2024, 4), (2026, 3)):
        if (y, m) in HZ_GAP_MONTHS:
            continue
        d = D(y, m, rng.randint(8, 19))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        if (y, m) == (2025, 10):
            d = D(2025, 10, 14)
        if (y, m) == (2025, 7):
            d = D(2025, 7, 8)
        if (y, m) == (2026, 3):
            d = D(2026, 3, 20)
        plan.append((d, "月度综合排查", None))
    for d, t, pl in SPECIAL:
        plan.append((d, t, pl))
    plan.sort(key=lambda x: x[0])
    for d, t, pl in plan:
        if pl is None:
            n = rng.choice([2, 3, 3, 4, 4, 5])
            places = rng.sample(list(HZ_POOL), n)
        else:
            places = pl
        found = 0
        for place in places:
            if pl is not None and rng.random() < .35:
                continue
            desc = pick(place)
            major = desc in HZ_MAJOR
            limit = d + dt.timedelta(days=30 if major else 15)
            done = d + dt.timedelta(days=rng.randint(2, 28 if major else 13))
            if d.year == 2025 and d.month in (6, 7):       # closed before the 安全专干 left (no work in Aug/Sep)
                done = min(done, D(2025, 7, 18))
                if done <= d:
                    done = d + dt.timedelta(days=2)
            rec = workday_after(done, rng.choice([1, 1, 2, 3]))
            if D(2025, 7, 24) < rec < D(2025, 10, 8):
                rec = D(2025, 7, 23)
            open_ = d >= D(2026, 3, 1) and done > D(2026, 3, 31)
            grid = [g for g, ps in GRIDS.items() if place in ps or any(place == x for x in ps)]
            grid = grid[0] if grid else "第三网格"
            who = "刘晓东" if d < LEAVE_LIU else ("王丽华" if d < ARRIVE_CHEN else "陈思")
            fix = hz_fix(desc)
            if "充电棚" in fix and d < D(2025, 7, 5):   # the charging shed opened 2025-07-05
                fix = "清理并劝导停止楼道充电"
            rows.append(dict(date=d, typ=t, place=place, grid=grid, desc=desc, level="较大" if major else "一般",
                             owner=HZ_OWNER[place], fix=fix, limit=limit,
                             done=None if open_ else done, rec=None if open_ else rec,
                             recby=None if open_ else (GRID_MEN[grid] + "、" + who),
                             state="整改中" if open_ else "已整改"))
            found += 1
        checks.append((d, t, found))
    # after the market's wiring was rebuilt (2024-11-28) no more 私拉 wiring is found there
    for r in rows:
        if r["place"] == "三里农贸市场" and "私拉" in r["desc"] and r["date"] >= D(2024, 11, 28):
            r.update(desc="消防通道被三轮车占用", level="一般", fix=hz_fix("消防通道"))
    # the last two hazards of March 2026 are still within their deadline (April) at the period's end
    for r in [r for r in rows if r["date"] >= D(2026, 3, 1)][-2:]:
        r.update(done=None, rec=None, recby=None, state="整改中")
        assert r["limit"] > PERIOD[1], r
    return rows, checks


HZ, HZ_CHECKS = gen_hazards()
for _r in HZ:
    assert (_r["date"].year, _r["date"].month) not in HZ_GAP_MONTHS
    for _k in ("done", "rec"):
        if _r[_k]:
            assert not (D(2025, 7, 24) < _r[_k] < D(2025, 10, 1)), _r


def hz_in(a, b):
    return [r for r in HZ if a <= r["date"] <= b]


# ============================================================================= ABC household inspections
def gen_households():
    rng = random.Random(19060303)
    hh = []
    alloc = [("三里新村", 62), ("纺机宿舍", 38), ("粮食局宿舍", 30), ("建工家属院", 34), ("锦绣苑", 20), ("河畔人家", 16),
             ("三里花园", 12)]
    for yard, n in alloc:
        seen = set()
        for _ in range(n):
            while True:
                if yard in ("三里花园",):
                    addr = f"{rng.randint(1, 12)}号楼{rng.randint(1, 3)}单元{rng.randint(2, 18)}0{rng.randint(1, 4)}"
                elif yard in ("锦绣苑", "河畔人家", "三里新村"):
                    addr = f"{rng.randint(1, 18)}栋{rng.randint(1, 3)}单元{rng.randint(1, 6)}0{rng.randint(1, 2)}"
                else:
                    addr = f"{rng.randint(1, 6)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 5)}0{rng.randint(1, 2)}"
                if addr not in seen:
                    seen.add(addr)
                    break
            key = wchoice(rng, [("独居老人", 26), ("高龄老人", 22), ("老年夫妇", 20), ("残疾人", 6), ("有婴幼儿", 8), ("一般户", 18)])
            hh.append(dict(yard=yard, addr=addr, head=masked(rng), pop=1 if key == "独居老人" else rng.randint(2, 5), key=key))
    return hh


HH = gen_households()
GAS_ISSUES = ["燃气软管老化", "燃气软管超长", "未安装燃气报警器", "灶具无熄火保护", "燃气表附近堆放杂物"]
ELEC_ISSUES = ["插座老化", "私拉电线", "大功率电器共用插排"]
FALL_ISSUES = ["卫生间无扶手", "地面湿滑无防滑垫", "夜间照明不足"]


def inspect_round(rng, hh, dates, pA, pB, who_pairs, prev=None):
    out = []
    for i, h in enumerate(hh):
        d = dates[i * len(dates) // len(hh)]
        risk = h["key"] in ("独居老人", "高龄老人")
        if prev is not None:
            was = prev[i]["cls"]
            if was == "C":
                cls = wchoice(rng, [("A", 30), ("B", 52), ("C", 18)])
            elif was == "B":
                cls = wchoice(rng, [("A", 70), ("B", 28), ("C", 2)])
            else:
                cls = wchoice(rng, [("A", 88), ("B", 12)])
        else:
            cls = wchoice(rng, [("A", pA), ("B", pB), ("C", 100 - pA - pB + (6 if risk else 0))])
        gas = elec = fall = "正常"
        probs = []
        if cls in ("B", "C"):
            gas = rng.choice(GAS_ISSUES) if rng.random() < .7 else "正常"
            elec = rng.choice(ELEC_ISSUES) if rng.random() < .35 else "正常"
            fall = rng.choice(FALL_ISSUES) if (risk and rng.random() < .6) else "正常"
            if gas == elec == fall == "正常":
                gas = rng.choice(GAS_ISSUES)
            probs = [x for x in (gas, elec, fall) if x != "正常"]
            if cls == "C":
                probs.insert(0, "独居高龄" if risk else "隐患较多")
        ext = "有" if (cls == "A" or rng.random() < .4) else "无"
        if cls == "A":
            res = "—"
        elif cls == "B":
            res = rng.choice(["当场讲解，住户自行更换", "燃气公司上门更换软管", "已限期整改，复查合格", "发放防滑垫"])
        else:
            res = rng.choice(["列入C类户每季度回访", "联系子女落实整改，列入回访", "志愿者结对帮扶，列入回访"])
        out.append(dict(h=h, date=d, cls=cls, gas=gas, elec=elec, fall=fall, ext=ext,
                        probs="；".join(probs) if probs else "无", who=who_pairs[i % len(who_pairs)], res=res))
    return out


def workdays(a, b, skip=()):
    out = []
    d = a
    while d <= b:
        if d.weekday() < 5 and d not in skip:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


_rng_abc = random.Random(19070404)
R1 = inspect_round(_rng_abc, HH, workdays(D(2024, 7, 15), D(2024, 10, 18), skip={D(2024, 10, 1), D(2024, 10, 2), D(2024, 10, 3), D(2024, 10, 4), D(2024, 9, 16), D(2024, 9, 17)}),
                   48, 40, ["刘晓东、唐文", "罗军、燃气安检员蔡宁", "钱伟、燃气安检员蔡宁", "孔丽、志愿者梅秀英"])
R2 = inspect_round(_rng_abc, HH, workdays(D(2025, 4, 8), D(2025, 6, 20), skip={D(2025, 5, 1), D(2025, 5, 2), D(2025, 5, 5), D(2025, 6, 2)}),
                   0, 0, ["刘晓东、唐文", "罗军、燃气安检员蔡宁", "钱伟、燃气安检员吕航", "孔丽、志愿者梅秀英"], prev=R1)


def abc(rs):
    return tuple(sum(1 for r in rs if r["cls"] == c) for c in "ABC")


R1_ABC, R2_ABC = abc(R1), abc(R2)
# C-class revisits: round-1 C in Dec 2024 and Mar 2025; round-2 C in Jul 2025, Nov 2025, Feb 2026
REVISIT = []


def gen_revisits():
    rng = random.Random(19080505)
    for rnd, src, waves in (("第一轮", R1, [(D(2024, 12, 16), D(2024, 12, 20)), (D(2025, 3, 10), D(2025, 3, 14))]),
                            ("第二轮", R2, [(D(2025, 7, 7), D(2025, 7, 11)), (D(2025, 11, 17), D(2025, 11, 21)),
                                           (D(2026, 2, 2), D(2026, 2, 6))])):
        cs = [r for r in src if r["cls"] == "C"]
        status = {id(r): "C" for r in cs}
        for wi, (a, b) in enumerate(waves):
            days = workdays(a, b)
            for i, r in enumerate(cs):
                st = status[id(r)]
                if st != "C":      # revisits stop once a household is down to B or A (制度九)
                    continue
                new = wchoice(rng, [("C", 40), ("B", 48), ("A", 12)])
                who = ("刘晓东" if a < LEAVE_LIU else "陈思") + "、" + ("梅秀英" if i % 2 else "罗军")
                REVISIT.append(dict(rnd=rnd, date=days[i % len(days)], h=r["h"], before=st, after=new, who=who,
                                    note={"C": "问题未完全整改，继续回访", "B": "已整改主要问题，降为B类", "A": "隐患全部消除，销号"}[new]))
                status[id(r)] = new


gen_revisits()


# ============================================================================= OA export helpers
OA_DIR = "OA导出"


def regtime(fname, date):
    rng = random.Random("reg" + fname)
    return f"{date.year}/{date.month}/{date.day} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def head(unit, docno):
    """OA red-head blocks for a 发文."""
    red = {JW: "三里社区居民委员会文件", CJ: "三里社区安全社区创建促进委员会文件"}[unit]
    return [("redhead", red), ("docno", docno)] if docno else [("redhead", red)]


def oa_doc(fname, title, date, blocks, el, also, kind, typ="发文", docno="", unit=JW, parent=None,
           pdf=False, author="刘晓东", modified=None, stamp=None):
    rel = f"{OA_DIR}/{fname}"
    if pdf:
        pb = []
        for b in blocks:
            if b[0] == "right" and stamp and b[1] == stamp:
                pb.append(("stamp", stamp))
            pb.append(b)
        write_pdf(rel, pb, meta_title=os.path.splitext(fname)[0], author="")
    else:
        write_docx(rel, blocks, date, author=author, core_title="", modified=modified)
    register(rel, kind, el, also, date, title)
    OA.append(dict(fname=fname, typ=typ, docno=docno, title=title, unit=unit if typ != "附件" else "",
                   date=date, reg=regtime(fname, date), parent=parent or ""))
    return rel


def minutes_blocks(title, when, place, chair, present, absent, recorder, body, decisions, tail=None):
    b = [("redhead", "三里社区安全社区创建促进委员会"), ("title", "会 议 纪 要"), ("sub", title), ("br",),
         ("kv", "时间", when), ("kv", "地点", place), ("kv", "主持", chair),
         ("kv", "出席", "、".join(present) + f"（共{len(present)}人）")]
    if absent:
        b.append(("kv", "请假", absent))
    b.append(("kv", "记录", recorder))
    b.append(("h", "一、会议内容"))
    b += [("p", x) for x in body]
    b.append(("h", "二、议定事项"))
    b += [("p", f"{i}.{x}") for i, x in enumerate(decisions, 1)]
    if tail:
        b += tail
    return b


def present_of(drop=(), add=()):
    return [n for n in NAMES if n not in drop] + list(add)


# ============================================================================= OA documents: 2024
LEC_LEVELS = {}
BASE23 = [("跌倒/坠落", 58), ("道路交通伤害", 23), ("钝器伤", 13), ("刀/锐器伤", 12), ("动物咬伤", 11), ("烧烫伤", 11), ("其他", 10)]
BASE23_TOTAL = sum(n for _, n in BASE23)
BASE23_FALL60 = 44


def oa_2024():
    # ---- 成立促进委员会
    oa_doc("FW2024-0402-001.docx", "关于成立三里社区安全社区创建促进委员会的通知", D(2024, 4, 2),
           head(JW, "三里居〔2024〕5号") + [
               ("title", "关于成立三里社区安全社区创建促进委员会的通知"),
               ("to", "各居民小组、辖区各单位、各网格："),
               ("p", f"为贯彻《安全社区建设基本要求》（AQ/T 9001-2006），落实{ST}关于开展安全社区创建工作的部署，经社区“两委”研究，"
                     "决定成立三里社区安全社区创建促进委员会，负责组织、协调全社区安全社区创建工作。现将有关事项通知如下："),
               ("h", "一、组织机构"),
               ("p", "促进委员会由社区、派出所、卫生服务站、消防救援站、交警中队、燃气公司、物业公司、学校、幼儿园、农贸市场、"
                     "街道河长办、志愿者组织、商户和居民代表共17人组成，周建国同志任主任，马超、黄敏同志任副主任。成员名单及职责见附件1。"),
               ("h", "二、办事机构"),
               ("p", "促进委员会下设办公室，设在社区居委会，王丽华同志兼任办公室主任，安全专干刘晓东同志任办公室干事，负责日常工作、"
                     "会议组织、信息汇总和创建档案管理。"),
               ("h", "三、主要职责"),
               ("p", "（一）组织开展事故与伤害风险辨识及其评价工作；（二）组织制定体现社区特点的安全目标和计划；（三）组织落实各类安全促进项目；"
                     "（四）整合辖区资源，推动全员参与；（五）组织评审社区安全绩效；（六）为创建工作提供组织、人员、经费和技术保障。"),
               ("p", "附件：1.三里社区安全社区创建促进委员会成员名单及职责"),
               ("right", JW), ("right", cn_date(D(2024, 4, 2))),
               ("footer", [f"抄送：{ST}安全生产委员会办公室。", f"三里社区居委会办公室　　　　　　{zh(D(2024, 4, 2))}印发"]),
           ], [1], [2], "成立促进委员会的通知（三里居〔2024〕5号）", docno="三里居〔2024〕5号")
    oa_doc("附件1.docx", "三里社区安全社区创建促进委员会成员名单及职责", D(2024, 4, 2), [
        ("pl", "附件1"), ("title", "三里社区安全社区创建促进委员会成员名单及职责"),
        ("table", ["序号", "姓名", "工作单位及职务", "委员会职务", "主要职责"],
         [[i, n, u, r, {
             "主任": "全面领导创建工作，主持促进委员会会议",
             "副主任": "协助主任工作，分管" + ("治安、交通和电动车安全" if n == "马超" else "伤害监测和老年人安全"),
             "委员兼办公室主任": "负责办公室日常工作、会议组织、计划总结",
             "委员兼办公室干事": "负责台账、信息报送和档案管理",
         }.get(r, "参加委员会会议，负责本单位（领域）安全促进工作")] for i, (n, u, r) in enumerate(MEMBERS, 1)]),
        ("p", "促进委员会成员因工作变动调整的，由接任人员自然递补，办公室报主任同意后通知。"),
    ], [1], [], "促进委员会成员名单及职责（FW2024-0402-001附件）", typ="附件", parent="FW2024-0402-001")

    # ---- 实施方案 (the period is stated here and only inside documents)
    oa_doc("FW2024-0408-002.docx", "三里社区安全社区创建工作实施方案", D(2024, 4, 8),
           head(JW, "三里居〔2024〕6号") + [
               ("title", "三里社区安全社区创建工作实施方案"),
               ("p", f"三里社区位于{CITY}{ST}中部，辖区面积1.6平方公里，有住户4126户、常住人口11358人（其中流动人口2938人），"
                     "60岁以上老年人2316人，占20.4%。辖区有三里花园、滨河雅居、锦绣苑、河畔人家4个商品房小区和三里新村、纺机宿舍、"
                     "粮食局宿舍、建工家属院4个老旧小区，有三里农贸市场（摊位186个）、三里小学（学生1026人）、三里幼儿园（幼儿312人）、"
                     "沿街商铺246家，三里河自北向南流经社区1.2公里。为预防和减少事故与伤害，特制定本方案。"),
               ("h", "一、指导思想"),
               ("p", "坚持“以人为本、安全发展”和“安全第一、预防为主、综合治理”方针，按照《安全社区建设基本要求》（AQ/T 9001-2006），"
                     "整合辖区资源，建立跨部门合作机制，推动全员参与、持续改进，创建市级安全社区。"),
               ("h", "二、创建周期"),
               ("p", "本社区安全社区创建周期为2024年4月至2026年3月，共两个创建年度：第一创建年度为2024年4月1日至2025年3月31日，"
                     "第二创建年度为2025年4月1日至2026年3月31日。2026年4月进入自查整档阶段，之后申请市级安全社区评定。"),
               ("h", "三、工作目标"),
               ("p", "（一）总体目标：通过两年创建，建立健全跨部门合作的组织机构和工作制度，形成全员参与的安全促进机制，"
                     "辖区事故与伤害明显减少，居民安全感和满意度明显提高。"),
               ("p", "（二）具体目标：1.居民安全知识知晓率由基线提高到85%以上；2.60岁以上老年人跌倒就诊人数比基线下降20%；"
                     "3.重点户燃气入户检查覆盖率100%，C类户比例降至5%以下；4.不发生较大以上火灾和溺水死亡事故；"
                     "5.每个安全促进项目均开展效果评估；6.伤害监测覆盖辖区全部首诊病例，按月登记、按年分析。"),
               ("h", "四、实施步骤"),
               ("p", "按启动、培训宣传、调查、确定项目、项目实施、自查整档、评定、提高八个阶段推进："),
               ("p", "1.启动阶段（2024年4月）：成立促进委员会和办公室，制定实施方案和工作制度，召开动员大会，向街道备案。"),
               ("p", "2.培训宣传阶段（2024年5月起）：培训委员会成员、网格员、志愿者和居民骨干，利用宣传栏、公众号、楼栋群开展宣传。"),
               ("p", "3.调查阶段（2024年5—6月）：开展问卷调查、危险源辨识与风险评价、伤害数据回顾，建立“一网三库”，形成社区安全诊断报告。"),
               ("p", "4.确定项目阶段（2024年7月）：根据诊断结果确定重点人群、重点场所和重点问题，成立项目组，制定项目实施方案。"),
               ("p", "5.项目实施阶段（2024年7月—2026年3月）：实施安全促进项目，建立项目台账，开展培训、监测、演练和年度评审。"),
               ("p", "6.自查整档阶段（2026年4月）：对照评定标准自查，整理创建档案，形成自查报告。"),
               ("p", "7.评定阶段：向区安委办提出评定申请，接受市级评定。8.提高阶段：巩固成果，持续改进。"),
               ("h", "五、保障措施"),
               ("p", "（一）组织保障：促进委员会统一领导，办公室具体落实，项目组分工负责。"),
               ("p", "（二）经费保障：两年创建经费预算32万元，其中街道安全社区专项经费20万元、社区公益金6万元、共建单位投入6万元，"
                     "实行专账管理，由办公室建立资金投入台账。"),
               ("p", "（三）制度保障：建立例会、信息交流、培训、隐患排查、伤害监测、应急、档案、评审等工作制度。"),
               ("right", JW), ("right", cn_date(D(2024, 4, 8))),
               ("footer", [f"抄送：{ST}安全生产委员会办公室，{ST}社区卫生服务中心。", f"三里社区居委会办公室　　　　　　{zh(D(2024, 4, 8))}印发"]),
           ], [1, 4], [2, 3, 5, 6], "创建工作实施方案（三里居〔2024〕6号；创建周期、目标、步骤、经费）", docno="三里居〔2024〕6号")

    # ---- 成立大会纪要
    oa_doc("FW2024-0418-003.docx", "三里社区安全社区创建促进委员会成立大会暨第一次全体会议纪要", D(2024, 4, 18),
           minutes_blocks("成立大会暨第一次全体会议", "2024年4月18日（星期四）上午9:00—11:00", "社区党群服务中心三楼会议室",
                          "周建国", present_of(drop=("邓磊",), add=("街道安办 秦卫东（列席）", "动员会居民代表 2人（列席）")),
                          "邓磊（执勤）", "刘晓东",
                          ["周建国宣读《关于成立三里社区安全社区创建促进委员会的通知》（三里居〔2024〕5号），介绍实施方案（三里居〔2024〕6号）："
                           "创建周期2024年4月至2026年3月，分两个创建年度。",
                           "街道安办秦卫东讲解安全社区建设基本要求的12个要素和评定程序。",
                           "黄敏介绍辖区2023年伤害就诊情况：服务站及区人民医院接诊三里社区居民伤害约140例，以跌倒、交通伤为主。",
                           "各委员结合本单位职责发言：派出所提出电动自行车盗窃和充电问题；消防站提出老旧小区楼道堆物和农贸市场用电问题；"
                           "学校提出上下学时段校门口交通拥堵；河长办提出夏季三里河野泳问题。"],
                          ["4月底前印发工作制度汇编，成立安全促进项目组（办公室起草）。",
                           "5月开展社区安全现状问卷调查和危险源辨识，6月底前形成社区安全诊断报告。",
                           "促进委员会每季度召开一次例会，由办公室提前一周通知。",
                           "各成员单位确定一名联络员，5月10日前报办公室。"]),
           [1], [2, 4], "会议纪要（促进委员会成立大会，2024-04-18）", unit=CJ)

    # ---- 街道备案复函 (SW, pdf)
    oa_doc("SW20240412001.pdf", "三里街道办事处关于三里社区安全社区创建工作备案的复函", D(2024, 4, 12), [
        ("redhead", "江宁市临川区三里街道办事处"), ("docno", "三里街安办〔2024〕3号"), ("line",),
        ("title", "关于三里社区安全社区创建工作备案的复函"),
        ("to", "三里社区居民委员会："),
        ("p", "你社区《三里社区安全社区创建工作实施方案》（三里居〔2024〕6号）及促进委员会组成情况已收悉。经研究，同意备案。"
              "请按照《安全社区建设基本要求》和实施方案确定的创建周期扎实推进，做好以下工作："),
        ("p", "一、健全促进委员会和项目组的工作制度，按制度定期召开会议，会议情况要有记录。"),
        ("p", "二、认真开展社区安全诊断，依据诊断结果确定安全促进项目，项目要有方案、有台账、有效果评估。"),
        ("p", "三、与卫生服务中心建立伤害监测信息报送机制，做到按月登记、按年分析。"),
        ("p", "四、街道将在创建中期对你社区进行督导。"),
        ("right", "三里街道办事处"), ("right", cn_date(D(2024, 4, 12))),
        ("footer", ["抄送：临川区安全生产委员会办公室。"]),
    ], [1], [12], "街道备案复函（三里街安办〔2024〕3号，收文PDF）", typ="收文", docno="三里街安办〔2024〕3号",
        unit="三里街道办事处", pdf=True, stamp="三里街道办事处")

    # ---- 制度汇编
    oa_doc("FW2024-0425-004.docx", "三里社区安全社区创建工作制度汇编", D(2024, 4, 25),
           head(JW, "三里居〔2024〕8号") + [
               ("title", "三里社区安全社区创建工作制度汇编"),
               ("sub", "（2024年4月25日促进委员会审议通过）"),
               ("h", "一、促进委员会例会制度"),
               ("p", "1.促进委员会每季度至少召开一次例会（第一季度1—3月、第二季度4—6月、第三季度7—9月、第四季度10—12月），"
                     "听取项目组工作汇报，研究解决创建中的问题。遇重大事项可召开临时会议。"),
               ("p", "2.例会由办公室提前一周通知，委员因故不能参加须向主任请假。会议由办公室记录，重要会议印发会议纪要，"
                     "其他会议记入会议记录本，并在会议台账中登记时间、地点、人数、议题和议定事项。"),
               ("h", "二、项目组工作制度"),
               ("p", "1.各项目组在促进委员会领导下负责本项目的方案制定、组织实施和效果评估。"),
               ("p", "2.项目组根据工作需要召开工作组会议，每半年向促进委员会例会报告一次项目进展。"),
               ("h", "三、居民议事会制度"),
               ("p", "每半年至少召开一次居民议事会（上半年1—6月、下半年7—12月各一次），听取居民对社区安全的需求、意见和建议，"
                     "议事结果在社区公开栏公示。"),
               ("h", "四、信息交流与反馈制度"),
               ("p", "1.建立居民议事会、意见箱、网格微信群、“三里社区发布”公众号、12345转办件等信息收集渠道。"),
               ("p", "2.居民反映的安全问题由办公室登记，5个工作日内答复或转交责任单位，处理结果向反映人反馈。"),
               ("p", "3.积极参加区、市安全社区网络活动和经验交流活动。"),
               ("h", "五、宣传教育培训制度"),
               ("p", "1.每年1月制定年度安全宣传教育培训计划（2024年于5月制定），明确对象、内容、形式和频次。"),
               ("p", "2.每季度至少开展一次安全培训，结合防灾减灾日、安全生产月、消防宣传月等开展主题宣传。"),
               ("p", "3.培训宣传活动登记于培训宣传台账，保留签到表或照片。"),
               ("h", "六、隐患排查治理制度"),
               ("p", "1.网格员每月开展一次辖区安全隐患综合排查，重大节日前和汛期前开展专项检查，发现的隐患登记于隐患排查台账。"),
               ("p", "2.一般隐患15日内整改，较大隐患30日内整改；整改完成后3个工作日内由网格长和安全专干复查销号。"),
               ("p", "3.逾期未整改的隐患报促进委员会协调解决。"),
               ("h", "七、伤害监测与报告制度"),
               ("p", "1.三里服务站对辖区居民首诊伤害病例进行登记，每月5日前将上月伤害监测表报送社区办公室。"),
               ("p", "2.办公室按月录入伤害监测登记表，每年2月底前形成上一年度伤害监测分析报告，报促进委员会。"),
               ("p", "3.发生死亡或重伤事故的，相关单位2小时内报告社区。"),
               ("h", "八、应急管理制度"),
               ("p", "1.社区综合应急预案每两年修订一次。组建社区应急救援队，建立应急物资储备，应急物资每半年检查一次。"),
               ("p", "2.每半年至少组织一次应急演练（上半年1—6月、下半年7—12月），演练情况登记于应急演练台账。"),
               ("h", "九、入户安全检查（ABC分类）制度"),
               ("p", "1.每年对老旧小区住户和独居、高龄老人等重点户开展一轮入户安全检查，检查燃气、用电、消防器材和居家防跌倒设施。"),
               ("p", "2.按A类（无隐患）、B类（一般隐患，当场或限期整改）、C类（隐患较多或高风险人群）分类管理，"
                     "C类户每季度回访一次，直至降为B类或A类。"),
               ("h", "十、安全促进项目管理制度"),
               ("p", "1.项目实施方案应包括背景、目标、干预措施、进度安排、经费和评估方法。"),
               ("p", "2.项目实施过程在项目实施台账中逐项登记。"),
               ("p", "3.项目实施满一年（季节性项目为一个实施周期结束后）一个月内开展效果评估，形成评估报告报促进委员会。"),
               ("h", "十一、档案管理制度"),
               ("p", "1.创建档案由办公室安全专干负责管理，文件材料在OA系统中登记，台账、照片按类别保存，纸质与电子同步。"),
               ("p", "2.每年1月编制上一年度归档文件目录，注明文号、责任者、题名、日期和保管期限。"),
               ("h", "十二、评审与持续改进制度"),
               ("p", "1.每个创建年度的最后一个月（3月）召开年度评审会议，对照安全社区建设基本要求评审本创建年度的安全绩效，形成评审报告。"),
               ("p", "2.上级督导、年度评审发现的问题，30日内制定整改措施，整改情况形成书面报告报街道。"),
               ("right", JW), ("right", cn_date(D(2024, 4, 25))),
           ], [1], [2, 5, 6, 7, 8, 9, 10, 11, 12], "工作制度汇编（三里居〔2024〕8号，12项制度）", docno="三里居〔2024〕8号")

    # ---- 项目组
    oa_doc("FW2024-0425-005.docx", "关于成立三里社区安全促进项目组的通知", D(2024, 4, 25),
           head(JW, "三里居〔2024〕9号") + [
               ("title", "关于成立三里社区安全促进项目组的通知"),
               ("to", "促进委员会各成员单位、各网格："),
               ("p", "根据实施方案，结合辖区重点人群、重点场所和重点问题，决定成立老年人防跌倒、燃气安全、涉水安全（三里河防溺水）、"
                     "农贸市场消防安全、学生交通安全5个安全促进项目组和1个数据统计组（伤害监测），具体人员和职责见附件。"
                     "各项目组待社区安全诊断完成后制定项目实施方案。"),
               ("p", "附件：安全促进项目组设置及职责分工"),
               ("right", JW), ("right", cn_date(D(2024, 4, 25))),
           ], [1], [5], "成立安全促进项目组的通知（三里居〔2024〕9号）", docno="三里居〔2024〕9号")
    groups = [
        ("老年人防跌倒项目组", "黄敏", "梅秀英", "服务站医生2人、志愿者6人、楼栋长4人", "老年人跌倒风险评估、居家环境改造、防跌倒讲座"),
        ("燃气安全项目组", "唐文", "罗军", "燃气安检员2人、网格员6人", "重点户燃气入户检查、ABC分类管理、C类户回访"),
        ("涉水安全（三里河防溺水）项目组", "范立新", "刘晓东", "河长办1人、志愿者8人、三里小学教师1人", "三里河警示设施、暑期巡河劝导、防溺水宣传"),
        ("农贸市场消防安全项目组", "郭峰", "曹勇", "消防站2人、市场管理员3人、商户代表2人", "市场电气线路整改、消防设施、商户培训"),
        ("学生交通安全项目组", "邓磊", "何婉清", "交警2人、教师2人、家长志愿者10人", "护学岗、校门口交通组织、交通安全课"),
        ("数据统计组（伤害监测）", "王丽华", "孙静", "服务站监测员1人、安全专干", "伤害监测数据收集、录入、统计分析"),
    ]
    att_blocks = [("pl", "附件"), ("title", "三里社区安全促进项目组设置及职责分工"),
                  ("table", ["序号", "项目组", "组长", "副组长", "成员", "主要职责"],
                   [[i, g[0], g[1], g[2], g[3], g[4]] for i, g in enumerate(groups, 1)]),
                  ("p", "各项目组每半年向促进委员会例会报告一次项目进展。")]
    oa_doc("附件1(1).docx", "三里社区安全促进项目组设置及职责分工", D(2024, 4, 25), att_blocks, [1], [5],
           "项目组设置及职责分工（FW2024-0425-005附件）", typ="附件", parent="FW2024-0425-005")

    # ---- 调查通知 + 问卷
    oa_doc("FW2024-0506-006.docx", "关于开展三里社区安全现状调查的通知", D(2024, 5, 6),
           head(JW, "三里居〔2024〕11号") + [
               ("title", "关于开展三里社区安全现状调查的通知"),
               ("to", "各网格、各居民小组、辖区各单位："),
               ("p", "为掌握社区安全现状，为确定安全促进项目提供依据，定于2024年5月8日至5月31日开展社区安全现状调查。"),
               ("p", "一、问卷调查：按小区分层抽样发放问卷650份（附件2），由网格员和志愿者入户发放回收。"),
               ("p", "二、危险源辨识：由消防站、物业、市场管理办、河长办配合，对辖区场所和设施开展危险源辨识，采用LEC法评价。"),
               ("p", "三、伤害数据回顾：由三里服务站提供2023年辖区居民伤害就诊数据。"),
               ("p", "四、座谈：分别召开老年人、家长、商户座谈会各1场。"),
               ("right", JW), ("right", cn_date(D(2024, 5, 6))),
           ], [3], [2], "开展社区安全现状调查的通知", docno="三里居〔2024〕11号")
    oa_doc("附件2.docx", "三里社区安全现状调查问卷", D(2024, 5, 6), [
        ("pl", "附件2"), ("title", "三里社区安全现状调查问卷"),
        ("p", "尊敬的居民朋友：为了解社区安全状况和您的安全需求，请您如实填写本问卷。本问卷不记名，谢谢您的支持！"),
        ("pl", "1.您的性别：□男 □女　　2.您的年龄：□18岁以下 □18—59岁 □60—79岁 □80岁以上"),
        ("pl", "3.您居住的小区：□三里花园 □滨河雅居 □锦绣苑 □河畔人家 □三里新村 □纺机宿舍 □粮食局宿舍 □建工家属院"),
        ("pl", "4.过去一年您或家人是否受过需要就医的伤害？□是（原因：□跌倒 □交通 □烧烫伤 □刀割伤 □其他） □否"),
        ("pl", "5.您认为社区最突出的安全问题是（可多选）：□老人跌倒 □燃气使用 □电动车充电 □楼道堆物 □交通秩序 □三里河溺水 □治安 □其他"),
        ("pl", "6.您家是否安装燃气报警器？□是 □否　　7.您是否会使用灭火器？□会 □不会"),
        ("pl", "8.您是否知道“安全社区”？□知道 □听说过 □不知道"),
        ("pl", "9.您对社区安全状况的满意度：□满意 □基本满意 □不满意"),
        ("pl", "10.您对社区安全工作的意见和建议：________________"),
    ], [3], [2], "调查问卷样表（FW2024-0506-006附件）", typ="附件", parent="FW2024-0506-006")

    # ---- 2024 宣教培训计划
    oa_doc("FW2024-0510-007.docx", "三里社区2024年度安全宣传教育培训计划", D(2024, 5, 10),
           head(JW, "三里居〔2024〕12号") + [
               ("title", "三里社区2024年度安全宣传教育培训计划"),
               ("p", "根据宣传教育培训制度，结合创建工作安排，制定本年度（2024年5—12月）安全宣传教育培训计划。"),
               ("table", ["季度", "对象", "内容", "形式", "组织/授课"],
                [["第二季度", "促进委员会成员、网格员、志愿者", "安全社区创建知识；防汛知识", "集中培训", "街道安办、河长办"],
                 ["第三季度", "燃气入户检查人员；老年人", "燃气检查规范；老年人防跌倒", "培训、讲座", "燃气公司、服务站"],
                 ["第四季度", "农贸市场商户；居民安全骨干", "市场消防；家庭火灾逃生", "现场培训", "消防站"],
                 ["全年", "全体居民", "防灾减灾日、安全生产月、消防宣传月主题宣传", "宣传栏、公众号、楼栋群", "社区"]]),
               ("p", "每季度至少开展一次培训，每次培训留存签到表和照片，登记于培训宣传台账。"),
               ("right", JW), ("right", cn_date(D(2024, 5, 10))),
           ], [6], [4], "2024年度安全宣传教育培训计划", docno="三里居〔2024〕12号")

    # ---- 培训班通知 + 签到表
    oa_doc("FW2024-0524-008.docx", "关于举办安全社区创建知识培训班的通知", D(2024, 5, 24),
           head(JW, "三里居〔2024〕13号") + [
               ("title", "关于举办安全社区创建知识培训班的通知"),
               ("to", "促进委员会各成员、各网格员、志愿服务队："),
               ("p", "定于2024年5月28日（星期二）下午2:30在社区党群服务中心三楼会议室举办安全社区创建知识培训班，"
                     "邀请区安全社区专家组成员、江宁安全生产协会范晓春老师授课，内容为安全社区理念、建设基本要求12个要素、"
                     "社区安全诊断方法。请准时参加，签到表见附件3。"),
               ("right", JW), ("right", cn_date(D(2024, 5, 24))),
           ], [6], [1], "培训班通知（2024-05-28创建知识培训）", docno="三里居〔2024〕13号")
    rng = random.Random(528)
    sign = [[i, n, "促进委员会"] for i, n in enumerate([x for x in NAMES if x not in ("邓磊", "许振华")], 1)]
    k = len(sign)
    for g, w in GRID_MEN.items():
        if w not in NAMES:
            k += 1
            sign.append([k, w, "网格员（" + g + "）"])
    while len(sign) < 46:
        k += 1
        sign.append([k, person(rng), rng.choice(["志愿者", "楼栋长", "居民骨干", "物业"])])
    oa_doc("附件3.docx", "安全社区创建知识培训签到表", D(2024, 5, 28), [
        ("pl", "附件3"), ("title", "安全社区创建知识培训签到表"),
        ("pl", "时间：2024年5月28日14:30　地点：社区党群服务中心三楼会议室　授课：范晓春"),
        ("table", ["序号", "姓名", "单位/身份"], sign),
        ("pl", f"应到48人，实到{len(sign)}人。"),
    ], [6], [1], "培训签到表（2024-05-28，46人）", typ="附件", parent="FW2024-0524-008")

    # ---- 应急预案 + 队伍
    oa_doc("FW2024-0603-009.docx", "三里社区突发事件综合应急预案（2024年版）", D(2024, 6, 3),
           head(JW, "三里居〔2024〕15号") + [
               ("title", "三里社区突发事件综合应急预案（2024年版）"),
               ("h", "一、总则"),
               ("p", "为及时有效处置辖区突发事件，最大限度减少人员伤亡和财产损失，依据《中华人民共和国突发事件应对法》等制定本预案。"
                     "本预案适用于社区范围内火灾、燃气泄漏、汛情（含三里河溺水）、地震、人员密集场所踩踏及其他突发事件的先期处置。"),
               ("h", "二、风险分析"),
               ("p", "根据社区安全诊断初步结果，辖区主要风险为：老旧小区火灾和燃气泄漏、高层住宅火灾疏散、三里河汛期水位上涨和夏季溺水、"
                     "农贸市场火灾及人员密集、学校上下学时段交通事故。"),
               ("h", "三、组织机构"),
               ("p", "成立社区应急工作领导小组，周建国任组长，王丽华、马超任副组长；下设综合协调、抢险救援、疏散引导、医疗救护、"
                     "后勤保障5个工作组。社区应急救援队36人（名册见附件2，应急演练台账“应急队伍”表动态更新）。"),
               ("h", "四、预警与报告"),
               ("p", "网格员、物业、商户发现险情立即报告社区值班电话，社区在10分钟内报告街道，并根据情况拨打119、120、110。"),
               ("h", "五、应急响应"),
               ("p", "（一）火灾：疏散引导组组织人员沿安全通道撤离，抢险救援组使用微型消防站器材扑救初期火灾，等待消防救援站到场。"),
               ("p", "（二）燃气泄漏：关闭总阀、禁止明火和开关电器、打开门窗、划定警戒区，通知燃气公司抢修。"),
               ("p", "（三）汛情与溺水：按《三里河防汛防溺水专项应急预案》执行。"),
               ("p", "（四）地震：组织居民就近避险，震后有序疏散至三里广场、三里小学操场两处应急避难场所。"),
               ("h", "六、应急保障"),
               ("p", "社区储备应急物资（灭火器、救生衣、救生圈、应急照明、担架、急救箱、喊话器、沙袋等），每半年检查一次，"
                     "清单见应急演练台账“应急物资”表。"),
               ("h", "七、培训与演练"),
               ("p", "每半年至少组织一次应急演练，演练后进行评估，修订完善预案。本预案每两年修订一次。"),
               ("p", "附件：1.应急联络表　2.社区应急救援队名册"),
               ("right", JW), ("right", cn_date(D(2024, 6, 3))),
           ], [7], [3], "突发事件综合应急预案（三里居〔2024〕15号）", docno="三里居〔2024〕15号")
    rng = random.Random(603)
    team = [[1, "周建国", "组长", "138" + f"{rng.randint(10000000, 99999999)}"],
            [2, "王丽华", "副组长", "139" + f"{rng.randint(10000000, 99999999)}"],
            [3, "马超", "副组长", "137" + f"{rng.randint(10000000, 99999999)}"]]
    for i in range(4, 37):
        team.append([i, person(rng), rng.choice(["抢险救援组", "疏散引导组", "医疗救护组", "后勤保障组", "综合协调组"]),
                     "1" + str(rng.choice([35, 36, 38, 39, 50, 51, 58, 87])) + f"{rng.randint(10000000, 99999999)}"])
    oa_doc("附件2(1).docx", "三里社区应急联络表及应急救援队名册", D(2024, 6, 3), [
        ("pl", "附件"), ("title", "三里社区应急联络表及应急救援队名册"),
        ("table", ["单位", "联系电话"], [["社区值班电话", "0571-8693xxxx"], ["三里派出所", "110 / 0571-8693xxxx"],
                                       ["三里消防救援站", "119 / 0571-8694xxxx"], ["三里服务站", "0571-8695xxxx"],
                                       ["港华燃气抢修", "96777"], ["街道应急办", "0571-8690xxxx"]]),
        ("table", ["序号", "姓名", "所在小组", "联系电话"], team),
    ], [7], [], "应急联络表及救援队名册（FW2024-0603-009附件，36人）", typ="附件", parent="FW2024-0603-009")

    oa_doc("FW2024-0605-010.docx", "三里河防汛防溺水专项应急预案", D(2024, 6, 5),
           head(JW, "三里居〔2024〕16号") + [
               ("title", "三里河防汛防溺水专项应急预案"),
               ("p", "三里河流经社区1.2公里，沿岸有河畔人家、滨河雅居两个小区和沿河步道。汛期（5—9月）水位上涨快，夏季有青少年野泳现象。"),
               ("h", "一、组织分工"),
               ("p", "街道河长办负责河道巡查和水位监测预警，社区负责沿岸居民转移和劝导，志愿者负责暑期巡河劝导，物业负责小区地下车库防倒灌。"),
               ("h", "二、预警响应"),
               ("p", "接到暴雨预警后，社区启动防汛值班，关闭沿河步道，地下车库设置挡水板和沙袋；水位超警戒时组织低洼住户转移至三里小学。"),
               ("h", "三、溺水处置"),
               ("p", "发现有人落水，立即呼救并拨打110、120，就近取用救生圈、救生杆施救，严禁不会游泳者下水，上岸后立即心肺复苏。"),
               ("right", JW), ("right", cn_date(D(2024, 6, 5))),
           ], [7], [5], "三里河防汛防溺水专项应急预案（三里居〔2024〕16号）", docno="三里居〔2024〕16号")

    oa_doc("FW2024-0610-011.docx", "三里社区居民安全公约", D(2024, 6, 10),
           head(JW, "") + [
               ("title", "三里社区居民安全公约"),
               ("sub", "（草案，提交2024年6月20日居民议事会讨论）"),
               ("p", "一、楼道不堆物，消防通道不占用，电动自行车不进楼入户、不飞线充电。"),
               ("p", "二、安全用气用电，定期检查燃气软管，出门关阀断电，独居老人家中安装燃气报警器。"),
               ("p", "三、关爱老人儿童，家中做好防滑防跌倒，教育孩子不到三里河游泳戏水。"),
               ("p", "四、遵守交通规则，接送孩子不在校门口违停，骑电动车佩戴头盔。"),
               ("p", "五、积极参加社区安全培训和应急演练，发现隐患及时报告网格员。"),
               ("right", JW),
           ], [2], [6], "居民安全公约", docno="")

    # ---- 防汛演练总结 + 方案附件
    oa_doc("FW2024-0617-012.docx", "三里社区2024年防汛应急演练总结", D(2024, 6, 17),
           head(JW, "") + [
               ("title", "三里社区2024年防汛应急演练总结"),
               ("p", "2024年6月14日上午9:00—10:30，社区联合街道河长办、三里消防救援站、河畔物业在河畔人家小区及三里河沿岸组织防汛应急演练，"
                     "社区应急救援队、物业人员、志愿者和居民共68人参加。"),
               ("h", "一、演练科目"),
               ("p", "1.暴雨预警接报和防汛值班启动；2.地下车库挡水板安装和沙袋封堵；3.低洼住户转移（模拟转移老人5名）；4.落水人员救援和心肺复苏。"),
               ("h", "二、演练评估"),
               ("p", "预警信息在8分钟内传达到全部楼栋长；挡水板安装用时14分钟，超过预定10分钟；救生圈抛投2次命中，心肺复苏操作规范。"),
               ("h", "三、存在问题及改进措施"),
               ("p", "1.挡水板存放位置离车库入口较远，已要求物业移至入口值班室旁；2.部分志愿者不会使用救生杆，7月防溺水项目培训中补训；"
                     "3.转移路线未设置指示牌，由河长办在汛期前补设。"),
               ("p", "附件：2024年防汛应急演练方案"),
               ("right", JW), ("right", cn_date(D(2024, 6, 17))),
           ], [7], [6, 11], "防汛应急演练总结（演练2024-06-14）")
    oa_doc("附件2(2).docx", "三里社区2024年防汛应急演练方案", D(2024, 6, 11), [
        ("pl", "附件"), ("title", "三里社区2024年防汛应急演练方案"),
        ("kv", "时间", "2024年6月14日上午9:00"), ("kv", "地点", "河畔人家小区地下车库入口、三里河河畔步道"),
        ("kv", "参演单位", "社区应急救援队、街道河长办、三里消防救援站、河畔物业、志愿者"),
        ("kv", "演练科目", "预警接报、挡水封堵、人员转移、落水救援"),
        ("kv", "评估", "由消防站郭峰站长担任评估员，记录各环节用时"),
    ], [7], [], "防汛应急演练方案（FW2024-0617-012附件）", typ="附件", parent="FW2024-0617-012")

    # ---- 社区安全诊断报告 (PDF) + LEC 清单
    base23 = BASE23
    oa_doc("FW2024-0626-013.pdf", "三里社区安全诊断报告", D(2024, 6, 26), [
        ("title", "三里社区安全诊断报告"), ("sub", "三里社区安全社区创建促进委员会　二〇二四年六月"),
        ("h", "一、社区基本情况"),
        ("p", "三里社区辖区面积1.6平方公里，住户4126户，常住人口11358人，60岁以上老年人2316人（其中80岁以上412人、独居老人138人），"
              "14岁以下儿童1540人，残疾人96人。辖区有8个居住小区（4个老旧小区），农贸市场1个，学校、幼儿园各1所，沿街商铺246家，"
              "三里河流经社区1.2公里。"),
        ("h", "二、诊断方法"),
        ("p", "2024年5月8日至6月20日，采用问卷调查（发放650份，回收有效问卷612份，有效率94.2%）、危险源辨识与LEC风险评价"
              "（辨识危险源32项）、伤害数据回顾（三里服务站及区人民医院2023年数据）、座谈会（老年人、家长、商户各1场，共41人）"
              "和现场查看等方法开展社区安全诊断。"),
        ("h", "三、问卷调查结果"),
        ("p", "居民安全知识平均知晓率56.4%，对社区安全状况满意及基本满意率71.2%；居民认为最突出的安全问题依次为：电动车充电（48.5%）、"
              "老人跌倒（44.1%）、楼道堆物（39.7%）、燃气使用（36.3%）、交通秩序（33.0%）、三里河溺水（27.8%）。"
              "会使用灭火器的占41.2%，老旧小区住户燃气报警器安装率仅18.6%。"),
        ("h", "四、伤害数据回顾"),
        ("p", f"2023年三里社区居民伤害就诊{BASE23_TOTAL}例，其中60岁以上老年人跌倒{BASE23_FALL60}例。伤害原因构成如下："),
        ("table", ["伤害原因", "例数", "构成比"], [[c, n, pct(n, BASE23_TOTAL)] for c, n in base23] + [["合计", BASE23_TOTAL, "100%"]], [60, 30, 40]),
        ("p", "2021—2023年三里河发生溺水事件3起，死亡1人（2022年7月，外来务工人员子女，13岁）。"),
        ("h", "五、危险源辨识与风险评价"),
        ("p", "辨识危险源32项，其中重大风险（一级）2项：农贸市场电气线路老化、老旧小区电动车飞线充电；较大风险（二级）7项：老旧小区燃气管道老化、"
              "三里河沿岸护栏缺失、高层住宅常闭式防火门常开、校门口上下学交通拥堵、独居老人居家跌倒、地下车库汛期倒灌、楼道堆物。"
              "清单见附件1。"),
        ("h", "六、诊断结论"),
        ("p", "重点人群：老年人（尤其独居、高龄老人）、中小学生、流动人口；重点场所：老旧小区、农贸市场、三里河沿岸、校门口、高层住宅；"
              "重点问题：老年人跌倒、燃气安全、电动车充电、市场消防、溺水、学生交通安全。"),
        ("p", "建议优先实施老年人防跌倒、燃气安全入户检查（ABC分类管理）、三里河防溺水、农贸市场消防安全、学生上下学交通安全5个项目；"
              "电动车充电问题涉及充电设施建设，建议先纳入隐患排查整治，条件成熟后立项。"),
        ("right", CJ), ("right", "二〇二四年六月二十六日"),
    ], [3], [4, 5, 9], "社区安全诊断报告（PDF，问卷612份、LEC32项、2023伤害回顾）", unit=CJ, pdf=True, stamp=CJ)

    lec = [("三里农贸市场", "电气线路老化、私拉乱接", 6, 6, 15), ("三里新村等老旧小区", "电动车楼道飞线充电", 6, 6, 15),
           ("纺机宿舍、粮食局宿舍", "燃气管道及软管老化", 3, 6, 15), ("三里河沿岸", "护栏缺失、青少年野泳", 3, 6, 15),
           ("三里花园、滨河雅居", "常闭式防火门常开", 3, 6, 15), ("三里小学校门口", "上下学交通拥堵", 6, 6, 7),
           ("独居老人家庭", "居家跌倒", 6, 6, 7), ("三里花园地下车库", "汛期倒灌", 3, 3, 15), ("老旧小区楼道", "堆放杂物", 6, 6, 3),
           ("沿街餐饮店", "液化气使用不规范", 3, 6, 7), ("三里农贸市场", "消防通道占用", 6, 6, 3), ("建工家属院", "阳台护栏锈蚀", 3, 6, 7),
           ("三里新村", "架空电线老化", 3, 6, 7), ("锦绣苑", "井盖破损", 3, 6, 3), ("滨河雅居", "儿童游乐设施破损", 3, 6, 3),
           ("三里路", "电动车逆行、闯红灯", 6, 6, 3), ("三里幼儿园门口", "接送车辆违停", 6, 6, 1), ("老旧小区", "楼梯扶手松动", 3, 6, 3),
           ("三里农贸市场", "刀具使用割伤", 6, 6, 1), ("沿街商铺", "卷帘门下堆放易燃物", 3, 6, 3), ("高层住宅", "高空坠物", 1, 6, 15),
           ("三里广场", "广场舞区域夜间照明不足", 3, 6, 1), ("河畔人家", "临河围栏松动", 3, 6, 7), ("三里新村", "外墙皮脱落", 3, 6, 3),
           ("建工家属院", "自行车棚电线老化", 3, 6, 7), ("粮食局宿舍", "楼梯间照明缺失", 3, 6, 1), ("老旧小区", "犬只未拴绳", 6, 6, 1),
           ("三里小学", "体育课运动伤害", 3, 6, 1), ("纺机宿舍", "化粪池盖板破损", 1, 6, 7), ("三里河步道", "台阶湿滑", 3, 6, 1),
           ("沿街餐饮店", "油烟管道积油", 3, 6, 3), ("三里花园", "消火栓箱器材缺失", 3, 3, 3)]

    def grade(dv):
        return ("一级（重大风险）", "二级（较大风险）", "三级（一般风险）", "四级（低风险）", "五级（可接受）")[
            0 if dv >= 320 else 1 if dv >= 160 else 2 if dv >= 70 else 3 if dv >= 20 else 4]

    rows = []
    for i, (pl, hz, L, E, C) in enumerate(lec, 1):
        rows.append([i, pl, hz, L, E, C, L * E * C, grade(L * E * C),
                     "纳入项目" if L * E * C >= 160 else "纳入隐患排查"])
    nlev = {}
    for r in rows:
        nlev[r[7][:2]] = nlev.get(r[7][:2], 0) + 1
    rows += [("__blank__",), ("__sum__", ["合计", f"{len(lec)}项", "", "", "", "", "", "；".join(f"{k}{v}项" for k, v in sorted(nlev.items())), ""])]
    write_xlsx(f"{OA_DIR}/附件1.xlsx", [dict(
        name="LEC评价", title="三里社区危险源辨识与风险评价清单（LEC法）",
        subtitle="评价日期：2024年6月18日　评价人：郭峰、杨帆、曹勇、范立新、刘晓东　D=L×E×C",
        header=["序号", "场所/部位", "危险源（危险因素）", "L可能性", "E暴露频率", "C后果", "D风险值", "风险等级", "管控方式"],
        rows=rows, widths=[6, 20, 26, 8, 9, 7, 8, 16, 12])], D(2024, 6, 18), core_title="")
    register(f"{OA_DIR}/附件1.xlsx", "危险源辨识与风险评价清单（LEC，32项；FW2024-0626-013附件）", [3], [8],
             D(2024, 6, 18), "三里社区危险源辨识与风险评价清单（LEC法）")
    OA.append(dict(fname="附件1.xlsx", typ="附件", docno="", title="三里社区危险源辨识与风险评价清单（LEC法）", unit="",
                   date=D(2024, 6, 26), reg=regtime("附件1.xlsx", D(2024, 6, 26)), parent="FW2024-0626-013"))
    LEC_LEVELS.update(nlev)

    # ---- 第一创建年度工作计划 (+ duplicate attachment)
    oa_doc("FW2024-0705-014.docx", "三里社区安全社区创建第一创建年度工作计划", D(2024, 7, 5),
           head(JW, "三里居〔2024〕19号") + [
               ("title", "三里社区安全社区创建第一创建年度工作计划"),
               ("sub", "（2024年4月—2025年3月）"),
               ("p", "根据实施方案和社区安全诊断报告，制定第一创建年度工作计划。"),
               ("h", "一、年度目标"),
               ("p", "1.居民安全知识知晓率达到70%以上；2.重点户燃气入户检查覆盖率100%；3.完成三里河警示和救生设施建设，暑期不发生溺水死亡；"
                     "4.农贸市场私拉乱接清零；5.伤害监测按月登记，2025年2月底前完成2024年度伤害分析；6.开展应急演练2次以上；"
                     "7.2025年3月完成第一创建年度评审。"),
               ("h", "二、重点工作安排"),
               ("table", ["时间", "工作内容", "责任人"],
                [["2024年7月", "印发5个项目实施方案；启动第一轮燃气入户检查；暑期巡河劝导", "各项目组、刘晓东"],
                 ["2024年8月", "建立“一网三库”；安装三里河警示牌和救生设施", "刘晓东、范立新"],
                 ["2024年9月", "学生交通项目启动（护学岗）；老年人防跌倒讲座；居家适老化改造首批", "邓磊、黄敏"],
                 ["2024年10—11月", "农贸市场线路改造；燃气泄漏应急演练；赴先进社区学习交流", "郭峰、唐文、王丽华"],
                 ["2024年12月", "C类户回访；居民议事会；年度工作总结", "罗军、王丽华"],
                 ["2025年1—2月", "制定2025年度培训计划；完成2024年度伤害分析", "刘晓东、孙静"],
                 ["2025年3月", "C类户回访；第一创建年度评审", "促进委员会"]]),
               ("h", "三、经费预算"),
               ("p", "第一创建年度预算16万元，其中项目经费12.2万元、宣传培训1.5万元、应急物资2.3万元。"),
               ("p", "附件：安全促进项目组设置及职责分工（2024年4月25日印发）"),
               ("right", JW), ("right", cn_date(D(2024, 7, 5))),
           ], [4], [1, 5, 6, 7], "第一创建年度工作计划（三里居〔2024〕19号）", docno="三里居〔2024〕19号")
    shutil.copyfile(outpath(f"{OA_DIR}/附件1(1).docx"), outpath(f"{OA_DIR}/附件1(2).docx"))
    register(f"{OA_DIR}/附件1(2).docx", "项目组设置及职责分工（FW2024-0705-014的附件，与附件1(1).docx完全相同）", [1], [5],
             D(2024, 4, 25), "三里社区安全促进项目组设置及职责分工",
             flags={"duplicate_of": f"{OA_DIR}/附件1(1).docx"})
    OA.append(dict(fname="附件1(2).docx", typ="附件", docno="", title="三里社区安全促进项目组设置及职责分工", unit="",
                   date=D(2024, 7, 5), reg=regtime("附件1(2).docx", D(2024, 7, 5)), parent="FW2024-0705-014"))

    # ---- 项目实施方案 (5 of year 1)
    def plan(fname, date, docno, key, bg, goals, measures, sched, money, evalm, el_also=(4,)):
        oa_doc(fname, PNAME[key] + "实施方案", date, head(JW, docno) + [
            ("title", PNAME[key] + "实施方案"),
            ("h", "一、项目背景"), ("p", bg),
            ("h", "二、项目目标"), *[("p", g) for g in goals],
            ("h", "三、干预措施"), *[("p", m) for m in measures],
            ("h", "四、进度安排"), ("p", sched),
            ("h", "五、项目组及经费"), ("p", money),
            ("h", "六、效果评估"), ("p", evalm),
            ("right", JW), ("right", cn_date(date)),
        ], [5], list(el_also), f"项目实施方案（{PNAME[key]}）", docno=docno)

    plan("FW2024-0712-015.docx", D(2024, 7, 12), "三里居〔2024〕20号", "fall",
         f"社区60岁以上老年人2316人，占20.4%，独居老人138人。2023年60岁以上老年人跌倒就诊{BASE23_FALL60}例，占全部伤害的{pct(BASE23_FALL60, BASE23_TOTAL)}，"
         "多数发生在家中卫生间和楼道。诊断问卷显示老年人家庭卫生间无扶手的占62%。",
         ["1.60岁以上老年人跌倒就诊人数比2023年下降20%（不超过35例/年）；", "2.完成100户老年人家庭适老化改造（扶手、防滑垫、夜灯）；",
          "3.老年人防跌倒知识知晓率达到80%。"],
         ["1.服务站对独居、高龄老人开展跌倒风险评估，建立高风险老人名单；", "2.分两批为老年人家庭安装扶手、防滑垫和感应夜灯；",
          "3.每季度开展一次防跌倒讲座，志愿者与高风险老人结对；", "4.楼道加装扶手和照明，纳入隐患排查。"],
         "2024年7月启动，2024年9月完成风险评估和首批改造（60户），2025年3—6月第二批改造，2025年7月效果评估。",
         "项目组组长黄敏、副组长梅秀英；经费3.7万元（适老化改造3.1万元、宣传0.6万元）。",
         "项目实施满一年后（2025年7月），比较2024年7月—2025年6月与2023年同期60岁以上跌倒就诊数，回访改造户，抽样调查知晓率。")
    plan("FW2024-0712-016.docx", D(2024, 7, 12), "三里居〔2024〕21号", "gas",
         "辖区4个老旧小区燃气管道多建于1990年前后，软管老化、灶具无熄火保护问题普遍，诊断问卷显示老旧小区燃气报警器安装率仅18.6%。"
         "燃气泄漏在LEC评价中为二级（较大）风险。",
         ["1.对4个老旧小区及独居、高龄老人等重点户212户开展两轮入户安全检查，覆盖率100%；", "2.按ABC分类管理，C类户比例降至5%以下；",
          "3.重点户燃气报警器安装率达到60%。"],
         ["1.社区与港华燃气联合组成入户检查小组（网格员+燃气安检员），逐户检查燃气、用电、消防器材和居家防跌倒设施；",
          "2.A类（无隐患）发放温馨提示，B类（一般隐患）当场或限期整改，C类（隐患较多或高风险人群）建立档案，每季度回访；",
          "3.对重点户补贴燃气报警器和金属波纹管；", "4.检查结果录入入户安全检查（ABC分类）台账。"],
         "第一轮入户检查2024年7—10月，C类户回访2024年12月、2025年3月；第二轮入户检查2025年4—6月；2025年7月效果评估。",
         "项目组组长唐文、副组长罗军；经费4.06万元（报警器及波纹管补贴）。",
         "第二轮检查完成后，比较两轮ABC分类构成、C类户下降情况、报警器安装率。", el_also=(4, 8))
    plan("FW2024-0715-017.docx", D(2024, 7, 15), "三里居〔2024〕22号", "water",
         "三里河流经社区1.2公里，2021—2023年发生溺水事件3起，死亡1人。沿岸护栏有缺失段，警示标志不足，暑期有青少年野泳、垂钓。"
         "诊断问卷中27.8%的居民认为三里河溺水是突出问题。",
         ["1.不发生溺水死亡事故；", "2.沿岸设置警示牌12块、救生点6处（救生圈、救生杆、救生绳）；", "3.三里小学学生防溺水教育覆盖率100%；",
          "4.暑期（7—8月）每天开展巡河劝导。"],
         ["1.河长办补设护栏和警示牌，设置救生点；", "2.组建防溺水志愿巡河队，暑期每天下午4—7点巡河劝导；",
          "3.联合三里小学开展“防溺水安全第一课”，向家长发放告知书；", "4.汛期前检查救生设施，补充缺失器材。"],
         "项目实施两个汛期：2024年7月—2024年9月，2025年5月—2025年9月。",
         "项目组组长范立新、副组长刘晓东；经费2.59万元（警示牌、救生设施1.85万元，宣传0.74万元）。",
         "2025年汛期结束后（2025年10月）开展效果评估：比较两个汛期的野泳发现次数、劝导人次、溺水事件数，抽样调查学生防溺水知识知晓率。")
    plan("FW2024-0715-018.docx", D(2024, 7, 15), "三里居〔2024〕23号", "market",
         "三里农贸市场建于1998年，2016年改造，现有摊位186个。电气线路老化、摊户私拉乱接、消防通道占用问题突出，"
         "2023年发生电气线路短路起火1起（未造成伤亡）。LEC评价为一级（重大）风险。",
         ["1.私拉乱接电线清零；", "2.灭火器配置率100%，建成微型消防站1个；", "3.市场商户消防培训覆盖率100%；", "4.不发生火灾事故。"],
         ["1.市场管理方出资、街道补助，对市场电气线路进行改造，统一安装漏电保护；", "2.按每50平方米2具配置灭火器，建设微型消防站；",
          "3.消防站对全部商户开展消防培训和灭火器实操；", "4.将市场列为社区月度隐患排查重点场所。"],
         "2024年10—11月完成线路改造，12月建成微型消防站，2025年全年巩固，2025年10—11月效果评估。",
         "项目组组长郭峰、副组长曹勇；经费3万元（市场管理方1.5万元、街道专项1.5万元），灭火器更换另列。",
         "线路改造完成满一年后，统计私拉乱接、火情、灭火器配置、商户培训情况，抽样调查商户消防知识。")

    # ---- 第二次例会
    oa_doc("FW2024-0723-019.docx", "三里社区安全社区创建促进委员会第二次例会纪要", D(2024, 7, 23),
           minutes_blocks("第二次例会", "2024年7月23日（星期二）下午3:00—5:00", "社区党群服务中心三楼会议室", "周建国",
                          present_of(drop=("何婉清", "许振华", "沈国平")), "何婉清、许振华（暑期外出）、沈国平", "刘晓东",
                          ["刘晓东通报社区安全诊断结果（问卷612份、危险源32项），黄敏通报4—6月伤害监测情况（登记" +
                           str(len(inj_in(D(2024, 4, 1), D(2024, 6, 30)))) + "例）。",
                           "各项目组组长汇报项目方案：老年人防跌倒、燃气安全入户检查（ABC分类管理）、三里河防溺水、农贸市场消防安全4个方案已印发，"
                           "学生交通安全项目方案待开学前印发。",
                           "唐文汇报第一轮燃气入户检查7月15日启动，首周检查" + str(sum(1 for r in R1 if r['date'] <= D(2024, 7, 19))) + "户。",
                           "范立新汇报三里河暑期巡河劝导安排。"],
                          ["原则通过第一创建年度工作计划（三里居〔2024〕19号）和4个项目实施方案。",
                           "8月底前建立“一网三库”。", "学生交通安全项目方案9月初印发。",
                           "第三次例会定于10月下旬召开。"]),
           [1], [4, 5, 9], "会议纪要（第二次例会，2024-07-23）", unit=CJ)

    # ---- 一网三库
    oa_doc("FW2024-0815-020.docx", "三里社区安全信息“一网三库”建设工作方案", D(2024, 8, 15),
           head(JW, "三里居〔2024〕25号") + [
               ("title", "三里社区安全信息“一网三库”建设工作方案"),
               ("p", "为收集事故伤害、隐患、家庭和公共设施等安全信息，建立通报和分析机制，建设社区安全信息“一网三库”。"),
               ("h", "一、“一网”"),
               ("p", "依托街道门户网站“安全社区”专栏和“三里社区发布”公众号、6个网格微信群，发布安全提示、预警信息和创建动态，收集居民意见。"),
               ("h", "二、“三库”"),
               ("p", "1.人口综合信息数据库：以网格为单元登记常住人口、流动人口和独居老人、高龄老人、残疾人、儿童等重点人群；"
                     "2.社会单位综合信息数据库：登记辖区单位、商铺、餐饮店的安全责任人、消防设施和燃气使用情况；"
                     "3.环境和市政设施数据库：登记消火栓、路灯、监控、井盖、护栏、救生设施等公共设施的位置和状态。"),
               ("p", "三库首次采集于2024年8月完成，汇总见附件；此后由网格员在月度排查中动态更新。"),
               ("p", "附件：“三库”信息汇总表"),
               ("right", JW), ("right", cn_date(D(2024, 8, 15))),
           ], [3], [2, 8], "“一网三库”建设工作方案（三里居〔2024〕25号）", docno="三里居〔2024〕25号")
    rng = random.Random(815)
    units = []
    kinds = [("餐饮", 58), ("零售", 96), ("五金建材", 18), ("美容美发", 22), ("维修", 17), ("培训机构", 9), ("诊所药店", 11), ("其他", 15)]
    k = 0
    for kd, n in kinds:
        for j in range(min(n, 6)):
            k += 1
            units.append([k, f"三里路{rng.randint(1, 260)}号" + kd + "店" if kd != "其他" else f"滨河路{rng.randint(1, 90)}号商铺",
                          kd, person(rng), "有" if rng.random() < .85 else "无", "液化气" if kd == "餐饮" and rng.random() < .5 else (
                              "管道燃气" if kd == "餐饮" else "无"), GRIDS and rng.choice(["第五网格", "第六网格"])])
    write_xlsx(f"{OA_DIR}/附件2.xlsx", [
        dict(name="人口综合信息", title="三里社区人口综合信息数据库（汇总）", subtitle="采集时间：2024年8月",
             header=["网格", "小区/区域", "户数", "常住人口", "流动人口", "60岁以上", "独居老人", "残疾人", "14岁以下"],
             rows=[["第一网格", "三里花园", 1032, 2860, 812, 410, 14, 15, 436], ["第二网格", "滨河雅居、河畔人家", 986, 2714, 760, 438, 19, 17, 402],
                   ["第三网格", "锦绣苑、三里新村", 858, 2296, 566, 566, 41, 24, 268], ["第四网格", "纺机宿舍、粮食局宿舍", 542, 1402, 322, 460, 38, 21, 166],
                   ["第五网格", "建工家属院、农贸市场", 480, 1320, 298, 332, 22, 14, 172], ["第六网格", "三里路沿街、三里河沿岸", 228, 766, 180, 110, 4, 5, 96],
                   ("__blank__",), ("__sum__", ["合计", "", 4126, 11358, 2938, 2316, 138, 96, 1540])],
             widths=[10, 22, 8, 10, 10, 10, 10, 8, 10]),
        dict(name="社会单位", title="三里社区社会单位综合信息数据库（节选）", subtitle="共登记单位及商铺264家，下表为各类别前6家",
             header=["序号", "名称/地址", "类别", "安全责任人", "灭火器", "燃气类型", "所属网格"], rows=units,
             widths=[6, 30, 10, 10, 8, 10, 10]),
        dict(name="环境和市政设施", title="三里社区环境和市政设施数据库（汇总）", subtitle="采集时间：2024年8月",
             header=["设施类别", "数量", "完好", "待修", "管理单位", "备注"],
             rows=[["室外消火栓", 64, 61, 3, "自来水公司/物业", "3处水压不足"], ["路灯", 312, 298, 14, "街道城管办/物业", ""],
                   ["视频监控", 148, 142, 6, "派出所/物业", ""], ["窨井盖", 406, 399, 7, "市政/物业", ""],
                   ["临河护栏（米）", 1200, 1140, 60, "街道河长办", "缺失约60米"], ["救生点", 6, 6, 0, "街道河长办", "2024年8月新设"],
                   ["应急避难场所", 2, 2, 0, "社区", "三里广场、三里小学操场"], ["电动车充电桩", 0, 0, 0, "—", "无集中充电设施"]],
             widths=[16, 8, 8, 8, 18, 16]),
    ], D(2024, 8, 20), core_title="")
    register(f"{OA_DIR}/附件2.xlsx", "“三库”信息汇总表（人口、社会单位、环境和市政设施；FW2024-0815-020附件）", [3], [2, 8],
             D(2024, 8, 20), "“三库”信息汇总表")
    OA.append(dict(fname="附件2.xlsx", typ="附件", docno="", title="“三库”信息汇总表", unit="", date=D(2024, 8, 15),
                   reg=regtime("附件2.xlsx", D(2024, 8, 15)), parent="FW2024-0815-020"))

    plan("FW2024-0902-021.docx", D(2024, 9, 2), "三里居〔2024〕27号", "traffic",
         "三里小学有学生1026人，三里幼儿园有幼儿312人，两校门口均位于三里路，上下学高峰时段接送车辆违停、电动车逆行，"
         "2023年学生道路交通伤害7例。诊断问卷中33.0%的居民认为交通秩序是突出问题。",
         ["1.校门口上下学时段不发生学生交通伤害事故；", "2.校门口违停车辆减少50%；", "3.学生交通安全教育覆盖率100%。"],
         ["1.设立“护学岗”，交警、教师、家长志愿者每天上下学时段值守；", "2.校门口施划接送停车区，加装隔离栏和减速标志；",
          "3.每学期开展交通安全课，开学第一课讲交通安全；", "4.向家长发放电动车佩戴头盔倡议书。"],
         "2024年9月开学启动，2025年3月完成隔离栏和标线，2025年9月新学年继续；项目满一年后（2025年10月）效果评估。",
         "项目组组长邓磊、副组长何婉清；经费1.26万元（隔离栏、反光背心、标识）。",
         "统计护学岗值守天数、校门口违停抽样观察数、学生交通伤害数，问卷调查家长满意度。")

    # ---- 学习交流报告
    oa_doc("FW2024-1108-022.docx", "赴临川区东湖街道学习安全社区创建经验的情况报告", D(2024, 11, 8),
           head(JW, "") + [
               ("title", "赴临川区东湖街道学习安全社区创建经验的情况报告"),
               ("p", "2024年11月8日，王丽华带领刘晓东、罗军、梅秀英、曹勇5人赴临川区东湖街道（全国安全社区）学习交流，"
                     "参观了东湖社区伤害监测点、居家适老化改造示范户和农贸市场微型消防站，与东湖街道安办座谈。"),
               ("h", "一、主要收获"),
               ("p", "1.伤害监测：东湖街道由卫生服务中心每月5日前报送，社区按月录入、按季分析，季度分析结果在例会上通报；"
                     "2.项目评估：每个项目设定基线数据，评估时用同一口径比较；3.志愿者：“银龄互助”结对帮扶独居老人，效果好。"),
               ("h", "二、下一步打算"),
               ("p", "1.与三里服务站商定伤害监测表格式，补登年龄、活动等字段；2.防跌倒项目借鉴结对帮扶做法；"
                     "3.农贸市场微型消防站12月建成。"),
               ("right", JW), ("right", cn_date(D(2024, 11, 8))),
           ], [2], [6], "学习交流报告（赴东湖街道，2024-11-08）")

    # ---- 燃气泄漏演练总结
    oa_doc("FW2024-1120-023.docx", "三里社区燃气泄漏应急疏散演练总结", D(2024, 11, 20),
           head(JW, "") + [
               ("title", "三里社区燃气泄漏应急疏散演练总结"),
               ("p", "2024年11月15日下午3:00，社区联合港华燃气临川营业所、三里消防救援站在纺机宿舍2号楼开展燃气泄漏应急疏散演练，"
                     "社区应急救援队、燃气抢修人员、消防员和居民共75人参加。"),
               ("h", "一、演练过程"),
               ("p", "模拟2号楼3单元一户居民厨房燃气软管破裂泄漏。15:02居民报警，15:05网格员到场关闭单元总阀，15:07疏散引导组组织单元内"
                     "18户居民疏散，15:12疏散完毕，用时5分20秒；15:15燃气抢修人员到场检测、处置；消防员讲解燃气泄漏处置要点。"),
               ("h", "二、评估"),
               ("p", "报警、关阀、疏散环节衔接顺畅；部分老人下楼慢，疏散引导员不足；居民对“不开关电器、不用手机”要点掌握不够。"),
               ("h", "三、改进措施"),
               ("p", "1.疏散引导组按楼栋增配引导员，老人较多的单元明确专人；2.燃气安全项目入户检查时逐户讲解泄漏处置要点；"
                     "3.演练中发现单元门口电动自行车停放影响疏散，纳入月度隐患排查清理。"),
               ("right", JW), ("right", cn_date(D(2024, 11, 20))),
           ], [7], [6, 11], "燃气泄漏应急疏散演练总结（演练2024-11-15）")


# ============================================================================= ledger data (rows of the 台账 workbooks)
# committee meetings: date, name, place, chair, n, topics, decisions, record, note
MEETINGS = [
    (D(2024, 4, 18), "成立大会暨第一次全体会议", "社区三楼会议室", "周建国", 16, "宣读成立通知和实施方案；讲解建设基本要求；成员单位发言",
     "印发制度汇编、成立项目组；5—6月开展安全诊断；每季度召开例会", "已印发纪要（OA FW2024-0418-003）；照片2张", ""),
    (D(2024, 7, 23), "第二次例会", "社区三楼会议室", "周建国", 14, "通报诊断结果和4—6月伤害监测；审议年度计划和项目方案",
     "通过第一创建年度工作计划和4个项目方案；8月底前建立一网三库", "已印发纪要（OA FW2024-0723-019）", ""),
    (D(2024, 10, 29), "第三次例会", "社区三楼会议室", "周建国", 15,
     "燃气第一轮入户检查进展（已完成全部212户，C类户建档）；农贸市场线路改造方案；冬季消防和燃气泄漏演练准备；7—9月伤害监测通报",
     "11月中旬在纺机宿舍组织燃气泄漏演练；市场线路改造11月底前完成；C类户12月开始第一次回访；11月上旬赴东湖街道学习",
     "记入会议记录本第12—14页，未单独印发纪要；签到15人", ""),
    (D(2025, 1, 16), "第四次例会", "社区三楼会议室", "周建国", 16, "2024年度工作总结；2025年度培训计划；2024年伤害监测初步情况；评审准备",
     "2月底前完成2024年度伤害监测分析报告；3月进行C类户第二次回访；3月下旬召开第一创建年度评审会议", "已印发纪要（OA FW2025-0116-002）", ""),
    (D(2025, 3, 26), "第一创建年度评审会议", "社区三楼会议室", "周建国", 17, "对照建设基本要求逐项评审第一创建年度（2024.4—2025.3）工作",
     "形成评审报告；电动自行车充电安全立项；第二创建年度计划4月中旬印发", "已印发纪要（OA FW2025-0326-005）及评审报告；照片1张", "街道安办列席"),
    (D(2025, 6, 17), "第五次例会", "社区三楼会议室", "周建国", 15,
     "第二轮燃气入户检查完成情况（212户）；电动车充电棚建设进度（6月底建成）；汛期防溺水巡河安排；5·12演练总结；1—5月伤害监测通报",
     "充电棚7月初投用，物业制定收费和管理办法；防溺水巡河7月1日起每天下午开展；7月完成燃气和防跌倒项目效果评估",
     "记入会议记录本第21—23页，未单独印发纪要；照片见照片/20250617促进委员会例会", ""),
    (D(2025, 12, 18), "第六次例会", "社区三楼会议室", "周建国", 15,
     "第三季度例会未召开情况说明；10—12月隐患排查；11月8日高层住宅消防疏散演练；中期督导反馈问题整改；项目评估；伤害监测",
     "例会不因人员变动停开；督导整改情况报告1月底前报街道；伤害数据由服务站补报；2026年3月召开第七次例会",
     "已印发纪要（OA FW2025-1218-015）；照片1张", "第三季度（7—9月）未召开例会"),
    (D(2026, 3, 19), "第七次例会", "社区三楼会议室", "周建国", 16, "电动车项目效果评估；伤害监测补报；第二创建年度评审安排；自查整档",
     "第二创建年度评审推迟至5月与评定准备合并进行；4月开展自查；补编2025年度档案目录", "已印发纪要（OA FW2026-0319-002）；照片1张", ""),
]
WORKGROUPS = [
    (D(2024, 5, 15), "数据统计组", "伤害监测对接会：商定服务站每月5日前报送伤害监测表，确定登记字段", "王丽华、黄敏、孙静、刘晓东", 4),
    (D(2024, 7, 10), "燃气安全项目组", "第一轮入户检查部署：分4个小组、检查内容和ABC分类标准", "唐文、罗军、网格员6人、安检员2人", 10),
    (D(2024, 7, 12), "涉水安全项目组", "暑期巡河劝导排班，救生点选址", "范立新、刘晓东、志愿者8人", 10),
    (D(2024, 9, 5), "学生交通安全项目组", "护学岗排班、校门口停车区施划", "邓磊、何婉清、家长代表4人", 8),
    (D(2024, 10, 10), "农贸市场消防安全项目组", "线路改造施工协调，微型消防站选址", "郭峰、曹勇、商户代表2人", 6),
    (D(2024, 12, 10), "老年人防跌倒项目组", "首批60户适老化改造回访总结，第二批名单", "黄敏、梅秀英、志愿者4人", 6),
    (D(2025, 4, 2), "燃气安全项目组", "第二轮入户检查部署：全部212户复查，C类户重点", "唐文、罗军、网格员6人、安检员2人", 10),
    (D(2025, 4, 28), "电动自行车充电安全项目组", "充电棚选址（三里花园北门）、建设和收费方案", "杨帆、马超、刘晓东、居民代表3人", 6),
    (D(2025, 5, 26), "涉水安全项目组", "2025年汛期巡河排班，救生设施补充", "范立新、刘晓东、志愿者9人", 11),
    (D(2025, 11, 12), "电动自行车充电安全项目组", "充电棚运行4个月情况分析，楼道充电劝导", "杨帆、马超、陈思", 3),
    (D(2026, 1, 15), "老年人防跌倒项目组", "第二批40户改造回访，防跌倒培训安排", "黄敏、梅秀英、陈思", 3),
]
RESIDENT_MTG = [
    (D(2024, 6, 20), "社区党群服务中心", 32, "讨论《三里社区居民安全公约》（草案）；电动车楼道充电问题", "公约修改后通过并张贴；电动车充电问题纳入诊断建议"),
    (D(2024, 12, 12), "社区党群服务中心", 28, "燃气报警器补贴办法；老旧小区楼道堆物清理", "补贴范围扩大到高龄老人家庭；每月第一个周六开展楼道清理"),
    (D(2025, 6, 26), "三里花园会所", 35, "电动车充电棚收费标准；暑期防溺水", "充电0.8元/度（物业公示）；家长签订防溺水承诺书"),
    (D(2025, 12, 10), "社区党群服务中心", 30, "冬季用火用电安全；充电棚增加充电口", "充电棚增设20个充电口；独居老人家庭冬季走访"),
]
# trainings (培训) and publicity (宣传): date, kind, topic, place, target, n, by, proof
TRAININGS = [
    (D(2024, 5, 28), "培训", "安全社区创建知识培训", "社区三楼会议室", "委员会成员、网格员、志愿者", 46, "范晓春（区安全社区专家组）", "签到表（OA附件3）、照片"),
    (D(2024, 6, 12), "培训", "防汛及救生器材使用培训", "河畔人家", "应急救援队、志愿者", 38, "范立新、郭峰", "照片"),
    (D(2024, 7, 18), "培训", "燃气入户检查人员培训", "社区会议室", "网格员、燃气安检员", 24, "唐文", "签到表"),
    (D(2024, 9, 12), "培训", "老年人防跌倒健康讲座", "社区老年活动室", "老年人及家属", 62, "黄敏", "照片"),
    (D(2024, 10, 24), "培训", "农贸市场商户消防安全培训", "三里农贸市场", "市场商户", 158, "郭峰", "签到表"),
    (D(2024, 12, 5), "培训", "居民安全骨干培训（家庭火灾逃生）", "社区会议室", "楼栋长、志愿者", 41, "郭峰", "签到表"),
    (D(2025, 3, 11), "培训", "交通安全进校园（春季开学第一课）", "三里小学", "三至六年级学生", 520, "邓磊", "照片"),
    (D(2025, 3, 20), "培训", "第二轮燃气入户检查人员培训", "社区会议室", "网格员、燃气安检员", 20, "唐文", "签到表"),
    (D(2025, 4, 22), "培训", "电动自行车安全充电培训", "三里花园会所", "居民、物业人员", 55, "杨帆、郭峰", "签到表"),
    (D(2025, 5, 8), "培训", "地震应急疏散演练前培训", "三里小学", "应急救援队、教师", 40, "郭峰", "—"),
    (D(2025, 6, 10), "培训", "防溺水救援技能培训", "三里河步道", "巡河志愿者", 30, "范立新", "照片"),
    (D(2025, 9, 16), "培训", "物业保安员消防技能培训", "三里花园", "物业保安、保洁人员", 32, "郭峰（三里消防救援站）", "照片"),
    (D(2025, 10, 23), "培训", "新任网格员安全业务培训", "社区会议室", "网格员", 15, "陈思、罗军", "签到表"),
    (D(2025, 11, 6), "培训", "消防安全月居民培训", "社区会议室", "居民", 65, "郭峰", "签到表"),
    (D(2026, 1, 13), "培训", "冬季用火用电安全培训", "社区会议室", "居民、商户", 52, "郭峰、陈思", "照片"),
    (D(2026, 3, 17), "培训", "居家适老化与防跌倒培训", "社区老年活动室", "老年人家属、志愿者", 36, "黄敏", "签到表"),
]
PUBLICITY = [
    (D(2024, 4, 25), "宣传", "安全社区创建启动宣传", "各小区宣传栏、公众号", "全体居民", 0, "刘晓东", "公众号推文"),
    (D(2024, 5, 12), "宣传", "防灾减灾日宣传咨询", "三里广场", "居民", 300, "社区、消防站", "照片"),
    (D(2024, 6, 16), "宣传", "安全生产月咨询日", "三里广场", "居民、商户", 260, "社区、街道安办", "照片"),
    (D(2024, 7, 5), "宣传", "发放《防溺水告家长书》", "三里小学", "学生家长", 1020, "何婉清、范立新", "回执"),
    (D(2024, 8, 30), "宣传", "“一网三库”上线及安全提示推送", "公众号", "居民", 0, "刘晓东", "公众号推文"),
    (D(2024, 11, 9), "宣传", "消防宣传日活动", "三里广场", "居民", 350, "消防站、社区", "照片"),
    (D(2024, 12, 2), "宣传", "全国交通安全日宣传", "三里小学门口", "家长、学生", 180, "交警中队", "照片"),
    (D(2025, 1, 22), "宣传", "春节安全提示（燃气、烟花爆竹）", "楼栋微信群", "居民", 0, "刘晓东", "截图"),
    (D(2025, 3, 31), "宣传", "全国中小学生安全教育日", "三里小学", "学生", 1026, "三里小学", "照片"),
    (D(2025, 5, 12), "宣传", "防灾减灾日宣传（结合地震演练）", "三里小学、三里花园", "居民、学生", 420, "社区", "照片"),
    (D(2025, 6, 15), "宣传", "安全生产月咨询日", "三里广场", "居民、商户", 240, "社区、街道安办", "照片"),
    (D(2025, 7, 3), "宣传", "防溺水安全第一课（暑假前）", "三里小学", "学生", 480, "范立新、何婉清", "照片"),
    (D(2025, 8, 12), "宣传", "高温防暑及电动车充电安全提示", "公众号", "居民", 0, "王丽华", "公众号推文"),
    (D(2025, 11, 9), "宣传", "消防宣传日活动", "三里广场", "居民", 320, "消防站、社区", "照片"),
    (D(2025, 12, 2), "宣传", "全国交通安全日宣传", "三里小学门口", "家长、学生", 150, "交警中队", "照片"),
    (D(2026, 1, 28), "宣传", "春节烟花爆竹安全宣传", "各小区", "居民", 0, "陈思", "照片"),
    (D(2026, 3, 27), "宣传", "全国中小学生安全教育日", "三里小学", "学生", 1030, "三里小学", "照片"),
]
DRILLS = [
    (D(2024, 6, 14), "防汛应急演练", "河畔人家小区、三里河步道", "社区、街道河长办、三里消防救援站、河畔物业", 68,
     "预警接报、挡水封堵、低洼住户转移、落水救援", "挡水板安装超时4分钟；志愿者救生杆使用不熟练", "挡水板移至车库入口；7月补训", "总结见OA（2024年6月17日）；照片2张"),
    (D(2024, 11, 15), "燃气泄漏应急疏散演练", "纺机宿舍2号楼", "社区、港华燃气、三里消防救援站", 75,
     "泄漏报警、关阀、单元疏散、抢修处置", "疏散用时5分20秒；老人下楼慢，引导员不足", "按楼栋增配引导员", "总结见OA（2024年11月20日）；照片2张"),
    (D(2025, 5, 12), "地震应急疏散演练", "三里小学、三里花园", "社区、三里小学、三里消防救援站", 1186,
     "地震避险、有序疏散至应急避难场所、伤员救护", "学生疏散用时2分50秒；三里花园居民疏散至三里广场用时11分钟", "在三里花园增设避难场所指示牌", "总结见OA（2025年5月15日）；照片2张"),
    (D(2025, 11, 8), "高层住宅消防疏散演练", "三里花园7号楼（18层）", "社区、三里消防救援站、宏达物业", 104,
     "火情报警、微型消防站处置初期火灾、高层住户疏散、消防电梯迫降", "疏散用时6分40秒；2单元常闭式防火门被打开；楼道堆物2处",
     "物业恢复防火门常闭并清理堆物；组织高层住户消防培训", "演练记录见本表；照片3张见照片/20251108高层住宅消防疏散演练"),
]
SUPPLY_CHECKS = [D(2024, 6, 28), D(2024, 12, 20), D(2025, 6, 24), D(2025, 12, 22)]
SUPPLIES = [("灭火器（4kg干粉）", "具", 60), ("消防水带", "盘", 10), ("救生衣", "件", 20), ("救生圈", "个", 12), ("救生杆", "根", 6),
            ("应急照明灯", "个", 30), ("手持喊话器", "个", 6), ("担架", "副", 2), ("急救箱", "个", 6), ("沙袋", "个", 300),
            ("挡水板", "块", 12), ("雨衣雨靴", "套", 30), ("警戒带", "卷", 20), ("防毒面具", "个", 10), ("对讲机", "台", 8)]

PROJECT_ACTS = {
    "fall": [
        (D(2024, 7, 20), "独居、高龄老人跌倒风险评估启动", "各小区", 0, "黄敏", "评估表"),
        (D(2024, 8, 28), "完成186名老人跌倒风险评估，高风险老人58名建档", "三里服务站", 186, "黄敏", "评估汇总表"),
        (D(2024, 9, 12), "老年人防跌倒健康讲座", "社区老年活动室", 62, "黄敏", "照片"),
        (D(2024, 9, 25), "首批60户居家适老化改造（扶手、防滑垫、夜灯）完成", "老旧小区", 60, "梅秀英", "改造清单"),
        (D(2024, 11, 20), "志愿者与58名高风险老人结对", "各小区", 58, "梅秀英", "结对名单"),
        (D(2024, 12, 10), "首批改造户回访，满意率96.7%", "老旧小区", 60, "黄敏、梅秀英", "回访表"),
        (D(2025, 3, 18), "第二批40户改造入户测量", "老旧小区", 40, "梅秀英", "测量表"),
        (D(2025, 5, 30), "第二批40户改造完成", "老旧小区", 40, "梅秀英", "改造清单"),
        (D(2025, 7, 22), "项目效果评估", "—", 0, "黄敏", "OA FW2025-0722-011"),
        (D(2025, 12, 16), "第二批改造户回访", "老旧小区", 40, "梅秀英、陈思", "回访表"),
        (D(2026, 3, 17), "居家适老化与防跌倒培训", "社区老年活动室", 36, "黄敏", "签到表"),
    ],
    "gas": [
        (D(2024, 7, 15), "第一轮入户安全检查启动", "老旧小区", 0, "唐文、刘晓东", "入户检查台账"),
        (D(2024, 7, 18), "入户检查人员培训", "社区会议室", 24, "唐文", "签到表"),
        (D(2024, 9, 18), "首批燃气报警器及金属波纹管补贴安装", "老旧小区", 52, "唐文", "安装清单"),
        (D(2024, 10, 18), "第一轮入户检查完成", "老旧小区", 212, "唐文、罗军", "入户检查台账"),
        (D(2024, 12, 20), "C类户第一次回访完成", "老旧小区", 0, "罗军", "回访表"),
        (D(2025, 3, 14), "C类户第二次回访完成", "老旧小区", 0, "罗军", "回访表"),
        (D(2025, 4, 8), "第二轮入户安全检查启动", "老旧小区", 0, "唐文、刘晓东", "入户检查台账"),
        (D(2025, 6, 20), "第二轮入户检查完成", "老旧小区", 212, "唐文、罗军", "入户检查台账"),
        (D(2025, 7, 11), "第二轮C类户回访", "老旧小区", 0, "刘晓东", "回访表"),
        (D(2025, 7, 15), "项目效果评估", "—", 0, "唐文", "OA FW2025-0715-010"),
        (D(2025, 7, 16), "第二批燃气报警器补贴安装", "老旧小区", 50, "唐文", "安装清单"),
        (D(2025, 11, 21), "C类户回访", "老旧小区", 0, "陈思", "回访表"),
        (D(2026, 2, 6), "C类户回访", "老旧小区", 0, "陈思", "回访表"),
    ],
    "water": [
        (D(2024, 7, 5), "发放《防溺水告家长书》", "三里小学", 1020, "何婉清", "回执"),
        (D(2024, 7, 15), "暑期巡河劝导启动（每天16:00—19:00）", "三里河沿岸", 0, "范立新、刘晓东", "巡河登记"),
        (D(2024, 7, 26), "沿岸警示牌12块安装完成", "三里河沿岸", 0, "范立新", "照片"),
        (D(2024, 8, 9), "6处救生点（救生圈、救生杆、救生绳）设置完成", "三里河沿岸", 0, "范立新", "照片"),
        (D(2024, 8, 31), "暑期巡河劝导小结：巡河48天，劝离野泳、戏水人员137人次", "三里河沿岸", 137, "刘晓东", "巡河登记"),
        (D(2024, 9, 30), "临河围栏缺失段补设约60米", "三里河沿岸", 0, "范立新", "照片"),
        (D(2025, 5, 20), "汛前救生设施检查，补充救生圈1个", "三里河沿岸", 0, "范立新、刘晓东", "照片"),
        (D(2025, 6, 10), "防溺水救援技能培训", "三里河步道", 30, "范立新", "照片"),
        (D(2025, 7, 1), "2025年暑期巡河劝导启动", "三里河沿岸", 0, "刘晓东", "巡河登记"),
        (D(2025, 7, 3), "防溺水安全第一课（暑假前）", "三里小学", 480, "范立新、何婉清", "照片"),
        (D(2025, 7, 20), "7月巡河劝导：劝离野泳、戏水人员41人次", "三里河沿岸", 41, "刘晓东", "巡河登记"),
    ],
    "market": [
        (D(2024, 10, 10), "线路改造施工协调会", "市场管理办", 6, "郭峰、曹勇", "会议记录"),
        (D(2024, 10, 24), "商户消防安全培训", "三里农贸市场", 158, "郭峰", "签到表"),
        (D(2024, 11, 28), "市场电气线路改造完成，统一加装漏电保护", "三里农贸市场", 0, "曹勇", "验收单"),
        (D(2024, 12, 18), "微型消防站建成，配备灭火器60具", "三里农贸市场", 0, "郭峰", "照片"),
        (D(2025, 3, 5), "商户消防器材实操", "三里农贸市场", 46, "郭峰", "照片"),
        (D(2025, 6, 18), "商户夏季用电安全提示", "三里农贸市场", 186, "曹勇", "告知书"),
        (D(2025, 10, 28), "更换到期灭火器", "三里农贸市场", 0, "曹勇", "采购单"),
        (D(2025, 10, 30), "项目效果评估", "—", 0, "郭峰、陈思", "OA FW2025-1030-013"),
        (D(2026, 1, 13), "商户冬季用火用电安全培训", "社区会议室", 20, "郭峰", "照片"),
    ],
    "traffic": [
        (D(2024, 9, 2), "护学岗启动（上下学时段）", "三里小学、三里幼儿园门口", 0, "邓磊、何婉清", "值守登记"),
        (D(2024, 10, 15), "校门口施划接送停车区", "三里路", 0, "邓磊", "照片"),
        (D(2024, 12, 2), "全国交通安全日宣传", "三里小学门口", 180, "邓磊", "照片"),
        (D(2025, 3, 11), "交通安全进校园", "三里小学", 520, "邓磊", "照片"),
        (D(2025, 3, 25), "校门口隔离栏和减速标志安装完成", "三里路", 0, "邓磊", "照片"),
        (D(2025, 6, 30), "2024—2025学年护学岗值守小结：值守182天", "三里小学门口", 0, "何婉清", "值守登记"),
        (D(2025, 9, 1), "新学年护学岗恢复值守，开学第一课讲交通安全", "三里小学门口", 1030, "何婉清", "照片"),
        (D(2025, 10, 20), "项目效果评估", "—", 0, "邓磊、何婉清", "OA FW2025-1020-012"),
        (D(2025, 12, 2), "全国交通安全日宣传", "三里小学门口", 150, "邓磊", "照片"),
    ],
    "ebike": [
        (D(2025, 4, 22), "电动自行车安全充电培训", "三里花园会所", 55, "杨帆、郭峰", "签到表"),
        (D(2025, 4, 28), "充电棚选址协调会（三里花园北门）", "三里花园", 6, "杨帆", "会议记录"),
        (D(2025, 6, 28), "集中充电棚建成（60个充电口）", "三里花园北门", 0, "杨帆", "验收单"),
        (D(2025, 7, 5), "充电棚投入使用", "三里花园北门", 0, "杨帆", "照片"),
        (D(2025, 8, 31), "8月充电棚使用统计：日均充电83车次", "三里花园北门", 0, "杨帆", "物业统计表"),
        (D(2025, 11, 12), "充电棚运行分析会", "三里花园", 3, "杨帆、马超", "会议记录"),
        (D(2025, 12, 20), "充电棚增设20个充电口", "三里花园北门", 0, "杨帆", "验收单"),
        (D(2026, 3, 25), "项目效果评估", "—", 0, "杨帆、陈思", "OA FW2026-0325-003"),
    ],
}
FUNDS = [
    (D(2024, 4, 20), "宣传资料及安全标识制作", 8600, "街道专项", "刘晓东"),
    (D(2024, 5, 28), "培训场地及教材", 2400, "社区公益金", "刘晓东"),
    (D(2024, 6, 10), "应急物资购置（救生衣、救生圈、应急灯、喊话器等）", 23800, "街道专项", "王丽华"),
    (D(2024, 7, 26), "三里河警示牌及救生设施", 18500, "街道专项", "范立新"),
    (D(2024, 9, 25), "防跌倒适老化改造（首批60户）", 21600, "街道专项", "梅秀英"),
    (D(2024, 9, 18), "燃气报警器及金属波纹管补贴（首批）", 26400, "社区公益金、港华燃气", "唐文"),
    (D(2024, 11, 28), "农贸市场电气线路改造补助", 30000, "市场管理方1.5万、街道专项1.5万", "曹勇"),
    (D(2024, 11, 15), "演练物资及保险", 3200, "社区公益金", "刘晓东"),
    (D(2024, 12, 5), "志愿者保险及服装", 6800, "社区公益金", "王丽华"),
    (D(2024, 12, 20), "“一网三库”信息录入劳务", 4500, "街道专项", "刘晓东"),
    (D(2025, 3, 25), "校门口隔离栏、反光背心", 12600, "街道专项", "邓磊"),
    (D(2025, 6, 28), "电动自行车集中充电棚建设", 68000, "街道专项4万、宏达物业2.8万", "杨帆"),
    (D(2025, 5, 12), "演练物资", 2800, "社区公益金", "刘晓东"),
    (D(2025, 6, 5), "防溺水宣传及救生设施补充", 7400, "街道专项", "范立新"),
    (D(2025, 7, 16), "燃气报警器补贴（第二批）", 14200, "社区公益金、港华燃气", "唐文"),
    (D(2025, 10, 28), "农贸市场灭火器更换", 5600, "市场管理方", "曹勇"),
    (D(2025, 11, 8), "消防演练物资", 2600, "社区公益金", "陈思"),
    (D(2025, 5, 30), "防跌倒适老化改造（第二批40户）", 15300, "街道专项", "梅秀英"),
    (D(2026, 1, 13), "培训宣传资料", 3200, "社区公益金", "陈思"),
    (D(2026, 3, 17), "防跌倒培训教具", 2100, "社区公益金", "陈思"),
]
FUNDS.sort(key=lambda r: r[0])
FUND_TOTAL = sum(r[2] for r in FUNDS)


def gen_team():
    rng = random.Random(603)
    team = [[1, "周建国", "组长", "社区"], [2, "王丽华", "副组长", "社区"], [3, "马超", "副组长", "派出所"]]
    for i in range(4, 37):
        team.append([i, person(rng), rng.choice(["抢险救援组", "疏散引导组", "医疗救护组", "后勤保障组", "综合协调组"]),
                     rng.choice(["网格员", "物业", "志愿者", "居民骨干", "服务站"])])
    return team


TEAM = gen_team()


def gen_volunteers():
    rng = random.Random(4646)
    out = []
    for i in range(1, 47):
        age = rng.randint(28, 72)
        out.append([i, person(rng), rng.choice("男女"), age,
                    rng.choice(["防跌倒结对", "巡河劝导", "护学岗", "燃气入户协助", "消防宣传", "楼道清理"]),
                    rng.choice(["退休教师", "退休职工", "居民", "物业员工", "商户", "党员"]),
                    D(2024, rng.choice([5, 6, 7, 9]), rng.randint(1, 28))])
    out[0][1], out[0][5] = "梅秀英", "志愿服务队队长"
    return out


VOLUNTEERS = gen_volunteers()
VOL_SERVICE = [
    (D(2024, 6, 16), "安全生产月咨询", 12, 36), (D(2024, 7, 15), "暑期巡河劝导（7月，26天）", 9, 234),
    (D(2024, 8, 31), "暑期巡河劝导（8月，22天）", 9, 198), (D(2024, 9, 2), "护学岗（9—12月）", 10, 520),
    (D(2024, 9, 25), "协助适老化改造入户", 6, 48), (D(2024, 11, 20), "高风险老人结对走访", 14, 112),
    (D(2024, 12, 14), "老旧小区楼道清理", 21, 63), (D(2025, 1, 11), "楼道清理", 18, 54),
    (D(2025, 3, 5), "学雷锋日安全宣传", 16, 48), (D(2025, 4, 12), "协助第二轮入户检查", 8, 96),
    (D(2025, 5, 12), "演练疏散引导", 15, 30), (D(2025, 6, 15), "安全生产月咨询", 11, 33),
    (D(2025, 7, 1), "暑期巡河劝导（7月）", 8, 180), (D(2025, 11, 9), "消防宣传日", 13, 39),
    (D(2025, 12, 13), "楼道清理", 19, 57), (D(2026, 1, 24), "独居老人冬季走访", 12, 48),
    (D(2026, 3, 5), "学雷锋日安全宣传", 15, 45),
]
OPINIONS = [
    (D(2024, 5, 16), "网格微信群", "三里新村5栋楼道灯不亮", "转三里新村自管会维修", D(2024, 5, 20)),
    (D(2024, 6, 3), "意见箱", "建议在三里河边设救生圈", "纳入防溺水项目，8月设置6处救生点", D(2024, 6, 7)),
    (D(2024, 6, 20), "居民议事会", "电动车在楼道充电危险，希望建充电桩", "纳入诊断建议，2025年立项建设充电棚", D(2024, 6, 25)),
    (D(2024, 7, 9), "12345转办", "校门口接送车辆乱停", "转交警中队，9月设护学岗", D(2024, 7, 12)),
    (D(2024, 8, 14), "公众号留言", "燃气报警器补贴怎么申请", "答复：重点户由入户检查小组登记", D(2024, 8, 15)),
    (D(2024, 9, 10), "网格员走访", "纺机宿舍院内化粪池盖板破损", "转纺机厂后勤科更换", D(2024, 9, 13)),
    (D(2024, 10, 21), "意见箱", "农贸市场过道太窄，消防车进不去", "转市场管理办清理占道", D(2024, 10, 25)),
    (D(2024, 12, 12), "居民议事会", "高龄老人家庭也应补贴报警器", "补贴范围扩大，12月执行", D(2024, 12, 16)),
    (D(2025, 1, 8), "网格微信群", "滨河雅居儿童滑梯螺丝松动", "转滨河物业紧固", D(2025, 1, 10)),
    (D(2025, 3, 3), "12345转办", "三里路电动车逆行多", "转交警中队加强管理", D(2025, 3, 7)),
    (D(2025, 4, 16), "公众号留言", "充电棚建在哪里，收费多少", "答复：三里花园北门，收费标准议事会讨论", D(2025, 4, 18)),
    (D(2025, 5, 21), "意见箱", "建工家属院阳台护栏锈蚀", "转建工集团物业科更换", D(2025, 5, 27)),
    (D(2025, 6, 26), "居民议事会", "暑期希望组织孩子游泳培训", "联系区青少年活动中心，7月组织免费培训", D(2025, 6, 30)),
    (D(2025, 7, 14), "网格微信群", "河畔人家临河围栏有松动", "转街道河长办加固", D(2025, 7, 18)),
    (D(2025, 10, 15), "公众号留言", "充电棚充电口不够", "转宏达物业，12月增设20个", D(2025, 10, 20)),
    (D(2025, 11, 3), "12345转办", "锦绣苑井盖破损", "转锦绣苑业委会更换", D(2025, 11, 6)),
    (D(2025, 12, 10), "居民议事会", "独居老人冬季取暖用电安全", "网格员冬季走访独居老人", D(2025, 12, 12)),
    (D(2026, 1, 19), "网格微信群", "三里新村楼道堆放年货杂物", "网格员劝导清理", D(2026, 1, 21)),
    (D(2026, 3, 9), "意见箱", "建议充电棚加装监控", "转宏达物业研究", D(2026, 3, 13)),
]
EXCHANGES = [
    (D(2024, 11, 8), "赴临川区东湖街道（全国安全社区）学习交流", "东湖街道", "王丽华、刘晓东、罗军、梅秀英、曹勇", "情况报告见OA（2024年11月8日）"),
    (D(2025, 6, 12), "参加临川区安全社区建设推进会，作交流发言", "区应急管理局会议室", "周建国、刘晓东", "会议通知见OA收文（2025年6月3日）"),
    (D(2025, 11, 20), "接待临川区西关街道来访交流（防跌倒、燃气ABC分类）", "三里社区", "王丽华、陈思、黄敏", "—"),
    (D(2026, 3, 12), "参加江宁市安全社区网络工作交流会（线上）", "线上", "陈思", "—"),
]


# ============================================================================= OA documents: 2025–2026 and received documents
def in_range(rows, a, b, key=0):
    return [r for r in rows if a <= r[key] <= b]


def falls60(a, b):
    return [r for r in INJ if a <= r["date"] <= b and r["cause"] == "跌倒/坠落" and r["age"] >= 60]


def oa_sw():
    oa_doc("SW20240520003.pdf", "关于建立三里社区伤害监测信息报送机制的函", D(2024, 5, 20), [
        ("redhead", "临川区三里街道社区卫生服务中心"), ("docno", "三里卫〔2024〕12号"), ("line",),
        ("title", "关于建立三里社区伤害监测信息报送机制的函"),
        ("to", "三里社区居民委员会："),
        ("p", "为支持你社区安全社区创建，经中心研究，自2024年5月起由三里服务站对辖区居民首诊伤害病例进行登记，"
              "登记内容包括就诊日期、性别、年龄、住址、伤害发生地点、原因、性质、严重程度和处置结果。"),
        ("p", "三里服务站指定监测员孙静负责汇总，每月5日前将上月《伤害监测登记表》报送你社区办公室；4月份病例由服务站补登后一并报送。"
              "区人民医院急诊科接诊的三里社区居民伤害病例，由中心每月从区伤害监测系统中导出后汇总。"),
        ("p", "联系人：孙静（三里服务站），王丽华（社区）。"),
        ("right", "临川区三里街道社区卫生服务中心"), ("right", cn_date(D(2024, 5, 20))),
    ], [9], [2], "伤害监测信息报送机制的函（三里卫〔2024〕12号，收文PDF）", typ="收文", docno="三里卫〔2024〕12号",
        unit="三里街道社区卫生服务中心", pdf=True, stamp="三里街道社区卫生服务中心")

    oa_doc("SW20241015002.pdf", "临川区应急管理局关于开展冬季燃气安全专项整治的通知", D(2024, 10, 15), [
        ("redhead", "江宁市临川区应急管理局"), ("docno", "临应急〔2024〕87号"), ("line",),
        ("title", "关于开展冬季燃气安全专项整治的通知"),
        ("to", "各街道办事处，各社区："),
        ("p", "为防范冬季燃气事故，决定于2024年10月至2025年2月在全区开展冬季燃气安全专项整治。各社区要组织网格员、燃气企业对老旧小区、"
              "独居老人家庭和餐饮场所开展燃气安全检查，重点检查软管老化、私接改装、液化气瓶使用不规范等问题，建立隐患清单，"
              "11月底前完成一轮检查，整改情况纳入隐患排查台账管理。"),
        ("right", "临川区应急管理局"), ("right", cn_date(D(2024, 10, 15))),
    ], [8], [6], "区应急局冬季燃气安全专项整治通知（收文PDF）", typ="收文", docno="临应急〔2024〕87号",
        unit="临川区应急管理局", pdf=True, stamp="江宁市临川区应急管理局")

    oa_doc("SW20250603002.pdf", "关于召开全区安全社区建设推进会的通知", D(2025, 6, 3), [
        ("redhead", "临川区安全生产委员会办公室"), ("docno", "临安办〔2025〕21号"), ("line",),
        ("title", "关于召开全区安全社区建设推进会的通知"),
        ("to", "各街道安办，各创建社区："),
        ("p", "定于2025年6月12日（星期四）下午2:30在区应急管理局三楼会议室召开全区安全社区建设推进会，交流创建经验，部署下一阶段工作。"
              "请各创建社区主任和安全专干参加，三里社区、东湖社区各作10分钟交流发言（三里社区：燃气安全入户检查ABC分类管理做法）。"),
        ("right", "临川区安全生产委员会办公室"), ("right", cn_date(D(2025, 6, 3))),
    ], [2], [], "区安委办推进会通知（三里社区交流发言；收文PDF）", typ="收文", docno="临安办〔2025〕21号",
        unit="临川区安全生产委员会办公室", pdf=True, stamp="临川区安全生产委员会办公室")

    oa_doc("SW20250718001.pdf", "三里街道办事处关于社区工作人员岗位调整的通知", D(2025, 7, 18), [
        ("redhead", "江宁市临川区三里街道办事处"), ("docno", "三里街办〔2025〕34号"), ("line",),
        ("title", "关于社区工作人员岗位调整的通知"),
        ("to", "各社区居民委员会："),
        ("p", "根据工作需要，经街道党工委研究，决定对部分社区工作人员岗位进行调整：三里社区安全专干刘晓东同志调任街道应急管理办公室工作，"
              "自2025年7月25日起到新岗位报到。三里社区安全专干岗位由街道另行招聘，招聘到岗前由社区居委会副主任王丽华同志兼管相关工作。"),
        ("p", "请相关社区做好工作交接，确保安全社区创建等工作不断档。"),
        ("right", "三里街道办事处"), ("right", cn_date(D(2025, 7, 18))),
    ], [1], [10], "街道岗位调整通知（安全专干刘晓东调离；收文PDF）", typ="收文", docno="三里街办〔2025〕34号",
        unit="三里街道办事处", pdf=True, stamp="三里街道办事处")

    oa_doc("SW20250928001.pdf", "三里街道关于三里社区安全社区创建中期督导情况的反馈", D(2025, 9, 28), [
        ("redhead", "三里街道安全生产委员会办公室"), ("docno", "三里街安办〔2025〕11号"), ("line",),
        ("title", "关于三里社区安全社区创建中期督导情况的反馈"),
        ("to", "三里社区居民委员会："),
        ("p", "2025年9月23日，街道安办秦卫东等3人对你社区安全社区创建工作进行了中期督导，查阅了OA文件、各类台账和照片，"
              "察看了三里农贸市场、三里花园充电棚和三里河救生点。现将督导情况反馈如下："),
        ("h", "一、总体评价"),
        ("p", "促进委员会和项目组运行正常，第一创建年度评审规范；燃气安全入户检查ABC分类管理、农贸市场线路改造、电动车集中充电棚成效明显；"
              "伤害监测按月登记，台账较完整。"),
        ("h", "二、存在问题"),
        ("p", "1.第三季度促进委员会例会至今未召开，不符合你社区“每季度至少召开一次例会”的制度规定。"),
        ("p", "2.8月份网格月度隐患排查未开展，隐患排查台账7月8日以后无排查记录。"),
        ("p", "3.三里河防溺水项目7月以后无活动记录，按项目方案应于汛期结束后（10月）开展效果评估，请提前准备两个汛期的对比数据。"),
        ("p", "4.2025年以来的文件材料未及时整理归档。"),
        ("p", "5.安全专干岗位空缺期间，创建工作缺少专人牵头，部分工作停滞。"),
        ("h", "三、整改要求"),
        ("p", "请你社区对照上述问题，于收到本反馈之日起30日内制定整改措施并落实，整改情况形成书面报告报街道安办。"),
        ("right", "三里街道安全生产委员会办公室"), ("right", cn_date(D(2025, 9, 28))),
    ], [12], [1, 5, 8, 10, 11], "街道中期督导反馈（三里街安办〔2025〕11号，收文PDF；要求30日内书面报告整改情况）", typ="收文",
        docno="三里街安办〔2025〕11号", unit="三里街道安全生产委员会办公室", pdf=True, stamp="三里街道安全生产委员会办公室")


def oa_2025():
    y24 = (D(2024, 4, 1), D(2024, 12, 31))
    inj24 = inj_in(*y24)
    hz24 = hz_in(*y24)
    tr24 = in_range(TRAININGS, *y24)
    oa_doc("FW2025-0110-001.docx", "三里社区2024年度安全社区创建工作总结", D(2025, 1, 10),
           head(JW, "三里居〔2025〕1号") + [
               ("title", "三里社区2024年度安全社区创建工作总结"),
               ("p", "2024年4月我社区启动安全社区创建，按实施方案完成了启动、培训宣传、调查、确定项目阶段的工作，进入项目实施阶段。"),
               ("h", "一、组织建设"),
               ("p", "成立了17人的促进委员会和6个项目组（含数据统计组），印发了12项工作制度。4月至12月召开促进委员会会议3次"
                     "（4月18日成立大会、7月23日、10月29日），项目组工作会议6次，居民议事会2次。"),
               ("h", "二、安全诊断和项目"),
               ("p", "完成问卷612份、危险源辨识32项，6月形成社区安全诊断报告；实施老年人防跌倒、燃气安全入户检查（ABC分类管理）、"
                     "三里河防溺水、农贸市场消防安全、学生上下学交通安全5个项目。第一轮燃气入户检查212户，A类{}户、B类{}户、C类{}户。".format(*R1_ABC)),
               ("h", "三、宣传培训和应急"),
               ("p", f"开展培训{len(tr24)}场{sum(t[5] for t in tr24)}人次，主题宣传{len(in_range(PUBLICITY, *y24))}次；"
                     "修订综合应急预案，制定三里河防汛防溺水专项预案，组织防汛、燃气泄漏应急演练2次。"),
               ("h", "四、隐患排查和伤害监测"),
               ("p", f"开展月度综合排查9次、专项检查3次，登记隐患{len(hz24)}处，全部整改复查。4—12月登记伤害{len(inj24)}例。"),
               ("h", "五、2025年工作打算"),
               ("p", "完成2024年度伤害监测分析；3月开展第一创建年度评审；推进电动车充电问题治理；继续实施5个项目。"),
               ("right", JW), ("right", cn_date(D(2025, 1, 10))),
           ], [12], [1, 2, 4, 5, 6, 7, 8, 9], "2024年度（日历年）创建工作总结（三里居〔2025〕1号）", docno="三里居〔2025〕1号")

    oa_doc("FW2025-0116-002.docx", "三里社区安全社区创建促进委员会第四次例会纪要", D(2025, 1, 16),
           minutes_blocks("第四次例会", "2025年1月16日（星期四）下午3:00—5:00", "社区党群服务中心三楼会议室", "周建国",
                          present_of(drop=("沈国平",)), "沈国平（外出）", "刘晓东",
                          ["王丽华通报2024年度工作总结。",
                           f"黄敏通报伤害监测：2024年4—12月登记伤害{len(inj24)}例，其中跌倒{sum(1 for r in inj24 if r['cause'] == '跌倒/坠落')}例；"
                           "年度分析报告按制度于2月底前完成。",
                           "罗军汇报第一轮C类户第一次回访（12月16—20日）情况。",
                           "刘晓东汇报2025年度安全宣传教育培训计划（草案）。"],
                          ["原则通过2025年度宣传教育培训计划，1月底前印发。", "2月底前完成2024年度伤害监测分析报告。",
                           "3月10—14日开展C类户第二次回访。", "3月下旬召开第一创建年度评审会议，办公室提前准备评审材料。",
                           "春节前（1月20日）开展节前安全检查。"]),
           [1], [6, 9, 12], "会议纪要（第四次例会，2025-01-16）", unit=CJ)

    oa_doc("FW2025-0120-003.docx", "三里社区2025年度安全宣传教育培训计划", D(2025, 1, 20),
           head(JW, "三里居〔2025〕3号") + [
               ("title", "三里社区2025年度安全宣传教育培训计划"),
               ("table", ["季度", "培训对象", "内容", "组织/授课"],
                [["第一季度", "学生；燃气入户检查人员", "交通安全进校园；第二轮入户检查规范", "交警中队、燃气公司"],
                 ["第二季度", "居民、物业；应急救援队；巡河志愿者", "电动车安全充电；地震疏散；防溺水救援", "物业、消防站、河长办"],
                 ["第三季度", "物业保安、保洁", "消防技能", "消防站"],
                 ["第四季度", "居民", "消防安全月培训", "消防站"]]),
               ("p", "全年开展主题宣传不少于6次（防灾减灾日、安全生产月、防溺水、消防宣传日、交通安全日、中小学生安全教育日）。"),
               ("right", JW), ("right", cn_date(D(2025, 1, 20))),
           ], [6], [4], "2025年度安全宣传教育培训计划（三里居〔2025〕3号）", docno="三里居〔2025〕3号")

    # ---- 2024年度伤害监测分析报告 (T3: written in Feb 2025 about 2024)
    cc = cause_count(inj24)
    n = len(inj24)
    old = [r for r in inj24 if r["age"] >= 60]
    kids = [r for r in inj24 if r["age"] <= 14]
    f60 = falls60(*y24)
    places = {}
    for r in inj24:
        places[r["place"]] = places.get(r["place"], 0) + 1
    top_places = sorted(places.items(), key=lambda kv: -kv[1])[:4]
    sev = {s: sum(1 for r in inj24 if r["sev"] == s) for s in ("轻度", "中度", "重度")}
    by_m = [(m, sum(1 for r in inj24 if r["date"].month == m)) for m in range(4, 13)]
    yards = {}
    for r in inj24:
        yards[r["yard"]] = yards.get(r["yard"], 0) + 1
    same23 = round(BASE23_TOTAL * 9 / 12)
    oa_doc("FW2025-0221-004.docx", "三里社区2024年度伤害监测分析报告", D(2025, 2, 21),
           head(CJ, "") + [
               ("title", "三里社区2024年度伤害监测分析报告"),
               ("sub", "（数据统计组　2025年2月21日）"),
               ("h", "一、数据来源"),
               ("p", "数据来源于三里服务站每月报送的伤害监测登记表和区人民医院急诊科导出数据，监测时段为2024年4月1日至12月31日"
                     "（创建启动后的9个月），统计对象为三里社区常住居民。"),
               ("h", "二、总体情况"),
               ("p", f"2024年4—12月共登记伤害{n}例，月均{n / 9:.1f}例；按2023年全年{BASE23_TOTAL}例折算，2023年同期约{same23}例，"
                     f"同比{'下降' if n < same23 else '上升'}{abs(same23 - n) / same23 * 100:.1f}%。"
                     f"轻度{sev['轻度']}例、中度{sev['中度']}例、重度{sev['重度']}例，无死亡病例。"),
               ("table", ["月份"] + [f"{m}月" for m, _ in by_m] + ["合计"], [["例数"] + [c for _, c in by_m] + [n]]),
               ("h", "三、伤害原因"),
               ("table", ["伤害原因", "例数", "构成比"], [[c, k, pct(k, n)] for c, k in cc]),
               ("p", f"跌倒/坠落居首位，其中60岁以上老年人跌倒{len(f60)}例；溺水1例（8月3日，11岁男孩在三里河游泳溺水，获救）。"),
               ("h", "四、人群和地点"),
               ("p", f"60岁以上老年人{len(old)}例，占{pct(len(old), n)}；14岁以下儿童{len(kids)}例，占{pct(len(kids), n)}。"
                     "发生地点前四位：" + "、".join(f"{p}{k}例" for p, k in top_places) + "。"),
               ("p", "按小区统计：" + "、".join(f"{y}{k}例" for y, k in sorted(yards.items(), key=lambda kv: -kv[1])) + "。"),
               ("h", "五、分析与建议"),
               ("p", "1.老年人居家跌倒仍是首要问题，老旧小区发生率高于商品房小区，建议防跌倒项目第二批改造向三里新村、纺机宿舍倾斜；"
                     "2.道路交通伤害中骑电动自行车受伤占多数，建议结合电动车充电治理开展头盔佩戴宣传；"
                     "3.三里河溺水事件发生在巡河时段以外（上午），建议2025年暑期巡河增加上午时段；"
                     "4.监测表中“活动”字段缺填较多，请服务站完善。"),
               ("right", CJ), ("right", cn_date(D(2025, 2, 21))),
           ], [9], [3, 12], "2024年度伤害监测分析报告（2025-02-21撰写，分析2024年4—12月数据）", unit=CJ)

    # ---- 第一创建年度评审
    iy1 = inj_in(*Y1)
    hz1 = hz_in(*Y1)
    tr1 = in_range(TRAININGS, *Y1)
    pu1 = in_range(PUBLICITY, *Y1)
    mt1 = [m for m in MEETINGS if Y1[0] <= m[0] <= Y1[1]]
    fund1 = sum(r[2] for r in FUNDS if Y1[0] <= r[0] <= Y1[1])
    ontime = sum(1 for r in hz1 if r["done"] and r["done"] <= r["limit"])
    oa_doc("FW2025-0326-005.docx", "三里社区安全社区创建第一创建年度评审会议纪要", D(2025, 3, 26),
           minutes_blocks("第一创建年度评审会议", "2025年3月26日（星期三）下午2:30—5:30", "社区党群服务中心三楼会议室", "周建国",
                          present_of(add=("街道安办 秦卫东（列席）",)), "", "刘晓东",
                          ["王丽华代表办公室作第一创建年度（2024年4月1日—2025年3月31日）工作报告。",
                           "与会人员对照《安全社区建设基本要求》12个要素逐项评审，各项目组组长汇报项目实施情况和初步效果。",
                           f"评审认为：组织机构健全，{len(mt1) - 1}次例会和1次评审会议按季度召开；诊断扎实；5个项目按方案实施；"
                           f"培训{len(tr1)}场{sum(t[5] for t in tr1)}人次；演练2次；隐患{len(hz1)}处全部整改复查；伤害监测按月登记，"
                           "2024年度分析报告已完成。",
                           "存在的不足：1.电动车楼道充电、飞线充电在隐患排查中反复出现，尚未立项治理；2.伤害监测表部分字段缺填；"
                           "3.交流活动偏少；4.防跌倒第二批改造尚未完成。",
                           "秦卫东肯定了第一年度工作，建议第二创建年度重点抓好项目效果评估。"],
                          ["通过第一创建年度评审，由办公室形成评审报告。", "电动自行车充电安全立项，杨帆牵头4月上旬制定方案。",
                           "第二创建年度工作计划4月中旬印发，纳入本次评审提出的改进措施。",
                           "第二创建年度评审于2026年3月进行。"]),
           [12], [1], "会议纪要（第一创建年度评审会议，2025-03-26）", unit=CJ)
    oa_doc("FW2025-0331-006.pdf", "三里社区安全社区创建第一创建年度评审报告", D(2025, 3, 31), [
        ("redhead", "三里社区安全社区创建促进委员会"), ("line",),
        ("title", "三里社区安全社区创建第一创建年度评审报告"),
        ("sub", "（评审范围：2024年4月1日—2025年3月31日）"),
        ("h", "一、评审组织"),
        ("p", "2025年3月26日，促进委员会全体委员17人和街道安办列席人员，对照《安全社区建设基本要求》（AQ/T 9001-2006）12个要素，"
              "采用听取汇报、查阅台账和OA文件、现场察看相结合的方式，对第一创建年度的安全绩效进行评审。"),
        ("h", "二、主要绩效"),
        ("table", ["指标", "目标", "完成情况"],
         [["促进委员会例会", "每季度1次", f"{len(mt1) - 1}次例会+1次评审会议（4月18日、7月23日、10月29日、1月16日、3月26日）"],
          ["重点户燃气入户检查", "覆盖率100%", "212户全部检查，A/B/C类 {}/{}/{} 户".format(*R1_ABC)],
          ["安全培训", "每季度至少1次", f"{len(tr1)}场{sum(t[5] for t in tr1)}人次"],
          ["主题宣传", "—", f"{len(pu1)}次"],
          ["应急演练", "每半年1次", "2次（2024年6月14日防汛、11月15日燃气泄漏）"],
          ["隐患排查", "每月1次", f"排查{sum(1 for c in HZ_CHECKS if Y1[0] <= c[0] <= Y1[1])}次，隐患{len(hz1)}处，按期整改率{pct(ontime, len(hz1))}"],
          ["伤害监测", "按月登记、按年分析", f"登记{len(iy1)}例，2024年度分析报告2月21日完成"],
          ["溺水死亡", "0", "0（2024年8月3日溺水1例获救）"],
          ["资金投入", "第一创建年度预算16万元", f"{fund1 / 10000:.2f}万元"]], [38, 34, 86]),
        ("h", "三、要素评审"),
        ("p", "要素1—4（机构职责、信息交流、风险辨识、目标计划）：符合要求；要素5（安全促进项目）：5个项目按方案实施，效果评估将在实施满一年后进行；"
              "要素6—9（培训、应急、监测、伤害记录）：符合要求；要素10（档案）：OA文件、台账、照片分类保存，2024年度档案目录已编制；"
              "要素11—12（纠正措施、评审）：隐患和演练问题整改闭环，本次为首次年度评审。"),
        ("h", "四、改进措施"),
        ("p", "1.电动自行车充电安全立项（2025年4月）；2.服务站完善伤害监测表字段；3.积极参加区、市交流活动；"
              "4.5月底前完成防跌倒第二批改造；5.各项目按期开展效果评估。"),
        ("right", CJ), ("right", cn_date(D(2025, 3, 31))),
    ], [12], list(range(1, 12)), "第一创建年度评审报告（PDF，评审范围2024.4—2025.3）", unit=CJ, pdf=True, stamp=CJ)

    # ---- 电动车方案 + 第二年度计划
    oa_doc("FW2025-0410-007.docx", PNAME["ebike"] + "实施方案", D(2025, 4, 10),
           head(JW, "三里居〔2025〕9号") + [
               ("title", PNAME["ebike"] + "实施方案"),
               ("h", "一、项目背景"),
               ("p", "社区安全诊断将老旧小区电动车飞线充电列为一级（重大）风险；第一创建年度隐患排查中楼道充电、飞线充电问题"
                     f"登记{sum(1 for r in hz1 if '充电' in r['desc'])}处，反复出现。辖区电动自行车约2600辆，无集中充电设施。"
                     "第一创建年度评审决定立项。"),
               ("h", "二、项目目标"),
               ("p", "1.建成集中充电棚1处（不少于60个充电口）；2.楼道充电、飞线充电隐患较立项前一年减少80%；3.不发生电动车火灾。"),
               ("h", "三、干预措施"),
               ("p", "1.在三里花园北门建设集中充电棚，宏达物业运营；2.开展安全充电培训和入户宣传；3.网格员月度排查中重点劝导楼道充电；"
                     "4.派出所对电动车违规充电开展联合劝导。"),
               ("h", "四、进度安排"),
               ("p", "2025年4月培训和选址，6月底建成，7月投用；项目实施满一年或第二创建年度结束前开展效果评估。"),
               ("h", "五、项目组及经费"),
               ("p", "组长杨帆、副组长马超；经费6.8万元（街道专项4万元、宏达物业2.8万元）。"),
               ("h", "六、效果评估"),
               ("p", "比较立项前后隐患台账中充电类隐患数量、充电棚使用量、电动车火情。"),
               ("right", JW), ("right", cn_date(D(2025, 4, 10))),
           ], [5], [4, 8], "项目实施方案（电动自行车充电安全）", docno="三里居〔2025〕9号")
    oa_doc("FW2025-0415-008.docx", "三里社区安全社区创建第二创建年度工作计划", D(2025, 4, 15),
           head(JW, "三里居〔2025〕10号") + [
               ("title", "三里社区安全社区创建第二创建年度工作计划"),
               ("sub", "（2025年4月—2026年3月）"),
               ("h", "一、年度目标"),
               ("p", "1.居民安全知识知晓率达到80%以上；2.60岁以上老年人跌倒就诊不超过35例；3.第二轮燃气入户检查后C类户比例降至5%以下；"
                     "4.建成电动车集中充电棚；5.6个项目全部完成效果评估；6.2026年2月底前完成2025年度伤害分析；7.2026年3月完成第二创建年度评审。"),
               ("h", "二、重点工作安排"),
               ("table", ["时间", "工作内容", "责任人"],
                [["2025年4—6月", "第二轮燃气入户检查；充电棚建设；地震应急疏散演练；第二批适老化改造", "唐文、杨帆、郭峰、梅秀英"],
                 ["2025年7月", "燃气、防跌倒项目效果评估；暑期巡河；C类户回访", "唐文、黄敏、范立新"],
                 ["2025年8—9月", "第三季度例会；中期督导迎检", "王丽华"],
                 ["2025年10—11月", "防溺水、交通、农贸市场项目效果评估；高层住宅消防疏散演练；C类户回访", "各项目组、郭峰"],
                 ["2025年12月", "第四季度例会；居民议事会", "王丽华"],
                 ["2026年1—2月", "2026年度培训计划；2025年度伤害分析；C类户回访", "办公室、数据统计组"],
                 ["2026年3月", "电动车项目效果评估；第二创建年度评审", "杨帆、促进委员会"]]),
               ("h", "三、落实第一年度评审改进措施"),
               ("p", "电动车充电安全已立项；伤害监测表增加“活动”“处置结果”必填项；争取参加区推进会交流发言；各项目效果评估责任到人。"),
               ("right", JW), ("right", cn_date(D(2025, 4, 15))),
           ], [4], [1, 5, 6, 7, 11, 12], "第二创建年度工作计划（三里居〔2025〕10号）", docno="三里居〔2025〕10号")

    oa_doc("FW2025-0515-009.docx", "三里社区5·12地震应急疏散演练总结", D(2025, 5, 15),
           head(JW, "") + [
               ("title", "三里社区5·12地震应急疏散演练总结"),
               ("p", "2025年5月12日上午10:00，社区联合三里小学、三里消防救援站开展地震应急疏散演练。三里小学师生1100人、"
                     "三里花园居民86人参加。"),
               ("p", "演练分避险、疏散、集结清点、伤员救护4个环节。三里小学学生疏散至操场用时2分50秒；三里花园居民疏散至三里广场应急避难场所"
                     "用时11分钟，部分居民不清楚避难场所位置。"),
               ("p", "改进措施：在三里花园、滨河雅居增设应急避难场所指示牌；下半年组织高层住宅消防疏散演练。"),
               ("right", JW), ("right", cn_date(D(2025, 5, 15))),
           ], [7], [6, 11], "地震应急疏散演练总结（演练2025-05-12）")

    # ---- 项目效果评估 (4 in 2025; 防溺水 none)
    r1, r2 = R1_ABC, R2_ABC
    oa_doc("FW2025-0715-010.docx", PNAME["gas"] + "效果评估报告", D(2025, 7, 15),
           head(JW, "") + [
               ("title", PNAME["gas"] + "效果评估报告"),
               ("h", "一、项目实施情况"),
               ("p", "2024年7—10月第一轮、2025年4—6月第二轮入户安全检查，两轮均覆盖212户重点户；C类户按季度回访4次"
                     "（2024年12月、2025年3月、第二轮检查、2025年7月）；补贴安装燃气报警器和金属波纹管两批。"),
               ("h", "二、效果"),
               ("table", ["分类", "第一轮（2024年）", "第二轮（2025年）", "变化"],
                [["A类", r1[0], r2[0], f"{r2[0] - r1[0]:+d}"], ["B类", r1[1], r2[1], f"{r2[1] - r1[1]:+d}"],
                 ["C类", r1[2], r2[2], f"{r2[2] - r1[2]:+d}"], ["C类占比", pct(r1[2], 212), pct(r2[2], 212), ""]]),
               ("p", "重点户燃气报警器安装率由18.4%提高到66.5%；项目期间辖区未发生燃气事故。C类户比例" +
                     ("降至5%以下，达到项目目标。" if r2[2] / 212 < .05 else "未降至5%以下。")),
               ("h", "三、持续改进"),
               ("p", f"剩余{r2[2]}户C类户继续每季度回访；2026年起每年一轮入户检查纳入常态。"),
               ("right", JW), ("right", cn_date(D(2025, 7, 15))),
           ], [5], [8, 12], "项目效果评估（燃气入户检查ABC，2025-07-15）")
    f_before, f_after = BASE23_FALL60, len(falls60(D(2024, 7, 1), D(2025, 6, 30)))
    oa_doc("FW2025-0722-011.docx", PNAME["fall"] + "效果评估报告", D(2025, 7, 22),
           head(JW, "") + [
               ("title", PNAME["fall"] + "效果评估报告"),
               ("h", "一、项目实施情况"),
               ("p", "完成186名独居、高龄老人跌倒风险评估，建档高风险老人58名；完成两批100户居家适老化改造；开展防跌倒讲座和培训；"
                     "志愿者结对58名高风险老人。"),
               ("h", "二、效果"),
               ("p", f"伤害监测数据显示，2024年7月—2025年6月60岁以上老年人跌倒就诊{f_after}例，2023年为{f_before}例，"
                     f"下降{(f_before - f_after) / f_before * 100:.1f}%，{'达到' if f_after <= 35 else '未达到'}下降20%的目标。"
                     "抽样调查120名老年人，防跌倒知识知晓率由诊断时的47.5%提高到82.5%；改造户满意率96.7%。"),
               ("h", "三、持续改进"),
               ("p", "继续开展第二批改造户回访；将楼道扶手加装纳入老旧小区改造；2026年春季开展居家适老化培训。"),
               ("right", JW), ("right", cn_date(D(2025, 7, 22))),
           ], [5], [9, 12], "项目效果评估（老年人防跌倒，2025-07-22）")
    kids_tr = [r for r in INJ if r["cause"] == "道路交通伤害" and 6 <= r["age"] <= 12 and D(2024, 9, 1) <= r["date"] <= D(2025, 8, 31)]
    oa_doc("FW2025-1020-012.docx", PNAME["traffic"] + "效果评估报告", D(2025, 10, 20),
           head(JW, "") + [
               ("title", PNAME["traffic"] + "效果评估报告"),
               ("h", "一、项目实施情况"),
               ("p", "2024年9月起设立护学岗，2024—2025学年值守182天；施划接送停车区、安装隔离栏和减速标志；开展交通安全课和宣传。"),
               ("h", "二、效果"),
               ("p", f"校门口上下学时段未发生学生交通事故；伤害监测中6—12岁儿童道路交通伤害{len(kids_tr)}例（2024年9月—2025年8月），"
                     "均不在校门口时段。抽样观察放学时段违停车辆由日均31辆降至12辆，下降61.3%；家长满意率93.4%。"),
               ("h", "三、持续改进"),
               ("p", "2025—2026学年继续护学岗值守；推动幼儿园门口增设隔离栏。"),
               ("right", JW), ("right", cn_date(D(2025, 10, 20))),
           ], [5], [12], "项目效果评估（学生上下学交通安全，2025-10-20）", author="陈思")
    oa_doc("FW2025-1030-013.docx", PNAME["market"] + "效果评估报告", D(2025, 10, 30),
           head(JW, "") + [
               ("title", PNAME["market"] + "效果评估报告"),
               ("h", "一、项目实施情况"),
               ("p", "2024年11月完成市场电气线路改造，12月建成微型消防站；商户消防培训158人次、器材实操46人；2025年10月更换到期灭火器。"),
               ("h", "二、效果"),
               ("p", "改造前（2024年10月）消防站和市场管理办逐摊排查，发现私拉乱接点位23处；线路改造后一年内，隐患排查台账中市场私拉乱接隐患"
                     f"{sum(1 for r in HZ if r['place'] == '三里农贸市场' and '私拉' in r['desc'] and D(2024, 11, 28) <= r['date'] <= D(2025, 10, 30))}处；"
                     "灭火器配置率100%；未发生火情；商户消防知识抽样合格率由58%提高到91%。"),
               ("h", "三、持续改进"),
               ("p", "市场管理方每月自查用电；消防站每年培训一次商户。"),
               ("right", JW), ("right", cn_date(D(2025, 10, 30))),
           ], [5], [8, 12], "项目效果评估（农贸市场消防安全，2025-10-30）", author="陈思")

    oa_doc("FW2025-1105-014.docx", "关于调整三里社区安全社区创建促进委员会成员的通知", D(2025, 11, 5),
           head(JW, "三里居〔2025〕21号") + [
               ("title", "关于调整三里社区安全社区创建促进委员会成员的通知"),
               ("p", "因工作变动，刘晓东同志不再担任促进委员会委员兼办公室干事。新任安全专干陈思同志（2025年10月8日到岗）"
                     "任促进委员会委员兼办公室干事，负责台账、信息报送和创建档案管理。其他成员不变。"),
               ("right", JW), ("right", cn_date(D(2025, 11, 5))),
           ], [1], [10], "调整促进委员会成员的通知（三里居〔2025〕21号）", docno="三里居〔2025〕21号", author="陈思")

    hzq4 = hz_in(D(2025, 10, 1), D(2025, 12, 17))
    members2 = [n for n in NAMES if n != "刘晓东"] + ["陈思"]
    oa_doc("FW2025-1218-015.docx", "三里社区安全社区创建促进委员会第六次例会纪要", D(2025, 12, 18),
           minutes_blocks("第六次例会", "2025年12月18日（星期四）下午2:30—5:00", "社区党群服务中心三楼会议室", "周建国",
                          [n for n in members2 if n not in ("何婉清", "沈国平")], "何婉清（学校期末工作）、沈国平", "陈思",
                          ["王丽华说明：7月下旬安全专干刘晓东调往街道，8—9月防汛任务重、专干岗位空缺，第三季度（7—9月）例会未召开，"
                           "6月17日第五次例会后直到本次会议才召开。",
                           f"陈思汇报：8—9月网格月度隐患排查未开展，10月14日起恢复；10—12月排查发现隐患{len(hzq4)}处，已整改"
                           f"{sum(1 for r in hzq4 if r['done'] and r['done'] <= D(2025, 12, 17))}处。",
                           "郭峰通报11月8日在三里花园7号楼组织的高层住宅消防疏散演练：居民、物业和消防员共104人参加，疏散用时6分40秒，"
                           "发现2单元常闭式防火门被打开、楼道堆物2处，已交物业整改。",
                           "陈思汇报街道中期督导（9月23日）反馈的5个问题整改情况：例会、隐患排查已恢复，安全专干已到岗；"
                           "防溺水项目效果评估、文件归档尚未完成；整改情况书面报告尚未报送街道。",
                           "项目组汇报：交通、农贸市场项目10月完成效果评估；充电棚运行正常，12月增设20个充电口；"
                           "范立新提出防溺水项目2025年巡河记录不全，效果评估待数据整理后进行。",
                           "黄敏说明：服务站监测员孙静10月底调离，11月伤害监测表未按时报送，新监测员到岗后补报。"],
                          ["例会不因人员变动停开，由王丽华负责排期，2026年3月召开第七次例会。",
                           "陈思于2026年1月底前起草督导整改情况报告报街道。",
                           "服务站尽快补报11月以来的伤害监测数据。",
                           "2026年1月上旬印发2026年度宣传教育培训计划。",
                           "春节前开展节前安全检查。"]),
           [1], [5, 7, 8, 9, 11, 12], "会议纪要（第六次例会，2025-12-18；说明第三季度未开例会）", unit=CJ, author="陈思")


def oa_2026():
    oa_doc("FW2026-0108-001.docx", "三里社区2026年度安全宣传教育培训计划", D(2026, 1, 8),
           head(JW, "三里居〔2026〕1号") + [
               ("title", "三里社区2026年度安全宣传教育培训计划"),
               ("table", ["季度", "培训对象", "内容", "组织/授课"],
                [["第一季度", "居民、商户；老年人家属", "冬季用火用电；居家适老化与防跌倒", "消防站、服务站"],
                 ["第二季度", "应急救援队；巡河志愿者", "防汛演练前培训；防溺水救援", "河长办"],
                 ["第三季度", "物业人员", "高层住宅消防", "消防站"],
                 ["第四季度", "居民", "消防安全月培训", "消防站"]]),
               ("right", JW), ("right", cn_date(D(2026, 1, 8))),
           ], [6], [4], "2026年度安全宣传教育培训计划（三里居〔2026〕1号）", docno="三里居〔2026〕1号", author="陈思")
    oa_doc("FW2026-0319-002.docx", "三里社区安全社区创建促进委员会第七次例会纪要", D(2026, 3, 19),
           minutes_blocks("第七次例会", "2026年3月19日（星期四）下午2:30—5:00", "社区党群服务中心三楼会议室", "周建国",
                          [n for n in NAMES if n not in ("刘晓东", "邓磊")] + ["陈思"], "邓磊（执勤）", "陈思",
                          ["杨帆汇报电动自行车充电安全项目效果评估（初稿）：充电棚运行8个月，楼道充电、飞线充电隐患明显减少，评估报告3月25日印发。",
                           "黄敏说明：服务站新监测员2月到岗，2025年11月以来的伤害监测数据尚在整理，未报送社区；"
                           "2025年度伤害监测分析报告因数据不全尚未形成。",
                           "王丽华说明：按制度本月应召开第二创建年度评审会议，因伤害数据和防溺水项目评估等评审材料不齐，"
                           "经与街道安办沟通，第二创建年度评审推迟至2026年5月，与评定准备一并进行。",
                           "陈思汇报自查整档安排：4月对照评定标准开展自查；档案目录目前只有2024年度的（2025年1月编制），"
                           "2025年度档案目录尚未编制；督导整改情况报告仍未报送。"],
                          ["4月开展自查，4月20日前形成自查报告。", "陈思4月底前补编2025年度档案目录。",
                           "督导整改情况报告与自查报告一并报街道。", "服务站4月底前补报2025年11月以来的伤害数据，数据统计组随后形成2025年度分析报告。",
                           "第二创建年度评审会议5月召开。"]),
           [1], [5, 9, 10, 12], "会议纪要（第七次例会，2026-03-19；第二创建年度评审推迟）", unit=CJ, author="陈思")
    eb_before = sum(1 for r in HZ if "充电" in r["desc"] and D(2024, 7, 1) <= r["date"] < D(2025, 7, 1))
    eb_after = sum(1 for r in HZ if "充电" in r["desc"] and D(2025, 7, 5) <= r["date"] <= D(2026, 3, 20))
    oa_doc("FW2026-0325-003.docx", PNAME["ebike"] + "效果评估报告", D(2026, 3, 25),
           head(JW, "") + [
               ("title", PNAME["ebike"] + "效果评估报告"),
               ("h", "一、项目实施情况"),
               ("p", "2025年6月28日在三里花园北门建成集中充电棚（60个充电口），7月5日投用，12月增设20个充电口；开展安全充电培训55人次，"
                     "派出所、物业联合劝导楼道充电。"),
               ("h", "二、效果"),
               ("p", f"隐患排查台账中楼道充电、飞线充电类隐患：充电棚投用前一年（2024年7月—2025年6月）{eb_before}处，"
                     f"投用后（2025年7月—2026年3月）{eb_after}处。充电棚日均充电83—96车次；项目期间未发生电动车火情。"),
               ("h", "三、持续改进"),
               ("p", "在滨河雅居规划第二处充电点；充电棚加装监控（居民建议）。"),
               ("right", JW), ("right", cn_date(D(2026, 3, 25))),
           ], [5], [8, 12], "项目效果评估（电动自行车充电安全，2026-03-25）", author="陈思")


# ============================================================================= 台账 workbooks
TZ = "台账"


def dcell(d, style):
    """A date written the way the clerk happened to write it in that sheet."""
    if style == "date":
        return d
    if style == "slash":
        return {"v": d, "fmt": "yyyy/m/d"}
    if style == "cn":
        return {"v": d, "fmt": 'yyyy"年"m"月"d"日"'}
    if style == "dot":
        return dot(d)
    if style == "zh":
        return zh(d)
    if style == "md":
        return md(d)
    raise ValueError(style)


def wb_meetings():
    styles = ["date", "dot", "zh", "date", "cn", "dot", "date", "zh"]
    rows = [[i, dcell(m[0], styles[i - 1]), m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]]
            for i, m in enumerate(MEETINGS, 1)]
    rows += [("__blank__",), ("__sum__", ["合计", f"{len(MEETINGS)}次", "", "", "", sum(m[4] for m in MEETINGS), "", "", "", ""])]
    wg = [[i, dot(w[0]) if i % 3 else w[0], w[1], w[2], w[3], w[4]] for i, w in enumerate(WORKGROUPS, 1)]
    wg += [("__blank__",), ("__sum__", ["小计", f"{len(WORKGROUPS)}次", "", "", "", sum(w[4] for w in WORKGROUPS)])]
    rm = [[i, zh(r[0]), r[1], r[2], r[3], r[4], "社区公开栏公示"] for i, r in enumerate(RESIDENT_MTG, 1)]
    rm += [("__blank__",), ("__sum__", ["合计", f"{len(RESIDENT_MTG)}次", "", sum(r[2] for r in RESIDENT_MTG), "", "", ""])]
    write_xlsx(f"{TZ}/会议台账.xlsx", [
        dict(name="促进委员会例会", title="三里社区安全社区创建促进委员会会议台账",
             subtitle="登记：刘晓东（2024.4—2025.7）、陈思（2025.10起）　会议记录本存办公室档案柜",
             header=["序号", "会议时间", "会议名称", "地点", "主持人", "参会人数", "主要议题", "议定事项", "记录/纪要", "备注"],
             rows=rows, widths=[6, 16, 22, 16, 8, 8, 46, 46, 36, 18]),
        dict(name="工作组会议", title="三里社区安全促进项目组工作会议登记",
             header=["序号", "日期", "项目组", "会议内容", "参加人员", "人数"], rows=wg, widths=[6, 12, 24, 52, 36, 6]),
        dict(name="居民议事会", title="三里社区居民议事会（安全议题）登记",
             header=["序号", "开会时间", "地点", "参加人数", "议题", "议事结果", "公示情况"], rows=rm,
             widths=[6, 16, 18, 8, 40, 44, 14]),
    ], D(2024, 4, 18), author="陈思", core_title="会议台账", modified=D(2026, 3, 19))
    register(f"{TZ}/会议台账.xlsx", "会议台账（促进委员会例会8次、工作组会议、居民议事会；2024-10-29和2025-06-17两次例会只在此登记）",
             [1, 2], [5, 12], D(2026, 3, 19), "会议台账")


def wb_training():
    sheets = []
    for y, style, hdr in ((2024, "md", ["序号", "日期", "类别", "主题", "场所", "对象", "参与人次", "授课/组织", "佐证材料"]),
                          (2025, "slash", ["序号", "开展时间", "类型", "内容", "地点", "参加对象", "参与人数", "组织者", "佐证"]),
                          (2026, "dot", ["序号", "时间", "类别", "主题", "场所", "对象", "人次", "授课/组织", "佐证"])):
        items = sorted([t for t in TRAININGS + PUBLICITY if t[0].year == y], key=lambda t: t[0])
        rows = []
        for i, t in enumerate(items, 1):
            rows.append([i, dcell(t[0], style), t[1], t[2], t[3], t[4], t[5] if t[5] else "—", t[6], t[7]])
        ntr = sum(1 for t in items if t[1] == "培训")
        rows += [("__blank__",), ("__sum__", ["小计", "", f"培训{ntr}场、宣传{len(items) - ntr}次", "", "", "",
                                               sum(t[5] for t in items), "", ""])]
        sheets.append(dict(name=f"{y}年", title=f"三里社区{y}年安全培训宣传台账", header=hdr, rows=rows,
                           widths=[6, 12, 8, 34, 20, 24, 9, 24, 22]))
    write_xlsx(f"{TZ}/培训宣传台账.xlsx", sheets, D(2024, 5, 28), author="陈思", core_title="培训宣传台账",
               modified=D(2026, 3, 27))
    register(f"{TZ}/培训宣传台账.xlsx", "培训宣传台账（2024/2025/2026年三张表，培训16场、宣传17次）", [6], [2], D(2026, 3, 27),
             "培训宣传台账")


def wb_hazards():
    sheets = []
    for y, style in ((2024, "dot"), (2025, "date"), (2026, "md")):
        rows = []
        i = 0
        for (d, t, found) in [c for c in HZ_CHECKS if c[0].year == y]:
            hs = [r for r in HZ if r["date"] == d and r["typ"] == t]
            if not hs:
                i += 1
                rows.append([i, dcell(d, style), t, "—", "—", "本次检查未发现隐患", "—", "—", "—", "—", "—", "—", "—", "—"])
            for r in hs:
                i += 1
                rows.append([i, dcell(r["date"], style), r["typ"], r["grid"], r["place"], r["desc"], r["level"], r["owner"],
                             r["fix"], dcell(r["limit"], style), r["state"],
                             dcell(r["done"], style) if r["done"] else "", r["recby"] or "",
                             dcell(r["rec"], style) if r["rec"] else ""])
        ys = [r for r in HZ if r["date"].year == y]
        nchk = sum(1 for c in HZ_CHECKS if c[0].year == y)
        rows += [("__blank__",), ("__sum__", ["小计", f"排查{nchk}次", "", "", "", f"发现隐患{len(ys)}处", "", "", "", "",
                                               f"已整改{sum(1 for r in ys if r['state'] == '已整改')}处", "", "", ""])]
        sheets.append(dict(name=f"{y}年", title=f"三里社区{y}年安全隐患排查整改台账",
                           subtitle="月度综合排查由各网格员开展；整改期限：一般隐患15日、较大隐患30日；复查：网格长、安全专干",
                           header=["序号", "排查时间", "排查类型", "网格", "地点/部位", "隐患描述", "隐患等级", "整改责任单位",
                                   "整改措施", "整改期限", "整改情况", "完成时间", "复查人", "复查日期"],
                           rows=rows, widths=[6, 12, 16, 10, 14, 30, 8, 14, 20, 12, 9, 12, 14, 12]))
    write_xlsx(f"{TZ}/隐患排查台账.xlsx", sheets, D(2024, 4, 16), author="陈思", core_title="隐患排查台账",
               modified=D(2026, 3, 27))
    register(f"{TZ}/隐患排查台账.xlsx", f"隐患排查整改台账（{len(HZ)}处隐患；2025年8—9月无任何排查记录）", [8], [3, 11],
             D(2026, 3, 27), "隐患排查台账")


def wb_drills():
    styles = ["date", "dot", "cn", "zh"]
    rows = [[i, dcell(d[0], styles[i - 1]), d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8]] for i, d in enumerate(DRILLS, 1)]
    rows += [("__blank__",), ("__sum__", ["合计", f"{len(DRILLS)}次", "", "", "", sum(d[4] for d in DRILLS), "", "", "", ""])]
    rng = random.Random(2222)
    sup = []
    for i, (nm, unit, q) in enumerate(SUPPLIES, 1):
        row = [i, nm, unit, q, rng.choice(["社区物资室", "社区物资室", "三里河救生点", "微型消防站"])]
        for _ in SUPPLY_CHECKS:
            row.append(rng.choice(["完好", "完好", "完好", "完好", "补充2", "更换1"]))
        sup.append(row)
    write_xlsx(f"{TZ}/应急演练台账.xlsx", [
        dict(name="演练记录", title="三里社区应急演练台账", subtitle="制度要求：每半年至少组织一次应急演练（1—6月、7—12月）",
             header=["序号", "演练时间", "演练名称", "地点", "组织单位", "参与人数", "演练科目", "发现问题", "改进措施", "佐证"],
             rows=rows, widths=[6, 16, 22, 22, 30, 8, 36, 36, 30, 36]),
        dict(name="应急队伍", title="三里社区应急救援队名册", subtitle="共36人（2024年6月组建，2025年11月更新）",
             header=["序号", "姓名", "所在小组", "身份"], rows=TEAM, widths=[6, 10, 14, 12]),
        dict(name="应急物资", title="三里社区应急物资储备及检查登记", subtitle="每半年检查一次",
             header=["序号", "物资名称", "单位", "数量", "存放地点"] + [f"检查{dot(c)}" for c in SUPPLY_CHECKS],
             rows=sup, widths=[6, 20, 6, 6, 14, 12, 12, 12, 12]),
    ], D(2024, 6, 14), author="陈思", core_title="应急演练台账", modified=D(2025, 12, 22))
    register(f"{TZ}/应急演练台账.xlsx", "应急演练台账（演练4次，2025-11-08高层消防疏散演练只在此登记；应急队伍；应急物资检查）",
             [7], [6, 11], D(2025, 12, 22), "应急演练台账")


def wb_injuries():
    hdr = ["序号", "就诊日期", "姓名", "性别", "年龄", "居住小区", "发生地点", "伤害原因", "伤害性质", "严重程度",
           "发生时活动", "处置结果", "报告单位"]
    s24, s25 = [], []
    for r in INJ:
        if r["date"].year == 2024:
            s24.append([len(s24) + 1, md(r["date"]), r["name"], r["sex"], r["age"], r["yard"], r["place"], r["cause"],
                        r["nat"], r["sev"], r["act"], r["out"], r["org"]])
        else:
            k = len(s25) + 1
            s25.append([k, dot(r["date"]) if k % 17 == 5 else dcell(r["date"], "slash"), r["name"], r["sex"], r["age"], r["yard"],
                        r["place"], r["cause"], r["nat"], r["sev"], r["act"], r["out"], r["org"]])
    s24 += [("__blank__",), ("__sum__", ["合计", f"{len(s24)}例"] + [""] * 11)]
    n25 = len(s25)
    s25 += [("__blank__",), ("__sum__", ["合计", f"{n25}例"] + [""] * 11)]
    summ = []
    main_c = ["跌倒/坠落", "道路交通伤害", "钝器伤", "刀/锐器伤", "烧烫伤", "动物咬伤"]
    for y in (2024, 2025):
        tot = [0] * 9
        for (yy, m) in months((2024, 4), (2025, 10)):
            if yy != y:
                continue
            rs = [r for r in INJ if (r["date"].year, r["date"].month) == (yy, m)]
            vals = [len(rs)] + [sum(1 for r in rs if r["cause"] == c) for c in main_c] + \
                   [sum(1 for r in rs if r["cause"] not in main_c), sum(1 for r in rs if r["age"] >= 60)]
            tot = [a + b for a, b in zip(tot, vals)]
            summ.append([f"{yy}年{m}月"] + vals)
        summ.append(("__sum__", [f"{y}年小计"] + tot))
        summ.append(("__blank__",))
    summ.append(("__sum__", ["合计", len(INJ)] + [sum(1 for r in INJ if r["cause"] == c) for c in main_c] +
                 [sum(1 for r in INJ if r["cause"] not in main_c), sum(1 for r in INJ if r["age"] >= 60)]))
    write_xlsx(f"{TZ}/伤害监测登记.xlsx", [
        dict(name="2024年", title="三里社区伤害监测登记表（2024年）", subtitle="报送：三里服务站（监测员孙静）　录入：刘晓东",
             header=hdr, rows=s24, widths=[6, 10, 8, 6, 6, 12, 14, 14, 14, 8, 14, 16, 18]),
        dict(name="2025年", title="三里社区伤害监测登记表（2025年）",
             subtitle="报送：三里服务站（监测员孙静）　录入：刘晓东（1—7月）、王丽华（8—9月）、陈思（10月起）",
             header=hdr, rows=s25, widths=[6, 12, 8, 6, 6, 12, 14, 14, 14, 8, 14, 16, 18]),
        dict(name="月度汇总", title="三里社区伤害监测月度汇总", header=["月份", "例数"] + main_c + ["其他", "60岁以上"],
             rows=summ, widths=[14, 8, 10, 12, 8, 10, 8, 10, 8, 10]),
    ], D(2024, 6, 5), author="陈思", core_title="伤害监测登记", modified=D(2025, 11, 6))
    register(f"{TZ}/伤害监测登记.xlsx", f"伤害监测登记表（{len(INJ)}例，2024-04至2025-10，最后一例2025-10-28；月度汇总）", [9], [3],
             D(2025, 11, 6), "伤害监测登记")


def wb_abc():
    hdr = ["序号", "小区", "门牌", "户主", "常住人口", "重点人群", "燃气设施", "用电", "灭火器", "防跌倒", "分类", "主要问题",
           "检查日期", "检查人", "处理结果"]

    def rows_of(rs, style):
        out = []
        for i, r in enumerate(rs, 1):
            h = r["h"]
            out.append([i, h["yard"], h["addr"], h["head"], h["pop"], h["key"], r["gas"], r["elec"], r["ext"], r["fall"], r["cls"],
                        r["probs"], dcell(r["date"], style), r["who"], r["res"]])
        a, b, c = abc(rs)
        out += [("__blank__",), ("__sum__", ["合计", f"{len(rs)}户", "", "", "", "", "", "", "", "", f"A{a}/B{b}/C{c}", "", "", "", ""])]
        return out

    rv = [[i, dcell(v["date"], "date" if v["rnd"] == "第一轮" else "dot"), v["rnd"], v["h"]["yard"] + v["h"]["addr"],
           v["h"]["head"], v["before"], v["after"], v["note"], v["who"]] for i, v in enumerate(REVISIT, 1)]
    summ = [["第一轮（2024年7—10月）", 212, *R1_ABC, pct(R1_ABC[2], 212)],
            ["第二轮（2025年4—6月）", 212, *R2_ABC, pct(R2_ABC[2], 212)]]
    write_xlsx(f"{TZ}/入户安全检查（ABC分类）台账.xlsx", [
        dict(name="2024年第一轮", title="三里社区重点户入户安全检查（ABC分类）登记表——第一轮",
             subtitle="A类：无隐患；B类：一般隐患，当场或限期整改；C类：隐患较多或高风险人群，每季度回访", header=hdr,
             rows=rows_of(R1, "date"), widths=[6, 10, 16, 8, 6, 10, 16, 16, 6, 16, 6, 30, 12, 20, 24]),
        dict(name="2025年第二轮", title="三里社区重点户入户安全检查（ABC分类）登记表——第二轮", header=hdr,
             rows=rows_of(R2, "dot"), widths=[6, 10, 16, 8, 6, 10, 16, 16, 6, 16, 6, 30, 12, 20, 24]),
        dict(name="C类户回访", title="C类户回访记录", header=["序号", "回访时间", "轮次", "小区门牌", "户主", "回访前", "回访后",
                                                         "回访情况", "回访人"],
             rows=rv, widths=[6, 12, 8, 26, 8, 8, 8, 26, 16]),
        dict(name="汇总", title="入户安全检查分类汇总", header=["轮次", "检查户数", "A类", "B类", "C类", "C类占比"], rows=summ,
             widths=[24, 10, 8, 8, 8, 10]),
    ], D(2024, 7, 15), author="陈思", core_title="入户安全检查（ABC分类）台账", modified=D(2026, 2, 6))
    register(f"{TZ}/入户安全检查（ABC分类）台账.xlsx",
             "入户安全检查（ABC分类）台账（两轮各212户，C类户回访{}条）".format(len(REVISIT)), [5, 8], [3, 11], D(2026, 2, 6),
             "入户安全检查（ABC分类）台账")


def wb_projects():
    fid = {"fall": ("FW2024-0712-015", "FW2025-0722-011（2025.7.22）"), "gas": ("FW2024-0712-016", "FW2025-0715-010（2025.7.15）"),
           "water": ("FW2024-0715-017", "—"), "market": ("FW2024-0715-018", "FW2025-1030-013（2025.10.30）"),
           "traffic": ("FW2024-0902-021", "FW2025-1020-012（2025.10.20）"), "ebike": ("FW2025-0410-007", "FW2026-0325-003（2026.3.25）")}
    period = {"fall": "2024.7—2025.6（持续）", "gas": "2024.7—2025.7（持续回访）", "water": "2024.7—2025.9（两个汛期）",
              "market": "2024.10—2025.10", "traffic": "2024.9—2025.10（持续）", "ebike": "2025.4—2026.3"}
    state = {"fall": "已评估，持续实施", "gas": "已评估，持续实施", "water": "实施中，效果评估未开展", "market": "已评估，持续实施",
             "traffic": "已评估，持续实施", "ebike": "已评估"}
    tot = [[i, p[1], p[2], period[p[0]], fid[p[0]][0], fid[p[0]][1], state[p[0]]] for i, p in enumerate(PROJECTS, 1)]
    sheets = [dict(name="项目总表", title="三里社区安全促进项目总表", subtitle="更新：陈思　2026年3月25日",
                   header=["序号", "项目名称", "项目组长", "实施时间", "实施方案（OA编号）", "效果评估（OA编号）", "状态"],
                   rows=tot, widths=[6, 36, 10, 24, 20, 30, 22])]
    sname = {"fall": "防跌倒", "gas": "燃气ABC", "water": "防溺水", "market": "农贸市场消防", "traffic": "学生交通", "ebike": "电动车充电"}
    sstyle = {"fall": "date", "gas": "dot", "water": "zh", "market": "date", "traffic": "slash", "ebike": "cn"}
    for p in PROJECTS:
        k = p[0]
        rows = [[i, dcell(a[0], sstyle[k]), a[1], a[2], a[3] if a[3] else "—", a[4], a[5]] for i, a in enumerate(PROJECT_ACTS[k], 1)]
        sheets.append(dict(name=sname[k], title=f"{PNAME[k]}实施台账", subtitle=f"项目组长：{p[2]}　副组长：{p[3]}",
                           header=["序号", "时间", "工作内容", "地点", "人数/户数", "负责人", "佐证"], rows=rows,
                           widths=[6, 14, 48, 20, 9, 14, 22]))
    write_xlsx(f"{TZ}/项目实施台账.xlsx", sheets, D(2024, 7, 15), author="陈思", core_title="项目实施台账",
               modified=D(2026, 3, 25))
    register(f"{TZ}/项目实施台账.xlsx", "项目实施台账（总表+6个项目；防溺水项目记录止于2025-07-20，效果评估未开展）", [5], [2, 6, 8, 12],
             D(2026, 3, 25), "项目实施台账")


def wb_info():
    vs = [[v[0], v[1], v[2], v[3], v[4], v[5], dcell(v[6], "date")] for v in VOLUNTEERS]
    svc = [[i, dcell(s[0], "dot" if s[0].year == 2024 else "slash"), s[1], s[2], s[3]] for i, s in enumerate(VOL_SERVICE, 1)]
    svc += [("__blank__",), ("__sum__", ["合计", f"{len(VOL_SERVICE)}次", "", sum(s[2] for s in VOL_SERVICE), sum(s[3] for s in VOL_SERVICE)])]
    op = [[i, dcell(o[0], "date"), o[1], o[2], o[3], dcell(o[4], "date"), "已反馈"] for i, o in enumerate(OPINIONS, 1)]
    ex = [[i, zh(e[0]), e[1], e[2], e[3], e[4]] for i, e in enumerate(EXCHANGES, 1)]
    write_xlsx(f"{TZ}/信息交流与志愿服务台账.xlsx", [
        dict(name="志愿者名册", title="“三里红马甲”安全志愿服务队名册", subtitle="队长：梅秀英　共46人",
             header=["序号", "姓名", "性别", "年龄", "服务项目", "身份", "加入时间"], rows=vs, widths=[6, 10, 6, 6, 14, 14, 12]),
        dict(name="志愿服务记录", title="安全志愿服务活动记录", header=["序号", "日期", "服务内容", "参加人数", "服务时长（小时）"],
             rows=svc, widths=[6, 12, 36, 10, 14]),
        dict(name="意见建议处理", title="居民安全意见建议受理及反馈登记", subtitle="制度要求：5个工作日内答复或转交责任单位",
             header=["序号", "受理日期", "渠道", "反映内容", "处理情况", "反馈日期", "状态"], rows=op, widths=[6, 12, 12, 34, 36, 12, 8]),
        dict(name="交流活动", title="安全社区交流活动登记", header=["序号", "时间", "活动", "地点", "参加人员", "佐证"], rows=ex,
             widths=[6, 16, 44, 16, 30, 30]),
    ], D(2024, 5, 16), author="陈思", core_title="信息交流与志愿服务台账", modified=D(2026, 3, 13))
    register(f"{TZ}/信息交流与志愿服务台账.xlsx", "信息交流与志愿服务台账（志愿者46人、服务记录、意见建议19条、交流活动4次）", [2], [6],
             D(2026, 3, 13), "信息交流与志愿服务台账")


def wb_funds():
    sheets = []
    for y, style in ((2024, "date"), (2025, "cn"), (2026, "dot")):
        fs = [f for f in FUNDS if f[0].year == y]
        rows = [[i, dcell(f[0], style), f[1], f[2], f[3], f[4]] for i, f in enumerate(fs, 1)]
        rows += [("__blank__",), ("__sum__", ["合计", "", "", sum(f[2] for f in fs), "", ""])]
        sheets.append(dict(name=f"{y}年", title=f"三里社区安全社区创建资金投入台账（{y}年）",
                           header=["序号", "日期", "支出事项", "金额（元）", "资金来源", "经办人"], rows=rows,
                           widths=[6, 14, 44, 12, 30, 10]))
    sheets.append(dict(name="汇总", title="资金投入汇总", header=["年度", "金额（元）", "备注"],
                       rows=[[f"{y}年", sum(f[2] for f in FUNDS if f[0].year == y), ""] for y in (2024, 2025, 2026)] +
                            [("__sum__", ["合计", FUND_TOTAL, "实施方案预算32万元"])], widths=[10, 14, 24]))
    write_xlsx(f"{TZ}/资金投入台账.xlsx", sheets, D(2024, 4, 20), author="王丽华", core_title="资金投入台账",
               modified=D(2026, 3, 17))
    register(f"{TZ}/资金投入台账.xlsx", f"资金投入台账（合计{FUND_TOTAL}元）", [1], [5], D(2026, 3, 17), "资金投入台账")


# ============================================================================= photos
PHOTOS = [  # folder, [(filename, HHMMSS, exif?)], caption, scene, el, also
    ("20240418促进委员会成立大会", [("IMG_20240418_093012.jpg", True), ("IMG_20240418_101533.jpg", True)], "三里社区安全社区创建促进委员会成立大会", "meeting", [1], [2]),
    ("20240528安全社区创建知识培训", [("IMG_20240528_143807.jpg", True)], "安全社区创建知识培训", "meeting", [6], [1]),
    ("20240614防汛应急演练", [("IMG_20240614_092245.jpg", True), ("IMG_20240614_094518.jpg", True)], "三里社区防汛应急演练", "river", [7], []),
    ("20240720燃气入户安全检查", [("IMG_20240720_100314.jpg", True)], "燃气安全入户检查", "outdoor", [8], [5]),
    ("20240912老年人防跌倒讲座", [("IMG_20240912_150226.jpg", True)], "老年人防跌倒健康讲座", "meeting", [6], [5]),
    ("20241024农贸市场商户消防培训", [("IMG_20241024_091540.jpg", True)], "农贸市场商户消防安全培训", "outdoor", [6], [5]),
    ("20241108东湖街道学习交流", [("IMG_20241108_103055.jpg", True)], "赴东湖街道学习安全社区创建经验", "meeting", [2], []),
    ("20241115燃气泄漏应急疏散演练", [("IMG_20241115_150812.jpg", True), ("IMG_20241115_151240.jpg", True)], "燃气泄漏应急疏散演练", "drill", [7], []),
    ("20250326第一创建年度评审会议", [("IMG_20250326_143311.jpg", True)], "第一创建年度评审会议", "meeting", [12], [1]),
    ("20250512地震应急疏散演练", [("IMG_20250512_100108.jpg", True), ("IMG_20250512_101942.jpg", True)], "5·12地震应急疏散演练", "drill", [7], [6]),
    ("20250617促进委员会例会", [("IMG_20250617_150420.jpg", True), ("微信图片_20250617161233.jpg", False)], "促进委员会第五次例会", "meeting", [1], []),
    ("20250705电动车充电棚投用", [("IMG_20250705_083122.jpg", True)], "三里花园北门电动自行车集中充电棚投用", "outdoor", [5], [8]),
    ("20250703防溺水安全第一课", [("IMG_20250703_092650.jpg", True)], "防溺水安全第一课", "meeting", [6], [5]),
    ("20250916物业保安消防培训", [("IMG_20250916_143025.jpg", True)], "物业保安员消防技能培训", "outdoor", [6], []),
    ("20251108高层住宅消防疏散演练", [("IMG_20251108_093518.jpg", True), ("IMG_20251108_094105.jpg", True), ("IMG_20251108_100232.jpg", True)],
     "三里花园7号楼高层住宅消防疏散演练", "drill", [7], []),
    ("20251218促进委员会例会", [("IMG_20251218_143902.jpg", True)], "促进委员会第六次例会", "meeting", [1], []),
    ("20260113冬季用火用电安全培训", [("IMG_20260113_100515.jpg", True)], "冬季用火用电安全培训", "meeting", [6], []),
    ("20260319促进委员会例会", [("IMG_20260319_150022.jpg", True)], "促进委员会第七次例会", "meeting", [1], []),
]


def photos():
    for k, (folder, files, cap, scene, el, also) in enumerate(PHOTOS):
        for j, (fn, ex) in enumerate(files):
            m = re.search(r"(\d{8})_?(\d{6})", fn)
            when = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
            rel = f"照片/{folder}/{fn}"
            write_jpg(rel, cap, when, seed=1900 + 10 * k + j, scene=scene, exif=ex,
                      camera=("HUAWEI", "NOH-AN00") if k % 3 else ("Xiaomi", "23049RAD8C"))
            register(rel, "照片（" + cap + ("，EXIF " + when.strftime("%Y-%m-%d") if ex else "，微信图片无EXIF") + "）",
                     el, also, when.date(), cap)


# ============================================================================= root files, OA export list, catalogue
def root_files():
    tr = TRAININGS
    pu = PUBLICITY
    nchk = len(HZ_CHECKS)
    write_docx("三里社区安全社区创建工作自查报告.docx", [
        ("title", "三里社区安全社区创建工作自查报告"), ("sub", "三里社区安全社区创建促进委员会　2026年4月20日"),
        ("h", "一、基本情况"),
        ("p", f"三里社区位于{CITY}{ST}，辖区面积1.6平方公里，住户4126户、常住人口11358人。社区于2024年4月启动安全社区创建，"
              "创建周期为2024年4月至2026年3月（第一创建年度2024年4月—2025年3月，第二创建年度2025年4月—2026年3月），"
              "2026年4月进入自查整档阶段。现对照《安全社区建设基本要求》（AQ/T 9001-2006）逐项自查如下。"),
        ("h", "二、对照要素自查情况"),
        ("h2", "（一）安全社区创建机构与职责"),
        ("p", f"成立了由17个单位和代表组成的促进委员会，下设办公室和6个项目组、1个数据统计组，2025年4月增设电动自行车充电安全项目组；"
              f"印发工作制度汇编（12项制度）。促进委员会两年共召开全体会议{len(MEETINGS)}次（含第一创建年度评审会议）。"
              f"两年投入创建资金{FUND_TOTAL / 10000:.2f}万元，建立了资金投入台账。"),
        ("h2", "（二）信息交流和全员参与"),
        ("p", f"建立了居民议事会、意见箱、网格微信群、公众号、12345转办5条渠道，召开居民议事会{len(RESIDENT_MTG)}次，"
              f"受理居民安全意见建议{len(OPINIONS)}条，全部按时反馈。“三里红马甲”安全志愿服务队46人，开展志愿服务{len(VOL_SERVICE)}次。"
              f"参加区推进会、赴东湖街道学习等交流活动{len(EXCHANGES)}次。"),
        ("h2", "（三）事故与伤害风险辨识及其评价"),
        ("p", "2024年5—6月开展问卷调查（有效612份）、危险源辨识与LEC评价（32项）、伤害数据回顾和座谈，形成社区安全诊断报告；建立“一网三库”。"),
        ("h2", "（四）事故与伤害预防目标及计划"),
        ("p", "实施方案确定了两年总体目标和6项具体目标，分别制定第一、第二创建年度工作计划和年度宣传教育培训计划。"),
        ("h2", "（五）安全促进项目"),
        ("p", "实施老年人防跌倒、燃气安全入户检查（ABC分类管理）、三里河防溺水、农贸市场消防安全、学生上下学交通安全、"
              "电动自行车充电安全6个项目，均有实施方案和实施台账。其中5个项目完成效果评估；三里河防溺水项目因项目副组长调离，"
              "2025年汛期后的效果评估未按期开展，拟于2026年5月补做。"),
        ("h2", "（六）宣传教育与培训"),
        ("p", f"两年开展安全培训{len(tr)}场{sum(t[5] for t in tr)}人次，主题宣传{len(pu)}次，每季度均开展培训。"),
        ("h2", "（七）应急预案和响应"),
        ("p", f"制定综合应急预案和三里河防汛防溺水专项预案，组建36人应急救援队，储备应急物资15类。组织应急演练{len(DRILLS)}次："
              + "；".join(f"{zh(d[0])}{d[1]}" for d in DRILLS) + "。"),
        ("h2", "（八）监测与监督"),
        ("p", f"网格员按月开展隐患综合排查，节前、汛前开展专项检查，两年共排查{nchk}次，登记隐患{len(HZ)}处，已整改"
              f"{sum(1 for r in HZ if r['state'] == '已整改')}处，其余在整改期限内。两轮重点户入户安全检查各212户，"
              "C类户由{}户降至{}户。".format(R1_ABC[2], R2_ABC[2])),
        ("h2", "（九）事故与伤害记录"),
        ("p", f"与三里服务站建立伤害监测报送机制，2024年4月至2025年10月登记伤害{len(INJ)}例，完成2024年度伤害监测分析报告。"
              "2025年11月以来，因服务站监测员调整，伤害数据尚未报送，正在补报。"),
        ("h2", "（十）安全社区创建档案"),
        ("p", "创建档案按OA文件、电子台账、照片三类保存，专人管理，编制了档案目录。"),
        ("h2", "（十一）预防与纠正措施"),
        ("p", "隐患整改实行复查销号；演练发现的问题落实改进；第一创建年度评审提出的改进措施纳入第二创建年度计划；"
              "针对街道中期督导反馈的问题，社区逐项进行了整改。"),
        ("h2", "（十二）评审与持续改进"),
        ("p", "2025年3月26日召开第一创建年度评审会议并形成评审报告；2025年9月接受街道中期督导。第二创建年度评审会议拟于2026年5月召开。"),
        ("h", "三、自评结论"),
        ("p", "对照市级安全社区评定标准自评得分91分，基本达到市级安全社区标准。"),
        ("h", "四、存在问题和下一步工作"),
        ("p", "1.督促服务站补报2025年11月以来的伤害数据，形成2025年度伤害监测分析报告；2.5月完成三里河防溺水项目效果评估；"
              "3.5月召开第二创建年度评审会议；4.规划滨河雅居第二处电动车充电点；5.巩固6个项目成果，持续改进。"),
        ("right", CJ), ("right", cn_date(D(2026, 4, 20))),
    ], D(2026, 4, 20), author="陈思", core_title="三里社区安全社区创建工作自查报告")
    register("三里社区安全社区创建工作自查报告.docx", "自查报告（2026-04-20，按12要素；承认伤害数据中断、防溺水评估未做、第二年度评审推迟）",
             [12], list(range(1, 12)), D(2026, 4, 20), "三里社区安全社区创建工作自查报告")

    write_pdf("三里社区关于申请市级安全社区评定的请示.pdf", [
        ("redhead", "三里社区居民委员会"), ("docno", "三里居〔2026〕5号"), ("line",),
        ("title", "三里社区关于申请市级安全社区评定的请示"),
        ("to", "临川区安全生产委员会办公室："),
        ("p", "我社区于2024年4月启动安全社区创建，按照《安全社区建设基本要求》，经过2024年4月至2026年3月两个创建年度的建设，"
              "建立了跨部门合作的促进委员会和6个安全促进项目组，实施了老年人防跌倒、燃气安全入户检查（ABC分类管理）、三里河防溺水、"
              "农贸市场消防安全、学生上下学交通安全、电动自行车充电安全6个项目，辖区伤害得到有效控制。"),
        ("p", "经对照评定标准自查，自评得分91分，基本达到市级安全社区标准。特申请市级安全社区评定，请予审核。"),
        ("p", "附件：三里社区安全社区创建工作自查报告"),
        ("right", JW), ("stamp", JW), ("right", cn_date(D(2026, 4, 25))),
        ("footer", ["（联系人：陈思）", f"抄送：{ST}安全生产委员会办公室。"]),
    ], meta_title="请示")
    register("三里社区关于申请市级安全社区评定的请示.pdf", "评定申请书（请示，三里居〔2026〕5号，PDF）", [], list(range(1, 13)),
             D(2026, 4, 25), "三里社区关于申请市级安全社区评定的请示")

    # ---- 档案目录 (compiled 2025-01-10, covers 2024 only; never updated — G6)
    rng = random.Random(110)
    rows = []
    keep = {"发文": "永久", "收文": "30年", "附件": "永久"}
    k = 0
    for e in sorted([e for e in OA if e["date"].year == 2024 and e["fname"] != "附件1(2).docx"],
                    key=lambda e: (e["date"], e["fname"])):
        k += 1
        who = e["unit"] or ("三里社区居委会" if not e["parent"] else "（随主件）")
        rows.append([k, f"SL·2024-{'Y' if keep[e['typ']] == '永久' else 'D30'}-{k:04d}", e["docno"] or "—", who.replace(JW, "三里社区居委会"),
                     e["title"], e["date"].strftime("%Y%m%d"), rng.randint(1, 9), keep[e["typ"]],
                     "OA系统 " + (e["parent"] + "附件" if e["parent"] else os.path.splitext(e["fname"])[0]), ""])
    for nm in ["会议台账", "培训宣传台账", "隐患排查台账", "应急演练台账", "伤害监测登记", "入户安全检查（ABC分类）台账", "项目实施台账",
               "信息交流与志愿服务台账", "资金投入台账"]:
        k += 1
        rows.append([k, f"SL·2024-D30-{k:04d}", "—", "三里社区居委会", nm + "（2024年部分）", "20241231", "—", "30年",
                     "电子台账（办公室电脑D:\\安全社区\\台账）", "持续登记"])
    k += 1
    pg = [p for p in PHOTOS if p[0].startswith("2024")]
    rows.append([k, f"SL·2024-D30-{k:04d}", "—", "三里社区居委会", f"2024年活动照片（{len(pg)}组{sum(len(p[1]) for p in pg)}张）",
                 "20241231", "—", "30年", "照片文件夹", ""])
    write_xlsx("档案目录.xlsx", [dict(
        name="2024年度", title="三里社区安全社区创建档案目录（2024年度）",
        subtitle="编制：刘晓东　审核：王丽华　编制日期：2025年1月10日",
        header=["序号", "档号", "文号", "责任者", "题名", "日期", "页数", "保管期限", "存放位置", "备注"],
        rows=rows, widths=[6, 18, 18, 22, 46, 10, 6, 8, 30, 10])],
        D(2025, 1, 10), author="刘晓东", core_title="档案目录")
    register("档案目录.xlsx", "档案目录（只有2024年度，2025-01-10编制，此后未更新）", [10], [], D(2025, 1, 10), "三里社区安全社区创建档案目录（2024年度）")


def oa_list():
    parent_date = {os.path.splitext(e["fname"])[0]: e["date"] for e in OA if not e["parent"]}
    rows = []
    ents = sorted(OA, key=lambda e: (parent_date.get(e["parent"], e["date"]) if e["parent"] else e["date"],
                                      0 if not e["parent"] else 1, e["fname"]))
    for i, e in enumerate(ents, 1):
        d = parent_date.get(e["parent"], e["date"]) if e["parent"] else e["date"]
        rows.append([i, e["fname"], e["typ"], e["docno"] or "", e["title"], e["unit"].replace(JW, "三里社区居民委员会") if e["unit"] else "",
                     d.strftime("%Y-%m-%d"), e["reg"], e["parent"], "2026-04-16 15:42:08"])
    write_xlsx(f"{OA_DIR}/导出清单.xlsx", [dict(
        name="导出清单", title="公文导出清单",
        subtitle="导出范围：三里社区居民委员会　关键词：安全社区　导出人：陈思　导出时间：2026-04-16 15:42",
        header=["序号", "文件名", "公文类型", "文号", "标题", "发文/来文单位", "成文日期", "登记时间", "所属主件", "导出时间"],
        rows=rows, widths=[6, 22, 8, 20, 50, 28, 12, 18, 18, 20])], D(2026, 4, 16), author="OA", core_title="")
    register(f"{OA_DIR}/导出清单.xlsx", f"OA导出清单（{len(OA)}条：文件名→标题→日期）", [10], [], D(2026, 4, 16), "公文导出清单")


# ============================================================================= main
def set_mtimes(root):
    for dp, dns, fns in os.walk(root, topdown=False):
        for fn in fns:
            os.utime(os.path.join(dp, fn), (MTIME, MTIME))
        os.utime(dp, (MTIME, MTIME))


def sha_all(root):
    h = hashlib.sha256()
    for dp, dns, fns in sorted(os.walk(root)):
        dns.sort()
        for fn in sorted(fns):
            p = os.path.join(dp, fn)
            h.update(os.path.relpath(p, root).encode("utf-8"))
            h.update(hashlib.sha256(open(p, "rb").read()).digest())
    return h.hexdigest()


def self_check():
    on_disk = set()
    for dp, _, fns in os.walk(OUT):
        for fn in fns:
            on_disk.add(os.path.relpath(os.path.join(dp, fn), OUT).replace(os.sep, "/"))
    assert on_disk == set(FILES), (on_disk ^ set(FILES))
    # G5: nothing in any register row says a check/patrol happened in Aug/Sep 2025
    words = ("检查", "排查", "巡查", "巡河")
    for rel in FILES:
        if not rel.endswith(".xlsx") or rel.endswith("导出清单.xlsx") or rel == "档案目录.xlsx":
            continue
        wb = openpyxl.load_workbook(os.path.join(OUT, rel))
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                # the event date is the first date in the row (later dates are deadlines); text dates in the first 3 cells
                ds = [v for v in row if isinstance(v, dt.datetime)][:1]
                txt = " ".join(str(v) for v in row if v is not None)
                head3 = " ".join(str(v) for v in row[:3] if v is not None)
                hit = any(D(2025, 8, 1) <= v.date() <= D(2025, 9, 30) for v in ds) or re.search(r"2025[./年-]0?[89][./月-]", head3)
                if hit and any(w in txt for w in words) and "回访" not in ws.title:
                    raise AssertionError((rel, ws.title, row))
    # G1: no committee meeting in 2025 Q3
    assert not [m for m in MEETINGS if D(2025, 7, 1) <= m[0] <= D(2025, 9, 30)]
    # T2: one drill in every half year of the period
    for a, b in ((D(2024, 4, 1), D(2024, 6, 30)), (D(2024, 7, 1), D(2024, 12, 31)), (D(2025, 1, 1), D(2025, 6, 30)),
                 (D(2025, 7, 1), D(2025, 12, 31))):
        assert [d for d in DRILLS if a <= d[0] <= b], (a, b)
    # E6: a training in every quarter
    for (y, m) in months((2024, 4), (2026, 3))[::3]:
        assert [t for t in TRAININGS if quarter(t[0]) == quarter(D(y, m, 1))], (y, m)
    # E2: a resident council in every half year
    for a, b in ((D(2024, 1, 1), D(2024, 6, 30)), (D(2024, 7, 1), D(2024, 12, 31)), (D(2025, 1, 1), D(2025, 6, 30)),
                 (D(2025, 7, 1), D(2025, 12, 31))):
        assert [r for r in RESIDENT_MTG if a <= r[0] <= b]
    # committee: every quarter except 2025 Q3
    qs = {quarter(m[0]) for m in MEETINGS}
    for (y, m) in months((2024, 4), (2026, 3))[::3]:
        q = quarter(D(y, m, 1))
        assert (q in qs) != (q == (2025, 3)), q
    # monthly hazard inspection except Aug/Sep 2025
    ms = {(c[0].year, c[0].month) for c in HZ_CHECKS if c[1] == "月度综合排查"}
    assert set(months((2024, 4), (2026, 3))) - ms == HZ_GAP_MONTHS
    # hazards: none overdue at period end
    for r in HZ:
        assert (r["done"] and r["done"] <= r["limit"]) or (not r["done"] and r["limit"] > PERIOD[1]), r


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    oa_2024()
    oa_sw()
    oa_2025()
    oa_2026()
    wb_meetings()
    wb_training()
    wb_hazards()
    wb_drills()
    wb_injuries()
    wb_abc()
    wb_projects()
    wb_info()
    wb_funds()
    photos()
    root_files()
    oa_list()
    set_mtimes(OUT)
    self_check()
    print(f"wrote {len(FILES)} files under {OUT}")
    if "--sha" in sys.argv:
        print("sha256", sha_all(OUT))
    if "--registry" in sys.argv:
        for rel in sorted(FILES):
            f = FILES[rel]
            print(f"{rel}\t{f['date']}\t{f['el']}\t{f['also']}\t{f['kind']}\t{f['flags']}")
    if "--judgement-files" in sys.argv:
        out = sys.argv[sys.argv.index("--judgement-files") + 1]
        with open(out, "w", encoding="utf-8") as fh:
            for rel in sorted(FILES, key=lambda r: (r.count("/") > 0, r.split("/")[0], r)):
                f = FILES[rel]
                fh.write(f"  - path: {rel}\n    kind: {f['kind']}\n    elements: {f['el']}\n"
                         f"    also_acceptable: {f['also']}\n    date: '{f['date']}'\n")
                if f["flags"]:
                    fh.write("    flags: {" + ", ".join(f"{k}: {v}" for k, v in f["flags"].items()) + "}\n")
                else:
                    fh.write("    flags: {}\n")


if __name__ == "__main__":
    main()
