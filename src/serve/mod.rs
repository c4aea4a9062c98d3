//! `zicha serve`: a local, read-only web page for reviewers — a search box with filters, results
//! with highlighted passages, a document view (metadata, text, hash) and a browse-by-element view.
//! Everything is embedded (no CDN); all archive text is escaped (maud); documents are looked up in
//! the index by key, never opened by a path from the URL, so nothing outside the archive is served.

mod guard;
mod pages;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::index::{SearchIndex, SearchRequest};
use crate::standard::Standard;

/// What the server needs.
pub struct ServeOptions {
    /// The index to serve (already up to date).
    pub index: SearchIndex,
    /// The standard, for element and indicator names.
    pub standard: Standard,
    /// Language of the page.
    pub lang: Lang,
    /// Where to listen (127.0.0.1 by default).
    pub addr: SocketAddr,
}

pub(crate) struct App {
    pub index: SearchIndex,
    pub std: Standard,
    pub lang: Lang,
    pub communities: Vec<String>,
}

/// Form fields of the search page; empty fields are absent.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct SearchForm {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub element: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub path: String,
    #[serde(default)]
    pub community: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct DocQuery {
    #[serde(default)]
    pub c: String,
    #[serde(default)]
    pub p: String,
}

fn some(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Serves until the process is stopped. Prints the address it listens on first.
pub fn serve(options: ServeOptions) -> Result<()> {
    let communities = options
        .index
        .sources()
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    let app = Arc::new(App {
        index: options.index,
        std: options.standard,
        lang: options.lang,
        communities,
    });
    let router = Router::new()
        .route("/", get(search_page))
        .route("/doc", get(doc_page))
        .route("/elements", get(elements_page))
        .route("/healthz", get(|| async { "ok" }))
        .fallback(not_found)
        .with_state(app.clone());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Other(e.to_string()))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(options.addr)
            .await
            .map_err(|e| Error::Other(format!("{}: {e}", options.addr)))?;
        let local = listener
            .local_addr()
            .map_err(|e| Error::Other(e.to_string()))?;
        println!(
            "{} http://{local}/",
            app.lang.pick(
                "zicha 检索页面已启动（只读，按 Ctrl-C 结束）：",
                "zicha is serving (read-only; Ctrl-C stops it):"
            )
        );
        axum::serve(guard::GuardedListener::new(listener), router)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| Error::Other(e.to_string()))
    })
}

/// Security headers on every page: nothing but this origin, no sniffing, no framing.
fn page(status: StatusCode, markup: maud::Markup) -> Response {
    let mut r = (status, markup).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    r
}

/// Searches and pages built at once: each may read a large stored document, so past this many
/// the next waits its turn instead of adding its memory to the others'.
fn work_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(cores * 2)
    })
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let _turn = work_slots().acquire().await.ok()?;
    tokio::task::spawn_blocking(f).await.ok()
}

async fn search_page(State(app): State<Arc<App>>, Query(form): Query<SearchForm>) -> Response {
    let searching = [
        &form.q,
        &form.kind,
        &form.element,
        &form.year,
        &form.path,
        &form.community,
    ]
    .iter()
    .any(|s| !s.trim().is_empty());
    let req = SearchRequest {
        query: form.q.clone(),
        kind: some(&form.kind),
        element: some(&form.element),
        indicator: None,
        year: form.year.trim().parse().ok(),
        from: None,
        to: None,
        path: some(&form.path),
        community: some(&form.community),
        limit: 50,
    };
    let worker = app.clone();
    let result = if searching {
        blocking(move || worker.index.search(&req, worker.lang))
            .await
            .map(|r| r.map(Some))
    } else {
        Some(Ok(None))
    };
    match result {
        Some(Ok(hits)) => page(
            StatusCode::OK,
            pages::search(&app, &form, hits.as_deref(), None),
        ),
        Some(Err(e)) => page(
            StatusCode::BAD_REQUEST,
            pages::search(&app, &form, None, Some(&e.render(app.lang))),
        ),
        None => page(
            StatusCode::INTERNAL_SERVER_ERROR,
            pages::message(&app, "500", ""),
        ),
    }
}

async fn doc_page(State(app): State<Arc<App>>, Query(q): Query<DocQuery>) -> Response {
    let worker = app.clone();
    match blocking(move || worker.index.get(&q.c, &q.p))
        .await
        .flatten()
    {
        Some(doc) => page(StatusCode::OK, pages::document(&app, &doc)),
        None => not_found_page(&app),
    }
}

async fn elements_page(State(app): State<Arc<App>>) -> Response {
    let worker = app.clone();
    match blocking(move || pages::elements(&worker)).await {
        Some(markup) => page(StatusCode::OK, markup),
        None => page(
            StatusCode::INTERNAL_SERVER_ERROR,
            pages::message(&app, "500", ""),
        ),
    }
}

async fn not_found(State(app): State<Arc<App>>) -> Response {
    not_found_page(&app)
}

fn not_found_page(app: &App) -> Response {
    page(
        StatusCode::NOT_FOUND,
        pages::message(
            app,
            app.lang.pick("找不到该页面或文件", "Not found"),
            app.lang
                .pick("该文件不在索引中。", "That document is not in the index."),
        ),
    )
}
