//! The query language a reviewer types: words (all must match), "exact phrase" (also “…” and
//! 「…」), -exclude, and OR (或, |) between alternatives. Errors are explained, never a parser's
//! raw message.

use crate::i18n::Lang;

/// One search term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    /// What was typed, without quotes.
    pub text: String,
    /// Quoted: the words must stand together, in this order.
    pub phrase: bool,
}

/// Alternatives joined by OR; a document must match one (or, negated, none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Group {
    pub terms: Vec<Term>,
    pub negate: bool,
}

/// Why a query cannot be run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum QueryError {
    UnclosedQuote,
    DanglingOr,
    NegatedOr,
    OnlyExclusions,
}

impl QueryError {
    pub(crate) fn message(&self, lang: Lang) -> String {
        match self {
            QueryError::UnclosedQuote => lang.pick(
                "查询里的引号没有成对：精确短语请写成 \"应急演练\"",
                "a quote in the query is not closed: write an exact phrase as \"应急演练\"",
            ),
            QueryError::DanglingOr => lang.pick(
                "OR（或）两边都要有词，例如：燃气 OR 消防",
                "OR needs a word on both sides, e.g. 燃气 OR 消防",
            ),
            QueryError::NegatedOr => lang.pick(
                "排除词（-）不能用在 OR 中；请分别写：-燃气 -消防",
                "an excluded word (-) cannot be part of OR; write -燃气 -消防",
            ),
            QueryError::OnlyExclusions => lang.pick(
                "只有排除词：请至少给出一个要查找的词，或用 --kind、--year 等条件筛选",
                "only exclusions: give at least one word to look for, or filter with --kind, --year …",
            ),
        }
        .to_string()
    }
}

const OPEN_QUOTES: &[char] = &['"', '“', '「', '『'];

fn closing(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '"'],
        '「' => &['」'],
        '『' => &['』'],
        _ => &['"', '”'],
    }
}

/// Splits a query into groups. An empty query gives no groups.
pub(crate) fn parse(query: &str) -> Result<Vec<Group>, QueryError> {
    // (term, negated) or an OR marker.
    let mut items: Vec<Option<(Term, bool)>> = Vec::new();
    let mut chars = query.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let negate = c == '-' || c == '－';
        if negate {
            chars.next();
        }
        let Some(&c) = chars.peek() else { break };
        if OPEN_QUOTES.contains(&c) {
            chars.next();
            let close = closing(c);
            let mut text = String::new();
            let mut closed = false;
            for ch in chars.by_ref() {
                if close.contains(&ch) {
                    closed = true;
                    break;
                }
                text.push(ch);
            }
            if !closed {
                return Err(QueryError::UnclosedQuote);
            }
            if !text.trim().is_empty() {
                items.push(Some((
                    Term {
                        text: text.trim().to_string(),
                        phrase: true,
                    },
                    negate,
                )));
            }
            continue;
        }
        let mut word = String::new();
        while let Some(&ch) = chars.peek() {
            if ch.is_whitespace() || OPEN_QUOTES.contains(&ch) {
                break;
            }
            word.push(ch);
            chars.next();
        }
        if !negate && matches!(word.as_str(), "OR" | "或" | "|" | "｜") {
            items.push(None);
        } else if !matches!(word.as_str(), "AND" | "且" | "&" | "") {
            items.push(Some((
                Term {
                    text: word,
                    phrase: false,
                },
                negate,
            )));
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut join_next = false;
    for (i, item) in items.iter().enumerate() {
        match item {
            None => {
                if i == 0 || i + 1 == items.len() || join_next || items[i + 1].is_none() {
                    return Err(QueryError::DanglingOr);
                }
                join_next = true;
            }
            Some((term, negate)) => {
                if join_next {
                    let last = groups.last_mut().expect("an OR follows a term");
                    if *negate || last.negate {
                        return Err(QueryError::NegatedOr);
                    }
                    last.terms.push(term.clone());
                    join_next = false;
                } else {
                    groups.push(Group {
                        terms: vec![term.clone()],
                        negate: *negate,
                    });
                }
            }
        }
    }
    if !groups.is_empty() && groups.iter().all(|g| g.negate) {
        return Err(QueryError::OnlyExclusions);
    }
    Ok(groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str, phrase: bool) -> Term {
        Term {
            text: text.into(),
            phrase,
        }
    }

    #[test]
    fn words_phrases_exclusions_and_or() {
        let g = parse("应急演练 2024 \"燃气 泄漏\" -消防 交通 OR 治安").unwrap();
        assert_eq!(g.len(), 5);
        assert_eq!(
            g[0],
            Group {
                terms: vec![t("应急演练", false)],
                negate: false
            }
        );
        assert_eq!(
            g[2],
            Group {
                terms: vec![t("燃气 泄漏", true)],
                negate: false
            }
        );
        assert_eq!(
            g[3],
            Group {
                terms: vec![t("消防", false)],
                negate: true
            }
        );
        assert_eq!(g[4].terms, vec![t("交通", false), t("治安", false)]);
        assert_eq!(parse("“签到表”").unwrap()[0].terms[0], t("签到表", true));
        assert_eq!(parse("燃气 或 消防").unwrap().len(), 1);
        assert!(parse("").unwrap().is_empty());
    }

    #[test]
    fn mistakes_are_explained() {
        assert_eq!(parse("\"应急演练"), Err(QueryError::UnclosedQuote));
        assert_eq!(parse("OR 燃气"), Err(QueryError::DanglingOr));
        assert_eq!(parse("燃气 OR"), Err(QueryError::DanglingOr));
        assert_eq!(parse("燃气 OR -消防"), Err(QueryError::NegatedOr));
        assert_eq!(parse("-消防"), Err(QueryError::OnlyExclusions));
    }
}
