#!/usr/bin/env python3
"""Build the holdout archive `jiagang` and its expert judgement.

Community: 嘉川钢铁有限责任公司 (嘉钢公司), a state-owned steel works of 嘉川钢铁集团有限公司 in
嘉川市东岭区, creating an ENTERPRISE-TYPE (企业型) 安全社区 over its 厂区 (炼铁厂, 炼钢厂, 轧钢厂,
动力厂, 运输部, 机修厂, 43 相关方 contractors) and its 钢城生活区 (家属区 东苑/西苑/南苑/钢花新村,
职工医院, 嘉钢幼儿园, 老年活动中心).

Creation period: 2023-07-01 to 2025-06-30 (stated in the 实施方案 嘉钢发〔2023〕45号 and in the 申请书).
Archive closed 2025-08 (归档文件目录 dated 2025-08-26). Decoys: the group's “十四五”安全生产规划
(2021—2025年) 中期调整方案, the calendar-year 2024 plan, the diagnosis baseline 2022.7—2023.6.

Filing style (new in this repository): FILE-LEVEL archiving per DA/T 22-2015 by the company archive
room (档案室, 赵文静). Folders by year only (2023年度/ 2024年度/ 2025年度/); every file is named only
by its 档号 AQ-<年度>-<保管期限>-<件号> (Y30 = 定期30年, C10 = 定期10年; 件号 numbered per year and
retention by date), so names say nothing about content. Titles are inside the files and in the root
归档文件目录.xlsx (档号/件号/责任者/题名/日期/页数/保管期限/备注, one sheet per year, dates as 8 digits).
Red-header OA exports (docx) and red-header PDFs, registers as xlsx (100-300 dated rows), one GBK txt,
one UTF-8 txt, photos named by 档号 whose captions exist only in the catalogue.

Deterministic: string-seeded random.Random, fixed zip entry times and core properties, reportlab
invariant mode with the document's own date patched into the PDF info, fixed EXIF, fixed mtimes.
Needs: python-docx, openpyxl, reportlab, Pillow, PyYAML.
"""
import datetime as dt
import io
import math
import os
import random
import re
import shutil
import sys
import zipfile

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
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
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "jiagang"
OUT = os.path.join(HERE, SLUG)
JUDGEMENT = os.path.join(HERE, SLUG + ".judgement.yaml")
NOTES = os.path.join(HERE, SLUG + ".notes.md")
ZIP_TIME = (2025, 8, 26, 9, 30, 0)
MTIME = dt.datetime(2025, 8, 28, 10, 0).timestamp()

CO = "嘉川钢铁有限责任公司"
GROUP = "嘉川钢铁集团有限公司"
PC = "嘉川钢铁有限责任公司安全社区促进委员会"
PCO = "安全社区促进委员会办公室"
HOSP = "嘉钢职工医院"
KG = "嘉钢幼儿园"
ARCHIVIST = "赵文静"
CLERK = "李晓雯"        # 安环部 安全社区专干, keeps most records
PERIOD = (dt.date(2023, 7, 1), dt.date(2025, 6, 30))
CATALOGUE = "归档文件目录.xlsx"

# ================================================================ dates
DIG = "〇一二三四五六七八九"


def D(x):
    return x if isinstance(x, dt.date) else dt.date.fromisoformat(x)


def iso(x):
    return D(x).isoformat()


def zh(x):
    x = D(x)
    return f"{x.year}年{x.month}月{x.day}日"


def dots(x):
    x = D(x)
    return f"{x.year}.{x.month}.{x.day}"


def d8(x):
    return iso(x).replace("-", "")


def _cnum(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n - 10] if n > 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


def cn(x):
    x = D(x)
    return "".join(DIG[int(c)] for c in str(x.year)) + "年" + _cnum(x.month) + "月" + _cnum(x.day) + "日"


def days(n):
    return dt.timedelta(days=n)


def months(a, b):
    """(year, month) pairs from date a to date b inclusive."""
    y, m = a.year, a.month
    out = []
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - days(1))


def quarter(d):
    return (d.month - 1) // 3 + 1


def R(name):
    return random.Random("jiagang:" + name)


def pick_day(rnd, y, m, lo=1, hi=None):
    hi = hi or month_end(y, m).day
    return dt.date(y, m, rnd.randint(lo, hi))


SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文"
GIVEN = "建国志强海涛丽娟红梅立新国栋淑芬振华卫东明亮秀兰玉珍春燕永刚文斌晓东俊杰桂英德明宏伟丽华雪梅少华金凤长江爱民冬梅宝山学军小平"


def masked(rnd):
    return rnd.choice(SURN) + "**"


# ================================================================ the file registry
DOCS = {}        # key -> spec dict
ORDER = []       # keys in creation order (tie-break within a date)


def spec(key, date, ret, fmt, title, resp, kind, el, also=(), docno="", note="", render=None):
    assert key not in DOCS, key
    DOCS[key] = dict(key=key, date=D(date), ret=ret, fmt=fmt, title=title, resp=resp, kind=kind,
                     el=list(el), also=list(also), docno=docno, note=note, render=render, seq=len(ORDER))
    ORDER.append(key)


def assign_numbers():
    groups = {}
    for k in ORDER:
        s = DOCS[k]
        groups.setdefault((s["date"].year, s["ret"]), []).append(s)
    for (year, ret), items in groups.items():
        items.sort(key=lambda s: (s["date"], s["seq"]))
        for i, s in enumerate(items, 1):
            s["no"] = i
            s["dh"] = f"AQ-{year}-{ret}-{i:04d}"
            s["path"] = f"{year}年度/{s['dh']}.{s['fmt']}"


def P(key):
    return DOCS[key]["path"]


def DH(key):
    return DOCS[key]["dh"]


def full(path):
    p = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ================================================================ writers
def fix_zip(path, when):
    stamp = dt.datetime.combine(D(when), dt.time(8, 30)).strftime("%Y-%m-%dT%H:%M:%SZ")
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


def _run(par, text, size=14, bold=False, face="仿宋_GB2312", color=None):
    r = par.add_run(text)
    r.font.name = face
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def _rule(par, where="bottom", color="FF0000", sz="18"):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement(f"w:{where}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), sz)
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


RED = (0xE6, 0x00, 0x12)
TEXT_LEN = {}    # path -> characters written (for the catalogue's 页数)


def write_docx(s, body, title=True, red=None, oa=None, cc=None, author=None):
    """body blocks: str | ("h", text) | ("b", text) | ("t", rows) | ("sig", [lines]) | ("c", centred text).
    red: issuing organ -> red-header 公文 with s['docno'] under it; oa: OA serial for the export footer."""
    doc = Document()
    cp = doc.core_properties
    cp.author = author or CLERK
    cp.last_modified_by = ARCHIVIST
    cp.title = ""
    cp.revision = 1
    cp.created = dt.datetime.combine(s["date"], dt.time(8, 30))
    cp.modified = cp.created
    n = 0
    if red:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, red, 26, True, "方正小标宋简体", RED)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, s["docno"], 16)
        _rule(p)
        n += len(red) + len(s["docno"])
    if title:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, s["title"] if title is True else title, 20, True, "方正小标宋简体")
        n += len(s["title"])
    for blk in body:
        if isinstance(blk, str):
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _run(p, blk)
            n += len(blk)
        elif blk[0] == "h":
            _run(doc.add_paragraph(), blk[1], 15, True, "黑体")
            n += len(blk[1]) + 20
        elif blk[0] == "b":
            _run(doc.add_paragraph(), blk[1])
            n += len(blk[1]) + 10
        elif blk[0] == "c":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p, blk[1], 16, True, "楷体_GB2312")
            n += len(blk[1]) + 20
        elif blk[0] == "t":
            rows = blk[1]
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for k, v in enumerate(row):
                    _run(tb.cell(i, k).paragraphs[0], "" if v is None else str(v), 10.5, i == 0)
            n += 60 * len(rows)
        elif blk[0] == "sig":
            for line in blk[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _run(p, line)
            n += 80
    if cc:
        p = doc.add_paragraph()
        _run(p, cc, 12)
        _rule(p, "top", "000000", "6")
        p = doc.add_paragraph()
        _run(p, f"{CO}办公室　　　　　　　　{zh(s['date'])}印发", 12)
        _rule(p, "bottom", "000000", "6")
        n += 120
    if oa:
        p = doc.add_paragraph()
        _run(p, f"【OA导出】流水号：{oa[0]}　导出时间：{iso(s['date'])} {oa[1]}", 9, face="宋体", color=(0x80, 0x80, 0x80))
    path = full(s["path"])
    doc.save(path)
    fix_zip(path, s["date"])
    TEXT_LEN[s["path"]] = n


def write_xlsx(s, sheets, author=None):
    """sheets: [{name, title, header, rows, widths, fmt}] ; fmt = number format for date cells."""
    wb = Workbook()
    wb.remove(wb.active)
    stamp = dt.datetime.combine(s["date"], dt.time(8, 30))
    wb.properties.creator = author or CLERK
    wb.properties.lastModifiedBy = ARCHIVIST
    wb.properties.created = stamp
    wb.properties.modified = stamp
    nrows = 0
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        header = sh["header"]
        r = 1
        if sh.get("title"):
            ws.cell(1, 1, sh["title"]).font = Font(bold=True, size=14)
            ws.cell(1, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
            r = 2
        if sh.get("sub"):
            ws.cell(r, 1, sh["sub"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
            r += 1
        for k, h in enumerate(header, 1):
            ws.cell(r, k, h).font = Font(bold=True)
        for row in sh["rows"]:
            r += 1
            for k, v in enumerate(row, 1):
                if v is None:
                    continue
                c = ws.cell(r, k, v)
                if isinstance(v, dt.date):
                    c.number_format = sh.get("fmt", "yyyy/m/d")
        for line in sh.get("foot", []):
            r += 1
            ws.cell(r, 1, line)
        widths = sh.get("widths") or {}
        for k in range(1, len(header) + 1):
            ws.column_dimensions[get_column_letter(k)].width = widths.get(k, 12)
        nrows += len(sh["rows"]) + 3
    path = full(s["path"])
    wb.save(path)
    fix_zip(path, s["date"])
    TEXT_LEN[s["path"]] = nrows


INVARIANT_DATE = b"D:20000101000000+00'00'"


def write_pdf(s, body, red=None, author=None):
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
        story += [Paragraph(red, redst), Spacer(1, 4), Paragraph(s["docno"], centre), Spacer(1, 2),
                  HRFlowable(width="100%", thickness=2, color=colors.HexColor("#E60012")), Spacer(1, 10)]
    story += [Paragraph(s["title"], big), Spacer(1, 8)]
    for blk in body:
        if isinstance(blk, str):
            story.append(Paragraph(blk, base))
        elif blk[0] == "h":
            story.append(Paragraph(blk[1], head))
        elif blk[0] in ("b", "c"):
            story.append(Paragraph(blk[1], flat if blk[0] == "b" else centre))
        elif blk[0] == "t":
            t = Table([[Paragraph("" if v is None else str(v), cell) for v in row] for row in blk[1]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif blk[0] == "sig":
            story += [Spacer(1, 8)] + [Paragraph(x, right) for x in blk[1]]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="", author=author or CLERK, creator="Kingsoft WPS", subject="",
                      leftMargin=72, rightMargin=68, topMargin=72, bottomMargin=62).build(story)
    data = buf.getvalue()
    stamp = ("D:" + d8(s["date"]) + "093000+08'00'").encode()
    assert len(stamp) == len(INVARIANT_DATE) and INVARIANT_DATE in data
    data = data.replace(INVARIANT_DATE, stamp)
    with open(full(s["path"]), "wb") as f:
        f.write(data)
    TEXT_LEN[s["path"]] = -len(re.findall(rb"/Type /Page[^s]", data))


def write_text(s, text, encoding):
    data = text.replace("\n", "\r\n").encode(encoding)
    with open(full(s["path"]), "wb") as f:
        f.write(data)
    TEXT_LEN[s["path"]] = len(text)


def write_photo(s, scene, shot_time):
    rnd = R("photo:" + s["key"])
    w, h = 640, 480
    img = Image.new("RGB", (w, h), (196, 206, 214))
    g = ImageDraw.Draw(img)
    if scene == "gas":            # blast furnace area, men in orange with breathing sets
        g.rectangle([0, 300, w, h], fill=(96, 92, 88))
        g.rectangle([60, 60, 190, 300], fill=(120, 110, 100))
        g.polygon([(60, 60), (125, 20), (190, 60)], fill=(90, 84, 80))
        for k in range(3):
            g.rectangle([230 + 90 * k, 120, 250 + 90 * k, 300], fill=(150, 150, 150))
        g.rectangle([200, 140, 620, 160], fill=(170, 60, 40))
        for _ in range(rnd.randint(7, 11)):
            x, y = rnd.randint(220, 600), rnd.randint(320, 420)
            g.ellipse([x, y, x + 16, y + 16], fill=(238, 200, 40))
            g.rectangle([x - 3, y + 16, x + 19, y + 52], fill=(232, 110, 24))
        g.ellipse([420, 180, 520, 260], fill=(225, 225, 220))
    elif scene in ("kg_fire", "kg_quake"):      # kindergarten yard, small children in a line
        g.rectangle([0, 0, w, 230], fill=(168, 210, 240))
        g.rectangle([40, 70, 600, 250], fill=(246, 214, 160))
        for k in range(6):
            g.rectangle([70 + 88 * k, 110, 120 + 88 * k, 160], fill=(120, 180, 230))
        g.rectangle([0, 250, w, h], fill=(120, 180, 90) if scene == "kg_fire" else (205, 120, 90))
        for i in range(rnd.randint(16, 24)):
            x, y = 40 + i * 24 + rnd.randint(-4, 4), 330 + rnd.randint(-10, 30)
            g.ellipse([x, y, x + 12, y + 12], fill=(40, 30, 25))
            g.rectangle([x - 2, y + 12, x + 14, y + 34], fill=rnd.choice([(220, 60, 60), (250, 200, 40), (60, 120, 220)]))
            if scene == "kg_quake":
                g.rectangle([x - 4, y - 6, x + 16, y + 2], fill=(240, 240, 240))     # hands on heads
        if scene == "kg_fire":
            g.ellipse([520, 180, 600, 250], fill=(200, 200, 200))
    elif scene == "booth":          # 安全生产月 consultation booth under a red banner
        g.rectangle([0, 300, w, h], fill=(180, 175, 165))
        g.rectangle([60, 90, 580, 150], fill=(200, 20, 30))
        for k in range(3):
            g.rectangle([80 + 170 * k, 180, 220 + 170 * k, 300], fill=(30, 90, 170))
        for _ in range(rnd.randint(18, 28)):
            x, y = rnd.randint(20, 610), rnd.randint(310, 430)
            g.ellipse([x, y, x + 14, y + 14], fill=(40, 35, 30))
            g.rectangle([x - 3, y + 14, x + 17, y + 44], fill=rnd.choice([(40, 60, 120), (160, 160, 160), (230, 230, 230)]))
    img = img.resize((w, h))
    exif = Image.Exif()
    stamp = shot_time.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x010F] = "HUAWEI"
    exif[0x0110] = "NOH-AN00"
    exif[0x0132] = stamp
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = stamp
    ifd[0x9004] = stamp
    img.save(full(s["path"]), "JPEG", quality=82, optimize=False, exif=exif.tobytes())
    TEXT_LEN[s["path"]] = 0


# ================================================================ the community
PROD = ["炼铁厂", "炼钢厂", "轧钢厂", "动力厂", "运输部", "机修厂"]
LIFE = ["东苑", "西苑", "南苑", "钢花新村"]
NURSES = ["钱丽娟", "孟晓燕", "吕婷", "韦春梅"]

# the company's own rules (嘉钢安〔2023〕7号), the yardstick for the gaps
RULES = {
    "meeting": "促进委员会每季度召开一次例会（原则上在每季度最后一个月下旬召开），听取各工作组汇报，研究解决创建工作中的重大问题；遇重大事项可临时召开。",
    "target": "公司每年第一季度与各二级单位（含生活服务公司、职工医院、幼儿园、离退休管理中心）签订年度安全生产（安全社区）目标责任书，年终考核兑现。",
    "info": "在厂区各厂门和生活区各苑设置安全意见箱，每周一开箱，意见建议登记后10个工作日内反馈；职代会安全类提案由提案工作委员会立案，承办部门应在立案之日起3个月内书面答复提案代表，答复情况记入提案办理台账。",
    "risk": "每两年组织一次全面的危险源辨识和风险评价，工艺、设备、人员或环境发生重大变化时及时补充辨识；辨识评价结果作为制定目标、计划和安全促进项目的依据。",
    "project": "各项目组按实施方案组织实施并建立项目台账；项目实施满一年（或一个完整实施周期）后，由项目组对照方案目标开展效果评估，形成评估报告报促进委员会审定。",
    "training": "新入厂（含转岗、复岗）人员必须接受公司、厂（部）、班组三级安全教育，时间不少于24学时；相关方人员入厂作业前由安环部组织入厂安全教育；班组每周开展一次安全活动；生活区每季度至少开展一次安全宣传活动。",
    "drill": "公司级综合或专项应急演练每年不少于4次（创建首年2023年下半年不少于2次），其中家属区居民住宅楼火灾疏散演练每年不少于1次，按年度工作计划组织，演练结束后进行评估。",
    "hazard": "一般隐患整改期限不超过15天，较大隐患由责任单位制定治理方案、期限不超过150天；逾期未完成整改的隐患由促进委员会挂牌督办，并在例会上通报。",
    "injury": "职工医院对急诊、门诊接诊的所有伤害病例（在岗职工、外协人员、家属及生活区居民）逐例登记，每月5日前将上月伤害监测登记表报促进委员会办公室，每半年形成伤害监测分析报告。",
    "archive": "创建过程中形成的文件材料由各部门收集齐全，次月10日前移交公司档案室，按DA/T 22-2015以“件”为单位整理，按年度归档；档号结构为“AQ-年度-保管期限-件号”，保管期限分定期30年（Y30）和定期10年（C10），件号在同一年度、同一保管期限内按时间顺序编制；档案室按年度编制归档文件目录。",
}

# ---------------------------------------------------------------- injury surveillance (职工医院)
INJ_LAST = dt.date(2025, 3, 31)      # HIS switch on 2025-04-01: the register stops here (gap G5)
BASE = {"fall60": 62, "traffic": 38, "heat": 14, "child": 11, "mech": 34, "strike": 21, "burn": 17,
        "height": 5, "fall": 18, "cut": 16, "bite": 10, "scald": 6, "other": 12}
BASE_TOTAL = sum(BASE.values())
CAT_NAME = {"fall60": "老年人跌倒", "traffic": "道路交通（通勤）", "heat": "中暑", "child": "儿童伤害", "mech": "机械伤害",
            "strike": "物体打击", "burn": "灼烫（生产）", "height": "高处坠落", "fall": "跌倒（60岁以下）", "cut": "锐器伤",
            "bite": "动物咬伤", "scald": "烧烫伤（家中）", "other": "其他"}
RATES = {"fall60": (5.0, 3.4, 3.1), "fall": (1.5, 1.4, 1.3), "traffic": (3.2, 2.0, 1.8), "mech": (2.8, 2.5, 2.4),
         "strike": (1.7, 1.5, 1.4), "burn": (1.4, 1.1, 1.0), "height": (0.45, 0.35, 0.3), "child": (0.9, 0.45, 0.45),
         "cut": (1.3, 1.3, 1.3), "bite": (0.8, 0.8, 0.7), "scald": (0.45, 0.4, 0.4), "other": (0.6, 0.6, 0.6)}
HEAT = {(2023, 7): 3.6, (2023, 8): 3.2, (2023, 9): 1.3, (2024, 6): 0.5, (2024, 7): 1.4, (2024, 8): 1.2, (2024, 9): 0.4}
INJ = []


def _addr(rnd):
    return f"{rnd.choice(LIFE)}{rnd.randint(1, 36)}栋"


def make_injuries():
    rnd = R("injuries")
    for (y, m) in months(PERIOD[0], INJ_LAST):
        k = 0 if y == 2023 else (1 if y == 2024 else 2)
        plan = []
        for cat, rates in RATES.items():
            r = rates[k]
            plan += [cat] * (int(r) + (1 if rnd.random() < r - int(r) else 0))
        h = HEAT.get((y, m), 0)
        plan += ["heat"] * (int(h) + (1 if rnd.random() < h - int(h) else 0))
        for cat in plan:
            d = pick_day(rnd, y, m)
            row = dict(date=d, cat=cat, name=masked(rnd), sex=rnd.choice("男男男女") if cat not in ("fall60", "child") else rnd.choice("男女女"),
                       rec=rnd.choice(NURSES), gs="否")
            if cat == "fall60":
                row.update(age=rnd.randint(60, 91), ptype=rnd.choice(["离退休职工", "离退休职工", "职工家属"]), addr=_addr(rnd),
                           place=rnd.choice(["家中（卫生间）", "家中（卧室）", "家中（厨房）", "楼梯", "小区道路", "老年活动中心", "菜市场"]),
                           cause="跌倒", part=rnd.choice(["髋部", "腕部", "头面部", "膝部", "腰背部", "踝部"]))
            elif cat == "traffic":
                row.update(age=rnd.randint(22, 58), ptype=rnd.choice(["在岗职工"] * 5 + ["外协人员"]), addr=rnd.choice(PROD),
                           place=rnd.choice(["钢城大道", "东岭路", "嘉钢2号门路口", "厂区内道路", "滨江路"]),
                           cause=rnd.choice(["道路交通（电动自行车）"] * 4 + ["道路交通（步行）", "道路交通（摩托车）", "道路交通（班车）"]),
                           part=rnd.choice(["头面部", "上肢", "下肢", "多部位"]), gs=rnd.choice(["是", "待认定"]))
            elif cat in ("mech", "strike", "burn", "height", "heat"):
                u = rnd.choice(PROD if cat != "burn" else ["炼铁厂", "炼钢厂", "炼钢厂", "轧钢厂"])
                if cat == "heat":
                    u = rnd.choice(["炼铁厂", "炼钢厂", "炼钢厂", "轧钢厂", "运输部"])
                row.update(age=rnd.randint(20, 58), ptype=rnd.choice(["在岗职工"] * 3 + ["外协人员"]), addr=u,
                           place=f"生产作业区（{u}）", gs="是",
                           cause={"mech": "机械伤害", "strike": "物体打击", "burn": rnd.choice(["灼烫（熔融金属）", "灼烫（蒸汽）", "灼烫（高温物料）"]),
                                  "height": "高处坠落", "heat": "中暑"}[cat],
                           part=rnd.choice(["手指", "手部", "上肢", "下肢", "足部", "头面部"]) if cat != "heat" else "全身")
            elif cat == "child":
                row.update(age=rnd.randint(3, 6), ptype="职工子女", addr=_addr(rnd), place=rnd.choice([KG, KG, "家中", "小区游乐场"]),
                           cause=rnd.choice(["跌倒", "碰撞", "夹伤", "跌倒"]), part=rnd.choice(["头面部", "上肢", "下肢", "手指"]))
            else:
                row.update(age=rnd.randint(18, 80), ptype=rnd.choice(["在岗职工", "职工家属", "离退休职工", "生活区居民"]), addr=_addr(rnd),
                           place=rnd.choice(["家中", "家中", "小区道路", "公共场所"]) if cat != "fall" else rnd.choice(["家中", "小区道路", "厂区道路", "楼梯"]),
                           cause={"fall": "跌倒", "cut": "锐器伤", "bite": "动物咬伤", "scald": "烧烫伤", "other": rnd.choice(["异物", "扭伤", "其他"])}[cat],
                           part=rnd.choice(["手指", "手部", "上肢", "下肢", "头面部"]))
            sev = rnd.choices(["轻度", "中度", "重度"], [70, 25, 5])[0]
            if cat in ("fall60", "height") and rnd.random() < 0.2:
                sev = "重度"
            row["sev"] = sev
            row["disp"] = {"轻度": "门诊处置", "中度": rnd.choice(["门诊处置", "留观"]), "重度": rnd.choice(["住院", "转上级医院"])}[sev]
            INJ.append(row)
    INJ.sort(key=lambda r: (r["date"], r["cat"]))
    # the 2024-08-08 machinery injury in the 轧钢厂 (investigated, see the accident report)
    INJ.append(dict(date=dt.date(2024, 8, 8), cat="mech", name="韩**", sex="男", age=34, ptype="在岗职工", addr="轧钢厂",
                    place="生产作业区（轧钢厂）", cause="机械伤害", part="右手", sev="中度", disp="住院", gs="是", rec="钱丽娟"))
    INJ.sort(key=lambda r: (r["date"], r["cat"], r["name"]))


def inj(a, b, cat=None):
    a, b = D(a), D(b)
    return [r for r in INJ if a <= r["date"] <= b and (cat is None or r["cat"] == cat)]


# ---------------------------------------------------------------- hazards (隐患排查治理)
HZ_TEMPL = [
    ("炼铁厂", "2号高炉炉顶煤气区域固定式CO报警仪显示异常", "更换传感器并重新标定", "一般"),
    ("炼铁厂", "高炉出铁场平台栏杆局部锈蚀松动", "更换锈蚀栏杆并加固", "一般"),
    ("炼铁厂", "皮带通廊托辊防护罩缺失", "恢复防护罩", "一般"),
    ("炼钢厂", "转炉平台走道堆放废料", "清理现场，落实定置管理", "一般"),
    ("炼钢厂", "钢水包耳轴探伤记录未按期更新", "组织探伤并建立台账", "一般"),
    ("炼钢厂", "30t行车主钩钢丝绳断丝超标", "更换钢丝绳", "一般"),
    ("炼钢厂", "渣罐区域地面积水", "疏通排水沟、设置警示", "一般"),
    ("轧钢厂", "加热炉区域煤气排水器水封高度不足", "补水并纳入点检", "一般"),
    ("轧钢厂", "辊道旁人行通道未设置防护栏", "增设防护栏和警示标识", "一般"),
    ("轧钢厂", "飞剪检修未执行挂牌上锁", "对当班人员教育考核，完善能量隔离制度", "一般"),
    ("动力厂", "氧气管道法兰静电跨接线脱落", "恢复静电跨接", "一般"),
    ("动力厂", "10kV配电室绝缘垫破损", "更换绝缘垫", "一般"),
    ("动力厂", "制氧站液氧储槽区域警示标识褪色", "更新警示标识", "一般"),
    ("运输部", "厂区道路限速标志被遮挡", "修剪绿化、移位标志", "一般"),
    ("运输部", "调车机车制动试验记录不全", "补做试验并规范记录", "一般"),
    ("运输部", "通勤班车灭火器过期", "更换灭火器", "一般"),
    ("机修厂", "砂轮机防护罩间隙超标", "调整防护罩", "一般"),
    ("机修厂", "电焊机二次线绝缘破损", "更换焊把线", "一般"),
    ("机修厂", "车间安全出口堆放物料", "清理安全出口", "一般"),
    ("东苑", "楼道堆放杂物影响疏散", "通知住户清理，物业复查", "一般"),
    ("东苑", "单元门口电动自行车停放充电", "劝离并引导至集中充电棚", "一般"),
    ("西苑", "室外消火栓无水", "维修供水阀门", "一般"),
    ("西苑", "小区路灯损坏", "更换灯具", "一般"),
    ("南苑", "人行道井盖破损", "更换井盖", "一般"),
    ("南苑", "楼道应急照明不亮", "更换应急照明灯", "一般"),
    ("钢花新村", "老年活动中心卫生间地面湿滑无防滑垫", "铺设防滑垫、张贴提示", "一般"),
    ("钢花新村", "老旧住宅公共楼梯缺扶手", "纳入适老化改造计划安装扶手", "一般"),
    (KG, "大型玩具螺丝松动", "紧固并每日检查", "一般"),
    (KG, "园门口接送时段车辆乱停", "协调交警、保卫部设护学岗", "一般"),
    ("相关方", "外协施工区域临边防护缺失", "停工整改、恢复临边防护", "一般"),
    ("相关方", "动火作业现场无监护人", "责令停止作业，对外协单位考核", "一般"),
    ("相关方", "高处作业人员未系安全带", "现场纠正，批评教育", "一般"),
]
HZ_KIND = ["日常检查", "日常检查", "专项检查", "综合检查", "节假日检查", "相关方检查"]
HAZ = []


def _haz(found, kind, unit, desc, measure, level, deadline, done, note=""):
    HAZ.append(dict(found=D(found), kind=kind, unit=unit, desc=desc, measure=measure, level=level,
                    deadline=D(deadline), done=D(done) if done else None, note=note))


def make_hazards():
    rnd = R("hazards")
    for (y, m) in months(PERIOD[0], PERIOD[1]):
        n = (11 if y == 2023 else 12 if y == 2024 else 13) + rnd.randint(-2, 3)
        for _ in range(n):
            found = pick_day(rnd, y, m, hi=min(month_end(y, m).day, 27 if (y, m) == (2025, 6) else 31))
            unit, desc, measure, level = rnd.choice(HZ_TEMPL)
            kind = "相关方检查" if unit == "相关方" else rnd.choice(HZ_KIND[:5])
            if rnd.random() < 0.04 and unit not in ("相关方",):
                level = "较大"
            limit = 15 if level == "一般" else rnd.choice([30, 45, 60])
            deadline = found + days(min(limit, rnd.choice([3, 5, 7, 10, 15]) if level == "一般" else limit))
            room = max(0, min((deadline - found).days, (PERIOD[1] - found).days))
            done = found + days(rnd.randint(min(1, room), room))
            _haz(found, kind, unit, desc, measure, level, deadline, done)
    # the group company's inspection of 2024-11-05 (嘉钢集团安〔2024〕31号): 12 problems
    grp = [
        ("炼铁厂", "煤气区域固定式报警仪部分超过检定周期", "全部送检并建立检定台账", "一般", "2024-12-31", "2024-12-27"),
        ("炼钢厂", "转炉煤气回收区域未按规定设置风向标", "增设风向标", "一般", "2024-11-30", "2024-11-18"),
        ("炼钢厂", "钢水包吊运路线下方设有休息室", "休息室迁移", "一般", "2024-11-30", "2024-11-28"),
        ("轧钢厂", "加热炉区域煤气主管道局部腐蚀减薄（测厚最薄处3.1mm）", "制定治理方案，停炉更换腐蚀管段", "较大", "2025-03-31", None),
        ("动力厂", "氧气调压阀组间未设置防火墙标识", "完善标识", "一般", "2024-11-30", "2024-11-15"),
        ("运输部", "铁路道口值守人员无证上岗1人", "调岗并组织培训取证", "一般", "2024-11-30", "2024-11-20"),
        ("机修厂", "起重机械定期检验报告1台过期", "申请检验", "一般", "2024-11-30", "2024-11-26"),
        ("相关方", "2家外协单位安全协议未及时续签", "完成续签", "一般", "2024-11-30", "2024-11-22"),
        ("东苑", "东苑集中充电棚2处未配置灭火器", "配置灭火器", "一般", "2024-11-30", "2024-11-12"),
        ("西苑", "西苑高层住宅消防控制室值班人员无证", "组织取证、调整人员", "一般", "2024-11-30", "2024-11-29"),
        (KG, "幼儿园厨房燃气报警器未与切断阀联动", "加装联动切断阀", "一般", "2024-11-30", "2024-11-27"),
        ("钢花新村", "老年活动中心安全出口指示灯损坏", "更换指示灯", "一般", "2024-11-30", "2024-11-10"),
    ]
    for unit, desc, measure, level, dl, done in grp:
        _haz("2024-11-05", "集团检查", unit, desc, measure, level, dl, done,
             "嘉钢集团安〔2024〕31号通报问题；需停炉实施，计划7月年修期间更换" if done is None else "嘉钢集团安〔2024〕31号通报问题")
    # 2025: four more overdue and still open at the end of the period, two open but within their deadlines
    _haz("2025-03-06", "专项检查", "东苑", "东苑7号楼地下车库消防喷淋泵无法自动启动", "维修控制柜、更换压力开关", "较大", "2025-04-30", None, "压力开关采购中")
    _haz("2025-05-08", "日常检查", "运输部", "厂区3号铁路道口自动报警器故障", "更换报警控制板", "一般", "2025-05-23", None, "备件未到货，临时安排专人看守")
    _haz("2025-05-20", "专项检查", "钢花新村", "老年活动中心二楼楼梯防滑条脱落、扶手松动", "更换防滑条、加固扶手", "一般", "2025-06-04", None, "")
    _haz("2025-06-05", "综合检查", "炼钢厂", "2号转炉氧枪冷却水低流量报警联锁失效", "检修联锁回路并做联锁试验", "一般", "2025-06-15", None, "待停炉检修")
    _haz("2025-06-25", "日常检查", "南苑", "南苑消防车通道被私家车长期占用", "设置禁停标识、协调车主挪车", "一般", "2025-07-10", None, "")
    _haz("2025-06-27", "日常检查", "机修厂", "5t桥式起重机上升限位器失灵", "更换限位器", "一般", "2025-07-04", None, "已停用待修")
    HAZ.sort(key=lambda h: (h["found"], h["unit"], h["desc"]))


def open_at(h, day):
    return h["done"] is None or h["done"] > D(day)


def overdue(day):
    day = D(day)
    return [h for h in HAZ if h["found"] <= day and open_at(h, day) and h["deadline"] < day]


def ledger_rows(a, b):
    """hazards found in [a, b] plus those found before a and still open at a (上年结转)."""
    a, b = D(a), D(b)
    carried = [h for h in HAZ if h["found"] < a and open_at(h, a - days(1))]
    current = [h for h in HAZ if a <= h["found"] <= b]
    return carried, current


# ---------------------------------------------------------------- training and publicity (安全教育培训台账)
TRAIN = []    # dict: date, cat, content, target, org, place, n, hours, exam


def _tr(date, cat, content, target, org, place, n, hours, exam):
    TRAIN.append(dict(date=D(date), cat=cat, content=content, target=target, org=org, place=place, n=n, hours=hours, exam=exam))


SPECIAL = [("煤气防护与空气呼吸器使用培训", "炼铁厂、轧钢厂煤气区域作业人员", "安环部"),
           ("有限空间作业安全培训", "检修作业人员及外协单位负责人", "安环部"),
           ("起重作业（特种作业）复训", "行车司机、司索工", "人力资源部"),
           ("通勤班车驾驶员安全驾驶培训", "班车驾驶员", "运输部"),
           ("消防安全“四个能力”培训", "各单位消防管理人员、义务消防员", "保卫部"),
           ("心肺复苏与AED急救培训", "班组长、生活区志愿者", HOSP),
           ("危险化学品（氧、氮、氩）安全培训", "动力厂制氧、供气岗位人员", "动力厂"),
           ("动火作业安全管理培训", "各单位动火审批人、监护人", "安环部"),
           ("安全社区知识培训", "各单位安全员、工作组成员", PCO),
           ("电动自行车通勤安全培训", "骑行电动自行车通勤职工", "运输部")]
LIFE_PUB = [("老年人防跌倒健康讲座", "家属区老年人", "离退休管理中心"),
            ("电动自行车安全充电宣传", "生活区居民", "保卫部"),
            ("家庭用火用电用气安全入户宣传", "生活区居民", "生活服务公司"),
            ("幼儿园家长安全课堂", "幼儿家长", KG),
            ("儿童防走失、防烫伤安全教育", "在园幼儿", KG),
            ("居家安全知识进楼栋宣传", "生活区居民", "钢城社区居委会")]


def make_training():
    rnd = R("training")
    for (y, m) in months(PERIOD[0], PERIOD[1]):
        q_life = rnd.randint(1, 2)
        _tr(pick_day(rnd, y, m, 24, 28), "班组安全活动", f"抽查炼铁厂、炼钢厂等6个单位班组安全活动记录（抽查班组{rnd.randint(16, 24)}个）",
            "生产班组", "安环部", "各生产单位", rnd.randint(180, 260), 2, "检查记录")
        for _ in range(rnd.randint(2, 3)):
            _tr(pick_day(rnd, y, m), "相关方入厂教育", "外协人员入厂安全教育（公司级）", "外协单位新入厂人员", "安环部", "安全培训中心",
                rnd.randint(18, 85), 8, "闭卷考试")
        for _ in range(rnd.randint(3, 4) if y == 2024 else rnd.randint(2, 4)):
            c, t, o = rnd.choice(SPECIAL)
            _tr(pick_day(rnd, y, m), "专项培训", c, t, o, rnd.choice(["安全培训中心", "职工活动中心", "各单位会议室"]),
                rnd.randint(25, 120), rnd.choice([2, 4, 4, 8]), rnd.choice(["闭卷考试", "实操考核", "签到"]))
        for _ in range(q_life):
            c, t, o = rnd.choice(LIFE_PUB)
            _tr(pick_day(rnd, y, m), "生活区宣传", c, t, o, rnd.choice(LIFE + ["老年活动中心", KG]), rnd.randint(30, 260), 1, "签到")
    for d, n, who in (("2023-07-18", 92, "2023届新入职大学生"), ("2023-10-16", 35, "转岗人员"), ("2024-03-12", 46, "春季新招录员工"),
                      ("2024-07-16", 108, "2024届新入职大学生"), ("2024-11-19", 31, "转岗、复岗人员"), ("2025-03-11", 44, "2025年新入职员工")):
        _tr(d, "三级安全教育", f"{who}三级安全教育（公司级、厂级、班组级）", who, "人力资源部、安环部", "安全培训中心", n, 24, "闭卷考试")
    for d in ("2024-02-22", "2024-05-16", "2024-08-22", "2024-11-14", "2025-02-20", "2025-05-15"):
        _tr(d, "生活区宣传", "老年人防跌倒健康讲座（职工医院康复科主讲）", "家属区老年人", HOSP, "老年活动中心", 90 + int(d[-2:]) * 3, 1, "签到")
    _tr("2023-08-08", "专项培训", "安全社区创建骨干培训", "促进委员会成员、各工作组骨干、各单位安全员", PCO, "职工活动中心", 126, 4, "签到、考试")
    _tr("2025-06-10", "生活区宣传", "“安全生产月”暨安全社区宣传咨询日", "职工及生活区居民", "安环部、工会", "钢城广场", 640, 1, "签到")
    TRAIN.sort(key=lambda t: (t["date"], t["cat"], t["content"]))


def train_in(a, b, cat=None):
    a, b = D(a), D(b)
    return [t for t in TRAIN if a <= t["date"] <= b and (cat is None or t["cat"] == cat)]


# ---------------------------------------------------------------- committee meetings, drills
MEETINGS = [  # 促进委员会 (gap G1: no meeting in 2024 Q3)
    ("2023-07-12", "安全社区创建启动大会暨促进委员会第一次全体会议"),
    ("2023-09-27", "促进委员会2023年第三季度例会"),
    ("2023-12-20", "促进委员会2023年第四季度例会"),
    ("2024-03-26", "促进委员会2024年第一季度例会"),
    ("2024-06-27", "促进委员会2024年第二季度例会"),
    ("2024-12-24", "促进委员会2024年第四季度例会"),
    ("2025-03-25", "促进委员会2025年第一季度例会"),
    ("2025-06-24", "促进委员会2025年第二季度例会"),
]
DRILLS = [  # company-level drills held (gap G4: 2024 has 3, the plan has 4; trap T3: 2025-05-12 only a photo)
    ("2023-10-25", "东苑高层住宅火灾疏散演练", "生活服务公司、保卫部（专职消防队）", "东苑12栋", 236),
    ("2023-11-16", "炼铁厂2号高炉煤气泄漏中毒应急演练", "炼铁厂、安环部、职工医院、保卫部", "炼铁厂2号高炉", 85),
    ("2024-05-22", "炼钢厂钢水包倾覆（高温熔融金属喷溅）应急演练", "炼钢厂、安环部、保卫部、职工医院", "炼钢厂1号转炉跨", 92),
    ("2024-06-14", "嘉钢幼儿园消防疏散演练", f"{KG}、保卫部（专职消防队）", KG, 463),
    ("2024-09-19", "动力厂氧气管道泄漏着火应急演练", "动力厂、保卫部、安环部、职工医院", "动力厂制氧站", 78),
    ("2025-04-17", "轧钢厂加热炉煤气泄漏应急演练", "轧钢厂、安环部、保卫部、职工医院", "轧钢厂2号加热炉", 88),
    ("2025-05-12", "嘉钢幼儿园防震疏散演练", f"{KG}、保卫部", KG, 447),
]
PLAN_2024_DRILLS = [("5月", "炼钢厂钢水包倾覆（高温熔融金属喷溅）应急演练", "炼钢厂"),
                    ("6月", "嘉钢幼儿园消防疏散演练", KG),
                    ("9月", "动力厂氧气管道泄漏着火应急演练", "动力厂"),
                    ("11月", "家属区（西苑）高层住宅火灾疏散演练", "生活服务公司、保卫部")]
PLAN_2025_DRILLS = [("4月", "轧钢厂加热炉煤气泄漏应急演练", "轧钢厂"), ("5月", "嘉钢幼儿园防震疏散演练", KG)]


def drills(year):
    return [d for d in DRILLS if d[0].startswith(str(year))]


# ---------------------------------------------------------------- participation: 职代会提案, 意见箱, 志愿服务
PROPOSALS = [  # (届次, 提案号, 代表, 单位, 题目, 承办, 立案, 答复日期 or None, 结果)
    ("四届三次", "2024-03", "张建华", "炼铁厂", "关于东苑、西苑夜间照明不足的提案", "生活服务公司", "2024-03-22", "2024-05-20", "已落实：更换、增设路灯46盏"),
    ("四届三次", "2024-05", "刘志强", "轧钢厂", "关于增开夜班通勤班车的提案", "运输部", "2024-03-22", None, "办理中"),
    ("四届三次", "2024-07", "王丽华", "工会", "关于厂区2号门实行人车分流的提案", "运输部、保卫部", "2024-03-22", "2024-06-10", "已落实：2号门增设非机动车专用通道"),
    ("四届三次", "2024-08", "何秀兰", "离退休管理中心", "关于老旧住宅楼道加装扶手的提案", "生活服务公司", "2024-03-22", "2024-04-30", "已纳入适老化改造项目"),
    ("四届三次", "2024-11", "孙卫东", "保卫部", "关于集中充电棚增加充电口的提案", "保卫部", "2024-03-22", "2024-05-28", "已落实：新增充电口120个"),
    ("四届三次", "2024-12", "黄海涛", "炼钢厂", "关于高温岗位休息室加装空调的提案", "安环部、炼钢厂", "2024-03-22", "2024-05-15", "已落实：加装空调18台"),
    ("四届三次", "2024-14", "许俊杰", "轧钢厂", "关于更新轧钢厂区域便携式煤气报警仪的提案", "轧钢厂", "2024-03-22", None, "办理中"),
    ("四届三次", "2024-16", "蒋丽娟", KG, "关于幼儿园门口接送时段交通疏导的提案", "保卫部", "2024-03-22", "2024-06-18", "已落实：设护学岗"),
    ("四届三次", "2024-19", "吴春燕", HOSP, "关于钢花新村老年活动中心配置AED的提案", HOSP, "2024-03-22", None, "办理中"),
    ("四届三次", "2024-21", "郭振华", "运输部", "关于外协人员休息区安全管理的提案", "安环部", "2024-03-22", "2024-06-05", "已落实"),
    ("四届四次", "2025-02", "马红梅", "生活服务公司", "关于南苑消防车通道管理的提案", "生活服务公司、保卫部", "2025-03-20", "2025-05-26", "已答复，纳入停车管理"),
    ("四届四次", "2025-04", "邓建军", "炼铁厂", "关于高炉区域增设应急洗眼器的提案", "炼铁厂", "2025-03-20", "2025-04-28", "已落实"),
    ("四届四次", "2025-06", "唐立新", "动力厂", "关于制氧站巡检机器人试点的提案", "动力厂", "2025-03-20", "2025-06-12", "已答复，列入2026年技改计划"),
    ("四届四次", "2025-09", "罗静", "人力资源部", "关于外协人员安全培训学时认定的提案", "安环部", "2025-03-20", "2025-05-08", "已落实"),
    ("四届四次", "2025-11", "潘永刚", "机修厂", "关于电动自行车头盔集中采购的提案", "工会", "2025-03-20", "2025-04-15", "已落实：工会补贴采购头盔1200顶"),
    ("四届四次", "2025-13", "彭秀英", "离退休管理中心", "关于家属区老年人紧急呼叫装置的提案", "生活服务公司", "2025-03-20", "2025-06-16", "已答复，试点安装60户"),
    ("四届四次", "2025-15", "曾宏伟", "炼钢厂", "关于转炉区域通讯信号覆盖的提案", "炼钢厂", "2025-03-20", "2025-06-06", "已落实"),
]
MAILBOX = []
VOLUNTEER = []
OPINIONS = ["楼道灯不亮", "单元门口电动车充电", "小区路面积水", "健身器材松动", "班车早班拥挤", "2号门早高峰人车混行",
            "菜市场地面湿滑", "建议增设无障碍坡道", "高温岗位饮水供应", "厂区道路限速执行不严", "幼儿园门口停车乱",
            "老年活动中心台阶缺扶手", "楼顶堆放杂物", "井盖松动", "建议增加消防宣传"]


def _wd_add(d, n):
    while n:
        d += days(1)
        if d.weekday() < 5:
            n -= 1
    return d


def make_participation():
    rnd = R("participation")
    d = PERIOD[0]
    while d <= PERIOD[1]:
        if d.weekday() == 0:
            if rnd.random() < 0.6:
                box = rnd.choice(["1号厂门", "2号厂门", "3号厂门"] + LIFE)
                reply = _wd_add(d, rnd.randint(2, 9))
                MAILBOX.append((d, box, rnd.choice(OPINIONS), rnd.choice(["生活服务公司", "运输部", "保卫部", "安环部"]), reply, "已反馈"))
            else:
                MAILBOX.append((d, "各意见箱", "（空箱）", None, None, "—"))
        d += days(1)
    acts = ["生活区安全巡查", "独居老人探访", "电动车充电棚值守", "幼儿园护学岗", "消防安全宣传", "通勤路口文明劝导"]
    for (y, m) in months(PERIOD[0], PERIOD[1]):
        for _ in range(rnd.randint(1, 2)):
            VOLUNTEER.append((pick_day(rnd, y, m), rnd.choice(acts), rnd.choice(LIFE + ["2号门", KG]), rnd.randint(6, 28),
                              rnd.choice(["钢城安全志愿服务队", "退休职工志愿者分队", "团委青年突击队"])))
    VOLUNTEER.sort()


def proposals_unanswered(day):
    day = D(day)
    out = []
    for p in PROPOSALS:
        filed = D(p[6])
        due = dt.date(filed.year, filed.month + 3, filed.day)
        if (p[7] is None or D(p[7]) > day) and due < day:
            out.append(p)
    return out


# ---------------------------------------------------------------- projects
RETRO = []      # 适老化改造: (苑, 楼栋, 户主, 年龄, 独居, 内容, 申请, 完工, 验收人, 费用)
CHARGE = []     # 飞线充电巡查
BUS = []        # 班车检查
HELMET = []     # 头盔佩戴抽查


def make_projects():
    rnd = R("retrofit")
    items = ["卫生间扶手", "防滑地砖", "感应夜灯", "淋浴凳", "楼道扶手", "床边扶手"]
    for i in range(138):
        apply = dt.date(2024, 3, 1) + days(rnd.randint(0, 200))
        done = apply + days(rnd.randint(12, 60))
        if done > dt.date(2024, 12, 20):
            done = dt.date(2024, 12, 20) - days(rnd.randint(0, 10))
            apply = min(apply, done - days(10))
        RETRO.append((rnd.choice(LIFE), f"{rnd.randint(1, 36)}栋{rnd.randint(1, 4)}单元", masked(rnd), rnd.randint(63, 92),
                      rnd.choice(["是", "否", "否"]), "、".join(sorted(rnd.sample(items, rnd.randint(1, 3)), key=items.index)),
                      apply, done, rnd.choice(["马红梅", "何建国", "冯小平"]), rnd.choice([380, 460, 620, 850, 1200])))
    RETRO.sort(key=lambda r: (r[7], r[0], r[1]))
    rnd = R("charging")
    d = dt.date(2024, 5, 6)
    k = 0
    while d <= dt.date(2025, 6, 27):
        for area in rnd.sample(LIFE, 2):
            wk = (d - dt.date(2024, 5, 6)).days / 7
            fly = max(0, int(round(9 - wk * 0.13 + rnd.uniform(-2, 2))))
            stair = max(0, int(round(14 - wk * 0.17 + rnd.uniform(-3, 3))))
            CHARGE.append((d, area, rnd.choice(["韩卫东", "保卫部 杜明", "物业 冯小平", "志愿者 彭秀英"]), fly, stair,
                           "现场劝离、断电" if fly else "无", "已整改" if fly or stair else "—"))
            k += 1
        d += days(7)
    rnd = R("commute")
    routes = ["1路（东苑—1号门）", "2路（西苑—2号门）", "3路（南苑—3号门）", "4路（钢花新村—2号门）"]
    for (y, m) in months(dt.date(2024, 3, 1), dt.date(2025, 4, 30)):
        for r in routes:
            BUS.append((pick_day(rnd, y, m, 3, 12), r, rnd.randint(4, 6), rnd.choice(["合格", "合格", "合格", "灭火器压力不足，已更换", "座椅安全带1处损坏，已修复"]),
                        "郭振华" if rnd.random() < 0.3 else "运输部 田野"))
    BUS.sort()
    d = dt.date(2024, 3, 4)
    while d <= dt.date(2025, 4, 28):
        wk = (d - dt.date(2024, 3, 4)).days / 7
        gate = rnd.choice(["1号门", "2号门", "3号门"])
        n = rnd.randint(150, 260)
        rate = min(0.95, 0.41 + wk * 0.0085 + rnd.uniform(-0.05, 0.05))
        HELMET.append((d, gate, n, int(round(n * rate))))
        d += days(rnd.choice([7, 7, 14]))


def helmet_rate(a, b):
    rows = [h for h in HELMET if D(a) <= h[0] <= D(b)]
    return round(100 * sum(h[3] for h in rows) / sum(h[2] for h in rows), 1)


# ================================================================ documents
RED_CO = "嘉川钢铁有限责任公司文件"
RED_AW = "嘉川钢铁有限责任公司安全生产委员会文件"
RED_GROUP = "嘉川钢铁集团有限公司文件"
RED_DIST = "东岭区安全生产委员会办公室文件"
CC_CO = "抄送：嘉川钢铁集团有限公司安全环保部，东岭区安委会办公室，钢城街道办事处。"


def sig(org, when, cnform=True):
    return ("sig", [org, cn(when) if cnform else zh(when)])


def n_people(ts):
    return sum(t["n"] for t in ts)


def minutes(s, when_text, place, chair, attend, items, decisions, recorder=CLERK):
    body = [("b", f"时间：{when_text}"), ("b", f"地点：{place}"), ("b", f"主持：{chair}"), ("b", f"参加人员：{attend}"),
            ("b", f"记录：{recorder}"), ("h", "一、会议内容")] + items + [("h", "二、会议议定事项")]
    body += [f"{i}. {d}" for i, d in enumerate(decisions, 1)]
    body.append(sig(PCO, s["date"], cnform=False))
    write_docx(s, body)


MEMBERS = [("主任", "周立新", "公司总经理"), ("常务副主任", "陈国栋", "公司副总经理、安全总监"),
           ("副主任", "刘淑芬", "公司工会主席"), ("副主任", "王建平", "钢城街道办事处副主任"),
           ("委员", "孙海涛", "安全环保部部长（兼办公室主任）"), ("委员", "罗静", "人力资源部部长"), ("委员", "韩卫东", "保卫部部长"),
           ("委员", "郭振华", "运输部部长"), ("委员", "马红梅", "生活服务公司经理"), ("委员", "吴启明", "职工医院院长"),
           ("委员", "蒋慧", "嘉钢幼儿园园长"), ("委员", "何建国", "离退休管理中心主任"), ("委员", "邓建军", "炼铁厂厂长"),
           ("委员", "黄志强", "炼钢厂厂长"), ("委员", "许明", "轧钢厂厂长"), ("委员", "唐立", "动力厂厂长"), ("委员", "潘永刚", "机修厂厂长"),
           ("委员", "彭涛", "东岭区公安交警大队钢城中队中队长"), ("委员", "曾凯", "东岭区消防救援大队钢城消防救援站站长"),
           ("委员", "田晓光", "钢城派出所副所长"), ("委员", "苏红", "钢城社区居委会主任"),
           ("委员", "姚国强", "相关方代表（嘉川宏达建安工程公司项目经理）"), ("委员", "彭秀英", "退休职工志愿者代表")]
PROJECTS = [
    ("通勤", "职工通勤交通安全促进项目", "郭振华", "运输部、工会、保卫部、交警钢城中队", "2025年5月"),
    ("跌倒", "家属区老年人防跌倒促进项目", "马红梅", "生活服务公司、离退休管理中心、职工医院、钢城社区居委会", "2025年5月"),
    ("充电", "电动自行车安全充电促进项目", "韩卫东", "保卫部、生活服务公司、钢城消防救援站", "2025年5月"),
    ("幼儿", "幼儿园儿童安全促进项目", "蒋慧", "嘉钢幼儿园、工会女工委、保卫部、职工医院", "2025年6月"),
    ("高温", "高温作业职业健康促进项目", "黄志强", "炼钢厂、安全环保部、职工医院、工会", "2024年10月"),
]

# LEC risk list (危险源辨识与风险评价清单)
LEC = []


def make_lec():
    rows = [
        ("炼铁厂", "高炉煤气系统（炉顶、除尘、管网）", "煤气中毒、爆炸", 6, 6, 40), ("炼铁厂", "出铁场铁水、熔渣作业", "灼烫、火灾", 3, 6, 40),
        ("炼铁厂", "皮带输送系统", "机械伤害", 3, 6, 7), ("炼铁厂", "高炉检修高处作业", "高处坠落", 3, 2, 15),
        ("炼钢厂", "转炉冶炼及钢水包吊运", "灼烫、起重伤害", 3, 6, 40), ("炼钢厂", "转炉煤气回收系统", "煤气中毒、爆炸", 3, 6, 40),
        ("炼钢厂", "高温作业岗位（炉前、浇钢）", "中暑", 6, 6, 3), ("炼钢厂", "渣罐倾翻作业", "灼烫、爆炸", 1, 6, 15),
        ("轧钢厂", "加热炉煤气系统", "煤气中毒、爆炸", 3, 6, 40), ("轧钢厂", "辊道及飞剪区域", "机械伤害", 3, 6, 15),
        ("轧钢厂", "精整作业", "物体打击", 3, 6, 3), ("动力厂", "制氧站及氧气管网", "火灾、爆炸", 1, 6, 40),
        ("动力厂", "10kV变配电系统", "触电", 1, 6, 15), ("动力厂", "有限空间（水池、地沟）", "中毒窒息", 1, 3, 40),
        ("运输部", "厂内铁路调车及道口", "车辆伤害", 3, 6, 15), ("运输部", "通勤班车运行", "道路交通伤害", 1, 6, 15),
        ("运输部", "上下班高峰厂门人车混行", "车辆伤害", 6, 6, 7), ("机修厂", "起重机械作业", "起重伤害", 3, 6, 7),
        ("机修厂", "电焊、气割作业", "火灾、灼烫", 3, 6, 3), ("相关方", "外协检修高处及动火作业", "高处坠落、火灾", 3, 6, 15),
        ("相关方", "外协施工临时用电", "触电", 3, 3, 15), ("东苑", "高层住宅（18层以上）", "火灾", 1, 6, 40),
        ("东苑", "楼道、单元门口电动自行车停放充电", "火灾", 6, 6, 15), ("西苑", "高层住宅消防设施", "火灾", 1, 6, 40),
        ("西苑", "楼道电动自行车充电", "火灾", 6, 6, 15), ("南苑", "老旧住宅楼梯无扶手", "跌倒", 6, 6, 3),
        ("南苑", "小区路面及井盖", "跌倒", 3, 6, 3), ("钢花新村", "老旧住宅卫生间（无扶手、地面湿滑）", "跌倒", 6, 6, 7),
        ("钢花新村", "老年活动中心楼梯和卫生间", "跌倒", 3, 6, 7), ("钢花新村", "老旧燃气管线", "燃气爆炸、中毒", 1, 6, 40),
        ("生活区", "钢城大道、东岭路通勤路段", "道路交通伤害", 6, 6, 7), ("生活区", "嘉钢2号门路口", "道路交通伤害", 6, 6, 7),
        (KG, "园舍及大型玩具", "跌倒、碰撞", 3, 6, 3), (KG, "厨房燃气", "火灾、中毒", 1, 6, 15),
        (KG, "园门口接送时段", "道路交通伤害", 3, 6, 7), (HOSP, "医用氧气及危化品库", "火灾、爆炸", 1, 6, 15),
        ("生活区", "夏季高温（独居老人）", "中暑", 3, 2, 7), ("生活区", "养犬管理", "动物咬伤", 3, 6, 3),
    ]
    for unit, src, harm, L, E, C in rows:
        d = L * E * C
        lvl = "重大风险" if d > 320 else "较大风险" if d > 160 else "一般风险" if d >= 70 else "低风险"
        LEC.append((unit, src, harm, L, E, C, d, lvl))


def lec_count(level):
    return len([r for r in LEC if r[7] == level])


POP = 6820 + 2100 + 24600   # 职工 + 外协 + 生活区常住


def drill_record(s, d, extra):
    date, name, org, place, n = d
    write_docx(s, [
        ("t", [["演练名称", name, "演练时间", zh(date)], ["组织单位", org, "演练地点", place], ["参演人数", str(n), "演练类型", "实战演练"]]),
        ("h", "一、演练情景"), extra[0],
        ("h", "二、演练过程"), extra[1],
        ("h", "三、演练评估"), extra[2],
        ("h", "四、存在问题及改进措施"), extra[3],
        ("sig", ["记录：" + extra[4], zh(date)]),
    ], author=extra[4])


def ana(s, a, b, label, writer):
    rows = inj(a, b)
    nm = len(months(D(a), D(b)))
    base = {c: round(n * nm / 12, 1) for c, n in BASE.items()}
    tab = [["伤害类别", f"{label}（例）", f"基线同期折算（例）"]] + [[CAT_NAME[c], len([r for r in rows if r["cat"] == c]), base[c]] for c in BASE] + \
          [["合计", len(rows), round(BASE_TOTAL * nm / 12, 1)]]
    sev = {k: len([r for r in rows if r["sev"] == k]) for k in ("轻度", "中度", "重度")}
    place_prod = len([r for r in rows if r["place"].startswith("生产作业区")])
    body = [("h", "一、数据来源"),
            f"本期伤害数据来自{HOSP}急诊科、门诊部伤害监测登记表，统计期间{zh(a)}至{zh(b)}，共登记伤害病例{len(rows)}例。",
            ("h", "二、伤害类别分布"), ("t", tab),
            ("h", "三、严重程度和发生地点"),
            f"轻度{sev['轻度']}例、中度{sev['中度']}例、重度{sev['重度']}例；发生在生产作业区{place_prod}例，生活区及通勤途中{len(rows) - place_prod}例。",
            ("h", "四、分析和建议"),
            "老年人跌倒仍居首位，建议加快适老化改造；通勤交通伤害以电动自行车为主，建议继续开展头盔佩戴劝导；中暑集中在7—8月，建议高温季前落实防暑措施。",
            sig(HOSP + "预防保健科", s["date"], cnform=False)]
    if writer == "pdf":
        write_pdf(s, body, author="钱丽娟")
    else:
        write_docx(s, body, author="钱丽娟")


def drill_pdf(s, d, parts, who):
    date, name, org, place, n = d
    write_pdf(s, [
        ("t", [["演练名称", name], ["演练时间", zh(date)], ["组织单位", org], ["演练地点", place], ["参演人数", str(n)]]),
        ("h", "一、演练情景"), parts[0], ("h", "二、演练过程"), parts[1], ("h", "三、演练评估"), parts[2], ("h", "四、改进措施"), parts[3],
        ("sig", ["记录：" + who, dots(date)]),
    ], author=who)


def declare_2023():
    spec("plan", "2023-06-28", "Y30", "docx", "嘉川钢铁有限责任公司安全社区创建实施方案", CO, "创建实施方案（红头，嘉钢发〔2023〕45号，载明创建周期2023.7.1—2025.6.30）",
         [4], [1], docno="嘉钢发〔2023〕45号", render=lambda s: write_docx(s, [
             "各单位、各部门：",
             "为贯彻“安全第一、预防为主、综合治理”的方针，落实集团公司“十四五”安全生产规划和东岭区安委会关于推进安全社区建设的部署，"
             "公司决定依据《安全社区建设基本要求》（AQ/T 9001-2006），在厂区和钢城生活区开展企业型安全社区创建工作。现将实施方案印发给你们，请认真贯彻执行。",
             ("h", "一、基本情况"),
             "公司始建于1958年，是嘉川钢铁集团有限公司的核心子公司，厂区占地4.6平方公里，设炼铁厂、炼钢厂、轧钢厂、动力厂、运输部、机修厂6个生产单位，"
             "在岗职工6820人，常驻相关方（外协）单位43家、外协人员2100余人。钢城生活区由东苑、西苑、南苑、钢花新村四个家属区组成，共8950户、常住24600人，"
             "其中60岁以上7480人，占30.4%。生活区内有职工医院（二级综合医院，床位320张）、嘉钢幼儿园（在园幼儿420名）、老年活动中心等公共设施。"
             "职工通勤班车4条线路22辆，骑电动自行车通勤的职工约2900人。",
             ("h", "二、创建范围和周期"),
             "创建范围为公司厂区（6个生产单位及相关方作业区域）和钢城生活区（4个家属区及职工医院、幼儿园、老年活动中心等公共场所）。",
             "本次安全社区创建周期为两年，自2023年7月1日起至2025年6月30日止。",
             ("h", "三、工作目标"),
             "以职工医院2022年7月—2023年6月伤害监测数据为基线，创建期内实现以下目标：（一）不发生较大及以上生产安全事故和亡人火灾事故；"
             "（二）伤害发生总数较基线下降15%以上；（三）家属区60岁以上老年人跌倒伤害下降20%以上；（四）职工通勤道路交通伤害下降20%以上；"
             "（五）新入厂人员三级安全教育率、相关方人员入厂安全教育率达到100%；（六）职工及居民安全知识知晓率达到85%以上。",
             ("h", "四、组织机构"),
             "成立公司安全社区促进委员会，由总经理任主任，分管安全的副总经理任常务副主任，工会主席和钢城街道办事处负责同志任副主任，"
             "相关职能部门、生产单位、生活服务单位、属地交警、消防、派出所、社区居委会和相关方、志愿者代表任委员。促进委员会下设办公室（设在安全环保部）"
             "和安全诊断组、宣传教育培训组、伤害监测与数据统计组，安全诊断完成后按确定的安全促进项目组建项目组。",
             ("h", "五、实施步骤"),
             "（一）启动阶段（2023年7月）：召开启动大会，成立组织机构，签订目标责任书，印发管理制度。",
             "（二）培训宣传阶段（2023年7—8月）：组织创建骨干培训和全员宣传。",
             "（三）调查阶段（2023年8—9月）：开展安全需求问卷调查、危险源辨识与风险评价和伤害调查，形成安全诊断报告。",
             "（四）确定项目阶段（2023年10月）：根据诊断结果确定安全促进项目，制定项目实施方案。",
             "（五）项目实施阶段（2023年10月—2025年6月）：组织实施安全促进项目，开展宣传培训、应急演练、隐患排查、伤害监测等工作。",
             "（六）自查整档阶段（2025年7月）：对照评定标准自查自评，整理创建档案。",
             "（七）评定阶段（2025年8—9月）：提出评定申请，接受现场评定。",
             "（八）提高阶段（2025年10月起）：巩固创建成果，持续改进。",
             ("h", "六、保障措施"),
             "（一）经费保障。创建期内安排安全社区专项经费不少于680万元，列入公司年度安全生产费用预算。"
             "（二）制度保障。安全环保部牵头制定促进委员会工作制度等管理制度。（三）档案保障。各单位指定档案联络员，创建文件由公司档案室按年度统一归档。",
             ("sig", [CO, cn("2023-06-28")]),
         ], red=RED_CO, oa=("JGOA-2023-004512", "16:42:18"), cc=CC_CO, author="孙海涛"))

    spec("found", "2023-07-05", "Y30", "pdf", "关于成立嘉川钢铁有限责任公司安全社区促进委员会的通知", CO, "成立促进委员会通知（红头PDF，嘉钢发〔2023〕48号）",
         [1], [2], docno="嘉钢发〔2023〕48号", render=lambda s: write_pdf(s, [
             "各单位、各部门：",
             "为加强对安全社区创建工作的组织领导，整合厂区和生活区各方面资源，经公司研究，决定成立嘉川钢铁有限责任公司安全社区促进委员会。现将有关事项通知如下：",
             ("h", "一、促进委员会组成"),
             ("t", [["职务", "姓名", "单位及职务"]] + [list(m) for m in MEMBERS]),
             ("h", "二、促进委员会职责"),
             "（一）组织开展事故与伤害风险辨识及其评价工作；（二）组织制定体现公司和生活区特点的安全目标和计划；（三）组织落实各类安全促进项目的实施；"
             "（四）整合厂区、生活区和属地资源，实现全员参与；（五）组织评审安全社区绩效；（六）为创建工作提供人、财、物、技术等资源保障。",
             ("h", "三、办事机构和工作组"),
             "促进委员会下设办公室，设在安全环保部，孙海涛同志兼任办公室主任，李晓雯同志任安全社区专干，负责日常工作。"
             "设安全诊断组（组长孙海涛）、宣传教育培训组（组长罗静，成员单位人力资源部、工会、团委、安全环保部）、"
             "伤害监测与数据统计组（组长吴启明，成员单位职工医院、安全环保部、人力资源部工伤管理科）。安全促进项目组待诊断后另行发文组建。",
             ("sig", [CO, cn("2023-07-05")]),
         ], red=RED_CO, author="孙海涛"))

    spec("kickoff", "2023-07-12", "Y30", "docx", "安全社区创建启动大会暨促进委员会第一次全体会议纪要", PCO, "启动大会暨促进委员会第一次全体会议纪要",
         [1], [6, 4], render=lambda s: minutes(
             s, "2023年7月12日上午9:00", "公司职工活动中心", "陈国栋",
             "促进委员会全体成员，各二级单位行政正职、安全员，相关方单位负责人代表，职工及居民代表，共计260人", [
                 "总经理周立新作动员讲话，要求把安全社区创建作为落实集团“十四五”安全生产规划、保障职工及家属安全健康的重要抓手，厂区、生活区一体推进。",
                 "安全环保部部长孙海涛解读《安全社区创建实施方案》（嘉钢发〔2023〕45号），明确创建周期为2023年7月1日至2025年6月30日，以及八个阶段的工作安排。",
                 "会上，公司与17个二级单位签订了2023年下半年安全生产（安全社区）目标责任书。钢城街道办事处副主任王建平表示街道和社区居委会将全力配合。",
             ], [
                 "7—8月开展创建骨干培训和全员宣传，8月8日前完成骨干培训。",
                 "8—9月完成安全需求问卷调查、危险源辨识和伤害调查，9月底前形成安全诊断报告。",
                 "职工医院自7月1日起对所有伤害病例逐例登记，每月报促进委员会办公室。",
                 "各单位指定一名档案联络员，创建文件每月移交公司档案室。",
             ]))

    spec("rules", "2023-07-20", "Y30", "docx", "关于印发《安全社区促进委员会工作制度》等十项制度的通知", "嘉川钢铁有限责任公司安全生产委员会",
         "安全社区管理制度（红头，嘉钢安〔2023〕7号，十项制度）", [1], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], docno="嘉钢安〔2023〕7号",
         render=lambda s: write_docx(s, [
             "各单位、各部门：",
             "为规范安全社区创建工作，公司安全生产委员会制定了《安全社区促进委员会工作制度》等十项制度，现印发给你们，请遵照执行。",
             ("c", "安全社区促进委员会工作制度"),
             RULES["meeting"],
             "促进委员会办公室负责会议的筹备和记录，会议纪要报送委员会成员并移交档案室归档。各工作组、项目组在例会上汇报工作情况。",
             ("c", "安全目标责任制度"),
             RULES["target"],
             ("c", "信息交流与全员参与制度"),
             RULES["info"],
             "依托公司OA系统和“钢城安全”微信公众号建立安全社区信息平台（一网三库：安全社区信息网、职工及家属人口信息库、相关方单位信息库、设施设备与环境信息库），"
             "由促进委员会办公室及时更新。积极参加全国和省内安全社区网络交流活动。",
             ("c", "事故与伤害风险辨识评价制度"),
             RULES["risk"],
             ("c", "安全促进项目管理制度"),
             RULES["project"],
             ("c", "宣传教育培训制度"),
             RULES["training"],
             ("c", "应急管理制度"),
             RULES["drill"],
             ("c", "隐患排查治理制度"),
             RULES["hazard"],
             "隐患排查治理实行台账管理，台账载明排查日期、隐患描述、等级、整改责任单位、整改措施、整改期限、完成日期和验收人，由安全环保部按年度汇总。",
             ("c", "伤害监测与事故报告制度"),
             RULES["injury"],
             "发生生产安全事故，按“四不放过”原则组织调查处理，事故调查报告报促进委员会。",
             ("c", "安全社区档案管理制度"),
             RULES["archive"],
             "每年年末（12月至次年1月中旬）由促进委员会组织年度工作总结和管理评审，评审结果作为下一年度计划和持续改进的依据；创建首年（2023年下半年）只作半年工作总结。",
             ("sig", ["嘉川钢铁有限责任公司安全生产委员会", cn("2023-07-20")]),
         ], red=RED_AW, oa=("JGOA-2023-004877", "10:05:51"), cc=CC_CO, author="孙海涛"))

    spec("train0808", "2023-08-08", "C10", "docx", "安全社区创建骨干培训记录", "宣传教育培训组", "创建骨干培训记录（含签到摘录）", [6], [1],
         render=lambda s: write_docx(s, [
             ("t", [["培训时间", "2023年8月8日14:30—17:30", "地点", "公司职工活动中心"],
                    ["主讲人", "省安全生产协会专家林卫国；安全环保部孙海涛", "学时", "4"],
                    ["参加对象", "促进委员会成员、各工作组骨干、各单位安全员", "人数", "126"]]),
             ("h", "培训内容"),
             "1. 安全社区理念和《安全社区建设基本要求》（AQ/T 9001-2006）12个要素；2. 企业型安全社区创建的组织方式和典型做法；"
             "3. 伤害监测、危险源辨识与风险评价方法；4. 安全促进项目的策划、实施和效果评估；5. 创建档案的形成与归档要求。",
             ("h", "考核情况"),
             "培训结束后进行闭卷考试，参考126人，合格124人，2人补考合格。",
             ("h", "签到表（摘录）"),
             ("t", [["序号", "姓名", "单位"], [1, "陈国栋", "公司领导"], [2, "孙海涛", "安全环保部"], [3, "李晓雯", "安全环保部"],
                    [4, "郭振华", "运输部"], [5, "马红梅", "生活服务公司"], [6, "吴启明", "职工医院"], [7, "蒋慧", KG],
                    [8, "韩卫东", "保卫部"], [9, "黄志强", "炼钢厂"], [10, "钱丽娟", "职工医院"]]),
             "（签到表原件共126人，存宣传教育培训组。）",
             ("sig", ["宣传教育培训组", zh("2023-08-08")]),
         ]))

    spec("decoy", "2023-08-15", "C10", "pdf", "关于印发《集团公司“十四五”安全生产规划（2021—2025年）中期评估及调整方案》的通知", GROUP,
         "上级来文：集团“十四五”安全生产规划（2021—2025年）中期调整（干扰周期）", [4], [1], docno="嘉钢集团安〔2023〕19号",
         render=lambda s: write_pdf(s, [
             "各子公司：",
             "集团公司《“十四五”安全生产规划（2021—2025年）》实施以来，各子公司安全生产形势总体稳定。根据中期评估结果，集团公司对规划后半期（2023—2025年）目标和任务进行了调整，现印发给你们，请结合实际认真贯彻落实。",
             ("h", "一、中期评估情况"),
             "2021—2022年，集团未发生较大及以上生产安全事故，千人负伤率由2020年的1.62‰下降到1.21‰；但煤气、高温熔融金属、有限空间等重大风险管控仍有薄弱环节，职工通勤交通和生活区消防安全问题突出。",
             ("h", "二、调整后的规划目标（至2025年底）"),
             "（一）杜绝较大及以上生产安全事故；（二）千人负伤率控制在0.8‰以内；（三）重大事故隐患动态清零；（四）推进所属企业开展企业型安全社区建设，2025年底前至少1家子公司通过安全社区评定。",
             ("h", "三、重点任务"),
             "1. 实施煤气、熔融金属、氧气等重大风险专项治理；2. 开展“安全生产月”“百日攻坚”活动；3. 推进厂区与生活区安全一体化管理，支持嘉川钢铁有限责任公司开展安全社区创建试点；4. 每年组织一次对子公司的安全生产综合检查。",
             "规划期：2021年1月1日至2025年12月31日。",
             ("sig", [GROUP, cn("2023-08-15")]),
         ], red=RED_GROUP, author="集团安全环保部"))

    def survey(s):
        qs = [("您认为公司和生活区最需要关注的安全问题（多选）", [("上下班交通安全", 812), ("电动自行车充电火灾", 702), ("老年人跌倒", 655),
                                                    ("生产作业伤害", 590), ("高温中暑", 431), ("儿童安全", 388), ("燃气安全", 302), ("社会治安", 210)]),
              ("您是否知道公司正在创建安全社区", [("知道", 613), ("听说过", 402), ("不知道", 472)]),
              ("您在过去一年内是否受过需要就医的伤害", [("是", 176), ("否", 1311)]),
              ("您上下班主要交通方式（职工作答）", [("电动自行车", 389), ("通勤班车", 301), ("步行", 118), ("私家车", 84)]),
              ("骑电动自行车是否佩戴头盔（骑行者作答）", [("每次佩戴", 151), ("有时佩戴", 142), ("从不佩戴", 96)]),
              ("家中老人是否发生过跌倒（家属作答）", [("是", 214), ("否", 381)]),
              ("安全知识测试（10题）平均正确率", [("职工", "68.4%"), ("家属居民", "55.1%"), ("全部", "63.2%")])]
        rows = []
        for q, opts in qs:
            for o, n in opts:
                rows.append([q, o, n, f"{100 * n / 1487:.1f}%" if isinstance(n, int) else ""])
        write_xlsx(s, [dict(name="汇总", title="安全社区安全需求问卷调查汇总表", sub="发放1600份，回收1512份，有效问卷1487份（职工892份、家属及居民595份）。调查时间：2023年8月1日—8月25日",
                            header=["问题", "选项", "人数", "占有效问卷比例"], rows=rows, widths={1: 46, 2: 20}),
                       dict(name="按人群", title="有效问卷按人群分布", header=["人群", "份数"],
                            rows=[["在岗职工", 892], ["离退休职工", 281], ["职工家属及居民", 314], ["合计", 1487]])])

    spec("survey", "2023-08-28", "C10", "xlsx", "安全社区安全需求问卷调查汇总表", "安全诊断组", "安全需求问卷调查汇总（1487份）", [3], [2], render=survey)

    def lec(s):
        rows = [[i, *r] for i, r in enumerate(LEC, 1)]
        write_xlsx(s, [dict(name="LEC清单", title="嘉川钢铁有限责任公司（厂区及钢城生活区）危险源辨识与风险评价清单",
                            sub="评价方法：作业条件危险性评价法（D=L×E×C）；D>320重大风险，160<D≤320较大风险，70≤D≤160一般风险，D<70低风险。评价日期：2023年9月12日",
                            header=["序号", "单位/区域", "危险源或作业活动", "可能导致的事故/伤害", "L", "E", "C", "D", "风险等级"],
                            rows=rows, widths={2: 12, 3: 34, 4: 20, 9: 12})])

    spec("lec", "2023-09-12", "Y30", "xlsx", "危险源辨识与风险评价清单", "安全诊断组", "危险源辨识与风险评价清单（LEC，厂区及生活区）", [3], [8], render=lec)

    def diagnosis(s):
        rate = 1000 * BASE_TOTAL / POP
        write_docx(s, [
            ("h", "一、诊断范围和方法"),
            "诊断范围为公司厂区和钢城生活区。采用资料分析、问卷调查、现场查看、座谈访谈等方法：分析职工医院信息系统2022年7月1日—2023年6月30日的伤害就诊数据，"
            "收集东岭区交警大队钢城中队提供的厂区周边道路交通事故数据，发放问卷1600份（有效1487份），召开职工、退休职工、幼儿家长、相关方等座谈会6场，"
            "对6个生产单位和4个家属区进行现场查看。",
            ("h", "二、伤害基线情况"),
            f"2022年7月—2023年6月，职工医院共接诊各类伤害{BASE_TOTAL}例，按厂区和生活区人口{POP}人计算，伤害发生率为{rate:.1f}‰。分类如下：",
            ("t", [["伤害类别", "例数", "占比"]] + [[CAT_NAME[c], n, f"{100 * n / BASE_TOTAL:.1f}%"] for c, n in BASE.items()]),
            f"居前的是老年人跌倒（{BASE['fall60']}例）、道路交通（通勤，{BASE['traffic']}例）和机械伤害（{BASE['mech']}例）；"
            f"中暑{BASE['heat']}例全部发生在炼钢、炼铁高温岗位；儿童伤害{BASE['child']}例，其中幼儿园内7例。",
            ("h", "三、危险源辨识与风险评价"),
            f"共辨识危险源和作业活动{len(LEC)}项，其中重大风险{lec_count('重大风险')}项、较大风险{lec_count('较大风险')}项、一般风险{lec_count('一般风险')}项、"
            f"低风险{lec_count('低风险')}项（详见危险源辨识与风险评价清单）。重大风险集中在煤气系统、转炉和钢水包吊运、高层住宅火灾。",
            ("h", "四、高危人群、高风险环境和脆弱群体"),
            "高危人群：煤气区域、高温岗位作业人员，骑电动自行车通勤职工，外协检修人员。高风险环境：煤气系统、转炉平台、厂门及钢城大道通勤路段、楼道电动自行车充电点。"
            "脆弱群体：家属区60岁以上老年人（特别是独居老人）、在园幼儿。",
            ("h", "五、安全需求"),
            "问卷显示，职工和居民最关注的安全问题依次为上下班交通安全（54.6%）、电动自行车充电火灾（47.2%）、老年人跌倒（44.0%）和生产作业伤害（39.7%）。"
            "安全知识测试平均正确率63.2%，家属居民55.1%，低于实施方案提出的85%目标。",
            ("h", "六、诊断结论和建议"),
            "建议优先实施职工通勤交通安全、家属区老年人防跌倒、电动自行车安全充电、幼儿园儿童安全、高温作业职业健康五个安全促进项目，"
            "生产作业伤害预防纳入公司安全生产标准化和隐患排查治理常态工作。",
            sig("安全诊断组", "2023-09-22", cnform=False),
        ])

    spec("diag", "2023-09-22", "Y30", "docx", "嘉川钢铁有限责任公司安全社区安全诊断报告", "安全诊断组", "安全诊断报告（基线2022.7—2023.6）",
         [3], [9, 4], render=diagnosis)

    spec("m2023q3", "2023-09-27", "Y30", "docx", "促进委员会2023年第三季度例会纪要", PCO, "促进委员会2023年三季度例会纪要（确定五个项目）",
         [1], [5, 4], render=lambda s: minutes(
             s, "2023年9月27日下午2:30", "公司办公楼三楼会议室", "陈国栋", "促进委员会成员19人，各工作组组长", [
                 "安全诊断组汇报安全诊断情况：基线期伤害就诊%d例，辨识危险源%d项，重大风险%d项。" % (BASE_TOTAL, len(LEC), lec_count("重大风险")),
                 "伤害监测与数据统计组汇报：7—8月职工医院登记伤害病例%d例。" % len(inj("2023-07-01", "2023-08-31")),
             ], [
                 "审议通过安全诊断报告。",
                 "确定职工通勤交通安全、家属区老年人防跌倒、电动自行车安全充电、幼儿园儿童安全、高温作业职业健康五个安全促进项目，分别由运输部、生活服务公司、保卫部、幼儿园、炼钢厂牵头组建项目组。",
                 "10月底前印发前四个项目的实施方案；高温作业项目结合2024年高温季于2024年4月前另行制定。",
             ]))

    def projects_notice(s):
        body = ["各单位、各部门：",
                "根据公司安全社区安全诊断结果和促进委员会2023年第三季度例会决定，现将职工通勤交通安全等四个安全促进项目实施方案印发给你们，并组建相应项目组，请认真组织实施。"
                "高温作业职业健康促进项目实施方案结合2024年高温季另行印发。"]
        texts = {
            "通勤": ["基线期通勤道路交通伤害38例，其中骑电动自行车31例；问卷显示骑行者每次佩戴头盔的仅占38.8%；嘉钢2号门早高峰人车混行。",
                   "通勤道路交通伤害较基线下降20%以上；厂门电动自行车骑行者头盔佩戴率达到80%以上。",
                   "1. 与交警钢城中队联合开展厂门和钢城大道通勤路段整治，2号门实行人车分流；2. 每月对通勤班车进行安全检查，开展驾驶员培训；"
                   "3. 在各厂门开展头盔佩戴抽查和劝导，工会补贴采购头盔；4. 开展电动自行车通勤安全培训。"],
            "跌倒": [f"基线期家属区60岁以上老年人跌倒伤害{BASE['fall60']}例，占全部伤害的{100 * BASE['fall60'] / BASE_TOTAL:.1f}%；南苑、钢花新村老旧住宅楼梯、卫生间缺少扶手。",
                   "60岁以上老年人跌倒伤害较基线下降20%以上；完成150户老年人家庭适老化改造。",
                   "1. 对60岁以上老年人家庭开展跌倒风险评估；2. 实施卫生间扶手、防滑地砖、感应夜灯等适老化改造；3. 老年活动中心和公共楼梯加装扶手、防滑条；"
                   "4. 职工医院每季度开展防跌倒健康讲座；5. 退休职工志愿者结对探访独居老人。"],
            "充电": ["生活区电动自行车约4100辆，楼道和单元门口停放充电普遍；2021—2023年生活区发生电动自行车火情5起。",
                   "2024年4月底前在四个家属区建成12处集中充电棚；楼道停放和飞线充电数量较项目实施前下降70%以上；不发生电动自行车亡人火灾。",
                   "1. 建设集中充电棚，配置智能充电口和灭火器材；2. 保卫部会同物业每周巡查楼道停放、飞线充电；3. 开展安全充电宣传；4. 对拒不整改的住户约谈。"],
            "幼儿": ["在园幼儿420名，基线期儿童伤害11例，其中园内7例；园门口接送时段车辆乱停。",
                   "在园儿童伤害较基线下降30%以上；每年开展不少于一次应急疏散演练；家长安全课堂覆盖率90%以上。",
                   "1. 园舍、大型玩具每日检查；2. 设立接送时段护学岗；3. 每年组织不少于一次消防或防震疏散演练；4. 开展家长安全课堂和儿童安全教育。"],
        }
        for i, (k, name, lead, units, ev) in enumerate([p for p in PROJECTS if p[0] != "高温"], 1):
            bg, goal, acts = texts[k]
            body += [("c", f"附件{i}：{name}实施方案"),
                     ("b", f"项目组组长：{lead}　　成员单位：{units}"),
                     ("h", "一、项目背景"), bg, ("h", "二、项目目标"), goal, ("h", "三、干预措施"), acts,
                     ("h", "四、进度安排"), "2023年11月—12月完成基础调查和准备工作；2024年1月起全面实施；2025年6月前完成项目总结。",
                     ("h", "五、效果评估"), f"项目实施满一年后（{ev}），由项目组对照本方案目标开展效果评估，形成评估报告报促进委员会审定。"]
        body.append(("sig", ["嘉川钢铁有限责任公司安全生产委员会", cn("2023-10-26")]))
        write_docx(s, body, red=RED_AW, oa=("JGOA-2023-007130", "15:11:02"), cc=CC_CO, author="孙海涛")

    spec("projects", "2023-10-26", "Y30", "docx", "关于印发职工通勤交通安全等四个安全促进项目实施方案的通知", "嘉川钢铁有限责任公司安全生产委员会",
         "四个安全促进项目实施方案（红头，嘉钢安〔2023〕15号；充电项目承诺2025年5月效果评估）", [5], [4, 1], docno="嘉钢安〔2023〕15号",
         render=projects_notice)

    spec("eplan", "2023-10-30", "Y30", "docx", "嘉川钢铁有限责任公司生产安全事故综合应急预案（2023年修订）", "安全环保部", "综合应急预案（2023年修订，含生活区火灾专项预案要点）",
         [7], [], render=lambda s: write_docx(s, [
             ("h", "1 总则"),
             "本预案适用于公司厂区和钢城生活区发生的生产安全事故、火灾、中毒窒息及其他突发事件的应急处置。预案体系由综合应急预案、煤气中毒、高温熔融金属、"
             "氧气火灾、危险化学品、生活区火灾、防汛等专项应急预案和岗位现场处置方案组成。",
             ("h", "2 风险分析"),
             "主要事故风险：煤气中毒和爆炸、高温熔融金属喷溅和钢水包倾覆、氧气管道火灾、起重伤害、车辆伤害；生活区高层住宅火灾、电动自行车火灾、燃气事故；幼儿园、老年活动中心人员密集场所突发事件。",
             ("h", "3 应急组织机构"),
             "公司成立应急救援指挥部，总经理任总指挥，分管安全副总经理任副总指挥。下设抢险救援组（保卫部专职消防队32人、气体防护站12人）、医疗救护组（职工医院急救人员18人、救护车4辆）、"
             "警戒疏散组（保卫部、生活服务公司）、后勤保障组、信息联络组。生活区火灾由生活服务公司和专职消防队先期处置，同时报告钢城消防救援站。",
             ("h", "4 响应分级"),
             "按事故严重程度和影响范围分为公司级（Ⅰ级）、厂（部）级（Ⅱ级）、车间（班组）级（Ⅲ级）三级响应。",
             ("h", "5 应急保障"),
             "应急物资：正压式空气呼吸器86套、便携式CO报警仪420台、消防车5辆、应急照明及担架等，分布在气防站、消防队和各生产单位应急柜。",
             ("h", "6 演练"),
             RULES["drill"],
             ("h", "附件：生活区火灾专项应急预案要点"),
             "高层住宅火灾：物业监控中心接警后1分钟内通知专职消防队和钢城消防救援站，楼栋长组织住户沿疏散楼梯撤离，严禁乘坐电梯；独居老人和行动不便人员由楼栋志愿者一对一协助疏散。",
             ("sig", [CO, cn("2023-10-30")]),
         ], author="孙海涛"))

    spec("drill2310", "2023-10-25", "C10", "docx", "东苑高层住宅火灾疏散演练记录", "生活服务公司", "东苑高层住宅火灾疏散演练记录（2023年生活区演练）", [7], [],
         render=lambda s: drill_record(s, DRILLS[0], [
             "东苑12栋15层住户厨房起火，烟气进入楼道。", "19:30物业监控中心接警，1分钟内通知专职消防队；楼栋长组织住户沿两部疏散楼梯撤离，志愿者协助4名独居老人疏散；专职消防队6分钟到场出水。",
             "全部236名住户9分钟内疏散至安全区域，独居老人疏散措施有效。", "疏散楼梯转角堆放杂物2处，已通知清理；部分住户不会使用室内消火栓，纳入家庭消防宣传。", "冯小平"]))

    spec("drill2311", "2023-11-16", "C10", "docx", "炼铁厂2号高炉煤气泄漏中毒应急演练记录", "炼铁厂", "炼铁厂煤气泄漏中毒应急演练记录", [7], [],
         render=lambda s: drill_record(s, DRILLS[1], [
             "2号高炉炉顶煤气放散管法兰泄漏，1名点检工中毒倒地。", "发现人报警后，班组按现场处置方案佩戴空气呼吸器救人，气防站8分钟到场，职工医院救护车12分钟到场，区域警戒、切断煤气。",
             "救援程序正确，气防站到场及时；中毒人员转移时间偏长。", "部分职工空气呼吸器佩戴超时，12月组织专项复训。", "邓建军"]))

    spec("photo2311", "2023-11-16", "C10", "jpg", "炼铁厂2号高炉煤气泄漏中毒应急演练照片", "炼铁厂", "照片：煤气泄漏演练（说明仅在目录）", [7], [],
         note="照片，摄影：邓建军", render=lambda s: write_photo(s, "gas", dt.datetime(2023, 11, 16, 9, 47, 12)))

    spec("m2023q4", "2023-12-20", "Y30", "docx", "促进委员会2023年第四季度例会纪要", PCO, "促进委员会2023年四季度例会纪要",
         [1], [12, 4], render=lambda s: minutes(
             s, "2023年12月20日下午2:30", "公司办公楼三楼会议室", "陈国栋", "促进委员会成员20人", [
                 "办公室汇报下半年工作：开展宣传培训%d场%d人次，排查隐患%d项，组织公司级演练%d次。" % (
                     len(train_in("2023-07-01", "2023-12-15")), n_people(train_in("2023-07-01", "2023-12-15")),
                     len([h for h in HAZ if h["found"] <= dt.date(2023, 12, 15)]), len(drills(2023))),
                 "各项目组汇报项目准备情况：通勤、防跌倒、充电、幼儿园四个项目已完成基础调查。",
             ], [
                 "2024年一季度完成2024年度安全生产（安全社区）目标责任书签订。",
                 "办公室1月中旬前完成2023年下半年工作总结，印发2024年度工作计划。",
                 "职工医院于1月中旬前完成2023年7—12月伤害监测分析。",
             ]))

    write_registers_2023()


def injury_sheet(s, rows, title, sub, datefmt):
    out = []
    for i, r in enumerate(rows, 1):
        d = r["date"]
        dv = d if datefmt == "excel" else (d.strftime("%Y-%m-%d") + f" {8 + i % 12:02d}:{(i * 7) % 60:02d}")
        out.append([i, dv, r["name"], r["sex"], r["age"], r["ptype"], r["addr"], r["place"], r["cause"], r["part"], r["sev"], r["disp"], r["gs"], r["rec"]])
    write_xlsx(s, [dict(name="伤害登记", title=title, sub=sub,
                        header=["序号", "就诊日期", "姓名", "性别", "年龄", "人员类别", "单位/住址", "伤害发生地点", "伤害原因", "受伤部位", "严重程度", "处置", "是否工伤", "登记人"],
                        rows=out, widths={2: 18, 7: 12, 8: 18, 9: 20})], author="钱丽娟")


def hazard_sheet(s, a, b, datefmt, title):
    carried, current = ledger_rows(a, b)
    asof = D(b)

    def f(d):
        if d is None:
            return None
        return d if datefmt == "excel" else (zh(d) if datefmt == "zh" else dots(d))

    def row(i, h, carry):
        st = "已完成" if not open_at(h, asof) else ("整改中" if h["deadline"] >= asof or h["note"] or h["level"] == "较大" else "未整改")
        return [i, f(h["found"]), h["kind"] + ("（上年结转）" if carry else ""), h["unit"], h["desc"], h["level"], h["unit"] if h["unit"] not in ("相关方",) else "安全环保部",
                h["measure"], f(h["deadline"]), f(h["done"]) if not open_at(h, asof) else None, st, h["note"] or None]
    rows = [row(i, h, True) for i, h in enumerate(carried, 1)]
    rows += [row(len(carried) + i, h, False) for i, h in enumerate(current, 1)]
    write_xlsx(s, [dict(name="隐患台账", title=title, sub=f"统计截至{zh(asof)}",
                        header=["序号", "排查日期", "排查类型", "单位/区域", "隐患描述", "隐患等级", "整改责任单位", "整改措施", "整改期限", "完成日期", "整改状态", "备注"],
                        rows=rows, widths={2: 14, 3: 16, 5: 40, 8: 30, 9: 14, 10: 14, 12: 30})])


def training_sheet(s, a, b, datefmt, title):
    rows = []
    for i, t in enumerate(train_in(a, b), 1):
        d = t["date"] if datefmt == "excel" else dots(t["date"])
        rows.append([i, d, t["cat"], t["content"], t["target"], t["org"], t["place"], t["n"], t["hours"], t["exam"]])
    write_xlsx(s, [dict(name="培训台账", title=title,
                        header=["序号", "日期", "类别", "培训（活动）内容", "对象", "组织单位", "地点", "人数", "学时", "考核方式"],
                        rows=rows, widths={2: 12, 3: 14, 4: 44, 5: 26, 6: 18})])


def write_registers_2023():
    spec("inj2023", "2023-12-31", "C10", "xlsx", "嘉钢职工医院伤害监测登记表（2023年7—12月）", HOSP, "伤害监测登记表（2023年7—12月，职工医院）", [9], [3],
         render=lambda s: injury_sheet(s, inj("2023-07-01", "2023-12-31"), "嘉钢职工医院伤害监测登记表（2023年7—12月）", "填报科室：急诊科、门诊部；汇总：预防保健科", "excel"))
    spec("haz2023", "2023-12-31", "C10", "xlsx", "隐患排查治理台账（2023年7—12月）", "安全环保部", "隐患排查治理台账（2023年下半年）", [8], [11, 3],
         render=lambda s: hazard_sheet(s, "2023-07-01", "2023-12-31", "excel", "嘉川钢铁有限责任公司隐患排查治理台账（2023年7—12月）"))
    spec("tr2023", "2023-12-31", "C10", "xlsx", "安全教育培训台账（2023年7—12月）", "安全环保部", "安全教育培训台账（2023年下半年）", [6], [],
         render=lambda s: training_sheet(s, "2023-07-01", "2023-12-31", "excel", "安全教育培训及宣传活动台账（2023年7—12月）"))


def pct(a, b):
    return f"{100 * (a - b) / b:+.1f}%"


def declare_2024():
    def h2_summary(s):
        t = train_in("2023-07-01", "2023-12-31")
        hz = [h for h in HAZ if h["found"] <= dt.date(2023, 12, 31)]
        write_docx(s, [
            ("h", "一、组织推进情况"),
            "2023年7月12日召开创建启动大会，成立了由总经理任主任、街道和交警、消防、派出所、社区居委会及相关方代表参加的促进委员会，印发了十项管理制度。"
            f"下半年促进委员会召开会议{len([m for m in MEETINGS if m[0] < '2024'])}次（含启动大会）。",
            ("h", "二、诊断和项目"),
            f"8—9月完成安全诊断，有效问卷1487份，辨识危险源{len(LEC)}项；确定五个安全促进项目，10月26日印发通勤、防跌倒、充电、幼儿园四个项目实施方案。",
            ("h", "三、主要工作"),
            f"开展宣传培训{len(t)}场、{n_people(t)}人次；排查隐患{len(hz)}项，已整改{len([h for h in hz if not open_at(h, '2023-12-31')])}项；"
            f"组织公司级应急演练{len(drills(2023))}次（东苑高层住宅火灾疏散、炼铁厂煤气泄漏）；职工医院登记伤害病例{len(inj('2023-07-01', '2023-12-31'))}例。",
            ("h", "四、存在的问题"),
            "全员参与程度不均衡，家属区居民对创建工作知晓率不高；部分单位档案移交不及时。",
            ("h", "五、2024年工作打算"),
            "全面实施安全促进项目，按制度每季度召开促进委员会例会，一季度签订年度目标责任书，组织公司级演练不少于4次。",
            sig(PCO, "2024-01-10", cnform=False),
        ])

    spec("sum2023", "2024-01-10", "Y30", "docx", "2023年下半年安全社区创建工作总结", PCO, "2023年下半年工作总结（2024年1月形成）", [12], [4, 1], render=h2_summary)

    spec("ana2023", "2024-01-12", "C10", "docx", "2023年7—12月伤害监测分析报告", HOSP, "伤害监测分析（2023年7—12月，2024年1月形成）", [9], [3],
         render=lambda s: ana(s, "2023-07-01", "2023-12-31", "2023年7—12月", "docx"))

    def plan2024(s):
        body = ["各单位、各部门：",
                "现将《2024年度安全社区工作计划》印发给你们，请结合实际抓好落实。",
                ("c", "2024年度安全社区工作计划"),
                "本计划期为2024年1月1日至2024年12月31日，是公司安全社区创建的全面实施年。",
                ("h", "一、年度目标"),
                "（一）不发生较大及以上生产安全事故和亡人火灾；（二）伤害发生总数较基线下降10%以上；（三）老年人跌倒、通勤交通伤害较基线各下降15%以上；"
                "（四）新员工三级安全教育率、相关方入厂教育率100%；（五）完成适老化改造150户、建成集中充电棚12处。",
                ("h", "二、重点工作"),
                "1. 组织管理：促进委员会每季度召开例会；一季度签订2024年度目标责任书；12月组织年度总结评审（2025年1月中旬前形成评审报告）。",
                "2. 安全促进项目：通勤、防跌倒、充电、幼儿园项目全面实施；4月前印发高温作业职业健康项目实施方案，高温季后（10月）开展效果评估；"
                "充电棚4月底前建成投用。",
                "3. 宣传教育培训：新员工三级安全教育、相关方入厂教育100%；班组每周一次安全活动；生活区每季度至少一次安全宣传。",
                "4. 隐患排查治理：落实日常、专项、综合检查，隐患按期整改；配合集团公司年度安全综合检查。",
                "5. 伤害监测：职工医院逐例登记、每月报送，7月、次年1月分别形成半年和年度伤害分析。",
                ("h", "三、2024年公司级应急演练计划"),
                ("t", [["序号", "时间", "演练项目", "牵头单位"]] + [[i, m, n, u] for i, (m, n, u) in enumerate(PLAN_2024_DRILLS, 1)]),
                ("sig", ["嘉川钢铁有限责任公司安全生产委员会", cn("2024-01-18")])]
        write_docx(s, body, red=RED_AW, oa=("JGOA-2024-000318", "16:22:05"), cc=CC_CO, author="孙海涛")

    spec("plan2024", "2024-01-18", "Y30", "docx", "关于印发《2024年度安全社区工作计划》的通知", "嘉川钢铁有限责任公司安全生产委员会",
         "2024年度工作计划（红头，嘉钢安〔2024〕3号，含4次演练计划）", [4], [7, 6, 1], docno="嘉钢安〔2024〕3号", render=plan2024)

    def targets(s):
        units = [("炼铁厂", "邓建军"), ("炼钢厂", "黄志强"), ("轧钢厂", "许明"), ("动力厂", "唐立"), ("运输部", "郭振华"), ("机修厂", "潘永刚"),
                 ("安全环保部", "孙海涛"), ("人力资源部", "罗静"), ("保卫部", "韩卫东"), ("生活服务公司", "马红梅"), (HOSP, "吴启明"), (KG, "蒋慧"),
                 ("离退休管理中心", "何建国"), ("工会", "刘淑芬"), ("团委", "杨帆"), ("物资供应部", "胡国庆"), ("技术中心", "梁文斌")]
        rnd = R("targets")
        rows = [[i, u, "周立新", who, dt.date(2024, 2, 27) - days(rnd.choice([0, 0, 0, 1, 2])),
                 "杜绝较大及以上事故；千人负伤率≤0.8‰；隐患按期整改率100%；" + ("伤害监测逐例登记" if u == HOSP else "承担安全促进项目任务" if u in ("运输部", "生活服务公司", "保卫部", KG, "炼钢厂") else "三级教育率100%"),
                 "已签订"] for i, (u, who) in enumerate(units, 1)]
        write_xlsx(s, [dict(name="签订汇总", title="2024年度安全生产（安全社区）目标责任书签订汇总表",
                            header=["序号", "责任单位", "甲方（公司）", "乙方（单位负责人）", "签订日期", "主要考核指标", "状态"], rows=rows, widths={2: 16, 6: 56})])

    spec("target2024", "2024-02-27", "Y30", "xlsx", "2024年度安全生产（安全社区）目标责任书签订汇总表", "安全环保部", "2024年度目标责任书签订汇总（17个单位）",
         [4], [1], render=targets)

    spec("m2024q1", "2024-03-26", "Y30", "docx", "促进委员会2024年第一季度例会纪要", PCO, "促进委员会2024年一季度例会纪要", [1], [2, 5], render=lambda s: minutes(
        s, "2024年3月26日下午2:30", "公司办公楼三楼会议室", "陈国栋", "促进委员会成员21人，各项目组组长", [
            "办公室汇报：2月27日公司与17个二级单位签订2024年度目标责任书；四届三次职代会收到安全类提案10件，已于3月22日立案交承办部门。",
            "防跌倒项目组汇报：适老化改造3月启动，已受理申请%d户。" % len([r for r in RETRO if r[6] <= dt.date(2024, 3, 26)]),
            "充电项目组汇报：12处集中充电棚已完成9处，4月底全部投用。",
            "数据统计组汇报：一季度（截至3月25日）登记伤害病例%d例。" % len(inj("2024-01-01", "2024-03-25")),
        ], ["各承办部门在立案之日起3个月内书面答复职代会安全提案。", "炼钢厂牵头于4月中旬前制定高温作业职业健康促进项目实施方案。", "5月组织炼钢厂钢水包倾覆应急演练。"]))

    spec("heatplan", "2024-04-15", "Y30", "docx", "高温作业职业健康促进项目实施方案", "炼钢厂", "高温作业职业健康促进项目实施方案（高温季后10月评估）", [5], [4],
         render=lambda s: write_docx(s, [
             ("b", "项目组组长：黄志强　　成员单位：炼钢厂、炼铁厂、安全环保部、职工医院、工会"),
             ("h", "一、项目背景"),
             f"基线期（2022年夏季）高温岗位发生中暑{BASE['heat']}例，2023年7—9月又发生{len(inj('2023-07-01', '2023-09-30', 'heat'))}例，集中在炼钢厂炉前、浇钢和炼铁厂出铁场。"
             "全公司接触高温作业职工1126人。",
             ("h", "二、项目目标"), "2024年高温季中暑病例较基线下降50%以上，不发生重症中暑；高温岗位职工在岗职业健康检查率100%。",
             ("h", "三、干预措施"),
             "1. 高温岗位休息室加装空调，设置清凉饮品供应点；2. 实行高温时段轮换作业和“做两头、歇中间”；3. 职工医院开展岗前、在岗职业健康检查，职业禁忌证人员调岗；"
             "4. 开展防暑降温和中暑急救培训；5. 工会“送清凉”到班组。",
             ("h", "四、效果评估"), "2024年高温季结束后（10月），由项目组开展效果评估，形成评估报告报促进委员会。",
             sig("高温作业职业健康项目组", "2024-04-15", cnform=False),
         ], author="黄志强"))

    spec("chargeok", "2024-04-28", "C10", "docx", "生活区电动自行车集中充电设施竣工验收记录", "保卫部", "集中充电棚竣工验收记录（充电项目实施）", [5], [8],
         render=lambda s: write_docx(s, [
             ("t", [["项目名称", "钢城生活区电动自行车集中充电棚建设", "验收日期", "2024.4.28"],
                    ["建设内容", "东苑4处、西苑3处、南苑2处、钢花新村3处，共12处，智能充电口620个", "施工单位", "嘉川宏达建安工程公司"]]),
             ("h", "验收意见"),
             "充电棚采用不燃材料搭建，每处配置烟感报警、视频监控和4具以上灭火器，充电口具备充满自停、过载断电功能，符合设计要求，同意验收投用。",
             ("h", "验收组"), "韩卫东（保卫部）、马红梅（生活服务公司）、曾凯（钢城消防救援站）、李晓雯（促进委员会办公室）",
             ("sig", ["电动自行车安全充电项目组", "2024.4.28"]),
         ], author="韩卫东"))

    spec("network", "2024-05-16", "C10", "docx", "关于参加全省企业安全社区建设经验交流会的情况报告", PCO, "参加全省企业安全社区经验交流会情况报告（网络交流）", [2], [12],
         render=lambda s: write_docx(s, [
             "促进委员会：",
             "2024年5月14—15日，省安全生产协会在江州市举办全省企业安全社区建设经验交流会。我公司陈国栋、孙海涛、李晓雯一行3人参加，"
             "并在会上作了题为《厂区生活区一体推进企业型安全社区创建》的交流发言。会议期间参观了江州港务集团安全社区，学习了其港区通勤交通安全和职工家属区防跌倒项目做法。",
             "会后建议：一是借鉴江州港务集团做法，在头盔劝导中引入积分奖励；二是建立与兄弟企业安全社区的定期交流机制；三是组织人员参加全国安全社区网络年会。",
             sig(PCO, "2024-05-16", cnform=False),
         ]))

    spec("drill2405", "2024-05-22", "C10", "pdf", "炼钢厂钢水包倾覆（高温熔融金属喷溅）应急演练记录", "炼钢厂", "钢水包倾覆应急演练记录（2024年第1次）", [7], [],
         render=lambda s: drill_pdf(s, DRILLS[2], [
             "1号转炉出钢后钢水包吊运途中一侧耳轴脱钩，钢水包倾斜，熔融金属喷溅，2名作业人员灼烫。",
             "行车司机立即停车并报警，班长组织人员撤离危险区域、设置警戒；专职消防队7分钟到场用干砂覆盖；职工医院救护人员对2名“伤员”进行烧伤急救并转运。",
             "报警、撤离和警戒及时；干砂储备点距离偏远，影响处置时间。", "在转炉跨增设2处干砂储备点；修订钢水包吊运现场处置方案。"], "黄志强"))

    spec("m2024q2", "2024-06-27", "Y30", "docx", "促进委员会2024年第二季度例会纪要", PCO, "促进委员会2024年二季度例会纪要", [1], [2, 7], render=lambda s: minutes(
        s, "2024年6月27日下午2:30", "公司办公楼三楼会议室", "陈国栋", "促进委员会成员20人", [
            "办公室汇报：上半年组织钢水包倾覆、幼儿园消防疏散两次演练；职代会安全提案10件，已答复%d件。" % len(
                [p for p in PROPOSALS if p[0] == "四届三次" and p[7] and D(p[7]) <= dt.date(2024, 6, 27)]),
            "充电项目组汇报：12处集中充电棚4月28日验收投用，每周开展楼道飞线充电巡查。",
            "高温项目组汇报：高温岗位休息室空调已安装18台，6月起实行高温时段轮换。",
        ], ["未答复的提案由运输部、轧钢厂、职工医院抓紧书面答复。", "9月组织动力厂氧气管道泄漏着火应急演练，11月组织家属区（西苑）高层住宅火灾疏散演练。",
            "职工医院7月中旬前完成上半年伤害监测分析。"]))

    spec("drill2406", "2024-06-14", "C10", "docx", "嘉钢幼儿园消防疏散演练记录", KG, "幼儿园消防疏散演练记录（2024年第2次）", [7], [5],
         render=lambda s: drill_record(s, DRILLS[3], [
             "幼儿园厨房操作间起火，烟雾向二楼蔓延。", "10:00园长发布疏散指令，各班教师按疏散路线带领幼儿用湿毛巾捂口鼻、弯腰撤离，保育员清点人数；专职消防队到场示范灭火。",
             "在园幼儿421名、教职工42名3分30秒全部疏散到操场，无人员遗漏。", "小班幼儿撤离速度慢，增加每班疏散引导员1名。", "蒋慧"]))

    spec("photo2406", "2024-06-14", "C10", "jpg", "嘉钢幼儿园消防疏散演练照片", KG, "照片：幼儿园消防疏散演练（说明仅在目录）", [7], [5],
         note="照片，摄影：蒋慧", render=lambda s: write_photo(s, "kg_fire", dt.datetime(2024, 6, 14, 10, 3, 41)))

    spec("ana2024h1", "2024-07-15", "C10", "pdf", "2024年上半年伤害监测分析报告", HOSP, "伤害监测分析（2024年上半年，PDF）", [9], [3],
         render=lambda s: ana(s, "2024-01-01", "2024-06-30", "2024年1—6月", "pdf"))

    spec("accident", "2024-08-09", "Y30", "docx", "轧钢厂“8·08”机械伤害事故调查处理报告", "安全环保部", "轧钢厂机械伤害事故调查处理报告（四不放过）", [9], [11],
         render=lambda s: write_docx(s, [
             ("h", "一、事故经过"),
             "2024年8月8日15时20分，轧钢厂精整工段职工韩某（34岁）在处理辊道卡钢时，未执行停机挂牌上锁程序，右手被运转的辊道夹伤，经职工医院救治后住院治疗，诊断为右手掌挤压伤、第三掌骨骨折，属轻伤事故。",
             ("h", "二、原因分析"),
             "直接原因：韩某违章在设备运转状态下处理卡钢。间接原因：精整工段能量隔离制度执行不严，班组安全活动未针对卡钢处理开展风险辨识；辊道旁无紧急停机拉绳。",
             ("h", "三、责任处理"), "对韩某进行安全再教育并按制度考核；对精整工段工段长、轧钢厂分管安全副厂长分别进行考核。",
             ("h", "四、纠正和预防措施"),
             "1. 轧钢厂8月底前在辊道旁加装紧急停机拉绳；2. 全公司开展为期一个月的能量隔离（挂牌上锁）专项检查；3. 将卡钢处理纳入班组安全活动和岗位风险告知卡。",
             "事故按“四不放过”原则处理完毕，措施落实情况由安全环保部于9月验证。",
             sig("安全环保部", "2024-08-09", cnform=False),
         ], author="孙海涛"))

    spec("drill2409", "2024-09-19", "C10", "docx", "动力厂氧气管道泄漏着火应急演练记录", "动力厂", "氧气管道泄漏着火应急演练记录（2024年第3次）", [7], [],
         render=lambda s: drill_record(s, DRILLS[4], [
             "制氧站至炼钢厂氧气管道调压阀组法兰泄漏并着火。", "巡检工发现后报警，调度切断上游阀门、启动氮气置换；专职消防队冷却周边管线；警戒组疏散周边外协施工人员25人。",
             "阀门切断和置换操作规范；外协人员疏散集合点不明确。", "在氧气管网区域增设疏散集合点标识，对外协单位进行应急告知。", "唐立"]))

    def heat_eval(s):
        h23 = len(inj("2023-07-01", "2023-09-30", "heat"))
        h24 = len(inj("2024-06-01", "2024-09-30", "heat"))
        write_docx(s, [
            ("h", "一、评估方法"),
            "对照项目实施方案目标，采用职工医院伤害监测数据、职业健康检查结果和高温岗位职工问卷（发放300份，有效286份）进行评估。",
            ("h", "二、措施落实情况"),
            "高温岗位休息室加装空调18台，设置清凉饮品供应点26处；炼钢厂、炼铁厂6—9月实行高温时段轮换作业；职工医院完成高温作业职工在岗职业健康检查1126人，"
            "发现职业禁忌证12人，已全部调岗；开展防暑降温和中暑急救培训。",
            ("h", "三、效果"),
            ("t", [["指标", "基线", "2023年高温季", "2024年高温季", "目标"],
                   ["中暑病例（例）", BASE["heat"], h23, h24, "较基线下降50%以上"],
                   ["重症中暑（例）", 2, 1, 0, "0"],
                   ["在岗职业健康检查率", "86.5%", "—", "100%", "100%"]]),
            f"2024年高温季中暑{h24}例，较基线{BASE['heat']}例下降{100 * (BASE['heat'] - h24) / BASE['heat']:.0f}%，" +
            ("达到项目目标。" if h24 <= BASE["heat"] / 2 else "未达到项目目标。") + "职工对防暑措施满意率91.6%。",
            ("h", "四、改进建议"), "2025年将高温岗位轮换制度固化到作业规程，并将外协人员纳入职业健康检查范围。",
            sig("高温作业职业健康项目组", "2024-10-15", cnform=False),
        ], author="黄志强")

    spec("heateval", "2024-10-15", "Y30", "docx", "高温作业职业健康促进项目效果评估报告", "高温作业职业健康项目组", "高温项目效果评估报告", [5], [12], render=heat_eval)

    def group_check(s):
        grp = [h for h in HAZ if h["kind"] == "集团检查"]
        write_pdf(s, [
            "嘉川钢铁有限责任公司：",
            "按照集团公司年度安全生产综合检查安排，集团检查组于2024年11月5日对你公司厂区和生活区进行了检查。你公司安全社区创建工作推进有序，厂区与生活区安全管理一体化有特色。检查发现的问题如下：",
            ("t", [["序号", "单位/区域", "问题", "整改期限"]] + [[i, h["unit"], h["desc"], zh(h["deadline"])] for i, h in enumerate(grp, 1)]),
            "请你公司按期整改，于2024年12月15日前将整改情况书面报集团公司安全环保部。对较大隐患实行挂牌督办。",
            ("sig", [GROUP + "安全环保部", cn("2024-11-08")]),
        ], red=RED_GROUP, author="集团安全环保部")

    spec("groupchk", "2024-11-08", "C10", "pdf", "关于嘉川钢铁有限责任公司2024年度安全生产综合检查情况的通报", GROUP,
         "集团公司安全综合检查通报（红头PDF，嘉钢集团安〔2024〕31号，12项问题）", [8], [11], docno="嘉钢集团安〔2024〕31号", render=group_check)

    def rect_report(s):
        grp = [h for h in HAZ if h["kind"] == "集团检查"]
        asof = dt.date(2024, 12, 13)
        done = [h for h in grp if not open_at(h, asof)]
        rows = [[i, h["desc"], h["measure"], "已完成（" + dots(h["done"]) + "）" if not open_at(h, asof) else f"正在整改，计划{zh(h['deadline'])}前完成"]
                for i, h in enumerate(grp, 1)]
        write_docx(s, [
            "集团公司安全环保部：",
            f"针对集团检查通报（嘉钢集团安〔2024〕31号）指出的{len(grp)}项问题，公司逐项制定整改措施，明确责任单位和期限。截至12月13日，已完成整改{len(done)}项，"
            f"{len(grp) - len(done)}项正在整改。其中轧钢厂加热炉区域煤气主管道腐蚀减薄属较大隐患，已制定治理方案，采取加密测厚、设置警戒区、增设CO监测点等临时措施，计划2025年3月31日前完成管段更换。",
            ("t", [["序号", "问题", "整改措施", "整改情况"]] + rows),
            "公司举一反三，组织各单位对照检查问题开展自查，并将检查问题纳入隐患排查治理台账跟踪销号。",
            ("sig", [CO, cn("2024-12-13")]),
        ], red=RED_CO, oa=("JGOA-2024-009954", "11:37:40"), author="孙海涛")

    spec("rect", "2024-12-13", "Y30", "docx", "关于集团公司安全生产综合检查问题整改情况的报告", CO, "集团检查问题整改情况报告（红头，嘉钢安〔2024〕26号）",
         [11], [8], docno="嘉钢安〔2024〕26号", render=rect_report)

    def m2024q4(s):
        t = train_in("2024-01-01", "2024-12-20")
        minutes(s, "2024年12月24日下午2:30", "公司办公楼三楼会议室", "陈国栋", "促进委员会成员22人，各项目组组长", [
            "办公室汇报：受三季度设备集中检修和迎接集团检查影响，三季度例会未按期召开，相关事项在本次会议一并研究。",
            "全年组织公司级应急演练%d次（钢水包倾覆、幼儿园消防疏散、氧气管道泄漏着火），原定11月的家属区（西苑）高层住宅火灾疏散演练因西苑燃气管网改造施工未组织，顺延至2025年下半年。" % len(drills(2024)),
            "截至12月20日，全年开展宣传培训%d场、%d人次；集团检查%d项问题已完成%d项，其余按整改报告推进，煤气管道更换纳入2025年一季度。" % (
                len(t), n_people(t), len([h for h in HAZ if h["kind"] == "集团检查"]),
                len([h for h in HAZ if h["kind"] == "集团检查" and not open_at(h, "2024-12-24")])),
            "防跌倒项目组汇报：全年完成适老化改造%d户。" % len(RETRO),
        ], ["办公室1月中旬前完成2024年度安全社区工作总结，组织年度评审，形成评审报告。", "2025年上半年为创建期最后半年，办公室1月下旬前印发上半年工作计划。",
            "各项目组按方案做好效果评估准备。"])

    spec("m2024q4", "2024-12-24", "Y30", "docx", "促进委员会2024年第四季度例会纪要", PCO, "促进委员会2024年四季度例会纪要（承认三季度例会未召开、冬季演练未组织）",
         [1], [7, 12], render=m2024q4)

    spec("retro", "2024-12-31", "C10", "xlsx", "家属区老年人家庭适老化改造登记表（2024年）", "生活服务公司", "适老化改造登记（138户，防跌倒项目）", [5], [],
         render=lambda s: write_xlsx(s, [dict(name="改造登记", title="钢城生活区老年人家庭适老化改造登记表（2024年）",
                                              header=["序号", "家属区", "楼栋单元", "户主", "年龄", "是否独居", "改造内容", "申请日期", "完工日期", "验收人", "费用（元）"],
                                              rows=[[i, *r] for i, r in enumerate(RETRO, 1)], widths={3: 14, 7: 30, 8: 12, 9: 12})], author="马红梅"))
    spec("inj2024", "2024-12-31", "C10", "xlsx", "嘉钢职工医院伤害监测登记表（2024年）", HOSP, "伤害监测登记表（2024年，职工医院）", [9], [3],
         render=lambda s: injury_sheet(s, inj("2024-01-01", "2024-12-31"), "嘉钢职工医院伤害监测登记表（2024年）", "填报科室：急诊科、门诊部；汇总：预防保健科", "excel"))
    spec("haz2024", "2024-12-31", "C10", "xlsx", "隐患排查治理台账（2024年）", "安全环保部", "隐患排查治理台账（2024年）", [8], [11, 3],
         render=lambda s: hazard_sheet(s, "2024-01-01", "2024-12-31", "zh", "嘉川钢铁有限责任公司隐患排查治理台账（2024年）"))
    spec("tr2024", "2024-12-31", "C10", "xlsx", "安全教育培训台账（2024年）", "安全环保部", "安全教育培训台账（2024年；当年培训只以台账行记录）", [6], [],
         render=lambda s: training_sheet(s, "2024-01-01", "2024-12-31", "dots", "安全教育培训及宣传活动台账（2024年）"))


ELEMENT_NAMES = ["安全社区创建机构与职责", "信息交流和全员参与", "事故与伤害风险辨识及其评价", "事故与伤害预防目标及计划", "安全促进项目",
                 "宣传教育与培训", "应急预案和响应", "监测与监督", "事故与伤害记录", "安全社区创建档案", "预防与纠正措施", "评审与持续改进"]
INDICATORS = [
    ["跨部门促进委员会", "项目组及工作组", "工作制度和职责", "例会制度执行", "经费保障"],
    ["信息交流渠道", "意见建议和提案处理", "志愿者和社会组织", "安全社区网络交流"],
    ["风险辨识评价制度", "安全诊断", "伤害调查和需求调查", "高危人群、高风险环境、脆弱群体"],
    ["长期目标和规划", "年度计划", "目标责任落实"],
    ["项目覆盖重点领域", "项目实施方案", "项目实施记录", "高危人群和脆弱群体项目", "项目效果评估", "项目持续改进"],
    ["宣传教育培训制度", "三级安全教育和相关方教育", "班组安全活动", "生活区宣传"],
    ["应急预案体系", "应急队伍和物资", "应急演练", "演练评估和改进"],
    ["隐患排查治理", "外部监督检查", "项目过程监测", "相关方监督"],
    ["伤害监测制度", "伤害登记连续完整", "伤害统计分析", "事故调查处理"],
    ["档案管理制度", "档案整理归档", "档案目录和查阅"],
    ["隐患整改闭环", "事故和事件纠正措施", "检查问题整改", "措施验证"],
    ["年度总结评审", "外部评审意见落实", "项目评估结果应用", "持续改进措施", "自评"],
]
DEDUCT = {(0, 3): (2.2, "2024年三季度促进委员会例会未召开"), (0, 4): (2.8, ""), (1, 3): (2.7, ""), (2, 2): (2.8, ""),
          (3, 2): (1.8, "2025年度目标责任书未在一季度签订"), (3, 1): (2.8, ""), (4, 4): (1.8, "电动自行车充电项目效果评估未完成"), (4, 5): (2.7, ""),
          (5, 2): (2.8, ""), (6, 2): (1.8, "2024年家属区高层住宅火灾疏散演练未组织"), (6, 3): (2.7, ""), (7, 2): (2.8, ""),
          (8, 1): (1.2, "2025年4月起伤害监测登记中断"), (8, 2): (2.2, "2025年上半年伤害分析未形成"), (9, 2): (2.8, ""),
          (10, 0): (1.6, "部分隐患逾期未整改"), (10, 3): (2.8, ""), (11, 1): (2.7, ""), (11, 3): (2.8, "")}


def self_scores():
    rows, per = [], []
    for e, inds in enumerate(INDICATORS):
        tot = 0
        for k, name in enumerate(inds):
            sc, why = DEDUCT.get((e, k), (3.0, ""))
            rows.append([f"{e + 1}.{k + 1}", f"{e + 1} {ELEMENT_NAMES[e]}", name, 3, sc, why])
            tot += sc
        per.append(round(tot, 1))
    return rows, per


def declare_2025():
    spec("corr", "2025-01-06", "C10", "docx", "纠正和预防措施通知单（东苑3号充电棚电动自行车起火事件）", "保卫部", "纠正预防措施通知单（充电棚起火事件）", [11], [5, 9],
         render=lambda s: write_docx(s, [
             ("t", [["编号", "JZYF-2025-01", "下达日期", "2025-01-06"], ["责任单位", "保卫部、生活服务公司", "完成期限", "2025-02-28"]]),
             ("h", "一、事件描述"),
             "2024年12月30日21时10分，东苑3号集中充电棚内一辆电动自行车电池起火，烟感报警后值守人员用灭火器扑灭，未造成人员伤亡和其他车辆损坏。经查，该车私自更换了非原厂锂电池。",
             ("h", "二、原因分析"), "个别住户私自改装、更换非原厂电池；充电棚入棚检查未覆盖电池改装。",
             ("h", "三、纠正措施"), "1. 对四个家属区充电棚车辆开展电池改装排查；2. 充电棚张贴禁止改装电池车辆入棚告示，值守人员入棚抽查。",
             ("h", "四、预防措施"), "3. 12处充电棚加装自动灭火装置；4. 开展电动自行车电池安全宣传。",
             ("h", "五、验证"), "2025年2月26日验证：排查车辆2,316辆，发现改装电池23辆并劝离；12处充电棚自动灭火装置已安装。验证人：韩卫东。",
             ("sig", [PCO, "2025-01-06"]),
         ], author="韩卫东"))

    spec("ana2024", "2025-01-14", "C10", "docx", "2024年度伤害监测分析报告", HOSP, "伤害监测分析（2024年度，2025年1月形成）", [9], [3],
         render=lambda s: ana(s, "2024-01-01", "2024-12-31", "2024年", "docx"))

    def review2024(s):
        t = train_in("2024-01-01", "2024-12-31")
        hz = [h for h in HAZ if dt.date(2024, 1, 1) <= h["found"] <= dt.date(2024, 12, 31)]
        i24 = inj("2024-01-01", "2024-12-31")
        f24, tr24 = len([r for r in i24 if r["cat"] == "fall60"]), len([r for r in i24 if r["cat"] == "traffic"])
        m24 = [m for m in MEETINGS if m[0].startswith("2024")]
        write_docx(s, [
            ("b", "评审时间：2025年1月15日　　评审地点：公司办公楼三楼会议室"),
            ("b", "评审组：陈国栋（组长）、刘淑芬、王建平、孙海涛、罗静、吴启明，特邀东岭区应急管理局龚志远"),
            ("h", "一、2024年度目标完成情况"),
            ("t", [["目标", "计划值", "完成情况", "结论"],
                   ["较大及以上生产安全事故、亡人火灾", "0", "0", "完成"],
                   ["伤害发生总数较基线下降", "10%以上", pct(len(i24), BASE_TOTAL), "完成" if len(i24) <= 0.9 * BASE_TOTAL else "未完成"],
                   ["老年人跌倒伤害较基线下降", "15%以上", pct(f24, BASE["fall60"]), "完成" if f24 <= 0.85 * BASE["fall60"] else "未完成"],
                   ["通勤交通伤害较基线下降", "15%以上", pct(tr24, BASE["traffic"]), "完成" if tr24 <= 0.85 * BASE["traffic"] else "未完成"],
                   ["适老化改造", "150户", f"{len(RETRO)}户", "基本完成"],
                   ["集中充电棚", "12处", "12处", "完成"]]),
            ("h", "二、主要工作"),
            f"促进委员会全年召开例会{len(m24)}次，三季度例会未召开；开展宣传培训{len(t)}场、{n_people(t)}人次（见2024年安全教育培训台账）；"
            f"排查隐患{len(hz)}项，年内整改{len([h for h in hz if not open_at(h, '2024-12-31')])}项；组织公司级应急演练{len(drills(2024))}次，"
            "计划中的家属区（西苑）高层住宅火灾疏散演练未组织；职工医院登记伤害病例%d例，完成半年和年度伤害分析；高温作业项目完成效果评估，2024年高温季中暑%d例。" % (
                len(i24), len(inj("2024-06-01", "2024-09-30", "heat"))),
            ("h", "三、评审结论"),
            "评审组认为，2024年度安全社区管理体系运行基本有效，安全促进项目按计划推进，主要伤害指标下降明显。存在的主要问题：一是促进委员会三季度例会未召开，例会制度执行不到位；"
            "二是年度演练计划未全部完成，生活区演练缺项；三是集团检查指出的煤气管道较大隐患尚未完成整改；四是部分单位档案移交滞后。",
            ("h", "四、2025年改进措施"),
            "1. 严格执行例会制度，例会时间提前列入公司月度工作安排；2. 2025年下半年补做家属区高层住宅火灾疏散演练；3. 煤气管道更换列入挂牌督办，3月底前完成；"
            "4. 各项目组5—6月完成效果评估；5. 一季度签订2025年度目标责任书。",
            sig(PC, "2025-01-16", cnform=False),
        ])

    spec("review2024", "2025-01-16", "Y30", "docx", "2024年度安全社区工作总结暨管理评审报告", PC, "2024年度工作总结暨管理评审报告（2025年1月形成，归2025年度）",
         [12], [4, 11, 1], render=review2024)

    def plan2025(s):
        write_docx(s, [
            "各单位、各部门：",
            "2025年上半年是公司安全社区创建期（2023年7月1日—2025年6月30日）的最后半年。现将《2025年上半年安全社区工作计划》印发给你们，请抓好落实。",
            ("c", "2025年上半年安全社区工作计划"),
            ("h", "一、目标"), "巩固创建成果，完成各项目效果评估和创建期目标考核，6月底前完成全部创建任务，7月开展自查整档。",
            ("h", "二、重点工作"),
            "1. 3月底前签订2025年度安全生产（安全社区）目标责任书。",
            "2. 促进委员会3月、6月召开季度例会。",
            "3. 5月完成通勤、防跌倒、充电项目效果评估，6月完成幼儿园项目效果评估。",
            "4. 煤气管道较大隐患3月31日前完成整改；逾期隐患挂牌督办。",
            "5. 职工医院坚持伤害逐例登记，7月中旬前完成上半年伤害监测分析。",
            "6. 组织公司级应急演练：",
            ("t", [["序号", "时间", "演练项目", "牵头单位"]] + [[i, m, n, u] for i, (m, n, u) in enumerate(PLAN_2025_DRILLS, 1)]),
            ("sig", ["嘉川钢铁有限责任公司安全生产委员会", cn("2025-01-22")]),
        ], red=RED_AW, oa=("JGOA-2025-000407", "09:48:33"), cc=CC_CO, author="孙海涛")

    spec("plan2025", "2025-01-22", "Y30", "docx", "关于印发《2025年上半年安全社区工作计划》的通知", "嘉川钢铁有限责任公司安全生产委员会",
         "2025年上半年工作计划（红头，嘉钢安〔2025〕2号，承诺3月底前签订责任书）", [4], [7, 5], docno="嘉钢安〔2025〕2号", render=plan2025)

    spec("three2503", "2025-03-11", "C10", "docx", "2025年新入职员工三级安全教育记录", "人力资源部", "2025年新员工三级安全教育记录", [6], [],
         render=lambda s: write_docx(s, [
             ("t", [["教育对象", "2025年新入职员工44人", "教育时间", "2025年3月11日—3月14日"], ["学时", "24学时（公司级8、厂级8、班组级8）", "考核", "闭卷考试，合格44人"]]),
             ("h", "公司级教育内容"), "安全生产法律法规和公司安全管理制度；安全社区创建和厂区、生活区主要风险；煤气、高温熔融金属、有限空间等重大风险防范；应急处置和自救互救。",
             ("h", "厂级和班组级教育"), "由炼铁厂、炼钢厂、轧钢厂、动力厂分别组织岗位风险、操作规程、劳动防护用品使用和班组安全活动要求教育，师徒合同签订44份。",
             ("sig", ["人力资源部　安全环保部", "2025.3.14"]),
         ], author="罗静"))

    def district(s):
        write_pdf(s, [
            "嘉川钢铁有限责任公司：",
            "2025年3月14日，区安委办督导组对你公司安全社区创建工作进行了督导检查。督导组查阅了创建档案，抽查了厂区、生活区现场，与职工和居民代表进行了座谈。",
            ("h", "一、总体评价"),
            "你公司创建组织机构健全，厂区和生活区资源整合较好，安全促进项目针对性强，伤害监测数据来源可靠，档案按件整理、规范有序。",
            ("h", "二、存在问题"),
            "1. 职代会安全提案办理台账中，2024年有3件提案无答复记录，未按你公司制度在3个月内答复；2. 伤害监测数据尚未与工伤统计、交警事故数据比对分析；"
            "3. 轧钢厂煤气管道较大隐患整改期限临近（3月31日），应确保按期完成；4. 2025年度目标责任书尚未签订。",
            ("h", "三、整改要求"), "请你公司对照上述问题抓好整改，在创建自评报告中说明整改情况。",
            ("sig", ["东岭区安全生产委员会办公室", cn("2025-03-18")]),
        ], red=RED_DIST, author="龚志远")

    spec("district", "2025-03-18", "C10", "pdf", "关于嘉川钢铁有限责任公司安全社区创建工作督导检查意见的函", "东岭区安全生产委员会办公室",
         "区安委办督导检查意见（红头PDF，东岭安委办〔2025〕6号）", [8], [12, 2], docno="东岭安委办〔2025〕6号", render=district)

    spec("m2025q1", "2025-03-25", "Y30", "docx", "促进委员会2025年第一季度例会纪要", PCO, "促进委员会2025年一季度例会纪要（目标责任书暂缓）", [1], [4, 2], render=lambda s: minutes(
        s, "2025年3月25日下午2:30", "公司办公楼三楼会议室", "陈国栋", "促进委员会成员21人，各项目组组长", [
            "办公室通报区安委办督导检查意见（东岭安委办〔2025〕6号）及整改安排。",
            "2025年度目标责任书：集团公司2025年安全生产考核办法尚未下发，为保持考核指标一致，目标责任书待集团考核办法下发后再签订。",
            "四届四次职代会收到安全类提案7件，已于3月20日立案。",
            "煤气管道更换：因需停炉，轧钢厂申请延期至7月年修期间实施，期间落实加密测厚和监护措施。",
        ], ["运输部、轧钢厂、职工医院4月底前书面答复2024年未答复的职代会提案。", "4月组织轧钢厂加热炉煤气泄漏演练，5月组织幼儿园防震疏散演练。",
            "各项目组按计划5—6月完成效果评估。"]))

    spec("drill2504", "2025-04-17", "C10", "docx", "轧钢厂加热炉煤气泄漏应急演练记录", "轧钢厂", "轧钢厂煤气泄漏应急演练记录（2025年第1次）", [7], [],
         render=lambda s: drill_record(s, DRILLS[5], [
             "2号加热炉烧嘴前煤气管道法兰泄漏，CO报警仪报警，1名巡检工头晕。", "操作工切断烧嘴前阀门、启动蒸汽吹扫，气防站9分钟到场，职工医院救护车到场转运“中毒人员”，保卫部设置警戒。",
             "处置程序正确；结合煤气主管道腐蚀隐患，增加了临时监护措施演练。", "现场处置方案增加主管道泄漏情景。", "许明"]))

    def commute(s):
        write_xlsx(s, [
            dict(name="班车安全检查", title="通勤班车安全检查登记（2024.3—2025.4）", header=["序号", "检查日期", "线路", "检查车辆数", "检查结果", "检查人"],
                 rows=[[i, *b] for i, b in enumerate(BUS, 1)], widths={3: 22, 5: 32}),
            dict(name="头盔佩戴抽查", title="厂门电动自行车骑行者头盔佩戴抽查登记（2024.3—2025.4）", header=["序号", "抽查日期", "地点", "抽查人数", "佩戴人数", "佩戴率"],
                 rows=[[i, h[0], h[1], h[2], h[3], f"{100 * h[3] / h[2]:.1f}%"] for i, h in enumerate(HELMET, 1)]),
        ], author="郭振华")

    spec("commute", "2025-04-30", "C10", "xlsx", "通勤班车安全检查及头盔佩戴抽查登记（2024.3—2025.4）", "运输部", "通勤项目检查登记（班车检查、头盔抽查）", [5], [8], render=commute)

    spec("photo2505", "2025-05-12", "C10", "jpg", "嘉钢幼儿园防震疏散演练照片", KG, "照片：幼儿园防震疏散演练（2025年第2次演练，说明仅在目录）", [7], [5],
         note="照片，2025年5月12日上午组织，在园幼儿405名、教职工42名参加；摄影：蒋慧", render=lambda s: write_photo(s, "kg_quake", dt.datetime(2025, 5, 12, 9, 36, 5)))

    def commute_eval(s):
        tr24 = len(inj("2024-01-01", "2024-12-31", "traffic"))
        r0, r1 = helmet_rate("2024-03-01", "2024-05-31"), helmet_rate("2025-02-01", "2025-04-30")
        q1_25, q1_24 = len(inj("2025-01-01", "2025-03-31", "traffic")), len(inj("2024-01-01", "2024-03-31", "traffic"))
        write_docx(s, [
            ("h", "一、评估依据"), "依据《职工通勤交通安全促进项目实施方案》（嘉钢安〔2023〕15号附件1）确定的目标，采用职工医院伤害监测登记、厂门头盔佩戴抽查和班车安全检查记录、交警钢城中队事故数据进行评估。",
            ("h", "二、措施落实"),
            f"2024年6月嘉钢2号门实行人车分流，增设非机动车专用通道；与交警钢城中队开展钢城大道通勤路段联合整治12次；班车安全检查{len(BUS)}车次；"
            f"头盔佩戴抽查{len(HELMET)}次；工会补贴采购头盔1200顶；开展电动自行车通勤安全培训{len([t for t in TRAIN if '电动自行车通勤' in t['content']])}场。",
            ("h", "三、效果"),
            ("t", [["指标", "基线", "评估值", "变化", "目标"],
                   ["通勤道路交通伤害（例/年）", BASE["traffic"], f"{tr24}（2024年）", pct(tr24, BASE["traffic"]), "下降20%以上"],
                   ["头盔佩戴率", f"{r0}%（2024年3—5月）", f"{r1}%（2025年2—4月）", f"+{r1 - r0:.1f}个百分点", "80%以上"],
                   ["一季度通勤交通伤害（例）", f"{q1_24}（2024年）", f"{q1_25}（2025年）", "", ""]]),
            "结论：通勤道路交通伤害" + ("达到" if tr24 <= 0.8 * BASE["traffic"] else "未达到") + "下降20%的目标；头盔佩戴率" +
            ("达到" if r1 >= 80 else "明显提高但未达到") + "80%的目标。",
            ("h", "四、改进"), "继续开展头盔佩戴劝导，引入积分奖励；协调交警在东岭路口增设信号灯。",
            sig("职工通勤交通安全项目组", "2025-05-20", cnform=False),
        ], author="郭振华")

    spec("evalcommute", "2025-05-20", "Y30", "docx", "职工通勤交通安全促进项目效果评估报告", "职工通勤交通安全项目组", "通勤项目效果评估报告", [5], [12], render=commute_eval)

    def fall_eval(s):
        f24 = len(inj("2024-01-01", "2024-12-31", "fall60"))
        lect = [t for t in TRAIN if "防跌倒" in t["content"]]
        write_pdf(s, [
            ("h", "一、评估依据"), "对照《家属区老年人防跌倒促进项目实施方案》目标，采用职工医院伤害监测数据、适老化改造登记和老年人问卷（2025年5月，有效问卷412份）进行评估。",
            ("h", "二、措施落实"),
            f"2024年完成老年人家庭适老化改造{len(RETRO)}户（计划150户），其中独居老人{len([r for r in RETRO if r[4] == '是'])}户；老年活动中心和南苑、钢花新村公共楼梯加装扶手；"
            f"开展防跌倒健康讲座{len(lect)}场、{n_people(lect)}人次；退休职工志愿者结对探访独居老人。",
            ("h", "三、效果"),
            ("t", [["指标", "基线", "2024年", "变化", "目标"],
                   ["60岁以上老年人跌倒伤害（例）", BASE["fall60"], f24, pct(f24, BASE["fall60"]), "下降20%以上"],
                   ["适老化改造（户）", "—", len(RETRO), f"完成{100 * len(RETRO) / 150:.0f}%", "150"],
                   ["老年人防跌倒知识知晓率", "52.7%", "86.3%", "+33.6个百分点", "85%"]]),
            "结论：老年人跌倒伤害" + ("达到" if f24 <= 0.8 * BASE["fall60"] else "未达到") + f"下降20%的目标；适老化改造尚余{150 - len(RETRO)}户，结转2025年下半年完成。",
            ("h", "四、改进"), "二楼以上独居老人优先改造；老年活动中心楼梯防滑条定期检查。",
            ("sig", ["家属区老年人防跌倒项目组", "2025年5月28日"]),
        ], author="马红梅")

    spec("evalfall", "2025-05-28", "Y30", "pdf", "家属区老年人防跌倒促进项目效果评估报告", "家属区老年人防跌倒项目组", "防跌倒项目效果评估报告（PDF）", [5], [12], render=fall_eval)

    spec("photo2506", "2025-06-10", "C10", "jpg", "“安全生产月”暨安全社区宣传咨询日活动照片", "安全环保部", "照片：安全生产月宣传咨询日（说明仅在目录）", [6], [2],
         note="照片，钢城广场；摄影：李晓雯", render=lambda s: write_photo(s, "booth", dt.datetime(2025, 6, 10, 9, 12, 30)))

    def kg_eval(s):
        c24 = inj("2024-01-01", "2024-12-31", "child")
        inkg = len([r for r in c24 if r["place"] == KG])
        write_docx(s, [
            ("h", "一、评估依据"), "对照《幼儿园儿童安全促进项目实施方案》目标，采用职工医院伤害监测数据、幼儿园安全检查和演练记录、家长问卷（有效问卷356份）进行评估。",
            ("h", "二、措施落实"),
            "园舍和大型玩具每日检查；2024年4月起接送时段设护学岗，保卫部和志愿者每日值守；2024年6月14日组织消防疏散演练；2025年5月12日上午组织防震疏散演练，"
            "在园幼儿405名、教职工42名听到警报后就地避险，2分50秒疏散到操场，项目组现场评估疏散路线和避险动作符合要求；"
            f"开展家长安全课堂和儿童安全教育{len([t for t in TRAIN if t['org'] == KG])}场。",
            ("h", "三、效果"),
            ("t", [["指标", "基线", "2024年", "目标"], ["儿童伤害（例）", BASE["child"], len(c24), "—"], ["在园儿童伤害（例）", 7, inkg, "下降30%以上"],
                   ["家长安全课堂覆盖率", "—", "93.2%", "90%以上"], ["应急疏散演练", "—", "每年1次（2024.6、2025.5）", "每年不少于1次"]]),
            "结论：在园儿童伤害" + ("达到" if inkg <= 7 * 0.7 else "未达到") + "下降30%的目标，家长安全课堂覆盖率和演练频次达到目标。",
            ("h", "四、改进"), "更新大型玩具；将护学岗纳入志愿服务常态安排。",
            sig("幼儿园儿童安全项目组", "2025-06-20", cnform=False),
        ], author="蒋慧")

    spec("evalkg", "2025-06-20", "Y30", "docx", "幼儿园儿童安全促进项目效果评估报告", "幼儿园儿童安全项目组", "幼儿园项目效果评估报告（提及2025.5.12防震演练）", [5], [12, 7], render=kg_eval)

    spec("m2025q2", "2025-06-24", "Y30", "docx", "促进委员会2025年第二季度例会纪要", PCO, "促进委员会2025年二季度例会纪要（承认伤害登记中断、充电评估推迟、责任书7月签）",
         [1], [5, 9, 4, 11], render=lambda s: minutes(
             s, "2025年6月24日下午2:30", "公司办公楼三楼会议室", "陈国栋", "促进委员会成员22人，各项目组组长", [
                 "办公室汇报：上半年组织轧钢厂煤气泄漏、幼儿园防震疏散两次演练；通勤、防跌倒、幼儿园项目已完成效果评估。",
                 "充电项目组汇报：楼道停放和飞线充电明显减少，但效果评估所需的入户问卷尚未完成，效果评估推迟至三季度。",
                 "职工医院汇报：4月1日医院信息系统（HIS）切换，新系统伤害监测模块未启用，4月以来伤害病例未单独登记，上半年伤害分析无法按期形成。",
                 "目标责任书：集团公司考核办法已于6月印发，2025年度目标责任书安排在7月签订。",
                 "隐患：截至6月20日，逾期未整改隐患%d项，其中煤气管道较大隐患延期至7月年修。" % len(overdue("2025-06-20")),
             ], ["职工医院7月底前完成4—6月伤害病例补录。", "逾期隐患由促进委员会挂牌督办，责任单位每周报进度。", "创建期6月30日届满，7月开展自查整档，8月提出评定申请。"]))

    spec("inj2025", "2025-04-02", "C10", "xlsx", "嘉钢职工医院伤害监测登记表（2025年）", HOSP, "伤害监测登记表（2025年，只到3月31日）", [9], [3],
         render=lambda s: injury_sheet(s, inj("2025-01-01", "2025-12-31"), "嘉钢职工医院伤害监测登记表（2025年）",
                                       "数据截至2025年3月31日（旧HIS系统导出，导出时间2025-04-02）", "text"))
    spec("haz2025", "2025-06-30", "C10", "xlsx", "隐患排查治理台账（2025年1—6月）", "安全环保部", "隐患排查治理台账（2025年上半年，含逾期未整改项）", [8], [11, 3],
         render=lambda s: hazard_sheet(s, "2025-01-01", "2025-06-30", "dots", "嘉川钢铁有限责任公司隐患排查治理台账（2025年1—6月）"))
    spec("tr2025", "2025-06-30", "C10", "xlsx", "安全教育培训台账（2025年1—6月）", "安全环保部", "安全教育培训台账（2025年上半年）", [6], [],
         render=lambda s: training_sheet(s, "2025-01-01", "2025-06-30", "excel", "安全教育培训及宣传活动台账（2025年1—6月）"))
    spec("charge", "2025-06-30", "C10", "xlsx", "生活区电动自行车飞线充电及楼道停放巡查记录（2024.5—2025.6）", "保卫部", "充电项目巡查记录（只有实施记录）", [5], [8],
         render=lambda s: write_xlsx(s, [dict(name="巡查记录", title="生活区电动自行车飞线充电及楼道停放巡查记录（2024.5—2025.6）",
                                              header=["序号", "巡查日期", "家属区", "巡查人", "飞线充电（处）", "楼道停放（辆）", "现场处置", "整改情况"],
                                              rows=[[i, dots(c[0]), *c[1:]] for i, c in enumerate(CHARGE, 1)], widths={4: 16, 7: 16})], author="韩卫东"))

    def participation(s):
        prow = []
        for p in PROPOSALS:
            filed = D(p[6])
            prow.append([p[0], p[1], p[2], p[3], p[4], p[5], filed, dt.date(filed.year, filed.month + 3, filed.day), D(p[7]) if p[7] else None, p[8]])
        write_xlsx(s, [
            dict(name="职代会安全提案", title="职工代表大会安全类提案办理台账", header=["届次", "提案号", "提案代表", "单位", "提案题目", "承办部门", "立案日期", "答复期限", "答复日期", "办理结果"],
                 rows=prow, widths={5: 40, 6: 20, 10: 34}),
            dict(name="安全意见箱", title="安全意见箱开箱登记及反馈台账", header=["序号", "开箱日期", "意见箱位置", "意见内容", "转办部门", "反馈日期", "状态"],
                 rows=[[i, *m] for i, m in enumerate(MAILBOX, 1)], widths={4: 28}),
            dict(name="志愿服务", title="安全志愿服务活动登记", header=["序号", "日期", "活动内容", "地点", "参加人数", "志愿队伍"],
                 rows=[[i, *v] for i, v in enumerate(VOLUNTEER, 1)], widths={3: 18, 6: 20}),
        ], author="刘淑芬")

    spec("particip", "2025-06-30", "C10", "xlsx", "信息交流与全员参与台账（职代会安全提案、安全意见箱、志愿服务）", "工会、安全环保部", "信息交流与全员参与台账（提案、意见箱、志愿服务）",
         [2], [], render=participation)

    def platform(s):
        lines = ["嘉钢安全社区信息平台（一网三库）建设说明及数据更新日志", "",
                 "一网：安全社区信息网（公司OA“安全社区”栏目，同步“钢城安全”微信公众号）",
                 "三库：职工及家属人口信息库；相关方单位信息库；设施设备与环境信息库", "维护：促进委员会办公室（李晓雯），及时更新", "",
                 "2023-08-30 平台上线，导入职工6820人、生活区常住24600人（其中60岁以上7480人）基础数据",
                 "2023-09-25 导入相关方单位43家、外协人员2137人",
                 "2023-10-27 发布四个安全促进项目实施方案",
                 "2024.1.19 发布2024年度工作计划；更新60岁以上独居老人名单（412人）",
                 "2024.4.29 设施库新增集中充电棚12处、充电口620个",
                 "2024.7.16 发布2024年上半年伤害监测分析",
                 "2024.11.9 发布集团检查通报及整改要求",
                 "2025-01-17 发布2024年度工作总结暨管理评审报告",
                 "2025-03-20 相关方单位信息库年度更新（41家）",
                 "2025-06-30 创建期结束，数据库冻结备份，移交档案室",
                 "", "公众号累计推送安全信息186条，阅读量21.4万次。"]
        write_text(s, "\n".join(lines) + "\n", "utf-8")

    spec("platform", "2025-06-30", "C10", "txt", "安全社区信息平台（一网三库）建设说明及数据更新日志", PCO, "一网三库数据更新日志（UTF-8文本）", [2], [10], render=platform)

    def budget(s):
        items = BUDGET
        rows = [[i, D(d), n, a, u] for i, (d, n, a, u) in enumerate(items, 1)]
        total = round(sum(r[3] for r in rows), 1)
        write_xlsx(s, [dict(name="经费明细", title="安全社区创建经费投入明细（2023.7—2025.6）", header=["序号", "日期", "项目", "金额（万元）", "经办单位"],
                            rows=rows + [["合计", None, None, total, None]], widths={3: 40, 5: 16})], author="孙海涛")

    spec("budget", "2025-07-05", "C10", "xlsx", "安全社区创建经费投入明细（2023.7—2025.6）", "安全环保部", "创建经费投入明细", [1], [], render=budget)

    def police(s):
        rows = [("2022.7.1—2022.12.31", 31, 19, 0, 21), ("2023.1.1—2023.6.30", 28, 17, 1, 18), ("2023.7.1—2023.12.31", 27, 16, 0, 17),
                ("2024.1.1—2024.6.30", 21, 11, 0, 12), ("2024.7.1—2024.12.31", 19, 10, 0, 11), ("2025.1.1—2025.6.30", 18, 9, 0, 9)]
        lines = ["东岭区公安交警大队钢城中队", "钢城大道、东岭路及嘉钢各厂门周边道路交通事故统计（2022年7月—2025年6月）", "",
                 "统计期间\t事故起数\t涉及嘉钢职工\t死亡\t受伤"]
        lines += ["\t".join(str(x) for x in r) for r in rows]
        lines += ["", "说明：2024年6月嘉钢2号门人车分流后，2号门路口事故由2023年下半年的7起下降为2025年上半年的2起。",
                  "数据来源：公安交通管理综合应用平台，简易程序事故未全部统计。", "提供人：彭涛　2025.7.10"]
        write_text(s, "\n".join(lines) + "\n", "gbk")

    spec("police", "2025-07-10", "C10", "txt", "厂区周边道路交通事故统计（交警钢城中队提供）", "东岭区公安交警大队钢城中队", "交警提供的通勤路段交通事故统计（GBK文本）",
         [9], [5, 3], render=police)

    def selfeval(s):
        rows, per = self_scores()
        total = round(sum(per), 1)
        write_pdf(s, [
            ("b", "创建周期：2023年7月1日—2025年6月30日"),
            f"对照全国安全社区现场评定表12个一级指标、50个二级指标逐项自评，自评总分{total}分（满分150分）。",
            ("t", [["一级指标", "分值", "自评得分"]] + [[f"{i + 1} {n}", 3 * len(INDICATORS[i]), per[i]] for i, n in enumerate(ELEMENT_NAMES)]),
            ("h", "存在的问题"),
            "（一）2024年三季度促进委员会例会未召开；（二）2024年计划的家属区高层住宅火灾疏散演练未组织，全年公司级演练3次；"
            "（三）2025年度目标责任书未在一季度签订；（四）电动自行车安全充电项目效果评估未完成；（五）职工医院2025年4月起伤害监测登记中断，上半年伤害分析未形成；"
            f"（六）截至6月30日隐患台账中{len(overdue(PERIOD[1]))}项隐患逾期未整改。",
            ("h", "区安委办督导意见整改情况"),
            "伤害数据与工伤、交警数据比对已在创建工作报告中补充；煤气管道隐患延期至7月年修实施；2025年度目标责任书安排在7月底前签订。",
            sig(PC, "2025-07-25", cnform=True),
        ], author=CLERK)
        EVAL["self"] = total

    spec("selfeval", "2025-07-25", "Y30", "pdf", "嘉川钢铁有限责任公司安全社区建设自评报告", PC, "自评报告（PDF，承认六项问题）", [12], [10], render=selfeval)

    def selfscore(s):
        rows, per = self_scores()
        write_xlsx(s, [dict(name="自评", title="安全社区现场评定自评打分表（12个一级指标、50个二级指标）", header=["编号", "一级指标", "二级指标", "分值", "自评得分", "扣分原因"],
                            rows=rows + [["", "合计", "", 150, round(sum(per), 1), ""]], widths={2: 26, 3: 30, 6: 36})])

    spec("selfscore", "2025-07-25", "Y30", "xlsx", "安全社区现场评定自评打分表", PC, "自评打分表（50项）", [12], [10], render=selfscore)

    def report(s):
        t = TRAIN
        write_docx(s, [
            ("h", "一、基本情况"),
            f"{CO}是{GROUP}的核心子公司，厂区在岗职工6820人、相关方43家，钢城生活区8950户、常住24600人，60岁以上占30.4%。创建周期为2023年7月1日至2025年6月30日。",
            ("h", "二、组织机构和制度"),
            f"成立由总经理任主任、23名委员组成的跨部门促进委员会，下设办公室、3个工作组和5个项目组；印发十项管理制度；创建期召开促进委员会会议{len(MEETINGS)}次；投入专项经费{budget_total()}万元。",
            ("h", "三、安全诊断和项目"),
            f"以2022年7月—2023年6月为基线开展安全诊断，基线伤害{BASE_TOTAL}例；实施通勤交通、老年人防跌倒、电动自行车安全充电、幼儿园儿童安全、高温作业职业健康五个项目。",
            ("h", "四、主要工作"),
            f"开展宣传培训{len(t)}场、{n_people(t)}人次；排查隐患{len(HAZ)}项；组织公司级应急演练{len(DRILLS)}次；职工医院登记伤害病例{len(INJ)}例（至2025年3月）；"
            f"办理职代会安全提案{len(PROPOSALS)}件，意见箱意见{len([m for m in MAILBOX if m[4]])}条。",
            ("h", "五、成效"),
            f"创建期未发生较大及以上生产安全事故和亡人火灾；2024年伤害{len(inj('2024-01-01', '2024-12-31'))}例，较基线{pct(len(inj('2024-01-01', '2024-12-31')), BASE_TOTAL)}；"
            "交警统计厂区周边涉及职工的交通事故由基线期的36起下降到2024年的21起。",
            ("h", "六、存在问题和改进方向"),
            "充电项目效果评估、伤害监测登记补录、逾期隐患整改、家属区高层住宅火灾疏散演练在2025年下半年完成。",
            ("sig", [CO, cn("2025-08-15")]),
        ], author=CLERK)

    spec("report", "2025-08-15", "Y30", "docx", "嘉川钢铁有限责任公司安全社区创建工作报告", CO, "创建工作报告", [12], [10, 1], render=report)

    def chronicle(s):
        ev = [("2023.6.28", "印发安全社区创建实施方案（嘉钢发〔2023〕45号）"), ("2023.7.5", "成立安全社区促进委员会"), ("2023.7.12", "创建启动大会"),
              ("2023.7.20", "印发十项管理制度"), ("2023.8.8", "创建骨干培训"), ("2023.9.22", "完成安全诊断报告"), ("2023.9.27", "促进委员会三季度例会，确定五个项目"),
              ("2023.10.25", "东苑高层住宅火灾疏散演练"), ("2023.10.26", "印发四个项目实施方案"), ("2023.11.16", "炼铁厂煤气泄漏演练"),
              ("2023.12.20", "促进委员会四季度例会"), ("2024.1.18", "印发2024年度工作计划"), ("2024.2.27", "签订2024年度目标责任书"),
              ("2024.3.26", "促进委员会一季度例会"), ("2024.4.28", "集中充电棚验收投用"), ("2024.5.14", "参加全省企业安全社区经验交流会"),
              ("2024.5.22", "炼钢厂钢水包倾覆演练"), ("2024.6.14", "幼儿园消防疏散演练"), ("2024.6.27", "促进委员会二季度例会"),
              ("2024.8.8", "轧钢厂机械伤害事故"), ("2024.9.19", "动力厂氧气管道泄漏着火演练"), ("2024.10.15", "高温项目效果评估"),
              ("2024.11.5", "集团公司安全综合检查"), ("2024.12.24", "促进委员会四季度例会"), ("2025.1.15", "2024年度管理评审"),
              ("2025.3.14", "区安委办督导检查"), ("2025.3.25", "促进委员会一季度例会"), ("2025.4.17", "轧钢厂煤气泄漏演练"),
              ("2025.5.12", "幼儿园防震疏散演练"), ("2025.5.20", "通勤项目效果评估"), ("2025.5.28", "防跌倒项目效果评估"),
              ("2025.6.10", "安全生产月宣传咨询日"), ("2025.6.20", "幼儿园项目效果评估"), ("2025.6.24", "促进委员会二季度例会"),
              ("2025.6.30", "创建期结束"), ("2025.7.25", "完成自评"), ("2025.8.22", "提出评定申请")]
        write_docx(s, [("t", [["日期", "事项"]] + [list(e) for e in ev])])

    spec("chron", "2025-08-18", "Y30", "docx", "嘉川钢铁有限责任公司安全社区创建大事记", PCO, "创建大事记", [10], [1, 12], render=chronicle)

    spec("apply", "2025-08-22", "Y30", "docx", "安全社区评定申请书", CO, "评定申请书（创建周期2023.7.1—2025.6.30）", [12], [10, 1],
         render=lambda s: write_docx(s, [
             ("t", [["申请单位", CO], ["社区类型", "企业型（厂区及钢城生活区）"], ["创建周期", "2023年7月1日至2025年6月30日"],
                    ["覆盖人口", "在岗职工6820人、外协人员约2100人、生活区常住24600人"], ["联系人", "孙海涛（安全环保部）"]]),
             f"我公司自2023年7月启动企业型安全社区创建以来，按照《安全社区建设基本要求》（AQ/T 9001-2006）建立跨部门促进委员会，开展安全诊断，"
             "实施职工通勤交通、老年人防跌倒、电动自行车安全充电、幼儿园儿童安全、高温作业职业健康五个安全促进项目，持续开展两年。经自评，现申请安全社区评定。",
             ("b", "附件：1.创建工作报告；2.自评报告；3.归档文件目录"),
             ("sig", [CO, "东岭区安全生产委员会办公室（审核意见：同意申报）", cn("2025-08-22")]),
         ], author="孙海涛"))


BUDGET = [("2023-07-25", "创建骨干培训及宣传品", 12.6, "宣传教育培训组"), ("2023-08-30", "安全需求问卷调查及信息平台建设", 18.0, PCO),
         ("2023-11-20", "应急物资补充（空气呼吸器20套）", 46.0, "保卫部"), ("2024-01-15", "通勤路段安全设施（2号门人车分流）", 58.5, "运输部"),
         ("2024-03-20", "适老化改造材料及施工", 92.0, "生活服务公司"), ("2024-04-28", "集中充电棚12处", 186.0, "保卫部"),
         ("2024-05-30", "高温岗位休息室空调18台及防暑用品", 64.8, "炼钢厂"), ("2024-06-10", "幼儿园护学岗设施及玩具更新", 21.5, KG),
         ("2024-08-31", "辊道紧急停机拉绳及能量隔离器材", 15.2, "轧钢厂"), ("2024-09-30", "高温作业职工职业健康检查", 33.8, HOSP),
         ("2024-10-20", "工会头盔补贴（1200顶）", 9.6, "工会"), ("2024-12-20", "公共楼梯扶手及防滑条", 38.4, "生活服务公司"),
         ("2025-02-26", "充电棚自动灭火装置12套", 27.6, "保卫部"), ("2025-03-30", "宣传教育培训（年度）", 24.3, "人力资源部"),
         ("2025-04-30", "煤气区域CO监测点增设", 19.8, "轧钢厂"), ("2025-06-20", "志愿服务及老年人紧急呼叫试点", 22.7, "生活服务公司")]


def budget_total():
    return round(sum(b[2] for b in BUDGET), 1)


EVAL = {}


# ================================================================ the catalogue (归档文件目录, root)
RET_NAME = {"Y30": "定期30年", "C10": "定期10年"}


def pages(s):
    n = TEXT_LEN[s["path"]]
    if s["fmt"] == "pdf":
        return -n
    if s["fmt"] == "jpg":
        return 1
    if s["fmt"] == "xlsx":
        return max(1, math.ceil(n / 40))
    if s["fmt"] == "txt":
        return max(1, math.ceil(n / 900))
    return max(1, math.ceil(n / 700))


def write_catalogue():
    wb = Workbook()
    wb.remove(wb.active)
    stamp = dt.datetime(2025, 8, 26, 8, 30)
    wb.properties.creator = ARCHIVIST
    wb.properties.lastModifiedBy = ARCHIVIST
    wb.properties.created = stamp
    wb.properties.modified = stamp
    ws = wb.create_sheet("封面")
    for i, line in enumerate(["归档文件目录", "全宗号：0127", f"全宗名称：{CO}", "类别：安全社区创建文件（文书，按件整理）",
                              "年度：2023—2025", "保管期限：定期30年（Y30）、定期10年（C10）", "整理人：赵文静　　整理日期：2025年8月26日",
                              "检查人：孙海涛　　检查日期：2025年8月27日",
                              "说明：依据DA/T 22-2015按件整理，按年度—保管期限分类，件号在同一年度、同一保管期限内按时间顺序编制；电子文件以档号命名。"], 1):
        ws.cell(i, 1, line).font = Font(bold=(i == 1), size=16 if i == 1 else 11)
    ws.column_dimensions["A"].width = 90
    header = ["档号", "件号", "责任者", "题名", "日期", "页数", "保管期限", "备注"]
    for year in (2023, 2024, 2025):
        ws = wb.create_sheet(f"{year}年度")
        ws.cell(1, 1, f"{CO}安全社区创建文件归档文件目录（{year}年度）").font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        for k, h in enumerate(header, 1):
            ws.cell(2, k, h).font = Font(bold=True)
        items = sorted([DOCS[k] for k in ORDER if DOCS[k]["date"].year == year], key=lambda s: (s["ret"] != "Y30", s["no"]))
        for r, s in enumerate(items, 3):
            note = "；".join(x for x in [("文号：" + s["docno"]) if s["docno"] else "", s["note"],
                                        {"xlsx": "电子表格", "txt": "文本文件", "jpg": "数码照片"}.get(s["fmt"], "")] if x)
            for k, v in enumerate([s["dh"], f"{s['no']:04d}", s["resp"], s["title"], d8(s["date"]), pages(s), RET_NAME[s["ret"]], note or None], 1):
                if v is not None:
                    ws.cell(r, k, v)
        for k, w in enumerate([20, 8, 24, 60, 11, 6, 10, 40], 1):
            ws.column_dimensions[get_column_letter(k)].width = w
    path = full(CATALOGUE)
    wb.save(path)
    fix_zip(path, "2025-08-26")


# ================================================================ the expert judgement
def files_for_judgement():
    out = []
    for k in ORDER:
        s = DOCS[k]
        out.append({"path": s["path"], "kind": s["kind"], "elements": s["el"], "also_acceptable": s["also"], "date": iso(s["date"]), "flags": {}})
    out.append({"path": CATALOGUE, "kind": "归档文件目录（档案室，按年度分sheet，题名只在此处可见的照片说明也在此）", "elements": [10],
                "also_acceptable": [], "date": "2025-08-26", "flags": {}})
    return sorted(out, key=lambda f: f["path"])


def verdicts():
    ov = overdue(PERIOD[1])
    return {
        "1": {"evidenced": "partial", "acceptable_verdicts": ["partial", True],
              "reason": f"红头文件成立跨部门促进委员会（{DH('found')}：厂区各单位、生活服务、职工医院、幼儿园、街道、交警、消防、派出所、居委会、相关方和志愿者代表），"
                        f"十项制度（{DH('rules')}）、项目组、经费明细（{budget_total()}万元）齐全；但制度要求促进委员会每季度召开例会，"
                        "2024年只有一、二、四季度三次例会，三季度例会未召开（2024年四季度纪要、2024年度评审报告和自评报告均承认）。"},
        "2": {"evidenced": "partial", "acceptable_verdicts": ["partial", True],
              "reason": f"安全意见箱（每周一开箱登记，{len([m for m in MAILBOX if m[4]])}条意见均在10个工作日内反馈）、志愿服务登记、一网三库日志、全省经验交流会报告都有；"
                        f"但制度要求职代会安全提案立案后3个月内书面答复，提案办理台账中2024年四届三次职代会有{len(proposals_unanswered(PERIOD[1]))}件提案"
                        "（增开夜班通勤班车、更新便携式煤气报警仪、老年活动中心配置AED）到创建期末仍无答复日期、结果为“办理中”（区安委办督导意见也指出）。"},
        "3": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
              "reason": f"安全需求问卷汇总（1487份）、LEC危险源辨识与风险评价清单（{len(LEC)}项）、安全诊断报告（基线2022.7—2023.6、高危人群/高风险环境/脆弱群体）齐全；"
                        "制度规定每两年全面辨识一次，创建期内未到期。"},
        "4": {"evidenced": "partial",
              "reason": "实施方案（周期、量化目标、八个阶段）、2024年度计划、2025年上半年计划、2024年度目标责任书签订汇总都有；但制度要求每年一季度签订年度目标责任书，"
                        "2025年度责任书在创建期内始终未签订（2025年一季度例会暂缓、二季度例会改到7月、区督导意见和自评报告均指出）。集团“十四五”规划只是上级来文。"},
        "5": {"evidenced": "partial",
              "reason": "五个项目都有实施方案和实施记录（适老化改造登记、班车检查和头盔抽查、充电棚验收和巡查记录、高温措施）；通勤、防跌倒、幼儿园、高温四个项目有效果评估报告；"
                        "电动自行车安全充电项目方案承诺2025年5月评估，只有验收和巡查记录，没有效果评估（2025年二季度例会推迟到三季度，自评承认）。"},
        "6": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
              "reason": f"创建骨干培训记录（2023）、2025年新员工三级安全教育记录、宣传咨询日照片、三年的安全教育培训台账（{len(TRAIN)}行：三级教育、相关方入厂教育、班组安全活动抽查、专项培训、生活区宣传）；"
                        f"2024年的{len(train_in('2024-01-01', '2024-12-31'))}场培训宣传只以台账行记录（文本日期如“2024.3.5”），每季度都有，不是缺失。"},
        "7": {"evidenced": "partial",
              "reason": "综合应急预案（含生活区火灾专项要点）、各次演练记录齐全；制度要求公司级演练每年不少于4次（其中家属区住宅楼火灾疏散演练不少于1次），2024年计划4次只组织3次，"
                        "计划11月的家属区（西苑）高层住宅火灾疏散演练未组织（四季度纪要、年度评审、自评承认）。2025年上半年计划2次：4月煤气泄漏有记录，"
                        "5月12日幼儿园防震疏散演练只有一张照片，说明在归档文件目录里，幼儿园项目评估和大事记也记载，不是缺失。"},
        "8": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
              "reason": "三年隐患排查治理台账（日常、专项、综合、相关方、集团检查）、集团公司年度综合检查通报、区安委办督导意见、班车检查和头盔抽查、充电巡查、班组安全活动抽查都有；"
                        "逾期隐患计入要素11（也可在要素8报告）。"},
        "9": {"evidenced": "partial",
              "reason": f"伤害监测制度、职工医院伤害登记表（{len(INJ)}例）、2023下半年/2024上半年/2024年度分析、事故调查报告、交警统计都有；"
                        "但登记表只到2025年3月31日（4月HIS切换后停止登记，二季度例会承认），创建期最后三个月没有伤害记录，2025年上半年伤害分析未形成。"},
        "10": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
               "reason": "档案管理制度、档案室按DA/T 22-2015以件整理、按年度归档、档号命名，根目录归档文件目录逐件著录（档号、件号、责任者、题名、日期、页数、保管期限），大事记齐全。"},
        "11": {"evidenced": "partial",
               "reason": f"集团检查问题整改报告、事故“四不放过”处理、充电棚起火纠正预防通知单（已验证）都有；但2025年隐患台账中{len(ov)}项隐患超过整改期限仍未完成"
                         "（轧钢厂煤气主管道较大隐患期限2025.3.31、东苑7号楼喷淋泵、3号铁路道口报警器、老年活动中心楼梯、2号转炉氧枪联锁），另2项在期限内。"},
        "12": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
               "reason": "2023年下半年总结（2024年1月）、2024年度总结暨管理评审报告（2025年1月形成，归2025年度）、四个项目效果评估、区督导意见、自评报告和50项打分表、工作报告都在；"
                         "创建期止于2025年6月，2025年度评审未到期。"},
    }


def gaps():
    return [
        {"id": "G1", "element": 1, "also": [], "match": [["2024"], ["例会", "会议", "纪要"]], "record_level": False,
         "related": [P("rules"), P("m2024q2"), P("m2024q4"), P("review2024")],
         "note": "2024年三季度促进委员会例会未召开（制度每季度一次）"},
        {"id": "G2", "element": 4, "also": [1], "match": [["2025"], ["责任书", "目标责任"]], "record_level": False,
         "related": [P("rules"), P("target2024"), P("plan2025"), P("m2025q1"), P("m2025q2")],
         "note": "2025年度安全目标责任书创建期内未签订（制度要求每年一季度签订）"},
        {"id": "G3", "element": 5, "also": [12], "match": [["充电", "电动自行车", "电动车"], ["评估", "效果", "评价"]], "record_level": False,
         "related": [P("projects"), P("chargeok"), P("charge"), P("m2025q2")],
         "note": "电动自行车安全充电项目没有效果评估（方案承诺2025年5月）"},
        {"id": "G4", "element": 7, "also": [], "match": [["2024"], ["演练"]], "record_level": False,
         "related": [P("plan2024"), P("rules"), P("m2024q4"), P("review2024")],
         "note": "2024年公司级演练3次，少于计划和制度的4次；家属区高层住宅火灾疏散演练未组织"},
        {"id": "G5", "element": 9, "also": [3], "record_level": True,
         "match": [["伤害"], ["2025年4月", "4月", "4—6月", "4-6月", "二季度", "第二季度", "上半年", "3月31日", "2025年3月", "2025-03",
                             "2025.3", "中断", "停止", "断档", "空白", "缺失", "不连续", "暂停", "间断", "未登记"]],
         "related": [P("inj2025"), P("m2025q2"), P("rules")],
         "note": "伤害监测登记止于2025-03-31，4—6月无记录，2025年上半年伤害分析未形成"},
        {"id": "G6", "element": 11, "also": [8], "record_level": True,
         "match": [["隐患"], ["逾期", "超期", "未整改", "过期", "未闭环", "未销号", "超过整改期限", "超出整改期限", "超过期限", "整改中"]],
         "related": [P("haz2025"), P("rect"), P("m2025q2")],
         "note": f"隐患台账中{len(overdue(PERIOD[1]))}项隐患超过整改期限仍未完成（含煤气管道较大隐患）"},
        {"id": "G7", "element": 2, "also": [], "record_level": True,
         "match": [["提案", "职代会"], ["未答复", "未反馈", "未回复", "无答复", "没有答复", "未办结", "办理中", "答复不及时", "未及时答复", "逾期", "超期", "无答复日期"]],
         "related": [P("particip"), P("rules"), P("district")],
         "note": f"2024年职代会{len(proposals_unanswered(PERIOD[1]))}件安全提案超过3个月答复期限仍未答复"},
    ]


def traps():
    return [
        {"id": "T1", "element": 12, "match": [["2024"], ["年度总结", "工作总结", "评审", "管理评审", "年度评审"]],
         "related": [P("review2024")],
         "note": f"2024年度总结暨管理评审报告存在：日期2025-01-16，按形成年度归入2025年度（{DH('review2024')}），2024年度文件夹里没有"},
        {"id": "T2", "element": 6, "match": [["2024"], ["培训", "教育", "宣传"]],
         "related": [P("tr2024")],
         "note": "2024年培训宣传只以2024年安全教育培训台账的行记录（文本日期），没有单独的培训记录文件，不是缺失"},
        {"id": "T3", "element": 7, "match": [["2025"], ["演练"], ["幼儿园", "防震", "地震"]],
         "related": [P("photo2505"), CATALOGUE, P("evalkg"), P("chron")],
         "note": "2025年5月12日幼儿园防震疏散演练举行过：只有一张以档号命名的照片，题名在归档文件目录里（幼儿园项目评估和大事记也记载）"},
    ]


def probes():
    return [
        {"id": "P1", "query": "钢水包 倾覆 演练", "must_in_top5": [P("drill2405")]},
        {"id": "P2", "query": "适老化改造 登记", "must_in_top5": [P("retro")]},
        {"id": "P3", "query": "飞线充电 楼道停放 巡查", "must_in_top5": [P("charge")]},
        {"id": "P4", "query": "2024年度 管理评审", "must_in_top5": [P("review2024")]},
        {"id": "P5", "query": "职代会 安全提案 答复", "must_in_top5": [P("particip")]},
        {"id": "P6", "query": "十四五 安全生产规划", "must_in_top5": [P("decoy")]},
    ]


def write_judgement():
    doc = {"community_name": "嘉川钢铁",
           "assessment_period": {"start": iso(PERIOD[0]), "end": iso(PERIOD[1])},
           "files": files_for_judgement(), "elements": verdicts(), "gaps": gaps(), "traps": traps(), "probes": probes()}
    head = ("# Expert judgement of jiagang (嘉川钢铁有限责任公司, 企业型安全社区: 厂区 + 钢城生活区), written from the files before\n"
            "# any zicha run. Schema: shared/tools/README.md. Generated by make_jiagang.py from its file registry.\n"
            f"# period: 实施方案 {DH('plan')} (嘉钢发〔2023〕45号) body and 申请书 {DH('apply')}: 2023-07-01 — 2025-06-30;\n"
            f"# decoys: 集团“十四五”安全生产规划（2021—2025年） {DH('decoy')}, calendar-year 2024 plan, diagnosis baseline 2022.7—2023.6.\n")
    with open(JUDGEMENT, "w", encoding="utf-8") as f:
        f.write(head)
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=140)


# ================================================================ self-check
def check():
    problems = []
    on_disk = set()
    for dp, _, fs in os.walk(OUT):
        for n in fs:
            on_disk.add(os.path.relpath(os.path.join(dp, n), OUT).replace(os.sep, "/"))
    with open(JUDGEMENT, encoding="utf-8") as f:
        j = yaml.safe_load(f)
    listed = {f["path"] for f in j["files"]}
    if on_disk - listed:
        problems.append(f"not in judgement: {sorted(on_disk - listed)}")
    if listed - on_disk:
        problems.append(f"judged but missing: {sorted(listed - on_disk)}")
    for g in j["gaps"] + j["traps"]:
        for p in g.get("related", []):
            if p not in on_disk:
                problems.append(f"{g['id']} related missing: {p}")
    for p in j["probes"]:
        for m in p["must_in_top5"]:
            if m not in on_disk:
                problems.append(f"{p['id']} target missing: {m}")
    if sorted(j["elements"]) != sorted(str(i) for i in range(1, 13)):
        problems.append("verdicts must cover the 12 elements")
    for g in j["gaps"]:
        els = [g["element"]] + g["also"]
        if all(j["elements"][str(e)]["evidenced"] is True for e in els):
            problems.append(f"{g['id']}: every element of the gap is judged met")
    if not 6 <= len(j["gaps"]) <= 8 or not 2 <= len(j["traps"]) <= 3:
        problems.append("gap/trap counts")
    # file naming: names are 档号 only, folders are years only
    for p in on_disk - {CATALOGUE}:
        if not re.fullmatch(r"(2023|2024|2025)年度/AQ-\1-(Y30|C10)-\d{4}\.(docx|pdf|xlsx|txt|jpg)", p):
            problems.append(f"bad archive name: {p}")
    for (y, r) in {(s["date"].year, s["ret"]) for s in DOCS.values()}:
        nos = sorted(s["no"] for s in DOCS.values() if (s["date"].year, s["ret"]) == (y, r))
        if nos != list(range(1, len(nos) + 1)):
            problems.append(f"件号 not contiguous in {y} {r}")
    # period stated in the 实施方案 and the 申请书
    for key, needle in (("plan", "自2023年7月1日起至2025年6月30日止"), ("apply", "2023年7月1日至2025年6月30日")):
        if needle not in docx_text(P(key)):
            problems.append(f"period not stated in {key}")
    # G1: committee meetings, one per quarter except 2024 Q3
    for y in (2023, 2024, 2025):
        for q in (1, 2, 3, 4):
            start = dt.date(y, 3 * q - 2, 1)
            if not PERIOD[0] <= start <= PERIOD[1]:
                continue
            held = [m for m in MEETINGS if D(m[0]).year == y and quarter(D(m[0])) == q]
            if bool(held) == ((y, q) == (2024, 3)):
                problems.append(f"committee meeting pattern wrong at {y} Q{q}")
    # G2: a 2024 target sheet exists, nothing for 2025
    if any("2025年度" in s["title"] and "责任书" in s["title"] for s in DOCS.values()):
        problems.append("a 2025 target document exists")
    # G3: four of five projects evaluated, not the charging project
    evals = [s for s in DOCS.values() if "效果评估" in s["title"]]
    if len(evals) != 4 or any("充电" in s["title"] for s in evals):
        problems.append("project evaluations")
    # G4 / T3: drills per year, plans
    if len(drills(2024)) != 3 or len(PLAN_2024_DRILLS) != 4 or len(drills(2023)) != 2 or len(drills(2025)) != 2:
        problems.append("drill counts")
    drill_docs_2025 = [s for s in DOCS.values() if s["date"].year == 2025 and "演练" in s["title"]]
    if sorted(s["fmt"] for s in drill_docs_2025) != ["docx", "jpg"]:
        problems.append("2025 drills: one record + one photo expected")
    if "幼儿园防震疏散演练" not in DOCS["photo2505"]["title"] or "2025年5月12日" not in DOCS["photo2505"]["note"]:
        problems.append("T3 caption must be in the catalogue")
    # G5: injury register stops at the end of March 2025, no 2025 analysis
    if max(r["date"] for r in INJ) > INJ_LAST or not inj("2025-03-01", "2025-03-31"):
        problems.append("injury register should stop in March 2025")
    if any(s["title"].startswith("2025") and "伤害" in s["title"] and "分析" in s["title"] for s in DOCS.values()):
        problems.append("a 2025 injury analysis exists")
    # G6: overdue hazards
    if len(overdue(PERIOD[1])) != 5 or len([h for h in HAZ if open_at(h, PERIOD[1]) and h["deadline"] >= PERIOD[1]]) != 2:
        problems.append(f"overdue hazards {len(overdue(PERIOD[1]))}")
    if any(h["done"] and h["done"] > h["deadline"] for h in HAZ):
        problems.append("a closed hazard was closed late")
    # G7: proposals
    if len(proposals_unanswered(PERIOD[1])) != 3 or any(p[0] == "四届四次" for p in proposals_unanswered(PERIOD[1])):
        problems.append("unanswered proposals")
    if any(m[4] and m[4] > _wd_add(m[0], 10) for m in MAILBOX):
        problems.append("a mailbox opinion answered late")
    # T1: the 2024 review dated 2025 sits in 2025年度
    if not (DOCS["review2024"]["path"].startswith("2025年度/") and "2024年度" in DOCS["review2024"]["title"]):
        problems.append("T1")
    # T2: 2024 trainings only as register rows, every quarter, 生活区 publicity every quarter
    if any(s["date"].year == 2024 and s["key"] not in ("tr2024",) and ("培训" in s["title"] or "教育" in s["title"]) for s in DOCS.values()):
        problems.append("a 2024 training document exists besides the register")
    for (y, m) in months(PERIOD[0], PERIOD[1]):
        if m % 3 == 1:
            if not train_in(dt.date(y, m, 1), month_end(y, m + 2), "生活区宣传"):
                problems.append(f"no 生活区 publicity in {y}-{m}")
    if len(train_in("2024-01-01", "2024-12-31")) < 90:
        problems.append("2024 training rows")
    # registers of 100-300 rows
    sizes = {"inj2023": len(inj("2023-07-01", "2023-12-31")), "inj2024": len(inj("2024-01-01", "2024-12-31")),
             "haz2024": sum(map(len, ledger_rows("2024-01-01", "2024-12-31"))), "tr2024": len(train_in("2024-01-01", "2024-12-31")),
             "retro": len(RETRO), "charge": len(CHARGE)}
    for k, n in sizes.items():
        if not 90 <= n <= 300:
            problems.append(f"register {k} has {n} rows")
    if any(t["date"] < PERIOD[0] or t["date"] > PERIOD[1] for t in TRAIN):
        problems.append("training outside period")
    if problems:
        sys.exit("CHECK FAILED\n" + "\n".join(problems))
    print(f"{SLUG}: {len(on_disk)} files, judgement consistent ({len(j['gaps'])} gaps, {len(j['traps'])} traps, {len(j['probes'])} probes)")
    print(f"  injuries {len(INJ)} (2023H2 {sizes['inj2023']}, 2024 {sizes['inj2024']}, 2025Q1 {len(inj('2025-01-01', '2025-12-31'))}); "
          f"hazards {len(HAZ)}; overdue {len(overdue(PERIOD[1]))}; trainings {len(TRAIN)} (2024 {sizes['tr2024']}); "
          f"mailbox {len(MAILBOX)}, volunteer {len(VOLUNTEER)}, retro {len(RETRO)}, charge {len(CHARGE)}, bus {len(BUS)}, helmet {len(HELMET)}; self-score {EVAL.get('self')}")


def docx_text(path):
    with zipfile.ZipFile(os.path.join(OUT, path)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x))


# ================================================================ main
def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    make_injuries()
    make_hazards()
    make_training()
    make_participation()
    make_projects()
    make_lec()
    declare_2023()
    declare_2024()
    declare_2025()
    assign_numbers()
    for k in ORDER:
        DOCS[k]["render"](DOCS[k])
    write_catalogue()
    for dp, _, fs in os.walk(OUT):
        for n in fs:
            os.utime(os.path.join(dp, n), (MTIME, MTIME))
    for dp, dirs, _ in os.walk(OUT):
        for n in dirs:
            os.utime(os.path.join(dp, n), (MTIME, MTIME))
    os.utime(OUT, (MTIME, MTIME))
    write_judgement()
    write_notes()
    check()


def write_notes():
    fmt_count = {}
    for d in DOCS.values():
        fmt_count[d["fmt"]] = fmt_count.get(d["fmt"], 0) + 1
    L = []
    a = L.append
    a("# jiagang: notes for the reviewer")
    a("")
    a("Generated by `make_jiagang.py` (do not edit by hand; change the generator and rerun). The generator is deterministic: two runs give")
    a("byte-identical files (checked with sha256 over the tree, also under a different PYTHONHASHSEED); every file's mtime is 2025-08-28 10:00.")
    a("")
    a("## The community")
    a("")
    a(f"**{CO}** (嘉钢公司), a state-owned steel works, core subsidiary of {GROUP}, in 嘉川市东岭区. Type: **企业型安全社区** over")
    a("the 厂区 and the 钢城生活区:")
    a("")
    a("- 厂区 4.6 km², six production units (炼铁厂, 炼钢厂, 轧钢厂, 动力厂, 运输部, 机修厂), 6820 在岗职工, 43 相关方 (外协) units with about 2100 workers;")
    a("- 钢城生活区: four 家属区 (东苑, 西苑, 南苑, 钢花新村), 8950 households, 24600 residents, 7480 aged 60+ (30.4%);")
    a("  职工医院 (320 beds, runs the injury surveillance), 嘉钢幼儿园 (420 children), 老年活动中心;")
    a("- 4 通勤班车 routes (22 buses), about 2900 职工 commute by 电动自行车.")
    a("")
    a("The 促进委员会 (23 members) is chaired by the 总经理 and includes the 钢城街道办事处, 交警钢城中队, 钢城消防救援站, 钢城派出所,")
    a("钢城社区居委会, a 相关方 representative and a retired-worker volunteer. Office in the 安全环保部 (孙海涛, clerk 李晓雯); archive room 赵文静.")
    a("")
    a("## Assessment period")
    a("")
    a(f"- **2023-07-01 to 2025-06-30** (two years, not calendar aligned).")
    a(f"- Stated in the 实施方案 `{P('plan')}` (嘉钢发〔2023〕45号: 「本次安全社区创建周期为两年，自2023年7月1日起至2025年6月30日止」), "
      f"the 申请书 `{P('apply')}` (创建周期 2023年7月1日至2025年6月30日), the 启动大会 minutes `{P('kickoff')}`, the 2025 上半年计划 `{P('plan2025')}`, "
      f"the 自评报告 `{P('selfeval')}` and the 工作报告 `{P('report')}`.")
    a(f"- Decoys: the group's 「“十四五”安全生产规划（2021—2025年）中期评估及调整方案」 `{P('decoy')}` (规划期 2021-01-01 — 2025-12-31, targets 至2025年底);"
      f" the calendar-year 2024 plan `{P('plan2024')}` (2024-01-01 — 2024-12-31); the diagnosis baseline 2022-07 — 2023-06 `{P('diag')}`;"
      f" the traffic-police statistics 2022.7—2025.6 `{P('police')}`.")
    a(f"- Archive closed 2025-08: 申请书 2025-08-22, 大事记 2025-08-18, 工作报告 2025-08-15, 自评 2025-07-25, 归档文件目录 2025-08-26.")
    a("")
    a("## Filing style (new in this repository): file-level archiving per DA/T 22-2015")
    a("")
    a("- Folders by **year only**: `2023年度/`, `2024年度/`, `2025年度/`; the year is the year the document was formed (so a report on 2024 dated")
    a("  January 2025 sits in `2025年度/`).")
    a("- Every file is named **only by its 档号** `AQ-<年度>-<保管期限>-<件号>`: Y30 = 定期30年 (plans, minutes, rules, reports, evaluations),")
    a("  C10 = 定期10年 (records, registers, photos, inbound letters). 件号 runs from 0001 per year and retention, in date order. File names say nothing about content.")
    a(f"- Titles are inside the files and in the root `{CATALOGUE}` (sheet 封面 + one sheet per year; columns 档号/件号/责任者/题名/日期/页数/保管期限/备注;")
    a("  dates as 8 digits `20240118`; 文号 and photo captions in 备注).")
    a(f"- Formats: " + ", ".join(f"{n} {k}" for k, n in sorted(fmt_count.items())) + f", plus the catalogue xlsx ({len(DOCS) + 1} files).")
    a("  Red-header 公文 as OA-exported docx with a grey 【OA导出】 footer line (实施方案, 制度, 项目方案, 2024 plan, 2025 plan, 整改报告) and as")
    a("  text PDFs (成立通知, the group's 十四五 decoy, the group inspection notice, the district supervision letter). One GBK txt (交警统计), one UTF-8 txt")
    a("  (一网三库 log). Four photos with EXIF dates and no caption anywhere but the catalogue.")
    a("- Date forms: Excel dates (2023 registers, 2025 training register), `2024年1月2日` (2024 hazard ledger), `2024.3.5` (2024 training register,")
    a("  2025 hazard ledger, charging patrol, txt), `2025-01-04 10:14` (2025 injury export), `二〇二四年一月十八日` (signatures of 公文),")
    a("  `2024-01-18 16:22:05` (OA footer), `20240118` (catalogue).")
    a("")
    a("## The company's own rules (yardstick), in 嘉钢安〔2023〕7号 `" + P("rules") + "`")
    a("")
    for k, t in (("meeting", "促进委员会例会"), ("target", "目标责任书"), ("info", "意见箱/职代会提案"), ("project", "项目评估"),
                 ("training", "培训"), ("drill", "演练"), ("hazard", "隐患"), ("injury", "伤害监测"), ("archive", "档案")):
        a(f"- **{t}:** {RULES[k]}")
    a("- **年度评审:** 每年年末（12月至次年1月中旬）组织年度工作总结和管理评审；创建首年（2023年下半年）只作半年工作总结。")
    a("")
    a("## Files (档号 → 题名)")
    a("")
    a("| 档号 | fmt | 日期 | 题名 | elements (also) |")
    a("|---|---|---|---|---|")
    for k in sorted(DOCS, key=lambda k: DOCS[k]["dh"]):
        d = DOCS[k]
        a(f"| {d['dh']} | {d['fmt']} | {iso(d['date'])} | {d['title']} | {','.join(map(str, d['el']))}" + (f" ({','.join(map(str, d['also']))})" if d['also'] else "") + " |")
    a(f"| {CATALOGUE} | xlsx | 2025-08-26 | 归档文件目录 | 10 |")
    a("")
    a("## Registers")
    a("")
    c_, cur_ = ledger_rows("2025-01-01", "2025-06-30")
    a("| register | 档号 | rows | notes |")
    a("|---|---|---|---|")
    a(f"| 伤害监测登记 2023.7—12 | {DH('inj2023')} | {len(inj('2023-07-01', '2023-12-31'))} | Excel dates |")
    a(f"| 伤害监测登记 2024 | {DH('inj2024')} | {len(inj('2024-01-01', '2024-12-31'))} | Excel dates |")
    a(f"| 伤害监测登记 2025 | {DH('inj2025')} | {len(inj('2025-01-01', '2025-12-31'))} | last row {iso(max(r['date'] for r in INJ))}; text datetimes |")
    for key, a0, b0 in (("haz2023", "2023-07-01", "2023-12-31"), ("haz2024", "2024-01-01", "2024-12-31"), ("haz2025", "2025-01-01", "2025-06-30")):
        c, cur = ledger_rows(a0, b0)
        a(f"| 隐患排查治理台账 | {DH(key)} | {len(c) + len(cur)} | {len(c)} carried over; open at {b0}: {len([h for h in c + cur if open_at(h, b0)])} |")
    for key, a0, b0 in (("tr2023", "2023-07-01", "2023-12-31"), ("tr2024", "2024-01-01", "2024-12-31"), ("tr2025", "2025-01-01", "2025-06-30")):
        ts = train_in(a0, b0)
        a(f"| 安全教育培训台账 | {DH(key)} | {len(ts)} | {n_people(ts)} 人次 |")
    a(f"| 适老化改造登记 | {DH('retro')} | {len(RETRO)} | target 150 |")
    a(f"| 飞线充电巡查 | {DH('charge')} | {len(CHARGE)} | weekly, two 家属区 a week |")
    a(f"| 班车检查 / 头盔抽查 | {DH('commute')} | {len(BUS)} / {len(HELMET)} | helmet rate {helmet_rate('2024-03-01', '2024-05-31')}% → {helmet_rate('2025-02-01', '2025-04-30')}% |")
    a(f"| 职代会提案 / 意见箱 / 志愿服务 | {DH('particip')} | {len(PROPOSALS)} / {len(MAILBOX)} / {len(VOLUNTEER)} | 意见箱 every Monday, empty openings as （空箱） |")
    a(f"| LEC 清单 | {DH('lec')} | {len(LEC)} | 重大 {lec_count('重大风险')}, 较大 {lec_count('较大风险')} |")
    a("")
    a("## Named gaps")
    a("")
    ov = overdue(PERIOD[1])
    a("| id | element | gap | evidence |")
    a("|---|---|---|---|")
    a(f"| G1 | 1 | **2024年三季度促进委员会例会未召开** (rule: quarterly). Meetings: " + ", ".join(m[0] for m in MEETINGS) + " | "
      f"minutes {DH('m2024q2')} (Q2) and {DH('m2024q4')} (Q4: 「三季度例会未按期召开」); 2024 review {DH('review2024')}; 自评 {DH('selfeval')} |")
    a(f"| G2 | 4 (also 1) | **2025年度目标责任书 not signed within the period** (rule: each Q1). 2024 sheet {DH('target2024')} exists; nothing for 2025 | "
      f"2025 plan {DH('plan2025')} promises 3月底前; Q1 minutes {DH('m2025q1')} 暂缓; Q2 minutes {DH('m2025q2')} 7月签订; district letter {DH('district')}; 自评 |")
    a(f"| G3 | 5 (also 12) | **电动自行车安全充电 project has no 效果评估**; its plan (附件3 of {DH('projects')}) promises 2025年5月 | "
      f"only 验收 {DH('chargeok')} and patrol register {DH('charge')}; Q2 minutes 推迟至三季度; 自评. The other four projects have evaluations "
      f"({DH('heateval')}, {DH('evalcommute')}, {DH('evalfall')}, {DH('evalkg')}) |")
    a(f"| G4 | 7 | **2024: 3 company-level drills** ({', '.join(d[0] for d in drills(2024))}) against 4 planned and the rule's 4; the 11月 家属区（西苑）高层住宅火灾疏散演练 was not held | "
      f"plan {DH('plan2024')} table; rule {DH('rules')} and 预案 {DH('eplan')}; Q4 minutes, 2024 review, 自评 |")
    a(f"| G5 | 9 (also 3) | **Injury register stops at {iso(max(r['date'] for r in INJ))}**; nothing for 2025-04 — 2025-06; no 2025 上半年 analysis (rule: half-yearly) | "
      f"{DH('inj2025')} (record level; 「数据截至2025年3月31日」); Q2 minutes (HIS 切换); 自评 |")
    a(f"| G6 | 11 (also 8) | **{len(ov)} hazards past their deadlines and still open at 2025-06-30**: " +
      "; ".join(f"{h['unit']} {h['desc']} (期限 {iso(h['deadline'])})" for h in ov) + " | "
      f"{DH('haz2025')} (record level); 整改报告 {DH('rect')} promised the pipe by 2025-03-31; Q2 minutes; 自评. Two more are open but within deadline |")
    up = proposals_unanswered(PERIOD[1])
    a(f"| G7 | 2 | **{len(up)} 职代会 safety proposals of 2024 never answered** (rule: 3 months): " + "; ".join(p[4] for p in up) + " | "
      f"{DH('particip')} sheet 职代会安全提案 (record level, 答复日期 empty, 「办理中」); district letter {DH('district')}; Q1 2025 minutes promised 4月底前. Not in the 自评 |")
    a("")
    a("**Borderline, not named gaps:** 适老化改造 138 of 150 households (the evaluation says so and carries 12 over); the 家属区 drill for 2025 moved")
    a("to 2025 H2 (outside the period, year not over); the 2025 annual review is not due; the 班组 weekly activities are shown by monthly 抽查 rows only;")
    a("2023 (half year) has 2 drills, which the rule allows for the first half-year.")
    a("")
    a("## Traps (look missing, are not)")
    a("")
    a("| id | element | what | evidence |")
    a("|---|---|---|---|")
    a(f"| T1 | 12 | **The 2024 annual review exists**: 「2024年度安全社区工作总结暨管理评审报告」 dated 2025-01-16, filed by formation year as `{P('review2024')}`; "
      f"`2024年度/` has no review | rule allows 12月至次年1月中旬; also the 2023 H2 summary is `{P('sum2023')}` (2024-01-10) |")
    a(f"| T2 | 6 | **2024 trainings happened** ({len(train_in('2024-01-01', '2024-12-31'))} rows, every quarter, 生活区宣传 every quarter) but exist **only as rows** of "
      f"`{P('tr2024')}` with text dates `2024.3.5`; 2023 and 2025 also have training record documents | 2024 review counts them |")
    a(f"| T3 | 7 | **The 2025-05-12 幼儿园防震疏散演练 was held**; its only own record is the photo `{P('photo2505')}`, whose caption is only in the catalogue | "
      f"catalogue 备注; kindergarten evaluation `{P('evalkg')}` describes and assesses it; 大事记 `{P('chron')}`; Q2 2025 minutes |")
    a("")
    a("## Search probes")
    a("")
    for p in probes():
        a(f"- {p['id']} `{p['query']}` → `{p['must_in_top5'][0]}` ({DOCS[[k for k in DOCS if DOCS[k]['path'] == p['must_in_top5'][0]][0]]['title']})")
    a("")
    a("## What makes this archive hard")
    a("")
    a("- Nothing in a path says what a file is; the element of each file must come from its content (or the catalogue title).")
    a("- Year folders are formation years: the 2024 review and the 2024 annual injury analysis sit in `2025年度/`, the 2023 H2 summary and analysis in `2024年度/`.")
    a("- Registers are split by year with different date forms per year; the 2025 injury register looks complete by its title (「2025年」) but stops at March.")
    a("- Evidence of a drill and of a training year exists only as a photo + catalogue row, or only as register rows.")
    a("- The company's own rules (one red-header document with ten 制度) are the yardstick for G1, G2, G4, G5, G7; G3 rests on a project plan's promise.")
    a("- The organisation is an enterprise, not a 街道/村: 安委会, 职代会, 相关方, 班组, 三级安全教育, 职工医院 are the vocabulary.")
    a("- Several period-like spans (2021—2025, 2024 calendar year, 2022.7—2023.6 baseline, 2022.7—2025.6 police statistics) surround the real one.")
    a("")
    a("## Data consistency (computed from the registers by the generator)")
    a("")
    i24 = inj("2024-01-01", "2024-12-31")
    a(f"- Baseline injuries {BASE_TOTAL} (diagnosis); 2023 H2 {len(inj('2023-07-01', '2023-12-31'))}; 2024 {len(i24)} ({pct(len(i24), BASE_TOTAL)}); "
      f"falls 60+ {BASE['fall60']} → {len([r for r in i24 if r['cat'] == 'fall60'])}; commuting traffic {BASE['traffic']} → {len([r for r in i24 if r['cat'] == 'traffic'])}; "
      f"heat stroke {BASE['heat']} → {len(inj('2024-06-01', '2024-09-30', 'heat'))} (2024 season).")
    a(f"- 集团检查 12 problems: 10 closed by 2024-12-13 (整改报告), 11 by year end, the gas pipe open. Self-score {EVAL.get('self')} / 150.")
    a(f"- 经费 {budget_total()} 万元 (plan: ≥ 680). Meetings {len(MEETINGS)}, drills {len(DRILLS)}, trainings {len(TRAIN)} / {n_people(TRAIN)} 人次.")
    a("")
    a("## Unsure")
    a("")
    a("- `community_name: 嘉川钢铁` — an audit that names the community by its short form 嘉钢 would not match; the 申请书 and 实施方案 use the full name.")
    a("- The 档号 pattern follows the brief (Y30/C10), not DA/T 22's own D30/D10 codes; the company's 档案管理制度 defines it.")
    a("- G1 rests on one missed quarterly meeting; a lenient reviewer might call element 1 met (acceptable_verdicts allows true).")
    a("- G7 is admitted by no narrative of the company, only by the register and the district's letter.")
    a("")
    a("## Runs")
    a("")
    a("None yet. The first, untuned run of `zicha audit` on this archive is to be recorded here, with `judge.py` and false-gap labels,")
    a("before any change for this archive.")
    with open(NOTES, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
