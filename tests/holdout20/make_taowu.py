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
    overdue_slots = {(2025, 8): 1, (2025, 9): 2, (2025, 10): 2, (2025, 11): 2}
    for d, typ in checks:
        n = rng.randint(2, 4) if typ.startswith("专项") else rng.randint(1, 3)
        for k in range(n):
            no += 1
            cat, lvl, desc, fix = rng.choice(HZ_KINDS)
            place = rng.choice(VILLAGES + VILLAGES + ESTATES + ["桃坞物流园", "桃坞集市"])
            who = full_name(rng) if place in VILLAGES else {"桃源新苑": "桃源新苑物业", "坞景花园": "坞景花园物业",
                                                             "桃坞物流园": "物流园管理公司", "桃坞集市": "集市摊主"}[place]
            limit = add_days(d, 15 if lvl == "一般" else 30)
            row = dict(no=no, date=d, typ=typ, place=place, desc=desc, cat=cat, lvl=lvl, who=who,
                       limit=limit, fix=fix, done=None, re=None, reby="", status="")
            key = (d.year, d.month)
            if overdue_slots.get(key, 0) > 0 and typ == "网格月度巡查" and k == 0 or \
                    overdue_slots.get(key, 0) > 0 and typ.startswith("专项") and k == 1:
                overdue_slots[key] -= 1
                row["status"] = "整改中"
                row["fix"] = fix + "（已下达整改通知）"
                HZ_OVERDUE.append(row)
            elif limit > PERIOD[1]:
                row["status"] = "整改中"
                row["fix"] = fix + "（已下达整改通知）"
            else:
                done = add_days(d, rng.randint(2, (limit - d).days))
                row["done"] = done
                row["re"] = workday_after(limit if rng.random() < 0.3 else done, rng.randint(1, 4))
                row["reby"] = rng.choice(["韩磊", "汪涛", "包建新"]) if cat != "燃气" else rng.choice(["汪涛", "毛振宇"])
                row["status"] = "已销号"
            HZ.append(row)
    assert not any(v for v in overdue_slots.values()), overdue_slots
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
