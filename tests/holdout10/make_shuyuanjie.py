#!/usr/bin/env python3
"""Build the holdout archive shuyuanjie-sq (澄州市鼓楼区府前街道书院街社区, 老城区城市社区) and its expert judgement.

Filing style: 案卷式 (volume-level archiving). The 府前街道档案室 bound the creation records into 11
volumes (卷) AQSQ-2024-01 ... AQSQ-2024-11. Each volume folder holds ONE bound volume PDF (text layer,
reportlab) that starts with a 卷内目录 (序号/文号/责任者/题名/日期/页号/备注), then many records in
sequence (each with its own title line and date, page numbers stamped top right), and ends with a
卷内备考表. Some volume folders also hold loose digital originals that were never printed into the
volume: .xlsx 台账 of 100-300 dated rows, a few .docx, captioned .jpg photos. At the root: 案卷目录.xlsx
and a GBK 档案整理说明.txt.

Assessment period: 2024-04-01 to 2026-03-31 (实施方案, 启动大会纪要, 申请书, 工作报告). Archive closed
2026-04. Decoy: 府前街道安全社区建设三年行动计划（2023—2025年） at the front of volume 01.

Deterministic: string-seeded random, fixed zip timestamps and core properties, reportlab invariant,
fixed file mtimes. Needs python-docx, openpyxl, reportlab (STSong-Light), Pillow, PyYAML.
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

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

BASE = os.path.dirname(os.path.abspath(__file__))
NAME = "shuyuanjie-sq"
OUT = os.path.join(BASE, NAME)
JUDGEMENT_PATH = os.path.join(BASE, NAME + ".judgement.yaml")
ZIPSTAMP = (2026, 4, 18, 10, 0, 0)
MTIME = dt.datetime(2026, 4, 18, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))

SQ = "书院街社区"
FULL = "澄州市鼓楼区府前街道书院街社区"
JD = "府前街道"
JDB = "澄州市鼓楼区府前街道办事处"
JWH = "书院街社区居民委员会"
PC = "书院街社区安全促进委员会"
PCO = "书院街社区安全促进委员会办公室"
ZG = "丁一鸣"          # 社区安全专干, keeps the records
DAS = "府前街道档案室"
LJR = "陆晓云"         # 立卷人
JCR = "宋建华"         # 检查人
PERIOD = ("2024-04-01", "2026-03-31")

XQ = ["书院新村", "府学巷小区", "文庙小区", "粮食局宿舍", "纺织厂宿舍", "东井巷小区", "印刷厂宿舍",
      "鼓楼南苑", "青石弄小区", "税务局宿舍", "状元坊小区"]

# ---------------------------------------------------------------- judgement file list
FILES = []
_SEEN = set()


def judge(path, kind, elements, also=(), date=None, flags=None):
    assert path not in _SEEN, path
    _SEEN.add(path)
    FILES.append({"path": path, "kind": kind, "elements": list(elements),
                  "also_acceptable": [e for e in also if e not in elements], "date": date,
                  "flags": dict(flags or {})})


def target(path):
    p = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ---------------------------------------------------------------- dates
DIG = "〇一二三四五六七八九"
WEEK = "一二三四五六日"


def D(s):
    return s if isinstance(s, dt.date) else dt.date.fromisoformat(s)


def iso(d):
    return D(d).isoformat()


def _cn(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n - 10] if n > 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


def cn(s):            # 二〇二四年五月十日
    x = D(s)
    return "".join(DIG[int(c)] for c in str(x.year)) + "年" + _cn(x.month) + "月" + _cn(x.day) + "日"


def zh(s):            # 2024年5月10日
    x = D(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dots(s):          # 2024.5.10
    x = D(s)
    return f"{x.year}.{x.month}.{x.day}"


def dots0(s):         # 2024.05.10
    return iso(s).replace("-", ".")


def ymd8(s):          # 20240510 (卷内目录)
    return iso(s).replace("-", "")


def wk(s):
    return "星期" + WEEK[D(s).weekday()]


def md(s):
    x = D(s)
    return f"{x.month}月{x.day}日"


def days(n):
    return dt.timedelta(days=n)


def quarter(d):
    d = D(d)
    return (d.year, (d.month - 1) // 3 + 1)


def fixzip(path, when):
    stamp = dt.datetime.combine(D(when), dt.time(9, 0)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                t = data.decode("utf-8")
                t = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                           lambda m: m.group(1) + stamp + m.group(3), t)
                data = t.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIPSTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- records
class Rec:
    """One record (件) inside a bound volume.
    blocks: "text" | ("h", heading) | ("b", flat line) | ("c", centred line) | ("t", rows[, widths])
            | ("sig", [lines]) | ("pb",)"""

    def __init__(self, title, date, author, blocks, docno="", red=None, missing=False, kind="", note=""):
        self.title, self.date, self.author, self.blocks = title, D(date), author, blocks
        self.docno, self.red, self.missing, self.kind, self.note = docno, red, missing, kind, note
        self.pages = 0
        self.first = self.last = 0


# ---------------------------------------------------------------- PDF (bound volumes)
W_AVAIL = A4[0] - 56 - 56
_base = ParagraphStyle("p", fontName="STSong-Light", fontSize=11.5, leading=19, wordWrap="CJK", firstLineIndent=23)
_flat = ParagraphStyle("f", parent=_base, firstLineIndent=0)
_head = ParagraphStyle("h", parent=_flat, fontSize=12.5, spaceBefore=5)
_big = ParagraphStyle("t", parent=_flat, fontSize=16.5, leading=26, alignment=TA_CENTER)
_red = ParagraphStyle("r", parent=_flat, fontSize=22, leading=32, alignment=TA_CENTER, textColor=colors.red)
_ctr = ParagraphStyle("n", parent=_flat, alignment=TA_CENTER)
_right = ParagraphStyle("s", parent=_flat, alignment=TA_RIGHT)
_cell = ParagraphStyle("c", parent=_flat, fontSize=9.5, leading=13)
_tcell = ParagraphStyle("tc", parent=_flat, fontSize=9, leading=12)


def _table(rows, widths=None, style=_cell):
    n = len(rows[0])
    if widths:
        tot = float(sum(widths))
        cw = [W_AVAIL * w / tot for w in widths]
    else:
        cw = [W_AVAIL / n] * n
    t = Table([[Paragraph(str(v), style) for v in row] for row in rows], colWidths=cw, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def rec_story(r):
    s = []
    if r.red:
        s += [Paragraph(r.red, _red), Spacer(1, 4)]
        if r.docno:
            s.append(Paragraph(r.docno, _ctr))
        s += [Spacer(1, 2), HRFlowable(width="100%", thickness=2, color=colors.red), Spacer(1, 10)]
    s += [Paragraph(r.title, _big), Spacer(1, 8)]
    for blk in r.blocks:
        if isinstance(blk, str):
            s.append(Paragraph(blk, _base))
        elif blk[0] == "h":
            s.append(Paragraph(blk[1], _head))
        elif blk[0] == "b":
            s.append(Paragraph(blk[1], _flat))
        elif blk[0] == "c":
            s.append(Paragraph(blk[1], _ctr))
        elif blk[0] == "t":
            s += [_table(blk[1], blk[2] if len(blk) > 2 else None), Spacer(1, 6)]
        elif blk[0] == "sig":
            s += [Spacer(1, 6)] + [Paragraph(x, _right) for x in blk[1]]
        elif blk[0] == "pb":
            s.append(PageBreak())
        else:
            raise ValueError(blk)
    return s


def _count_pages(story):
    pages = [0]

    def cb(canv, doc):
        pages[0] = max(pages[0], canv.getPageNumber())
    d = SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=66, bottomMargin=56)
    d.build(story, onFirstPage=cb, onLaterPages=cb)
    return pages[0]


def pdf_date(path, when):
    """reportlab's invariant mode stamps 2000-01-01; put the scanning date in instead (same length, offsets unchanged)."""
    with open(path, "rb") as f:
        data = f.read()
    old = b"D:20000101000000+00'00'"
    new = ("D:" + iso(when).replace("-", "") + "100000+08'00'").encode()
    assert len(old) == len(new) and data.count(old) == 2
    with open(path, "wb") as f:
        f.write(data.replace(old, new))


VOLS = []        # dicts: no, code, title, folder, pdf, start, end, keep, recs, toc_pages, stated_pages, items


def volume(no, title, keep, recs, bk_note=""):
    code = f"AQSQ-2024-{no:02d}"
    folder = f"{code} {title}"
    path = f"{folder}/{code} {title}.pdf"
    # pass 1: pages of each record (each record starts on a fresh page, so its span is independent)
    page = 1
    for r in recs:
        r.pages = _count_pages(rec_story(r))
        r.first, r.last = page, page + r.pages - 1
        page += r.pages
    stated = page - 1
    dates = [r.date for r in recs]
    start, end = min(dates), max(dates)
    rows = [["序号", "文号", "责任者", "题名", "日期", "页号", "备注"]]
    for i, r in enumerate(recs, 1):
        rows.append([str(i), r.docno or "", r.author, r.title, ymd8(r.date),
                     str(r.first) if r.pages == 1 else f"{r.first}-{r.last}", r.note])
    def toc():
        return [Paragraph("卷　内　目　录", _big), Spacer(1, 4),
                Paragraph(f"档号：{code}　　案卷题名：{SQ}安全社区创建档案（{title}）", _flat), Spacer(1, 6),
                _table(rows, [0.9, 2.7, 2.6, 6.2, 1.8, 1.2, 0.9], _tcell)]
    toc_pages = _count_pages(toc())
    present = [r for r in recs if not r.missing]
    n_items = len(recs)
    def bk():
        return [Paragraph("卷　内　备　考　表", _big), Spacer(1, 10),
          Paragraph(f"档号：{code}", _flat), Spacer(1, 6),
          Paragraph("本卷情况说明：", _flat),
          Paragraph(f"本卷共{n_items}件，{stated}页（不含卷内目录和备考表）。卷内文件按时间结合事由排列，"
                    f"起止日期{dots0(start)}—{dots0(end)}，保管期限：{keep}。" + bk_note, _base), Spacer(1, 30),
          Paragraph(f"立卷人：{LJR}　　　　{zh('2026-04-15')}", _right), Spacer(1, 8),
          Paragraph(f"检查人：{JCR}　　　　{zh('2026-04-16')}", _right)]
    bk_pages = _count_pages(bk())
    # stamps: physical page -> archive page number (None = unnumbered)
    stamps = [None] * toc_pages
    for r in present:
        stamps += list(range(r.first, r.last + 1))
    stamps += [None] * bk_pages
    story = toc()
    for r in present:
        story += [PageBreak()] + rec_story(r)
    story += [PageBreak()] + bk()

    def onpage(canv, doc):
        n = canv.getPageNumber()
        if n <= len(stamps) and stamps[n - 1] is not None:
            canv.setFont("STSong-Light", 11)
            canv.drawRightString(A4[0] - 36, A4[1] - 34, str(stamps[n - 1]))
    final = [0]

    def onpage2(canv, doc):
        onpage(canv, doc)
        final[0] = max(final[0], canv.getPageNumber())
    d = SimpleDocTemplate(target(path), pagesize=A4, title=f"{code} {title}", author=DAS, creator=DAS,
                          subject=f"{SQ}安全社区创建档案", leftMargin=56, rightMargin=56, topMargin=66, bottomMargin=56)
    d.build(story, onFirstPage=onpage2, onLaterPages=onpage2)
    assert final[0] == len(stamps), (code, final[0], len(stamps))
    pdf_date(target(path), "2026-04-15")
    v = {"no": no, "code": code, "title": title, "folder": folder, "pdf": path, "start": start, "end": end,
         "keep": keep, "recs": recs, "toc_pages": toc_pages, "stated_pages": stated, "physical": final[0]}
    VOLS.append(v)
    return v


# ---------------------------------------------------------------- loose originals
def _run(par, text, size=14, bold=False, face="仿宋_GB2312"):
    r = par.add_run(text)
    r.font.name = face
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    r.font.size = Pt(size)
    r.bold = bold
    return r


def docx_from_rec(path, r, author=ZG, j=None):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = r.title
    cp.created = dt.datetime.combine(r.date, dt.time(9, 0))
    cp.modified = cp.created
    cp.revision = 1
    if r.red:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, r.red, 22, True, "方正小标宋简体")
        if r.docno:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p, r.docno)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, r.title, 20, True, "方正小标宋简体")
    for blk in r.blocks:
        if isinstance(blk, str):
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _run(p, blk)
        elif blk[0] in ("h",):
            _run(doc.add_paragraph(), blk[1], 14, True, "黑体")
        elif blk[0] == "b":
            _run(doc.add_paragraph(), blk[1])
        elif blk[0] == "c":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p, blk[1])
        elif blk[0] == "pb":
            doc.add_page_break()
        elif blk[0] == "t":
            rows = blk[1]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for k, v in enumerate(row):
                    _run(tb.cell(i, k).paragraphs[0], str(v), 10.5, i == 0)
        elif blk[0] == "sig":
            for line in blk[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _run(p, line)
    full = target(path)
    doc.save(full)
    fixzip(full, r.date)
    if j:
        judge(path, j[0], j[1], j[2] if len(j) > 2 else (), iso(r.date))


def xlsx(path, when, sheets, author=ZG, j=None, jdate=None):
    """sheets: list of dicts {name, title, header, rows, widths, sub}. Dates (dt.date) become Excel dates."""
    wb = Workbook()
    wb.remove(wb.active)
    stamp = dt.datetime.combine(D(when), dt.time(9, 0))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = stamp
    wb.properties.modified = stamp
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        header = sh["header"]
        n = len(header)
        r = 1
        if sh.get("title"):
            ws.cell(1, 1, sh["title"]).font = Font(bold=True, size=14)
            ws.cell(1, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
            r = 2
        if sh.get("sub"):
            ws.cell(r, 1, sh["sub"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            r += 1
        for k, h in enumerate(header, 1):
            ws.cell(r, k, h).font = Font(bold=True)
        i = r + 1
        for row in sh["rows"]:
            for k, v in enumerate(row, 1):
                if v is None:
                    continue
                c = ws.cell(i, k, v)
                if isinstance(v, dt.date):
                    c.number_format = "yyyy/m/d"
            i += 1
        widths = sh.get("widths") or {}
        for k in range(1, n + 1):
            ws.column_dimensions[get_column_letter(k)].width = widths.get(k, 12)
    full = target(path)
    wb.save(full)
    fixzip(full, when)
    if j:
        judge(path, j[0], j[1], j[2] if len(j) > 2 else (), jdate or iso(when))


def photo(path, when, scene, j):
    rnd = random.Random("shuyuanjie-photo:" + path)
    w, h = 640, 480
    img = Image.new("RGB", (w, h), (200, 205, 210))
    g = ImageDraw.Draw(img)
    if scene in ("meeting", "training", "lecture"):
        g.rectangle([0, 0, w, h], fill=(228, 222, 208))
        g.rectangle([60, 30, 580, 120], fill=(176, 26, 32))                       # banner
        for _ in range(rnd.randint(18, 32)):
            x, y = rnd.randint(20, 610), rnd.randint(200, 430)
            g.ellipse([x, y, x + 16, y + 16], fill=(40, 35, 30))
            g.rectangle([x - 4, y + 16, x + 20, y + 40], fill=(rnd.choice([40, 70, 180]), 80, 120))
    else:
        sky = rnd.randint(150, 200)
        g.rectangle([0, 0, w, sky], fill=(170, 195, 225))
        for k in range(rnd.randint(2, 4)):                                          # old 6-storey blocks
            x = 20 + k * 160 + rnd.randint(0, 30)
            top = sky - rnd.randint(60, 140)
            g.rectangle([x, top, x + 130, h - 120], fill=(205, 195, 180))
            for fy in range(top + 12, h - 130, 28):
                for fx in range(x + 10, x + 120, 30):
                    g.rectangle([fx, fy, fx + 16, fy + 14], fill=(90, 110, 130))
        g.rectangle([0, h - 120, w, h], fill=(120, 120, 118))                      # lane
        if scene == "charging":
            g.rectangle([80, h - 200, 560, h - 120], outline=(30, 90, 160), width=6)
            for x in range(100, 540, 45):
                g.rectangle([x, h - 160, x + 30, h - 122], fill=(rnd.choice([30, 160, 200]), 60, 60))
        if scene == "drill":
            g.ellipse([420, h - 260, 520, h - 160], fill=(240, 110, 20))
            g.rectangle([430, h - 160, 460, h - 120], fill=(60, 60, 60))
        if scene == "school":
            g.rectangle([220, h - 118, 420, h - 100], fill=(250, 250, 250))
            for x in range(230, 420, 24):
                g.rectangle([x, h - 118, x + 12, h - 100], fill=(20, 20, 20))
        if scene == "market":
            for x in range(40, 600, 70):
                g.rectangle([x, h - 190, x + 60, h - 130], fill=(rnd.choice([200, 60]), 140, 60))
            g.ellipse([300, h - 150, 330, h - 110], fill=(60, 120, 200))
        if scene == "handrail":
            g.rectangle([0, 0, w, h], fill=(212, 204, 190))
            g.line([60, 330, 600, 210], fill=(120, 120, 120), width=10)
        for _ in range(rnd.randint(4, 10)):
            x, y = rnd.randint(20, 600), rnd.randint(h - 170, h - 60)
            col = (235, 120, 20) if scene == "drill" else (rnd.choice([30, 200]), 70, 160)
            g.ellipse([x, y, x + 12, y + 12], fill=(230, 190, 160))
            g.rectangle([x - 2, y + 12, x + 14, y + 42], fill=col)
    exif = Image.Exif()
    exif[0x0132] = D(when).strftime("%Y:%m:%d") + " 09:%02d:%02d" % (rnd.randint(0, 59), rnd.randint(0, 59))
    exif[0x010F] = "HUAWEI"
    img.save(target(path), "JPEG", quality=82, optimize=False, exif=exif.tobytes())
    judge(path, j[0], j[1], j[2] if len(j) > 2 else (), iso(when))


def gbk_text(path, text, when, j):
    with open(target(path), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))
    judge(path, j[0], j[1], j[2] if len(j) > 2 else (), iso(when))


# ---------------------------------------------------------------- people
def rng(name):
    return random.Random("shuyuanjie:" + name)


def between(a, b, rnd):
    x, y = D(a), D(b)
    return x + days(rnd.randint(0, (y - x).days))


SURN = "王李张刘陈杨黄赵周吴徐孙朱马胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁沈"
GIVEN = "秀兰桂英建国玉珍志强淑芬国华文斌美玲德明海燕春生丽娟永红小军凤英金宝翠花建华瑞芳家豪子涵雨桐浩然思琪明辉"


def person(rnd):
    return rnd.choice(SURN) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice([1, 2, 2])))


def masked(rnd):
    p = person(rnd)
    return p[0] + "*" + (p[-1] if len(p) > 2 else "")


def sig(org, when, form=cn):
    return ("sig", [org, form(when)])


# ================================================================ data: injury register (社区卫生服务站)
INJ = []      # [date, name, sex, age, xq, place, cause, part, severity, treatment, registrar]
INJ_LAST = D("2025-10-31")
CAUSES = [("跌倒/坠落", 40), ("道路交通（电动自行车）", 12), ("道路交通（其他）", 6), ("烧烫伤", 8), ("锐器伤", 10),
          ("钝器伤/碰撞", 10), ("动物咬伤", 9), ("运动伤", 3), ("其他", 2)]
PARTS = {"跌倒/坠落": ["腕部", "髋部", "膝部", "头面部", "踝部", "腰背部"], "烧烫伤": ["手部", "前臂", "足部"],
         "锐器伤": ["手指", "手掌"], "动物咬伤": ["小腿", "手部"], "运动伤": ["踝部", "膝部"]}


def make_injuries():
    rnd = rng("inj")
    m = D("2024-04-01")
    while m <= INJ_LAST:
        nxt = (m.replace(day=28) + days(4)).replace(day=1)
        last = min(nxt - days(1), INJ_LAST)
        n = rnd.randint(7, 11)
        fall_w = 44 if m.year == 2024 else 31
        ds = sorted(between(m, last, rnd) for _ in range(n))
        if m.year == 2025 and m.month == 10:
            ds[-1] = INJ_LAST        # the last entry of the register
        for d in ds:
            w = [(c, fall_w if c.startswith("跌倒") else k) for c, k in CAUSES]
            cause = rnd.choices([c for c, _ in w], weights=[k for _, k in w])[0]
            if cause.startswith("跌倒"):
                age = rnd.choice([rnd.randint(61, 92), rnd.randint(61, 92), rnd.randint(5, 58)])
                place = rnd.choice(["家中", "家中", "楼道", "小区道路", "农贸市场", "卫生间"])
            elif cause.startswith("道路"):
                age = rnd.randint(16, 75)
                place = rnd.choice(["书院街", "府学巷", "鼓楼南路", "府学巷小学门口", "东井巷路口"])
            else:
                age = rnd.randint(3, 85)
                place = rnd.choice(["家中", "家中", "农贸市场", "小区内", "府学巷小学", "单位"])
            part = rnd.choice(PARTS.get(cause, ["头面部", "上肢", "下肢", "躯干"]))
            sev = rnd.choices(["轻度", "中度", "重度"], weights=[70, 25, 5])[0]
            treat = {"轻度": "门诊处置", "中度": rnd.choice(["门诊处置", "转诊区人民医院"]), "重度": "转诊区人民医院"}[sev]
            reg = "马婧" if rnd.random() < 0.85 else "孙丽萍"
            INJ.append([d, masked(rnd), rnd.choice("男女"), age, rnd.choice(XQ), place, cause, part, sev, treat, reg])
        m = nxt
    INJ.sort(key=lambda r: r[0])


def inj(a, b, pred=None):
    return [r for r in INJ if D(a) <= r[0] <= D(b) and (pred is None or pred(r))]


def falls60(a, b):
    return inj(a, b, lambda r: r[6].startswith("跌倒") and r[3] >= 60)


def ebike(a, b):
    return inj(a, b, lambda r: "电动自行车" in r[6])


def qsum(y, q):
    a = dt.date(y, 3 * q - 2, 1)
    b = (dt.date(y, 3 * q, 28) + days(4)).replace(day=1) - days(1)
    rows = inj(a, b)
    by = {}
    for r in rows:
        by[r[6]] = by.get(r[6], 0) + 1
    return rows, sorted(by.items(), key=lambda kv: -kv[1])


# ================================================================ data: hazards (隐患排查整改台账)
HAZ = []   # dict(found, place, desc, cat, level, source, owner, deadline, done, checker, status, note)
NAMED_OPEN = [
    ("2025-06-05", "纺织厂宿舍", "5号楼北侧消防通道被违建彩钢棚占用，消防车无法通行", "消防", "较大", "街道检查", "产权单位（原纺织厂）/街道城管中队",
     None, "整改中", "已两次督促；2025.7.3报街道城管中队，待拆除"),
    ("2025-08-12", "书院街农贸市场", "东侧熟食区3户餐饮摊位液化气钢瓶与灶具未分离设置，未安装可燃气体报警器", "燃气", "较大", "联合检查",
     "农贸市场管理所/经营户", None, "整改中", "已下达整改通知书；2025.9.15复查未整改到位（仅1户加装报警器）"),
    ("2025-10-21", "粮食局宿舍", "3号楼2单元楼道电动自行车飞线充电（2户）", "消防", "一般", "网格员巡查", "住户/网格员",
     None, "未整改", "住户称无处充电，拒不整改"),
    ("2025-12-09", "文庙小区", "2号楼1—3单元楼道应急照明灯损坏（3处）", "消防", "一般", "网格员巡查", "文庙小区居民自治管理小组",
     None, "未整改", "维修资金未落实"),
    ("2026-03-20", "东井巷小区", "12号楼前窨井盖破损", "设施", "一般", "网格员巡查", "鼓楼区市政养护所", None, "整改中", "已报市政"),
    ("2026-03-25", "府学巷小区", "7号楼外墙瓷砖空鼓，存在坠落风险", "设施", "较大", "居民反映", "府学巷小区产权单位", None, "未整改",
     "已设置警示围挡"),
]
HAZ_POOL = [
    ("消防", "楼道堆放杂物、纸箱"), ("消防", "楼道停放电动自行车"), ("消防", "电动自行车飞线充电"), ("消防", "灭火器压力不足/过期"),
    ("消防", "楼道应急照明损坏"), ("消防", "消火栓箱门损坏、水带缺失"), ("消防", "常闭式防火门处于常开状态"), ("消防", "消防通道被车辆占用"),
    ("燃气", "燃气胶管老化龟裂"), ("燃气", "燃气胶管超长或穿墙敷设"), ("燃气", "液化气钢瓶倒置使用"), ("燃气", "表前阀锈蚀"),
    ("燃气", "餐饮店未安装可燃气体报警器"), ("电气", "楼道线路老化、绝缘层破损"), ("电气", "配电箱未上锁、箱门破损"),
    ("电气", "私拉电线"), ("设施", "楼梯扶手松动"), ("设施", "窨井盖破损/缺失"), ("设施", "路面坑洼易绊倒"),
    ("设施", "防盗窗锈蚀松动"), ("设施", "雨棚松动"), ("交通", "校门口减速带损坏"), ("交通", "斑马线标线褪色"),
    ("交通", "车辆违停占用人行道")]
PLACES = XQ + ["书院街农贸市场", "府学巷小学周边", "书院街沿街商铺"]


WUYE = ("书院新村", "鼓楼南苑", "状元坊小区")


def haz_owner(place, cat, desc, rnd):
    if cat == "交通":
        return "交警府前中队/区交通运输局"
    if desc.startswith("餐饮"):
        return "经营户"
    if cat == "燃气":
        return "住户（港华燃气协助）"
    if "电动自行车" in desc or "杂物" in desc or "私拉" in desc:
        return "住户"
    if place in WUYE:
        return "澄州安居物业"
    return rnd.choice(["居民自治管理小组", "产权单位", "居民自治管理小组"])


def make_hazards():
    rnd = rng("haz")
    d = D("2024-06-03")
    while d <= D("2026-03-15"):
        for _ in range(rnd.choice([1, 1, 2])):
            f = d + days(rnd.randint(0, 5))
            cat, desc = rnd.choice(HAZ_POOL)
            if cat == "交通":
                place = "府学巷小学周边"
            elif desc.startswith("餐饮"):
                place = rnd.choice(["书院街农贸市场", "书院街沿街商铺"])
            else:
                place = rnd.choice(XQ)
            level = "较大" if rnd.random() < 0.15 else "一般"
            lim = 30 if level == "较大" else 15
            late = rnd.random() < 0.05
            done = f + days(rnd.randint(lim + 2, lim + 12) if late else rnd.randint(1, lim - 1))
            if done > D("2026-03-28"):
                done = f + days(3)
            HAZ.append(dict(found=f, place=place, desc=desc, cat=cat, level=level,
                            source=rnd.choice(["网格员巡查", "网格员巡查", "物业自查", "入户检查", "居民反映", "街道检查"]),
                            owner=haz_owner(place, cat, desc, rnd),
                            deadline=f + days(lim), done=done, checker=rnd.choice([ZG, "网格员许涛", "网格员周敏"]),
                            status="已整改销号", note="逾期完成" if late else ""))
        d += days(rnd.randint(4, 8))
    for found, place, desc, cat, level, src, owner, _, status, note in NAMED_OPEN:
        f = D(found)
        HAZ.append(dict(found=f, place=place, desc=desc, cat=cat, level=level, source=src, owner=owner,
                        deadline=f + days(30 if level == "较大" else 15), done=None, checker=ZG, status=status, note=note))
    HAZ.sort(key=lambda h: h["found"])


def open_overdue(as_of):
    return [h for h in HAZ if h["found"] <= D(as_of) and h["deadline"] < D(as_of) and (h["done"] is None or h["done"] > D(as_of))]


def haz_in(a, b):
    return [h for h in HAZ if D(a) <= h["found"] <= D(b)]


# ================================================================ data: ABC household inspections
ROUNDS = [("2024秋季", "第一轮（2024年秋季）", "2024-10-08", "2024-11-22", 84, 0.14, 0.31),
          ("2025春季", "第二轮（2025年春季）", "2025-03-10", "2025-04-25", 86, 0.08, 0.26),
          ("2025秋季", "第三轮（2025年秋季）", "2025-10-09", "2025-11-20", 88, 0.05, 0.21)]
ABC = {}      # sheet -> rows [date, xq, door, head, kind, gas, gas_chk, ebike, elec, cls, problem, advice, recheck, result, inspector]
C_PROB = ["燃气胶管老化龟裂且超长", "液化气钢瓶与灶具间距不足、无减压阀", "电动自行车电池带回室内充电", "楼道飞线充电",
          "燃气热水器安装在浴室内", "私拉电线、插座严重过载"]
B_PROB = ["灶前阀未关闭习惯差", "胶管接口无卡箍", "插线板串接", "室内堆放杂物较多", "未配备家用灭火器", "厨房通风不良"]


def make_abc():
    for key, label, a, b, n, pc, pb in ROUNDS:
        rnd = rng("abc" + key)
        rows = []
        ds = sorted(between(a, b, rnd) for _ in range(n))
        for d in ds:
            while d.weekday() >= 5:
                d -= days(1)
            kind = rnd.choice(["独居老人户", "独居老人户", "高龄老人户", "出租房", "瓶装液化气用户", "电动自行车室内充电户", "沿街商铺"])
            gas = "瓶装液化气" if kind in ("瓶装液化气用户", "沿街商铺") or rnd.random() < 0.1 else "管道天然气"
            x = rnd.random()
            cls = "C" if x < pc else ("B" if x < pc + pb else "A")
            if cls == "C":
                prob = rnd.choice(C_PROB)
                advice = "立即停用整改，15日内复查"
                rc = d + days(rnd.randint(5, 14))
                rr = "已整改，转A类"
            elif cls == "B":
                prob = rnd.choice(B_PROB)
                advice = "当场告知，自行整改"
                rc = None
                rr = ""
            else:
                prob, advice, rc, rr = "无", "—", None, ""
            gas_chk = "√" if cls == "A" or "燃气" not in prob and "液化气" not in prob and "胶管" not in prob else "×"
            eb = "×" if "充电" in prob else rnd.choice(["√", "√", "无电动车"])
            el = "×" if "电线" in prob or "插线板" in prob else "√"
            rows.append([d, rnd.choice(XQ), f"{rnd.randint(1, 14)}幢{rnd.randint(1, 4)}单元{rnd.randint(1, 6)}0{rnd.randint(1, 4)}",
                         masked(rnd), kind, gas, gas_chk, eb, el, cls, prob, advice, rc, rr,
                         rnd.choice(["网格员许涛", "网格员周敏", "网格员何佳", "网格员郑凯"]) + "、" + rnd.choice(["港华燃气邵斌", "港华燃气刘畅"])])
        ABC[key] = rows


def abc_count(key, cls=None):
    return len([r for r in ABC[key] if cls is None or r[9] == cls])


# ================================================================ data: training / publicity events (卷07 only)
TRAIN = [  # date, form, theme, place, target, n, lead
    ("2024-05-11", "宣传", "安全社区创建启动宣传暨“安全进万家”咨询", "书院街社区广场", "居民", 210, "宣传培训与志愿服务组"),
    ("2024-06-14", "培训", "物业、业委会及楼道长消防安全培训", "社区三楼会议室", "物业人员、业委会成员、楼道长", 48, "府前消防救援站林涛"),
    ("2024-07-20", "讲座", "老年人防跌倒健康讲座", "社区老年活动中心", "60岁以上老年人", 62, "社区卫生服务站孙丽萍"),
    ("2024-09-12", "宣传", "燃气安全进社区（入户检查前动员）", "书院新村、文庙小区", "居民", 156, "港华燃气鼓楼服务站"),
    ("2024-10-16", "培训", "电动自行车安全充电专题培训", "社区三楼会议室", "电动自行车车主、网格员", 56, "府前消防救援站林涛"),
    ("2024-11-06", "讲座", "校园及周边交通安全课", "府学巷小学报告厅", "三至六年级学生", 420, "交警鼓楼大队府前中队顾磊"),
    ("2024-12-20", "宣传", "冬季用火用电用气安全宣传", "农贸市场门口", "居民、摊户", 135, "宣传培训与志愿服务组"),
    ("2025-01-15", "宣传", "春节烟花爆竹禁放及居家防火宣传", "各小区出入口", "居民", 240, "宣传培训与志愿服务组"),
    ("2025-03-22", "培训", "业委会、楼道长消防器材使用培训", "书院新村小广场", "业委会成员、楼道长", 52, "府前消防救援站林涛"),
    ("2025-04-26", "讲座", "老年人防跌倒与居家适老化改造宣讲", "社区老年活动中心", "老年人及家属", 70, "社区卫生服务站孙丽萍"),
    ("2025-05-12", "宣传", "“防灾减灾日”应急知识宣传", "书院街社区广场", "居民", 186, "宣传培训与志愿服务组"),
    ("2025-06-16", "宣传", "“安全生产月”安全宣传咨询日", "书院街农贸市场", "摊户、居民", 164, "街道应急办、社区"),
    ("2025-08-09", "讲座", "暑期儿童居家安全与防溺水安全课", "社区四点半课堂", "中小学生及家长", 58, "社区卫生服务站、志愿者"),
    ("2025-09-20", "培训", "餐饮摊户燃气安全培训", "书院街农贸市场会议室", "餐饮摊户", 41, "港华燃气鼓楼服务站邵斌"),
    ("2025-11-09", "宣传", "“119消防宣传月”进小区", "粮食局宿舍、纺织厂宿舍", "居民", 128, "府前消防救援站、社区"),
    ("2025-12-05", "宣传", "冬季电动自行车安全充电宣传", "各集中充电点", "电动自行车车主", 97, "消防安全工作组"),
    ("2026-01-22", "宣传", "春节前居家安全及烟花爆竹禁放宣传", "各小区出入口", "居民", 205, "宣传培训与志愿服务组"),
    ("2026-03-14", "讲座", "居民安全知识竞赛暨家庭安全讲座", "社区三楼会议室", "居民家庭", 64, "宣传培训与志愿服务组"),
]
TRAIN = [(D(t[0]),) + t[1:] for t in TRAIN]


def train_in(a, b):
    return [t for t in TRAIN if D(a) <= t[0] <= D(b)]


# ================================================================ data: drills and meetings
DRILLS = [  # date, place, name, with, people
    (D("2024-06-21"), "书院新村", "消防疏散演练", "府前消防救援站", 126),
    (D("2024-11-19"), "文庙小区", "燃气泄漏应急处置演练", "港华燃气鼓楼服务站、府前消防救援站", 84),
    (D("2025-06-19"), "粮食局宿舍", "电动自行车火灾疏散演练", "府前消防救援站、府前派出所", 138),
]
COMMITTEE = [D(x) for x in ("2024-04-12", "2024-06-27", "2024-09-26", "2024-12-26", "2025-03-27", "2025-09-25", "2026-03-26")]


# ================================================================ data: volunteers, elders, charging points, school crossing
VOLACT = []    # date, activity, place, n, hours, lead
ELDERS = []    # name, sex, age, xq, door, partner, freq, phone
RETRO = []     # date, name, xq, content, cost, done
CHARGE = []    # date, point, xq, ports, ok, extinguisher, cctv, found, handling, by
POINTS = [("书院街社区服务中心东侧", "书院新村", 20, None), ("鼓楼南苑北门", "鼓楼南苑", 24, None), ("状元坊小区车棚", "状元坊小区", 16, None),
          ("文庙小区西侧", "文庙小区", 12, None), ("府学巷小区1号楼旁", "府学巷小区", 12, None), ("书院街农贸市场后场", "书院街农贸市场", 10, None),
          ("书院新村集中充电棚", "书院新村", 30, "2025-01"), ("粮食局宿舍车棚", "粮食局宿舍", 16, "2025-01"), ("纺织厂宿舍车棚", "纺织厂宿舍", 20, "2025-01"),
          ("东井巷小区东侧", "东井巷小区", 12, "2025-03"), ("印刷厂宿舍车棚", "印刷厂宿舍", 12, "2025-03"), ("青石弄小区南门", "青石弄小区", 10, "2025-04"),
          ("税务局宿舍车棚", "税务局宿舍", 10, "2025-04"), ("府学巷小区5号楼旁", "府学巷小区", 12, "2025-05")]
CROSS = []     # week_start, days, people, parked, helmet, escorted, note


def make_misc():
    rnd = rng("vol")
    acts = ["楼道杂物清理", "独居老人结对探访", "府学巷小学护学岗", "集中充电点巡查", "安全宣传资料发放", "燃气安全入户宣传",
            "农贸市场消防巡查", "防汛积水点巡查", "文明劝导（电动自行车戴头盔）"]
    d = D("2024-05-06")
    while d <= D("2026-03-28"):
        a = rnd.choice(acts)
        VOLACT.append([d, a, rnd.choice(XQ + ["书院街农贸市场", "府学巷小学"]), rnd.randint(4, 18), rnd.choice([1.5, 2, 2, 3, 4]),
                       rnd.choice(["李佳", "王秀兰", "沈国强", "许涛", "周敏"])])
        d += days(rnd.randint(3, 8))
    rnd = rng("elders")
    for i in range(146):
        xq = rnd.choice(XQ)
        ELDERS.append([masked(rnd), rnd.choice("男女女"), rnd.randint(66, 94), xq, f"{rnd.randint(1, 14)}幢{rnd.randint(1, 4)}单元{rnd.randint(1, 6)}0{rnd.randint(1, 4)}",
                       person(rnd), rnd.choice(["每周1次", "每周1次", "每周2次", "每两周1次"]), "139****" + f"{rnd.randint(0, 9999):04d}"])
    rnd = rng("retro")
    for i in range(60):
        d = between("2024-08-05", "2025-06-20", rnd)
        e = rnd.choice(ELDERS)
        RETRO.append([d, e[0], e[3], rnd.choice(["卫生间安装扶手、铺防滑垫", "床边安装起身扶手", "过道安装感应夜灯", "卫生间扶手、感应夜灯",
                                                "楼梯口加装扶手"]), rnd.choice([280, 360, 420, 520, 610]), d + days(rnd.randint(1, 6))])
    RETRO.sort(key=lambda r: r[0])
    rnd = rng("charge")
    m = D("2024-09-01")
    while m <= D("2026-03-01"):
        for name, xq, ports, built in POINTS:
            if built and iso(m)[:7] < built:
                continue
            d = m + days(rnd.randint(2, 20))
            found = rnd.choices([0, 0, 0, 1, 2, 3], weights=[5, 3, 2, 3, 2, 1] if m.year == 2024 else [8, 4, 3, 2, 1, 0])[0]
            CHARGE.append([d, name, xq, ports, "完好" if rnd.random() > 0.08 else "1个端口故障，已报修",
                           "在位有效", "正常", found, "当场劝导" if found else "—", rnd.choice(["网格员许涛", "网格员周敏", "物业吴海峰"])])
        m = (m.replace(day=28) + days(4)).replace(day=1)
    CHARGE.sort(key=lambda r: (r[0], r[1]))
    rnd = rng("cross")
    for a, b in (("2024-09-02", "2025-01-13"), ("2025-02-17", "2025-06-23"), ("2025-09-01", "2026-01-12")):
        w = D(a)
        while w <= D(b):
            dd = 5 if rnd.random() > 0.1 else 4
            CROSS.append([w, dd, rnd.choice(["交警1名、民警1名、家长志愿者4名", "交警1名、教师2名、家长志愿者4名", "民警1名、教师2名、家长志愿者5名"]),
                          rnd.randint(8, 35), rnd.randint(5, 40), rnd.randint(300, 520), "国庆假期" if w.month == 10 and w.day < 8 else ""])
            w += days(7)


# ================================================================ people and organisation
MEMBERS = [  # role, name, unit/post
    ("主任", "周慧敏", "书院街社区党委书记、居委会主任"),
    ("副主任", "钱立新", "府前街道应急管理办公室主任"),
    ("副主任", "韩东", "府前派出所副所长"),
    ("委员", "许文杰", "社区居委会副主任（兼促进委员会办公室主任）"),
    ("委员", "丁一鸣", "社区安全专干"),
    ("委员", "林涛", "府前消防救援站指导员"),
    ("委员", "顾磊", "交警鼓楼大队府前中队副中队长"),
    ("委员", "孙丽萍", "书院街社区卫生服务站站长"),
    ("委员", "蒋文涛", "府学巷小学副校长"),
    ("委员", "吴海峰", "澄州安居物业书院新村项目经理"),
    ("委员", "沈国强", "书院新村业主委员会主任"),
    ("委员", "范志明", "书院街农贸市场管理所所长"),
    ("委员", "邵斌", "港华燃气鼓楼服务站站长"),
    ("委员", "赵卫东", "鼓楼供电所书院街台区经理"),
    ("委员", "王秀兰", "社区民政专干"),
    ("委员", "李佳", "社区宣传委员"),
    ("委员", "陈建平", "居民代表（退休教师）"),
]
GROUPS = [  # name, leader, deputy, members, duty
    ("老年人安全工作组", "王秀兰", "孙丽萍", "陈建平、网格员何佳、志愿者代表6名", "独居、高龄老人结对探访，防跌倒项目和适老化改造"),
    ("消防安全工作组", "丁一鸣", "林涛", "吴海峰、沈国强、网格员许涛、网格员周敏", "电动自行车消防安全项目、楼道消防巡查、消防演练"),
    ("燃气与居家安全工作组", "许文杰", "邵斌", "赵卫东、范志明、网格员郑凯", "燃气安全项目、居家安全项目、入户检查"),
    ("交通与校园安全工作组", "蒋文涛", "顾磊", "韩东、家长委员会代表2名、教师代表2名", "校园及周边交通安全项目、护学岗"),
    ("伤害监测与数据统计组", "孙丽萍", "丁一鸣", "马婧（卫生服务站）、网格员何佳", "伤害监测登记、季度和年度伤害分析、数据库维护"),
    ("宣传培训与志愿服务组", "李佳", "沈国强", "网格员周敏、志愿者分队长6名", "宣传教育培训、志愿者管理、居民议事"),
]
RULE_MEETING = ("促进委员会实行季度例会制度，每季度召开一次全体成员例会（原则上在每季度最后一个月下旬召开），全年不少于4次；"
                "例会听取各工作组工作汇报，研究解决创建工作中的重大问题，遇紧急情况可临时召开。例会由委员会办公室负责通知、记录，形成会议纪要。")
RULE_GROUP = "各工作组根据项目推进需要不定期召开工作会议，重要事项提交促进委员会例会研究。"
RULE_RISK = ("社区每年第二季度组织一次事故与伤害风险辨识复核，对照上一年度伤害监测数据、隐患排查结果和居民意见，"
             "更新《危险源辨识与风险评价清单》，复核结果报促进委员会审议。")
RULE_HAZARD = ("网格员每周巡查、物业每月自查，发现隐患登记入《隐患排查整改台账》，明确整改责任人和期限：一般隐患15日内、较大隐患30日内整改到位；"
               "整改完成后由安全专干复查销号；逾期未整改的提交促进委员会督办，并报街道应急办。")
RULE_INJURY = ("社区卫生服务站对辖区居民伤害就诊病例逐例登记《伤害监测登记表》，每月5日前将上月登记表报送促进委员会办公室；"
               "伤害监测与数据统计组在每季度结束后15日内完成季度伤害分析，年度结束后形成年度伤害分析报告。")
RULE_DRILL = "社区每年至少组织2次应急演练，其中消防疏散（含电动自行车火灾）演练、燃气泄漏处置演练各不少于1次；演练前制定方案，演练后形成记录和总结评估。"
RULE_TRAIN = "每年年初制定宣传教育培训计划，每季度至少开展1次安全宣传教育或培训活动，活动留存记录、签到和照片。"
RULE_INFO = "通过居民意见箱、“书院街安全”居民微信群、居民安全议事会收集居民意见建议，登记后10个工作日内答复。"
RULE_PROJECT = ("每个安全促进项目制定实施方案，明确目标、措施、责任人和时限；项目实施满一年或在实施方案规定的时间，"
                "由牵头工作组组织效果评估，形成评估报告报促进委员会审议。")
RULE_PLAN = "每年1月底前制定本年度安全社区工作计划；每年1月由促进委员会组织对上一年度工作进行总结评审（内部评审），形成年度工作总结暨评审报告。"
RULE_ARCHIVE = ("创建过程中形成的文件材料由社区安全专干丁一鸣收集整理，按年度移交府前街道档案室，由档案室按案卷整理立卷；"
                "电子台账等电子原件随卷保存。")


def minutes(when, place, chair, present, recorder, topics, body, decisions, time="15:00", form=zh):
    head = [("b", f"时间：{form(when)}（{wk(when)}）{time}"), ("b", f"地点：{place}"), ("b", f"主持人：{chair}"),
            ("b", f"参加人员：{present}"), ("b", f"记录人：{recorder}"), ("b", "会议议题：" + "；".join(topics))]
    return head + [("h", "会议内容")] + body + [("h", "会议决定事项")] + [f"{i}. {d}" for i, d in enumerate(decisions, 1)]


def vol01():
    R = []
    R.append(Rec("关于印发《府前街道安全社区建设三年行动计划（2023—2025年）》的通知", "2023-03-15", JDB, [
        "各社区居委会、街道各科室、辖区各单位：",
        "现将《府前街道安全社区建设三年行动计划（2023—2025年）》印发给你们，请结合实际认真贯彻落实。",
        ("c", "府前街道安全社区建设三年行动计划（2023—2025年）"),
        ("h", "一、总体目标"),
        "2023年至2025年，在全街道推进安全社区建设，到2025年底，书院街、府东、文昌三个社区完成市级安全社区创建并通过评定，"
        "街道全域生产安全事故和各类伤害持续下降，居民安全感和满意度达到95%以上。",
        ("h", "二、实施步骤"),
        "（一）启动部署阶段（2023年3月—2023年12月）：成立街道安全社区建设领导小组，确定试点社区，开展业务培训。",
        "（二）全面推进阶段（2024年1月—2024年12月）：各社区成立安全促进委员会，开展社区安全诊断，确定并实施安全促进项目。",
        "（三）巩固提升阶段（2025年1月—2025年12月）：各社区查漏补缺、整理档案、开展自评，按程序申报评定。",
        ("h", "三、保障措施"),
        "街道每年安排安全社区建设专项经费，每个创建社区不少于8万元；街道应急办每半年对创建社区开展一次督导检查，督导结果纳入社区年度考核。",
        sig("府前街道办事处", "2023-03-15")], docno="府前办发〔2023〕11号", red="澄州市鼓楼区府前街道办事处文件"))
    R.append(Rec("关于申请创建安全社区的请示", "2024-03-08", JWH, [
        "府前街道办事处：",
        f"书院街社区位于鼓楼区老城核心区，辖区面积0.58平方公里，有书院新村、府学巷小区、文庙小区、粮食局宿舍等11个老旧小区，常住3986户10412人，"
        "其中60周岁以上老年人2947人，独居老人146人。辖区有书院街农贸市场、府学巷小学、沿街商铺217家。老旧小区楼道狭窄、电动自行车充电难、"
        "瓶装液化气使用户多、老年人跌倒多发，是辖区的主要安全问题。",
        "根据《府前街道安全社区建设三年行动计划（2023—2025年）》，我社区申请于2024年4月启动安全社区创建工作，力争用两年时间达到安全社区标准。",
        "妥否，请批示。",
        sig(JWH, "2024-03-08", zh)], docno="书居〔2024〕5号"))
    R.append(Rec("关于同意书院街社区开展安全社区创建工作的批复", "2024-03-20", JDB, [
        "书院街社区居民委员会：",
        "你社区《关于申请创建安全社区的请示》（书居〔2024〕5号）收悉。经研究，同意你社区自2024年4月起开展安全社区创建工作。"
        "请按照《安全社区建设基本要求》（AQ/T 9001-2006）成立跨部门的安全促进委员会，开展社区安全诊断，制定创建实施方案，"
        "扎实推进安全促进项目，按期完成创建任务。街道安排创建经费8万元（2024年度），由街道应急办负责业务指导。",
        "此复。",
        sig("府前街道办事处", "2024-03-20")], docno="府前办复〔2024〕3号", red="澄州市鼓楼区府前街道办事处"))
    R.append(Rec("关于成立书院街社区安全促进委员会的通知", "2024-04-02", JWH, [
        "各居民小组、辖区各单位：",
        "为扎实推进安全社区创建工作，整合辖区资源，经与府前街道应急办、府前派出所、府前消防救援站、交警府前中队、社区卫生服务站、"
        "府学巷小学、澄州安居物业、书院新村业委会、农贸市场管理所、港华燃气鼓楼服务站、鼓楼供电所等单位协商，决定成立书院街社区安全促进委员会。"
        "促进委员会下设办公室，办公室设在社区居委会，许文杰同志兼任办公室主任，丁一鸣同志负责日常工作。",
        ("h", "一、促进委员会组成人员"),
        ("t", [["职务", "姓名", "单位及职务"]] + [list(m) for m in MEMBERS], [1, 1, 4]),
        ("h", "二、促进委员会主要职责"),
        "（一）组织开展社区事故与伤害风险辨识及评价；（二）组织制定符合社区特点的安全目标和计划；（三）组织落实安全促进项目；"
        "（四）整合辖区资源，推动全员参与；（五）组织评审社区安全绩效；（六）为创建工作提供人、财、物保障。",
        sig(JWH, "2024-04-02")], docno="书居〔2024〕7号", red="书院街社区居民委员会文件"))
    R.append(Rec("关于成立书院街社区安全促进工作组的通知", "2024-04-08", PC, [
        "促进委员会各成员单位：",
        "根据社区安全现状和创建工作需要，促进委员会下设6个工作组，负责组织实施相关安全促进项目。各工作组组成及职责如下：",
        ("t", [["工作组", "组长", "副组长", "成员", "主要职责"]] + [list(g) for g in GROUPS], [2, 1, 1, 3, 3.5]),
        "各工作组要制定工作计划，明确分工，定期向促进委员会报告工作进展。",
        sig(PC, "2024-04-08")], docno="书安促〔2024〕1号"))
    R.append(Rec("书院街社区安全促进委员会工作制度汇编", "2024-04-12", PC, [
        "（2024年4月12日促进委员会第一次全体会议审议通过）",
        ("h", "一、促进委员会例会制度"), RULE_MEETING,
        ("h", "二、工作组工作制度"), RULE_GROUP,
        ("h", "三、事故与伤害风险辨识及评价制度"), RULE_RISK,
        ("h", "四、隐患排查与整改制度"), RULE_HAZARD,
        ("h", "五、伤害监测与报告制度"), RULE_INJURY,
        ("h", "六、应急演练制度"), RULE_DRILL,
        ("h", "七、安全宣传教育培训制度"), RULE_TRAIN,
        ("h", "八、信息交流与反馈制度"), RULE_INFO + "每季度向居民公示一次创建工作进展。",
        ("h", "九、安全促进项目管理制度"), RULE_PROJECT,
        ("h", "十、目标计划与评审制度"), RULE_PLAN,
        ("h", "十一、入户安全检查制度"), "重点户入户燃气及电动自行车安全检查的具体办法，由燃气与居家安全工作组会同消防安全工作组另行制定。",
        ("h", "十二、档案管理制度"), RULE_ARCHIVE,
        ("h", "十三、经费管理制度"), "创建经费由街道拨付和辖区单位共建资金组成，专款专用，由社区居委会统一管理，每年度向促进委员会报告使用情况。"],
        docno="书安促〔2024〕2号"))
    R.append(Rec("书院街社区安全社区创建组织网络图", "2024-04-12", PCO, [
        ("b", "府前街道安全社区建设领导小组（街道应急办）"),
        ("b", "　└─ 书院街社区安全促进委员会（主任：周慧敏）"),
        ("b", "　　　├─ 促进委员会办公室（社区居委会，许文杰、丁一鸣）"),
        ("b", "　　　├─ 老年人安全工作组 ── 老年人防跌倒项目"),
        ("b", "　　　├─ 消防安全工作组 ── 电动自行车消防安全项目"),
        ("b", "　　　├─ 燃气与居家安全工作组 ── 燃气安全项目、居家安全项目"),
        ("b", "　　　├─ 交通与校园安全工作组 ── 校园及周边交通安全项目"),
        ("b", "　　　├─ 伤害监测与数据统计组 ── 伤害监测、一网三库"),
        ("b", "　　　└─ 宣传培训与志愿服务组 ── 宣传培训、平安志愿者服务队（6个分队）"),
        ("b", "　网格：11个老旧小区划分为6个网格，每个网格配专职网格员1名，楼道长148名。"),
        ("sig", [PCO, dots("2024-04-12")])]))
    R.append(Rec("2024年度安全社区创建经费使用情况", "2024-12-20", PCO, [
        ("t", [["项目", "预算（元）", "实际支出（元）", "说明"],
               ["宣传培训（资料、展板、讲座）", "12000", "11460", "宣传册3000份，展板24块"],
               ["老年人防跌倒（扶手、防滑垫、夜灯）", "20000", "16880", "适老化改造，2024年完成部分"],
               ["电动自行车集中充电点建设（社区配套）", "25000", "24600", "书院新村集中充电棚配套（区财政另行补助）"],
               ["燃气报警器（独居老人户）", "10000", "0", "2025年1月实施"],
               ["应急物资", "8000", "7350", "灭火器、应急灯、急救箱"],
               ["护学岗装备", "3000", "2860", "反光背心、指挥棒、标志牌"],
               ["其他", "2000", "1210", "印刷、会务"],
               ["合计", "80000", "64360", "结余15640元结转2025年"]], [3, 1.3, 1.3, 3]),
        ("sig", [PCO, zh("2024-12-20")])]))
    R.append(Rec("关于调整书院街社区安全促进委员会成员的通知", "2025-03-10", JWH, [
        "促进委员会各成员单位：",
        "因工作变动，韩东同志不再担任促进委员会副主任，由府前派出所副所长顾志远同志担任；交通与校园安全工作组成员相应调整。"
        "其他成员不变。",
        sig(JWH, "2025-03-10")], docno="书居〔2025〕4号", red="书院街社区居民委员会文件"))
    R.append(Rec("2025年度安全社区创建经费使用情况", "2025-12-22", PCO, [
        ("t", [["项目", "预算（元）", "实际支出（元）", "说明"],
               ["宣传培训", "12000", "12840", "含“119”宣传月、安全生产月活动"],
               ["老年人防跌倒", "10000", "8920", "适老化改造收尾"],
               ["燃气报警器（独居老人户）", "15640", "15600", "120户，2025年1月安装"],
               ["集中充电点运维", "8000", "6150", "端口维修、灭火器更换"],
               ["居家安全（楼道线路改造配套）", "20000", "19480", "印刷厂宿舍、税务局宿舍楼道线路"],
               ["应急物资补充", "6000", "5730", ""],
               ["其他", "3000", "2270", ""],
               ["合计", "74640", "70990", "含2024年结转15640元"]], [3, 1.3, 1.3, 3]),
        ("sig", [PCO, dots("2025-12-22")])]))
    return R


def vol02():
    R = []
    all_members = "促进委员会成员（街道应急办、派出所、消防救援站、交警府前中队、卫生服务站、府学巷小学、安居物业、业委会、农贸市场管理所、港华燃气、供电所）及居民代表"
    R.append(Rec("书院街社区安全社区创建启动大会暨安全促进委员会第一次全体会议纪要", "2024-04-12", PCO, minutes(
        "2024-04-12", "社区三楼会议室", "周慧敏", all_members + "，共42人；府前街道副主任刘红梅到会讲话", "丁一鸣",
        ["宣布成立安全促进委员会和6个工作组", "审议创建实施方案", "审议促进委员会工作制度", "签订目标责任书"],
        ["周慧敏宣读《关于成立书院街社区安全促进委员会的通知》，介绍6个工作组的组成和分工。",
         "许文杰介绍《书院街社区安全社区创建实施方案（讨论稿）》：本社区安全社区创建周期为2024年4月1日至2026年3月31日，共两年，"
         "分启动、培训宣传、调查诊断、确定项目、项目实施、自查整档、评定、提高八个阶段推进。",
         "刘红梅副主任强调，书院街是街道三年行动计划中的首个创建社区，要把老旧小区电动自行车、燃气和老年人跌倒问题作为重点。"],
        ["审议通过《书院街社区安全社区创建实施方案》，由居委会行文印发。", "审议通过《书院街社区安全促进委员会工作制度汇编》。",
         "社区与安居物业、府学巷小学、农贸市场管理所、书院新村业委会于4月18日前签订目标责任书。", "5月开展居民安全需求问卷调查，6月上旬形成社区安全诊断报告。"])))
    R.append(Rec("书院街社区安全促进委员会2024年第二季度例会纪要", "2024-06-27", PCO, minutes(
        "2024-06-27", "社区三楼会议室", "周慧敏", "促进委员会成员14人，各工作组组长", "丁一鸣",
        ["审议社区安全诊断报告", "确定安全促进项目", "通报6月21日消防疏散演练"],
        ["孙丽萍汇报诊断结论：2021—2023年社区卫生服务站及区医院就诊伤害中，跌倒占比最高，60岁以上老人跌倒占跌倒病例的六成以上；"
         "电动自行车相关交通伤害和火情是第二位的问题；瓶装液化气用户和餐饮摊位燃气风险突出；府学巷小学上下学时段交通拥堵。",
         "丁一鸣通报6月21日书院新村消防疏散演练情况，126人参加，疏散用时4分20秒。"],
        ["确定老年人防跌倒、电动自行车消防安全、燃气安全、校园及周边交通安全、居家安全5个安全促进项目，各牵头工作组7月底前完成实施方案。",
         "老年人安全工作组7月完成独居老人结对。", "伤害监测与数据统计组7月10日前完成二季度伤害分析。"])))
    R.append(Rec("老年人安全工作组会议记录", "2024-07-10", "老年人安全工作组", minutes(
        "2024-07-10", "社区老年活动中心", "王秀兰", "孙丽萍、陈建平、网格员何佳、志愿者代表5名", "何佳",
        ["讨论老年人防跌倒项目实施方案", "落实独居老人结对探访"],
        ["全社区独居老人146人，已全部建立档案，与志愿者、楼道长一对一结对。", "计划2024年8月至2025年6月为60户独居、高龄老人实施适老化改造。"],
        ["7月20日举办防跌倒健康讲座。", "8月起每月汇总一次探访情况。"], time="9:30", form=dots)))
    R.append(Rec("交通与校园安全工作组会议记录", "2024-08-22", "交通与校园安全工作组", minutes(
        "2024-08-22", "府学巷小学会议室", "蒋文涛", "顾磊、韩东、家长委员会代表2名、教师代表2名", "府学巷小学德育处",
        ["讨论校园及周边交通安全项目实施方案", "开学后护学岗安排"],
        ["府学巷小学在校学生1180人，校门位于府学巷与书院街交叉口，早晚高峰接送车辆、电动自行车集中，违停严重。",
         "项目拟通过护学岗、校门口交通设施改造、家长安全教育三项措施干预。"],
        ["9月2日开学起设立护学岗，交警、民警、教师、家长志愿者每日上学、放学时段值守。", "向区交通运输局申请校门口减速带、斑马线和警示标志改造。"])))
    R.append(Rec("书院街社区安全促进委员会2024年第三季度例会纪要", "2024-09-26", PCO, minutes(
        "2024-09-26", "社区三楼会议室", "周慧敏", "促进委员会成员15人", "丁一鸣",
        ["听取5个项目实施方案制定及启动情况", "审议入户燃气及电动自行车安全检查工作方案", "通报三季度隐患排查"],
        [f"5个项目实施方案已全部印发。三季度登记隐患{len(haz_in('2024-07-01', '2024-09-30'))}项，已整改"
         f"{len([h for h in haz_in('2024-07-01', '2024-09-30') if h['done'] and h['done'] <= D('2024-09-26')])}项。",
         "9月5日会同消防救援站、港华燃气对书院街农贸市场开展联合检查，发现餐饮摊位燃气问题4处，已下达整改意见。"],
        ["10月8日起开展第一轮重点户入户检查，实行ABC分类管理。", "消防安全工作组10月中旬研究集中充电点建设。"])))
    R.append(Rec("消防安全工作组会议记录", "2024-10-15", "消防安全工作组", minutes(
        "2024-10-15", "社区三楼会议室", "丁一鸣", "林涛、吴海峰、沈国强、网格员许涛、网格员周敏", "周敏",
        ["研究电动自行车集中充电点建设", "楼道停放和飞线充电整治"],
        ["辖区电动自行车约2700辆，现有集中充电点6处、端口94个，远不能满足需要。", "经与区住建局、供电所对接，拟新建集中充电点8处。"],
        ["书院新村集中充电棚（30个端口）12月中旬完工验收。", "其余7处2025年5月前建成。", "网格员每月对各充电点巡查一次并登记。"], form=dots0)))
    r1 = ABC["2024秋季"]
    R.append(Rec("书院街社区安全促进委员会2024年第四季度例会纪要", "2024-12-26", PCO, minutes(
        "2024-12-26", "社区三楼会议室", "周慧敏", "促进委员会成员15人，各工作组组长", "丁一鸣",
        ["通报第一轮入户检查结果", "通报11月19日燃气泄漏处置演练", "研究2024年度总结评审和2025年工作计划"],
        [f"第一轮重点户入户检查（10月8日—11月22日）共检查{len(r1)}户，A类{abc_count('2024秋季', 'A')}户、B类{abc_count('2024秋季', 'B')}户、"
         f"C类{abc_count('2024秋季', 'C')}户，C类户均已在15日内复查。",
         "11月19日在文庙小区组织燃气泄漏应急处置演练，84人参加。", "书院新村集中充电棚已于12月18日验收投用。"],
        ["2025年1月中旬组织2024年度总结评审。", "2025年度工作计划1月底前印发。"])))
    R.append(Rec("书院街社区安全促进委员会2025年第一季度例会纪要", "2025-03-27", PCO, minutes(
        "2025-03-27", "社区三楼会议室", "周慧敏", "促进委员会成员13人", "丁一鸣",
        ["通报2024年度评审结论及整改计划", "新任成员顾志远同志介绍", "部署第二轮入户检查", "纺织厂宿舍火情后续措施"],
        ["1月17日完成2024年度内部评审，提出改进事项5项，整改计划已于2月12日印发。",
         "1月14日纺织厂宿舍5号楼楼道电动自行车火情处置及时，无人员伤亡；已对该楼道停放车辆全部清理，并落实纠正措施。",
         "2025年度工作计划已于1月22日印发。"],
        ["3月10日起开展第二轮入户检查，4月底前完成。", "二季度完成风险辨识复核（按制度要求）。"], form=cn)))
    r2 = ABC["2025春季"]
    R.append(Rec("燃气与居家安全工作组会议记录", "2025-05-14", "燃气与居家安全工作组", minutes(
        "2025-05-14", "社区三楼会议室", "许文杰", "邵斌、赵卫东、范志明、网格员郑凯", "郑凯",
        ["第二轮入户检查结果", "农贸市场餐饮摊位燃气问题", "居家安全项目进展"],
        [f"第二轮入户检查共{len(r2)}户，C类{abc_count('2025春季', 'C')}户，较第一轮减少{abc_count('2024秋季', 'C') - abc_count('2025春季', 'C')}户。",
         "农贸市场熟食区仍有摊位钢瓶与灶具未分离，需市场管理所督促。", "“安全家庭”创建已发动86户。"],
        ["6月安全生产月在农贸市场开展咨询日。", "9月对餐饮摊户开展燃气安全培训。"], form=dots)))
    R.append(Rec("伤害监测与数据统计组会议记录", "2025-07-03", "伤害监测与数据统计组", minutes(
        "2025-07-03", "社区卫生服务站", "孙丽萍", "丁一鸣、马婧、网格员何佳", "马婧",
        ["上半年伤害登记情况", "二季度伤害分析"],
        [f"2025年1—6月登记伤害{len(inj('2025-01-01', '2025-06-30'))}例，其中跌倒{len(inj('2025-01-01', '2025-06-30', lambda r: r[6].startswith('跌倒')))}例。"],
        ["7月10日前完成二季度分析。", "登记表每月5日前报送社区。"], time="14:30")))
    R.append(Rec("书院街社区安全促进委员会2025年第三季度例会纪要", "2025-09-25", PCO, minutes(
        "2025-09-25", "社区三楼会议室", "周慧敏", "促进委员会成员14人，各工作组组长", "丁一鸣",
        ["审议老年人防跌倒、电动自行车消防安全项目效果评估报告", "通报6月19日演练", "督办逾期隐患", "部署第三轮入户检查和四季度工作"],
        ["老年人防跌倒项目效果评估（8月20日）、电动自行车消防安全项目效果评估（9月10日）已完成；燃气安全项目评估定于9月26日完成。",
         "6月19日在粮食局宿舍组织电动自行车火灾疏散演练，138人参加。",
         "纺织厂宿舍消防通道违建、农贸市场熟食区液化气钢瓶两项较大隐患已超过整改期限，农贸市场9月15日复查仍未整改到位。"],
        ["审议通过两个项目的效果评估报告。", "两项逾期隐患由钱立新副主任牵头督办，报街道应急办。",
         "10月9日起开展第三轮（秋季）入户检查。", "11月组织燃气泄漏处置演练。"])))
    R.append(Rec("消防安全工作组会议记录", "2025-11-20", "消防安全工作组", minutes(
        "2025-11-20", "社区三楼会议室", "丁一鸣", "林涛、吴海峰、网格员许涛、网格员周敏", "周敏",
        ["“119”消防宣传月总结", "冬季电动自行车充电安全", "粮食局宿舍飞线充电问题"],
        ["14个集中充电点运行正常，10月以来巡查发现楼道停放、飞线充电明显减少。", "粮食局宿舍3号楼2户仍飞线充电，住户以无处充电为由拒不整改。"],
        ["12月在各充电点开展冬季安全充电宣传。", "粮食局宿舍问题由网格员继续劝导，必要时请派出所协助。"], form=dots0)))
    R.append(Rec("老年人安全工作组会议记录", "2026-02-05", "老年人安全工作组", minutes(
        "2026-02-05", "社区老年活动中心", "王秀兰", "孙丽萍、陈建平、网格员何佳、志愿者代表4名", "何佳",
        ["春节期间独居老人探访", "2026年防跌倒工作安排"],
        ["春节前已完成146名独居老人全覆盖探访。"], ["2026年继续开展结对探访，新增独居老人及时纳入。"], time="9:30", form=zh)))
    R.append(Rec("书院街社区安全促进委员会2026年第一季度例会纪要", "2026-03-26", PCO, minutes(
        "2026-03-26", "社区三楼会议室", "周慧敏", "促进委员会成员15人，各工作组组长", "丁一鸣",
        ["通报2025年度评审结论", "督办逾期隐患", "伤害监测登记问题", "创建周期届满自评和申报准备"],
        ["1月16日完成2025年度总结评审；2026年度工作计划已于1月23日印发。",
         f"隐患台账中仍有{len(open_overdue('2026-03-26'))}项隐患超过整改期限未整改销号（纺织厂宿舍消防通道、农贸市场熟食区液化气钢瓶、"
         "粮食局宿舍飞线充电、文庙小区应急照明）。",
         "社区卫生服务站伤害监测登记自2025年11月起因录入人员马婧调离中断，至今未恢复。",
         "校园及周边交通安全项目效果评估尚未开展。"],
        ["卫生服务站4月底前补录2025年11月以来的伤害病例。", "交通与校园安全工作组4月底前完成校园交通项目效果评估。",
         "4月上旬完成自评，形成自评报告和工作报告，向街道申报评定。"], form=cn)))
    return R


def vol03():
    R = []
    R.append(Rec("关于组建书院街社区平安志愿者服务队的通知", "2024-05-08", JWH, [
        "各居民小组、各楼道长：",
        "为动员居民参与安全社区创建，社区组建书院街社区平安志愿者服务队，队员86名，下设6个分队：巡查分队（18人）、"
        "助老分队（22人）、护学分队（14人）、宣传分队（12人）、应急分队（12人）、议事分队（8人）。服务队由宣传培训与志愿服务组管理，"
        "志愿服务时长纳入“时间银行”积分。",
        sig(JWH, "2024-05-08", zh)], docno="书居〔2024〕12号"))
    R.append(Rec("书院街社区安全共建协议", "2024-06-20", PC, [
        "甲方：书院街社区居民委员会",
        "乙方：府学巷小学、澄州安居物业书院新村项目部、书院街农贸市场管理所、港华燃气鼓楼服务站",
        "为整合辖区资源、共同预防事故和伤害，经协商，甲乙双方签订本协议：",
        "一、乙方各派1名负责人参加社区安全促进委员会，按季度参加例会，通报本单位安全信息；",
        "二、甲方向乙方开放社区宣传阵地，乙方向居民开放培训、演练场地和专业力量；",
        "三、双方建立安全信息互通机制，发现涉及对方的隐患和伤害事件，24小时内相互通报；",
        "四、协议有效期自签订之日起至2026年3月31日。",
        ("sig", ["甲方：书院街社区居民委员会", "乙方：（各单位盖章）", "二〇二四年六月二十日"])]))
    R.append(Rec("居民安全议事会记录（电动自行车集中充电点选址）", "2024-08-16", "宣传培训与志愿服务组", [
        ("b", f"时间：{dots('2024-08-16')} 19:00　地点：社区三楼会议室"),
        ("b", "参加：居民代表、楼道长、业委会成员、物业代表共31人，社区许文杰主持"),
        "议题：在书院新村、粮食局宿舍、纺织厂宿舍等小区新建集中充电点的选址。居民提出：充电棚不能紧贴住宅楼外墙、要有监控和灭火器、"
        "收费要低于家庭用电等意见12条。",
        "议定：书院新村集中充电棚选址于社区服务中心东侧空地；其他小区由物业和居民自治管理小组在9月底前提出方案。"]))
    R.append(Rec("参加鼓楼区安全社区建设经验交流会情况报告", "2024-11-08", PCO, [
        f"{zh('2024-11-08')}，社区许文杰、丁一鸣参加鼓楼区安委办在江城宾馆召开的全区安全社区建设经验交流会。会上学习了"
        "鼓楼区已命名的两个安全社区在伤害监测和老旧小区电动自行车治理方面的做法。",
        "借鉴经验：一是伤害监测要依托卫生服务站每月报送；二是集中充电点建设要与业委会、物业共同议定。",
        ("sig", [PCO, dots0("2024-11-08")])]))
    OP24 = [("2024-05-21", "意见箱", "粮食局宿舍楼道灯不亮", "2024-05-29"), ("2024-06-03", "微信群", "农贸市场门口电动车乱停", "2024-06-12"),
            ("2024-06-25", "议事会", "希望增加充电点", "2024-07-05"), ("2024-07-15", "电话", "文庙小区井盖松动", "2024-07-19"),
            ("2024-08-06", "微信群", "府学巷小学门口接送拥堵", "2024-08-15"), ("2024-08-16", "议事会", "充电棚选址意见12条", "2024-08-28"),
            ("2024-09-10", "意见箱", "独居老人家中燃气软管老化", "2024-09-13"), ("2024-10-08", "微信群", "纺织厂宿舍消防通道停车", "2024-10-18"),
            ("2024-10-29", "来访", "东井巷路面坑洼", "2024-11-07"), ("2024-11-12", "微信群", "楼道堆放杂物", "2024-11-19"),
            ("2024-11-26", "意见箱", "希望开展老人防跌倒讲座", "2024-12-03"), ("2024-12-09", "电话", "印刷厂宿舍楼道电线老化", "2024-12-20")]
    R.append(Rec("2024年居民安全意见建议收集及反馈情况汇总", "2025-01-08", PCO, [
        f"2024年4—12月共收集居民安全意见建议{len(OP24)}件，均在10个工作日内答复，办结率100%。",
        ("t", [["收集日期", "渠道", "内容摘要", "答复日期"]] + [[a, b, c, d] for a, b, c, d in OP24], [1.4, 1, 3.5, 1.4]),
        ("sig", [PCO, zh("2025-01-08")])]))
    R.append(Rec("居民安全议事会记录（农贸市场燃气安全和老旧小区楼道）", "2025-04-18", "宣传培训与志愿服务组", [
        ("b", f"时间：{zh('2025-04-18')} 19:00　地点：社区三楼会议室"),
        ("b", "参加：居民代表、摊户代表、楼道长共27人，社区许文杰主持，农贸市场管理所范志明到会"),
        "议题：农贸市场熟食区液化气钢瓶使用、老旧小区楼道杂物和线路。议定：市场管理所督促餐饮摊户改用集中供气或钢瓶单独隔间存放；"
        "楼道杂物由楼道长每月组织清理一次。"]))
    R.append(Rec("赴江城区西湖街道柳巷社区学习交流记录", "2025-05-22", PCO, [
        f"{cn('2025-05-22')}，促进委员会办公室组织工作组组长6人赴江城区西湖街道柳巷社区（国家安全社区）学习，重点了解其"
        "老年人防跌倒项目效果评估方法和伤害监测信息化做法。",
        "收获：效果评估应事先确定基线数据和对照指标；伤害登记应有专人、有备份。"]))
    R.append(Rec("居民安全议事会记录（冬季电动自行车充电和楼道应急照明）", "2025-10-17", "宣传培训与志愿服务组", [
        ("b", f"时间：{dots('2025-10-17')} 19:00　地点：社区三楼会议室"),
        ("b", "参加：居民代表、楼道长、业委会成员共29人"),
        "议题：冬季电动自行车充电排队、部分楼道应急照明损坏。议定：在粮食局宿舍增设充电端口6个（列入2026年计划）；应急照明由各小区自治管理小组排查报修。"]))
    R.append(Rec("参加澄州市安全社区促进会2025年年会情况", "2025-11-27", PCO, [
        f"{zh('2025-11-27')}，周慧敏、丁一鸣参加澄州市安全社区促进会2025年年会，书院街社区在会上作题为《老旧小区电动自行车充电安全的社区做法》的交流发言。"]))
    OP25 = [("2025-01-09", "微信群", "春节燃放烟花担心火灾", "2025-01-16"), ("2025-02-18", "意见箱", "书院新村充电棚收费", "2025-02-26"),
            ("2025-03-12", "电话", "状元坊小区消火栓无水", "2025-03-20"), ("2025-04-18", "议事会", "农贸市场钢瓶问题", "2025-04-30"),
            ("2025-05-06", "微信群", "校门口斑马线褪色", "2025-05-15"), ("2025-06-10", "来访", "税务局宿舍楼道线路", "2025-06-20"),
            ("2025-07-09", "微信群", "暴雨后青石弄积水", "2025-07-11"), ("2025-08-19", "意见箱", "希望给老人装燃气报警器", "2025-08-27"),
            ("2025-09-16", "电话", "纺织厂宿舍违建棚占消防通道", "2025-09-26"), ("2025-10-17", "议事会", "冬季充电排队", "2025-10-29"),
            ("2025-11-24", "微信群", "文庙小区应急灯坏", "2025-12-04"), ("2025-12-15", "意见箱", "楼道长希望培训急救", "2025-12-24")]
    R.append(Rec("2025年居民安全意见建议收集及反馈情况汇总", "2026-01-09", PCO, [
        f"2025年共收集居民安全意见建议{len(OP25)}件，均在10个工作日内答复；其中涉及隐患整改的事项已转入隐患排查整改台账跟踪。",
        ("t", [["收集日期", "渠道", "内容摘要", "答复日期"]] + [[a, b, c, d] for a, b, c, d in OP25], [1.4, 1, 3.5, 1.4]),
        ("sig", [PCO, cn("2026-01-09")])]))
    R.append(Rec("“书院街安全”居民微信群及宣传栏信息发布统计（2024年4月—2026年3月）", "2026-03-30", PCO, [
        "社区建立“书院街安全”居民微信群6个（每个网格1个），成员2316人；11个小区设安全宣传栏14块。",
        ("t", [["时段", "微信群发布（条）", "宣传栏更新（期）", "创建进展公示（次）"],
               ["2024年4—12月", "138", "18", "3"], ["2025年", "196", "24", "4"], ["2026年1—3月", "41", "6", "1"]], [2, 1.5, 1.5, 1.5]),
        ("sig", [PCO, dots0("2026-03-30")])]))
    return R


LEC = [  # place, hazard, harm, L, E, C, measure
    ("11个老旧小区楼道", "电动自行车楼道停放、飞线充电", "火灾、人员伤亡", 3, 6, 15, "新建集中充电点，楼道巡查清理"),
    ("书院街农贸市场熟食区", "液化气钢瓶与灶具未分离，无报警器", "燃气爆炸、火灾", 3, 6, 15, "集中供气或钢瓶隔间，安装报警器"),
    ("独居、高龄老人家中", "卫生间、床边无扶手，地面湿滑", "跌倒", 6, 6, 3, "适老化改造，结对探访"),
    ("瓶装液化气用户", "胶管老化、超长，钢瓶倒置", "燃气泄漏、爆炸", 3, 6, 7, "入户检查，更换金属波纹管"),
    ("府学巷小学校门口", "上下学时段车辆违停、人车混行", "交通伤害", 3, 6, 7, "护学岗，交通设施改造"),
    ("纺织厂宿舍", "消防通道被占用", "火灾扑救受阻", 1, 6, 15, "清理消防通道"),
    ("老旧小区楼道", "线路老化、私拉电线", "触电、火灾", 3, 6, 7, "楼道线路改造"),
    ("书院街、府学巷路口", "电动自行车不戴头盔、逆行", "交通伤害", 3, 6, 7, "劝导、宣传"),
    ("老旧小区公共区域", "窨井盖破损、路面坑洼", "跌倒、坠落", 3, 6, 3, "巡查报修"),
    ("老旧小区外墙", "瓷砖空鼓、防盗窗锈蚀", "高空坠物伤害", 1, 6, 7, "巡查，设置警示"),
    ("居民家中厨房", "热水、热油操作", "儿童烧烫伤", 3, 6, 3, "儿童居家安全宣传"),
    ("楼道、楼梯", "照明不足、扶手松动", "老人跌倒", 3, 6, 3, "照明维修，扶手加固"),
    ("农贸市场", "地面湿滑、通道堆物", "跌倒、疏散受阻", 3, 6, 3, "市场管理所每日巡查"),
    ("出租房", "群租、私拉电线", "火灾", 1, 6, 15, "派出所、网格员联合检查"),
    ("沿街商铺", "“三合一”场所", "火灾", 1, 3, 15, "消防检查"),
    ("社区老年活动中心", "台阶无防滑条", "跌倒", 1, 6, 3, "加装防滑条"),
    ("小区内道路", "快递、外卖电动车车速快", "碰撞伤害", 3, 6, 3, "限速标志，劝导"),
    ("东井巷", "汛期积水", "跌倒、触电", 1, 2, 7, "防汛巡查，排水"),
    ("居民家中", "犬只散养", "动物咬伤", 3, 6, 1, "文明养犬宣传"),
    ("府学巷小学", "课间追逐", "儿童跌倒", 3, 6, 1, "学校安全教育"),
    ("老旧小区", "高层住户逃生意识差", "火灾伤亡", 1, 6, 7, "疏散演练"),
    ("居民家中", "冬季使用电取暖器", "火灾", 1, 3, 15, "冬季用电宣传"),
    ("书院街沿街", "广告牌、店招松动", "坠物伤害", 1, 3, 7, "巡查加固"),
    ("社区公共区域", "健身器材老化", "运动伤害", 1, 6, 3, "检修"),
]


def lec_level(dv):
    return "一级（极其危险）" if dv > 320 else "二级（高度危险）" if dv > 160 else "三级（显著危险）" if dv >= 70 else \
        "四级（一般危险）" if dv >= 20 else "五级（稍有危险）"


HIST = {"2021": (96, 41, 9), "2022": (104, 45, 12), "2023": (112, 49, 14)}   # injuries, falls, e-bike


def vol04():
    R = []
    R.append(Rec("书院街社区安全诊断工作方案", "2024-04-22", PCO, [
        "为全面掌握社区安全状况，确定安全促进重点，开展社区安全诊断。",
        ("h", "一、诊断内容"), "（一）社区基本情况调查；（二）近三年事故与伤害情况调查；（三）危险源辨识与风险评价（LEC法）；（四）居民安全需求问卷调查。",
        ("h", "二、方法与分工"), "伤害数据由社区卫生服务站、府前派出所、交警府前中队提供；危险源辨识由消防安全工作组会同网格员现场踏勘；问卷由宣传培训与志愿服务组组织。",
        ("h", "三、时间安排"), "2024年4月下旬至6月上旬，6月上旬形成诊断报告。",
        ("sig", [PCO, zh("2024-04-22")])]))
    R.append(Rec("书院街社区居民安全需求调查问卷分析报告", "2024-05-20", "宣传培训与志愿服务组", [
        "2024年5月6日至16日，在11个小区发放问卷620份，回收有效问卷586份，有效率94.5%。",
        ("t", [["问题", "主要结果"],
               ["您认为社区最突出的安全问题（多选）", "电动自行车充电/停放71.2%，老人跌倒58.9%，燃气安全46.3%，交通（学校周边）39.6%"],
               ["家中是否有60岁以上老人", "是64.7%"], ["过去一年家中是否有人跌倒受伤", "是18.4%"],
               ["电动自行车在哪里充电", "楼道/家中31.5%，集中充电点42.0%，单位或其他26.5%"],
               ["是否使用瓶装液化气", "是12.8%"], ["是否掌握灭火器使用", "掌握38.2%"], ["对社区安全状况满意度", "满意及基本满意81.6%"]], [2, 5]),
        "结论：居民最关心电动自行车充电、老人跌倒和燃气安全，安全技能掌握率偏低。",
        ("sig", ["宣传培训与志愿服务组", dots("2024-05-20")])]))
    R.append(Rec("居民安全座谈会记录", "2024-05-15", "宣传培训与志愿服务组", [
        ("b", f"时间：{dots('2024-05-15')} 14:30　地点：社区老年活动中心"),
        ("b", "参加：老年居民代表、楼道长、电动自行车车主、农贸市场摊户代表、府学巷小学家长代表共24人"),
        "座谈主题：您身边最担心的安全问题。主要意见：老人在卫生间、楼梯摔倒多；楼道里停电动车、拉线充电，晚上害怕；"
        "农贸市场熟食摊用液化气，离人太近；小学门口接送时车多人挤；老房子电线老化，夏天跳闸。",
        "座谈意见已纳入问卷设计和社区安全诊断。"]))
    rnd = rng("survey")
    srows = [["小区", "楼栋数", "楼道停放电动自行车（辆）", "飞线充电（处）", "楼道堆物（处）", "有无集中充电点"]]
    for x in XQ:
        has = any(p[1] == x and not p[3] for p in POINTS)
        srows.append([x, str(rnd.randint(6, 16)), str(rnd.randint(4, 30)), str(rnd.randint(0, 6)), str(rnd.randint(2, 14)), "有" if has else "无"])
    R.append(Rec("老旧小区楼道及电动自行车停放充电情况专项调查", "2024-05-24", "消防安全工作组", [
        "2024年5月20日至24日，消防安全工作组会同网格员、物业对11个老旧小区逐楼道调查，结果如下：",
        ("t", srows, [1.6, 0.8, 1.6, 1.2, 1.2, 1.2]),
        "结论：无集中充电点的小区楼道停放和飞线充电明显多于有充电点的小区，建议将集中充电点建设列为安全促进项目的重点措施。",
        ("sig", ["消防安全工作组", zh("2024-05-24")])]))
    R.sort(key=lambda r: r.date)
    rows = [["序号", "场所/区域", "危险源", "可能导致的伤害", "L", "E", "C", "D", "风险等级", "控制措施"]]
    for i, (p, hz, harm, L, E, C, m) in enumerate(LEC, 1):
        rows.append([str(i), p, hz, harm, str(L), str(E), str(C), str(L * E * C), lec_level(L * E * C), m])
    R.append(Rec("书院街社区危险源辨识与风险评价清单", "2024-05-28", "消防安全工作组", [
        "评价方法：作业条件危险性评价法（LEC），D=L×E×C。辨识时间：2024年5月13日—5月27日。",
        ("t", rows, [0.5, 1.7, 2.2, 1.3, 0.4, 0.4, 0.45, 0.55, 1.5, 1.9]),
        ("sig", ["消防安全工作组", zh("2024-05-28")])]))
    R.append(Rec("书院街社区近三年事故与伤害情况调查（2021—2023年）", "2024-05-30", "伤害监测与数据统计组", [
        "数据来源：书院街社区卫生服务站门诊日志、府前派出所警情、交警府前中队事故统计。",
        ("t", [["年度", "伤害就诊（例）", "其中跌倒（例）", "电动自行车相关伤害（例）", "火灾/火情（起）", "道路交通事故（起）"]] +
         [[y, str(a), str(b), str(c), str(f), str(t)] for (y, (a, b, c)), f, t in zip(HIST.items(), (3, 5, 4), (21, 24, 27))], [1, 1.2, 1.2, 1.6, 1.2, 1.4]),
        "伤害呈上升趋势；跌倒为第一位伤害原因（约43%），其中60岁以上老人占六成以上；火情中电动自行车引发的占一半以上。"]))
    R.append(Rec("书院街社区安全诊断报告", "2024-06-05", PC, [
        ("h", "一、社区概况"),
        "书院街社区位于澄州市鼓楼区老城核心区，面积0.58平方公里，辖11个建于1980—1990年代的老旧小区，楼栋127幢，多为6层砖混住宅，无电梯。"
        "常住3986户10412人，60周岁以上2947人（28.3%），其中80岁以上612人、独居老人146人；14岁以下儿童1108人；流动人口约1360人。"
        "书院新村、鼓楼南苑、状元坊小区由澄州安居物业管理，书院新村、鼓楼南苑成立了业主委员会，其余8个小区由居民自治管理小组管理。"
        "辖区有书院街农贸市场（摊位186个，其中使用瓶装液化气的餐饮摊位23户）、府学巷小学（学生1180人）、沿街商铺217家，电动自行车约2700辆。",
        ("h", "二、事故与伤害状况"),
        "2021—2023年卫生服务站伤害就诊分别为96、104、112例，跌倒占43%左右；60岁以上老人跌倒占跌倒病例的63%；电动自行车相关伤害逐年增加；"
        "三年发生火情12起，其中电动自行车引发7起。",
        ("h", "三、高危人群、高风险环境和脆弱群体"),
        "高危人群：独居及高龄老人、电动自行车骑行者；高风险环境：老旧小区楼道、农贸市场熟食区、府学巷小学校门口；脆弱群体：独居老人、儿童。",
        ("h", "四、重点问题"),
        "（一）老年人跌倒；（二）电动自行车楼道停放和飞线充电；（三）瓶装液化气和老旧燃气设施；（四）学校周边交通；（五）儿童居家烧烫伤和老旧线路。",
        ("h", "五、建议的安全促进项目"),
        "老年人防跌倒、电动自行车消防安全、燃气安全、校园及周边交通安全、居家安全。危险源清单每年第二季度复核更新一次。",
        sig(PC, "2024-06-05")]))
    R.append(Rec("书院街社区重点人群与重点场所名录（“一网三库”摘要）", "2024-07-15", "伤害监测与数据统计组", [
        "依托社区网格系统建立“一网三库”：书院街安全社区信息网页（挂社区公众号）、人口综合信息数据库、社会单位综合信息数据库、环境和市政设施数据库。"
        "详细数据见本卷所附电子表格。",
        ("t", [["库", "主要内容", "条目数"], ["人口综合信息库", "独居老人、高龄老人、残疾人、留守儿童、重点监护对象", "11个小区汇总"],
               ["社会单位综合信息库", "学校、农贸市场、餐饮、商铺、物业、燃气站点", "40家"], ["环境和市政设施库", "老旧小区、充电点、消防设施、井盖、积水点", "35项"]], [2, 4, 1.3]),
        ("sig", ["伤害监测与数据统计组", dots0("2024-07-15")])]))
    return R


def plan_rec():
    return Rec("书院街社区安全社区创建实施方案", "2024-04-15", JWH, [
        ("h", "一、指导思想"),
        "坚持“以人为本、安全发展”理念和“安全第一、预防为主、综合治理”方针，按照《安全社区建设基本要求》（AQ/T 9001-2006），"
        "整合辖区资源，建立跨部门合作的工作机制，预防和减少社区内各类事故与伤害。",
        ("h", "二、创建周期"),
        "本社区安全社区创建周期为2024年4月1日至2026年3月31日，共两年。",
        ("h", "三、工作目标"),
        "（一）到创建周期末，社区伤害就诊人数较2023年下降10%以上，60岁以上老人跌倒就诊人数下降15%以上；"
        "（二）不发生较大及以上火灾和燃气事故，电动自行车楼道停放、飞线充电基本消除；"
        "（三）居民安全知识知晓率达到85%以上，安全满意度达到90%以上；（四）府学巷小学周边不发生学生交通伤亡事故。",
        ("h", "四、实施步骤"),
        "（一）启动阶段（2024年4月）：成立促进委员会和工作组，印发实施方案，签订目标责任书。",
        "（二）培训宣传阶段（2024年4—5月起持续）：培训骨干，广泛宣传。",
        "（三）调查诊断阶段（2024年4—6月）：开展伤害调查、危险源辨识和问卷调查，形成诊断报告。",
        "（四）确定项目阶段（2024年6—7月）：确定安全促进项目，制定实施方案。",
        "（五）项目实施阶段（2024年7月—2026年1月）：实施项目，开展监测、演练、培训和隐患整改。",
        "（六）自查整档阶段（2026年1—3月）：对照标准自查，整理档案，开展效果评估和年度评审。",
        "（七）评定阶段（2026年4月）：完成自评，向街道、区安委办申报评定。",
        "（八）提高阶段：持续改进，巩固提升。",
        ("h", "五、主要措施"),
        "（一）健全组织：促进委员会每季度召开一次例会。（二）开展诊断：每年第二季度复核危险源清单。"
        "（三）实施项目：每个项目有方案、有记录、有效果评估。（四）应急准备：编制综合应急预案，每年至少组织2次应急演练（消防疏散、燃气泄漏处置各1次）。"
        "（五）宣传培训：每季度至少1次。（六）伤害监测：依托社区卫生服务站逐例登记，每季度分析。",
        ("h", "六、保障措施"),
        "街道每年安排创建经费8万元；各成员单位落实人员和责任；创建工作纳入社区年度考核。",
        sig(JWH, "2024-04-15")], docno="书居〔2024〕9号", red="书院街社区居民委员会文件")


def vol05():
    R = [plan_rec()]
    for unit, duty in (("澄州安居物业书院新村项目部", "所管小区消防设施完好、消防通道畅通、楼道无电动自行车停放和飞线充电，每月自查并报送隐患"),
                       ("府学巷小学", "落实护学岗，开展学生交通、防溺水、居家安全教育，学生在校期间不发生安全责任事故"),
                       ("书院街农贸市场管理所", "督促餐饮摊户规范使用燃气、安装可燃气体报警器，市场通道畅通，每日巡查"),
                       ("书院新村业主委员会", "配合物业落实集中充电点建设和楼道清理，组织业主参加培训和演练")):
        R.append(Rec(f"安全社区创建目标责任书（书院街社区—{unit}）", "2024-04-18", JWH, [
            "为落实安全社区创建目标，明确责任，签订本责任书。",
            f"一、责任目标：{duty}。",
            "二、责任期限：2024年4月18日至2026年3月31日。",
            "三、考核：促进委员会每年对责任目标完成情况考核一次，结果通报。",
            ("sig", ["甲方：书院街社区居民委员会（章）", f"乙方：{unit}（章）", "2024年4月18日"])]))
    R.append(Rec("书院街社区2024年度安全社区工作计划", "2024-04-20", PC, [
        "根据实施方案，2024年4—12月重点工作如下：",
        ("t", [["时间", "工作内容", "责任"], ["4月", "成立组织，印发方案和制度，签订责任书", "办公室"],
               ["4—6月", "社区安全诊断，问卷调查，危险源辨识", "各工作组"], ["6月", "消防疏散演练", "消防安全工作组"],
               ["7—9月", "确定项目，制定实施方案，启动实施", "各牵头工作组"], ["10—11月", "第一轮重点户入户检查", "燃气与居家安全工作组"],
               ["11月", "燃气泄漏处置演练", "燃气与居家安全工作组"], ["每季度", "例会、宣传培训、伤害分析", "办公室及各组"]], [1, 4, 2]),
        ("sig", [PC, zh("2024-04-20")])]))
    R.append(Rec("书院街社区安全促进项目总体规划及目标分解表", "2024-07-05", PC, [
        ("t", [["项目", "牵头工作组", "目标", "实施时间", "效果评估时间"],
               ["老年人防跌倒", "老年人安全工作组", "60岁以上跌倒就诊下降15%；改造60户", "2024.7—2025.6", "2025年8月"],
               ["电动自行车消防安全", "消防安全工作组", "新建充电点8处；楼道停放、飞线充电基本消除", "2024.7—2025.6", "2025年9月"],
               ["燃气安全", "燃气与居家安全工作组", "C类户比例下降一半；独居老人户报警器120户", "2024.7—2025.9", "2025年9月"],
               ["校园及周边交通安全", "交通与校园安全工作组", "校门口不发生学生交通伤亡；违停下降50%", "2024.9—2025.12", "2025年12月"],
               ["居家安全", "燃气与居家安全工作组", "“安全家庭”200户；楼道线路改造2个小区", "2024.9—2025.12", "2026年2月"]],
         [1.6, 1.6, 3, 1.3, 1.3]),
        ("sig", [PC, dots0("2024-07-05")])]))
    R.append(Rec("书院街社区2025年度安全社区工作计划", "2025-01-22", PC, [
        "2025年是创建工作的关键一年，主要任务如下：",
        "一、促进委员会每季度召开一次例会（3月、6月、9月、12月下旬）。",
        "二、第二季度完成危险源辨识与风险评价清单复核。",
        "三、春季（3—4月）、秋季（10—11月）各开展一轮重点户入户检查。",
        "四、组织应急演练2次：6月电动自行车火灾疏散演练，11月燃气泄漏处置演练。",
        "五、完成老年人防跌倒（8月）、电动自行车消防安全（9月）、燃气安全（9月）、校园及周边交通安全（12月）项目效果评估。",
        "六、每季度开展宣传培训不少于1次，全年不少于8次。",
        "七、伤害监测每月报送，每季度分析。",
        ("sig", [PC, cn("2025-01-22")])], docno="书安促〔2025〕1号"))
    R.append(Rec("书院街社区2026年度安全社区工作计划", "2026-01-23", PC, [
        "2026年1—3月完成创建周期收尾、自评和申报；4月起进入提高阶段。主要任务：",
        "一、促进委员会每季度召开一次例会。二、春季入户检查4—5月进行。三、应急演练2次（6月消防疏散，10月燃气泄漏处置）。"
        "四、继续推进5个项目，完成居家安全项目评估（2月）。五、完成2024年4月至2026年3月创建工作自评。",
        ("sig", [PC, dots("2026-01-23")])], docno="书安促〔2026〕1号"))
    return R


def p_eval_falls():
    a24, a25 = falls60("2024-05-01", "2024-07-31"), falls60("2025-05-01", "2025-07-31")
    q24, q25 = len(inj("2024-05-01", "2024-07-31")), len(inj("2025-05-01", "2025-07-31"))
    done = len([r for r in RETRO if r[5] <= D("2025-06-30")])
    return a24, a25, q24, q25, done


def vol06():
    R = []
    # ---- 项目一 老年人防跌倒
    R.append(Rec("老年人防跌倒安全促进项目实施方案", "2024-07-08", "老年人安全工作组", [
        ("h", "一、项目背景"), "诊断显示跌倒是社区第一位伤害，60岁以上老人占跌倒病例的63%，独居老人146人。",
        ("h", "二、目标"), "实施一年后，60岁以上老人跌倒就诊人数较基线下降15%；完成60户适老化改造；独居老人结对探访覆盖率100%。",
        ("h", "三、措施"), "（一）独居老人一对一结对探访；（二）适老化改造（扶手、防滑垫、感应夜灯）；（三）防跌倒讲座；（四）楼道照明、扶手维修。",
        ("h", "四、评估"), "以2024年5—7月卫生服务站登记的60岁以上跌倒就诊数为基线，2025年8月与2025年5—7月同期比较，形成评估报告。",
        ("sig", ["老年人安全工作组", zh("2024-07-08")])]))
    R.append(Rec("独居老人结对探访实施情况（2024年）", "2024-12-30", "老年人安全工作组", [
        "146名独居老人全部结对，结对人为志愿者、楼道长和网格员。8—12月累计探访2870人次，发现并协助处理家中隐患43处。",
        ("sig", ["老年人安全工作组", dots("2024-12-30")])]))
    done_mar = len([r for r in RETRO if r[5] <= D("2025-03-05")])
    R.append(Rec("适老化改造阶段小结", "2025-03-05", "老年人安全工作组", [
        f"截至{zh('2025-03-05')}，已完成适老化改造{done_mar}户（计划60户），内容包括卫生间扶手、防滑垫、感应夜灯、起身扶手。改造明细见本卷所附登记表。",
        ("sig", ["老年人安全工作组", zh("2025-03-05")])]))
    a24, a25, q24, q25, done = p_eval_falls()
    R.append(Rec("老年人防跌倒安全促进项目效果评估报告", "2025-08-20", "老年人安全工作组", [
        ("h", "一、评估方法"), "对照实施方案目标，以卫生服务站伤害监测登记表中2024年5—7月（基线）与2025年5—7月的60岁以上老人跌倒就诊数比较，并统计改造和探访完成情况。",
        ("h", "二、评估结果"),
        ("t", [["指标", "基线（2024年5—7月）", "评估期（2025年5—7月）", "目标", "结论"],
               ["60岁以上跌倒就诊（例）", str(len(a24)), str(len(a25)), "下降15%", f"下降{round((len(a24) - len(a25)) * 100 / len(a24))}%，达到"],
               ["适老化改造（户）", "—", str(done), "60", "达到"], ["独居老人结对覆盖率", "—", "100%", "100%", "达到"]], [2, 1.5, 1.5, 1, 1.5]),
        ("h", "三、持续改进"), "样本量较小，下一步延长观察期；新增独居老人及时结对；楼梯扶手维修纳入2026年计划。",
        ("sig", ["老年人安全工作组", dots0("2025-08-20")])]))
    # ---- 项目二 电动自行车消防安全
    R.append(Rec("电动自行车消防安全促进项目实施方案", "2024-07-10", "消防安全工作组", [
        ("h", "一、项目背景"), "辖区电动自行车约2700辆，集中充电点6处94个端口，楼道停放、飞线充电普遍，2021—2023年电动自行车引发火情7起。",
        ("h", "二、目标"), "2025年6月前新建集中充电点8处；楼道停放、飞线充电发现数下降80%；不发生电动自行车亡人火灾。",
        ("h", "三、措施"), "新建集中充电点、楼道清理、充电点月度巡查、安全充电培训、火灾疏散演练。",
        ("h", "四、评估"), "2025年9月对照目标开展效果评估。",
        ("sig", ["消防安全工作组", cn("2024-07-10")])]))
    R.append(Rec("电动自行车集中充电点建设计划", "2024-10-18", "消防安全工作组", [
        ("t", [["充电点", "小区", "端口数", "计划完成"]] +
         [[p[0], p[1], str(p[2]), "2024年12月" if p[0] == "书院新村集中充电棚" else p[3].replace("-", "年") + "月"] for p in POINTS if p[3]], [3, 2, 1, 1.5]),
        ("sig", ["消防安全工作组", dots("2024-10-18")])]))
    R.append(Rec("书院新村电动自行车集中充电棚竣工验收记录", "2024-12-18", "消防安全工作组", [
        "验收时间：2024年12月18日　验收地点：书院街社区服务中心东侧",
        "参加验收：社区、府前消防救援站、澄州安居物业、书院新村业委会、施工单位",
        "验收内容：充电端口30个、智能断电、烟感报警、视频监控、灭火器4具，与住宅楼间距符合要求。验收结论：合格，同意投入使用。",
        ("sig", ["消防安全工作组", zh("2024-12-18")])], missing=True))
    R.append(Rec("电动自行车集中充电点建设完成情况", "2025-05-30", "消防安全工作组", [
        f"截至{zh('2025-05-30')}，计划新建的8处集中充电点全部建成投用，全社区集中充电点14处、端口{sum(p[2] for p in POINTS)}个。"
        "网格员和物业每月对各充电点巡查一次，巡查记录见本卷所附电子台账。",
        ("sig", ["消防安全工作组", zh("2025-05-30")])]))
    c24 = sum(r[7] for r in CHARGE if D("2024-09-01") <= r[0] <= D("2024-11-30"))
    c25 = sum(r[7] for r in CHARGE if D("2025-06-01") <= r[0] <= D("2025-08-31"))
    R.append(Rec("电动自行车消防安全促进项目效果评估报告", "2025-09-10", "消防安全工作组", [
        ("t", [["指标", "基线", "评估期", "目标", "结论"],
               ["集中充电点（处）", "6", "14", "新建8处", "达到"],
               ["巡查发现楼道停放/飞线充电（户次，一个季度）", f"{c24}（2024年9—11月）", f"{c25}（2025年6—8月）", "下降80%",
                f"下降{round((c24 - c25) * 100 / c24)}%，" + ("达到" if (c24 - c25) * 100 / c24 >= 80 else "未达到")],
               ["电动自行车亡人火灾", "—", "0", "0", "达到"]], [2.5, 1.6, 1.6, 1, 1]),
        "2025年1月14日纺织厂宿舍发生1起楼道电动自行车火情，无人员伤亡，已落实纠正措施。楼道停放、飞线充电下降幅度未达到目标，"
        "主要集中在粮食局宿舍等充电端口不足的小区，2026年增设充电端口。",
        ("sig", ["消防安全工作组", dots0("2025-09-10")])]))
    # ---- 项目三 燃气安全
    R.append(Rec("燃气安全促进项目实施方案", "2024-07-12", "燃气与居家安全工作组", [
        ("h", "一、项目背景"), "辖区瓶装液化气用户约510户，农贸市场餐饮摊位23户使用液化气；老旧小区燃气胶管老化问题多。",
        ("h", "二、目标"), "重点户入户检查C类户比例下降一半；为120户独居老人安装燃气报警器；不发生燃气事故。",
        ("h", "三、措施"), "重点户入户检查（ABC分类，春秋各一轮）、更换金属波纹管、安装报警器、餐饮摊户培训、农贸市场专项整治。",
        ("h", "四、评估"), "2025年9月开展效果评估。",
        ("sig", ["燃气与居家安全工作组", zh("2024-07-12")])]))
    R.append(Rec("独居老人户燃气报警器安装记录", "2025-01-20", "燃气与居家安全工作组", [
        "2025年1月6日至20日，会同港华燃气鼓楼服务站为120户独居、高龄老人家庭安装燃气报警器和自闭阀，逐户登记并试验。",
        ("sig", ["燃气与居家安全工作组", dots("2025-01-20")])]))
    pc1 = abc_count("2024秋季", "C") * 100 / len(ABC["2024秋季"])
    pc2 = abc_count("2025春季", "C") * 100 / len(ABC["2025春季"])
    R.append(Rec("燃气安全促进项目效果评估报告", "2025-09-26", "燃气与居家安全工作组", [
        ("t", [["指标", "第一轮（2024年秋季）", "第二轮（2025年春季）", "目标", "结论"],
               ["C类户比例", f"{pc1:.1f}%（{abc_count('2024秋季', 'C')}/{len(ABC['2024秋季'])}）",
                f"{pc2:.1f}%（{abc_count('2025春季', 'C')}/{len(ABC['2025春季'])}）", "下降一半", f"下降{round((pc1 - pc2) * 100 / pc1)}%，" + ("达到" if pc2 <= pc1 / 2 else "基本达到")],
               ["独居老人户燃气报警器", "—", "120户", "120户", "达到"], ["燃气事故", "—", "0", "0", "达到"]], [2, 1.8, 1.8, 1, 1]),
        "农贸市场熟食区仍有3户摊位钢瓶与灶具未分离，列入持续改进。",
        ("sig", ["燃气与居家安全工作组", zh("2025-09-26")])]))
    # ---- 项目四 校园及周边交通安全 (no evaluation record in the volume)
    R.append(Rec("校园及周边交通安全促进项目实施方案", "2024-08-28", "交通与校园安全工作组", [
        ("h", "一、项目背景"), "府学巷小学学生1180人，校门口位于府学巷与书院街交叉口，上下学时段接送车辆违停、电动自行车不戴头盔、人车混行。",
        ("h", "二、目标"), "校门口周边不发生学生交通伤亡事故；上下学时段违停车辆下降50%；接送家长电动自行车头盔佩戴率达到90%。",
        ("h", "三、措施"), "（一）设立护学岗，交警、民警、教师、家长志愿者每日值守；（二）校门口施划斑马线、安装减速带和警示标志；"
        "（三）开展学生交通安全课和家长安全教育。",
        ("h", "四、效果评估"), "2025年12月由交通与校园安全工作组对照目标开展效果评估，以护学岗值守记录和交警事故统计为依据，形成评估报告报促进委员会。",
        ("sig", ["交通与校园安全工作组", dots0("2024-08-28")])]))
    R.append(Rec("护学岗实施情况（2024年秋季学期）", "2025-01-17", "交通与校园安全工作组", [
        f"2024年9月2日至2025年1月17日，护学岗共值守{sum(r[1] for r in CROSS if r[0] <= D('2025-01-17'))}天，"
        f"劝导违停{sum(r[3] for r in CROSS if r[0] <= D('2025-01-17'))}车次，劝导未戴头盔{sum(r[4] for r in CROSS if r[0] <= D('2025-01-17'))}人次。值守明细见本卷所附电子台账。",
        ("sig", ["交通与校园安全工作组", zh("2025-01-17")])]))
    R.append(Rec("府学巷小学校门口交通设施改造记录", "2025-04-10", "交通与校园安全工作组", [
        "区交通运输局于2025年3月25日至4月10日在府学巷小学校门口施划斑马线2处、安装减速带2条、设置“前方学校 减速慢行”警示标志4块、"
        "设置家长接送等候区1处。",
        ("sig", ["交通与校园安全工作组", dots("2025-04-10")])]))
    R.append(Rec("护学岗实施情况（2025年春季学期）", "2025-07-02", "交通与校园安全工作组", [
        f"2025年2月17日至6月27日，护学岗共值守{sum(r[1] for r in CROSS if D('2025-02-17') <= r[0] <= D('2025-06-30'))}天，"
        f"劝导违停{sum(r[3] for r in CROSS if D('2025-02-17') <= r[0] <= D('2025-06-30'))}车次。本学期校门口未发生学生交通事故。",
        ("sig", ["交通与校园安全工作组", zh("2025-07-02")])]))
    # ---- 项目五 居家安全
    R.append(Rec("居家安全促进项目实施方案", "2024-09-05", "燃气与居家安全工作组", [
        ("h", "一、项目背景"), "诊断显示儿童烧烫伤、老旧小区楼道线路老化是居家伤害和火灾的主要风险。",
        ("h", "二、目标"), "创建“安全家庭”200户；完成印刷厂宿舍、税务局宿舍楼道线路改造；儿童烧烫伤就诊数下降。",
        ("h", "三、措施"), "“安全家庭”创建（家庭隐患自查表、灭火器/灭火毯配置）、儿童居家安全课、楼道线路改造。",
        ("h", "四、评估"), "2026年2月（寒假后）开展效果评估。",
        ("sig", ["燃气与居家安全工作组", cn("2024-09-05")])]))
    R.append(Rec("“安全家庭”创建活动记录", "2025-06-28", "燃气与居家安全工作组", [
        "截至2025年6月28日，发动“安全家庭”创建家庭212户，发放家庭隐患自查表212份、灭火毯212条，评出“安全家庭”示范户30户。",
        ("sig", ["燃气与居家安全工作组", dots("2025-06-28")])]))
    R.append(Rec("老旧小区楼道线路改造记录", "2025-10-30", "燃气与居家安全工作组", [
        "2025年9月至10月，完成印刷厂宿舍（6幢）、税务局宿舍（4幢）楼道公共线路改造，更换老化线路约2100米，加装漏电保护开关。",
        ("sig", ["燃气与居家安全工作组", zh("2025-10-30")])]))
    b_burn = len(inj("2024-09-01", "2025-02-28", lambda r: r[6] == "烧烫伤"))
    R.append(Rec("居家安全促进项目效果评估报告", "2026-02-26", "燃气与居家安全工作组", [
        ("t", [["指标", "目标", "完成", "结论"], ["“安全家庭”创建（户）", "200", "212", "达到"],
               ["楼道线路改造（小区）", "2", "2", "达到"],
               ["烧烫伤就诊（例）", "下降", f"基线期（2024.9—2025.2）{b_burn}例；2025年11月后登记中断，无法比较", "未能评价"]], [2, 1, 3, 1]),
        "评估发现伤害监测登记自2025年11月中断，影响项目效果评价，建议卫生服务站补录。",
        ("sig", ["燃气与居家安全工作组", dots0("2026-02-26")])]))
    return R


def train_rec(t):
    d, form, theme, place, target_, n, lead = t
    kind = "记录" if theme.endswith(("培训", "讲座", "课", "宣讲")) else "活动记录"
    fmt = [zh, dots, cn, dots0][d.toordinal() % 4]
    return Rec(f"{theme}{kind}", d, "宣传培训与志愿服务组", [
        ("b", f"时间：{fmt(d)}"), ("b", f"地点：{place}"), ("b", f"对象：{target_}"), ("b", f"主讲/组织：{lead}"), ("b", f"参加人数：{n}人"),
        ("h", "主要内容"),
        f"围绕“{theme}”开展{form}，发放宣传资料，现场答疑。" + ("培训后进行了现场实操。" if form == "培训" else ""),
    ] + sign_sheet(t))


def sign_names(t):
    rnd = rng("sign:" + iso(t[0]))
    return [(masked(rnd), rnd.choice(XQ)) for _ in range(t[5])]


def sign_sheet(t):
    d, form, theme, place, target_, n, lead = t
    if form not in ("培训", "讲座") or n > 100:
        return [("b", "附：签到表（纸质，未扫描）")]
    names = sign_names(t)
    half = (n + 1) // 2
    rows = [["序号", "姓名", "小区", "序号", "姓名", "小区"]]
    for i in range(half):
        left = [str(i + 1), names[i][0], names[i][1]]
        right = [str(half + i + 1), names[half + i][0], names[half + i][1]] if half + i < n else ["", "", ""]
        rows.append(left + right)
    return [("pb",), ("c", f"签　到　表（{zh(d)}　{theme}）"), ("t", rows, [0.6, 1.2, 1.6, 0.6, 1.2, 1.6])]


def vol07():
    R = [Rec("书院街社区2024年安全宣传教育培训计划", "2024-04-25", "宣传培训与志愿服务组", [
        ("t", [["季度", "内容", "对象"], ["二季度", "创建启动宣传；物业、业委会、楼道长消防培训", "居民、骨干"],
               ["三季度", "老年人防跌倒讲座；燃气安全进社区", "老年人、居民"],
               ["四季度", "电动自行车安全充电培训；校园交通安全课；冬季用火用电宣传", "车主、学生、居民"]], [1, 4, 2]),
        ("sig", ["宣传培训与志愿服务组", zh("2024-04-25")])])]
    R += [train_rec(t) for t in TRAIN if t[0].year == 2024]
    R.append(Rec("书院街社区2025年安全宣传教育培训计划", "2025-02-10", "宣传培训与志愿服务组", [
        "全年开展宣传培训不少于8次，每季度不少于1次；重点对象为老年人、电动自行车车主、餐饮摊户、学生及家长。",
        ("t", [["季度", "内容"], ["一季度", "春节禁放宣传；业委会、楼道长消防器材培训"], ["二季度", "防跌倒宣讲；防灾减灾日；安全生产月"],
               ["三季度", "暑期儿童居家安全；餐饮摊户燃气培训"], ["四季度", "“119”消防宣传月；冬季充电宣传"]], [1, 5]),
        ("sig", ["宣传培训与志愿服务组", dots("2025-02-10")])]))
    R += [train_rec(t) for t in TRAIN if t[0].year >= 2025]
    R.sort(key=lambda r: r.date)
    return R


def drill_rec(dr, plan_date):
    d, place, name, with_, n = dr
    return [Rec(f"{place}{name}方案", plan_date, "书院街社区", [
        f"演练时间：{zh(d)}上午9:30；地点：{place}；参演单位：社区、{with_}、物业及居民。",
        "演练科目：报警、初期处置、疏散引导、伤员救护、现场警戒。演练后进行点评。",
        ("sig", [PCO, dots(plan_date)])]),
            Rec(f"{place}{name}记录及总结评估", d, "书院街社区", [
        ("b", f"演练时间：{cn(d)}"), ("b", f"参加人数：{n}人（其中居民{n - 26}人）"),
        "演练过程：9:30发出警报，楼道长引导居民沿楼梯疏散至集合点，应急分队使用灭火器进行初期处置，消防救援站现场点评。",
        "评估：各环节衔接顺畅；部分老年居民疏散较慢，个别楼道杂物影响通行。改进：加强楼道清理，独居老人由结对人协助疏散。",
        ("sig", [PCO, zh(d)])])]


def vol08():
    R = []
    R.append(Rec("书院街社区突发事件综合应急预案", "2024-05-20", JWH, [
        ("h", "1 总则"), "适用于本社区范围内火灾、燃气泄漏、电动自行车火灾、暴雨积水、公共卫生等突发事件的先期处置。",
        ("h", "2 组织机构"), "社区应急指挥部由周慧敏任总指挥，下设抢险救援组、疏散引导组、医疗救护组、后勤保障组、信息报送组。",
        ("h", "3 风险分析"), "主要风险为老旧小区火灾（含电动自行车）、燃气泄漏爆炸、暴雨积水、老年人突发疾病和跌倒。",
        ("h", "4 预警与响应"), "接报后5分钟内社区值班人员到场，15分钟内应急分队集结；按Ⅰ、Ⅱ、Ⅲ级响应报告街道和相关部门。",
        ("h", "5 应急保障"), "应急分队12人，物资储备于社区应急物资室和各小区微型消防站。",
        ("h", "6 演练"), RULE_DRILL,
        ("h", "7 附则"), "本预案自印发之日起实施，每两年修订一次。",
        sig(JWH, "2024-05-20")], docno="书居〔2024〕15号"))
    R.append(Rec("专项应急处置方案（燃气泄漏、电动自行车火灾、暴雨积水）", "2024-05-22", PCO, [
        "燃气泄漏：立即关阀、开窗、禁止明火和开关电器，疏散人员，拨打港华燃气抢修电话和119。",
        "电动自行车火灾：切断充电电源，使用干粉灭火器初期处置，组织楼上居民疏散，不得乘坐或停留楼道。",
        "暴雨积水：巡查东井巷、青石弄等积水点，转移低洼处住户，设置警示。",
        ("sig", [PCO, dots0("2024-05-22")])]))
    R.append(Rec("书院街社区应急队伍及应急物资清单", "2024-05-25", PCO, [
        ("t", [["类别", "名称", "数量", "存放地点"], ["队伍", "社区应急分队", "12人", "—"], ["队伍", "微型消防站队员", "18人", "书院新村、鼓楼南苑、状元坊"],
               ["物资", "干粉灭火器", "60具", "应急物资室、微型消防站"], ["物资", "消防水带", "8盘", "微型消防站"], ["物资", "应急照明灯", "20只", "应急物资室"],
               ["物资", "急救箱", "6个", "应急物资室、卫生服务站"], ["物资", "沙袋", "300只", "应急物资室"], ["物资", "警戒带、扩音器", "各6", "应急物资室"]], [1, 2.5, 1, 3]),
        ("sig", [PCO, zh("2024-05-25")])]))
    R += drill_rec(DRILLS[0], "2024-06-12")
    R += drill_rec(DRILLS[1], "2024-11-08")
    R.append(Rec("纺织厂宿舍5号楼电动自行车火情处置情况报告", "2025-01-14", JWH, [
        f"{zh('2025-01-14')}凌晨2:10，纺织厂宿舍5号楼1单元一楼楼道内一辆电动自行车充电时起火。楼道长发现后报警，社区应急分队和微型消防站队员5分钟到场，"
        "使用灭火器扑灭明火，府前消防救援站2:22到场清理。火情烧毁电动自行车2辆，楼道墙面熏黑，无人员伤亡。",
        "原因：车主从家中私拉电线在楼道充电。处置：对该楼道停放车辆全部清理，对车主批评教育并由派出所处理；在该小区开展安全充电宣传。",
        sig(JWH, "2025-01-14", zh)], docno="书居〔2025〕2号"))
    R += drill_rec(DRILLS[2], "2025-06-10")
    R.append(Rec("7月8日强降雨积水应急处置情况报告", "2025-07-09", PCO, [
        "2025年7月8日17时至21时，我区出现强降雨，东井巷、青石弄小区出现积水（最深约40厘米）。社区启动防汛Ⅲ级响应，转移一楼住户7户14人，"
        "设置警示6处，21:40积水消退。无人员伤亡。",
        ("sig", [PCO, dots("2025-07-09")])]))
    R.append(Rec("应急物资检查及补充记录", "2025-12-12", PCO, [
        "检查应急物资室及3个微型消防站：更换过期灭火器12具，补充应急照明灯6只、急救箱2个。物资清单已更新。",
        ("sig", [PCO, zh("2025-12-12")])]))
    return R


def notice(no, when, unit, place, desc, basis, deadline):
    return Rec(f"隐患整改通知书（{place}）", when, PCO, [
        f"{unit}：",
        f"经{zh(when)}检查，你单位（户）{place}存在以下安全隐患：{desc}。",
        f"依据{basis}，请于{zh(deadline)}前整改完毕，并将整改情况书面报送社区安全促进委员会办公室。逾期未整改的，将提请促进委员会督办并报府前街道应急办。",
        ("b", "签收人：__________　　　签收日期：__________"),
        ("sig", [PCO + "（章）", cn(when)])], docno=no)


def round_report(key, when):
    rows = ABC[key]
    label = [r for r in ROUNDS if r[0] == key][0][1]
    kinds = {}
    for r in rows:
        kinds[r[4]] = kinds.get(r[4], 0) + 1
    probs = {}
    for r in rows:
        if r[9] == "C":
            probs[r[10]] = probs.get(r[10], 0) + 1
    short = key[:4] + "年" + key[4:] + "第" + label[1] + "轮"
    return Rec(f"重点户入户燃气及电动自行车安全检查情况报告（{short}）", when, "燃气与居家安全工作组", [
        f"{label}入户检查于{zh(min(r[0] for r in rows))}至{zh(max(r[0] for r in rows))}进行，由网格员会同港华燃气鼓楼服务站人员实施，"
        f"共检查重点户{len(rows)}户。",
        ("t", [["分类", "户数", "比例"]] + [[c, str(abc_count(key, c)), f"{abc_count(key, c) * 100 / len(rows):.1f}%"] for c in "ABC"], [1, 1, 1]),
        ("t", [["户别", "户数"]] + [[k, str(v)] for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])], [2, 1]),
        "C类户主要问题：" + "；".join(f"{k}{v}户" for k, v in sorted(probs.items(), key=lambda kv: -kv[1])) + "。C类户均已在15日内复查，已整改。",
        "逐户检查明细见本卷所附《入户燃气及电动自行车安全检查台账（ABC分类）》。",
        ("sig", ["燃气与居家安全工作组", dots(when)])])


def vol09():
    R = []
    R.append(Rec("重点户入户燃气及电动自行车安全检查工作方案（ABC分类管理）", "2024-08-30", "燃气与居家安全工作组", [
        ("h", "一、检查对象"), "独居老人户、高龄老人户、出租房、瓶装液化气用户、电动自行车室内充电户、沿街商铺。",
        ("h", "二、频次"), "自2024年秋季起，每年春季（3—5月）、秋季（9—11月）各开展一轮。",
        ("h", "三、内容"), "燃气设施（胶管、阀门、钢瓶、热水器）、电动自行车停放充电、室内用电。",
        ("h", "四、ABC分类"), "A类：无隐患；B类：一般隐患，当场告知整改；C类：存在较大隐患，责令立即整改，15日内复查。",
        ("h", "五、记录"), "逐户登记入《入户燃气及电动自行车安全检查台账（ABC分类）》，每轮结束后形成情况报告。",
        ("sig", ["燃气与居家安全工作组", zh("2024-08-30")])], docno="书安促〔2024〕6号"))
    R.append(Rec("书院街农贸市场消防、燃气安全联合检查记录", "2024-09-05", PCO, [
        f"检查时间：{dots('2024-09-05')}　检查单位：社区、府前消防救援站、港华燃气鼓楼服务站、农贸市场管理所",
        "发现问题：熟食区4户摊位液化气钢瓶与灶具间距不足；2户未安装可燃气体报警器；市场东通道堆放货物。已当场下达整改意见，市场管理所负责督促。",
        ("sig", [PCO, dots("2024-09-05")])]))
    big24 = [h for h in HAZ if h["level"] == "较大" and h["cat"] in ("消防", "燃气", "电气") and h["done"]
             and D("2024-09-15") <= h["found"] <= D("2024-12-31")]
    h0 = big24[0]
    unit = h0["place"] + ("相关住户" if h0["owner"].startswith("住户") else h0["owner"])
    R.append(notice("书院街安〔2024〕整改3号", h0["found"], unit, h0["place"], h0["desc"], "《书院街社区隐患排查与整改制度》", h0["deadline"]))
    R.append(round_report("2024秋季", "2024-11-28"))
    ov = open_overdue("2025-04-22")
    late = [h for h in HAZ if h["found"] <= D("2025-04-22") and h["done"] and h["done"] > h["deadline"]]
    R.append(Rec("府前街道安全社区创建工作督导检查反馈意见", "2025-04-22", JDB, [
        "书院街社区：",
        f"{zh('2025-04-22')}，街道应急办对你社区安全社区创建工作进行了督导检查，现反馈如下：",
        "一、组织机构健全，例会、工作组活动有记录；5个安全促进项目均已实施；入户检查实行ABC分类管理，台账规范。",
        "二、存在问题：（一）危险源辨识与风险评价清单应按制度在二季度复核更新；（二）纺织厂宿舍等小区消防通道占用问题反复；"
        + (f"（三）隐患台账现有逾期未整改隐患{len(ov)}项，应及时督办；" if ov else f"（三）隐患台账中有{len(late)}项隐患超过期限后才完成整改，应加强跟踪督办；")
        + "（四）校园交通项目应提前准备效果评估的基线数据。",
        "请于5月底前将整改情况报街道应急办。",
        sig("府前街道应急管理办公室", "2025-04-22")], docno="府前应急〔2025〕9号", red="府前街道应急管理办公室"))
    R.append(round_report("2025春季", "2025-05-16"))
    h1 = [h for h in HAZ if h["place"] == "纺织厂宿舍" and h["done"] is None][0]
    R.append(notice("书院街安〔2025〕整改2号", h1["found"], "原澄州纺织厂宿舍产权单位", h1["place"], h1["desc"], "《中华人民共和国消防法》及社区隐患排查与整改制度", h1["deadline"]))
    hy = haz_in("2025-01-01", "2025-06-30")
    R.append(Rec("2025年上半年隐患排查整改情况通报", "2025-07-10", PCO, [
        f"2025年1—6月，网格员巡查、物业自查、入户检查和居民反映共登记隐患{len(hy)}项，截至7月10日已整改销号"
        f"{len([h for h in hy if h['done'] and h['done'] <= D('2025-07-10')])}项。",
        f"逾期未整改{len(open_overdue('2025-07-10'))}项：纺织厂宿舍5号楼北侧消防通道被违建彩钢棚占用（期限{dots(h1['deadline'])}），已报街道城管中队。",
        ("sig", [PCO, zh("2025-07-10")])]))
    h2 = [h for h in HAZ if h["place"] == "书院街农贸市场" and h["done"] is None][0]
    R.append(notice("书院街安〔2025〕整改5号", h2["found"], "书院街农贸市场管理所及熟食区经营户", "农贸市场东侧熟食区", h2["desc"],
                    "《城镇燃气管理条例》及社区隐患排查与整改制度", h2["deadline"]))
    R.append(Rec("书院街农贸市场熟食区燃气隐患整改复查记录", "2025-09-15", PCO, [
        f"复查时间：{dots0('2025-09-15')}　复查人：丁一鸣、邵斌、范志明",
        f"复查情况：整改通知书（书院街安〔2025〕整改5号）所列3户摊位中，1户已加装可燃气体报警器，钢瓶与灶具仍未分离设置；另2户未整改。",
        "复查结论：未整改到位。已超过整改期限，提交促进委员会督办。",
        ("sig", [PCO, zh("2025-09-15")])]))
    R.append(Rec("府前消防救援站电动自行车集中充电点消防安全检查记录", "2025-12-18", "府前消防救援站", [
        "检查14处集中充电点：智能断电、烟感、灭火器配置符合要求；2处充电棚顶棚积尘，1处监控角度偏移，已当场指出。",
        ("sig", ["府前消防救援站", dots("2025-12-18")])]))
    return R


def qrec(y, q, when):
    rows, by = qsum(y, q)
    label = f"{y}年第{'一二三四'[q - 1]}季度"
    a = dt.date(y, 3 * q - 2, 1)
    b = (dt.date(y, 3 * q, 28) + days(4)).replace(day=1) - days(1)
    f60 = falls60(a, b)
    eb = ebike(a, b)
    return Rec(f"书院街社区{label}伤害监测分析", when, "伤害监测与数据统计组", [
        f"数据来源：书院街社区卫生服务站伤害监测登记表（{dots(a)}—{dots(b)}）。本季度共登记伤害病例{len(rows)}例。",
        ("t", [["伤害原因", "例数", "构成比"]] + [[k, str(v), f"{v * 100 / len(rows):.1f}%"] for k, v in by], [2.5, 1, 1]),
        f"60岁以上老人跌倒{len(f60)}例，电动自行车相关交通伤害{len(eb)}例；重度伤害{len([r for r in rows if r[8] == '重度'])}例，均已转诊。",
        "分析与建议：跌倒仍居首位，多发生在家中和卫生间；继续推进适老化改造和结对探访；加强电动自行车头盔佩戴劝导。",
        ("sig", ["伤害监测与数据统计组", zh(when)])])


def vol10():
    R = []
    R.append(Rec("书院街社区伤害监测工作方案", "2024-04-28", "伤害监测与数据统计组", [
        "一、监测范围：辖区居民因伤害到社区卫生服务站就诊的全部病例。",
        "二、登记内容：就诊日期、姓名、性别、年龄、住址、伤害发生地点、原因、部位、严重程度、处置情况。",
        "三、报送：卫生服务站录入员马婧负责登记，每月5日前将上月登记表报送促进委员会办公室。",
        "四、分析：每季度结束后15日内形成季度分析，年度结束后形成年度分析报告。",
        ("sig", ["伤害监测与数据统计组", dots("2024-04-28")])]))
    R.append(qrec(2024, 2, "2024-07-08"))
    R.append(qrec(2024, 3, "2024-10-10"))
    R.append(qrec(2024, 4, "2025-01-10"))
    rows = inj("2024-04-01", "2024-12-31")
    R.append(Rec("府前派出所2024年书院街社区警情统计", "2025-01-15", "府前派出所", [
        ("t", [["类别", "2024年"], ["道路交通事故（起）", "26"], ["其中涉电动自行车", "14"], ["火灾/火情（起）", "4"], ["其中电动自行车引发", "2"],
               ["燃气事故（起）", "0"], ["治安案件（起）", "37"]], [3, 1]),
        ("sig", ["府前派出所书院街警务室", zh("2025-01-15")])]))
    R.append(Rec("书院街社区2024年度伤害监测分析报告（2024年4—12月）", "2025-01-20", "伤害监测与数据统计组", [
        f"2024年4—12月共登记伤害病例{len(rows)}例，其中跌倒{len([r for r in rows if r[6].startswith('跌倒')])}例、"
        f"60岁以上老人跌倒{len(falls60('2024-04-01', '2024-12-31'))}例、电动自行车相关伤害{len(ebike('2024-04-01', '2024-12-31'))}例。",
        "与2023年同期比较，伤害总数基本持平，电动自行车相关伤害有所下降。建议2025年继续以防跌倒和电动自行车为重点。",
        ("sig", ["伤害监测与数据统计组", cn("2025-01-20")])]))
    R.append(qrec(2025, 1, "2025-04-09"))
    R.append(qrec(2025, 2, "2025-07-09"))
    R.append(qrec(2025, 3, "2025-10-11"))
    R.append(Rec("府前派出所2025年书院街社区警情统计", "2026-01-12", "府前派出所", [
        ("t", [["类别", "2024年", "2025年"], ["道路交通事故（起）", "26", "21"], ["其中涉电动自行车", "14", "10"], ["火灾/火情（起）", "4", "2"],
               ["其中电动自行车引发", "2", "1"], ["燃气事故（起）", "0", "0"], ["治安案件（起）", "37", "31"]], [3, 1, 1]),
        ("sig", ["府前派出所书院街警务室", dots0("2026-01-12")])]))
    return R


SELF = [  # element, item, grades (有无, 痕迹, 效果) as a/b/c/d
    (1, "跨部门的促进委员会，成员涵盖主要部门和单位", "aaa"), (1, "安全促进工作组设置及成员", "aaa"),
    (1, "促进委员会和工作组工作制度及执行", "aba"), (1, "长期和年度工作目标、计划", "aaa"), (1, "资金投入", "aaa"),
    (2, "参与安全社区交流活动", "aaa"), (2, "信息收集、交流和反馈渠道", "aaa"), (2, "志愿者和社会组织", "aaa"), (2, "居民广泛参与", "abb"),
    (3, "风险辨识方法（隐患排查、问卷、伤害调查）", "aaa"), (3, "社区安全诊断报告", "aaa"), (3, "高危人群、高风险环境和脆弱群体分析", "aaa"),
    (3, "风险辨识结果定期复核更新", "abb"),
    (4, "目标量化、分层", "aaa"), (4, "计划与诊断结果对应", "aaa"), (4, "计划落实", "abb"),
    (5, "项目覆盖重点问题、重点人群", "aaa"), (5, "项目实施方案", "aaa"), (5, "项目实施痕迹", "aaa"), (5, "项目效果评估", "abb"),
    (5, "针对脆弱群体的项目", "aaa"), (5, "项目持续改进", "aab"),
    (6, "宣传教育培训制度和计划", "aaa"), (6, "宣传设施和资源", "aaa"), (6, "针对不同人群的培训", "aab"), (6, "培训频次和覆盖面", "aaa"),
    (7, "应急预案体系", "aaa"), (7, "应急队伍和物资", "aaa"), (7, "应急演练", "abb"), (7, "应急响应", "aaa"),
    (8, "监测与监督制度", "aaa"), (8, "隐患排查", "aaa"), (8, "重点户入户检查", "aab"), (8, "监督检查及反馈", "aaa"),
    (9, "伤害记录制度", "aaa"), (9, "伤害登记", "abb"), (9, "伤害数据分析", "abb"), (9, "伤害数据利用", "aab"),
    (10, "档案管理制度", "aaa"), (10, "档案完整性", "aaa"), (10, "档案规范性", "aab"),
    (11, "预防与纠正措施程序", "aaa"), (11, "隐患整改闭环", "abb"), (11, "事故后纠正措施", "aaa"), (11, "措施有效性验证", "aab"),
    (12, "年度总结评审", "aaa"), (12, "项目评估结果应用", "aab"), (12, "自评", "aaa"), (12, "持续改进计划", "aaa"), (12, "安全绩效", "abb"),
]
GR = {"a": 1.0, "b": 0.7, "c": 0.3, "d": 0.0}
ELN = {1: "安全社区创建机构与职责", 2: "信息交流和全员参与", 3: "事故与伤害风险辨识及其评价", 4: "事故与伤害预防目标及计划",
       5: "安全促进项目", 6: "宣传教育与培训", 7: "应急预案和响应", 8: "监测与监督", 9: "事故与伤害记录",
       10: "安全社区创建档案", 11: "预防与纠正措施", 12: "评审与持续改进"}


def item_score(g):
    return round(0.8 * GR[g[0]] + 1.0 * GR[g[1]] + 1.2 * GR[g[2]], 2)


def el_scores():
    out = {}
    for e, _, g in SELF:
        out[e] = round(out.get(e, 0) + item_score(g), 2)
    return out


def self_total():
    return round(sum(item_score(g) for _, _, g in SELF), 2)


def year_counts(y):
    a, b = f"{y}-01-01", f"{y}-12-31"
    return dict(committee=len([d for d in COMMITTEE if d.year == y]), train=len(train_in(a, b)),
                people=sum(t[5] for t in train_in(a, b)), drills=len([d for d in DRILLS if d[0].year == y]),
                haz=len(haz_in(a, b)), inj=len(inj(a, b)))


def review_2024():
    c = year_counts(2024)
    h = haz_in("2024-01-01", "2024-12-31")
    return Rec("书院街社区2024年度安全社区工作总结暨内部评审报告", "2025-01-17", PC, [
        ("b", f"评审时间：{zh('2025-01-17')}　评审组：促进委员会办公室、各工作组组长、街道应急办钱立新"),
        ("h", "一、年度工作完成情况"),
        f"2024年4—12月，召开促进委员会例会{c['committee']}次（含启动大会）、工作组会议3次；完成社区安全诊断，确定5个安全促进项目并全部启动；"
        f"开展宣传培训{c['train']}次、{c['people']}人次；组织应急演练{c['drills']}次（6月消防疏散、11月燃气泄漏处置）；"
        f"完成第一轮重点户入户检查{len(ABC['2024秋季'])}户；登记隐患{len(h)}项，整改销号{len([x for x in h if x['done'] and x['done'] <= D('2025-01-17')])}项；"
        f"卫生服务站登记伤害{c['inj']}例，按季度完成分析。",
        ("h", "二、评审发现的问题"),
        "1. 集中充电点建设进度滞后，7处未建成；2. 护学岗家长志愿者不稳定；3. 一网三库数据更新不及时；4. 楼道长培训覆盖不足；5. 部分小区消防通道占用反复。",
        ("h", "三、评审结论"), "2024年度创建工作按实施方案推进，目标计划基本落实。针对问题制定整改计划，于2月中旬前印发。",
        ("sig", [PC, zh("2025-01-17")])])


def review_2025():
    c = year_counts(2025)
    ov = open_overdue("2026-01-16")
    return Rec("书院街社区2025年度安全社区工作总结暨评审报告", "2026-01-16", PC, [
        ("b", f"评审时间：{cn('2026-01-16')}　评审组：促进委员会办公室、各工作组组长、街道应急办钱立新、区安委办特邀专家1名"),
        ("h", "一、2025年度工作完成情况"),
        f"2025年召开促进委员会例会{c['committee']}次、工作组会议3次；完成老年人防跌倒、电动自行车消防安全、燃气安全3个项目的效果评估；"
        f"开展宣传培训{c['train']}次、{c['people']}人次；完成春季、秋季两轮重点户入户检查（春季{len(ABC['2025春季'])}户、秋季{len(ABC['2025秋季'])}户，"
        f"秋季C类户{abc_count('2025秋季', 'C')}户）；组织应急演练{c['drills']}次（6月电动自行车火灾疏散），处置纺织厂宿舍火情和7月8日强降雨积水；"
        f"登记隐患{c['haz']}项；卫生服务站1—10月登记伤害{c['inj']}例。",
        ("h", "二、评审发现的问题"),
        "1. 原计划11月组织的燃气泄漏处置演练，因港华燃气老旧管网改造施工未组织，全年仅演练1次；"
        "2. 社区卫生服务站伤害监测登记自2025年11月起中断（录入人员调离），四季度伤害分析未完成；"
        f"3. 隐患台账中{len(ov)}项隐患超过整改期限未销号；4. 危险源辨识与风险评价清单未按制度在二季度复核更新。",
        ("h", "三、评审结论"), "2025年度主要目标基本实现，安全绩效持续改善；对发现的问题制定整改计划，2月上旬印发。",
        ("sig", [PC, cn("2026-01-16")])])


def vol11():
    R = [review_2024()]
    R.append(Rec("2024年度评审问题整改计划（预防与纠正措施）", "2025-02-12", PCO, [
        ("t", [["序号", "问题", "措施", "责任", "完成时限", "验证"],
               ["1", "集中充电点建设滞后", "与区住建局协调，分批建设", "消防安全工作组", "2025.5.31", "已完成（5月30日全部投用）"],
               ["2", "护学岗家长志愿者不稳定", "按班级轮值排班", "交通与校园安全工作组", "2025.3.31", "已完成"],
               ["3", "一网三库数据更新不及时", "网格员每季度更新", "伤害监测与数据统计组", "2025.6.30", "已完成"],
               ["4", "楼道长培训覆盖不足", "3月开展楼道长消防器材培训", "宣传培训与志愿服务组", "2025.3.31", "已完成"],
               ["5", "消防通道占用反复", "联合城管、派出所治理", "消防安全工作组", "2025.6.30", "纺织厂宿舍未完成"]], [0.5, 2, 2.2, 1.6, 1, 1.7]),
        ("sig", [PCO, dots("2025-02-12")])]))
    R.append(Rec("预防与纠正措施记录（纺织厂宿舍电动自行车火情）", "2025-02-20", PCO, [
        ("b", "问题来源：2025年1月14日纺织厂宿舍5号楼楼道电动自行车火情"),
        "原因分析：该小区无集中充电点，住户私拉电线在楼道充电；楼道停放车辆无人劝导。",
        "纠正措施：1. 清理该楼道全部车辆；2. 纺织厂宿舍车棚集中充电点提前于1月底建成；3. 网格员每周夜间巡查一次。",
        "预防措施：在其他无充电点的小区开展排查，优先建设。",
        "验证：2025年2月至5月巡查，该小区未再发现楼道充电。验证人：丁一鸣　2025年5月20日",
        ("sig", [PCO, zh("2025-02-20")])]))
    c = year_counts(2025)
    R.append(Rec("书院街社区2025年上半年安全社区工作小结", "2025-07-15", PCO, [
        f"上半年召开促进委员会例会1次（3月27日），开展宣传培训{len(train_in('2025-01-01', '2025-06-30'))}次，完成第二轮入户检查{len(ABC['2025春季'])}户，"
        f"组织电动自行车火灾疏散演练1次，登记隐患{len(haz_in('2025-01-01', '2025-06-30'))}项，伤害登记{len(inj('2025-01-01', '2025-06-30'))}例。",
        "下半年重点：完成3个项目效果评估；秋季入户检查；11月燃气泄漏处置演练；督办纺织厂宿舍消防通道问题。",
        ("sig", [PCO, dots0("2025-07-15")])]))
    R.append(Rec("预防与纠正措施记录（农贸市场熟食区燃气隐患）", "2025-08-20", PCO, [
        ("b", "问题来源：2025年8月12日联合检查，书院街农贸市场熟食区3户餐饮摊位液化气钢瓶与灶具未分离、未装报警器"),
        "原因分析：摊位面积小，经营户不愿改造；市场管理所督促不力。",
        "纠正措施：下达整改通知书（书院街安〔2025〕整改5号），期限9月11日；市场管理所设置钢瓶集中存放间。",
        "预防措施：9月对全部餐饮摊户开展燃气安全培训。",
        "验证：（空）",
        ("sig", [PCO, zh("2025-08-20")])]))
    R.append(review_2025())
    R.append(Rec("2025年度评审问题整改计划", "2026-02-10", PCO, [
        ("t", [["序号", "问题", "措施", "责任", "完成时限"],
               ["1", "燃气泄漏处置演练未组织", "2026年上半年组织", "燃气与居家安全工作组", "2026.6.30"],
               ["2", "伤害监测登记中断", "卫生服务站补录并指定新录入员", "伤害监测与数据统计组", "2026.4.30"],
               ["3", "逾期隐患未销号", "促进委员会督办，报街道", "消防安全工作组", "2026.3.31"],
               ["4", "危险源清单未复核", "2026年二季度复核", "消防安全工作组", "2026.6.30"]], [0.5, 2.2, 2.5, 1.8, 1.1]),
        ("sig", [PCO, dots("2026-02-10")])]))
    es = el_scores()
    R.append(Rec("书院街社区安全社区创建自评报告", "2026-04-08", PC, [
        f"对照《安全社区建设基本要求》（AQ/T 9001-2006）和全国安全社区现场评定表（12个一级指标、50个二级指标，满分150分），"
        f"促进委员会于2026年4月1日至8日对创建周期（2024年4月1日至2026年3月31日）的工作进行了自评，自评得分{self_total()}分。",
        ("t", [["一级指标", "二级指标数", "得分"]] + [[f"{e}. {ELN[e]}", str(len([s for s in SELF if s[0] == e])), f"{es[e]:.2f}"] for e in range(1, 13)]
         + [["合计", "50", f"{self_total():.2f}"]], [4, 1, 1]),
        "主要不足：应急演练2025年次数不足；伤害监测登记2025年11月起中断；个别较大隐患整改未闭环；风险辨识复核滞后；项目效果评估不够全面。",
        ("sig", [PC, zh("2026-04-08")])]))
    R.append(Rec("书院街社区安全社区创建工作报告", "2026-04-09", PC, [
        ("h", "一、社区概况"),
        "书院街社区位于澄州市鼓楼区府前街道，面积0.58平方公里，11个老旧小区，常住3986户10412人，60岁以上老人2947人。"
        "创建周期为2024年4月1日至2026年3月31日。",
        ("h", "二、对照基本要求开展的工作"),
        f"（一）机构与职责：成立17人的跨部门促进委员会和6个工作组，召开促进委员会会议{len(COMMITTEE)}次。（二）信息交流：组建86人平安志愿者服务队，"
        f"召开居民安全议事会3次。（三）风险辨识：完成安全诊断和LEC危险源辨识（{len(LEC)}项）。（四）目标计划：实施方案和年度计划。"
        f"（五）项目：5个安全促进项目。（六）宣传培训：{len(TRAIN)}次、{sum(t[5] for t in TRAIN)}人次。（七）应急：综合预案、演练{len(DRILLS)}次。"
        f"（八）监测监督：三轮入户检查{sum(len(v) for v in ABC.values())}户次，登记隐患{len(HAZ)}项。（九）伤害记录：登记伤害{len(INJ)}例。"
        "（十）档案：由街道档案室按案卷整理。（十一）预防纠正：纠正措施记录和整改计划。（十二）评审：两次年度评审、项目评估、自评。",
        ("h", "三、成效"), "创建期间未发生较大以上火灾和燃气事故；涉电动自行车交通事故和火情下降。",
        ("sig", [PC, cn("2026-04-09")])]))
    R.append(application_rec())
    return R


def application_rec():
    return Rec("安全社区评定申请书", "2026-04-10", JWH, [
        ("t", [["申请单位", FULL], ["社区类型", "城市社区（老城区）"], ["常住人口", "3986户10412人"], ["创建周期", "2024年4月—2026年3月"],
               ["促进委员会主任", "周慧敏"], ["联系人", f"{ZG}（社区安全专干）"], ["自评得分", f"{self_total()}分"]], [1.5, 4]),
        "我社区按照《安全社区建设基本要求》开展安全社区创建工作已满两年，经自评达到安全社区标准，特申请评定。",
        ("sig", [JWH + "（章）", "府前街道办事处意见：同意申报（章）", zh("2026-04-10")])])


# ================================================================ build
def loose():
    V = {v["no"]: v["folder"] for v in VOLS}
    recs = {v["no"]: v["recs"] for v in VOLS}
    # 01
    xlsx(f"{V[1]}/促进委员会及工作组成员名单.xlsx", "2025-03-10", [
        {"name": "促进委员会", "title": "书院街社区安全促进委员会成员名单（2025年3月调整）", "header": ["序号", "职务", "姓名", "单位及职务", "联系电话"],
         "rows": [[i, r, ("顾志远" if n == "韩东" else n), ("府前派出所副所长" if n == "韩东" else u), "1" + "3" + f"{(i * 7919) % 10**9:09d}"[:2] + "****" + f"{(i * 4271) % 10000:04d}"]
                  for i, (r, n, u) in enumerate(MEMBERS, 1)], "widths": {4: 40}},
        {"name": "工作组", "title": "安全促进工作组成员", "header": ["工作组", "组长", "副组长", "成员", "职责"],
         "rows": [[g[0], g[1], g[2], g[3].replace("韩东", "顾志远"), g[4]] for g in GROUPS], "widths": {1: 22, 4: 40, 5: 50}}],
        j=("促进委员会及工作组成员名单（2025.3调整后）", [1]))
    # 02
    by = {r.date: r for r in recs[2]}
    docx_from_rec(f"{V[2]}/2025年第三季度促进委员会例会纪要.docx", by[D("2025-09-25")], j=("促进委员会2025年三季度例会纪要（电子原件，同卷内第11件）", [1], [5, 7, 8, 11]))
    docx_from_rec(f"{V[2]}/2026年第一季度促进委员会例会纪要.docx", by[D("2026-03-26")], j=("促进委员会2026年一季度例会纪要（电子原件，同卷内第14件）", [1], [5, 9, 11, 12, 8]))
    photo(f"{V[2]}/2024.04.12 安全社区创建启动大会.jpg", "2024-04-12", "meeting", ("启动大会照片", [1], [2, 6]))
    # 03
    xlsx(f"{V[3]}/志愿者服务活动登记表.xlsx", "2026-03-30", [
        {"name": "活动登记", "title": "书院街社区平安志愿者服务活动登记表", "header": ["序号", "日期", "活动内容", "地点", "参加人数", "服务时长（小时/人）", "负责人"],
         "rows": [[i] + r for i, r in enumerate(VOLACT, 1)], "widths": {3: 30, 4: 16}}],
        j=(f"平安志愿者服务活动登记（{len(VOLACT)}次）", [2], [5, 6]))
    photo(f"{V[3]}/2024.11.08 参加区安全社区经验交流会.jpg", "2024-11-08", "meeting", ("区安全社区经验交流会照片", [2]))
    photo(f"{V[3]}/2025.04.18 居民安全议事会.jpg", "2025-04-18", "meeting", ("居民安全议事会照片", [2]))
    # 04
    pop = []
    rnd = rng("pop")
    for x in XQ:
        hh = rnd.randint(210, 560)
        pop.append([x, hh, int(hh * 2.6), int(hh * 0.74), rnd.randint(6, 22), rnd.randint(4, 16), rnd.randint(40, 160)])
    units = [["府学巷小学", "学校", "府学巷18号", "学生1180人"], ["书院街农贸市场", "农贸市场", "书院街66号", "摊位186个，液化气餐饮23户"],
             ["书院街社区卫生服务站", "医疗", "书院街40号", "伤害监测点"], ["澄州安居物业书院新村项目部", "物业", "书院新村", "管理3个小区"],
             ["港华燃气鼓楼服务站", "燃气", "鼓楼南路12号", ""], ["府前派出所书院街警务室", "公安", "书院街52号", ""]]
    for k in range(34):
        units.append([f"书院街{rnd.choice(['餐馆', '小吃店', '便利店', '理发店', '棋牌室', '小旅馆', '五金店', '药店'])}（{k + 1}）",
                      "沿街商铺", f"书院街{rnd.randint(1, 120)}号", rnd.choice(["使用瓶装液化气", "管道天然气", "无燃气", "“三小”场所"])])
    env = [[x, rnd.randint(6, 16), rnd.choice(["1984", "1987", "1990", "1992", "1995"]), rnd.choice(["物业", "居民自治管理小组"]),
            rnd.choice(["室外消火栓1处", "室外消火栓2处", "无"]), rnd.choice(["有", "无"])] for x in XQ]
    env += [[p[0], "—", "2024—2025" if p[3] else "2024年前", "集中充电点", f"端口{p[2]}个", "有"] for p in POINTS]
    env += [["东井巷积水点", "—", "—", "防汛", "", ""], ["青石弄积水点", "—", "—", "防汛", "", ""]] + \
           [[f"窨井盖巡查点{k}", "—", "—", "市政", "", ""] for k in range(1, 9)]
    xlsx(f"{V[4]}/一网三库基础数据（2024.07）.xlsx", "2024-07-15", [
        {"name": "人口综合信息库", "title": "人口综合信息库（按小区汇总）", "header": ["小区", "户数", "人口", "60岁以上", "独居老人", "残疾人", "14岁以下儿童"], "rows": pop},
        {"name": "社会单位综合信息库", "title": "社会单位综合信息库", "header": ["单位名称", "类别", "地址", "备注"], "rows": units, "widths": {1: 30, 4: 26}},
        {"name": "环境和市政设施库", "title": "环境和市政设施数据库", "header": ["名称", "楼栋数", "建成年代", "管理方式/类别", "消防设施", "监控"], "rows": env, "widths": {1: 26}}],
        j=("一网三库基础数据（人口、社会单位、环境和市政设施）", [3], [2, 8, 9]))
    xlsx(f"{V[4]}/居民安全需求调查问卷统计表.xlsx", "2024-05-20", [
        {"name": "统计", "title": "书院街社区居民安全需求调查问卷统计（有效问卷586份）", "header": ["题号", "问题", "选项", "人数", "比例"],
         "rows": [[1, "最突出的安全问题（多选）", "电动自行车充电/停放", 417, "71.2%"], [1, "", "老人跌倒", 345, "58.9%"], [1, "", "燃气安全", 271, "46.3%"],
                  [1, "", "学校周边交通", 232, "39.6%"], [1, "", "治安", 128, "21.8%"], [2, "家中是否有60岁以上老人", "是", 379, "64.7%"],
                  [3, "过去一年家中是否有人跌倒受伤", "是", 108, "18.4%"], [4, "电动自行车充电地点", "楼道/家中", 185, "31.5%"],
                  [4, "", "集中充电点", 246, "42.0%"], [4, "", "单位或其他", 155, "26.5%"], [5, "是否使用瓶装液化气", "是", 75, "12.8%"],
                  [6, "是否会使用灭火器", "会", 224, "38.2%"], [7, "对社区安全状况满意度", "满意及基本满意", 478, "81.6%"]], "widths": {2: 34, 3: 22}}],
        j=("居民安全需求调查问卷统计", [3], [2]))
    photo(f"{V[4]}/2024.05.16 危险源辨识现场踏勘.jpg", "2024-05-16", "lane", ("危险源辨识现场踏勘照片", [3], [8]))
    # 05
    docx_from_rec(f"{V[5]}/书院街社区安全社区创建实施方案.docx", [r for r in recs[5] if r.title.endswith("实施方案")][0],
                  j=("创建实施方案（电子原件；载明创建周期2024.4.1—2026.3.31）", [4], [1]))
    # 06
    visits = []
    m = D("2024-08-01")
    rnd = rng("visits")
    while m <= D("2026-03-01"):
        visits.append([f"{m.year}年{m.month}月", 146, rnd.randint(560, 640), rnd.randint(2, 11)])
        m = (m.replace(day=28) + days(4)).replace(day=1)
    xlsx(f"{V[6]}/独居老人结对探访及适老化改造登记.xlsx", "2026-03-05", [
        {"name": "结对名单", "title": "书院街社区独居老人结对名单", "header": ["序号", "姓名", "性别", "年龄", "小区", "门牌", "结对人", "探访频次", "联系电话"],
         "rows": [[i] + e for i, e in enumerate(ELDERS, 1)]},
        {"name": "适老化改造", "title": "适老化改造登记", "header": ["序号", "申请日期", "姓名", "小区", "改造内容", "费用（元）", "完成日期"],
         "rows": [[i] + r for i, r in enumerate(RETRO, 1)], "widths": {5: 30}},
        {"name": "探访月度汇总", "title": "结对探访月度汇总", "header": ["月份", "结对老人数", "探访人次", "发现问题（处）"], "rows": visits}],
        j=("独居老人结对名单、适老化改造登记、探访月度汇总", [5], [2, 3]))
    xlsx(f"{V[6]}/电动自行车集中充电点巡查记录.xlsx", "2026-03-25", [
        {"name": "巡查记录", "title": "书院街社区电动自行车集中充电点巡查记录", "header": ["序号", "巡查日期", "充电点", "小区", "端口数", "设备状况", "灭火器", "监控",
                                                                     "发现楼道停放/飞线充电（户）", "处理情况", "巡查人"],
         "rows": [[i] + r for i, r in enumerate(CHARGE, 1)], "widths": {3: 26}}],
        j=("集中充电点月度巡查记录（2024.9—2026.3）", [5], [8]))
    xlsx(f"{V[6]}/府学巷小学护学岗值守记录.xlsx", "2026-01-16", [
        {"name": "值守记录", "title": "府学巷小学护学岗值守记录（按周汇总）", "header": ["周起始日期", "值守天数", "值守人员", "劝导违停（车次）", "劝导未戴头盔（人次）",
                                                                   "护送学生过街（人次）", "备注"],
         "rows": CROSS, "widths": {3: 36}}],
        j=("护学岗值守记录（校园交通项目实施记录）", [5], [2, 8]))
    photo(f"{V[6]}/2024.08.16 独居老人家中安装扶手.jpg", "2024-08-16", "handrail", ("适老化改造照片", [5]))
    photo(f"{V[6]}/2024.12.18 书院新村集中充电棚投用.jpg", "2024-12-18", "charging", ("书院新村集中充电棚投用照片", [5], [8]))
    photo(f"{V[6]}/2024.09.03 府学巷小学护学岗.jpg", "2024-09-03", "school", ("护学岗照片", [5], [2]))
    photo(f"{V[6]}/2025.01.20 独居老人户安装燃气报警器.jpg", "2025-01-20", "handrail", ("燃气报警器安装照片", [5], [8]))
    # 07
    t24 = train_in("2024-01-01", "2024-12-31")
    sign = []
    rnd = rng("sign")
    for t in t24:
        if t[1] in ("培训", "讲座") and t[5] <= 100:
            for nm, xq in sign_names(t):
                sign.append([t[0], t[2], nm, xq, rnd.choice(["居民", "楼道长", "业委会", "物业", "志愿者"])])
    xlsx(f"{V[7]}/2024年宣传培训活动签到汇总.xlsx", "2024-12-25", [
        {"name": "活动汇总", "title": "2024年安全宣传教育培训活动汇总", "header": ["日期", "形式", "主题", "地点", "对象", "人数", "主讲/组织"],
         "rows": [list(t) for t in t24], "widths": {3: 36, 4: 20, 5: 24}},
        {"name": "签到明细", "title": "培训、讲座签到明细", "header": ["日期", "活动", "姓名", "小区", "身份"], "rows": sign, "widths": {2: 36}}],
        j=("2024年宣传培训活动汇总及签到明细（仅2024年）", [6]))
    photo(f"{V[7]}/2024.06.14 物业业委会楼道长消防培训.jpg", "2024-06-14", "training", ("2024年消防培训照片", [6]))
    photo(f"{V[7]}/2024.07.20 老年人防跌倒健康讲座.jpg", "2024-07-20", "lecture", ("2024年防跌倒讲座照片", [6], [5]))
    photo(f"{V[7]}/2024.10.16 电动自行车安全充电培训.jpg", "2024-10-16", "training", ("2024年电动自行车培训照片", [6], [5]))
    # 08
    docx_from_rec(f"{V[8]}/书院街社区突发事件综合应急预案.docx", recs[8][0], j=("综合应急预案（电子原件）", [7]))
    photo(f"{V[8]}/2024.06.21 书院新村消防疏散演练.jpg", "2024-06-21", "drill", ("2024年消防疏散演练照片", [7]))
    photo(f"{V[8]}/2025.06.19 粮食局宿舍电动自行车火灾疏散演练.jpg", "2025-06-19", "drill", ("2025年电动自行车火灾疏散演练照片", [7], [5]))
    # 09
    head = ["序号", "检查日期", "小区", "门牌", "户主", "户别", "用气方式", "燃气", "电动自行车充电", "用电", "分类", "主要问题", "整改意见", "复查日期", "复查结果", "检查人"]
    sheets = []
    for key, label, *_ in ROUNDS:
        rows = []
        for i, r in enumerate(ABC[key], 1):
            r = list(r)
            if key == "2024秋季":
                r[0] = dots(r[0])
                r[12] = dots(r[12]) if r[12] else None
            rows.append([i] + r)
        sheets.append({"name": key, "title": f"重点户入户燃气及电动自行车安全检查台账（{label}）", "sub": "检查项：√合格 ×有隐患；分类：A无隐患 B一般隐患 C较大隐患（15日内复查）",
                       "header": head, "rows": rows, "widths": {12: 30, 13: 22, 16: 24}})
    sheets.append({"name": "汇总", "title": "各轮检查分类汇总", "header": ["轮次", "检查户数", "A类", "B类", "C类"],
                   "rows": [[label, len(ABC[key]), abc_count(key, "A"), abc_count(key, "B"), abc_count(key, "C")] for key, label, *_ in ROUNDS]})
    xlsx(f"{V[9]}/入户燃气及电动自行车安全检查台账（ABC分类）.xlsx", "2025-11-25", sheets,
         j=("重点户入户燃气及电动自行车安全检查台账（ABC分类，三轮258户次）", [8], [5, 3, 11]))
    hz = []
    for i, h in enumerate(HAZ, 1):
        hz.append([i, h["found"], h["place"], h["desc"], h["cat"], h["level"], h["source"], h["owner"], h["deadline"],
                   dots(h["done"]) if h["done"] else None, h["checker"], h["status"], h["note"]])
    xlsx(f"{V[9]}/隐患排查整改台账.xlsx", "2026-03-30", [
        {"name": "隐患排查整改台账", "title": "书院街社区隐患排查整改台账", "sub": "整改期限：一般隐患15日，较大隐患30日；完成后复查销号",
         "header": ["序号", "发现日期", "小区/场所", "隐患描述", "类别", "等级", "来源", "整改责任", "整改期限", "完成日期", "复查人", "状态", "备注"],
         "rows": hz, "widths": {3: 16, 4: 44, 8: 22, 13: 34}}],
        j=("隐患排查整改台账（2024.6—2026.3）", [8, 11], [3]))
    photo(f"{V[9]}/2025.08.12 农贸市场熟食区液化气钢瓶.jpg", "2025-08-12", "market", ("农贸市场燃气隐患照片", [8], [11, 5]))
    photo(f"{V[9]}/2024.10.15 入户燃气安全检查.jpg", "2024-10-15", "lane", ("入户燃气安全检查照片", [8], [5]))
    # 10
    xlsx(f"{V[10]}/伤害监测登记表（书院街社区卫生服务站）.xlsx", "2025-11-03", [
        {"name": "伤害登记", "title": "书院街社区卫生服务站伤害监测登记表", "sub": "（2024年4月起逐例登记）",
         "header": ["序号", "就诊日期", "姓名", "性别", "年龄", "现住址（小区）", "伤害发生地点", "伤害原因", "伤害部位", "严重程度", "处置情况", "登记人"],
         "rows": [[i] + r for i, r in enumerate(INJ, 1)], "widths": {8: 22, 11: 16}}],
        j=("伤害监测登记表（2024.4.2—2025.10.31，其后无登记）", [9], [3]))
    # 11
    docx_from_rec(f"{V[11]}/2024年度安全社区工作总结暨内部评审报告.docx", recs[11][0], j=("2024年度工作总结暨内部评审报告（电子原件）", [12], [1, 11]))
    rows = []
    for i, (e, item, g) in enumerate(SELF, 1):
        rows.append([i, f"{e}. {ELN[e]}", item, round(0.8 * GR[g[0]], 2), round(1.0 * GR[g[1]], 2), round(1.2 * GR[g[2]], 2), item_score(g)])
    rows.append(["合计", "", "", "", "", "", self_total()])
    xlsx(f"{V[11]}/安全社区自评打分表.xlsx", "2026-04-08", [
        {"name": "自评打分", "title": "书院街社区安全社区现场评定自评打分表（满分150分）", "header": ["序号", "一级指标", "二级指标", "有无（0.8）", "痕迹（1.0）", "效果（1.2）", "得分"],
         "rows": rows, "widths": {2: 30, 3: 40}}],
        j=("50项二级指标自评打分表", [12], [10]))
    docx_from_rec(f"{V[11]}/安全社区评定申请书.docx", application_rec(), j=("评定申请书（创建周期2024年4月—2026年3月）", [12], [1, 10]))


def root_files():
    rows = []
    for v in VOLS:
        loose_n = len([f for f in FILES if f["path"].startswith(v["folder"] + "/") and not f["path"].endswith(".pdf")])
        rows.append([v["no"], v["code"], f"{SQ}安全社区创建档案（{v['title']}）", f"{ymd8(v['start'])}—{ymd8(v['end'])}", len(v["recs"]),
                     v["stated_pages"], v["keep"], f"附电子文件{loose_n}件" if loose_n else ""])
    xlsx("案卷目录.xlsx", "2026-04-17", [
        {"name": "案卷目录", "title": f"{SQ}安全社区创建档案案卷目录", "sub": f"全宗：{JD}　类别：安全社区创建（AQSQ）　立卷单位：{DAS}",
         "header": ["序号", "档号", "案卷题名", "起止日期", "件数", "页数", "保管期限", "备注"], "rows": rows, "widths": {2: 16, 3: 44, 4: 22, 8: 18}}],
        author=LJR, j=("案卷目录（11卷）", [10]))
    text = (f"{SQ}安全社区创建档案整理说明\n\n"
            f"一、{FULL}于2024年4月启动安全社区创建，创建周期为2024年4月1日至2026年3月31日。创建期间形成的文件材料由社区安全专干丁一鸣收集，"
            f"于2026年4月移交{DAS}整理。\n"
            f"二、本档案按案卷整理，共{len(VOLS)}卷，档号AQSQ-2024-01至AQSQ-2024-{len(VOLS):02d}，按要素（问题）分卷，卷内按时间结合事由排列。"
            "每卷装订为一册，卷首为卷内目录，卷尾为备考表，页号标注于每页右上角（卷内目录、备考表不编页号）。收录文件的形成时间为2023年3月至2026年4月"
            "（卷一收录的街道三年行动计划形成于2023年3月）。\n"
            "三、纸质案卷已扫描为PDF，每卷一个文件，存放于以档号和案卷题名命名的文件夹中。未打印入卷的电子台账（Excel）、部分文件的电子原件（Word）"
            "和照片，存放于相应案卷的文件夹内，文件名标注日期和内容。\n"
            "四、保管期限：组织机构、会议记录、伤害记录、评审与申报材料为永久，其余为长期（30年）。\n"
            "五、案卷目录见《案卷目录.xlsx》。\n\n"
            f"立卷人：{LJR}\n检查人：{JCR}\n{DAS}\n2026年4月18日\n")
    gbk_text("档案整理说明.txt", text, "2026-04-18", ("档案整理说明（GBK编码）", [10]))


def build_volumes():
    specs = [(1, "组织机构与职责", "永久", vol01, "第1件为街道文件复印件。"),
             (2, "会议记录", "永久", vol02, "第11件、第14件另有电子原件（Word）存于本卷文件夹。"),
             (3, "信息交流与全员参与", "长期（30年）", vol03, "志愿者服务活动登记表为电子台账，存于本卷文件夹。"),
             (4, "社区诊断与风险辨识", "长期（30年）", vol04, "一网三库基础数据和问卷统计为电子表格，存于本卷文件夹。"),
             (5, "目标与计划", "长期（30年）", vol05, "第1件另有电子原件存于本卷文件夹。"),
             (6, "安全促进项目", "长期（30年）", vol06, "卷内按项目排列。结对探访及适老化改造登记、充电点巡查记录、护学岗值守记录为电子台账，未打印入卷，与照片一并存于本卷文件夹。"),
             (7, "宣传教育与培训", "长期（30年）", vol07, "2024年活动签到汇总表及部分照片的电子版存于本卷文件夹；其余活动签到表为纸质，未扫描。"),
             (8, "应急预案与演练", "长期（30年）", vol08, "第1件另有电子原件存于本卷文件夹。"),
             (9, "监测与监督", "长期（30年）", vol09, "入户检查台账、隐患排查整改台账为电子台账，未打印入卷，存于本卷文件夹。"),
             (10, "事故与伤害记录", "永久", vol10, "伤害监测登记表为电子台账，存于本卷文件夹。"),
             (11, "评审与持续改进", "永久", vol11, "第1件、第10件另有电子原件存于本卷文件夹。")]
    kinds = {1: ("组织机构与职责卷（含街道三年行动计划2023—2025、批复、成立通知、制度汇编、经费）", [1], [4, 2, 10]),
             2: ("会议记录卷（促进委员会例会7次、工作组会议7次）", [1], [2, 3, 4, 5, 7, 8, 9, 11, 12]),
             3: ("信息交流与全员参与卷（志愿者、共建协议、议事会、交流活动、意见汇总）", [2], [1, 6]),
             4: ("社区诊断与风险辨识卷（诊断报告、LEC清单、问卷分析、伤害调查）", [3], [4, 9, 2]),
             5: ("目标与计划卷（实施方案、责任书、2024/2025/2026年度计划、项目规划）", [4], [1, 5, 7]),
             6: ("安全促进项目卷（5个项目的方案、实施记录、评估；卷内目录所列充电棚竣工验收记录不在卷内）", [5], [3, 8, 9, 12, 6]),
             7: ("宣传教育与培训卷（2024、2025年计划及18次活动记录）", [6], [2]),
             8: ("应急预案与演练卷（综合预案、3次演练、火情和积水处置报告）", [7], [9, 11, 6]),
             9: ("监测与监督卷（入户检查方案、两轮情况报告、督导反馈、整改通知书、复查）", [8], [11, 5, 3]),
             10: ("事故与伤害记录卷（监测方案、2024Q2—2025Q3季度分析、年度分析、派出所统计）", [9], [3]),
             11: ("评审与持续改进卷（两次年度评审、纠正措施、自评报告、工作报告、申请书）", [12, 11], [10, 1, 4, 5, 9, 7])}
    for no, title, keep, fn, note in specs:
        v = volume(no, title, keep, fn(), note)
        k = kinds[no]
        judge(v["pdf"], k[0], k[1], k[2], iso(v["end"]))


# ================================================================ judgement
V6 = "AQSQ-2024-06 安全促进项目"
P = {n: f"AQSQ-2024-{n:02d} {t}/AQSQ-2024-{n:02d} {t}.pdf" for n, t in
     [(1, "组织机构与职责"), (2, "会议记录"), (3, "信息交流与全员参与"), (4, "社区诊断与风险辨识"), (5, "目标与计划"), (6, "安全促进项目"),
      (7, "宣传教育与培训"), (8, "应急预案与演练"), (9, "监测与监督"), (10, "事故与伤害记录"), (11, "评审与持续改进")]}
INJ_X = "AQSQ-2024-10 事故与伤害记录/伤害监测登记表（书院街社区卫生服务站）.xlsx"
HAZ_X = "AQSQ-2024-09 监测与监督/隐患排查整改台账.xlsx"
ABC_X = "AQSQ-2024-09 监测与监督/入户燃气及电动自行车安全检查台账（ABC分类）.xlsx"
ELD_X = "AQSQ-2024-06 安全促进项目/独居老人结对探访及适老化改造登记.xlsx"
R24_X = "AQSQ-2024-11 评审与持续改进/2024年度安全社区工作总结暨内部评审报告.docx"
SIGN_X = "AQSQ-2024-07 宣传教育与培训/2024年宣传培训活动签到汇总.xlsx"
CAT_X = "案卷目录.xlsx"

VERDICTS = {
    "1": {"evidenced": "partial",
          "reason": "街道批复、居委会红头文件成立17人跨部门促进委员会（街道应急办、派出所、消防站、交警、卫生服务站、小学、物业、业委会、市场、燃气、供电）、"
                    "6个工作组、制度汇编、组织网络图、两年经费使用都在（卷01）；但制度规定每季度一次例会、全年不少于4次，2025年只开了3月27日、9月25日两次，"
                    "第二、第四季度没有例会（卷02，上半年小结也只记1次）。"},
    "2": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "86人平安志愿者服务队及{nvol}次活动登记、共建协议、3次居民安全议事会、区交流会和市促进会年会、赴国家安全社区学习、两年意见建议汇总（均在10个工作日内答复）、"
                    "微信群和宣传栏统计（卷03及其电子台账）。"},
    "3": {"evidenced": "partial",
          "reason": "诊断工作方案、586份问卷分析、24项LEC危险源清单（2024.5.28）、近三年伤害调查、诊断报告（2024.6.5）、一网三库都在（卷04）；"
                    "但制度和2025年计划要求每年第二季度复核更新危险源清单，2025年没有复核（街道督导反馈提醒过，2025年度评审承认），清单仍是2024年5月版。"},
    "4": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "实施方案（周期2024.4.1—2026.3.31、量化目标、八个阶段）、4份目标责任书、项目总体规划及目标分解表、2024/2025/2026年度计划（2025、2026年计划均在1月底前）都在（卷05）。"},
    "5": {"evidenced": "partial",
          "reason": "5个项目（防跌倒、电动自行车消防、燃气、校园及周边交通、居家安全）都有实施方案和实施记录（卷06及结对/改造、充电点巡查、护学岗电子台账）；"
                    "防跌倒、电动自行车、燃气、居家安全4个项目有效果评估；校园及周边交通项目方案承诺2025年12月评估，至周期末没有效果评估（2026年3月26日例会纪要承认）。"},
    "6": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "2024、2025年宣传培训计划，18次活动记录（2024年7次、2025年9次、2026年一季度2次），每个季度都有；2025年的活动只在卷07的PDF里逐件成卷，"
                    "文件夹里的签到汇总表和照片只有2024年，不是缺失。"},
    "7": {"evidenced": "partial",
          "reason": "综合应急预案、专项处置方案、应急队伍物资、演练方案和总结、纺织厂火情和7月8日积水处置报告都在（卷08）；预案、实施方案和2025年计划都要求每年至少2次演练"
                    "（消防疏散、燃气泄漏处置各1次）：2024年2次，2025年只有6月19日1次，11月燃气泄漏处置演练未组织（2025年度评审承认）；火情处置是实战，不算演练。"},
    "8": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "入户检查方案（ABC分类）、三轮入户检查台账（2024秋84户、2025春86户、2025秋88户，C类户均在15日内复查）、两轮情况报告、农贸市场联合检查、街道督导反馈、"
                    "消防站充电点检查、{nhaz}项隐患排查台账（卷09）。2025年秋季一轮只有台账行，没有情况报告，不是缺失。逾期隐患计入要素11（在8报告也可以）。"},
    "9": {"evidenced": "partial",
          "reason": "伤害监测方案、卫生服务站逐例登记表（{ninj}例）、2024年二季度至2025年三季度的季度分析、2024年度分析、派出所两年警情统计都在；"
                    "但登记表最后一条是2025年10月31日，2025年11月至2026年3月（周期最后5个月）没有登记，2025年四季度分析和2025年度伤害分析都没有（2025年度评审、2026年一季度例会承认）。"},
    "10": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
           "reason": "街道档案室按案卷整理：案卷目录、整理说明（GBK）、每卷卷内目录和备考表、档号、保管期限齐全，电子台账随卷；但卷06卷内目录第8件"
                     "“书院新村电动自行车集中充电棚竣工验收记录”（20241218，页号14-14）不在卷内，页号从13直接跳到15，备考表和案卷目录仍按含该件的页数著录。"},
    "11": {"evidenced": "partial",
           "reason": "整改通知书3份、农贸市场复查记录、2024/2025年度评审问题整改计划、2份预防与纠正措施记录都在；但隐患台账中4项隐患超过整改期限仍未销号"
                     "（纺织厂宿舍消防通道期限2025.7.5、农贸市场液化气钢瓶期限2025.9.11、粮食局宿舍飞线充电期限2025.11.5、文庙小区应急照明期限2025.12.24），"
                     "农贸市场的纠正措施记录“验证”栏为空；另2项在期限内。"},
    "12": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
           "reason": "2024年度总结暨内部评审（2025.1.17）、2025年度总结暨评审（2026.1.16，2026年1月形成，评审的是2025年）、上半年小结、4份项目效果评估、自评报告和50项自评打分表、"
                     "工作报告、申请书都在（卷11）。"},
}

GAPS = [
    {"id": "G1", "element": 1, "also": [],
     "match": [["例会", "会议", "促进委员会"], ["2025"],
               ["2次", "两次", "二次", "不足", "少于", "未召开", "没有召开", "缺", "第二季度", "第四季度", "二季度", "四季度", "每季度", "不少于4次", "4次"]],
     "record_level": False, "related": [P[2], P[1], P[11]],
     "title": "2025年促进委员会只开了2次例会（3.27、9.25），第二、第四季度没有，制度规定每季度一次、全年不少于4次"},
    {"id": "G2", "element": 5, "also": [12],
     "match": [["校园", "学校", "府学巷小学", "护学"], ["评估", "效果", "评价"]],
     "record_level": False, "related": [P[6], "AQSQ-2024-06 安全促进项目/府学巷小学护学岗值守记录.xlsx", P[5]],
     "title": "校园及周边交通安全项目没有效果评估（方案承诺2025年12月）"},
    {"id": "G3", "element": 9, "also": [3],
     "match": [["伤害"], ["2025年10月", "10月31日", "2025年11月", "2025年12月", "11月起", "11—12月", "11-12月", "四季度", "第四季度", "Q4",
                         "最后5个月", "中断", "断档", "停止", "空白", "不连续", "截至", "截止", "未登记", "未录入", "缺失", "无登记"]],
     "record_level": True, "related": [INJ_X, P[10]],
     "title": "伤害监测登记止于2025-10-31，2025年11月至2026年3月无登记，无2025年四季度和年度分析"},
    {"id": "G4", "element": 7, "also": [],
     "match": [["演练"], ["2025"]],
     "record_level": False, "related": [P[8], P[5], P[11]],
     "title": "2025年只组织1次演练（6.19电动自行车火灾疏散），燃气泄漏处置演练未组织（预案、方案和年度计划要求每年2次）"},
    {"id": "G5", "element": 11, "also": [8],
     "match": [["隐患", "整改"], ["逾期", "超期", "未整改", "过期", "未闭环", "未销号", "超过整改期限", "超出整改期限", "超过期限", "整改中", "未完成", "未到位"]],
     "record_level": True, "related": [HAZ_X, P[9], P[11]],
     "title": "4项隐患超过整改期限仍未销号（纺织厂消防通道、农贸市场液化气钢瓶、粮食局飞线充电、文庙应急照明）"},
    {"id": "G6", "element": 3, "also": [4],
     "match": [["风险辨识", "危险源", "辨识", "风险评价", "安全诊断", "风险评估"], ["2025", "复核", "更新", "每年", "年度", "第二季度", "二季度"]],
     "record_level": False, "related": [P[4], P[1], P[5]],
     "title": "2025年没有按制度在二季度复核更新危险源辨识与风险评价清单（只有2024年5月版）"},
    {"id": "G7", "element": 10, "also": [5],
     "match": [["卷内目录", "目录", "卷内", "充电棚", "验收记录", "竣工验收", "AQSQ-2024-06", "卷06"],
               ["缺", "未见", "不在", "没有", "不一致", "不符", "找不到", "跳", "断号", "页号"]],
     "record_level": False, "related": [P[6], CAT_X],
     "title": "卷06卷内目录第8件（书院新村集中充电棚竣工验收记录，2024-12-18）不在卷内，页号跳号"},
]

TRAPS = [
    {"id": "T1", "element": 6,
     "match": [["2025"], ["培训", "宣传", "教育"], ["未开展", "没有", "未见", "缺少", "缺失", "无记录", "空白", "不足", "未发现", "未找到"]],
     "related": [P[7], SIGN_X],
     "title": "2025年宣传培训9次（每季度都有）：只在卷07的PDF里逐件成卷；文件夹里的签到汇总表和照片只有2024年"},
    {"id": "T2", "element": 8,
     "match": [["秋季", "第三轮", "下半年", "四季度"], ["入户", "燃气检查", "ABC", "重点户"],
               ["未开展", "没有", "未见", "缺少", "缺失", "无记录", "未进行", "未组织", "未发现"]],
     "related": [ABC_X],
     "title": "2025年秋季（第三轮）入户检查做了（88户，2025.10.9—11.20）：只是ABC台账“2025秋季”表的行，卷09没有该轮情况报告"},
    {"id": "T3", "element": 12,
     "match": [["2025"], ["年度总结", "工作总结", "年度评审", "内部评审", "总结评审", "管理评审"],
               ["未开展", "没有", "未见", "缺少", "缺失", "未进行", "未形成", "未组织", "未找到"]],
     "related": [P[11]],
     "title": "2025年度工作总结暨评审报告有：日期2026-01-16，只在卷11的PDF里；文件夹里的电子原件只有2024年度的"},
]

PROBES = [
    {"id": "P1", "query": "入户燃气 ABC分类 检查台账", "must_in_top5": [ABC_X]},
    {"id": "P2", "query": "伤害监测登记", "must_in_top5": [INJ_X]},
    {"id": "P3", "query": "电动自行车火灾疏散演练", "must_in_top5": [P[8]]},
    {"id": "P4", "query": "独居老人 适老化改造", "must_in_top5": [ELD_X]},
    {"id": "P5", "query": "农贸市场 液化气钢瓶 整改通知书", "must_in_top5": [P[9]]},
    {"id": "P6", "query": "2025年度工作总结暨评审报告", "must_in_top5": [P[11]]},
]


def write_judgement():
    files = [{"path": f["path"], "kind": f["kind"], "elements": f["elements"], "also_acceptable": f["also_acceptable"],
              "date": f["date"], "flags": f["flags"]} for f in sorted(FILES, key=lambda x: x["path"])]
    doc = {
        "community_name": "书院街",
        "assessment_period": {"start": PERIOD[0], "end": PERIOD[1]},
        "files": files,
        "elements": VERDICTS,
        "gaps": [{k: v for k, v in g.items() if k != "title"} | {"note": g["title"]} for g in GAPS],
        "traps": [{k: v for k, v in t.items() if k != "title"} | {"note": t["title"]} for t in TRAPS],
        "probes": PROBES,
    }
    head = ("# Expert judgement of shuyuanjie-sq (澄州市鼓楼区府前街道书院街社区, 老城区城市社区, 案卷式归档), written from the\n"
            "# files before any zicha run. Schema: shared/tools/README.md. Generated by make_shuyuanjie.py from its file list.\n"
            "# period: 实施方案 (创建周期为2024年4月1日至2026年3月31日), 启动大会纪要, 申请书, 工作报告; decoy: 街道三年行动计划 2023—2025年.\n")
    with open(JUDGEMENT_PATH, "w", encoding="utf-8") as f:
        f.write(head)
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=140)


def finalize_texts():
    """Fill the judgement texts that quote computed facts (page numbers, dates) of the built archive."""
    for k in VERDICTS:
        VERDICTS[k]["reason"] = VERDICTS[k]["reason"].format(nvol=len(VOLACT), nhaz=len(HAZ), ninj=len(INJ))
    v6 = [v for v in VOLS if v["no"] == 6][0]
    k = [i for i, r in enumerate(v6["recs"], 1) if r.missing][0]
    m = v6["recs"][k - 1]
    pg = str(m.first) if m.pages == 1 else f"{m.first}-{m.last}"
    VERDICTS["10"]["reason"] = (
        "街道档案室按案卷整理：案卷目录、整理说明（GBK）、每卷卷内目录和备考表、档号、保管期限齐全，电子台账随卷；但卷06（AQSQ-2024-06）卷内目录第"
        f"{k}件“{m.title}”（{ymd8(m.date)}，页号{pg}）不在卷内，页号从{m.first - 1}直接跳到{m.last + 1}，"
        f"备考表和案卷目录仍著录{v6['stated_pages']}页（卷内实有编号页{v6['stated_pages'] - m.pages}页）。")
    GAPS[6]["title"] = f"卷06卷内目录第{k}件（{m.title}，{iso(m.date)}，页号{pg}）不在卷内，页号从{m.first - 1}跳到{m.last + 1}"
    GAPS[6]["match"][0].append(f"第{k}件")
    r3 = ABC["2025秋季"]
    TRAPS[1]["title"] = (f"2025年秋季（第三轮）入户检查做了（{len(r3)}户，{dots(min(r[0] for r in r3))}—{dots(max(r[0] for r in r3))}）："
                         "只是ABC台账“2025秋季”表的行，卷09没有该轮情况报告")
    return k, m


def check():
    problems = []
    on_disk = set()
    for dp, _, fs in os.walk(OUT):
        for n in fs:
            on_disk.add(os.path.relpath(os.path.join(dp, n), OUT).replace(os.sep, "/"))
    listed = {f["path"] for f in FILES}
    if on_disk - listed:
        problems.append(f"not in judgement: {sorted(on_disk - listed)}")
    if listed - on_disk:
        problems.append(f"judged but missing: {sorted(listed - on_disk)}")
    for g in GAPS + TRAPS:
        for p in g.get("related", []):
            if p not in on_disk:
                problems.append(f"{g['id']} related missing: {p}")
    for p in PROBES:
        for m in p["must_in_top5"]:
            if m not in on_disk:
                problems.append(f"{p['id']} target missing: {m}")
    if not 45 <= len(on_disk) <= 70:
        problems.append(f"file count {len(on_disk)}")
    if len(VERDICTS) != 12 or not 6 <= len(GAPS) <= 8 or not 2 <= len(TRAPS) <= 3 or not 4 <= len(PROBES) <= 6:
        problems.append("judgement shape")
    for f in FILES:
        if not f["elements"]:
            problems.append(f"no elements: {f['path']}")
    vol = {v["no"]: v for v in VOLS}
    allrecs = [(v["no"], r) for v in VOLS for r in v["recs"]]
    for v in VOLS:
        if not 10 <= v["physical"] <= 60:
            problems.append(f"{v['code']} has {v['physical']} pages")
    # period
    plan = [r for r in vol[5]["recs"] if r.title.endswith("实施方案")][0]
    if not any("2024年4月1日至2026年3月31日" in b for b in plan.blocks if isinstance(b, str)):
        problems.append("period not stated in the 实施方案")
    # G1: committee meetings
    cm = [r.date for r in vol[2]["recs"] if "促进委员会" in r.title]
    if sorted(cm) != COMMITTEE:
        problems.append(f"committee minutes {cm}")
    if [quarter(d)[1] for d in COMMITTEE if d.year == 2025] != [1, 3]:
        problems.append("2025 should have committee meetings in Q1 and Q3 only")
    for y, q in [(2024, 2), (2024, 3), (2024, 4), (2026, 1)]:
        if (y, q) not in {quarter(d) for d in COMMITTEE}:
            problems.append(f"no committee meeting in {y}Q{q}")
    if "全年不少于4次" not in RULE_MEETING:
        problems.append("meeting rule")
    # G2: school project evaluation
    titles6 = [r.title for r in vol[6]["recs"]]
    if any("校园" in t and "评估" in t for t in titles6):
        problems.append("school project must have no evaluation")
    for p in ("老年人防跌倒", "电动自行车消防安全", "燃气安全", "居家安全"):
        if not any(t.startswith(p) and "效果评估" in t for t in titles6):
            problems.append(f"{p} should have an evaluation")
    if any("校园" in r.title and "评估" in r.title for _, r in allrecs):
        problems.append("no school evaluation anywhere")
    # G3: injury register
    if max(r[0] for r in INJ) != INJ_LAST or min(r[0] for r in INJ) < D(PERIOD[0]):
        problems.append("injury register range")
    m = D("2024-04-01")
    while m <= D("2025-10-01"):
        if not inj(m, (m.replace(day=28) + days(4)).replace(day=1) - days(1)):
            problems.append(f"no injuries in {m}")
        m = (m.replace(day=28) + days(4)).replace(day=1)
    qa = sorted(r.title for r in vol[10]["recs"] if "季度伤害监测分析" in r.title)
    want = sorted(f"书院街社区{y}年第{'一二三四'[q - 1]}季度伤害监测分析" for y, q in [(2024, 2), (2024, 3), (2024, 4), (2025, 1), (2025, 2), (2025, 3)])
    if qa != want:
        problems.append(f"quarterly analyses {qa}")
    if any("2025年度伤害" in r.title for _, r in allrecs):
        problems.append("no 2025 annual injury analysis")
    # G4: drills
    if [d[0].year for d in DRILLS].count(2024) != 2 or [d[0].year for d in DRILLS].count(2025) != 1:
        problems.append("drills per year")
    if any("演练" in r.title and r.date.year == 2025 and "燃气" in r.title for _, r in allrecs):
        problems.append("no gas drill in 2025")
    drill_recs = [r for r in vol[8]["recs"] if "演练记录" in r.title]
    if len(drill_recs) != 3:
        problems.append("three drill records")
    # G5: hazards
    ov = open_overdue(PERIOD[1])
    if sorted(h["place"] for h in ov) != sorted(["纺织厂宿舍", "书院街农贸市场", "粮食局宿舍", "文庙小区"]):
        problems.append(f"overdue hazards {[h['place'] for h in ov]}")
    opn = [h for h in HAZ if h["done"] is None]
    if len(opn) != 6:
        problems.append("six open hazards (4 overdue, 2 in time)")
    if any(h["done"] and h["done"] > D("2026-03-31") for h in HAZ):
        problems.append("completion after the period")
    # G6: risk review
    lec_recs = [r for _, r in allrecs if "危险源" in r.title]
    if len(lec_recs) != 1 or lec_recs[0].date != D("2024-05-28"):
        problems.append(f"risk list records {[(r.title, r.date) for r in lec_recs]}")
    if any("复核" in r.title for _, r in allrecs):
        problems.append("no risk review record")
    # G7: missing record in volume 6
    v6 = vol[6]
    miss = [r for r in v6["recs"] if r.missing]
    if len(miss) != 1 or "验收" not in miss[0].title:
        problems.append("one missing acceptance record in volume 6")
    if v6["physical"] != v6["toc_pages"] + v6["stated_pages"] - miss[0].pages + 1:
        problems.append("volume 6 physical pages")
    if any(r.missing for v in VOLS if v["no"] != 6 for r in v["recs"]):
        problems.append("only volume 6 misses a record")
    # T1: training
    for y, q in [(2024, 2), (2024, 3), (2024, 4), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1)]:
        if (y, q) not in {quarter(t[0]) for t in TRAIN}:
            problems.append(f"no training in {y}Q{q}")
    t25 = [r for r in vol[7]["recs"] if r.date.year == 2025 and "记录" in r.title]
    if len(t25) != len(train_in("2025-01-01", "2025-12-31")) or len(t25) < 8:
        problems.append("2025 training records in volume 7")
    loose7 = [f["path"] for f in FILES if f["path"].startswith(vol[7]["folder"] + "/") and not f["path"].endswith(".pdf")]
    if any("2025" in p or "2026" in p for p in loose7):
        problems.append(f"volume 7 loose files must be 2024 only: {loose7}")
    # T2: autumn 2025 round
    r3 = ABC["2025秋季"]
    if not r3 or min(r[0] for r in r3) < D("2025-09-01") or max(r[0] for r in r3) > D("2025-11-30"):
        problems.append("2025 autumn round dates")
    if any("第三轮" in r.title or "2025年秋季" in r.title for _, r in allrecs):
        problems.append("no report for the third round")
    for key in ABC:
        for r in ABC[key]:
            if r[9] == "C" and not (r[12] and r[12] - r[0] <= days(15)):
                problems.append(f"C household not rechecked: {key} {r[0]}")
    # T3: 2025 review dated 2026-01
    rv = [r for r in vol[11]["recs"] if "2025年度安全社区工作总结暨评审报告" in r.title]
    if len(rv) != 1 or rv[0].date != D("2026-01-16"):
        problems.append("2025 review")
    if any("2025年度" in f["path"] and "总结" in f["path"] for f in FILES):
        problems.append("the 2025 review must exist only inside volume 11")
    # plans in time
    for y in (2025, 2026):
        p = [r for r in vol[5]["recs"] if r.title == f"书院街社区{y}年度安全社区工作计划"]
        if len(p) != 1 or p[0].date > D(f"{y}-01-31"):
            problems.append(f"{y} plan")
    if problems:
        sys.exit("CHECK FAILED\n" + "\n".join(problems))
    print(f"{NAME}: {len(on_disk)} files, judgement {os.path.basename(JUDGEMENT_PATH)} consistent "
          f"({len(GAPS)} gaps, {len(TRAPS)} traps, {len(PROBES)} probes)")


def listing():
    out = []
    for v in VOLS:
        out.append(f"{v['code']} {v['title']}: {len(v['recs'])} items, stated {v['stated_pages']} pp, physical {v['physical']} "
                   f"(toc {v['toc_pages']}), {dots0(v['start'])}—{dots0(v['end'])}, {v['keep']}")
        for i, r in enumerate(v["recs"], 1):
            pg = str(r.first) if r.pages == 1 else f"{r.first}-{r.last}"
            out.append(f"  {i:2d}. p{pg:7s} {iso(r.date)} {r.title}" + ("   [MISSING FROM VOLUME]" if r.missing else ""))
    return "\n".join(out)


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    make_injuries()
    make_hazards()
    make_abc()
    make_misc()
    build_volumes()
    loose()
    root_files()
    finalize_texts()
    stamp = MTIME.timestamp()
    for dp, dns, fs in os.walk(OUT, topdown=False):
        for n in fs + dns:
            os.utime(os.path.join(dp, n), (stamp, stamp))
    os.utime(OUT, (stamp, stamp))
    write_judgement()
    check()
    if "-v" in sys.argv:
        print(listing())
        print(f"injuries {len(INJ)} (last {INJ[-1][0]}); hazards {len(HAZ)}, overdue at end {len(open_overdue(PERIOD[1]))}; "
              f"ABC " + ", ".join(f"{k} {len(v)} (A{abc_count(k, 'A')} B{abc_count(k, 'B')} C{abc_count(k, 'C')})" for k, v in ABC.items()))
        print(f"training {len(TRAIN)} ({sum(t[5] for t in TRAIN)} people); volunteers {len(VOLACT)}; charge rows {len(CHARGE)}; "
              f"crossing weeks {len(CROSS)}; retrofits {len(RETRO)}; self-score {self_total()} {el_scores()}")
        h = hashlib.sha256()
        for dp, _, fs in sorted(os.walk(OUT)):
            for n in sorted(fs):
                with open(os.path.join(dp, n), "rb") as fh:
                    h.update(n.encode() + fh.read())
        print("archive sha256", h.hexdigest())


if __name__ == "__main__":
    main()
