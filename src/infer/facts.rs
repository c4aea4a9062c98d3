//! Facts the standard asks evidence to carry, read from the text: how many took part, who
//! attended, whether there is a sign-in sheet, and who is responsible (责任者).

use std::sync::LazyLock;

use regex::Regex;

use super::date::normalize_digits;

static PARTICIPANTS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"(?:参加|参会|参训|参与|到会|出席|参演|培训|实到|到场|受训|受教育|覆盖|签到)(?:人数|人员|群众|居民)?\s*[：:为共约计达有]*\s*(?:志愿者|居民|群众|学员|职工|员工|党员|学生|老人|干部|人员|代表)?\s*[共约计达有]*\s*(\d{1,6})\s*(?:余)?\s*(?:人次|人|名|位)",
        // 参演人员：全校师生1020人 — who, in a few words, then the number; in a form the label
        // and the value stand in two cells (参加人员 | 辖区儿童58人、家长32人).
        // A list of who before the number: 参加人员⇥楼栋长、志愿者、居民骨干45人.
        r"(?:参加|参会|参训|参与|到会|出席|参演|实到|到场)(?:人数|人员|对象)\s*[：:为\t|]?\s*[\p{Han}、]{1,20}?\s*(\d{1,6})\s*(?:余)?\s*(?:人次|人|名|位)",
        // 网格员、楼栋长、居民骨干等38人 — who, then "and others, N in all".
        r"等\s*(\d{1,6})\s*(?:余)?\s*(?:人次|人|名|位)",
        r"共(?:有|计)?\s*(\d{1,6})\s*(?:余)?\s*(?:人次|人|名|位)",
        r"(\d{1,6})\s*(?:余)?\s*人次",
        r"(\d{1,6})\s*(?:余)?\s*(?:名|位|人)(?:居民|群众|学员|职工|员工|志愿者|党员|学生|老人|商户|业主|村民|干部|人员)",
        // 86名老年居民参加 — how many, who in a few words, then that they took part.
        r"(\d{1,6})\s*(?:余)?\s*(?:名|位)\p{Han}{0,6}?(?:参加|参与|参训|到场|出席|参演|听讲|观摩)",
        // 网格员、楼栋长22人 — who, then how many.
        r"(?:居民|群众|学员|职工|员工|志愿者|党员|学生|老人|干部|人员|网格员|楼栋长|楼长|信息员|家长|儿童|队员|村民)\s*(\d{1,6})\s*(?:余)?\s*(?:人次|人|名)",
        // 人数：46人, in a record's header line.
        r"人数\s*[：:]\s*(\d{1,6})\s*(?:余)?\s*(?:人次|人|名|位)?",
        // 参演人数 | 236, a form's label and value in two cells (a PDF's on two lines, its label
        // wrapped in a narrow cell).
        r"(?:参加|参会|参训|参与|到会|出席|参演|实到|到场|培训|签到)人\n?数\s*[\t|]?\s*(\d{1,6})\s*(?:人次|人|名|位)?\s*(?:[\t|\n]|$)",
    ]
    .iter()
    .map(|p| Regex::new(p).unwrap())
    .collect()
});
static ATTENDEES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:参会人员|出席人员|与会人员|参加人员|到会人员|参会人数|参加人数|出席人数|到会人数|出席|参会|参加|列席|参加单位|参会单位|参会人)\s*(?:[：:]|\t)\s*([^\n]+)").unwrap()
});
/// Names listed before the word that says they attended: "刘志强、陈静、孙浩…杨帆出席，马斌请假" (a
/// PDF line may break inside a name).
static NAMES_THEN_ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"([\p{Han}\n]{2,6}(?:、[\p{Han}\n]{2,6}){2,})(?:等\d+人)?(?:出席|参会|到会|参加会议)",
    )
    .unwrap()
});
static AUTHOR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:责任者|发文单位|制发单位|主办单位|承办单位|编制单位|填报单位|记录单位|报送单位)\s*[：:]\s*([^\n，,。；;]{2,40})").unwrap()
});
const ORG_SUFFIXES: &[&str] = &[
    "委员会",
    "居委会",
    "村委会",
    "办事处",
    "人民政府",
    "政府",
    "办公室",
    "领导小组",
    "工作组",
    "项目组",
    "社区",
    "中心",
    "公司",
    "派出所",
    "大队",
    "中队",
    "服务处",
    "管委会",
    "街道",
    "学校",
    "医院",
    "协会",
    "站",
    "所",
    "局",
];

/// The number of people who took part, as the text states it (参加人数：志愿者32人, 共45人, 120人次).
pub(crate) fn participants(text: &str) -> Option<u32> {
    let text = normalize_digits(text);
    PARTICIPANTS.iter().find_map(|re| {
        re.captures_iter(&text)
            .filter_map(|c| c[1].parse::<u32>().ok())
            .find(|&n| n > 0)
    })
}

/// Rows of a sign-in table (a table whose header names 姓名 or 签名), counting non-empty rows.
pub(crate) fn signin_rows(tables: &[Vec<Vec<String>>]) -> Option<u32> {
    tables
        .iter()
        .filter(|t| {
            t.first().is_some_and(|h| {
                h.iter()
                    .any(|c| c.contains("姓名") || c.contains("签名") || c.contains("签字"))
            })
        })
        .map(|t| {
            t.iter()
                .skip(1)
                .filter(|row| row.iter().skip(1).any(|c| !c.trim().is_empty()))
                .count() as u32
        })
        .filter(|&n| n > 0)
        .reduce(|a, b| a + b)
}

/// Names listed after 参会人员： / 出席： …
pub(crate) fn attendees(text: &str) -> Vec<String> {
    let Some(c) = ATTENDEES.captures(text) else {
        return NAMES_THEN_ATTENDED
            .captures(text)
            .map(|c| {
                c[1].split('、')
                    .map(|s| s.replace('\n', ""))
                    .filter(|s| (2..=4).contains(&s.chars().count()))
                    .collect()
            })
            .unwrap_or_default();
    };
    c[1].split(['、', '，', ',', '；', ';', ' ', '　', '\t'])
        .map(|s| s.trim().trim_end_matches(['。', '等']).to_string())
        .filter(|s| (2..=20).contains(&s.chars().count()))
        .collect()
}

/// The responsible body: a labelled 责任者, or the signature line above the date at the end.
pub(crate) fn author(text: &str) -> Option<String> {
    if let Some(c) = AUTHOR_LABEL.captures(text) {
        return Some(c[1].trim().to_string());
    }
    text.trim_end()
        .lines()
        .rev()
        .take(4)
        .map(str::trim)
        .find(|l| {
            let n = l.chars().count();
            (3..=30).contains(&n)
                && !l.contains(['：', ':', '。', '，'])
                && ORG_SUFFIXES.iter().any(|s| l.ends_with(s))
        })
        .map(str::to_string)
}

/// Whether the text itself carries a sign-in record.
pub(crate) fn mentions_signin(text: &str, tables: &[Vec<Vec<String>>]) -> bool {
    signin_rows(tables).is_some()
        || text.contains("签到表")
        || text.contains("签到册")
        || text.contains("见签到")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participant_counts_as_written() {
        assert_eq!(participants("参加人数：45人"), Some(45));
        assert_eq!(participants("本次培训共45人参加"), Some(45));
        assert_eq!(participants("累计培训居民1280人次"), Some(1280));
        assert_eq!(participants("参训人员３２名"), Some(32));
        assert_eq!(participants("发放宣传资料300份"), None);
        // A month's ledger: who, listed, then how many.
        assert_eq!(
            participants(
                "参加人员⇥楼栋长、志愿者、居民骨干45人"
                    .replace('⇥', "\t")
                    .as_str()
            ),
            Some(45)
        );
        assert_eq!(
            participants("参加人员：网格员、楼栋长、居民骨干等38人"),
            Some(38)
        );
        assert_eq!(participants("参加人员\t委员14人"), Some(14));
        // A form's label and value in two cells, or on two lines of a PDF.
        assert_eq!(participants("参演人数\t236\t演练类型\t实战演练"), Some(236));
        assert_eq!(participants("签到人数\t43人\t记录人\t何晓东"), Some(43));
        // A PDF's narrow form cell wraps its label.
        assert_eq!(
            participants("组织单位\n参演人\n数\n78人\n演练形式"),
            Some(78)
        );
        assert_eq!(participants("组织单位\n参演人数\n85\n演练类型"), Some(85));
        assert_eq!(participants("60名居民参加了演练"), Some(60));
        assert_eq!(
            participants("举办防跌倒健康讲座，86名老年居民参加。"),
            Some(86)
        );
        assert_eq!(participants("配发灭火器120具，3名工作人员到场"), Some(3));
        // The label names who took part before the number; a later 人次 count is something else.
        assert_eq!(participants("参加人数：志愿者32人\n劝导46人次"), Some(32));
        assert_eq!(
            participants("对参加入户检查的网格员、楼栋长22人进行培训"),
            Some(22)
        );
        assert_eq!(
            participants("时间：2024年8月28日　对象：楼栋长　人数：46人"),
            Some(46)
        );
    }

    #[test]
    fn names_written_before_attended() {
        let text = "周敏同志主持召开会\n议，刘志强、陈静、孙浩、许\n芳、顾国平出席，马斌请假。";
        assert_eq!(
            attendees(text),
            ["刘志强", "陈静", "孙浩", "许芳", "顾国平"]
        );
        // A list of things is no list of people.
        assert!(attendees("会议研究了消防、燃气、交通安全工作。").is_empty());
    }

    #[test]
    fn attendees_author_and_signin() {
        assert_eq!(
            attendees("参会人员：张明、李华、王芳\n议题"),
            vec!["张明", "李华", "王芳"]
        );
        // A form's label and value in two cells.
        assert_eq!(
            attendees("参加人员\t钱志刚、杨波、周倩\n主要内容"),
            vec!["钱志刚", "杨波", "周倩"]
        );
        assert_eq!(
            author("正文。\n\n龙凤园社区居委会\n2024年5月8日").as_deref(),
            Some("龙凤园社区居委会")
        );
        assert_eq!(
            author("主办单位：龙凤园社区\n").as_deref(),
            Some("龙凤园社区")
        );
        let table = vec![vec![
            vec!["序号".into(), "姓名".into()],
            vec!["1".into(), "张明".into()],
            vec!["2".into(), "李华".into()],
            vec!["3".into(), "".into()],
        ]];
        assert_eq!(signin_rows(&table), Some(2));
    }
}
