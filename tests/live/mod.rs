//! Helpers for the tests of `depeche serve`: a running server on a temp
//! site, an HTTP client, raw requests, an event-stream reader, waiting.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use depeche::serve::{ServeOptions, Server};

/// How long any wait may take: CI is a loaded 2-core machine, and a wait
/// that succeeds returns as soon as its condition holds.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// An article as Markdown with front matter.
pub fn article(title: &str, body: &str) -> Vec<u8> {
    format!(
        "+++\ntitle = \"{title}\"\ndate = 2024-07-19\nlang = \"en\"\nsource = \"Wire Report\"\n+++\n\n\
         {body}\n\nEngineers restored service by the evening, the operator said in a statement.\n"
    )
    .into_bytes()
}

pub const CONFIG: &str = "title = \"Serve test\"\ndefault_language = \"en\"\n";

/// A small site of three English articles.
pub fn small_site() -> tempfile::TempDir {
    crate::common::site(
        CONFIG,
        &[
            (
                "en/grid.md",
                &article(
                    "Grid failure darkens the city",
                    "A substation fault cut power to most of the city on Friday morning.",
                ),
            ),
            (
                "en/bank.md",
                &article(
                    "Bank app outage locks out customers",
                    "Customers of the bank could not log in for six hours after an update.",
                ),
            ),
            (
                "en/mail.md",
                &article(
                    "Mail service stalls for a day",
                    "Messages queued for a whole day while the provider repaired its storage.",
                ),
            ),
        ],
    )
}

pub fn options(root: &Path) -> ServeOptions {
    ServeOptions {
        root: root.to_path_buf(),
        port: 0,
        quiet: true,
        ..ServeOptions::default()
    }
}

pub fn start(root: &Path) -> Server {
    Server::start(&options(root)).expect("server starts")
}

/// A response, read whole.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A client that follows no redirects and treats every status as an answer.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .max_redirects(0)
        .http_status_as_error(false)
        .timeout_global(Some(PATIENCE))
        .build()
        .new_agent()
}

fn read(resp: ureq::http::Response<ureq::Body>) -> Resp {
    let status = resp.status().as_u16();
    let headers = resp
        .headers()
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let body = resp
        .into_body()
        .read_to_string()
        .expect("response body as text");
    Resp {
        status,
        headers,
        body,
    }
}

pub fn get_with(agent: &ureq::Agent, url: &str) -> Resp {
    read(
        agent
            .get(url)
            .call()
            .unwrap_or_else(|e| panic!("GET {url}: {e}")),
    )
}

pub fn get(url: &str) -> Resp {
    get_with(&agent(), url)
}

pub fn head(url: &str) -> Resp {
    read(
        agent()
            .head(url)
            .call()
            .unwrap_or_else(|e| panic!("HEAD {url}: {e}")),
    )
}

/// Sends `request` as it is (no client normalises its path) and returns
/// the status code and the whole response text.
pub fn raw(addr: SocketAddr, request: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    stream.write_all(request.as_bytes()).expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read response");
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    (status, text)
}

/// `GET {path}` over a raw connection.
pub fn raw_get(addr: SocketAddr, path: &str) -> (u16, String) {
    raw(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
    )
}

/// One server-sent event.
#[derive(Debug, Clone)]
pub struct Event {
    pub name: String,
    pub data: serde_json::Value,
}

/// An open `/__depeche/events` stream, read on its own thread.
pub struct Events {
    rx: mpsc::Receiver<Option<Event>>,
}

impl Events {
    /// Connects and waits for the `hello` event.
    pub fn open(server: &Server) -> (Events, Event) {
        let url = format!("http://{}/__depeche/events", server.addr());
        let resp = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .new_agent()
            .get(&url)
            .call()
            .expect("open the event stream");
        assert_eq!(resp.status(), 200);
        let kind = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        assert!(kind.starts_with("text/event-stream"), "{kind}");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let reader = BufReader::new(resp.into_body().into_reader());
            let (mut name, mut data) = (String::new(), String::new());
            for line in reader.lines() {
                let Ok(line) = line else { break };
                if let Some(v) = line.strip_prefix("event: ") {
                    name = v.to_string();
                } else if let Some(v) = line.strip_prefix("data: ") {
                    data.push_str(v);
                } else if line.is_empty() && !name.is_empty() {
                    let event = Event {
                        name: std::mem::take(&mut name),
                        data: serde_json::from_str(&std::mem::take(&mut data))
                            .expect("event data is JSON"),
                    };
                    if tx.send(Some(event)).is_err() {
                        return;
                    }
                }
            }
            let _ = tx.send(None);
        });
        let mut events = Events { rx };
        let hello = events.next(&["hello"]);
        (events, hello)
    }

    /// The next event named one of `names` (others are skipped); panics
    /// after [`PATIENCE`] or when the stream ends.
    pub fn next(&mut self, names: &[&str]) -> Event {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(Some(e)) if names.contains(&e.name.as_str()) => return e,
                Ok(Some(_)) => {}
                Ok(None) => panic!("event stream ended while waiting for {names:?}"),
                Err(_) => panic!("no {names:?} event within {PATIENCE:?}"),
            }
        }
    }

    /// Whether the stream ends (the server closed it) within `within`.
    pub fn ends_within(&mut self, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(Some(_)) => {}
                Ok(None) => return true,
                Err(mpsc::RecvTimeoutError::Disconnected) => return true,
                Err(mpsc::RecvTimeoutError::Timeout) => return false,
            }
        }
    }
}

/// Polls `check` until it returns `Some`, for at most [`PATIENCE`].
pub fn wait_for<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(v) = check() {
            return v;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `(href, headline)` of every article card of a home or language page.
pub fn cards(html: &str) -> Vec<(String, String)> {
    html.split("<h2 class=\"card-title\"><a href=\"")
        .skip(1)
        .filter_map(|rest| {
            let href = rest.split('"').next()?;
            let title = crate::common::between(rest, ">", "</a>")?;
            Some((
                crate::common::unescape(href),
                crate::common::unescape(title),
            ))
        })
        .collect()
}

/// The URL of the article with `headline` on the server's home page.
pub fn article_url(server: &Server, headline: &str) -> Option<String> {
    let home = get(server.url());
    cards(&home.body)
        .into_iter()
        .find(|(_, h)| h == headline)
        .map(|(href, _)| format!("http://{}{href}", server.addr()))
}

/// Writes a file so a watcher sees one complete write: into a temp file
/// beside it, then renamed over it, as many editors save.
pub fn save(path: &Path, bytes: &[u8]) {
    let dir = path.parent().expect("parent");
    std::fs::create_dir_all(dir).expect("dirs");
    let tmp = dir.join(format!(
        ".{}.tmp",
        path.file_name().expect("name").to_string_lossy()
    ));
    std::fs::write(&tmp, bytes).expect("write");
    std::fs::rename(&tmp, path).expect("rename");
}
