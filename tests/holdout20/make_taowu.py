#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the 桃坞社区 安全社区 creation archive (holdout20/taowu).

Style: a mixed urban-rural community (城乡结合型, former 桃坞村, 撤村建居 2016) whose office files
everything by WORK LINE (条线): 综合协调/ 消防安全/ 交通安全/ 老年人与儿童安全/ 居家与燃气安全/
应急管理/ 伤害监测/ 宣传培训/ 档案/ plus a 待整理/ drawer.  Each line folder mixes that line's plans,
meeting records, trainings, inspections, evaluations and photos; only some lines have year
sub-folders (消防安全/2024, 消防安全/2025, 居家与燃气安全/2025); file names follow the office's
habits (（定稿）, v2, 打印版, 2024.6.5, 20240910, a few names that do not carry the title).

Deterministic: fixed random seeds, fixed OOXML core dates and zip member times, reportlab invariant
PDFs, fixed JPEG bytes and EXIF, GBK CSVs with CRLF, every file's and folder's mtime
2026-10-15 10:00 +08:00.

usage: python3 make_taowu.py              (re)writes ./taowu next to this script
       python3 make_taowu.py --sha        also prints each file's sha256 and one over all files
       python3 make_taowu.py --registry   also prints the registry (path, date, elements, kind)
"""
import datetime as dt
import hashlib
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "taowu")
TZ8 = dt.timezone(dt.timedelta(hours=8))
MTIME = dt.datetime(2026, 10, 15, 10, 0, 0, tzinfo=TZ8).timestamp()
ZIP_DT = (2026, 10, 15, 10, 0, 0)
D = dt.date

CJK_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
if not os.path.exists(CJK_PATH):
    sys.exit("CJK font missing: " + CJK_PATH)
PDF_FONT = "WQY"
pdfmetrics.registerFont(TTFont(PDF_FONT, CJK_PATH, subfontIndex=0))


# ============================================================================= small helpers
def zh(d):
    return f"{d.year}年{d.month}月{d.day}日"


def md(d):
    return f"{d.month}月{d.day}日"


def dot(d):
    return f"{d.year}.{d.month}.{d.day}"


def pct(a, b, nd=1):
    return f"{(100.0 * a / b):.{nd}f}%" if b else "0%"


def quarter(d):
    return (d.year, (d.month - 1) // 3 + 1)


def bimonth(d):
    """The community's own 条线工作组 cycle: 1—2, 3—4, 5—6, 7—8, 9—10, 11—12月."""
    return (d.year, (d.month - 1) // 2 + 1)


def add_days(d, n):
    return d + dt.timedelta(days=n)


def workday_after(d, n):
    x = d
    while n:
        x += dt.timedelta(days=1)
        if x.weekday() < 5:
            n -= 1
    return x


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ============================================================================= registry
FILES = {}


def register(rel, kind, el, also, date, flags=None):
    assert rel not in FILES, rel
    FILES[rel] = dict(kind=kind, el=list(el), also=list(also), date=date, flags=flags or {})


def outpath(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def iso_utc(d, hh=9, mi=0):
    t = dt.datetime(d.year, d.month, d.day, hh, mi, tzinfo=TZ8).astimezone(dt.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_ooxml(path, created, modified):
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
def _font(run, name, size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def write_docx(rel, blocks, date, author="闫春兰", core_title="", modified=None, size=12):
    """blocks: ('title', t) ('sub', t) ('h', t) ('p', t) ('pl', t) ('kv', k, v) ('right', t)
    ('table', header, rows) ('br',) ('redhead', t) ('docno', t)"""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    for b in blocks:
        k = b[0]
        if k == "redhead":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            _font(r, "方正小标宋简体", 24, True)
            r.font.color.rgb = RGBColor(210, 20, 20)
        elif k == "docno":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(b[1]), "仿宋", size)
        elif k == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(b[1]), "方正小标宋简体", 18, True)
        elif k == "sub":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(b[1]), "楷体", size)
        elif k == "h":
            p = doc.add_paragraph()
            _font(p.add_run(b[1]), "黑体", size, False)
        elif k == "p":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(size * 2)
            _font(p.add_run(b[1]), "仿宋", size)
        elif k == "pl":
            p = doc.add_paragraph()
            _font(p.add_run(b[1]), "仿宋", size)
        elif k == "kv":
            p = doc.add_paragraph()
            _font(p.add_run(b[1] + "："), "黑体", size)
            _font(p.add_run(b[2]), "仿宋", size)
        elif k == "right":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(b[1]), "仿宋", size)
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
                    _font(c.paragraphs[0].add_run("" if v is None else str(v)), "仿宋", size - 1.5)
        elif k == "br":
            doc.add_paragraph()
        else:
            raise ValueError(k)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = core_title
    cp.revision = 2
    cp.comments = cp.keywords = cp.subject = cp.category = ""
    mod = modified or date
    cp.created = dt.datetime(date.year, date.month, date.day, 1, 0, 0)
    cp.modified = dt.datetime(mod.year, mod.month, mod.day, 8, 0, 0)
    p = outpath(rel)
    doc.save(p)
    normalize_ooxml(p, iso_utc(date, 9, 0), iso_utc(mod, 16, 30))


# ============================================================================= xlsx
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_xlsx(rel, sheets, date, author="闫春兰", modified=None):
    """sheets: dicts {name, title?, header, rows, widths?, note?}. A row cell may be a date."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        ncol = len(sh["header"])
        r = 1
        if sh.get("title"):
            ws.cell(row=1, column=1, value=sh["title"]).font = Font(name="宋体", size=14, bold=True)
            ws.merge_cells(f"A1:{get_column_letter(ncol)}1")
            ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
            r = 2
        for j, h in enumerate(sh["header"], 1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(name="宋体", size=10, bold=True)
            c.border = BOX
            c.alignment = Alignment(horizontal="center", wrap_text=True)
        hdr = r
        for row in sh["rows"]:
            r += 1
            for j, v in enumerate(row, 1):
                if v is None or v == "":
                    continue
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, dt.date):
                    c.number_format = sh.get("datefmt", "yyyy-mm-dd")
                c.font = Font(name="宋体", size=10)
                c.border = BOX
        for extra in sh.get("note", []):
            r += 1
            ws.cell(row=r, column=1, value=extra).font = Font(name="宋体", size=9, italic=True)
        for j, w in enumerate(sh.get("widths") or [], 1):
            ws.column_dimensions[get_column_letter(j)].width = w
        ws.freeze_panes = ws.cell(row=hdr + 1, column=1)
    mod = modified or date
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = ""
    wb.properties.created = dt.datetime(date.year, date.month, date.day, 1, 0, 0)
    wb.properties.modified = dt.datetime(mod.year, mod.month, mod.day, 9, 0, 0)
    p = outpath(rel)
    wb.save(p)
    normalize_ooxml(p, iso_utc(date, 9, 0), iso_utc(mod, 17, 0))


# ============================================================================= csv (GBK, as the 服务站 system and Excel "另存为CSV" write it)
def write_csv_gbk(rel, header, rows):
    def cell(v):
        s = "" if v is None else (v.strftime("%Y/%m/%d") if isinstance(v, dt.date) else str(v))
        if any(ch in s for ch in ',"\n'):
            s = '"' + s.replace('"', '""') + '"'
        return s
    lines = [",".join(cell(h) for h in header)] + [",".join(cell(v) for v in r) for r in rows]
    with open(outpath(rel), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("gbk"))


# ============================================================================= pdf
def write_pdf(rel, blocks, meta_title, author="", producer="WPS Office"):
    base = ParagraphStyle("b", fontName=PDF_FONT, fontSize=11.5, leading=20, wordWrap="CJK", firstLineIndent=23)
    styles = {
        "title": ParagraphStyle("t", parent=base, fontSize=17, leading=28, alignment=1, firstLineIndent=0),
        "redhead": ParagraphStyle("rh", parent=base, fontSize=20, leading=30, alignment=1,
                                  textColor=Color(0.82, 0.05, 0.05), firstLineIndent=0),
        "docno": ParagraphStyle("dn", parent=base, alignment=1, firstLineIndent=0),
        "sub": ParagraphStyle("s", parent=base, alignment=1, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=base, fontSize=12.5, firstLineIndent=0),
        "p": base,
        "pl": ParagraphStyle("pl", parent=base, firstLineIndent=0),
        "right": ParagraphStyle("r", parent=base, alignment=2, firstLineIndent=0),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k == "table":
            header, rows, widths = b[1], b[2], b[3]
            cs = ParagraphStyle("c", parent=base, fontSize=9, leading=13, firstLineIndent=0)
            data = [[Paragraph(str(x), cs) for x in header]] + [[Paragraph(str(x), cs) for x in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, Color(0, 0, 0)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [t, Spacer(1, 6)]
        elif k == "br":
            story.append(Spacer(1, 10))
        elif k == "kv":
            story.append(Paragraph(f"<b>{b[1]}：</b>{b[2]}", styles["pl"]))
        else:
            story.append(Paragraph(b[1], styles[k]))
    doc = SimpleDocTemplate(outpath(rel), pagesize=A4, leftMargin=26 * mm, rightMargin=26 * mm, topMargin=28 * mm,
                            bottomMargin=25 * mm, title=meta_title, author=author, subject="",
                            creator="WPS 文字", producer=producer)
    doc.build(story)


# ============================================================================= jpg
def _pil_font(size):
    return ImageFont.truetype(CJK_PATH, size, index=0)


def write_jpg(rel, caption, when, seed, scene="meeting", camera=("Xiaomi", "Redmi K60"), exif=True):
    rng = random.Random(seed)
    W, H = 960, 720
    im = Image.new("RGB", (W, H), (200, 200, 200))
    dr = ImageDraw.Draw(im)
    top = (rng.randint(150, 220), rng.randint(170, 225), rng.randint(185, 240))
    bot = (rng.randint(70, 140), rng.randint(80, 130), rng.randint(70, 120))
    for y in range(H):
        t = y / H
        dr.line([(0, y), (W, y)], fill=tuple(int(top[i] * (1 - t) + bot[i] * t) for i in range(3)))
    if scene == "meeting":
        dr.rectangle([80, 70, 880, 200], fill=(180, 30, 30))
        dr.text((110, 110), caption[:18], font=_pil_font(38), fill=(255, 235, 130))
        for row in range(2):
            for i in range(8):
                x = 100 + i * 95 + rng.randint(-5, 5)
                y = 290 + row * 200
                dr.ellipse([x, y, x + 44, y + 44], fill=(60 + rng.randint(0, 30), 45, 35))
                dr.rectangle([x - 8, y + 44, x + 52, y + 115],
                             fill=(rng.randint(20, 90), rng.randint(20, 90), rng.randint(40, 140)))
    elif scene == "road":
        dr.rectangle([0, H - 300, W, H], fill=(95, 95, 98))
        for x in range(0, W, 120):
            dr.rectangle([x, H - 160, x + 60, H - 150], fill=(240, 240, 240))
        dr.rectangle([700, H - 520, 715, H - 300], fill=(80, 80, 80))
        dr.ellipse([670, H - 600, 745, H - 525], fill=(220, 30, 30))
        for i in range(4):
            x = 80 + i * 150
            dr.ellipse([x, H - 380, x + 34, H - 346], fill=(70, 50, 40))
            dr.rectangle([x - 6, H - 346, x + 40, H - 280], fill=(250, 200, 20))
    elif scene == "water":
        dr.rectangle([0, H - 330, W, H - 190], fill=(70, 115, 140))
        dr.rectangle([0, H - 190, W, H], fill=(110, 130, 80))
        dr.rectangle([640, H - 470, 800, H - 390], fill=(235, 200, 30))
        dr.text((652, H - 458), "水深危险", font=_pil_font(32), fill=(200, 20, 20))
        dr.rectangle([710, H - 390, 725, H - 190], fill=(90, 90, 90))
    elif scene == "house":
        for i in range(5):
            x = i * 190 + rng.randint(0, 20)
            h = rng.randint(160, 260)
            dr.rectangle([x, H - 180 - h, x + 170, H - 180], fill=(rng.randint(170, 210), rng.randint(150, 180), 140))
            dr.polygon([(x - 10, H - 180 - h), (x + 85, H - 250 - h), (x + 180, H - 180 - h)], fill=(120, 60, 50))
        dr.rectangle([0, H - 180, W, H], fill=(120, 115, 100))
        dr.rectangle([420, H - 300, 470, H - 200], fill=(40, 90, 160))
    else:  # drill
        dr.rectangle([0, H - 230, W, H], fill=(118, 116, 110))
        dr.rectangle([560, 110, 930, H - 230], fill=(165, 155, 140))
        for i in range(12):
            x = 40 + i * 60 + rng.randint(-6, 6)
            y = H - 330 + rng.randint(-15, 15)
            dr.ellipse([x, y, x + 30, y + 30], fill=(60, 45, 35))
            dr.rectangle([x - 5, y + 30, x + 35, y + 95], fill=(210, 45, 30) if i < 3 else (40, 60, 125))
        dr.ellipse([480, 420, 540, 480], fill=(235, 235, 235))
    dr.rectangle([0, H - 50, W, H], fill=(0, 0, 0))
    dr.text((18, H - 42), caption, font=_pil_font(26), fill=(255, 255, 255))
    kw = dict(quality=78)
    if exif:
        ex = Image.Exif()
        ex[0x010F] = camera[0]
        ex[0x0110] = camera[1]
        ex[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
        ifd = ex.get_ifd(0x8769)
        ifd[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
        ifd[0x9004] = when.strftime("%Y:%m:%d %H:%M:%S")
        ifd[0x9010] = "+08:00"
        kw["exif"] = ex.tobytes()
    im.save(outpath(rel), "JPEG", **kw)


def copy_file(src, dst):
    with open(os.path.join(OUT, src), "rb") as f:
        data = f.read()
    with open(outpath(dst), "wb") as f:
        f.write(data)


# ============================================================================= community facts
COMM = "桃坞社区"
JW = "桃坞社区居民委员会"
CJ = "桃坞社区安全社区建设促进委员会"
CJB = "桃坞社区安全社区建设促进委员会办公室"
ST = "桥东街道"
CITY = "沅州市清河区"
PERIOD = (D(2024, 3, 1), D(2026, 2, 28))
Y1 = (D(2024, 3, 1), D(2025, 2, 28))
Y2 = (D(2025, 3, 1), D(2026, 2, 28))
PERIOD_TEXT = ("创建周期为2024年3月至2026年2月，共两个创建年度：第一创建年度为2024年3月1日至2025年2月28日，"
               "第二创建年度为2025年3月1日至2026年2月28日。")

VILLAGES = ["桃坞老村", "下塘", "北沟", "庙前"]
ESTATES = ["桃源新苑", "坞景花园"]
PLACES = VILLAGES + ESTATES
PLACE_W = [20, 17, 12, 11, 26, 14]

MEMBERS = [
    ("蒋志诚", "桃坞社区党委书记、居委会主任", "主任"),
    ("邱海燕", "桥东街道应急管理办公室副主任", "副主任"),
    ("韦国栋", "清河公安分局桥东派出所桃坞警务室社区民警", "副主任"),
    ("闫春兰", "桃坞社区居委会副主任", "委员兼办公室主任"),
    ("包建新", "桃坞社区安全专干", "委员兼办公室干事"),
    ("柏雪", "桥东街道社区卫生服务中心桃坞服务站站长", "委员"),
    ("葛文斌", "清河区消防救援大队桥东消防救援站指导员", "委员"),
    ("樊志勇", "清河交警大队桥东中队副中队长", "委员"),
    ("祁秀芳", "桃坞小学副校长", "委员"),
    ("贝家明", "沅州华润燃气有限公司清河营业所安检主管", "委员"),
    ("毛振宇", "清河液化气供应站桃坞供气点负责人", "委员"),
    ("乔立军", "桃坞物流园管理有限公司安全主管", "委员"),
    ("柯美华", "桃源新苑物业服务中心经理", "委员"),
    ("侯长根", "居民代表（桃坞老村村民小组长）", "委员"),
    ("廖小琴", "“桃坞红马甲”志愿服务队队长", "委员"),
    ("尤德胜", "下塘出租房业主代表", "委员"),
]
NAMES = [m[0] for m in MEMBERS]

# 条线工作组: line folder -> (group name, 组长, 联络员, members)
GROUPS = {
    "消防安全": ("消防安全工作组", "葛文斌", "韩磊", ["葛文斌", "韩磊", "乔立军", "柯美华", "尤德胜", "包建新"]),
    "交通安全": ("交通安全工作组", "樊志勇", "石俊", ["樊志勇", "石俊", "祁秀芳", "乔立军", "廖小琴"]),
    "老年人与儿童安全": ("老年人与儿童安全工作组", "柏雪", "钟丽萍", ["柏雪", "钟丽萍", "祁秀芳", "廖小琴", "侯长根"]),
    "居家与燃气安全": ("居家与燃气安全工作组", "贝家明", "汪涛", ["贝家明", "毛振宇", "汪涛", "柯美华", "侯长根"]),
    "应急管理": ("应急管理工作组", "包建新", "包建新", ["包建新", "邱海燕", "韦国栋", "葛文斌", "廖小琴"]),
    "伤害监测": ("伤害监测工作组", "柏雪", "章敏", ["柏雪", "章敏", "樊志勇", "祁秀芳", "闫春兰"]),
}

# 促进委员会会议 (rule: 每季度至少一次)
COMMITTEE = [
    (D(2024, 3, 12), "第一次全体会议（成立大会）", "综合协调/促进委员会第一次全体会议纪要（定稿）.docx"),
    (D(2024, 6, 5), "第二次会议（第二季度例会）", "综合协调/2024.6.5促委会会议纪要.docx"),
    (D(2024, 9, 10), "第三次会议（第三季度例会）", "综合协调/20240910 季度例会纪要.docx"),
    (D(2024, 12, 17), "第四次会议（第四季度例会）", "综合协调/会议纪要-12月.docx"),
    (D(2025, 2, 26), "第五次会议（第一创建年度评审会）", "综合协调/20250226促委会会议纪要（年度评审）.docx"),
    (D(2025, 5, 20), "第六次会议（第二季度例会）", "综合协调/2025.5.20促委会会议纪要.docx"),
    (D(2025, 7, 16), "第七次会议（第三季度例会）", "综合协调/促委会会议纪要20250716.docx"),
    (D(2025, 10, 22), "第八次会议（第四季度例会）", "综合协调/2025年第四季度促委会纪要.docx"),
    (D(2026, 2, 26), "第九次会议（第二创建年度评审会）", "综合协调/第二创建年度评审会议纪要.docx"),
]

# 条线工作组会议 (rule: 每两个月至少一次)
GROUP_MEETINGS = {
    "消防安全": [D(2024, 4, 16), D(2024, 6, 20), D(2024, 8, 22), D(2024, 10, 17), D(2024, 12, 19),
             # 2025-: recorded only in 消防安全/2025/消防条线月度工作小结2025.1-2026.2.docx (trap T1)
             D(2025, 2, 18), D(2025, 4, 15), D(2025, 6, 17), D(2025, 8, 19), D(2025, 10, 14), D(2025, 12, 16),
             D(2026, 2, 10)],
    "交通安全": [D(2024, 4, 9), D(2024, 6, 11), D(2024, 8, 13), D(2024, 10, 15), D(2024, 12, 10), D(2025, 2, 13),
             D(2025, 4, 10), D(2025, 6, 12), D(2025, 8, 14), D(2025, 10, 16), D(2025, 12, 11), D(2026, 2, 12)],
    # G1: no meeting 2024-11 … 2025-06 (钟丽萍产假 2024-11-04—2025-06-30，组长柏雪未另行召集)
    "老年人与儿童安全": [D(2024, 4, 18), D(2024, 6, 19), D(2024, 8, 21), D(2024, 10, 23),
                 D(2025, 7, 9), D(2025, 9, 17), D(2025, 11, 19), D(2026, 1, 14)],
    "居家与燃气安全": [D(2024, 4, 11), D(2024, 6, 13), D(2024, 8, 15), D(2024, 10, 10), D(2024, 12, 12), D(2025, 2, 20),
                D(2025, 4, 17), D(2025, 6, 19), D(2025, 8, 21), D(2025, 10, 23), D(2025, 12, 18), D(2026, 2, 5)],
    "应急管理": [D(2024, 4, 2), D(2024, 5, 28), D(2024, 7, 30), D(2024, 9, 24), D(2024, 11, 26), D(2025, 1, 21),
             D(2025, 3, 27), D(2025, 5, 27), D(2025, 7, 29), D(2025, 9, 23), D(2025, 11, 25), D(2026, 1, 20)],
    "伤害监测": [D(2024, 4, 25), D(2024, 6, 27), D(2024, 8, 29), D(2024, 10, 31), D(2024, 12, 26), D(2025, 2, 27),
             D(2025, 4, 24), D(2025, 6, 26), D(2025, 8, 28), D(2025, 10, 30), D(2025, 12, 25), D(2026, 2, 26)],
}
OLD_GAP_BIMONTHS = [(2024, 6), (2025, 1), (2025, 2), (2025, 3)]   # 11—12月2024, 1—2, 3—4, 5—6月2025

# 应急演练 (rule: 每半年至少一次, 1—6月 / 7—12月)
DRILLS = [
    (D(2024, 6, 14), "桃溪沿线低洼户防汛转移演练", 86, "应急管理/2024.6.14防汛转移演练/演练总结.docx"),
    (D(2024, 11, 9), "桃源新苑高层住宅消防疏散演练", 132, "应急管理/20241109桃源新苑消防疏散演练总结.docx"),
    # 2025年上半年: none (G2) — 6月防汛演练方案已拟，未实施
    (D(2025, 11, 20), "桃坞物流园仓储火灾疏散及初期火灾扑救演练", 158, "消防安全/2025/物流园消防演练总结.pdf"),
]

# 宣传培训 (rule: 每季度至少一次集中培训). files: the separate records that exist (2024 only)
TRAININGS = [
    (D(2024, 3, 26), "安全社区建设知识培训班", "社区干部、网格员、条线工作组成员", 62, "闫春兰", "宣传培训/安全社区知识培训班签到表2024.3.26.docx"),
    (D(2024, 5, 8), "出租房房东消防安全培训", "下塘、桃坞老村出租房业主", 74, "葛文斌", "消防安全/2024/2024.5.8消防安全培训签到表.docx"),
    (D(2024, 6, 28), "防溺水安全教育进校园", "桃坞小学三至六年级学生", 412, "祁秀芳", "老年人与儿童安全/防溺水宣传/IMG_20240628_160533.jpg"),
    (D(2024, 7, 23), "外来务工人员安全培训（物流园）", "物流园仓储、装卸人员", 96, "乔立军", "宣传培训/2024年培训照片/IMG_20240723_093318.jpg"),
    (D(2024, 9, 3), "交通安全开学第一课", "桃坞小学全体学生及家长代表", 870, "樊志勇", "交通安全/交通安全进校园活动记录.docx"),
    (D(2024, 10, 16), "老年人防跌倒健康讲座", "60岁以上老年人", 58, "柏雪", "老年人与儿童安全/老年人防跌倒讲座签到20241016.docx"),
    (D(2024, 12, 5), "冬季用火用电用气安全培训", "自然村居民、楼栋长", 81, "包建新", ""),
    (D(2025, 1, 14), "应急救护（心肺复苏）培训", "红马甲志愿者、网格员", 45, "廖小琴", ""),
    (D(2025, 3, 18), "网格员隐患排查技能培训", "网格员、楼栋长", 38, "包建新", ""),
    (D(2025, 4, 22), "瓶装液化气安全使用宣讲", "四个自然村瓶装气用户", 127, "毛振宇", ""),
    (D(2025, 6, 10), "防溺水安全教育（暑前）", "桃坞小学学生", 398, "祁秀芳", ""),
    (D(2025, 8, 27), "物流园仓储消防及叉车作业安全培训", "物流园从业人员", 88, "乔立军", ""),
    (D(2025, 9, 9), "交通安全开学第一课", "桃坞小学学生", 845, "樊志勇", ""),
    (D(2025, 11, 6), "“119”消防宣传月居民消防培训", "桃源新苑、坞景花园居民", 104, "葛文斌", ""),
    (D(2025, 12, 18), "冬季居家安全及防跌倒培训", "独居、空巢老人及家属", 49, "柏雪", ""),
    (D(2026, 1, 15), "春节前用火用电及烟花爆竹安全培训", "自然村居民、商户", 93, "包建新", ""),
]
PUBLICITY = [  # 宣传活动 (not trainings), rows in the same register
    (D(2024, 4, 12), "安全社区创建启动宣传（横幅、宣传栏）", "全体居民", 0, "杭晓雯"),
    (D(2024, 5, 10), "发放《致瓶装液化气用户的一封信》", "瓶装气用户", 1260, "汪涛"),
    (D(2024, 6, 16), "安全生产月咨询日（桃坞集市）", "赶集群众", 600, "包建新"),
    (D(2024, 11, 9), "“119”消防宣传进小区", "桃源新苑居民", 300, "韩磊"),
    (D(2025, 5, 12), "防灾减灾日宣传（桃坞集市）", "赶集群众", 550, "包建新"),
    (D(2025, 7, 15), "暑期防溺水《告家长书》发放", "学生家长", 820, "祁秀芳"),
    (D(2025, 10, 8), "宣传栏更换（冬季防火、防跌倒）", "全体居民", 0, "杭晓雯"),
]

PROJECTS = [  # key, name, line, 方案 path, 方案 date, evaluation path or None
    ("fire", "出租房消防安全整治项目", "消防安全", "消防安全/出租房消防安全整治项目实施方案.docx", D(2024, 6, 18),
     "消防安全/2025/出租房消防整治项目效果评估.docx"),
    ("traffic", "临溪公路桃坞路口及电动三轮车交通安全项目", "交通安全", "交通安全/临溪公路桃坞路口交通安全项目方案v2.docx",
     D(2024, 7, 5), None),   # G4
    ("fall", "老年人防跌倒安全促进项目", "老年人与儿童安全", "老年人与儿童安全/老年人防跌倒项目实施方案.docx", D(2024, 6, 25),
     "老年人与儿童安全/防跌倒项目效果评估报告.pdf"),
    ("water", "儿童防溺水安全促进项目", "老年人与儿童安全", "老年人与儿童安全/儿童防溺水项目方案（定稿）.docx", D(2024, 5, 20),
     "老年人与儿童安全/防溺水项目评估2025.docx"),
    ("gas", "瓶装液化气用户ABC分类入户检查项目", "居家与燃气安全", "居家与燃气安全/瓶装液化气用户ABC分类入户检查项目方案.docx",
     D(2024, 4, 22), "居家与燃气安全/2025/ABC入户检查项目效果评估.docx"),
]

SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
GIVEN = "秀英桂兰建华国强志刚丽娟明亮晓燕海燕玉兰文华红梅德明淑珍永康春生美玲长林金凤"


def masked(rng):
    return rng.choice(SURN) + "*" + (rng.choice(GIVEN) if rng.random() < 0.6 else "")


def full_name(rng):
    return rng.choice(SURN) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.5 else "")


def months_between(a, b):
    y, m = a.year, a.month
    out = []
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


# ============================================================================= data: injuries
INJ_CAUSES = [("跌倒/坠落", 30), ("道路交通伤害", 17), ("动物咬伤（犬）", 14), ("刀/锐器伤", 11), ("钝器伤", 8),
              ("烧烫伤", 6), ("农机及机械伤", 5), ("中毒", 3), ("溺水", 1), ("其他", 5)]
INJ = []


def gen_injuries():
    rng = random.Random(20240301)
    no = 0
    for (y, m) in months_between(*PERIOD):
        n = rng.randint(6, 11) + (2 if m in (1, 2, 12) else 0)
        days = sorted(rng.randint(1, 28) for _ in range(n))
        for d in days:
            no += 1
            cause = wchoice(rng, INJ_CAUSES)
            if cause == "溺水" and m not in (6, 7, 8):
                cause = "跌倒/坠落"
            age = rng.choice([rng.randint(2, 14), rng.randint(15, 59), rng.randint(15, 59), rng.randint(60, 92)])
            if cause == "跌倒/坠落" and rng.random() < 0.6:
                age = rng.randint(62, 93)
            if cause == "溺水":
                age = rng.randint(6, 13)
            place = wchoice(rng, list(zip(PLACES, PLACE_W)))
            where = {"跌倒/坠落": rng.choice(["家中", "家中", "楼道", "院坝", "田间"]),
                     "道路交通伤害": rng.choice(["临溪公路桃坞路口", "临溪公路", "村道", "物流园门口"]),
                     "动物咬伤（犬）": rng.choice(["村道", "家中", "院坝"]),
                     "溺水": rng.choice(["庙前鱼塘", "桃溪"]),
                     }.get(cause, rng.choice(["家中", "工作场所", "物流园", "集市", "村道"]))
            sev = wchoice(rng, [("轻度", 70), ("中度", 24), ("重度", 6)])
            out = wchoice(rng, [("门诊处理", 72), ("转上级医院", 18), ("住院", 10)]) if sev != "重度" else "转上级医院"
            INJ.append(dict(no=f"TW{y}{no:04d}", date=D(y, m, d), name=masked(rng), sex=rng.choice("男女"), age=age,
                            place=place, where=where, cause=cause, sev=sev, out=out,
                            intent="意外" if rng.random() < 0.97 else "他人故意"))


def inj_in(a, b):
    return [r for r in INJ if a <= r["date"] <= b]


def cause_count(rows):
    c = {}
    for r in rows:
        c[r["cause"]] = c.get(r["cause"], 0) + 1
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


# ============================================================================= data: hazards (消防燃气隐患排查整改台账)
HZ = []
HZ_KINDS = [
    ("消防", "一般", "出租房楼道堆放杂物，堵塞疏散通道", "清理杂物，落实房东管理责任"),
    ("消防", "一般", "电动自行车楼道内充电", "劝离，引导至集中充电棚"),
    ("消防", "较大", "出租房“三合一”场所住人，无独立疏散通道", "人员搬离，分隔改造"),
    ("消防", "一般", "灭火器过期、压力不足", "更换灭火器"),
    ("用电", "一般", "私拉乱接电线、飞线充电", "拆除飞线，规范布线"),
    ("用电", "较大", "小作坊电气线路老化，无漏电保护", "更换线路，加装漏电保护器"),
    ("燃气", "一般", "液化气钢瓶与灶具连接软管老化", "更换专用软管"),
    ("燃气", "较大", "液化气钢瓶置于卧室，无通风", "移出卧室，设置通风"),
    ("燃气", "一般", "使用非法供气点钢瓶（无充装标识）", "收缴，改由正规供气点供气"),
    ("燃气", "一般", "餐饮店未安装可燃气体报警器", "限期安装报警器"),
    ("消防", "一般", "物流园仓库消防通道被货物占用", "清理通道，划线管理"),
    ("消防", "较大", "小区消防水泵接合器损坏", "报物业维修"),
]
HZ_OVERDUE = []   # G3: hazards past 整改期限 with no completion and no recheck


def gen_hazards():
    rng = random.Random(20240415)
    no = 0
    checks = []
    for (y, m) in months_between(D(2024, 4, 1), D(2026, 2, 28)):
        checks.append((D(y, m, rng.randint(8, 16)), "网格月度巡查"))
        if m in (6, 11):
            checks.append((D(y, m, rng.randint(18, 24)), "专项检查（消防）"))
        if m in (5, 10) :
            checks.append((D(y, m, rng.randint(18, 24)), "专项检查（燃气）"))
    checks.sort()
    for d, typ in checks:
        n = rng.randint(2, 4) if typ.startswith("专项") else rng.randint(1, 3)
        for k in range(n):
            no += 1
            place = rng.choice(VILLAGES + VILLAGES + ESTATES + ["桃坞物流园", "桃坞集市"])
            fits = [k for k in HZ_KINDS if ("小区" not in k[2] or place in ESTATES) and ("物流园" not in k[2] or place == "桃坞物流园")
                    and ("出租房" not in k[2] or place in VILLAGES) and ("液化气" not in k[2] or place in VILLAGES)]
            cat, lvl, desc, fix = rng.choice(fits)
            who = full_name(rng) if place in VILLAGES else {"桃源新苑": "桃源新苑物业", "坞景花园": "坞景花园物业",
                                                             "桃坞物流园": "物流园管理公司", "桃坞集市": "集市摊主"}[place]
            limit = add_days(d, 15 if lvl == "一般" else 30)
            row = dict(no=no, date=d, typ=typ, place=place, desc=desc, cat=cat, lvl=lvl, who=who,
                       limit=limit, fix=fix, done=None, re=None, reby="", status="")
            if limit > PERIOD[1]:
                row["status"] = "整改中"
                row["fix"] = fix + "（已下达整改通知）"
            else:
                done = add_days(d, rng.randint(2, (limit - d).days))
                row["done"] = done
                row["re"] = workday_after(limit if rng.random() < 0.3 else done, rng.randint(1, 4))
                row["reby"] = rng.choice(["韩磊", "汪涛", "包建新"]) if cat != "燃气" else rng.choice(["汪涛", "毛振宇"])
                row["status"] = "已销号"
            HZ.append(row)
    # G3: 7 hazards found Aug—Nov 2025 (安全专干包建新8—11月被抽调街道防汛及燃气百日攻坚) never closed or rechecked
    cand = [r for r in HZ if D(2025, 8, 1) <= r["date"] <= D(2025, 11, 30)]
    assert len(cand) >= 10, len(cand)
    for r in [cand[round(i * (len(cand) - 1) / 6)] for i in range(7)]:
        r.update(done=None, re=None, reby="", status="整改中", fix=r["fix"] + "（已下达整改通知）")
        HZ_OVERDUE.append(r)
    assert len(HZ_OVERDUE) == 7, len(HZ_OVERDUE)
    return checks


# ============================================================================= data: ABC bottled-gas households
HH = []


def gen_households():
    rng = random.Random(20240506)
    for v, n in (("桃坞老村", 46), ("下塘", 42), ("北沟", 36), ("庙前", 32)):
        for i in range(n):
            HH.append(dict(id=f"{v[:2] if v != '下塘' else '下塘'}-{i + 1:03d}", village=v,
                           host=full_name(rng), rent=rng.random() < 0.3,
                           old=rng.random() < 0.35))
    r1, r2 = [], []
    for h in HH:
        p = rng.random()
        c1 = "A" if p < 0.46 else ("B" if p < 0.84 else "C")
        r1.append(c1)
        q = rng.random()
        c2 = {"A": "A" if q < 0.9 else "B", "B": "A" if q < 0.55 else ("B" if q < 0.95 else "C"),
              "C": "A" if q < 0.3 else ("B" if q < 0.85 else "C")}[c1]
        r2.append(c2)
    return r1, r2


def abc_issue(rng, c):
    if c == "A":
        return "无"
    if c == "B":
        return rng.choice(["软管超期未换", "未安装报警器", "钢瓶与灶具距离不足", "厨房通风不良"])
    return rng.choice(["钢瓶置于卧室", "使用无标识钢瓶", "软管老化龟裂且私接三通", "倒立使用钢瓶"])


# ============================================================================= document helpers
def members_present(drop=()):
    return "、".join(n for n in NAMES if n not in drop)


def minutes(title, when, place, chair, present, absent, recorder, topics, decisions, tail=None):
    b = [("title", title),
         ("kv", "时间", zh(when) + ("下午2:30" if when.day % 2 else "上午9:00")),
         ("kv", "地点", place), ("kv", "主持", chair), ("kv", "参会人员", present)]
    if absent:
        b.append(("kv", "请假", absent))
    b.append(("kv", "记录", recorder))
    b.append(("h", "一、会议内容"))
    b += [("p", t) for t in topics]
    b.append(("h", "二、议定事项"))
    b += [("p", f"{i}. {t}") for i, t in enumerate(decisions, 1)]
    if tail:
        b += [("p", t) for t in tail]
    return b


def group_table(line):
    """Rows for a line's 工作组会议记录 table."""
    g = GROUPS[line]
    rows = []
    for i, d in enumerate(GROUP_MEETINGS[line], 1):
        rows.append([i, d.strftime("%Y-%m-%d"), GROUP_TOPICS[line][(i - 1) % len(GROUP_TOPICS[line])],
                     "、".join(g[3]), g[2]])
    return rows


GROUP_TOPICS = {
    "交通安全": ["临溪公路桃坞路口现状调查分工", "路口劝导岗设置及志愿者排班", "暑期三轮车载人整治", "开学季护学岗",
             "减速带、警示牌申请进度", "冬季雨雾天气出行提示", "春运返乡交通安全", "劝导岗运行情况讲评",
             "三轮车登记挂牌", "开学季护学岗（第二年）", "路口事故情况通报", "年度总结及下年安排"],
    "老年人与儿童安全": ["防跌倒、防溺水项目分工", "暑期防溺水巡查排班", "独居老人入户评估进度", "防跌倒讲座准备",
                 "恢复工作组会议，补排防溺水巡查（工作组自2024年10月后未召开会议）", "防溺水项目评估准备",
                 "防跌倒项目评估结果通报", "冬季独居老人走访"],
    "居家与燃气安全": ["ABC分类检查方案讨论", "第一轮入户检查分工", "C类户回访", "报警器安装意向摸底", "冬季用气安全",
                "春节前供气点检查", "第二轮入户检查准备", "第二轮入户检查进度", "报警器安装进度", "C类户回访（第二轮）",
                "项目效果评估数据汇总", "年度总结"],
    "应急管理": ["综合应急预案修订", "防汛预案及演练准备", "防汛演练讲评", "应急物资季度检查", "高层消防疏散演练准备",
             "冬春季应急值守", "年度应急演练计划", "防汛演练方案讨论", "汛期值守情况通报（上半年演练未开展）",
             "物资检查及队伍调整", "物流园演练配合（由消防组牵头）", "春节应急值守"],
    "伤害监测": ["伤害监测报送流程", "回顾性调查数据录入", "暑期溺水、犬伤情况", "月度统计核对", "服务站系统切换",
             "2024年月度数据核对（年度分析未完成）", "补录数据核查", "夏季伤害情况", "督导反馈整改（年度分析）",
             "犬伤高发原因分析", "2025年度分析报告提纲", "2025年度分析报告定稿"],
}


# ============================================================================= 综合协调/
RULES = [
    ("一、促进委员会会议制度", "促进委员会每季度至少召开一次全体会议（例会），听取各条线工作组汇报，研究解决创建工作中的问题；"
     "创建年度评审会可与当季例会合并召开。会议由办公室记录并形成会议纪要。"),
    ("二、条线工作组工作制度", "各条线工作组每两个月至少召开一次工作会议（以1—2月、3—4月、5—6月、7—8月、9—10月、11—12月为一个周期），"
     "研究本条线隐患排查、项目实施和宣传培训事项；会议情况可单独形成会议记录，也可在条线月度工作小结中载明。"
     "工作组每季度向促进委员会例会报告工作。"),
    ("三、信息交流与反馈制度", "设立居民意见箱、“桃坞安全”微信群和网格员走访三条渠道；居民意见建议7日内答复；"
     "居民议事会每半年召开一次，通报创建进展。"),
    ("四、宣传教育培训制度", "每年3月前制定年度宣传培训计划；每季度至少组织一次集中培训；"
     "各类培训、宣传活动统一登记在《宣传培训活动登记表》。"),
    ("五、风险辨识与隐患排查治理制度", "每个创建年度第一季度（3—5月）开展一次社区风险辨识与评价，更新风险清单；"
     "网格员每月开展一次消防、燃气、用电隐患巡查；一般隐患15日内、较大隐患30日内整改，"
     "整改期限届满后5个工作日内由网格员复查销号，逾期未整改的报办公室督办。"),
    ("六、伤害监测与报告制度", "桃坞服务站每月5日前报送上月伤害登记；伤害监测工作组每月汇总；"
     "每年1月底前形成上一年度伤害监测分析报告，报促进委员会。"),
    ("七、应急管理制度", "综合应急预案每两年修订一次；每半年（1—6月、7—12月）至少组织一次应急演练；应急物资每季度检查一次。"),
    ("八、安全促进项目管理制度", "每个项目须有实施方案、实施台账和责任人；项目实施满一年（季节性项目满一个周期）后一个月内开展效果评估，"
     "评估结果报促进委员会。"),
    ("九、评审与持续改进制度", "每个创建年度末（2月）召开年度评审会，形成评审报告；上级督导反馈问题30日内报送整改情况。"),
]


def zonghe():
    Z = "综合协调/"
    # district notice (before the period)
    write_pdf(Z + "关于开展安全社区创建工作的通知（区安委办）.pdf", [
        ("redhead", "沅州市清河区安全生产委员会办公室"), ("docno", "清安委办〔2023〕41号"),
        ("title", "关于开展2024—2026年度安全社区创建工作的通知"),
        ("pl", "各街道安委会，区安委会各成员单位："),
        ("p", "为贯彻落实《安全社区建设基本要求》（AQ/T 9001），经研究，确定桥东街道桃坞社区、河西街道新塘社区为"
              "2024—2026年度区级安全社区创建单位。请各创建社区于2024年3月底前成立安全社区建设促进委员会，"
              "制定实施方案，明确创建周期，按“启动、培训宣传、调查、确定项目、项目实施、自查整档、评定、提高”八个阶段推进。"),
        ("p", "创建社区应建立“一网三库”，做好事故与伤害记录，每半年至少组织一次应急演练，创建满两年后提出评定申请。"),
        ("right", "清河区安全生产委员会办公室"), ("right", "2023年12月18日")],
        "清安委办〔2023〕41号", author="清河区应急管理局")
    register(Z + "关于开展安全社区创建工作的通知（区安委办）.pdf", "上级通知（区安委办，创建任务，2023-12-18）",
             [1], [4, 2, 7, 9], D(2023, 12, 18))

    write_docx(Z + "关于成立桃坞社区安全社区建设促进委员会的通知.docx", [
        ("redhead", "桃坞社区居民委员会文件"), ("docno", "桃坞居〔2024〕6号"),
        ("title", "关于成立桃坞社区安全社区建设促进委员会的通知"),
        ("pl", "各网格、驻区各单位："),
        ("p", "根据清安委办〔2023〕41号文件要求，为推进安全社区建设，经社区党委研究，成立桃坞社区安全社区建设促进委员会，"
              "由社区、街道应急办、派出所、消防救援站、交警中队、卫生服务站、学校、燃气企业、物流园、物业、志愿者组织和居民代表组成。"
              "促进委员会下设办公室（设在社区居委会），负责日常工作。成员如下："),
        ("table", ["序号", "姓名", "单位及职务", "委员会职务"], [[i, m[0], m[1], m[2]] for i, m in enumerate(MEMBERS, 1)]),
        ("p", "促进委员会主要职责：组织社区风险辨识与评价；制定安全目标和计划；组织落实安全促进项目；整合资源，"
              "推动全员参与；组织评审社区安全绩效；提供人、财、物保障。"),
        ("right", "桃坞社区居民委员会"), ("right", "2024年3月5日")], D(2024, 3, 5), author="闫春兰")
    register(Z + "关于成立桃坞社区安全社区建设促进委员会的通知.docx", "成立促进委员会的通知（桃坞居〔2024〕6号，16人跨部门）",
             [1], [2], D(2024, 3, 5))

    plan_blocks = [
        ("redhead", "桃坞社区居民委员会文件"), ("docno", "桃坞居〔2024〕7号"),
        ("title", "桃坞社区安全社区建设实施方案"),
        ("h", "一、社区概况"),
        ("p", "桃坞社区位于清河区桥东街道东部，2016年由原桃坞村撤村建居，属城乡结合型社区，辖区面积4.8平方公里。"
              "辖桃坞老村、下塘、北沟、庙前4个自然村和桃源新苑（安置小区，18栋高层）、坞景花园2个小区，"
              "共3412户、9860人，其中流动人口3140人，60岁以上老年人1870人（占19.0%），独居、空巢老人214人，"
              "14岁以下儿童1390人（留守儿童62人）。辖区有桃坞物流园（43家仓储物流企业）、小作坊28家、"
              "自建出租房612户、桃坞集市（逢农历三、八赶集）、桃坞小学（846名学生）和桃坞幼儿园；省道S231临溪公路穿境2.3公里；"
              "桃溪及鱼塘17口分布于自然村之间。两个小区使用管道燃气（1480户），自然村约1260户使用瓶装液化气。"),
        ("h", "二、创建周期"),
        ("p", PERIOD_TEXT + "2026年3月开展自查整档，提出评定申请。"),
        ("h", "三、工作目标"),
        ("p", "总体目标：建立跨部门合作的安全促进机制，到创建期末各类事故与伤害明显下降，居民安全满意度达到90%以上。"),
        ("table", ["序号", "目标", "基线（2023年）", "期末目标"], [
            [1, "社区伤害发生率（服务站登记）", "约1.35%", "下降10%以上"],
            [2, "60岁以上老人跌倒伤害例数", "年约38例", "下降15%"],
            [3, "出租房“三合一”场所", "37处", "全部整治"],
            [4, "瓶装液化气C类（高风险）户", "摸底中", "减少60%以上"],
            [5, "临溪公路桃坞路口交通事故", "年9起", "下降30%"],
            [6, "儿童溺水死亡", "0", "保持为0"],
            [7, "居民安全知识知晓率", "61%", "85%以上"]]),
        ("h", "四、组织机构"),
        ("p", "成立促进委员会（见桃坞居〔2024〕6号），办公室设在居委会。按社区现有工作条线设立消防安全、交通安全、"
              "老年人与儿童安全、居家与燃气安全、应急管理、伤害监测六个条线工作组，宣传培训由办公室统筹。"),
        ("h", "五、实施步骤"),
        ("p", "（一）启动阶段（2024年3月）：成立组织，印发方案和工作制度。（二）培训宣传阶段（2024年3—5月）。"
              "（三）调查阶段（2024年4—5月）：基本情况调查、风险辨识评价、事故与伤害回顾调查，形成社区安全诊断报告。"
              "（四）确定项目阶段（2024年5—7月）。（五）项目实施阶段（2024年6月—2026年1月）。"
              "（六）自查整档阶段（2026年2—3月）。（七）评定阶段（2026年4月后）。（八）提高阶段。"),
        ("h", "六、保障措施"),
        ("p", "社区每年安排安全社区建设经费不少于15万元，街道给予补助；各条线资料由条线负责人收集，年底交办公室汇总，"
              "档案管理制度另行制定。"),
        ("right", "桃坞社区居民委员会"), ("right", "2024年3月8日")]
    write_docx(Z + "桃坞社区安全社区建设实施方案（定稿）.docx", plan_blocks, D(2024, 3, 8), author="闫春兰",
               modified=D(2024, 3, 11))
    register(Z + "桃坞社区安全社区建设实施方案（定稿）.docx", "实施方案（桃坞居〔2024〕7号；创建周期2024.3—2026.2、量化目标、条线组织、步骤、经费）",
             [1, 4], [2, 3, 5, 6, 7, 10], D(2024, 3, 8))
    # WPS print-version PDF of the same text
    pdf_blocks = [b if b[0] != "table" else ("table", b[1], b[2], [12, 60, 40, 45]) for b in plan_blocks]
    write_pdf(Z + "实施方案（打印版）.pdf", pdf_blocks, "桃坞社区安全社区建设实施方案（定稿）", author="闫春兰")
    register(Z + "实施方案（打印版）.pdf", "实施方案打印版PDF（与定稿docx同文）", [1, 4], [2, 3, 5, 6, 7, 10], D(2024, 3, 8),
             flags={"duplicate_of": Z + "桃坞社区安全社区建设实施方案（定稿）.docx"})

    m = COMMITTEE[0]
    write_docx(m[2], minutes("桃坞社区安全社区建设促进委员会第一次全体会议纪要", m[0], "社区二楼会议室", "蒋志诚",
                             members_present(("樊志勇",)), "樊志勇（执勤）", "包建新", [
        "1. 蒋志诚宣读桃坞居〔2024〕6号文件，宣布促进委员会成立。邱海燕传达区安委办创建工作要求。",
        "2. 闫春兰介绍《桃坞社区安全社区建设实施方案》（讨论稿），会议讨论通过：创建周期为2024年3月至2026年2月，"
        "按两个创建年度推进。",
        "3. 讨论条线分工：按社区现有条线设六个工作组，宣传培训由办公室统筹。"],
        ["3月20日前印发工作制度汇编和条线工作组名单（闫春兰）。", "3月底前举办安全社区建设知识培训班（闫春兰）。",
         "4—5月开展社区调查和风险辨识，5月底形成社区安全诊断报告（包建新、柏雪）。"]), m[0], author="包建新")
    register(m[2], "会议纪要（促进委员会第一次全体会议/成立大会，2024-03-12）", [1], [2, 3, 4], m[0])

    write_docx(Z + "桃坞社区安全社区建设工作制度汇编v2.docx",
               [("title", "桃坞社区安全社区建设工作制度汇编"), ("sub", "（2024年3月修订稿v2，桃坞居〔2024〕9号印发）")] +
               [x for h, t in RULES for x in (("h", h), ("p", t))] +
               [("p", "本制度汇编自印发之日起执行，由促进委员会办公室负责解释。"), ("right", "2024年3月20日")],
               D(2024, 3, 20), author="闫春兰")
    register(Z + "桃坞社区安全社区建设工作制度汇编v2.docx",
             "工作制度汇编（9项制度：会议、条线工作组、信息交流、培训、风险辨识与隐患、伤害监测、应急、项目、评审；无档案管理制度）",
             [1], [2, 3, 5, 6, 7, 8, 9, 11, 12], D(2024, 3, 20))

    rows = []
    for line, g in GROUPS.items():
        rows.append([g[0], g[1], g[2], "、".join(x for x in g[3] if x not in (g[1], g[2]))])
    write_docx(Z + "条线分工及工作组名单.docx", [
        ("title", "关于成立安全社区建设条线工作组的通知"), ("sub", "桃坞社区安全社区建设促进委员会办公室　2024年3月20日"),
        ("p", "按照实施方案，结合社区现有工作条线，成立六个条线工作组。各工作组每两个月至少召开一次工作会议，"
              "负责本条线风险辨识、隐患排查、安全促进项目和宣传培训，资料由联络员收集存放在本条线文件夹。"),
        ("table", ["工作组", "组长", "联络员", "成员"], rows),
        ("p", "宣传培训工作由促进委员会办公室（杭晓雯）统筹，数据统计由伤害监测工作组负责。")], D(2024, 3, 20), author="闫春兰")
    register(Z + "条线分工及工作组名单.docx", "成立条线工作组的通知（六个工作组名单，标题只在正文）", [1], [5], D(2024, 3, 20))

    write_pdf(Z + "组织架构图.pdf", [
        ("title", "桃坞社区安全社区建设组织架构"),
        ("p", "促进委员会（主任：蒋志诚；副主任：邱海燕、韦国栋）"),
        ("p", "└ 促进委员会办公室（主任：闫春兰；干事：包建新、杭晓雯）"),
        ("table", ["条线工作组", "组长", "联络员"], [[g[0], g[1], g[2]] for g in GROUPS.values()], [60, 40, 40]),
        ("p", "驻区协作单位：桥东派出所、桥东消防救援站、交警桥东中队、桃坞服务站、桃坞小学、华润燃气、液化气供气点、"
              "桃坞物流园、两小区物业、桃坞红马甲志愿服务队。"), ("right", "2024年3月")], "组织架构图", author="闫春兰")
    register(Z + "组织架构图.pdf", "组织架构图（促进委员会—办公室—六个条线工作组）", [1], [], D(2024, 3, 20))

    # yearly plans
    write_docx(Z + "第一创建年度工作计划.docx", [
        ("title", "桃坞社区安全社区建设第一创建年度工作计划"), ("sub", "（2024年3月—2025年2月）"),
        ("h", "一、年度目标"),
        ("p", "完成组织建设和社区安全诊断；确定并启动5个安全促进项目；出租房“三合一”场所整治50%；瓶装液化气用户入户检查全覆盖；"
              "每季度至少1次集中培训；上、下半年各1次应急演练。"),
        ("h", "二、工作安排"),
        ("table", ["时间", "工作内容", "责任条线/人"], [
            ["2024年3月", "成立组织、印发方案及制度、知识培训", "办公室/闫春兰"],
            ["2024年4—5月", "社区调查、风险辨识评价、诊断报告", "包建新、柏雪"],
            ["2024年5—7月", "确定5个项目，印发项目方案", "各条线组长"],
            ["2024年5—6月", "瓶装液化气用户ABC分类入户检查（第一轮）", "居家与燃气组"],
            ["2024年6月", "防汛转移演练", "应急管理组"],
            ["2024年9月", "交通安全开学第一课、路口劝导岗", "交通组"],
            ["2024年11月", "高层住宅消防疏散演练", "应急管理组"],
            ["2025年1月", "2024年度伤害监测分析报告", "伤害监测组"],
            ["2025年2月", "第一创建年度评审", "办公室"]]),
        ("h", "三、经费预算"), ("p", "年度预算16.5万元，其中项目经费11.2万元、宣传培训2.1万元、应急物资2.0万元、其他1.2万元。")],
        D(2024, 4, 2), author="闫春兰")
    register(Z + "第一创建年度工作计划.docx", "第一创建年度工作计划（目标、时间表、责任、预算）", [4], [1, 3, 5, 6, 7, 9], D(2024, 4, 2))

    write_docx(Z + "2025年度（第二创建年度）工作计划.docx", [
        ("title", "桃坞社区安全社区建设第二创建年度工作计划"), ("sub", "（2025年3月—2026年2月）"),
        ("h", "一、年度目标"),
        ("p", "5个项目持续实施并全部完成效果评估；出租房“三合一”场所全部整治；C类液化气用户下降60%；路口交通事故下降30%；"
              "3—5月更新社区风险辨识清单；上、下半年各1次应急演练；2026年2月完成第二年度评审。"),
        ("table", ["时间", "工作内容", "责任条线/人"], [
            ["2025年3—5月", "社区风险辨识与评价更新", "包建新"],
            ["2025年5—6月", "液化气用户第二轮入户检查", "居家与燃气组"],
            ["2025年6月", "防汛应急演练", "应急管理组"],
            ["2025年8—12月", "各项目效果评估", "各条线"],
            ["2025年11月", "物流园消防疏散演练", "消防组"],
            ["2026年1月", "2025年度伤害监测分析报告", "伤害监测组"],
            ["2026年2月", "第二创建年度评审、自查整档准备", "办公室"]]),
        ("p", "年度预算17.8万元。")], D(2025, 3, 4), author="闫春兰")
    register(Z + "2025年度（第二创建年度）工作计划.docx", "第二创建年度工作计划（2025.3—2026.2）", [4], [1, 3, 5, 6, 7, 9], D(2025, 3, 4))

    # committee minutes 2..9
    nine = len(INJ)
    texts = {
        1: (["1. 包建新汇报社区调查情况：回顾性入户调查600户、居民问卷412份，风险辨识41项，《社区安全诊断报告》已于5月30日完成。",
             "2. 各条线汇报：燃气组第一轮ABC入户检查已完成老村、下塘；交通组完成路口流量观察；老幼组确定防溺水、防跌倒两个项目。",
             "3. 讨论确定5个安全促进项目：出租房消防整治、临溪公路桃坞路口交通安全、老年人防跌倒、儿童防溺水、瓶装液化气ABC分类入户检查。"],
            ["6月14日组织桃溪沿线低洼户防汛转移演练（应急管理组）。", "6月底前各项目方案报办公室。",
             "伤害监测组自4月起按月汇总服务站登记。"]),
        2: (["1. 各条线汇报第三季度工作：出租房整治已完成“三合一”场所14处；路口劝导岗8月起运行；防溺水暑期巡查72次无溺水事件；"
             f"燃气第一轮检查完成{len(HH)}户，C类{R1.count('C')}户。",
             "2. 伤害监测组通报：3—8月服务站登记伤害" + str(len(inj_in(D(2024, 3, 1), D(2024, 8, 31)))) + "例，跌倒和犬伤居前。"],
            ["11月组织桃源新苑高层住宅消防疏散演练。", "冬季前完成出租房电动车集中充电棚选址。"]),
        3: (["1. 第四季度工作小结及第一创建年度工作回顾（初步）。",
             "2. 老幼组联络员钟丽萍自11月4日起休产假，组内工作由组长柏雪兼顾。",
             "3. 部署冬春季防火、燃气安全检查，春节前集中培训。"],
            ["2025年1月底前伤害监测组形成2024年度伤害监测分析报告。", "2月下旬召开第一创建年度评审会。",
             "各条线12月底前将本年度资料交办公室。"]),
        4: (["1. 闫春兰作第一创建年度工作评审报告，逐项对照目标：组织、诊断、项目、培训、演练均按计划完成。",
             "2. 存在问题：2024年度伤害监测分析报告未按时形成（服务站系统切换，仅有月度统计）；老幼组11月以来未召开工作会议；"
             "部分项目台账不规范。",
             "3. 讨论第二创建年度工作计划（讨论稿）。"],
            ["伤害监测组3月底前补交2024年度分析报告。", "老幼组尽快恢复工作组会议。", "3月上旬印发第二创建年度工作计划。"]),
        5: (["1. 各条线汇报第二季度工作：燃气第二轮入户检查5月启动；防溺水暑前教育6月进行；出租房整治累计32处。",
             "2. 包建新汇报：按制度3—5月应开展的风险辨识更新因人手紧张尚未开展，拟推迟到下半年。",
             "3. 应急管理组汇报：6月下旬组织防汛应急演练，方案正在拟定。"],
            ["6月组织防汛应急演练。", "风险辨识更新下半年完成（包建新）。"]),
        6: (["1. 应急管理组报告：6月20日起连续强降雨，社区转入实战防汛值守，原定6月防汛演练未组织，上半年未开展应急演练。",
             "2. 老幼组报告：工作组于7月9日恢复召开会议，2024年10月以后至2025年6月未召开工作组会议。",
             "3. 通报区安委办中期督导反馈意见（6月18日）及整改情况报告（7月25日前报送）。"],
            ["下半年应急演练由消防组牵头与物流园联合组织，11月实施。", "伤害监测组8月底前完成2024年度分析报告。",
             "包建新8—11月抽调街道防汛及燃气“百日攻坚”，办公室日常由闫春兰负责。"]),
        7: (["1. 项目评估进展：出租房消防整治（9月）、防跌倒（8月）、防溺水（10月）已完成评估；燃气项目12月评估；"
             "交通项目待交警年度事故数据后开展。",
             "2. 消防组汇报物流园演练方案；部分8月以后排查出的隐患整改进度滞后。"],
            ["11月20日开展物流园消防疏散演练。", "12月底前完成燃气项目评估。", "各条线梳理未销号隐患（闫春兰）。"]),
        8: (["1. 闫春兰作第二创建年度工作评审报告。", "2. 讨论自查整档安排：3月20日前形成自查报告，各条线资料3月10日前归集。"],
            ["交通项目效果评估3月底前完成（樊志勇、石俊）。", "3月开展自查整档。"]),
    }
    for i in range(1, 9):
        d, what, rel = COMMITTEE[i]
        topics, dec = texts[i]
        absent = ["葛文斌", "乔立军", "樊志勇", "毛振宇", "尤德胜", "韦国栋", "祁秀芳", "柯美华"][i - 1]
        title = f"桃坞社区安全社区建设促进委员会{what}纪要"
        write_docx(rel, minutes(title, d, "社区二楼会议室", "蒋志诚", members_present((absent,)), absent,
                                "包建新" if not D(2025, 8, 1) <= d <= D(2025, 11, 30) else "闫春兰", topics, dec), d,
                   author="包建新")
        also = {1: [3, 4, 5, 7, 9], 2: [5, 8, 9, 7], 3: [4, 6, 7, 9], 4: [4, 9, 11], 5: [3, 4, 5, 7],
                6: [7, 9, 11, 12], 7: [5, 7, 8, 11], 8: [4, 5, 10, 11]}[i]
        el = [1, 12] if i in (4, 8) else [1]
        register(rel, f"会议纪要（促进委员会{what}，{d}）", el, also, d)
    del nine

    # lock file of an open Word document
    with open(outpath(Z + "~$会议纪要-12月.docx"), "wb") as f:
        f.write(bytes([7]) + "yanchunlan".encode("ascii") + bytes(54 - 11) + bytes([7, 0]) +
                "闫春兰".encode("utf-16-le") + bytes(162 - 56 - 6))
    register(Z + "~$会议纪要-12月.docx", "Word锁文件（~$）", [], [], D(2024, 12, 17), flags={"lock_file": True})

    # reviews
    y1_inj = inj_in(*Y1)
    write_docx(Z + "第一创建年度工作评审报告.docx", [
        ("title", "桃坞社区安全社区建设第一创建年度工作评审报告"), ("sub", "（2024年3月1日—2025年2月28日）"),
        ("h", "一、评审组织"), ("p", "2025年2月26日促进委员会第五次会议组织评审，对照实施方案和第一创建年度工作计划逐项检查。"),
        ("h", "二、目标完成情况"),
        ("table", ["目标", "完成情况", "评价"], [
            ["组织建设", "促进委员会16人，六个条线工作组，9项工作制度", "完成"],
            ["社区诊断", "2024年5月完成诊断报告，风险辨识41项", "完成"],
            ["安全促进项目", "5个项目全部启动", "完成"],
            ["培训", "每季度至少1次，共7次", "完成"],
            ["应急演练", "2024年6月14日防汛转移演练、11月9日高层消防疏散演练", "完成"],
            ["伤害监测", f"登记伤害{len(y1_inj)}例，月度统计完整；2024年度分析报告未形成", "部分完成"],
            ["条线工作组会议", "老幼组2024年11月以来未召开", "部分完成"]]),
        ("h", "三、存在问题及改进措施"),
        ("p", "1. 2024年度伤害监测分析报告未按制度于1月底前形成，要求3月底前补交。2. 老幼组会议中断，要求尽快恢复。"
              "3. 项目台账格式不统一，第二年度统一使用办公室模板。"),
        ("right", "桃坞社区安全社区建设促进委员会办公室"), ("right", "2025年2月28日")], D(2025, 2, 28), author="闫春兰")
    register(Z + "第一创建年度工作评审报告.docx", "第一创建年度评审报告（2024.3—2025.2，目标完成、问题、改进）",
             [12], [1, 4, 5, 6, 7, 9, 11], D(2025, 2, 28))

    fin = sum(1 for r in HZ if r["status"] == "已销号")
    write_docx(Z + "第二创建年度工作评审报告（定稿）.docx", [
        ("title", "桃坞社区安全社区建设第二创建年度工作评审报告"), ("sub", "（2025年3月1日—2026年2月28日）"),
        ("h", "一、评审组织"), ("p", "2026年2月26日促进委员会第九次会议组织评审。"),
        ("h", "二、目标完成情况"),
        ("table", ["目标", "完成情况", "评价"], [
            ["项目效果评估", "出租房消防、防跌倒、防溺水、燃气ABC四个项目已评估；交通项目评估未开展", "部分完成"],
            ["出租房“三合一”场所", "37处全部整治", "完成"],
            ["C类液化气用户", f"由第一轮{R1.count('C')}户降至第二轮{R2.count('C')}户", "完成"],
            ["风险辨识更新", "未开展，沿用2024年清单", "未完成"],
            ["应急演练", "上半年未开展（6月转入实战防汛值守）；11月20日物流园消防疏散演练（消防组牵头）", "部分完成"],
            ["培训", "2025年集中培训8次，每季度均有，见宣传培训活动登记表", "完成"],
            ["隐患排查", f"台账累计登记隐患{len(HZ)}处，已销号{fin}处", "基本完成"],
            ["伤害监测", "2025年度分析报告1月23日完成", "完成"]]),
        ("h", "三、存在问题"),
        ("p", "1. 交通项目未开展效果评估。2. 风险辨识未按制度每年更新。3. 上半年应急演练缺失。"
              "4. 创建资料分散在各条线，部分资料未及时归集。"),
        ("h", "四、改进措施"), ("p", "列入提高阶段工作计划，3月底前完成交通项目评估；2026年3—5月开展风险辨识更新。"),
        ("right", "桃坞社区安全社区建设促进委员会办公室"), ("right", "2026年2月27日")], D(2026, 2, 27), author="闫春兰")
    register(Z + "第二创建年度工作评审报告（定稿）.docx", "第二创建年度评审报告（2025.3—2026.2）", [12], [1, 3, 4, 5, 6, 7, 8, 9, 10, 11], D(2026, 2, 27))


RISKS = [
    ("出租房“三合一”场所住人", "下塘、桃坞老村", "火灾", 3, 6, 15), ("电动自行车楼道、室内充电", "各自然村、桃源新苑", "火灾", 6, 6, 7),
    ("瓶装液化气使用不规范", "四个自然村", "爆炸、中毒", 3, 6, 15), ("非法供气点钢瓶流入", "北沟、庙前", "爆炸", 1, 6, 40),
    ("临溪公路桃坞路口无信号灯、车速快", "S231桃坞路口", "交通伤害", 6, 3, 15), ("电动三轮车违法载人", "村道、临溪公路", "交通伤害", 6, 3, 7),
    ("物流园货车进出与行人混行", "物流园门口", "交通伤害", 3, 6, 7), ("老年人居家跌倒", "全社区", "跌倒", 6, 6, 3),
    ("独居老人突发疾病无人发现", "全社区", "其他伤害", 3, 3, 7), ("鱼塘、桃溪无防护", "庙前、北沟", "溺水", 3, 2, 40),
    ("散养犬只", "四个自然村", "犬伤", 6, 6, 3), ("小作坊电气线路老化", "下塘、北沟", "火灾、触电", 3, 6, 7),
    ("物流园仓库消防通道占用", "物流园", "火灾", 3, 6, 15), ("高层住宅消防设施损坏", "桃源新苑", "火灾", 1, 6, 15),
    ("桃溪汛期漫溢", "桃溪沿线低洼户", "洪涝", 1, 6, 15), ("集市人员密集踩踏", "桃坞集市", "踩踏", 1, 3, 15),
    ("农机作业伤害", "北沟、庙前", "机械伤害", 3, 3, 7), ("学生上下学路口拥堵", "桃坞小学门口", "交通伤害", 6, 6, 3),
]


def zonghe2():
    Z = "综合协调/"
    # 社区诊断 (PDF) and its registers
    pre = [r for r in INJ if r["date"] < D(2024, 6, 1)]
    write_pdf(Z + "社区安全诊断报告.pdf", [
        ("title", "桃坞社区安全诊断报告"), ("sub", "桃坞社区安全社区建设促进委员会　2024年5月30日"),
        ("h", "一、调查方法"),
        ("p", "2024年4—5月，采用基本情况调查、居民问卷（412份）、2023年事故与伤害回顾性入户调查（600户）、"
              "服务站伤害登记、网格隐患排查和LEC法风险评价相结合的方法开展社区诊断。"),
        ("h", "二、2023年事故与伤害回顾"),
        ("p", "回顾调查600户2076人，2023年发生伤害28人次（1.35%），其中跌倒11、道路交通6、犬伤5、刀锐器3、烧烫伤2、其他1；"
              "60岁以上老人跌倒占跌倒伤害的73%；道路交通伤害集中在临溪公路桃坞路口和电动三轮车。"),
        ("h", "三、风险辨识与评价"),
        ("p", f"共辨识风险{len(RISKS) + 23}项，其中重大风险3项、较大风险9项。重点风险见下表。"),
        ("table", ["风险", "部位/人群", "可能后果", "L", "E", "C", "D", "等级"],
         [[a, b, c, l, e, cc, l * e * cc, "重大" if l * e * cc >= 160 else ("较大" if l * e * cc >= 70 else "一般")]
          for a, b, c, l, e, cc in RISKS[:12]], [40, 28, 18, 8, 8, 8, 10, 12]),
        ("h", "四、高危人群、高风险环境和脆弱群体"),
        ("p", "高危人群：出租房租户、物流园从业人员、电动三轮车驾驶人；高风险环境：出租房、临溪公路桃坞路口、鱼塘和桃溪、"
              "瓶装液化气用户厨房；脆弱群体：独居空巢老人214人、留守儿童62人。"),
        ("h", "五、确定的重点问题和安全需求"),
        ("p", "确定出租房火灾、路口交通伤害、老年人跌倒、儿童溺水、瓶装液化气使用五个重点问题，作为安全促进项目依据。"),
        ("p", f"附：2024年3—5月服务站登记伤害{len(pre)}例（监测起步阶段数据）。")],
        "社区安全诊断报告", author="包建新")
    register(Z + "社区安全诊断报告.pdf", "社区安全诊断报告（2024-05-30；问卷、回顾调查、LEC风险评价、两高一脆弱、五个重点问题）",
             [3], [4, 5, 9], D(2024, 5, 30))

    rows = []
    for i, (a, b, c, l, e, cc) in enumerate(RISKS, 1):
        dv = l * e * cc
        rows.append([i, a, b, c, l, e, cc, dv, "重大" if dv >= 160 else ("较大" if dv >= 70 else "一般"),
                     ["消防安全", "消防安全", "居家与燃气安全", "居家与燃气安全", "交通安全", "交通安全", "交通安全",
                      "老年人与儿童安全", "老年人与儿童安全", "老年人与儿童安全", "伤害监测", "消防安全", "消防安全",
                      "消防安全", "应急管理", "应急管理", "伤害监测", "交通安全"][i - 1]])
    write_xlsx(Z + "风险辨识评价清单2024.xlsx", [dict(
        name="风险清单", title="桃坞社区风险辨识评价清单（2024年5月）",
        header=["序号", "风险名称", "部位/人群", "可能后果", "L", "E", "C", "D", "风险等级", "责任条线"], rows=rows,
        widths=[6, 30, 20, 12, 5, 5, 5, 6, 9, 16], note=["评价方法：LEC法；D≥160重大，70≤D<160较大。", "编制：包建新　2024.5.20"])],
        D(2024, 5, 20), author="包建新")
    register(Z + "风险辨识评价清单2024.xlsx", "风险辨识评价清单（LEC，18项重点，2024-05-20）", [3], [4], D(2024, 5, 20))

    rng = random.Random(412)
    qs = [("您家是否发生过跌倒、犬伤等意外伤害（近一年）", 0.21), ("您是否知道液化气泄漏的正确处置方法", 0.58),
          ("您家是否安装燃气报警器", 0.19), ("您是否在楼道或室内给电动车充电", 0.33), ("您是否知道社区应急避难场所位置", 0.41),
          ("您对社区安全状况是否满意", 0.72), ("您认为最需要解决的安全问题：路口交通", 0.46), ("您认为最需要解决的安全问题：出租房消防", 0.39)]
    rows = []
    for i, (q, p) in enumerate(qs, 1):
        yes = int(412 * (p + rng.uniform(-0.02, 0.02)))
        rows.append([i, q, 412, yes, 412 - yes, pct(yes, 412)])
    write_xlsx(Z + "居民安全需求调查问卷汇总.xlsx", [dict(
        name="汇总", title="桃坞社区居民安全需求调查问卷汇总（2024年4月）", header=["题号", "问题", "有效问卷", "是/选择", "否/未选", "比例"],
        rows=rows, widths=[6, 44, 10, 10, 10, 10], note=["发放450份，回收有效412份（自然村236份、小区176份）。"])],
        D(2024, 4, 30), author="杭晓雯")
    register(Z + "居民安全需求调查问卷汇总.xlsx", "居民安全需求调查问卷汇总（412份）", [3], [2], D(2024, 4, 30))

    # funds
    rng = random.Random(88)
    items = ["安全宣传品印制", "灭火器及消防器材", "电动车集中充电棚（下塘）", "燃气报警器补贴", "液化气软管更换补贴",
             "路口警示牌、减速带", "防溺水警示牌及救生圈", "独居老人防跌倒扶手改造", "应急物资补充", "培训场地及讲师",
             "演练物资", "志愿者保险", "档案盒及资料印制"]
    rows = []
    tot = 0
    d = D(2024, 3, 20)
    for i in range(26):
        d = add_days(d, rng.randint(15, 30))
        if d > D(2026, 2, 20):
            break
        it = items[i % len(items)]
        amt = round(rng.uniform(1200, 18000), 2)
        tot += amt
        rows.append([i + 1, d, it, amt, rng.choice(["社区公共服务经费", "街道补助", "项目经费", "驻区单位共建"]),
                     rng.choice(["闫春兰", "包建新"])])
    rows.append(["合计", None, None, round(tot, 2), None, None])
    write_xlsx(Z + "安全社区建设资金投入明细.xlsx", [dict(name="资金投入", title="桃坞社区安全社区建设资金投入明细",
                                                     header=["序号", "日期", "用途", "金额（元）", "来源", "经办人"], rows=rows,
                                                     widths=[6, 12, 28, 12, 18, 10])], D(2026, 2, 10), author="闫春兰")
    register(Z + "安全社区建设资金投入明细.xlsx", f"资金投入明细（{len(rows) - 1}笔）", [1], [], D(2026, 2, 10))

    # district mid-term supervision feedback (PDF) and the report back
    write_pdf(Z + "区安委办中期督导反馈意见.pdf", [
        ("redhead", "清河区安全生产委员会办公室"), ("title", "关于桃坞社区安全社区创建工作中期督导情况的反馈"),
        ("pl", "桥东街道安委会、桃坞社区："),
        ("p", "2025年6月12日，区安委办督导组对桃坞社区安全社区创建工作进行中期督导。社区组织健全，项目针对性强，"
              "燃气ABC分类检查和出租房整治成效明显。存在的问题："),
        ("p", "一是伤害监测资料只有月度统计，2024年度分析报告未形成；二是老年人与儿童安全工作组会议不连续；"
              "三是项目台账格式不统一，部分项目缺少过程记录。"),
        ("p", "请于收到本意见后30日内将整改情况书面报区安委办。"),
        ("right", "清河区安全生产委员会办公室"), ("right", "2025年6月18日")], "中期督导反馈", author="清河区应急管理局")
    register(Z + "区安委办中期督导反馈意见.pdf", "区安委办中期督导反馈（2025-06-18，三个问题，30日内报整改）", [12], [11, 1, 5, 9], D(2025, 6, 18))

    write_docx(Z + "关于中期督导反馈问题整改情况的报告.docx", [
        ("title", "桃坞社区关于中期督导反馈问题整改情况的报告"), ("pl", "区安委办："),
        ("p", "针对6月18日反馈的三个问题，社区逐项整改如下："),
        ("p", "一、伤害监测年度分析。伤害监测工作组已收集2024年3—12月数据，正在编写2024年度分析报告，计划8月底前完成。"),
        ("p", "二、老幼组会议。老年人与儿童安全工作组已于7月9日恢复会议（联络员钟丽萍7月返岗），今后按双月召开，联络员不在岗时由廖小琴代为召集。"),
        ("p", "三、项目台账。办公室统一了项目台账模板，各条线7月起按模板登记。"),
        ("right", "桃坞社区安全社区建设促进委员会"), ("right", "2025年7月24日")], D(2025, 7, 24), author="包建新")
    register(Z + "关于中期督导反馈问题整改情况的报告.docx", "督导反馈整改情况报告（2025-07-24）", [11], [12, 1, 5, 9], D(2025, 7, 24))

    # 信息交流 / 议事
    rows = [
        [1, "2024-04-20", "居民议事会", "通报创建启动，征集安全问题", 46, "征集意见23条，7日内全部答复"],
        [2, "2024-10-19", "居民议事会", "通报项目进展，路口劝导岗、出租房整治", 52, "意见11条，已答复"],
        [3, "2025-04-26", "居民议事会", "第一年度评审情况通报", 49, "意见9条，已答复"],
        [4, "2025-10-25", "居民议事会", "燃气第二轮检查、防溺水情况通报", 55, "意见8条，已答复"],
        [5, "2024-06-16", "桃坞集市咨询日", "安全生产月宣传咨询", 600, "收集问题14条"],
        [6, "2025年全年", "“桃坞安全”微信群", "全年发布安全提示96条，居民反映问题31条", 1260, "31条均7日内回复"],
    ]
    write_docx(Z + "信息交流与居民议事记录.docx", [
        ("title", "桃坞社区安全信息交流与居民议事记录"),
        ("p", "依据工作制度第三项，社区通过居民意见箱、“桃坞安全”微信群、网格员走访和居民议事会收集、反馈安全信息。"),
        ("table", ["序号", "时间", "形式", "内容", "人数", "意见反馈"], rows),
        ("p", "驻区单位协商：每季度促进委员会例会上由派出所、消防站、交警中队、卫生服务站通报辖区情况。")],
        D(2025, 10, 27), author="杭晓雯")
    register(Z + "信息交流与居民议事记录.docx", "信息交流与居民议事记录（议事会每半年一次、微信群、意见反馈）", [2], [], D(2025, 10, 27))

    rng = random.Random(48)
    rows = []
    for i in range(48):
        rows.append([i + 1, full_name(rng), rng.choice("男女"), rng.randint(24, 71), rng.choice(PLACES),
                     rng.choice(["巡查劝导", "应急救护", "入户宣传", "防溺水巡河", "助老服务"]),
                     D(2024, 4, 1) + dt.timedelta(days=rng.randint(0, 420))])
    write_xlsx(Z + "志愿者队伍花名册.xlsx", [dict(name="红马甲", title="“桃坞红马甲”安全志愿服务队花名册",
                                            header=["序号", "姓名", "性别", "年龄", "住址", "服务类别", "加入时间"], rows=rows,
                                            widths=[6, 10, 6, 6, 12, 12, 12])], D(2025, 5, 30), author="廖小琴")
    register(Z + "志愿者队伍花名册.xlsx", "志愿者花名册（48人）", [2], [], D(2025, 5, 30))

    write_docx(Z + "对外交流活动记录.docx", [
        ("title", "桃坞社区安全社区对外交流活动记录"),
        ("table", ["序号", "时间", "地点", "主题", "参加人员"], [
            [1, "2024-04-23", "河西街道新塘社区", "区安全社区创建单位交流座谈", "蒋志诚、闫春兰、包建新"],
            [2, "2024-08-15", "沅州市鹿鸣区青石社区（全国安全社区）", "学习出租房消防整治和伤害监测经验", "闫春兰、包建新、柏雪、韩磊"],
            [3, "2025-04-17", "清河区应急管理局", "全区安全社区建设推进会交流发言", "蒋志诚"],
            [4, "2025-09-18", "桃坞社区", "接待新塘社区来访交流燃气ABC分类检查做法", "闫春兰、贝家明、汪涛"],
            [5, "2025-11-27", "沅州市", "全市安全社区网络交流会", "包建新"]])], D(2025, 11, 28), author="杭晓雯")
    register(Z + "对外交流活动记录.docx", "对外交流活动记录（5次）", [2], [], D(2025, 11, 28))

    write_docx(Z + "居民安全公约.docx", [
        ("title", "桃坞社区居民安全公约"),
        ("p", "一、不在楼道、室内给电动车充电，不私拉乱接电线。二、出租房不得“三合一”住人，房东每月自查一次。"
              "三、使用正规供气点钢瓶，钢瓶不进卧室，软管两年一换。四、驾驶电动三轮车不载人、不逆行，过临溪公路路口减速慢行。"
              "五、看管好儿童，不到鱼塘、桃溪边玩水。六、关心独居老人，发现异常及时报告网格员。七、犬只拴养，外出牵绳。"),
        ("right", "桃坞社区居民委员会　2024年5月15日（居民议事会通过）")], D(2024, 5, 15), author="杭晓雯")
    register(Z + "居民安全公约.docx", "居民安全公约（2024-05-15）", [2], [6], D(2024, 5, 15))

    rows = []
    for k, name, line, plan, pd_, ev in PROJECTS:
        rows.append([name, line, GROUPS[line][1], pd_, "实施中" if k in ("traffic",) else "已实施",
                     "已评估（见" + ev.split("/")[-1] + "）" if ev else "未开展"])
    write_xlsx(Z + "安全促进项目一览表.xlsx", [dict(name="项目", title="桃坞社区安全促进项目一览表",
                                             header=["项目名称", "条线", "负责人", "方案日期", "实施状态", "效果评估"], rows=rows,
                                             widths=[40, 16, 10, 12, 10, 44],
                                             note=["更新：2026年2月20日　闫春兰", "交通项目：待交警中队提供2025年度事故数据后评估。"])],
               D(2024, 7, 10), author="闫春兰", modified=D(2026, 2, 20))
    register(Z + "安全促进项目一览表.xlsx", "安全促进项目一览表（5个项目，交通项目效果评估“未开展”）", [5], [4], D(2026, 2, 20))


# ============================================================================= 消防安全/
def xiaofang():
    X = "消防安全/"
    g = GROUPS["消防安全"]
    write_docx(X + "消防安全工作组职责及成员.docx", [
        ("title", "桃坞社区消防安全工作组职责及成员"),
        ("kv", "组长", "葛文斌（桥东消防救援站指导员）"), ("kv", "联络员", "韩磊（网格员）"),
        ("kv", "成员", "、".join(g[3])),
        ("p", "职责：组织出租房、小作坊、物流园和小区的消防隐患排查；实施出租房消防安全整治项目；组织消防培训和演练；"
              "每两个月召开一次工作组会议，每季度向促进委员会报告。")], D(2024, 3, 22), author="韩磊")
    register(X + "消防安全工作组职责及成员.docx", "消防安全工作组职责及成员", [1], [5], D(2024, 3, 22))

    k, name, line, plan, pd_, ev = PROJECTS[0]
    write_docx(plan, [
        ("title", "桃坞社区出租房消防安全整治项目实施方案"),
        ("h", "一、项目背景"), ("p", "社区有自建出租房612户，诊断发现“三合一”场所37处、电动车室内充电普遍，2023年发生出租房火情3起。"),
        ("h", "二、项目目标"), ("p", "2025年底前“三合一”场所全部整治；电动车室内充电现象下降80%；出租房灭火器配备率100%。"),
        ("h", "三、干预措施"),
        ("p", "1. 每月网格巡查+每年两次专项检查；2. 房东签订消防安全责任书；3. 下塘、桃坞老村建设电动车集中充电棚2处；"
              "4. 房东消防培训每年一次；5. 为出租房配发灭火器。"),
        ("h", "四、进度与分工"), ("p", "2024年6月—2025年8月实施，2025年9月开展效果评估。组长葛文斌，联络员韩磊。"),
        ("h", "五、评估方法"), ("p", "对比实施前后“三合一”场所数、电动车室内充电检查发现率、出租房火情起数。")], pd_, author="韩磊")
    register(plan, "项目实施方案（出租房消防安全整治）", [5], [4], pd_)

    rows = []
    for r in HZ:
        rows.append([r["no"], r["date"], r["typ"], r["place"], r["desc"], r["cat"], r["lvl"], r["who"], r["limit"],
                     r["fix"], r["done"], r["re"], r["reby"], r["status"]])
    write_xlsx(X + "消防燃气隐患排查整改台账.xlsx", [dict(
        name="隐患台账", title="桃坞社区消防、燃气、用电隐患排查整改台账（2024.4—2026.2）",
        header=["序号", "排查日期", "排查类型", "网格/地点", "隐患描述", "类别", "等级", "责任人/单位", "整改期限", "整改措施",
                "整改完成日期", "复查日期", "复查人", "状态"], rows=rows,
        widths=[6, 11, 14, 11, 34, 6, 6, 14, 11, 34, 12, 11, 8, 8],
        note=["说明：一般隐患15日、较大隐患30日内整改；整改期限届满后5个工作日内复查销号。"])],
        D(2024, 4, 20), author="韩磊", modified=D(2026, 2, 25))
    register(X + "消防燃气隐患排查整改台账.xlsx",
             f"隐患排查整改台账（{len(HZ)}处，整改期限/复查列；7处2025年8—11月发现的隐患过期未整改未复查）",
             [8], [3, 11], D(2026, 2, 25))

    # 2024 sub-folder
    tab = [[i, d.strftime("%Y-%m-%d"), "消防站会议室" if i % 2 else "社区二楼会议室",
            ["出租房整治分工", "专项检查安排", "充电棚选址", "“三合一”场所整治进度", "冬季防火检查"][i - 1],
            "、".join(g[3]), "韩磊"] for i, d in enumerate(GROUP_MEETINGS["消防安全"][:5], 1)]
    write_docx(X + "2024/消防工作组会议记录（2024）.docx", [
        ("title", "消防安全工作组会议记录（2024年）"),
        ("table", ["次", "日期", "地点", "议题", "参会人员", "记录"], tab),
        ("p", "各次会议议定事项：4月16日明确每月巡查分工和专项检查时间；6月20日确定下塘充电棚选址；8月22日通报“三合一”场所整治14处；"
              "10月17日部署冬季防火；12月19日通报全年排查情况，2025年起会议情况记入条线月度工作小结，不再单独成册。")],
        D(2024, 12, 20), author="韩磊")
    register(X + "2024/消防工作组会议记录（2024）.docx", "条线工作组会议记录（消防组2024年5次）", [1], [5, 8, 7], D(2024, 12, 20))

    t = TRAININGS[1]
    rng = random.Random(508)
    write_docx(X + "2024/2024.5.8消防安全培训签到表.docx", [
        ("title", "出租房房东消防安全培训签到表"), ("kv", "时间", "2024年5月8日下午"), ("kv", "地点", "下塘文化礼堂"),
        ("kv", "主讲", "葛文斌"),
        ("table", ["序号", "姓名", "村/小区", "签名"], [[i + 1, full_name(rng), rng.choice(VILLAGES[:2]), "（已签）"] for i in range(t[3])]),
        ("p", f"应到80人，实到{t[3]}人。")], t[0], author="韩磊")
    register(X + "2024/2024.5.8消防安全培训签到表.docx", "培训签到表（出租房房东消防培训，74人）", [6], [5, 2], t[0])
    write_jpg(X + "2024/20240508消防培训/IMG_20240508_150212.jpg", "出租房房东消防安全培训 2024.5.8",
              dt.datetime(2024, 5, 8, 15, 2, 12), 5081)
    register(X + "2024/20240508消防培训/IMG_20240508_150212.jpg", "照片（房东消防培训，EXIF 2024-05-08）", [6], [5], t[0])

    n24 = [r for r in HZ if r["date"].year == 2024]
    write_docx(X + "2024/九小场所消防检查情况通报.docx", [
        ("title", "关于2024年下半年九小场所及出租房消防检查情况的通报"),
        ("p", f"2024年6—12月，消防安全工作组联合桥东消防救援站对辖区出租房、小作坊、物流园仓库开展检查，"
              f"全年台账登记隐患{len(n24)}处，已整改销号{sum(1 for r in n24 if r['status'] == '已销号')}处。"
              "主要问题是电动车室内充电、楼道堆物和“三合一”住人。"),
        ("p", "对下塘3户、桃坞老村2户屡查屡犯的房东约谈，并通报至派出所纳入出租房分级管理。"),
        ("right", "桃坞社区消防安全工作组　2024年12月27日")], D(2024, 12, 27), author="韩磊")
    register(X + "2024/九小场所消防检查情况通报.docx", "消防检查情况通报（2024年下半年）", [8], [11], D(2024, 12, 27))

    # 2025 sub-folder: monthly work summaries (the only record of the group's 2025—2026 meetings; trap T1)
    blocks = [("title", "消防条线月度工作小结"), ("sub", "（2025年1月—2026年2月）　韩磊整理")]
    mtg = {(d.year, d.month): d for d in GROUP_MEETINGS["消防安全"][5:]}
    n = 5
    for (y, m) in months_between(D(2025, 1, 1), D(2026, 2, 28)):
        hz = [r for r in HZ if (r["date"].year, r["date"].month) == (y, m)]
        txt = f"本月网格巡查及专项检查{len({(r['date'], r['typ']) for r in hz})}次，登记隐患{len(hz)}处。"
        if (y, m) in mtg:
            n += 1
            d = mtg[(y, m)]
            txt += (f"{md(d)}召开消防安全工作组第{n}次会议（葛文斌主持，{len(g[3]) - (1 if m % 4 == 0 else 0)}人参加），"
                    f"议定：{['春节前出租房检查分工', '充电棚二期及“三合一”收尾', '夏季用电安全检查', '整治项目评估数据准备', '物流园演练方案', '119宣传月总结及冬季防火', '春节前防火检查'][n - 6]}。")
        extra = {(2025, 3): "下塘第二处充电棚投用。", (2025, 9): "出租房消防整治项目完成效果评估。",
                 (2025, 11): "11月20日牵头组织物流园消防疏散演练，158人参加。",
                 (2025, 6): "配合物流园夏季用电检查。", (2025, 8): "包建新抽调街道，隐患跟踪由韩磊负责。"}.get((y, m), "")
        blocks += [("h", f"{y}年{m}月"), ("p", txt + extra)]
    write_docx(X + "2025/消防条线月度工作小结2025.1-2026.2.docx", blocks, D(2026, 2, 27), author="韩磊")
    register(X + "2025/消防条线月度工作小结2025.1-2026.2.docx",
             "条线月度工作小结（消防，2025.1—2026.2；内含消防工作组2025—2026年7次会议）", [1], [5, 6, 7, 8], D(2026, 2, 27))

    dd = DRILLS[2][0]
    write_docx(X + "2025/物流园消防疏散演练方案.docx", [
        ("title", "桃坞物流园仓储火灾疏散及初期火灾扑救演练方案"),
        ("kv", "时间", "2025年11月20日上午9:00"), ("kv", "地点", "桃坞物流园3号仓库及园区广场"),
        ("kv", "组织", "桃坞社区消防安全工作组、桃坞物流园管理有限公司、桥东消防救援站"),
        ("p", "演练科目：火情报警、仓库人员疏散、微型消防站初期火灾扑救、伤员转运、清点人数。"),
        ("p", "本次演练同时作为社区2025年下半年综合应急演练，由消防组牵头、应急管理组配合。")], D(2025, 11, 10), author="韩磊")
    register(X + "2025/物流园消防疏散演练方案.docx", "演练方案（物流园消防疏散，2025-11-20；作为下半年综合应急演练）", [7], [6], D(2025, 11, 10))
    write_pdf(X + "2025/物流园消防演练总结.pdf", [
        ("title", "桃坞物流园消防疏散演练总结"),
        ("p", f"2025年11月20日上午，社区消防安全工作组联合物流园、桥东消防救援站开展仓储火灾疏散及初期火灾扑救演练，"
              f"物流园员工、周边居民和志愿者共{DRILLS[2][2]}人参加，疏散用时4分10秒。"),
        ("p", "发现问题：3号仓库应急照明2处不亮；微型消防站队员水带连接不熟练；广播通知未覆盖装卸区。"),
        ("p", "改进措施：物流园12月10日前修复应急照明；微型消防站每月训练一次；装卸区加装广播，已于12月完成。"),
        ("right", "桃坞社区消防安全工作组　2025年11月24日")], "物流园消防演练总结", author="韩磊")
    register(X + "2025/物流园消防演练总结.pdf", "演练总结（物流园消防疏散演练2025-11-20，158人，问题与改进）", [7], [11, 6], D(2025, 11, 24))
    for i, (hh, mi, ss) in enumerate(((9, 35, 12), (9, 58, 47))):
        rel = X + f"2025/20251120物流园演练照片/IMG_20251120_{hh:02d}{mi:02d}{ss:02d}.jpg"
        write_jpg(rel, "物流园消防疏散演练 2025.11.20", dt.datetime(2025, 11, 20, hh, mi, ss), 1120 + i, scene="drill")
        register(rel, "照片（物流园消防演练，EXIF 2025-11-20）", [7], [], dd)

    ev = PROJECTS[0][5]
    write_docx(ev, [
        ("title", "出租房消防安全整治项目效果评估"),
        ("table", ["指标", "实施前（2024年5月）", "实施后（2025年8月）", "变化"], [
            ["“三合一”场所", "37处", "0处", "全部整治"], ["电动车室内充电发现率", "33%", "5.8%", "下降82%"],
            ["出租房灭火器配备率", "41%", "100%", "+59个百分点"], ["出租房火情", "2023年3起", "2024.6—2025.8共0起", "—"]]),
        ("p", "结论：项目目标全部实现。持续改进：充电棚纳入物业化管理，房东自查纳入网格月度巡查。"),
        ("right", "消防安全工作组　2025年9月26日")], D(2025, 9, 26), author="韩磊")
    register(ev, "项目效果评估（出租房消防整治，2025-09-26）", [5], [8, 12], D(2025, 9, 26))


# ============================================================================= 交通安全/ (flat)
def jiaotong():
    J = "交通安全/"
    g = GROUPS["交通安全"]
    write_docx(J + "交通安全工作组会议记录.docx", [
        ("title", "桃坞社区交通安全工作组会议记录"), ("sub", "（2024年4月—2026年2月）"),
        ("table", ["次", "日期", "议题", "参会人员", "记录"], group_table("交通安全")),
        ("p", "注：会议地点均为交警桥东中队会议室或社区二楼会议室；每次会议议定事项已在条线工作中落实。")],
        D(2024, 4, 9), author="石俊", modified=D(2026, 2, 12))
    register(J + "交通安全工作组会议记录.docx", "条线工作组会议记录（交通组，2024.4—2026.2，12次）", [1], [5, 6], D(2026, 2, 12))

    k, name, line, plan, pd_, ev = PROJECTS[1]
    write_docx(plan, [
        ("title", "临溪公路桃坞路口及电动三轮车交通安全项目实施方案（修改稿）"),
        ("h", "一、项目背景"),
        ("p", "省道S231临溪公路穿越社区2.3公里，桃坞路口为无信号灯平交路口，连接桃坞小学、集市和物流园；"
              "2023年路口发生交通事故9起、伤6人。社区电动三轮车约430辆，载人、逆行普遍。"),
        ("h", "二、项目目标"), ("p", "路口交通事故下降30%；三轮车登记挂牌率达到90%；上下学时段护学岗全覆盖。"),
        ("h", "三、干预措施"),
        ("p", "1. 上下学和赶集日设路口劝导岗（交警+志愿者）；2. 电动三轮车登记、贴反光标识；3. 申请增设减速带、警示牌、"
              "爆闪灯；4. 交通安全开学第一课；5. 三轮车驾驶人安全承诺书。"),
        ("h", "四、进度"), ("p", "2024年8月—2025年7月实施；2025年8月起持续；实施满一年后一个月内开展效果评估。"),
        ("h", "五、评估方法"), ("p", "对比交警中队提供的路口事故数据、三轮车登记率、劝导纠正违法行为数。")], pd_, author="石俊",
        modified=D(2024, 7, 12))
    register(plan, "项目实施方案（临溪公路桃坞路口及电动三轮车交通安全，v2）", [5], [4], pd_)

    rng = random.Random(903)
    rows = []
    d = D(2024, 8, 5)
    while d <= D(2026, 2, 13):
        if d.weekday() in (0, 3) or (d.day % 10 in (3, 8)):
            rows.append([d, rng.choice(["7:10-8:00", "16:20-17:10", "赶集日8:00-10:00"]),
                         rng.choice(["樊志勇", "交警辅警", "石俊"]), rng.choice(["廖小琴", "志愿者3人", "志愿者2人", "家长志愿者"]),
                         rng.randint(3, 21), rng.randint(0, 4)])
        d = add_days(d, rng.choice([3, 4, 7, 10]))
    write_xlsx(J + "路口劝导及三轮车登记台账.xlsx", [
        dict(name="劝导记录", title="临溪公路桃坞路口劝导记录", header=["日期", "时段", "民警/辅警", "志愿者", "纠正违法（人次）", "三轮车新登记（辆）"],
             rows=rows, widths=[12, 16, 12, 14, 14, 14]),
        dict(name="三轮车登记", title="电动三轮车登记挂牌汇总", header=["月份", "累计登记（辆）", "登记率"],
             rows=[[f"{y}年{m}月", min(430, 60 + 22 * i), pct(min(430, 60 + 22 * i), 430)]
                   for i, (y, m) in enumerate(months_between(D(2024, 8, 1), D(2026, 1, 31)))], widths=[12, 14, 10])],
        D(2024, 8, 5), author="石俊", modified=D(2026, 2, 14))
    register(J + "路口劝导及三轮车登记台账.xlsx", f"项目实施台账（路口劝导{len(rows)}次、三轮车登记）", [5], [8], D(2026, 2, 14))

    t = TRAININGS[4]
    write_docx(J + "交通安全进校园活动记录.docx", [
        ("title", "“交通安全开学第一课”活动记录"), ("kv", "时间", zh(t[0])), ("kv", "地点", "桃坞小学操场"),
        ("kv", "主讲", "樊志勇（交警桥东中队）"), ("kv", "参加人员", f"{t[2]}，{t[3]}人"),
        ("p", "内容：过临溪公路路口“一停二看三通过”、不乘坐三轮车载人、佩戴头盔；现场发放《致家长的一封信》850份，"
              "家长签订不用三轮车接送学生承诺书612份。")], t[0], author="石俊")
    register(J + "交通安全进校园活动记录.docx", "培训活动记录（交通安全开学第一课，2024-09-03）", [6], [5, 2], t[0])

    write_docx(J + "交通设施改善情况（减速带、警示牌）.docx", [
        ("title", "临溪公路桃坞路口交通设施改善情况"),
        ("p", "2024年10月，社区向区交通运输局、交警大队申请路口改善。2025年3月28日，路口两侧增设减速带4道、"
              "“前方学校 减速慢行”警示牌2块、太阳能爆闪灯2组；2025年4月村道与临溪公路交汇处增设凸面镜3面。"),
        ("p", "设施投入后由交通组每月巡查一次完好情况。"), ("right", "交通安全工作组　2025年4月18日")], D(2025, 4, 18), author="石俊")
    register(J + "交通设施改善情况（减速带、警示牌）.docx", "项目实施记录（路口交通设施改善，2025-04-18）", [5], [11], D(2025, 4, 18))

    write_jpg(J + "IMG_20240905_072611.jpg", "桃坞路口上学时段劝导岗", dt.datetime(2024, 9, 5, 7, 26, 11), 905, scene="road")
    register(J + "IMG_20240905_072611.jpg", "照片（路口劝导岗，EXIF 2024-09-05）", [5], [], D(2024, 9, 5))

    rows = []
    rng = random.Random(2024)
    for (y, m) in months_between(D(2024, 1, 1), D(2025, 12, 31)):
        a = rng.choice([0, 0, 1, 1, 2]) if y == 2024 else rng.choice([0, 0, 0, 1, 1])
        rows.append([f"{y}-{m:02d}", a, rng.randint(0, a), rng.randint(0, 3)])
    write_xlsx(J + "桃坞路段交通事故统计2024-2025（交警中队提供）.xlsx", [dict(
        name="统计", title="临溪公路桃坞路段交通事故月度统计（交警桥东中队提供）",
        header=["月份", "事故起数（路口）", "受伤人数", "简易程序处理"], rows=rows, widths=[10, 16, 10, 14],
        note=["数据来源：交警桥东中队事故处理系统，2026年1月8日提供。"])], D(2026, 1, 8), author="樊志勇")
    register(J + "桃坞路段交通事故统计2024-2025（交警中队提供）.xlsx", "交通事故月度统计（交警提供，2024—2025；未据此形成评估）",
             [9], [3, 5], D(2026, 1, 8))


# ============================================================================= 老年人与儿童安全/
def laoyou():
    L = "老年人与儿童安全/"
    rows = group_table("老年人与儿童安全")
    write_docx(L + "老幼组会议记录.docx", [
        ("title", "老年人与儿童安全工作组会议记录"),
        ("table", ["次", "日期", "议题", "参会人员", "记录"], rows),
        ("p", "备注：2024年11月至2025年6月联络员钟丽萍休产假，期间工作组未召开会议；钟丽萍7月返岗后于2025年7月9日恢复。")],
        D(2024, 4, 18), author="钟丽萍", modified=D(2026, 1, 15))
    register(L + "老幼组会议记录.docx", "条线工作组会议记录（老幼组，8次；2024-10-23至2025-07-09之间无会议）", [1], [5, 6], D(2026, 1, 15))

    k, name, line, plan, pd_, ev = PROJECTS[2]
    write_docx(plan, [
        ("title", "桃坞社区老年人防跌倒安全促进项目实施方案"),
        ("h", "一、项目背景"), ("p", "社区60岁以上老人1870人，独居空巢214人；2023年回顾调查老人跌倒占跌倒伤害73%。"),
        ("h", "二、目标"), ("p", "60岁以上老人跌倒伤害例数下降15%；独居高龄老人入户评估覆盖100%；高风险户适老化改造不少于40户。"),
        ("h", "三、措施"), ("p", "入户跌倒风险评估；卫生间扶手、防滑垫、夜灯改造；防跌倒讲座和平衡操；服务站随访。"),
        ("h", "四、进度与评估"), ("p", "2024年7月—2025年7月实施，2025年8月评估，评估指标为服务站登记的老人跌倒例数和改造户复评结果。")],
        pd_, author="柏雪")
    register(plan, "项目实施方案（老年人防跌倒）", [5], [4], pd_)

    rng = random.Random(62)
    rows = []
    for i in range(64):
        d = D(2024, 7, 10) + dt.timedelta(days=rng.randint(0, 300))
        risk = wchoice(rng, [("高", 30), ("中", 45), ("低", 25)])
        rows.append([i + 1, d, masked(rng), rng.randint(70, 94), rng.choice(PLACES), risk,
                     "扶手+防滑垫+夜灯" if risk == "高" else ("防滑垫" if risk == "中" else "宣传指导"),
                     add_days(d, rng.randint(10, 40)) if risk != "低" else None, rng.choice(["柏雪", "章敏", "廖小琴"])])
    rows.sort(key=lambda r: r[1])
    for i, r in enumerate(rows, 1):
        r[0] = i
    write_xlsx(L + "独居高龄老人防跌倒入户评估表.xlsx", [dict(
        name="评估", title="独居高龄老人跌倒风险入户评估及改造登记",
        header=["序号", "评估日期", "姓名", "年龄", "村/小区", "风险等级", "改造/干预", "改造完成", "评估人"], rows=rows,
        widths=[6, 12, 8, 6, 10, 8, 18, 12, 8])], D(2024, 7, 10), author="柏雪", modified=D(2025, 5, 30))
    register(L + "独居高龄老人防跌倒入户评估表.xlsx", "项目实施台账（防跌倒入户评估64户）", [5], [3, 8], D(2025, 5, 30))

    old_fall = lambda a, b: sum(1 for r in inj_in(a, b) if r["cause"] == "跌倒/坠落" and r["age"] >= 60)
    f1 = old_fall(D(2024, 3, 1), D(2024, 7, 31))
    f2 = old_fall(D(2024, 8, 1), D(2025, 7, 31))
    write_pdf(L + "防跌倒项目效果评估报告.pdf", [
        ("title", "老年人防跌倒安全促进项目效果评估报告"),
        ("p", f"评估期：2024年8月—2025年7月。服务站登记60岁以上老人跌倒{f2}例，折合年发生数较2023年回顾调查推算的38例下降"
              f"{pct(max(0, 38 - f2), 38)}（项目启动前2024年3—7月为{f1}例）。"),
        ("table", ["指标", "目标", "结果"], [["入户评估覆盖", "100%", "独居高龄老人64户全覆盖"], ["高风险户改造", "≥40户", "42户"],
                                          ["复评风险降级", "—", "高风险户降级率71%"], ["老人跌倒例数", "下降15%", f"{f2}例"]], [45, 40, 70]),
        ("p", "持续改进：改造范围扩大到80岁以上非独居老人；与服务站签约医生随访结合。"),
        ("right", "老年人与儿童安全工作组　2025年8月28日")], "防跌倒项目效果评估报告", author="柏雪")
    register(L + "防跌倒项目效果评估报告.pdf", "项目效果评估（老年人防跌倒，2025-08-28）", [5], [9, 12], D(2025, 8, 28))

    k, name, line, plan, pd_, ev = PROJECTS[3]
    write_docx(plan, [
        ("title", "儿童防溺水安全促进项目方案"),
        ("p", "背景：社区有鱼塘17口、桃溪2.1公里，多数无护栏；留守儿童62人；2022年邻村发生儿童溺亡1起。"),
        ("p", "目标：儿童溺水死亡保持为0；危险水域警示牌、救生圈设置率100%；暑期巡河每日1次。"),
        ("p", "措施：设警示牌和救生杆、救生圈；暑期志愿者巡河；学校防溺水教育和告家长书；留守儿童结对看护。"),
        ("p", "周期：2024年6月—2025年9月（两个暑期），2025年10月评估。")], pd_, author="钟丽萍")
    register(plan, "项目实施方案（儿童防溺水）", [5], [4], pd_)

    rng = random.Random(716)
    rows = []
    for y in (2024, 2025):
        d = D(y, 6, 25)
        while d <= D(y, 8, 31):
            rows.append([d, rng.choice(["庙前鱼塘—桃溪下游", "北沟鱼塘群", "桃溪桃坞段"]), rng.choice(["廖小琴", "红马甲2人", "红马甲3人", "侯长根"]),
                         rng.choice(["正常", "正常", "正常", "劝离玩水儿童2名", "警示牌倾倒已扶正", "救生圈缺失已补"])])
            d = add_days(d, rng.choice([1, 1, 2]))
    write_xlsx(L + "鱼塘河沟巡查及警示牌设置记录.xlsx", [
        dict(name="巡查", title="暑期危险水域巡查记录", header=["日期", "巡查路线", "巡查人", "情况"], rows=rows, widths=[12, 22, 12, 24]),
        dict(name="警示设施", title="警示牌及救生设施设置", header=["水域", "警示牌", "救生圈/救生杆", "设置日期"],
             rows=[[f"鱼塘{i + 1}号", 1, 1, D(2024, 6, 20 + i % 8)] for i in range(17)] + [["桃溪桃坞段", 6, 4, D(2024, 6, 24)]],
             widths=[14, 10, 14, 12])], D(2024, 6, 25), author="钟丽萍", modified=D(2025, 9, 2))
    register(L + "鱼塘河沟巡查及警示牌设置记录.xlsx", f"项目实施台账（暑期巡河{len(rows)}次、警示设施）", [5], [8], D(2025, 9, 2))

    write_docx(L + "防溺水项目评估2025.docx", [
        ("title", "儿童防溺水安全促进项目效果评估"),
        ("p", f"两个暑期共巡查{len(rows)}次，劝离玩水儿童31人次；17口鱼塘和桃溪桃坞段警示牌、救生设施设置率100%；"
              "学生防溺水知识测试合格率由71%提升到96%；项目期间社区无儿童溺水死亡。"),
        ("p", "持续改进：2026年起巡查纳入网格日常，学校每年5月开展暑前教育。"),
        ("right", "老年人与儿童安全工作组　2025年10月15日")], D(2025, 10, 15), author="廖小琴")
    register(L + "防溺水项目评估2025.docx", "项目效果评估（儿童防溺水，2025-10-15）", [5], [12], D(2025, 10, 15))

    write_jpg(L + "防溺水宣传/IMG_20240628_160533.jpg", "防溺水安全教育进校园", dt.datetime(2024, 6, 28, 16, 5, 33), 628)
    register(L + "防溺水宣传/IMG_20240628_160533.jpg", "照片（防溺水教育进校园，EXIF 2024-06-28）", [6], [5], D(2024, 6, 28))
    write_jpg(L + "2025暑期防溺水巡河/IMG_20250716_183012.jpg", "暑期巡河 庙前鱼塘", dt.datetime(2025, 7, 16, 18, 30, 12), 716,
              scene="water")
    register(L + "2025暑期防溺水巡河/IMG_20250716_183012.jpg", "照片（暑期巡河，EXIF 2025-07-16）", [5], [8], D(2025, 7, 16))

    t = TRAININGS[5]
    rng = random.Random(1016)
    write_docx(L + "老年人防跌倒讲座签到20241016.docx", [
        ("title", "老年人防跌倒健康讲座签到表"), ("kv", "时间", "2024年10月16日上午"), ("kv", "地点", "桃坞服务站二楼"),
        ("kv", "主讲", "柏雪"),
        ("table", ["序号", "姓名", "年龄", "村/小区"], [[i + 1, masked(rng), rng.randint(60, 88), rng.choice(PLACES)] for i in range(t[3])])],
        t[0], author="柏雪")
    register(L + "老年人防跌倒讲座签到20241016.docx", "培训签到表（老年人防跌倒讲座，58人）", [6], [5, 2], t[0])


# ============================================================================= 居家与燃气安全/ (2024 at the root, 2025/ sub-folder)
def ranqi():
    R = "居家与燃气安全/"
    write_docx(R + "燃气组会议纪要汇总.docx", [
        ("title", "居家与燃气安全工作组会议纪要汇总"),
        ("table", ["次", "日期", "议题", "参会人员", "记录"], group_table("居家与燃气安全"))],
        D(2024, 4, 11), author="汪涛", modified=D(2026, 2, 6))
    register(R + "燃气组会议纪要汇总.docx", "条线工作组会议记录（燃气组，12次）", [1], [5, 8], D(2026, 2, 6))

    k, name, line, plan, pd_, ev = PROJECTS[4]
    write_docx(plan, [
        ("title", "瓶装液化气用户ABC分类入户检查项目方案"),
        ("p", "背景：四个自然村约1260户使用瓶装液化气，其中重点户（老人户、出租户、餐饮户）156户；非法供气点钢瓶时有流入。"),
        ("p", "分类标准：A类—钢瓶、软管、报警器、通风均合格；B类—有一般问题（软管超期、未装报警器等）；"
              "C类—有严重隐患（钢瓶进卧室、无标识钢瓶、软管私接三通、倒立使用）。"),
        ("p", "措施：每年对156户重点户入户检查一轮；C类户每季度回访直至升为B类或A类；补贴安装燃气报警器；"
              "会同市场监管查处非法供气。目标：C类户减少60%以上，报警器安装率达到60%。"),
        ("p", "周期：2024年5月—2025年11月，2025年12月评估。")], pd_, author="汪涛")
    register(plan, "项目实施方案（瓶装液化气用户ABC分类入户检查）", [5], [4, 8], pd_)

    rng = random.Random(511)
    d1, d2 = [], []
    for i, h in enumerate(HH):
        d1.append(D(2024, 5, 13) + dt.timedelta(days=i * 40 // len(HH)))
        d2.append(D(2025, 5, 12) + dt.timedelta(days=i * 45 // len(HH)))
    rows1 = [[h["id"], h["village"], h["host"], "出租户" if h["rent"] else ("老人户" if h["old"] else "一般户"), d1[i], R1[i],
              abc_issue(rng, R1[i]), "汪涛" if i % 2 else "毛振宇"] for i, h in enumerate(HH)]
    rows2 = [[h["id"], h["village"], h["host"], "出租户" if h["rent"] else ("老人户" if h["old"] else "一般户"), d2[i], R2[i],
              abc_issue(rng, R2[i]), "汪涛" if i % 2 else "贝家明"] for i, h in enumerate(HH)]
    rev = []
    for i, h in enumerate(HH):
        if R1[i] == "C":
            for q in (D(2024, 8, 20), D(2024, 11, 19), D(2025, 2, 18)):
                rev.append([h["id"], h["village"], q, "已整改升B" if rng.random() < 0.4 else "仍为C，再次告知", "汪涛"])
    write_xlsx(R + "液化气用户ABC分类检查台账.xlsx", [
        dict(name="2024第一轮", title="瓶装液化气重点用户ABC分类入户检查（2024年第一轮）",
             header=["户号", "村", "户主", "类型", "检查日期", "分类", "主要问题", "检查人"], rows=rows1, widths=[10, 10, 8, 8, 12, 6, 22, 8]),
        dict(name="2025第二轮", title="瓶装液化气重点用户ABC分类入户检查（2025年第二轮）",
             header=["户号", "村", "户主", "类型", "检查日期", "分类", "主要问题", "检查人"], rows=rows2, widths=[10, 10, 8, 8, 12, 6, 22, 8]),
        dict(name="C类回访", title="C类户季度回访", header=["户号", "村", "回访日期", "回访结果", "回访人"], rows=rev,
             widths=[10, 10, 12, 20, 8])], D(2024, 5, 13), author="汪涛", modified=D(2025, 10, 31))
    register(R + "液化气用户ABC分类检查台账.xlsx",
             f"入户检查台账（ABC分类，两轮各{len(HH)}户，C类{R1.count('C')}→{R2.count('C')}，季度回访）", [8], [5, 3, 11], D(2025, 10, 31))

    write_pdf(R + "燃气安全入户检查通知（告居民书）.pdf", [
        ("title", "致瓶装液化气用户的一封信"),
        ("p", "各位居民：为保障大家用气安全，5月13日起社区将会同燃气企业、液化气供气点对瓶装液化气用户入户检查，"
              "检查钢瓶、软管、灶具、通风和报警器，发现问题当场告知整改。请使用正规供气点钢瓶，钢瓶不进卧室，"
              "闻到异味时关阀、开窗、不开关电器，到室外拨打供气点电话。"),
        ("right", "桃坞社区居委会　2024年5月6日")], "告居民书", author="汪涛")
    register(R + "燃气安全入户检查通知（告居民书）.pdf", "告居民书（瓶装液化气安全，2024-05-06）", [6], [2, 5], D(2024, 5, 6))

    rng = random.Random(1205)
    rows = []
    n = 0
    for i, h in enumerate(HH):
        if rng.random() < 0.64:
            n += 1
            rows.append([n, h["id"], h["village"], h["host"], D(2025, 3, 3) + dt.timedelta(days=rng.randint(0, 240)),
                         rng.choice(["JT-AQ6", "HT-BJ200"]), "补贴60元" if rng.random() < 0.8 else "自费", "汪涛"])
    rows.sort(key=lambda r: r[4])
    for i, r in enumerate(rows, 1):
        r[0] = i
    write_csv_gbk(R + "2025/燃气报警器安装登记.csv", ["序号", "户号", "村", "户主", "安装日期", "型号", "费用", "登记人"], rows)
    register(R + "2025/燃气报警器安装登记.csv", f"项目实施台账（燃气报警器安装{len(rows)}户，GBK CSV）", [5], [8], D(2025, 11, 3))
    ALARMS.extend(rows)

    c1, c2 = R1.count("C"), R2.count("C")
    write_docx(R + "2025/ABC入户检查项目效果评估.docx", [
        ("title", "瓶装液化气用户ABC分类入户检查项目效果评估"),
        ("table", ["指标", "2024年第一轮", "2025年第二轮", "变化"], [
            ["A类户", R1.count("A"), R2.count("A"), f"+{R2.count('A') - R1.count('A')}"],
            ["B类户", R1.count("B"), R2.count("B"), R2.count("B") - R1.count("B")],
            ["C类户", c1, c2, f"下降{pct(c1 - c2, c1)}"],
            ["报警器安装率", "19%（问卷）", pct(len(rows), len(HH)), "—"]]),
        ("p", "结论：C类户减少目标达到，报警器安装率达到目标。持续改进：对剩余C类户实行一户一档，纳入网格月度巡查。"),
        ("right", "居家与燃气安全工作组　2025年12月12日")], D(2025, 12, 12), author="汪涛")
    register(R + "2025/ABC入户检查项目效果评估.docx", "项目效果评估（液化气ABC分类检查，2025-12-12）", [5], [8, 12], D(2025, 12, 12))

    write_jpg(R + "2025/20250611入户检查/IMG_20250611_101244.jpg", "液化气用户第二轮入户检查 北沟",
              dt.datetime(2025, 6, 11, 10, 12, 44), 611, scene="house")
    register(R + "2025/20250611入户检查/IMG_20250611_101244.jpg", "照片（液化气第二轮入户检查，EXIF 2025-06-11）", [8], [5], D(2025, 6, 11))


ALARMS = []


# ============================================================================= 应急管理/
def yingji():
    Y = "应急管理/"
    write_docx(Y + "桃坞社区突发事件综合应急预案（2024修订）.docx", [
        ("title", "桃坞社区突发事件综合应急预案"), ("sub", "（2024年4月修订）"),
        ("h", "一、风险分析"), ("p", "社区可能发生的突发事件：出租房及物流园火灾、液化气爆炸、桃溪汛期漫溢、临溪公路交通事故、集市踩踏、极端天气。"),
        ("h", "二、组织机构"), ("p", "成立社区应急指挥部（总指挥蒋志诚），下设抢险救援、人员转移、医疗救护、后勤保障、信息报送五个小组。"),
        ("h", "三、预警与响应"), ("p", "按Ⅳ、Ⅲ级响应，信息30分钟内报街道应急办。"),
        ("h", "四、应急队伍与物资"), ("p", "社区应急队32人（网格员、物业、红马甲志愿者、物流园微型消防站），物资清单见应急队伍及物资清单。"),
        ("h", "五、演练"), ("p", "每半年至少组织一次演练。"), ("right", "桃坞社区居委会　2024年4月28日")], D(2024, 4, 28), author="包建新")
    register(Y + "桃坞社区突发事件综合应急预案（2024修订）.docx", "综合应急预案（2024修订）", [7], [3], D(2024, 4, 28))

    write_docx(Y + "防汛防台专项应急预案.docx", [
        ("title", "桃坞社区防汛防台专项应急预案"),
        ("p", "桃溪沿线低洼户43户、137人为重点转移对象，转移点为桃坞小学体育馆。按蓝、黄、橙、红四级预警响应，"
              "黄色预警时低洼户老人、儿童先行转移。"), ("right", "2024年5月25日")], D(2024, 5, 25), author="包建新")
    register(Y + "防汛防台专项应急预案.docx", "专项应急预案（防汛防台）", [7], [], D(2024, 5, 25))

    write_docx(Y + "应急工作组会议记录.docx", [
        ("title", "应急管理工作组会议记录"),
        ("table", ["次", "日期", "议题", "参会人员", "记录"], group_table("应急管理"))], D(2024, 4, 2), author="包建新",
        modified=D(2026, 1, 21))
    register(Y + "应急工作组会议记录.docx", "条线工作组会议记录（应急组，12次）", [1], [7], D(2026, 1, 21))

    rng = random.Random(530)
    team = [[i + 1, full_name(rng), rng.choice(["网格员", "物业", "红马甲志愿者", "物流园微型消防站", "社区干部"]),
             rng.choice(["抢险救援", "人员转移", "医疗救护", "后勤保障", "信息报送"]), f"13{rng.randint(100000000, 999999999)}"]
            for i in range(32)]
    stuff = [["灭火器（4kg）", 60, "社区仓库/各村活动室"], ["救生衣", 30, "社区仓库"], ["救生圈", 24, "鱼塘、桃溪沿线"],
             ["应急照明灯", 20, "社区仓库"], ["沙袋", 800, "桃溪堤旁"], ["抽水泵", 3, "社区仓库"], ["急救箱", 8, "服务站、活动室"],
             ["扩音喇叭", 10, "网格员"], ["冲锋舟", 1, "街道统一调配"]]
    chk = [[d, "包建新" if not D(2025, 8, 1) <= d <= D(2025, 11, 30) else "闫春兰", "完好；补充沙袋200袋" if d.month == 5 else "完好"]
           for d in (D(2024, 5, 30), D(2024, 8, 27), D(2024, 11, 26), D(2025, 2, 25), D(2025, 5, 27), D(2025, 8, 26),
                     D(2025, 11, 25), D(2026, 2, 24))]
    write_xlsx(Y + "应急队伍及物资清单.xlsx", [
        dict(name="应急队伍", title="桃坞社区应急队伍名册", header=["序号", "姓名", "身份", "分组", "电话"], rows=team, widths=[6, 10, 16, 10, 14]),
        dict(name="应急物资", title="应急物资清单", header=["物资", "数量", "存放地点"], rows=stuff, widths=[16, 8, 20]),
        dict(name="季度检查", title="应急物资季度检查", header=["检查日期", "检查人", "结果"], rows=chk, widths=[12, 10, 24])],
        D(2024, 5, 30), author="包建新", modified=D(2026, 2, 24))
    register(Y + "应急队伍及物资清单.xlsx", "应急队伍（32人）及物资清单、季度检查", [7], [], D(2026, 2, 24))

    E = Y + "2024.6.14防汛转移演练/"
    write_docx(E + "防汛演练方案.docx", [
        ("title", "桃溪沿线低洼户防汛转移演练方案"), ("kv", "时间", "2024年6月14日下午3:00"),
        ("kv", "地点", "桃溪沿线下塘、庙前低洼户—桃坞小学体育馆"),
        ("p", "科目：黄色预警发布、网格员逐户通知、老人儿童优先转移、安置点登记、人员清点。参演86人。")], D(2024, 6, 7), author="包建新")
    register(E + "防汛演练方案.docx", "演练方案（防汛转移，2024-06-14）", [7], [], D(2024, 6, 7))
    write_docx(E + "演练总结.docx", [
        ("title", "防汛转移演练总结"),
        ("p", "6月14日下午组织桃溪沿线低洼户防汛转移演练，参演86人，43户全部在40分钟内转移至桃坞小学体育馆。"),
        ("p", "问题：2户聋哑老人未能及时收到通知；安置点登记表格不统一。改进：建立特殊人群一对一联系人；统一安置登记表。"),
        ("right", "应急管理工作组　2024年6月18日")], D(2024, 6, 18), author="包建新")
    register(E + "演练总结.docx", "演练总结（防汛转移2024-06-14，86人，问题与改进）", [7], [11], D(2024, 6, 18))
    write_jpg(E + "DSC_0418.JPG", "防汛转移演练 2024.6.14", dt.datetime(2024, 6, 14, 15, 22, 8), 614, scene="drill",
              camera=("NIKON CORPORATION", "NIKON D7500"))
    register(E + "DSC_0418.JPG", "照片（防汛转移演练，EXIF 2024-06-14）", [7], [], D(2024, 6, 14))

    write_docx(Y + "20241109桃源新苑消防疏散演练总结.docx", [
        ("title", "桃源新苑高层住宅消防疏散演练总结"),
        ("p", "2024年11月9日上午，应急管理工作组联合桥东消防救援站、桃源新苑物业在7号楼开展高层住宅火灾疏散演练，"
              "居民132人参加，疏散用时6分40秒。"),
        ("p", "问题：7号楼常闭式防火门2处被固定常开；部分老人不会使用消防过滤式自救呼吸器。改进：物业11月底前整改防火门；"
              "将自救呼吸器使用纳入冬季培训。"), ("right", "应急管理工作组　2024年11月12日")], D(2024, 11, 12), author="包建新")
    register(Y + "20241109桃源新苑消防疏散演练总结.docx", "演练总结（桃源新苑高层消防疏散2024-11-09，132人）", [7], [11], D(2024, 11, 12))
    write_jpg(Y + "20241109桃源新苑消防疏散演练/IMG_20241109_094120.jpg", "桃源新苑7号楼消防疏散演练",
              dt.datetime(2024, 11, 9, 9, 41, 20), 1109, scene="drill")
    register(Y + "20241109桃源新苑消防疏散演练/IMG_20241109_094120.jpg", "照片（高层消防疏散演练，EXIF 2024-11-09）", [7], [], D(2024, 11, 9))

    write_docx(Y + "2025年防汛应急演练方案（草）.docx", [
        ("title", "2025年防汛应急演练方案（草稿）"), ("kv", "拟定时间", "2025年6月下旬"),
        ("p", "科目：桃溪漫溢预警、低洼户转移、抽水泵排涝。参演约90人。"),
        ("p", "（草稿，具体日期视汛情确定，6月中旬定稿。）")], D(2025, 6, 3), author="包建新")
    register(Y + "2025年防汛应急演练方案（草）.docx", "演练方案草稿（2025年6月防汛演练，未实施）", [7], [], D(2025, 6, 3))


# ============================================================================= 伤害监测/
def shanghai():
    S = "伤害监测/"
    rows = [[r["no"], r["date"], r["name"], r["sex"], r["age"], r["place"], r["where"], r["cause"], r["intent"], r["sev"],
             r["out"], "桃坞服务站", "章敏" if r["date"] >= D(2024, 6, 1) else "柏雪"] for r in INJ]
    write_csv_gbk(S + "伤害监测登记表_服务站导出.csv",
                  ["登记编号", "就诊日期", "姓名", "性别", "年龄", "住址（村/小区）", "发生地点", "伤害原因", "意图", "严重程度",
                   "转归", "报告单位", "录入人"], rows)
    register(S + "伤害监测登记表_服务站导出.csv", f"伤害监测登记（服务站导出，GBK CSV，{len(INJ)}例，2024.3—2026.2）", [9], [3],
             D(2026, 3, 3))

    write_docx(S + "伤害监测报告制度及流程.docx", [
        ("title", "桃坞社区伤害监测报告制度及流程"),
        ("p", "一、监测范围：辖区居民及在辖区内受伤到桃坞服务站、桥东街道社区卫生服务中心就诊的首诊伤害病例。"),
        ("p", "二、登记：接诊医生填写《伤害监测报告卡》，章敏每周录入服务站伤害监测系统。"),
        ("p", "三、报送：每月5日前将上月登记导出报伤害监测工作组；重伤及死亡病例2小时内电话报告社区。"),
        ("p", "四、分析：伤害监测工作组每月汇总，每年1月底前形成上一年度伤害监测分析报告，报促进委员会并通报各条线。"),
        ("right", "伤害监测工作组　2024年4月10日")], D(2024, 4, 10), author="柏雪")
    register(S + "伤害监测报告制度及流程.docx", "伤害监测报告制度及流程（每月5日前报送，每年1月底前年度分析）", [9], [3, 1], D(2024, 4, 10))

    write_docx(S + "伤害监测组会议记录.docx", [
        ("title", "伤害监测工作组会议记录"),
        ("table", ["次", "日期", "议题", "参会人员", "记录"], group_table("伤害监测"))], D(2024, 4, 25), author="章敏",
        modified=D(2026, 2, 26))
    register(S + "伤害监测组会议记录.docx", "条线工作组会议记录（伤害监测组，12次）", [1], [9, 3], D(2026, 2, 26))

    causes = [c for c, _ in INJ_CAUSES]
    rows = []
    for (y, m) in months_between(*PERIOD):
        mr = [r for r in INJ if (r["date"].year, r["date"].month) == (y, m)]
        rows.append([f"{y}年{m}月", len(mr)] + [sum(1 for r in mr if r["cause"] == c) for c in causes] +
                    [sum(1 for r in mr if r["age"] >= 60), sum(1 for r in mr if r["age"] <= 14)])
    write_xlsx(S + "月度伤害统计.xlsx", [dict(name="月度统计", title="桃坞社区伤害监测月度统计",
                                         header=["月份", "合计"] + causes + ["其中60岁以上", "其中14岁以下"], rows=rows,
                                         widths=[10, 6] + [8] * len(causes) + [10, 10])],
               D(2024, 4, 5), author="章敏", modified=D(2026, 3, 4))
    register(S + "月度伤害统计.xlsx", "伤害监测月度统计（2024.3—2026.2，按原因、年龄）", [9], [3], D(2026, 3, 4))

    y25 = inj_in(D(2025, 1, 1), D(2025, 12, 31))
    y24 = inj_in(D(2024, 3, 1), D(2024, 12, 31))
    cc = cause_count(y25)
    write_pdf(S + "2025年度伤害监测分析报告.pdf", [
        ("title", "桃坞社区2025年度伤害监测分析报告"), ("sub", "伤害监测工作组　2026年1月23日"),
        ("h", "一、总体情况"),
        ("p", f"2025年桃坞服务站共登记伤害{len(y25)}例，男{sum(1 for r in y25 if r['sex'] == '男')}例、"
              f"女{sum(1 for r in y25 if r['sex'] == '女')}例；60岁以上{sum(1 for r in y25 if r['age'] >= 60)}例，"
              f"14岁以下{sum(1 for r in y25 if r['age'] <= 14)}例；重度{sum(1 for r in y25 if r['sev'] == '重度')}例。"),
        ("h", "二、伤害原因"),
        ("table", ["伤害原因", "例数", "构成比"], [[c, n, pct(n, len(y25))] for c, n in cc], [60, 30, 30]),
        ("h", "三、与2024年比较"),
        ("p", f"2024年3—12月登记{len(y24)}例（2024年度未形成年度分析报告，仅有月度统计）。"
              "跌倒和犬伤仍居前两位；道路交通伤害集中在临溪公路桃坞路口和村道。"),
        ("h", "四、建议"),
        ("p", "1. 犬伤：联合派出所开展犬只登记和拴养宣传；2. 交通：交通组尽快完成路口项目效果评估；"
              "3. 老人跌倒：防跌倒改造范围扩大到80岁以上老人。")], "2025年度伤害监测分析报告", author="柏雪")
    register(S + "2025年度伤害监测分析报告.pdf", f"伤害监测年度分析报告（2025年度，{len(y25)}例；注明2024年度未形成）", [9], [3, 4, 12],
             D(2026, 1, 23))

    write_xlsx(S + "伤害调查（2024年回顾性入户调查）汇总.xlsx", [dict(
        name="汇总", title="2023年事故与伤害回顾性入户调查汇总（2024年4—5月调查）",
        header=["伤害原因", "人次", "男", "女", "60岁以上", "14岁以下", "主要发生地点"],
        rows=[["跌倒/坠落", 11, 4, 7, 8, 1, "家中、院坝"], ["道路交通伤害", 6, 5, 1, 1, 1, "临溪公路桃坞路口"],
              ["动物咬伤（犬）", 5, 2, 3, 1, 2, "村道"], ["刀/锐器伤", 3, 2, 1, 0, 0, "家中、作坊"],
              ["烧烫伤", 2, 0, 2, 1, 1, "厨房"], ["其他", 1, 1, 0, 0, 0, "物流园"], ["合计", 28, 14, 14, 11, 5, ""]],
        widths=[16, 8, 6, 6, 10, 10, 20], note=["调查户数600户、2076人；伤害发生率1.35%。"])], D(2024, 5, 15), author="柏雪")
    register(S + "伤害调查（2024年回顾性入户调查）汇总.xlsx", "事故与伤害回顾性调查汇总（600户，2023年28人次）", [3], [9], D(2024, 5, 15))


# ============================================================================= 宣传培训/
def xuanchuan():
    P = "宣传培训/"
    sheets = {}
    for t in TRAININGS:
        y = t[0].year
        sheets.setdefault(y, []).append((t[0], "培训", t[1], t[2], t[3], t[4],
                                         ("见" + t[5]) if t[5] else "签到表纸质存办公室"))
    for p in PUBLICITY:
        sheets.setdefault(p[0].year, []).append((p[0], "宣传", p[1], p[2], p[3] or "—", p[4], "照片存宣传委员电脑"))
    out = []
    for y in sorted(sheets):
        rows = []
        for i, r in enumerate(sorted(sheets[y]), 1):
            d = r[0] if y == 2024 else f"{r[0].year}.{r[0].month}.{r[0].day}"
            rows.append([i, d] + list(r[1:]))
        out.append(dict(name=f"{y}年", title=f"桃坞社区安全宣传培训活动登记表（{y}年）",
                        header=["序号", "日期", "类别", "活动名称", "对象", "人数", "组织/主讲", "佐证"], rows=rows,
                        widths=[6, 12, 6, 34, 26, 8, 10, 40]))
    write_xlsx(P + "宣传培训活动登记表.xlsx", out, D(2024, 3, 26), author="杭晓雯", modified=D(2026, 1, 16))
    register(P + "宣传培训活动登记表.xlsx",
             "宣传培训活动登记表（2024/2025/2026三个工作表；2025年8次培训只在此登记，每季度都有）", [6], [2], D(2026, 1, 16))

    write_docx(P + "2024年度宣传教育培训计划.docx", [
        ("title", "桃坞社区2024年度安全宣传教育培训计划"),
        ("table", ["季度", "培训/宣传内容", "对象", "负责"], [
            ["第一季度", "安全社区建设知识培训班", "社区干部、网格员、工作组成员", "闫春兰"],
            ["第二季度", "出租房房东消防培训；防溺水进校园；燃气告居民书", "房东、学生、瓶装气用户", "葛文斌、祁秀芳、汪涛"],
            ["第三季度", "外来务工人员培训；交通安全开学第一课", "物流园员工、学生", "乔立军、樊志勇"],
            ["第四季度", "老年人防跌倒讲座；冬季用火用电用气培训", "老年人、自然村居民", "柏雪、包建新"]]),
        ("p", "要求：每季度至少一次集中培训，活动统一登记在《宣传培训活动登记表》。")], D(2024, 3, 22), author="杭晓雯")
    register(P + "2024年度宣传教育培训计划.docx", "年度宣传教育培训计划（2024）", [6], [4], D(2024, 3, 22))

    write_docx(P + "2025年宣传培训计划.docx", [
        ("title", "桃坞社区2025年安全宣传教育培训计划"),
        ("table", ["季度", "培训内容", "对象"], [
            ["第一季度", "应急救护培训；网格员隐患排查技能培训", "志愿者、网格员"],
            ["第二季度", "瓶装液化气安全宣讲；暑前防溺水教育", "瓶装气用户、学生"],
            ["第三季度", "物流园仓储消防培训；交通安全开学第一课", "物流园员工、学生"],
            ["第四季度", "119消防培训；冬季居家安全及防跌倒培训", "小区居民、老人"]]),
        ("p", "为减少纸质材料，2025年起培训情况只在《宣传培训活动登记表》登记，签到表纸质留存办公室。")], D(2025, 2, 24), author="杭晓雯")
    register(P + "2025年宣传培训计划.docx", "年度宣传教育培训计划（2025；培训只在登记表登记）", [6], [4], D(2025, 2, 24))

    t = TRAININGS[0]
    rng = random.Random(326)
    write_docx(t[5], [
        ("title", "安全社区建设知识培训班签到表"), ("kv", "时间", "2024年3月26日下午"), ("kv", "地点", "社区二楼会议室"),
        ("kv", "内容", "安全社区理念与AQ/T 9001要素、创建八个阶段、条线分工"),
        ("table", ["序号", "姓名", "单位/职务", "签名"],
         [[i + 1, full_name(rng), rng.choice(["网格员", "社区干部", "物业", "工作组成员", "楼栋长"]), "（已签）"] for i in range(t[3])])],
        t[0], author="杭晓雯")
    register(t[5], "培训签到表（安全社区建设知识培训班，62人）", [6], [1, 2], t[0])
    write_jpg(P + "2024年培训照片/IMG_20240326_143005.jpg", "安全社区建设知识培训班", dt.datetime(2024, 3, 26, 14, 30, 5), 326)
    register(P + "2024年培训照片/IMG_20240326_143005.jpg", "照片（安全社区知识培训班，EXIF 2024-03-26）", [6], [], t[0])
    t = TRAININGS[3]
    write_jpg(t[5], "物流园外来务工人员安全培训", dt.datetime(2024, 7, 23, 9, 33, 18), 723)
    register(t[5], "照片（物流园外来务工人员培训，EXIF 2024-07-23）", [6], [], t[0])
    write_jpg(P + "2024年培训照片/微信图片_20241205163310.jpg", "冬季用火用电用气安全培训", dt.datetime(2024, 12, 5, 16, 33, 10), 1205,
              exif=False)
    register(P + "2024年培训照片/微信图片_20241205163310.jpg", "照片（冬季用火用电用气培训，无EXIF，文件名日期2024-12-05）", [6], [],
             D(2024, 12, 5))


# ============================================================================= 档案/ and 待整理/
def dangan():
    A = "档案/"
    rows = []
    n = 0
    for rel in sorted(FILES):
        f = FILES[rel]
        if f["flags"] or rel.startswith("待整理/") or rel.endswith((".jpg", ".JPG")) or f["date"] > D(2025, 12, 31):
            continue
        n += 1
        rows.append([n, rel.split("/")[0], rel.split("/")[-1].rsplit(".", 1)[0], f["date"], rel.rsplit(".", 1)[-1], "电子"])
    write_xlsx(A + "安全社区建设档案目录.xlsx", [dict(
        name="目录", title="桃坞社区安全社区建设档案目录（按条线）",
        header=["序号", "条线", "文件名称", "日期", "格式", "载体"], rows=rows, widths=[6, 16, 50, 12, 6, 6],
        note=["整理：闫春兰　2025年12月30日（照片另存各条线文件夹）"])], D(2025, 12, 30), author="闫春兰")
    register(A + "安全社区建设档案目录.xlsx", f"档案目录（按条线，{len(rows)}条，截至2025-12-30）", [10], [], D(2025, 12, 30))

    write_docx(A + "归档说明.docx", [
        ("title", "关于安全社区建设资料归档的说明"),
        ("p", "社区安全社区建设资料按工作条线存放：综合协调、消防安全、交通安全、老年人与儿童安全、居家与燃气安全、应急管理、"
              "伤害监测、宣传培训。各条线联络员负责收集本条线资料，每年12月底交办公室，由闫春兰汇总编目。"),
        ("p", "电子资料存放在社区办公电脑“安全社区”文件夹，每季度拷贝一次到移动硬盘；纸质签到表、照片冲印件存办公室档案柜。"),
        ("right", "促进委员会办公室　2025年1月8日")], D(2025, 1, 8), author="闫春兰")
    register(A + "归档说明.docx", "归档说明（按条线存放、年底汇总、备份；非档案管理制度）", [10], [], D(2025, 1, 8))

    src = COMMITTEE[5][2]
    copy_file(src, "待整理/新建 Microsoft Word 文档.docx")
    register("待整理/新建 Microsoft Word 文档.docx", "副本（2025.5.20促委会会议纪要）", [1], [3, 4, 5, 7], COMMITTEE[5][0],
             flags={"duplicate_of": src})
    copy_file("消防安全/消防燃气隐患排查整改台账.xlsx", "待整理/隐患台账(1).xlsx")
    register("待整理/隐患台账(1).xlsx", "副本（消防燃气隐患排查整改台账）", [8], [3, 11], D(2026, 2, 25),
             flags={"duplicate_of": "消防安全/消防燃气隐患排查整改台账.xlsx"})


def zicha_report():
    Z = "综合协调/"
    fin = sum(1 for r in HZ if r["status"] == "已销号")
    y25 = [t for t in TRAININGS if t[0].year == 2025]
    write_docx(Z + "桃坞社区安全社区建设工作自查报告.docx", [
        ("title", "桃坞社区安全社区建设工作自查报告"),
        ("h", "一、基本情况"), ("p", "桃坞社区为城乡结合型社区。" + PERIOD_TEXT + "现已完成两个创建年度，进入自查整档阶段。"),
        ("h", "二、对照要素自查"),
        ("p", "（一）机构与职责：促进委员会16人，召开全体会议9次，每季度均有；六个条线工作组按双月召开会议。"),
        ("p", "（二）信息交流和全员参与：居民议事会4次，志愿者48人，对外交流5次。"),
        ("p", "（三）风险辨识：2024年5月完成社区安全诊断，辨识风险41项。"),
        ("p", "（四）目标及计划：实施方案量化目标7项，两个创建年度均有工作计划。"),
        ("p", "（五）安全促进项目：5个项目均已实施，出租房消防、防跌倒、防溺水、燃气ABC四个项目完成效果评估。"),
        ("p", f"（六）宣传教育培训：两年集中培训{len(TRAININGS)}次（2025年{len(y25)}次），宣传活动{len(PUBLICITY)}次。"),
        ("p", "（七）应急预案和响应：综合预案和防汛专项预案；2024年6月、11月和2025年11月共演练3次。"),
        ("p", f"（八）监测与监督：网格月度巡查和专项检查，台账登记隐患{len(HZ)}处，已整改销号{fin}处，整改率{pct(fin, len(HZ))}。"),
        ("p", f"（九）事故与伤害记录：服务站登记伤害{len(INJ)}例，月度统计完整，形成2025年度分析报告。"),
        ("p", "（十）创建档案：资料按条线归档，编制了档案目录。"),
        ("p", "（十一）预防与纠正措施：演练问题整改、督导反馈整改。"),
        ("p", "（十二）评审与持续改进：两个创建年度均召开评审会，形成评审报告。"),
        ("h", "三、存在不足"), ("p", "交通项目效果评估尚未完成；资料归集不够及时。"),
        ("right", "桃坞社区安全社区建设促进委员会"), ("right", "2026年3月20日")], D(2026, 3, 20), author="闫春兰")
    register(Z + "桃坞社区安全社区建设工作自查报告.docx", "自查报告（2026-03-20，按12要素；重述创建周期）", [12],
             [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], D(2026, 3, 20))


# ============================================================================= main
R1 = R2 = None


def set_mtimes(root):
    for dp, dns, fns in os.walk(root, topdown=False):
        for fn in fns:
            os.utime(os.path.join(dp, fn), (MTIME, MTIME))
        os.utime(dp, (MTIME, MTIME))


def file_shas(root):
    out = []
    for dp, dns, fns in os.walk(root):
        dns.sort()
        for fn in sorted(fns):
            p = os.path.join(dp, fn)
            out.append((os.path.relpath(p, root).replace(os.sep, "/"), hashlib.sha256(open(p, "rb").read()).hexdigest()))
    return sorted(out)


def docx_text(rel):
    d = Document(os.path.join(OUT, rel))
    t = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            t.append(" ".join(c.text for c in row.cells))
    return "\n".join(t)


def self_check():
    on_disk = set()
    for dp, _, fns in os.walk(OUT):
        for fn in fns:
            on_disk.add(os.path.relpath(os.path.join(dp, fn), OUT).replace(os.sep, "/"))
    assert on_disk == set(FILES), on_disk ^ set(FILES)
    assert 70 <= len(FILES) <= 110, len(FILES)
    # committee: every calendar quarter 2024Q1 … 2026Q1 has a meeting (rule 一)
    qs = {quarter(m[0]) for m in COMMITTEE}
    for (y, m) in months_between(*PERIOD):
        assert quarter(D(y, m, 1)) in qs, (y, m)
    # 条线工作组: every bimonthly cycle has a meeting, except 老幼组 2024-11 … 2025-06 (G1)
    cycles = sorted({bimonth(D(y, m, 1)) for (y, m) in months_between(*PERIOD)})
    for line, ds in GROUP_MEETINGS.items():
        have = {bimonth(d) for d in ds}
        miss = [c for c in cycles if c not in have]
        assert miss == (OLD_GAP_BIMONTHS if line == "老年人与儿童安全" else []), (line, miss)
    # T1: 消防组 2025—2026 meetings appear only in the monthly summary, not in the 2024 record
    summ = docx_text("消防安全/2025/消防条线月度工作小结2025.1-2026.2.docx")
    rec24 = docx_text("消防安全/2024/消防工作组会议记录（2024）.docx")
    for d in GROUP_MEETINGS["消防安全"][5:]:
        assert md(d) + "召开消防安全工作组" in summ, d
        assert d.strftime("%Y-%m-%d") not in rec24
    assert summ.count("召开消防安全工作组") == 7
    # drills: one in 2024H1, 2024H2, 2025H2; none in 2025H1 (G2); the 2025H2 one is filed under 消防安全 (T2)
    halves = {(d.year, 1 if d.month <= 6 else 2) for d, *_ in DRILLS}
    assert halves == {(2024, 1), (2024, 2), (2025, 2)}, halves
    assert DRILLS[2][3].startswith("消防安全/2025/")
    assert not [r for r in FILES if r.startswith("应急管理/") and FILES[r]["date"] >= D(2025, 7, 1) and "演练" in FILES[r]["kind"]]
    # trainings: every quarter has one (rule 四); 2025 trainings exist only as register rows (T3)
    tq = {quarter(t[0]) for t in TRAININGS}
    for (y, m) in months_between(*PERIOD):
        assert quarter(D(y, m, 1)) in tq, (y, m)
    assert all(not t[5] for t in TRAININGS if t[0].year == 2025)
    assert not [r for r in FILES if FILES[r]["date"].year == 2025 and FILES[r]["el"] == [6]
                and r != "宣传培训/2025年宣传培训计划.docx"], "a separate 2025 training file exists"
    wb = openpyxl.load_workbook(os.path.join(OUT, "宣传培训/宣传培训活动登记表.xlsx"))
    assert wb.sheetnames == ["2024年", "2025年", "2026年"]
    r25 = [row for row in wb["2025年"].iter_rows(min_row=3, values_only=True) if row[2] == "培训"]
    assert len(r25) == 8 and {(int(str(r[1]).split(".")[1]) - 1) // 3 for r in r25} == {0, 1, 2, 3}
    # G3: exactly 7 hazards past 整改期限 at period end with no completion and no recheck, all found Aug—Nov 2025
    over = [r for r in HZ if r["limit"] <= PERIOD[1] and (r["done"] is None or r["re"] is None)]
    assert over == HZ_OVERDUE and len(over) == 7
    assert all(D(2025, 8, 1) <= r["date"] <= D(2025, 11, 30) and r["limit"] < D(2026, 1, 1) for r in over)
    # G4: four projects evaluated, the traffic project not
    ev = [r for r in FILES if FILES[r]["kind"].startswith("项目效果评估")]
    assert len(ev) == 4 and not [r for r in ev if "交通" in FILES[r]["kind"]], ev
    # G5: no 档案管理制度 anywhere; the rules collection has no archive rule
    assert "档案" not in docx_text("综合协调/桃坞社区安全社区建设工作制度汇编v2.docx")
    assert not [r for r in FILES if "档案管理制度" in r]
    # G6: no 2024 annual injury analysis; 2025's exists
    assert not [r for r in FILES if "2024年度伤害" in r or "2024年伤害" in r]
    assert "伤害监测/2025年度伤害监测分析报告.pdf" in FILES
    assert 100 <= len(INJ) <= 250, len(INJ)
    # G7: the only risk identification is 2024's
    assert [r for r in FILES if FILES[r]["kind"].startswith("风险辨识")] == ["综合协调/风险辨识评价清单2024.xlsx"]
    assert not [r for r in FILES if D(2025, 1, 1) <= FILES[r]["date"] <= PERIOD[1] and 3 in FILES[r]["el"]], "a 2025 risk update"
    # GBK CSVs
    for rel in ("伤害监测/伤害监测登记表_服务站导出.csv", "居家与燃气安全/2025/燃气报警器安装登记.csv"):
        raw = open(os.path.join(OUT, rel), "rb").read()
        raw.decode("gbk")
        try:
            raw.decode("utf-8")
            raise AssertionError(rel + " decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    # duplicates are byte-identical, except the print PDF (same text, other format)
    for rel, f in FILES.items():
        dup = f["flags"].get("duplicate_of")
        if dup and rel.endswith(dup.rsplit(".", 1)[-1]):
            assert open(os.path.join(OUT, rel), "rb").read() == open(os.path.join(OUT, dup), "rb").read(), rel
    # the period is stated in the 实施方案 and the 自查报告
    for rel in ("综合协调/桃坞社区安全社区建设实施方案（定稿）.docx", "综合协调/桃坞社区安全社区建设工作自查报告.docx"):
        assert "2024年3月至2026年2月" in docx_text(rel), rel


def main():
    global R1, R2
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    gen_injuries()
    gen_hazards()
    R1, R2 = gen_households()
    zonghe()
    zonghe2()
    xiaofang()
    jiaotong()
    laoyou()
    ranqi()
    yingji()
    shanghai()
    xuanchuan()
    dangan()
    zicha_report()
    set_mtimes(OUT)
    self_check()
    print(f"wrote {len(FILES)} files under {OUT}")
    if "--sha" in sys.argv:
        h = hashlib.sha256()
        for rel, s in file_shas(OUT):
            print(s, rel)
            h.update((rel + "\0" + s + "\n").encode("utf-8"))
        print("sha256(all)", h.hexdigest())
    if "--registry" in sys.argv:
        for rel in sorted(FILES):
            f = FILES[rel]
            print(f"{rel}\t{f['date']}\t{f['el']}\t{f['also']}\t{f['kind']}\t{f['flags']}")
    if "--judgement-files" in sys.argv:
        out = sys.argv[sys.argv.index("--judgement-files") + 1]
        with open(out, "w", encoding="utf-8") as fh:
            for rel in sorted(FILES):
                f = FILES[rel]
                fl = ("{" + ", ".join(f"{k}: {'true' if v is True else repr(v)}" for k, v in f["flags"].items()) + "}") if f["flags"] else "{}"
                fh.write(f"  - path: '{rel}'\n    kind: '{f['kind']}'\n    elements: {f['el']}\n"
                         f"    also_acceptable: {f['also']}\n    date: '{f['date']}'\n    flags: {fl}\n")


if __name__ == "__main__":
    main()
