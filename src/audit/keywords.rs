//! Which of the standard's rule keywords each document contains, found in one Aho-Corasick pass
//! per document, and which indicators a single document can serve as evidence for.

use std::collections::{BTreeSet, HashMap};

use aho_corasick::AhoCorasick;

use crate::archive::Document;
use crate::standard::{EvidenceRule, Standard};

/// Every keyword of every evidence rule, numbered.
pub(crate) struct Keywords {
    pub ids: HashMap<String, usize>,
    automaton: AhoCorasick,
}

impl Keywords {
    /// Collects the keywords of `std`.
    pub(crate) fn new(std: &Standard) -> Keywords {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut ordered: Vec<&str> = Vec::new();
        for (_, ind) in std.indicators() {
            for rules in ind.parts.values() {
                for k in rules.evidence.iter().flat_map(|r| &r.keywords) {
                    if !ids.contains_key(k) {
                        ids.insert(k.clone(), ordered.len());
                        ordered.push(k);
                    }
                }
            }
        }
        let automaton = AhoCorasick::new(&ordered).expect("keywords build an automaton");
        Keywords { ids, automaton }
    }

    /// Ids of the keywords found in the document's title, path and text.
    pub(crate) fn found_in(&self, doc: &Document) -> BTreeSet<usize> {
        self.automaton
            .find_overlapping_iter(&doc.haystack())
            .map(|m| m.pattern().as_usize())
            .collect()
    }

    /// Whether a document with keywords `found` is of a kind and mentions what `rule` asks.
    pub(crate) fn rule_matches(
        &self,
        rule: &EvidenceRule,
        doc: &Document,
        found: &BTreeSet<usize>,
    ) -> bool {
        rule.kinds.contains(&doc.kind)
            && (rule.keywords.is_empty()
                || rule
                    .keywords
                    .iter()
                    .any(|k| self.ids.get(k).is_some_and(|id| found.contains(id))))
    }

    /// (element id, indicator id) of every indicator whose rules the document matches, whatever its
    /// date: what a reviewer looking at this one document can cite it for.
    pub(crate) fn supports(&self, std: &Standard, doc: &Document) -> Vec<(String, String)> {
        let found = self.found_in(doc);
        std.indicators()
            .filter(|(_, ind)| {
                ind.parts
                    .values()
                    .flat_map(|p| &p.evidence)
                    .any(|r| self.rule_matches(r, doc, &found))
            })
            .map(|(e, i)| (e.id.value.clone(), i.id.value.clone()))
            .collect()
    }
}
