#!/usr/bin/env python3
"""Build the holdout archive qiaodong-shequ (石桥县城关镇桥东社区, 城市型/县城社区) and its expert judgement.

Filing style: the community clerk filed the dossier by the national score sheet — one top folder per
element, numbered the way she happened to type it ("01 组织机构", "2.信息交流和全员参与", "三、…",
"4-…", "12 持续改进"), inside some of them sub-folders by indicator number ("指标7", "第8项",
"9-居民参与"), plus 申报材料 and 照片. Several files sit in the wrong element folder.

Assessment period: 2024-07-01 to 2026-06-30 (stated in the 实施方案 body and the 申请书). Archive
closed 2026-07. Decoy: the 2023 county three-year action plan "2023—2025年".

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
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

BASE = os.path.dirname(os.path.abspath(__file__))
NAME = "qiaodong-shequ"
OUT = os.path.join(BASE, NAME)
JUDGEMENT_PATH = os.path.join(BASE, NAME + ".judgement.yaml")
ZIPSTAMP = (2026, 7, 8, 10, 0, 0)

COMM = "桥东社区"
FULL = "石桥县城关镇桥东社区"
PC = "桥东社区安全社区促进委员会"
PCO = "桥东社区安全社区促进委员会办公室"
RJ = "桥东社区居民委员会"

E1 = "01 组织机构"
E2 = "2.信息交流和全员参与"
E3 = "三、风险辨识与评价"
E4 = "4-目标和计划"
E5 = "05安全促进项目"
E6 = "6 宣传教育培训"
E7 = "七、应急预案和响应"
E8 = "08监测与监督"
E9 = "9.事故与伤害记录"
E10 = "十、创建档案"
E11 = "11 预防与纠正措施"
E12 = "12 持续改进"
SB = "申报材料"
PH = "照片"
P1 = E5 + "/项目一 老年人防跌倒"
P2 = E5 + "/项目二-电动车及交通安全"
P3 = E5 + "/3.燃气家居安全"
P4 = E5 + "/第4个项目 儿童安全"
P5 = E5 + "/项目五（高层消防）"

XIAOQU = ["锦绣花园", "桥东新村", "粮站家属院", "供销社宿舍", "滨河苑", "东门老街片区"]

# ---------------------------------------------------------------- judgement file list
FILES = []
_SEEN = set()


def judge(path, kind, elements, also=(), date=None, flags=None):
    assert path not in _SEEN, path
    _SEEN.add(path)
    FILES.append({"path": path, "kind": kind, "elements": list(elements),
                  "also_acceptable": list(also), "date": date, "flags": dict(flags or {})})


def target(path):
    p = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ---------------------------------------------------------------- dates
DIG = "〇一二三四五六七八九"


def D(s):
    return dt.date.fromisoformat(s)


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


def dots(s):
    return s.replace("-", ".")


def slash(s):
    x = D(s)
    return f"{x.year}/{x.month}/{x.day}"


def md(s):
    x = D(s)
    return f"{x.month}月{x.day}日"


def fixzip(path, when):
    stamp = dt.datetime.combine(when, dt.time(9, 0)).strftime("%Y-%m-%dT%H:%M:%SZ")
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

def _run(par, text, size=14, bold=False, face="仿宋_GB2312"):
    r = par.add_run(text)
    r.font.name = face
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    r.font.size = Pt(size)
    r.bold = bold
    return r


def docx(path, when, title, body, author="周雅琴", j=None):
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
    fixzip(full, D(when))
    if j:
        judge(path, j[0], j[1], j[2] if len(j) > 2 else (), when, j[3] if len(j) > 3 else None)


def xlsx(path, when, sheets, author="周雅琴", j=None, jdate=None):
    """sheets: [(name, title or None, groups or None, header, rows)]
    groups: [(first_col, last_col, text)] merged over a second header row (1-based cols)."""
    wb = Workbook()
    wb.remove(wb.active)
    stamp = dt.datetime.combine(D(when), dt.time(9, 0))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = stamp
    wb.properties.modified = stamp
    for name, title, groups, header, rows in sheets:
        ws = wb.create_sheet(name)
        n = len(header)
        r = 1
        if title:
            ws.cell(1, 1, title).font = Font(bold=True, size=14)
            ws.cell(1, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
            r = 2
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
                else:       # a single column: merged vertically over both header rows
                    ws.cell(r, k, h).font = Font(bold=True)
                    ws.merge_cells(start_row=r, start_column=k, end_row=r + 1, end_column=k)
            r += 1
        else:
            for k, h in enumerate(header, 1):
                ws.cell(r, k, h).font = Font(bold=True)
        for i, row in enumerate(rows, r + 1):
            for k, v in enumerate(row, 1):
                c = ws.cell(i, k, v)
                if isinstance(v, dt.date):
                    c.number_format = "yyyy/m/d"
        for k in range(1, n + 1):
            ws.column_dimensions[get_column_letter(k)].width = 13
    full = target(path)
    wb.save(full)
    fixzip(full, D(when))
    if j:
        judge(path, j[0], j[1], j[2] if len(j) > 2 else (), jdate or when, j[3] if len(j) > 3 else None)


def xls(path, when, sheet, title, header, rows, j=None):
    """A real BIFF8 .xls (xlwt); title row, header row, data."""
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
    if j:
        judge(path, j[0], j[1], j[2] if len(j) > 2 else (), when, j[3] if len(j) > 3 else None)


def pdf(path, when, title, body, author="周雅琴", j=None):
    base = ParagraphStyle("p", fontName="STSong-Light", fontSize=11.5, leading=19,
                          wordWrap="CJK", firstLineIndent=23)
    flat = ParagraphStyle("f", parent=base, firstLineIndent=0)
    head = ParagraphStyle("h", parent=flat, fontSize=12.5, spaceBefore=5)
    big = ParagraphStyle("t", parent=flat, fontSize=16.5, leading=26, alignment=TA_CENTER)
    right = ParagraphStyle("s", parent=flat, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=flat, fontSize=9.5, leading=13)
    story = []
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
    d = SimpleDocTemplate(target(path), pagesize=A4, title=title or "", author=author, creator=author,
                          leftMargin=72, rightMargin=68, topMargin=72, bottomMargin=62)
    d.build(story)
    if j:
        judge(path, j[0], j[1], j[2] if len(j) > 2 else (), when, j[3] if len(j) > 3 else None)


def gbk_text(path, text, when, j):
    with open(target(path), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))
    judge(path, j[0], j[1], j[2] if len(j) > 2 else (), when, j[3] if len(j) > 3 else None)


def gbk_csv(path, header, rows, when, j):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(target(path), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))
    judge(path, j[0], j[1], j[2] if len(j) > 2 else (), when, j[3] if len(j) > 3 else None)


def photo(path, when, scene, j):
    rnd = random.Random("qiaodong-photo:" + path)
    w, h = 480, 360
    img = Image.new("RGB", (w, h), (150 + rnd.randint(0, 60), 180 + rnd.randint(0, 40), 215))
    g = ImageDraw.Draw(img)
    horizon = rnd.randint(170, 230)
    g.rectangle([0, horizon, w, h], fill=(110 + rnd.randint(0, 40), 110, 100))
    if scene in ("meeting", "training"):
        g.rectangle([0, 0, w, h], fill=(228, 222, 206))
        g.rectangle([40, 30, 440, 110], fill=(175, 22, 28))
        for _ in range(rnd.randint(12, 24)):
            x, y = rnd.randint(15, 455), rnd.randint(170, 320)
            g.ellipse([x, y, x + 14, y + 14], fill=(40, 35, 30))
            g.rectangle([x - 3, y + 14, x + 17, y + 32], fill=(rnd.choice([30, 60, 200]), 60, 120))
    else:
        for _ in range(rnd.randint(2, 5)):
            x = rnd.randint(0, w - 90)
            g.rectangle([x, horizon - rnd.randint(60, 150), x + rnd.randint(50, 90), horizon],
                        fill=(185 + rnd.randint(0, 40), 175, 165))
        for _ in range(rnd.randint(4, 9)):
            x, y = rnd.randint(20, 450), rnd.randint(horizon + 15, h - 50)
            col = (230, 120, 20) if scene == "drill" else (30, 70, 160)
            g.ellipse([x, y, x + 12, y + 12], fill=(230, 190, 160))
            g.rectangle([x - 2, y + 12, x + 14, y + 40], fill=col)
        if scene == "drill":
            g.rectangle([60, horizon + 20, 170, horizon + 60], fill=(200, 30, 30))
        if scene == "gas":
            g.line([230, 100, 230, horizon], fill=(230, 200, 0), width=7)
        if scene == "ebike":
            g.rectangle([260, horizon - 50, 440, horizon], outline=(90, 90, 90), width=4)
        if scene == "water":
            g.rectangle([0, h - 60, w, h], fill=(60, 120, 190))
    img.save(target(path), "JPEG", quality=80, optimize=False)
    judge(path, j[0], j[1], j[2] if len(j) > 2 else (), when)


def rng(name):
    return random.Random("qiaodong:" + name)


def between(a, b, rnd):
    x, y = D(a), D(b)
    return x + dt.timedelta(days=rnd.randint(0, (y - x).days))


SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国秀英桂兰玉梅志强海燕丽娟红霞德明淑珍国庆春生小军文华桂芳永红凤英立新秀珍宝山金凤卫东兰英家豪子涵雨欣浩然"


def person(rnd):
    return rnd.choice(SURN) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice([1, 2])))


def masked(rnd):
    return rnd.choice(SURN) + "**"


# ---------------------------------------------------------------- shared text
MEMBERS = ("城关镇人民政府、县应急管理局城关安监站、县消防救援大队城关中队、县公安局城关派出所、县公安交警大队城区中队、"
           "城关镇社区卫生服务中心桥东卫生服务站、石桥县实验小学、桥东幼儿园、县燃气公司城区营业所、城关供电所、"
           "锦绣花园物业公司、桥东社区志愿者协会及居民代表")
RULE_MEETING = "促进委员会每季度召开一次例会，听取各项目组工作汇报，研究解决创建工作中的问题；遇有重大事项随时召开专题会议。"
RULE_DRILL = "社区每半年至少组织一次应急演练（上半年、下半年各一次），演练后形成演练记录和评估总结。"
RULE_INJURY = "桥东卫生服务站对来站就诊的伤害病例逐例登记，每月汇总报社区办公室，每季度形成伤害监测分析，每年形成年度分析报告。"
RULE_REVIEW = "每年年底由促进委员会组织一次总结评审（内部评审），形成年度工作总结和评审报告，提出持续改进措施。"


def sig(org, when):
    return ("sig", [org, cn(when)])


# ================================================================ 申报材料 / 上级文件 / 计划
def plans():
    pdf(E4 + "/石桥县安全社区建设三年行动方案（2023—2025年）.pdf", "2023-04-18",
        "石桥县安全社区建设三年行动方案（2023—2025年）", [
            ("b", "石安委办〔2023〕9号"),
            "为贯彻落实省、市关于推进安全社区建设的部署，提升全县城乡社区事故与伤害预防能力，结合我县实际，制定本方案。",
            ("h", "一、总体目标"),
            "2023—2025年，全县启动安全社区创建的社区（村）不少于8个，其中城关镇、石桥镇各至少1个社区达到省级安全社区标准；到2025年底，城关镇建成县城安全社区示范点。",
            ("h", "二、实施步骤"),
            "（一）宣传发动阶段（2023年4月—2023年12月）：各乡镇确定创建单位，成立创建机构。",
            "（二）组织实施阶段（2024年1月—2025年6月）：开展社区安全诊断，实施安全促进项目。",
            "（三）评估验收阶段（2025年7月—2025年12月）：县安委办组织检查验收，择优推荐申报省级安全社区。",
            ("h", "三、工作要求"),
            "各乡镇要明确分管领导和工作人员，落实创建经费，建立创建工作档案。县安委办每半年通报一次工作进展。",
            ("sig", ["石桥县安全生产委员会办公室", cn("2023-04-18")]),
        ], author="县安委办", j=("上级文件：县三年行动方案（2023—2025年，干扰周期）", [4], [1]))

    docx(E4 + "/桥东社区安全社区创建实施方案.docx", "2024-07-10", "石桥县城关镇桥东社区安全社区创建工作实施方案", [
        ("h", "一、社区基本情况"),
        "桥东社区位于石桥县城关镇东部，辖锦绣花园、桥东新村、粮站家属院、供销社宿舍、滨河苑和东门老街片区6个居民小区，面积1.8平方公里，"
        "常住3860户、11240人，其中60岁以上老年人2310人，14岁以下儿童1530人。辖区老旧小区多，电动自行车保有量大，瓶装液化气与管道燃气混用，"
        "东门老街沿河，夏季儿童涉水风险突出。",
        ("h", "二、创建周期"),
        "根据县安委办统一安排，结合社区实际，本次创建周期为2024年7月1日至2026年6月30日，共两年。2026年7月整理创建档案，申报省级安全社区评定。",
        ("h", "三、组织机构"),
        "成立桥东社区安全社区促进委员会，由城关镇分管副镇长任主任，社区党委书记任常务副主任，成员单位包括" + MEMBERS + "。"
        "促进委员会下设办公室（设在社区居委会）和老年人防跌倒、电动车及交通安全、燃气家居安全、儿童安全、高层住宅消防安全五个项目组。",
        ("h", "四、工作目标"),
        "（一）两年内社区居民伤害发生率比2024年上半年基线下降10%以上；（二）不发生较大以上生产安全事故和亡人火灾；"
        "（三）居民安全知识知晓率达到85%以上；（四）五个安全促进项目全部完成实施并开展效果评估。",
        ("h", "五、实施步骤"),
        ("t", [["阶段", "时间", "主要任务"],
               ["启动阶段", "2024年7月", "成立机构，召开启动大会，制定制度"],
               ["诊断阶段", "2024年8月—9月", "安全诊断、风险辨识、需求调查、确定项目"],
               ["实施阶段", "2024年9月—2026年5月", "实施五个促进项目，开展宣传培训、监测与演练"],
               ["评估阶段", "2026年5月—6月", "项目效果评估、内部评审、自评"],
               ["申报阶段", "2026年7月", "整理档案，提出评定申请"]]),
        ("h", "六、保障措施"),
        "镇政府每年安排创建工作经费不少于8万元；社区建立促进委员会例会、信息报送、伤害监测、隐患排查、档案管理等制度。",
        sig(PC, "2024-07-10"),
    ], j=("创建实施方案（载明创建周期2024.7—2026.6）", [4], [1]))

    docx(E4 + "/2024年下半年安全社区工作计划.docx", "2024-07-20", "桥东社区2024年下半年安全社区工作计划", [
        "根据创建实施方案，2024年下半年重点做好以下工作：",
        ("t", [["序号", "工作内容", "完成时间", "责任人"],
               ["1", "召开创建启动大会，成立促进委员会和项目组", "7月", "陈立新"],
               ["2", "开展社区安全诊断和居民需求问卷调查", "8—9月", "周雅琴"],
               ["3", "制定五个安全促进项目实施方案", "8—9月", "各项目组组长"],
               ["4", "楼栋长、网格员安全知识培训", "8月", "周雅琴"],
               ["5", "燃气家居入户安全检查（第一轮）", "9—11月", "燃气家居项目组"],
               ["6", "消防应急疏散演练（下半年）", "10月", "高层消防项目组"],
               ["7", "伤害监测登记启动，半年分析", "7月起", "桥东卫生服务站"],
               ["8", "年底总结评审", "12月", "促进委员会办公室"]]),
        sig(PCO, "2024-07-20"),
    ], j=("2024年下半年工作计划", [4]))

    body25 = [
        ("h", "一、年度目标"),
        "居民伤害登记例数较2024年同期下降5%；入户安全检查覆盖率达到90%；C类隐患户复查整改率100%；上、下半年各组织一次应急演练；"
        "促进委员会每季度召开一次例会；年底开展总结评审。",
        ("h", "二、重点工作"),
        ("t", [["序号", "工作内容", "时间", "责任单位"],
               ["1", "促进委员会季度例会（3、6、9、12月）", "全年", "促进委员会办公室"],
               ["2", "适老化改造（扶手、防滑垫）100户", "3—11月", "防跌倒项目组"],
               ["3", "建成电动车集中充电棚4处，清理飞线充电", "3—6月", "电动车及交通安全项目组"],
               ["4", "燃气家居入户安全检查（第二轮）", "3—5月", "燃气家居项目组"],
               ["5", "暑期防溺水宣传、护学岗值守", "全年", "儿童安全项目组"],
               ["6", "上半年防灾减灾演练、下半年消防演练", "5月、11月", "高层消防项目组"],
               ["7", "伤害监测季度分析", "每季度", "桥东卫生服务站"],
               ["8", "年度总结评审", "12月", "促进委员会"]]),
        sig(PCO, "2025-01-15"),
    ]
    docx(E4 + "/2025年安全社区工作计划（最终版）.docx", "2025-01-15", "桥东社区2025年安全社区工作计划", body25,
         j=("2025年度工作计划", [4]))
    shutil.copyfile(target(E4 + "/2025年安全社区工作计划（最终版）.docx"),
                    target(E4 + "/2025年安全社区工作计划（最终版） - 副本.docx"))
    judge(E4 + "/2025年安全社区工作计划（最终版） - 副本.docx", "重复副本（2025年度工作计划）", [4], [], "2025-01-15",
          {"duplicate_of": E4 + "/2025年安全社区工作计划（最终版）.docx"})

    pdf(E4 + "/安全目标责任书（社区与物业、驻区单位）.pdf", "2024-08-01", "桥东社区安全社区创建目标责任书", [
        "为落实安全社区创建目标，明确各方责任，桥东社区居民委员会（甲方）与辖区物业服务企业及驻区单位（乙方）签订本责任书。",
        ("h", "一、目标"),
        "乙方管理区域内不发生亡人火灾和燃气爆炸事故；电动车不进楼入户；消防通道畅通率100%；隐患按期整改率95%以上。",
        ("h", "二、乙方责任"),
        "落实每月消防设施检查；配合入户安全检查；对社区下发的整改通知在期限内整改并书面回复。",
        ("t", [["乙方单位", "负责人", "签订日期"],
               ["锦绣花园物业公司", "黄志强", "2024.08.01"], ["滨河苑业主委员会", "孙德明", "2024.08.01"],
               ["县燃气公司城区营业所", "何海燕", "2024.08.02"], ["石桥县实验小学", "郑丽娟", "2024.08.05"],
               ["桥东幼儿园", "曹秀英", "2024.08.05"], ["粮站家属院自管小组", "梁卫东", "2024.08.06"]]),
        ("sig", ["桥东社区居民委员会（盖章）", cn("2024-08-01")]),
    ], j=("安全目标责任书", [4], [1]))


def application():
    docx(SB + "/桥东社区安全社区评定申请书.docx", "2026-07-06", "省级安全社区评定申请书", [
        ("b", "申请单位：石桥县城关镇桥东社区"),
        ("b", "社区类型：城市型社区（县城社区）"),
        ("b", "创建周期：2024年7月—2026年6月"),
        ("b", "联系人：周雅琴　电话：0xxx-6231xxx"),
        "我社区自2024年7月启动安全社区创建以来，按照《安全社区建设基本要求》（AQ/T 9001-2006）建立了跨部门的促进委员会和五个项目组，"
        "开展了社区安全诊断，实施了老年人防跌倒、电动车及交通安全、燃气家居安全、儿童安全、高层住宅消防安全五个安全促进项目，"
        "持续开展两年。经自评，现申请省级安全社区评定。",
        ("b", "附件：1.安全社区建设工作报告；2.自评报告；3.创建档案目录"),
        ("sig", ["城关镇桥东社区居民委员会", "城关镇人民政府（审核意见：同意申报）", cn("2026-07-06")]),
    ], j=("评定申请书（创建周期2024.7—2026.6）", [12], [10, 1]))

    docx(SB + "/桥东社区安全社区建设工作报告（最终版）.docx", "2026-07-05", "桥东社区安全社区建设工作报告", [
        ("h", "一、社区概况"),
        "桥东社区常住3860户、11240人，60岁以上老年人占20.6%。创建周期为2024年7月1日至2026年6月30日。",
        ("h", "二、创建机构与职责"),
        "促进委员会由13个成员单位组成，下设办公室和五个项目组。周期内共召开促进委员会会议8次（含启动会）。",
        ("h", "三、安全诊断与项目"),
        "2024年8—9月开展社区安全诊断，识别出老年人跌倒、电动车充电及骑行、燃气使用、儿童溺水走失、高层住宅消防五类主要问题，据此确定五个安全促进项目。",
        ("h", "四、宣传教育培训"),
        "周期内开展各类宣传培训活动百余场，详见宣传培训活动登记表。",
        ("h", "五、应急与监测"),
        "组织消防疏散、地震避险、燃气泄漏等应急演练；隐患排查整改台账持续记录；桥东卫生服务站开展伤害监测登记。",
        ("h", "六、存在问题"),
        "部分隐患整改进度滞后；伤害监测登记2025年第四季度后未能持续；儿童安全项目效果评估尚未完成。",
        sig(RJ, "2026-07-05"),
    ], j=("安全社区建设工作报告", [12], [10, 1]))

    scores = [["一级指标", "二级指标数", "分值", "自评得分", "主要扣分原因"],
              ["1 创建机构与职责", 5, 15, 13.2, "2025年三季度例会未召开"],
              ["2 信息交流和全员参与", 4, 12, 11.0, ""],
              ["3 事故与伤害风险辨识及评价", 4, 12, 10.8, ""],
              ["4 事故与伤害预防目标及计划", 3, 9, 7.4, "2026年度计划未印发"],
              ["5 安全促进项目", 6, 18, 15.1, "儿童安全项目评估未完成"],
              ["6 宣传教育与培训", 4, 12, 11.2, ""],
              ["7 应急预案和响应", 5, 15, 12.6, "2025年下半年演练未组织"],
              ["8 监测与监督", 4, 12, 10.5, ""],
              ["9 事故与伤害记录", 4, 12, 9.6, "伤害登记中断"],
              ["10 安全社区创建档案", 3, 9, 8.1, ""],
              ["11 预防与纠正措施", 4, 12, 9.9, "部分隐患逾期"],
              ["12 评审与持续改进", 4, 12, 10.0, "2025年度总结评审未开展"]]
    body = [("b", "创建周期：2024年7月1日—2026年6月30日"),
            "对照《安全社区建设基本要求》12个一级指标、50个二级指标逐项自评，自评总分129.4分（满分150分）。",
            ("t", scores),
            ("h", "需要整改的问题"),
            "（一）2025年第三季度促进委员会例会未召开；（二）2026年度工作计划至今未正式印发；（三）儿童安全项目效果评估未完成；"
            "（四）2025年下半年未组织应急演练；（五）伤害监测登记自2025年10月起中断；（六）隐患台账中有逾期未整改项目；"
            "（七）2025年度未开展年度总结评审。",
            sig(PC, "2026-06-28")]
    pdf(SB + "/自评报告(定稿).pdf", "2026-06-28", "桥东社区安全社区建设自评报告", body,
        j=("自评报告", [12], [10]))
    shutil.copyfile(target(SB + "/自评报告(定稿).pdf"), target(SB + "/自评报告(定稿) - 副本.pdf"))
    judge(SB + "/自评报告(定稿) - 副本.pdf", "重复副本（自评报告）", [12], [10], "2026-06-28",
          {"duplicate_of": SB + "/自评报告(定稿).pdf"})


# ================================================================ 01 组织机构
MEET = {}


def minutes(when, title, items, decisions, chair="陈立新（常务副主任）"):
    body = [("b", f"时间：{zh(when)}"), ("b", "地点：桥东社区党群服务中心三楼会议室"),
            ("b", f"主持：{chair}"), ("b", "参加：促进委员会成员单位代表、各项目组组长"), ("b", "记录：王婷"),
            ("h", "一、会议内容")] + items + [("h", "二、议定事项")]
    body += [f"{i + 1}.{t}" for i, t in enumerate(decisions)]
    MEET[when] = (title, body)
    return body


def organisation():
    pdf(E1 + "/指标1 促进委员会/关于成立桥东社区安全社区促进委员会的通知.pdf", "2024-07-05",
        "关于成立桥东社区安全社区促进委员会的通知", [
            ("b", "城关政发〔2024〕31号"),
            "为做好桥东社区安全社区创建工作，经镇党委、政府研究，决定成立桥东社区安全社区促进委员会，组成如下：",
            ("b", "主　任：刘建国（城关镇副镇长）"),
            ("b", "常务副主任：陈立新（桥东社区党委书记、居委会主任）"),
            ("b", "副主任：谢文华（县应急管理局城关安监站站长）、高永红（城关派出所副所长）"),
            ("b", "成　员：" + MEMBERS + "负责人。"),
            "促进委员会办公室设在桥东社区居委会，周雅琴同志兼任办公室主任，负责日常工作。",
            ("sig", ["石桥县城关镇人民政府", cn("2024-07-05")]),
        ], author="城关镇党政办", j=("成立促进委员会通知", [1]))

    docx(E1 + "/指标1 促进委员会/安全社区促进委员会工作制度.docx", "2024-07-05", "桥东社区安全社区促进委员会工作制度", [
        ("h", "第一条　职责"),
        "促进委员会负责组织社区安全诊断，制定安全目标和计划，组织实施安全促进项目，整合资源，评审社区安全绩效。",
        ("h", "第二条　例会制度"),
        RULE_MEETING,
        ("h", "第三条　信息报送"),
        "各成员单位每月向办公室报送本单位涉及社区的事故、伤害、隐患和警情信息。",
        ("h", "第四条　总结评审"),
        RULE_REVIEW,
        ("h", "第五条　计划"),
        "办公室于每年1月底前拟定年度工作计划，经促进委员会审议后印发。",
        ("b", "本制度自印发之日起施行。"),
        sig(PC, "2024-07-05"),
    ], j=("促进委员会工作制度（每季度例会）", [1]))

    docx(E1 + "/指标2 项目组/关于成立安全促进项目组的通知.docx", "2024-07-20", "关于成立桥东社区安全促进项目组的通知", [
        "经促进委员会研究，成立以下五个安全促进项目组：",
        ("t", [["项目组", "组长", "成员单位"],
               ["老年人防跌倒项目组", "胡淑珍（卫生服务站站长）", "卫生服务站、老年协会、志愿者协会"],
               ["电动车及交通安全项目组", "马国庆（交警城区中队）", "交警中队、派出所、物业"],
               ["燃气家居安全项目组", "何海燕（燃气营业所）", "燃气营业所、供电所、楼栋长"],
               ["儿童安全项目组", "郑丽娟（实验小学）", "实验小学、幼儿园、妇联执委"],
               ["高层住宅消防安全项目组", "韩卫东（消防城关中队）", "消防中队、物业、微型消防站"]]),
        "各项目组每季度至少召开一次工作会议，按项目实施方案开展工作。",
        sig(PC, "2024-07-20"),
    ], j=("成立项目组通知", [1], [5]))

    rnd = rng("members")
    rows = []
    groups = ["老年人防跌倒", "电动车及交通安全", "燃气家居安全", "儿童安全", "高层住宅消防安全"]
    units = ["卫生服务站", "老年协会", "志愿者协会", "交警城区中队", "城关派出所", "锦绣花园物业", "燃气营业所",
             "城关供电所", "实验小学", "桥东幼儿园", "消防城关中队", "居民代表"]
    for i in range(40):
        rows.append([i + 1, groups[i % 5], person(rnd), rnd.choice(units), rnd.choice(["组长", "副组长", "成员", "成员", "成员"]),
                     "139" + "".join(str(rnd.randint(0, 9)) for _ in range(4)) + "****"])
    xlsx(E1 + "/指标2 项目组/项目组成员及职责分工表.xlsx", "2024-07-20",
         [("成员", "桥东社区安全促进项目组成员名单", None, ["序号", "项目组", "姓名", "单位", "职务", "联系电话"], rows)],
         j=("项目组成员名单", [1], [5]))

    docx(E1 + "/3-工作制度/安全社区创建管理制度汇编.docx", "2024-08-01", "桥东社区安全社区创建管理制度汇编", [
        ("h", "一、促进委员会例会制度"), RULE_MEETING,
        ("h", "二、项目组工作制度"), "项目组每季度至少召开一次工作会议，每半年向促进委员会书面报告项目进展。",
        ("h", "三、信息交流与反馈制度"), "设立居民安全意见箱和微信群，居民意见建议登记后5个工作日内答复。",
        ("h", "四、隐患排查治理制度"), "网格员每周巡查，发现隐患登记入台账，明确整改期限，逾期未整改的报促进委员会督办。",
        ("h", "五、伤害监测制度"), RULE_INJURY,
        ("h", "六、应急演练制度"), RULE_DRILL,
        ("h", "七、宣传教育培训制度"), "每季度至少开展一次面向居民的安全宣传或培训活动，建立活动登记表。",
        ("h", "八、总结评审制度"), RULE_REVIEW,
        sig(PC, "2024-08-01"),
    ], j=("创建管理制度汇编", [1], [10]))

    docx(E1 + "/第5项 经费/关于拨付安全社区创建工作经费的请示.docx", "2024-08-15", "关于拨付桥东社区安全社区创建工作经费的请示", [
        "镇人民政府：",
        "为保障安全社区创建工作顺利开展，申请2024年下半年创建工作经费4.5万元，主要用于宣传资料、适老化改造试点、微型消防站器材补充等。",
        "妥否，请批示。",
        sig(RJ, "2024-08-15"),
        ("b", "批示：同意，从镇安全生产专项经费中列支。刘建国 2024.8.19"),
    ], j=("经费请示（有批示）", [1]))

    rows = []
    items = [("宣传资料印制", 6800), ("适老化扶手、防滑垫", 21500), ("电动车充电棚（4处）", 38600), ("燃气报警器补贴", 9200),
             ("微型消防站器材", 7400), ("防溺水警示牌、救生圈", 3600), ("演练物资", 2100), ("志愿者保险", 1800), ("培训讲课费", 2400)]
    for i, (k, v) in enumerate(items):
        rows.append([i + 1, k, v, "镇专项经费" if i % 3 else "县安委办补助", dt.date(2025, 2 + i, 10)])
    rows.append(["", "合计", sum(v for _, v in items), "", None])
    xlsx(E1 + "/第5项 经费/2025年安全社区创建经费预算及使用明细.xlsx", "2025-12-30",
         [("2025", "2025年桥东社区安全社区创建经费使用明细", None, ["序号", "用途", "金额（元）", "来源", "支出日期"], rows)],
         j=("2025年经费使用明细", [1]))

    # -------------------------------------------------- committee meetings
    b = minutes("2024-07-12", "安全社区创建启动大会暨促进委员会第一次全体会议纪要", [
        "刘建国主任宣读成立促进委员会通知，陈立新作创建工作动员，县应急管理局到会指导。会议审议了创建实施方案（创建周期2024年7月至2026年6月）和促进委员会工作制度。",
    ], ["通过创建实施方案和工作制度。", "8月底前完成社区安全诊断。", "各成员单位确定一名联络员。"], chair="刘建国（主任）")
    docx(E1 + "/会议纪要/2024.07.12 安全社区创建启动大会暨促进委员会第一次会议纪要.docx", "2024-07-12",
         MEET["2024-07-12"][0], b + [sig(PCO, "2024-07-12")], j=("启动大会暨促进委员会第一次会议纪要", [1], [2]))

    b = minutes("2024-09-26", "促进委员会2024年第三季度例会纪要", [
        "办公室通报社区安全诊断结果：居民伤害以跌倒、电动车骑行伤害为主；需求问卷回收612份。",
        "会议确定五个安全促进项目，审议各项目实施方案。",
    ], ["五个项目方案修改后于10月10日前印发。", "10月中旬组织高层住宅消防疏散演练。"])
    docx(E1 + "/会议纪要/2024.09.26促进委员会第三季度例会纪要.docx", "2024-09-26", MEET["2024-09-26"][0],
         b + [sig(PCO, "2024-09-26")], j=("促进委员会季度例会纪要", [1]))

    minutes("2024-12-20", "促进委员会2024年第四季度例会纪要", [
        "各项目组汇报下半年工作：第一轮入户安全检查完成，10月15日消防疏散演练已开展，伤害监测登记运行正常。",
        "会议对2024年下半年工作进行总结评审，提出2025年改进要求。",
    ], ["办公室1月中旬前完成2024年度工作总结和2025年工作计划。", "隐患逾期项目由镇安监站督办。"])
    # the Q4 minutes exist only inside the compilation (trap T1)
    story = [("b", "目录：1.启动大会暨第一次全体会议纪要（2024.07.12）　2.第三季度例会纪要（2024.09.26）　3.第四季度例会纪要（2024.12.20）")]
    for k in ("2024-07-12", "2024-09-26", "2024-12-20"):
        t, bb = MEET[k]
        story += [("title", t)] + bb + [sig(PCO, k)]
    pdf(E1 + "/会议纪要/2024年下半年促进委员会会议纪要汇编.pdf", "2024-12-31", "桥东社区安全社区促进委员会会议纪要汇编（2024年下半年）",
        story, j=("会议纪要汇编（第四季度纪要仅见于此）", [1]))

    b = minutes("2025-03-18", "促进委员会2025年第一季度例会纪要", [
        "审议通过2025年工作计划；电动车集中充电棚选址确定4处；燃气家居第二轮入户检查3月启动。",
    ], ["充电棚6月底前建成。", "防跌倒项目组4月召开项目组会议。"])
    docx(E1 + "/会议纪要/20250318 例会纪要.docx", "2025-03-18", MEET["2025-03-18"][0],
         b + [("sig", [PCO, cn("2025-03-18")])], j=("促进委员会季度例会纪要", [1]))

    b = minutes("2025-06-20", "促进委员会2025年第二季度例会纪要", [
        "5月12日地震避险演练已组织；6月3日锦绣花园电动车充电起火事件已调查，纠正措施已落实；充电棚4处已建成。",
    ], ["暑期防溺水宣传7月上旬开展。", "下半年消防演练11月组织。"])
    docx(E1 + "/会议纪要/2025.06.20 促进委员会二季度例会纪要.docx", "2025-06-20", MEET["2025-06-20"][0],
         b + [sig(PCO, "2025-06-20")], j=("促进委员会季度例会纪要", [1]))

    b = minutes("2025-12-26", "促进委员会2025年第四季度例会纪要", [
        "办公室说明：7—9月社区抽调人员参加防汛值守和老旧小区改造，第三季度例会未召开；原定11月的消防演练因东门老街改造施工未能组织，顺延至2026年上半年。",
        "桥东卫生服务站因人员调整，伤害监测登记自10月起中断，要求尽快恢复并补登。",
    ], ["2025年度工作总结及年度总结评审于2026年1月完成。", "卫生服务站1月底前恢复伤害登记。", "2026年工作计划1月底前印发。"])
    docx(E1 + "/会议纪要/2025.12.26 促进委员会第四季度例会纪要.docx", "2025-12-26", MEET["2025-12-26"][0],
         b + [sig(PCO, "2025-12-26")], j=("促进委员会季度例会纪要（说明三季度未开会）", [1]))

    b = minutes("2026-03-27", "促进委员会2026年第一季度例会纪要", [
        "2026年工作计划（征求意见稿）已起草，成员单位提出修改意见；2025年度工作总结尚未完成。",
        "燃气家居第三轮入户检查3月启动；项目评估工作5月开始。",
    ], ["办公室4月底前修改印发2026年工作计划。", "5月12日组织燃气泄漏应急演练。"])
    docx(E1 + "/会议纪要/20260327例会纪要.docx", "2026-03-27", MEET["2026-03-27"][0],
         b + [sig(PCO, "2026-03-27")], j=("促进委员会季度例会纪要", [1]))

    b = minutes("2026-06-25", "促进委员会2026年第二季度例会纪要", [
        "听取防跌倒、电动车、燃气家居、高层消防四个项目效果评估汇报；儿童安全项目评估因学校期末未能完成。",
        "办公室说明2026年工作计划因人员变动仍未正式印发。审议自评报告。",
    ], ["7月整理创建档案并申报。", "儿童安全项目评估暑期内完成。"])
    docx(E1 + "/会议纪要/２０２６．０６．２５例会纪要(定稿).docx", "2026-06-25", MEET["2026-06-25"][0],
         b + [sig(PCO, "2026-06-25")], j=("促进委员会季度例会纪要", [1]))

    # misfiled: a training sign-in sheet in the organisation folder
    rnd = rng("signin")
    rows = [["序号", "姓名", "小区/单位", "签到"]] + [[i + 1, person(rnd), rnd.choice(XIAOQU), "√"] for i in range(36)]
    pdf(E1 + "/2024.11.20 消防安全培训签到表.pdf", "2024-11-20", "高层住宅消防安全培训签到表", [
        ("b", "时间：2024年11月20日上午9:00　地点：社区党群服务中心　主讲：韩卫东（消防城关中队）"),
        ("b", "内容：高层住宅火灾特点、灭火器使用、疏散逃生"), ("t", rows)],
        j=("培训签到表（误放组织机构）", [6], [5]))


# ================================================================ 2. 信息交流和全员参与
def participation():
    rnd = rng("opinions")
    topics = [("楼道堆放杂物", "已通知物业清理"), ("路灯不亮", "已报县路灯所维修"), ("电动车楼道充电", "网格员上门劝导"),
              ("小区路口车速快", "已协调交警设置减速带"), ("老人想装扶手", "纳入适老化改造名单"), ("河边护栏破损", "已报城管修复"),
              ("燃气管道锈蚀", "燃气公司上门检查"), ("消防通道被占", "物业张贴告知、劝离"), ("希望多办急救培训", "纳入下季度培训"),
              ("井盖松动", "已报市政维修"), ("学校门口接送拥堵", "护学岗增加人员")]
    rows = []
    d = D("2024-07-15")
    for i in range(86):
        d += dt.timedelta(days=rnd.randint(3, 12))
        if d > D("2026-06-25"):
            break
        t, a = rnd.choice(topics)
        way = rnd.choice(["意见箱", "微信群", "来访", "网格员收集", "电话"])
        rows.append([i + 1, d, masked(rnd), rnd.choice(XIAOQU), way, t, a, d + dt.timedelta(days=rnd.randint(1, 5)), "周雅琴"])
    xlsx(E2 + "/指标7/居民安全意见建议登记及反馈台账.xlsx", "2026-06-28",
         [("台账", "桥东社区居民安全意见建议登记反馈台账", None,
           ["序号", "收到日期", "反映人", "小区", "渠道", "反映内容", "处理答复", "答复日期", "经办人"], rows)],
         j=("居民意见建议登记反馈台账", [2]))

    pdf(E2 + "/指标7/安全社区工作简报（第1期）.pdf", "2024-08-05", "桥东社区安全社区工作简报　第1期", [
        ("b", "桥东社区安全社区促进委员会办公室　2024年8月5日"),
        "7月12日，桥东社区安全社区创建启动大会召开，镇政府、县应急管理局、消防、公安、卫生等13个单位参加，居民代表120人到会。",
        "7月下旬，社区发放《致居民的一封信》3800份，开通“桥东安全”微信群，设置意见箱6个。",
    ], j=("工作简报第1期", [2]))
    pdf(E2 + "/指标7/安全社区工作简报第5期.pdf", "2025-10-15", "桥东社区安全社区工作简报　第5期", [
        ("b", "桥东社区安全社区促进委员会办公室　2025年10月15日"),
        "9月20日社区举办安全知识竞赛，6个小区代表队参赛。电动车集中充电棚投用以来，楼道飞线充电发现数明显下降。",
        "县应急管理局10月20日将对社区创建工作进行中期检查。",
    ], j=("工作简报第5期", [2]))

    rnd = rng("volunteers")
    rows = []
    for i in range(64):
        rows.append([i + 1, person(rnd), rnd.choice(["男", "女"]), rnd.randint(19, 71), rnd.choice(XIAOQU),
                     rnd.choice(["巡防队", "助老服务队", "护学岗", "宣传队", "微型消防站"]), between("2024-07-10", "2025-12-30", rnd)])
    xlsx(E2 + "/第8项/桥东社区安全志愿者队伍名册.xlsx", "2026-01-05",
         [("名册", "桥东社区安全志愿者名册", None, ["序号", "姓名", "性别", "年龄", "小区", "服务队", "加入时间"], rows)],
         j=("志愿者名册", [2]))

    # volunteer service log: a year heading row, then "7月13日" style dates
    rnd = rng("vlog")
    header = ["日期", "服务项目", "参加志愿者", "人数", "时长（小时）", "服务内容", "记录人"]
    kinds = [("夜间巡防", "锦绣花园、滨河苑夜间巡逻，检查楼道电动车"), ("助老服务", "独居老人探访，检查家中防滑"),
             ("护学岗", "实验小学门口上下学护导"), ("安全宣传", "发放宣传单、讲解燃气安全"), ("楼道清理", "清理楼道堆放杂物"),
             ("河边巡查", "东门老街沿河防溺水巡查")]
    rows = []
    for year, a, b in ((2024, "2024-07-13", "2024-12-31"), (2025, "2025-01-04", "2025-12-31"), (2026, "2026-01-03", "2026-06-28")):
        rows.append([f"{year}年", "", "", "", "", "", ""])
        d = D(a)
        while d <= D(b):
            k, c = rnd.choice(kinds)
            if k == "河边巡查" and d.month not in (6, 7, 8):
                k, c = kinds[0]
            n = rnd.randint(3, 12)
            rows.append([md(d.isoformat()), k, "、".join(person(rnd) for _ in range(3)) + "等", n, n * rnd.choice([1, 1.5, 2]), c,
                         rnd.choice(["王婷", "李秀英"])])
            d += dt.timedelta(days=rnd.randint(3, 6))
    xlsx(E2 + "/第8项/志愿者服务记录.xlsx", "2026-06-30",
         [("服务记录", "桥东社区安全志愿者服务记录", None, header, rows)], j=("志愿者服务记录（年份标题行+月日）", [2]))

    rnd = rng("points")
    rows = []
    for i in range(58):
        rows.append([i + 1, person(rnd), rnd.choice(XIAOQU), rnd.randint(20, 160), rnd.choice(["洗衣液", "灭火毯", "应急手电", "防滑垫", "米面油"]),
                     between("2025-01-10", "2026-06-20", rnd)])
    xls(E2 + "/第8项/志愿者积分兑换登记.xls", "2026-06-25", "兑换", "桥东社区志愿服务积分兑换登记",
        ["序号", "志愿者", "小区", "累计积分", "兑换物品", "兑换日期"], rows, j=("志愿服务积分兑换登记（xls）", [2]))

    docx(E2 + "/9-居民参与/2025年“安全家庭”评选活动方案.docx", "2025-04-08", "桥东社区2025年“安全家庭”评选活动方案", [
        "为引导居民家庭参与安全社区建设，开展“安全家庭”评选。评选条件：家中安装燃气报警器、不在室内给电动车充电、老人居室有防滑措施、家庭成员参加过一次以上安全培训。",
        "由楼栋长推荐、网格员核实，年底评出安全家庭60户并予表彰。",
        sig(RJ, "2025-04-08"),
    ], j=("安全家庭评选方案", [2], [6]))

    pdf(E2 + "/与县消防救援大队城关中队共建协议.pdf", "2024-09-03", "消防安全共建协议", [
        ("b", "甲方：石桥县城关镇桥东社区居民委员会　乙方：石桥县消防救援大队城关中队"),
        "双方在高层住宅消防安全、微型消防站建设、消防宣传培训、应急演练等方面开展共建，乙方每季度派员到社区开展一次消防培训，指导微型消防站训练。",
        ("sig", ["甲方（盖章）　乙方（盖章）", cn("2024-09-03")]),
    ], j=("与消防中队共建协议", [2], [1]))

    docx(E2 + "/2025.06 参加全省安全社区建设经验交流会的情况报告.docx", "2025-06-12", "参加全省安全社区建设经验交流会的情况报告", [
        "2025年6月9日至10日，社区党委书记陈立新、办公室主任周雅琴参加在省城召开的全省安全社区建设经验交流会，参观了两个省级安全社区，"
        "学习了老年人防跌倒和电动车管理经验。",
        "回社区后，在二季度例会上作了传达，并将“充电棚+智能断电”做法纳入电动车项目。",
        sig(PCO, "2025-06-12"),
    ], j=("参加经验交流会情况报告", [2]))

    # misfiled: the community emergency plan in the participation folder
    docx(E2 + "/社区综合应急预案（2024修订）.docx", "2024-09-20", "桥东社区突发事件综合应急预案（2024年修订）", [
        ("h", "一、适用范围"), "本预案适用于桥东社区辖区内火灾、燃气泄漏、地震、洪涝、踩踏等突发事件的先期处置。",
        ("h", "二、应急组织"), "成立社区应急指挥部，陈立新任总指挥，下设疏散引导组、抢险救援组、医疗救护组、后勤保障组和信息联络组。",
        ("h", "三、预警与响应"), "接警后社区值班人员5分钟内报告总指挥，同时拨打119/120/110，组织微型消防站和志愿者先期处置。",
        ("h", "四、应急演练"), RULE_DRILL,
        ("h", "五、保障"), "应急物资存放于社区微型消防站和党群服务中心一楼储藏室，由专人管理，每季度检查一次。",
        sig(RJ, "2024-09-20"),
    ], j=("社区综合应急预案（误放要素2文件夹）", [7]))


# ================================================================ 三、风险辨识
def diagnosis():
    docx(E3 + "/桥东社区安全诊断报告.docx", "2024-09-10", "桥东社区安全诊断报告", [
        ("h", "一、诊断方法"),
        "采用资料收集（卫生服务站就诊记录、交警事故数据、消防出警记录）、居民问卷调查（发放650份，回收612份）、入户走访、隐患排查和座谈会等方法。",
        ("h", "二、伤害现状"),
        "2023年7月至2024年6月，桥东卫生服务站就诊伤害病例163例，其中跌倒61例（37.4%），电动车骑行及交通伤害34例（20.9%），动物咬伤17例，烧烫伤12例。60岁以上老人跌倒占跌倒病例的68.9%。",
        ("h", "三、高风险人群和环境"),
        "高危人群：独居和高龄老人、留守儿童、电动车骑行者。高风险环境：老旧小区楼道、东门老街沿河段、实验小学门口路段、高层住宅（滨河苑6栋18层）。",
        ("h", "四、确定的重点问题与项目"),
        "老年人跌倒、电动车充电及骑行安全、燃气与家居用电安全、儿童溺水与走失、高层住宅消防安全。",
        sig(PCO, "2024-09-10"),
    ], j=("社区安全诊断报告", [3], [9, 4]))

    rnd = rng("risks")
    hazards = [("燃气软管老化", "燃气泄漏", "家居"), ("电动车楼道充电", "火灾", "消防"), ("楼道堆物", "火灾、阻碍疏散", "消防"),
               ("卫生间无防滑", "跌倒", "老年人"), ("楼梯无扶手", "跌倒", "老年人"), ("沿河无护栏", "溺水", "儿童"),
               ("路口无减速设施", "交通伤害", "交通"), ("高层消防栓无水", "火灾扩大", "消防"), ("私拉电线", "触电、火灾", "家居"),
               ("井盖缺失", "坠落", "公共场所"), ("瓶装液化气室内存放", "爆炸", "家居"), ("窗户无护栏", "儿童坠落", "儿童")]
    rows = []
    for i in range(48):
        h, c, t = hazards[i % len(hazards)]
        L, E, C = rnd.choice([1, 3, 6]), rnd.choice([2, 3, 6]), rnd.choice([1, 3, 7, 15])
        s = L * E * C
        lvl = "重大" if s > 160 else "较大" if s > 70 else "一般" if s > 20 else "低"
        rows.append([i + 1, rnd.choice(XIAOQU), h, c, t, L, E, C, s, lvl, rnd.choice(["物业", "居民", "燃气营业所", "社区", "城管"])])
    xlsx(E3 + "/指标11/社区危险源辨识及风险评价清单.xlsx", "2024-08-30",
         [("清单", "桥东社区危险源辨识及风险评价清单（LEC法）", None,
           ["序号", "小区", "危险源", "可能导致的伤害", "类别", "L", "E", "C", "D值", "风险等级", "管控责任"], rows)],
         j=("危险源辨识及风险评价清单", [3], [8]))

    rnd = rng("survey")
    qs = ["您家中是否有老人跌倒过", "您是否在楼道或室内给电动车充电", "您家是否安装燃气报警器", "您是否知道灭火器使用方法",
          "您认为小区最大的安全问题", "您希望社区开展哪些安全培训", "孩子暑期是否有人看护", "您是否知道119/120报警要点"]
    rows = []
    for i, q in enumerate(qs):
        a = rnd.randint(120, 480)
        rows.append([i + 1, q, 612, a, f"{a / 612:.1%}", rnd.choice(["是", "否", "电动车", "急救", "有"])])
    xlsx(E3 + "/居民安全需求问卷调查汇总表.xlsx", "2024-08-20",
         [("汇总", "桥东社区居民安全需求问卷调查汇总（2024年8月）", None, ["序号", "问题", "有效问卷", "选择人数", "比例", "主要选项"], rows)],
         j=("居民安全需求问卷汇总", [3], [2]))

    rnd = rng("keypeople")
    rows = []
    for i in range(96):
        kind = rnd.choice(["独居老人", "独居老人", "高龄老人", "留守儿童", "残疾人"])
        age = rnd.randint(80, 95) if kind == "高龄老人" else rnd.randint(62, 88) if kind == "独居老人" else rnd.randint(4, 14) if kind == "留守儿童" else rnd.randint(30, 70)
        rows.append([i + 1, masked(rnd), kind, age, rnd.choice(XIAOQU), rnd.choice(["网格员", "楼栋长"]) + "联系", rnd.choice(["无", "行动不便", "视力差", "父母外出务工", ""])])
    xlsx(E3 + "/重点人群（独居老人、留守儿童）摸底登记.xlsx", "2024-08-25",
         [("摸底", "桥东社区重点人群摸底登记表", None, ["序号", "姓名", "类别", "年龄", "小区", "结对联系", "备注"], rows)],
         j=("重点人群摸底登记", [3], [5]))

    docx(E3 + "/2025年度风险辨识复核报告.docx", "2025-08-15", "桥东社区2025年度风险辨识复核报告", [
        "2025年7—8月，办公室组织各项目组对2024年危险源清单进行复核。新增东门老街改造施工区域、电动车集中充电棚2项危险源；"
        "滨河苑楼道电动车充电风险由“较大”降为“一般”。",
        "复核结果已报促进委员会，相应调整项目措施。",
        sig(PCO, "2025-08-15"),
    ], j=("年度风险辨识复核报告", [3]))


# ================================================================ 05 项目
def projects():
    # ---- 项目一 防跌倒
    docx(P1 + "/老年人防跌倒安全促进项目实施方案.docx", "2024-08-12", "老年人防跌倒安全促进项目实施方案", [
        ("h", "一、项目背景"), "诊断显示跌倒占社区伤害的37.4%，60岁以上老人占跌倒病例的近七成。",
        ("h", "二、目标"), "到2026年5月，60岁以上老人跌倒就诊例数比基线下降15%；完成适老化改造150户；老人防跌倒知识知晓率达到80%。",
        ("h", "三、措施"), "入户跌倒风险评估；安装扶手、防滑垫；防跌倒讲座和平衡操；志愿者结对探访。",
        ("h", "四、评估"), "2026年5月对照基线开展效果评估。",
        sig("老年人防跌倒项目组", "2024-08-12"),
    ], j=("防跌倒项目实施方案", [5]))
    docx(P1 + "/2024.10.22 老年人居家防跌倒知识讲座记录.docx", "2024-10-22", "老年人居家防跌倒知识讲座活动记录", [
        ("b", "时间：2024年10月22日下午　地点：社区老年活动室　主讲：胡淑珍"),
        "讲解老年人跌倒的危险因素、居家环境改造、起身“三个30秒”、跌倒后如何求助。现场演示平衡操，参加老人58人。",
        sig("老年人防跌倒项目组", "2024-10-22"),
    ], j=("防跌倒讲座记录", [5], [6]))
    rnd = rng("retrofit")
    rows = []
    for i in range(104):
        d = between("2024-10-15", "2025-11-28", rnd)
        rows.append([i + 1, masked(rnd), rnd.randint(62, 93), rnd.choice(XIAOQU), rnd.choice(["高", "中", "中", "低"]),
                     rnd.choice(["卫生间扶手", "防滑垫", "卫生间扶手+防滑垫", "床边扶手", "夜灯"]), d, rnd.choice(["志愿者", "物业", "项目组"]),
                     rnd.choice(["满意", "满意", "很满意"])])
    rows.sort(key=lambda r: r[6])
    for i, r in enumerate(rows):
        r[0] = i + 1
    xlsx(P1 + "/适老化改造（扶手、防滑垫）入户登记表.xlsx", "2025-11-30",
         [("登记", "适老化改造入户登记表", None, ["序号", "老人", "年龄", "小区", "跌倒风险", "改造内容", "完成日期", "实施", "回访"], rows)],
         j=("适老化改造入户登记", [5]))
    docx(P1 + "/2025.04.10 防跌倒项目组工作会议记录.docx", "2025-04-10", "老年人防跌倒项目组工作会议记录", [
        ("b", "时间：2025年4月10日　主持：胡淑珍"),
        "一季度完成适老化改造31户；讨论扩大平衡操覆盖面，每周二、四在锦绣花园广场开展。",
        sig("老年人防跌倒项目组", "2025-04-10"),
    ], j=("项目组会议记录", [5], [1]))

    # ---- 项目二 电动车及交通
    docx(P2 + "/电动自行车及道路交通安全促进项目实施方案.docx", "2024-08-12", "电动自行车及道路交通安全促进项目实施方案", [
        ("h", "一、背景"), "辖区电动自行车约4100辆，楼道、室内充电普遍；电动车骑行伤害占伤害病例的20.9%。",
        ("h", "二、目标"), "建成集中充电棚4处；楼道飞线充电发现数下降70%；电动车骑行伤害下降10%；头盔佩戴率达到85%。",
        ("h", "三、措施"), "建设充电棚；网格员、志愿者夜间巡查；“一盔一带”宣传；学校路口设置减速带和护学岗。",
        ("h", "四、评估"), "2026年6月开展效果评估。",
        sig("电动车及交通安全项目组", "2024-08-12"),
    ], j=("电动车交通项目实施方案", [5]))
    docx(P2 + "/2025.03 电动自行车集中充电棚建设情况.docx", "2025-06-28", "电动自行车集中充电棚建设情况", [
        "2025年3月开工，6月底前建成锦绣花园、桥东新村、滨河苑、粮站家属院4处集中充电棚，共设充电端口268个，具备智能断电功能。",
        sig("电动车及交通安全项目组", "2025-06-28"),
    ], j=("充电棚建设情况", [5], [8]))
    rnd = rng("ebike")
    rows = []
    d = D("2024-09-06")
    i = 0
    while d <= D("2026-06-26"):
        i += 1
        built = d >= D("2025-07-01")
        n = rnd.randint(0, 3) if built else rnd.randint(2, 9)
        rows.append([i, d.strftime("%Y.%m.%d"), rnd.choice(XIAOQU[:5]), n, rnd.randint(0, n), rnd.choice(["劝导", "劝导", "断电", "通知物业"]),
                     "、".join(person(rnd) for _ in range(2))])
        d += dt.timedelta(days=rnd.choice([5, 6, 7, 8]))
    xlsx(P2 + "/电动车飞线充电巡查记录.xlsx", "2026-06-28",
         [("巡查", "电动车楼道及飞线充电夜间巡查记录", None, ["序号", "巡查日期", "小区", "发现飞线充电（处）", "当场整改", "处理方式", "巡查人"], rows)],
         j=("电动车飞线充电巡查记录", [5], [8]))
    e25 = inj_stats("2025-01-01", "2025-06-30")[3]
    pdf(P2 + "/电动车交通项目效果评估报告(定稿).pdf", "2026-06-15", "电动自行车及道路交通安全促进项目效果评估报告", [
        ("h", "一、评估方法"), "对照2024年8月基线，比较巡查记录、伤害监测登记和头盔佩戴抽样观察数据。",
        ("h", "二、评估结果"),
        ("t", [["指标", "基线", "评估值", "目标", "是否达到"],
               ["集中充电棚", "0处", "4处", "4处", "达到"],
               ["每次巡查发现飞线充电（处）", "5.6", "1.4", "下降70%", "达到"],
               ["头盔佩戴率", "41%", "83%", "85%", "基本达到"],
               ["电动车骑行伤害（半年）", "17例", f"{e25}例（2025年1—6月）", "下降10%", "达到" if e25 <= 15.3 else "未达到"]]),
        ("h", "三、持续改进"), "充电棚扩容；头盔佩戴纳入志愿者劝导重点。",
        sig("电动车及交通安全项目组", "2026-06-15"),
    ], j=("电动车交通项目效果评估", [5], [12]))

    # ---- 项目三 燃气家居
    docx(P3 + "/燃气及家居安全促进项目实施方案.docx", "2024-08-12", "燃气及家居用电安全促进项目实施方案", [
        ("h", "一、背景"), "辖区管道燃气2650户，瓶装液化气约700户；诊断发现燃气软管老化、无报警器、私拉电线较普遍。",
        ("h", "二、目标"), "每年完成一轮入户安全检查，覆盖率90%以上；ABC分类管理，C类户100%复查；燃气报警器安装率由18%提高到50%。",
        ("h", "三、措施"), "燃气营业所与网格员联合入户；按A（无隐患）、B（一般隐患）、C（严重隐患）分类，C类户30日内复查。",
        sig("燃气家居安全项目组", "2024-08-12"),
    ], j=("燃气家居项目实施方案", [5]))
    docx(P3 + "/2024.09.05-入户燃气检查培训.docx", "2024-09-05", "入户燃气安全检查培训记录", [
        ("b", "时间：2024年9月5日　地点：社区会议室　主讲：何海燕（县燃气公司城区营业所）"),
        "对参加入户检查的网格员、楼栋长22人进行培训：检查表填写、ABC分类标准、软管和灶具检查要点、与居民沟通方法。",
        sig("燃气家居安全项目组", "2024-09-05"),
    ], j=("入户检查人员培训记录", [5], [6]))
    rnd = rng("gas")
    header = ["检查日期", "小区", "楼栋", "门牌", "户主", "用气类型", "软管", "报警器", "电动车入户", "私拉电线", "分类", "存在问题", "复查日期", "复查结果", "检查人"]
    rows = []
    for a, b, n in (("2024-09-09", "2024-11-29", 92), ("2025-03-03", "2025-05-30", 82), ("2026-03-02", "2026-05-29", 68)):
        ds = sorted(between(a, b, rnd) for _ in range(n))
        year = D(a).year
        for d in ds:
            soft = rnd.choice(["正常", "正常", "正常", "老化", "超期"])
            alarm = "有" if rnd.random() < (0.2 + 0.15 * (year - 2024)) else "无"
            ebike = rnd.choice(["否"] * 8 + ["是"])
            wire = rnd.choice(["否"] * 9 + ["是"])
            probs = [p for p, c in (("软管" + soft, soft != "正常"), ("电动车入户充电", ebike == "是"), ("私拉电线", wire == "是")) if c]
            cls = "C" if len(probs) >= 2 or soft == "超期" else "B" if probs else "A"
            re_d = slash((d + dt.timedelta(days=rnd.randint(7, 28))).isoformat()) if cls == "C" else ""
            rows.append([slash(d.isoformat()), rnd.choice(XIAOQU), f"{rnd.randint(1, 12)}栋", f"{rnd.randint(1, 6)}0{rnd.randint(1, 4)}",
                         masked(rnd), rnd.choice(["管道", "管道", "管道", "瓶装"]), soft, alarm, ebike, wire, cls, "；".join(probs) or "无",
                         re_d, "已整改" if cls == "C" else "", rnd.choice(["何海燕", "王婷", "李秀英", "赵德明"])])
    gbk_csv(P3 + "/入户安全检查登记（ABC分类）.csv", header, rows, "2026-05-29",
            ("入户安全检查登记ABC分类（GBK csv）", [5], [8]))
    docx(P3 + "/燃气家居项目效果评估.docx", "2026-06-10", "燃气及家居用电安全促进项目效果评估", [
        "三轮入户检查共检查242户次（抽样登记），C类户均在30日内复查整改。燃气报警器安装率由2024年的18%提高到2026年的49%，基本达到目标。",
        "周期内辖区未发生燃气爆炸和亡人火灾。下一步将瓶装液化气用户纳入“瓶改管”计划。",
        sig("燃气家居安全项目组", "2026-06-10"),
    ], j=("燃气家居项目效果评估", [5], [12]))

    # ---- 项目四 儿童安全 (no evaluation: gap G2)
    docx(P4 + "/儿童安全（防溺水、防走失）促进项目实施方案.docx", "2024-09-01", "儿童安全（防溺水、防走失）促进项目实施方案", [
        ("h", "一、背景"), "东门老街沿河段夏季有儿童戏水，实验小学门口上下学时段人车混行，辖区留守儿童212人。",
        ("h", "二、目标"), "周期内不发生儿童溺亡；沿河危险段警示牌和救生设施全覆盖；学生防溺水“六不”知晓率达到95%。",
        ("h", "三、措施"), "沿河设置警示牌、救生圈；暑期志愿者河边巡查；护学岗值守；防溺水进校园、进小区。",
        ("h", "四、评估"), "2026年5月项目周期结束时，由项目组对照目标开展效果评估。",
        sig("儿童安全项目组", "2024-09-01"),
    ], j=("儿童安全项目实施方案（无效果评估）", [5]))
    docx(P4 + "/2025.07.08 暑期防溺水宣传进小区活动记录.docx", "2025-07-08", "暑期防溺水宣传进小区活动记录", [
        ("b", "时间：2025年7月8日　地点：东门老街沿河广场"),
        "实验小学老师和志愿者向家长、学生讲解防溺水“六不”，发放告家长书420份，现场演示救生圈抛投。参加家长和学生约150人。",
        sig("儿童安全项目组", "2025-07-08"),
    ], j=("防溺水宣传活动记录", [5], [6]))
    rnd = rng("guard")
    rows = []
    d = D("2025-02-24")
    i = 0
    while d <= D("2025-12-26"):
        if d.weekday() < 5 and not (D("2025-07-05") <= d <= D("2025-08-31")) and rnd.random() < 0.45:
            i += 1
            rows.append([i, d, rnd.choice(["早", "午", "晚"]), "、".join(person(rnd) for _ in range(2)), rnd.choice(["正常", "正常", "正常", "劝导违停车辆", "护送学生过马路"])])
        d += dt.timedelta(days=1)
    xlsx(P4 + "/2025年 “平安童行”护学岗值守记录.xlsx", "2025-12-26",
         [("值守", "实验小学门口护学岗值守记录（2025年）", None, ["序号", "日期", "时段", "值守人员", "情况"], rows)],
         j=("护学岗值守记录", [5], [2]))
    docx(P4 + "/儿童安全项目工作小结（2025年）.docx", "2025-12-20", "儿童安全项目2025年工作小结", [
        "2025年，项目组开展防溺水进校园4次、进小区3次，暑期河边巡查36次，护学岗值守全年坚持。沿河危险段新设警示牌8块、救生圈6个。",
        "项目效果评估按方案在2026年5月项目周期结束后开展。",
        sig("儿童安全项目组", "2025-12-20"),
    ], j=("儿童安全项目年度工作小结（非效果评估）", [5]))

    # ---- 项目五 高层消防
    docx(P5 + "/高层住宅消防安全促进项目实施方案.docx", "2024-08-20", "高层住宅消防安全促进项目实施方案", [
        ("h", "一、背景"), "滨河苑6栋18层高层住宅、锦绣花园4栋11层住宅，消防设施老化，楼道堆物和电动车停放堵塞通道。",
        ("h", "二、目标"), "消防通道畅通率100%；消防设施完好率95%以上；每栋楼培训楼长和消防志愿者各1名。",
        ("h", "三、措施"), "物业每月检查消防设施；微型消防站每周训练；楼道清理专项行动；高层住宅疏散演练。",
        sig("高层住宅消防安全项目组", "2024-08-20"),
    ], j=("高层消防项目实施方案", [5]))
    docx(P5 + "/2025.11.09 消防宣传月 高层住宅楼道清理活动记录.docx", "2025-11-09", "“119”消防宣传月高层住宅楼道清理活动记录", [
        "11月9日，物业、微型消防站和志愿者对滨河苑、锦绣花园高层住宅楼道进行集中清理，清出杂物3车，劝移楼道电动车27辆，在单元门口开展消防宣传。",
        "本次为宣传和清理活动，未组织疏散演练。",
        sig("高层住宅消防安全项目组", "2025-11-09"),
    ], j=("楼道清理活动记录（非演练）", [5], [8, 6]))
    pdf(P5 + "/消防安全项目效果评估.pdf", "2026-06-18", "高层住宅消防安全促进项目效果评估", [
        ("t", [["指标", "基线（2024.8）", "评估（2026.6）", "目标", "结论"],
               ["消防通道畅通率", "72%", "97%", "100%", "基本达到"],
               ["消防设施完好率", "81%", "96%", "95%", "达到"],
               ["楼长、消防志愿者培训覆盖", "0", "10栋全覆盖", "全覆盖", "达到"],
               ["火灾起数（年）", "3起", "2起（2025年）", "不发生亡人火灾", "达到"]]),
        "存在问题：楼道堆物反弹；下一步将楼道清理纳入物业月度考核。",
        sig("高层住宅消防安全项目组", "2026-06-18"),
    ], j=("高层消防项目效果评估", [5], [12]))

    xlsx(E5 + "/安全促进项目一览表.xlsx", "2024-09-30",
         [("项目", "桥东社区安全促进项目一览表", None, ["序号", "项目名称", "牵头单位", "目标人群", "实施周期", "评估时间"],
           [[1, "老年人防跌倒", "桥东卫生服务站", "60岁以上老人", "2024.08—2026.05", "2026年5月"],
            [2, "电动车及交通安全", "交警城区中队", "电动车骑行者", "2024.08—2026.06", "2026年6月"],
            [3, "燃气家居安全", "县燃气公司城区营业所", "全体住户", "2024.08—2026.05", "2026年6月"],
            [4, "儿童安全（防溺水、防走失）", "石桥县实验小学", "14岁以下儿童", "2024.09—2026.05", "2026年5月"],
            [5, "高层住宅消防安全", "消防城关中队", "高层住户", "2024.08—2026.06", "2026年6月"]])],
         j=("安全促进项目一览表", [5], [4]))


# ================================================================ 6 宣传教育培训
TRAIN_ROWS = []


def education():
    docx(E6 + "/2025年度安全宣传教育培训计划.docx", "2025-01-20", "桥东社区2025年度安全宣传教育培训计划", [
        ("t", [["季度", "对象", "内容", "形式"],
               ["一季度", "楼栋长、网格员", "隐患识别、燃气检查", "培训班"],
               ["二季度", "全体居民", "安全生产月、防灾减灾", "宣传咨询、演练"],
               ["三季度", "学生、家长", "防溺水、交通安全", "进校园、进小区"],
               ["四季度", "高层住户、老年人", "消防、防跌倒", "讲座、入户宣传"]]),
        sig(PCO, "2025-01-20"),
    ], j=("2025年度宣传教育培训计划", [6], [4]))

    rnd = rng("training")
    forms = [("讲座", "老年人防跌倒讲座", "老年人", "老年活动室"), ("培训", "楼栋长安全知识培训", "楼栋长、网格员", "社区会议室"),
             ("宣传咨询", "燃气安全宣传咨询", "居民", "锦绣花园广场"), ("入户宣传", "电动车安全入户宣传", "住户", "各小区"),
             ("进校园", "交通安全进校园", "学生", "实验小学"), ("培训", "急救知识（心肺复苏）培训", "居民", "卫生服务站"),
             ("讲座", "消防安全讲座", "高层住户", "滨河苑"), ("宣传咨询", "防诈骗及安全用电宣传", "居民", "东门老街"),
             ("培训", "微型消防站队员培训", "消防志愿者", "微型消防站"), ("进校园", "幼儿园防走失安全课", "幼儿、家长", "桥东幼儿园")]
    rows = []
    d = D("2024-07-18")
    while d <= D("2026-06-27"):
        f, name, who, where = rnd.choice(forms)
        if d.month in (6, 7, 8) and rnd.random() < 0.4:
            f, name, who, where = "宣传咨询", "暑期防溺水宣传", "学生、家长", "东门老街沿河"
        n = rnd.randint(25, 160) if f not in ("入户宣传",) else rnd.randint(40, 220)
        rows.append([None, d, name, f, who, where, n, rnd.choice(["周雅琴", "胡淑珍", "韩卫东", "何海燕", "郑丽娟", "马国庆"]), ""])
        d += dt.timedelta(days=rnd.randint(4, 9))
    for i, r in enumerate(rows):
        r[0] = i + 1
    TRAIN_ROWS.extend(rows)
    xlsx(E6 + "/宣传培训活动登记表.xlsx", "2026-06-30",
         [("登记表", "桥东社区安全宣传教育培训活动登记表", [(2, 6, "活动情况"), (7, 8, "参加及组织")],
           ["序号", "日期", "活动名称", "形式", "对象", "地点", "参加人数", "负责人", "备注"], rows)],
         j=("宣传培训活动登记表（一行一场，含2026年各场）", [6]))

    docx(E6 + "/2024.08.28 安全社区知识培训（楼栋长、网格员）.docx", "2024-08-28", "安全社区知识培训记录", [
        ("b", "时间：2024年8月28日　对象：楼栋长、网格员　人数：46人"),
        "周雅琴讲解安全社区理念和创建要求、伤害登记与隐患上报流程；县应急管理局谢文华讲解隐患识别。",
        sig(PCO, "2024-08-28"),
    ], j=("楼栋长网格员培训记录", [6]))
    docx(E6 + "/2025.06.16 安全生产月宣传咨询日活动小结.docx", "2025-06-16", "安全生产月宣传咨询日活动小结", [
        "6月16日在锦绣花园广场开展安全生产月宣传咨询，应急、消防、燃气、卫生等8个单位设摊，发放资料1600份，接受咨询300余人次。",
        sig(PCO, "2025-06-16"),
    ], j=("安全生产月宣传咨询小结", [6], [2]))
    docx(E6 + "/2025.09.20 社区安全知识竞赛方案及获奖名单.docx", "2025-09-20", "桥东社区安全知识竞赛方案及获奖名单", [
        "竞赛由6个小区各组一队参加，内容涵盖消防、燃气、交通、防跌倒、急救。",
        ("t", [["名次", "代表队"], ["一等奖", "滨河苑队"], ["二等奖", "锦绣花园队"], ["三等奖", "桥东新村队"]]),
        sig(PCO, "2025-09-20"),
    ], j=("安全知识竞赛方案及获奖名单", [6], [2]))
    xlsx(E6 + "/指标24/宣传阵地（宣传栏、电子屏）一览表.xlsx", "2024-10-10",
         [("阵地", "桥东社区安全宣传阵地一览表", None, ["序号", "位置", "类型", "面积/尺寸", "更新频次", "管理人"],
           [[i + 1, x + p, t, s, "每月", m] for i, (x, p, t, s, m) in enumerate([
               ("锦绣花园", "南门", "宣传栏", "3×1.2m", "王婷"), ("桥东新村", "活动广场", "宣传栏", "2.4×1.2m", "李秀英"),
               ("滨河苑", "1栋大厅", "电子屏", "55寸", "物业"), ("东门老街", "沿河广场", "警示宣传牌", "1.2×0.8m", "周雅琴"),
               ("党群服务中心", "一楼", "安全体验角", "20㎡", "周雅琴"), ("粮站家属院", "门口", "宣传栏", "2×1m", "梁卫东")])])],
         j=("宣传阵地一览表", [6]))
    # misfiled: building-leader information officers list (participation)
    rnd = rng("leaders")
    rows = [[i + 1, x, f"{rnd.randint(1, 12)}栋", person(rnd), "138****" + "".join(str(rnd.randint(0, 9)) for _ in range(4))]
            for i, x in enumerate(rnd.choice(XIAOQU) for _ in range(52))]
    xlsx(E6 + "/楼栋长安全信息员名单.xlsx", "2024-08-10",
         [("名单", "楼栋长（安全信息员）名单", None, ["序号", "小区", "楼栋", "楼栋长", "电话"], rows)],
         j=("楼栋长安全信息员名单（误放要素6文件夹）", [2], [1]))

    # GBK text: handout register with a year heading and 月日 lines
    rnd = rng("handout")
    lines = ["桥东社区安全宣传资料发放登记", ""]
    for year, a, b in ((2024, "2024-07-20", "2024-12-28"), (2025, "2025-01-08", "2025-12-25")):
        lines.append(f"{year}年")
        d = D(a)
        while d <= D(b):
            lines.append(f"{md(d.isoformat())}  {rnd.choice(['燃气安全明白纸', '防跌倒宣传册', '电动车安全告知书', '防溺水告家长书', '消防安全手册'])}"
                         f"  {rnd.choice([100, 150, 200, 300, 420, 500])}份  {rnd.choice(XIAOQU)}  经办:{rnd.choice(['王婷', '李秀英', '周雅琴'])}")
            d += dt.timedelta(days=rnd.randint(10, 24))
        lines.append("")
    gbk_text(E6 + "/宣传资料发放登记.txt", "\n".join(lines), "2025-12-25", ("宣传资料发放登记（GBK文本，年份标题+月日）", [6]))


# ================================================================ 七、应急
def emergency():
    docx(E7 + "/燃气泄漏专项应急预案.docx", "2024-09-20", "桥东社区燃气泄漏专项应急预案", [
        "发现燃气泄漏时，严禁开关电器、动用明火，立即关闭总阀、开窗通风，撤离人员并在安全地点拨打燃气抢修电话和119。",
        "社区接报后，疏散引导组15分钟内到场设置警戒，配合燃气公司抢修。",
        sig(RJ, "2024-09-20"),
    ], j=("燃气泄漏专项应急预案", [7]))
    docx(E7 + "/防汛防台专项应急预案.docx", "2025-05-06", "桥东社区防汛专项应急预案", [
        "东门老街沿河低洼地段、滨河苑地下车库为防汛重点部位。汛期实行24小时值班，河道水位超过警戒水位时组织沿河住户转移至实验小学。",
        sig(RJ, "2025-05-06"),
    ], j=("防汛专项应急预案", [7]))
    docx(E7 + "/指标29 演练/2024.10.15消防应急疏散演练方案及总结.docx", "2024-10-15", "滨河苑高层住宅消防应急疏散演练方案及总结", [
        ("h", "一、演练方案"), "时间：2024年10月15日上午9:30；地点：滨河苑3栋；模拟12楼厨房起火，微型消防站先期处置，消防城关中队到场救援，组织楼内居民疏散。",
        ("h", "二、演练总结"), "参演居民186人，微型消防站3分钟到场，全楼疏散用时7分40秒。存在问题：部分老人不熟悉疏散楼梯；3楼防火门闭门器损坏。",
        "改进措施：防火门闭门器由物业10日内修复（已列入隐患台账）；对高层老人开展一对一疏散引导。",
        sig("高层住宅消防安全项目组", "2024-10-16"),
    ], j=("2024下半年消防疏散演练方案及总结", [7]))
    docx(E7 + "/指标29 演练/2025.05.12 防灾减灾日地震避险演练记录.docx", "2025-05-12", "“5·12”防灾减灾日地震应急避险演练记录", [
        "5月12日上午，社区联合实验小学、桥东幼儿园开展地震应急避险及疏散演练，参演师生和居民共1260人，学校全员疏散用时3分15秒。",
        "评估：疏散有序；社区应急避难场所（实验小学操场）标识需补充。",
        sig(RJ, "2025-05-12"),
    ], j=("2025上半年地震避险演练记录", [7]))
    docx(E7 + "/指标29 演练/2026.05.12 燃气泄漏应急演练总结.docx", "2026-05-12", "锦绣花园燃气泄漏应急演练总结", [
        "5月12日，社区联合县燃气公司城区营业所在锦绣花园8栋开展燃气泄漏应急演练，模拟楼道燃气泄漏，演练报警、关阀、警戒、疏散和抢修全过程，参演112人。",
        "评估：响应迅速；警戒区域设置偏小，已修订专项预案。",
        sig(RJ, "2026-05-13"),
    ], j=("2026上半年燃气泄漏演练总结", [7]))
    rows = [[1, "微型消防站", "韩卫东", 8, "灭火器40具、水带6盘、破拆工具1套"],
            [2, "应急救援志愿者队", "赵德明", 26, "担架2副、急救箱4个、扩音器3个"],
            [3, "防汛抢险队", "梁卫东", 18, "沙袋800只、救生衣20件、抽水泵2台"],
            [4, "医疗救护组", "胡淑珍", 5, "AED 1台、急救药品"],
            [5, "疏散引导组", "周雅琴", 20, "应急照明灯12个、警戒带10卷"]]
    xlsx(E7 + "/应急队伍及应急物资清单.xlsx", "2025-03-10",
         [("清单", "桥东社区应急队伍及物资清单", None, ["序号", "队伍", "负责人", "人数", "主要物资装备"], rows)],
         j=("应急队伍及物资清单", [7]))
    rnd = rng("station")
    rows = []
    d = D("2024-08-03")
    while d <= D("2026-06-27"):
        rows.append([d, rnd.choice(["水带连接", "灭火器使用", "器材检查保养", "楼层铺设水带", "体能训练", "破拆器材使用"]),
                     rnd.randint(4, 8), rnd.choice(["韩卫东", "赵德明"]), rnd.choice(["良好", "良好", "一般"])])
        d += dt.timedelta(days=7 * rnd.choice([1, 1, 2]))
    xlsx(E7 + "/微型消防站训练记录.xlsx", "2026-06-30",
         [("训练", "桥东社区微型消防站日常训练记录", None, ["日期", "训练科目", "参训人数", "带训人", "效果"], rows)],
         j=("微型消防站日常训练记录（非演练）", [7], [6]))


# ================================================================ 08 监测与监督
HAZ_OVERDUE = []
HAZ_OPEN_IN_TIME = []


def monitoring():
    rnd = rng("hazards")
    kinds = [("楼道堆放杂物", "消防", "物业"), ("电动车楼道充电", "消防", "物业"), ("消火栓无水", "消防", "锦绣花园物业"),
             ("防火门闭门器损坏", "消防", "物业"), ("燃气软管超期", "燃气", "燃气营业所"), ("路灯损坏", "公共设施", "县路灯所"),
             ("井盖松动", "公共设施", "市政"), ("沿河护栏破损", "涉水", "城管"), ("私拉电线", "用电", "供电所"),
             ("应急照明损坏", "消防", "物业"), ("楼梯扶手松动", "居家", "物业"), ("减速带缺失", "交通", "交警中队")]
    rows = []
    d = D("2024-07-08")
    while d <= D("2026-06-20"):
        h, c, u = rnd.choice(kinds)
        lim = d + dt.timedelta(days=rnd.choice([7, 10, 15, 30]))
        done = min(d + dt.timedelta(days=rnd.randint(2, (lim - d).days)), D("2026-06-30"))
        rows.append([None, d.strftime("%Y.%m.%d"), rnd.choice(XIAOQU), h, c, u, "限期整改", lim.strftime("%Y.%m.%d"), "已整改",
                     done.strftime("%Y.%m.%d"), rnd.choice(["周雅琴", "谢文华", "王婷"]), ""])
        d += dt.timedelta(days=rnd.randint(3, 8))
    # overdue and still open (gap G3): deadlines before 2026-06-30
    overdue = [("2024.11.06", "滨河苑", "地下车库消防喷淋管道锈蚀漏水", "消防", "滨河苑业主委员会", "2025.01.31", "未整改", "维修资金未落实"),
               ("2025.01.14", "东门老街片区", "沿河护栏破损（约30米）", "涉水", "城关镇城管中队", "2025.03.31", "整改中", "已报镇政府"),
               ("2025.03.20", "粮站家属院", "屋顶私拉电线晾晒", "用电", "粮站家属院自管小组", "2025.04.20", "未整改", ""),
               ("2025.05.08", "锦绣花园", "8栋消火栓无水", "消防", "锦绣花园物业公司", "2025.05.31", "整改中", "已报物业公司总部"),
               ("2025.07.22", "供销社宿舍", "楼梯扶手松动脱落", "居家", "供销社宿舍产权单位", "2025.08.31", "未整改", "产权单位不明确"),
               ("2025.09.03", "桥东新村", "井盖松动", "公共设施", "县市政管理所", "2025.09.30", "整改中", ""),
               ("2025.10.16", "滨河苑", "2栋应急照明损坏", "消防", "滨河苑业主委员会", "2025.11.15", "未整改", ""),
               ("2025.12.02", "东门老街片区", "改造施工区围挡缺失", "公共设施", "县住建局施工单位", "2025.12.20", "整改中", ""),
               ("2026.03.11", "锦绣花园", "地下室瓶装液化气存放", "燃气", "锦绣花园物业公司", "2026.04.10", "未整改", "")]
    for dd, x, h, c, u, lim, st, note in overdue:
        rows.append([None, dd, x, h, c, u, "限期整改", lim, st, "", "周雅琴", note])
        HAZ_OVERDUE.append((dd, h, lim, st))
    in_time = [("2026.06.05", "滨河苑", "6栋排烟风机故障", "消防", "滨河苑业主委员会", "2026.08.15", "整改中", "已报维修资金"),
               ("2026.06.12", "桥东新村", "路口减速带缺失", "交通", "交警城区中队", "2026.07.31", "未整改", ""),
               ("2026.06.18", "东门老街片区", "沿河新建步道无照明", "公共设施", "县路灯所", "2026.09.30", "整改中", "")]
    for dd, x, h, c, u, lim, st, note in in_time:
        rows.append([None, dd, x, h, c, u, "限期整改", lim, st, "", "周雅琴", note])
        HAZ_OPEN_IN_TIME.append((dd, h, lim, st))
    rows.sort(key=lambda r: r[1])
    for i, r in enumerate(rows):
        r[0] = i + 1
    xlsx(E8 + "/隐患排查整改台账.xlsx", "2026-06-30",
         [("台账", "桥东社区隐患排查整改台账", [(2, 6, "隐患情况"), (7, 10, "整改"), (11, 12, "复查")],
           ["序号", "排查日期", "小区/部位", "隐患内容", "类别", "责任单位", "整改措施", "整改期限", "整改情况", "完成日期", "复查人", "备注"], rows)],
         j=("隐患排查整改台账（9项逾期未整改）", [8], [11]))

    docx(E8 + "/2025.04 安全检查通报（第2期）.docx", "2025-04-25", "桥东社区安全检查通报（2025年第2期）", [
        "4月，社区会同镇安监站、消防中队对6个小区进行安全检查，发现隐患23处，已整改17处。锦绣花园物业消防设施维护不到位，已下发整改通知书。",
        sig(PCO, "2025-04-25"),
    ], j=("安全检查通报", [8], [11]))
    rnd = rng("firecheck")
    rows = []
    for m in range(1, 13):
        for x in ("锦绣花园", "滨河苑", "桥东新村"):
            rows.append([f"2025年{m}月", x, rnd.choice(["完好", "完好", "1处压力不足"]), rnd.choice(["完好", "完好", "1处无水"]),
                         rnd.choice(["完好", "1处损坏"]), rnd.choice(["畅通", "畅通", "有堆物"]), rnd.choice(["黄志强", "孙德明", "物业值班"])])
    xlsx(E8 + "/物业消防设施月度检查记录（2025）.xlsx", "2025-12-31",
         [("2025", "物业消防设施月度检查记录（2025年）", None, ["月份", "小区", "灭火器", "消火栓", "应急照明", "疏散通道", "检查人"], rows)],
         j=("物业消防设施月检记录", [8], [5]))
    rnd = rng("supervisors")
    rows = []
    d = D("2024-09-02")
    while d <= D("2026-06-22"):
        rows.append([d, person(rnd), rnd.choice(XIAOQU), rnd.choice(["楼道", "沿河", "学校路口", "充电棚", "地下室"]),
                     rnd.choice(["无异常", "无异常", "发现堆物已告知物业", "发现飞线充电已劝导", "护栏松动已上报"])])
        d += dt.timedelta(days=rnd.randint(5, 11))
    xls(E8 + "/社区安全监督员巡查记录.xls", "2026-06-25", "巡查", "桥东社区群众安全监督员巡查记录",
        ["巡查日期", "监督员", "小区", "部位", "发现问题及处理"], rows, j=("安全监督员巡查记录（xls）", [8], [2]))
    pdf(E8 + "/指标33/县应急管理局中期检查意见.pdf", "2025-10-22", "关于桥东社区安全社区创建工作中期检查的意见", [
        ("b", "石应急函〔2025〕47号"),
        "2025年10月20日，我局对桥东社区安全社区创建工作进行中期检查。社区组织机构健全，五个项目实施正常，档案较规范。",
        "存在问题：1.第三季度未召开促进委员会例会；2.隐患台账中部分隐患超期未整改；3.伤害监测登记需保持连续。请于11月底前整改。",
        ("sig", ["石桥县应急管理局", cn("2025-10-22")]),
    ], author="县应急管理局", j=("县应急管理局中期检查意见", [8], [12, 11]))


# ================================================================ 9. 事故与伤害记录
INJ = []


def inj_stats(a, b):
    rs = [r for r in INJ if D(a) <= r[0] <= D(b)]
    fall = sum(1 for r in rs if r[6] == "跌倒")
    fall60 = sum(1 for r in rs if r[6] == "跌倒" and r[3] >= 60)
    ebk = sum(1 for r in rs if r[6] == "电动车骑行")
    return len(rs), fall, fall60, ebk


def injuries():
    rnd = rng("injury")
    causes = [("跌倒", 38), ("电动车骑行", 14), ("其他交通", 6), ("动物咬伤", 10), ("刀割/锐器", 10), ("烧烫伤", 8), ("碰撞/砸伤", 9), ("其他", 5)]
    pool = [c for c, w in causes for _ in range(w)]
    places = {"跌倒": ["家中", "家中", "楼道", "小区道路", "卫生间"], "电动车骑行": ["城东路", "桥东路口", "小区道路"],
              "其他交通": ["城东路", "学校路口"], "动物咬伤": ["小区道路", "家中"], "刀割/锐器": ["家中", "工作场所"],
              "烧烫伤": ["家中"], "碰撞/砸伤": ["家中", "学校", "工作场所"], "其他": ["公共场所", "河边"]}
    parts = ["头部", "上肢", "下肢", "髋部", "腕部", "躯干", "多部位"]
    d = D("2024-07-01")
    while d <= D("2025-09-30"):
        if rnd.random() < (0.45 if d.year == 2024 else 0.38):
            c = rnd.choice(pool)
            age = rnd.randint(60, 92) if (c == "跌倒" and rnd.random() < (0.68 if d.year == 2024 else 0.56)) else rnd.randint(3, 59)
            INJ.append([d, masked(rnd), rnd.choice(["男", "女"]), age, rnd.choice(XIAOQU), rnd.choice(places[c]), c,
                        rnd.choice(parts), rnd.choice(["清创包扎", "门诊处理", "转县医院", "观察后回家"]), rnd.choice(["胡淑珍", "刘红霞"])])
        d += dt.timedelta(days=1)
    header = ["序号", "就诊日期", "姓名", "性别", "年纪", "住哪个小区", "在哪受的伤", "怎么伤的", "伤到哪", "怎么处理", "登记人"]
    groups = [(3, 6, "伤者情况"), (7, 9, "受伤经过"), (10, 11, "处理")]
    sheets = []
    for y in (2024, 2025):
        rows = [[i + 1] + r for i, r in enumerate(r for r in INJ if r[0].year == y)]
        sheets.append((f"{y}年", f"桥东卫生服务站伤害监测登记表（{y}年）", groups, header, rows))
    xlsx(E9 + "/指标37 伤害监测/社区卫生服务站伤害监测登记表.xlsx", "2025-09-30", sheets, author="胡淑珍",
         j=("伤害监测登记表（止于2025年9月）", [9], [3]))

    docx(E9 + "/伤害信息报告与监测工作制度.docx", "2024-07-25", "桥东社区伤害信息报告与监测工作制度", [
        RULE_INJURY,
        "登记内容包括就诊日期、伤者基本情况、受伤地点、原因、部位和处理。重伤、群体伤害和亡人事故2小时内报告社区和镇安监站。",
        sig(PCO, "2024-07-25"),
    ], j=("伤害监测制度", [9]))

    stats = inj_stats

    n, f, f60, e = stats("2024-07-01", "2024-12-31")
    docx(E9 + "/2024年下半年伤害监测分析报告.docx", "2025-01-10", "桥东社区2024年下半年伤害监测分析报告", [
        f"2024年7—12月，桥东卫生服务站登记伤害病例{n}例，其中跌倒{f}例（60岁以上{f60}例），电动车骑行伤害{e}例。",
        "跌倒多发于家中和卫生间，10—12月天气转冷后增多；电动车伤害集中在城东路和桥东路口。",
        "建议：加快适老化改造；桥东路口增设减速带；冬季加强防跌倒入户宣传。",
        sig("桥东卫生服务站", "2025-01-10"),
    ], author="胡淑珍", j=("2024下半年伤害监测分析报告", [9], [3]))
    n, f, f60, e = stats("2025-04-01", "2025-06-30")
    docx(E9 + "/2025年第二季度伤害监测分析.docx", "2025-07-08", "2025年第二季度伤害监测分析", [
        f"4—6月登记伤害病例{n}例，其中跌倒{f}例（60岁以上{f60}例），电动车骑行伤害{e}例。6月3日锦绣花园电动车充电起火，1人轻度烧伤。",
        sig("桥东卫生服务站", "2025-07-08"),
    ], author="胡淑珍", j=("2025年二季度伤害分析", [9]))
    n, f, f60, e = stats("2025-01-01", "2025-03-31")
    docx(E8 + "/2025年第一季度伤害监测分析.docx", "2025-04-09", "2025年第一季度伤害监测分析", [
        f"1—3月登记伤害病例{n}例，其中跌倒{f}例（60岁以上{f60}例），电动车骑行伤害{e}例。春节前后老人雪天跌倒较多。",
        sig("桥东卫生服务站", "2025-04-09"),
    ], author="胡淑珍", j=("2025年一季度伤害分析（误放要素8文件夹）", [9]))

    text = """辖区交通事故及火灾情况统计（县交警大队城区中队、消防救援大队城关中队提供）

一、道路交通事故（桥东社区辖区）
年度        事故起数   受伤人数   死亡人数   其中电动车
2024年下半年   11         13          0          8
2025年全年     19         22          0         13
2026年1-6月    8          9           0          5

二、火灾
2024年下半年   1起  楼道电动车起火  无人员伤亡
2025年全年     2起  6月3日锦绣花园电动车充电起火（1人轻伤）；11月22日东门老街厨房油锅起火（无伤亡）
2026年1-6月    0起

统计：周雅琴  2026年7月2日
"""
    gbk_text(E9 + "/辖区交通事故及火灾情况统计.txt", text, "2026-07-02", ("交通事故及火灾统计（GBK文本）", [9], [3]))

    docx(E9 + "/20250603 事故（伤害）调查处理记录 - 电动车充电起火.docx", "2025-06-05", "锦绣花园电动车充电起火事件调查处理记录", [
        ("b", "发生时间：2025年6月3日22时10分　地点：锦绣花园5栋一楼楼道"),
        "经过：住户将电动车推入楼道充电，电池起火，引燃旁边杂物；微型消防站4分钟到场扑灭，1名住户疏散时轻度烧伤，送桥东卫生服务站处理。",
        "原因：违规楼道充电；楼道堆放杂物。",
        "处理：对当事人批评教育；物业清理楼道；加快集中充电棚投用。",
        sig(PCO, "2025-06-05"),
    ], j=("事故伤害调查处理记录", [9], [11]))


# ================================================================ 十、档案
def archive():
    docx(E10 + "/安全社区创建档案管理制度.docx", "2024-07-25", "桥东社区安全社区创建档案管理制度", [
        "创建档案按《安全社区建设基本要求》12个要素分类整理，每个要素一个文件夹，照片单独存放。纸质与电子档案同步，由办公室专人管理，每季度整理一次。",
        sig(PCO, "2024-07-25"),
    ], j=("档案管理制度", [10]))
    docx(E10 + "/安全社区工作大事记.docx", "2026-07-03", "桥东社区安全社区创建工作大事记", [
        ("t", [["日期", "事项"],
               ["2024.07.05", "镇政府发文成立促进委员会"], ["2024.07.12", "创建启动大会暨促进委员会第一次会议"],
               ["2024.09.10", "完成社区安全诊断报告"], ["2024.09.26", "促进委员会三季度例会，确定五个项目"],
               ["2024.10.15", "滨河苑高层消防疏散演练"], ["2024.12.20", "促进委员会四季度例会"],
               ["2025.03.18", "促进委员会一季度例会"], ["2025.05.12", "地震避险演练"], ["2025.06.03", "锦绣花园电动车充电起火"],
               ["2025.06.20", "促进委员会二季度例会"], ["2025.10.20", "县应急管理局中期检查"], ["2025.12.26", "促进委员会四季度例会"],
               ["2026.03.27", "促进委员会一季度例会"], ["2026.05.12", "燃气泄漏应急演练"], ["2026.06.25", "促进委员会二季度例会，审议自评报告"]]),
    ], j=("创建工作大事记", [10], [1]))
    cat = []
    for f in sorted(FILES, key=lambda x: x["path"]):
        if f["path"].startswith(PH + "/"):
            continue
        folder, name = os.path.split(f["path"])
        cat.append([len(cat) + 1, folder.split("/")[0], os.path.splitext(name)[0], f["date"] or "", os.path.splitext(name)[1][1:]])
    xlsx(E10 + "/安全社区创建档案目录.xlsx", "2026-07-05",
         [("目录", "桥东社区安全社区创建档案目录", None, ["序号", "要素", "文件名称", "日期", "格式"], cat)],
         j=("创建档案目录", [10]))

    with open(target(E10 + "/~$全社区工作大事记.docx"), "wb") as f:
        owner = "周雅琴".encode("utf-16-le")
        f.write(bytes([3]) + b"\x00" + owner + b"\x00" * (54 - len(owner)) + b"\x20\x00" * 53)
    judge(E10 + "/~$全社区工作大事记.docx", "Office锁文件", [], [], None, {"lock_file": True})
    open(target(E10 + "/新建 Microsoft Word 文档.docx"), "wb").close()
    judge(E10 + "/新建 Microsoft Word 文档.docx", "空文件", [], [], None, {"empty": True})
    with open(target(E10 + "/安全社区工作大事记.docx"), "rb") as f:
        data = f.read()
    with open(target(E10 + "/2025年档案整理说明.docx"), "wb") as f:   # copied off a USB stick that was pulled out
        f.write(data[: len(data) // 3])
    judge(E10 + "/2025年档案整理说明.docx", "损坏的docx（截断）", [], [], None, {"unreadable": True})


# ================================================================ 11 预防与纠正
def corrective():
    docx(E11 + "/纠正预防措施记录表（2025）.docx", "2025-06-20", "纠正与预防措施记录表", [
        ("t", [["问题来源", "问题描述", "原因分析", "纠正措施", "预防措施", "责任人", "完成时间", "验证"],
               ["事故调查", "6月3日锦绣花园电动车楼道充电起火", "充电棚未建成、楼道堆物", "清理楼道、当事人教育",
                "6月底前建成充电棚并投用，夜间巡查加密", "马国庆", "2025.06.28", "已验证 周雅琴"],
               ["演练评估", "高层老人不熟悉疏散楼梯", "宣传不到位", "一对一疏散引导", "高层老人纳入结对探访", "韩卫东", "2025.03.30", "已验证"],
               ["居民意见", "学校门口接送拥堵", "无护学岗", "设立护学岗", "纳入儿童安全项目", "郑丽娟", "2025.03.01", "已验证"]]),
        sig(PCO, "2025-06-20"),
    ], j=("纠正与预防措施记录", [11], [9]))
    docx(E11 + "/2025.04 隐患整改通知书（锦绣花园物业）.docx", "2025-04-22", "隐患整改通知书", [
        ("b", "桥东安整〔2025〕3号"),
        "锦绣花园物业公司：经4月检查，你公司管理区域存在：1.3栋、5栋楼道堆放杂物；2.6栋应急照明损坏；3.电动车楼道停放。请于2025年5月10日前整改完毕并书面回复。",
        sig(PCO, "2025-04-22"),
    ], j=("隐患整改通知书", [11], [8]))
    pdf(E11 + "/整改回复单（锦绣花园物业）.pdf", "2025-05-09", "关于桥东安整〔2025〕3号整改通知的回复", [
        "桥东社区：贵社区通知所列3项隐患已整改：楼道杂物已清理，6栋应急照明已更换，楼道电动车已劝离并张贴告示。",
        ("sig", ["锦绣花园物业公司", cn("2025-05-09")]),
    ], author="锦绣花园物业", j=("整改回复单", [11], [8]))
    rows = [[1, "县应急管理局中期检查", "三季度例会未召开", "补开专题会说明情况，四季度例会照常召开", "陈立新", "2025-12-26", "已完成"],
            [2, "县应急管理局中期检查", "隐患超期未整改", "逐项督办，报镇政府协调", "谢文华", "2025-11-30", "部分完成"],
            [3, "县应急管理局中期检查", "伤害登记需保持连续", "卫生服务站恢复登记并补登", "胡淑珍", "2026-01-31", "未完成"],
            [4, "2024年度评审", "适老化改造进度慢", "增加志愿者力量", "胡淑珍", "2025-06-30", "已完成"],
            [5, "演练评估", "燃气演练警戒区偏小", "修订燃气专项预案", "何海燕", "2026-06-10", "已完成"]]
    xlsx(E11 + "/2026.03 预防与纠正措施落实情况跟踪表.xlsx", "2026-03-20",
         [("跟踪", "预防与纠正措施落实情况跟踪表", None, ["序号", "来源", "问题", "措施", "责任人", "期限", "落实情况"], rows)],
         j=("纠正措施落实跟踪表", [11], [12]))


# ================================================================ 12 持续改进
def review():
    n24 = len([r for r in TRAIN_ROWS if r[1].year == 2024])
    docx(E12 + "/2024年度安全社区工作总结.docx", "2025-01-08", "桥东社区2024年度安全社区工作总结", [
        "2024年7月启动创建以来，成立促进委员会和五个项目组，召开促进委员会会议3次，完成社区安全诊断和五个项目方案。",
        f"开展宣传培训活动{n24}场；10月15日组织滨河苑高层消防疏散演练；完成第一轮入户安全检查92户次（登记抽样）。",
        "存在问题：部分隐患整改慢，适老化改造进度偏慢。",
        sig(PCO, "2025-01-08"),
    ], j=("2024年度工作总结", [12], [4]))
    docx(E12 + "/2024年度内部评审报告.docx", "2024-12-24", "桥东社区安全社区2024年度内部评审报告", [
        "12月20日，促进委员会对照12个要素对下半年创建工作进行评审。评审认为机构、制度、诊断和项目方案基本到位；",
        "不足：伤害数据与交警数据未对接；适老化改造进度慢；档案分类需规范。评审提出改进措施5条，已纳入2025年工作计划。",
        sig(PC, "2024-12-24"),
    ], j=("2024年度内部评审报告", [12], [11]))
    f60 = inj_stats("2024-07-01", "2025-09-30")[2] / 2.5
    docx(E12 + "/老年人防跌倒项目效果评估报告（2024.8-2026.5）.docx", "2026-06-05", "老年人防跌倒安全促进项目效果评估报告", [
        ("h", "一、评估方法"), "对比项目实施前（2023年7月—2024年6月）和实施期间伤害监测登记中60岁以上老人跌倒病例，结合入户回访和知识问卷。",
        ("h", "二、结果"),
        ("t", [["指标", "基线", "评估值", "目标", "结论"],
               ["60岁以上老人跌倒就诊（半年均）", "21例", f"{f60:.1f}例", "下降15%", "达到" if f60 <= 17.85 else "未达到"],
               ["适老化改造户数", "0", "104户", "150户", "未达到"],
               ["防跌倒知识知晓率", "46%", "81%", "80%", "达到"]]),
        "说明：2025年10月后伤害登记中断，跌倒数据采用2024年7月—2025年9月登记数据。",
        ("h", "三、持续改进"), "2026年下半年继续适老化改造46户；平衡操纳入老年大学课程。",
        sig("老年人防跌倒项目组", "2026-06-05"),
    ], j=("防跌倒项目效果评估（误放要素12文件夹）", [5], [12]))
    n26 = len([r for r in TRAIN_ROWS if r[1].year == 2026])
    docx(E12 + "/2026年上半年安全社区工作总结.docx", "2026-06-30", "桥东社区2026年上半年安全社区工作总结", [
        f"上半年召开促进委员会例会2次；开展宣传培训活动{n26}场（见活动登记表）；完成第三轮入户安全检查；5月12日组织燃气泄漏应急演练；"
        "四个项目完成效果评估，儿童安全项目评估推迟到暑期。",
        "存在问题：2026年工作计划未正式印发；伤害监测登记2025年10月后中断，补登未完成；部分隐患逾期未整改。",
        ("h", "下一步打算"), "完成儿童安全项目评估；恢复伤害监测登记；整理档案申报评定。",
        sig(PCO, "2026-06-30"),
    ], j=("2026年上半年工作总结", [12], [4]))


# ================================================================ 照片
def photos():
    for name, when, scene, kind, el in [
        ("2024.07.12启动大会1.jpg", "2024-07-12", "meeting", "启动大会照片", [1]),
        ("2024.07.12启动大会2.jpg", "2024-07-12", "meeting", "启动大会照片", [1]),
        ("2024.10.15消防演练现场1.jpg", "2024-10-15", "drill", "消防演练照片", [7]),
        ("2024.10.15消防演练现场2.jpg", "2024-10-15", "drill", "消防演练照片", [7]),
        ("2024.10.22防跌倒讲座.jpg", "2024-10-22", "training", "防跌倒讲座照片", [5]),
        ("2025.06 充电棚建成.jpg", "2025-06-28", "ebike", "充电棚照片", [5]),
        ("2025.05.12地震避险演练.jpg", "2025-05-12", "drill", "地震避险演练照片", [7]),
        ("2025.07.08防溺水宣传 (1).jpg", "2025-07-08", "water", "防溺水宣传照片", [5]),
        ("2025.07.08防溺水宣传 (2).jpg", "2025-07-08", "water", "防溺水宣传照片", [5]),
        ("2025.09.20知识竞赛.jpg", "2025-09-20", "training", "知识竞赛照片", [6]),
        ("２０２５.１１.０９楼道清理.jpg", "2025-11-09", "street", "楼道清理照片", [5]),
        ("2026.03.15入户燃气检查.jpg", "2026-03-15", "gas", "入户燃气检查照片", [5]),
        ("2026.05.12燃气泄漏演练.jpg", "2026-05-12", "drill", "燃气泄漏演练照片", [7]),
        ("IMG_20260418_093512.jpg", "2026-04-18", "training", "培训现场照片（无说明）", [6]),
    ]:
        photo(PH + "/" + name, when, scene, (kind, el, [6] if el == [5] and scene in ("training", "water") else []))


# ================================================================ judgement
VERDICTS = {
    "1": {"evidenced": "partial",
          "reason": "镇政府发文成立跨部门促进委员会（13个成员单位）、工作制度（每季度一次例会）、五个项目组、经费请示和2025年经费明细齐全；"
                    "但2025年只有一、二、四季度例会（3月18日、6月20日、12月26日），第三季度未召开，四季度纪要和中期检查意见均承认。"},
    "2": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "意见建议登记反馈台账（有答复日期）、工作简报、志愿者名册/服务记录/积分兑换、安全家庭评选、与消防中队共建、参加全省经验交流会。"},
    "3": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "2024年安全诊断报告（伤害数据、高危人群和环境）、LEC危险源清单、需求问卷（612份）、重点人群摸底、2025年风险辨识复核。"},
    "4": {"evidenced": "partial",
          "reason": "创建实施方案（周期2024.7—2026.6、目标、阶段）、2024年下半年计划、2025年计划（另有副本）、目标责任书都在；"
                    "制度要求每年1月底前印发年度计划，2026年工作计划至归档时未印发（2026年两次例会纪要和上半年总结均承认）。"},
    "5": {"evidenced": "partial",
          "reason": "五个项目均有实施方案和实施记录；防跌倒（评估报告误放在“12 持续改进”）、电动车交通、燃气家居、高层消防有效果评估；"
                    "儿童安全项目方案要求2026年5月评估，只有2025年工作小结，没有效果评估。"},
    "6": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "2025年度培训计划、宣传培训活动登记表（每行一场，含参加人数，2024.7—2026.6连续）、楼栋长培训、安全生产月、知识竞赛、宣传阵地、资料发放登记；"
                    "2026年的活动只在登记表的行里（另有一张无说明照片），不是缺失。"},
    "7": {"evidenced": "partial",
          "reason": "综合预案（误放在要素2文件夹）、燃气和防汛专项预案、队伍物资清单、微型消防站训练记录都在；制度要求每半年一次演练："
                    "2024下半年（10.15）、2025上半年（5.12）、2026上半年（5.12）有，2025年下半年没有（11月楼道清理是宣传活动，微型消防站训练不是演练）。"},
    "8": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "隐患排查整改台账（2024.7—2026.6）、安全检查通报、物业消防设施月检、监督员巡查记录（xls）、县应急管理局中期检查意见；"
                    "逾期未整改作为预防纠正问题计入要素11（也可在要素8报告）。"},
    "9": {"evidenced": "partial",
          "reason": "伤害监测制度、卫生服务站伤害登记（2024.7—2025.9）、2024下半年分析报告、2025年一（误放要素8）、二季度分析、交通火灾统计、事故调查记录都在；"
                    "但伤害登记止于2025年9月，2025年10月—2026年6月（评定周期最后9个月）没有任何伤害记录，之后也没有分析。"},
    "10": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
           "reason": "按12要素分文件夹整理，有档案管理制度、档案目录、大事记；有一个锁文件、一个空文件、一个损坏docx、两份“副本”重复件，多份文件放错要素文件夹。"},
    "11": {"evidenced": "partial",
           "reason": "纠正预防措施记录、整改通知书及回复、措施跟踪表都在；但隐患台账中9项隐患超过整改期限仍为“未整改/整改中”（期限2025.01.31—2026.04.10），另有3项在期限内。"},
    "12": {"evidenced": "partial",
           "reason": "2024年度内部评审报告和2024年度工作总结、2026年上半年总结、自评报告、四个项目评估都在；"
                     "制度要求每年年底总结评审，2025年度既没有年度工作总结也没有内部评审（2026年一季度例会纪要承认总结未完成）。"},
}

GAPS = [
    {"id": "G1", "element": 1, "also": [2], "match": [["2025"], ["会议", "例会", "纪要"]], "record_level": False,
     "related": [E1 + "/会议纪要/20250318 例会纪要.docx", E1 + "/会议纪要/2025.06.20 促进委员会二季度例会纪要.docx",
                 E1 + "/会议纪要/2025.12.26 促进委员会第四季度例会纪要.docx", E1 + "/指标1 促进委员会/安全社区促进委员会工作制度.docx"],
     "title": "2025年促进委员会例会只有3次，第三季度未召开（自定每季度一次）"},
    {"id": "G2", "element": 5, "also": [12], "match": [["儿童", "防溺水"], ["评估", "效果", "评价"]], "record_level": False,
     "related": [P4 + "/儿童安全（防溺水、防走失）促进项目实施方案.docx", P4 + "/儿童安全项目工作小结（2025年）.docx"],
     "title": "儿童安全（防溺水、防走失）项目没有效果评估"},
    {"id": "G3", "element": 11, "also": [8, 3], "match": [["隐患"], ["逾期", "超期", "未整改", "未闭环", "未销号", "过期", "整改中", "超过整改期限"]],
     "record_level": True, "related": [E8 + "/隐患排查整改台账.xlsx"],
     "title": "隐患排查整改台账中9项隐患逾期未整改"},
    {"id": "G4", "element": 9, "also": [3], "record_level": True,
     "match": [["伤害"], ["2025年9月", "2025-09", "2025.09", "2025年10月", "2025-10", "10月", "2026", "中断", "止于", "截至", "截止", "停止", "之后", "以后", "不连续"]],
     "related": [E9 + "/指标37 伤害监测/社区卫生服务站伤害监测登记表.xlsx"],
     "title": "伤害监测登记止于2025年9月，2025年10月—2026年6月无伤害记录"},
    {"id": "G5", "element": 7, "also": [], "match": [["2025"], ["演练"]], "record_level": False,
     "related": [E7 + "/指标29 演练/2025.05.12 防灾减灾日地震避险演练记录.docx", E2 + "/社区综合应急预案（2024修订）.docx",
                 P5 + "/2025.11.09 消防宣传月 高层住宅楼道清理活动记录.docx"],
     "title": "2025年下半年没有应急演练（自定每半年一次）"},
    {"id": "G6", "element": 4, "also": [1], "match": [["2026"], ["计划"]], "record_level": False,
     "related": [E4 + "/2025年安全社区工作计划（最终版）.docx", E1 + "/会议纪要/20260327例会纪要.docx"],
     "title": "2026年度工作计划缺失（制度要求1月底前印发）"},
    {"id": "G7", "element": 12, "also": [], "match": [["2025"], ["总结", "评审"]], "record_level": False,
     "related": [E12 + "/2024年度内部评审报告.docx", E12 + "/2024年度安全社区工作总结.docx", E1 + "/会议纪要/20260327例会纪要.docx"],
     "title": "2025年度没有年度工作总结和内部评审（自定每年年底总结评审）"},
]

TRAPS = [
    {"id": "T1", "element": 1,
     "match": [["2024"], ["会议", "例会", "纪要"], ["第四季度", "四季度", "Q4", "2024年仅", "2024年只", "2024年度仅", "2024年度只"]],
     "related": [E1 + "/会议纪要/2024年下半年促进委员会会议纪要汇编.pdf"],
     "title": "2024年第四季度促进委员会例会（12月20日）开过：纪要只收在2024年下半年会议纪要汇编PDF里（另见大事记）"},
    {"id": "T2", "element": 6, "match": [["2026"], ["培训", "宣传", "教育"], ["活动", "记录", "开展", "台账", "登记"]],
     "related": [E6 + "/宣传培训活动登记表.xlsx"],
     "title": "2026年宣传培训活动有：只体现为宣传培训活动登记表中2026年的行（另有上半年总结中的场数和一张无说明照片）"},
    {"id": "T3", "element": 5, "match": [["跌倒"], ["评估", "效果", "评价"]],
     "related": [E12 + "/老年人防跌倒项目效果评估报告（2024.8-2026.5）.docx"],
     "title": "防跌倒项目有效果评估：报告误放在“12 持续改进”文件夹"},
]

PROBES = [
    {"id": "P1", "query": "伤害监测登记", "must_in_top5": [E9 + "/指标37 伤害监测/社区卫生服务站伤害监测登记表.xlsx"]},
    {"id": "P2", "query": "入户安全检查 ABC分类", "must_in_top5": [P3 + "/入户安全检查登记（ABC分类）.csv"]},
    {"id": "P3", "query": "隐患排查整改台账", "must_in_top5": [E8 + "/隐患排查整改台账.xlsx"]},
    {"id": "P4", "query": "老年人防跌倒 效果评估", "must_in_top5": [E12 + "/老年人防跌倒项目效果评估报告（2024.8-2026.5）.docx"]},
    {"id": "P5", "query": "促进委员会会议纪要汇编", "must_in_top5": [E1 + "/会议纪要/2024年下半年促进委员会会议纪要汇编.pdf"]},
]


def write_judgement():
    files = [{"path": f["path"], "kind": f["kind"], "elements": f["elements"], "also_acceptable": f["also_acceptable"],
              "date": f["date"], "flags": f["flags"]} for f in sorted(FILES, key=lambda x: x["path"])]
    doc = {
        "community_name": "桥东社区",
        "assessment_period": {"start": "2024-07-01", "end": "2026-06-30"},
        "files": files,
        "elements": VERDICTS,
        "gaps": [{k: v for k, v in g.items() if k != "title"} | {"note": g["title"]} for g in GAPS],
        "traps": [{k: v for k, v in t.items() if k != "title"} | {"note": t["title"]} for t in TRAPS],
        "probes": PROBES,
    }
    head = ("# Expert judgement of qiaodong-shequ (石桥县城关镇桥东社区, 城市型/县城社区), written from the files before any\n"
            "# zicha run. Schema: shared/tools/README.md. Generated by make_qiaodong.py from its file list.\n"
            "# period: 实施方案 body and 申请书 (创建周期为2024年7月1日至2026年6月30日); decoy: 县三年行动方案 2023—2025年.\n")
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
        if not f["flags"] and not f["elements"]:
            problems.append(f"no elements: {f['path']}")
    if len(VERDICTS) != 12:
        problems.append("verdicts must cover 12 elements")
    # the facts the gaps rest on
    if max(r[0] for r in INJ) > D("2025-09-30"):
        problems.append("injury register should stop in 2025-09")
    if len(HAZ_OVERDUE) != 9:
        problems.append("expected 9 overdue hazards")
    if not any(r[1].year == 2026 for r in TRAIN_ROWS):
        problems.append("training register should have 2026 rows")
    if problems:
        sys.exit("CHECK FAILED\n" + "\n".join(problems))
    print(f"{NAME}: {len(on_disk)} files, judgement {os.path.basename(JUDGEMENT_PATH)} consistent "
          f"({len(GAPS)} gaps, {len(TRAPS)} traps, {len(PROBES)} probes); injury rows {len(INJ)}, "
          f"training rows {len(TRAIN_ROWS)} (2026: {sum(1 for r in TRAIN_ROWS if r[1].year == 2026)})")


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    injuries()         # first: evaluations quote the register
    plans()
    application()
    organisation()
    participation()
    diagnosis()
    projects()
    education()
    emergency()
    monitoring()
    corrective()
    review()
    photos()
    archive()          # last: the catalogue lists what exists
    write_judgement()
    check()


if __name__ == "__main__":
    main()
