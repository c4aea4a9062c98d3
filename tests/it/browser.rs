//! End to end in a real browser: `zicha serve` on a copy of the sample, headless Chromium searches
//! (the form submits by GET, so the URL is what a click on 检索 sends) and opens a result; archive
//! text cannot inject markup; paths cannot leave the index.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(archive: &Path, state: &Path) -> Server {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("zicha"))
        .args(["serve", "--port", "0", "--archive"])
        .arg(archive)
        .arg("--state")
        .arg(state)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .rsplit(' ')
        .next()
        .unwrap()
        .trim_end_matches('/')
        .to_string();
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");
    Server { child, base }
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

fn dump_dom(browser: &str, url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A bare HTTP GET: (status, body).
fn get(base: &str, path: &str) -> (u16, String) {
    let addr = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split(' ').nth(1).unwrap().parse().unwrap();
    (status, response)
}

#[test]
fn a_reviewer_searches_and_opens_a_result_in_chromium() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install chromium (.ci/run)"
        );
        eprintln!("chromium not installed: browser test skipped");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let server = start(&super::repo().join("fixtures/sample"), tmp.path());
    // Traditional script, filtered to drills of 2024: what a reviewer types into the form.
    let dom = dump_dom(
        browser,
        &format!(
            "{}/?q={}&kind=drill&year=2024",
            server.base,
            encode("應急演練")
        ),
    );
    assert!(dom.contains("找到"), "{dom}");
    let first = dom
        .split("class=\"title\" href=\"")
        .nth(1)
        .expect("a result link")
        .split('"')
        .next()
        .unwrap();
    let href = first.replace("&amp;", "&");
    assert!(href.starts_with("/doc?"), "{href}");
    assert!(dom.contains("<mark>"), "matched words are highlighted");
    // Open it.
    let doc = dump_dom(browser, &format!("{}{}", server.base, href));
    assert!(doc.contains("演练记录"), "{doc}");
    let hash = doc
        .split("id=\"sha256\">")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap();
    assert_eq!(hash.len(), 64, "{hash}");
    assert!(hash.chars().all(|c| c.is_ascii_hexdigit()));
    // The element view lists evidence under indicators.
    let elements = dump_dom(browser, &format!("{}/elements", server.base));
    assert!(
        elements.contains("应急预案和响应") && elements.contains("/doc?"),
        "{elements}"
    );
}

#[test]
fn archive_text_is_escaped_and_paths_cannot_escape() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    std::fs::create_dir(&archive).unwrap();
    // Plain text keeps every character, so the page must escape it.
    std::fs::write(
        archive.join("2024.5.1 <img src=x onerror=alert(1)>会议纪要.txt"),
        "# <script>alert('xss')</script>会议纪要\n参会人员：<b>张三</b>\n\"><iframe src=javascript:alert(2)>\n",
    )
    .unwrap();
    let server = start(&archive, &tmp.path().join("state"));
    let (status, page) = get(&server.base, &format!("/?q={}", encode("会议纪要")));
    assert_eq!(status, 200);
    assert!(
        !page.contains("<script>alert")
            && !page.contains("<img src=x")
            && !page.contains("<iframe"),
        "{page}"
    );
    assert!(
        page.contains("&lt;script&gt;") || page.contains("&lt;img"),
        "the text is shown, escaped"
    );
    assert!(
        page.contains("Content-Security-Policy")
            || page.to_lowercase().contains("content-security-policy")
    );
    for path in [
        "/doc?c=archive&p=../../../../etc/passwd",
        "/doc?c=archive&p=%2Fetc%2Fpasswd",
        "/..%2f..%2fetc/passwd",
        "/doc?c=..&p=..",
        "/static/../../etc/passwd",
    ] {
        let (status, body) = get(&server.base, path);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("root:x:0:0"), "{path}");
    }
    if let Some(browser) = chromium() {
        let first = {
            let (_, page) = get(&server.base, &format!("/?q={}", encode("会议纪要")));
            page.split("class=\"title\" href=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .replace("&amp;", "&")
        };
        let dom = dump_dom(browser, &format!("{}{}", server.base, first));
        assert!(
            !dom.contains("<script>alert") && !dom.contains("<iframe"),
            "{dom}"
        );
        assert!(dom.contains("&lt;script&gt;alert"), "{dom}");
    }
}

/// Traversal URLs, generated: every way of writing "up and out" (plain, percent-encoded, double-
/// encoded, overlong UTF-8, full-width, backslashes, `....//`, `..;/`) at several depths, towards a
/// file beside the archive, the state folder and `/etc/passwd`, through every route. None answers
/// with anything but a 4xx, and none leaks the file.
#[test]
fn generated_traversal_urls_never_leave_the_archive() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    std::fs::create_dir(&archive).unwrap();
    std::fs::write(
        archive.join("2024.5.1 促进委员会会议纪要.txt"),
        "促进委员会会议纪要\n时间：2024年5月1日\n",
    )
    .unwrap();
    const SECRET: &str = "ZICHA-SECRET-7f3a";
    std::fs::write(tmp.path().join("secret.txt"), SECRET).unwrap();
    let server = start(&archive, &tmp.path().join("state"));
    let (status, _) = get(
        &server.base,
        &format!(
            "/doc?c=archive&p={}",
            encode("2024.5.1 促进委员会会议纪要.txt")
        ),
    );
    assert_eq!(status, 200, "the document itself opens");
    let ups = [
        "../",
        "..%2f",
        "..%2F",
        "%2e%2e/",
        "%2e%2e%2f",
        "%2E%2E%2F",
        "..%5c",
        "..\\",
        "%252e%252e%252f",
        "..%c0%af",
        "%c0%ae%c0%ae/",
        "%ef%bc%8e%ef%bc%8e%ef%bc%8f",
        "....//",
        "..;/",
        "%2e%2e%5c",
        ".%2e/",
        "%2e./",
        "..%00/",
    ];
    let targets = ["secret.txt", "state/state.json", "etc/passwd"];
    let mut tried = 0;
    for up in ups {
        for depth in [1, 2, 4] {
            for target in targets {
                let out = format!("{}{target}", up.repeat(depth));
                for path in [
                    format!("/doc?c=archive&p={out}"),
                    format!("/doc?c={out}&p=secret.txt"),
                    format!("/{out}"),
                    format!("/elements/{out}"),
                ] {
                    let (status, body) = get(&server.base, &path);
                    assert!((400..500).contains(&status), "{path}: {status}");
                    assert!(
                        !body.contains(SECRET) && !body.contains("root:x:0:0"),
                        "{path} leaked a file"
                    );
                    tried += 1;
                }
            }
        }
    }
    assert_eq!(tried, 648);
}

/// A client that opens connections and trickles nothing (a slowloris) does not keep them: each is
/// closed once it has sent nothing for the idle limit, and others are answered meanwhile.
#[test]
fn idle_connections_are_closed_and_others_still_answered() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("archive");
    std::fs::create_dir(&archive).unwrap();
    std::fs::write(
        archive.join("会议纪要 2024-03-01.txt"),
        "领导小组例会纪要\n",
    )
    .unwrap();
    let server = start(&archive, &tmp.path().join("state"));
    let addr = server.base.trim_start_matches("http://").to_string();
    let idle: Vec<std::net::TcpStream> = (0..50)
        .map(|_| {
            let mut s = std::net::TcpStream::connect(&addr).unwrap();
            // Half a request line, and then nothing.
            s.write_all(b"GET / HTTP/1.1\r\nHost: x").unwrap();
            s
        })
        .collect();
    let (status, _) = get(&server.base, "/healthz");
    assert_eq!(status, 200);
    // The server closes them by itself (an end of stream or a reset), within its limit.
    for mut s in idle {
        s.set_read_timeout(Some(std::time::Duration::from_secs(40)))
            .unwrap();
        // Whatever it answers (a 408, or nothing) is read to the end it then makes.
        let mut answer = Vec::new();
        match s.read_to_end(&mut answer) {
            Ok(_) => {}
            Err(e) => assert!(
                e.kind() != std::io::ErrorKind::WouldBlock
                    && e.kind() != std::io::ErrorKind::TimedOut,
                "the server kept an idle connection open: {e}"
            ),
        }
    }
}
