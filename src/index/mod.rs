//! The evidence index (tantivy): every document of one archive, or of a district's archives, with
//! its path, community, kind, date, the elements and indicators it evidences, title and full text,
//! segmented into Chinese words. It lives in zicha's state folder, is rebuilt from the archives at
//! any time and updated incrementally; a corrupted or outdated index is rebuilt, never trusted.

mod query;
mod state;
mod tokenizer;

pub use state::{STATE_MARKER, claim_state_dir};

use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate};
use rayon::prelude::*;
use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::archive::{self, Document, LoadOptions};
use crate::audit::{keywords::Keywords, mapping};
use crate::config::ArchiveConfig;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::scan;
use crate::standard::Standard;

/// An archive to index, and the community name its documents are filed under.
#[derive(Debug, Clone)]
pub struct IndexSource {
    /// The archive folder.
    pub root: PathBuf,
    /// Community name (from `zicha.yaml`, else the folder name).
    pub community: String,
}

impl IndexSource {
    /// The source for `root`, named by its `zicha.yaml` or, failing that, its folder.
    pub fn for_archive(root: &Path) -> Result<IndexSource> {
        if !root.is_dir() {
            return Err(Error::ArchiveNotFound {
                path: root.to_path_buf(),
            });
        }
        let config = ArchiveConfig::load(root)?;
        let community = config.and_then(|c| c.community).unwrap_or_else(|| {
            let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
            canonical
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "archive".into())
        });
        Ok(IndexSource {
            root: root.to_path_buf(),
            community,
        })
    }
}

/// What an update did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct UpdateStats {
    /// Files indexed for the first time.
    pub added: usize,
    /// Files whose content changed.
    pub changed: usize,
    /// Files gone from the archive.
    pub removed: usize,
    /// Files not re-read (same size and time).
    pub unchanged: usize,
    /// Files re-read whose content had not changed.
    pub touched: usize,
    /// Bytes read.
    pub bytes_read: u64,
    /// Whether the index was (re)built from nothing, and why.
    pub rebuilt: Option<String>,
    /// Wall time.
    #[serde(skip)]
    pub elapsed: Duration,
}

/// A search: the query text and filters.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// Words, "phrases", -exclusions, OR.
    pub query: String,
    /// Kind id (`training`).
    pub kind: Option<String>,
    /// Element id (`7`).
    pub element: Option<String>,
    /// Indicator id (`33`).
    pub indicator: Option<String>,
    /// Year of the document's date.
    pub year: Option<i32>,
    /// Dated on or after.
    pub from: Option<NaiveDate>,
    /// Dated on or before.
    pub to: Option<NaiveDate>,
    /// Under this folder (or this exact file).
    pub path: Option<String>,
    /// Community.
    pub community: Option<String>,
    /// Results wanted.
    pub limit: usize,
}

/// One search result.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Relative to its archive.
    pub path: String,
    /// Relevance (higher is better).
    pub score: f32,
    /// Kind id.
    pub kind: String,
    /// ISO date or null.
    pub date: Option<String>,
    /// Element ids it evidences.
    pub elements: Vec<String>,
    /// The matched passage.
    pub snippet: String,
    /// Community.
    pub community: String,
    /// Title.
    pub title: String,
    /// Indicator ids it evidences.
    pub indicators: Vec<String>,
    /// Byte ranges of `snippet` that matched.
    pub highlights: Vec<(usize, usize)>,
    /// SHA-256.
    pub sha256: String,
}

/// A stored document, for the document view.
#[derive(Debug, Clone, Serialize)]
pub struct StoredDoc {
    /// Relative to its archive.
    pub path: String,
    /// Community.
    pub community: String,
    /// Kind id.
    pub kind: String,
    /// Title.
    pub title: String,
    /// ISO date.
    pub date: Option<String>,
    /// Elements.
    pub elements: Vec<String>,
    /// Indicators.
    pub indicators: Vec<String>,
    /// SHA-256.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// Full text.
    pub text: String,
}

#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    path: Field,
    folders: Field,
    community: Field,
    kind: Field,
    title: Field,
    body: Field,
    date: Field,
    day: Field,
    year: Field,
    elements: Field,
    indicators: Field,
    sha256: Field,
    size: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer::ZH)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let f = Fields {
        key: b.add_text_field("key", STRING),
        path: b.add_text_field("path", STRING | STORED),
        folders: b.add_text_field("folders", STRING),
        community: b.add_text_field("community", STRING | STORED),
        kind: b.add_text_field("kind", STRING | STORED),
        title: b.add_text_field("title", text.clone()),
        body: b.add_text_field("body", text),
        date: b.add_text_field("date", STORED),
        day: b.add_i64_field("day", NumericOptions::default().set_indexed().set_fast()),
        year: b.add_u64_field("year", NumericOptions::default().set_indexed()),
        elements: b.add_text_field("elements", STRING | STORED),
        indicators: b.add_text_field("indicators", STRING | STORED),
        sha256: b.add_text_field("sha256", STORED),
        size: b.add_u64_field("size", STORED),
    };
    (b.build(), f)
}

/// The search index in a state folder.
pub struct SearchIndex {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    f: Fields,
    /// The state as read when opening, so that an update that finds nothing to do reads it once.
    opened_state: std::sync::Mutex<Option<state::State>>,
}

const TANTIVY_DIR: &str = "tantivy";
/// How long to wait for another zicha process to finish updating the same index.
const LOCK_WAIT: Duration = Duration::from_secs(120);

impl SearchIndex {
    /// Opens the index in `dir` (creating it), rebuilding it when it is missing, corrupted or
    /// written by another version. Returns why it was rebuilt, if it was.
    pub fn open(dir: &Path) -> Result<(SearchIndex, Option<String>)> {
        match guarded(|| Self::open_unguarded(dir)) {
            Err(Error::CorruptIndex(_)) => {
                Self::wipe(dir)?;
                let (index, _) = Self::open_unguarded(dir)?;
                Ok((index, Some("damaged".into())))
            }
            other => other,
        }
    }

    /// Removes the index kept in `dir` (only zicha's own files, in a folder marked as zicha's), to
    /// be rebuilt from the archives.
    pub fn wipe(dir: &Path) -> Result<()> {
        if !state::is_state_dir(dir) {
            return Err(Error::NotStateFolder {
                path: dir.to_path_buf(),
            });
        }
        let tdir = dir.join(TANTIVY_DIR);
        if tdir.exists() {
            std::fs::remove_dir_all(&tdir).map_err(|e| Error::io(&tdir, e))?;
        }
        match std::fs::remove_file(dir.join(state::STATE_FILE)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(dir, e)),
            _ => Ok(()),
        }
    }

    fn open_unguarded(dir: &Path) -> Result<(SearchIndex, Option<String>)> {
        state::claim_state_dir(dir)?;
        let tdir = dir.join(TANTIVY_DIR);
        let (schema, f) = schema();
        let state = state::State::load(dir);
        let problem = match (&state, tdir.join("meta.json").is_file()) {
            (_, false) => Some("missing"),
            (None, true) => Some("state file missing or unreadable"),
            (Some(s), true) if s.version != state::INDEX_VERSION => {
                Some("written by another version")
            }
            _ => None,
        };
        let opened = match problem {
            None => Index::open_in_dir(&tdir)
                .map_err(|e| e.to_string())
                .and_then(|i| {
                    if i.schema() == schema {
                        Ok(i)
                    } else {
                        Err("schema differs".into())
                    }
                }),
            Some(p) => Err(p.to_string()),
        };
        let (index, rebuilt) = match opened {
            Ok(index) => (index, None),
            Err(why) => {
                // Only our own folder is cleared; it is rebuilt from the archives.
                if tdir.exists() {
                    std::fs::remove_dir_all(&tdir).map_err(|e| Error::io(&tdir, e))?;
                }
                let _ = std::fs::remove_file(dir.join(state::STATE_FILE));
                std::fs::create_dir_all(&tdir).map_err(|e| Error::io(&tdir, e))?;
                let index = Index::create_in_dir(&tdir, schema).map_err(tantivy_err(&tdir))?;
                (index, Some(why))
            }
        };
        index.tokenizers().register(
            tokenizer::ZH,
            TextAnalyzer::builder(tokenizer::ZhTokenizer).build(),
        );
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(tantivy_err(&tdir))?;
        // A damaged segment shows when it is read: read a little of each part now rather than
        // fail mid-search.
        let searcher = reader.searcher();
        let check = searcher
            .search(&AllQuery, &TopDocs::with_limit(1).order_by_score())
            .and_then(|top| {
                top.first()
                    .map(|(_, a)| searcher.doc::<TantivyDocument>(*a).map(drop))
                    .transpose()
            });
        if check.is_err() {
            return Err(Error::CorruptIndex(tdir));
        }
        Ok((
            SearchIndex {
                dir: dir.to_path_buf(),
                index,
                reader,
                f,
                opened_state: std::sync::Mutex::new(if rebuilt.is_none() { state } else { None }),
            },
            rebuilt,
        ))
    }

    fn writer(&self) -> Result<IndexWriter> {
        let start = Instant::now();
        loop {
            match self
                .index
                .writer_with_num_threads::<TantivyDocument>(2, 120_000_000)
            {
                Ok(w) => return Ok(w),
                Err(tantivy::TantivyError::LockFailure(..)) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err(e) => {
                    return Err(Error::Other(format!(
                        "{}: 索引正被另一个 zicha 进程更新，请稍后再试 (index busy: {e})",
                        self.dir.display()
                    )));
                }
            }
        }
    }

    /// Brings the index up to date with `sources`: new and changed files are read, removed ones
    /// dropped, unchanged ones (same size and modification time) not even opened.
    pub fn update(
        &self,
        sources: &[IndexSource],
        std: &Standard,
        options: &LoadOptions,
    ) -> Result<UpdateStats> {
        guarded(|| self.update_unguarded(sources, std, options))
    }

    fn update_unguarded(
        &self,
        sources: &[IndexSource],
        std: &Standard,
        options: &LoadOptions,
    ) -> Result<UpdateStats> {
        let start = Instant::now();
        let standard_id = format!("{}:{}", std.id, std.fingerprint());
        // First look without the writer lock: when nothing changed (the common case of a search),
        // the index is not touched at all.
        let cached = self.opened_state.lock().ok().and_then(|mut s| s.take());
        let current = cached
            .or_else(|| state::State::load(&self.dir))
            .unwrap_or_default();
        let fresh = current.version == state::INDEX_VERSION && current.standard == standard_id;
        if fresh {
            let plans: Vec<Plan> = sources
                .iter()
                .map(|s| plan(&current, s, options.lang))
                .collect();
            let known = sources
                .iter()
                .all(|s| current.sources.contains_key(&s.community));
            if known && plans.iter().all(Plan::is_empty) {
                return Ok(UpdateStats {
                    unchanged: plans.iter().map(|p| p.unchanged).sum(),
                    elapsed: start.elapsed(),
                    ..UpdateStats::default()
                });
            }
        }
        let mut writer = self.writer()?;
        // Read the state again now that we hold the lock: another process may have just updated.
        let mut st = state::State::load(&self.dir).unwrap_or_default();
        let mut stats = UpdateStats::default();
        if st.version != state::INDEX_VERSION || st.standard != standard_id {
            if !st.files.is_empty() {
                stats.rebuilt = Some("standard or version changed".into());
            }
            writer
                .delete_all_documents()
                .map_err(tantivy_err(&self.dir))?;
            st = state::State {
                version: state::INDEX_VERSION,
                standard: standard_id,
                ..Default::default()
            };
        }
        let keywords = Keywords::new(std);
        for source in sources {
            let p = plan(&st, source, options.lang);
            self.apply(
                &mut writer,
                &mut st,
                source,
                p,
                std,
                &keywords,
                options,
                &mut stats,
            )?;
        }
        writer.commit().map_err(tantivy_err(&self.dir))?;
        drop(writer);
        st.save(&self.dir)?;
        self.reader.reload().map_err(tantivy_err(&self.dir))?;
        stats.elapsed = start.elapsed();
        Ok(stats)
    }

    #[allow(clippy::too_many_arguments)]
    fn apply(
        &self,
        writer: &mut IndexWriter,
        st: &mut state::State,
        source: &IndexSource,
        plan: Plan,
        std: &Standard,
        keywords: &Keywords,
        options: &LoadOptions,
        stats: &mut UpdateStats,
    ) -> Result<()> {
        let config = ArchiveConfig::load(&source.root)?;
        let projects = mapping::projects_for_index(config.as_ref(), std);
        st.sources
            .insert(source.community.clone(), source.root.display().to_string());
        stats.unchanged += plan.unchanged;
        let read: Vec<_> = plan
            .to_read
            .into_par_iter()
            .map(|c| {
                (
                    archive::read_document(&c.entry, c.sidecar.as_ref(), options),
                    c,
                )
            })
            .collect();
        for (mut doc, c) in read {
            let Some(sha256) = doc.sha256.clone() else {
                continue;
            };
            stats.bytes_read += c.size;
            let new_state = state::FileState {
                size: c.size,
                mtime_ns: c.mtime_ns,
                sidecar_mtime_ns: c.sidecar_mtime_ns,
                sha256,
            };
            match &c.old {
                Some(o)
                    if o.sha256 == new_state.sha256 && o.sidecar_mtime_ns == c.sidecar_mtime_ns =>
                {
                    stats.touched += 1;
                }
                old => {
                    if old.is_some() {
                        stats.changed += 1;
                    } else {
                        stats.added += 1;
                    }
                    doc.facts.project = mapping::project_of(&doc, &projects);
                    writer.delete_term(Term::from_field_text(self.f.key, &c.key));
                    writer
                        .add_document(self.to_tantivy(
                            &doc,
                            &c.key,
                            &source.community,
                            std,
                            keywords,
                        ))
                        .map_err(tantivy_err(&self.dir))?;
                }
            }
            st.files.insert(c.key, new_state);
        }
        for key in plan.gone {
            writer.delete_term(Term::from_field_text(self.f.key, &key));
            st.files.remove(&key);
            stats.removed += 1;
        }
        Ok(())
    }

    fn to_tantivy(
        &self,
        doc: &Document,
        key: &str,
        community: &str,
        std: &Standard,
        keywords: &Keywords,
    ) -> TantivyDocument {
        let f = &self.f;
        let mut d = TantivyDocument::default();
        d.add_text(f.key, key);
        d.add_text(f.path, &doc.path);
        let mut prefix = String::new();
        for folder in doc
            .path
            .split('/')
            .rev()
            .skip(1)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(folder);
            d.add_text(f.folders, &prefix);
        }
        d.add_text(f.community, community);
        d.add_text(f.kind, &doc.kind);
        d.add_text(f.title, &doc.title);
        d.add_text(f.body, indexed_body(&doc.text));
        if let Some(date) = doc.date {
            d.add_text(f.date, date.to_string());
            d.add_i64(f.day, i64::from(date.num_days_from_ce()));
        }
        if let Some(y) = doc.date.map(|d| d.year()).or(doc.year) {
            d.add_u64(f.year, y.max(0) as u64);
        }
        let supports = keywords.supports(std, doc);
        let mut elements = mapping::filed_elements(doc, std);
        for (e, _) in &supports {
            if !elements.contains(e) {
                elements.push(e.clone());
            }
        }
        for e in &elements {
            d.add_text(f.elements, e);
        }
        for (_, i) in &supports {
            d.add_text(f.indicators, i);
        }
        d.add_text(f.sha256, doc.sha256.as_deref().unwrap_or(""));
        d.add_u64(f.size, doc.size);
        d
    }

    /// Number of documents indexed.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs a search. Errors in the query are explained in `lang`; a damaged index gives
    /// [`Error::CorruptIndex`] (wipe it and search again).
    pub fn search(&self, req: &SearchRequest, lang: Lang) -> Result<Vec<Hit>> {
        guarded(|| self.search_unguarded(req, lang))
    }

    fn search_unguarded(&self, req: &SearchRequest, lang: Lang) -> Result<Vec<Hit>> {
        let groups = query::parse(&req.query).map_err(|e| Error::Query(e.message(lang)))?;
        let f = self.f;
        let text_terms = |text: &str| -> Option<Box<dyn Query>> {
            let words = tokenizer::query_words(text);
            if words.is_empty() {
                return None;
            }
            let musts = words
                .iter()
                .map(|w| (Occur::Must, self.word_query(w)))
                .collect::<Vec<_>>();
            Some(Box::new(BooleanQuery::new(musts)))
        };
        let mut positive: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for g in &groups {
            let alternatives: Vec<(Occur, Box<dyn Query>)> = g
                .terms
                .iter()
                .filter_map(|t| {
                    if t.phrase {
                        self.phrase_query(&t.text)
                    } else {
                        text_terms(&t.text)
                    }
                })
                .map(|q| (Occur::Should, q))
                .collect();
            if alternatives.is_empty() {
                continue;
            }
            let q: Box<dyn Query> = Box::new(BooleanQuery::new(alternatives));
            if g.negate {
                clauses.push((Occur::MustNot, q));
            } else {
                positive.push((Occur::Must, q.box_clone()));
                clauses.push((Occur::Must, q));
            }
        }
        let has_positive = !positive.is_empty();
        let term = |field: Field, v: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, v),
                IndexRecordOption::Basic,
            ))
        };
        if let Some(k) = &req.kind {
            clauses.push((Occur::Must, term(f.kind, k)));
        }
        if let Some(e) = &req.element {
            clauses.push((Occur::Must, term(f.elements, e)));
        }
        if let Some(i) = &req.indicator {
            clauses.push((Occur::Must, term(f.indicators, i)));
        }
        if let Some(c) = &req.community {
            clauses.push((Occur::Must, term(f.community, c)));
        }
        if let Some(p) = &req.path {
            let p = p.trim_matches('/');
            clauses.push((
                Occur::Must,
                Box::new(BooleanQuery::new(vec![
                    (Occur::Should, term(f.folders, p)),
                    (Occur::Should, term(f.path, p)),
                ])),
            ));
        }
        if let Some(y) = req.year {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_u64(f.year, y.max(0) as u64),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if req.from.is_some() || req.to.is_some() {
            let bound = |d: Option<NaiveDate>| match d {
                Some(d) => {
                    Bound::Included(Term::from_field_i64(f.day, i64::from(d.num_days_from_ce())))
                }
                None => Bound::Unbounded,
            };
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(bound(req.from), bound(req.to))),
            ));
        }
        if !has_positive {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        let full = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let limit = req.limit.max(1);
        // With words, the best matches first; with filters only, the newest first (a filing list).
        let top: Vec<(f32, tantivy::DocAddress)> = if has_positive {
            searcher
                .search(&full, &TopDocs::with_limit(limit).order_by_score())
                .map_err(tantivy_err(&self.dir))?
        } else {
            searcher
                .search(
                    &full,
                    &TopDocs::with_limit(limit)
                        .order_by_fast_field::<i64>("day", tantivy::Order::Desc),
                )
                .map_err(tantivy_err(&self.dir))?
                .into_iter()
                .map(|(_, addr)| (0.0, addr))
                .collect()
        };
        // The words the query looks for in the body, to find where a snippet can be cut from.
        let positive = BooleanQuery::new(positive);
        let mut words: Vec<String> = Vec::new();
        positive.query_terms(&mut |term, _| {
            if term.field() == f.body
                && let Some(w) = term.value().as_str()
            {
                words.push(w.to_string());
            }
        });
        let snippets = if has_positive {
            let mut g = SnippetGenerator::create(&searcher, &positive, f.body)
                .map_err(tantivy_err(&self.dir))?;
            g.set_max_num_chars(120);
            Some(g)
        } else {
            None
        };
        let mut hits = Vec::new();
        for (score, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr).map_err(tantivy_err(&self.dir))?;
            let stored = self.stored(&doc);
            let (snippet, highlights) = match &snippets {
                Some(g) => {
                    let s = g.snippet(snippet_window(&stored.text, &words));
                    if s.fragment().is_empty() {
                        (lead_or_title(&stored), Vec::new())
                    } else {
                        (
                            s.fragment().to_string(),
                            s.highlighted().iter().map(|r| (r.start, r.end)).collect(),
                        )
                    }
                }
                None => (lead_or_title(&stored), Vec::new()),
            };
            hits.push(Hit {
                path: stored.path,
                score: if has_positive { score } else { 0.0 },
                kind: stored.kind,
                date: stored.date,
                elements: stored.elements,
                snippet,
                community: stored.community,
                title: stored.title,
                indicators: stored.indicators,
                highlights,
                sha256: stored.sha256,
            });
        }
        if has_positive {
            hits.sort_by(|a, b| {
                b.score
                    .total_cmp(&a.score)
                    .then_with(|| a.path.cmp(&b.path))
            });
        } else {
            // No words: newest first, like a filing list.
            hits.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
        }
        hits.truncate(limit);
        Ok(hits)
    }

    /// An exact phrase: its words at the same distances from each other as in the query, in the
    /// title or the text (positions are character offsets, so any segmentation of the document
    /// that yields these words at these places matches).
    fn phrase_query(&self, text: &str) -> Option<Box<dyn Query>> {
        let terms = tokenizer::phrase_terms(text);
        match terms.len() {
            0 => None,
            1 => Some(self.word_query(&terms[0].1)),
            _ => {
                let in_field = |field: Field| -> Box<dyn Query> {
                    Box::new(PhraseQuery::new_with_offset(
                        terms
                            .iter()
                            .map(|(o, w)| (*o, Term::from_field_text(field, w)))
                            .collect(),
                    ))
                };
                let title: Box<dyn Query> = Box::new(BoostQuery::new(in_field(self.f.title), 2.0));
                Some(Box::new(BooleanQuery::new(vec![
                    (Occur::Should, title),
                    (Occur::Should, in_field(self.f.body)),
                ])))
            }
        }
    }

    /// A word, or (when the document was segmented differently) all the shorter words inside it,
    /// in the title (weighted double) or the text.
    fn word_query(&self, word: &str) -> Box<dyn Query> {
        let in_fields = |w: &str| -> Box<dyn Query> {
            let title: Box<dyn Query> = Box::new(BoostQuery::new(
                Box::new(TermQuery::new(
                    Term::from_field_text(self.f.title, w),
                    IndexRecordOption::WithFreqs,
                )),
                2.0,
            ));
            let body: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(self.f.body, w),
                IndexRecordOption::WithFreqs,
            ));
            Box::new(BooleanQuery::new(vec![
                (Occur::Should, title),
                (Occur::Should, body),
            ]))
        };
        let subs = tokenizer::sub_words(word);
        if subs.len() < 2 {
            return in_fields(word);
        }
        let all_subs: Box<dyn Query> = Box::new(BooleanQuery::new(
            subs.iter().map(|s| (Occur::Must, in_fields(s))).collect(),
        ));
        Box::new(BooleanQuery::new(vec![
            (Occur::Should, in_fields(word)),
            (Occur::Should, all_subs),
        ]))
    }

    fn stored(&self, doc: &TantivyDocument) -> StoredDoc {
        let f = &self.f;
        let s = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
        };
        let all = |field: Field| {
            doc.get_all(field)
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        };
        StoredDoc {
            path: s(f.path),
            community: s(f.community),
            kind: s(f.kind),
            title: s(f.title),
            date: doc
                .get_first(f.date)
                .and_then(|v| v.as_str().map(String::from)),
            elements: all(f.elements),
            indicators: all(f.indicators),
            sha256: s(f.sha256),
            size: doc.get_first(f.size).and_then(|v| v.as_u64()).unwrap_or(0),
            text: s(f.body),
        }
    }

    /// The stored document at `path` of `community`, if indexed. Nothing is read from disk, so a
    /// path can never reach outside what was indexed.
    pub fn get(&self, community: &str, path: &str) -> Option<StoredDoc> {
        let key = Term::from_field_text(self.f.key, &state::key(community, path));
        let searcher = self.reader.searcher();
        let top = searcher
            .search(
                &TermQuery::new(key, IndexRecordOption::Basic),
                &TopDocs::with_limit(1).order_by_score(),
            )
            .ok()?;
        let (_, addr) = top.first()?;
        let doc: TantivyDocument = searcher.doc(*addr).ok()?;
        Some(self.stored(&doc))
    }

    /// The archives indexed: (community, root), sorted by community.
    pub fn sources(&self) -> Vec<(String, PathBuf)> {
        Self::sources_in(&self.dir)
    }

    /// The archives the index kept in `dir` holds, read before it is opened: when a damaged index
    /// is rebuilt, it is rebuilt from these, not left empty.
    pub fn sources_in(dir: &Path) -> Vec<(String, PathBuf)> {
        state::State::load(dir)
            .map(|s| {
                s.sources
                    .into_iter()
                    .map(|(c, r)| (c, PathBuf::from(r)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A file to (re)read.
struct Candidate {
    entry: scan::Entry,
    sidecar: Option<scan::Entry>,
    key: String,
    size: u64,
    mtime_ns: i128,
    sidecar_mtime_ns: Option<i128>,
    old: Option<state::FileState>,
}

/// What an update of one archive has to do.
struct Plan {
    to_read: Vec<Candidate>,
    gone: Vec<String>,
    unchanged: usize,
}

impl Plan {
    fn is_empty(&self) -> bool {
        self.to_read.is_empty() && self.gone.is_empty()
    }
}

/// Walks an archive and compares it with the state: files new or with another size or time are to
/// be read; files the state has and the walk has not are gone.
fn plan(st: &state::State, source: &IndexSource, lang: Lang) -> Plan {
    let walk = scan::walk(&source.root, lang);
    let (jobs, _) = archive::pair_sidecars(&walk);
    // One stat per file, in parallel: this is all an update costs when nothing changed.
    let looked: Vec<(String, Option<Candidate>)> = jobs
        .par_iter()
        .filter_map(|&(entry, sidecar)| {
            let key = state::key(&source.community, &entry.rel);
            let meta = std::fs::metadata(&entry.path).ok()?;
            let (size, mtime) = (meta.len(), mtime_ns(&meta));
            let sidecar_mtime = sidecar
                .and_then(|s| std::fs::metadata(&s.path).ok())
                .map(|m| mtime_ns(&m));
            let candidate = match st.files.get(&key) {
                Some(old)
                    if old.size == size
                        && old.mtime_ns == mtime
                        && old.sidecar_mtime_ns == sidecar_mtime =>
                {
                    None
                }
                old => Some(Candidate {
                    entry: entry.clone(),
                    sidecar: sidecar.cloned(),
                    key: key.clone(),
                    size,
                    mtime_ns: mtime,
                    sidecar_mtime_ns: sidecar_mtime,
                    old: old.cloned(),
                }),
            };
            Some((key, candidate))
        })
        .collect();
    let unchanged = looked.iter().filter(|(_, c)| c.is_none()).count();
    let mut seen = std::collections::HashSet::with_capacity(looked.len());
    let mut to_read = Vec::new();
    for (key, candidate) in looked {
        seen.insert(key);
        to_read.extend(candidate);
    }
    let prefix = state::key(&source.community, "");
    let gone = st
        .files
        .range(prefix.clone()..)
        .take_while(|(k, _)| k.starts_with(&prefix))
        .filter(|(k, _)| !seen.contains(*k))
        .map(|(k, _)| k.clone())
        .collect();
    Plan {
        to_read,
        gone,
        unchanged,
    }
}

/// Runs index code that may panic on damaged files (tantivy trusts what it wrote) and turns such a
/// panic into [`Error::CorruptIndex`].
fn guarded<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    IN_GUARD.with(|g| g.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    IN_GUARD.with(|g| g.set(false));
    result.unwrap_or_else(|_| Err(Error::CorruptIndex(PathBuf::from(TANTIVY_DIR))))
}

thread_local! {
    static IN_GUARD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs a panic hook that stays quiet about panics zicha catches and handles (a damaged index
/// is rebuilt, not a crash) and reports every other one as before.
pub fn install_panic_filter() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !IN_GUARD.with(|g| g.get()) {
            default(info);
        }
    }));
}

/// The first characters of a text, for a result without a highlighted passage.
fn lead(text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    t.chars().take(120).collect()
}

/// The opening of the text, or the title when the content was not read (photos, scans).
fn lead_or_title(doc: &StoredDoc) -> String {
    let lead = lead(&doc.text);
    if lead.is_empty() {
        doc.title.clone()
    } else {
        lead
    }
}

fn mtime_ns(meta: &std::fs::Metadata) -> i128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128)
}

fn tantivy_err(path: &Path) -> impl Fn(tantivy::TantivyError) -> Error + '_ {
    move |e| Error::Other(format!("{}: {e}", path.display()))
}

/// The state folder of an archive: `ARCHIVE/.zicha`, or — when the archive is read-only — a folder
/// in the user's cache named after the archive's path.
pub fn default_state_dir(archive: &Path) -> PathBuf {
    let own = archive.join(".zicha");
    let writable =
        state::claim_state_dir(&own).is_ok() && tempfile::NamedTempFile::new_in(&own).is_ok();
    if writable {
        return own;
    }
    let canonical = archive
        .canonicalize()
        .unwrap_or_else(|_| archive.to_path_buf());
    let digest = {
        use sha2::Digest;
        format!(
            "{:x}",
            sha2::Sha256::digest(canonical.to_string_lossy().as_bytes())
        )
    };
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("zicha").join(&digest[..16])
}

/// Half the span of body text a snippet is cut from: a 20 MB document on one line is not
/// segmented whole for every hit, only the stretch around the first word the query looks for.
const SNIPPET_HALF_WINDOW: usize = 4096;

/// The most text of one document that is indexed for search: what is kept of it. Indexing costs
/// about 45 bytes of memory a byte of text at once: a 64 MB one-line text (under the file size
/// cap) took 1.5 GiB.
const MAX_INDEXED_BODY: usize = crate::extract::MAX_TEXT_KEPT;

/// The text of a document that is indexed: all of it, up to `MAX_INDEXED_BODY` (cut at a
/// character).
fn indexed_body(text: &str) -> &str {
    if text.len() <= MAX_INDEXED_BODY {
        return text;
    }
    let mut end = MAX_INDEXED_BODY;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The stretch of `text` around the first of `words` it contains (its start when none is found
/// as written, the query having matched a segment of it).
fn snippet_window<'a>(text: &'a str, words: &[String]) -> &'a str {
    if text.len() <= 4 * SNIPPET_HALF_WINDOW {
        return text;
    }
    let at = words
        .iter()
        .filter(|w| !w.is_empty())
        .filter_map(|w| text.find(w.as_str()))
        .min()
        .unwrap_or(0);
    let mut start = at.saturating_sub(SNIPPET_HALF_WINDOW);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + SNIPPET_HALF_WINDOW).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_text_is_indexed_up_to_the_limit_at_a_character() {
        let huge = "安全社区".repeat(MAX_INDEXED_BODY / 6);
        let body = indexed_body(&huge);
        assert!(body.len() <= MAX_INDEXED_BODY && body.len() > MAX_INDEXED_BODY - 4);
        assert!(huge.starts_with(body));
        assert_eq!(indexed_body("燃气"), "燃气");
    }

    #[test]
    fn a_snippet_is_cut_from_around_the_first_word_found() {
        let long = format!("{}燃气末尾{}", "安全".repeat(20_000), "社区".repeat(20_000));
        let window = snippet_window(&long, &["末尾".to_string()]);
        assert!(window.contains("燃气末尾"));
        // Each end moves at most to the next character boundary.
        assert!(window.len() <= 2 * SNIPPET_HALF_WINDOW + 6);
        // No word found as written: the start. A short text: all of it.
        assert!(long.starts_with(snippet_window(&long, &["无此词".to_string()])));
        assert_eq!(snippet_window("短文本", &[]), "短文本");
    }
}
