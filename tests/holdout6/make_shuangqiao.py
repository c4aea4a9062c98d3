#!/usr/bin/env python3
"""Deterministic generator of the hold-out archive `shuangqiao-street/` (双桥街道, 城市型).

Style: the archive as a 街道 office really keeps it — every responsible department files its own
material in its own folder (街道安委办, 综治中心, 社区卫生服务中心, 派出所, 消防救援站, 辖区学校,
各社区居委会, 街道党政办), plus 上级来文 and a 微信群文件 dump; OA-style file names, compiled
汇编 files, registers of 80-250 rows (one GBK CSV), mixed formats, one empty and one corrupt file,
one duplicate copy.

Re-running gives byte-identical files: fixed timestamps inside docx/xlsx zips, reportlab
`invariant`, seeded random numbers, PNG/JPEG without variable metadata. The expert judgement
`shuangqiao-street.judgement.yaml` is written from the same file registry (every file listed once).

    python3 make_shuangqiao.py
"""
import csv
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
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "shuangqiao-street")
JUDGEMENT = os.path.join(HERE, "shuangqiao-street.judgement.yaml")
ZIP_TIME = (2026, 6, 12, 9, 0, 0)

STREET = "双桥街道"
FULLNAME = "临江市东湖区双桥街道"
OFFICE = "双桥街道安全社区建设委员会办公室"
AWB = "双桥街道安委办"
PERIOD = ("2023-09-01", "2026-08-31")

REG = []  # one dict per file


def reg(rel, kind, elements, also=(), date=None, flags=None):
    REG.append(dict(path=rel, kind=kind, elements=list(elements), also=list(also), date=date,
                    flags=flags or {}))


def full(rel):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d")


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n - 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(s):
    x = d(s)
    return "".join(CN_DIG[int(c)] for c in str(x.year)) + "年" + cn_num(x.month) + "月" + cn_num(x.day) + "日"


def zh(s):
    x = d(s)
    return "%d年%d月%d日" % (x.year, x.month, x.day)


def dot(s):
    x = d(s)
    return "%d.%d.%d" % (x.year, x.month, x.day)


WEEK = "一二三四五六日"


def zhw(s):
    return zh(s) + "（星期%s）" % WEEK[d(s).weekday()]


def normalize_zip(path, when):
    """Rewrite a zip (docx/xlsx) with fixed entry times and fixed core.xml dates."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\2", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- writers

def _font(run, size=None, bold=False, name="仿宋_GB2312", red=False):
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if red:
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)


def write_docx(rel, date, title, body, docno=None, head=None, sign=None, sign_date=None, author=OFFICE):
    """body items: str (indented paragraph) | ("h", text) | ("c", text) | ("p", text) | ("t", rows)."""
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    when = d(date) + dt.timedelta(hours=9)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    if head:  # red OA header, e.g. 中共临江市东湖区双桥街道工作委员会
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(head), 22, True, "方正小标宋简体", red=True)
    if docno:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(docno), 14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(title), 18, True, "方正小标宋简体")
    for item in body:
        if isinstance(item, str):
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _font(p.add_run(item), 14)
        elif item[0] == "h":
            p = doc.add_paragraph()
            _font(p.add_run(item[1]), 14, True, "黑体")
        elif item[0] == "c":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(item[1]), 16, True, "方正小标宋简体")
        elif item[0] == "p":
            p = doc.add_paragraph()
            _font(p.add_run(item[1]), 14)
        elif item[0] == "r":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(item[1]), 14)
        elif item[0] == "t":
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _font(cell.paragraphs[0].add_run(str(val)), 11, i == 0)
            doc.add_paragraph()
    for line in ([sign] if isinstance(sign, str) else (sign or [])):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(p.add_run(line), 14)
    if sign_date:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(p.add_run(sign_date), 14)
    path = full(rel)
    doc.save(path)
    normalize_zip(path, when)


def write_xlsx(rel, date, sheets, author=OFFICE):
    """sheets: list of (name, title_or_None, header, rows, widths)."""
    wb = Workbook()
    wb.remove(wb.active)
    when = d(date) + dt.timedelta(hours=9)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    for name, title, header, rows, widths in sheets:
        ws = wb.create_sheet(name)
        r0 = 1
        if title:
            ws.cell(1, 1, title).font = Font(bold=True, size=14)
            ws.cell(1, 1).alignment = Alignment(horizontal="center")
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
            r0 = 2
        for j, h in enumerate(header, 1):
            ws.cell(r0, j, h).font = Font(bold=True)
        for i, row in enumerate(rows, r0 + 1):
            for j, v in enumerate(row, 1):
                c = ws.cell(i, j, v)
                if isinstance(v, (dt.date, dt.datetime)):
                    c.number_format = "yyyy-mm-dd"
        for j, w in enumerate(widths or [], 1):
            col = chr(64 + j) if j <= 26 else "A" + chr(64 + j - 26)
            ws.column_dimensions[col].width = w
    path = full(rel)
    wb.save(path)
    normalize_zip(path, when)


def write_pdf(rel, title, body, docno=None, head=None, author=OFFICE):
    path = full(rel)
    base = ParagraphStyle("b", fontName="STSong-Light", fontSize=12, leading=20, wordWrap="CJK",
                          firstLineIndent=24)
    flat = ParagraphStyle("f", parent=base, firstLineIndent=0)
    hd = ParagraphStyle("h", parent=base, fontSize=12.5, firstLineIndent=0, spaceBefore=6)
    ttl = ParagraphStyle("t", parent=base, fontSize=17, leading=26, alignment=TA_CENTER, firstLineIndent=0)
    red = ParagraphStyle("red", parent=ttl, fontSize=20, leading=30, textColor="#C00000")
    cen = ParagraphStyle("c", parent=flat, alignment=TA_CENTER)
    rgt = ParagraphStyle("r", parent=flat, alignment=TA_RIGHT)
    story = []
    if head:
        story.append(Paragraph(head, red))
    if docno:
        story.append(Paragraph(docno, cen))
        story.append(Spacer(1, 6))
    story += [Paragraph(title, ttl), Spacer(1, 8)]
    for item in body:
        if isinstance(item, str):
            story.append(Paragraph(item, base))
        elif item[0] == "h":
            story.append(Paragraph(item[1], hd))
        elif item[0] == "c":
            story.append(Paragraph(item[1], cen))
        elif item[0] == "r":
            story.append(Paragraph(item[1], rgt))
        elif item[0] == "p":
            story.append(Paragraph(item[1], flat))
        elif item[0] == "t":
            cell = ParagraphStyle("x", parent=flat, fontSize=10, leading=14)
            data = [[Paragraph(str(v), cell) for v in row] for row in item[1]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
    doc = SimpleDocTemplate(path, pagesize=A4, title=title, author=author, creator=author,
                            leftMargin=70, rightMargin=70, topMargin=70, bottomMargin=60)
    doc.build(story)


def write_gbk(rel, text):
    with open(full(rel), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))


def write_csv_gbk(rel, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(full(rel), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))


def _picture(seed, size):
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (rnd.randint(90, 200), rnd.randint(90, 200), rnd.randint(90, 200)))
    dr = ImageDraw.Draw(img)
    for _ in range(16):
        x, y = rnd.randint(0, size[0] - 12), rnd.randint(0, size[1] - 12)
        dr.rectangle([x, y, x + rnd.randint(8, 70), y + rnd.randint(8, 45)],
                     fill=(rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255)))
    return img


def write_jpg(rel, seed, when=None):
    img = _picture(seed, (200, 150))
    if when:  # camera original: EXIF DateTime; WeChat exports (mmexport) carry none
        exif = Image.Exif()
        exif[0x0132] = when
        exif[0x010F] = "Xiaomi"
        exif[0x0110] = "Redmi K40"
        img.save(full(rel), "JPEG", quality=70, exif=exif.tobytes())
    else:
        img.save(full(rel), "JPEG", quality=70)


def write_png(rel, seed, size=(240, 320)):
    _picture(seed, size).save(full(rel), "PNG")


# ---------------------------------------------------------------- profile, people

COMMUNITIES = ["青石社区", "桂园社区", "滨河社区", "新桥社区"]
ESTATES = {
    "青石社区": ["青石新村", "纺机宿舍", "石桥苑", "青石花园"],
    "桂园社区": ["桂园小区", "丹桂苑", "物资局宿舍", "桂园东村"],
    "滨河社区": ["滨河花园", "河埠新村", "水岸人家", "粮站宿舍"],
    "新桥社区": ["新桥一村", "新桥二村", "锦华公寓", "百货公司宿舍"],
}
OLD_ESTATES = ["青石新村", "纺机宿舍", "物资局宿舍", "桂园东村", "河埠新村", "粮站宿舍", "新桥一村", "新桥二村", "百货公司宿舍"]

PROFILE = ("双桥街道位于临江市东湖区中部，因辖区内双桥河上两座清代石拱桥得名，东至滨河路，西至解放北路，南至人民路，"
           "北至铁路货场，辖区面积4.26平方公里，下辖青石、桂园、滨河、新桥4个社区居委会，住宅小区41个，其中2000年以前"
           "建成的老旧小区23个（无物业或准物业管理的14个）。常住人口16930户46820人，其中60周岁以上老年人10260人"
           "（占21.9%），80周岁以上高龄老人1432人，独居、空巢老人1085人；14周岁以下儿童5310人；登记流动人口8640人。"
           "辖区有双桥小学、双桥中学2所中小学和3所幼儿园，社区卫生服务中心1个、服务站4个，沿街商铺1126家，"
           "农贸市场2个，双桥河流经辖区2.1公里。居民电动自行车保有量约2.1万辆。")

MEMBERS_2023 = [
    ("主任", "刘志远", "街道党工委副书记、办事处主任"),
    ("常务副主任", "陈卫东", "街道办事处副主任（分管应急管理、安全生产）"),
    ("副主任", "何丽萍", "街道党工委委员、政法委员、综治中心主任"),
    ("委员", "周建明", "街道应急管理办公室主任（兼安委办主任）"),
    ("委员", "孙海涛", "东湖公安分局双桥派出所所长"),
    ("委员", "李振华", "东湖区消防救援大队双桥消防救援站站长"),
    ("委员", "赵国强", "东湖交警大队双桥中队中队长"),
    ("委员", "王秀兰", "双桥街道社区卫生服务中心主任"),
    ("委员", "张红梅", "双桥小学校长"),
    ("委员", "吴建军", "双桥中学副校长"),
    ("委员", "黄淑芬", "青石社区党委书记、居委会主任"),
    ("委员", "马晓东", "桂园社区党委书记、居委会主任"),
    ("委员", "林芳", "滨河社区党委书记、居委会主任"),
    ("委员", "郑勇", "新桥社区党委书记、居委会主任"),
    ("委员", "钱伟", "临江华润燃气东湖分公司客户服务部经理"),
    ("委员", "徐丽娟", "临江安居物业服务公司双桥项目部经理"),
    ("委员", "许志刚", "“平安双桥”志愿者协会会长"),
    ("委员", "朱桂英", "居民代表（退休教师）"),
]

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
GIVEN = "建国海燕志强立新秀英晓燕德明玉兰建华丽华明辉冬梅静伟敏磊凯涛红梅桂芳淑珍国庆文杰子涵雨萱浩然欣怡俊杰美玲春生秋菊永刚玉珍金凤德胜家豪思琪宇轩佳怡"


def person(rnd):
    k = rnd.randrange(0, len(GIVEN) - 1)
    return rnd.choice(SURN) + GIVEN[k:k + rnd.choice([1, 2])]


def masked(rnd):
    return rnd.choice(SURN) + rnd.choice(["某", "某某"])


def building(rnd, comm=None):
    comm = comm or rnd.choice(COMMUNITIES)
    est = rnd.choice(ESTATES[comm])
    return comm, "%s%d幢" % (est, rnd.randint(1, 24))


def daterange_months(y0, m0, y1, m1):
    y, m = y0, m0
    while (y, m) <= (y1, m1):
        yield y, m
        m += 1
        if m == 13:
            y, m = y + 1, 1


# ---------------------------------------------------------------- registers (seeded)

INJ_TYPES = [  # type, weight, places, causes, age range
    ("跌倒/坠落", 38, ["家中卫生间", "家中卧室", "楼道楼梯", "小区道路", "农贸市场", "滨河公园"],
     ["卫生间地面湿滑滑倒", "夜间起床如厕跌倒", "下楼梯踩空", "路面不平绊倒", "雨天地滑摔倒", "登高取物坠落"], (55, 93)),
    ("道路交通伤害", 20, ["双桥路与人民路交叉口", "滨河路", "双桥小学门口", "小区出入口", "解放北路"],
     ["骑电动自行车与机动车碰撞", "骑电动自行车自行摔倒", "步行被电动自行车撞倒", "骑自行车与电动自行车相撞", "步行与机动车碰撞"], (8, 80)),
    ("刀/锐器伤", 12, ["家中厨房", "沿街商铺", "家中"], ["切菜割伤手指", "碎玻璃划伤", "使用工具划伤"], (18, 75)),
    ("动物咬伤", 10, ["小区绿化带", "家中", "小区道路"], ["被流浪猫抓伤", "被犬只咬伤", "被自家宠物犬咬伤"], (4, 80)),
    ("烧烫伤", 8, ["家中厨房", "家中"], ["开水烫伤", "热油溅伤", "热水袋低温烫伤"], (1, 88)),
    ("钝器伤/碰撞", 8, ["学校操场", "小区健身区", "家中"], ["玩耍时碰撞", "健身器材碰伤", "门窗夹伤"], (5, 70)),
    ("中毒", 2, ["家中"], ["误服药物", "一氧化碳轻度中毒"], (3, 85)),
]
DROWN = ("溺水/呛水", ["双桥河河埠头", "滨河花园景观水池"], ["河边玩耍落水被救起", "戏水呛水"], (6, 14))
SEVERITY = ["轻度", "轻度", "轻度", "中度", "重度"]
TREAT = {"轻度": "门诊处理", "中度": "留观", "重度": "转诊住院"}
CLINIC = ["双桥街道社区卫生服务中心", "青石服务站", "桂园服务站", "滨河服务站", "新桥服务站", "临江市第一人民医院", "东湖区人民医院"]
INJ_REPORTERS = ["王秀兰", "曹静", "曹静", "曹静", "潘晓燕", "潘晓燕"]


def injury_rows():
    """Injury surveillance register of the health centre: 2023-09-04 .. 2025-06-27, then it stops (G4)."""
    rnd = random.Random(20230904)
    rows = []
    for y, m in daterange_months(2023, 9, 2025, 6):
        n = rnd.randint(8, 11) if y < 2025 else rnd.randint(7, 9)
        days = sorted(rnd.randint(1, 28) for _ in range(n))
        if (y, m) == (2023, 9):
            days = sorted(max(4, x) for x in days)
        if (y, m) == (2025, 6):
            days = sorted(min(27, x) for x in days)
            days[-1] = 27
        for day in days:
            weights = [t[1] for t in INJ_TYPES]
            if (y, m) >= (2025, 1):  # projects take effect: fewer elderly falls and e-bike injuries
                weights[0], weights[1] = 30, 12
            t = rnd.choices(INJ_TYPES, weights)[0]
            typ, places, causes, ages = t[0], t[2], t[3], t[4]
            if m in (6, 7, 8) and rnd.random() < 0.07:
                typ, places, causes, ages = DROWN
            cause = rnd.choice(causes)
            if cause == "一氧化碳轻度中毒" and m not in (11, 12, 1, 2):
                cause = "误服药物"
            age = rnd.randint(*ages)
            if "学校" in places[0] or cause == "玩耍时碰撞":
                age = rnd.randint(6, 15)
            comm, addr = building(rnd)
            sev = rnd.choice(SEVERITY)
            if typ == "跌倒/坠落" and age >= 80 and rnd.random() < 0.4:
                sev = "中度"
            rows.append(dict(date=dt.date(y, m, day), name=masked(rnd), sex=rnd.choice("男女"), age=age,
                             comm=comm, addr=addr, place=rnd.choice(places), type=typ, cause=cause,
                             ebike="是" if "电动自行车" in cause else "否", sev=sev, treat=TREAT[sev],
                             clinic=rnd.choice(CLINIC[:5]) if sev != "重度" else rnd.choice(CLINIC[5:]),
                             reporter=rnd.choice(INJ_REPORTERS)))
    return rows


def inj_stats(rows, start, end):
    sel = [r for r in rows if start <= r["date"].isoformat() <= end]
    by = {}
    for r in sel:
        by[r["type"]] = by.get(r["type"], 0) + 1
    comm = {c: sum(1 for r in sel if r["comm"] == c) for c in COMMUNITIES}
    ages = {"0-14岁": sum(1 for r in sel if r["age"] <= 14),
            "15-59岁": sum(1 for r in sel if 15 <= r["age"] <= 59),
            "60岁及以上": sum(1 for r in sel if r["age"] >= 60)}
    return dict(n=len(sel), by=sorted(by.items(), key=lambda kv: (-kv[1], kv[0])), comm=comm, ages=ages,
                old_falls=sum(1 for r in sel if r["type"] == "跌倒/坠落" and r["age"] >= 60),
                home_falls=sum(1 for r in sel if r["type"] == "跌倒/坠落" and r["place"].startswith("家中")),
                old_home_falls=sum(1 for r in sel if r["type"] == "跌倒/坠落" and r["age"] >= 60
                                   and r["place"].startswith("家中")),
                ebike=sum(1 for r in sel if r["ebike"] == "是"),
                drown=sum(1 for r in sel if r["type"] == "溺水/呛水"),
                severe=sum(1 for r in sel if r["sev"] != "轻度"),
                male=sum(1 for r in sel if r["sex"] == "男"))


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "0"


def type_table(s):
    rows = [["伤害类型", "例数", "构成比"]]
    for k, v in s["by"]:
        rows.append([k, v, pct(v, s["n"])])
    rows.append(["合计", s["n"], "100%"])
    return rows


HAZ = [  # category, weight, (description, measure)
    ("消防安全", 34, [("楼道堆放杂物、纸箱等可燃物", "督促住户清理，网格员复查"),
                  ("电动自行车在楼道内停放充电", "劝离楼道，引导至集中充电点"),
                  ("从楼上窗口“飞线”给电动自行车充电", "拆除飞线，张贴告知书"),
                  ("小区消防车通道被私家车占用", "施划禁停标线，物业劝导"),
                  ("楼道灭火器压力不足或过期", "更换灭火器"),
                  ("疏散指示标志损坏不亮", "维修更换应急灯具"),
                  ("沿街商铺“三合一”场所住人", "清除住人，下达整改通知")]),
    ("燃气安全", 8, [("餐饮商铺液化气瓶与灶具间距不足", "调整气瓶位置，加装防护"),
                 ("餐饮商铺燃气软管老化开裂", "更换不锈钢波纹管"),
                 ("餐饮商铺可燃气体报警器失效", "更换报警器并联动切断阀")]),
    ("电气安全", 14, [("楼道公共照明线路老化裸露", "更换线路，加装线槽"),
                  ("单元配电箱未上锁、箱门缺失", "加锁并更换箱门"),
                  ("底层住户私拉乱接电线", "拆除私接线路")]),
    ("建筑设施", 14, [("外墙瓷砖空鼓存在脱落风险", "设置警戒区，联系维修单位铲除"),
                  ("楼梯扶手松动", "加固扶手"),
                  ("窨井盖破损", "更换井盖"),
                  ("围墙开裂倾斜", "设置警示，拆除重砌")]),
    ("道路交通", 12, [("路口路灯损坏", "报修城管部门更换"),
                  ("学校门口人行横道标线模糊", "协调交警重新施划"),
                  ("小区出入口缺少减速带和凸面镜", "安装减速带、凸面镜")]),
    ("涉水安全", 8, [("双桥河沿岸护栏缺失", "临时围挡并报水务部门修复"),
                 ("河边警示牌损坏", "更换警示牌"),
                 ("河边救生圈缺失", "补充救生圈、救生杆")]),
    ("特种设备", 5, [("电梯年检标志过期", "督促物业报检"),
                 ("电梯轿厢应急电话不通", "维修应急通话装置")]),
]
FINDERS = ["青石社区网格员", "桂园社区网格员", "滨河社区网格员", "新桥社区网格员", "街道安委办", "双桥消防救援站",
           "双桥派出所", "安居物业"]
OWNERS = {"消防安全": "社区居委会/物业", "燃气安全": "商铺经营者", "电气安全": "物业/产权单位", "建筑设施": "产权单位",
          "道路交通": "街道城管科", "涉水安全": "街道城建办", "特种设备": "物业服务企业"}
OVERDUE = [  # planted gap G8: open past the deadline at the 2026-05-31 export
    ("2026-01-08", "青石社区", "纺机宿舍5幢", "建筑设施", "外墙瓷砖空鼓存在脱落风险", "2026-02-08", "产权单位已撤销，维修资金未落实"),
    ("2026-01-15", "新桥社区", "新桥二村11幢", "消防安全", "小区消防车通道被私家车占用", "2026-02-14", "物业未落实"),
    ("2026-02-03", "滨河社区", "河埠新村东侧河道", "涉水安全", "双桥河沿岸护栏缺失", "2026-03-03", "已报区水务局，待立项"),
    ("2026-02-26", "桂园社区", "物资局宿舍3幢", "电气安全", "楼道公共照明线路老化裸露", "2026-03-27", ""),
    ("2026-03-05", "新桥社区", "百货公司宿舍", "建筑设施", "围墙开裂倾斜", "2026-04-04", "产权不清"),
    ("2026-03-12", "青石社区", "青石新村8幢", "电气安全", "单元配电箱未上锁、箱门缺失", "2026-04-11", ""),
    ("2026-03-20", "滨河社区", "粮站宿舍", "道路交通", "小区出入口缺少减速带和凸面镜", "2026-04-30", "等待经费"),
]


def hazard_rows():
    """排查整治台账 2023-09 .. 2026-05; closed rows, a few closed late, 7 planted overdue, a few open in time."""
    rnd = random.Random(20230915)
    rows = []
    late_left = 7
    for y, m in daterange_months(2023, 9, 2026, 5):
        n = rnd.randint(5, 8)
        for _ in range(n):
            day = rnd.randint(1, 28)
            found = dt.date(y, m, day)
            cat = rnd.choices(HAZ, [h[1] for h in HAZ])[0]
            desc, measure = rnd.choice(cat[2])
            comm = rnd.choice(COMMUNITIES)
            if cat[0] == "燃气安全" or "商铺" in desc:
                place = "%s沿街商铺（%s号）" % (rnd.choice(["双桥路", "解放北路", "人民路", "滨河路"]), rnd.randint(3, 288))
            elif cat[0] == "涉水安全":
                comm = "滨河社区"
                place = rnd.choice(["河埠新村东侧河道", "滨河公园段", "双桥河石桥下游"])
            elif cat[0] == "道路交通" and "学校" in desc:
                place = rnd.choice(["双桥小学门口", "双桥中学门口"])
            else:
                place = building(rnd, comm)[1]
            limit = found + dt.timedelta(days=rnd.choice([7, 10, 15, 15, 20, 30]))
            level = "较大隐患" if rnd.random() < 0.05 else "一般隐患"
            if (y, m) >= (2026, 5) and day >= 6:
                # open, still within the deadline at export
                limit = max(limit, dt.date(2026, 6, 5))
                rows.append([found, rnd.choice(FINDERS), comm, place, desc, cat[0], level, OWNERS[cat[0]], limit,
                             measure, None, None, None, "整改中", ""])
                continue
            done = found + dt.timedelta(days=rnd.randint(1, (limit - found).days))
            note = ""
            if y == 2024 and late_left and rnd.random() < 0.12:
                done = limit + dt.timedelta(days=rnd.randint(5, 20))
                late_left -= 1
                note = "逾期完成"
            if done > dt.date(2026, 5, 31):
                done = dt.date(2026, 5, 30)
            checker = rnd.choice(["周建明", "蒋文静", "杨帆", "韩冬"] if found.year >= 2025 else ["周建明", "蒋文静", "杨帆"])
            rows.append([found, rnd.choice(FINDERS), comm, place, desc, cat[0], level, OWNERS[cat[0]], limit,
                         measure, done, checker, done + dt.timedelta(days=rnd.randint(0, 3)), "已销号", note])
    # planned inspections that the narrative documents quote: winter check 2023-12-04..08 (9 items left for
    # later rectification) and the pre-Spring-Festival check 2024-01-22..02-05
    rnd2 = random.Random(20231204)
    for start, span, n, finder, slow in [(dt.date(2023, 12, 4), 5, 9, "街道安委办（冬季消防检查）", 0),
                                         (dt.date(2024, 1, 22), 15, 14, "街道安委办（节前安全大检查）", 2)]:
        for i in range(n):
            found = start + dt.timedelta(days=rnd2.randint(0, span - 1))
            if i < slow:
                comm, place, cat, desc = [("桂园社区", "桂园东村3幢", "建筑设施", "外墙瓷砖空鼓存在脱落风险"),
                                          ("滨河社区", "滨河公园段", "涉水安全", "双桥河沿岸护栏缺失")][i]
                measure = [x[1] for h in HAZ if h[0] == cat for x in h[2] if x[0] == desc][0]
                limit = found + dt.timedelta(days=30)
            else:
                cat = rnd2.choices(HAZ[:3], [34, 8, 14])[0]
                desc, measure = rnd2.choice(cat[2])
                cat = cat[0]
                comm, place = building(rnd2)
                if cat == "燃气安全" or "商铺" in desc:
                    place = "%s沿街商铺（%s号）" % (rnd2.choice(["双桥路", "解放北路", "人民路"]), rnd2.randint(3, 288))
                limit = found + dt.timedelta(days=rnd2.choice([7, 10, 15]))
            done = found + dt.timedelta(days=rnd2.randint(3 if i < slow else 1, (limit - found).days))
            if i < slow:
                done = max(done, dt.date(2024, 2, 20))
            rows.append([found, finder, comm, place, desc, cat, "一般隐患", OWNERS[cat], limit, measure, done,
                         rnd2.choice(["周建明", "杨帆"]), done + dt.timedelta(days=1), "已销号", ""])
    for f, comm, place, cat, desc, limit, note in OVERDUE:
        measure = [x[1] for h in HAZ if h[0] == cat for x in h[2] if x[0] == desc][0]
        rows.append([d(f).date(), "%s网格员" % comm, comm, place, desc, cat, "一般隐患", OWNERS[cat], d(limit).date(),
                     measure, None, None, None, "整改中", note])
    rows.sort(key=lambda r: r[0])
    for r in rows:  # closing date may not precede the sign-off
        if r[12] and r[12] > dt.date(2026, 5, 31):
            r[12] = dt.date(2026, 5, 31)
    return rows


GAS_ISSUES = [("A", "未发现隐患", "告知安全用气常识"),
              ("B", "燃气灶具连接胶管超过2米", "现场更换为不锈钢波纹管"),
              ("B", "燃气胶管老化龟裂", "现场更换胶管"),
              ("B", "灶具无熄火保护装置", "告知限期更换灶具"),
              ("B", "未安装可燃气体报警器", "宣传动员安装报警器"),
              ("C", "私自改装燃气管道、加装三通", "停气整改，恢复原管道"),
              ("C", "燃气管道被橱柜包封", "停气整改，拆除包封"),
              ("C", "使用直排式燃气热水器", "停气整改，更换强排式热水器"),
              ("C", "表前阀门漏气", "关阀停气，抢修更换阀门")]
GAS_STAFF = ["钱伟", "华润燃气 陆明", "华润燃气 顾晓峰", "华润燃气 彭亮", "华润燃气 沈冬梅"]


def gas_rows():
    """燃气入户安全检查（ABC分类）重点户台账 2024-03 .. 2025-11 (T2: 2025 exists only as these rows)."""
    rnd = random.Random(20240301)
    rows = []
    for y, m in daterange_months(2024, 3, 2025, 11):
        n = rnd.randint(8, 12) if y == 2024 else rnd.randint(8, 11)
        for _ in range(n):
            comm = rnd.choice(COMMUNITIES)
            est = rnd.choice([e for e in ESTATES[comm] if e in OLD_ESTATES] or ESTATES[comm])
            when = dt.date(y, m, rnd.randint(1, 28))
            cls, issue, act = rnd.choices(GAS_ISSUES, [30, 9, 9, 7, 8, 3, 3, 3, 2])[0]
            recheck = when + dt.timedelta(days=rnd.randint(3, 15)) if cls != "A" else None
            res = ("已整改" if cls == "B" else "已整改，恢复供气") if recheck else ""
            rows.append([when, comm, est, "%d幢%d单元%d%02d室" % (rnd.randint(1, 24), rnd.randint(1, 4),
                                                           rnd.randint(1, 6), rnd.randint(1, 4)),
                         masked(rnd), rnd.choice(["双眼灶", "双眼灶+热水器", "单眼灶", "双眼灶+壁挂炉"]),
                         issue, cls, act, recheck, res, rnd.choice(GAS_STAFF),
                         rnd.choice(["黄淑芬", "马晓东", "林芳", "郑勇"]) if rnd.random() < 0.2 else "%s网格员" % comm[:2]])
    rows.sort(key=lambda r: r[0])
    return rows


VOL_ACTS = [("楼道堆物清理行动", "各小区楼道", "综治中心", (8, 20), 2),
            ("独居老人安全探访", "老旧小区", "社区卫生服务中心", (4, 10), 3),
            ("电动自行车充电安全巡查", "各小区车棚", "综治中心", (4, 12), 2),
            ("“小黄帽”护学岗", "双桥小学门口", "双桥派出所", (6, 12), 1),
            ("燃气安全宣传入户", "老旧小区", "街道安委办", (4, 10), 3),
            ("消防安全宣传", "社区广场", "双桥消防救援站", (6, 16), 2),
            ("防汛值守巡查", "双桥河沿岸", "滨河社区", (6, 14), 4),
            ("防溺水巡河", "双桥河沿岸", "滨河社区", (4, 10), 3)]


def volunteer_rows():
    rnd = random.Random(20230916)
    rows = []
    for y, m in daterange_months(2023, 9, 2026, 5):
        n = rnd.randint(3, 6)
        for _ in range(n):
            act, place, org, (lo, hi), hours = rnd.choice(VOL_ACTS)
            if act in ("防溺水巡河",) and m not in (5, 6, 7, 8, 9):
                act, place, org, (lo, hi), hours = VOL_ACTS[0]
            if act == "防汛值守巡查" and m not in (5, 6, 7, 8):
                act, place, org, (lo, hi), hours = VOL_ACTS[1]
            if act == "“小黄帽”护学岗" and m in (7, 8):
                act, place, org, (lo, hi), hours = VOL_ACTS[2]
            day = rnd.randint(1, 28)
            comm = rnd.choice(COMMUNITIES)
            if act in ("防汛值守巡查", "防溺水巡河"):
                comm = "滨河社区"
            rows.append((dt.date(y, m, day), act, "%s%s" % (comm, place) if "双桥" not in place else place,
                         org, rnd.randint(lo, hi), hours, rnd.choice(["许志刚", "杨帆", "蒋文静", "社区志愿者站"])))
    # volunteers took part in the drills that were held (none in 2024)
    for s, act, place, k in [("2023-11-09", "老旧小区消防应急疏散演练保障", "纺机宿舍", 18),
                             ("2025-05-12", "消防应急疏散演练保障", "新桥一村", 22),
                             ("2025-06-24", "防汛应急演练保障", "滨河花园", 26),
                             ("2026-05-12", "防灾减灾日应急疏散演练保障", "桂园小区", 24)]:
        rows.append((d(s).date(), act, place, "街道安委办", k, 3, "许志刚"))
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def hotline_rows():
    rnd = random.Random(20240102)
    kinds = [("消防安全", "反映楼道堆物/电动车楼道充电"), ("燃气安全", "反映闻到燃气异味"),
             ("建筑安全", "反映外墙瓷砖脱落"), ("道路交通", "反映路口路灯不亮"), ("道路交通", "反映学校门口早高峰拥堵"),
             ("涉水安全", "反映河边护栏缺失"), ("电梯安全", "反映电梯频繁故障"), ("公共设施", "反映窨井盖缺失")]
    dept = {"消防安全": "社区居委会", "燃气安全": "华润燃气", "建筑安全": "街道城建办", "道路交通": "街道城管科",
            "涉水安全": "街道城建办", "电梯安全": "物业服务企业", "公共设施": "街道城管科"}
    rows = []
    k = 0
    for y, m in daterange_months(2024, 1, 2026, 4):
        for _ in range(rnd.randint(3, 5)):
            k += 1
            kind, text = rnd.choice(kinds)
            got = dt.date(y, m, rnd.randint(1, 26))
            comm, addr = building(rnd)
            rows.append(["LJ12345-%d%02d%04d" % (y, m, rnd.randint(1000, 9999)), got, kind,
                         "%s%s" % (addr, text), comm, dept[kind], got + dt.timedelta(days=rnd.randint(1, 6)),
                         rnd.choice(["满意", "满意", "满意", "基本满意", "满意"])])
    return rows


# ================================================================ 上级来文

def upstream():
    rel = "上级来文/东湖区安委办〔2023〕21号 关于推进全区安全社区建设工作的通知.pdf"
    write_pdf(rel, "关于推进全区安全社区建设工作的通知", [
        ("p", "各街道（镇）安委会，区安委会各成员单位："),
        "为深入贯彻“安全第一、预防为主、综合治理”方针，夯实基层安全基础，根据市安委办《关于进一步推进安全社区建设的指导意见》"
        "和《安全社区建设基本要求》（AQ/T 9001-2006），经区安委会研究，决定在全区分批推进安全社区建设。现将有关事项通知如下。",
        ("h", "一、创建范围和批次"),
        "全区安全社区建设按照“成熟一批、启动一批”的原则分批推进，2023年至2026年完成全部街道（镇）的创建启动工作。"
        "第二批创建单位为双桥街道、南湖街道、江北镇。各创建单位应于2023年9月底前成立跨部门的安全社区建设组织机构，"
        "制定实施方案，明确创建周期，并报区安委办备案。",
        ("h", "二、工作步骤"),
        "安全社区创建工作分为启动、培训宣传、调查、确定项目、项目实施、自查整档、评定、提高八个阶段。各创建单位要在全面开展"
        "社区安全诊断的基础上，针对高风险人群、高风险环境和脆弱群体确定安全促进项目，每个项目应有实施方案、实施记录和效果评估。",
        ("h", "三、工作要求"),
        "（一）加强组织领导。各街道（镇）主要负责同志要亲自抓，分管负责同志具体抓，将安全社区建设纳入年度重点工作。"
        "（二）整合各方资源。公安、消防、卫健、教育、交警、燃气等部门和单位要主动参与、密切配合，形成工作合力。"
        "（三）注重过程留痕。各创建单位要按照评定标准要求，建立健全安全社区创建档案，做到资料真实、完整、规范。",
        "区安委办将适时组织中期评估，评估结果纳入年度安全生产目标考核。",
        ("r", "临江市东湖区安全生产委员会办公室"),
        ("r", "2023年7月20日"),
        ("p", "（此件主动公开）"),
    ], docno="东湖区安委办〔2023〕21号", head="临江市东湖区安全生产委员会办公室文件", author="东湖区安委办")
    reg(rel, "上级来文（区安委办通知）", [1], [4], "2023-07-20")

    rel = "上级来文/东湖区应急管理局关于做好2024年汛期应急演练工作的通知.pdf"
    write_pdf(rel, "关于做好2024年汛期应急演练工作的通知", [
        ("p", "各街道（镇）办事处，区防汛抗旱指挥部各成员单位："),
        "根据市防指关于2024年防汛准备工作的部署，为检验各级防汛应急预案的可操作性，提高基层防汛应急处置能力，"
        "现就做好2024年汛期应急演练工作通知如下：",
        "一、各街道（镇）应于2024年6月30日前至少组织开展1次防汛应急演练，演练内容应包括预警发布、人员转移、"
        "低洼地段抢排水、地下空间防倒灌等科目，沿河街道应增加落水人员救援科目。",
        "二、演练应制定方案，明确演练目的、科目、参演人员和保障措施，演练结束后及时开展评估，形成书面总结。",
        "三、请各单位于2024年7月10日前将演练方案、总结及照片报区应急管理局应急指挥科。",
        ("r", "临江市东湖区应急管理局"),
        ("r", "2024年5月20日"),
    ], docno="东应急〔2024〕33号", author="东湖区应急管理局")
    reg(rel, "上级来文（防汛演练通知）", [7], [], "2024-05-20")

    rel = "上级来文/关于召开全区安全社区建设现场推进会的通知.docx"
    write_docx(rel, "2024-10-08", "关于召开全区安全社区建设现场推进会的通知", [
        ("p", "各街道（镇）安委办，区安委会有关成员单位："),
        "为总结交流全区安全社区建设经验，推动第二批创建单位工作，区安委办定于2024年10月18日召开全区安全社区建设现场推进会。"
        "现将有关事项通知如下：",
        "一、会议时间：2024年10月18日（星期五）上午9:00，会期半天。",
        "二、会议地点：南湖街道党群服务中心三楼会议室，上午先行观摩南湖街道老年人防跌倒项目和应急避难场所。",
        "三、参会人员：各街道（镇）分管负责同志、安委办主任、安全社区专干；区应急管理局、区卫健委、区教育局、区消防救援大队有关负责同志。",
        "四、会议议程：（一）观摩南湖街道安全社区建设现场；（二）南湖街道、双桥街道作交流发言（双桥街道发言题目：《以老旧小区消防与燃气安全"
        "为突破口推进安全社区建设》，发言时间8分钟）；（三）区安委办通报全区安全社区建设进展；（四）区领导讲话。",
        "请各单位于10月15日前将参会人员名单报区安委办，联系人：刘静，电话：0576-8823XXXX。",
        ("r", "东湖区安委办"),
        ("r", "2024年10月8日"),
    ], author="东湖区安委办")
    reg(rel, "上级来文（推进会通知）", [2], [], "2024-10-08")

    rel = "上级来文/东湖区安委办关于双桥街道安全社区建设中期评估意见的函.pdf"
    write_pdf(rel, "关于双桥街道安全社区建设中期评估意见的函", [
        ("p", "双桥街道办事处："),
        "根据《关于推进全区安全社区建设工作的通知》（东湖区安委办〔2023〕21号）要求，区安委办于2025年3月11日组织评估组，"
        "采取听取汇报、查阅资料、现场察看和随机走访居民相结合的方式，对你街道安全社区建设情况进行了中期评估。现将评估意见函告如下。",
        ("h", "一、总体评价"),
        "你街道自2023年9月启动安全社区建设以来，组织机构健全，建立了跨部门的安全社区建设委员会和6个专项工作组，"
        "完成了社区安全诊断，确定了老旧小区消防与燃气安全、电动自行车安全管理、老年人居家防跌倒、校园周边道路交通安全、"
        "儿童防溺水5个安全促进项目，各项目均已进入实施阶段，部分项目已初见成效。评估组随机走访居民32户，"
        "居民对安全社区建设的知晓率为87.5%。",
        ("h", "二、存在的问题"),
        "（一）隐患排查整治台账部分隐患销号不及时，2024年有7项隐患超过整改期限后才完成整改销号，督办记录不完整。",
        "（二）伤害监测数据分析以描述性统计为主，对高风险人群、重点场所的分析深度不够，对促进项目的指导作用不明显。",
        "（三）志愿者活动记录要素不全，部分活动未记录服务时长和服务对象。",
        "（四）部分社区宣传培训记录未附签到表，参加人员情况难以核实。",
        ("h", "三、工作建议"),
        "请你街道对照上述问题认真整改，进一步规范台账资料，加强伤害监测数据的分析应用，于2025年4月30日前将整改落实情况书面报区安委办。",
        ("r", "东湖区安全生产委员会办公室"),
        ("r", "2025年3月18日"),
    ], docno="东湖安办函〔2025〕6号", author="东湖区安委办")
    reg(rel, "上级来文（中期评估意见）", [12], [11, 1], "2025-03-18")


# ================================================================ 街道党政办

FUNDS = [("2023-09-20", "安全社区知识培训班及宣传资料印制", 2.6), ("2023-10-25", "居民安全需求问卷调查及社区诊断", 3.8),
         ("2023-11-09", "老旧小区消防应急疏散演练", 1.2), ("2023-12-15", "楼道灭火器配置（第一批）", 9.6),
         ("2024-01-18", "独立式烟感报警器采购安装（高龄独居老人户）", 12.0), ("2024-03-20", "电动自行车集中充电桩建设（第一批）", 16.5),
         ("2024-04-12", "应急物资储备补充", 4.3), ("2024-05-06", "校园周边护学岗装备、交通标志", 3.1),
         ("2024-05-28", "防溺水警示牌、救生圈、救生杆", 2.4), ("2024-06-25", "适老化改造（扶手、防滑垫、感应夜灯）第一批", 8.8),
         ("2024-09-10", "志愿者保险及服装", 1.6), ("2024-10-16", "消防宣传月活动", 1.5), ("2024-11-26", "老旧小区楼道线路整治", 6.2),
         ("2025-03-12", "电动自行车集中充电桩建设（第二批）", 11.8), ("2025-04-22", "适老化改造第二批", 7.5),
         ("2025-05-08", "消防应急疏散演练", 0.9), ("2025-06-18", "防汛应急演练及物资", 2.7), ("2025-06-30", "防溺水暑期巡查志愿者补贴", 1.8),
         ("2025-08-20", "微型消防站器材", 6.5), ("2025-10-30", "安全宣传教育活动", 2.2), ("2025-12-10", "老旧小区消防设施维护", 5.4),
         ("2026-03-18", "安全培训及宣传资料", 1.9), ("2026-04-20", "防震疏散演练（双桥中学）", 0.6), ("2026-05-08", "防灾减灾日演练及宣传", 1.4),
         ("2026-05-20", "创建档案整理及评定准备", 2.0)]


def party_office():
    rel = "街道党政办/双桥街党工委〔2023〕18号 关于成立双桥街道安全社区建设委员会的通知.pdf"
    members = [["职务", "姓名", "单位及职务"]] + [list(m) for m in MEMBERS_2023]
    write_pdf(rel, "关于成立双桥街道安全社区建设委员会的通知", [
        ("p", "各社区党委、居委会，街道各办（科、中心），驻街各单位："),
        "为全面推进我街道安全社区建设，整合辖区各方资源，预防和减少事故与伤害，根据东湖区安委办〔2023〕21号文件精神，"
        "经街道党工委、办事处研究，决定成立双桥街道安全社区建设委员会（以下简称“安委会”），创建周期为2023年9月1日"
        "至2026年8月31日。现将有关事项通知如下。",
        ("h", "一、安委会组成人员"),
        ("t", members),
        ("h", "二、安委会职责"),
        "（一）组织开展辖区事故与伤害风险辨识及其评价工作；（二）组织制定体现社区特点、切实可行的安全目标和计划；"
        "（三）组织落实各类安全促进项目的实施；（四）整合社区内各类资源，实现全员参与、全员受益；"
        "（五）组织评审社区安全绩效；（六）为持续推动安全社区建设提供组织保障和人、财、物、技术等资源保障。",
        ("h", "三、办事机构"),
        "安委会下设办公室（以下简称“安委办”），设在街道应急管理办公室，周建明同志兼任办公室主任，蒋文静同志任安全社区专干，"
        "负责安委会日常工作、会议组织、信息汇总和档案管理。",
        ("h", "四、专项工作组"),
        "安委会下设6个专项工作组：消防与燃气安全组（组长：李振华）、交通安全组（组长：赵国强）、社会治安与电动自行车管理组"
        "（组长：何丽萍）、老年人与居家安全组（组长：王秀兰）、儿童与学校安全组（组长：张红梅）、伤害监测与数据统计组"
        "（组长：王秀兰，副组长：曹静）。各组成员由组长单位提名，报安委办备案。安全促进项目根据社区安全诊断结果另行确定。",
        "安委会成员因工作变动需要调整的，由所在单位提出，报街道党工委研究后行文调整。",
        ("r", "中共临江市东湖区双桥街道工作委员会"),
        ("r", "临江市东湖区双桥街道办事处"),
        ("r", cn_date("2023-08-28")),
    ], docno="双桥街党工委〔2023〕18号", head="中共临江市东湖区双桥街道工作委员会文件", author="双桥街道党政办")
    reg(rel, "成立安委会通知（OA 正式文件，载明创建周期）", [1], [], "2023-08-28")

    rel = "街道党政办/双桥街办〔2023〕42号 双桥街道安全社区建设实施方案.docx"
    write_docx(rel, "2023-09-05", "双桥街道安全社区建设实施方案", [
        ("p", "各社区居委会，街道各办（科、中心），驻街各单位："),
        "现将《双桥街道安全社区建设实施方案》印发给你们，请结合实际认真贯彻执行。",
        ("h", "一、指导思想"),
        "坚持以人民为中心的发展思想，牢固树立安全发展理念，按照《安全社区建设基本要求》（AQ/T 9001-2006），"
        "以“资源整合、全员参与、持续改进”为原则，以预防和减少事故与伤害为目标，整合政府部门、驻街单位、社会组织和居民群众的力量，"
        "着力解决老旧小区消防、电动自行车、老年人跌倒、校园周边交通和儿童涉水等突出安全问题，努力建设安全、健康、和谐的双桥。",
        ("h", "二、基本情况"),
        PROFILE,
        "经初步梳理，辖区主要安全问题有：一是老旧小区占比高，楼道堆物、电动自行车楼道充电和“飞线充电”现象普遍，"
        "2022年9月至2023年8月共发生电动自行车火灾6起；二是老年人口比例高，居家跌倒是老年人伤害的首要原因；"
        "三是双桥小学、双桥中学位于双桥路两侧，上下学高峰人车混行；四是双桥河穿境而过，夏季儿童涉水风险突出。",
        ("h", "三、创建周期和目标"),
        "创建周期：2023年9月1日至2026年8月31日，共三年。",
        "总体目标：建立健全跨部门合作的安全社区建设机制，到2026年8月底前达到《安全社区建设基本要求》，通过市级安全社区评定，"
        "并按程序申报全国安全社区。",
        "具体目标（以2022年9月—2023年8月为基线）：1.辖区居民伤害就诊人次下降10%以上；2.电动自行车火灾起数下降50%以上；"
        "3.60岁以上老年人居家跌倒就诊人次下降15%以上；4.校园周边交通事故起数下降30%以上；5.不发生儿童溺水死亡事故；"
        "6.居民安全知识知晓率达到85%以上，对安全社区建设满意度达到90%以上；7.不发生较大及以上生产安全事故。",
        "各项指标的基线值在社区安全诊断完成后核定，具体分解目标另行制定。",
        ("h", "四、组织机构"),
        "成立双桥街道安全社区建设委员会，由街道办事处主任任主任，分管副主任任常务副主任，成员包括派出所、消防救援站、交警中队、"
        "社区卫生服务中心、学校、各社区居委会、燃气企业、物业企业、志愿者组织和居民代表。安委会下设办公室和6个专项工作组。",
        ("h", "五、实施步骤"),
        ("t", [["阶段", "时间", "主要工作"],
               ["启动阶段", "2023年9月", "成立安委会及专项工作组，印发实施方案和工作制度，召开动员会"],
               ["培训宣传阶段", "2023年9月—10月", "培训街道、社区干部和项目组骨干，开展全员宣传"],
               ["调查阶段", "2023年10月—11月", "开展社区安全诊断、居民问卷调查、危险源辨识和伤害调查"],
               ["确定项目阶段", "2023年11月—12月", "根据诊断结果确定安全促进项目，制定项目方案"],
               ["项目实施阶段", "2024年1月—2026年3月", "实施安全促进项目，开展宣传培训、应急演练、监测监督"],
               ["自查整档阶段", "2026年4月—6月", "对照标准开展自查，整理归档创建资料"],
               ["评定阶段", "2026年7月—8月", "申请并迎接市级安全社区评定"],
               ["提高阶段", "评定后持续", "巩固成果，持续改进，争创全国安全社区"]]),
        ("h", "六、保障措施"),
        "（一）经费保障。街道每年安排安全社区建设专项经费不少于40万元，专款专用，主要用于安全促进项目、宣传培训、应急物资和设施改造。"
        "（二）制度保障。安委办牵头制定安委会例会、信息交流、伤害监测、宣传培训、应急演练、隐患排查、内部评审、档案管理等工作制度。"
        "（三）考核保障。将安全社区建设纳入社区和街道各部门年度目标考核。",
        ("h", "七、工作要求"),
        "各部门、各社区要按照“谁主管、谁负责”的原则，明确专人负责本部门创建资料的收集、整理，按季度报送安委办，做到过程留痕、资料齐全。",
        ("p", "附件：2023年9—12月安全社区建设工作安排"),
        ("t", [["序号", "工作内容", "责任部门", "完成时间"],
               ["1", "召开安委会成立暨第一次全体会议", "安委办", "9月中旬"],
               ["2", "印发安全社区建设工作制度", "安委办", "9月底"],
               ["3", "举办安全社区知识培训班", "安委办", "10月中旬"],
               ["4", "开展居民安全需求问卷调查", "各社区", "10月"],
               ["5", "开展危险源辨识和社区安全诊断", "安委办、各专项工作组", "11月"],
               ["6", "组织老旧小区消防应急疏散演练", "消防救援站、青石社区", "11月"],
               ["7", "确定安全促进项目并制定方案", "各专项工作组", "12月"],
               ["8", "召开安委会四季度例会", "安委办", "12月"]]),
    ], docno="双桥街办〔2023〕42号", head="临江市东湖区双桥街道办事处文件",
        sign="临江市东湖区双桥街道办事处", sign_date=cn_date("2023-09-05"), author="双桥街道党政办")
    reg(rel, "实施方案（载明创建周期、长期目标）", [1, 4], [3, 5, 6], "2023-09-05")

    rel = "街道党政办/双桥街党工委〔2025〕9号 关于调整双桥街道安全社区促进委员会组成人员的通知.docx"
    write_docx(rel, "2025-07-15", "关于调整双桥街道安全社区促进委员会组成人员的通知", [
        ("p", "各社区党委、居委会，街道各办（科、中心），驻街各单位："),
        "因人事变动，经街道党工委研究，决定对双桥街道安全社区促进委员会（原双桥街道安全社区建设委员会，以下简称“安委会”）"
        "组成人员进行调整。调整后的组成人员如下：",
        ("t", [["职务", "姓名", "单位及职务"],
               ["主任", "宋立群", "街道党工委副书记、办事处主任"],
               ["常务副主任", "陈卫东", "街道办事处副主任"],
               ["副主任", "何丽萍", "街道党工委委员、政法委员、综治中心主任"],
               ["委员", "韩冬", "街道应急管理办公室主任（兼安委办主任）"],
               ["委员", "孙海涛", "双桥派出所所长"],
               ["委员", "李振华", "双桥消防救援站站长"],
               ["委员", "赵国强", "东湖交警大队双桥中队中队长"],
               ["委员", "王秀兰", "社区卫生服务中心主任"],
               ["委员", "张红梅", "双桥小学校长"],
               ["委员", "吴建军", "双桥中学副校长"],
               ["委员", "黄淑芬、马晓东、林芳、郑勇", "各社区党委书记、居委会主任"],
               ["委员", "钱伟", "临江华润燃气东湖分公司客户服务部经理"],
               ["委员", "徐丽娟", "临江安居物业服务公司双桥项目部经理"],
               ["委员", "许志刚", "“平安双桥”志愿者协会会长"],
               ["委员", "朱桂英", "居民代表"]]),
        "刘志远同志因工作调动不再担任安委会主任；周建明同志调任区应急管理局，不再兼任安委办主任。安委办日常工作由韩冬同志负责，"
        "蒋文静同志继续担任安全社区专干并负责档案管理。各专项工作组组长不变。",
    ], docno="双桥街党工委〔2025〕9号", head="中共临江市东湖区双桥街道工作委员会文件",
        sign="中共临江市东湖区双桥街道工作委员会", sign_date=cn_date("2025-07-15"), author="双桥街道党政办")
    reg(rel, "调整安委会（促进委员会）成员通知", [1], [], "2025-07-15")

    rel = "街道党政办/安全社区建设经费投入明细（2023-2026）.xlsx"
    rnd = random.Random(7)
    rows = []
    for i, (s, name, amt) in enumerate(FUNDS, 1):
        rows.append([i, d(s).date(), name, amt, rnd.choice(["街道财政", "街道财政", "区安全生产专项资金"]),
                     rnd.choice(["安委办", "综治中心", "社区卫生服务中心", "消防救援站"]) if i % 3 else "安委办",
                     "记-%s-%03d" % (s[:4], rnd.randint(1, 400))])
    years = {}
    for r in rows:
        years[r[1].year] = round(years.get(r[1].year, 0) + r[3], 1)
    summary = [[y, v, "2023年为9—12月；2026年截至5月20日" if y in (2023, 2026) else ""] for y, v in sorted(years.items())]
    write_xlsx(rel, "2026-05-20", [
        ("明细", "双桥街道安全社区建设经费投入明细（单位：万元）",
         ["序号", "支出日期", "用途", "金额（万元）", "资金来源", "经办部门", "凭证号"], rows, [6, 12, 44, 12, 18, 16, 16]),
        ("年度汇总", None, ["年度", "合计（万元）", "备注"], summary, [8, 14, 30])], author="双桥街道党政办")
    reg(rel, "经费投入台账", [1], [], "2026-05-20")

    rel = "街道党政办/双桥街道信息简报（2024年第15期）.pdf"
    write_pdf(rel, "双桥街道信息简报", [
        ("c", "2024年第15期（总第186期）"),
        ("p", "双桥街道党政办编                                          2024年10月25日"),
        ("h", "我街道在全区安全社区建设现场推进会上作交流发言"),
        "10月18日，全区安全社区建设现场推进会在南湖街道召开。街道办事处副主任陈卫东、安委办主任周建明、安全社区专干蒋文静参加会议。"
        "会上，陈卫东同志以《以老旧小区消防与燃气安全为突破口推进安全社区建设》为题作交流发言，介绍了我街道依托“一网三库”"
        "（网格化信息平台、人口信息库、社会单位信息库、市政设施信息库）开展隐患排查，推行燃气入户检查ABC分类管理，"
        "在23个老旧小区配置楼道灭火器、为高龄独居老人安装独立式烟感报警器等做法。与会人员现场观摩了南湖街道老年人防跌倒项目和应急避难场所。",
        ("h", "滨江区江畔街道来我街道交流安全社区建设"),
        "10月22日，滨江区江畔街道安全社区建设考察组一行8人来我街道交流。考察组实地察看了青石新村电动自行车集中充电点、"
        "双桥小学“小黄帽”护学岗和滨河社区防溺水巡河点，双方就项目评估方法、伤害监测数据采集等进行了座谈交流。",
        ("h", "街道开展第三季度安全隐患“回头看”"),
        "9月下旬，街道安委办组织各社区、物业企业对上半年排查出的隐患开展“回头看”，共复查隐患43项，均已整改销号。",
        ("p", "报：区委办、区政府办、区应急管理局    送：街道党工委、办事处领导    发：各社区、各办（科、中心）"),
    ], author="双桥街道党政办")
    reg(rel, "信息简报（参加推进会、接待交流）", [2], [8], "2024-10-25")


# ================================================================ 街道安委办：制度

RULES = [
    ("一、安全社区建设委员会工作制度",
     ["安委会实行例会制度，原则上每季度召开一次例会，全年不少于4次；遇重大事项由主任或常务副主任召集临时会议。",
      "例会由安委会主任或委托常务副主任主持，听取各专项工作组工作汇报，研究解决安全社区建设中的重要问题。会议由安委办负责记录，"
      "形成会议纪要并存档，纪要应载明时间、地点、主持人、出席人员和议定事项。",
      "安委办每年1月底前起草年度安全社区工作计划，经安委会审议后印发执行；年度计划应包括量化目标、重点任务、责任部门和完成时限。"]),
    ("二、安全促进项目组工作制度",
     ["各安全促进项目组由牵头单位负责，组长对项目实施负总责。每个项目应制定实施方案，明确项目背景、目标、干预措施、进度安排、"
      "资源保障和评估方法；项目实施过程中应保留实施记录；项目实施满一年后应开展效果评估，形成评估报告报安委办。"]),
    ("三、信息交流与全员参与制度",
     ["建立“街道—社区—网格”三级信息交流网络，依托网格化信息平台、12345热线和社区议事会收集居民安全诉求，"
      "一般诉求3个工作日内反馈。安委办每季度编发一次安全社区工作信息。积极参加区、市及全国安全社区网络交流活动。",
      "依托“平安双桥”志愿者协会组建安全志愿者队伍，志愿服务活动应记录日期、内容、地点、人数和服务时长。"]),
    ("四、事故与伤害风险辨识及评价制度",
     ["创建启动后3个月内完成一次全面的社区安全诊断，内容包括基本情况调查、危险源辨识、居民安全需求调查和事故伤害调查；"
      "创建中期（2025年）开展一次复评，根据复评结果调整安全促进项目。"]),
    ("五、事故与伤害监测及记录制度",
     ["社区卫生服务中心及各服务站负责辖区居民伤害病例的首诊登记，填写《伤害监测登记表》，做到逐例登记、按月汇总；"
      "派出所、消防救援站每年向安委办通报辖区交通事故、火灾和治安案件情况。",
      "伤害监测数据每半年分析一次，上半年分析报告于7月底前完成，年度分析报告于次年1月底前完成，报安委办并在安委会例会上通报。"]),
    ("六、安全宣传教育与培训制度",
     ["街道每年组织集中安全培训不少于4次；自2024年起，各社区每半年至少开展1次安全宣传教育或培训活动。培训和宣传活动应有记录，"
      "载明时间、地点、主讲人、内容和参加人数，并附签到表和照片。"]),
    ("七、应急预案管理与演练制度",
     ["街道突发事件综合应急预案每三年修订一次，各社区制定防汛、消防等专项预案。",
      "街道每年至少组织2次应急演练，其中防汛应急演练1次、消防应急疏散演练1次。演练前制定方案，演练后进行评估，形成演练记录和总结。"]),
    ("八、安全检查与隐患排查治理制度",
     ["网格员每日巡查，社区每月排查，街道每季度组织一次综合检查，重要节日前开展专项检查。排查发现的隐患统一录入《隐患排查整治台账》，"
      "一般隐患整改期限一般不超过30日；逾期未整改的，由安委办下达督办单并在季度例会上通报；整改完成后经复查方可销号。",
      "华润燃气东湖分公司会同社区对居民用户开展燃气入户安全检查，实行A（无隐患）、B（一般隐患）、C（严重隐患）分类管理，"
      "B类限期整改，C类停气整改，重点户信息录入台账。"]),
    ("九、预防与纠正措施管理制度",
     ["对安全检查、内部评审、上级评估和事故伤害分析中发现的问题，由安委办确定责任部门、纠正措施和完成时限，建立整改跟踪表，逐项销号。"]),
    ("十、内部评审与持续改进制度",
     ["自2024年起，每年12月由安委会组织一次内部评审，对照《安全社区建设基本要求》逐项检查，形成年度内部评审报告，"
      "评审发现的不符合项纳入整改跟踪，评审结果作为下一年度工作计划的依据。"]),
    ("十一、安全社区档案管理制度",
     ["安全社区档案由安委办统一管理，蒋文静同志为档案管理员。各部门、各社区形成的文件、记录、台账、照片等材料每季度报送安委办，"
      "上一年度材料于次年3月底前完成整理归档；电子文件应同时备份。"]),
]


def rules_pdf():
    rel = "街道安委办/双桥街安委〔2023〕5号 关于印发安全社区建设工作制度的通知.pdf"
    body = [("p", "各社区居委会，安委会各成员单位："),
            "为规范安全社区建设各项工作，根据《安全社区建设基本要求》（AQ/T 9001-2006）和《双桥街道安全社区建设实施方案》，"
            "安委办制定了《双桥街道安全社区建设工作制度》，经安委会第一次全体会议审议通过，现印发给你们，请认真遵照执行。",
            ("c", "双桥街道安全社区建设工作制度")]
    for h, paras in RULES:
        body.append(("h", h))
        body += paras
    body += ["本制度自印发之日起施行，由安委办负责解释。",
             ("r", "双桥街道安全社区建设委员会办公室"), ("r", "2023年9月20日")]
    write_pdf(rel, "关于印发安全社区建设工作制度的通知", body, docno="双桥街安委〔2023〕5号",
              head="双桥街道安全社区建设委员会办公室文件")
    reg(rel, "工作制度汇编（OA 正式文件，规定例会、演练、伤害分析、评审频次）", [1],
        [2, 3, 6, 7, 8, 9, 10, 11, 12], "2023-09-20")


# ================================================================ 街道安委办：会议纪要

def minutes_body(date, place, chair, present, absent, recorder, topics, paras, decisions, time="下午2:30"):
    gone = [x for x in re.split(r"[、，]", re.sub(r"（[^）]*）", "", absent or "")) if x]
    present = "、".join(x for x in present.split("、") if x not in gone)
    body = [("p", "时间：%s%s" % (zhw(date), time)),
            ("p", "地点：%s" % place),
            ("p", "主持人：%s" % chair),
            ("p", "出席人员：%s" % present),
            ("p", "请假人员：%s" % (absent or "无")),
            ("p", "记录人：%s" % recorder),
            ("p", "会议议题：" + "；".join("%d.%s" % (i, t) for i, t in enumerate(topics, 1)))]
    body.append(("h", "会议内容"))
    body += paras
    body.append(("h", "议定事项"))
    body += ["%s、%s" % ("一二三四五六七八"[i], t) for i, t in enumerate(decisions)]
    return body


PRESENT_A = "刘志远、陈卫东、何丽萍、周建明、孙海涛、李振华、赵国强、王秀兰、张红梅、黄淑芬、马晓东、林芳、郑勇、钱伟、徐丽娟、许志刚、朱桂英"
PRESENT_B = "宋立群、陈卫东、何丽萍、韩冬、孙海涛、李振华、王秀兰、张红梅、吴建军、黄淑芬、马晓东、林芳、郑勇、钱伟、许志刚"

MEET_2024 = [
    ("2024-03-28", "双桥街道安全社区建设委员会2024年第一次例会纪要", "街道三楼会议室", "刘志远",
     PRESENT_A, "吴建军（外出培训）", "蒋文静",
     ["通报2024年安全社区建设工作计划", "研究电动自行车安全管理、校园周边道路交通安全项目实施方案", "部署春季安全隐患排查"],
     ["会议传达了《2024年安全社区建设工作计划》（双桥街安委〔2024〕2号），听取了安委办关于一季度工作的汇报。"
      "双桥派出所通报了2023年度辖区道路交通事故和治安情况：全年发生一般程序交通事故15起、受伤19人，学校周边500米范围内事故7起；"
      "消防救援站通报2023年辖区火灾10起，其中电动自行车火灾5起。"
      "一季度街道开展春节前安全大检查，检查各类场所86处，发现隐患{FEST}项，均已录入隐患排查整治台账并完成整改。",
      "综治中心何丽萍同志汇报了电动自行车安全管理促进项目实施方案，计划2024年在老旧小区新建集中充电点22处，"
      "开展“飞线充电”专项整治。双桥派出所孙海涛同志汇报了校园周边道路交通安全促进项目的初步设想。",
      "会议认为，两个项目针对社区诊断中确定的重点问题，方案可行，同意实施。"],
     ["原则通过电动自行车安全管理促进项目实施方案，由综治中心牵头组织实施。",
      "校园周边道路交通安全项目方案由派出所会同交警中队、双桥小学修改完善后于4月上旬印发。",
      "4月份各社区开展春季隐患排查，排查结果录入隐患排查整治台账。"]),
    ("2024-06-27", "双桥街道安全社区建设委员会2024年第二次例会纪要", "街道三楼会议室", "陈卫东（受刘志远主任委托）",
     "陈卫东、何丽萍、周建明、孙海涛、李振华、赵国强、王秀兰、张红梅、吴建军、黄淑芬、马晓东、林芳、郑勇、钱伟、许志刚",
     "刘志远（区里开会）、徐丽娟、朱桂英", "蒋文静",
     ["听取儿童防溺水安全促进项目实施方案", "部署汛期安全和暑期学生安全工作", "通报上半年隐患排查整治情况"],
     ["辖区学校张红梅同志汇报了儿童防溺水安全促进项目实施方案。暑期将在双桥河沿岸设置巡查点6处，组织志愿者每日巡河，"
      "学校向全体学生家长发放《防溺水致家长一封信》。",
      "安委办通报：上半年隐患排查整治台账共录入隐患{H1}项，已整改销号{H1C}项，{H1O}项正在整改。",
      "会议指出，今年入汛较早，街道防汛力量集中于一线值守，原计划6月组织的防汛应急演练未能如期开展，要求安委办会同滨河社区"
      "研究在三季度择机补组织。"],
     ["同意实施儿童防溺水安全促进项目，由辖区学校和滨河社区牵头。",
      "7月至8月组织防溺水巡河志愿服务，滨河社区负责排班。",
      "各社区加强汛期值守，落实低洼地段、地下车库防倒灌措施。"]),
    ("2024-09-26", "双桥街道安全社区建设委员会2024年第三次例会纪要", "新桥社区党群服务中心二楼会议室", "刘志远",
     PRESENT_A, "赵国强（执勤）", "蒋文静",
     ["听取社区卫生服务中心上半年伤害监测分析", "通报各安全促进项目进展", "部署四季度消防安全工作"],
     ["社区卫生服务中心王秀兰同志通报了2024年上半年伤害监测分析情况，跌倒/坠落仍居伤害首位，道路交通伤害中涉及电动自行车的比例较高。",
      "各项目组汇报了项目进展：第一批22处集中充电点已基本建成；老年人防跌倒项目已完成首批高龄独居老人入户评估；暑期防溺水巡查未发生儿童溺水事件。",
      "消防救援站李振华同志建议结合“119”消防宣传月，在11月开展消防宣传进社区活动并组织一次消防应急疏散演练。"],
     ["11月开展“119”消防宣传月活动，由消防救援站牵头。",
      "安委办会同消防救援站制定11月消防应急疏散演练方案。",
      "10月参加区安全社区建设现场推进会，由陈卫东同志作交流发言。"]),
    ("2024-12-18", "双桥街道安全社区建设委员会2024年第四次例会纪要", "街道三楼会议室", "刘志远",
     PRESENT_A, "无", "蒋文静",
     ["审议2024年度安全社区内部评审报告", "研究2025年安全社区工作思路", "部署元旦春节期间安全工作"],
     ["会议审议了安委办提交的《2024年度安全社区内部评审报告》。评审组认为，2024年组织机构运行正常，5个安全促进项目全部启动实施，"
      "但存在应急演练未按制度组织、儿童防溺水项目缺少效果评估指标、部分隐患销号不及时等问题。",
      "会议讨论了2025年工作思路：继续实施5个安全促进项目，对实施满一年的项目开展效果评估，2025年上半年组织消防和防汛应急演练各1次。"],
     ["原则通过2024年度内部评审报告，评审发现的不符合项由安委办建立整改跟踪表，明确责任部门和时限。",
      "安委办根据会议讨论意见于2025年1月底前起草印发2025年度工作计划。",
      "元旦春节期间开展节前安全大检查，重点检查人员密集场所、燃气使用和老旧小区消防。"]),
]


def minutes():
    base = "街道安委办/会议纪要/"
    rel = base + "2023-09-12 安全社区建设委员会成立暨第一次全体会议纪要.docx"
    write_docx(rel, "2023-09-12", "双桥街道安全社区建设委员会成立暨第一次全体会议纪要", minutes_body(
        "2023-09-12", "街道三楼会议室", "刘志远", PRESENT_A, "无", "蒋文静",
        ["宣读安委会成立文件", "审议《双桥街道安全社区建设实施方案》和工作制度", "部署启动阶段工作"],
        ["会议宣读了《关于成立双桥街道安全社区建设委员会的通知》（双桥街党工委〔2023〕18号），明确创建周期为2023年9月1日至"
         "2026年8月31日。",
         "安委办周建明同志介绍了安全社区建设的理念、12项要素和评定标准，汇报了实施方案和工作制度（草案）的起草情况。",
         "刘志远主任强调，安全社区建设是一项系统工程，各成员单位要打破部门界限，整合资源，把安全社区建设与网格化治理、"
         "平安建设、老旧小区改造结合起来，力争三年达标。"],
        ["原则通过《双桥街道安全社区建设实施方案》，由街道办事处印发。",
         "原则通过安全社区建设工作制度，由安委办修改后印发。",
         "10月中旬举办安全社区知识培训班，10月至11月开展社区安全诊断。",
         "各专项工作组9月底前报送成员名单。"]),
        author=AWB)
    reg(rel, "安委会会议纪要", [1], [], "2023-09-12")

    rel = base + "2023.12.20 安委会四季度例会纪要.docx"
    write_docx(rel, "2023-12-20", "双桥街道安全社区建设委员会2023年第四季度例会纪要", minutes_body(
        "2023-12-20", "街道三楼会议室", "刘志远", PRESENT_A, "钱伟（抢修值班）", "蒋文静",
        ["通报社区安全诊断结果", "审定首批安全促进项目", "研究2024年工作"],
        ["安委办通报了《双桥街道社区安全诊断报告》。诊断确定老旧小区火灾（含电动自行车火灾）、老年人跌倒、电动自行车交通伤害、"
         "校园周边交通和儿童涉水为五类重点问题，高龄独居老人、儿童和外来务工人员为重点人群。",
         "会议审定老旧小区消防与燃气安全提升、老年人居家防跌倒2个项目为首批安全促进项目，方案已分别由消防救援站和社区卫生服务中心制定；"
         "电动自行车安全管理、校园周边道路交通安全、儿童防溺水3个项目于2024年上半年制定方案后启动。",
         "11月9日在纺机宿舍组织的老旧小区消防应急疏散演练效果良好，参演居民126人。"],
        ["首批2个项目自2024年1月起全面实施。",
         "安委办于2024年1月中旬前起草2024年工作计划。",
         "社区卫生服务中心按月汇总伤害监测数据，2024年1月完成2023年9—12月伤害监测小结。"]),
        author=AWB)
    reg(rel, "安委会会议纪要", [1], [3, 5], "2023-12-20")

    hz = hazard_rows()
    h1 = [r for r in hz if dt.date(2024, 1, 1) <= r[0] <= dt.date(2024, 6, 27)]
    h1c = sum(1 for r in h1 if r[12] and r[12] <= dt.date(2024, 6, 27))
    fill = dict(FEST=sum(1 for r in hz if r[1].startswith("街道安委办（节前")), H1=len(h1), H1C=h1c, H1O=len(h1) - h1c)
    rel = base + "会议纪要汇编（2024年）.docx"
    body = [("p", "编印：双桥街道安委办    编印日期：2025年1月6日"),
            ("p", "说明：本汇编收录2024年双桥街道安全社区建设委员会例会纪要4份，按会议时间排列。")]
    for (date, title, place, chair, present, absent, rec, topics, paras, decisions) in MEET_2024:
        body.append(("c", title))
        body += minutes_body(date, place, chair, present, absent, rec, topics, [x.format(**fill) for x in paras], decisions)
    write_docx(rel, "2025-01-06", "会议纪要汇编（2024年）", body, author=AWB)
    reg(rel, "会议纪要汇编（2024年全年4次例会）", [1], [12, 9], "2025-01-06")

    rel = base + "2025.4.10 安全社区促进委员会例会纪要.docx"
    write_docx(rel, "2025-04-10", "双桥街道安全社区促进委员会2025年第一次例会纪要", minutes_body(
        "2025-04-10", "街道三楼会议室", "刘志远", PRESENT_A, "朱桂英", "蒋文静",
        ["通报区安委办中期评估意见及整改方案", "部署2025年应急演练", "听取老年人防跌倒、电动自行车项目评估工作安排"],
        ["一季度街道集中开展节前安全大检查并迎接区安委办中期评估，本次例会推迟至4月召开。",
         "安委办通报了区安委办《关于双桥街道安全社区建设中期评估意见的函》（东湖安办函〔2025〕6号）提出的4个方面问题及整改方案。",
         "会议研究了2025年应急演练安排：5月12日结合防灾减灾日在新桥一村组织消防应急疏散演练，6月下旬在滨河社区组织防汛应急演练。",
         "会议要求实施满一年的项目在2025年内完成效果评估，儿童防溺水项目于暑期结束后开展评估。"],
        ["4月20日前将中期评估整改落实情况报区安委办。",
         "5月12日消防应急疏散演练由消防救援站、新桥社区负责；6月防汛演练由安委办、滨河社区负责。",
         "各社区宣传培训记录须注明参加人数并附签到表。"]),
        author=AWB)
    reg(rel, "安委会（促进委员会）会议纪要", [1], [11, 7], "2025-04-10")

    rel = base + "2025年10月 安委会会议纪要（最终版）.docx"
    write_docx(rel, "2025-10-15", "双桥街道安全社区促进委员会2025年第二次例会纪要", minutes_body(
        "2025-10-15", "街道三楼会议室", "宋立群", PRESENT_B, "赵国强、徐丽娟、朱桂英", "蒋文静",
        ["通报安委会组成人员调整情况", "听取社区安全诊断中期复评结果", "听取各项目效果评估进展", "部署四季度工作"],
        ["会议通报了《关于调整双桥街道安全社区促进委员会组成人员的通知》（双桥街党工委〔2025〕9号），宋立群同志任安委会主任，"
         "韩冬同志任安委办主任。",
         "安委办通报了9月完成的社区安全诊断中期复评结果：电动自行车火灾和涉及电动自行车的交通伤害明显下降，老年人跌倒仍居伤害首位，"
         "老旧小区外墙脱落、河道护栏等设施类隐患增多。",
         "派出所汇报了校园周边道路交通安全项目效果评估情况；社区卫生服务中心汇报了老年人防跌倒项目评估初步结果，正式报告10月底完成；"
         "电动自行车项目评估报告11月完成。"],
        ["各项目组按照复评结果调整2026年项目措施。",
         "安委办于12月组织开展2025年度内部评审，形成评审报告。",
         "严格执行季度例会制度，12月召开四季度例会。",
         "11月开展“119”消防宣传月活动。"], time="上午9:00"),
        author=AWB)
    reg(rel, "安委会（促进委员会）会议纪要", [1], [3, 12], "2025-10-15")

    rel = base + "2026年第一季度例会纪要.docx"
    write_docx(rel, "2026-03-26", "双桥街道安全社区促进委员会2026年第一季度例会纪要", minutes_body(
        "2026-03-26", "街道三楼会议室", "宋立群", PRESENT_B, "钱伟", "蒋文静",
        ["部署自查整档阶段工作", "研究2026年上半年应急演练", "研究伤害监测工作"],
        ["按照实施方案，2026年4月至6月为自查整档阶段。安委办汇报了自查整档工作安排：各部门4月底前将本部门创建资料报送安委办，"
         "5月底前完成档案目录编制，6月上旬形成自查报告。",
         "会议研究了上半年应急演练：4月双桥中学组织防震应急疏散演练，5月12日防灾减灾日在桂园小区组织应急疏散演练。",
         "社区卫生服务中心汇报：原伤害监测专职人员2025年7月调离后，伤害监测登记工作未能持续，现已明确潘晓燕同志负责。",
         "双桥派出所、消防救援站通报了2025年度辖区事故情况：全年发生一般程序道路交通事故9起、受伤11人，学校周边500米范围内事故2起；"
         "发生火灾5起，其中电动自行车火灾1起，均未造成人员死亡。"],
        ["安委办抓紧起草2026年度安全社区工作计划，4月底前提交安委会审议后印发。",
         "社区卫生服务中心尽快恢复伤害监测登记，补录2025年7月以来的伤害病例。",
         "各部门按时报送创建资料，确保档案完整规范。"]),
        author=AWB)
    reg(rel, "安委会（促进委员会）会议纪要", [1], [4, 9], "2026-03-26")


# ================================================================ 街道安委办：社区诊断、计划

BASE = dict(inj=126, old_falls=38, old_home_falls=14, ebike_inj=24, ebike_fire=6, school_acc=9, water=2,
            know=62.3, satis=78.5)


def diagnosis():
    rel = "街道安委办/社区诊断/双桥街道社区安全诊断报告（2023年11月）.pdf"
    write_pdf(rel, "双桥街道社区安全诊断报告", [
        ("c", "双桥街道安全社区建设委员会办公室    2023年11月"),
        ("h", "一、诊断工作概况"),
        "根据《双桥街道安全社区建设实施方案》，安委办会同各专项工作组于2023年10月8日至11月20日开展了社区安全诊断。"
        "诊断采用资料收集、居民问卷调查、专题座谈、现场查勘和伤害回顾性调查相结合的方法：收集派出所、消防救援站、社区卫生服务中心"
        "近年事故与伤害资料；发放居民问卷1200份，回收有效问卷1146份；召开老年人、家长、外来务工人员、物业企业等专题座谈会8场；"
        "现场查勘住宅小区41个、沿街商铺186家、学校幼儿园5所；对社区卫生服务中心2022年9月至2023年8月的就诊记录进行伤害回顾调查。",
        ("h", "二、社区基本情况"),
        PROFILE,
        ("h", "三、事故与伤害现状（基线期：2022年9月—2023年8月）"),
        "（一）伤害就诊情况。基线期辖区居民伤害就诊%d人次，其中跌倒/坠落52人次（41.3%%），道路交通伤害29人次（23.0%%），"
        "刀/锐器伤14人次，动物咬伤11人次，烧烫伤10人次，其他10人次。60岁及以上老年人跌倒%d人次，其中居家跌倒%d人次；"
        "涉及电动自行车的伤害%d人次。" % (BASE["inj"], BASE["old_falls"], BASE["old_home_falls"], BASE["ebike_inj"]),
        "（二）火灾情况。基线期辖区共发生火灾11起，其中电动自行车火灾%d起（均发生在老旧小区楼道或车棚），电气线路故障3起，"
        "燃气使用不当1起，其他1起，未造成人员死亡，2人轻伤。" % BASE["ebike_fire"],
        "（三）道路交通事故。双桥小学、双桥中学周边500米范围内发生交通事故%d起，多为上下学高峰电动自行车与行人、"
        "机动车碰撞。" % BASE["school_acc"],
        "（四）涉水险情。双桥河沿岸发生儿童涉水险情%d起，均被及时救起，未造成死亡。" % BASE["water"],
        ("h", "四、危险源辨识与风险评价"),
        "采用作业条件危险性分析（LEC）简化法对辖区危险源和风险点进行辨识评价，共辨识风险点87项，其中重大风险4项"
        "（老旧小区电动自行车楼道充电、纺机宿舍等3个小区消防车通道长期占用、双桥河石桥下游段无护栏、双桥小学门口早高峰人车混行），"
        "较大风险19项，一般风险64项，详见《辖区危险源及风险点辨识清单》。",
        ("h", "五、重点问题、重点人群和重点场所"),
        "重点问题：老旧小区火灾（含电动自行车火灾）、老年人居家跌倒、电动自行车交通伤害、校园周边交通安全、儿童溺水。"
        "重点人群（高危人群和脆弱群体）：高龄独居老人、14岁以下儿童、外卖快递骑手等电动自行车高频使用者、外来务工人员。"
        "重点场所（高风险环境）：9个无物业老旧小区、双桥小学和双桥中学周边道路、双桥河沿岸、餐饮类沿街商铺。",
        ("h", "六、居民安全需求"),
        "问卷显示，居民安全知识知晓率为%.1f%%，对社区安全状况满意度为%.1f%%。居民最关心的安全问题依次为：电动自行车充电和火灾"
        "（68.2%%）、老人在家摔倒无人发现（54.7%%）、孩子上下学交通安全（49.1%%）、燃气使用安全（41.5%%）、河边玩水安全（28.3%%）。"
        % (BASE["know"], BASE["satis"]),
        ("h", "七、建议"),
        "建议确定以下安全促进项目：1.老旧小区消防与燃气安全提升项目；2.电动自行车安全管理项目；3.老年人居家防跌倒项目；"
        "4.校园周边道路交通安全项目；5.儿童防溺水项目。同时建立伤害监测制度，由社区卫生服务中心自2023年9月起逐例登记伤害病例。",
    ])
    reg(rel, "社区安全诊断报告", [3], [4, 9], "2023-11-25")

    rel = "街道安委办/社区诊断/居民安全感及安全需求问卷调查统计表.xlsx"
    q = [("1", "您是否听说过“安全社区”？", [("听说过并了解", 312), ("听说过但不了解", 489), ("没听说过", 345)]),
         ("2", "您认为本社区总体安全状况如何？", [("很安全", 198), ("比较安全", 702), ("一般", 201), ("不安全", 45)]),
         ("3", "您家是否有人在楼道内给电动自行车充电？", [("经常", 163), ("偶尔", 258), ("从不", 725)]),
         ("4", "过去一年您家中老人是否摔倒过？", [("摔倒过并就医", 96), ("摔倒过未就医", 187), ("没有", 622), ("家中无老人", 241)]),
         ("5", "您是否知道燃气泄漏时的正确处置方法？", [("知道", 701), ("不确定", 312), ("不知道", 133)]),
         ("6", "您是否会使用灭火器？", [("会", 598), ("不会", 548)]),
         ("7", "孩子上下学主要交通方式", [("步行", 402), ("家长电动自行车接送", 511), ("汽车接送", 143), ("无学龄儿童", 90)]),
         ("8", "您最关心的安全问题（多选）", [("电动自行车充电和火灾", 782), ("老人在家摔倒无人发现", 627), ("孩子上下学交通安全", 563),
                                       ("燃气使用安全", 476), ("河边玩水安全", 324), ("治安防盗", 298)]),
         ("9", "您希望通过哪些方式获得安全知识（多选）", [("社区宣传栏", 521), ("微信群", 804), ("入户宣传", 386), ("讲座培训", 277)]),
         ("10", "您是否愿意参加社区安全志愿服务？", [("愿意", 436), ("视情况", 502), ("不愿意", 208)])]
    rows = []
    for qid, text, opts in q:
        tot = 1146
        for o, n in opts:
            rows.append([qid, text, o, n, pct(n, tot)])
    info = [["性别", "男", 538], ["性别", "女", 608], ["年龄", "18-39岁", 301], ["年龄", "40-59岁", 402], ["年龄", "60岁及以上", 443],
            ["社区", "青石社区", 301], ["社区", "桂园社区", 276], ["社区", "滨河社区", 268], ["社区", "新桥社区", 301],
            ["居住身份", "户籍居民", 902], ["居住身份", "流动人口", 244]]
    write_xlsx(rel, "2023-10-20", [
        ("题目统计", "双桥街道居民安全感及安全需求问卷调查统计（有效问卷1146份，调查时间2023年10月9日—18日）",
         ["题号", "题目", "选项", "人数", "比例"], rows, [6, 40, 24, 8, 10]),
        ("样本构成", None, ["类别", "分组", "人数"], info, [12, 14, 8])], author=AWB)
    reg(rel, "问卷调查统计", [3], [2], "2023-10-20")

    rel = "街道安委办/社区诊断/辖区危险源及风险点辨识清单.xlsx"
    rnd = random.Random(31)
    kinds = [("老旧小区楼道", "电动自行车楼道停放充电", "火灾、人员伤亡", "集中充电点建设、楼道清理、烟感报警器", "社区居委会/综治中心"),
             ("老旧小区楼道", "楼道堆放可燃杂物", "火灾、阻碍疏散", "定期清理、网格员巡查", "社区居委会"),
             ("老旧小区", "消防车通道占用", "延误火灾扑救", "施划标线、物业劝导", "物业/社区"),
             ("老旧小区", "电气线路老化", "电气火灾、触电", "线路改造、定期检查", "产权单位"),
             ("居民家庭", "燃气胶管老化、私改管道", "燃气泄漏爆炸、中毒", "入户检查ABC分类管理", "华润燃气/社区"),
             ("居民家庭", "卫生间地面湿滑、无扶手", "老年人跌倒", "适老化改造、入户评估", "社区卫生服务中心"),
             ("学校周边道路", "上下学高峰人车混行", "交通伤害", "护学岗、交通设施完善", "派出所/交警中队"),
             ("双桥河沿岸", "护栏缺失、无警示", "儿童溺水", "护栏、警示牌、巡河", "滨河社区/街道城建办"),
             ("沿街餐饮商铺", "液化气瓶使用不规范", "燃气爆炸、火灾", "专项检查、安装报警器", "市场监管/消防"),
             ("住宅小区", "外墙瓷砖空鼓", "物体打击", "排查铲除", "产权单位"),
             ("住宅小区", "电梯老旧", "困人、剪切伤害", "维保检查", "物业服务企业"),
             ("道路", "路灯损坏、标线模糊", "交通伤害", "报修维护", "街道城管科")]
    rows = []
    for i in range(1, 88):
        place, src, harm, ctrl, owner = kinds[(i * 7) % len(kinds)] if i > 4 else kinds[[0, 2, 7, 6][i - 1]]
        comm = rnd.choice(COMMUNITIES) if place != "双桥河沿岸" else "滨河社区"
        L, S = (rnd.choice([3, 6]), rnd.choice([7, 15])) if i <= 4 else (rnd.choice([1, 3, 6]), rnd.choice([3, 7, 15]))
        val = L * S * 3
        level = "重大风险" if i <= 4 else ("较大风险" if i <= 23 else "一般风险")
        if i > 4:
            val = rnd.randint(160, 310) if level == "较大风险" else rnd.randint(20, 150)
        else:
            val = rnd.randint(330, 420)
        loc = rnd.choice(ESTATES[comm]) if "小区" in place or place == "居民家庭" else place
        rows.append([i, comm, loc, place, src, harm, val, level, ctrl, owner])
    write_xlsx(rel, "2023-10-30", [("风险点清单", "双桥街道辖区危险源及风险点辨识清单（2023年10月）",
                                   ["序号", "社区", "小区/场所", "类别", "危险源/风险点", "可能导致的事故伤害", "风险值(LEC)",
                                    "风险等级", "管控措施", "责任单位"], rows, [6, 10, 14, 14, 22, 16, 10, 10, 28, 18])], author=AWB)
    reg(rel, "危险源及风险点辨识清单", [3], [], "2023-10-30")

    inj = rows_injury_cache()
    s24 = inj_stats(inj, "2024-01-01", "2024-12-31")
    s25 = inj_stats(inj, "2025-01-01", "2025-06-30")
    rel = "街道安委办/社区诊断/社区安全诊断中期复评报告（2025.9）.docx"
    write_docx(rel, "2025-09-26", "双桥街道社区安全诊断中期复评报告", [
        ("p", "双桥街道安委办    2025年9月"),
        ("h", "一、复评背景和方法"),
        "按照《双桥街道安全社区建设工作制度》关于创建中期开展诊断复评的规定，安委办于2025年8月至9月组织开展社区安全诊断中期复评。"
        "复评采用数据对比、现场复查和居民抽样问卷相结合的方法，抽样问卷发放400份，回收有效问卷382份；"
        "伤害数据采用社区卫生服务中心伤害监测登记表2024年1月至2025年6月的数据。",
        ("h", "二、事故与伤害变化情况"),
        "2024年全年伤害监测登记%d人次，较基线期%d人次下降%s；其中60岁及以上老年人跌倒%d人次，居家跌倒%d人次（基线期%d人次）；"
        "涉及电动自行车的伤害%d人次（基线期%d人次）。2025年上半年登记伤害%d人次，涉及电动自行车的伤害%d人次。"
        % (s24["n"], BASE["inj"], pct(BASE["inj"] - s24["n"], BASE["inj"]), s24["old_falls"], s24["old_home_falls"],
           BASE["old_home_falls"], s24["ebike"], BASE["ebike_inj"], s25["n"], s25["ebike"]),
        "2024年辖区发生电动自行车火灾3起，2025年1—8月发生1起，较基线期6起明显下降。",
        ("h", "三、风险变化"),
        "现场复查原87项风险点：4项重大风险中，电动自行车楼道充电、学校门口人车混行2项已降为较大风险，消防车通道占用已降为一般风险，"
        "双桥河石桥下游段护栏因需水务部门立项尚未完成，仍为重大风险。新增风险点9项，主要为老旧小区外墙瓷砖空鼓脱落、"
        "部分单元配电箱损坏和围墙开裂等设施老化问题。",
        ("h", "四、居民安全知识和满意度"),
        "抽样问卷显示，居民安全知识知晓率为84.6%（基线62.3%），对社区安全状况满意度为89.3%（基线78.5%）。",
        ("h", "五、复评结论和建议"),
        "五个安全促进项目针对的重点问题总体得到控制，项目方向不作调整。建议：1.老旧小区设施老化类隐患纳入消防与燃气安全提升项目；"
        "2.老年人跌倒仍居伤害首位，防跌倒项目扩大到80岁以上全部独居老人；3.儿童防溺水项目尽快开展效果评估。",
    ], author=AWB)
    reg(rel, "社区安全诊断中期复评报告", [3], [12, 9], "2025-09-26")


_INJ = []


def rows_injury_cache():
    if not _INJ:
        _INJ.extend(injury_rows())
    return _INJ


def plans():
    base = "街道安委办/工作计划/"
    rel = base + "双桥街安委〔2024〕2号 关于印发2024年安全社区建设工作计划的通知.docx"
    write_docx(rel, "2024-01-15", "关于印发2024年安全社区建设工作计划的通知", [
        ("p", "各社区居委会，安委会各成员单位："),
        "现将《双桥街道2024年安全社区建设工作计划》印发给你们，请认真组织实施。",
        ("c", "双桥街道2024年安全社区建设工作计划"),
        ("h", "一、年度目标"),
        "1.全年伤害就诊人次较基线期下降5%以上；2.电动自行车火灾起数较基线期下降30%以上；3.不发生儿童溺水死亡事故；"
        "4.居民安全知识知晓率达到75%以上；5.5个安全促进项目全部启动实施；6.不发生较大及以上生产安全事故。",
        ("h", "二、重点任务"),
        "（一）组织运行。安委会每季度召开一次例会（3月、6月、9月、12月）；12月组织开展2024年度内部评审。",
        "（二）安全促进项目。继续实施老旧小区消防与燃气安全提升、老年人居家防跌倒项目；3月启动电动自行车安全管理项目，"
        "4月启动校园周边道路交通安全项目，5月启动儿童防溺水项目。",
        "（三）宣传培训。全年组织集中安全培训不少于4次，各社区上、下半年各开展至少1次安全宣传教育活动；11月开展“119”消防宣传月活动。",
        "（四）应急管理。修订完善各社区防汛应急预案；6月组织防汛应急演练1次，11月组织消防应急疏散演练1次；补充应急物资。",
        "（五）监测监督。落实网格员日常巡查和季度综合检查，隐患统一录入台账，限期整改、复查销号；全年开展燃气入户安全检查，实行ABC分类管理。",
        "（六）伤害监测。社区卫生服务中心逐例登记伤害病例，7月完成上半年分析，2025年1月完成年度分析。",
        "（七）交流与参与。参加区安全社区建设推进会，组织赴先进街道学习交流；发展安全志愿者不少于80人。",
        ("h", "三、工作要求"),
        "各责任部门要按照计划明确专人、细化措施，每季度末向安委办报送工作进展和过程资料。",
        ("t", [["序号", "重点工作", "责任部门", "完成时间"],
               ["1", "春节前安全大检查", "安委办", "1月—2月"],
               ["2", "电动自行车安全管理项目启动", "综治中心", "3月"],
               ["3", "校园周边道路交通安全项目启动", "派出所、交警中队", "4月"],
               ["4", "赴先进街道学习交流", "安委办", "4月"],
               ["5", "儿童防溺水项目启动", "辖区学校、滨河社区", "5月"],
               ["6", "防汛应急演练", "安委办、滨河社区", "6月"],
               ["7", "上半年伤害监测分析", "社区卫生服务中心", "7月"],
               ["8", "“119”消防宣传月及消防应急疏散演练", "消防救援站", "11月"],
               ["9", "年度内部评审", "安委办", "12月"]]),
    ], docno="双桥街安委〔2024〕2号", sign="双桥街道安全社区建设委员会", sign_date="2024年1月15日", author=AWB)
    reg(rel, "年度工作计划（2024）", [4], [1], "2024-01-15")

    rel = base + "双桥街安委〔2025〕1号 2025年度安全社区工作计划.pdf"
    write_pdf(rel, "2025年度安全社区工作计划", [
        ("p", "各社区居委会，安委会各成员单位："),
        "2025年是我街道安全社区建设的关键之年。根据安委会2024年第四次例会讨论意见和2024年度内部评审结论，制定本计划。",
        ("h", "一、年度目标"),
        "1.全年伤害就诊人次较基线期下降10%以上；2.电动自行车火灾起数较基线期下降50%以上；3.60岁以上老年人居家跌倒就诊人次下降15%以上；"
        "4.校园周边交通事故起数下降30%以上；5.不发生儿童溺水死亡事故；6.居民安全知识知晓率达到80%以上。",
        ("h", "二、重点任务"),
        "（一）安委会每季度召开一次例会（3月、6月、9月、12月），12月组织2025年度内部评审。",
        "（二）对实施满一年的老旧小区消防与燃气、电动自行车、老年人防跌倒、校园周边交通4个项目开展效果评估；"
        "儿童防溺水项目于9月底前完成效果评估。",
        "（三）5月组织消防应急疏散演练1次，6月组织防汛应急演练1次；建设微型消防站1个。",
        "（四）全年组织集中安全培训不少于4次，各社区每半年至少开展1次安全宣传教育活动，培训记录须注明参加人数并附签到表。",
        "（五）伤害监测数据7月完成上半年分析，2026年1月完成年度分析；9月开展社区安全诊断中期复评。",
        "（六）落实2024年度内部评审不符合项整改，规范隐患排查整治台账管理，逾期隐患一律下达督办单。",
        ("h", "三、保障措施"),
        "街道安排安全社区建设专项经费40万元；各责任部门每季度末向安委办报送工作进展和过程资料。",
        ("r", "双桥街道安全社区建设委员会"),
        ("r", "2025年1月20日"),
    ], docno="双桥街安委〔2025〕1号", head="双桥街道安全社区建设委员会文件", author=AWB)
    reg(rel, "年度工作计划（2025）", [4], [1], "2025-01-20")

    rel = base + "事故与伤害预防目标分解表（2023-2026）.xlsx"
    rows = [[1, "伤害就诊人次", "%d人次" % BASE["inj"], "下降5%", "下降10%", "下降10%以上", "社区卫生服务中心", "伤害监测登记表"],
            [2, "60岁以上老年人居家跌倒就诊人次", "%d人次" % BASE["old_home_falls"], "下降10%", "下降15%", "下降15%以上", "社区卫生服务中心", "伤害监测登记表"],
            [3, "电动自行车火灾起数", "%d起" % BASE["ebike_fire"], "下降30%", "下降50%", "下降50%以上", "消防救援站、综治中心", "火灾统计"],
            [4, "涉及电动自行车的伤害人次", "%d人次" % BASE["ebike_inj"], "下降10%", "下降20%", "下降25%", "综治中心、派出所", "伤害监测登记表"],
            [5, "校园周边500米交通事故起数", "%d起" % BASE["school_acc"], "下降20%", "下降30%", "下降30%以上", "派出所、交警中队", "事故统计"],
            [6, "儿童溺水死亡", "0", "0", "0", "0", "辖区学校、滨河社区", "事故统计"],
            [7, "居民安全知识知晓率", "%.1f%%" % BASE["know"], "75%", "80%", "85%", "安委办", "问卷调查"],
            [8, "居民对安全社区建设满意度", "%.1f%%" % BASE["satis"], "82%", "86%", "90%", "安委办", "问卷调查"],
            [9, "燃气入户安全检查覆盖率", "—", "90%", "95%", "95%", "华润燃气、各社区", "入户检查台账"],
            [10, "一般隐患按期整改率", "—", "90%", "95%", "98%", "安委办", "隐患排查整治台账"],
            [11, "安全志愿者人数", "35人", "80人", "100人", "120人", "综治中心", "志愿者花名册"],
            [12, "较大及以上生产安全事故", "0", "0", "0", "0", "安委办", "事故统计"]]
    write_xlsx(rel, "2023-12-05", [("目标分解", "双桥街道事故与伤害预防目标分解表（基线期：2022年9月—2023年8月）",
                                   ["序号", "指标", "基线值", "2024年目标", "2025年目标", "2026年（创建期末）目标", "责任部门", "数据来源"],
                                   rows, [6, 30, 12, 12, 12, 20, 22, 18])], author=AWB)
    reg(rel, "事故与伤害预防目标分解表", [4], [], "2023-12-05")


# ================================================================ 街道安委办：隐患、燃气、应急、评审、培训、交流

def hazards():
    base = "街道安委办/隐患排查/"
    rows = hazard_rows()
    out = [[i] + r for i, r in enumerate(rows, 1)]
    stat = []
    for y in (2023, 2024, 2025, 2026):
        sel = [r for r in rows if r[0].year == y]
        stat.append([y, len(sel), sum(1 for r in sel if r[13] == "已销号"), sum(1 for r in sel if r[13] == "整改中"),
                     sum(1 for r in sel if r[14] == "逾期完成"), {2023: "2023年为9—12月", 2026: "2026年截至5月31日"}.get(y, "")])
    rel = base + "隐患排查整治台账（2023.9-2026.5）.xlsx"
    write_xlsx(rel, "2026-05-31", [
        ("台账", "双桥街道安全隐患排查整治台账（导出日期：2026年5月31日）",
         ["序号", "排查日期", "排查单位/人员", "社区", "隐患地点", "隐患描述", "隐患类别", "隐患等级", "整改责任单位",
          "整改期限", "整改措施", "整改完成日期", "复查人", "销号日期", "状态", "备注"], out,
         [6, 12, 16, 10, 22, 30, 10, 10, 16, 12, 28, 12, 8, 12, 8, 26]),
        ("年度统计", None, ["年度", "排查隐患数", "已销号", "整改中", "逾期完成", "备注"], stat, [8, 12, 10, 10, 10, 30])],
        author=AWB)
    reg(rel, "隐患排查整治台账（%d 行，含逾期未销号）" % len(rows), [8], [11, 3], "2026-05-31")

    win = [r for r in rows if r[1].startswith("街道安委办（冬季")]
    fest = [r for r in rows if r[1].startswith("街道安委办（节前")]
    fest_open = sum(1 for r in fest if r[10] > dt.date(2024, 2, 6))
    rel = base + "2023年冬季消防安全检查记录.docx"
    write_docx(rel, "2023-12-08", "双桥街道2023年冬季消防安全检查记录", [
        ("p", "检查时间：2023年12月4日—12月8日"),
        ("p", "检查组：街道安委办周建明、杨帆，双桥消防救援站李振华、高磊，各社区网格员"),
        ("p", "检查范围：9个无物业老旧小区、沿街商铺42家、双桥小学、双桥中学及3所幼儿园、2个农贸市场"),
        ("h", "一、检查情况"),
        "检查组采取“四不两直”方式，重点检查楼道堆物、电动自行车停放充电、消防设施完好、燃气使用和“三合一”场所住人情况。"
        "共检查单位和场所56处、居民楼栋132幢，发现隐患%d项，主要为楼道堆物、电动自行车楼道充电、灭火器过期、"
        "商铺液化气瓶使用不规范和疏散指示损坏。当场整改14项（当场整改的不录入台账），其余%d项下达限期整改要求，"
        "已录入隐患排查整治台账。" % (14 + len(win), len(win)),
        ("h", "二、主要隐患明细"),
        ("t", [["序号", "地点", "隐患", "处理"],
               ["1", "纺机宿舍3幢、5幢", "楼道堆放纸箱、旧家具", "当场督促清理"],
               ["2", "新桥一村9幢", "电动自行车楼道内充电", "劝离，告知集中充电点位置"],
               ["3", "河埠新村2幢", "楼道灭火器过期", "限12月15日前更换"],
               ["4", "双桥路108号餐馆", "液化气瓶与灶具间距不足", "限12月12日前整改"],
               ["5", "物资局宿舍", "消防车通道被占用", "施划禁停标线"]]),
        ("h", "三、下一步要求"),
        "各社区于12月20日前完成限期整改项目的复查销号；春节前街道将再组织一次安全大检查。",
        ("r", "双桥街道安委办    2023年12月8日"),
    ], author=AWB)
    reg(rel, "安全检查记录", [8], [11], "2023-12-08")

    rel = base + "2024年春节前安全大检查情况通报.docx"
    write_docx(rel, "2024-02-06", "关于2024年春节前安全大检查情况的通报", [
        ("p", "各社区居委会，安委会各成员单位："),
        "为确保春节期间辖区安全稳定，1月22日至2月5日，街道安委办会同派出所、消防救援站、华润燃气对辖区开展了春节前安全大检查。现将有关情况通报如下。",
        ("h", "一、检查基本情况"),
        "本次检查共检查人员密集场所、餐饮商铺、农贸市场、老旧小区等各类场所86处，发现隐患%d项（均已录入隐患排查整治台账），"
        "已整改%d项，其余%d项正在限期整改，其中桂园东村外墙瓷砖空鼓、滨河公园段护栏缺失2项已设置警示并明确责任单位。"
        % (len(fest), len(fest) - fest_open, fest_open),
        ("h", "二、存在的主要问题"),
        "一是部分老旧小区楼道堆物反弹；二是个别餐饮商铺燃气报警器失效；三是春节前电动自行车“飞线充电”有所抬头。",
        ("h", "三、工作要求"),
        "各社区要落实网格员每日巡查，对整改不到位的隐患实行挂牌督办；华润燃气要对检查发现燃气隐患的商铺开展复查。",
        ("r", "双桥街道安委办"),
        ("r", "2024年2月6日"),
    ], author=AWB)
    reg(rel, "安全检查情况通报", [8], [11], "2024-02-06")

    rel = base + "隐患整改通知书（双桥安改〔2024〕07号）.pdf"
    write_pdf(rel, "安全隐患整改通知书", [
        ("c", "双桥安改〔2024〕07号"),
        ("p", "临江安居物业服务公司双桥项目部："),
        "2024年5月30日，街道安委办会同新桥社区对你单位服务的新桥二村进行安全检查，发现以下安全隐患：",
        "1.新桥二村7幢、11幢楼道堆放杂物，占用疏散通道；2.小区东侧消防车通道被私家车长期占用；3.4幢单元配电箱箱门缺失。",
        "依据《中华人民共和国消防法》和《双桥街道安全社区建设工作制度》有关规定，请你单位于2024年6月18日前完成整改，并将整改情况书面报街道安委办。",
        ("r", "双桥街道安全社区建设委员会办公室（盖章）"),
        ("r", "2024年6月3日"),
        ("h", "整改回执"),
        "上述隐患已于2024年6月14日整改完毕：楼道杂物已清理，消防车通道施划禁停标线并设置隔离桩，配电箱已更换箱门并加锁。",
        ("p", "整改单位负责人：徐丽娟    2024年6月14日"),
        ("p", "复查意见：经复查，已整改到位，同意销号。    复查人：杨帆    2024年6月17日"),
    ], author=AWB)
    reg(rel, "隐患整改通知书及回执", [11], [8], "2024-06-03")


def gas():
    base = "街道安委办/燃气安全/"
    rows = gas_rows()
    out = [[i] + r for i, r in enumerate(rows, 1)]
    q = {}
    for r in rows:
        key = "%d年第%d季度" % (r[0].year, (r[0].month - 1) // 3 + 1)
        q.setdefault(key, [0, 0, 0])
        q[key]["ABC".index(r[7])] += 1
    qrows = [[k] + v + [sum(v)] for k, v in q.items()]
    rel = base + "燃气入户安全检查台账（ABC分类 2024-2025）.xlsx"
    write_xlsx(rel, "2025-12-30", [
        ("重点户台账", "双桥街道居民燃气入户安全检查重点户台账（ABC分类管理）",
         ["序号", "检查日期", "社区", "小区", "楼栋单元户号", "户主", "用气设备", "检查发现问题", "分类", "处理措施",
          "复查日期", "复查结果", "检查人", "社区陪同人员"], out, [6, 12, 10, 12, 16, 8, 14, 28, 6, 26, 12, 16, 16, 12]),
        ("分类说明", None, ["分类", "含义", "处置要求"],
         [["A类", "未发现隐患", "告知安全用气常识，按周期复检"],
          ["B类", "一般隐患（胶管超长老化、无熄火保护、未装报警器等）", "当场整改或限期15日内整改，燃气公司复查"],
          ["C类", "严重隐患（私改管道、管道包封、直排热水器、漏气等）", "立即停气，整改合格后恢复供气，社区跟踪"]], [8, 50, 40]),
        ("季度统计", None, ["季度", "A类", "B类", "C类", "合计"], qrows, [16, 8, 8, 8, 8])],
        author="临江华润燃气东湖分公司")
    reg(rel, "燃气入户检查 ABC 分类台账（2024-2025，%d 行）" % len(rows), [8], [5], "2025-12-30")

    r24 = [r for r in rows if r[0].year == 2024]
    a, b, c = (sum(1 for r in r24 if r[7] == k) for k in "ABC")
    rel = base + "2024年燃气入户安全检查工作总结.docx"
    write_docx(rel, "2024-12-20", "双桥街道2024年居民燃气入户安全检查工作总结", [
        "2024年，街道安委办会同临江华润燃气东湖分公司，以老旧小区为重点，组织开展居民燃气入户安全检查，作为老旧小区消防与燃气安全提升项目的重要内容。现将全年工作总结如下。",
        ("h", "一、基本情况"),
        "全年共入户检查居民用户6842户，入户率93.1%（其中老旧小区入户率96.4%），对到访不遇的用户张贴告知单并预约复检。"
        "检查实行ABC分类管理：A类（无隐患）6215户，B类（一般隐患）498户，C类（严重隐患）129户。B类隐患当场整改431户，"
        "其余限期整改；C类隐患全部停气整改，复查后恢复供气。",
        "对C类用户、独居老人用户和经复查的B类用户，建立重点户台账，2024年录入重点户%d户（A类%d户、B类%d户、C类%d户），"
        "详见《燃气入户安全检查台账（ABC分类）》。" % (len(r24), a, b, c),
        ("h", "二、主要做法"),
        "一是社区网格员陪同入户，解决“入户难”问题；二是对独居老人家庭免费更换不锈钢波纹管312户、加装燃气报警器186户；"
        "三是入户检查与安全宣传相结合，发放《安全用气明白纸》7000余份。",
        ("h", "三、存在问题和下一步打算"),
        "部分出租房用户入户难，私改管道现象仍有发生。2025年将继续开展入户检查，做到老旧小区全覆盖，C类隐患动态清零。",
        ("r", "双桥街道安委办  临江华润燃气东湖分公司"),
        ("r", "2024年12月20日"),
    ], author=AWB)
    reg(rel, "燃气入户检查年度总结（2024）", [8], [5], "2024-12-20")


def emergency():
    base = "街道安委办/应急管理/"
    rel = base + "双桥街道突发事件综合应急预案（2023年修订）.pdf"
    write_pdf(rel, "双桥街道突发事件综合应急预案（2023年修订）", [
        ("h", "1 总则"),
        "1.1 编制目的：建立健全街道突发事件应急机制，提高应对突发事件的能力，最大限度减少人员伤亡和财产损失。"
        "1.2 编制依据：《中华人民共和国突发事件应对法》《临江市东湖区突发事件总体应急预案》等。"
        "1.3 适用范围：本预案适用于双桥街道辖区内自然灾害、事故灾难、公共卫生事件和社会安全事件的先期处置。",
        ("h", "2 风险分析"),
        "辖区可能发生的突发事件主要有：老旧小区火灾（含电动自行车火灾）、燃气泄漏爆炸、汛期内涝和双桥河水位上涨、"
        "人员落水、电梯困人、外墙坠物、人员密集场所踩踏、地震等。其中火灾、燃气事故和内涝风险较高，老旧小区、沿河区域和学校周边为重点区域。",
        ("h", "3 组织体系"),
        "街道成立突发事件应急指挥部，总指挥由办事处主任担任，副总指挥由分管应急管理的副主任担任，成员由应急管理办、综治中心、城建办、"
        "城管科、派出所、消防救援站、社区卫生服务中心和各社区负责人组成。指挥部办公室设在街道应急管理办公室。"
        "各社区成立应急工作站，楼栋长、网格员为信息报告员。",
        ("h", "4 预警与信息报告"),
        "接到预警信息后，指挥部办公室通过微信群、广播、网格员入户等方式向居民发布。突发事件发生后，社区应在15分钟内电话报告街道，"
        "街道在30分钟内电话、1小时内书面报告区应急管理局。",
        ("h", "5 应急响应"),
        "按照事件严重程度分为I级、II级、III级响应。先期处置包括：组织人员疏散转移、设置警戒区、开展自救互救、引导专业救援力量、"
        "做好受灾群众安置和信息发布。",
        ("h", "6 应急保障"),
        "队伍保障：街道综合应急救援队30人、各社区应急分队共80人、微型消防站（建设中）及“平安双桥”志愿者。"
        "物资保障：街道应急物资仓库设在双桥路街道办事处地下一层，储备冲锋舟1艘、抽水泵6台、沙袋2000只等。"
        "避难场所：双桥中学操场、滨河公园、桂园广场。",
        ("h", "7 培训与演练"),
        "街道每年至少组织2次应急演练，各社区结合实际开展专项演练；每年对应急队伍开展1次以上集中培训。",
        ("h", "8 附则"),
        "本预案每三年修订一次，由街道应急管理办公室负责解释，自印发之日起施行。",
    ], docno="双桥街办〔2023〕51号", author=AWB)
    reg(rel, "综合应急预案", [7], [], "2023-10-15")

    rel = base + "应急救援队伍及物资储备清单.xlsx"
    teams = [[1, "街道综合应急救援队", "街道机关", 30, "周建明", "火灾扑救、抢险救灾、人员转移"],
             [2, "青石社区应急分队", "青石社区", 20, "黄淑芬", "疏散引导、先期处置"],
             [3, "桂园社区应急分队", "桂园社区", 20, "马晓东", "疏散引导、先期处置"],
             [4, "滨河社区应急分队（含防汛抢险）", "滨河社区", 22, "林芳", "防汛抢险、落水救援"],
             [5, "新桥社区应急分队", "新桥社区", 18, "郑勇", "疏散引导、先期处置"],
             [6, "双桥消防救援站", "消防救援站", 26, "李振华", "火灾扑救、抢险救援"],
             [7, "社区卫生服务中心医疗救护组", "社区卫生服务中心", 8, "王秀兰", "现场急救、伤员转运"],
             [8, "华润燃气抢修队", "华润燃气东湖分公司", 12, "钱伟", "燃气泄漏抢修"]]
    mats = []
    rnd = random.Random(33)
    for i, (n, u, q, where) in enumerate([
            ("冲锋舟", "艘", 1, "街道应急物资仓库"), ("橡皮艇", "艘", 2, "滨河社区"), ("抽水泵", "台", 6, "街道应急物资仓库"),
            ("沙袋", "只", 2000, "街道应急物资仓库"), ("救生衣", "件", 60, "街道应急物资仓库"), ("救生圈", "个", 24, "滨河社区"),
            ("救生杆", "根", 18, "双桥河沿岸"), ("应急照明灯", "台", 40, "各社区"), ("手提式灭火器", "具", 1860, "老旧小区楼道"),
            ("推车式灭火器", "具", 12, "各社区"), ("消防水带", "盘", 30, "街道应急物资仓库"), ("防烟面罩", "个", 200, "各社区"),
            ("急救箱", "个", 20, "各社区、学校"), ("AED除颤仪", "台", 4, "社区卫生服务中心、双桥中学"), ("帐篷", "顶", 20, "街道应急物资仓库"),
            ("折叠床", "张", 80, "街道应急物资仓库"), ("棉被", "床", 150, "街道应急物资仓库"), ("发电机", "台", 3, "街道应急物资仓库"),
            ("手持扩音器", "个", 20, "各社区"), ("警戒带", "卷", 60, "各社区"), ("雨衣雨靴", "套", 120, "各社区"), ("铁锹", "把", 80, "街道应急物资仓库")], 1):
        mats.append([i, n, u, q, where, rnd.choice(["良好", "良好", "良好", "部分待更换"]), "2024年4月"])
    shelters = [[1, "双桥中学操场", "双桥路66号", "8000平方米", 3000], [2, "滨河公园", "滨河路", "12000平方米", 4500],
                [3, "桂园广场", "桂园小区北侧", "3500平方米", 1200]]
    write_xlsx(rel, "2024-04-10", [
        ("应急队伍", "双桥街道应急救援队伍清单", ["序号", "队伍名称", "所属单位", "人数", "负责人", "主要职责"], teams, [6, 28, 18, 8, 10, 30]),
        ("应急物资", "双桥街道应急物资储备清单（2024年4月盘点）", ["序号", "物资名称", "单位", "数量", "存放地点", "状态", "盘点时间"], mats,
         [6, 16, 6, 8, 22, 12, 12]),
        ("避难场所", None, ["序号", "名称", "地址", "面积", "可容纳人数"], shelters, [6, 16, 18, 14, 12])], author=AWB)
    reg(rel, "应急队伍及物资清单", [7], [], "2024-04-10")

    rel = base + "2023.11.9 老旧小区消防应急疏散演练记录.docx"
    write_docx(rel, "2023-11-09", "双桥街道老旧小区消防应急疏散演练记录", [
        ("t", [["演练名称", "纺机宿舍老旧小区消防应急疏散演练"],
               ["演练时间", "2023年11月9日14:30—15:40"],
               ["演练地点", "青石社区纺机宿舍3幢、5幢及小区中心广场"],
               ["组织单位", "双桥街道安委办、双桥消防救援站、青石社区"],
               ["参演人员", "居民126人，消防救援站指战员8人，社区工作人员和网格员12人，志愿者18人"],
               ["演练类型", "实战演练（事先告知时间，不告知起火点）"]]),
        ("h", "一、演练科目"),
        "1.火情发现与报警；2.楼栋长、网格员组织居民疏散；3.行动不便老人协助转移；4.微型消防力量初起火灾扑救；5.消防救援站到场处置；6.灭火器使用培训。",
        ("h", "二、演练过程"),
        "14:30，3幢二楼楼道模拟电动自行车起火冒烟，住户发现后拨打119并告知网格员。14:32社区启动应急预案，楼栋长逐户敲门通知，"
        "引导居民用湿毛巾捂住口鼻、低姿沿楼梯疏散至中心广场。志愿者协助3名行动不便的老人转移。14:38全部人员疏散完毕，用时6分12秒。"
        "14:40消防救援站到场，开展火情侦察和灭火处置。15:00—15:40消防员为居民演示灭火器使用，32名居民进行了实操。",
        ("h", "三、演练评估"),
        "本次演练达到了检验预案、锻炼队伍、教育群众的目的。存在问题：一是部分居民疏散时携带物品，影响疏散速度；二是5幢有2户老人未听到通知；"
        "三是楼道应急照明损坏2处。改进措施：加强独居老人“一对一”帮扶结对，维修楼道应急照明，在下次演练中增加夜间疏散科目。",
        ("p", "记录人：杨帆    审核：周建明"),
    ], author=AWB)
    reg(rel, "应急演练记录（2023）", [7], [], "2023-11-09")

    rel = base + "2025年防汛应急演练方案及总结.docx"
    write_docx(rel, "2025-06-26", "双桥街道2025年防汛应急演练方案及总结", [
        ("h", "第一部分  演练方案"),
        "一、演练目的：检验《双桥街道突发事件综合应急预案》和《滨河社区防汛应急预案》的可操作性，提高防汛抢险和人员转移能力。",
        "二、演练时间和地点：2025年6月24日上午9:00，滨河花园及双桥河滨河公园段。",
        "三、参演单位：街道应急管理办、滨河社区、街道综合应急救援队、双桥消防救援站、社区卫生服务中心、“平安双桥”志愿者。",
        "四、演练科目：1.暴雨预警信息发布；2.地下车库防倒灌（沙袋封堵、抽水泵排水）；3.低洼区域群众转移安置；4.落水人员救援；5.伤员现场救护。",
        "五、保障：物资由街道应急物资仓库调拨，医疗保障由社区卫生服务中心负责，安全员2名全程监护。",
        ("h", "第二部分  演练总结"),
        "6月24日上午，街道在滨河社区组织开展防汛应急演练，参演人员96人，其中居民58人。演练模拟双桥河上游持续强降雨、"
        "滨河花园地下车库进水、河埠新村低洼住户需转移等险情。9:05发布预警，9:12应急分队到位，9:30完成地下车库沙袋封堵，"
        "抽水泵同步排水；河埠新村14户31名居民（含独居老人5人）在40分钟内转移至滨河社区党群服务中心安置点。落水救援科目中，"
        "消防救援站和志愿者使用救生圈、救生杆成功救起“落水人员”。",
        "评估意见：演练组织有序，各科目衔接顺畅。存在的问题：预警信息通过微信群发布后，部分老人未及时查看；抽水泵启动时间偏长。"
        "改进措施：对独居老人实行网格员电话和上门双重告知；每月对抽水泵试机一次。",
        ("p", "总结人：蒋文静    2025年6月26日"),
    ], author=AWB)
    reg(rel, "应急演练方案及总结（2025 防汛）", [7], [], "2025-06-26")

    rel = base + "2026年“5·12”防灾减灾日应急疏散演练记录.docx"
    write_docx(rel, "2026-05-12", "2026年“5·12”防灾减灾日应急疏散演练记录", [
        ("t", [["演练名称", "桂园小区地震及火灾应急疏散演练"],
               ["演练时间", "2026年5月12日9:30—10:50"],
               ["演练地点", "桂园社区桂园小区及桂园广场应急避难场所"],
               ["组织单位", "双桥街道安委办、桂园社区、双桥消防救援站"],
               ["参演人员", "居民142人，社区工作人员15人，消防救援站指战员6人，志愿者24人，社区卫生服务中心医护人员4人"]]),
        ("h", "一、演练科目"),
        "地震预警发布、就地避险、楼栋疏散、避难场所集结清点、次生火灾初期扑救、伤员急救转运。",
        ("h", "二、演练过程"),
        "9:30模拟发生地震，社区通过广播发布预警，居民就地避险后在楼栋长引导下有序疏散至桂园广场，9:41集结完毕，逐楼栋清点人数。"
        "9:50模拟5幢一楼厨房因地震引发火灾，微型消防站队员使用灭火器进行初期扑救，消防救援站到场处置。医护人员对2名“受伤居民”现场包扎并转运。",
        ("h", "三、演练评估"),
        "疏散用时11分钟，较计划提前4分钟；避难场所标识清晰。存在问题：部分居民不熟悉避难场所位置，清点人数耗时较长。"
        "改进措施：在小区出入口增设避难场所指示牌，推行楼栋长电子花名册清点。",
        ("p", "记录人：蒋文静    审核：韩冬"),
    ], author=AWB)
    reg(rel, "应急演练记录（2026）", [7], [], "2026-05-12")

    rel = base + "照片/2025.6.24 滨河社区防汛演练现场.jpg"
    write_jpg(rel, 624, "2025:06:24 09:31:12")
    reg(rel, "照片（防汛演练，说明仅在文件名）", [7], [], "2025-06-24")


def review():
    base = "街道安委办/评审改进/"
    rel = base + "2024年度安全社区内部评审报告.docx"
    write_docx(rel, "2024-12-16", "双桥街道2024年度安全社区内部评审报告", [
        ("h", "一、评审概况"),
        "根据《双桥街道安全社区建设工作制度》第十项规定，安委会于2024年12月9日至13日组织开展2024年度内部评审。"
        "评审组组长：陈卫东；成员：周建明、王秀兰、李振华、朱桂英（居民代表），特邀区应急管理局基础科刘静同志参加。"
        "评审采取查阅资料、现场察看、个别访谈和居民随机问卷（发放120份）相结合的方法，对照《安全社区建设基本要求》12项要素逐项评审。",
        ("h", "二、评审结果"),
        ("t", [["要素", "评审情况", "结论"],
               ["1 创建机构与职责", "安委会及6个专项工作组运行正常，全年召开例会4次，2024年计划已印发", "符合"],
               ["2 信息交流和全员参与", "参加区推进会并交流发言，赴南湖街道学习；志愿者发展到86人", "符合"],
               ["3 风险辨识及评价", "完成社区安全诊断，风险点清单87项", "符合"],
               ["4 目标及计划", "目标量化分解，年度计划明确", "符合"],
               ["5 安全促进项目", "5个项目全部启动；儿童防溺水项目未设置效果评估指标", "基本符合"],
               ["6 宣传教育与培训", "全年集中培训9次，各社区上、下半年均开展活动", "符合"],
               ["7 应急预案和响应", "预案、队伍、物资齐备；全年未组织应急演练", "不符合"],
               ["8 监测与监督", "隐患台账运行正常；7项隐患逾期后才完成销号", "基本符合"],
               ["9 事故与伤害记录", "伤害监测逐例登记，完成上半年分析", "符合"],
               ["10 创建档案", "档案分散在各部门，尚未统一归档", "基本符合"],
               ["11 预防与纠正措施", "整改通知、复查销号记录完整", "符合"],
               ["12 评审与持续改进", "首次开展年度内部评审", "符合"]]),
        ("h", "三、不符合项"),
        "1.2024年未按制度组织应急演练。年度计划安排的6月防汛应急演练、11月消防应急疏散演练均未组织实施。",
        "2.儿童防溺水安全促进项目方案未设置可量化的效果评估指标，项目实施满一年后无法评估。",
        "3.隐患排查整治台账中7项一般隐患超过整改期限后才完成销号，未见督办记录。",
        "4.志愿者活动记录格式不统一，部分记录缺少服务时长。",
        ("h", "四、改进建议"),
        "1.2025年上半年组织消防应急疏散演练和防汛应急演练各1次；2.儿童防溺水项目补充评估指标，2025年暑期结束后开展效果评估；"
        "3.建立逾期隐患督办单制度；4.统一志愿者活动记录格式；5.安委办加快创建档案的集中整理。",
        ("h", "五、评审结论"),
        "2024年双桥街道安全社区建设总体运行良好，12项要素中9项符合、2项基本符合、1项不符合。评审报告提交安委会2024年第四次例会审议。",
        ("r", "双桥街道安全社区建设委员会内部评审组"),
        ("r", "2024年12月16日"),
    ], author=AWB)
    reg(rel, "年度内部评审报告（2024）", [12], [11], "2024-12-16")

    rel = base + "2024年内部评审不符合项整改跟踪表.xlsx"
    rows = [
        [1, "2024年度内部评审", "2024年未按制度组织应急演练", "安委办、消防救援站、滨河社区", "5月组织消防应急疏散演练，6月组织防汛应急演练", d("2025-06-30").date(), "整改中（已列入2025年计划）", ""],
        [2, "2024年度内部评审", "儿童防溺水项目无效果评估指标", "辖区学校、滨河社区", "补充评估指标，暑期后开展效果评估", d("2025-09-30").date(), "整改中", ""],
        [3, "2024年度内部评审", "7项隐患逾期销号，无督办记录", "安委办", "建立逾期隐患督办单制度", d("2025-02-28").date(), "已完成", "2025年2月印发督办单样式"],
        [4, "2024年度内部评审", "志愿者活动记录格式不统一", "综治中心", "统一记录格式，补记服务时长", d("2025-02-28").date(), "已完成", ""],
        [5, "区中期评估（东湖安办函〔2025〕6号）", "隐患销号不及时", "安委办", "同第3项", d("2025-04-30").date(), "已完成", ""],
        [6, "区中期评估（东湖安办函〔2025〕6号）", "伤害监测数据分析深度不够", "社区卫生服务中心", "上半年分析增加重点人群、重点场所分析", d("2025-07-31").date(), "整改中", ""],
        [7, "区中期评估（东湖安办函〔2025〕6号）", "志愿者活动记录要素不全", "综治中心", "同第4项", d("2025-04-30").date(), "已完成", ""],
        [8, "区中期评估（东湖安办函〔2025〕6号）", "部分培训记录未附签到表", "各社区居委会", "通知各社区培训记录注明参加人数并附签到表", d("2025-04-30").date(), "已完成", "2025年4月10日例会部署"],
    ]
    write_xlsx(rel, "2025-03-31", [("整改跟踪", "双桥街道安全社区不符合项整改跟踪表（更新日期：2025年3月31日）",
                                   ["序号", "问题来源", "问题描述", "责任部门", "纠正措施", "完成时限", "整改状态", "备注"], rows,
                                   [6, 26, 30, 22, 36, 12, 20, 24])], author=AWB)
    reg(rel, "不符合项整改跟踪表", [11], [12], "2025-03-31")

    rel = base + "关于区安委办中期评估意见整改落实情况的报告.docx"
    write_docx(rel, "2025-04-20", "关于区安委办中期评估意见整改落实情况的报告", [
        ("p", "东湖区安委办："),
        "贵办《关于双桥街道安全社区建设中期评估意见的函》（东湖安办函〔2025〕6号）收悉。街道高度重视，于2025年4月10日召开安委会例会专题研究，"
        "逐条制定整改措施。现将整改落实情况报告如下。",
        "一、关于隐患销号不及时的问题。已建立逾期隐患督办单制度，对超过整改期限的隐患由安委办下达督办单，并在季度例会上通报；"
        "对2024年逾期销号的7项隐患逐项复核，均已整改到位。",
        "二、关于伤害监测数据分析深度不够的问题。已要求社区卫生服务中心在2025年上半年分析中增加对高龄老人、儿童、电动自行车使用者等重点人群"
        "和家庭、道路等重点场所的分析，并将分析结果用于调整项目措施。",
        "三、关于志愿者活动记录要素不全的问题。综治中心已统一志愿者活动记录格式，要求记录日期、活动、地点、人数和服务时长。",
        "四、关于培训记录未附签到表的问题。已通知各社区，培训和宣传活动记录一律注明参加人数并附签到表和照片，安委办每季度抽查。",
        "下一步，我街道将以此次评估为契机，对照标准查漏补缺，确保2026年通过市级安全社区评定。",
        ("r", "临江市东湖区双桥街道办事处"),
        ("r", "2025年4月20日"),
    ], author=AWB)
    reg(rel, "中期评估整改落实情况报告", [11], [12], "2025-04-20")


def awb_misc():
    rel = "街道安委办/宣传培训/2023.10.18 安全社区知识培训班记录.docx"
    rnd = random.Random(1018)
    names = [[i, person(rnd), rnd.choice(["街道机关", "青石社区", "桂园社区", "滨河社区", "新桥社区", "派出所", "消防救援站",
                                         "社区卫生服务中心", "双桥小学", "双桥中学", "安居物业", "华润燃气"])] for i in range(1, 13)]
    write_docx(rel, "2023-10-18", "双桥街道安全社区知识培训班记录", [
        ("p", "培训时间：2023年10月18日 9:00—16:30"),
        ("p", "培训地点：双桥街道党群服务中心一楼报告厅"),
        ("p", "主讲人：临江市安全社区促进中心专家吴文斌；东湖区应急管理局基础科刘静"),
        ("p", "参加对象：安委会成员、街道各办（科、中心）负责人、各社区干部和网格员、专项工作组骨干、驻街单位安全管理人员"),
        ("p", "参加人数：68人（签到表附后）"),
        ("h", "培训内容"),
        "上午，吴文斌专家讲授《安全社区理念与建设方法》，系统介绍了安全社区的起源、WHO安全社区准则、《安全社区建设基本要求》12项要素和评定程序，"
        "结合外地街道案例讲解了跨部门合作机制、社区安全诊断和安全促进项目的设计方法。",
        "下午，刘静同志讲授《社区安全诊断与伤害监测实务》，重点讲解了危险源辨识、问卷设计、伤害监测登记表填写和数据分析方法。"
        "随后分组讨论了本街道的主要安全问题和可能的安全促进项目。",
        ("h", "培训效果"),
        "培训结束后进行了闭卷测试，参训人员平均得分86.5分。通过培训，参训人员对安全社区建设的理念、要求和方法有了系统认识。",
        ("p", "签到表（节选）"),
        ("t", [["序号", "姓名", "单位"]] + names),
        ("p", "记录人：蒋文静"),
    ], author=AWB)
    reg(rel, "培训记录（2023 启动培训）", [6], [], "2023-10-18")

    rel = "街道安委办/交流学习/赴临江市南湖街道学习安全社区建设情况报告.docx"
    write_docx(rel, "2024-04-22", "赴南湖街道学习安全社区建设情况报告", [
        "为学习借鉴先进经验，2024年4月18日，街道办事处副主任陈卫东带领安委办、综治中心、社区卫生服务中心和4个社区负责同志一行11人，"
        "赴临江市南湖街道（省级安全社区）学习交流安全社区建设经验。",
        ("h", "一、学习内容"),
        "考察组实地察看了南湖街道老年人防跌倒示范户、电动自行车智能充电车棚、社区应急服务站和伤害监测点，听取了南湖街道关于"
        "安全社区组织运行、项目管理和档案建设的情况介绍，并就伤害监测数据采集、项目效果评估方法等问题进行了座谈交流。",
        ("h", "二、主要启示"),
        "一是南湖街道依托社区卫生服务中心建立伤害监测网络，数据连续、分析深入，对项目调整起到了支撑作用；"
        "二是防跌倒项目采用“评估—改造—随访”闭环管理，效果可量化；三是项目档案按“方案—记录—评估”三段式归档，便于查阅。",
        ("h", "三、下一步打算"),
        "借鉴南湖经验，在老年人防跌倒项目中引入入户评估量表，电动自行车项目推广智能充电车棚，规范各项目的实施记录和评估资料。",
        ("r", "双桥街道安委办"),
        ("r", "2024年4月22日"),
    ], author=AWB)
    reg(rel, "外出学习交流报告", [2], [], "2024-04-22")


# ================================================================ 综治中心

def zongzhi():
    base = "综治中心/"
    rel = base + "电动自行车安全管理促进项目实施方案.docx"
    write_docx(rel, "2024-03-15", "双桥街道电动自行车安全管理促进项目实施方案", [
        ("h", "一、项目背景"),
        "辖区居民电动自行车保有量约2.1万辆，9个无物业老旧小区缺少集中停放充电设施，楼道停放、入户充电和“飞线充电”现象普遍。"
        "社区安全诊断显示，基线期（2022年9月—2023年8月）辖区发生电动自行车火灾%d起，占火灾总数的一半以上；涉及电动自行车的伤害%d人次，"
        "居民问卷中36.7%%的家庭存在楼道或室内充电行为，68.2%%的居民将电动自行车充电和火灾列为最关心的安全问题。" % (BASE["ebike_fire"], BASE["ebike_inj"]),
        ("h", "二、项目目标"),
        "到2025年底：1.电动自行车火灾起数较基线期下降50%以上；2.新建集中充电点36处，老旧小区集中充电设施覆盖率达到100%；"
        "3.“飞线充电”发现一处、整治一处，动态清零；4.涉及电动自行车的伤害人次较基线期下降20%；5.外卖快递骑手安全培训覆盖500人次。",
        ("h", "三、目标人群和场所"),
        "目标人群：老旧小区居民、外卖快递骑手、老年电动自行车使用者；重点场所：9个无物业老旧小区、沿街商铺门前、学校周边道路。",
        ("h", "四、干预措施"),
        "（一）设施改善：分两批在老旧小区建设集中充电点，配置智能充电桩（具备定时断电、过载保护功能），车棚安装视频监控和简易喷淋。"
        "（二）管理措施：网格员每日巡查，对楼道停放、“飞线充电”当场劝离、拆除，建立整治记录；物业和楼栋长落实楼道禁停。"
        "（三）宣传培训：对外卖快递骑手开展安全骑行和充电安全培训，在小区张贴充电安全提示，利用微信群推送典型火灾案例。"
        "（四）执法配合：派出所、交警中队开展头盔佩戴、违法载人、逆行等专项整治。",
        ("h", "五、实施进度"),
        ("t", [["时间", "工作内容"], ["2024年3月—4月", "选址、招标，开展“飞线充电”专项整治"],
               ["2024年5月—10月", "建成第一批集中充电点22处"], ["2025年3月—8月", "建成第二批集中充电点16处"],
               ["2024年4月—2025年10月", "持续开展巡查整治和骑手培训"], ["2025年11月", "项目效果评估"]]),
        ("h", "六、组织分工和资源保障"),
        "综治中心牵头，派出所、交警中队、消防救援站、各社区和安居物业配合。项目经费约28万元，由街道财政和区安全生产专项资金解决。",
        ("h", "七、评估方法"),
        "采用前后对照方法，以火灾统计、伤害监测登记表、巡查整治记录和居民问卷为数据来源，评估项目目标完成情况。",
    ], author="双桥街道综治中心")
    reg(rel, "安全促进项目实施方案（电动自行车）", [5], [4], "2024-03-15")

    rnd = random.Random(44)
    chargers = []
    k = 0
    for batch, (y0, m0, n) in enumerate([(2024, 5, 22), (2025, 3, 16)], 1):
        for i in range(n):
            k += 1
            est = OLD_ESTATES[k % len(OLD_ESTATES)] if k <= 27 else rnd.choice(sum(ESTATES.values(), []))
            comm = [c for c, es in ESTATES.items() if est in es][0]
            day = dt.date(y0, m0, 1) + dt.timedelta(days=int(i * (150 / n)) + rnd.randint(0, 4))
            chargers.append([k, "第%d批" % batch, comm, est, "%s%d号车棚" % (est, rnd.randint(1, 4)), rnd.choice([10, 12, 16, 20, 24]),
                             day, rnd.choice(["临江电力工程公司", "东湖城投"]), "已投用"])
    ports = sum(r[5] for r in chargers)
    fly = []
    for y, m in daterange_months(2024, 3, 2025, 10):
        for _ in range(rnd.randint(2, 6) if y == 2024 else rnd.randint(1, 3)):
            comm, addr = building(rnd)
            when = dt.date(y, m, rnd.randint(1, 28))
            prob = rnd.choice(["从窗口“飞线”充电", "楼道内停放充电", "入户充电", "私拉电线至车棚充电"])
            fly.append([when, comm, addr, prob, rnd.choice(["当场拆除飞线", "劝离楼道，引导至集中充电点", "张贴告知书，限期整改"]),
                        when + dt.timedelta(days=rnd.randint(1, 5)), "已整改", rnd.choice(["杨帆", "%s网格员" % comm[:2]])])
    fly.sort(key=lambda r: r[0])
    fly = [[i] + r for i, r in enumerate(fly, 1)]
    rel = base + "电动自行车集中充电设施建设及飞线充电整治记录.xlsx"
    write_xlsx(rel, "2025-10-31", [
        ("集中充电设施", "双桥街道电动自行车集中充电设施建设情况", ["序号", "批次", "社区", "小区", "位置", "充电端口数", "投用日期", "建设单位", "状态"],
         chargers, [6, 8, 10, 12, 20, 10, 12, 16, 8]),
        ("飞线充电整治", "电动自行车“飞线充电”及楼道充电整治记录", ["序号", "发现日期", "社区", "楼栋", "问题", "处理措施", "复查日期", "复查结果", "巡查人"],
         fly, [6, 12, 10, 16, 22, 28, 12, 10, 12])], author="双桥街道综治中心")
    reg(rel, "项目实施记录（电动自行车，充电设施与整治）", [5], [8, 11], "2025-10-31")
    n24 = sum(1 for r in fly if r[1].year == 2024)
    n25 = sum(1 for r in fly if r[1].year == 2025)
    m24 = n24 / 10.0
    m25 = n25 / 10.0

    inj = rows_injury_cache()
    s24 = inj_stats(inj, "2024-01-01", "2024-12-31")
    h24 = inj_stats(inj, "2024-01-01", "2024-06-30")
    h25 = inj_stats(inj, "2025-01-01", "2025-06-30")
    rel = base + "电动自行车安全管理项目效果评估报告（2025.11）.docx"
    write_docx(rel, "2025-11-20", "双桥街道电动自行车安全管理促进项目效果评估报告", [
        ("h", "一、评估概况"),
        "项目自2024年3月实施，至2025年10月已满一年半。2025年11月，综治中心会同安委办、消防救援站对项目进行效果评估。"
        "评估采用前后对照方法，数据来源为消防救援站火灾统计、社区卫生服务中心伤害监测登记表（截至2025年6月）、集中充电设施建设及整治记录、"
        "居民抽样问卷（发放300份，有效287份）。",
        ("h", "二、目标完成情况"),
        ("t", [["目标", "基线值", "评估值", "完成情况"],
               ["电动自行车火灾起数下降50%以上", "%d起（基线期）" % BASE["ebike_fire"], "2024年3起；2025年1—10月1起", "完成"],
               ["新建集中充电点36处", "0", "%d处，充电端口%d个" % (len(chargers), ports), "超额完成"],
               ["“飞线充电”动态清零", "—", "2024年发现整治%d处，2025年1—10月%d处，均已整改" % (n24, n25), "完成"],
               ["涉及电动自行车伤害下降20%", "%d人次" % BASE["ebike_inj"], "2024年%d人次（下降%s）" % (s24["ebike"], pct(BASE["ebike_inj"] - s24["ebike"], BASE["ebike_inj"])), "完成"],
               ["骑手安全培训500人次", "0", "612人次", "完成"]]),
        ("h", "三、效果分析"),
        "（一）火灾风险明显下降。集中充电点投用后，老旧小区楼道停放充电现象明显减少，月均发现“飞线充电”由2024年的%.1f处下降到2025年的%.1f处。"
        "2024年3起电动自行车火灾均发生在第一批充电点建成前，2025年1—10月仅发生1起（车棚内电池老化自燃，喷淋及时启动，未造成损失）。" % (m24, m25),
        "（二）伤害有所减少。伤害监测数据显示，涉及电动自行车的伤害2024年上半年%d人次，2025年上半年%d人次。"
        % (h24["ebike"], h25["ebike"]),
        "（三）居民认可度高。问卷显示，91.3%的居民知道小区集中充电点位置，88.5%的居民对充电设施建设表示满意。",
        ("h", "四、存在问题"),
        "部分集中充电点收费标准居民有意见；外来租户流动性大，培训覆盖不够；2025年7月以后伤害监测数据缺失，伤害指标只能评估到上半年。",
        ("h", "五、持续改进计划"),
        "1.协调降低夜间充电收费；2.与外卖平台站点合作，新入职骑手岗前培训全覆盖；3.在新增的3个老旧小区改造项目中同步建设充电设施。",
        ("r", "双桥街道综治中心    2025年11月20日"),
    ], author="双桥街道综治中心")
    reg(rel, "项目效果评估（电动自行车）", [5], [12], "2025-11-20")

    rel = base + "网格员安全隐患上报处置统计（2024）.xlsx"
    rows = []
    rnd = random.Random(46)
    grids = {"青石社区": (12, 12), "桂园社区": (11, 11), "滨河社区": (10, 11), "新桥社区": (12, 13)}
    for m in range(1, 13):
        for c in COMMUNITIES:
            g, p = grids[c]
            rep = rnd.randint(8, 26)
            now = rnd.randint(rep // 2, rep - 2)
            fin = rep - rnd.randint(0, 1)
            rows.append(["2024年%d月" % m, c, g, p, rnd.randint(300, 420), rep, now, rep - now, fin, pct(fin, rep)])
    write_xlsx(rel, "2025-01-05", [("2024年", "双桥街道网格员安全隐患上报处置统计（2024年）",
                                   ["月份", "社区", "网格数", "网格员人数", "巡查次数", "上报安全隐患", "当场处置", "流转办理", "办结", "办结率"],
                                   rows, [10, 10, 8, 10, 10, 12, 10, 10, 8, 8])], author="双桥街道综治中心")
    reg(rel, "网格员隐患上报统计", [8], [2], "2025-01-05")

    rel = base + "12345热线安全类诉求办理台账.xlsx"
    hl = [[i] + r for i, r in enumerate(hotline_rows(), 1)]
    write_xlsx(rel, "2026-04-30", [("办理台账", "双桥街道12345热线安全类诉求办理台账（2024年1月—2026年4月）",
                                   ["序号", "工单号", "受理日期", "诉求类别", "诉求内容", "社区", "承办部门", "办结日期", "回访满意度"],
                                   hl, [6, 20, 12, 10, 40, 10, 14, 12, 10])], author="双桥街道综治中心")
    reg(rel, "12345 热线安全诉求台账", [2], [8], "2026-04-30")

    rel = base + "“平安双桥”安全志愿者花名册.xlsx"
    rnd = random.Random(48)
    teams = ["消防宣传队", "“小黄帽”护学队", "防溺水巡河队", "邻里守望队", "燃气安全宣传队", "应急救援志愿队"]
    vol = []
    for i in range(1, 87):
        comm = rnd.choice(COMMUNITIES)
        t = rnd.choice(teams) if comm != "滨河社区" else rnd.choice(teams + ["防溺水巡河队"] * 2)
        vol.append([i, person(rnd), rnd.choice("男女"), rnd.choice(["18-35岁", "36-59岁", "60岁以上", "60岁以上"]), comm, t,
                    rnd.choice(["", "", "急救证", "退伍军人", "电工证", "教师"]),
                    dt.date(2023, 9, 1) + dt.timedelta(days=rnd.randint(0, 180)), "1%d****%04d" % (rnd.choice([35, 38, 39, 58, 87]), rnd.randint(0, 9999))])
    vol.sort(key=lambda r: r[7])
    vol = [[i] + r[1:] for i, r in enumerate(vol, 1)]
    write_xlsx(rel, "2024-03-01", [("花名册", "“平安双桥”安全志愿者花名册（截至2024年3月1日，共86人）",
                                   ["序号", "姓名", "性别", "年龄段", "社区", "所属队伍", "特长", "加入日期", "联系电话"], vol,
                                   [6, 10, 6, 10, 10, 18, 10, 12, 14])], author="“平安双桥”志愿者协会")
    reg(rel, "志愿者花名册", [2], [], "2024-03-01")

    rel = base + "志愿者活动记录（2023-2026）.csv"
    vr = volunteer_rows()
    write_csv_gbk(rel, ["日期", "活动名称", "地点", "组织单位", "志愿者人数", "人均服务时长（小时）", "记录人"],
                  [["%d/%d/%d" % (r[0].year % 100, r[0].month, r[0].day)] + list(r[1:]) for r in vr])
    reg(rel, "志愿者活动记录（GBK CSV，日期 yy/m/d）", [2], [5], "2026-05-30")


# ================================================================ 社区卫生服务中心

def injury_analysis(rows, title, start, end, written, prev=None, extra=None):
    s = inj_stats(rows, start, end)
    body = [("h", "一、监测概况"),
            "数据来源为双桥街道社区卫生服务中心及4个服务站的《伤害监测登记表》，监测对象为辖区居民因伤害首次就诊的病例。"
            "本期监测时段为%s至%s，共登记伤害病例%d例，其中男性%d例、女性%d例。" % (zh(start), zh(end), s["n"], s["male"], s["n"] - s["male"]),
            ("h", "二、伤害类型构成"),
            ("t", type_table(s)),
            "居前三位的伤害类型依次为%s。" % "、".join("%s（%d例）" % kv for kv in s["by"][:3]),
            ("h", "三、人群和社区分布"),
            "0—14岁%d例，15—59岁%d例，60岁及以上%d例（占%s）。青石社区%d例、桂园社区%d例、滨河社区%d例、新桥社区%d例。"
            % (s["ages"]["0-14岁"], s["ages"]["15-59岁"], s["ages"]["60岁及以上"], pct(s["ages"]["60岁及以上"], s["n"]),
               s["comm"]["青石社区"], s["comm"]["桂园社区"], s["comm"]["滨河社区"], s["comm"]["新桥社区"]),
            ("h", "四、重点伤害分析"),
            "（一）老年人跌倒。60岁及以上老年人跌倒%d例，其中发生在家中（卫生间、卧室等）%d例，主要原因为卫生间地面湿滑、夜间起床如厕和登高取物。"
            % (s["old_falls"], s["old_home_falls"]),
            "（二）电动自行车相关伤害。涉及电动自行车的伤害%d例，多发生在早晚高峰的双桥路与人民路交叉口、滨河路和学校门口。" % s["ebike"],
            "（三）儿童伤害。0—14岁儿童伤害%d例，以碰撞、动物咬伤和烧烫伤为主%s。"
            % (s["ages"]["0-14岁"], "；溺水/呛水%d例，均获救" % s["drown"] if s["drown"] else "，未发生溺水病例")]
    if prev:
        p = inj_stats(rows, prev[0], prev[1])
        body.append("（四）与上期比较。上期（%s至%s）登记%d例，本期%d例；老年人跌倒由%d例变为%d例，电动自行车相关伤害由%d例变为%d例。"
                    % (zh(prev[0]), zh(prev[1]), p["n"], s["n"], p["old_falls"], s["old_falls"], p["ebike"], s["ebike"]))
    body += extra or []
    body += [("h", "五、建议"),
             "1.老年人防跌倒项目继续扩大入户评估和适老化改造覆盖面，重点关注80岁以上独居老人；2.电动自行车项目加强高峰时段路口管控；"
             "3.夏季加强儿童涉水安全宣传和河道巡查；4.各服务站规范填写伤害监测登记表，确保逐例登记、不漏报。",
             ("r", "双桥街道社区卫生服务中心"), ("r", written)]
    return body, s


def health_centre():
    base = "社区卫生服务中心/"
    rows = rows_injury_cache()
    rel = base + "伤害监测登记表（2023.9起）.xlsx"
    out = [[i, r["date"], r["name"], r["sex"], r["age"], r["comm"], r["addr"], r["place"], r["type"], r["cause"], r["ebike"],
            r["sev"], r["treat"], r["clinic"], r["reporter"]] for i, r in enumerate(rows, 1)]
    write_xlsx(rel, "2025-06-30", [
        ("登记表", "双桥街道伤害监测登记表（2023年9月起）",
         ["序号", "就诊日期", "姓名", "性别", "年龄", "所属社区", "住址", "发生地点", "伤害类型", "伤害原因", "是否涉及电动自行车",
          "伤害程度", "处置", "就诊机构", "填报人"], out, [6, 12, 8, 6, 6, 10, 16, 16, 12, 22, 10, 8, 10, 22, 8]),
        ("填表说明", None, ["项目", "说明"],
         [["登记范围", "辖区居民因伤害首次到中心及各服务站就诊的病例，外院就诊经社区随访获知的病例一并登记"],
          ["伤害类型", "跌倒/坠落、道路交通伤害、刀/锐器伤、动物咬伤、烧烫伤、钝器伤/碰撞、溺水/呛水、中毒、其他"],
          ["伤害程度", "轻度：门诊处理；中度：留观；重度：转诊住院"],
          ["汇总", "每月5日前汇总上月数据，每半年形成分析报告报街道安委办"]], [12, 80])], author="双桥街道社区卫生服务中心")
    reg(rel, "伤害监测登记表（%d 行，2023-09-04 至 2025-06-27，此后中断）" % len(rows), [9], [3], "2025-06-30")

    for rel, title, start, end, written, wdate, prev, kind, fmt in [
            (base + "2023年9-12月伤害监测小结.docx", "双桥街道2023年9—12月伤害监测小结", "2023-09-01", "2023-12-31",
             "2024年1月10日", "2024-01-10", None, "伤害监测小结（2023 年 9-12 月，次年 1 月撰写）", "docx"),
            (base + "2024年上半年伤害监测数据分析.docx", "双桥街道2024年上半年伤害监测数据分析", "2024-01-01", "2024-06-30",
             "2024年7月12日", "2024-07-12", ("2023-09-01", "2023-12-31"), "伤害监测半年分析（2024 上半年）", "docx"),
            (base + "2024年度伤害数据分析报告.docx", "双桥街道2024年度伤害监测数据分析报告", "2024-01-01", "2024-12-31",
             "2025年1月20日", "2025-01-20", None, "伤害监测年度分析（2024 年度，2025 年 1 月撰写）", "docx"),
            (base + "2025年上半年伤害监测分析.pdf", "双桥街道2025年上半年伤害监测分析", "2025-01-01", "2025-06-30",
             "2025年7月16日", "2025-07-16", ("2024-01-01", "2024-06-30"), "伤害监测半年分析（2025 上半年，最后一期）", "pdf")]:
        extra = []
        if "年度" in title:
            h1, h2 = inj_stats(rows, "2024-01-01", "2024-06-30"), inj_stats(rows, "2024-07-01", "2024-12-31")
            extra = ["（四）上、下半年比较。2024年上半年登记%d例，下半年登记%d例；下半年电动自行车相关伤害%d例，较上半年%d例有所增加，"
                     "与下半年外卖配送量增加有关。全年涉及电动自行车的伤害%d例，较基线期%d例下降%s。"
                     % (h1["n"], h2["n"], h2["ebike"], h1["ebike"], inj_stats(rows, start, end)["ebike"], BASE["ebike_inj"],
                        pct(BASE["ebike_inj"] - inj_stats(rows, start, end)["ebike"], BASE["ebike_inj"]))]
        if "2025" in title:
            extra = ["（五）重点人群和重点场所分析（按区中期评估意见增加）。80岁以上高龄老人伤害%d例，均为跌倒；"
                     "发生在家庭的伤害%d例，占%s；发生在道路的伤害%d例。家庭仍是老年人伤害的主要场所，道路是中青年伤害的主要场所。"
                     % (sum(1 for r in rows if start <= r["date"].isoformat() <= end and r["age"] >= 80),
                        sum(1 for r in rows if start <= r["date"].isoformat() <= end and r["place"].startswith("家中")),
                        pct(sum(1 for r in rows if start <= r["date"].isoformat() <= end and r["place"].startswith("家中")),
                            inj_stats(rows, start, end)["n"]),
                        sum(1 for r in rows if start <= r["date"].isoformat() <= end and r["type"] == "道路交通伤害"))]
        body, s = injury_analysis(rows, title, start, end, written, prev, extra)
        if fmt == "docx":
            write_docx(rel, wdate, title, body, author="双桥街道社区卫生服务中心")
        else:
            write_pdf(rel, title, body, author="双桥街道社区卫生服务中心")
        reg(rel, kind, [9], [] if "小结" in title else [3], wdate)

    pbase = base + "防跌倒项目/"
    rel = pbase + "老年人居家防跌倒安全促进项目方案.docx"
    write_docx(rel, "2023-12-05", "双桥街道老年人居家防跌倒安全促进项目方案", [
        ("h", "一、项目背景"),
        "辖区60岁以上老年人10260人，占常住人口21.9%%，80岁以上高龄老人1432人，独居、空巢老人1085人。社区安全诊断显示，"
        "跌倒/坠落是辖区居民伤害的首位原因，基线期60岁以上老年人跌倒%d人次，其中居家跌倒%d人次；问卷中24.7%%的家庭过去一年有老人摔倒。"
        "老旧小区住房卫生间普遍无扶手、地面湿滑，楼道照明不足，是老年人跌倒的主要环境因素。" % (BASE["old_falls"], BASE["old_home_falls"]),
        ("h", "二、项目目标"),
        "到2025年底：1.60岁以上老年人居家跌倒就诊人次较基线期下降15%以上；2.完成80岁以上独居老人居家跌倒风险入户评估，"
        "中、高风险户适老化改造率达到70%以上；3.老年人防跌倒知识知晓率达到80%以上。",
        ("h", "三、干预措施"),
        "（一）入户评估：家庭医生团队使用《居家环境跌倒风险评估表》对高龄独居老人逐户评估，确定高、中、低风险等级。"
        "（二）适老化改造：对高、中风险户免费安装卫生间扶手、坐便扶手、防滑垫、感应夜灯，配置淋浴椅。"
        "（三）健康教育：每年举办防跌倒健康讲座不少于3场，开展平衡能力训练（八段锦、太极）。"
        "（四）随访管理：改造后3个月内随访，了解使用情况和跌倒发生情况。",
        ("h", "四、实施进度"),
        "2024年1月—6月完成第一批入户评估和改造；2024年7月—2025年6月完成第二批；2025年9月—10月开展效果评估。",
        ("h", "五、组织分工和经费"),
        "社区卫生服务中心牵头，各社区居委会、“平安双桥”志愿者协会配合。改造经费约16万元，由街道财政解决。",
        ("h", "六、评估方法"),
        "以伤害监测登记表中60岁以上老年人居家跌倒人次、入户评估和改造记录、随访记录、老年人知识问卷为依据进行前后对照评估。",
    ], author="双桥街道社区卫生服务中心")
    reg(rel, "安全促进项目方案（老年人防跌倒）", [5], [4], "2023-12-05")

    rnd = random.Random(56)
    fall = []
    for i in range(96):
        comm = rnd.choice(COMMUNITIES)
        est = rnd.choice([e for e in ESTATES[comm] if e in OLD_ESTATES] or ESTATES[comm])
        first = i < 52
        ev = (dt.date(2024, 1, 8) + dt.timedelta(days=rnd.randint(0, 160))) if first else (dt.date(2024, 7, 3) + dt.timedelta(days=rnd.randint(0, 340)))
        score = rnd.randint(3, 14)
        level = "高风险" if score >= 10 else ("中风险" if score >= 6 else "低风险")
        risks = "、".join(sorted(rnd.sample(["卫生间无扶手", "地面湿滑", "夜间照明不足", "门槛高", "杂物堆放", "视力下降", "服用多种药物", "步态不稳"], 2)))
        if level != "低风险" and rnd.random() < 0.9:
            mod = "、".join(sorted(rnd.sample(["卫生间扶手", "坐便扶手", "防滑垫", "感应夜灯", "淋浴椅"], rnd.randint(2, 4))))
            mdate = ev + dt.timedelta(days=rnd.randint(7, 30))
            fu = mdate + dt.timedelta(days=rnd.randint(60, 90))
            fres = rnd.choice(["使用正常，未发生跌倒", "使用正常，未发生跌倒", "使用正常，未发生跌倒", "随访期内跌倒1次（户外）"])
            if fu > dt.date(2025, 9, 30):
                fu, fres = None, "待随访"
        else:
            mod, mdate, fu, fres = "健康指导", None, None, ""
        fall.append([ev, comm, "%s%d幢" % (est, rnd.randint(1, 24)), masked(rnd), rnd.randint(80, 96), rnd.choice(["独居", "独居", "空巢"]),
                     rnd.choice(["有", "无", "无"]), score, level, risks, mod, mdate, fu, fres, rnd.choice(["潘晓燕", "曹静", "家庭医生 陈敏", "家庭医生 邵杰"])])
    fall.sort(key=lambda r: r[0])
    fall = [[i] + r for i, r in enumerate(fall, 1)]
    rel = pbase + "高龄独居老人防跌倒入户评估及适老化改造登记表.xlsx"
    write_xlsx(rel, "2025-09-30", [("评估改造登记", "双桥街道高龄独居老人居家跌倒风险入户评估及适老化改造登记表",
                                   ["序号", "评估日期", "社区", "住址", "姓名", "年龄", "居住状况", "近一年跌倒史", "评估得分", "风险等级",
                                    "主要风险因素", "改造内容", "改造日期", "随访日期", "随访结果", "评估人"], fall,
                                   [6, 12, 10, 16, 8, 6, 8, 10, 8, 8, 24, 30, 12, 12, 20, 14])], author="双桥街道社区卫生服务中心")
    reg(rel, "项目实施记录（防跌倒入户评估及改造，96 行）", [5], [], "2025-09-30")
    n_mod = sum(1 for r in fall if r[12])
    n_hi = sum(1 for r in fall if r[9] != "低风险")

    rel = pbase + "2024年老年人防跌倒健康讲座记录.docx"
    lect = [("2024-04-17", "青石社区党群服务中心", "家庭医生 陈敏", "《老年人跌倒的危害与预防》", 46),
            ("2024-08-21", "新桥社区老年活动室", "临江市第一人民医院康复科 孔令辉", "《平衡能力训练与居家环境改造》", 39),
            ("2024-11-20", "桂园社区党群服务中心", "家庭医生 邵杰", "《冬季老年人防跌倒与骨质疏松防治》", 52)]
    body = [("p", "本记录汇总2024年老年人防跌倒健康讲座3场。")]
    for i, (s, place, spk, topic, n) in enumerate(lect, 1):
        body += [("h", "第%d场：%s" % (i, topic)),
                 ("p", "时间：%s 下午2:30—4:00" % zh(s)), ("p", "地点：%s" % place), ("p", "主讲：%s" % spk),
                 ("p", "参加人数：%d人（60岁以上老年人%d人，家属%d人）" % (n, n - 6, 6)),
                 "讲座结合辖区老年人跌倒案例，讲解了跌倒的危险因素、居家环境改造要点和跌倒后的正确处理方法，现场演示了起身方法和平衡训练动作，"
                 "发放《老年人防跌倒指导手册》%d册。课后问卷显示，防跌倒知识知晓率由讲座前的%d%%提高到%d%%。" % (n, 48 + i * 3, 82 + i * 2)]
    write_docx(rel, "2024-11-20", "2024年老年人防跌倒健康讲座记录", body, author="双桥街道社区卫生服务中心")
    reg(rel, "健康讲座记录（3 场汇总）", [6], [5], "2024-11-20")

    s24 = inj_stats(rows, "2024-01-01", "2024-12-31")
    h24 = inj_stats(rows, "2024-01-01", "2024-06-30")
    h25 = inj_stats(rows, "2025-01-01", "2025-06-30")
    rel = pbase + "老年人防跌倒项目效果评估（2025年10月）.pdf"
    write_pdf(rel, "双桥街道老年人居家防跌倒安全促进项目效果评估报告", [
        ("h", "一、评估方法"),
        "2025年9月至10月，社区卫生服务中心对项目开展效果评估。采用前后对照方法，数据来源为伤害监测登记表（2023年9月—2025年6月）、"
        "入户评估及适老化改造登记表、随访记录和老年人防跌倒知识问卷（抽样150人）。",
        ("h", "二、过程指标"),
        "累计入户评估高龄独居老人%d户，评估为中、高风险%d户，完成适老化改造%d户，中、高风险户改造率%s（目标70%%）。"
        "2024年举办防跌倒健康讲座3场、参加137人，2025年结合各社区宣传活动开展防跌倒宣传。" % (len(fall), n_hi, n_mod, pct(n_mod, n_hi)),
        ("h", "三、效果指标"),
        ("t", [["指标", "基线值", "评估值", "目标", "结论"],
               ["60岁以上老年人居家跌倒就诊人次", "%d人次/年" % BASE["old_home_falls"], "2024年%d人次" % s24["old_home_falls"], "下降15%",
                "下降%s，达标" % pct(BASE["old_home_falls"] - s24["old_home_falls"], BASE["old_home_falls"])],
               ["60岁以上老年人跌倒就诊人次", "%d人次/年" % BASE["old_falls"], "2024年%d人次" % s24["old_falls"], "—",
                "下降%s" % pct(BASE["old_falls"] - s24["old_falls"], BASE["old_falls"])],
               ["同期比较（上半年）", "2024年上半年%d人次" % h24["old_falls"], "2025年上半年%d人次" % h25["old_falls"], "—", "基本持平"],
               ["防跌倒知识知晓率", "51.2%", "83.3%", "80%", "达标"]]),
        "随访显示，已改造户在随访期内未发生居家跌倒，仅有少数老人发生户外跌倒。",
        ("h", "四、存在问题"),
        "一是改造覆盖面仍限于高龄独居老人，60—79岁老年人居家跌倒尚未纳入干预；二是部分老人对安装扶手有顾虑；"
        "三是2025年7月后伤害监测登记中断，无法评估下半年数据。",
        ("h", "五、持续改进"),
        "2026年将改造对象扩大到80岁以上全部老人和有跌倒史的70岁以上老人，联合养老服务中心开展平衡能力训练，并恢复伤害监测逐例登记。",
        ("r", "双桥街道社区卫生服务中心"),
        ("r", "2025年10月28日"),
    ], author="双桥街道社区卫生服务中心")
    reg(rel, "项目效果评估（老年人防跌倒）", [5], [12], "2025-10-28")

    rel = pbase + "2024.10 扶手安装.png"
    write_png(rel, 1024)
    reg(rel, "照片（适老化改造，说明仅在文件名）", [5], [], "2024-10")


# ================================================================ 派出所

def police():
    base = "派出所/"
    rel = base + "校园周边道路交通安全促进项目实施方案.docx"
    write_docx(rel, "2024-04-08", "双桥街道校园周边道路交通安全促进项目实施方案", [
        ("h", "一、项目背景"),
        "双桥小学（学生1126人）、双桥中学（学生1038人）分别位于双桥路东西两侧，上下学高峰时段家长电动自行车接送集中，人车混行、"
        "违停占道、不戴头盔等问题突出。基线期（2022年9月—2023年8月）学校周边500米范围内发生交通事故%d起，伤%d人。"
        "问卷显示，44.6%%的学生由家长骑电动自行车接送，接送家长头盔佩戴率仅为61.8%%。" % (BASE["school_acc"], 11),
        ("h", "二、项目目标"),
        "到2025年6月底（一个完整学年）：1.学校周边500米范围交通事故起数较基线期下降30%以上；2.上下学高峰护学岗到岗率100%；"
        "3.接送家长头盔佩戴率达到90%以上；4.学生交通安全知识知晓率达到95%以上。",
        ("h", "三、干预措施"),
        "（一）设施改善：协调交警部门在学校门口施划彩色人行横道、设置限速30公里标志和减速带，在双桥小学门口设置“即停即走”临时停车区，"
        "安装隔离护栏80米。（二）护学岗：派出所民警、辅警、交警中队和“小黄帽”志愿者、家长志愿者每日上下学高峰在校门口执勤。"
        "（三）执法劝导：开展电动自行车不戴头盔、违法载人、逆行和机动车违停专项整治。（四）宣传教育：每学期开展交通安全“开学第一课”，"
        "组织“小手拉大手”活动，向家长发放交通安全告知书。",
        ("h", "四、实施进度和分工"),
        "2024年4月至5月完成设施改善；2024年4月起护学岗常态化运行；2025年6月学年结束后开展效果评估。双桥派出所牵头，"
        "东湖交警大队双桥中队、双桥小学、双桥中学、综治中心配合。",
        ("h", "五、评估方法"),
        "以派出所、交警中队事故统计，护学岗执勤记录，头盔佩戴率现场观察（每学期2次）和学生问卷为依据开展前后对照评估。",
    ], author="东湖公安分局双桥派出所")
    reg(rel, "安全促进项目实施方案（校园周边交通）", [5], [4], "2024-04-08")

    rnd = random.Random(61)
    rows = []
    day = dt.date(2024, 4, 8)
    while day <= dt.date(2025, 6, 27):
        holiday = (day.month in (7, 8)) or (day.month == 2 and day.day < 17) or (day.month == 1 and day.day > 18) \
            or day.weekday() >= 5
        if not holiday and rnd.random() < 0.18:
            for sch in ["双桥小学", "双桥中学"]:
                if rnd.random() < 0.75:
                    sess = rnd.choice(["早高峰7:10—8:00", "晚高峰16:20—17:20"])
                    helmet = rnd.randint(3, 14) if day.year == 2024 else rnd.randint(0, 6)
                    rows.append([day, sess, sch, rnd.choice(["民警 孙海涛", "民警 邹凯", "辅警 陶明", "辅警 韦强", "交警 赵国强"]),
                                 rnd.randint(2, 5), rnd.randint(2, 6), helmet, rnd.randint(0, 4), rnd.randint(0, 3),
                                 rnd.choice(["秩序良好", "秩序良好", "东侧路口车辆较多", "雨天，加派人员", "家长违停已劝离"])])
        day += dt.timedelta(days=1)
    rows = [[i] + r for i, r in enumerate(rows, 1)]
    fac = [[1, "双桥小学门口彩色人行横道", "东湖交警大队", d("2024-05-10").date(), "已完成"],
           [2, "双桥中学门口彩色人行横道", "东湖交警大队", d("2024-05-10").date(), "已完成"],
           [3, "限速30公里标志4块", "东湖交警大队", d("2024-05-16").date(), "已完成"],
           [4, "减速带6条", "街道城管科", d("2024-05-20").date(), "已完成"],
           [5, "“即停即走”临时停车区", "双桥中队", d("2024-05-28").date(), "已完成"],
           [6, "隔离护栏80米", "街道城管科", d("2024-06-05").date(), "已完成"],
           [7, "学校门口监控抓拍设备", "东湖交警大队", d("2024-09-01").date(), "已完成"]]
    rel = base + "校园周边交通秩序整治及护学岗记录（2024-2025）.xlsx"
    write_xlsx(rel, "2025-06-30", [
        ("护学岗记录", "双桥小学、双桥中学护学岗执勤及交通秩序整治记录",
         ["序号", "日期", "时段", "学校", "带班民警/辅警", "志愿者人数", "家长志愿者", "劝导未戴头盔", "纠正违法载人", "劝离违停", "情况"],
         rows, [6, 12, 16, 10, 14, 10, 10, 12, 12, 10, 18]),
        ("设施完善", None, ["序号", "设施", "实施单位", "完成日期", "状态"], fac, [6, 30, 16, 12, 8])], author="东湖公安分局双桥派出所")
    reg(rel, "项目实施记录（护学岗及整治，%d 行）" % len(rows), [5], [8], "2025-06-30")

    rel = base + "校园周边道路交通安全项目效果评估.docx"
    write_docx(rel, "2025-07-05", "校园周边道路交通安全促进项目效果评估报告", [
        ("h", "一、评估概况"),
        "项目自2024年4月实施，至2025年6月已运行一个完整学年（2024年9月—2025年6月）。2025年7月，派出所会同交警中队、两所学校开展效果评估。",
        ("h", "二、目标完成情况"),
        ("t", [["目标", "基线值", "评估值", "结论"],
               ["学校周边500米交通事故下降30%", "%d起" % BASE["school_acc"], "4起（2024年9月—2025年6月）", "下降55.6%，达标"],
               ["护学岗到岗率100%", "—", "上学日100%%到岗（执勤记录%d条为带班抽查记录）" % len(rows), "达标"],
               ["接送家长头盔佩戴率90%", "61.8%", "93.2%（2025年5月现场观察）", "达标"],
               ["学生交通安全知识知晓率95%", "82.4%", "96.1%", "达标"]]),
        ("h", "三、效果分析"),
        "设施改善和护学岗常态化运行后，学校门口高峰时段通行秩序明显好转，平均通行时间由12分钟缩短到7分钟。4起事故均为轻微剐蹭，无人员重伤。",
        ("h", "四、持续改进"),
        "1.双桥中学西门新增护学岗点位；2.推动学校错峰放学；3.将护学岗志愿者纳入“平安双桥”志愿服务积分管理。",
        ("r", "双桥派出所    2025年7月5日"),
    ], author="东湖公安分局双桥派出所")
    reg(rel, "项目效果评估（校园周边交通）", [5], [12], "2025-07-05")

    rel = base + "双桥派出所2024年度辖区治安及交通事故情况通报.pdf"
    write_pdf(rel, "2024年度双桥辖区治安及交通事故情况通报", [
        ("p", "双桥街道安委办："),
        "根据《双桥街道安全社区建设工作制度》关于事故信息通报的规定，现将2024年度辖区治安及交通事故情况通报如下。",
        ("h", "一、治安情况"),
        "2024年辖区共受理刑事案件87起，同比下降14.7%；治安案件312起，同比下降9.3%；电动自行车被盗案件41起，同比下降32.8%。未发生重大恶性案件。",
        ("h", "二、道路交通事故情况"),
        "2024年辖区发生道路交通事故（一般程序）12起，死亡0人，受伤15人；简易程序事故186起。涉及电动自行车的事故占61.3%。"
        "事故多发路段为双桥路与人民路交叉口、滨河路和解放北路。学校周边500米范围内发生事故3起（均为轻微事故）。",
        ("h", "三、火灾情况（消防救援站提供）"),
        "2024年辖区发生火灾7起，其中电动自行车火灾3起、电气线路故障2起、其他2起，未造成人员伤亡。",
        ("h", "四、工作建议"),
        "继续加强校园周边和事故多发路口的管控，持续开展电动自行车头盔佩戴和违法载人整治。",
        ("r", "东湖公安分局双桥派出所"),
        ("r", "2025年1月12日"),
    ], author="东湖公安分局双桥派出所")
    reg(rel, "事故情况通报（2024 年度，2025 年 1 月）", [9], [3], "2025-01-12")


# ================================================================ 消防救援站

def fire_station():
    base = "消防救援站/"
    rel = base + "老旧小区消防与燃气安全提升项目实施方案.docx"
    write_docx(rel, "2023-11-20", "双桥街道老旧小区消防与燃气安全提升项目实施方案", [
        ("h", "一、项目背景"),
        "辖区23个老旧小区建于1980—2000年，其中9个无物业管理，普遍存在楼道堆物、消防设施缺失、电气线路老化、消防车通道被占用、"
        "居民燃气设施老化等问题。基线期辖区火灾11起，其中发生在老旧小区8起；居民燃气隐患突出，问卷中仅61.2%的居民知道燃气泄漏正确处置方法。",
        ("h", "二、项目目标"),
        "到2025年底：1.老旧小区火灾起数较基线期下降30%以上；2.老旧小区楼道灭火器配置率100%；3.80岁以上独居老人家庭独立式烟感报警器安装率100%；"
        "4.居民燃气入户安全检查覆盖率达到95%，C类（严重）隐患动态清零；5.不发生燃气爆炸事故。",
        ("h", "三、干预措施"),
        "（一）消防设施：为23个老旧小区楼道配置灭火器，为高龄独居老人家庭安装独立式烟感报警器，修复疏散指示和应急照明。"
        "（二）燃气安全：会同华润燃气开展居民燃气入户安全检查，实行ABC分类管理，对独居老人家庭免费更换不锈钢波纹管、加装燃气报警器。"
        "（三）日常管理：网格员每日巡查楼道堆物，每季度组织集中清理；消防车通道施划标线。（四）宣传培训：结合“119”消防宣传月开展消防进社区，"
        "培训楼栋长、网格员使用灭火器。（五）应急演练：每年在老旧小区组织消防应急疏散演练。",
        ("h", "四、进度安排"),
        "2023年12月—2024年6月完成设施配置；2024年3月起开展燃气入户检查；2025年建设微型消防站；2025年12月开展效果评估。",
        ("h", "五、分工和经费"),
        "双桥消防救援站、街道安委办牵头，华润燃气、各社区、安居物业配合。经费约45万元。",
        ("h", "六、评估方法"),
        "以火灾统计、设施配置记录、燃气入户检查台账和居民问卷为依据开展前后对照评估。",
    ], author="东湖区消防救援大队双桥消防救援站")
    reg(rel, "安全促进项目实施方案（老旧小区消防与燃气）", [5], [4], "2023-11-20")

    rnd = random.Random(65)
    fac = []
    k = 0
    for est in OLD_ESTATES + ["青石花园", "石桥苑", "丹桂苑", "桂园小区", "滨河花园", "水岸人家", "锦华公寓", "桂园东村二区",
                               "河埠新村东区", "新桥一村北区", "纺机宿舍西区", "粮站宿舍北区", "百货公司宿舍二区", "青石新村南区"][:14]:
        comm = [c for c, es in ESTATES.items() if any(est.startswith(e) for e in es)]
        comm = comm[0] if comm else rnd.choice(COMMUNITIES)
        for item, unit in [("楼道灭火器", "具"), ("应急照明/疏散指示", "处"), ("消防车通道标线", "米")]:
            k += 1
            q = {"具": rnd.randint(40, 140), "处": rnd.randint(8, 40), "米": rnd.randint(60, 300)}[unit]
            when = dt.date(2023, 12, 10) + dt.timedelta(days=rnd.randint(0, 190))
            fac.append([comm, est, item, q, unit, when, rnd.choice(["双桥消防救援站", "安居物业", "街道安委办"]), "已验收"])
    fac.sort(key=lambda r: (r[5], r[1]))
    fac = [[i] + r for i, r in enumerate(fac, 1)]
    smoke = []
    for i in range(1, 41):
        comm, addr = building(rnd)
        when = dt.date(2024, 1, 15) + dt.timedelta(days=rnd.randint(0, 120))
        smoke.append([i, comm, addr, masked(rnd), rnd.randint(80, 95), rnd.randint(1, 3), when,
                      when + dt.timedelta(days=rnd.randint(150, 400)) if rnd.random() < 0.8 else None, "正常"])
    rel = base + "老旧小区消防设施改造及入户检查记录汇总.xlsx"
    write_xlsx(rel, "2025-08-31", [
        ("消防设施配置", "老旧小区消防设施配置改造记录", ["序号", "社区", "小区", "项目", "数量", "单位", "完成日期", "实施单位", "验收"],
         fac, [6, 10, 14, 18, 8, 6, 12, 16, 8]),
        ("独居老人烟感入户", "高龄独居老人独立式烟感报警器安装及入户检查（抽查记录）",
         ["序号", "社区", "住址", "户主", "年龄", "安装数量", "安装日期", "入户复查日期", "状态"], smoke, [6, 10, 16, 8, 6, 8, 12, 14, 8])],
        author="东湖区消防救援大队双桥消防救援站")
    reg(rel, "项目实施记录（消防设施改造、烟感入户，%d 行）" % (len(fac) + len(smoke)), [5], [8], "2025-08-31")

    rel = base + "2024年“119”消防宣传月活动总结.docx"
    write_docx(rel, "2024-11-30", "双桥街道2024年“119”消防宣传月活动总结", [
        "2024年11月，双桥消防救援站会同街道安委办、各社区，以“全民消防、生命至上”为主题开展“119”消防宣传月活动。现将活动情况总结如下。",
        ("h", "一、活动开展情况"),
        "（一）消防宣传进社区。在4个社区开展消防宣传进社区活动8场，设置咨询台，展出电动自行车火灾、燃气事故警示展板，"
        "发放《家庭防火手册》《电动自行车安全充电提示》4200余份，参与居民1360余人次。",
        "（二）消防站开放日。11月9日举办消防站开放日，双桥小学、双桥中学学生和家长共320人参观消防车辆器材，体验穿戴消防服、使用水枪。",
        "（三）灭火器实操体验。在青石新村、新桥一村等老旧小区设置灭火器实操体验点，指导居民和楼栋长正确使用灭火器，共286人参加体验。",
        "（四）“小手拉大手”。组织学生绘制家庭逃生路线图1100余份，带动家庭检查电气线路和燃气设施。",
        ("h", "二、活动成效和不足"),
        "宣传月期间辖区未发生火灾。不足之处：原计划11月组织的老旧小区消防应急疏散演练，因与开放日和区消防检查时间冲突未能组织，"
        "拟调整到2025年上半年结合防灾减灾日组织。",
        ("r", "双桥消防救援站    2024年11月30日"),
    ], author="东湖区消防救援大队双桥消防救援站")
    reg(rel, "宣传活动总结（2024“119”消防宣传月）", [6], [5], "2024-11-30")

    g = gas_rows()
    c25 = sum(1 for r in g if r[0].year == 2025 and r[7] == "C")
    rel = base + "老旧小区消防与燃气安全提升项目效果评估报告.docx"
    write_docx(rel, "2025-12-05", "老旧小区消防与燃气安全提升项目效果评估报告", [
        ("h", "一、评估概况"),
        "项目自2023年12月实施，至2025年11月满两年。2025年11月下旬，双桥消防救援站会同街道安委办、华润燃气开展效果评估，"
        "数据来源为火灾统计、消防设施配置记录、燃气入户检查台账和居民抽样问卷（发放300份，有效294份）。",
        ("h", "二、目标完成情况"),
        ("t", [["目标", "基线值", "评估值", "结论"],
               ["老旧小区火灾起数下降30%", "8起/年", "2024年5起；2025年1—11月2起", "达标"],
               ["楼道灭火器配置率100%", "12.4%", "100%（1860具）", "达标"],
               ["80岁以上独居老人烟感安装率100%", "0", "100%（安装烟感2400余只）", "达标"],
               ["燃气入户检查覆盖率95%", "—", "2024年93.1%，2025年95.6%", "2025年达标"],
               ["C类燃气隐患动态清零", "—", "2025年重点户台账C类%d户，均已停气整改并恢复供气" % c25, "达标"],
               ["不发生燃气爆炸事故", "—", "未发生", "达标"]]),
        ("h", "三、效果分析"),
        "楼道灭火器、烟感报警器和应急照明的配置，使老旧小区初起火灾处置能力明显提升。2025年3月青石新村一户厨房起火，"
        "烟感报警器报警后邻居使用楼道灭火器将火扑灭，未造成人员伤亡。居民燃气泄漏正确处置知晓率由61.2%提高到88.4%。",
        ("h", "四、存在问题和持续改进"),
        "部分小区消防车通道占用反复，外墙、围墙等设施老化隐患增多。2026年将把设施老化隐患纳入项目，推动老旧小区改造同步解决，并加强微型消防站日常训练。",
        ("r", "双桥消防救援站  双桥街道安委办"),
        ("r", "2025年12月5日"),
    ], author="东湖区消防救援大队双桥消防救援站")
    reg(rel, "项目效果评估（老旧小区消防与燃气）", [5], [12], "2025-12-05")

    rnd = random.Random(68)
    team = [[i, person(rnd), rnd.choice(["站长", "队员", "队员", "队员"]) if i > 1 else "站长", rnd.choice(["街道机关", "青石社区", "桂园社区", "安居物业", "志愿者"]),
             rnd.randint(24, 55), "1%d****%04d" % (rnd.choice([35, 38, 39, 58]), rnd.randint(0, 9999))] for i in range(1, 13)]
    train = []
    day = dt.date(2025, 8, 22)
    while day <= dt.date(2025, 12, 26):
        train.append([day, rnd.choice(["灭火器、消火栓使用", "水带连接与出水", "初起火灾扑救", "空气呼吸器佩戴", "楼道疏散引导", "器材维护保养"]),
                      "双桥街道微型消防站", rnd.randint(7, 12), rnd.choice(["李振华", "高磊"]), 1.5])
        day += dt.timedelta(days=7)
    train = [[i] + r for i, r in enumerate(train, 1)]
    rel = base + "微型消防站队员名册及训练记录.xlsx"
    write_xlsx(rel, "2025-12-31", [
        ("队员名册", "双桥街道微型消防站队员名册（2025年8月组建）", ["序号", "姓名", "职务", "单位", "年龄", "联系电话"], team, [6, 10, 8, 12, 6, 14]),
        ("2025年训练记录", None, ["序号", "日期", "训练内容", "地点", "参训人数", "带训人", "时长（小时）"], train, [6, 12, 22, 18, 10, 10, 12])],
        author="东湖区消防救援大队双桥消防救援站")
    reg(rel, "应急队伍名册及训练记录（微型消防站，2025）", [7], [], "2025-12-31")


# ================================================================ 辖区学校

def schools():
    base = "辖区学校/"
    rel = base + "儿童防溺水安全促进项目实施方案.docx"
    write_docx(rel, "2024-05-20", "双桥街道儿童防溺水安全促进项目实施方案", [
        ("h", "一、项目背景"),
        "双桥河流经滨河社区2.1公里，沿岸有河埠头5处，部分河段无护栏。辖区14周岁以下儿童5310人，暑期留守和外来务工人员子女较多，"
        "基线期发生儿童涉水险情%d起。社区安全诊断将儿童溺水列为重点问题之一。" % BASE["water"],
        ("h", "二、项目目标"),
        "增强学生和家长的防溺水安全意识，落实暑期河道巡查，减少儿童涉水险情，坚决防止儿童溺水死亡事故发生。",
        ("h", "三、主要措施"),
        "（一）宣传教育：学校每学期开展防溺水“开学第一课”和“六不”教育，暑假前向每位家长发放《防溺水致家长一封信》并回收回执。"
        "（二）河道巡查：6月至9月在双桥河沿岸设置巡查点6处，由滨河社区组织志愿者每日巡河，劝离河边戏水儿童。"
        "（三）设施完善：在河埠头和危险河段设置警示牌，配置救生圈、救生杆。（四）技能培训：组织教师和巡河志愿者学习溺水急救知识。",
        ("h", "四、组织分工"),
        "双桥小学、双桥中学牵头负责学生教育和家长告知，滨河社区负责河道巡查和志愿者组织，街道城建办负责警示设施。",
        ("h", "五、实施时间"),
        "2024年5月起实施，每年5月至9月为重点时段。",
    ], author="双桥小学")
    reg(rel, "安全促进项目实施方案（儿童防溺水，无评估方法）", [5], [4], "2024-05-20")

    rnd = random.Random(70)
    rows = []
    day = dt.date(2024, 6, 20)
    points = ["1号巡查点（河埠新村河埠头）", "2号巡查点（滨河公园段）", "3号巡查点（双桥石桥下游）", "4号巡查点（粮站宿舍东侧）",
              "5号巡查点（水岸人家段）", "6号巡查点（铁路桥下）"]
    while day <= dt.date(2024, 8, 31):
        for _ in range(1 if rnd.random() < 0.8 else 0):
            found = rnd.random() < 0.22
            rows.append([day, rnd.choice(["9:00—11:00", "14:00—17:00", "17:00—19:00"]), rnd.choice(points),
                         "、".join(person(rnd) for _ in range(rnd.randint(2, 3))),
                         rnd.choice(["发现儿童在河边玩耍", "发现3名学生在河埠头戏水", "发现成人垂钓带儿童"]) if found else "未发现异常",
                         "当场劝离并联系家长" if found else "—"])
        day += dt.timedelta(days=1)
    rows = [[i] + r for i, r in enumerate(rows, 1)]
    rel = base + "2024年暑期防溺水巡查记录.xlsx"
    write_xlsx(rel, "2024-08-31", [("巡河记录", "2024年暑期双桥河防溺水巡查记录", ["序号", "日期", "时段", "巡查点", "巡查人员", "发现情况", "处置"],
                                   rows, [6, 12, 12, 28, 22, 24, 18])], author="滨河社区居委会")
    reg(rel, "项目实施记录（2024 暑期巡河，%d 行）" % len(rows), [5], [8], "2024-08-31")

    rnd = random.Random(71)
    sheets = []
    for y in (2024, 2025):
        rr = []
        for sch, grades, per in [("双桥小学", range(1, 7), 4), ("双桥中学", range(7, 10), 6)]:
            for gr in grades:
                for c in range(1, per + 1):
                    n = rnd.randint(40, 50)
                    back = n - (rnd.randint(0, 3) if y == 2024 else rnd.randint(0, 2))
                    rr.append([sch, "%d年级%d班" % (gr, c), n, back, pct(back, n)])
        tot = sum(r[2] for r in rr)
        bk = sum(r[3] for r in rr)
        rr.append(["合计", "", tot, bk, pct(bk, tot)])
        sheets.append(("%d年" % y, "%d年暑假《防溺水致家长一封信》回执统计" % y, ["学校", "班级", "学生数", "回执数", "回收率"], rr, [12, 12, 8, 8, 8]))
    rel = base + "防溺水致家长一封信回执统计.xlsx"
    write_xlsx(rel, "2025-07-08", sheets, author="双桥小学")
    reg(rel, "家长告知书回执统计（2024、2025）", [6], [5], "2025-07-08")

    rel = base + "2025年防溺水专项工作开展情况.docx"
    write_docx(rel, "2025-09-05", "双桥街道2025年儿童防溺水专项工作开展情况", [
        "2025年5月至8月，双桥小学、双桥中学和滨河社区按照儿童防溺水安全促进项目方案，持续开展防溺水专项工作，现将开展情况报告如下。",
        ("h", "一、主要工作"),
        "（一）宣传教育。5月下旬两所学校开展防溺水专题教育，各班召开主题班会；暑假前向家长发放《防溺水致家长一封信》，回执回收率99%以上。"
        "（二）河道巡查。6月20日至8月31日，滨河社区组织巡河志愿者每日巡查，共巡查73天，劝离河边玩耍儿童41人次。"
        "（三）设施完善。街道城建办更换损坏警示牌4块，新增救生圈8个、救生杆6根。（四）技能培训。6月组织教师和巡河志愿者溺水急救培训1次。",
        ("h", "二、工作成效"),
        "2025年暑期辖区未发生儿童溺水死亡事故。6月有1名儿童在滨河花园景观水池戏水呛水，经及时处置无大碍。",
        ("h", "三、存在问题"),
        "一是双桥河石桥下游段护栏仍未建设；二是项目效果评估工作因牵头人员调整尚未开展，评估指标也未确定，拟于年底前补充评估指标并完成评估。",
        ("r", "双桥小学  滨河社区居委会"),
        ("r", "2025年9月5日"),
    ], author="双桥小学")
    reg(rel, "项目实施情况报告（儿童防溺水 2025，注明评估未开展）", [5], [6], "2025-09-05")

    rel = base + "双桥小学2025年秋季消防疏散演练总结.pdf"
    write_pdf(rel, "双桥小学2025年秋季消防应急疏散演练总结", [
        "为提高师生应对火灾的能力，2025年11月7日上午10:20，双桥小学组织全校师生开展消防应急疏散演练，双桥消防救援站派员现场指导。",
        ("h", "一、演练情况"),
        "演练模拟教学楼三楼实验室起火。警报响起后，各班任课教师立即组织学生用湿毛巾捂住口鼻、弯腰沿指定路线疏散，"
        "全校24个班级1126名学生和86名教职工在2分48秒内全部疏散至操场，各班清点人数无遗漏。随后消防员讲解了火场逃生知识，"
        "教师代表演示了灭火器使用。",
        ("h", "二、评估与改进"),
        "疏散秩序良好，用时较上学期缩短22秒。存在问题：一年级个别学生疏散时奔跑推挤，东侧楼梯口拥堵。改进措施：加强低年级疏散训练，"
        "优化东侧楼梯疏散班级分配。",
        ("r", "双桥小学    2025年11月7日"),
    ], author="双桥小学")
    reg(rel, "应急演练总结（学校 2025 秋）", [7], [], "2025-11-07")

    rel = base + "双桥中学2026年春季防震应急疏散演练方案及总结.docx"
    write_docx(rel, "2026-04-16", "双桥中学2026年春季防震应急疏散演练方案及总结", [
        ("h", "一、演练方案"),
        "演练时间：2026年4月16日上午9:50（第二节课）。演练内容：地震预警、就地避险、有序疏散、集合清点、伤员救护。"
        "参演人员：全校18个班级1038名学生、92名教职工。组织：校长吴建军任总指挥，各年级组长任疏散组长，校医负责救护。",
        ("h", "二、演练总结"),
        "9:50警报响起，师生迅速在课桌下就地避险；1分钟后第二次警报，各班按预定路线疏散至操场，用时3分05秒，清点人数无误。"
        "校医对2名“受伤学生”进行了包扎。演练后，双桥消防救援站教官讲解了地震避险知识。",
        "存在问题：部分学生避险姿势不规范，个别班级疏散时未按路线行进。改进：各班主任利用班会课进行避险姿势训练。",
        ("r", "双桥中学    2026年4月16日"),
    ], author="双桥中学")
    reg(rel, "应急演练方案及总结（学校 2026 春）", [7], [], "2026-04-16")


# ================================================================ 各社区居委会

def record_body(date_text, place, speaker, who, count, content, effect, speaker_label="主讲人"):
    body = [("p", "时间：%s" % date_text), ("p", "地点：%s" % place), ("p", "%s：%s" % (speaker_label, speaker)),
            ("p", "参加对象：%s" % who)]
    if count is not None:
        body.append(("p", "参加人数：%d人" % count))
    body += [content, effect]
    return body


TRAIN_2024 = [
    ("青石社区消防安全知识培训", "2024年3月14日下午", "青石社区党群服务中心", "双桥消防救援站 高磊", "楼栋长、网格员、居民", 62,
     "讲解老旧小区火灾特点、楼道堆物和电动自行车入户充电的危害，示范灭火器和消火栓的使用方法，介绍火场逃生要点。",
     "课后现场测试合格率93%，楼栋长表示将带头清理楼道杂物。"),
    ("桂园社区电动自行车安全使用培训", "2024.4.25 上午", "桂园社区二楼会议室", "东湖交警大队双桥中队 赵国强", "外卖快递骑手、电动自行车车主", 48,
     "讲解电动自行车通行规则、头盔佩戴、禁止违法载人，以及电池选购、规范充电和集中充电点的使用。",
     "培训后向参训骑手发放安全头盔20顶，骑手签订安全骑行承诺书。"),
    ("新桥社区燃气安全使用培训", "2024年5月23日上午", "新桥社区老年活动室", "华润燃气东湖分公司 钱伟", "老旧小区居民、独居老人家属", 71,
     "讲解燃气泄漏的识别与处置、胶管和灶具的安全使用、燃气报警器的作用，介绍入户安全检查ABC分类管理的内容。",
     "现场报名更换波纹管23户、安装报警器15户。"),
    ("滨河社区防汛及防溺水知识培训", "2024年6月6日下午", "滨河社区党群服务中心", "街道应急管理办 周建明；社区卫生服务中心 潘晓燕", "防汛应急分队队员、巡河志愿者、居民", 55,
     "讲解汛期预警信号、低洼地段人员转移、地下车库防倒灌措施，以及溺水急救（心肺复苏）方法。",
     "巡河志愿者全部参加了心肺复苏实操。"),
    ("安全社区专项工作组业务培训", "2024年7月11日全天", "双桥街道党群服务中心一楼报告厅", "临江市安全社区促进中心 吴文斌", "各专项工作组成员、安全社区专干", 36,
     "讲解安全促进项目的过程记录、效果评估指标设计和评估报告写法，分组点评5个项目的实施方案。",
     "各项目组根据点评意见修改完善项目记录格式。"),
    ("新桥社区居家用电安全培训", "2024年9月19日上午", "新桥社区老年活动室", "安居物业 电工 顾明", "老年居民、楼栋长", 50,
     "讲解老旧住房电气线路老化的危害、大功率电器使用注意事项和漏电保护器的作用。",
     "现场为居民检测插座、插线板32个。"),
    ("青石社区楼栋长、网格员应急救护培训", "2024年10月24日下午", "青石社区党群服务中心", "社区卫生服务中心 家庭医生 陈敏", "楼栋长、网格员", 40,
     "讲解心肺复苏、海姆立克急救法、外伤止血包扎和老人跌倒后的正确处置方法，学员分组进行实操练习。",
     "全部学员通过实操考核。"),
    ("滨河社区冬季消防安全培训", "2024年11月14日下午", "滨河社区党群服务中心", "双桥消防救援站 高磊", "居民、沿街商铺经营者", 45,
     "讲解冬季取暖用电、用火、用气安全和沿街商铺“三合一”场所的火灾危险。",
     "沿街商铺经营者签订消防安全承诺书18份。"),
    ("桂园社区冬季防火及老年人防跌倒培训", "2024年12月12日上午", "桂园社区二楼会议室", "社区卫生服务中心 邵杰；双桥消防救援站 高磊", "老年居民及家属", 58,
     "讲解冬季防火常识、取暖器使用安全和冬季雨雪天气老年人防跌倒要点。",
     "发放防跌倒指导手册58册、家庭防火手册58册。"),
]

ACT_2025 = [
    ("新桥社区楼栋长消防安全培训", "2025年3月20日下午", "新桥社区老年活动室", "双桥消防救援站 高磊", "楼栋长、网格员", 44,
     "讲解楼道堆物清理、消防车通道管理和初起火灾扑救。", "楼栋长领取楼道巡查记录本44本。"),
    ("“全国中小学生安全教育日”安全知识进校园", "2025年3月31日上午", "双桥小学操场", "双桥派出所、双桥消防救援站、社区卫生服务中心", "双桥小学学生、教师", 320,
     "开展交通安全、消防安全、防溺水、防欺凌知识宣讲和互动问答。", "发放安全知识读本320册。"),
    ("防灾减灾日宣传咨询活动", "2025年5月12日下午", "新桥一村小区广场", "街道安委办", "居民", 210,
     "设置咨询台和展板，讲解地震、火灾、洪涝避险知识，开展心肺复苏体验。上午已在新桥一村组织消防应急疏散演练（另有记录）。",
     "发放宣传资料600余份。"),
    ("青石社区电动自行车安全充电宣传", "2025年5月28日晚", "青石新村集中充电点", "综治中心 杨帆", "居民、骑手", 86,
     "在集中充电点现场讲解规范充电、电池更换注意事项，张贴充电安全提示。", "现场登记办理充电卡31张。"),
    ("滨河社区溺水急救培训", "2025年6月12日下午", "滨河社区党群服务中心", "社区卫生服务中心 潘晓燕", "教师、巡河志愿者", 32,
     "讲解溺水急救、心肺复苏和救生圈、救生杆的使用。", "全部学员完成心肺复苏实操。"),
    ("桂园社区“安全生产月”安全宣传咨询日", "2025年6月16日上午", "桂园广场", "街道安委办、华润燃气、双桥消防救援站", "居民", 260,
     "开展燃气安全、用电安全、消防安全咨询，现场演示燃气泄漏处置。", "受理居民安全咨询47人次。"),
    ("滨河社区暑期防溺水宣传", "2025年7月10日上午", "滨河公园段巡查点", "滨河社区 林芳", "儿童及家长", 75,
     "向儿童和家长讲解防溺水“六不”，发放防溺水提示卡，组织儿童签名承诺。", "发放提示卡200张。"),
    ("青石社区燃气安全培训", "2025年9月18日上午", "青石社区党群服务中心", "华润燃气东湖分公司 陆明", "老旧小区居民", 57,
     "讲解燃气泄漏处置、直排热水器的危害和燃气报警器的安装。", "现场预约入户检查19户。"),
    ("网格员安全隐患排查业务培训", "2025年10月23日下午", "双桥街道党群服务中心一楼报告厅", "街道安委办 韩冬", "全体网格员", 48,
     "讲解隐患排查要点、隐患上报流程和隐患排查整治台账的填写要求。", "培训后进行了业务测试。"),
    ("桂园小区“119”消防宣传", "2025年11月8日上午", "桂园小区", "双桥消防救援站", "居民", 138,
     "开展消防知识宣讲、灭火器实操体验和消防车辆展示。", "灭火器实操体验62人。"),
    ("新桥社区冬季安全用气宣传", "2025年12月3日上午", "新桥二村", "华润燃气东湖分公司", "居民", 94,
     "入户发放安全用气明白纸，讲解冬季用气安全和一氧化碳中毒预防。", "发放明白纸300份。"),
]


def communities():
    base = "各社区居委会/"
    rel = base + "2024年各社区安全培训记录汇编.docx"
    body = [("p", "编印：双桥街道安委办    2024年12月25日"),
            ("p", "说明：本汇编收录2024年街道及各社区组织的安全培训记录9份，签到表和照片由各社区留存。")]
    for i, (t, dtext, place, spk, who, n, c, e) in enumerate(TRAIN_2024):
        body.append(("h", "%s、%s" % ("一二三四五六七八九十"[i], t)))
        body += record_body(dtext, place, spk, who, n, "培训内容：" + c, "培训效果：" + e)
    write_docx(rel, "2024-12-25", "2024年各社区安全培训记录汇编", body, author=AWB)
    reg(rel, "培训记录汇编（2024 年 9 场）", [6], [], "2024-12-25")

    rel = base + "2025年各社区安全宣传教育和培训活动记录汇编.docx"
    body = [("p", "编印：双桥街道安委办    2025年12月28日"),
            ("p", "说明：本汇编收录2025年各社区及街道组织的安全宣传教育和培训活动记录11份。")]
    for i, (t, dtext, place, spk, who, n, c, e) in enumerate(ACT_2025):
        body.append(("h", "（%d）%s" % (i + 1, t)))
        body += record_body(dtext, place, spk, who, n, "活动内容：" + c, "活动效果：" + e, speaker_label="组织/主讲")
    write_docx(rel, "2025-12-28", "2025年各社区安全宣传教育和培训活动记录汇编", body, author=AWB)
    reg(rel, "宣传培训活动记录汇编（2025 年 11 次）", [6], [2], "2025-12-28")

    rel = base + "桂园社区/桂园社区电动自行车安全培训记录（2025.4）.docx"
    write_docx(rel, "2025-04-16", "桂园社区电动自行车安全培训记录", [
        ("p", "培训时间：2025年4月16日（星期三）上午9:30"),
        ("p", "培训地点：桂园社区党群服务中心二楼"),
        ("p", "主讲：双桥消防救援站 高磊"),
        ("p", "培训对象：辖区外卖快递骑手、电动自行车车主及居民代表"),
        "培训内容：一是结合近年来全国电动自行车火灾典型案例，讲解电动自行车火灾燃烧速度快、毒性大的特点；二是讲解选购合格电动自行车和电池、"
        "不私自改装、不在楼道和室内停放充电的要求；三是介绍桂园小区、丹桂苑集中充电点的位置和使用方法；四是讲解骑行佩戴头盔、不违法载人等交通安全知识。",
        "培训效果：现场气氛热烈，骑手们就电池更换、充电收费等问题进行了提问，主讲人一一解答。会后社区向骑手发放了安全骑行提示卡。",
        ("p", "附：现场照片2张（略）"),
        ("p", "记录：桂园社区  马晓东"),
    ], author="桂园社区居委会")
    reg(rel, "培训记录（单场，未载参加人数、无签到）", [6], [5], "2025-04-16")

    rel = base + "青石社区/青石社区楼道堆物及消防通道清理记录.docx"
    write_docx(rel, "2024-08-15", "青石社区楼道堆物及消防通道集中清理行动记录", [
        ("p", "时间：2024年8月13日—15日"),
        ("p", "范围：青石新村、纺机宿舍、石桥苑、青石花园"),
        ("p", "组织：青石社区居委会、双桥消防救援站、安居物业、“平安双桥”志愿者"),
        "按照老旧小区消防与燃气安全提升项目安排，社区于8月13日至15日开展楼道堆物及消防通道集中清理行动。行动前3天在各楼栋张贴告知书，"
        "由楼栋长逐户通知。行动期间共清理楼道46个，清运杂物8.6吨，劝离楼道停放电动自行车37辆，拆除“飞线”5处，清理消防车通道2处。"
        "参与志愿者22人、社区工作人员9人、物业人员6人。",
        "对拒不清理的3户，社区下达《限期清理告知书》，8月20日复查时已全部清理。纺机宿舍消防车通道施划禁停标线120米。",
        "下一步：网格员每日巡查，发现堆物反弹及时劝导清理，每季度组织一次集中清理。",
        ("p", "记录人：黄淑芬    2024年8月15日"),
    ], author="青石社区居委会")
    reg(rel, "项目实施记录（楼道堆物清理）", [5], [8, 11], "2024-08-15")

    rel = base + "滨河社区/滨河社区防汛应急预案（2024修订）.docx"
    write_docx(rel, "2024-05-10", "滨河社区防汛应急预案（2024年修订）", [
        ("h", "一、总则"),
        "为做好滨河社区汛期防汛抢险工作，最大限度减少洪涝灾害造成的人员伤亡和财产损失，依据《双桥街道突发事件综合应急预案》，结合社区实际，修订本预案。",
        ("h", "二、风险分析"),
        "社区沿双桥河分布，河埠新村、粮站宿舍地势低洼，滨河花园有地下车库2处。汛期强降雨时易发生低洼住户进水、地下车库倒灌和人员落水。"
        "低洼区域住户86户，其中独居老人14户。",
        ("h", "三、组织机构"),
        "成立社区防汛工作领导小组，组长林芳，下设信息联络组、抢险组、转移安置组、后勤保障组。社区防汛应急分队22人。",
        ("h", "四、预警与响应"),
        "接到街道暴雨预警后，社区启动相应响应：落实24小时值班，网格员对低洼住户逐户告知；河水超过警戒水位时，组织低洼区域住户转移至社区党群服务中心安置点；"
        "滨河花园地下车库提前封堵沙袋、布置抽水泵。",
        ("h", "五、保障"),
        "物资：沙袋500只、抽水泵2台、救生衣20件、救生圈12个、橡皮艇2艘存放于社区防汛物资点。安置点：滨河社区党群服务中心（可容纳150人）。",
        ("h", "六、培训和演练"),
        "每年汛前组织防汛应急分队开展培训，并参加街道组织的防汛应急演练。",
        ("r", "滨河社区居委会    2024年5月10日"),
    ], author="滨河社区居委会")
    reg(rel, "社区专项应急预案（防汛）", [7], [], "2024-05-10")

    rnd = random.Random(80)
    sched = []
    day = dt.date(2025, 6, 20)
    while day <= dt.date(2025, 8, 31):
        sched.append([day, WEEK[day.weekday()], "、".join(person(rnd) for _ in range(2)), "、".join(person(rnd) for _ in range(2)),
                      rnd.choice(["林芳", "滨河网格员 钱红梅", "滨河网格员 孔德胜"]), "1—3号点上午，4—6号点下午"])
        day += dt.timedelta(days=1)
    sched = [[i] + r for i, r in enumerate(sched, 1)]
    rel = base + "滨河社区/滨河社区护河志愿者巡河排班表.xlsx"
    write_xlsx(rel, "2025-06-01", [("2025暑期排班", "滨河社区2025年暑期护河志愿者巡河排班表（6月20日—8月31日）",
                                   ["序号", "日期", "星期", "上午班", "下午班", "带班", "巡查点"], sched, [6, 12, 6, 14, 14, 18, 24])],
               author="滨河社区居委会")
    reg(rel, "项目实施记录（2025 巡河排班，%d 行）" % len(sched), [5], [2], "2025-06-01")

    rel = base + "新桥社区/新桥社区居民议事会安全议题记录.docx"
    write_docx(rel, "2025-05-22", "新桥社区居民议事会会议记录（安全议题）", [
        ("p", "时间：2025年5月22日晚7:00"),
        ("p", "地点：新桥社区党群服务中心会议室"),
        ("p", "主持：郑勇"),
        ("p", "出席：居民代表23人、楼栋长8人、安居物业徐丽娟、综治中心杨帆"),
        ("h", "议题一：新桥二村消防车通道停车问题"),
        "居民代表反映新桥二村东侧消防车通道夜间被私家车占用，消防车无法通行。经讨论，议定由物业在通道两端设置可移动隔离桩，"
        "社区协调附近单位夜间开放停车场车位30个，楼栋长负责劝导。",
        ("h", "议题二：集中充电点收费"),
        "部分居民认为集中充电点夜间收费偏高。综治中心杨帆答复，将向运营单位反映，争取夜间充电优惠。",
        ("h", "议题三：楼道照明"),
        "新桥一村5幢、9幢楼道感应灯损坏，老人夜间上下楼有跌倒风险。物业承诺一周内更换。",
        "会议结果通过社区微信群向居民公示，办理情况在下次议事会上反馈。",
        ("p", "记录：新桥社区 钱红"),
    ], author="新桥社区居委会")
    reg(rel, "居民议事会记录（安全议题）", [2], [], "2025-05-22")


# ================================================================ 微信群文件

def wechat():
    base = "微信群文件/"
    rel = base + "mmexport1699512345678.jpg"
    write_jpg(rel, 1109)
    reg(rel, "照片（微信导出，无说明；时间戳对应 2023-11-09）", [], [7], "2023-11-09")

    rel = base + "IMG_20240312_073845.jpg"
    write_jpg(rel, 312, "2024:03:12 07:38:45")
    reg(rel, "照片（手机原图，无说明；上学时段）", [], [5], "2024-03-12")

    rel = base + "新建 Microsoft Word 文档 (3).docx"
    write_docx(rel, "2025-06-15", "双桥街道“安全知识我知道”居民安全知识竞赛活动记录", [
        ("p", "时间：2025年6月15日下午2:00—4:30"),
        ("p", "地点：双桥街道党群服务中心一楼报告厅"),
        ("p", "主办：双桥街道安委办    承办：各社区居委会、“平安双桥”志愿者协会"),
        "为营造“人人讲安全、个个会应急”的氛围，结合“安全生产月”活动，街道举办居民安全知识竞赛。4个社区各组织2支代表队，共8支队伍24名选手参赛，"
        "现场观众约150人。竞赛内容涵盖消防安全、燃气安全、交通安全、防溺水、老年人防跌倒和应急避险等知识，分必答题、抢答题和风险题三个环节。",
        "经过激烈角逐，桂园社区一队获得一等奖，青石社区二队、滨河社区一队获得二等奖，其余队伍获得三等奖。现场观众互动答题发放纪念品100余份。",
        "活动照片已发工作群。",
    ], author="Administrator")
    reg(rel, "活动记录（知识竞赛，文件名无意义）", [6], [2], "2025-06-15")

    rel = base + "2025.5.12消防演练.docx"
    write_docx(rel, "2025-05-12", "2025.5.12消防演练", [
        ("p", "时间：2025.5.12 上午9:30-10:40"),
        ("p", "地点：新桥一村7幢、9幢及小区中心广场"),
        ("p", "组织：街道安委办 双桥消防救援站 新桥社区"),
        ("p", "参演：居民108人 消防站指战员6人 社区网格员10人 志愿者22人"),
        "演练模拟7幢一楼楼道电动车电池起火，烟气蔓延。9:30楼栋长发现后报警并通知网格员，网格员和志愿者逐户敲门，"
        "引导居民捂口鼻低姿沿楼梯疏散到中心广场，9:37疏散完毕（6分50秒），独居老人4人由志愿者一对一协助转移。"
        "消防站到场后演示灭火和破拆，并指导居民使用灭火器，40余名居民进行了实操。",
        "存在问题：9幢有住户反锁房门未听到通知；部分居民围观，疏散后滞留在楼下通道。改进：推广独居老人家庭烟感报警联网，疏散集结点安排专人管控。",
        ("p", "蒋文静  记"),
    ], author="蒋文静")
    reg(rel, "应急演练记录（2025 消防，微信群文件）", [7], [], "2025-05-12")

    rel = base + "新建文本文档.txt"
    open(full(rel), "wb").close()
    reg(rel, "空文件", [], [], None, flags={"empty": True})

    rel = base + "2025年防汛物资盘点.xlsx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                            '<Default Extension="xml" ContentType="application/xml"/></Types>'),
                           ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook><sheets>'
                            '<sheet name="2025防汛物资" sheetId="1"/></sheets></workbook>' + " " * 400)]:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    with open(full(rel), "wb") as f:
        f.write(buf.getvalue()[:300])  # transfer broke off: truncated zip
    reg(rel, "损坏文件（截断的 xlsx）", [], [], None, flags={"unreadable": True})

    rel = base + "双桥街道安全社区工作群公告汇总（2024）.txt"
    write_gbk(rel, "\n".join([
        "双桥街道安全社区工作群  群公告汇总（2024年）",
        "整理：蒋文静",
        "",
        "【2024年1月20日】各社区、各成员单位：1月22日起开展春节前安全大检查，请各社区1月21日前报送本社区重点场所清单。",
        "【2024年3月5日】电动自行车集中充电点第一批选址方案已发群里，请各社区3月10日前征求居民意见后反馈综治中心。",
        "【2024年4月16日】4月18日赴南湖街道学习交流，8:00在街道门口集合，请参加人员准时。",
        "【2024年6月3日】入汛后各社区落实24小时值班，值班表6月5日前报安委办；滨河社区低洼住户名单请更新。",
        "【2024年7月1日】暑期防溺水巡河7月起每日开展，排班表见滨河社区群，志愿者请按时到岗。",
        "【2024年9月20日】华润燃气9月下旬起在老旧小区开展入户安全检查，请网格员陪同入户，检查结果按ABC分类录入台账。",
        "【2024年10月10日】10月18日全区安全社区推进会在南湖街道召开，我街道作交流发言，请各项目组9月底前报送项目进展材料。",
        "【2024年11月1日】“119”消防宣传月活动方案已发群里，各社区按方案组织宣传进社区活动。",
        "【2024年12月5日】12月9日至13日开展2024年度内部评审，请各项目组、各社区准备本年度资料备查。",
        "【2024年12月20日】2024年资料请各部门于2025年1月10日前报送安委办，逾期将在例会上通报。",
    ]) + "\n")
    reg(rel, "工作群公告汇总（GBK 文本）", [2], [], "2024-12-20")

    rel = base + "安全社区宣传海报（终稿）.png"
    write_png(rel, 2025, (300, 420))
    reg(rel, "宣传海报图片", [6], [], None)


def duplicate():
    src = "街道安委办/会议纪要/2025年10月 安委会会议纪要（最终版）.docx"
    rel = "微信群文件/最终版(1).docx"
    shutil.copyfile(os.path.join(ROOT, src), full(rel))
    reg(rel, "重复件（2025 年 10 月会议纪要的微信副本）", [], [1, 3, 12], "2025-10-15", flags={"duplicate_of": src})


def catalogue():
    rel = "街道党政办/安全社区创建档案目录（截至2026年5月）.xlsx"
    rows = []
    for r in sorted(REG, key=lambda x: (x["path"].split("/")[0], x["date"] or "")):
        p = r["path"]
        if p.startswith("微信群文件/") or not r["date"] or r["date"] > "2026-05-28":
            continue
        name = os.path.splitext(os.path.basename(p))[0]
        m = re.search(r"([^\s]+〔\d{4}〕\d+号)", name)
        docno = m.group(1) if m else ""
        title = name.replace(docno, "").strip() if docno else name
        ext = os.path.splitext(p)[1].lstrip(".").lower()
        carrier = {"docx": "电子（Word）", "pdf": "电子（PDF）", "xlsx": "电子（Excel）", "csv": "电子（CSV）",
                   "jpg": "照片", "png": "照片", "txt": "电子（文本）"}[ext]
        rows.append([p.split("/")[0], docno, title, r["date"], carrier, os.path.dirname(p)])
    rows = [[i] + r for i, r in enumerate(rows, 1)]
    write_xlsx(rel, "2026-05-28", [("目录", "双桥街道安全社区创建档案目录（截至2026年5月28日；档案管理员：蒋文静）",
                                   ["序号", "责任部门", "文号", "题名", "日期", "载体", "存放位置", "备注"],
                                   [r + [""] for r in rows], [6, 16, 24, 50, 12, 12, 36, 10])], author="双桥街道党政办")
    reg(rel, "创建档案目录", [10], [], "2026-05-28")


def self_check():
    rel = "街道党政办/双桥街道安全社区建设自查报告.docx"
    write_docx(rel, "2026-06-10", "双桥街道安全社区建设自查报告", [
        ("h", "一、基本情况"),
        PROFILE,
        "我街道于2023年8月成立安全社区建设委员会，9月印发实施方案，创建周期为2023年9月1日至2026年8月31日。按照实施方案，"
        "2026年4月至6月为自查整档阶段。街道于4月至6月对照《安全社区建设基本要求》（AQ/T 9001-2006）和全国安全社区现场评定指标开展自查，现将自查情况报告如下。",
        ("h", "二、创建工作开展情况"),
        "（一）组织机构与职责。成立由街道办事处主任任主任、18名成员组成的跨部门安全社区建设委员会（部分文件称安全社区促进委员会，2025年7月调整组成人员），"
        "下设安委办和6个专项工作组；制定了11项工作制度；创建以来共召开安委会例会9次；三年累计投入专项经费%s万元。"
        % "{:.1f}".format(sum(x[2] for x in FUNDS)),
        "（二）信息交流和全员参与。建立“街道—社区—网格”三级信息网络和12345热线安全诉求办理机制；“平安双桥”安全志愿者发展到100余人，"
        "常态化开展护学岗、巡河、楼道清理等志愿服务；参加区安全社区推进会并交流发言，赴南湖街道学习，接待滨江区江畔街道考察交流。",
        "（三）风险辨识及评价。2023年10—11月完成社区安全诊断，辨识风险点87项；2025年9月完成中期复评。",
        "（四）目标及计划。制定了创建期目标和年度目标，并分解到责任部门。",
        "（五）安全促进项目。实施老旧小区消防与燃气安全提升、电动自行车安全管理、老年人居家防跌倒、校园周边道路交通安全、儿童防溺水5个项目，"
        "其中4个项目已完成效果评估。",
        "（六）宣传教育与培训。2024年组织安全培训9场，2025年组织宣传教育和培训活动11次，举办居民安全知识竞赛。",
        "（七）应急预案和响应。修订街道综合应急预案和社区防汛预案，组建微型消防站；创建以来街道和学校共组织应急演练6次。",
        "（八）监测与监督。网格员日常巡查、社区月排查、街道季度检查相结合，隐患统一录入台账；燃气入户检查实行ABC分类管理。",
        "（九）事故与伤害记录。社区卫生服务中心自2023年9月起开展伤害监测登记，形成半年和年度分析报告；派出所年度通报事故情况。",
        "（十）创建档案。各部门资料已报送安委办，编制了档案目录。",
        "（十一）预防与纠正措施。对内部评审、区中期评估发现的问题建立整改跟踪表，逐项整改。",
        "（十二）评审与持续改进。开展了年度内部评审，接受了区安委办中期评估。",
        ("h", "三、主要成效"),
        "电动自行车火灾由基线期6起下降到2025年1—10月1起；60岁以上老年人居家跌倒就诊人次较基线期下降；校园周边交通事故下降55.6%；"
        "创建期内未发生儿童溺水死亡事故和较大以上生产安全事故；居民安全知识知晓率由62.3%提高到84.6%。",
        ("h", "四、存在问题"),
        "一是部分安全促进项目效果评估工作相对滞后；二是伤害监测数据的连续性有待加强；三是档案资料分散在各部门，整理归档不够及时。",
        ("h", "五、下一步工作"),
        "针对自查发现的问题，逐项制定整改措施，7月底前完成整改，做好市级安全社区评定准备。",
        ("r", "临江市东湖区双桥街道办事处"),
        ("r", cn_date("2026-06-10")),
    ], author="双桥街道党政办")
    reg(rel, "自查报告（载明创建周期）", [12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], "2026-06-10")


# ================================================================ judgement

A = "街道安委办/"
VERDICTS = {
    "1": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "成立通知、调整通知、实施方案、11项制度、经费台账齐全；但制度规定安委会每季度例会（全年不少于4次），"
                    "2025年仅见2025-04-10、2025-10-15两次例会纪要（微信群'最终版(1).docx'是10月纪要的副本），低于自定频次。"
                    "2024年4次例会全部在《会议纪要汇编（2024年）》内。"},
    "2": {"evidenced": True, "acceptable_verdicts": [True],
          "reason": "志愿者花名册、GBK 志愿者活动记录（yy/m/d，150 行）、12345 台账、居民议事会、工作群公告、赴南湖学习、推进会通知与信息简报（交流发言）。"},
    "3": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "2023-11 社区安全诊断报告、问卷统计、87 项风险点清单、2025-09 中期复评；伤害登记 2025-07 起中断只影响数据支撑（记在 E9）。"},
    "4": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "实施方案给出创建期量化目标，目标分解表齐全，2024、2025 年度计划在档；2026 年度计划缺失："
                    "制度要求每年1月底前印发，2026-03-26 例会要求4月底前印发，至 2026-06-10 自查报告仍无。"},
    "5": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "5个项目均有方案和实施记录；老旧小区消防与燃气、电动自行车、防跌倒、校园周边交通4个项目有效果评估；"
                    "儿童防溺水项目无评估方法、无效果评估（2025-09 情况报告自述未开展）。"},
    "6": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "2023 启动培训、2024 培训汇编9场、2025 活动汇编11次、防跌倒讲座、119 宣传月、知识竞赛、家长回执；"
                    "桂园社区 2025-04-16 培训记录缺参加人数和签到表（记录级缺陷）。"},
    "7": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "预案、社区防汛预案、队伍物资清单、微型消防站齐全；演练 2023×1、2025×3（含学校）、2026×2；"
                    "2024 年全年无演练（制度要求每年至少2次；计划的6月防汛、11月消防演练均未组织，2024 评审报告确认）。"},
    "8": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "隐患排查整治台账（2023-09 至 2026-05）、冬季检查、节前大检查通报、网格员统计、燃气 ABC 台账及 2024 总结、护学岗/巡河记录；"
                    "2025 年燃气入户检查只以台账行形式存在，仍是有效证据。"},
    "9": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
          "reason": "伤害监测登记表 2023-09-04 起逐例登记，但最后一行是 2025-06-27，此后中断；半年/年度分析到 2025 上半年为止，"
                    "2025 下半年及 2025 年度分析缺失（2026-03-26 纪要、两份项目评估均承认中断）。"},
    "10": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
           "reason": "档案管理制度（制度第十一项）、档案管理员、创建档案目录（截至 2026-05-28）；各部门分散存放、微信群文件未整理为软问题。"},
    "11": {"evidenced": "partial", "acceptable_verdicts": ["partial", True],
           "reason": "整改通知书及回执、不符合项整改跟踪表、中期评估整改报告；但台账中7项隐患（2026-01 至 03 排查）已过整改期限仍未销号，"
                     "未见制度要求的督办单。"},
    "12": {"evidenced": "partial", "acceptable_verdicts": ["partial"],
           "reason": "2024 年度内部评审报告、区中期评估意见、2025 诊断复评、2026 自查报告在档；制度规定自2024年起每年12月内部评审，"
                     "2025 年度内部评审未开展（2025-10-15 纪要要求12月开展，无评审报告）。"},
}

GAPS = [
    dict(id="G1", element=7, also=[], match=[["2024"], ["演练"]],
         related=[A + "双桥街安委〔2023〕5号 关于印发安全社区建设工作制度的通知.pdf",
                  A + "评审改进/2024年度安全社区内部评审报告.docx",
                  A + "工作计划/双桥街安委〔2024〕2号 关于印发2024年安全社区建设工作计划的通知.docx"],
         note="2024 年无任何应急演练记录（制度每年≥2次）"),
    dict(id="G2", element=1, also=[], match=[["2025"], ["会议", "例会", "纪要"]],
         related=[A + "会议纪要/2025.4.10 安全社区促进委员会例会纪要.docx",
                  A + "会议纪要/2025年10月 安委会会议纪要（最终版）.docx"],
         note="2025 年安委会例会仅 2 次，低于自定的每季度一次"),
    dict(id="G3", element=5, also=[], match=[["溺水"], ["评估", "评价", "效果"]],
         related=["辖区学校/儿童防溺水安全促进项目实施方案.docx", "辖区学校/2025年防溺水专项工作开展情况.docx"],
         note="儿童防溺水项目没有效果评估"),
    dict(id="G4", element=9, also=[3],
         match=[["伤害", "监测", "登记"],
                ["2025年7月", "2025-07", "2025年下半年", "2025下半年", "中断", "停止", "截至", "截止", "2025-06",
                 "2025年6月", "此后", "之后", "以后", "2026"]],
         related=["社区卫生服务中心/伤害监测登记表（2023.9起）.xlsx"],
         note="伤害监测登记 2025-06-27 后中断，2025 下半年/年度分析缺失"),
    dict(id="G5", element=4, also=[1], match=[["2026"], ["计划"]],
         related=[A + "会议纪要/2026年第一季度例会纪要.docx"],
         note="2026 年度工作计划缺失"),
    dict(id="G6", element=12, also=[], match=[["2025"], ["评审"]],
         related=[A + "会议纪要/2025年10月 安委会会议纪要（最终版）.docx"],
         note="2025 年度内部评审未开展"),
    dict(id="G7", element=6, also=[], record_level=True,
         match=[["人数", "签到", "参加人员", "参训", "参与人员", "人员名单", "出席"]],
         related=["各社区居委会/桂园社区/桂园社区电动自行车安全培训记录（2025.4）.docx"],
         note="桂园社区 2025-04-16 培训记录无参加人数、无签到表（记录级）"),
    dict(id="G8", element=11, also=[8, 3], record_level=True,
         match=[["逾期", "超期", "未销号", "未整改", "未闭环", "超过整改期限", "过期"]],
         related=[A + "隐患排查/隐患排查整治台账（2023.9-2026.5）.xlsx"],
         note="7 项隐患过整改期限仍未销号、无督办（记录级）"),
]

TRAPS = [
    dict(id="T1", element=1, match=[["2024"], ["会议", "例会", "纪要"]],
         note="2024 年 4 次例会只在《会议纪要汇编（2024年）》里，不是缺失"),
    dict(id="T2", element=8, match=[["2025"], ["燃气", "入户"]],
         note="2025 年燃气入户检查只以 ABC 台账的行存在，不是缺失"),
    dict(id="T3", element=9, match=[["2024"], ["分析"]],
         note="2024 年度伤害分析写于 2025-01-20（覆盖 2024 全年，含下半年），不是缺失"),
]

PROBES = [
    dict(id="P1", query="燃气 入户检查 ABC 分类", must_in_top5=[A + "燃气安全/燃气入户安全检查台账（ABC分类 2024-2025）.xlsx"]),
    dict(id="P2", query="老年人 防跌倒 效果评估", must_in_top5=["社区卫生服务中心/防跌倒项目/老年人防跌倒项目效果评估（2025年10月）.pdf"]),
    dict(id="P3", query="2024年 安委会 例会 纪要", must_in_top5=[A + "会议纪要/会议纪要汇编（2024年）.docx"]),
    dict(id="P4", query="伤害监测 登记表", must_in_top5=["社区卫生服务中心/伤害监测登记表（2023.9起）.xlsx"]),
    dict(id="P5", query="防溺水 巡河 巡查记录", must_in_top5=["辖区学校/2024年暑期防溺水巡查记录.xlsx"]),
]


def write_judgement():
    files = []
    for r in sorted(REG, key=lambda x: x["path"]):
        e = dict(path=r["path"], kind=r["kind"], elements=r["elements"])
        also = [a for a in r["also"] if a not in r["elements"]]
        if also:
            e["also_acceptable"] = also
        e["date"] = r["date"]
        e["flags"] = r["flags"]
        files.append(e)
    out = dict(community_name="双桥街道",
               assessment_period={"start": PERIOD[0], "end": PERIOD[1]},
               files=files, elements=VERDICTS,
               gaps=[{k: v for k, v in g.items() if k != "note"} for g in GAPS],
               traps=[{k: v for k, v in t.items() if k != "note"} for t in TRAPS],
               probes=PROBES)
    head = ("# Expert judgement of tests/holdout6/shuangqiao-street (双桥街道, urban 街道, filed by department).\n"
            "# Written from the generator make_shuangqiao.py before zicha was run on it. Schema: shared/tools/README.md.\n"
            "# Period 2023-09-01..2026-08-31 is stated in the founding notice, the 实施方案 and the 自查报告.\n"
            "# Gaps: " + "; ".join("%s %s" % (g["id"], g["note"]) for g in GAPS) + "\n"
            "# Traps: " + "; ".join("%s %s" % (t["id"], t["note"]) for t in TRAPS) + "\n")
    with open(JUDGEMENT, "w", encoding="utf-8") as f:
        f.write(head)
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=200, default_flow_style=None)


def main():
    if os.path.exists(ROOT):
        shutil.rmtree(ROOT)
    upstream()
    party_office()
    rules_pdf()
    minutes()
    diagnosis()
    plans()
    hazards()
    gas()
    emergency()
    review()
    awb_misc()
    zongzhi()
    health_centre()
    police()
    fire_station()
    schools()
    communities()
    wechat()
    duplicate()
    catalogue()
    self_check()
    paths = [r["path"] for r in REG]
    assert len(paths) == len(set(paths)), "duplicate registry entry"
    on_disk = sorted(os.path.relpath(os.path.join(dp, f), ROOT) for dp, _, fs in os.walk(ROOT) for f in fs)
    assert on_disk == sorted(paths), set(on_disk) ^ set(paths)
    for g in GAPS:
        for p in g["related"]:
            assert p in paths, p
    for p in PROBES:
        for m in p["must_in_top5"]:
            assert m in paths, m
    write_judgement()
    print("wrote %d files to %s" % (len(paths), ROOT))


if __name__ == "__main__":
    main()
