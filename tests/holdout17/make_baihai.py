#!/usr/bin/env python3
"""make_baihai.py — deterministic generator for the holdout archive 白海村 (holdout17).

Writes, next to this script:
  baihai/                      the archive (compiled-volume style, 汇编)
  baihai.judgement.yaml        the expert judgement (schema: /work/shared/tools/README.md)

Deterministic: fixed random seed, fixed zip entry timestamps, fixed docx/xlsx core properties,
reportlab invariant mode, fixed JPEG content, fixed file/dir mtimes (2026-10-15 10:00 +08:00).
Run twice and compare `--sha` output to check byte-identity.

usage: python3 make_baihai.py [--sha]
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "baihai")
JUDGEMENT = os.path.join(HERE, "baihai.judgement.yaml")
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
TZ = dt.timezone(dt.timedelta(hours=8))
MTIME = dt.datetime(2026, 10, 15, 10, 0, 0, tzinfo=TZ).timestamp()
ZIP_DT = (2026, 4, 10, 9, 0, 0)
CORE_DT = "2026-04-10T09:00:00Z"
SEED = 1717

pdfmetrics.registerFont(TTFont("WQY", FONT_PATH, subfontIndex=0))

# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    if n < 20:
        return "十" + (CN_DIG[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return CN_DIG[t] + "十" + (CN_DIG[u] if u else "")


def cn_date(iso):
    y, m, d = map(int, iso.split("-"))
    return "".join(CN_DIG[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日"


def ar_date(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{y}年{m}月{d}日"


def P(text):
    return ("p", text)


def H(text):
    return ("h", text)


def T(header, rows):
    return ("table", header, rows)


def SIGN(*lines):
    return ("sign", list(lines))


def PHOTO(text):
    return ("photo", text)


def doc(title, date, body, docno=None, date_style="ar"):
    return {"title": title, "date": date, "docno": docno, "body": body, "date_style": date_style}


def normalize_zip(data):
    """Rewrite an OOXML zip with fixed entry timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + CORE_DT + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + CORE_DT + r"\2", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def outpath(rel):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


WRITTEN = []


def register(rel):
    WRITTEN.append(rel)


# ----------------------------------------------------------------------------------------------
# writers
# ----------------------------------------------------------------------------------------------
def _set_cjk(run, size=None, bold=False, font="宋体"):
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def _docx_para(d, text, size=11, bold=False, align=None, font="宋体", indent=True):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    _set_cjk(r, size, bold, font)
    return p


def _docx_table(d, header, rows):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        _set_cjk(c.paragraphs[0].add_run(str(h)), 9, True)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            _set_cjk(cells[i].paragraphs[0].add_run("" if v is None else str(v)), 9)
    d.add_paragraph()


def _page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def _doc_date_text(x):
    return cn_date(x["date"]) if x["date_style"] == "cn" else ar_date(x["date"])


def toc_lines(docs):
    out = []
    for i, x in enumerate(docs, 1):
        no = f"（{x['docno']}）" if x["docno"] else ""
        out.append(f"{i:02d}  {x['title']}{no} …… {ar_date(x['date'])}")
    return out


def write_docx_volume(rel, title, compiler, compile_date, docs, core_title=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    # cover
    for _ in range(6):
        d.add_paragraph()
    _docx_para(d, "白海村安全社区创建档案", 16, True, WD_ALIGN_PARAGRAPH.CENTER, "黑体")
    _docx_para(d, title, 22, True, WD_ALIGN_PARAGRAPH.CENTER, "黑体")
    for _ in range(8):
        d.add_paragraph()
    _docx_para(d, compiler, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    _docx_para(d, compile_date, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    _page_break(d)
    _docx_para(d, "目    录", 16, True, WD_ALIGN_PARAGRAPH.CENTER, "黑体")
    for line in toc_lines(docs):
        _docx_para(d, line, 10.5, False, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    for x in docs:
        _page_break(d)
        _docx_para(d, x["title"], 16, True, WD_ALIGN_PARAGRAPH.CENTER, "黑体")
        if x["docno"]:
            _docx_para(d, x["docno"], 11, False, WD_ALIGN_PARAGRAPH.CENTER)
        for b in x["body"]:
            kind = b[0]
            if kind == "p":
                _docx_para(d, b[1])
            elif kind == "h":
                _docx_para(d, b[1], 12, True, WD_ALIGN_PARAGRAPH.LEFT, "黑体", indent=False)
            elif kind == "table":
                _docx_table(d, b[1], b[2])
            elif kind == "sign":
                for line in b[1]:
                    _docx_para(d, line, 11, False, WD_ALIGN_PARAGRAPH.RIGHT)
            elif kind == "photo":
                _docx_para(d, "［照片］" + b[1], 10, False, WD_ALIGN_PARAGRAPH.CENTER, "楷体")
    cp = d.core_properties
    cp.author = "白海村村民委员会"
    cp.last_modified_by = "吴晓燕"
    cp.title = core_title or title
    cp.comments = ""
    cp.revision = 1
    fixed = dt.datetime(2026, 4, 10, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    buf = io.BytesIO()
    d.save(buf)
    with open(outpath(rel), "wb") as f:
        f.write(normalize_zip(buf.getvalue()))
    register(rel)


def write_docx_single(rel, x, core_title=None):
    """A loose file: one document, no cover/目录."""
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    _docx_para(d, x["title"], 16, True, WD_ALIGN_PARAGRAPH.CENTER, "黑体")
    if x["docno"]:
        _docx_para(d, x["docno"], 11, False, WD_ALIGN_PARAGRAPH.CENTER)
    for b in x["body"]:
        kind = b[0]
        if kind == "p":
            _docx_para(d, b[1])
        elif kind == "h":
            _docx_para(d, b[1], 12, True, WD_ALIGN_PARAGRAPH.LEFT, "黑体", indent=False)
        elif kind == "table":
            _docx_table(d, b[1], b[2])
        elif kind == "sign":
            for line in b[1]:
                _docx_para(d, line, 11, False, WD_ALIGN_PARAGRAPH.RIGHT)
    cp = d.core_properties
    cp.author = "白海村村民委员会"
    cp.last_modified_by = "吴晓燕"
    cp.title = core_title or x["title"]
    cp.comments = ""
    cp.revision = 1
    fixed = dt.datetime(2026, 4, 10, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    buf = io.BytesIO()
    d.save(buf)
    with open(outpath(rel), "wb") as f:
        f.write(normalize_zip(buf.getvalue()))
    register(rel)


_PS = {
    "n": ParagraphStyle("n", fontName="WQY", fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21),
    "h": ParagraphStyle("h", fontName="WQY", fontSize=11.5, leading=18, wordWrap="CJK", spaceBefore=4),
    "t": ParagraphStyle("t", fontName="WQY", fontSize=15, leading=22, alignment=1, spaceAfter=6),
    "no": ParagraphStyle("no", fontName="WQY", fontSize=10.5, leading=15, alignment=1, spaceAfter=6),
    "r": ParagraphStyle("r", fontName="WQY", fontSize=10.5, leading=16, alignment=2),
    "c": ParagraphStyle("c", fontName="WQY", fontSize=9.5, leading=14, alignment=1),
    "cell": ParagraphStyle("cell", fontName="WQY", fontSize=8.5, leading=11, wordWrap="CJK"),
    "cover": ParagraphStyle("cover", fontName="WQY", fontSize=22, leading=32, alignment=1),
    "cover2": ParagraphStyle("cover2", fontName="WQY", fontSize=14, leading=22, alignment=1),
    "toc": ParagraphStyle("toc", fontName="WQY", fontSize=10, leading=15, wordWrap="CJK"),
}


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _pdf_table(header, rows):
    data = [[Paragraph(_esc(h), _PS["cell"]) for h in header]]
    for r in rows:
        data.append([Paragraph(_esc("" if v is None else v), _PS["cell"]) for v in r])
    t = Table(data, repeatRows=1, colWidths=[(170 * mm) / len(header)] * len(header))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _pdf_footer(canvas, d):
    canvas.saveState()
    canvas.setFont("WQY", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {d.page} —")
    canvas.restoreState()


def _fix_pdf_date(p, stamp):
    """reportlab invariant mode writes 2000-01-01; replace it (same length, xref unchanged)."""
    old = b"D:20000101000000+00'00'"
    new = ("D:" + stamp + "+08'00'").encode()
    assert len(old) == len(new)
    data = open(p, "rb").read().replace(old, new)
    with open(p, "wb") as f:
        f.write(data)


def write_pdf_volume(rel, title, compiler, compile_date, docs, stamp="20260410090000"):
    story = [Spacer(1, 60 * mm), Paragraph("白海村安全社区创建档案", _PS["cover2"]), Spacer(1, 6 * mm),
             Paragraph(_esc(title), _PS["cover"]), Spacer(1, 70 * mm),
             Paragraph(_esc(compiler), _PS["cover2"]), Paragraph(_esc(compile_date), _PS["cover2"]), PageBreak(),
             Paragraph("目    录", _PS["t"])]
    for line in toc_lines(docs):
        story.append(Paragraph(_esc(line), _PS["toc"]))
    for x in docs:
        story.append(PageBreak())
        story.append(Paragraph(_esc(x["title"]), _PS["t"]))
        if x["docno"]:
            story.append(Paragraph(_esc(x["docno"]), _PS["no"]))
        for b in x["body"]:
            if b[0] == "p":
                story.append(Paragraph(_esc(b[1]), _PS["n"]))
            elif b[0] == "h":
                story.append(Paragraph(_esc(b[1]), _PS["h"]))
            elif b[0] == "table":
                story.append(_pdf_table(b[1], b[2]))
                story.append(Spacer(1, 4 * mm))
            elif b[0] == "sign":
                story.append(Spacer(1, 4 * mm))
                for line in b[1]:
                    story.append(Paragraph(_esc(line), _PS["r"]))
            elif b[0] == "photo":
                story.append(Paragraph("［照片］" + _esc(b[1]), _PS["c"]))
    p = outpath(rel)
    d = SimpleDocTemplate(p, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=title, author="白海村村民委员会", creator="白海村村民委员会",
                          subject="白海村安全社区创建档案")
    d.build(story, onFirstPage=_pdf_footer, onLaterPages=_pdf_footer)
    _fix_pdf_date(p, stamp)
    register(rel)


def write_pdf_single(rel, x, stamp="20260428160000"):
    story = [Paragraph(_esc(x["title"]), _PS["t"])]
    if x["docno"]:
        story.append(Paragraph(_esc(x["docno"]), _PS["no"]))
    for b in x["body"]:
        if b[0] == "p":
            story.append(Paragraph(_esc(b[1]), _PS["n"]))
        elif b[0] == "h":
            story.append(Paragraph(_esc(b[1]), _PS["h"]))
        elif b[0] == "table":
            story.append(_pdf_table(b[1], b[2]))
            story.append(Spacer(1, 4 * mm))
        elif b[0] == "sign":
            story.append(Spacer(1, 4 * mm))
            for line in b[1]:
                story.append(Paragraph(_esc(line), _PS["r"]))
    p = outpath(rel)
    d = SimpleDocTemplate(p, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=x["title"], author="白海村村民委员会", creator="白海村村民委员会")
    d.build(story, onFirstPage=_pdf_footer, onLaterPages=_pdf_footer)
    _fix_pdf_date(p, stamp)
    register(rel)


def write_xlsx(rel, sheets, title):
    """sheets: list of (name, header, rows, widths|None, pre_rows) ; pre_rows are title lines above the header."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, header, rows, widths, pre in sheets:
        ws = wb.create_sheet(name)
        r0 = 1
        for line in pre:
            ws.cell(row=r0, column=1, value=line).font = Font(bold=(r0 == 1), size=12 if r0 == 1 else 10)
            r0 += 1
        if header:
            for j, h in enumerate(header, 1):
                c = ws.cell(row=r0, column=j, value=h)
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", wrap_text=True)
            r0 += 1
        for row in rows:
            for j, v in enumerate(row, 1):
                ws.cell(row=r0, column=j, value=v)
            r0 += 1
        if widths:
            for j, w in enumerate(widths, 1):
                ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    fixed = dt.datetime(2026, 4, 10, 9, 0, 0)
    wb.properties.creator = "白海村村民委员会"
    wb.properties.lastModifiedBy = "吴晓燕"
    wb.properties.title = title
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    with open(outpath(rel), "wb") as f:
        f.write(normalize_zip(buf.getvalue()))
    register(rel)


def write_jpg(rel, caption, when, palette, shapes):
    w, h = 960, 640
    im = Image.new("RGB", (w, h), palette[0])
    dr = ImageDraw.Draw(im)
    # sky / sea / land bands
    dr.rectangle([0, 0, w, 260], fill=palette[0])
    dr.rectangle([0, 260, w, 430], fill=palette[1])
    dr.rectangle([0, 430, w, h], fill=palette[2])
    for s in shapes:
        kind = s[0]
        if kind == "rect":
            dr.rectangle(s[1], fill=s[2], outline=(40, 40, 40))
        elif kind == "ellipse":
            dr.ellipse(s[1], fill=s[2], outline=(40, 40, 40))
        elif kind == "poly":
            dr.polygon(s[1], fill=s[2], outline=(40, 40, 40))
        elif kind == "line":
            dr.line(s[1], fill=s[2], width=s[3])
    font = ImageFont.truetype(FONT_PATH, 26)
    dr.rectangle([0, h - 56, w, h], fill=(0, 0, 0))
    dr.text((20, h - 46), caption, fill=(255, 255, 255), font=font)
    exif = Image.Exif()
    exif[0x0132] = when.replace("-", ":") + " 09:30:00"  # DateTime
    exif[0x010F] = "HUAWEI"
    exif[0x010E] = caption
    p = outpath(rel)
    im.save(p, "JPEG", quality=82, exif=exif.tobytes())
    register(rel)


def write_gbk_txt(rel, text):
    with open(outpath(rel), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))
    register(rel)


# ----------------------------------------------------------------------------------------------
# the village: fixed facts
# ----------------------------------------------------------------------------------------------
RNG = random.Random(SEED)
SURN = "林林林陈陈黄黄郑郑吴王蔡李张杨刘周许方"
GIVEN = "海生秀兰志强晓燕德明建国美珍丽娜国华阿福振宇俊明立峰秀娥德旺金水春花文华玉梅永福阿水宝珠细妹明辉海燕建华亚平秋菊水生来福月娥桂英"


def person(rng):
    s = rng.choice(SURN)
    n = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return s + n


ADDR = "东屿市岚澳县石港镇白海村"
COMMITTEE = [
    ("主任", "林海生", "白海村党支部书记、村民委员会主任"),
    ("副主任", "陈立峰", "石港镇人民政府副镇长（分管应急管理）"),
    ("副主任", "郑秀兰", "白海村村民委员会副主任（兼促进委员会办公室主任）"),
    ("委员", "蔡德明", "石港镇海洋与渔业服务站站长"),
    ("委员", "许俊", "石港派出所白海警务室民警"),
    ("委员", "刘振宇", "石港海警工作站副站长"),
    ("委员", "徐明", "岚澳县公安局交警大队石港中队中队长"),
    ("委员", "方丽萍", "石港镇卫生院公共卫生科科长"),
    ("委员", "林美珍", "白海村卫生室乡村医生"),
    ("委员", "周建平", "白海小学校长"),
    ("委员", "王丽娜", "白海民宿联合会会长"),
    ("委员", "林德旺", "白海渔船船东互助会会长"),
    ("委员", "林阿福", "渔排养殖户代表"),
    ("委员", "郑国华", "白海村老年协会会长"),
    ("委员", "陈秀娥", "白海村妇联主席"),
    ("委员", "黄建国", "白海蓝海救援志愿队队长"),
    ("委员", "杨振", "岚澳县昌盛液化气站经理"),
]
PROJECTS = [
    ("项目一", "渔船与渔港作业安全促进项目", "蔡德明", "林德旺"),
    ("项目二", "防溺水（涉水安全）促进项目", "黄建国", "周建平"),
    ("项目三", "民宿及家庭液化气使用安全促进项目", "王丽娜", "杨振"),
    ("项目四", "留守老人防跌倒促进项目", "郑国华", "林美珍"),
    ("项目五", "沿海公路交通安全促进项目", "徐明", "许俊"),
    ("项目六", "防台风与渔排养殖安全促进项目", "郑秀兰", "林阿福"),
]
HOMESTAYS = ["海风小筑", "听涛居", "老林家渔家乐", "白海湾民宿", "蓝屿客栈", "礁石屋", "望潮楼", "半岛人家",
             "潮汐民宿", "海韵山居", "阿福渔家", "港湾小院", "云海间", "拾贝居", "渔火民宿", "海螺屋", "海之蓝",
             "观澜阁", "渔歌客栈", "帆影民宿", "沙滩小屋", "海鸥驿站", "灯塔人家"]
ELECTRIC = {"海之蓝", "云海间"}
GROUPS = ["一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组"]
ALL_MEMBERS = "、".join(n for _, n, _ in COMMITTEE)


def attendees(absent=(), extra=()):
    names = [n for _, n, _ in COMMITTEE if n not in absent]
    return "、".join(names + list(extra))


# ----------------------------------------------------------------------------------------------
# registers (generated first: the documents quote their numbers)
# ----------------------------------------------------------------------------------------------
def month_iter():
    y, m = 2023, 4
    while (y, m) <= (2025, 8):
        yield y, m
        m += 1
        if m == 13:
            y, m = y + 1, 1


MONTH_COUNTS = {2023: [4, 5, 4, 5, 6, 5, 4, 3, 4], 2024: [5, 4, 4, 4, 5, 4, 4, 5, 4, 4, 3, 4],
                2025: [4, 4, 3, 4, 4, 4, 4, 3]}
TYPE_W = {
    2023: [("跌倒/坠落", 33), ("渔业作业机械伤", 20), ("道路交通伤", 14), ("刀/锐器伤", 10), ("烧烫伤", 8),
           ("动物咬伤", 5), ("溺水", 3), ("其他", 7)],
    2024: [("跌倒/坠落", 27), ("渔业作业机械伤", 19), ("道路交通伤", 15), ("刀/锐器伤", 12), ("烧烫伤", 7),
           ("动物咬伤", 7), ("溺水", 3), ("其他", 10)],
    2025: [("跌倒/坠落", 22), ("渔业作业机械伤", 18), ("道路交通伤", 16), ("刀/锐器伤", 14), ("烧烫伤", 6),
           ("动物咬伤", 9), ("溺水", 2), ("其他", 13)],
}
PLACE = {"跌倒/坠落": ["家中", "家中", "家中", "村道", "渔港码头", "菜地"],
         "渔业作业机械伤": ["渔船上", "渔船上", "渔港码头", "渔排"],
         "道路交通伤": ["X217县道", "X217县道", "村道"],
         "刀/锐器伤": ["家中", "渔排", "水产加工点"],
         "烧烫伤": ["家中", "民宿厨房"],
         "动物咬伤": ["家中", "村道"],
         "溺水": ["白海湾沙滩", "渔排"],
         "其他": ["家中", "民宿", "渔港码头", "海堤"]}
CAUSE = {"跌倒/坠落": {"家中": ["卫生间地面湿滑滑倒", "夜间起床摔倒", "楼梯踏空"], "村道": ["雨天路滑摔倒", "行走时绊倒"],
                       "渔港码头": ["码头台阶湿滑摔倒"], "菜地": ["田埂滑倒"]},
         "渔业作业机械伤": {"渔船上": ["起网机绞伤手指", "缆绳弹击", "舱口坠落", "鱼钩刺伤"],
                     "渔港码头": ["搬运渔获扭伤腰部", "缆绳弹击"], "渔排": ["鱼钩刺伤", "搬运饲料扭伤"]},
         "道路交通伤": {"*": ["电动三轮车侧翻", "摩托车与轿车碰擦", "电动自行车急弯摔倒", "行走时被摩托车刮擦"]},
         "刀/锐器伤": {"家中": ["切菜割伤", "剖鱼刀割伤"], "渔排": ["牡蛎壳划伤"], "水产加工点": ["剖鱼刀割伤"]},
         "烧烫伤": {"家中": ["开水烫伤", "液化气灶点火燎伤", "热油溅伤"], "民宿厨房": ["热油溅伤", "开水烫伤"]},
         "动物咬伤": {"*": ["犬咬伤", "猫抓伤"]},
         "溺水": {"*": ["落水"]},
         "其他": {"家中": ["异物入眼", "重物砸伤脚部"], "民宿": ["重物砸伤脚部", "异物入眼"],
                "渔港码头": ["海蜇蜇伤", "重物砸伤脚部"], "海堤": ["中暑", "海蜇蜇伤"]}}


def gen_injuries():
    rng = random.Random(SEED + 1)
    rows = []
    for y, m in month_iter():
        n = MONTH_COUNTS[y][m - 4 if y == 2023 else m - 1]
        days = sorted(rng.sample(range(1, 28), n))
        for d in days:
            types, ws = zip(*TYPE_W[y])
            t = rng.choices(types, ws)[0]
            if t == "溺水":
                t = "其他"
            rows.append([dt.date(y, m, d), t])
    # fixed, documented events
    specials = {
        dt.date(2023, 8, 9): ("溺水", 9, "男", "白海湾沙滩", "戏水时被离岸流卷走，志愿者救起", "中度", "卫生室急救后转县医院"),
        dt.date(2024, 7, 16): ("溺水", 52, "男", "渔排", "渔排作业踩空落水，未穿救生衣，同伴救起", "轻度", "卫生室处理"),
        dt.date(2024, 12, 2): ("道路交通伤", 71, "男", "X217县道", "驾驶电动三轮车在K6+300急弯侧翻", "死亡", "120到场确认死亡"),
        dt.date(2025, 2, 11): ("烧烫伤", 67, "女", "家中", "液化气灶点火燎伤面部", "轻度", "卫生室处理"),
    }
    for day in specials:
        # replace the row closest to that day
        best = min(range(len(rows)), key=lambda i: abs((rows[i][0] - day).days))
        rows[best] = [day, specials[day][0]]
    rows.sort(key=lambda r: r[0])
    out = []
    for i, (day, t) in enumerate(rows, 1):
        sp = specials.get(day)
        sex = rng.choice(["男", "女"])
        if t == "跌倒/坠落":
            age = rng.randint(62, 89)
        elif t == "渔业作业机械伤":
            age, sex = rng.randint(24, 61), "男"
        elif t == "道路交通伤":
            age = rng.randint(16, 76)
        else:
            age = rng.randint(5, 80)
        place = rng.choice(PLACE[t])
        pool = CAUSE[t]
        cause = rng.choice(pool.get(place) or pool["*"])
        sev = rng.choices(["轻度", "中度", "重度"], [70, 24, 6])[0]
        treat = {"轻度": "卫生室处理", "中度": rng.choice(["转石港镇卫生院", "卫生室处理"]), "重度": "转岚澳县医院"}[sev]
        if sp:
            t, age, sex, place, cause, sev, treat = sp
        name = person(rng)
        reg = day + dt.timedelta(days=rng.randint(0, 3))
        out.append([i, reg.isoformat(), day.isoformat(), name, sex, age, rng.choice(GROUPS), t, place, cause, sev,
                    treat, "林美珍"])
    return out


def injury_stats(rows):
    st = {}
    for r in rows:
        y = int(r[2][:4])
        st.setdefault(y, {}).setdefault(r[7], 0)
        st[y][r[7]] += 1
    tot = {y: sum(v.values()) for y, v in st.items()}
    h1_2025 = sum(1 for r in rows if r[2] < "2025-07-01" and r[2] >= "2025-01-01")
    return st, tot, h1_2025


C_ISSUES = [("液化气钢瓶放置在卧室内，连接软管老化龟裂", "gas"), ("卫生间无扶手，地面湿滑无防滑垫", "old"),
            ("厨房电线私拉乱接，插座串接过载", "*"), ("液化气钢瓶超期未检，无减压阀", "gas"),
            ("二层临海外廊无护栏，老人独居", "alone"), ("液化气灶台紧贴木板墙，无防火隔离", "gas")]
B_ISSUES = [("未配备灭火器", "*"), ("楼梯照明不足", "*"), ("液化气软管使用超过2年", "gas"), ("电热毯长期通电", "old"),
            ("楼梯无扶手", "*"), ("卫生间无防滑垫", "*")]


def pick_issue(rng, pool, gas, ht):
    ok = [txt for txt, need in pool if need == "*" or (need == "gas" and gas == "瓶装液化气")
          or (need == "old" and "老人" in ht) or (need == "alone" and ht == "独居老人户")]
    return rng.choice(ok)
HH_TYPES = ["留守老人户", "独居老人户", "有儿童户", "液化气使用户", "渔排养殖户", "留守老人户"]


def gen_households(year, n, nA, nB, nC, closed):
    rng = random.Random(SEED + year)
    grades = ["A"] * nA + ["B"] * nB + ["C"] * nC
    rng.shuffle(grades)
    rows = []
    start = dt.date(year, 9, 4) if year == 2025 else dt.date(2023, 7, 17)
    inspectors = ["黄志强、林美珍", "黄志强、杨振", "郑秀兰、陈秀娥"] if year == 2023 else ["吴晓燕、杨振", "吴晓燕、陈秀娥", "郑秀兰、陈秀娥"]
    for i in range(n):
        g = grades[i]
        grp = GROUPS[i * 8 // n]
        day = start + dt.timedelta(days=i // 5 + (i // 25) * 2)
        hid = f"BH-{i * 8 // n + 1}-{(i % 40) + 1:03d}"
        ht = rng.choice(HH_TYPES)
        pop = rng.randint(1, 5) if ht != "独居老人户" else 1
        gas = "瓶装液化气" if (rng.random() < 0.82 or ht == "液化气使用户") else "电磁灶"
        if g == "A":
            issue, measure, deadline, rcheck, rres = "未发现明显隐患", "—", "", "", ""
        elif g == "B":
            issue = pick_issue(rng, B_ISSUES, gas, ht)
            measure = "现场告知，发放提示卡"
            deadline, rcheck, rres = "", "", ""
        else:
            issue = pick_issue(rng, C_ISSUES, gas, ht)
            if closed:
                measure = "下发整改通知，免费更换软管/安装扶手"
                deadline = (day + dt.timedelta(days=30)).isoformat()
                rcheck = (day + dt.timedelta(days=rng.randint(18, 29))).isoformat()
                rres = "已整改，复查合格"
            else:
                measure = "下发整改通知书（白安改〔2025〕3号）"
                deadline = "2025-12-31"
                rcheck, rres = "", ""
        rows.append([i + 1, hid, person(rng), grp, ht, pop, gas, day.isoformat(), issue, g, measure, deadline, rcheck,
                     rres, rng.choice(inspectors)])
    return rows


def gen_homestay_checks(year, quarters, rng_off=0):
    rng = random.Random(SEED + 50 + year + rng_off)
    rows = []
    months = {1: 3, 2: 6, 3: 9, 4: 12}
    people = {2023: "黄志强、杨振", 2024: "黄志强、杨振、王丽娜", 2025: "吴晓燕、杨振"}[year]
    k = 0
    for q in quarters:
        for j, h in enumerate(HOMESTAYS):
            day = dt.date(year, months[q], 8 + j // 4)
            k += 1
            elec = h in ELECTRIC
            bottles = 0 if elec else rng.randint(1, 3)
            hose = "—" if elec else rng.choices(["合格", "老化需更换"], [88, 12])[0]
            alarm = "已安装" if (year >= 2024 or rng.random() < 0.35) else "未安装"
            ext = rng.choices(["有效", "过期"], [92, 8])[0]
            probs = []
            if hose == "老化需更换":
                probs.append("软管老化")
            if alarm == "未安装":
                probs.append("未装燃气报警器")
            if ext == "过期":
                probs.append("灭火器过期")
            fix = "当场更换/限期7日" if probs else "—"
            rows.append([k, day.isoformat(), h, bottles, hose, alarm, ext, "；".join(probs) or "无", fix, people])
    return rows


def gen_boats():
    rng = random.Random(SEED + 7)
    rows = []
    for i in range(86):
        if i < 9:
            length = round(rng.uniform(24.5, 36.0), 1)
        elif i < 40:
            length = round(rng.uniform(12.0, 23.8), 1)
        else:
            length = round(rng.uniform(6.5, 11.9), 1)
        crew = 8 + rng.randint(0, 6) if length >= 24 else (3 + rng.randint(0, 4) if length >= 12 else rng.randint(1, 3))
        cert = crew if rng.random() < 0.9 else crew - 1
        kw = int(length * rng.uniform(9, 14))
        rows.append([i + 1, f"岚渔{21000 + i * 7 + rng.randint(0, 6)}", length, kw, person(rng), crew, crew + 2, cert,
                     "有" if length >= 12 else "—", "北斗+AIS" if length >= 12 else "北斗",
                     f"{rng.choice([2026, 2027, 2028])}-{rng.randint(1, 12):02d}",
                     dt.date(2023, rng.choice([6, 7]), rng.randint(1, 28)).isoformat(),
                     dt.date(2025, rng.choice([7, 8]), rng.randint(1, 28)).isoformat()])
    return rows


INJ = gen_injuries()
INJ_ST, INJ_TOT, INJ_H1_2025 = injury_stats(INJ)
HH23 = gen_households(2023, 160, 96, 47, 17, closed=True)
HH25 = gen_households(2025, 172, 121, 37, 14, closed=False)
HS23 = gen_homestay_checks(2023, [2, 3, 4])
HS24 = gen_homestay_checks(2024, [1, 2, 3, 4])
HS25 = gen_homestay_checks(2025, [1, 2, 3, 4])
BOATS = gen_boats()


def n_inj(y, t):
    return INJ_ST.get(y, {}).get(t, 0)


FALL, WORK, ROAD, DROWN, BURN = "跌倒/坠落", "渔业作业机械伤", "道路交通伤", "溺水", "烧烫伤"


# ----------------------------------------------------------------------------------------------
# 00 综合文件: 实施方案 (states the period), 档案总目录
# ----------------------------------------------------------------------------------------------
def plan_doc():
    return doc("白海村安全社区创建工作实施方案", "2023-03-25", [
        P("为贯彻落实县安委会关于推进安全社区建设的部署，结合白海村渔业村、海岛型村庄的实际，"
          "依据《安全社区建设基本要求》（AQ/T 9001-2006），制定本实施方案。"),
        H("一、村情概况"),
        P("白海村位于石港镇东南部，陆域面积3.6平方公里，海岸线7.2公里，下辖8个村民小组。户籍612户2048人，"
          "常住1730人，其中60周岁以上老年人596人，子女长期在外的留守老人213人（独居68人），14周岁以下儿童231人。"
          "全村有登记渔船86艘（24米以上9艘、12至24米31艘、12米以下46艘），从业渔民412人；白海渔港为三级渔港，"
          "避风锚地可容船120艘；渔排养殖户47户、网箱1260口；民宿23家、床位386张，其中21家使用瓶装液化气；"
          "X217县道穿村而过，白海段长4.6公里，有急弯7处。村内有白海小学（1—4年级）、白海幼儿园、村卫生室各1所。"),
        H("二、创建周期与目标"),
        P("创建周期：2023年4月1日至2026年3月31日，共三年。创建期满后开展自评，申报市级安全社区。"),
        P("总体目标：建立跨部门合作的安全促进组织，围绕渔业生产、涉水、液化气、老年人跌倒、道路交通、防台风六个重点领域"
          "实施安全促进项目，到创建期末伤害发生数较基线下降20%，不发生溺水死亡和渔业生产安全死亡事故，"
          "居民安全知晓率达到85%以上。"),
        H("三、组织机构"),
        P("成立白海村安全社区促进委员会，由村党支部书记、村委会主任任主任，镇分管副镇长和村委会副主任任副主任，"
          "镇海洋与渔业服务站、派出所、海警工作站、交警中队、镇卫生院、村卫生室、白海小学、民宿联合会、船东互助会、"
          "老年协会、妇联、志愿队、液化气站等单位负责人为委员。委员会下设办公室（设在村委会）和六个安全促进项目组、"
          "一个伤害监测组。"),
        H("四、实施步骤"),
        T(["阶段", "时间", "主要工作"], [
            ["启动阶段", "2023年3月—4月", "成立促进委员会，召开动员大会，印发实施方案"],
            ["诊断阶段", "2023年5月—6月", "问卷调查、伤害回顾调查、危险源辨识，形成社区安全诊断报告"],
            ["计划阶段", "2023年7月", "确定三年目标和年度计划，制定六个项目实施方案"],
            ["实施阶段", "2023年7月—2025年12月", "项目实施、宣传培训、应急演练、检查监测、伤害记录"],
            ["自评阶段", "2026年1月—3月", "项目效果评估、年度评审、整理档案、形成自评报告"],
        ]),
        H("五、保障措施"),
        P("（一）经费保障。村集体每年安排不少于5万元专项经费，积极争取镇、县补助，民宿联合会、船东互助会按约定分担部分经费。"),
        P("（二）制度保障。建立促进委员会例会、信息交流、宣传培训、安全检查、伤害监测、应急管理、绩效评审等制度。"),
        P("（三）督促考核。促进委员会办公室每季度通报项目进度，年度评审结果纳入村干部年度考核。"),
        SIGN("白海村村民委员会", "2023年3月25日"),
    ], docno="白委〔2023〕14号")


# ----------------------------------------------------------------------------------------------
# 要素一 volume
# ----------------------------------------------------------------------------------------------
def minutes(title, date, place, host, present, absent, recorder, topics, decisions, docno=None, cn=False):
    body = [P(f"时间：{ar_date(date)}"), P(f"地点：{place}"), P(f"主持：{host}"), P(f"出席：{present}")]
    if absent:
        body.append(P(f"缺席：{absent}"))
    body.append(P(f"记录：{recorder}"))
    body.append(H("一、会议议题及讨论情况"))
    for t in topics:
        body.append(P(t))
    body.append(H("二、会议决定事项"))
    for i, d_ in enumerate(decisions, 1):
        body.append(P(f"{i}. {d_}"))
    body.append(SIGN("白海村安全社区促进委员会办公室", cn_date(date) if cn else ar_date(date)))
    return doc(title, date, body, docno=docno, date_style="cn" if cn else "ar")


def vol_e1():
    docs = []
    docs.append(doc("关于启动白海村安全社区创建工作的通知", "2023-03-20", [
        P("各村民小组、村属各单位，辖区各民宿、渔船船东："),
        P("根据《石港镇安全社区建设推进方案》（石政〔2023〕9号）要求，经村两委研究，决定在全村启动安全社区创建工作。"
          "现将有关事项通知如下："),
        P("一、创建周期。白海村安全社区创建周期自二〇二三年四月一日起至二〇二六年三月三十一日止，共三年。"),
        P("二、创建标准。依据《安全社区建设基本要求》（AQ/T 9001-2006）开展创建，按农村型安全社区要求建设。"),
        P("三、动员大会。定于2023年4月1日上午9时在村文化礼堂召开创建启动动员大会，请各村民小组长、党员、"
          "村民代表、渔船船东代表、民宿业主准时参加。"),
        P("四、工作要求。各单位要明确一名联络员，于3月31日前报村委会。"),
        SIGN("中共白海村支部委员会", "白海村村民委员会", cn_date("2023-03-20")),
    ], docno="白委〔2023〕12号", date_style="cn"))
    docs.append(doc("关于成立白海村安全社区促进委员会的通知", "2023-03-28", [
        P("为加强对安全社区创建工作的组织领导，经与镇政府及辖区相关单位协商，决定成立白海村安全社区促进委员会，"
          "成员如下："),
        T(["职务", "姓名", "单位及职务"], [list(c) for c in COMMITTEE]),
        P("促进委员会下设办公室，办公室设在村委会，郑秀兰同志兼任办公室主任，村安全员黄志强同志为专职工作人员，"
          "村文书吴晓燕同志负责资料收集整理。"),
        P("促进委员会主要职责：组织开展事故与伤害风险辨识及评价；制定安全目标和计划；组织落实安全促进项目；"
          "整合村内外资源，推动全员参与；组织评审社区安全绩效；为创建工作提供人、财、物保障。"),
        SIGN("白海村村民委员会", cn_date("2023-03-28")),
    ], docno="白委〔2023〕13号", date_style="cn"))
    docs.append(doc("白海村安全社区创建启动动员大会记录", "2023-04-01", [
        P("时间：2023年4月1日上午9:00—10:40"),
        P("地点：白海村文化礼堂"),
        P("参加人员：镇分管副镇长陈立峰，村两委成员，各村民小组长，党员、村民代表，渔船船东代表，民宿业主，"
          "小学、卫生室、警务室负责人等，共126人（签到表附后）。"),
        P("会议内容：林海生书记宣读《关于启动白海村安全社区创建工作的通知》和《实施方案》；陈立峰副镇长作动员讲话，"
          "要求把安全社区创建与渔港综合整治、美丽乡村建设结合起来；船东代表林德旺、民宿代表王丽娜作表态发言；"
          "现场签订渔船安全生产承诺书72份、民宿安全经营承诺书23份。"),
        PHOTO("2023年4月1日 白海村安全社区创建启动动员大会现场"),
    ]))
    docs.append(minutes("白海村安全社区促进委员会2023年第一次全体会议纪要", "2023-04-28", "村委会三楼会议室",
                        "林海生", attendees(absent=("徐明",)), "徐明（执勤，书面请假）", "吴晓燕", [
        "会议审议《白海村安全社区创建工作实施方案》，讨论促进委员会及项目组工作制度。",
        "蔡德明提出渔船安全是本村最大风险点，建议项目一由渔业服务站牵头；王丽娜提出民宿液化气安全需液化气站参与；"
        "方丽萍提出须尽快建立伤害监测制度，由村卫生室每月登记。",
    ], [
        "通过《实施方案》（白委〔2023〕14号），自即日起执行。",
        "设立六个安全促进项目组和一个伤害监测组，组长、副组长名单另行发文（白委〔2023〕16号）。",
        "通过《促进委员会工作制度》《项目组工作制度》，促进委员会每季度召开一次全体会议。",
        "5月31日前完成入户问卷调查，6月底前形成社区安全诊断报告，由黄志强牵头、方丽萍配合。",
        "2023年经费预算18.6万元，由办公室编制明细报村两委审定。",
    ]))
    docs.append(doc("关于设立白海村安全促进项目组的通知", "2023-04-28", [
        P("根据促进委员会2023年第一次全体会议决定，设立以下项目组："),
        T(["项目组", "名称", "组长", "副组长", "主要成员"], [
            [p[0], p[1], p[2], p[3], m] for p, m in zip(PROJECTS, [
                "渔业服务站2人、船东互助会5人、海警1人、船员代表4人",
                "志愿队8人、小学教师3人、村妇联2人、渔排养殖户2人",
                "民宿联合会4人、液化气站2人、村安全员、村电工",
                "老年协会5人、乡村医生、镇卫生院1人、妇联2人、志愿者4人",
                "交警中队2人、警务室民警、村委1人、校车驾驶员、电动三轮车车主代表2人",
                "村两委3人、渔排养殖户代表4人、渔业服务站1人、海警1人、民兵应急分队3人"])] + [
            ["监测组", "伤害监测组", "方丽萍", "林美珍", "村文书吴晓燕、村安全员黄志强"]]),
        P("各项目组在项目实施方案中明确目标、措施、进度和评估方法，报促进委员会办公室备案。"),
        SIGN("白海村安全社区促进委员会", "2023年4月28日"),
    ], docno="白委〔2023〕16号"))
    docs.append(doc("白海村安全社区促进委员会工作制度", "2023-04-28", [
        P("第一条 促进委员会是白海村安全社区建设的领导和协调机构，对创建工作负总责。"),
        P("第二条 促进委员会实行例会制度，每季度召开一次全体会议，听取各项目组工作进展，研究解决重大问题；"
          "遇台风、重大事故等情况随时召开专题会议。"),
        P("第三条 会议由主任主持，主任不在时由副主任主持。会议须有三分之二以上委员出席，会议形成纪要，由办公室存档。"),
        P("第四条 办公室负责会议筹备、决定事项督办，并在下次例会上通报落实情况。"),
        P("第五条 委员因故不能出席会议的，应事先请假，并可书面提出意见。"),
        P("第六条 促进委员会每年组织一次安全绩效评审，评审结果向全体村民公开。"),
        P("第七条 本制度自通过之日起执行。"),
    ]))
    docs.append(doc("白海村安全促进项目组工作制度", "2023-04-28", [
        P("一、各项目组在促进委员会领导下开展工作，组长对本项目的策划、实施和评估负责。"),
        P("二、项目组每两个月至少召开一次组内会议，研究项目实施中的具体问题，会议情况报办公室。"),
        P("三、项目组应建立项目实施台账，记录活动时间、地点、参与人数和实施效果；每半年向促进委员会报告一次进展。"),
        P("四、项目实施满两年应开展效果评估，评估以项目目标为依据，采用伤害数据、知晓率、设施改善等客观指标。"),
        P("五、项目组成员变动由组长提出，报办公室备案。"),
    ]))
    docs.append(doc("白海村安全社区组织网络及职责分工说明", "2023-05-06", [
        P("白海村安全社区组织网络分三级：第一级为促进委员会，负责决策和协调；第二级为促进委员会办公室和六个项目组、"
          "伤害监测组，负责组织实施；第三级为8个村民小组安全信息员、23家民宿安全责任人、86艘渔船船长，负责落实到户到船。"),
        T(["层级", "机构/人员", "职责"], [
            ["一级", "促进委员会（17人）", "决策、协调、资源整合、绩效评审"],
            ["二级", "办公室（3人）", "日常工作、会议组织、资料整理、督办"],
            ["二级", "项目组（6个）及伤害监测组", "项目策划、实施、评估；伤害数据收集分析"],
            ["三级", "村民小组安全信息员（8人）", "收集隐患和伤害信息，传达安全提示"],
            ["三级", "民宿安全责任人（23人）", "落实液化气、消防安全措施，配合季度检查"],
            ["三级", "渔船船长（86人）", "落实救生衣、通讯设备配备，出海报告"],
        ]),
    ]))
    docs.append(doc("白海村安全社区建设经费保障办法", "2023-05-10", [
        P("一、经费来源：村集体经济收入安排、镇政府安全社区补助、县应急管理局专项补助、民宿联合会和船东互助会分担、社会捐助。"),
        P("二、村集体每年安排安全社区建设经费不少于5万元，列入村年度财务预算。"),
        P("三、经费主要用于：安全设施改造、宣传培训、应急物资、演练、志愿者保险和补贴、伤害监测及资料印制。"),
        P("四、经费使用实行村务监督委员会监督，每半年在村务公开栏公布一次收支情况。"),
    ]))
    docs.append(doc("白海村2023年度安全社区建设经费预算表", "2023-05-12", [
        T(["科目", "预算（万元）", "来源", "说明"], [
            ["渔港安全设施（救生圈、警示牌、护栏维修）", "4.2", "镇补助", "救生圈配置点12处"],
            ["民宿燃气报警器补贴", "2.4", "县应急局、民宿联合会", "21家，每家2台，补助50%"],
            ["留守老人家庭扶手、防滑改造", "3.0", "村集体", "首批40户"],
            ["宣传培训", "2.5", "村集体", "资料印制、培训场地、讲师"],
            ["应急物资及演练", "3.5", "镇补助", "救生衣、应急照明、发电机"],
            ["志愿者保险及补贴", "1.5", "村集体", "36人"],
            ["伤害监测及办公", "1.5", "镇补助", ""],
            ["合计", "18.6", "", ""],
        ]),
        P("以上预算经2023年5月12日村两委会议审定。"),
    ]))
    docs.append(minutes("白海村安全社区促进委员会2023年第二次全体会议纪要", "2023-08-25", "村委会三楼会议室",
                        "林海生", attendees(absent=("陈立峰", "杨振")), "陈立峰（参加县会议）、杨振", "吴晓燕", [
        "黄志强汇报社区安全诊断情况：共发放问卷420份，回收有效问卷396份；2022年4月至2023年3月全村发生各类伤害56例，"
        "跌倒19例居首，渔业作业伤害11例，道路交通伤害9例，溺水3例（死亡1例）。",
        "黄建国通报8月9日白海湾沙滩一名9岁男孩戏水被离岸流卷走、由志愿队员救起的险情，建议暑期增加沙滩巡查。",
        "会议讨论三年预防目标和2023年度工作计划（草案）。",
    ], [
        "原则通过《社区安全诊断报告》和《三年伤害预防目标》，由办公室修改后印发。",
        "项目二于9月10日前在白海湾沙滩增设救生圈、警示牌，暑期周末安排志愿者沙滩巡查。",
        "9月开始组织第一轮民宿液化气季度检查（三季度），由杨振负责技术把关。",
        "伤害监测组每月5日前汇总上月伤害登记，每半年形成一次分析报告。",
    ]))
    docs.append(minutes("白海村安全社区促进委员会2023年第三次全体会议纪要", "2023-11-28", "村委会三楼会议室",
                        "林海生", attendees(absent=("刘振宇",)), "刘振宇（出海执法）", "吴晓燕", [
        "各项目组汇报进展：项目一完成86艘渔船救生衣清点，补发救生衣96件；项目三完成三、四季度民宿检查，"
        "燃气报警器已安装9家；项目四完成首批40户留守老人家庭扶手安装。",
        "讨论冬季渔船安全和春节期间民宿客流安全。",
        "办公室汇报2023年经费执行情况，截至11月中旬已支出" + str(spent(2023, "2023-11-28")) + "万元。",
    ], [
        "12月中旬开展2023年度安全绩效评审，由陈立峰副镇长带队。",
        "2024年经费预算按24.5万元编制，重点增加交通安全设施投入。",
        "春节前组织一次渔港消防安全检查。",
    ]))
    docs.append(doc("白海村2024年度安全社区建设经费预算表", "2024-01-09", [
        T(["科目", "预算（万元）", "来源", "说明"], [
            ["沿海公路急弯警示、减速带", "5.5", "县交通局补助、村集体", "急弯7处"],
            ["渔港安全设施及渔船通讯设备补贴", "4.0", "镇补助", ""],
            ["民宿燃气报警器补贴（第二批）", "1.6", "民宿联合会", "12家"],
            ["留守老人家庭改造（第二批）", "3.2", "村集体", "28户"],
            ["宣传培训", "3.0", "村集体", ""],
            ["应急物资及演练", "4.2", "镇补助、县应急局", "两次演练"],
            ["志愿者保险及补贴", "1.8", "村集体", "42人"],
            ["伤害监测及办公", "1.2", "镇补助", ""],
            ["合计", "24.5", "", ""],
        ]),
    ]))
    docs.append(minutes("白海村安全社区促进委员会2024年第一次全体会议纪要", "2024-03-15", "村委会三楼会议室",
                        "林海生", attendees(absent=("周建平",)), "周建平（学校开学工作）", "吴晓燕", [
        "审议《白海村2024年度安全社区工作计划》。",
        "蔡德明通报开海前渔船检查安排；徐明通报X217县道白海段2023年交通事故情况，建议在K5+800、K6+300急弯设置减速带。",
        "方丽萍通报2023年4—12月伤害监测结果，共登记伤害" + str(INJ_TOT[2023]) + "例。",
    ], [
        "审定通过2024年度工作计划，印发各项目组执行。",
        "项目五4月底前完成6道减速带施工。",
        "3月中旬组织2024年第一次渔船船员安全培训。",
    ]))
    docs.append(minutes("白海村安全社区促进委员会2024年第二次全体会议纪要", "2024-06-20", "村委会三楼会议室",
                        "林海生", attendees(absent=("杨振", "林阿福")), "杨振、林阿福", "吴晓燕", [
        "郑秀兰汇报防台风准备情况和6月27日防台风综合演练方案。",
        "王丽娜反映二季度民宿检查中仍有3家软管老化，已当场更换。",
        "方丽萍通报2024年1—5月伤害登记情况，跌倒伤害较去年同期减少。",
    ], [
        "6月27日组织防台风人员转移和渔船回港综合演练，全体委员参加观摩。",
        "渔排养殖户在7月前完成渔排加固检查，由项目六组织。",
        "暑期（7—8月）沙滩志愿巡查增加到每天两次。",
    ]))
    docs.append(minutes("白海村安全社区促进委员会2024年第三次全体会议纪要", "2024-09-26", "村委会三楼会议室",
                        "林海生", attendees(absent=("陈立峰",)), "陈立峰", "吴晓燕", [
        "蔡德明汇报伏季休渔结束开捕安全工作和9月5日渔民培训情况。",
        "黄建国通报7月16日渔排作业人员落水获救事件，当事人未穿救生衣。",
        "各项目组汇报半年进展。",
    ], [
        "渔排作业人员必须穿着救生衣，项目六向47户养殖户发放作业救生衣94件。",
        "11月组织一次民宿液化气火灾应急演练。",
        "办公室着手准备年度评审材料。",
    ]))
    docs.append(minutes("白海村安全社区促进委员会2024年第四次全体会议纪要", "2024-12-19", "村委会三楼会议室",
                        "林海生", attendees(absent=("林阿福",)), "林阿福", "吴晓燕", [
        "徐明通报12月2日X217县道K6+300急弯一名71岁村民驾驶电动三轮车侧翻死亡事故，分析原因为弯道视距不足、"
        "车辆超载、未戴头盔。",
        "讨论2025年重点工作和经费预算。",
        "讨论年度安全绩效评审安排。",
    ], [
        "项目五提出K6+300急弯增设波形护栏方案，争取县交通局2025年安排资金。",
        "2024年度安全绩效评审于2025年1月中旬进行，评审组由陈立峰、方丽萍、蔡德明和两名村民代表组成。",
        "2025年经费预算按16万元编制。",
    ]))
    docs.append(doc("白海村2025年度安全社区建设经费预算表", "2025-01-06", [
        T(["科目", "预算（万元）", "来源", "说明"], [
            ["K6+300急弯波形护栏（村配套）", "3.0", "村集体", "县交通局另行投资"],
            ["渔港及渔排安全设施", "3.0", "镇补助", ""],
            ["留守老人家庭改造（第三批）", "2.0", "村集体", ""],
            ["宣传培训", "2.5", "村集体", ""],
            ["应急物资", "2.5", "镇补助", ""],
            ["志愿者保险及补贴", "1.8", "村集体", ""],
            ["伤害监测及办公", "1.2", "镇补助", ""],
            ["合计", "16.0", "", ""],
        ]),
    ]))
    docs.append(minutes("白海村安全社区促进委员会2025年第一次全体会议纪要", "2025-04-18", "村委会三楼会议室",
                        "林海生", attendees(absent=("陈立峰", "刘振宇", "杨振")), "陈立峰、刘振宇、杨振", "吴晓燕", [
        "郑秀兰说明：一季度因春节和渔船开海准备，未召开促进委员会例会。",
        "黄志强同志拟于5月借调镇应急管理办公室，办公室日常工作由吴晓燕接手。",
        "讨论2025年工作安排和项目效果评估准备。",
    ], [
        "2025年度工作计划由办公室起草后报委员会审定。",
        "各项目组于11月底前完成项目效果评估，形成评估报告。",
        "项目五配合县交通局5月完成K6+300急弯护栏施工。",
    ]))
    docs.append(doc("关于调整白海村安全社区促进委员会办公室工作人员的通知", "2025-05-20", [
        P("因工作需要，黄志强同志借调石港镇应急管理办公室工作，不再担任促进委员会办公室专职工作人员。"
          "办公室日常工作、资料整理由吴晓燕同志负责。"),
        SIGN("白海村安全社区促进委员会", "2025年5月20日"),
    ], docno="白委〔2025〕7号"))
    docs.append(minutes("白海村安全社区促进委员会2025年第二次全体会议纪要", "2025-11-21", "村委会三楼会议室",
                        "林海生", attendees(absent=("徐明", "林美珍")), "徐明；林美珍（已于9月退休）", "吴晓燕", [
        "方丽萍通报：村卫生室乡村医生林美珍9月退休，卫生室暂由镇卫生院每周派医生坐诊两天，伤害登记暂停，9月以来的伤害月报未报送。",
        "郑秀兰汇报9月17日应对2025年第14号台风情况：提前转移海边危房和渔排人员142人，86艘渔船全部回港避风，无人员伤亡。",
        "吴晓燕汇报9—10月入户安全排查情况：排查重点户172户，评定A类121户、B类37户、C类14户，C类户已下发整改通知书。",
        "各项目组汇报效果评估进展，项目五因县交警中队事故数据未反馈，评估尚未开展。",
    ], [
        "C类户整改期限为2025年12月31日，由各村民小组安全信息员督促落实。",
        "2025年度安全绩效评审于2026年1月进行。",
        "2026年一季度开展自评，3月底前完成自评报告初稿。",
    ]))
    docs.append(minutes("白海村安全社区促进委员会2026年第一次全体会议纪要", "2026-03-20", "村委会三楼会议室",
                        "林海生", attendees(absent=("刘振宇", "林美珍")), "刘振宇；林美珍（已退休，委员待增补）", "吴晓燕", [
        "吴晓燕汇报自评准备情况及存在问题：一是2025年9月以后村卫生室伤害月报中断，伤害登记尚未恢复；"
        "二是2025年未组织应急演练；三是2025年C类户整改复查工作尚未完成；四是档案资料仍在整理中。",
        "林海生要求对照问题逐项整改。",
    ], [
        "由方丽萍协调镇卫生院，4月起恢复伤害登记，并补录2025年9月以来就诊资料。",
        "2026年5月组织防台风综合演练。",
        "4月15日前完成C类户复查。",
        "4月底前完成自评报告，报镇政府审核后申报市级安全社区。",
    ]))
    write_docx_volume("01 汇编/要素一 安全社区创建机构与职责 资料汇编.docx", "要素一  安全社区创建机构与职责  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 要素二 volume
# ----------------------------------------------------------------------------------------------
def volunteer_log():
    rng = random.Random(SEED + 21)
    acts = [("2023-06-24", "白海湾沙滩暑期巡查", 6), ("2023-07-08", "白海湾沙滩暑期巡查", 6),
            ("2023-07-22", "台风前协助转移渔排老人", 12), ("2023-08-12", "白海湾沙滩暑期巡查", 8),
            ("2023-09-09", "沙滩增设救生圈、警示牌", 7), ("2023-10-14", "独居老人家庭扶手安装协助", 5),
            ("2023-12-16", "渔港冬季消防巡查", 4), ("2024-02-03", "春节前走访独居老人", 10),
            ("2024-04-13", "减速带施工现场交通疏导", 4), ("2024-05-12", "防灾减灾日宣传", 9),
            ("2024-06-27", "参加防台风综合演练", 18), ("2024-07-06", "白海湾沙滩暑期巡查", 8),
            ("2024-07-20", "白海湾沙滩暑期巡查", 8), ("2024-08-03", "白海湾沙滩暑期巡查", 8),
            ("2024-08-17", "渔排救生衣发放", 6), ("2024-11-08", "参加民宿液化气火灾应急演练", 11),
            ("2025-01-18", "春节前走访独居老人", 9), ("2025-05-31", "学生防溺水宣传进校园", 6),
            ("2025-07-05", "白海湾沙滩暑期巡查", 5), ("2025-08-02", "白海湾沙滩暑期巡查", 5),
            ("2025-09-16", "台风前协助转移人员", 15), ("2025-10-11", "协助入户安全排查", 6)]
    return [[i + 1, d, a, n, person(rng) + "等", round(n * rng.uniform(2.5, 4.0), 1)] for i, (d, a, n) in enumerate(acts)]


def vol_e2():
    rng = random.Random(SEED + 22)
    docs = []
    docs.append(doc("白海村安全信息交流与反馈制度", "2023-05-05", [
        P("一、信息交流渠道：村务公开栏（每村民小组1处）、“白海平安”微信群、村广播、安全意见箱（村委会、渔港、卫生室各1个）、"
          "安全热线（村委会值班电话）、村民代表会议。"),
        P("二、信息收集：村民小组安全信息员每月收集一次本组隐患和意见；意见箱每周开启一次，由办公室登记。"),
        P("三、反馈时限：一般意见5个工作日内答复，涉及隐患的当日转相关项目组处理，处理结果在村务公开栏或微信群公布。"),
        P("四、部门协商：促进委员会每年召开一次与镇海洋与渔业服务站、派出所、海警工作站、交警中队的安全联席会议。"),
        P("五、对外交流：积极参加市、县组织的安全社区交流活动，学习先进经验。"),
    ]))
    docs.append(doc("白海蓝海救援志愿队成立及队员名册", "2023-05-20", [
        P("为发挥村内熟悉水性的渔民、退伍军人作用，经村两委研究，成立白海蓝海救援志愿队，黄建国任队长，现有队员36人，"
          "其中持有救生员证书5人。志愿队主要承担沙滩巡查、落水救援协助、台风转移协助、独居老人走访等任务。"),
        T(["序号", "姓名", "性别", "年龄", "特长", "所在小组"], [
            [i + 1, person(rng), rng.choice(["男", "男", "男", "女"]), rng.randint(22, 63),
             rng.choice(["游泳救生", "驾船", "急救", "电工", "宣传", "驾驶"]), rng.choice(GROUPS)] for i in range(36)]),
        P("2024年新增队员6人，队伍扩大到42人（名单另册）。"),
    ]))
    docs.append(doc("白海蓝海救援志愿队志愿服务记录汇总表", "2025-10-31", [
        T(["序号", "日期", "服务内容", "参加人数", "带队/登记人", "服务时长（小时/人）"], volunteer_log()),
    ]))
    docs.append(doc("2023年白海村安全联席会议纪要", "2023-07-06", [
        P("时间：2023年7月6日。地点：石港镇海洋与渔业服务站会议室。"),
        P("参加：白海村林海生、郑秀兰、黄志强；镇海洋与渔业服务站蔡德明；石港派出所许俊；石港海警工作站刘振宇；交警中队徐明。"),
        P("会议商定：（1）渔船出海报告信息由渔业服务站每周推送村办公室一次；（2）海警工作站在台风季节提前48小时向村发布预警；"
          "（3）派出所每月向村通报一次辖区治安及交通警情；（4）各方指定联络人，建立联席会议微信群。"),
    ]))
    docs.append(doc("2024年白海村安全联席会议纪要", "2024-07-10", [
        P("时间：2024年7月10日。地点：白海村委会。"),
        P("参加：林海生、郑秀兰、黄志强、蔡德明、许俊、刘振宇、徐明、方丽萍。"),
        P("会议通报了上半年渔船安全、交通警情、伤害监测情况，商定交警中队每季度向村提供X217县道白海段事故数据，"
          "渔业服务站协助推广渔排作业救生衣。"),
    ]))
    docs.append(doc("2025年白海村安全联席会议纪要", "2025-07-08", [
        P("时间：2025年7月8日。地点：白海村委会。"),
        P("参加：林海生、郑秀兰、吴晓燕、蔡德明、许俊、徐明。"),
        P("会议通报K6+300急弯护栏已于5月建成；商定台风季期间海警、渔业服务站与村每日互通渔船在港情况。"),
    ]))
    docs.append(doc("赴东屿市海湾街道学习安全社区建设经验的情况报告", "2023-11-20", [
        P("2023年11月16日，林海生带领郑秀兰、黄志强、王丽娜、林德旺一行5人赴东屿市海湾街道（全国安全社区）学习考察，"
          "参观了海湾街道社区安全体验馆、渔港安全管理站和伤害监测点，学习了渔船“出海报告、回港签到”制度和伤害监测做法。"),
        P("回村后，办公室提出借鉴海湾街道做法：一是在渔港设立出海登记点；二是由村卫生室按统一表格登记伤害；"
          "三是在村文化礼堂设置安全宣传角。"),
    ]))
    docs.append(doc("参加东屿市安全社区建设经验交流会的情况", "2024-05-23", [
        P("2024年5月23日，东屿市应急管理局在岚澳县召开全市安全社区建设经验交流会，林海生代表白海村作题为"
          "《渔村安全从“一条船、一个瓶、一位老人”抓起》的交流发言，介绍渔船救生衣全覆盖、民宿燃气报警器补贴、"
          "留守老人家庭扶手改造等做法。"),
    ]))
    docs.append(doc("接待岚北县鹿角村考察交流情况记录", "2025-06-12", [
        P("2025年6月12日，岚北县鹿角村两委成员一行8人来白海村考察安全社区创建工作，参观了白海渔港救生圈配置点、"
          "K6+300急弯护栏、民宿燃气报警器安装情况，双方就渔排防台、伤害登记做法进行了交流。"),
    ]))
    docs.append(doc("渔船及民宿安全承诺书签订情况统计", "2023-06-30", [
        T(["类别", "应签数", "已签数", "签订率"], [
            ["渔船船东安全生产承诺书", "86", "86", "100%"],
            ["民宿安全经营承诺书", "23", "23", "100%"],
            ["渔排养殖户防台安全承诺书", "47", "45", "95.7%"],
            ["留守老人家庭监护人安全承诺书", "213", "188", "88.3%"],
        ]),
    ]))
    write_docx_volume("01 汇编/要素二 信息交流和全员参与 资料汇编.docx", "要素二  信息交流和全员参与  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


def opinions_rows():
    rng = random.Random(SEED + 23)
    items = [("渔港码头台阶湿滑，建议加防滑条", "项目一", "已在码头3处台阶加装防滑条"),
             ("白海湾沙滩没有救生圈", "项目二", "已增设救生圈4个、警示牌3块"),
             ("X217县道急弯晚上太暗", "项目五", "已报县交通局，增设警示灯"),
             ("民宿门口液化气瓶露天堆放", "项目三", "已要求设置气瓶存放间"),
             ("独居老人家里卫生间太滑", "项目四", "纳入扶手改造名单"),
             ("渔排通道木板松动", "项目六", "已通知养殖户加固"),
             ("村道路灯不亮", "办公室", "已报修"),
             ("电动三轮车拉人太多", "项目五", "交警中队开展劝导"),
             ("希望多办老人健康讲座", "项目四", "纳入培训计划"),
             ("台风时转移安置点太远", "项目六", "增设白海小学为第二安置点"),
             ("码头夜间照明不足", "项目一", "增设照明灯4盏"),
             ("学校门口车速快", "项目五", "设置减速带"),
             ("渔船救生衣老旧", "项目一", "补发救生衣"),
             ("微信群通知太多看不过来", "办公室", "重要通知改为置顶"),
             ("海堤护栏有缺口", "项目六", "已报镇水利站修复")]
    rows = []
    d = dt.date(2023, 5, 8)
    for i in range(80):
        txt, grp, res = items[i % len(items)]
        d = d + dt.timedelta(days=rng.randint(14, 36))
        if d > dt.date(2026, 3, 25):
            break
        src = rng.choice(["意见箱", "微信群", "村民代表会议", "电话", "信息员上报"])
        reply = (d + dt.timedelta(days=rng.randint(1, 5))).isoformat()
        rows.append([i + 1, d.isoformat(), src, txt, grp, res, reply, "吴晓燕" if d >= dt.date(2025, 5, 20) else "黄志强"])
    return rows


# ----------------------------------------------------------------------------------------------
# 要素三 volume (PDF)
# ----------------------------------------------------------------------------------------------
def vol_e3():
    docs = []
    docs.append(doc("白海村事故与伤害风险辨识及评价制度", "2023-04-30", [
        P("一、促进委员会办公室负责组织风险辨识及评价工作，各项目组、伤害监测组配合。"),
        P("二、辨识方法：入户问卷调查、伤害回顾调查、现场隐患排查、安全检查表、座谈会和专家咨询。"),
        P("三、创建初期开展一次全面社区安全诊断，形成诊断报告；创建中期（2025年上半年）对危险源清单进行一次复核；"
          "发生较大事故或新增重大风险时及时补充辨识。"),
        P("四、辨识结果作为制定安全目标、计划和安全促进项目的依据，并向村民公布。"),
    ]))
    docs.append(doc("白海村安全状况入户问卷调查报告", "2023-06-05", [
        P("2023年5月8日至31日，办公室组织村民小组安全信息员和志愿者开展入户问卷调查，按村民小组分层抽取420户，"
          "每户由一名18岁以上家庭成员填写，回收有效问卷396份，有效率94.3%。"),
        T(["调查项目", "结果"], [
            ["居民安全知识知晓率（10题平均正确率）", "61.2%"],
            ["过去一年家庭成员发生过需就医伤害的户数", "47户（11.9%）"],
            ["认为本村最突出的安全问题（多选，前三位）", "渔船出海安全68.4%、老人摔倒55.1%、公路急弯41.7%"],
            ["家中使用瓶装液化气", "82.3%"],
            ["液化气瓶放在室内卧室或客厅", "9.6%"],
            ["出海从不或偶尔穿救生衣（渔民填答）", "37.5%"],
            ["儿童会游泳比例（有儿童户填答）", "23.8%"],
            ["对村安全状况满意度", "72.5%"],
        ]),
        P("结论：渔民救生衣穿着率低、老人居家跌倒风险高、儿童涉水风险高、液化气使用不规范和公路急弯是居民最关心的问题。"),
    ]))
    docs.append(doc("白海村伤害回顾调查统计（2022年4月—2023年3月）", "2023-06-10", [
        P("调查方法：查阅村卫生室门诊日志、石港镇卫生院就诊记录，结合入户问卷核实，统计2022年4月至2023年3月白海村常住人口伤害情况。"),
        T(["伤害类型", "例数", "占比", "其中死亡"], [
            ["跌倒/坠落", "19", "33.9%", "0"], ["渔业作业机械伤", "11", "19.6%", "1"], ["道路交通伤", "9", "16.1%", "0"],
            ["烧烫伤", "5", "8.9%", "0"], ["刀/锐器伤", "4", "7.1%", "0"], ["溺水", "3", "5.4%", "1"],
            ["其他", "5", "8.9%", "0"], ["合计", "56", "100%", "2"]]),
        P("跌倒伤害中65岁以上老人占16例；渔业作业伤害全部为男性渔民，死亡1例为2022年10月渔船起网时被缆绳带落海中；"
          "溺水死亡1例为2022年7月一名72岁老人赶海时被涨潮围困。"),
    ]))
    docs.append(doc("白海村危险源辨识及风险评价清单", "2023-06-15", [
        P("采用作业条件危险性评价法（LEC）对辨识出的危险源进行评价，D≥160为重大风险，70≤D<160为较大风险。"),
        T(["序号", "场所/活动", "危险源", "可能导致的伤害", "风险等级", "管控责任"], [
            [1, "渔船出海作业", "救生衣未穿着、通讯设备故障", "落水溺亡", "重大", "项目一"],
            [2, "渔船起放网", "起网机、缆绳", "机械伤害、落水", "较大", "项目一"],
            [3, "渔港码头", "台阶湿滑、夜间照明不足", "跌倒、落水", "较大", "项目一"],
            [4, "白海湾沙滩", "离岸流、无救生设施", "儿童溺水", "重大", "项目二"],
            [5, "赶海", "涨潮围困", "溺水", "较大", "项目二"],
            [6, "民宿厨房", "瓶装液化气泄漏", "火灾、爆炸、烧伤", "重大", "项目三"],
            [7, "家庭厨房", "软管老化、气瓶室内存放", "火灾、烧烫伤", "较大", "项目三"],
            [8, "留守老人家庭", "卫生间湿滑、无扶手、照明不足", "跌倒骨折", "较大", "项目四"],
            [9, "X217县道K5+800、K6+300急弯", "视距不足、无护栏", "车辆侧翻、坠崖", "重大", "项目五"],
            [10, "X217县道村口段", "电动三轮车超载、车速快", "交通伤害", "较大", "项目五"],
            [11, "渔排", "台风、通道木板松动", "落水、财产损失", "较大", "项目六"],
            [12, "海边危房", "台风、风暴潮", "房屋倒塌伤人", "重大", "项目六"],
            [13, "海堤", "护栏缺失", "坠落", "一般", "项目六"],
            [14, "白海小学", "上下学交通", "交通伤害", "一般", "项目五"],
        ]),
    ]))
    docs.append(doc("白海村社区安全诊断报告", "2023-06-28", [
        H("一、诊断过程"),
        P("2023年5月至6月，促进委员会办公室组织开展社区安全诊断，采用入户问卷、伤害回顾调查、现场排查、座谈会（渔民、"
          "民宿业主、老年人、学生家长各1场）等方法，镇卫生院和渔业服务站专业人员参与。"),
        H("二、重点人群、重点场所和重点问题"),
        P("高危人群：出海渔民（412人）、渔排作业人员；脆弱群体：留守老人（213人，其中独居68人）、儿童（231人）；"
          "高风险环境：渔船和渔港码头、白海湾沙滩、民宿厨房、X217县道急弯、渔排和海边危房。"),
        P("重点问题：（1）渔民救生衣穿着率低，渔业作业伤害和落水死亡风险高；（2）儿童和赶海老人溺水；"
          "（3）民宿及家庭液化气使用不规范；（4）留守老人居家跌倒；（5）沿海公路急弯交通事故；（6）台风和风暴潮。"),
        H("三、安全需求"),
        P("村民最迫切的需求依次为：渔船出海安全保障、老人居家安全改造、沙滩救生设施、公路急弯防护、台风期间安置。"),
        H("四、建议"),
        P("建议设立渔船与渔港作业、防溺水、液化气使用、留守老人防跌倒、沿海公路交通、防台风与渔排养殖六个安全促进项目，"
          "并建立以村卫生室为主的伤害监测制度。"),
    ]))
    docs.append(doc("白海村危险源清单中期复核报告", "2025-03-26", [
        P("2025年3月，办公室会同渔业服务站、交警中队对2023年危险源清单进行中期复核。"),
        P("复核结果：白海湾沙滩（序号4）已增设救生圈和警示牌、暑期有志愿者巡查，风险由重大降为较大；民宿厨房（序号6）"
          "燃气报警器安装率达到100%，风险由重大降为较大；X217县道K6+300急弯2024年12月发生死亡事故，仍为重大风险，"
          "波形护栏计划于2025年5月建成；新增风险1项：民宿游客自行租用皮划艇出海，列为较大风险，纳入项目二管控。"),
    ]))
    write_pdf_volume("01 汇编/要素三 事故与伤害风险辨识及其评价 资料汇编.pdf", "要素三  事故与伤害风险辨识及其评价  资料汇编",
                     "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 要素四 volume
# ----------------------------------------------------------------------------------------------
def vol_e4():
    docs = []
    docs.append(doc("白海村安全社区三年伤害预防目标", "2023-08-30", [
        P("根据社区安全诊断结果，经促进委员会2023年第二次全体会议讨论，确定创建期伤害预防目标如下（基线为2022年4月—2023年3月）："),
        T(["序号", "指标", "基线", "创建期末目标"], [
            [1, "各类伤害发生数（例/年）", "56", "≤45（下降20%）"],
            [2, "溺水死亡", "1", "0"],
            [3, "渔业生产安全事故死亡", "1", "0"],
            [4, "65岁以上老人跌倒伤害（例/年）", "16", "下降25%"],
            [5, "液化气火灾、爆炸事故", "0", "0"],
            [6, "出海渔民救生衣穿着率", "62.5%", "≥95%"],
            [7, "民宿燃气报警器安装率", "0%", "100%"],
            [8, "居民安全知识知晓率", "61.2%", "≥85%"],
            [9, "X217县道白海段交通死亡事故", "0", "0"],
        ]),
        SIGN("白海村安全社区促进委员会", "2023年8月30日"),
    ], docno="白委〔2023〕27号"))
    docs.append(doc("白海村2023年度安全社区工作计划（4月—12月）", "2023-07-05", [
        T(["序号", "工作内容", "时间", "责任", "完成标志"], [
            [1, "完成社区安全诊断", "5—6月", "办公室", "诊断报告"],
            [2, "确定三年目标，制定六个项目实施方案", "7—8月", "各项目组", "目标文件、实施方案"],
            [3, "渔船救生衣清点补发", "7—9月", "项目一", "配备率100%"],
            [4, "沙滩救生圈、警示牌设置", "9月前", "项目二", "救生圈4个、警示牌3块"],
            [5, "民宿液化气季度检查", "每季度", "项目三", "检查记录"],
            [6, "首批40户留守老人家庭扶手改造", "10—11月", "项目四", "验收单"],
            [7, "X217县道急弯警示牌", "10月", "项目五", "警示牌12块"],
            [8, "防台风演练", "7月", "项目六", "演练记录及评估"],
            [9, "渔民、老人、学生、民宿专题培训", "全年", "各项目组", "培训记录"],
            [10, "年度评审", "12月", "促进委员会", "评审报告"],
        ]),
    ]))
    docs.append(doc("白海村2024年度安全社区工作计划", "2024-01-12", [
        P("2024年工作目标：伤害发生数控制在50例以内；不发生溺水和渔业生产死亡事故；民宿燃气报警器安装率100%；"
          "留守老人家庭改造累计68户；居民安全知晓率达到75%。"),
        T(["序号", "工作内容", "时间", "责任", "完成标志"], [
            [1, "开海前渔船安全检查、船员培训（两次）", "3月、9月", "项目一", "检查表、培训记录"],
            [2, "沙滩暑期巡查、学生防溺水教育", "5—8月", "项目二", "巡查记录"],
            [3, "民宿燃气报警器第二批补贴安装、季度检查", "全年", "项目三", "安装验收、检查记录"],
            [4, "第二批28户留守老人家庭改造", "4—6月", "项目四", "验收单"],
            [5, "K5+800、K6+300急弯减速带", "4月", "项目五", "减速带6道"],
            [6, "渔排加固检查、防台风演练", "6月", "项目六", "检查表、演练评估"],
            [7, "民宿液化气火灾应急演练", "11月", "项目三", "演练评估"],
            [8, "伤害监测及半年分析", "全年", "伤害监测组", "分析报告"],
            [9, "年度评审", "12月—次年1月", "促进委员会", "评审报告"],
        ]),
        P("本计划经促进委员会2024年第一次全体会议审定。"),
    ]))
    write_docx_volume("01 汇编/要素四 事故与伤害预防目标及计划 资料汇编.docx", "要素四  事故与伤害预防目标及计划  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 要素五 volumes (PDF)
# ----------------------------------------------------------------------------------------------
def falls65(y, upto=None):
    return sum(1 for r in INJ if r[7] == FALL and r[5] >= 65 and r[2][:4] == str(y) and (upto is None or r[2] <= upto))


def hose_ok(rows, month_prefix):
    sel = [r for r in rows if r[1].startswith(month_prefix) and r[4] != "—"]
    ok = sum(1 for r in sel if r[4] == "合格")
    return f"{ok / len(sel) * 100:.1f}%" if sel else "—"


def project_plan(idx, background, goals, measures, schedule, budget, evaluation, date):
    code, name, lead, dep = PROJECTS[idx]
    return doc(f"{code} {name}实施方案", date, [
        P(f"项目组长：{lead}    副组长：{dep}"),
        H("一、项目背景"), P(background),
        H("二、项目目标"), *[P(g) for g in goals],
        H("三、干预措施"), *[P(m) for m in measures],
        H("四、实施进度"), T(["时间", "工作内容", "责任人"], schedule),
        H("五、经费保障"), P(budget),
        H("六、效果评估方法"), P(evaluation),
    ])


def vol_e5a():
    docs = []
    docs.append(project_plan(0,
        "全村86艘渔船、412名渔民，诊断显示出海渔民救生衣穿着率仅62.5%，2022年4月至2023年3月发生渔业作业伤害11例、死亡1例，"
        "渔港码头台阶湿滑、夜间照明不足。",
        ["1. 创建期内不发生渔业生产安全死亡事故；", "2. 出海渔民救生衣穿着率达到95%以上；",
         "3. 渔业作业伤害较基线下降30%；", "4. 船员持证率达到95%以上。"],
        ["（1）管理：推行“出海报告、回港签到”制度，船东互助会与船长签订责任书；",
         "（2）设施：补发救生衣，12米以上渔船配齐救生筏和北斗终端，码头台阶加装防滑条和照明灯；",
         "（3）教育：每年两次船员安全培训，开海前集中教育；", "（4）监督：渔业服务站和海警开展渔船抽查。"],
        [["2023年7—9月", "救生衣清点补发，渔船安全承诺书", "林德旺"], ["2023年10—12月", "码头防滑条、照明改造", "蔡德明"],
         ["2024年3月、9月", "船员培训、开海前检查", "蔡德明"], ["2024—2025年", "出海报告制度运行、抽查", "林德旺"]],
        "镇补助及船东互助会分担，2023—2025年计划投入8.5万元。",
        "比较基线与2024、2025年渔业作业伤害数、死亡数，抽查救生衣穿着率（每次抽查不少于20艘船）。", "2023-08-30"))
    docs.append(project_plan(1,
        "白海湾沙滩存在离岸流，2022年7月一名老人赶海被困溺亡；村内儿童231人，会游泳的仅23.8%；暑期游客增多。",
        ["1. 创建期内不发生溺水死亡；", "2. 学生防溺水知识知晓率达到90%以上；", "3. 沙滩救生设施覆盖主要下水点。"],
        ["（1）设施：沙滩和渔港设置救生圈配置点、警示牌，公布潮汐时间；", "（2）巡查：暑期志愿队周末巡查，7—8月每日两次；",
         "（3）教育：白海小学每学期一次防溺水教育，暑期前致家长一封信；", "（4）技能：联系镇游泳馆开展儿童游泳培训。"],
        [["2023年9月", "沙滩救生圈4个、警示牌3块", "黄建国"], ["每年6—8月", "沙滩巡查", "黄建国"],
         ["每学期", "学生防溺水教育", "周建平"], ["2024、2025年暑期", "儿童游泳培训", "陈秀娥"]],
        "村集体及镇补助，计划投入3.2万元。", "统计溺水事件数、死亡数；学生防溺水知识测试知晓率；巡查记录。", "2023-08-30"))
    docs.append(project_plan(2,
        "全村23家民宿中21家使用瓶装液化气，诊断时无一家安装燃气报警器；82.3%的家庭使用瓶装液化气，9.6%的家庭将气瓶放在卧室或客厅。",
        ["1. 不发生液化气火灾、爆炸事故；", "2. 民宿燃气报警器安装率100%；", "3. 民宿软管合格率95%以上。"],
        ["（1）补贴：燃气报警器补贴50%，分两批安装；", "（2）检查：民宿每季度检查一次，重点户每年排查一次（ABC分类）；",
         "（3）培训：每年一次民宿业主及厨师液化气安全培训；", "（4）供气：昌盛液化气站送气时检查软管和减压阀。"],
        [["2023年9月起", "民宿季度检查", "杨振"], ["2023年10—12月", "第一批报警器安装", "王丽娜"],
         ["2024年1—4月", "第二批报警器安装", "王丽娜"], ["2024年11月", "民宿液化气火灾演练", "王丽娜"]],
        "县应急局、民宿联合会分担，计划投入4.5万元。", "统计液化气事故数；报警器安装率；季度检查软管合格率。", "2023-08-30"))
    docs.append(project_plan(3,
        "60岁以上老年人596人，留守老人213人、独居68人。基线期65岁以上老人跌倒伤害16例，主要发生在卫生间和夜间起床时。",
        ["1. 65岁以上老人跌倒伤害较基线下降25%；", "2. 完成90户留守老人家庭防跌倒改造；", "3. 每半年开展一次老人防跌倒讲座。"],
        ["（1）环境：卫生间扶手、防滑垫、夜间感应灯；", "（2）健康：乡村医生对独居老人每季度随访，评估跌倒风险；",
         "（3）教育：老年协会每半年一次讲座；", "（4）关爱：志愿者结对走访独居老人。"],
        [["2023年10—11月", "第一批40户改造", "郑国华"], ["2024年4—6月", "第二批28户改造", "郑国华"],
         ["2025年4—6月", "第三批22户改造", "郑国华"], ["每季度", "独居老人随访", "林美珍"]],
        "村集体，计划投入8.2万元。", "统计65岁以上老人跌倒伤害数（伤害登记表）；改造户数；讲座次数和参加人数。", "2023-08-30"))
    docs.append(project_plan(4,
        "X217县道白海段长4.6公里，急弯7处，其中K5+800、K6+300两处视距不足且无护栏；村民多使用电动三轮车、摩托车出行，"
        "超载、不戴头盔现象普遍。基线期道路交通伤害9例。",
        ["1. 不发生交通死亡事故；", "2. 道路交通伤害较基线下降30%；", "3. 电动三轮车、摩托车驾乘人员头盔佩戴率达到80%。"],
        ["（1）设施：急弯警示牌、减速带、波形护栏、夜间警示灯；", "（2）执法：交警中队每月在村口开展一次劝导检查；",
         "（3）教育：电动三轮车车主登记和安全承诺，学生交通安全课。"],
        [["2023年10月", "急弯警示牌12块", "徐明"], ["2024年4月", "减速带6道", "徐明"],
         ["2024年8月", "电动三轮车登记及承诺", "许俊"], ["2025年5月", "K6+300急弯波形护栏", "郑秀兰"]],
        "县交通局、村集体，计划投入9.5万元。", "由交警中队提供X217县道白海段事故数据，与伤害登记表交叉核对；头盔佩戴率路口观察统计。",
        "2023-08-30"))
    docs.append(project_plan(5,
        "白海村地处台风正面影响区，近十年受台风影响年均2.3次；47户渔排养殖户1260口网箱，部分渔排通道木板松动；"
        "海边仍有危旧房屋19户。",
        ["1. 台风期间零死亡；", "2. 渔排加固检查覆盖率100%；", "3. 海边危房人员台风前转移率100%。"],
        ["（1）预案：修订村防台风预案，明确转移名单和安置点；", "（2）检查：每年6月前渔排加固检查；",
         "（3）演练：每年汛前开展防台风综合演练；", "（4）物资：储备救生衣、应急照明、发电机、沙袋。"],
        [["2023年6月", "修订防台风预案", "郑秀兰"], ["每年6月", "渔排加固检查", "林阿福"],
         ["每年汛前", "防台风演练", "郑秀兰"], ["台风期间", "人员转移、渔船回港", "林海生"]],
        "镇补助，计划投入6.0万元。", "统计台风期间伤亡、转移人数、渔排损失；演练评估。", "2023-08-30"))
    # implementation records 2023-2024
    docs.append(doc("安全促进项目实施记录（2023年）", "2023-12-29", [
        T(["日期", "项目", "实施内容", "参与/受益", "记录人"], [
            ["2023-07-12", "项目一", "渔船救生衣清点，发现缺少或老化96件", "86艘渔船", "黄志强"],
            ["2023-08-20", "项目一", "补发救生衣96件", "86艘渔船", "黄志强"],
            ["2023-09-09", "项目二", "白海湾沙滩设置救生圈4个、警示牌3块", "沙滩3处下水点", "黄建国"],
            ["2023-09-12", "项目三", "三季度民宿液化气检查", "23家民宿", "杨振"],
            ["2023-10-18", "项目五", "X217县道急弯设置警示牌12块", "急弯7处", "徐明"],
            ["2023-10-25", "项目一", "渔港码头台阶防滑条3处、照明灯4盏", "渔港", "蔡德明"],
            ["2023-11-15", "项目四", "第一批40户留守老人家庭扶手、防滑垫安装", "40户", "郑国华"],
            ["2023-11-30", "项目三", "第一批9家民宿燃气报警器安装", "9家民宿", "王丽娜"],
            ["2023-12-11", "项目三", "四季度民宿液化气检查", "23家民宿", "杨振"],
        ]),
    ]))
    docs.append(doc("安全促进项目实施记录（2024年）", "2024-12-30", [
        T(["日期", "项目", "实施内容", "参与/受益", "记录人"], [
            ["2024-03-08", "项目一", "开海前渔船安全检查", "86艘渔船", "蔡德明"],
            ["2024-04-12", "项目三", "第二批12家民宿燃气报警器安装，安装率100%", "12家民宿", "王丽娜"],
            ["2024-04-13", "项目五", "K5+800、K6+300急弯减速带6道", "X217县道", "徐明"],
            ["2024-05-30", "项目四", "第二批28户留守老人家庭改造完成", "28户", "郑国华"],
            ["2024-06-15", "项目六", "渔排加固检查，发现通道木板松动11处，已整改", "47户", "林阿福"],
            ["2024-07-06", "项目二", "暑期沙滩巡查开始（至8月31日）", "游客及儿童", "黄建国"],
            ["2024-07-22", "项目二", "儿童游泳培训（镇游泳馆）", "56人次", "陈秀娥"],
            ["2024-08-17", "项目六", "向渔排养殖户发放作业救生衣94件", "47户", "林阿福"],
            ["2024-08-24", "项目五", "电动三轮车登记及安全承诺", "63辆", "许俊"],
            ["2024-10-10", "项目四", "独居老人跌倒风险评估随访", "68人", "林美珍"],
        ]),
    ]))
    docs.append(doc("安全促进项目中期进展情况表", "2024-12-27", [
        T(["项目", "主要进展", "存在问题"], [
            ["项目一", "救生衣配备率100%，抽查穿着率由62.5%提高到86.0%", "小型渔船穿着率偏低"],
            ["项目二", "沙滩巡查两个暑期，溺水事件2起均获救", "游客皮划艇出海无人管理"],
            ["项目三", "民宿报警器安装率100%，未发生液化气事故", "家庭用户软管更换不及时"],
            ["项目四", f"完成68户改造，2024年65岁以上老人跌倒{falls65(2024)}例", "部分老人不愿改造"],
            ["项目五", "警示牌12块、减速带6道，12月2日发生1起死亡事故", "急弯护栏资金未落实"],
            ["项目六", "渔排加固检查两次，台风期间无伤亡", "危房户转移意愿不强"],
        ]),
    ]))
    write_pdf_volume("01 汇编/要素五 安全促进项目 资料汇编（2023—2024年）.pdf", "要素五  安全促进项目  资料汇编（2023—2024年）",
                     "白海村安全社区促进委员会办公室  编", "二〇二五年一月", docs, stamp="20250110100000")
    return docs


def vol_e5b():
    f24, f25 = falls65(2024), falls65(2025)
    w24, w25 = n_inj(2024, WORK), n_inj(2025, WORK)
    docs = []
    docs.append(doc("安全促进项目实施记录（2025年）", "2025-12-26", [
        T(["日期", "项目", "实施内容", "参与/受益", "记录人"], [
            ["2025-03-06", "项目一", "开海前渔船安全检查", "86艘渔船", "蔡德明"],
            ["2025-04-20", "项目四", "第三批22户留守老人家庭改造开工", "22户", "郑国华"],
            ["2025-05-16", "项目五", "K6+300急弯波形护栏420米建成", "X217县道", "郑秀兰"],
            ["2025-05-28", "项目二", "白海小学防溺水教育", "55名学生", "周建平"],
            ["2025-06-10", "项目六", "渔排加固检查", "47户", "林阿福"],
            ["2025-06-25", "项目四", "第三批改造完成，累计90户", "22户", "郑国华"],
            ["2025-07-05", "项目二", "暑期沙滩巡查开始（周末）", "游客及儿童", "黄建国"],
            ["2025-07-19", "项目二", "儿童游泳培训", "56人次", "陈秀娥"],
            ["2025-08-12", "项目一", "渔船救生衣穿着抽查（32艘）", "32艘渔船", "蔡德明"],
            ["2025-09-16", "项目六", "台风前渔排人员、危房户转移", "142人", "郑秀兰"],
            ["2025-10-15", "项目三", "民宿业主液化气安全复训", "25人", "杨振"],
        ]),
    ]))
    docs.append(doc("项目一 渔船与渔港作业安全促进项目效果评估报告", "2025-12-10", [
        P("评估人：蔡德明、林德旺、方丽萍。评估依据：伤害监测登记表、渔船抽查记录。"),
        T(["指标", "基线", "2024年", "2025年1—8月", "目标", "评价"], [
            ["渔业生产安全死亡", "1", "0", "0", "0", "达到"],
            ["渔业作业伤害（例）", "11", str(w24), str(w25), "≤8", "达到" if w24 <= 8 else "部分达到"],
            ["救生衣穿着率（抽查）", "62.5%", "86.0%", "93.8%", "≥95%", "接近"],
            ["船员持证率", "88.1%", "94.2%", "96.4%", "≥95%", "达到"],
        ]),
        P("结论：项目基本达到预期目标。小型渔船（12米以下）救生衣穿着率仍偏低，下一步以船东互助会为主开展小型渔船专项督查。"),
    ]))
    docs.append(doc("项目二 防溺水（涉水安全）促进项目效果评估报告", "2025-12-12", [
        P("评估人：黄建国、周建平、吴晓燕。"),
        T(["指标", "基线", "评估期结果", "目标", "评价"], [
            ["溺水死亡", "1", "0", "0", "达到"],
            ["溺水事件", "3", "2023年1起、2024年1起、2025年1—8月0起，均获救", "—", "下降"],
            ["学生防溺水知识知晓率", "64.0%", "93.1%（2025年5月测试）", "≥90%", "达到"],
            ["儿童会游泳比例", "23.8%", "47.6%", "—", "提高"],
        ]),
        P("结论：项目达到预期目标。新增的游客皮划艇风险尚无有效管控措施，建议2026年与民宿联合会共同制定租赁管理办法。"),
    ]))
    docs.append(doc("项目三 民宿及家庭液化气使用安全促进项目效果评估报告", "2025-12-15", [
        P("评估人：王丽娜、杨振、吴晓燕。"),
        T(["指标", "基线", "评估期结果", "目标", "评价"], [
            ["液化气火灾、爆炸事故", "0", "0", "0", "达到"],
            ["民宿燃气报警器安装率", "0%", "100%（2024年4月起）", "100%", "达到"],
            ["民宿软管合格率", hose_ok(HS23, "2023-06"), hose_ok(HS25, "2025-12") + "（2025年四季度）", "≥95%", "基本达到"],
            ["家庭气瓶室内卧室/客厅存放比例", "9.6%", "3.1%（2025年入户排查）", "—", "下降"],
        ]),
        P("结论：民宿液化气安全基本达到目标；家庭用户仍有液化气燎伤事件（2025年2月1例），需加强家庭用户指导。"),
    ]))
    docs.append(doc("项目四 留守老人防跌倒促进项目效果评估报告", "2025-12-18", [
        P("评估人：郑国华、林美珍、方丽萍。"),
        T(["指标", "基线", "2024年", "2025年1—8月", "目标", "评价"], [
            ["65岁以上老人跌倒伤害（例）", "16", str(f24), str(f25), "≤12", "达到"],
            ["家庭防跌倒改造（户，累计）", "0", "68", "90", "90", "达到"],
            ["防跌倒讲座（次）", "—", "2", "2", "每半年1次", "达到"],
        ]),
        P("结论：项目达到预期目标。独居老人夜间如厕跌倒仍占多数，建议推广夜间感应灯。"),
    ]))
    docs.append(doc("项目六 防台风与渔排养殖安全促进项目效果评估报告", "2025-12-20", [
        P("评估人：郑秀兰、林阿福、刘振宇。"),
        T(["指标", "评估期结果", "目标", "评价"], [
            ["台风期间死亡", "0（2023—2025年共受4次台风影响）", "0", "达到"],
            ["渔排加固检查覆盖率", "100%（2024、2025年）", "100%", "达到"],
            ["危房户台风前转移率", "100%（2025年第14号台风转移142人）", "100%", "达到"],
        ]),
        P("结论：项目达到预期目标。2025年未开展防台风演练，人员转移主要依靠实战经验，需恢复年度演练。"),
    ]))
    docs.append(doc("关于安全促进项目效果评估工作的说明", "2026-01-08", [
        P("2025年，项目一、二、三、四、六已完成效果评估。项目五（沿海公路交通安全）效果评估须依据交警中队提供的"
          "X217县道白海段事故数据，因数据尚未反馈，暂未开展，待数据到位后补充。"),
        SIGN("白海村安全社区促进委员会办公室", "2026年1月8日"),
    ]))
    write_pdf_volume("01 汇编/要素五 安全促进项目 资料汇编（2025年）.pdf", "要素五  安全促进项目  资料汇编（2025年）",
                     "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 要素六 volume
# ----------------------------------------------------------------------------------------------
TRAININGS = [
    # date, title, target, place, speaker, content, n, pass-rate, signin
    ("2023-05-16", "渔船船员安全培训（2023年第一期）", "渔船船长、船员", "村文化礼堂", "蔡德明、刘振宇",
     "救生衣穿着、落水自救互救、起网机安全操作、出海报告制度", 62, "91.9%", True),
    ("2023-06-29", "白海小学防溺水安全教育", "1—4年级学生", "白海小学", "周建平、黄建国", "离岸流识别、“六不”要求、岸上施救", 58, "—", False),
    ("2023-09-14", "老年人防跌倒健康讲座", "60岁以上老人", "老年协会活动室", "方丽萍", "跌倒风险自评、居家环境改造、用药与跌倒", 47, "—", True),
    ("2023-10-20", "渔船船员安全培训（2023年第二期）", "渔船船长、船员", "村文化礼堂", "蔡德明", "冬季海上作业安全、通讯设备使用、案例警示", 55, "90.9%", True),
    ("2023-11-09", "民宿液化气安全培训", "民宿业主、厨师", "白海民宿联合会", "杨振", "气瓶存放、软管减压阀检查、泄漏处置、灭火器使用", 31, "96.8%", True),
    ("2023-11-23", "白海小学交通安全与防溺水教育", "1—4年级学生", "白海小学", "徐明、周建平", "上下学交通安全、冬季赶海安全", 57, "—", False),
    ("2024-03-12", "渔船船员安全培训（2024年第一期）", "渔船船长、船员", "村文化礼堂", "蔡德明、刘振宇", "开海前安全教育、救生筏释放、事故案例", 70, "94.3%", True),
    ("2024-03-22", "老年人防跌倒健康讲座", "60岁以上老人", "老年协会活动室", "方丽萍、林美珍", "平衡训练、夜间如厕安全", 52, "—", True),
    ("2024-05-29", "白海小学防溺水安全教育", "1—4年级学生", "白海小学", "黄建国", "暑期防溺水、救生圈使用", 56, "—", False),
    ("2024-09-05", "渔船船员安全培训（2024年第二期）", "渔船船长、船员", "村文化礼堂", "蔡德明", "开捕安全、缆绳作业、落水救援", 66, "93.9%", True),
    ("2024-09-19", "老年人防跌倒健康讲座", "60岁以上老人", "老年协会活动室", "方丽萍", "骨质疏松与跌倒、辅具使用", 44, "—", True),
    ("2024-10-17", "白海小学交通安全教育", "1—4年级学生", "白海小学", "徐明", "乘车安全、不乘坐电动三轮车车斗", 55, "—", False),
    ("2024-11-05", "民宿液化气安全培训", "民宿业主、厨师", "白海民宿联合会", "杨振", "报警器维护、泄漏应急处置", 29, "100%", True),
    ("2025-03-18", "渔船船员安全培训（2025年第一期）", "渔船船长、船员", "村文化礼堂", "蔡德明", "开海前安全教育、救生衣穿着", 58, "93.1%", True),
    ("2025-04-10", "老年人防跌倒健康讲座", "60岁以上老人", "老年协会活动室", "林美珍", "居家防跌倒、夜间照明", 39, "—", True),
    ("2025-05-28", "白海小学防溺水安全教育", "1—4年级学生", "白海小学", "黄建国、周建平", "暑期防溺水、离岸流", 55, "—", False),
    ("2025-08-21", "渔船船员安全培训（2025年第二期）", "渔船船长、船员", "村文化礼堂", "刘振宇", "台风季节出海安全、避风锚泊", 49, "91.8%", True),
    ("2025-10-15", "民宿液化气安全复训", "民宿业主、厨师", "白海民宿联合会", "杨振", "冬季用气安全、复训考核", 25, "100%", True),
    ("2025-10-16", "老年人防跌倒健康讲座", "60岁以上老人", "老年协会活动室", "方丽萍", "冬季防跌倒、防滑鞋", 41, "—", True),
    ("2025-11-13", "白海小学交通安全教育", "1—4年级学生", "白海小学", "许俊", "上下学交通安全", 54, "—", False),
]


def signin(date, n, target):
    rng = random.Random(SEED + int(date.replace("-", "")))
    rows = []
    for i in range(n):
        extra = rng.choice(["船长", "船员", "船员", "轮机员"]) if "船" in target else (
            f"{rng.randint(61, 88)}岁" if "老人" in target else rng.choice(HOMESTAYS))
        rows.append([i + 1, person(rng), rng.choice(GROUPS), extra, "✓"])
    return rows


def vol_e6():
    docs = []
    docs.append(doc("白海村安全宣传教育与培训制度", "2023-05-08", [
        P("一、促进委员会办公室负责统筹安全宣传教育与培训，各项目组负责本项目领域的培训。"),
        P("二、培训频次：渔船船员安全培训每年不少于两次；老年人防跌倒讲座每半年一次；白海小学防溺水、交通安全教育每学期一次；"
          "民宿业主及厨师液化气安全培训每年一次。"),
        P("三、每次培训应有通知、签到、课件或讲稿、照片，渔民和民宿培训须进行考试或考核。"),
        P("四、宣传阵地：各村民小组宣传栏每季度更新一次；“白海平安”微信群每周推送安全提示；台风、高温、节假日前通过村广播提示。"),
        P("五、每年“安全生产月”和“防灾减灾日”组织集中宣传咨询活动。"),
    ]))
    docs.append(doc("白海村安全社区宣传教育与培训规划", "2023-05-20", [
        T(["对象", "人数", "内容", "方式", "频次", "责任"], [
            ["渔船船长、船员", "412", "救生、作业安全、出海报告", "集中培训＋考试", "每年2次", "项目一"],
            ["60岁以上老人", "596", "防跌倒、用药、居家安全", "讲座＋入户", "每半年1次", "项目四"],
            ["小学生", "58", "防溺水、交通安全", "课堂＋家长信", "每学期1次", "项目二、项目五"],
            ["民宿业主、厨师", "约35", "液化气、消防", "培训＋考核", "每年1次", "项目三"],
            ["渔排养殖户", "47户", "防台风、作业救生衣", "现场指导", "每年汛前", "项目六"],
            ["全体村民", "1730", "综合安全知识", "宣传栏、微信群、广播", "经常性", "办公室"],
        ]),
    ]))
    for (date, title, target, place, speaker, content, n, rate, si) in TRAININGS:
        body = [P(f"时间：{ar_date(date)}"), P(f"地点：{place}"), P(f"培训对象：{target}"), P(f"主讲：{speaker}"),
                P(f"培训内容：{content}。"), P(f"参加人数：{n}人。"
                                         + (f"培训后闭卷考试，合格率{rate}。" if rate != "—" else ""))]
        if si:
            body.append(H("签到表"))
            body.append(T(["序号", "姓名", "所在小组", "身份/备注", "签到"], signin(date, n, target)))
        body.append(PHOTO(f"{ar_date(date)} {title}"))
        docs.append(doc(title, date, body))
    docs.append(doc("安全宣传活动记录汇总", "2025-12-30", [
        T(["日期", "活动", "形式", "参与/覆盖", "组织"], [
            ["2023-06-16", "安全生产月宣传咨询", "渔港现场咨询、发放资料", "发放资料620份", "办公室"],
            ["2024-05-12", "防灾减灾日宣传", "台风知识展板、应急包展示", "约300人", "项目六"],
            ["2024-06-14", "安全生产月宣传咨询", "渔港现场咨询", "发放资料540份", "办公室"],
            ["2025-05-12", "防灾减灾日宣传", "广播、微信推送", "微信群398人", "办公室"],
            ["2025-06-13", "安全生产月宣传咨询", "渔港现场咨询", "发放资料410份", "办公室"],
        ]),
        P("各村民小组宣传栏2023年二季度至2025年四季度共更新11次；“白海平安”微信群累计推送安全提示146条。"),
    ]))
    docs.append(doc("白海村居民安全知识知晓率调查结果", "2025-11-28", [
        P("2025年11月，按2023年问卷同样方法抽取300户调查，回收有效问卷286份，居民安全知识知晓率85.6%（2023年为61.2%），"
          "对村安全状况满意度88.3%（2023年为72.5%）。"),
    ]))
    write_docx_volume("01 汇编/要素六 宣传教育与培训 资料汇编.docx", "要素六  宣传教育与培训  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 要素七 volume
# ----------------------------------------------------------------------------------------------
def vol_e7():
    rng = random.Random(SEED + 70)
    docs = []
    docs.append(doc("白海村突发事件综合应急预案", "2023-06-10", [
        H("一、适用范围"),
        P("本预案适用于白海村行政区域内台风、风暴潮、渔船海上险情、溺水、火灾（含液化气火灾）、道路交通事故等突发事件的先期处置。"),
        H("二、应急组织机构"),
        P("成立白海村应急指挥部，林海生任总指挥，郑秀兰任副总指挥，下设转移安置组、渔船管理组、抢险救援组、医疗救护组、"
          "后勤保障组、信息联络组。"),
        H("三、潜在突发事件及后果"),
        P("台风和风暴潮可能造成海边危房倒塌、渔排损毁、渔船碰撞沉没；渔船海上险情可能造成人员落水失踪；"
          "民宿液化气泄漏可能引发火灾爆炸；X217县道急弯可能发生车辆侧翻坠崖。"),
        H("四、预警与响应"),
        P("接到台风蓝色及以上预警后启动村级响应，组织渔船回港、渔排人员上岸、危房户转移至村文化礼堂和白海小学安置点。"),
        H("五、应急保障"),
        P("村应急队伍由民兵应急分队和蓝海救援志愿队组成；应急物资储存于村委会一楼应急仓库。"),
        H("六、演练"),
        P("村每年至少组织一次综合应急演练，演练后进行评估并修订预案。"),
        SIGN("白海村村民委员会", cn_date("2023-06-10")),
    ], docno="白委〔2023〕21号", date_style="cn"))
    docs.append(doc("白海村防台风专项应急预案", "2023-06-10", [
        P("一、转移对象：海边危旧房屋住户19户52人、渔排作业人员、独居老人68人、民宿游客。"),
        P("二、转移路线与安置点：一至四组转移至村文化礼堂（可容纳200人），五至八组转移至白海小学（可容纳150人）。"),
        P("三、渔船管理：台风蓝色预警后，渔业服务站和船东互助会通知所有渔船回港或就近避风，海警工作站核查在港情况。"),
        P("四、转移名单由各村民小组长每年6月前更新，一户一责任人。"),
    ], docno="白委〔2023〕22号"))
    docs.append(doc("白海村应急队伍名册", "2024-06-01", [
        T(["序号", "姓名", "所属队伍", "职责", "联系电话"], [
            [i + 1, person(rng), rng.choice(["民兵应急分队", "蓝海救援志愿队"]),
             rng.choice(["转移安置", "抢险救援", "水上救援", "医疗救护", "信息联络"]), f"138{rng.randint(10000000, 99999999)}"]
            for i in range(30)]),
    ]))
    docs.append(doc("白海村应急物资储备清单", "2025-06-05", [
        T(["物资名称", "数量", "存放地点", "检查日期", "状态"], [
            ["救生衣", "120件", "村应急仓库", "2025-06-05", "良好"], ["救生圈", "16个", "渔港、沙滩配置点", "2025-06-05", "良好"],
            ["抛绳器", "2套", "村应急仓库", "2025-06-05", "良好"], ["发电机（5kW）", "2台", "村应急仓库", "2025-06-05", "良好"],
            ["应急照明灯", "40盏", "村应急仓库", "2025-06-05", "更换电池8盏"], ["沙袋", "600只", "海堤仓库", "2025-06-05", "良好"],
            ["折叠床", "80张", "村文化礼堂", "2025-06-05", "良好"], ["急救箱", "6个", "卫生室、安置点", "2025-06-05", "补充药品"],
            ["灭火器", "24具", "村委会、礼堂、小学", "2025-06-05", "良好"], ["对讲机", "12台", "村委会", "2025-06-05", "良好"],
        ]),
    ]))
    docs.append(doc("2023年白海村防台风人员转移应急演练方案", "2023-07-06", [
        P("演练时间：2023年7月14日上午。演练科目：台风橙色预警下渔船回港、渔排人员上岸、危房户和独居老人转移安置。"),
        P("参演人员：村应急队伍、蓝海救援志愿队、船东互助会、部分群众，约110人；观摩：镇应急办、渔业服务站、海警工作站。"),
    ]))
    docs.append(doc("2023年白海村防台风人员转移应急演练记录及评估", "2023-07-14", [
        P("演练于2023年7月14日9:00开始，10:35结束。9:00发布模拟预警，9:20渔船管理组通知在港外作业渔船12艘回港，"
          "10:05全部回港；转移安置组转移危房户和独居老人31人至村文化礼堂，用时55分钟。"),
        H("评估"),
        P("评估人：陈立峰、蔡德明、刘振宇。总体评价：良好。"),
        P("存在问题：（1）转移名单中2户已搬离未更新；（2）独居老人转移需担架，现场仅1副；（3）安置点应急照明不足。"),
        P("改进措施：每年6月更新转移名单；增购担架2副、应急照明灯20盏；修订防台风专项预案。"),
        PHOTO("2023年7月14日 防台风人员转移演练，志愿者搀扶老人前往文化礼堂"),
    ]))
    docs.append(doc("2024年白海村防台风综合应急演练方案", "2024-06-18", [
        P("演练时间：2024年6月27日。科目：渔船回港、渔排人员撤离、危房户转移、安置点开设、落水人员救援。"),
        P("参演约150人，邀请镇应急办、渔业服务站、海警工作站、镇卫生院参加。"),
    ]))
    docs.append(doc("2024年白海村防台风综合应急演练记录及评估", "2024-06-27", [
        P("演练于2024年6月27日8:30开始，11:00结束。渔船回港用时比2023年缩短25分钟；转移危房户、独居老人和渔排人员58人，"
          "开设两个安置点；海警工作站和志愿队完成渔港模拟落水人员救援。"),
        H("评估"),
        P("评估人：陈立峰、刘振宇、方丽萍。总体评价：优良。"),
        P("存在问题：白海小学安置点饮用水储备不足；部分渔排养殖户未按要求穿着救生衣。"),
        P("改进措施：安置点储备饮用水；渔排作业救生衣纳入项目六发放（8月完成）。"),
        PHOTO("2024年6月27日 防台风综合演练，渔船有序回港"),
    ]))
    docs.append(doc("2024年民宿液化气火灾应急演练记录及评估", "2024-11-08", [
        P("演练时间：2024年11月8日下午。地点：望潮楼民宿。科目：厨房液化气软管泄漏着火，员工关阀、灭火、疏散游客，"
          "村应急队和镇专职消防队到场处置。参演42人。"),
        H("评估"),
        P("评估人：杨振、王丽娜、黄志强。总体评价：良好。员工2分钟内关闭气瓶阀门，游客4分钟内全部疏散。"),
        P("存在问题：民宿灭火器2具过期；部分员工不会使用灭火毯。改进措施：民宿灭火器季度检查纳入检查表；灭火毯使用纳入2025年复训。"),
        PHOTO("2024年11月8日 民宿液化气火灾应急演练"),
    ]))
    docs.append(doc("2025年第14号台风应对工作情况报告", "2025-09-20", [
        P("2025年9月15日接县防指台风橙色预警，村应急指挥部启动响应。9月16日全村86艘渔船全部回港避风；"
          "转移海边危房户、渔排人员、独居老人和民宿游客共142人至两个安置点；9月17日台风过境，"
          "全村无人员伤亡，渔排受损网箱37口，直接经济损失约26万元。"),
        P("存在问题：部分新入住游客不了解转移路线；安置点折叠床不足。"),
    ]))
    write_docx_volume("01 汇编/要素七 应急预案和响应 资料汇编.docx", "要素七  应急预案和响应  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 要素八 volume (2024 inspections live only here, as Word table rows)
# ----------------------------------------------------------------------------------------------
def harbour_patrol(year, months):
    rng = random.Random(SEED + 80 + year)
    who = "黄志强、蔡德明" if year < 2025 else "吴晓燕、蔡德明"
    rows = []
    for m in months:
        y = year if m <= 12 else year + 1
        mm_ = m if m <= 12 else m - 12
        day = dt.date(y, mm_, rng.randint(3, 12))
        prob = rng.choices(["无", "码头照明灯损坏1盏", "救生圈缺失1个", "消防通道堆放渔网", "岸电电缆破损"], [55, 12, 12, 12, 9])[0]
        rows.append([day.isoformat(), "白海渔港", prob, "已处理" if prob != "无" else "—", who])
    return rows


def boat_spot_2024():
    rng = random.Random(SEED + 84)
    rows = []
    for i in range(30):
        b = BOATS[rng.randrange(len(BOATS))]
        day = dt.date(2024, rng.choice([3, 3, 5, 9, 9, 11]), rng.randint(1, 27))
        lj = rng.choices(["齐全", "缺2件"], [88, 12])[0]
        rows.append([day.isoformat(), b[1], b[5], lj, rng.choice(["正常", "正常", "正常", "北斗终端故障"]),
                     "穿着" if rng.random() < 0.86 else "未穿着", "蔡德明、刘振宇"])
    rows.sort()
    return rows


def vol_e8():
    docs = []
    docs.append(doc("白海村安全检查与监督制度", "2023-05-15", [
        P("一、渔港由促进委员会办公室会同渔业服务站每月巡查一次。"),
        P("二、民宿液化气使用安全每季度检查一次，由项目三组织，昌盛液化气站派员参加。"),
        P("三、重点户（留守老人户、独居老人户、有儿童户、液化气使用户、渔排养殖户）在创建初期和创建后期各开展一次全面入户排查，"
          "实行ABC分类管理：A类为未发现明显隐患，B类为一般隐患现场告知，C类为较大隐患须下发整改通知书并复查。"),
        P("四、渔船由渔业服务站、海警工作站在开海前和开捕前进行抽查。"),
        P("五、检查发现的隐患，由办公室登记并督促整改，重大隐患报镇安委办。"),
    ]))
    docs.append(doc("2023年白海村重点户入户安全排查情况报告", "2023-08-31", [
        P("2023年7月17日至8月下旬，办公室组织对160户重点户进行入户排查，评定A类96户、B类47户、C类17户。"
          "C类户已全部下发整改通知，经复查17户全部整改合格。明细见《重点户及民宿安全排查台账（ABC分类）》2023年工作表。"),
    ]))
    docs.append(doc("2023年白海渔港月度安全巡查记录表", "2023-12-31", [
        T(["巡查日期", "巡查区域", "发现问题", "处理情况", "巡查人"], harbour_patrol(2023, range(5, 13))),
    ]))
    docs.append(doc("2024年民宿液化气安全季度检查记录表", "2024-12-31", [
        P("2024年按季度对23家民宿逐家检查，检查内容包括气瓶数量及存放、软管和减压阀、燃气报警器、灭火器。"),
        T(["序号", "检查日期", "民宿名称", "气瓶数", "软管/减压阀", "燃气报警器", "灭火器", "发现问题", "整改", "检查人"], HS24),
    ]))
    docs.append(doc("2024年白海渔港月度安全巡查记录表", "2024-12-31", [
        T(["巡查日期", "巡查区域", "发现问题", "处理情况", "巡查人"], harbour_patrol(2024, range(1, 13))),
    ]))
    docs.append(doc("2024年渔船安全抽查记录表", "2024-11-30", [
        T(["检查日期", "船名号", "船员数", "救生衣", "通讯设备", "船员救生衣穿着", "检查人"], boat_spot_2024()),
    ]))
    docs.append(doc("2024年渔排防台加固检查记录", "2024-06-15", [
        T(["检查日期", "区域", "检查户数", "发现问题", "整改"], [
            ["2024-06-12", "白海湾东侧渔排", "18", "通道木板松动5处", "6月14日前整改完毕"],
            ["2024-06-13", "白海湾西侧渔排", "16", "锚绳磨损3处，通道木板松动4处", "6月15日前整改完毕"],
            ["2024-06-14", "礁石湾渔排", "13", "通道木板松动2处", "当场整改"],
        ]),
    ]))
    docs.append(doc("石港镇安委办安全社区创建工作督查意见", "2024-10-15", [
        P("2024年10月15日，镇安委办对白海村安全社区创建工作进行督查，查阅了会议纪要、项目台账和检查记录，"
          "实地查看了渔港、民宿和K6+300急弯。"),
        P("督查意见：组织健全，项目推进较好；伤害登记较规范；K6+300急弯防护设施不足，须尽快落实护栏；"
          "建议档案按要素分类整理。"),
    ]))
    docs.append(doc("2025年白海渔港月度安全巡查记录表", "2025-12-31", [
        T(["巡查日期", "巡查区域", "发现问题", "处理情况", "巡查人"], harbour_patrol(2025, range(1, 13))),
    ]))
    docs.append(doc("岚澳县应急管理局安全检查反馈意见", "2025-06-24", [
        P("2025年6月24日，县应急管理局对石港镇白海村开展汛前安全检查，检查渔港、民宿5家、安置点2处。"
          "发现问题3项：1家民宿气瓶存放间未设通风口；安置点应急照明灯电池失效8盏；渔港消防通道堆放渔网。"
          "村已于7月5日前完成整改并书面回复。"),
    ]))
    docs.append(doc("2025年白海村重点户入户安全排查情况报告", "2025-10-31", [
        P("2025年9月4日至10月下旬，办公室组织对172户重点户进行入户排查，评定A类121户、B类37户、C类14户。"
          "C类户已下发整改通知书（白安改〔2025〕3号），整改期限2025年12月31日。明细见《重点户及民宿安全排查台账（ABC分类）》2025年工作表。"),
    ]))
    docs.append(doc("2026年一季度白海渔港安全巡查记录表", "2026-03-31", [
        T(["巡查日期", "巡查区域", "发现问题", "处理情况", "巡查人"], harbour_patrol(2026, range(1, 4))),
    ]))
    write_docx_volume("01 汇编/要素八 监测与监督 资料汇编.docx", "要素八  监测与监督  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 要素九 volume
# ----------------------------------------------------------------------------------------------
def inj_table(y, upto=None, since=None):
    types = [FALL, WORK, ROAD, "刀/锐器伤", BURN, "动物咬伤", DROWN, "其他"]
    rows = []
    for t in types:
        c = sum(1 for r in INJ if r[7] == t and r[2][:4] == str(y) and (upto is None or r[2] <= upto)
                and (since is None or r[2] >= since))
        rows.append([t, c])
    tot = sum(r[1] for r in rows)
    return [[t, str(c), f"{c / tot * 100:.1f}%" if tot else "—"] for t, c in rows] + [["合计", str(tot), "100%"]], tot


def vol_e9():
    docs = []
    docs.append(doc("白海村伤害监测与报告制度", "2023-04-25", [
        P("一、伤害监测组由镇卫生院公卫科方丽萍任组长，村卫生室乡村医生林美珍负责日常登记。"),
        P("二、登记范围：在村卫生室就诊或经村民小组安全信息员报告的各类伤害，包括跌倒、渔业作业伤害、交通伤害、溺水、烧烫伤等。"),
        P("三、登记内容：发生时间、地点、姓名、性别、年龄、伤害类型、原因、严重程度、处置情况。"),
        P("四、报告时限：死亡或重伤事件2小时内报村委会；村卫生室每月5日前将上月伤害登记表报促进委员会办公室。"),
        P("五、分析：伤害监测组每半年形成一次伤害分析报告，提交促进委员会例会。"),
    ]))
    t23, n23 = inj_table(2023)
    docs.append(doc("白海村2023年4—12月伤害监测分析报告", "2024-01-15", [
        P(f"2023年4月至12月，村卫生室共登记伤害{n23}例。"),
        T(["伤害类型", "例数", "构成比"], t23),
        P(f"跌倒/坠落{n_inj(2023, FALL)}例，仍居首位，65岁以上老人占{falls65(2023)}例；8月9日白海湾沙滩儿童溺水1例，经救治康复；"
          "无死亡病例。建议项目四加快家庭改造，项目二加强暑期巡查。"),
        SIGN("伤害监测组", "2024年1月15日"),
    ]))
    t24h1, n24h1 = inj_table(2024, upto="2024-06-30")
    docs.append(doc("白海村2024年上半年伤害监测分析", "2024-07-12", [
        P(f"2024年1—6月共登记伤害{n24h1}例。"),
        T(["伤害类型", "例数", "构成比"], t24h1),
        P("跌倒伤害较2023年同期下降，渔业作业伤害有所上升，主要为开海初期起网作业手部伤。"),
        SIGN("伤害监测组", "2024年7月12日"),
    ]))
    t24, n24 = inj_table(2024)
    docs.append(doc("白海村2024年度伤害监测分析报告", "2025-01-14", [
        P(f"2024年全年共登记伤害{n24}例，较基线（56例）下降{(56 - n24) / 56 * 100:.1f}%。"),
        T(["伤害类型", "例数", "构成比"], t24),
        P(f"道路交通伤害{n_inj(2024, ROAD)}例，较2023年明显上升，其中12月2日X217县道K6+300急弯电动三轮车侧翻死亡1例；"
          f"渔业作业伤害{n_inj(2024, WORK)}例；7月16日渔排作业人员落水1例，获救。"),
        P("建议：项目五尽快落实急弯护栏；项目一加强起网作业防护。"),
        SIGN("伤害监测组", "2025年1月14日"),
    ]))
    t25, n25 = inj_table(2025, upto="2025-06-30")
    docs.append(doc("白海村2025年上半年伤害监测分析", "2025-07-10", [
        P(f"2025年1—6月共登记伤害{n25}例。"),
        T(["伤害类型", "例数", "构成比"], t25),
        P("2月11日一名67岁老人液化气灶点火燎伤面部；跌倒伤害继续下降；动物咬伤有所增加，建议开展犬只管理宣传。"),
        SIGN("伤害监测组", "2025年7月10日"),
    ]))
    write_docx_volume("01 汇编/要素九 事故与伤害记录 资料汇编.docx", "要素九  事故与伤害记录  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 经费台账 (module level: summaries quote its totals)
# ----------------------------------------------------------------------------------------------
LEDGER = [
    ("2023-05-26", "问卷印制及调查员补贴", "诊断", 0.58, "村集体"),
    ("2023-06-20", "志愿者意外险（36人）", "志愿者", 1.44, "村集体"),
    ("2023-07-10", "防台风演练物资及误工补贴", "应急", 0.92, "镇补助"),
    ("2023-08-20", "救生衣96件", "项目一", 1.44, "镇补助"),
    ("2023-09-08", "救生圈16个、沙滩警示牌3块", "项目二", 0.62, "镇补助"),
    ("2023-09-28", "应急仓库发电机2台、应急照明40盏", "应急", 2.65, "镇补助"),
    ("2023-10-18", "急弯警示牌12块", "项目五", 0.96, "村集体"),
    ("2023-10-25", "码头防滑条、照明灯4盏", "项目一", 1.18, "镇补助"),
    ("2023-11-15", "第一批40户扶手、防滑垫", "项目四", 2.80, "村集体"),
    ("2023-11-30", "燃气报警器18台（9家，补贴50%）", "项目三", 1.02, "县应急局"),
    ("2023-12-08", "宣传资料印制、宣传栏", "宣传培训", 0.86, "村集体"),
    ("2023-12-20", "培训讲师及场地", "宣传培训", 0.74, "村集体"),
    ("2023-12-28", "伤害监测补贴及办公", "伤害监测", 0.60, "镇补助"),
    ("2024-02-02", "春节走访独居老人慰问品", "项目四", 0.68, "村集体"),
    ("2024-03-08", "渔船北斗终端维修补贴", "项目一", 1.35, "镇补助"),
    ("2024-04-12", "燃气报警器24台（12家）", "项目三", 1.36, "民宿联合会"),
    ("2024-04-13", "减速带6道", "项目五", 4.80, "县交通局补助、村集体"),
    ("2024-05-30", "第二批28户扶手、防滑垫、感应灯", "项目四", 2.95, "村集体"),
    ("2024-06-20", "志愿者意外险（42人）", "志愿者", 1.68, "村集体"),
    ("2024-06-27", "防台风综合演练", "应急", 1.45, "镇补助"),
    ("2024-07-22", "儿童游泳培训场地", "项目二", 0.84, "村集体"),
    ("2024-08-17", "渔排作业救生衣94件", "项目六", 1.55, "镇补助"),
    ("2024-09-30", "宣传资料、培训", "宣传培训", 1.92, "村集体"),
    ("2024-11-08", "民宿液化气火灾演练", "应急", 0.86, "县应急局"),
    ("2024-11-20", "应急物资补充（担架、饮用水、照明）", "应急", 1.62, "镇补助"),
    ("2024-12-20", "渔港救生圈配置点改造", "项目一", 1.12, "镇补助"),
    ("2024-12-27", "伤害监测补贴及办公", "伤害监测", 1.19, "镇补助"),
    ("2025-03-06", "开海前检查及救生衣补充", "项目一", 1.08, "镇补助"),
    ("2025-05-16", "K6+300急弯护栏村配套", "项目五", 3.00, "村集体"),
    ("2025-06-10", "渔排加固补助", "项目六", 1.46, "镇补助"),
    ("2025-06-20", "志愿者意外险（42人）", "志愿者", 1.68, "村集体"),
    ("2025-06-25", "第三批22户防跌倒改造", "项目四", 2.10, "村集体"),
    ("2025-07-19", "儿童游泳培训场地", "项目二", 0.84, "村集体"),
    ("2025-09-18", "台风安置点生活物资", "应急", 1.37, "镇补助"),
    ("2025-10-15", "宣传资料、培训", "宣传培训", 1.86, "村集体"),
    ("2025-12-26", "伤害监测补贴及办公", "伤害监测", 0.95, "镇补助"),
    ("2026-03-12", "档案整理装订", "办公", 0.42, "村集体"),
]


def spent(year, before=None):
    return round(sum(a for d, _, _, a, _ in LEDGER if d[:4] == str(year) and (before is None or d < before)), 2)


# ----------------------------------------------------------------------------------------------
# 要素十一 volume
# ----------------------------------------------------------------------------------------------
def vol_e11():
    docs = []
    docs.append(doc("白海村隐患整改与纠正预防措施管理规定", "2023-05-15", [
        P("一、检查、排查、监测、演练和伤害分析中发现的问题，由办公室登记入《隐患整改及纠正预防措施台账》。"),
        P("二、较大隐患下发整改通知书，明确整改责任人和期限，期满由办公室组织复查，复查结果登记销号。"),
        P("三、发生伤害事件或险情后，相关项目组应在15日内分析原因，提出纠正和预防措施。"),
    ]))
    docs.append(doc("隐患整改通知书（白安改〔2023〕1号）", "2023-08-28", [
        P("致：重点户排查C类户（17户，名单附后）"),
        P("经2023年7—8月入户安全排查，你户存在较大安全隐患（液化气瓶存放、软管老化、卫生间无扶手等），请于30日内整改。"
          "村委会协助免费更换软管、安装扶手。"),
        SIGN("白海村安全社区促进委员会办公室", "2023年8月28日"),
    ], docno="白安改〔2023〕1号"))
    docs.append(doc("关于8月9日白海湾沙滩儿童溺水险情的原因分析及预防措施", "2023-08-22", [
        P("经过：2023年8月9日16时许，一名9岁男孩在白海湾沙滩东侧戏水时被离岸流卷离岸边约40米，蓝海救援志愿队员黄某某游泳将其救起，"
          "送村卫生室急救后转县医院，3日后出院。"),
        P("原因：沙滩东侧存在离岸流，无警示标志和救生设施；儿童无成人看护。"),
        P("纠正及预防措施：9月10日前在沙滩设置救生圈4个、警示牌3块；暑期志愿者巡查；白海小学每学期防溺水教育；"
          "暑期前致家长一封信。（已于9月9日完成设施设置）"),
    ]))
    docs.append(doc("关于7月16日渔排作业人员落水事件的纠正预防措施", "2024-07-25", [
        P("原因：作业人员未穿救生衣，渔排通道湿滑。措施：向47户养殖户发放作业救生衣94件（8月17日完成）；渔排通道加装防滑条；"
          "将渔排作业救生衣穿着纳入项目六检查。"),
    ]))
    docs.append(doc("关于12月2日X217县道死亡事故的原因分析及预防措施", "2024-12-16", [
        P("原因：K6+300急弯视距不足、无护栏；电动三轮车载货超重；驾驶人未戴头盔。"),
        P("纠正及预防措施：急弯增设夜间警示灯（12月20日完成）；申请县交通局建设波形护栏（2025年5月16日建成）；"
          "交警中队每月在村口开展电动三轮车劝导；向老年驾驶人发放头盔60顶。"),
    ]))
    docs.append(doc("隐患整改及纠正预防措施台账（2023—2025年）", "2025-12-31", [
        T(["登记日期", "来源", "问题", "措施", "责任人", "期限", "复查/验证", "状态"], [
            ["2023-07-14", "防台演练评估", "转移名单未更新，担架不足", "每年6月更新名单，增购担架2副", "郑秀兰", "2023-09-30", "2023-09-20", "已销号"],
            ["2023-08-22", "溺水险情", "沙滩无救生设施", "救生圈4个、警示牌3块", "黄建国", "2023-09-10", "2023-09-09", "已销号"],
            ["2023-08-28", "入户排查", "C类户17户", "整改通知、免费更换软管/安装扶手", "黄志强", "2023-09-30", "2023-09-26", "已销号"],
            ["2024-06-27", "防台演练评估", "安置点饮用水不足", "储备饮用水", "郑秀兰", "2024-07-31", "2024-07-20", "已销号"],
            ["2024-07-25", "落水事件", "渔排作业无救生衣", "发放救生衣94件", "林阿福", "2024-08-31", "2024-08-17", "已销号"],
            ["2024-10-15", "镇督查", "K6+300急弯防护不足", "申请建设护栏", "郑秀兰", "2025-05-31", "2025-05-16", "已销号"],
            ["2024-11-08", "液化气演练评估", "灭火器过期2具", "更换并纳入季度检查", "王丽娜", "2024-11-30", "2024-11-20", "已销号"],
            ["2024-12-16", "交通死亡事故", "急弯夜间无警示", "增设警示灯", "徐明", "2024-12-31", "2024-12-20", "已销号"],
            ["2025-06-24", "县应急局检查", "3项问题", "整改并书面回复", "吴晓燕", "2025-07-05", "2025-07-04", "已销号"],
            ["2025-10-22", "入户排查", "C类户14户", "下发整改通知书（白安改〔2025〕3号）", "吴晓燕", "2025-12-31", "", "未复查"],
        ]),
    ]))
    docs.append(doc("隐患整改通知书（白安改〔2025〕3号）", "2025-10-22", [
        P("致：2025年重点户排查C类户（14户，名单附后）"),
        P("经2025年9—10月入户安全排查，你户存在较大安全隐患，请于2025年12月31日前整改完毕，整改完成后报村民小组安全信息员。"),
        SIGN("白海村安全社区促进委员会办公室", "2025年10月22日"),
    ], docno="白安改〔2025〕3号"))
    write_docx_volume("01 汇编/要素十一 预防与纠正措施 资料汇编.docx", "要素十一  预防与纠正措施  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# 要素十二 volume and the annual summaries volume
# ----------------------------------------------------------------------------------------------
def vol_e12():
    n24 = INJ_TOT[2024]
    docs = []
    docs.append(doc("白海村安全社区绩效评审与持续改进制度", "2023-05-18", [
        P("一、促进委员会每年组织一次安全绩效评审，评审上一年度目标完成、项目实施、制度执行和伤害变化情况。"),
        P("二、评审组由促进委员会副主任带队，成员包括镇卫生院、渔业服务站专业人员和不少于两名村民代表。"),
        P("三、评审报告提出改进要求，办公室据此制定持续改进计划，纳入下一年度工作计划。"),
        P("四、评审结果在村务公开栏公布。"),
    ]))
    docs.append(doc("白海村2023年度安全社区绩效评审报告", "2023-12-22", [
        P("评审时间：2023年12月20—22日。评审组：陈立峰（组长）、方丽萍、蔡德明，村民代表林金水、陈春花。"),
        P("评审方式：查阅资料、现场查看渔港和民宿、抽查10户改造户、座谈。"),
        P("评审结论：组织机构健全，例会按季度召开（4—12月3次）；诊断工作扎实；六个项目均已启动。"),
        P("改进要求：1. 伤害登记需补充“发生地点”统一分类；2. 交通项目进度滞后；3. 应急转移名单需每年更新。"),
        SIGN("评审组", "2023年12月22日"),
    ]))
    docs.append(doc("白海村2024年度安全社区绩效评审报告", "2025-01-16", [
        P("评审时间：2025年1月14—16日。评审组：陈立峰（组长）、方丽萍、蔡德明，村民代表林金水、郑玉梅。"),
        P(f"评审范围：2024年1月至12月工作。2024年登记伤害{n24}例，较基线下降{(56 - n24) / 56 * 100:.1f}%，"
          "达到年度控制目标（50例以内），但距创建期末目标（45例以内）仍有差距；发生道路交通死亡1例，交通项目目标未实现。"),
        P("评审结论：例会按季度召开4次，两次应急演练均有评估；民宿报警器安装率100%；老人跌倒明显下降。"),
        P("改进要求：1. 落实K6+300急弯护栏；2. 2025年底前完成各项目效果评估；3. 加强小型渔船救生衣穿着督查。"),
        SIGN("评审组", cn_date("2025-01-16")),
    ], date_style="cn"))
    docs.append(doc("2024年度评审问题整改及持续改进措施", "2025-01-24", [
        T(["序号", "改进事项", "措施", "责任", "完成时间"], [
            [1, "交通项目滞后", "K6+300急弯护栏建设", "项目五", "2025年5月"],
            [2, "项目效果评估", "各项目组完成评估报告", "各项目组", "2025年11月"],
            [3, "小型渔船救生衣", "船东互助会专项督查", "项目一", "2025年8月"],
            [4, "游客皮划艇风险", "研究租赁管理措施", "项目二", "2025年7月"],
        ]),
    ]))
    docs.append(doc("白海村2025年度安全社区绩效评审报告", "2026-01-20", [
        P("评审时间：2026年1月19—20日。评审组：陈立峰（组长）、方丽萍、蔡德明，村民代表林金水、郑玉梅。"),
        P(f"2025年1—8月登记伤害{INJ_TOT[2025]}例；9月起村卫生室乡村医生林美珍退休，伤害月报中断，9—12月无登记数据。"),
        P("评审结论：K6+300急弯护栏建成；项目一、二、三、四、六完成效果评估；应对第14号台风无人员伤亡；居民安全知晓率85.6%。"),
        P("主要问题：1. 促进委员会全年仅召开2次例会，未达到每季度一次的要求；2. 全年未组织应急演练；3. 伤害登记中断；"
          "4. 项目五效果评估未开展；5. C类户整改尚未复查；6. 2025年度工作计划未正式印发。"),
        SIGN("评审组", "2026年1月20日"),
    ]))
    docs.append(doc("2025年度评审问题整改及持续改进措施", "2026-01-26", [
        T(["序号", "改进事项", "措施", "责任", "完成时间"], [
            [1, "伤害登记中断", "镇卫生院派员协助，恢复月报并补录", "伤害监测组", "2026年4月"],
            [2, "未组织演练", "组织防台风综合演练", "项目六", "2026年5月"],
            [3, "项目五评估", "协调交警中队提供数据后评估", "项目五", "2026年6月"],
            [4, "C类户复查", "逐户复查销号", "办公室", "2026年4月"],
            [5, "例会制度", "恢复每季度例会", "办公室", "2026年起"],
        ]),
    ]))
    write_docx_volume("01 汇编/要素十二 评审与持续改进 资料汇编.docx", "要素十二  评审与持续改进  资料汇编",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


def vol_summaries():
    docs = []
    docs.append(doc("白海村2023年安全社区创建工作总结", "2024-01-08", [
        P("2023年是白海村安全社区创建的启动之年。4月1日召开动员大会，成立促进委员会和六个项目组；5—6月完成社区安全诊断；"
          "8月确定三年伤害预防目标。"),
        P(f"全年召开促进委员会全体会议3次；开展培训6场、参训310人次；7月14日组织防台风人员转移演练；"
          f"完成160户重点户入户排查；补发渔船救生衣96件，完成40户老人家庭改造。全年经费支出{spent(2023)}万元。"),
        P(f"4—12月登记伤害{INJ_TOT[2023]}例，无死亡。"),
        P("2024年重点：交通安全设施、民宿报警器全覆盖、第二批老人家庭改造、两次应急演练。"),
        SIGN("白海村安全社区促进委员会", "2024年1月8日"),
    ]))
    docs.append(doc("白海村2024年安全社区创建工作总结", "2025-01-10", [
        P(f"2024年，促进委员会召开全体会议4次；开展培训7场；组织防台风综合演练和民宿液化气火灾演练各1次；"
          f"全年检查民宿92家次、巡查渔港12次、抽查渔船30艘次；经费支出{spent(2024)}万元。"),
        P(f"全年登记伤害{INJ_TOT[2024]}例，其中道路交通死亡1例。民宿燃气报警器安装率达到100%，完成第二批28户老人家庭改造。"),
        P("5月23日在全市安全社区建设经验交流会上作交流发言。"),
        P("不足：交通安全项目进展滞后，12月发生1起交通死亡事故。"),
        SIGN("白海村安全社区促进委员会", "2025年1月10日"),
    ]))
    docs.append(doc("白海村2025年安全社区创建工作总结", "2026-01-12", [
        P(f"2025年，K6+300急弯护栏建成，完成第三批22户老人家庭改造，完成172户重点户入户排查，"
          f"成功应对第14号台风；开展培训7场；经费支出{spent(2025)}万元。"),
        P("不足：办公室人员变动后部分工作衔接不够，例会召开次数不足，伤害登记9月后中断，未组织演练。"),
        SIGN("白海村安全社区促进委员会", "2026年1月12日"),
    ]))
    write_docx_volume("01 汇编/年度工作总结汇编（2023—2025年度）.docx", "年度工作总结汇编（2023—2025年度）",
                      "白海村安全社区促进委员会办公室  编", "二〇二六年四月", docs)
    return docs


# ----------------------------------------------------------------------------------------------
# loose files
# ----------------------------------------------------------------------------------------------
def self_assessment():
    score = [("一、安全社区创建机构与职责", 12.0), ("二、信息交流和全员参与", 10.5), ("三、事故与伤害风险辨识及其评价", 10.2),
             ("四、事故与伤害预防目标及计划", 8.4), ("五、安全促进项目", 16.8), ("六、宣传教育与培训", 11.4),
             ("七、应急预案和响应", 9.6), ("八、监测与监督", 10.8), ("九、事故与伤害记录", 7.6),
             ("十、安全社区创建档案", 4.2), ("十一、预防与纠正措施", 8.1), ("十二、评审与持续改进", 8.9)]
    total = round(sum(s for _, s in score), 1)
    return doc("白海村安全社区建设自评报告", "2026-04-20", [
        H("一、村情概况"),
        P("白海村位于东屿市岚澳县石港镇东南部，是以海洋捕捞、渔排养殖和民宿旅游为主的渔业村，户籍612户2048人，"
          "渔船86艘，民宿23家。主要安全风险为渔船海上作业、涉水、液化气使用、老年人跌倒、沿海公路交通和台风。"),
        H("二、创建工作开展情况"),
        P("1. 组织机构。2023年3月成立由17个单位和组织代表组成的促进委员会，下设办公室、六个项目组和伤害监测组，"
          "建立了例会、项目组、经费保障等制度。三年累计投入经费" + f"{round(spent(2023) + spent(2024) + spent(2025) + spent(2026), 2)}万元。"),
        P("2. 信息交流和全员参与。建立村务公开栏、“白海平安”微信群、意见箱等渠道；组建42人的蓝海救援志愿队；"
          "赴海湾街道学习考察，在全市经验交流会上发言，接待外村考察。"),
        P("3. 风险辨识。开展入户问卷、伤害回顾调查和危险源辨识，形成社区安全诊断报告，2025年3月进行了中期复核。"),
        P("4. 目标和计划。制定三年伤害预防目标和年度工作计划。"),
        P("5. 安全促进项目。实施渔船与渔港作业、防溺水、液化气、留守老人防跌倒、沿海公路交通、防台风与渔排养殖六个项目，"
          "项目效果评估工作基本完成。"),
        P("6. 宣传教育培训。三年开展专题培训20场，居民安全知识知晓率由61.2%提高到85.6%。"),
        P("7. 应急。制定综合预案和防台风专项预案，2023、2024年共组织演练3次，成功应对多次台风。"),
        P("8. 监测监督。渔港月度巡查、民宿季度检查、重点户两轮入户排查（ABC分类管理）。"),
        P("9. 伤害记录。建立村卫生室伤害登记制度，定期开展伤害分析。"),
        P("10. 档案。按要素汇编整理创建档案。"),
        P("11. 纠正预防。建立隐患整改及纠正预防措施台账，针对溺水险情、交通死亡事故采取了纠正措施。"),
        P("12. 评审。每年开展一次绩效评审，制定持续改进计划。"),
        H("三、自评得分"),
        T(["要素", "自评得分"], [[n, f"{s:.1f}"] for n, s in score] + [["合计（满分150分）", f"{total:.1f}"]]),
        H("四、存在的不足"),
        P("部分台账记录连续性不够，人员变动后部分工作衔接不及时；交通项目成效有待巩固。"),
        SIGN("白海村安全社区促进委员会", "2026年4月20日"),
    ]), total


def application_form(total):
    return doc("东屿市市级安全社区申报表", "2026-04-28", [
        T(["项目", "内容"], [
            ["申报单位", "岚澳县石港镇白海村"], ["社区类型", "农村型安全社区"], ["地址", ADDR],
            ["户籍人口", "612户2048人"], ["常住人口", "1730人"], ["面积", "陆域3.6平方公里，海岸线7.2公里"],
            ["创建启动时间", "2023年4月"], ["促进委员会主任", "林海生"], ["联系人及电话", "吴晓燕 0595-8xxxxxx"],
            ["安全促进项目数", "6个"], ["自评得分", f"{total:.1f}分"],
            ["近三年较大以上事故", "无"],
            ["镇人民政府意见", "情况属实，同意申报。（石港镇人民政府 2026年4月28日）"],
        ]),
    ])


MEMO = """关于白海村安全社区创建档案整理情况的备忘

2026年4月8日  吴晓燕

1. 创建档案按要素汇编成册，共13册（要素五分2023—2024年、2025年两册，另有年度工作总结汇编一册）。
   要素十没有单独成册，暂以《白海村安全社区创建档案总目录》代替；要素十的档案管理制度还没有制定，拟参照镇里的模板补制。
2. 重点户及民宿排查台账（Excel）只有2023年、2025年两年的数据。2024年民宿季度检查、渔港巡查、渔船抽查的记录
   都在《要素八 监测与监督 资料汇编》里（Word表格），不要重复录入。
3. 伤害监测登记表截至2025年8月。林美珍医生退休后卫生室9月起没有报表，镇卫生院方科长答应4月派人补录。
4. 2024年度评审报告和2024年工作总结都是2025年1月写的，归入2024年度。
5. 照片原件在村委会电脑“安全社区照片”文件夹，本次只选了7张放进档案。
6. 交警中队的事故数据还没给，项目五效果评估报告暂缺。
"""


def catalogue_rows(vols):
    rows = []
    for i, (rel, docs, pages_hint) in enumerate(vols, 1):
        dates = sorted(x["date"] for x in docs)
        rows.append([i, f"BH-AQ·2026-Y-{i:02d}", os.path.basename(rel).rsplit(".", 1)[0], len(docs),
                     dates[0], dates[-1], "永久", "吴晓燕"])
    return rows


# ----------------------------------------------------------------------------------------------
# registers (xlsx)
# ----------------------------------------------------------------------------------------------
def write_registers():
    hdr = ["序号", "登记日期", "发生日期", "姓名", "性别", "年龄", "村民小组", "伤害类型", "发生地点", "伤害原因/经过",
           "严重程度", "处置情况", "登记人"]
    monthly = {}
    for r in INJ:
        monthly[r[2][:7]] = monthly.get(r[2][:7], 0) + 1
    write_xlsx("02 台账/白海村伤害监测登记表.xlsx", [
        ("伤害登记", hdr, INJ, [6, 12, 12, 9, 6, 6, 9, 14, 12, 30, 9, 16, 9],
         ["白海村伤害监测登记表", "登记单位：白海村卫生室    填报：林美珍    报送：白海村安全社区促进委员会办公室"]),
        ("月度汇总", ["月份", "伤害例数", "报送日期"],
         [[k, v, f"{k[:4]}-{int(k[5:]) % 12 + 1:02d}-05" if k[5:] != "12" else f"{int(k[:4]) + 1}-01-05"]
          for k, v in sorted(monthly.items())], [10, 10, 12], ["伤害登记月度汇总"]),
    ], "白海村伤害监测登记表")

    hh_hdr = ["序号", "户编号", "户主", "村民小组", "户类型", "人口", "燃气类型", "排查日期", "发现问题", "风险等级",
              "整改措施", "整改期限", "复查日期", "复查结果", "排查人"]
    hs_hdr = ["序号", "检查日期", "民宿名称", "气瓶数", "软管/减压阀", "燃气报警器", "灭火器", "发现问题", "整改", "检查人"]
    note = [["风险等级说明：A类—未发现明显隐患；B类—一般隐患，现场告知并发放提示卡；C类—较大隐患，下发整改通知书，限期整改并复查。"],
            ["2023年：重点户入户排查（7—8月）、民宿季度检查（二至四季度）。"],
            ["2024年：民宿季度检查记录见《要素八 监测与监督 资料汇编》中“2024年民宿液化气安全季度检查记录表”。"],
            ["2025年：重点户入户排查（9—10月）、民宿季度检查（一至四季度）。"],
            ["台账管理：2023年黄志强，2025年起吴晓燕。"]]
    write_xlsx("02 台账/重点户及民宿安全排查台账（ABC分类）.xlsx", [
        ("说明", None, note, [110], ["重点户及民宿安全排查台账说明"]),
        ("2023年重点户排查", hh_hdr, HH23, [6, 11, 9, 8, 12, 6, 11, 12, 36, 8, 30, 12, 12, 16, 16], ["2023年重点户入户安全排查台账"]),
        ("2023年民宿季度检查", hs_hdr, HS23, [6, 12, 14, 7, 12, 11, 8, 26, 16, 20], ["2023年民宿液化气安全季度检查台账"]),
        ("2025年重点户排查", hh_hdr, HH25, [6, 11, 9, 8, 12, 6, 11, 12, 36, 8, 30, 12, 12, 16, 16], ["2025年重点户入户安全排查台账"]),
        ("2025年民宿季度检查", hs_hdr, HS25, [6, 12, 14, 7, 12, 11, 8, 26, 16, 20], ["2025年民宿液化气安全季度检查台账"]),
    ], "重点户及民宿安全排查台账")

    write_xlsx("02 台账/渔船及船员持证台账.xlsx", [
        ("渔船台账", ["序号", "船名号", "船长（米）", "主机功率（kW）", "船东", "船员数", "救生衣配备数", "持证船员数", "救生筏",
                   "通讯设备", "船舶证书有效期至", "2023年度安全检查日期", "2025年度安全检查日期"], BOATS,
         [6, 12, 9, 11, 9, 7, 10, 10, 7, 10, 14, 16, 16],
         ["白海村渔船及船员持证台账", "2024年渔船抽查记录见《要素八 监测与监督 资料汇编》。"]),
    ], "渔船及船员持证台账")

    led = [[i + 1, d, item, cat, amt, src, "黄志强" if d < "2025-05-20" else "吴晓燕"] for i, (d, item, cat, amt, src) in enumerate(LEDGER)]
    write_xlsx("02 台账/安全社区经费投入台账.xlsx", [
        ("支出明细", ["序号", "日期", "支出事项", "科目", "金额（万元）", "资金来源", "经办人"], led, [6, 12, 36, 10, 12, 20, 9],
         ["白海村安全社区建设经费支出台账"]),
        ("年度汇总", ["年度", "预算（万元）", "支出（万元）"],
         [["2023", 18.6, spent(2023)], ["2024", 24.5, spent(2024)], ["2025", 16.0, spent(2025)], ["2026（1—3月）", "—", spent(2026)]],
         [14, 12, 12], ["经费年度汇总"]),
    ], "安全社区经费投入台账")

    write_xlsx("02 台账/村民安全意见建议登记表.xlsx", [
        ("意见建议", ["序号", "收到日期", "来源", "意见建议内容", "转办", "处理结果", "答复日期", "登记人"], opinions_rows(),
         [6, 12, 12, 34, 8, 30, 12, 9], ["白海村村民安全意见建议收集处理登记表"]),
    ], "村民安全意见建议登记表")


def write_photos():
    sky, sea, land = (150, 190, 225), (40, 100, 150), (190, 175, 140)
    grey = (120, 120, 120)
    write_jpg("03 照片/2023-07-14 防台风人员转移演练.jpg", "2023年7月14日 防台风人员转移演练", "2023-07-14", (sky, sea, land),
              [("rect", [520, 300, 900, 520], (200, 60, 50)), ("poly", [(500, 300), (710, 200), (920, 300)], (120, 40, 40))]
              + [("ellipse", [100 + 60 * i, 470, 140 + 60 * i, 520], (240, 150, 40)) for i in range(6)])
    write_jpg("03 照片/2024-06-27 防台风综合演练 渔船回港.jpg", "2024年6月27日 防台风综合演练 渔船回港", "2024-06-27",
              (sky, sea, grey),
              [("poly", [(80 + 150 * i, 330), (200 + 150 * i, 330), (180 + 150 * i, 380), (100 + 150 * i, 380)], (230, 230, 230))
               for i in range(5)])
    write_jpg("03 照片/2024-11-08 民宿液化气火灾应急演练.jpg", "2024年11月8日 民宿液化气火灾应急演练", "2024-11-08",
              ((170, 170, 180), (150, 150, 150), land),
              [("rect", [300, 150, 700, 480], (230, 220, 200)), ("ellipse", [430, 330, 520, 430], (250, 120, 20)),
               ("rect", [600, 380, 640, 470], (200, 30, 30))])
    write_jpg("03 照片/2024-03-12 渔船船员安全培训.jpg", "2024年3月12日 渔船船员安全培训", "2024-03-12",
              ((230, 225, 210), (210, 200, 180), (160, 120, 80)),
              [("rect", [300, 60, 660, 220], (30, 80, 40))] + [("ellipse", [60 + 80 * i, 420, 110 + 80 * i, 470], (60, 60, 60))
                                                              for i in range(10)])
    write_jpg("03 照片/渔港码头救生圈配置点.jpg", "白海渔港码头救生圈配置点", "2024-12-20", (sky, sea, grey),
              [("rect", [440, 260, 470, 470], (240, 240, 240)), ("ellipse", [400, 280, 510, 390], (240, 80, 40)),
               ("ellipse", [425, 305, 485, 365], sea)])
    write_jpg("03 照片/K6+300急弯波形护栏（2025年5月）.jpg", "X217县道K6+300急弯波形护栏", "2025-05-16", (sky, (90, 140, 90), grey),
              [("line", [(0, 470), (300, 420), (600, 430), (960, 520)], (230, 230, 230), 14),
               ("line", [(0, 450), (300, 400), (600, 410), (960, 500)], (80, 80, 80), 6)])
    write_jpg("03 照片/独居老人家庭防滑扶手安装.jpg", "独居老人家庭卫生间防滑扶手安装", "2023-11-15",
              ((235, 235, 230), (220, 220, 215), (200, 200, 200)),
              [("rect", [200, 250, 760, 270], (190, 190, 200)), ("rect", [200, 250, 220, 400], (190, 190, 200)),
               ("rect", [300, 450, 700, 560], (120, 160, 200))])


# ----------------------------------------------------------------------------------------------
# judgement
# ----------------------------------------------------------------------------------------------
V1 = "01 汇编/要素一 安全社区创建机构与职责 资料汇编.docx"
V2 = "01 汇编/要素二 信息交流和全员参与 资料汇编.docx"
V3 = "01 汇编/要素三 事故与伤害风险辨识及其评价 资料汇编.pdf"
V4 = "01 汇编/要素四 事故与伤害预防目标及计划 资料汇编.docx"
V5A = "01 汇编/要素五 安全促进项目 资料汇编（2023—2024年）.pdf"
V5B = "01 汇编/要素五 安全促进项目 资料汇编（2025年）.pdf"
V6 = "01 汇编/要素六 宣传教育与培训 资料汇编.docx"
V7 = "01 汇编/要素七 应急预案和响应 资料汇编.docx"
V8 = "01 汇编/要素八 监测与监督 资料汇编.docx"
V9 = "01 汇编/要素九 事故与伤害记录 资料汇编.docx"
V11 = "01 汇编/要素十一 预防与纠正措施 资料汇编.docx"
V12 = "01 汇编/要素十二 评审与持续改进 资料汇编.docx"
VS = "01 汇编/年度工作总结汇编（2023—2025年度）.docx"
PLAN = "00 综合文件/白海村安全社区创建工作实施方案.docx"
CAT = "00 综合文件/白海村安全社区创建档案总目录.xlsx"
INJX = "02 台账/白海村伤害监测登记表.xlsx"
HHX = "02 台账/重点户及民宿安全排查台账（ABC分类）.xlsx"
BOATX = "02 台账/渔船及船员持证台账.xlsx"
LEDX = "02 台账/安全社区经费投入台账.xlsx"
OPX = "02 台账/村民安全意见建议登记表.xlsx"
SELF = "04 上报材料/白海村安全社区自评报告.docx"
APPL = "04 上报材料/东屿市安全社区申报表（白海村）.pdf"
MEMOF = "关于创建档案整理情况的备忘.txt"

FILES = [
    # path, kind, elements, also_acceptable, date, flags
    (MEMOF, "备忘（GBK编码文本）", [10], [7, 8, 9, 12], "2026-04-08", {"encoding": "gbk"}),
    (PLAN, "实施方案", [1], [3, 4, 5], "2023-03-25", {}),
    (CAT, "档案总目录", [10], [], "2026-04-10", {}),
    (V1, "汇编（要素一：通知、委员名单、制度、经费预算、10次全体会议纪要）", [1], [2, 4, 5, 12], "2026-04-10", {}),
    (V2, "汇编（要素二：信息交流制度、志愿队、联席会议、外出交流、承诺书）", [2], [1, 5, 6], "2026-04-10", {}),
    (V3, "汇编（要素三：辨识制度、问卷、伤害回顾调查、危险源清单、诊断报告、中期复核）", [3], [4, 9], "2026-04-10", {}),
    (V4, "汇编（要素四：三年目标、2023/2024年度计划）", [4], [1, 5], "2026-04-10", {}),
    (V5A, "汇编（要素五：6个项目实施方案、2023/2024实施记录、中期进展）", [5], [4, 6, 12], "2025-01-10", {}),
    (V5B, "汇编（要素五：2025实施记录、5个项目效果评估、评估说明）", [5], [9, 12], "2026-04-10", {}),
    (V6, "汇编（要素六：培训制度、规划、20场培训记录含签到表、宣传、知晓率调查）", [6], [2, 5], "2026-04-10", {}),
    (V7, "汇编（要素七：综合/专项预案、队伍、物资、3次演练及评估、台风应对报告）", [7], [5, 6, 11], "2026-04-10", {}),
    (V8, "汇编（要素八：检查制度、渔港巡查表、2024民宿季度检查表、渔船抽查、督查意见）", [8], [3, 5, 11], "2026-04-10", {}),
    (V9, "汇编（要素九：伤害监测制度、4份伤害分析）", [9], [3, 8], "2026-04-10", {}),
    (V11, "汇编（要素十一：整改规定、整改通知书、纠正预防措施、整改台账）", [11], [7, 8, 9], "2026-04-10", {}),
    (V12, "汇编（要素十二：评审制度、2023/2024/2025年度评审报告、持续改进计划）", [12], [1, 4, 11], "2026-04-10", {}),
    (VS, "汇编（2023/2024/2025年度工作总结）", [12], [1, 4, 5, 6, 7, 9], "2026-04-10", {}),
    (INJX, "台账（伤害登记，120行，2023-04至2025-08）", [9], [3, 8], "2025-08-21", {}),
    (HHX, "台账（重点户ABC排查2023/2025、民宿季度检查2023/2025）", [8], [3, 5, 11], "2025-12-31", {}),
    (BOATX, "台账（渔船86艘、救生衣、持证）", [8], [3, 5], "2025-08-31", {}),
    (LEDX, "台账（经费支出）", [1], [5], "2026-03-12", {}),
    (OPX, "台账（村民意见建议及处理）", [2], [11], "2026-03-21", {}),
    ("03 照片/2023-07-14 防台风人员转移演练.jpg", "照片", [7], [6], "2023-07-14", {}),
    ("03 照片/2024-06-27 防台风综合演练 渔船回港.jpg", "照片", [7], [5, 6], "2024-06-27", {}),
    ("03 照片/2024-11-08 民宿液化气火灾应急演练.jpg", "照片", [7], [5, 6], "2024-11-08", {}),
    ("03 照片/2024-03-12 渔船船员安全培训.jpg", "照片", [6], [5], "2024-03-12", {}),
    ("03 照片/渔港码头救生圈配置点.jpg", "照片", [5], [8], "2024-12-20", {}),
    ("03 照片/K6+300急弯波形护栏（2025年5月）.jpg", "照片", [5], [11], "2025-05-16", {}),
    ("03 照片/独居老人家庭防滑扶手安装.jpg", "照片", [5], [], "2023-11-15", {}),
    (SELF, "自评报告", [12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "2026-04-20", {}),
    (APPL, "申报表", [12], [1], "2026-04-28", {}),
]

ELEMENTS = {
    "1": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "促进委员会（17人，跨部门）、6个项目组、工作制度、经费预算和支出台账齐全；但本村制度规定“每季度召开一次全体会议”，"
                    "2025年只开了2次（4月18日、11月21日），一、三季度缺会。"},
    "2": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "信息交流与反馈制度、意见建议登记表（持续到2026年3月）、志愿队及服务记录、三年联席会议、外出学习考察、市交流会发言、接待考察。"},
    "3": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "辨识评价制度、问卷调查报告、伤害回顾调查、LEC危险源清单、诊断报告（两高一脆弱）、2025年3月中期复核，均在要素三汇编中。"},
    "4": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "有量化的三年目标和2023、2024年度工作计划；没有2025年度工作计划（2025-04-18纪要说由办公室起草，2025年度评审确认未印发）。"},
    "5": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "6个项目都有实施方案和实施记录，项目一、二、三、四、六有效果评估；项目五（沿海公路交通安全）没有效果评估（2026-01-08说明）。"},
    "6": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "培训制度（规定频次）、培训规划、20场培训（渔民每年2次、老人每半年1次、学生每学期1次、民宿每年1次，全部满足）含签到表和考核，知晓率由61.2%升至85.6%。"},
    "7": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "综合预案和防台风专项预案（规定每年至少一次综合演练）、队伍、物资齐全；2023年1次、2024年2次演练有评估；2025年没有演练（只有台风实战应对报告）。"},
    "8": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "渔港月度巡查2023—2026一季度连续；民宿季度检查2023/2025在Excel台账，2024年在要素八汇编的Word表格中（92行）；渔船抽查、渔排检查、镇督查和县局检查反馈。"},
    "9": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "伤害监测制度（月报、半年分析）和伤害登记表（120行）及4份分析都在，但登记止于2025年8月，2025年9月—2026年3月（期末前7个月）无记录，也没有2025年下半年分析。"},
    "10": {"evidenced": "partial", "acceptable_verdicts": ["partial", False],
           "reason": "档案按要素汇编成册并有总目录，但没有档案管理制度（备忘录第1条承认尚未制定），也无专人管理的正式文件。"},
    "11": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
           "reason": "整改规定、整改台账和针对溺水险情、落水、交通死亡事故的纠正预防措施齐全；但2025年入户排查的14户C类户整改期满（2025-12-31）后未复查，台账状态“未复查”。"},
    "12": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
           "reason": "评审制度（每年一次）；2023年度（2023-12-22）、2024年度（2025-01-16写成）、2025年度（2026-01-20）评审报告和持续改进计划齐全，另有年度总结和自评报告。"},
}

GAPS = [
    {"id": "G1", "element": 1, "also": [12], "match": [["2025"], ["会议", "例会", "纪要", "季度"]], "record_level": False,
     "related": [V1, V12],
     "note": "制度：每季度召开一次全体会议；2025年只有2025-04-18、2025-11-21两次。"},
    {"id": "G2", "element": 9, "also": [3, 8], "match": [["伤害", "登记", "记录"], ["2025", "2026", "中断", "断档", "截至", "截止", "停止", "覆盖"]],
     "record_level": False, "related": [INJX, V9],
     "note": "伤害登记最后一行发生日期2025-08-20，评审期止于2026-03-31；无2025年下半年分析。"},
    {"id": "G3", "element": 7, "also": [], "match": [["2025"], ["演练"]], "record_level": False, "related": [V7],
     "note": "预案规定每年至少一次综合演练；2025年无演练，只有9月台风实战应对。"},
    {"id": "G4", "element": 5, "also": [12], "match": [["交通", "公路", "项目五"], ["评估", "效果", "评价"]], "record_level": False,
     "related": [V5A, V5B],
     "note": "项目五沿海公路交通安全无效果评估（要素五2025汇编最后一份说明）。"},
    {"id": "G5", "element": 10, "also": [], "match": [["档案"], ["制度", "管理办法", "管理规定"]], "record_level": False,
     "related": [CAT, MEMOF], "note": "整个档案没有档案管理制度。"},
    {"id": "G6", "element": 11, "also": [8], "match": [["2025", "C类"], ["整改", "复查", "闭环", "销号"]], "record_level": True,
     "related": [HHX, V11], "note": "2025年C类户14户整改期满未复查（台账“未复查”，Excel复查日期为空）。"},
    {"id": "G7", "element": 4, "also": [1], "match": [["2025"], ["计划"]], "record_level": False, "related": [V4, V1, V12],
     "note": "有2023、2024年度工作计划，没有2025年度工作计划。"},
]

TRAPS = [
    {"id": "T1", "element": 8, "match": [["2024"], ["检查", "巡查", "排查"]],
     "note": "Excel台账只有2023、2025年；2024年民宿季度检查（92行）、渔港巡查（12行）、渔船抽查（30行）都在要素八汇编的Word表格里。"},
    {"id": "T2", "element": 12, "match": [["2024"], ["评审", "总结"]],
     "note": "2024年度评审报告落款二〇二五年一月十六日，2024年工作总结2025-01-10；按落款年份归档会误以为2024年没有评审。"},
    {"id": "T3", "element": 1, "match": [["2024"], ["会议", "例会", "纪要"]],
     "note": "2024年4次全体会议（3/15、6/20、9/26、12/19）都在要素一汇编里，没有单独的会议纪要文件。"},
]

PROBES = [
    {"id": "P1", "query": "民宿 液化气 季度检查 2024", "must_in_top5": [V8]},
    {"id": "P2", "query": "伤害 登记 卫生室", "must_in_top5": [INJX]},
    {"id": "P3", "query": "防台风 演练 评估", "must_in_top5": [V7]},
    {"id": "P4", "query": "促进委员会 全体会议 纪要", "must_in_top5": [V1]},
    {"id": "P5", "query": "隐患整改 纠正预防措施 台账", "must_in_top5": [V11]},
    {"id": "P6", "query": "渔船 救生衣 持证船员", "must_in_top5": [BOATX]},
]


def write_judgement():
    j = {
        "community_name": "白海村",
        "assessment_period": {"start": "2023-04-01", "end": "2026-03-31"},
        "files": [{"path": p, "kind": k, "elements": e, "also_acceptable": a, "date": d, "flags": f}
                  for p, k, e, a, d, f in FILES],
        "elements": ELEMENTS,
        "gaps": [{k: v for k, v in g.items() if k != "note"} | {"note": g["note"]} for g in GAPS],
        "traps": TRAPS,
        "probes": PROBES,
    }
    head = ("# Expert judgement for holdout17 / 白海村 (compiled-volume style). Written from the generated documents only.\n"
            "# Period stated in: 要素一汇编《关于启动白海村安全社区创建工作的通知》(Chinese numerals) and 00 综合文件/实施方案.\n")
    with open(JUDGEMENT, "w", encoding="utf-8") as f:
        f.write(head)
        yaml.safe_dump(j, f, allow_unicode=True, sort_keys=False, width=200)


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
def tree_sha():
    h = hashlib.sha256()
    for dp, dn, fn in os.walk(ROOT):
        dn.sort()
        for n in sorted(fn):
            p = os.path.join(dp, n)
            rel = os.path.relpath(p, ROOT)
            h.update(rel.encode("utf-8") + b"\0")
            h.update(hashlib.sha256(open(p, "rb").read()).digest())
    h.update(b"judgement\0" + hashlib.sha256(open(JUDGEMENT, "rb").read()).digest())
    return h.hexdigest()


def self_check():
    on_disk = set()
    for dp, _, fn in os.walk(ROOT):
        for n in fn:
            on_disk.add(os.path.relpath(os.path.join(dp, n), ROOT))
    judged = [p for p, *_ in FILES]
    problems = []
    if len(set(judged)) != len(judged):
        problems.append("duplicate paths in judgement")
    for p in on_disk - set(judged):
        problems.append(f"file not in judgement: {p}")
    for p in set(judged) - on_disk:
        problems.append(f"judged file missing: {p}")
    for g in GAPS:
        for p in g["related"]:
            if p not in on_disk:
                problems.append(f"{g['id']} related missing: {p}")
    for pr in PROBES:
        for p in pr["must_in_top5"]:
            if p not in on_disk:
                problems.append(f"{pr['id']} probe path missing: {p}")
    if sorted(ELEMENTS, key=int) != [str(i) for i in range(1, 13)]:
        problems.append("elements must be 1..12")
    for g in GAPS:
        els = [g["element"]] + g["also"]
        if all(ELEMENTS[str(e)]["evidenced"] is True for e in els) and not g["record_level"]:
            problems.append(f"{g['id']}: all its elements are judged met")
    if set(WRITTEN) != on_disk:
        problems.append("WRITTEN list and disk differ")
    if problems:
        sys.exit("SELF-CHECK FAILED:\n  " + "\n  ".join(problems))
    print(f"self-check ok: {len(on_disk)} files, all judged; gaps/probes resolve")


def main():
    if os.path.exists(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(ROOT)
    vols = []
    write_docx_single(PLAN, plan_doc())
    vols.append((V1, vol_e1(), None))
    vols.append((V2, vol_e2(), None))
    vols.append((V3, vol_e3(), None))
    vols.append((V4, vol_e4(), None))
    vols.append((V5A, vol_e5a(), None))
    vols.append((V5B, vol_e5b(), None))
    vols.append((V6, vol_e6(), None))
    vols.append((V7, vol_e7(), None))
    vols.append((V8, vol_e8(), None))
    vols.append((V9, vol_e9(), None))
    vols.append((V11, vol_e11(), None))
    vols.append((V12, vol_e12(), None))
    vols.append((VS, vol_summaries(), None))
    write_xlsx(CAT, [("总目录", ["序号", "档号", "题名", "件数", "起始日期", "终止日期", "保管期限", "整理人"],
                      catalogue_rows(vols) + [
                          [14, "BH-AQ·2026-Y-14", "台账（伤害登记、排查、渔船、经费、意见建议）", 5, "2023-04-06", "2026-03-21", "永久", "吴晓燕"],
                          [15, "BH-AQ·2026-Y-15", "照片（精选7张）", 7, "2023-07-14", "2025-05-16", "永久", "吴晓燕"],
                          [16, "BH-AQ·2026-Y-16", "上报材料（自评报告、申报表）", 2, "2026-04-20", "2026-04-28", "永久", "吴晓燕"]],
                      [6, 18, 46, 6, 12, 12, 9, 9], ["白海村安全社区创建档案总目录", "整理：吴晓燕  2026年4月"])],
               "白海村安全社区创建档案总目录")
    write_registers()
    write_photos()
    sa, total = self_assessment()
    write_docx_single(SELF, sa)
    write_pdf_single(APPL, application_form(total))
    write_gbk_txt(MEMOF, MEMO)
    write_judgement()
    self_check()
    for dp, dn, fn in os.walk(ROOT, topdown=False):
        for n in fn:
            os.utime(os.path.join(dp, n), (MTIME, MTIME))
        os.utime(dp, (MTIME, MTIME))
    os.utime(JUDGEMENT, (MTIME, MTIME))
    if "--sha" in sys.argv:
        print("tree sha256:", tree_sha())


if __name__ == "__main__":
    main()
