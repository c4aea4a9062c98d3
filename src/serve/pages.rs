//! The pages, as maud templates: every value from the archive is escaped by maud.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{App, SearchForm};
use crate::i18n::Lang;
use crate::index::{Hit, SearchRequest, StoredDoc};
use crate::schema::ArchiveSchema;

const STYLE: &str = r#"
:root { --ink:#1f2328; --dim:#656d76; --line:#d0d7de; --accent:#0b5cad; --mark:#fff1a8; }
* { box-sizing:border-box; }
body { margin:0; font:15px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif; color:var(--ink); background:#f6f8fa; }
header { background:#12355b; color:#fff; padding:10px 24px; display:flex; gap:24px; align-items:baseline; }
header a { color:#fff; text-decoration:none; } header .brand { font-weight:700; font-size:18px; }
main { max-width:1040px; margin:0 auto; padding:20px 24px 60px; }
form.search { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px; display:grid; gap:10px;
  grid-template-columns: 1fr repeat(5, auto); align-items:center; }
form.search input[type=search] { grid-column: 1 / -1; font-size:17px; padding:8px 10px; border:1px solid var(--line); border-radius:6px; }
form.search select, form.search input { padding:5px 6px; border:1px solid var(--line); border-radius:6px; background:#fff; }
button { background:var(--accent); color:#fff; border:0; border-radius:6px; padding:7px 18px; font-size:15px; cursor:pointer; }
.help { color:var(--dim); font-size:13px; margin:6px 2px 18px; }
.error { background:#fff0f0; border:1px solid #f3b4b4; padding:10px 14px; border-radius:6px; white-space:pre-wrap; }
ol.results { list-style:none; padding:0; } ol.results li { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin-bottom:10px; }
.results a.title { font-size:16px; font-weight:600; color:var(--accent); text-decoration:none; }
.path, .meta { color:var(--dim); font-size:13px; } .snippet { margin-top:4px; }
mark { background:var(--mark); padding:0 1px; }
table.meta { border-collapse:collapse; background:#fff; width:100%; } table.meta th, table.meta td { border:1px solid var(--line); padding:6px 10px; text-align:left; vertical-align:top; }
table.meta th { width:8em; background:#f0f3f6; font-weight:600; }
pre.text { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px; white-space:pre-wrap; word-break:break-all; font:14px/1.7 inherit; }
code { font-size:12px; word-break:break-all; }
details { background:#fff; border:1px solid var(--line); border-radius:8px; padding:8px 14px; margin-bottom:8px; }
summary { cursor:pointer; font-weight:600; } .ind { margin:8px 0 8px 12px; } .ind ul { margin:2px 0 6px; }
.none { color:#b42318; font-size:13px; }
"#;

fn layout(app: &App, title: &str, body: Markup) -> Markup {
    let lang = app.lang;
    html! {
        (DOCTYPE)
        html lang=(lang.pick("zh-CN", "en")) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · zicha" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    a.brand href="/" { "zicha 自查" }
                    a href="/" { (lang.pick("证据检索", "Search")) }
                    a href="/elements" { (lang.pick("按要素浏览", "By element")) }
                }
                main { (body) }
            }
        }
    }
}

fn doc_link(community: &str, path: &str) -> String {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("c", community)
        .append_pair("p", path)
        .finish();
    format!("/doc?{query}")
}

/// The snippet with its matched words in `<mark>`, each piece escaped.
fn highlighted(snippet: &str, highlights: &[(usize, usize)]) -> Markup {
    let mut at = 0;
    let mut pieces: Vec<(bool, &str)> = Vec::new();
    for &(a, b) in highlights {
        if a < at
            || b > snippet.len()
            || !snippet.is_char_boundary(a)
            || !snippet.is_char_boundary(b)
        {
            continue;
        }
        pieces.push((false, &snippet[at..a]));
        pieces.push((true, &snippet[a..b]));
        at = b;
    }
    pieces.push((false, &snippet[at..]));
    html! { @for (marked, text) in pieces { @if marked { mark { (text) } } @else { (text) } } }
}

fn element_title(app: &App, id: &str) -> String {
    app.std
        .elements
        .iter()
        .find(|e| e.id.value == id)
        .map(|e| e.label(app.lang).to_string())
        .unwrap_or_default()
}

fn hit_item(app: &App, hit: &Hit) -> Markup {
    let lang = app.lang;
    let schema = ArchiveSchema::builtin();
    html! {
        li {
            a.title href=(doc_link(&hit.community, &hit.path)) { (hit.title) }
            div.path { @if app.communities.len() > 1 { "[" (hit.community) "] " } (hit.path) }
            div.meta {
                (schema.label(&hit.kind, lang)) " · " (hit.date.as_deref().unwrap_or(lang.pick("无日期", "undated")))
                @if !hit.elements.is_empty() { " · " (lang.pick("要素 ", "elements ")) (hit.elements.join(", ")) }
                @if !hit.indicators.is_empty() { " · " (lang.pick("指标 ", "indicators ")) (hit.indicators.join(", ")) }
            }
            div.snippet { (highlighted(&hit.snippet, &hit.highlights)) }
        }
    }
}

/// The search page, with results when a search was made.
pub(crate) fn search(
    app: &App,
    form: &SearchForm,
    hits: Option<&[Hit]>,
    error: Option<&str>,
) -> Markup {
    let lang = app.lang;
    let schema = ArchiveSchema::builtin();
    let body = html! {
        form.search method="get" action="/" {
            input type="search" name="q" value=(form.q) autofocus placeholder=(lang.pick("输入要查找的词，如：燃气培训　應急演練　\"签到表\"　交通安全 -方案", "words to find, e.g. 燃气培训  \"签到表\"  交通安全 -方案"));
            select name="kind" aria-label=(lang.pick("文件类型", "kind")) {
                option value="" { (lang.pick("全部类型", "all kinds")) }
                @for k in &schema.kinds { option value=(k.id) selected[form.kind == k.id] { (k.label(lang)) } }
            }
            select name="element" aria-label=(lang.pick("要素", "element")) {
                option value="" { (lang.pick("全部要素", "all elements")) }
                @for e in &app.std.elements {
                    option value=(e.id.value) selected[form.element == e.id.value] { (e.id.value) " " (e.label(lang)) }
                }
            }
            input type="number" name="year" value=(form.year) placeholder=(lang.pick("年份", "year")) min="1990" max="2100" style="width:6.5em";
            input type="text" name="path" value=(form.path) placeholder=(lang.pick("文件夹", "folder")) style="width:9em";
            @if app.communities.len() > 1 {
                select name="community" {
                    option value="" { (lang.pick("全部社区", "all communities")) }
                    @for c in &app.communities { option value=(c) selected[form.community == *c] { (c) } }
                }
            }
            button type="submit" { (lang.pick("检索", "Search")) }
        }
        p.help { (lang.pick("多个词须同时出现；\"加引号\" 查精确短语；-词 排除；OR 表示或者。繁体、简体都能查到。", "All words must appear; \"quotes\" for an exact phrase; -word excludes; OR for either. Traditional and Simplified both match.")) }
        @if let Some(e) = error { div.error { (e) } }
        @if let Some(hits) = hits {
            p.meta id="count" { (match lang { Lang::Zh => format!("找到 {} 份文件", hits.len()), Lang::En => format!("{} documents", hits.len()) }) }
            ol.results { @for h in hits { (hit_item(app, h)) } }
        }
    };
    layout(app, lang.pick("证据检索", "Evidence search"), body)
}

/// One document: metadata, hash and text.
pub(crate) fn document(app: &App, doc: &StoredDoc) -> Markup {
    let lang = app.lang;
    let schema = ArchiveSchema::builtin();
    let indicator_title = |id: &str| {
        app.std
            .indicators()
            .find(|(_, i)| i.id.value == id)
            .map(|(_, i)| i.label(lang).to_string())
            .unwrap_or_default()
    };
    let body = html! {
        h1 { (doc.title) }
        table.meta {
            tr { th { (lang.pick("路径", "Path")) } td { (doc.path) } }
            @if app.communities.len() > 1 { tr { th { (lang.pick("社区", "Community")) } td { (doc.community) } } }
            tr { th { (lang.pick("类型", "Kind")) } td { (schema.label(&doc.kind, lang)) } }
            tr { th { (lang.pick("日期", "Date")) } td { (doc.date.as_deref().unwrap_or("—")) } }
            tr { th { (lang.pick("要素", "Elements")) } td {
                @for e in &doc.elements { div { (e) " " (element_title(app, e)) } }
            } }
            tr { th { (lang.pick("可佐证指标", "Indicators")) } td {
                @for i in &doc.indicators { div { (i) " " (indicator_title(i)) } }
            } }
            tr { th { "SHA-256" } td { code id="sha256" { (doc.sha256) } } }
            tr { th { (lang.pick("大小", "Size")) } td { (doc.size) " " (lang.pick("字节", "bytes")) } }
        }
        h2 { (lang.pick("正文", "Text")) }
        @if doc.text.trim().is_empty() {
            p.meta { (lang.pick("（此文件的正文未读取：照片、扫描件或暂不支持的格式）", "(no text read: a photo, a scan or a format not read yet)")) }
        } @else {
            pre.text { (doc.text) }
        }
    };
    layout(app, &doc.title, body)
}

/// Each element, its indicators and the documents that evidence them.
pub(crate) fn elements(app: &App) -> Markup {
    let lang = app.lang;
    let body = html! {
        h1 { (app.std.code) " " (lang.pick_opt(&app.std.title, app.std.title_en.as_deref())) }
        @for e in &app.std.elements {
            details {
                summary { (lang.pick("要素 ", "Element ")) (e.id.value) " " (e.label(lang)) }
                @for ind in &e.indicators {
                    @let req = SearchRequest { indicator: Some(ind.id.value.clone()), limit: 30, ..SearchRequest::default() };
                    @let hits = app.index.search(&req, lang).unwrap_or_default();
                    div.ind {
                        div { strong { (ind.id.value) } " " (ind.label(lang)) }
                        @if hits.is_empty() {
                            div.none { (lang.pick("未找到证据文件", "no evidence found")) }
                        } @else {
                            ul { @for h in &hits {
                                li { a href=(doc_link(&h.community, &h.path)) { (h.title) } span.path { " " (h.date.as_deref().unwrap_or("")) } }
                            } }
                        }
                    }
                }
            }
        }
    };
    layout(app, lang.pick("按要素浏览", "By element"), body)
}

/// A short page with a heading and a line.
pub(crate) fn message(app: &App, heading: &str, text: &str) -> Markup {
    layout(
        app,
        heading,
        html! { h1 { (heading) } p { (text) } p { a href="/" { (app.lang.pick("返回检索", "Back to search")) } } },
    )
}
