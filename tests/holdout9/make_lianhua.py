#!/usr/bin/env python3
"""Build the holdout archive lianhua-cun (江陂县白鹭镇莲花村, 行政村, 农村型) and its expert judgement.

Filing style: the village clerk (村文书林小燕) keeps the evidence mainly in a FEW LARGE MULTI-SHEET
WORKBOOKS and WORD COMPILATIONS rather than one file per record:
  - 台账/莲花村安全社区创建台账.xlsx: one sheet per topic/year (会议记录, 培训宣传, 隐患排查2023/2024/2025,
    入户检查ABC, 伤害登记2023-2024/2025, 应急演练, 志愿者活动, 意见建议), title rows above headers,
    merged two-row headers, dates as Excel dates, as text "2024.3.5" / "2025年6月24日", and "3月5日"
    under year rows;
  - Word compilations (制度汇编, 2023年第四季度工作资料, 2024年会议纪要汇编, 2024年度工作资料汇编,
    2025年上半年工作资料汇编, 防溺水工作资料汇编, 伤害监测季度分析汇编 ...), several records per file,
    each with its own heading and date;
  - a few standalone files: red-header notices as PDF with a text layer, the 诊断报告, project plans
    and evaluations, 自评报告, dated photos, two GBK files (txt, csv), one BIFF .xls;
  - folders named by the clerk, mixing element names and years (一、组织领导, 2023年资料, 2024年资料,
    台账, 项目, 照片, 六、宣传培训 ...), some misfiled files, a "- 副本" duplicate, a lock file, an empty file.

Assessment period: 2023-10-01 to 2025-09-30 (stated in the 实施方案 body and the 申请书). Archive closed
2025-10. Decoy: the county 三年行动方案（2023—2025年）.

Deterministic: fixed seeds, fixed zip timestamps and core properties, reportlab invariant.
Needs: python-docx, openpyxl, reportlab, Pillow, xlwt, PyYAML.
"""
import csv
import datetime as dt
import io
import os
import random
import re
import shutil
import sys
import zipfile

import xlwt
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
NAME = "lianhua-cun"
OUT = os.path.join(BASE, NAME)
JUDGEMENT_PATH = os.path.join(BASE, NAME + ".judgement.yaml")
ZIPSTAMP = (2025, 10, 22, 10, 0, 0)

VIL = "莲花村"
FULL = "江陂县白鹭镇莲花村"
PC = "莲花村安全社区促进委员会"
PCO = "莲花村安全社区促进委员会办公室"
CW = "莲花村村民委员会"
CLERK = "林小燕"

# the clerk's folders
SJ = "上级文件"
ORG = "一、组织领导"
Y23 = "2023年资料"
Y24 = "2024年资料"
Y25 = "2025年资料"
TZ = "台账"
XM = "项目"
PX = "六、宣传培训"
YJ = "七、应急"
SH = "九、伤害记录"
PH = "照片"
SB = "申报"
XM1 = XM + "/项目一 道路交通（电动三轮车）"
XM2 = XM + "/项目二 老年人防跌倒"
XM3 = XM + "/项目三 防溺水"
LEDGER = TZ + "/莲花村安全社区创建台账.xlsx"
LEDGER_COPY = TZ + "/莲花村安全社区创建台账 - 副本.xlsx"

ZU = ["莲花湾组", "上塘组", "下塘组", "杨家垄组", "河口组", "新屋场组", "石桥头组"]
PERIOD = ("2023-10-01", "2025-09-30")

# ---------------------------------------------------------------- judgement file list
FILES = []
_SEEN = set()


def judge(path, kind, elements, also=(), date=None, flags=None):
    assert path not in _SEEN, path
    _SEEN.add(path)
    FILES.append({"path": path, "kind": kind, "elements": list(elements),
                  "also_acceptable": list(also), "date": date, "flags": dict(flags or {})})


def _j(path, j, when):
    if j:
        judge(path, j[0], j[1], j[2] if len(j) > 2 else (), when, j[3] if len(j) > 3 else None)


def target(path):
    p = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ---------------------------------------------------------------- dates
DIG = "〇一二三四五六七八九"


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


def cn(s):
    x = D(s)
    return "".join(DIG[int(c)] for c in str(x.year)) + "年" + _cn(x.month) + "月" + _cn(x.day) + "日"


def zh(s):
    x = D(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dots(s):          # 2024.3.5
    x = D(s)
    return f"{x.year}.{x.month}.{x.day}"


def dots0(s):         # 2024.03.05
    return iso(s).replace("-", ".")


def md(s):
    x = D(s)
    return f"{x.month}月{x.day}日"


def days(n):
    return dt.timedelta(days=n)


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


# ---------------------------------------------------------------- writers
# body blocks: "text" | ("h", heading) | ("b", plain line) | ("t", rows) | ("sig", [lines])
#              | ("title", record heading inside a compilation) | ("pb",) page break

def _run(par, text, size=14, bold=False, face="仿宋_GB2312"):
    r = par.add_run(text)
    r.font.name = face
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    r.font.size = Pt(size)
    r.bold = bold
    return r


def docx(path, when, title, body, author=CLERK, j=None):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or ""
    cp.created = dt.datetime.combine(D(when), dt.time(9, 0))
    cp.modified = cp.created
    cp.revision = 1
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
            _run(doc.add_paragraph(), blk[1], 14, True, "黑体")
        elif blk[0] == "b":
            _run(doc.add_paragraph(), blk[1])
        elif blk[0] == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p, blk[1], 16, True, "方正小标宋简体")
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
    fixzip(full, when)
    _j(path, j, iso(when))


def xlsx(path, when, sheets, author=CLERK, j=None, jdate=None):
    """sheets: list of dicts {name, title, groups, header, rows, widths} or {name, lines} (a cover sheet).
    groups: [(first_col, last_col, text)] merged over a second header row (1-based cols).
    A row may be ("YEAR", text): a bold year heading row merged across the table."""
    wb = Workbook()
    wb.remove(wb.active)
    stamp = dt.datetime.combine(D(when), dt.time(9, 0))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = stamp
    wb.properties.modified = stamp
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        if "lines" in sh:
            for i, line in enumerate(sh["lines"], 1):
                ws.cell(i, 1, line)
                if i == 1:
                    ws.cell(i, 1).font = Font(bold=True, size=16)
            ws.column_dimensions["A"].width = 70
            continue
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
        groups = sh.get("groups")
        if groups:
            covered = set()
            for a, b, text in groups:
                ws.cell(r, a, text).font = Font(bold=True)
                ws.cell(r, a).alignment = Alignment(horizontal="center")
                if b > a:
                    ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
                covered.update(range(a, b + 1))
            for k, h in enumerate(header, 1):
                if k in covered:
                    ws.cell(r + 1, k, h).font = Font(bold=True)
                else:
                    ws.cell(r, k, h).font = Font(bold=True)
                    ws.merge_cells(start_row=r, start_column=k, end_row=r + 1, end_column=k)
            r += 1
        else:
            for k, h in enumerate(header, 1):
                ws.cell(r, k, h).font = Font(bold=True)
        i = r + 1
        for row in sh["rows"]:
            if isinstance(row, tuple) and row[0] == "YEAR":
                ws.cell(i, 1, row[1]).font = Font(bold=True)
                ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=n)
            else:
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
    _j(path, j, jdate or iso(when))


def xls(path, when, sheet, title, header, rows, j=None):
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    bold = xlwt.easyxf("font: bold on")
    dstyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write_merge(0, 0, 0, len(header) - 1, title, bold)
    for k, h in enumerate(header):
        ws.write(1, k, h, bold)
    for i, row in enumerate(rows, 2):
        for k, v in enumerate(row):
            if isinstance(v, dt.date):
                ws.write(i, k, v, dstyle)
            else:
                ws.write(i, k, v)
    wb.save(target(path))
    _j(path, j, iso(when))


def pdf(path, when, title, body, author=CLERK, j=None, red=None):
    """red: (issuing organ line, document number) -> a red-header 红头文件 with a red rule."""
    base = ParagraphStyle("p", fontName="STSong-Light", fontSize=11.5, leading=19,
                          wordWrap="CJK", firstLineIndent=23)
    flat = ParagraphStyle("f", parent=base, firstLineIndent=0)
    head = ParagraphStyle("h", parent=flat, fontSize=12.5, spaceBefore=5)
    big = ParagraphStyle("t", parent=flat, fontSize=16.5, leading=26, alignment=TA_CENTER)
    redst = ParagraphStyle("r", parent=flat, fontSize=24, leading=34, alignment=TA_CENTER, textColor=colors.red)
    docno = ParagraphStyle("n", parent=flat, alignment=TA_CENTER)
    right = ParagraphStyle("s", parent=flat, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=flat, fontSize=9.5, leading=13)
    story = []
    if red:
        story += [Paragraph(red[0], redst), Spacer(1, 4), Paragraph(red[1], docno), Spacer(1, 2),
                  HRFlowable(width="100%", thickness=2, color=colors.red), Spacer(1, 10)]
    if title:
        story += [Paragraph(title, big), Spacer(1, 8)]
    for blk in body:
        if isinstance(blk, str):
            story.append(Paragraph(blk, base))
        elif blk[0] == "h":
            story.append(Paragraph(blk[1], head))
        elif blk[0] == "b":
            story.append(Paragraph(blk[1], flat))
        elif blk[0] == "t":
            t = Table([[Paragraph(str(v), cell) for v in row] for row in blk[1]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif blk[0] == "sig":
            story += [Paragraph(x, right) for x in blk[1]]
        elif blk[0] == "title":
            story += [Spacer(1, 10), Paragraph(blk[1], big), Spacer(1, 6)]
        elif blk[0] == "pb":
            story.append(PageBreak())
    d = SimpleDocTemplate(target(path), pagesize=A4, title=title or "", author=author, creator=author,
                          leftMargin=72, rightMargin=68, topMargin=72, bottomMargin=62)
    d.build(story)
    _j(path, j, iso(when))


def gbk_text(path, text, when, j):
    with open(target(path), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))
    _j(path, j, iso(when))


def gbk_csv(path, header, rows, when, j):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(target(path), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))
    _j(path, j, iso(when))


def photo(path, when, scene, j):
    rnd = random.Random("lianhua-photo:" + path)
    w, h = 480, 360
    img = Image.new("RGB", (w, h), (150 + rnd.randint(0, 60), 185 + rnd.randint(0, 40), 220))
    g = ImageDraw.Draw(img)
    horizon = rnd.randint(150, 210)
    g.rectangle([0, horizon, w, h], fill=(90 + rnd.randint(0, 40), 140 + rnd.randint(0, 30), 70))   # fields
    if scene in ("meeting", "training"):
        g.rectangle([0, 0, w, h], fill=(226, 220, 204))
        g.rectangle([40, 30, 440, 105], fill=(178, 24, 30))
        for _ in range(rnd.randint(14, 26)):
            x, y = rnd.randint(15, 455), rnd.randint(165, 320)
            g.ellipse([x, y, x + 14, y + 14], fill=(40, 35, 30))
            g.rectangle([x - 3, y + 14, x + 17, y + 32], fill=(rnd.choice([30, 60, 190]), 70, 110))
    else:
        for _ in range(rnd.randint(2, 4)):                      # farmhouses
            x = rnd.randint(0, w - 100)
            top = horizon - rnd.randint(50, 110)
            g.rectangle([x, top, x + rnd.randint(60, 100), horizon], fill=(215, 210, 200))
            g.polygon([(x - 8, top), (x + 50, top - 30), (x + 108, top)], fill=(70, 70, 80))
        if scene in ("river", "flood"):
            g.rectangle([0, h - 90, w, h], fill=(70, 125, 175) if scene == "river" else (140, 120, 80))
        if scene == "road":
            g.polygon([(200, horizon), (280, horizon), (420, h), (60, h)], fill=(95, 95, 95))
            g.rectangle([300, horizon + 60, 360, horizon + 90], fill=(40, 110, 60))     # tricycle
        if scene == "straw":
            for _ in range(6):
                x = rnd.randint(40, 420)
                g.ellipse([x, horizon + 40, x + 40, horizon + 80], fill=(220, 190, 90))
            g.ellipse([200, horizon + 10, 260, horizon + 70], fill=(235, 90, 20))
        if scene == "handrail":
            g.rectangle([0, 0, w, h], fill=(210, 200, 185))
            g.line([60, 200, 420, 160], fill=(120, 120, 120), width=9)
        for _ in range(rnd.randint(4, 9)):
            x, y = rnd.randint(20, 450), rnd.randint(horizon + 15, h - 50)
            col = (235, 120, 20) if scene in ("drill", "straw", "flood") else (30, 70, 160)
            g.ellipse([x, y, x + 12, y + 12], fill=(230, 190, 160))
            g.rectangle([x - 2, y + 12, x + 14, y + 40], fill=col)
    img.save(target(path), "JPEG", quality=80, optimize=False)
    _j(path, j, iso(when))


def rng(name):
    return random.Random("lianhua:" + name)


def between(a, b, rnd):
    x, y = D(a), D(b)
    return x + days(rnd.randint(0, (y - x).days))


SURN = "陈陈陈陈林林林杨杨杨黄刘周吴曾李王张彭胡罗谢邓肖"
GIVEN = "德厚国平志勇春兰桂香明华秀英建军玉梅小红水生冬生金凤长根满珍细妹永福爱莲四海福生凤娥小龙雨涵"


def person(rnd):
    return rnd.choice(SURN) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice([1, 2, 2])))


def masked(rnd):
    return rnd.choice(SURN) + "**"


def sig(org, when):
    return ("sig", [org, cn(when)])


# ---------------------------------------------------------------- the community's own rules
RULE_MEETING = "村安全促进委员会每季度召开一次例会（一般在3月、6月、9月、12月下旬），听取各项目组汇报，研究解决创建工作中的问题；遇重大事项随时召开。"
RULE_PROJECT = "各项目组每半年至少召开一次工作会议；项目实施满一年后，由项目组对照实施方案的目标开展效果评估，形成评估报告报促进委员会。"
RULE_OPINION = "通过村务公开栏、“村村响”广播、村民微信群、意见箱收集村民安全意见建议，村委会登记入台账，5个工作日内答复反映人。"
RULE_HAZARD = ("村民小组长（网格员）每月巡查本组，发现隐患登记入隐患排查台账，明确整改期限：一般隐患7日内整改，较大隐患30日内整改；"
               "逾期未整改的报促进委员会督办，并报镇应急办。")
RULE_ABC = ("每年春季（3—4月）、秋季（9—11月）各开展一轮重点户（独居老人户、老人户、危旧房户、留守儿童户、经营户）入户安全检查，"
            "按A类（无隐患）、B类（一般隐患，当场告知整改）、C类（较大隐患或多项隐患）分类登记，C类户一个月内复查。")
RULE_INJURY = "村卫生室对来室就诊的伤害病例逐例登记（就诊日期、伤者、地点、原因、部位、处理），每季度汇总分析一次，报促进委员会办公室。"
RULE_DRILL = "每年至少组织两次应急演练：汛前（5—6月）防汛或防溺水演练一次，冬季（11—12月）防火演练一次；演练后形成记录和总结。"
RULE_TRAIN = "每季度至少开展一次面向村民的安全宣传或培训活动，在台账“培训宣传”表中逐场登记。"
RULE_ARCHIVE = "创建资料由村文书林小燕负责收集整理，台账按月登记，纸质、电子资料同步归档。"
RULE_PLAN = ("每年1月底前制定本年度安全社区工作计划，经促进委员会审议后印发；每年12月由促进委员会组织一次年度总结评审（内部评审），形成年度工作总结和评审报告。"
             "2023年10—12月为创建启动期，按实施方案执行，不另订年度计划、不单独评审。")


# ================================================================ data: injuries (the ledger's 伤害登记 sheets)
INJ = []          # [date, name, sex, age, zu, place, cause, part, severity, treatment, registrar]
HOLE = (D("2024-12-01"), D("2025-02-28"))


def make_injuries():
    rnd = rng("injury")
    places = {"跌倒": ["家中", "家中", "院坝", "厕所", "田埂", "村道"], "电动三轮车": ["县道X032", "村道", "莲花湾路口"],
              "摩托车": ["县道X032", "村道"], "农机具/农活": ["田间", "田间", "家中"], "刀割/锐器": ["家中", "田间"],
              "犬咬伤": ["村道", "邻居家"], "烧烫伤": ["家中（灶台）"], "碰撞/砸伤": ["家中", "建房工地", "田间"],
              "其他": ["山林", "河塘边", "村道"]}
    parts = ["头部", "上肢", "下肢", "髋部", "腕部", "躯干", "多部位"]
    d = D(PERIOD[0])
    while d <= D(PERIOD[1]):
        if HOLE[0] <= d <= HOLE[1]:
            d += days(1)
            continue
        late = d >= D("2024-10-01")
        winter = d.month in (11, 12, 1, 2)
        if rnd.random() < 0.31:
            w = [("跌倒", 48 if winter else 40), ("电动三轮车", 9 if late else 14), ("摩托车", 5), ("农机具/农活", 10),
                 ("刀割/锐器", 9), ("犬咬伤", 8), ("烧烫伤", 6 if winter else 4), ("碰撞/砸伤", 8), ("其他", 3)]
            pool = [c for c, k in w for _ in range(k)]
            c = rnd.choice(pool)
            if c == "跌倒" and rnd.random() < (0.60 if late else 0.72):
                age = rnd.randint(60, 93)
            else:
                age = rnd.randint(4, 59)
            sev = rnd.choice(["轻", "轻", "轻", "中", "中", "重"])
            treat = {"轻": ["清创包扎", "门诊处理"], "中": ["门诊处理", "转镇卫生院"], "重": ["转县医院", "转镇卫生院"]}[sev]
            INJ.append([d, masked(rnd), rnd.choice(["男", "女"]), age, rnd.choice(ZU), rnd.choice(places[c]), c,
                        rnd.choice(parts), sev, rnd.choice(treat), "曾桂香"])
        d += days(1)


def inj(a, b, cause=None, old=False):
    return [r for r in INJ if D(a) <= r[0] <= D(b) and (cause is None or r[6] == cause) and (not old or r[3] >= 60)]


# ================================================================ data: hazards (隐患排查 sheets)
HAZ = []   # dict(found, zu, place, desc, level, finder, measure, owner, deadline, status, done, checker)
AS_OF_END = D(PERIOD[1])
OVERDUE_FIXED = [
    ("2024-08-06", "莲花湾组", "县道X032莲花湾急弯段", "急弯路段临河一侧无波形护栏，夜间无警示", "较大", "设置临时警示桩，报县交通运输局增设波形护栏", "黄志勇", "整改中", "已设临时警示桩3根，护栏已报县交通局，未批复"),
    ("2024-10-18", "上塘组", "上塘陈氏老祠堂", "祠堂木结构内电线老化裸露，无漏电保护开关", "较大", "更换线路、加装漏电保护", "林国平", "未整改", "改造资金未落实"),
    ("2025-03-27", "河口组", "河口组3号废弃鱼塘", "废弃鱼塘无围栏，塘边有儿童玩耍痕迹", "较大", "设警示牌、建围栏或回填", "吴国华", "整改中", "警示牌已设，围栏未建"),
    ("2025-04-15", "杨家垄组", "杨家垄组杨**户", "土坯危房（C级）仍有老人居住", "较大", "动员搬离、纳入危房改造", "陈德厚", "未整改", "户主不愿搬离"),
    ("2025-06-03", "新屋场组", "新屋场组村道K2+300段", "路灯损坏3盏，夜间无照明", "一般", "联系供电所维修", "林国平", "未整改", "已报供电所"),
    ("2025-07-22", "石桥头组", "石桥头老石桥", "桥面栏杆松动，部分缺失", "较大", "临时围挡、报镇申请维修资金", "黄志勇", "整改中", "已临时围挡"),
    ("2025-08-11", "下塘组", "下塘组刘**小卖部", "灭火器过期，店内堆放烟花", "一般", "更换灭火器、烟花分开存放", "周春兰", "未整改", "店主外出"),
    ("2025-09-02", "莲花湾组", "莲花湾组陈**户", "屋顶光伏线路裸露垂至院坝", "一般", "联系安装公司整改", "黄志勇", "整改中", "已联系安装公司"),
]
CLOSED_NOTICED = [   # completed items that received a written 整改通知书 (2024年隐患整改通知书汇总): (found, zu, place, desc, level, measure, done)
    ("2024-03-17", "下塘组", "下塘组刘**小卖部", "灭火器过期，烟花与日杂混放", "一般", "更换灭火器、烟花分开存放", "2024-03-23"),
    ("2024-05-05", "河口组", "河口组灌溉塘", "塘边护栏破损两处", "较大", "修复护栏", "2024-05-30"),
    ("2024-11-19", "石桥头组", "石桥头组彭**户", "屋后柴草垛距房屋不足3米", "一般", "移位堆放", "2024-11-25"),
]
OPEN_IN_TIME = [
    ("2025-09-16", "上塘组", "上塘组机耕道", "机耕道路基塌陷约3米", "较大", "设警示、申请修复", "林国平", "整改中", ""),
    ("2025-09-25", "河口组", "河口组吴**户", "厨房柴草堆放紧靠灶台", "一般", "清理柴草、告知用火安全", "周春兰", "未整改", ""),
    ("2025-09-27", "石桥头组", "石桥头组村道", "秋收晾晒稻谷占道", "一般", "劝导移至晒坪", "黄志勇", "未整改", ""),
]


def make_hazards():
    rnd = rng("hazard")
    # (description, level, measure, where): where "户" = a household, otherwise a public spot of the 组
    pool = [
        ("电线老化、私拉乱接", "一般", "更换线路", "户"), ("柴草堆放紧靠灶台", "一般", "清理柴草", "户"),
        ("屋后柴草垛距房屋不足5米", "一般", "移位堆放", "户"), ("电动三轮车在堂屋内充电", "一般", "告知并移至室外充电", "户"),
        ("液化气瓶无减压阀、软管老化", "一般", "更换减压阀和软管", "户"), ("塘边无警示牌", "一般", "设置警示牌", "灌溉塘"),
        ("塘边护栏破损", "较大", "修复护栏", "灌溉塘"), ("村道急弯无警示标志", "一般", "设置警示标志", "村道"),
        ("路灯损坏", "一般", "报修", "村道"), ("空置危房未设警示", "较大", "设警示、围挡", "户"), ("农药与粮食混放", "一般", "分开存放", "户"),
        ("田间有秸秆焚烧痕迹", "一般", "劝导、宣传禁烧", "田间"), ("小卖部灭火器过期", "一般", "更换灭火器", "小卖部"),
        ("水井无盖板", "较大", "加装盖板", "公用水井"), ("排水沟盖板缺失", "一般", "补装盖板", "村道"),
        ("房前电线杆倾斜", "较大", "报供电所扶正", "村道"), ("机耕道边沿塌陷", "一般", "设警示、填补", "机耕道"),
        ("灶台旁放置汽油桶", "一般", "移出存放", "户"), ("院坝堆放建筑材料占道", "一般", "清理", "村道"),
    ]
    finders = ["陈水生", "林长根", "杨冬生", "黄满珍", "吴四海", "刘福生", "彭爱莲"]   # the 7 组长 (网格员)
    d = D("2023-10-09")
    while d <= D("2025-09-12"):
        k = rnd.randrange(7)
        desc, level, measure, where = rnd.choice(pool)
        limit = 7 if level == "一般" else 30
        if where == "户":
            place, owner = ZU[k] + rnd.choice(SURN) + "**户", "户主"
        else:
            place, owner = ZU[k] + where, rnd.choice(["林国平", "黄志勇", "周春兰"])
        dl = d + days(limit)
        done = d + days(rnd.randint(1, min(limit, (D("2025-09-29") - d).days)))
        HAZ.append(dict(found=d, zu=ZU[k], place=place, desc=desc, level=level,
                        finder=finders[k], measure=measure, owner=owner, deadline=dl, status="已整改", done=done,
                        checker=rnd.choice(["林小燕", "林国平", "黄志勇"]), note=""))
        d += days(rnd.randint(3, 9))
    for f, zu, place, desc, level, measure, done in CLOSED_NOTICED:
        fd = D(f)
        HAZ.append(dict(found=fd, zu=zu, place=place, desc=desc, level=level, finder=finders[ZU.index(zu)], measure=measure,
                        owner="户主" if "户" in place or "小卖部" in place else "吴四海", deadline=fd + days(7 if level == "一般" else 30),
                        status="已整改", done=D(done), checker="林国平", note="已下达整改通知书"))
    for fixed in (OVERDUE_FIXED, OPEN_IN_TIME):
        for f, zu, place, desc, level, measure, owner, status, note in fixed:
            fd = D(f)
            dl = fd + days(7 if level == "一般" else 30)
            HAZ.append(dict(found=fd, zu=zu, place=place, desc=desc, level=level, finder=finders[ZU.index(zu)], measure=measure,
                            owner=owner, deadline=dl, status=status, done=None, checker="", note=note))
    HAZ.sort(key=lambda h: (h["found"], h["zu"]))


def overdue(as_of):
    as_of = D(as_of)
    return [h for h in HAZ if h["found"] <= as_of and h["deadline"] < as_of and (h["done"] is None or h["done"] > as_of)]


# ================================================================ data: ABC household inspections
ABC = []   # [round, date, zu, head, type, n, elec, fire, gas, house, other, cls, problem, recheck, inspector]
ROUNDS = [("第一轮（2023年秋季）", "2023-11-06", "2023-11-24", 80, 0.12),
          ("第二轮（2024年春季）", "2024-04-08", "2024-04-26", 82, 0.10),
          ("第三轮（2025年春季）", "2025-03-10", "2025-04-18", 84, 0.05)]


def make_abc():
    rnd = rng("abc")
    types = ["独居老人户", "老人户", "老人户", "危旧房户", "留守儿童户", "经营户"]
    hh = []
    for i in range(84):
        hh.append((ZU[i % 7], person(rnd), rnd.choice(types), rnd.randint(1, 5), rnd.random()))
    probs = {"用电": "电线老化、私拉乱接", "用火": "柴草堆放靠近灶台", "用气": "液化气软管老化、无减压阀", "房屋": "墙体开裂、屋面漏雨",
             "其他": "三轮车在堂屋充电"}
    for rname, a, b, n, p in ROUNDS:
        span = (D(b) - D(a)).days
        for i in range(n):
            zu, head, typ, people, risk = hh[i]
            dd = D(a) + days(span * i // n)
            marks = {}
            for k in ("用电", "用火", "用气", "房屋", "其他"):
                q = p * (1.8 if risk > 0.7 else 0.8) * (0.6 if k == "房屋" else 1)
                marks[k] = "×" if rnd.random() < q else "√"
            bad = [k for k, v in marks.items() if v == "×"]
            cls = "A" if not bad else ("C" if len(bad) >= 2 or "房屋" in bad else "B")
            problem = "；".join(probs[k] for k in bad) if bad else "无"
            recheck = dd + days(rnd.randint(8, 26)) if cls == "C" else None
            ABC.append([rname, dd, zu, head, typ, people, marks["用电"], marks["用火"], marks["用气"], marks["房屋"], marks["其他"],
                        cls, problem, recheck, rnd.choice(["林小燕、" + ["陈水生", "林长根", "杨冬生", "黄满珍", "吴四海", "刘福生", "彭爱莲"][ZU.index(zu)],
                                                            "周春兰、" + "曾桂香"])])


def abc_count(rname, cls=None):
    return len([r for r in ABC if r[0] == rname and (cls is None or r[11] == cls)])


# ================================================================ data: training / publicity events
TRAIN = []   # [date, kind, theme, place, target, n, lead]
PINNED = [
    ("2023-10-26", "培训", "村干部、村民小组长安全社区知识培训", "村委会二楼会议室", "村干部、组长、党员", 32, "镇应急办张卫东"),
    ("2023-11-09", "宣传", "“119”消防宣传日柴草堆放与用火安全宣传", "莲花湾组、上塘组", "村民", 120, "林小燕"),
    ("2024-03-15", "培训", "电动三轮车驾驶人交通安全培训", "村委会院坝", "三轮车驾驶人", 86, "县交警大队白鹭中队"),
    ("2024-05-12", "宣传", "防灾减灾日宣传（防汛、地质灾害）", "村文化礼堂", "村民", 150, "林小燕"),
    ("2024-06-20", "培训", "暑期防溺水家长会", "莲花小学", "学生家长", 140, "吴国华"),
    ("2024-10-22", "讲座", "老年人居家防跌倒讲座", "村老年活动中心", "60岁以上老人", 58, "镇卫生院医生"),
    ("2025-05-20", "宣讲", "安全知识进祠堂宣讲（防灾减灾周）", "上塘陈氏祠堂", "村民", 65, "林小燕"),
    ("2025-06-05", "培训", "防溺水安全教育课", "莲花小学", "学生", 212, "吴国华"),
    ("2025-08-16", "培训", "村民安全用电培训", "村委会会议室", "村民、电工", 44, "白鹭供电所"),
]
THEMES = {
    1: [("宣传", "春节前用火用电安全宣传", "各组"), ("宣传", "烟花爆竹燃放安全广播", "“村村响”广播")],
    2: [("宣传", "春节返乡人员交通安全宣传", "莲花湾路口"), ("培训", "独居老人结对人培训", "村委会会议室")],
    3: [("培训", "春耕农机具安全使用培训", "村委会院坝"), ("宣传", "森林防火、禁止野外用火宣传", "各组")],
    4: [("宣传", "清明祭扫防火宣传", "各组山口"), ("培训", "网格员隐患排查培训", "村委会会议室")],
    5: [("宣传", "防汛知识宣传单发放", "各组"), ("培训", "应急分队防汛抢险培训", "村委会院坝")],
    6: [("宣传", "安全生产月咨询活动", "村文化广场"), ("宣传", "防溺水“致家长的一封信”发放", "莲花小学")],
    7: [("宣传", "暑期防溺水入户宣传", "河口组、下塘组"), ("宣传", "高温天气农事安全广播", "“村村响”广播")],
    8: [("宣传", "暑期防溺水巡河宣传", "莲花河沿线"), ("培训", "心肺复苏及溺水急救培训", "村卫生室")],
    9: [("宣传", "秋收农机具和道路安全宣传", "县道X032沿线"), ("宣传", "秸秆禁烧宣传", "各组")],
    10: [("讲座", "重阳节老年人防跌倒宣传", "村老年活动中心"), ("宣传", "电动三轮车不载人专题宣传", "莲花湾路口")],
    11: [("宣传", "“119”消防宣传月柴草堆放整治宣传", "各组"), ("培训", "村民灭火器使用培训", "村委会院坝")],
    12: [("宣传", "冬季取暖防火、防一氧化碳中毒宣传", "各组"), ("讲座", "冬季老人防跌倒讲座", "村老年活动中心")],
}
TARGETS = {"宣传": "村民", "培训": "村民", "讲座": "老年人", "宣讲": "村民"}


def make_training():
    rnd = rng("training")
    pinned = {D(p[0]): p for p in PINNED}
    for p in PINNED:
        TRAIN.append([D(p[0]), p[1], p[2], p[3], p[4], p[5], p[6]])
    m = D("2023-10-01")
    while m <= D("2025-09-01"):
        k = 1 if m.month in (1, 2) else 2
        have = len([t for t in TRAIN if t[0].year == m.year and t[0].month == m.month])
        mine = [p[2] for p in PINNED if D(p[0]).year == m.year and D(p[0]).month == m.month]
        cand = [c for c in THEMES[m.month] if not any(w in c[1] and any(w in x for x in mine) for w in ("跌倒", "溺水", "用电"))]
        for kind, theme, place in rnd.sample(cand, max(0, min(k, len(cand)) - have)):
            day = rnd.randint(13 if m == D(PERIOD[0]) else 3, 27)
            d = dt.date(m.year, m.month, day)
            while d in pinned or any(t[0] == d for t in TRAIN):
                d += days(1)
            n = rnd.randint(25, 160) if kind == "宣传" else rnd.randint(22, 70)
            TRAIN.append([d, kind, theme, place, TARGETS[kind], n, rnd.choice([CLERK, "周春兰", "黄志勇", "曾桂香"])])
        m = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    TRAIN.sort(key=lambda t: t[0])


def train_in(a, b):
    return [t for t in TRAIN if D(a) <= t[0] <= D(b)]


# ================================================================ data: meetings (the 会议记录 sheet)
MEETINGS = []   # dict(date, type, place, chair, people, topic, content, recorder)
CM_PEOPLE = "促进委员会成员（镇应急办、驻村民警、莲花小学、村卫生室、供电所）、村两委、7个村民小组组长"


def make_meetings():
    cm = [
        ("2023-10-12", "安全社区创建启动大会暨促进委员会第一次全体会议", "村文化礼堂", "陈德厚",
         "罗建平（副镇长）、镇应急办、白鹭派出所、县交警大队白鹭中队、镇卫生院、莲花小学、白鹭供电所、村两委、组长、党员和村民代表共46人",
         "创建启动；审议实施方案", "宣读镇批复和成立促进委员会通知；审议通过《莲花村安全社区创建实施方案》（创建周期2023年10月1日至2025年9月30日）；11月开展第一轮重点户入户检查，11—12月完成安全诊断。"),
        ("2023-12-26", "促进委员会2023年第四季度例会", "村委会二楼会议室", "陈德厚", CM_PEOPLE,
         "审议安全诊断报告；确定安全促进项目", "诊断报告通过；确定道路交通（电动三轮车）、老年人防跌倒两个项目，防溺水项目汛前制定方案；12月15日秸秆火灾扑救演练已开展；伤害登记10月起运行。"),
        ("2024-03-20", "促进委员会2024年第一季度例会", "村委会二楼会议室", "陈德厚", CM_PEOPLE,
         "项目进展；增设防溺水项目", "2024年工作计划1月16日已印发；三轮车登记、劝导站赶集日值守启动；决定增设防溺水项目，4月底前制定方案；4月开展第二轮入户检查。"),
        ("2024-06-25", "促进委员会2024年第二季度例会", "村委会二楼会议室", "陈德厚", CM_PEOPLE,
         "汛期工作；项目进展", "第二轮入户检查完成；6月18日防汛转移演练已开展；河塘警示牌23块设置到位；部署暑期巡河和汛期值守。"),
        ("2024-09-24", "促进委员会2024年第三季度例会", "村委会二楼会议室", "林国平", CM_PEOPLE,
         "防汛总结；秋季工作", "通报7月9—11日强降雨防汛转移情况；暑期未发生溺水事故；秋季入户检查因秋收和秸秆禁烧值守推迟；县道急弯护栏已报县交通局。"),
        ("2024-12-18", "促进委员会2024年第四季度例会暨年度总结评审", "村委会二楼会议室", "陈德厚", CM_PEOPLE,
         "年度总结评审", "对照12个要素进行年度内部评审；原定11月冬季防火演练未组织；秋季入户检查未开展；村医12月起外出进修，伤害登记暂停；2025年计划1月底前制定。"),
        ("2025-03-21", "促进委员会2025年第一季度例会", "村委会二楼会议室", "陈德厚", CM_PEOPLE,
         "2025年工作计划（草稿）；第三轮入户检查", "讨论2025年安全社区工作计划草稿，成员提出修改意见，要求4月底前修改印发；村医2月底进修结束，3月起恢复伤害登记；第三轮重点户入户检查3月10日开始；风险辨识复核报告通过。"),
        ("2025-06-24", "促进委员会2025年第二季度例会", "村委会二楼会议室", "陈德厚", CM_PEOPLE,
         "县检查反馈整改；汛期工作", "通报5月20日县应急管理局检查反馈意见及整改；6月10日防溺水救援演练已开展；2025年工作计划仍未定稿，由林小燕继续修改；部署暑期巡河。"),
        ("2025-09-23", "促进委员会2025年第三季度例会", "村委会二楼会议室", "陈德厚", CM_PEOPLE,
         "项目评估；自查整档", "交通、防跌倒项目效果评估已完成；防溺水项目效果评估推迟至10月；逾期隐患逐项督办；部署自查整档、自评和申报。"),
    ]
    for d, title, place, chair, people, topic, content in cm:
        MEETINGS.append(dict(date=D(d), type="促进委员会", title=title, place=place, chair=chair, people=people, topic=topic,
                             content=content))
    pg = [
        ("2023-12-20", "交通项目组会议", "黄志勇", "交警中队、派出所、组长", "讨论项目方案", "确定三轮车登记挂牌、赶集日劝导站、减速带和路灯改造。"),
        ("2023-12-22", "防跌倒项目组会议", "曾桂香", "镇卫生院、妇联、老年协会", "讨论项目方案", "确定独居老人结对探访、适老化改造60户、平衡操。"),
        ("2024-04-10", "防跌倒项目组会议", "曾桂香", "镇卫生院、妇联、志愿者", "适老化改造首批名单", "确定首批改造20户。"),
        ("2024-04-23", "防溺水项目组会议", "吴国华", "莲花小学、妇联、组长", "讨论项目方案", "确定河塘警示牌、救生设施、暑期巡河和学校安全课。"),
        ("2024-05-08", "交通项目组会议", "黄志勇", "交警中队、派出所", "劝导站运行", "劝导站增加周六值守人员。"),
        ("2024-06-28", "防溺水项目组会议", "吴国华", "莲花小学、巡河志愿者", "暑期巡河排班", "巡河志愿者分3班。"),
        ("2024-09-03", "防溺水项目组会议", "吴国华", "莲花小学、巡河志愿者", "暑期巡河小结", "暑期巡河劝离儿童31人次，未发生溺水事故；冬季检查救生设施。"),
        ("2024-10-15", "防跌倒项目组会议", "曾桂香", "镇卫生院、结对人代表", "半年工作小结", "结对探访基本到位，改造进度偏慢。"),
        ("2024-11-12", "交通项目组会议", "黄志勇", "交警中队、派出所", "秋收期间交通安全", "秋收期间加强县道巡查。"),
        ("2025-04-16", "交通项目组会议", "黄志勇", "交警中队、派出所", "评估准备", "8月开展效果评估，收集事故和头盔数据。"),
        ("2025-05-13", "防跌倒项目组会议", "曾桂香", "镇卫生院、妇联", "评估准备", "8—9月开展效果评估。"),
        ("2025-05-29", "防溺水项目组会议", "吴国华", "莲花小学、妇联", "2025年暑期安排", "暑期巡河6月20日开始。"),
    ]
    for d, title, chair, people, topic, content in pg:
        MEETINGS.append(dict(date=D(d), type="项目组", title=title, place="村委会会议室", chair=chair, people=people,
                             topic=topic, content=content))
    MEETINGS.append(dict(date=D("2024-07-09"), type="村两委（安全议题）", title="村两委防汛紧急会议", place="村委会值班室",
                         chair="陈德厚", people="村两委、组长、民兵应急分队", topic="强降雨防汛转移",
                         content="启动防汛应急响应，转移河口组、下塘组低洼处群众。"))
    MEETINGS.sort(key=lambda m: m["date"])


def committee(year=None):
    return [m for m in MEETINGS if m["type"] == "促进委员会" and (year is None or m["date"].year == year)]


# ================================================================ data: opinions (意见建议), volunteers, drills
OPIN = []
OPIN_UNANSWERED = ["2025-03-14", "2025-04-02", "2025-04-29", "2025-05-16", "2025-06-06", "2025-06-27", "2025-07-11",
                   "2025-07-30", "2025-08-13", "2025-08-27", "2025-09-12"]
OPIN_RECENT = ["2025-09-26", "2025-09-28"]


def make_opinions():
    rnd = rng("opinions")
    topics = [("村道路灯不亮", "已报供电所，3日内修复"), ("河边没有护栏，小孩常去玩", "已设警示牌，纳入防溺水项目"),
              ("三轮车拉人太多", "交通劝导站加强劝导"), ("狗没拴，咬了人", "已上门告知犬主拴养"), ("独居老人家里灯坏了", "结对人上门更换"),
              ("屋后柴草堆太多", "组长上门劝导移位"), ("广播听不清", "已调整喇叭位置"), ("希望办急救培训", "纳入季度培训计划"),
              ("学校门口车速快", "已设减速带"), ("田里有人烧秸秆", "网格员劝阻并宣传禁烧"), ("机耕道塌了", "已登记隐患，安排修复"),
              ("电线杆歪了", "已报供电所扶正")]
    who = ["电话", "当面反映", "意见箱", "微信群", "组长收集"]
    d = D("2023-10-16")
    fixed = [D(x) for x in OPIN_UNANSWERED + OPIN_RECENT]
    dates = []
    while d <= D("2025-09-20"):
        dates.append(d)
        d += days(rnd.randint(5, 11))
    dates = sorted(set(dates) | set(fixed))
    for d in dates:
        t, a = rnd.choice(topics)
        if d in fixed:
            OPIN.append([d, masked(rnd), rnd.choice(ZU), rnd.choice(who), t, None, None, CLERK])
        else:
            OPIN.append([d, masked(rnd), rnd.choice(ZU), rnd.choice(who), t, a, d + days(rnd.randint(1, 5)), CLERK])


VOL = []


def make_volunteers():
    rnd = rng("volunteers")
    kinds = [("交通劝导", "莲花湾路口劝导站"), ("巡河", "莲花河沿线、河口组鱼塘"), ("探访独居老人", "各组"), ("清理柴草", "各组"),
             ("宣传单发放", "各组"), ("协助入户检查", "各组"), ("秸秆禁烧巡查", "田间")]
    d = D("2023-10-21")
    while d <= D("2025-09-27"):
        k, place = rnd.choice(kinds)
        if k == "巡河" and d.month not in (6, 7, 8):
            k, place = kinds[2]
        if k == "秸秆禁烧巡查" and d.month not in (5, 6, 9, 10, 11):
            k, place = kinds[3]
        n = rnd.randint(3, 14)
        VOL.append([d, k, place, n, n * rnd.choice([2, 3, 4]), rnd.choice(["黄志勇", "周春兰", CLERK])])
        d += days(rnd.randint(5, 10))


DRILLS = [
    ("2023-12-15", "秸秆火灾扑救应急演练", "下塘组晒坪及周边田块", 68, "村民兵应急分队、镇专职消防队",
     "报警、扑救秸秆堆火、疏散周边农户、灭火器使用", "演练达到预期；部分村民不会使用灭火器，列入培训。"),
    ("2024-06-18", "汛前防汛转移应急演练", "河口组、下塘组低洼处", 95, "村民兵应急分队、镇水利站",
     "预警广播、低洼户转移、老人背送、安置点登记", "转移用时42分钟，较预案要求多12分钟；独居老人转移需专人负责。"),
    ("2025-06-10", "防溺水救援应急演练", "莲花河下塘段", 120, "村民兵应急分队、莲花小学、镇卫生院",
     "发现落水报警、救生杆和救生圈施救、心肺复苏", "救生设施取用及时；学生家长参与度高；建议河口组增设救生圈。"),
]


# ================================================================ 上级文件
def higher():
    pdf(SJ + "/江陂县乡村安全社区建设三年行动方案（2023—2025年）.pdf", "2023-03-20",
        "江陂县乡村安全社区建设三年行动方案（2023—2025年）", [
            "为贯彻落实省、市关于推进安全社区建设的部署，提升农村地区事故与伤害预防能力，结合我县实际，制定本方案。",
            ("h", "一、总体目标"),
            "2023—2025年，全县每个乡镇至少选择1个行政村开展农村型安全社区创建；到2025年底，全县建成县级安全社区（村）10个以上，"
            "推荐2个以上村（社区）申报省级安全社区。",
            ("h", "二、实施步骤"),
            "（一）宣传发动阶段（2023年3月—2023年6月）：各乡镇确定创建村，成立创建机构。",
            "（二）创建实施阶段（2023年7月—2025年6月）：开展安全诊断，实施安全促进项目。各创建村的创建周期一般为两年，具体起止时间由乡镇确定。",
            "（三）验收评定阶段（2025年7月—2025年12月）：县安委办组织检查验收，择优推荐申报省级安全社区。",
            ("h", "三、工作要求"),
            "各乡镇要明确分管领导和工作人员，落实创建经费，建立创建工作档案。县安委办每半年通报一次工作进展。",
            ("sig", ["江陂县安全生产委员会办公室", cn("2023-03-20")]),
        ], author="县安委办", red=("江陂县安全生产委员会办公室文件", "江安委办〔2023〕6号"),
        j=("上级文件：县三年行动方案（2023—2025年，干扰周期）", [4], [1]))

    pdf(SJ + "/关于同意莲花村开展安全社区创建工作的批复.pdf", "2023-09-25", "关于同意莲花村开展安全社区创建工作的批复", [
        ("b", "莲花村村民委员会："),
        "你村《关于申请开展安全社区创建工作的请示》收悉。经镇党委、政府研究，同意你村自2023年10月起开展农村型安全社区创建工作。"
        "请你村尽快成立安全社区促进委员会，制定创建实施方案，明确创建周期和工作目标。镇应急办负责业务指导，镇财政每年安排创建补助经费。",
        ("b", "此复。"),
        ("sig", ["江陂县白鹭镇人民政府", cn("2023-09-25")]),
    ], author="白鹭镇党政办", red=("江陂县白鹭镇人民政府", "白政复〔2023〕21号"),
        j=("镇政府同意创建批复", [1], [4]))


# ================================================================ 一、组织领导
def organisation():
    pdf(ORG + "/关于成立莲花村安全社区促进委员会的通知.pdf", "2023-10-08", "关于成立莲花村安全社区促进委员会的通知", [
        ("b", "各村民小组、村直各单位："),
        "根据《白鹭镇人民政府关于同意莲花村开展安全社区创建工作的批复》（白政复〔2023〕21号），经村两委研究，成立莲花村安全社区促进委员会，组成如下：",
        ("b", "主　任：陈德厚（村党支部书记、村委会主任）"),
        ("b", "副主任：林国平（村委会副主任）、黄志勇（村民兵连长）"),
        ("b", "成　员：张卫东（镇应急办）、刘　海（白鹭派出所驻村民警）、彭建军（县交警大队白鹭中队）、罗明华（镇卫生院）、"
              "曾桂香（村卫生室村医）、吴国华（莲花小学校长）、谢永福（白鹭供电所）、周春兰（村妇联主席）、林长根（村老年协会会长）及7个村民小组组长"),
        "促进委员会办公室设在村委会，林小燕同志兼任办公室主任，负责日常工作和创建档案。促进委员会下设道路交通（电动三轮车）、老年人防跌倒两个安全促进项目组，"
        "其他项目组根据安全诊断结果另行成立。",
        ("sig", [CW, cn("2023-10-08")]),
    ], red=("莲花村村民委员会文件", "莲村发〔2023〕12号"), j=("成立促进委员会通知（红头）", [1]))

    rnd = rng("members")
    cm_rows = [[1, "主任", "陈德厚", "村党支部书记、村委会主任", "全面负责"],
               [2, "副主任", "林国平", "村委会副主任", "隐患排查、档案"],
               [3, "副主任", "黄志勇", "村民兵连长", "应急、交通项目"],
               [4, "成员", "张卫东", "镇应急办", "业务指导"], [5, "成员", "刘海", "白鹭派出所驻村民警", "治安、交通"],
               [6, "成员", "彭建军", "县交警大队白鹭中队", "交通安全"], [7, "成员", "罗明华", "镇卫生院", "伤害监测指导"],
               [8, "成员", "曾桂香", "村卫生室", "伤害登记、防跌倒项目"], [9, "成员", "吴国华", "莲花小学", "防溺水项目"],
               [10, "成员", "谢永福", "白鹭供电所", "用电安全"], [11, "成员", "周春兰", "村妇联", "宣传、留守儿童"],
               [12, "成员", "林长根", "村老年协会", "老年人工作"]]
    for i, zu in enumerate(ZU):
        cm_rows.append([13 + i, "成员", ["陈水生", "林长根", "杨冬生", "黄满珍", "吴四海", "刘福生", "彭爱莲"][i], zu + "组长", "本组网格巡查"])
    pg_rows = []
    groups = [("道路交通（电动三轮车）", "黄志勇"), ("老年人防跌倒", "曾桂香"), ("防溺水", "吴国华")]
    for gname, lead in groups:
        pg_rows.append([len(pg_rows) + 1, gname, lead, "组长", "项目负责"])
        for _ in range(7):
            pg_rows.append([len(pg_rows) + 1, gname, person(rnd), rnd.choice(["党员", "志愿者", "组长", "教师", "民兵"]), "成员"])
    xlsx(ORG + "/促进委员会及项目组成员名单.xlsx", "2024-04-25", [
        dict(name="促进委员会", title="莲花村安全社区促进委员会成员名单", header=["序号", "职务", "姓名", "单位及职务", "分工"], rows=cm_rows,
             widths={4: 26}),
        dict(name="项目组", title="莲花村安全促进项目组成员名单（2024年4月调整，增设防溺水项目组）", header=["序号", "项目组", "姓名", "身份", "职责"],
             rows=pg_rows, widths={2: 20}),
    ], j=("促进委员会及项目组成员名单", [1], [5]))

    docx(ORG + "/制度汇编.docx", "2023-10-20", "莲花村安全社区创建工作制度汇编", [
        ("b", "（2023年10月20日经村安全社区促进委员会办公室会议研究，印发执行）"),
        ("h", "一、村安全促进委员会例会制度"), RULE_MEETING,
        ("h", "二、项目组工作制度"), RULE_PROJECT,
        ("h", "三、信息交流与村民意见反馈制度"), RULE_OPINION,
        ("h", "四、隐患排查治理制度"), RULE_HAZARD,
        ("h", "五、重点户入户安全检查（ABC分类）制度"), RULE_ABC,
        ("h", "六、伤害信息登记报告制度"), RULE_INJURY,
        ("h", "七、应急演练制度"), RULE_DRILL,
        ("h", "八、宣传教育培训制度"), RULE_TRAIN,
        ("h", "九、档案管理制度"), RULE_ARCHIVE,
        ("h", "十、年度计划与总结评审制度"), RULE_PLAN,
        sig(PCO, "2023-10-20"),
    ], j=("制度汇编（例会、隐患期限、ABC、演练、计划评审等）", [1], [2, 6, 7, 8, 9, 10, 11, 12]))

    pdf(ORG + "/安全目标责任书（村与各村民小组）.pdf", "2023-11-05", "莲花村安全社区创建目标责任书", [
        "为落实安全社区创建目标，莲花村村民委员会（甲方）与各村民小组（乙方）签订本责任书。",
        ("h", "一、目标"),
        "本组不发生亡人事故和较大火灾；河塘警示设施完好；电动三轮车登记率95%以上；隐患按期整改率95%以上；独居老人结对率100%。",
        ("h", "二、乙方责任"),
        "组长每月巡查本组一次，发现隐患及时登记上报；配合入户安全检查；组织本组村民参加宣传培训和演练。",
        ("t", [["村民小组", "组长", "签订日期"]] + [[zu, ["陈水生", "林长根", "杨冬生", "黄满珍", "吴四海", "刘福生", "彭爱莲"][i], "2023.11.05"]
                                                  for i, zu in enumerate(ZU)]),
        ("sig", [CW + "（盖章）", cn("2023-11-05")]),
    ], j=("安全目标责任书（误放组织领导）", [4], [1]))

    rows23 = [[1, "宣传资料、标语印制", 8600, "镇创建补助", dt.date(2023, 10, 30)],
              [2, "河塘警示牌23块", 13800, "县安委办补助", dt.date(2024, 5, 28)],
              [3, "救生杆、救生圈", 5200, "县安委办补助", dt.date(2024, 5, 30)],
              [4, "减速带6处", 21000, "村集体", dt.date(2024, 4, 20)],
              [5, "太阳能路灯（第一批20盏）", 36000, "镇创建补助", dt.date(2024, 7, 30)],
              [6, "适老化改造（扶手、防滑垫）", 18600, "村集体", dt.date(2024, 11, 20)],
              [7, "应急物资（雨衣、手电、冲锋舟租用）", 9400, "镇创建补助", dt.date(2024, 6, 10)],
              [8, "三轮车号牌、反光贴", 3800, "村集体", dt.date(2024, 3, 12)],
              [9, "培训讲课费、场地", 4200, "村集体", dt.date(2024, 10, 22)]]
    rows25 = [[1, "太阳能路灯（第二批20盏）", 35000, "镇创建补助", dt.date(2025, 4, 18)],
              [2, "适老化改造（第二批）", 16800, "村集体", dt.date(2025, 6, 30)],
              [3, "防溺水演练、巡河补贴", 7600, "县安委办补助", dt.date(2025, 8, 31)],
              [4, "宣传资料", 5400, "村集体", dt.date(2025, 5, 15)],
              [5, "志愿者保险", 2800, "村集体", dt.date(2025, 3, 1)],
              [6, "灭火器补充", 3600, "镇创建补助", dt.date(2025, 9, 10)]]
    for r in (rows23, rows25):
        r.append(["", "合计", sum(x[2] for x in r), "", None])
    xlsx(ORG + "/经费投入明细（2023.10-2025.9）.xlsx", "2025-09-28", [
        dict(name="2023-2024", title="莲花村安全社区创建经费投入明细（2023年10月—2024年12月）", header=["序号", "用途", "金额（元）", "来源", "支出日期"],
             rows=rows23, widths={2: 30}),
        dict(name="2025", title="莲花村安全社区创建经费投入明细（2025年1—9月）", header=["序号", "用途", "金额（元）", "来源", "支出日期"],
             rows=rows25, widths={2: 30}),
    ], j=("创建经费投入明细", [1]))

    rnd = rng("vroster")
    rows = []
    for i in range(56):
        rows.append([i + 1, person(rnd), rnd.choice(["男", "女"]), rnd.randint(22, 68), rnd.choice(ZU),
                     rnd.choice(["交通劝导队", "巡河队", "结对探访队", "宣传队", "应急分队"]), between("2023-10-15", "2024-06-30", rnd)])
    xls(ORG + "/志愿者队伍花名册.xls", "2024-07-01", "花名册", "莲花村安全志愿者队伍花名册",
        ["序号", "姓名", "性别", "年龄", "组别", "所在队伍", "加入时间"], rows, j=("志愿者花名册（xls，误放组织领导）", [2], [1]))

    n_over = len(overdue("2025-05-20"))
    pdf(ORG + "/2025.05.20 县应急管理局检查反馈意见.pdf", "2025-05-20", "关于白鹭镇莲花村安全社区创建工作检查情况的反馈意见", [
        ("b", "白鹭镇人民政府、莲花村安全社区促进委员会："),
        "2025年5月15日，我局对莲花村安全社区创建工作进行了检查。查阅了创建台账和资料汇编，实地查看了莲花湾路口劝导站、河口组河塘和适老化改造户。现反馈如下：",
        ("h", "一、主要成效"),
        "组织机构健全，促进委员会坚持季度例会；三个安全促进项目针对性强；重点户ABC分类入户检查做法好；河塘警示设施到位。",
        ("h", "二、存在问题"),
        f"（一）隐患台账中有{n_over}项较大隐患超过整改期限未完成整改（县道X032急弯护栏、上塘老祠堂线路、河口组废弃鱼塘围栏、杨家垄组危房）。",
        "（二）村卫生室伤害登记2024年12月至2025年2月中断，一季度伤害数据缺失。",
        "（三）2024年只组织了1次应急演练，未达到村制度规定的每年两次。",
        ("h", "三、整改要求"),
        "请于2025年6月底前书面报送整改情况，逾期隐患逐项明确责任人和完成时限。",
        ("sig", ["江陂县应急管理局", cn("2025-05-20")]),
    ], author="县应急管理局", red=("江陂县应急管理局", "江应急函〔2025〕38号"),
        j=("县应急管理局检查反馈意见（误放组织领导）", [8], [12, 11]))


# ================================================================ 2023年资料
def minutes_block(m, decisions, extra=None):
    t = m["title"]
    body = [("title", ("莲花村" if t.startswith("安全社区") else "莲花村安全社区") + t + "纪要"),
            ("b", f"时间：{zh(m['date'])}"), ("b", f"地点：{m['place']}"), ("b", f"主持：{m['chair']}"),
            ("b", f"参加：{m['people']}"), ("b", "记录：林小燕"), ("h", "一、会议内容")]
    body += extra or [m["content"]]
    body += [("h", "二、议定事项")] + [f"{i + 1}.{t}" for i, t in enumerate(decisions)]
    body.append(sig(PCO, m["date"]))
    return body


def y2023():
    docx(Y23 + "/莲花村安全社区创建实施方案.docx", "2023-10-10", "江陂县白鹭镇莲花村安全社区创建工作实施方案", [
        ("h", "一、村基本情况"),
        "莲花村位于白鹭镇西北部，辖莲花湾、上塘、下塘、杨家垄、河口、新屋场、石桥头7个村民小组，面积8.6平方公里，"
        "常住1126户、3986人，其中60岁以上老人1012人（独居老人62人），留守儿童96人。县道X032穿村而过4.6公里，"
        "全村电动三轮车、农用车约160辆；莲花河流经全村3.2公里，有大小河塘23处。青壮年外出务工多，老人、儿童留守多，"
        "农村道路交通、老人跌倒、儿童溺水和用火用电是主要安全问题。",
        ("h", "二、创建周期"),
        "根据镇政府批复，结合本村实际，本村安全社区创建周期为2023年10月1日至2025年9月30日，共两年。2025年10月整理创建档案，申请评定。",
        ("h", "三、组织机构"),
        "成立莲花村安全社区促进委员会，村党支部书记任主任，镇应急办、派出所、交警中队、镇卫生院、莲花小学、供电所等单位派员参加。"
        "促进委员会下设办公室和安全促进项目组。",
        ("h", "四、工作目标"),
        "（一）创建期内不发生较大以上事故和亡人火灾，不发生儿童溺亡事故；（二）村民伤害就诊例数比创建初期下降10%以上；"
        "（三）村民安全知识知晓率达到80%以上；（四）安全促进项目全部完成实施并开展效果评估。",
        ("h", "五、实施步骤"),
        ("t", [["阶段", "时间", "主要任务"],
               ["启动", "2023年10月", "成立机构，召开启动大会，制定制度"],
               ["培训宣传", "2023年10—11月", "培训村干部、组长、党员，宣传发动"],
               ["调查", "2023年11—12月", "基本情况调查、风险辨识、伤害调查、需求问卷，形成诊断报告"],
               ["确定项目", "2023年12月", "根据诊断确定安全促进项目，成立项目组，制定方案"],
               ["项目实施", "2024年1月—2025年8月", "实施项目，开展宣传培训、入户检查、隐患排查、演练、伤害登记"],
               ["自查整档", "2025年8—9月", "项目效果评估、自评、整理档案"],
               ["评定", "2025年10月", "提出评定申请"],
               ["提高", "2025年10月以后", "持续改进，巩固提高"]]),
        ("h", "六、保障措施"),
        "镇政府每年安排创建补助经费，村集体配套；建立例会、隐患排查、入户检查、伤害登记、应急演练、档案管理等制度（见制度汇编）。",
        sig(PC, "2023-10-10"),
    ], j=("创建实施方案（载明创建周期2023.10.1—2025.9.30）", [4], [1]))

    m1, m2 = committee(2023)
    body = [("b", "目录：一、启动大会暨促进委员会第一次全体会议纪要（10月12日）　二、村干部及组长培训记录（10月26日）　"
                  "三、第一轮重点户入户安全检查工作安排（11月2日）　四、秸秆火灾扑救应急演练记录（12月15日）　五、第四季度例会纪要（12月26日）")]
    body += [("pb",)] + minutes_block(m1, ["通过创建实施方案，制度汇编由办公室10月20日前印发。", "11月开展第一轮重点户入户安全检查。",
                                           "11—12月完成安全诊断。", "各成员单位确定一名联络员。"],
                                      extra=["宣读镇政府批复和成立促进委员会通知。陈德厚作创建动员，罗建平副镇长讲话，要求把安全社区创建与乡村振兴结合。",
                                             "会议审议了《莲花村安全社区创建实施方案》，明确本村创建周期为2023年10月1日至2025年9月30日。"])
    body += [("pb",), ("title", "村干部及村民小组长安全社区知识培训记录"),
             ("b", "时间：2023年10月26日上午　地点：村委会二楼会议室　主讲：张卫东（镇应急办）"),
             ("b", "参加人员：村两委干部、7个村民小组组长、党员代表，共32人"),
             "培训内容：安全社区的理念和12个要素；隐患排查和入户检查方法；伤害登记的意义。培训后发放《安全社区知识手册》。",
             sig(PCO, "2023-10-26")]
    body += [("pb",), ("title", "关于开展第一轮重点户入户安全检查的工作安排"),
             ("b", "2023年11月2日"),
             f"根据制度汇编，11月6日至24日开展第一轮重点户入户安全检查，对象为独居老人户、老人户、危旧房户、留守儿童户和经营户共80户，"
             "由村干部和组长分组入户，按A、B、C三类登记，C类户一个月内复查。",
             sig(PCO, "2023-11-02")]
    dr = DRILLS[0]
    body += [("pb",), ("title", "秸秆火灾扑救应急演练记录"),
             ("b", f"时间：{zh(dr[0])}　地点：{dr[2]}　参加：{dr[4]}及村民，共{dr[3]}人"),
             f"演练科目：{dr[5]}。", f"演练评估：{dr[6]}",
             sig(PCO, dr[0])]
    rc = abc_count(ROUNDS[0][0], "C")
    body += [("pb",)] + minutes_block(m2, ["2024年1月底前制定2024年工作计划。", "交通、防跌倒项目组12月底前印发项目实施方案。",
                                           f"第一轮入户检查C类户{rc}户，12月底前完成复查。"],
                                      extra=["办公室汇报社区安全诊断情况，会议审议通过《莲花村社区安全诊断报告》。",
                                             "会议确定道路交通（电动三轮车）、老年人防跌倒两个安全促进项目；防溺水项目在2024年汛前制定方案。",
                                             f"第一轮重点户入户安全检查完成{abc_count(ROUNDS[0][0])}户，其中A类{abc_count(ROUNDS[0][0], 'A')}户、"
                                             f"B类{abc_count(ROUNDS[0][0], 'B')}户、C类{rc}户。12月15日秸秆火灾扑救演练已开展。村卫生室10月起开展伤害登记。"])
    docx(Y23 + "/2023年第四季度工作资料.docx", "2023-12-26", "莲花村安全社区创建2023年第四季度工作资料", body,
         j=("2023年四季度资料汇编（启动会、培训、入户安排、演练、四季度例会）", [1], [6, 7, 8, 2, 4]))

    docx(Y23 + "/社区安全诊断报告.docx", "2023-12-05", "莲花村社区安全诊断报告", [
        ("h", "一、诊断方法"),
        "2023年11—12月，采取资料收集（派出所、交警中队、镇卫生院2021—2023年数据）、村民问卷（发放540份，回收512份）、"
        "重点户入户检查、现场踏勘和座谈会等方法开展诊断。",
        ("h", "二、伤害情况"),
        "问卷显示，过去一年512户中有96户发生过需就医的伤害，共103人次：跌倒41人次（60岁以上31人次），电动三轮车及摩托车伤害22人次，"
        "农机具和农活伤害14人次，犬咬伤9人次，其他17人次。2021年7月河口组、2022年8月下塘组鱼塘各发生1起儿童溺亡事故。",
        ("h", "三、风险辨识"),
        "共辨识危险源和风险点32处（见危险源辨识及风险评价清单），其中重大风险2处（县道X032莲花湾急弯段、莲花河下塘段），较大风险9处。",
        ("h", "四、高危人群和高风险环境"),
        "高危人群：60岁以上老人特别是62名独居老人、96名留守儿童、约160名电动三轮车和农用车驾驶人。"
        "高风险环境：县道X032穿村段、莲花河及23处河塘、老旧土坯房和木结构祠堂、柴草堆放点。",
        ("h", "五、建议的安全促进项目"),
        "（一）农村道路交通安全（电动三轮车）；（二）老年人防跌倒（独居老人关爱）；（三）防溺水（河塘、留守儿童）；"
        "用火用电安全通过重点户ABC分类入户检查和隐患排查常态化推进。",
        sig(PCO, "2023-12-05"),
    ], j=("社区安全诊断报告", [3], [9, 4]))

    rnd = rng("lec")
    items = [("交通", "县道X032莲花湾急弯段", "莲花湾组"), ("交通", "莲花湾路口（赶集日）", "莲花湾组"), ("交通", "村道无路灯路段", "新屋场组"),
             ("交通", "电动三轮车违规载人", "全村"), ("交通", "农用车无牌上路", "全村"), ("水域", "莲花河下塘段", "下塘组"),
             ("水域", "河口组废弃鱼塘", "河口组"), ("水域", "上塘水库溢洪道", "上塘组"), ("水域", "各组灌溉塘", "全村"),
             ("火灾", "柴草堆放点", "全村"), ("火灾", "上塘陈氏老祠堂", "上塘组"), ("火灾", "秸秆焚烧", "田间"),
             ("火灾", "小卖部、烟花存放", "下塘组"), ("用电", "老旧房屋线路", "全村"), ("用电", "三轮车室内充电", "全村"),
             ("用气", "液化气瓶使用", "全村"), ("建筑", "土坯危房", "杨家垄组"), ("建筑", "老石桥栏杆", "石桥头组"),
             ("建筑", "村小学围墙", "莲花湾组"), ("生活", "老人居家地面湿滑", "全村"), ("生活", "犬只散养", "全村"),
             ("生活", "农药存放", "全村"), ("农业", "农机具操作", "田间"), ("农业", "机耕道塌陷", "上塘组"),
             ("自然灾害", "河口组、下塘组低洼处内涝", "河口组"), ("自然灾害", "杨家垄后山滑坡点", "杨家垄组"),
             ("自然灾害", "雷击", "全村"), ("生活", "冬季炭火取暖", "全村"), ("公共场所", "村文化广场", "莲花湾组"),
             ("公共场所", "红白喜事聚餐", "全村"), ("交通", "学生上学步行县道", "石桥头组"), ("用电", "光伏线路", "莲花湾组")]
    rows = []
    for i, (cat, what, where) in enumerate(items):
        L, E, C = rnd.choice([1, 3, 3, 6]), rnd.choice([2, 3, 6]), rnd.choice([3, 7, 15])
        if what in ("县道X032莲花湾急弯段", "莲花河下塘段"):
            L, E, C = 6, 6, 15
        Dv = L * E * C
        lv = "重大" if Dv >= 320 else ("较大" if Dv >= 160 else ("一般" if Dv >= 70 else "低"))
        rows.append([i + 1, cat, what, where, L, E, C, Dv, lv, rnd.choice(["设警示、巡查", "宣传、入户检查", "工程改造", "纳入项目"]),
                     rnd.choice(["黄志勇", "林国平", "吴国华", "曾桂香", "组长"])])
    xlsx(Y23 + "/莲花村危险源辨识及风险评价清单.xlsx", "2023-11-28", [
        dict(name="LEC评价", title="莲花村危险源辨识及风险评价清单（LEC法）", groups=[(5, 8, "风险评价（D=L×E×C）")],
             header=["序号", "类别", "危险源/风险点", "位置", "L", "E", "C", "D", "风险等级", "管控措施", "责任人"], rows=rows, widths={3: 26})
    ], j=("危险源辨识及风险评价清单（LEC）", [3], [8]))


# ================================================================ 2024年资料
def y2024():
    ms = committee(2024)
    dec = {
        "2024-03-20": ["防溺水项目组4月底前制定项目实施方案。", "4月8日起开展第二轮重点户入户检查。", "劝导站每周六赶集日值守。"],
        "2024-06-25": ["7—8月实行防汛值班和暑期巡河。", "适老化改造下半年完成40户。"],
        "2024-09-24": ["秋季入户检查待秋收结束后安排。", "县道急弯护栏由黄志勇跟踪县交通局批复。", "11月组织冬季防火演练。"],
        "2024-12-18": ["办公室2025年1月底前拟定2025年工作计划。", "2025年春季入户检查3月开展。", "请镇卫生院在村医进修期间协助伤害登记。",
                       "2025年上、下半年各组织一次演练。"],
    }
    extra = {
        "2024-03-20": [f"办公室通报：2024年安全社区工作计划已于1月16日印发；三轮车登记挂牌工作开展，已登记{EVAL['reg_0320']}辆；劝导站3月2日起在莲花湾路口值守。",
                       "会议根据诊断报告中两起儿童溺亡的教训，决定增设防溺水安全促进项目，由吴国华任组长。"],
        "2024-06-25": [f"第二轮重点户入户安全检查完成{abc_count(ROUNDS[1][0])}户，C类{abc_count(ROUNDS[1][0], 'C')}户；"
                       f"6月18日汛前防汛转移演练已开展；河塘警示牌23块、救生杆和救生圈已设置到位；适老化改造首批{EVAL['retro_0625']}户完成。"],
        "2024-09-24": ["通报7月9—11日强降雨防汛转移情况：转移群众137人，无人员伤亡。暑期巡河未发生溺水事故。",
                       "秋季重点户入户检查因秋收和秸秆禁烧值守推迟。县道X032莲花湾急弯段护栏已报县交通运输局。"],
        "2024-12-18": ["会议对照安全社区12个要素进行2024年度总结评审（内部评审），评审报告另行印发。",
                       "办公室说明：原定11月的冬季防火演练因秸秆禁烧值守未能组织；秋季入户检查未开展，与2025年春季合并进行；"
                       "村医曾桂香12月2日起参加县卫健局乡村医生脱产进修（至2025年2月底），卫生室伤害登记暂停。"],
    }
    body = [("b", "目录：" + "　".join(f"{i + 1}.{m['title']}（{md(m['date'])}）" for i, m in enumerate(ms)))]
    for m in ms:
        body += [("pb",)] + minutes_block(m, dec[iso(m["date"])], extra=extra[iso(m["date"])])
    docx(Y24 + "/2024年会议纪要汇编.docx", "2024-12-30", "莲花村安全社区促进委员会2024年会议纪要汇编", body,
         j=("2024年促进委员会会议纪要汇编（4次例会）", [1]))

    # the 2024 plan, training plan, drill summary, annual summary and internal review exist only inside this compilation (T3)
    t24 = train_in("2024-01-01", "2024-12-31")
    h24 = [h for h in HAZ if h["found"].year == 2024]
    dr = DRILLS[1]
    body = [("b", "目录：一、2024年安全社区工作计划（1月16日）　二、2024年宣传教育培训计划（1月20日）　三、汛前防汛转移应急演练总结（6月18日）　"
                  "四、2024年度安全社区工作总结（12月16日）　五、2024年度内部评审报告（12月18日）　六、2025年持续改进措施清单（12月28日）"),
            ("pb",), ("title", "莲花村2024年安全社区工作计划"), ("b", "2024年1月16日"),
            ("t", [["序号", "工作内容", "时间", "责任人"],
                   ["1", "促进委员会季度例会（3、6、9、12月）", "全年", "陈德厚"],
                   ["2", "电动三轮车登记挂牌、劝导站赶集日值守", "3月起", "黄志勇"],
                   ["3", "减速带6处、太阳能路灯40盏", "4—12月", "黄志勇"],
                   ["4", "独居老人结对探访、适老化改造40户", "全年", "曾桂香"],
                   ["5", "制定防溺水项目方案，设置河塘警示牌、救生设施", "4—5月", "吴国华"],
                   ["6", "重点户入户安全检查（春季、秋季各一轮）", "4月、10月", "林国平"],
                   ["7", "汛前防汛转移演练、冬季防火演练", "6月、11月", "黄志勇"],
                   ["8", "伤害登记、季度分析", "每季度", "曾桂香"],
                   ["9", "年度总结评审", "12月", "促进委员会"]]),
            sig(PCO, "2024-01-16"),
            ("pb",), ("title", "莲花村2024年安全宣传教育培训计划"), ("b", "2024年1月20日"),
            "每季度至少开展一次宣传或培训：一季度春节用火、三轮车驾驶人培训；二季度防灾减灾日、防溺水家长会；三季度暑期防溺水、秋收安全；"
            "四季度防跌倒讲座、“119”消防宣传月。",
            sig(PCO, "2024-01-20"),
            ("pb",), ("title", "汛前防汛转移应急演练总结"),
            ("b", f"时间：{zh(dr[0])}　地点：{dr[2]}　参加：{dr[4]}及群众，共{dr[3]}人"),
            f"演练科目：{dr[5]}。", f"评估：{dr[6]}", "改进：修订防汛抗旱应急预案，明确独居老人转移“一对一”责任人。",
            sig(PCO, dr[0]),
            ("pb",), ("title", "莲花村2024年度安全社区工作总结"), ("b", "2024年12月16日"),
            f"2024年召开促进委员会例会{len(ms)}次，项目组会议{len([m for m in MEETINGS if m['type'] == '项目组' and m['date'].year == 2024])}次；"
            f"开展宣传培训{len(t24)}场、{sum(t[5] for t in t24)}人次；完成春季重点户入户检查{abc_count(ROUNDS[1][0])}户；"
            f"排查登记隐患{len(h24)}条；6月18日组织防汛转移演练，7月9—11日实战转移群众137人。",
            f"三个项目：登记电动三轮车、农用车{EVAL['reg_1216']}辆，劝导站值守；河塘警示牌23块；独居老人62人全部结对，适老化改造完成"
            f"{len([r for r in RETRO if r[5].year == 2024])}户。",
            "存在问题：一是原定11月的冬季防火演练未组织，全年只开展1次演练；二是秋季入户检查未开展；三是12月起村医进修，伤害登记暂停；"
            "四是县道急弯护栏、上塘老祠堂线路等隐患整改滞后。",
            sig(PCO, "2024-12-16"),
            ("pb",), ("title", "莲花村安全社区2024年度内部评审报告"), ("b", "2024年12月18日"),
            "12月18日，促进委员会在第四季度例会上对照《安全社区建设基本要求》12个要素对全年工作进行评审，参加评审14人。",
            "评审结论：组织机构、制度、诊断和项目基本到位，台账登记较规范；不足：演练次数不足、秋季入户检查缺位、伤害登记连续性无保障、"
            "部分较大隐患超期。评审提出持续改进措施6条（见清单）。",
            sig(PC, "2024-12-18"),
            ("pb",), ("title", "2025年持续改进措施清单"), ("b", "2024年12月28日"),
            ("t", [["序号", "问题", "改进措施", "责任人", "完成时间"],
                   ["1", "演练次数不足", "2025年汛前、冬季各组织一次演练", "黄志勇", "2025.12"],
                   ["2", "秋季入户检查缺位", "2025年春季第三轮扩大到84户", "林国平", "2025.04"],
                   ["3", "伤害登记中断", "请镇卫生院协助登记，村医返岗后补登", "曾桂香", "2025.03"],
                   ["4", "较大隐患超期", "逐项报镇应急办督办", "陈德厚", "2025.06"],
                   ["5", "适老化改造进度慢", "增加志愿者力量", "曾桂香", "2025.06"],
                   ["6", "档案分类不清", "台账按月登记，资料按年汇编", "林小燕", "2025.03"]]),
            sig(PCO, "2024-12-28")]
    docx(Y24 + "/2024年度工作资料汇编.docx", "2024-12-28", "莲花村安全社区创建2024年度工作资料汇编", body,
         j=("2024年度资料汇编（年度计划、培训计划、防汛演练总结、年度总结、内部评审、改进清单）", [4, 12], [6, 7, 11, 1]))

    pdf(Y24 + "/2024.07 防汛转移应急响应情况报告.pdf", "2024-07-14", "关于2024年7月强降雨防汛转移工作情况的报告", [
        ("b", "白鹭镇人民政府、镇防汛抗旱指挥部："),
        "7月9日至11日，我村遭遇持续强降雨，莲花河水位超警戒0.8米。村防汛应急预案于7月9日16时启动Ⅲ级响应，村两委召开紧急会议，"
        "民兵应急分队和党员志愿者分5组，对河口组、下塘组低洼处47户137人（其中独居老人11人）进行转移，安置在村文化礼堂和莲花小学。",
        "响应期间“村村响”广播预警6次，巡查河堤和危房3轮，发现并处置险情2处（下塘组河堤渗水、杨家垄后山小型滑坡）。7月12日水位回落，群众全部安全返家，无人员伤亡。",
        "存在不足：个别独居老人不愿转移，耽误约40分钟；安置点饮用水储备不足。下一步修订预案，明确独居老人“一对一”转移责任人。",
        ("sig", [CW, cn("2024-07-14")]),
    ], red=("莲花村村民委员会", "莲村报〔2024〕5号"), j=("防汛转移应急响应（实战）情况报告", [7], [3]))

    def limit(found):
        hs = [h for h in HAZ if h["found"] == D(found) and (h["note"] or h["status"] != "已整改")]
        assert len(hs) == 1, found
        return zh(hs[0]["deadline"])
    notices = [
        ("1", "2024-03-18", "下塘组刘**小卖部", "店内灭火器过期，烟花与日杂混放", limit("2024-03-17")),
        ("2", "2024-05-06", "河口组组长吴四海", "河口组灌溉塘护栏破损两处", limit("2024-05-05")),
        ("3", "2024-08-07", "莲花湾组", "县道X032莲花湾急弯段临河一侧无护栏（已报县交通运输局）", limit("2024-08-06")),
        ("4", "2024-10-19", "上塘组及陈氏宗亲理事会", "上塘陈氏老祠堂电线老化裸露，无漏电保护", limit("2024-10-18")),
        ("5", "2024-11-20", "石桥头组彭**户", "屋后柴草垛距房屋不足3米", limit("2024-11-19")),
    ]
    body = []
    for no, d, to, what, limit in notices:
        body += [("title", "隐患整改通知书"), ("b", f"莲安整〔2024〕{no}号"), ("b", f"{to}："),
                 f"经检查，发现你处存在以下安全隐患：{what}。请于{limit}前整改完毕，并将整改情况报村委会。逾期未整改的，报村安全促进委员会督办。",
                 sig(CW, d), ("pb",)]
    body.pop()
    docx(Y24 + "/2024年隐患整改通知书（汇总）.docx", "2024-11-30", "", body, j=("2024年隐患整改通知书汇总（5份）", [11], [8]))


# ================================================================ 2025年资料
def y2025():
    r3 = ROUNDS[2][0]
    t25h1 = train_in("2025-01-01", "2025-06-30")
    dr = DRILLS[2]
    n_over = len(overdue("2025-07-05"))
    body = [("b", "目录：一、2025年风险辨识复核报告（3月15日）　二、第三轮重点户入户安全检查情况（4月25日）　"
                  "三、防溺水救援应急演练方案及总结（6月10日）　四、2025年上半年安全社区工作小结（7月5日）"),
            ("pb",), ("title", "莲花村2025年风险辨识复核报告"), ("b", "2025年3月15日"),
            "对照2023年11月危险源辨识清单，逐项复核32处风险点：县道X032莲花湾急弯段仍为重大风险（护栏未建）；莲花河下塘段经设置救生设施、"
            "暑期巡河，由重大降为较大；新增光伏线路、机耕道塌陷2处风险点。复核后共34处，重大1处、较大10处。",
            sig(PCO, "2025-03-15"),
            ("pb",), ("title", "第三轮重点户入户安全检查情况"), ("b", "2025年4月25日"),
            f"3月10日至4月18日开展第三轮（2025年春季）重点户入户安全检查，共检查{abc_count(r3)}户（新增2户），其中A类{abc_count(r3, 'A')}户、"
            f"B类{abc_count(r3, 'B')}户、C类{abc_count(r3, 'C')}户。C类户已全部在一个月内复查。与第一轮相比，C类户由{abc_count(ROUNDS[0][0], 'C')}户"
            f"下降到{abc_count(r3, 'C')}户。",
            sig(PCO, "2025-04-25"),
            ("pb",), ("title", "防溺水救援应急演练方案及总结"),
            ("b", f"时间：{zh(dr[0])}　地点：{dr[2]}　参加：{dr[4]}及学生家长，共{dr[3]}人"),
            "方案：模拟儿童在莲花河下塘段落水，巡河志愿者发现后呼救报警，使用救生杆、救生圈施救，村医现场心肺复苏，120转运。",
            f"总结：{dr[6]}",
            sig(PCO, dr[0]),
            ("pb",), ("title", "莲花村2025年上半年安全社区工作小结"), ("b", "2025年7月5日"),
            f"上半年召开促进委员会季度例会2次；开展宣传培训{len(t25h1)}场、{sum(t[5] for t in t25h1)}人次；完成第三轮重点户入户检查{abc_count(r3)}户；"
            "6月10日组织防溺水救援演练；完成风险辨识复核；接受县应急管理局检查并整改；4月组织村干部、组长12人到邻镇安全社区示范村考察交流。",
            f"存在问题：2025年度工作计划尚未正式印发；1—2月伤害登记中断，一季度未做伤害分析；隐患台账中仍有{n_over}项逾期未整改。",
            sig(PCO, "2025-07-05")]
    docx(Y25 + "/2025年上半年工作资料汇编.docx", "2025-07-05", "莲花村安全社区创建2025年上半年工作资料汇编", body,
         j=("2025年上半年资料汇编（风险复核、第三轮入户检查、防溺水演练、上半年小结）", [3, 7], [8, 12, 6, 5, 4]))

    body = [("title", "纠正与预防措施记录（一）"), ("b", "2025年3月28日"),
            ("t", [["问题来源", "问题描述", "原因", "纠正措施", "预防措施", "责任人", "验证"],
                   ["入户检查", "第三轮C类户多为电线老化", "房屋老旧、线路自接", "联系供电所免费更换入户线", "用电安全培训纳入年度计划",
                    "谢永福", "2025.04.30 已验证"]]),
            ("pb",), ("title", "纠正与预防措施记录（二）"), ("b", "2025年5月26日"),
            ("t", [["问题来源", "问题描述", "原因", "纠正措施", "预防措施", "责任人", "验证"],
                   ["县应急局检查", "较大隐患超期未整改", "资金和部门协调难", "逐项报镇应急办督办", "较大隐患每月例会通报",
                    "陈德厚", "部分完成"],
                   ["县应急局检查", "伤害登记中断", "村医进修无人登记", "3月起恢复登记", "村医外出时由镇卫生院代登", "曾桂香", "已恢复"]]),
            ("pb",), ("title", "纠正与预防措施记录（三）"), ("b", "2025年7月25日"),
            ("t", [["问题来源", "问题描述", "原因", "纠正措施", "预防措施", "责任人", "验证"],
                   ["隐患排查", "石桥头老石桥栏杆松动", "年久失修", "临时围挡、设警示", "申请镇维修资金", "黄志勇", "临时措施已落实"]]),
            ("pb",), ("title", "纠正与预防措施记录（四）"), ("b", "2025年8月30日"),
            ("t", [["问题来源", "问题描述", "原因", "纠正措施", "预防措施", "责任人", "验证"],
                   ["劝导站记录", "赶集日三轮车违规载人仍较多", "村民习惯", "劝导站增加值守人员", "与交警中队联合整治",
                    "黄志勇", "2025.09.20 已验证"]]),
            sig(PCO, "2025-08-30")]
    docx(Y25 + "/2025年预防与纠正措施记录.docx", "2025-08-30", "莲花村2025年预防与纠正措施记录", body,
         j=("2025年预防与纠正措施记录（4份）", [11], [8, 12]))


# ================================================================ 台账 (the big workbook)
def ledger():
    sheets = [dict(name="封面", lines=[
        "莲花村安全社区创建台账",
        "（2023年10月—2025年9月）",
        "编制：莲花村安全社区促进委员会办公室　林小燕",
        "本台账按月登记，各表说明：",
        "会议记录——促进委员会例会、项目组会议及村两委安全议题会议，一次会议一行；",
        "培训宣传——宣传、培训、讲座一场一行，按年分段；",
        "隐患排查2023/2024/2025——网格员巡查发现的隐患及整改情况；",
        "入户检查ABC——重点户入户安全检查分类登记（三轮）；",
        "伤害登记2023-2024/2025——村卫生室伤害就诊登记；",
        "应急演练——历次演练；志愿者活动——志愿服务登记；意见建议——村民安全意见建议及答复。",
    ])]

    rows = []
    for i, m in enumerate(MEETINGS):
        d = m["date"]
        if d.year == 2025:
            dv = {3: "2025.3.21", 6: "2025年6月24日", 9: "2025.9.23"}.get(d.month) if m["type"] == "促进委员会" else dots(d)
        elif d == D("2024-11-12"):
            dv = dots(d)
        else:
            dv = d
        rows.append([i + 1, dv, m["place"], m["title"], m["type"], m["chair"], m["people"], m["topic"], m["content"], CLERK])
    sheets.append(dict(name="会议记录", title="莲花村安全社区会议记录登记表",
                       header=["序号", "时间", "地点", "会议名称", "会议类型", "主持人", "参加人员", "议题", "主要内容", "记录人"],
                       rows=rows, widths={4: 30, 7: 40, 8: 22, 9: 60}))

    rows = []
    year = None
    k = 0
    for t in TRAIN:
        if t[0].year != year:
            year = t[0].year
            rows.append(("YEAR", f"{year}年"))
        k += 1
        rows.append([k, md(t[0]), t[1], t[2], t[3], t[4], t[5], t[6], ""])
    sheets.append(dict(name="培训宣传", title="莲花村安全宣传教育培训活动登记表",
                       header=["序号", "日期", "形式", "主题内容", "地点", "对象", "参加人数", "主讲/组织", "备注"],
                       rows=rows, widths={4: 36, 5: 18}))

    hz_header = ["序号", "发现日期", "组别", "地点/部位", "隐患描述", "类别", "发现人", "整改措施", "责任人", "整改期限", "整改情况", "完成日期",
                 "复查人", "备注"]
    hz_groups = [(2, 7, "隐患排查情况"), (8, 14, "整改落实情况")]
    for y in (2023, 2024, 2025):
        rows = []
        for h in [h for h in HAZ if h["found"].year == y]:
            rows.append([len(rows) + 1, dots(h["found"]), h["zu"], h["place"], h["desc"], h["level"], h["finder"], h["measure"], h["owner"],
                         h["deadline"], h["status"], dots(h["done"]) if h["done"] else "", h["checker"], h["note"]])
        sheets.append(dict(name=f"隐患排查{y}", title=f"莲花村隐患排查整改台账（{y}年）", groups=hz_groups, header=hz_header, rows=rows,
                           widths={4: 22, 5: 34, 8: 30, 14: 30}))

    rows = []
    for i, r in enumerate(ABC):
        rows.append([i + 1] + r[:13] + [r[13], r[14]])
    sheets.append(dict(name="入户检查ABC", title="莲花村重点户入户安全检查登记表（ABC分类）",
                       sub="A类：无隐患；B类：一般隐患，当场告知整改；C类：较大隐患或两项以上隐患，一个月内复查",
                       groups=[(8, 12, "检查项目（√合格 ×有隐患）")],
                       header=["序号", "轮次", "检查日期", "组别", "户主", "户类型", "常住人数", "用电", "用火", "用气", "房屋", "其他", "类别",
                               "主要问题", "复查日期", "检查人"],
                       rows=rows, widths={2: 20, 14: 34, 16: 18}))

    inj_header = ["序号", "就诊日期", "姓名", "性别", "年龄", "组别", "受伤地点", "受伤原因", "受伤部位", "伤情", "处理", "登记人"]
    inj_groups = [(3, 6, "伤者情况"), (7, 10, "受伤情况"), (11, 12, "处理及登记")]
    for name, a, b in (("伤害登记2023-2024", "2023-10-01", "2024-12-31"), ("伤害登记2025", "2025-01-01", "2025-12-31")):
        rows = [[i + 1] + r for i, r in enumerate(inj(a, b))]
        sheets.append(dict(name=name, title=f"莲花村卫生室伤害就诊登记表（{name[4:]}）", groups=inj_groups, header=inj_header, rows=rows))

    rows = []
    for i, (d, name, place, n, org, subj, ev) in enumerate(DRILLS):
        dv = D(d) if i == 0 else ("2024.6.18" if i == 1 else "2025年6月10日")
        rows.append([i + 1, dv, name, place, n, org, subj, ev])
    sheets.append(dict(name="应急演练", title="莲花村应急演练登记表",
                       header=["序号", "日期", "演练名称", "地点", "参加人数", "组织/参演单位", "演练科目", "评估总结"], rows=rows,
                       widths={3: 26, 7: 40, 8: 50}))

    rows = []
    for i, v in enumerate(VOL):
        dv = zh(v[0]) if i % 5 else dots(v[0])
        rows.append([i + 1, dv, v[1], v[2], v[3], v[4], v[5]])
    sheets.append(dict(name="志愿者活动", title="莲花村安全志愿服务活动登记",
                       header=["序号", "日期", "服务项目", "地点", "参加人数", "服务时长（小时）", "组织人"], rows=rows))

    rows = []
    for i, o in enumerate(OPIN):
        rows.append([i + 1, o[0], o[1], o[2], o[3], o[4], o[5] or "", o[6], o[7]])
    sheets.append(dict(name="意见建议", title="莲花村村民安全意见建议登记及答复台账",
                       header=["序号", "登记日期", "反映人", "组别", "方式", "意见建议内容", "处理及答复情况", "答复日期", "经办人"],
                       rows=rows, widths={6: 30, 7: 30}))

    xlsx(LEDGER, "2025-09-30", sheets,
         j=("创建台账总表（会议、培训宣传、隐患、入户ABC、伤害登记、演练、志愿者、意见建议，多sheet）", [1, 2, 6, 7, 8, 9], [3, 5, 10, 11]))
    shutil.copyfile(target(LEDGER), target(LEDGER_COPY))
    judge(LEDGER_COPY, "重复副本（创建台账总表）", [1, 2, 6, 7, 8, 9], [3, 5, 10, 11], "2025-09-30", {"duplicate_of": LEDGER})

    with open(target(TZ + "/~$莲花村安全社区创建台账.xlsx"), "wb") as f:
        owner = CLERK.encode("utf-16-le")
        f.write(bytes([3]) + b"\x00" + owner + b"\x00" * (54 - len(owner)) + b"\x20\x00" * 53)
    judge(TZ + "/~$莲花村安全社区创建台账.xlsx", "Office锁文件", [], [], None, {"lock_file": True})

    text = """莲花村辖区道路交通事故及火灾、溺水情况统计
（白鹭派出所、县交警大队白鹭中队提供，含县道X032莲花村段）

一、道路交通事故
时段              事故起数  受伤人数  死亡人数  其中电动三轮车/摩托车
2023年10-12月        4         5         0           3
2024年全年          14        17         0          10
2025年1-9月          7         8         0           4

二、火灾
2023年10-12月   1起  下塘组田间秸秆焚烧引燃田埂杂草，无伤亡
2024年全年      2起  3月石桥头组柴草垛起火；11月河口组厨房灶台起火，均无伤亡
2025年1-9月     0起

三、溺水
2023年10月至2025年9月  未发生溺水死亡事故（2021年、2022年各1起儿童溺亡）

统计：林小燕　2025年10月8日
"""
    gbk_text(TZ + "/道路交通事故统计（派出所提供）.txt", text, "2025-10-08", ("交通事故火灾溺水统计（GBK文本）", [9], [5, 3]))

    rows = []
    for rname, a, b, n, p in ROUNDS:
        for zu in ZU:
            rs = [r for r in ABC if r[0] == rname and r[2] == zu]
            rows.append([rname, zu, len(rs), sum(r[11] == "A" for r in rs), sum(r[11] == "B" for r in rs),
                         sum(r[11] == "C" for r in rs), sum(1 for r in rs if r[11] == "C" and r[13])])
        rs = [r for r in ABC if r[0] == rname]
        rows.append([rname, "合计", len(rs), sum(r[11] == "A" for r in rs), sum(r[11] == "B" for r in rs), sum(r[11] == "C" for r in rs),
                     sum(1 for r in rs if r[11] == "C" and r[13])])
    gbk_csv(TZ + "/入户检查分组汇总.csv", ["轮次", "组别", "检查户数", "A类", "B类", "C类", "C类已复查"], rows, "2025-04-30",
            ("重点户入户检查ABC分组汇总（GBK csv）", [8], [5, 3]))


# ================================================================ 项目
RETRO = []   # 适老化改造 rows: [zu, head, age, content, cost, date]
HELMET = []  # 劝导站 rows


def projects():
    # ---------------- 项目一 交通
    docx(XM1 + "/农村道路交通安全促进项目实施方案.docx", "2023-12-28", "莲花村农村道路交通安全（电动三轮车）促进项目实施方案", [
        ("h", "一、问题与依据"),
        "安全诊断显示，电动三轮车及摩托车伤害占村民伤害的21%，县道X032莲花湾急弯段和莲花湾路口（赶集日）为高风险点；"
        "全村电动三轮车、农用车约160辆，违规载人、不戴头盔普遍，头盔佩戴率约三成。",
        ("h", "二、目标"),
        "（一）电动三轮车、农用车登记率达到95%以上；（二）赶集日头盔佩戴率由30%左右提高到70%以上；"
        "（三）电动三轮车伤害就诊例数下降20%；（四）完成减速带6处、太阳能路灯40盏、弯道警示设施。",
        ("h", "三、措施"),
        "1.登记挂牌、签订安全承诺书；2.莲花湾路口设劝导站，每周六赶集日值守，记录头盔佩戴和违规载人；3.交警中队开展驾驶人培训；"
        "4.村道安装减速带、凸面镜、路灯，县道急弯段申请护栏。",
        ("h", "四、评估"), "2025年8月由项目组对照目标开展效果评估，数据来源为伤害登记、劝导站记录和派出所事故统计。",
        sig("道路交通安全项目组", "2023-12-28"),
    ], j=("交通项目实施方案", [5]))

    rnd = rng("tricycle")
    reg = []
    for i in range(152):
        d = between("2024-01-05", "2024-06-30", rnd) if i < 140 else between("2024-07-01", "2025-06-30", rnd)
        reg.append([f"LH-{i + 1:03d}", ZU[rnd.randrange(7)], person(rnd), rnd.choice(["电动三轮车", "电动三轮车", "电动三轮车", "燃油三轮车", "农用车"]),
                    d, "已挂牌" if rnd.random() < 0.96 else "未挂牌", "已签" if rnd.random() < 0.93 else "未签"])
    reg.sort(key=lambda r: r[4])
    EVAL["reg_0320"] = len([r for r in reg if r[4] <= D("2024-03-20")])
    EVAL["reg_1216"] = len([r for r in reg if r[4] <= D("2024-12-16")])
    reg = [[i + 1] + r for i, r in enumerate(reg)]
    d = D("2024-03-02")
    total = (D("2025-09-27") - d).days
    while d <= D("2025-09-27"):
        if not (D("2025-01-25") <= d <= D("2025-02-08")) and not (d.month == 10 and d.day < 8) and rnd.random() < 0.93:
            frac = (d - D("2024-03-02")).days / total
            n = rnd.randint(70, 150)
            rate = min(0.92, 0.33 + 0.46 * frac + rnd.uniform(-0.06, 0.06))
            hel = int(n * rate)
            carry = max(0, int(rnd.randint(6, 18) * (1 - 0.55 * frac)))
            HELMET.append([d, "莲花湾路口", "、".join(person(rnd) for _ in range(2)), n, hel, carry, carry + rnd.randint(2, 10)])
        d += days(7)
    facil = [[1, "减速带", "莲花小学门口、莲花湾路口等6处", dt.date(2024, 4, 20), "已完成", "村集体"],
             [2, "弯道凸面镜", "村道急弯4处", dt.date(2024, 5, 10), "已完成", "县安委办补助"],
             [3, "太阳能路灯（第一批）", "莲花湾、上塘、下塘组20盏", dt.date(2024, 7, 30), "已完成", "镇创建补助"],
             [4, "太阳能路灯（第二批）", "杨家垄、河口、新屋场、石桥头组20盏", dt.date(2025, 4, 18), "已完成", "镇创建补助"],
             [5, "警示桩", "县道X032莲花湾急弯段3根（临时）", dt.date(2024, 8, 15), "已完成", "村集体"],
             [6, "警示标志牌", "村道学校路段、急弯8块", dt.date(2024, 6, 5), "已完成", "县交警大队"],
             [7, "三轮车反光贴", "已登记车辆152辆", dt.date(2024, 6, 30), "已完成", "村集体"],
             [8, "波形护栏", "县道X032莲花湾急弯段约120米", None, "申报中（县交通运输局）", ""],
             [9, "劝导站岗亭", "莲花湾路口", dt.date(2024, 3, 1), "已完成", "村集体"]]
    xlsx(XM1 + "/交通项目工作台账.xlsx", "2025-09-28", [
        dict(name="三轮车登记", title="莲花村电动三轮车、农用车登记表", header=["序号", "编号", "组别", "车主", "车型", "登记日期", "号牌", "安全承诺书"],
             rows=reg),
        dict(name="劝导站值守", title="莲花湾路口交通安全劝导站值守记录（每周六赶集日）",
             header=["序号", "日期", "劝导点", "值守人员", "过往三轮车/摩托车（辆）", "佩戴头盔（辆）", "违规载人（起）", "劝导纠正（人次）"],
             rows=[[i + 1, dots(h[0])] + h[1:] for i, h in enumerate(HELMET)], widths={4: 18, 5: 14}),
        dict(name="设施改造", title="交通安全设施改造情况", header=["序号", "项目", "位置/数量", "完成日期", "状态", "资金来源"], rows=facil,
             widths={3: 34, 5: 22}),
    ], j=("交通项目工作台账（三轮车登记、劝导站值守、设施改造）", [5], [8]))

    def rate(rows):
        return sum(h[4] for h in rows) / sum(h[3] for h in rows)
    h0 = [h for h in HELMET if h[0] <= D("2024-05-31")]
    h1 = [h for h in HELMET if D("2025-06-01") <= h[0] <= D("2025-08-27")]
    b_inj = len(inj("2023-10-01", "2024-03-31", "电动三轮车"))
    e_inj = len(inj("2025-03-01", "2025-08-27", "电动三轮车"))
    EVAL["traffic"] = dict(h0=rate(h0), h1=rate(h1), b=b_inj, e=e_inj)
    drop = (b_inj - e_inj) / b_inj if b_inj else 0
    docx(XM1 + "/交通项目效果评估报告.docx", "2025-08-28", "农村道路交通安全（电动三轮车）促进项目效果评估报告", [
        ("h", "一、评估方法"),
        "对照项目方案目标，比较项目实施初期与评估期数据：电动三轮车伤害取村卫生室伤害登记（2023年10月—2024年3月与2025年3月1日—8月27日，各约6个月；"
        "2024年12月—2025年2月登记中断，评估期从3月起算）；头盔佩戴率取劝导站值守记录（2024年3—5月与2025年6—8月）；事故数取派出所统计。",
        ("h", "二、结果"),
        ("t", [["指标", "基线", "评估值", "目标", "结论"],
               ["车辆登记率", "0", "95.0%（152/160辆）", "95%", "达到"],
               ["赶集日头盔佩戴率", f"{rate(h0):.1%}", f"{rate(h1):.1%}", "70%", "达到" if rate(h1) >= 0.70 else "未达到"],
               ["电动三轮车伤害就诊（6个月）", f"{b_inj}例", f"{e_inj}例", "下降20%", ("达到" if drop >= 0.2 else "未达到") + f"（下降{drop:.0%}）"],
               ["交通事故起数（派出所）", "2024年14起", "2025年1—7月5起", "下降", "下降"],
               ["减速带、路灯", "0", "减速带6处、路灯40盏", "6处、40盏", "达到"],
               ["县道急弯护栏", "无", "申报中", "建成", "未达到"]]),
        ("h", "三、结论与改进"),
        ("头盔佩戴率达到目标，" if rate(h1) >= 0.70 else "头盔佩戴率明显提高但未达到目标，") +
        ("电动三轮车伤害下降达到目标；" if drop >= 0.2 else "电动三轮车伤害有所下降但未达到下降20%的目标；") +
        "县道X032急弯段护栏仍未建成，列为重点督办事项；赶集日违规载人仍时有发生，继续与交警中队联合整治。",
        sig("道路交通安全项目组", "2025-08-28"),
    ], j=("交通项目效果评估报告", [5], [12]))

    # ---------------- 项目二 防跌倒
    docx(XM2 + "/老年人防跌倒及独居老人关爱项目实施方案.docx", "2023-12-29", "莲花村老年人防跌倒（独居老人关爱）促进项目实施方案", [
        ("h", "一、问题与依据"),
        "诊断显示，跌倒是村民伤害的第一位原因（占40%），其中60岁以上老人占四分之三；62名独居老人居住在老旧房屋，厕所、灶屋地面湿滑，夜间照明差。",
        ("h", "二、目标"),
        "（一）62名独居老人100%结对，结对人每月至少探访一次；（二）完成适老化改造（扶手、防滑垫、夜灯）60户；"
        "（三）60岁以上老人跌倒就诊月均例数下降15%；（四）老人防跌倒知识知晓率达到80%。",
        ("h", "三、措施"),
        "1.党员、志愿者、村干部与独居老人“一对一”结对，探访情况每季度汇总登记；2.分两批实施适老化改造；3.村卫生室开展防跌倒讲座和平衡操；"
        "4.冬季雨雪天重点提醒。",
        ("h", "四、评估"), "2025年8—9月由项目组开展效果评估，数据取伤害登记、结对探访汇总和知识问卷。",
        sig("老年人防跌倒项目组", "2023-12-29"),
    ], j=("防跌倒项目实施方案", [5]))

    rnd = rng("elderly")
    pair = []
    for i in range(62):
        pair.append([i + 1, ZU[i % 7], person(rnd), rnd.choice(["男", "女", "女"]), rnd.randint(66, 94),
                     rnd.choice(["良好", "一般", "慢性病", "行动不便"]), person(rnd), rnd.choice(["党员", "志愿者", "村干部", "组长"]),
                     "13" + "".join(str(rnd.randint(0, 9)) for _ in range(5)) + "****", between("2024-01-05", "2024-02-28", rnd)])
    summ = []
    q = [("2024年一季度", 3), ("2024年二季度", 3), ("2024年三季度", 3), ("2024年四季度", 3), ("2025年一季度", 3), ("2025年二季度", 3),
         ("2025年三季度", 3)]
    for qn, months in q:
        for k, zu in enumerate(ZU):
            nold = len([p for p in pair if p[1] == zu])
            should = nold * months
            did = should - rnd.choice([0, 0, 0, 1, 2, 3])
            if qn == "2024年一季度":
                did = should - rnd.randint(2, 6)
            found = rnd.randint(0, 4)
            summ.append([len(summ) + 1, qn, zu, nold, should, did, f"{did / should:.0%}", found, found - rnd.choice([0, 0, 1]) if found else 0])
    for i in range(58):
        d = (between("2024-05-10", "2024-06-20", rnd) if i < 20 else
             between("2024-08-01", "2024-12-20", rnd) if i < 40 else between("2025-03-01", "2025-08-15", rnd))
        p = pair[rnd.randrange(62)] if i % 3 else [None, ZU[rnd.randrange(7)], person(rnd), None, rnd.randint(61, 88)]
        RETRO.append([p[1], p[2], p[4], rnd.choice(["厕所扶手、防滑垫", "床边扶手、夜灯", "灶屋防滑垫、夜灯", "门槛改坡、扶手"]),
                      rnd.choice([260, 320, 380, 450, 520]), d])
    RETRO.sort(key=lambda r: r[5])
    EVAL["retro_0625"] = len([r for r in RETRO if r[5] <= D("2024-06-25")])
    xlsx(XM2 + "/独居老人结对探访及适老化改造登记.xlsx", "2025-09-26", [
        dict(name="结对名单", title="莲花村独居老人结对名单", groups=[(2, 6, "独居老人"), (7, 10, "结对人")],
             header=["序号", "组别", "姓名", "性别", "年龄", "健康状况", "结对人", "身份", "联系电话", "结对日期"], rows=pair),
        dict(name="探访汇总", title="独居老人结对探访情况季度汇总（结对人每月至少探访一次）",
             header=["序号", "季度", "组别", "独居老人数", "应探访次数", "实际探访次数", "探访率", "发现问题", "已处理"], rows=summ),
        dict(name="适老化改造", title="适老化改造（扶手、防滑垫、夜灯）登记",
             header=["序号", "组别", "户主", "年龄", "改造内容", "费用（元）", "完成日期", "验收人"],
             rows=[[i + 1, r[0], r[1], r[2], r[3], r[4], r[5], "曾桂香"] for i, r in enumerate(RETRO)], widths={5: 22}),
    ], j=("独居老人结对探访及适老化改造登记（多sheet）", [5], [2]))

    q3 = [r for r in summ if r[1] == "2025年三季度"]
    q3_rate = sum(r[5] for r in q3) / sum(r[4] for r in q3)
    b = len(inj("2023-10-01", "2024-08-31", "跌倒", old=True)) / 11
    e = len(inj("2024-09-01", "2025-08-31", "跌倒", old=True)) / 9
    EVAL["falls"] = dict(b=b, e=e)
    fdrop = (b - e) / b if b else 0
    pdf(XM2 + "/防跌倒项目效果评估.pdf", "2025-09-05", "老年人防跌倒（独居老人关爱）促进项目效果评估报告", [
        ("h", "一、评估方法"),
        "对照项目方案目标，比较村卫生室伤害登记中60岁以上老人跌倒就诊月均例数：基线期2023年10月—2024年8月（11个月），评估期2024年9月—2025年8月"
        "（其中2024年12月—2025年2月登记中断，按有登记的9个月计算）；结合结对探访季度汇总和知识问卷（抽样120人）。",
        ("h", "二、结果"),
        ("t", [["指标", "基线", "评估值", "目标", "结论"],
               ["独居老人结对率", "0", "100%（62/62）", "100%", "达到"],
               ["结对探访率（2025年三季度）", "—", f"{q3_rate:.0%}", "100%", "基本达到"],
               ["适老化改造户数", "0", f"{len(RETRO)}户", "60户", "未达到" if len(RETRO) < 60 else "达到"],
               ["60岁以上跌倒就诊月均", f"{b:.1f}例", f"{e:.1f}例", "下降15%", ("达到" if fdrop >= 0.15 else "未达到") + f"（下降{fdrop:.0%}）"],
               ["防跌倒知识知晓率", "41%", "83%", "80%", "达到"]]),
        ("h", "三、结论与改进"),
        "结对探访和知识普及效果明显；" + ("老人跌倒就诊下降达到目标；" if fdrop >= 0.15 else f"老人跌倒就诊月均只下降{fdrop:.0%}，未达到下降15%的目标；") +
        f"适老化改造还差{60 - len(RETRO)}户，10月底前完成；伤害登记中断影响数据可比性，已建立村医外出时镇卫生院代登机制。",
        ("sig", ["老年人防跌倒项目组", cn("2025-09-05")]),
    ], j=("防跌倒项目效果评估报告", [5], [12]))

    # ---------------- 项目三 防溺水 (no effect evaluation: G2)
    docx(XM3 + "/防溺水安全促进项目实施方案.docx", "2024-04-25", "莲花村防溺水（河塘、留守儿童）安全促进项目实施方案", [
        ("h", "一、问题与依据"),
        "2021年7月、2022年8月村内各发生1起儿童溺亡事故；莲花河流经全村3.2公里，有大小河塘23处，多数无警示、无救生设施；留守儿童96人，暑期监护薄弱。",
        ("h", "二、目标"),
        "（一）项目期内不发生儿童溺亡事故；（二）23处河塘警示牌、救生杆、救生圈设置率100%；（三）暑期巡河覆盖6—8月每天；"
        "（四）学生及家长防溺水知识知晓率达到90%。",
        ("h", "三、措施"),
        "1.河塘设警示牌和救生设施；2.暑期志愿者分班巡河，记录巡查情况；3.莲花小学开设防溺水安全课，召开家长会，发放《致家长的一封信》；"
        "4.汛前组织防溺水救援演练。",
        ("h", "四、评估"), "2025年9月秋季开学后，由项目组对照上述目标开展项目效果评估，形成评估报告。",
        sig("防溺水项目组", "2024-04-25"),
    ], j=("防溺水项目实施方案（承诺2025年9月评估）", [5]))

    docx(XM3 + "/防溺水工作资料汇编（2024-2025）.docx", "2025-08-30", "莲花村防溺水工作资料汇编（2024—2025年）", [
        ("title", "河塘警示牌及救生设施设置情况"), ("b", "2024年5月30日"),
        "全村23处河塘、莲花河沿线共设置警示牌23块、救生杆15根、救生圈15个，由所在村民小组长负责日常检查。",
        sig("防溺水项目组", "2024-05-30"), ("pb",),
        ("title", "《致家长的一封信》发放及回执情况"), ("b", "2024年7月2日"),
        "通过莲花小学向全体学生家长发放《致家长的一封信》212份，收回回执205份；留守儿童96人由班主任逐一电话联系监护人。",
        sig("防溺水项目组", "2024-07-02"), ("pb",),
        ("title", "2024年暑期防溺水工作情况"), ("b", "2024年9月2日"),
        "6月20日至8月31日，巡河志愿者3个班组每天巡河，劝离河塘边玩水儿童31人次；暑期未发生溺水事故。",
        sig("防溺水项目组", "2024-09-02"), ("pb",),
        ("title", "2025年暑期巡河值守安排"), ("b", "2025年6月20日"),
        "6月20日至8月31日，巡河分3班，每班2人，重点巡查莲花河下塘段、河口组废弃鱼塘、上塘水库溢洪道。",
        sig("防溺水项目组", "2025-06-20"), ("pb",),
        ("title", "2025年暑期防溺水工作情况"), ("b", "2025年8月30日"),
        "暑期巡河74天，劝离儿童22人次；河口组3号废弃鱼塘已设警示牌，围栏尚未建成；暑期未发生溺水事故。"
        "项目效果评估将于9月秋季开学后结合学生问卷组织。",
        sig("防溺水项目组", "2025-08-30"),
    ], j=("防溺水工作资料汇编（工作情况，非效果评估）", [5], [6]))

    rnd = rng("river")
    sheets = []
    for y, a, b in ((2024, "2024-06-20", "2024-08-31"), (2025, "2025-06-20", "2025-08-31")):
        rows = []
        d = D(a)
        while d <= D(b):
            spot = rnd.choice(["莲花河下塘段", "河口组3号鱼塘", "上塘水库溢洪道", "莲花湾灌溉塘", "石桥头河段"])
            found = rnd.choice(["正常", "正常", "正常", "儿童塘边玩耍", "救生圈缺失", "警示牌倾倒"])
            act = {"正常": "", "儿童塘边玩耍": "劝离并告知家长", "救生圈缺失": "已补充", "警示牌倾倒": "已扶正"}[found]
            rows.append([len(rows) + 1, md(d), spot, "、".join(person(rnd) for _ in range(2)), found, act])
            d += days(rnd.choice([1, 2, 2]))
        sheets.append(dict(name=f"{y}年", title=f"{y}年暑期河塘巡查记录", header=["序号", "日期", "巡查河段/河塘", "巡查人", "发现情况", "处置"],
                           rows=rows, widths={3: 18}))
    xlsx(XM3 + "/河塘巡查记录.xlsx", "2025-08-31", sheets, j=("暑期河塘巡查记录（月日日期）", [5], [8]))

    # misfiled: the 2024 flood-evacuation drill plan sits in the drowning project folder
    docx(XM3 + "/2024.06.18 防汛转移演练方案.docx", "2024-06-12", "莲花村2024年汛前防汛转移应急演练方案", [
        ("b", "演练时间：2024年6月18日上午9:00"), ("b", "演练地点：河口组、下塘组低洼处，安置点莲花小学"),
        ("h", "一、演练目的"), "检验防汛应急预案，提高群众转移和独居老人转移能力。",
        ("h", "二、演练科目"), "“村村响”预警广播；低洼户转移；老人背送；安置点登记和物资发放。",
        ("h", "三、组织"), "总指挥陈德厚，现场指挥黄志勇，民兵应急分队30人，镇水利站指导。",
        sig(PCO, "2024-06-12"),
    ], j=("2024年防汛转移演练方案（误放项目三文件夹）", [7], [5]))


EVAL = {}


# ================================================================ 六、宣传培训 / 七、应急 / 九、伤害记录
def education():
    docx(PX + "/2025年度宣传教育培训计划.docx", "2025-01-20", "莲花村2025年度安全宣传教育培训计划", [
        "根据村制度汇编“每季度至少开展一次面向村民的安全宣传或培训活动”的要求，制定本计划。",
        ("t", [["季度", "主要内容", "对象", "责任人"],
               ["一季度", "春节用火用电、春耕农机具安全", "村民、农机手", "林小燕"],
               ["二季度", "防灾减灾日、安全生产月、防溺水安全课", "村民、学生", "吴国华"],
               ["三季度", "暑期防溺水、安全用电、秋收交通安全", "学生家长、村民", "周春兰"],
               ["四季度", "重阳防跌倒、“119”消防宣传月、冬季取暖", "老人、村民", "曾桂香"]]),
        sig(PCO, "2025-01-20"),
    ], j=("2025年度宣传教育培训计划", [6], [4]))

    rnd = rng("signin")
    story = []
    for d in ("2024-03-15", "2024-06-20", "2024-10-22"):
        t = [x for x in TRAIN if x[0] == D(d)][0]
        shown = min(t[5], 30)
        rows = [["序号", "姓名", "组别", "签到"]] + [[i + 1, person(rnd), rnd.choice(ZU), "√"] for i in range(shown)]
        story += [("title", f"{t[2]}签到表"), ("b", f"时间：{zh(d)}　地点：{t[3]}　主讲/组织：{t[6]}　应到/实到：{t[5]}人"), ("t", rows),
                  ("b", f"（共{t[5]}人签到，此处为第1页）"), ("pb",)]
    story.pop()
    pdf(PX + "/2024年培训签到表（扫描）.pdf", "2024-10-22", "", story, j=("2024年培训签到表（3场）", [6], [5]))

    rows = [["题目", "选项", "户数", "占比"]]
    data = [("您认为村里最突出的安全问题", [("三轮车、摩托车交通", 168), ("老人摔倒", 131), ("小孩溺水", 97), ("用火用电", 72), ("其他", 44)]),
            ("家中是否有60岁以上老人摔倒过（近一年）", [("有", 118), ("没有", 394)]),
            ("您家三轮车是否经常载人", [("经常", 143), ("偶尔", 171), ("不载", 120), ("没有三轮车", 78)]),
            ("孩子暑期是否有人看管", [("有", 301), ("有时没有", 156), ("没有", 55)]),
            ("您希望村里开展哪些安全活动", [("安全培训", 204), ("设施改造", 188), ("入户检查", 120)])]
    out = []
    for qn, opts in data:
        tot = sum(n for _, n in opts)
        for k, (o, n) in enumerate(opts):
            out.append([qn if k == 0 else "", o, n, f"{n / tot:.1%}"])
    xlsx(PX + "/村民安全需求调查问卷汇总.xlsx", "2023-11-20", [
        dict(name="汇总", title="莲花村村民安全需求调查问卷汇总（发放540份，回收512份）", header=rows[0], rows=out, widths={1: 40, 2: 20})
    ], j=("村民安全需求问卷汇总（误放宣传培训）", [3], [2]))


def emergency():
    docx(YJ + "/莲花村综合应急预案（2023版）.docx", "2023-11-15", "莲花村突发事件综合应急预案（2023版）", [
        ("h", "一、适用范围"), "本预案适用于莲花村范围内洪涝、山体滑坡、火灾（含秸秆、山林火灾）、溺水、道路交通事故等突发事件的先期处置。",
        ("h", "二、应急组织"), "成立村应急指挥部，陈德厚任总指挥，黄志勇任副总指挥，下设预警广播组、转移疏散组、抢险救援组、医疗救护组（村卫生室）、后勤保障组。",
        ("h", "三、预警与响应"), "接到镇防汛指令或发现险情，值班人员10分钟内报告总指挥，通过“村村响”广播和微信群预警，按Ⅲ、Ⅱ、Ⅰ级响应。",
        ("h", "四、应急演练"), RULE_DRILL,
        ("h", "五、保障"), "应急物资存放于村委会一楼仓库，由民兵连长管理，每季度检查一次。",
        sig(CW, "2023-11-15"),
    ], j=("村综合应急预案", [7]))
    docx(YJ + "/防汛抗旱应急预案（2024年修订）.docx", "2024-05-10", "莲花村防汛抗旱应急预案（2024年修订）", [
        "莲花河沿线河口组、下塘组低洼处共47户137人为重点转移对象，安置点为村文化礼堂和莲花小学。",
        "修订内容：明确独居老人“一对一”转移责任人；增加杨家垄后山滑坡点监测；储备救生衣40件、冲锋舟1艘（租用）。",
        sig(CW, "2024-05-10"),
    ], j=("防汛抗旱专项应急预案", [7]))
    rnd = rng("team")
    team = [[i + 1, person(rnd), rnd.randint(24, 55), rnd.choice(ZU), rnd.choice(["民兵", "党员", "志愿者"]),
             rnd.choice(["转移疏散", "抢险救援", "预警广播", "后勤保障"])] for i in range(30)]
    stock = [[1, "救生衣", 40, "件", "村委会仓库"], [2, "救生圈", 15, "个", "各河塘"], [3, "救生杆", 15, "根", "各河塘"],
             [4, "手持扩音器", 6, "个", "村委会仓库"], [5, "应急照明灯", 20, "个", "村委会仓库"], [6, "灭火器（4kg）", 36, "具", "仓库及各组"],
             [7, "编织袋", 2000, "条", "村委会仓库"], [8, "铁锹", 30, "把", "村委会仓库"], [9, "雨衣雨靴", 30, "套", "村委会仓库"],
             [10, "急救箱", 3, "个", "村卫生室"], [11, "发电机", 1, "台", "村委会仓库"]]
    xlsx(YJ + "/应急队伍及物资.xlsx", "2024-05-10", [
        dict(name="应急队伍", title="莲花村民兵应急分队名单", header=["序号", "姓名", "年龄", "组别", "身份", "分工"], rows=team),
        dict(name="应急物资", title="莲花村应急物资储备清单", header=["序号", "物资名称", "数量", "单位", "存放地点"], rows=stock),
    ], j=("应急队伍及物资清单", [7]))


def injury_docs():
    def block(a, b, label, when, extra=""):
        rs = inj(a, b)
        fall = [r for r in rs if r[6] == "跌倒"]
        fall60 = [r for r in fall if r[3] >= 60]
        tri = [r for r in rs if r[6] == "电动三轮车"]
        top = {}
        for r in rs:
            top[r[4]] = top.get(r[4], 0) + 1
        zu = max(sorted(top), key=lambda z: top[z]) if top else ""
        return [("title", f"{label}伤害监测分析"), ("b", zh(when)),
                f"{label}村卫生室登记伤害就诊{len(rs)}例，其中跌倒{len(fall)}例（60岁以上{len(fall60)}例），电动三轮车伤害{len(tri)}例，"
                f"其他{len(rs) - len(fall) - len(tri)}例；就诊最多的是{zu}（{top.get(zu, 0)}例）。" + extra,
                sig("莲花村卫生室", when)]
    body = []
    body += block("2023-10-01", "2023-12-31", "2023年第四季度", "2024-01-06", "伤害登记自10月1日起运行。建议冬季加强老人防跌倒提醒。") + [("pb",)]
    body += block("2024-01-01", "2024-03-31", "2024年第一季度", "2024-04-08", "建议春耕前开展农机具安全培训。") + [("pb",)]
    body += block("2024-04-01", "2024-06-30", "2024年第二季度", "2024-07-05", "建议汛期和暑期加强防溺水巡查。") + [("pb",)]
    body += block("2024-07-01", "2024-09-30", "2024年第三季度", "2024-10-09", "7月防汛转移期间转移群众无人受伤。") + [("pb",)]
    body += block("2024-10-01", "2024-11-30", "2024年第四季度", "2025-01-08",
                  "说明：村医曾桂香12月2日起参加县卫健局乡村医生脱产进修（至2025年2月底），12月卫生室伤害登记暂停，本季度只统计10—11月。")
    docx(SH + "/伤害监测季度分析汇编（2023.10-2024.12）.docx", "2025-01-08", "莲花村伤害监测季度分析汇编（2023年10月—2024年12月）", body,
         author="曾桂香", j=("伤害监测季度分析汇编（5期，四季度注明12月登记暂停）", [9], [3]))
    docx(SH + "/2025年第二季度伤害分析.docx", "2025-07-07", "",
         block("2025-04-01", "2025-06-30", "2025年第二季度", "2025-07-07",
               f"说明：2025年1—2月登记中断（接2024年12月），3月起恢复，3月登记{len(inj('2025-03-01', '2025-03-31'))}例，未形成一季度分析。"),
         author="曾桂香", j=("2025年二季度伤害分析", [9]))
    docx(SH + "/2025年第三季度伤害分析.docx", "2025-10-09", "",
         block("2025-07-01", "2025-09-30", "2025年第三季度", "2025-10-09",
               f"暑期无溺水伤害；电动三轮车伤害{len(inj('2025-07-01', '2025-09-30', '电动三轮车'))}例，"
               f"去年同期{len(inj('2024-07-01', '2024-09-30', '电动三轮车'))}例。"),
         author="曾桂香", j=("2025年三季度伤害分析", [9]))


# ================================================================ 照片
def photos():
    for name, when, scene, kind, el, also in [
        ("2023.10.12 启动大会.jpg", "2023-10-12", "meeting", "启动大会照片", [1], []),
        ("2023.12.15 秸秆火灾扑救演练.jpg", "2023-12-15", "straw", "秸秆火灾演练照片", [7], []),
        ("2024.04.16 重点户入户检查.jpg", "2024-04-16", "house", "入户检查照片", [8], [5]),
        ("2024.06.18 防汛转移演练1.jpg", "2024-06-18", "flood", "防汛演练照片", [7], []),
        ("2024.06.18 防汛转移演练2.jpg", "2024-06-18", "flood", "防汛演练照片", [7], []),
        ("2024.07.02 防溺水致家长一封信发放.jpg", "2024-07-02", "training", "防溺水宣传照片", [5], [6]),
        ("2024.09 莲花湾路口劝导站.jpg", "2024-09-07", "road", "交通劝导站照片", [5], []),
        ("2025.03.12 适老化改造扶手安装.jpg", "2025-03-12", "handrail", "适老化改造照片", [5], []),
        ("2025.05.20 安全知识进祠堂宣讲.jpg", "2025-05-20", "training", "2025年宣讲照片", [6], []),
        ("2025.06.10 防溺水救援演练.jpg", "2025-06-10", "river", "防溺水演练照片", [7], [5]),
        ("2025.07.18 暑期巡河.jpg", "2025-07-18", "river", "巡河照片", [5], []),
        ("微信图片_20250816101522.jpg", "2025-08-16", "training", "培训现场照片（无说明，安全用电培训）", [6], []),
    ]:
        photo(PH + "/" + name, when, scene, (kind, el, also))


# ================================================================ 申报
ELEMENT_NAMES = ["组织机构", "信息交流和全员参与", "事故与伤害风险辨识及其评价", "事故与伤害预防目标及计划", "安全促进项目", "宣传教育与培训",
                 "应急预案和响应", "监测与监督", "事故与伤害记录", "安全社区创建档案", "预防与纠正措施", "评审与持续改进"]
INDICATORS = [
    ["建立跨部门合作的组织机构", "促进委员会职责明确、分工落实", "工作制度建立并运行（例会等）", "项目组设置及人员", "创建经费和资源保障"],
    ["信息交流渠道与机制", "村民意见建议收集与反馈", "志愿者队伍与全员参与", "参与安全社区网络交流活动"],
    ["社区基本情况调查", "事故与伤害风险辨识与评价", "高危人群、高风险环境识别", "风险辨识结果定期更新"],
    ["总体目标与分目标", "年度工作计划", "目标责任落实"],
    ["项目针对诊断结果确定", "项目实施方案（目标、对象、措施、资源）", "道路交通项目实施", "老年人防跌倒项目实施", "防溺水项目实施", "项目效果评估"],
    ["宣传教育培训计划", "面向高危人群的培训", "宣传阵地与形式", "培训记录与效果"],
    ["综合及专项应急预案", "应急队伍和物资", "应急演练（频次与覆盖）", "演练评估与预案修订", "应急响应实施"],
    ["隐患排查与监测机制", "重点户入户安全检查", "外部监督检查", "村民监督"],
    ["伤害登记报告制度", "伤害记录连续完整", "事故伤害统计分析", "事故调查处理"],
    ["档案管理制度", "档案分类完整", "档案便于查阅"],
    ["隐患整改闭环", "纠正预防措施制定", "措施落实跟踪验证", "事故后的纠正措施"],
    ["年度总结评审", "项目评估结果应用", "持续改进措施", "自评"],
]
DEDUCT = {  # (element index, indicator index): (score out of 3, reason)
    (0, 2): (2.8, ""), (1, 1): (2.5, "部分意见答复不及时"), (1, 3): (2.6, ""), (2, 3): (2.5, ""), (2, 1): (2.8, ""),
    (3, 1): (1.6, "2025年度工作计划未正式印发"), (3, 0): (2.8, ""),
    (4, 4): (2.6, ""), (4, 5): (1.4, "防溺水项目效果评估未完成"), (4, 2): (2.7, ""),
    (5, 3): (2.7, ""), (6, 2): (1.5, "2024年冬季防火演练未组织"), (6, 3): (2.6, ""), (6, 0): (2.8, ""),
    (7, 1): (2.0, "2024年秋季入户检查未开展"), (7, 0): (2.6, ""), (7, 3): (2.6, ""),
    (8, 1): (1.2, "伤害登记2024年12月至2025年2月中断"), (8, 2): (2.6, ""), (8, 3): (2.8, ""),
    (9, 1): (2.6, ""), (9, 2): (2.6, ""), (10, 0): (1.4, "8项隐患逾期未整改"), (10, 2): (2.6, ""),
    (11, 0): (2.8, ""), (11, 2): (2.6, ""),
}


def self_scores():
    rows, per_el = [], []
    for e, inds in enumerate(INDICATORS):
        tot = 0
        for k, name in enumerate(inds):
            sc, why = DEDUCT.get((e, k), (3.0, ""))
            rows.append([f"{e + 1}.{k + 1}", f"{e + 1} {ELEMENT_NAMES[e]}", name, 3, sc, why])
            tot += sc
        per_el.append(round(tot, 1))
    return rows, per_el


def application():
    rows, per_el = self_scores()
    total = round(sum(per_el), 1)
    EVAL["self"] = total
    xlsx(SB + "/自评打分表.xlsx", "2025-10-10", [
        dict(name="自评", title="莲花村安全社区现场评定自评打分表（12个一级指标、50个二级指标）",
             header=["编号", "一级指标", "二级指标", "分值", "自评得分", "扣分原因"], rows=rows + [["", "合计", "", 150, total, ""]],
             widths={2: 26, 3: 36, 6: 34}),
    ], j=("自评打分表（50项）", [12], [10]))

    tab = [["一级指标", "分值", "自评得分"]] + [[f"{i + 1} {n}", 3 * len(INDICATORS[i]), per_el[i]] for i, n in enumerate(ELEMENT_NAMES)]
    n_over = len(overdue(PERIOD[1]))
    pdf(SB + "/自评报告.pdf", "2025-10-10", "莲花村安全社区建设自评报告", [
        ("b", "创建周期：2023年10月1日—2025年9月30日"),
        f"对照全国安全社区现场评定表12个一级指标、50个二级指标逐项自评，自评总分{total}分（满分150分）。",
        ("t", tab),
        ("h", "需要整改的问题"),
        f"（一）2024年只组织了1次应急演练，冬季防火演练未组织；（二）2025年度工作计划至今未正式印发；（三）防溺水项目效果评估尚未完成；"
        f"（四）伤害登记2024年12月至2025年2月中断；（五）隐患台账中{n_over}项隐患逾期未整改。",
        sig(PC, "2025-10-10"),
    ], j=("自评报告", [12], [10]))

    t_all = train_in(*PERIOD)
    docx(SB + "/莲花村安全社区创建工作报告.docx", "2025-10-15", "江陂县白鹭镇莲花村安全社区创建工作报告", [
        ("h", "一、村概况"),
        "莲花村常住1126户、3986人，60岁以上老人占25.4%，留守儿童96人。创建周期为2023年10月1日至2025年9月30日。",
        ("h", "二、组织机构"),
        f"促进委员会由镇应急办、派出所、交警中队、镇卫生院、莲花小学、供电所等单位和村两委、组长组成，下设办公室和三个项目组。"
        f"周期内召开促进委员会会议{len(committee())}次（含启动大会），项目组会议{len([m for m in MEETINGS if m['type'] == '项目组'])}次。",
        ("h", "三、诊断与项目"),
        "2023年11—12月开展安全诊断，确定道路交通（电动三轮车）、老年人防跌倒、防溺水三个安全促进项目。",
        ("h", "四、主要工作"),
        f"开展宣传培训{len(t_all)}场、{sum(t[5] for t in t_all)}人次；重点户入户安全检查3轮共{len(ABC)}户次；登记排查隐患{len(HAZ)}条；"
        f"组织应急演练{len(DRILLS)}次，2024年7月实战转移群众137人；村卫生室登记伤害就诊{len(INJ)}例；收集村民意见建议{len(OPIN)}条。",
        ("h", "五、成效"),
        "创建期内未发生较大以上事故和亡人火灾，未发生儿童溺亡事故；赶集日头盔佩戴率明显提高，三轮车伤害下降。",
        ("h", "六、存在问题"),
        "部分较大隐患整改难度大、进度慢；伤害登记曾中断；防溺水项目效果评估尚未完成。",
        sig(CW, "2025-10-15"),
    ], j=("创建工作报告", [12], [10, 1]))

    docx(SB + "/莲花村安全社区评定申请书.docx", "2025-10-20", "安全社区评定申请书", [
        ("b", "申请单位：江陂县白鹭镇莲花村"),
        ("b", "社区类型：农村型（行政村）"),
        ("b", "创建周期：2023年10月—2025年9月"),
        ("b", "联系人：林小燕"),
        "我村自2023年10月启动安全社区创建以来，按照《安全社区建设基本要求》（AQ/T 9001-2006）建立了跨部门的促进委员会和三个项目组，"
        "开展了安全诊断，实施了道路交通（电动三轮车）、老年人防跌倒、防溺水三个安全促进项目，持续开展两年。经自评，现申请安全社区评定。",
        ("b", "附件：1.创建工作报告；2.自评报告；3.创建档案目录"),
        ("sig", [CW, "白鹭镇人民政府（审核意见：同意申报）", cn("2025-10-20")]),
    ], j=("评定申请书（创建周期2023.10—2025.9）", [12], [10, 1]))


# ================================================================ root: catalogue, 大事记, empty file
def archive():
    ev = [["2023.09.25", "镇政府批复同意创建"], ["2023.10.08", "村委会发文成立促进委员会"],
          ["2023.10.12", "创建启动大会暨促进委员会第一次全体会议"], ["2023.10.20", "印发制度汇编"],
          ["2023.11.06", "第一轮重点户入户检查开始"], ["2023.12.05", "完成社区安全诊断报告"], ["2023.12.15", "秸秆火灾扑救演练"],
          ["2023.12.26", "促进委员会四季度例会，确定项目"], ["2024.01.16", "印发2024年工作计划"], ["2024.03.20", "促进委员会一季度例会，增设防溺水项目"],
          ["2024.04.08", "第二轮重点户入户检查开始"], ["2024.06.18", "汛前防汛转移演练"], ["2024.06.25", "促进委员会二季度例会"],
          ["2024.07.09", "强降雨防汛转移（实战）"], ["2024.09.24", "促进委员会三季度例会"], ["2024.12.18", "促进委员会四季度例会暨年度总结评审"],
          ["2025.03.10", "第三轮重点户入户检查开始"], ["2025.03.21", "促进委员会一季度例会"], ["2025.05.15", "县应急管理局检查"],
          ["2025.06.10", "防溺水救援演练"], ["2025.06.24", "促进委员会二季度例会"], ["2025.08.28", "交通项目效果评估"],
          ["2025.09.05", "防跌倒项目效果评估"], ["2025.09.23", "促进委员会三季度例会"], ["2025.10.20", "提出评定申请"]]
    docx("创建大事记.docx", "2025-10-16", "莲花村安全社区创建大事记", [("t", [["日期", "事项"]] + ev)], j=("创建大事记", [10], [1]))
    cat = []
    for f in sorted(FILES, key=lambda x: x["path"]):
        if f["path"].startswith(PH + "/") or f["flags"]:
            continue
        folder, name = os.path.split(f["path"])
        cat.append([len(cat) + 1, folder.split("/")[0] or "（根目录）", os.path.splitext(name)[0], f["date"] or "", os.path.splitext(name)[1][1:]])
    xlsx("莲花村安全社区创建档案目录.xlsx", "2025-10-18", [
        dict(name="目录", title="莲花村安全社区创建档案目录", header=["序号", "盒/文件夹", "文件名称", "日期", "格式"], rows=cat, widths={3: 50})
    ], j=("创建档案目录", [10]))
    open(target("新建文本文档.txt"), "wb").close()
    judge("新建文本文档.txt", "空文件", [], [], None, {"empty": True})


# ================================================================ judgement
VERDICTS = {
    "1": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "镇政府批复、村委会红头文件成立跨部门促进委员会（镇应急办、派出所、交警、卫生院、学校、供电所）、成员及项目组名单、制度汇编（每季度例会）、"
                    "经费明细齐全；促进委员会9次会议覆盖周期内每个季度：2023、2024年的纪要在Word汇编里，2025年的三次例会只登记在创建台账“会议记录”表中。"},
    "2": {"evidenced": "partial", "acceptable_verdicts": ["partial", True],
          "reason": "志愿者花名册（xls）、志愿者活动登记、意见建议台账、广播/微信群/意见箱渠道都有；但制度要求意见建议5个工作日内答复，"
                    "台账中2025年3—9月有11条没有任何答复记录（另2条9月底登记，尚在期限内）。"},
    "3": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "社区安全诊断报告（伤害、高危人群和环境）、LEC危险源清单（32处）、需求问卷（512份，误放六、宣传培训）、2025年风险辨识复核（在上半年资料汇编中）。"},
    "4": {"evidenced": "partial",
          "reason": "实施方案（周期2023.10.1—2025.9.30、目标、八个阶段）、目标责任书、2024年工作计划（只在2024年度工作资料汇编里）都在；"
                    "制度要求每年1月底前印发年度计划，2025年度工作计划始终未印发（2025年一、二季度例会记录、上半年小结、自评报告都承认），"
                    "2025年宣传教育培训计划不能代替年度工作计划。"},
    "5": {"evidenced": "partial",
          "reason": "三个项目都有实施方案和实施记录（三轮车登记、劝导站值守、结对探访、适老化改造、河塘巡查）；交通、防跌倒项目有效果评估；"
                    "防溺水项目方案承诺2025年9月评估，只有工作情况汇编，没有效果评估（三季度例会记录推迟到10月）。"},
    "6": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "2024年培训计划（汇编内）、2025年度宣传教育培训计划、2024年签到表（3场）、台账“培训宣传”表每场一行、每季度都有活动；"
                    "2025年的活动只在台账行里（“3月5日”式日期挂在“2025年”年份行下）和两张照片里，不是缺失。"},
    "7": {"evidenced": "partial",
          "reason": "综合预案、防汛抗旱预案（2024修订）、应急队伍物资、2024年7月实战转移报告都在；制度要求每年两次演练（汛前、冬季）："
                    "2023年12月秸秆火灾、2024年6月防汛转移、2025年6月防溺水救援各一次，2024年冬季防火演练未组织，2024年只有1次（实战转移不代替演练）。"},
    "8": {"evidenced": "partial",
          "reason": "隐患排查台账（三年三个sheet）、重点户ABC入户检查（三轮）、县应急管理局检查反馈、河塘巡查都在；制度要求春秋各一轮入户检查，"
                    "2024年秋季一轮未开展（2024年度总结和评审承认）。逾期隐患计入要素11（也可在要素8报告）。"},
    "9": {"evidenced": "partial",
          "reason": "伤害登记制度、村卫生室伤害登记（台账两个sheet）、季度分析汇编、2025年二、三季度分析、派出所交通火灾统计都在；"
                    "但登记在2024年12月—2025年2月中断三个月（村医进修），2025年一季度没有分析。"},
    "10": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
           "reason": "档案目录、大事记、制度汇编中的档案管理制度；资料按年汇编、台账按sheet分类；有锁文件、空文件、台账“- 副本”，多份文件放错文件夹。"},
    "11": {"evidenced": "partial",
           "reason": "2024年隐患整改通知书汇总、2025年预防与纠正措施记录（4份）、2024年改进措施清单都在；但隐患台账中8项隐患超过整改期限仍为“未整改/整改中”"
                     "（期限2024.09.05—2025.09.09），另有3项在期限内。"},
    "12": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
           "reason": "2024年度工作总结和内部评审报告（只在2024年度工作资料汇编里）、2025年上半年小结、两份项目效果评估、自评报告和50项自评打分表；"
                     "周期止于2025年9月，2025年度总结评审未到期。"},
}

GAPS = [
    {"id": "G1", "element": 7, "also": [], "match": [["2024"], ["演练"]], "record_level": False,
     "related": [LEDGER, Y24 + "/2024年度工作资料汇编.docx", ORG + "/制度汇编.docx", YJ + "/莲花村综合应急预案（2023版）.docx"],
     "title": "2024年只组织1次应急演练（6月防汛），冬季防火演练未组织（自定每年两次）"},
    {"id": "G2", "element": 5, "also": [12], "match": [["溺水"], ["评估", "效果", "评价"]], "record_level": False,
     "related": [XM3 + "/防溺水安全促进项目实施方案.docx", XM3 + "/防溺水工作资料汇编（2024-2025）.docx"],
     "title": "防溺水项目没有效果评估（方案承诺2025年9月评估）"},
    {"id": "G3", "element": 11, "also": [8, 3], "record_level": True,
     "match": [["隐患"], ["逾期", "超期", "未整改", "过期", "未闭环", "未销号", "超过整改期限", "超出整改期限", "超过期限"]],
     "related": [LEDGER],
     "title": "隐患台账中8项隐患超过整改期限仍未整改"},
    {"id": "G4", "element": 9, "also": [3], "record_level": True,
     "match": [["伤害"], ["2024年12月", "2024-12", "2024.12", "2025年1月", "2025年2月", "2025-02", "2025年1—2月", "1—2月", "1-2月",
                          "一季度", "第一季度", "Q1", "中断", "断档", "空档", "空白", "不连续", "暂停", "间断"]],
     "related": [LEDGER],
     "title": "伤害登记2024年12月—2025年2月中断，2025年一季度无分析"},
    {"id": "G5", "element": 4, "also": [], "match": [["2025"], ["计划"]], "record_level": False,
     "related": [Y24 + "/2024年度工作资料汇编.docx", ORG + "/制度汇编.docx", LEDGER],
     "title": "2025年度工作计划缺失（制度要求1月底前印发）"},
    {"id": "G6", "element": 8, "also": [5, 3], "match": [["入户", "ABC", "重点户"], ["2024"]], "record_level": False,
     "related": [LEDGER, TZ + "/入户检查分组汇总.csv", ORG + "/制度汇编.docx"],
     "title": "2024年秋季重点户入户检查未开展（自定春秋各一轮）"},
    {"id": "G7", "element": 2, "also": [], "record_level": True,
     "match": [["意见", "建议", "诉求"], ["未答复", "未反馈", "未回复", "无答复", "无反馈", "没有答复", "未办结", "答复日期为空", "答复为空",
                                       "答复空白", "未及时答复", "答复不及时", "未及时反馈"]],
     "related": [LEDGER],
     "title": "意见建议台账中11条超过5个工作日没有答复"},
]

TRAPS = [
    {"id": "T1", "element": 1, "match": [["2025"], ["会议", "例会", "纪要"]],
     "related": [LEDGER],
     "title": "2025年三次促进委员会例会（3.21、6.24、9.23）开过：只登记为创建台账“会议记录”表的行（文本日期），没有纪要文件"},
    {"id": "T2", "element": 6, "match": [["2025"], ["培训", "宣传", "教育"], ["活动", "记录", "开展", "台账", "登记", "场次", "次数"]],
     "related": [LEDGER],
     "title": "2025年宣传培训活动有：只是台账“培训宣传”表中“2025年”年份行下的“月日”行（另有两张照片）"},
    {"id": "T3", "element": 12, "match": [["2024"], ["年度总结", "工作总结", "内部评审", "年度评审", "总结评审", "管理评审"]],
     "related": [Y24 + "/2024年度工作资料汇编.docx"],
     "title": "2024年度工作总结和内部评审有：只在2024年度工作资料汇编.docx里（各有标题和日期）"},
]

PROBES = [
    {"id": "P1", "query": "隐患排查 整改期限", "must_in_top5": [LEDGER]},
    {"id": "P2", "query": "独居老人 结对探访", "must_in_top5": [XM2 + "/独居老人结对探访及适老化改造登记.xlsx"]},
    {"id": "P3", "query": "防汛转移 应急响应", "must_in_top5": [Y24 + "/2024.07 防汛转移应急响应情况报告.pdf"]},
    {"id": "P4", "query": "2024年度内部评审", "must_in_top5": [Y24 + "/2024年度工作资料汇编.docx"]},
    {"id": "P5", "query": "电动三轮车 劝导站 值守", "must_in_top5": [XM1 + "/交通项目工作台账.xlsx"]},
]


def write_judgement():
    files = [{"path": f["path"], "kind": f["kind"], "elements": f["elements"], "also_acceptable": f["also_acceptable"],
              "date": f["date"], "flags": f["flags"]} for f in sorted(FILES, key=lambda x: x["path"])]
    doc = {
        "community_name": "莲花村",
        "assessment_period": {"start": PERIOD[0], "end": PERIOD[1]},
        "files": files,
        "elements": VERDICTS,
        "gaps": [{k: v for k, v in g.items() if k != "title"} | {"note": g["title"]} for g in GAPS],
        "traps": [{k: v for k, v in t.items() if k != "title"} | {"note": t["title"]} for t in TRAPS],
        "probes": PROBES,
    }
    head = ("# Expert judgement of lianhua-cun (江陂县白鹭镇莲花村, 行政村, 农村型), written from the files before any\n"
            "# zicha run. Schema: shared/tools/README.md. Generated by make_lianhua.py from its file list.\n"
            "# period: 实施方案 body and 申请书 (创建周期为2023年10月1日至2025年9月30日); decoy: 县三年行动方案 2023—2025年.\n")
    with open(JUDGEMENT_PATH, "w", encoding="utf-8") as f:
        f.write(head)
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=140)


def check():
    on_disk = set()
    for dp, _, fs in os.walk(OUT):
        for n in fs:
            on_disk.add(os.path.relpath(os.path.join(dp, n), OUT).replace(os.sep, "/"))
    listed = {f["path"] for f in FILES}
    problems = []
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
    for f in FILES:
        dup = f["flags"].get("duplicate_of")
        if dup and dup not in on_disk:
            problems.append(f"duplicate_of missing: {dup}")
        if dup:
            with open(os.path.join(OUT, f["path"]), "rb") as a, open(os.path.join(OUT, dup), "rb") as b:
                if a.read() != b.read():
                    problems.append(f"duplicate differs: {f['path']}")
        if not f["flags"] and not f["elements"]:
            problems.append(f"no elements: {f['path']}")
    if len(VERDICTS) != 12:
        problems.append("verdicts must cover 12 elements")
    # the facts the gaps and traps rest on
    if any(HOLE[0] <= r[0] <= HOLE[1] for r in INJ) or not inj("2024-11-01", "2024-11-30") or not inj("2025-03-01", "2025-03-31"):
        problems.append("injury register should have a hole exactly Dec 2024 - Feb 2025")
    if len(overdue(PERIOD[1])) != 8:
        problems.append(f"expected 8 overdue hazards, got {len(overdue(PERIOD[1]))}")
    if len(overdue("2025-05-20")) != 4:
        problems.append("the county inspection names 4 overdue hazards")
    if len([h for h in HAZ if h["done"] is None]) != 11:
        problems.append("expected 11 open hazards")
    if len([d for d in DRILLS if d[0].startswith("2024")]) != 1:
        problems.append("2024 should have exactly one drill")
    if any(r[1].year == 2024 and r[1].month >= 7 for r in ABC):
        problems.append("no ABC inspection in 2024 H2")
    if len(committee(2025)) != 3 or any(m["date"].month not in (3, 6, 9) for m in committee(2025)):
        problems.append("2025 committee meetings should be Q1-Q3")
    for y in (2023, 2024, 2025):
        for qs in ((1, 2, 3), (4, 5, 6), (7, 8, 9), (10, 11, 12)):
            if dt.date(y, qs[0], 1) < D(PERIOD[0]) or dt.date(y, qs[0], 1) > D(PERIOD[1]):
                continue
            if not [m for m in committee(y) if m["date"].month in qs]:
                problems.append(f"no committee meeting in {y} {qs}")
            if not [t for t in TRAIN if t[0].year == y and t[0].month in qs]:
                problems.append(f"no training in {y} {qs}")
    for g in ("交通项目组会议", "防跌倒项目组会议", "防溺水项目组会议"):
        ms = [m["date"] for m in MEETINGS if m["title"] == g]
        for y, h in ((2024, 1), (2024, 2), (2025, 1)):
            if not [d for d in ms if d.year == y and (d.month <= 6) == (h == 1)]:
                problems.append(f"{g}: no meeting in {y} H{h}")
    if not [t for t in TRAIN if t[0] == D("2025-08-16")] or not [t for t in TRAIN if t[0] == D("2025-05-20")]:
        problems.append("training rows for the 2025 photos missing")
    unanswered = [o for o in OPIN if o[5] is None and o[0] + days(7) < D(PERIOD[1])]
    if len(unanswered) != 11:
        problems.append(f"expected 11 overdue unanswered opinions, got {len(unanswered)}")
    if any(t[0] < D(PERIOD[0]) or t[0] > D(PERIOD[1]) for t in TRAIN):
        problems.append("training outside period")
    if problems:
        sys.exit("CHECK FAILED\n" + "\n".join(problems))
    print(f"{NAME}: {len(on_disk)} files, judgement {os.path.basename(JUDGEMENT_PATH)} consistent "
          f"({len(GAPS)} gaps, {len(TRAPS)} traps, {len(PROBES)} probes)")
    t25 = train_in("2025-01-01", "2025-09-30")
    print(f"  injuries {len(INJ)} (2023-24 sheet {len(inj('2023-10-01', '2024-12-31'))}, 2025 sheet {len(inj('2025-01-01', '2025-12-31'))}); "
          f"hazards {len(HAZ)} (2023 {len([h for h in HAZ if h['found'].year == 2023])}, 2024 {len([h for h in HAZ if h['found'].year == 2024])}, "
          f"2025 {len([h for h in HAZ if h['found'].year == 2025])}), overdue {len(overdue(PERIOD[1]))}")
    print(f"  ABC rows {len(ABC)}: " + "; ".join(f"{r[0]} {abc_count(r[0])} A{abc_count(r[0], 'A')} B{abc_count(r[0], 'B')} C{abc_count(r[0], 'C')}"
                                                for r in ROUNDS))
    print(f"  training {len(TRAIN)} (2023 {len(train_in('2023-01-01', '2023-12-31'))}, 2024 {len(train_in('2024-01-01', '2024-12-31'))}, "
          f"2025 {len(t25)}), people {sum(t[5] for t in TRAIN)}; meetings rows {len(MEETINGS)} (committee {len(committee())}); "
          f"volunteer rows {len(VOL)}; opinions {len(OPIN)} (unanswered {len([o for o in OPIN if o[5] is None])}); "
          f"tricycle-helmet rows {len(HELMET)}; retrofit {len(RETRO)}")
    print(f"  eval: traffic {EVAL['traffic']}, falls {EVAL['falls']}, self-score {EVAL['self']}")


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    make_injuries()
    make_hazards()
    make_abc()
    make_training()
    make_meetings()
    make_opinions()
    make_volunteers()
    higher()
    organisation()
    y2023()
    projects()          # before y2024: the 2024 summary quotes the retrofit register
    y2024()
    y2025()
    ledger()
    education()
    emergency()
    injury_docs()
    photos()
    application()
    archive()           # last: the catalogue lists what exists
    stamp = dt.datetime(2025, 10, 22, 10, 0).timestamp()
    for dp, _, fs in os.walk(OUT):
        for n in fs:
            os.utime(os.path.join(dp, n), (stamp, stamp))
    write_judgement()
    check()


if __name__ == "__main__":
    main()
