#!/usr/bin/env python3
"""Generate the holdout16 test archive "jinhe-fuping".

锦和社区（江苏省扬州市广陵区曲江街道，城市型）安全社区复评档案：
  * 首次创建 2018—2020，2020年12月命名为江苏省安全社区；
  * 复评周期 2021-07-01 至 2025-06-30（非自然年），自评报告 2025年6月。

Deterministic: fixed random seed, fixed zip timestamps, fixed PDF/Office metadata.
Needs: python-docx, openpyxl, Pillow, reportlab and a CJK TrueType font
(fonts-wqy-microhei: /usr/share/fonts/truetype/wqy/wqy-microhei.ttc).

Usage:  python3 make_jinhe-fuping.py            # writes ./jinhe-fuping/
        python3 make_jinhe-fuping.py --judgement  # also rewrites jinhe-fuping.judgement.yaml
"""
import csv
import datetime as dt
import io
import os
import random
import re
import shutil
import struct
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

NAME = "jinhe-fuping"
HERE = Path(__file__).resolve().parent
ROOT = HERE / NAME

OLD = "历史档案（2018-2020首次创建）"
D00 = "00复评申报"
Y21 = "2021下半年"
Y22 = "2022年"
Y23 = "2023年"
Y24 = "2024年"
Y25 = "2025上半年"

COMMUNITY = "锦和社区"
FULLNAME = "扬州市广陵区曲江街道锦和社区"

rng = random.Random(20250630)
MANIFEST = []  # (rel, kind, elements, also, date, flags)

FONT_PATHS = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
]


# --------------------------------------------------------------------------- helpers
def D(s):
    return dt.date.fromisoformat(s)


CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1] if n else "〇"
    if n == 10:
        return "十"
    if n < 20:
        return "十" + "一二三四五六七八九"[n - 11]
    t, u = divmod(n, 10)
    return "一二三四五六七八九"[t - 1] + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])


def cn_date(d):
    if isinstance(d, str):
        d = D(d)
    y = "".join(CN_DIGITS[int(c)] for c in str(d.year))
    return f"{y}年{cn_num(d.month)}月{cn_num(d.day)}日"


def ar_date(d):
    if isinstance(d, str):
        d = D(d)
    return f"{d.year}年{d.month}月{d.day}日"


def record(rel, kind, elements, also=(), date=None, flags=None):
    MANIFEST.append((rel, kind, list(elements), list(also), date, dict(flags or {})))


def out_path(rel):
    p = ROOT / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def normalize_zip(path, when):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def _set_font(run, size=None, bold=False, name="宋体"):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def write_docx(rel, title, blocks, date, *, kind, elements, also=(), flags=None,
               author="锦和社区居委会", subtitle=None):
    """blocks: str (paragraph) | ('h', str) | ('r', str) right aligned | ('t', rows) table (first row header)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(p.add_run(title), 18, True, "方正小标宋简体")
    if subtitle:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(p.add_run(subtitle), 12, False, "楷体")
    for b in blocks:
        if isinstance(b, str):
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            _set_font(p.add_run(b), 12)
        elif b[0] == "h":
            p = doc.add_paragraph()
            _set_font(p.add_run(b[1]), 12, True, "黑体")
        elif b[0] == "r":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_font(p.add_run(b[1]), 12)
        elif b[0] == "t":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _set_font(cell.paragraphs[0].add_run(str(val)), 10.5, i == 0)
        else:
            raise ValueError(b)
    when = dt.datetime.combine(D(date) if isinstance(date, str) else date, dt.time(9, 0))
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.comments = ""
    path = out_path(rel)
    doc.save(path)
    normalize_zip(path, when)
    record(rel, kind, elements, also, str(date), flags)


_FONT_READY = False


def _font():
    global _FONT_READY
    if not _FONT_READY:
        rl_config.invariant = 1
        for fp in FONT_PATHS:
            if os.path.exists(fp):
                pdfmetrics.registerFont(TTFont("CJK", fp, subfontIndex=0))
                break
        else:
            raise SystemExit("need a CJK TrueType font, e.g. apt-get install fonts-wqy-microhei")
        _FONT_READY = True
    return "CJK"


def _wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


def write_pdf(rel, title, blocks, date, *, kind, elements, also=(), flags=None,
              author="锦和社区居委会", header=None, docno=None):
    """Text-layer PDF. blocks like write_docx; tables rendered as ' | ' joined rows."""
    font = _font()
    when = D(date) if isinstance(date, str) else date
    os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(when.year, when.month, when.day, 1, 0,
                                                          tzinfo=dt.timezone.utc).timestamp()))
    path = out_path(rel)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("WPS Office")
    c.setSubject(title)
    W, H = A4
    left, right, top, bottom = 72, W - 72, H - 72, 72
    y = top

    def newpage():
        nonlocal y
        c.showPage()
        y = top

    def line(txt, size=12, center=False, rightal=False, indent=0):
        nonlocal y
        for ln in _wrap(txt, font, size, right - left - indent):
            if y < bottom:
                newpage()
            c.setFont(font, size)
            if center:
                c.drawCentredString(W / 2, y, ln)
            elif rightal:
                c.drawRightString(right, y, ln)
            else:
                c.drawString(left + indent, y, ln)
            y -= size * 1.7
            indent = 0

    if header:
        c.setFillColorRGB(0.8, 0, 0)
        line(header, 20, center=True)
        c.setFillColorRGB(0, 0, 0)
        if docno:
            line(docno, 12, center=True)
        c.setStrokeColorRGB(0.8, 0, 0)
        c.line(left, y + 8, right, y + 8)
        y -= 14
    elif docno:
        line(docno, 12, center=True)
    line(title, 16, center=True)
    y -= 6
    for b in blocks:
        if isinstance(b, str):
            line(b, 12, indent=24)
        elif b[0] == "h":
            line(b[1], 12)
        elif b[0] == "r":
            line(b[1], 12, rightal=True)
        elif b[0] == "t":
            for row in b[1]:
                line(" | ".join(str(v) for v in row), 10.5)
    c.save()
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    record(rel, kind, elements, also, str(date), flags)


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_xlsx(rel, sheets, date, *, kind, elements, also=(), flags=None, author="陈静"):
    """sheets: list of dict(name, title, subtitle, groups, header, rows, widths, notes)
    groups: optional list of (label, first_col, last_col) for a merged group-header row above header."""
    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        ncol = len(sh["header"])
        r = 1
        ws.cell(r, 1, sh["title"]).font = Font(name="宋体", size=14, bold=True)
        ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.row_dimensions[r].height = 26
        r += 1
        if sh.get("subtitle"):
            ws.cell(r, 1, sh["subtitle"]).font = Font(name="宋体", size=10)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        if sh.get("groups"):
            covered = set()
            for label, a, b in sh["groups"]:
                ws.cell(r, a, label).font = Font(name="宋体", bold=True)
                ws.cell(r, a).alignment = Alignment(horizontal="center")
                if b > a:
                    ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
                covered.update(range(a, b + 1))
            # columns without a group: merge vertically with the header row
            for j in range(1, ncol + 1):
                if j not in covered:
                    ws.cell(r, j, sh["header"][j - 1]).font = Font(name="宋体", bold=True)
                    ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
            r += 1
            for j, h in enumerate(sh["header"], 1):
                if j in covered:
                    ws.cell(r, j, h).font = Font(name="宋体", bold=True)
        else:
            for j, h in enumerate(sh["header"], 1):
                ws.cell(r, j, h).font = Font(name="宋体", bold=True)
                ws.cell(r, j).border = BORDER
        r += 1
        for row in sh["rows"]:
            for j, v in enumerate(row, 1):
                cell = ws.cell(r, j, v)
                cell.border = BORDER
                if isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = "yyyy-mm-dd"
            r += 1
        for note in sh.get("notes", []):
            ws.cell(r, 1, note)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
        for j, w in enumerate(sh.get("widths", []), 1):
            ws.column_dimensions[get_column_letter(j)].width = w
    when = dt.datetime.combine(D(date) if isinstance(date, str) else date, dt.time(9, 0))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    path = out_path(rel)
    wb.save(path)
    normalize_zip(path, when)
    record(rel, kind, elements, also, str(date), flags)


def write_csv(rel, header, rows, date, *, kind, elements, also=(), flags=None, encoding="utf-8-sig"):
    path = out_path(rel)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode(encoding))
    record(rel, kind, elements, also, str(date), flags)


def write_txt(rel, lines, date, *, kind, elements, also=(), flags=None, encoding="gbk"):
    path = out_path(rel)
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    record(rel, kind, elements, also, str(date), flags)


def write_jpg(rel, when, *, kind, elements, also=(), flags=None, scene="people", make="HUAWEI",
              model="ELS-AN00", date=None):
    """A tiny but valid JPEG with EXIF DateTimeOriginal."""
    img = Image.new("RGB", (160, 120), (200, 210, 220))
    d = ImageDraw.Draw(img)
    r = random.Random(rel)
    if scene == "people":
        d.rectangle([0, 80, 160, 120], fill=(120, 110, 100))
        for i in range(6):
            x = 12 + i * 24
            d.ellipse([x, 40, x + 12, 52], fill=(230, 200, 170))
            d.rectangle([x - 2, 52, x + 14, 84], fill=(r.randint(20, 200), r.randint(20, 200), r.randint(60, 220)))
        d.rectangle([20, 6, 140, 26], fill=(190, 20, 20))
    elif scene == "drill":
        d.rectangle([0, 70, 160, 120], fill=(90, 90, 90))
        d.rectangle([10, 10, 70, 70], fill=(170, 160, 150))
        for i in range(5):
            x = 80 + i * 15
            d.ellipse([x, 50, x + 8, 58], fill=(230, 200, 170))
            d.rectangle([x - 1, 58, x + 9, 80], fill=(240, 120, 20))
        d.polygon([(30, 70), (40, 45), (50, 70)], fill=(250, 200, 30))
    elif scene == "shed":
        d.rectangle([0, 85, 160, 120], fill=(110, 110, 110))
        d.polygon([(10, 40), (150, 30), (150, 40), (10, 50)], fill=(40, 90, 160))
        for i in range(7):
            x = 16 + i * 19
            d.rectangle([x, 60, x + 6, 88], fill=(30, 30, 30))
            d.ellipse([x - 4, 80, x + 10, 94], outline=(10, 10, 10))
    exif = Image.Exif()
    stamp = when.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0132] = stamp
    exif[0x8769] = {0x9003: stamp, 0x9004: stamp}
    path = out_path(rel)
    img.save(path, "JPEG", quality=80, exif=exif.tobytes())
    record(rel, kind, elements, also, date or when.date().isoformat(), flags)


# ---- legacy Word 97 (.doc): compound file with a FIB, piece table and UTF-16 text
def _cfb(streams):
    SEC = 512
    layout, nxt = [], 2
    for name, blob in streams:
        if len(blob) < 4096:
            blob = blob + b"\x00" * (4096 - len(blob))
        n = (len(blob) + SEC - 1) // SEC
        layout.append((name, blob, nxt, n))
        nxt += n
    assert nxt <= 128
    fat = [0xFFFFFFFF] * 128
    fat[0], fat[1] = 0xFFFFFFFD, 0xFFFFFFFE
    for name, blob, start, n in layout:
        for i in range(n):
            fat[start + i] = start + i + 1 if i < n - 1 else 0xFFFFFFFE
    hdr = bytearray(SEC)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", hdr, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", hdr, 44, 1)
    struct.pack_into("<I", hdr, 48, 1)
    struct.pack_into("<I", hdr, 56, 4096)
    struct.pack_into("<I", hdr, 60, 0xFFFFFFFE)
    struct.pack_into("<I", hdr, 68, 0xFFFFFFFE)
    struct.pack_into("<109I", hdr, 76, *([0] + [0xFFFFFFFF] * 108))
    NO = 0xFFFFFFFF

    def dirent(name, typ, child, left, right, start, size):
        e = bytearray(128)
        nm = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        e[0:len(nm)] = nm
        struct.pack_into("<H", e, 64, len(nm))
        e[66] = typ
        e[67] = 1
        struct.pack_into("<III", e, 68, left, right, child)
        struct.pack_into("<I", e, 116, start)
        struct.pack_into("<Q", e, 120, size)
        return bytes(e)

    order = sorted(range(len(layout)), key=lambda i: (len(layout[i][0]), layout[i][0].upper()))
    rights = {a: b + 1 for a, b in zip(order, order[1:])}
    ents = [dirent("Root Entry", 5, order[0] + 1, NO, NO, 0xFFFFFFFE, 0)]
    for i, (name, blob, start, n) in enumerate(layout):
        ents.append(dirent(name, 2, NO, NO, rights.get(i, NO), start, len(blob)))
    while len(ents) % 4:
        ents.append(dirent("", 0, NO, NO, NO, 0, 0))
    out = bytes(hdr) + struct.pack("<128I", *fat) + b"".join(ents)
    for name, blob, start, n in layout:
        out += blob + b"\x00" * (n * SEC - len(blob))
    return out


def write_doc(rel, paragraphs, date, *, kind, elements, also=(), flags=None):
    text = "\r".join(paragraphs) + "\r"
    utf16 = text.encode("utf-16-le")
    ccp = len(text)
    fib = bytearray(0x400)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", fib, 6, 0x0804)
    struct.pack_into("<H", fib, 0x0A, 0x0200 | 0x1000)  # fWhichTblStm=1, fExtChar
    struct.pack_into("<H", fib, 0x0C, 0x00BF)
    struct.pack_into("<H", fib, 0x20, 14)
    struct.pack_into("<H", fib, 0x3E, 22)
    struct.pack_into("<I", fib, 0x40, 0x400 + len(utf16))  # cbMac
    struct.pack_into("<i", fib, 0x4C, ccp)                 # ccpText
    struct.pack_into("<H", fib, 0x98, 0x5D)
    clx = b"\x02" + struct.pack("<I", 16) + struct.pack("<ii", 0, ccp) + struct.pack("<HIH", 0, 0x400, 0)
    struct.pack_into("<II", fib, 0x1A2, 0, len(clx))       # fcClx, lcbClx
    word = bytes(fib) + utf16
    path = out_path(rel)
    path.write_bytes(_cfb([("WordDocument", word), ("1Table", clx)]))
    record(rel, kind, elements, also, str(date), flags)


# --------------------------------------------------------------------------- people & facts
M2021 = [
    ("主任", "王建华", "锦和社区党委书记、居委会主任"),
    ("副主任", "刘志强", "曲江街道应急管理办公室副主任"),
    ("副主任", "陈静", "锦和社区居委会副主任（安全社区专干）"),
    ("委员", "赵磊", "曲江派出所社区民警"),
    ("委员", "高峰", "广陵交警大队曲江中队副中队长"),
    ("委员", "吴涛", "曲江消防救援站站长"),
    ("委员", "李娟", "曲江街道社区卫生服务中心公共卫生科科长"),
    ("委员", "钱伟", "广陵燃气公司曲江服务站站长"),
    ("委员", "孙立", "恒安物业锦和苑项目部经理"),
    ("委员", "郑海", "运河华府物业服务中心主任"),
    ("委员", "黄丽", "曲江实验小学副校长"),
    ("委员", "许芳", "锦和幼儿园园长"),
    ("委员", "顾国平", "锦和社区老年人协会会长"),
    ("委员", "杨帆", "锦和社区安全志愿者服务队队长"),
    ("委员", "马斌", "锦和农贸市场管理办公室主任"),
]
M2023 = [
    ("主任", "周敏", "锦和社区党委书记、居委会主任"),
    ("副主任", "刘志强", "曲江街道应急管理办公室副主任"),
    ("副主任", "陈静", "锦和社区居委会副主任（安全社区专干）"),
    ("委员", "孙浩", "曲江派出所社区民警"),
    ("委员", "高峰", "广陵交警大队曲江中队副中队长"),
    ("委员", "吴涛", "曲江消防救援站站长"),
    ("委员", "李娟", "曲江街道社区卫生服务中心公共卫生科科长"),
    ("委员", "钱伟", "广陵燃气公司曲江服务站站长"),
    ("委员", "蒋春", "恒安物业锦和苑项目部经理"),
    ("委员", "郑海", "运河华府物业服务中心主任"),
    ("委员", "朱红梅", "曲江实验小学副校长"),
    ("委员", "许芳", "锦和幼儿园园长"),
    ("委员", "顾国平", "锦和社区老年人协会会长"),
    ("委员", "杨帆", "锦和社区安全志愿者服务队队长"),
    ("委员", "马斌", "锦和农贸市场管理办公室主任"),
]
GROUPS_2021 = [
    ("老年人安全项目组", "顾国平、李娟", "社区老年人协会、卫生服务中心、各小区物业、楼道长"),
    ("居家燃气安全项目组", "钱伟", "燃气公司曲江服务站、物业、网格员"),
    ("消防安全项目组", "吴涛", "消防救援站、物业、微型消防站"),
    ("儿童安全项目组", "许芳", "锦和幼儿园、曲江实验小学、妇联执委、家长志愿者"),
    ("交通安全项目组", "高峰、黄丽", "交警中队、曲江实验小学、护学岗志愿者"),
    ("伤害监测与数据统计组", "李娟", "卫生服务中心、社区伤害监测员张晓雯"),
    ("宣传培训组", "陈静、杨帆", "社区工作人员、安全志愿者服务队"),
    ("应急救援组", "刘志强、吴涛", "街道应急办、消防救援站、社区应急分队"),
]

NEIGH = ["锦和苑", "运河华府", "曲江名都", "红旗新村", "运河西村", "南河下小区", "锦和新村", "宝带新苑"]
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"


def anon():
    return rng.choice(SURN) + "某" + rng.choice(["", "某"])


def meeting_blocks(when, seq, host, attendees, absent, recorder, topics, decisions, place="社区二楼会议室"):
    b = [
        ("h", "一、会议基本情况"),
        f"时间：{cn_date(when)}下午2:30",
        f"地点：{place}",
        f"主持：{host}",
        f"出席：{attendees}",
    ]
    if absent:
        b.append(f"缺席：{absent}")
    b.append(f"记录：{recorder}")
    b.append(("h", "二、会议内容"))
    for i, t in enumerate(topics, 1):
        b.append(f"（{cn_num(i)}）{t}")
    b.append(("h", "三、会议议定事项"))
    for i, t in enumerate(decisions, 1):
        b.append(f"{i}. {t}")
    b.append(("r", f"锦和社区安全社区促进委员会办公室"))
    b.append(("r", cn_date(when)))
    return b


def names(ms, skip=()):
    return "、".join(n for _, n, _ in ms if n not in skip)


# --------------------------------------------------------------------------- old period (history)
def gen_history():
    f = OLD + "/"
    write_docx(f + "锦和社区安全社区创建工作规划（2018—2020年）.docx", "锦和社区安全社区创建工作规划（2018—2020年）", [
        ("h", "一、指导思想"),
        "坚持“以人为本、安全发展”理念和“安全第一、预防为主、综合治理”方针，按照《安全社区建设基本要求》（AQ/T 9001-2006），整合社区资源，全员参与，持续改进，力争用三年时间建成省级安全社区。",
        ("h", "二、创建周期与阶段"),
        "创建周期为2018年4月至2020年12月，分启动、培训宣传、调查、确定项目、项目实施、自查整档、评定、提高八个阶段实施。",
        ("h", "三、创建目标"),
        "到2020年底，社区居民伤害发生率较2017年下降10%以上；居民安全知识知晓率达到85%以上；不发生较大及以上安全事故。",
        ("h", "四、安全促进项目"),
        "初步确定老年人防跌倒、居家燃气安全、儿童安全、消防安全、交通安全五个安全促进项目。",
        ("r", "锦和社区安全社区创建工作领导小组"),
        ("r", "2018年4月10日"),
    ], "2018-04-10", kind="创建规划（历史）", elements=[], flags={"outside_period": True})

    write_pdf(f + "锦安促〔2018〕1号 关于成立锦和社区安全社区促进委员会的通知.pdf",
              "关于成立锦和社区安全社区促进委员会的通知", [
                  "各居民小组、驻区单位、各小区物业：",
                  "为扎实推进安全社区创建工作，经研究，决定成立锦和社区安全社区促进委员会，负责创建工作的组织、协调和绩效评审。委员会下设办公室，办公室设在社区居委会，陈静同志兼任办公室主任。",
                  ("h", "促进委员会组成人员"),
                  "主任：王建华（社区党委书记、居委会主任）",
                  "副主任：刘志强（街道安监中队）、陈静（社区居委会副主任）",
                  "委员：赵磊、高峰、吴涛、李娟、钱伟、顾国平、杨帆、马斌",
                  ("r", "锦和社区居民委员会"),
                  ("r", "2018年4月2日"),
              ], "2018-04-02", kind="成立通知（历史）", elements=[], flags={"outside_period": True},
              header="锦和社区居民委员会文件", docno="锦安促〔2018〕1号")

    write_docx(f + "促进委员会工作制度（2018版）.docx", "锦和社区安全社区促进委员会工作制度（2018版）", [
        "第一条 促进委员会每半年召开一次全体会议，研究部署安全社区创建工作。",
        "第二条 委员会办公室负责会议组织、记录和材料归档。",
        "第三条 各项目组每季度向办公室报送工作进展。",
        ("r", "2018年4月"),
    ], "2018-04-02", kind="工作制度（历史）", elements=[], flags={"outside_period": True})

    write_docx(f + "社区安全诊断报告（2018年）.docx", "锦和社区安全诊断报告（2018年）", [
        ("h", "一、诊断方法"),
        "采用问卷调查（发放1200份，回收1126份）、隐患排查、伤害监测、座谈会等方法开展社区安全诊断。",
        ("h", "二、主要发现"),
        "跌倒为首位伤害原因（占38.2%），其次为道路交通伤害和锐器伤；老旧小区燃气软管老化、楼道堆物现象突出；古运河沿岸亲水平台缺少防护设施。",
        ("h", "三、重点人群和场所"),
        "重点人群为60岁以上老年人（尤其独居老人）和学龄前儿童；重点场所为老旧小区楼道、校园周边道路、农贸市场和古运河沿岸。",
        ("r", "锦和社区安全社区促进委员会办公室 2018年8月15日"),
    ], "2018-08-15", kind="社区诊断报告（历史）", elements=[], flags={"outside_period": True})

    write_docx(f + "2019年第一季度促进委员会会议纪要.docx", "2019年第一季度促进委员会会议纪要",
               meeting_blocks(D("2019-03-21"), 1, "王建华", "王建华、刘志强、陈静、赵磊、吴涛、李娟、钱伟、顾国平", "",
                              "陈静", ["听取2018年创建工作总结。", "部署2019年安全促进项目实施。"],
                              ["4月底前完成老年人防跌倒项目入户评估。"]),
               "2019-03-21", kind="会议纪要（历史）", elements=[], flags={"outside_period": True})

    write_docx(f + "20190918-促进委员会第三季度会议纪要.docx", "促进委员会2019年第三季度会议纪要",
               meeting_blocks(D("2019-09-18"), 3, "王建华", "王建华、陈静、赵磊、高峰、吴涛、李娟、杨帆、马斌", "刘志强（公出）",
                              "陈静", ["通报上半年伤害监测情况。", "研究迎接市级评估准备工作。"],
                              ["10月组织一次消防疏散演练。"]),
               "2019-09-18", kind="会议纪要（历史）", elements=[], flags={"outside_period": True})

    rows = []
    d0 = D("2019-01-04")
    for i in range(48):
        d = d0 + dt.timedelta(days=7 * i + rng.randint(0, 4))
        if d.year > 2019:
            break
        cause = rng.choice(["跌倒", "跌倒", "道路交通", "锐器伤", "烧烫伤", "犬咬伤", "碰撞"])
        rows.append([i + 1, d, anon(), rng.choice(["男", "女"]), rng.randint(3, 88), rng.choice(NEIGH), cause,
                     rng.choice(["轻", "轻", "中"]), "居民报告" if rng.random() < 0.7 else "社区卫生服务中心"])
    write_xlsx(f + "伤害监测登记表（2019年）.xlsx", [dict(
        name="2019", title="锦和社区伤害登记表（2019年）", header=["序号", "日期", "姓名", "性别", "年龄", "小区", "伤害原因", "程度", "信息来源"],
        rows=rows, widths=[6, 12, 10, 6, 6, 12, 10, 6, 16])], "2019-12-31",
        kind="伤害登记表（历史）", elements=[], flags={"outside_period": True})

    write_docx(f + "2019年应急疏散演练记录.docx", "2019年锦和苑应急疏散演练记录", [
        f"演练时间：{cn_date('2019-11-08')}上午9:30",
        "演练地点：锦和苑5号楼及中心广场",
        "参加人员：居民86人，物业12人，消防站指导员2人。",
        "演练过程：模拟5号楼3楼厨房起火，物业微型消防站3分钟内到场，居民沿楼梯有序疏散，用时4分20秒。",
        "存在问题：部分老年居民对疏散路线不熟悉。",
    ], "2019-11-08", kind="演练记录（历史）", elements=[], flags={"outside_period": True})

    write_doc(f + "2020年消防疏散演练记录.doc", [
        "2020年运河华府消防疏散演练记录",
        "时间：2020年11月10日上午",
        "地点：运河华府2号楼",
        "参加人员：居民64人，物业10人",
        "演练内容：高层住宅火灾报警、初期火灾扑救、楼梯疏散",
    ], "2020-11-10", kind="演练记录（历史，旧版Word）", elements=[],
        flags={"outside_period": True, "legacy_doc": True})

    write_docx(f + "2020年儿童安全促进项目效果评估.docx", "儿童安全促进项目效果评估报告（2019—2020）", [
        ("h", "一、项目概况"),
        "2019年3月至2020年8月，儿童安全项目组在锦和幼儿园、曲江实验小学开展防烫伤、防跌落、防溺水宣传教育和家庭安全隐患入户排查。",
        ("h", "二、评估方法"),
        "对比干预前后儿童伤害登记数据和家长安全知识问卷。",
        ("h", "三、评估结果"),
        "14岁以下儿童伤害登记由2018年的31例下降至2020年1—8月的14例；家长安全知识知晓率由68%提高到87%。",
        ("h", "四、持续改进"),
        "建议下一阶段继续针对学龄前儿童居家伤害开展干预。",
        ("r", "儿童安全项目组 2020年9月25日"),
    ], "2020-09-25", kind="项目效果评估（历史）", elements=[], flags={"outside_period": True})

    write_pdf(f + "锦和社区安全社区创建工作报告（2020年8月）.pdf", "锦和社区安全社区创建工作报告", [
        ("h", "一、社区概况"),
        "锦和社区位于扬州市广陵区曲江街道，面积0.86平方公里，辖8个居民小区，常住居民4128户11260人，其中60岁以上老年人2870人。",
        ("h", "二、创建历程"),
        "2018年4月启动安全社区创建，成立促进委员会和五个项目组，2018年8月完成社区安全诊断，2019年起实施五个安全促进项目。",
        ("h", "三、创建成效"),
        "2019年伤害登记较2017年下降12.6%，居民安全知识知晓率达86.4%。",
        ("r", "锦和社区安全社区促进委员会 2020年8月"),
    ], "2020-08-20", kind="创建工作报告（历史）", elements=[], flags={"outside_period": True})

    write_pdf(f + "安全社区现场评定意见（2020年11月）.pdf", "锦和社区省级安全社区现场评定意见", [
        "2020年11月5日至6日，评定专家组对锦和社区安全社区创建工作进行了现场评定。专家组听取了工作汇报，查阅了创建档案，实地查看了锦和苑、运河华府、古运河沿岸等场所，并随机走访了居民。",
        ("h", "一、总体评价"),
        "锦和社区创建工作组织健全、项目针对性较强，基本达到《安全社区建设基本要求》，评定得分112.5分，建议予以命名。",
        ("h", "二、整改建议"),
        "1. 促进委员会成员构成中物业服务企业、辖区学校代表缺位，建议调整充实成员单位，进一步体现跨部门合作。",
        "2. 伤害监测数据主要依靠居民报告，来源单一，建议与社区卫生服务中心建立伤害监测数据共享机制，实行按月报送。",
        "3. 老年人防跌倒项目缺少干预前后对比数据，建议完善项目效果评估，量化评价干预效果。",
        "4. 燃气入户安全检查记录不够规范，建议实行ABC分类管理并建立入户检查台账，实现隐患闭环管理。",
        "5. 古运河沿岸亲水平台存在涉水安全风险，建议设置警示标识和救生设施，将涉水安全纳入安全促进项目。",
        "请社区在命名后一年内完成整改，整改情况纳入复评内容。",
        ("r", "评定专家组（签字）：张德明 沈秋云 何立群"),
        ("r", "2020年11月6日"),
    ], "2020-11-06", kind="现场评定意见（历史，含整改建议）", elements=[], also=[11, 12],
        flags={"outside_period": True, "note": "2020整改建议清单：复评时用于核查整改落实"})

    write_pdf(f + "关于命名2020年度江苏省安全社区的通知（节选）.pdf", "关于命名2020年度江苏省安全社区的通知（节选）", [
        "各设区市安委会办公室：",
        "根据《江苏省安全社区评定管理办法》，经现场评定和综合评审，决定命名扬州市广陵区曲江街道锦和社区等24个社区为“江苏省安全社区”。称号有效期五年，有效期满前应申请复评。",
        "附件：2020年度江苏省安全社区名单（节选）……扬州市：广陵区曲江街道锦和社区……",
        ("r", "江苏省安全生产委员会办公室"),
        ("r", "2020年12月15日"),
    ], "2020-12-15", kind="命名文件（历史）", elements=[], flags={"outside_period": True})

    write_jpg(f + "授牌仪式_20201228.jpg", dt.datetime(2020, 12, 28, 10, 12, 5), kind="照片（历史）", elements=[],
              flags={"outside_period": True}, scene="people")


# --------------------------------------------------------------------------- registers
INJ_QUOTA = [
    # (first day, last day, {cause: count}, falls of people aged 65+ among the 跌倒 count)
    ("2021-07-01", "2021-12-31", {"跌倒": 12, "道路交通伤": 4, "锐器伤": 4, "钝器伤/碰撞": 3, "烧烫伤": 3,
                                  "犬猫咬抓伤": 3, "运动伤": 2, "中毒": 1, "其他": 1}, 8),
    ("2022-01-01", "2022-12-31", {"跌倒": 23, "道路交通伤": 8, "锐器伤": 7, "钝器伤/碰撞": 6, "烧烫伤": 5,
                                  "犬猫咬抓伤": 6, "运动伤": 3, "中毒": 1, "电击伤": 1, "其他": 1}, 15),
    ("2023-01-01", "2023-12-31", {"跌倒": 21, "道路交通伤": 6, "锐器伤": 7, "钝器伤/碰撞": 6, "烧烫伤": 4,
                                  "犬猫咬抓伤": 6, "运动伤": 3, "中毒": 1, "其他": 2}, 13),
    ("2024-01-01", "2024-09-24", {"跌倒": 11, "道路交通伤": 4, "锐器伤": 5, "钝器伤/碰撞": 4, "烧烫伤": 3,
                                  "犬猫咬抓伤": 5, "运动伤": 2, "中毒": 1, "其他": 2}, 5),
]


def _inj_row(day, cause, age, place, neigh=None, note="", sev=None, hosp=None):
    sev = sev or rng.choices(["轻", "中", "重"], [76, 20, 4])[0]
    hosp = hosp or rng.choices(["曲江街道社区卫生服务中心", "市第一人民医院", "广陵区中医院"], [60, 28, 12])[0]
    rep = "李娟" if hosp == "曲江街道社区卫生服务中心" and day >= D("2021-09-10") else "张晓雯"
    outcome = {"轻": "处理后回家", "中": rng.choice(["门诊治疗", "留观后回家"]), "重": "住院治疗"}[sev]
    return [0, day + dt.timedelta(days=rng.randint(0, 3)), day, anon(), rng.choice(["男", "女"]), age,
            neigh or rng.choice(NEIGH), place, cause, sev, hosp, outcome, rep, note]


def injury_rows():
    """Whole-period injury register: 2021-07-01 .. 2024-09-25, then it stops (gap G3)."""
    places = {
        "跌倒": ["家中卫生间", "家中卧室", "楼道楼梯", "小区道路", "农贸市场"],
        "道路交通伤": ["运河南路", "曲江路", "小区出入口"],
        "烧烫伤": ["家中厨房", "家中"],
        "锐器伤": ["家中厨房", "工作场所"],
        "钝器伤/碰撞": ["家中", "小区健身区", "学校"],
        "犬猫咬抓伤": ["小区道路", "家中"],
        "运动伤": ["小区健身区", "学校操场", "运河步道"],
        "中毒": ["家中"],
        "电击伤": ["家中"],
        "其他": ["家中", "公共场所"],
    }
    rows = []
    for first, last, quota, old_falls in INJ_QUOTA:
        a, b = D(first), D(last)
        causes = [c for c, k in quota.items() for _ in range(k)]
        rng.shuffle(causes)
        span = (b - a).days
        days = sorted(a + dt.timedelta(days=rng.randint(0, span)) for _ in causes)
        fall_idx = [i for i, c in enumerate(causes) if c == "跌倒"]
        old_idx = set(rng.sample(fall_idx, old_falls))
        for i, (day, cause) in enumerate(zip(days, causes)):
            if cause == "跌倒":
                age = rng.randint(65, 92) if i in old_idx else rng.randint(3, 64)
            elif cause == "烧烫伤":
                age = rng.choice([rng.randint(1, 6), rng.randint(20, 80)])
            else:
                age = rng.randint(2, 85)
            place = rng.choice(places[cause])
            if cause == "道路交通伤" and D("2021-09-01") <= day <= D("2022-04-30"):
                place = "校园周边道路"
            rows.append(_inj_row(day, cause, age, place))
    # fixed rows: canal incidents (G4 context) and the 红旗新村5号楼 stair falls (2024 纠正措施)
    rows.append(_inj_row(D("2022-07-30"), "溺水（落水获救）", 9, "古运河亲水平台", "运河西村",
                         "亲水平台无护栏，路人施救", "中", "市第一人民医院"))
    rows.append(_inj_row(D("2023-08-12"), "跌落入水", 67, "古运河亲水平台", "南河下小区",
                         "台阶湿滑，晨练时滑落", "中", "广陵区中医院"))
    for day in ("2024-01-17", "2024-02-22", "2024-03-09"):
        rows.append(_inj_row(D(day), "跌倒", rng.randint(70, 88), "楼道楼梯（5号楼）", "红旗新村"))
    rows.append(_inj_row(D("2024-09-25"), "锐器伤", 46, "家中厨房"))
    rows.sort(key=lambda r: (r[2], r[1]))
    for i, r in enumerate(rows, 1):
        r[0] = i
    return rows


INJ = []
MAIN_CAUSES = ["跌倒", "道路交通伤", "锐器伤", "钝器伤/碰撞", "烧烫伤", "犬猫咬抓伤"]


def inj_stats(a, b):
    a, b = D(a), D(b)
    rows = [r for r in INJ if a <= r[2] <= b]
    by = {}
    for r in rows:
        k = r[8] if r[8] in MAIN_CAUSES else "其他"
        by[k] = by.get(k, 0) + 1
    return {
        "n": len(rows),
        "by": by,
        "old": sum(1 for r in rows if r[5] >= 65),
        "kids": sum(1 for r in rows if r[5] <= 14),
        "falls65": sum(1 for r in rows if r[5] >= 65 and r[8] == "跌倒"),
        "chc": sum(1 for r in rows if r[12] == "李娟"),
        "male": sum(1 for r in rows if r[4] == "男"),
    }


def cause_table(st, prev=None):
    head = ["原因", "例数", "构成比"] + (["较上年"] if prev else [])
    out = [head]
    for k in MAIN_CAUSES + ["其他"]:
        v = st["by"].get(k, 0)
        row = [k, str(v), f"{100 * v / st['n']:.1f}%"]
        if prev:
            dv = v - prev["by"].get(k, 0)
            row.append(f"{dv:+d}")
        out.append(row)
    return out


def pct_change(new, old):
    return f"{'下降' if new < old else '上升'}{abs(100 * (new - old) / old):.1f}%"


HZ = []


def hz_stats(a, b):
    a, b = D(a), D(b)
    rows = [r for r in HZ if a <= r[1] <= b]
    cats = {}
    for r in rows:
        cats[r[5]] = cats.get(r[5], 0) + 1
    return {"n": len(rows), "done": sum(1 for r in rows if r[12] == "已整改"), "cats": cats, "rows": rows}


def hazard_rows():
    """隐患排查整改台账 2021-07 .. 2025-06."""
    kinds = [
        ("消防", ["楼道堆放杂物", "消防栓箱内水带缺失", "灭火器压力不足", "安全出口指示灯损坏", "常闭式防火门常开"]),
        ("电动车", ["楼道内停放电动自行车", "飞线充电", "电动自行车入户充电"]),
        ("燃气", ["燃气软管老化", "燃气表前阀锈蚀", "餐饮店未装燃气报警器"]),
        ("用电", ["公共区域电线裸露", "配电箱未上锁"]),
        ("建筑设施", ["楼梯扶手松动", "单元门闭门器损坏", "外墙瓷砖空鼓脱落风险", "窨井盖破损"]),
        ("道路交通", ["小区出入口视线遮挡", "减速带损坏", "校园门口人行横道标线模糊"]),
        ("其他", ["健身器材螺丝松动", "路灯不亮", "儿童游乐设施边角锋利"]),
    ]
    rows = []
    d = D("2021-07-06")
    n = 0
    end = D("2025-06-25")
    while d <= end:
        n += 1
        cat, items = rng.choice(kinds)
        desc = rng.choice(items)
        place = rng.choice(NEIGH) + rng.choice(["1号楼", "3号楼", "5号楼", "7号楼", "中心广场", "南门", "地下车库", "2号楼"])
        typ = rng.choices(["日常巡查", "专项检查", "节前检查", "联合检查"], [55, 20, 15, 10])[0]
        level = "较大" if rng.random() < 0.06 else "一般"
        unit = {"消防": "物业服务企业", "电动车": "物业服务企业", "燃气": "燃气公司曲江服务站", "用电": "物业服务企业",
                "建筑设施": "物业服务企业", "道路交通": "交警曲江中队/社区", "其他": "社区居委会"}[cat]
        limit = d + dt.timedelta(days=7 if level == "一般" else 15)
        done = d + dt.timedelta(days=rng.randint(1, 12))
        status = "已整改"
        if d > D("2025-06-10") and rng.random() < 0.6:
            done, status = None, "整改中"
        checker = rng.choice(["陈静", "杨帆", "网格员吴敏", "网格员韩冬"])
        rows.append([n, d, typ, place, desc, cat, level, unit, "督促责任单位限期整改", limit, done,
                     checker if done else "", status])
        d += dt.timedelta(days=rng.choice([5, 6, 7, 8, 9, 10, 11]))
    return rows


def gas_rows():
    """燃气入户安全检查 ABC 分类台账 2021-10 .. 2025-05."""
    rows = []
    d = D("2021-10-12")
    end = D("2025-05-28")
    n = 0
    old_neigh = ["红旗新村", "运河西村", "南河下小区", "锦和新村"]
    while d <= end:
        for _ in range(rng.choice([1, 1, 1, 2])):
            n += 1
            neigh = rng.choice(old_neigh + ["锦和苑", "宝带新苑"])
            room = f"{rng.randint(1, 24)}-{rng.randint(1, 3)}-{rng.randint(1, 6)}0{rng.randint(1, 4)}"
            alone = "是" if rng.random() < 0.18 else "否"
            old_hose = {2021: 25, 2022: 17, 2023: 10}.get(d.year, 8)
            hose = rng.choices(["正常", "超期未更换", "老化龟裂"], [95 - old_hose, old_hose, 5 if d.year < 2023 else 2])[0]
            fire = rng.choices(["有", "无"], [80, 20])[0]
            p_alarm = {2021: 0.6, 2022: 0.85}.get(d.year, 0.95) if alone == "是" else 0.5
            alarm = "已安装" if rng.random() < p_alarm else "未安装"
            leak = rng.random() < 0.02
            probs = []
            if hose != "正常":
                probs.append("软管" + hose)
            if fire == "无":
                probs.append("灶具无熄火保护")
            if alarm == "未安装" and alone == "是":
                probs.append("独居老人未装报警器")
            if leak:
                probs.append("表前阀接口漏气")
            if leak or hose == "老化龟裂":
                cls = "C"
                act = "当场关闭表前阀，24小时内更换" if leak else "当场更换软管"
            elif probs:
                cls = "B"
                act = "下达整改告知单，限期7日整改"
            else:
                cls = "A"
                act = "发放安全用气温馨提示"
            rec = "" if cls == "A" else d + dt.timedelta(days=rng.randint(1, 7) if cls == "B" else 1)
            rows.append([n, d, neigh, room, anon(), alone, "正常", hose, fire, alarm, "；".join(probs) or "无",
                         cls, act, rec, rng.choice(["钱伟", "燃气安检员周强", "燃气安检员沈磊"]) + "/" +
                         rng.choice(["网格员吴敏", "网格员韩冬", "楼道长"])])
        d += dt.timedelta(days=rng.choice([4, 5, 6, 7, 8, 9, 10]))
    return rows


# --------------------------------------------------------------------------- 2021 H2
def gen_2021():
    f = Y21 + "/"
    write_docx(f + "20210720-2021年下半年安全社区工作计划.docx", "锦和社区2021年下半年安全社区工作计划", [
        "2020年12月，我社区被命名为江苏省安全社区。为巩固创建成果、落实评定专家组整改建议，进入持续建设阶段，现制定2021年下半年工作计划。",
        ("h", "一、工作目标"),
        "1. 7月底前完成持续建设规划编制；8月底前调整充实促进委员会及项目组。",
        "2. 9月底前与曲江街道社区卫生服务中心签订伤害监测数据共享协议。",
        "3. 10月起开展燃气入户安全检查ABC分类管理。",
        "4. 下半年召开促进委员会会议不少于2次，组织应急演练不少于2次。",
        ("h", "二、经费预算"),
        "下半年安排安全社区工作经费4.2万元，其中燃气报警器补贴1.5万元、宣传培训0.8万元、适老化改造1.2万元、演练及物资0.7万元。",
        ("r", "锦和社区安全社区促进委员会办公室"),
        ("r", cn_date("2021-07-20")),
    ], "2021-07-20", kind="年度工作计划", elements=[4], also=[1])

    write_docx(f + "锦和社区安全社区持续建设规划（2021年7月—2025年6月）（定稿）.docx",
               "锦和社区安全社区持续建设规划（2021年7月—2025年6月）", [
                   ("h", "一、规划背景"),
                   "锦和社区于2018年4月启动安全社区创建，2020年12月被命名为江苏省安全社区。按照省安委办要求，称号有效期五年，期满前申请复评。本规划覆盖2021年7月至2025年6月持续建设周期。",
                   ("h", "二、总体目标"),
                   "1. 居民伤害发生率较2020年下降10%以上，老年人跌倒伤害较2020年下降15%以上；",
                   "2. 居民安全知识知晓率保持在90%以上，满意度保持在90%以上；",
                   "3. 不发生较大及以上生产安全事故、火灾亡人事故和燃气亡人事故；",
                   "4. 2020年评定专家组提出的5条整改建议在2022年底前全部落实。",
                   ("h", "三、安全促进项目"),
                   ("t", [["项目名称", "重点人群/场所", "实施周期", "牵头项目组"],
                          ["老年人防跌倒促进项目", "60岁以上老年人", "2021.10—2025.6", "老年人安全项目组"],
                          ["燃气使用安全促进项目", "老旧小区居民、独居老人", "2021.10—2025.6", "居家燃气安全项目组"],
                          ["电动自行车充电安全促进项目", "老旧小区楼道", "2022.4—2023.12", "消防安全项目组"],
                          ["儿童居家安全促进项目", "0—6岁儿童家庭", "2022.3—2024.12", "儿童安全项目组"],
                          ["校园周边交通安全促进项目", "曲江实验小学师生", "2022.5—2024.6", "交通安全项目组"],
                          ["高层建筑消防安全促进项目", "锦和苑、运河华府、曲江名都高层住宅", "2023.3—2025.5", "消防安全项目组"]]),
                   ("h", "四、保障措施"),
                   "每年安排安全社区工作经费不少于8万元；促进委员会每季度召开一次会议；每年开展一次年度评审，形成评审报告。",
                   ("r", "锦和社区安全社区促进委员会"),
                   ("r", cn_date("2021-07-28")),
               ], "2021-07-28", kind="长期规划", elements=[4], also=[1, 5])

    write_pdf(f + "锦安促〔2021〕1号.pdf", "关于调整充实锦和社区安全社区促进委员会及项目组的通知", [
        "各居民小组、驻区单位、各小区物业服务企业：",
        "为落实2020年省级安全社区评定专家组整改建议第1条，进一步体现跨部门合作，经研究，决定调整充实锦和社区安全社区促进委员会，新增恒安物业锦和苑项目部、运河华府物业服务中心、曲江实验小学、锦和幼儿园为成员单位，并相应调整项目组。",
        ("h", "一、促进委员会组成人员"),
        ("t", [["职务", "姓名", "单位及职务"]] + [list(m) for m in M2021]),
        ("h", "二、项目组设置"),
        ("t", [["项目组", "组长", "成员单位"]] + [list(g) for g in GROUPS_2021]),
        "促进委员会下设办公室，设在社区居委会，陈静同志兼任办公室主任，负责日常工作。",
        ("r", "锦和社区安全社区促进委员会"),
        ("r", "2021年8月5日"),
    ], "2021-08-05", kind="机构调整通知", elements=[1], also=[11],
        header="锦和社区安全社区促进委员会", docno="锦安促〔2021〕1号")

    write_docx(f + "促进委员会及项目组工作制度（2021年修订）（定稿）.docx",
               "锦和社区安全社区促进委员会及项目组工作制度（2021年修订）", [
                   ("h", "一、会议制度"),
                   "（一）促进委员会全体会议每季度召开一次，由主任或主任委托的副主任主持，遇重大事项可临时召开。会议由办公室负责通知、记录，会议纪要于会后5个工作日内印发并归档。",
                   "（二）各项目组根据工作需要召开专项工作会议，研究项目实施中的问题，重要事项提交促进委员会审议。",
                   ("h", "二、职责"),
                   "（一）促进委员会负责组织开展事故与伤害风险辨识及评价，制定安全目标和计划，组织落实安全促进项目，整合社区资源，组织评审社区安全绩效。",
                   "（二）项目组负责本领域安全促进项目的策划、实施和效果评估，每个项目实施周期结束时应完成效果评估报告。",
                   ("h", "三、宣传教育与培训"),
                   "宣传培训组每季度至少组织一次面向居民的安全教育活动，每年组织一次项目组骨干培训。",
                   ("h", "四、信息报送"),
                   "伤害监测与数据统计组每月汇总伤害监测数据，每年1月完成上一年度伤害监测分析报告。",
                   ("h", "五、评审"),
                   "促进委员会每年1月对上一年度安全社区工作进行评审，形成年度评审报告，提出持续改进措施。",
                   ("r", "锦和社区安全社区促进委员会 2021年8月5日"),
               ], "2021-08-05", kind="工作制度", elements=[1], also=[6, 12])

    write_docx(f + "20210826-2021年第三季度促进委员会会议纪要.docx", "2021年第三季度促进委员会会议纪要",
               meeting_blocks(D("2021-08-26"), 3, "王建华", names(M2021, ["马斌", "高峰"]), "马斌（请假）、高峰（执勤）", "陈静", [
                   "学习《锦和社区安全社区持续建设规划（2021年7月—2025年6月）》，通报成员单位调整情况，新增物业及学校代表4名。",
                   "研究2020年评定整改建议落实分工：第1条已于8月5日发文落实；第2条由李娟牵头9月底前签订伤害监测数据共享协议；第3条由老年人安全项目组在2022年底前完成干预前后对比评估；第4条由钱伟牵头10月起实行燃气入户ABC分类管理；第5条古运河亲水平台涉水安全由陈静向街道和河道管理部门报告，协调设置警示标识和救生设施。",
                   "听取7月防汛防台应急演练情况汇报。",
               ], [
                   "9月底前完成社区安全诊断更新。",
                   "10月前制定老年人防跌倒、燃气使用安全两个项目实施方案。",
               ]), "2021-08-26", kind="会议纪要", elements=[1], also=[11, 12])

    write_docx(f + "2021年第四季度促进委员会会议纪要.docx", "促进委员会会议纪要",
               meeting_blocks(D("2021-12-10"), 4, "王建华", names(M2021, ["许芳"]), "许芳（请假）", "陈静", [
                   "听取燃气入户安全检查ABC分类管理开展情况：10月12日以来入户检查老旧小区居民，C类隐患当场处置。",
                   "听取伤害监测数据共享协议执行情况，卫生服务中心已按月报送10月、11月首诊伤害数据。",
                   "讨论2022年安全促进项目：拟新增电动自行车充电安全、儿童居家安全、校园周边交通安全三个项目。",
               ], [
                   "2022年1月完成2021年度工作评审。",
                   "陈静继续跟进古运河亲水平台警示标识设置事宜。",
               ], place="社区党群服务中心三楼"), "2021-12-10", kind="会议纪要", elements=[1], also=[12])

    write_pdf(f + "锦和社区伤害监测数据共享协议.pdf", "锦和社区伤害监测数据共享协议", [
        "甲方：锦和社区居民委员会",
        "乙方：曲江街道社区卫生服务中心",
        "为落实2020年省级安全社区评定整改建议第2条，拓宽伤害监测数据来源，双方就伤害监测数据共享达成如下协议：",
        "一、乙方在门急诊首诊环节对锦和社区居民伤害病例填写《伤害监测报告卡》，每月5日前将上月数据（脱敏）报送甲方。",
        "二、甲方设伤害监测员一名（张晓雯），负责将乙方报送数据与居民报告、网格员报告汇总录入《伤害监测登记总表》，每季度向促进委员会报告。",
        "三、双方每年1月共同完成上一年度伤害监测分析报告。",
        "四、本协议自2021年9月10日起生效，有效期至2025年12月31日。",
        ("r", "甲方（盖章）：锦和社区居民委员会    乙方（盖章）：曲江街道社区卫生服务中心"),
        ("r", "2021年9月10日"),
    ], "2021-09-10", kind="协议", elements=[9], also=[2, 11])

    inj = INJ
    write_xlsx(f + "伤害监测登记总表（2021年7月起）.xlsx", [dict(
        name="登记总表", title="锦和社区伤害监测登记总表",
        subtitle="数据来源：曲江街道社区卫生服务中心首诊伤害报告卡（月报）、居民报告、网格员报告；登记人：伤害监测员",
        header=["序号", "登记日期", "伤害发生日期", "姓名", "性别", "年龄", "居住小区", "发生地点", "伤害原因", "严重程度",
                "就诊机构", "转归", "报告人", "备注"],
        groups=[("伤者基本情况", 4, 7), ("伤害情况", 8, 10), ("就诊及报告", 11, 13)],
        rows=inj, widths=[6, 12, 12, 9, 5, 5, 11, 14, 14, 8, 22, 12, 8, 24],
        notes=["严重程度：轻=门诊处理；中=留观或多次门诊；重=住院。"])], "2024-09-30",
        kind="伤害监测登记表（全周期）", elements=[9], also=[3])

    hz = HZ
    write_xlsx(f + "隐患排查整改台账（2021-2025）.xlsx", [dict(
        name="台账", title="锦和社区安全隐患排查整改台账",
        subtitle="（2021年7月起连续登记，含日常巡查、专项检查、节前检查和联合检查）",
        header=["序号", "排查日期", "排查类型", "排查地点", "隐患描述", "隐患类别", "隐患等级", "整改责任单位", "整改措施",
                "整改期限", "整改完成日期", "复查人", "整改状态"],
        rows=hz, widths=[6, 12, 10, 18, 22, 10, 8, 18, 22, 12, 12, 10, 10])], "2025-06-28",
        kind="隐患排查整改台账", elements=[8], also=[3, 11])

    gas = gas_rows()
    write_xlsx(f + "燃气入户安全检查ABC分类台账.xlsx", [dict(
        name="入户检查", title="锦和社区燃气入户安全检查台账（ABC分类管理）",
        subtitle="分类标准：A类—无隐患；B类—存在一般隐患，下达告知单限期整改；C类—存在严重隐患，当场处置或停气整改。落实2020年评定整改建议第4条。",
        header=["序号", "检查日期", "小区", "楼-单元-室", "户主", "是否独居老人", "燃气表", "连接软管", "灶具熄火保护",
                "报警器", "存在问题", "分类", "处置情况", "复查日期", "检查人"],
        groups=[("住户信息", 3, 6), ("检查项目", 7, 10), ("检查结论", 11, 13)],
        rows=gas, widths=[6, 12, 11, 12, 9, 8, 8, 12, 10, 10, 26, 6, 26, 12, 24])], "2025-05-30",
        kind="燃气入户检查台账", elements=[8], also=[3, 5, 11])

    write_docx(f + "社区安全诊断报告（2021年9月）.docx", "锦和社区安全诊断报告（2021年9月更新）", [
        ("h", "一、诊断目的"),
        "进入持续建设阶段，对社区安全状况重新开展诊断，为2021年7月至2025年6月周期的目标和项目提供依据。",
        ("h", "二、诊断方法"),
        "1. 问卷调查：发放居民安全需求问卷1000份，回收有效问卷936份；",
        "2. 隐患排查：对8个小区开展拉网式排查，登记隐患127处；",
        "3. 伤害数据分析：分析2020年7月至2021年6月伤害登记数据；",
        "4. 座谈会：召开居民代表、物业、学校座谈会3场。",
        ("h", "三、主要发现"),
        "（一）跌倒仍为首位伤害原因，占全部伤害的37.5%，其中65岁以上老年人占跌倒伤害的71%，主要发生在家中卫生间和楼道。",
        "（二）老旧小区电动自行车楼道停放、飞线充电问题突出，排查发现楼道停放电动自行车214辆。",
        "（三）0—6岁儿童烫伤、跌落伤害占儿童伤害的52%。",
        "（四）曲江实验小学上下学时段校门口人车混行，道路交通风险高。",
        "（五）锦和苑、运河华府、曲江名都3个高层小区消防设施老化，部分消防栓无水。",
        "（六）古运河亲水平台无护栏、无救生圈，夏季儿童戏水现象多。",
        ("h", "四、重点人群、重点场所和重点问题"),
        ("t", [["类别", "内容"],
               ["重点人群", "独居及高龄老年人、0—6岁儿童、小学生"],
               ["重点场所", "老旧小区楼道、高层住宅、校园周边道路、古运河沿岸"],
               ["重点问题", "老年人跌倒、电动自行车火灾、燃气泄漏、儿童居家伤害、交通伤害、涉水安全"]]),
        ("r", "锦和社区安全社区促进委员会办公室 2021年9月28日"),
    ], "2021-09-28", kind="社区诊断报告", elements=[3], also=[4, 9])

    risk = [
        ["老旧小区楼道", "电动自行车停放充电", "火灾、窒息", 3, 4, 12, "较大", "集中充电棚、楼道清障"],
        ["居民家庭", "燃气软管老化、无熄火保护", "燃气泄漏、爆炸", 2, 5, 10, "较大", "ABC分类入户检查"],
        ["居民家庭卫生间", "地面湿滑、无扶手", "老年人跌倒", 4, 3, 12, "较大", "适老化改造"],
        ["楼道楼梯", "照明不足、扶手松动", "跌倒", 3, 3, 9, "一般", "物业整改"],
        ["高层住宅", "消防栓无水、防火门常开", "火灾蔓延", 2, 5, 10, "较大", "高层消防项目"],
        ["校园周边", "人车混行", "交通伤害", 3, 4, 12, "较大", "护学岗、交通设施"],
        ["古运河亲水平台", "无护栏、无救生设施", "溺水", 2, 5, 10, "较大", "警示标识、救生圈（待协调）"],
        ["儿童家庭", "热水、药品、窗户无防护", "烫伤、中毒、坠落", 3, 3, 9, "一般", "儿童居家安全项目"],
        ["农贸市场", "地面湿滑、电线私拉", "跌倒、触电", 2, 3, 6, "一般", "市场管理方整改"],
        ["小区健身区", "器材老化", "运动伤害", 2, 2, 4, "低", "定期检查"],
        ["沿街餐饮店", "未装燃气报警器", "燃气爆炸", 2, 5, 10, "较大", "联合检查"],
        ["地下车库", "积水、照明不足", "淹溺、跌倒", 1, 4, 4, "低", "汛前检查"],
    ]
    write_xlsx(f + "安全风险辨识评价清单（2021）.xlsx", [dict(
        name="清单", title="锦和社区安全风险辨识评价清单（2021年）",
        subtitle="评价方法：风险值R=可能性L×严重性S；R≥10为较大风险，6—9为一般风险，≤5为低风险",
        header=["场所/对象", "危险有害因素", "可能导致的伤害", "可能性L", "严重性S", "风险值R", "风险等级", "控制措施"],
        rows=risk, widths=[16, 24, 16, 8, 8, 8, 8, 24])], "2021-09-20", kind="风险辨识清单", elements=[3])

    write_pdf(f + "锦和社区突发事件综合应急预案（2021年修订）.pdf", "锦和社区突发事件综合应急预案（2021年修订）", [
        ("h", "1 总则"),
        "为有效预防和处置社区内火灾、燃气泄漏、防汛防台、公共卫生等突发事件，最大限度减少人员伤亡和财产损失，制定本预案。",
        ("h", "2 组织机构"),
        "社区成立突发事件应急处置领导小组，组长王建华，副组长刘志强、陈静；下设抢险救援、疏散引导、医疗救护、后勤保障、信息报送五个小组。社区应急分队32人，微型消防站3个。",
        ("h", "3 风险分析"),
        "主要突发事件类型：高层住宅火灾、电动自行车火灾、燃气泄漏爆炸、汛期内涝、古运河溺水、人员密集场所踩踏。",
        ("h", "4 响应程序"),
        "接警→报告（1小时内书面报告街道）→先期处置→疏散→配合专业救援→善后。",
        ("h", "5 演练"),
        "社区每年至少组织开展两次综合性应急演练，其中消防疏散演练和防汛防台演练各不少于一次；演练后形成演练记录和评估总结。",
        ("h", "6 应急物资"),
        "应急物资储备点设在社区党群服务中心一楼，清单每年更新一次。",
        ("r", "锦和社区居民委员会 2021年9月15日"),
    ], "2021-09-15", kind="应急预案", elements=[7])

    write_docx(f + "20210722-防汛防台应急演练记录.docx", "防汛防台应急演练记录", [
        ("t", [["演练名称", "2021年锦和社区防汛防台应急演练"],
               ["演练时间", cn_date("2021-07-22") + " 上午9:00—10:30"],
               ["演练地点", "红旗新村地下车库、社区应急物资储备点"],
               ["组织单位", "锦和社区居委会、曲江街道应急办"],
               ["参加人员", "社区应急分队28人、物业12人、居民志愿者20人"],
               ["演练科目", "低洼地段积水预警、地下车库车辆转移、沙袋封堵、孤寡老人转移安置"],
               ["演练过程", "9:00发布暴雨红色预警模拟信息；9:10应急分队集结；9:25完成地下车库入口沙袋封堵；9:50转移独居老人6户至社区安置点；10:20演练结束并讲评。"],
               ["演练评估", "响应迅速、分工明确；存在问题：部分沙袋存放位置距离较远，对讲机电量不足。"],
               ["改进措施", "在红旗新村增设沙袋临时存放点；建立对讲机充电检查制度。"],
               ["记录人", "陈静"]]),
    ], "2021-07-22", kind="演练记录", elements=[7])

    write_docx(f + "20211109-消防疏散演练记录.docx", "锦和苑高层住宅消防疏散演练记录", [
        f"演练时间：{cn_date('2021-11-09')}上午9:30",
        "演练地点：锦和苑12号楼（18层）",
        "参加人员：居民112人、恒安物业15人、曲江消防救援站指战员6人、社区工作人员8人。",
        "演练内容：模拟12号楼9楼住户家中电动自行车电池起火，微型消防站初期扑救，消防救援站到场处置，居民湿毛巾捂口鼻沿楼梯疏散至中心广场。",
        "演练效果：从报警到疏散完毕用时7分35秒，居民掌握了正确疏散方法；现场开展了灭火器使用体验，62名居民参与。",
        "存在问题：12号楼常闭式防火门有2处被杂物顶住处于常开状态；个别老人试图乘坐电梯。",
        "整改措施：物业当天清理防火门杂物；宣传培训组将“火灾时不乘电梯”纳入冬季消防宣传重点。",
        ("r", "记录人：陈静"),
    ], "2021-11-09", kind="演练记录", elements=[7])

    write_jpg(f + "IMG_20211109_093512.jpg", dt.datetime(2021, 11, 9, 9, 35, 12), kind="照片（演练）",
              elements=[7], scene="drill")

    write_docx(f + "老年人防跌倒促进项目实施方案（2021-2025）.docx", "锦和社区老年人防跌倒促进项目实施方案", [
        ("h", "一、项目背景"),
        "社区60岁以上老年人2870人，占常住人口25.5%，独居老人312人。2021年诊断显示跌倒占全部伤害的37.5%。2020年评定专家组指出本项目缺少干预前后对比数据（整改建议第3条）。",
        ("h", "二、项目目标"),
        "到2025年6月，老年人跌倒伤害登记例数较2020年下降15%；参与干预的老年人跌倒知识知晓率达到90%以上。",
        ("h", "三、干预措施"),
        "1. 环境改善：为高龄、独居老人家庭卫生间加装扶手、防滑垫，每年不少于20户；老旧小区楼道加装扶手和声控灯。",
        "2. 健康教育：每季度开展一次防跌倒讲座，推广平衡操。",
        "3. 风险筛查：卫生服务中心结合老年人体检开展跌倒风险评估。",
        ("h", "四、效果评估"),
        "建立干预组基线数据，每年12月对比干预前后跌倒发生情况、知晓率和居家环境改善情况，形成年度效果评估报告。",
        ("h", "五、实施单位与经费"),
        "牵头：老年人安全项目组；配合：卫生服务中心、各小区物业。每年经费约2.5万元。",
        ("r", "老年人安全项目组 2021年10月8日"),
    ], "2021-10-08", kind="项目方案", elements=[5], also=[4])

    write_docx(f + "燃气使用安全促进项目实施方案.docx", "燃气使用安全促进项目实施方案", [
        ("h", "一、项目背景"),
        "社区4个老旧小区共1860户使用管道天然气，2021年排查发现燃气软管超期、灶具无熄火保护等问题较多，独居老人用气安全风险突出。",
        ("h", "二、项目目标"),
        "三年内完成老旧小区燃气用户入户检查全覆盖，C类隐患当日处置率100%，B类隐患7日整改率95%以上；独居老人家庭燃气报警器安装率达到90%。",
        ("h", "三、干预措施"),
        "1. 实行ABC分类管理：A类无隐患，B类一般隐患限期整改，C类严重隐患当场处置，建立《燃气入户安全检查ABC分类台账》；",
        "2. 实行“主任包片、网格员包楼、楼道长包户”责任制；",
        "3. 为独居老人家庭免费安装燃气报警器；",
        "4. 开展安全用气知识入户宣传，发放温馨提示。",
        ("h", "四、效果评估"),
        "每年底统计检查覆盖率、隐患整改率、报警器安装率，2023年底开展项目效果评估。",
        ("r", "居家燃气安全项目组 2021年10月12日"),
    ], "2021-10-12", kind="项目方案", elements=[5], also=[8, 11])

    write_docx(f + "安全社区信息交流与公众号管理制度.docx", "锦和社区安全社区信息交流与微信公众号管理制度", [
        "第一条 为建立社区内信息交流与反馈渠道，及时收集、处理居民意见建议，开通“锦和安全家园”微信公众号，并设立居民意见箱和网格微信群。",
        "第二条 公众号每月至少发布安全提示信息2条，汛期、节假日前增发专题提示。",
        "第三条 居民意见建议由社区办公室登记，3个工作日内转交责任单位，15个工作日内反馈处理结果。",
        "第四条 促进委员会成员单位之间建立联络员制度，每季度通报一次工作信息。",
        "第五条 社区积极参加市、省安全社区网络交流活动，学习先进经验。",
        ("r", "锦和社区居民委员会 2021年11月3日"),
    ], "2021-11-03", kind="制度", elements=[2], also=[6])

    write_docx(f + "20211020-安全社区骨干培训记录.docx", "安全社区项目组骨干培训记录", [
        ("t", [["培训主题", "安全社区持续建设与安全促进项目管理"],
               ["时间", "2021年10月20日 14:00—17:00"],
               ["地点", "社区党群服务中心三楼会议室"],
               ["授课人", "市安全社区促进中心 沈秋云"],
               ["参加人员", "促进委员会成员、各项目组骨干、网格员，共38人"],
               ["培训内容", "1.《安全社区建设基本要求》要点；2.项目策划与效果评估方法；3.伤害监测数据分析；4.复评要求"],
               ["培训效果", "现场测试38人，平均分86分"]]),
        ("r", "记录人：陈静"),
    ], "2021-10-20", kind="培训记录", elements=[6], also=[1])

    acts = [("2021-07-09", "暑期防溺水安全教育", "中小学生", 96, "讲座"), ("2021-08-18", "老年人防跌倒健康讲座", "老年人", 48, "讲座"),
            ("2021-09-15", "中秋国庆安全用气用电宣传", "居民", 130, "现场咨询"),
            ("2021-10-20", "安全社区项目组骨干培训", "骨干", 38, "培训班"),
            ("2021-11-09", "高层住宅消防疏散及灭火器实操", "居民", 112, "实操培训"),
            ("2021-12-08", "冬季防火防一氧化碳中毒宣传", "居民", 104, "入户")]
    trn = [[i, D(d), t, who, n, how, rng.choice(["陈静", "杨帆", "吴涛", "李娟"]), "签到表、照片"]
           for i, (d, t, who, n, how) in enumerate(acts, 1)]
    write_xlsx(f + "2021年下半年安全宣传培训活动登记表.xlsx", [dict(
        name="2021下半年", title="锦和社区2021年下半年安全宣传培训活动登记表",
        header=["序号", "日期", "活动名称", "对象", "参加人数", "形式", "负责人", "佐证材料"],
        rows=trn, widths=[6, 12, 30, 12, 10, 10, 10, 16])], "2021-12-30", kind="培训登记表", elements=[6])

    write_docx(f + "档案管理制度（2021年修订）.docx", "锦和社区安全社区档案管理制度（2021年修订）", [
        "第一条 安全社区档案包括安全社区建设中形成的文件、会议纪要、台账、项目资料、照片、音像和电子文档。",
        "第二条 档案由促进委员会办公室指定专人（陈静）管理；各项目组明确一名资料员，材料形成后30日内移交办公室。",
        "第三条 档案按年度分类整理，文件材料于次年3月底前归档，编制归档文件目录。",
        "第四条 电子档案在办公室电脑和移动硬盘各保存一份，每半年备份一次。",
        "第五条 首次创建阶段（2018—2020年）档案单独存放，作为历史档案保存。",
        ("r", "锦和社区居民委员会 2021年8月5日"),
    ], "2021-08-05", kind="档案管理制度", elements=[10])


# --------------------------------------------------------------------------- 2022
def gen_2022():
    f = Y22 + "/"
    write_docx(f + "20220112-2021年度安全社区工作评审报告.docx", "锦和社区2021年度安全社区工作评审报告", [
        f"评审时间：{cn_date('2022-01-12')}",
        "评审人员：促进委员会全体成员及各项目组组长，特邀市安全社区促进中心沈秋云参加。",
        ("h", "一、目标完成情况"),
        "2021年下半年计划目标全部完成：促进委员会调整充实到位；伤害监测数据共享协议已签订并按月执行；燃气入户ABC分类管理已开展；召开促进委员会会议2次，组织应急演练2次。",
        ("h", "二、整改建议落实情况"),
        "第1、2、4条已落实；第3条（老年人防跌倒项目效果评估）计划2022年12月完成；第5条（古运河亲水平台涉水安全）已向街道和区城管局河道管理处报告，尚未落实。",
        ("h", "三、存在问题"),
        "伤害监测员对数据录入规范掌握不够；古运河亲水平台涉水安全问题协调难度大。",
        ("h", "四、改进措施"),
        "组织伤害监测员参加区疾控中心培训；2022年新增三个安全促进项目并于一季度制定方案。",
        ("r", "锦和社区安全社区促进委员会"),
    ], "2022-01-12", kind="年度评审报告", elements=[12], also=[1, 11])

    st = inj_stats("2021-07-01", "2021-12-31")
    top = sorted(st["by"].items(), key=lambda kv: -kv[1])[:3]
    write_docx(f + "2021年下半年伤害监测分析报告.docx", "锦和社区2021年下半年伤害监测分析报告", [
        f"2021年7—12月，共登记伤害病例{st['n']}例，其中卫生服务中心报告{st['chc']}例，医院就诊后由居民或网格员报告{st['n'] - st['chc']}例。",
        "伤害原因前三位：" + "、".join(f"{k}（{v}例，{100 * v / st['n']:.1f}%）" for k, v in top) + "。",
        f"65岁以上老年人伤害{st['old']}例，其中跌倒{st['falls65']}例，主要发生在家中卫生间和楼道。",
        ("t", cause_table(st)),
        "建议：继续推进老年人防跌倒适老化改造，加强校园周边交通安全干预。",
        ("r", "伤害监测与数据统计组 2022年1月20日"),
    ], "2022-01-20", kind="伤害监测分析报告", elements=[9], also=[3])

    write_docx(f + "2022年安全社区工作计划（定稿）.docx", "锦和社区2022年安全社区工作计划", [
        ("h", "一、年度目标"),
        "1. 居民伤害登记例数较2021年同期下降5%；2. 居民安全知识知晓率90%以上；3. 不发生较大及以上安全事故。",
        ("h", "二、重点工作"),
        "1. 促进委员会按季度召开会议，全年不少于4次；",
        "2. 新增电动自行车充电安全、儿童居家安全、校园周边交通安全三个促进项目；",
        "3. 组织防汛防台、消防疏散演练各1次；",
        "4. 12月完成老年人防跌倒项目年度效果评估（落实整改建议第3条）；",
        "5. 继续协调古运河亲水平台警示标识和救生设施设置。",
        ("h", "三、经费安排"),
        "全年安排经费8.6万元，其中电动自行车集中充电棚3.5万元。",
        ("r", "锦和社区安全社区促进委员会 2022年1月18日"),
    ], "2022-01-18", kind="年度工作计划", elements=[4], also=[1])

    write_docx(f + "20220316-2022年第一次促进委员会会议纪要.docx", "2022年第一次促进委员会会议纪要",
               meeting_blocks(D("2022-03-16"), 1, "王建华", names(M2021, ["高峰", "钱伟", "马斌"]),
                              "高峰、钱伟、马斌（疫情防控值守）", "陈静", [
                                  "通报3月8日锦和苑3号楼楼道电动自行车充电起火事件及纠正措施。",
                                  "审议儿童居家安全、电动自行车充电安全、校园周边交通安全三个项目实施方案（初稿）。",
                                  "部署2022年工作计划。",
                              ], [
                                  "4月上旬前三个项目方案定稿印发。",
                                  "物业配合开展楼道电动自行车清理专项行动。",
                              ], place="社区党群服务中心三楼（线上线下结合）"),
               "2022-03-16", kind="会议纪要", elements=[1])

    write_docx(f + "2022年第二次促进委员会会议纪要.docx", "锦和社区安全社区促进委员会2022年第二次会议纪要",
               meeting_blocks(D("2022-09-22"), 2, "王建华", names(M2021, ["许芳"]), "许芳（请假）", "陈静", [
                   "通报上半年因疫情防控任务较重，第二季度会议未能召开。",
                   "听取电动自行车集中充电棚建设进度、儿童居家安全入户宣传、校园周边交通文明劝导情况汇报。",
                   "听取上半年伤害监测情况：1—8月登记伤害42例，其中7月30日古运河亲水平台儿童落水1例。",
               ], [
                   "11月前完成电动自行车集中充电棚验收。",
                   "11月组织高层住宅消防疏散演练。",
                   "陈静再次书面报告街道，申请古运河亲水平台护栏和救生圈设置经费。",
               ]), "2022-09-22", kind="会议纪要", elements=[1])

    write_docx(f + "儿童居家安全促进项目实施方案.docx", "儿童居家安全促进项目实施方案", [
        ("h", "一、项目背景"),
        "社区0—6岁儿童约620人。2021年诊断显示，儿童伤害中烫伤、跌落占52%，多发生在家中厨房、阳台和卧室。",
        ("h", "二、项目目标"),
        "到2024年底，0—6岁儿童居家烫伤、跌落伤害登记例数较2021年下降20%；参与家庭的家长儿童居家安全知识知晓率达到90%。",
        ("h", "三、干预措施"),
        "1. 在锦和幼儿园开展“安全小卫士”主题教育，每学期不少于2次；",
        "2. 对有0—6岁儿童的家庭开展居家安全隐患入户排查，发放防烫伤贴、窗户限位器、插座保护盖；",
        "3. 暑期开展防溺水、防跌落宣传；",
        "4. 组织家长急救知识培训。",
        ("h", "四、评估计划"),
        "2024年12月对比干预前后儿童伤害登记数据及家长知晓率问卷，形成效果评估报告。",
        ("h", "五、实施周期"),
        "2022年3月至2024年12月。",
        ("r", "儿童安全项目组 2022年3月22日"),
    ], "2022-03-22", kind="项目方案", elements=[5])

    write_pdf(f + "锦安促〔2022〕2号.pdf", "关于锦和苑3号楼电动自行车楼道充电起火事件的通报及纠正措施", [
        "2022年3月8日凌晨1时20分，锦和苑3号楼一单元一楼楼道内一辆电动自行车充电时电池起火，楼上住户发现后报警，物业微型消防站3分钟到场扑灭，消防救援站到场后确认明火已灭。事件未造成人员伤亡，烧毁电动自行车2辆，楼道墙面熏黑。",
        ("h", "一、原因分析"),
        "1. 住户从一楼窗户飞线至楼道为电动自行车充电；2. 楼道内长期停放电动自行车，物业巡查未及时劝离；3. 小区缺少集中充电设施。",
        ("h", "二、纠正措施"),
        "1. 3月10日至31日开展老旧小区楼道电动自行车清理专项行动，由物业和网格员逐楼清理；",
        "2. 将事件列入伤害与事故登记，纳入隐患排查整改台账跟踪；",
        "3. 启动电动自行车充电安全促进项目，规划建设集中充电棚；",
        "4. 通过公众号、楼道宣传栏通报事件，开展警示教育。",
        ("h", "三、预防措施"),
        "物业每周巡查楼道，发现楼道停放、飞线充电当日劝离；网格员每月抽查。",
        ("r", "锦和社区安全社区促进委员会"),
        ("r", "2022年3月15日"),
    ], "2022-03-15", kind="事件通报与纠正措施", elements=[11], also=[8, 9],
        header="锦和社区安全社区促进委员会", docno="锦安促〔2022〕2号")

    write_docx(f + "电动自行车充电安全促进项目方案（定稿）.docx", "电动自行车充电安全促进项目方案", [
        ("h", "一、项目背景"),
        "2021年诊断发现老旧小区楼道停放电动自行车214辆；2022年3月8日锦和苑3号楼发生楼道充电起火事件。",
        ("h", "二、项目目标"),
        "2023年底前实现老旧小区楼道电动自行车停放“清零”，飞线充电现象下降90%以上，不发生电动自行车火灾亡人事故。",
        ("h", "三、干预措施"),
        "1. 在红旗新村、运河西村、锦和苑建设3处集中充电棚（共96个充电口），配备灭火器和视频监控；",
        "2. 物业每周巡查楼道，网格员每月抽查，发现问题纳入隐患台账；",
        "3. 开展“电动自行车不进楼、不飞线”承诺签名活动；",
        "4. 电梯加装电动自行车阻车系统（运河华府、曲江名都）。",
        ("h", "四、效果评估"),
        "2023年12月统计楼道停放数量、飞线充电发现次数、充电棚使用率，形成效果评估报告。",
        ("h", "五、经费"),
        "集中充电棚建设3.5万元（社区经费与物业维修资金共同承担），阻车系统由物业承担。",
        ("r", "消防安全项目组 2022年4月6日"),
    ], "2022-04-06", kind="项目方案", elements=[5])

    write_docx(f + "校园周边交通安全促进项目方案.docx", "校园周边交通安全促进项目方案", [
        ("h", "一、项目背景"),
        "曲江实验小学在校学生1260人，校门位于曲江路与运河南路交叉口附近，上下学高峰期人车混行，2021年登记校园周边道路交通伤害5例。",
        ("h", "二、项目目标"),
        "2024年6月前，校园周边上下学时段道路交通伤害“零发生”，学生交通安全知识知晓率达95%以上，家长违停现象减少50%。",
        ("h", "三、干预措施"),
        "1. 设立“护学岗”，交警、家长志愿者上下学时段值守；",
        "2. 协调施划人行横道、设置减速带和“学校区域”警示标志；",
        "3. 开展“小手拉大手”交通安全教育；",
        "4. 设置家长接送等候区。",
        ("h", "四、效果评估"),
        "2024年6月对比干预前后交通伤害例数、违停次数、知晓率，形成效果评估报告。",
        ("r", "交通安全项目组 2022年5月10日"),
    ], "2022-05-10", kind="项目方案", elements=[5])

    write_docx(f + "20220607-防汛应急演练记录.docx", "2022年防汛应急演练记录", [
        ("t", [["演练时间", cn_date("2022-06-07") + " 下午3:00"],
               ["演练地点", "运河西村低洼片区"],
               ["参加人员", "社区应急分队26人、物业8人、居民32人"],
               ["演练科目", "暴雨内涝预警发布、低洼住户转移、排涝泵启用"],
               ["演练过程", "15:00模拟发布暴雨橙色预警；15:15应急分队集结并分组；15:30转移低洼片区住户8户；15:45启用移动排涝泵；16:10演练结束。"],
               ["评估与改进", "转移用时比2021年缩短6分钟；移动排涝泵操作人员仅2人熟练，需加强培训。"]]),
        ("r", "记录人：陈静"),
    ], "2022-06-07", kind="演练记录", elements=[7])

    write_docx(f + "20220615-儿童防烫伤防跌落入户宣传活动记录.docx", "儿童防烫伤防跌落入户宣传活动记录", [
        f"活动时间：{cn_date('2022-06-15')}",
        "活动地点：锦和新村、红旗新村有0—6岁儿童的家庭",
        "参加人员：锦和幼儿园教师4人、妇联执委2人、家长志愿者6人",
        "活动内容：入户48户，排查居家安全隐患（热水瓶放置、窗户防护、药品存放、插座），发放防烫伤贴48份、窗户限位器60个、插座保护盖200个，讲解儿童烫伤紧急处理“冲、脱、泡、盖、送”五步法。",
        "发现问题：19户窗户无限位或防护栏，11户药品随意放置。",
        ("r", "儿童安全项目组"),
    ], "2022-06-15", kind="项目实施记录", elements=[5], also=[6])

    write_docx(f + "20220920-校园周边交通安全文明劝导活动记录.docx", "校园周边交通安全文明劝导活动记录", [
        f"时间：{cn_date('2022-09-20')}（开学季第三周）7:20—8:00、16:30—17:10",
        "地点：曲江实验小学校门口",
        "参加人员：交警曲江中队3人、学校教师4人、家长志愿者12人、社区工作人员2人",
        "内容：护学岗值守，劝导违停车辆27辆次，引导学生走人行横道；向家长发放《致家长的一封信》300份。",
        "另：9月已协调区交通运输局施划人行横道1处、设置减速带2条、“学校区域”标志2块。",
        ("r", "交通安全项目组"),
    ], "2022-09-20", kind="项目实施记录", elements=[5], also=[2])

    write_docx(f + "2022年11月消防疏散演练记录.docx", "运河华府高层住宅消防疏散演练记录", [
        f"演练时间：{cn_date('2022-11-16')}上午9:00",
        "演练地点：运河华府3号楼（26层）",
        "参加人员：居民96人、物业14人、曲江消防救援站指战员5人",
        "演练过程：模拟3号楼15楼住户厨房油锅起火，住户使用灭火毯处置失败后报警，微型消防站到场使用室内消火栓灭火，楼层长组织15—26层居民经防烟楼梯间疏散。",
        "演练评估：疏散用时9分10秒；发现15楼消火栓水压不足，已列入隐患台账并由物业维修。",
        ("r", "记录人：陈静"),
    ], "2022-11-16", kind="演练记录", elements=[7])

    write_pdf(f + "电动自行车集中充电棚建设验收记录.pdf", "电动自行车集中充电棚建设验收记录", [
        ("t", [["项目", "锦和社区电动自行车集中充电棚（3处）"],
               ["建设地点", "红旗新村北门、运河西村3号楼东侧、锦和苑南门"],
               ["建设规模", "充电口96个，配置智能充电桩、灭火器12具、视频监控3路、喷淋装置"],
               ["施工单位", "扬州恒安电气安装有限公司"],
               ["开工日期", "2022年8月15日"],
               ["竣工日期", "2022年10月28日"],
               ["验收日期", "2022年11月8日"],
               ["验收意见", "充电棚结构、电气线路、消防设施符合设计要求，同意投入使用。"],
               ["验收人员", "陈静（社区）、吴涛（消防站）、孙立（物业）、施工方代表"]]),
    ], "2022-11-08", kind="项目实施记录（验收）", elements=[5], also=[8])

    write_jpg(f + "电动自行车集中充电棚_20221108.jpg", dt.datetime(2022, 11, 8, 14, 2, 41), kind="照片（项目）",
              elements=[5], scene="shed", make="Xiaomi", model="M2012K11AC")

    f65 = inj_stats("2021-11-01", "2022-10-31")["falls65"]
    write_docx(f + "老年人防跌倒项目2022年度效果评估报告.docx", "老年人防跌倒促进项目2022年度效果评估报告", [
        ("h", "一、评估目的"),
        "落实2020年省级安全社区评定专家组整改建议第3条，对老年人防跌倒项目开展干预前后对比评估。",
        ("h", "二、评估方法"),
        "以2021年10月完成适老化改造及参加健康教育的126名老年人为干预组，对比干预前12个月（2020.10—2021.9）与干预后12个月（2021.11—2022.10）跌倒发生情况；开展跌倒知识问卷（干预前后各一次）。",
        ("h", "三、评估结果"),
        ("t", [["指标", "干预前", "干预后", "变化"],
               ["干预组跌倒发生人次", "21", "12", "下降42.9%"],
               ["社区65岁以上老年人跌倒伤害登记例数", "22", str(f65), pct_change(f65, 22)],
               ["跌倒预防知识知晓率", "61.9%", "88.1%", "提高26.2个百分点"],
               ["完成卫生间扶手、防滑改造户数", "—", "46户", "—"]]),
        ("h", "四、结论与改进"),
        "项目干预效果明显，达到阶段目标。下一步扩大适老化改造覆盖面，将楼道扶手加装纳入2023年计划。",
        ("r", "老年人安全项目组 曲江街道社区卫生服务中心"),
        ("r", cn_date("2022-12-20")),
    ], "2022-12-20", kind="项目效果评估", elements=[5], also=[11, 12])

    trn = []
    acts = [("2022-01-25", "春节前安全用气用电宣传", "居民", 86), ("2022-03-28", "电动自行车充电安全警示教育", "居民", 120),
            ("2022-04-20", "防跌倒健康讲座", "老年人", 54), ("2022-05-12", "防灾减灾日宣传咨询", "居民", 210),
            ("2022-06-15", "儿童居家安全入户宣传", "儿童家庭", 48), ("2022-06-16", "安全生产月宣传", "商户", 42),
            ("2022-07-08", "暑期防溺水教育", "中小学生", 180), ("2022-08-19", "燃气安全知识讲座", "老年人", 46),
            ("2022-09-05", "开学第一课交通安全", "小学生", 1260), ("2022-09-20", "校园周边交通文明劝导", "家长", 300),
            ("2022-10-28", "安全宣传进楼道", "居民", 260), ("2022-11-09", "消防宣传月灭火器使用培训", "居民", 75),
            ("2022-11-16", "高层住宅疏散逃生培训", "居民", 96), ("2022-12-06", "冬季防火防一氧化碳中毒宣传", "居民", 132),
            ("2022-12-14", "网格员隐患排查业务培训", "网格员", 18)]
    for i, (d, t, who, n) in enumerate(acts, 1):
        trn.append([i, D(d), t, who, n, rng.choice(["讲座", "入户", "现场咨询", "实操培训", "宣传栏"]),
                    rng.choice(["陈静", "杨帆", "吴涛", "李娟", "钱伟"]), "签到表、照片"])
    write_xlsx(f + "2022年安全宣传培训活动登记表.xlsx", [dict(
        name="2022", title="锦和社区2022年安全宣传培训活动登记表",
        header=["序号", "日期", "活动名称", "对象", "参加人数", "形式", "负责人", "佐证材料"],
        rows=trn, widths=[6, 12, 30, 12, 10, 10, 10, 16])], "2022-12-30", kind="培训登记表", elements=[6])

    write_txt(f + "2022年安全宣传进楼道活动情况.txt", [
        "2022年安全宣传进楼道活动情况",
        "",
        "时间：2022年10月中下旬",
        "范围：红旗新村、运河西村、锦和新村、南河下小区共46个楼道",
        "内容：更换楼道安全宣传栏46块，张贴“电动自行车不进楼”“安全用气六注意”“老年人防跌倒”宣传画，",
        "      发放《居民安全常识手册》1200册。",
        "参与：安全志愿者服务队23人，楼道长46人。",
        "反馈：收集居民意见11条，主要为楼道灯不亮、扶手松动，已转物业整改。",
        "",
        "宣传培训组  陈静",
        "二〇二二年十月二十八日",
    ], "2022-10-28", kind="宣传活动记录（GBK文本）", elements=[6], also=[2])

    vol = []
    roles = ["楼道长", "安全宣传员", "护学岗志愿者", "应急分队队员", "巡防队员", "医疗救护志愿者"]
    for i in range(1, 61):
        vol.append([i, rng.choice(SURN) + rng.choice(["建", "秀", "国", "丽", "文", "海", "玉", "明"]) +
                    rng.choice(["华", "英", "强", "芳", "平", "军", "兰", "东"]),
                    rng.choice(["男", "女"]), rng.randint(24, 72), rng.choice(NEIGH), rng.choice(roles),
                    f"1{rng.choice(['35', '39', '51', '58', '80', '88'])}****{rng.randint(1000, 9999)}",
                    rng.choice(["2018", "2019", "2020", "2021", "2022"])])
    write_csv(f + "社区安全志愿者名册（2022）.csv",
              ["序号", "姓名", "性别", "年龄", "所在小区", "志愿岗位", "联系电话", "加入年份"], vol, "2022-04-15",
              kind="志愿者名册", elements=[2])

    write_doc(f + "2022年度安全社区经费使用明细.doc", [
        "锦和社区2022年度安全社区经费使用明细",
        "一、电动自行车集中充电棚建设 35000元",
        "二、适老化改造（扶手、防滑垫）46户 13800元",
        "三、儿童居家安全用品 4600元",
        "四、宣传资料印制 8200元",
        "五、应急物资补充 6400元",
        "六、燃气报警器补贴 12500元",
        "合计 80500元",
        "编制：陈静  审核：王建华  2022年12月30日",
    ], "2022-12-30", kind="经费明细（旧版Word 97 .doc）", elements=[1],
        flags={"legacy_doc": "Word 97 binary (OLE); antiword reads it, extractors without .doc support will not"})


# --------------------------------------------------------------------------- 2023
def gen_2023():
    f = Y23 + "/"
    s22 = inj_stats("2022-01-01", "2022-12-31")
    n21 = s22["n"] + 2  # 2021 full year incl. January–June (before the register was restarted)
    write_docx(f + "20230110-2022年度安全社区工作评审报告.docx", "锦和社区2022年度安全社区工作评审报告", [
        f"评审时间：{cn_date('2023-01-10')}",
        "评审形式：促进委员会评审会，各项目组组长汇报，委员质询。",
        ("h", "一、目标完成情况"),
        f"1. 全年登记伤害病例{s22['n']}例，2021年全年{n21}例，{pct_change(s22['n'], n21)}，未完成下降5%的目标；",
        "2. 居民安全知识知晓率91.3%；未发生较大及以上安全事故；",
        "3. 三个新增安全促进项目均已启动，电动自行车集中充电棚建成投用；",
        "4. 组织防汛演练、消防疏散演练各1次。",
        ("h", "二、存在问题"),
        "1. 受疫情防控影响，全年仅召开促进委员会会议2次（3月、9月），未达到工作制度规定的每季度一次；",
        "2. 古运河亲水平台涉水安全整改建议仍未落实，7月发生儿童落水事件1起；",
        "3. 电动自行车集中充电棚建成时间晚于计划，运河西村楼道停放问题仍有反复。",
        ("h", "三、整改建议落实情况"),
        "第1—4条已全部落实（老年人防跌倒项目已于2022年12月完成干预前后对比评估）；第5条未落实，需街道协调区城管局。",
        ("h", "四、改进措施"),
        "2023年严格执行季度会议制度；启动高层建筑消防安全促进项目；继续推进第5条整改。",
        ("r", "锦和社区安全社区促进委员会"),
    ], "2023-01-10", kind="年度评审报告", elements=[12], also=[1, 11])

    write_pdf(f + "2022年伤害监测分析报告.pdf", "锦和社区2022年伤害监测分析报告", [
        ("h", "一、数据来源"),
        "曲江街道社区卫生服务中心首诊伤害报告卡（月报）、居民报告和网格员报告，均录入《伤害监测登记总表》。",
        ("h", "二、总体情况"),
        f"2022年共登记伤害{s22['n']}例，伤害发生率{1000 * s22['n'] / 11300:.1f}‰。其中男性{s22['male']}例，女性{s22['n'] - s22['male']}例；65岁以上老年人{s22['old']}例（其中跌倒{s22['falls65']}例），0—14岁儿童{s22['kids']}例。",
        ("h", "三、伤害原因"),
        ("t", cause_table(s22)),
        ("h", "四、重点问题"),
        "1. 跌倒仍居伤害原因首位，65岁以上老年人跌倒占跌倒伤害的多数；2. 7月30日古运河亲水平台发生9岁儿童落水1例（计入“其他”）；3. 3月电动自行车楼道充电起火事件1起（无人员受伤）。",
        ("h", "五、建议"),
        "继续推进适老化改造；尽快落实亲水平台护栏、救生圈设置；加强暑期儿童防溺水教育。",
        ("r", "伤害监测与数据统计组 曲江街道社区卫生服务中心"),
        ("r", "2023年1月16日"),
    ], "2023-01-16", kind="伤害监测分析报告", elements=[9], also=[3])

    write_docx(f + "2023年安全社区工作计划.docx", "锦和社区2023年安全社区工作计划", [
        ("h", "一、年度目标"),
        "居民伤害登记例数较2022年下降5%；居民安全知识知晓率92%以上；高层住宅消防设施完好率达到95%。",
        ("h", "二、重点工作"),
        "1. 严格执行促进委员会季度会议制度；",
        "2. 启动高层建筑消防安全促进项目；",
        "3. 继续实施老年人防跌倒、燃气使用安全、电动自行车充电安全、儿童居家安全、校园周边交通安全项目；",
        "4. 上半年、下半年各组织一次应急演练；",
        "5. 开展居民安全需求及满意度调查；",
        "6. 12月完成燃气使用安全、电动自行车充电安全项目效果评估。",
        ("h", "三、经费"),
        "全年安排经费9.2万元。",
        ("r", "锦和社区安全社区促进委员会 2023年2月6日"),
    ], "2023-02-06", kind="年度工作计划", elements=[4], also=[1])

    comp = [("h", "目  录"),
            "一、2023年第一季度会议纪要（3月14日）",
            "二、2023年第二季度会议纪要（6月20日）",
            "三、2023年第三季度会议纪要（9月19日，新一届促进委员会第一次会议）",
            "四、2023年第四季度会议纪要（12月21日）"]
    comp += [("h", "一、2023年第一季度会议纪要")]
    comp += meeting_blocks(D("2023-03-14"), 1, "王建华", names(M2021, ["马斌"]), "马斌（请假）", "陈静", [
        "审议通过2023年安全社区工作计划。",
        "审议高层建筑消防安全促进项目实施方案。",
        "通报2022年度评审发现的问题及整改要求。",
    ], ["3月底前印发高层建筑消防安全促进项目实施方案。", "5月组织居民安全需求及满意度调查。"])[:-2]
    comp += [("h", "二、2023年第二季度会议纪要")]
    comp += meeting_blocks(D("2023-06-20"), 2, "王建华", names(M2021, ["黄丽", "高峰"]), "黄丽、高峰（请假）", "陈静", [
        "王建华同志因工作调动即将调任曲江街道，通报促进委员会人员调整安排。",
        "听取燃气入户检查、电动自行车楼道清理情况汇报。",
        "研究上半年应急演练：因锦和苑高层消防设施改造施工，原定6月消防疏散演练推迟至下半年。",
    ], ["7月上旬印发促进委员会组成人员调整通知。", "下半年补充组织应急演练。"])[:-2]
    comp += [("h", "三、2023年第三季度会议纪要（新一届促进委员会第一次会议）")]
    comp += meeting_blocks(D("2023-09-19"), 3, "周敏", names(M2023, ["许芳"]), "许芳（请假）", "陈静", [
        "宣读锦居发〔2023〕7号通知，新任委员介绍分工。",
        "听取各项目进展，审议高层住宅消防设施排查方案。",
        "听取暑期儿童防溺水宣传及8月12日亲水平台老人滑落入水事件情况。",
    ], ["11月开展高层住宅消防设施排查及楼道清障行动。", "陈静牵头向街道提交亲水平台安全设施书面报告。"])[:-2]
    comp += [("h", "四、2023年第四季度会议纪要")]
    comp += meeting_blocks(D("2023-12-21"), 4, "周敏", names(M2023, ["钱伟"]), "钱伟（请假）", "陈静", [
        "听取燃气使用安全、电动自行车充电安全项目效果评估情况。",
        "讨论2024年工作计划思路。",
        "通报年内应急演练情况：因高层消防设施改造工期延长，下半年演练未能组织，明年一季度补训。",
    ], ["2024年1月完成2023年度评审。", "2024年4月前组织高层住宅消防疏散演练。"])[:-2]
    comp += [("r", "锦和社区安全社区促进委员会办公室 汇编"), ("r", "二〇二三年十二月二十八日")]
    write_docx(f + "2023年促进委员会会议纪要汇编.docx", "锦和社区安全社区促进委员会2023年会议纪要汇编", comp,
               "2023-12-28", kind="会议纪要汇编", elements=[1], also=[12])

    write_docx(f + "20230919-促进委员会第三季度会议纪要（新一届委员会第一次会议）.docx",
               "2023年第三季度促进委员会会议纪要（新一届促进委员会第一次会议）",
               meeting_blocks(D("2023-09-19"), 3, "周敏", names(M2023, ["许芳"]), "许芳（请假）", "陈静", [
                   "宣读锦居发〔2023〕7号通知，新任委员介绍分工。",
                   "听取各项目进展，审议高层住宅消防设施排查方案。",
                   "听取暑期儿童防溺水宣传及8月12日亲水平台老人滑落入水事件情况。",
               ], ["11月开展高层住宅消防设施排查及楼道清障行动。", "陈静牵头向街道提交亲水平台安全设施书面报告。"]),
               "2023-09-19", kind="会议纪要", elements=[1])

    write_pdf(f + "锦居发〔2023〕7号.pdf", "关于调整锦和社区安全社区促进委员会组成人员的通知", [
        "各居民小组、驻区单位、各小区物业服务企业：",
        "因人事变动，王建华同志调任曲江街道工作，赵磊、孙立、黄丽同志工作岗位调整，经研究，决定对锦和社区安全社区促进委员会组成人员进行调整。调整后名单如下：",
        ("t", [["职务", "姓名", "单位及职务"]] + [list(m) for m in M2023]),
        "项目组设置不变，儿童安全项目组组长仍由许芳同志担任，交通安全项目组副组长由朱红梅同志接任。",
        ("r", "锦和社区居民委员会"),
        ("r", "2023年7月10日"),
    ], "2023-07-10", kind="机构调整通知", elements=[1], header="锦和社区居民委员会文件", docno="锦居发〔2023〕7号")

    write_docx(f + "高层建筑消防安全促进项目实施方案.docx", "高层建筑消防安全促进项目实施方案", [
        ("h", "一、项目背景"),
        "锦和苑、运河华府、曲江名都3个高层小区共有高层住宅21栋、2380户。2021年诊断和2022年演练发现消火栓水压不足、防火门常开、楼道堆物等问题。",
        ("h", "二、项目目标"),
        "到2025年5月，高层住宅消防设施完好率达到95%以上，楼道堆物清理率100%，高层居民消防逃生知识知晓率达到90%。",
        ("h", "三、干预措施"),
        "1. 消防设施改造：更换老化消火栓箱、修复消防供水系统、防火门加装闭门器；",
        "2. 每栋楼确定1名“楼栋消防安全员”，每月巡查；",
        "3. 每年开展一次高层住宅消防设施排查和楼道清障行动；",
        "4. 每年至少组织一次高层住宅消防疏散演练。",
        ("h", "四、效果评估"),
        "2025年5月对比项目实施前后设施完好率、楼道堆物数量、居民知晓率，形成效果评估报告。",
        ("r", "消防安全项目组 2023年3月28日"),
    ], "2023-03-28", kind="项目方案", elements=[5], also=[4])

    write_docx(f + "20231115-高层住宅消防设施排查及楼道清障行动记录.docx", "高层住宅消防设施排查及楼道清障行动记录", [
        f"时间：{cn_date('2023-11-15')}至{cn_date('2023-11-24')}",
        "范围：锦和苑、运河华府、曲江名都高层住宅21栋",
        "参加人员：消防救援站5人、物业32人、楼栋消防安全员21人、网格员6人",
        ("t", [["检查项目", "检查数量", "发现问题", "已整改"],
               ["室内消火栓", "412个", "37个水压不足或配件缺失", "37"],
               ["常闭式防火门", "630樘", "58樘闭门器损坏或被顶开", "58"],
               ["楼道堆物", "21栋", "清理堆物163处", "163"],
               ["应急照明、疏散指示", "840处", "46处损坏", "41"]]),
        "未完成整改的5处疏散指示灯已列入隐患排查整改台账，由物业于12月10日前更换。",
        ("r", "消防安全项目组"),
    ], "2023-11-15", kind="项目实施记录", elements=[5], also=[8])

    write_docx(f + "2023年老年人防跌倒项目实施记录（适老化改造）.docx", "2023年老年人防跌倒项目实施记录", [
        ("h", "一、适老化改造"),
        "2023年为32户高龄、独居老人家庭加装卫生间扶手和防滑垫；在红旗新村、运河西村12个楼道加装楼梯扶手和声控灯。",
        ("h", "二、健康教育"),
        "全年开展防跌倒讲座4次（3月、6月、9月、11月），参加老年人共218人次；组织平衡操队3支，每周活动2次。",
        ("h", "三、风险筛查"),
        "卫生服务中心结合老年人体检完成跌倒风险评估1126人，筛查高风险老人87人，纳入重点随访。",
        ("t", [["改造户", "小区", "改造内容", "完成日期"],
               ["王某某", "红旗新村", "卫生间扶手2处、防滑垫", "2023-04-12"],
               ["李某", "运河西村", "卫生间扶手、床边扶手", "2023-04-18"],
               ["张某某", "锦和新村", "卫生间扶手、夜灯", "2023-05-09"],
               ["……", "……", "（共32户，详见改造清单）", "……"]]),
        ("r", "老年人安全项目组 2023年10月30日"),
    ], "2023-10-30", kind="项目实施记录", elements=[5])

    write_docx(f + "20230708-儿童暑期安全宣传活动记录.docx", "儿童暑期安全（防溺水、防跌落）宣传活动记录", [
        f"时间：{cn_date('2023-07-08')}上午",
        "地点：社区党群服务中心、古运河亲水平台",
        "对象：辖区中小学生及家长86人",
        "内容：防溺水“六不”教育、居家防坠落讲解、模拟溺水自救演示；在亲水平台张贴临时警示告示2张。",
        "说明：亲水平台永久警示牌和救生设施仍在与区城管局河道管理处协调中。",
        ("r", "儿童安全项目组"),
    ], "2023-07-08", kind="项目实施记录", elements=[5], also=[6])

    write_docx(f + "燃气使用安全促进项目效果评估报告（2023年12月）.docx", "燃气使用安全促进项目效果评估报告", [
        ("h", "一、评估范围"),
        "2021年10月至2023年11月，项目覆盖红旗新村、运河西村、南河下小区、锦和新村4个老旧小区及锦和苑、宝带新苑部分住户。",
        ("h", "二、评估结果"),
        ("t", [["指标", "目标", "实际", "结论"],
               ["老旧小区入户检查覆盖率", "100%", "96.8%", "基本达到"],
               ["C类隐患当日处置率", "100%", "100%", "达到"],
               ["B类隐患7日整改率", "≥95%", "94.1%", "基本达到"],
               ["独居老人燃气报警器安装率", "≥90%", "92.3%", "达到"],
               ["燃气事故", "0", "0", "达到"]]),
        ("h", "三、结论"),
        "项目实施后老旧小区燃气软管超期比例由2021年的27.4%下降到9.6%，未发生燃气安全事故，项目效果良好。",
        ("h", "四、持续改进"),
        "2024年起将项目纳入常态化管理，继续执行ABC分类台账，重点跟踪B类隐患复查。",
        ("r", "居家燃气安全项目组 " + cn_date("2023-12-15")),
    ], "2023-12-15", kind="项目效果评估", elements=[5], also=[12])

    h = hz_stats("2023-01-01", "2023-06-30")
    write_docx(f + "2023年上半年安全隐患排查情况报告.docx", "锦和社区2023年上半年安全隐患排查情况报告", [
        f"2023年1—6月，社区组织日常巡查、节前检查和专项检查共{h['n'] + 4}次，当场整改的轻微问题不再登记，需限期整改的隐患{h['n']}处全部登记入《隐患排查整改台账》，已整改{h['done']}处。",
        ("h", "一、主要隐患"),
        "、".join(f"{k}类{v}处" for k, v in sorted(h["cats"].items(), key=lambda kv: -kv[1])) + "。",
        ("h", "二、整改情况"),
        "锦和苑消防供水系统老化问题已纳入高层建筑消防安全促进项目统一实施改造。",
        ("h", "三、下一步"),
        "下半年重点开展高层住宅消防设施排查和冬季防火检查。",
        ("r", "锦和社区居委会 2023年7月5日"),
    ], "2023-07-05", kind="隐患排查报告", elements=[8], also=[3, 11])

    sig = []
    acts = [("2023-01-12", "春节安全用气用电宣传"), ("2023-03-15", "老年人防跌倒讲座"), ("2023-03-28", "楼栋消防安全员培训"),
            ("2023-04-26", "燃气安全知识进楼道"), ("2023-05-12", "防灾减灾日宣传"), ("2023-06-14", "老年人防跌倒讲座"),
            ("2023-06-16", "安全生产月商户培训"), ("2023-07-08", "暑期防溺水教育"), ("2023-09-01", "开学第一课交通安全"),
            ("2023-09-13", "老年人防跌倒讲座"), ("2023-10-18", "电动自行车安全宣传"), ("2023-11-09", "消防宣传月培训"),
            ("2023-11-22", "老年人防跌倒讲座"), ("2023-12-12", "冬季防火防一氧化碳中毒宣传")]
    n = 0
    for d, t in acts:
        for _ in range(rng.randint(3, 6)):
            n += 1
            sig.append([n, D(d), t, rng.choice(SURN) + rng.choice(["某", "某某"]), rng.choice(NEIGH), "已签到"])
    write_xlsx(f + "2023年安全培训签到汇总.xlsx", [dict(
        name="签到汇总", title="锦和社区2023年安全宣传培训签到汇总（抽录）",
        subtitle="说明：本表为各次活动签到表抽录，原始签到表纸质存档",
        header=["序号", "日期", "活动名称", "姓名", "小区", "签到"], rows=sig, widths=[6, 12, 28, 10, 12, 8])],
        "2023-12-29", kind="培训签到汇总", elements=[6])

    mats = [["灭火器（4kg干粉）", "具", 60, "社区储备点", "2023-05-10"], ["灭火毯", "条", 40, "社区储备点", "2023-05-10"],
            ["沙袋", "个", 800, "红旗新村临时存放点/储备点", "2023-05-10"], ["移动排涝泵", "台", 2, "储备点", "2022-06-01"],
            ["救生衣", "件", 20, "储备点", "2023-05-10"], ["应急照明灯", "个", 30, "储备点", "2023-05-10"],
            ["对讲机", "部", 12, "社区办公室", "2021-08-01"], ["急救箱", "个", 8, "储备点/各物业", "2023-05-10"],
            ["担架", "副", 4, "储备点", "2021-08-01"], ["防毒面具", "个", 50, "储备点", "2023-05-10"],
            ["警戒带", "卷", 20, "储备点", "2023-05-10"], ["雨衣雨靴", "套", 40, "储备点", "2023-05-10"]]
    rows = [[i + 1] + m[:3] + [m[3], D(m[4]), "完好"] for i, m in enumerate(mats)]
    write_xlsx(f + "应急物资储备清单（2023年更新）.xlsx", [dict(
        name="物资", title="锦和社区应急物资储备清单（2023年5月更新）",
        header=["序号", "物资名称", "单位", "数量", "存放地点", "购置/补充日期", "状态"], rows=rows,
        widths=[6, 20, 6, 8, 24, 14, 8])], "2023-05-10", kind="应急物资清单", elements=[7])

    write_pdf(f + "居民安全需求及满意度调查报告（2023）.pdf", "锦和社区居民安全需求及满意度调查报告（2023年）", [
        ("h", "一、调查概况"),
        "2023年5月至6月，采用分层随机抽样，在8个小区发放问卷800份，回收有效问卷762份，有效率95.3%。",
        ("h", "二、主要结果"),
        "1. 居民安全知识总体知晓率92.6%，较2021年提高3.1个百分点；",
        "2. 对社区安全状况满意度93.4%；",
        "3. 居民最关注的安全问题依次为：电动自行车充电（41.2%）、老年人跌倒（36.5%）、高层火灾（29.8%）、古运河涉水安全（22.7%）、校园周边交通（18.4%）；",
        "4. 62.1%的受访者知道“锦和安全家园”公众号。",
        ("h", "三、建议"),
        "加快古运河亲水平台安全设施建设；继续加强高层住宅消防安全管理。",
        ("r", "锦和社区安全社区促进委员会办公室 2023年11月20日"),
    ], "2023-11-20", kind="调查报告", elements=[3], also=[2, 12])

    write_txt(f + "卫生服务中心伤害月报接收记录（2023年）.txt", [
        "卫生服务中心伤害月报接收记录（2023年）",
        "月份  接收日期     报送例数  接收人   备注",
        "1月   2023-02-03   4        张晓雯",
        "2月   2023-03-06   3        张晓雯",
        "3月   2023-04-04   5        张晓雯",
        "4月   2023-05-05   4        张晓雯",
        "5月   2023-06-05   6        张晓雯",
        "6月   2023-07-04   4        张晓雯",
        "7月   2023-08-03   5        张晓雯",
        "8月   2023-09-05   7        张晓雯   含亲水平台落水1例（居民报告补录）",
        "9月   2023-10-09   4        张晓雯   国庆假期顺延",
        "10月  2023-11-03   3        张晓雯",
        "11月  2023-12-05   5        张晓雯",
        "12月  2024-01-04   4        张晓雯",
        "",
        "全年12个月月报均按协议接收并录入伤害监测登记总表。",
    ], "2024-01-04", kind="伤害月报接收记录（GBK文本）", elements=[9])

    fund = [[2021, "下半年", "燃气报警器补贴", 15000, "社区经费"], [2021, "下半年", "宣传培训", 8000, "社区经费"],
            [2021, "下半年", "适老化改造", 12000, "社区经费"], [2021, "下半年", "演练及应急物资", 7000, "街道拨付"],
            [2022, "全年", "电动自行车集中充电棚", 35000, "社区经费+物业维修资金"], [2022, "全年", "适老化改造", 13800, "社区经费"],
            [2022, "全年", "儿童居家安全用品", 4600, "社区经费"], [2022, "全年", "宣传资料", 8200, "社区经费"],
            [2022, "全年", "应急物资", 6400, "街道拨付"], [2022, "全年", "燃气报警器补贴", 12500, "社区经费"],
            [2023, "全年", "高层消防设施改造（社区配套部分）", 28000, "社区经费+物业维修资金"],
            [2023, "全年", "适老化改造", 16000, "社区经费"], [2023, "全年", "宣传培训", 9500, "社区经费"],
            [2023, "全年", "应急物资补充", 11200, "街道拨付"], [2023, "全年", "满意度调查", 6000, "社区经费"],
            [2023, "全年", "儿童居家安全用品", 5300, "社区经费"]]
    rows = [[i + 1] + r for i, r in enumerate(fund)]
    write_xlsx(f + "安全社区经费投入台账（2021-2023）.xlsx", [dict(
        name="经费", title="锦和社区安全社区经费投入台账（2021年7月—2023年12月）",
        header=["序号", "年度", "期间", "用途", "金额（元）", "资金来源"], rows=rows, widths=[6, 8, 8, 34, 12, 22],
        notes=["合计：" + str(sum(r[3] for r in fund)) + "元"])], "2023-12-30", kind="经费台账", elements=[1])


# --------------------------------------------------------------------------- 2024
def gen_2024():
    f = Y24 + "/"
    s22 = inj_stats("2022-01-01", "2022-12-31")
    s23 = inj_stats("2023-01-01", "2023-12-31")
    s24 = inj_stats("2024-01-01", "2024-09-30")
    write_docx(f + "20240115-2023年度安全社区工作评审报告.docx", "锦和社区2023年度安全社区工作评审报告", [
        f"评审时间：{cn_date('2024-01-15')}",
        "评审人员：促进委员会成员13人、各项目组组长，特邀区应急管理局安全社区工作负责人。",
        ("h", "一、目标完成情况"),
        f"1. 全年登记伤害病例{s23['n']}例，较2022年{pct_change(s23['n'], s22['n'])}，完成下降5%的目标；",
        "2. 居民安全知识知晓率92.6%，满意度93.4%；",
        "3. 高层住宅消防设施完好率由78%提升到93%；",
        "4. 促进委员会全年召开会议4次，会议纪要已汇编归档。",
        ("h", "二、存在问题"),
        "1. 因锦和苑高层消防设施改造施工期延长，2023年全年未组织应急演练，未达到预案规定的每年至少两次；",
        "2. 古运河亲水平台安全设施仍未设置，8月发生老人滑落入水1例；",
        "3. 儿童居家安全项目实施记录较多，但缺少阶段性效果数据。",
        ("h", "三、改进措施"),
        "1. 2024年二季度前组织消防疏散和防汛演练各一次；2. 促进委员会主任周敏牵头向街道专题汇报亲水平台问题；3. 儿童安全项目组按方案在2024年12月完成效果评估。",
        ("r", "锦和社区安全社区促进委员会"),
    ], "2024-01-15", kind="年度评审报告", elements=[12], also=[1, 7, 11])

    write_docx(f + "2023年伤害监测分析报告.docx", "锦和社区2023年伤害监测分析报告", [
        ("h", "一、数据来源"),
        "2023年1—12月曲江街道社区卫生服务中心伤害月报（12个月全部按时报送）、居民报告、网格员报告。",
        ("h", "二、总体情况"),
        f"2023年共登记伤害{s23['n']}例，较2022年{pct_change(s23['n'], s22['n'])}，伤害发生率{1000 * s23['n'] / 11350:.1f}‰。65岁以上老年人{s23['old']}例（其中跌倒{s23['falls65']}例），0—14岁儿童{s23['kids']}例。",
        ("h", "三、伤害原因构成"),
        ("t", cause_table(s23, s22)),
        "注：“其他”含8月12日古运河亲水平台跌落入水1例。",
        ("h", "四、分析"),
        f"65岁以上老年人跌倒伤害{s23['falls65']}例，较2022年（{s22['falls65']}例）减少；校园周边道路交通伤害为0；8月12日古运河亲水平台发生老人滑落入水1例，涉水安全隐患依然存在。",
        ("h", "五、建议"),
        "继续扩大适老化改造；落实亲水平台安全设施；加强犬只管理宣传。",
        ("r", "伤害监测与数据统计组"),
        ("r", cn_date("2024-01-22")),
    ], "2024-01-22", kind="伤害监测分析报告", elements=[9], also=[3])

    write_docx(f + "电动自行车充电安全促进项目效果评估报告.docx", "电动自行车充电安全促进项目效果评估报告", [
        ("h", "一、项目实施周期"),
        "2022年4月至2023年12月。",
        ("h", "二、评估方法"),
        "对比项目实施前（2022年3月）与实施后（2023年12月）楼道电动自行车停放数量、飞线充电发现次数、集中充电棚使用率和相关火灾事件。",
        ("h", "三、评估结果"),
        ("t", [["指标", "实施前", "实施后", "变化"],
               ["老旧小区楼道停放电动自行车（辆）", "214", "9", "下降95.8%"],
               ["月均发现飞线充电（次）", "23", "2", "下降91.3%"],
               ["集中充电棚月均使用率", "—", "81.5%", "—"],
               ["电动自行车火灾事件（起）", "1", "0", "—"]]),
        ("h", "四、结论"),
        "项目目标基本实现。楼道停放尚未完全“清零”，主要集中在运河西村，2024年纳入日常巡查。",
        ("h", "五、持续改进"),
        "项目转入常态化管理，由物业每周巡查，网格员每月抽查，数据纳入隐患排查整改台账。",
        ("r", "消防安全项目组"),
        ("r", cn_date("2023-12-28")),
    ], "2023-12-28", kind="项目效果评估（归入2024年卷）", elements=[5], also=[12],
        flags={"filed_in_other_year": "dated 2023-12-28, filed in 2024年"})

    write_docx(f + "2024年安全社区工作计划（定稿）.docx", "锦和社区2024年安全社区工作计划", [
        ("h", "一、年度目标"),
        "居民伤害登记例数较2023年下降5%；居民安全知识知晓率93%以上；校园周边交通伤害“零发生”。",
        ("h", "二、重点工作"),
        "1. 促进委员会每季度召开一次会议；",
        "2. 4月组织高层住宅消防疏散演练、6月组织防汛防台演练（补齐2023年演练缺项）；",
        "3. 6月完成校园周边交通安全项目效果评估，12月完成老年人防跌倒、儿童居家安全项目效果评估；",
        "4. 修订档案管理制度，规范电子档案备份；",
        "5. 继续推动古运河亲水平台安全设施设置；",
        "6. 做好2025年复评准备。",
        ("h", "三、经费"),
        "全年安排经费8.8万元。",
        ("r", "锦和社区安全社区促进委员会 2024年2月1日"),
    ], "2024-02-01", kind="年度工作计划", elements=[4], also=[1])

    write_docx(f + "2024年第一季度促进委员会会议纪要.docx", "2024年第一季度促进委员会会议纪要",
               meeting_blocks(D("2024-03-21"), 1, "周敏", names(M2023, ["高峰"]), "高峰（执勤）", "陈静", [
                   "通报2023年度评审结果，部署2024年工作计划。",
                   "研究4月高层住宅消防疏散演练方案。",
                   "听取伤害监测工作情况。",
               ], ["4月12日在锦和苑组织消防疏散演练。", "6月底前完成校园周边交通安全项目效果评估。"]),
               "2024-03-21", kind="会议纪要", elements=[1])

    write_docx(f + "20240625-2024年第二季度促进委员会会议纪要.docx", "2024年第二季度促进委员会会议纪要",
               meeting_blocks(D("2024-06-25"), 2, "周敏", names(M2023, ["马斌", "许芳"]), "马斌、许芳（请假）", "陈静", [
                   "听取校园周边交通安全项目效果评估报告。",
                   "听取4月消防疏散演练总结，部署6月28日防汛防台演练。",
                   "周敏通报向街道专题汇报古运河亲水平台问题情况：区城管局答复亲水平台改造纳入古运河沿线整治计划，时间未定。",
               ], ["6月28日组织防汛防台演练。", "8月开展安全隐患专项排查整治行动。"]),
               "2024-06-25", kind="会议纪要", elements=[1])

    write_docx(f + "2024年第三季度促进委员会会议纪要.docx", "锦和社区安全社区促进委员会会议纪要",
               meeting_blocks(D("2024-09-26"), 3, "周敏", names(M2023, ["钱伟"]), "钱伟（请假）", "陈静", [
                   "听取8月安全隐患专项排查整治行动情况汇报。",
                   "伤害监测员张晓雯同志10月起调至街道网格化服务管理中心，研究伤害监测工作交接。",
                   "研究复评准备工作。",
               ], ["社区办公室10月底前明确新的伤害监测员，做好数据交接。", "11月完成预防与纠正措施实施情况梳理。"]),
               "2024-09-26", kind="会议纪要", elements=[1])

    write_pdf(f + "锦安促会纪〔2024〕4号.pdf", "锦和社区安全社区促进委员会2024年第四季度会议纪要", [
        f"{cn_date('2024-12-18')}下午，周敏同志主持召开促进委员会2024年第四季度会议，刘志强、陈静、孙浩、高峰、吴涛、李娟、钱伟、蒋春、郑海、朱红梅、许芳、顾国平、杨帆出席，马斌请假。",
        ("h", "一、会议听取了各项目组2024年工作汇报"),
        "老年人防跌倒项目完成年度效果评估；高层建筑消防安全项目消防设施完好率达到95.6%；儿童居家安全项目实施周期已于12月结束。",
        ("h", "二、会议审议了《锦和社区安全社区复评工作方案》"),
        "明确复评周期为2021年7月至2025年6月，2025年6月完成自评报告。",
        ("h", "三、会议议定"),
        "1. 2024年度工作评审安排在2025年一季度进行；2. 儿童安全项目组尽快完成项目效果评估；3. 伤害监测员人选尽快落实，补录10月以来数据。",
        ("r", "锦和社区安全社区促进委员会办公室"),
        ("r", "2024年12月18日"),
    ], "2024-12-18", kind="会议纪要（文号命名）", elements=[1], also=[12],
        header="锦和社区安全社区促进委员会", docno="锦安促会纪〔2024〕4号")

    write_docx(f + "20240412-高层住宅消防疏散演练记录.docx", "锦和苑高层住宅消防疏散演练记录", [
        ("t", [["演练名称", "2024年锦和苑高层住宅消防疏散演练"],
               ["时间", cn_date("2024-04-12") + " 上午9:30—11:00"],
               ["地点", "锦和苑8号楼（18层）"],
               ["参加人员", "居民138人、恒安物业16人、曲江消防救援站7人、楼栋消防安全员21人"],
               ["演练科目", "火灾报警、微型消防站初期处置、防烟楼梯间疏散、老弱病残人员协助疏散、灭火器实操"],
               ["演练过程", "9:30模拟8号楼11楼住户电动自行车电池起火；9:33微型消防站到场；9:40消防救援站到场；9:52居民疏散完毕（用时22分钟含高层老人协助），10:10—11:00灭火器、灭火毯实操。"],
               ["评估", "改造后消火栓水压正常，防火门均处于常闭状态；疏散秩序良好。"],
               ["存在问题", "2名行动不便老人需物业上门协助，协助预案不完善。"],
               ["改进措施", "建立高层住宅行动不便人员名册及“一对一”结对协助疏散机制。"]]),
        ("r", "记录人：陈静"),
    ], "2024-04-12", kind="演练记录", elements=[7])

    write_jpg(f + "DSC_0412.jpg", dt.datetime(2024, 4, 12, 9, 48, 30), kind="照片（演练）", elements=[7],
              scene="drill", make="NIKON CORPORATION", model="NIKON D7500")

    write_pdf(f + "2024年防汛防台应急演练总结.pdf", "2024年锦和社区防汛防台应急演练总结", [
        f"{cn_date('2024-06-28')}，社区联合曲江街道应急办在运河西村、红旗新村组织防汛防台应急演练。社区应急分队30人、物业10人、居民志愿者26人参加。",
        "演练模拟台风“贝碧嘉”外围影响带来强降雨，地下车库进水、低洼住户受淹，依次开展预警发布、沙袋封堵、车辆转移、人员转移安置和排涝泵抽排。",
        "演练评估：预警信息通过网格微信群、公众号、广播在15分钟内覆盖全部小区；转移安置独居老人7户；移动排涝泵操作熟练人员增至6人。",
        "改进：在运河西村地下车库入口加装挡水板；汛期前检查排涝泵。",
        ("r", "锦和社区居民委员会"),
        ("r", "2024年6月29日"),
    ], "2024-06-29", kind="演练总结", elements=[7])

    school0 = sum(1 for r in INJ if r[7] == "校园周边道路" and D("2021-09-01") <= r[2] <= D("2022-04-30"))
    school1 = sum(1 for r in INJ if r[7] == "校园周边道路" and D("2023-09-01") <= r[2] <= D("2024-06-30"))
    write_docx(f + "校园周边交通安全促进项目效果评估报告.docx", "校园周边交通安全促进项目效果评估报告", [
        ("h", "一、评估期间"),
        "项目实施期2022年5月至2024年6月，对比基线期2021年9月—2022年4月与2023年9月—2024年6月。",
        ("h", "二、评估结果"),
        ("t", [["指标", "基线", "评估期", "结论"],
               ["校园周边道路交通伤害（例）", str(school0), str(school1), "达到“零发生”目标"],
               ["上下学高峰家长违停（辆次/日）", "38", "14", "下降63.2%"],
               ["学生交通安全知识知晓率", "82.4%", "96.1%", "达到目标"],
               ["护学岗志愿者（人）", "0", "24", "—"]]),
        ("h", "三、结论与改进"),
        "项目目标全部实现。护学岗转为学校和社区常态化机制；下一步在曲江路增设行人过街信号灯（已报区交通运输局）。",
        ("r", "交通安全项目组 " + cn_date("2024-06-20")),
    ], "2024-06-20", kind="项目效果评估", elements=[5], also=[12])

    write_docx(f + "老年人防跌倒促进项目效果评估（2024年度）.docx", "老年人防跌倒促进项目2024年度效果评估", [
        ("h", "一、评估方法"),
        "对比2020年（基线）与2024年1—9月社区65岁以上老年人跌倒伤害登记数据；对2024年新纳入干预的58名老人开展干预前后知识问卷。",
        ("h", "二、评估结果"),
        ("t", [["指标", "基线（2020年）", "2024年", "结论"],
               ["65岁以上老年人跌倒伤害登记（例）", "17", f"{s24['falls65']}（1—9月）", f"按全年折算{pct_change(s24['falls65'] * 4 / 3, 17)}"],
               ["跌倒预防知识知晓率", "61.9%", "91.4%", "达到目标"],
               ["累计完成适老化改造户数", "—", "102户", "—"]]),
        "说明：2024年10月起伤害监测登记中断，第四季度数据暂缺，本评估仅使用1—9月数据。",
        ("h", "三、结论"),
        "项目效果持续，已达到规划目标。",
        ("r", "老年人安全项目组 " + cn_date("2024-12-16")),
    ], "2024-12-16", kind="项目效果评估", elements=[5], also=[9, 12])

    write_docx(f + "20240716-儿童暑期居家安全入户指导记录.docx", "儿童暑期居家安全入户指导记录", [
        f"时间：{cn_date('2024-07-16')}至{cn_date('2024-07-19')}",
        "对象：锦和苑、运河华府、宝带新苑有0—6岁儿童家庭",
        "人员：锦和幼儿园教师3人、家长志愿者8人、社区工作人员2人",
        "内容：入户62户，检查窗户防护、阳台攀爬物、热水器温度设置、药品和清洁剂存放；为23户安装窗户限位器，发放儿童安全手册62册。",
        "发现问题：仍有9户阳台堆放可攀爬杂物，已现场劝导清理。",
        ("r", "儿童安全项目组"),
    ], "2024-07-16", kind="项目实施记录", elements=[5], also=[6])

    trn = []
    acts = [("2024-01-26", "春节前安全用气用电宣传", "居民", 92), ("2024-03-20", "老年人防跌倒讲座", "老年人", 58),
            ("2024-04-12", "高层住宅灭火器实操", "居民", 138), ("2024-05-11", "防灾减灾日宣传", "居民", 230),
            ("2024-06-14", "安全生产月商户培训", "商户", 47), ("2024-06-19", "老年人防跌倒讲座", "老年人", 52),
            ("2024-07-05", "暑期防溺水教育", "中小学生", 160), ("2024-07-16", "儿童居家安全入户指导", "儿童家庭", 62),
            ("2024-09-02", "开学第一课交通安全", "小学生", 1290), ("2024-09-18", "老年人防跌倒讲座", "老年人", 49),
            ("2024-10-23", "电动自行车安全宣传", "居民", 110), ("2024-11-08", "消防宣传月培训", "居民", 86),
            ("2024-11-27", "楼栋消防安全员复训", "楼栋安全员", 21), ("2024-12-10", "冬季防火防一氧化碳中毒宣传", "居民", 120)]
    for i, (d, t, who, n) in enumerate(acts, 1):
        trn.append([i, D(d), t, who, n, rng.choice(["讲座", "入户", "现场咨询", "实操培训"]),
                    rng.choice(["陈静", "杨帆", "吴涛", "李娟", "钱伟"]), "签到表、照片"])
    write_xlsx(f + "2024年安全宣传培训活动登记表.xlsx", [dict(
        name="2024", title="锦和社区2024年安全宣传培训活动登记表",
        header=["序号", "日期", "活动名称", "对象", "参加人数", "形式", "负责人", "佐证材料"],
        rows=trn, widths=[6, 12, 30, 12, 10, 10, 10, 16])], "2024-12-30", kind="培训登记表", elements=[6])

    m = hz_stats("2024-08-01", "2024-08-31")["n"]
    write_docx(f + "2024年安全隐患专项排查整治行动报告.docx", "锦和社区2024年安全隐患专项排查整治行动报告", [
        "根据街道统一部署，2024年8月1日至8月30日，社区联合派出所、消防救援站、燃气公司和物业开展安全隐患专项排查整治行动。",
        ("h", "一、排查情况"),
        "检查沿街商铺186家、居民楼道92个、高层住宅21栋、电动自行车充电棚3处，发现隐患73处。",
        ("h", "二、整治情况"),
        f"当场整改{73 - m}处；需限期整改的{m}处登记入《隐患排查整改台账》，其中沿街餐饮店燃气报警器未安装问题下达整改通知书，9月复查已整改。",
        ("h", "三、长效措施"),
        "建立商铺“一店一档”；充电棚每月检查；楼道每周巡查。",
        ("r", "锦和社区居委会 2024年8月30日"),
    ], "2024-08-30", kind="隐患排查报告", elements=[8], also=[11])

    write_docx(f + "档案管理制度（2024年修订）.docx", "锦和社区安全社区档案管理制度（2024年修订）", [
        "第一条 为规范安全社区档案管理，迎接2025年复评，依据《归档文件整理规则》（DA/T 22-2015）修订本制度。",
        "第二条 安全社区档案按“年度—问题”分类，复评周期档案按2021下半年、2022年、2023年、2024年、2025上半年分卷，首次创建阶段档案单独作为历史档案保存。",
        "第三条 归档文件逐件编号，编制归档文件目录，目录设序号、文号、责任者、题名、日期、页数、备注。",
        "第四条 档案专管员：陈静；各项目组资料员每季度末向办公室移交材料。",
        "第五条 电子档案每季度备份一次，备份介质异地存放于街道应急办。",
        ("r", "锦和社区居民委员会 2024年5月8日"),
    ], "2024-05-08", kind="档案管理制度", elements=[10])

    write_docx(f + "2024年预防与纠正措施实施记录.docx", "锦和社区2024年预防与纠正措施实施记录", [
        ("t", [["序号", "问题来源", "问题描述", "纠正/预防措施", "责任单位", "完成时间", "验证"],
               ["1", "伤害监测", "红旗新村5号楼楼梯1—3月发生老人跌倒3例", "加装楼梯双侧扶手、防滑条，更换声控灯", "物业、老年人安全项目组", "2024-04-20", "4—9月该楼道未再发生跌倒"],
               ["2", "演练评估", "高层行动不便人员疏散无协助预案", "建立名册，实行一对一结对", "消防安全项目组", "2024-05-30", "6月抽查结对落实"],
               ["3", "专项排查", "沿街餐饮店燃气报警器未安装", "下达整改通知书并复查", "燃气项目组", "2024-09-10", "复查已安装"],
               ["4", "居民意见", "运河西村地下车库入口汛期进水", "加装挡水板", "物业", "2024-07-15", "7月暴雨未进水"],
               ["5", "年度评审", "2023年未组织应急演练", "2024年组织演练2次", "应急救援组", "2024-06-28", "已完成"]]),
        ("r", "锦和社区安全社区促进委员会办公室 2024年11月20日"),
    ], "2024-11-20", kind="预防与纠正措施记录", elements=[11], also=[9])

    write_docx(f + "20241018-参加省安全社区建设推进会交流材料.docx", "参加全省安全社区建设推进会情况报告", [
        f"{cn_date('2024-10-17')}至{cn_date('2024-10-18')}，社区党委书记周敏、安全社区专干陈静参加全省安全社区建设推进会暨经验交流会（南京）。",
        "会上学习了苏州、常州等地安全社区在电动自行车管理、老年人防跌倒方面的经验，社区作了题为《小区“充电棚”解决大难题》的书面交流。",
        "会后在促进委员会第四季度会议上传达了会议精神，并将“智慧烟感+独居老人关爱”做法列入2025年工作考虑。",
        ("r", "锦和社区安全社区促进委员会办公室 2024年10月21日"),
    ], "2024-10-21", kind="交流活动记录", elements=[2])


# --------------------------------------------------------------------------- 2025 H1
def gen_2025():
    f = Y25 + "/"
    s24 = inj_stats("2024-01-01", "2024-09-30")
    write_docx(f + "2024年伤害监测分析报告（1-9月）.docx", "锦和社区2024年伤害监测分析报告", [
        ("h", "一、数据说明"),
        "2024年1—9月数据来自卫生服务中心伤害月报、居民报告和网格员报告。因伤害监测员张晓雯同志10月起调离，新监测员尚未到岗，10—12月卫生服务中心月报未能录入《伤害监测登记总表》，本报告仅分析1—9月数据，第四季度数据待补录后另行补充。",
        ("h", "二、总体情况"),
        f"2024年1—9月共登记伤害{s24['n']}例，65岁以上老年人{s24['old']}例（其中跌倒{s24['falls65']}例），0—14岁儿童{s24['kids']}例。",
        ("h", "三、伤害原因"),
        ("t", cause_table(s24)),
        ("h", "四、建议"),
        "尽快落实伤害监测员，完成2024年10月以来数据补录，恢复按月登记。",
        ("r", "伤害监测与数据统计组"),
        ("r", cn_date("2025-01-20")),
    ], "2025-01-20", kind="伤害监测分析报告", elements=[9], also=[3])

    write_docx(f + "2025年第一季度促进委员会会议纪要.docx", "2025年第一季度促进委员会会议纪要",
               meeting_blocks(D("2025-03-20"), 1, "周敏", names(M2023, ["孙浩"]), "孙浩（执勤）", "陈静", [
                   "部署复评迎检工作，学习复评工作方案。",
                   "2024年度工作评审因社区换届选举及人员调整暂未开展，会议决定不再单独组织，结合复评自评一并进行。",
                   "社区办公室尚未制定2025年度安全社区工作计划，会议要求结合复评工作方案尽快制定。",
                   "伤害监测员人选仍未落实，由李娟同志所在卫生服务中心暂时保存月报原件。",
               ], ["4月印发复评迎检工作通知。", "5月完成高层建筑消防安全促进项目效果评估。", "5月12日组织防灾减灾日应急疏散演练。"]),
               "2025-03-20", kind="会议纪要", elements=[1], also=[12])

    write_docx(f + "20250612-2025年第二季度促进委员会会议纪要.docx", "2025年第二季度促进委员会会议纪要",
               meeting_blocks(D("2025-06-12"), 2, "周敏", names(M2023), "", "陈静", [
                   "审议《锦和社区安全社区复评自评报告（征求意见稿）》。",
                   "听取高层建筑消防安全促进项目效果评估报告。",
                   "通报伤害监测登记补录工作尚未完成。",
               ], ["6月20日前自评报告定稿。", "6月18日组织防汛应急演练。"]),
               "2025-06-12", kind="会议纪要", elements=[1], also=[12])

    write_pdf(f + "高层建筑消防安全促进项目效果评估报告.pdf", "高层建筑消防安全促进项目效果评估报告", [
        ("h", "一、评估期间"),
        "项目实施期2023年3月至2025年5月。",
        ("h", "二、评估结果"),
        ("t", [["指标", "实施前（2023年3月）", "实施后（2025年5月）", "结论"],
               ["消防设施完好率", "78.0%", "96.2%", "达到≥95%目标"],
               ["楼道堆物（处）", "163", "7", "基本清零"],
               ["高层居民逃生知识知晓率", "71.5%", "92.8%", "达到目标"],
               ["高层住宅火灾（起）", "2", "0", "—"]]),
        ("h", "三、结论与持续改进"),
        "项目目标全部实现。楼栋消防安全员机制转为常态化；2025年下半年试点独居老人智慧烟感。",
        ("r", "消防安全项目组"),
        ("r", "2025年5月26日"),
    ], "2025-05-26", kind="项目效果评估", elements=[5], also=[12])

    write_docx(f + "20250512-防灾减灾日应急疏散演练记录.docx", "防灾减灾日应急疏散演练记录", [
        f"时间：{cn_date('2025-05-12')}上午10:00",
        "地点：曲江名都小区及锦和幼儿园",
        "参加人员：居民105人、幼儿园师生186人、物业12人、社区应急分队22人",
        "演练科目：地震避险与疏散、幼儿园师生疏散、伤员简易救护",
        "演练过程：10:00拉响警报，居民就地避险后沿疏散路线到达中心广场应急避难场所；幼儿园师生2分40秒完成疏散；应急分队演示伤员包扎、搬运。",
        "评估：疏散有序，幼儿园疏散时间较2024年缩短25秒；个别居民未携带应急包。",
        ("r", "记录人：陈静"),
    ], "2025-05-12", kind="演练记录", elements=[7])

    write_jpg(f + "IMG_20250512_100318.jpg", dt.datetime(2025, 5, 12, 10, 3, 18), kind="照片（演练）",
              elements=[7], scene="drill", make="Apple", model="iPhone 13")

    write_docx(f + "20250618-防汛应急演练记录.docx", "2025年防汛应急演练记录", [
        ("t", [["时间", cn_date("2025-06-18") + " 下午3:00"],
               ["地点", "红旗新村、运河西村地下车库"],
               ["参加人员", "社区应急分队24人、物业10人、居民18人"],
               ["演练科目", "暴雨预警发布、挡水板安装、车辆转移、排涝泵启用"],
               ["评估", "挡水板安装用时8分钟，车辆转移12辆，流程顺畅。"],
               ["改进", "增配挡水板2套。"]]),
        ("r", "记录人：陈静"),
    ], "2025-06-18", kind="演练记录", elements=[7])

    write_docx(f + "2025年安全生产月暨安全宣传咨询日活动记录.docx", "2025年安全生产月暨安全宣传咨询日活动记录", [
        f"时间：{cn_date('2025-06-16')}上午",
        "地点：锦和农贸市场广场",
        "参加单位：社区、派出所、消防救援站、燃气公司、卫生服务中心、物业、志愿者服务队",
        "内容：设置消防、燃气、防诈骗、防跌倒、急救咨询台6个，发放宣传资料1500份，现场咨询420人次；开展灭火器实操体验，86人参与。",
        "上半年其他宣传培训活动：1月22日春节前安全用气用电宣传（居民95人）、3月19日老年人防跌倒讲座（老年人51人）、4月16日楼栋消防安全员培训（21人）、5月12日防灾减灾日宣传及疏散演练（居民105人）。",
        "居民反映问题：古运河亲水平台仍无护栏（3条），楼道灯不亮（2条），已登记并转办。",
        ("r", "宣传培训组"),
    ], "2025-06-16", kind="宣传活动记录", elements=[6], also=[2])

    h = hz_stats("2025-01-01", "2025-06-30")
    monthly = []
    for mo in range(1, 7):
        mh = hz_stats(f"2025-{mo:02d}-01", (D(f"2025-{mo + 1:02d}-01") - dt.timedelta(days=1)).isoformat())
        top = "、".join(k for k, _ in sorted(mh["cats"].items(), key=lambda kv: -kv[1])[:2]) or "—"
        monthly.append([f"{mo}月", str(mh["n"]), str(mh["done"]), top])
    write_docx(f + "2025年上半年隐患排查记录.docx", "锦和社区2025年上半年隐患排查记录", [
        f"2025年1—6月，社区开展日常巡查、春节前检查、汛前检查和复评前联合检查，登记需限期整改隐患{h['n']}处，已整改{h['done']}处，{h['n'] - h['done']}处正在整改。",
        ("t", [["月份", "登记隐患数", "已整改", "主要隐患类别"]] + monthly),
        "明细见《隐患排查整改台账》。",
        ("r", "锦和社区居委会 2025年6月25日"),
    ], "2025-06-25", kind="隐患排查记录", elements=[8])

    fb = []
    topics = [("楼道灯不亮", "物业", "已维修"), ("楼梯扶手松动", "物业", "已维修"), ("古运河亲水平台无护栏", "街道/区城管局", "已转报，未解决"),
              ("电动自行车楼道停放", "物业", "已清理"), ("小区出入口车辆乱停", "物业/交警", "已处理"),
              ("希望增加防跌倒讲座", "老年人安全项目组", "已安排"), ("地下车库汛期进水", "物业", "已加装挡水板"),
              ("健身器材损坏", "社区", "已更换"), ("燃气软管更换费用", "燃气公司", "已解释并协助"),
              ("流浪犬伤人隐患", "社区/城管", "已联系处置"), ("校门口缺少过街信号灯", "交警中队", "已上报区交通运输局")]
    d = D("2024-01-08")
    n = 0
    while d <= D("2025-06-20"):
        n += 1
        t, unit, res = rng.choice(topics)
        fb.append([n, d.isoformat(), rng.choice(["意见箱", "网格微信群", "公众号留言", "来访", "12345转办"]), rng.choice(NEIGH),
                   t, unit, (d + dt.timedelta(days=rng.randint(2, 14))).isoformat(), res])
        d += dt.timedelta(days=rng.randint(7, 16))
    write_csv(f + "居民意见建议收集反馈登记（2024-2025）.csv",
              ["序号", "收集日期", "渠道", "小区", "意见建议", "转办单位", "反馈日期", "处理结果"], fb, "2025-06-20",
              kind="意见反馈登记", elements=[2])

    write_pdf(f + "锦居发〔2025〕3号.pdf", "关于做好锦和社区安全社区复评迎检工作的通知", [
        "各项目组、各成员单位、各小区物业服务企业：",
        "我社区江苏省安全社区称号有效期将于2025年12月届满。根据《锦和社区安全社区复评工作方案》，现就复评迎检工作通知如下：",
        "一、复评周期为2021年7月1日至2025年6月30日，各项目组于5月31日前将本周期项目方案、实施记录、效果评估材料移交办公室。",
        "二、办公室6月20日前完成自评报告，6月底前完成档案整理和归档文件目录编制。",
        "三、各成员单位确定一名联络员，配合现场评审。",
        ("r", "锦和社区居民委员会"),
        ("r", "2025年4月8日"),
    ], "2025-04-08", kind="通知", elements=[12], also=[1, 10], header="锦和社区居民委员会文件", docno="锦居发〔2025〕3号")


# --------------------------------------------------------------------------- 00 re-assessment application
def gen_00():
    f = D00 + "/"
    write_docx(f + "锦和社区安全社区复评工作方案.docx", "锦和社区安全社区复评工作方案", [
        ("h", "一、复评依据"),
        "《安全社区建设基本要求》（AQ/T 9001-2006）、《江苏省安全社区评定管理办法》。锦和社区于2020年12月被命名为江苏省安全社区，称号有效期五年。",
        ("h", "二、复评周期"),
        "复评周期为2021年7月至2025年6月（2021年7月1日—2025年6月30日）。2018—2020年首次创建阶段材料作为历史档案，不作为本周期工作佐证。",
        ("h", "三、组织领导"),
        "成立复评工作小组，组长周敏，副组长刘志强、陈静，成员为各项目组组长。",
        ("h", "四、工作步骤"),
        "1. 2025年1—3月：梳理本周期各要素工作，查漏补缺；",
        "2. 2025年4—5月：各项目组完成项目效果评估，整理移交档案；",
        "3. 2025年6月：完成自评报告和归档文件目录，向区安委办提交复评申请。",
        ("h", "五、工作要求"),
        "对照12个要素逐项自查，重点核查2020年评定整改建议落实情况。",
        ("r", "锦和社区安全社区促进委员会"),
        ("r", "2024年12月16日"),
    ], "2024-12-16", kind="复评工作方案", elements=[12], also=[1, 4, 10])

    write_pdf(f + "锦和社区安全社区复评自评报告（定稿）.pdf", "锦和社区安全社区复评自评报告", [
        ("h", "一、社区概况"),
        "锦和社区位于扬州市广陵区曲江街道，面积0.86平方公里，辖8个居民小区，常住居民4156户11420人，60岁以上老年人3015人（26.4%），0—6岁儿童约600人。辖区有小学1所、幼儿园2所、农贸市场1个、沿街商铺186家，古运河岸线1.2公里。",
        ("h", "二、复评周期与总体情况"),
        "本次复评周期为2021年7月至2025年6月。周期内社区持续运行促进委员会和8个项目组，实施老年人防跌倒、燃气使用安全、电动自行车充电安全、儿童居家安全、校园周边交通安全、高层建筑消防安全6个安全促进项目。",
        ("h", "三、要素落实情况"),
        "（一）机构与职责：2021年8月调整充实促进委员会，2023年7月因人事变动再次调整；周期内共召开促进委员会会议14次。",
        "（二）信息交流和全员参与：开通“锦和安全家园”公众号，建立意见反馈登记；志愿者60人；参加全省安全社区推进会。",
        "（三）风险辨识：2021年9月开展社区安全诊断，2023年开展居民安全需求及满意度调查，隐患排查整改台账连续登记。",
        "（四）目标和计划：制定2021—2025年持续建设规划及年度计划。",
        "（五）安全促进项目：6个项目均按方案实施，老年人防跌倒、燃气、电动自行车、校园周边交通、高层消防5个项目已完成效果评估。",
        "（六）宣传教育与培训：每年开展宣传培训活动14次以上。",
        "（七）应急预案和响应：2021年修订综合应急预案，周期内组织各类应急演练8次。",
        "（八）监测与监督：燃气入户ABC分类检查、隐患排查整改台账。",
        "（九）事故与伤害记录：与卫生服务中心签订数据共享协议，伤害监测登记总表连续登记，每年完成伤害监测分析报告。2024年第四季度因监测员岗位调整，数据录入不及时。",
        "（十）档案：修订档案管理制度，按年度分卷整理。",
        "（十一）预防与纠正措施：2020年评定整改建议5条中已落实4条。",
        "（十二）评审与持续改进：每年开展年度评审。",
        ("h", "四、主要成效"),
        "周期内居民伤害登记例数总体下降，65岁以上老年人跌倒伤害较2020年下降三成以上，未发生较大及以上安全事故和火灾、燃气亡人事故；居民安全知识知晓率92.6%，满意度93.4%。",
        ("h", "五、存在问题与改进方向"),
        "1. 古运河亲水平台涉水安全整改建议因产权和经费问题未落实，2022、2023年各发生落水事件1起，将继续向上级反映；",
        "2. 伤害监测员岗位调整后数据补录尚未完成；",
        "3. 下一周期拟试点独居老人智慧烟感、推进涉水安全项目。",
        ("r", "锦和社区安全社区促进委员会"),
        ("r", "二〇二五年六月二十日"),
    ], "2025-06-20", kind="复评自评报告", elements=[12], also=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])

    rows = [
        [1, "促进委员会成员构成中物业服务企业、辖区学校代表缺位", "调整充实促进委员会，新增物业2家、学校及幼儿园2家", "锦安促〔2021〕1号", "2021-08-05", "已落实"],
        [2, "伤害监测数据来源单一，应与社区卫生服务中心建立数据共享、按月报送", "签订伤害监测数据共享协议，卫生服务中心按月报送", "伤害监测数据共享协议；伤害月报接收记录", "2021-09-10", "已落实"],
        [3, "老年人防跌倒项目缺少干预前后对比数据", "开展干预前后对比评估", "老年人防跌倒项目2022年度效果评估报告", "2022-12-20", "已落实"],
        [4, "燃气入户安全检查应实行ABC分类管理并建立台账", "实行ABC分类管理，建立入户检查台账", "燃气入户安全检查ABC分类台账；燃气使用安全促进项目实施方案", "2021-10-12", "已落实"],
        [5, "古运河沿岸亲水平台应设置警示标识和救生设施，将涉水安全纳入促进项目", "多次向街道和区城管局河道管理处报告；暑期张贴临时告示", "会议纪要（2021-08、2022-09、2024-06）", "", "未落实（亲水平台产权属区城管局，改造纳入古运河沿线整治计划，时间未定；未设立涉水安全促进项目）"],
    ]
    write_xlsx(f + "2020年评定整改建议落实情况对照表.xlsx", [dict(
        name="对照表", title="2020年省级安全社区评定整改建议落实情况对照表",
        subtitle="编制：锦和社区安全社区促进委员会办公室  2025年6月",
        header=["序号", "整改建议", "落实措施", "佐证材料", "完成时间", "落实情况"], rows=rows,
        widths=[6, 40, 36, 36, 12, 40])], "2025-06-10", kind="整改建议落实对照表", elements=[11], also=[12])

    # catalogue of the period files, built from the manifest so far (excluding history)
    cat = []
    n = 0
    folders = [Y21, Y22, Y23, Y24, Y25, D00]
    for fold in folders:
        items = [m for m in MANIFEST if m[0].startswith(fold + "/")]
        items.sort(key=lambda m: (m[4] or "", m[0]))
        for rel, kind, _, _, date, _ in items:
            n += 1
            title = Path(rel).stem
            title = re.sub(r"^\d{8}-", "", title)
            docno = ""
            mm = re.search(r"([锦][^〔]*〔\d{4}〕\d+号)", title)
            if mm:
                docno = mm.group(1)
            year = fold[:4] if fold != D00 else "2025"
            cat.append([n, f"JH-AQSQ·{year}-D30-{n:04d}", docno, "锦和社区", title, date.replace("-", ""), "", ""])
    n += 1
    cat.append([n, f"JH-AQSQ·2025-D30-{n:04d}", "", "锦和社区", "复评档案目录", "20250625", "", "本目录"])
    write_xlsx(f + "复评档案目录.xlsx", [dict(
        name="目录", title="锦和社区安全社区复评档案归档文件目录（2021年7月—2025年6月）",
        subtitle="全宗：锦和社区居民委员会  保管期限：定期30年  历史档案（2018—2020）另行编目",
        header=["序号", "档号", "文号", "责任者", "题名", "日期", "页数", "备注"], rows=cat,
        widths=[6, 22, 20, 12, 60, 10, 6, 10])], "2025-06-25", kind="档案目录", elements=[10])


# --------------------------------------------------------------------------- judgement
# Extra elements a file touches (listing them is not an error), added to what the writers recorded.
ALSO_EXTRA = {
    "2021下半年/20210826-2021年第三季度促进委员会会议纪要.docx": [7],
    "2021下半年/2021年第四季度促进委员会会议纪要.docx": [5, 8, 9],
    "2022年/20220316-2022年第一次促进委员会会议纪要.docx": [5, 11],
    "2022年/2022年第二次促进委员会会议纪要.docx": [5, 7, 9],
    "2023年/2023年促进委员会会议纪要汇编.docx": [5, 7],
    "2023年/20230919-促进委员会第三季度会议纪要（新一届委员会第一次会议）.docx": [5],
    "2024年/2024年第一季度促进委员会会议纪要.docx": [7, 9, 12],
    "2024年/20240625-2024年第二季度促进委员会会议纪要.docx": [5, 7, 11],
    "2024年/2024年第三季度促进委员会会议纪要.docx": [8, 9],
    "2024年/锦安促会纪〔2024〕4号.pdf": [5, 9],
    "2025上半年/2025年第一季度促进委员会会议纪要.docx": [4, 9],
    "2025上半年/20250612-2025年第二季度促进委员会会议纪要.docx": [5, 9],
    "2021下半年/20211020-安全社区骨干培训记录.docx": [2],
    "2021下半年/20211109-消防疏散演练记录.docx": [6],
    "2024年/20240412-高层住宅消防疏散演练记录.docx": [6],
    "2021下半年/伤害监测登记总表（2021年7月起）.xlsx": [8],
    "2021下半年/促进委员会及项目组工作制度（2021年修订）（定稿）.docx": [2, 9],
    "2021下半年/燃气使用安全促进项目实施方案.docx": [4],
    "2021下半年/锦和社区伤害监测数据共享协议.pdf": [8],
    "2022年/2021年下半年伤害监测分析报告.docx": [8],
    "2022年/20220112-2021年度安全社区工作评审报告.docx": [9],
    "2022年/20220920-校园周边交通安全文明劝导活动记录.docx": [6],
    "2022年/老年人防跌倒项目2022年度效果评估报告.docx": [8],
    "2022年/锦安促〔2022〕2号.pdf": [5],
    "2023年/2022年伤害监测分析报告.pdf": [8],
    "2023年/20230110-2022年度安全社区工作评审报告.docx": [7, 9],
    "2023年/卫生服务中心伤害月报接收记录（2023年）.txt": [8],
    "2023年/居民安全需求及满意度调查报告（2023）.pdf": [8],
    "2023年/燃气使用安全促进项目效果评估报告（2023年12月）.docx": [8],
    "2024年/2023年伤害监测分析报告.docx": [8],
    "2024年/2024年安全隐患专项排查整治行动报告.docx": [3],
    "2024年/2024年预防与纠正措施实施记录.docx": [7, 8],
    "2024年/校园周边交通安全促进项目效果评估报告.docx": [8],
    "2024年/电动自行车充电安全促进项目效果评估报告.docx": [8],
    "2024年/老年人防跌倒促进项目效果评估（2024年度）.docx": [8],
    "2025上半年/2024年伤害监测分析报告（1-9月）.docx": [8],
    "2025上半年/2025年上半年隐患排查记录.docx": [3, 11],
    "2025上半年/高层建筑消防安全促进项目效果评估报告.pdf": [8],
}

JUDGEMENT_HEAD = """# Expert judgement for holdout16 "jinhe-fuping" (锦和社区安全社区复评档案).
# Written from the archive content by the author of make_jinhe-fuping.py, before any audit run.
# The files: list is regenerated from the generator's manifest (python3 make_jinhe-fuping.py --judgement);
# everything else below is hand-written and kept in the generator as text.
community_name: 锦和社区
assessment_period: {start: '2021-07-01', end: '2025-06-30'}
"""

JUDGEMENT_TAIL = """
elements:
  "1":
    evidenced: partial
    acceptable_verdicts: [partial]
    reason: >-
      促进委员会2021年8月调整充实（锦安促〔2021〕1号）、2023年7月因人事变动再次调整（锦居发〔2023〕7号），
      2021年修订的工作制度规定全体会议每季度一次；2021下半年2次、2023年4次（3次只在汇编中）、2024年4次、
      2025上半年2次，但2022年全年只有3月、9月两次会议（G1），2022年度评审报告也承认。经费台账只到2023年，
      2022年经费明细为旧版 .doc。
  "2":
    evidenced: true
    acceptable_verdicts: [true, partial]
    reason: >-
      信息交流与公众号管理制度（2021-11）、志愿者名册（2022，60人）、居民意见建议收集反馈登记（2024-2025）、
      参加全省安全社区推进会（2024-10）、市促进中心骨干培训；成员单位含物业、学校。交流活动偏少但有。
  "3":
    evidenced: true
    acceptable_verdicts: [true, partial]
    reason: >-
      2021年9月社区安全诊断报告（问卷、排查、伤害数据、座谈会）、风险辨识评价清单（2021）、
      2023年居民安全需求及满意度调查、隐患排查整改台账连续登记至2025-06。风险清单此后未更新，可判 partial。
  "4":
    evidenced: partial
    acceptable_verdicts: [partial]
    reason: >-
      持续建设规划（2021年7月—2025年6月）含量化目标，2021下半年、2022、2023、2024年度计划齐全；
      2025年度安全社区工作计划缺失（G7），2025年一季度会议纪要明确"尚未制定"，之后也没有。
  "5":
    evidenced: partial
    acceptable_verdicts: [partial]
    reason: >-
      6个促进项目均有方案和实施记录；老年人防跌倒（2022、2024）、燃气（2023-12）、电动自行车（2023-12，归在2024年卷）、
      校园周边交通（2024-06）、高层消防（2025-05）有效果评估；儿童居家安全项目（2022.3—2024.12）没有效果评估（G2），
      历史档案里的2020年儿童项目评估属于上一周期。2020年整改建议要求的涉水安全项目从未设立（G4）。
  "6":
    evidenced: true
    acceptable_verdicts: [true, partial]
    reason: >-
      工作制度规定每季度至少一次居民安全教育；2021下半年、2022、2024年有活动登记表，2023年有签到汇总，
      2025上半年在宣传咨询日记录中列出；另有骨干培训记录、GBK文本的楼道宣传记录。
  "7":
    evidenced: partial
    acceptable_verdicts: [partial]
    reason: >-
      2021年修订综合应急预案规定每年至少两次综合演练（消防、防汛各一次），应急物资清单2023年更新；
      2021下半年2次、2022年2次、2024年2次、2025上半年2次演练记录，但2023年全年没有任何演练（G5），
      2023年会议纪要汇编和2023年度评审报告均承认。
  "8":
    evidenced: true
    acceptable_verdicts: [true, partial]
    reason: >-
      隐患排查整改台账（2021-07至2025-06连续登记，含2022年的排查行）、燃气入户安全检查ABC分类台账（2021-10至2025-05）、
      2023上半年排查报告、高层消防设施排查、2024年专项排查整治报告、2025上半年排查记录。
  "9":
    evidenced: partial
    acceptable_verdicts: [partial]
    reason: >-
      与社区卫生服务中心的伤害监测数据共享协议（2021-09）、伤害监测登记总表、2021下半年/2022/2023年分析报告（均在次年1月写成）、
      2023年月报接收记录；但登记总表最后一条为2024年9月下旬，2024年10月至2025年6月没有任何伤害记录，
      2024年分析报告只覆盖1—9月（G3）。
  "10":
    evidenced: true
    acceptable_verdicts: [true, partial]
    reason: >-
      档案管理制度2021年修订、2024年再修订（专人管理、按年度分卷、电子备份），复评档案归档文件目录（档号、题名、日期），
      历史档案单独存放。
  "11":
    evidenced: partial
    acceptable_verdicts: [partial, true]
    reason: >-
      2020年评定整改建议5条中4条有落实记录（2021-08委员会调整、2021-09伤害监测协议、2021-10燃气ABC台账、2022-12防跌倒前后对比评估）；
      第5条古运河亲水平台涉水安全从未落实，也未纳入促进项目（G4），期间发生两起落水。其余纠正措施（2022年充电起火通报、
      2024年预防与纠正措施记录、隐患台账闭环）齐全。
  "12":
    evidenced: partial
    acceptable_verdicts: [partial]
    reason: >-
      2021、2022、2023年度评审报告分别在次年1月完成；2024年度评审未开展（G6），2025年一季度会议决定"不再单独组织，结合复评自评"；
      复评工作方案（2024-12）和自评报告（2025-06）齐全，但自评报告称"每年开展年度评审"与档案不符。

gaps:
  - id: G1
    element: 1
    also: [12]
    match: [["2022"], ["会议", "例会", "纪要", "促进委员会"]]
    record_level: false
    related:
      - 2022年/20220316-2022年第一次促进委员会会议纪要.docx
      - 2022年/2022年第二次促进委员会会议纪要.docx
      - 2021下半年/促进委员会及项目组工作制度（2021年修订）（定稿）.docx
      - 2023年/20230110-2022年度安全社区工作评审报告.docx
    note: 2022年只开了2次促进委员会会议，工作制度（2021年修订）要求每季度一次。
  - id: G2
    element: 5
    also: [12]
    match: [["儿童"], ["评估", "效果"]]
    record_level: false
    related:
      - 2022年/儿童居家安全促进项目实施方案.docx
      - 2024年/20240716-儿童暑期居家安全入户指导记录.docx
      - 历史档案（2018-2020首次创建）/2020年儿童安全促进项目效果评估.docx
    note: 儿童居家安全促进项目（2022.3—2024.12）有方案和三年实施记录，没有效果评估；历史档案中的2020年评估不算本周期。
  - id: G3
    element: 9
    also: [3, 8]
    match: [["伤害"], ["2024", "2025", "中断", "停止", "止于", "截至", "缺失", "未登记"]]
    record_level: true
    related:
      - 2021下半年/伤害监测登记总表（2021年7月起）.xlsx
      - 2025上半年/2024年伤害监测分析报告（1-9月）.docx
    note: 伤害监测登记总表最后一条在2024年9月下旬，2024年10月—2025年6月共9个月没有登记。
  - id: G4
    element: 11
    also: [5, 12]
    match: [["涉水", "亲水", "运河", "溺水", "落水"], ["整改", "建议", "落实", "项目", "未"]]
    record_level: false
    related:
      - 历史档案（2018-2020首次创建）/安全社区现场评定意见（2020年11月）.pdf
      - 00复评申报/2020年评定整改建议落实情况对照表.xlsx
    note: 2020年评定整改建议第5条（亲水平台警示标识和救生设施、纳入涉水安全促进项目）整个周期未落实。
  - id: G5
    element: 7
    also: [12]
    match: [["2023"], ["演练"]]
    record_level: false
    related:
      - 2021下半年/锦和社区突发事件综合应急预案（2021年修订）.pdf
      - 2024年/20240115-2023年度安全社区工作评审报告.docx
    note: 2023年没有任何应急演练，预案规定每年至少两次。
  - id: G6
    element: 12
    also: [1]
    match: [["2024"], ["评审", "复核", "总结"]]
    record_level: false
    related:
      - 2025上半年/2025年第一季度促进委员会会议纪要.docx
      - 2024年/锦安促会纪〔2024〕4号.pdf
    note: 2024年度安全社区工作评审未开展（2021—2023年度评审都在次年1月完成，工作制度要求每年1月评审上一年）。
  - id: G7
    element: 4
    also: [1, 12]
    match: [["2025"], ["计划"]]
    record_level: false
    related:
      - 2025上半年/2025年第一季度促进委员会会议纪要.docx
    note: 2025年度安全社区工作计划缺失（2021下半年—2024年每年都有），一季度会议要求制定，之后无下文。

traps:
  - id: T1
    element: 8
    match: [["2022"], ["隐患", "排查", "巡查", "检查"]]
    note: >-
      2022年卷里没有单独的隐患排查报告，但隐患排查整改台账（2021-2025，放在2021下半年卷）有2022年全年的排查行
      （日常巡查、专项检查、节前检查、联合检查），且锦安促〔2022〕2号有楼道清理专项行动。2022年排查不是缺口。
  - id: T2
    element: 1
    match: [["2023"], ["会议", "例会", "纪要"]]
    note: >-
      2023年卷只有第三季度会议的单独纪要，但《2023年促进委员会会议纪要汇编》收录了3月14日、6月20日、9月19日、12月21日四次会议，
      满足每季度一次。
  - id: T3
    element: 5
    match: [["电动自行车", "电动车", "充电"], ["评估", "效果"]]
    note: 电动自行车充电安全项目的效果评估写于2023-12-28，归在2024年卷，项目评估齐全。
  - id: T4
    element: 9
    match: [["2023"], ["伤害"], ["分析", "报告", "统计"]]
    note: 2023年伤害监测分析报告写于2024年1月22日，放在2024年卷；2023年卷没有不是缺口（2022年报告同样在次年1月）。

probes:
  - id: P1
    query: 燃气 入户检查 ABC分类
    must_in_top5: [2021下半年/燃气入户安全检查ABC分类台账.xlsx]
  - id: P2
    query: 2023年 伤害监测 分析报告
    must_in_top5: [2024年/2023年伤害监测分析报告.docx]
  - id: P3
    query: 促进委员会 组成人员 调整 人事变动
    must_in_top5: [2023年/锦居发〔2023〕7号.pdf]
  - id: P4
    query: 复评 自评报告
    must_in_top5: [00复评申报/锦和社区安全社区复评自评报告（定稿）.pdf]
  - id: P5
    query: 电动自行车 充电 效果评估
    must_in_top5: [2024年/电动自行车充电安全促进项目效果评估报告.docx]
  - id: P6
    query: 评定 整改建议 落实情况
    must_in_top5: [00复评申报/2020年评定整改建议落实情况对照表.xlsx]
"""


def _q(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def write_judgement(path):
    lines = [JUDGEMENT_HEAD.rstrip("\n"), "files:"]
    for rel, kind, el, also, date, flags in sorted(MANIFEST, key=lambda m: m[0]):
        extra = ALSO_EXTRA.get(rel, [])
        also = sorted(set(also) | set(extra) - set(el))
        lines.append(f"  - path: {_q(rel)}")
        lines.append(f"    kind: {_q(kind)}")
        lines.append(f"    elements: [{', '.join(map(str, el))}]")
        lines.append(f"    also_acceptable: [{', '.join(map(str, also))}]")
        lines.append(f"    date: '{date}'")
        fl = ", ".join(f"{k}: {_q(v) if isinstance(v, str) else str(v).lower()}" for k, v in flags.items())
        lines.append(f"    flags: {{{fl}}}")
    unknown = set(ALSO_EXTRA) - {m[0] for m in MANIFEST}
    assert not unknown, unknown
    Path(path).write_text("\n".join(lines) + "\n" + JUDGEMENT_TAIL, encoding="utf-8")


def main():
    if ROOT.exists():
        shutil.rmtree(ROOT)
    ROOT.mkdir(parents=True)
    gen_history()
    INJ.extend(injury_rows())
    HZ.extend(hazard_rows())
    gen_2021()
    gen_2022()
    gen_2023()
    gen_2024()
    gen_2025()
    gen_00()
    print(f"wrote {len(MANIFEST)} files to {ROOT}")
    if "--judgement" in sys.argv:
        write_judgement(HERE / f"{NAME}.judgement.yaml")
        print("wrote", HERE / f"{NAME}.judgement.yaml")


if __name__ == "__main__":
    main()
