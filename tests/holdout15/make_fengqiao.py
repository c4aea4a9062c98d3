#!/usr/bin/env python3
"""Generate the holdout archive 枫桥社区 (tests/holdout15/fengqiao/) and its expert judgement.

枫桥社区 (宁川市西湖区枫林街道, 城市型社区): a 安全社区 creation archive (AQ/T 9001-2006) for the
创建周期 2024-04-01 .. 2026-03-31, closed in April 2026. The office filed it **by the scoring sheet**:
top folders are named after indicators ("指标01 创建机构（促进委员会）", "3-2 伤害监测", "指标29-30 评审与
持续改进" ...), numbered imperfectly, with byte-identical copies of one document in several indicator
folders, pointer stubs ("见3-2伤害监测.txt"), broken Windows shortcuts (.lnk) and photos.

Deterministic: fixed content, fixed-seed RNGs, fixed core-property dates and zip entry times,
reportlab in invariant mode with SOURCE_DATE_EPOCH per file, fixed mtimes (2026-05-10 10:00 +08:00)
on every file and folder. Rerunning gives identical bytes (given the same library versions), also
under another PYTHONHASHSEED (no set/dict-order dependence).

It also writes fengqiao.judgement.yaml from the registry below (files section generated, verdicts,
gaps, traps and probes written by hand in JUDGEMENT_TAIL) and self-checks that every file written is
in the judgement, every judged path exists, duplicates are byte-identical, and the planted gaps are
not contradicted by the registers.

Needs python-docx, openpyxl, reportlab, Pillow, PyYAML and the WenQuanYi TrueType font.
"""
import calendar
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import shutil
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fengqiao")
JUDGEMENT = os.path.join(HERE, "fengqiao.judgement.yaml")
MTIME = calendar.timegm(dt.datetime(2026, 5, 10, 2, 0, 0).timetuple())  # 2026-05-10 10:00 +08:00

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
]
FONT_PATH = None

# ----------------------------------------------------------------------------------------------
# registry: every file written is registered with the expert's reading of it
# ----------------------------------------------------------------------------------------------

REG = []  # dicts: path, kind, elements, also, date, flags


def R(path, kind, elements, also=(), date=None, flags=None):
    REG.append({"path": path, "kind": kind, "elements": list(elements), "also": list(also),
                "date": date, "flags": dict(flags or {})})


# ----------------------------------------------------------------------------------------------
# writers
# ----------------------------------------------------------------------------------------------

def register_font():
    global FONT_PATH
    for p in FONT_CANDIDATES:
        if os.path.exists(p):
            pdfmetrics.registerFont(TTFont("CJK", p, subfontIndex=0))
            FONT_PATH = p
            return
    sys.exit("no TrueType CJK font found: apt-get install -y fonts-wqy-microhei")


def D(s):
    if len(s) == 10:
        s += " 09:00"
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def path_of(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def normalize_zip(path, when, modified=None):
    modified = modified or when
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = "%04d-%02d-%02dT%02d:%02d:00Z"
    c = stamp % (when.year, when.month, when.day, when.hour, when.minute)
    m = stamp % (modified.year, modified.month, modified.day, modified.hour, modified.minute)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                t = data.decode("utf-8")
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % c, t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % m, t)
                data = t.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, when.hour, when.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _set_east_asian(run_or_style, name):
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def parse_blocks(text):
    """Mini markup: '# ' title, '## ' heading, '>> ' right, '^^ ' centred, '!! ' red banner,
    '--' red rule, '| a | b |' table rows."""
    blocks = []
    rows = None
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if rows is None:
                rows = []
                blocks.append(("table", rows))
            rows.append(cells)
            continue
        rows = None
        if not line:
            continue
        if line.startswith("# "):
            blocks.append(("title", line[2:]))
        elif line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith(">> "):
            blocks.append(("right", line[3:]))
        elif line.startswith("^^ "):
            blocks.append(("center", line[3:]))
        elif line.startswith("!! "):
            blocks.append(("red", line[3:]))
        elif line == "--":
            blocks.append(("rule", ""))
        else:
            blocks.append(("p", line))
    return blocks


def docx(rel, text, date, author="周晓燕", modified=None, title="", font="仿宋_GB2312"):
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(12)
    st.font.name = "Times New Roman"
    _set_east_asian(st, font)
    for kind, val in parse_blocks(text):
        if kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j in range(ncol):
                    t.cell(i, j).text = r[j] if j < len(r) else ""
            continue
        if kind == "rule":
            d.add_paragraph("—" * 30).alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        p = d.add_paragraph()
        run = p.add_run(val)
        if kind in ("title", "red"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(18 if kind == "title" else 22)
            _set_east_asian(run, "方正小标宋简体")
        elif kind == "h":
            run.bold = True
            _set_east_asian(run, "黑体")
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.paragraph_format.first_line_indent = Pt(24)
    when = D(date)
    mod = D(modified) if modified else when + dt.timedelta(hours=6)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 2
    cp.created = when
    cp.modified = mod
    cp.last_printed = mod
    p = path_of(rel)
    d.save(p)
    normalize_zip(p, when, mod)


def pdf(rel, text, date, author="Administrator", title=""):
    when = D(date)
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm((when - dt.timedelta(hours=8)).timetuple()))
    p = path_of(rel)
    base = ParagraphStyle("b", fontName="CJK", fontSize=11, leading=17, wordWrap="CJK", firstLineIndent=22)
    sty = {
        "p": base,
        "title": ParagraphStyle("t", parent=base, fontSize=16, leading=24, alignment=TA_CENTER, firstLineIndent=0,
                                spaceAfter=8),
        "red": ParagraphStyle("red", parent=base, fontSize=20, leading=30, alignment=TA_CENTER, firstLineIndent=0,
                              textColor=colors.red, spaceAfter=4),
        "h": ParagraphStyle("h", parent=base, fontSize=12, firstLineIndent=0, spaceBefore=4),
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
    }
    cell = ParagraphStyle("cell", fontName="CJK", fontSize=9, leading=12, wordWrap="CJK")
    story = []
    for kind, val in parse_blocks(text):
        if kind == "table":
            ncol = max(len(r) for r in val)
            data = [[Paragraph(r[j] if j < len(r) else "", cell) for j in range(ncol)] for r in val]
            t = Table(data, colWidths=[(170 * mm) / ncol] * ncol)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "rule":
            story.append(HRFlowable(width="100%", thickness=2, color=colors.red, spaceBefore=2, spaceAfter=10))
        else:
            story.append(Paragraph(val, sty[kind]))
    doc = SimpleDocTemplate(p, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=title, author=author, creator="WPS 文字",
                            producer="WPS 文字", invariant=1)
    doc.build(story)
    del os.environ["SOURCE_DATE_EPOCH"]


def txt(rel, text, encoding="utf-8", bom=False, crlf=True):
    body = text.strip("\n") + "\n"
    if crlf:
        body = body.replace("\n", "\r\n")
    data = body.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path_of(rel), "wb") as f:
        f.write(data)


def xlsx(rel, sheets, date, author="周晓燕", modified=None):
    """sheets: list of (sheet title, table title or None, header, rows, widths)."""
    wb = Workbook()
    first = True
    for name, heading, header, rows, widths in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        r0 = 1
        if heading:
            ws.cell(row=1, column=1, value=heading).font = Font(bold=True, size=14)
            ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
            r0 = 2
        for j, h in enumerate(header, 1):
            c = ws.cell(row=r0, column=j, value=h)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for i, row in enumerate(rows, r0 + 1):
            for j, v in enumerate(row, 1):
                ws.cell(row=i, column=j, value=v)
        for j, w in enumerate(widths or [], 1):
            ws.column_dimensions[chr(64 + j)].width = w
        ws.freeze_panes = ws.cell(row=r0 + 1, column=1)
    when = D(date)
    mod = D(modified) if modified else when + dt.timedelta(hours=5)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = mod
    p = path_of(rel)
    wb.save(p)
    normalize_zip(p, when, mod)


def jpg(rel, seed, when=None, exif=False, label=None):
    r = random.Random(seed)
    w, h = 480, 360
    img = Image.new("RGB", (w, h), (r.randint(120, 200), r.randint(140, 210), r.randint(150, 220)))
    g = ImageDraw.Draw(img)
    g.rectangle([0, int(h * 0.62), w, h], fill=(r.randint(90, 140), r.randint(90, 130), r.randint(80, 120)))
    for _ in range(r.randint(6, 14)):
        x = r.randint(10, w - 30)
        y = r.randint(int(h * 0.45), int(h * 0.8))
        col = (r.randint(20, 240), r.randint(20, 240), r.randint(20, 240))
        g.ellipse([x, y - 26, x + 14, y - 12], fill=(230, 200, 170))
        g.rectangle([x - 3, y - 12, x + 17, y + 22], fill=col)
    bx0, bx1 = r.randint(20, 80), r.randint(400, 460)
    g.rectangle([bx0, 30, bx1, 70], fill=(200, 30, 30))  # banner
    if label:
        f = ImageFont.truetype(FONT_PATH, 18)
        g.text((bx0 + 10, 40), label, fill=(255, 240, 200), font=f)
    kw = {"quality": 82}
    if exif and when:
        ex = Image.Exif()
        stamp = D(when).strftime("%Y:%m:%d %H:%M:%S")
        ex[0x010F] = "Xiaomi"
        ex[0x0110] = "Redmi K60"
        ex[0x0132] = stamp
        ex.get_ifd(0x8769)[0x9003] = stamp
        kw["exif"] = ex.tobytes()
    img.save(path_of(rel), "JPEG", **kw)


def orgchart(rel, boxes):
    f = ImageFont.truetype(FONT_PATH, 16)
    img = Image.new("RGB", (760, 420), (255, 255, 255))
    g = ImageDraw.Draw(img)
    top = boxes[0]
    g.rectangle([230, 20, 530, 70], outline=(0, 0, 0), width=2)
    g.text((245, 35), top, fill=(0, 0, 0), font=f)
    g.rectangle([280, 110, 480, 155], outline=(0, 0, 0), width=2)
    g.text((300, 122), boxes[1], fill=(0, 0, 0), font=f)
    g.line([380, 70, 380, 110], fill=(0, 0, 0), width=2)
    g.line([380, 155, 380, 200], fill=(0, 0, 0), width=2)
    subs = boxes[2:]
    step = 760 // len(subs)
    g.line([step // 2, 200, 760 - step // 2, 200], fill=(0, 0, 0), width=2)
    for i, s in enumerate(subs):
        x = i * step + step // 2
        g.line([x, 200, x, 230], fill=(0, 0, 0), width=2)
        g.rectangle([x - 40, 230, x + 40, 400], outline=(0, 0, 0), width=2)
        for k, ch in enumerate(s):
            g.text((x - 8, 238 + k * 20), ch, fill=(0, 0, 0), font=f)
    img.save(path_of(rel), "JPEG", quality=90)


def lnk(rel, seed):
    """A broken Windows shortcut: the LNK header and then junk, as a truncated copy looks."""
    r = random.Random(seed)
    head = bytes.fromhex("4c0000000114020000000000c000000000000046")
    data = head + bytes(r.randint(0, 255) for _ in range(r.randint(90, 160)))
    with open(path_of(rel), "wb") as f:
        f.write(data)


def copy(src, dst, kind=None):
    """A byte-identical copy of a registered file, filed under another indicator's folder."""
    shutil.copyfile(os.path.join(OUT, src), path_of(dst))
    orig = next(e for e in REG if e["path"] == src)
    R(dst, kind or orig["kind"] + "（复制件）", orig["elements"], orig["also"], orig["date"],
      {"duplicate_of": src})


# ----------------------------------------------------------------------------------------------
# registers (seeded data; the reports below quote numbers computed from them)
# ----------------------------------------------------------------------------------------------

XIAOQU = ["枫桥苑", "枫林新村", "桥西花园", "翠湖名邸"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤"


def masked(r):
    return r.choice(SURNAMES) + "某" + r.choice(["", "某"])


INJ_MONTHS = {  # (year, month): number of registered injuries; the register stops after 2025-08
    (2024, 4): 10, (2024, 5): 11, (2024, 6): 12, (2024, 7): 12, (2024, 8): 11, (2024, 9): 11,
    (2024, 10): 12, (2024, 11): 10, (2024, 12): 12,
    (2025, 1): 11, (2025, 2): 9, (2025, 3): 10, (2025, 4): 10, (2025, 5): 11, (2025, 6): 10,
    (2025, 7): 12, (2025, 8): 11,
}
INJ_TYPES = [  # cause, weight 2024, weight 2025, places, activities, parts
    ("跌倒/坠落（同一平面）", 31, 24, ["家中", "家中", "小区公共区域", "道路"], ["日常生活", "如厕", "上下楼梯", "散步"], ["髋部", "腕部", "头部", "膝部"]),
    ("道路交通伤", 17, 13, ["道路"], ["骑电动自行车", "骑电动自行车", "步行", "骑自行车"], ["下肢", "上肢", "头部", "多部位"]),
    ("钝器伤/碰撞", 9, 10, ["家中", "学校", "公共场所"], ["日常生活", "玩耍", "体育活动"], ["头部", "上肢", "下肢"]),
    ("锐器伤", 10, 11, ["家中", "工作场所"], ["做家务", "有偿工作"], ["手部"]),
    ("烧烫伤", 7, 7, ["家中"], ["做饭", "做家务"], ["手部", "上肢", "躯干"]),
    ("动物咬伤", 9, 10, ["小区公共区域", "家中"], ["散步", "喂养宠物"], ["下肢", "手部"]),
    ("运动伤害", 7, 8, ["学校", "公共场所"], ["体育活动", "玩耍"], ["踝部", "膝部", "腕部"]),
    ("高处坠落", 3, 3, ["家中", "工作场所"], ["做家务", "有偿工作"], ["下肢", "多部位"]),
    ("中毒", 2, 1, ["家中"], ["日常生活"], ["全身"]),
    ("其他", 3, 3, ["家中", "公共场所"], ["日常生活"], ["其他"]),
]


def make_injuries():
    r = random.Random(1501)
    rows = []
    for (year, month), n in INJ_MONTHS.items():
        days = sorted(r.sample(range(1, calendar.monthrange(year, month)[1] + 1), n))
        for day in days:
            w = [t[1] if year == 2024 else t[2] for t in INJ_TYPES]
            t = r.choices(INJ_TYPES, weights=w)[0]
            typ = t[0]
            if typ.startswith("跌倒"):
                age = r.choice([r.randint(60, 92), r.randint(60, 92), r.randint(62, 88), r.randint(30, 59), r.randint(3, 12)])
            elif typ in ("运动伤害", "钝器伤/碰撞"):
                age = r.choice([r.randint(6, 16), r.randint(6, 16), r.randint(18, 55)])
            elif typ == "道路交通伤":
                age = r.randint(16, 78)
            else:
                age = r.randint(2, 85)
            place = r.choice(t[3])
            act = r.choice(t[4])
            if age < 16 and place == "工作场所":
                place = "家中"
            if age < 16 and act == "有偿工作":
                act = "玩耍"
            sev = r.choices(["轻度", "中度", "重度"], weights=[70, 26, 4])[0]
            inst = r.choices(["枫林街道社区卫生服务中心枫桥服务站", "西湖区人民医院", "宁川市第一人民医院"], weights=[56, 34, 10])[0]
            if sev == "重度":
                inst = r.choice(["西湖区人民医院", "宁川市第一人民医院"])
            res = {"轻度": "处理后回家", "中度": r.choice(["处理后回家", "门诊随访"]), "重度": "住院治疗"}[sev]
            occ = dt.date(year, month, day)
            rep = occ + dt.timedelta(days=r.choice([0, 0, 1, 1, 2, 3]))
            rows.append({
                "date": occ, "rep": rep, "name": masked(r), "sex": r.choice(["男", "女"]), "age": age,
                "xq": r.choices(XIAOQU, weights=[30, 30, 22, 18])[0], "type": typ, "place": place, "act": act,
                "part": r.choice(t[5]), "sev": sev, "inst": inst, "res": res,
                "src": r.choice(["服务站首诊登记", "服务站首诊登记", "网格员上报", "医院反馈", "居民报告"]),
            })
    rows.sort(key=lambda x: (x["date"], x["rep"]))
    for i, x in enumerate(rows, 1):
        x["id"] = "FQ-SH-%04d" % i
    return rows


def inj_stats(inj, start, end):
    sel = [x for x in inj if start <= x["date"] <= end]
    by = {}
    for x in sel:
        by[x["type"]] = by.get(x["type"], 0) + 1
    ranked = sorted(by.items(), key=lambda kv: (-kv[1], kv[0]))
    sev = {k: sum(1 for x in sel if x["sev"] == k) for k in ("轻度", "中度", "重度")}
    xq = {k: sum(1 for x in sel if x["xq"] == k) for k in XIAOQU}
    return {
        "n": len(sel), "by": ranked, "sev": sev, "xq": xq,
        "elder": sum(1 for x in sel if x["age"] >= 60),
        "elder_falls": sum(1 for x in sel if x["age"] >= 60 and x["type"].startswith("跌倒")),
        "child": sum(1 for x in sel if x["age"] < 15),
        "traffic": sum(1 for x in sel if x["type"] == "道路交通伤"),
        "ebike": sum(1 for x in sel if x["act"] == "骑电动自行车"),
        "home": sum(1 for x in sel if x["place"] == "家中"),
        "burn": sum(1 for x in sel if x["type"] == "烧烫伤"),
    }


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "0%"


GAS_B = ["软管超过两年未更换、老化龟裂", "未安装燃气泄漏报警器、软管接头无卡箍", "灶具无熄火保护装置", "厨房封闭、通风不良",
         "软管长度超过2米", "燃气表周边堆放杂物"]
GAS_C = ["软管穿墙敷设", "私自改装燃气管道", "管道气与液化气钢瓶混用", "燃气管道严重锈蚀", "表前阀门漏气"]


def make_gas():
    r = random.Random(1502)
    days24 = [dt.date(2024, 7, 1) + dt.timedelta(days=i) for i in range(0, 89)]
    days24 = [d for d in days24 if d.weekday() < 5]
    grades = ["A"] * 70 + ["B"] * 36 + ["C"] * 14
    r.shuffle(grades)
    g24 = []
    used = set()
    for i, g in enumerate(grades):
        xq = r.choices(XIAOQU, weights=[38, 42, 30, 10])[0]
        while True:
            addr = "%d栋%d单元%d0%d" % (r.randint(1, 24), r.randint(1, 4), r.randint(1, 6), r.randint(1, 4))
            if (xq, addr) not in used:
                used.add((xq, addr))
                break
        who = r.choice(["独居老人", "高龄老人", "出租户", "残疾人家庭", "一般户"])
        prob = "无" if g == "A" else r.choice(GAS_B) if g == "B" else r.choice(GAS_C)
        hand = {"A": "告知安全用气常识", "B": "告知限期整改，发放温馨提示",
                "C": "下发隐患整改通知书，关闭表前阀"}[g]
        g24.append([i + 1, days24[i * len(days24) // len(grades)], xq, addr, masked(r), who, "管道天然气",
                    g, prob, hand, r.choice(["刘洋", "张伟（华润燃气）", "朱婷"])])
    # 2025 re-inspection: every B and C household of 2024
    days25 = [dt.date(2025, 5, 12) + dt.timedelta(days=i) for i in range(0, 40)]
    days25 = [d for d in days25 if d.weekday() < 5]
    bc = [row for row in g24 if row[7] in ("B", "C")]
    res25 = ["A"] * 46 + ["B"] * 3 + ["C"] * 1
    r.shuffle(res25)
    g25 = []
    for i, (row, g) in enumerate(zip(bc, res25)):
        prob = "已整改" if g == "A" else ("仍未更换软管" if g == "B" else "软管穿墙未整改")
        hand = {"A": "复查合格", "B": "再次告知，列入隐患排查台账跟踪", "C": "下发整改通知书（2025年第3号），列入台账"}[g]
        g25.append([i + 1, days25[i * len(days25) // len(bc)], row[2], row[3], row[4], row[5], row[7], g, prob, hand,
                    r.choice(["刘洋", "张伟（华润燃气）"])])
    return g24, g25


def hazard_rows():
    """Hidden-danger ledger: quarterly all-round inspections, holiday and flood-season checks."""
    H = [
        # date, type, xiaoqu, finding, unit, measure, deadline, done, checker
        ("2024-04-26", "季度排查", "枫林新村", "3栋、7栋楼道堆放纸箱杂物", "物业", "清理楼道", "2024-05-05", "2024-05-03", "周晓燕"),
        ("2024-04-26", "季度排查", "枫桥苑", "小区南门消防车通道被占用", "物业", "施划禁停线、劝离车辆", "2024-05-10", "2024-05-08", "王磊"),
        ("2024-05-28", "汛前检查", "桥西花园", "地下车库排水沟堵塞", "物业", "疏通排水沟", "2024-06-05", "2024-06-03", "黄志强"),
        ("2024-05-28", "汛前检查", "枫桥苑", "沿河护栏两处松动", "街道城管科", "加固护栏", "2024-06-10", "2024-06-07", "黄志强"),
        ("2024-07-23", "季度排查", "翠湖名邸", "12栋消防栓水压不足", "物业", "维修加压泵", "2024-08-10", "2024-08-06", "王磊"),
        ("2024-07-23", "季度排查", "枫林新村", "5栋一楼飞线充电", "物业、网格员", "拆除飞线，告知集中充电点", "2024-07-25", "2024-07-24", "朱婷"),
        ("2024-07-23", "季度排查", "桥西花园", "儿童游乐设施螺丝松脱", "物业", "紧固更换", "2024-07-31", "2024-07-29", "周晓燕"),
        ("2024-09-26", "节前检查", "枫桥苑", "沿街餐饮店液化气钢瓶未固定", "店主", "加装钢瓶固定架", "2024-09-30", "2024-09-29", "黄志强"),
        ("2024-10-29", "季度排查", "翠湖名邸", "地下车库电动自行车违规充电", "物业", "清理并张贴告知", "2024-11-05", "2024-11-02", "李建国"),
        ("2024-10-29", "季度排查", "枫林新村", "楼道感应灯损坏6处", "物业", "更换感应灯", "2024-11-10", "2024-11-08", "周晓燕"),
        ("2024-10-29", "季度排查", "枫桥苑", "9栋屋面广告牌锈蚀", "产权单位", "拆除广告牌", "2024-11-30", "2024-11-26", "黄志强"),
        ("2024-11-28", "专项检查", "桥西花园", "4栋消防通道堆放装修垃圾", "物业", "清运", "2024-12-03", "2024-12-02", "王磊"),
        ("2025-01-24", "节前检查", "枫林新村", "空置房内私拉电线", "房东", "拆除并告知", "2025-01-27", "2025-01-26", "朱婷"),
        ("2025-01-24", "节前检查", "翠湖名邸", "2栋防火门闭门器损坏", "物业", "更换闭门器", "2025-02-10", "2025-02-08", "李建国"),
        ("2025-03-25", "季度排查", "枫桥苑", "小区道路坑洼两处（老人易跌倒）", "物业", "修补路面", "2025-04-10", "2025-04-07", "周晓燕"),
        ("2025-03-25", "季度排查", "桥西花园", "电动自行车充电棚烟感失效", "充电运营企业", "更换烟感", "2025-03-31", "2025-03-28", "王磊"),
        ("2025-05-27", "季度排查、汛前检查", "枫桥苑", "沿河步道照明不足", "街道城管科", "增设路灯3盏", "2025-06-20", "2025-06-18", "黄志强"),
        ("2025-05-27", "季度排查、汛前检查", "翠湖名邸", "地下车库挡水板缺失", "物业", "补配挡水板", "2025-06-10", "2025-06-06", "李建国"),
        ("2025-06-24", "燃气复查汇总", "枫桥苑等", "燃气入户复查B类户3户仍未整改", "住户、华润燃气", "再次告知，限期整改", "2025-07-31", "2025-07-28", "刘洋"),
        ("2025-06-24", "燃气复查汇总", "枫林新村", "燃气入户复查C类户1户软管穿墙未整改", "住户、华润燃气", "下发整改通知书，关闭表前阀", "2025-07-15", "2025-07-11", "刘洋"),
        ("2025-07-22", "季度排查", "枫林新村", "11栋外墙瓷砖空鼓脱落风险", "物业、维修基金", "设置警戒区，申请维修", "2025-09-30", "2025-09-24", "黄志强"),
        ("2025-07-22", "季度排查", "桥西花园", "小区水景池无警示标识", "物业", "设置防溺水警示牌和护栏", "2025-07-31", "2025-07-29", "何敏"),
        ("2025-09-09", "专项检查", "翠湖名邸", "高层住宅疏散楼梯间堆放杂物", "物业", "清理", "2025-09-15", "2025-09-13", "王磊"),
        ("2025-09-09", "专项检查", "枫林新村", "老年活动室灭火器过期", "社区", "更换灭火器", "2025-09-20", "2025-09-16", "周晓燕"),
        ("2025-09-25", "节前检查", "枫桥苑", "沿街商铺卷帘门前堆放货物占用通道", "店主", "清理", "2025-09-30", "2025-09-28", "朱婷"),
        ("2025-10-28", "季度排查", "桥西花园", "6栋楼道扶手断裂", "物业", "更换扶手", "2025-11-15", "2025-11-12", "周晓燕"),
        ("2025-10-28", "季度排查", "枫林新村", "自行车棚私拉电线充电", "物业", "拆除", "2025-10-31", "2025-10-30", "朱婷"),
        ("2025-12-16", "专项检查", "翠湖名邸", "冬季地下车库入口坡道结冰", "物业", "铺设防滑垫、备融雪剂", "2025-12-20", "2025-12-18", "李建国"),
        ("2026-01-20", "节前检查", "枫桥苑", "沿街烧烤店油烟管道积油", "店主", "清洗油烟管道", "2026-02-05", "2026-02-03", "王磊"),
        ("2026-01-20", "节前检查", "枫林新村", "独居老人家中电热毯老化", "网格员、家属", "更换电热毯", "2026-01-31", "2026-01-27", "朱婷"),
        ("2026-03-24", "季度排查", "桥西花园", "地下车库照明不足", "物业", "更换灯具", "2026-04-15", "", "李建国"),
        ("2026-03-24", "季度排查", "翠湖名邸", "7栋消防控制室值班记录不全", "物业", "补全记录、加强值班", "2026-03-31", "2026-03-30", "王磊"),
    ]
    rows = []
    for i, h in enumerate(H, 1):
        done = D(h[7]).date() if h[7] else None
        rows.append([i, D(h[0]).date(), h[1], h[2], h[3], "一般隐患", h[4], h[5], D(h[6]).date(), done,
                     h[8] if done else "", "已整改、复查合格" if done else "整改中（未到期）"])
    return rows


# ----------------------------------------------------------------------------------------------
# folders (named after the scoring sheet, numbered the way the office did it: imperfectly)
# ----------------------------------------------------------------------------------------------

F00 = "00 申报及自评材料/"
F01 = "指标01 创建机构（促进委员会）/"
F02 = "指标02 安全促进项目组/"
F03 = "指标03 工作制度/"
F04 = "指标04 目标和计划/"
F05 = "指标05 经费保障/"
F067 = "指标06-07 交流活动与信息渠道/"
F08 = "指标08 志愿者队伍/"
F09 = "指标09 全员参与/"
F31 = "3-1 社区诊断与风险评价/"
F32 = "3-2 伤害监测/"
F33 = "3-3 隐患排查/"
F17 = "指标17 老年人防跌倒/"
F18 = "指标18 儿童安全/"
F19 = "指标19 消防安全/"
F20 = "指标20 燃气安全/"
F21 = "指标21 交通安全/"
F21B = "指标21（2）居家安全/"
F22 = "指标22 应急预案与演练/"
F23 = "指标23 宣传教育培训/"
F24 = "指标24 监测与监督/"
F26 = "指标26 事故伤害记录/"
F27 = "指标27 档案管理/"
F28 = "指标28 预防与纠正措施/"
F29 = "指标29-30 评审与持续改进/"

HDR = "宁川市西湖区枫林街道枫桥社区居民委员会"
MEMBERS = [
    ["主任", "沈国华", "枫林街道办事处副主任"],
    ["常务副主任", "陈丽萍", "枫桥社区党委书记、居委会主任"],
    ["副主任", "黄志强", "枫林街道应急管理办公室主任"],
    ["委员兼办公室主任", "周晓燕", "枫桥社区居委会副主任"],
    ["委员", "林涛", "枫林街道社区卫生服务中心枫桥服务站站长"],
    ["委员", "郑刚", "枫林派出所枫桥警务室社区民警"],
    ["委员", "王磊", "西湖区消防救援大队枫林消防救援站站长"],
    ["委员", "杨帆", "西湖交警大队枫林中队副中队长"],
    ["委员", "何敏", "枫桥小学副校长"],
    ["委员", "刘洋", "宁川华润燃气西湖服务部主管"],
    ["委员", "吴秀英", "枫林街道社会事务科（民政、老龄）科员"],
    ["委员", "李建国", "翠湖名邸物业服务中心经理"],
    ["委员", "马立群", "枫桥苑、枫林新村物业（宁川安居物业）项目经理"],
    ["委员", "孙桂兰", "枫桥社区安全志愿服务队队长"],
    ["委员", "赵德明", "居民代表（枫林新村楼栋长）"],
    ["委员", "朱婷", "枫桥社区网格长"],
]
GROUPS = [
    ["老年人防跌倒项目组", "吴秀英", "林涛", "街道社会事务科、服务站、居委会、物业、志愿者"],
    ["儿童安全项目组", "何敏", "朱婷", "枫桥小学、交警中队、居委会、家长志愿者"],
    ["消防安全项目组", "王磊", "李建国", "消防救援站、两家物业、网格员"],
    ["燃气安全项目组", "刘洋", "马立群", "华润燃气、物业、网格员"],
    ["交通安全项目组", "杨帆", "郑刚", "交警中队、警务室、枫桥小学"],
    ["居家安全项目组", "周晓燕", "赵德明", "居委会、楼栋长、志愿者"],
    ["数据统计组", "林涛", "朱婷", "服务站、网格员"],
]


def committee_table():
    return "\n".join(["| 职务 | 姓名 | 单位及职务 |"] + ["| %s | %s | %s |" % tuple(m) for m in MEMBERS])


def groups_table():
    return "\n".join(["| 项目组 | 组长 | 副组长 | 成员单位 |"] + ["| %s | %s | %s | %s |" % tuple(g) for g in GROUPS])


# ----------------------------------------------------------------------------------------------
# 指标01–05: 机构、项目组、制度、目标计划、经费
# ----------------------------------------------------------------------------------------------

def build_org(ctx):
    pdf(F01 + "关于成立枫桥社区安全社区创建促进委员会的通知.pdf", f"""
!! {HDR}文件
^^ 枫居发〔2024〕8号
--
# 关于成立枫桥社区安全社区创建促进委员会的通知
各居民小区、网格、辖区各单位：
根据《西湖区安全社区建设工作实施意见》和枫林街道统一部署，枫桥社区自2024年4月起启动市级安全社区创建工作，创建周期为2024年4月1日至2026年3月31日。为加强对创建工作的组织领导，整合辖区资源，经研究，决定成立枫桥社区安全社区创建促进委员会，组成人员如下：
{committee_table()}
促进委员会下设办公室（以下简称创建办），设在社区居委会，周晓燕同志兼任办公室主任，负责日常工作及创建档案收集整理。
促进委员会主要职责：组织开展事故与伤害风险辨识及评价；制定社区安全目标和计划；组织落实安全促进项目；整合辖区资源，推动全员参与；组织评审社区安全绩效；为创建工作提供人、财、物保障。促进委员会原则上每季度召开一次全体会议，遇重大事项随时召开。
成员如有变动，由所在单位确定接替人员并报创建办备案。
>> 枫桥社区居民委员会
>> 二〇二四年四月八日
（此件公开发布）
""", "2024-04-08 16:00", title="关于成立枫桥社区安全社区创建促进委员会的通知")
    R(F01 + "关于成立枫桥社区安全社区创建促进委员会的通知.pdf", "成立促进委员会的通知（枫居发〔2024〕8号，红头，含创建周期）",
      [1], [2], "2024-04-08")

    docx(F01 + "促进委员会成员名单及职责分工.docx", f"""
# 枫桥社区安全社区创建促进委员会成员名单及职责分工
（2024年4月）
{committee_table()}
## 职责分工
一、主任：全面领导创建工作，协调街道职能部门和辖区单位，审定年度计划和经费。
二、常务副主任：主持日常工作，召集全体会议，督促项目组落实。
三、副主任：负责风险辨识、隐患排查和应急管理工作的组织协调。
四、办公室主任：负责会议组织、信息汇总、档案管理和对外联络。
五、各委员：按所在单位职能牵头或参与相应安全促进项目，参加促进委员会会议，每半年向促进委员会报告一次项目进展。
>> 枫桥社区安全社区创建办公室
>> 2024年4月10日
""", "2024-04-10")
    R(F01 + "促进委员会成员名单及职责分工.docx", "促进委员会成员名单及职责", [1], [], "2024-04-10")

    orgchart(F01 + "组织架构图.jpg", ["枫桥社区安全社区创建促进委员会", "创建办公室", "防跌倒", "儿童安全", "消防安全",
                                       "燃气安全", "交通安全", "居家安全", "数据统计"])
    R(F01 + "组织架构图.jpg", "组织架构图（图片）", [1], [], "2024-04-10")

    s = ctx["inj_apr_jun24"]
    docx(F01 + "促进委员会成立大会暨第一次全体会议纪要.docx", f"""
# 枫桥社区安全社区创建促进委员会成立大会暨第一次全体会议纪要
会议时间：2024年4月18日下午2:30
会议地点：枫桥社区党群服务中心三楼会议室
主持人：陈丽萍
参会人员：沈国华、黄志强、周晓燕、林涛、郑刚、王磊、何敏、刘洋、吴秀英、李建国、马立群、孙桂兰、赵德明、朱婷（应到16人，实到15人，杨帆请假，签到表附后）
列席：居民代表8人
记录：周晓燕
## 一、会议议题
1. 宣读《关于成立枫桥社区安全社区创建促进委员会的通知》（枫居发〔2024〕8号）；
2. 解读《枫桥社区安全社区创建工作实施方案（2024—2026年）》；
3. 讨论促进委员会工作制度等创建工作制度（草案）；
4. 部署社区安全调查工作。
## 二、会议内容
沈国华主任作动员讲话，指出创建周期为两年（2024年4月至2026年3月），要求各成员单位把创建工作纳入本单位年度工作，做到人员、经费、责任、任务、时间“五落实”。
周晓燕介绍实施方案：创建工作分启动、培训宣传、调查、确定项目、项目实施、自查整档、评定、提高八个阶段推进。
林涛介绍伤害监测工作安排：自4月起由枫桥服务站对首诊伤害病例进行登记，网格员补充上报。
## 三、会议决定
1. 原则通过实施方案，5月上旬前由创建办修改完善工作制度，汇编后印发；
2. 5月上旬至6月中旬开展居民安全需求及伤害情况问卷调查（发放600份）和危险源辨识，6月底前形成社区安全诊断报告；
3. 各成员单位于4月底前确定1名联络员。
>> 枫桥社区安全社区创建办公室
>> 2024年4月19日
""", "2024-04-19")
    R(F01 + "促进委员会成立大会暨第一次全体会议纪要.docx", "促进委员会会议纪要（成立大会，2024-04-18）", [1], [2, 4], "2024-04-18")

    jpg(F01 + "微信图片_20240418152233.jpg", 11, label="枫桥社区安全社区创建启动大会")
    R(F01 + "微信图片_20240418152233.jpg", "照片（启动大会，无说明）", [1], [2], "2024-04-18")

    docx(F01 + "促进委员会2024年第三季度会议纪要.docx", f"""
# 枫桥社区安全社区创建促进委员会2024年第三季度全体会议纪要
会议时间：2024年7月16日上午9:00
会议地点：社区党群服务中心三楼会议室
主持人：陈丽萍
参会人员：沈国华、黄志强、周晓燕、林涛、郑刚、王磊、何敏、刘洋、吴秀英、李建国、马立群、孙桂兰、朱婷（应到16人，实到14人，杨帆、赵德明请假）
记录：周晓燕
## 一、通报情况
1. 社区安全诊断报告已于6月25日形成，问卷发放600份，有效571份；
2. 伤害监测4—6月登记{s['n']}人次，其中60岁以上老年人{s['elder']}人次，跌倒是首位原因；
3. 6月14日开展了防汛应急演练。
## 二、审议事项
1. 审议通过《关于成立安全促进项目组的通知》确定的6个安全促进项目组和数据统计组；
2. 审议老年人防跌倒、儿童安全、燃气安全项目实施方案，原则通过；消防安全、交通安全项目方案7月中旬前报送；
3. 居家安全项目组方案尚未提交，要求周晓燕牵头于9月底前提交。
## 三、下步工作
1. 7—9月开展燃气重点户入户安全检查，实行ABC分类管理；
2. 暑期开展儿童防溺水安全课堂；
3. 8月组织居民议事会讨论翠湖名邸电动自行车充电问题。
>> 枫桥社区安全社区创建办公室
>> 2024.7.17
""", "2024-07-17")
    R(F01 + "促进委员会2024年第三季度会议纪要.docx", "促进委员会会议纪要（2024-07-16）", [1], [5, 3, 9], "2024-07-16")

    g = ctx["gas24_counts"]
    docx(F01 + "促进委员会2024年第四季度会议纪要.docx", f"""
# 枫桥社区安全社区创建促进委员会2024年第四季度全体会议纪要
时间：2024年10月22日14:30
地点：社区党群服务中心三楼会议室
主持人：陈丽萍
出席：沈国华、黄志强、周晓燕、林涛、郑刚、王磊、杨帆、何敏、刘洋、吴秀英、马立群、孙桂兰、赵德明、朱婷（实到15人，李建国请假）
记录：朱婷
## 一、项目进展
1. 燃气入户检查7—9月完成重点户{sum(g.values())}户，A类{g['A']}户、B类{g['B']}户、C类{g['C']}户，C类户已全部下发整改通知书；
2. 老年人防跌倒项目完成独居高龄老人跌倒风险评估，首批适老化改造12月底前完成；
3. 电动自行车集中充电点（枫林新村、桥西花园）已建成投用。
## 二、存在问题
居家安全项目方案仍未提交。交通安全项目组反映校门口上下学时段人车混行，需交警中队配合设置护学岗。
## 三、工作安排
1. 10月25日组织网格员、楼栋长安全业务培训；
2. 11月8日在翠湖名邸开展高层住宅消防应急疏散演练；
3. 12月开展安全促进项目实施情况督查；
4. 2025年1月召开全体会议，开展2024年度管理评审，审议2025年度工作计划。
>> 创建办　2024年10月23日
""", "2024-10-23", author="朱婷")
    R(F01 + "促进委员会2024年第四季度会议纪要.docx", "促进委员会会议纪要（2024-10-22）", [1], [5, 6, 7, 8], "2024-10-22")

    docx(F01 + "促进委员会2025年第一次全体会议纪要.docx", """
# 枫桥社区安全社区创建促进委员会2025年第一次全体会议纪要
会议时间：2025年1月20日上午9:30
会议地点：社区党群服务中心三楼会议室
主持人：沈国华
参会人员：陈丽萍、黄志强、周晓燕、林涛、郑刚、王磊、杨帆、何敏、刘洋、吴秀英、李建国、马立群、孙桂兰、赵德明、朱婷（应到16人，实到16人）
记录：周晓燕
## 一、会议议题
1. 开展2024年度管理评审（评审报告另发）；
2. 通报2024年度伤害监测分析结果；
3. 审议《枫桥社区2025年度安全社区创建工作计划》。
## 二、会议决定
1. 通过2024年度管理评审报告，评审提出的5项改进措施由创建办分解落实，3月底前完成纠正措施记录；
2. 审议通过2025年度工作计划（见附件），印发各成员单位执行；
3. 春节前开展节前安全检查。
附件：枫桥社区2025年度安全社区创建工作计划
>> 枫桥社区安全社区创建办公室
>> 2025年1月21日
""", "2025-01-21")
    R(F01 + "促进委员会2025年第一次全体会议纪要.docx", "促进委员会会议纪要（2025-01-20，管理评审、审议2025年计划）", [1], [12, 4, 9], "2025-01-20")

    docx(F01 + "附件：2025年度安全社区创建工作计划.docx", """
附件
# 枫桥社区2025年度安全社区创建工作计划
（2025年1月20日促进委员会全体会议审议通过）
## 一、年度目标
1. 辖区伤害发生人次较2024年同期下降5%以上，60岁以上老年人跌倒人次下降10%以上；
2. 燃气重点户C类户动态清零；
3. 居民安全知识知晓率达到85%以上；
4. 全年不发生较大及以上安全事故。
## 二、重点工作及时间安排
| 序号 | 工作内容 | 时间 | 责任单位 |
| 1 | 促进委员会每季度召开一次全体会议 | 3月、6月、9月、12月 | 创建办 |
| 2 | 居家安全项目方案制定并实施 | 3月底前 | 居家安全项目组 |
| 3 | 燃气重点户B、C类户复查 | 5—6月 | 燃气安全项目组 |
| 4 | 网格员、楼栋长、志愿者安全业务培训2次 | 5月、10月 | 创建办 |
| 5 | 综合应急演练2次（防汛、消防） | 6月、11月 | 居委会、消防救援站 |
| 6 | 伤害监测按月汇总 | 每月 | 数据统计组 |
| 7 | “安全生产月”“消防宣传月”集中宣传 | 6月、11月 | 创建办 |
| 8 | 老年人防跌倒、消防、燃气、交通项目效果评估 | 11—12月 | 各项目组 |
| 9 | 儿童安全项目效果评估 | 11月 | 儿童安全项目组 |
| 10 | 年度风险再辨识 | 12月 | 创建办 |
| 11 | 2025年度管理评审 | 2026年1月 | 促进委员会 |
## 三、保障措施
创建经费纳入社区公共服务经费统筹安排，街道给予补助。各项目组每半年向促进委员会报告一次进展。
>> 枫桥社区安全社区创建促进委员会
>> 2025年1月20日
""", "2025-01-20")
    R(F01 + "附件：2025年度安全社区创建工作计划.docx", "2025年度工作计划（会议附件，只存放在指标01）", [4], [1], "2025-01-20")

    s25h = ctx["inj_h1_25"]
    g25 = ctx["gas25_counts"]
    docx(F01 + "促进委员会2025年第三季度会议纪要.docx", f"""
# 枫桥社区安全社区创建促进委员会2025年第三季度全体会议纪要
会议时间：2025年7月15日下午3:00
会议地点：社区党群服务中心三楼会议室
主持人：陈丽萍
参会人员：黄志强、周晓燕、林涛、郑刚、王磊、何敏、刘洋、吴秀英、李建国、马立群、孙桂兰、朱婷（实到13人，沈国华、杨帆、赵德明请假）
记录：朱婷
## 一、情况通报
1. 第二季度全体会议因社区两委工作调整未召开，本次会议一并通报上半年工作；
2. 伤害监测1—6月登记{s25h['n']}人次，其中60岁以上老年人跌倒{s25h['elder_falls']}人次；
3. 燃气重点户复查5—6月完成{sum(g25.values())}户，A类{g25['A']}户、B类{g25['B']}户、C类{g25['C']}户，未整改户已列入隐患排查台账；
4. 5月28日参加全市安全社区建设推进会并作交流发言。
## 二、存在问题
1. 上半年防汛应急演练因翠湖名邸地下车库改造未能组织，调整到下半年与消防演练一并考虑；
2. 网格员、楼栋长培训因人员调整尚未组织；
3. 居家安全项目方案仍未制定。
## 三、下步安排
1. 8月底前各项目组报送上半年项目实施情况；
2. 暑期开展防溺水巡查；
3. 11月前完成各项目效果评估。
>> 创建办
>> 2025年7月16日
""", "2025-07-16", author="朱婷")
    R(F01 + "促进委员会2025年第三季度会议纪要.docx", "促进委员会会议纪要（2025-07-15，记载Q2未开会、演练和培训未组织）",
      [1], [5, 6, 7, 9], "2025-07-15")

    docx(F01 + "2026.1.14 促进委员会会议纪要.docx", """
# 枫桥社区安全社区创建促进委员会会议纪要
会议时间：2026年1月14日上午9:00
会议地点：社区党群服务中心三楼会议室
主持人：沈国华
参会人员：陈丽萍、黄志强、周晓燕、林涛、郑刚、王磊、杨帆、何敏、刘洋、吴秀英、李建国、马立群、孙桂兰、赵德明、朱婷（实到16人）
记录：周晓燕
## 一、会议议题
1. 通报2025年度风险再辨识结果；
2. 对照评定标准查找创建工作存在的问题；
3. 部署自查整档工作。
## 二、查找的问题
1. 2025年第二季度、第四季度促进委员会全体会议未召开，全年只召开2次；
2. 2025年未组织应急演练，未达到预案“每年至少两次”的要求；
3. 2025年网格员、楼栋长、志愿者安全业务培训未开展；
4. 枫桥服务站人员调整，2025年9月以来伤害监测数据未报送，2025年度伤害监测分析无法形成；
5. 儿童安全项目尚未开展效果评估；居家安全项目至今没有项目方案；
6. 2025年度管理评审推迟，待伤害监测数据补齐后再开展。
## 三、会议决定
1. 林涛负责协调服务站补录2025年9月以后的伤害数据；
2. 3月组织一次燃气泄漏应急疏散演练；
3. 2月起开展自查整档，按评定表指标整理档案，3月下旬召开自查整档工作会议；
4. 4月形成自评报告，向街道提出评定申请。
>> 枫桥社区安全社区创建办公室
>> 2026年1月15日
""", "2026-01-15")
    R(F01 + "2026.1.14 促进委员会会议纪要.docx", "促进委员会会议纪要（2026-01-14，查找问题、部署自查整档）",
      [1], [3, 5, 6, 7, 9, 10, 12], "2026-01-14")

    docx(F01 + "2026.3.26 自查整档工作会议纪要.docx", """
# 枫桥社区安全社区创建促进委员会自查整档工作会议纪要
会议时间：2026年3月26日下午2:30
会议地点：社区党群服务中心三楼会议室
主持人：陈丽萍
参会人员：沈国华、黄志强、周晓燕、林涛、郑刚、王磊、何敏、刘洋、吴秀英、李建国、马立群、孙桂兰、赵德明、朱婷（实到15人）
记录：周晓燕
## 一、自查情况
创建办按评定表50项指标逐项整理档案，同一份材料对应多项指标的，复印件分别放入相应指标文件夹；3月18日已组织燃气泄漏应急疏散演练。伤害数据补录工作服务站尚未完成。
## 二、会议决定
1. 4月10日前完成档案目录编制；
2. 4月15日前形成自评报告，经主任审定后报街道；
3. 居家安全项目、儿童安全项目评估列入2026年持续改进计划。
>> 创建办　2026年3月27日
""", "2026-03-27")
    R(F01 + "2026.3.26 自查整档工作会议纪要.docx", "促进委员会会议纪要（2026-03-26，自查整档）", [1], [10, 12, 7], "2026-03-26")

    docx(F02 + "关于成立安全促进项目组的通知.docx", f"""
{HDR}
枫居发〔2024〕12号
# 关于成立枫桥社区安全促进项目组的通知
各成员单位：
根据社区安全调查初步结果和《枫桥社区安全社区创建工作实施方案（2024—2026年）》，经促进委员会研究，决定成立老年人防跌倒、儿童安全、消防安全、燃气安全、交通安全、居家安全6个安全促进项目组及数据统计组，组成如下：
{groups_table()}
各项目组职责：针对本领域高危人群和高风险环境，制定项目实施方案（含背景、目标、措施、时间安排、评估方法），组织实施并做好记录；根据项目进展召开项目组会议，每半年向促进委员会报告一次进展；项目实施满一年后开展效果评估。
各项目组应于2024年7月10日前将项目实施方案报创建办。
>> 枫桥社区居民委员会
>> 2024年5月20日
""", "2024-05-20")
    R(F02 + "关于成立安全促进项目组的通知.docx", "成立安全促进项目组的通知（枫居发〔2024〕12号，6个项目组含居家安全）",
      [1], [5], "2024-05-20")

    rr = random.Random(1503)
    grows = []
    for g in GROUPS:
        grows.append([g[0], g[1], "组长", g[3].split("、")[0]])
        grows.append([g[0], g[2], "副组长", g[3].split("、")[1] if "、" in g[3] else ""])
        for _ in range(rr.randint(3, 5)):
            grows.append([g[0], rr.choice(SURNAMES) + rr.choice(["建华", "秀珍", "国强", "丽娟", "志刚", "海燕", "文杰", "桂芳", "明", "静"]),
                          "成员", rr.choice(g[3].split("、"))])
    xlsx(F02 + "项目组成员名单.xlsx", [("名单", "枫桥社区安全促进项目组成员名单（2024年5月）", ["项目组", "姓名", "职务", "单位"],
                                       grows, [20, 10, 8, 30])], "2024-05-20")
    R(F02 + "项目组成员名单.xlsx", "项目组成员名单", [1], [5], "2024-05-20")

    txt(F02 + "说明.txt", """
各项目组的实施方案、实施记录和效果评估分别放在“指标17 老年人防跌倒”至“指标21 交通安全”文件夹。
居家安全项目组的材料放在“指标21（2）居家安全”文件夹。
数据统计组材料见“3-2 伤害监测”。
""")
    R(F02 + "说明.txt", "说明（指引，非证据）", [], [5, 1], "2026-03")
    lnk(F02 + "快捷方式 到 项目组资料.lnk", 21)
    R(F02 + "快捷方式 到 项目组资料.lnk", "损坏的Windows快捷方式", [], [], None, {"unreadable": "broken Windows shortcut"})


RULES = """
# 枫桥社区安全社区创建工作制度汇编
枫桥社区安全社区创建促进委员会　2024年5月
## 一、促进委员会工作制度
第一条　促进委员会是社区安全社区创建工作的领导协调机构，由街道职能部门、派出所、消防救援站、交警中队、社区卫生服务站、学校、燃气企业、物业、志愿者组织和居民代表组成。
第二条　促进委员会每季度召开一次全体会议，听取各项目组工作汇报，研究解决创建中的问题；遇重大事项由主任或常务副主任临时召集。
第三条　会议由创建办负责通知、签到和记录，会议纪要于会后3个工作日内印发并归档。
第四条　成员单位应落实促进委员会议定事项，并于下次会议报告落实情况。
## 二、安全促进项目组工作制度
第一条　各项目组在促进委员会领导下，针对本领域的高危人群、高风险环境和脆弱群体制定项目实施方案，方案应包括项目背景、工作目标、干预措施、时间安排、责任分工和评估方法。
第二条　项目组根据项目进展召开项目组会议，每半年向促进委员会报告一次进展。
第三条　项目实施满一年后，项目组应对照项目目标开展效果评估，形成评估报告。
## 三、信息交流与反馈制度
第一条　建立居民意见建议受理渠道（社区服务大厅、网格员、社区微信群、意见箱），受理的意见建议登记后5个工作日内答复。
第二条　创建办不定期编发安全社区工作简报，报送街道并在社区公开栏公布。
第三条　积极参加上级组织的安全社区网络交流活动，每年至少组织或参加一次对外交流。
## 四、事故与伤害风险辨识及评价制度
第一条　创建启动时开展社区安全诊断，采用问卷调查、伤害监测资料分析、现场查看、安全检查表和专家咨询等方法，辨识危险源并评价风险，确定高危人群、高风险环境和脆弱群体。
第二条　每年开展一次风险再辨识，出现新的小区改造、重大活动等情况时及时补充辨识。
第三条　辨识评价结果作为制定安全目标、计划和安全促进项目的依据。
## 五、隐患排查治理制度
第一条　每季度开展一次全面隐患排查，春节、国庆节前和汛前开展专项检查。
第二条　发现的隐患登记入隐患排查台账，明确责任单位、整改措施和整改期限，整改完成后由检查人复查，复查合格后销号。
## 六、宣传教育培训制度
第一条　宣传教育培训安排纳入年度工作计划，针对老年人、儿童、外来务工人员、物业及沿街商户从业人员等不同人群确定内容和形式。
第二条　每年至少组织两次针对网格员、楼栋长、志愿者及物业人员的安全业务培训，培训须有签到表和培训记录。
第三条　结合“安全生产月”“防灾减灾日”“消防宣传月”等节点开展集中宣传，宣传活动登记入宣传教育培训登记表。
## 七、伤害监测报告制度
第一条　依托枫林街道社区卫生服务中心枫桥服务站建立伤害监测点，对首诊伤害病例逐例登记，网格员对辖区居民在外院就诊的伤害情况补充上报。
第二条　数据统计组每月汇总一次伤害监测登记台账，每年1月形成上一年度伤害监测分析报告，报促进委员会。
## 八、应急管理制度
第一条　社区综合应急预案根据辖区风险变化及时修订，应急队伍和物资清单动态更新。
第二条　社区每年至少组织两次综合应急演练，演练后进行评估总结。
## 九、安全社区档案管理制度
第一条　安全社区创建过程中形成的文件、会议记录、台账、照片和电子文件均属归档范围，由创建办指定专人（周晓燕）负责收集整理。
第二条　档案按《安全社区现场评定表》指标分类整理，一份材料对应多项指标的，以复印件放入相应指标卷内，编制档案目录。
第三条　电子文件与纸质文件同步归档，电子文件备份一份交创建办；档案借阅须登记，不得擅自带出。
## 十、预防与纠正措施制度
第一条　对隐患排查、项目督查、管理评审、居民反映中发现的问题，分析原因，制定预防和纠正措施，明确责任人和完成时限。
第二条　纠正措施完成情况由创建办跟踪验证并记录。
## 十一、评审与持续改进制度
第一条　促进委员会每年1月对上一年度安全社区工作开展一次管理评审，评审目标完成情况、项目实施效果、制度运行情况，形成评审报告。
第二条　根据评审结果修订目标、计划和项目方案，持续改进。
"""


def build_rules(ctx):
    docx(F03 + "枫桥社区安全社区创建工作制度汇编.docx", RULES, "2024-05-06")
    R(F03 + "枫桥社区安全社区创建工作制度汇编.docx",
      "制度汇编（11项制度：例会每季度、培训每年至少两次、演练每年至少两次、伤害月汇总年分析、年度管理评审、档案管理制度等）",
      [1, 2, 3, 6, 7, 8, 9, 10, 11, 12], [5, 4], "2024-05-06")
    pdf(F03 + "促进委员会工作制度（上墙版）.pdf", """
# 枫桥社区安全社区创建促进委员会工作制度
一、促进委员会是社区安全社区创建工作的领导协调机构，由街道职能部门、派出所、消防救援站、交警中队、社区卫生服务站、学校、燃气企业、物业、志愿者组织和居民代表组成。
二、促进委员会每季度召开一次全体会议，听取各项目组工作汇报，研究解决创建中的问题；遇重大事项临时召集。
三、会议纪要于会后3个工作日内印发并归档。
四、成员单位应落实议定事项，并于下次会议报告落实情况。
>> 枫桥社区安全社区创建促进委员会
>> 2024年5月
""", "2024-05-08 10:00")
    R(F03 + "促进委员会工作制度（上墙版）.pdf", "促进委员会工作制度（上墙版，每季度一次全体会议）", [1], [], "2024-05-08")
    copy(F03 + "枫桥社区安全社区创建工作制度汇编.docx", F067 + "制度汇编（复印件）.docx")

    docx(F04 + "枫桥社区安全社区创建工作实施方案（2024—2026年）.docx", """
枫居发〔2024〕10号
# 枫桥社区安全社区创建工作实施方案（2024—2026年）
为贯彻“安全第一、预防为主、综合治理”方针，按照《安全社区建设基本要求》（AQ/T 9001-2006）和西湖区安全社区建设工作部署，结合本社区实际，制定本方案。
## 一、社区概况
枫桥社区位于宁川市西湖区枫林街道西部，辖区面积1.12平方公里，辖枫桥苑、枫林新村、桥西花园、翠湖名邸4个居民小区，常住3862户10240人，60岁以上老年人2468人（占24.1%），其中独居、高龄老人186人。枫桥苑、枫林新村为上世纪九十年代建成的老旧小区，翠湖名邸为高层住宅小区（18栋，最高32层）。辖区有枫桥小学1所、幼儿园2所、沿街商铺127家。
## 二、创建周期
创建周期为二〇二四年四月一日至二〇二六年三月三十一日，共两年。
## 三、工作目标
（一）总体目标：建立跨部门合作的安全促进机制，形成全员参与的社区安全文化，达到市级安全社区标准。
（二）具体目标（以2024年安全诊断数据为基线）：
1. 居民伤害发生人次下降10%以上，60岁以上老年人跌倒人次下降15%以上；
2. 燃气重点户C类（重大隐患）户清零；
3. 居民安全知识知晓率达到85%以上，安全满意度达到90%以上；
4. 创建期内不发生较大及以上安全事故和亡人火灾。
## 四、组织机构
成立安全社区创建促进委员会，下设创建办公室和老年人防跌倒、儿童安全、消防安全、燃气安全、交通安全、居家安全6个安全促进项目组及数据统计组。
## 五、实施步骤
（一）启动阶段（2024年4月）：成立促进委员会，印发实施方案，召开启动大会。
（二）培训宣传阶段（2024年5—6月）：对促进委员会成员、项目组骨干、网格员开展安全社区知识培训，开展宣传发动。
（三）调查阶段（2024年5—6月）：开展问卷调查、危险源辨识和伤害监测，形成社区安全诊断报告。
（四）确定项目阶段（2024年6—7月）：确定安全促进项目，制定项目实施方案。
（五）项目实施阶段（2024年7月—2026年1月）：组织实施安全促进项目，开展宣传教育培训、应急演练、隐患排查，做好伤害监测。
（六）自查整档阶段（2026年2—3月）：对照评定标准自查，整理创建档案。
（七）评定阶段（2026年4月）：形成自评报告，申请市级安全社区评定。
（八）提高阶段（评定后）：针对评定意见持续改进。
## 六、保障措施
1. 组织保障：各成员单位明确一名联络员；
2. 经费保障：创建经费纳入社区公共服务经费统筹安排，街道给予补助，辖区单位按职责投入；
3. 制度保障：建立例会、信息交流、风险辨识、隐患排查、宣传培训、伤害监测、应急、档案、纠正措施、评审等制度。
>> 枫桥社区居民委员会
>> 二〇二四年四月十二日
""", "2024-04-12")
    R(F04 + "枫桥社区安全社区创建工作实施方案（2024—2026年）.docx", "实施方案（枫居发〔2024〕10号，创建周期二〇二四年四月一日至二〇二六年三月三十一日，量化目标）",
      [4, 1], [5, 6, 7, 12, 3], "2024-04-12")
    copy(F04 + "枫桥社区安全社区创建工作实施方案（2024—2026年）.docx", F01 + "实施方案（复印件）.docx")

    docx(F04 + "2024年度安全社区创建工作计划.docx", """
# 枫桥社区2024年度安全社区创建工作计划
（2024年4月—12月）
## 一、工作目标
完成社区安全诊断，确定并启动安全促进项目，建立伤害监测和隐患排查机制。
## 二、工作安排
| 序号 | 工作内容 | 时间 | 责任单位 |
| 1 | 召开启动大会暨促进委员会第一次全体会议 | 4月 | 创建办 |
| 2 | 汇编印发创建工作制度 | 5月 | 创建办 |
| 3 | 问卷调查、危险源辨识、安全诊断 | 5—6月 | 创建办、数据统计组 |
| 4 | 成立项目组，制定6个项目实施方案 | 5—7月 | 各项目组 |
| 5 | 促进委员会季度全体会议 | 7月、10月 | 创建办 |
| 6 | 安全社区骨干培训、网格员楼栋长培训 | 5月、10月 | 创建办 |
| 7 | 防汛应急演练、高层住宅消防疏散演练 | 6月、11月 | 居委会、消防救援站 |
| 8 | 燃气重点户入户检查（ABC分类） | 7—9月 | 燃气安全项目组 |
| 9 | 季度隐患排查，节前、汛前检查 | 每季度 | 创建办、物业 |
| 10 | 项目实施情况督查 | 12月 | 促进委员会 |
| 11 | 2024年度管理评审、伤害监测分析 | 2025年1月 | 促进委员会、数据统计组 |
>> 枫桥社区安全社区创建促进委员会
>> 2024年4月25日
""", "2024-04-25")
    R(F04 + "2024年度安全社区创建工作计划.docx", "2024年度工作计划", [4], [1], "2024-04-25")

    docx(F04 + "安全社区创建目标责任书（样本）.docx", """
# 枫桥社区安全社区创建目标责任书
甲方：枫桥社区安全社区创建促进委员会
乙方：＿＿＿＿＿＿（成员单位）
为确保2024年4月至2026年3月创建周期内各项目标实现，甲乙双方签订本责任书。
一、乙方负责牵头或参与＿＿＿＿安全促进项目，按项目方案落实人员和措施；
二、乙方确定一名联络员，按时参加促进委员会会议，每半年报告一次项目进展；
三、乙方在本单位职责范围内配合开展隐患排查、宣传教育和应急处置工作；
四、责任期内本单位管理范围不发生较大及以上安全事故。
本责任书一式两份，甲乙双方各执一份。
甲方（盖章）　　　　乙方（盖章）
2024年4月25日
（共签订15份，原件存创建办）
""", "2024-04-25")
    R(F04 + "安全社区创建目标责任书（样本）.docx", "目标责任书（样本）", [1], [4], "2024-04-25")

    txt(F04 + "2025年计划见指标01.txt", """
2025年度安全社区创建工作计划是2025年1月20日促进委员会全体会议的附件，
放在“指标01 创建机构（促进委员会）”文件夹（附件：2025年度安全社区创建工作计划.docx），此处不再重复放置。
""")
    R(F04 + "2025年计划见指标01.txt", "指引（2025年计划所在位置，非证据）", [], [4], "2026-03")

    money = [
        ["2024-04-16", "启动大会宣传横幅、展板", 2600, "社区公共服务经费"],
        ["2024-05-10", "居民安全需求调查问卷印制", 1200, "社区公共服务经费"],
        ["2024-05-16", "安全社区骨干培训外聘讲师费", 1500, "社区公共服务经费"],
        ["2024-06-12", "防汛沙袋、移动排水泵", 8800, "街道补助"],
        ["2024-07-20", "暑期防溺水安全课堂物资、救生圈", 3400, "社区公共服务经费"],
        ["2024-08-30", "电动自行车集中充电点配套（烟感、灭火器、监控）", 32000, "街道补助、运营企业"],
        ["2024-09-12", "赴东湖区春江街道学习交流交通费", 800, "社区公共服务经费"],
        ["2024-09-30", "燃气泄漏报警器补贴（重点户40户）", 12000, "社区公共服务经费"],
        ["2024-11-06", "消防演练烟雾发生器及物资", 2900, "社区公共服务经费"],
        ["2024-12-20", "独居高龄老人适老化改造（第一批20户）", 16000, "社区公共服务经费"],
        ["2024-12-28", "志愿者服装、保险", 5600, "社区公共服务经费"],
        ["2025-03-20", "楼道扶手、感应灯（枫林新村）", 18500, "社区公共服务经费"],
        ["2025-05-20", "沿河步道照明（街道城管科实施，社区配套）", 6200, "街道补助"],
        ["2025-06-16", "安全生产月宣传资料、展板", 3800, "社区公共服务经费"],
        ["2025-06-30", "燃气软管更换补贴（复查B、C类户）", 4500, "社区公共服务经费"],
        ["2025-07-25", "水景池防溺水警示牌、护栏", 5200, "社区公共服务经费"],
        ["2025-09-30", "独居高龄老人适老化改造（第二批16户）", 12800, "社区公共服务经费"],
        ["2025-11-09", "消防宣传月宣传品", 2400, "社区公共服务经费"],
        ["2025-12-18", "冬季防滑垫、融雪剂", 1600, "物业"],
        ["2026-03-16", "燃气泄漏演练物资", 1800, "社区公共服务经费"],
        ["2026-03-30", "创建档案整理装订、档案盒", 2200, "社区公共服务经费"],
    ]
    mrows = [[i, D(x[0]).date(), x[1], x[2], x[3], "周晓燕"] for i, x in enumerate(money, 1)]
    ctx["money"] = {y: sum(x[2] for x in money if x[0].startswith(y)) for y in ("2024", "2025", "2026")}
    xlsx(F05 + "安全社区创建经费投入台账.xlsx", [("经费台账", "枫桥社区安全社区创建经费投入台账（2024.4—2026.3）",
                                               ["序号", "日期", "用途", "金额（元）", "来源", "经办人"], mrows, [6, 12, 46, 12, 20, 8])],
         "2026-03-31")
    R(F05 + "安全社区创建经费投入台账.xlsx", "经费投入台账（21笔）", [1], [], "2026-03-31")
    docx(F05 + "2024年安全社区创建经费预算.docx", """
# 枫桥社区2024年安全社区创建经费预算
| 项目 | 预算（元） | 来源 |
| 宣传发动、问卷调查 | 5000 | 社区公共服务经费 |
| 培训 | 3000 | 社区公共服务经费 |
| 应急演练及物资 | 12000 | 社区公共服务经费、街道补助 |
| 安全促进项目（充电点、报警器、适老化改造等） | 60000 | 社区公共服务经费、街道补助 |
| 志愿者保障 | 6000 | 社区公共服务经费 |
| 合计 | 86000 | |
>> 枫桥社区居委会　2024年4月25日
""", "2024-04-25")
    R(F05 + "2024年安全社区创建经费预算.docx", "经费预算（2024年）", [1], [4], "2024-04-25")


# ----------------------------------------------------------------------------------------------
# 指标06–09: 交流、信息渠道、志愿者、全员参与
# ----------------------------------------------------------------------------------------------

GIVEN = ["秀兰", "建国", "桂英", "志强", "玉梅", "国华", "丽华", "德明", "淑珍", "海涛", "春燕", "立新", "红梅", "卫东",
         "凤英", "晓东", "美华", "文斌", "素芬", "永平", "佳怡", "子涵", "浩然", "欣怡"]


def build_participation(ctx):
    docx(F067 + "赴东湖区春江街道学习交流情况报告.docx", """
# 关于赴东湖区春江街道学习安全社区建设经验的情况报告
2024年9月10日，枫桥社区组织促进委员会成员、项目组骨干共12人，赴宁川市东湖区春江街道学习全国安全社区建设经验。
## 一、学习内容
1. 参观春江街道安全社区展示馆和伤害监测点，了解医院—社区伤害信息共享做法；
2. 实地查看锦江苑小区老年人居家适老化改造和电动自行车集中充电管理；
3. 座谈交流：春江街道介绍了促进委员会例会、项目组“一项目一档案”和项目效果评估的做法。
## 二、几点启示
一是伤害监测要与卫生服务机构建立固定的数据报送机制；二是项目要有基线数据，便于评估；三是档案按评定指标分类整理，便于迎检。
## 三、下步打算
借鉴春江街道做法，完善伤害监测数据报送，做好各项目基线数据收集。
>> 枫桥社区安全社区创建办公室
>> 2024年9月12日
""", "2024-09-12")
    R(F067 + "赴东湖区春江街道学习交流情况报告.docx", "对外交流报告（2024-09-10）", [2], [], "2024-09-12")
    jpg(F067 + "微信图片_20240910103512.jpg", 12, label="学习交流 春江街道")
    R(F067 + "微信图片_20240910103512.jpg", "照片（春江街道学习交流）", [2], [], "2024-09-10")

    docx(F067 + "全市安全社区建设推进会交流发言材料.docx", """
# 多方联动　补齐老旧小区燃气安全短板
——枫桥社区在全市安全社区建设推进会上的交流发言
（2025年5月28日）
枫桥社区有两个上世纪九十年代建成的老旧小区，燃气管道老化、独居老人多，燃气安全是居民最关心的问题之一。创建以来，我们依托促进委员会，把燃气企业、物业、网格员拉到一张桌子上，主要做了三件事：
一是摸清底数。2024年7—9月对120户重点户逐户入户检查，按A、B、C三类建档，C类户下发整改通知书，关闭表前阀，整改一户销号一户。
二是技防兜底。为40户独居、高龄老人家庭补贴安装燃气泄漏报警器，软管更换补贴向复查不合格户倾斜。
三是常态复查。2025年5月起对B、C类户逐户复查，未整改的列入隐患排查台账，限期整改。
下一步，我们将继续做好复查和宣传，巩固项目成效。
""", "2025-05-26")
    R(F067 + "全市安全社区建设推进会交流发言材料.docx", "对外交流发言材料（2025-05-28 全市推进会）", [2], [5], "2025-05-28")

    fb = [
        ["2024-05-22", "居民来电", "枫林新村3栋楼道堆物影响通行", "转物业清理", "2024-05-24", "已答复"],
        ["2024-06-18", "意见箱", "桥西花园儿童游乐设施老化", "物业维修", "2024-06-25", "已答复"],
        ["2024-07-09", "网格员", "翠湖名邸电动自行车上楼充电", "提交居民议事会讨论", "2024-07-15", "已答复"],
        ["2024-08-27", "社区微信群", "枫桥苑沿河步道夜间太暗", "报街道城管科", "2024-09-02", "已答复"],
        ["2024-10-11", "服务大厅", "独居老人希望安装燃气报警器", "纳入补贴名单", "2024-10-15", "已答复"],
        ["2024-12-03", "居民来电", "桥西花园4栋消防通道堆放装修垃圾", "转物业清运", "2024-12-04", "已答复"],
        ["2025-02-17", "社区微信群", "枫桥小学门口接送车辆乱停", "转交警中队", "2025-02-21", "已答复"],
        ["2025-04-08", "网格员", "枫林新村楼道扶手松动", "纳入适老化改造", "2025-04-14", "已答复"],
        ["2025-06-05", "意见箱", "桥西花园水景池夏季有儿童戏水", "设置警示牌、护栏", "2025-06-11", "已答复"],
        ["2025-08-19", "居民来电", "枫林新村11栋外墙瓷砖脱落", "设置警戒区、申请维修", "2025-08-22", "已答复"],
        ["2025-10-14", "服务大厅", "希望社区再组织燃气安全检查", "告知华润燃气年度安检安排", "2025-10-17", "已答复"],
        ["2025-12-09", "社区微信群", "翠湖名邸地下车库坡道冬季易滑", "转物业铺设防滑垫", "2025-12-12", "已答复"],
        ["2026-02-24", "网格员", "沿街烧烤店油烟大、有火灾隐患", "节前检查已督促清洗", "2026-02-26", "已答复"],
    ]
    frows = [[i, D(x[0]).date(), x[1], x[2], x[3], D(x[4]).date(), x[5]] for i, x in enumerate(fb, 1)]
    xlsx(F067 + "居民安全意见建议受理反馈登记表.xlsx", [("登记", "枫桥社区居民安全意见建议受理反馈登记表",
                                                     ["序号", "受理日期", "渠道", "意见建议内容", "处理措施", "答复日期", "状态"],
                                                     frows, [6, 12, 12, 36, 26, 12, 8])], "2026-03-05")
    R(F067 + "居民安全意见建议受理反馈登记表.xlsx", "意见建议受理反馈登记表（13条，2024-05—2026-02）", [2], [11], "2026-03-05")

    s = ctx["inj_apr_may24"]
    pdf(F067 + "安全社区工作简报（第1期）.pdf", f"""
# 枫桥社区安全社区工作简报
^^ 第1期　枫桥社区安全社区创建办公室　2024年6月28日
## 枫桥社区安全社区创建工作全面启动
4月18日，枫桥社区召开安全社区创建启动大会暨促进委员会第一次全体会议，街道、派出所、消防救援站、卫生服务站、学校、燃气企业、物业等16家单位参加。
## 社区安全诊断完成
5—6月，社区发放居民安全需求及伤害情况调查问卷600份，有效571份；伤害监测点4—5月登记伤害{s['n']}人次。6月25日形成社区安全诊断报告，确定老年人跌倒、燃气、消防、交通、儿童溺水等重点问题。
## 防汛应急演练
6月14日，社区组织防汛应急演练，物业、志愿者等46人参加。
报：枫林街道办事处　送：促进委员会各成员单位
""", "2024-06-28 15:00")
    R(F067 + "安全社区工作简报（第1期）.pdf", "工作简报第1期（2024-06）", [2], [3, 7, 1], "2024-06-28")

    pdf(F067 + "安全社区工作简报（第3期）.pdf", """
# 枫桥社区安全社区工作简报
^^ 第3期　枫桥社区安全社区创建办公室　2025年6月30日
## 燃气重点户复查完成
5月12日至6月下旬，燃气安全项目组对2024年检查中的B、C类户逐户复查，绝大多数已完成整改，未整改户列入隐患排查台账跟踪。
## 我社区在全市推进会上交流发言
5月28日，全市安全社区建设推进会召开，枫桥社区作“多方联动 补齐老旧小区燃气安全短板”交流发言。
## “安全生产月”宣传咨询活动
6月16日，社区联合消防救援站、华润燃气在枫桥苑广场开展安全生产月宣传咨询，发放资料800余份。
报：枫林街道办事处　送：促进委员会各成员单位
""", "2025-06-30 16:00")
    R(F067 + "安全社区工作简报（第3期）.pdf", "工作简报第3期（2025-06）", [2], [5, 6], "2025-06-30")

    rr = random.Random(1504)
    vols = []
    for i in range(1, 49):
        vols.append([i, rr.choice(SURNAMES) + rr.choice(GIVEN), rr.choice(["男", "女", "女"]), rr.randint(24, 71),
                     rr.choice(XIAOQU), rr.choice(["巡查宣传组", "巡查宣传组", "应急救援分队", "助老服务组", "护学岗"]),
                     rr.choice(["退休职工", "退休教师", "在职", "在职", "学生家长", "楼栋长"])])
    xlsx(F08 + "枫桥社区安全志愿服务队名册.xlsx", [("名册", "枫桥社区安全志愿服务队名册（2024年6月组建）",
                                                  ["序号", "姓名", "性别", "年龄", "所在小区", "分组", "身份"], vols, [6, 10, 6, 6, 12, 14, 12])],
         "2024-06-15")
    R(F08 + "枫桥社区安全志愿服务队名册.xlsx", "志愿者名册（48人）", [2], [7], "2024-06-15")
    docx(F08 + "志愿者活动记录（2024—2025）.docx", """
# 枫桥社区安全志愿服务队活动记录（2024年6月—2025年12月）
| 日期 | 活动内容 | 参加人数 | 负责人 |
| 2024-06-14 | 参加防汛应急演练，协助转移低洼地段老人 | 12 | 孙桂兰 |
| 2024-07-24 | 协助儿童防溺水安全课堂 | 8 | 孙桂兰 |
| 2024-09-02 | 开学季枫桥小学护学岗 | 10 | 何敏 |
| 2024-11-08 | 参加翠湖名邸消防应急疏散演练，楼层引导 | 14 | 孙桂兰 |
| 2024-12-06 | 参加应急救护培训（西湖区红十字会） | 30 | 孙桂兰 |
| 2025-01-25 | 春节前走访独居老人，检查用火用电用气 | 16 | 孙桂兰 |
| 2025-03-22 | 沿河步道及小区公共区域安全巡查 | 9 | 赵德明 |
| 2025-06-16 | 安全生产月宣传咨询，发放资料 | 11 | 孙桂兰 |
| 2025-07—08月 | 暑期水景池、沿河步道防溺水巡查（每周2次） | 累计64人次 | 赵德明 |
| 2025-11-09 | 消防宣传月入户发放消防安全提示 | 13 | 孙桂兰 |
| 2025-12-20 | 冬季走访独居老人 | 15 | 孙桂兰 |
>> 枫桥社区安全志愿服务队　2025年12月20日
""", "2025-12-20", author="孙桂兰")
    R(F08 + "志愿者活动记录（2024—2025）.docx", "志愿者活动记录", [2], [5, 6, 7], "2025-12-20")
    jpg(F08 + "IMG_20250322_093015.jpg", 13, when="2025-03-22 09:30", exif=True)
    R(F08 + "IMG_20250322_093015.jpg", "照片（志愿者安全巡查，EXIF日期）", [2], [8], "2025-03-22")

    docx(F09 + "居民议事会会议记录（翠湖名邸电动自行车充电）.docx", """
# 枫桥社区居民议事会会议记录
时间：2024年8月21日19:00
地点：翠湖名邸物业服务中心会议室
主持人：陈丽萍
参加人员：翠湖名邸楼栋长、业主代表21人，物业李建国，消防救援站王磊，网格员朱婷
议题：翠湖名邸电动自行车上楼入户充电问题
## 讨论情况
业主代表反映地下车库充电桩少、收费高，部分居民将电动自行车推进电梯上楼充电。王磊介绍了近年来高层住宅电动自行车火灾案例。
## 议定事项
1. 物业在地下车库增设充电桩40个，收费标准公示；
2. 电梯加装电动自行车阻车系统；
3. 楼栋长每月巡查一次楼道，发现入户充电的劝导并告知物业。
>> 记录人：朱婷
""", "2024-08-21", author="朱婷")
    R(F09 + "居民议事会会议记录（翠湖名邸电动自行车充电）.docx", "居民议事会记录（非促进委员会会议）", [2], [5], "2024-08-21")

    rr = random.Random(1505)
    prow = []
    for xq, hh in (("枫桥苑", 1024), ("枫林新村", 1186), ("桥西花园", 842), ("翠湖名邸", 810)):
        n = int(hh * rr.uniform(0.82, 0.93))
        prow.append([xq, hh, n, "%.1f%%" % (100.0 * n / hh)])
    xlsx(F09 + "家庭安全承诺书签订情况统计.xlsx", [("统计", "枫桥社区家庭安全承诺书签订情况统计（2024年7月）",
                                                   ["小区", "户数", "签订户数", "签订率"], prow, [14, 10, 10, 10])], "2024-07-31")
    R(F09 + "家庭安全承诺书签订情况统计.xlsx", "家庭安全承诺书签订统计（全员参与）", [2], [6], "2024-07-31")


# ----------------------------------------------------------------------------------------------
# 3-1 诊断, 3-2 伤害监测, 3-3 隐患排查, 指标26 事故伤害记录
# ----------------------------------------------------------------------------------------------

RISKS = [
    ["枫林新村、枫桥苑", "老旧小区燃气管道、软管老化，独居老人用气不当", "燃气泄漏、爆炸、中毒", 6, 3, 15, 270, "重大"],
    ["翠湖名邸", "高层住宅电动自行车入户充电、疏散通道堆物", "火灾、疏散伤亡", 3, 6, 15, 270, "重大"],
    ["4个小区居家环境", "独居高龄老人家中地面湿滑、无扶手、照明不足", "跌倒", 6, 6, 3, 108, "较大"],
    ["枫桥小学周边道路", "上下学时段人车混行、接送车辆乱停", "交通伤害", 6, 6, 3, 108, "较大"],
    ["枫桥苑沿河步道", "护栏松动、夜间照明不足，夏季儿童戏水", "溺水、跌落", 3, 3, 15, 135, "较大"],
    ["沿街商铺（餐饮27家）", "液化气钢瓶使用、油烟管道积油", "火灾", 3, 6, 7, 126, "较大"],
    ["枫林新村、桥西花园", "楼道堆物、飞线充电", "火灾", 3, 6, 7, 126, "较大"],
    ["桥西花园", "儿童游乐设施老化、水景池无防护", "碰撞、溺水", 3, 6, 3, 54, "一般"],
    ["4个小区公共区域", "犬只未拴绳", "动物咬伤", 3, 6, 1, 18, "一般"],
    ["翠湖名邸地下车库", "汛期倒灌、排水不畅", "淹溺、财产损失", 1, 3, 15, 45, "一般"],
    ["居民家中", "使用大功率电器、电热毯老化", "触电、火灾", 3, 6, 3, 54, "一般"],
    ["枫林新村11栋等", "外墙瓷砖空鼓", "物体打击", 1, 6, 7, 42, "一般"],
]


def build_diagnosis(ctx):
    docx(F31 + "居民安全需求及伤害情况调查问卷（样表）.docx", """
# 枫桥社区居民安全需求及伤害情况调查问卷
尊敬的居民朋友：为了解社区安全状况和您的安全需求，我们开展本次调查，问卷不记名，感谢您的支持！
## 一、基本情况
1. 您的性别：□男 □女　2. 年龄：□14岁以下 □15—59岁 □60—79岁 □80岁及以上
3. 所在小区：□枫桥苑 □枫林新村 □桥西花园 □翠湖名邸
## 二、近一年伤害情况
4. 近一年您或家人是否发生过需要就医的意外伤害？□是 □否
5. 伤害原因：□跌倒 □交通 □烧烫伤 □锐器 □动物咬伤 □溺水 □其他
## 三、安全知识与需求
6. 燃气泄漏时，您会：□开窗通风、关阀门 □开灯检查 □打电话 □不知道
7. 您家是否安装燃气泄漏报警器？□是 □否
8. 您认为社区最需要解决的安全问题（可多选）：□老人跌倒 □燃气安全 □消防安全 □交通安全 □儿童安全 □治安
9. 您对社区安全状况是否满意？□满意 □基本满意 □不满意
>> 枫桥社区安全社区创建办公室　2024年5月
""", "2024-05-08")
    R(F31 + "居民安全需求及伤害情况调查问卷（样表）.docx", "调查问卷（样表）", [3], [], "2024-05-08")

    docx(F31 + "问卷调查统计分析报告.docx", """
# 枫桥社区居民安全需求及伤害情况问卷调查统计分析报告
## 一、调查概况
调查时间：2024年5月13日—6月5日；调查方式：网格员入户，按小区分层抽样；发放问卷600份，回收588份，有效571份，有效率95.2%，覆盖常住居民1693人。
## 二、主要结果
| 指标 | 结果 |
| 近一年发生需就医伤害的人数 | 91人（5.37%） |
| 伤害原因前三位 | 跌倒38人、交通伤害17人、锐器伤10人 |
| 燃气泄漏正确处置知晓率 | 54.3% |
| 燃气泄漏报警器安装率 | 21.6% |
| 火灾逃生知识知晓率 | 63.8% |
| 安全知识总体知晓率 | 62.5% |
| 社区安全状况满意率 | 80.2% |
| 居民最关注的安全问题 | 老人跌倒（61.3%）、燃气（55.0%）、电动自行车充电（47.8%）、交通（39.2%） |
## 三、结论
老年人跌倒、燃气安全、高层住宅及电动自行车消防安全、学校周边交通安全是居民最关注的问题，应作为安全促进项目的重点。
>> 数据统计组　2024年6月10日
""", "2024-06-10", author="林涛")
    R(F31 + "问卷调查统计分析报告.docx", "问卷统计分析报告（基线：伤害发生率5.37%、知晓率62.5%、满意率80.2%）", [3], [9, 4], "2024-06-10")

    xlsx(F31 + "危险源辨识及风险评价清单.xlsx", [("LEC评价", "枫桥社区危险源辨识及风险评价清单（LEC法，2024年6月）",
                                               ["序号", "区域/场所", "危险源", "可能导致的伤害", "L", "E", "C", "D", "风险等级"],
                                               [[i] + r[:2] + [r[2]] + r[3:] for i, r in enumerate(RISKS, 1)],
                                               [6, 18, 40, 16, 5, 5, 5, 6, 8])], "2024-06-20")
    R(F31 + "危险源辨识及风险评价清单.xlsx", "危险源辨识及风险评价清单（LEC，12项）", [3], [], "2024-06-20")

    rr = random.Random(1506)
    people = []
    for i in range(1, 41):
        people.append([i, rr.choice(XIAOQU), "%d栋%d单元" % (rr.randint(1, 24), rr.randint(1, 4)), masked(rr),
                       rr.randint(75, 93), rr.choice(["独居", "独居", "与配偶同住（均80岁以上）", "失能、子女照料"]),
                       rr.choice(["跌倒", "跌倒", "燃气", "跌倒、燃气", "火灾"]), rr.choice(["朱婷", "网格员钱晓", "网格员蒋丽"])])
    places = [[i, r[0], r[1], r[7]] for i, r in enumerate(RISKS, 1) if r[7] != "一般"]
    xlsx(F31 + "重点人群及高风险环境台账.xlsx", [
        ("高危人群", "枫桥社区独居高龄老人等重点人群台账（2024年6月，摘录40户）",
         ["序号", "小区", "住址", "姓名", "年龄", "居住情况", "主要风险", "联系网格员"], people, [6, 12, 12, 8, 6, 22, 10, 12]),
        ("高风险环境", "枫桥社区高风险环境（场所）台账", ["序号", "场所", "风险", "等级"], places, [6, 22, 44, 8]),
    ], "2024-06-28")
    R(F31 + "重点人群及高风险环境台账.xlsx", "重点人群（高危人群）及高风险环境台账", [3], [5], "2024-06-28")

    s = ctx["inj_apr_may24"]
    docx(F31 + "枫桥社区安全诊断报告.docx", f"""
# 枫桥社区安全诊断报告
枫桥社区安全社区创建促进委员会　二〇二四年六月二十五日
## 一、诊断方法
本次诊断采用问卷调查（有效问卷571份）、伤害监测资料分析（2024年4—5月监测点登记数据）、现场查看、安全检查表、LEC风险评价和座谈会（居民代表、物业、辖区单位3场）等方法。
## 二、社区基本情况
辖区1.12平方公里，4个小区，常住3862户10240人，60岁以上老年人占24.1%。枫桥苑、枫林新村为老旧小区，燃气管道和电气线路老化；翠湖名邸为高层住宅，18栋。
## 三、事故与伤害情况
问卷显示近一年伤害发生率5.37%，原因前三位为跌倒、交通伤害、锐器伤。2024年4—5月伤害监测点登记伤害{s['n']}人次，其中60岁以上老年人{s['elder']}人次，老年人跌倒{s['elder_falls']}人次。2023年辖区发生一般火灾3起（电动自行车充电1起、厨房用火2起），无人员死亡。
## 四、危险源辨识及风险评价
共辨识危险源12项，其中重大风险2项（老旧小区燃气、高层住宅电动自行车充电及疏散），较大风险5项，一般风险5项（详见危险源辨识及风险评价清单）。
## 五、高危人群、高风险环境和脆弱群体
高危人群：独居高龄老人186人、电动自行车骑行者、学龄儿童（枫桥小学在校生1036人）。
高风险环境：老旧小区燃气设施、高层住宅、学校周边道路、沿河步道、沿街餐饮店。
脆弱群体：失能老人、残疾人、外来务工人员家庭。
## 六、安全需求及建议项目
建议实施老年人防跌倒、儿童安全（防溺水、上下学交通）、消防安全、燃气安全、交通安全、居家安全6个安全促进项目，并以本报告数据作为各项目评估基线。
""", "2024-06-25", author="周晓燕")
    R(F31 + "枫桥社区安全诊断报告.docx", "社区安全诊断报告（2024-06-25）", [3], [4, 9, 5], "2024-06-25")
    copy(F31 + "枫桥社区安全诊断报告.docx", F04 + "安全诊断报告（复印件）.docx")

    docx(F31 + "枫桥社区2025年度事故与伤害风险再辨识报告.docx", """
# 枫桥社区2025年度事故与伤害风险再辨识报告
枫桥社区安全社区创建办公室
## 一、再辨识工作开展情况
按照风险辨识及评价制度“每年开展一次风险再辨识”的要求，2025年12月1日至12月26日，创建办会同消防救援站、华润燃气、两家物业，对4个小区、沿街商铺和学校周边进行了现场排查，结合2025年隐患排查台账、燃气重点户复查结果和居民意见建议，对2024年危险源清单逐项复核。伤害监测数据仅有2025年1—8月，9月以后服务站未报送，本次只作参考。
## 二、风险变化情况
| 危险源 | 2024年等级 | 2025年等级 | 变化原因 |
| 老旧小区燃气 | 重大 | 较大 | 重点户C类户已基本整改，复查仅余1户 |
| 高层住宅电动自行车充电 | 重大 | 较大 | 增设充电桩、电梯阻车系统 |
| 独居高龄老人居家跌倒 | 较大 | 较大 | 适老化改造两批36户，需继续推进 |
| 学校周边交通 | 较大 | 一般 | 护学岗常态化，增设减速带 |
| 沿河步道 | 较大 | 一般 | 护栏加固、照明增设 |
| 外墙瓷砖脱落（新增） | — | 一般 | 枫林新村11栋已维修，其余楼栋需排查 |
| 冬季车库坡道结冰（新增） | — | 一般 | 物业铺设防滑垫 |
## 三、结论和建议
2025年重大风险由2项降为0项。建议2026年重点关注居家跌倒、沿街餐饮店燃气和老旧小区外墙安全。
>> 2026年1月9日
""", "2026-01-09")
    R(F31 + "枫桥社区2025年度事故与伤害风险再辨识报告.docx", "2025年度风险再辨识报告（2025年12月开展，2026-01-09成文）", [3],
      [4, 8], "2026-01-09")


def build_injury(ctx, inj):
    docx(F32 + "伤害监测报告制度.docx", """
# 枫桥社区伤害监测报告制度
一、监测范围：辖区常住居民及在辖区内发生的、经医疗机构诊治的各类意外伤害。
二、监测方式：枫林街道社区卫生服务中心枫桥服务站为监测点，对首诊伤害病例逐例填写伤害监测登记表；网格员对在西湖区人民医院等外院就诊的居民伤害补充上报。
三、登记内容：发生日期、年龄、性别、小区、伤害原因、发生地点、发生时活动、受伤部位、严重程度、就诊机构和处置结果。
四、汇总分析：数据统计组每月汇总一次伤害监测登记台账；每年1月形成上一年度伤害监测分析报告，报促进委员会，作为项目评估和计划制定的依据。
五、本制度自2024年5月起执行。
>> 枫桥社区安全社区创建促进委员会
>> 2024年5月6日
""", "2024-05-06")
    R(F32 + "伤害监测报告制度.docx", "伤害监测报告制度（每月汇总、每年1月分析）", [9], [], "2024-05-06")
    docx(F32 + "伤害监测网络及报告人员名单.docx", """
# 枫桥社区伤害监测网络及报告人员名单
| 监测点/报告人 | 单位 | 职责 |
| 林涛 | 枫桥服务站站长 | 监测点负责人，审核登记表，每月汇总 |
| 许静 | 枫桥服务站护士 | 首诊伤害病例登记 |
| 朱婷 | 社区网格长 | 汇总网格员补充上报 |
| 钱晓、蒋丽、韩磊、邓芳 | 网格员 | 各网格伤害情况补充上报 |
| 郑刚 | 枫桥警务室 | 道路交通及治安伤害信息通报 |
| 何敏 | 枫桥小学 | 在校学生伤害信息通报 |
>> 数据统计组　2024年5月15日
""", "2024-05-15", author="林涛")
    R(F32 + "伤害监测网络及报告人员名单.docx", "伤害监测网络名单", [9], [], "2024-05-15")

    rows = [[x["id"], x["date"], x["rep"], x["name"], x["sex"], x["age"], x["xq"], x["type"], x["place"], x["act"],
             x["part"], x["sev"], x["inst"], x["res"], x["src"]] for x in inj]
    name = "伤害监测登记台账（2024年4月起）.xlsx"
    xlsx(F32 + name, [("登记台账", "枫桥社区伤害监测登记台账",
                       ["编号", "伤害发生日期", "报告日期", "姓名", "性别", "年龄", "小区", "伤害原因", "发生地点", "发生时活动",
                        "受伤部位", "严重程度", "就诊机构", "处置结果", "信息来源"],
                       rows, [12, 12, 12, 8, 6, 6, 10, 18, 12, 14, 10, 8, 30, 12, 14])], "2025-09-05", author="林涛")
    R(F32 + name, "伤害监测登记台账（%d行，%s—%s，之后无登记）" % (len(inj), inj[0]["date"], inj[-1]["date"]), [9], [3, 8], "2025-09-05")
    copy(F32 + name, F26 + "伤害监测登记台账（2024年4月起） - 副本.xlsx")

    s = ctx["inj_2024"]
    top = "、".join("%s%d人次（%s）" % (k, v, pct(v, s["n"])) for k, v in s["by"][:5])
    xqs = "、".join("%s%d人次" % kv for kv in s["xq"].items())
    docx(F32 + "2024年度伤害监测分析报告.docx", f"""
# 枫桥社区2024年度伤害监测分析报告
（监测时段：2024年4月1日—12月31日）
## 一、基本情况
2024年4—12月，枫桥服务站监测点及网格员共登记辖区居民伤害{s['n']}人次，月均{s['n'] / 9:.1f}人次。其中男性{sum(1 for x in inj if x['date'].year == 2024 and x['sex'] == '男')}人次、女性{sum(1 for x in inj if x['date'].year == 2024 and x['sex'] == '女')}人次；60岁以上老年人{s['elder']}人次（{pct(s['elder'], s['n'])}），14岁及以下儿童{s['child']}人次。
## 二、伤害原因
前五位依次为：{top}。
60岁以上老年人跌倒{s['elder_falls']}人次，占老年人伤害的{pct(s['elder_falls'], s['elder'])}；道路交通伤{s['traffic']}人次，其中骑电动自行车{s['ebike']}人次。
## 三、发生地点与严重程度
家中发生{s['home']}人次（{pct(s['home'], s['n'])}）。轻度{s['sev']['轻度']}人次、中度{s['sev']['中度']}人次、重度{s['sev']['重度']}人次，无死亡。
按小区分：{xqs}。
## 四、结论与建议
1. 老年人居家跌倒仍是首要伤害，建议加快适老化改造，防跌倒宣传覆盖全部独居高龄老人；
2. 电动自行车交通伤害集中在上下班和上下学时段，交通安全项目应加强路口劝导；
3. 建议2025年继续按月汇总，年底与2024年同期对比评估项目效果。
>> 枫桥社区数据统计组
>> 2025年1月15日
""", "2025-01-15", author="林涛")
    R(F32 + "2024年度伤害监测分析报告.docx", "2024年度伤害监测分析报告（2025-01-15成文）", [9], [3, 4], "2025-01-15")

    txt(F26 + "见3-2伤害监测.txt", """
伤害监测报告制度、伤害监测登记台账原件、2024年度伤害监测分析报告，均见“3-2 伤害监测”文件夹。
本文件夹只放台账副本和火灾及安全事件登记表。
""")
    R(F26 + "见3-2伤害监测.txt", "指引（非证据）", [], [9], "2026-03")
    ev = [
        [1, dt.date(2024, 8, 17), "枫林新村5栋", "楼道电动自行车电池起火（飞线充电）", "无人员伤亡", "物业及时扑灭，消防救援站到场", "拆除飞线，集中充电点宣传"],
        [2, dt.date(2024, 12, 29), "枫桥苑沿街餐饮店", "油锅起火", "店员（非辖区居民）1人手部轻度烫伤", "店员用灭火毯扑灭", "督促配备灭火毯，节前检查"],
        [3, dt.date(2025, 2, 3), "翠湖名邸9栋", "电梯困人", "无人员伤亡", "物业维保单位40分钟内解救", "检查电梯维保记录"],
        [4, dt.date(2025, 6, 21), "翠湖名邸地下车库", "暴雨积水约10厘米", "无人员伤亡", "物业启用挡水板、排水泵", "汛前检查补配挡水板"],
    ]
    xlsx(F26 + "火灾及安全事件登记表.xlsx", [("事件", "枫桥社区火灾及安全事件登记表", ["序号", "日期", "地点", "事件", "伤亡情况", "处置", "后续措施"],
                                               ev, [6, 12, 18, 30, 30, 30, 26])], "2025-07-01")
    R(F26 + "火灾及安全事件登记表.xlsx", "火灾及安全事件登记表（4起，2024-08—2025-06）", [9], [7, 11], "2025-07-01")


def build_hazards(ctx):
    rows = hazard_rows()
    ctx["hazards"] = rows
    name = "隐患排查台账（2024.4-2026.3）.xlsx"
    xlsx(F33 + name, [("台账", "枫桥社区隐患排查治理台账（2024年4月—2026年3月）",
                       ["序号", "排查日期", "排查类型", "小区", "隐患描述", "等级", "责任单位", "整改措施", "整改期限", "完成日期",
                        "复查人", "整改情况"], rows, [6, 12, 10, 10, 36, 8, 14, 26, 12, 12, 8, 16])], "2026-03-31")
    R(F33 + name, "隐患排查台账（%d行，每季度排查及节前、汛前、专项检查，含整改复查）" % len(rows), [8, 11], [3], "2026-03-31")
    copy(F33 + name, F28 + "隐患排查台账（2024.4-2026.3）（复印件）.xlsx")
    pdf(F33 + "关于做好2025年春节前安全检查的通知.pdf", f"""
!! {HDR}
^^ 枫居发〔2025〕2号
--
# 关于做好2025年春节前安全检查的通知
各小区物业、网格员，各项目组：
为确保春节期间辖区安全，经研究，定于2025年1月22日至24日开展节前安全检查，现将有关事项通知如下：
一、检查重点：沿街商铺用火用电用气、出租房屋、独居老人家庭、高层住宅消防设施、电动自行车充电场所。
二、检查方式：网格员、物业、消防救援站联合检查，发现的隐患登记入隐患排查台账，明确整改期限，整改后复查销号。
三、1月24日下午前将检查情况报创建办。
>> 枫桥社区居民委员会
>> 2025年1月21日
""", "2025-01-21 11:00")
    R(F33 + "关于做好2025年春节前安全检查的通知.pdf", "节前安全检查通知（枫居发〔2025〕2号，红头）", [8], [3], "2025-01-21")
    jpg(F33 + "微信图片_20241029100412.jpg", 14, label="季度隐患排查")
    R(F33 + "微信图片_20241029100412.jpg", "照片（季度隐患排查，无说明）", [8], [3], "2024-10-29")
    txt(F24 + "见3-3隐患排查.txt", "隐患排查台账原件见“3-3 隐患排查”文件夹，指标28放有复印件。\n")
    R(F24 + "见3-3隐患排查.txt", "指引（非证据）", [], [8], "2026-03")


# ----------------------------------------------------------------------------------------------
# 指标17–21: 安全促进项目
# ----------------------------------------------------------------------------------------------

def trend(a, b):
    if b < a:
        return "下降%s" % pct(a - b, a)
    if b > a:
        return "上升%s" % pct(b - a, a)
    return "持平"


def build_projects(ctx, g24, g25):
    a24, a25 = ctx["inj_aa24"], ctx["inj_aa25"]

    # -- 老年人防跌倒
    docx(F17 + "老年人防跌倒安全促进项目实施方案.docx", """
# 枫桥社区老年人防跌倒安全促进项目实施方案
## 一、项目背景
社区60岁以上老年人2468人，占24.1%，独居高龄老人186人。安全诊断显示跌倒是居民伤害首位原因，老年人居家跌倒占老年人伤害的六成以上。枫桥苑、枫林新村楼道无扶手、照明不足。
## 二、项目目标
1. 至2025年底，60岁以上老年人跌倒人次较2024年同期下降15%以上；
2. 独居高龄老人跌倒风险评估覆盖率100%，高风险家庭适老化改造不少于30户；
3. 独居高龄老人防跌倒知识知晓率达到75%以上。
## 三、干预措施
1. 服务站对独居高龄老人逐户开展跌倒风险评估；
2. 为高风险家庭安装扶手、防滑垫、感应夜灯（适老化改造）；
3. 老旧小区楼道加装扶手、感应灯；
4. 每年开展防跌倒健康讲座，发放防跌倒手册。
## 四、时间安排
2024年7—10月风险评估；2024年12月、2025年9月分两批改造；2025年12月开展效果评估。
## 五、责任分工
组长吴秀英，副组长林涛；服务站负责评估，物业负责楼道设施，志愿者负责走访。
>> 老年人防跌倒项目组　2024年6月30日
""", "2024-06-30", author="吴秀英")
    R(F17 + "老年人防跌倒安全促进项目实施方案.docx", "项目方案（老年人防跌倒）", [5], [4], "2024-06-30")
    rr = random.Random(1507)
    rows = []
    nhigh = 0
    for i in range(1, 187):
        score = rr.randint(2, 14)
        lvl = "高" if score >= 9 else "中" if score >= 5 else "低"
        mod = ""
        if lvl == "高":
            nhigh += 1
            mod = "第一批（2024-12）" if nhigh <= 20 else "第二批（2025-09）" if nhigh <= 36 else "待改造（列入2026年计划）"
        rows.append([i, dt.date(2024, 7, 8) + dt.timedelta(days=(i - 1) * 115 // 186), rr.choice(XIAOQU), masked(rr),
                     rr.randint(75, 94), score, lvl, mod, rr.choice(["林涛", "许静"])])
    assert nhigh > 36
    high = sum(1 for r in rows if r[6] == "高")
    done = sum(1 for r in rows if r[7].startswith("第"))
    xlsx(F17 + "独居高龄老人跌倒风险评估及适老化改造登记.xlsx", [("评估登记", "独居高龄老人居家跌倒风险评估及适老化改造登记",
                                                            ["序号", "评估日期", "小区", "姓名", "年龄", "评分", "风险等级", "适老化改造", "评估人"],
                                                            rows, [6, 12, 12, 8, 6, 6, 8, 18, 8])], "2025-09-30", author="林涛")
    R(F17 + "独居高龄老人跌倒风险评估及适老化改造登记.xlsx", "跌倒风险评估及适老化改造登记（186名独居高龄老人）", [5], [3], "2025-09-30")
    docx(F17 + "防跌倒健康讲座记录.docx", """
# 老年人防跌倒健康讲座记录
时间：2024年9月20日下午2:30　地点：枫桥社区老年活动室
主讲：林涛（枫桥服务站站长）
参加人员：社区老年居民56人（签到表附后）
内容：老年人跌倒的危害和常见原因；居家环境改善（防滑、照明、扶手）；平衡能力锻炼操示范；跌倒后如何正确起身和求助。
现场发放《老年人防跌倒手册》120册，为32名老人测量血压并进行平衡能力测试。
照片：微信图片_20240920143018.jpg
>> 记录：朱婷
""", "2024-09-20", author="朱婷")
    R(F17 + "防跌倒健康讲座记录.docx", "防跌倒讲座记录（2024-09-20，56人签到）", [5], [6], "2024-09-20")
    jpg(F17 + "微信图片_20240920143018.jpg", 15, label="老年人防跌倒健康讲座")
    R(F17 + "微信图片_20240920143018.jpg", "照片（防跌倒讲座）", [5], [6], "2024-09-20")
    docx(F17 + "老年人防跌倒安全促进项目效果评估报告.docx", f"""
# 枫桥社区老年人防跌倒安全促进项目效果评估报告
## 一、项目实施情况
完成独居高龄老人跌倒风险评估186人，其中高风险{high}人；分两批完成适老化改造{done}户（2024年12月20户、2025年9月16户）；枫林新村楼道加装扶手、感应灯；2024年9月举办防跌倒健康讲座，参加56人。
## 二、效果评估
| 指标 | 基线/对照 | 评估值 | 目标 |
| 60岁以上老年人跌倒人次（4—8月） | 2024年{a24['elder_falls']}人次 | 2025年{a25['elder_falls']}人次（{trend(a24['elder_falls'], a25['elder_falls'])}） | 下降15% |
| 跌倒风险评估覆盖率 | — | 100%（186/186） | 100% |
| 高风险家庭适老化改造 | — | {done}户 | ≥30户 |
| 防跌倒知识知晓率（抽查80名独居高龄老人） | 41.3% | 78.8% | ≥75% |
说明：伤害监测点2025年9月以后数据未报送，跌倒人次按2024年、2025年4—8月同期比较。
## 三、结论与改进
项目目标基本实现。第三批适老化改造和楼道扶手列入2026年计划。
>> 老年人防跌倒项目组　2025年12月10日
""", "2025-12-10", author="吴秀英")
    R(F17 + "老年人防跌倒安全促进项目效果评估报告.docx", "项目效果评估（老年人防跌倒）", [5], [12], "2025-12-10")

    # -- 儿童安全 (no effect evaluation: planted gap)
    docx(F18 + "儿童安全促进项目实施方案（防溺水、上下学交通）.docx", """
# 枫桥社区儿童安全促进项目实施方案
## 一、项目背景
枫桥小学在校生1036人，幼儿园2所。枫桥苑沿河步道、桥西花园水景池夏季有儿童戏水现象；学校门口上下学时段人车混行。
## 二、项目目标
1. 创建期内不发生儿童溺水死亡事件；
2. 14岁及以下儿童伤害人次较2024年下降10%；
3. 学生防溺水知识知晓率达到95%以上。
## 三、干预措施
1. 每年暑期开展防溺水安全课堂，沿河步道、水景池设置警示标识，暑期志愿者巡查；
2. 上下学时段设置护学岗（学校、交警中队、家长志愿者）；
3. 联合学校开展“小手拉大手”安全宣传。
## 四、时间安排及评估
2024年7月起实施；2025年11月由项目组开展效果评估，以儿童伤害人次、知晓率为评估指标。
>> 儿童安全项目组　2024年6月30日
""", "2024-06-30", author="何敏")
    R(F18 + "儿童安全促进项目实施方案（防溺水、上下学交通）.docx", "项目方案（儿童安全，评估定于2025年11月）", [5], [4], "2024-06-30")
    docx(F18 + "2024年暑期儿童防溺水安全课堂记录.docx", """
# 2024年暑期儿童防溺水安全课堂活动记录
时间：2024年7月24日下午3:00—4:30
地点：枫桥社区党群服务中心二楼多功能室
组织：儿童安全项目组、枫桥小学
授课：西湖区消防救援大队枫林消防救援站 王磊
参加对象：辖区中小学生38人、家长15人（签到表附后）
内容：“六不”防溺水知识；发现同伴落水如何正确呼救；救生圈、救生绳使用演示；有奖问答。
现场测试：38名学生防溺水知识测试平均92分。
照片：IMG_20240724_150233.jpg
>> 记录：朱婷　2024.7.24
""", "2024-07-24", author="朱婷")
    R(F18 + "2024年暑期儿童防溺水安全课堂记录.docx", "儿童防溺水安全课堂记录（2024-07-24）", [5], [6], "2024-07-24")
    jpg(F18 + "IMG_20240724_150233.jpg", 16, when="2024-07-24 15:02", exif=True)
    R(F18 + "IMG_20240724_150233.jpg", "照片（防溺水课堂，EXIF）", [5], [6], "2024-07-24")
    rr = random.Random(1508)
    duty = []
    d = dt.date(2025, 2, 17)
    while d <= dt.date(2025, 6, 30):
        if d.weekday() < 5 and not (dt.date(2025, 4, 4) <= d <= dt.date(2025, 4, 6)) and not (dt.date(2025, 5, 1) <= d <= dt.date(2025, 5, 5)):
            duty.append([d, rr.choice(["7:20-8:00", "7:20-8:00", "16:00-16:40"]), rr.choice(["交警中队", "家长志愿者", "枫桥小学"]),
                         rr.choice(SURNAMES) + rr.choice(GIVEN), rr.choice(["正常", "正常", "正常", "劝离违停车辆%d辆" % rr.randint(1, 5)])])
        d += dt.timedelta(days=1)
    xlsx(F18 + "枫桥小学护学岗执勤登记（2025年春季学期）.xlsx", [("执勤登记", "枫桥小学护学岗执勤登记（2025年春季学期）",
                                                          ["日期", "时段", "岗位人员单位", "姓名", "情况"], duty, [12, 12, 14, 10, 22])], "2025-06-30")
    R(F18 + "枫桥小学护学岗执勤登记（2025年春季学期）.xlsx", "护学岗执勤登记（%d行）" % len(duty), [5], [8], "2025-06-30")
    docx(F18 + "2025年暑期防溺水巡查记录.docx", """
# 2025年暑期防溺水巡查记录
巡查时段：2025年7月5日—8月24日，每周二、周六下午
巡查范围：枫桥苑沿河步道、桥西花园水景池
巡查人员：安全志愿服务队（赵德明带队），累计64人次
| 日期 | 发现情况 | 处理 |
| 7月12日 | 水景池2名儿童戏水 | 劝离，告知家长 |
| 7月26日 | 沿河步道护栏处3名少年钓鱼 | 劝离 |
| 8月9日 | 未发现异常 | — |
| 8月23日 | 水景池警示牌被遮挡 | 物业调整位置 |
7月29日水景池已加装护栏和防溺水警示牌。
>> 儿童安全项目组　2025年8月25日
""", "2025-08-25", author="何敏")
    R(F18 + "2025年暑期防溺水巡查记录.docx", "防溺水巡查记录（2025年暑期）", [5], [8, 2], "2025-08-25")

    # -- 消防安全
    docx(F19 + "消防安全促进项目实施方案（老旧小区及高层住宅）.docx", """
# 枫桥社区消防安全促进项目实施方案
## 一、项目背景
翠湖名邸为高层住宅小区，存在电动自行车入户充电、疏散通道堆物现象；枫桥苑、枫林新村为老旧小区，电气线路老化、飞线充电较多。2023年辖区发生一般火灾3起。
## 二、项目目标
1. 创建期内不发生亡人火灾，火灾起数较2023年下降；
2. 电动自行车入户、飞线充电现象明显减少，集中充电点覆盖全部小区；
3. 居民火灾逃生知识知晓率达到85%以上。
## 三、干预措施
1. 建设电动自行车集中充电点，翠湖名邸增设充电桩、电梯阻车系统；
2. 每季度隐患排查重点检查楼道堆物、飞线充电、消防设施；
3. 在高层住宅组织消防应急疏散演练；
4. 对物业、沿街商户从业人员开展消防培训。
## 四、时间安排及评估
2024年7月起实施，2025年12月开展效果评估。
>> 消防安全项目组　2024年7月5日
""", "2024-07-05", author="王磊")
    R(F19 + "消防安全促进项目实施方案（老旧小区及高层住宅）.docx", "项目方案（消防安全）", [5], [4], "2024-07-05")
    docx(F19 + "2024年11月翠湖名邸高层住宅消防应急疏散演练记录.docx", """
# 翠湖名邸高层住宅消防应急疏散演练记录
演练时间：2024年11月8日上午9:30—10:40
演练地点：翠湖名邸12栋（32层）
组织单位：枫桥社区居委会、枫林消防救援站、翠湖名邸物业
参加人员：12栋居民132人，物业员工18人，安全志愿服务队14人，消防救援站指战员9人（签到表附后）
演练科目：18层模拟厨房起火；报警、物业微型消防站初期处置；楼层广播及志愿者引导疏散；消防救援站到场灭火；灭火器使用体验。
演练过程：9:32发出火警信号，9:35微型消防站到场，9:49住户全部疏散至楼下空地，用时17分钟。
## 演练评估
1. 疏散总体有序，住户对疏散楼梯位置较熟悉；
2. 部分老人行动慢，楼层引导人员不足；
3. 12栋应急广播音量偏小，已交物业维修。
照片：微信图片_20241108101522.jpg、微信图片_20241108102740.jpg
>> 枫桥社区居委会　2024年11月8日
""", "2024-11-08", author="周晓燕")
    R(F19 + "2024年11月翠湖名邸高层住宅消防应急疏散演练记录.docx", "应急演练记录（2024-11-08 高层消防疏散，只放在指标19）", [7], [5], "2024-11-08")
    jpg(F19 + "微信图片_20241108101522.jpg", 17, label="消防应急疏散演练")
    R(F19 + "微信图片_20241108101522.jpg", "照片（消防疏散演练）", [7], [5], "2024-11-08")
    jpg(F19 + "微信图片_20241108102740.jpg", 18)
    R(F19 + "微信图片_20241108102740.jpg", "照片（消防疏散演练，灭火器体验）", [7], [5, 6], "2024-11-08")
    docx(F19 + "电动自行车集中充电点建设及飞线充电清理记录.docx", """
# 电动自行车集中充电点建设及飞线充电清理情况
一、集中充电点：2024年8月在枫林新村、桥西花园各建成集中充电棚1处（共充电口96个），配备烟感、灭火器和监控；翠湖名邸地下车库增设充电桩40个，9栋电梯加装阻车系统。
二、飞线充电清理：2024年7—10月，网格员、物业逐楼排查，清理飞线充电42处，劝导入户充电37户，张贴告知书300余份。
三、后续管理：楼栋长每月巡查楼道，发现飞线充电的报物业拆除并登记。
>> 消防安全项目组　2024年10月15日
""", "2024-10-15", author="李建国")
    R(F19 + "电动自行车集中充电点建设及飞线充电清理记录.docx", "项目实施记录（充电点、飞线清理）", [5], [8, 11], "2024-10-15")
    fly = sum(1 for r in ctx["hazards"] if r[1].year == 2025 and ("飞线" in r[4] or "私拉" in r[4] or "违规充电" in r[4]))
    docx(F19 + "消防安全促进项目效果评估报告.docx", f"""
# 枫桥社区消防安全促进项目效果评估报告
## 一、实施情况
建成集中充电棚2处、增设充电桩40个；清理飞线充电42处；2024年11月8日在翠湖名邸12栋组织消防应急疏散演练；2024年7月对物业及沿街商户开展消防培训。
## 二、效果评估
| 指标 | 基线 | 评估值 |
| 火灾起数 | 2023年3起 | 2024年4月—2025年11月2起（均无人员死亡） |
| 季度排查发现飞线、违规充电隐患 | 2024年7—10月清理42处 | 2025年隐患排查台账登记{fly}处，均已整改 |
| 翠湖名邸入户充电（楼栋长巡查） | 37户 | 6户 |
| 居民火灾逃生知识知晓率 | 63.8% | 见2026年3月居民调查 |
## 三、结论
电动自行车充电隐患明显减少，未发生亡人火灾。需继续加强沿街餐饮店用火安全。
>> 消防安全项目组　2025年12月18日
""", "2025-12-18", author="王磊")
    R(F19 + "消防安全促进项目效果评估报告.docx", "项目效果评估（消防安全）", [5], [12], "2025-12-18")

    # -- 燃气安全
    c24 = {k: sum(1 for r in g24 if r[7] == k) for k in "ABC"}
    c25 = {k: sum(1 for r in g25 if r[7] == k) for k in "ABC"}
    ctx["gas24_counts"], ctx["gas25_counts"] = c24, c25
    docx(F20 + "燃气安全促进项目实施方案.docx", """
# 枫桥社区燃气安全促进项目实施方案
## 一、项目背景
枫桥苑、枫林新村为老旧小区，燃气管道使用超过25年，部分软管老化；独居老人用气安全意识薄弱。问卷显示燃气泄漏正确处置知晓率仅54.3%，燃气报警器安装率21.6%。
## 二、项目目标
1. 重点户（独居、高龄、出租、残疾人家庭）入户检查覆盖率100%，实行ABC分类管理；
2. C类户（重大隐患）清零，B类户整改率90%以上；
3. 为40户独居高龄老人安装燃气泄漏报警器。
## 三、干预措施
1. 华润燃气、物业、网格员联合入户检查，A类（合格）告知常识，B类（一般隐患）限期整改，C类（重大隐患）下发整改通知书并关闭表前阀；
2. 2025年对B、C类户逐户复查；
3. 报警器、软管更换补贴；
4. 燃气安全宣传入户。
## 四、时间安排及评估
2024年7—9月入户检查，2025年5—6月复查，2025年11月效果评估。
>> 燃气安全项目组　2024年6月30日
""", "2024-06-30", author="刘洋")
    R(F20 + "燃气安全促进项目实施方案.docx", "项目方案（燃气安全，ABC分类）", [5], [4], "2024-06-30")
    name = "燃气入户安全检查登记表（ABC分类）.xlsx"
    xlsx(F20 + name, [
        ("2024年入户检查", "枫桥社区燃气重点户入户安全检查登记表（2024年7—9月）",
         ["序号", "检查日期", "小区", "门牌", "户主", "人员情况", "气源", "分类", "存在问题", "处理情况", "检查人"], g24,
         [6, 12, 10, 14, 8, 12, 12, 6, 30, 28, 14]),
        ("2025年复查", "枫桥社区燃气B、C类户复查登记表（2025年5—6月）",
         ["序号", "复查日期", "小区", "门牌", "户主", "人员情况", "2024年分类", "复查分类", "复查情况", "处理", "复查人"], g25,
         [6, 12, 10, 14, 8, 12, 10, 8, 20, 30, 14]),
    ], "2025-06-30", author="刘洋")
    R(F20 + name, "燃气入户检查登记（ABC分类，2024年%d户、2025年复查%d户两张表）" % (len(g24), len(g25)), [5, 8], [3, 11], "2025-06-30")
    copy(F20 + name, F24 + "燃气入户安全检查登记表（ABC分类） - 副本.xlsx")
    jpg(F20 + "微信图片_20240716094455.jpg", 19)
    R(F20 + "微信图片_20240716094455.jpg", "照片（燃气入户检查，无说明）", [5], [8], "2024-07-16")
    docx(F20 + "燃气安全促进项目效果评估报告.docx", f"""
# 枫桥社区燃气安全促进项目效果评估报告
## 一、实施情况
2024年7—9月联合华润燃气、物业入户检查重点户{len(g24)}户，A类{c24['A']}户、B类{c24['B']}户、C类{c24['C']}户；2025年5—6月对B、C类户{len(g25)}户逐户复查，复查A类{c25['A']}户、B类{c25['B']}户、C类{c25['C']}户，未整改户列入隐患排查台账，C类户已于2025年7月11日整改销号。为40户独居高龄老人补贴安装燃气泄漏报警器。
## 二、效果评估
| 指标 | 基线 | 评估值 | 目标 |
| 重点户入户检查覆盖率 | — | 100% | 100% |
| C类户 | {c24['C']}户 | 0户（复查1户已整改） | 清零 |
| B类户整改率 | — | {pct(c24['B'] + c24['C'] - c25['B'] - c25['C'], c24['B'] + c24['C'])}（B、C类户复查合格率） | ≥90% |
| 报警器安装（独居高龄） | — | 40户 | 40户 |
| 燃气泄漏事故 | — | 0起 | 0起 |
## 三、结论
项目目标全部实现，建议2026年将沿街餐饮店纳入燃气安全项目。
>> 燃气安全项目组　2025年11月20日
""", "2025-11-20", author="刘洋")
    R(F20 + "燃气安全促进项目效果评估报告.docx", "项目效果评估（燃气安全）", [5], [12], "2025-11-20")

    # -- 交通安全
    docx(F21 + "道路交通安全促进项目实施方案.docx", """
# 枫桥社区道路交通安全促进项目实施方案
## 一、项目背景
道路交通伤是辖区第二位伤害原因，以骑电动自行车受伤为主；枫桥小学门口上下学时段人车混行，接送车辆乱停。
## 二、项目目标
1. 道路交通伤害人次较2024年同期下降10%；
2. 枫桥小学上下学时段护学岗设置率100%；
3. 骑电动自行车佩戴头盔率达到90%以上。
## 三、干预措施
1. 交警中队、学校、家长志愿者设置护学岗；
2. 学校周边增设减速带、标志标线；
3. 交通安全劝导、头盔佩戴宣传。
## 四、时间安排及评估
2024年9月起实施，2025年12月开展效果评估。
>> 交通安全项目组　2024年7月10日
""", "2024-07-10", author="杨帆")
    R(F21 + "道路交通安全促进项目实施方案.docx", "项目方案（交通安全）", [5], [4], "2024-07-10")
    docx(F21 + "交通安全劝导记录（2025年4月）.docx", """
# 交通安全劝导记录
时间：2025年4月每周三上午7:20—8:20
地点：枫林路与桥西路交叉口、枫桥小学门口
人员：交警中队辅警2人、警务室郑刚、志愿者3人
| 日期 | 劝导未戴头盔 | 劝导违停 | 头盔佩戴率抽查 |
| 4月2日 | 23人 | 11辆 | 86% |
| 4月9日 | 19人 | 8辆 | 88% |
| 4月16日 | 15人 | 9辆 | 90% |
| 4月23日 | 12人 | 6辆 | 92% |
| 4月30日 | 10人 | 5辆 | 93% |
>> 交通安全项目组　2025年4月30日
""", "2025-04-30", author="杨帆")
    R(F21 + "交通安全劝导记录（2025年4月）.docx", "交通劝导记录（2025-04）", [5], [8], "2025-04-30")
    docx(F21 + "道路交通安全促进项目效果评估.docx", f"""
# 枫桥社区道路交通安全促进项目效果评估
## 一、实施情况
2024年9月起枫桥小学上下学时段护学岗常态化；学校周边增设减速带4处、学生过街标志2处；每周三开展交通安全劝导。
## 二、效果评估
| 指标 | 对照（2024年4—8月） | 评估（2025年4—8月） | 目标 |
| 道路交通伤害人次 | {a24['traffic']}人次 | {a25['traffic']}人次（{trend(a24['traffic'], a25['traffic'])}） | 下降10% |
| 其中骑电动自行车 | {a24['ebike']}人次 | {a25['ebike']}人次 | — |
| 护学岗设置率 | — | 100% | 100% |
| 头盔佩戴率（路口抽查） | 86%（2025年4月初） | 93% | ≥90% |
说明：伤害监测数据截至2025年8月。
## 三、结论与改进
目标基本实现。2026年继续开展路口劝导，推动枫林路增设非机动车道隔离。
>> 交通安全项目组　2025年12月22日
""", "2025-12-22", author="杨帆")
    R(F21 + "道路交通安全促进项目效果评估.docx", "项目效果评估（交通安全）", [5], [12], "2025-12-22")

    txt(F21B + "待补充.txt", """
居家安全项目组（周晓燕、赵德明）
项目方案待补充。
2026.3.20 整档时记
""")
    R(F21B + "待补充.txt", "占位说明（居家安全项目方案待补充——确认缺失）", [], [5], "2026-03-20")


# ----------------------------------------------------------------------------------------------
# 指标22 应急, 指标23 宣传培训, 指标24 监测监督, 指标27 档案, 指标28 纠正, 指标29-30 评审
# ----------------------------------------------------------------------------------------------

DRILLS = [  # the drill register: none in 2025 (planted gap)
    [1, dt.date(2024, 6, 14), "防汛应急演练", "枫桥苑沿河低洼地段", 46, "居委会、物业、志愿者、街道应急办", "已评估总结", "指标22"],
    [2, dt.date(2024, 11, 8), "高层住宅消防应急疏散演练", "翠湖名邸12栋", 173, "居委会、消防救援站、物业、志愿者", "已评估总结", "指标19（消防安全）"],
    [3, dt.date(2026, 3, 18), "燃气泄漏应急疏散演练", "枫林新村7栋", 88, "居委会、华润燃气、物业、志愿者", "已评估总结", "指标22"],
]
TRAININGS = [  # staff trainings: 2024 only (planted gap: none in 2025)
    [1, dt.date(2024, 5, 16), "安全社区骨干培训", "促进委员会成员、项目组骨干、网格员", 42, "西湖区安委办 钱国平", "指标23"],
    [2, dt.date(2024, 6, 20), "安全社区标准及伤害监测方法培训", "项目组骨干、服务站人员", 26, "林涛", "纸质签到表存创建办"],
    [3, dt.date(2024, 7, 18), "物业及沿街商户消防安全培训", "物业员工、沿街商户", 35, "王磊", "纸质签到表存创建办"],
    [4, dt.date(2024, 10, 25), "网格员、楼栋长安全业务培训", "网格员、楼栋长", 38, "黄志强、刘洋", "指标23"],
    [5, dt.date(2024, 12, 6), "志愿者应急救护培训", "安全志愿服务队", 30, "西湖区红十字会", "见指标08志愿者活动记录"],
]
PUBLICITY = [
    [1, dt.date(2024, 6, 16), "安全生产月宣传咨询", "枫桥苑广场", "展板、咨询、发放资料600份", "居民"],
    [2, dt.date(2024, 7, 24), "儿童防溺水安全课堂", "党群服务中心", "课堂、测试", "学生及家长53人"],
    [3, dt.date(2024, 9, 20), "老年人防跌倒健康讲座", "老年活动室", "讲座、发放手册120册", "老年人56人"],
    [4, dt.date(2024, 11, 9), "消防宣传日活动", "翠湖名邸", "展板、灭火器使用体验", "居民"],
    [5, dt.date(2025, 1, 22), "春节安全用火用气宣传", "4个小区", "张贴海报、微信群推送", "居民"],
    [6, dt.date(2025, 5, 12), "防灾减灾日宣传", "桥西花园", "展板、发放应急知识手册300份", "居民"],
    [7, dt.date(2025, 6, 16), "安全生产月宣传咨询", "枫桥苑广场", "咨询、发放资料800余份", "居民"],
    [8, dt.date(2025, 7, 20), "暑期防溺水宣传", "4个小区", "张贴海报、警示牌、微信群推送", "居民及家长"],
    [9, dt.date(2025, 11, 9), "消防宣传月入户宣传", "枫林新村、枫桥苑", "志愿者入户发放消防提示", "居民"],
    [10, dt.date(2026, 1, 18), "春节燃气安全宣传", "4个小区", "张贴海报、微信群推送", "居民"],
]


def build_emergency(ctx):
    docx(F22 + "枫桥社区突发事件综合应急预案（修订）.docx", """
# 枫桥社区突发事件综合应急预案
（2024年6月修订）
## 一、适用范围
本预案适用于枫桥社区辖区内火灾、燃气泄漏、防汛、地震、电梯困人、公共卫生等突发事件的先期处置。
## 二、组织机构
成立社区应急指挥部，总指挥陈丽萍，副总指挥黄志强（街道应急办）；下设抢险救援、疏散引导、医疗救护、后勤保障4个应急分队。
## 三、预警与响应
接报后社区值班人员5分钟内报告总指挥，启动响应，同时报告街道和相关部门；应急分队15分钟内到达现场开展先期处置。
## 四、应急保障
应急物资储存于社区党群服务中心一楼应急物资库，清单动态更新。
## 五、演练与培训
社区每年至少组织两次综合应急演练（其中防汛或消防演练不少于一次），演练后评估总结，发现的问题纳入整改。
## 六、附则
本预案由社区居委会负责解释，自印发之日起施行。
>> 枫桥社区居民委员会
>> 二〇二四年六月五日
""", "2024-06-05")
    R(F22 + "枫桥社区突发事件综合应急预案（修订）.docx", "综合应急预案（每年至少两次综合演练）", [7], [], "2024-06-05")
    rr = random.Random(1509)
    team = []
    for i in range(1, 37):
        team.append([i, rr.choice(["抢险救援分队", "疏散引导分队", "医疗救护分队", "后勤保障分队"]), rr.choice(SURNAMES) + rr.choice(GIVEN),
                     rr.choice(["物业员工", "志愿者", "网格员", "服务站医护", "居委会"])])
    team.sort(key=lambda x: (x[1], x[0]))
    stuff = [["灭火器（4kg）", 40, "个"], ["消防水带", 6, "盘"], ["防汛沙袋", 300, "只"], ["移动排水泵", 2, "台"], ["救生圈", 6, "个"],
             ["救生绳", 8, "根"], ["应急照明灯", 20, "个"], ["急救箱", 4, "个"], ["扩音器", 4, "个"], ["警戒带", 10, "卷"]]
    xlsx(F22 + "应急救援队伍及应急物资清单.xlsx", [
        ("应急队伍", "枫桥社区应急救援队伍名单（2024年6月）", ["序号", "分队", "姓名", "身份"], team, [6, 16, 10, 12]),
        ("应急物资", "枫桥社区应急物资清单", ["物资名称", "数量", "单位"], stuff, [20, 8, 6]),
    ], "2024-06-10")
    R(F22 + "应急救援队伍及应急物资清单.xlsx", "应急队伍及物资清单", [7], [], "2024-06-10")
    docx(F22 + "2024年防汛应急演练方案及总结.docx", """
# 枫桥社区2024年防汛应急演练方案及总结
## 一、演练方案
时间：2024年6月14日上午9:00；地点：枫桥苑沿河低洼地段、翠湖名邸地下车库
情景：连续强降雨，沿河步道积水，地下车库存在倒灌风险，需转移低洼住户中的行动不便老人。
参演：居委会、物业、安全志愿服务队、街道应急办，共46人。
## 二、演练总结
9:02发布预警，9:10抢险分队到达地下车库布设沙袋、启用排水泵，9:25疏散引导分队协助转移老人6名（模拟），9:50演练结束。
存在问题：地下车库挡水板数量不足；部分志愿者对排水泵操作不熟。整改：物业补配挡水板（已列入隐患排查台账），由物业对志愿者进行操作讲解。
照片：微信图片_20240614095032.jpg
>> 枫桥社区居委会　2024年6月14日
""", "2024-06-14")
    R(F22 + "2024年防汛应急演练方案及总结.docx", "应急演练方案及总结（2024-06-14 防汛）", [7], [11], "2024-06-14")
    jpg(F22 + "微信图片_20240614095032.jpg", 20, label="防汛应急演练")
    R(F22 + "微信图片_20240614095032.jpg", "照片（防汛演练）", [7], [], "2024-06-14")
    xlsx(F22 + "应急演练登记表.xlsx", [("演练登记", "枫桥社区应急演练登记表（2024.4—2026.3）",
                                        ["序号", "演练日期", "演练名称", "地点", "参加人数", "参演单位", "评估", "记录存放"], DRILLS,
                                        [6, 12, 26, 18, 8, 30, 10, 18])], "2026-03-20")
    R(F22 + "应急演练登记表.xlsx", "应急演练登记表（3次：2024-06-14、2024-11-08、2026-03-18；2025年无）", [7], [], "2026-03-20")
    docx(F22 + "2026年3月燃气泄漏应急疏散演练记录.docx", """
# 枫桥社区燃气泄漏应急疏散演练记录
时间：2026年3月18日上午9:30
地点：枫林新村7栋
组织：枫桥社区居委会、华润燃气西湖服务部、宁川安居物业
参加：7栋居民62人、物业及燃气公司人员12人、志愿者14人，共88人
情景：7栋3单元402室燃气泄漏，报警器报警。
过程：9:31住户报告，9:34物业关闭单元总阀，9:38疏散引导分队组织本单元居民疏散至楼前空地，9:45华润燃气抢修人员到场检测处置，10:05演练结束。
评估：居民对“不开关电器、开窗通风、到室外打电话”掌握较好；单元门禁影响疏散速度，已通知物业调整。
照片：IMG_20260318_100512.jpg
>> 枫桥社区居委会　2026年3月18日
""", "2026-03-18")
    R(F22 + "2026年3月燃气泄漏应急疏散演练记录.docx", "应急演练记录（2026-03-18 燃气泄漏）", [7], [5], "2026-03-18")
    jpg(F22 + "IMG_20260318_100512.jpg", 22, when="2026-03-18 10:05", exif=True)
    R(F22 + "IMG_20260318_100512.jpg", "照片（燃气泄漏演练，EXIF）", [7], [], "2026-03-18")
    txt(F22 + "说明.txt", """
2024年11月8日翠湖名邸高层住宅消防应急疏散演练记录及照片放在“指标19 消防安全”文件夹，此处不再复印。
""")
    R(F22 + "说明.txt", "指引（非证据）", [], [7], "2026-03")
    lnk(F22 + "应急预案 - 快捷方式.lnk", 23)
    R(F22 + "应急预案 - 快捷方式.lnk", "损坏的Windows快捷方式", [], [], None, {"unreadable": "broken Windows shortcut"})


def build_training(ctx):
    docx(F23 + "2024年度安全宣传教育培训计划.docx", """
# 枫桥社区2024年度安全宣传教育培训计划
## 一、培训安排
| 对象 | 内容 | 时间 | 组织 |
| 促进委员会成员、项目组骨干、网格员 | 安全社区理念、标准和创建方法 | 5月 | 创建办 |
| 项目组骨干、服务站人员 | 伤害监测方法 | 6月 | 数据统计组 |
| 物业员工、沿街商户 | 消防安全、初期火灾扑救 | 7月 | 消防安全项目组 |
| 网格员、楼栋长 | 隐患排查、燃气安全、应急处置 | 10月 | 创建办 |
| 志愿者 | 应急救护 | 12月 | 创建办 |
## 二、宣传安排
安全生产月（6月）、暑期防溺水（7月）、防跌倒讲座（9月）、消防宣传日（11月）集中宣传。
>> 枫桥社区安全社区创建办公室　2024年5月10日
""", "2024-05-10")
    R(F23 + "2024年度安全宣传教育培训计划.docx", "宣传教育培训计划（2024年）", [6], [4], "2024-05-10")
    docx(F23 + "安全社区骨干培训记录（2024年5月）.docx", """
# 安全社区骨干培训记录
培训时间：2024年5月16日下午2:00—5:00
培训地点：枫桥社区党群服务中心三楼会议室
授课人：钱国平（西湖区安委办）
参训对象：促进委员会成员、项目组骨干、网格员
签到人数：42人（签到表附后）
培训内容：一、安全社区理念及AQ/T 9001-2006《安全社区建设基本要求》12项要素；二、社区安全诊断方法（问卷调查、伤害监测、危险源辨识LEC法）；三、安全促进项目的策划与评估；四、创建档案的收集整理。
培训效果：课后测试42人，合格40人。
照片：微信图片_20240516144502.jpg
>> 记录：周晓燕
""", "2024-05-16")
    R(F23 + "安全社区骨干培训记录（2024年5月）.docx", "培训记录（2024-05-16，签到42人）", [6], [1], "2024-05-16")
    jpg(F23 + "微信图片_20240516144502.jpg", 24, label="安全社区骨干培训班")
    R(F23 + "微信图片_20240516144502.jpg", "照片（骨干培训）", [6], [], "2024-05-16")
    docx(F23 + "网格员楼栋长安全业务培训记录（2024年10月）.docx", """
# 网格员、楼栋长安全业务培训记录
时间：2024年10月25日上午9:00—11:30
地点：枫桥社区党群服务中心三楼会议室
授课：黄志强（街道应急办）、刘洋（华润燃气）
参训：网格员8人、楼栋长30人，共38人（签到表附后）
内容：一、楼道堆物、飞线充电等常见隐患识别与报告；二、燃气入户检查ABC分类标准；三、突发事件信息报告流程和先期处置。
>> 记录：朱婷　2024年10月25日
""", "2024-10-25", author="朱婷")
    R(F23 + "网格员楼栋长安全业务培训记录（2024年10月）.docx", "培训记录（2024-10-25，签到38人）", [6], [8], "2024-10-25")
    xlsx(F23 + "宣传教育培训登记表.xlsx", [
        ("培训", "枫桥社区安全培训登记表", ["序号", "日期", "培训名称", "对象", "人数", "授课人", "记录存放"], TRAININGS,
         [6, 12, 30, 30, 6, 20, 10]),
        ("宣传活动", "枫桥社区安全宣传活动登记表", ["序号", "日期", "活动名称", "地点", "形式", "对象"], PUBLICITY,
         [6, 12, 24, 18, 30, 16]),
    ], "2026-03-10")
    R(F23 + "宣传教育培训登记表.xlsx", "宣传教育培训登记表（培训5次均在2024年；宣传活动10次2024—2026）", [6], [], "2026-03-10")
    docx(F23 + "2025年“安全生产月”宣传咨询活动记录.docx", """
# 2025年“安全生产月”宣传咨询活动记录
时间：2025年6月16日上午8:30—11:30
地点：枫桥苑小区广场
参加单位：枫桥社区居委会、枫林消防救援站、华润燃气西湖服务部、枫桥服务站、安全志愿服务队
活动内容：设置消防、燃气、防跌倒、防诈骗咨询台4个，展板12块；消防站展示灭火器、灭火毯；华润燃气现场检测居民带来的燃气软管；服务站为老人测量血压。
发放《家庭安全手册》《燃气安全使用指南》等资料800余份，现场咨询约300人次。
照片：微信图片_20250616093320.jpg
>> 记录：朱婷　2025年6月16日
""", "2025-06-16", author="朱婷")
    R(F23 + "2025年“安全生产月”宣传咨询活动记录.docx", "宣传活动记录（2025-06-16 安全生产月）", [6], [2], "2025-06-16")
    jpg(F23 + "微信图片_20250616093320.jpg", 25, label="安全生产月 宣传咨询")
    R(F23 + "微信图片_20250616093320.jpg", "照片（安全生产月宣传）", [6], [], "2025-06-16")
    jpg(F23 + "IMG_20251109_101044.jpg", 26, when="2025-11-09 10:10", exif=True)
    R(F23 + "IMG_20251109_101044.jpg", "照片（消防宣传月入户宣传，说明见照片说明.txt）", [6], [2], "2025-11-09")
    txt(F23 + "照片说明.txt", """
IMG_20251109_101044.jpg：2025年11月9日消防宣传月，安全志愿服务队在枫林新村入户发放消防安全提示，讲解电动自行车不进楼、不入户。
""", encoding="utf-8", bom=True)
    R(F23 + "照片说明.txt", "照片说明（2025-11-09 消防宣传月入户宣传）", [6], [2], "2025-11-09")


def build_supervision(ctx):
    docx(F24 + "安全促进项目实施情况督查记录（2024年12月）.docx", """
# 安全促进项目实施情况督查记录
督查时间：2024年12月18日
督查人员：沈国华、黄志强、周晓燕
督查对象：6个安全促进项目组
| 项目 | 督查情况 | 意见 |
| 老年人防跌倒 | 独居高龄老人风险评估186人完成，第一批改造20户12月20日完成 | 按计划推进 |
| 儿童安全 | 暑期课堂已开展，护学岗9月起设置 | 收集儿童伤害基线数据 |
| 消防安全 | 充电棚2处建成，飞线清理42处 | 巩固成效 |
| 燃气安全 | 入户检查120户完成，C类户已下发通知书 | 2025年复查 |
| 交通安全 | 护学岗、减速带已落实 | 开展头盔佩戴劝导 |
| 居家安全 | 无项目方案，未开展活动 | 限期提交方案 |
>> 创建办　2024年12月19日
""", "2024-12-19")
    R(F24 + "安全促进项目实施情况督查记录（2024年12月）.docx", "项目督查记录（2024-12-18）", [8], [5, 1], "2024-12-18")
    docx(F24 + "安全促进项目实施情况督查记录（2025年11月）.docx", """
# 安全促进项目实施情况督查记录
督查时间：2025年11月25日
督查人员：黄志强、周晓燕、朱婷
| 项目 | 督查情况 | 意见 |
| 老年人防跌倒 | 第二批适老化改造16户9月完成 | 12月完成效果评估 |
| 儿童安全 | 护学岗、暑期巡查落实；效果评估未按11月计划开展 | 尽快开展评估 |
| 消防安全 | 季度排查飞线充电明显减少 | 12月完成效果评估 |
| 燃气安全 | 复查完成，效果评估已于11月20日完成 | — |
| 交通安全 | 劝导、护学岗常态化 | 12月完成效果评估 |
| 居家安全 | 仍无项目方案 | 列入问题清单 |
>> 创建办　2025年11月26日
""", "2025-11-26")
    R(F24 + "安全促进项目实施情况督查记录（2025年11月）.docx", "项目督查记录（2025-11-25，记载儿童评估未开展、居家无方案）", [8], [5], "2025-11-25")


def build_correct(ctx):
    pdf(F28 + "隐患整改通知书（2025年第3号）.pdf", f"""
!! {HDR}
# 隐患整改通知书
^^ 枫居隐改〔2025〕3号
枫林新村住户（门牌略）：
2025年5—6月燃气B、C类户复查发现，你户燃气软管穿墙敷设仍未整改，属于重大隐患（C类）。根据《城镇燃气管理条例》和社区隐患排查治理制度，请于2025年7月15日前整改（改为金属管道或移除穿墙软管），整改期间已关闭表前阀。整改完成后请告知网格员，由华润燃气复查。
>> 枫桥社区居民委员会　华润燃气西湖服务部
>> 2025年6月26日
回执：已整改，2025年7月11日复查合格。复查人：刘洋
""", "2025-06-26 15:00")
    R(F28 + "隐患整改通知书（2025年第3号）.pdf", "隐患整改通知书（2025年第3号，C类户，已复查合格）", [11], [8], "2025-06-26")
    docx(F28 + "纠正措施记录表.docx", """
# 枫桥社区预防与纠正措施记录表
来源：2024年度管理评审（2025年1月20日）
| 序号 | 问题 | 原因分析 | 纠正/预防措施 | 责任人 | 完成时间 | 验证 |
| 1 | 居家安全项目无方案 | 项目组长兼职多，未落实 | 明确由赵德明协助起草，3月底前提交 | 周晓燕 | 2025-03-31 | 未完成，转入问题清单 |
| 2 | 伤害监测外院就诊病例漏报 | 网格员补报不及时 | 每月5日前网格员报送，服务站核对 | 林涛 | 2025-02-28 | 已落实 |
| 3 | 楼道扶手缺失 | 老旧小区无维修资金 | 社区经费安装枫林新村楼道扶手 | 马立群 | 2025-03-20 | 已完成 |
| 4 | 防汛演练发现挡水板不足 | 物资未及时补充 | 物业补配挡水板 | 李建国 | 2025-06-10 | 已完成 |
| 5 | 儿童伤害基线不清 | 未单独统计 | 数据统计组按年龄段统计儿童伤害 | 林涛 | 2025-02-28 | 已落实 |
>> 创建办　2025年3月15日（2025年12月补记验证情况）
""", "2025-03-15", modified="2025-12-12 10:00")
    R(F28 + "纠正措施记录表.docx", "纠正措施记录表（来源2024年度管理评审）", [11], [12], "2025-03-15")


def build_review(ctx):
    s = ctx["inj_2024"]
    c24 = ctx["gas24_counts"]
    docx(F29 + "2024年度安全社区管理评审报告.docx", f"""
# 枫桥社区2024年度安全社区管理评审报告
评审时间：2025年1月20日
评审方式：促进委员会全体会议评审（16人参加），主持人：沈国华
评审范围：2024年4月—12月安全社区创建工作
## 一、评审输入
1. 目标完成情况：伤害监测4—12月登记{s['n']}人次（2024年度伤害监测分析报告）；燃气重点户入户检查{sum(c24.values())}户，C类{c24['C']}户已下发整改通知书；
2. 制度运行：促进委员会召开全体会议3次（4月、7月、10月），与制度要求一致；季度隐患排查和节前、汛前检查按时开展；
3. 宣传教育培训：开展培训5次（骨干、伤害监测、消防、网格员楼栋长、志愿者应急救护），集中宣传4次；
4. 应急：6月防汛应急演练、11月高层住宅消防应急疏散演练各1次；
5. 项目：6个项目中5个已按方案实施，居家安全项目无方案；
6. 居民意见建议受理6件，均已答复。
## 二、评审结论
2024年创建工作总体按实施方案推进，组织体系、制度和监测机制已建立，诊断和项目策划基本符合社区实际。
## 三、存在问题及改进要求
1. 居家安全项目至今没有项目方案，2025年3月底前提交；
2. 伤害监测外院就诊病例存在漏报，完善网格员补报；
3. 老旧小区楼道扶手缺失，列入2025年经费安排；
4. 防汛演练暴露挡水板不足；
5. 儿童伤害基线数据不清。
以上问题由创建办编制纠正措施记录表跟踪落实。
>> 枫桥社区安全社区创建促进委员会
>> 2025年1月20日
""", "2025-01-20")
    R(F29 + "2024年度安全社区管理评审报告.docx", "2024年度管理评审报告（2025-01-20）", [12], [1, 4, 5, 6, 7, 9, 11], "2025-01-20")
    srv = [
        ["发放问卷", "500份"], ["有效问卷", "482份"], ["调查时间", "2026年3月2日—3月13日"],
        ["近一年发生需就医伤害", "4.61%（基线5.37%，下降14.2%）"], ["安全知识总体知晓率", "86.4%（基线62.5%）"],
        ["燃气泄漏正确处置知晓率", "88.1%（基线54.3%）"], ["火灾逃生知识知晓率", "87.3%（基线63.8%）"],
        ["燃气泄漏报警器安装率", "38.6%（基线21.6%）"], ["社区安全状况满意率", "91.5%（基线80.2%）"],
    ]
    xlsx(F29 + "2026年居民安全感满意度调查统计.xlsx", [("统计", "枫桥社区2026年居民安全感及满意度调查统计", ["指标", "结果"], srv, [28, 40])],
         "2026-03-16", author="林涛")
    R(F29 + "2026年居民安全感满意度调查统计.xlsx", "居民安全感满意度调查统计（2026-03）", [12], [3, 2], "2026-03-16")


def self_report_text(ctx):
    a, s24, s25 = ctx["inj_all"], ctx["inj_2024"], ctx["inj_2025"]
    c24, c25 = ctx["gas24_counts"], ctx["gas25_counts"]
    m = ctx["money"]
    return f"""
# 枫桥社区安全社区创建工作自评报告
枫桥社区安全社区创建促进委员会
二〇二六年四月十五日
## 一、社区概况
枫桥社区位于宁川市西湖区枫林街道西部，辖区面积1.12平方公里，4个居民小区，常住3862户10240人。2024年4月启动市级安全社区创建，创建周期为2024年4月1日至2026年3月31日。
## 二、对照评定指标开展工作情况
（一）创建机构与职责：成立16人组成的跨部门促进委员会（枫居发〔2024〕8号）及6个安全促进项目组、数据统计组，汇编11项工作制度；创建期内召开促进委员会全体会议7次（2024年3次、2025年2次、2026年2次）；投入创建经费{(m['2024'] + m['2025'] + m['2026']) / 10000:.2f}万元。
（二）信息交流和全员参与：建立意见建议受理反馈渠道（受理13件均答复），编发工作简报；组建48人安全志愿服务队；2024年9月赴东湖区春江街道学习，2025年5月在全市推进会交流发言；家庭安全承诺书签订率八成以上。
（三）风险辨识及评价：2024年6月完成社区安全诊断（问卷571份、LEC辨识12项危险源），建立重点人群及高风险环境台账；2025年12月开展年度风险再辨识。
（四）目标及计划：制定2024—2026年实施方案及量化目标，2024年、2025年年度计划。
（五）安全促进项目：实施老年人防跌倒、儿童安全、消防安全、燃气安全、交通安全5个项目，老年人防跌倒、消防、燃气、交通4个项目完成效果评估；燃气重点户C类户由{c24['C']}户降为0户。
（六）宣传教育与培训：2024年开展骨干、伤害监测、消防、网格员楼栋长、志愿者应急救护培训5次；2024—2026年开展集中宣传活动10次。
（七）应急预案和响应：修订综合应急预案，组建4支应急分队36人；组织综合演练3次（2024年6月防汛、2024年11月高层消防疏散、2026年3月燃气泄漏）。
（八）监测与监督：每季度隐患排查及节前、汛前检查，燃气重点户入户检查和复查（ABC分类），2024年12月、2025年11月项目督查。
（九）事故与伤害记录：依托枫桥服务站建立伤害监测点，2024年4月至2025年8月登记伤害{a['n']}人次（2024年4—12月{s24['n']}人次、2025年1—8月{s25['n']}人次），形成2024年度分析报告。
（十）创建档案：制定档案管理制度（见制度汇编），按评定指标整理档案并编制目录。
（十一）预防与纠正措施：隐患排查台账{len(ctx['hazards'])}项隐患已整改{sum(1 for r in ctx['hazards'] if r[9])}项，其余1项在整改期限内；管理评审问题编制纠正措施记录。
（十二）评审与持续改进：2025年1月开展2024年度管理评审；2026年3月开展居民安全感满意度调查；制定持续改进计划。
## 三、目标完成情况
居民近一年伤害发生率由5.37%降至4.61%（下降14.2%）；安全知识知晓率86.4%；安全满意度91.5%；燃气C类户清零；创建期内未发生较大及以上安全事故和亡人火灾。
## 四、存在的不足
1. 2025年第二、四季度促进委员会全体会议未召开；
2. 2025年未组织应急演练，未达到预案每年至少两次的要求；
3. 2025年网格员、楼栋长、志愿者安全业务培训未开展；
4. 伤害监测2025年9月以后数据未报送，2025年度伤害监测分析报告未形成；
5. 居家安全项目没有项目方案；儿童安全项目未开展效果评估；
6. 2025年度管理评审尚未开展。
## 五、自评结论
对照评定标准，枫桥社区基本达到市级安全社区要求，上述不足已列入持续改进计划，申请市级安全社区评定。
"""


def build_root(ctx):
    docx(F00 + "枫桥社区安全社区创建工作自评报告.docx", self_report_text(ctx), "2026-04-15", author="周晓燕")
    R(F00 + "枫桥社区安全社区创建工作自评报告.docx", "自评报告（2026-04-15，列出6类不足）", [12],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "2026-04-15")
    copy(F00 + "枫桥社区安全社区创建工作自评报告.docx", F29 + "自评报告（复印件）.docx")
    pdf(F00 + "关于申请市级安全社区评定的请示.pdf", f"""
!! {HDR}
^^ 枫居发〔2026〕5号
--
# 关于申请市级安全社区评定的请示
枫林街道办事处、西湖区安全生产委员会办公室：
枫桥社区于2024年4月启动安全社区创建工作，创建周期为2024年4月1日至2026年3月31日。按照《安全社区建设基本要求》（AQ/T 9001-2006），社区成立了跨部门的安全社区创建促进委员会，完成社区安全诊断，实施了老年人防跌倒、儿童安全、消防安全、燃气安全、交通安全等安全促进项目，建立了伤害监测点和应急救援队伍。创建期内社区未发生较大及以上安全事故，居民安全满意度91.5%。
经对照评定标准自查，枫桥社区基本达到市级安全社区要求，特申请评定。
妥否，请批示。
附件：1. 枫桥社区安全社区创建工作自评报告　2. 枫桥社区安全社区创建档案目录
>> 枫桥社区居民委员会
>> 2026年4月20日
联系人：周晓燕　电话：0571-8830××××
""", "2026-04-20 10:00")
    R(F00 + "关于申请市级安全社区评定的请示.pdf", "评定申请请示（枫居发〔2026〕5号，红头）", [12], [1, 5, 7, 10], "2026-04-20")
    docx(F00 + "枫桥社区安全社区创建大事记.docx", """
# 枫桥社区安全社区创建大事记（2024.4—2026.3）
2024年4月8日　印发《关于成立枫桥社区安全社区创建促进委员会的通知》（枫居发〔2024〕8号）。
2024年4月12日　印发实施方案（枫居发〔2024〕10号）。
2024年4月18日　召开创建启动大会暨促进委员会第一次全体会议。
2024年5月6日　汇编印发创建工作制度。
2024年5月16日　举办安全社区骨干培训班。
2024年5月20日　成立6个安全促进项目组和数据统计组。
2024年6月14日　开展防汛应急演练。
2024年6月25日　形成社区安全诊断报告。
2024年7—9月　燃气重点户入户安全检查。
2024年9月10日　赴东湖区春江街道学习交流。
2024年11月8日　翠湖名邸高层住宅消防应急疏散演练。
2025年1月20日　2024年度管理评审；审议通过2025年度工作计划。
2025年5月28日　在全市安全社区建设推进会上交流发言。
2025年5—6月　燃气B、C类户复查。
2025年12月　年度风险再辨识；各项目效果评估。
2026年1月14日　促进委员会会议查找问题，部署自查整档。
2026年3月18日　燃气泄漏应急疏散演练。
2026年3月26日　自查整档工作会议。
>> 创建办　2026年4月8日
""", "2026-04-08")
    R(F00 + "枫桥社区安全社区创建大事记.docx", "大事记（2024.4—2026.3）", [10], [1, 2, 3, 7, 12], "2026-04-08")
    txt(F00 + "说明.txt", """
枫桥社区安全社区创建档案说明

本档案按《安全社区现场评定表》的指标顺序整理，文件夹名称即指标名称。
同一份材料对应几个指标的，复印件分别放入相应指标文件夹（文件名带“复印件”或“副本”）。
各项目组的材料按项目放在指标17—21文件夹。
伤害监测放在3-2，隐患排查放在3-3。
档案整理：周晓燕　2026年4月
""", encoding="gbk")
    R(F00 + "说明.txt", "档案说明（GBK编码，整理方式说明）", [10], [], "2026-04-10")

    txt(F27 + "档案管理制度见指标03.txt", """
安全社区档案管理制度是《枫桥社区安全社区创建工作制度汇编》第九部分，
原件在“指标03 工作制度”文件夹，指标06-07文件夹有复印件。
档案目录原件在“00 申报及自评材料”。
""", encoding="gbk")
    R(F27 + "档案管理制度见指标03.txt", "指引（GBK，档案管理制度所在位置，非证据）", [], [10], "2026-04")
    lnk(F27 + "快捷方式 到 档案目录.lnk", 27)
    R(F27 + "快捷方式 到 档案目录.lnk", "损坏的Windows快捷方式", [], [], None, {"unreadable": "broken Windows shortcut"})

    # the catalogue, compiled 2026-04-10 from what had been filed (not the 00 folder's later papers)
    rr = random.Random(1510)
    items = [e for e in REG if not e["path"].endswith(".lnk") and not e["path"].endswith(".jpg")
             and e["date"] and e["date"] <= "2026-04-10" and "指引" not in e["kind"] and "占位" not in e["kind"]]
    items.sort(key=lambda e: (e["path"].split("/")[0], e["date"], e["path"]))
    crow = []
    for i, e in enumerate(items, 1):
        folder, fname = e["path"].split("/", 1)
        title = os.path.splitext(fname)[0]
        note = "复印件" if "duplicate_of" in e["flags"] else ""
        crow.append([i, folder, "FQ·AQSQ-%03d" % i, title, e["date"].replace("-", "")[:8], rr.randint(1, 6), note])
    xlsx(F00 + "枫桥社区安全社区创建档案目录.xlsx", [("目录", "枫桥社区安全社区创建档案目录",
                                                   ["件号", "指标（卷）", "档号", "题名", "日期", "页数", "备注"], crow,
                                                   [6, 26, 14, 60, 10, 6, 8])], "2026-04-10")
    R(F00 + "枫桥社区安全社区创建档案目录.xlsx", "档案目录（%d件，按指标卷）" % len(crow), [10], [], "2026-04-10")
    copy(F00 + "枫桥社区安全社区创建档案目录.xlsx", F27 + "档案目录 - 副本.xlsx")

    docx(F29 + "枫桥社区安全社区持续改进计划（2026年）.docx", """
# 枫桥社区安全社区持续改进计划（2026年）
根据2026年1月14日促进委员会会议查找的问题和自评结果，进入提高阶段，制定本计划。
| 序号 | 问题 | 改进措施 | 责任人 | 完成时限 |
| 1 | 促进委员会例会2025年第二、四季度未召开 | 例会列入社区年度工作日历，创建办提前两周通知 | 陈丽萍 | 长期 |
| 2 | 2025年未组织应急演练 | 2026年6月防汛、11月消防演练各一次 | 黄志强 | 2026年11月 |
| 3 | 2025年安全业务培训未开展 | 2026年5月、10月各组织一次网格员楼栋长志愿者培训 | 周晓燕 | 2026年10月 |
| 4 | 伤害监测2025年9月起中断 | 服务站补录，恢复月报 | 林涛 | 2026年5月 |
| 5 | 居家安全项目无方案 | 制定方案并实施 | 周晓燕、赵德明 | 2026年6月 |
| 6 | 儿童安全项目未评估 | 开展效果评估 | 何敏 | 2026年6月 |
| 7 | 2025年度管理评审未开展 | 伤害数据补齐后开展 | 沈国华 | 2026年6月 |
| 8 | 沿街餐饮店燃气安全 | 纳入燃气安全项目 | 刘洋 | 2026年12月 |
>> 枫桥社区安全社区创建促进委员会
>> 2026年4月18日
""", "2026-04-18")
    R(F29 + "枫桥社区安全社区持续改进计划（2026年）.docx", "持续改进计划（2026-04-18）", [12], [11, 1, 4], "2026-04-18")


# ----------------------------------------------------------------------------------------------
# the judgement: files from the registry, the rest written by hand (before zicha was run)
# ----------------------------------------------------------------------------------------------

JUDGEMENT_HEAD = """\
# Expert judgement for tests/holdout15/fengqiao (枫桥社区, 宁川市西湖区枫林街道, 城市型社区), written from
# the generator's registry and the files, before zicha was run on the archive. Schema: shared/tools/README.md.
# Style: filed BY THE SCORING SHEET (top folders = indicators: 指标01 … 指标29-30, 3-1/3-2/3-3), with
# byte-identical copies across indicator folders, pointer stubs (.txt) and broken .lnk shortcuts.
# The files section is generated by make_fengqiao.py from its registry; the rest is hand-written there.
community_name: 枫桥社区
assessment_period: {start: '2024-04-01', end: '2026-03-31'}   # 枫居发〔2024〕8号 founding notice (PDF) and 实施方案 枫居发〔2024〕10号 (二〇二四年四月一日至二〇二六年三月三十一日)

files:
"""

JUDGEMENT_TAIL = """
elements:
  "1": {evidenced: partial, reason: "跨部门促进委员会16人（枫居发〔2024〕8号）、6个项目组+数据统计组（枫居发〔2024〕12号）、制度汇编、组织架构图、目标责任书、经费台账（2024—2026共21笔）齐全；但制度规定促进委员会每季度召开一次全体会议，2025年只开了2次（1月20日、7月15日），第二、第四季度未召开——2025-07-15纪要、2026-01-14纪要和自评报告均自认。"}
  "2": {evidenced: true, reason: "意见建议受理反馈登记表（13件均答复）、工作简报第1、3期、48人志愿者名册和活动记录、居民议事会、家庭安全承诺书统计；对外交流每年一次（2024-09赴春江街道学习、2025-05全市推进会交流发言）。"}
  "3": {evidenced: true, reason: "风险辨识评价制度（每年再辨识）、问卷样表及统计（571份）、2024-06安全诊断报告、LEC危险源清单、重点人群及高风险环境台账；2025年的再辨识于2025年12月开展，报告成文于2026-01-09。"}
  "4": {evidenced: true, reason: "实施方案（2024—2026）有量化目标和八个阶段；2024年度计划；2025年度计划只作为2025-01-20会议附件存放在指标01文件夹（指标04只有指引txt）。"}
  "5": {evidenced: partial, reason: "项目组通知和实施方案确定6个项目；老年人防跌倒、儿童安全、消防、燃气、交通5个有方案和实施记录，防跌倒、消防、燃气、交通4个有效果评估；居家安全项目从未有项目方案（指标21（2）只有“待补充.txt”），儿童安全项目方案定于2025年11月评估但没有效果评估（2025-11督查记录、2026-01纪要、自评报告确认）。"}
  "6": {evidenced: partial, reason: "宣传教育培训制度规定每年至少两次针对网格员、楼栋长、志愿者及物业人员的安全业务培训；2024年培训5次（两份有签到的培训记录+登记表行），2025年没有任何培训（登记表培训页无2025行；2025-07纪要、2026-01纪要、自评报告确认）；宣传活动2024—2026年均有。"}
  "7": {evidenced: partial, reason: "综合应急预案（每年至少两次综合演练）、应急队伍及物资清单齐全；演练2024年2次（6-14防汛在指标22，11-08高层消防疏散只在指标19）、2025年0次、2026-03-18燃气泄漏1次；2025年没有演练，2026-01纪要和自评报告确认。"}
  "8": {evidenced: true, reason: "隐患排查治理制度（每季度排查、节前汛前专项），隐患排查台账2024Q2—2026Q1每季度都有行（含2025年多行），节前检查通知（红头PDF），燃气重点户入户检查ABC分类及2025年复查，2024-12与2025-11两次项目督查记录。"}
  "9": {evidenced: partial, reason: "伤害监测报告制度（每月汇总、每年1月出上一年度分析）、监测网络名单、登记台账和2024年度分析报告（成文于2025-01-15）都有；但登记台账止于2025年8月，2025年9月—2026年3月无登记，也没有2025年度分析报告（2026-01纪要、再辨识报告、项目评估、自评报告均确认数据中断）。"}
  "10": {evidenced: true, reason: "档案管理制度是制度汇编第九部分（指标03原件、指标06-07复印件），档案目录（按指标卷、档号、页数）、档案说明、大事记；指标27文件夹只有指引txt、目录副本和坏快捷方式。"}
  "11": {evidenced: true, acceptable_verdicts: [true, partial], reason: "预防与纠正措施制度；隐患排查台账32项中31项已整改复查，1项在整改期限内；隐患整改通知书（C类户，已复查合格）；纠正措施记录表（来源2024年度管理评审，5项中4项完成，居家安全方案一项未完成并转入问题清单）。"}
  "12": {evidenced: partial, reason: "评审与持续改进制度规定每年1月对上一年度开展管理评审；2024年度管理评审报告（2025-01-20）有，2025年度管理评审没有开展（2025年计划排在2026年1月，2026-01-14纪要推迟，自评报告和持续改进计划确认）。4个项目效果评估、2026-03满意度调查、自评报告、持续改进计划都有。"}

gaps:
  - id: G1
    element: 1
    also: []
    match: [["2025"], ["会议", "例会", "召开"]]
    record_level: false
    related:
      - 指标03 工作制度/枫桥社区安全社区创建工作制度汇编.docx
      - 指标03 工作制度/促进委员会工作制度（上墙版）.pdf
      - 指标01 创建机构（促进委员会）/促进委员会2025年第一次全体会议纪要.docx
      - 指标01 创建机构（促进委员会）/促进委员会2025年第三季度会议纪要.docx
      - 指标01 创建机构（促进委员会）/2026.1.14 促进委员会会议纪要.docx
    note: 2025年促进委员会全体会议只有2次（1-20、7-15），第二、四季度未召开；制度要求每季度一次
  - id: G2
    element: 5
    also: [4]
    match: [["居家"], ["方案"]]
    record_level: false
    related:
      - 指标02 安全促进项目组/关于成立安全促进项目组的通知.docx
      - 指标21（2）居家安全/待补充.txt
      - 指标24 监测与监督/安全促进项目实施情况督查记录（2025年11月）.docx
    note: 居家安全项目（实施方案和项目组通知确定的6个项目之一）没有项目方案
  - id: G3
    element: 5
    also: [12]
    match: [["儿童"], ["评估", "效果"]]
    record_level: false
    related:
      - 指标18 儿童安全/儿童安全促进项目实施方案（防溺水、上下学交通）.docx
      - 指标24 监测与监督/安全促进项目实施情况督查记录（2025年11月）.docx
    note: 儿童安全项目没有效果评估（方案定于2025年11月评估）
  - id: G4
    element: 6
    also: []
    match: [["2025"], ["培训"]]
    record_level: false
    related:
      - 指标03 工作制度/枫桥社区安全社区创建工作制度汇编.docx
      - 指标23 宣传教育培训/宣传教育培训登记表.xlsx
      - 指标01 创建机构（促进委员会）/促进委员会2025年第三季度会议纪要.docx
    note: 2025年没有开展网格员、楼栋长、志愿者安全业务培训；制度要求每年至少两次
  - id: G5
    element: 7
    also: []
    match: [["2025"], ["演练"]]
    record_level: false
    related:
      - 指标22 应急预案与演练/枫桥社区突发事件综合应急预案（修订）.docx
      - 指标22 应急预案与演练/应急演练登记表.xlsx
      - 指标01 创建机构（促进委员会）/附件：2025年度安全社区创建工作计划.docx
    note: 2025年没有组织应急演练；预案要求每年至少两次
  - id: G6
    element: 9
    also: [3]
    match: [["伤害"], ["2025", "9月", "8月", "中断", "截至", "截止", "停止"]]
    record_level: false
    related:
      - 3-2 伤害监测/伤害监测登记台账（2024年4月起）.xlsx
      - 3-2 伤害监测/伤害监测报告制度.docx
      - 指标01 创建机构（促进委员会）/2026.1.14 促进委员会会议纪要.docx
    note: 伤害监测登记止于2025年8月，2025年9月—2026年3月无登记，也没有2025年度分析报告；制度要求每月汇总、每年1月分析
  - id: G7
    element: 12
    also: []
    match: [["2025"], ["评审"]]
    record_level: false
    related:
      - 指标03 工作制度/枫桥社区安全社区创建工作制度汇编.docx
      - 指标29-30 评审与持续改进/2024年度安全社区管理评审报告.docx
      - 指标01 创建机构（促进委员会）/2026.1.14 促进委员会会议纪要.docx
    note: 2025年度管理评审未开展；制度要求每年1月评审上一年度

traps:
  - id: T1
    element: 4
    match: [["2025"], ["年度计划", "工作计划"]]
    note: 2025年度工作计划存在，但只作为2025-01-20促进委员会会议附件放在“指标01 创建机构（促进委员会）/附件：2025年度安全社区创建工作计划.docx”；指标04文件夹只有一个指引txt
  - id: T2
    element: 8
    match: [["2025"], ["巡查", "检查", "排查"]]
    note: 2025年的季度排查、节前、汛前、专项检查只是“3-3 隐患排查/隐患排查台账（2024.4-2026.3）.xlsx”中带日期的行（另有节前检查通知PDF、燃气复查表的“2025年复查”工作表）；没有单独的2025年检查记录文件
  - id: T3
    element: 3
    match: [["2025"], ["辨识", "风险评估", "再评估"]]
    note: 2025年风险再辨识于2025年12月开展，报告成文于2026-01-09（3-1/枫桥社区2025年度事故与伤害风险再辨识报告.docx），文件日期在次年但在创建周期内
  - id: T4
    element: 10
    match: [["档案"], ["制度"]]
    note: 档案管理制度存在，是制度汇编第九部分（指标03原件、指标06-07复印件）；“指标27 档案管理”文件夹里没有单独的制度文件，只有指引txt

probes:
  - id: P1
    query: 2025年度安全社区创建工作计划
    must_in_top5: [指标01 创建机构（促进委员会）/附件：2025年度安全社区创建工作计划.docx]
  - id: P2
    query: 翠湖名邸 高层住宅 消防应急疏散演练
    must_in_top5: [指标19 消防安全/2024年11月翠湖名邸高层住宅消防应急疏散演练记录.docx]
  - id: P3
    query: 安全社区档案管理制度
    must_in_top5: [指标03 工作制度/枫桥社区安全社区创建工作制度汇编.docx]
  - id: P4
    query: 燃气 B类户 C类户 复查
    must_in_top5: [指标20 燃气安全/燃气入户安全检查登记表（ABC分类）.xlsx]
  - id: P5
    query: 事故与伤害风险再辨识
    must_in_top5: [3-1 社区诊断与风险评价/枫桥社区2025年度事故与伤害风险再辨识报告.docx]
  - id: P6
    query: 2024年度管理评审
    must_in_top5: [指标29-30 评审与持续改进/2024年度安全社区管理评审报告.docx]
"""


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_judgement():
    out = [JUDGEMENT_HEAD]
    cur = None
    for e in sorted(REG, key=lambda e: e["path"]):
        top = e["path"].split("/")[0]
        if top != cur:
            out.append("  # ---------------------------------------------------------------- %s\n" % top)
            cur = top
        out.append("  - path: %s\n" % q(e["path"]))
        out.append("    kind: %s\n" % q(e["kind"]))
        out.append("    elements: %s\n" % json.dumps(e["elements"]))
        if e["also"]:
            out.append("    also_acceptable: %s\n" % json.dumps(e["also"]))
        if e["date"]:
            out.append("    date: '%s'\n" % e["date"])
        out.append("    flags: %s\n" % json.dumps(e["flags"], ensure_ascii=False))
    out.append(JUDGEMENT_TAIL)
    with open(JUDGEMENT, "w", encoding="utf-8") as f:
        f.write("".join(out))


# ----------------------------------------------------------------------------------------------
# self-check
# ----------------------------------------------------------------------------------------------

def docx_text(p):
    with zipfile.ZipFile(p) as z:
        x = z.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", "", x)


def self_check(inj):
    import yaml
    on_disk = set()
    for root, _, files in os.walk(OUT):
        for f in files:
            on_disk.add(os.path.relpath(os.path.join(root, f), OUT).replace(os.sep, "/"))
    paths = [e["path"] for e in REG]
    assert len(paths) == len(set(paths)), "duplicate registry entries"
    assert on_disk == set(paths), ("registry/disk mismatch", on_disk ^ set(paths))
    for e in REG:
        for el in e["elements"] + e["also"]:
            assert 1 <= el <= 12, e
        src = e["flags"].get("duplicate_of")
        if src:
            a = open(os.path.join(OUT, src), "rb").read()
            b = open(os.path.join(OUT, e["path"]), "rb").read()
            assert a == b, ("copy not byte-identical", e["path"])
    j = yaml.safe_load(open(JUDGEMENT, encoding="utf-8"))
    assert {f["path"] for f in j["files"]} == on_disk
    assert sorted(j["elements"], key=int) == [str(i) for i in range(1, 13)]
    for g in j["gaps"]:
        for p in g["related"]:
            assert p in on_disk, ("gap related path missing", g["id"], p)
    for p in j["probes"]:
        for m in p["must_in_top5"]:
            assert m in on_disk, ("probe path missing", p["id"], m)
    assert len(j["gaps"]) == 7 and 3 <= len(j["traps"]) <= 4

    # the planted gaps must not be contradicted by the registers or file names
    assert max(x["date"] for x in inj) <= dt.date(2025, 8, 31)
    assert 150 <= len(inj) <= 250
    assert not any(d[1].year == 2025 for d in DRILLS)
    assert not any(t[1].year >= 2025 for t in TRAININGS)
    assert not any("居家" in p and "方案" in p for p in on_disk)
    assert not any("儿童" in p and "评估" in p for p in on_disk)
    assert not any("2025年度管理评审" in p or "2025年度伤害" in p for p in on_disk)
    minutes = [e["date"] for e in REG if e["kind"].startswith("促进委员会会议纪要") and "duplicate_of" not in e["flags"]]
    in25 = sorted(d for d in minutes if d.startswith("2025"))
    assert in25 == ["2025-01-20", "2025-07-15"], in25
    # text scan of 2025-dated documents: no training or drill held, no 2025 review, no home-safety plan
    for e in REG:
        p = os.path.join(OUT, e["path"])
        if not p.endswith(".docx"):
            continue
        t = docx_text(p)
        assert "居家安全促进项目实施方案" not in t and "居家安全项目实施方案" not in t, e["path"]
        assert "儿童安全促进项目效果评估" not in t, e["path"]
        assert "2025年度管理评审报告" not in t, e["path"]
    return len(on_disk)


def set_mtimes():
    for root, dirs, files in os.walk(OUT, topdown=False):
        for f in files:
            os.utime(os.path.join(root, f), (MTIME, MTIME))
        os.utime(root, (MTIME, MTIME))


# ----------------------------------------------------------------------------------------------

def main():
    rl_config.invariant = 1
    register_font()
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    inj = make_injuries()
    g24, g25 = make_gas()
    ctx = {
        "inj_all": inj_stats(inj, dt.date(2024, 4, 1), dt.date(2026, 3, 31)),
        "inj_2024": inj_stats(inj, dt.date(2024, 4, 1), dt.date(2024, 12, 31)),
        "inj_2025": inj_stats(inj, dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        "inj_apr_may24": inj_stats(inj, dt.date(2024, 4, 1), dt.date(2024, 5, 31)),
        "inj_apr_jun24": inj_stats(inj, dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        "inj_h1_25": inj_stats(inj, dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
        "inj_aa24": inj_stats(inj, dt.date(2024, 4, 1), dt.date(2024, 8, 31)),
        "inj_aa25": inj_stats(inj, dt.date(2025, 4, 1), dt.date(2025, 8, 31)),
        "gas24_counts": {k: sum(1 for r in g24 if r[7] == k) for k in "ABC"},
        "gas25_counts": {k: sum(1 for r in g25 if r[7] == k) for k in "ABC"},
    }
    build_org(ctx)
    build_rules(ctx)
    build_participation(ctx)
    build_diagnosis(ctx)
    build_injury(ctx, inj)
    build_hazards(ctx)
    build_projects(ctx, g24, g25)
    build_emergency(ctx)
    build_training(ctx)
    build_supervision(ctx)
    build_correct(ctx)
    build_review(ctx)
    build_root(ctx)
    write_judgement()
    n = self_check(inj)
    set_mtimes()
    a24, a25 = ctx["inj_aa24"], ctx["inj_aa25"]
    print("wrote %d files to %s (injury rows %d; Apr-Aug elder falls %d -> %d, traffic %d -> %d)"
          % (n, OUT, len(inj), a24["elder_falls"], a25["elder_falls"], a24["traffic"], a25["traffic"]))


if __name__ == "__main__":
    main()
