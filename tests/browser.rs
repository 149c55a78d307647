//! `depeche serve` in a real browser: headless Chromium, driven over the
//! DevTools protocol, keeps a page of the server open while the test edits
//! the site on disk; the page must update by itself.
//!
//! Without Chromium the test prints a SKIP line and passes, unless
//! `DEPECHE_REQUIRE_BROWSER=1` (set by `.ci/run`, which installs it).

mod common;
mod live;

use std::fs;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use live::*;
use serde_json::{Value, json};

const NAMES: [&str; 4] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// `$DEPECHE_CHROMIUM`, else the first Chromium on `PATH`.
fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DEPECHE_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| NAMES.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// A headless Chromium with its own profile; killed on drop.
struct Browser {
    child: Child,
    profile: tempfile::TempDir,
    port: u16,
}

impl Browser {
    fn launch(chromium: &Path, url: &str) -> Browser {
        let profile = tempfile::tempdir().expect("profile dir");
        let log = fs::File::create(profile.path().join("chromium.log")).expect("log file");
        let child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(url)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", chromium.display()));
        let mut browser = Browser {
            child,
            profile,
            port: 0,
        };
        // Chromium writes the port it chose into the profile.
        let file = browser.profile.path().join("DevToolsActivePort");
        browser.port = browser.wait("the DevTools port", || {
            fs::read_to_string(&file)
                .ok()?
                .lines()
                .next()?
                .trim()
                .parse()
                .ok()
        });
        browser
    }

    /// Like [`wait_for`], but shows Chromium's log when it fails or exits.
    fn wait<T>(&mut self, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(v) = check() {
                return v;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "chromium exited ({status}) waiting for {what}:\n{}",
                    self.log()
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "timed out waiting for {what}; chromium's log:\n{}",
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn log(&self) -> String {
        fs::read_to_string(self.profile.path().join("chromium.log")).unwrap_or_default()
    }

    /// The DevTools connection of the tab showing `url`.
    fn page(&mut self, url: &str) -> Page {
        let list = format!("http://127.0.0.1:{}/json/list", self.port);
        let ws = self.wait("the page's DevTools target", || {
            let targets: Value = serde_json::from_str(&get(&list).body).ok()?;
            targets.as_array()?.iter().find_map(|t| {
                (t["type"] == "page" && t["url"].as_str()?.starts_with(url))
                    .then(|| t["webSocketDebuggerUrl"].as_str().map(str::to_string))?
            })
        });
        let (socket, _) = tungstenite::connect(ws.as_str()).expect("DevTools websocket");
        if let tungstenite::stream::MaybeTlsStream::Plain(tcp) = socket.get_ref() {
            tcp.set_read_timeout(Some(PATIENCE)).expect("timeout");
        }
        Page { socket, next_id: 0 }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Page {
    socket: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<TcpStream>>,
    next_id: u64,
}

impl Page {
    /// Evaluates `expression` in the page; `None` while the page is between
    /// documents (reloading) or the expression throws.
    fn eval(&mut self, expression: &str) -> Option<Value> {
        self.next_id += 1;
        let id = self.next_id;
        let call = json!({
            "id": id,
            "method": "Runtime.evaluate",
            "params": {"expression": expression, "returnByValue": true},
        });
        self.socket
            .send(tungstenite::Message::text(call.to_string()))
            .expect("send to DevTools");
        loop {
            let msg = self.socket.read().expect("read from DevTools");
            let Ok(text) = msg.to_text() else { continue };
            let reply: Value = serde_json::from_str(text).ok()?;
            if reply["id"] != id {
                continue; // an event
            }
            if reply.get("error").is_some() || reply["result"].get("exceptionDetails").is_some() {
                return None;
            }
            return Some(reply["result"]["result"]["value"].clone());
        }
    }

    /// Waits until `expression` evaluates to `want`; panics with the last
    /// value seen.
    fn wait_until(&mut self, what: &str, expression: &str, want: Value) {
        let deadline = Instant::now() + PATIENCE;
        let mut last = None;
        loop {
            let got = self.eval(expression);
            if got.as_ref() == Some(&want) {
                return;
            }
            last = got.or(last);
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}: {expression} is {last:?}, not {want}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[test]
fn an_open_page_updates_itself_after_edits_and_shows_build_errors() {
    let Some(chromium) = find_chromium() else {
        if std::env::var("DEPECHE_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!("DEPECHE_REQUIRE_BROWSER=1 but no Chromium found (apt-get install chromium)");
        }
        println!(
            "SKIP browser test: no chromium on PATH (apt-get install chromium, or set DEPECHE_CHROMIUM)"
        );
        return;
    };
    let site = small_site();
    let template = fs::read_to_string(common::repo().join("themes/default/templates/article.html"))
        .expect("theme template");
    let override_path = site.path().join("templates/article.html");
    fs::create_dir_all(override_path.parent().unwrap()).unwrap();
    fs::write(&override_path, &template).unwrap();
    let server = start(site.path());
    let url = article_url(&server, "Bank app outage locks out customers").expect("article");

    let mut browser = Browser::launch(&chromium, &url);
    let mut page = browser.page(&url);
    page.wait_until(
        "the article page",
        "document.querySelector('h1') && document.querySelector('h1').textContent",
        json!("Bank app outage locks out customers"),
    );
    // Wait for the page's event stream, so the edit below is not missed.
    page.wait_until(
        "the live-reload script to connect",
        "!!window.__depecheLive && window.__depecheLive.seen !== null",
        json!(true),
    );

    // Edit the article's body on disk; the open page shows it by itself.
    save(
        &site.path().join("content/en/bank.md"),
        &article(
            "Bank app outage locks out customers",
            "Customers of the bank could not log in for nine hours after a faulty update.",
        ),
    );
    page.wait_until(
        "the edited text in the open page",
        "document.body.innerText.includes('nine hours after a faulty update')",
        json!(true),
    );
    let navigation = page.eval("performance.getEntriesByType('navigation')[0].type");
    assert_eq!(
        navigation,
        Some(json!("reload")),
        "the page reloaded itself"
    );

    // Break the template: the page keeps its content and shows the error,
    // as text even where it quotes markup.
    save(
        &override_path,
        template
            .replace(
                "{{ article.headline }}",
                "{{ article.headline <b>oops</b> }}",
            )
            .as_bytes(),
    );
    page.wait_until(
        "the error overlay",
        "!!document.getElementById('__depeche-overlay') && \
         document.getElementById('__depeche-overlay').textContent.includes('article.html')",
        json!(true),
    );
    let overlay = page
        .eval("document.getElementById('__depeche-overlay').textContent")
        .expect("overlay text");
    assert!(
        overlay.as_str().unwrap_or("").contains("<b>oops</b>"),
        "{overlay}"
    );
    assert_eq!(
        page.eval("document.querySelectorAll('#__depeche-overlay b').length"),
        Some(json!(0)),
        "the message is not parsed as HTML"
    );
    assert_eq!(
        page.eval("document.querySelector('h1').textContent"),
        Some(json!("Bank app outage locks out customers")),
        "the last good page stays"
    );

    // Fix it: the overlay goes and the new template shows.
    save(
        &override_path,
        template.replace("<h1>", "<h1 class=\"fixed\">").as_bytes(),
    );
    page.wait_until(
        "the fixed page",
        "!document.getElementById('__depeche-overlay') && !!document.querySelector('h1.fixed')",
        json!(true),
    );
}
