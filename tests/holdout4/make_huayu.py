#!/usr/bin/env python3
"""make_huayu.py — deterministic generator for the holdout archive ``huayu-park/``.

An enterprise / industrial-park (园区型) 安全社区 creation archive of the fictional
东营市华宇化工园区, creation period 2024-01-01 .. 2025-12-31, filed by year then by element.
Reruns give byte-identical files (fixed zip timestamps, fixed core properties, reportlab
invariant mode, seeded random numbers).  The script also writes
``huayu-park.judgement.yaml`` from the same manifest so the file list cannot drift.

Requires: python-docx, openpyxl, reportlab, pillow, pyyaml.
"""
import csv
import datetime as dt
import io
import random
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
OUT = HERE / "huayu-park"
PARK = "华宇化工园区"
MANIFEST = []          # dicts: path, kind, elements, also_acceptable, date, flags


def D(s):
    return dt.datetime.strptime(s, "%Y-%m-%d").replace(hour=9)


def reg(rel, kind, el, also=(), date=None, flags=None):
    MANIFEST.append({"path": rel, "kind": kind, "elements": list(el),
                     "also_acceptable": list(also), "date": date, "flags": flags or {}})


def write_bytes(rel, data):
    p = OUT / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)


def norm_zip(data, when):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    iso = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = b.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                           lambda m: m.group(1) + iso + m.group(3), s)
                b = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, b)
    return out.getvalue()


# ----------------------------------------------------------------------------------------------
# writers
# ----------------------------------------------------------------------------------------------
def build_docx(when, title, body, docno=None, author="郑凯"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.6)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    if docno:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(docno)
    for item in body:
        if isinstance(item, str):
            p = doc.add_paragraph(item)
            p.paragraph_format.first_line_indent = Pt(24)
            continue
        tag = item[0]
        if tag == "h":
            p = doc.add_paragraph()
            rr = p.add_run(item[1])
            rr.bold = True
        elif tag == "p0":
            doc.add_paragraph(item[1])
        elif tag == "c":
            p = doc.add_paragraph(item[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "r":
            p = doc.add_paragraph(item[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif tag == "t":
            rows = item[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i, j).text = "" if v is None else str(v)
                    if i == 0:
                        for rr in t.cell(i, j).paragraphs[0].runs:
                            rr.bold = True
            doc.add_paragraph()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return norm_zip(buf.getvalue(), when)


def docx_file(rel, when, title, body, docno=None, author="郑凯"):
    write_bytes(rel, build_docx(when, title, body, docno, author))


pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"


def pdf_file(rel, when, title, body, author="华宇化工园区安全生产监督管理局"):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("WPS Office")
    W, H = A4
    x0, maxw = 60, W - 120
    state = {"y": H - 70, "page": 1}

    def newpage():
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 30, f"第 {state['page']} 页")
        c.showPage()
        state["page"] += 1
        state["y"] = H - 60

    def line(text, size=11, indent=0, lead=None, align="l"):
        lead = lead or size * 1.65
        if state["y"] < 60:
            newpage()
        c.setFont(FONT, size)
        if align == "c":
            c.drawCentredString(W / 2, state["y"], text)
        elif align == "r":
            c.drawRightString(W - 60, state["y"], text)
        else:
            c.drawString(x0 + indent, state["y"], text)
        state["y"] -= lead

    def wrap(text, size=11, first_indent=22):
        cur, width_avail = "", maxw - first_indent
        ind = first_indent
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, FONT, size) > width_avail:
                line(cur, size, ind)
                cur, ind, width_avail = ch, 0, maxw
            else:
                cur += ch
        if cur:
            line(cur, size, ind)

    line(title, 16, align="c", lead=32)
    for item in body:
        if isinstance(item, str):
            wrap(item)
        elif item[0] == "h":
            line("", 6, lead=4)
            wrap(item[1], 12.5, 0)
        elif item[0] == "c":
            line(item[1], 11, align="c")
        elif item[0] == "r":
            line(item[1], 11, align="r")
        elif item[0] == "t":
            for row in item[1]:
                wrap("  ".join("" if v is None else str(v) for v in row), 10, 0)
            line("", 6, lead=6)
    c.setFont(FONT, 9)
    c.drawCentredString(W / 2, 30, f"第 {state['page']} 页")
    c.save()
    write_bytes(rel, buf.getvalue())


def jpg_file(rel, when, seed, scene):
    rng = random.Random(seed)
    img = Image.new("RGB", (480, 360), (196, 210, 224))
    d = ImageDraw.Draw(img)
    if scene == "org":
        img.paste((250, 250, 250), (0, 0, 480, 360))
        d.rectangle((170, 20, 310, 60), outline=(0, 0, 0), width=2, fill=(220, 40, 40))
        d.rectangle((170, 90, 310, 125), outline=(0, 0, 0), width=2, fill=(240, 200, 60))
        d.line((240, 60, 240, 90), fill=(0, 0, 0), width=2)
        d.line((40, 160, 440, 160), fill=(0, 0, 0), width=2)
        d.line((240, 125, 240, 160), fill=(0, 0, 0), width=2)
        for i in range(8):
            x = 20 + i * 57
            d.line((x + 22, 160, x + 22, 190), fill=(0, 0, 0), width=2)
            d.rectangle((x, 190, x + 45, 300), outline=(0, 0, 0), width=2, fill=(120, 170, 230))
    else:
        d.rectangle((0, 250, 480, 360), fill=(120, 120, 120))
        for i in range(rng.randint(3, 6)):
            x = rng.randint(0, 400)
            h = rng.randint(60, 180)
            d.rectangle((x, 250 - h, x + rng.randint(40, 90), 250),
                        fill=(rng.randint(150, 230), rng.randint(150, 230), rng.randint(150, 230)))
        for i in range(rng.randint(2, 4)):
            x = rng.randint(20, 400)
            d.ellipse((x, 150, x + 70, 250), fill=(230, 230, 235), outline=(90, 90, 90))
        for i in range(rng.randint(8, 20)):
            x = rng.randint(10, 460)
            y = rng.randint(255, 330)
            d.ellipse((x, y - 16, x + 8, y - 8), fill=(240, 200, 160))
            d.rectangle((x, y - 8, x + 8, y + 10), fill=(250, 120, 0) if scene != "traffic" else (30, 60, 160))
        if scene == "traffic":
            for k in range(6):
                d.rectangle((20 + k * 75, 300, 60 + k * 75, 306), fill=(255, 255, 255))
            d.rectangle((300, 265, 420, 300), fill=(200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "HUAWEI"
    exif[0x0110] = "ELS-AN00"
    exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72, exif=exif.tobytes())
    write_bytes(rel, buf.getvalue())


def gbk_text(rel, text):
    write_bytes(rel, text.replace("\n", "\r\n").encode("gbk"))


THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_wb(when, author="郑凯"):
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    return wb


def put_table(ws, headers, rows, title=None, groups=None, widths=None, date_fmt="yyyy/m/d"):
    """title row (merged), optional two-level header with merged group cells, then rows."""
    n = len(headers)
    r = 1
    if title:
        ws.cell(r, 1, title).font = Font(bold=True, size=14)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
    if groups:
        grouped = {}
        for label, a, b in groups:
            for k in range(a, b + 1):
                grouped[k] = (label, a, b)
        for j, h in enumerate(headers, start=1):
            if j in grouped:
                label, a, b = grouped[j]
                if j == a:
                    ws.cell(r, j, label)
                    ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
                ws.cell(r + 1, j, h)
            else:
                ws.cell(r, j, h)
                ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
        for rr in (r, r + 1):
            for j in range(1, n + 1):
                ws.cell(rr, j).font = Font(bold=True)
                ws.cell(rr, j).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                ws.cell(rr, j).border = BORDER
        r += 2
    else:
        for j, h in enumerate(headers, start=1):
            ws.cell(r, j, h).font = Font(bold=True)
            ws.cell(r, j).border = BORDER
            ws.cell(r, j).alignment = Alignment(horizontal="center")
        r += 1
    for row in rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v)
            c.border = BORDER
            if isinstance(v, (dt.datetime, dt.date)):
                c.number_format = date_fmt
        r += 1
    for j in range(1, n + 1):
        w = (widths or {}).get(j)
        if w is None:
            w = 14 if j > 1 else 6
        ws.column_dimensions[get_column_letter(j)].width = w
    return r


def save_wb(rel, wb, when):
    buf = io.BytesIO()
    wb.save(buf)
    write_bytes(rel, norm_zip(buf.getvalue(), when))


def mixdate(d, style):
    """Render a date in one of the formats real ledgers mix."""
    if style == "dt":
        return dt.datetime(d.year, d.month, d.day)
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    return d.strftime("%Y-%m-%d")


# ----------------------------------------------------------------------------------------------
# shared facts
# ----------------------------------------------------------------------------------------------
ENTS = ["海川氯碱化工有限公司", "恒达化工有限公司", "宏泰精细化工有限公司", "鑫达新材料科技有限公司",
        "东晟石化有限公司", "新港储运有限公司", "瑞丰农药化工有限公司", "博远医药中间体有限公司",
        "鲁北橡塑助剂有限公司", "华宇热电有限公司", "润博工业气体有限公司", "凯润涂料有限公司",
        "正泰环保科技有限公司", "金源危险品物流有限公司", "华宇园区公用工程有限公司", "宏远危废处置有限公司"]
CONTRACTORS = ["中鼎工程建设有限公司", "安建检修工程有限公司", "鲁安防腐保温工程有限公司", "东营远航吊装有限公司"]
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"


def person(rng):
    return rng.choice(SURN) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def masked(rng):
    n = person(rng)
    return n[0] + "某" if len(n) == 2 else n[0] + "某" + n[-1]


# ----------------------------------------------------------------------------------------------
# registers (generated first: the narrative documents quote their counts)
# ----------------------------------------------------------------------------------------------
HAZ = [
    ("罐区", "液氯储罐区有毒气体报警器1台显示故障未及时报修", "更换报警探头并接入中控室", "一般"),
    ("罐区", "防火堤内有油污及杂物堆放", "清理杂物，建立罐区日巡查制度", "一般"),
    ("装卸站台", "装卸鹤管静电接地夹接触不良", "更换接地夹并检测接地电阻", "一般"),
    ("装卸站台", "装车作业未按规定设置警戒和专人监护", "补充监护人员，重新培训装卸人员", "一般"),
    ("生产装置", "反应釜安全阀校验超期", "送检校验并建立校验台账", "一般"),
    ("生产装置", "DCS报警值设定与工艺卡片不一致", "组织工艺、仪表专业核对修改", "一般"),
    ("生产装置", "联锁旁路未履行审批手续", "恢复联锁，补办审批并考核", "较大"),
    ("配电室", "配电室挡鼠板缺失，电缆沟盖板破损", "加装挡鼠板、更换盖板", "一般"),
    ("配电室", "绝缘手套、绝缘靴试验超期", "送检并更换不合格防护用品", "一般"),
    ("仓库", "甲类仓库内物品超量存放、堆垛间距不足", "清理超量物品，按标识区域存放", "较大"),
    ("仓库", "危险化学品仓库温湿度记录不全", "补装温湿度计并落实每日记录", "一般"),
    ("动火作业", "动火作业票气体分析时间超过30分钟未复测", "重新分析并补充作业票", "一般"),
    ("受限空间", "受限空间作业未配备正压式空气呼吸器", "配齐救援器材后方可作业", "较大"),
    ("高处作业", "脚手架未挂验收合格牌，部分作业人员未系安全带", "停工整改，重新验收挂牌", "一般"),
    ("消防设施", "室外消火栓出水压力不足", "检修消防泵及管网阀门", "一般"),
    ("消防设施", "灭火器压力不足或过期", "更换灭火器并更新巡检卡", "一般"),
    ("消防设施", "消防通道被车辆及物料占用", "清理通道，施划禁停标线", "一般"),
    ("应急设施", "洗眼器水压不足、冬季未采取防冻措施", "维修洗眼器，加装伴热", "一般"),
    ("应急设施", "应急物资柜内防毒面具滤毒罐过期", "更换滤毒罐并建立物资清单", "一般"),
    ("园区道路", "危化品车辆在园区道路两侧违规停放", "劝离并通报，纳入车辆黑名单管理", "一般"),
    ("园区道路", "道路交叉口减速带损坏、限速标志被遮挡", "修复减速带，清理遮挡树枝", "一般"),
    ("管廊", "公共管廊支架锈蚀，部分管道标识不清", "除锈防腐，补刷介质流向标识", "一般"),
    ("特种设备", "叉车未年检仍在使用", "停用并送检", "一般"),
    ("特种设备", "起重机械限位器失效", "维修限位器，检测合格后使用", "较大"),
    ("职业健康", "噪声作业岗位未设置警示标识", "设置职业病危害告知卡和警示标识", "一般"),
    ("职业健康", "粉尘岗位除尘器运行不正常", "维修除尘设备并检测", "一般"),
    ("承包商作业", "承包商人员未经入场培训进入装置区", "清退出场，补训考核合格后入场", "一般"),
    ("承包商作业", "检修作业现场临时用电线路拖地、未使用漏电保护器", "规范临时用电，加装漏保", "一般"),
    ("污水处理", "污水池盖板缺失，周边护栏高度不足", "补齐盖板，加高护栏至1.2米", "一般"),
    ("中控室", "中控室值班人员脱岗", "批评教育并纳入绩效考核", "一般"),
]


def gen_ledger(year, rng, n_per_month=(9, 14), open_after=None, fixed_days=None):
    """One row per hazard; every month has a 月度综合排查 plus some special checks."""
    rows = []
    leaders = ["赵敏", "陈立新", "赵敏", "何志强"]
    for m in range(1, 13):
        day = rng.randint(8, 20)
        day = (fixed_days or {}).get(m, day)
        base = dt.date(year, m, day)
        checks = [(base, "月度综合排查", leaders[m % 4])]
        if m in (1, 9):
            checks.append((dt.date(year, m, 25 if m == 1 else 24), "节前专项检查", "陈立新"))
        if m == 6:
            checks.append((dt.date(year, 6, 27), "汛期安全专项检查", "赵敏"))
        if m == 11:
            checks.append((dt.date(year, 11, 21), "冬季“四防”专项检查", "赵敏"))
        for cd, ctype, leader in checks:
            k = rng.randint(*n_per_month) if ctype == "月度综合排查" else rng.randint(3, 5)
            for _ in range(k):
                h = rng.choice(HAZ)
                ent = rng.choice(ENTS + CONTRACTORS[:2])
                deadline = cd + dt.timedelta(days=rng.choice([7, 10, 15, 30]))
                done = cd + dt.timedelta(days=rng.randint(2, (deadline - cd).days))
                status = "已整改销号"
                if open_after and cd >= open_after and rng.random() < 0.45:
                    status = rng.choice(["整改中", "未销号", "逾期未整改"])
                    done = None
                rows.append({"date": cd, "type": ctype, "leader": leader, "ent": ent, "place": h[0],
                             "desc": h[1], "measure": h[2], "level": h[3],
                             "owner": person(rng), "deadline": deadline, "done": done,
                             "checker": rng.choice(["赵敏", "何志强", "孙海涛", "周卫东"]) if done else "",
                             "status": status})
    return rows


INJ = [
    ("机械伤害", "手部", "检修时未停机挂牌，手被皮带轮挤伤", "落实停机挂牌上锁制度"),
    ("机械伤害", "手指", "清理搅拌机物料时设备误启动", "加装联锁并开展专项教育"),
    ("灼烫", "小腿", "蒸汽管线法兰泄漏烫伤", "更换垫片，加装防护罩"),
    ("灼烫", "手臂", "取样时碱液飞溅", "规范取样操作，配发防化手套"),
    ("物体打击", "头部", "高处工具坠落砸伤", "高处作业工具系挂防坠绳"),
    ("物体打击", "足部", "搬运桶装物料时砸脚", "配发防砸鞋，使用搬运车"),
    ("摔倒扭伤", "踝关节", "雨后钢格板湿滑摔倒", "加装防滑条，雨天巡检提醒"),
    ("摔倒扭伤", "腰部", "上下罐梯时踏空", "罐梯加装护笼及警示标识"),
    ("车辆伤害", "腿部", "园区道路电动车与货车刮碰", "路口增设减速带和反光镜"),
    ("车辆伤害", "全身多处", "厂内叉车倒车碰撞行人", "叉车加装倒车雷达及蓝光警示"),
    ("中毒窒息", "呼吸道", "取样时吸入少量氯气", "取样口加装密闭采样器"),
    ("其他伤害", "眼部", "打磨作业未戴护目镜，异物入眼", "检查劳保用品佩戴"),
    ("其他伤害", "手部", "使用美工刀割伤", "开展手工具安全使用教育"),
]


INJ_W = [4, 3, 3, 2, 3, 3, 4, 3, 2, 2, 1, 3, 3]


def gen_injuries(year, rng, n):
    rows = []
    dates = sorted(dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(3, 350)) for _ in range(n))
    for d in dates:
        t = rng.choices(INJ, weights=INJ_W)[0]
        sev = rng.choices(["急救处理", "轻伤"], weights=[56, 44])[0]
        lost = 0 if sev == "急救处理" else (rng.randint(3, 45) if sev == "轻伤" else rng.randint(105, 150))
        ent = rng.choice(ENTS + CONTRACTORS)
        rows.append({"date": d, "time": f"{rng.randint(0, 23):02d}:{rng.choice(['05', '15', '20', '30', '40', '50'])}",
                     "ent": ent, "name": masked(rng), "sex": rng.choice("男男男男女"),
                     "age": rng.randint(20, 57), "job": rng.choice(["操作工", "检修工", "装卸工", "驾驶员", "巡检工", "电工", "焊工", "仓管员"]),
                     "type": t[0], "part": t[1], "cause": t[2], "measure": t[3], "sev": sev, "lost": lost,
                     "reporter": rng.choice(["李红梅", "冯涛", "郑凯"]),
                     "treat": rng.choice(["园区医务室", "园区医务室", "东营市第二人民医院", "企业现场急救"])})
    return rows


TRAIN_TOPICS = [
    ("三级安全教育", "新入职员工", "园区级安全教育：园区概况、危险化学品特性及应急疏散", "何志强", 8),
    ("承包商入场培训", "承包商作业人员", "入场安全须知、作业许可、园区禁令", "何志强", 4),
    ("特种作业", "动火、受限空间作业监护人", "特殊作业安全规范GB 30871解读", "高峰", 8),
    ("危化品安全", "装卸作业人员", "液氯、液氨装卸操作规程及泄漏处置", "马骏", 4),
    ("消防安全", "企业微型消防站队员", "初起火灾扑救及消防器材使用", "孙海涛", 4),
    ("应急救援", "企业应急队伍", "应急预案及现场处置方案培训", "马骏", 4),
    ("职业健康", "接害岗位员工", "职业病危害因素及个体防护", "冯涛", 2),
    ("交通安全", "危化品车辆驾驶员、押运员", "园区道路交通规定及危险品运输安全", "周卫东", 2),
    ("安全社区知识", "企业安全管理人员", "安全社区理念及AQ/T 9001要素解读", "陈立新", 4),
    ("班组长培训", "企业班组长", "班组安全管理及隐患排查方法", "何志强", 8),
]


def gen_trainings(year, rng):
    rows = []
    for m in range(1, 13):
        picks = [TRAIN_TOPICS[1]]
        if m in (3, 7, 9) if year == 2024 else m in (3, 7, 10):
            picks.append(TRAIN_TOPICS[0])
        picks += rng.sample(TRAIN_TOPICS[2:], rng.randint(4, 5))
        for k, t in enumerate(picks):
            d = dt.date(year, m, min(28, 4 + k * 6 + rng.randint(0, 4)))
            n = rng.randint(18, 65) if t[0] != "三级安全教育" else rng.randint(35, 80)
            rows.append({"date": d, "cat": t[0], "obj": t[1], "topic": t[2], "trainer": t[3], "hours": t[4],
                         "n": n, "ok": n - rng.choice([0, 0, 0, 1, 2]),
                         "org": rng.choice(["园区安监局", "园区安监局", "园区消防救援站", "园区应急救援中心", "园区医务室"]),
                         "note": "签到表、试卷存组织单位"})
    rows.sort(key=lambda r: r["date"])
    return rows


RNG = random.Random(20240101)
LEDGER24 = gen_ledger(2024, RNG)
LEDGER25 = gen_ledger(2025, RNG, open_after=dt.date(2025, 9, 1), fixed_days={3: 18})
INJ24 = gen_injuries(2024, RNG, 37)
INJ25 = gen_injuries(2025, RNG, 30)
# the two investigated incidents must appear in the registers
INJ24.append({"date": dt.date(2024, 8, 7), "time": "10:20", "ent": "新港储运有限公司", "name": "邢某", "sex": "男", "age": 31,
              "job": "操作工", "type": "灼烫", "part": "左小腿", "cause": "巡检蒸汽伴热管线时法兰垫片刺漏，蒸汽烫伤",
              "measure": "全园区排查蒸汽管线法兰，加装防护罩", "sev": "轻伤", "lost": 21, "reporter": "李红梅",
              "treat": "东营市第二人民医院"})
INJ25.append({"date": dt.date(2025, 7, 14), "time": "15:40", "ent": "博远医药中间体有限公司", "name": "卢某", "sex": "女", "age": 26,
              "job": "仓管员", "type": "车辆伤害", "part": "右腿", "cause": "叉车倒车未观察后方，碰撞清点货物的仓管员",
              "measure": "叉车加装倒车雷达和蓝光灯，仓库人车分流", "sev": "重伤", "lost": 112, "reporter": "李红梅",
              "treat": "东营市第二人民医院"})
INJ24.sort(key=lambda r: r["date"])
INJ25.sort(key=lambda r: r["date"])


def special_hazards(rows, when, ent, items, done, leader="赵敏", ctype="专项督办检查"):
    for desc, measure in items:
        rows.append({"date": when, "type": ctype, "leader": leader, "ent": ent, "place": "专项督办",
                     "desc": desc, "measure": measure, "level": "较大", "owner": "企业负责人",
                     "deadline": when + dt.timedelta(days=20 if when.year == 2024 else 30), "done": done,
                     "checker": "赵敏" if done else "", "status": "已整改销号" if done else "整改中"})
    rows.sort(key=lambda r: r["date"])


special_hazards(LEDGER24, dt.date(2024, 5, 21), "恒达化工有限公司",
                [("甲类仓库内物品超量存放，堆垛间距不足0.8米（华宇园安改〔2024〕12号）", "清理超量物品，按核定储量存放"),
                 ("反应釜安全阀校验超期3个月（华宇园安改〔2024〕12号）", "立即送检校验"),
                 ("联锁旁路未履行审批手续（华宇园安改〔2024〕12号）", "恢复联锁，补办审批"),
                 ("受限空间作业现场未配备正压式空气呼吸器（华宇园安改〔2024〕12号）", "配齐救援器材")], dt.date(2024, 6, 14))
special_hazards(LEDGER25, dt.date(2025, 3, 18), "宏泰精细化工有限公司",
                [("甲类仓库超量存放约2吨（华宇园安改〔2025〕3号）", "清理超量物品"),
                 ("2号装卸鹤位静电接地夹损坏（华宇园安改〔2025〕3号）", "更换接地夹并检测"),
                 ("灭火器2具压力不足（华宇园安改〔2025〕3号）", "更换灭火器")], dt.date(2025, 4, 18), ctype="月度综合排查")
special_hazards(LEDGER25, dt.date(2025, 9, 16), "鑫达新材料科技有限公司",
                [("受限空间作业现场未配备正压式空气呼吸器（华宇园安改〔2025〕7号）", "配齐救援器材后方可作业"),
                 ("起重机械限位器失效（华宇园安改〔2025〕7号）", "维修并检测合格后使用"),
                 ("检修现场临时用电未使用漏电保护器（华宇园安改〔2025〕7号）", "规范临时用电"),
                 ("配电室绝缘防护用品试验超期（华宇园安改〔2025〕7号）", "送检或更换")], None)
TR24 = gen_trainings(2024, RNG)
TR25 = gen_trainings(2025, RNG)
# the 2025-05-20 contractor induction: no head-count, no sign-in sheet (planted gap)
TR25 = [r for r in TR25 if not (r["date"].month == 5 and r["cat"] == "承包商入场培训")]
TR25.append({"date": dt.date(2025, 5, 20), "cat": "承包商入场培训", "obj": "中鼎工程建设有限公司检修人员",
             "topic": "大检修入场安全须知、作业许可、园区禁令", "trainer": "何志强", "hours": 4,
             "n": None, "ok": None, "org": "园区安监局", "note": "签到表未收回"})
TR25.sort(key=lambda r: r["date"])


def count_by(rows, key):
    out = {}
    for r in rows:
        out[r[key]] = out.get(r[key], 0) + 1
    return out


# ----------------------------------------------------------------------------------------------
# root-level helpers for repeated phrases
# ----------------------------------------------------------------------------------------------
MEMBERS = [
    ("主任", "王建军", "园区管委会主任"),
    ("常务副主任", "刘志刚", "园区管委会副主任"),
    ("副主任", "陈立新", "园区安全生产监督管理局局长"),
    ("副主任", "孙海涛", "华宇园区消防救援站站长"),
    ("委员", "赵敏", "园区安全生产监督管理局副局长"),
    ("委员", "周卫东", "东营市公安局交警支队华宇园区中队中队长"),
    ("委员", "李红梅", "园区医务室（社区卫生服务站）主任"),
    ("委员", "马骏", "园区应急救援中心主任"),
    ("委员", "吴晓燕", "园区总工会主席"),
    ("委员", "黄丽", "园区党政办宣传科科长"),
    ("委员", "冯涛", "园区职业卫生服务站医师"),
    ("委员", "张国强", "海川氯碱化工有限公司总经理"),
    ("委员", "李振华", "新港储运有限公司总经理"),
    ("委员", "高建平", "金源危险品物流有限公司总经理"),
    ("委员", "刘丽娜", "园区安全生产志愿者协会会长"),
    ("委员", "孙立军", "园区周边丁庄社区居委会主任"),
]
GROUPS = [
    ("危险化学品储运安全项目组", "赵敏"), ("消防安全项目组", "孙海涛"), ("道路交通安全项目组", "周卫东"),
    ("职业健康项目组", "冯涛"), ("承包商及特种作业安全项目组", "何志强"), ("应急救援项目组", "马骏"),
    ("宣传教育培训组", "黄丽"), ("伤害监测与数据统计组", "李红梅"),
]


def sign(org="华宇化工园区安全社区促进委员会", date=""):
    return [("r", org), ("r", date)]


def cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


# ==============================================================================================
# 2024年
# ==============================================================================================
Y24 = "2024年"
F1 = f"{Y24}/01 组织机构与职责"


def y2024_org():
    rel = f"{F1}/华宇园安〔2024〕1号 关于成立华宇化工园区安全社区促进委员会的通知.docx"
    docx_file(rel, D("2024-01-05"), "关于成立华宇化工园区安全社区促进委员会的通知", [
        ("p0", "园区各部门、各入园企业："),
        "为深入贯彻“安全第一、预防为主、综合治理”方针，按照《安全社区建设基本要求》（AQ/T 9001-2006）和东营市安全社区建设工作部署，"
        "园区管委会决定启动华宇化工园区安全社区创建工作。为加强组织领导，整合园区管理部门、入园企业、消防救援、交警、医疗卫生、工会、"
        "周边社区和志愿者组织等各方资源，经研究，决定成立华宇化工园区安全社区促进委员会（以下简称促进委员会）。现将有关事项通知如下：",
        ("h", "一、促进委员会组成人员"),
        ("t", [("职务", "姓名", "单位及职务")] + MEMBERS),
        ("h", "二、促进委员会主要职责"),
        "（一）组织开展园区事故与伤害风险辨识及其评价工作；（二）组织制定体现园区特点、切实可行的安全目标和计划；"
        "（三）组织落实各类安全促进项目的实施；（四）整合园区内各类资源，实现全员参与、全员受益；（五）组织评审园区安全绩效；"
        "（六）为持续推动安全社区建设提供组织保障和人、财、物、技术等资源保障。",
        ("h", "三、办事机构"),
        "促进委员会下设办公室，办公室设在园区安全生产监督管理局，陈立新同志兼任办公室主任，郑凯同志为专职工作人员并兼任档案员，"
        "负责促进委员会日常工作、会议组织、信息汇总和创建档案管理。",
        ("h", "四、安全促进项目组"),
        "促进委员会下设8个安全促进项目组，成员由园区职能部门、入园企业安全管理人员、专业技术人员、志愿者和周边社区居民代表组成：",
        ("t", [("项目组", "组长")] + GROUPS),
        ("h", "五、工作要求"),
        "各成员单位要明确一名联络员，于2024年1月15日前报促进委员会办公室。促进委员会成员因工作变动需要调整的，由所在单位提出，"
        "促进委员会办公室报主任批准后发文调整。",
        ("r", "华宇化工园区管理委员会"), ("r", "2024年1月5日"),
    ], docno="华宇园安〔2024〕1号")
    reg(rel, "文件（成立促进委员会）", [1], [2], "2024-01-05")

    rel = f"{F1}/华宇化工园区安全社区创建工作方案（2024-2025年）.docx"
    docx_file(rel, D("2024-01-08"), "华宇化工园区安全社区创建工作方案（2024—2025年）", [
        ("h", "一、园区概况"),
        "华宇化工园区位于东营市东部，规划面积12.6平方公里，是省级认定的化工园区。园区现有入园企业38家，其中危险化学品生产企业21家、"
        "危险化学品储存经营企业6家，构成重大危险源9处（一级重大危险源2处）；从业人员约9600人，检修高峰期承包商作业人员约1200人；"
        "园区道路日均进出危险化学品运输车辆约620车次。园区周边1公里范围内有丁庄社区、后王村两个居民点，常住人口约4300人。"
        "园区主要风险为危险化学品泄漏、火灾爆炸、中毒窒息、危化品道路运输、承包商检修作业以及职业病危害。2023年园区登记各类事故与"
        "伤害事件46起，无死亡事故。",
        ("h", "二、指导思想"),
        "坚持“安全第一、预防为主、综合治理”方针，按照《安全社区建设基本要求》（AQ/T 9001-2006），以“政府主导、企业主体、全员参与、"
        "持续改进”为原则，整合园区资源，针对重点场所、重点人群和重点问题开展安全促进，减少事故与伤害。",
        ("h", "三、创建目标"),
        "总体目标：用两年时间，建立起跨部门合作的安全社区工作机制，2025年底前达到安全社区建设标准，2026年上半年申请省级安全社区评定。",
        "具体目标：1. 不发生较大及以上生产安全事故，生产安全事故死亡人数为零；2. 园区登记事故与伤害事件数较2023年基线（46起）下降25%以上；"
        "3. 员工安全培训覆盖率100%，承包商人员入场培训率100%；4. 重大隐患整改率100%，一般隐患按期整改率≥95%；"
        "5. 员工安全知识知晓率≥90%，员工对园区安全工作满意度≥85%。",
        ("h", "四、创建周期和步骤"),
        "本次创建周期为2024年1月1日至2025年12月31日，分六个阶段实施：",
        ("t", [("阶段", "时间", "主要工作"),
               ("启动阶段", "2024年1月—2月", "成立促进委员会和项目组，印发方案和制度，召开启动大会"),
               ("诊断阶段", "2024年2月—3月", "事故与伤害风险辨识评价、伤害数据回顾、问卷调查"),
               ("项目策划阶段", "2024年3月—4月", "确定安全促进项目，制定实施方案"),
               ("项目实施阶段", "2024年4月—2025年10月", "实施项目、宣传培训、应急演练、监测监督"),
               ("自查整档阶段", "2025年11月—2026年1月", "项目效果评估、年度评审、自查和档案整理"),
               ("申请评定阶段", "2026年上半年", "提交评定申请，迎接现场评定")]),
        ("h", "五、主要任务"),
        "（一）健全组织机构和工作制度；（二）建立信息交流和全员参与渠道；（三）开展事故与伤害风险辨识及评价；（四）制定年度目标和计划；"
        "（五）实施危险化学品储运、消防、道路交通、职业健康、承包商及特种作业五个安全促进项目；（六）开展宣传教育与培训；"
        "（七）完善应急预案并组织演练；（八）开展隐患排查和监测监督；（九）建立事故与伤害记录和统计分析制度；（十）建立创建档案；"
        "（十一）落实预防与纠正措施；（十二）开展年度评审，持续改进。",
        ("h", "六、保障措施"),
        "园区管委会每年安排安全社区建设专项资金不少于300万元，入园企业按照安全生产费用提取使用规定投入配套资金；促进委员会办公室每季度"
        "通报创建进度，创建工作纳入园区对部门和企业的年度安全生产目标考核。",
        ("r", "华宇化工园区管理委员会"), ("r", "2024年1月8日"),
    ], docno="华宇园安〔2024〕3号")
    reg(rel, "创建工作方案", [1, 4], [5, 10], "2024-01-08")

    rel = f"{F1}/安全社区促进委员会及项目组成员名单.xlsx"
    wb = new_wb(D("2024-01-16"))
    ws = wb.active
    ws.title = "促进委员会"
    put_table(ws, ["序号", "委员会职务", "姓名", "单位及职务", "联系电话"],
              [(i + 1, m[0], m[1], m[2], f"1386546{1000 + i * 37:04d}"[:11]) for i, m in enumerate(MEMBERS)],
              title="华宇化工园区安全社区促进委员会成员名单（2024年1月）", widths={4: 44, 5: 16})
    ws2 = wb.create_sheet("项目组")
    rng = random.Random(7)
    rows = []
    k = 1
    for g, lead in GROUPS:
        rows.append((k, g, "组长", lead, "园区" if lead in ("赵敏", "孙海涛", "周卫东", "冯涛", "马骏", "黄丽", "李红梅") else "园区安监局"))
        k += 1
        for _ in range(4):
            who = rng.choice(["企业安全管理人员", "专业技术人员", "志愿者", "周边社区居民代表", "员工代表"])
            rows.append((k, g, "成员", person(rng), f"{rng.choice(ENTS)}（{who}）" if who != "周边社区居民代表" else "丁庄社区（居民代表）"))
            k += 1
    put_table(ws2, ["序号", "项目组", "组内职务", "姓名", "单位/身份"], rows,
              title="安全促进项目组成员名单", widths={2: 30, 5: 44})
    save_wb(rel, wb, D("2024-01-16"))
    reg(rel, "成员名单", [1], [2], "2024-01-16")

    rel = f"{F1}/华宇园安〔2024〕5号 安全社区管理制度汇编.docx"
    docx_file(rel, D("2024-01-20"), "华宇化工园区安全社区管理制度汇编（2024版）", [
        "为规范安全社区创建工作，促进委员会办公室组织制定了以下管理制度，经2024年1月19日促进委员会审议通过，自印发之日起施行。",
        ("h", "制度一  促进委员会例会制度"),
        "1. 促进委员会每季度召开一次例会，由主任或常务副主任主持，听取各项目组工作汇报，研究解决创建中的问题；遇重大事项可召开临时会议。"
        "2. 每年12月召开年度工作会议，与年度评审结合进行。3. 会议由办公室记录，形成会议纪要，并附签到表归档。",
        ("h", "制度二  信息交流与反馈制度"),
        "1. 设立“安全隐患随手拍”微信小程序、意见箱和安全热线0546-8823119，收集员工和周边居民的意见建议；2. 办公室对收到的意见"
        "建议登记，5个工作日内转办，15个工作日内反馈；3. 每半年在园区网站和宣传栏公布安全信息。",
        ("h", "制度三  事故与伤害风险辨识评价制度"),
        "1. 园区每年至少组织开展一次全面的危险源辨识和风险评价，采用作业条件危险性评价法（LEC）或风险矩阵法；2. 新建、改建项目"
        "和工艺变更前应进行专项辨识；3. 评价结果作为制定目标、计划和安全促进项目的依据。",
        ("h", "制度四  隐患排查治理制度"),
        "1. 园区安监局每月开展一次隐患排查（月度综合排查），节假日前、汛期、冬季开展专项检查；2. 入园企业每周开展一次自查；"
        "3. 发现的隐患统一录入《隐患排查治理台账》，明确整改措施、责任人和期限；4. 隐患整改实行闭环管理，整改完成后经复查验收销号。",
        ("h", "制度五  宣传教育与培训制度"),
        "1. 新入职员工必须接受园区级、企业级、班组级三级安全教育，累计不少于24学时；2. 承包商人员入场前必须接受入场安全培训，"
        "培训率100%；3. 特种作业人员持证上岗；4. 每次培训须有签到表、参训人数和考核记录，培训情况统一登记入《安全教育培训台账》。",
        ("h", "制度六  应急管理与演练制度"),
        "1. 园区综合应急预案每三年至少修订一次；2. 园区每半年至少组织一次综合应急演练；3. 入园企业每季度至少组织一次专项或现场处置方案演练；"
        "4. 每次演练应有方案、记录和评估报告，评估发现的问题纳入整改。",
        ("h", "制度七  事故与伤害报告登记制度"),
        "1. 园区内发生的所有事故与伤害事件（包括仅需急救处理的轻微伤害）均应登记，由园区医务室和企业安全管理部门在24小时内报伤害"
        "监测与数据统计组；2. 重伤及以上事故1小时内报告园区安监局；3. 伤害监测与数据统计组每年1月完成上一年度事故与伤害统计分析报告。",
        ("h", "制度八  预防与纠正措施管理制度"),
        "1. 对排查发现的较大隐患、事故调查和演练评估中发现的问题，园区安监局下达《隐患整改通知书》；2. 被通知单位应在规定期限内"
        "完成整改并书面回复；3. 园区安监局组织复查验收，验收合格后销号，未按期整改的予以通报。",
        ("h", "制度九  评审与持续改进制度"),
        "1. 促进委员会每年12月组织一次年度评审，对照创建目标和安全社区要素评价工作绩效；2. 评审形成评审报告，提出下一年度改进措施；"
        "3. 改进措施纳入下一年度工作计划。",
        ("h", "制度十  创建档案管理制度"),
        "按《安全社区创建档案管理办法》执行。",
        ("r", "华宇化工园区安全社区促进委员会"), ("r", "2024年1月20日"),
    ], docno="华宇园安〔2024〕5号")
    reg(rel, "管理制度汇编", [1], [2, 3, 6, 7, 8, 9, 10, 11, 12], "2024-01-20")

    rel = f"{F1}/2024年安全社区创建资金预算及投入台账.xlsx"
    wb = new_wb(D("2024-12-28"), "财务科 孙丽")
    ws = wb.active
    ws.title = "2024年"
    items = [("1月", "安全社区启动大会及宣传品", 6.8), ("2月", "风险辨识评价技术服务", 18.5), ("3月", "问卷调查印制及统计", 2.1),
             ("4月", "装卸站台紧急切断阀改造（危化品项目）", 62.0), ("4月", "园区道路减速带及标志标线（交通项目）", 23.6),
             ("5月", "微型消防站器材补充", 14.2), ("5月", "全国安全社区经验交流会差旅", 1.9), ("6月", "液氯泄漏综合应急演练", 8.7),
             ("6月", "安全生产月活动", 5.4), ("7月", "职业健康体检补贴（接害岗位）", 36.0), ("8月", "可燃有毒气体报警联网平台扩容", 41.5),
             ("9月", "承包商培训教室及VR体验设备", 19.8), ("10月", "危化品车辆港湾式停车区设计", 7.5), ("11月", "消防综合应急演练", 6.3),
             ("11月", "应急物资补充（防化服、空呼）", 22.4), ("12月", "志愿者活动及表彰", 3.2), ("12月", "档案整理及评审会", 2.6)]
    rows = []
    tot = 0
    for i, (m, it, amt) in enumerate(items):
        tot += amt
        rows.append((i + 1, m, it, amt, "园区专项资金" if i % 3 else "园区专项资金+企业配套", "已支付"))
    rows.append(("", "合计", "", round(tot, 1), "", ""))
    put_table(ws, ["序号", "月份", "支出项目", "金额（万元）", "资金来源", "状态"], rows,
              title="华宇化工园区2024年安全社区建设资金投入台账（预算300万元）", widths={3: 40, 5: 24})
    save_wb(rel, wb, D("2024-12-28"))
    reg(rel, "资金投入台账", [1], [], "2024-12-28")

    rel = f"{F1}/安全社区组织机构图.jpg"
    jpg_file(rel, D("2024-01-16"), 11, "org")
    reg(rel, "照片（组织机构图）", [1], [], "2024-01-16")

    mdir = f"{F1}/促进委员会会议纪要"
    att = "王建军、刘志刚、陈立新、孙海涛、赵敏、周卫东、李红梅、马骏、吴晓燕、黄丽、冯涛、张国强、李振华、高建平、刘丽娜、孙立军及各项目组组长"
    rel = f"{mdir}/2024-03-26 促进委员会第一季度例会纪要.docx"
    docx_file(rel, D("2024-03-26"), "华宇化工园区安全社区促进委员会2024年第一季度例会纪要", [
        ("p0", "时间：2024年3月26日上午9:00    地点：园区管委会三楼第一会议室"),
        ("p0", "主持：王建军    记录：郑凯    出席：" + att + "，共23人（签到表附后）"),
        ("h", "一、会议议题"),
        "1. 听取园区事故与伤害风险辨识评价初步结果汇报；2. 审议五个安全促进项目立项建议；3. 部署2024年“安全生产月”活动。",
        ("h", "二、会议情况"),
        "赵敏汇报了风险辨识评价工作：共辨识危险源326项，一级风险4项、二级风险19项，主要集中在液氯储罐区、装卸站台、园区道路交叉口"
        "和承包商检修作业。李红梅汇报了2021—2023年伤害数据回顾情况，2023年登记伤害事件46起，机械伤害和灼烫占比较高。",
        ("h", "三、议定事项"),
        "1. 同意设立危险化学品储运、消防、道路交通、职业健康、承包商及特种作业五个安全促进项目，各项目组4月10日前提交实施方案；"
        "2. 风险评价报告修改后于3月底印发；3. 安全生产月活动由宣传教育培训组牵头，6月组织液氯泄漏综合应急演练。",
    ])
    reg(rel, "会议纪要", [1], [2], "2024-03-26")

    rel = f"{mdir}/20240625 促进委员会二季度例会纪要.docx"
    docx_file(rel, D("2024-06-25"), "促进委员会2024年第二季度例会纪要", [
        ("p0", "时间：2024年6月25日下午2:30    地点：园区应急指挥中心"),
        ("p0", "主持：刘志刚    记录：郑凯    参会人数：21人"),
        ("h", "一、会议内容"),
        "1. 马骏通报6月18日液氯泄漏综合应急演练情况及评估发现的4项问题；2. 各项目组汇报实施方案落实进度；3. 李红梅通报1—5月伤害登记情况；"
        "4. 研究汛期安全工作。",
        ("h", "二、议定事项"),
        "1. 演练评估提出的对讲机信道冲突、下风向疏散引导不及时等问题由应急救援项目组7月底前整改完毕；"
        "2. 道路交通项目组抓紧推进港湾式停车区选址；3. 汛期前开展一次防汛专项检查。",
    ])
    reg(rel, "会议纪要", [1], [2], "2024-06-25")

    rel = f"{mdir}/2024年第三季度促进委员会会议纪要.pdf"
    pdf_file(rel, D("2024-09-24"), "华宇化工园区安全社区促进委员会第三季度例会纪要", [
        "会议时间：2024年9月24日    会议地点：园区管委会三楼第一会议室",
        "主持人：王建军    记录人：郑凯    参会人员：促进委员会成员及项目组组长共22人",
        ("h", "一、会议议题"),
        "（一）通报三季度隐患排查治理情况；（二）通报8月7日新港储运罐区作业人员烫伤事故调查处理情况；（三）听取道路交通安全促进项目推进情况；"
        "（四）部署四季度承包商大检修安全管理工作。",
        ("h", "二、议定事项"),
        "1. 烫伤事故暴露的蒸汽管线法兰防护问题在全园区举一反三排查；2. 检修季承包商入场培训实行“一人一卡”，未培训人员一律不得入场；"
        "3. 11月组织园区消防综合应急演练；4. 国庆节前开展节前专项检查。",
    ])
    reg(rel, "会议纪要", [1], [2], "2024-09-24")

    rel = f"{mdir}/2024-12-20 促进委员会四季度例会暨年度工作会议纪要.docx"
    docx_file(rel, D("2024-12-20"), "促进委员会2024年第四季度例会暨年度工作会议纪要", [
        ("p0", "时间：2024年12月20日    地点：园区管委会三楼第一会议室    主持：王建军    记录：郑凯    参会：24人"),
        ("h", "一、会议内容"),
        "1. 陈立新代表办公室汇报2024年安全社区创建工作；2. 各项目组汇报项目实施情况；3. 讨论《2025年安全社区建设工作要点（草案）》；"
        "4. 部署年度评审工作。",
        ("h", "二、议定事项"),
        "1. 12月27日召开2024年度评审会，评审组由王建军任组长，邀请市应急管理局专家参加；2. 工作要点草案按会议意见修改后于2025年2月印发；"
        "3. 各项目组12月25日前提交年度项目工作总结。",
    ])
    reg(rel, "会议纪要", [1], [2, 12], "2024-12-20")


F2 = f"{Y24}/02 信息交流与全员参与"


def suggestions(year, rng, n):
    cats = [("隐患随手拍", "园区道路井盖松动", "公用工程公司", "已修复"),
            ("隐患随手拍", "罐区外围消防通道被车辆占用", "园区安监局", "已清理并通报"),
            ("合理化建议", "建议在装卸站台增设防滑踏板", "新港储运有限公司", "已采纳实施"),
            ("合理化建议", "建议承包商培训增加VR体验", "园区安监局", "已采纳"),
            ("意见投诉", "周边居民反映夜间异味", "园区安监局、环保科", "已排查并反馈"),
            ("隐患随手拍", "路灯损坏，夜间照明不足", "公用工程公司", "已修复"),
            ("合理化建议", "建议设置危化品车辆等候区", "交警中队", "纳入交通项目"),
            ("隐患随手拍", "消防栓被绿化带遮挡", "消防救援站", "已整改"),
            ("合理化建议", "建议编印员工安全口袋书", "宣传科", "已采纳"),
            ("意见投诉", "上下班高峰园区东门拥堵", "交警中队", "已调整信号配时")]
    rows = []
    for i in range(n):
        c = rng.choice(cats)
        d = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(5, 355))
        rows.append([i + 1, d, f"{masked(rng)}（{rng.choice(ENTS)}）" if c[0] != "意见投诉" else f"{masked(rng)}（丁庄社区居民）",
                     c[0], c[1], c[2], c[3], d + dt.timedelta(days=rng.randint(1, 12)), rng.choice(["电话", "微信", "书面", "当面"])])
    rows.sort(key=lambda r: r[1])
    for i, r in enumerate(rows):
        r[0] = i + 1
        r[1] = mixdate(r[1], rng.choice(["dt", "slash", "dot", "cn"]))
        r[7] = mixdate(r[7], "dt")
    return rows


def y2024_info():
    rng = random.Random(24002)
    rel = f"{F2}/2024年员工安全建议及隐患随手拍登记表.xlsx"
    wb = new_wb(D("2024-12-31"))
    ws = wb.active
    ws.title = "登记表"
    put_table(ws, ["序号", "提出日期", "提出人", "类别", "内容摘要", "办理单位", "办理结果", "反馈日期", "反馈方式"],
              suggestions(2024, rng, 58), title="2024年员工安全建议、隐患随手拍及居民意见登记表",
              widths={3: 34, 5: 36, 6: 20, 7: 18})
    save_wb(rel, wb, D("2024-12-31"))
    reg(rel, "登记表（意见建议）", [2], [8, 11], "2024-12-31")

    rel = f"{F2}/2024-05-16 参加全国安全社区建设经验交流会情况报告.docx"
    docx_file(rel, D("2024-05-16"), "关于参加全国安全社区建设经验交流会的情况报告", [
        ("p0", "促进委员会："),
        "2024年5月13日至15日，园区安监局陈立新、郑凯和海川氯碱化工有限公司、新港储运有限公司安全负责人一行4人，参加了中国职业安全健康协会"
        "在江苏省南京市举办的全国安全社区建设经验交流会，并到南京江北新材料科技园考察了园区型安全社区建设情况。现将有关情况报告如下：",
        ("h", "一、交流会主要内容"),
        "会议交流了城市型、园区型和企业型安全社区的建设经验，重点介绍了化工园区封闭化管理、危化品车辆专用停车场、承包商“一人一卡”管理、"
        "伤害监测信息平台等做法。",
        ("h", "二、主要收获"),
        "1. 园区型安全社区应突出危险化学品储运、承包商作业、危化品道路运输等重点问题；2. 项目效果评估要用伤害人数、事故起数、违章率、知晓率等"
        "客观数据说话；3. 周边社区居民要纳入信息交流和应急疏散体系。",
        ("h", "三、下一步打算"),
        "1. 借鉴危化品车辆专用停车场做法，完善我园区道路交通安全促进项目；2. 与丁庄社区建立联席会议机制；3. 将交流材料在园区安全管理人员中传达学习。",
        ("r", "园区安全生产监督管理局"), ("r", "2024年5月16日"),
    ])
    reg(rel, "交流活动报告", [2], [], "2024-05-16")

    rel = f"{F2}/安全志愿者服务队名册及活动记录.xlsx"
    wb = new_wb(D("2025-12-20"))
    ws = wb.active
    ws.title = "志愿者名册"
    rows = []
    for i in range(40):
        rows.append((i + 1, person(rng), rng.choice(["男", "男", "女"]), rng.choice(ENTS + ["丁庄社区", "后王村"]),
                     rng.choice(["安全宣传", "隐患随手拍", "应急疏散引导", "交通劝导", "急救志愿服务"]),
                     mixdate(dt.date(2024, rng.randint(2, 12), rng.randint(1, 28)), rng.choice(["dt", "slash", "cn"]))))
    put_table(ws, ["序号", "姓名", "性别", "所在单位/社区", "服务类别", "加入日期"], rows,
              title="华宇化工园区安全生产志愿者服务队名册", widths={4: 26, 5: 16})
    ws2 = wb.create_sheet("活动记录")
    acts = ["安全生产月安全咨询日", "丁庄社区家庭燃气安全宣传", "园区东门交通劝导", "应急疏散引导培训",
            "急救知识进班组", "“隐患随手拍”推广", "冬季防火宣传", "危化品车辆停放劝导"]
    rows = []
    for i in range(22):
        d = dt.date(2024, 3, 1) + dt.timedelta(days=i * 31 + rng.randint(0, 10))
        rows.append((i + 1, mixdate(d, rng.choice(["dt", "dot", "cn"])), rng.choice(acts),
                     rng.choice(["园区东门", "丁庄社区广场", "管委会广场", "各企业班组"]), rng.randint(8, 36), "刘丽娜"))
    put_table(ws2, ["序号", "日期", "活动内容", "地点", "参加志愿者人数", "负责人"], rows,
              title="志愿者活动记录（2024—2025年）", widths={3: 30, 4: 18})
    save_wb(rel, wb, D("2025-12-20"))
    reg(rel, "志愿者名册及活动记录", [2], [], "2025-12-20")


F3 = f"{Y24}/03 风险辨识与评价"
LEC_T = [
    ("液氯储罐区", "液氯储罐及管线泄漏", "中毒窒息", "紧急切断、有毒气体报警、碱液吸收装置"),
    ("液氯装卸站台", "装卸软管破裂、连接不牢", "中毒窒息", "装卸臂替代软管，作业票管理"),
    ("液氨储罐区", "液氨泄漏", "中毒窒息、火灾爆炸", "喷淋吸收、气体报警联锁"),
    ("甲醇罐区", "储罐呼吸阀失效、静电", "火灾爆炸", "氮封、静电接地、巡检"),
    ("加氢反应装置", "超温超压", "火灾爆炸", "SIS联锁、安全阀、DCS报警"),
    ("氯化反应装置", "反应失控", "火灾爆炸、中毒", "自动化控制、紧急冷却"),
    ("危化品仓库", "超量存放、禁忌物混存", "火灾", "分区存放、限量管理"),
    ("装卸作业", "静电积聚", "火灾爆炸", "静电接地报警器、限速装车"),
    ("动火作业", "可燃气体残留", "火灾爆炸", "气体分析、作业票、监护"),
    ("受限空间作业", "缺氧、有毒气体", "中毒窒息", "通风、检测、监护、救援器材"),
    ("高处作业", "未系安全带、脚手架不稳", "高处坠落", "脚手架验收、安全带双钩"),
    ("吊装作业", "起重机械失效、指挥不当", "起重伤害", "作业票、持证指挥"),
    ("检修作业", "设备未断电挂牌", "机械伤害、触电", "能量隔离、上锁挂牌"),
    ("蒸汽管网", "法兰泄漏高温蒸汽", "灼烫", "保温、防护罩、巡检"),
    ("配电室", "电气设备老化", "触电、火灾", "定期检测、绝缘防护"),
    ("园区道路", "危化品车辆超速、违停", "车辆伤害、泄漏", "限速、电子卡口、停车区"),
    ("厂内运输", "叉车盲区", "车辆伤害", "倒车雷达、人车分流"),
    ("粉尘岗位", "粉尘超标", "尘肺病", "除尘、个体防护、体检"),
    ("噪声岗位", "噪声超标", "噪声聋", "隔声、耳塞、体检"),
    ("化验室", "化学试剂腐蚀", "灼烫、中毒", "通风橱、防护用品"),
    ("污水处理站", "硫化氢积聚", "中毒窒息", "密闭、检测报警"),
    ("锅炉房", "锅炉超压、缺水", "锅炉爆炸", "联锁保护、持证操作"),
    ("办公楼", "电气线路老化", "火灾", "定期检查、消防设施"),
    ("楼梯及钢格板", "湿滑", "摔倒扭伤", "防滑措施、警示"),
]
LEC_LEVEL = [(320, "一级（极其危险）"), (160, "二级（高度危险）"), (70, "三级（显著危险）"), (20, "四级（一般危险）"), (0, "五级（稍有危险）")]


def lec_rows(rng, n):
    rows = []
    for i in range(n):
        t = LEC_T[i % len(LEC_T)] if i < len(LEC_T) else rng.choice(LEC_T)
        L = rng.choice([0.5, 1, 1, 3, 3, 6])
        E = rng.choice([2, 3, 3, 6, 6])
        C = rng.choice([3, 7, 7, 15, 15, 40])
        if t[0] in ("液氯储罐区", "液氯装卸站台") and i < 30:
            L, E, C = 3, 6, 40
        Dv = L * E * C
        lvl = next(name for th, name in LEC_LEVEL if Dv > th)
        ent = rng.choice(ENTS)
        rows.append((i + 1, ent, t[0], t[1], t[2], L, E, C, Dv, lvl, t[3], rng.choice(["企业", "企业", "园区、企业"])))
    return rows


def y2024_risk():
    rng = random.Random(24003)
    lec = lec_rows(rng, 118)
    lv = {}
    for r in lec:
        lv[r[9][:2]] = lv.get(r[9][:2], 0) + 1
    rel = f"{F3}/2024年华宇化工园区事故与伤害风险辨识评价报告.docx"
    top = [r for r in lec if r[8] >= 160][:8]
    docx_file(rel, D("2024-03-20"), "华宇化工园区事故与伤害风险辨识评价报告（2024年）", [
        ("h", "一、目的和依据"),
        "依据《安全社区建设基本要求》（AQ/T 9001-2006）和园区《事故与伤害风险辨识评价制度》，全面辨识园区内危险源和事故与伤害风险，"
        "确定重点场所、重点人群和重点问题，为制定安全目标、计划和安全促进项目提供依据。",
        ("h", "二、范围和方法"),
        "范围覆盖园区38家入园企业、公共管廊、园区道路、公用工程及周边居民点。方法包括：作业条件危险性评价法（LEC）、安全检查表、"
        "2021—2023年事故与伤害数据回顾、员工及周边居民问卷调查（有效问卷1236份）、专家座谈。",
        ("h", "三、危险源辨识及风险评价结果"),
        f"本次在园区层面汇总重点危险源{len(lec)}项（企业层面共辨识326项），其中一级风险{lv.get('一级', 0)}项、二级风险{lv.get('二级', 0)}项、"
        f"三级风险{lv.get('三级', 0)}项、四级风险{lv.get('四级', 0)}项、五级风险{lv.get('五级', 0)}项。详见《危险源辨识与LEC风险评价表2024》。主要高风险如下：",
        ("t", [("序号", "企业", "场所/作业", "危险源", "可能事故", "D值", "等级")] + [(i + 1, r[1], r[2], r[3], r[4], r[8], r[9]) for i, r in enumerate(top)]),
        ("h", "四、事故与伤害数据分析"),
        "2021—2023年园区分别登记事故与伤害事件52起、49起、46起，无死亡事故。2023年46起中：机械伤害12起、摔倒扭伤9起、灼烫8起、"
        "物体打击7起、车辆伤害5起、中毒窒息2起、其他3起；承包商人员受伤占28%，入职不满一年员工占35%；伤害高发时段为检修季（9—11月）和夜班。",
        ("h", "五、高风险环境、高危人群和脆弱群体"),
        "高风险环境：液氯、液氨储罐区，装卸站台，园区道路交叉口，检修作业现场。高危人群：承包商检修人员、新入职员工、危化品车辆驾驶员和押运员、"
        "接害岗位员工。脆弱群体：外来务工人员、夜班人员、周边居民中的老人和儿童（泄漏疏散）。",
        ("h", "六、结论和建议"),
        "建议重点实施危险化学品储运安全、消防安全、道路交通安全、职业健康、承包商及特种作业安全五个安全促进项目，并将降低机械伤害、灼烫和"
        "车辆伤害作为年度预防目标。",
        ("r", "园区安全生产监督管理局（风险辨识评价工作组）"), ("r", "2024年3月20日"),
    ])
    reg(rel, "风险辨识评价报告", [3], [4], "2024-03-20")

    rel = f"{F3}/危险源辨识与LEC风险评价表2024.xlsx"
    wb = new_wb(D("2024-03-18"))
    ws = wb.active
    ws.title = "LEC评价"
    put_table(ws, ["序号", "企业", "场所/作业活动", "危险源/危险有害因素", "可能导致的事故", "L", "E", "C", "D", "风险等级", "控制措施", "管控层级"],
              lec, title="华宇化工园区危险源辨识与风险评价表（作业条件危险性评价法 LEC）",
              groups=[("风险评价（D=L×E×C）", 6, 10)], widths={2: 24, 3: 16, 4: 26, 5: 18, 10: 18, 11: 34})
    ws2 = wb.create_sheet("分级标准")
    put_table(ws2, ["D值", "危险程度", "风险等级", "管控层级"],
              [(">320", "极其危险，不能继续作业", "一级", "园区"), ("160～320", "高度危险，需立即整改", "二级", "园区、企业"),
               ("70～160", "显著危险，需要整改", "三级", "企业"), ("20～70", "一般危险，需要注意", "四级", "车间"),
               ("<20", "稍有危险，可以接受", "五级", "班组")], widths={2: 30})
    save_wb(rel, wb, D("2024-03-18"))
    reg(rel, "风险评价表（LEC）", [3], [], "2024-03-18")

    rel = f"{F3}/员工及周边居民安全需求问卷调查分析（2024年3月）.pdf"
    pdf_file(rel, D("2024-03-08"), "华宇化工园区员工及周边居民安全需求问卷调查分析报告", [
        "调查时间：2024年2月19日至3月1日。调查对象：入园企业员工、承包商人员、危化品车辆驾驶员及丁庄社区、后王村居民。",
        "共发放问卷1300份，回收1262份，有效问卷1236份，有效率95.1%。其中员工912份、承包商人员164份、驾驶员86份、周边居民74份。",
        ("h", "一、安全知识知晓情况"),
        ("t", [("调查项目", "知晓率"), ("本岗位主要危险有害因素", "81.3%"), ("液氯泄漏时的疏散方向", "62.7%"),
               ("园区安全热线和随手拍渠道", "38.5%"), ("灭火器使用方法", "86.9%"), ("职业病危害及防护", "66.2%")]),
        ("h", "二、安全需求排序"),
        "员工最关心的安全问题依次为：检修作业安全（68%）、危化品泄漏（61%）、园区道路交通（47%）、职业病危害（41%）、食堂及宿舍消防（22%）。"
        "周边居民最关心的是泄漏事故时的预警和疏散（83%）及园区异味（54%）。",
        ("h", "三、满意度"),
        "员工对园区安全工作总体满意度为78.4%，周边居民为71.6%。",
        ("h", "四、结论"),
        "问卷结果表明，疏散知识、信息渠道知晓率和职业健康防护知识是薄弱环节，应在宣传教育培训和安全促进项目中重点改进。",
        ("r", "伤害监测与数据统计组    2024年3月8日"),
    ])
    reg(rel, "问卷调查分析", [3], [2], "2024-03-08")


F4 = f"{Y24}/04 目标与计划"


def y2024_plan():
    rel = f"{F4}/华宇园安〔2024〕8号 2024年安全社区创建工作计划.docx"
    docx_file(rel, D("2024-02-20"), "华宇化工园区2024年安全社区创建工作计划", [
        ("h", "一、年度目标"),
        "1. 不发生较大及以上生产安全事故，死亡人数为零；2. 登记事故与伤害事件不超过40起（较2023年下降13%以上）；3. 机械伤害和灼烫事件下降20%；"
        "4. 员工安全培训覆盖率100%，承包商入场培训率100%；5. 一般隐患按期整改率≥95%，重大隐患整改率100%；6. 员工疏散知识知晓率提高到80%。",
        ("h", "二、重点工作安排"),
        ("t", [("时间", "工作内容", "责任部门/项目组", "完成标志"),
               ("1—2月", "成立促进委员会，印发创建方案、制度汇编、年度计划", "促进委员会办公室", "文件印发"),
               ("2—3月", "风险辨识评价、伤害数据回顾、问卷调查", "安监局、伤害监测组", "评价报告"),
               ("3—4月", "制定五个安全促进项目实施方案", "各项目组", "实施方案"),
               ("每月", "园区月度综合隐患排查", "安监局", "隐患排查治理台账"),
               ("每季度", "促进委员会例会", "促进委员会办公室", "会议纪要"),
               ("6月", "安全生产月；液氯泄漏综合应急演练", "宣传教育培训组、应急救援组", "活动记录、演练评估"),
               ("全年", "三级安全教育、承包商入场培训、特种作业培训", "宣传教育培训组", "培训台账"),
               ("11月", "消防综合应急演练", "消防安全项目组", "演练评估"),
               ("12月", "项目年度效果评估、年度评审", "促进委员会", "评估报告、评审报告")]),
        ("h", "三、保障措施"),
        "年度安全社区专项资金预算300万元；各项目组每季度向办公室报送进度；年度计划完成情况纳入部门和企业安全生产目标考核。",
        ("r", "华宇化工园区安全社区促进委员会"), ("r", "2024年2月20日"),
    ], docno="华宇园安〔2024〕8号")
    reg(rel, "年度工作计划", [4], [], "2024-02-20")


F5 = f"{Y24}/要素五 安全促进项目"


def project_plan(rel, when, name, background, goals, measures, period, budget, leader, evaluation):
    docx_file(rel, when, f"{name}实施方案", [
        ("h", "一、项目背景"), background,
        ("h", "二、项目目标"), goals,
        ("h", "三、干预措施"), *measures,
        ("h", "四、实施时间和责任分工"),
        f"实施时间：{period}。项目组组长：{leader}。项目经费：{budget}。",
        ("h", "五、效果评估"), evaluation,
        ("r", "华宇化工园区安全社区促进委员会"), ("r", cn(when)),
    ])


def y2024_projects():
    rel = f"{F5}/危险化学品储运安全促进项目实施方案.docx"
    project_plan(rel, D("2024-03-28"), "危险化学品储运安全促进项目",
                 "园区有液氯、液氨、甲醇等储罐区12个，装卸站台9处。2023年储运环节发生泄漏事件5起、装卸作业伤害8起，装卸违章37起。"
                 "风险评价显示液氯储罐区和装卸站台为园区一级风险。",
                 "到2025年10月：装卸作业违章起数下降50%；储运环节泄漏事件不超过2起/年；装卸作业伤害下降30%；装卸人员应知应会合格率100%。",
                 ["1. 工程措施：装卸站台紧急切断阀改造，液氯装卸以装卸臂替代软管，装卸区有毒气体报警器接入园区监测平台。",
                  "2. 管理措施：推行装卸作业票和“双人确认”，新港储运、海川氯碱试点装卸作业视频AI识别。",
                  "3. 培训措施：装卸作业人员每季度专项培训一次，考核合格后上岗。"],
                 "2024年4月至2025年10月", "85万元（园区专项资金60万元，企业配套25万元）", "赵敏",
                 "每年12月由项目组对照目标统计违章、泄漏、伤害数据，形成年度效果评估报告。")
    reg(rel, "促进项目实施方案", [5], [4], "2024-03-28")

    rel = f"{F5}/危险化学品储运安全促进项目2024年度效果评估报告.docx"
    docx_file(rel, D("2024-12-10"), "危险化学品储运安全促进项目2024年度效果评估报告", [
        ("h", "一、项目实施情况"),
        "2024年完成9处装卸站台紧急切断阀改造，液氯装卸全部改用装卸臂，装卸区42台有毒可燃气体报警器接入园区监测预警平台；组织装卸专项培训4期、"
        "186人次；开展装卸作业专项检查12次。",
        ("h", "二、效果评估"),
        ("t", [("评估指标", "2023年（基线）", "2024年", "变化", "目标完成"),
               ("装卸作业违章（起）", "37", "15", "-59.5%", "已完成"),
               ("储运环节泄漏事件（起）", "5", "2", "-60%", "已完成"),
               ("装卸作业伤害（起）", "8", "4", "-50%", "已完成"),
               ("装卸人员应知应会合格率", "83%", "100%", "+17个百分点", "已完成"),
               ("员工疏散知识知晓率", "62.7%", "81.5%", "+18.8个百分点", "已完成")]),
        "评估方法：对照装卸作业检查记录、隐患排查治理台账、事故与伤害登记台账统计，并抽取120名装卸及罐区人员进行问卷测试。",
        ("h", "三、存在问题和持续改进"),
        "部分小型企业装卸作业视频监控尚未实现AI识别；夜间装卸监护力量不足。2025年将视频AI识别推广至全部装卸站台，并将夜间装卸纳入专项检查。",
        ("r", "危险化学品储运安全项目组"), ("r", "2024年12月10日"),
    ])
    reg(rel, "项目效果评估", [5], [12], "2024-12-10")

    rel = f"{F5}/消防安全促进项目实施方案.docx"
    project_plan(rel, D("2024-03-28"), "消防安全促进项目",
                 "园区甲、乙类火灾危险性企业占比70%，2023年发生初起火灾3起，企业微型消防站器材配备不足、队员初起火灾处置能力参差不齐。",
                 "到2025年10月：不发生造成人员伤亡的火灾；微型消防站达标率100%；企业员工灭火器使用合格率≥95%。",
                 ["1. 微型消防站标准化建设，补充器材；2. 每季度开展一次消防设施联合检查；3. 企业消防队员每月训练一次；4. 冬春季防火宣传。"],
                 "2024年4月至2025年10月", "60万元", "孙海涛", "2025年11月开展项目效果评估。")
    reg(rel, "促进项目实施方案", [5], [], "2024-03-28")

    rel = f"{F5}/园区道路交通（危化品车辆）安全促进项目实施方案.docx"
    project_plan(rel, D("2024-04-08"), "园区道路交通（危化品车辆）安全促进项目",
                 "园区道路日均进出危化品运输车辆约620车次，2023年发生道路交通伤害5起，危化品车辆在道路两侧违规停放日均约40辆，"
                 "东门、纬三路与经二路交叉口为事故多发点。",
                 "到2025年10月：园区道路交通伤害下降40%；危化品车辆违规停放下降60%；驾驶员、押运员园区交通规定培训率100%。",
                 ["1. 设施措施：建设危化品车辆港湾式停车区2处，交叉口增设减速带、反光镜和限速标志；",
                  "2. 管理措施：交警中队与安监局联合每月开展危化品车辆专项检查，违规车辆纳入黑名单；电子卡口记录超速车辆；",
                  "3. 宣传培训：驾驶员、押运员入园前接受交通安全告知培训；志愿者高峰时段在东门开展交通劝导。"],
                 "2024年5月至2025年10月", "95万元", "周卫东",
                 "项目结束后，由道路交通安全项目组于2025年11月对照项目目标，统计交通伤害、违规停放等数据，开展效果评估并形成评估报告。")
    reg(rel, "促进项目实施方案", [5], [], "2024-04-08")

    rel = f"{F5}/交通安全促进项目2024年实施记录.xlsx"
    rng = random.Random(24051)
    wb = new_wb(D("2024-12-31"), "周卫东")
    ws = wb.active
    ws.title = "实施记录"
    rows = []
    works = ["危化品车辆专项检查", "东门高峰交通劝导", "驾驶员交通安全告知培训", "交叉口减速带施工", "违规停放车辆清理"]
    for i in range(44):
        d = dt.date(2024, 5, 6) + dt.timedelta(days=i * 5 + rng.randint(0, 3))
        w = works[i % len(works)]
        chk = rng.randint(40, 160) if "检查" in w or "清理" in w else ""
        vio = rng.randint(2, 18) if chk != "" else ""
        rows.append((i + 1, mixdate(d, rng.choice(["dt", "slash", "cn"])), w, chk, vio,
                     "现场纠正、录入黑名单" if vio else ("完成" if "施工" in w else "已开展"), rng.choice(["周卫东", "赵敏", "刘丽娜"])))
    put_table(ws, ["序号", "日期", "工作内容", "检查车辆数", "发现违规数", "处理情况", "负责人"], rows,
              title="道路交通（危化品车辆）安全促进项目2024年实施记录", widths={3: 28, 6: 20})
    save_wb(rel, wb, D("2024-12-31"))
    reg(rel, "项目实施记录", [5], [8], "2024-12-31")

    rel = f"{F5}/职业健康促进项目实施方案.docx"
    project_plan(rel, D("2024-04-02"), "职业健康促进项目",
                 "园区接触粉尘、噪声、化学毒物的员工约2300人，2023年职业健康检查率为86%，问卷显示职业病危害防护知识知晓率仅66.2%。",
                 "到2025年10月：接害员工职业健康检查率100%；作业场所危害因素检测率100%；职业健康知识知晓率≥85%。",
                 ["1. 组织接害员工在岗期间职业健康检查；2. 督促企业开展作业场所职业病危害因素检测并公示；3. 职业健康知识进班组；4. 个体防护用品专项检查。"],
                 "2024年4月至2025年10月", "70万元", "冯涛", "2025年11月对照目标开展效果评估。")
    reg(rel, "促进项目实施方案", [5], [], "2024-04-02")

    rel = f"{F5}/承包商及特种作业安全促进项目实施方案.docx"
    project_plan(rel, D("2024-04-02"), "承包商及特种作业安全促进项目",
                 "2023年承包商人员受伤13起，占全部伤害的28%；特殊作业（动火、受限空间、高处、吊装）违章占隐患总数的21%。",
                 "到2025年10月：承包商人员伤害下降40%；承包商入场培训率100%；特殊作业票规范率≥98%。",
                 ["1. 承包商“一人一卡”入场管理，未培训不得入场；2. 建设承包商培训教室和VR体验区；3. 特殊作业票电子化，园区抽查；"
                  "4. 建立承包商安全绩效评价和黑名单制度。"],
                 "2024年4月至2025年10月", "50万元", "何志强", "2025年12月开展效果评估。")
    reg(rel, "促进项目实施方案", [5], [6], "2024-04-02")


F6 = f"{Y24}/06 宣传教育培训"


def training_register(rel, year, rows, when, title_row=True):
    rng = random.Random(year * 7)
    wb = new_wb(when, "黄丽")
    ws = wb.active
    ws.title = f"{year}年培训台账"
    out = []
    for i, r in enumerate(rows):
        out.append((i + 1, mixdate(r["date"], rng.choice(["dt", "dt", "slash", "dot", "cn"])), r["cat"], r["topic"], r["obj"],
                    r["trainer"], r["hours"], r["n"], r["ok"], r["org"], r["note"]))
    put_table(ws, ["序号", "培训日期", "培训类别", "培训内容", "培训对象", "授课人", "学时", "参训人数", "考核合格人数", "组织单位", "备注"],
              out, title=f"华宇化工园区{year}年安全教育培训台账" if title_row else None,
              groups=[("参训及考核情况", 8, 9)], widths={3: 16, 4: 40, 5: 26, 10: 18, 11: 22})
    save_wb(rel, wb, when)


def y2024_training():
    rel = f"{F6}/2024年度安全教育培训计划.docx"
    docx_file(rel, D("2024-01-25"), "华宇化工园区2024年度安全教育培训计划", [
        "根据《宣传教育与培训制度》和风险辨识结果，针对新入职员工、承包商人员、特种作业人员、危化品车辆驾驶员、接害岗位员工和企业管理人员等"
        "不同人群，制定本年度培训计划。所有培训均须签到、记录参训人数并考核，培训情况由宣传教育培训组统一登记入《2024年安全教育培训台账》。",
        ("t", [("培训类别", "对象", "主要内容", "频次/时间", "学时", "组织单位"),
               ("三级安全教育（园区级）", "新入职员工", "园区概况、危化品特性、应急疏散", "3月、7月、9月集中", "8", "园区安监局"),
               ("承包商入场培训", "承包商作业人员", "入场须知、作业许可、园区禁令", "每月", "4", "园区安监局"),
               ("特种作业培训", "动火、受限空间监护人等", "GB 30871特殊作业规范", "每季度", "8", "园区安监局"),
               ("危化品安全培训", "装卸人员", "装卸规程、泄漏处置", "每季度", "4", "应急救援中心"),
               ("消防培训", "微型消防站队员", "初起火灾扑救", "每季度", "4", "消防救援站"),
               ("职业健康培训", "接害岗位员工", "危害因素与防护", "每半年", "2", "园区医务室"),
               ("交通安全培训", "驾驶员、押运员", "园区交通规定", "每季度", "2", "交警中队"),
               ("安全社区知识培训", "企业安全管理人员", "安全社区理念与要素", "每半年", "4", "促进委员会办公室")]),
        ("r", "宣传教育培训组"), ("r", "2024年1月25日"),
    ])
    reg(rel, "年度培训计划", [6], [4], "2024-01-25")

    rel = f"{F6}/2024年安全教育培训台账.xlsx"
    training_register(rel, 2024, TR24, D("2024-12-31"))
    reg(rel, "培训台账", [6], [], "2024-12-31")


F7 = f"{Y24}/07 应急预案与响应"


def y2024_emergency():
    rel = f"{F7}/华宇化工园区生产安全事故综合应急预案（2024年修订）.pdf"
    pdf_file(rel, D("2024-04-10"), "华宇化工园区生产安全事故综合应急预案（2024年修订版）", [
        ("c", "华宇园安〔2024〕15号发布    2024年4月10日实施"),
        ("h", "1 总则"),
        "1.1 编制目的：规范园区生产安全事故应急管理和应急响应程序，及时有效地实施应急救援，最大限度减少人员伤亡、财产损失和环境影响。"
        "1.2 编制依据：《中华人民共和国安全生产法》《生产安全事故应急条例》《生产经营单位生产安全事故应急预案编制导则》（GB/T 29639）等。"
        "1.3 适用范围：园区内危险化学品泄漏、火灾爆炸、中毒窒息、危化品道路运输事故及其他生产安全事故。",
        ("h", "2 风险分析"),
        "园区构成重大危险源9处，主要潜在事故为液氯、液氨泄漏中毒，甲醇罐区火灾爆炸，危化品运输车辆泄漏。最不利情况下液氯泄漏影响范围"
        "可达下风向2.5公里，涉及丁庄社区、后王村约4300名居民。",
        ("h", "3 组织机构及职责"),
        "园区应急指挥部总指挥由管委会主任担任，副总指挥由分管副主任担任，下设综合协调组、抢险救援组、医疗救护组、疏散警戒组、环境监测组、"
        "后勤保障组、专家组。园区应急救援中心专职队员36人，消防救援站指战员42人，企业兼职应急队员610人。",
        ("h", "4 预警与信息报告"),
        "园区监测预警平台接入有毒可燃气体报警器1860台、重大危险源视频412路。事故发生后企业应在5分钟内报告园区应急救援中心。",
        ("h", "5 应急响应"),
        "响应分为一级（园区外部支援）、二级（园区）、三级（企业）。明确泄漏、火灾、中毒和危化品车辆事故处置要点及周边居民疏散程序。",
        ("h", "6 保障措施"),
        "应急物资：防化服220套、正压式空气呼吸器160具、堵漏器材32套、消防车9辆、应急监测车1辆；应急避难场所：园区管委会广场、丁庄社区广场。",
        ("h", "7 预案管理"),
        "本预案每三年至少修订一次；园区每半年至少组织一次综合应急演练。",
    ])
    reg(rel, "综合应急预案", [7], [], "2024-04-10")

    rel = f"{F7}/2024-06-18 液氯泄漏综合应急演练方案及评估报告.docx"
    docx_file(rel, D("2024-06-18"), "华宇化工园区液氯泄漏综合应急演练方案及评估报告", [
        ("h", "一、演练基本情况"),
        "演练时间：2024年6月18日9:30—11:10；地点：海川氯碱化工有限公司液氯储罐区及丁庄社区；演练级别：园区综合应急演练（实战）；"
        "参演单位：园区应急救援中心、消防救援站、交警中队、园区医务室、海川氯碱、新港储运、丁庄社区等12个单位，参演人员186人，观摩人员45人。",
        ("h", "二、演练情景"),
        "液氯储罐出料管线法兰垫片破损发生泄漏，有毒气体报警器报警，企业启动三级响应后事态扩大，园区启动二级响应，疏散下风向丁庄社区部分居民。",
        ("h", "三、演练过程记录"),
        ("t", [("时间", "环节", "情况"), ("9:30", "报警", "中控室接报警，5分钟内报告园区应急救援中心"),
               ("9:38", "企业处置", "企业应急队穿戴A级防化服关闭紧急切断阀"), ("9:45", "园区响应", "园区启动二级响应，指挥部成立"),
               ("9:52", "警戒疏散", "交警封控纬三路，志愿者引导丁庄社区居民132人疏散至管委会广场"),
               ("10:20", "堵漏洗消", "堵漏成功，碱液喷淋吸收，环境监测达标"), ("10:55", "结束", "总指挥宣布演练结束并点评")]),
        ("h", "四、演练评估"),
        "评估组（组长：市应急管理局专家刘明）认为：本次演练目标明确、响应迅速，指挥部运行有序，达到预期目的，评估结果为“良好”。"
        "发现问题4项：1. 对讲机信道与企业内部信道冲突；2. 下风向居民疏散引导起步较慢；3. 医疗救护组到场时间偏长（17分钟）；4. 部分队员防化服穿戴不熟练。",
        ("h", "五、改进措施"),
        "1. 统一园区应急通信信道；2. 在丁庄社区设立疏散引导员并每半年培训；3. 医疗救护车前置于园区应急救援中心；4. 防化服穿戴纳入每月训练。"
        "上述问题由应急救援项目组于7月31日前整改完毕。",
        ("r", "园区应急救援中心"), ("r", "2024年6月18日"),
    ])
    reg(rel, "应急演练记录及评估", [7], [11], "2024-06-18")

    rel = f"{F7}/20241115 园区消防综合应急演练记录及评估.docx"
    docx_file(rel, D("2024-11-15"), "华宇化工园区2024年消防综合应急演练记录及评估", [
        ("p0", "演练时间：2024年11月15日14:00    演练地点：东晟石化有限公司甲醇罐区    演练类型：园区综合应急演练"),
        ("p0", "参演单位：园区消防救援站、应急救援中心、东晟石化、华宇热电、园区医务室、交警中队    参演人数：148人"),
        ("h", "一、演练情景"),
        "甲醇储罐呼吸阀处发生火灾，企业微型消防站初期处置未能控制火势，园区启动二级响应，消防救援站及企业消防力量联合冷却、泡沫灭火。",
        ("h", "二、演练过程"),
        "14:00报警；14:04企业微型消防站到场；14:09消防救援站到场；14:12园区启动二级响应；14:35火势控制；14:50明火扑灭，冷却至15:20。",
        ("h", "三、评估意见"),
        "演练达到检验预案、锻炼队伍的目的。存在问题：1. 消防水泵房启泵延迟约2分钟；2. 罐区周边消防通道有车辆占用；3. 企业微型消防站与"
        "消防救援站交接指挥不够清晰。改进：罐区消防通道纳入月度隐患排查重点，微型消防站每月联训一次。",
        ("r", "园区消防救援站、应急救援中心"), ("r", "2024年11月15日"),
    ])
    reg(rel, "应急演练记录及评估", [7], [], "2024-11-15")

    rel = f"{F7}/消防综合应急演练现场照片20241115.jpg"
    jpg_file(rel, dt.datetime(2024, 11, 15, 14, 26, 8), 33, "drill")
    reg(rel, "照片（演练）", [7], [], "2024-11-15")


F8 = f"{Y24}/08 监测与监督"


def ledger_rows(rows, rng, styles):
    out = []
    for i, r in enumerate(rows):
        out.append((i + 1, mixdate(r["date"], rng.choice(styles)), r["type"], r["leader"], r["ent"], r["place"], r["desc"], r["level"],
                    r["measure"], r["owner"], mixdate(r["deadline"], "dt"),
                    mixdate(r["done"], rng.choice(styles)) if r["done"] else "", r["checker"], r["status"]))
    return out


def y2024_monitor():
    rng = random.Random(24008)
    rel = f"{F8}/2024年隐患排查治理台账.xlsx"
    wb = new_wb(D("2024-12-31"), "赵敏")
    ws = wb.active
    ws.title = "隐患台账"
    put_table(ws, ["序号", "排查日期", "排查类型", "排查组长", "受检单位", "隐患部位", "隐患描述", "隐患等级",
                   "整改措施", "整改责任人", "整改期限", "完成日期", "复查验收人", "状态"],
              ledger_rows(LEDGER24, rng, ["dt", "dt", "slash", "dot", "cn"]),
              title="华宇化工园区2024年度隐患排查治理台账（园区月度排查及专项检查）",
              groups=[("隐患情况", 6, 8), ("整改情况", 9, 13)],
              widths={3: 16, 5: 24, 6: 12, 7: 42, 9: 32, 14: 12})
    ws2 = wb.create_sheet("月度汇总")
    rows = []
    for m in range(1, 13):
        mr = [r for r in LEDGER24 if r["date"].month == m]
        monthly = [r for r in mr if r["type"] == "月度综合排查"]
        rows.append((f"{m}月", mixdate(monthly[0]["date"], "dt"), monthly[0]["leader"], len({r["ent"] for r in mr}), len(mr),
                     sum(1 for r in mr if r["status"] == "已整改销号"), "100%"))
    put_table(ws2, ["月份", "月度综合排查日期", "排查组长", "受检单位数", "发现隐患数", "已整改销号", "整改率"], rows,
              title="2024年月度隐患排查汇总")
    save_wb(rel, wb, D("2024-12-31"))
    reg(rel, "隐患排查治理台账（全年）", [8], [11, 3], "2024-12-31")

    rel = f"{F8}/2024年特种设备及监测报警设施检验校验台账.xlsx"
    wb = new_wb(D("2024-12-20"), "赵敏")
    ws = wb.active
    ws.title = "检验台账"
    kinds = [("压力容器", "定期检验"), ("安全阀", "年度校验"), ("压力管道", "定期检验"), ("叉车", "年度检验"),
             ("起重机械", "定期检验"), ("有毒气体报警器", "年度检定"), ("可燃气体报警器", "年度检定"), ("电梯", "年度检验")]
    rows = []
    for i in range(62):
        k = kinds[i % len(kinds)]
        d = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(10, 340))
        rows.append((i + 1, rng.choice(ENTS), k[0], f"{k[0][:2]}-{2024}{i + 1:03d}", k[1], mixdate(d, rng.choice(["dt", "slash", "cn"])),
                     "东营市特种设备检验研究院" if k[0] not in ("有毒气体报警器", "可燃气体报警器") else "东营市计量测试所",
                     "合格" if rng.random() > 0.06 else "不合格，已维修复检合格", mixdate(d + dt.timedelta(days=365), "dt")))
    put_table(ws, ["序号", "使用单位", "设备类别", "设备编号", "检验类型", "检验日期", "检验机构", "检验结论", "下次检验日期"], rows,
              title="2024年特种设备及监测报警设施检验校验台账", widths={2: 24, 7: 26, 8: 24})
    save_wb(rel, wb, D("2024-12-20"))
    reg(rel, "检验校验台账", [8], [], "2024-12-20")


F9 = f"{Y24}/09 事故伤害记录"


def injury_register(rel, year, rows, when, title=True, rng_seed=1):
    rng = random.Random(rng_seed)
    wb = new_wb(when, "李红梅")
    ws = wb.active
    ws.title = "伤害登记"
    out = []
    for i, r in enumerate(rows):
        out.append((f"SH{year}-{i + 1:03d}", mixdate(r["date"], rng.choice(["dt", "dt", "slash", "dot", "cn"])), r["time"], r["ent"],
                    r["name"], r["sex"], r["age"], r["job"], r["type"], r["part"], r["sev"], r["lost"], r["cause"], r["measure"],
                    r["treat"], r["reporter"]))
    put_table(ws, ["编号", "发生日期", "时间", "单位", "姓名", "性别", "年龄", "工种", "伤害类型", "受伤部位", "伤害程度",
                   "损失工作日", "经过及原因", "防范措施", "救治机构", "报告人"], out,
              title=f"华宇化工园区{year}年事故与伤害登记台账" if title else None,
              groups=[("伤者信息", 5, 8), ("伤害情况", 9, 12)], widths={1: 12, 4: 24, 13: 38, 14: 30, 15: 20})
    save_wb(rel, wb, when)


def y2024_injury():
    rel = f"{F9}/2024年事故与伤害登记台账.xlsx"
    injury_register(rel, 2024, INJ24, D("2024-12-31"), rng_seed=2409)
    reg(rel, "伤害登记台账", [9], [], "2024-12-31")

    rel = f"{F9}/2024-08-07 罐区作业人员烫伤事故调查报告.docx"
    docx_file(rel, D("2024-08-12"), "新港储运有限公司“8·7”罐区作业人员烫伤事故调查报告", [
        ("h", "一、事故概况"),
        "2024年8月7日10时20分，新港储运有限公司罐区操作工邢某（男，31岁）在巡检蒸汽伴热管线时，法兰垫片突然刺漏，高温蒸汽喷出造成其左小腿"
        "烫伤，经园区医务室处置后送东营市第二人民医院治疗，诊断为浅Ⅱ度烫伤，损失工作日21天，属轻伤事故。",
        ("h", "二、原因分析"),
        "直接原因：蒸汽伴热管线法兰垫片老化失效。间接原因：1. 企业未将蒸汽伴热管线法兰纳入定期检查；2. 法兰处未设置防护罩；"
        "3. 巡检人员未穿戴长裤型防护服。",
        ("h", "三、整改和防范措施"),
        "1. 全园区排查蒸汽管线法兰共1420处，更换老化垫片63处，加装防护罩210处；2. 修订巡检制度和劳保用品穿戴标准；3. 将事故案例纳入三级安全教育。"
        "以上措施已列入园区《2024年纠正预防措施》并跟踪落实。",
        ("r", "事故调查组（组长：赵敏）"), ("r", "2024年8月12日"),
    ])
    reg(rel, "事故调查报告", [9], [11], "2024-08-12")


def y2024_archive():
    rel = f"{Y24}/10 创建档案/安全社区创建档案管理办法.docx"
    docx_file(rel, D("2024-02-01"), "华宇化工园区安全社区创建档案管理办法", [
        "第一条 为规范安全社区创建档案的收集、整理、保管和利用，依据《归档文件整理规则》（DA/T 22-2015），制定本办法。",
        "第二条 安全社区创建档案包括创建过程中形成的文件、会议纪要、制度、方案、台账、记录、评估报告、照片、音像和电子文档。",
        "第三条 促进委员会办公室设专职档案员（郑凯），各项目组明确一名兼职资料员，负责本组材料的收集和移交。",
        "第四条 档案按“年度—要素”分类，年度内按安全社区十二个要素分别立类，同一类目内按时间顺序排列。",
        "第五条 各项目组应在每季度结束后15日内将本季度形成的材料移交档案员；电子文件同时备份一份交办公室。",
        "第六条 档案员每年1月编制上一年度档案目录，目录设序号、档号、文号、责任者、题名、日期、密级、页数、备注等项目。",
        "第七条 档案借阅须登记，原件不得外借。",
        "第八条 本办法自印发之日起施行。",
        ("r", "华宇化工园区安全社区促进委员会办公室"), ("r", "2024年2月1日"),
    ])
    reg(rel, "档案管理制度", [10], [], "2024-02-01")


F11 = f"{Y24}/11 预防与纠正"


def notice(rel, when, no, ent, items, deadline, reg_date):
    docx_file(rel, when, "隐患整改通知书", [
        ("p0", f"{ent}："),
        f"{cn(when)}，园区安监局在检查中发现你单位存在以下事故隐患，依据园区《预防与纠正措施管理制度》，现通知你单位按要求整改：",
        ("t", [("序号", "隐患内容", "整改要求")] + [(i + 1, a, b) for i, (a, b) in enumerate(items)]),
        f"请你单位于{cn(deadline)}前完成整改，并将整改情况书面回复园区安监局。园区安监局将组织复查验收，逾期未整改的将予以通报并依法处理。",
        ("p0", "检查人员：赵敏、何志强        被检查单位负责人签收：____________"),
        ("r", "华宇化工园区安全生产监督管理局"), ("r", cn(when)),
    ], docno=no)


def y2024_correct():
    rel = f"{F11}/华宇园安改〔2024〕12号 隐患整改通知书（恒达化工）.docx"
    notice(rel, D("2024-05-21"), "华宇园安改〔2024〕12号", "恒达化工有限公司",
           [("甲类仓库内物品超量存放，堆垛间距不足0.8米", "清理超量物品，按核定储量存放"),
            ("反应釜安全阀校验超期3个月", "立即送检校验"),
            ("联锁旁路未履行审批手续", "恢复联锁，补办审批，追究责任"),
            ("受限空间作业现场未配备正压式空气呼吸器", "配齐救援器材")], dt.date(2024, 6, 10), "2024-05-21")
    reg(rel, "整改通知书", [11], [8], "2024-05-21")

    rel = f"{F11}/关于华宇园安改〔2024〕12号整改通知的回复及复查验收意见.docx"
    docx_file(rel, D("2024-06-14"), "关于华宇园安改〔2024〕12号隐患整改通知书的整改回复", [
        ("p0", "华宇化工园区安全生产监督管理局："),
        "我公司收到《隐患整改通知书》（华宇园安改〔2024〕12号）后，立即组织整改，现将整改情况回复如下：",
        ("t", [("序号", "隐患", "整改情况", "完成日期"),
               (1, "甲类仓库超量存放", "清出超量物品12吨，重新施划堆垛区域", "2024年5月25日"),
               (2, "安全阀校验超期", "送东营市特种设备检验研究院校验合格", "2024年6月3日"),
               (3, "联锁旁路未审批", "已恢复联锁，对车间主任通报批评", "2024年5月22日"),
               (4, "受限空间救援器材不足", "新购正压式空气呼吸器4具", "2024年6月5日")]),
        ("r", "恒达化工有限公司（盖章）    2024年6月8日"),
        ("h", "复查验收意见"),
        "经2024年6月14日现场复查，4项隐患均已整改到位，同意销号。",
        ("p0", "复查人：赵敏  何志强        2024年6月14日"),
    ])
    reg(rel, "整改回复及复查验收", [11], [], "2024-06-14")


F12 = f"{Y24}/12 评审与持续改进"


def y2024_review():
    sev = count_by(INJ24, "sev")
    typ = count_by(INJ24, "type")
    n24 = len(LEDGER24)
    rel = f"{F12}/2024-12-27 2024年度安全社区创建工作评审报告.docx"
    docx_file(rel, D("2024-12-27"), "华宇化工园区2024年度安全社区创建工作评审报告", [
        ("h", "一、评审概况"),
        "评审时间：2024年12月27日；评审组组长：王建军；成员：刘志刚、陈立新、孙海涛、李红梅及东营市应急管理局专家刘明、张伟。"
        "评审依据：《安全社区建设基本要求》（AQ/T 9001-2006）、园区创建工作方案和2024年工作计划。评审方式：听取汇报、查阅资料、现场检查、员工访谈（32人）。",
        ("h", "二、目标完成情况"),
        ("t", [("目标", "2024年实际", "完成情况"),
               ("死亡事故为零", "0", "完成"),
               ("登记伤害事件不超过40起", f"{len(INJ24)}起", "完成"),
               ("机械伤害和灼烫下降20%", f"{typ.get('机械伤害', 0) + typ.get('灼烫', 0)}起（2023年20起）", "完成" if typ.get('机械伤害', 0) + typ.get('灼烫', 0) <= 16 else "未完成"),
               ("培训覆盖率100%", "100%", "完成"),
               ("隐患按期整改率≥95%", f"发现隐患{n24}项，按期整改率98.6%", "完成"),
               ("疏散知识知晓率80%", "81.5%", "完成")]),
        ("h", "三、要素运行情况评审"),
        "1. 组织机构：促进委员会和8个项目组运转正常，全年召开季度例会4次。2. 信息交流：随手拍、意见箱运行良好，参加全国交流会1次。"
        "3. 风险辨识：完成年度辨识评价。4. 目标计划：年度计划基本完成。5. 促进项目：5个项目按方案实施，危化品储运项目完成年度评估。"
        "6. 培训：按台账统计全年培训" + f"{len(TR24)}期、{sum(r['n'] for r in TR24)}人次。" +
        "7. 应急：修订综合预案，组织综合演练2次。8. 监测监督：每月开展月度综合排查。9. 伤害记录：伤害登记规范，" +
        f"重伤{sev.get('重伤', 0)}起。10. 档案：按年度要素归档。11. 纠正预防：整改通知书均已回复验收。12. 评审：本次为首次年度评审。",
        ("h", "四、存在问题"),
        "1. 道路交通项目港湾式停车区建设滞后；2. 周边居民参与程度不高；3. 部分企业伤害报告不及时，存在漏报；4. 承包商检修季伤害仍较集中。",
        ("h", "五、2025年改进措施"),
        "1. 2025年6月前建成港湾式停车区；2. 与丁庄社区建立联席会议，居民代表参加疏散演练；3. 开展伤害漏报专项核查；4. 承包商实行安全绩效评价。"
        "改进措施纳入《2025年安全社区建设工作要点》。",
        ("r", "2024年度评审组"), ("r", "2024年12月27日"),
    ])
    reg(rel, "年度评审报告", [12], [11], "2024-12-27")

    rel = f"{F12}/2024年安全社区创建工作总结.docx"
    docx_file(rel, D("2025-01-10"), "华宇化工园区2024年安全社区创建工作总结", [
        "2024年是园区安全社区创建的启动之年。在促进委员会的领导下，园区各部门、入园企业和志愿者共同努力，完成了年度主要工作。",
        ("h", "一、主要工作"),
        "（一）建立了促进委员会和8个项目组，印发创建方案、制度汇编；（二）完成风险辨识评价和问卷调查；（三）五个安全促进项目全面实施；"
        f"（四）全年开展培训{len(TR24)}期、{sum(r['n'] for r in TR24)}人次；（五）修订综合应急预案，组织液氯泄漏、消防综合演练各1次；"
        f"（六）每月开展园区综合隐患排查，全年排查治理隐患{n24}项；（七）登记事故与伤害事件{len(INJ24)}起，较2023年下降{round((46 - len(INJ24)) / 46 * 100, 1)}%。",
        ("h", "二、存在不足"),
        "交通项目进度滞后，居民参与不足，伤害漏报问题仍然存在。",
        ("h", "三、2025年工作思路"),
        "巩固提升，全面完成五个项目并开展效果评估，做好自查整档和评定准备。",
        ("r", "华宇化工园区安全社区促进委员会办公室"), ("r", "2025年1月10日"),
    ])
    reg(rel, "年度工作总结", [12], [1, 4, 5], "2025-01-10")


# ==============================================================================================
# 2025年
# ==============================================================================================
Y25 = "2025年"


def y2025_org():
    d = f"{Y25}/1-组织机构"
    rel = f"{d}/华宇园安〔2025〕2号 关于调整安全社区促进委员会成员的通知.docx"
    docx_file(rel, D("2025-02-18"), "关于调整华宇化工园区安全社区促进委员会成员的通知", [
        ("p0", "园区各部门、各入园企业："),
        "因人事变动，经促进委员会主任批准，对促进委员会部分成员调整如下：",
        ("t", [("原成员", "调整后", "单位及职务"), ("周卫东", "张宏", "东营市公安局交警支队华宇园区中队中队长"),
               ("高建平", "崔永亮", "金源危险品物流有限公司总经理"), ("—", "王秀兰（新增）", "后王村村民委员会主任")]),
        "道路交通安全项目组组长相应由张宏同志担任。其他成员不变。",
        ("r", "华宇化工园区管理委员会"), ("r", "2025年2月18日"),
    ], docno="华宇园安〔2025〕2号")
    reg(rel, "文件（调整成员）", [1], [], "2025-02-18")

    rel = f"{d}/2025-03-28 促进委员会一季度例会纪要.docx"
    docx_file(rel, D("2025-03-28"), "促进委员会2025年第一季度例会纪要", [
        ("p0", "时间：2025年3月28日上午9:00    地点：园区管委会三楼第一会议室    主持：王建军    记录：郑凯    参会：22人"),
        ("h", "一、会议内容"),
        "1. 传达全市安全生产工作会议精神；2. 陈立新通报2024年度评审改进措施落实计划；3. 各项目组汇报2025年工作安排；4. 研究港湾式停车区建设。",
        ("h", "二、议定事项"),
        "1. 港湾式停车区6月底前建成投用；2. 4月起与丁庄社区建立季度联席会议；3. 上半年综合应急演练由应急救援项目组牵头筹备，拟于6月组织；"
        "4. 开展伤害漏报专项核查。",
    ])
    reg(rel, "会议纪要", [1], [2], "2025-03-28")

    rel = f"{d}/2025年第三季度促进委员会例会纪要.docx"
    docx_file(rel, D("2025-09-26"), "华宇化工园区安全社区促进委员会例会纪要", [
        ("p0", "时间：2025年9月26日下午2:30    地点：园区应急指挥中心    主持：刘志刚    记录：郑凯    参会：19人"),
        ("h", "一、会议内容"),
        "1. 通报7月14日博远医药中间体有限公司叉车碰撞伤害事故调查处理情况；2. 通报1—8月隐患排查治理情况；3. 研究四季度检修季承包商管理；"
        "4. 部署综合应急演练和项目效果评估。",
        ("h", "二、议定事项"),
        "1. 10月下旬组织园区危化品泄漏综合应急演练；2. 各项目组11月底前完成项目效果评估；3. 对〔2025〕5号、7号整改通知书落实情况跟踪督办；"
        "4. 12月下旬召开年度评审会。",
    ])
    reg(rel, "会议纪要", [1], [2], "2025-09-26")

    rel = f"{d}/2025年安全社区资金投入台账.xlsx"
    wb = new_wb(D("2025-12-30"), "财务科 孙丽")
    ws = wb.active
    ws.title = "2025"
    items = [("安全社区宣传品及口袋书印制", 4.6), ("港湾式停车区建设（交通项目）", 58.0), ("装卸站台视频AI识别（危化品项目）", 32.5),
             ("职业健康体检补贴", 38.2), ("微型消防站器材更新", 11.3), ("承包商VR培训课件", 6.8), ("应急物资补充", 18.9),
             ("综合应急演练", 7.2), ("安全生产月活动", 4.9), ("可燃有毒气体报警器更换", 27.4), ("项目效果评估问卷及统计", 2.3),
             ("志愿者活动", 2.8), ("档案整理", 1.6), ("外出交流学习", 2.2), ("工作场所职业病危害检测", 15.5)]
    rng = random.Random(2546)
    rows = []
    for i, (it, amt) in enumerate(items):
        dd = dt.date(2025, 1, 15) + dt.timedelta(days=i * 23 + rng.randint(0, 5))
        rows.append((i + 1, mixdate(dd, rng.choice(["dt", "slash", "cn"])), it, amt, "园区专项资金", "已支付"))
    rows.append(("", "合计", "", round(sum(a for _, a in items), 1), "", ""))
    put_table(ws, ["序号", "支付日期", "支出项目", "金额（万元）", "资金来源", "状态"], rows,
              title="2025年安全社区建设资金投入台账", widths={3: 36})
    save_wb(rel, wb, D("2025-12-30"))
    reg(rel, "资金投入台账", [1], [], "2025-12-30")


def y2025_info():
    d = f"{Y25}/要素二 信息交流"
    rng = random.Random(25002)
    rel = f"{d}/2025年员工安全建议及隐患随手拍登记表.xlsx"
    wb = new_wb(D("2025-12-31"))
    ws = wb.active
    ws.title = "Sheet1"
    put_table(ws, ["序号", "提出日期", "提出人", "类别", "内容摘要", "办理单位", "办理结果", "反馈日期", "反馈方式"],
              suggestions(2025, rng, 49), widths={3: 34, 5: 36, 6: 20, 7: 18})
    save_wb(rel, wb, D("2025-12-31"))
    reg(rel, "登记表（意见建议）", [2], [8, 11], "2025-12-31")

    rel = f"{d}/2025-06-20 安全生产月园企共建交流活动简报.pdf"
    pdf_file(rel, D("2025-06-20"), "华宇化工园区安全生产月园企共建交流活动简报（第3期）", [
        "6月20日，园区安全社区促进委员会组织“安全生产月”园企共建交流活动。东营港经济开发区安全社区办公室、丁庄社区居委会、后王村村委会"
        "及园区16家企业安全负责人共68人参加。",
        ("h", "一、经验交流"),
        "海川氯碱化工有限公司介绍了液氯装卸臂改造和装卸作业视频AI识别经验；东营港经济开发区介绍了危化品车辆专用停车场管理模式；"
        "丁庄社区介绍了居民疏散引导员队伍建设。",
        ("h", "二、现场观摩"),
        "与会人员观摩了园区监测预警平台、承包商VR安全体验室和新建成的危化品车辆港湾式停车区。",
        ("h", "三、安全咨询日"),
        "当天在管委会广场设置咨询台12个，发放宣传资料2300份，志愿者28人参与，现场解答员工和居民咨询160余人次。",
        ("r", "园区党政办宣传科    2025年6月20日"),
    ])
    reg(rel, "交流活动简报", [2], [6], "2025-06-20")


def y2025_risk():
    d = f"{Y25}/3-风险辨识"
    rng = random.Random(25003)
    rel = f"{d}/2025年危险源辨识与风险评价更新表（风险矩阵法）.xlsx"
    wb = new_wb(D("2025-04-10"), "赵敏")
    ws = wb.active
    ws.title = "风险矩阵评价"
    rows = []
    colours = [(20, "重大风险", "红"), (12, "较大风险", "橙"), (6, "一般风险", "黄"), (0, "低风险", "蓝")]
    for i in range(92):
        t = LEC_T[i % len(LEC_T)]
        L = rng.randint(1, 5)
        S = rng.randint(2, 5)
        if t[0] in ("液氯储罐区", "液氨储罐区") and i < 30:
            L, S = 4, 5
        R = L * S
        lvl = next((n, c) for th, n, c in colours if R >= th)
        rows.append((i + 1, rng.choice(ENTS), t[0], t[1], t[2], L, S, R, lvl[0], lvl[1], t[3],
                     "新增" if i % 17 == 0 else ("等级调整" if i % 11 == 0 else "保持")))
    put_table(ws, ["序号", "企业", "场所/作业活动", "危险源", "可能导致的事故", "可能性L", "严重性S", "风险值R", "风险等级", "四色标识", "管控措施", "与2024年比较"],
              rows, title="2025年危险源辨识与风险评价更新表（风险矩阵法 R=L×S）",
              groups=[("风险评价", 6, 10)], widths={2: 24, 3: 16, 4: 24, 5: 18, 11: 34})
    save_wb(rel, wb, D("2025-04-10"))
    reg(rel, "风险评价表（风险矩阵）", [3], [], "2025-04-10")

    rel = f"{d}/风险辨识更新工作说明.txt"
    gbk_text(rel, """华宇化工园区2025年事故与伤害风险辨识更新工作说明

一、工作时间：2025年3月10日至4月10日。
二、依据：园区《事故与伤害风险辨识评价制度》（每年至少开展一次全面辨识评价）。
三、方法变化：2025年由作业条件危险性评价法（LEC）改为风险矩阵法（可能性L×严重性S），与省应急管理厅双重预防机制信息系统一致。
四、结果：园区层面重点危险源92项，其中新增6项（主要为2024年新投产的博远医药中间体二期项目和港湾式停车区）；
   结合2024年事故与伤害统计分析，将“厂内叉车作业”“蒸汽管线法兰”两项风险等级上调。
五、重点人群：承包商检修人员、新入职员工、危化品车辆驾驶员；重点场所：液氯储罐区、装卸站台、园区道路交叉口。
六、结果应用：作为2025年隐患排查重点和安全促进项目调整依据。

园区安监局  赵敏
2025年4月12日
""")
    reg(rel, "风险辨识工作说明（GBK文本）", [3], [], "2025-04-12")


def y2025_plan():
    rel = f"{Y25}/4-目标计划/华宇园安〔2025〕3号 关于印发2025年安全社区建设工作要点的通知.docx"
    docx_file(rel, D("2025-02-25"), "关于印发《华宇化工园区2025年安全社区建设工作要点》的通知", [
        ("p0", "园区各部门、各入园企业："),
        "现将《华宇化工园区2025年安全社区建设工作要点》印发给你们，请结合实际认真贯彻落实。",
        ("c", "华宇化工园区2025年安全社区建设工作要点"),
        ("h", "一、总体要求"),
        "2025年是安全社区创建的决胜之年。以2024年度评审提出的改进措施为重点，全面完成五个安全促进项目并开展效果评估，做好自查整档。",
        ("h", "二、年度目标"),
        "1. 不发生较大及以上生产安全事故，死亡人数为零；2. 登记事故与伤害事件不超过34起（较2023年基线下降26%以上）；3. 车辆伤害下降50%；"
        "4. 承包商人员伤害较2024年下降20%；5. 员工和承包商培训覆盖率100%；6. 员工安全知识知晓率≥90%，满意度≥85%。",
        ("h", "三、重点任务及进度安排"),
        ("t", [("序号", "任务", "时间", "责任单位"),
               (1, "每季度召开促进委员会例会", "3月、6月、9月、12月", "促进委员会办公室"),
               (2, "年度风险辨识评价更新（风险矩阵法）", "3—4月", "园区安监局"),
               (3, "每月园区综合隐患排查", "每月", "园区安监局"),
               (4, "港湾式停车区建成投用", "6月底前", "道路交通安全项目组"),
               (5, "上半年危化品泄漏综合应急演练", "6月", "应急救援项目组"),
               (6, "下半年综合应急演练", "10月", "应急救援项目组"),
               (7, "三级安全教育、承包商入场培训", "全年", "宣传教育培训组"),
               (8, "与丁庄社区季度联席会议", "每季度", "促进委员会办公室"),
               (9, "五个安全促进项目效果评估", "11月", "各项目组"),
               (10, "2024年度伤害统计分析（1月）及2025年度分析（次年1月）", "1月", "伤害监测与数据统计组"),
               (11, "年度评审", "12月", "促进委员会"),
               (12, "自查整档", "11月—次年1月", "促进委员会办公室")]),
        ("h", "四、保障措施"),
        "安全社区专项资金预算320万元；工作要点任务完成情况纳入年度安全生产目标考核。",
        ("r", "华宇化工园区安全社区促进委员会"), ("r", "2025年2月25日"),
    ], docno="华宇园安〔2025〕3号")
    reg(rel, "年度工作要点（年度计划）", [4], [], "2025-02-25")


def y2025_projects():
    d = f"{Y25}/05项目"
    rel = f"{d}/消防安全促进项目效果评估报告（2025-11-25）.docx"
    docx_file(rel, D("2025-11-25"), "消防安全促进项目效果评估报告", [
        ("h", "一、项目实施情况"),
        "2024年4月至2025年10月，完成16家重点企业微型消防站标准化建设，补充器材价值26万元；开展季度消防设施联合检查7次；企业消防队员月度训练"
        "19次；冬春季防火宣传覆盖员工8700余人次。",
        ("h", "二、效果评估"),
        ("t", [("指标", "基线（2023年）", "2025年（1—10月）", "目标", "结论"),
               ("造成人员伤亡的火灾（起）", "0", "0", "0", "达到"),
               ("初起火灾（起）", "3", "1", "下降", "达到"),
               ("微型消防站达标率", "56%", "100%", "100%", "达到"),
               ("员工灭火器使用合格率", "86.9%", "96.2%", "≥95%", "达到")]),
        "评估方法：现场抽测员工灭火器使用312人，查阅消防检查记录和伤害登记台账。",
        ("h", "三、持续改进"),
        "将消防设施物联网监测推广至全部甲乙类企业；微型消防站与消防救援站联训常态化。",
        ("r", "消防安全项目组（组长：孙海涛）"), ("r", "2025年11月25日"),
    ])
    reg(rel, "项目效果评估", [5], [], "2025-11-25")

    rel = f"{d}/交通安全促进项目2025年工作记录.docx"
    docx_file(rel, D("2025-12-05"), "道路交通（危化品车辆）安全促进项目2025年工作记录", [
        "本记录汇总道路交通安全项目组2025年开展的主要工作。",
        ("t", [("时间", "工作内容", "参加人员/数量", "记录人"),
               ("1月9日", "春节前危化品车辆专项检查", "检查车辆136辆，违规11辆", "张宏"),
               ("2月20日", "项目组长调整为张宏，召开项目组会议", "7人", "张宏"),
               ("3月—5月", "港湾式停车区施工（2处，车位86个）", "—", "赵敏"),
               ("4月", "驾驶员押运员交通安全告知培训4期", "312人", "张宏"),
               ("6月18日", "港湾式停车区投入使用", "—", "张宏"),
               ("7月—9月", "东门高峰时段志愿者交通劝导", "志愿者46人次", "刘丽娜"),
               ("每月", "交警中队与安监局联合危化品车辆专项检查", "12次", "张宏"),
               ("10月", "纬三路与经二路交叉口加装信号灯", "—", "赵敏"),
               ("11月", "项目组工作例会，讨论效果评估安排", "6人", "张宏")]),
        ("h", "下一步工作"),
        "整理2024—2025年交通伤害、违规停放等数据，开展项目效果评估，形成评估报告。",
        ("r", "道路交通安全项目组"), ("r", "2025年12月5日"),
    ])
    reg(rel, "项目工作记录", [5], [], "2025-12-05")

    rel = f"{d}/危化品车辆港湾式停车区改造照片20250618.jpg"
    jpg_file(rel, dt.datetime(2025, 6, 18, 10, 12, 40), 54, "traffic")
    reg(rel, "照片（项目）", [5], [], "2025-06-18")

    rel = f"{d}/职业健康促进项目效果评估报告.pdf"
    pdf_file(rel, D("2025-11-18"), "职业健康促进项目效果评估报告", [
        ("h", "一、项目实施情况"),
        "项目组组织接害员工在岗期间职业健康检查2024年2196人、2025年2318人；督促38家企业完成作业场所职业病危害因素检测并公示；"
        "职业健康知识进班组86场；个体防护用品专项检查4次。",
        ("h", "二、效果评估"),
        ("t", [("指标", "基线（2023年）", "2025年", "目标", "结论"),
               ("接害员工职业健康检查率", "86%", "100%", "100%", "达到"),
               ("危害因素检测率", "89%", "100%", "100%", "达到"),
               ("职业健康知识知晓率", "66.2%", "87.4%", "≥85%", "达到"),
               ("新发职业病（例）", "0", "0", "0", "达到")]),
        "评估方法：查阅体检汇总和检测报告，问卷测试接害员工420人。",
        ("h", "三、存在问题及改进"),
        "噪声岗位耳塞正确佩戴率仍偏低（74%），2026年开展护听器适配试验。",
        ("r", "职业健康项目组    2025年11月18日"),
    ])
    reg(rel, "项目效果评估", [5], [], "2025-11-18")

    c24 = sum(1 for r in INJ24 if r["ent"] in CONTRACTORS)
    c25 = sum(1 for r in INJ25 if r["ent"] in CONTRACTORS)
    rel = f"{d}/承包商作业安全促进项目效果评估报告.docx"
    docx_file(rel, D("2025-12-02"), "承包商及特种作业安全促进项目效果评估报告", [
        ("h", "一、实施情况"),
        "实行承包商“一人一卡”入场管理，建成承包商培训教室和VR体验区；特殊作业票电子化上线；建立承包商安全绩效评价和黑名单制度，"
        "2025年将2家承包商列入黑名单。",
        ("h", "二、效果评估"),
        ("t", [("指标", "基线（2023年）", "2024年", "2025年", "目标", "结论"),
               ("承包商人员伤害（起）", "13", str(c24), str(c25), "下降40%", "达到" if c25 <= 7 else "基本达到"),
               ("承包商入场培训率", "—", "100%", "100%（个别批次签到资料缺失）", "100%", "基本达到"),
               ("特殊作业票规范率", "91%", "97.2%", "98.6%", "≥98%", "达到")]),
        ("h", "三、持续改进"),
        "入场培训签到改为电子人脸签到，杜绝签到资料缺失；检修季增加园区抽查频次。",
        ("r", "承包商及特种作业安全项目组（组长：何志强）"), ("r", "2025年12月2日"),
    ])
    reg(rel, "项目效果评估", [5], [6], "2025-12-02")


def y2025_training():
    d = f"{Y25}/06培训"
    rel = f"{d}/2025年度安全教育培训计划.docx"
    docx_file(rel, D("2025-01-22"), "华宇化工园区2025年度安全教育培训计划", [
        "根据2024年度评审意见和风险辨识更新结果，2025年培训重点向承包商检修人员、新入职员工和危化品车辆驾驶员倾斜。培训须有签到表、参训人数和考核记录。",
        ("t", [("培训类别", "对象", "频次/时间", "学时", "组织单位"),
               ("三级安全教育（园区级）", "新入职员工", "3月、7月、10月", "8", "园区安监局"),
               ("承包商入场培训", "承包商作业人员", "每月；检修季加密", "4", "园区安监局"),
               ("特种作业培训", "特殊作业监护人", "每季度", "8", "园区安监局"),
               ("危化品装卸培训", "装卸人员", "每季度", "4", "应急救援中心"),
               ("消防培训", "微型消防站队员", "每季度", "4", "消防救援站"),
               ("职业健康培训", "接害岗位员工", "每半年", "2", "园区医务室"),
               ("交通安全培训", "驾驶员、押运员", "每季度", "2", "交警中队"),
               ("疏散引导员培训", "丁庄社区、后王村引导员", "每半年", "2", "应急救援中心")]),
        ("r", "宣传教育培训组"), ("r", "2025年1月22日"),
    ])
    reg(rel, "年度培训计划", [6], [4], "2025-01-22")

    rel = f"{d}/2025年安全教育培训台账.xlsx"
    training_register(rel, 2025, TR25, D("2025-12-31"), title_row=False)
    reg(rel, "培训台账", [6], [], "2025-12-31")

    rng = random.Random(25060)
    names = [(i + 1, person(rng), rng.choice(ENTS[:10]), rng.choice(["操作工", "巡检工", "化验员", "仪表工", "装卸工"]), "") for i in range(42)]
    rel = f"{d}/2025-03-12 新入厂员工三级安全教育签到表.docx"
    sign_doc = build_docx(D("2025-03-12"), "新入厂员工三级安全教育（园区级）签到表", [
        ("p0", "培训时间：2025年3月12日8:30—17:30    培训地点：园区承包商培训教室    授课人：何志强、马骏    学时：8"),
        ("p0", "培训内容：园区概况及安全禁令；危险化学品特性；液氯泄漏应急疏散；事故案例（“8·7”烫伤事故）；个体防护。"),
        ("t", [("序号", "姓名", "单位", "岗位", "签名")] + names),
        ("p0", "应到42人，实到42人；考试合格42人。"),
        ("r", "记录人：黄丽"),
    ])
    write_bytes(rel, sign_doc)
    reg(rel, "培训签到表", [6], [], "2025-03-12")
    dup_rel = f"{Y25}/新建文件夹/2025-03-12 新入厂员工三级安全教育签到表 - 副本.docx"
    write_bytes(dup_rel, sign_doc)
    reg(dup_rel, "培训签到表（重复副本）", [6], [], "2025-03-12", {"duplicate_of": rel})

    rel = f"{d}/2025-05-20 承包商入场安全培训记录.docx"
    docx_file(rel, D("2025-05-20"), "承包商入场安全培训记录", [
        ("t", [("项目", "内容"),
               ("培训时间", "2025年5月20日 8:30—12:30"),
               ("培训地点", "园区承包商培训教室"),
               ("承包商单位", "中鼎工程建设有限公司（海川氯碱2025年大检修项目）"),
               ("培训对象", "检修作业人员"),
               ("授课人", "何志强"),
               ("培训内容", "园区安全禁令；大检修作业许可管理；动火、受限空间、高处作业要求；应急集合点和疏散路线；“8·7”烫伤事故案例"),
               ("参训人数", ""),
               ("签到表", "见附件"),
               ("考核情况", "")]),
        ("p0", "备注：本次为大检修集中入场培训，附件签到表由承包商带回补签。"),
        ("r", "记录人：黄丽"),
    ])
    reg(rel, "培训记录", [6], [], "2025-05-20")


def y2025_emergency():
    d = f"{Y25}/07应急"
    rel = f"{d}/2025-04-17 新港储运罐区现场处置方案演练记录.docx"
    docx_file(rel, D("2025-04-17"), "新港储运有限公司罐区泄漏现场处置方案演练记录", [
        ("p0", "演练时间：2025年4月17日15:00—15:40    演练地点：新港储运有限公司3号罐区    组织单位：新港储运有限公司"),
        ("p0", "演练级别：企业级现场处置方案演练（桌面推演+现场操作）    参演人数：26人    园区观摩：赵敏"),
        ("h", "演练内容"),
        "3号罐区甲苯储罐根部阀法兰渗漏，班组按现场处置方案报警、关阀、围堵、收集，并对罐区进行可燃气体检测。",
        ("h", "评价"),
        "班组人员熟悉处置流程，关阀时间3分20秒。问题：围油栏取用不便，已调整存放位置。",
        ("r", "新港储运有限公司安全环保部"), ("r", "2025年4月17日"),
    ])
    reg(rel, "企业现场处置演练记录", [7], [], "2025-04-17")

    rel = f"{d}/2025-10-22 园区危化品泄漏综合应急演练方案及评估.docx"
    docx_file(rel, D("2025-10-22"), "华宇化工园区2025年危化品泄漏综合应急演练方案及总结评估", [
        ("h", "一、演练概况"),
        "时间：2025年10月22日9:00—10:50；地点：宏泰精细化工有限公司液氨罐区、园区纬三路及后王村；级别：园区综合应急演练；"
        "参演单位：园区应急救援中心、消防救援站、交警中队、园区医务室、宏泰精细化工、金源危险品物流、后王村等14个单位，参演218人。",
        ("h", "二、演练情景"),
        "液氨储罐进料管线破裂，同时一辆危化品运输车辆在纬三路避让时侧翻，园区启动二级响应，组织后王村下风向居民疏散。",
        ("h", "三、过程简述"),
        "9:00报警；9:06企业启动三级响应；9:14园区启动二级响应；9:20交警封控纬三路，疏散引导员组织后王村居民176人疏散；9:58堵漏完成；"
        "10:25侧翻车辆倒罐完成；10:40环境监测达标，演练结束。",
        ("h", "四、评估"),
        "评估组认为：与2024年相比，应急通信统一、医疗救护前置等改进措施得到检验，疏散用时缩短约30%，评估结果为“良好”。"
        "问题：1. 侧翻车辆倒罐设备调用时间偏长；2. 个别疏散引导员未携带扩音设备。改进：与金源物流签订倒罐设备互助协议；为引导员配发扩音器。",
        ("r", "园区应急救援中心"), ("r", "2025年10月22日"),
    ])
    reg(rel, "应急演练记录及评估", [7], [11], "2025-10-22")

    rel = f"{d}/2025年应急预案修订说明.docx"
    full = build_docx(D("2025-08-05"), "华宇化工园区综合应急预案2025年修订说明", [
        "根据2025年风险辨识更新结果和演练评估意见，对综合应急预案附件中的应急队伍、物资清单和通讯录进行修订。",
        ("t", [("序号", "修订内容", "修订原因")] + [(i + 1, f"附件{i + 1}更新", "人员及物资变动") for i in range(20)]),
    ])
    write_bytes(rel, full[: len(full) * 45 // 100])  # deliberately damaged: truncated zip
    reg(rel, "应急预案修订说明（文件损坏）", [7], [], "2025-08-05", {"unreadable": True})


def y2025_monitor():
    d = f"{Y25}/08检查监测"
    rng = random.Random(25008)
    rel = f"{d}/2025年隐患排查治理台账.csv"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["华宇化工园区2025年隐患排查治理台账（导出自园区双重预防机制信息系统）"] + [""] * 13)
    w.writerow(["序号", "排查日期", "排查类型", "排查组长", "受检单位", "隐患情况", "", "", "整改情况", "", "", "", "", "状态"])
    w.writerow(["", "", "", "", "", "隐患部位", "隐患描述", "隐患等级", "整改措施", "整改责任人", "整改期限", "完成日期", "复查验收人", ""])
    for row in ledger_rows(LEDGER25, rng, ["iso", "slash", "dot", "cn"]):
        row = list(row)
        row[10] = row[10].strftime("%Y/%m/%d")
        w.writerow(row)
    gbk = buf.getvalue().encode("gbk")
    write_bytes(rel, gbk)
    reg(rel, "隐患排查治理台账（全年，CSV GBK）", [8], [11], "2025-12-31")

    rel = f"{d}/2025-03-18 园区综合安全检查表.docx"
    items = [("罐区", "储罐液位、温度、压力报警是否正常", "是"), ("罐区", "防火堤是否完好、有无杂物", "是"),
             ("装卸站台", "静电接地报警器是否有效", "否：2号鹤位接地夹损坏"), ("装卸站台", "装卸作业票、监护人是否落实", "是"),
             ("生产装置", "联锁投用率是否100%", "是"), ("生产装置", "安全阀是否在校验有效期内", "是"),
             ("仓库", "危化品是否分区分类限量存放", "否：超量约2吨"), ("特殊作业", "作业票是否齐全、气体分析是否合格", "是"),
             ("消防设施", "消火栓、灭火器是否完好", "否：灭火器2具压力不足"), ("应急设施", "洗眼器、应急物资是否完好", "是"),
             ("职业健康", "警示标识、告知卡是否齐全", "是"), ("承包商", "入场人员是否持培训卡", "是")]
    docx_file(rel, D("2025-03-18"), "华宇化工园区月度综合安全检查表", [
        ("p0", "检查日期：2025年3月18日    受检单位：宏泰精细化工有限公司    检查组：赵敏（组长）、何志强、孙海涛"),
        ("t", [("序号", "检查部位", "检查内容", "检查结果")] + [(i + 1, a, b, c) for i, (a, b, c) in enumerate(items)]),
        "检查发现隐患3项，已录入《2025年隐患排查治理台账》，其中甲类仓库超量存放问题下达整改通知书（华宇园安改〔2025〕3号）。",
        ("r", "检查人签字：赵敏  何志强  孙海涛    受检单位签字：王某"),
    ])
    reg(rel, "安全检查表", [8], [11], "2025-03-18")


def y2025_injury():
    d = f"{Y25}/09伤害"
    rel = f"{d}/2025年事故与伤害登记台账.xlsx"
    injury_register(rel, 2025, INJ25, D("2025-12-31"), title=False, rng_seed=2509)
    reg(rel, "伤害登记台账", [9], [], "2025-12-31")

    typ = count_by(INJ24, "type")
    sev = count_by(INJ24, "sev")
    months = count_by([{"m": f"{r['date'].month}月"} for r in INJ24], "m")
    c24 = sum(1 for r in INJ24 if r["ent"] in CONTRACTORS)
    young = sum(1 for r in INJ24 if r["age"] < 30)
    rel = f"{d}/2024年度事故与伤害统计分析报告.docx"
    docx_file(rel, D("2025-01-20"), "华宇化工园区2024年度事故与伤害统计分析报告", [
        "根据园区《事故与伤害报告登记制度》，伤害监测与数据统计组对2024年1月1日至12月31日园区登记的事故与伤害事件进行了统计分析。"
        "数据来源：《2024年事故与伤害登记台账》、园区医务室就诊登记、企业上报及漏报专项核查。",
        ("h", "一、总体情况"),
        f"2024年共登记事故与伤害事件{len(INJ24)}起，较2023年（46起）下降{round((46 - len(INJ24)) / 46 * 100, 1)}%；无死亡事故，"
        f"重伤{sev.get('重伤', 0)}起，轻伤{sev.get('轻伤', 0)}起，仅需急救处理{sev.get('急救处理', 0)}起。",
        ("h", "二、伤害类型分布"),
        ("t", [("伤害类型", "2023年", "2024年")] + [(k, {"机械伤害": 12, "摔倒扭伤": 9, "灼烫": 8, "物体打击": 7, "车辆伤害": 5, "中毒窒息": 2}.get(k, 3), v)
                                               for k, v in sorted(typ.items(), key=lambda kv: -kv[1])]),
        ("h", "三、时间和人群分布"),
        "按月份：" + "、".join(f"{m}{n}起" for m, n in sorted(months.items(), key=lambda kv: int(kv[0][:-1]))) + "。"
        f"承包商人员受伤{c24}起，30岁以下员工受伤{young}起。",
        ("h", "四、主要问题"),
        "1. 检修季（9—11月）伤害仍相对集中；2. 厂内叉车、园区道路车辆伤害未明显下降；3. 摔倒扭伤多发生在雨后钢格板和罐梯。",
        ("h", "五、建议"),
        "1. 2025年风险辨识更新时上调厂内叉车作业风险等级；2. 承包商入场培训增加事故案例；3. 罐梯、钢格板加装防滑设施；4. 继续开展漏报核查。",
        ("r", "伤害监测与数据统计组（组长：李红梅）"), ("r", "2025年1月20日"),
    ])
    reg(rel, "年度伤害统计分析（2024年度）", [9], [3, 4], "2025-01-20")

    rel = f"{d}/2025-07-14 叉车碰撞伤害事故调查报告.pdf"
    pdf_file(rel, D("2025-07-21"), "博远医药中间体有限公司“7·14”叉车碰撞伤害事故调查报告", [
        ("h", "一、事故经过"),
        "2025年7月14日15时40分，博远医药中间体有限公司成品仓库叉车司机在倒车时未观察后方，碰撞正在清点货物的仓管员卢某（女，26岁），"
        "造成其右腿胫骨骨折，送东营市第二人民医院治疗，损失工作日112天，构成重伤事故。",
        ("h", "二、原因分析"),
        "直接原因：叉车司机倒车时未确认后方无人。间接原因：仓库未实行人车分流；叉车未安装倒车雷达和蓝光警示灯；企业对叉车作业风险辨识不足。",
        ("h", "三、责任认定和处理"),
        "对叉车司机给予停岗培训，对仓库主管和企业安全部长进行通报批评和经济处罚。",
        ("h", "四、整改措施"),
        "1. 全园区叉车加装倒车雷达和蓝光警示灯（共87台，8月31日前完成）；2. 仓库施划人车分流通道；3. 将叉车作业纳入月度隐患排查重点。",
        ("r", "事故调查组（组长：陈立新）    2025年7月21日"),
    ])
    reg(rel, "事故调查报告", [9], [11], "2025-07-21")


def y2025_correct():
    d = f"{Y25}/11整改"
    rel = f"{d}/华宇园安改〔2025〕3号 隐患整改通知书（宏泰精细化工）.docx"
    notice(rel, D("2025-03-20"), "华宇园安改〔2025〕3号", "宏泰精细化工有限公司",
           [("甲类仓库超量存放约2吨", "清理超量物品，按核定储量存放"),
            ("2号装卸鹤位静电接地夹损坏", "更换接地夹并检测"),
            ("灭火器2具压力不足", "更换灭火器")], dt.date(2025, 4, 20), "2025-03-20")
    reg(rel, "整改通知书", [11], [8], "2025-03-20")

    rel = f"{d}/宏泰精细化工关于〔2025〕3号整改通知的整改回复.docx"
    docx_file(rel, D("2025-04-18"), "关于华宇园安改〔2025〕3号隐患整改通知书的整改回复", [
        ("p0", "华宇化工园区安全生产监督管理局："),
        "我公司对通知书所列3项隐患已全部整改完毕：1. 甲类仓库超量物品已转运至成品库，现存量符合核定储量；2. 2号装卸鹤位静电接地夹已更换，"
        "接地电阻测试值2.1Ω；3. 已更换灭火器2具。",
        ("r", "宏泰精细化工有限公司    2025年4月15日"),
        ("h", "复查验收意见"),
        "经2025年4月18日现场复查，3项隐患已整改到位，同意销号。复查人：赵敏。",
    ])
    reg(rel, "整改回复及复查验收", [11], [], "2025-04-18")

    rel = f"{d}/华宇园安改〔2025〕7号 隐患整改通知书（鑫达新材料）.docx"
    notice(rel, D("2025-09-16"), "华宇园安改〔2025〕7号", "鑫达新材料科技有限公司",
           [("受限空间作业现场未配备正压式空气呼吸器", "配齐救援器材后方可作业"),
            ("起重机械限位器失效", "维修并检测合格后使用"),
            ("检修现场临时用电未使用漏电保护器", "规范临时用电"),
            ("配电室绝缘防护用品试验超期", "送检或更换")], dt.date(2025, 10, 20), "2025-09-16")
    reg(rel, "整改通知书", [11], [8], "2025-09-16")

    rel = f"{d}/2025年纠正预防措施跟踪表.xlsx"
    wb = new_wb(D("2025-12-26"), "赵敏")
    ws = wb.active
    ws.title = "跟踪表"
    rows = [
        (1, "2024年度评审", "港湾式停车区建设滞后", "6月底前建成投用", "道路交通安全项目组", mixdate(dt.date(2025, 6, 30), "dt"), mixdate(dt.date(2025, 6, 18), "cn"), "已完成", "赵敏"),
        (2, "2024年度评审", "周边居民参与不足", "建立联席会议，居民参加演练", "促进委员会办公室", mixdate(dt.date(2025, 10, 31), "dt"), "2025/10/22", "已完成", "陈立新"),
        (3, "2024年度评审", "伤害漏报", "开展漏报专项核查", "伤害监测与数据统计组", mixdate(dt.date(2025, 5, 31), "dt"), "2025.5.28", "已完成", "李红梅"),
        (4, "华宇园安改〔2025〕3号", "宏泰精细化工仓库超量等3项", "按通知书整改", "宏泰精细化工", mixdate(dt.date(2025, 4, 20), "dt"), "2025/4/15", "已验收销号", "赵敏"),
        (5, "“7·14”叉车事故", "叉车加装倒车雷达和蓝光灯", "87台8月31日前完成", "各企业", mixdate(dt.date(2025, 8, 31), "dt"), "", "整改中（已完成61台）", ""),
        (6, "华宇园安改〔2025〕5号", "金源物流停车场消防通道占用、车辆静电拖地带缺失", "按通知书整改", "金源危险品物流有限公司", mixdate(dt.date(2025, 9, 10), "dt"), "", "未回复", ""),
        (7, "华宇园安改〔2025〕7号", "鑫达新材料受限空间救援器材等4项", "按通知书整改", "鑫达新材料科技有限公司", mixdate(dt.date(2025, 10, 20), "dt"), "", "整改中，未复查", ""),
        (8, "2025年10月综合演练评估", "倒罐设备调用时间长", "签订倒罐设备互助协议", "应急救援项目组", mixdate(dt.date(2025, 12, 31), "dt"), "", "协议审签中", ""),
        (9, "2025年月度排查", "四季度月度排查较大隐患5项", "限期整改", "相关企业", mixdate(dt.date(2025, 12, 31), "dt"), "", "整改中", ""),
    ]
    put_table(ws, ["序号", "来源", "问题", "纠正/预防措施", "责任单位", "要求完成时间", "实际完成时间", "状态", "验证人"], rows,
              title="2025年纠正预防措施跟踪表", widths={2: 22, 3: 36, 4: 28, 5: 24, 8: 22})
    save_wb(rel, wb, D("2025-12-26"))
    reg(rel, "纠正预防措施跟踪表", [11], [12], "2025-12-26")


def y2025_review():
    d = f"{Y25}/12评审改进"
    rel = f"{d}/华宇园安〔2025〕21号 关于开展2025年度安全社区创建工作评审的通知.docx"
    docx_file(rel, D("2025-11-20"), "关于开展2025年度安全社区创建工作评审的通知", [
        ("p0", "促进委员会各成员单位、各项目组："),
        "根据园区《评审与持续改进制度》，促进委员会定于2025年12月下旬组织2025年度安全社区创建工作评审。现将有关事项通知如下：",
        ("h", "一、评审内容"),
        "对照创建工作方案和2025年工作要点，评审年度目标完成情况、五个安全促进项目效果、十二个要素运行情况及2024年度评审改进措施落实情况。",
        ("h", "二、时间安排"),
        "1. 12月10日前各项目组提交年度工作总结和项目效果评估报告；2. 12月15日前办公室汇总资料；3. 12月下旬（具体时间另行通知）召开评审会。",
        ("h", "三、评审组"),
        "组长：王建军；成员：刘志刚、陈立新、孙海涛、李红梅、张宏，并邀请东营市应急管理局专家参加。",
        ("r", "华宇化工园区安全社区促进委员会"), ("r", "2025年11月20日"),
    ], docno="华宇园安〔2025〕21号")
    reg(rel, "评审通知（计划）", [12], [], "2025-11-20")

    open25 = sum(1 for r in LEDGER25 if r["status"] != "已整改销号")
    rel = f"{d}/2025年安全社区创建工作总结.docx"
    docx_file(rel, D("2026-01-12"), "华宇化工园区2025年安全社区创建工作总结", [
        "2025年，园区安全社区创建工作按照《2025年安全社区建设工作要点》扎实推进，现总结如下。",
        ("h", "一、主要工作和成效"),
        f"（一）完成年度风险辨识更新（风险矩阵法）；（二）五个安全促进项目基本完成，消防、职业健康、承包商项目完成效果评估；"
        f"（三）全年开展安全教育培训{len(TR25)}期；（四）组织园区危化品泄漏综合应急演练，企业开展现场处置演练；"
        f"（五）每月开展园区综合隐患排查，全年排查隐患{len(LEDGER25)}项，截至12月底尚有{open25}项未销号；"
        f"（六）全年登记事故与伤害事件{len(INJ25)}起，发生重伤事故1起（“7·14”叉车碰撞），无死亡事故；（七）港湾式停车区建成投用。",
        ("h", "二、存在问题"),
        "1. 部分整改通知书落实跟踪不到位；2. 道路交通项目效果评估尚未完成；3. 原定12月下旬召开的年度评审会因迎接省安全生产专项督导推迟，拟于2026年2月召开；"
        "4. 档案资料归档不够及时。",
        ("h", "三、2026年打算"),
        "完成年度评审和自查整档，2026年上半年申请省级安全社区评定；持续推进五个项目。",
        ("r", "华宇化工园区安全社区促进委员会办公室"), ("r", "2026年1月12日"),
    ])
    reg(rel, "年度工作总结", [12], [1, 4, 5], "2026-01-12")


# ==============================================================================================
# root
# ==============================================================================================
def root_files():
    rel = "华宇化工园区安全社区创建自查报告.docx"
    docx_file(rel, D("2026-01-20"), "华宇化工园区安全社区创建工作自查报告", [
        ("h", "一、园区基本情况"),
        "华宇化工园区规划面积12.6平方公里，入园企业38家，从业人员约9600人。园区于2024年1月启动安全社区创建，创建周期为2024年1月1日至2025年12月31日。",
        ("h", "二、自查组织"),
        "2026年1月5日至18日，促进委员会办公室组织各项目组对照《安全社区建设基本要求》（AQ/T 9001-2006）十二个要素和评定指标，"
        "采取查阅档案、现场检查、人员访谈相结合的方式进行自查。",
        ("h", "三、各要素自查情况"),
        ("t", [("要素", "自查情况"),
               ("1 创建机构与职责", "促进委员会及8个项目组健全，制度完善，资金两年投入约620万元"),
               ("2 信息交流和全员参与", "随手拍、意见箱、联席会议运行，参加全国及区域交流活动"),
               ("3 风险辨识及评价", "2024年LEC评价、2025年风险矩阵更新"),
               ("4 目标及计划", "创建方案、2024年计划、2025年工作要点"),
               ("5 安全促进项目", "五个项目实施，四个项目完成效果评估"),
               ("6 宣传教育与培训", "培训计划及台账完整"),
               ("7 应急预案和响应", "综合预案修订，组织综合演练"),
               ("8 监测与监督", "月度排查及台账、特种设备检验"),
               ("9 事故与伤害记录", "伤害登记台账、事故调查报告、年度分析"),
               ("10 创建档案", "按年度、要素归档，编制档案目录"),
               ("11 预防与纠正措施", "整改通知书及跟踪表"),
               ("12 评审与持续改进", "2024年度评审及改进措施落实")]),
        ("h", "四、存在的主要问题"),
        "1. 个别项目效果评估不够深入；2. 档案资料收集整理不够及时，部分材料为事后补充；3. 周边居民参与的广度和深度有待提升。",
        ("h", "五、自查结论"),
        "园区已基本达到安全社区建设要求，将针对问题立即整改，做好申请评定准备。",
        ("r", "华宇化工园区安全社区促进委员会"), ("r", "2026年1月20日"),
    ])
    reg(rel, "自查报告", [12], [10, 1], "2026-01-20")

    rel = "档案整理说明.txt"
    gbk_text(rel, """华宇化工园区安全社区创建档案整理说明

1. 本档案为华宇化工园区安全社区创建（2024年1月1日至2025年12月31日）形成的材料。
2. 分类：按年度（2024年、2025年）分卷，年度内按安全社区要素分类，同一类目内按时间排列。
3. 2025年部分文件夹名称沿用各项目组移交时的命名，未统一改名。
4. “新建文件夹”内为整理过程中的临时文件，待清理。
5. 电子文件原件保存于促进委员会办公室档案柜及共享盘\\安全社区\\，纸质材料装盒18盒。
6. 档案目录见《档案目录.xlsx》。

档案员：郑凯
2026年1月15日
""")
    reg(rel, "档案整理说明（GBK文本）", [10], [], "2026-01-15")


def catalogue():
    rel = "档案目录.xlsx"
    wb = new_wb(D("2026-01-16"))
    first = True
    for year in ("2024年", "2025年"):
        ws = wb.active if first else wb.create_sheet(year)
        ws.title = year
        first = False
        rows = []
        entries = [m for m in MANIFEST if m["path"].startswith(year) and "新建文件夹" not in m["path"]]
        entries.sort(key=lambda m: (m["path"].split("/")[1], m["date"] or ""))
        for i, m in enumerate(entries):
            title = Path(m["path"]).stem
            no = ""
            mm = re.search(r"华宇园安(改)?〔\d{4}〕\d+号", title)
            if mm:
                no = mm.group(0)
            folder = m["path"].split("/")[1]
            cnum = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
            mm2 = re.match(r"\D*?(\d+)", folder)
            mm3 = re.search(r"要素([一二三四五六七八九十])", folder)
            code = f"{int(mm2.group(1)):02d}" if mm2 else (f"{cnum[mm3.group(1)]:02d}" if mm3 else "00")
            rows.append((i + 1, f"HYAQ-WS·{year[:4]}-D10-{code}-{i + 1:04d}", no, "华宇化工园区安全社区促进委员会", title,
                         (m["date"] or "").replace("-", ""), "内部", "", Path(m["path"]).suffix[1:].upper()))
        put_table(ws, ["序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注"], rows,
                  title=f"华宇化工园区安全社区创建档案目录（{year}）", widths={2: 28, 3: 22, 4: 30, 5: 60, 9: 8})
    save_wb(rel, wb, D("2026-01-16"))
    reg(rel, "档案目录", [10], [], "2026-01-16")


# ==============================================================================================
# judgement (hand-authored verdicts, gaps, traps, probes; the file list comes from MANIFEST)
# ==============================================================================================
ELEMENTS = {
    "1": {"evidenced": "partial", "acceptable_verdicts": ["partial", True],
          "reason": "促进委员会、项目组、制度、资金两年齐全；但制度规定每季度例会，2025年只有一季度（3-28）和三季度（9-26）两次纪要"},
    "2": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
          "reason": "两年随手拍/建议登记表、全国交流会报告、园企共建交流简报、志愿者名册及活动记录"},
    "3": {"evidenced": True, "reason": "2024年风险辨识评价报告+LEC表+问卷；2025年风险矩阵更新表+说明"},
    "4": {"evidenced": True, "reason": "创建方案（量化总目标）、2024年工作计划（〔2024〕8号）、2025年工作要点（〔2025〕3号，含量化目标与进度表）"},
    "5": {"evidenced": "partial",
          "reason": "五个项目均有实施方案与实施痕迹，危化品/消防/职业健康/承包商有效果评估；道路交通项目始终没有效果评估"},
    "6": {"evidenced": "partial", "acceptable_verdicts": ["partial", True],
          "reason": "两年培训计划与台账（2024年培训只以台账行存在）、2025年签到表；2025-05-20承包商入场培训无参训人数、无签到表"},
    "7": {"evidenced": "partial",
          "reason": "预案修订、2024年两次综合演练均有评估；2025年仅10月一次园区综合演练（4月为企业级现场处置演练），上半年未按“每半年至少一次”执行"},
    "8": {"evidenced": True,
          "reason": "2024年全年月度排查在台账行中（含月度汇总表），2025年CSV台账+检查表，特种设备检验台账"},
    "9": {"evidenced": "partial",
          "reason": "两年伤害登记台账、两份事故调查报告、2024年度分析（2025-01-20写成）；缺2025年度伤害统计分析（制度要求次年1月完成）"},
    "10": {"evidenced": True, "acceptable_verdicts": [True, "partial"],
           "reason": "档案管理办法、档案目录（两年）、整理说明；有一份损坏文件和一份副本，不影响整体"},
    "11": {"evidenced": "partial",
           "reason": "2024年及2025年〔2025〕3号通知有回复和复查验收；〔2025〕7号（及跟踪表中的5号、叉车整改、四季度隐患）无回复/无验收销号证据"},
    "12": {"evidenced": "partial",
           "reason": "2024年度评审报告真实存在；2025年只有评审通知（计划12月下旬），无评审报告，总结写明推迟到2026年2月"},
}
GAPS = [
    {"id": "G1", "element": 1, "also": [2], "match": [["2025"], ["例会", "会议", "促进委员会"]], "record_level": False,
     "related": ["2024年/01 组织机构与职责/华宇园安〔2024〕5号 安全社区管理制度汇编.docx",
                 "2025年/1-组织机构/2025-03-28 促进委员会一季度例会纪要.docx",
                 "2025年/1-组织机构/2025年第三季度促进委员会例会纪要.docx"],
     "note": "制度：每季度一次例会；2025年只有2次（缺二、四季度）"},
    {"id": "G2", "element": 5, "also": [], "match": [["交通"], ["评估", "效果"]], "record_level": False,
     "related": ["2024年/要素五 安全促进项目/园区道路交通（危化品车辆）安全促进项目实施方案.docx",
                 "2025年/05项目/交通安全促进项目2025年工作记录.docx"],
     "note": "道路交通（危化品车辆）项目无效果评估报告"},
    {"id": "G3", "element": 6, "also": [], "match": [["签到", "人数", "参训", "参加"], ["培训"]], "record_level": False,
     "related": ["2025年/06培训/2025-05-20 承包商入场安全培训记录.docx", "2025年/06培训/2025年安全教育培训台账.xlsx"],
     "note": "2025-05-20 承包商入场培训无参训人数、无签到表"},
    {"id": "G4", "element": 7, "also": [], "match": [["2025"], ["演练"]], "record_level": False,
     "related": ["2024年/01 组织机构与职责/华宇园安〔2024〕5号 安全社区管理制度汇编.docx",
                 "2025年/07应急/2025-04-17 新港储运罐区现场处置方案演练记录.docx",
                 "2025年/07应急/2025-10-22 园区危化品泄漏综合应急演练方案及评估.docx"],
     "note": "制度：每半年至少一次综合演练；2025年上半年无园区综合演练"},
    {"id": "G5", "element": 9, "also": [3], "match": [["2025"], ["分析", "统计"]], "record_level": False,
     "related": ["2025年/09伤害/2025年事故与伤害登记台账.xlsx"],
     "note": "无2025年度事故与伤害统计分析"},
    {"id": "G6", "element": 11, "also": [8], "match": [["整改"], ["回复", "闭环", "验收", "销号", "复查", "关闭", "未完成", "整改中"]],
     "record_level": False,
     "related": ["2025年/11整改/华宇园安改〔2025〕7号 隐患整改通知书（鑫达新材料）.docx",
                 "2025年/11整改/2025年纠正预防措施跟踪表.xlsx", "2025年/08检查监测/2025年隐患排查治理台账.csv"],
     "note": "〔2025〕7号等整改无回复、无复查验收销号"},
    {"id": "G7", "element": 12, "also": [], "match": [["2025"], ["评审"]], "record_level": False,
     "related": ["2025年/12评审改进/华宇园安〔2025〕21号 关于开展2025年度安全社区创建工作评审的通知.docx",
                 "2025年/12评审改进/2025年安全社区创建工作总结.docx"],
     "note": "2025年度评审只有通知（计划），无评审报告"},
]
TRAPS = [
    {"id": "T1", "element": 8, "match": [["2024"], ["排查", "检查", "巡查"], ["缺", "未", "无", "没有", "不足"]],
     "note": "2024年月度隐患排查只以《2024年隐患排查治理台账.xlsx》的行存在（每月都有，另有月度汇总sheet），不是缺失"},
    {"id": "T2", "element": 6, "match": [["2024"], ["培训", "教育"], ["缺", "未", "无", "没有", "不足"]],
     "note": "2024年的培训只以《2024年安全教育培训台账.xlsx》的行存在（每月4-6期，均有人数），不是缺失"},
    {"id": "T3", "element": 4, "match": [["2025"], ["计划"], ["缺", "未", "无", "没有", "不足"]],
     "note": "2025年年度计划名为《2025年安全社区建设工作要点》（〔2025〕3号），含量化目标和进度表，不是缺失"},
]
PROBES = [
    {"id": "P1", "query": "液氯泄漏 应急演练", "must_in_top5": ["2024年/07 应急预案与响应/2024-06-18 液氯泄漏综合应急演练方案及评估报告.docx"]},
    {"id": "P2", "query": "承包商 入场 安全培训", "must_in_top5": ["2025年/06培训/2025-05-20 承包商入场安全培训记录.docx"]},
    {"id": "P3", "query": "LEC 危险源 风险评价", "must_in_top5": ["2024年/03 风险辨识与评价/危险源辨识与LEC风险评价表2024.xlsx"]},
    {"id": "P4", "query": "叉车 碰撞 事故调查", "must_in_top5": ["2025年/09伤害/2025-07-14 叉车碰撞伤害事故调查报告.pdf"]},
    {"id": "P5", "query": "危化品车辆 道路交通 实施方案", "must_in_top5": ["2024年/要素五 安全促进项目/园区道路交通（危化品车辆）安全促进项目实施方案.docx"]},
    {"id": "P6", "query": "年度评审报告 2024", "must_in_top5": ["2024年/12 评审与持续改进/2024-12-27 2024年度安全社区创建工作评审报告.docx"]},
]


def write_judgement():
    files = []
    for m in sorted(MANIFEST, key=lambda m: m["path"]):
        files.append({"path": m["path"], "kind": m["kind"], "elements": m["elements"],
                      "also_acceptable": m["also_acceptable"], "date": m["date"], "flags": m["flags"]})
    doc = {
        "community_name": "华宇",
        "assessment_period": {"start": "2024-01-01", "end": "2025-12-31"},
        "files": files,
        "elements": ELEMENTS,
        "gaps": GAPS,
        "traps": TRAPS,
        "probes": PROBES,
    }
    head = ("# huayu-park.judgement.yaml — expert judgement of huayu-park/ (华宇化工园区, 园区型安全社区)\n"
            "# Written before zicha was run on this archive. Files list generated by make_huayu.py from its manifest;\n"
            "# verdicts, gaps, traps and probes are hand-authored (see huayu-park.gaps-notes.md).\n")
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200)
    (HERE / "huayu-park.judgement.yaml").write_text(head + text, encoding="utf-8")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    y2024_org(); y2024_info(); y2024_risk(); y2024_plan(); y2024_projects(); y2024_training()
    y2024_emergency(); y2024_monitor(); y2024_injury(); y2024_archive(); y2024_correct(); y2024_review()
    y2025_org(); y2025_info(); y2025_risk(); y2025_plan(); y2025_projects(); y2025_training()
    y2025_emergency(); y2025_monitor(); y2025_injury(); y2025_correct(); y2025_review()
    root_files()
    catalogue()
    write_judgement()
    print(f"{len(MANIFEST)} files written to {OUT}")


if __name__ == "__main__":
    main()
