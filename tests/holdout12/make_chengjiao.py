#!/usr/bin/env python3
"""Generate the holdout archive `chengjiao/` (沙河铺社区, 城乡结合部, 按全国评定表50项指标分文件夹归档)
plus its expert judgement `chengjiao.judgement.yaml` and reviewer notes `chengjiao.notes.md`.

Deterministic: every random choice comes from random.Random(<str seed>) (independent of
PYTHONHASHSEED); docx/xlsx are re-zipped with fixed entry times and fixed core-properties dates;
reportlab runs in invariant mode with the document's own date patched into the PDF info; JPEGs are
drawn with PIL with fixed EXIF; every file's mtime is 2026-09-20 10:00.

usage: python3 make_chengjiao.py          # (re)writes chengjiao/, the judgement and the notes
"""
import datetime as dt
import io
import os
import random
import re
import shutil
import zipfile

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
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
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "chengjiao"
OUT = os.path.join(HERE, SLUG)
JUDGEMENT = os.path.join(HERE, SLUG + ".judgement.yaml")
NOTES = os.path.join(HERE, SLUG + ".notes.md")
MTIME = dt.datetime(2026, 9, 20, 10, 0).timestamp()
ZIP_TIME = (2026, 9, 15, 9, 0, 0)

CITY, DIST, STREET = "楚江市", "城北区", "沙河街道"
COMM = "沙河铺社区"
JWH = "沙河铺社区居民委员会"
BSC = "沙河街道办事处"
PC = "沙河铺社区安全社区创建促进委员会"
PCO = "促进委员会办公室"
MARKET = "楚江城北农副产品批发市场"     # locally: 沙河农批市场
CLINIC = "沙河铺社区卫生服务站"
CLERK = "何晓东"          # 社区安全专干, keeps most records
ARCHIVIST = "陈丽"        # 兼职档案员
PERIOD = (dt.date(2023, 9, 1), dt.date(2026, 8, 31))

# ---------------------------------------------------------------- dates
DIG = "〇一二三四五六七八九"


def D(x):
    return x if isinstance(x, dt.date) else dt.date.fromisoformat(x)


def iso(x):
    return D(x).isoformat()


def zh(x):          # 2023年9月1日
    x = D(x)
    return f"{x.year}年{x.month}月{x.day}日"


def dots(x):        # 2023.9.1
    x = D(x)
    return f"{x.year}.{x.month}.{x.day}"


def slash(x):       # 2023/09/01
    x = D(x)
    return f"{x.year}/{x.month:02d}/{x.day:02d}"


def d8(x):
    return iso(x).replace("-", "")


def _cnum(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n - 10] if n > 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


def cn(x):          # 二〇二三年九月一日
    x = D(x)
    return "".join(DIG[int(c)] for c in str(x.year)) + "年" + _cnum(x.month) + "月" + _cnum(x.day) + "日"


def days(n):
    return dt.timedelta(days=n)


def month_end(y, m):
    return dt.date(y + (m == 12), m % 12 + 1, 1) - days(1)


def months(a, b):
    y, m, out = a.year, a.month, []
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def R(name):
    return random.Random("chengjiao:" + name)


SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金"
CN_NUM = "一二三四五六七八九十"


def masked(rnd):
    return rnd.choice(SURN) + "**"


# ---------------------------------------------------------------- registry
FILES = []       # dicts: path, kind, elements, also, date, flags, title
TITLE = {}


def reg(path, kind, el, also, date, title=None, flags=None):
    FILES.append({"path": path, "kind": kind, "elements": list(el), "also_acceptable": list(also),
                  "date": iso(date), "flags": flags or {}})
    TITLE[path] = title or os.path.splitext(os.path.basename(path))[0]
    return path


def full(path):
    p = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ---------------------------------------------------------------- writers
def fix_zip(path, when):
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
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


RED = (0xE6, 0x00, 0x12)


def _run(par, text, size=14, bold=False, face="仿宋_GB2312", color=None):
    r = par.add_run(text)
    r.font.name = face
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def _rule(par, color="FF0000", sz="18"):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def docx(path, date, title, body, red=None, docno=None, author=CLERK):
    """body blocks: str (indented paragraph) | ("h", text) | ("h2", text) | ("b", text) | ("c", centred) |
    ("t", rows) | ("sig", [lines]) | ("pb",) page break."""
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = ARCHIVIST
    cp.title = ""
    cp.comments = ""
    cp.revision = 2
    cp.created = dt.datetime.combine(D(date), dt.time(9, 0))
    cp.modified = cp.created
    if red:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, red, 26, True, "方正小标宋简体", RED)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, docno or "", 16)
        _rule(p)
    if title:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, title, 20, True, "方正小标宋简体")
    for blk in body:
        if isinstance(blk, str):
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _run(p, blk)
        elif blk[0] == "h":
            _run(doc.add_paragraph(), blk[1], 15, True, "黑体")
        elif blk[0] == "h2":
            _run(doc.add_paragraph(), blk[1], 14, True, "楷体_GB2312")
        elif blk[0] == "b":
            _run(doc.add_paragraph(), blk[1])
        elif blk[0] == "c":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p, blk[1], 16, True, "方正小标宋简体")
        elif blk[0] == "t":
            rows = blk[1]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for k, v in enumerate(row):
                    _run(tb.cell(i, k).paragraphs[0], "" if v is None else str(v), 10.5, i == 0)
        elif blk[0] == "sig":
            for line in blk[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _run(p, line)
        elif blk[0] == "pb":
            doc.add_page_break()
    p = full(path)
    doc.save(p)
    fix_zip(p, date)


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xlsx(path, date, sheets, author=CLERK):
    """sheets: dicts name, header, rows; optional title, sub (rows above the header), foot, widths,
    fmt (number format of date cells), merge_col (1-based column whose equal consecutive values are merged),
    merges (explicit ranges)."""
    wb = Workbook()
    wb.remove(wb.active)
    stamp = dt.datetime.combine(D(date), dt.time(9, 0))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = ARCHIVIST
    wb.properties.created = stamp
    wb.properties.modified = stamp
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        header = sh["header"]
        ncol = len(header)
        r = 0
        if sh.get("title"):
            r += 1
            ws.cell(r, 1, sh["title"]).font = Font(bold=True, size=14)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for line in sh.get("sub", []):
            r += 1
            ws.cell(r, 1, line)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        hdr = r
        for k, h in enumerate(header, 1):
            c = ws.cell(r, k, h)
            c.font = Font(bold=True)
            c.border = BOX
            c.alignment = Alignment(horizontal="center", wrap_text=True)
        first = r + 1
        for row in sh["rows"]:
            r += 1
            for k, v in enumerate(row, 1):
                if v is None or v == "":
                    ws.cell(r, k).border = BOX
                    continue
                c = ws.cell(r, k, v)
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = sh.get("fmt", "yyyy/m/d")
        last = r
        mc = sh.get("merge_col")
        if mc and last >= first:
            start = first
            for rr in range(first + 1, last + 2):
                same = rr <= last and ws.cell(rr, mc).value == ws.cell(start, mc).value
                if not same:
                    if rr - 1 > start:
                        for q in range(start + 1, rr):
                            ws.cell(q, mc).value = None
                        ws.merge_cells(start_row=start, start_column=mc, end_row=rr - 1, end_column=mc)
                        ws.cell(start, mc).alignment = Alignment(vertical="center")
                    start = rr
        for rng in sh.get("merges", []):
            ws.merge_cells(rng)
        for line in sh.get("foot", []):
            r += 1
            ws.cell(r, 1, line)
        widths = sh.get("widths") or {}
        for k in range(1, ncol + 1):
            ws.column_dimensions[get_column_letter(k)].width = widths.get(k, 13)
        ws.freeze_panes = ws.cell(hdr + 1, 1)
    p = full(path)
    wb.save(p)
    fix_zip(p, date)


INVARIANT_DATE = b"D:20000101000000+00'00'"


def pdf(path, date, title, body, red=None, docno=None, author=CLERK):
    """body blocks as docx(); ("pb",) starts a new page; ("title", text) a centred sub-title."""
    base = ParagraphStyle("p", fontName="STSong-Light", fontSize=11.5, leading=19, wordWrap="CJK", firstLineIndent=23)
    flat = ParagraphStyle("f", parent=base, firstLineIndent=0)
    head = ParagraphStyle("h", parent=flat, fontSize=12.5, spaceBefore=6)
    big = ParagraphStyle("t", parent=flat, fontSize=17, leading=27, alignment=TA_CENTER)
    redst = ParagraphStyle("r", parent=flat, fontSize=23, leading=34, alignment=TA_CENTER, textColor=colors.HexColor("#E60012"))
    centre = ParagraphStyle("n", parent=flat, alignment=TA_CENTER)
    right = ParagraphStyle("s", parent=flat, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=flat, fontSize=9.5, leading=13)
    story = []
    if red:
        story += [Paragraph(red, redst), Spacer(1, 4), Paragraph(docno or "", centre), Spacer(1, 2),
                  HRFlowable(width="100%", thickness=2, color=colors.HexColor("#E60012")), Spacer(1, 10)]
    if title:
        story += [Paragraph(title, big), Spacer(1, 8)]
    for blk in body:
        if isinstance(blk, str):
            story.append(Paragraph(blk, base))
        elif blk[0] in ("h", "h2"):
            story.append(Paragraph(blk[1], head))
        elif blk[0] == "b":
            story.append(Paragraph(blk[1], flat))
        elif blk[0] in ("c", "title"):
            story += [Spacer(1, 6), Paragraph(blk[1], big if blk[0] == "title" else centre), Spacer(1, 6)]
        elif blk[0] == "t":
            t = Table([[Paragraph("" if v is None else str(v), cell) for v in row] for row in blk[1]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif blk[0] == "sig":
            story += [Spacer(1, 8)] + [Paragraph(x, right) for x in blk[1]]
        elif blk[0] == "pb":
            story.append(PageBreak())
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="", author=author, creator="WPS Office", subject="",
                      leftMargin=72, rightMargin=68, topMargin=72, bottomMargin=62).build(story)
    data = buf.getvalue()
    stamp = ("D:" + d8(date) + "100000+08'00'").encode()
    assert len(stamp) == len(INVARIANT_DATE) and INVARIANT_DATE in data
    data = data.replace(INVARIANT_DATE, stamp)
    with open(full(path), "wb") as f:
        f.write(data)


def text(path, body, encoding, crlf=True):
    if crlf:
        body = body.replace("\n", "\r\n")
    with open(full(path), "wb") as f:
        f.write(body.encode(encoding))


def photo(path, scene, shot):
    rnd = R("photo:" + path)
    w, h = 800, 600
    img = Image.new("RGB", (w, h), (190, 205, 220))
    g = ImageDraw.Draw(img)

    def people(n, y0, y1, colours, x0=30, x1=770):
        for _ in range(n):
            x, y = rnd.randint(x0, x1), rnd.randint(y0, y1)
            g.ellipse([x, y, x + 14, y + 14], fill=(45, 35, 30))
            g.rectangle([x - 3, y + 14, x + 17, y + 46], fill=rnd.choice(colours))

    if scene == "meeting":       # hall, red banner, rows of seated people
        g.rectangle([0, 0, w, h], fill=(215, 200, 180))
        g.rectangle([80, 40, 720, 110], fill=(200, 20, 30))
        g.rectangle([120, 140, 680, 200], fill=(120, 70, 40))
        for row in range(4):
            people(14, 260 + row * 80, 270 + row * 80, [(30, 40, 70), (60, 60, 60), (230, 230, 230)])
    elif scene == "exchange":    # conference stage, blue backdrop
        g.rectangle([0, 0, w, 330], fill=(20, 70, 150))
        g.rectangle([0, 330, w, h], fill=(150, 120, 90))
        g.rectangle([250, 360, 550, 420], fill=(200, 200, 200))
        people(30, 440, 560, [(30, 30, 40), (80, 80, 90), (200, 200, 210)])
    elif scene == "workshop":    # small workshop, new cable trays, distribution box
        g.rectangle([0, 0, w, h], fill=(170, 165, 160))
        g.rectangle([0, 450, w, h], fill=(110, 105, 100))
        g.rectangle([60, 100, 740, 118], fill=(140, 140, 150))
        for k in range(6):
            g.line([100 + 110 * k, 118, 100 + 110 * k, 300], fill=(30, 30, 30), width=3)
        g.rectangle([560, 200, 680, 340], fill=(220, 220, 215))
        g.rectangle([120, 330, 420, 450], fill=(150, 110, 70))
    elif scene == "smoke":       # ceiling with a round white detector, rental room
        g.rectangle([0, 0, w, h], fill=(235, 232, 225))
        g.rectangle([0, 0, w, 120], fill=(250, 250, 248))
        g.ellipse([340, 40, 460, 110], fill=(255, 255, 255), outline=(180, 180, 180), width=3)
        g.ellipse([392, 66, 408, 82], fill=(200, 30, 30))
        g.rectangle([100, 300, 300, 600], fill=(160, 120, 80))
    elif scene == "corridor":    # culture corridor: boards on a wall along a path
        g.rectangle([0, 380, w, h], fill=(160, 160, 150))
        for k in range(5):
            g.rectangle([40 + 150 * k, 120, 170 + 150 * k, 340], fill=(30, 100, 170))
            g.rectangle([50 + 150 * k, 140, 160 + 150 * k, 320], fill=(240, 240, 230))
        people(6, 400, 470, [(200, 60, 60), (60, 60, 60)])
    elif scene == "gas":         # courtyard of a resettlement block, men in orange, a gas cylinder
        g.rectangle([0, 0, w, 380], fill=(200, 190, 175))
        for k in range(4):
            g.rectangle([60 + 180 * k, 80, 180 + 180 * k, 380], fill=(225, 215, 200))
        g.rectangle([0, 380, w, h], fill=(120, 120, 115))
        g.rectangle([380, 430, 420, 520], fill=(60, 120, 200))
        people(10, 420, 540, [(240, 120, 20)], 100, 700)
        people(18, 500, 560, [(50, 50, 60), (230, 230, 230), (150, 40, 40)], 20, 780)
    elif scene == "flood":       # river bank, sandbags, people in life vests, boat
        g.rectangle([0, 0, w, 250], fill=(170, 190, 205))
        g.rectangle([0, 250, w, 420], fill=(90, 110, 100))
        g.rectangle([0, 420, w, h], fill=(150, 130, 95))
        for k in range(12):
            g.ellipse([40 + 60 * k, 400, 95 + 60 * k, 440], fill=(190, 170, 120))
        g.polygon([(300, 320), (480, 320), (450, 350), (330, 350)], fill=(230, 120, 30))
        people(14, 450, 540, [(250, 100, 20), (240, 200, 30)])
    img = img.resize((w, h))
    exif = Image.Exif()
    stamp = shot.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x010F] = "vivo"
    exif[0x0110] = "V2309A"
    exif[0x0132] = stamp
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = stamp
    ifd[0x9004] = stamp
    img.save(full(path), "JPEG", quality=80, optimize=False, exif=exif.tobytes())


def at(d, hh, mm):
    return dt.datetime.combine(D(d), dt.time(hh, mm))


# ================================================================ the scoring sheet as this office files by it
IND = {
    1: "安全社区创建领导机构", 2: "安全促进项目组", 3: "工作制度与职责", 4: "长期和年度工作目标计划", 5: "资金投入保障",
    6: "安全社区交流活动", 7: "信息收集交流反馈渠道", 8: "志愿者和社会组织", 9: "全员参与安全促进活动",
    10: "事故与伤害风险辨识评价制度", 11: "社区安全诊断", 12: "危险源辨识与风险评价", 13: "高危人群高风险环境脆弱群体",
    14: "事故与伤害预防目标", 15: "目标分解与责任落实", 16: "计划实施与调整",
    17: "安全促进项目策划", 18: "安全促进项目实施", 19: "重点人群和重点场所覆盖", 20: "项目效果评估", 21: "项目资源保障", 22: "项目持续改进",
    23: "宣传教育培训制度", 24: "宣传教育设施资源", 25: "宣传教育与培训活动", 26: "培训效果",
    27: "应急预案", 28: "应急队伍与物资", 29: "应急演练", 30: "应急响应与处置", 31: "预案评审修订",
    32: "安全检查与隐患排查", 33: "重点场所监督", 34: "监测指标与数据", 35: "监督考核",
    36: "事故与伤害记录制度", 37: "伤害监测登记", 38: "伤害统计分析", 39: "事故调查处理",
    40: "创建档案管理制度", 41: "档案完整规范", 42: "档案利用",
    43: "预防与纠正措施制度", 44: "隐患整改与销号", 45: "事故教训与纠正", 46: "措施效果验证",
    47: "绩效评审", 48: "年度总结", 49: "自查自评", 50: "持续改进",
}
IND_EL = {}
for _el, _rng in ((1, range(1, 6)), (2, range(6, 10)), (3, range(10, 14)), (4, range(14, 17)), (5, range(17, 23)),
                  (6, range(23, 27)), (7, range(27, 32)), (8, range(32, 36)), (9, range(36, 40)), (10, range(40, 43)),
                  (11, range(43, 47)), (12, range(47, 51))):
    for _i in _rng:
        IND_EL[_i] = _el
EL_NAME = {1: "安全社区创建机构与职责", 2: "信息交流和全员参与", 3: "事故与伤害风险辨识及其评价", 4: "事故与伤害预防目标及计划",
           5: "安全促进项目", 6: "宣传教育与培训", 7: "应急预案和响应", 8: "监测与监督", 9: "事故与伤害记录",
           10: "安全社区创建档案", 11: "预防与纠正措施", 12: "评审与持续改进"}


def F(i):
    return f"指标{i:02d} {IND[i]}"


# ================================================================ the community's own rules (制度汇编, the yardstick)
RULES = [
    ("一、安全社区创建促进委员会工作制度", [
        "促进委员会在街道安委会领导下统筹社区安全促进工作，主任由街道办事处主任担任，副主任由街道分管副主任和社区党委书记担任，成员由街道安办、派出所、消防救援站、交警中队、市场监管所、城管中队、社区卫生服务站、沙河小学、农批市场管理办、上沙湾组、下沙湾组、沙河佳苑和铺前安置小区物业、志愿者代表组成。",
        "促进委员会每季度召开一次例会（原则上在每季度最后一个月召开），听取办公室和各项目组工作汇报，研究解决创建工作中的重大问题，会议形成纪要；遇重大事项可临时召开。",
        "促进委员会办公室设在社区居委会，负责日常工作、会议组织、信息汇总和档案收集。"]),
    ("二、安全促进项目组工作制度", [
        "各项目组按照项目实施方案组织实施，建立项目实施台账，每季度向促进委员会例会汇报实施进展。",
        "项目实施满一年或达到方案规定的评估时间后，由项目组对照方案目标开展效果评估，形成评估报告，报促进委员会审定；评估发现的问题纳入持续改进。"]),
    ("三、目标管理与责任制度", [
        "促进委员会办公室于每年1月底前制定本年度安全社区工作计划，经促进委员会审议后印发实施。",
        "每年3月底前，社区与村民小组、安置小区物业、农批市场管理办、沙河小学、辖区重点单位签订年度安全目标责任书，年终考核。"]),
    ("四、信息交流与全员参与制度", [
        "社区在居委会、农批市场管理办和两个安置小区设置安全意见箱，公布安全热线，意见建议登记后7个工作日内答复反馈。",
        "依托“一网三库”（安全社区网页、人口综合信息库、社会单位信息库、环境和市政设施信息库）收集交流安全信息，每季度更新一次数据；每年至少组织或参加一次安全社区交流活动。"]),
    ("五、事故与伤害风险辨识及评价制度", [
        "创建启动时开展社区安全诊断，对辖区危险源进行辨识和风险评价（LEC法），形成危险源辨识清单；此后每两年对辨识清单进行一次复核更新，环境或人员发生重大变化时及时补充辨识。"]),
    ("六、安全宣传教育与培训制度", [
        "每季度至少开展一次面向居民（含流动人口）的安全宣传教育活动；每年至少对出租房屋房东、农批市场经营户、小作坊业主各组织一次集中安全培训；培训活动须有签到和记录。"]),
    ("七、应急管理与演练制度", [
        "社区综合应急预案每三年修订一次，防汛、火灾等专项预案根据需要编制。",
        "社区每半年至少组织一次应急演练（上半年、下半年各不少于一次），演练前制定方案，演练后进行评估总结并归档。"]),
    ("八、隐患排查治理制度", [
        "社区每月组织一次隐患排查，重点是出租屋、农批市场、小作坊（三小场所）、安置小区和沙河沿岸；节假日、汛期前开展专项检查。",
        "一般隐患整改期限不超过7日，较大隐患整改期限不超过30日；隐患整改完成后由社区安全专干复查，复查合格后在台账中注明销号日期（整改销号）；逾期未整改的隐患报街道安办挂牌督办。"]),
    ("九、事故与伤害监测制度", [
        "社区卫生服务站对接诊的所有伤害病例逐例填写伤害监测登记表，每月5日前将上月登记表报促进委员会办公室汇总；辖区火灾、道路交通事故信息由消防、交警按季度提供。",
        "每年1月完成上一年度伤害统计分析报告，分析结果报促进委员会并作为调整项目的依据。"]),
    ("十、安全社区创建档案管理制度", [
        "创建档案由兼职档案员集中管理，按《全国安全社区现场评定表》50项二级指标分类立卷，文件材料形成后一个月内归档，每年年底编制（更新）归档文件目录。",
        "档案查阅、借阅应填写《档案查阅借阅登记簿》，写明查阅人、日期、内容和归还情况；借出档案须经办公室主任同意，原件一般不外借。"]),
    ("十一、绩效评审与持续改进制度", [
        "每年1月对上一年度创建工作进行总结和绩效评审，形成年度工作总结暨绩效评审报告，提出持续改进措施；创建期满前开展自查自评。"]),
]

ORG = [
    ("主　任", "周建国", "沙河街道党工委副书记、办事处主任"),
    ("副主任", "孙立军", "沙河街道办事处副主任（分管安全生产）"),
    ("副主任", "刘春梅", "沙河铺社区党委书记、居委会主任"),
    ("成　员", "黄志强", "城北公安分局沙河派出所副所长"),
    ("成　员", "邓海波", "城北区消防救援大队沙河消防救援站站长"),
    ("成　员", "曹文杰", "城北交警大队沙河中队中队长"),
    ("成　员", "罗小芳", "城北区市场监管局沙河市场监管所所长"),
    ("成　员", "郭振华", "沙河街道城管中队中队长"),
    ("成　员", "王玉兰", "沙河铺社区卫生服务站站长"),
    ("成　员", "唐明亮", "沙河小学副校长"),
    ("成　员", "马永刚", "楚江城北农副产品批发市场管理办主任"),
    ("成　员", "田德明", "上沙湾村民小组组长"),
    ("成　员", "许建平", "下沙湾村民小组组长"),
    ("成　员", "潘立新", "沙河佳苑物业服务中心经理"),
    ("成　员", "蒋桂英", "铺前安置小区物业负责人"),
    ("成　员", "冯志军", "楚江沙河木业加工厂负责人（小作坊业主代表）"),
    ("成　员", "余秀兰", "沙河铺安全志愿者服务队队长"),
    ("成　员", "何晓东", "沙河铺社区安全专干（办公室主任）"),
]

PROJECTS = [
    # key, name, group leader, target, start, eval promise
    ("rent", "出租屋（群租房）消防安全促进项目", "刘春梅、邓海波", "出租屋火灾起数较基线下降50%，独立式烟感安装率达到100%，电动自行车室内充电现象基本消除", "2023年11月", "2025年10月"),
    ("market", "农批市场交通安全（人车分流）促进项目", "马永刚、曹文杰", "市场内及周边道路交通伤害人数较基线下降30%，三轮车、货车违停率下降60%", "2023年12月", "2025年12月"),
    ("elder", "老年人居家防跌倒促进项目", "王玉兰、余秀兰", "60岁以上老人跌倒伤害就诊人数较基线下降25%，完成独居及高龄老人家庭适老化改造120户", "2024年1月", "2025年10月"),
    ("gas", "瓶装液化气入户安全促进项目（ABC分类管理）", "孙立军、潘立新", "瓶装液化气用户入户检查覆盖率100%，C类用户全部整改或转为B类以上，燃气事故零发生", "2023年11月", "2025年11月"),
    ("water", "儿童防溺水促进项目", "唐明亮、田德明", "辖区儿童溺水死亡零发生，沙河沿岸及鱼塘危险水域警示和防护设施覆盖率100%", "2024年4月", "2025年10月"),
    ("shop", "小作坊（三小场所）用电安全促进项目", "孙立军、冯志军", "三小场所电气线路规范化改造率达到90%，电气火灾起数较基线下降50%", "2024年3月", "2025年12月"),
]


# ================================================================ data: injuries (社区卫生服务站)
INJ_LAST = dt.date(2026, 4, 30)     # G3: the register stops here (站长王玉兰调离，交接后未续登)
INJ_CATS = [  # key, 伤害原因, 2023/24/25/26 weights, age range, places, nature
    ("fall60", "跌倒（60岁以上）", (24, 21, 16, 16), (60, 91), ["家中卫生间", "家中卧室", "沙河佳苑楼道", "铺前安置小区广场", "上沙湾村道"], ["软组织挫伤", "腕部骨折", "髋部骨折", "头皮裂伤"]),
    ("fall", "跌倒/坠落（60岁以下）", (10, 10, 10, 10), (6, 59), ["农批市场", "家中", "出租屋楼梯", "上沙湾自建房屋顶"], ["踝关节扭伤", "软组织挫伤", "前臂骨折"]),
    ("traffic", "道路交通", (22, 18, 13, 13), (8, 72), ["农批市场东门", "沙河路与北环路口", "市场内通道", "铺前路"], ["擦伤", "软组织挫伤", "肋骨骨折", "下肢骨折"]),
    ("cut", "锐器伤", (10, 10, 11, 11), (16, 65), ["农批市场摊位", "家中厨房", "小作坊"], ["手部切割伤", "手指裂伤"]),
    ("mech", "机械伤（作坊）", (8, 7, 6, 6), (18, 60), ["木器加工作坊", "汽修店", "食品加工作坊"], ["手指挤压伤", "手部撕裂伤"]),
    ("burn", "烧烫伤", (7, 6, 6, 6), (1, 80), ["家中厨房", "出租屋", "食品加工作坊"], ["Ⅰ度烫伤", "浅Ⅱ度烫伤"]),
    ("bite", "动物咬伤", (8, 8, 8, 8), (4, 75), ["上沙湾村道", "下沙湾", "农批市场"], ["犬咬伤（Ⅱ级暴露）", "犬咬伤（Ⅲ级暴露）", "猫抓伤"]),
    ("blunt", "钝器伤/碰撞", (6, 6, 6, 6), (10, 65), ["农批市场装卸区", "出租屋", "工地"], ["头皮挫裂伤", "软组织挫伤"]),
    ("poison", "中毒", (2, 2, 2, 2), (20, 70), ["出租屋", "家中"], ["一氧化碳中毒（轻度）", "食物中毒"]),
    ("other", "其他", (3, 3, 3, 3), (3, 80), ["家中", "沙河沿岸"], ["异物", "扭伤"]),
]
INJ_MONTHLY = {2023: 7, 2024: 7, 2025: 6, 2026: 5}
CATNAME = {c[0]: c[1] for c in INJ_CATS}


def make_injuries():
    rnd = R("inj")
    out = []
    for (y, m) in months(PERIOD[0], INJ_LAST):
        n = INJ_MONTHLY[y] + rnd.randint(-2, 2) + (1 if m in (1, 2, 12) else 0)
        yi = y - 2023
        weights = [c[2][yi] for c in INJ_CATS]
        for _ in range(n):
            c = rnd.choices(INJ_CATS, weights)[0]
            if c[0] == "traffic" and m in (1, 2):      # Spring Festival market rush
                pass
            day = dt.date(y, m, rnd.randint(1, month_end(y, m).day))
            age = rnd.randint(*c[3])
            who = "常住居民" if rnd.random() < 0.45 else ("流动人口" if rnd.random() < 0.7 else "农批市场经营户/从业人员")
            if c[0] == "fall60":
                who = "常住居民" if rnd.random() < 0.8 else "流动人口"
            sev = rnd.choices(["轻度", "中度", "重度"], [72, 24, 4])[0]
            care = {"轻度": "门诊处理", "中度": rnd.choice(["门诊处理", "转区人民医院"]), "重度": "转区人民医院住院"}[sev]
            out.append({"date": day, "name": masked(rnd), "sex": rnd.choice("男女") if c[0] != "fall60" else rnd.choice("男女女"),
                        "age": age, "who": who, "place": rnd.choice(c[4]), "cat": c[0], "nature": rnd.choice(c[5]),
                        "sev": sev, "care": care})
    out.sort(key=lambda r: (r["date"], r["cat"], r["age"]))
    return out


INJ = make_injuries()


def inj(a, b, cat=None):
    return [r for r in INJ if D(a) <= r["date"] <= D(b) and (cat is None or r["cat"] == cat)]


def inj_table(a, b):
    rows = [["伤害原因", "例数", "占比"]]
    sel = inj(a, b)
    for c in INJ_CATS:
        n = len([r for r in sel if r["cat"] == c[0]])
        rows.append([c[1], n, f"{100 * n / max(1, len(sel)):.1f}%"])
    rows.append(["合计", len(sel), "100%"])
    return rows, len(sel)


# ================================================================ data: hazards (隐患排查治理台账)
PLACES = {
    "出租屋": ["上沙湾12号出租屋", "上沙湾27号出租屋", "上沙湾41号出租屋", "下沙湾8号出租屋", "下沙湾33号出租屋", "下沙湾56号群租房"],
    "农批市场": ["农批市场A区蔬菜交易区", "农批市场B区水产区", "农批市场冷库", "农批市场东门装卸区", "农批市场C区干货区"],
    "小作坊": ["沙河木业加工厂", "兴旺食品加工坊", "老李汽修店", "顺发废品收购站", "鑫达铝合金门窗加工点"],
    "安置小区": ["沙河佳苑3栋", "沙河佳苑7栋地下车库", "铺前安置小区2栋", "铺前安置小区电动车棚"],
    "沿河": ["沙河铺段河堤", "下沙湾鱼塘", "沙河桥下游滩地"],
}
HAZ_TEXT = {
    "出租屋": [("电动自行车在楼道停放充电", "清理楼道，引导至集中充电点", "一般"), ("私拉乱接电线、插座串接", "拆除飞线，规范线路", "一般"),
             ("疏散楼梯堆放杂物", "清理杂物", "一般"), ("独立式烟感故障未更换", "更换烟感", "一般"), ("防盗窗无逃生口", "开设逃生口", "一般"),
             ("群租房隔断使用易燃夹芯板", "拆除夹芯板隔断，限期整改", "较大")],
    "农批市场": [("消防通道被货车、三轮车占用", "清理通道，设置禁停标线", "一般"), ("灭火器压力不足", "更换灭火器", "一般"),
              ("冷库氨制冷机房无泄漏报警", "加装氨气泄漏报警装置", "较大"), ("摊位私接大功率电器", "拆除违规电器", "一般"),
              ("装卸区人车混行无隔离设施", "设置隔离护栏和警示标志", "较大")],
    "小作坊": [("配电箱无漏电保护器", "加装漏电保护器", "一般"), ("木屑粉尘堆积，电线裸露", "清理粉尘，穿管敷设线路", "一般"),
             ("生产区与住宿区未分隔（三合一）", "人员搬离，设置防火分隔", "较大"), ("焊接作业无动火审批", "落实动火管理", "一般"),
             ("液化气钢瓶与灶具距离不足", "调整位置，加装泄漏报警器", "一般")],
    "安置小区": [("消防栓无水", "维修供水管道", "一般"), ("地下车库应急照明损坏", "更换应急照明", "一般"),
              ("电动车棚充电桩线路老化", "更换线路", "一般"), ("楼道防火门闭门器损坏", "维修闭门器", "一般")],
    "沿河": [("河堤护栏缺损", "修复护栏", "一般"), ("鱼塘无警示标志和救生设施", "设置警示牌、救生圈", "一般"),
           ("滩地垂钓无警示", "增设警示牌，汛期劝离", "一般")],
}
CHECKERS = ["何晓东", "何晓东、田德明", "何晓东、许建平", "何晓东、马永刚", "何晓东、潘立新", "邓海波、何晓东"]
OVERDUE_END = PERIOD[1]


def make_hazards():
    rnd = R("haz")
    out = []
    # every month: the monthly 排查 (3-4 items) ; plus special checks
    for (y, m) in months(PERIOD[0], PERIOD[1]):
        day = dt.date(y, m, rnd.randint(8, 20))
        kinds = ["出租屋", "农批市场", "小作坊", "安置小区"] + (["沿河"] if m in (5, 6, 7, 8) else [])
        n = rnd.randint(3, 4)
        for k in rnd.sample(kinds, min(n, len(kinds))):
            out.append(_haz(rnd, day, "月度排查", k))
        if m in (1, 9) or (m in (5,) ):   # 节前 / 汛前 专项
            sd = dt.date(y, m, rnd.randint(21, 27))
            label = {1: "春节前专项检查", 9: "国庆节前专项检查", 5: "汛期前专项检查"}[m]
            for k in rnd.sample(["出租屋", "农批市场", "沿河" if m == 5 else "小作坊"], 2):
                out.append(_haz(rnd, sd, label, k))
    out.sort(key=lambda h: (h["found"], h["kind"], h["place"]))
    # G4: overdue items at the end of the period, no 整改/销号
    for h in out:
        h["overdue"] = False
    od = [
        (dt.date(2026, 5, 14), "农批市场", "农批市场东门装卸区", "装卸区人车混行无隔离设施，隔离护栏仅完成一半", "设置隔离护栏和警示标志", "较大"),
        (dt.date(2026, 6, 11), "出租屋", "下沙湾56号群租房", "群租房隔断使用易燃夹芯板（复查仍未拆除）", "拆除夹芯板隔断，限期整改", "较大"),
        (dt.date(2026, 7, 9), "小作坊", "鑫达铝合金门窗加工点", "生产区与住宿区未分隔（三合一），3名工人仍在作坊阁楼住宿", "人员搬离，设置防火分隔", "较大"),
        (dt.date(2026, 8, 6), "安置小区", "铺前安置小区电动车棚", "充电桩线路老化、接线盒烧蚀", "更换线路和接线盒", "一般"),
    ]
    for found, kind, place, desc, measure, level in od:
        lim = found + days(30 if level == "较大" else 7)
        h = {"found": found, "type": "月度排查", "kind": kind, "place": place, "desc": desc, "measure": measure, "level": level,
             "who": "何晓东", "deadline": lim, "done": None, "close": None, "checker": "", "overdue": True,
             "note": "整改中" if level == "较大" else "已通知物业，未整改"}
        out.append(h)
    # an item found near the end whose deadline is after the period (not overdue)
    out.append({"found": dt.date(2026, 8, 27), "type": "月度排查", "kind": "出租屋", "place": "上沙湾41号出租屋",
                "desc": "疏散楼梯堆放杂物", "measure": "清理杂物", "level": "一般", "who": "何晓东",
                "deadline": dt.date(2026, 9, 3), "done": None, "close": None, "checker": "", "overdue": False, "note": "整改期限内"})
    out.sort(key=lambda h: (h["found"], h["kind"], h["place"]))
    return out


def _haz(rnd, day, typ, kind):
    place = rnd.choice(PLACES[kind])
    desc, measure, level = rnd.choice(HAZ_TEXT[kind])
    lim = day + days(30 if level == "较大" else 7)
    done = day + days(rnd.randint(1, 6) if level == "一般" else rnd.randint(10, 28))
    return {"found": day, "type": typ, "kind": kind, "place": place, "desc": desc, "measure": measure, "level": level,
            "who": {"出租屋": "房东（" + ("田德明" if "上沙湾" in place else "许建平") + "督促）", "农批市场": "马永刚",
                    "小作坊": "冯志军" if "木业" in place else "业主", "安置小区": "潘立新" if "佳苑" in place else "蒋桂英", "沿河": "田德明"}[kind],
            "deadline": lim, "done": done, "close": done + days(rnd.randint(0, 2)), "checker": CLERK, "note": ""}


HAZ = make_hazards()


def qlabel(d):
    return f"{d.year}年{'一二三四'[(d.month - 1) // 3]}季度"


# ================================================================ 指标01-05 机构与职责
def build_e1():
    # 成立促进委员会通知（红头PDF）
    p = reg(f"{F(1)}/关于成立沙河铺社区安全社区创建促进委员会的通知.pdf", "红头文件：成立促进委员会通知（沙河街发〔2023〕31号）",
            [1], [2], "2023-09-05")
    rows = [["职务", "姓名", "单位及职务"]] + [list(r) for r in ORG]
    pdf(p, "2023-09-05", "关于成立沙河铺社区安全社区创建促进委员会的通知", [
        ("b", "各村民小组、安置小区物业、辖区各单位："),
        f"为贯彻落实《{CITY}{DIST}安全社区建设工作实施意见》，推进{COMM}安全社区创建工作，经街道党工委研究，决定成立{PC}（以下简称促进委员会），组成人员如下：",
        ("t", rows),
        f"促进委员会下设办公室，办公室设在{JWH}，何晓东同志兼任办公室主任，负责创建日常工作。促进委员会下设项目组，由办公室根据社区安全诊断结果另行发文组建。",
        "促进委员会主要职责：（一）组织开展事故与伤害风险辨识及其评价工作；（二）组织制定体现社区特点的安全目标和计划；（三）组织落实各类安全促进项目；（四）整合社区内各类资源，推动全员参与；（五）组织评审社区安全绩效；（六）为持续推动安全社区建设提供人、财、物保障。",
        "促进委员会每季度召开一次例会，具体按《沙河铺社区安全社区创建工作制度汇编》执行。",
        ("sig", [BSC, cn("2023-09-05")]),
        ("b", "抄送：城北区安委会办公室，城北区应急管理局。"),
    ], red="楚江市城北区沙河街道办事处文件", docno="沙河街发〔2023〕31号", author="孙立军")

    # 调整成员（2025）
    p = reg(f"{F(1)}/关于调整安全社区创建促进委员会组成人员的通知.docx", "红头文件：调整促进委员会组成人员（沙河街发〔2025〕9号）",
            [1], [], "2025-03-10")
    docx(p, "2025-03-10", "关于调整沙河铺社区安全社区创建促进委员会组成人员的通知", [
        ("b", "各有关单位："),
        "因人事变动，经研究，对沙河铺社区安全社区创建促进委员会组成人员作如下调整：",
        ("t", [["调整事项", "原成员", "调整后"], ["沙河派出所", "黄志强（副所长）", "韩立峰（副所长）"],
               ["沙河市场监管所", "罗小芳（所长）", "梁晓雯（所长）"], ["新增", "—", "楚江燃气公司城北服务站站长 彭建军"],
               ["新增", "—", "区疾控中心慢病科 吴晓丽（伤害监测技术指导）"]]),
        "其他成员不变。调整后的促进委员会继续按季度召开例会，新增成员自本通知印发之日起参加促进委员会工作。",
        ("sig", [BSC, cn("2025-03-10")]),
    ], red="楚江市城北区沙河街道办事处文件", docno="沙河街发〔2025〕9号", author="孙立军")

    p = reg(f"{F(1)}/安全社区创建启动大会照片（2023.9.12）.jpg", "照片：启动大会暨促进委员会第一次全体会议", [1], [6], "2023-09-12")
    photo(p, "meeting", at("2023-09-12", 9, 42))

    build_minutes()

    # 项目组通知
    p = reg(f"{F(2)}/关于成立安全促进项目组的通知.docx", "社区发文：成立六个安全促进项目组（沙河铺居发〔2023〕12号）",
            [1], [5], "2023-10-30")
    body = [("b", "各村民小组、各有关单位："),
            "根据《沙河铺社区安全诊断报告》确定的重点问题和促进委员会第二次会议决定，成立以下六个安全促进项目组及数据统计组，负责组织实施相应的安全促进项目："]
    rows = [["项目组", "组长", "成员单位及人员"]]
    members = {"rent": "沙河消防救援站、沙河派出所、上沙湾组、下沙湾组、房东代表3人、志愿者", "market": "农批市场管理办、沙河交警中队、城管中队、经营户代表",
               "elder": "社区卫生服务站、居委会、沙河佳苑物业、铺前物业、志愿者服务队", "gas": "街道安办、楚江燃气公司城北服务站、两个安置小区物业、居民代表",
               "water": "沙河小学、上沙湾组、下沙湾组、派出所、志愿者服务队", "shop": "街道安办、市场监管所、供电所、小作坊业主代表"}
    for k, name, lead, *_ in PROJECTS:
        rows.append([name.replace("促进项目", "项目组").replace("（ABC分类管理）", ""), lead, members[k]])
    rows.append(["数据统计组", "王玉兰", "社区卫生服务站、派出所、消防救援站、交警中队，负责伤害监测和数据汇总"])
    body += [("t", rows),
             "各项目组每季度向促进委员会例会汇报项目实施进展，项目实施满一年或到达方案规定时间后组织效果评估。项目组成员如有变动，由项目组组长报促进委员会办公室备案。",
             ("sig", [JWH, "（代章）" + PC + "办公室", cn("2023-10-30")])]
    docx(p, "2023-10-30", "关于成立沙河铺社区安全促进项目组的通知", body, red="沙河铺社区居民委员会", docno="沙河铺居发〔2023〕12号")

    # 制度汇编
    p = reg(f"{F(3)}/沙河铺社区安全社区创建工作制度汇编.docx", "制度汇编（十一项制度，载明例会、计划、责任书、演练、隐患、伤害监测、档案等频次）",
            [1], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "2023-09-20")
    body = [("b", "（2023年9月12日促进委员会第一次全体会议审议通过，自2023年9月20日起施行）")]
    for head, items in RULES:
        body.append(("h", head))
        for i, t in enumerate(items, 1):
            body.append(f"{i}．{t}")
    body.append(("sig", [PC, "二〇二三年九月二十日"]))
    docx(p, "2023-09-20", "沙河铺社区安全社区创建工作制度汇编", body)


MEETINGS = [
    ("2023-09-12", "第一次全体会议暨安全社区创建启动大会", "街道三楼会议室", 46,
     ["周建国主任宣读《沙河铺社区安全社区创建实施方案》（沙河街发〔2023〕29号），明确创建周期为2023年9月1日至2026年8月31日。",
      "审议《沙河铺社区安全社区创建工作制度汇编》。", "部署社区安全诊断和居民安全需求问卷调查。"],
     ["审议通过实施方案和制度汇编，制度汇编自9月20日起施行。", "9月底前完成问卷调查，10月上旬完成安全诊断报告，由何晓东牵头。",
      "街道安排2023年度创建启动经费18万元。"]),
    ("2023-10-26", "第二次例会", "社区居委会会议室", 21,
     ["听取《沙河铺社区安全诊断报告》汇报：出租屋火灾、农批市场交通伤害、老年人跌倒、瓶装液化气、儿童溺水、小作坊电气火灾为六个重点问题。",
      "讨论确定安全促进项目。"],
     ["审议通过安全诊断报告。", "确定出租屋消防、农批市场交通、老年人防跌倒、瓶装液化气入户安全、儿童防溺水、小作坊用电安全六个安全促进项目，10月底前成立项目组，11月上旬印发项目实施方案。",
      "卫生服务站自9月起对伤害病例逐例登记，每月5日前报办公室。"]),
    ("2024-03-21", "第三次例会", "社区居委会会议室", 23,
     ["办公室通报2023年度工作总结和2024年度工作计划。", "各项目组汇报一季度实施进展：出租屋项目已完成上沙湾片区独立式烟感安装412户；燃气项目完成C类用户复查。",
      "通报2023年9—12月伤害监测分析结果。"],
     ["2024年度工作计划（沙河铺居发〔2024〕2号）印发执行。", "3月底前签订2024年度安全目标责任书（共19份）。",
      "农批市场东门装卸区人车分流方案由市场管理办牵头于5月底前实施。"]),
    ("2024-06-25", "第四次例会", "社区居委会会议室", 20,
     ["通报5月30日防汛防溺水应急演练情况。", "何晓东汇报参加全国安全社区建设经验交流会情况。", "部署汛期和暑期儿童防溺水工作。"],
     ["沙河沿岸危险水域7处于7月10日前全部设置警示牌和救生圈。", "暑期实行志愿者河岸巡查，每日两次。", "适老化改造首批40户7月启动。"]),
    ("2024-09-24", "第五次例会", "社区居委会会议室", 22,
     ["各项目组汇报三季度进展：小作坊电气线路改造一期完成38家；适老化改造完成52户。", "通报区应急管理局5月检查问题的整改情况。"],
     ["国庆节前开展出租屋和农批市场专项检查。", "11月组织农批市场消防应急演练，由马永刚牵头。"]),
    ("2024-12-26", "第六次例会", "社区居委会会议室", 24,
     ["通报区消防救援大队出租屋专项检查通报（城北消〔2024〕46号）指出的9项问题及整改情况。", "通报2024年两次应急演练（5月防汛防溺水、11月农批市场消防）及评估结果。",
      "各项目组年度工作汇报。"],
     ["2025年1月底前完成2024年度伤害统计分析和年度工作总结暨绩效评审。", "群租房夹芯板隔断问题纳入2025年重点督办。"]),
    ("2025-03-25", "第七次例会", "社区居委会会议室", 25,
     ["宣读促进委员会组成人员调整通知（沙河街发〔2025〕9号），新增燃气公司和区疾控中心成员。", "审议2025年度工作计划。", "通报2024年度工作总结暨绩效评审报告。"],
     ["2025年度工作计划（沙河铺居发〔2025〕3号）印发执行。", "签订2025年度安全目标责任书（共20份）。", "4月中旬在沙河佳苑组织燃气泄漏应急演练。"]),
    ("2025-06-24", "第八次例会", "社区居委会会议室", 21,
     ["通报4月16日燃气泄漏应急演练评估情况。", "各项目组汇报：出租屋、老年人防跌倒、燃气、防溺水四个项目计划于10—11月开展效果评估，农批市场项目12月评估。",
      "部署汛期防汛和暑期防溺水工作。"],
     ["四个项目评估由区疾控中心吴晓丽指导，11月底前完成。", "下半年演练安排在10月，结合农批市场消防开展。", "下次例会9月下旬召开。"]),
    ("2025-12-23", "第九次例会", "社区居委会会议室", 23,
     ["审议《安全促进项目效果评估报告汇编（2025年）》（出租屋、老年人防跌倒、瓶装液化气、儿童防溺水四个项目）和农批市场交通项目效果评估报告。",
      "小作坊项目组汇报：线路改造二期因业主搬迁未全部完成，效果评估待二期完成后开展。",
      "办公室说明：原计划10月的应急演练因农批市场改造施工未组织，顺延至2026年一季度。"],
     ["审定五个项目效果评估报告。", "2026年1月完成2025年度伤害统计分析和年度工作总结暨绩效评审。", "2026年3月组织地震应急疏散演练。"]),
    ("2026-03-24", "第十次例会", "社区居委会会议室", 24,
     ["通报3月19日地震应急疏散演练情况。", "通报2025年度工作总结暨绩效评审报告。",
      "办公室说明：《城北区安全生产治本攻坚三年行动方案（2024—2026年）》中期调整尚未下达，2026年度工作计划待区里方案下达后再行印发，当前按2025年度计划和工作要点推进。"],
     ["签订2026年度安全目标责任书（共20份）。", "6月起启动自查整档准备。", "7月上旬组织防汛应急演练。"]),
    ("2026-06-23", "第十一次例会", "社区居委会会议室", 22,
     ["部署自查整档工作，按全国安全社区现场评定表50项指标整理档案。", "卫生服务站站长王玉兰5月调任区妇幼保健院，伤害登记由赵敏接替。",
      "通报区安委办4月督导检查意见。"],
     ["卫生服务站做好人员交接，确保伤害监测登记不断档，每月5日前报办公室。", "7月上旬组织防汛应急演练。", "8月底前完成自查报告初稿。"]),
    ("2026-08-26", "第十二次例会", "社区居委会会议室", 26,
     ["审议《安全社区创建自查报告》初稿和自评打分表。", "通报7月8日防汛应急演练情况。", "各项目组总结三年实施情况。"],
     ["自查报告修改后于9月上旬定稿。", "9月中旬向城北区安委办提交评定申请材料。", "创建期满后各项目转入常态化运行。"]),
]


def build_minutes():
    p = reg(f"{F(1)}/2023-2026年促进委员会会议纪要汇编.docx", "会议纪要汇编：促进委员会12次会议（2023.9—2026.8，缺2025年三季度例会）",
            [1], [2, 4, 5, 7, 9, 11, 12], "2026-08-28")
    body = [("b", f"编印：{PC}办公室　　　　汇编日期：2026年8月28日"),
            ("b", "说明：本汇编收录创建期内促进委员会全体会议和例会纪要，按召开时间排列。")]
    for i, (d, kind, place, n, items, decisions) in enumerate(MEETINGS, 1):
        body.append(("pb",))
        body.append(("c", f"{PC}{kind}纪要"))
        body.append(("b", f"时间：{zh(d)}　　地点：{place}　　主持：{'周建国' if i in (1, 6, 9, 12) else '孙立军'}"))
        body.append(("b", f"出席：促进委员会成员及项目组、村组、物业、市场代表共{n}人（签到表附后）　　记录：{CLERK}"))
        body.append(("h2", "一、会议内容"))
        body += [f"{k}．{t}" for k, t in enumerate(items, 1)]
        body.append(("h2", "二、议定事项"))
        body += [f"{k}．{t}" for k, t in enumerate(decisions, 1)]
    docx(p, "2026-08-28", "沙河铺社区安全社区创建促进委员会会议纪要汇编（2023—2026年）", body)


def build_e4():
    p = reg(f"{F(4)}/沙河铺社区安全社区创建实施方案.docx", "红头文件：创建实施方案（沙河街发〔2023〕29号，创建周期二〇二三年九月一日至二〇二六年八月三十一日）",
            [4], [1], "2023-08-28")
    docx(p, "2023-08-28", "沙河铺社区安全社区创建实施方案", [
        ("h", "一、社区概况"),
        f"{COMM}位于{CITY}{DIST}{STREET}北部，地处城乡结合部，辖区面积3.6平方公里，由原沙河铺村“村改居”而来，辖上沙湾、下沙湾两个村民小组（自然村）和沙河佳苑（12栋、960户）、铺前安置小区（8栋、540户）两个拆迁安置小区。"
        f"辖区户籍人口6420人，流动人口约9800人，60岁以上老年人1380人。辖区内有{MARKET}（经营户680户，日均进出车辆约4200台次）、出租房屋1360户（主要为上沙湾、下沙湾村民自建房）、小作坊及“三小场所”92家（木器加工、食品加工、汽修、废品收购等），沙河自西向东穿境而过，沿岸有鱼塘11口。",
        "社区安全问题主要是：出租屋和群租房火灾风险高，农批市场人车混行、交通伤害多，老年人居家跌倒，瓶装液化气使用不规范，夏季儿童溺水，小作坊电气线路老化。",
        ("h", "二、创建目标"),
        "（一）总体目标：按照《安全社区建设基本要求》（AQ/T 9001-2006）和全国安全社区现场评定标准，建立跨部门合作的安全促进机制，经过三年创建，达到全国安全社区标准。",
        "（二）具体目标（以2022年9月—2023年8月为基线）：1．伤害就诊人数下降20%；2．出租屋火灾起数下降50%；3．农批市场及周边交通伤害下降30%；4．老年人跌倒伤害下降25%；5．儿童溺水死亡零发生；6．燃气事故零发生；7．居民安全知识知晓率达到85%以上，安全满意度达到90%以上。",
        ("h", "三、创建周期和阶段"),
        "本次安全社区创建周期为三年，自二〇二三年九月一日起至二〇二六年八月三十一日止，分五个阶段实施：",
        ("t", [["阶段", "时间", "主要任务"],
               ["启动阶段", "2023年9月", "成立促进委员会，印发实施方案和制度，召开启动大会"],
               ["诊断阶段", "2023年9—10月", "问卷调查、危险源辨识、伤害调查，形成安全诊断报告"],
               ["项目实施阶段", "2023年11月—2026年6月", "成立项目组，制定并实施安全促进项目，开展宣传培训、应急演练、隐患排查和伤害监测"],
               ["自查整档阶段", "2026年6—8月", "按评定指标整理档案，开展自查自评"],
               ["申报评定阶段", "2026年9月以后", "向城北区安委办提出评定申请，迎接现场评定"]]),
        ("h", "四、组织机构"),
        "成立沙河铺社区安全社区创建促进委员会，由街道办事处主任任主任，下设办公室和若干安全促进项目组（另行发文）。",
        ("h", "五、保障措施"),
        "（一）经费保障：街道和社区三年安排创建经费不少于120万元，专款专用。（二）考核保障：创建工作纳入村组、物业、市场年度目标责任考核。（三）档案保障：创建档案按评定表指标分类整理，专人管理。",
        ("sig", [BSC, cn("2023-08-28")]),
    ], red="楚江市城北区沙河街道办事处文件", docno="沙河街发〔2023〕29号", author="孙立军")

    for y, no, d, extra in ((2024, "沙河铺居发〔2024〕2号", "2024-01-22", ["上半年组织防汛防溺水应急演练1次，下半年组织农批市场消防应急演练1次。",
                                                                          "出租屋独立式烟感安装全覆盖；农批市场东门人车分流5月底前完成；小作坊线路改造一期完成40家；适老化改造完成60户。"]),
                             (2025, "沙河铺居发〔2025〕3号", "2025-01-20", ["上半年组织燃气泄漏应急演练1次，下半年组织消防应急演练1次。",
                                                                          "10—12月完成各项目效果评估；小作坊线路改造二期完成；适老化改造累计完成120户；一网三库每季度更新数据。"])):
        p = reg(f"{F(4)}/{y}年度安全社区工作计划.docx", f"{y}年度工作计划（{no}）", [4], [1, 6, 7], d)
        docx(p, d, f"沙河铺社区{y}年度安全社区工作计划", [
            ("b", "各村民小组、物业、市场管理办及有关单位："),
            f"根据创建实施方案和{y - 1}年度工作总结暨绩效评审结果，制定{y}年度安全社区工作计划如下。",
            ("h", "一、年度目标"),
            f"伤害就诊人数较基线下降{10 if y == 2024 else 15}%以上；不发生较大及以上安全事故；居民安全知识知晓率达到{80 if y == 2024 else 85}%。",
            ("h", "二、重点工作"),
            "1．促进委员会每季度召开一次例会；3月底前签订年度安全目标责任书。",
            "2．每月开展一次隐患排查，节前、汛前开展专项检查，隐患整改完成后复查销号。",
            "3．每季度开展一次居民安全宣传教育，全年对房东、农批市场经营户、小作坊业主各组织一次集中培训。",
            "4．" + extra[0],
            "5．" + extra[1],
            "6．卫生服务站逐例登记伤害病例，每月报送；1月完成上一年度伤害统计分析。",
            ("h", "三、月度安排"),
            ("t", [["时间", "工作内容", "责任单位"],
                   ["1—3月", "工作计划、目标责任书、节前专项检查、年度伤害分析", "办公室、卫生服务站"],
                   ["4—6月", "汛前检查、防溺水宣传、上半年应急演练", "各项目组"],
                   ["7—9月", "暑期防溺水巡查、项目中期推进、国庆节前检查", "防溺水项目组、办公室"],
                   ["10—12月", "消防宣传月、下半年应急演练、年度考核", "办公室、各项目组"]]),
            ("sig", [JWH, cn(d)]),
        ], red="沙河铺社区居民委员会", docno=no)

    p = reg(f"{F(4)}/城北区安全生产治本攻坚三年行动方案（2024—2026年）.pdf", "上级来文：区安委会三年行动方案（2024—2026年，干扰周期）",
            [4], [1, 8], "2024-03-05")
    pdf(p, "2024-03-05", "城北区安全生产治本攻坚三年行动方案（2024—2026年）", [
        ("b", "各街道安委会，区安委会各成员单位："),
        "为深入贯彻落实安全生产治本攻坚三年行动部署，结合我区实际，制定本方案。行动时间为2024年1月至2026年12月，分动员部署（2024年1—3月）、排查整治（2024年4月—2025年12月）、巩固提升（2026年全年）三个阶段。",
        ("h", "一、主要目标"),
        "到2026年底，全区生产安全事故起数和死亡人数较2023年分别下降15%、10%；城乡结合部出租屋、“三小场所”、农贸批发市场火灾隐患动态清零；电动自行车楼道停放充电问题基本解决。",
        ("h", "二、重点任务"),
        "（一）城乡结合部出租屋、群租房消防安全整治；（二）“三小场所”“三合一”场所整治；（三）农贸批发市场消防通道和人车分流整治；（四）瓶装液化气用户入户安全检查；（五）安全社区、综合减灾示范社区创建。",
        ("h", "三、工作要求"),
        "各街道于每年12月10日前报送年度工作总结；2026年度工作任务将结合中期评估另行调整下达。",
        ("sig", ["城北区安全生产委员会", cn("2024-03-05")]),
    ], red="城北区安全生产委员会文件", docno="城北安委〔2024〕5号", author="城北区应急管理局")

    # 资金
    rnd = R("funds")
    sheets = []
    items = {2023: [("2023-09-08", "启动大会及宣传", "横幅、展板、宣传册", 2.6), ("2023-09-28", "安全诊断", "问卷印制、专家咨询", 3.2),
                    ("2023-11-20", "出租屋消防项目", "独立式烟感采购（首批600只）", 5.4), ("2023-12-12", "燃气项目", "燃气泄漏报警器（C类户）", 3.8)],
             2024: [("2024-03-02", "出租屋消防项目", "独立式烟感（第二批760只）", 6.8), ("2024-04-18", "防溺水项目", "警示牌、救生圈、救生绳", 2.9),
                    ("2024-05-20", "农批市场交通项目", "隔离护栏、标线、反光镜", 14.6), ("2024-06-30", "应急物资", "冲锋舟租赁、救生衣、沙袋", 4.2),
                    ("2024-07-15", "老年人防跌倒项目", "适老化改造（首批40户）", 9.6), ("2024-09-10", "小作坊用电项目", "线路改造补贴一期（38家）", 11.4),
                    ("2024-11-05", "宣传教育", "文化长廊、宣传栏更新", 6.5), ("2024-12-20", "志愿者", "志愿者服装、保险", 1.8)],
             2025: [("2025-03-15", "燃气项目", "软管、自闭阀更换补贴", 4.7), ("2025-04-16", "应急演练", "燃气泄漏演练物资", 0.9),
                    ("2025-05-08", "老年人防跌倒项目", "适老化改造（第二批80户）", 18.2), ("2025-06-10", "防溺水项目", "鱼塘防护网", 5.6),
                    ("2025-07-22", "出租屋消防项目", "上沙湾、下沙湾电动自行车集中充电棚", 12.0),
                    ("2025-08-25", "小作坊用电项目", "线路改造补贴二期（21家）", 6.3), ("2025-10-30", "项目评估", "入户调查、数据分析", 2.4),
                    ("2025-12-18", "一网三库", "信息平台维护", 1.5)],
             2026: [("2026-03-19", "应急演练", "地震疏散演练物资", 0.8), ("2026-05-12", "出租屋消防项目", "烟感更换（电池老化）", 2.2),
                    ("2026-07-08", "应急演练", "防汛演练", 1.1), ("2026-08-20", "档案整理", "档案盒、装订", 0.6)]}
    fmts = {2023: "date", 2024: "zh", 2025: "dots", 2026: "slash"}
    for y in (2023, 2024, 2025, 2026):
        rows = []
        for i, (d, proj, use, amt) in enumerate(items[y], 1):
            dv = D(d) if fmts[y] == "date" else {"zh": zh, "dots": dots, "slash": slash}[fmts[y]](d)
            rows.append([i, dv, proj, use, amt, rnd.choice(["街道财政", "街道财政", "社区公益金", "区应急局专项"]), CLERK])
        tot = round(sum(x[3] for x in items[y]), 1)
        sheets.append({"name": f"{y}年", "title": f"沙河铺社区安全社区创建经费投入明细（{y}年{'9—12月' if y == 2023 else ('1—8月' if y == 2026 else '')}）",
                       "header": ["序号", "日期", "项目", "用途", "金额（万元）", "资金来源", "经办人"], "rows": rows,
                       "foot": [f"合计：{tot}万元"], "fmt": "yyyy年m月d日", "widths": {2: 14, 3: 18, 4: 30}})
    allt = round(sum(x[3] for y in items for x in items[y]), 1)
    sheets.append({"name": "汇总", "title": "创建经费投入汇总", "header": ["年度", "金额（万元）"],
                   "rows": [[f"{y}年", round(sum(x[3] for x in items[y]), 1)] for y in items] + [["合计", allt]]})
    p = reg(f"{F(5)}/安全社区创建经费投入明细（2023-2026）.xlsx", f"经费投入明细（按年度分sheet，合计{allt}万元）", [1], [5], "2026-08-20")
    xlsx(p, "2026-08-20", sheets)
    return allt


# ================================================================ 指标06-09 信息交流和全员参与
def build_e2():
    p = reg(f"{F(6)}/参加全国安全社区建设经验交流会情况报告.docx", "交流活动：参加全国安全社区建设经验交流会（2024年6月，济南）", [2], [12], "2024-06-20")
    docx(p, "2024-06-20", "关于参加全国安全社区建设经验交流会的情况报告", [
        ("b", "促进委员会："),
        "2024年6月17日至18日，社区党委书记刘春梅、安全专干何晓东随城北区安委办参加了在山东济南召开的全国安全社区建设经验交流会，会议由中国职业安全健康协会主办，来自全国的180余个社区参加。",
        "会议期间听取了12个社区的经验介绍，其中城乡结合部社区出租屋“网格+房东”消防管理、农贸市场人车分流、伤害监测与卫生服务站结合等做法对我社区有直接借鉴意义；6月18日下午现场参观了槐荫区某街道的安全社区宣教基地和伤害监测点。",
        ("h", "借鉴落实的措施"),
        "1．出租屋项目推行“房东承诺书+网格员月查”，纳入7月起的月度排查；2．伤害监测登记表增加“人员类别（常住/流动/经营户）”一栏，区分流动人口伤害；3．宣传教育增加面向经营户的“早市十分钟”安全提示。",
        ("sig", ["报告人：何晓东", zh("2024-06-20")]),
    ])
    p = reg(f"{F(6)}/经验交流会现场照片（2024.6.18）.jpg", "照片：全国安全社区建设经验交流会现场", [2], [], "2024-06-18")
    photo(p, "exchange", at("2024-06-18", 15, 5))
    p = reg(f"{F(6)}/赴临江区学习考察安全社区建设情况汇报.docx", "交流活动：赴临江区两个安全社区学习考察（2025年5月）", [2], [12], "2025-05-14")
    docx(p, "2025-05-14", "赴临江区学习考察安全社区建设情况汇报", [
        "2025年5月12日，街道副主任孙立军带队，社区、农批市场管理办、卫生服务站、志愿者服务队共9人赴临江区江湾街道、渡口社区学习考察安全社区建设，重点学习了老年人防跌倒项目评估方法（入户抽样调查、伤害数据对比）和农贸市场“三车分离”管理。",
        "回来后，项目组据此调整了老年人防跌倒项目效果评估方案，采用“基线—评估期伤害就诊数据对比+120户入户回访”的方法；农批市场管理办提出在C区增设三轮车专用卸货位。",
        ("sig", [PC + "办公室", zh("2025-05-14")]),
    ])

    p = reg(f"{F(6)}/接待江湾街道来访交流记录（2026.4）.docx", "交流活动：接待临江区江湾街道来访交流（2026年4月）", [2], [], "2026-04-28")
    docx(p, "2026-04-28", "接待临江区江湾街道来访交流记录", [
        "2026年4月28日，临江区江湾街道安办及渡口社区一行8人来我社区回访交流，重点了解出租屋“房东承诺+网格月查”和瓶装液化气ABC分类管理做法。",
        "交流中，刘春梅介绍了出租屋项目和燃气项目的实施与评估情况，何晓东演示了伤害监测登记和隐患排查台账；双方约定在防溺水项目上共享宣传资料。来访人员现场察看了上沙湾电动自行车集中充电棚和沙河佳苑燃气C类户整改情况。",
        ("sig", [PC + "办公室", zh("2026-04-28")]),
    ])

    # 意见建议登记（GBK csv）
    rnd = R("opinions")
    topics = [("上沙湾", "出租屋楼道电动车充电，担心起火", "已纳入月度排查，通知房东清理，引导到集中充电棚"),
              ("农批市场", "东门早上货车乱停，行人通过危险", "转市场管理办，增设隔离护栏和协管员"),
              ("沙河佳苑", "7栋地下车库应急灯不亮", "物业更换应急照明"),
              ("下沙湾", "鱼塘边没有警示牌，小孩常去钓鱼", "已设置警示牌和救生圈"),
              ("铺前安置小区", "老人希望卫生间装扶手", "纳入适老化改造名单"),
              ("上沙湾", "村道路灯坏了，晚上老人出门容易摔", "报城管中队修复"),
              ("农批市场", "冷库附近有氨味", "市场管理办联系维保单位检测，加装报警器"),
              ("沙河佳苑", "希望组织灭火器使用培训", "纳入消防宣传月培训"),
              ("下沙湾", "作坊晚上加工噪音大且有人住在作坊里", "转街道安办，列入三合一场所整治"),
              ("铺前安置小区", "电动车棚充电桩有烧焦味", "物业检修，列入隐患台账")]
    lines = ["序号,登记日期,来源渠道,所在片区,意见建议内容,处理答复情况,答复日期,登记人"]
    n = 0
    d = dt.date(2023, 9, 18)
    while d <= dt.date(2026, 8, 20):
        n += 1
        area, content, reply = topics[(n * 7 + rnd.randint(0, 3)) % len(topics)]
        src = rnd.choice(["意见箱", "安全热线", "网格员走访", "居民议事会", "微信群"])
        rd = d + days(rnd.randint(1, 6))
        lines.append(f"{n},{dots(d)},{src},{area},{content},{reply},{dots(rd)},{CLERK}")
        d += days(rnd.randint(21, 38))
    p = reg(f"{F(7)}/居民安全意见建议登记表.csv", f"居民安全意见建议登记（GBK编码CSV，{n}条，均有答复）", [2], [3], "2026-08-20")
    text(p, "\n".join(lines) + "\n", "gbk")
    OPINIONS[0] = n

    p = reg(f"{F(7)}/一网三库建设及数据更新情况说明.docx", "一网三库建设及数据更新情况（季度更新记录）", [2], [3, 10], "2026-07-10")
    rows = [["季度", "人口库（户籍/流动）", "社会单位库", "环境和市政设施库", "网页信息发布", "更新人"]]
    rnd2 = R("ywsk")
    pop = 9800
    for y in (2023, 2024, 2025, 2026):
        for q in (1, 2, 3, 4):
            if (y, q) < (2023, 3) or (y, q) > (2026, 2):
                continue
            pop += rnd2.randint(-180, 220)
            rows.append([f"{y}年{q}季度", f"6420/{pop}", f"{rnd2.randint(780, 820)}家", f"{rnd2.randint(214, 230)}处", f"{rnd2.randint(6, 15)}条", CLERK])
    docx(p, "2026-07-10", "沙河铺社区“一网三库”建设及数据更新情况说明", [
        "社区依托街道网格化管理平台建设“一网三库”：安全社区网页（沙河街道门户网站“安全社区”专栏），人口综合信息库（户籍人口、流动人口、出租屋、重点人群），社会单位信息库（农批市场经营户、三小场所、企业），环境和市政设施信息库（消防栓、避难场所、河堤、鱼塘、路灯、监控）。",
        "按照制度规定，数据每季度更新一次，由安全专干何晓东负责，网格员采集、社区审核。更新情况如下：",
        ("t", rows),
        "说明：2025年起流动人口数据与派出所“一标三实”系统每月比对。",
        ("sig", [PC + "办公室", zh("2026-07-10")]),
    ])
    # 信息库摘录
    rnd3 = R("db")
    rent = [[i, f"{rnd3.choice(['上沙湾', '下沙湾'])}{rnd3.randint(1, 88)}号", masked(rnd3), rnd3.randint(3, 24), rnd3.choice(["是", "是", "否"]),
             rnd3.choice(["已安装", "已安装", "已安装", "部分安装"]), rnd3.choice(["A", "A", "B", "C"])] for i in range(1, 41)]
    units = [[i, n_, k, masked(rnd3), rnd3.choice(["一般", "一般", "重点"])] for i, (n_, k) in enumerate(
        [(x, "农批市场") for x in PLACES["农批市场"]] + [(x, "小作坊") for x in PLACES["小作坊"]] +
        [("沙河小学", "学校"), ("沙河幼儿园", "学校"), ("沙河铺社区卫生服务站", "医疗"), ("城北加油站沙河站", "危化品经营")], 1)]
    facil = [[i, k, v, rnd3.choice(["完好", "完好", "完好", "待维修"])] for i, (k, v) in enumerate(
        [("消防栓", "沙河佳苑1-12栋各1处"), ("消防栓", "铺前安置小区4处"), ("应急避难场所", "沙河小学操场"), ("应急避难场所", "铺前安置小区广场"),
         ("河堤", "沙河铺段2.4公里"), ("鱼塘", "11口"), ("路灯", "上沙湾村道46盏"), ("视频监控", "农批市场68路")], 1)]
    p = reg(f"{F(7)}/一网三库数据摘录（出租屋、社会单位、市政设施）.xlsx", "一网三库数据摘录（三个sheet）", [2], [3], "2026-06-30")
    xlsx(p, "2026-06-30", [
        {"name": "出租屋", "title": "出租屋信息库（摘录40户）", "header": ["序号", "地址", "房东", "租住人数", "签订消防承诺书", "独立式烟感", "风险等级"], "rows": rent},
        {"name": "社会单位", "title": "社会单位信息库（摘录）", "header": ["序号", "单位名称", "类别", "负责人", "监管等级"], "rows": units, "widths": {2: 26}},
        {"name": "市政设施", "title": "环境和市政设施信息库（摘录）", "header": ["序号", "类别", "位置/数量", "状态"], "rows": facil, "widths": {3: 26}},
    ])

    # 志愿者
    rnd4 = R("vol")
    roster = [[i, masked(rnd4), rnd4.choice("男女"), rnd4.randint(22, 71), rnd4.choice(["上沙湾", "下沙湾", "沙河佳苑", "铺前安置小区", "农批市场"]),
               rnd4.choice(["消防宣传", "巡河护河", "助老服务", "交通劝导", "入户走访"]), dt.date(2023, rnd4.randint(9, 12), rnd4.randint(1, 28))]
              for i in range(1, 49)]
    acts = {}
    for y in (2024, 2025, 2026):
        rows = []
        for (yy, m) in months(dt.date(y, 1, 1), dt.date(y, 8 if y == 2026 else 12, 1)):
            for _ in range(rnd4.randint(1, 2)):
                d = dt.date(yy, m, rnd4.randint(1, 28))
                kind = rnd4.choice(["暑期巡河" if m in (7, 8) else "交通劝导", "消防安全入户宣传", "助老探访", "农批市场早市安全提示"])
                rows.append([d, kind, rnd4.randint(5, 18), rnd4.choice(["余秀兰", "余秀兰", CLERK])])
        rows.sort(key=lambda r: r[0])
        for r in rows:
            r[0] = r[0] if y == 2024 else (zh(r[0]) if y == 2025 else dots(r[0]))
        acts[y] = [[i] + r for i, r in enumerate(rows, 1)]
    p = reg(f"{F(8)}/安全志愿者队伍花名册及活动记录.xlsx", "志愿者花名册（48人）及活动记录（2024—2026按年分sheet）", [2], [6], "2026-08-31")
    xlsx(p, "2026-08-31", [{"name": "花名册", "title": "沙河铺社区安全志愿者服务队花名册", "header": ["序号", "姓名", "性别", "年龄", "所在片区", "服务方向", "加入日期"], "rows": roster, "fmt": "yyyy.m.d"}] +
         [{"name": f"{y}年活动", "title": f"{y}年志愿服务活动记录", "header": ["序号", "日期", "活动内容", "参加人数", "记录人"], "rows": acts[y]} for y in (2024, 2025, 2026)])

    p = reg(f"{F(9)}/说明.txt", "说明：本指标材料见指标07、08、25（UTF-8文本）", [], [2], "2026-08-30")
    text(p, "指标09 全员参与安全促进活动\n\n本指标佐证材料分别存放于：\n1. 指标07 信息收集交流反馈渠道（居民安全意见建议登记表、一网三库）；\n2. 指标08 志愿者和社会组织（志愿者花名册及活动记录）；\n3. 指标25 宣传教育与培训活动（培训记录汇编、宣传活动台账）。\n\n整理人：陈丽　2026年8月30日\n", "utf-8", crlf=False)


OPINIONS = [0]


# ================================================================ 指标10-13 风险辨识及评价
BASELINE = [("跌倒（60岁以上）", 23), ("跌倒/坠落（60岁以下）", 11), ("道路交通", 27), ("锐器伤", 12), ("机械伤（作坊）", 10),
            ("烧烫伤", 9), ("动物咬伤", 8), ("钝器伤/碰撞", 6), ("中毒", 3), ("溺水", 1), ("其他", 4)]
BASE_TOTAL = sum(n for _, n in BASELINE)


def build_e3():
    p = reg(f"{F(10)}/说明.txt", "说明：风险辨识评价制度见指标03制度汇编第五项（UTF-8文本）", [], [3], "2026-08-30")
    text(p, "指标10 事故与伤害风险辨识评价制度\n\n《事故与伤害风险辨识及评价制度》收录在“指标03 工作制度与职责/沙河铺社区安全社区创建工作制度汇编.docx”第五项，不另行归档。\n辨识评价的成果见指标11（安全诊断报告、问卷调查）和指标12（危险源辨识清单及2025年复核）。\n\n整理人：陈丽\n", "utf-8", crlf=False)

    p = reg(f"{F(11)}/沙河铺社区安全诊断报告.docx", "安全诊断报告（基线2022.9—2023.8，两高一脆弱，六个重点问题）", [3], [9, 4], "2023-10-20")
    rows = [["伤害原因", "例数", "占比"]] + [[k, n, f"{100 * n / BASE_TOTAL:.1f}%"] for k, n in BASELINE] + [["合计", BASE_TOTAL, "100%"]]
    docx(p, "2023-10-20", "沙河铺社区安全诊断报告", [
        ("h", "一、诊断工作概况"),
        "2023年9月5日至10月15日，促进委员会办公室会同区疾控中心、消防救援站、交警中队开展社区安全诊断，采用问卷调查（有效问卷1126份）、座谈会（6场）、现场检查、危险源辨识（LEC法）和伤害回顾性调查（卫生服务站2022年9月—2023年8月门诊记录及区人民医院急诊转诊记录）等方法。",
        ("h", "二、事故与伤害情况（基线：2022年9月—2023年8月）"),
        f"基线期卫生服务站及转诊记录伤害病例{BASE_TOTAL}例，伤害发生率约6.9‰。其中道路交通伤害27例（农批市场及周边15例），60岁以上老年人跌倒23例；2023年7月下沙湾鱼塘发生1起儿童溺水死亡事故。辖区基线期发生火灾10起（出租屋6起、小作坊电气火灾4起），无燃气事故。",
        ("t", rows),
        ("h", "三、高危人群、高风险环境和脆弱群体"),
        "高危人群：流动人口（约9800人，租住自建房，安全意识弱）、农批市场经营户和装卸工、小作坊从业人员。高风险环境：出租屋和群租房、农批市场东门装卸区和市场内通道、三小场所和“三合一”场所、沙河沿岸及11口鱼塘。脆弱群体：60岁以上老年人1380人（其中独居、高龄老人217人）、留守和流动儿童约1100人。",
        ("h", "四、居民安全需求"),
        "问卷显示居民最关心的前五项安全问题是：出租屋火灾（67.2%）、市场周边交通（58.9%）、老人跌倒（44.1%）、孩子玩水（41.5%）、燃气安全（36.8%）。居民安全知识知晓率62.4%，安全满意度71.3%。",
        ("h", "五、确定的重点问题和建议项目"),
        "1．出租屋（群租房）火灾；2．农批市场交通伤害；3．老年人居家跌倒；4．瓶装液化气使用安全；5．儿童溺水；6．小作坊电气火灾。建议分别设立安全促进项目，并以本报告基线数据作为项目评估依据。",
        ("sig", [PC + "办公室", zh("2023-10-20")]),
    ])

    rnd = R("survey")
    q = [("您认为社区最突出的安全问题（多选）", [("出租屋火灾", 757), ("市场周边交通", 663), ("老人跌倒", 497), ("孩子玩水", 467), ("燃气安全", 414), ("治安盗窃", 322)]),
         ("您是否会使用灭火器", [("会", 496), ("不太会", 402), ("不会", 228)]),
         ("您家中是否使用瓶装液化气", [("是", 389), ("否", 737)]),
         ("您对社区安全状况是否满意", [("满意", 803), ("一般", 255), ("不满意", 68)])]
    rows = []
    for qi, (qt, opts) in enumerate(q, 1):
        for o, n in opts:
            rows.append([f"Q{qi}", qt, o, n, f"{100 * n / 1126:.1f}%"])
    resp = [[i, rnd.choice(["上沙湾", "下沙湾", "沙河佳苑", "铺前安置小区", "农批市场"]), rnd.choice(["常住", "流动"]), rnd.choice(["18-44", "45-59", "60+"]),
             rnd.choice(["出租屋火灾", "市场周边交通", "老人跌倒", "孩子玩水", "燃气安全"])] for i in range(1, 61)]
    p = reg(f"{F(11)}/社区居民安全需求问卷调查汇总.xlsx", "安全需求问卷调查汇总（1126份，含抽样明细）", [3], [2], "2023-09-30")
    xlsx(p, "2023-09-30", [
        {"name": "汇总", "title": "沙河铺社区居民安全需求问卷调查汇总表", "sub": ["调查时间：2023年9月8日—9月28日　有效问卷1126份"],
         "header": ["题号", "问题", "选项", "人数", "比例"], "rows": rows, "merge_col": 2, "widths": {2: 30}},
        {"name": "录入抽样", "title": "问卷录入抽样（前60份）", "header": ["编号", "片区", "人员类别", "年龄段", "首选安全问题"], "rows": resp},
    ])

    # LEC清单
    lec = [("出租屋", "群租房隔断、电动自行车室内充电", "火灾", 3, 6, 15), ("出租屋", "私拉乱接电线", "火灾、触电", 3, 6, 7),
           ("农批市场", "东门装卸区人车混行", "车辆伤害", 6, 6, 7), ("农批市场", "市场内三轮车逆行、超速", "车辆伤害", 6, 3, 7),
           ("农批市场", "冷库氨制冷系统", "中毒、爆炸", 1, 3, 40), ("农批市场", "消防通道占用", "火灾扩大", 3, 6, 7),
           ("小作坊", "电气线路老化、无漏电保护", "电气火灾", 3, 6, 15), ("小作坊", "三合一场所", "火灾", 1, 6, 40),
           ("小作坊", "木屑粉尘", "火灾、粉尘爆炸", 1, 6, 15), ("安置小区", "瓶装液化气软管老化、无自闭阀", "燃气爆炸", 1, 6, 40),
           ("安置小区", "老人家中卫生间湿滑、无扶手", "跌倒", 3, 6, 3), ("安置小区", "电动车棚充电线路", "火灾", 1, 6, 15),
           ("沿河", "鱼塘无防护、无警示", "溺水", 3, 3, 40), ("沿河", "汛期河堤", "洪涝", 1, 2, 40), ("村道", "照明不足、路面破损", "跌倒、交通", 3, 6, 3),
           ("学校周边", "上下学时段农批车辆通行", "车辆伤害", 3, 6, 7)]
    rows = []
    for i, (place, src, acc, L, E, C) in enumerate(lec, 1):
        dd = L * E * C
        lvl = "重大风险" if dd >= 320 else ("较大风险" if dd >= 160 else ("一般风险" if dd >= 70 else "低风险"))
        rows.append([i, place, src, acc, L, E, C, dd, lvl])
    p = reg(f"{F(12)}/危险源辨识与风险评价清单（2023年）.xlsx", "危险源辨识与风险评价清单（LEC法，16项）", [3], [8], "2023-10-12")
    xlsx(p, "2023-10-12", [{"name": "LEC评价", "title": "沙河铺社区危险源辨识与风险评价清单（LEC法）",
                            "sub": ["评价日期：2023.10.12　评价人：何晓东、邓海波、区应急局专家王建平"],
                            "header": ["序号", "场所", "危险源", "可能导致的事故", "L", "E", "C", "D=L×E×C", "风险等级"], "rows": rows,
                            "merge_col": 2, "widths": {3: 30, 4: 16}}])

    p = reg(f"{F(12)}/危险源辨识清单复核更新情况（2025年）.docx", "危险源辨识清单两年复核更新（2025年9月）", [3], [8, 12], "2025-09-22")
    docx(p, "2025-09-22", "沙河铺社区危险源辨识清单复核更新情况", [
        "按照《事故与伤害风险辨识及评价制度》每两年复核一次的要求，2025年9月15日至20日，办公室会同消防救援站、区应急局专家对2023年10月形成的危险源辨识清单进行了复核。",
        "复核结果：1．“群租房隔断、电动自行车室内充电”因集中充电棚建成、烟感全覆盖，D值由270降为126，降为一般风险；2．“东门装卸区人车混行”隔离护栏已设置，D值由252降为126；3．新增“农批市场C区改造施工”临时危险源（高处坠落、物体打击），D值126；4．新增“铝合金门窗加工点切割作业”危险源；5．其余12项维持原评价。",
        "复核后清单共18项，其中较大风险3项（冷库氨制冷、三合一场所、鱼塘溺水），已分别落实责任人和管控措施。",
        ("sig", [PC + "办公室", zh("2025-09-22")]),
    ])
    p = reg(f"{F(13)}/说明.txt", "说明：两高一脆弱分析见指标11诊断报告第三部分（UTF-8文本）", [], [3], "2026-08-30")
    text(p, "指标13 高危人群高风险环境脆弱群体\n\n高危人群、高风险环境和脆弱群体的分析见“指标11 社区安全诊断/沙河铺社区安全诊断报告.docx”第三部分；\n出租屋和流动人口数据见指标07“一网三库数据摘录”。\n", "utf-8", crlf=False)


# ================================================================ 指标14-16 目标及计划（责任书）
UNITS = ["上沙湾村民小组", "下沙湾村民小组", "沙河佳苑物业服务中心", "铺前安置小区物业", "楚江城北农副产品批发市场管理办", "沙河小学", "沙河幼儿园",
         "沙河铺社区卫生服务站", "城北加油站沙河站", "楚江沙河木业加工厂", "兴旺食品加工坊", "老李汽修店", "顺发废品收购站", "鑫达铝合金门窗加工点",
         "沙河农批冷链有限公司", "沙河佳苑业主委员会", "铺前安置小区居民议事会", "沙河铺安全志愿者服务队", "楚江燃气公司城北服务站", "沙河物流停车场"]


def build_e4b():
    rnd = R("target")
    sheets = []
    for y, n, dd, fmt in ((2024, 19, (3, 12, 29), "zh"), (2025, 20, (3, 14, 28), "date"), (2026, 20, (2, 25, 27), "dots")):
        rows = []
        for i, u in enumerate(UNITS[:n], 1):
            d = dt.date(y, dd[0] if i < 15 else 3, rnd.randint(dd[1], dd[2]) if i < 15 else rnd.randint(1, 20))
            dv = {"zh": zh(d), "date": d, "dots": dots(d)}[fmt]
            res = "" if y == 2026 else rnd.choice(["优秀", "合格", "合格", "合格"])
            rows.append([i, u, masked(rnd), dv, "不发生较大及以上事故；隐患整改率100%；参加培训演练", res])
        sheets.append({"name": f"{y}年", "title": f"{y}年度安全目标责任书签订情况汇总", "header": ["序号", "签订单位", "负责人", "签订日期", "主要目标", "年终考核"],
                       "rows": rows, "fmt": "yyyy年m月d日", "widths": {2: 30, 5: 40}})
    p = reg(f"{F(15)}/安全目标责任书签订情况汇总（2024-2026）.xlsx", "目标责任书签订汇总（2024—2026按年分sheet，均在3月底前签订）", [4], [1], "2026-03-27")
    xlsx(p, "2026-03-27", sheets)
    p = reg(f"{F(15)}/2024年度安全目标责任书（样本：农批市场管理办）.docx", "目标责任书样本（农批市场管理办，2024年）", [4], [1], "2024-03-18")
    docx(p, "2024-03-18", "2024年度安全社区建设安全目标责任书", [
        ("b", "甲方：沙河铺社区居民委员会　　乙方：楚江城北农副产品批发市场管理办"),
        "为落实安全社区创建工作，明确安全责任，经双方协商，签订本责任书。",
        ("h", "一、安全目标"),
        "1．市场内不发生较大及以上火灾、交通事故；2．市场及周边交通伤害人数较基线下降10%以上；3．月度检查发现的隐患整改率100%；4．经营户消防安全培训参训率不低于80%。",
        ("h", "二、乙方责任"),
        "1．5月底前完成东门装卸区人车分流设施；2．落实消防通道“每日一巡”；3．配合社区开展月度隐患排查和应急演练；4．及时报告市场内发生的伤害事件。",
        ("h", "三、考核"),
        "年终由社区会同街道安办考核，考核结果纳入市场年度评优。",
        ("sig", ["甲方（盖章）：沙河铺社区居民委员会　代表：刘春梅", "乙方（盖章）：楚江城北农副产品批发市场管理办　代表：马永刚", zh("2024-03-18")]),
    ])


# ================================================================ 指标17-22 安全促进项目
def build_e5():
    body = [("b", "各项目组、各有关单位："),
            "经促进委员会第二次例会研究，现将沙河铺社区六个安全促进项目实施方案印发给你们，请认真组织实施。各项目组建立实施台账，每季度向促进委员会例会汇报，并按方案规定时间开展效果评估。",
            ("sig", [JWH, cn("2023-11-06")])]
    details = {
        "rent": ("出租屋1360户，基线期火灾6起，电动自行车室内充电普遍，群租房隔断使用夹芯板。", "1．出租屋独立式烟感全覆盖（分两批）；2．房东签订消防安全承诺书；3．网格员月查；4．建设电动自行车集中充电棚；5．群租房整治。"),
        "market": ("市场日均进出车辆4200台次，东门装卸区人车混行，基线期市场及周边交通伤害15例。", "1．东门装卸区设置隔离护栏、人行通道和禁停标线；2．市场内三轮车限速10公里/小时；3．早市高峰设交通协管员；4．经营户交通安全培训。"),
        "elder": ("60岁以上老人1380人，基线期跌倒就诊23例，独居、高龄老人217人。", "1．独居、高龄老人跌倒风险评估；2．家庭适老化改造（扶手、防滑垫、夜灯）120户；3．防跌倒健康讲座；4．志愿者结对探访。"),
        "gas": ("辖区瓶装液化气用户326户，多为安置小区和出租屋，软管老化、无自闭阀、无报警器情况普遍。", "1．入户检查摸底并实行ABC分类管理（A类每年检查一次，B类每半年复查，C类每季度复查直至整改）；2．更换软管、加装自闭阀；3．C类户加装燃气泄漏报警器；4．燃气安全宣传进户。"),
        "water": ("沙河沿岸及鱼塘11口，2023年7月发生1起儿童溺水死亡，留守和流动儿童约1100人。", "1．危险水域警示牌、救生圈全覆盖；2．暑期志愿者巡河；3．防溺水安全教育进校园；4．家长告知书签收。"),
        "shop": ("三小场所92家，线路老化、无漏电保护、“三合一”现象突出，基线期电气火灾4起。", "1．逐家用电安全检查建档；2．线路规范化改造补贴（分两期）；3．三合一场所整治；4．业主用电安全培训。"),
    }
    for i, (k, name, lead, target, start, ev) in enumerate(PROJECTS, 1):
        bg, ms = details[k]
        body += [("pb",), ("c", f"附件{i}：{name}实施方案"),
                 ("h2", "一、项目背景"), bg,
                 ("h2", "二、项目目标"), f"至2025年底：{target}。",
                 ("h2", "三、干预措施"), ms,
                 ("h2", "四、实施时间和责任"), f"项目自{start}起实施，项目组组长：{lead}。",
                 ("h2", "五、效果评估"), f"项目组于{ev}对照基线数据开展效果评估（伤害数据对比、入户抽样调查、现场检查），形成效果评估报告报促进委员会审定。"]
    p = reg(f"{F(17)}/关于印发沙河铺社区六个安全促进项目实施方案的通知.docx", "项目实施方案汇编：六个安全促进项目（沙河铺居发〔2023〕14号，载明各项目评估时间，小作坊项目2025年12月评估）",
            [5], [4, 1], "2023-11-06")
    docx(p, "2023-11-06", "关于印发沙河铺社区六个安全促进项目实施方案的通知", body, red="沙河铺社区居民委员会", docno="沙河铺居发〔2023〕14号")

    # 误归档：消防大队检查通报放在项目策划文件夹
    p = reg(f"{F(17)}/区消防救援大队出租屋消防安全专项检查通报.pdf", "上级检查通报（城北消〔2024〕46号，出租屋9项问题；误归入指标17）", [8], [11, 5], "2024-11-12")
    probs = [["序号", "地址", "问题", "整改要求"],
             ["1", "下沙湾56号群租房", "隔断使用易燃夹芯板，居住21人", "30日内拆除"], ["2", "上沙湾27号", "电动自行车楼道充电", "立即整改"],
             ["3", "上沙湾41号", "疏散楼梯堆放杂物", "立即整改"], ["4", "下沙湾8号", "防盗窗未开设逃生口", "7日内整改"],
             ["5", "上沙湾12号", "烟感故障", "7日内整改"], ["6", "下沙湾33号", "私拉电线", "7日内整改"],
             ["7", "上沙湾63号", "灭火器过期", "7日内整改"], ["8", "下沙湾19号", "厨房与住宿未分隔", "30日内整改"], ["9", "上沙湾5号", "电动车室内充电", "立即整改"]]
    pdf(p, "2024-11-12", "关于沙河街道出租屋消防安全专项检查情况的通报", [
        ("b", "沙河街道办事处："),
        "2024年11月5日至6日，我大队对沙河铺社区上沙湾、下沙湾出租屋开展消防安全专项检查，抽查出租屋42户，发现问题9项，现通报如下：",
        ("t", probs),
        "请街道督促房东按期整改，并于12月15日前将整改情况书面报我大队。总体看，该社区出租屋独立式烟感安装率较高，房东消防安全意识有所提升，但群租房问题仍较突出。",
        ("sig", ["城北区消防救援大队", cn("2024-11-12")]),
    ], red="城北区消防救援大队", docno="城北消〔2024〕46号", author="城北区消防救援大队")

    rnd = R("proj")
    # 出租屋消防检查台账
    sheets = []
    for y, n, fmt in ((2024, 36, "date"), (2025, 32, "dots"), (2026, 24, "slash")):
        rows = []
        ds = sorted(dt.date(y, rnd.randint(1, 8 if y == 2026 else 12), rnd.randint(1, 28)) for _ in range(n))
        for i, d in enumerate(ds, 1):
            smoke = rnd.choice(["已安装", "已安装", "已安装", "故障"]) if y > 2024 or d.month > 3 else rnd.choice(["已安装", "未安装"])
            charge = rnd.choice(["无", "无", "无", "楼道充电"]) if y > 2024 else rnd.choice(["无", "楼道充电", "室内充电"])
            prob = "无" if smoke == "已安装" and charge == "无" else "；".join(x for x in [("烟感" + smoke) if smoke != "已安装" else "", charge if charge != "无" else ""] if x)
            rows.append([i, d if fmt == "date" else (dots(d) if fmt == "dots" else slash(d)), f"{rnd.choice(['上沙湾', '下沙湾'])}{rnd.randint(1, 88)}号",
                         masked(rnd), rnd.randint(3, 22), smoke, charge, rnd.choice(["畅通", "畅通", "畅通", "堆放杂物"]), prob,
                         "当场整改" if prob == "无" else rnd.choice(["已整改", "已整改", "限期整改，已复查"])])
        sheets.append({"name": f"{y}年", "title": f"出租屋消防安全检查台账（{y}年）", "header": ["序号", "检查日期", "地址", "房东", "租住人数", "独立式烟感", "电动车充电", "疏散通道", "发现问题", "整改情况"],
                       "rows": rows, "fmt": "yyyy-mm-dd", "widths": {3: 16, 9: 22, 10: 18}})
    p = reg(f"{F(18)}/出租屋消防安全检查台账.xlsx", "出租屋项目实施：出租屋消防检查台账（2024—2026按年分sheet）", [5], [8], "2026-08-25")
    xlsx(p, "2026-08-25", sheets)

    # 燃气 ABC
    gas_users = []
    for i in range(1, 106):
        cls = "C" if i <= 27 else "B"
        addr = rnd.choice([f"沙河佳苑{rnd.randint(1, 12)}栋{rnd.randint(1, 6)}0{rnd.randint(1, 4)}", f"铺前安置小区{rnd.randint(1, 8)}栋{rnd.randint(1, 6)}0{rnd.randint(1, 4)}",
                           f"上沙湾{rnd.randint(1, 88)}号", f"下沙湾{rnd.randint(1, 70)}号"])
        prob = rnd.choice(["软管老化", "无自闭阀", "钢瓶与灶具距离不足", "软管过长穿墙", "钢瓶倒置使用", "无燃气泄漏报警器"]) if cls == "B" else \
            rnd.choice(["软管老化开裂、无自闭阀", "钢瓶放置在卧室", "使用过期钢瓶", "私自倒灌", "液化气与明火同室且通风不良"])
        gas_users.append([i, addr, masked(rnd), rnd.choice(["户籍居民", "流动人口（租户）"]), cls, prob])
    p = reg(f"{F(18)}/瓶装液化气用户ABC分类登记（2023年摸底）.xlsx", "燃气项目：瓶装液化气用户ABC分类摸底（326户，B/C类105户明细）", [5], [3, 8], "2023-12-15")
    xlsx(p, "2023-12-15", [
        {"name": "B、C类明细", "title": "瓶装液化气用户ABC分类登记（2023年11—12月摸底）", "sub": ["分类标准：A类—设施完好、使用规范；B类—存在一般问题；C类—存在严重隐患"],
         "header": ["序号", "住址", "户主", "人员类别", "分类", "存在问题"], "rows": [u + [] for u in gas_users], "widths": {2: 24, 6: 30}},
        {"name": "汇总", "title": "分类汇总", "header": ["类别", "户数", "占比"],
         "rows": [["A类", 221, "67.8%"], ["B类", 78, "23.9%"], ["C类", 27, "8.3%"], ["合计", 326, "100%"]]}])

    rows24, rows25 = [], []
    for u in gas_users:
        d = dt.date(2024, rnd.randint(2, 11), rnd.randint(1, 28))
        after = "A" if rnd.random() < 0.55 else "B"
        rows24.append([d, u[1], u[2], u[4], u[5], rnd.choice(["更换软管", "加装自闭阀", "调整钢瓶位置", "加装报警器", "宣传告知"]), after, rnd.choice(["彭建军", "潘立新", "蒋桂英"]) + "、" + CLERK])
    rows24.sort(key=lambda r: r[0])
    keep = [r for r in rows24 if r[6] != "A"] + [r for r in rows24 if r[6] == "A"][:40]
    for r in sorted(keep, key=lambda r: r[1]):
        d = dt.date(2025, rnd.randint(3, 11), rnd.randint(1, 28))
        after = "A" if rnd.random() < 0.7 else "B"
        rows25.append([d, r[1], r[2], r[6], rnd.choice(["复查合格", "软管到期更换", "报警器正常", "自闭阀有效"]), after, rnd.choice(["彭建军", "潘立新", "蒋桂英"])])
    rows25.sort(key=lambda r: r[0])
    GAS["n25"] = len(rows25)
    GAS["c25"] = len([r for r in rows25 if r[5] == "C"])
    p = reg(f"{F(18)}/入户燃气安全检查台账（2024年）.xlsx", f"燃气项目：入户检查台账，文件名为2024年，第二个sheet“2025年复查”含2025年{len(rows25)}户复查记录",
            [5], [8], "2025-12-20")
    xlsx(p, "2025-12-20", [
        {"name": "2024年入户检查", "title": "瓶装液化气入户安全检查台账（2024年）", "header": ["检查日期", "住址", "户主", "原分类", "存在问题", "处理措施", "检查后分类", "检查人"],
         "rows": rows24, "fmt": "yyyy/m/d", "widths": {2: 24, 5: 28}},
        {"name": "2025年复查", "title": "瓶装液化气B、C类用户复查记录（2025年）", "sub": ["说明：2024年检查后仍为B、C类的用户及部分A类用户抽查"],
         "header": ["复查日期", "住址", "户主", "复查前分类", "复查情况", "复查后分类", "复查人"],
         "rows": [[zh(r[0])] + r[1:] for r in rows25], "widths": {1: 16, 2: 24}},
        {"name": "分类汇总", "title": "ABC分类动态汇总", "header": ["时间", "A类", "B类", "C类", "合计"],
         "rows": [["2023年12月摸底", 221, 78, 27, 326], ["2024年12月", 268, 58, 0, 326], ["2025年12月", 297, 31, 0, 328]]},
    ])
    rows26 = []
    for i in range(1, 61):
        d = dt.date(2026, rnd.randint(1, 6), rnd.randint(1, 28))
        rows26.append([d, rnd.choice([u[1] for u in gas_users]), rnd.choice(["A", "A", "B"]), rnd.choice(["合格", "合格", "软管临期，已告知", "报警器电池更换"]), rnd.choice(["彭建军", "潘立新"])])
    rows26.sort(key=lambda r: r[0])
    p = reg(f"{F(18)}/入户燃气安全检查记录（2026年上半年）.xlsx", "燃气项目：2026年上半年入户检查记录（60户）", [5], [8], "2026-06-30")
    xlsx(p, "2026-06-30", [{"name": "2026上半年", "title": "瓶装液化气入户安全检查记录（2026年1—6月）",
                            "header": ["检查日期", "住址", "分类", "检查情况", "检查人"], "rows": [[slash(r[0])] + r[1:] for r in rows26], "widths": {2: 24, 4: 20}}])

    # 适老化
    sheets = []
    k = 0
    for y, n in ((2024, 58), (2025, 66)):
        rows = []
        for _ in range(n):
            k += 1
            d = dt.date(y, rnd.randint(7 if y == 2024 else 3, 12 if y == 2024 else 10), rnd.randint(1, 28))
            rows.append([k, d, rnd.choice(["沙河佳苑", "铺前安置小区", "上沙湾", "下沙湾"]) + f"{rnd.randint(1, 60)}号", masked(rnd), rnd.randint(65, 93),
                         rnd.choice(["独居", "高龄", "独居高龄", "失能家庭"]), rnd.choice(["卫生间扶手+防滑垫", "扶手+夜灯", "防滑垫+床边护栏", "扶手+防滑垫+夜灯"]),
                         rnd.choice(["满意", "满意", "满意", "基本满意"])])
        rows.sort(key=lambda r: r[1])
        for i, r in enumerate(rows):
            r[0] = (k - n) + i + 1
            r[1] = r[1] if y == 2024 else zh(r[1])
        sheets.append({"name": f"{y}年", "title": f"老年人居家适老化改造登记（{y}年）", "header": ["序号", "改造日期", "住址", "老人", "年龄", "类型", "改造内容", "回访满意度"],
                       "rows": rows, "fmt": "yyyy.m.d", "widths": {7: 22}})
    p = reg(f"{F(18)}/老年人居家适老化改造登记.xlsx", "防跌倒项目：适老化改造登记（124户，按年分sheet）", [5], [], "2025-10-31")
    xlsx(p, "2025-10-31", sheets)

    p = reg(f"{F(18)}/农批市场人车分流整治实施记录.docx", "农批市场交通项目实施记录（含违停抽查表）", [5], [8], "2024-08-30")
    rows = [["检查日期", "时段", "东门货车违停（台）", "三轮车逆行（台）", "协管员到岗", "检查人"]]
    for (y, m) in months(dt.date(2024, 3, 1), dt.date(2024, 8, 1)):
        for _ in range(2):
            d = dt.date(y, m, rnd.randint(1, 28))
            base = 26 if m < 6 else 9
            rows.append([dots(d), "5:30—7:30", base + rnd.randint(-4, 4), max(0, base // 2 + rnd.randint(-3, 3)), "是" if m >= 6 else "—", "马永刚、曹文杰"])
    docx(p, "2024-08-30", "农批市场人车分流整治实施记录", [
        "2024年5月8日至28日，市场管理办在东门装卸区设置隔离护栏186米、人行通道2条、禁停标线及限速标志14处，5月29日投入使用；6月1日起早市高峰（5:30—7:30）安排交通协管员4名。",
        "实施前后违停和逆行抽查情况如下：", ("t", rows),
        "小结：人车分流设施投入使用后，东门早高峰货车违停由日均26台次降至9台次左右。",
        ("sig", ["农批市场交通项目组", zh("2024-08-30")]),
    ])

    # 防溺水巡查
    sheets = []
    for y, fmt in ((2024, "date"), (2025, "zh"), (2026, "dots")):
        rows = []
        d = dt.date(y, 6, 20)
        i = 0
        while d <= dt.date(y, 8, 31):
            i += 1
            found = rnd.choice(["无", "无", "无", "劝离垂钓儿童2名", "救生圈缺失1个（已补）", "警示牌倒伏（已扶正）"])
            rows.append([i, d if fmt == "date" else (zh(d) if fmt == "zh" else dots(d)), rnd.choice(["沙河铺段河堤", "下沙湾鱼塘群", "沙河桥下游滩地"]),
                         rnd.choice(["余秀兰等4人", "田德明等3人", "志愿者5人"]), found])
            d += days(rnd.randint(3, 5))
        sheets.append({"name": f"{y}年夏季", "title": f"沙河沿岸及鱼塘防溺水巡查记录（{y}年暑期）", "header": ["序号", "巡查日期", "巡查地点", "巡查人员", "发现问题及处理"],
                       "rows": rows, "fmt": "m月d日", "widths": {5: 26}})
    p = reg(f"{F(18)}/沙河防溺水巡查记录（2024-2026）.xlsx", "防溺水项目：暑期巡河记录（按年分sheet）", [5], [8], "2026-08-31")
    xlsx(p, "2026-08-31", sheets)

    # 三小场所用电
    sheets = []
    shops = [f"{x}{i}" for i, x in enumerate(["木器加工点", "食品加工坊", "汽修店", "废品收购站", "门窗加工点", "小餐馆", "五金店", "理发店"] * 12, 1)][:92]
    for y, n, fmt in ((2024, 44, "slash"), (2025, 40, "date"), (2026, 28, "zh")):
        rows = []
        for i in range(1, n + 1):
            d = dt.date(y, rnd.randint(3, 8 if y == 2026 else 12), rnd.randint(1, 28))
            lp = rnd.choice(["有", "有", "无"]) if y == 2024 else rnd.choice(["有", "有", "有", "无"])
            rows.append([d, rnd.choice(shops), rnd.choice(["上沙湾", "下沙湾", "沙河路"]), lp, rnd.choice(["规范", "老化", "部分改造"]),
                         rnd.choice(["否", "否", "否", "是"]), rnd.choice(["已纳入改造一期", "已改造", "限期整改", "合格"]) if y < 2026 else rnd.choice(["合格", "合格", "限期整改"])])
        rows.sort(key=lambda r: r[0])
        rows = [[i] + [{"slash": slash, "zh": zh}.get(fmt, lambda x: x)(r[0])] + r[1:] for i, r in enumerate(rows, 1)]
        sheets.append({"name": f"{y}年", "title": f"三小场所用电安全检查登记（{y}年）", "header": ["序号", "检查日期", "场所", "位置", "漏电保护器", "线路状况", "三合一", "处理"],
                       "rows": rows, "fmt": "yyyy-m-d", "widths": {3: 16, 8: 18}})
    sheets.append({"name": "线路改造汇总", "title": "小作坊电气线路改造汇总", "header": ["批次", "时间", "改造家数", "补贴（万元）"],
                   "rows": [["一期", "2024年7—9月", 38, 11.4], ["二期", "2025年6—8月", 21, 6.3], ["合计", "", 59, 17.7]],
                   "foot": ["注：二期原计划33家，12家因业主搬迁或拒绝改造未完成；改造率59/92=64.1%。"]})
    p = reg(f"{F(18)}/三小场所用电安全检查登记.xlsx", "小作坊用电项目：检查登记和线路改造汇总（只有实施记录，无效果评估）", [5], [8], "2026-08-28")
    xlsx(p, "2026-08-28", sheets)

    p = reg(f"{F(18)}/小作坊电气线路改造后现场（2024.9）.jpg", "照片：小作坊电气线路改造后", [5], [], "2024-09-12")
    photo(p, "workshop", at("2024-09-12", 10, 20))
    p = reg(f"{F(18)}/出租屋独立式烟感安装（2023.12）.jpg", "照片：出租屋独立式烟感安装", [5], [], "2023-12-06")
    photo(p, "smoke", at("2023-12-06", 14, 33))

    build_evaluations()


GAS = {}


def pct(a, b):
    return f"{100 * (a - b) / a:.1f}%" if a else "—"


def build_evaluations():
    ea, eb = dt.date(2024, 9, 1), dt.date(2025, 8, 31)
    f60 = len(inj(ea, eb, "fall60"))
    trf = len(inj(ea, eb, "traffic"))
    EVAL["f60"], EVAL["trf"] = f60, trf
    parts = [
        ("出租屋（群租房）消防安全促进项目效果评估报告", "2025-10-20", [
            "评估时间：2025年10月10日—20日。评估方法：火灾数据对比（消防救援站提供）、出租屋抽样检查（120户）、房东和租户问卷（210份）。",
            "实施情况：累计安装独立式烟感1360只（覆盖全部出租屋），房东签订消防安全承诺书1287份，建成集中充电棚2处（充电口160个），网格员月查出租屋累计2900余户次。",
            "效果：评估期（2024年9月—2025年8月）出租屋火灾2起，较基线期6起下降66.7%；抽查120户中烟感完好率94.2%，室内及楼道充电现象由基线抽查的38.5%降至6.7%；租户消防知识知晓率由54.8%提高到82.9%。",
            "问题与改进：群租房（下沙湾56号等3处）夹芯板隔断整治未完成；烟感电池陆续到期。下一步纳入2026年隐患督办，并建立烟感更换台账。"]),
        ("老年人居家防跌倒促进项目效果评估报告", "2025-10-28", [
            "评估时间：2025年10月15日—28日。评估方法：卫生服务站伤害监测数据对比、改造户入户回访（120户）。",
            "实施情况：完成跌倒风险评估386人，适老化改造124户，防跌倒讲座6场、参加382人次，志愿者结对探访独居老人217人。",
            f"效果：评估期（2024年9月—2025年8月）60岁以上老年人跌倒就诊{f60}例，基线期23例，下降{pct(23, f60)}；改造户回访满意率96.7%，改造户中未再发生居家跌倒就诊。",
            "问题与改进：村组自建房老人改造覆盖不足；下一步与区民政局居家适老化改造项目衔接。"]),
        ("瓶装液化气入户安全促进项目（ABC分类管理）效果评估报告", "2025-11-18", [
            "评估时间：2025年11月。评估方法：入户检查台账统计、ABC分类变化、事故统计。",
            f"实施情况：2023年摸底326户全部入户检查，B、C类用户105户逐户整改；2025年对{GAS['n25']}户开展复查。更换软管241根，加装自闭阀198个，C类户加装燃气泄漏报警器27台。",
            "效果：C类用户由27户降为0，A类用户占比由67.8%提高到90.5%；创建以来未发生燃气事故；居民燃气安全知晓率由58.1%提高到86.4%。",
            "问题与改进：流动人口租户更替快，新入住户未及时检查。下一步与出租屋月查合并，新入住户一周内入户检查。"]),
        ("儿童防溺水促进项目效果评估报告", "2025-10-15", [
            "评估时间：2025年9月—10月。评估方法：溺水事件统计、危险水域设施检查、学生和家长问卷（沙河小学，问卷560份）。",
            "实施情况：危险水域7处、鱼塘11口全部设置警示牌和救生圈，鱼塘防护网4处；2024、2025年暑期志愿者巡河共43次，劝离玩水儿童61人次；防溺水教育进校园4场。",
            "效果：2024年、2025年辖区未发生儿童溺水事件（基线期1起死亡）；学生“六不”知晓率98.2%，家长告知书签收率100%。",
            "问题与改进：流动儿童暑期看护不足，下一步增设暑期托管点。"]),
    ]
    body = [("b", f"编印：{PC}办公室　　2025年11月28日"),
            ("b", "目录：一、出租屋（群租房）消防安全促进项目；二、老年人居家防跌倒促进项目；三、瓶装液化气入户安全促进项目；四、儿童防溺水促进项目。")]
    for t, d, paras in parts:
        body += [("pb",), ("title", t), ("b", f"评估日期：{zh(d)}")] + paras + [("sig", ["项目组", zh(d)])]
    p = reg(f"{F(20)}/安全促进项目效果评估报告汇编（2025年）.pdf", "项目效果评估汇编PDF：出租屋、防跌倒、燃气、防溺水四个项目（不含小作坊项目）",
            [5], [12], "2025-11-28")
    pdf(p, "2025-11-28", "安全促进项目效果评估报告汇编（2025年）", body)

    p = reg(f"{F(18)}/农批市场交通安全项目效果评估报告.docx", "农批市场交通项目效果评估报告（归在指标18实施文件夹）", [5], [12], "2025-12-18")
    docx(p, "2025-12-18", "农批市场交通安全（人车分流）促进项目效果评估报告", [
        ("h", "一、评估方法"),
        "对照项目方案目标，采用伤害监测数据对比（卫生服务站登记表）、违停和逆行现场抽查（2025年11月抽查10次）、经营户问卷（150份）。",
        ("h", "二、实施情况"),
        "东门装卸区隔离护栏186米、人行通道2条；C区三轮车专用卸货位24个（2025年4月）；早市协管员4名；经营户交通安全培训3场、参加305人次。",
        ("h", "三、效果"),
        f"评估期（2024年9月—2025年8月）卫生服务站登记道路交通伤害{trf}例，基线期27例，下降{pct(27, trf)}；东门早高峰货车违停由日均26台次降至7台次，下降73.1%；经营户对市场交通秩序满意度由48.7%提高到81.3%。",
        ("h", "四、存在问题和改进"),
        "东门隔离护栏南段因C区改造施工临时拆除，尚未恢复；下一步施工结束后恢复，并将隔离设施纳入月度排查。",
        ("sig", ["农批市场交通项目组　马永刚、曹文杰", zh("2025-12-18")]),
    ])


EVAL = {}


# ================================================================ 指标23-26 宣传教育与培训
TRAININGS = {
    2023: [("2023-09-20", "安全社区创建骨干培训", "街道三楼会议室", "区应急局 王建平", "促进委员会成员、项目组成员、村组长、楼栋长", 38, "安全社区理念、AQ/T 9001-2006要素、社区诊断方法、伤害监测登记要求"),
           ("2023-10-18", "居民安全宣传日暨问卷反馈", "铺前安置小区广场", "何晓东、邓海波", "居民、流动人口", 215, "消防、燃气、防溺水知识展板和咨询，灭火器演示"),
           ("2023-11-22", "农批市场经营户消防安全培训", "农批市场管理办会议室", "邓海波", "经营户", 87, "市场火灾案例、消防通道、灭火器使用"),
           ("2023-12-05", "出租屋房东消防安全培训", "社区居委会会议室", "沙河消防救援站 邓海波", "上沙湾、下沙湾房东", 92, "出租屋消防责任、烟感维护、电动车充电管理、消防安全承诺书"),
           ("2023-12-14", "小作坊业主用电安全培训", "社区居委会会议室", "城北供电所 杨工", "小作坊、三小场所业主", 51, "漏电保护器、线路敷设、三合一场所危害")],
    2024: [("2024-01-18", "村组长、楼栋长安全社区知识培训", "社区居委会会议室", "何晓东", "村组长、楼栋长、网格员", 43, "月度隐患排查方法、伤害信息报告"),
           ("2024-03-14", "出租屋房东消防安全培训", "社区居委会会议室", "邓海波", "房东", 86, "烟感维护、群租房整治要求、集中充电"),
           ("2024-04-25", "农批市场经营户消防及交通安全培训", "农批市场管理办会议室", "邓海波、曹文杰", "经营户、装卸工", 112, "人车分流、三轮车限速、消防通道"),
           ("2024-06-12", "防溺水安全教育进校园", "沙河小学操场", "唐明亮、派出所民警", "沙河小学学生", 420, "防溺水“六不”、识别危险水域、施救常识"),
           ("2024-07-10", "小作坊业主用电安全培训", "社区居委会会议室", "城北供电所 杨工", "小作坊业主", 58, "线路改造补贴政策、漏电保护器测试"),
           ("2024-09-20", "老年人防跌倒健康讲座", "沙河佳苑老年活动室", "王玉兰", "60岁以上老人及家属", 64, "跌倒风险自评、居家环境改造、跌倒后自救"),
           ("2024-11-07", "“119”消防宣传月居民灭火器实操培训", "铺前安置小区广场", "沙河消防救援站", "居民", 95, "灭火器、消火栓使用，火场逃生"),
           ("2024-12-12", "燃气安全进万家宣传培训", "沙河佳苑广场", "楚江燃气公司城北服务站", "瓶装液化气用户", 73, "软管更换、自闭阀、泄漏处置")],
    2025: [("2025-01-09", "春节前农批市场消防安全宣传", "农批市场A区", "马永刚、邓海波", "经营户", 126, "年货储存、用电用火、消防通道"),
           ("2025-03-20", "出租屋房东消防安全培训", "社区居委会会议室", "邓海波", "房东", 104, "群租房整治、烟感更换、充电棚使用"),
           ("2025-04-10", "燃气安全培训（演练前）", "沙河佳苑活动室", "彭建军", "楼栋长、居民代表", 46, "泄漏识别、关阀、报警、疏散"),
           ("2025-05-15", "农批市场经营户交通安全培训", "农批市场管理办会议室", "曹文杰", "经营户、三轮车驾驶人", 98, "C区卸货位使用、限速、案例警示"),
           ("2025-06-11", "防溺水安全教育进校园", "沙河小学", "唐明亮", "学生", 436, "防溺水“六不”、家长告知书"),
           ("2025-08-19", "小作坊业主用电安全培训", "社区居委会会议室", "城北供电所 杨工", "小作坊业主", 47, "二期改造、三合一整治"),
           ("2025-09-25", "老年人防跌倒健康讲座", "铺前安置小区活动室", "王玉兰", "老人及家属", 58, "防跌倒运动、用药安全"),
           ("2025-11-06", "消防宣传月居民灭火器实操", "沙河佳苑广场", "沙河消防救援站", "居民", 88, "灭火器、逃生"),
           ("2025-12-10", "流动人口安全知识讲座", "社区居委会会议室", "何晓东", "新入住流动人口", 61, "出租屋用电、燃气、冬季防一氧化碳中毒")],
    2026: [("2026-01-15", "春节前安全提示宣传", "农批市场、两个安置小区", "何晓东", "居民、经营户", 180, "烟花爆竹、用火用电"),
           ("2026-03-12", "出租屋房东消防安全培训", "社区居委会会议室", "邓海波", "房东", 97, "电动自行车新规、烟感电池更换"),
           ("2026-04-23", "农批市场经营户消防安全培训", "农批市场管理办会议室", "邓海波", "经营户", 109, "冷库氨泄漏处置、消防通道"),
           ("2026-05-12", "防灾减灾日宣传", "铺前安置小区广场", "何晓东、余秀兰", "居民", 156, "地震避险、应急包"),
           ("2026-06-10", "防溺水安全教育进校园", "沙河小学", "唐明亮", "学生", 428, "防溺水“六不”"),
           ("2026-07-16", "小作坊业主用电安全培训", "社区居委会会议室", "城北供电所 杨工", "小作坊业主", 44, "夏季用电高峰安全")],
}


def build_e6():
    p = reg(f"{F(24)}/安全宣传栏及宣教点位清单.docx", "宣教设施资源清单（宣传栏、文化长廊、宣教点、师资）", [6], [], "2024-09-30")
    docx(p, "2024-09-30", "沙河铺社区安全宣传栏及宣教点位清单", [
        ("t", [["序号", "设施", "位置", "数量", "更新频次", "管理人"],
               ["1", "安全宣传栏", "居委会、两个安置小区、上沙湾、下沙湾", "6块", "每季度", CLERK],
               ["2", "安全文化长廊", "沙河路北侧（沙河佳苑围墙）", "40米", "每半年", CLERK],
               ["3", "农批市场电子显示屏", "农批市场东门、A区", "2块", "每周", "马永刚"],
               ["4", "防溺水警示牌", "沙河沿岸、鱼塘", "25块", "汛前检查", "田德明"],
               ["5", "安全宣教点", "社区卫生服务站（防跌倒）、沙河消防救援站（消防体验）", "2处", "—", "王玉兰、邓海波"],
               ["6", "兼职宣讲员", "消防、交警、燃气、卫生服务站、志愿者", "14人", "—", CLERK]]),
        ("sig", [PC + "办公室", zh("2024-09-30")]),
    ])
    p = reg(f"{F(24)}/沙河路安全文化长廊（2024.9）.jpg", "照片：安全文化长廊", [6], [], "2024-09-26")
    photo(p, "corridor", at("2024-09-26", 16, 2))

    def comp(y, path, d, title, kind):
        body = [("b", f"整理：{CLERK}　　{zh(d)}"), ("b", f"本汇编收录{ {2023: '2023年9—12月', 2024: '2024年度', 2025: '2025年度', 2026: '2026年1—8月'}[y] }社区组织的安全培训和宣传教育活动记录，签到表原件另存。")]
        for i, (dd, t, place, who, obj, n, content) in enumerate(TRAININGS[y], 1):
            test = "" if n > 150 else f"　课后测试合格率{R('t' + dd).randint(86, 98)}%"
            body += [("h", f"{i}．{t}（{zh(dd)}）"),
                     ("t", [["时间", zh(dd), "地点", place], ["主讲", who, "对象", obj], ["签到人数", f"{n}人", "记录人", CLERK]]),
                     f"主要内容：{content}。{test}"]
        p = reg(path, kind, [6], [2], d)
        docx(p, d, title, body)

    comp(2023, f"{F(25)}/2023年创建启动阶段培训宣传记录.docx", "2023-12-28", "2023年（9—12月）安全培训宣传记录",
         "培训宣传记录（2023年9—12月，5次，含签到人数）")
    comp(2024, f"{F(25)}/培训记录汇编（2024年度）.docx", "2024-12-30", "培训记录汇编（2024年度）", "培训记录汇编2024（8次，含签到人数）")
    comp(2025, f"{F(25)}/培训记录汇编（2025年度）.docx", "2025-12-30", "培训记录汇编（2025年度）", "培训记录汇编2025（9次，含签到人数）")
    comp(2026, f"{F(25)}/培训记录汇编（2026年1-8月）.docx", "2026-08-28", "培训记录汇编（2026年1—8月）", "培训记录汇编2026年1—8月（6次）")

    rnd = R("pub")
    sheets = []
    for y in (2024, 2025, 2026):
        rows = []
        for (yy, m) in months(dt.date(y, 1, 1), dt.date(y, 8 if y == 2026 else 12, 1)):
            for _ in range(rnd.randint(1, 2)):
                d = dt.date(yy, m, rnd.randint(1, 28))
                rows.append([d, rnd.choice(["微信群推送", "宣传栏更新", "发放宣传资料", "电子屏滚动", "入户宣传"]),
                             rnd.choice(["电动自行车充电安全", "燃气安全", "防溺水", "防跌倒", "交通安全", "用电安全", "防诈骗"]),
                             rnd.choice(["全体居民", "出租屋租户", "经营户", "老年人", "学生家长"]), rnd.randint(30, 600)])
        rows.sort(key=lambda r: r[0])
        rows = [[i, r[0] if y != 2025 else dots(r[0])] + r[1:] for i, r in enumerate(rows, 1)]
        sheets.append({"name": f"{y}年", "title": f"安全宣传活动登记（{y}年）", "header": ["序号", "日期", "形式", "主题", "对象", "覆盖人数"], "rows": rows, "fmt": "yyyy/m/d"})
    p = reg(f"{F(25)}/安全宣传活动登记（2024-2026）.xlsx", "安全宣传活动登记（按年分sheet）", [6], [2], "2026-08-31")
    xlsx(p, "2026-08-31", sheets)
    # 误归档：2025年4月燃气泄漏演练照片放在培训文件夹
    p = reg(f"{F(25)}/燃气泄漏应急演练照片（2025.4.16）.jpg", "照片：2025年4月燃气泄漏应急演练（误归入指标25培训文件夹）", [7], [6], "2025-04-16")
    photo(p, "gas", at("2025-04-16", 9, 48))


# ================================================================ 指标27-31 应急预案和响应
def drill_blocks(d, name, place, org, n, scenario, steps, evalu):
    return [("t", [["演练名称", name, "演练时间", zh(d)], ["演练地点", place, "组织单位", org], ["参演人数", f"{n}人", "演练形式", "实战演练"]]),
            ("h2", "一、演练情景"), scenario,
            ("h2", "二、演练过程"), *[f"{i}．{s}" for i, s in enumerate(steps, 1)],
            ("h2", "三、演练评估"), evalu]


DRILLS = [
    ("2023-11-24", "出租屋火灾疏散应急演练", "上沙湾27号出租屋", PC + "、沙河消防救援站", 64,
     "上沙湾27号出租屋（4层自建房，租住19人）一楼楼道电动自行车充电起火，烟雾进入楼梯间。",
     ["网格员发现火情，拨打119并报告社区值班室（14:02）", "微型消防站3分钟到场，使用灭火器初期处置", "楼栋长组织租户用湿毛巾捂口鼻从二楼逃生口和楼梯疏散，19人4分30秒全部疏散至空地",
      "消防救援站到场后示范出租屋逃生和灭火器使用"],
     "演练基本达到预期。问题：二楼逃生口锁闭钥匙不在房间内，延误约40秒；部分租户不会使用灭火器。改进：督促房东逃生口钥匙放置在门边，列入房东培训内容。"),
    ("2024-05-30", "防汛防溺水应急演练", "沙河铺段河堤、下沙湾鱼塘", PC + "、沙河派出所、沙河消防救援站", 72,
     "强降雨导致沙河水位上涨，下沙湾低洼处8户需转移；同时一名儿童在鱼塘边滑落水中。",
     ["防汛预警发布，网格员逐户通知（9:00）", "转移小组用20分钟将8户23人转移至沙河小学避难点", "志愿者发现落水儿童，抛投救生圈，民警下水施救，卫生服务站现场急救", "清点人数，演练结束"],
     "转移和救援衔接顺畅。问题：避难点物资清单与实物不一致；鱼塘救生圈1个缺失。改进：补充物资、每周巡查救生设施。"),
    ("2024-11-08", "农批市场消防应急演练", "农批市场B区水产区", PC + "、农批市场管理办、沙河消防救援站", 118,
     "水产区摊位电线短路起火，正值早市，人员密集。",
     ["摊主发现火情，按下报警按钮，管理办启动预案（6:15）", "义务消防队使用消火栓和灭火器扑救", "协管员疏散顾客和经营户，清理东门消防通道", "消防车6分钟到场"],
     "演练检验了市场预案。问题：东门通道有两辆三轮车阻挡，消防车进入延误约1分钟。改进：早市期间消防通道专人值守。"),
    ("2025-04-16", "燃气泄漏应急演练", "沙河佳苑5栋", PC + "、楚江燃气公司城北服务站", 86,
     "沙河佳苑5栋302室液化气软管脱落泄漏，住户闻到气味。",
     ["住户关闭钢瓶阀门，开窗通风，到室外拨打燃气公司电话（9:30）", "楼栋长组织5栋二至四楼住户疏散，禁止开关电器", "燃气公司抢修人员到场检测、更换软管", "演练后开展燃气安全讲解"],
     "居民疏散有序，关阀通风操作正确。问题：部分老人不清楚燃气公司抢修电话。改进：在C、B类户张贴应急联系卡。"),
    ("2026-03-19", "地震应急疏散演练", "铺前安置小区、沙河小学", PC + "、沙河小学", 640,
     "辖区发生有感地震，需要组织居民和学生就近避险并疏散到应急避难场所。",
     ["发布地震警报（10:00）", "学生就近避险后按路线疏散至操场，用时2分50秒", "安置小区居民在楼栋长引导下疏散至小区广场避难点", "清点人数，卫生服务站设置临时救护点"],
     "学生疏散迅速有序；安置小区高层老人疏散较慢。改进：为高层独居老人落实结对帮扶人。"),
    ("2026-07-08", "防汛应急演练", "沙河铺段河堤", PC + "、沙河派出所、沙河消防救援站", 78,
     "持续强降雨，沙河铺段河堤出现管涌，下沙湾低洼区需转移群众。",
     ["启动防汛Ⅲ级应急响应（8:30）", "抢险队用沙袋围堵管涌", "转移下沙湾低洼区11户31人至沙河小学", "冲锋舟水上救援演示"],
     "演练达到预期。改进：补充沙袋储备至1500袋。"),
]


def build_e7():
    p = reg(f"{F(27)}/沙河铺社区突发事件综合应急预案（2023年版）.docx", "社区突发事件综合应急预案（2023年版）", [7], [], "2023-11-02")
    docx(p, "2023-11-02", "沙河铺社区突发事件综合应急预案（2023年版）", [
        ("h", "一、总则"), "本预案适用于辖区火灾、燃气泄漏、洪涝、地震、交通事故、溺水等突发事件的先期处置。",
        ("h", "二、组织机构"), "社区成立应急工作领导小组，组长刘春梅，下设抢险救援、疏散转移、医疗救护、后勤保障、信息报告五个小组；依托沙河铺微型消防站（9人）和安全志愿者服务队。",
        ("h", "三、风险分析"), "出租屋和群租房火灾、农批市场火灾和交通事故、瓶装液化气泄漏、沙河汛期洪涝和溺水、小作坊电气火灾。",
        ("h", "四、预警和先期处置"), "接报后5分钟内向街道报告，组织自救互救、疏散群众、保护现场。",
        ("h", "五、应急保障"), "应急避难场所2处（沙河小学操场、铺前安置小区广场），应急物资见应急物资台账。",
        ("h", "六、预案管理"), "本预案每三年修订一次，每半年至少组织一次演练。",
        ("sig", [JWH, zh("2023-11-02")]),
    ])
    p = reg(f"{F(27)}/沙河铺社区防汛防溺水专项应急预案.pdf", "防汛防溺水专项应急预案（PDF）", [7], [5], "2024-05-08")
    pdf(p, "2024-05-08", "沙河铺社区防汛防溺水专项应急预案", [
        "沙河自西向东穿过辖区，沙河铺段河堤2.4公里，下沙湾低洼区约40户；辖区鱼塘11口。",
        ("h", "一、响应分级"), "根据区防指预警，分Ⅳ、Ⅲ、Ⅱ、Ⅰ级响应；Ⅲ级及以上响应时转移下沙湾低洼区群众。",
        ("h", "二、转移安置"), "转移路线：下沙湾—沙河路—沙河小学；安置点沙河小学（容纳300人）。",
        ("h", "三、防溺水"), "汛期和暑期每周巡河不少于2次，发现儿童玩水立即劝离并通知家长；落水事件先抛投救生器材，拨打110/120。",
        ("sig", [JWH, zh("2024-05-08")]),
    ])
    rnd = R("em")
    team = [[i, masked(rnd), rnd.choice(["微型消防站", "抢险队", "疏散转移组", "医疗救护组", "志愿者"]), rnd.choice(["上沙湾", "下沙湾", "沙河佳苑", "铺前安置小区", "农批市场"]),
             f"139{rnd.randint(10000000, 99999999)}"] for i in range(1, 37)]
    mat = [[1, "灭火器（4kg）", 120, "微型消防站、各楼栋"], [2, "沙袋", 1200, "下沙湾仓库"], [3, "救生衣", 40, "微型消防站"], [4, "救生圈", 36, "沿河、鱼塘"],
           [5, "应急照明灯", 30, "社区仓库"], [6, "担架", 4, "卫生服务站"], [7, "冲锋舟", "1（租赁）", "街道"], [8, "帐篷", 12, "社区仓库"], [9, "急救包", 20, "卫生服务站"]]
    p = reg(f"{F(28)}/应急队伍及应急物资台账.xlsx", "应急队伍（36人）及物资台账", [7], [], "2025-06-15")
    xlsx(p, "2025-06-15", [{"name": "应急队伍", "title": "沙河铺社区应急队伍花名册", "header": ["序号", "姓名", "队伍", "片区", "联系电话"], "rows": team, "merge_col": 3},
                           {"name": "应急物资", "title": "应急物资台账（2025年6月盘点）", "header": ["序号", "物资", "数量", "存放地点"], "rows": mat},
                           {"name": "避难场所", "title": "应急避难场所", "header": ["序号", "名称", "面积", "容纳人数"],
                            "rows": [[1, "沙河小学操场", "6800㎡", 3000], [2, "铺前安置小区广场", "2600㎡", 1200]]}])

    def one(dr, path, kind, fmt="docx"):
        d = dr[0]
        blocks = drill_blocks(*dr) + [("sig", [f"记录：{CLERK}", zh(d)])]
        p = reg(path, kind, [7], [], d)
        (docx if fmt == "docx" else pdf)(p, d, dr[1] + "记录", blocks)

    one(DRILLS[0], f"{F(29)}/出租屋火灾疏散应急演练记录（2023.11）.docx", "演练记录：2023年11月出租屋火灾疏散演练")
    body = [("b", "本汇编收录2024年度社区组织的应急演练记录（演练方案、签到表、照片另存）。")]
    for k, dr in enumerate(DRILLS[1:3], 1):
        body += [("pb",), ("c", f"演练{CN_NUM[k - 1]}：{dr[1]}（{zh(dr[0])}）")] + drill_blocks(*dr)
    p = reg(f"{F(29)}/2024年度应急演练记录汇编.docx", "演练记录汇编2024：5月防汛防溺水演练、11月农批市场消防演练（2024年演练只在此汇编内）", [7], [5], "2024-12-20")
    docx(p, "2024-12-20", "2024年度应急演练记录汇编", body)
    one(DRILLS[3], f"{F(29)}/燃气泄漏应急演练记录（2025年4月）.docx", "演练记录：2025年4月燃气泄漏演练")
    one(DRILLS[4], f"{F(29)}/地震应急疏散演练记录（2026.3）.docx", "演练记录：2026年3月地震应急疏散演练")
    one(DRILLS[5], f"{F(29)}/防汛应急演练记录及评估（2026年7月）.pdf", "演练记录PDF：2026年7月防汛演练", fmt="pdf")
    p = reg(f"{F(29)}/防汛应急演练现场（2026.7.8）.jpg", "照片：2026年7月防汛演练", [7], [], "2026-07-08")
    photo(p, "flood", at("2026-07-08", 9, 12))


# ================================================================ 指标32-35 监测与监督
HAZ_HEADER = ["序号", "排查日期", "排查类型", "场所类别", "场所/单位", "隐患描述", "等级", "整改措施", "责任人", "整改期限", "整改完成日期", "复查人", "销号日期", "备注"]


def haz_sheets(a, b, fmt):
    groups = []
    for h in HAZ:
        if not (a <= h["found"] <= b):
            continue
        name = "2023年9-12月" if h["found"] < dt.date(2024, 1, 1) else qlabel(h["found"])
        if not groups or groups[-1][0] != name:
            groups.append((name, []))
        groups[-1][1].append(h)
    conv = {"date": lambda x: x, "zh": zh, "dots": dots}[fmt]
    sheets = []
    for name, hs in groups:
        rows = []
        for i, h in enumerate(hs, 1):
            rows.append([i, conv(h["found"]), h["type"], h["kind"], h["place"], h["desc"], h["level"], h["measure"], h["who"], conv(h["deadline"]),
                         conv(h["done"]) if h["done"] else None, h["checker"] or None, conv(h["close"]) if h["close"] else None, h["note"] or None])
        sheets.append({"name": name, "title": f"沙河铺社区隐患排查治理台账（{name}）", "sub": ["填报单位：沙河铺社区居委会　　填报人：何晓东"],
                       "header": HAZ_HEADER, "rows": rows, "fmt": "yyyy-m-d", "merge_col": 2,
                       "widths": {5: 20, 6: 30, 8: 24, 10: 12, 11: 12, 13: 12}})
    return sheets


def build_e8():
    sh = haz_sheets(dt.date(2023, 9, 1), dt.date(2024, 12, 31), "date")
    p = reg(f"{F(32)}/隐患排查治理台账（2023.9-2024.12）.xlsx", "隐患排查治理台账（2023.9—2024.12，按季度分sheet，排查日期合并单元格）", [8], [11, 3], "2024-12-31")
    xlsx(p, "2024-12-31", sh)
    sh25 = haz_sheets(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "zh")
    sh26 = haz_sheets(dt.date(2026, 1, 1), dt.date(2026, 8, 31), "dots")
    p = reg(f"{F(32)}/隐患排查治理台账（2025-2026）.xlsx", "隐患排查治理台账（2025.1—2026.8，按季度分sheet；2026年二、三季度4项逾期未整改未销号）", [8], [11, 3], "2026-08-31")
    xlsx(p, "2026-08-31", sh25 + sh26)
    n_rows = len([h for h in HAZ])
    HAZSTAT["n"] = n_rows
    HAZSTAT["open_overdue"] = len([h for h in HAZ if h["overdue"]])

    parts = [
        ("城北区应急管理局安全检查意见书", "2024-05-16", "城北应急检〔2024〕112号",
         ["2024年5月15日，区应急管理局对沙河街道沙河铺社区及农批市场开展汛前和城乡结合部安全检查，发现问题6项：1．农批市场冷库氨制冷机房无泄漏报警；2．东门装卸区人车混行；3．木业加工厂配电箱无漏电保护；4．沙河佳苑7栋地下车库应急照明损坏；5．下沙湾鱼塘无警示标志；6．社区应急物资台账不全。",
          "要求6月15日前整改完毕并报送整改情况。"]),
        ("沙河街道安办汛前安全检查情况报告", "2025-06-18", "沙河安办〔2025〕14号",
         ["2025年6月16日至17日，街道安办对沙河铺社区沙河沿岸、鱼塘、低洼区和农批市场进行汛前检查，河堤护栏缺损1处、鱼塘救生圈缺失2个、农批市场灭火器压力不足3具，已当场交办社区整改，6月25日复查全部整改。"]),
        ("城北区消防救援大队出租屋复查情况", "2025-11-20", "城北消〔2025〕51号",
         ["2025年11月18日，区消防救援大队对2024年通报的9项出租屋问题进行复查：8项已整改；下沙湾56号群租房夹芯板隔断仅拆除一层，仍有住人，要求街道继续督办。"]),
        ("城北区安委办安全社区创建督导检查意见", "2026-04-22", "城北安委办〔2026〕8号",
         ["2026年4月21日，区安委办对沙河铺社区安全社区创建工作进行督导。总体认为组织机构健全、项目有特色、台账较为规范。",
          "指出问题：1．下沙湾56号群租房夹芯板隔断长期未整改，应挂牌督办；2．小作坊线路改造率偏低（64.1%），三合一场所整治需加快；3．创建档案中部分材料未按指标归类。",
          "请于6月底前整改，整改情况报区安委办。"]),
    ]
    body = [("b", f"整理：{CLERK}　　收录上级部门对本社区的安全检查和督导文书4份。")]
    for t, d, no, paras in parts:
        body += [("pb",), ("title", t), ("b", f"文号：{no}　　日期：{zh(d)}")] + paras
    p = reg(f"{F(32)}/上级安全检查情况汇编（2024-2026）.pdf", "上级检查汇编PDF：区应急局检查意见、街道汛前检查、消防大队复查、区安委办督导（4份）", [8], [11, 12], "2026-04-30")
    pdf(p, "2026-04-30", "上级安全检查情况汇编（2024—2026年）", body)


HAZSTAT = {}


# ================================================================ 指标36-39 事故与伤害记录
INJ_HEADER = ["序号", "就诊日期", "姓名", "性别", "年龄", "人员类别", "伤害发生地点", "伤害原因", "伤害性质", "严重程度", "处置", "登记人"]


def build_e9():
    p = reg(f"{F(36)}/说明.txt", "说明（GBK编码）：伤害监测制度见制度汇编第九项，登记表见指标37", [], [9], "2026-08-30")
    text(p, "指标36 事故与伤害记录制度\n\n《事故与伤害监测制度》收录在指标03《沙河铺社区安全社区创建工作制度汇编》第九项。\n"
            "伤害监测登记表见指标37，年度伤害统计分析见指标38。\n火灾、道路交通事故由沙河消防救援站、沙河交警中队按季度提供，见指标37文本文件。\n\n整理人：陈丽\n", "gbk")

    sheets = []
    for y, fmt in ((2023, "date"), (2024, "dots"), (2025, "zh"), (2026, "slash")):
        rows = []
        for i, r in enumerate([r for r in INJ if r["date"].year == y], 1):
            dv = {"date": r["date"], "dots": dots(r["date"]), "zh": zh(r["date"]), "slash": slash(r["date"])}[fmt]
            who = "王玉兰" if y < 2026 else "王玉兰"
            rows.append([i, dv, r["name"], r["sex"], r["age"], r["who"], r["place"], CATNAME[r["cat"]], r["nature"], r["sev"], r["care"],
                         rnd_nurse(r) if y < 2025 else who])
        sheets.append({"name": f"{y}年", "title": f"沙河铺社区伤害监测登记表（{y}年{'9—12月' if y == 2023 else ''}）",
                       "sub": [f"监测单位：{CLINIC}　　报送：促进委员会办公室"], "header": INJ_HEADER, "rows": rows, "fmt": "yyyy-mm-dd",
                       "widths": {7: 18, 8: 16, 9: 18}})
    p = reg(f"{F(37)}/伤害监测登记表（2023-2026）.xlsx", f"伤害监测登记表（按年分sheet，{len(INJ)}例，2026年sheet最后一例为4月）", [9], [3], "2026-08-31")
    xlsx(p, "2026-08-31", sheets, author="王玉兰")

    rnd = R("firetraffic")
    lines = ["沙河铺社区辖区火灾及道路交通事故季度统计（消防救援站、交警中队提供）", "季度\t火灾起数\t其中出租屋\t其中小作坊\t道路交通事故起数\t受伤人数\t死亡人数\t提供单位"]
    for y in (2023, 2024, 2025, 2026):
        for q in (1, 2, 3, 4):
            if (y, q) < (2023, 4) or (y, q) > (2026, 2):
                continue
            fire = rnd.choice([0, 1, 1, 2]) if y < 2025 else rnd.choice([0, 0, 1])
            rent = min(fire, rnd.choice([0, 1]))
            lines.append(f"{y}年第{q}季度\t{fire}\t{rent}\t{fire - rent}\t{rnd.randint(2, 7) if y < 2025 else rnd.randint(1, 4)}\t{rnd.randint(1, 6)}\t0\t沙河消防救援站/沙河交警中队")
    lines.append("注：2023年第3季度（9月）数据并入第4季度；2026年第3季度数据待提供。")
    p = reg(f"{F(37)}/辖区火灾及道路交通事故季度统计.txt", "消防、交警提供的火灾和交通事故季度统计（GBK文本，2023Q4—2026Q2）", [9], [3, 8], "2026-07-15")
    text(p, "\n".join(lines) + "\n", "gbk")

    def analysis(path, d, a, b, title, kind, note):
        rows, n = inj_table(a, b)
        sel = inj(a, b)
        who = {}
        for r in sel:
            who[r["who"]] = who.get(r["who"], 0) + 1
        old = len([r for r in sel if r["age"] >= 60])
        body = [("h", "一、数据来源"), f"{CLINIC}伤害监测登记表（{zh(a)}—{zh(b)}），区人民医院转诊记录核对。",
                ("h", "二、总体情况"), f"期内登记伤害病例{n}例，其中男性{len([r for r in sel if r['sex'] == '男'])}例；60岁以上{old}例；"
                + "；".join(f"{k}{v}例" for k, v in sorted(who.items())) + "。",
                ("t", rows),
                ("h", "三、分析"), note,
                ("h", "四、建议"), "继续将老年人跌倒、道路交通作为重点；加强流动人口伤害登记；数据报促进委员会作为项目调整依据。",
                ("sig", [CLINIC + "、" + PC + "办公室", zh(d)])]
        p = reg(path, kind, [9], [3], d)
        docx(p, d, title, body, author="王玉兰")
        return n

    n23 = analysis(f"{F(38)}/2023年9-12月伤害监测分析.docx", "2024-01-18", dt.date(2023, 9, 1), dt.date(2023, 12, 31),
                   "沙河铺社区2023年9—12月伤害监测分析报告", "伤害分析：2023年9—12月（2024年1月形成）",
                   "创建启动后四个月，伤害以老年人跌倒、道路交通（农批市场周边）为主，与诊断报告基线结构一致。")
    n24 = analysis(f"{F(38)}/2024年度伤害监测统计分析报告.docx", "2025-01-22", dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                   "沙河铺社区2024年度伤害监测统计分析报告", "伤害分析：2024年度（2025年1月形成）",
                   "与基线相比，道路交通伤害在东门人车分流后有所下降，但与老年人跌倒仍居前两位；流动人口伤害占比较高。")
    n25 = analysis(f"{F(38)}/伤害监测统计分析报告（2026.1）.docx", "2026-01-20", dt.date(2025, 1, 1), dt.date(2025, 12, 31),
                   "沙河铺社区2025年度伤害监测统计分析报告", "伤害分析：2025年度（文件名只写2026.1，2026年1月形成）",
                   "2025年伤害就诊人数较基线下降，老年人跌倒和道路交通伤害继续下降；锐器伤较上年上升，多发生在农批市场摊位和小作坊，建议纳入经营户和小作坊业主培训内容。")
    INJSTAT.update(n23=n23, n24=n24, n25=n25, n26=len(inj("2026-01-01", "2026-12-31")), total=len(INJ))

    p = reg(f"{F(45)}/纠正预防措施记录（农批市场三轮车碰撞事件）.docx", "纠正预防措施记录：2025年7月农批市场三轮车碰撞伤人事件（调查、措施、验证）", [11], [9, 5], "2025-08-15")
    docx(p, "2025-08-15", "纠正预防措施记录", [
        ("t", [["事件", "农批市场C区三轮车倒车碰撞行人", "发生时间", "2025年7月21日6:40"],
               ["伤亡", "1人右小腿骨折（转区人民医院）", "报告人", "马永刚"]]),
        ("h2", "一、原因分析"), "C区改造施工期间卸货位临时取消，三轮车在通道内倒车卸货，无人指挥；驾驶人未观察后方。",
        ("h2", "二、纠正措施"), "1．施工期间在C区北侧设置临时卸货区；2．早市增加协管员2名；3．对三轮车驾驶人开展警示教育（7月25日，46人）。",
        ("h2", "三、预防措施"), "将施工期间临时交通组织纳入项目方案和月度排查；在项目评估中跟踪此类事件。",
        ("h2", "四、验证"), "8月4日、11日复查，临时卸货区运行正常，未再发生类似事件。验证人：何晓东、曹文杰。",
        ("sig", [PC + "办公室", zh("2025-08-15")]),
    ])


INJSTAT = {}


def rnd_nurse(r):
    return ["王玉兰", "吕晓红"][r["age"] % 2]


# ================================================================ 指标40-46 档案、预防与纠正
def build_e11():
    notices = [("2024-03-08", "下沙湾33号出租屋", "私拉乱接电线、插座串接", "7日", "2024-03-13", "许建平"),
               ("2024-05-17", "农批市场冷库", "氨制冷机房无泄漏报警装置", "30日", "2024-06-12", "马永刚"),
               ("2024-05-17", "楚江沙河木业加工厂", "配电箱无漏电保护器", "7日", "2024-05-22", "冯志军"),
               ("2024-11-13", "下沙湾56号群租房", "隔断使用易燃夹芯板", "30日", "", "房东 林**"),
               ("2025-03-11", "鑫达铝合金门窗加工点", "焊接作业无动火审批", "7日", "2025-03-15", "业主 郑**"),
               ("2025-09-16", "沙河佳苑3栋", "消防栓无水", "7日", "2025-09-20", "潘立新")]
    body = [("b", "收录社区下发的隐患整改通知书及责任单位回执（按时间排列）。")]
    for i, (d, place, desc, lim, done, who) in enumerate(notices, 1):
        body += [("pb",), ("title", f"隐患整改通知书（沙河铺安改〔{D(d).year}〕{i:02d}号）"),
                 ("b", f"{who}："), f"{zh(d)}检查发现你单位（户）{place}存在以下隐患：{desc}。请于{lim}内整改完毕，整改完成后报社区复查销号。",
                 ("sig", [JWH, zh(d)]), ("b", "——————回　执——————")]
        if done:
            body.append(f"已于{zh(done)}整改完毕，请复查。　　责任人：{who}　　复查意见：复查合格，同意销号。复查人：{CLERK}　{zh(D(done) + days(1))}")
        else:
            body.append(f"收到通知，因租户尚未搬离，申请延期整改。　　责任人：{who}　　社区意见：同意延期至2024年12月31日，逾期报街道挂牌督办。")
    p = reg(f"{F(44)}/隐患整改通知书及回执汇编（2024-2025）.pdf", "整改通知书及回执汇编PDF（6份，下沙湾56号群租房延期未整改）", [11], [8], "2025-12-10")
    pdf(p, "2025-12-10", "隐患整改通知书及回执汇编（2024—2025年）", body)


def build_e10():
    events = [("2023-08-28", "街道印发《沙河铺社区安全社区创建实施方案》（沙河街发〔2023〕29号），创建周期2023年9月1日至2026年8月31日。"),
              ("2023-09-05", "成立沙河铺社区安全社区创建促进委员会。"), ("2023-09-12", "召开创建启动大会暨促进委员会第一次全体会议。"),
              ("2023-09-20", "《安全社区创建工作制度汇编》施行。"), ("2023-10-20", "完成社区安全诊断报告。"),
              ("2023-11-06", "印发六个安全促进项目实施方案。"), ("2023-11-24", "首次应急演练（出租屋火灾疏散）。"),
              ("2024-05-29", "农批市场东门人车分流设施投入使用。"), ("2024-06-18", "参加全国安全社区建设经验交流会。"),
              ("2024-09-12", "小作坊线路改造一期完成38家。"), ("2024-11-12", "区消防救援大队出租屋专项检查通报。"),
              ("2025-03-10", "调整促进委员会组成人员。"), ("2025-05-12", "赴临江区学习考察。"), ("2025-07-22", "电动自行车集中充电棚建成。"),
              ("2025-11-28", "完成四个项目效果评估汇编。"), ("2025-12-18", "完成农批市场交通项目效果评估。"),
              ("2026-03-19", "地震应急疏散演练。"), ("2026-04-21", "区安委办督导检查。"), ("2026-07-08", "防汛应急演练。"),
              ("2026-08-26", "促进委员会第十二次例会审议自查报告初稿。"), ("2026-08-31", "创建周期结束。"), ("2026-09-08", "自查报告定稿。")]
    p = reg(f"{F(41)}/安全社区创建大事记.docx", "创建大事记（2023.8—2026.9）", [10], [1, 12], "2026-09-10")
    docx(p, "2026-09-10", "沙河铺社区安全社区创建大事记", [("t", [["日期", "事项"]] + [[zh(d), t] for d, t in events]), ("sig", [f"整理：{ARCHIVIST}", zh("2026-09-10")])],
         author=ARCHIVIST)


# ================================================================ 指标47-50 评审与持续改进
def build_e12(funds):
    def summary(path, d, title, kind, paras, also=(4, 1)):
        p = reg(path, kind, [12], list(also), d)
        docx(p, d, title, paras + [("sig", [PC, zh(d)])])

    summary(f"{F(48)}/2023年度安全社区工作总结.docx", "2024-01-12", "沙河铺社区2023年度（9—12月）安全社区工作总结",
            "工作总结：2023年9—12月（2024年1月形成）", [
                "2023年9月创建启动以来，成立促进委员会，印发实施方案和制度汇编，完成安全诊断，确定六个安全促进项目并成立项目组，召开促进委员会会议2次。",
                f"伤害监测：9—12月登记伤害{len(inj('2023-09-01', '2023-12-31'))}例。应急演练：11月组织出租屋火灾疏散演练1次。培训宣传5次、参加483人次。",
                "不足：项目刚起步，部分村组长对月度排查要求不熟悉。2024年重点：项目全面实施、签订目标责任书。"])
    summary(f"{F(4)}/2024年度安全社区工作总结暨绩效评审报告.docx", "2025-01-24", "沙河铺社区2024年度安全社区工作总结暨绩效评审报告",
            "工作总结暨绩效评审：2024年度（2025年1月形成；误归入指标04计划文件夹）", [
                ("h", "一、年度目标完成情况"),
                f"全年登记伤害{INJSTAT['n24']}例；道路交通伤害较基线下降；未发生较大及以上事故；居民安全知识知晓率抽样78.6%（目标80%，未完全达到）。",
                ("h", "二、主要工作"),
                "促进委员会召开例会4次；签订目标责任书19份；组织应急演练2次（5月防汛防溺水、11月农批市场消防）；培训宣传8次；月度隐患排查12次，发现隐患整改率100%（下沙湾56号群租房延期）；参加全国经验交流会1次。",
                ("h", "三、绩效评审意见"),
                "促进委员会1月23日组织评审，认为组织运行正常、项目推进总体顺利；问题：知晓率未达标、群租房整治滞后、小作坊改造进度慢。",
                ("h", "四、持续改进措施"),
                "1．知晓率：增加流动人口专题讲座；2．群租房：列入街道挂牌督办；3．小作坊：2025年实施二期改造。"], also=(4, 1, 11))
    summary(f"{F(48)}/2025年度安全社区工作总结暨绩效评审报告.docx", "2026-01-26", "沙河铺社区2025年度安全社区工作总结暨绩效评审报告",
            "工作总结暨绩效评审：2025年度（2026年1月形成）", [
                ("h", "一、年度目标完成情况"),
                f"全年登记伤害{INJSTAT['n25']}例，较基线下降；老年人跌倒、道路交通伤害继续下降；居民安全知识知晓率抽样86.2%。",
                ("h", "二、主要工作"),
                "促进委员会召开例会3次（三季度例会因防汛和农批市场改造未召开）；签订目标责任书20份；应急演练1次（4月燃气泄漏；下半年演练未组织，顺延至2026年3月）；培训宣传9次；五个项目完成效果评估；危险源清单完成两年复核。",
                ("h", "三、绩效评审意见"),
                "促进委员会1月23日组织评审：五个项目达到或基本达到预期目标；问题：例会和演练未完全按制度执行，小作坊项目评估未开展，群租房隐患长期未整改。",
                ("h", "四、持续改进措施"),
                "1．严格执行季度例会和半年演练制度；2．小作坊项目二期完成后开展评估；3．群租房由街道挂牌督办。"], also=(4, 1, 11))

    total = 0.0
    rows = []
    ded = {1: (0.8, 0.7, 1.2, "2025年三季度例会未召开"), 16: (0.8, 0.7, 1.2, "2026年度工作计划未单独印发"), 20: (0.8, 0.7, 0.84, "小作坊项目评估未完成"),
           29: (0.8, 0.7, 1.2, "2025年下半年演练未组织"), 37: (0.8, 0.7, 1.2, "5月起登记交接滞后，正在补录"), 44: (0.8, 1.0, 0.84, "个别较大隐患整改滞后"),
           26: (0.8, 0.7, 1.2, "培训效果评价以测试为主"), 13: (0.8, 1.0, 0.84, "流动儿童分析不够细"),
           9: (0.8, 1.0, 0.84, "流动人口参与率偏低"), 19: (0.8, 1.0, 0.84, "村组自建房老人覆盖不足"), 22: (0.8, 0.7, 1.2, "改进措施跟踪记录不全"),
           31: (0.8, 0.7, 1.2, "预案未开展评审"), 34: (0.8, 0.7, 0.84, "监测指标未形成体系"), 35: (0.8, 1.0, 0.84, "考核结果运用不足"),
           46: (0.8, 0.7, 1.2, "部分措施未验证"), 41: (0.8, 0.7, 1.2, "部分材料归类不准")}
    for i in range(1, 51):
        a, b, c, why = ded.get(i, (0.8, 1.0, 1.2, ""))
        s = round(a + b + c, 2)
        total += s
        rows.append([i, f"{IND_EL[i]}.{EL_NAME[IND_EL[i]]}", IND[i], a, b, c, s, why or None])
    total = round(total, 2)
    p = reg(f"{F(49)}/自评打分表（50项指标）.xlsx", f"自评打分表（50项，自评{total}分）", [12], [10], "2026-09-08")
    xlsx(p, "2026-09-08", [{"name": "自评", "title": "沙河铺社区安全社区自评打分表", "sub": ["依据：全国安全社区现场评定表（50项二级指标，每项3分：有无0.8、痕迹1.0、效果1.2）"],
                            "header": ["序号", "一级指标", "二级指标", "有无", "痕迹", "效果", "得分", "扣分说明"], "rows": rows,
                            "foot": [f"合计：{total}分"], "merge_col": 2, "widths": {2: 24, 3: 26, 8: 30}}])
    SELF["total"] = total

    p = reg(f"{F(49)}/沙河铺社区安全社区创建自查报告.docx", "自查报告（2026年9月，承认例会、演练、伤害登记交接、小作坊评估等问题）", [12], [10, 1], "2026-09-08")
    docx(p, "2026-09-08", "沙河铺社区安全社区创建自查报告", [
        ("h", "一、基本情况"),
        f"{COMM}地处{CITY}{DIST}城乡结合部，辖两个村民小组和两个安置小区，户籍人口6420人、流动人口约9800人。本次创建周期为2023年9月1日至2026年8月31日。",
        ("h", "二、对照评定指标的自查情况"),
        "（一）创建机构与职责：促进委员会及六个项目组运行正常，三年召开促进委员会会议12次；2025年三季度例会因防汛和农批市场改造未召开。",
        f"（二）经费投入：三年投入创建经费{funds}万元。",
        "（三）风险辨识：完成安全诊断和LEC辨识，2025年9月完成两年复核。",
        "（四）目标计划：实施方案目标量化；2024、2025年度计划印发执行，年度目标责任书每年签订。",
        "（五）安全促进项目：六个项目全部实施，五个项目完成效果评估，小作坊用电安全项目因二期改造未完成，评估待改造完成后开展。",
        "（六）宣传培训：三年组织集中培训宣传28次，房东、经营户、小作坊业主每年均有培训。",
        "（七）应急：预案2部，演练6次；2025年下半年演练未组织，已于2026年3月补组织。",
        "（八）监督：月度隐患排查持续开展，隐患整改率97.8%。",
        f"（九）伤害记录：卫生服务站累计登记伤害病例{INJSTAT['total']}例以上，每年1月完成上一年度分析；2026年5月站长调离后登记交接滞后，正在补录。",
        "（十）档案：按50项指标分类整理，编制归档文件目录。",
        ("h", "三、自评结果"), f"自评得分{total}分。",
        ("h", "四、下一步"), "针对自查问题落实持续改进计划，做好现场评定准备。",
        ("sig", [PC, cn("2026-09-08")]),
    ])
    p = reg(f"{F(50)}/持续改进计划（2026-2027）.docx", "持续改进计划（创建期满后）", [12], [4, 11], "2026-09-10")
    docx(p, "2026-09-10", "沙河铺社区安全社区持续改进计划（2026年9月—2027年12月）", [
        ("t", [["序号", "问题", "改进措施", "责任人", "完成时限"],
               ["1", "小作坊项目未评估、改造率低", "完成二期剩余12家改造，2027年3月前开展效果评估", "孙立军、冯志军", "2027年3月"],
               ["2", "群租房等较大隐患整改滞后", "街道挂牌督办，必要时联合执法", "孙立军", "2026年10月"],
               ["3", "伤害登记交接滞后", "卫生服务站补录5月以来病例，设置AB岗", "赵敏", "2026年9月"],
               ["4", "例会、演练执行不到位", "年初排定例会和演练日历，纳入目标考核", "何晓东", "2027年1月"]]),
        ("sig", [PC + "办公室", zh("2026-09-10")]),
    ])


SELF = {}


# ================================================================ catalogue (root)
RESP = [("城北区安全生产治本攻坚", "城北区安全生产委员会"), ("区消防救援大队", "城北区消防救援大队"), ("上级安全检查", "城北区应急管理局等"),
        ("辖区火灾及道路交通", "沙河消防救援站、沙河交警中队"), ("伤害监测", "沙河铺社区卫生服务站"), ("伤害监测统计", "沙河铺社区卫生服务站"),
        ("促进委员会的通知", "沙河街道办事处"), ("组成人员的通知", "沙河街道办事处"), ("创建实施方案", "沙河街道办事处"),
        ("入户燃气", "楚江燃气公司城北服务站、沙河铺社区"), ("农批市场", "农批市场管理办")]


def resp(f):
    for key, who in RESP:
        if key in f["path"]:
            return who
    return "沙河铺社区居委会"


def build_catalogue():
    rows = []
    for i, f in enumerate(sorted(FILES, key=lambda f: (f["path"].split("/")[0], f["date"], f["path"])), 1):
        folder = f["path"].split("/")[0]
        rows.append([i, folder, TITLE[f["path"]], resp(f), d8(f["date"]),
                     os.path.splitext(f["path"])[1][1:].upper(), f["path"], None])
    p = reg("归档文件目录.xlsx", "归档文件目录（按指标文件夹逐件著录，根目录）", [10], [], "2026-09-15")
    xlsx(p, "2026-09-15", [
        {"name": "封面", "title": "沙河铺社区安全社区创建档案　归档文件目录", "header": ["项目", "内容"],
         "rows": [["全宗名称", JWH], ["类别", "安全社区创建档案（按全国安全社区现场评定表50项二级指标分类）"], ["起止时间", "2023年8月—2026年9月"],
                  ["整理人", ARCHIVIST], ["检查人", CLERK], ["编制日期", "2026年9月15日"]]},
        {"name": "目录", "title": "归档文件目录", "header": ["序号", "指标", "题名", "责任者", "日期", "格式", "存放位置", "备注"], "rows": rows,
         "widths": {2: 28, 3: 44, 7: 60}},
    ], author=ARCHIVIST)


# ================================================================ the judgement
P_MIN = f"{F(1)}/2023-2026年促进委员会会议纪要汇编.docx"
P_RULES = f"{F(3)}/沙河铺社区安全社区创建工作制度汇编.docx"
P_PROJ = f"{F(17)}/关于印发沙河铺社区六个安全促进项目实施方案的通知.docx"
P_EVAL = f"{F(20)}/安全促进项目效果评估报告汇编（2025年）.pdf"
P_SHOP = f"{F(18)}/三小场所用电安全检查登记.xlsx"
P_INJ = f"{F(37)}/伤害监测登记表（2023-2026）.xlsx"
P_HAZ = f"{F(32)}/隐患排查治理台账（2025-2026）.xlsx"
P_SELF = f"{F(49)}/沙河铺社区安全社区创建自查报告.docx"
P_S25 = f"{F(48)}/2025年度安全社区工作总结暨绩效评审报告.docx"
P_S24 = f"{F(4)}/2024年度安全社区工作总结暨绩效评审报告.docx"
P_DR24 = f"{F(29)}/2024年度应急演练记录汇编.docx"
P_GAS = f"{F(18)}/入户燃气安全检查台账（2024年）.xlsx"
P_A25 = f"{F(38)}/伤害监测统计分析报告（2026.1）.docx"
P_CAT = "归档文件目录.xlsx"
P_PLAN = f"{F(4)}/沙河铺社区安全社区创建实施方案.docx"
P_3Y = f"{F(4)}/城北区安全生产治本攻坚三年行动方案（2024—2026年）.pdf"


def judgement(funds):
    el = {
        "1": {"evidenced": "partial", "reason": f"红头文件成立跨部门促进委员会（沙河街发〔2023〕31号：街道、派出所、消防、交警、市场监管、城管、卫生服务站、学校、农批市场、村组、物业、小作坊业主和志愿者代表），2025年调整成员；六个项目组和数据统计组（沙河铺居发〔2023〕12号）；十一项制度汇编；经费{funds}万元。但制度规定促进委员会每季度召开一次例会，会议纪要汇编12次会议中2025年只有3月、6月、12月三次，三季度例会未召开（6月纪要写明“下次例会9月下旬召开”，2025年度总结和自查报告承认）。"},
        "2": {"evidenced": True, "acceptable_verdicts": [True, "partial"], "reason": f"参加全国经验交流会（2024.6）、赴临江区学习考察（2025.5）、接待江湾街道来访交流（2026.4）；意见建议登记（GBK CSV，{OPINIONS[0]}条，均在7个工作日内答复）；一网三库每季度更新；志愿者花名册48人及三年活动记录。"},
        "3": {"evidenced": True, "acceptable_verdicts": [True, "partial"], "reason": "安全诊断报告（基线2022.9—2023.8，两高一脆弱、六个重点问题）、1126份问卷汇总、LEC危险源辨识清单（16项）；制度规定每两年复核，2025年9月完成复核。"},
        "4": {"evidenced": "partial", "reason": "实施方案（目标量化、周期二〇二三年九月一日至二〇二六年八月三十一日）、2024年度和2025年度工作计划、2024—2026年目标责任书签订汇总（每年3月底前签订）齐全；但制度规定每年1月底前制定年度工作计划，2026年度工作计划创建期内始终未制定（2026年3月例会纪要：待区三年行动方案中期调整后再行印发；自评表第16项承认）。区三年行动方案只是上级来文。"},
        "5": {"evidenced": "partial", "reason": "六个项目都有实施方案（载明目标、措施、评估时间）和实施记录；出租屋、防跌倒、燃气、防溺水四个项目的评估在2025年汇编PDF里，农批市场交通项目评估单独成文（归在指标18）；小作坊（三小场所）用电安全项目方案承诺2025年12月评估，只有检查登记和线路改造汇总，没有效果评估（2025年12月例会纪要、2025年度总结、自查报告均承认）。"},
        "6": {"evidenced": True, "acceptable_verdicts": [True, "partial"], "reason": "宣教设施清单和文化长廊照片；四份培训记录（2023年9—12月、2024、2025、2026年1—8月汇编，共28次，均有签到人数），每季度都有居民宣传，房东、经营户、小作坊业主每年均有集中培训；宣传活动登记按年分sheet。"},
        "7": {"evidenced": "partial", "reason": "综合应急预案、防汛防溺水专项预案、应急队伍和物资台账齐全；演练：2023.11出租屋火灾、2024.5防汛防溺水和2024.11农批市场消防（只在2024年汇编里）、2025.4燃气泄漏（照片误归指标25）、2026.3地震、2026.7防汛。制度规定每半年至少一次，2025年下半年没有演练（2025年12月纪要、2025年度总结、自查报告承认）。"},
        "8": {"evidenced": True, "acceptable_verdicts": [True, "partial"], "reason": "两本隐患排查治理台账按季度分sheet，创建期每个月都有月度排查，节前、汛前专项检查；上级检查汇编PDF（4份）、消防大队出租屋通报（误归指标17）；各项目检查记录（出租屋、燃气入户、三小场所、巡河）。逾期隐患计入要素11（也可在要素8报告）。"},
        "9": {"evidenced": "partial", "reason": f"伤害监测制度、卫生服务站伤害监测登记表（{INJSTAT['total']}例，按年分sheet）、2023年9—12月、2024年度、2025年度（2026年1月形成）分析报告、消防交警季度统计、纠正预防记录都有；但登记表2026年sheet最后一例是4月，5月至8月31日没有登记（站长调离，6月纪要要求“不断档”但没有续登，自查报告承认“正在补录”）。"},
        "10": {"evidenced": "partial", "reason": "按50项指标分文件夹归档，根目录归档文件目录逐件著录，有大事记；但档案管理制度规定查阅、借阅须填写《档案查阅借阅登记簿》，档案中没有任何查阅借阅登记（指标42 档案利用没有材料）；另有几件文件归错指标文件夹。"},
        "11": {"evidenced": "partial", "reason": "整改通知书及回执汇编、纠正预防措施记录（农批市场三轮车碰撞，已验证）、消防大队通报和复查都有；但制度规定一般隐患7日、较大隐患30日内整改并复查销号，2025—2026台账中4项隐患到创建期末超过整改期限仍无整改完成日期和销号日期（农批市场东门装卸区隔离护栏、下沙湾56号群租房夹芯板、鑫达铝合金门窗加工点三合一、铺前安置小区电动车棚线路）。"},
        "12": {"evidenced": True, "acceptable_verdicts": [True, "partial"], "reason": "2023年度（9—12月）总结（2024年1月）、2024年度总结暨绩效评审（2025年1月，误归指标04）、2025年度总结暨绩效评审（2026年1月）、自查报告和50项自评打分表、持续改进计划齐全。"},
    }
    gaps = [
        {"id": "G1", "element": 1, "also": [], "match": [["2025"], ["例会", "会议", "纪要"]], "record_level": False,
         "related": [P_MIN, P_RULES, P_S25, P_SELF], "note": "2025年三季度促进委员会例会未召开（制度每季度一次；汇编中2025年只有3月、6月、12月）"},
        {"id": "G2", "element": 5, "also": [12], "match": [["小作坊", "三小场所", "用电"], ["评估", "效果", "评价"]], "record_level": False,
         "related": [P_PROJ, P_SHOP, P_EVAL, P_MIN], "note": "小作坊（三小场所）用电安全项目没有效果评估（方案承诺2025年12月）"},
        {"id": "G3", "element": 9, "also": [3], "record_level": True,
         "match": [["伤害"], ["2026年5月", "5月", "5—8月", "5-8月", "中断", "停止", "断档", "不连续", "止于", "未登记", "暂停", "间断", "提前结束", "早于"]],
         "related": [P_INJ], "note": "伤害监测登记最后一例2026-04-13，5—8月没有登记（也见会议纪要汇编第十一次例会、自查报告）"},
        {"id": "G4", "element": 11, "also": [8], "record_level": True,
         "match": [["隐患"], ["逾期", "超期", "未整改", "过期", "未闭环", "未销号", "超过整改期限", "超出整改期限", "超过期限"]],
         "related": [P_HAZ], "note": "4项隐患超过整改期限未整改、未销号（2026年二、三季度sheet；制度见制度汇编第八项）"},
        {"id": "G5", "element": 7, "also": [], "match": [["2025"], ["演练"]], "record_level": False,
         "related": [P_RULES, f"{F(29)}/燃气泄漏应急演练记录（2025年4月）.docx", P_MIN, P_S25], "note": "2025年下半年没有应急演练（制度每半年至少一次）"},
        {"id": "G6", "element": 10, "also": [], "match": [["借阅", "查阅", "利用"], ["登记", "记录", "台账", "簿"]], "record_level": False,
         "related": [P_RULES, P_CAT], "note": "没有档案查阅借阅登记（制度要求《档案查阅借阅登记簿》）"},
        {"id": "G7", "element": 4, "also": [1], "match": [["2026"], ["计划"]], "record_level": False,
         "related": [P_RULES, f"{F(4)}/2025年度安全社区工作计划.docx", P_MIN], "note": "2026年度工作计划未制定（制度要求每年1月底前）"},
    ]
    traps = [
        {"id": "T1", "element": 7, "match": [["2024"], ["演练"]], "related": [P_DR24],
         "note": "2024年两次演练（5月防汛防溺水、11月农批市场消防）只在《2024年度应急演练记录汇编》里，没有单独文件，不是缺失"},
        {"id": "T2", "element": 8, "match": [["2025"], ["燃气", "液化气", "入户"]], "related": [P_GAS],
         "note": f"2025年入户燃气复查只在文件名为“（2024年）”的台账第二个sheet“2025年复查”里（{GAS['n25']}户），不是缺失"},
        {"id": "T3", "element": 9, "match": [["2025"], ["伤害"], ["分析", "统计"]], "related": [P_A25],
         "note": "2025年度伤害统计分析存在：文件名“伤害监测统计分析报告（2026.1）”，2026-01-20形成，符合“每年1月完成上一年度分析”"},
        {"id": "T4", "element": 12, "match": [["2024"], ["总结", "评审"]], "related": [P_S24],
         "note": "2024年度总结暨绩效评审报告存在：2025-01-24形成，归在指标04计划文件夹里"},
    ]
    probes = [
        {"id": "P1", "query": "群租房 夹芯板 消防检查通报", "must_in_top5": [f"{F(17)}/区消防救援大队出租屋消防安全专项检查通报.pdf"]},
        {"id": "P2", "query": "瓶装液化气 复查 ABC分类", "must_in_top5": [P_GAS]},
        {"id": "P3", "query": "防溺水 巡河 鱼塘", "must_in_top5": [f"{F(18)}/沙河防溺水巡查记录（2024-2026）.xlsx"]},
        {"id": "P4", "query": "三轮车 碰撞 纠正预防措施", "must_in_top5": [f"{F(45)}/纠正预防措施记录（农批市场三轮车碰撞事件）.docx"]},
        {"id": "P5", "query": "适老化改造 扶手 防滑垫", "must_in_top5": [f"{F(18)}/老年人居家适老化改造登记.xlsx"]},
        {"id": "P6", "query": "2025年度 伤害监测 统计分析", "must_in_top5": [P_A25]},
    ]
    files = sorted(FILES, key=lambda f: f["path"])
    head = ("# Expert judgement of chengjiao (沙河铺社区, 楚江市城北区沙河街道, 城乡结合部, 城市型), written from the files before any\n"
            "# zicha run. Schema: shared/tools/README.md. Generated by make_chengjiao.py from its file registry.\n"
            "# period: 实施方案 沙河街发〔2023〕29号 (二〇二三年九月一日至二〇二六年八月三十一日), 会议纪要汇编, 大事记, 自查报告;\n"
            "# decoys: 区三年行动方案（2024—2026年）, diagnosis baseline 2022.9—2023.8, calendar-year plans 2024/2025.\n")
    doc = {"community_name": "沙河铺", "assessment_period": {"start": iso(PERIOD[0]), "end": iso(PERIOD[1])}, "files": files,
           "elements": el, "gaps": gaps, "traps": traps, "probes": probes}
    with open(JUDGEMENT, "w", encoding="utf-8") as f:
        f.write(head)
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=200)
    return doc


# ================================================================ main
def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    build_e1()
    funds = build_e4()
    build_e2()
    build_e3()
    build_e4b()
    build_e5()
    build_e6()
    build_e7()
    build_e8()
    build_e9()
    build_e11()
    build_e10()
    build_e12(funds)
    build_catalogue()
    doc = judgement(funds)

    # checks: every judged path exists, every file is judged, no duplicates
    on_disk = set()
    for dp, dn, fn in os.walk(OUT):
        for n in fn:
            on_disk.add(os.path.relpath(os.path.join(dp, n), OUT).replace(os.sep, "/"))
    judged = [f["path"] for f in doc["files"]]
    assert len(judged) == len(set(judged)), "duplicate paths in the judgement"
    missing = sorted(set(judged) - on_disk)
    unjudged = sorted(on_disk - set(judged))
    assert not missing, f"judged but absent: {missing}"
    assert not unjudged, f"present but not judged: {unjudged}"
    refs = [p for g in doc["gaps"] + doc["traps"] for p in g.get("related", [])] + [p for pr in doc["probes"] for p in pr["must_in_top5"]]
    bad = sorted(set(p for p in refs if p not in on_disk))
    assert not bad, f"gap/trap/probe paths not in the archive: {bad}"
    for f in doc["files"]:
        assert f["elements"] or f["also_acceptable"], f["path"]
    size = 0
    for dp, dn, fn in os.walk(OUT):
        for n in fn:
            size += os.path.getsize(os.path.join(dp, n))
            os.utime(os.path.join(dp, n), (MTIME, MTIME))
    for dp, dn, fn in sorted(os.walk(OUT), reverse=True):
        os.utime(dp, (MTIME, MTIME))
    write_notes(doc, funds)
    print(f"{len(on_disk)} files, {size / 1e6:.2f} MB, period {iso(PERIOD[0])}..{iso(PERIOD[1])}")


def write_notes(doc, funds):
    n_files = len(doc["files"])
    ext = {}
    for f in doc["files"]:
        e = os.path.splitext(f["path"])[1][1:]
        ext[e] = ext.get(e, 0) + 1
    fmt = ", ".join(f"{v} {k}" for k, v in sorted(ext.items()))
    rules = "\n".join(f"- **{h.split('、', 1)[1]}**: " + " ".join(items) for h, items in RULES)
    gaps = "\n".join(f"- **{g['id']}** (E{g['element']}{'; also ' + ', '.join('E' + str(x) for x in g['also']) if g['also'] else ''}"
                      f"{'; record-level' if g['record_level'] else ''}): {g['note']}. Files: " + "; ".join(f"`{p}`" for p in g["related"]) for g in doc["gaps"])
    traps = "\n".join(f"- **{t['id']}** (E{t['element']}): {t['note']}. Files: " + "; ".join(f"`{p}`" for p in t["related"]) for t in doc["traps"])
    table = "\n".join(f"| `{f['path']}` | {f['date']} | {f['kind']} | {', '.join(map(str, f['elements'])) or '—'} "
                       f"({', '.join(map(str, f['also_acceptable']))}) |" for f in doc["files"])
    el = "\n".join(f"- **E{k} {EL_NAME[int(k)]}** — {v['evidenced'] if v['evidenced'] != True else 'true'}"
                    f"{' (also acceptable: ' + '/'.join('true' if x is True else str(x) for x in v['acceptable_verdicts']) + ')' if 'acceptable_verdicts' in v else ''}: {v['reason']}"
                    for k, v in doc["elements"].items())
    od = [h for h in HAZ if h["overdue"]]
    odl = "\n".join(f"  - {h['place']}：{h['desc']}（{h['level']}，发现{iso(h['found'])}，期限{iso(h['deadline'])}，无整改完成/销号日期，sheet “{qlabel(h['found'])}”）" for h in od)
    text_ = NOTES_TEMPLATE.format(n_files=n_files, fmt=fmt, funds=funds, rules=rules, gaps=gaps, traps=traps, table=table, el=el, odl=odl,
                                  inj_total=INJSTAT["total"], n23=INJSTAT["n23"], n24=INJSTAT["n24"], n25=INJSTAT["n25"], n26=INJSTAT["n26"],
                                  n25gas=GAS["n25"], self_total=SELF["total"], n_haz=HAZSTAT["n"], opinions=OPINIONS[0],
                                  f60=EVAL["f60"], trf=EVAL["trf"])
    with open(NOTES, "w", encoding="utf-8") as f:
        f.write(text_)


NOTES_TEMPLATE = """# chengjiao: notes for the reviewer and the gap labeller

Generated by `make_chengjiao.py` (do not edit by hand; change the generator and rerun). Deterministic: two runs give
byte-identical files (sha256 over the tree, also under a different PYTHONHASHSEED); every file's mtime is 2026-09-20 10:00.
The judgement `chengjiao.judgement.yaml` was written from the generator's registry before any zicha run.

## The community

**沙河铺社区** (沙河铺社区居民委员会), 楚江市城北区沙河街道, an urban-rural fringe (城乡结合部) community formed from the former
沙河铺村 by 村改居. Type: 城市型 (城乡结合部). 3.6 km²; 户籍 6420, 流动人口 ≈ 9800, 60岁以上 1380 (独居/高龄 217).

- two 村民小组 / 自然村: **上沙湾**, **下沙湾** (村民自建房 → 1360 户出租屋, 群租房 e.g. 下沙湾56号);
- two 安置小区: **沙河佳苑** (12栋, 960户), **铺前安置小区** (8栋, 540户);
- **楚江城北农副产品批发市场** (“沙河农批市场”, 680 经营户, ≈4200 vehicles/day, 东门装卸区, 冷库氨制冷);
- 92 小作坊/“三小场所” (木器加工, 食品加工, 汽修, 废品收购, 铝合金门窗), some “三合一”;
- 沙河 river with 11 鱼塘 (a child drowned in July 2023); 沙河小学; 沙河铺社区卫生服务站 (runs the injury register).

促进委员会 (沙河街发〔2023〕31号): 主任 周建国 (街道办主任), 副主任 孙立军 (街道分管副主任) and 刘春梅 (社区党委书记), members from
派出所, 消防救援站, 交警中队, 市场监管所, 城管, 卫生服务站 (王玉兰), 沙河小学, 农批市场管理办 (马永刚), both 村民小组, both 物业,
a 小作坊 owner, the 志愿者服务队 (余秀兰); office = 社区安全专干 **何晓东** (keeps most records); 兼职档案员 **陈丽**.
Six projects (沙河铺居发〔2023〕14号): 出租屋消防, 农批市场交通 (人车分流), 老年人防跌倒, 瓶装液化气入户 (ABC分类), 儿童防溺水,
小作坊 (三小场所) 用电安全. Funds {funds} 万元 (方案: ≥120 万元).

## Assessment period

- **2023-09-01 to 2026-08-31** (three years, not calendar aligned).
- Stated in the 实施方案 `指标04 长期和年度工作目标计划/沙河铺社区安全社区创建实施方案.docx` (沙河街发〔2023〕29号, 2023-08-28:
  「本次安全社区创建周期为三年，自二〇二三年九月一日起至二〇二六年八月三十一日止」, plus a stage table 2023年9月 … 2026年9月以后),
  the first meeting in the 会议纪要汇编 (「创建周期为2023年9月1日至2026年8月31日」), the 大事记 and the 自查报告.
- Decoys: 区《安全生产治本攻坚三年行动方案（2024—2026年）》 (2024-01 — 2026-12, `指标04 …/城北区安全生产治本攻坚三年行动方案（2024—2026年）.pdf`);
  diagnosis baseline 2022年9月—2023年8月; calendar-year plans 2024 and 2025; the 持续改进计划 2026年9月—2027年12月.
- Archive closed in September 2026: 自查报告 and 自评打分表 2026-09-08, 大事记 and 持续改进计划 2026-09-10, 归档文件目录 2026-09-15.

## Filing style (new in this repository): folders named after the national scoring sheet's indicators

- Top-level folders `指标NN 名称` after the office's copy of the 50-item 全国安全社区现场评定表 (12 一级 / 50 二级; 1-5 → E1,
  6-9 → E2, 10-13 → E3, 14-16 → E4, 17-22 → E5, 23-26 → E6, 27-31 → E7, 32-35 → E8, 36-39 → E9, 40-42 → E10, 43-46 → E11,
  47-50 → E12). Only the indicators 1-13, 15, 17, 18, 20, 24, 25, 27-29, 32, 36-38, 41, 44, 45, 48-50 have folders.
  Note that in the real sheet 指标04 (“长期和年度工作目标和工作计划”) and 指标05 (资金) belong to 一级指标1; the judgement maps plans to E4 (also E1).
- Four folders hold only a `说明.txt` pointing elsewhere (指标09, 10, 13 in UTF-8; 指标36 in **GBK**).
- **Compilations (汇编)**: 促进委员会会议纪要汇编 (12 meetings, each with its own heading and date, page breaks), four 培训记录 (2023年9—12月,
  2024, 2025, 2026年1—8月; each training with date, place, 主讲, 签到人数), 2024年度应急演练记录汇编 (2 drills), 项目效果评估报告汇编 PDF
  (4 evaluations), 上级安全检查情况汇编 PDF (4 inspection letters), 隐患整改通知书及回执汇编 PDF (6 notices), 项目实施方案 (6 schemes as 附件).
- **Multi-sheet workbooks** with title rows, merged title/sub-title rows and merged date cells, dates in mixed forms: Excel date cells
  (2023 injury sheet, 2023-24 hazard ledger, 2024 gas sheet …), `2024.3.5`, `2025年3月5日`, `2026/03/05`:
  伤害监测登记表 (sheets 2023年/2024年/2025年/2026年, {inj_total} rows), 隐患排查治理台账 ×2 (one sheet per quarter, {n_haz} rows),
  入户燃气 ABC workbooks, 出租屋检查, 三小场所用电, 防溺水巡查, 适老化改造, 经费, 目标责任书, 志愿者, 宣传登记, 自评打分表.
- Formats: {fmt} ({n_files} files). GBK: `指标07 …/居民安全意见建议登记表.csv`, `指标36 …/说明.txt`, `指标37 …/辖区火灾及道路交通事故季度统计.txt`.
  Photos (no text inside, caption only in the file name and the catalogue).
- Root `归档文件目录.xlsx` (sheet 封面 + 目录: 序号/指标/题名/责任者/日期(8 digits)/格式/存放位置).
- **Misfiled** (judge by content):
  - `指标04 长期和年度工作目标计划/2024年度安全社区工作总结暨绩效评审报告.docx` → E12 (a summary/review in the plans folder);
  - `指标17 安全促进项目策划/区消防救援大队出租屋消防安全专项检查通报.pdf` → E8 (also E11);
  - `指标25 宣传教育与培训活动/燃气泄漏应急演练照片（2025.4.16）.jpg` → E7 (a drill photo among the trainings);
  - softer: the 农批市场 project evaluation sits in 指标18 (实施), not 指标20 (评估).

## The community's own rules (yardstick): `指标03 工作制度与职责/沙河铺社区安全社区创建工作制度汇编.docx` (2023-09-20)

{rules}

Also: the 实施方案 (经费 ≥120万元, targets), each project scheme's promised evaluation month (小作坊 2025年12月), the 2024/2025 plans (one drill per half-year).

## Element verdicts (as in the judgement)

{el}

## Planted gaps (really in the archive)

{gaps}

Details:
- **G1**: the compilation has meetings on 2023-09-12, 2023-10-26, 2024-03-21, 06-25, 09-24, 12-26, 2025-03-25, 06-24, **2025-12-23**, 2026-03-24, 06-23, 08-26.
  The 2025-06-24 minutes end with 「下次例会9月下旬召开」; 2025年度总结 says 「促进委员会召开例会3次（三季度例会因防汛和农批市场改造未召开）」; the 自查报告 admits it;
  the 自评打分表 deducts 指标1. A report of “2025年会议少于4次” is **true**; a report on any other year/quarter is **false** (the compilation contradicts it).
- **G2**: the scheme (附件6) promises evaluation in 2025年12月; the 2025 evaluation compilation covers only 出租屋/防跌倒/燃气/防溺水, the 农批 evaluation is separate
  (`指标18 …/农批市场交通安全项目效果评估报告.docx`); for 小作坊 there are only the 三小场所检查登记 (with a 线路改造汇总 sheet: 59/92 = 64.1%) and a photo.
  The 2025-12-23 minutes, 2025年度总结, 自查报告 and 持续改进计划 admit it. A “no evaluation” report for any of the other five projects is **false**.
- **G3**: sheet 2026年 has {n26} rows, last on 2026-04-13; 2026年5—8月 nothing. The 2026-06-23 minutes say 王玉兰 left in May and demand 「不断档」; the 自查报告 says 「登记交接滞后，正在补录」.
  Counts: 2023年9—12月 {n23}, 2024 {n24}, 2025 {n25}. A report that the register stops early / has no 2026 May-August entries is **true**.
- **G4**: the overdue items at 2026-08-31 (rule: 一般7日, 较大30日, 复查销号):
{odl}
  One more open item (上沙湾41号出租屋, found 2026-08-27, deadline 2026-09-03) is **within** its deadline: reporting it as overdue is **false**.
  Supporting: 下沙湾56号 was already in the 2024 消防通报 and the 整改通知汇编 (延期至2024-12-31), the 2025-11 消防复查 and the 2026-04 区安委办督导 in the 上级检查汇编 PDF.
- **G5**: drills on 2023-11-24, 2024-05-30, 2024-11-08, 2025-04-16, 2026-03-19, 2026-07-08; nothing between 2025-07-01 and 2025-12-31.
  Admitted by the 2025-12-23 minutes, the 2025年度总结 and the 自查报告. “2025年演练只有1次 / 下半年无演练” is **true**.
- **G6**: 制度汇编第十项 requires a 《档案查阅借阅登记簿》; there is none anywhere (no 指标42 folder). The self-assessment does not mention it.
- **G7**: 制度汇编第三项: plan by 1月底 each year. 2024 and 2025 plans exist; for 2026 only the 2026-03-24 minutes (「2026年度工作计划待区里方案下达后再行印发」);
  自评打分表 指标16 deducts it. The 区三年行动方案 is not a community plan.

## Traps (look like gaps, are not)

{traps}

## Soft points (thin, but a reviewer would not insist) — label such reports **strict**

- 2023 covers only September–December: no exchange activity in 2023, the 2023 summary is a 工作总结 without a formal 绩效评审.
- 2026 (January–August) is not a full year: 2026 年度总结/评审, 2026 H2 beyond the July drill, the 2026Q3 一网三库 update and the fire/traffic statistics for 2026Q3 are not due.
- Only one catalogue (2026-09-15); the rule says it is updated at each year end — earlier versions not kept.
- Only two plans (综合 + 防汛防溺水); no separate fire or gas 专项预案 (the drills and the 综合预案 cover them).
- Hazard ledger: place/description pairs are sometimes loosely matched, responsible persons given as 房东/业主; 复查 by the same 安全专干 every time.
- 知晓率 2024 78.6% against a target of 80% (a performance shortfall reported in the 2024 review, not a missing record).
- 小作坊 改造率 64.1% against the project target of 90% (part of G2's context, not a separate archive gap).
- 项目组 quarterly reports are recorded only as lines in the committee minutes; there are no separate 项目组会议纪要.
- No separate 组织机构图 (the 成立通知 lists the committee; the 项目组通知 lists the groups).
- 意见建议 {opinions} entries, all answered within 7 working days — a report of unanswered opinions is **false**.
- Evaluation figures for 防跌倒 ({f60} falls 60+ in 2024.9—2025.8 vs 23 baseline) and 农批交通 ({trf} vs 27) come from the register itself.
- Self-assessment total {self_total} (not a gap).

## Files

| path | date | kind | elements (also acceptable) |
|---|---|---|---|
{table}
"""


if __name__ == "__main__":
    main()
