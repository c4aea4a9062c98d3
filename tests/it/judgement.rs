//! Judgement on small archives built in the test, one behaviour each: the period and the
//! community read from the archive, registers as many records, the period a report covers, the
//! community's own rules as the bar, one copy of a file, gaps compared by code across languages.

use std::path::Path;

use serde_json::Value;

use super::{stdout_of, zicha};

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// An empty archive whose `zicha.yaml` sets the period, so that a test is about one behaviour.
fn archive_with_period(start: &str, end: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "zicha.yaml",
        &format!("period: {{start: {start}, end: {end}}}\n"),
    );
    dir
}

fn audit_json(root: &Path) -> Value {
    let out = stdout_of(zicha().arg("audit").arg(root).args(["--format", "json"]));
    serde_json::from_slice(&out).unwrap()
}

/// Every gap message of one indicator.
fn gaps(report: &Value, indicator: &str) -> Vec<String> {
    report["elements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["requirements"].as_array().unwrap())
        .filter(|r| r["id"] == indicator)
        .flat_map(|r| r["gaps"].as_array().unwrap())
        .map(|g| g.as_str().unwrap().to_string())
        .collect()
}

fn gap_details(report: &Value, indicator: &str) -> Vec<Value> {
    report["elements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["requirements"].as_array().unwrap())
        .filter(|r| r["id"] == indicator)
        .flat_map(|r| r["gap_details"].as_array().unwrap().clone())
        .collect()
}

fn document<'a>(report: &'a Value, path: &str) -> &'a Value {
    report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"] == path)
        .unwrap_or_else(|| panic!("{path} not listed"))
}

const PLAN: &str = "大林镇安全社区创建工作实施方案\n\n为推进安全社区建设，创建周期为二〇二二年七月至二〇二五年六月，分三个年度实施：第一年度为2022年7月至2023年6月。\n\n大林镇人民政府\n2022年7月8日\n";

#[test]
fn the_period_and_the_community_come_from_the_archive() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "一、启动阶段/大林镇安全社区创建工作实施方案.txt",
        PLAN,
    );
    write(
        root,
        "一、启动阶段/大林镇人民政府关于成立安全社区建设领导小组的通知.txt",
        "大林镇人民政府关于成立安全社区建设领导小组的通知\n\n各村：现成立领导小组。\n\n大林镇人民政府\n2022年7月1日\n",
    );
    let r = audit_json(root);
    assert_eq!(r["period"]["start"], "2022-07-01");
    assert_eq!(
        r["period"]["end"], "2025-06-30",
        "the year inside it is a phase, not the period"
    );
    assert_eq!(r["period_source"], "archive");
    assert_eq!(
        r["period_file"],
        "一、启动阶段/大林镇安全社区创建工作实施方案.txt"
    );
    assert_eq!(r["community"], "大林镇");
    assert_eq!(r["community_source"], "inferred");
    assert!(
        !r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "period-guessed")
    );

    // Nothing states a period: the last two years, said so.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "会议纪要 2024-03-01.txt",
        "会议时间：2024年3月1日\n参会人员：张三、李四\n",
    );
    let r = audit_json(dir.path());
    assert_eq!(r["period_source"], "inferred");
    assert_eq!(r["period"]["start"], "2023-01-01");
    assert!(
        r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "period-guessed" && d["severity"] == "warning")
    );
}

#[test]
fn a_register_is_many_records_and_one_that_stops_early_is_named() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    // Two years of quarterly inspections kept in one CSV, a title row above the header.
    let mut csv = String::from("2024-2025年安全检查登记表,,,\n序号,检查日期,检查地点,整改情况\n");
    for (i, d) in [
        "2024/3/5",
        "2024.6.10",
        "2024年9月8日",
        "2024-12-01",
        "2025/3/3",
        "2025/6/6",
        "2025/9/9",
        "2025/12/12",
    ]
    .iter()
    .enumerate()
    {
        csv.push_str(&format!("{},{d},一号楼,已整改\n", i + 1));
    }
    write(root, "08 监测与监督/安全检查登记表.csv", &csv);

    // An injury register that stops at the end of 2024, with Excel date cells.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_string(0, 0, "伤害监测登记表").unwrap();
    for (c, h) in ["序号", "发生日期", "伤害类型", "发生地点"]
        .iter()
        .enumerate()
    {
        sheet.write_string(1, c as u16, *h).unwrap();
    }
    for (i, (m, d)) in [(2, 3), (5, 17), (8, 21), (11, 30), (12, 20)]
        .iter()
        .enumerate()
    {
        let row = i as u32 + 2;
        sheet.write_number(row, 0, (i + 1) as f64).unwrap();
        let day = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, *m, *d).unwrap();
        sheet
            .write_datetime_with_format(row, 1, &day, &date)
            .unwrap();
        sheet.write_string(row, 2, "跌倒").unwrap();
        sheet.write_string(row, 3, "一号楼").unwrap();
    }
    std::fs::create_dir_all(root.join("09 伤害记录")).unwrap();
    book.save(root.join("09 伤害记录/伤害监测登记表.xlsx"))
        .unwrap();

    let r = audit_json(root);
    let inspections = document(&r, "08 监测与监督/安全检查登记表.csv");
    assert_eq!(inspections["register"]["dated_rows"], 8);
    assert_eq!(inspections["register"]["first"], "2024-03-05");
    assert_eq!(inspections["register"]["columns"]["date"], "检查日期");
    // Four inspections a year (the drafted default): the rows satisfy it in both years.
    assert!(
        !gaps(&r, "37")
            .iter()
            .any(|g| g.contains("安全检查和巡查记录")),
        "{:?}",
        gaps(&r, "37")
    );
    let injuries = document(&r, "09 伤害记录/伤害监测登记表.xlsx");
    assert_eq!(injuries["register"]["last"], "2024-12-20");
    let ends = gap_details(&r, "40")
        .into_iter()
        .find(|g| g["code"] == "register-ends-early")
        .expect("the register stops before 2025");
    assert_eq!(ends["message"], "伤害记录止于2024年12月，2025年无记录");
    assert_eq!(ends["args"]["year"], 2025);
    assert_eq!(ends["args"]["last"], "2024-12-20");
}

#[test]
fn a_report_counts_for_the_year_it_covers() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "09 伤害记录/2024年度伤害数据统计分析报告.txt",
        "2024年度伤害数据统计分析报告\n\n一、伤害数据概况\n全年登记伤害42例，同比下降12%。\n\n龙凤园社区居委会\n2025年1月15日\n",
    );
    let r = audit_json(root);
    let doc = document(&r, "09 伤害记录/2024年度伤害数据统计分析报告.txt");
    assert_eq!(doc["date"], "2025-01-15");
    assert_eq!(doc["covers_year"], 2024);
    let g = gaps(&r, "41");
    assert!(!g.iter().any(|g| g.starts_with("2024年")), "{g:?}");
    assert!(
        g.contains(&"2025年无伤害数据统计分析报告".to_string()),
        "{g:?}"
    );
}

#[test]
fn the_communitys_own_rule_sets_the_bar_and_is_cited() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    write(
        root,
        "01 组织机构/安全社区建设领导小组工作制度.txt",
        "安全社区建设领导小组工作制度\n\n第三条 领导小组每季度召开一次工作例会，研究部署安全社区建设工作。\n\n2024年1月5日\n",
    );
    for (m, d) in [(3, 20), (6, 18), (11, 14)] {
        write(
            root,
            &format!("01 组织机构/领导小组例会纪要 2024-{m:02}-{d:02}.txt"),
            &format!("领导小组例会纪要\n会议时间：2024年{m}月{d}日\n参会人员：张三、李四、王五\n"),
        );
    }
    // A residents' forum is not a meeting of the leading group.
    write(
        root,
        "02 信息交流/居民座谈会纪要 2024-09-01.txt",
        "居民座谈会纪要\n会议时间：2024年9月1日\n参会人员：居民代表12人\n会上介绍了领导小组的工作。\n",
    );
    let r = audit_json(root);
    let detail = gap_details(&r, "1")
        .into_iter()
        .find(|g| g["code"] == "too-few-in-year")
        .expect("three meetings against a quarterly rule");
    assert_eq!(
        detail["message"],
        "2024年促进委员会会议纪要3次，少于《安全社区建设领导小组工作制度》规定的每季度1次（应不少于4次）"
    );
    assert_eq!(detail["basis"]["source"], "community");
    assert_eq!(
        detail["basis"]["file"],
        "01 组织机构/安全社区建设领导小组工作制度.txt"
    );
    assert_eq!(detail["args"]["found"], 3);
    assert_eq!(detail["args"]["per_year"], 4.0);
    assert_eq!(r["commitments"][0]["parameter"], "meetings_per_year");
}

/// Project groups that report at the committee's meetings need no minutes of their own each year:
/// zicha asks for some in the period, and a yearly count only where the community's rule sets one.
#[test]
fn project_group_meetings_are_counted_by_year_only_where_the_communitys_rule_says_so() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "01 组织机构/防跌倒项目组工作会议纪要 2024-04-10.txt",
        "防跌倒项目组工作会议纪要\n会议时间：2024年4月10日\n参会人员：张三、李四、王五\n",
    );
    let yearly = |r: &Value| {
        gap_details(r, "2")
            .into_iter()
            .filter(|g| g["message"].as_str().unwrap().contains("项目组工作会议"))
            .map(|g| g["message"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let r = audit_json(root);
    assert!(yearly(&r).is_empty(), "{:?}", yearly(&r));
    write(
        root,
        "01 组织机构/安全促进项目组工作制度.txt",
        "安全促进项目组工作制度\n\n二、项目组每季度召开一次工作会议，研究项目实施中的问题。\n\n2024年1月5日\n",
    );
    let r = audit_json(root);
    let gaps = yearly(&r);
    assert!(
        gaps.iter()
            .any(|g| g.starts_with("2025年无项目组工作会议纪要")
                && g.contains("《安全促进项目组工作制度》")),
        "{gaps:?}"
    );
}

#[test]
fn a_projects_own_plan_sets_the_projects_pace_not_the_communitys() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    write(
        root,
        "05 安全促进项目/老年人防跌倒安全促进项目实施方案.txt",
        "老年人防跌倒安全促进项目实施方案\n\n三、干预措施\n每季度开展一次防跌倒宣传活动。\n\n2024年2月1日\n",
    );
    let r = audit_json(root);
    assert!(
        r["commitments"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["parameter"] != "publicity_per_year"),
        "{}",
        r["commitments"]
    );
    let detail = gap_details(&r, "29")
        .into_iter()
        .find(|g| g["args"]["year"] == 2024)
        .expect("no publicity in 2024");
    assert_eq!(detail["basis"]["source"], "drafted");
}

#[test]
fn a_rule_of_once_every_two_years_asks_its_share_of_the_period() {
    // Three years under "每两年更新一次" ask two updates, not one a year.
    let dir = archive_with_period("2022-07-01", "2025-06-30");
    let root = dir.path();
    write(
        root,
        "01 组织机构/安全社区建设工作制度汇编.txt",
        "安全社区建设工作制度汇编\n\n四、风险辨识评价制度\n1.创建初期开展全面的风险辨识评价，以后每两年更新一次。\n\n2022年7月5日\n",
    );
    write(
        root,
        "03 风险辨识/2022年社区安全诊断报告.txt",
        "社区安全诊断报告\n\n一、风险辨识\n辨识风险点23处。\n\n2022年10月20日\n",
    );
    let r = audit_json(root);
    let commitment = r["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["parameter"] == "diagnosis_updates_per_year")
        .unwrap_or_else(|| panic!("{}", r["commitments"]))
        .clone();
    assert_eq!(commitment["per_year"], 0.5);
    let detail = gap_details(&r, "15")
        .into_iter()
        .find(|g| g["code"] == "too-few")
        .unwrap_or_else(|| panic!("{:?}", gaps(&r, "15")));
    assert_eq!(
        detail["message"],
        "评定期内年度诊断更新或风险评价1份，少于《安全社区建设工作制度汇编》规定的每2年1次（应不少于2份）"
    );
    assert!(
        !gaps(&r, "15").iter().any(|g| g.contains("2023年")),
        "no year is asked on its own: {:?}",
        gaps(&r, "15")
    );

    write(
        root,
        "03 风险辨识/2024年风险辨识评价更新报告.txt",
        "风险辨识评价更新报告\n\n按制度每两年更新一次，复核风险点23处。\n\n2024年9月10日\n",
    );
    let r = audit_json(root);
    assert!(
        !gaps(&r, "15").iter().any(|g| g.contains("诊断更新")),
        "{:?}",
        gaps(&r, "15")
    );
}

#[test]
fn a_rule_that_names_a_comprehensive_drill_counts_only_those() {
    let dir = archive_with_period("2025-01-01", "2025-12-31");
    let root = dir.path();
    let rules = |text: &str| {
        write(
            root,
            "01 组织机构/园区安全社区管理制度.txt",
            &format!("园区安全社区管理制度\n\n七、应急管理\n{text}\n\n2025年1月6日\n"),
        );
    };
    rules("园区每半年至少组织一次综合应急演练。");
    write(
        root,
        "07 应急/2025-04-17 储运罐区现场处置方案演练记录.txt",
        "现场处置方案演练记录\n演练时间：2025年4月17日\n参演人员：42人\n",
    );
    write(
        root,
        "07 应急/2025-10-22 园区危化品泄漏综合应急演练记录.txt",
        "综合应急演练记录\n演练时间：2025年10月22日\n参演人员：160人\n",
    );
    let r = audit_json(root);
    let detail = gap_details(&r, "33")
        .into_iter()
        .find(|g| g["code"] == "too-few-in-year")
        .unwrap_or_else(|| panic!("{:?}", gaps(&r, "33")));
    assert_eq!(detail["basis"]["named"], "综合");
    assert_eq!(detail["args"]["found"], 1);
    assert!(
        detail["message"]
            .as_str()
            .unwrap()
            .starts_with("2025年应急演练记录（按“综合”计）1次"),
        "{}",
        detail["message"]
    );

    // A rule that offers either kind counts both.
    rules("每年至少组织两次综合或专项应急演练。");
    let r = audit_json(root);
    assert!(
        !gaps(&r, "33")
            .iter()
            .any(|g| g.starts_with("2025年应急演练")),
        "{:?}",
        gaps(&r, "33")
    );
}

#[test]
fn a_report_that_names_the_creation_year_it_reviews_counts_for_it() {
    let dir = archive_with_period("2023-03-01", "2025-02-28");
    let root = dir.path();
    write(
        root,
        "12 评审/社区安全社区创建工作自查报告.txt",
        "社区安全社区创建工作自查报告\n\n创建期为二〇二三年三月至二〇二五年二月。本报告同时作为第二创建年度（2024年3月—2025年2月）的自评报告。\n\n二〇二五年三月六日\n",
    );
    let r = audit_json(root);
    let doc = document(&r, "12 评审/社区安全社区创建工作自查报告.txt");
    assert_eq!(doc["covers_year"], 2024);
}

#[test]
fn a_part_year_asks_its_share_of_a_yearly_record() {
    // Two months of 2025 ask no yearly drill; ten of 2024 ask one.
    let dir = archive_with_period("2024-03-01", "2025-02-28");
    let root = dir.path();
    write(
        root,
        "07 应急/2024年消防疏散演练记录.txt",
        "消防疏散演练记录\n演练时间：2024年11月9日\n参演人员：居民120人\n",
    );
    let r = audit_json(root);
    let g = gaps(&r, "33");
    assert!(!g.iter().any(|g| g.contains("2025年")), "{g:?}");
    let r2 = {
        std::fs::remove_file(root.join("07 应急/2024年消防疏散演练记录.txt")).unwrap();
        audit_json(root)
    };
    assert!(
        gaps(&r2, "33").contains(&"2024年无应急演练记录".to_string()),
        "{:?}",
        gaps(&r2, "33")
    );
}

#[test]
fn hazards_left_open_past_their_deadline_are_named_and_shown() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    write(
        root,
        "11 预防与纠正/隐患排查治理台账（2024）.csv",
        "隐患排查治理台账（2024年）\n序号,排查日期,隐患描述,整改期限,完成日期,状态\n\
         1,2024-03-12,河口护栏缺失,2024-06-12,,整改中\n\
         2,2024-04-09,警示牌缺失,2024-05-09,2024-05-02,已销号\n\
         3,2024-05-21,未发现隐患,,,\n\
         4,2024-11-20,线路老化,2025-01-20,,整改中\n\
         5,2024-12-10,楼道堆物,2024-12-17,2024-12-15,已整改\n",
    );
    let r = audit_json(root);
    let detail = gap_details(&r, "46")
        .into_iter()
        .find(|g| g["code"] == "overdue-open")
        .expect("an item open past its deadline");
    // The November item is not yet due on the register's last entry (2024-12-10).
    assert_eq!(detail["args"]["found"], 1);
    assert_eq!(detail["args"]["since"], "2024-03-12");
    assert_eq!(
        detail["message"],
        "《隐患排查治理台账（2024年）》中1项逾期未整改销号（最早发现于2024年3月12日）"
    );
    let doc = document(&r, "11 预防与纠正/隐患排查治理台账（2024）.csv");
    assert_eq!(doc["register"]["open"].as_array().unwrap().len(), 2);
    // The terminal report shows it, though the indicator may have lost no point.
    let text = String::from_utf8(stdout_of(zicha().arg("audit").arg(root))).unwrap();
    assert!(text.contains("1项逾期未整改销号"), "{text}");
}

/// A list of an assessment's suggestions kept without dates names the one still not carried out;
/// an item in hand before its deadline, as the list stood, is no gap.
#[test]
fn a_suggestion_left_undone_in_an_undated_list_is_named() {
    let dir = archive_with_period("2024-01-01", "2025-06-30");
    let root = dir.path();
    write(
        root,
        "11 预防与纠正/评定整改建议落实情况对照表.csv",
        "评定整改建议落实情况对照表\n编制：2025年6月\n序号,整改建议,落实措施,落实情况\n\
         1,促进委员会中物业代表缺位,新增物业2家,已落实\n\
         2,亲水平台应设置警示标识和救生设施,报告河道管理处,未落实（产权属区城管局）\n",
    );
    write(
        root,
        "11 预防与纠正/不符合项整改跟踪表.csv",
        "不符合项整改跟踪表（更新日期：2025年3月31日）\n序号,问题描述,纠正措施,完成时限,整改状态\n\
         1,未按制度组织应急演练,组织演练,2025-06-30,整改中\n\
         2,志愿者记录格式不统一,统一格式,2025-02-28,已完成\n",
    );
    let unresolved: Vec<Value> = gap_details(&audit_json(root), "46")
        .into_iter()
        .filter(|g| g["code"] == "unresolved-items")
        .collect();
    assert_eq!(unresolved.len(), 1, "{unresolved:?}");
    assert_eq!(
        unresolved[0]["message"],
        "《评定整改建议落实情况对照表》中1项仍未落实（“亲水平台应设置警示标识和救生设施”）"
    );
    assert_eq!(unresolved[0]["args"]["found"], 1);
}

#[test]
fn one_copy_counts_and_the_filed_one_is_cited() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let drill = "消防疏散演练记录\n演练时间：2024年5月12日\n参演人员：120人\n";
    write(root, "07 应急/消防疏散演练记录 2024-05-12.txt", drill);
    write(root, "待整理/消防疏散演练记录 2024-05-12.txt", drill);
    let r = audit_json(root);
    let copy = document(&r, "待整理/消防疏散演练记录 2024-05-12.txt");
    assert!(
        copy["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "duplicate")
    );
    let evidence: Vec<&Value> = r["elements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["requirements"].as_array().unwrap())
        .flat_map(|r| r["evidence"].as_array().unwrap())
        .collect();
    assert!(
        evidence
            .iter()
            .any(|p| *p == "07 应急/消防疏散演练记录 2024-05-12.txt")
    );
    assert!(
        !evidence
            .iter()
            .any(|p| p.as_str().unwrap().starts_with("待整理/"))
    );
}

#[test]
fn the_same_archive_in_chinese_and_in_english_shows_no_change() {
    let dir = tempfile::tempdir().unwrap();
    let sample = super::repo().join("fixtures/sample");
    let zh = stdout_of(zicha().arg("audit").arg(&sample).args(["--format", "json"]));
    let en = stdout_of(
        zicha()
            .args(["--lang", "en", "audit"])
            .arg(&sample)
            .args(["--format", "json"]),
    );
    assert_ne!(zh, en, "the messages are in two languages");
    std::fs::write(dir.path().join("zh.json"), &zh).unwrap();
    std::fs::write(dir.path().join("en.json"), &en).unwrap();
    let diff = stdout_of(
        zicha()
            .arg("diff")
            .arg(dir.path().join("zh.json"))
            .arg(dir.path().join("en.json"))
            .args(["--format", "json"]),
    );
    let diff: Value = serde_json::from_slice(&diff).unwrap();
    assert_eq!(diff["gaps_opened"], Value::Array(vec![]));
    assert_eq!(diff["gaps_closed"], Value::Array(vec![]));
    assert_eq!(diff["indicators"], Value::Array(vec![]));
}

/// A register kept under one title that records several things: a fire station's training log
/// whose 训练科目 says 器材检查保养 on some days holds the equipment checks of those days, and only
/// those; a plan is never stood for by rows.
#[test]
fn rows_of_a_mixed_register_count_for_what_their_type_says() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    let mut csv = String::from("微型消防站日常训练记录,,,\n日期,训练科目,参训人数,带训人\n");
    for (d, subject) in [
        ("2024/3/2", "水带连接"),
        ("2024/5/4", "器材检查保养"),
        ("2024/9/7", "体能训练"),
        ("2025/3/8", "水带连接"),
        ("2025/6/7", "体能训练"),
    ] {
        csv.push_str(&format!("{d},{subject},8,韩卫东\n"));
    }
    write(root, "07 应急/微型消防站训练记录.csv", &csv);
    let r = audit_json(root);
    let checks = gaps(&r, "32");
    // 2024 has an equipment check among the rows; 2025 none.
    assert!(!checks.iter().any(|g| g.starts_with("2024")), "{checks:?}");
    assert!(
        checks.iter().any(|g| g.contains("2025")),
        "the 2025 rows check no equipment: {checks:?}"
    );
}

/// A training and publicity register whose 类别 says only 培训 names each row's theme in 主题: a row
/// themed on an emergency skill ("防汛及救生器材使用培训（应急救援队）") is an emergency training.
#[test]
fn a_registers_theme_column_says_what_a_training_row_was_on() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let mut csv =
        String::from("三里社区2024年安全培训宣传台账,,,,\n序号,日期,类别,主题,参与人次\n");
    for (i, (d, kind, theme)) in [
        ("2024/3/2", "宣传", "安全社区创建启动宣传"),
        ("2024/5/28", "培训", "安全社区创建知识培训"),
        ("2024/6/12", "培训", "应急救援队防汛及救生器材使用培训"),
        ("2024/9/12", "培训", "老年人防跌倒健康讲座"),
    ]
    .iter()
    .enumerate()
    {
        csv.push_str(&format!("{},{d},{kind},{theme},40\n", i + 1));
    }
    write(root, "台账/培训宣传台账.csv", &csv);
    let emergency = gaps(&audit_json(root), "33");
    assert!(
        !emergency.iter().any(|g| g.contains("应急培训")),
        "{emergency:?}"
    );
}

/// A suggestions register whose every row has its reply is the tally of suggestions handled.
#[test]
fn a_register_whose_rows_are_all_answered_is_the_tally_of_what_was_handled() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    let mut answered = String::from(
        "居民安全意见建议登记反馈台账,,,,\n序号,收到日期,反映内容,处理答复,答复日期\n",
    );
    let mut open = answered.clone();
    for i in 1..=6 {
        answered.push_str(&format!("{i},2024/{i}/3,楼道堆物,已清理,2024/{i}/9\n"));
        open.push_str(&format!("{i},2024/{i}/3,楼道堆物,,\n"));
    }
    write(
        root,
        "02 信息交流/居民安全意见建议登记反馈台账.csv",
        &answered,
    );
    let handled = gaps(&audit_json(root), "7");
    assert!(
        !handled.iter().any(|g| g.contains("意见办结或满意度统计")),
        "{handled:?}"
    );
    // Left unanswered, the same register tallies nothing.
    write(root, "02 信息交流/居民安全意见建议登记反馈台账.csv", &open);
    let unhandled = gaps(&audit_json(root), "7");
    assert!(
        unhandled.iter().any(|g| g.contains("意见办结或满意度统计")),
        "{unhandled:?}"
    );
}

/// A hazard ledger kept a sheet a year: the items left open on every sheet are counted.
#[test]
fn open_items_of_every_sheet_of_a_ledger_are_counted() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    let mut book = rust_xlsxwriter::Workbook::new();
    for (year, open) in [(2024, 2), (2025, 3)] {
        let sheet = book.add_worksheet();
        sheet.set_name(format!("{year}年")).unwrap();
        for (c, h) in ["序号", "排查日期", "隐患内容", "整改期限", "整改情况"]
            .iter()
            .enumerate()
        {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        for i in 0..6u32 {
            let row = i + 1;
            sheet.write_number(row, 0, f64::from(row)).unwrap();
            sheet
                .write_string(row, 1, format!("{year}-0{}-10", i + 1))
                .unwrap();
            sheet.write_string(row, 2, "消防通道堵塞").unwrap();
            sheet
                .write_string(row, 3, format!("{year}-0{}-20", i + 1))
                .unwrap();
            let status = if i < open { "未整改" } else { "已整改" };
            sheet.write_string(row, 4, status).unwrap();
        }
    }
    std::fs::create_dir_all(root.join("08 监测与监督")).unwrap();
    book.save(root.join("08 监测与监督/隐患排查治理台账.xlsx"))
        .unwrap();
    let overdue = gaps(&audit_json(root), "46");
    assert!(
        overdue.iter().any(|g| g.contains("中5项逾期未整改销号")),
        "{overdue:?}"
    );
}

/// A village's one 台账 workbook with a sheet per subject: each sheet is read as the record it
/// keeps (the meetings of the 会议记录 sheet are meetings, the drills of the 应急演练 sheet drills),
/// the cover is no record, and the file is evidence for every element its sheets serve.
#[test]
fn a_ledger_kept_a_sheet_per_subject_is_read_sheet_by_sheet() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let mut book = rust_xlsxwriter::Workbook::new();
    let cover = book.add_worksheet();
    cover.set_name("封面").unwrap();
    cover.write_string(0, 0, "莲花村安全社区创建台账").unwrap();
    type Sheet<'a> = (&'a str, &'a str, [&'a str; 4], [[&'a str; 4]; 4]);
    let sheets: [Sheet; 2] = [
        (
            "会议记录",
            "莲花村促进委员会会议记录登记表",
            ["序号", "时间", "会议名称", "参加人员"],
            [
                [
                    "1",
                    "2024-03-20",
                    "促进委员会第一季度例会",
                    "村两委、组长共18人",
                ],
                [
                    "2",
                    "2024-06-25",
                    "促进委员会第二季度例会",
                    "村两委、组长共17人",
                ],
                [
                    "3",
                    "2024-09-24",
                    "促进委员会第三季度例会",
                    "村两委、组长共19人",
                ],
                [
                    "4",
                    "2024-12-18",
                    "促进委员会第四季度例会",
                    "村两委、组长共20人",
                ],
            ],
        ),
        (
            "应急演练",
            "莲花村应急演练登记表",
            ["序号", "日期", "演练名称", "参加人数"],
            [
                ["1", "2024-06-18", "汛前防汛转移应急演练", "95"],
                ["2", "2024-11-20", "冬季森林防火应急演练", "60"],
                ["3", "2024-12-05", "燃气泄漏应急演练", "40"],
                ["4", "2024-12-20", "消防疏散应急演练", "52"],
            ],
        ),
    ];
    for (name, title, header, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        sheet.write_string(0, 0, title).unwrap();
        for (c, h) in header.iter().enumerate() {
            sheet.write_string(1, c as u16, *h).unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                sheet.write_string(r as u32 + 2, c as u16, *v).unwrap();
            }
        }
    }
    std::fs::create_dir_all(root.join("台账")).unwrap();
    book.save(root.join("台账/莲花村安全社区创建台账.xlsx"))
        .unwrap();
    let report = audit_json(root);
    let ledger = document(&report, "台账/莲花村安全社区创建台账.xlsx");
    let kinds: Vec<&str> = ledger["parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["minutes", "drill"], "{ledger}");
    let elements = ledger["elements"].as_array().unwrap();
    assert!(
        elements.contains(&Value::from("1")) && elements.contains(&Value::from("7")),
        "{ledger}"
    );
    let meetings = gaps(&report, "1");
    assert!(
        !meetings
            .iter()
            .any(|g| g.contains("2024年") && g.contains("会议")),
        "{meetings:?}"
    );
}

/// A year's papers compiled in one file, each under its own title and date: the plan counts as the
/// year's plan and the review as its review, though the file is named for neither.
#[test]
fn a_compilation_of_a_years_papers_is_read_record_by_record() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let without = audit_json(root);
    let plan_gap = |r: &Value| {
        gaps(r, "4")
            .iter()
            .any(|g| g.contains("2024年无年度工作计划"))
    };
    let review_gap = |r: &Value| {
        gaps(r, "49")
            .iter()
            .any(|g| g.contains("2024年无年度绩效评审报告"))
    };
    assert!(plan_gap(&without) && review_gap(&without));
    write(
        root,
        "2024年资料/2024年度工作资料汇编.txt",
        "莲花村安全社区创建2024年度工作资料汇编\n目录：一、工作计划　二、内部评审报告\n\n\
         莲花村2024年安全社区工作计划\n2024年1月16日\n全年召开促进委员会例会4次，开展宣传培训不少于12场。\n\
         莲花村安全社区促进委员会办公室\n二〇二四年一月十六日\n\n\
         莲花村安全社区2024年度内部评审报告\n2024年12月18日\n促进委员会对照12个要素对全年工作进行评审。存在问题：演练次数不足。\n\
         莲花村安全社区促进委员会\n二〇二四年十二月十八日\n",
    );
    let with = audit_json(root);
    let parts = document(&with, "2024年资料/2024年度工作资料汇编.txt")["parts"].clone();
    assert_eq!(parts.as_array().map(Vec::len), Some(2), "{parts}");
    assert!(!plan_gap(&with), "{:?}", gaps(&with, "4"));
    assert!(!review_gap(&with), "{:?}", gaps(&with, "49"));
}

/// A suggestions register whose rows close by an answer: those left unanswered more than a
/// month are named, as the register's own gap, under information exchange.
#[test]
fn suggestions_left_unanswered_are_named() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let mut csv = String::from("登记日期,反映人,意见建议内容,处理及答复情况,答复日期\n");
    for m in 1..=9 {
        csv.push_str(&format!(
            "2024-{m:02}-05,林**,村道路灯不亮,已报供电所修复,2024-{m:02}-09\n"
        ));
    }
    for m in [3, 5, 8, 12] {
        csv.push_str(&format!("2024-{m:02}-20,杨**,屋后柴草堆太多,,\n"));
    }
    write(
        root,
        "二、信息交流/村民安全意见建议登记及答复台账.csv",
        &csv,
    );
    let details = gap_details(&audit_json(root), "7");
    let unanswered: Vec<&Value> = details
        .iter()
        .filter(|g| g["code"] == "overdue-unanswered")
        .collect();
    // Three of the four are over a month old by the last entry; December's is not yet due.
    assert_eq!(unanswered.len(), 1, "{details:?}");
    assert_eq!(unanswered[0]["args"]["found"], 3, "{details:?}");
    assert_eq!(unanswered[0]["args"]["since"], "2024-03-20");
}

/// An injury register kept case by case that has months without an entry between its first and
/// last: the interruption is named with its months, though every year has records.
#[test]
fn a_register_kept_continuously_that_stops_for_months_is_named() {
    let dir = archive_with_period("2024-01-01", "2025-04-30");
    let root = dir.path();
    let mut csv = String::from("就诊日期,姓名,受伤原因\n");
    for (y, m) in [
        (2024, 8),
        (2024, 9),
        (2024, 10),
        (2024, 11),
        (2025, 3),
        (2025, 4),
    ] {
        for day in 1..=4 {
            csv.push_str(&format!("{y}-{m:02}-{:02},陈**,跌倒\n", day * 5));
        }
    }
    write(root, "九、伤害记录/卫生室伤害就诊登记表.csv", &csv);
    let details = gap_details(&audit_json(root), "40");
    let interrupted: Vec<&Value> = details
        .iter()
        .filter(|g| g["code"] == "register-interrupted")
        .collect();
    assert_eq!(interrupted.len(), 1, "{details:?}");
    let args = &interrupted[0]["args"];
    assert_eq!(args["since"], "2024-12-01");
    assert_eq!(args["last"], "2025-02-01");
    assert_eq!(args["found"], 3);
    assert!(
        interrupted[0]["message"]
            .as_str()
            .unwrap()
            .contains("2024年12月至2025年2月无记录"),
        "{interrupted:?}"
    );
}

#[test]
fn a_round_the_communitys_rule_sets_for_a_season_is_checked_season_by_season() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "一、组织领导/安全社区工作制度.txt",
        "安全社区工作制度\n\n五、重点户入户安全检查制度\n每年春季（3—4月）、秋季（9—11月）各开展一轮重点户入户安全检查，按ABC分类登记。\n\n2024年1月5日\n",
    );
    // Spring and autumn rounds, save autumn 2024: the year's count is made up by its spring.
    let mut csv = String::from("检查日期,户主,类别\n");
    for (y, m) in [(2024, 3), (2024, 4), (2025, 3), (2025, 10)] {
        for day in 1..=6 {
            csv.push_str(&format!("{y}-{m:02}-{:02},王**,B类\n", day * 4));
        }
    }
    write(root, "八、监测监督/重点户入户安全检查登记表.csv", &csv);
    let report = audit_json(root);
    let details: Vec<Value> = ["36", "37", "38"]
        .iter()
        .flat_map(|i| gap_details(&report, i))
        .filter(|g| g["code"] == "round-missed")
        .collect();
    assert_eq!(details.len(), 1, "{details:?}");
    let args = &details[0]["args"];
    assert_eq!(args["year"], 2024);
    assert_eq!(args["since"], "2024-09-01");
    assert_eq!(args["last"], "2024-11-30");
    assert_eq!(details[0]["basis"]["source"], "community");
    let message = details[0]["message"].as_str().unwrap();
    assert!(message.starts_with("2024年9—11月无"), "{message}");
    assert!(message.contains("入户"), "{message}");
}

#[test]
fn a_sentence_naming_who_keeps_the_archive_appoints_the_keeper() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    write(
        root,
        "一、组织领导/关于成立安全社区促进委员会的通知.txt",
        "关于成立安全社区促进委员会的通知\n\n委员会下设办公室，林小燕兼任办公室主任，负责日常工作和创建档案。\n\n2024年1月8日\n",
    );
    let before = gaps(&audit_json(root), "42");
    assert!(
        !before.iter().any(|g| g.contains("档案管理人员安排")),
        "{before:?}"
    );
    // Said apart, in two sentences, the words appoint no one.
    write(
        root,
        "一、组织领导/关于成立安全社区促进委员会的通知.txt",
        "关于成立安全社区促进委员会的通知\n\n林小燕兼任办公室主任，负责日常工作。各组整理创建档案。\n\n2024年1月8日\n",
    );
    let after = gaps(&audit_json(root), "42");
    assert!(
        after.iter().any(|g| g.contains("档案管理人员安排")),
        "{after:?}"
    );
}

#[test]
fn a_register_that_stops_months_before_the_period_ends_is_named_unless_the_next_one_goes_on() {
    let dir = archive_with_period("2024-04-01", "2026-03-31");
    let root = dir.path();
    let mut csv = String::from("就诊日期,姓名,受伤原因\n");
    for m in 4..=12 {
        for day in 1..=4 {
            csv.push_str(&format!("2024-{m:02}-{:02},陈**,跌倒\n", day * 5));
        }
    }
    for m in 1..=10 {
        for day in 1..=4 {
            csv.push_str(&format!("2025-{m:02}-{:02},陈**,跌倒\n", day * 5));
        }
    }
    write(root, "九、伤害记录/卫生服务站伤害监测登记表.csv", &csv);
    let stopped: Vec<Value> = gap_details(&audit_json(root), "40")
        .into_iter()
        .filter(|g| g["code"] == "register-interrupted")
        .collect();
    assert_eq!(stopped.len(), 1, "{stopped:?}");
    assert_eq!(stopped[0]["args"]["since"], "2025-11-01");
    assert_eq!(stopped[0]["args"]["last"], "2026-03-01");
    // The next register goes on where this one stops: nothing stopped.
    write(
        root,
        "九、伤害记录/卫生服务站伤害监测登记表（2025年11月起）.csv",
        "就诊日期,姓名,受伤原因\n2025-11-03,王**,跌倒\n2025-12-09,李**,烫伤\n2026-01-15,张**,跌倒\n2026-02-20,赵**,割伤\n2026-03-18,钱**,跌倒\n",
    );
    let details = gap_details(&audit_json(root), "40");
    assert!(
        !details.iter().any(|g| g["code"] == "register-interrupted"),
        "{details:?}"
    );
}

#[test]
fn an_offices_list_of_materials_names_and_dates_its_phone_photos() {
    let dir = archive_with_period("2024-04-01", "2026-03-31");
    let root = dir.path();
    let jpeg = [0xFF, 0xD8, 0xFF, 0xD9];
    for photo in [
        "2024年资料/mmexport1725952841000.jpg",
        "2024年资料/窗户限位器安装现场.jpg",
        "2025年资料/窗户限位器安装现场.jpg",
    ] {
        std::fs::create_dir_all(root.join(photo).parent().unwrap()).unwrap();
        std::fs::write(root.join(photo), jpeg).unwrap();
    }
    write(
        root,
        "材料清单.csv",
        "云汀社区安全社区创建材料清单\n\
         序号,存放文件夹,文件名,材料名称/内容,形成日期,来源\n\
         1,2024年资料,mmexport1725952841000.jpg,2024年9月10日商业街餐饮商户燃气安全培训现场,20240910,手机照片\n\
         2,2024年资料,窗户限位器安装现场.jpg,窗户限位器安装现场,20240820,手机照片\n",
    );
    let r = audit_json(root);
    // The phone's name says nothing: the list says what the photo shows, and when.
    let training = document(&r, "2024年资料/mmexport1725952841000.jpg");
    assert_eq!(
        training["title"],
        "2024年9月10日商业街餐饮商户燃气安全培训现场"
    );
    assert_eq!(training["date"], "2024-09-10");
    assert!(
        training["elements"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "6"),
        "{training}"
    );
    // Of two photos of one name, the one in the folder the list names takes its date.
    assert_eq!(
        document(&r, "2024年资料/窗户限位器安装现场.jpg")["date"],
        "2024-08-20"
    );
    assert!(document(&r, "2025年资料/窗户限位器安装现场.jpg")["date"].is_null());
}

#[test]
fn a_self_assessment_written_weeks_after_the_period_is_the_periods() {
    let dir = archive_with_period("2023-07-01", "2025-06-30");
    let root = dir.path();
    let review = |year: i32, date: &str| {
        format!(
            "{year}年度安全社区建设绩效评审报告\n对{year}年度创建工作进行绩效评审，形成评审结论和改进建议。\n{date}\n"
        )
    };
    write(
        root,
        "12 评审/2023年度绩效评审报告.txt",
        &review(2023, "2023年12月28日"),
    );
    write(
        root,
        "12 评审/2024年度绩效评审报告.txt",
        &review(2024, "2024年12月26日"),
    );
    let missing = gaps(&audit_json(root), "49");
    assert!(
        missing.contains(&"2025年无年度绩效评审报告".to_string()),
        "{missing:?}"
    );
    write(
        root,
        "12 评审/安全社区创建工作自评报告.txt",
        "安全社区创建工作自评报告\n对照评定标准逐项自评，开展绩效评审，形成评审结论。\n2025年7月25日\n",
    );
    let after = gaps(&audit_json(root), "49");
    assert!(!after.iter().any(|g| g.contains("2025年")), "{after:?}");
}

#[test]
fn a_record_may_name_its_project_by_the_subject_the_projects_name_ends_with() {
    let dir = archive_with_period("2024-04-01", "2026-03-31");
    let root = dir.path();
    write(
        root,
        "05 项目/儿童居家防坠落项目实施方案.txt",
        "儿童居家防坠落项目实施方案\n一、目标：为有6岁以下儿童的家庭安装窗户限位器800户。\n二、措施：入户宣传、免费安装、回访。\n2024年6月28日\n",
    );
    let missing = gaps(&audit_json(root), "22");
    assert!(
        missing
            .iter()
            .any(|g| g.contains("儿童居家防坠落项目缺少实施记录")),
        "{missing:?}"
    );
    write(
        root,
        "2024年资料/窗户限位器安装登记（儿童防坠落）.txt",
        "窗户限位器安装登记（儿童防坠落）\n安装日期：2024年8月20日\n望湖御府3栋502室 安装2个\n",
    );
    let after = gaps(&audit_json(root), "22");
    assert!(
        !after
            .iter()
            .any(|g| g.contains("儿童居家防坠落项目缺少实施记录")),
        "{after:?}"
    );
}

#[test]
fn a_photo_of_a_sign_in_sheet_takes_its_head_count_from_the_registers_row_of_that_day() {
    let dir = archive_with_period("2024-04-01", "2026-03-31");
    let root = dir.path();
    let photo = "2026年资料/商户燃气安全培训签到表（2026.3.18）.jpg";
    std::fs::create_dir_all(root.join("2026年资料")).unwrap();
    std::fs::write(root.join(photo), [0xFF, 0xD8, 0xFF, 0xD9]).unwrap();
    let lacking = |r: &Value| {
        gap_details(r, "28")
            .iter()
            .filter(|g| g["code"] == "missing-fact" && g["args"]["fact"] == "participants")
            .flat_map(|g| g["paths"].as_array().unwrap().clone())
            .any(|p| p == photo)
    };
    assert!(lacking(&audit_json(root)));
    write(
        root,
        "正式文件/宣传培训活动台账.csv",
        "宣传培训活动台账\n序号,日期,活动名称,参加人数\n\
         1,2025-04-22,物业保安消防技能培训,52\n\
         2,2025-12-09,老年人防跌倒健康讲座,86\n\
         3,2026-03-18,商业街餐饮商户燃气安全培训,61\n",
    );
    let r = audit_json(root);
    assert!(!lacking(&r));
    assert_eq!(
        document(&r, photo)["facts"]["counted_in"],
        "正式文件/宣传培训活动台账.csv"
    );
}

#[test]
fn files_whose_names_say_nothing_are_read_by_their_first_line_and_their_days_record() {
    let dir = archive_with_period("2023-04-01", "2025-10-31");
    let root = dir.path();
    write(
        root,
        "2025年/2025.01/附件1.txt",
        "附件1\n明月社区2024年度伤害监测分析报告\n监测时段为2024年1月1日至2024年12月31日，共登记伤害66人次。\n数据统计组　2025年1月20日\n",
    );
    write(
        root,
        "2023年/2023.11/燃气泄漏应急处置演练记录.txt",
        "明月社区燃气泄漏应急处置演练记录\n演练时间：2023年11月22日\n参演人员：居民86人\n",
    );
    write(
        root,
        "2023年/2023.11/促进委员会工作制度.txt",
        "明月社区安全社区创建促进委员会工作制度\n2023年11月20日\n",
    );
    let photo = "2023年/2023.11/微信图片_20231122143020.jpg";
    std::fs::write(root.join(photo), [0xFF, 0xD8, 0xFF, 0xD9]).unwrap();
    let r = audit_json(root);
    let report = document(&r, "2025年/2025.01/附件1.txt");
    assert_eq!(report["title"], "明月社区2024年度伤害监测分析报告");
    assert_eq!(report["kind"], "injury_record");
    // The photo of that day, beside the drill's record, shows the drill.
    let shown = document(&r, photo);
    assert_eq!(shown["title"], "明月社区燃气泄漏应急处置演练记录（照片）");
    assert!(
        shown["elements"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "7"),
        "{shown}"
    );
}

#[test]
fn a_caption_note_tells_what_its_photos_show_and_shortcuts_and_pointers_are_evidence_for_nothing() {
    let dir = archive_with_period("2024-04-01", "2026-03-31");
    let root = dir.path();
    write(
        root,
        "指标23 宣传教育培训/照片说明.txt",
        "IMG_20251109_101044.jpg：2025年11月9日消防宣传月，志愿服务队入户发放消防安全宣传资料。\n",
    );
    let photo = "指标23 宣传教育培训/IMG_20251109_101044.jpg";
    std::fs::write(root.join(photo), [0xFF, 0xD8, 0xFF, 0xD9]).unwrap();
    let shortcut = "指标22 应急预案与演练/应急预案 - 快捷方式.lnk";
    std::fs::create_dir_all(root.join("指标22 应急预案与演练")).unwrap();
    std::fs::write(root.join(shortcut), [0x4C, 0, 0, 0, 1, 0x14, 2, 0]).unwrap();
    let pointer = "指标24 监测与监督/见3-3隐患排查.txt";
    write(
        root,
        pointer,
        "隐患排查台账原件见“3-3 隐患排查”文件夹，指标28放有复印件。\n",
    );
    let r = audit_json(root);
    let shown = document(&r, photo);
    assert!(
        shown["title"].as_str().unwrap().contains("消防宣传月"),
        "{shown}"
    );
    assert!(
        shown["elements"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "6"),
        "{shown}"
    );
    for path in [shortcut, pointer] {
        let d = document(&r, path);
        assert_eq!(d["kind"], "pointer", "{d}");
        assert_eq!(d["elements"].as_array().unwrap().len(), 0, "{d}");
    }
    assert!(
        document(&r, shortcut)["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "shortcut"),
        "a shortcut is named as one"
    );
}

#[test]
fn a_photo_a_record_attaches_shows_what_its_caption_says_and_a_year_of_photos_only_is_named_so() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "2024年/反诈宣传进社区活动记录.txt",
        "明月社区反诈宣传进社区活动记录\n时间：2024年10月23日\n参加人数：居民120人\n",
    );
    write(
        root,
        "2025年/2025.09/防诈骗促进项目效果评估.txt",
        "明月社区防诈骗安全促进项目效果评估\n评估日期：2025年9月25日\n结论：项目目标基本完成。\n附：9月23日反诈宣传活动照片（微信图片_20250923162011.jpg）\n",
    );
    let photo = "2025年/2025.09/微信图片_20250923162011.jpg";
    std::fs::write(root.join(photo), [0xFF, 0xD8, 0xFF, 0xD9]).unwrap();
    let r = audit_json(root);
    let shown = document(&r, photo);
    assert_eq!(shown["subject"], "publicity", "{shown}");
    assert!(
        shown["title"]
            .as_str()
            .unwrap()
            .contains("反诈宣传活动照片"),
        "{shown}"
    );
    // 2025's publicity is shown by the photo alone: the gap says so, and names the photo.
    let details = gap_details(&r, "29");
    let only = details
        .iter()
        .find(|g| g["code"] == "only-photos-in-year")
        .unwrap_or_else(|| panic!("{details:?}"));
    assert_eq!(only["args"]["year"], 2025, "{only}");
    assert_eq!(only["paths"][0], photo, "{only}");
    assert!(
        details.iter().all(|g| g["code"] != "none-in-year"),
        "{details:?}"
    );
}

#[test]
fn a_re_assessment_judges_by_its_own_period_and_rules_not_the_first_creations() {
    let dir = archive_with_period("2021-07-01", "2025-06-30");
    let root = dir.path();
    let old_rules = "历史档案（2018-2020首次创建）/促进委员会工作制度（2018版）.txt";
    write(
        root,
        old_rules,
        "锦和社区安全社区促进委员会工作制度（2018版）\n第一条 促进委员会每半年召开一次全体会议。\n2018年3月1日\n",
    );
    write(
        root,
        "历史档案（2018-2020首次创建）/2019年第一季度促进委员会会议纪要.txt",
        "2019年第一季度促进委员会会议纪要\n时间：2019年3月21日\n出席：王建华、刘志强\n",
    );
    write(
        root,
        "2021下半年/促进委员会工作制度（2021年修订）.txt",
        "锦和社区安全社区促进委员会工作制度（2021年修订）\n（一）促进委员会全体会议每季度召开一次。\n2021年8月5日\n",
    );
    for (day, n) in [("2022年3月16日", "第一次"), ("2022年9月20日", "第二次")] {
        write(
            root,
            &format!("2022年/2022年{n}促进委员会会议纪要.txt"),
            &format!("2022年{n}促进委员会会议纪要\n时间：{day}\n出席：王建华、刘志强、陈静\n"),
        );
    }
    let r = audit_json(root);
    // The 2018 rules the 2021 revision replaced set no bar: 2022 is held to every quarter.
    let committee = gaps(&r, "1");
    assert!(
        committee
            .iter()
            .any(|g| g.starts_with("2022年促进委员会会议纪要2次") && g.contains("2021年修订")),
        "{committee:?}"
    );
    // The first creation's papers are background, evidence for no element.
    for path in [
        old_rules,
        "历史档案（2018-2020首次创建）/2019年第一季度促进委员会会议纪要.txt",
    ] {
        let d = document(&r, path);
        assert_eq!(d["elements"].as_array().unwrap().len(), 0, "{d}");
    }
}

#[test]
fn a_year_report_is_owed_for_the_last_part_year_only_when_the_rules_ask_it_before_applying() {
    let rules_of = |extra: &str| {
        format!(
            "伤害监测制度\n数据统计组每年1月完成上一年度伤害监测分析报告。{extra}\n2023年1月5日\n"
        )
    };
    for (extra, owed) in [
        ("", false),
        ("申请评定前应对截至申请时的监测数据进行补充分析。", true),
    ] {
        let dir = archive_with_period("2024-01-01", "2025-06-30");
        let root = dir.path();
        write(root, "制度/伤害监测制度.txt", &rules_of(extra));
        write(
            root,
            "伤害/2024年伤害监测分析报告.txt",
            "2024年伤害监测分析报告\n全年登记伤害58例，跌倒居首。\n2025年1月20日\n",
        );
        let r = audit_json(root);
        let found = gaps(&r, "41");
        assert_eq!(
            found.iter().any(|g| g.starts_with("2025年")),
            owed,
            "{extra}: {found:?}"
        );
    }
}

#[test]
fn a_register_row_named_for_what_a_rule_asks_is_that_record() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let mut rows =
        String::from("锦和社区2024年安全宣传培训活动登记表\n序号,日期,活动名称,对象,参加人数\n");
    for (i, (day, name)) in [
        ("2024-01-26", "春节前安全用气用电宣传"),
        ("2024-03-20", "老年人防跌倒讲座"),
        ("2024-04-12", "高层住宅灭火器实操"),
        ("2024-11-27", "楼栋消防安全员复训"),
    ]
    .iter()
    .enumerate()
    {
        rows.push_str(&format!("{},{day},{name},居民,60\n", i + 1));
    }
    write(root, "2024年/2024年安全宣传培训活动登记表.csv", &rows);
    let r = audit_json(root);
    // The 灭火器实操 row is an emergency training, though the register is titled for all trainings.
    let emergency = gaps(&r, "33");
    assert!(
        emergency.iter().all(|g| !g.contains("应急培训")),
        "{emergency:?}"
    );
}

#[test]
fn a_word_the_rule_narrows_by_that_no_record_uses_narrows_nothing() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "制度/应急管理制度.txt",
        "枫桥社区应急管理制度\n第二条　社区每年至少组织两次综合应急演练，演练后进行评估总结。\n2024年1月5日\n",
    );
    for (name, day) in [
        ("防汛应急演练记录", "2024年6月14日"),
        ("高层住宅消防应急疏散演练记录", "2024年11月8日"),
    ] {
        write(
            root,
            &format!("演练/{name}.txt"),
            &format!("枫桥社区{name}\n演练时间：{day}9:30\n参演人员：居民60人\n"),
        );
    }
    let r = audit_json(root);
    let drills: Vec<String> = r["elements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["requirements"].as_array().unwrap())
        .flat_map(|r| r["gaps"].as_array().unwrap())
        .map(|g| g.as_str().unwrap().to_string())
        .filter(|g| g.contains("演练"))
        .collect();
    // 2024's two drills count though neither is called 综合; 2025 has none.
    assert!(drills.iter().all(|g| !g.contains("2024")), "{drills:?}");
    assert!(
        drills.iter().any(|g| g.contains("2025年无应急演练记录")),
        "{drills:?}"
    );
    assert!(
        drills.iter().all(|g| !g.contains("按“综合”计")),
        "{drills:?}"
    );
}

#[test]
fn months_without_the_patrol_the_communitys_rule_asks_monthly_are_named() {
    let dir = archive_with_period("2024-01-01", "2025-10-31");
    let root = dir.path();
    write(
        root,
        "制度/安全检查巡查与隐患整改制度.txt",
        "明月社区安全检查（巡查）与隐患整改制度\n第二条 社区安全巡查由创建办公室组织，每月至少开展一次，并填写《安全巡查记录表》。\n2024年1月5日\n",
    );
    let mut csv = String::from("明月社区月度安全巡查记录表\n序号,巡查日期,巡查区域,发现问题\n");
    let mut n = 0;
    for (y, months) in [(2024, 1..=12), (2025, 1..=10)] {
        for m in months {
            if y == 2025 && (5..=8).contains(&m) {
                continue;
            }
            n += 1;
            csv.push_str(&format!("{n},{y}-{m:02}-12,临江里,无\n"));
        }
    }
    write(root, "2025年/安全巡查记录表.csv", &csv);
    let named: Vec<Value> = gap_details(&audit_json(root), "37")
        .into_iter()
        .filter(|g| g["code"] == "register-interrupted")
        .collect();
    assert_eq!(named.len(), 1, "{named:?}");
    assert_eq!(named[0]["args"]["since"], "2025-05-01");
    assert_eq!(named[0]["args"]["found"], 4);
    assert_eq!(named[0]["basis"]["source"], "community");
}

#[test]
fn publicity_rows_of_a_training_register_count_as_publicity() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let mut csv = String::from("明月社区2024年安全宣传教育培训登记表\n序号,日期,主题,类别,人数\n");
    for (i, (date, topic, class)) in [
        ("2024-01-18", "冬季用火用电安全入户宣传", "宣传"),
        ("2024-03-15", "网格员安全知识培训", "培训"),
        ("2024-03-27", "电动自行车安全充电楼道宣讲", "宣传"),
        ("2024-05-12", "防灾减灾日宣传", "宣传"),
        ("2024-06-16", "安全生产月宣传", "宣传"),
        ("2024-11-09", "消防宣传月进小区", "宣传"),
    ]
    .iter()
    .enumerate()
    {
        csv.push_str(&format!("{},{date},{topic},{class},100\n", i + 1));
    }
    write(root, "2024年/登记表.csv", &csv);
    let lacking: Vec<String> = gap_details(&audit_json(root), "29")
        .iter()
        .filter(|g| g["args"]["rule"] == "trace.0")
        .map(|g| g["message"].as_str().unwrap().to_string())
        .collect();
    assert!(lacking.is_empty(), "{lacking:?}");
}

#[test]
fn minutes_titled_only_as_minutes_are_called_by_the_meeting_their_label_names() {
    let dir = archive_with_period("2023-04-01", "2025-10-31");
    let root = dir.path();
    write(
        root,
        "2025年/2025.03/会议记录.txt",
        "会议记录\n会议名称：明月社区安全社区创建促进委员会2025年第一季度全体会议\n时间：2025年3月18日\n出席：委员13人\n会议内容：\n一、通报2024年度伤害监测分析报告。\n",
    );
    let r = audit_json(root);
    let minutes = document(&r, "2025年/2025.03/会议记录.txt");
    assert_eq!(
        minutes["title"],
        "明月社区安全社区创建促进委员会2025年第一季度全体会议记录"
    );
    assert_eq!(minutes["kind"], "minutes");
}

#[test]
fn a_meeting_held_in_january_to_review_last_year_is_this_years_meeting() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "制度/促进委员会工作制度.txt",
        "促进委员会工作制度\n一、促进委员会每半年召开一次全体会议。\n2024年1月5日\n",
    );
    let minutes = |name: &str, title: &str, date: &str| {
        write(
            root,
            &format!("纪要/{name}.txt"),
            &format!(
                "{title}\n时间：{date}\n出席：林海涛、沈佳怡、顾明\n会议内容：一、审议工作计划。\n"
            ),
        );
    };
    minutes("第一次", "促进委员会第一次全体会议纪要", "2024年3月12日");
    minutes("第二次", "促进委员会第二次全体会议纪要", "2024年9月10日");
    minutes(
        "第三次",
        "促进委员会第三次全体会议（暨2024年度绩效评审会）纪要",
        "2025年1月16日",
    );
    let g = gaps(&audit_json(root), "1");
    // 2025 had one meeting, in January, though it reviewed 2024.
    assert!(
        g.iter()
            .any(|g| g.starts_with("2025年促进委员会会议纪要1次")),
        "{g:?}"
    );
    assert!(!g.iter().any(|g| g.starts_with("2024年")), "{g:?}");
}

#[test]
fn a_drill_each_half_year_the_communitys_rule_asks_is_checked_half_by_half() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "制度/安全社区创建工作制度.txt",
        "安全社区创建工作制度\n七、应急管理与演练制度\n2. 社区每年至少组织两次应急演练，上半年、下半年各不少于一次；演练前制定方案。\n2024年1月5日\n",
    );
    for (name, date) in [
        ("2024年消防疏散演练记录", "2024年5月10日"),
        ("2024年燃气泄漏演练记录", "2024年11月20日"),
        ("2025年防台防汛演练记录", "2025年9月12日"),
        ("2025年地震疏散演练记录", "2025年11月6日"),
    ] {
        write(
            root,
            &format!("应急/{name}.txt"),
            &format!("{name}\n演练时间：{date}\n参演人员：居民120人\n"),
        );
    }
    let missed: Vec<Value> = gap_details(&audit_json(root), "33")
        .into_iter()
        .filter(|g| g["code"] == "round-missed")
        .collect();
    assert_eq!(missed.len(), 1, "{missed:?}");
    assert_eq!(missed[0]["args"]["year"], 2025);
    assert_eq!(missed[0]["args"]["since"], "2025-01-01");
    assert_eq!(missed[0]["args"]["last"], "2025-06-30");
}

#[test]
fn a_yearly_training_the_communitys_rule_asks_for_each_group_is_checked_group_by_group() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "制度/安全社区创建工作制度.txt",
        "安全社区创建工作制度\n六、宣传教育与培训制度\n2. 每年对物业保安（微型消防站队员）和商业街餐饮商户各组织一次集中安全培训。\n2024年1月5日\n",
    );
    write(
        root,
        "正式文件/宣传培训活动台账.csv",
        "宣传培训活动台账\n序号,日期,类别,活动名称,参加人数\n\
         1,2024-08-20,集中培训,物业保安消防技能培训,48\n\
         2,2024-09-10,集中培训,商业街餐饮商户燃气安全培训,73\n\
         3,2025-04-22,集中培训,物业保安消防技能培训,52\n\
         4,2025-06-10,集中培训,居民消防安全培训,60\n",
    );
    let missed: Vec<Value> = ["27", "28"]
        .iter()
        .flat_map(|i| gap_details(&audit_json(root), i))
        .filter(|g| g["code"] == "group-missed")
        .collect();
    assert_eq!(missed.len(), 1, "{missed:?}");
    assert_eq!(missed[0]["args"]["year"], 2025);
    assert_eq!(missed[0]["args"]["item"], "商业街餐饮商户");
    assert_eq!(
        missed[0]["message"],
        "2025年无面向商业街餐饮商户的培训记录，《安全社区创建工作制度》规定每年应开展"
    );
}

/// A volume compiled by element (要素一 资料汇编) that lists its records in a 目录 with their dates:
/// each record listed is read on its own under the 目录's title and date, and a register kept as
/// a table inside the volume counts by its rows.
#[test]
fn a_volume_listing_its_records_in_a_contents_is_read_record_by_record() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let meeting = |n: &str, date: &str| {
        format!(
            "白海村安全社区促进委员会2024年第{n}次全体会议纪要\n时间：{date}\n地点：村委会会议室\n\
             出席：林海生、陈立峰、郑秀兰、蔡德明\n会议研究了各项目组工作进展，决定加强渔港巡查。\n\n\n"
        )
    };
    let mut volume = String::from(
        "白海村安全社区创建档案\n要素一  安全社区创建机构与职责  资料汇编\n白海村促进委员会办公室  编\n\n\n\
         目    录\n\
         01  白海村安全社区促进委员会2024年第一次全体会议纪要 …… 2024年3月15日\n\
         02  白海村安全社区促进委员会2024年第二次全体会议纪要 …… 2024年6月20日\n\
         03  白海村安全社区促进委员会2024年第三次全体会议纪要 …… 2024年9月26日\n\
         04  白海村安全社区促进委员会2024年第四次全体会议纪要 …… 2024年12月19日\n\
         05  2024年白海渔港月度安全巡查记录表 …… 2024年12月31日\n\n\n",
    );
    for (n, date) in [
        ("一", "2024年3月15日"),
        ("二", "2024年6月20日"),
        ("三", "2024年9月26日"),
        ("四", "2024年12月19日"),
    ] {
        volume.push_str(&meeting(n, date));
    }
    volume.push_str("2024年白海渔港月度安全巡查记录表\n巡查日期\t巡查内容\t发现问题\t巡查人\n");
    for m in 1..=12 {
        volume.push_str(&format!("2024-{m:02}-10\t码头、航标、救生圈\t无\t黄志强\n"));
    }
    write(root, "01 汇编/要素一 资料汇编.txt", &volume);
    let report = audit_json(root);
    let parts = document(&report, "01 汇编/要素一 资料汇编.txt")["parts"].clone();
    let parts = parts.as_array().unwrap();
    assert_eq!(parts.len(), 5, "{parts:?}");
    assert_eq!(
        parts[1]["title"],
        "白海村安全社区促进委员会2024年第二次全体会议纪要"
    );
    assert_eq!(parts[1]["kind"], "minutes");
    assert_eq!(parts[1]["date"], "2024-06-20");
    assert_eq!(parts[4]["rows"], 12, "{:?}", parts[4]);
    // Four meetings in the year: no committee gap; twelve patrols: no inspection gap.
    assert!(
        !gaps(&report, "1").iter().any(|g| g.contains("会议")),
        "{:?}",
        gaps(&report, "1")
    );
    assert!(
        !gaps(&report, "35").iter().any(|g| g.contains("2024")),
        "{:?}",
        gaps(&report, "35")
    );
}

/// An injury register that stops months before the period ends is named even when another
/// subject's register (a ledger of spending whose 科目 says 伤害监测) has rows later on.
#[test]
fn an_injury_register_that_stops_is_named_whatever_other_registers_lend() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    let mut csv = String::from("登记日期,姓名,伤害类型\n");
    for y in [2024, 2025] {
        for m in 1..=12 {
            if y == 2025 && m > 6 {
                break;
            }
            for day in [3, 13, 23] {
                csv.push_str(&format!("{y}-{m:02}-{day:02},陈**,跌倒\n"));
            }
        }
    }
    write(root, "九、伤害记录/伤害监测登记表.csv", &csv);
    write(
        root,
        "一、组织机构/经费支出台账.csv",
        "日期,支出事项,科目,金额（元）\n2024-03-01,登记本印制,伤害监测,300\n\
         2025-06-01,报表印制,伤害监测,200\n2025-11-20,伤害监测登记本,伤害监测,260\n",
    );
    let stopped: Vec<Value> = gap_details(&audit_json(root), "40")
        .into_iter()
        .filter(|g| g["code"] == "register-interrupted")
        .collect();
    assert_eq!(stopped.len(), 1, "{stopped:?}");
    assert_eq!(stopped[0]["args"]["since"], "2025-07-01");
}

/// An archive whose own plans are titled by creation year is counted, and its gaps named, by
/// creation year; one that plans by calendar year keeps calendar years.
#[test]
fn yearly_plans_are_counted_by_creation_year_where_the_archive_plans_by_creation_year() {
    let dir = archive_with_period("2024-06-01", "2026-05-31");
    let root = dir.path();
    write(
        root,
        "2024.09/鼓楼社区安全社区创建2024-2025年度工作计划.txt",
        "鼓楼社区安全社区创建2024-2025年度工作计划\n\n一、工作目标\n二、重点任务\n\n2024年9月28日\n",
    );
    write(
        root,
        "2025.06/鼓楼社区安全社区第一创建年度评审报告.txt",
        "鼓楼社区安全社区第一创建年度评审报告\n\n一、工作回顾\n二、存在问题\n\n2025年6月25日\n",
    );
    let plans = |r: &Value| {
        gap_details(r, "4")
            .into_iter()
            .filter(|g| g["code"] == "none-in-year")
            .map(|g| g["message"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let r = audit_json(root);
    assert_eq!(
        plans(&r),
        vec!["第二创建年度（2025年6月—2026年5月）无年度工作计划".to_string()]
    );
    // Plans and reports titled by calendar year outnumber them: calendar years count.
    for (path, title) in [
        (
            "2024.12/2025年安全社区工作计划.txt",
            "2025年安全社区工作计划",
        ),
        (
            "2025.12/2026年安全社区工作计划.txt",
            "2026年安全社区工作计划",
        ),
        (
            "2025.01/2024年度安全社区工作总结.txt",
            "2024年度安全社区工作总结",
        ),
        (
            "2026.01/2025年度安全社区工作总结.txt",
            "2025年度安全社区工作总结",
        ),
    ] {
        write(
            root,
            path,
            &format!("{title}\n\n一、工作内容\n\n2025年1月10日\n"),
        );
    }
    let r = audit_json(root);
    assert!(
        plans(&r).iter().all(|g| !g.contains("创建年度")),
        "{:?}",
        plans(&r)
    );
}

/// A monthly rule is a round each month from the day it was adopted: months missed one after
/// another are named as one stretch, and none before the rule.
#[test]
fn a_monthly_rule_names_the_months_without_a_record_as_one_stretch() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    write(
        root,
        "制度/安全检查制度.txt",
        "安全检查制度\n\n一、网格员每月开展一次辖区安全隐患综合排查。\n\n2024年3月1日\n",
    );
    let mut register =
        String::from("三里社区2024年安全隐患排查台账\n序号,排查日期,排查地点,发现问题\n");
    for (n, month) in [3, 4, 5, 6, 7, 10, 11, 12].iter().enumerate() {
        register.push_str(&format!("{},2024-{month:02}-10,三里花园,无\n", n + 1));
    }
    write(root, "台账/隐患排查台账.csv", &register);
    let rounds: Vec<String> = gap_details(&audit_json(root), "37")
        .into_iter()
        .filter(|g| g["code"] == "round-missed")
        .map(|g| g["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        rounds,
        vec!["2024年8—9月无安全检查和巡查记录，《安全检查制度》规定每月1次".to_string()]
    );
}

/// A supervision's feedback numbered only in its letterhead, asking a written report of the
/// rectification, is answered only by a report citing its number.
#[test]
fn a_feedback_asking_a_written_report_is_owed_one() {
    let dir = archive_with_period("2025-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "收文/SW20250928001.txt",
        "三里街道安全生产委员会办公室\n三里街安办〔2025〕11号\n关于三里社区安全社区创建中期督导情况的反馈\n\n\
         一、存在问题\n1.第三季度例会未召开。\n二、整改要求\n请于30日内制定整改措施并落实，整改情况形成书面报告报街道安办。\n\n\
         二〇二五年九月二十八日\n",
    );
    let owed = |r: &Value| {
        gap_details(r, "46")
            .into_iter()
            .filter(|g| g["code"] == "no-follow-up")
            .map(|g| g["message"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let r = audit_json(root);
    assert_eq!(
        owed(&r),
        vec![
            "《关于三里社区安全社区创建中期督导情况的反馈》（〔2025〕11号）无整改回复或复查记录"
                .to_string()
        ]
    );
    write(
        root,
        "发文/FW2025-1020-013.txt",
        "关于中期督导反馈问题整改落实情况的报告\n\n根据三里街安办〔2025〕11号，我社区逐项整改如下。\n\n2025年10月20日\n",
    );
    assert!(owed(&audit_json(root)).is_empty());
}

/// A photo its camera named (IMG_20240418_093012.jpg) shows what its folder is named for.
#[test]
fn a_camera_named_photo_shows_what_its_folder_is_named_for() {
    let dir = archive_with_period("2024-01-01", "2024-12-31");
    let root = dir.path();
    let photo = "照片/20240418促进委员会成立大会/IMG_20240418_093012.jpg";
    std::fs::create_dir_all(root.join(photo).parent().unwrap()).unwrap();
    std::fs::write(root.join(photo), [0xFF, 0xD8, 0xFF, 0xD9]).unwrap();
    let r = audit_json(root);
    let doc = document(&r, photo);
    assert_eq!(doc["kind"], "photo");
    assert_eq!(doc["subject"], "minutes", "{doc}");
}

/// A red header names its issuer above what the document is: letter-spaced ("会 议 纪 要"), the
/// title is both, with the line naming which meeting; a title line under the issuer is the title.
/// The minutes of a review meeting are filed with the reviews.
#[test]
fn a_red_headers_issuer_line_is_not_the_title() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "OA导出/FW2024-0723-019.txt",
        "三里社区安全社区创建促进委员会\n会 议 纪 要\n第二次例会\n\n时间：2024年7月23日\n一、会议内容\n通报社区安全诊断结果。\n",
    );
    write(
        root,
        "OA导出/FW2025-0331-006.txt",
        "三里社区安全社区创建促进委员会\n三里社区安全社区创建年度评审报告\n\n一、评审组织\n对照12个要素逐项评审。\n\n2025年3月31日\n",
    );
    write(
        root,
        "OA导出/FW2025-0326-005.txt",
        "三里社区安全社区创建促进委员会\n会 议 纪 要\n第一创建年度评审会议\n时间：2025年3月26日\n一、会议内容\n对照12个要素逐项评审。\n",
    );
    let r = audit_json(root);
    let minutes = document(&r, "OA导出/FW2024-0723-019.txt");
    assert_eq!(minutes["kind"], "minutes");
    assert_eq!(
        minutes["title"],
        "三里社区安全社区创建促进委员会会议纪要（第二次例会）"
    );
    let review_meeting = document(&r, "OA导出/FW2025-0326-005.txt");
    assert_eq!(review_meeting["kind"], "minutes");
    assert!(
        review_meeting["elements"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("12")),
        "{review_meeting}"
    );
    let review = document(&r, "OA导出/FW2025-0331-006.txt");
    assert_eq!(review["title"], "三里社区安全社区创建年度评审报告");
    assert_eq!(review["kind"], "review");
}

/// Reviews kept by creation year are counted by creation year, though the archive plans its
/// training by calendar year.
#[test]
fn reviews_kept_by_creation_year_are_counted_by_creation_year() {
    let dir = archive_with_period("2024-04-01", "2026-03-31");
    let root = dir.path();
    write(
        root,
        "评审/三里社区安全社区第一创建年度评审报告.txt",
        "三里社区安全社区第一创建年度评审报告\n\n评审范围：2024年4月1日—2025年3月31日\n一、主要绩效\n\n2025年3月31日\n",
    );
    for year in [2024, 2025, 2026] {
        write(
            root,
            &format!("计划/三里社区{year}年度安全宣传教育培训计划.txt"),
            &format!("三里社区{year}年度安全宣传教育培训计划\n\n一、培训对象\n\n{year}年1月10日\n"),
        );
    }
    let reviews: Vec<String> = gap_details(&audit_json(root), "49")
        .into_iter()
        .filter(|g| g["code"] == "none-in-year")
        .map(|g| g["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        reviews,
        vec!["第二创建年度（2025年4月—2026年3月）无年度绩效评审报告".to_string()]
    );
}

/// A .docx holding a title paragraph and one table.
fn docx_table(title: &str, rows: &[Vec<String>]) -> Vec<u8> {
    let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let table: String = rows
        .iter()
        .map(|r| {
            format!(
                "<w:tr>{}</w:tr>",
                r.iter().map(|c| cell(c)).collect::<String>()
            )
        })
        .collect();
    super::docx_with(&format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{title}</w:t></w:r></w:p><w:tbl>{table}</w:tbl></w:body></w:document>"#
    ))
}

/// The rule paces each working group ("各工作组每两个月…"): a group whose own meeting log has
/// no meeting for months is named, though the other groups met; a group whose log stops may go on
/// elsewhere and is not. Each row of a meeting log kept as a Word table is a meeting.
#[test]
fn a_working_group_that_stopped_meeting_for_months_is_named() {
    let dir = archive_with_period("2024-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "综合协调/工作制度汇编.txt",
        "工作制度汇编\n二、工作组会议制度\n各工作组每两个月至少召开一次工作会议（以1—2月、3—4月、5—6月、7—8月、9—10月、11—12月为一个周期）。\n2024年1月5日\n",
    );
    let log = |dates: &[&str]| -> Vec<Vec<String>> {
        let mut rows = vec![
            ["次", "日期", "议题", "参会人员"]
                .map(String::from)
                .to_vec(),
        ];
        for (i, d) in dates.iter().enumerate() {
            rows.push(vec![
                (i + 1).to_string(),
                d.to_string(),
                "工作部署".into(),
                "柏雪、钟丽萍、祁秀芳".into(),
            ]);
        }
        rows
    };
    let elders = log(&[
        "2024-02-15",
        "2024-04-18",
        "2024-06-19",
        "2025-03-12",
        "2025-05-14",
        "2025-07-16",
        "2025-09-17",
        "2025-11-19",
    ]);
    std::fs::create_dir_all(root.join("老年人与儿童安全")).unwrap();
    std::fs::write(
        root.join("老年人与儿童安全/老幼组会议记录.docx"),
        docx_table("老年人与儿童安全工作组会议记录", &elders),
    )
    .unwrap();
    let fire = log(&[
        "2024-01-16",
        "2024-03-19",
        "2024-05-21",
        "2024-07-16",
        "2024-09-17",
        "2024-11-19",
    ]);
    std::fs::create_dir_all(root.join("消防安全")).unwrap();
    std::fs::write(
        root.join("消防安全/消防工作组会议记录（2024）.docx"),
        docx_table("消防安全工作组会议记录", &fire),
    )
    .unwrap();
    let r = audit_json(root);
    let log = document(&r, "老年人与儿童安全/老幼组会议记录.docx");
    assert_eq!(log["register"]["dated_rows"], 8, "{log}");
    let lapses: Vec<String> = gaps(&r, "2")
        .into_iter()
        .filter(|g| g.contains("工作组"))
        .collect();
    assert_eq!(lapses.len(), 1, "{lapses:?}");
    assert!(
        lapses[0].starts_with("2024年7月至2025年2月老年人与儿童安全工作组无"),
        "{lapses:?}"
    );
}

/// A drill's draft scheme is no drill, and a summary signed days after the drill it opens by
/// naming is that drill's record, as its photo of the day is: a year of one drill and a draft
/// falls short of a rule of one every half year.
#[test]
fn a_draft_is_no_drill_and_a_summary_written_later_is_its_drills_record() {
    let dir = archive_with_period("2025-01-01", "2025-12-31");
    let root = dir.path();
    write(
        root,
        "应急管理/突发事件综合应急预案.txt",
        "桃坞社区突发事件综合应急预案\n七、演练\n社区每半年至少组织一次演练。\n2025年1月6日\n",
    );
    write(
        root,
        "应急管理/2025年防汛应急演练方案（草稿）.txt",
        "2025年防汛应急演练方案（草稿）\n演练时间：2025年6月20日\n参演人员：60人\n",
    );
    write(
        root,
        "消防安全/物流园消防疏散演练方案.txt",
        "物流园消防疏散演练方案\n演练时间：2025年11月20日\n参演人员：150人\n",
    );
    std::fs::create_dir_all(root.join("消防安全/20251120物流园演练")).unwrap();
    std::fs::write(
        root.join("消防安全/20251120物流园演练/IMG_20251120_093512.jpg"),
        [0xFF, 0xD8, 0xFF, 0xD9],
    )
    .unwrap();
    write(
        root,
        "消防安全/物流园消防演练总结.txt",
        "物流园消防疏散演练总结\n2025年11月20日上午，社区开展仓储火灾疏散演练，158人参加。\n社区消防安全工作组 2025年11月24日\n",
    );
    let drills = gaps(&audit_json(root), "33");
    assert!(
        drills.iter().any(|g| g.contains("应急演练记录1次")),
        "{drills:?}"
    );
}
