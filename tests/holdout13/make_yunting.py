#!/usr/bin/env python3
"""Generate the holdout archive `yunting/` (云汀社区, 城市型 2010s 商品房新建社区, "数字原生" 档案：
微信群聊天记录导出、微信公众号文章 .html、钉钉/企业微信/网格平台/问卷星导出，加少量正式文件)
plus its expert judgement `yunting.judgement.yaml` and reviewer notes `yunting.notes.md`.

Deterministic: every random choice comes from random.Random(<str seed>) (independent of
PYTHONHASHSEED); docx/xlsx are re-zipped with fixed entry times and fixed core-properties dates;
reportlab runs in invariant mode (STSong-Light CID font); JPEG/PNG drawn with PIL (fixed EXIF for
the phone-named photos); every file's and folder's mtime is 2026-04-20 10:00.

usage: python3 make_yunting.py          # (re)writes yunting/, the judgement and the notes
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
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import (HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "yunting"
OUT = os.path.join(HERE, SLUG)
JUDGEMENT = os.path.join(HERE, SLUG + ".judgement.yaml")
NOTES = os.path.join(HERE, SLUG + ".notes.md")
MTIME = dt.datetime(2026, 4, 20, 10, 0).timestamp()
ZIP_TIME = (2026, 4, 15, 9, 0, 0)

CITY, DIST, STREET = "临澄市", "高新区", "望湖街道"
COMM = "云汀社区"
JWH = "云汀社区居民委员会"
BSC = "望湖街道办事处"
PC = "云汀社区安全社区创建促进委员会"
CLERK = "许文博"        # 社区安全专干, keeps the phone/platform records
ARCH = "周敏"           # 兼职档案员
CHAIR = "林海涛"        # 街道办事处副主任, 促进委员会主任
SEC = "沈佳怡"          # 社区党委书记、居委会主任, 副主任
AQB = "顾明"            # 街道应急管理办公室主任, 副主任
CLINIC = "望湖街道社区卫生服务中心云汀服务站"
CLINIC_HEAD = "陆晓红"
SCHOOL = "临澄市实验小学云汀校区"
STREETMALL = "云汀里商业街"
PERIOD = (dt.date(2024, 4, 1), dt.date(2026, 3, 31))
COMPOUNDS = [  # name, 物业, 栋数, 户数, 建成
    ("云汀花园", "嘉悦物业云汀花园项目部", 18, 3120, 2015),
    ("望湖御府", "万联物业望湖御府服务中心", 12, 2280, 2017),
    ("星河湾畔", "锦华物业星河湾畔项目部", 7, 1580, 2019),
    ("云汀公寓", "高新城投资产运营公司云汀公寓管理处", 2, 480, 2018),
]
GRIDS = ["第一网格（云汀花园北）", "第二网格（云汀花园南）", "第三网格（望湖御府）", "第四网格（星河湾畔）",
         "第五网格（云汀公寓及商业街）"]
GRID_STAFF = ["钱晓婷", "郑凯", "何雨欣", "唐俊", "罗佩佩"]

# ---------------------------------------------------------------- dates
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


def slash(x):
    x = D(x)
    return f"{x.year}/{x.month}/{x.day}"


def _cnum(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n - 10] if n > 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


def cn(x):          # 二〇二四年四月一日
    x = D(x)
    return "".join(DIG[int(c)] for c in str(x.year)) + "年" + _cnum(x.month) + "月" + _cnum(x.day) + "日"


def days(n):
    return dt.timedelta(days=n)


def months(a, b):
    y, m, out = a.year, a.month, []
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def R(name):
    return random.Random("yunting:" + name)


SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金"


def masked(rnd):
    return rnd.choice(SURN) + "**"


def workdays_after(d, n):
    x = d
    while n > 0:
        x += days(1)
        if x.weekday() < 5:
            n -= 1
    return x


# ---------------------------------------------------------------- registry
FILES = []
CAT = {}      # path -> (类别, 来源, 说明)


def reg(path, kind, el, also, date, src="", note="", flags=None):
    FILES.append({"path": path, "kind": kind, "elements": list(el), "also_acceptable": list(also),
                  "date": iso(date), "flags": flags or {}})
    CAT[path] = (src, note)
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


def _run(par, text, size=14, bold=False, face="仿宋_GB2312", color=None):
    r = par.add_run(text)
    r.font.name = face
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def _rule(par):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "FF0000")):
        el.set(qn(k), v)
    bdr.append(el)
    ppr.append(bdr)


def docx(path, date, title, body, red=None, docno=None, author=CLERK, sign=None):
    """body: list of str | ('h', str) | ('t', rows) | ('p', str) (plain small)"""
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime.combine(D(date), dt.time(9, 0))
    cp.modified = dt.datetime.combine(D(date), dt.time(9, 0))
    cp.revision = 1
    cp.comments = ""
    if red:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, red, 26, True, "方正小标宋简体", (0xE6, 0x00, 0x12))
        if docno:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p, docno, 14)
        _rule(p)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, title, 20, True, "方正小标宋简体")
    for b in body:
        if isinstance(b, tuple) and b[0] == "h":
            p = doc.add_paragraph()
            _run(p, b[1], 15, True, "黑体")
        elif isinstance(b, tuple) and b[0] == "t":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _run(cell.paragraphs[0], str(v), 10.5, i == 0, "宋体")
        else:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _run(p, b if isinstance(b, str) else b[1], 14)
    if sign:
        for s in sign:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _run(p, s, 14)
    fp = full(path)
    doc.save(fp)
    fix_zip(fp, date)


def xlsx(path, date, sheets, author=CLERK):
    """sheets: list of dict(name, header, rows, title=None, widths=None, fmt={col: numfmt})"""
    wb = Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s["name"])
        r0 = 1
        if s.get("title"):
            ws.cell(1, 1, s["title"]).font = Font(bold=True, size=14)
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(s["header"]))
            ws.cell(1, 1).alignment = Alignment(horizontal="center")
            r0 = 2
        for j, h in enumerate(s["header"], 1):
            c = ws.cell(r0, j, h)
            c.font = Font(bold=True)
        for i, row in enumerate(s["rows"], r0 + 1):
            for j, v in enumerate(row, 1):
                c = ws.cell(i, j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(v, dt.date):
                    c.number_format = "yyyy-mm-dd"
        for j, w in enumerate(s.get("widths") or [], 1):
            ws.column_dimensions[get_column_letter(j)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime.combine(D(date), dt.time(9, 0))
    wb.properties.modified = dt.datetime.combine(D(date), dt.time(9, 0))
    fp = full(path)
    wb.save(fp)
    fix_zip(fp, date)


ST = {
    "t": ParagraphStyle("t", fontName="STSong-Light", fontSize=17, leading=26, alignment=TA_CENTER, spaceAfter=10),
    "red": ParagraphStyle("red", fontName="STSong-Light", fontSize=24, leading=32, alignment=TA_CENTER,
                          textColor=colors.HexColor("#E60012")),
    "no": ParagraphStyle("no", fontName="STSong-Light", fontSize=11, leading=16, alignment=TA_CENTER),
    "h": ParagraphStyle("h", fontName="STSong-Light", fontSize=12.5, leading=20, spaceBefore=6),
    "p": ParagraphStyle("p", fontName="STSong-Light", fontSize=11, leading=18, firstLineIndent=22),
    "c": ParagraphStyle("c", fontName="STSong-Light", fontSize=9, leading=12),
    "s": ParagraphStyle("s", fontName="STSong-Light", fontSize=11, leading=18, alignment=2),
}


def pdf(path, date, title, body, red=None, docno=None, author=CLERK, sign=None):
    story = []
    if red:
        story += [Paragraph(red, ST["red"])]
        if docno:
            story += [Paragraph(docno, ST["no"])]
        story += [HRFlowable(width="100%", thickness=2, color=colors.HexColor("#E60012")), Spacer(1, 8)]
    story.append(Paragraph(title, ST["t"]))
    for b in body:
        if isinstance(b, tuple) and b[0] == "h":
            story.append(Paragraph(b[1], ST["h"]))
        elif isinstance(b, tuple) and b[0] == "t":
            rows = [[Paragraph(str(v), ST["c"]) for v in r] for r in b[1]]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
            story += [t, Spacer(1, 6)]
        else:
            story.append(Paragraph(b, ST["p"]))
    for s in sign or []:
        story.append(Paragraph(s, ST["s"]))
    fp = full(path)
    d = SimpleDocTemplate(fp, pagesize=A4, title=title, author=author, creator=author,
                          leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60)
    d.build(story)


def text(path, body, encoding="utf-8", crlf=False, bom=False):
    data = body.replace("\n", "\r\n") if crlf else body
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(full(path), "wb") as f:
        f.write(raw)


def csvfile(path, header, rows, encoding="utf-8", bom=True):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    text(path, buf.getvalue(), encoding, bom=bom)


def photo(path, scene, seed, exif_time=None, size=(800, 600), fmt="JPEG"):
    rnd = R("photo:" + seed)
    W, H = size
    im = Image.new("RGB", size, (200, 215, 230))
    dr = ImageDraw.Draw(im)
    if scene == "screen":      # phone screenshot of a form
        dr.rectangle([0, 0, W, 70], fill=(24, 144, 255))
        dr.rectangle([0, H - 90, W, H], fill=(245, 245, 245))
        y = 100
        for i in range(9):
            dr.rectangle([30, y, W - 30, y + 80], fill=(255, 255, 255), outline=(220, 220, 220))
            dr.rectangle([50, y + 20, 50 + rnd.randint(120, 300), y + 36], fill=(80, 80, 80))
            dr.rectangle([50, y + 46, 50 + rnd.randint(200, W - 140), y + 60], fill=(160, 160, 160))
            y += 95
        dr.rectangle([W // 2 - 150, H - 75, W // 2 + 150, H - 20], fill=(24, 144, 255))
    else:
        sky = {"indoor": (235, 230, 220), "street": (190, 210, 235), "garage": (90, 95, 100),
               "school": (185, 215, 240), "tower": (175, 205, 235)}.get(scene, (200, 215, 230))
        dr.rectangle([0, 0, W, H], fill=sky)
        if scene in ("tower", "street", "school"):
            x = 0
            while x < W:
                bw = rnd.randint(60, 130)
                bh = rnd.randint(180, 420)
                col = rnd.choice([(222, 214, 200), (200, 200, 205), (230, 225, 215), (190, 180, 170)])
                dr.rectangle([x, H - 160 - bh, x + bw, H - 160], fill=col)
                for wy in range(H - 150 - bh, H - 170, 22):
                    for wx in range(x + 8, x + bw - 10, 18):
                        dr.rectangle([wx, wy, wx + 9, wy + 12], fill=(120, 140, 160))
                x += bw + rnd.randint(5, 30)
            dr.rectangle([0, H - 160, W, H], fill=(150, 150, 145) if scene != "school" else (170, 90, 70))
        elif scene == "garage":
            for i in range(6):
                dr.rectangle([i * 140, 100, i * 140 + 40, H - 100], fill=(160, 160, 160))
            dr.rectangle([0, H - 100, W, H], fill=(110, 115, 110))
            for i in range(8):
                dr.line([i * 110, H - 60, i * 110 + 60, H - 60], fill=(240, 200, 0), width=8)
            dr.ellipse([W - 160, 80, W - 60, 180], outline=(250, 250, 250), width=6)
        else:   # indoor meeting / training
            dr.rectangle([60, 40, W - 60, 200], fill=(180, 30, 30))
            dr.rectangle([0, H - 140, W, H], fill=(150, 120, 90))
        for _ in range(rnd.randint(10, 26)):
            px = rnd.randint(20, W - 40)
            py = rnd.randint(H - 260, H - 120)
            c = rnd.choice([(40, 40, 60), (200, 60, 50), (240, 140, 40), (50, 90, 160), (230, 230, 230)])
            dr.ellipse([px, py, px + 18, py + 18], fill=(230, 190, 160))
            dr.rectangle([px - 4, py + 18, px + 22, py + 70], fill=c)
    fp = full(path)
    kw = {}
    if exif_time:
        ex = Image.Exif()
        ex[0x010F] = "HUAWEI"
        ex[0x0110] = "ELS-AN00"
        ex[0x0132] = exif_time.strftime("%Y:%m:%d %H:%M:%S")
        kw["exif"] = ex.tobytes()
    if fmt == "JPEG":
        im.save(fp, "JPEG", quality=72, optimize=False, **kw)
    else:
        im.save(fp, "PNG", optimize=False)


def html(path, title, when, paras, author="云汀社区", imgs=2, source=""):
    rnd = R("html:" + path)
    body = []
    for i, p in enumerate(paras):
        if p.startswith("##"):
            body.append(f'<section style="text-align:center;"><p><strong><span style="color:#c00000;">{p[2:]}</span></strong></p></section>')
        else:
            body.append(f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;">{p}</span></p>')
        if imgs and i in (1, 3, 5)[:imgs]:
            key = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
            body.append(f'<p style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.75" '
                        f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{key}/640?wx_fmt=jpeg" data-type="jpeg" '
                        f'data-w="1080" style="width:100%;" alt="图片"></p>')
    doc = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="微信公众平台">
<meta name="author" content="{author}">
</head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">{source or '云汀社区发布'}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">{author}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{when.strftime('%Y-%m-%d %H:%M')}</em>
</div>
<div class="rich_media_content" id="js_content">
{chr(10).join(body)}
<p style="text-align:right;"><span style="font-size:12px;color:#888;">来源：云汀社区 | 编辑：{CLERK} | 审核：{SEC}</span></p>
</div>
<div id="js_tags"><span>阅读 {rnd.randint(380, 2600)}</span></div>
</div>
</body>
</html>
"""
    text(path, doc)


# ================================================================ formal documents
F = "正式文件/"
F_IMPL = F + "云汀社区安全社区创建实施方案.docx"
F_COMM = F + "关于成立云汀社区安全社区创建促进委员会的通知.pdf"
F_RULES = F + "云汀社区安全社区创建工作制度.docx"
F_GROUPS = F + "关于成立安全促进项目组的通知.docx"
F_DIAG = F + "云汀社区安全诊断报告.pdf"
F_PROJ = F + "云汀社区安全促进项目实施方案（六个项目）.docx"
F_EVAL = F + "安全促进项目效果评估报告（2025年度）.docx"
F_SUM24 = F + "2024年度安全社区工作总结暨绩效评审报告.docx"
F_SUM25 = F + "2025年度安全社区工作总结暨绩效评审报告.docx"
F_SELF = F + "云汀社区安全社区创建自查报告.pdf"
F_SCORE = F + "自评打分表（50项）.xlsx"
F_TRAIN = F + "宣传培训活动台账（2024.4-2026.3）.xlsx"
F_INJ25 = F + "2025年度伤害监测分析报告.docx"
MIN_DIR = F + "促进委员会会议纪要/"

PROJECTS = [
    # key, name, lead unit, group leader, target, eval month
    ("P1", "高层住宅电动车消防安全项目", "嘉悦物业云汀花园项目部、望湖消防救援站", "赵磊",
     "新建电动车集中充电棚6处；楼道及电梯电动车入户、飞线充电发现数较基线下降60%；电动车火灾0起", "2025年12月"),
    ("P2", "云汀里商业街餐饮燃气安全项目", "望湖市场监管所、云汀里商户联合会", "吴志强",
     "54家餐饮商户ABC分类全覆盖，燃气泄漏报警器和自动切断阀安装率100%，燃气事故0起", "2025年12月"),
    ("P3", "老年人居家防跌倒项目", "云汀服务站、云汀守护志愿服务队", "陆晓红",
     "完成高龄、独居老人家庭适老化改造150户；60岁以上居民跌倒就诊人数较基线下降20%", "2026年1月"),
    ("P4", "校园周边交通安全项目", "实验小学云汀校区、高新交警中队", "韩雪",
     "上下学时段护学岗全覆盖，校门口200米范围内学生交通伤害0起，家长违停下降50%", "2025年12月"),
    ("P5", "儿童居家防坠落项目", "社区妇联、三家物业服务企业", "沈佳怡",
     "为有12岁以下儿童的高层住户免费安装窗户限位器800户，儿童坠落伤害0起，家长防坠落知晓率90%以上", "2025年12月"),
    ("P6", "地下车库交通安全项目", "万联物业望湖御府服务中心、高新交警中队", "钱文静",
     "四个小区地下车库完成减速带、凸面镜、人车分流标线改造，车库内剐蹭伤人事件较基线下降50%", "2025年12月"),
]


def build_formal():
    # ---- 实施方案 (街道发文, before the period starts)
    docx(F_IMPL, "2024-03-25", "云汀社区安全社区创建实施方案", [
        "为贯彻落实市、区关于推进安全社区建设的部署，依据《安全社区建设基本要求》（AQ/T 9001-2006），结合云汀社区实际，制定本方案。",
        ("h", "一、社区基本情况"),
        "云汀社区位于高新区望湖街道东部，辖区面积1.86平方公里，为2014年以后新建的城市商品房社区，辖云汀花园（18栋，3120户，嘉悦物业）、望湖御府（12栋，2280户，万联物业）、星河湾畔（7栋，1580户，锦华物业）、云汀公寓（人才公寓2栋，480户）四个小区，共39栋高层、小高层住宅，7460户，常住人口约2.16万人，其中60岁以上2380人、14岁以下3920人。辖区有临澄市实验小学云汀校区1所、幼儿园2所、云汀里商业街商户86家（其中餐饮54家）、地下车库4处（车位5600余个）。",
        ("h", "二、创建周期"),
        "本次安全社区创建周期为两年，自二〇二四年四月一日起至二〇二六年三月三十一日止。",
        ("t", [["阶段", "时间", "主要任务"],
               ["启动阶段", "2024年4月—6月", "成立促进委员会和项目组，建立制度，开展社区安全诊断"],
               ["实施阶段", "2024年7月—2025年12月", "实施六个安全促进项目，开展宣传培训、演练、隐患排查和伤害监测"],
               ["评估自查阶段", "2026年1月—3月", "项目效果评估、年度绩效评审、自查自评、整理创建档案"],
               ["申报阶段", "2026年4月以后", "向区安委办提出评定申请"]]),
        ("h", "三、工作目标"),
        "（一）事故与伤害发生率较2023年基线下降10%以上，不发生较大及以上生产安全事故和亡人火灾；（二）居民安全知晓率达到85%以上，安全满意度达到90%以上；（三）建立“一网三库”和楼栋长、网格员、物业三级隐患发现机制，隐患整改率100%；（四）针对高层住宅、商业街燃气、老年人、儿童、校园周边和地下车库六个重点问题实施安全促进项目；（五）两年累计投入创建经费不少于200万元。",
        ("h", "四、组织机构"),
        "成立云汀社区安全社区创建促进委员会，由街道分管副主任任主任，社区党委书记和街道应急管理办公室主任任副主任，成员由派出所、消防救援站、交警中队、市场监管所、综合行政执法队、卫生服务站、学校、三家物业服务企业、商户联合会、业委会和志愿者代表组成。促进委员会下设办公室（设在社区居委会）和六个安全促进项目组。",
        ("h", "五、保障措施"),
        "街道将创建经费纳入年度预算，物业企业和商户联合会按项目分担；社区利用楼栋长工作群、促进委员会工作群、“云汀社区”微信公众号、企业微信和网格通平台做好信息收集与宣传，相关电子记录定期导出归档。",
    ], red="望湖街道办事处文件", docno="望湖街发〔2024〕15号", author="顾明",
        sign=[BSC, "2024年3月25日"])
    reg(F_IMPL, "红头文件：创建实施方案（望湖街发〔2024〕15号，创建周期二〇二四年四月一日至二〇二六年三月三十一日）",
        [4], [1], "2024-03-25", "正式文件", "创建周期两年")

    # ---- 成立促进委员会 (PDF)
    members = [["职务", "姓名", "单位及职务"],
               ["主任", CHAIR, "望湖街道办事处副主任"],
               ["副主任", SEC, "云汀社区党委书记、居委会主任"],
               ["副主任", AQB, "望湖街道应急管理办公室主任"],
               ["成员", "马骏", "望湖派出所社区民警"],
               ["成员", "彭国强", "望湖消防救援站副站长"],
               ["成员", "邓超", "高新交警中队副中队长"],
               ["成员", "宋丽华", "望湖市场监管所副所长"],
               ["成员", "蒋涛", "望湖综合行政执法队中队长"],
               ["成员", CLINIC_HEAD, "云汀服务站站长"],
               ["成员", "韩雪", "实验小学云汀校区德育主任"],
               ["成员", "赵磊", "嘉悦物业云汀花园项目经理"],
               ["成员", "钱文静", "万联物业望湖御府服务中心经理"],
               ["成员", "孙浩", "锦华物业星河湾畔项目经理"],
               ["成员", "吴志强", "云汀里商户联合会会长"],
               ["成员", "曹海燕", "望湖御府业委会主任"],
               ["成员", "冯雅琴", "云汀守护志愿服务队队长"],
               ["成员（办公室主任）", CLERK, "云汀社区安全专干"]]
    pdf(F_COMM, "2024-04-08", "关于成立云汀社区安全社区创建促进委员会的通知", [
        "各社区、街道各部门、辖区各单位：",
        "为扎实推进云汀社区安全社区创建工作，建立跨部门合作的组织机构，整合辖区资源，经街道党工委研究，决定成立云汀社区安全社区创建促进委员会。现将有关事项通知如下：",
        ("h", "一、组成人员"), ("t", members),
        ("h", "二、主要职责"),
        "（一）组织开展社区安全诊断和事故与伤害风险辨识评价；（二）审定安全社区创建目标、年度工作计划和安全促进项目；（三）协调各成员单位落实项目所需人员、经费和资源；（四）定期听取办公室和项目组工作汇报，组织评审社区安全绩效；（五）组织参加安全社区交流活动。",
        ("h", "三、工作要求"),
        "促进委员会实行季度全体会议制度，具体按《云汀社区安全社区创建工作制度》执行。促进委员会办公室设在云汀社区居委会，由社区安全专干许文博负责日常工作，并建立“云汀社区安全创建促进委员会工作群”用于会议通知和信息通报。",
    ], red="望湖街道办事处文件", docno="望湖街发〔2024〕18号", author="顾明", sign=[BSC, "2024年4月8日"])
    reg(F_COMM, "红头文件PDF：成立促进委员会通知（望湖街发〔2024〕18号，跨部门成员17人）", [1], [2], "2024-04-08",
        "正式文件", "")

    # ---- 工作制度 (the community's own yardstick)
    docx(F_RULES, "2024-04-20", "云汀社区安全社区创建工作制度", [
        ("h", "一、促进委员会工作制度"),
        "1. 促进委员会每季度召开一次全体会议，原则上在每季度第一个月中旬召开，听取办公室和各项目组工作汇报，研究解决创建工作中的重大问题；遇重大事项可临时召开。",
        "2. 会议纪要由促进委员会办公室在会后三个工作日内整理，经主任审定后印发，并在“云汀社区安全创建促进委员会工作群”内发布；纸质或电子纪要均归入创建档案。",
        ("h", "二、安全促进项目组工作制度"),
        "1. 各项目组按照项目实施方案组织实施，建立实施台账，每季度在促进委员会全体会议上汇报进展。",
        "2. 项目按实施方案规定的时间开展效果评估，对照项目目标用伤害数据、检查数据和居民调查结果评价效果，形成评估报告报促进委员会审定。",
        ("h", "三、目标管理与责任制度"),
        "1. 促进委员会办公室于每年1月底前制定本年度安全社区工作计划（创建启动当年于启动后一个月内制定），经促进委员会审议后实施。",
        "2. 每年3月底前，社区与三家物业服务企业、云汀公寓管理处、商户联合会、实验小学云汀校区签订年度安全目标责任书，年终考核。",
        ("h", "四、信息交流与全员参与制度"),
        "1. 社区通过楼栋长工作群、促进委员会工作群、“云汀社区”微信公众号发布安全信息；居民安全诉求通过企业微信“居民安全诉求”表单受理，5个工作日内答复。",
        "2. “一网三库”（安全社区网页、人口信息库、社会单位信息库、环境和市政设施信息库）每季度更新一次数据。",
        "3. 每年至少组织或参加一次安全社区建设交流活动；云汀守护志愿服务队每月至少开展一次安全志愿服务。",
        ("h", "五、事故与伤害风险辨识及评价制度"),
        "创建启动时开展社区安全诊断（问卷调查、隐患排查、伤害数据分析、座谈），形成诊断报告和危险源辨识清单（LEC法）；此后每年4月对危险源辨识清单复核一次。",
        ("h", "六、安全宣传教育与培训制度"),
        "1. 每季度至少开展一次面向居民的安全宣传教育活动。",
        "2. 每年对物业保安（微型消防站队员）和云汀里商业街餐饮商户各组织一次集中安全培训；培训须有签到和记录（含公众号报道）。",
        ("h", "七、应急管理与演练制度"),
        "1. 社区综合应急预案每三年修订一次，高层住宅火灾等专项预案根据需要编制。",
        "2. 社区每年至少组织两次应急演练，上半年、下半年各不少于一次；演练前制定方案，演练后进行总结评估。",
        ("h", "八、隐患排查治理制度"),
        "1. 每月组织一次安全巡查（楼栋长、物业、网格员共同参与），重点为楼道堆物、电动车入户及飞线充电、消防通道、常闭防火门、商业街燃气、地下车库；日常发现的隐患随时上报。",
        "2. 隐患统一通过钉钉“隐患随手拍”流程上报。一般隐患7日内、较大隐患30日内整改完毕；整改后由网格员或物业复查，在钉钉流程中办结（办结即销号）；超期未办结的报街道应急管理办公室挂牌督办。",
        ("h", "九、入户安全检查制度"),
        "每年对独居及高龄老人家庭、瓶装液化气B/C类用户和商业街餐饮商户开展一次入户安全检查（燃气、用电、防跌倒），检查结果录入企业微信表单或网格通平台。",
        ("h", "十、事故与伤害监测制度"),
        "1. 云汀服务站对接诊的伤害病例逐例填写伤害监测报告卡；物业服务企业每月报送小区内发生的伤害事件；促进委员会办公室每月5日前汇总上月数据。",
        "2. 每年1月完成上一年度伤害监测统计分析报告，作为调整安全促进项目的依据。",
        ("h", "十一、创建档案管理制度"),
        "1. 创建档案由兼职档案员集中管理。微信群聊天记录、公众号文章、钉钉/企业微信/网格通平台数据等电子材料每季度导出一次，按年度存放，并登入《材料清单》。",
        "2. 档案查阅、借阅须在《档案借阅登记表》上登记查阅人、日期、内容和归还情况；原件一般不外借。",
        ("h", "十二、绩效评审与持续改进制度"),
        "每年1月对上一年度创建工作进行总结和绩效评审，形成总结暨绩效评审报告并提出改进措施；创建期满前一个季度开展自查自评。",
    ], red="云汀社区居民委员会文件", docno="云汀居发〔2024〕6号", sign=[JWH, "2024年4月20日"])
    reg(F_RULES, "制度汇编（十二项制度：季度全体会议、演练每半年、月度巡查、7/30日整改、入户检查、伤害监测、档案借阅登记等）",
        [1], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "2024-04-20", "正式文件", "本社区自定频次的依据")

    # ---- 项目组
    rows = [["项目组", "组长", "牵头单位", "成员单位"]]
    for p in PROJECTS:
        rows.append([p[1].replace("项目", "项目组"), p[3], p[2], "社区居委会、网格员、楼栋长代表、志愿者"])
    rows.append(["数据统计组", CLINIC_HEAD, "云汀服务站", "社区居委会、三家物业、派出所、交警中队"])
    docx(F_GROUPS, "2024-05-20", "关于成立云汀社区安全促进项目组的通知", [
        "根据促进委员会第一次全体会议决定和社区安全诊断初步结果，成立六个安全促进项目组和数据统计组，名单如下：",
        ("t", rows),
        "各项目组负责制定并组织实施本项目实施方案，建立实施台账，每季度向促进委员会全体会议汇报进展，并按方案开展效果评估。",
    ], red="云汀社区居民委员会文件", docno="云汀居发〔2024〕9号", sign=[JWH, "2024年5月20日"])
    reg(F_GROUPS, "社区发文：成立六个安全促进项目组及数据统计组（云汀居发〔2024〕9号）", [1], [5], "2024-05-20",
        "正式文件", "")

    # ---- 项目实施方案
    body = ["经促进委员会第二次全体会议审议，现印发六个安全促进项目实施方案，请各项目组认真组织实施。"]
    for p in PROJECTS:
        body += [("h", f"附件{p[0][1]}：{p[1]}实施方案"),
                 f"牵头单位：{p[2]}；项目组长：{p[3]}。",
                 f"项目目标：{p[4]}。",
                 f"实施时间：2024年7月—2025年12月。效果评估时间：{p[5]}，由项目组对照目标开展效果评估并形成评估报告。"]
    docx(F_PROJ, "2024-06-28", "关于印发云汀社区六个安全促进项目实施方案的通知", body,
         red="云汀社区居民委员会文件", docno="云汀居发〔2024〕11号", sign=[JWH, "2024年6月28日"])
    reg(F_PROJ, "项目实施方案汇编：六个安全促进项目（云汀居发〔2024〕11号，载明目标和评估时间；儿童防坠落项目2025年12月评估）",
        [5], [4, 1], "2024-06-28", "正式文件", "")


def build_plans():
    docx(F + "2024年度安全社区工作计划（4-12月）.docx", "2024-04-22", "云汀社区2024年度（4—12月）安全社区工作计划", [
        "2024年是云汀社区安全社区创建启动之年，依据实施方案，制定本年度4—12月工作计划。",
        ("t", [["月份", "主要工作", "责任单位"],
               ["4月", "召开启动大会暨促进委员会第一次全体会议；印发工作制度；问卷星居民安全需求调查", "办公室"],
               ["5月", "成立项目组；防灾减灾日宣传；危险源辨识", "办公室、各物业"],
               ["6月", "完成安全诊断报告；印发项目实施方案；高层住宅火灾疏散演练", "办公室、嘉悦物业、消防站"],
               ["7月", "促进委员会第二次全体会议；启动六个项目", "促进委员会"],
               ["8—9月", "物业保安培训；商户燃气安全培训；商户ABC分类", "市场监管所、商户联合会"],
               ["9—11月", "独居高龄老人及商户入户安全检查（企业微信表单）；商业街燃气泄漏应急演练", "网格员、燃气公司"],
               ["10月", "促进委员会第三次全体会议；外出学习交流", "促进委员会"],
               ["每月", "月度安全巡查、钉钉隐患上报与整改、伤害监测汇总", "楼栋长、物业、服务站"]]),
        "年度目标：隐患整改率100%，居民安全知晓率达到75%以上，不发生亡人火灾。",
    ], sign=[PC + "办公室", "2024年4月22日"])
    reg(F + "2024年度安全社区工作计划（4-12月）.docx", "年度工作计划：2024年4—12月（启动当年）", [4], [1, 6, 7],
        "2024-04-22", "正式文件", "")

    docx(F + "2025年度安全社区工作计划.docx", "2025-01-20", "云汀社区2025年度安全社区工作计划", [
        "根据2024年度绩效评审意见，制定2025年度工作计划。",
        ("t", [["季度", "主要工作"],
               ["一季度", "促进委员会第四次全体会议（1月）；签订年度安全目标责任书（3月底前）；冬季消防培训"],
               ["二季度", "危险源辨识清单复核（4月）；物业保安培训；5月高层住宅火灾疏散演练；参加全省安全社区建设推进会"],
               ["三季度", "防台防汛准备；商业街餐饮商户燃气安全集中培训；入户安全检查（网格通录入）"],
               ["四季度", "校园地震疏散演练；六个项目效果评估；居民安全知晓率及满意度调查"]]),
        "年度目标：居民安全知晓率80%以上，满意度88%以上；电动车入户、飞线充电发现数较2024年下降40%。",
    ], sign=[PC + "办公室", "2025年1月20日"])
    reg(F + "2025年度安全社区工作计划.docx", "年度工作计划：2025年", [4], [1, 6, 7], "2025-01-20", "正式文件", "")

    docx(F + "2026年度安全社区工作计划.docx", "2026-01-16", "云汀社区2026年度安全社区工作计划", [
        "2026年一季度为创建期评估自查阶段，二季度起转入常态化建设。",
        ("t", [["时间", "主要工作"],
               ["1月", "2025年度总结暨绩效评审；2025年度伤害监测分析；促进委员会第七次全体会议"],
               ["2—3月", "签订2026年度安全目标责任书；商户燃气安全培训；地下车库电动车火灾应急演练；自查自评"],
               ["4—12月", "危险源复核；申报评定；持续改进计划实施"]]),
    ], sign=[PC + "办公室", "2026年1月16日"])
    reg(F + "2026年度安全社区工作计划.docx", "年度工作计划：2026年（一季度为评估自查阶段）", [4], [1, 6, 7], "2026-01-16",
        "正式文件", "")

    rows24, rows25, rows26 = [], [], []
    units = ["嘉悦物业云汀花园项目部", "万联物业望湖御府服务中心", "锦华物业星河湾畔项目部", "云汀公寓管理处",
             "云汀里商户联合会", "实验小学云汀校区"]
    heads = ["赵磊", "钱文静", "孙浩", "田伟", "吴志强", "韩雪"]
    for i, (u, h) in enumerate(zip(units, heads)):
        rows24.append([i + 1, u, h, dt.date(2024, 4, 22 + i % 3), "已签订", "2024年度考核：合格"])
        rows25.append([i + 1, u, h, dt.date(2025, 3, 18 + i), "已签订", "2025年度考核：合格" if i != 4 else "2025年度考核：基本合格（未组织商户集中培训）"])
        rows26.append([i + 1, u, h, f"2026.3.{16 + i}", "已签订", ""])
    hdr = ["序号", "责任单位", "负责人", "签订日期", "状态", "考核情况"]
    xlsx(F + "安全目标责任书签订情况（2024-2026）.xlsx", "2026-03-26", [
        {"name": "2024年", "title": "2024年度安全目标责任书签订情况", "header": hdr, "rows": rows24, "widths": [6, 28, 10, 14, 10, 36]},
        {"name": "2025年", "title": "2025年度安全目标责任书签订情况", "header": hdr, "rows": rows25, "widths": [6, 28, 10, 14, 10, 36]},
        {"name": "2026年", "title": "2026年度安全目标责任书签订情况", "header": hdr, "rows": rows26, "widths": [6, 28, 10, 14, 10, 36]},
    ])
    reg(F + "安全目标责任书签订情况（2024-2026）.xlsx", "目标责任书签订汇总（按年分sheet，6家单位，2025、2026年均在3月底前签订）",
        [4], [1], "2026-03-26", "正式文件", "")

    pdf(F + "上级文件/高新区应急管理体系建设“十四五”规划（摘录）.pdf", "2022-03-10",
        "临澄市高新区应急管理体系建设“十四五”规划（2021—2025年）（摘录）", [
            "规划期为2021年至2025年，展望到2035年。",
            ("h", "第三章 主要任务"),
            "（四）推进基层应急能力建设。深化安全社区、综合减灾示范社区创建，到2025年全区创建市级以上安全社区不少于6个；推动街道、社区建立应急队伍和应急物资储备点；推广“网格+安全”隐患排查模式。",
            "（七）强化高层建筑、电动自行车、燃气等重点领域风险治理。2021—2025年分年度推进电动自行车集中充电设施建设和餐饮场所燃气报警装置安装。",
        ], red="临澄市高新区安全生产委员会", docno="高新安委〔2022〕3号", author="高新区应急管理局")
    reg(F + "上级文件/高新区应急管理体系建设“十四五”规划（摘录）.pdf",
        "上级来文：区“十四五”应急管理规划（2021—2025年）摘录（干扰周期）", [4], [1, 8], "2022-03-10", "上级来文", "")

    fund = [["2024年4—12月", "电动车集中充电棚（一期3处）", 38.6, "街道、嘉悦物业"],
            ["2024年4—12月", "商户燃气报警器及切断阀", 21.4, "商户自筹、街道补贴"],
            ["2024年4—12月", "窗户限位器（一期）", 9.8, "街道"],
            ["2024年4—12月", "宣传培训、演练、平台运维", 16.6, "街道"],
            ["2025年", "电动车集中充电棚（二期3处）", 41.2, "万联物业、锦华物业、街道"],
            ["2025年", "适老化改造", 28.5, "民政、街道"],
            ["2025年", "地下车库减速带凸面镜标线", 19.7, "三家物业"],
            ["2025年", "窗户限位器（二期）", 6.3, "街道"],
            ["2025年", "宣传培训、演练、护学岗、平台运维", 17.0, "街道"],
            ["2026年1—3月", "演练、培训、评估、档案整理", 18.5, "街道"]]
    xlsx(F + "创建经费投入统计（2024-2026）.xlsx", "2026-03-30", [
        {"name": "经费明细", "title": "云汀社区安全社区创建经费投入统计（2024年4月—2026年3月）",
         "header": ["年度", "项目", "金额（万元）", "来源"], "rows": fund + [["合计", "", round(sum(r[2] for r in fund), 1), ""]],
         "widths": [16, 36, 14, 26]}])
    reg(F + "创建经费投入统计（2024-2026）.xlsx", "经费投入统计（合计217.6万元）", [1], [5], "2026-03-30", "正式文件", "")
    return round(sum(r[2] for r in fund), 1)


# ================================================================ data: injuries, hazards, inspections
INJ_END = dt.date(2025, 9, 30)      # G4: the register export stops here


def make_injuries():
    rnd = R("inj")
    out = []
    places_home = ["家中"] * 5 + ["公共居住场所（楼道/电梯厅）", "公共居住场所（小区道路）"]
    for (y, m) in months(dt.date(2024, 4, 1), INJ_END):
        def day():
            return dt.date(y, m, rnd.randint(1, 28))
        # falls 60+ (project P3): slightly declining
        nfall = rnd.choice([3, 3, 4]) if (y, m) < (2024, 10) else rnd.choice([2, 2, 3, 3])
        for _ in range(nfall):
            out.append(dict(d=day(), sex=rnd.choice("男女女"), age=rnd.randint(61, 92),
                            place=rnd.choice(places_home), cause="跌倒/坠落", nature="挫伤/擦伤" if rnd.random() < .6 else "骨折",
                            sev=rnd.choice(["轻度", "轻度", "中度"]), kind="fall60"))
        # garage traffic (P6)
        if rnd.random() < (0.55 if (y, m) < (2024, 10) else 0.2):
            out.append(dict(d=day(), sex=rnd.choice("男女"), age=rnd.randint(8, 70), place="公共居住场所（地下车库）",
                            cause="道路交通伤害", nature="挫伤/擦伤", sev="轻度", kind="garage"))
        for _ in range(rnd.randint(3, 6)):
            c = rnd.choice(["动物伤（犬咬）", "钝器伤（碰撞）", "刀/锐器伤", "烧烫伤", "道路交通伤害", "跌倒/坠落", "其他"])
            age = rnd.randint(2, 59) if c == "跌倒/坠落" else rnd.randint(2, 85)
            pl = {"道路交通伤害": "道路（望湖大道、云汀路）", "烧烫伤": "家中"}.get(c, rnd.choice(
                places_home + ["学校", "商业场所（云汀里商业街）", "体育和运动场所"]))
            out.append(dict(d=day(), sex=rnd.choice("男女"), age=age, place=pl, cause=c,
                            nature=rnd.choice(["挫伤/擦伤", "切割伤", "扭伤", "烧烫伤"] if c != "烧烫伤" else ["烧烫伤"]),
                            sev=rnd.choice(["轻度", "轻度", "轻度", "中度"]), kind="other"))
    # the garage incident behind the corrective-action record
    out.append(dict(d=dt.date(2025, 8, 3), sex="男", age=7, place="公共居住场所（地下车库）", cause="道路交通伤害",
                    nature="挫伤/擦伤", sev="轻度", kind="garage", note="星河湾畔车库倒车剐蹭"))
    out.sort(key=lambda r: (r["d"], r["age"]))
    for i, r in enumerate(out):
        r["compound"] = R("injc%d" % i).choice(["云汀花园", "云汀花园", "望湖御府", "星河湾畔", "云汀公寓"])
        if r.get("note"):
            r["compound"] = "星河湾畔"
    return out


def inj_count(rows, a, b, kind=None):
    return sum(1 for r in rows if D(a) <= r["d"] <= D(b) and (kind is None or r["kind"] == kind))


HAZ_KINDS = [
    ("楼道堆放纸箱、杂物", "楼道堆物", "一般"),
    ("电动车推入电梯/楼道停放", "电动车", "一般"),
    ("楼道插座飞线为电动车充电", "电动车", "一般"),
    ("消防车通道被私家车占用", "消防通道", "一般"),
    ("常闭防火门被木楔顶开", "防火门", "一般"),
    ("消火栓箱内水带缺失", "消防设施", "一般"),
    ("应急照明灯不亮", "消防设施", "一般"),
    ("地下车库减速带破损", "车库交通", "一般"),
    ("地下车库转角凸面镜缺失", "车库交通", "一般"),
    ("儿童游乐设施螺丝松动", "公共设施", "一般"),
    ("餐饮店燃气软管超过使用年限", "燃气", "较大"),
    ("餐饮店未安装燃气泄漏报警器", "燃气", "较大"),
    ("空调外机支架锈蚀", "高空坠物", "较大"),
    ("油烟管道油污积聚", "燃气", "一般"),
]
PLACES = {"云汀花园": 18, "望湖御府": 12, "星河湾畔": 7, "云汀公寓": 2}
OPEN_HAZ = [  # G3: overdue at 2026-03-31 (rule 一般7日/较大30日) + two still within their deadline
    dict(d=dt.datetime(2025, 12, 18, 10, 12), place="云汀花园15栋", cat="高空坠物",
         desc="15栋西侧外墙瓷砖空鼓，局部脱落，下方为儿童游乐区", lvl="较大", unit="嘉悦物业云汀花园项目部",
         state="处理中", memo="已拉警戒线，维修基金使用待业主表决", overdue=True),
    dict(d=dt.datetime(2026, 1, 22, 15, 40), place="云汀里商业街B区12号“川香阁”", cat="燃气",
         desc="燃气软管老化开裂，未安装燃气泄漏报警器", lvl="较大", unit="云汀里商户联合会、望湖市场监管所",
         state="处理中", memo="商户停业转让，待新经营者整改", overdue=True),
    dict(d=dt.datetime(2026, 2, 10, 20, 5), place="望湖御府3栋负一层", cat="电动车",
         desc="楼道插座飞线为电动车充电，插线板放在地面", lvl="一般", unit="万联物业望湖御府服务中心",
         state="处理中", memo="已口头劝导，住户未拆除", overdue=True),
    dict(d=dt.datetime(2026, 3, 5, 9, 30), place="星河湾畔7栋17层", cat="防火门",
         desc="常闭防火门闭门器损坏，门无法自行关闭", lvl="一般", unit="锦华物业星河湾畔项目部",
         state="待处理", memo="", overdue=True),
    dict(d=dt.datetime(2026, 3, 16, 14, 20), place="望湖御府地下车库B区消防水泵房", cat="消防设施",
         desc="消防水泵房顶板渗水，配电箱下方有积水", lvl="较大", unit="万联物业望湖御府服务中心",
         state="处理中", memo="已报维保单位，计划4月初施工", overdue=False),
    dict(d=dt.datetime(2026, 3, 27, 11, 5), place="云汀花园2栋一楼大堂", cat="楼道堆物",
         desc="大堂消防通道旁堆放快递纸箱", lvl="一般", unit="嘉悦物业云汀花园项目部",
         state="待处理", memo="", overdue=False),
]


def make_hazards():
    rnd = R("haz")
    rows = []
    for (y, m) in months(PERIOD[0], PERIOD[1]):
        pd = dt.date(y, m, rnd.randint(8, 16))
        for k in range(rnd.randint(4, 7)):
            rows.append(_haz(rnd, pd, "月度巡查", k))
        for k in range(rnd.randint(1, 3)):
            rows.append(_haz(rnd, dt.date(y, m, rnd.randint(1, 28)), "日常随手拍", k))
        if m in (1, 9) or (y, m) in ((2024, 5), (2025, 5)):
            rows.append(_haz(rnd, dt.date(y, m, min(28, pd.day + 10)), "专项检查（节前/汛前）", 0))
    cap = dt.datetime(2026, 3, 31, 15, 0)
    for r in rows:
        if r["done"] > cap:
            r["done"] = max(r["d"] + dt.timedelta(hours=3), cap - dt.timedelta(hours=r["d"].hour % 5))
    for o in OPEN_HAZ:
        r = dict(o)
        r["src"] = "日常随手拍" if o["cat"] != "燃气" else "月度巡查"
        r["due"] = o["d"].date() + days(30 if o["lvl"] == "较大" else 7)
        r["done"] = None
        r["who"] = GRID_STAFF[rnd.randrange(5)]
        rows.append(r)
    rows.sort(key=lambda r: r["d"])
    return rows


def _haz(rnd, day, src, k):
    desc, cat, lvl = rnd.choice(HAZ_KINDS)
    if cat == "燃气":
        place = f"云汀里商业街{rnd.choice('ABC')}区{rnd.randint(1, 30)}号"
        unit = "云汀里商户联合会"
    else:
        comp = rnd.choice(list(PLACES))
        place = f"{comp}{rnd.randint(1, PLACES[comp])}栋" + (f"{rnd.randint(1, 32)}层" if cat in ("楼道堆物", "防火门", "电动车") else "")
        if cat == "车库交通":
            place = f"{comp}地下车库{rnd.choice('ABCD')}区"
        unit = [c[1] for c in COMPOUNDS if c[0] == comp][0]
    t = dt.datetime.combine(day, dt.time(rnd.randint(8, 19), rnd.randint(0, 59), rnd.randint(0, 59)))
    lim = 30 if lvl == "较大" else 7
    fix = rnd.randint(1, lim - 1 if lvl == "一般" else 22)
    done = t + dt.timedelta(days=fix, hours=rnd.randint(0, 5))
    return dict(d=t, place=place, cat=cat, desc=desc, lvl=lvl, unit=unit, state="已办结", memo="",
                src=src, due=day + days(lim), done=done, who=GRID_STAFF[rnd.randrange(5)], overdue=False)


def fmt_mixed(rnd, d):
    c = rnd.random()
    if c < 0.4:
        return d                       # Excel date cell
    if c < 0.7:
        return slash(d)
    return zh(d)


def make_visits(year):
    """household inspections: 2024 (企业微信表单) / 2025 (网格通平台 rows)"""
    rnd = R("visit%d" % year)
    out = []
    start, end = (dt.date(2024, 9, 2), dt.date(2024, 11, 28)) if year == 2024 else (dt.date(2025, 4, 7), dt.date(2025, 11, 21))
    span = (end - start).days
    n_old, n_shop = (82, 54) if year == 2024 else (88, 51)
    for i in range(n_old + n_shop):
        d = start + days(rnd.randint(0, span))
        if d.weekday() >= 5:
            d -= days(2)
        if i < n_old:
            comp = rnd.choice(["云汀花园", "云汀花园", "望湖御府", "星河湾畔", "云汀公寓"])
            addr = f"{comp}{rnd.randint(1, PLACES[comp])}栋{rnd.randint(1, 3)}单元{rnd.randint(2, 32):02d}0{rnd.randint(1, 4)}"
            typ = rnd.choice(["独居老人", "独居老人", "高龄老人（80岁以上）", "空巢老人"])
            prob = rnd.choice(["无", "无", "无", "卫生间无扶手", "燃气灶无熄火保护", "插线板老化", "夜间通道无照明"])
        else:
            addr = f"云汀里商业街{rnd.choice('ABC')}区{rnd.randint(1, 30)}号"
            typ = rnd.choice(["餐饮商户（管道燃气）", "餐饮商户（瓶装液化气B类）", "餐饮商户（瓶装液化气C类）"])
            prob = rnd.choice(["无", "无", "软管超期", "报警器未通电", "气瓶未固定", "油烟管道未清洗"])
        g = rnd.randrange(5)
        out.append(dict(d=dt.datetime.combine(d, dt.time(rnd.randint(9, 17), rnd.randint(0, 59))), addr=addr, typ=typ,
                        owner=masked(rnd), prob=prob, grid=GRIDS[g], staff=GRID_STAFF[g]))
    out.sort(key=lambda r: r["d"])
    return out


# ================================================================ platform exports
P = "平台导出/"
P_HAZ = P + "钉钉_隐患随手拍_导出_20260331.xlsx"
P_GRID = P + "网格通平台_事件导出_2025年1-12月.xlsx"
P_INJ = P + "伤害监测报告卡_导出（云汀服务站）.xlsx"
P_VIS24 = P + "企业微信_入户安全检查表单_2024.xlsx"


def build_platform(haz, inj, vis24, vis25):
    rnd = R("plat")
    # ---- 钉钉 hazards
    rows = []
    for i, h in enumerate(haz):
        no = h["d"].strftime("%Y%m%d%H%M") + "%06d" % (100000 + i * 37)
        done = h["done"]
        r2 = R("hz%d" % i)
        done_s = "" if done is None else (done if r2.random() < 0.5 else done.strftime("%Y-%m-%d %H:%M"))
        rows.append([no, f"{h['who']}提交的隐患随手拍", "已完成" if done else "审批中", "同意" if done else "",
                     h["d"].strftime("%Y-%m-%d %H:%M:%S"), h["who"], GRIDS[GRID_STAFF.index(h["who"])], h["src"],
                     h["place"], h["cat"], h["desc"], h["lvl"], h["unit"], fmt_mixed(r2, h["due"]),
                     h["state"], done_s, h["who"] if done else "", "已复查，整改到位" if done else h.get("memo", ""),
                     r2.randint(1, 4)])
    xlsx(P_HAZ, "2026-03-31", [
        {"name": "隐患随手拍", "header": ["审批编号", "标题", "审批状态", "审批结果", "发起时间", "发起人", "发起人部门",
                                        "上报类型", "隐患位置", "隐患类别", "隐患描述", "隐患等级", "整改责任单位", "整改期限",
                                        "处理状态", "办结时间", "复查人", "复查意见/备注", "图片数"],
         "rows": rows, "widths": [22, 22, 10, 8, 20, 8, 22, 14, 26, 10, 34, 8, 26, 14, 10, 18, 8, 28, 7]},
        {"name": "导出说明", "header": ["项目", "内容"], "rows": [
            ["导出时间", "2026-03-31 17:22"], ["导出人", CLERK], ["表单", "云汀社区·隐患随手拍（钉钉审批）"],
            ["数据范围", "2024-04-01 至 2026-03-31 全部审批单"], ["说明", "整改期限字段为手工填写，格式不统一"]]}])
    reg(P_HAZ, f"钉钉“隐患随手拍”审批导出（{len(rows)}条，2024.4—2026.3，每月月度巡查；整改期限格式混杂；4条逾期未办结）",
        [8], [11, 3], "2026-03-31", "钉钉导出", "月度巡查和日常隐患上报、整改、复查")

    # ---- 2024 household inspections (企业微信)
    rows = []
    for v in vis24:
        rows.append([v["d"].strftime("%Y/%m/%d %H:%M"), v["staff"], v["grid"], v["addr"], v["typ"], v["owner"],
                     "正常" if "燃气" not in v["prob"] and "软管" not in v["prob"] and "气瓶" not in v["prob"] else "存在问题",
                     "正常" if "插线" not in v["prob"] else "存在问题", v["prob"],
                     "现场告知并指导整改" if v["prob"] != "无" else "", "是" if v["prob"] != "无" else "否"])
    xlsx(P_VIS24, "2024-12-02", [
        {"name": "表单数据", "header": ["提交时间", "提交者", "所属网格", "门牌/商铺", "检查对象类型", "户主/负责人", "燃气",
                                       "用电", "发现问题", "现场处理", "是否需复查"],
         "rows": rows, "widths": [18, 8, 24, 30, 22, 10, 8, 8, 18, 18, 10]}])
    reg(P_VIS24, f"企业微信表单导出：2024年入户安全检查（{len(rows)}户：独居高龄老人82户、餐饮商户54家）",
        [8], [5, 3], "2024-12-02", "企业微信导出", "")

    # ---- 2025 grid platform (一网三库/网格通) — household inspections only exist here (trap T2)
    ev = []
    for v in vis25:
        ev.append((v["d"], v["grid"], v["staff"], "网格员巡查", "入户走访", "入户安全检查", v["addr"],
                   f"{v['typ']}入户安全检查（燃气、用电、防跌倒），户主{v['owner']}，发现问题：{v['prob']}",
                   "已办结", v["d"] + dt.timedelta(hours=1)))
    other = [("矛盾纠纷", "邻里纠纷", "楼上漏水引发纠纷"), ("民生服务", "证明开具", "居民办理居住证明"),
             ("安全隐患", "消防安全", "楼道电动车停放，已劝离"), ("环境卫生", "垃圾堆放", "垃圾分类点满溢"),
             ("安全隐患", "燃气安全", "商户气瓶露天存放，已督促入柜"), ("城市管理", "占道经营", "商业街外摆"),
             ("民生服务", "特殊人群关爱", "独居老人电话回访"), ("安全隐患", "高空坠物", "阳台花盆放置外沿，已劝导")]
    for (y, m) in months(dt.date(2025, 1, 1), dt.date(2025, 12, 31)):
        for _ in range(rnd.randint(10, 16)):
            a, b, c = rnd.choice(other)
            g = rnd.randrange(5)
            t = dt.datetime(y, m, rnd.randint(1, 28), rnd.randint(8, 18), rnd.randint(0, 59))
            ev.append((t, GRIDS[g], GRID_STAFF[g], rnd.choice(["网格员巡查", "居民上报", "部门流转"]), a, b,
                       rnd.choice(list(PLACES)), c, "已办结", t + dt.timedelta(days=rnd.randint(0, 4), hours=2)))
    ev.sort(key=lambda e: e[0])
    rows = [[f"WH-YT-2025-{i + 1:06d}", e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8],
             e[9].strftime("%Y-%m-%d %H:%M:%S"), rnd.choice(["满意", "满意", "基本满意", ""])] for i, e in enumerate(ev)]
    xlsx(P_GRID, "2026-01-08", [
        {"name": "事件列表", "title": "临澄市基层治理网格化平台（网格通）事件导出  云汀社区  2025-01-01至2025-12-31",
         "header": ["事件编号", "上报时间", "所属网格", "网格员", "事件来源", "事件大类", "事件小类", "事件地址", "事件描述",
                    "办理状态", "办结时间", "评价"],
         "rows": rows, "widths": [20, 18, 24, 8, 12, 10, 14, 28, 60, 10, 20, 8]}])
    reg(P_GRID, f"网格通平台事件导出2025（{len(rows)}条；其中“入户走访—入户安全检查”{len(vis25)}条＝2025年入户安全检查只在此处）",
        [8], [2, 3, 5], "2026-01-08", "网格平台导出", "2025年入户安全检查的唯一记录")

    # ---- injury register export (stops 2025-09-30: G4)
    rows = []
    for i, r in enumerate(inj):
        rr = R("ir%d" % i)
        t = dt.datetime.combine(r["d"], dt.time(rr.randint(6, 21), rr.randint(0, 59)))
        vis = r["d"] if r["d"].year == 2024 else dots(r["d"])
        rows.append([i + 1, f"YT{r['d'].strftime('%Y%m')}{i + 1:04d}", vis, masked(rr), r["sex"], r["age"], r["compound"],
                     t.strftime("%Y-%m-%d %H:%M"), r["place"], r["cause"], "非故意", r["nature"], r["sev"],
                     rr.choice(["治愈", "好转", "好转", "转诊"]), rr.choice([CLINIC_HEAD, "严冬梅", "严冬梅"])])
    xlsx(P_INJ, "2025-10-09", [
        {"name": "伤害监测报告卡", "header": ["序号", "报告卡编号", "就诊日期", "姓名", "性别", "年龄", "现住小区",
                                            "伤害发生时间", "伤害发生地点", "伤害原因", "伤害意图", "伤害性质", "严重程度",
                                            "结局", "填报人"],
         "rows": rows, "widths": [6, 16, 12, 8, 6, 6, 10, 18, 28, 16, 8, 10, 8, 6, 8]},
        {"name": "导出信息", "header": ["项目", "内容"], "rows": [
            ["导出时间", "2025-10-09 10:05"], ["数据范围", "2024-04-01 至 2025-09-30"], ["导出单位", CLINIC],
            ["备注", "服务站10月起启用区级伤害监测信息系统，本表为原系统最后一次导出"]]}])
    reg(P_INJ, f"伤害监测报告卡导出（{len(rows)}例，2024-04-01至2025-09-30；2025年10月起没有任何登记）",
        [9], [3], "2025-10-09", "服务站系统导出", "")

    # ---- 一网三库 update log
    lines = []
    for q, (y, m) in enumerate(months(dt.date(2024, 4, 1), dt.date(2026, 3, 1))[::3]):
        d = dt.date(y, m, 1) + days(rnd.randint(60, 85))
        for lib, n in (("安全社区网页（云汀社区公众号菜单）", rnd.randint(4, 12)), ("人口综合信息库", rnd.randint(120, 480)),
                       ("社会单位信息库", rnd.randint(3, 20)), ("环境和市政设施信息库", rnd.randint(5, 40))):
            lines.append([f"{y}年第{(m - 1) // 3 + 1}季度", iso(d), lib, n, rnd.choice(GRID_STAFF + [CLERK])])
    csvfile(P + "一网三库_数据更新日志.csv", ["季度", "更新日期", "数据库", "更新条数", "操作人"], lines)
    reg(P + "一网三库_数据更新日志.csv", "一网三库数据更新日志（UTF-8 BOM CSV，2024年二季度至2026年一季度每季度一次）",
        [2], [3, 10], "2026-03-24", "网格平台导出", "")

    # ---- 居民安全诉求 (企业微信表单)
    asks = ["楼道有人给电动车充电", "车库出口视线差，差点撞到小孩", "商业街烧烤店油烟大担心着火", "小区儿童滑梯有毛刺",
            "窗户限位器什么时候能装", "高层外墙瓷砖掉落", "消防通道晚上停满车", "老人想申请卫生间扶手",
            "楼上花盆放在窗台外", "电梯里有人推电动车", "烟感报警器误报", "学校门口家长乱停车"]
    rows = []
    for (y, m) in months(dt.date(2024, 5, 1), dt.date(2026, 3, 1)):
        for _ in range(rnd.randint(1, 3)):
            d = dt.date(y, m, rnd.randint(1, 20 if (y, m) == (2026, 3) else 26))
            rd = workdays_after(d, rnd.randint(1, 5))
            rows.append([f"{d.strftime('%Y-%m-%d')} {rnd.randint(8, 22):02d}:{rnd.randint(0, 59):02d}", masked(rnd),
                         rnd.choice(list(PLACES)), rnd.choice(asks), "已答复", iso(rd), CLERK if rnd.random() < .6 else rnd.choice(GRID_STAFF),
                         rnd.choice(["已转物业处理", "已现场核实并整改", "已纳入项目计划", "已电话解释"])])
    csvfile(P + "企业微信_居民安全诉求_导出.csv", ["提交时间", "提交人", "小区", "诉求内容", "状态", "答复日期", "答复人", "处理结果"], rows)
    reg(P + "企业微信_居民安全诉求_导出.csv", f"企业微信“居民安全诉求”表单导出（{len(rows)}条，均在5个工作日内答复）",
        [2], [3], "2026-03-30", "企业微信导出", "")

    # ---- 志愿汇 activities
    acts = ["楼道堆物巡查", "电动车安全劝导", "独居老人探访", "护学岗值守", "防诈骗防火宣传", "车库安全提示", "防跌倒入户指导"]
    rows = [[dt.date(2024, 4, 27), "防灾减灾日宣传物资准备（楼栋长志愿者）", "云汀社区党群服务中心", 14, 3.0, "已结项"]]
    for (y, m) in months(dt.date(2024, 5, 1), dt.date(2026, 3, 1)):
        for _ in range(rnd.randint(1, 3)):
            rows.append([dt.date(y, m, rnd.randint(1, 28)), rnd.choice(acts), rnd.choice(list(PLACES) + ["云汀里商业街", SCHOOL]),
                         rnd.randint(6, 28), rnd.choice([2.0, 2.5, 3.0, 4.0]), "已结项"])
    rows.sort(key=lambda r: r[0])
    xlsx(P + "志愿汇_云汀守护志愿服务队_活动记录.xlsx", "2026-03-28", [
        {"name": "活动记录", "header": ["活动日期", "活动名称", "活动地点", "参与人数", "时长（小时）", "状态"],
         "rows": rows, "widths": [12, 36, 24, 10, 12, 8]}])
    reg(P + "志愿汇_云汀守护志愿服务队_活动记录.xlsx", f"志愿汇平台导出：云汀守护志愿服务队活动记录（{len(rows)}次，每月至少一次）",
        [2], [6], "2026-03-28", "志愿汇导出", "")


# ================================================================ WeChat exports
W = "微信导出/"
W_BLD24 = W + "楼栋长工作群_聊天记录_2024.txt"
W_BLD25 = W + "楼栋长工作群_聊天记录_2025.txt"
W_COMM = W + "促进委员会工作群_聊天记录.txt"
W_VOL = W + "云汀守护志愿者群_聊天记录.txt"
LEADERS = ["云汀花园1栋 王建华", "云汀花园8栋 李秀英", "云汀花园15栋 陈国平", "望湖御府3栋 刘芳", "望湖御府9栋 张德明",
           "星河湾畔2栋 黄丽", "星河湾畔7栋 周志刚", "云汀公寓A栋 吴婷", "嘉悦物业 赵磊", "万联物业 钱文静", "锦华物业 孙浩"]


def chat(path, group, exported, msgs, encoding="utf-8", members=0):
    head = (f"微信群聊「{group}」聊天记录\n群成员：{members}人\n导出工具：微信聊天记录导出（txt）\n"
            f"导出时间：{exported}\n共 {len(msgs)} 条消息\n" + "=" * 40 + "\n\n")
    body = []
    for t, who, msg in sorted(msgs, key=lambda m: m[0]):
        body.append(f"{t.strftime('%Y-%m-%d %H:%M:%S')}  {who}\n{msg}\n")
    text(path, head + "\n".join(body), encoding, crlf=(encoding != "utf-8"))


def patrol_msgs(rnd, haz, y0m0, y1m1):
    msgs = []
    pdays = {}
    for h in haz:
        if h["src"] == "月度巡查":
            pdays.setdefault((h["d"].year, h["d"].month), h["d"].date())
    for (y, m) in months(y0m0, y1m1):
        pd = pdays.get((y, m))
        if not pd:
            continue
        note = dt.datetime.combine(pd - days(2), dt.time(9, rnd.randint(0, 40)))
        msgs.append((note, f"{CLERK}（社区安全专干）",
                     f"@所有人 【{m}月月度安全巡查通知】{pd.month}月{pd.day}日开展本月安全巡查，请各楼栋长会同物业、网格员重点查看："
                     "楼道堆物、电动车入户和飞线充电、消防通道、常闭防火门、地下车库。发现隐患用钉钉“隐患随手拍”上报，一般隐患7天内整改。"))
        for k in rnd.sample(range(len(LEADERS)), 3):
            msgs.append((note + dt.timedelta(minutes=rnd.randint(2, 90)), LEADERS[k], rnd.choice(["收到", "收到👌", "好的，收到"])))
        t = dt.datetime.combine(pd, dt.time(rnd.randint(15, 18), rnd.randint(0, 59)))
        msgs.append((t, rnd.choice(LEADERS[:8]), "[图片]"))
        msgs.append((t + dt.timedelta(minutes=1), rnd.choice(LEADERS[:8]),
                     rnd.choice(["本栋巡查完毕，2处纸箱已清理", "发现1处飞线充电，已上报钉钉", "消防通道有车，已联系物业挪车",
                                 "防火门又被顶开了，已关上并贴了提示", "本栋无异常"])))
    return msgs


def build_chats(haz, vis25):
    n_jul = sum(1 for v in vis25 if v["d"].date() <= dt.date(2025, 7, 9))
    n_q2 = sum(1 for h in haz if dt.date(2025, 4, 1) <= h["d"].date() <= dt.date(2025, 6, 30))
    rnd = R("chat")
    # ---- 楼栋长工作群 2024 (UTF-8)
    m = patrol_msgs(rnd, haz, dt.date(2024, 4, 1), dt.date(2024, 12, 31))
    m += [
        (dt.datetime(2024, 4, 2, 10, 5), f"{SEC}（社区书记）", "@所有人 各位楼栋长，社区本月启动安全社区创建，4月12日下午两点半在党群服务中心三楼召开启动大会，请每个小区至少派3名楼栋长参加。"),
        (dt.datetime(2024, 4, 12, 14, 31), f"{CLERK}（社区安全专干）", "[图片]"),
        (dt.datetime(2024, 4, 12, 14, 32), f"{CLERK}（社区安全专干）", "启动大会现场，原图IMG_20240412_143015已存社区电脑“2024年资料”。"),
        (dt.datetime(2024, 4, 16, 19, 20), f"{CLERK}（社区安全专干）", "问卷星“云汀社区居民安全需求调查”链接：https://www.wjx.cn/vm/yt2024aq.aspx 请转发到各楼栋业主群，4月30日截止。"),
        (dt.datetime(2024, 6, 17, 16, 0), f"{CLERK}（社区安全专干）", "@所有人 明天（6月18日）上午9:00云汀花园8栋高层火灾疏散演练，8栋、9栋楼栋长请提前到各层敲门提醒，演练时电梯停用。"),
        (dt.datetime(2024, 6, 18, 9, 31), "云汀花园8栋 李秀英", "[图片]"),
        (dt.datetime(2024, 6, 18, 9, 32), "云汀花园8栋 李秀英", "8栋疏散到集合点了，清点人数中"),
        (dt.datetime(2024, 6, 18, 9, 40), f"{CLERK}（社区安全专干）", "收到，李阿姨这张（微信图片_20240618093012）留档。"),
        (dt.datetime(2024, 9, 1, 20, 10), f"{CLERK}（社区安全专干）", "@所有人 9月—11月开展独居、高龄老人和商业街餐饮商户入户安全检查，网格员用企业微信“入户安全检查”表单录入，楼栋长协助带路。"),
        (dt.datetime(2024, 11, 28, 17, 45), f"{CLERK}（社区安全专干）", "入户检查全部完成，企业微信表单共录入136户，谢谢大家！"),
    ]
    chat(W_BLD24, "云汀社区楼栋长工作群", "2025-01-06 09:14", m, "utf-8", 47)
    reg(W_BLD24, "微信群聊天记录导出：楼栋长工作群2024年（UTF-8；月度巡查通知、启动大会、6月疏散演练、入户检查通知，含[图片]）",
        [8], [2, 7, 6, 1], "2025-01-06", "微信导出", "IMG_20240412_143015、微信图片_20240618093012 的说明在此")

    # ---- 楼栋长工作群 2025 (GBK)
    m = patrol_msgs(rnd, haz, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    m += [
        (dt.datetime(2025, 3, 12, 10, 16), "星河湾畔2栋 黄丽", "[图片]"),
        (dt.datetime(2025, 3, 12, 10, 17), "星河湾畔2栋 黄丽", "2栋3层消火栓箱里水带没了，已在钉钉上报"),
        (dt.datetime(2025, 3, 12, 10, 30), f"{CLERK}（社区安全专干）", "收到，照片（IMG_20250312_101530）转给锦华物业，7天内配齐。"),
        (dt.datetime(2025, 4, 3, 9, 0), f"{CLERK}（社区安全专干）", "@所有人 今年入户安全检查改在网格通APP录入，事件大类选“入户走访”、小类选“入户安全检查”，不再用企业微信表单。4月起陆续开展，11月底前完成。"),
        (dt.datetime(2025, 5, 9, 15, 20), f"{CLERK}（社区安全专干）", "@所有人 原定5月16日望湖御府高层疏散演练，因御府消防水泵房改造、消防系统停用，暂缓，时间另行通知。"),
        (dt.datetime(2025, 9, 10, 11, 0), f"{CLERK}（社区安全专干）", "@所有人 9月12日下午3点防台防汛应急演练，地点云汀花园南门地下车库入口，请各小区楼栋长协助组织居民观摩。"),
        (dt.datetime(2025, 11, 5, 17, 30), f"{CLERK}（社区安全专干）", "明天上午实验小学云汀校区地震疏散演练，护学岗志愿者8点到校门口维持秩序。"),
        (dt.datetime(2025, 11, 21, 18, 2), f"{CLERK}（社区安全专干）", "今年网格通入户安全检查录入139户，全部完成。"),
    ]
    m = [(t, w, s.replace("👌", "[OK]")) for t, w, s in m]
    for t, w, s in m:
        s.encode("gbk")
    chat(W_BLD25, "云汀社区楼栋长工作群", "2026-01-05 16:40", m, "gbk", 49)
    reg(W_BLD25, "微信群聊天记录导出：楼栋长工作群2025年（GBK编码；月度巡查通知、入户检查改网格通录入、5月演练暂缓）",
        [8], [2, 7, 6], "2026-01-05", "微信导出", "GBK编码；IMG_20250312_101530 的说明在此")

    # ---- 促进委员会工作群 (UTF-8) — includes the 2025-07-09 minutes post (trap T3)
    c = f"{CLERK}（促进委员会办公室）"
    minutes5 = ("【会议纪要】云汀社区安全社区创建促进委员会第五次全体会议纪要\n"
                "时间：2025年7月9日15:00—16:40\n地点：云汀社区党群服务中心三楼会议室\n主持：林海涛\n"
                "出席：林海涛、沈佳怡、顾明、马骏、彭国强、邓超、宋丽华、蒋涛、陆晓红、韩雪、赵磊、钱文静、孙浩、吴志强、冯雅琴，列席：许文博、周敏（共17人）\n"
                "一、听取办公室二季度工作汇报：4月完成危险源辨识清单复核；钉钉隐患随手拍二季度上报" + str(n_q2) + "条，全部办结；网格通入户安全检查已完成" + str(n_jul) + "户；5月参加全省安全社区建设推进会并作交流发言。\n"
                "二、各项目组汇报：电动车项目二期充电棚3处已完工；窗户限位器累计安装520户；车库减速带、凸面镜改造完成望湖御府和星河湾畔。\n"
                "三、存在问题：上半年原定5月的高层火灾疏散演练因望湖御府消防水泵房改造未能组织，上半年没有开展演练；商业街餐饮商户集中培训因商业街外立面改造、商户变动大，尚未组织。\n"
                "四、议定事项：1. 9月中旬组织防台防汛应急演练，11月配合实验小学开展地震疏散演练；2. 商户燃气安全培训待商业街改造完成后组织；3. 儿童防坠落项目年底前完成800户安装；4. 下次全体会议10月中旬召开。\n"
                "（本纪要经林海涛主任审定，在本群发布即为印发，请各成员单位落实。）")
    m = [
        (dt.datetime(2024, 4, 8, 17, 2), c, "各位委员好，街道《关于成立云汀社区安全社区创建促进委员会的通知》（望湖街发〔2024〕18号）已印发，本群用于促进委员会会议通知和工作通报。"),
        (dt.datetime(2024, 4, 9, 9, 15), c, "@所有人 4月12日（周五）14:30召开启动大会暨促进委员会第一次全体会议，地点党群服务中心三楼，请准时参加。"),
        (dt.datetime(2024, 4, 15, 11, 0), c, "第一次全体会议纪要已发各位邮箱，纸质件存档。"),
        (dt.datetime(2024, 7, 5, 10, 20), c, "@所有人 7月10日15:00召开第二次全体会议，议题：审议安全诊断报告和六个项目实施方案，各项目组长准备汇报。"),
        (dt.datetime(2024, 7, 12, 16, 30), c, "第二次全体会议纪要已印发。"),
        (dt.datetime(2024, 10, 10, 9, 40), c, "@所有人 第三次全体会议暂定10月16日召开，请各项目组准备三季度汇报。"),
        (dt.datetime(2024, 10, 14, 18, 5), c, "@所有人 接街道通知，区安全生产大检查组10月16日—18日到望湖街道，原定第三次全体会议延期，时间另行通知。"),
        (dt.datetime(2024, 12, 5, 10, 12), f"{CHAIR}（街道）", "年底事情多，第三次全体会议推迟到明年1月中旬，和年度总结评审一起开。"),
        (dt.datetime(2024, 12, 5, 10, 20), c, "收到，林主任。"),
        (dt.datetime(2025, 1, 13, 9, 0), c, "@所有人 1月16日14:30召开第三次全体会议暨2024年度绩效评审会，会前请审阅群文件《2024年度安全社区工作总结暨绩效评审报告（送审稿）》。"),
        (dt.datetime(2025, 3, 28, 17, 0), c, "2025年度安全目标责任书6家单位已全部签订，谢谢各位支持。"),
        (dt.datetime(2025, 4, 10, 9, 30), c, "@所有人 4月15日15:00召开第四次全体会议。"),
        (dt.datetime(2025, 7, 7, 9, 5), c, "@所有人 7月9日（周三）15:00召开第五次全体会议，议题：上半年工作、项目进展、下半年演练安排。"),
        (dt.datetime(2025, 7, 9, 15, 2), c, "[图片]"),
        (dt.datetime(2025, 7, 9, 20, 18), c, minutes5),
        (dt.datetime(2025, 7, 9, 20, 30), f"{AQB}（街道应急办）", "收到。"),
        (dt.datetime(2025, 7, 10, 8, 40), "宋丽华（市场监管所）", "收到，商户培训我们和商户联合会再商量时间。"),
        (dt.datetime(2025, 10, 9, 9, 10), c, "@所有人 10月14日15:00召开第六次全体会议。"),
        (dt.datetime(2025, 10, 9, 9, 20), f"{CLINIC_HEAD}（服务站）", "我10月起调到中心预防保健科，服务站伤害监测由严冬梅接手，系统也在切换区里的新平台。"),
        (dt.datetime(2026, 1, 9, 14, 0), c, "@所有人 1月13日召开第七次全体会议暨2025年度绩效评审会。"),
        (dt.datetime(2026, 1, 14, 10, 2), c, "严医生，10—12月伤害数据新系统导不出来，麻烦尽快手工补一份汇总表给办公室。"),
        (dt.datetime(2026, 1, 14, 11, 30), "严冬梅（服务站）", "好的，区里系统还在调试，我尽量。"),
        (dt.datetime(2026, 3, 20, 18, 0), c, "@所有人 3月25日召开第八次全体会议，部署自查自评。"),
        (dt.datetime(2026, 3, 26, 9, 0), c, "第八次全体会议纪要已印发（PDF），4项超期隐患请责任单位本周内反馈。"),
    ]
    chat(W_COMM, "云汀社区安全创建促进委员会工作群", "2026-03-31 16:50", m, "utf-8", 21)
    reg(W_COMM, "微信群聊天记录导出：促进委员会工作群（会议通知；2024年四季度会议延期至次年1月；含2025-07-09第五次全体会议纪要全文）",
        [1], [2, 5, 7, 9, 11], "2026-03-31", "微信导出", "第五次全体会议纪要只在本群发布")

    # ---- volunteers (UTF-8)
    m = [(dt.datetime(2024, 5, 10, 19, 0), "冯雅琴（队长）", "云汀守护志愿服务队今天在志愿汇正式注册，欢迎大家！首批队员41人。")]
    for (y, mm) in months(dt.date(2024, 5, 1), dt.date(2026, 3, 1)):
        d = dt.datetime(y, mm, rnd.randint(1, 25), 20, rnd.randint(0, 59))
        act = rnd.choice(["周六上午楼道堆物巡查", "周三下午独居老人探访", "周一至周五护学岗（7:30—8:10）", "周日电动车安全劝导",
                          "周六防跌倒入户指导（服务站医生带队）"])
        m.append((d, "冯雅琴（队长）", f"【接龙】{act}，需要10人\n1. 冯雅琴\n2. 张**\n3. 李**\n4. 王**"))
        m.append((d + dt.timedelta(minutes=30), "志愿者 " + masked(rnd), "[图片]"))
    m.append((dt.datetime(2025, 5, 12, 21, 0), "冯雅琴（队长）", "服务队成立一周年，队员62人，累计服务3400小时，公众号今天推送了文章。"))
    chat(W_VOL, "云汀守护志愿者群", "2026-03-29 21:10", m, "utf-8", 66)
    reg(W_VOL, "微信群聊天记录导出：云汀守护志愿者群（每月活动接龙，2024.5—2026.3）", [2], [6, 5], "2026-03-29",
        "微信导出", "")


# ================================================================ 公众号 articles
A = "公众号文章/"
A_DRILL24 = A + "20241120_云汀里商业街开展燃气泄漏应急演练.html"


def build_articles():
    arts = [
        ("20240412_云汀社区安全社区创建启动大会召开.html", "安全社区，我们一起建！云汀社区安全社区创建启动大会召开",
         dt.datetime(2024, 4, 12, 19, 30), [
             "4月12日下午，云汀社区安全社区创建启动大会暨促进委员会第一次全体会议在社区党群服务中心三楼召开。望湖街道办事处副主任林海涛，街道应急管理办公室、望湖派出所、望湖消防救援站、高新交警中队、望湖市场监管所、云汀服务站、实验小学云汀校区、三家物业服务企业、商户联合会负责人，以及楼栋长、志愿者代表共56人参加。",
             "会上宣读了《关于成立云汀社区安全社区创建促进委员会的通知》，解读了《云汀社区安全社区创建实施方案》。本次创建周期为2024年4月1日至2026年3月31日，重点围绕高层住宅电动车、商业街燃气、老年人跌倒、儿童坠落、校园周边和地下车库交通等问题开展安全促进。",
             "##扫码参与居民安全需求调查",
             "社区同步上线问卷星“云汀社区居民安全需求调查”，欢迎居民扫码填写，您的意见将作为社区安全诊断的依据。",
         ], [1], [2, 4, 6]),
        ("20240512_防灾减灾日｜安全宣传进楼栋.html", "防灾减灾日｜云汀社区安全宣传走进39个楼栋",
         dt.datetime(2024, 5, 12, 20, 0), [
             "5月12日是第16个全国防灾减灾日。当天上午，云汀社区组织楼栋长、志愿者42人，分成8个小组走进四个小区39个楼栋，张贴高层住宅火灾逃生、电动车安全充电海报，在楼栋大堂摆放宣传展板。",
             "活动共发放宣传资料2600余份，现场讲解覆盖居民约1800人，并在云汀花园中心广场设置了灭火器使用体验点，126名居民现场体验。",
             "社区提醒：高层住宅发生火灾时不要乘坐电梯，要用湿毛巾捂住口鼻沿疏散楼梯向下撤离。",
         ], [6], [2]),
        ("20240910_商业街餐饮商户燃气安全培训.html", "守护“烟火气”！云汀里商业街餐饮商户燃气安全培训开讲",
         dt.datetime(2024, 9, 10, 21, 5), [
             "9月10日下午，云汀社区联合望湖市场监管所、临澄港华燃气公司和云汀里商户联合会，在商业街B区多功能厅举办餐饮商户燃气安全培训。54家餐饮商户的负责人和后厨人员共73人签到参加。",
             "燃气公司技术人员讲解了燃气软管使用年限、燃气泄漏报警器和自动切断阀的作用，市场监管所通报了8月商户ABC分类检查中发现的问题。",
             "培训结束后进行了闭卷测试，合格率95.9%。下一步，社区将督促B类、C类商户限期完成报警器和切断阀安装。",
         ], [6], [5]),
        ("20241120_云汀里商业街开展燃气泄漏应急演练.html", "实战练兵！云汀里商业街开展燃气泄漏应急演练",
         dt.datetime(2024, 11, 20, 20, 30), [
             "11月20日下午14:30，云汀社区联合望湖消防救援站、临澄港华燃气公司抢修队、云汀里商户联合会和嘉悦物业，在云汀里商业街B区开展燃气泄漏应急处置演练，商户、志愿者和居民共86人参加。",
             "演练模拟B区“渝味小馆”后厨燃气软管脱落、燃气泄漏报警器报警。店员第一时间关闭燃气总阀、开窗通风并拨打电话报警；商户联合会微型消防站3分钟到场警戒，物业疏散相邻6家商铺顾客42人；燃气公司抢修队12分钟到场检测堵漏，消防站同步到场监护。整个演练用时28分钟。",
             "##演练点评",
             "演练结束后，消防站彭国强副站长进行点评：处置流程基本规范，但个别店员不会关闭表前阀、疏散时有顾客折返取物。社区将把演练发现的问题纳入商户燃气安全培训内容，并修订商业街燃气泄漏处置流程。",
             "本次演练是社区今年下半年的应急演练，此前6月在云汀花园8栋开展了高层住宅火灾疏散演练。",
         ], [7], [5, 6]),
        ("20250115_消防安全进万家｜冬季消防培训.html", "消防安全进万家｜云汀社区冬季消防安全培训",
         dt.datetime(2025, 1, 15, 19, 45), [
             "1月上旬，云汀社区邀请望湖消防救援站，在三个小区分三场开展冬季消防安全培训，212名居民参加。",
             "消防员讲解了电动自行车电池火灾的特点、家庭灭火器和灭火毯的使用，并带领居民在楼道内实地认识常闭防火门和室内消火栓。",
         ], [6], []),
        ("20250512_云汀守护志愿服务队成立一周年.html", "一年3400小时！云汀守护志愿服务队成立一周年",
         dt.datetime(2025, 5, 12, 20, 10), [
             "2024年5月，云汀社区组建“云汀守护”安全志愿服务队，一年来队员从41人增加到62人，累计开展楼道巡查、电动车劝导、护学岗、独居老人探访等志愿服务3400余小时。",
             "志愿者们参与了每月安全巡查和入户安全检查，护学岗每个上学日早晚两班坚守校门口。",
         ], [2], [6]),
        ("20250611_安全生产月｜电动车安全进小区.html", "安全生产月｜电动自行车安全进小区，6处集中充电棚全部启用",
         dt.datetime(2025, 6, 11, 20, 0), [
             "6月10日晚，云汀社区在望湖御府中心广场举办“电动自行车安全进小区”主题活动，消防站现场演示电动车电池热失控燃烧实验，约300名居民观看。",
             "截至6月，社区电动车集中充电棚6处全部建成启用，共设充电端口480个。",
         ], [6], [5]),
        ("20251209_老年人防跌倒健康讲座.html", "防跌倒，守健康｜云汀服务站为老年人开讲",
         dt.datetime(2025, 12, 9, 18, 30), [
             "12月9日上午，云汀服务站在社区党群服务中心举办老年人防跌倒健康讲座，86名老年居民参加。",
             "医生讲解了居家跌倒的主要原因和平衡训练方法，志愿者现场演示卫生间扶手、防滑垫和夜灯的安装效果。2025年社区已为94户高龄、独居老人家庭完成适老化改造。",
         ], [6], [5]),
    ]
    for name, title, when, paras, el, also in arts:
        html(A + name, title, when, paras, imgs=2)
        reg(A + name, f"微信公众号文章（.html）：{title}", el, also, when.date(), "公众号", "")


# ================================================================ minutes (formal; 2024 Q4 missing, 2025 Q3 only in chat)
def build_minutes(haz, inj, vis25):
    att = "林海涛、沈佳怡、顾明、马骏、彭国强、邓超、宋丽华、蒋涛、陆晓红、韩雪、赵磊、钱文静、孙浩、吴志强、曹海燕、冯雅琴"
    def q(a, b):
        return sum(1 for h in haz if D(a) <= h["d"].date() <= D(b))
    n_apr_sep = sum(1 for v in vis25 if v["d"].date() <= dt.date(2025, 9, 30))
    ms = [
        ("2024-04-12", "第一次全体会议（启动大会）", "docx", [
            "一、宣读望湖街发〔2024〕18号成立通知，林海涛主任作创建动员，明确创建周期为2024年4月1日至2026年3月31日。",
            "二、审议《云汀社区安全社区创建工作制度（草案）》，原则通过，4月20日前由社区印发。",
            "三、部署问卷星居民安全需求调查（4月30日截止）、危险源辨识和社区安全诊断，6月底前形成诊断报告。",
            "议定事项：1. 5月成立六个安全促进项目组；2. 6月组织一次高层住宅火灾疏散演练；3. 下次全体会议7月中旬召开。"]),
        ("2024-07-10", "第二次全体会议", "docx", [
            "一、审议通过《云汀社区安全诊断报告》，确认六个重点问题；追认6月28日印发的六个安全促进项目实施方案。",
            "二、办公室汇报：6月18日云汀花园8栋高层火灾疏散演练参演居民213人，用时6分40秒；4—6月钉钉隐患随手拍上报" + str(q("2024-04-01", "2024-06-30")) + "条，全部办结。",
            "三、各项目组汇报项目启动准备情况。",
            "议定事项：1. 9—11月开展独居高龄老人和餐饮商户入户安全检查（企业微信表单）；2. 11月在商业街组织燃气泄漏应急演练；3. 下次全体会议10月中旬召开。"]),
        ("2025-01-16", "第三次全体会议（暨2024年度绩效评审会）", "docx", [
            "一、说明：原定2024年10月召开的第三次全体会议因区安全生产大检查延期，年底未能召开，2024年四季度工作在本次会议一并汇报。",
            "二、审议通过《2024年度安全社区工作总结暨绩效评审报告》和《2024年度伤害监测分析报告》。",
            "三、审议通过《2025年度安全社区工作计划》。",
            "议定事项：1. 3月底前签订2025年度安全目标责任书；2. 4月完成危险源辨识清单复核；3. 下次全体会议4月中旬召开。"]),
        ("2025-04-15", "第四次全体会议", "docx", [
            "一、办公室汇报一季度工作：1—3月钉钉隐患上报" + str(q("2025-01-01", "2025-03-31")) + "条，全部办结；6家单位年度责任书已签订。",
            "二、启动危险源辨识清单年度复核；入户安全检查今年改用网格通平台录入。",
            "议定事项：1. 5月中旬在望湖御府组织高层住宅火灾疏散演练；2. 5月下旬参加全省安全社区建设推进会；3. 下次全体会议7月上旬召开。"]),
        ("2025-10-14", "第六次全体会议", "docx", [
            "一、落实第五次全体会议议定事项：9月12日防台防汛应急演练已完成，参演112人；网格通入户安全检查4—9月已完成" + str(n_apr_sep) + "户。",
            "二、项目组汇报：窗户限位器累计安装632户（目标800户），部分住户拒装；儿童防坠落项目效果评估推迟至安装完成后进行，其余五个项目12月开展效果评估。",
            "三、服务站汇报：10月起启用区级伤害监测信息系统，原系统数据已导出至9月30日。",
            "议定事项：1. 11月6日配合实验小学开展地震疏散演练；2. 12月完成五个项目效果评估；3. 下次全体会议2026年1月召开。"]),
        ("2026-01-13", "第七次全体会议（暨2025年度绩效评审会）", "docx", [
            "一、审议通过《2025年度安全社区工作总结暨绩效评审报告》《安全促进项目效果评估报告（2025年度）》。",
            "二、服务站汇报：区级系统10—12月数据暂无法导出，《2025年度伤害监测分析报告》数据截至9月30日；会议要求服务站手工补录10—12月伤害数据，保证监测不断档。",
            "三、钉钉逾期隐患：云汀花园15栋外墙瓷砖空鼓（较大隐患，期限1月17日）尚未整改，报街道应急办挂牌督办。",
            "议定事项：1. 审议通过《2026年度安全社区工作计划》；2. 3月组织商户燃气安全培训和地下车库电动车火灾应急演练；3. 3月下旬召开第八次全体会议部署自查。"]),
        ("2026-03-25", "第八次全体会议", "pdf", [
            "一、3月18日商业街餐饮商户燃气安全培训61人参加；3月20日地下车库电动车火灾应急演练完成。",
            "二、钉钉隐患随手拍中4项隐患超过整改期限仍未办结（云汀花园15栋外墙瓷砖、商业街B区12号燃气软管、望湖御府3栋飞线充电、星河湾畔7栋防火门闭门器），责任单位3月底前反馈。",
            "三、伤害数据补录仍在与区系统对接。",
            "四、部署自查自评：4月10日前完成自查报告和50项自评打分，档案员整理材料清单。"]),
    ]
    for d, name, fmt, items in ms:
        title = f"云汀社区安全社区创建促进委员会{name}纪要"
        path = MIN_DIR + f"{d.replace('-', '')}_{name}纪要.{fmt}"
        body = [f"时间：{zh(d)}15:00", "地点：云汀社区党群服务中心三楼会议室", f"主持：{CHAIR}",
                f"出席：{att}；列席：{CLERK}、{ARCH}", ("h", "会议内容")] + items
        sign = [PC + "办公室", zh(workdays_after(D(d), 2))]
        (docx if fmt == "docx" else pdf)(path, workdays_after(D(d), 2), title, body, sign=sign)
        reg(path, f"促进委员会会议纪要：{name}（{d}，{fmt}）", [1], [2, 3, 4, 5, 6, 7, 8, 9, 11, 12], d,
            "正式文件", "")


# ================================================================ E3 diagnosis / risk
Y24, Y25, Y26 = "2024年资料/", "2025年资料/", "2026年资料/"


def build_e3():
    rnd = R("survey")
    pdf(F_DIAG, "2024-06-10", "云汀社区安全诊断报告", [
        ("h", "一、诊断方法和数据来源"),
        "本次诊断采用问卷调查（问卷星，2024年4月16日—30日，有效问卷1032份）、隐患排查（2024年4—5月月度巡查和钉钉随手拍）、伤害数据分析（云汀服务站2023年1—12月伤害监测数据、物业报送、派出所和交警提供的事故数据）、座谈会（4场，楼栋长、物业、商户、学校家长）和专家咨询五种方法。基线年度为2023年1月—12月。",
        ("h", "二、事故与伤害现状（2023年基线）"),
        ("t", [["伤害类型", "例数", "说明"],
               ["跌倒/坠落", "52", "其中60岁以上41例；儿童从飘窗坠落1例（二楼，轻伤）"],
               ["道路交通伤害", "14", "其中地下车库内车辆剐蹭伤人8例"],
               ["动物伤（犬咬）", "13", ""], ["钝器伤", "11", ""], ["刀/锐器伤", "10", ""], ["烧烫伤", "6", ""],
               ["其他", "6", ""], ["合计", "112", "伤害就诊率约5.2‰"]]),
        "2023年辖区发生火灾4起（电动自行车电池起火2起、商业街餐饮厨房油锅起火1起、电气线路1起），无人员死亡。2024年4—5月巡查发现楼道、电梯电动车入户及飞线充电286处。",
        ("h", "三、两高一脆弱分析"),
        "高危人群：独居、高龄老人（186人）、外卖骑手和商业街后厨从业人员；高风险环境：39栋高层住宅（最高33层）、4处地下车库、云汀里商业街54家餐饮店（其中23家使用瓶装液化气）、实验小学校门口路段；脆弱群体：14岁以下儿童3920人、60岁以上老人2380人、残疾人62人。",
        ("h", "四、居民安全需求"),
        "问卷显示居民最关注的安全问题依次为：电动车充电（62.1%）、高空坠物（48.3%）、地下车库交通（41.0%）、商业街燃气（35.6%）、儿童坠落（33.9%）、老人跌倒（31.2%）。居民安全知晓率68.4%，安全满意度81.7%。",
        ("h", "五、确定的重点问题"),
        "（一）高层住宅电动车火灾；（二）商业街餐饮燃气；（三）老年人居家跌倒；（四）校园周边交通；（五）儿童居家坠落；（六）地下车库交通。据此策划六个安全促进项目。",
    ], author=CLERK, sign=[PC + "办公室", "2024年6月10日"])
    reg(F_DIAG, "安全诊断报告PDF（基线2023年1—12月，五种方法，两高一脆弱，六个重点问题）", [3], [9, 4], "2024-06-10",
        "正式文件", "")

    # 问卷星 2024 (download folder)
    opts = ["电动车充电", "高空坠物", "地下车库交通", "商业街燃气", "儿童坠落", "老人跌倒", "消防通道占用", "治安"]
    raw = []
    for i in range(1032):
        t = dt.datetime(2024, 4, 16, 19, 30) + dt.timedelta(minutes=rnd.randint(0, 14 * 24 * 60))
        raw.append([i + 1, t.strftime("%Y/%m/%d %H:%M:%S"), f"{rnd.randint(20, 600)}秒", "微信",
                     rnd.choice(list(PLACES)), rnd.choice(["18-30岁", "31-45岁", "46-60岁", "61岁以上"]),
                     "┋".join(sorted(rnd.sample(opts, rnd.randint(1, 3)), key=opts.index)),
                     rnd.choice(["知道", "知道", "不知道"]), rnd.choice(["非常满意", "满意", "满意", "一般", "不满意"])])
    xlsx(Y24 + "问卷星_云汀社区居民安全需求调查_结果导出.xlsx", "2024-05-02", [
        {"name": "统计", "header": ["选项", "小计", "比例"], "rows": [
            ["电动车充电", 641, "62.1%"], ["高空坠物", 498, "48.3%"], ["地下车库交通", 423, "41.0%"],
            ["商业街燃气", 367, "35.6%"], ["儿童坠落", 350, "33.9%"], ["老人跌倒", 322, "31.2%"],
            ["本题有效填写人次", 1032, ""], ["安全知晓率（第7题“知道”）", "", "68.4%"], ["满意度（满意及以上）", "", "81.7%"]]},
        {"name": "原始数据", "header": ["序号", "提交答卷时间", "所用时间", "来源", "1、您居住的小区", "2、您的年龄段",
                                       "3、您最担心的安全问题（多选）", "7、是否知道高层火灾逃生方法", "9、您对社区安全状况的满意度"],
         "rows": raw}])
    reg(Y24 + "问卷星_云汀社区居民安全需求调查_结果导出.xlsx", "问卷星导出：2024年居民安全需求调查（1032份，统计+原始数据）",
        [3], [2], "2024-05-02", "问卷星下载", "安全诊断的问卷数据")

    lec = [("高层住宅楼道电动车停放及飞线充电", 6, 6, 15), ("商业街餐饮燃气泄漏", 3, 6, 40), ("地下车库人车混行", 6, 6, 7),
           ("老年人居家跌倒", 6, 10, 3), ("儿童从窗户/飘窗坠落", 1, 6, 40), ("外墙瓷砖、空调外机高空坠落", 1, 6, 40),
           ("消防车通道占用", 6, 6, 7), ("常闭防火门常开", 6, 6, 3), ("校门口上下学交通", 6, 10, 3),
           ("商业街油烟管道火灾", 3, 6, 15), ("小区水景池儿童溺水", 1, 6, 15), ("电梯困人", 3, 6, 3),
           ("宠物犬伤人", 6, 6, 3), ("暴雨地下车库进水", 1, 3, 40)]
    rows = [[i + 1, n, l, e, c, l * e * c, "重大风险" if l * e * c > 320 else "较大风险" if l * e * c >= 160 else "一般风险" if l * e * c >= 70 else "低风险",
             rnd.choice(["项目P1", "项目P2", "项目P6", "项目P3", "项目P5", "物业日常管理", "项目P4", "月度巡查"])]
            for i, (n, l, e, c) in enumerate(lec)]
    xlsx(F + "危险源辨识与风险评价清单（2024年）.xlsx", "2024-05-28", [
        {"name": "LEC评价", "title": "云汀社区危险源辨识与风险评价清单（LEC法，2024年5月）",
         "header": ["序号", "危险源/风险点", "L", "E", "C", "D=L×E×C", "风险等级", "管控措施"], "rows": rows,
         "widths": [6, 34, 5, 5, 5, 10, 10, 16]}])
    reg(F + "危险源辨识与风险评价清单（2024年）.xlsx", "危险源辨识与风险评价清单（LEC法，14项）", [3], [8], "2024-05-28",
        "正式文件", "")
    docx(F + "危险源辨识清单年度复核（2025年4月）.docx", "2025-04-25", "云汀社区危险源辨识清单年度复核情况（2025年4月）", [
        "按照工作制度第五项，2025年4月对2024年危险源辨识清单进行年度复核。",
        "复核结论：电动车飞线充电风险值由90降为36（集中充电棚建成3处）；商业街燃气泄漏风险保持较大风险（商业街外立面改造期间施工动火增加）；新增“外立面改造施工高处坠物”1项（L=3，E=6，C=15，D=270，较大风险）；儿童窗户坠落风险维持，限位器安装进度纳入项目P5跟踪。",
        "复核后清单共15项，其中较大风险5项，已报促进委员会第四次全体会议。",
    ], sign=[PC + "办公室", "2025年4月25日"])
    reg(F + "危险源辨识清单年度复核（2025年4月）.docx", "危险源辨识清单年度复核（2025年4月，新增1项）", [3], [8, 12],
        "2025-04-25", "正式文件", "")


# ================================================================ E5 project records, evaluation
def build_e5(inj):
    rnd = R("e5")
    # ABC (2024)
    rows = []
    for i in range(54):
        cls = "A" if i < 31 else "B" if i < 48 else "C"
        rows.append([i + 1, f"云汀里商业街{'ABC'[i % 3]}区{i // 3 + 1}号", masked(rnd), rnd.choice(["川菜", "面馆", "烧烤", "快餐", "火锅", "茶饮"]),
                     "管道燃气" if cls == "A" else "瓶装液化气", cls, "已安装" if cls == "A" else rnd.choice(["未安装", "已安装"]),
                     dt.date(2024, 8, rnd.randint(5, 29))])
    xlsx(Y24 + "云汀里商业街餐饮燃气ABC分类登记.xlsx", "2024-08-30", [
        {"name": "ABC分类", "title": "云汀里商业街餐饮商户燃气安全ABC分类登记（2024年8月）",
         "header": ["序号", "商铺", "负责人", "业态", "用气类型", "分类", "报警器/切断阀", "检查日期"], "rows": rows}])
    reg(Y24 + "云汀里商业街餐饮燃气ABC分类登记.xlsx", "商业街燃气项目：54家餐饮商户ABC分类登记（A31/B17/C6）", [5], [3, 8],
        "2024-08-30", "电脑文件", "")

    # window restrictors (P5) — implementation only, no evaluation
    s24, s25 = [], []
    for i in range(418):
        comp = rnd.choice(["云汀花园", "望湖御府", "星河湾畔", "云汀公寓"])
        s24.append([i + 1, f"{comp}{rnd.randint(1, PLACES[comp])}栋{rnd.randint(5, 33)}层", rnd.randint(1, 4), masked(rnd),
                    dt.date(2024, rnd.randint(8, 12), rnd.randint(1, 28)), rnd.choice(["嘉悦物业", "万联物业", "锦华物业"])])
    for i in range(214):
        comp = rnd.choice(["云汀花园", "望湖御府", "星河湾畔", "云汀公寓"])
        s25.append([i + 1, f"{comp}{rnd.randint(1, PLACES[comp])}栋{rnd.randint(5, 33)}层", rnd.randint(1, 4), masked(rnd),
                    f"2025.{rnd.randint(3, 10)}.{rnd.randint(1, 28)}", rnd.choice(["嘉悦物业", "万联物业", "锦华物业"])])
    hdr = ["序号", "住户", "安装扇数", "户主", "安装日期", "安装单位"]
    xlsx(Y24 + "窗户限位器安装登记（儿童防坠落）.xlsx", "2025-10-31", [
        {"name": "2024年", "header": hdr, "rows": s24}, {"name": "2025年", "header": hdr, "rows": s25},
        {"name": "汇总", "header": ["年度", "户数"], "rows": [["2024年", 418], ["2025年", 214], ["累计", 632], ["目标", 800]]}])
    reg(Y24 + "窗户限位器安装登记（儿童防坠落）.xlsx", "儿童防坠落项目：窗户限位器安装登记（2024年418户、2025年214户，累计632户/目标800户；只有实施记录）",
        [5], [], "2025-10-31", "电脑文件", "存放在2024年资料，含2025年sheet")
    photo(Y24 + "窗户限位器安装现场.jpg", "indoor", "window")
    reg(Y24 + "窗户限位器安装现场.jpg", "照片：窗户限位器安装现场（2024年）", [5], [], "2024-08-20", "手机照片", "")

    # 护学岗 (P4)
    sh = []
    for term, a, b in (("2024秋季学期", dt.date(2024, 9, 2), dt.date(2025, 1, 17)), ("2025春季学期", dt.date(2025, 2, 17), dt.date(2025, 7, 4)),
                       ("2025秋季学期", dt.date(2025, 9, 1), dt.date(2026, 1, 23))):
        rows = []
        d = a
        while d <= b:
            if d.weekday() < 5:
                rows.append([d, "周" + "一二三四五"[d.weekday()], rnd.choice(["邓超（交警）", "辅警 杨帆", "辅警 丁磊"]),
                             f"家长志愿者{rnd.randint(2, 4)}人、云汀守护{rnd.randint(1, 3)}人", rnd.randint(8, 40) if d < dt.date(2025, 3, 1) else rnd.randint(5, 22), "正常"])
            d += days(1)
        sh.append({"name": term, "header": ["日期", "星期", "交警/辅警", "志愿者", "早高峰违停（辆）", "情况"], "rows": rows})
    xlsx(Y24 + "护学岗排班及执勤记录.xlsx", "2026-01-23", sh)
    reg(Y24 + "护学岗排班及执勤记录.xlsx", "校园周边交通项目：护学岗排班及执勤记录（2024秋、2025春、2025秋三个学期sheet）",
        [5], [8], "2026-01-23", "电脑文件", "")

    # 适老化 (P3)
    rows = [[i + 1, masked(rnd), rnd.randint(78, 95), rnd.choice(list(PLACES)), rnd.choice(["扶手+防滑垫", "扶手+夜灯", "淋浴椅+扶手", "防滑地面+夜灯"]),
             dt.date(2025, rnd.randint(3, 11), rnd.randint(1, 28))] for i in range(94)]
    rows0 = [[i + 1, masked(rnd), rnd.randint(78, 95), rnd.choice(list(PLACES)), rnd.choice(["扶手+防滑垫", "扶手+夜灯"]),
              dt.date(2024, rnd.randint(9, 12), rnd.randint(1, 28))] for i in range(62)]
    hdr = ["序号", "老人", "年龄", "小区", "改造内容", "完成日期"]
    xlsx(Y25 + "适老化改造入户登记（2024-2025）.xlsx", "2025-11-30", [
        {"name": "2024年", "header": hdr, "rows": rows0}, {"name": "2025年", "header": hdr, "rows": rows}])
    reg(Y25 + "适老化改造入户登记（2024-2025）.xlsx", "防跌倒项目：适老化改造登记（2024年62户、2025年94户）", [5], [],
        "2025-11-30", "电脑文件", "")

    pdf(Y25 + "电动车集中充电棚建设验收单.pdf", "2025-06-05", "云汀社区电动自行车集中充电棚建设验收单", [
        ("t", [["序号", "位置", "端口数", "建成日期", "验收意见"],
               ["1", "云汀花园北门", "96", "2024-10-18", "合格"], ["2", "云汀花园南区", "80", "2024-11-22", "合格"],
               ["3", "望湖御府东侧", "88", "2024-12-20", "合格"], ["4", "望湖御府西侧", "72", "2025-04-30", "合格"],
               ["5", "星河湾畔南门", "80", "2025-05-28", "合格"], ["6", "云汀公寓", "64", "2025-06-03", "合格"]]),
        "验收单位：望湖街道应急管理办公室、望湖消防救援站、各物业服务企业。",
    ], sign=["2025年6月5日"])
    reg(Y25 + "电动车集中充电棚建设验收单.pdf", "电动车项目：6处集中充电棚建设验收单（PDF）", [5], [], "2025-06-05", "扫描件", "")
    photo(Y25 + "地下车库人车分流改造后.jpg", "garage", "garage")
    reg(Y25 + "地下车库人车分流改造后.jpg", "照片：地下车库人车分流标线、凸面镜改造后", [5], [], "2025-06-20", "手机照片", "")

    # 问卷星 2025 (evaluation survey) csv
    rows = []
    for i in range(860):
        t = dt.datetime(2025, 11, 10, 9, 0) + dt.timedelta(minutes=rnd.randint(0, 12 * 24 * 60))
        rows.append([i + 1, t.strftime("%Y-%m-%d %H:%M:%S"), rnd.choice(list(PLACES)), rnd.choice(["知道", "知道", "知道", "知道", "不知道"]),
                     rnd.choice(["知道", "知道", "知道", "不知道"]), rnd.choice(["非常满意", "满意", "满意", "满意", "一般"])])
    csvfile(Y25 + "问卷星_2025年居民安全知晓率及满意度调查.csv", ["序号", "提交答卷时间", "1、小区", "2、高层火灾逃生方法",
                                                            "3、电动车不得入户充电", "4、对社区安全状况满意度"], rows)
    reg(Y25 + "问卷星_2025年居民安全知晓率及满意度调查.csv", "问卷星导出CSV：2025年居民安全知晓率及满意度调查（860份）",
        [5], [3, 6, 12], "2025-11-24", "问卷星下载", "项目评估用")

    f60_base, f60 = 41, inj_count(inj, "2024-10-01", "2025-09-30", "fall60")
    g_base, g = 8, inj_count(inj, "2024-10-01", "2025-09-30", "garage")
    docx(F_EVAL, "2026-01-09", "云汀社区安全促进项目效果评估报告（2025年度）", [
        "依据各项目实施方案，2025年12月—2026年1月对五个安全促进项目开展效果评估。评估数据来自钉钉隐患随手拍、伤害监测报告卡（2024年10月—2025年9月）、问卷星2025年调查（860份）和项目实施台账。",
        ("h", "一、高层住宅电动车消防安全项目"),
        "6处集中充电棚480个端口全部建成；2025年10—11月巡查发现电动车入户及飞线充电97处，较2024年4—5月基线286处下降66.1%，达到下降60%的目标；创建期内未发生电动车火灾。评价：达到目标。",
        ("h", "二、云汀里商业街餐饮燃气安全项目"),
        "54家餐饮商户ABC分类全覆盖，燃气泄漏报警器和自动切断阀安装54家（100%）；2024年11月燃气泄漏应急演练；创建期内未发生燃气事故。评价：达到目标。",
        ("h", "三、老年人居家防跌倒项目"),
        f"完成适老化改造156户（目标150户）；2024年10月—2025年9月60岁以上居民跌倒就诊{f60}例，较基线{f60_base}例下降{(f60_base - f60) / f60_base:.1%}。评价：{'达到目标' if f60 <= f60_base * 0.8 else '基本达到目标'}。",
        ("h", "四、校园周边交通安全项目"),
        "三个学期护学岗全覆盖；校门口早高峰违停由日均24辆降至13辆；学生上下学交通伤害0起。评价：达到目标。",
        ("h", "五、地下车库交通安全项目"),
        f"四个小区车库减速带、凸面镜、人车分流标线改造完成；2024年10月—2025年9月车库内剐蹭伤人{g}例，较基线{g_base}例下降{(g_base - g) / g_base:.1%}。2025年8月星河湾畔车库儿童剐蹭事件已采取纠正措施。评价：达到目标。",
        ("h", "六、说明"),
        "儿童居家防坠落项目：截至2025年10月累计安装窗户限位器632户（目标800户），因部分住户拒装、安装未完成，本次未开展效果评估，待安装完成后另行评估。",
    ], sign=[PC + "办公室", "2026年1月9日"])
    reg(F_EVAL, "项目效果评估报告2025年度：五个项目（不含儿童居家防坠落项目，报告说明其未评估）", [5], [12, 9], "2026-01-09",
        "正式文件", "")
    return f60, g


# ================================================================ E6 / E7 / E2 / E11
def build_e6_e7_e2_e11():
    rnd = R("e6")
    ev = [  # date, 类别, 活动, 对象, 人数, 记录载体
        ("2024-05-12", "居民宣传", "防灾减灾日安全宣传进楼栋", "居民", 1800, "公众号文章"),
        ("2024-06-16", "居民宣传", "安全生产月高层逃生知识宣传", "居民", 420, "照片"),
        ("2024-07-20", "居民宣传", "暑期儿童防坠落、防溺水宣传", "家长及儿童", 320, "签到表"),
        ("2024-08-20", "集中培训", "物业保安（微型消防站队员）消防技能培训", "三家物业保安", 48, "签到表"),
        ("2024-09-10", "集中培训", "云汀里商业街餐饮商户燃气安全培训", "餐饮商户", 73, "公众号文章、签到表"),
        ("2024-11-09", "居民宣传", "消防宣传月进小区", "居民", 600, "照片"),
        ("2025-01-08", "居民宣传", "冬季消防安全进万家（三场）", "居民", 212, "公众号文章"),
        ("2025-03-15", "居民宣传", "电动车安全充电宣传", "居民", 350, "照片"),
        ("2025-04-22", "集中培训", "物业保安（微型消防站队员）消防技能培训", "三家物业保安", 52, "签到表"),
        ("2025-05-12", "居民宣传", "防灾减灾日宣传", "居民", 1500, "照片"),
        ("2025-06-10", "居民宣传", "电动自行车安全进小区", "居民", 300, "公众号文章"),
        ("2025-07-18", "居民宣传", "暑期儿童防坠落宣传", "家长及儿童", 260, "签到表"),
        ("2025-09-20", "居民宣传", "高空抛物坠物警示宣传", "居民", 380, "照片"),
        ("2025-11-09", "居民宣传", "消防宣传月进小区", "居民", 700, "照片"),
        ("2025-12-09", "居民宣传", "老年人防跌倒健康讲座", "老年居民", 86, "公众号文章"),
        ("2026-01-24", "居民宣传", "春节烟花爆竹燃放安全宣传", "居民", 900, "照片"),
        ("2026-03-18", "集中培训", "云汀里商业街餐饮商户燃气安全培训", "餐饮商户", 61, "签到表照片"),
    ]
    rows = [[i + 1, D(d), c, a, o, n, r] for i, (d, c, a, o, n, r) in enumerate(ev)]
    xlsx(F_TRAIN, "2026-03-30", [
        {"name": "台账", "title": "云汀社区安全宣传教育培训活动台账（2024年4月—2026年3月）",
         "header": ["序号", "日期", "类别", "活动名称", "对象", "参加人数", "记录载体"], "rows": rows,
         "widths": [6, 12, 10, 40, 14, 10, 18]}])
    reg(F_TRAIN, "宣传培训活动台账（17次，含人数；每季度有居民宣传；商户集中培训2024.9和2026.3，2025年无）", [6], [2],
        "2026-03-30", "正式文件", "")
    photo(Y24 + "mmexport1725952841000.jpg", "indoor", "mm1")
    reg(Y24 + "mmexport1725952841000.jpg", "手机照片（微信保存，文件名无含义）：2024-09-10商户燃气安全培训现场（含义只在材料清单）",
        [6], [5], "2024-09-10", "手机照片", "2024年9月10日商业街餐饮商户燃气安全培训现场")
    photo(Y26 + "商户燃气安全培训签到表（2026.3.18）.jpg", "indoor", "sign26")
    reg(Y26 + "商户燃气安全培训签到表（2026.3.18）.jpg", "照片：2026年3月18日商户燃气安全培训签到表（61人）", [6], [5],
        "2026-03-18", "手机照片", "")

    # ---- E7
    docx(F + "云汀社区突发事件综合应急预案.docx", "2024-05-15", "云汀社区突发事件综合应急预案（2024年版）", [
        ("h", "一、总则"), "适用于云汀社区辖区内火灾、燃气泄漏、高空坠物、台风暴雨内涝、地震、电梯困人及公共卫生等突发事件的先期处置。",
        ("h", "二、组织体系"), "社区应急指挥部由社区党委书记任总指挥，下设抢险救援组（各物业微型消防站，36人）、疏散引导组（楼栋长、网格员）、医疗救护组（云汀服务站）、后勤保障组和信息报告组。",
        ("h", "三、预警与响应"), "接到预警或报警后，信息报告组5分钟内在楼栋长工作群和促进委员会工作群发布信息，同时报告街道应急办；一般事件社区自行处置，较大以上事件启动街道预案。",
        ("h", "四、预案管理"), "本预案每三年修订一次；每年至少组织两次演练。",
    ], sign=[JWH, "2024年5月15日"])
    reg(F + "云汀社区突发事件综合应急预案.docx", "社区突发事件综合应急预案（2024年版）", [7], [], "2024-05-15", "正式文件", "")
    pdf(F + "高层住宅火灾专项应急预案.pdf", "2024-05-15", "云汀社区高层住宅火灾专项应急预案", [
        "针对辖区39栋高层、小高层住宅，明确火灾报警、微型消防站3分钟到场、楼栋长逐层敲门疏散、电梯迫降、消防车通道清障等处置程序。",
        ("t", [["岗位", "责任人", "职责"], ["现场指挥", "物业项目经理", "启动预案、组织处置"], ["疏散引导", "楼栋长", "逐层敲门、引导至集合点"],
               ["初期扑救", "微型消防站", "使用消火栓、灭火器扑救初期火灾"], ["信息报告", CLERK, "报119、报街道"]]),
    ], sign=[JWH, "2024年5月15日"])
    reg(F + "高层住宅火灾专项应急预案.pdf", "高层住宅火灾专项应急预案（PDF）", [7], [5], "2024-05-15", "正式文件", "")
    xlsx(F + "应急队伍及应急物资台账.xlsx", "2025-06-30", [
        {"name": "应急队伍", "header": ["队伍", "人数", "负责人", "联系电话"], "rows": [
            ["嘉悦物业微型消防站", 14, "赵磊", "139****2201"], ["万联物业微型消防站", 12, "钱文静", "137****6610"],
            ["锦华物业微型消防站", 10, "孙浩", "135****0937"], ["云汀守护志愿服务队应急分队", 20, "冯雅琴", "138****5512"]]},
        {"name": "应急物资", "header": ["物资", "数量", "存放地点", "检查日期"], "rows": [
            ["灭火器（4kg）", 320, "各楼栋", dt.date(2025, 6, 20)], ["消防水带", 40, "微型消防站", "2025/6/20"],
            ["防汛沙袋", 600, "各地下车库入口", "2025年6月18日"], ["挡水板", 24, "地下车库", dt.date(2025, 6, 18)],
            ["担架", 6, "服务站、物业", "2025/6/20"], ["应急照明", 60, "社区应急物资点", dt.date(2025, 6, 20)]]}])
    reg(F + "应急队伍及应急物资台账.xlsx", "应急队伍（4支56人）及应急物资台账", [7], [], "2025-06-30", "正式文件", "")

    docx(Y24 + "高层住宅火灾疏散演练方案及总结（2024.6.18）.docx", "2024-06-20", "云汀花园8栋高层住宅火灾疏散演练方案及总结", [
        ("h", "一、演练方案"), "时间：2024年6月18日9:00；地点：云汀花园8栋（33层）；参演：嘉悦物业微型消防站、望湖消防救援站、8栋居民、楼栋长、志愿者；情景：8栋21层住户厨房起火，烟气进入楼道。",
        ("h", "二、演练过程"), "9:00报警，微型消防站2分50秒到场；楼栋长逐层敲门，居民沿疏散楼梯撤离至南侧集合点；9:06:40完成人员清点，参演居民213人。",
        ("h", "三、评估总结"), "优点：微型消防站到场迅速，疏散有序。问题：3处常闭防火门被顶开导致烟气模拟扩散，部分老人行动慢。改进：月度巡查增加防火门检查项，楼栋长对行动不便老人建立结对帮扶名单。",
    ], sign=[JWH, "2024年6月20日"])
    reg(Y24 + "高层住宅火灾疏散演练方案及总结（2024.6.18）.docx", "演练记录：2024年6月18日云汀花园8栋高层火灾疏散演练（方案及总结）",
        [7], [], "2024-06-18", "电脑文件", "")
    photo(Y24 + "高层消防疏散演练现场（2024.6.18）.jpg", "tower", "drill24")
    reg(Y24 + "高层消防疏散演练现场（2024.6.18）.jpg", "照片：2024年6月高层疏散演练现场", [7], [], "2024-06-18", "手机照片", "")
    photo(Y24 + "微信图片_20240618093012.jpg", "tower", "wx0618", exif_time=None)
    reg(Y24 + "微信图片_20240618093012.jpg", "手机照片（微信图片，文件名无含义）：2024-06-18疏散演练集合点清点人数（含义只在楼栋长群聊天记录和材料清单）",
        [7], [], "2024-06-18", "微信保存", "2024年6月18日8栋疏散演练集合点")
    docx(Y25 + "防台防汛应急演练记录（2025.9.12）.docx", "2025-09-15", "云汀社区防台防汛应急演练记录", [
        "时间：2025年9月12日15:00；地点：云汀花园南门地下车库入口；组织：社区应急指挥部、三家物业、望湖消防救援站；参演112人。",
        "情景：台风“海葵”带来强降雨，地下车库入口积水。过程：发布预警→物业架设挡水板、堆放沙袋→转移车库车辆→疏散车库内人员→排水泵排涝。用时35分钟。",
        "评估：挡水板安装熟练，沙袋数量充足；问题：车库广播音量不足，部分车主未及时收到挪车通知。改进：在楼栋长群同步发布挪车通知，更换车库广播。",
        "说明：本年度上半年原计划5月高层火灾疏散演练因望湖御府消防水泵房改造未组织，本次为2025年第一次演练。",
    ], sign=[JWH, "2025年9月15日"])
    reg(Y25 + "防台防汛应急演练记录（2025.9.12）.docx", "演练记录：2025年9月12日防台防汛演练（注明2025年上半年未演练）", [7], [],
        "2025-09-12", "电脑文件", "")
    photo(Y25 + "实验小学云汀校区地震疏散演练（2025.11.6）.jpg", "school", "quake")
    reg(Y25 + "实验小学云汀校区地震疏散演练（2025.11.6）.jpg", "照片：2025年11月6日实验小学云汀校区地震疏散演练（社区配合）", [7], [],
        "2025-11-06", "手机照片", "")
    pdf(Y26 + "地下车库电动车火灾应急演练记录（2026.3.20）.pdf", "2026-03-23", "望湖御府地下车库电动自行车火灾应急演练记录", [
        "时间：2026年3月20日10:00；地点：望湖御府地下车库B区；参演：万联物业微型消防站、望湖消防救援站、楼栋长、志愿者共64人。",
        "情景：车库内违规停放的电动自行车电池起火，烟气蔓延。微型消防站3分10秒到场，使用推车式灭火器和消火栓控制火势，车库排烟系统启动，疏散车库内人员18人。",
        "评估：处置基本规范；问题：B区排烟风机启动延迟40秒。改进：维保单位4月检修排烟系统。",
    ], sign=[JWH, "2026年3月23日"])
    reg(Y26 + "地下车库电动车火灾应急演练记录（2026.3.20）.pdf", "演练记录PDF：2026年3月20日地下车库电动车火灾演练", [7], [5],
        "2026-03-20", "电脑文件", "")
    photo(Y26 + "mmexport1773972312000.jpg", "garage", "mm2")
    reg(Y26 + "mmexport1773972312000.jpg", "手机照片（微信保存，文件名无含义）：2026-03-20地下车库电动车火灾演练（含义只在材料清单）",
        [7], [], "2026-03-20", "手机照片", "2026年3月20日望湖御府地下车库电动车火灾演练")

    # ---- E2 exchanges
    docx(Y24 + "赴滨江街道学习安全社区建设情况报告.docx", "2024-10-25", "赴滨江街道学习安全社区建设情况报告", [
        "2024年10月23日，促进委员会副主任沈佳怡带领社区、物业、商户联合会9人赴临澄市滨江街道（全国安全社区）学习考察，参观了滨江街道高层住宅微型消防站、电动车智能充电管理平台和社区伤害监测点。",
        "收获与借鉴：1. 借鉴滨江街道“充电棚+智能断电”模式，纳入电动车项目二期；2. 学习其伤害监测“服务站+物业”双渠道报送做法；3. 两个街道建立安全社区工作交流群。",
    ], sign=[JWH, "2024年10月25日"])
    reg(Y24 + "赴滨江街道学习安全社区建设情况报告.docx", "交流活动：2024年10月赴滨江街道学习考察（9人）", [2], [12],
        "2024-10-25", "电脑文件", "")
    docx(Y25 + "全省安全社区建设推进会交流发言材料.docx", "2025-05-20", "以数字化手段推进新建商品房社区安全促进——云汀社区在全省安全社区建设推进会上的交流发言", [
        "2025年5月22日，云汀社区应邀参加全省安全社区建设推进会并作交流发言。",
        "发言介绍了社区依托楼栋长工作群、钉钉“隐患随手拍”、网格通平台和微信公众号，形成“发现—上报—整改—复查—公开”的隐患闭环，以及电动车集中充电棚建设、商业街燃气ABC分类等做法。",
    ], sign=[JWH, "2025年5月20日"])
    reg(Y25 + "全省安全社区建设推进会交流发言材料.docx", "交流活动：2025年5月全省安全社区建设推进会交流发言", [2], [],
        "2025-05-20", "电脑文件", "")

    # ---- E8 phone photo & screenshot
    photo(Y25 + "IMG_20250312_101530.jpg", "tower", "img0312", exif_time=dt.datetime(2025, 3, 12, 10, 15, 30))
    reg(Y25 + "IMG_20250312_101530.jpg", "手机照片（文件名无含义）：2025-03-12星河湾畔2栋消火栓箱水带缺失（含义只在楼栋长群2025聊天记录和材料清单）",
        [8], [11], "2025-03-12", "手机照片", "2025年3月12日星河湾畔2栋3层消火栓箱水带缺失")
    photo(Y25 + "钉钉隐患随手拍上报截图_20250808.png", "screen", "ding", size=(540, 1100), fmt="PNG")
    reg(Y25 + "钉钉隐患随手拍上报截图_20250808.png", "手机截图：钉钉“隐患随手拍”上报界面（2025-08-08）", [8], [11],
        "2025-08-08", "手机截图", "")
    photo(Y24 + "IMG_20240412_143015.jpg", "indoor", "img0412", exif_time=dt.datetime(2024, 4, 12, 14, 30, 15))
    reg(Y24 + "IMG_20240412_143015.jpg", "手机照片（文件名无含义）：2024-04-12启动大会暨促进委员会第一次全体会议（含义在楼栋长群2024聊天记录和材料清单）",
        [1], [6], "2024-04-12", "手机照片", "2024年4月12日安全社区创建启动大会")

    # ---- E11
    pdf(F + "隐患整改通知书及回执（2024-2025）.pdf", "2025-12-15", "云汀社区安全隐患整改通知书及回执汇编（2024—2025年）", [
        ("t", [["编号", "日期", "对象", "隐患", "整改期限", "回执"],
               ["云汀安改〔2024〕1号", "2024-08-29", "云汀里商业街B区7号", "瓶装液化气未装报警器（C类）", "2024-09-28", "2024-09-20已整改"],
               ["云汀安改〔2024〕2号", "2024-10-16", "嘉悦物业", "云汀花园消防车通道划线缺失", "2024-11-15", "2024-11-08已整改"],
               ["云汀安改〔2025〕1号", "2025-04-18", "锦华物业", "星河湾畔车库凸面镜缺失4处", "2025-05-18", "2025-05-10已整改"],
               ["云汀安改〔2025〕2号", "2025-08-06", "锦华物业", "车库儿童剐蹭事件整改（见纠正预防措施记录）", "2025-09-05", "2025-08-30已整改"],
               ["云汀安改〔2025〕3号", "2025-12-19", "嘉悦物业", "云汀花园15栋外墙瓷砖空鼓", "2026-01-17", "回执：已申请维修基金（未整改完成）"]]),
    ], sign=[JWH, "2025年12月15日"])
    reg(F + "隐患整改通知书及回执（2024-2025）.pdf", "整改通知书及回执汇编PDF（5份；15栋外墙瓷砖回执未整改完成）", [11], [8],
        "2025-12-19", "正式文件", "")
    docx(F + "纠正预防措施记录（星河湾畔地下车库儿童剐蹭事件）.docx", "2025-09-10", "纠正预防措施记录——星河湾畔地下车库儿童剐蹭事件", [
        "事件：2025年8月3日18:20，星河湾畔地下车库C区一名7岁男孩在车道奔跑，被倒车车辆剐蹭，左腿擦伤，云汀服务站处置后回家（已登记伤害监测报告卡）。",
        "原因分析：C区转角无凸面镜、车道无人行通道标线；儿童在车库内玩耍无人看管；车辆倒车速度快。",
        "纠正措施：1. 锦华物业8月30日前在C区增设凸面镜3面、人行通道标线120米、减速带4条；2. 车库入口张贴“禁止儿童车库玩耍”提示；3. 楼栋长群、公众号发布提示。",
        "预防措施：将车库交通纳入月度巡查必查项；暑期前开展家长车库安全提示。",
        "验证：9月8日复查，措施全部落实；8月—9月未再发生车库伤人事件。",
    ], sign=[PC + "办公室", "2025年9月10日"])
    reg(F + "纠正预防措施记录（星河湾畔地下车库儿童剐蹭事件）.docx", "纠正预防措施记录：2025年8月车库儿童剐蹭事件（调查、措施、验证）",
        [11], [9, 5], "2025-09-10", "正式文件", "")


# ================================================================ E9 analyses, E12 reviews
def cause_table(inj, a, b):
    from collections import Counter
    c = Counter(r["cause"] for r in inj if D(a) <= r["d"] <= D(b))
    rows = [["伤害原因", "例数", "构成比"]]
    tot = sum(c.values())
    for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append([k, str(v), f"{v / tot:.1%}"])
    rows.append(["合计", str(tot), "100%"])
    return rows, tot


def build_e9(inj):
    t24, n24 = cause_table(inj, "2024-04-01", "2024-12-31")
    docx(F + "2024年度伤害监测分析报告.docx", "2025-01-17", "云汀社区2024年度（4—12月）伤害监测统计分析报告", [
        f"数据来源：云汀服务站伤害监测报告卡（2024年4月1日—12月31日），共{n24}例；物业报送事件已与报告卡核对去重。",
        ("t", t24),
        f"60岁以上跌倒{inj_count(inj, '2024-04-01', '2024-12-31', 'fall60')}例，地下车库交通伤害{inj_count(inj, '2024-04-01', '2024-12-31', 'garage')}例。跌倒仍为首位伤害原因，以家中卫生间和夜间起夜为主。",
        "建议：防跌倒项目加快适老化改造；车库项目优先改造望湖御府、星河湾畔车库转角。",
    ], sign=[CLINIC, "2025年1月17日"], author=CLINIC_HEAD)
    reg(F + "2024年度伤害监测分析报告.docx", f"伤害分析：2024年4—12月（{n24}例，2025年1月形成）", [9], [3], "2025-01-17",
        "正式文件", "")
    t25, n25 = cause_table(inj, "2025-01-01", "2025-09-30")
    docx(F_INJ25, "2026-01-20", "云汀社区2025年度伤害监测统计分析报告", [
        f"数据来源：云汀服务站伤害监测报告卡。服务站自2025年10月起启用区级伤害监测信息系统，10—12月数据尚未能导出，本报告数据范围为2025年1月1日—9月30日，共{n25}例。10—12月数据待补录后另行补充分析。",
        ("t", t25),
        f"1—9月60岁以上跌倒{inj_count(inj, '2025-01-01', '2025-09-30', 'fall60')}例；地下车库交通伤害{inj_count(inj, '2025-01-01', '2025-09-30', 'garage')}例（含8月星河湾畔儿童剐蹭1例）。",
    ], sign=[CLINIC, "2026年1月20日"], author="严冬梅")
    reg(F_INJ25, f"伤害分析：2025年度（2026年1月形成；数据只到9月30日，{n25}例，10—12月待补录）", [9], [3], "2026-01-20",
        "正式文件", "")
    return n24, n25


def build_e12(n_haz, funds, f60, g):
    docx(F_SUM24, "2025-01-14", "云汀社区2024年度安全社区工作总结暨绩效评审报告", [
        ("h", "一、工作开展情况（2024年4—12月）"),
        "1. 组织机构：4月成立促进委员会，5月成立六个项目组和数据统计组，4月印发十二项工作制度。全年召开促进委员会全体会议2次（4月12日、7月10日），原定10月的第三次全体会议因区安全生产大检查延期至2025年1月。",
        "2. 诊断与项目：完成问卷星调查1032份、安全诊断报告和LEC危险源清单；六个项目6月印发实施方案，电动车充电棚一期3处建成。",
        "3. 宣传培训：开展居民宣传4次，物业保安培训1次（48人），餐饮商户燃气安全培训1次（73人）。",
        "4. 应急：编制综合预案和高层火灾专项预案；组织演练2次（6月18日云汀花园8栋高层火灾疏散、11月20日云汀里商业街燃气泄漏处置）。",
        "5. 隐患排查：每月开展月度巡查，钉钉隐患随手拍全年处理隐患全部办结；9—11月企业微信表单入户安全检查136户。",
        "6. 伤害监测：服务站逐例登记，完成2024年度分析。",
        ("h", "二、绩效评审"),
        "评审组（促进委员会主任、副主任及消防、卫生成员）对照年度计划逐项评审：年度目标基本完成，居民安全知晓率（抽样）74.2%，略低于75%的年度目标。",
        ("h", "三、存在问题和改进措施"),
        "1. 四季度全体会议未按制度召开，2025年严格按季度召开；2. 限位器安装进度慢；3. 知晓率未达标，增加楼栋宣传频次。",
    ], sign=[PC, "2025年1月14日"])
    reg(F_SUM24, "工作总结暨绩效评审：2024年4—12月（2025年1月形成；承认四季度会议未开）", [12], [1, 4, 5, 6, 7, 8, 9, 11], "2025-01-14",
        "正式文件", "")
    docx(F_SUM25, "2026-01-09", "云汀社区2025年度安全社区工作总结暨绩效评审报告", [
        ("h", "一、工作开展情况"),
        "1. 组织机构：召开促进委员会全体会议4次（1月16日、4月15日、7月9日、10月14日；7月第五次会议纪要在促进委员会工作群发布）。3月底前与6家单位签订年度责任书。",
        "2. 风险辨识：4月完成危险源辨识清单年度复核，新增1项。",
        "3. 项目：充电棚二期3处建成；适老化改造94户；限位器安装214户（累计632户）；车库改造完成；12月对五个项目开展效果评估，儿童防坠落项目因安装未完成暂未评估。",
        "4. 宣传培训：居民宣传每季度均有开展；物业保安培训1次（52人）；商业街餐饮商户集中培训因商业街外立面改造、商户变动大未组织，顺延至2026年3月。",
        "5. 应急：组织演练2次（9月12日防台防汛、11月6日配合实验小学地震疏散），上半年原定5月的高层火灾疏散演练因望湖御府消防水泵房改造未组织。",
        "6. 隐患排查与入户检查：每月开展月度巡查；入户安全检查4—11月在网格通平台录入139户（独居高龄老人88户、餐饮商户51家）。",
        "7. 伤害监测：服务站10月起切换区级系统，10—12月数据未能导出，年度分析数据截至9月。",
        ("h", "二、绩效评审"),
        "2025年居民安全知晓率86.2%、满意度90.4%（问卷星860份），达到年度目标；创建期内未发生亡人火灾和较大以上事故。",
        ("h", "三、改进措施"),
        "1. 2026年3月组织商户燃气培训；2. 服务站补录10—12月伤害数据；3. 15栋外墙瓷砖隐患挂牌督办；4. 儿童防坠落项目完成安装后开展评估。",
    ], sign=[PC, "2026年1月9日"])
    reg(F_SUM25, "工作总结暨绩效评审：2025年度（2026年1月形成；承认上半年无演练、商户培训未组织、伤害数据截至9月）",
        [12], [1, 4, 5, 6, 7, 8, 9, 11], "2026-01-09", "正式文件", "")

    names = ["领导机构跨部门", "安全促进项目组", "工作制度和职责", "长期和年度目标计划", "资金投入",
             "交流活动", "信息交流反馈渠道", "志愿者和社会组织", "全员参与安全促进活动",
             "风险辨识评价制度", "社区安全诊断", "危险源辨识与风险评价", "两高一脆弱分析",
             "目标符合诊断结果", "目标分解与责任落实", "年度计划执行",
             "项目策划", "项目实施", "项目覆盖重点人群场所", "项目效果评估", "项目资源保障", "项目持续改进",
             "宣教管理制度", "宣教设施资源", "宣传教育培训活动", "培训效果",
             "应急预案", "应急队伍与物资", "应急演练", "演练评估", "应急响应",
             "安全检查与隐患排查", "入户检查", "监督检查", "隐患闭环",
             "伤害记录制度", "伤害监测登记", "伤害统计分析", "事故报告",
             "档案管理制度", "档案完整规范", "档案利用",
             "隐患整改", "纠正措施", "预防措施", "措施验证",
             "年度总结", "绩效评审", "自查自评", "持续改进"]
    el_of = [1] * 5 + [2] * 4 + [3] * 4 + [4] * 3 + [5] * 6 + [6] * 4 + [7] * 5 + [8] * 4 + [9] * 4 + [10] * 3 + [11] * 4 + [12] * 4
    deduct = {1: 0.84, 20: 0.84, 25: 0.56, 29: 0.84, 37: 0.84, 35: 0.56}
    rows = []
    tot = 0
    for i, (n, e) in enumerate(zip(names, el_of), 1):
        s = round(3 - deduct.get(i, 0.3 if (i % 4 == 0 or i % 7 == 0) and i != 42 else 0.0), 2)
        tot += s
        rows.append([i, f"{e}", n, 3, s, "见自查报告“存在问题”" if i in deduct else ""])
    rows.append(["", "", "合计", 150, round(tot, 2), ""])
    xlsx(F_SCORE, "2026-04-10", [{"name": "自评", "title": "云汀社区安全社区创建自评打分表（50项二级指标）",
                                  "header": ["序号", "一级指标", "二级指标", "满分", "自评分", "扣分说明"], "rows": rows,
                                  "widths": [6, 8, 26, 6, 8, 24]}])
    reg(F_SCORE, f"自评打分表（50项，自评{round(tot, 2)}分）", [12], [10], "2026-04-10", "正式文件", "")
    pdf(F_SELF, "2026-04-10", "云汀社区安全社区创建自查报告", [
        "云汀社区安全社区创建周期为2024年4月1日至2026年3月31日。2026年3月25日促进委员会第八次全体会议部署自查，4月10日前完成。",
        ("h", "一、自查情况"),
        f"对照《安全社区建设基本要求》12个要素和50项评定指标逐项自查：组织机构健全，召开全体会议8次（正式纪要7份，第五次全体会议纪要在促进委员会工作群发布）；六个项目均有实施记录，五个完成效果评估；累计投入经费{funds}万元；钉钉隐患随手拍累计处理隐患{n_haz}条；组织应急演练5次；完成两个年度的绩效评审。",
        ("h", "二、存在问题"),
        "1. 2024年四季度促进委员会全体会议未召开；2. 儿童居家防坠落项目尚未开展效果评估；3. 2025年上半年未组织应急演练；4. 2025年未组织商业街餐饮商户集中培训；5. 伤害监测2025年10月以后数据因系统切换尚未补录；6. 部分隐患超过整改期限未办结，已挂牌督办。",
        ("h", "三、自评结论"),
        f"自评得分{round(tot, 2)}分（满分150分），各二级指标均不为0，具备申请评定的条件。",
    ], sign=[PC, "2026年4月10日"])
    reg(F_SELF, "自查报告PDF（2026-04-10；承认会议、评估、演练、商户培训、伤害补录、超期隐患问题，未提档案借阅登记）",
        [12], [10, 1, 5, 6, 7, 9, 11], "2026-04-10", "正式文件", "")

    docx(F + "持续改进计划（2026.4-2027.3）.docx", "2026-04-12", "云汀社区安全社区持续改进计划（2026年4月—2027年3月）", [
        "针对自查发现的问题，制定创建期满后一年的持续改进计划：",
        ("t", [["问题", "改进措施", "完成时间", "责任单位"],
               ["儿童防坠落项目未评估", "完成剩余168户限位器安装并开展效果评估", "2026年9月", "项目P5组"],
               ["伤害数据10月后未补录", "服务站手工补录并与区系统对接", "2026年5月", "云汀服务站"],
               ["超期隐患未办结", "挂牌督办，逐项销号", "2026年4月", "街道应急办、各物业"],
               ["会议、演练未按制度频次", "年初排定季度会议和半年演练日程并在群内公布", "2026年4月起", "促进委员会办公室"]]),
    ], sign=[PC + "办公室", "2026年4月12日"])
    reg(F + "持续改进计划（2026.4-2027.3）.docx", "持续改进计划（2026年4月—2027年3月，干扰周期）", [12], [4, 11], "2026-04-12",
        "正式文件", "")
    return round(tot, 2)


# ================================================================ extras, catalogue
CATALOGUE = "材料清单.xlsx"
DUP = Y24 + "云汀社区安全社区创建实施方案(1).docx"
LOCK = Y25 + "~$25年度工作计划.docx"


def build_extras():
    shutil.copyfile(os.path.join(OUT, F_IMPL), full(DUP))
    reg(DUP, "重复文件：实施方案的下载副本（与正式文件/中的实施方案字节相同）", [4], [1], "2024-03-25", "下载",
        "重复下载", flags={"duplicate_of": F_IMPL})
    owner = "许文博".encode("utf-16-le")
    data = bytes([len("许文博")]) + b"\x00" + owner + b"\x00" * (54 - len(owner)) + b"\x20\x00" * 53
    with open(full(LOCK), "wb") as f:
        f.write(data[:162])
    reg(LOCK, "Word临时锁文件（~$，无内容）", [], [], "2025-01-20", "", "", flags={"lock_file": True})


def build_catalogue():
    rows = []
    order = sorted((f for f in FILES if not f["flags"].get("lock_file")), key=lambda f: f["path"])
    for i, f in enumerate(order, 1):
        folder, name = os.path.split(f["path"])
        src, note = CAT[f["path"]]
        title = os.path.splitext(name)[0]
        if note and re.match(r"(IMG_|mmexport|微信图片_)", name):
            title = note
        rows.append([i, folder or "（根目录）", name, title, f["date"].replace("-", ""), os.path.splitext(name)[1][1:].lower(),
                     src, note if note != title else ""])
    xlsx(CATALOGUE, "2026-04-15", [
        {"name": "材料清单", "title": "云汀社区安全社区创建材料清单（2024年4月—2026年3月）",
         "header": ["序号", "存放文件夹", "文件名", "材料名称/内容", "形成日期", "格式", "来源", "备注"], "rows": rows,
         "widths": [6, 26, 50, 50, 10, 6, 12, 30]},
        {"name": "说明", "header": ["事项", "说明"], "rows": [
            ["整理人", f"{ARCH}（兼职档案员）"], ["整理日期", "2026-04-15"],
            ["存放方式", "电子材料按来源存放：正式文件/、2024年资料/、2025年资料/、2026年资料/（手机和电脑导出）、微信导出/、公众号文章/、平台导出/"],
            ["手机照片", "IMG_、mmexport、微信图片_ 开头的照片内容见本清单“材料名称/内容”列"]]}], author=ARCH)
    reg(CATALOGUE, "材料清单（根目录，逐件著录存放位置和来源，解释手机照片文件名；无借阅登记）", [10], [], "2026-04-15",
        "", "")


# ================================================================ judgement
MIN = {d: MIN_DIR + f"{d.replace('-', '')}_{n}纪要.{x}" for d, n, x in (
    ("2024-04-12", "第一次全体会议（启动大会）", "docx"), ("2024-07-10", "第二次全体会议", "docx"),
    ("2025-01-16", "第三次全体会议（暨2024年度绩效评审会）", "docx"), ("2025-04-15", "第四次全体会议", "docx"),
    ("2025-10-14", "第六次全体会议", "docx"), ("2026-01-13", "第七次全体会议（暨2025年度绩效评审会）", "docx"),
    ("2026-03-25", "第八次全体会议", "pdf"))}

YEARS = ["2025", "2025年"]
OVERDUE_WORDS = ["逾期", "超期", "未整改", "过期", "未闭环", "未销号", "未办结", "超过整改期限", "超出整改期限", "超过期限"]


def judgement(stats):
    E = {
        "1": (["partial"], "促进委员会由街道红头文件成立（望湖街发〔2024〕18号，17名跨部门成员），六个项目组和数据统计组、十二项制度、经费217.6万元齐全；但制度规定每季度召开一次全体会议，2024年（4—12月，三个季度）只开了4月、7月两次，四季度会议延期到2025年1月（促进委员会工作群、2024年度总结、第三次纪要、自查报告均承认）。2025年7月第五次会议只有工作群里的纪要帖，按本社区制度（在工作群发布即印发）有效。"),
        "2": ([True, "partial"], "两次交流活动（2024.10赴滨江街道、2025.5全省推进会）；企业微信居民安全诉求表单（均5个工作日内答复）；一网三库每季度更新日志；志愿汇活动记录每月都有；楼栋长工作群、公众号为信息渠道。"),
        "3": ([True, "partial"], "安全诊断报告PDF（基线2023年，问卷、隐患排查、伤害数据、座谈、专家五种方法，两高一脆弱，六个重点问题）、问卷星1032份原始数据、LEC清单14项；2025年4月年度复核（制度每年4月，2026年4月不在期内）。"),
        "4": ([True, "partial"], "实施方案（创建周期二〇二四年四月一日至二〇二六年三月三十一日，目标量化）、2024（4—12月）/2025/2026三份年度计划、2024—2026责任书签订汇总（2025、2026年均在3月底前）。区“十四五”规划为上级来文（干扰周期）。"),
        "5": (["partial"], "六个项目均有实施方案和实施记录（ABC分类、充电棚验收、适老化、护学岗、限位器、车库改造照片），五个项目有2025年度效果评估；儿童居家防坠落项目方案承诺2025年12月评估，只有限位器安装登记，评估报告自己写明未评估（第六次纪要、2025年总结、自查报告也承认）。"),
        "6": (["partial"], "宣传培训活动台账17次（含人数），公众号文章多篇，每季度都有居民宣传，物业保安每年培训；但制度要求每年对商业街餐饮商户集中培训一次，2025年没有（台账、第五次纪要、2025年总结、自查报告均承认；2024年9月和2026年3月有）。"),
        "7": (["partial"], "综合预案、高层火灾专项预案、应急队伍物资台账齐全；演练2024.6高层疏散、2024.11商业街燃气泄漏（只在公众号文章）、2025.9防台防汛、2025.11校园地震（照片）、2026.3车库电动车火灾。制度要求上半年、下半年各不少于一次，2025年上半年没有演练（5月演练暂缓：楼栋长群2025、第五次纪要、防台演练记录、2025年总结、自查报告承认）。"),
        "8": ([True, "partial"], "钉钉隐患随手拍导出（每月月度巡查，节前/汛前专项检查）、楼栋长群月度巡查通知、2024年企业微信入户检查136户、2025年网格通入户安全检查139户（只在平台导出里）。逾期未办结的隐患计入要素11（也可在要素8报告）。"),
        "9": (["partial"], "伤害监测制度、服务站报告卡导出（2024-04-01至2025-09-30）、2024年度分析（2025年1月）、2025年度分析（2026年1月）和纠正预防记录都有；但登记在2025年9月30日后中断，2025年10月—2026年3月（半年）没有任何伤害登记，年度分析也只到9月（第六、七、八次纪要、促进委员会工作群、自查报告承认“待补录”）。"),
        "10": (["partial"], "根目录材料清单逐件著录存放位置、来源并解释手机照片文件名；但档案管理制度要求《档案借阅登记表》，档案中没有任何查阅借阅登记（自查报告也未提）；材料按来源而非要素存放，有重复下载件和Word锁文件。"),
        "11": (["partial"], "整改通知书及回执汇编、车库儿童剐蹭事件纠正预防措施记录（调查、措施、验证）齐全；但制度规定一般隐患7日、较大隐患30日内整改并在钉钉办结销号，导出中4条隐患到2026-03-31超过期限仍未办结（云汀花园15栋外墙瓷砖、商业街B区12号燃气软管、望湖御府3栋飞线充电、星河湾畔7栋防火门闭门器）。"),
        "12": ([True, "partial"], "2024年度（2025年1月）和2025年度（2026年1月）总结暨绩效评审、项目效果评估、自查报告（2026-04-10）、50项自评打分表、持续改进计划齐全。"),
    }
    elements = {}
    for k, (acc, why) in E.items():
        ev = acc[0]
        elements[k] = {"evidenced": ev, "acceptable_verdicts": acc, "reason": why}
    gaps = [
        dict(id="G1", element=1, also=[], record_level=False,
             match=[["2024"], ["例会", "会议", "纪要", "全体会议"]],
             related=[F_RULES, MIN["2024-07-10"], MIN["2025-01-16"], W_COMM, F_SUM24],
             note="2024年四季度促进委员会全体会议未召开（制度每季度一次；2024年只有4月12日、7月10日两次，第三次延到2025-01-16）"),
        dict(id="G2", element=5, also=[12], record_level=False,
             match=[["防坠", "坠落", "限位", "窗户"], ["评估", "效果", "评价"]],
             related=[F_PROJ, Y24 + "窗户限位器安装登记（儿童防坠落）.xlsx", F_EVAL, MIN["2025-10-14"]],
             note="儿童居家防坠落项目没有效果评估（方案承诺2025年12月；评估报告说明未评估）"),
        dict(id="G3", element=11, also=[8], record_level=True,
             match=[["隐患"], OVERDUE_WORDS],
             related=[P_HAZ],
             note="钉钉导出中4条隐患超过整改期限仍未办结（一般7日/较大30日，办结即销号）"),
        dict(id="G4", element=9, also=[3], record_level=True,
             match=[["伤害"], ["10月", "中断", "停止", "断档", "不连续", "止于", "未登记", "缺少",
                             "空缺", "间断", "提前结束", "早于", "没有登记", "无登记"]],
             related=[P_INJ],
             note="伤害监测登记止于2025-09-30，2025年10月—2026年3月没有登记"),
        dict(id="G5", element=7, also=[], record_level=False,
             match=[["2025"], ["演练"]],
             related=[F_RULES, Y25 + "防台防汛应急演练记录（2025.9.12）.docx", W_BLD25, F_SUM25],
             note="2025年上半年没有应急演练（制度：上半年、下半年各不少于一次）"),
        dict(id="G6", element=10, also=[], record_level=False,
             match=[["借阅", "查阅", "利用"], ["登记", "记录", "台账", "簿", "表"]],
             related=[F_RULES, CATALOGUE],
             note="没有档案借阅（查阅）登记（制度第十一项要求《档案借阅登记表》）"),
        dict(id="G7", element=6, also=[5], record_level=False,
             match=[["2025"], ["商户", "餐饮", "商业街"]],
             related=[F_RULES, F_TRAIN, F_SUM25],
             note="2025年未组织云汀里商业街餐饮商户集中安全培训（制度每年一次）"),
    ]
    traps = [
        dict(id="T1", element=7, match=[["2024"], ["演练"]], related=[A_DRILL24],
             note="2024年下半年演练存在：11月20日商业街燃气泄漏演练只记录在公众号文章（.html）里，不是缺失"),
        dict(id="T2", element=8, match=[["2025"], ["入户"]], related=[P_GRID],
             note="2025年入户安全检查存在：只作为网格通平台事件导出中的139行（事件小类“入户安全检查”），不是缺失"),
        dict(id="T3", element=1, match=[["2025"], ["例会", "会议", "纪要", "全体会议"]], related=[W_COMM],
             note="2025年三季度全体会议存在：7月9日第五次全体会议纪要只发布在促进委员会工作群聊天记录里（制度认可群内发布），2025年四次会议齐全"),
    ]
    probes = [
        dict(id="P1", query="窗户限位器 安装 儿童防坠落", must_in_top5=[Y24 + "窗户限位器安装登记（儿童防坠落）.xlsx"]),
        dict(id="P2", query="燃气泄漏 应急演练 商业街", must_in_top5=[A_DRILL24]),
        dict(id="P3", query="护学岗 执勤 违停", must_in_top5=[Y24 + "护学岗排班及执勤记录.xlsx"]),
        dict(id="P4", query="第五次全体会议纪要", must_in_top5=[W_COMM]),
        dict(id="P5", query="外墙瓷砖 空鼓 隐患随手拍", must_in_top5=[P_HAZ]),
        dict(id="P6", query="入户安全检查 网格通 2025", must_in_top5=[P_GRID]),
    ]
    files = sorted(FILES, key=lambda f: f["path"])
    doc = {"community_name": "云汀", "assessment_period": {"start": iso(PERIOD[0]), "end": iso(PERIOD[1])},
           "files": files, "elements": elements, "gaps": gaps, "traps": traps, "probes": probes}
    head = ("# Expert judgement of yunting (云汀社区, 临澄市高新区望湖街道, 城市型 2010s 商品房新建社区, 数字原生档案),\n"
            "# written from the generator's registry before any zicha run. Schema: shared/tools/README.md.\n"
            "# period: 实施方案 望湖街发〔2024〕15号 (二〇二四年四月一日至二〇二六年三月三十一日), 启动大会公众号文章, 自查报告;\n"
            "# decoys: 区“十四五”规划 2021—2025, 诊断基线 2023年, 2024年度计划4—12月, 持续改进计划 2026.4—2027.3.\n")
    with open(JUDGEMENT, "w", encoding="utf-8") as f:
        f.write(head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200))
    return doc


# ================================================================ notes
def write_notes(doc, stats):
    L = []
    a = L.append
    a("# yunting: notes for the reviewer and the gap labeller\n")
    a("Generated by `make_yunting.py` (do not edit by hand; change the generator and rerun). Deterministic: two runs give "
      "byte-identical files (also under a different PYTHONHASHSEED); every file's and folder's mtime is 2026-04-20 10:00. "
      "The judgement `yunting.judgement.yaml` was written from the generator's registry before any zicha run.\n")
    a("## The community\n")
    a("**云汀社区** (云汀社区居民委员会), 临澄市高新区望湖街道. Type: 城市型, a 2014–2019 new-build 商品房 community. 1.86 km², "
      "7460 户, ≈21,600 常住, 60+ 2380 (独居/高龄 186), 0–14 3920.\n")
    for c in COMPOUNDS:
        a(f"- **{c[0]}** ({c[2]}栋, {c[3]}户, 建成{c[4]}年, {c[1]})")
    a(f"- **{STREETMALL}** (86 商户, 54 餐饮, 23 家瓶装液化气), **{SCHOOL}**, 4 地下车库, **{CLINIC}** (站长 {CLINIC_HEAD}, "
      "2025年10月调岗, then 严冬梅).\n")
    a(f"促进委员会 (望湖街发〔2024〕18号, 2024-04-08): 主任 {CHAIR} (街道副主任), 副主任 {SEC} (社区书记) and {AQB} (街道应急办), 14 members "
      "(派出所, 消防站, 交警, 市场监管所, 综合执法, 服务站, 学校, three 物业, 商户联合会, 业委会, 志愿服务队) + office "
      f"{CLERK} (社区安全专干; he keeps the WeChat groups, the DingTalk form and most exports). 兼职档案员 {ARCH}. "
      "Six projects (云汀居发〔2024〕11号): P1 高层电动车消防, P2 商业街餐饮燃气, P3 老年人防跌倒, P4 校园周边交通, "
      f"P5 儿童居家防坠落 (窗户限位器), P6 地下车库交通. Funds {stats['funds']} 万元 (方案 ≥200 万元).\n")
    a("## Assessment period\n")
    a("- **2024-04-01 to 2026-03-31** (two years, not calendar aligned).")
    a(f"- Stated in `{F_IMPL}` (望湖街发〔2024〕15号, 2024-03-25: 「本次安全社区创建周期为两年，自二〇二四年四月一日起至二〇二六年三月三十一日止」 "
      "plus a stage table 2024年4月—2026年4月以后); in the 启动大会 公众号 article (「2024年4月1日至2026年3月31日」), the first minutes and the 自查报告.")
    a("- Decoys: 区“十四五”规划 (2021—2025, `正式文件/上级文件/…`), diagnosis baseline 2023年1—12月, the 2024 plan (4—12月), "
      "calendar plans 2025/2026, the 持续改进计划 2026.4—2027.3, the injury export range 2024-04-01..2025-09-30.")
    a("- The archive was closed in April 2026 (自查报告 2026-04-10, 持续改进计划 2026-04-12, 材料清单 2026-04-15).\n")
    a("## Filing style (new in this repository): digital-native, dumped by source\n")
    a("- Folders by source and year, not by element: `正式文件/` (formal docs, incl. `促进委员会会议纪要/` and `上级文件/`), "
      "`2024年资料/`, `2025年资料/`, `2026年资料/` (phone and PC dumps), `微信导出/` (4 chat exports), `公众号文章/` (8 .html), "
      "`平台导出/` (钉钉, 企业微信, 网格通, 服务站系统, 志愿汇, 一网三库 log). Root `材料清单.xlsx` (no 借阅 sheet).")
    a("- WeChat exports: `楼栋长工作群_聊天记录_2024.txt` (UTF-8), `…_2025.txt` (**GBK**, CRLF), `促进委员会工作群_聊天记录.txt`, "
      "`云汀守护志愿者群_聊天记录.txt`; messages as `YYYY-MM-DD HH:MM:SS  sender` + text, photos as `[图片]`.")
    a("- 公众号 articles: real `<h1 class=\"rich_media_title\">`, `<em id=\"publish_time\">`, `<p>` paragraphs and `<img data-src=…mmbiz…>`; "
      "head counts in the text.")
    a("- Platform exports: many rows, mixed date formats (钉钉 整改期限 as Excel date / `2025/3/12` / `2025年3月12日`; 办结时间 as Excel datetime or text; "
      "injury 就诊日期 Excel date in 2024 rows and `2025.3.5` text in 2025 rows; 企业微信 `2024/09/12 10:31`; 网格通 Excel datetimes and text 办结时间).")
    a("- Phone-named files whose meaning is only in a chat export and/or the 材料清单: `2024年资料/IMG_20240412_143015.jpg` (启动大会), "
      "`2024年资料/微信图片_20240618093012.jpg` (疏散演练集合点), `2024年资料/mmexport1725952841000.jpg` (2024-09-10 商户燃气培训, 材料清单 only), "
      "`2025年资料/IMG_20250312_101530.jpg` (消火栓水带缺失), `2026年资料/mmexport1773972312000.jpg` (2026-03-20 车库演练, 材料清单 only). "
      "The IMG_ files carry EXIF DateTime.")
    a(f"- A byte-identical duplicate `{DUP}` (flag duplicate_of) and a Word lock file `{LOCK}` (flag lock_file).")
    a("- Formats: " + ", ".join(f"{n} {k}" for k, n in sorted(stats["ext"].items())) + f" ({stats['n']} files).\n")
    a(f"## The community's own rules (yardstick): `{F_RULES}` (云汀居发〔2024〕6号, 2024-04-20)\n")
    for r in [
        "一 促进委员会: 每季度召开一次全体会议（原则上每季度第一个月中旬）；纪要三个工作日内整理，经主任审定后印发，**并在促进委员会工作群内发布；纸质或电子纪要均归档**.",
        "二 项目组: 每季度汇报；按方案规定的时间开展效果评估，形成评估报告.",
        "三 目标责任: 每年1月底前年度计划（启动当年启动后一个月内）；每年3月底前与6家单位签责任书.",
        "四 信息交流: 企业微信“居民安全诉求”5个工作日内答复；一网三库每季度更新；每年至少一次交流活动；志愿服务队每月至少一次.",
        "五 风险辨识: 启动时诊断；每年4月复核危险源清单.",
        "六 宣教培训: 每季度至少一次居民宣传；**每年对物业保安和商业街餐饮商户各组织一次集中培训**.",
        "七 应急: 综合预案每三年修订；**每年至少两次演练，上半年、下半年各不少于一次**.",
        "八 隐患: 每月一次安全巡查；钉钉“隐患随手拍”上报；**一般7日、较大30日内整改，复查后在钉钉办结（办结即销号）**；超期报街道挂牌督办.",
        "九 入户检查: 每年对独居高龄老人、B/C类液化气用户和餐饮商户入户检查一次，**录入企业微信表单或网格通平台**.",
        "十 伤害监测: 服务站逐例填报告卡；每月5日前汇总；**每年1月完成上一年度分析**.",
        "十一 档案: 电子材料每季度导出、登入《材料清单》；**查阅、借阅须在《档案借阅登记表》登记**.",
        "十二 评审: 每年1月总结暨绩效评审；期满前一个季度自查."]:
        a(f"- {r}")
    a("\nAlso: the 实施方案 (targets, ≥200 万元), the project schemes (评估时间: P3 2026年1月, others 2025年12月), the 2025 plan (5月高层疏散演练, 三季度商户培训).\n")
    a("## Element verdicts (as in the judgement)\n")
    for k, e in doc["elements"].items():
        acc = "/".join(str(v).lower() for v in e["acceptable_verdicts"])
        a(f"- **E{k}** — {str(e['evidenced']).lower()} (acceptable: {acc}): {e['reason']}")
    a("\n## Planted gaps (really in the archive)\n")
    for g in doc["gaps"]:
        a(f"- **{g['id']}** (E{g['element']}{'; also E' + ', E'.join(map(str, g['also'])) if g['also'] else ''}"
          f"{'; record-level' if g['record_level'] else ''}): {g['note']}. Files: " + "; ".join(f"`{p}`" for p in g["related"]))
    a("\nDetails:")
    a(f"- **G1**: formal minutes exist for 2024-04-12, 2024-07-10, 2025-01-16, 2025-04-15, 2025-10-14, 2026-01-13, 2026-03-25 (PDF); "
      "the 2025-07-09 (第五次) minutes are a post in the committee chat (trap T3). 2024 has three quarters in the period (Q2–Q4) and only two meetings; "
      "the chat shows the 10-16 meeting postponed (区安全生产大检查) and on 12-05 moved to January; the 第三次 minutes, 2024 总结 and 自查报告 admit it. "
      "A report “2024年会议少于制度要求/四季度未开” is **true**. A report that 2025 has fewer than 4 meetings is **false** (the chat post is the 第五次 meeting; "
      "the 2025 总结 lists 4). 2026 Q1 has two meetings. A report “only 7 minutes / 8 required” counted over the whole period is true only because of 2024 Q4.")
    a(f"- **G2**: the scheme promises evaluation 2025年12月 for P5; the evaluation report `{F_EVAL}` covers P1, P2, P3, P4, P6 and says in 六、说明 that P5 was not evaluated "
      "(632/800 限位器). Only the 安装登记 (in `2024年资料/`, with a 2025 sheet) and a photo exist. “No evaluation” for any other project is **false**. "
      "The 2025 问卷星 CSV is survey data, not a P5 evaluation.")
    a(f"- **G3**: at the export time 2026-03-31 17:22 these are past their deadline without 办结时间 (状态 处理中/待处理):")
    for o in OPEN_HAZ:
        if o["overdue"]:
            a(f"  - {o['place']}: {o['desc']}（{o['lvl']}，发现{o['d'].date()}，期限{o['d'].date() + days(30 if o['lvl'] == '较大' else 7)}，{o['state']}）")
    a("  Two more open rows are **within** their deadline (望湖御府车库B区消防水泵房渗水, 较大, 2026-03-16, 期限 2026-04-15; 云汀花园2栋大堂纸箱, 一般, 2026-03-27, 期限 2026-04-03): "
      "reporting them as overdue is **false**. All other rows are 已办结 within their deadline (some 整改期限 cells are text). "
      "The 15栋 tile item is also in the 整改通知书 PDF (回执未整改完成) and the 第七、八次 minutes; the 第八次 minutes name all four.")
    a(f"- **G4**: `{P_INJ}` has {stats['inj']} rows, 2024-04-01..2025-09-30 (sheet 导出信息 says it is the last export of the old system). "
      f"Nothing for 2025-10-01..2026-03-31. The 2025 analysis says its data stop at 09-30; the committee chat (2025-10-09, 2026-01-14), 第六、七、八次 minutes and the 自查报告 admit 待补录. "
      f"Counts: 2024年4—12月 {stats['n24']}, 2025年1—9月 {stats['n25']}. “伤害登记2025年10月后中断/缺半年” is **true**.")
    a("- **G5**: drills 2024-06-18 (docx + 2 photos), 2024-11-20 (公众号 only, T1), 2025-09-12 (docx), 2025-11-06 (photo; school drill the community supported), "
      "2026-03-20 (PDF + mmexport photo). Nothing in 2025-01-01..2025-06-30; the 楼栋长群 2025 (05-09: 暂缓), the 第五次 chat minutes, the 防台演练记录 (说明), "
      "the 2025 总结 and the 自查报告 admit it. “2025年上半年无演练” is **true**; “2025年演练少于两次” is **false** (two in H2).")
    a("- **G6**: rule 十一.2 requires 《档案借阅登记表》; nothing in the archive (材料清单 has only 材料清单/说明 sheets). The 自查报告 does not mention it; "
      "自评打分表 item 42 档案利用 gets full marks.")
    a("- **G7**: the 宣传培训活动台账 has 商户 trainings on 2024-09-10 (73人, also 公众号 article + mmexport photo) and 2026-03-18 (61人, 签到表 photo), none in 2025; "
      "物业保安 training 2024-08-20 and 2025-04-22. Admitted in the 第五次 chat minutes, the 2025 总结 and the 自查报告; 2025 责任书 考核 of the 商户联合会 notes it. "
      "“2025年物业保安无培训” is **false**.")
    a("\n## Traps (look like gaps, are not)\n")
    for t in doc["traps"]:
        a(f"- **{t['id']}** (E{t['element']}): {t['note']}. Files: " + "; ".join(f"`{p}`" for p in t["related"]))
    a("\nLabelling: a zicha gap that says 2024年下半年无演练 / 2024年演练少于两次 contradicts T1's article (**false**); "
      "2025年无入户检查 contradicts the 网格通 export (**false**); 2025年三季度无会议/2025年会议少于4次 contradicts the committee chat (**false**).\n")
    a("## Soft points (thin, but a reviewer would not insist) — label such reports **strict**\n")
    for s in [
        "2026 covers only January–March: no 2026 危险源复核 (due April), no 2026 年度总结, no 2026 exchange activity, 2026 H2 drills not due; the 2026 plan exists.",
        "2024 starts in April: the 2024 plan is dated 2024-04-22 (rule: within a month of the start) and covers 4—12月; no 2024年1月 plan is due.",
        "2024 商户/保安 trainings and the 2025 and 2026 责任书 are fine; the 2024 责任书 were signed in April (start-up year).",
        "Several records exist only as photos (校园地震演练 2025-11-06, 限位器安装, 车库改造) or as phone-named files explained in the 材料清单/chat.",
        "The 2025-11-06 drill is the school's drill with community support (photo + 楼栋长群 notice); with 2025-09-12 it still gives 2025 H2 a drill either way.",
        "No separate monthly injury 汇总 (rule 十.1 “每月5日前汇总”) — the exported register is the record; before 2025-10 every month has cases.",
        "项目组 quarterly reports only as lines in the minutes; no separate 项目组会议记录; no separate 组织机构图.",
        "Only one catalogue (材料清单 2026-04-15); the rule says electronic materials are exported quarterly — exports are dated irregularly (e.g. 楼栋长群 2024 exported 2025-01-06).",
        "知晓率 2024 74.2% vs 75% annual target (performance shortfall reported in the 2024 review, not a missing record).",
        "P3 evaluation uses register data 2024-10..2025-09 (the register stops there); P1 uses 巡查 counts.",
        "居民安全诉求: all answered within 5 working days — a report of unanswered 诉求 is **false**.",
        "一网三库 updated every quarter 2024Q2–2026Q1 (CSV) — a report of missing quarterly updates is **false**.",
        "志愿汇: activities in every month 2024-04..2026-03 (April 2024 by 楼栋长志愿者 before the team was registered in May).",
        "The 综合应急预案 (2024) is not due for revision (three years).",
        "The duplicate 实施方案(1).docx and the ~$ lock file are archive-tidiness points (E10), not missing evidence.",
        f"Self-assessment total {stats['score']} (not a gap).",
    ]:
        a(f"- {s}")
    a("\n## Files\n")
    a("| path | date | kind | elements (also acceptable) |")
    a("|---|---|---|---|")
    for f in doc["files"]:
        el = ", ".join(map(str, f["elements"])) or "—"
        a(f"| `{f['path']}` | {f['date']} | {f['kind']} | {el} ({', '.join(map(str, f['also_acceptable']))}) |")
    with open(NOTES, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


# ================================================================ main
def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    FILES.clear()
    CAT.clear()
    inj = make_injuries()
    haz = make_hazards()
    vis24, vis25 = make_visits(2024), make_visits(2025)
    build_formal()
    funds = build_plans()
    build_minutes(haz, inj, vis25)
    build_e3()
    f60, g = build_e5(inj)
    build_e6_e7_e2_e11()
    n24, n25 = build_e9(inj)
    score = build_e12(len(haz), funds, f60, g)
    build_platform(haz, inj, vis24, vis25)
    build_chats(haz, vis25)
    build_articles()
    build_extras()
    build_catalogue()
    # checks: every judged path exists, every file judged
    on_disk = set()
    for root, dirs, fs in os.walk(OUT):
        for n in fs:
            on_disk.add(os.path.relpath(os.path.join(root, n), OUT).replace(os.sep, "/"))
    judged = [f["path"] for f in FILES]
    assert len(judged) == len(set(judged)), "duplicate registry entries"
    missing = set(judged) - on_disk
    unjudged = on_disk - set(judged)
    assert not missing, f"judged but missing: {sorted(missing)}"
    assert not unjudged, f"files not judged: {sorted(unjudged)}"
    ext = {}
    for p in judged:
        e = os.path.splitext(p)[1].lower().lstrip(".")
        ext[e] = ext.get(e, 0) + 1
    stats = dict(funds=funds, inj=len(inj), n24=n24, n25=n25, score=score, ext=ext, n=len(judged))
    doc = judgement(stats)
    for g_ in doc["gaps"] + doc["traps"]:
        for p in g_["related"]:
            assert p in on_disk, p
    for p_ in doc["probes"]:
        for p in p_["must_in_top5"]:
            assert p in on_disk, p
    write_notes(doc, stats)
    # fixed mtimes, deepest first
    for root, dirs, fs in os.walk(OUT, topdown=False):
        for n in fs:
            os.utime(os.path.join(root, n), (MTIME, MTIME))
        os.utime(root, (MTIME, MTIME))
    size = sum(os.path.getsize(os.path.join(OUT, p)) for p in on_disk)
    print(f"{SLUG}: {len(judged)} files, {size / 1e6:.2f} MB; injuries {len(inj)}, hazards {len(haz)}, "
          f"visits {len(vis24)}/{len(vis25)}; f60 {f60}, garage {g}; score {score}")


if __name__ == "__main__":
    main()
