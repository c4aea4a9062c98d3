#!/usr/bin/env python3
"""Build the hold-out archive `heling-kuangqu/` (鹤岭矿区, 企业型安全社区) and its expert judgement.

The archive imitates what a coal-mining group hands over when it applies for 安全社区: files exported
from the group's OA / document-management system, filed by the department that produced them
(集团办公室, 安全环保部 with year sub-folders, 工会, 生活服务公司, 职工医院, 保卫部, 团委志愿者协会,
分厂/…, 人力资源部培训中心), a photo folder and a 待归档 tray. Many names are only OA serial numbers
(QY-AQ-2024-0137.docx, 发文2023-112.pdf, 附件1.docx, 扫描件20240612.pdf); the titles are inside the
documents and in the root `归档文件目录.xlsx`.

Deterministic: one seeded random generator per register, fixed zip entry times, reportlab
invariant mode, JPEGs without metadata. Run:

    python3 make_heling.py          # writes heling-kuangqu/ and heling-kuangqu.judgement.yaml
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

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Font
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
NAME = "heling-kuangqu"
OUT = os.path.join(BASE, NAME)
JUDGEMENT_PATH = os.path.join(BASE, NAME + ".judgement.yaml")
ZIPSTAMP = (2026, 10, 20, 8, 30, 0)

GROUP = "鹤岭煤业集团有限责任公司"
GROUP_S = "集团公司"
SC = "鹤岭矿区安全社区"
SCO = "鹤岭矿区安全社区促进委员会办公室"
AHB = "安全环保部"

# ---------------------------------------------------------------- the judgement's file list
FILES = []          # dicts in the judgement's `files` schema
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


# ---------------------------------------------------------------- dates in the forms people write
DIG = "〇一二三四五六七八九"


def D(s):
    return dt.date.fromisoformat(s)


def _cn(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n - 10] if n > 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


def cn(s):        # 二〇二四年六月十四日
    x = D(s)
    return "".join(DIG[int(c)] for c in str(x.year)) + "年" + _cn(x.month) + "月" + _cn(x.day) + "日"


def zh(s):        # 2024年6月14日
    x = D(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dots(s):      # 2024.06.14
    return s.replace("-", ".")


def slash(s):     # 2024/6/14
    x = D(s)
    return f"{x.year}/{x.month}/{x.day}"


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
# A body is a list of blocks: "text" (indented paragraph), ("h", "一、…"), ("b", "plain line"),
# ("t", [[header…], [row…], …]), ("sig", ["单位", "日期"]).

def _run(par, text, size=14, bold=False, face="仿宋_GB2312", color=None):
    r = par.add_run(text)
    r.font.name = face
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def docx(path, when, title, body, number=None, redhead=None, author="安全环保部"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""        # OA exports leave the property empty: the title is only in the text
    cp.created = dt.datetime.combine(D(when), dt.time(9, 0))
    cp.modified = cp.created
    if redhead:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, redhead, 24, True, "方正小标宋简体", (0xC0, 0, 0))
    if number:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if redhead else WD_ALIGN_PARAGRAPH.RIGHT
        _run(p, number, 12)
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
                for j, v in enumerate(row):
                    _run(tb.cell(i, j).paragraphs[0], str(v), 10.5, i == 0)
        elif blk[0] == "sig":
            for line in blk[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _run(p, line)
    full = target(path)
    doc.save(full)
    fixzip(full, D(when))


def xlsx(path, when, sheets, author="安全环保部"):
    """sheets: [(sheet name, caption or None, header, rows)]"""
    wb = Workbook()
    wb.remove(wb.active)
    stamp = dt.datetime.combine(D(when), dt.time(9, 0))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = stamp
    wb.properties.modified = stamp
    for name, caption, header, rows in sheets:
        ws = wb.create_sheet(name)
        r = 1
        if caption:
            ws.cell(1, 1, caption).font = Font(bold=True, size=13)
            r = 2
        for j, h in enumerate(header, 1):
            ws.cell(r, j, h).font = Font(bold=True)
        for i, row in enumerate(rows, r + 1):
            for j, v in enumerate(row, 1):
                c = ws.cell(i, j, v)
                if isinstance(v, dt.date):
                    c.number_format = "yyyy-mm-dd"
        for j in range(1, len(header) + 1):
            ws.column_dimensions[ws.cell(r, j).column_letter].width = 14
    full = target(path)
    wb.save(full)
    fixzip(full, D(when))


def pdf(path, title, body, number=None, redhead=None, author="安全环保部", scan=False):
    base = ParagraphStyle("p", fontName="STSong-Light", fontSize=11.5, leading=19,
                          wordWrap="CJK", firstLineIndent=23)
    flat = ParagraphStyle("f", parent=base, firstLineIndent=0)
    head = ParagraphStyle("h", parent=flat, fontSize=12.5, spaceBefore=5)
    big = ParagraphStyle("t", parent=flat, fontSize=16.5, leading=26, alignment=TA_CENTER)
    red = ParagraphStyle("r", parent=big, fontSize=21, leading=32, textColor="#C00000")
    mid = ParagraphStyle("m", parent=flat, alignment=TA_CENTER)
    right = ParagraphStyle("s", parent=flat, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=flat, fontSize=9.5, leading=13)
    story = []
    if redhead:
        story.append(Paragraph(redhead, red))
    if number:
        story += [Paragraph(number, mid), Spacer(1, 6)]
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

    def scanned(canvas, doc_):          # a grey cast and a skewed edge, as a copier leaves
        if scan:
            canvas.saveState()
            canvas.setFillColorRGB(0.93, 0.93, 0.91)
            canvas.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
            canvas.setFillColorRGB(0.55, 0.55, 0.55)
            canvas.rect(0, A4[1] - 14, A4[0], 14, stroke=0, fill=1)
            canvas.restoreState()

    d = SimpleDocTemplate(target(path), pagesize=A4, title="", author=author, creator=author,
                          leftMargin=72, rightMargin=68, topMargin=72, bottomMargin=62)
    d.build(story, onFirstPage=scanned, onLaterPages=scanned)


def gbk_text(path, text):
    with open(target(path), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))


def gbk_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(target(path), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))


def photo(path, seed, scene):
    """A photo with no text: sky, ground and a few figures; `scene` changes the props."""
    rnd = random.Random(seed)
    w, h = 640, 480
    img = Image.new("RGB", (w, h), (150 + rnd.randint(0, 60), 180 + rnd.randint(0, 40), 215))
    g = ImageDraw.Draw(img)
    horizon = rnd.randint(230, 300)
    g.rectangle([0, horizon, w, h], fill=(110 + rnd.randint(0, 40), 105, 95))
    if scene in ("meeting", "training"):
        g.rectangle([0, 0, w, h], fill=(225, 220, 205))
        g.rectangle([60, 40, 580, 150], fill=(170, 20, 25))           # banner, no glyphs
        for i in range(rnd.randint(14, 26)):
            x, y = rnd.randint(20, 610), rnd.randint(230, 440)
            g.ellipse([x, y, x + 18, y + 18], fill=(40, 35, 30))
            g.rectangle([x - 4, y + 18, x + 22, y + 40], fill=(rnd.choice([30, 60, 200]), 60, 120))
    else:
        for i in range(rnd.randint(2, 5)):                              # buildings / headframe
            x = rnd.randint(0, w - 120)
            g.rectangle([x, horizon - rnd.randint(80, 200), x + rnd.randint(60, 120), horizon],
                        fill=(180 + rnd.randint(0, 40), 170, 160))
        for i in range(rnd.randint(4, 10)):                             # people
            x, y = rnd.randint(30, 600), rnd.randint(horizon + 20, h - 70)
            col = (230, 120, 20) if scene in ("drill", "rescue") else (30, 70, 160)
            g.ellipse([x, y, x + 16, y + 16], fill=(230, 190, 160))
            g.rectangle([x - 3, y + 16, x + 19, y + 52], fill=col)
        if scene == "drill":
            g.polygon([(420, horizon), (470, horizon - 90), (520, horizon)], fill=(120, 120, 120))
            g.rectangle([80, horizon + 30, 220, horizon + 80], fill=(200, 30, 30))   # fire engine
        if scene == "gas":
            g.rectangle([250, 120, 390, horizon], fill=(240, 240, 235))
            g.line([300, 140, 300, horizon], fill=(230, 200, 0), width=8)           # yellow gas pipe
        if scene == "handrail":
            g.line([100, horizon - 60, 540, horizon - 60], fill=(200, 200, 200), width=10)
        if scene == "confined":
            g.ellipse([240, horizon + 10, 400, horizon + 70], fill=(40, 40, 40))
    img.save(target(path), "JPEG", quality=82, optimize=False)


def rows_rng(name):
    return random.Random("heling:" + name)


def days(a, b, rnd):
    """a random date between a and b (inclusive), ISO strings in, date out"""
    x, y = D(a), D(b)
    return x + dt.timedelta(days=rnd.randint(0, (y - x).days))


def mask(rnd):
    return rnd.choice("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文") + "**"


# ================================================================ 集团办公室 (red-head group documents)
RED = "鹤岭煤业集团有限责任公司文件"
MEMBERS_2023 = [
    ["职务", "姓名", "单位及职务"],
    ["主任", "刘建平", "集团公司总经理、安委会主任"],
    ["常务副主任", "王振国", "集团公司副总经理、安全总监"],
    ["副主任", "陈秀梅", "集团公司工会主席"],
    ["副主任", "田玉华", "云泉县鹤岭镇人民政府副镇长"],
    ["成员", "赵立军", "安全环保部部长"],
    ["成员", "冯志刚", "人力资源部部长（培训中心）"],
    ["成员", "李国庆", "生活服务公司经理（物业）"],
    ["成员", "周明", "职工医院院长"],
    ["成员", "郭强", "保卫部部长（专职消防队）"],
    ["成员", "杨帆", "团委书记、志愿者协会会长"],
    ["成员", "高志宏", "鹤岭一矿矿长"],
    ["成员", "马文斌", "选煤厂厂长"],
    ["成员", "韩涛", "机修厂厂长"],
    ["成员", "何斌", "云泉县公安局鹤岭派出所所长"],
    ["成员", "苏磊", "云泉县消防救援大队鹤岭中队指导员"],
    ["成员", "刘桂兰", "鹤岭新村社区居委会主任"],
    ["成员", "蒋丽", "鹤岭镇中心学校校长"],
]


def group_office():
    docx("集团办公室/QY-BG-2023-0088.docx", "2023-10-09", "集团公司安全生产委员会2023年第四季度（扩大）会议纪要", [
        ("b", "时间：2023年10月9日上午9:00"),
        ("b", "地点：集团公司办公楼四楼第一会议室"),
        ("b", "主持：刘建平（总经理、安委会主任）"),
        ("b", "出席：安委会全体成员；列席：鹤岭镇人民政府、鹤岭派出所、鹤岭消防中队、鹤岭新村社区居委会、鹤岭镇中心学校负责同志"),
        ("b", "记录：孙晓燕"),
        "会议听取了安全环保部关于三季度安全生产情况的汇报，传达了省应急管理厅关于推进企业主导型安全社区建设的工作要求，专题研究鹤岭矿区创建安全社区事宜。经讨论，会议议定以下事项：",
        "一、同意以鹤岭矿区（生产区和鹤岭新村、东山小区两个职工生活区）为范围，按照《安全社区建设基本要求》（AQ/T 9001-2006）启动安全社区创建工作，力争通过国家级安全社区评定。",
        "二、集团公司安全生产委员会同时履行鹤岭矿区安全社区促进委员会职责，实行“一套班子、两块牌子”；邀请鹤岭镇人民政府、鹤岭派出所、鹤岭消防中队、社区居委会和中心学校负责同志作为成员单位参加。促进委员会办公室设在安全环保部。",
        "三、原则通过安全环保部起草的《鹤岭矿区安全社区创建实施方案》，会后根据意见修改完善，由集团公司办公室正式印发。",
        "四、安全环保部牵头，职工医院、生活服务公司、保卫部配合，于年底前完成社区安全诊断；职工医院自11月起建立伤害首诊登记。",
        "五、创建所需资金列入集团公司年度安全费用预算，单独核算。",
        ("sig", ["集团公司办公室", "2023年10月10日印发"]),
    ], number="安委会纪要〔2023〕4号", author="集团公司办公室")
    judge("集团办公室/QY-BG-2023-0088.docx", "安委会会议纪要（决定创建）", [1], [4], "2023-10-09")

    pdf("集团办公室/发文2023-109.pdf", "关于印发《鹤岭矿区安全社区创建实施方案》的通知", [
        ("b", "各矿厂、各部门、各单位："),
        "《鹤岭矿区安全社区创建实施方案》已经2023年10月9日集团公司安全生产委员会2023年第四季度（扩大）会议审议通过，现印发给你们，请结合实际认真贯彻执行。",
        ("b", "附件：鹤岭矿区安全社区创建实施方案"),
        ("sig", ["鹤岭煤业集团有限责任公司", "2023年10月12日"]),
        ("h", "鹤岭矿区安全社区创建实施方案"),
        ("h", "一、指导思想"),
        "坚持“安全第一、预防为主、综合治理”方针，把安全社区建设作为企业安全生产标准化和职工生活区治理的重要抓手，整合企业、地方政府和社会各方面资源，实现“生产区安全、生活区平安、职工家属受益”。",
        ("h", "二、创建范围"),
        "鹤岭矿区，包括生产区（鹤岭一矿、选煤厂、机修厂及铁路专用线）和职工生活区（鹤岭新村、东山小区），总面积约14.6平方公里。矿区现有在岗职工8600余人，离退休职工4300余人，生活区居民6200余户、1.9万余人。",
        ("h", "三、创建周期"),
        "本次创建周期为2023年10月至2026年9月，共三年。2023年第四季度完成启动、宣传培训和社区诊断，2024年第一季度确定安全促进项目，2024年3月至2026年6月为项目实施期，2026年7月至9月开展自查整档并申请评定。",
        ("h", "四、组织机构"),
        "集团公司安全生产委员会同时作为鹤岭矿区安全社区促进委员会，总经理任主任，分管安全的副总经理任常务副主任。促进委员会下设办公室（设在安全环保部）和六个工作组：职工通勤交通安全项目组（保卫部牵头）、家属区燃气安全项目组（生活服务公司牵头）、老年职工家属防跌倒项目组（生活服务公司、职工医院牵头）、有限空间作业安全项目组（选煤厂牵头）、职业健康项目组（职工医院牵头）和伤害监测与数据统计组（职工医院、安全环保部）。",
        ("h", "五、工作目标"),
        "创建期内不发生一般及以上生产安全责任事故；工伤人数较2023年下降10%以上；家属区不发生燃气责任事故；职工安全培训覆盖率100%；居民安全知识知晓率达到85%以上；2026年申请国家级安全社区评定。",
        ("h", "六、实施步骤"),
        "（一）启动阶段（2023年10月）：成立促进委员会，召开创建启动大会，签订目标责任书。",
        "（二）培训宣传阶段（2023年10月—12月）：对中层以上干部、班组长、安全员和家属区楼长开展安全社区知识培训。",
        "（三）调查阶段（2023年11月—12月）：开展危险源辨识、伤害调查和居民安全需求问卷调查，形成社区安全诊断报告。",
        "（四）确定项目阶段（2024年1月—3月）：确定五个安全促进项目，制定项目实施方案。",
        "（五）项目实施阶段（2024年3月—2026年6月）：按方案实施项目，开展宣传教育、应急演练、监测监督和伤害记录。",
        "（六）自查整档阶段（2026年7月—8月）：对照标准开展内部评审，整理创建档案。",
        "（七）评定阶段（2026年9月）：向评定机构提出申请，接受现场评定。",
        "（八）提高阶段：评定后持续改进，巩固创建成果。",
        ("h", "七、保障措施"),
        "创建资金列入年度安全费用预算；各单位主要负责人为第一责任人；创建工作纳入年度安全生产责任制考核。",
    ], number="鹤煤发〔2023〕109号", redhead=RED, author="集团公司办公室")
    judge("集团办公室/发文2023-109.pdf", "创建实施方案（发文）", [4], [1, 5], "2023-10-12")

    pdf("集团办公室/发文2023-112.pdf", "关于成立鹤岭矿区安全社区促进委员会的通知", [
        ("b", "各矿厂、各部门、各单位，鹤岭镇人民政府及驻矿区有关单位："),
        "为扎实推进鹤岭矿区安全社区创建工作，根据集团公司安全生产委员会2023年第四季度（扩大）会议决定，集团公司安全生产委员会同时履行鹤岭矿区安全社区促进委员会职责。现将促进委员会组成人员通知如下：",
        ("t", MEMBERS_2023),
        "促进委员会主要职责：（一）组织开展事故与伤害风险辨识及其评价；（二）组织制定体现矿区特点的安全目标和计划；（三）组织落实各类安全促进项目；（四）整合企业和地方资源，推动职工和家属全员参与；（五）组织评审安全社区绩效；（六）为创建工作提供人、财、物和技术保障。",
        "促进委员会下设办公室，设在安全环保部，赵立军同志兼任办公室主任，孙晓燕同志任专职副主任，负责日常工作。下设职工通勤交通安全、家属区燃气安全、老年职工家属防跌倒、有限空间作业安全、职业健康五个安全促进项目组和伤害监测与数据统计组，项目组成员另行发文。",
        ("sig", ["鹤岭煤业集团有限责任公司", "2023年10月16日"]),
    ], number="鹤煤发〔2023〕112号", redhead=RED, author="集团公司办公室")
    judge("集团办公室/发文2023-112.pdf", "成立促进委员会通知（发文）", [1], [], "2023-10-16")

    pdf("集团办公室/关于下达2024年安全社区建设专项资金的通知.pdf", "关于下达2024年安全社区建设专项资金的通知", [
        ("b", "各矿厂、各部门："),
        "根据《鹤岭矿区安全社区创建实施方案》和2024年度安全社区建设工作计划，经集团公司总经理办公会研究，下达2024年安全社区建设专项资金386万元，从安全生产费用中列支，专款专用。具体安排如下：",
        ("t", [["项目", "承担单位", "金额（万元）", "主要用途"],
               ["家属区燃气安全", "生活服务公司", "142", "燃气泄漏报警器安装、老旧胶管更换为金属波纹管"],
               ["职工通勤交通安全", "保卫部", "78", "班车动态监控、减速带、交通标志标线"],
               ["老年职工家属防跌倒", "生活服务公司", "65", "楼道扶手、防滑处理、夜间感应照明"],
               ["有限空间作业安全", "选煤厂", "56", "四合一气体检测仪、强制通风机、安全绳"],
               ["职业健康", "职工医院", "25", "在岗职工职业健康检查补贴、防尘口罩"],
               ["宣传教育与培训", "安全环保部、人力资源部", "20", "宣传品、培训教材、宣传栏"],
               ["合计", "", "386", ""]]),
        "各单位要严格资金使用管理，年底前将资金使用情况报安全社区办公室和财务部。",
        ("sig", ["鹤岭煤业集团有限责任公司", "2024年3月5日"]),
    ], number="鹤煤发〔2024〕21号", redhead=RED, author="集团公司办公室")
    judge("集团办公室/关于下达2024年安全社区建设专项资金的通知.pdf", "专项资金下达通知", [1], [4, 5], "2024-03-05")

    members = [r[:] for r in MEMBERS_2023]
    members[2] = ["常务副主任", "张宏伟", "集团公司副总经理、安全总监"]
    members[8] = ["成员", "曹丽", "职工医院院长"]
    pdf("集团办公室/发文2024-58.pdf", "关于调整鹤岭矿区安全社区促进委员会组成人员的通知", [
        ("b", "各矿厂、各部门、各单位："),
        "因人事变动，经研究，对鹤岭矿区安全社区促进委员会（集团公司安全生产委员会）组成人员作如下调整：张宏伟同志任常务副主任，王振国同志不再担任；曹丽同志任成员，周明同志不再担任。调整后组成人员如下：",
        ("t", members),
        ("sig", ["鹤岭煤业集团有限责任公司", "2024年6月20日"]),
    ], number="鹤煤发〔2024〕58号", redhead=RED, author="集团公司办公室")
    judge("集团办公室/发文2024-58.pdf", "调整促进委员会成员通知（发文）", [1], [], "2024-06-20")

    pdf("集团办公室/发文2025-14.pdf", "关于下达2025年安全社区建设专项资金的通知", [
        ("b", "各矿厂、各部门："),
        "根据2025年度安全社区建设工作计划，下达2025年安全社区建设专项资金312万元。其中：家属区燃气安全96万元（剩余老旧胶管更换、报警器维护），老年职工家属防跌倒58万元，职工通勤交通安全61万元，有限空间作业安全47万元，职业健康30万元，宣传教育与培训20万元。",
        "资金使用情况纳入年度内部评审和安全生产责任制考核。",
        ("sig", ["鹤岭煤业集团有限责任公司", "2025年3月10日"]),
    ], number="鹤煤发〔2025〕14号", redhead=RED, author="集团公司办公室")
    judge("集团办公室/发文2025-14.pdf", "专项资金下达通知（发文）", [1], [4, 5], "2025-03-10")


# ================================================================ 安全环保部: rules, registers, plans
def ahb_rules():
    docx("安全环保部/安全社区促进委员会工作制度.docx", "2023-11-02", "鹤岭矿区安全社区促进委员会工作制度", [
        ("b", "第一条　为规范鹤岭矿区安全社区促进委员会（以下简称促进委员会）的工作，依据《安全社区建设基本要求》（AQ/T 9001-2006）和集团公司安全生产委员会工作规则，制定本制度。"),
        ("b", "第二条　集团公司安全生产委员会同时履行促进委员会职责。促进委员会由集团公司领导、各职能部门、各矿厂主要负责人以及鹤岭镇人民政府、鹤岭派出所、鹤岭消防中队、鹤岭新村社区居委会、鹤岭镇中心学校负责同志组成。"),
        ("b", "第三条　促进委员会负责组织风险辨识与评价、制定安全目标和计划、组织实施安全促进项目、整合资源、组织绩效评审和提供资源保障。"),
        ("b", "第四条　促进委员会办公室设在安全环保部，负责会议组织、项目督导、信息汇总、档案管理等日常工作。"),
        ("b", "第五条　促进委员会每季度召开一次全体会议，听取各项目组工作汇报，研究解决安全社区建设中的重大问题；遇有重大事项可随时召开专题会议。会议由办公室负责记录，形成会议纪要，于会后五个工作日内印发并归档。"),
        ("b", "第六条　各安全促进项目组每月至少召开一次项目组会议，每季度向促进委员会报告项目进展。"),
        ("b", "第七条　促进委员会每年第四季度组织一次内部评审，对照AQ/T 9001-2006十二项要素检查创建工作，形成内部评审报告，提出改进措施。"),
        ("b", "第八条　促进委员会成员单位应指定一名联络员，负责本单位安全社区信息的报送和反馈。"),
        ("b", "第九条　本制度由促进委员会办公室负责解释，自2023年11月2日起施行。"),
    ])
    judge("安全环保部/安全社区促进委员会工作制度.docx", "促进委员会工作制度", [1], [12], "2023-11-02",
          {"dated_in_text": True})

    docx("安全环保部/安全社区创建管理制度汇编.docx", "2023-11-20", "鹤岭矿区安全社区创建管理制度汇编", [
        ("b", "目　录：一、信息交流与反馈制度　二、安全教育培训制度　三、事故与伤害监测制度　四、隐患排查治理制度　五、应急管理制度　六、内部评审与持续改进制度　七、相关方安全管理制度　八、创建档案管理制度"),
        ("h", "一、信息交流与反馈制度"),
        "建立职代会安全提案、群众安全监督员、家属区安全意见箱、安全社区简报和集团公司OA公告栏等信息交流渠道。意见箱由生活服务公司每周开箱一次，意见建议在15个工作日内答复。促进委员会每年至少组织一次与外单位的安全社区经验交流活动。",
        ("h", "二、安全教育培训制度"),
        "人力资源部培训中心每年1月底前制定年度安全教育培训计划，报促进委员会办公室备案。新入职人员必须接受厂（矿）级、车间（区队）级、班组级三级安全教育，合计不少于72学时，考试合格方可上岗。班组每周开展一次班组安全活动并做好记录。家属区居民安全宣传由生活服务公司会同社区居委会组织。",
        ("h", "三、事故与伤害监测制度"),
        "职工医院对首次就诊的各类伤害病例逐例填写伤害首诊登记表；安全环保部负责工伤统计，保卫部负责矿区道路交通事故统计。职工医院每季度汇总伤害数据，每年第一季度完成上一年度伤害监测分析报告，报促进委员会办公室。",
        ("h", "四、隐患排查治理制度（双重预防机制）"),
        "实行风险分级管控和隐患排查治理双重预防机制。一般隐患由责任单位按期整改，重大隐患实行挂牌督办。安全环保部下达隐患整改通知书后，被通知单位应在规定期限内将整改情况书面回复安全环保部。隐患排查治理台账实行闭环销号管理，逾期未整改的纳入月度考核。",
        ("h", "五、应急管理制度"),
        "集团公司每半年至少组织一次综合应急演练；各矿厂、生活服务公司每年至少组织两次专项应急演练。演练结束后应进行评估，形成演练总结。",
        ("h", "六、内部评审与持续改进制度"),
        "促进委员会每年组织一次内部评审，评审组由安全环保部、工会及外聘专家组成，形成内部评审报告。评审发现的问题形成整改清单，落实预防与纠正措施。",
        ("h", "七、相关方安全管理制度"),
        "承包商入场前进行资质审查、安全协议签订、入场安全教育和安全技术交底，作业过程实行监督检查，年终进行安全绩效考核。",
        ("h", "八、创建档案管理制度"),
        "创建档案按部门形成、统一管理。各部门明确专人收集本部门形成的文件、记录、照片等材料，按年度移交安全社区办公室；办公室编制归档文件目录，电子文件与纸质文件同步归档。",
        ("sig", ["鹤岭矿区安全社区促进委员会", cn("2023-11-20")]),
    ])
    judge("安全环保部/安全社区创建管理制度汇编.docx", "管理制度汇编", [1], [2, 6, 7, 8, 9, 10, 11, 12], "2023-11-20")

    docx("安全环保部/双重预防机制建设实施方案.docx", "2024-04-10", "鹤岭煤业集团安全风险分级管控和隐患排查治理双重预防机制建设实施方案", [
        ("h", "一、目的"),
        "落实安全风险分级管控和隐患排查治理双重预防机制，把风险控制在隐患形成之前、把隐患消灭在事故发生之前，并将职工生活区纳入风险管控范围。",
        ("h", "二、风险辨识与分级"),
        "各矿厂每年组织一次全面风险辨识，采用作业条件危险性分析法（LEC）评价，风险分为重大（红）、较大（橙）、一般（黄）、低（蓝）四级，分别由集团公司、矿厂、车间（区队）、班组管控。生活服务公司对家属区燃气、电梯、楼道、道路等公共设施开展风险辨识。",
        ("h", "三、隐患排查"),
        "实行日常排查、专项排查、季节性排查和综合排查相结合。班组每班排查，车间每周排查，矿厂每月排查，集团公司每季度组织综合检查。",
        ("h", "四、隐患治理"),
        "隐患实行“五定”（定责任人、定措施、定资金、定时限、定预案），录入隐患排查治理台账，整改完成后由检查单位验收销号。逾期未整改隐患由安全环保部下达督办通知。",
        ("h", "五、职责分工"),
        "安全环保部负责统筹推进和监督考核；各矿厂负责本单位风险管控和隐患治理；生活服务公司负责生活区；保卫部负责道路交通和消防。",
        ("sig", ["安全环保部", "2024年4月10日"]),
    ])
    judge("安全环保部/双重预防机制建设实施方案.docx", "双重预防机制实施方案", [3], [8, 11], "2024-04-10")


HAZARDS = {
    "鹤岭一矿": [("井下-320水平运输大巷", "巷道照明不足，局部灯具损坏"), ("主运输皮带机头", "防护罩固定螺栓松动"),
               ("综采工作面", "端头支护不及时"), ("井下变电所", "绝缘手套、绝缘靴未按期检验"),
               ("副井井口", "井口安全门闭锁失灵"), ("掘进工作面", "局部通风机未实现双风机双电源自动切换"),
               ("地面压风机房", "安全阀校验过期"), ("炸药库", "防雷检测报告过期")],
    "选煤厂": [("主厂房3楼", "跳汰机平台护栏高度不足"), ("压滤车间", "地面积水湿滑，未设防滑警示"),
            ("装车站", "车辆倒车无人指挥"), ("皮带走廊", "拉绳开关失效"), ("浓缩池", "池边救生圈缺失"),
            ("配电室", "配电柜前绝缘垫破损")],
    "机修厂": [("铆焊车间", "焊机接地线缺失"), ("机加工车间", "车床卡盘无防护罩"), ("铸造车间", "浇注区地面坑洼"),
            ("行车", "桥式起重机限位器失灵"), ("油库", "灭火器压力不足")],
    "生活服务公司": [("鹤岭新村12号楼", "楼道堆放杂物占用疏散通道"), ("东山小区锅炉房", "压力表未按期检验"),
               ("鹤岭新村老年活动中心", "台阶无防滑条"), ("东山小区", "电动车楼道内充电"),
               ("鹤岭新村8号楼", "电梯年检标志过期"), ("鹤岭新村", "小区主干道减速带损坏")],
    "职工医院": [("住院部", "氧气瓶未固定"), ("放射科", "防护门连锁失灵")],
    "保卫部": [("矿区公路K3+200", "S形弯道警示标志被遮挡"), ("班车停车场", "照明不足")],
}
OVERDUE_OPEN = [
    # (found, unit, place, description, level, deadline, state, note)
    ("2024-06-11", "选煤厂", "浓缩池、1号煤仓", "有限空间未设置警示标识和风险告知牌，作业审批单无气体检测记录",
     "一般", "2024-07-15", "整改中", "已下达整改通知书QY-AQ-2024-0137"),
    ("2024-10-16", "鹤岭一矿", "主运输皮带机尾", "机尾滚筒防护罩缺失", "一般", "2024-11-30", "未整改", ""),
    ("2025-03-20", "选煤厂", "1号煤仓仓顶", "人孔盖板锈蚀变形，不能可靠封闭", "一般", "2025-05-31", "整改中", "备件未到"),
    ("2025-05-14", "机修厂", "铸造车间", "除尘系统风机异响，除尘效率下降", "较大", "2025-08-31", "整改中", "待资金"),
    ("2025-07-08", "鹤岭一矿", "-320水平回风巷", "局部顶板离层，锚杆托盘松动", "较大", "2025-09-30", "整改中", ""),
    ("2025-08-22", "生活服务公司", "东山小区3号楼", "外墙瓷砖空鼓，有脱落伤人风险", "一般", "2025-10-31", "未整改", "已设警戒"),
    ("2025-09-12", "选煤厂", "压滤车间", "钢格板楼梯踏步磨损", "一般", "2025-10-15", "未整改", ""),
]
OPEN_IN_TIME = [
    ("2026-10-09", "鹤岭一矿", "-450水平新掘进巷道", "局部通风机风筒破损漏风", "一般", "2027-01-31", "整改中", ""),
    ("2026-10-10", "生活服务公司", "鹤岭新村5号楼", "屋面防水层老化漏雨，楼道照明线路受潮", "一般", "2027-03-31", "整改中", "列入2027年维修计划"),
    ("2026-10-12", "机修厂", "铆焊车间", "二氧化碳保护焊气瓶存放区无防倾倒链", "一般", "2027-01-15", "整改中", ""),
]
CHECKERS = ["赵立军", "孙晓燕", "贺斌", "宋建军", "梁红", "安全员王磊", "安全员刘洋"]


def hazard_register():
    rnd = rows_rng("hazards")
    rows = []
    for year, n, a, b in ((2024, 70, "2024-01-08", "2024-12-20"), (2025, 76, "2025-01-06", "2025-12-22"),
                          (2026, 44, "2026-01-05", "2026-10-08")):
        for _ in range(n):
            unit = rnd.choice(list(HAZARDS))
            place, desc = rnd.choice(HAZARDS[unit])
            found = days(a, b, rnd)
            level = "较大" if rnd.random() < 0.08 else "一般"
            limit = found + dt.timedelta(days=rnd.choice([3, 7, 10, 15, 30]) if level == "一般" else 45)
            done = found + dt.timedelta(days=rnd.randint(1, (limit - found).days + (4 if rnd.random() < 0.1 else 0)))
            done = min(done, D("2026-10-11"))
            kind = rnd.choice(["日常排查", "日常排查", "专项排查", "季节性排查", "综合检查"])
            rows.append([found, kind, unit, place, desc, level, "立即整改、落实专人", rnd.choice(CHECKERS[2:]),
                         limit, done, "已整改", rnd.choice(CHECKERS[:4]), ""])
    for f, unit, place, desc, level, limit, state, note in OVERDUE_OPEN + OPEN_IN_TIME:
        rows.append([D(f), "综合检查" if unit != "生活服务公司" else "专项排查", unit, place, desc, level,
                     "制定整改方案，限期整改", "责任单位负责人", D(limit), None, state, "", note])
    rows.sort(key=lambda r: r[0])
    sheets = []
    for y in (2024, 2025, 2026):
        part = [r for r in rows if r[0].year == y]
        numbered = [[i, f"YH-{y}-{i:03d}"] + r for i, r in enumerate(part, 1)]
        sheets.append((f"{y}年", f"鹤岭矿区隐患排查治理台账（{y}年）",
                       ["序号", "隐患编号", "排查日期", "排查类型", "责任单位", "地点/部位", "隐患描述", "隐患等级",
                        "整改措施", "整改责任人", "整改期限", "整改完成日期", "整改状态", "验收人", "备注"], numbered))
    xlsx("安全环保部/隐患排查治理台账.xlsx", "2026-10-12", sheets)
    judge("安全环保部/隐患排查治理台账.xlsx", "隐患排查治理台账（2024—2026）", [8, 11], [3], "2026-10-12")


def contractor_register():
    rnd = rows_rng("contractors")
    firms = ["晋通矿山工程有限公司", "云泉县宏达建筑安装公司", "华晟防腐保温工程公司", "北岳机电设备检修公司",
             "鹏程钢结构工程公司", "安泰消防工程公司", "恒信环保科技公司", "鑫源劳务有限公司"]
    jobs = ["井下巷道修复", "选煤厂浓缩池清淤（有限空间）", "厂房屋面防水", "皮带机检修", "锅炉房管道保温",
            "消防设施维保", "家属区燃气管道改造", "除尘设备安装", "煤仓清仓（有限空间）", "外墙维修"]
    rows = []
    for i in range(1, 83):
        start = days("2025-01-05", "2025-12-10", rnd)
        job = rnd.choice(jobs)
        rows.append([i, rnd.choice(firms), job, rnd.choice(["鹤岭一矿", "选煤厂", "机修厂", "生活服务公司"]),
                     start, start + dt.timedelta(days=rnd.randint(3, 40)), "合格", "已签订",
                     rnd.randint(4, 26), "已培训", "已交底",
                     "作业票已审批" if "有限空间" in job else "—", rnd.choice(["良好", "良好", "合格", "一般"])])
    xlsx("安全环保部/相关方（承包商）安全管理台账2025.xlsx", "2025-12-28", [
        ("2025", "2025年相关方（承包商）安全管理台账",
         ["序号", "承包商", "作业内容", "作业单位", "进场日期", "退场日期", "资质审查", "安全协议", "入场人数",
          "入场安全教育", "安全技术交底", "特殊作业审批", "安全绩效评价"], rows)])
    judge("安全环保部/相关方（承包商）安全管理台账2025.xlsx", "相关方（承包商）管理台账", [8], [6, 11], "2025-12-28")


def injury_stats():
    rnd = rows_rng("gongshang")
    units = ["鹤岭一矿", "选煤厂", "机修厂", "生活服务公司", "其他单位"]
    base = {2021: [17, 5, 3, 1, 1], 2022: [14, 5, 3, 1, 1], 2023: [13, 4, 2, 1, 1], 2024: [11, 4, 2, 1, 0],
            2025: [10, 3, 2, 1, 1]}
    summary = []
    for y in sorted(base):
        for u, n in zip(units, base[y]):
            summary.append([y, u, n, rnd.randint(0, 2) if n > 3 else 0, 0, n * rnd.randint(18, 40)])
    detail = {}
    kinds = ["机械伤害", "物体打击", "顶板", "运输", "高处坠落", "起重伤害", "触电", "其他伤害"]
    for y in (2024, 2025):
        rows = []
        k = 1
        for u, n in zip(units, base[y]):
            for _ in range(n):
                day = days(f"{y}-01-03", f"{y}-12-28", rnd)
                rows.append([k, day, u, mask(rnd), rnd.randint(21, 56), rnd.choice(kinds),
                             rnd.choice(["轻伤", "轻伤", "轻伤", "重伤"]), rnd.randint(5, 120), "已认定"])
                k += 1
        if y == 2025:      # the "5·9" accident at the coal preparation plant
            k9 = next(i for i, r in enumerate(rows) if r[2] == "选煤厂")
            rows[k9] = [0, dt.date(2025, 5, 9), "选煤厂", "韩**", 38, "机械伤害", "轻伤", 56, "已认定"]
        rows.sort(key=lambda r: r[1])
        for i, r in enumerate(rows, 1):
            r[0] = i
        detail[y] = rows
    hdr = ["序号", "受伤日期", "单位", "姓名", "年龄", "事故类别", "伤害程度", "损失工作日", "工伤认定"]
    xlsx("安全环保部/工伤统计表2021-2025.xlsx", "2026-01-12", [
        ("汇总", "鹤岭煤业集团工伤统计汇总表（2021—2025年）",
         ["年度", "单位", "工伤人数", "其中重伤", "死亡", "损失工作日"], summary),
        ("2024明细", None, hdr, detail[2024]), ("2025明细", None, hdr, detail[2025])])
    judge("安全环保部/工伤统计表2021-2025.xlsx", "工伤统计表", [9], [3], "2026-01-12")


def emergency():
    pdf("安全环保部/应急预案/鹤岭矿区生产安全事故综合应急预案（2024版）.pdf", "鹤岭煤业集团有限责任公司生产安全事故综合应急预案（2024版）", [
        ("b", "编号：HLMY-YA-2024-01　　　发布日期：2024年3月1日　　　实施日期：2024年3月1日"),
        ("h", "1 总则"),
        "为规范鹤岭矿区生产安全事故和生活区突发事件的应急管理和应急响应程序，依据《生产安全事故应急条例》和《生产经营单位生产安全事故应急预案编制导则》（GB/T 29639），结合安全社区建设要求，制定本预案。本预案适用于鹤岭矿区生产区和鹤岭新村、东山小区生活区。",
        ("h", "2 风险描述"),
        "主要事故风险：瓦斯爆炸、煤尘爆炸、矿井透水、火灾、顶板事故、机械伤害、有限空间中毒窒息；生活区主要风险：燃气泄漏爆炸、火灾、电梯困人、暴雨洪涝、道路交通事故。",
        ("h", "3 应急组织机构及职责"),
        "集团公司成立生产安全事故应急救援指挥部，总经理任总指挥，分管安全副总经理任副总指挥；下设抢险救援、医疗救护、治安警戒、后勤保障、信息发布、生活区疏散安置六个工作组。职工医院承担医疗救护，保卫部专职消防队和矿山救护队承担抢险救援。",
        ("h", "4 预警与信息报告"),
        "事故发生后，现场人员立即报告调度室，调度室10分钟内报告值班领导，按规定时限向云泉县应急管理局报告。",
        ("h", "5 应急响应"),
        "响应分为Ⅰ、Ⅱ、Ⅲ级。Ⅰ级由集团公司应急指挥部启动，请求地方政府支援；Ⅱ级由集团公司启动；Ⅲ级由矿厂启动。",
        ("h", "6 保障措施"),
        "应急队伍、物资装备清单见附件（应急救援队伍及物资清单），每年更新一次。",
        ("h", "7 预案管理"),
        "集团公司每半年至少组织一次综合应急演练，各矿厂每年至少组织两次专项应急演练。预案每三年修订一次。",
    ])
    judge("安全环保部/应急预案/鹤岭矿区生产安全事故综合应急预案（2024版）.pdf", "综合应急预案", [7], [], "2024-03-01")

    docx("安全环保部/应急预案/家属区燃气泄漏专项应急预案.docx", "2024-03-01", "鹤岭新村、东山小区燃气泄漏专项应急预案", [
        ("h", "一、适用范围"),
        "适用于鹤岭新村、东山小区居民户内及庭院燃气管道泄漏、燃气着火爆炸事故的应急处置。",
        ("h", "二、组织机构"),
        "生活服务公司经理任现场指挥，燃气班、物业服务中心、楼长、保卫部消防队、职工医院为处置力量，鹤岭新村社区居委会负责居民疏散安置协调。",
        ("h", "三、处置程序"),
        "接报后燃气班5分钟内出动，关闭楼栋总阀，开窗通风，设置警戒区，严禁开关电器；疏散楼内居民至安全区域，独居老人由楼长逐户确认；有人员受伤立即通知职工医院。",
        ("h", "四、演练"),
        "生活服务公司每年至少组织两次燃气泄漏专项演练，其中一次邀请居民参加。",
        ("sig", ["生活服务公司", "2024年3月"]),
    ], author="生活服务公司")
    judge("安全环保部/应急预案/家属区燃气泄漏专项应急预案.docx", "燃气泄漏专项应急预案", [7], [5], "2024-03-01")

    rnd = rows_rng("emergency-stock")
    teams = [[1, "矿山救护队", "专职", 42, "鹤岭一矿工业广场", "高志宏", "24小时值班"],
             [2, "专职消防队", "专职", 24, "保卫部消防站", "郭强", "24小时值班"],
             [3, "燃气抢修班", "专职", 9, "生活服务公司", "李国庆", "24小时值班"],
             [4, "医疗救护队", "兼职", 18, "职工医院", "曹丽", "急诊24小时"],
             [5, "选煤厂应急分队", "兼职", 20, "选煤厂", "马文斌", "白班"],
             [6, "机修厂应急分队", "兼职", 16, "机修厂", "韩涛", "白班"],
             [7, "青年志愿者应急服务队", "志愿", 56, "团委", "杨帆", "召集"],
             [8, "家属区楼长应急联络队", "志愿", 112, "鹤岭新村、东山小区", "刘桂兰", "召集"]]
    items = [("正压氧气呼吸器", "台"), ("自救器", "台"), ("四合一气体检测仪", "台"), ("便携式甲烷检测仪", "台"),
             ("担架", "副"), ("急救箱", "个"), ("灭火器（干粉4kg）", "具"), ("消防水带", "盘"), ("应急照明灯", "个"),
             ("排水泵", "台"), ("发电机", "台"), ("安全绳", "根"), ("三脚架", "套"), ("强制通风机", "台"),
             ("警戒带", "卷"), ("对讲机", "部"), ("防化服", "套"), ("沙袋", "条"), ("编织袋", "条"), ("雨衣", "套")]
    stock = []
    k = 1
    for place in ["鹤岭一矿应急物资库", "选煤厂应急物资库", "生活服务公司应急物资库"]:
        for name, unit in rnd.sample(items, 20):
            stock.append([k, place, name, unit, rnd.randint(2, 60), "完好", slash("2025-04-10")])
            k += 1
    xlsx("安全环保部/应急预案/应急救援队伍及物资清单.xlsx", "2025-04-10", [
        ("应急队伍", "鹤岭矿区应急救援队伍一览表", ["序号", "队伍名称", "性质", "人数", "驻地", "负责人", "值守方式"], teams),
        ("应急物资", "鹤岭矿区应急物资储备清单", ["序号", "存放地点", "物资名称", "单位", "数量", "状态", "核查日期"], stock)])
    judge("安全环保部/应急预案/应急救援队伍及物资清单.xlsx", "应急队伍及物资清单", [7], [], "2025-04-10")

    pdf("安全环保部/应急预案/2024年下半年应急演练资料汇编.pdf", "2024年下半年应急演练资料汇编", [
        ("b", "编印：安全环保部（安全社区办公室）　　2024年12月"),
        ("b", "目录：一、鹤岭矿区2024年下半年综合应急演练（11月20日）　二、选煤厂有限空间中毒窒息专项演练（9月24日）　三、机修厂火灾专项演练（10月17日）"),
        ("h", "一、鹤岭矿区2024年下半年综合应急演练"),
        ("b", "（一）演练方案"),
        "演练名称：鹤岭一矿井下透水事故暨鹤岭新村人员疏散综合应急演练。演练时间：2024年11月20日9:00—11:30。演练地点：鹤岭一矿-320水平、调度指挥中心、鹤岭新村6—9号楼。组织单位：集团公司应急救援指挥部。参演单位：鹤岭一矿、矿山救护队、专职消防队、职工医院、生活服务公司、保卫部、鹤岭派出所、鹤岭新村社区居委会、青年志愿者应急服务队，共计326人，其中居民183人。",
        ("b", "（二）演练过程记录"),
        "9:02　-320水平掘进工作面发现突水征兆，班组长按规定撤人并报告调度室；9:10　调度室启动Ⅱ级响应，总指挥到位；9:18　矿山救护队入井；9:40　井下被困2名“伤员”升井，职工医院现场救治后转运；10:05　模拟排水泵站受淹导致生活区供电中断，鹤岭新村启动疏散，楼长逐户确认独居老人，10:40疏散完毕；11:20　总指挥宣布演练结束。",
        ("b", "（三）演练评估"),
        "评估组认为：响应启动及时，井下撤人路线清楚，生活区疏散组织有序，独居老人确认机制有效；存在问题：对讲机通信在井下盲区中断一次，疏散集合点指示标志不足。改进措施：增设井下中继，生活区补设集合点标志（12月底前完成，责任单位：鹤岭一矿、生活服务公司）。",
        ("h", "二、选煤厂有限空间中毒窒息专项演练"),
        "2024年9月24日，选煤厂在浓缩池模拟清淤作业人员中毒晕倒，监护人发现后报警，应急分队使用正压式呼吸器和三脚架实施救援，共26人参加。评估：救援装备佩戴熟练，但监护人未第一时间停止作业，需加强培训。",
        ("h", "三、机修厂火灾专项演练"),
        "2024年10月17日，机修厂在油库开展火灾扑救和人员疏散演练，专职消防队参加，共48人。",
        ("sig", ["安全环保部（安全社区办公室）", "2024年12月10日"]),
    ])
    judge("安全环保部/应急预案/2024年下半年应急演练资料汇编.pdf", "演练资料汇编（含2024下半年综合演练）", [7], [], "2024-12-10")


# ================================================================ 安全环保部 year folders
def minutes_body(when, chair, present, items, decisions, recorder="孙晓燕"):
    body = [("b", f"会议时间：{zh(when)}"), ("b", "会议地点：集团公司第一会议室"),
            ("b", f"主持人：{chair}"), ("b", f"参会人员：{present}"), ("b", f"记录人：{recorder}"),
            ("h", "一、会议内容")]
    body += items
    body.append(("h", "二、会议议定事项"))
    body += [f"（{'一二三四五六七'[i]}）{t}" for i, t in enumerate(decisions)]
    return body


PRESENT = "安委会（促进委员会）成员及各项目组组长，鹤岭镇人民政府、鹤岭派出所、社区居委会代表"
MEETINGS = {}     # date -> (title, body) : also used for the 2024 compilation


def meeting(path, when, quarter, items, decisions, chair="张宏伟（常务副主任）", file=True, number=None):
    title = f"集团公司安委会（安全社区促进委员会）{quarter}会议纪要"
    body = minutes_body(when, chair, PRESENT, items, decisions)
    MEETINGS[when] = (title, body)
    if file:
        docx(path, when, title, body + [("sig", ["安全社区促进委员会办公室", zh(when)])],
             number=number or os.path.splitext(os.path.basename(path))[0])
        judge(path, "促进委员会季度会议纪要", [1], [], when)


def ahb_2023():
    docx("安全环保部/2023/QY-AQ-2023-0139.docx", "2023-10-26", "鹤岭矿区安全社区创建启动大会议程及讲话", [
        ("b", "时间：2023年10月26日下午3:00　地点：鹤岭矿区职工俱乐部"),
        ("b", "参加人员：集团公司领导班子，各部门、各矿厂负责人，班组长代表，鹤岭镇政府、派出所、消防中队、社区居委会、中心学校代表，职工家属和楼长代表，共560人。"),
        ("h", "会议议程"),
        ("b", "一、宣读《关于成立鹤岭矿区安全社区促进委员会的通知》；二、宣读《鹤岭矿区安全社区创建实施方案》；三、集团公司与各矿厂、生活服务公司签订安全社区创建目标责任书；四、职工家属代表发言；五、鹤岭镇人民政府领导讲话；六、刘建平总经理作动员讲话。"),
        ("h", "动员讲话（摘要）"),
        "同志们，创建安全社区，就是要把我们多年来在井下、在车间里形成的安全管理经验延伸到家属区，让职工上班安全、下班安心。我们矿区有近两万名职工家属，其中60岁以上的老同志和家属占了三成，燃气、跌倒、交通这些看起来不起眼的问题，每年都在造成伤害。各单位一把手要亲自抓，工会、团委要把职工和家属发动起来，做到人人知晓、人人参与。",
    ], number="QY-AQ-2023-0139")
    judge("安全环保部/2023/QY-AQ-2023-0139.docx", "创建启动大会议程及讲话", [1], [2, 6], "2023-10-26")

    rnd = rows_rng("risk-list")
    places = [("生产区", "鹤岭一矿", "采煤工作面", "顶板冒落", "顶板事故", 3, 6, 40), ("生产区", "鹤岭一矿", "掘进工作面", "瓦斯积聚", "瓦斯爆炸", 1, 6, 100),
              ("生产区", "鹤岭一矿", "主运输大巷", "胶带输送机运转", "机械伤害", 3, 6, 15), ("生产区", "鹤岭一矿", "井下水仓", "老空水", "透水", 1, 3, 100),
              ("生产区", "鹤岭一矿", "副井提升", "提升钢丝绳", "坠罐", 0.5, 6, 100), ("生产区", "选煤厂", "浓缩池", "有限空间缺氧、硫化氢", "中毒窒息", 3, 2, 40),
              ("生产区", "选煤厂", "煤仓", "有限空间、煤流埋压", "中毒窒息、埋压", 3, 2, 40), ("生产区", "选煤厂", "跳汰机平台", "临边", "高处坠落", 3, 6, 7),
              ("生产区", "选煤厂", "皮带走廊", "转动部位", "机械伤害", 3, 6, 15), ("生产区", "机修厂", "铆焊车间", "电焊作业", "触电、火灾", 3, 6, 7),
              ("生产区", "机修厂", "行车", "起重吊装", "起重伤害", 3, 3, 15), ("生产区", "机修厂", "油库", "易燃液体", "火灾", 1, 6, 40),
              ("生活区", "生活服务公司", "居民户内", "燃气胶管老化、无报警器", "燃气泄漏爆炸", 3, 6, 40), ("生活区", "生活服务公司", "楼道", "照明不足、无扶手", "老人跌倒", 6, 6, 3),
              ("生活区", "生活服务公司", "电梯", "设备老化", "电梯困人", 3, 6, 3), ("生活区", "生活服务公司", "楼道", "电动车充电", "火灾", 3, 6, 15),
              ("生活区", "生活服务公司", "锅炉房", "压力容器", "爆炸、烫伤", 1, 6, 15), ("生活区", "保卫部", "矿区公路", "S形弯道、大货车", "道路交通事故", 3, 6, 15),
              ("生活区", "保卫部", "通勤班车", "夜班通勤、疲劳驾驶", "道路交通事故", 1, 6, 40), ("生活区", "团委", "东山水库", "儿童游泳", "溺水", 1, 3, 40),
              ("生活区", "职工医院", "氧气瓶库", "压力气瓶", "爆炸", 0.5, 6, 15), ("生活区", "生活服务公司", "老年活动中心", "台阶湿滑", "跌倒", 3, 6, 3)]
    rows = []
    for i in range(1, 97):
        area, unit, spot, src, harm, L, E, C = rnd.choice(places)
        L2 = L * rnd.choice([1, 1, 0.5, 2]) if L < 6 else L
        dval = round(L2 * E * C, 1)
        grade = "重大风险" if dval > 320 else "较大风险" if dval >= 160 else "一般风险" if dval >= 70 else "低风险"
        rows.append([i, area, unit, spot, src, harm, L2, E, C, dval, grade,
                     {"重大风险": "集团公司", "较大风险": "矿厂", "一般风险": "车间/区队", "低风险": "班组"}[grade],
                     rnd.choice(["工程技术措施＋管理措施", "监测监控＋教育培训", "个体防护＋现场监护", "定期检查＋警示标识"])])
    xlsx("安全环保部/2023/QY-AQ-2023-0146.xlsx", "2023-12-15", [
        ("风险清单", "鹤岭矿区安全风险辨识评价及分级管控清单（生产区、生活区）",
         ["序号", "区域", "责任单位", "场所/部位", "危险源（风险点）", "可能导致的事故与伤害", "L", "E", "C", "D值",
          "风险等级", "管控层级", "管控措施"], rows)])
    judge("安全环保部/2023/QY-AQ-2023-0146.xlsx", "风险辨识评价及分级管控清单", [3], [8], "2023-12-15")

    docx("安全环保部/2023/QY-AQ-2023-0151.docx", "2023-12-28", "鹤岭矿区安全社区诊断报告", [
        ("h", "一、矿区基本情况"),
        "鹤岭矿区位于云泉县鹤岭镇，由生产区和职工生活区组成。生产区有鹤岭一矿（核定产能240万吨/年，高瓦斯矿井）、选煤厂、机修厂和铁路专用线；生活区有鹤岭新村（建于1983—1998年，楼龄较长）和东山小区，居民6200余户1.9万余人，其中60岁以上人员5900余人，占31%，独居老人412人。矿区内有职工医院1所（二级）、中心学校1所、幼儿园2所。",
        ("h", "二、诊断方法"),
        "采用资料分析（2021—2023年工伤统计、职工医院门急诊伤害病例、保卫部交通事故记录）、危险源辨识和风险评价（LEC法，见风险辨识评价及分级管控清单）、居民安全需求问卷调查（发放问卷1560份，回收1498份，抽样汇总150份）、座谈会和现场检查相结合的方法。",
        ("h", "三、事故与伤害现状"),
        ("t", [["年度", "工伤人数", "门急诊伤害病例", "其中跌倒", "道路交通伤", "燃气相关"],
               ["2021", "27", "231", "76", "31", "3"], ["2022", "24", "207", "71", "26", "2"],
               ["2023（1—11月）", "21", "188", "69", "22", "2"]]),
        "门急诊伤害病例中跌倒居首（约34%），集中在60岁以上职工家属，冬季冰雪天和楼道内多发；机械伤害和物体打击主要发生在生产区；道路交通伤主要发生在通勤途中和矿区公路S形弯道；2022年选煤厂发生1起浓缩池清淤作业人员轻度中毒事件（未造成死亡）；家属区近三年发生燃气泄漏险情7起。",
        ("h", "四、高风险环境、高危人群和脆弱群体"),
        "高风险环境：井下采掘工作面、选煤厂浓缩池及煤仓等有限空间、家属区老旧燃气设施、矿区公路。高危人群：井下一线职工、有限空间作业人员和承包商、夜班通勤职工。脆弱群体：独居和高龄老人、职工子女（暑期溺水风险）、接触粉尘噪声的职工。",
        ("h", "五、居民安全需求"),
        "问卷显示，居民最关心的安全问题依次为：燃气安全（62%）、老人跌倒（48%）、交通安全（41%）、火灾（33%）、治安（21%）。",
        ("h", "六、诊断结论与建议项目"),
        "建议确定以下五个安全促进项目：职工通勤交通安全、家属区燃气安全、老年职工家属防跌倒、有限空间作业安全、职业健康；同时加强伤害监测，由职工医院建立伤害首诊登记制度。",
        ("sig", ["鹤岭矿区安全社区促进委员会办公室", "2023年12月28日"]),
    ], number="QY-AQ-2023-0151")
    judge("安全环保部/2023/QY-AQ-2023-0151.docx", "社区安全诊断报告", [3], [9, 4], "2023-12-28")

    docx("安全环保部/2023/QY-AQ-2023-0155.docx", "2023-12-30", "鹤岭矿区安全社区建设三年规划（2024—2026年）", [
        ("h", "一、规划依据"),
        "依据《安全社区建设基本要求》、集团公司“十四五”安全生产规划和鹤岭矿区安全社区诊断报告。",
        ("h", "二、总体目标"),
        "到2026年，矿区工伤人数较2023年下降20%，家属区燃气责任事故为零，60岁以上居民跌倒就诊人数下降15%，通勤交通事故零死亡，接害岗位职业健康检查率100%，居民安全知识知晓率90%以上，建成国家级安全社区。",
        ("h", "三、分年度目标"),
        ("t", [["年度", "重点任务", "量化目标"],
               ["2024年", "项目启动，设施改造为主", "燃气入户检查覆盖率100%，报警器安装率60%；楼道扶手改造20栋；工伤人数下降10%"],
               ["2025年", "项目深化，宣传教育为主", "报警器安装率90%；跌倒就诊下降10%；有限空间作业审批合格率100%"],
               ["2026年", "巩固提高，评估评定", "各项目完成效果评估；通过评定"]]),
        ("h", "四、安全促进项目"),
        "（一）职工通勤交通安全（保卫部）；（二）家属区燃气安全（生活服务公司）；（三）老年职工家属防跌倒（生活服务公司、职工医院）；（四）有限空间作业安全（选煤厂）；（五）职业健康（职工医院）。",
        ("h", "五、保障措施"),
        "资金保障每年不少于300万元；各项目组每年年底前提交项目总结，项目结束时开展效果评估。",
    ], number="QY-AQ-2023-0155")
    judge("安全环保部/2023/QY-AQ-2023-0155.docx", "三年规划（2024—2026）", [4], [5], "2023-12-30")

    rnd = rows_rng("survey")
    concerns = ["燃气安全", "老人跌倒", "交通安全", "火灾", "治安", "电梯", "儿童溺水", "楼道杂物"]
    advice = ["希望更换老旧燃气胶管", "楼道加装扶手和照明", "S弯处加装减速带", "班车增加夜班线路", "多开展消防演练",
              "老年活动中心台阶防滑", "小区内电动车充电桩不足", "暑期水库加强巡查", "无", "无", "加强楼道杂物清理"]
    rows = []
    for i in range(1, 151):
        rows.append([f"WJ{i:04d}", days("2023-11-13", "2023-11-30", rnd), rnd.choice(["在岗职工", "离退休职工", "职工家属", "在岗职工"]),
                     rnd.choice(["18-35", "36-59", "60-69", "70岁以上"]), rnd.choice(["鹤岭新村", "鹤岭新村", "东山小区"]),
                     rnd.choice(["知道", "知道", "不太清楚"]), rnd.choice(["会", "会", "不会"]), rnd.choice(["有", "没有", "没有"]),
                     rnd.choice(["满意", "基本满意", "基本满意", "不满意"]), "、".join(rnd.sample(concerns, 2)), rnd.choice(advice)])
    xlsx("安全环保部/2023/居民安全需求问卷调查汇总.xlsx", "2023-12-05", [
        ("汇总", "鹤岭矿区居民安全需求问卷调查汇总（抽样150份）",
         ["问卷编号", "调查日期", "身份", "年龄段", "居住小区", "是否知道燃气泄漏处置方法", "是否会使用灭火器",
          "近一年家中是否有人受伤", "对矿区安全状况评价", "最关心的安全问题", "意见建议"], rows)])
    judge("安全环保部/2023/居民安全需求问卷调查汇总.xlsx", "居民安全需求问卷调查汇总", [3], [2], "2023-12-05")


def ahb_2024():
    docx("安全环保部/2024/QY-AQ-2024-0012.docx", "2024-01-18", "鹤岭矿区2024年度安全社区建设工作计划", [
        ("h", "一、年度目标"),
        "不发生一般及以上生产安全责任事故；工伤人数不超过20人（较2023年下降10%）；家属区燃气责任事故为零；燃气入户检查覆盖率100%，报警器安装率60%；完成20栋楼道扶手和照明改造；职工安全培训覆盖率100%；居民安全知识知晓率80%以上。目标分解见附件1。",
        ("h", "二、重点工作"),
        "（一）1—3月确定五个安全促进项目并印发项目实施方案；（二）促进委员会每季度召开一次全体会议；（三）6月、11月各组织一次综合应急演练；（四）职工医院全年开展伤害首诊登记，2025年一季度完成年度分析；（五）推行双重预防机制，隐患闭环销号；（六）12月开展内部评审。",
        ("h", "三、进度安排"),
        ("t", [["时间", "工作内容", "责任单位"],
               ["1—3月", "项目方案制定、资金下达、项目组成立", "安全社区办公室"],
               ["3—5月", "燃气入户检查第一轮、楼道扶手改造招标", "生活服务公司"],
               ["5—6月", "安全生产月、上半年综合演练", "安全环保部"],
               ["7—9月", "暑期防溺水、有限空间专项整治", "团委、选煤厂"],
               ["10—12月", "下半年综合演练、内部评审、年度总结", "安全环保部"]]),
        ("sig", ["鹤岭矿区安全社区促进委员会", "2024年1月18日"]),
    ], number="QY-AQ-2024-0012")
    judge("安全环保部/2024/QY-AQ-2024-0012.docx", "2024年度工作计划", [4], [], "2024-01-18")

    docx("安全环保部/2024/附件1.docx", "2024-01-18", "附件1　2024年安全社区建设目标责任分解表", [
        ("t", [["序号", "目标/指标", "责任单位", "配合单位", "完成时限"],
               ["1", "生产安全责任事故为零，工伤不超过20人", "各矿厂", "安全环保部", "全年"],
               ["2", "燃气入户检查覆盖率100%，报警器安装率60%", "生活服务公司", "社区居委会", "12月"],
               ["3", "完成20栋楼道扶手、感应照明改造", "生活服务公司", "职工医院", "10月"],
               ["4", "通勤班车安全检查每月一次，驾驶员培训每季度一次", "保卫部", "运输公司", "全年"],
               ["5", "有限空间作业审批合格率100%", "选煤厂", "安全环保部", "全年"],
               ["6", "接害岗位职业健康检查率100%", "职工医院", "人力资源部", "11月"],
               ["7", "三级安全教育率100%，班组安全活动每周一次", "人力资源部", "各矿厂", "全年"],
               ["8", "伤害首诊登记完整率95%以上", "职工医院", "", "全年"]]),
        ("b", "本表随2024年度工作计划一并下达（2024年1月）。"),
    ])
    judge("安全环保部/2024/附件1.docx", "目标责任分解表（附件）", [4], [1], "2024-01-18", {"dated_in_text": True})

    docx("安全环保部/2024/附件2.docx", "2024-02-26", "附件2　安全促进项目组成员名单", [
        ("t", [["项目组", "组长", "副组长", "成员"],
               ["职工通勤交通安全", "郭强（保卫部）", "何斌（鹤岭派出所）", "运输公司车队长、各矿厂通勤联络员、交通志愿者代表"],
               ["家属区燃气安全", "李国庆（生活服务公司）", "刘桂兰（社区居委会）", "燃气班班长、楼长代表6名、云泉县燃气公司技术员"],
               ["老年职工家属防跌倒", "李国庆（生活服务公司）", "周明（职工医院）", "康复科医师、离退休职工管理站、志愿者代表"],
               ["有限空间作业安全", "马文斌（选煤厂）", "赵立军（安全环保部）", "选煤厂安全科、承包商代表、矿山救护队"],
               ["职业健康", "周明（职工医院）", "冯志刚（人力资源部）", "职业病科、各矿厂安全科、工会劳动保护部"],
               ["伤害监测与数据统计", "周明（职工医院）", "孙晓燕（安全社区办）", "急诊科、保卫部交通股、安全环保部统计员"]]),
        ("b", "鹤岭矿区安全社区促进委员会办公室　2024年2月"),
    ])
    judge("安全环保部/2024/附件2.docx", "项目组成员名单（附件）", [1], [5], "2024-02-26", {"dated_in_text": True})

    meeting("安全环保部/2024/QY-AQ-2024-0031.docx", "2024-03-28", "2024年第一季度", [
        "会议听取了安全社区办公室关于一季度工作的汇报：五个安全促进项目实施方案已全部印发，专项资金386万元已下达；职工医院伤害首诊登记运行正常，一季度登记伤害病例52例。",
        "各项目组组长分别汇报了项目启动情况。鹤岭镇田玉华副镇长表示镇政府将协调交警部门对矿区公路S形弯道进行改造。"],
        ["同意各项目实施方案，各项目组4月起按月报送进展。", "生活服务公司4月启动第一轮燃气入户检查，实行ABC分类管理。",
         "保卫部会同鹤岭派出所5月底前完成S形弯道警示标志和减速带设置。"], chair="王振国（常务副主任）")
    meeting("安全环保部/2024/QY-AQ-2024-0078.docx", "2024-06-27", "2024年第二季度", [
        "会议听取了上半年工作汇报：6月12日成功组织上半年综合应急演练；燃气入户检查已完成鹤岭新村1—20号楼；楼道扶手改造完成6栋。",
        "会议通报了6月11日综合检查中发现的选煤厂有限空间管理问题，安全环保部已下达整改通知书。"],
        ["选煤厂按整改通知书要求于7月15日前完成有限空间整改并书面回复。", "团委7月组织职工子女暑期防溺水宣传。",
         "新任常务副主任张宏伟同志牵头督导有限空间项目。"])
    meeting("", "2024-09-26", "2024年第三季度", [
        "会议听取三季度工作汇报：燃气入户检查完成全部楼栋第一轮，发现C类隐患户23户，已全部停气整改并复查；暑期防溺水宣传覆盖职工子女1100余人；选煤厂9月24日开展有限空间专项演练。",
        "职工医院通报1—8月伤害首诊登记情况，60岁以上跌倒病例仍占伤害病例的三分之一以上。"],
        ["11月组织下半年综合应急演练，由鹤岭一矿和生活服务公司联合承办。", "职工医院10月开展老年防跌倒健康讲座。",
         "12月开展年度内部评审，安全环保部牵头组建评审组。"], file=False)
    docx("安全环保部/2024/QY-AQ-2024-0089.docx", "2024-05-25", "2024年“安全生产月”暨安全社区宣传周活动方案", [
        "今年6月是第23个全国“安全生产月”，主题为“人人讲安全、个个会应急——畅通生命通道”。结合安全社区创建，集团公司在6月10日—16日组织“安全社区宣传周”。",
        ("h", "一、活动内容"),
        "（一）安全知识竞赛：各矿厂、各部门组队参加，6月14日决赛；（二）安全咨询日：6月16日在鹤岭新村广场设立燃气、消防、防跌倒、交通、职业健康咨询台；（三）家属安全签名和“安全家书”征集；（四）6月12日组织上半年综合应急演练；（五）班组开展“隐患随手拍”活动。",
        ("h", "二、宣传方式"),
        "矿区电视台、OA公告栏、微信公众号“鹤岭矿区”、楼道宣传栏、宣传手册（5000册）。",
        ("sig", ["安全环保部", "2024年5月25日"]),
    ], number="QY-AQ-2024-0089")
    judge("安全环保部/2024/QY-AQ-2024-0089.docx", "安全生产月活动方案", [6], [2], "2024-05-25")

    docx("安全环保部/2024/QY-AQ-2024-0102.docx", "2024-05-08", "隐患整改通知书", [
        ("b", "机修厂："),
        "2024年5月7日集团公司综合检查中，发现你厂存在以下安全隐患：1. 铸造车间5吨桥式起重机主钩钢丝绳断丝超标；2. 铆焊车间配电柜前绝缘垫破损；3. 机加工车间砂轮机防护罩缺失。",
        "请你厂立即组织整改，于2024年5月31日前完成并将整改情况书面回复安全环保部。逾期未整改的，按安全生产责任制考核办法考核。",
        ("sig", ["安全环保部", "2024年5月8日"]),
    ], number="QY-AQ-2024-0102")
    judge("安全环保部/2024/QY-AQ-2024-0102.docx", "隐患整改通知书（机修厂）", [11], [8], "2024-05-08")

    docx("安全环保部/2024/QY-AQ-2024-0137.docx", "2024-06-14", "隐患整改通知书", [
        ("b", "选煤厂："),
        "2024年6月11日集团公司综合检查中，发现你厂有限空间作业管理存在以下问题：1. 浓缩池、1号煤仓、2号煤仓等有限空间入口未设置安全警示标识和风险告知牌；2. 近三个月有限空间作业审批单共14份，其中9份无气体检测记录，3份无监护人签字；3. 有限空间救援装备（正压式呼吸器）1台气瓶压力不足。",
        "上述问题违反《工贸企业有限空间作业安全规定》和集团公司有限空间作业管理规定，请你厂立即组织整改，于2024年7月15日前完成，并将整改情况书面回复安全环保部。",
        ("sig", ["鹤岭煤业集团有限责任公司安全环保部", cn("2024-06-14")]),
    ], number="QY-AQ-2024-0137")
    judge("安全环保部/2024/QY-AQ-2024-0137.docx", "隐患整改通知书（选煤厂，未见回复）", [11], [8], "2024-06-14")

    pdf("安全环保部/2024/扫描件20240612.pdf", "鹤岭矿区2024年上半年综合应急演练总结评估报告", [
        ("b", "演练名称：鹤岭一矿井下火灾暨东山小区燃气泄漏综合应急演练"),
        ("b", "演练时间：2024年6月12日9:30—11:40　　演练地点：鹤岭一矿主斜井、东山小区2号楼"),
        ("b", "组织单位：集团公司应急救援指挥部　　参演人员：284人（含居民96人）"),
        ("h", "一、演练过程"),
        "9:30　一矿主斜井皮带机模拟着火，现场人员使用灭火器初期处置并报告调度室；9:36　调度室启动Ⅱ级响应，井下人员按避灾路线撤离；9:55　矿山救护队入井侦察；10:20　东山小区2号楼模拟燃气泄漏，燃气班关阀、通风，物业和楼长组织疏散48户，专职消防队警戒；11:10　职工医院完成3名模拟伤员救治；11:40　演练结束。",
        ("h", "二、评估意见"),
        "响应程序符合预案，井下撤离用时18分钟，居民疏散用时22分钟。存在问题：部分居民不清楚集合点；井下一处避灾路线标识不清。",
        ("h", "三、改进措施"),
        "生活服务公司在各楼栋张贴疏散示意图；一矿6月底前补设避灾路线标识。",
        ("sig", ["集团公司应急救援指挥部办公室（安全环保部）", cn("2024-06-19")]),
    ], scan=True)
    judge("安全环保部/2024/扫描件20240612.pdf", "上半年综合应急演练总结（扫描件）", [7], [], "2024-06-19")

    pdf("安全环保部/2024/与鹤岭镇人民政府安全共建协议.pdf", "鹤岭矿区安全社区共建协议", [
        ("b", "甲方：鹤岭煤业集团有限责任公司　　乙方：云泉县鹤岭镇人民政府"),
        "为共同推进鹤岭矿区安全社区建设，实现企地资源共享、共建共治，双方经协商达成如下协议：",
        "一、乙方将鹤岭矿区安全社区建设纳入全镇安全生产和平安建设工作，协调县交通运输、公安交警、市场监管（燃气、电梯）等部门支持矿区项目；二、甲方向鹤岭镇中心学校和周边村开放安全宣教资源，矿山救护队、专职消防队参与镇域应急救援；三、双方建立联席会议制度，每半年召开一次，互通事故与伤害信息；四、鹤岭派出所、消防中队派员参加促进委员会。",
        "本协议自签订之日起生效，有效期三年。",
        ("sig", ["甲方（盖章）：鹤岭煤业集团有限责任公司　　乙方（盖章）：云泉县鹤岭镇人民政府", "2024年4月16日"]),
    ], author="集团公司办公室")
    judge("安全环保部/2024/与鹤岭镇人民政府安全共建协议.pdf", "企地安全共建协议", [2], [1], "2024-04-16")

    meeting("安全环保部/2024/QY-AQ-2024-0164.docx", "2024-12-20", "2024年第四季度", [
        "会议听取了全年工作汇报和内部评审筹备情况：全年工伤18人，比2023年下降14%；家属区未发生燃气事故；11月20日完成下半年综合应急演练；燃气报警器安装率达到63%。",
        "会议审议了2025年度工作思路。"],
        ["12月26日前完成年度内部评审。", "安全环保部1月中旬完成年度工作总结和2025年计划。",
         "职工医院2025年一季度完成2024年度伤害监测分析报告。"])

    title, body = "集团公司安委会（安全社区促进委员会）会议纪要汇编（2024年）", [
        ("b", "编印：安全社区促进委员会办公室　　2024年12月31日"),
        ("b", "说明：本汇编收录2024年促进委员会全体会议纪要4份，按时间顺序排列，原件存安全环保部。")]
    for when in ("2024-03-28", "2024-06-27", "2024-09-26", "2024-12-20"):
        t, b = MEETINGS[when]
        body.append(("h", t))
        body += b
    pdf("安全环保部/2024/安委会（促进委员会）会议纪要汇编（2024年）.pdf", title, body)
    judge("安全环保部/2024/安委会（促进委员会）会议纪要汇编（2024年）.pdf", "会议纪要汇编（唯一含第三季度会议）", [1], [], "2024-12-31")

    docx("安全环保部/2024/QY-AQ-2024-0211.docx", "2024-12-26", "鹤岭矿区安全社区2024年度内部评审报告", [
        ("h", "一、评审概况"),
        "2024年12月23日—25日，促进委员会组织内部评审组（组长张宏伟，成员：赵立军、陈秀梅、孙晓燕，外聘专家：省安全生产协会郑国华）对照《安全社区建设基本要求》十二项要素，采取查阅资料、现场查看、入户走访和座谈等方式，对2024年创建工作进行评审。",
        ("h", "二、评审结论"),
        "组织机构健全，促进委员会全年召开全体会议4次；五个安全促进项目全部启动，燃气和防跌倒项目成效明显；伤害首诊登记运行规范；全年组织综合应急演练2次。",
        ("h", "三、主要问题"),
        "（一）有限空间作业安全项目推进较慢，6月整改通知书涉及问题尚未全部闭环；（二）部分隐患整改超期；（三）项目效果评估指标不够量化；（四）家属区居民参与率有待提高。",
        ("h", "四、改进措施"),
        "（一）选煤厂2025年一季度前完成有限空间警示标识和审批制度整改；（二）隐患逾期情况纳入月度考核；（三）各项目组2025年制定效果评估方案；（四）工会、团委扩大志愿者队伍。",
        ("sig", ["内部评审组", "2024年12月26日"]),
    ], number="QY-AQ-2024-0211")
    judge("安全环保部/2024/QY-AQ-2024-0211.docx", "2024年度内部评审报告", [12], [11], "2024-12-26")


def ahb_2025():
    docx("安全环保部/2025/QY-AQ-2025-0009.docx", "2025-01-20", "鹤岭矿区2025年度安全社区建设工作计划", [
        ("h", "一、年度目标"),
        "生产安全责任事故为零；工伤人数不超过17人；家属区燃气责任事故为零，报警器安装率90%；60岁以上居民跌倒就诊人数较2023年下降10%；通勤交通事故零死亡；有限空间作业审批合格率100%；居民安全知识知晓率85%以上。目标分解见附件1。",
        ("h", "二、重点工作"),
        "（一）促进委员会每季度召开全体会议；（二）上、下半年各组织一次综合应急演练；（三）燃气入户检查全年一轮全覆盖，C类户当日停气整改；（四）完成剩余30栋楼道扶手改造；（五）有限空间项目完成整改并开展效果评估；（六）职工医院完成2024年度伤害监测分析；（七）第四季度开展年度内部评审。",
        ("h", "三、资源保障"),
        "专项资金312万元（鹤煤发〔2025〕14号）。",
        ("sig", ["鹤岭矿区安全社区促进委员会", "2025年1月20日"]),
    ], number="QY-AQ-2025-0009")
    judge("安全环保部/2025/QY-AQ-2025-0009.docx", "2025年度工作计划（OA编号）", [4], [], "2025-01-20")

    docx("安全环保部/2025/附件1.docx", "2025-01-20", "附件1　2025年安全社区建设目标分解表", [
        ("t", [["序号", "指标", "2025年目标值", "责任单位"],
               ["1", "工伤人数", "≤17人", "各矿厂"], ["2", "燃气报警器安装率", "90%", "生活服务公司"],
               ["3", "楼道扶手改造", "累计50栋", "生活服务公司"], ["4", "60岁以上跌倒就诊人数", "较2023年下降10%", "职工医院"],
               ["5", "通勤交通事故死亡人数", "0", "保卫部"], ["6", "有限空间作业审批合格率", "100%", "选煤厂"],
               ["7", "接害岗位职业健康检查率", "100%", "职工医院"], ["8", "居民安全知识知晓率", "≥85%", "工会、团委"]]),
        ("b", "（随2025年度工作计划下达）"),
    ])
    judge("安全环保部/2025/附件1.docx", "2025年目标分解表（附件）", [4], [1], "2025-01-20", {"dated_in_text": True})

    docx("安全环保部/2025/QY-AQ-2025-0011.docx", "2025-01-16", "鹤岭矿区安全社区建设2024年度工作总结", [
        "2024年是鹤岭矿区安全社区创建的项目实施第一年。在促进委员会的领导下，各单位按照年度计划扎实推进各项工作，现总结如下。",
        ("h", "一、组织运行"),
        "全年召开促进委员会全体会议4次（3月28日、6月27日、9月26日、12月20日），6月根据人事变动调整了促进委员会成员；与鹤岭镇人民政府签订安全共建协议；下达专项资金386万元，实际使用371.6万元。",
        ("h", "二、安全促进项目"),
        "燃气项目完成全部楼栋第一轮入户检查5926户，安装报警器3760台（63%），更换金属波纹管2140户；防跌倒项目完成22栋楼道扶手和感应照明改造；交通项目完成S形弯道改造和班车动态监控；有限空间项目完成救援装备配置，但警示标识和审批制度整改尚未闭环；职业健康项目完成接害岗位职工体检。",
        ("h", "三、宣传培训与应急"),
        "开展“安全生产月”暨安全社区宣传周、暑期防溺水等活动；新入职职工三级安全教育率100%；6月12日、11月20日组织综合应急演练2次。",
        ("h", "四、事故与伤害"),
        "全年工伤18人，比2023年下降14%；职工医院登记伤害首诊病例（2024年）206例；家属区未发生燃气事故；通勤交通事故零死亡。",
        ("h", "五、存在问题和2025年打算"),
        "有限空间项目滞后，个别隐患整改超期，项目效果评估尚不系统。2025年将重点抓好项目深化和效果评估。",
        ("sig", ["鹤岭矿区安全社区促进委员会办公室", cn("2025-01-16")]),
    ], number="QY-AQ-2025-0011")
    judge("安全环保部/2025/QY-AQ-2025-0011.docx", "2024年度工作总结（2025年1月成文）", [12], [1, 4, 5], "2025-01-16")

    meeting("安全环保部/2025/QY-AQ-2025-0040.docx", "2025-03-27", "2025年第一季度", [
        "会议听取一季度工作汇报：2025年计划和资金已下达；燃气入户检查第二轮已启动；选煤厂有限空间警示标识已设置，审批制度整改仍在进行。",
        "职工医院汇报：2024年度伤害监测分析报告已于2月完成。"],
        ["选煤厂4月底前完成有限空间审批制度整改并制定项目效果评估方案。", "上半年综合应急演练6月中旬在选煤厂组织。",
         "保卫部二季度开展通勤班车驾驶员轮训。"])

    docx("安全环保部/2025/QY-AQ-2025-0071.docx", "2025-05-22", "选煤厂“5·9”机械伤害事故调查报告", [
        ("h", "一、事故概况"),
        "2025年5月9日14时20分，选煤厂主厂房2号皮带机检修工韩某（男，38岁）在未停机、未挂牌的情况下清理机尾滚筒粘煤，右手被卷入，造成右手两指骨折。伤者经职工医院救治后转云泉县人民医院，认定为工伤（轻伤）。",
        ("h", "二、原因分析"),
        "直接原因：违章在运转中清理滚筒。间接原因：机尾防护罩缺失未及时修复；班组安全活动中未针对清煤作业进行风险辨识；现场监护不到位。",
        ("h", "三、责任认定及处理"),
        "对当事人、班组长、车间主任分别给予考核；选煤厂厂长在全集团通报检讨。",
        ("h", "四、防范措施"),
        "全集团开展皮带机防护设施专项检查，落实停机挂牌上锁制度（详见纠正与预防措施记录QY-AQ-2025-0120）。",
        ("sig", ["事故调查组", "2025年5月22日"]),
    ], number="QY-AQ-2025-0071")
    judge("安全环保部/2025/QY-AQ-2025-0071.docx", "事故调查报告", [9], [11], "2025-05-22")

    docx("安全环保部/2025/QY-AQ-2025-0120.docx", "2025-06-05", "纠正与预防措施记录表", [
        ("t", [["项目", "内容"],
               ["问题来源", "选煤厂“5·9”机械伤害事故（事故调查报告QY-AQ-2025-0071）"],
               ["问题描述", "皮带机运转中清理滚筒；机尾防护罩缺失；停机挂牌上锁制度执行不到位"],
               ["原因分析", "人的不安全行为、物的不安全状态、管理缺陷"],
               ["纠正措施", "选煤厂5月15日前恢复全部皮带机防护罩；对检修人员进行停机挂牌上锁专项培训"],
               ["预防措施", "全集团皮带机防护设施专项检查；将“能量隔离”纳入班组安全活动必学内容；隐患随手拍奖励"],
               ["责任单位/人", "选煤厂　马文斌；安全环保部　赵立军"],
               ["完成时限", "2025年6月30日"],
               ["验证情况", "6月28日复查：选煤厂37台皮带机防护罩完好，一矿、机修厂专项检查发现问题11项，已全部整改。验证人：孙晓燕"]]),
        ("sig", ["安全环保部", "2025年6月5日"]),
    ], number="QY-AQ-2025-0120")
    judge("安全环保部/2025/QY-AQ-2025-0120.docx", "纠正与预防措施记录", [11], [9], "2025-06-05")

    docx("安全环保部/2025/QY-AQ-2025-0096.docx", "2025-06-18", "关于2025年上半年综合应急演练情况的总结", [
        "2025年6月17日上午，集团公司在选煤厂组织了“煤仓有限空间中毒窒息暨火灾事故综合应急演练”，选煤厂、矿山救护队、专职消防队、职工医院、保卫部和承包商华晟公司参演，共198人。",
        ("h", "一、演练情况"),
        "演练模拟承包商作业人员在2号煤仓清仓作业时中毒晕倒，监护人盲目施救致2人被困，同时仓下配电室起火。选煤厂启动应急响应，矿山救护队佩戴正压式呼吸器救出被困人员，消防队扑灭火情，职工医院现场急救。",
        ("h", "二、评估"),
        "救援处置规范，响应时间符合预案；暴露出承包商人员对有限空间“先通风、再检测、后作业”要求不熟悉，监护人应急处置能力不足。",
        ("h", "三、改进"),
        "选煤厂9月前组织有限空间作业专项培训，承包商人员全员参加考试。",
        ("sig", ["安全环保部", "2025年6月18日"]),
    ], number="QY-AQ-2025-0096")
    judge("安全环保部/2025/QY-AQ-2025-0096.docx", "2025上半年综合应急演练总结", [7], [], "2025-06-18")

    pdf("安全环保部/2025/扫描件20250918.pdf", "选煤厂有限空间作业专项培训签到表及考试成绩", [
        ("b", "培训时间：2025年9月16日—17日　　地点：选煤厂培训教室　　授课：赵立军、矿山救护队刘振"),
        ("b", "培训内容：有限空间辨识、作业审批、“先通风、再检测、后作业”、气体检测仪使用、监护人职责、应急救援"),
        ("t", [["序号", "姓名", "单位", "岗位", "考试成绩"]] +
         [[i, mask(rows_rng("cs%d" % i)), ["选煤厂", "华晟公司", "恒信公司"][i % 3], ["检修工", "监护人", "作业负责人", "清仓工"][i % 4],
           72 + (i * 7) % 27] for i in range(1, 37)]),
        ("b", "参训36人，考试合格36人。"),
        ("sig", ["选煤厂安全科", "2025.09.18"]),
    ], author="选煤厂", scan=True)
    judge("安全环保部/2025/扫描件20250918.pdf", "有限空间专项培训签到及成绩（扫描件）", [6], [5], "2025-09-18")

    meeting("安全环保部/2025/QY-AQ-2025-0133.docx", "2025-09-25", "2025年第三季度", [
        "会议听取二、三季度工作汇报。二季度因一矿采区接续和“5·9”事故调查处理，促进委员会全体会议未召开，相关事项在集团公司安全办公会上研究。",
        "燃气项目报警器安装率达到88%；防跌倒项目累计完成48栋楼道改造；有限空间专项培训已完成。"],
        ["第四季度组织下半年综合应急演练。", "职工医院抓紧完成伤害数据季度汇总。", "安全环保部12月组织年度内部评审。"])

    docx("安全环保部/2025/QY-AQ-2025-0171.docx", "2025-11-06", "安全环保部11月份安全生产例会纪要", [
        ("b", "时间：2025年11月6日　地点：安全环保部会议室　主持：赵立军　参加：安全环保部全体、各矿厂安全科长"),
        "会议通报了10月份安全检查情况：共排查隐患41项，已整改36项；一矿-320水平回风巷顶板离层隐患和机修厂铸造车间除尘系统隐患仍未整改完毕，已超过整改期限。",
        "会议部署：1. 各矿厂开展冬季“四防”检查；2. 超期隐患由安全环保部下周约谈责任单位；3. 11月底前上报承包商年度安全绩效评价。",
        ("sig", ["安全环保部", "2025年11月6日"]),
    ], number="QY-AQ-2025-0171")
    judge("安全环保部/2025/QY-AQ-2025-0171.docx", "安全环保部月度例会纪要（非促进委员会会议）", [8], [1, 11], "2025-11-06")


def ahb_2026():
    docx("安全环保部/2026/QY-AQ-2026-0007.docx", "2026-01-14", "鹤岭矿区安全社区建设2025年度工作总结", [
        ("h", "一、组织运行"),
        "全年召开促进委员会全体会议2次（3月27日、9月25日），第二、第四季度因生产接续任务重未召开，有关事项在集团公司安全办公会上研究；下达专项资金312万元。",
        ("h", "二、安全促进项目"),
        "燃气项目完成第二轮入户检查，报警器安装率91%；防跌倒项目累计完成50栋楼道改造，并于12月完成效果评估；职业健康项目完成效果评估；交通项目运行平稳；有限空间项目完成审批制度整改和专项培训，效果评估尚未开展。",
        ("h", "三、应急与培训"),
        "6月17日组织综合应急演练1次，生活服务公司10月组织燃气泄漏专项演练；全年开展各类安全培训86期。",
        ("h", "四、事故与伤害"),
        "全年工伤17人；发生选煤厂“5·9”机械伤害事故1起，已完成调查和纠正措施；职工医院全年登记伤害首诊病例，年度分析报告尚在编写中。",
        ("h", "五、问题与2026年打算"),
        "促进委员会会议和综合演练未完全按制度开展；部分隐患超期未整改；2025年度内部评审未按期组织。2026年将严格执行会议和演练制度，做好自查整档和评定申请准备。",
        ("sig", ["鹤岭矿区安全社区促进委员会办公室", cn("2026-01-14")]),
    ], number="QY-AQ-2026-0007")
    judge("安全环保部/2026/QY-AQ-2026-0007.docx", "2025年度工作总结（2026年1月成文）", [12], [1, 4, 5], "2026-01-14")

    docx("安全环保部/2026/QY-AQ-2026-0010.docx", "2026-01-22", "鹤岭矿区2026年度安全社区建设工作计划", [
        ("h", "一、年度目标"),
        "生产安全责任事故为零；工伤人数不超过16人；燃气报警器安装率95%；各安全促进项目完成效果评估；9月前完成自查整档，申请国家级安全社区评定。",
        ("h", "二、重点工作"),
        "（一）促进委员会每季度召开一次全体会议；（二）6月、9月各组织一次综合应急演练；（三）选煤厂上半年完成有限空间项目效果评估；（四）7—8月开展自查整档；（五）9月组织内部评审。",
        ("sig", ["鹤岭矿区安全社区促进委员会", "2026年1月22日"]),
    ], number="QY-AQ-2026-0010")
    judge("安全环保部/2026/QY-AQ-2026-0010.docx", "2026年度工作计划", [4], [], "2026-01-22")

    meeting("安全环保部/2026/QY-AQ-2026-0032.docx", "2026-03-26", "2026年第一季度", [
        "会议听取2025年度总结和2026年计划落实情况，分析了2025年会议、演练和内部评审未按制度执行的原因。"],
        ["严格执行每季度全体会议制度，由办公室提前一个月发出会议通知。", "选煤厂6月底前完成有限空间项目效果评估。",
         "职工医院3月底前完成2025年度伤害监测分析报告。"])
    meeting("安全环保部/2026/QY-AQ-2026-0081.docx", "2026-06-25", "2026年第二季度", [
        "会议听取上半年工作汇报：6月16日完成上半年综合应急演练；燃气报警器安装率94%。",
        "选煤厂汇报有限空间项目效果评估因数据不全推迟。"],
        ["7月启动自查整档，各部门按归档文件目录移交材料。", "9月组织内部评审和综合应急演练。"])
    docx("安全环保部/2026/QY-AQ-2026-0090.docx", "2026-06-16", "2026年上半年综合应急演练评估报告", [
        "2026年6月16日，集团公司组织“鹤岭新村高层住宅火灾暨燃气泄漏综合应急演练”，生活服务公司、专职消防队、鹤岭消防中队、职工医院、鹤岭派出所、社区居委会和青年志愿者参加，共312人（居民168人）。",
        "评估：疏散时间较2024年缩短6分钟，独居老人确认全部到位；消防车通道被私家车占用，需加强管理。",
        ("sig", ["安全环保部", "2026年6月16日"]),
    ], number="QY-AQ-2026-0090")
    judge("安全环保部/2026/QY-AQ-2026-0090.docx", "2026上半年综合演练评估", [7], [], "2026-06-16")
    docx("安全环保部/2026/QY-AQ-2026-0118.docx", "2026-09-11", "2026年9月综合应急演练总结", [
        "2026年9月10日，集团公司在鹤岭一矿组织“矿井瓦斯超限暨井下人员撤离综合应急演练”，同步检验生活区停电应急保障，参演人员265人。",
        "评估：井下人员定位系统准确，撤离用时16分钟；生活区备用电源切换用时超出预案要求3分钟，已责成生活服务公司整改。",
        ("sig", ["安全环保部", "2026.9.11"]),
    ], number="QY-AQ-2026-0118")
    judge("安全环保部/2026/QY-AQ-2026-0118.docx", "2026年9月综合演练总结", [7], [], "2026-09-11")
    meeting("安全环保部/2026/QY-AQ-2026-0126.docx", "2026-09-24", "2026年第三季度", [
        "会议听取自查整档和内部评审准备情况，审议安全社区自查报告提纲。"],
        ["9月28日前完成内部评审。", "10月中旬形成自查报告，择机申请评定。"])
    docx("安全环保部/2026/QY-AQ-2026-0131.docx", "2026-09-28", "鹤岭矿区安全社区2026年内部评审报告", [
        ("h", "一、评审概况"),
        "2026年9月21日—26日，内部评审组对照AQ/T 9001-2006十二项要素，对2023年10月启动创建以来的工作进行全面评审。",
        ("h", "二、主要发现"),
        "组织机构、项目实施、伤害监测总体符合要求。不符合项：1. 2025年促进委员会全体会议仅召开2次，2025年下半年未组织综合应急演练，2025年度未开展内部评审；2. 有限空间作业安全项目未完成效果评估；3. 隐患排查治理台账中7项隐患超期未闭环；4. 2025年度伤害监测分析报告未完成。",
        ("h", "三、改进要求"),
        "各责任单位10月底前提交整改计划。",
        ("sig", ["内部评审组", "2026年9月28日"]),
    ], number="QY-AQ-2026-0131")
    judge("安全环保部/2026/QY-AQ-2026-0131.docx", "2026年内部评审报告", [12], [11], "2026-09-28")

    docx("安全环保部/2026/安全社区自查报告（初稿）.docx", "2026-10-15", "鹤岭矿区安全社区建设自查报告（初稿）", [
        ("h", "一、矿区概况"),
        "鹤岭矿区由生产区和鹤岭新村、东山小区两个职工生活区组成，居民6200余户1.9万余人。",
        ("h", "二、创建历程"),
        "2023年10月集团公司安委会决定启动创建，成立促进委员会；2023年12月完成社区诊断；2024年3月起实施五个安全促进项目；2026年7月起自查整档。",
        ("h", "三、对照标准自查情况"),
        "组织机构健全，促进委员会累计召开全体会议10次；五个项目中四个已完成效果评估；累计组织综合应急演练5次；建立伤害首诊登记制度，累计登记伤害病例600余例。",
        ("h", "四、存在问题"),
        "详见2026年内部评审报告，整改正在进行中。",
        ("sig", ["安全社区促进委员会办公室", "2026年10月15日"]),
    ])
    judge("安全环保部/2026/安全社区自查报告（初稿）.docx", "自查报告初稿", [12], [10], "2026-10-15")


# ================================================================ 工会
def union():
    rnd = rows_rng("proposals")
    topics = [("鹤岭新村燃气胶管老化，建议统一更换金属波纹管", "生活服务公司", "已纳入燃气项目，2024年更换2140户"),
              ("夜班通勤班车发车间隔过长，职工骑电动车上班存在风险", "保卫部", "增开夜班23:40班次"),
              ("建议老楼楼道加装扶手", "生活服务公司", "已纳入防跌倒项目"),
              ("井下部分巷道照明不足", "鹤岭一矿", "已整改"),
              ("选煤厂噪声大，建议配发降噪耳塞", "职工医院", "已配发并纳入职业健康项目"),
              ("东山水库无防护栏，暑期有儿童游泳", "团委", "协调鹤岭镇设置警示牌和护栏"),
              ("机修厂夏季高温，建议增加防暑降温措施", "机修厂", "已落实"),
              ("老年活动中心台阶湿滑", "生活服务公司", "已铺设防滑条"),
              ("建议增加家属区监控探头", "保卫部", "新增42个"),
              ("承包商人员安全培训流于形式", "安全环保部", "实行入场考试"),
              ("矿区公路大货车超速", "保卫部", "协调交警设置测速"),
              ("建议在职工医院设立康复指导门诊", "职工医院", "已开设")]
    rows = []
    for i in range(1, 89):
        t, dept, res = rnd.choice(topics)
        year = rnd.choice([2024, 2025, 2026])
        sub = D(f"{year}-03-{rnd.randint(10, 22):02d}")
        rows.append([f"{year}-{i:03d}", sub, rnd.choice(["一矿", "选煤厂", "机修厂", "生活服务公司", "职工医院", "离退休管理站"]) + "代表团",
                     mask(rnd), t, dept, res, sub + dt.timedelta(days=rnd.randint(20, 60)), rnd.choice(["满意", "满意", "基本满意"])])
    rows.sort(key=lambda r: r[1])
    xlsx("工会/职代会安全提案办理情况.xlsx", "2026-05-10", [
        ("提案", "职工代表大会安全类提案及办理情况（2024—2026）",
         ["提案编号", "提出日期", "代表团", "提案人", "提案内容", "承办部门", "办理结果", "答复日期", "提案人意见"], rows)], author="工会")
    judge("工会/职代会安全提案办理情况.xlsx", "职代会安全提案办理台账", [2], [11], "2026-05-10")

    pdf("工会/发文2024-工-07.pdf", "关于开展2024年“安康杯”竞赛暨群众安全监督员活动的通知", [
        ("b", "各分工会："),
        "为配合鹤岭矿区安全社区创建，集团公司工会决定在全集团开展2024年“安康杯”竞赛，并在各班组和家属区楼栋聘任群众安全监督员。",
        "一、竞赛内容：班组安全活动、隐患随手拍、安全合理化建议、家属“安全嘱托”。二、群众安全监督员：每个班组1名、每栋楼1名，负责发现和报告隐患，收集职工家属对安全工作的意见，名册由工会统一管理。三、考核：年底评选“安康杯”优胜班组和优秀群众安全监督员。",
        ("sig", ["鹤岭煤业集团有限责任公司工会", "2024年4月2日"]),
    ], number="鹤煤工发〔2024〕7号", redhead="鹤岭煤业集团有限责任公司工会文件", author="工会")
    judge("工会/发文2024-工-07.pdf", "安康杯及群众安全监督员通知", [2], [8], "2024-04-02")

    rnd = rows_rng("monitors")
    rows = []
    for i in range(1, 87):
        unit = rnd.choice(["鹤岭一矿", "鹤岭一矿", "选煤厂", "机修厂", "鹤岭新村", "鹤岭新村", "东山小区"])
        where = (f"{rnd.choice(['综采一队', '掘进二队', '机电队', '运输队', '通风队', '洗选车间', '铆焊车间'])}"
                 if unit not in ("鹤岭新村", "东山小区") else f"{rnd.randint(1, 48)}号楼")
        rows.append([i, mask(rnd), rnd.choice(["男", "男", "女"]), unit, where, rnd.choice(["班组", "楼栋"] if unit in ("鹤岭新村", "东山小区") else ["班组"]),
                     D("2024-05-06"), rnd.randint(0, 14), rnd.choice(["", "", "2024年优秀监督员"])])
    xlsx("工会/群众安全监督员名册.xlsx", "2025-01-08", [
        ("名册", "鹤岭矿区群众安全监督员名册", ["序号", "姓名", "性别", "单位/小区", "班组/楼栋", "类别", "聘任日期", "报告隐患数", "备注"], rows)],
        author="工会")
    judge("工会/群众安全监督员名册.xlsx", "群众安全监督员名册", [2], [8], "2025-01-08")

    docx("工会/安全社区交流活动记录.docx", "2025-11-20", "鹤岭矿区参加安全社区交流活动记录", [
        ("t", [["时间", "地点", "活动主题", "参加人员", "收获"],
               ["2023年11月8日—10日", "山西长治", "赴潞安集团学习企业主导型安全社区建设经验", "陈秀梅、赵立军、孙晓燕等6人", "学习燃气ABC分类管理和伤害监测做法"],
               ["2024年5月15日—17日", "陕西西安", "参加全国安全社区建设培训班（中国职业安全健康协会）", "孙晓燕、李国庆等4人", "掌握项目效果评估方法"],
               ["2024年10月23日", "鹤岭矿区", "接待晋北能源集团安全社区考察团", "集团公司领导及各项目组", "交流防跌倒项目"],
               ["2025年6月25日—27日", "重庆", "参加全国安全社区建设年会", "张宏伟、孙晓燕", "了解企业型安全社区评定新要求"],
               ["2025年11月18日", "云泉县", "参加云泉县安全社区建设经验交流会并作发言", "赵立军", "介绍燃气入户检查经验"]]),
        ("b", "集团公司工会、安全社区办公室　2025年11月"),
    ], author="工会")
    judge("工会/安全社区交流活动记录.docx", "安全社区网络交流活动记录", [2], [], "2025-11-20")


# ================================================================ 生活服务公司 (物业)
BUILDINGS = [("鹤岭新村", b) for b in range(1, 37)] + [("东山小区", b) for b in range(1, 13)]


def services():
    docx("生活服务公司/家属区燃气安全促进项目实施方案.docx", "2024-03-18", "家属区燃气安全促进项目实施方案", [
        ("h", "一、项目背景"),
        "鹤岭新村和东山小区共5926户使用管道天然气，多数楼房建于上世纪八九十年代，户内燃气胶管老化、未安装泄漏报警器的情况普遍，居民中离退休老人比例高，燃气安全知识掌握不足。2021—2023年家属区发生燃气泄漏险情7起、燃气相关伤害7例。",
        ("h", "二、项目目标"),
        "2024—2026年：燃气入户检查每年一轮全覆盖；报警器安装率2024年60%、2025年90%、2026年95%；C类（严重隐患）户当日停气整改、复查率100%；家属区燃气责任事故为零；居民燃气安全知晓率90%以上。",
        ("h", "三、干预措施"),
        "（一）入户检查实行ABC分类管理：A类为无隐患户，B类为一般隐患户（限期7日内整改），C类为严重隐患户（立即停气、整改后复查恢复供气）；独居老人户每半年检查一次。（二）集中更换金属波纹管、安装泄漏报警器。（三）楼长包楼栋宣传，发放燃气安全“明白卡”。（四）每年两次燃气泄漏专项演练。",
        ("h", "四、组织实施"),
        "项目组长李国庆，燃气班负责检查，社区居委会和楼长配合。",
        ("h", "五、效果评价"),
        "以入户检查覆盖率、报警器安装率、C类隐患整改率、燃气事故和伤害数、知晓率为评价指标，2024年底开展项目效果评估；此后各轮检查结果记入燃气入户安全检查台账，持续监测。",
        ("sig", ["生活服务公司", "2024年3月18日"]),
    ], author="生活服务公司")
    judge("生活服务公司/家属区燃气安全促进项目实施方案.docx", "燃气安全项目方案", [5], [], "2024-03-18")

    rnd = rows_rng("gas")
    items = ["胶管老化龟裂", "胶管超长穿墙", "无泄漏报警器", "阀门锈蚀关不严", "热水器烟道未出户外", "燃气表周围堆放杂物",
             "私自改装燃气管道", "灶具无熄火保护", "厨房改卧室"]
    rows = []
    for rnd_label, a, b, n in (("2024年第一轮", "2024-04-08", "2024-09-20", 102), ("2025年第二轮", "2025-03-10", "2025-10-24", 104),
                               ("2026年第三轮", "2026-03-09", "2026-09-18", 40)):
        for _ in range(n):
            area, bld = rnd.choice(BUILDINGS)
            day = days(a, b, rnd)
            kind = rnd.choice(["在职职工", "离退休职工", "离退休职工", "独居老人", "出租户"])
            r = rnd.random()
            cls = "C" if r < 0.07 else "B" if r < 0.35 else "A"
            if cls == "A":
                issue, action, recheck, result = "无", "宣传提示", "", ""
            elif cls == "B":
                issue = rnd.choice(items[:6])
                action = "下达隐患告知单，限期7日整改"
                recheck, result = (day + dt.timedelta(days=rnd.randint(3, 8))).isoformat(), "已整改"
            else:
                issue = rnd.choice(["胶管老化龟裂且有泄漏", "私自改装燃气管道", "热水器烟道未出户外", "阀门内漏"])
                action = "立即停气，整改后恢复供气"
                recheck, result = (day + dt.timedelta(days=rnd.randint(1, 3))).isoformat(), "已整改，恢复供气"
            rows.append([rnd_label, day, area, f"{bld}号楼", f"{rnd.randint(1, 4)}单元",
                         f"{rnd.randint(1, 6)}0{rnd.randint(1, 4)}", mask(rnd), kind,
                         "有" if rnd.random() < (0.6 if rnd_label.startswith("2024") else 0.9) else "无",
                         issue, cls, action, recheck, result, rnd.choice(["燃气班 张伟", "燃气班 李强", "燃气班 王海", "燃气班 赵鹏"])])
    rows.sort(key=lambda r: (r[0], r[1]))
    for r in rows:
        r[1] = slash(r[1].isoformat())
    gbk_csv("生活服务公司/燃气入户安全检查台账.csv",
            ["序号", "检查轮次", "检查日期", "小区", "楼号", "单元", "户号", "户主", "住户类型", "报警器", "发现问题",
             "分类(A/B/C)", "处理措施", "复查日期", "复查结果", "检查人"],
            [[i] + r for i, r in enumerate(rows, 1)])
    judge("生活服务公司/燃气入户安全检查台账.csv", "燃气入户检查台账（ABC分类，GBK，2024—2026）", [5], [8], "2026-09-18")

    docx("生活服务公司/QY-SH-2024-0213.docx", "2024-12-18", "2024年家属区燃气入户安全检查工作总结及项目效果评估", [
        ("h", "一、完成情况"),
        "2024年4月8日至9月20日完成第一轮入户检查，应检5926户，实检5926户（含二次上门），覆盖率100%。检查结果：A类4118户、B类1655户、C类153户。C类户全部当日停气，整改后复查恢复供气；B类户限期整改率98.7%。",
        ("h", "二、设施改造"),
        "更换金属波纹管2140户，安装燃气泄漏报警器3760台，安装率63%（目标60%）。",
        ("h", "三、效果评估"),
        ("t", [["指标", "基线（2023年）", "目标", "2024年实际", "评价"],
               ["入户检查覆盖率", "约70%", "100%", "100%", "达到"],
               ["报警器安装率", "12%", "60%", "63%", "达到"],
               ["燃气泄漏险情", "3起", "下降", "1起", "改善"],
               ["燃气相关伤害", "2例", "0", "0", "达到"],
               ["居民燃气安全知晓率", "58%", "80%", "84%", "达到"]]),
        "评估结论：项目年度目标全部实现。下一步重点是独居老人户的半年复查和剩余报警器安装。",
        ("sig", ["生活服务公司燃气安全项目组", "2024年12月18日"]),
    ], number="QY-SH-2024-0213", author="生活服务公司")
    judge("生活服务公司/QY-SH-2024-0213.docx", "燃气检查总结及项目效果评估（2024）", [5], [8, 12], "2024-12-18")

    with open(target("生活服务公司/~$燃气入户检查工作总结.docx"), "wb") as f:
        owner = "李国庆".encode("utf-16-le")
        f.write(bytes([len("李国庆")]) + b"\x00" + owner + b"\x00" * (54 - len(owner)) + b"\x20\x00" * 53)
    judge("生活服务公司/~$燃气入户检查工作总结.docx", "Office锁文件", [], [], None, {"lock_file": True})

    docx("生活服务公司/老年职工家属防跌倒项目方案.docx", "2024-04-02", "老年职工家属防跌倒安全促进项目方案", [
        ("h", "一、项目背景"),
        "矿区60岁以上居民5900余人，独居老人412人。2021—2023年职工医院门急诊伤害病例中跌倒216例，占34%，其中60岁以上占71%，多发生在楼道、卫生间和冬季冰雪路面。",
        ("h", "二、目标"),
        "2024—2026年完成50栋老旧楼楼道扶手和感应照明改造；为高龄独居老人家庭免费安装卫生间扶手和防滑垫；60岁以上跌倒就诊人数较2023年下降15%。",
        ("h", "三、措施"),
        "（一）环境改造：楼道扶手、感应灯、台阶防滑条；（二）居家适老化：卫生间扶手、防滑垫（清单见附件3）；（三）健康干预：职工医院开展跌倒风险评估和平衡训练讲座；（四）冬季扫雪除冰志愿服务。",
        ("h", "四、评估"),
        "以职工医院伤害首诊登记中60岁以上跌倒病例数为主要指标，2025年底开展效果评估。",
        ("sig", ["生活服务公司　职工医院", "2024年4月2日"]),
    ], author="生活服务公司")
    judge("生活服务公司/老年职工家属防跌倒项目方案.docx", "防跌倒项目方案", [5], [], "2024-04-02")

    rnd = rows_rng("handrail")
    rows = [["序号", "小区", "楼号", "改造内容", "完成日期", "验收"]]
    for i, (area, b) in enumerate(rnd.sample(BUILDINGS[:36], 22), 1):
        rows.append([i, area, f"{b}号楼", rnd.choice(["楼道扶手＋感应灯", "楼道扶手＋台阶防滑条", "感应灯＋防滑条"]),
                     dots(days("2024-06-01", "2024-10-30", rnd).isoformat()), "合格"])
    docx("生活服务公司/附件3.docx", "2024-11-05", "附件3　2024年楼道适老化改造完成清单", [
        ("t", rows),
        ("b", "说明：另为67户高龄独居老人家庭安装卫生间扶手和防滑垫。生活服务公司物业服务中心，2024年11月。"),
    ], author="生活服务公司")
    judge("生活服务公司/附件3.docx", "适老化改造完成清单（附件）", [5], [], "2024-11-05", {"dated_in_text": True})

    pdf("生活服务公司/防跌倒项目效果评估报告（2025）.pdf", "老年职工家属防跌倒项目效果评估报告", [
        ("h", "一、评估方法"),
        "对比职工医院伤害首诊登记中2023年（基线）与2025年60岁以上居民跌倒就诊数据；抽样入户调查200户老人家庭；查看改造现场。",
        ("h", "二、结果"),
        ("t", [["指标", "2023年基线", "2025年", "变化"],
               ["60岁以上跌倒就诊人数", "53", str(STATS["falls60_2025"]), f"下降{round((53 - STATS['falls60_2025']) * 100 / 53)}%"],
               ["楼道内跌倒", "14", str(STATS["stairs60_2025"]), f"下降{round((14 - STATS['stairs60_2025']) * 100 / 14)}%"],
               ["完成楼道改造（栋）", "0", "50", "—"],
               ["老人防跌倒知识知晓率", "41%", "78%", "提高37个百分点"]]),
        ("h", "三、结论与改进"),
        "项目目标基本实现。卫生间跌倒下降不明显，2026年扩大居家适老化改造范围。",
        ("sig", ["防跌倒项目组", "2025年12月5日"]),
    ], author="生活服务公司")
    judge("生活服务公司/防跌倒项目效果评估报告（2025）.pdf", "防跌倒项目效果评估", [5], [12], "2025-12-05")

    docx("生活服务公司/家属区燃气泄漏专项应急演练记录（2025年10月）.docx", "2025-10-22", "燃气泄漏专项应急演练记录", [
        ("b", "演练时间：2025年10月21日15:00　地点：鹤岭新村17号楼　组织：生活服务公司　参加：燃气班、物业、楼长、居民，共64人"),
        "演练过程：模拟3单元502户燃气泄漏，报警器报警，住户拨打燃气抢修电话；燃气班4分钟到场，关闭单元阀门，开窗通风，检测浓度；楼长组织本单元居民疏散。",
        "评估：处置规范；个别居民不会关闭户内阀门，已现场教学。",
        ("sig", ["生活服务公司", "2025.10.22"]),
    ], author="生活服务公司")
    judge("生活服务公司/家属区燃气泄漏专项应急演练记录（2025年10月）.docx", "燃气泄漏专项演练记录", [7], [5], "2025-10-22")

    rnd = rows_rng("patrol")
    rows = []
    for i in range(1, 105):
        area, b = rnd.choice(BUILDINGS)
        found = rnd.random() < 0.3
        rows.append([i, days("2025-01-03", "2025-12-29", rnd), area, f"{b}号楼", rnd.choice(["楼道", "电梯", "消防通道", "屋面", "路灯", "井盖"]),
                     rnd.choice(["楼道杂物", "路灯不亮", "井盖松动", "消防通道停车"]) if found else "正常",
                     "已处理" if found else "", rnd.choice(["物业巡查员 郝建", "物业巡查员 邓敏", "物业巡查员 曹军"])])
    rows.sort(key=lambda r: r[1])
    xlsx("生活服务公司/家属区公共设施安全巡查记录2025.xlsx", "2025-12-30", [
        ("巡查记录", "家属区公共设施安全巡查记录（2025年）", ["序号", "巡查日期", "小区", "楼栋", "部位", "发现问题", "处理情况", "巡查人"], rows)],
        author="生活服务公司")
    judge("生活服务公司/家属区公共设施安全巡查记录2025.xlsx", "公共设施安全巡查记录", [8], [], "2025-12-30")

    rnd = rows_rng("mailbox")
    asks = [("楼道灯坏了三天", "已维修"), ("希望给老人家装扶手", "已列入改造计划"), ("小区路口车速太快", "已加装减速带"),
            ("燃气报警器误报", "已上门检测更换"), ("电动车在楼道充电", "已劝离并张贴告示"), ("单元门禁坏了", "已维修"),
            ("东山小区路面结冰", "已组织扫雪除冰"), ("楼顶防水漏雨", "已列入维修计划"), ("建议多开展燃气安全宣传", "已安排楼长入户宣传")]
    rows = []
    for i in range(1, 84):
        q, a = rnd.choice(asks)
        got = days("2024-03-04", "2026-09-28", rnd)
        rows.append([i, got, rnd.choice(["意见箱", "意见箱", "物业热线", "楼长转交"]), rnd.choice(["鹤岭新村", "东山小区"]), q, a,
                     got + dt.timedelta(days=rnd.randint(1, 14)), rnd.choice(["满意", "满意", "基本满意"])])
    rows.sort(key=lambda r: r[1])
    xlsx("生活服务公司/居民安全意见箱处理登记.xlsx", "2026-09-30", [
        ("登记", "居民安全意见建议处理登记表", ["序号", "收到日期", "来源", "小区", "意见建议", "处理结果", "答复日期", "居民评价"], rows)],
        author="生活服务公司")
    judge("生活服务公司/居民安全意见箱处理登记.xlsx", "居民安全意见箱处理登记", [2], [], "2026-09-30")

    rnd = rows_rng("vulnerable")
    rows = []
    for i in range(1, 124):
        area, b = rnd.choice(BUILDINGS)
        age = rnd.randint(60, 93)
        rows.append([i, area, f"{b}号楼", f"{rnd.randint(1, 4)}单元{rnd.randint(1, 6)}0{rnd.randint(1, 4)}", mask(rnd), age,
                     rnd.choice(["独居", "独居", "与配偶同住", "与子女同住"]), rnd.choice(["无", "高血压", "行动不便", "视力差", "糖尿病"]),
                     rnd.choice(["无报警器", "胶管老化", "卫生间无扶手", "楼层高无电梯", "无"]),
                     rnd.choice(["高", "中", "中", "低"]), rnd.choice(["楼长", "网格员", "志愿者"])])
    xlsx("生活服务公司/家属区重点人群及隐患摸底表.xlsx", "2024-02-28", [
        ("摸底", "鹤岭新村、东山小区重点人群及居家安全隐患摸底表（2024年2月）",
         ["序号", "小区", "楼号", "门牌", "姓名", "年龄", "居住情况", "健康状况", "居家安全隐患", "风险等级", "联系人"], rows)],
        author="生活服务公司")
    judge("生活服务公司/家属区重点人群及隐患摸底表.xlsx", "重点人群及居家隐患摸底表", [3], [5], "2024-02-28")


# ================================================================ 职工医院
STATS = {}
CAUSES = ["跌倒/坠落", "机械伤", "钝器伤", "道路交通伤", "刀/锐器伤", "烧烫伤", "动物咬伤", "中毒", "其他"]


def injury_rows(name, a, b, n, falls60=None):
    rnd = rows_rng(name)
    rows = []
    for _ in range(n):
        who = rnd.choices(["在岗职工", "离退休职工", "职工家属", "外来务工/承包商", "学生儿童"], [42, 21, 26, 6, 5])[0]
        age = {"在岗职工": rnd.randint(20, 58), "离退休职工": rnd.randint(60, 89), "职工家属": rnd.choice([rnd.randint(3, 59), rnd.randint(60, 90)]),
               "外来务工/承包商": rnd.randint(22, 57), "学生儿童": rnd.randint(4, 17)}[who]
        if age >= 60:
            cause = rnd.choices(CAUSES, [56, 1, 8, 8, 8, 9, 4, 2, 4])[0]
            place = rnd.choice(["家中", "家中", "楼道/楼梯", "家属区道路", "公共活动场所"]) if cause == "跌倒/坠落" else rnd.choice(["家中", "家属区道路", "公共活动场所"])
        elif who in ("在岗职工", "外来务工/承包商"):
            cause = rnd.choices(CAUSES, [14, 24, 18, 12, 12, 6, 2, 2, 10])[0]
            place = rnd.choice(["井下作业场所", "地面生产场所", "地面生产场所", "通勤途中", "家中"]) if cause != "道路交通伤" else rnd.choice(["通勤途中", "矿区公路"])
        else:
            cause = rnd.choices(CAUSES, [30, 2, 16, 14, 12, 10, 8, 2, 6])[0]
            place = rnd.choice(["家中", "学校", "公共活动场所", "家属区道路"])
        nature = {"跌倒/坠落": rnd.choice(["挫伤/擦伤", "骨折", "扭伤/拉伤", "脑震荡"]), "机械伤": rnd.choice(["挫伤/擦伤", "骨折", "开放伤"]),
                  "烧烫伤": "烧烫伤", "动物咬伤": "咬伤", "中毒": "中毒", "刀/锐器伤": "开放伤"}.get(cause, rnd.choice(["挫伤/擦伤", "扭伤/拉伤", "骨折"]))
        sev = rnd.choices(["轻度", "中度", "重度"], [68, 27, 5])[0]
        res = {"轻度": "处理后离院", "中度": rnd.choice(["处理后离院", "住院"]), "重度": rnd.choice(["住院", "转院"])}[sev]
        rows.append([days(a, b, rnd), mask(rnd), rnd.choice(["男", "女"]) if who != "在岗职工" else rnd.choice(["男", "男", "男", "女"]),
                     age, who, place, cause, "意外", nature, rnd.choice(["头部", "上肢", "下肢", "下肢", "躯干", "多部位"]), sev, res,
                     rnd.choice(["急诊科 王医生", "急诊科 刘医生", "外科 贾医生", "骨科 钱医生"])])
    rows.sort(key=lambda r: r[0])
    if falls60 is not None:     # bring the older residents' falls to the level the project reports
        have = [r for r in rows if r[3] >= 60 and r[6] == "跌倒/坠落"]
        other = [r for r in rows if r[3] >= 60 and r[6] != "跌倒/坠落"]
        for r in other[:max(0, falls60 - len(have))]:
            r[5], r[6], r[8] = rnd.choice(["家中", "楼道/楼梯", "家属区道路"]), "跌倒/坠落", rnd.choice(["挫伤/擦伤", "骨折", "扭伤/拉伤"])
        for r in have[:max(0, len(have) - falls60)]:
            r[6], r[8] = "钝器伤", "挫伤/擦伤"
    return [[i] + r for i, r in enumerate(rows, 1)]


INJ_HDR = ["序号", "就诊日期", "姓名", "性别", "年龄", "人员类别", "发生地点", "伤害原因", "伤害意图", "伤害性质", "受伤部位",
           "严重程度", "临床结局", "接诊医生"]


def hospital():
    r23 = injury_rows("inj2023", "2023-11-01", "2023-12-31", 24)
    r24 = injury_rows("inj2024", "2024-01-01", "2024-12-31", 206, 48)
    r25 = injury_rows("inj2025", "2025-01-01", "2025-12-31", 238, 43)
    r26 = injury_rows("inj2026", "2026-01-01", "2026-09-30", 150, 27)
    for name, rows in (("2024", r24), ("2025", r25)):
        STATS["falls60_" + name] = sum(1 for r in rows if r[4] >= 60 and r[7] == "跌倒/坠落")
        STATS["stairs60_" + name] = sum(1 for r in rows if r[4] >= 60 and r[7] == "跌倒/坠落" and r[6] == "楼道/楼梯")
    r2324 = [[i] + r[1:] for i, r in enumerate(r23 + r24, 1)]
    xlsx("职工医院/伤害首诊登记表（2023.11-2024.12）.xlsx", "2025-01-06", [
        ("登记表", "鹤岭煤业集团职工医院伤害首诊登记表（2023年11月—2024年12月）", INJ_HDR, r2324)], author="职工医院")
    judge("职工医院/伤害首诊登记表（2023.11-2024.12）.xlsx", "伤害首诊登记表", [9], [], "2025-01-06")
    xlsx("职工医院/伤害首诊登记表2025.xlsx", "2026-01-05", [
        ("2025", "职工医院伤害首诊登记表（2025年）", INJ_HDR, r25)], author="职工医院")
    judge("职工医院/伤害首诊登记表2025.xlsx", "伤害首诊登记表", [9], [], "2026-01-05")
    xlsx("职工医院/伤害首诊登记表2026（1-9月）.xlsx", "2026-10-08", [
        ("2026", "职工医院伤害首诊登记表（2026年1—9月）", INJ_HDR, r26)], author="职工医院")
    judge("职工医院/伤害首诊登记表2026（1-9月）.xlsx", "伤害首诊登记表", [9], [], "2026-10-08")

    def share(rows, col, val):
        return sum(1 for r in rows if r[col] == val)
    n = len(r24)
    by_cause = sorted(((c, share(r24, 7, c)) for c in CAUSES), key=lambda x: -x[1])
    table = [["伤害原因", "例数", "构成比"]] + [[c, k, f"{k * 100 / n:.1f}%"] for c, k in by_cause if k]
    old = sum(1 for r in r24 if r[4] >= 60)
    work = sum(1 for r in r24 if r[6] in ("井下作业场所", "地面生产场所"))
    pdf("职工医院/2024年度伤害监测分析报告.pdf", "鹤岭矿区2024年度伤害监测分析报告", [
        ("h", "一、数据来源"),
        f"本报告数据来源于职工医院2024年1月1日至12月31日伤害首诊登记，共登记伤害病例{n}例；同时参考安全环保部工伤统计和保卫部交通事故统计。",
        ("h", "二、伤害原因构成"),
        ("t", table),
        ("h", "三、人群与场所分布"),
        f"60岁以上{old}例，占{old * 100 / n:.1f}%，其中跌倒{STATS['falls60_2024']}例；发生在井下和地面生产场所的{work}例；家中和楼道是老年人跌倒的主要场所。伤害发生呈冬季（12月—2月）和7—8月两个高峰。",
        ("h", "四、与基线比较"),
        f"与2023年诊断基线相比，60岁以上跌倒病例由53例变为{STATS['falls60_2024']}例；道路交通伤下降；燃气相关伤害为零。",
        ("h", "五、建议"),
        "继续推进楼道和居家适老化改造；冬季加强扫雪除冰；加强井下和地面生产场所机械伤害预防；提高登记表“伤害原因”填写质量。",
        ("sig", ["职工医院伤害监测组", "2025年2月20日"]),
    ], author="职工医院")
    judge("职工医院/2024年度伤害监测分析报告.pdf", "2024年度伤害监测分析报告", [9], [3], "2025-02-20")

    docx("职工医院/伤害监测制度及首诊登记表填写说明.docx", "2023-11-01", "职工医院伤害监测工作制度及伤害首诊登记表填写说明", [
        ("h", "一、登记范围"),
        "凡因伤害首次到我院急诊科、外科、骨科就诊的患者（含职工、家属、承包商人员和周边居民），由接诊医生逐例填写伤害首诊登记表。",
        ("h", "二、填写要求"),
        "“伤害原因”按跌倒/坠落、机械伤、钝器伤、道路交通伤、刀/锐器伤、烧烫伤、动物咬伤、中毒、其他填写；“发生地点”区分井下作业场所、地面生产场所、家中、楼道/楼梯、家属区道路、通勤途中、学校、公共活动场所；“严重程度”分轻度、中度、重度。",
        ("h", "三、报送与分析"),
        "急诊科每月5日前将上月登记表汇总报医务科；医务科每季度向促进委员会办公室报送季度汇总；每年第一季度完成上年度伤害监测分析报告。",
        ("b", "本制度经院务会讨论通过，自2023年11月1日起执行。"),
    ], author="职工医院")
    judge("职工医院/伤害监测制度及首诊登记表填写说明.docx", "伤害监测制度", [9], [], "2023-11-01", {"dated_in_text": True})

    docx("职工医院/职业健康促进项目方案.docx", "2024-03-20", "职业健康安全促进项目方案", [
        ("h", "一、背景"),
        "矿区接触煤尘、矽尘、噪声、电焊烟尘等职业病危害因素的职工约4100人。2021—2023年新诊断尘肺病5例，噪声聋2例；部分承包商人员未纳入职业健康监护。",
        ("h", "二、目标"),
        "接害岗位在岗职工职业健康检查率100%；上岗前、离岗时体检率100%；疑似职业病和职业禁忌证100%跟踪处理；防尘口罩正确佩戴率90%以上。",
        ("h", "三、措施"),
        "（一）职工医院职业病科每年组织在岗期间职业健康检查；（二）建立职业健康体检台账，异常结果跟踪复查、调岗；（三）开展防尘降噪宣传和口罩佩戴培训；（四）承包商人员纳入监护。",
        ("h", "四、评估"),
        "2025年底开展项目效果评估。",
        ("sig", ["职工医院　人力资源部", "2024年3月20日"]),
    ], author="职工医院")
    judge("职工医院/职业健康促进项目方案.docx", "职业健康项目方案", [5], [], "2024-03-20")

    rnd = rows_rng("occhealth")
    rows = []
    for i in range(1, 207):
        unit = rnd.choice(["鹤岭一矿", "鹤岭一矿", "鹤岭一矿", "选煤厂", "机修厂"])
        post, factor = rnd.choice({"鹤岭一矿": [("采煤工", "煤尘、噪声"), ("掘进工", "矽尘、噪声"), ("通风工", "煤尘")],
                                   "选煤厂": [("洗选工", "噪声、煤尘"), ("皮带工", "煤尘")],
                                   "机修厂": [("电焊工", "电焊烟尘、紫外线"), ("铸造工", "矽尘、高温")]}[unit])
        year = rnd.choice([2024, 2025])
        c = rnd.random()
        concl = "目前未见异常" if c < 0.86 else "复查" if c < 0.94 else "职业禁忌证" if c < 0.98 else "疑似职业病"
        follow = {"目前未见异常": "", "复查": "已复查，未见异常", "职业禁忌证": "已调离原岗位", "疑似职业病": "已转诊职业病诊断机构"}[concl]
        rows.append([i, f"HL{rnd.randint(10000, 99999)}", mask(rnd), unit, post, factor,
                     rnd.choice(["在岗期间", "在岗期间", "在岗期间", "上岗前", "离岗时"]),
                     days(f"{year}-04-01", f"{year}-11-20", rnd), concl, follow])
    xlsx("职工医院/职业健康体检台账2024-2025.xlsx", "2025-12-10", [
        ("台账", "接害岗位职工职业健康检查台账（2024—2025年）",
         ["序号", "工号", "姓名", "单位", "岗位", "接触危害因素", "体检类别", "体检日期", "体检结论", "处理情况"], rows)], author="职工医院")
    judge("职工医院/职业健康体检台账2024-2025.xlsx", "职业健康体检台账", [8], [5, 9], "2025-12-10")

    docx("职工医院/职业健康促进项目效果评估.docx", "2025-12-20", "职业健康安全促进项目效果评估报告", [
        ("t", [["指标", "目标", "2024年", "2025年", "评价"],
               ["在岗期间体检率", "100%", "99.2%", "100%", "达到"],
               ["上岗前/离岗时体检率", "100%", "100%", "100%", "达到"],
               ["异常结果跟踪处理率", "100%", "100%", "100%", "达到"],
               ["防尘口罩正确佩戴率（抽查）", "90%", "83%", "92%", "达到"],
               ["新诊断职业病", "下降", "1例", "0例", "改善"]]),
        "评估结论：项目目标达到。承包商人员职业健康监护已纳入相关方管理。下一步重点是噪声作业岗位护听器佩戴。",
        ("sig", ["职业健康项目组", "2025年12月20日"]),
    ], author="职工医院")
    judge("职工医院/职业健康促进项目效果评估.docx", "职业健康项目效果评估", [5], [12], "2025-12-20")

    docx("职工医院/QY-YY-2025-0031.docx", "2025-05-14", "“老年人防跌倒”健康讲座活动记录", [
        ("b", "时间：2025年5月13日下午　地点：鹤岭新村老年活动中心　主讲：康复科 贾红医师　参加：离退休职工及家属86人"),
        "讲座内容：老年人跌倒的危险因素、居家环境改善、平衡能力训练（现场示范“不倒翁”练习）、跌倒后如何正确起身和求助、用药与跌倒。讲座后为52名老人进行了跌倒风险评估，高风险17人，已纳入楼长重点关照名单。",
        ("sig", ["职工医院", "2025年5月14日"]),
    ], number="QY-YY-2025-0031", author="职工医院")
    judge("职工医院/QY-YY-2025-0031.docx", "防跌倒健康讲座记录", [6], [5], "2025-05-14")


# ================================================================ 保卫部
def security():
    docx("保卫部/职工通勤交通安全促进项目方案.docx", "2024-03-20", "职工通勤交通安全促进项目方案", [
        ("h", "一、背景"),
        "矿区三班倒职工每日通勤约5200人次，其中乘坐通勤班车约3100人次，骑电动车、摩托车约1400人次。矿区公路K3+200处S形弯道视距不良，大货车多；2021—2023年保卫部登记通勤途中道路交通事故41起，伤32人，死亡1人。",
        ("h", "二、目标"),
        "通勤交通事故零死亡；通勤交通事故起数较2023年下降30%；班车驾驶员培训每季度一次、车辆安全检查每月一次；电动车头盔佩戴率90%以上。",
        ("h", "三、措施"),
        "（一）S形弯道改造，设置减速带、警示标志和爆闪灯（协调鹤岭镇和县交警）；（二）班车加装动态监控，驾驶员每季度培训；（三）增开夜班班次，减少职工骑车夜行；（四）开展“戴头盔、不超速”宣传，交通志愿者高峰时段劝导。",
        ("h", "四、评估"),
        "以保卫部交通事故统计和职工医院道路交通伤数据评估，项目期末（2025年底）开展效果评估。",
        ("sig", ["保卫部", "2024年3月20日"]),
    ], author="保卫部")
    judge("保卫部/职工通勤交通安全促进项目方案.docx", "交通安全项目方案", [5], [], "2024-03-20")

    rnd = rows_rng("bus")
    rows = []
    buses = [f"晋H·{rnd.randint(10000, 99999)}" for _ in range(12)]
    for i in range(1, 103):
        day = days("2024-04-01", "2025-12-20", rnd)
        if rnd.random() < 0.7:
            rows.append([day, "车辆安全检查", rnd.choice(buses), "制动、灯光、轮胎、安全锤、灭火器、动态监控",
                         rnd.choice(["合格", "合格", "合格", "轮胎磨损，已更换", "灭火器过期，已更换"]), "", rnd.choice(["保卫部 宋涛", "保卫部 邱明"])])
        else:
            rows.append([day, "驾驶员培训", "—", rnd.choice(["冬季冰雪路面驾驶", "防御性驾驶", "疲劳驾驶危害", "矿区公路S弯通行", "应急疏散"]),
                         "考试合格", rnd.randint(18, 26), "保卫部交通股"])
    rows.sort(key=lambda r: r[0])
    xlsx("保卫部/通勤班车安全检查及驾驶员培训记录.xlsx", "2025-12-26", [
        ("记录", "通勤班车安全检查及驾驶员培训记录（2024.4—2025.12）",
         ["序号", "日期", "类型", "车号", "检查/培训内容", "结果", "参训人数", "检查人/组织"],
         [[i] + r for i, r in enumerate(rows, 1)])], author="保卫部")
    judge("保卫部/通勤班车安全检查及驾驶员培训记录.xlsx", "班车检查及驾驶员培训记录", [5], [6, 8], "2025-12-26")

    pdf("保卫部/交通安全项目效果评估（2024.3-2025.12）.pdf", "职工通勤交通安全促进项目效果评估", [
        ("t", [["指标", "2023年基线", "目标", "2024年", "2025年", "评价"],
               ["通勤交通事故（起）", "14", "下降30%", "10", "8", "达到（-43%）"],
               ["通勤交通事故死亡（人）", "0", "0", "0", "0", "达到"],
               ["S弯处事故（起）", "5", "下降", "2", "1", "改善"],
               ["电动车头盔佩戴率（抽查）", "46%", "90%", "78%", "91%", "达到"],
               ["班车驾驶员季度培训", "—", "每季度", "完成", "完成", "达到"]]),
        "评估结论：项目目标全部实现，S形弯道改造效果明显。2026年起作为常态化工作，由保卫部持续监测。",
        ("sig", ["交通安全项目组", "2026年1月8日"]),
    ], author="保卫部")
    judge("保卫部/交通安全项目效果评估（2024.3-2025.12）.pdf", "交通安全项目效果评估", [5], [12], "2026-01-08")

    lines = ["鹤岭矿区道路交通事故及交通违章统计（保卫部交通股）", "统计口径：矿区公路、家属区道路及职工通勤途中", ""]
    rnd = rows_rng("traffic")
    for y in (2024, 2025):
        lines.append(f"{y}年")
        lines.append("月份\t事故起数\t受伤人数\t死亡\t查处违章\t主要违章类型")
        tot = [0, 0, 0]
        target_total = 10 if y == 2024 else 8
        acc = [0] * 12
        for _ in range(target_total):
            acc[rnd.randrange(12)] += 1
        for m in range(12):
            hurt = acc[m] + (1 if acc[m] and rnd.random() < 0.3 else 0) if acc[m] else 0
            v = rnd.randint(18, 60)
            tot[0] += acc[m]; tot[1] += hurt; tot[2] += v
            lines.append(f"{m + 1}月\t{acc[m]}\t{hurt}\t0\t{v}\t{rnd.choice(['未戴头盔', '超速', '逆行', '违停', '酒驾'])}")
        lines.append(f"合计\t{tot[0]}\t{tot[1]}\t0\t{tot[2]}")
        lines.append("")
    lines.append("制表：邱明　审核：郭强　2026年1月5日")
    gbk_text("保卫部/矿区道路交通事故及违章统计.txt", "\n".join(lines) + "\n")
    judge("保卫部/矿区道路交通事故及违章统计.txt", "交通事故及违章统计（GBK文本）", [9], [5, 8], "2026-01-05")

    rnd = rows_rng("fire")
    rows = []
    places = ["鹤岭新村1—12号楼", "鹤岭新村13—24号楼", "鹤岭新村25—36号楼", "东山小区", "职工医院", "职工俱乐部", "集团公司办公楼", "中心学校（协助）"]
    k = 1
    for m in range(1, 13):
        for p in places:
            ok = rnd.random() > 0.18
            rows.append([k, D(f"2025-{m:02d}-{rnd.randint(5, 25):02d}"), p, rnd.choice(["灭火器", "消火栓", "应急照明", "疏散指示", "烟感"]),
                         "完好" if ok else rnd.choice(["压力不足", "箱门损坏", "指示灯不亮", "被遮挡"]), "" if ok else "已整改",
                         rnd.choice(["专职消防队 苏强", "专职消防队 尹亮"])])
            k += 1
    xlsx("保卫部/消防设施检查记录2025.xlsx", "2025-12-28", [
        ("2025", "消防设施月度检查记录（2025年）", ["序号", "检查日期", "检查区域", "设施类别", "检查结果", "整改情况", "检查人"], rows)],
        author="保卫部")
    judge("保卫部/消防设施检查记录2025.xlsx", "消防设施检查记录", [8], [7], "2025-12-28")

    docx("保卫部/应急救援队训练记录.docx", "2025-12-15", "专职消防队（应急救援队）2025年训练记录", [
        ("t", [["日期", "科目", "参训人数", "带训人", "效果"],
               ["2025年1月16日", "冬季灭火救援、破拆", "22", "苏强", "良好"],
               ["2025年3月20日", "高层建筑疏散救援", "24", "苏强", "良好"],
               ["2025年5月22日", "有限空间救援（与矿山救护队联训）", "30", "刘振", "合格"],
               ["2025年7月10日", "防汛抢险", "24", "尹亮", "良好"],
               ["2025年9月18日", "燃气泄漏处置", "21", "尹亮", "良好"],
               ["2025年11月13日", "与鹤岭消防中队联合拉练", "40", "苏磊", "良好"]]),
        ("b", "保卫部　2025年12月"),
    ], author="保卫部")
    judge("保卫部/应急救援队训练记录.docx", "应急救援队训练记录", [7], [6], "2025-12-15", {"dated_in_text": True})


# ================================================================ 团委志愿者协会
def youth():
    rnd = rows_rng("volunteers")
    rows = []
    for i in range(1, 123):
        rows.append([f"ZY{i:04d}", mask(rnd), rnd.choice(["男", "女"]), rnd.randint(18, 68),
                     rnd.choice(["在岗职工", "在岗职工", "离退休职工", "职工家属", "学生"]),
                     rnd.choice(["应急服务队", "交通劝导队", "燃气宣传队", "敬老助老队", "防溺水巡查队"]),
                     days("2023-11-01", "2025-06-30", rnd), rnd.randint(4, 160)])
    xlsx("团委志愿者协会/志愿者名册.xlsx", "2025-12-31", [
        ("名册", "鹤岭矿区安全志愿者协会注册志愿者名册", ["编号", "姓名", "性别", "年龄", "身份", "服务队", "注册日期", "累计服务时长（小时）"], rows)],
        author="团委")
    judge("团委志愿者协会/志愿者名册.xlsx", "志愿者名册", [2], [], "2025-12-31")

    docx("团委志愿者协会/志愿服务活动记录2024-2025.docx", "2025-12-31", "安全志愿服务活动记录（2024—2025年）", [
        ("t", [["日期", "活动", "服务队", "参加人数", "服务对象/成效"],
               ["2024.01.20", "冬季扫雪除冰", "敬老助老队", "46", "清扫鹤岭新村主干道及楼前台阶"],
               ["2024.06.16", "安全咨询日", "燃气宣传队", "32", "发放燃气明白卡1800张"],
               ["2024.07.15—08.20", "东山水库暑期防溺水巡查", "防溺水巡查队", "每日4人", "劝离游泳儿童37人次"],
               ["2024.11.20", "参加综合应急演练疏散引导", "应急服务队", "28", "引导居民疏散"],
               ["2025.01.08", "独居老人冬季安全探访", "敬老助老队", "30", "探访412户"],
               ["2025.04—06", "通勤高峰“戴头盔”劝导", "交通劝导队", "每周2次", "劝导未戴头盔1260人次"],
               ["2025.07.12", "“安全社区 青年先行”志愿服务月启动", "全体", "85", "入户宣传600户"],
               ["2025.12.06", "扫雪除冰", "敬老助老队", "51", "—"]]),
        ("b", "团委、志愿者协会　2025年12月"),
    ], author="团委")
    judge("团委志愿者协会/志愿服务活动记录2024-2025.docx", "志愿服务活动记录", [2], [6], "2025-12-31", {"dated_in_text": True})

    docx("团委志愿者协会/职工子女暑期防溺水宣传活动方案.docx", "2024-06-28", "2024年职工子女暑期防溺水安全宣传活动方案", [
        "暑期东山水库和矿区排水沟渠存在儿童溺水风险。团委联合鹤岭镇中心学校、鹤岭新村社区居委会开展防溺水宣传：1. 7月1日在中心学校召开防溺水主题班会并发放《致家长的一封信》；2. 在水库沿岸设置警示牌12块；3. 志愿者7月15日至8月20日每日巡查；4. 职工医院开展溺水急救（心肺复苏）培训。",
        ("sig", ["团委", "2024年6月28日"]),
    ], author="团委")
    judge("团委志愿者协会/职工子女暑期防溺水宣传活动方案.docx", "暑期防溺水宣传方案", [6], [2, 5], "2024-06-28")

    pdf("团委志愿者协会/发文2025-团-03.pdf", "关于开展“安全社区 青年先行”志愿服务月活动的通知", [
        ("b", "各基层团组织："),
        "为助力鹤岭矿区安全社区创建，团委决定于2025年7月12日至8月12日开展“安全社区 青年先行”志愿服务月活动。活动内容：燃气安全入户宣传、独居老人探访、防溺水巡查、交通劝导、应急知识进班组。各团支部组织青年志愿者报名，活动结束后报送总结。",
        ("sig", ["共青团鹤岭煤业集团有限责任公司委员会", "2025年7月8日"]),
    ], number="鹤煤团发〔2025〕3号", author="团委")
    judge("团委志愿者协会/发文2025-团-03.pdf", "志愿服务月活动通知", [2], [6], "2025-07-08")


# ================================================================ 分厂
def plants():
    rnd = rows_rng("team-activity")
    teams = ["综采一队", "掘进二队", "机电队", "运输队"]
    topics = ["学习《煤矿安全规程》顶板管理有关条款", "“5·9”事故案例警示教育", "停机挂牌上锁（能量隔离）", "自救器使用训练",
              "本周隐患排查情况通报", "手指口述安全确认", "冬季防滑防冻", "雨季防汛防透水", "瓦斯超限撤人规定", "岗位风险辨识",
              "班前会安全确认", "家属安全嘱托视频学习", "职业病防护与口罩佩戴", "应急避灾路线"]
    rows = []
    k = 1
    for w in range(50):
        base = D("2025-01-06") + dt.timedelta(weeks=w)
        for t in teams:
            day = base + dt.timedelta(days=rnd.randint(0, 4))
            topic = rnd.choice(topics)
            if day < D("2025-05-12") and "5·9" in topic:
                topic = "岗位风险辨识"
            rows.append([k, t, day, topic, rnd.randint(14, 32), rnd.randint(0, 3), rnd.choice(["班长", "安全员", "技术员"]), "已记录"])
            k += 1
    xlsx("分厂/一矿/班组安全活动记录台账2025.xlsx", "2025-12-31", [
        ("台账", "鹤岭一矿班组安全活动记录台账（2025年）",
         ["序号", "班组", "活动日期", "活动内容", "参加人数", "缺席人数", "主持人", "记录情况"], rows)], author="鹤岭一矿")
    judge("分厂/一矿/班组安全活动记录台账2025.xlsx", "班组安全活动台账", [6], [2], "2025-12-31")

    docx("分厂/一矿/一矿2024年专项应急演练记录.docx", "2024-10-09", "鹤岭一矿2024年专项应急演练记录", [
        ("t", [["日期", "演练科目", "地点", "参加人数", "评估"],
               ["2024年4月18日", "掘进工作面瓦斯超限撤人", "-320水平掘进二队", "46", "撤人及时"],
               ["2024年8月7日", "雨季防汛及井下排水", "主排水泵房", "38", "备用泵启动延迟，已整改"],
               ["2024年10月8日", "副井提升断绳（桌面推演）", "调度指挥中心", "21", "程序清楚"]]),
        ("b", "鹤岭一矿安全科"),
    ], author="鹤岭一矿")
    judge("分厂/一矿/一矿2024年专项应急演练记录.docx", "一矿专项演练记录", [7], [], "2024-10-09")

    docx("分厂/一矿/QY-YK-2025-0044.docx", "2025-03-06", "鹤岭一矿2025年度安全风险辨识评估报告", [
        "依据集团公司双重预防机制实施方案，一矿于2025年2月组织年度安全风险辨识评估，共辨识风险点126个，其中重大风险3个（-450水平掘进工作面瓦斯、采空区老空水、主井提升），较大风险17个。",
        "重大风险管控措施：瓦斯抽采达标评判、超前探放水“有掘必探”、提升系统年度检测。较大风险由矿级领导包保。评估结果已更新至风险分级管控清单，并在井口和区队公示。",
        ("sig", ["鹤岭一矿", "2025年3月6日"]),
    ], number="QY-YK-2025-0044", author="鹤岭一矿")
    judge("分厂/一矿/QY-YK-2025-0044.docx", "一矿年度风险辨识评估报告", [3], [8], "2025-03-06")

    docx("分厂/选煤厂/有限空间作业安全促进项目方案.docx", "2024-05-06", "有限空间作业安全促进项目方案", [
        ("h", "一、背景"),
        "选煤厂有浓缩池、煤仓、沉淀池、污水井等有限空间21处，清淤、清仓作业多由承包商承担。2022年发生1起清淤作业人员轻度中毒事件。主要问题是作业审批流于形式、气体检测不规范、监护人应急能力不足。",
        ("h", "二、目标"),
        "有限空间辨识建档率100%、警示标识设置率100%；作业审批合格率100%（含气体检测记录）；作业人员和监护人专项培训合格率100%；不发生有限空间中毒窒息事故。",
        ("h", "三、措施"),
        "（一）建立有限空间台账，设置警示标识和风险告知牌；（二）严格执行作业审批，“先通风、再检测、后作业”；（三）配置四合一气体检测仪、正压式呼吸器、三脚架；（四）承包商人员入场专项培训；（五）每年一次专项演练。",
        ("h", "四、效果评估"),
        "2025年底对照上述目标进行效果评估，形成评估报告报促进委员会。",
        ("sig", ["选煤厂", "2024年5月6日"]),
    ], author="选煤厂")
    judge("分厂/选煤厂/有限空间作业安全促进项目方案.docx", "有限空间项目方案（无效果评估）", [5], [], "2024-05-06")

    rnd = rows_rng("confined")
    spaces = ["1号浓缩池", "2号浓缩池", "1号煤仓", "2号煤仓", "3号煤仓", "沉淀池", "1号污水井", "循环水池", "煤泥池"]
    rows = []
    for i in range(1, 93):
        day = days("2024-03-01", "2026-09-20", rnd)
        early = day < D("2024-08-01")
        gas = "" if early and rnd.random() < 0.6 else f"O₂ {rnd.choice(['20.6', '20.8', '20.9'])}%，H₂S 0，CO {rnd.randint(0, 6)}ppm"
        rows.append([i, f"YX-{day.year}-{i:03d}", day, rnd.choice(spaces), rnd.choice(["清淤", "清仓", "检修", "疏通"]),
                     rnd.choice(["选煤厂检修车间", "华晟防腐保温工程公司", "恒信环保科技公司", "鑫源劳务有限公司"]),
                     gas.replace("₂", "2") if gas else "", mask(rnd), "马文斌" if rnd.random() < 0.3 else "厂安全科",
                     "" if early and not gas else "合格", "无" if not early else ""])
    rows.sort(key=lambda r: r[2])
    for i, r in enumerate(rows, 1):
        r[0] = i
    xlsx("分厂/选煤厂/有限空间作业审批台账.xlsx", "2026-09-25", [
        ("台账", "选煤厂有限空间作业审批台账", ["序号", "审批编号", "作业日期", "作业地点", "作业内容", "作业单位", "气体检测记录", "监护人",
                                                "审批人", "审批单检查结论", "异常情况"], rows)], author="选煤厂")
    judge("分厂/选煤厂/有限空间作业审批台账.xlsx", "有限空间作业审批台账", [5], [8], "2026-09-25")

    rnd = rows_rng("xm-training")
    body = [("b", "选煤厂2025年安全培训签到汇总")]
    tab = [["日期", "培训内容", "应到", "实到", "授课"]]
    for d_, topic in (("2025-01-09", "冬季安全生产与防滑防冻"), ("2025-03-13", "岗位风险辨识与手指口述"), ("2025-05-15", "5月9日机械伤害事故警示教育及停机挂牌上锁"),
                      ("2025-06-10", "有限空间救援装备使用"), ("2025-08-14", "防暑降温与用电安全"), ("2025-09-16", "有限空间作业专项培训（承包商同训）"),
                      ("2025-11-20", "冬季消防")):
        n = rnd.randint(60, 95)
        tab.append([dots(d_), topic, n, n - rnd.randint(0, 5), rnd.choice(["厂安全科", "安全环保部", "矿山救护队"])])
    body.append(("t", tab))
    body.append(("sig", ["选煤厂安全科", "2025年11月"]))
    pdf("分厂/选煤厂/选煤厂2025年安全培训签到表.pdf", "", body, author="选煤厂")
    judge("分厂/选煤厂/选煤厂2025年安全培训签到表.pdf", "选煤厂培训签到汇总", [6], [], "2025-11-20")

    docx("分厂/机修厂/关于整改通知书（QY-AQ-2024-0102）的回复.docx", "2024-05-30", "关于隐患整改通知书（QY-AQ-2024-0102）整改情况的回复", [
        ("b", "安全环保部："),
        "接到你部2024年5月8日下达的隐患整改通知书后，我厂立即组织整改，现将整改情况回复如下：1. 铸造车间5吨桥式起重机主钩钢丝绳已于5月15日更换，经特种设备检验机构检验合格；2. 铆焊车间配电柜前绝缘垫已全部更换；3. 机加工车间3台砂轮机防护罩已补装。同时，我厂举一反三，对全厂起重设备和电气设备进行了全面排查。",
        "特此回复，请予验收。",
        ("sig", ["机修厂", "2024年5月30日"]),
    ], author="机修厂")
    judge("分厂/机修厂/关于整改通知书（QY-AQ-2024-0102）的回复.docx", "整改通知书回复（机修厂）", [11], [8], "2024-05-30")

    rnd = rows_rng("jxc-self")
    rows = []
    for i in range(1, 85):
        day = days("2024-02-01", "2026-09-25", rnd)
        hit = rnd.random() < 0.35
        rows.append([i, day, rnd.choice(["铆焊车间", "机加工车间", "铸造车间", "油库", "行车"]),
                     rnd.choice(["周检", "周检", "月检", "节前检查"]),
                     rnd.choice(["焊机接地线松动", "砂轮机托架间隙过大", "油库灭火器压力不足", "行车限位器失灵", "地面油污"]) if hit else "未发现隐患",
                     "已整改" if hit else "", rnd.choice(["韩涛", "厂安全员 周斌", "车间主任 秦勇"])])
    rows.sort(key=lambda r: r[1])
    for i, r in enumerate(rows, 1):
        r[0] = i
    xlsx("分厂/机修厂/机修厂隐患自查记录.xlsx", "2026-09-28", [
        ("自查", "机修厂安全隐患自查记录", ["序号", "检查日期", "区域", "检查类型", "发现隐患", "整改情况", "检查人"], rows)], author="机修厂")
    judge("分厂/机修厂/机修厂隐患自查记录.xlsx", "机修厂隐患自查记录", [8], [11], "2026-09-28")


# ================================================================ 人力资源部培训中心
def training():
    docx("人力资源部培训中心/2024年度安全教育培训计划.docx", "2024-01-12", "鹤岭煤业集团2024年度安全教育培训计划", [
        ("h", "一、培训目标"),
        "主要负责人和安全管理人员持证率100%；特种作业人员持证上岗率100%；新入职人员三级安全教育率100%；全员年度安全再培训不少于20学时；家属区居民安全宣传覆盖率90%以上。",
        ("h", "二、培训安排"),
        ("t", [["对象", "内容", "时间", "学时", "组织单位"],
               ["中层以上干部", "安全社区理念与标准、安全生产法", "3月", "8", "人力资源部、安全环保部"],
               ["班组长、安全员", "安全社区知识、风险辨识、隐患排查", "4月", "16", "培训中心"],
               ["新入职人员", "三级安全教育", "入职时", "72", "培训中心、各矿厂、班组"],
               ["特种作业人员", "复审培训", "按证期", "24", "培训中心"],
               ["有限空间作业人员及承包商", "有限空间作业安全", "5—6月", "8", "选煤厂"],
               ["接害岗位职工", "职业病防护", "9月", "4", "职工医院"],
               ["家属区楼长", "燃气安全、防跌倒、应急疏散", "4月、10月", "4", "生活服务公司"]]),
        ("h", "三、考核"),
        "培训情况纳入各单位安全生产责任制考核，培训档案由培训中心统一管理。",
        ("sig", ["人力资源部（培训中心）", "2024年1月12日"]),
    ], author="人力资源部")
    judge("人力资源部培训中心/2024年度安全教育培训计划.docx", "2024年度培训计划", [6], [4], "2024-01-12")

    docx("人力资源部培训中心/QY-RL-2026-0004.docx", "2026-01-23", "鹤岭煤业集团2026年度安全教育培训计划", [
        ("h", "一、培训目标"),
        "新入职人员三级安全教育率100%；全员年度安全再培训不少于20学时；有限空间作业人员和承包商专项培训合格率100%；迎接安全社区评定，组织全员标准知识普及。",
        ("h", "二、重点培训项目"),
        ("t", [["对象", "内容", "时间", "组织单位"],
               ["全体职工", "安全社区知识普及（迎评）", "3—6月", "安全环保部、培训中心"],
               ["班组长", "能量隔离与手指口述", "4月", "培训中心"],
               ["承包商人员", "入场安全教育与有限空间作业", "入场前", "各矿厂"],
               ["楼长、志愿者", "应急疏散与燃气安全", "5月", "生活服务公司、团委"]]),
        ("sig", ["人力资源部（培训中心）", "2026年1月23日"]),
    ], number="QY-RL-2026-0004", author="人力资源部")
    judge("人力资源部培训中心/QY-RL-2026-0004.docx", "2026年度培训计划（OA编号）", [6], [4], "2026-01-23")

    rnd = rows_rng("three-level")
    rows = []
    for i in range(1, 137):
        join = days("2024-02-20", "2026-09-10", rnd)
        unit = rnd.choice(["鹤岭一矿", "鹤岭一矿", "选煤厂", "机修厂", "生活服务公司"])
        hours = (24, 24, 24) if unit != "鹤岭一矿" else (24, 28, 20)
        rows.append([i, mask(rnd), f"****{rnd.randint(1000, 9999)}", join, unit, join + dt.timedelta(days=1), hours[0],
                     join + dt.timedelta(days=rnd.randint(4, 6)), hours[1], join + dt.timedelta(days=rnd.randint(8, 12)), hours[2],
                     rnd.randint(76, 98), "合格"])
    rows.sort(key=lambda r: r[3])
    for i, r in enumerate(rows, 1):
        r[0] = i
    xlsx("人力资源部培训中心/三级安全教育登记台账.xlsx", "2026-09-20", [
        ("登记", "新入职人员三级安全教育登记台账", ["序号", "姓名", "身份证后四位", "入职日期", "分配单位", "厂（矿）级日期", "学时",
                                                "车间（区队）级日期", "学时", "班组级日期", "学时", "考试成绩", "结论"], rows)], author="人力资源部")
    judge("人力资源部培训中心/三级安全教育登记台账.xlsx", "三级安全教育台账", [6], [], "2026-09-20")

    rnd = rows_rng("training-2025")
    courses = [("安全社区知识", "中层干部"), ("安全生产法及责任制", "班组长"), ("特种作业复审", "特种作业人员"), ("有限空间作业", "检修工、承包商"),
               ("职业病防护", "接害岗位职工"), ("燃气安全与应急疏散", "家属区楼长"), ("自救器与避灾路线", "井下职工"),
               ("承包商入场安全教育", "承包商人员"), ("消防器材使用", "全体职工"), ("防跌倒与急救", "离退休职工及家属")]
    rows = []
    for i in range(1, 87):
        c, who = rnd.choice(courses)
        rows.append([i, days("2025-01-08", "2025-12-25", rnd), c, who, rnd.choice(["培训中心", "安全环保部", "各矿厂", "职工医院", "生活服务公司"]),
                     rnd.choice([2, 4, 4, 8, 16]), rnd.randint(18, 120), rnd.choice(["笔试", "实操", "签到"]), rnd.choice(["吴静", "赵立军", "刘振", "贾红"])])
    rows.sort(key=lambda r: r[1])
    for i, r in enumerate(rows, 1):
        r[0] = i
    xlsx("人力资源部培训中心/安全培训台账2025.xlsx", "2025-12-30", [
        ("2025", "2025年安全教育培训台账", ["序号", "培训日期", "培训内容", "培训对象", "组织单位", "学时", "人数", "考核方式", "授课人"], rows)],
        author="人力资源部")
    judge("人力资源部培训中心/安全培训台账2025.xlsx", "2025年培训台账（无年度计划）", [6], [], "2025-12-30")

    docx("人力资源部培训中心/QY-RL-2024-0066.docx", "2024-04-08", "关于举办安全社区知识培训班的通知", [
        ("b", "各矿厂、各部门："),
        "为提高班组长、安全员和家属区楼长对安全社区的认识，培训中心定于2024年4月15日至19日分三期举办安全社区知识培训班。",
        "课程安排：1. 安全社区理念与AQ/T 9001-2006标准（孙晓燕）；2. 风险辨识与隐患排查（赵立军）；3. 伤害监测与首诊登记（职工医院）；4. 燃气安全与ABC分类（生活服务公司）；5. 应急疏散与自救互救（矿山救护队）。每期16学时，结业考试。",
        "请各单位于4月12日前报送参训名单，每期约120人。",
        ("sig", ["人力资源部（培训中心）", "2024年4月8日"]),
    ], number="QY-RL-2024-0066", author="人力资源部")
    judge("人力资源部培训中心/QY-RL-2024-0066.docx", "安全社区知识培训班通知", [6], [], "2024-04-08")


# ================================================================ 影像资料, 大事记, 待归档, 归档文件目录
PHOTOS = [
    ("影像资料/20231026启动大会/DSC_0012.JPG", "meeting", "启动大会照片", [1], [2, 6], "2023-10-26"),
    ("影像资料/20231026启动大会/DSC_0019.JPG", "meeting", "启动大会照片", [1], [2, 6], "2023-10-26"),
    ("影像资料/2024年6月综合演练/IMG_20240612_093412.jpg", "drill", "综合演练照片", [7], [], "2024-06-12"),
    ("影像资料/2024年6月综合演练/IMG_20240612_102655.jpg", "drill", "综合演练照片", [7], [], "2024-06-12"),
    ("影像资料/2024年6月综合演练/IMG_20240612_110138.jpg", "rescue", "综合演练照片", [7], [], "2024-06-12"),
    ("影像资料/燃气入户检查/IMG_20240509_151020.jpg", "gas", "燃气入户检查照片", [5], [8], "2024-05-09"),
    ("影像资料/燃气入户检查/IMG_20250416_101233.jpg", "gas", "燃气入户检查照片", [5], [8], "2025-04-16"),
    ("影像资料/防跌倒扶手改造/微信图片_20240918101122.jpg", "handrail", "楼道扶手改造照片", [5], [], "2024-09-18"),
    ("影像资料/防跌倒扶手改造/微信图片_20240918101130.jpg", "handrail", "楼道扶手改造照片", [5], [], "2024-09-18"),
    ("影像资料/班组安全活动/DSC_0231.JPG", "training", "班组安全活动照片", [6], [2], "2025-03-14"),
    ("影像资料/志愿服务/IMG_20250712_153002.jpg", "street", "志愿服务照片", [2], [6], "2025-07-12"),
    ("影像资料/志愿服务/IMG_20250712_160517.jpg", "street", "志愿服务照片", [2], [6], "2025-07-12"),
    ("影像资料/有限空间作业培训/IMG_20250916_091544.jpg", "confined", "有限空间培训照片", [6], [5], "2025-09-16"),
    ("影像资料/2026年6月综合演练/IMG_20260616_095821.jpg", "drill", "综合演练照片", [7], [], "2026-06-16"),
]


def media_and_misc():
    for i, (path, scene, kind, el, also, when) in enumerate(PHOTOS):
        photo(path, 1000 + i, scene)
        judge(path, kind, el, also, when)

    events = [
        ("2023-10-09", "集团公司安委会第四季度（扩大）会议决定启动安全社区创建"),
        ("2023-10-16", "印发《关于成立鹤岭矿区安全社区促进委员会的通知》（鹤煤发〔2023〕112号）"),
        ("2023-10-26", "召开安全社区创建启动大会，560人参加"),
        ("2023-11-01", "职工医院启动伤害首诊登记"),
        ("2023-11-08", "赴潞安集团学习企业主导型安全社区经验"),
        ("2023-12-28", "完成社区安全诊断报告"),
        ("2024-01-18", "印发2024年度安全社区建设工作计划"),
        ("2024-03-05", "下达2024年专项资金386万元"),
        ("2024-03-28", "召开促进委员会2024年第一季度会议"),
        ("2024-04-16", "与鹤岭镇人民政府签订安全共建协议"),
        ("2024-06-12", "组织上半年综合应急演练"),
        ("2024-06-27", "召开促进委员会2024年第二季度会议"),
        ("2024-09-26", "召开促进委员会2024年第三季度会议"),
        ("2024-11-20", "组织下半年综合应急演练（一矿透水暨鹤岭新村疏散）"),
        ("2024-12-20", "召开促进委员会2024年第四季度会议"),
        ("2024-12-26", "完成2024年度内部评审"),
        ("2025-03-27", "召开促进委员会2025年第一季度会议"),
        ("2025-05-09", "选煤厂发生“5·9”机械伤害事故（轻伤1人）"),
        ("2025-06-17", "组织上半年综合应急演练（选煤厂煤仓有限空间）"),
        ("2025-06-25", "参加全国安全社区建设年会"),
        ("2025-09-25", "召开促进委员会2025年第三季度会议"),
        ("2025-11-18", "在云泉县安全社区经验交流会上发言"),
        ("2026-03-26", "召开促进委员会2026年第一季度会议"),
        ("2026-06-16", "组织上半年综合应急演练（鹤岭新村高层火灾）"),
        ("2026-06-25", "召开促进委员会2026年第二季度会议"),
        ("2026-09-10", "组织综合应急演练（一矿瓦斯超限撤人）"),
        ("2026-09-24", "召开促进委员会2026年第三季度会议"),
        ("2026-09-28", "完成2026年内部评审"),
    ]
    text = "鹤岭矿区安全社区创建工作大事记\n（安全社区办公室整理）\n\n" + "\n".join(f"{zh(a)}　{b}" for a, b in events) + \
           "\n\n整理：孙晓燕　　2026年10月\n"
    gbk_text("安全环保部/安全社区创建工作大事记.txt", text)
    judge("安全环保部/安全社区创建工作大事记.txt", "创建工作大事记（GBK文本）", [10], [1, 2], "2026-10-10")

    shutil.copyfile(target("安全环保部/2024/QY-AQ-2024-0211.docx"), target("待归档/QY-AQ-2024-0211(1).docx"))
    judge("待归档/QY-AQ-2024-0211(1).docx", "重复副本（2024年度内部评审报告）", [12], [11], "2024-12-26",
          {"duplicate_of": "安全环保部/2024/QY-AQ-2024-0211.docx"})
    open(target("待归档/新建 Microsoft Word 文档.docx"), "wb").close()
    judge("待归档/新建 Microsoft Word 文档.docx", "空文件", [], [], None, {"empty": True})
    rnd = rows_rng("broken")
    with open(target("待归档/扫描件20250305.pdf"), "wb") as f:      # a scan that stopped half-way
        f.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 18000 /Filter /FlateDecode >>\nstream\n")
        f.write(bytes(rnd.randrange(256) for _ in range(3100)))
    judge("待归档/扫描件20250305.pdf", "损坏的扫描件（传输中断）", [], [], None, {"unreadable": True})


CATALOG = [
    # (文号, 责任者, 题名, 日期, 页数, 电子文件名)
    ("安委会纪要〔2023〕4号", "集团公司安委会", "集团公司安全生产委员会2023年第四季度（扩大）会议纪要", "2023-10-09", 3, "QY-BG-2023-0088.docx"),
    ("鹤煤发〔2023〕109号", "鹤岭煤业集团有限责任公司", "关于印发《鹤岭矿区安全社区创建实施方案》的通知", "2023-10-12", 5, "发文2023-109.pdf"),
    ("鹤煤发〔2023〕112号", "鹤岭煤业集团有限责任公司", "关于成立鹤岭矿区安全社区促进委员会的通知", "2023-10-16", 3, "发文2023-112.pdf"),
    ("QY-AQ-2023-0139", "安全环保部", "鹤岭矿区安全社区创建启动大会议程及讲话", "2023-10-26", 3, "QY-AQ-2023-0139.docx"),
    ("", "安全社区促进委员会", "鹤岭矿区安全社区促进委员会工作制度", "2023-11-02", 2, "安全社区促进委员会工作制度.docx"),
    ("", "安全社区促进委员会", "鹤岭矿区安全社区创建管理制度汇编", "2023-11-20", 9, "安全社区创建管理制度汇编.docx"),
    ("QY-AQ-2023-0146", "安全环保部", "鹤岭矿区安全风险辨识评价及分级管控清单", "2023-12-15", 6, "QY-AQ-2023-0146.xlsx"),
    ("QY-AQ-2023-0151", "安全社区办公室", "鹤岭矿区安全社区诊断报告", "2023-12-28", 8, "QY-AQ-2023-0151.docx"),
    ("QY-AQ-2023-0155", "安全社区办公室", "鹤岭矿区安全社区建设三年规划（2024—2026年）", "2023-12-30", 4, "QY-AQ-2023-0155.docx"),
    ("QY-AQ-2024-0012", "安全社区促进委员会", "鹤岭矿区2024年度安全社区建设工作计划", "2024-01-18", 4, "QY-AQ-2024-0012.docx"),
    ("QY-AQ-2024-0012附件1", "安全社区促进委员会", "2024年安全社区建设目标责任分解表", "2024-01-18", 1, "附件1.docx"),
    ("", "安全社区办公室", "安全促进项目组成员名单", "2024-02-26", 1, "附件2.docx"),
    ("鹤煤发〔2024〕21号", "鹤岭煤业集团有限责任公司", "关于下达2024年安全社区建设专项资金的通知", "2024-03-05", 2, "关于下达2024年安全社区建设专项资金的通知.pdf"),
    ("QY-AQ-2024-0031", "安全社区办公室", "促进委员会2024年第一季度会议纪要", "2024-03-28", 2, "QY-AQ-2024-0031.docx"),
    ("", "安全环保部", "鹤岭煤业集团双重预防机制建设实施方案", "2024-04-10", 4, "双重预防机制建设实施方案.docx"),
    ("", "集团公司、鹤岭镇人民政府", "鹤岭矿区安全社区共建协议", "2024-04-16", 2, "与鹤岭镇人民政府安全共建协议.pdf"),
    ("QY-AQ-2024-0102", "安全环保部", "隐患整改通知书（机修厂）", "2024-05-08", 1, "QY-AQ-2024-0102.docx"),
    ("QY-AQ-2024-0089", "安全环保部", "2024年“安全生产月”暨安全社区宣传周活动方案", "2024-05-25", 2, "QY-AQ-2024-0089.docx"),
    ("", "安全环保部", "2024年上半年综合应急演练总结评估报告（扫描）", "2024-06-19", 3, "扫描件20240612.pdf"),
    ("QY-AQ-2024-0137", "安全环保部", "隐患整改通知书（选煤厂）", "2024-06-14", 1, "QY-AQ-2024-0137.docx"),
    ("鹤煤发〔2024〕58号", "鹤岭煤业集团有限责任公司", "关于调整鹤岭矿区安全社区促进委员会组成人员的通知", "2024-06-20", 2, "发文2024-58.pdf"),
    ("QY-AQ-2024-0078", "安全社区办公室", "促进委员会2024年第二季度会议纪要", "2024-06-27", 2, "QY-AQ-2024-0078.docx"),
    ("", "安全环保部", "2024年下半年应急演练资料汇编", "2024-12-10", 6, "2024年下半年应急演练资料汇编.pdf"),
    ("QY-AQ-2024-0164", "安全社区办公室", "促进委员会2024年第四季度会议纪要", "2024-12-20", 2, "QY-AQ-2024-0164.docx"),
    ("QY-AQ-2024-0211", "内部评审组", "鹤岭矿区安全社区2024年度内部评审报告", "2024-12-26", 4, "QY-AQ-2024-0211.docx"),
    ("", "安全社区办公室", "促进委员会会议纪要汇编（2024年）", "2024-12-31", 9, "安委会（促进委员会）会议纪要汇编（2024年）.pdf"),
    ("QY-AQ-2025-0011", "安全社区办公室", "鹤岭矿区安全社区建设2024年度工作总结", "2025-01-16", 5, "QY-AQ-2025-0011.docx"),
    ("QY-AQ-2025-0009", "安全社区促进委员会", "鹤岭矿区2025年度安全社区建设工作计划", "2025-01-20", 3, "QY-AQ-2025-0009.docx"),
    ("QY-AQ-2025-0009附件1", "安全社区促进委员会", "2025年安全社区建设目标分解表", "2025-01-20", 1, "附件1.docx"),
    ("鹤煤发〔2025〕14号", "鹤岭煤业集团有限责任公司", "关于下达2025年安全社区建设专项资金的通知", "2025-03-10", 1, "发文2025-14.pdf"),
    ("QY-AQ-2025-0040", "安全社区办公室", "促进委员会2025年第一季度会议纪要", "2025-03-27", 2, "QY-AQ-2025-0040.docx"),
    ("QY-AQ-2025-0071", "事故调查组", "选煤厂“5·9”机械伤害事故调查报告", "2025-05-22", 3, "QY-AQ-2025-0071.docx"),
    ("QY-AQ-2025-0120", "安全环保部", "纠正与预防措施记录表（“5·9”事故）", "2025-06-05", 1, "QY-AQ-2025-0120.docx"),
    ("QY-AQ-2025-0096", "安全环保部", "关于2025年上半年综合应急演练情况的总结", "2025-06-18", 2, "QY-AQ-2025-0096.docx"),
    ("", "选煤厂", "有限空间作业专项培训签到表及考试成绩（扫描）", "2025-09-18", 2, "扫描件20250918.pdf"),
    ("QY-AQ-2025-0133", "安全社区办公室", "促进委员会2025年第三季度会议纪要", "2025-09-25", 2, "QY-AQ-2025-0133.docx"),
    ("QY-AQ-2025-0171", "安全环保部", "安全环保部11月份安全生产例会纪要", "2025-11-06", 1, "QY-AQ-2025-0171.docx"),
    ("QY-AQ-2026-0007", "安全社区办公室", "鹤岭矿区安全社区建设2025年度工作总结", "2026-01-14", 4, "QY-AQ-2026-0007.docx"),
    ("QY-AQ-2026-0010", "安全社区促进委员会", "鹤岭矿区2026年度安全社区建设工作计划", "2026-01-22", 2, "QY-AQ-2026-0010.docx"),
    ("QY-AQ-2026-0032", "安全社区办公室", "促进委员会2026年第一季度会议纪要", "2026-03-26", 2, "QY-AQ-2026-0032.docx"),
    ("QY-AQ-2026-0090", "安全环保部", "2026年上半年综合应急演练评估报告", "2026-06-16", 2, "QY-AQ-2026-0090.docx"),
    ("QY-AQ-2026-0081", "安全社区办公室", "促进委员会2026年第二季度会议纪要", "2026-06-25", 2, "QY-AQ-2026-0081.docx"),
    ("QY-AQ-2026-0118", "安全环保部", "2026年9月综合应急演练总结", "2026-09-11", 2, "QY-AQ-2026-0118.docx"),
    ("QY-AQ-2026-0126", "安全社区办公室", "促进委员会2026年第三季度会议纪要", "2026-09-24", 2, "QY-AQ-2026-0126.docx"),
    ("QY-AQ-2026-0131", "内部评审组", "鹤岭矿区安全社区2026年内部评审报告", "2026-09-28", 3, "QY-AQ-2026-0131.docx"),
    ("QY-SH-2024-0213", "生活服务公司", "2024年家属区燃气入户安全检查工作总结及项目效果评估", "2024-12-18", 3, "QY-SH-2024-0213.docx"),
    ("QY-YY-2025-0031", "职工医院", "“老年人防跌倒”健康讲座活动记录", "2025-05-14", 1, "QY-YY-2025-0031.docx"),
    ("QY-YK-2025-0044", "鹤岭一矿", "鹤岭一矿2025年度安全风险辨识评估报告", "2025-03-06", 3, "QY-YK-2025-0044.docx"),
    ("QY-RL-2024-0066", "人力资源部", "关于举办安全社区知识培训班的通知", "2024-04-08", 1, "QY-RL-2024-0066.docx"),
    ("QY-RL-2026-0004", "人力资源部", "鹤岭煤业集团2026年度安全教育培训计划", "2026-01-23", 2, "QY-RL-2026-0004.docx"),
    ("鹤煤工发〔2024〕7号", "集团公司工会", "关于开展2024年“安康杯”竞赛暨群众安全监督员活动的通知", "2024-04-02", 2, "发文2024-工-07.pdf"),
    ("鹤煤团发〔2025〕3号", "团委", "关于开展“安全社区 青年先行”志愿服务月活动的通知", "2025-07-08", 1, "发文2025-团-03.pdf"),
]


def catalog():
    rows = []
    for i, (no, who, title, when, pages, fname) in enumerate(sorted(CATALOG, key=lambda r: r[3]), 1):
        year = when[:4]
        rows.append([i, f"HLMY-WS·{year}-D30-AQSQ-{i:04d}", no, who, title, when.replace("-", ""), "", pages, fname, ""])
    xlsx("归档文件目录.xlsx", "2026-10-20", [
        ("归档文件目录", "鹤岭矿区安全社区创建档案　归档文件目录",
         ["序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "电子文件名", "备注"], rows)], author="安全社区办公室")
    judge("归档文件目录.xlsx", "归档文件目录（OA编号↔题名）", [10], [], "2026-10-20")


# ================================================================ the judgement beyond the file list
VERDICTS = {
    "1": {"evidenced": "partial",
          "reason": "安委会兼促进委员会（鹤煤发〔2023〕112号、2024-58号调整），工作制度、项目组名单、专项资金齐全；"
                    "但自定制度要求每季度一次全体会议，2025年只有第一、第三季度纪要（0040、0133），年度总结和2026年内部评审也承认只开2次。"},
    "2": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "职代会安全提案办理台账、群众安全监督员、意见箱处理登记（有答复日期）、企地共建协议、志愿者名册与活动记录、参加全国年会和外出交流记录。"},
    "3": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "2023年社区诊断报告（伤害数据、两高一脆弱、需求问卷）、LEC风险分级管控清单、双重预防方案、家属区重点人群摸底、一矿2025年风险辨识评估。"},
    "4": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "创建实施方案（含周期和八个阶段）、三年规划、2024/2025/2026年度计划和目标分解表均在；2025年计划只以OA编号QY-AQ-2025-0009存档。"},
    "5": {"evidenced": "partial",
          "reason": "五个项目均有方案和实施记录；交通、燃气、防跌倒、职业健康有效果评估，有限空间作业安全项目方案要求2025年底评估，至归档时没有任何效果评估。"},
    "6": {"evidenced": "partial",
          "reason": "三级安全教育台账、2025培训台账（86期）、一矿班组安全活动（每周）、安全生产月、有限空间专项培训都有；"
                    "但制度要求培训中心每年1月制定年度安全教育培训计划，2024、2026年有，2025年没有。"},
    "7": {"evidenced": "partial",
          "reason": "综合预案、燃气专项预案、队伍物资清单、救援队训练均有；制度要求每半年一次综合演练：2024年两次（下半年只在演练资料汇编中）、2026年两次，"
                    "2025年只有6月一次（10月是生活服务公司的专项演练，不是综合演练）。"},
    "8": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "隐患排查治理台账（2024—2026）、消防设施月检、物业巡查、相关方管理台账、职业健康体检台账、机修厂自查；逾期隐患作为预防纠正问题计入要素11。"},
    "9": {"evidenced": "partial",
          "reason": "职工医院伤害首诊登记连续（2023.11—2026.9）、工伤统计、交通事故统计、事故调查报告都在；"
                    "2024年度有伤害监测分析报告，2025年度分析报告按制度应在2026年一季度完成，至归档时没有。"},
    "10": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
           "reason": "根目录归档文件目录（档号、文号、题名、日期、电子文件名）、档案管理制度、大事记；待归档中有一份重复、一份空文件、一份损坏扫描件和一个锁文件。"},
    "11": {"evidenced": "partial",
           "reason": "有纠正与预防措施记录、机修厂整改回复、提案办理；但隐患台账中7项隐患超过整改期限仍为整改中/未整改，"
                     "选煤厂整改通知书QY-AQ-2024-0137要求7月15日前书面回复，档案中没有回复。"},
    "12": {"evidenced": "partial",
           "reason": "2024年（12月）和2026年（9月）有内部评审报告，年度总结齐全（2024年度总结成文于2025年1月）；制度要求每年一次内部评审，2025年度没有。"},
}

GAPS = [
    {"id": "G1", "element": 1, "also": [2],
     "title": "2025年促进委员会全体会议只开2次，少于自定的每季度一次",
     "match": [["2025"], ["会议", "例会", "纪要"]], "record_level": False,
     "related": ["安全环保部/2025/QY-AQ-2025-0040.docx", "安全环保部/2025/QY-AQ-2025-0133.docx",
                 "安全环保部/安全社区促进委员会工作制度.docx"]},
    {"id": "G2", "element": 7, "also": [],
     "title": "2025年下半年没有综合应急演练（自定每半年一次）",
     "match": [["2025"], ["演练"]], "record_level": False,
     "related": ["安全环保部/2025/QY-AQ-2025-0096.docx", "生活服务公司/家属区燃气泄漏专项应急演练记录（2025年10月）.docx",
                 "安全环保部/安全社区创建管理制度汇编.docx"]},
    {"id": "G3", "element": 5, "also": [12],
     "title": "有限空间作业安全项目没有效果评估",
     "match": [["有限空间"], ["评估", "效果", "评价"]], "record_level": False,
     "related": ["分厂/选煤厂/有限空间作业安全促进项目方案.docx", "分厂/选煤厂/有限空间作业审批台账.xlsx"]},
    {"id": "G4", "element": 11, "also": [8, 3],
     "title": "隐患排查治理台账中7项隐患逾期未整改、未闭环",
     "match": [["隐患"], ["逾期", "超期", "未整改", "未闭环", "未销号", "过期", "整改中"]], "record_level": True,
     "related": ["安全环保部/隐患排查治理台账.xlsx"]},
    {"id": "G5", "element": 9, "also": [3],
     "title": "2025年度伤害监测分析报告缺失",
     "match": [["2025"], ["伤害"], ["分析", "报告"]], "record_level": False,
     "related": ["职工医院/伤害首诊登记表2025.xlsx", "职工医院/2024年度伤害监测分析报告.pdf"]},
    {"id": "G6", "element": 11, "also": [8],
     "title": "选煤厂隐患整改通知书（QY-AQ-2024-0137）没有整改回复",
     "match": [["整改"], ["回复", "回执", "反馈", "答复", "复函"]], "record_level": True,
     "related": ["安全环保部/2024/QY-AQ-2024-0137.docx"]},
    {"id": "G7", "element": 12, "also": [],
     "title": "2025年度未开展内部评审（自定每年一次）",
     "match": [["2025"], ["评审"]], "record_level": False,
     "related": ["安全环保部/2024/QY-AQ-2024-0211.docx", "安全环保部/2026/QY-AQ-2026-0131.docx",
                 "安全环保部/2026/QY-AQ-2026-0007.docx"]},
    {"id": "G8", "element": 6, "also": [4],
     "title": "2025年度安全教育培训计划缺失（有2024、2026年计划和2025年培训台账）",
     "match": [["2025"], ["培训"], ["计划"]], "record_level": False,
     "related": ["人力资源部培训中心/2024年度安全教育培训计划.docx", "人力资源部培训中心/QY-RL-2026-0004.docx",
                 "人力资源部培训中心/安全培训台账2025.xlsx"]},
]

TRAPS = [
    {"id": "T1", "element": 1,
     "title": "2024年促进委员会会议4次齐全：第三季度（9月26日）纪要只收在会议纪要汇编里，另见大事记和2024年度总结",
     "match": [["2024"], ["会议", "例会", "纪要"]],
     "related": ["安全环保部/2024/安委会（促进委员会）会议纪要汇编（2024年）.pdf", "安全环保部/安全社区创建工作大事记.txt"]},
    {"id": "T2", "element": 5,
     "title": "2025年燃气入户检查已开展：只体现为GBK台账csv中“2025年第二轮”的行（另在2025年度总结中一句）",
     "match": [["燃气"], ["2025"]],
     "related": ["生活服务公司/燃气入户安全检查台账.csv"]},
    {"id": "T3", "element": 12,
     "title": "2024年度工作总结存在：OA编号QY-AQ-2025-0011，落款二〇二五年一月十六日，放在2025文件夹",
     "match": [["2024"], ["总结"]],
     "related": ["安全环保部/2025/QY-AQ-2025-0011.docx"]},
]

PROBES = [
    {"id": "P1", "query": "有限空间作业安全促进项目", "must_in_top5": ["分厂/选煤厂/有限空间作业安全促进项目方案.docx"]},
    {"id": "P2", "query": "伤害首诊登记", "must_in_top5": ["职工医院/伤害首诊登记表2025.xlsx"]},
    {"id": "P3", "query": "燃气入户安全检查台账", "must_in_top5": ["生活服务公司/燃气入户安全检查台账.csv"]},
    {"id": "P4", "query": "隐患排查治理台账", "must_in_top5": ["安全环保部/隐患排查治理台账.xlsx"]},
]


def write_judgement():
    files = []
    for f in sorted(FILES, key=lambda x: x["path"]):
        e = {"path": f["path"], "kind": f["kind"], "elements": f["elements"], "also_acceptable": f["also_acceptable"],
             "date": f["date"], "flags": f["flags"]}
        files.append(e)
    doc = {
        "community_name": "鹤岭矿区",
        "assessment_period": {"start": "2023-10-01", "end": "2026-09-30"},
        "files": files,
        "elements": VERDICTS,
        "gaps": [{k: v for k, v in g.items() if k != "title"} | {"note": g["title"]} for g in GAPS],
        "traps": [{k: v for k, v in t.items() if k != "title"} | {"note": t["title"]} for t in TRAPS],
        "probes": PROBES,
    }
    head = ("# Expert judgement of heling-kuangqu (鹤岭矿区, 企业型安全社区), written from the files before any\n"
            "# zicha run. Schema: shared/tools/README.md. Generated by make_heling.py from its file list.\n"
            "# period: stated only in 发文2023-109.pdf (创建周期为2023年10月至2026年9月).\n")
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
    names = {os.path.basename(p) for p in on_disk}
    for row in CATALOG:
        if row[5] not in names:
            problems.append(f"catalog names a file that is not there: {row[5]}")
    if len(VERDICTS) != 12:
        problems.append("verdicts must cover 12 elements")
    if problems:
        sys.exit("CHECK FAILED\n" + "\n".join(problems))
    print(f"{NAME}: {len(on_disk)} files, judgement {os.path.basename(JUDGEMENT_PATH)} consistent "
          f"({len(GAPS)} gaps, {len(TRAPS)} traps, {len(PROBES)} probes)")


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    group_office()
    ahb_rules()
    hazard_register()
    contractor_register()
    injury_stats()
    emergency()
    ahb_2023()
    ahb_2024()
    ahb_2025()
    ahb_2026()
    union()
    hospital()          # before services(): the fall-prevention evaluation quotes the register
    services()
    security()
    youth()
    plants()
    training()
    media_and_misc()
    catalog()
    write_judgement()
    check()


if __name__ == "__main__":
    main()
