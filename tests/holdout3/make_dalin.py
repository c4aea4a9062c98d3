#!/usr/bin/env python3
"""Deterministic generator for the 大林镇 安全社区 creation archive (holdout3).

Writes /work/main/tests/holdout3/dalin-town/ (or the folder given as argv[1]).
All content is fixed; the registers are drawn from random.Random with fixed seeds,
and every zip-based file (docx/xlsx) is rewritten with fixed timestamps, so reruns
give byte-identical files.  Needs: python-docx, openpyxl, reportlab, pillow.
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

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "dalin-town")
FIXED = dt.datetime(2025, 6, 30, 9, 0, 0)
ZIP_TIME = (2025, 6, 30, 9, 0, 0)

S1 = "一、启动阶段"
S2 = "二、培训宣传阶段"
S3 = "三、调查阶段"
S4 = "四、确定项目阶段"
S5 = "五、项目实施阶段"
S6 = "六、自查整档阶段"
S7 = "七、评定阶段"
S8 = "八、提高阶段"

TOWN = "大林镇"
COUNTY = "泰和县"
GOV = "泰和县大林镇人民政府"
VILLAGES = ["大林社区", "大林村", "上坪村", "下坪村", "枫树村", "石桥村", "河口村",
            "新塘村", "竹山村", "高岭村", "曾家村", "罗坑村", "桥头村"]
VWEIGHT = [14, 10, 8, 7, 6, 7, 9, 8, 6, 5, 7, 6, 7]
SURNAMES = list("刘王李张陈罗曾黄周吴胡肖彭郭谢邓钟康尹廖欧袁")

CATALOGUE = []   # (relative path, 档号, 责任者, 题名, date) for the 档案目录

# ----------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------
CN_DIGIT = "〇一二三四五六七八九"


def cn_small(n):
    if n <= 10:
        return "〇一二三四五六七八九十"[n]
    if n < 20:
        return "十" + CN_DIGIT[n - 10]
    t, u = divmod(n, 10)
    return CN_DIGIT[t] + "十" + (CN_DIGIT[u] if u else "")


def cn_date(y, m, d):
    return "".join(CN_DIGIT[int(c)] for c in str(y)) + "年" + cn_small(m) + "月" + cn_small(d) + "日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def path(rel):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def normalize_zip(p):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                           r"\g<1>2025-06-30T09:00:00Z\g<3>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def catalog(rel, code, who, title, date):
    CATALOGUE.append((rel, code, who, title, date))


# ---- docx -------------------------------------------------------------------------
def _font(run, size=None, bold=False, name="仿宋_GB2312"):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def docx(rel, blocks, author="大林镇应急管理办公室", title=None):
    """blocks: str -> body paragraph; ('T', s) title; ('S', s) sub-title/文号 centred;
    ('H', s) bold paragraph; ('R', s) right aligned; ('TAB', rows) table (first row header);
    ('N', s) paragraph without first-line indent."""
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(14)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = title or ""
    for b in blocks:
        if isinstance(b, str):
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _font(p.add_run(b))
            continue
        kind, val = b[0], b[1]
        if kind == "T":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(val), 20, True, "方正小标宋简体")
        elif kind == "S":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(val), 14)
        elif kind == "H":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _font(p.add_run(val), 14, True, "黑体")
        elif kind == "R":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(val))
        elif kind == "N":
            p = d.add_paragraph()
            _font(p.add_run(val))
        elif kind == "TAB":
            rows = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _font(cell.paragraphs[0].add_run(str(c)), 10.5, i == 0)
    p = path(rel)
    d.save(p)
    normalize_zip(p)


# ---- xlsx -------------------------------------------------------------------------
def xlsx_save(wb, rel, author="大林镇应急管理办公室"):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = path(rel)
    wb.save(p)
    normalize_zip(p)


def simple_sheet(ws, title, header, rows, widths=None, note=None):
    """Title row merged across the header, optional note row, header, rows."""
    n = len(header)
    r = 1
    if title:
        ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
        r = 2
    if note:
        ws.cell(row=r, column=1, value=note)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
    for j, h in enumerate(header, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in rows:
        r += 1
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            if isinstance(v, (dt.date, dt.datetime)):
                c.number_format = "yyyy/m/d"
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w


# ---- pdf --------------------------------------------------------------------------
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def pdf(rel, blocks, author="大林镇人民政府"):
    p = path(rel)
    c = canvas.Canvas(p, pagesize=A4, invariant=1)
    c.setAuthor(author)
    c.setTitle(os.path.splitext(os.path.basename(rel))[0])
    W, H = A4
    left, right, top, bottom = 72, W - 72, H - 72, 72
    y = top

    def newpage():
        nonlocal y
        c.showPage()
        y = top

    def line(txt, size=12, center=False, rightal=False, font="STSong-Light"):
        nonlocal y
        if y < bottom + size:
            newpage()
        c.setFont(font, size)
        if center:
            c.drawCentredString(W / 2, y, txt)
        elif rightal:
            c.drawRightString(right, y, txt)
        else:
            c.drawString(left, y, txt)
        y -= size * 1.7

    def wrap(txt, size=12, indent=True):
        s = ("\u3000\u3000" if indent else "") + txt
        cur = ""
        for ch in s:
            if pdfmetrics.stringWidth(cur + ch, "STSong-Light", size) > right - left:
                line(cur, size)
                cur = ""
            cur += ch
        if cur:
            line(cur, size)

    for b in blocks:
        if isinstance(b, str):
            wrap(b)
        elif b[0] == "T":
            line(b[1], 18, center=True)
            y -= 6
        elif b[0] == "S":
            line(b[1], 12, center=True)
        elif b[0] == "H":
            wrap(b[1], 12, indent=True)
        elif b[0] == "R":
            line(b[1], 12, rightal=True)
        elif b[0] == "N":
            wrap(b[1], 12, indent=False)
        elif b[0] == "TAB":
            for r in b[1]:
                wrap("  |  ".join(str(x) for x in r), 10.5, indent=False)
    c.save()


# ---- text (GBK) and photos --------------------------------------------------------
def gbk_text(rel, text):
    with open(path(rel), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))


def photo(rel, when, seed, palette):
    rnd = random.Random(seed)
    im = Image.new("RGB", (480, 360), palette[0])
    dr = ImageDraw.Draw(im)
    for i in range(360):
        t = i / 360
        col = tuple(int(palette[0][k] * (1 - t) + palette[1][k] * t) for k in range(3))
        dr.line([(0, i), (480, i)], fill=col)
    for _ in range(14):
        x, y = rnd.randint(0, 440), rnd.randint(120, 330)
        w, h = rnd.randint(12, 40), rnd.randint(30, 80)
        dr.rectangle([x, y, x + w, y + h], fill=palette[2])
        dr.ellipse([x + w // 4, y - 16, x + w // 4 + 14, y - 2], fill=(230, 190, 160))
    dr.rectangle([30, 40, 450, 90], fill=palette[3])
    exif = Image.Exif()
    exif[0x010F] = "HUAWEI"
    exif[0x0110] = "MAR-AL00"
    exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    im.save(path(rel), "JPEG", quality=70, exif=exif.tobytes())


# ----------------------------------------------------------------------------------
# registers (seeded)
# ----------------------------------------------------------------------------------
def months(start=(2022, 7), end=(2025, 6)):
    y, m = start
    while (y, m) <= end:
        yield y, m
        m += 1
        if m == 13:
            y, m = y + 1, 1


def mdays(y, m):
    return ((dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)).day


def name(rnd):
    return rnd.choice(SURNAMES) + "某某"


def village(rnd):
    return rnd.choices(VILLAGES, VWEIGHT)[0]


def period_of(d):
    if d < dt.date(2023, 1, 1):
        return "2022H2"
    if d >= dt.date(2025, 1, 1):
        return "2025H1"
    return str(d.year)


def yearfactor(d, a, b, c, e):
    return {"2022H2": a, "2023": b, "2024": c, "2025H1": e}[period_of(d)]


INJ_TYPES = ["跌倒/坠落", "道路交通伤害", "农机伤害", "溺水", "烧烫伤", "刀/锐器伤", "动物咬伤", "中毒", "钝器伤/砸伤"]


def injury_rows():
    rnd = random.Random(20220701)
    rows = []
    for y, m in months():
        first = dt.date(y, m, 1)
        w = {
            "跌倒/坠落": (2.1 if m in (12, 1, 2) else 1.6) * yearfactor(first, 1, 1, 0.95, 0.95),
            "道路交通伤害": (1.7 if m in (1, 2, 10) else 1.2) * yearfactor(first, 1.15, 0.95, 0.7, 0.65),
            "农机伤害": (0.75 if m in (4, 5, 6, 9, 10, 11) else 0.1) * yearfactor(first, 1, 0.9, 0.6, 0.55),
            "溺水": (0.55 if m in (6, 7, 8) else 0.2 if m in (5, 9) else 0) * yearfactor(first, 1.3, 0.8, 0.35, 0.3),
            "烧烫伤": (0.6 if m in (11, 12, 1, 2) else 0.2) * yearfactor(first, 1, 0.9, 0.6, 0.6),
            "刀/锐器伤": 0.55,
            "动物咬伤": 0.5 if m in (4, 5, 6, 7, 8, 9) else 0.3,
            "中毒": (0.3 if m in (12, 1, 7, 8) else 0.05) * yearfactor(first, 1, 1, 0.6, 0.5),
            "钝器伤/砸伤": 0.3,
        }
        w = {k: v * 1.3 for k, v in w.items()}
        batch = []
        for t in INJ_TYPES:
            n = int(w[t]) + (1 if rnd.random() < w[t] - int(w[t]) else 0)
            for _ in range(n):
                batch.append(t)
        for t in batch:
            d = dt.date(y, m, rnd.randint(1, mdays(y, m)))
            sex = rnd.choice("男男女") if t in ("农机伤害", "道路交通伤害") else rnd.choice("男女")
            if t == "跌倒/坠落":
                age = rnd.choice([rnd.randint(60, 89)] * 3 + [rnd.randint(3, 12), rnd.randint(30, 59)])
                cause = rnd.choice(["地面湿滑滑倒", "上下楼梯踩空", "夜间起夜绊倒", "从凳子上跌落", "田埂上摔倒",
                                    "晾晒稻谷时从平房顶坠落", "浴室滑倒"])
                place = rnd.choice(["家中", "家中", "家中", "田间", "村道"])
            elif t == "道路交通伤害":
                age = rnd.randint(14, 76)
                cause = rnd.choice(["电动自行车与小车碰撞", "摩托车弯道侧滑", "三轮车违法载人侧翻", "行人被电动车撞倒",
                                    "摩托车未戴头盔摔伤", "会车时驶出路外"])
                place = rnd.choice(["S223线", "X815线", "X815线牛角湾", "村道", "集镇街道"])
            elif t == "农机伤害":
                age = rnd.randint(32, 70)
                cause = rnd.choice(["微耕机倒车挤压", "手扶拖拉机翻车", "收割机卷入手部", "打谷机绞伤", "农用车下坡失控"])
                place = "田间" if "车" not in cause else rnd.choice(["机耕道", "田间"])
            elif t == "溺水":
                age = rnd.choice([rnd.randint(6, 15)] * 3 + [rnd.randint(20, 70)])
                cause = rnd.choice(["私自下河游泳", "山塘边玩耍落水", "捕鱼时落水", "洗衣时滑入水塘"])
                place = rnd.choice(["林溪河", "山塘", "新塘水库", "灌溉渠"])
            elif t == "烧烫伤":
                age = rnd.choice([rnd.randint(1, 6), rnd.randint(30, 85)])
                cause = rnd.choice(["开水烫伤", "取暖火盆烧伤", "柴灶引火烧伤", "热油溅伤"])
                place = "家中"
            elif t == "刀/锐器伤":
                age = rnd.randint(10, 72)
                cause = rnd.choice(["砍柴时柴刀划伤", "切菜割伤", "镰刀割伤", "玻璃划伤"])
                place = rnd.choice(["家中", "山林", "田间"])
            elif t == "动物咬伤":
                age = rnd.randint(4, 80)
                cause = rnd.choice(["犬咬伤", "犬咬伤", "猫抓伤", "蛇咬伤"])
                place = rnd.choice(["村道", "家中", "田间"])
            elif t == "中毒":
                age = rnd.randint(20, 82)
                cause = "一氧化碳中毒（烤火未通风）" if m in (11, 12, 1, 2) else rnd.choice(["误服农药", "喷洒农药未防护中毒"])
                place = "家中" if "一氧化碳" in cause else "田间"
            else:
                age = rnd.randint(18, 70)
                cause = rnd.choice(["建房时被砖块砸伤", "搬运重物砸伤脚部", "伐木时被树枝砸伤"])
                place = rnd.choice(["建房工地", "家中", "山林"])
            sev = rnd.random()
            if t == "溺水" and sev < 0.2:
                treat = "死亡"
            elif sev < 0.62:
                treat = "门诊处理后回家"
            elif sev < 0.76:
                treat = "留院观察"
            elif sev < 0.9:
                treat = "住院治疗"
            else:
                treat = "转县人民医院"
            if t == "溺水" and treat == "死亡" and (d >= dt.date(2023, 1, 1) or age > 15):
                treat = "住院治疗"
            v = village(rnd)
            src = rnd.choices(["镇卫生院", v.replace("社区", "社区卫生服务站").replace("村", "村卫生室"), "大林派出所"],
                              [6, 3, 1 if t in ("道路交通伤害", "溺水") else 0.1])[0]
            rows.append([d, v, name(rnd), sex, age, t, cause, place, treat, src])
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


def traffic_rows():
    rnd = random.Random(815)
    rows = []
    for y, m in months():
        first = dt.date(y, m, 1)
        rate = yearfactor(first, 4.0, 3.3, 2.4, 2.2) * (1.3 if m in (1, 2, 10) else 1.0)
        n = int(rate) + (1 if rnd.random() < rate - int(rate) else 0)
        for _ in range(n):
            d = dt.date(y, m, rnd.randint(1, mdays(y, m)))
            nj = d < dt.date(2023, 8, 20)
            place = rnd.choices(["X815线牛角湾急弯", "X815线K6+200", "S223线K31+500上坪路口", "S223线集镇段",
                                 "村道（" + rnd.choice(VILLAGES[1:]) + "）", "机耕道"],
                                [5 if nj else 0.6, 2, 3, 3, 4, 1.5])[0]
            veh = rnd.choice(["电动自行车", "二轮摩托车", "三轮摩托车", "拖拉机", "小型轿车", "轻型货车", "微耕机/农用车"])
            kind = rnd.choice(["碰撞", "侧翻", "刮擦", "单方事故", "碾压"])
            cause = rnd.choice(["超速行驶", "无证驾驶", "酒后驾驶", "违法载人", "未戴安全头盔", "弯道占道会车",
                                "未按规定让行", "车辆制动不良"])
            hurt = rnd.choices(["无人员受伤", "轻伤1人", "轻伤2人", "重伤1人", "死亡1人"], [3, 5, 2, 1.2, 0.25])[0]
            deal = rnd.choice(["简易程序处理", "一般程序处理", "当事人自行协商", "移送审查"])
            rows.append([d, place, kind, veh, hurt, cause, deal])
    rows.sort(key=lambda r: r[0])
    return rows


def gas_rows():
    rnd = random.Random(9001)
    plan = {(2022, 9): 12, (2022, 10): 16, (2022, 11): 14, (2022, 12): 10,
            (2023, 1): 4, (2023, 3): 8, (2023, 4): 6, (2023, 6): 5, (2023, 9): 10, (2023, 10): 14,
            (2023, 11): 18, (2023, 12): 16,
            (2024, 1): 6, (2024, 3): 8, (2024, 4): 6, (2024, 9): 10, (2024, 10): 14, (2024, 11): 16,
            (2024, 12): 12,
            (2025, 1): 8, (2025, 3): 10, (2025, 4): 8, (2025, 5): 8, (2025, 6): 6}
    bhaz = ["燃气胶管老化龟裂", "燃气胶管超过2米", "灶具无熄火保护装置", "钢瓶放置在柴灶旁", "厨房私拉乱接电线",
            "柴灶旁堆放柴草", "电动车在堂屋充电", "插座超负荷使用"]
    chaz = ["减压阀漏气（肥皂水检测起泡）", "液化气钢瓶超期未检", "电动车在卧室内充电且线路裸露",
            "燃气热水器装在浴室内", "钢瓶横卧使用"]
    inspectors = ["罗文斌、张某（供气站）", "曾丽娟、村安全员", "供电所黄某、村安全员", "镇应急办、消防专职队"]
    rows = []
    for (y, m), n in sorted(plan.items()):
        first = dt.date(y, m, 1)
        pc = yearfactor(first, 0.12, 0.09, 0.05, 0.04)
        pb = yearfactor(first, 0.33, 0.30, 0.24, 0.22)
        for _ in range(n):
            d = dt.date(y, m, rnd.randint(1, min(mdays(y, m), 28)))
            v = village(rnd)
            fuel = rnd.choice(["瓶装液化气", "瓶装液化气+柴灶", "瓶装液化气+柴灶", "柴灶+电磁炉", "瓶装液化气+电磁炉"])
            r = rnd.random()
            if r < pc:
                cls, haz = "C", rnd.choice(chaz)
                fix = rnd.choice(["当场关阀停用，已更换减压阀及胶管", "已联系供气站更换合格钢瓶", "已移出室外充电并整改线路",
                                  "已拆除移装至室外"])
                re_d = d + dt.timedelta(days=rnd.randint(2, 7))
            elif r < pc + pb:
                cls, haz = "B", rnd.choice(bhaz)
                fix = rnd.choice(["已当场整改", "已更换胶管", "限期3日整改，已完成", "已清理柴草堆", "已规范线路"])
                re_d = d + dt.timedelta(days=rnd.randint(3, 15))
            else:
                cls, haz, fix, re_d = "A", "未发现隐患", "—", None
            if re_d and re_d > dt.date(2025, 6, 30):
                fix, re_d = "已告知，限期整改中", None
            hh = f"{name(rnd)}（{rnd.randint(1, 12)}组）"
            ins = rnd.choice(inspectors)
            rows.append([d, v, hh, fuel, cls, haz, fix, re_d, ins])
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


HAZ_TEMPL = [
    ("道路交通", "X815线牛角湾急弯处无减速带、警示标志不足", "设置减速带、急弯警示牌和凸面镜", "镇交管站、县公路分局", 30),
    ("道路交通", "村道临水路段无防护栏", "安装波形护栏", "村委会、镇交管站", 90),
    ("道路交通", "S223线上坪路口视线被树木遮挡", "修剪树木，增设让行标志", "镇交管站", 15),
    ("道路交通", "学校门口无减速带及人行横道线", "施划人行横道，设置减速带", "镇交管站、中心小学", 30),
    ("道路交通", "机耕道坡陡弯急无警示", "设置警示桩和警示牌", "村委会", 30),
    ("水域安全", "山塘无警示牌、无救生设施", "设置警示牌，配置救生圈、救生杆", "村委会", 15),
    ("水域安全", "林溪河采砂坑深水区无防护", "设置警示牌和隔离带", "村委会、县水利局", 30),
    ("水域安全", "新塘水库东岸缓坡处常有学生戏水", "增设警示牌、安排巡河员", "新塘村委会", 15),
    ("消防用电", "商铺私拉乱接电线", "规范线路，加装漏电保护器", "市场监管所、供电所", 7),
    ("消防用电", "加工厂灭火器过期", "更换灭火器", "企业负责人", 7),
    ("消防用电", "电动车在楼道内充电", "清理并设置集中充电点", "村委会", 15),
    ("消防用电", "老旧民房电线老化", "更换线路", "户主、供电所", 30),
    ("农机安全", "拖拉机无牌无证上路", "督促挂牌、办理驾驶证", "镇农机站", 30),
    ("农机安全", "农机具占道停放", "清理并规范停放", "村委会", 7),
    ("地质灾害", "后山边坡有落石隐患", "设置警示牌，实施边坡防护", "镇自然资源所", 90),
    ("房屋安全", "危旧土坯房仍有人居住", "动员搬离，纳入危房改造", "镇规划建设办", 90),
    ("校园周边", "校园周边小摊点使用液化气无防护", "清理整治", "市场监管所、中心小学", 7),
    ("公共场所", "敬老院卫生间无扶手、地面湿滑", "加装扶手、铺设防滑地砖", "敬老院", 30),
]
OVERDUE = [  # 2024 hazards that needed money and were never closed (gap G8)
    (dt.date(2024, 3, 12), "竹山村", "竹山村后山（3组）", 14),
    (dt.date(2024, 4, 9), "河口村", "林溪河河口段村道", 1),
    (dt.date(2024, 5, 21), "高岭村", "高岭村4组土坯房", 15),
    (dt.date(2024, 6, 18), "石桥村", "石桥至曾家村道临水段", 1),
    (dt.date(2024, 7, 3), "罗坑村", "罗坑村水口边坡", 14),
    (dt.date(2024, 8, 27), "曾家村", "曾家村7组土坯房", 15),
    (dt.date(2024, 9, 10), "上坪村", "上坪村新屋场机耕道", 1),
    (dt.date(2024, 10, 15), "枫树村", "枫树村祠堂旁老旧民房", 11),
]


def hazard_rows():
    rnd = random.Random(3301)
    rows = []
    for y, m in months():
        first = dt.date(y, m, 1)
        n = rnd.randint(2, 4)
        batch = (y, m) in ((2022, 8), (2022, 11), (2023, 4), (2023, 10), (2024, 4), (2024, 10), (2025, 4))
        if batch:
            n += 6
        for _ in range(n):
            tmpl = HAZ_TEMPL[rnd.randrange(len(HAZ_TEMPL))]
            if (y, m) >= (2023, 9) and "牛角湾" in tmpl[1]:
                tmpl = HAZ_TEMPL[2]
            cat, desc, meas, who, lim = tmpl
            d = dt.date(y, m, rnd.randint(1, 28))
            v = village(rnd)
            if "牛角湾" in desc:
                v = "桥头村"
            elif "上坪路口" in desc:
                v = "上坪村"
            place = v + rnd.choice(["", "1组", "3组", "5组", "村部旁", "集镇段"]) if "X815" not in desc and "S223" not in desc else v + "段"
            way = "镇集中排查" if batch else rnd.choice(["村自查", "村自查", "专项检查", "群众反映"])
            level = "重大隐患" if rnd.random() < 0.06 else "一般隐患"
            deadline = d + dt.timedelta(days=lim)
            closed = d + dt.timedelta(days=rnd.randint(max(2, lim // 3), lim))
            status = "已整改销号"
            if closed > dt.date(2025, 6, 30):
                closed, status = None, "整改中（未到期）"
            rows.append([d, v, place, desc, cat, level, way, meas, who, deadline, closed, status])
    for d, v, place, k in OVERDUE:
        cat, desc, meas, who, lim = HAZ_TEMPL[k]
        rows.append([d, v, place, desc, cat, "一般隐患", "村自查" if d.month % 2 else "镇集中排查",
                     meas, who, d + dt.timedelta(days=lim), None,
                     "整改中（资金未落实）" if lim == 90 else "未整改"])
    rows.sort(key=lambda r: (r[0], r[1]))
    return rows


INJ = injury_rows()
TRF = traffic_rows()
GAS = gas_rows()
HAZ = hazard_rows()


def in_span(rows, a, b, idx=0):
    return [r for r in rows if a <= r[idx] <= b]


def inj_stats(a, b):
    rs = in_span(INJ, a, b)
    n = len(rs)
    by = {}
    for r in rs:
        by[r[5]] = by.get(r[5], 0) + 1
    top = sorted(by.items(), key=lambda kv: -kv[1])
    age = {"0-14岁": 0, "15-59岁": 0, "60岁以上": 0}
    for r in rs:
        age["0-14岁" if r[4] <= 14 else "15-59岁" if r[4] < 60 else "60岁以上"] += 1
    place = {}
    for r in rs:
        place[r[7].replace("X815线牛角湾", "X815线")] = place.get(r[7].replace("X815线牛角湾", "X815线"), 0) + 1
    vil = {}
    for r in rs:
        vil[r[1]] = vil.get(r[1], 0) + 1
    serious = sum(1 for r in rs if r[8] in ("住院治疗", "转县人民医院"))
    dead = sum(1 for r in rs if r[8] == "死亡")
    male = sum(1 for r in rs if r[3] == "男")
    mon = {}
    for r in rs:
        mon[r[0].month] = mon.get(r[0].month, 0) + 1
    return dict(n=n, by=by, top=top, age=age, place=sorted(place.items(), key=lambda kv: -kv[1]),
                vil=sorted(vil.items(), key=lambda kv: -kv[1]), serious=serious, dead=dead, male=male,
                mon=sorted(mon.items(), key=lambda kv: -kv[1]))


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "0%"


# ----------------------------------------------------------------------------------
# 一、启动阶段
# ----------------------------------------------------------------------------------
MEMBERS = [
    ("组长", "陈立新", "镇党委副书记、镇长", "镇人民政府"),
    ("常务副组长", "王海涛", "镇党委委员、副镇长（分管应急管理）", "镇人民政府"),
    ("副组长", "刘志明", "所长", "县公安局大林派出所"),
    ("副组长", "黄春梅", "院长", "大林镇卫生院"),
    ("成员", "罗文斌", "主任", "镇应急管理办公室"),
    ("成员", "肖建军", "中队长", "县交警大队大林中队"),
    ("成员", "彭国华", "站长", "镇农业综合服务中心（农机站）"),
    ("成员", "钟晓燕", "校长", "大林中心小学"),
    ("成员", "郭宏", "校长", "大林中学"),
    ("成员", "谢志勇", "所长", "大林供电所"),
    ("成员", "邓永强", "队长", "镇政府专职消防队"),
    ("成员", "康丽", "所长", "大林市场监管所"),
    ("成员", "尹建平", "站长", "县燃气公司大林供气站"),
    ("成员", "廖红英", "主任", "镇民政办（敬老院）"),
    ("成员", "吴小平", "所长", "镇自然资源所"),
    ("成员", "胡桂兰", "主任", "镇妇联"),
    ("成员", "周明", "书记", "团镇委"),
    ("成员", "袁德华", "会长", "大林镇老年人协会"),
    ("成员", "各村（社区）党支部书记", "—", "13个村（社区）"),
]


def stage1():
    d = S1
    blocks = [
        ("T", "大林镇人民政府"), ("T", "关于成立大林镇安全社区建设领导小组的通知"),
        ("S", "大林府发〔2022〕38号"),
        ("N", "各村（社区）、镇直各单位、驻镇各单位："),
        "为贯彻落实县委、县政府关于推进安全社区建设的部署，整合全镇安全资源，预防和减少各类事故与伤害，"
        "经镇党委、政府研究，决定启动大林镇安全社区创建工作，创建周期为2022年7月至2025年6月，"
        "并成立大林镇安全社区建设领导小组（同时履行安全社区促进委员会职责）。现将有关事项通知如下：",
        ("H", "一、领导小组组成"),
    ]
    for role, nm, pos, unit in MEMBERS:
        blocks.append(("N", f"{role}：{nm}（{unit}{'' if pos == '—' else pos}）"))
    blocks += [
        ("H", "二、主要职责"),
        "（一）组织开展全镇事故与伤害风险辨识及其评价工作；（二）组织制定体现农村特点、切实可行的安全目标和计划；"
        "（三）组织落实各类安全促进项目的实施；（四）整合镇村及驻镇单位资源，推动全员参与；"
        "（五）组织评审安全社区绩效；（六）为安全社区建设提供人、财、物和技术保障。",
        ("H", "三、办事机构"),
        "领导小组下设办公室，办公室设在镇应急管理办公室，罗文斌同志兼任办公室主任，曾丽娟同志为专职联络员兼档案管理员，"
        "负责创建工作的日常组织协调、信息收集报送和资料归档。",
        ("H", "四、工作要求"),
        "各成员单位要明确一名联络员，于7月8日前报镇应急管理办公室。领导小组成员因工作变动需要调整的，由接任者自然替补，不再另行发文。",
        ("R", "大林镇人民政府"), ("R", cn_date(2022, 7, 4)),
        ("N", "抄送：县应急管理局、县安委办。"),
    ]
    rel = f"{d}/DL·AQ-2022-001 关于成立大林镇安全社区建设领导小组的通知.docx"
    docx(rel, blocks, author="大林镇党政办")
    catalog(rel, "DL·AQ-2022-001", "大林镇人民政府", "关于成立大林镇安全社区建设领导小组的通知", dt.date(2022, 7, 4))

    rel = f"{d}/DL·AQ-2022-002 关于申请开展安全社区创建工作的报告.pdf"
    pdf(rel, [
        ("T", "大林镇人民政府"), ("T", "关于申请开展安全社区创建工作的报告"), ("S", "大林府呈〔2022〕12号"),
        ("N", "县安委会办公室："),
        "大林镇位于泰和县西南部，辖12个行政村和1个社区，户籍人口3.12万人，常住人口2.46万人，是以水稻、油茶种植为主的农业乡镇。"
        "境内有省道S223线、县道X815线穿境而过，林溪河自西向东流经7个村，山塘水库众多，农村道路交通、农业机械、涉水安全和农户用火用电等"
        "安全问题较为突出，留守老人、儿童比例较高。",
        "为进一步夯实农村安全基层基础，我镇决定依据《安全社区建设基本要求》（AQ/T 9001-2006）开展安全社区创建工作，"
        "创建周期为2022年7月至2025年6月，计划于2025年下半年申请评定。我镇已成立以镇长为组长的安全社区建设领导小组，"
        "并将按照启动、培训宣传、调查、确定项目、项目实施、自查整档、评定、提高八个阶段有序推进。",
        "特此报告，请予备案并给予指导。",
        ("R", "大林镇人民政府"), ("R", "2022年7月6日"),
        ("N", "（联系人：罗文斌，联系电话：0796-53XXXXX）"),
    ])
    catalog(rel, "DL·AQ-2022-002", "大林镇人民政府", "关于申请开展安全社区创建工作的报告", dt.date(2022, 7, 6))

    rel = f"{d}/DL·AQ-2022-003 大林镇安全社区创建工作实施方案.docx"
    docx(rel, [
        ("T", "大林镇安全社区创建工作实施方案"), ("S", "大林府发〔2022〕40号附件"),
        ("H", "一、指导思想"),
        "坚持“安全第一、预防为主、综合治理”方针，以“政府主导、部门联动、村组参与、群众受益”为原则，"
        "整合全镇安全资源，按照《安全社区建设基本要求》（AQ/T 9001-2006）建立跨部门合作的安全促进机制，"
        "持续预防和减少事故与伤害，创建安全、和谐的农村生产生活环境。",
        ("H", "二、创建范围和周期"),
        "创建范围为大林镇全域，包括12个行政村、1个社区及驻镇单位。创建周期为2022年7月至2025年6月，共三年。",
        ("H", "三、创建目标"),
        "（一）总体目标：到2025年6月，建立起跨部门合作的安全社区工作机制，事故与伤害明显下降，群众安全满意度明显提升，"
        "达到市级安全社区评定标准。",
        "（二）具体指标：1.道路交通事故起数较2022年下降20%以上，不发生较大以上道路交通事故；2.不发生中小学生溺亡事故；"
        "3.农户燃气、用火用电入户检查覆盖率达到90%以上；4.居民安全知识知晓率达到85%以上；5.伤害监测报告覆盖全镇13个村（社区）卫生室。",
        ("H", "四、组织机构"),
        "成立大林镇安全社区建设领导小组，履行促进委员会职责；领导小组下设办公室（设在镇应急管理办公室）和数据统计组（设在镇卫生院）；"
        "在确定项目阶段根据社区诊断结果成立若干安全促进项目组。",
        ("H", "五、实施步骤"),
        "（一）启动阶段（2022年7月）：成立领导小组，制定实施方案和工作制度，召开动员大会，向县安委办备案。",
        "（二）培训宣传阶段（2022年8月起，贯穿全过程）：培训镇村干部、站所负责人和村安全员，利用广播、微信群、宣传栏、告村民书等广泛宣传。",
        "（三）调查阶段（2022年9月—12月）：开展基本情况调查、风险辨识评价和事故与伤害调查，建立伤害监测制度。",
        "（四）确定项目阶段（2023年1月—4月）：根据调查结果确定重点问题、重点人群和重点场所，成立项目组，制定目标、计划和项目实施方案。",
        "（五）项目实施阶段（2023年2月—2025年4月）：组织实施安全促进项目，开展宣传培训、应急演练、监测与监督、纠正预防等工作。",
        "（六）自查整档阶段（2025年4月—6月）：对照标准开展自查，查漏补缺，整理创建档案。",
        "（七）评定阶段（2025年下半年）：向县安委办申请评定。",
        "（八）提高阶段：巩固成果，持续改进。",
        ("H", "六、保障措施"),
        "（一）加强领导。领导小组每季度召开一次工作例会，研究解决创建中的问题。"
        "（二）资金保障。镇财政每年安排安全社区建设专项资金，并积极争取上级补助和社会资金。"
        "（三）督查考核。将创建工作纳入村（社区）和镇直单位年度综合考核，领导小组办公室定期督查通报。",
        ("R", cn_date(2022, 7, 8)),
    ], author="大林镇党政办")
    catalog(rel, "DL·AQ-2022-003", "大林镇人民政府", "大林镇安全社区创建工作实施方案", dt.date(2022, 7, 8))

    rel = f"{d}/DL·AQ-2022-004 大林镇安全社区创建启动大会会议纪要.docx"
    docx(rel, [
        ("T", "大林镇安全社区创建启动大会暨领导小组第一次会议纪要"),
        ("N", "时间：2022年7月12日上午9:00"), ("N", "地点：镇政府三楼会议室"),
        ("N", "主持：陈立新（镇长）"),
        ("N", "参加：领导小组全体成员，各村（社区）党支部书记、主任，镇直单位负责人，共56人（签到表附后）"),
        ("N", "记录：曾丽娟"),
        ("H", "会议内容"),
        "一、王海涛副镇长宣读《关于成立大林镇安全社区建设领导小组的通知》和《大林镇安全社区创建工作实施方案》，"
        "介绍安全社区的理念、标准和创建周期（2022年7月至2025年6月）。",
        "二、县应急管理局安全社区工作负责人作安全社区创建动员辅导。",
        "三、陈立新镇长作动员讲话，要求各村、各单位把安全社区建设作为乡村振兴和平安建设的重要抓手。",
        "四、会议现场签订村（社区）安全社区创建目标责任书13份，镇直及驻镇单位责任书11份。",
        ("H", "会议议定事项"),
        "1.由镇应急办牵头，8月中旬前组织一次镇村干部安全社区知识培训班；",
        "2.由镇卫生院牵头，9月起在镇卫生院和各村卫生室建立伤害监测登记；",
        "3.9月底前完成全镇基本情况调查和居民安全需求问卷调查；",
        "4.各村确定一名村级安全员，负责本村隐患自查和信息报送。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", "2022年7月13日"),
    ])
    catalog(rel, "DL·AQ-2022-004", "大林镇安全社区办", "大林镇安全社区创建启动大会会议纪要", dt.date(2022, 7, 12))

    photo(f"{d}/启动大会现场 2022.7.12.jpg", dt.datetime(2022, 7, 12, 9, 18, 41), 1,
          [(200, 210, 230), (140, 120, 110), (40, 50, 90), (190, 30, 30)])

    rel = f"{d}/大林镇安全社区建设工作制度汇编.docx"
    docx(rel, [
        ("T", "大林镇安全社区建设工作制度汇编"),
        ("S", "（大林镇安全社区建设领导小组　二〇二二年七月印发）"),
        ("H", "一、领导小组工作制度"),
        "1.领导小组是全镇安全社区建设的决策和协调机构，履行促进委员会职责。2.领导小组每季度召开一次工作例会，"
        "听取办公室和各项目组工作汇报，研究解决重大问题；遇重大事项可随时召开专题会议。3.会议由办公室做好记录，形成会议纪要并归档。"
        "4.成员单位按职责分工落实各项工作任务。",
        ("H", "二、安全促进项目组工作制度"),
        "1.各项目组由牵头单位负责人任组长，成员包括相关站所、村干部、专业技术人员、志愿者和村民代表。2.项目组负责制定并实施项目方案，"
        "做好实施记录，每半年向领导小组办公室报告一次项目进展。3.项目实施满一年后开展效果评估，形成评估报告。",
        ("H", "三、信息交流与反馈制度"),
        "1.利用镇村广播、村民微信群、村务公开栏、村民议事会等渠道发布安全信息。2.设立群众安全意见建议登记台账，收到意见后7个工作日内办理反馈。"
        "3.积极参加上级组织的安全社区经验交流活动。",
        ("H", "四、宣传教育培训制度"),
        "1.每年制定宣传培训计划。2.每季度至少开展一次面向村民的安全宣传活动。3.每年至少组织一次镇村干部、村级安全员安全社区业务培训。"
        "4.培训须有培训记录、签到表，注明时间、地点、内容、授课人和参训人数。",
        ("H", "五、事故与伤害风险辨识评价制度"),
        "1.创建初期开展全面的风险辨识评价，以后每两年更新一次；新建项目、重大活动和季节转换时开展专项辨识。"
        "2.采用安全检查表、问卷调查、伤害数据分析、专家评估等方法，确定高风险环境、高危人群和脆弱群体。",
        ("H", "六、隐患排查治理制度"),
        "1.村（社区）每月开展一次隐患自查，镇每半年组织一次集中排查，汛期、冬春季等重点时段开展专项检查。"
        "2.隐患实行台账管理、销号闭环。一般隐患整改期限原则上不超过30日，需投入资金的隐患整改期限不超过90日，逾期未整改的由领导小组督办。",
        ("H", "七、伤害监测与报告制度"),
        "1.镇卫生院、各村卫生室对就诊的伤害病例逐例登记，每月5日前将上月登记表报数据统计组。2.派出所、交警中队每季度提供辖区交通事故和"
        "治安伤害数据。3.数据统计组每年1月对上一年度伤害监测数据进行统计分析，形成年度分析报告；申请评定前应对截至申请时的监测数据进行补充分析。"
        "4.发生死亡或重伤事故，村（社区）须在2小时内报告镇应急办。",
        ("H", "八、应急管理制度"),
        "1.制定镇级事故与伤害应急预案，村（社区）、学校、敬老院制定现场处置方案。2.每年至少组织两次综合或专项应急演练，演练后进行评估总结。"
        "3.建立镇村两级应急队伍，配备必要的应急物资。",
        ("H", "九、监测与监督制度"),
        "1.领导小组办公室每季度对各项目组、各村创建工作开展一次督查，填写督查记录。2.对督查发现的问题下达整改通知，跟踪落实。",
        ("H", "十、评审与持续改进制度"),
        "1.领导小组每年12月组织一次安全社区创建工作内部评审，对照《安全社区建设基本要求》评审年度目标完成情况和各要素运行情况，形成评审报告。"
        "2.根据评审结果和伤害监测分析结果修订目标、计划和项目，实现持续改进。",
        ("H", "十一、档案管理制度"),
        "1.领导小组办公室设专职档案管理员，负责创建档案的收集、整理、归档和保管。2.创建文件材料按创建阶段分类整理，每件编制档号（DL·AQ-年度-件号）。"
        "3.电子文件定期备份。4.当年形成的文件材料于次年3月底前归档。",
        ("R", cn_date(2022, 7, 20)),
    ])
    catalog(rel, "", "大林镇安全社区建设领导小组", "大林镇安全社区建设工作制度汇编", dt.date(2022, 7, 20))

    wb = Workbook()
    ws = wb.active
    ws.title = "领导小组"
    rows = [[i + 1, role, nm, unit, pos, "2022.7" if nm != "王海涛" else "2022.7—2024.3（调离）"]
            for i, (role, nm, pos, unit) in enumerate(MEMBERS)]
    rows.insert(2, [0, "常务副组长", "李卫东", "镇人民政府", "镇党委委员、副镇长（分管应急管理）", "2024.3起接任"])
    for i, r in enumerate(rows):
        r[0] = i + 1
    simple_sheet(ws, "大林镇安全社区建设领导小组（促进委员会）成员名单", ["序号", "职务", "姓名", "单位", "单位职务", "任职时间"],
                 rows, [6, 12, 22, 28, 30, 22])
    ws2 = wb.create_sheet("办公室及数据统计组")
    simple_sheet(ws2, "领导小组办公室及数据统计组成员", ["序号", "机构", "姓名", "单位及职务", "分工"], [
        [1, "办公室", "罗文斌", "镇应急办主任", "办公室主任，统筹协调"],
        [2, "办公室", "曾丽娟", "镇应急办工作人员", "联络员、档案管理员"],
        [3, "办公室", "欧阳俊", "镇党政办干事", "信息宣传"],
        [4, "数据统计组", "黄春梅", "镇卫生院院长", "组长"],
        [5, "数据统计组", "张丽", "镇卫生院公卫科", "伤害监测数据汇总分析"],
        [6, "数据统计组", "肖建军", "交警大林中队", "交通事故数据"],
        [7, "数据统计组", "刘志明", "大林派出所", "治安伤害数据"],
    ], [6, 12, 10, 22, 30])
    xlsx_save(wb, f"{d}/大林镇安全社区建设领导小组及办公室成员名单.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.title = "资金投入明细"
    fund = [
        (dt.date(2022, 7, 20), "安全社区启动宣传（横幅、展板、告村民书印制）", 28600, "镇财政"),
        (dt.date(2022, 8, 16), "镇村干部培训班", 9800, "镇财政"),
        (dt.date(2022, 9, 30), "基本情况调查及问卷印制", 12400, "镇财政"),
        (dt.date(2022, 10, 20), "山塘水库警示牌46块", 36800, "镇财政"),
        (dt.date(2022, 11, 9), "应急物资购置（救生衣、抽水泵、灭火器）", 58200, "县应急局补助"),
        (dt.date(2022, 12, 15), "村卫生室伤害监测登记本及培训", 6500, "镇卫生院"),
        (dt.date(2023, 3, 14), "农机手安全培训", 14800, "县农业农村局"),
        (dt.date(2023, 4, 28), "X815线道路安全设施（减速带、警示牌）", 86000, "县交通运输局"),
        (dt.date(2023, 5, 26), "防汛演练", 12600, "镇财政"),
        (dt.date(2023, 6, 2), "防溺水宣传品、救生圈、救生杆", 42300, "镇财政"),
        (dt.date(2023, 8, 30), "牛角湾急弯整治（凸面镜、波形护栏）", 124000, "县公路分局"),
        (dt.date(2023, 10, 19), "老年人居家适老化改造（第一批32户）", 48000, "民政补助"),
        (dt.date(2023, 11, 30), "燃气胶管、减压阀免费更换", 31500, "供气站、镇财政"),
        (dt.date(2023, 12, 20), "安全头盔发放1200顶", 36000, "镇财政、爱心企业"),
        (dt.date(2024, 4, 11), "村级安全员培训", 6200, "镇财政"),
        (dt.date(2024, 5, 30), "防溺水警示牌补设82块及电子监控6处", 96800, "县教体局、镇财政"),
        (dt.date(2024, 6, 28), "安全生产月宣传", 15600, "镇财政"),
        (dt.date(2024, 9, 20), "老年人居家适老化改造（第二批28户）", 42000, "民政补助"),
        (dt.date(2024, 11, 15), "农户电线改造（困难户45户）", 67500, "供电所、镇财政"),
        (dt.date(2024, 12, 10), "集中充电桩建设（5处）", 58000, "镇财政"),
        (dt.date(2025, 3, 18), "春季安全培训", 8600, "镇财政"),
        (dt.date(2025, 5, 20), "创建档案整理、展板制作", 21000, "镇财政"),
        (dt.date(2025, 6, 12), "防溺水应急救援演练", 13800, "镇财政"),
    ]
    rows = [[i + 1, f"{x[0].year}.{x[0].month}.{x[0].day}", x[1], x[2], x[3], "曾丽娟"] for i, x in enumerate(fund)]
    simple_sheet(ws, "大林镇安全社区建设资金投入明细表（2022年7月—2025年6月）", ["序号", "日期", "用途", "金额（元）", "资金来源", "经办人"],
                 rows, [6, 12, 46, 12, 18, 10])
    r = ws.max_row + 1
    ws.cell(row=r, column=3, value="合计")
    ws.cell(row=r, column=4, value=f"=SUM(D3:D{r - 1})")
    xlsx_save(wb, f"{d}/安全社区建设资金投入明细（2022-2025）.xlsx")


# ----------------------------------------------------------------------------------
# 二、培训宣传阶段
# ----------------------------------------------------------------------------------
def stage2():
    d = S2
    rel = f"{d}/DL·AQ-2022-005 大林镇安全社区宣传教育培训计划.docx"
    docx(rel, [
        ("T", "大林镇安全社区宣传教育培训计划"),
        ("H", "一、目的"),
        "通过多层次、多形式的宣传教育和培训，使镇村干部掌握安全社区的理念和方法，使村民了解创建工作、掌握基本安全知识，"
        "形成人人关心安全、人人参与创建的氛围。本计划适用于创建周期（2022年7月至2025年6月），每年初由办公室根据上年情况补充年度安排。",
        ("H", "二、培训对象和内容"),
        ("TAB", [["对象", "内容", "形式", "频次", "牵头单位"],
                 ["镇村干部、站所负责人", "安全社区标准、创建方法、伤害监测", "集中培训", "每年至少1次", "镇应急办"],
                 ["村级安全员、网格员", "隐患排查、信息报送、应急处置", "集中培训、现场教学", "每年至少1次", "镇应急办"],
                 ["农机手、驾驶员", "农机安全操作、道路交通法规", "集中培训", "每年春耕前", "镇农机站、交警中队"],
                 ["中小学生", "防溺水、交通安全、消防安全", "安全课、主题班会", "每学期", "中心小学、大林中学"],
                 ["老年人", "防跌倒、用火用电、防诈骗", "健康讲座、入户宣传", "每半年", "镇卫生院、老年人协会"],
                 ["全体村民", "安全社区知识、燃气用火用电", "广播、微信群、宣传栏、告村民书", "每季度至少1次", "各村（社区）"]]),
        ("H", "三、宣传阵地"),
        "镇区设安全社区宣传长廊1处，13个村（社区）各设宣传栏1块，利用村村响广播每周播放安全提示，建立镇村两级安全信息微信群。",
        ("H", "四、2022年下半年安排"),
        "8月：镇村干部安全社区知识培训班；致全镇村民的一封信入户发放。9月：开学第一课安全教育。"
        "11月：“119”消防宣传月活动。12月：冬季用火用电和一氧化碳中毒预防宣传。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", "2022年8月1日"),
    ])
    catalog(rel, "DL·AQ-2022-005", "大林镇安全社区办", "大林镇安全社区宣传教育培训计划", dt.date(2022, 8, 1))

    rel = f"{d}/DL·AQ-2022-006 安全社区知识培训班培训记录.docx"
    docx(rel, [
        ("T", "培 训 记 录"),
        ("TAB", [["培训名称", "大林镇安全社区知识培训班"],
                 ["培训时间", "2022年8月16日 8:30—17:00"],
                 ["培训地点", "镇政府三楼会议室"],
                 ["主办单位", "大林镇安全社区建设领导小组办公室"],
                 ["授课人", "县应急管理局　刘某（安全社区评审员）；镇卫生院　张丽"],
                 ["参训对象", "镇村干部、镇直及驻镇单位负责人、村级安全员"],
                 ["应到人数", "90人"], ["实到人数", "86人（签到表另附）"],
                 ["培训内容", "1.安全社区的理念与发展；2.《安全社区建设基本要求》12个要素解读；3.社区安全诊断方法；"
                              "4.伤害监测登记表填写要求；5.大林镇创建工作安排"],
                 ["考核情况", "闭卷测试，平均成绩86.5分，合格率97.7%"]]),
        "培训结束后，学员普遍反映对安全社区“跨部门合作、全员参与、持续改进”的理念有了较清晰的认识，"
        "对伤害监测登记表的填写方法进行了现场练习。",
        ("R", "记录人：曾丽娟"),
    ])
    catalog(rel, "DL·AQ-2022-006", "大林镇安全社区办", "安全社区知识培训班培训记录", dt.date(2022, 8, 16))

    wb = Workbook()
    ws = wb.active
    ws.title = "签到表"
    rnd = random.Random(816)
    units = ["镇政府", "派出所", "卫生院", "中心小学", "大林中学", "农机站", "供电所", "市场监管所", "供气站", "专职消防队"] + VILLAGES
    rows = []
    for i in range(86):
        u = units[i % len(units)]
        rows.append([i + 1, name(rnd).replace("某某", rnd.choice(["建", "国", "小", "春", "德", "明", "红"]) + rnd.choice(["华", "平", "英", "军", "林", "芳", "强"])),
                     u, rnd.choice(["村支书", "村主任", "村安全员", "负责人", "工作人员", "干部"]) if u in VILLAGES else "负责人/工作人员",
                     "（签名）"])
    simple_sheet(ws, "大林镇安全社区知识培训班签到表", ["序号", "姓名", "单位", "职务", "签到"], rows, [6, 10, 18, 16, 10],
                 note="时间：2022年8月16日　　地点：镇政府三楼会议室　　应到90人，实到86人")
    xlsx_save(wb, f"{d}/安全社区知识培训签到表（2022.8.16）.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.title = "2023"
    acts = [
        ("2023-01-12", "春节前“平安过节”消防安全宣传进村", "13个村（社区）", "村民", 1300, "发放传单、广播"),
        ("2023-02-20", "开学第一课安全教育", "中心小学、大林中学及村小", "中小学生", 2950, "主题班会"),
        ("2023-03-14", "农机手安全操作培训", "镇农机站", "农机手", 64, "集中培训"),
        ("2023-03-28", "全国中小学生安全教育日宣传", "中心小学", "学生、家长", 820, "安全课、告家长书"),
        ("2023-04-12", "镇村干部安全社区业务培训", "镇政府会议室", "镇村干部、村安全员", 78, "集中培训"),
        ("2023-05-12", "防灾减灾日宣传", "集镇广场", "村民", 420, "咨询台、展板"),
        ("2023-06-02", "防溺水进校园", "中心小学等6所学校", "中小学生", 2600, "专题讲座、签订承诺书"),
        ("2023-06-16", "安全生产月宣传咨询日", "集镇广场", "村民、企业员工", 650, "咨询台、展板、发放宣传品"),
        ("2023-06-20", "防溺水告家长书", "全镇", "学生家长", 2900, "微信群、纸质回执"),
        ("2023-07-10", "暑期防溺水巡河宣传", "林溪河沿线7个村", "村民、学生", 530, "流动宣传车"),
        ("2023-08-22", "夏季用电安全入户宣传", "大林社区、石桥村", "村民", 260, "入户宣传"),
        ("2023-09-05", "秋收农机安全宣传", "各村", "农机手", 310, "广播、现场提示"),
        ("2023-09-15", "开学交通安全教育", "各学校", "学生", 2800, "安全课"),
        ("2023-10-19", "老年人防跌倒健康讲座", "大林社区、上坪村", "老年人", 136, "讲座、义诊"),
        ("2023-11-09", "“119”消防宣传月活动", "集镇、敬老院", "村民、敬老院老人", 380, "消防演示、宣传"),
        ("2023-11-22", "冬季森林防火宣传", "竹山村、高岭村、罗坑村", "村民", 450, "入户、广播"),
        ("2023-12-05", "一氧化碳中毒预防宣传", "全镇", "村民", 1600, "广播、微信群"),
        ("2023-12-20", "交通安全“一盔一带”宣传及头盔发放", "集镇", "电动车、摩托车驾驶人", 1200, "发放头盔"),
    ]
    rows = [[i + 1] + list(a) for i, a in enumerate(acts)]
    simple_sheet(ws, "大林镇2023年安全宣传教育活动记录汇总表",
                 ["序号", "日期", "活动名称", "地点", "对象", "参与人数", "形式"], rows, [6, 12, 34, 24, 18, 10, 18])
    xlsx_save(wb, f"{d}/2023年安全宣传活动记录汇总.xlsx")

    rel = f"{d}/2024年村级安全员业务培训记录.docx"
    docx(rel, [
        ("T", "培 训 记 录"),
        ("TAB", [["培训名称", "大林镇村级安全员（网格员）业务培训"],
                 ["培训时间", "2024年4月11日上午"],
                 ["培训地点", "镇文化站"],
                 ["授课人", "罗文斌（镇应急办）；邓永强（专职消防队）"],
                 ["参加人员", "各村（社区）安全员、网格员"],
                 ["培训内容", "1.隐患排查要点和隐患台账填写；2.农户燃气ABC分类检查方法；3.汛期巡查和信息报送；4.灭火器使用实操"],
                 ["备注", ""]]),
        "培训采用讲解和实操相结合的方式，安全员现场练习了灭火器使用和燃气泄漏检测。培训后布置各村5月底前完成一轮入户检查。",
        ("R", "记录：欧阳俊"),
    ])
    catalog(rel, "", "大林镇应急办", "2024年村级安全员业务培训记录", dt.date(2024, 4, 11))

    rel = f"{d}/DL·AQ-2024-012 2024年安全生产月暨防溺水宣传活动总结.docx"
    docx(rel, [
        ("T", "大林镇2024年“安全生产月”暨防溺水宣传活动总结"),
        "按照县安委办统一部署，结合安全社区创建，我镇于6月组织开展了以“人人讲安全、个个会应急”为主题的安全生产月活动，"
        "并将防溺水宣传作为重点同步推进。现将有关情况总结如下：",
        "一、6月14日在集镇广场举办安全生产宣传咨询日，设置咨询台8个，展出展板24块，发放宣传资料3200余份，现场咨询群众约700人次。",
        "二、组织“防溺水安全第一课”，全镇中小学2870名学生参加，签订《防溺水安全承诺书》2870份，通过“家校通”向家长推送防溺水提醒。",
        "三、在林溪河沿线及山塘水库补设警示牌82块，新增电子监控和语音提醒装置6处（县教体局支持），组建村级巡河志愿者队伍13支。",
        "四、利用村村响广播每日播放防溺水提示，各村微信群推送安全提示信息共46条。",
        "五、组织企业和加工作坊开展安全自查，发现的隐患已录入隐患排查治理台账并落实整改。",
        "活动期间全镇未发生溺水死亡事故。下一步将继续做好暑期巡河和宣传工作。",
        ("R", "大林镇安全生产委员会办公室"), ("R", "2024年7月2日"),
    ])
    catalog(rel, "DL·AQ-2024-012", "大林镇安委办", "2024年安全生产月暨防溺水宣传活动总结", dt.date(2024, 7, 2))

    rnd = random.Random(318)
    sign = []
    units = VILLAGES + ["镇直单位"] * 3
    for i in range(112):
        sign.append([str(i + 1), units[i % len(units)], rnd.choice(SURNAMES) + rnd.choice("国建春秋红小德志") + rnd.choice("华平英军林芳强明")])
    rel = f"{d}/2025年春季安全知识培训记录（含签到）.docx"
    blocks = [
        ("T", "大林镇2025年春季安全知识培训记录"),
        ("N", "时间：2025年3月18日"), ("N", "地点：镇政府三楼会议室"),
        ("N", "对象：村（社区）干部、村级安全员、网格员、镇直单位安全员"),
        ("N", "授课：县应急管理局　王某；县消防救援大队　李某；镇卫生院　张丽"),
        ("N", "参训人数：应到120人，实到112人"),
        ("H", "培训内容"),
        "一、春耕春播农机安全和道路交通安全；二、春季森林防火及野外用火管理；三、伤害监测登记规范（针对各村卫生室漏报问题）；"
        "四、安全社区自查整档工作要求。",
        ("H", "签到表"),
        ("TAB", [["序号", "单位", "姓名"]] + sign),
    ]
    docx(rel, blocks)
    catalog(rel, "", "大林镇应急办", "2025年春季安全知识培训记录", dt.date(2025, 3, 18))

    rel = f"{d}/交流活动/赴邻县安平镇学习交流活动记录.docx"
    docx(rel, [
        ("T", "赴邻县安平镇学习安全社区建设经验活动记录"),
        ("N", "时间：2023年5月17日—18日"),
        ("N", "地点：万安县安平镇（省级安全社区）"),
        ("N", "带队：王海涛（副镇长）"),
        ("N", "参加人员：镇应急办、卫生院、农机站、中心小学负责人及6个村支部书记，共14人"),
        ("H", "主要内容"),
        "1.听取安平镇安全社区创建工作情况介绍，重点学习其农村伤害监测“村医报表制”和防溺水“河长+网格员”巡河机制；",
        "2.现场参观安平镇安全社区展馆、村级应急物资储备点和老年人居家适老化改造示范户；",
        "3.双方就农机安全监管、农户燃气安全入户检查等进行座谈交流。",
        ("H", "收获与借鉴"),
        "一是借鉴“村医报表制”，由各村卫生室按月报送伤害登记表，解决我镇伤害监测漏报问题；二是借鉴巡河机制，在暑期组建村级巡河志愿者队伍；"
        "三是学习适老化改造做法，纳入我镇老年人防跌倒项目。",
        ("R", "整理：欧阳俊　2023年5月22日"),
    ])
    catalog(rel, "", "大林镇安全社区办", "赴邻县安平镇学习交流活动记录", dt.date(2023, 5, 18))

    wb = Workbook()
    ws = wb.active
    ws.title = "志愿者名册"
    rnd = random.Random(77)
    teams = ["平安志愿者队", "防溺水巡河队", "老年人协会互助队", "青年志愿者服务队", "应急救援志愿队"]
    rows = []
    for i in range(48):
        v = VILLAGES[i % 13]
        t = teams[i % 5] if v != "大林社区" else rnd.choice(teams)
        join = rnd.choice(["2022.8", "2022.10", "2023.3", "2023.6", "2024.5", "2024.6", "2025.3"])
        if t == "防溺水巡河队":
            join = rnd.choice(["2023.6", "2024.6"])
        rows.append([i + 1, rnd.choice(SURNAMES) + "某某", rnd.choice("男男女"), rnd.randint(19, 68), v, t, join,
                     f"1{rnd.choice('35789')}{rnd.randint(0, 9)}****{rnd.randint(1000, 9999)}"])
    simple_sheet(ws, "大林镇安全社区志愿者队伍名册", ["序号", "姓名", "性别", "年龄", "所在村（社区）", "所属队伍", "加入时间", "联系电话"],
                 rows, [6, 10, 6, 6, 14, 18, 10, 14], note="共5支队伍，在册志愿者48人（截至2025年5月）")
    xlsx_save(wb, f"{d}/安全社区志愿者队伍名册.xlsx")

    wb = Workbook()
    ws = wb.active
    ws.title = "意见建议台账"
    ops = [
        ("2022年8月25日", "上坪村村民", "村民议事会", "S223线上坪路口车速快，学生过马路危险", "转交警中队，增设限速标志和减速带", "2022年9月20日"),
        ("2022年9月14日", "河口村村民", "来访", "林溪河采砂坑深，夏天有小孩去游泳", "设置警示牌，纳入防溺水项目", "2022年10月20日"),
        ("2022年10月8日", "大林社区居民", "微信群", "集镇街道电动车乱停乱充", "规划集中充电点", "2022年10月15日"),
        ("2022年11月3日", "石桥村", "村民议事会", "建议冬季多宣传烤火防一氧化碳中毒", "纳入冬季宣传计划", "2022年11月10日"),
        ("2023年1月6日", "竹山村村民", "12345热线转办", "后山有落石", "镇自然资源所现场核查，设警示牌", "2023年1月13日"),
        ("2023年3月2日", "新塘村村民", "来访", "新塘水库东岸无警示", "增设警示牌3块", "2023年3月9日"),
        ("2023年4月18日", "老年人协会", "座谈会", "建议给独居老人家里装扶手", "纳入适老化改造项目", "2023年4月25日"),
        ("2023年6月12日", "中心小学家长", "家校群", "暑期希望有人巡河", "组建巡河志愿者队", "2023年6月19日"),
        ("2023年7月24日", "桥头村村民", "微信群", "X815线牛角湾连续出事故", "报县公路分局，实施急弯整治", "2023年8月8日"),
        ("2023年9月19日", "曾家村", "村民议事会", "收割机上路无人管", "农机站开展秋收专项检查", "2023年9月26日"),
        ("2023年11月28日", "罗坑村村民", "来访", "液化气钢瓶送气工不检查", "约谈供气站，送气入户必检", "2023年12月4日"),
        ("2024年1月9日", "大林村村民", "微信群", "敬老院地面湿滑", "敬老院铺设防滑地砖", "2024年1月30日"),
        ("2024年3月21日", "高岭村村民", "12345热线转办", "土坯房危险", "列入危房改造，动员搬离", "2024年3月28日"),
        ("2024年5月16日", "河口村", "村民议事会", "河口段村道临水无护栏", "报县交通运输局申请资金", "2024年5月23日"),
        ("2024年6月7日", "下坪村家长", "家校群", "希望增加山塘监控", "县教体局支持增设监控", "2024年6月14日"),
        ("2024年8月13日", "枫树村村民", "来访", "老旧房屋电线老化", "供电所上门检查，纳入困难户电线改造", "2024年8月20日"),
        ("2024年10月22日", "上坪村村民", "微信群", "机耕道坡陡", "设置警示桩", "2024年10月29日"),
        ("2024年12月3日", "大林社区居民", "来访", "集中充电桩不够", "新增充电桩5处", "2024年12月10日"),
        ("2025年2月19日", "新塘村村民", "微信群", "春节期间燃放烟花在柴草堆旁", "村委会劝导并宣传", "2025年2月21日"),
        ("2025年4月9日", "老年人协会", "座谈会", "适老化改造希望继续做", "纳入2025—2027年持续改进计划", "2025年4月16日"),
        ("2025年5月27日", "石桥村村民", "村民议事会", "石桥至曾家村道临水段护栏一直没装", "再次报县交通运输局，尚在协调", ""),
    ]
    rows = [[i + 1] + list(o) for i, o in enumerate(ops)]
    simple_sheet(ws, "大林镇群众安全意见建议登记办理台账", ["序号", "受理日期", "反映人", "渠道", "主要内容", "办理情况", "反馈日期"],
                 rows, [6, 14, 14, 14, 36, 34, 14])
    xlsx_save(wb, f"{d}/群众安全意见建议登记办理台账.xlsx")

    lines = ["大林镇安全信息发布记录（村村响广播、村民微信群）", "记录人：欧阳俊", "",
             "日期        渠道        内容摘要"]
    pub = [
        ("2022.8.18", "广播", "安全社区创建告村民书（连续播放一周）"),
        ("2022.9.1", "微信群", "开学交通安全提示"),
        ("2022.11.9", "广播", "119消防宣传：家中不乱接电线、不在室内给电动车充电"),
        ("2022.12.12", "广播、微信群", "寒潮预警及烤火防一氧化碳中毒提示"),
        ("2023.1.16", "微信群", "春节期间烟花爆竹安全燃放提示"),
        ("2023.3.10", "广播", "春耕农机安全操作提示"),
        ("2023.5.20", "广播、微信群", "汛期防汛避险提示"),
        ("2023.6.5", "广播", "防溺水“六不”提示（暑期每日播放）"),
        ("2023.8.2", "微信群", "X815线牛角湾路段施工绕行提示"),
        ("2023.10.8", "广播", "秋收农机上路安全提示"),
        ("2023.12.6", "广播、微信群", "冬季用火用电安全提示"),
        ("2024.1.22", "微信群", "雨雪冰冻天气出行提示"),
        ("2024.3.5", "广播", "春季森林防火提示"),
        ("2024.4.16", "微信群", "汛期地质灾害避险提示"),
        ("2024.6.3", "广播", "防溺水提示（暑期每日播放）"),
        ("2024.9.9", "广播", "秋收农机安全提示"),
        ("2024.11.8", "广播、微信群", "119消防宣传月：电动车充电安全"),
        ("2024.12.16", "微信群", "冬季一氧化碳中毒预防提示"),
        ("2025.1.20", "微信群", "春节安全提示"),
        ("2025.3.12", "广播", "春耕农机及野外用火安全提示"),
        ("2025.5.8", "广播、微信群", "汛期防汛避险提示"),
        ("2025.6.3", "广播", "防溺水提示（暑期每日播放）"),
    ]
    for a, b, c in pub:
        lines.append(f"{a:<12}{b:<10}{c}")
    gbk_text(f"{d}/安全信息发布记录（广播、微信群）.txt", "\n".join(lines) + "\n")

    rel = f"{d}/大林镇安全社区“一网三库”建设情况说明.docx"
    docx(rel, [
        ("T", "大林镇安全社区“一网三库”建设情况说明"),
        "按照县安全社区建设工作要求，我镇在调查阶段同步建设安全社区“一网三库”，作为安全信息收集、交流和分析的基础平台。",
        "一、“一网”：在镇政府门户网站开设“安全社区”专栏，发布创建动态、安全知识和预警信息；同时建立镇、村两级安全信息微信群13个，"
        "覆盖村干部、村民小组长、安全员和志愿者。",
        "二、人口综合信息数据库：依托镇综治中心网格化系统，录入全镇8950户、31200人的基本信息，标注独居老人1120人、留守儿童860人、"
        "残疾人410人等脆弱群体，供项目组开展入户服务。",
        "三、社会单位综合信息数据库：录入镇内企业、加工作坊、商铺、学校、敬老院、卫生室等社会单位236家，记录其安全管理人员和主要风险。",
        "四、环境和市政设施数据库：录入道路、桥梁、山塘水库、地质灾害点、消防水源、应急避难场所等信息，共计412条，"
        "与危险源及风险点辨识清单互相对照。",
        "“一网三库”由领导小组办公室负责维护，各村安全员每季度更新一次。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", "2022年11月25日"),
    ])
    catalog(rel, "", "大林镇安全社区办", "大林镇安全社区“一网三库”建设情况说明", dt.date(2022, 11, 25))


# ----------------------------------------------------------------------------------
# 三、调查阶段
# ----------------------------------------------------------------------------------
def analysis_blocks(title, label, a, b, written, prev=None, prev_label=None):
    s = inj_stats(a, b)
    n = s["n"]
    blocks = [("T", title),
              ("S", f"（统计时段：{ymd(a)}至{ymd(b)}）"),
              ("H", "一、数据来源"),
              f"数据来源于镇卫生院、13个村（社区）卫生室及大林派出所报送的《伤害监测登记表》，统计时段为{ymd(a)}至{ymd(b)}（{label}），"
              "并参考交警大林中队提供的道路交通事故登记。",
              ("H", "二、总体情况"),
              f"{label}全镇共登记伤害病例{n}例，其中男性{s['male']}例（{pct(s['male'], n)}），女性{n - s['male']}例；"
              f"住院及转诊{s['serious']}例，死亡{s['dead']}例。"]
    if prev:
        p = inj_stats(*prev)
        ch = (n - p["n"]) / p["n"] * 100 if p["n"] else 0
        blocks.append(f"与{prev_label}（{p['n']}例）相比，伤害病例{'减少' if ch < 0 else '增加'}{abs(ch):.1f}%。")
    rows = [["伤害类型", "例数", "构成比"]] + [[k, v, pct(v, n)] for k, v in s["top"]]
    blocks += [("H", "三、伤害类型分布"), ("TAB", rows),
               f"前三位伤害类型依次为{s['top'][0][0]}、{s['top'][1][0]}和{s['top'][2][0]}，合计占{pct(sum(v for _, v in s['top'][:3]), n)}。"]
    ag = s["age"]
    blocks += [("H", "四、人群分布"),
               f"0—14岁儿童{ag['0-14岁']}例（{pct(ag['0-14岁'], n)}），15—59岁{ag['15-59岁']}例（{pct(ag['15-59岁'], n)}），"
               f"60岁以上老年人{ag['60岁以上']}例（{pct(ag['60岁以上'], n)}）。老年人伤害以跌倒为主，儿童伤害以跌倒、烧烫伤和溺水为主，"
               "青壮年以道路交通伤害、农机伤害和锐器伤为主。",
               ("H", "五、时间和地点分布"),
               "伤害发生较多的月份为" + "、".join(f"{k}月（{v}例）" for k, v in s["mon"][:3]) + "。发生地点以" +
               "、".join(f"{k}（{v}例）" for k, v in s["place"][:4]) + "为主。病例较多的村（社区）为" +
               "、".join(f"{k}（{v}例）" for k, v in s["vil"][:3]) + "。",
               ("H", "六、结论与建议")]
    return blocks, s


def stage3():
    d = S3
    rel = f"{d}/DL·AQ-2022-007 大林镇基本情况调查报告.docx"
    docx(rel, [
        ("T", "大林镇安全社区基本情况调查报告"),
        ("H", "一、调查组织"),
        "2022年8月下旬至9月中旬，领导小组办公室会同镇卫生院、派出所、农机站、中心小学和各村（社区），采用资料收集、实地查看、"
        "座谈和问卷调查相结合的方法，对全镇安全基本情况进行了调查。共发放居民问卷1200份，回收有效问卷1136份，有效率94.7%。",
        ("H", "二、镇情概况"),
        "大林镇位于泰和县西南部，国土面积118平方公里，辖12个行政村、1个社区、156个村民小组，户籍8950户31200人，常住人口约24600人，"
        "外出务工人员约6600人。60岁以上老年人7280人，占户籍人口23.3%，其中独居老人1120人；留守儿童860人；在校中小学生3100人。"
        "镇内有中学1所、中心小学1所、村小5所、幼儿园4所、卫生院1所、村卫生室13个、敬老院1所。",
        "经济以水稻、油茶、蔬菜种植和生猪养殖为主，有农产品加工作坊和小微企业41家、个体商铺300余户。"
        "全镇登记注册拖拉机、微耕机、收割机等农业机械1860台，农用三轮车和摩托车约4200辆，电动自行车约6000辆。",
        "省道S223线（境内14.2公里）、县道X815线（境内11.6公里）穿境而过，X815线牛角湾段为连续急弯下坡路段；"
        "林溪河流经7个村，另有山塘142座、小型水库3座（新塘水库库容86万立方米）。",
        ("H", "三、安全管理现状"),
        "镇设应急管理办公室（编制3人）、专职消防队（8人），各村配备村级安全员。主要问题：1.村级安全管理力量薄弱，安全员多为兼职；"
        "2.农机挂牌率低（约62%），无证驾驶较普遍；3.山塘水库警示和救生设施不足；4.农户多使用瓶装液化气和柴灶，燃气胶管老化、"
        "电线私拉乱接现象较多；5.老年人居住的土坯房和老旧房屋卫生间、楼梯缺少扶手；6.伤害没有系统登记，历史数据不全。",
        ("H", "四、近三年事故伤害情况"),
        "据派出所、交警中队和卫生院资料，2019年7月至2022年6月全镇发生道路交通事故143起，死亡9人；溺水死亡5人（其中中小学生3人）；"
        "农机事故11起，死亡2人；火灾18起，一氧化碳中毒4起。",
        ("H", "五、居民问卷调查结果"),
        ("TAB", [["调查项目", "结果"],
                 ["居民知道“安全社区”的比例", "21.6%"],
                 ["安全知识知晓率（10题平均正确率）", "62.4%"],
                 ["骑摩托车、电动车经常佩戴头盔", "38.7%"],
                 ["家中燃气胶管超过两年未更换", "44.1%"],
                 ["家中老人近一年发生过跌倒", "17.9%"],
                 ["认为最需要解决的安全问题（前三位）", "道路交通（68.2%）、小孩溺水（57.5%）、用火用电（41.3%）"],
                 ["对本地安全状况满意度", "71.8%"]]),
        ("H", "六、初步结论"),
        "大林镇安全问题主要集中在道路交通（含农机）、涉水安全、农户用火用电和燃气、老年人居家安全四个方面，"
        "重点人群为留守儿童、老年人和农机、摩托车驾驶人。建议在风险辨识评价的基础上确定安全促进项目。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", cn_date(2022, 9, 20)),
    ])
    catalog(rel, "DL·AQ-2022-007", "大林镇安全社区办", "大林镇基本情况调查报告", dt.date(2022, 9, 20))

    risks = [
        ("X815线牛角湾连续急弯下坡路段", "桥头村、曾家村", "道路交通", "车辆碰撞、驶出路外", 4, 5),
        ("S223线集镇段", "大林社区", "道路交通", "行人、电动车与机动车碰撞", 4, 4),
        ("S223线上坪路口", "上坪村", "道路交通", "路口碰撞", 3, 4),
        ("学校周边道路", "大林社区、大林村", "道路交通", "学生交通伤害", 3, 4),
        ("村道临水临崖路段（19处）", "各村", "道路交通", "车辆坠河坠崖", 3, 5),
        ("机耕道陡坡", "上坪村、竹山村", "农机安全", "农机翻车", 3, 4),
        ("无牌无证农机上路", "全镇", "农机安全", "农机事故", 4, 4),
        ("微耕机、收割机作业", "全镇", "农机安全", "机械伤害", 3, 3),
        ("林溪河河口段及采砂坑", "河口村", "涉水安全", "溺水", 4, 5),
        ("新塘水库", "新塘村", "涉水安全", "溺水", 3, 5),
        ("山塘（142座）", "全镇", "涉水安全", "溺水", 4, 5),
        ("灌溉渠", "下坪村、石桥村", "涉水安全", "儿童落水", 2, 4),
        ("农户瓶装液化气使用", "全镇", "用火用电", "燃气泄漏、爆炸、火灾", 3, 5),
        ("柴灶及柴草堆放", "全镇", "用火用电", "火灾", 3, 4),
        ("老旧民房电线老化、私拉乱接", "全镇", "用火用电", "触电、火灾", 3, 4),
        ("电动车室内充电", "大林社区等", "用火用电", "火灾", 3, 5),
        ("冬季烤火取暖", "全镇", "用火用电", "一氧化碳中毒、烧烫伤", 3, 4),
        ("独居老人居家环境", "全镇", "老年人安全", "跌倒", 4, 3),
        ("敬老院", "大林村", "老年人安全", "跌倒、火灾", 3, 4),
        ("土坯房、危旧房", "高岭村、曾家村等", "房屋安全", "倒塌伤害", 2, 5),
        ("后山边坡地质灾害点（7处）", "竹山村、罗坑村", "防灾减灾", "滑坡、落石", 2, 5),
        ("汛期林溪河沿岸", "7个沿河村", "防灾减灾", "洪涝", 3, 4),
        ("集镇商铺、农贸市场", "大林社区", "公共场所", "火灾、踩踏", 2, 4),
        ("农产品加工作坊", "全镇", "工作场所", "机械伤害、火灾", 3, 3),
        ("建房施工", "全镇", "工作场所", "高处坠落、物体打击", 3, 4),
        ("森林防火重点区域", "竹山村、高岭村、罗坑村", "防灾减灾", "森林火灾", 2, 4),
        ("农药存放使用", "全镇", "家居安全", "中毒", 2, 4),
        ("犬只散养", "全镇", "家居安全", "犬咬伤", 3, 2),
        ("学校（7所）", "全镇", "学校安全", "踩踏、跌倒", 2, 3),
        ("幼儿园（4所）", "大林社区等", "儿童安全", "跌倒、烫伤", 2, 3),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "风险点清单"
    rows = []
    for i, (pt, v, cat, acc, L, S) in enumerate(risks):
        R = L * S
        lvl = "重大风险" if R >= 16 else "较大风险" if R >= 12 else "一般风险" if R >= 6 else "低风险"
        rows.append([i + 1, pt, v, cat, acc, L, S, R, lvl])
    simple_sheet(ws, "大林镇危险源及风险点辨识清单", ["序号", "风险点", "所在村", "类别", "可能导致的事故与伤害",
                                           "可能性L", "严重性S", "风险值R", "风险等级"],
                 rows, [6, 30, 18, 10, 22, 8, 8, 8, 10], note="评价方法：风险矩阵法（R=L×S）；辨识时间：2022年10月；2024年9月复核")
    xlsx_save(wb, f"{d}/危险源及风险点辨识清单.xlsx")

    lv = {"重大风险": 0, "较大风险": 0, "一般风险": 0, "低风险": 0}
    for r in rows:
        lv[r[8]] += 1
    big = [r[1] for r in rows if r[8] == "重大风险"]
    rel = f"{d}/DL·AQ-2022-008 大林镇事故与伤害风险辨识评价报告.docx"
    docx(rel, [
        ("T", "大林镇事故与伤害风险辨识评价报告"),
        ("H", "一、辨识评价范围和方法"),
        "范围为大林镇全域内的道路、水域、农业生产、居家、学校、公共场所和工作场所。方法采用安全检查表、现场踏勘、"
        "居民问卷、近三年事故伤害资料分析和专家评估，风险等级采用风险矩阵法（R=L×S）确定。",
        ("H", "二、辨识结果"),
        f"共辨识风险点{len(risks)}处（详见《危险源及风险点辨识清单》），其中重大风险{lv['重大风险']}处、较大风险{lv['较大风险']}处、"
        f"一般风险及以下{lv['一般风险'] + lv['低风险']}处。重大风险为：" + "、".join(big) + "。",
        ("H", "三、高危人群、高风险环境和脆弱群体"),
        "高危人群：农机手、摩托车和电动车驾驶人（尤其是无证、不戴头盔者），暑期留守儿童，冬季烤火的老年人。",
        "高风险环境：X815线、S223线集镇段，林溪河、山塘水库，农户厨房（液化气与柴灶混用），老旧民房和土坯房。",
        "脆弱群体：独居老人1120人、留守儿童860人、残疾人410人。",
        ("H", "四、重点问题排序"),
        "综合风险值、伤害发生频次和居民关注度，确定重点问题依次为：1.道路交通及农机安全；2.中小学生溺水；3.农户用火用电及燃气安全；"
        "4.老年人跌倒。以上问题作为下一阶段确定安全促进项目的依据。",
        ("H", "五、建议"),
        "1.成立四个安全促进项目组；2.建立伤害监测登记并纳入村卫生室日常工作；3.对重大风险点实行挂牌管理，由镇领导包点；"
        "4.按制度每两年对风险辨识评价进行一次更新。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", "二〇二二年十月二十八日"),
    ])
    catalog(rel, "DL·AQ-2022-008", "大林镇安全社区办", "大林镇事故与伤害风险辨识评价报告", dt.date(2022, 10, 28))

    rel = f"{d}/2024年风险辨识评价更新报告.docx"
    docx(rel, [
        ("T", "大林镇事故与伤害风险辨识评价更新报告（2024年）"),
        "按照《风险辨识评价制度》每两年更新一次的要求，领导小组办公室于2024年8月至9月组织对2022年10月辨识的风险点进行了复核，"
        "并结合2023年度伤害监测分析结果、隐患排查治理台账和群众意见建议进行了更新。",
        ("H", "一、风险变化情况"),
        "1.X815线牛角湾路段经2023年8月急弯整治（设置凸面镜、波形护栏、减速带），2023年9月以来事故明显减少，风险等级由重大风险降为较大风险。",
        "2.山塘水库已补设警示牌128块、电子监控6处，组建巡河志愿者队伍，风险等级维持较大风险，暑期仍需重点管控。",
        "3.农户燃气C类（重大隐患）户比例较创建初期明显下降，但电动车室内充电问题上升，新增“电动车集中充电点不足”风险点。",
        "4.老年人跌倒已成为第一位伤害类型，独居老人居家环境风险上调为较大风险。",
        "5.新增风险点2处：集镇电动车集中停放充电区域；石桥至曾家村道临水段（护栏未安装）。",
        ("H", "二、下一步管控重点"),
        "老年人防跌倒、电动车充电安全、临水临崖路段防护。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", "2024年9月25日"),
    ])
    catalog(rel, "", "大林镇安全社区办", "2024年风险辨识评价更新报告", dt.date(2024, 9, 25))

    h22 = in_span(HAZ, dt.date(2022, 7, 1), dt.date(2022, 12, 31))
    closed22 = sum(1 for r in h22 if r[10] and r[10] <= dt.date(2022, 12, 28))
    cats = {}
    for r in h22:
        cats[r[4]] = cats.get(r[4], 0) + 1
    rel = f"{d}/2022年下半年安全隐患大排查工作总结.docx"
    docx(rel, [
        ("T", "大林镇2022年下半年安全隐患大排查工作总结"),
        "为摸清安全社区创建起点的安全隐患底数，领导小组办公室于2022年8月和11月组织了两轮镇级集中排查，各村（社区）按月开展自查，"
        "排查结果统一录入《隐患排查治理台账》。",
        f"一、排查情况。2022年7月至12月共排查登记隐患{len(h22)}处，其中" +
        "、".join(f"{k}{v}处" for k, v in sorted(cats.items(), key=lambda kv: -kv[1])) + "。",
        f"二、整改情况。截至12月28日已整改销号{closed22}处，其余{len(h22) - closed22}处正在整改中，均落实了责任单位和整改期限。",
        "三、存在问题。部分村自查流于形式，台账填写不规范；临水路段护栏、边坡治理等需投入资金的隐患整改周期长。",
        "四、下一步。2023年起隐患排查纳入村级安全员月度工作，镇每半年组织一次集中排查，所有隐患实行台账销号管理。",
        ("R", "大林镇应急管理办公室"), ("R", "二〇二二年十二月二十八日"),
    ])
    catalog(rel, "", "大林镇应急办", "2022年下半年安全隐患大排查工作总结", dt.date(2022, 12, 28))

    # --- injury register (xlsx, title row, two-row merged header, mixed dates) ---
    wb = Workbook()
    ws = wb.active
    ws.title = "伤害登记"
    ws["A1"] = "大林镇伤害监测登记表（2022年7月—2025年6月）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "汇总单位：大林镇卫生院公卫科（数据统计组）　　各村卫生室每月5日前报送上月登记"
    ws.merge_cells("A2:L2")
    heads = ["序号", "伤害发生日期", "所在村（社区）", "伤者情况", None, None, "伤害类型", "伤害原因/经过", "发生地点", "处置情况",
             "报告单位", "备注"]
    for j, h in enumerate(heads, 1):
        if h:
            ws.cell(row=3, column=j, value=h).font = Font(bold=True)
    for j, h in zip((4, 5, 6), ("姓名", "性别", "年龄")):
        ws.cell(row=4, column=j, value=h).font = Font(bold=True)
    for j in (1, 2, 3, 7, 8, 9, 10, 11, 12):
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    ws.merge_cells("D3:F3")
    for i, r in enumerate(INJ):
        row = 5 + i
        dte, v, nm, sex, age, t, cause, place, treat, src = r
        ws.cell(row=row, column=1, value=i + 1)
        if src == "镇卫生院":
            c = ws.cell(row=row, column=2, value=dte)
            c.number_format = "yyyy/m/d"
        elif src == "大林派出所":
            ws.cell(row=row, column=2, value=f"{dte.year}/{dte.month}/{dte.day}")
        elif i % 2:
            ws.cell(row=row, column=2, value=f"{dte.year}.{dte.month}.{dte.day}")
        else:
            ws.cell(row=row, column=2, value=ymd(dte))
        for j, val in zip(range(3, 12), (v, nm, sex, age, t, cause, place, treat, src)):
            ws.cell(row=row, column=j, value=val)
        if treat == "死亡":
            ws.cell(row=row, column=12, value="已按制度2小时内报镇应急办")
    for col, w in zip("ABCDEFGHIJKL", (6, 14, 14, 10, 6, 6, 14, 30, 14, 16, 18, 22)):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, f"{d}/伤害调查/伤害监测登记表（2022.7-2025.6）.xlsx", author="大林镇卫生院")

    # --- 2022H2 analysis ---
    a, b = dt.date(2022, 7, 1), dt.date(2022, 12, 31)
    blocks, s = analysis_blocks("大林镇2022年下半年伤害调查分析报告", "2022年下半年", a, b, dt.date(2023, 1, 10))
    blocks += [
        "1.道路交通伤害和跌倒是我镇最主要的伤害问题，应作为安全促进项目的重点；2.暑期儿童溺水风险高，需在2023年汛期前完成防溺水项目部署；"
        "3.冬季取暖用火风险上升，应加强用火用电和燃气安全入户检查；4.部分村卫生室存在漏报，需加强培训和督查。",
        "本报告为创建周期第一个监测时段（2022年7月—12月）的分析，作为确定项目阶段的依据。",
        ("R", "大林镇卫生院（安全社区数据统计组）"), ("R", "2023年1月10日"),
    ]
    docx(f"{d}/伤害调查/2022年下半年伤害调查分析报告.docx", blocks, author="大林镇卫生院")
    catalog(f"{d}/伤害调查/2022年下半年伤害调查分析报告.docx", "", "大林镇卫生院", "2022年下半年伤害调查分析报告", dt.date(2023, 1, 10))

    a, b = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
    blocks, s = analysis_blocks("大林镇2023年度伤害监测数据分析报告", "2023年度", a, b, dt.date(2024, 1, 22))
    drown23 = s["by"].get("溺水", 0)
    blocks += [
        f"1.跌倒已成为我镇第一位伤害，老年人伤害占比{pct(s['age']['60岁以上'], s['n'])}，老年人防跌倒项目需进一步扩大适老化改造覆盖面；",
        f"2.道路交通伤害{s['by'].get('道路交通伤害', 0)}例，X815线牛角湾路段整治后（2023年9月起）该路段伤害明显减少，应继续推进头盔佩戴和农机挂牌；",
        f"3.溺水{drown23}例，集中在6—8月，暑期巡河和警示设施需保持；",
        "4.动物咬伤、锐器伤等一般伤害占比上升，与村卫生室登记更完整有关，需在宣传中加强居家安全内容。",
        ("R", "大林镇卫生院（安全社区数据统计组）"), ("R", "2024年1月22日"),
    ]
    rel = f"{d}/伤害调查/DL·AQ-2024-002 2023年度伤害监测数据分析报告.docx"
    docx(rel, blocks, author="大林镇卫生院")
    catalog(rel, "DL·AQ-2024-002", "大林镇卫生院", "2023年度伤害监测数据分析报告", dt.date(2024, 1, 22))

    a, b = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    blocks, s = analysis_blocks("大林镇2024年度伤害监测数据分析报告", "2024年度", a, b, dt.date(2025, 2, 18),
                                prev=(dt.date(2023, 1, 1), dt.date(2023, 12, 31)), prev_label="2023年度")
    blocks += [
        f"1.全年道路交通伤害{s['by'].get('道路交通伤害', 0)}例，较2023年继续下降，道路交通及农机安全促进项目效果明显；",
        f"2.溺水{s['by'].get('溺水', 0)}例，未发生中小学生溺亡事故；",
        f"3.跌倒{s['by'].get('跌倒/坠落', 0)}例，仍居首位，老年人防跌倒工作需加大力度；",
        "4.建议2025年继续开展伤害监测，并在申请评定前对2025年以来的数据进行补充分析。",
        ("R", "大林镇卫生院（安全社区数据统计组）"), ("R", cn_date(2025, 2, 18)),
    ]
    pdf(f"{d}/伤害调查/2024年度伤害监测数据分析报告.pdf", blocks, author="大林镇卫生院")
    catalog(f"{d}/伤害调查/2024年度伤害监测数据分析报告.pdf", "", "大林镇卫生院", "2024年度伤害监测数据分析报告", dt.date(2025, 2, 18))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["泰和县公安局交警大队大林中队辖区道路交通事故登记（2022年7月—2025年6月）"])
    w.writerow(["序号", "事故日期", "事故地点", "事故形态", "肇事车辆", "伤亡情况", "主要原因", "处理方式"])
    for i, r in enumerate(TRF):
        w.writerow([i + 1, f"{r[0].year}.{r[0].month}.{r[0].day}"] + r[1:])
    with open(path(f"{d}/伤害调查/交通及农机事故登记（交警中队提供）.csv"), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))


# ----------------------------------------------------------------------------------
# 四、确定项目阶段
# ----------------------------------------------------------------------------------
PROJECTS = [
    ("农村道路交通及农机安全促进项目", "交警大林中队、镇农业综合服务中心（农机站）",
     "肖建军", "彭国华、交管站、13个村安全员、平安志愿者队"),
    ("中小学生防溺水安全促进项目", "大林中心小学、团镇委", "钟晓燕", "周明、大林中学、各村委会、防溺水巡河队"),
    ("农户用火用电及燃气安全促进项目", "县燃气公司大林供气站、大林供电所、镇专职消防队", "尹建平", "谢志勇、邓永强、村安全员"),
    ("老年人防跌倒安全促进项目", "镇卫生院、镇民政办、镇老年人协会", "黄春梅", "廖红英、袁德华、村卫生室、家庭医生团队"),
]


def stage4():
    d = S4
    rel = f"{d}/DL·AQ-2023-001 关于成立大林镇安全促进项目组的通知.docx"
    blocks = [("T", "大林镇安全社区建设领导小组"), ("T", "关于成立大林镇安全促进项目组的通知"), ("S", "大林安社〔2023〕1号"),
              ("N", "各村（社区）、各成员单位："),
              "根据《大林镇事故与伤害风险辨识评价报告》确定的重点问题，经领导小组研究，决定成立以下四个安全促进项目组，"
              "负责组织实施相应的安全促进项目。"]
    for i, (pn, lead, head, mem) in enumerate(PROJECTS):
        blocks.append(("H", f"{cn_small(i + 1)}、{pn.replace('安全促进项目', '').replace('促进项目', '')}项目组"))
        blocks.append(f"牵头单位：{lead}。组长：{head}。成员：{mem}。")
    blocks += [
        ("H", "项目组职责"),
        "1.制定项目实施方案，明确目标、措施、进度和资源保障；2.组织实施干预措施，做好实施记录和资料收集；"
        "3.每半年向领导小组办公室报告项目进展；4.项目实施满一年后开展效果评估，提出改进措施。",
        ("R", "大林镇安全社区建设领导小组"), ("R", cn_date(2023, 1, 9)),
    ]
    docx(rel, blocks)
    catalog(rel, "DL·AQ-2023-001", "大林镇安全社区建设领导小组", "关于成立大林镇安全促进项目组的通知", dt.date(2023, 1, 9))

    rel = f"{d}/DL·AQ-2023-002 大林镇事故与伤害预防目标及计划（2023-2025年）.docx"
    docx(rel, [
        ("T", "大林镇事故与伤害预防目标及计划（2023—2025年）"),
        ("H", "一、制定依据"),
        "依据《大林镇基本情况调查报告》《大林镇事故与伤害风险辨识评价报告》和2022年下半年伤害调查分析结果制定，适用于创建周期剩余时段（2023年1月至2025年6月）。",
        ("H", "二、总体目标"),
        "建立健全跨部门合作的事故与伤害预防机制，重点人群、重点场所和重点问题得到有效干预，各类事故与伤害总体下降，群众安全感和满意度明显提升。",
        ("H", "三、分项目标"),
        ("TAB", [["类别", "指标", "基线（2022年）", "2025年6月目标"],
                 ["道路交通", "道路交通事故起数（年）", f"约{2 * sum(1 for r in TRF if r[0].year == 2022)}起（按下半年折算）", "下降20%以上"],
                 ["道路交通", "摩托车、电动车头盔佩戴率", "38.7%", "≥80%"],
                 ["农机", "农机挂牌率", "62%", "≥90%"],
                 ["涉水", "中小学生溺亡人数", "近三年3人", "0"],
                 ["涉水", "学生防溺水知识知晓率", "72%", "≥95%"],
                 ["用火用电", "农户燃气、用火用电入户检查覆盖率", "—", "≥90%"],
                 ["用火用电", "C类（重大隐患）户比例", "约12%", "≤5%"],
                 ["老年人", "60岁以上老人跌倒伤害发生数", "以2023年监测数据为基线", "下降10%"],
                 ["老年人", "独居老人适老化改造户数", "0", "≥60户"],
                 ["综合", "居民安全知识知晓率", "62.4%", "≥85%"],
                 ["综合", "居民安全满意度", "71.8%", "≥90%"]]),
        ("H", "四、分年度计划"),
        "2023年：完成项目组组建和四个项目实施方案，重点实施牛角湾急弯整治、防溺水设施建设、重点户入户检查和第一批适老化改造。",
        "2024年：巩固提升，扩大头盔佩戴和农机挂牌覆盖面，完成第二批适老化改造，对防溺水、燃气项目开展效果评估。",
        "2025年上半年：完成道路交通和老年人防跌倒项目效果评估，开展自查整档，申请评定。",
        "各年度具体工作由当年安全社区建设工作计划安排。",
        ("R", "大林镇安全社区建设领导小组"), ("R", "2023年1月16日"),
    ])
    catalog(rel, "DL·AQ-2023-002", "大林镇安全社区建设领导小组", "大林镇事故与伤害预防目标及计划（2023-2025年）", dt.date(2023, 1, 16))

    plan23 = [
        ("T", "大林镇2023年安全社区建设工作计划"),
        "2023年是我镇安全社区创建的关键之年，全面进入确定项目和项目实施阶段。根据《大林镇事故与伤害预防目标及计划（2023—2025年）》，制定本计划。",
        ("H", "一、年度目标"),
        "道路交通事故起数较2022年下半年折算数下降10%；不发生中小学生溺亡事故；完成重点户入户检查；完成独居老人适老化改造30户以上；居民安全知识知晓率达到75%。",
        ("H", "二、重点工作"),
        "（一）组织保障。领导小组每季度召开一次工作例会（计划3月、6月、9月、12月各召开一次），研究部署创建工作；办公室每季度开展一次督查。",
        "（二）安全促进项目。2月至4月完成四个项目实施方案并启动实施：4月底前完成X815线道路安全设施建设；6月前完成山塘水库警示牌和救生设施补设；"
        "9月至12月开展农户用火用电及燃气入户检查；10月开展老年人防跌倒讲座和第一批适老化改造。",
        "（三）宣传培训。3月开展农机手培训，4月开展镇村干部业务培训，6月开展安全生产月和防溺水宣传，11月开展消防宣传月活动，每季度不少于一次村民宣传。",
        "（四）应急管理。5月组织防汛抢险应急演练，11月组织冬季森林防火（消防）应急演练。",
        "（五）隐患排查。各村每月自查，镇于4月、10月各组织一次集中排查，隐患录入台账销号管理。",
        "（六）伤害监测。各村卫生室按月报送伤害登记，2024年1月完成2023年度伤害监测数据分析。",
        "（七）交流学习。5月组织赴省级安全社区学习交流。",
        "（八）评审。12月由领导小组组织年度内部评审。",
        ("R", "大林镇安全社区建设领导小组"), ("R", "2023年2月10日"),
    ]
    rel = f"{d}/DL·AQ-2023-003 大林镇2023年安全社区建设工作计划.docx"
    docx(rel, plan23)
    catalog(rel, "DL·AQ-2023-003", "大林镇安全社区建设领导小组", "大林镇2023年安全社区建设工作计划", dt.date(2023, 2, 10))
    docx(f"{S6}/待整理/DL·AQ-2023-003 大林镇2023年安全社区建设工作计划 - 副本.docx", plan23)

    rel = f"{d}/DL·AQ-2024-001 大林镇2024年安全社区建设工作计划.docx"
    docx(rel, [
        ("T", "大林镇2024年安全社区建设工作计划"),
        "2024年是我镇安全社区创建巩固提升之年。根据2023年度工作总结和伤害监测分析结果，制定本计划。",
        ("H", "一、年度目标"),
        "道路交通事故起数较2023年下降10%；不发生中小学生溺亡事故；C类燃气隐患户比例降至6%以下；完成第二批适老化改造28户；居民安全知识知晓率达到80%。",
        ("H", "二、重点工作"),
        "（一）领导小组每季度召开一次工作例会，办公室每季度开展一次督查。",
        "（二）道路交通：推进“一盔一带”，农机挂牌率达到85%以上；X815线、S223线设交通安全劝导站5个。",
        "（三）防溺水：补设警示牌，新增电子监控，组建13支巡河志愿者队伍；10月开展项目效果评估。",
        "（四）用火用电及燃气：9月至12月开展重点户入户检查，实施困难户电线改造，建设集中充电点；12月开展项目效果评估。",
        "（五）老年人防跌倒：完成第二批适老化改造，6月对项目开展效果评估。",
        "（六）宣传培训：4月村级安全员业务培训，6月安全生产月，11月消防宣传月。",
        "（七）应急管理：6月开展防溺水应急救援演练，11月开展消防应急演练；修订完善应急队伍和物资清单。",
        "（八）风险辨识：9月完成风险辨识评价更新。",
        "（九）伤害监测：2025年1月完成2024年度伤害监测数据分析。",
        "（十）评审：12月组织年度内部评审。",
        ("R", "大林镇安全社区建设领导小组"), ("R", "2024年2月20日"),
    ])
    catalog(rel, "DL·AQ-2024-001", "大林镇安全社区建设领导小组", "大林镇2024年安全社区建设工作计划", dt.date(2024, 2, 20))

    sub = f"{d}/促进项目方案"
    docx(f"{sub}/农村道路交通及农机安全促进项目实施方案.docx", [
        ("T", "大林镇农村道路交通及农机安全促进项目实施方案"),
        ("H", "一、项目背景"),
        "我镇S223线、X815线穿境而过，X815线牛角湾段为连续急弯下坡路段，近三年发生道路交通事故143起、死亡9人。"
        "群众出行以摩托车、电动车和农用三轮车为主，头盔佩戴率仅38.7%，农机挂牌率约62%，无证驾驶、违法载人问题突出。",
        ("H", "二、项目目标"),
        "到2025年6月，道路交通事故起数较2022年下降20%以上，不发生较大以上道路交通事故；头盔佩戴率达到80%以上；农机挂牌率达到90%以上。",
        ("H", "三、干预措施"),
        "1.环境改善：对牛角湾急弯路段设置凸面镜、波形护栏、减速带和警示标志；对19处临水临崖路段分批安装护栏。"
        "2.管理执法：设立5个交通安全劝导站，交警中队每月开展一次农村道路集中整治；农机站开展农机免费挂牌、年检上门服务。"
        "3.宣传教育：春耕、秋收前开展农机手培训；开展“一盔一带”宣传和头盔发放。",
        ("H", "四、进度安排"),
        "2023年2月—4月：道路安全设施建设；2023年3月：农机手培训；2023年8月：牛角湾急弯整治；2023年12月：头盔发放；"
        "2024年：劝导站运行、农机挂牌；2025年3月—4月：效果评估。",
        ("H", "五、资源保障"),
        "资金由县交通运输局、县公路分局和镇财政保障，预计投入25万元。",
        ("H", "六、效果评估"),
        "以道路交通事故起数、伤亡人数、头盔佩戴率（路面抽查）、农机挂牌率为评估指标，2025年4月完成评估。",
        ("R", "道路交通及农机安全项目组"), ("R", "2023年2月15日"),
    ])
    docx(f"{sub}/中小学生防溺水安全促进项目实施方案.docx", [
        ("T", "大林镇中小学生防溺水安全促进项目实施方案"),
        ("H", "一、项目背景"),
        "全镇有山塘142座、小型水库3座，林溪河流经7个村，留守儿童860人。近三年全镇中小学生溺亡3人，均发生在暑期，"
        "主要原因为私自下河游泳和在水边玩耍。",
        ("H", "二、项目目标"),
        "创建周期内不发生中小学生溺亡事故；学生防溺水知识知晓率达到95%以上；重点水域警示牌、救生设施覆盖率100%。",
        ("H", "三、干预措施"),
        "1.设施：重点水域设置警示牌，配备救生圈、救生杆和救生绳，危险水域设置隔离带；2.巡查：暑期组建村级巡河志愿者队伍，重点时段每日巡查；"
        "3.教育：开展防溺水进校园、“安全第一课”，签订承诺书，向家长发放告家长书；4.应急：在重点水域周边培训村民掌握救援方法。",
        ("H", "四、进度安排"),
        "2023年3月—6月：设施建设和进校园；2023年、2024年暑期：巡河；2024年6月：补设警示牌和电子监控；2024年10月：效果评估。",
        ("H", "五、效果评估"),
        "以溺水伤害例数、学生知晓率（问卷）、设施覆盖率为指标，由中心小学和团镇委于2024年10月完成评估。",
        ("R", "防溺水项目组"), ("R", "2023年3月6日"),
    ])
    docx(f"{sub}/农户用火用电及燃气安全促进项目实施方案.docx", [
        ("T", "大林镇农户用火用电及燃气安全促进项目实施方案"),
        ("H", "一、项目背景"),
        "全镇农户普遍使用瓶装液化气，约六成农户液化气与柴灶混用，燃气胶管老化、钢瓶倒置、私拉乱接电线、电动车室内充电等问题突出。"
        "近三年全镇发生火灾18起、一氧化碳中毒4起。",
        ("H", "二、项目目标"),
        "农户燃气、用火用电入户检查覆盖率达到90%以上（村安全员自查与镇检查组检查合计）；镇检查组重点户C类（重大隐患）比例降至5%以下；不发生亡人火灾。",
        ("H", "三、ABC分类管理办法"),
        "镇检查组（供气站、供电所、专职消防队、镇应急办）对独居老人户、困难户、经营户等重点户和抽查户入户检查并逐户登记，实行ABC分类："
        "A类为未发现隐患户，每年检查一次；B类为一般隐患户，当场或限期整改，15日内复查；C类为重大隐患户，当场关阀停用，7日内复查，"
        "复查合格后转为A类。",
        ("H", "四、干预措施"),
        "1.免费更换老化燃气胶管和减压阀；2.实施困难户电线改造；3.建设集镇电动车集中充电点；4.冬季开展一氧化碳中毒预防宣传。",
        ("H", "五、效果评估"),
        "以入户检查覆盖率、C类户比例、火灾起数和烧烫伤、中毒伤害例数为指标，于2024年12月完成评估。",
        ("R", "用火用电及燃气安全项目组"), ("R", "2023年2月20日"),
    ])
    docx(f"{sub}/老年人防跌倒安全促进项目实施方案.docx", [
        ("T", "大林镇老年人防跌倒安全促进项目实施方案"),
        ("H", "一、项目背景"),
        "全镇60岁以上老年人7280人，其中独居老人1120人。问卷调查显示17.9%的家庭近一年有老人跌倒，2022年下半年伤害监测中跌倒居第二位。"
        "老年人居住的老旧房屋普遍存在地面湿滑、无扶手、照明不足等问题。",
        ("H", "二、项目目标"),
        "到2025年6月，60岁以上老人跌倒伤害发生数较2023年下降10%；完成独居老人居家适老化改造60户以上；老年人防跌倒知识知晓率达到80%以上。",
        ("H", "三、干预措施"),
        "1.健康教育：由镇卫生院和家庭医生团队每半年开展一次防跌倒健康讲座；2.环境改造：为独居、高龄老人安装卫生间扶手、床边护栏、"
        "防滑垫和感应夜灯；3.风险筛查：家庭医生随访时开展跌倒风险评估；4.敬老院防滑改造。",
        ("H", "四、进度安排"),
        "2023年10月：第一批适老化改造和健康讲座；2024年：第二批适老化改造；2024年6月：项目效果评估。",
        ("H", "五、效果评估"),
        "项目实施一年后由镇卫生院开展效果评估，评估指标为老年人跌倒伤害例数、防跌倒知识知晓率、改造户满意度。",
        ("R", "老年人防跌倒项目组"), ("R", "2023年4月10日"),
    ])
    for pn, dd in zip([p[0] for p in PROJECTS], [dt.date(2023, 2, 15), dt.date(2023, 3, 6), dt.date(2023, 2, 20), dt.date(2023, 4, 10)]):
        catalog(f"{sub}/{pn}实施方案.docx", "", "项目组", pn + "实施方案", dd)


# ----------------------------------------------------------------------------------
# 五、项目实施阶段
# ----------------------------------------------------------------------------------
def stage5_projects():
    d = S5
    # ---- 01 道路交通及农机 ----
    sub = f"{d}/01道路交通及农机安全"
    rel = f"{sub}/农机手安全操作培训记录.docx"
    docx(rel, [
        ("T", "大林镇农机手安全操作培训记录"),
        ("TAB", [["时间", "2023年3月14日"], ["地点", "镇农业综合服务中心培训室及农机停放场"],
                 ["主办", "镇农机站、交警大林中队（道路交通及农机安全项目组）"],
                 ["授课", "彭国华（农机站站长）、肖建军（交警中队中队长）、县农机监理站 邓某"],
                 ["参训人数", "64人（拖拉机、微耕机、收割机驾驶操作人员，签到表附后）"],
                 ["内容", "1.农机安全操作规程；2.拖拉机上道路行驶规定、禁止违法载人；3.典型农机事故案例；4.农机挂牌和驾驶证办理；5.现场实操和车辆安全检查"],
                 ["现场服务", "免费检验农机37台，现场挂牌21台，受理驾驶证申请18人"]]),
        "培训结束后发放《农机安全操作手册》64本和反光贴120张。学员反映案例教学效果好，希望秋收前再组织一次。",
        ("R", "记录：道路交通及农机安全项目组"),
    ])
    catalog(rel, "", "镇农机站", "农机手安全操作培训记录", dt.date(2023, 3, 14))

    base = [r for r in TRF if r[0] <= dt.date(2022, 12, 31)]
    t23 = [r for r in TRF if r[0].year == 2023]
    t24 = [r for r in TRF if r[0].year == 2024]
    nj_before = [r for r in TRF if "牛角湾" in r[1] and r[0] < dt.date(2023, 8, 20)]
    nj_after = [r for r in TRF if "牛角湾" in r[1] and r[0] >= dt.date(2023, 8, 20)]
    dead = lambda rs: sum(1 for r in rs if "死亡" in r[4])
    inj_road = {k: sum(1 for r in INJ if r[5] == "道路交通伤害" and period_of(r[0]) == k) for k in ("2022H2", "2023", "2024")}
    base_y = len(base) * 2
    rel = f"{sub}/道路交通及农机安全促进项目效果评估报告.docx"
    docx(rel, [
        ("T", "大林镇农村道路交通及农机安全促进项目效果评估报告"),
        ("H", "一、评估方法"),
        "评估由项目组会同交警大林中队于2025年3月至4月进行，采用事故数据对比（交警中队事故登记、镇伤害监测登记）、路面抽查和农机档案核查。"
        "基线为2022年下半年数据按全年折算。",
        ("H", "二、措施落实情况"),
        "1.X815线牛角湾急弯路段整治于2023年8月完成，设置凸面镜4面、波形护栏620米、减速带6道、警示标志14块；"
        "2.临水临崖路段19处中已安装护栏16处，河口段、石桥至曾家段、上坪新屋场段3处因资金未到位尚未完成；3.设立交通安全劝导站5个；"
        "4.发放安全头盔1200顶；5.组织农机手培训3期、累计172人次，农机免费挂牌服务412台。",
        ("H", "三、效果"),
        ("TAB", [["指标", "基线", "2023年", "2024年", "目标"],
                 ["道路交通事故起数（起/年）", f"{base_y}（折算）", str(len(t23)), str(len(t24)), "下降20%以上"],
                 ["交通事故死亡人数", f"{dead(base)}（半年）", str(dead(t23)), str(dead(t24)), "—"],
                 ["伤害监测登记道路交通伤害（例）", f"{inj_road['2022H2']}（半年）", str(inj_road['2023']), str(inj_road['2024']), "下降"],
                 ["头盔佩戴率（路面抽查）", "38.7%", "67.5%", "83.6%", "≥80%"],
                 ["农机挂牌率", "62%", "78%", "91.2%", "≥90%"]]),
        f"牛角湾路段：整治前（2022年7月—2023年8月中旬）发生事故{len(nj_before)}起，整治后（2023年8月下旬—2025年3月）发生{len(nj_after)}起。",
        f"2024年道路交通事故起数较基线下降{(base_y - len(t24)) / base_y * 100:.1f}%，头盔佩戴率和农机挂牌率均达到目标。",
        ("H", "四、存在问题和改进措施"),
        "1.剩余3处临水路段护栏需继续争取资金；2.农忙季节农用车违法载人仍时有发生，需在劝导站增加农忙时段值守；3.老年人驾驶电动三轮车事故有上升苗头，纳入下一轮项目。",
        ("R", "道路交通及农机安全项目组"), ("R", "2025年4月8日"),
    ])
    catalog(rel, "", "道路交通及农机安全项目组", "道路交通及农机安全促进项目效果评估报告", dt.date(2025, 4, 8))

    # ---- 02 防溺水 ----
    sub = f"{d}/02防溺水"
    rel = f"{sub}/2023年防溺水进校园活动记录.docx"
    docx(rel, [
        ("T", "2023年防溺水进校园活动记录"),
        ("N", "时间：2023年6月2日—6月9日"), ("N", "地点：大林中学、大林中心小学及上坪、河口、新塘、竹山、罗坑村小"),
        ("N", "组织：防溺水项目组（中心小学、团镇委），镇专职消防队协助"),
        ("N", "参加：学生2600余人、教师146人"),
        ("H", "活动内容"),
        "1.各校召开防溺水主题班会，播放防溺水警示片；2.镇专职消防队在中心小学演示救生圈、救生杆使用方法；"
        "3.学生签订《防溺水安全承诺书》，向家长发放《致家长的一封信》并收回回执2580份；4.各班统计留守儿童名单，落实暑期“一对一”联系教师。",
        ("H", "活动效果"),
        "活动后抽样问卷（抽取五、六年级及初一学生300人），防溺水“六不”知识知晓率由活动前的72%提高到91.3%。",
        ("R", "防溺水项目组　2023年6月12日"),
    ])
    catalog(rel, "", "防溺水项目组", "2023年防溺水进校园活动记录", dt.date(2023, 6, 9))

    wb = Workbook()
    ws = wb.active
    ws.title = "巡查记录"
    rnd = random.Random(68)
    spots = ["林溪河河口段", "林溪河采砂坑", "新塘水库东岸", "下坪村灌溉渠及周边山塘"]
    rows = []
    for year, start in ((2023, dt.date(2023, 6, 20)), (2024, dt.date(2024, 6, 15))):
        day = start
        while day <= dt.date(year, 8, 31):
            for sp in spots:
                find = rnd.choices(["正常", "发现2名儿童在岸边玩耍，已劝离并通知家长", "警示牌被损坏1块", "救生圈缺失1个",
                                    "有成人钓鱼，已提醒", "发现3名学生下水游泳，已劝离并告知学校"], [12, 2, 1, 1, 2, 1])[0]
                deal = {"正常": "—", "警示牌被损坏1块": "已报村委会修复", "救生圈缺失1个": "已补充"}.get(find, "已处置")
                rows.append([day, sp, rnd.choice(SURNAMES) + "某某、" + rnd.choice(SURNAMES) + "某某",
                             "完好" if "警示牌" not in find else "损坏", "齐全" if "救生圈" not in find else "缺失", find, deal])
            day += dt.timedelta(days=7)
    for r in rows:
        r.insert(0, 0)
    for i, r in enumerate(rows):
        r[0] = i + 1
    simple_sheet(ws, "大林镇重点水域暑期安全巡查记录表", ["序号", "巡查日期", "水域", "巡查人", "警示牌", "救生设施", "发现情况", "处置"],
                 rows, [6, 12, 22, 20, 8, 8, 36, 16], note="巡查单位：防溺水巡河志愿者队（2023年、2024年暑期）")
    xlsx_save(wb, f"{sub}/重点水域安全巡查记录表（2023-2024年暑期）.xlsx")

    dr = {k: sum(1 for r in INJ if r[5] == "溺水" and period_of(r[0]) == k) for k in ("2022H2", "2023")}
    dr24 = sum(1 for r in INJ if r[5] == "溺水" and dt.date(2024, 1, 1) <= r[0] <= dt.date(2024, 9, 30))
    rel = f"{sub}/防溺水安全促进项目效果评估报告.pdf"
    pdf(rel, [
        ("T", "大林镇中小学生防溺水安全促进项目效果评估报告"),
        ("H", "一、评估组织"),
        "按照项目实施方案，防溺水项目组于2024年9月至10月组织评估，采用伤害监测数据对比、学生问卷（抽样420人）、设施现场核查和巡查记录核查等方法。",
        ("H", "二、措施落实"),
        "1.重点水域警示牌由创建前46块增加到128块，配备救生圈96个、救生杆60根，新增电子监控和语音提醒6处；2.2023年、2024年暑期巡河志愿者"
        "每周巡查，累计劝离下水、玩水学生和儿童40余人次；3.每年开展防溺水进校园、签订承诺书和告家长书；4.2023年5月结合防汛演练培训村民落水救援技能。",
        ("H", "三、效果"),
        ("TAB", [["指标", "基线", "评估值", "目标", "结论"],
                 ["中小学生溺亡人数", "近三年3人", "项目实施以来（2023年3月—2024年9月）0人", "0", "达到"],
                 ["溺水伤害登记例数", f"2022年下半年{dr['2022H2']}例", f"2023年{dr['2023']}例；2024年1—9月{dr24}例", "下降", "达到"],
                 ["学生防溺水知识知晓率", "72%", "96.2%", "≥95%", "达到"],
                 ["重点水域警示设施覆盖率", "约35%", "100%", "100%", "达到"]]),
        ("H", "四、问题与改进"),
        "1.部分山塘警示牌被损坏，需建立村级维护责任；2.留守儿童监护仍是薄弱环节，建议与妇联“儿童之家”结合开展暑期托管；3.继续保持暑期巡河机制。",
        ("R", "防溺水项目组（大林中心小学、团镇委）"), ("R", "2024年10月15日"),
    ])
    catalog(rel, "", "防溺水项目组", "防溺水安全促进项目效果评估报告", dt.date(2024, 10, 15))
    photo(f"{sub}/河口村防溺水警示牌安装 2024.6.jpg", dt.datetime(2024, 6, 11, 15, 2, 7), 2,
          [(150, 200, 240), (60, 120, 70), (30, 60, 150), (230, 200, 30)])

    # ---- 03 用火用电及燃气 ----
    sub = f"{d}/03用火用电及燃气安全"
    wb = Workbook()
    ws = wb.active
    ws.title = "入户检查登记"
    ws["A1"] = "大林镇农户用火用电及燃气入户安全检查登记表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "分类说明：A类—未发现隐患；B类—一般隐患，限期整改，15日内复查；C类—重大隐患，当场停用，7日内复查"
    ws.merge_cells("A2:K2")
    hd = ["序号", "检查日期", "村（社区）", "户主（组）", "用能情况", "分类", "发现隐患", "整改情况", "复查日期", "检查人", "备注"]
    for j, h in enumerate(hd, 1):
        ws.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, r in enumerate(GAS):
        row = 4 + i
        dte, v, hh, fuel, cls, haz, fix, re_d, ins = r
        ws.cell(row=row, column=1, value=i + 1)
        ws.cell(row=row, column=2, value=f"{dte.year}/{dte.month}/{dte.day}" if dte.year < 2024 else f"{dte.year}.{dte.month}.{dte.day}")
        for j, val in zip(range(3, 9), (v, hh, fuel, cls, haz, fix)):
            ws.cell(row=row, column=j, value=val)
        if re_d:
            c = ws.cell(row=row, column=9, value=re_d)
            c.number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(row=row, column=10, value=ins)
    for col, w in zip("ABCDEFGHIJK", (6, 12, 12, 16, 18, 6, 28, 30, 14, 24, 8)):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, f"{sub}/农户用火用电及燃气入户安全检查登记表.xlsx")

    def cshare(k):
        rs = [r for r in GAS if period_of(r[0]) == k]
        return sum(1 for r in rs if r[4] == "C"), len(rs)
    c22, n22 = cshare("2022H2")
    c23, n23 = cshare("2023")
    c24, n24 = cshare("2024")
    burn = {k: sum(1 for r in INJ if r[5] in ("烧烫伤", "中毒") and period_of(r[0]) == k) for k in ("2022H2", "2023", "2024")}
    rel = f"{sub}/用火用电及燃气安全促进项目效果评估.docx"
    docx(rel, [
        ("T", "大林镇农户用火用电及燃气安全促进项目效果评估"),
        ("H", "一、评估方法"),
        "项目组于2024年12月对照实施方案目标进行评估，数据来源为《农户用火用电及燃气入户安全检查登记表》、村级自查统计、消防火灾统计和伤害监测登记。",
        ("H", "二、措施落实"),
        f"1.镇检查组入户检查登记重点户和抽查户：2022年9—12月{n22}户次，2023年{n23}户次，2024年{n24}户次，B、C类隐患均落实整改和复查；"
        "2.村级安全员自查覆盖8260户，入户检查覆盖率92.3%；3.免费更换燃气胶管、减压阀1050套；4.完成困难户电线改造45户；5.建成集中充电点5处。",
        ("H", "三、效果"),
        ("TAB", [["指标", "2022年下半年", "2023年", "2024年", "目标"],
                 ["镇检查组C类户比例", pct(c22, n22), pct(c23, n23), pct(c24, n24), "≤5%"],
                 ["火灾起数", "3", "4", "1", "不发生亡人火灾"],
                 ["烧烫伤及中毒伤害（例）", str(burn["2022H2"]), str(burn["2023"]), str(burn["2024"]), "下降"],
                 ["入户检查覆盖率", "—", "86.7%", "92.3%", "≥90%"]]),
        f"创建以来未发生亡人火灾和燃气爆炸事故。镇检查组C类户比例由2022年下半年的{pct(c22, n22)}降至2024年的{pct(c24, n24)}，"
        + ("已达到目标。" if c24 * 20 <= n24 else "较基线明显下降，但尚未达到≤5%的目标，主要原因是新发现电动车室内充电隐患户增多。"),
        ("H", "四、改进措施"),
        "电动车室内充电仍是主要隐患，2025年起将集中充电点向村一级延伸；继续对C类户实行跟踪复查。",
        ("R", "用火用电及燃气安全项目组"), ("R", "2024年12月27日"),
    ])
    catalog(rel, "", "用火用电及燃气安全项目组", "用火用电及燃气安全促进项目效果评估", dt.date(2024, 12, 27))

    # ---- 04 老年人防跌倒 ----
    sub = f"{d}/04老年人防跌倒"
    wb = Workbook()
    ws = wb.active
    ws.title = "改造登记"
    rnd = random.Random(1019)
    rows = []
    for i in range(60):
        first = i < 32
        dd = (dt.date(2023, 10, 20) + dt.timedelta(days=rnd.randint(0, 40))) if first else (dt.date(2024, 9, 2) + dt.timedelta(days=rnd.randint(0, 55)))
        rows.append([i + 1, "第一批" if first else "第二批", village(rnd), rnd.choice(SURNAMES) + "某某", rnd.choice("男女女"),
                     rnd.randint(68, 93), rnd.choice(["独居", "独居", "与配偶同住", "高龄独居"]),
                     "、".join(rnd.sample(["卫生间扶手", "床边护栏", "防滑垫", "感应夜灯", "楼梯扶手", "坐便椅"], 3)),
                     dd, "廖红英" if first else "镇民政办", "已签字"])
    simple_sheet(ws, "大林镇独居老人居家适老化改造登记表", ["序号", "批次", "村（社区）", "老人姓名", "性别", "年龄", "居住情况",
                                                  "改造内容", "完成日期", "验收人", "老人（家属）确认"],
                 rows, [6, 8, 12, 10, 6, 6, 12, 30, 12, 10, 12])
    xlsx_save(wb, f"{sub}/老年人居家适老化改造登记表.xlsx")

    rel = f"{sub}/老年人防跌倒健康讲座记录.docx"
    docx(rel, [
        ("T", "老年人防跌倒健康讲座记录"),
        ("TAB", [["时间", "2023年10月19日上午（大林社区）；10月20日上午（上坪村）"],
                 ["主讲", "镇卫生院 黄春梅、家庭医生团队 张丽"],
                 ["参加人数", "大林社区78人，上坪村58人，共136人"],
                 ["内容", "1.老年人跌倒的危害和常见原因；2.居家环境防跌倒要点；3.平衡能力锻炼（现场示范）；4.跌倒后的正确处理；5.测量血压、义诊"],
                 ["同步工作", "现场为65岁以上老人开展跌倒风险筛查52人，筛出高风险18人，纳入家庭医生重点随访和适老化改造名单"]]),
        ("R", "老年人防跌倒项目组"),
    ])
    catalog(rel, "", "老年人防跌倒项目组", "老年人防跌倒健康讲座记录", dt.date(2023, 10, 19))
    photo(f"{sub}/IMG_20231019_093512.jpg", dt.datetime(2023, 10, 19, 9, 35, 12), 3,
          [(235, 225, 200), (170, 150, 120), (90, 60, 40), (30, 110, 60)])
    gbk_text(f"{sub}/防跌倒项目推进情况（2024年）.txt", "\n".join([
        "老年人防跌倒安全促进项目推进情况（2024年）",
        "",
        "一、第一批适老化改造32户已于2023年11月底全部完成并验收。",
        "二、2024年4月16日在下坪村、河口村开展第二次防跌倒健康讲座，参加老人91人。",
        "三、家庭医生随访中累计完成65岁以上老人跌倒风险筛查860人，高风险老人列入重点随访。",
        "四、敬老院卫生间扶手和防滑地砖改造已于1月完成。",
        "五、第二批适老化改造28户已确定名单，计划9月开工，10月底完成。",
        "六、下一步：第二批改造完成后，由镇卫生院组织对项目开展效果评估。",
        "",
        "项目组　2024.8.20",
    ]) + "\n")


def stage5_emergency():
    sub = f"{S5}/应急管理"
    rel = f"{sub}/DL·AQ-2022-009 大林镇事故与伤害应急预案.docx"
    docx(rel, [
        ("T", "大林镇事故与伤害应急预案"), ("S", "大林府发〔2022〕52号附件"),
        ("H", "1 总则"),
        "为及时有效处置本镇范围内发生的各类事故与伤害事件，最大限度减少人员伤亡和财产损失，依据《中华人民共和国突发事件应对法》《生产安全事故应急条例》"
        "及县级相关预案，制定本预案。本预案适用于大林镇行政区域内道路交通事故、溺水、火灾、燃气事故、洪涝、地质灾害、森林火灾、一氧化碳中毒等事件的先期处置。",
        ("H", "2 潜在突发事件及后果分析"),
        "道路交通事故（S223线、X815线）可能造成群死群伤；汛期林溪河沿岸7个村可能受洪涝威胁；暑期山塘水库存在儿童溺水风险；"
        "冬季农户烤火存在一氧化碳中毒和火灾风险；竹山、罗坑等村7处地质灾害点可能发生滑坡、落石。",
        ("H", "3 组织机构及职责"),
        "成立镇应急指挥部，镇长任总指挥，分管副镇长任副总指挥，成员包括派出所、交警中队、卫生院、专职消防队、供电所、供气站和各村（社区）。"
        "指挥部下设综合协调、抢险救援、医疗救护、治安警戒、后勤保障、信息发布6个工作组。各村（社区）成立应急小分队。",
        ("H", "4 预警与信息报告"),
        "接到事故报告后，村（社区）须在30分钟内电话报告镇应急办，2小时内书面报告；镇应急办按规定向县应急管理局报告。",
        ("H", "5 应急响应"),
        "按事件严重程度分为三级响应。发生人员伤亡时，卫生院医疗救护组15分钟内出动，专职消防队接警后立即出动。",
        ("H", "6 应急保障"),
        "应急队伍、物资详见《应急队伍及应急物资清单》，镇财政保障应急工作经费。",
        ("H", "7 培训与演练"),
        "镇应急办每年至少组织两次综合或专项应急演练，演练后进行评估，根据评估结果修订预案。",
        ("H", "8 附则"),
        "本预案自印发之日起施行，由镇应急管理办公室负责解释。",
        ("R", cn_date(2022, 9, 26)),
    ])
    catalog(rel, "DL·AQ-2022-009", "大林镇人民政府", "大林镇事故与伤害应急预案", dt.date(2022, 9, 26))

    wb = Workbook()
    ws = wb.active
    ws.title = "应急队伍"
    simple_sheet(ws, "大林镇应急队伍一览表", ["序号", "队伍名称", "人数", "负责人", "主要任务", "驻地"], [
        [1, "镇政府专职消防队", 8, "邓永强", "火灾扑救、抢险救援", "集镇"],
        [2, "镇应急民兵分队", 30, "周明", "防汛抢险、森林防火", "镇武装部"],
        [3, "镇卫生院医疗救护队", 12, "黄春梅", "医疗救护", "镇卫生院"],
        [4, "供电抢修队", 6, "谢志勇", "电力抢修", "大林供电所"],
        [5, "供气站应急抢修组", 4, "尹建平", "燃气泄漏处置", "大林供气站"],
        [6, "村（社区）应急小分队（13支）", 104, "各村支书", "先期处置、转移群众", "各村"],
        [7, "应急救援志愿队", 12, "欧阳俊", "协助救援、秩序维护", "集镇"],
    ], [6, 28, 8, 10, 24, 12], note="更新时间：2024年5月")
    ws2 = wb.create_sheet("应急物资")
    simple_sheet(ws2, "大林镇应急物资储备清单", ["序号", "物资名称", "数量", "单位", "存放地点", "管理人", "更新日期"], [
        [1, "冲锋舟", 1, "艘", "镇应急物资仓库", "罗文斌", "2022.11"],
        [2, "救生衣", 120, "件", "镇应急物资仓库", "罗文斌", "2022.11"],
        [3, "救生圈", 96, "个", "各重点水域", "各村", "2024.5"],
        [4, "救生杆", 60, "根", "各重点水域", "各村", "2024.5"],
        [5, "抽水泵", 6, "台", "镇应急物资仓库", "罗文斌", "2022.11"],
        [6, "发电机", 3, "台", "镇应急物资仓库", "罗文斌", "2022.11"],
        [7, "灭火器", 200, "具", "镇政府及各村部", "各村", "2024.5"],
        [8, "风力灭火机", 20, "台", "专职消防队", "邓永强", "2023.11"],
        [9, "帐篷", 30, "顶", "镇应急物资仓库", "罗文斌", "2022.11"],
        [10, "担架", 10, "副", "镇卫生院", "黄春梅", "2022.11"],
        [11, "急救包", 50, "个", "镇卫生院、各村卫生室", "黄春梅", "2024.5"],
        [12, "沙袋", 3000, "条", "镇应急物资仓库", "罗文斌", "2023.5"],
        [13, "手持扩音器", 26, "个", "各村部", "各村", "2023.5"],
        [14, "应急照明灯", 40, "盏", "镇应急物资仓库", "罗文斌", "2022.11"],
    ], [6, 14, 8, 6, 24, 10, 10])
    xlsx_save(wb, f"{sub}/应急队伍及应急物资清单.xlsx")

    rel = f"{sub}/2022年消防安全疏散演练记录.docx"
    docx(rel, [
        ("T", "应急演练记录"),
        ("TAB", [["演练名称", "大林中心小学消防安全疏散演练"], ["时间", "2022年11月9日15:30"], ["地点", "大林中心小学"],
                 ["组织单位", "镇应急办、镇专职消防队、大林中心小学"], ["参演人员", "全校师生1020人，专职消防队员8人"],
                 ["演练科目", "火警报警、初期火灾扑救、师生疏散、清点人数"],
                 ["演练过程", "15:30发出火警信号，各班按疏散路线有序撤离，3分42秒全部到达操场集合点；消防队员演示灭火器使用，"
                              "10名教师参与实操"],
                 ["评估", "疏散有序，用时符合要求；个别班级出口拥挤，建议错峰疏散；广播系统音量不足，已报学校整改"]]),
        ("R", "记录：曾丽娟"),
    ])
    catalog(rel, "", "大林镇应急办", "2022年消防安全疏散演练记录", dt.date(2022, 11, 9))

    rel = f"{sub}/DL·AQ-2023-010 2023年防汛抢险应急演练方案及记录.docx"
    docx(rel, [
        ("T", "大林镇2023年防汛抢险应急演练方案及记录"),
        ("H", "一、演练方案"),
        "演练目的：检验镇村两级防汛应急预案的可操作性和应急队伍快速反应能力。演练时间：2023年5月26日上午。演练地点：林溪河河口村段。"
        "演练科目：1.汛情预警发布；2.低洼地带群众转移；3.堤段管涌险情处置；4.落水人员救援。参演单位：镇应急民兵分队、专职消防队、镇卫生院、河口村应急小分队。",
        ("H", "二、演练记录"),
        "9:00总指挥陈立新宣布演练开始；9:05镇应急办通过广播和微信群发布预警；9:20河口村应急小分队完成低洼地带12户38人（模拟）转移；"
        "9:45民兵分队完成管涌处置（填筑反滤围井）；10:10消防队员使用冲锋舟、救生圈完成落水人员救援，卫生院现场心肺复苏演示；10:30演练结束。",
        "参演人员96人，观摩群众约150人。",
        ("H", "三、演练评估"),
        "各组响应迅速，转移和救援流程顺畅。不足：预警信息到达部分老年人不及时；冲锋舟操作人员只有2人。改进：各村建立老年人“一对一”通知人；"
        "2023年下半年组织冲锋舟操作培训。",
        ("R", "大林镇应急管理办公室"), ("R", "二〇二三年五月二十九日"),
    ])
    catalog(rel, "DL·AQ-2023-010", "大林镇应急办", "2023年防汛抢险应急演练方案及记录", dt.date(2023, 5, 26))
    photo(f"{sub}/防汛演练现场 2023.5.26.jpg", dt.datetime(2023, 5, 26, 9, 47, 33), 4,
          [(170, 190, 200), (90, 110, 80), (230, 120, 20), (20, 60, 140)])

    rel = f"{sub}/2023年冬季森林防火应急演练记录.docx"
    docx(rel, [
        ("T", "应急演练记录"),
        ("TAB", [["演练名称", "大林镇2023年冬季森林防火应急演练"], ["时间", "2023年11月22日"], ["地点", "竹山村后山"],
                 ["组织单位", "镇应急办、镇林业站、专职消防队"], ["参演人员", "镇应急民兵分队、专职消防队、竹山村应急小分队，共120人"],
                 ["演练科目", "火情报告、扑火队伍集结、风力灭火机扑救、隔离带开设、周边群众疏散"],
                 ["评估", "队伍集结用时25分钟，达到预案要求；风力灭火机操作熟练度不一；村级火情报告流程需简化"]]),
        ("R", "记录：欧阳俊　2023.11.24"),
    ])
    catalog(rel, "", "大林镇应急办", "2023年冬季森林防火应急演练记录", dt.date(2023, 11, 22))

    rel = f"{sub}/2025年防溺水应急救援演练记录.docx"
    docx(rel, [
        ("T", "大林镇2025年防溺水应急救援演练记录"),
        ("N", "时间：2025年6月12日下午"), ("N", "地点：新塘水库东岸"),
        ("N", "组织：镇应急办、防溺水项目组、镇专职消防队、镇卫生院"),
        ("N", "参加：巡河志愿者、新塘村应急小分队、大林中学师生代表，共85人"),
        ("H", "演练过程"),
        "模拟两名学生在水库东岸落水。巡河志愿者发现后立即报警并抛投救生圈；专职消防队8分钟到达现场，使用救生杆和冲锋舟救起落水者；"
        "卫生院医护人员现场实施心肺复苏并转运；新塘村应急小分队维持现场秩序。演练后，消防队员向师生讲解“不盲目下水施救”和救生器材使用方法。",
        ("H", "演练评估"),
        "报警、救援、医疗衔接顺畅，到场时间符合预案要求。发现新塘水库东岸救生杆数量不足，已通知新塘村补充。",
        ("R", "大林镇应急管理办公室"), ("R", "2025年6月13日"),
    ])
    catalog(rel, "", "大林镇应急办", "2025年防溺水应急救援演练记录", dt.date(2025, 6, 12))


def minutes(title, when, place, host, attend, items, decided, rec="曾丽娟", foot=None):
    b = [("T", title), ("N", f"时间：{when}"), ("N", f"地点：{place}"), ("N", f"主持：{host}"), ("N", f"参加：{attend}"),
         ("N", f"记录：{rec}"), ("H", "会议内容")]
    b += items
    b.append(("H", "会议议定事项"))
    b += decided
    if foot:
        b += [("R", "大林镇安全社区建设领导小组办公室"), ("R", foot)]
    return b


def stage5_meetings():
    sub = f"{S5}/会议纪要"
    rel = f"{sub}/2022年第四季度领导小组例会纪要.docx"
    docx(rel, minutes(
        "大林镇安全社区建设领导小组第四季度例会纪要", "2022年12月20日下午", "镇政府三楼会议室", "陈立新",
        "领导小组成员18人，列席：镇卫生院公卫科、各村安全员代表", [
            "1.办公室汇报调查阶段工作：完成基本情况调查和1136份有效问卷，完成风险辨识评价报告，建立伤害监测登记，7月至11月共登记伤害病例"
            f"{len(in_span(INJ, dt.date(2022, 7, 1), dt.date(2022, 11, 30)))}例，并完成下半年隐患大排查；",
            "2.镇卫生院汇报伤害监测工作开展情况，指出村卫生室漏报问题；",
            "3.讨论风险辨识评价报告提出的四个重点问题和安全促进项目建议。"],
        ["1.同意成立道路交通及农机、防溺水、用火用电及燃气、老年人防跌倒四个安全促进项目组，2023年1月上旬发文；",
         "2.办公室于2023年1月中旬前起草《事故与伤害预防目标及计划（2023—2025年）》；",
         "3.镇卫生院于2023年1月10日前完成2022年下半年伤害调查分析报告；",
         "4.春节前开展一次消防安全宣传进村活动。"], foot=cn_date(2022, 12, 21)))
    catalog(rel, "", "大林镇安全社区办", "2022年第四季度领导小组例会纪要", dt.date(2022, 12, 20))

    rel = f"{sub}/DL·AQ-2023-004 领导小组2023年第一次例会纪要.docx"
    docx(rel, minutes(
        "大林镇安全社区建设领导小组2023年第一次例会纪要", "2023年3月15日上午", "镇政府三楼会议室", "王海涛",
        "领导小组成员17人，四个项目组组长", [
            "1.各项目组汇报实施方案编制情况，道路交通、燃气、防溺水项目方案已印发，防跌倒方案正在征求卫生院意见；",
            "2.办公室通报春节后各项目组启动情况和3月14日农机手培训情况；",
            "3.研究X815线道路安全设施建设资金。"],
        ["1.防跌倒项目方案4月10日前印发；2.X815线道路安全设施4月底前完工，由交管站跟踪；3.5月下旬组织防汛抢险应急演练；",
         "4.5月组织赴邻县学习交流。"], foot="二〇二三年三月十六日"))
    catalog(rel, "DL·AQ-2023-004", "大林镇安全社区办", "领导小组2023年第一次例会纪要", dt.date(2023, 3, 15))

    rel = f"{sub}/领导小组2023年第二季度例会纪要.pdf"
    pdf(rel, minutes(
        "大林镇安全社区建设领导小组2023年第二季度例会纪要", "2023年6月21日", "镇政府三楼会议室", "陈立新",
        "领导小组成员16人，项目组组长4人", [
            "1.办公室汇报防汛演练、赴安平镇学习交流、安全生产月活动情况；",
            "2.防溺水项目组汇报警示牌、救生设施补设和防溺水进校园情况；",
            "3.研究暑期防溺水工作。"],
        ["1.借鉴安平镇经验，组建防溺水巡河志愿者队伍，6月20日起开展暑期巡查；",
         "2.各村卫生室伤害登记实行“村医报表制”，每月5日前报卫生院；",
         "3.交管站对X815线牛角湾路段事故情况进行专题分析。"], foot="2023年6月25日"))
    catalog(rel, "", "大林镇安全社区办", "领导小组2023年第二季度例会纪要", dt.date(2023, 6, 21))

    rel = f"{sub}/安全社区建设第三季度例会暨促进项目推进会纪要.docx"
    docx(rel, minutes(
        "安全社区建设第三季度例会暨促进项目推进会纪要", "9月19日下午", "镇政府三楼会议室", "陈立新",
        "领导小组成员、四个项目组全体成员、各村（社区）支部书记，共47人", [
            "1.道路交通项目组汇报牛角湾急弯整治已于8月底完工；",
            "2.防溺水项目组汇报暑期巡河情况，暑期全镇未发生学生溺亡事故；",
            "3.燃气项目组部署9月至12月重点户入户检查；",
            "4.防跌倒项目组汇报10月讲座和第一批适老化改造准备情况。"],
        ["1.10月组织秋季镇级隐患集中排查；2.11月组织冬季森林防火应急演练；3.12月底前完成第一批32户适老化改造。"],
        foot=cn_date(2023, 9, 20)))
    catalog(rel, "", "大林镇安全社区办", "安全社区建设第三季度例会暨促进项目推进会纪要", dt.date(2023, 9, 19))

    rel = f"{sub}/领导小组2023年第四季度例会纪要.docx"
    docx(rel, minutes(
        "大林镇安全社区建设领导小组2023年第四季度例会纪要", "2023年12月26日", "镇政府三楼会议室", "陈立新",
        "领导小组成员17人", [
            "1.办公室汇报全年创建工作情况；",
            "2.各项目组汇报年度项目完成情况；",
            "3.讨论2024年安全社区建设工作思路。"],
        ["1.办公室于2024年1月上旬完成2023年度工作总结；2.镇卫生院于2024年1月完成2023年度伤害监测数据分析；",
         "3.2024年工作计划于春节后印发。"], foot="2023年12月27日"))
    catalog(rel, "", "大林镇安全社区办", "领导小组2023年第四季度例会纪要", dt.date(2023, 12, 26))

    rel = f"{sub}/DL·AQ-2024-005 领导小组2024年第一季度例会纪要.docx"
    docx(rel, minutes(
        "大林镇安全社区建设领导小组2024年第一季度例会纪要", "2024年3月28日", "镇政府三楼会议室", "陈立新",
        "领导小组成员16人", [
            "1.因工作调整，王海涛同志调离，由李卫东副镇长接任领导小组常务副组长；",
            "2.传达《大林镇2024年安全社区建设工作计划》；",
            "3.各项目组汇报一季度工作。"],
        ["1.4月中旬组织村级安全员业务培训；2.5月底前完成重点水域警示牌补设和电子监控建设；3.4月组织春季镇级隐患集中排查。"],
        foot="2024年3月29日"))
    catalog(rel, "DL·AQ-2024-005", "大林镇安全社区办", "领导小组2024年第一季度例会纪要", dt.date(2024, 3, 28))

    rel = f"{sub}/领导小组例会纪要（2024.11.14）.docx"
    docx(rel, minutes(
        "大林镇安全社区建设领导小组例会纪要", "2024年11月14日上午", "镇政府三楼会议室", "李卫东",
        "领导小组成员15人，项目组组长", [
            "1.防溺水项目组通报项目效果评估结果，各项指标均达到目标；",
            "2.燃气项目组汇报秋冬季入户检查进展，12月开展项目效果评估；",
            "3.办公室通报下半年督查发现的问题：部分隐患因资金未落实逾期未整改，2024年风险辨识评价已更新。"],
        ["1.今后严格执行领导小组季度例会制度；2.逾期未整改隐患由李卫东同志牵头协调资金；3.12月完成2024年度隐患专项排查整治总结。"],
        foot="2024年11月15日"))
    catalog(rel, "", "大林镇安全社区办", "领导小组例会纪要（2024.11.14）", dt.date(2024, 11, 14))

    rel = f"{sub}/领导小组2025年第一季度例会纪要.docx"
    docx(rel, minutes(
        "大林镇安全社区建设领导小组2025年第一季度例会纪要", "2025年3月20日", "镇政府三楼会议室", "陈立新",
        "领导小组成员17人", [
            "1.镇卫生院通报2024年度伤害监测数据分析报告：道路交通伤害继续下降，跌倒仍居首位；",
            "2.道路交通项目组汇报效果评估准备情况；",
            "3.研究创建周期最后阶段工作安排。"],
        ["1.办公室尽快制定2025年度安全社区建设工作计划，报领导小组审定；",
         "2.4月启动自查整档，5月底前完成自查报告；3.6月组织防溺水应急救援演练。"], foot="2025年3月21日"))
    catalog(rel, "", "大林镇安全社区办", "领导小组2025年第一季度例会纪要", dt.date(2025, 3, 20))

    rel = f"{sub}/领导小组2025年第二季度例会暨自查整档工作部署会纪要.docx"
    docx(rel, minutes(
        "大林镇安全社区建设领导小组2025年第二季度例会暨自查整档工作部署会纪要", "2025年4月22日", "镇政府三楼会议室", "陈立新",
        "领导小组成员、项目组组长、各村（社区）支部书记，共42人", [
            "1.道路交通项目组汇报项目效果评估结果；",
            "2.办公室部署自查整档工作，对照《安全社区建设基本要求》12个要素分工自查；",
            "3.讨论申请评定时间。"],
        ["1.各成员单位5月10日前将创建资料交办公室，由曾丽娟统一编目归档；2.办公室5月20日前形成自查报告；",
         "3.6月下旬向县安委办提交评定申请。"], foot="2025年4月23日"))
    catalog(rel, "", "大林镇安全社区办", "领导小组2025年第二季度例会暨自查整档工作部署会纪要", dt.date(2025, 4, 22))


def stage5_monitor():
    sub = f"{S5}/监测与纠正"
    rel = f"{sub}/安全社区建设工作督查记录（2023-2025）.docx"
    rows = [["日期", "督查对象", "督查内容", "发现问题", "整改要求及结果"],
            ["2022.11.28", "13个村（社区）", "伤害监测登记、隐患自查", "4个村卫生室未按月登记", "限12月5日前补报，已补报"],
            ["2023.3.30", "四个项目组", "项目方案编制", "防跌倒项目方案未印发", "4月10日前印发，已完成"],
            ["2023.6.28", "防溺水项目组、沿河7个村", "警示牌和救生设施", "新塘水库东岸救生圈不足", "补充救生圈10个，已完成"],
            ["2023.9.26", "道路交通项目组", "牛角湾整治、农机挂牌", "农机挂牌进度慢", "农机站上门服务，已推进"],
            ["2023.12.19", "燃气项目组", "入户检查登记、C类户复查", "2户C类户复查记录未填写", "补填复查日期，已完成"],
            ["2024.3.20", "13个村（社区）", "隐患台账、伤害登记", "罗坑村隐患台账未更新", "已更新"],
            ["2024.6.25", "防溺水项目组", "暑期巡河准备", "2个村巡河队员未落实", "6月底前落实，已完成"],
            ["2024.9.3", "各项目组", "项目进展", "部分需资金隐患逾期未整改", "报领导小组协调"],
            ["2024.12.17", "燃气项目组、防跌倒项目组", "入户检查、适老化改造", "第二批适老化改造验收资料不全", "补充验收签字，已完成"],
            ["2025.3.26", "13个村（社区）", "春季隐患自查、伤害登记", "2个村卫生室登记表未按时报送", "已补报"],
            ["2025.6.10", "各项目组", "创建资料完整性", "部分活动照片未注明时间", "已补注"]]
    docx(rel, [("T", "大林镇安全社区建设工作督查记录（2022—2025年）"),
               ("N", "督查单位：大林镇安全社区建设领导小组办公室"),
               ("TAB", rows),
               ("R", "记录人：罗文斌、曾丽娟")])
    catalog(rel, "", "大林镇安全社区办", "安全社区建设工作督查记录（2023-2025）", dt.date(2025, 6, 10))

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws["A1"] = "大林镇安全隐患排查治理台账"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["A2"] = "填报单位：大林镇应急管理办公室（安全社区办）　　　更新至：2025年6月30日"
    ws.merge_cells("A2:M2")
    top = ["序号", "发现日期", "村（单位）", "隐患地点", "隐患描述", "隐患类别", "隐患等级", "排查方式", "整改情况"]
    for j, h in enumerate(top, 1):
        ws.cell(row=3, column=j, value=h).font = Font(bold=True)
    for j, h in enumerate(["整改措施", "责任单位", "整改期限", "销号日期", "整改状态"], 9):
        ws.cell(row=4, column=j, value=h).font = Font(bold=True)
    for j in range(1, 9):
        ws.merge_cells(start_row=3, start_column=j, end_row=4, end_column=j)
    ws.merge_cells("I3:M3")
    for i, r in enumerate(HAZ):
        row = 5 + i
        d0, v, place, desc, cat, level, way, meas, who, deadline, closed, status = r
        ws.cell(row=row, column=1, value=i + 1)
        c = ws.cell(row=row, column=2, value=d0)
        c.number_format = 'yyyy"年"m"月"d"日"'
        for j, val in zip(range(3, 12), (v, place, desc, cat, level, way, meas, who)):
            ws.cell(row=row, column=j, value=val)
        c = ws.cell(row=row, column=11, value=deadline)
        c.number_format = "yyyy-mm-dd"
        if closed:
            if closed.year == 2023 and closed.month % 3 == 0:
                ws.cell(row=row, column=12, value=f"{closed.year}.{closed.month}.{closed.day}")
            else:
                c = ws.cell(row=row, column=12, value=closed)
                c.number_format = "yyyy-mm-dd"
        ws.cell(row=row, column=13, value=status)
    for col, w in zip("ABCDEFGHIJKLM", (6, 16, 10, 20, 36, 10, 10, 12, 30, 22, 12, 12, 18)):
        ws.column_dimensions[col].width = w
    xlsx_save(wb, f"{sub}/隐患排查治理台账（2022.7-2025.6）.xlsx")

    h24 = [r for r in HAZ if r[0].year == 2024]
    c24 = sum(1 for r in h24 if r[10] and r[10] <= dt.date(2024, 12, 20))
    cats = {}
    for r in h24:
        cats[r[4]] = cats.get(r[4], 0) + 1
    rel = f"{sub}/2024年安全隐患专项排查整治工作总结.docx"
    docx(rel, [
        ("T", "大林镇2024年安全隐患专项排查整治工作总结"),
        "2024年，我镇按照隐患排查治理制度，坚持村级月度自查、镇级春秋两季集中排查和汛期、冬春季专项检查相结合，现将全年工作总结如下。",
        f"一、排查情况。全年共排查登记隐患{len(h24)}处，其中" +
        "、".join(f"{k}{v}处" for k, v in sorted(cats.items(), key=lambda kv: -kv[1])) + "。",
        f"二、整改情况。截至12月20日，已整改销号{c24}处，整改率{pct(c24, len(h24))}；"
        f"其余{len(h24) - c24}处中，需投入资金的临水路段护栏、地质灾害点边坡治理和危旧土坯房处置等隐患已超过整改期限，"
        "已报领导小组协调资金，由李卫东副镇长牵头督办。",
        "三、主要做法。一是将隐患台账与“一网三库”环境和设施数据库对接；二是对重大隐患实行镇领导包点；三是对逾期隐患实行月通报。",
        "四、存在问题。资金投入不足导致部分隐患整改周期长，个别村自查不深入。",
        ("R", "大林镇应急管理办公室"), ("R", "2024年12月20日"),
    ])
    catalog(rel, "", "大林镇应急办", "2024年安全隐患专项排查整治工作总结", dt.date(2024, 12, 20))

    nj = [r for r in TRF if "牛角湾" in r[1] and dt.date(2023, 1, 1) <= r[0] <= dt.date(2023, 7, 31)]
    rel = f"{sub}/关于X815线牛角湾路段事故多发问题的整改通知.docx"
    docx(rel, [
        ("T", "大林镇安全社区建设领导小组办公室"), ("T", "整改通知书"), ("S", "大林安社办〔2023〕6号"),
        ("N", "镇交管站、道路交通及农机安全项目组，并抄送县公路分局："),
        f"根据交警大林中队事故登记和镇伤害监测数据，2023年1月至7月X815线牛角湾急弯路段共发生道路交通事故{len(nj)}起，"
        "该路段已列为我镇重大风险点。经6月21日领导小组例会研究和现场勘查，事故主要原因为弯道视距不足、下坡车速过快、缺少防护设施。"
        "现通知如下：",
        "一、请镇交管站会同县公路分局于8月31日前完成该路段凸面镜、波形护栏、减速带和警示标志的设置；",
        "二、交警中队在整治完成前对该路段实行重点时段巡逻管控；",
        "三、道路交通及农机安全项目组将该路段整治纳入项目实施内容，整治后持续跟踪事故数据，评估整治效果；",
        "四、整改完成后书面报告领导小组办公室。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", "2023年8月8日"),
        ("N", "整改回复：该路段整治工程于2023年8月30日完工，经办公室现场验收合格。（罗文斌　2023.9.4）"),
    ])
    catalog(rel, "", "大林镇安全社区办", "关于X815线牛角湾路段事故多发问题的整改通知", dt.date(2023, 8, 8))


def stage5_summaries():
    sub = f"{S5}/年度总结"
    h23 = [r for r in HAZ if r[0].year == 2023]
    g23 = [r for r in GAS if r[0].year == 2023]
    rel = f"{sub}/DL·AQ-2024-003 2023年度安全社区建设工作总结.docx"
    docx(rel, [
        ("T", "大林镇2023年度安全社区建设工作总结"),
        "2023年，我镇安全社区创建工作全面进入确定项目和项目实施阶段，在县应急管理局指导下，各成员单位协同推进，较好完成了年度计划。",
        ("H", "一、组织保障"),
        "领导小组全年召开季度例会4次（3月、6月、9月、12月），办公室开展督查4次，成立四个安全促进项目组，全年投入创建资金39.5万元。",
        ("H", "二、安全促进项目"),
        "道路交通及农机：完成X815线道路安全设施和牛角湾急弯整治，发放头盔1200顶，农机挂牌率提高到78%。"
        "防溺水：补设警示牌和救生设施，开展防溺水进校园，组建巡河志愿者队伍，全年未发生中小学生溺亡事故。"
        f"用火用电及燃气：镇检查组入户检查{len(g23)}户次，免费更换胶管、减压阀。老年人防跌倒：开展健康讲座，完成第一批32户适老化改造。",
        ("H", "三、隐患排查治理"),
        f"各村按月自查，镇于4月、10月组织两次集中排查，全年排查登记隐患{len(h23)}处，均录入隐患排查治理台账实行销号管理。",
        ("H", "四、宣传培训和应急"),
        "全年开展各类宣传教育活动18次，参与群众2万余人次；组织农机手培训、镇村干部业务培训；5月、11月分别组织防汛抢险和森林防火应急演练。",
        ("H", "五、存在问题"),
        "部分村卫生室伤害登记仍有漏报；老年人防跌倒项目起步较晚；需投入资金的隐患整改周期长。",
        ("H", "六、2024年工作思路"),
        "巩固四个项目成果，开展防溺水和燃气项目效果评估，完成第二批适老化改造，按制度做好例会、督查、演练和伤害监测分析。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", "2024年1月10日"),
    ])
    catalog(rel, "DL·AQ-2024-003", "大林镇安全社区办", "2023年度安全社区建设工作总结", dt.date(2024, 1, 10))

    h24 = [r for r in HAZ if r[0].year == 2024]
    g24 = [r for r in GAS if r[0].year == 2024]
    rel = f"{sub}/2024年度安全社区建设工作总结.docx"
    docx(rel, [
        ("T", "大林镇2024年度安全社区建设工作总结"),
        "2024年，我镇安全社区建设在巩固中提升，各安全促进项目持续推进，全镇事故与伤害总体保持下降态势。",
        ("H", "一、组织保障"),
        "因人事调整，领导小组常务副组长由李卫东同志接任。全年召开领导小组会议2次，办公室开展督查4次，全年投入创建资金28.6万元。",
        ("H", "二、安全促进项目"),
        "道路交通及农机：设立交通安全劝导站5个，头盔佩戴率抽查达到83.6%，农机挂牌率91.2%。"
        "防溺水：补设警示牌82块，新增电子监控6处，10月完成项目效果评估，各项指标达到目标。"
        f"用火用电及燃气：镇检查组入户检查{len(g24)}户次，完成困难户电线改造45户、集中充电点5处，12月完成项目效果评估。"
        "老年人防跌倒：开展健康讲座1次，完成第二批28户适老化改造。",
        ("H", "三、隐患排查治理"),
        f"全年排查登记隐患{len(h24)}处，已完成专项排查整治总结，部分需投入资金的隐患正在协调整改。",
        ("H", "四、宣传培训"),
        "开展村级安全员业务培训、安全生产月、防溺水宣传、“119”消防宣传月等活动，利用广播和微信群常态化发布安全提示。",
        ("H", "五、2025年工作打算"),
        "完成道路交通、老年人防跌倒项目效果评估；做好自查整档，6月底前申请评定。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", "2025年1月15日"),
    ])
    catalog(rel, "", "大林镇安全社区办", "2024年度安全社区建设工作总结", dt.date(2025, 1, 15))


# ----------------------------------------------------------------------------------
# 六、自查整档 / 七、评定 / 八、提高
# ----------------------------------------------------------------------------------
def stage6to8():
    rel = f"{S6}/大林镇安全社区创建自查报告.docx"
    docx(rel, [
        ("T", "大林镇安全社区创建自查报告"),
        "按照领导小组4月22日例会部署，办公室组织各成员单位于2025年4月下旬至5月中旬，对照《安全社区建设基本要求》（AQ/T 9001-2006）12个要素，"
        "对创建周期（2022年7月至2025年6月）内的工作进行了全面自查。现将自查情况报告如下。",
        ("H", "一、创建机构与职责"),
        "成立了以镇长为组长、18个部门和单位参加的领导小组（履行促进委员会职责）和四个安全促进项目组，制定了11项工作制度。"
        "创建以来共召开领导小组会议10次。三年累计投入创建资金86万余元。",
        ("H", "二、信息交流和全员参与"),
        "建立“一网三库”和镇村两级安全信息微信群，设立群众意见建议台账，受理办理意见建议21件；组建5支志愿者队伍48人；2023年5月赴安平镇学习交流。",
        ("H", "三、风险辨识及其评价"),
        "2022年完成基本情况调查、问卷调查和风险辨识评价，辨识风险点30处；2024年9月完成更新；隐患排查治理实行台账管理。",
        ("H", "四、目标及计划"),
        "制定了2023—2025年预防目标及计划和2023年、2024年年度工作计划，目标均已量化。",
        ("H", "五、安全促进项目"),
        "实施道路交通及农机、防溺水、用火用电及燃气、老年人防跌倒四个项目，道路交通、防溺水、燃气项目已完成效果评估，主要指标达到目标。",
        ("H", "六、宣传教育与培训"),
        "制定宣传培训计划，每年组织镇村干部和安全员培训，开展安全生产月、防溺水、消防宣传月等活动。",
        ("H", "七、应急预案和响应"),
        "制定镇级应急预案，建立7支应急队伍，储备应急物资14类；创建以来组织消防疏散、防汛抢险、森林防火等应急演练3次，6月将组织防溺水应急救援演练。",
        ("H", "八、监测与监督"),
        "办公室按季度开展督查，对项目实施和隐患整改进行跟踪监测。",
        ("H", "九、事故与伤害记录"),
        "建立镇卫生院、村卫生室、派出所伤害监测登记制度，创建以来累计登记伤害病例，完成2022年下半年、2023年度、2024年度伤害分析。",
        ("H", "十、创建档案"),
        "按创建阶段分类整理档案，编制档案目录，专人管理。",
        ("H", "十一、预防与纠正措施"),
        "对督查和事故分析中发现的问题下达整改通知，牛角湾路段整治等纠正措施效果明显。",
        ("H", "十二、评审与持续改进"),
        "通过年度工作总结和领导小组例会对创建工作进行回顾，根据监测分析结果调整项目措施。",
        ("H", "存在的主要问题"),
        "1.部分村卫生室伤害登记存在漏报、迟报；2.针对外出务工返乡人员的宣传覆盖不足；3.创建档案电子化程度不高。",
        ("H", "自查结论"),
        "我镇安全社区创建工作基本达到《安全社区建设基本要求》，具备申请评定的条件。",
        ("R", "大林镇安全社区建设领导小组办公室"), ("R", cn_date(2025, 5, 20)),
    ])
    catalog(rel, "", "大林镇安全社区办", "大林镇安全社区创建自查报告", dt.date(2025, 5, 20))

    gbk_text(f"{S6}/档案整理说明.txt", "\n".join([
        "大林镇安全社区创建档案整理说明",
        "",
        "1. 本档案收集2022年7月至2025年6月安全社区创建过程中形成的文件材料，按启动、培训宣传、调查、确定项目、项目实施、自查整档、评定、提高八个阶段分类存放。",
        "2. 正式文件编制档号，格式为 DL·AQ-年度-件号；会议记录、活动记录、登记表等未编档号的材料按阶段归入相应文件夹。",
        "3. 台账类材料（伤害监测登记表、入户安全检查登记表、隐患排查治理台账）为跨年度连续记录，按最后更新日期归档。",
        "4. 纸质材料原件存镇应急办档案柜（第3柜），电子文件备份于镇政府档案室电脑及移动硬盘各一份。",
        "5. “待整理”文件夹中为重复或待核对的材料，核对后删除。",
        "",
        "整理人：曾丽娟    检查人：罗文斌",
        "2025年5月28日",
    ]) + "\n")

    wb = Workbook()
    ws = wb.active
    ws.title = "归档文件目录"
    rows = []
    cut = dt.date(2025, 5, 15)
    items = sorted([c for c in CATALOGUE if c[4] <= cut], key=lambda c: (c[4], c[1] or "~"))
    for i, (rel2, code, who, title, date) in enumerate(items):
        folder = rel2.split("/")[0]
        rows.append([i + 1, code, "", who, title, date.strftime("%Y%m%d"), (len(title) % 6) + 2, folder])
    simple_sheet(ws, "大林镇安全社区创建档案目录", ["序号", "档号", "文号", "责任者", "题名", "日期", "页数", "备注（存放位置）"],
                 rows, [6, 16, 8, 22, 48, 10, 6, 18], note="编制：曾丽娟　　编制日期：2025年5月15日")
    xlsx_save(wb, f"{S6}/大林镇安全社区创建档案目录.xlsx")

    rel = f"{S7}/大林镇安全社区评定申请书.docx"
    docx(rel, [
        ("T", "泰和县大林镇"), ("T", "安全社区评定申请书"),
        ("N", "县安全生产委员会办公室："),
        "大林镇自2022年7月启动安全社区创建工作以来，按照《安全社区建设基本要求》（AQ/T 9001-2006），建立了跨部门合作的领导小组和四个安全促进项目组，"
        "围绕道路交通及农机、防溺水、用火用电及燃气、老年人防跌倒等重点问题持续开展安全促进工作，创建周期（2022年7月至2025年6月）已满三年。",
        "创建以来，全镇道路交通事故起数明显下降，未发生中小学生溺亡事故和亡人火灾，居民安全知识知晓率由62.4%提高到87.5%，安全满意度由71.8%提高到91.2%。"
        "经自查，我镇已基本达到安全社区建设要求，现申请对大林镇安全社区进行评定。",
        ("N", "附件：1.大林镇安全社区创建工作报告；2.大林镇安全社区创建自查报告；3.大林镇安全社区创建档案目录"),
        ("R", "大林镇人民政府（盖章）"), ("R", cn_date(2025, 6, 26)),
    ], author="大林镇党政办")

    rel = f"{S8}/大林镇安全社区持续改进计划（2025—2027年）.docx"
    docx(rel, [
        ("T", "大林镇安全社区持续改进计划（2025—2027年）"),
        "根据自查情况、伤害监测分析结果和群众意见建议，为巩固创建成果、持续提升安全绩效，制定本计划。",
        ("H", "一、改进目标"),
        "到2027年，道路交通事故起数在2024年基础上再下降10%；老年人跌倒伤害发生数较2024年下降10%；保持中小学生零溺亡；居民安全满意度保持90%以上。",
        ("H", "二、改进措施"),
        "1.机制：完善领导小组季度例会和年度内部评审机制，每年12月对照标准开展一次内部评审；2.项目：继续实施四个项目，新增“电动车充电安全”项目；"
        "老年人防跌倒项目扩大适老化改造至150户，并委托县疾控中心开展效果评估；3.伤害监测：推行村卫生室伤害登记电子化，每半年通报一次；"
        "4.隐患治理：争取县级资金完成剩余临水路段护栏和地质灾害点治理；5.宣传：针对返乡务工人员春节前后集中开展安全宣传。",
        ("H", "三、责任分工"),
        "领导小组办公室负责统筹，各项目组按分工落实，每半年向领导小组报告一次进展。",
        ("R", "大林镇安全社区建设领导小组"), ("R", "2025年6月28日"),
    ])


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    stage1()
    stage2()
    stage3()
    stage4()
    stage5_projects()
    stage5_emergency()
    stage5_meetings()
    stage5_monitor()
    stage5_summaries()
    stage6to8()
    n = sum(len(f) for _, _, f in os.walk(OUT))
    print(f"wrote {n} files to {OUT}")


if __name__ == "__main__":
    main()
