//! Chinese words for the index: text is folded to Simplified script and ASCII lower case, then cut
//! into words by jieba's dictionary segmenter in search mode (which also emits the shorter words
//! inside long ones: 安全社区 → 安全, 社区, 安全社区), so that `燃气培训` finds
//! 燃气使用安全培训记录 and `應急演練` finds 应急演练. Offsets point into the original text, so
//! snippets highlight what the document really says.

use std::sync::LazyLock;

use jieba_rs::Jieba;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::archive::fold_script;

/// The dictionary, loaded once (about 65 ms).
static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// Name the tokenizer is registered under.
pub(crate) const ZH: &str = "zh";

/// Folded text: Simplified script, ASCII lower case; one character for one.
pub(crate) fn fold(text: &str) -> String {
    let mut s = fold_script(text);
    s.make_ascii_lowercase();
    s
}

fn is_word(w: &str) -> bool {
    w.chars().any(char::is_alphanumeric)
}

/// Words of a query, as a reader means them (precise mode): 燃气培训 → 燃气, 培训.
pub(crate) fn query_words(text: &str) -> Vec<String> {
    let folded = fold(text);
    JIEBA
        .cut(&folded, true)
        .into_iter()
        .map(|t| t.word.trim().to_string())
        .filter(|w| is_word(w))
        .collect()
}

/// Words of an exact phrase with their character offsets, whitespace taken out
/// ("燃气 泄漏" is 燃气泄漏).
pub(crate) fn phrase_terms(text: &str) -> Vec<(usize, String)> {
    let folded: String = fold(text).chars().filter(|c| !c.is_whitespace()).collect();
    JIEBA
        .cut(&folded, true)
        .into_iter()
        .filter(|t| is_word(t.word))
        .map(|t| (t.start, t.word.to_string()))
        .collect()
}

/// The shorter words search mode indexes inside `word` (领导小组 → 领导, 小组), without `word`.
pub(crate) fn sub_words(word: &str) -> Vec<String> {
    let mut out: Vec<String> = JIEBA
        .cut_for_search(word, true)
        .into_iter()
        .map(|t| t.word.to_string())
        .filter(|w| w != word && is_word(w))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The tantivy tokenizer.
#[derive(Clone, Default)]
pub(crate) struct ZhTokenizer;

/// Its token stream.
pub(crate) struct ZhTokenStream {
    tokens: Vec<Token>,
    index: usize,
}

impl Tokenizer for ZhTokenizer {
    type TokenStream<'a> = ZhTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ZhTokenStream {
        // Byte offset of every character of the original, to map jieba's character positions.
        let mut offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        offsets.push(text.len());
        let folded = fold(text);
        let mut tokens = Vec::new();
        let mut push = |word: &str, start: usize, end: usize| {
            if let (Some(&from), Some(&to)) = (offsets.get(start), offsets.get(end)) {
                tokens.push(Token {
                    offset_from: from,
                    offset_to: to,
                    position: start,
                    text: word.to_string(),
                    position_length: end - start,
                });
            }
        };
        for t in JIEBA.cut_for_search(&folded, true) {
            if !is_word(t.word) {
                continue;
            }
            push(t.word, t.start, t.end);
            // jieba keeps 9001-2006 or 2024.3.12 whole and offers only the lettered parts; a
            // reviewer types 9001 or 2006 too.
            if t.word.contains(|c: char| c.is_ascii_punctuation()) {
                let mut at = t.start;
                for part in t.word.split(|c: char| c.is_ascii_punctuation()) {
                    let len = part.chars().count();
                    if is_word(part) && part != t.word {
                        push(part, at, at + len);
                    }
                    at += len + 1;
                }
            }
        }
        // jieba emits the parts of a compound before the compound, and out of order for some
        // ASCII runs (urn:schemas-microsoft-com). Tantivy's snippet builder and its position
        // lists expect tokens in text order, so they are sorted (stably, longest last).
        tokens.sort_by_key(|t| (t.offset_from, t.offset_to));
        ZhTokenStream { tokens, index: 0 }
    }
}

impl TokenStream for ZhTokenStream {
    fn advance(&mut self) -> bool {
        self.index += 1;
        self.index <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.index - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.index - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<String> {
        let mut t = ZhTokenizer;
        let mut stream = t.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn words_not_characters_and_traditional_folds() {
        let t = tokens("燃气使用安全培训记录");
        assert!(
            t.contains(&"燃气".to_string()) && t.contains(&"培训".to_string()),
            "{t:?}"
        );
        let t = tokens("應急演練記錄");
        assert!(
            t.contains(&"应急".to_string()) && t.contains(&"演练".to_string()),
            "{t:?}"
        );
        assert_eq!(query_words("燃气培训"), vec!["燃气", "培训"]);
        let t = tokens("AQ/T 9001-2006，第3期");
        assert!(
            t.contains(&"aq".to_string())
                && t.contains(&"9001".to_string())
                && t.contains(&"2006".to_string()),
            "{t:?}"
        );
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "一、應急演練";
        let mut t = ZhTokenizer;
        let mut stream = t.token_stream(text);
        while stream.advance() {
            let tok = stream.token();
            assert!(text.is_char_boundary(tok.offset_from) && text.is_char_boundary(tok.offset_to));
            if tok.text == "演练" {
                assert_eq!(&text[tok.offset_from..tok.offset_to], "演練");
            }
        }
    }

    #[test]
    fn tokens_come_in_text_order() {
        // Markup in a text, as when a web page is read as plain text: jieba returns its ASCII
        // parts out of order, which made tantivy's snippet builder overflow.
        let text =
            "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"> 中华人民共和国 乘坐电梯";
        let mut t = ZhTokenizer;
        let mut stream = t.token_stream(text);
        let mut last = (0, 0);
        while stream.advance() {
            let tok = stream.token();
            assert!(
                (tok.offset_from, tok.position) >= last,
                "{tok:?} after {last:?}"
            );
            last = (tok.offset_from, tok.position);
        }
    }
}
