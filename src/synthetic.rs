//! A generator of synthetic creation archives of realistic Chinese documents, for benchmarks and
//! scale tests. Deterministic: the same `n` and `seed` give the same files, byte for byte.

use std::path::Path;

use crate::error::{Error, Result};

/// Folders of a typical archive, one per element.
const FOLDERS: &[&str] = &[
    "01 组织机构与职责",
    "02 信息交流和全员参与",
    "03 风险辨识与社区诊断",
    "04 目标与计划",
    "05 安全促进项目",
    "06 宣传教育培训",
    "07 应急预案与演练",
    "08 监测与监督",
    "09 伤害记录",
    "10 创建档案",
    "11 预防与纠正措施",
    "12 评审与持续改进",
];

/// (folder index, title, form body template).
const DOCS: &[(usize, &str, &str)] = &[
    (
        0,
        "促进委员会会议纪要",
        "会议时间：{date}\n会议地点：社区会议室\n主持人：{name}\n参会人员：{names}\n会议议题：研究{project}项目推进情况，部署下一阶段安全社区建设工作。\n会议决定：一是加强{project}项目的实施与督导；二是各成员单位按季度报送工作台账。\n",
    ),
    (
        1,
        "志愿者安全巡查活动记录",
        "活动时间：{date}\n活动地点：社区各小区\n参加人数：{n}人\n活动内容：志愿者分组开展{project}宣传和隐患巡查，发放宣传资料，收集居民意见建议。\n",
    ),
    (
        2,
        "隐患排查与风险辨识报告",
        "调查时间：{date}\n调查对象：辖区居民、商户和重点场所\n本次共排查危险源{n}处，其中高风险环境涉及{project}，高危人群为老年人和儿童，脆弱群体需重点关注。\n",
    ),
    (
        3,
        "年度安全工作计划",
        "一、指导思想\n以预防事故与伤害为目标。\n二、工作目标\n{project}相关伤害下降10%。\n三、工作措施\n按季度开展培训、宣传和检查。\n编制日期：{date}\n",
    ),
    (
        4,
        "项目实施台账",
        "实施时间：{date}\n实施地点：社区\n完成情况：完成{project}改造与宣传，共覆盖居民{n}人次。\n",
    ),
    (
        4,
        "项目效果评估报告",
        "评估时间：{date}\n评估方法：干预前后对比、问卷调查。\n评估结果：{project}相关伤害同比下降，居民知晓率由62%提升到91%，满意度95%。\n",
    ),
    (
        5,
        "安全知识培训记录",
        "培训时间：{date}\n培训地点：社区活动中心\n授课人：{name}\n培训内容：{project}知识与自救互救技能\n参加人数：{n}人\n",
    ),
    (
        5,
        "培训签到表",
        "| 序号 | 姓名 | 单位 |\n|---|---|---|\n| 1 | {name} | 居民 |\n| 2 | 王建国 | 物业 |\n| 3 | 刘秀英 | 居民 |\n",
    ),
    (
        6,
        "应急演练记录",
        "演练时间：{date}\n演练地点：小区广场\n演练科目：{project}突发事件疏散与处置\n参演人员：{n}人\n",
    ),
    (
        7,
        "安全检查记录",
        "检查时间：{date}\n检查人：{name}\n检查内容：{project}设施与重点场所\n存在问题：发现隐患{n}处，已下达整改通知。\n",
    ),
    (
        8,
        "伤害登记表",
        "| 序号 | 发生时间 | 伤害类型 | 伤害原因 |\n|---|---|---|---|\n| 1 | {date} | 跌倒 | 地面湿滑 |\n| 2 | {date} | 交通伤害 | 电动车 |\n",
    ),
    (
        9,
        "档案管理制度",
        "第一条 为规范安全社区创建档案管理，制定本制度。\n第二条 档案由专人管理，电子档案备份一份交促进委员会办公室。\n发布日期：{date}\n",
    ),
    (
        10,
        "隐患整改记录",
        "整改时间：{date}\n存在问题：{project}设施老化\n整改措施：更换设施并复查\n整改结果：已完成，复查合格。\n",
    ),
    (
        11,
        "年度自评报告",
        "自评时间：{date}\n对照评定标准逐项自评，自评得分{n}分。存在问题与持续改进措施如下……\n",
    ),
];

/// Sentences of the kind that fill real minutes and reports, to give the text a realistic vocabulary.
const SENTENCES: &[&str] = &[
    "社区组织网格员逐户走访，登记独居老人、残疾人等重点人群的安全需求。",
    "物业公司对楼道堆物、电动车违规充电进行集中清理，共清理杂物{n}处。",
    "社区卫生服务中心按月报送伤害首诊登记表，数据纳入伤害监测系统。",
    "辖区派出所、交警中队和消防救援站参加联席会议，通报近期警情和火灾隐患。",
    "志愿者在小区出入口设置宣传展板，发放《家庭安全手册》和燃气安全明白纸。",
    "学校开展防溺水专题教育，向家长推送安全提示短信，签订安全承诺书。",
    "对老旧小区燃气软管进行免费更换，安装燃气泄漏报警器和自闭阀。",
    "在主要路口增设减速带和警示标志，组织骑行电动车佩戴头盔劝导活动。",
    "针对老年人跌倒问题，在楼道加装扶手和夜间感应灯，开展居家环境评估。",
    "组织商户开展灭火器使用和初期火灾扑救实操训练，现场考核合格率100%。",
    "应急物资储备点补充了应急照明、担架、急救箱和防汛沙袋。",
    "对上一季度检查发现的问题逐项复查，已整改的问题销号，未整改的明确责任人和时限。",
    "通过问卷调查了解居民安全知晓率和满意度，共回收有效问卷{n}份。",
    "促进委员会办公室汇总各项目组台账，形成季度工作简报报送街道。",
    "邀请区应急管理局专家讲解安全社区建设标准和评定要求。",
    "开展高层住宅消防疏散演练，检验应急预案的可操作性并提出改进意见。",
    "建立居民意见箱和微信群，及时收集和反馈居民提出的安全隐患。",
    "对辖区餐饮场所液化气钢瓶使用情况进行专项检查，督促安装燃气报警装置。",
    "社区治安巡逻队每晚分三组巡查重点部位，发现问题及时处置。",
    "根据伤害监测数据，跌倒和交通伤害仍是主要伤害类型，需持续干预。",
];

const PROJECTS: &[&str] = &[
    "燃气使用安全",
    "交通安全",
    "治安防盗",
    "公共场所防火",
    "老年人防跌倒",
];
const NAMES: &[&str] = &[
    "张明", "李华", "王芳", "赵磊", "陈静", "刘洋", "杨帆", "周婷",
];

/// Small, fast, deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Writes `n` documents into `root` (which is created) and a `zicha.yaml`. Returns total bytes.
pub fn generate(root: &Path, n: usize, seed: u64) -> Result<u64> {
    let mut rng = Rng(seed);
    let io = |p: &Path, e| Error::io(p, e);
    std::fs::create_dir_all(root).map_err(|e| io(root, e))?;
    std::fs::write(
        root.join("zicha.yaml"),
        "community: 合成社区\ntype: 城市型\nperiod: {start: 2024-01-01, end: 2025-12-31}\nstandard: aqt9001-2006\n",
    )
    .map_err(|e| io(root, e))?;
    let mut total = 0u64;
    for i in 0..n {
        let (folder, title, body) = DOCS[rng.below(DOCS.len())];
        let project = PROJECTS[rng.below(PROJECTS.len())];
        let year = 2024 + rng.below(2);
        let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
        let date = format!("{year}年{month}月{day}日");
        let name = NAMES[rng.below(NAMES.len())];
        let names = (0..4)
            .map(|_| NAMES[rng.below(NAMES.len())])
            .collect::<Vec<_>>()
            .join("、");
        let count = 10 + rng.below(200);
        let mut text = format!("# 合成社区{project}{title}\n\n");
        text.push_str(
            &body
                .replace("{date}", &date)
                .replace("{name}", name)
                .replace("{names}", &names)
                .replace("{project}", project)
                .replace("{n}", &count.to_string()),
        );
        // Realistic length: real minutes and reports run to a few kilobytes.
        for _ in 0..(4 + rng.below(12)) {
            text.push('\n');
            text.push_str(
                &SENTENCES[rng.below(SENTENCES.len())]
                    .replace("{n}", &(5 + rng.below(300)).to_string()),
            );
        }
        let dir = root.join(FOLDERS[folder]).join(format!("{year}年"));
        std::fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
        let file = dir.join(format!("{year}.{month}.{day} {project}{title}-{i:06}.md"));
        std::fs::write(&file, &text).map_err(|e| io(&file, e))?;
        total += text.len() as u64;
    }
    Ok(total)
}
