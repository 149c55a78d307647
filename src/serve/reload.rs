//! Live reload: the build state, its broadcast to open pages over
//! server-sent events, and the script the server injects into the HTML it
//! serves (never into what `depeche build` writes).
//!
//! Protocol on `GET /__depeche/events` (`text/event-stream`):
//!
//! - `hello` first on every connection: `{"server": id, "build": n,
//!   "error": null | message}`. A page keeps the first `server`/`build` it saw;
//!   when a reconnect brings other values it missed a rebuild (or the server
//!   restarted) and reloads. `error` shows the overlay at once on a page
//!   loaded while the last rebuild is failing.
//! - `reload` after a rebuild that changed the served site: `{"build": n,
//!   "rendered": pages, "written": files, "removed": files, "ms": elapsed}`.
//! - `build-error` when a rebuild fails: `{"message": text}`. Not named
//!   `error`, which `EventSource` fires by itself when the connection drops.
//! - a comment (`: ping`) every 15 s, so a dead connection is noticed.

use std::sync::Mutex;
use std::time::Duration;

use bytes::Bytes;
use tokio::sync::{broadcast, mpsc, watch};

use super::RebuildReport;
use super::http::Body;

/// Paths under this prefix belong to the server, not to the site.
pub const LIVE_PREFIX: &str = "/__depeche/";

/// The script's URL, as injected into pages.
pub(crate) const SCRIPT_PATH: &str = "/__depeche/live.js";
/// The event stream's URL; `live.js` names it too.
pub(crate) const EVENTS_PATH: &str = "/__depeche/events";

/// The client side: reconnecting `EventSource`, reload, error overlay.
pub(crate) const SCRIPT: &str = include_str!("live.js");

const PING: Duration = Duration::from_secs(15);

/// The state every open page is told about.
#[derive(Debug, Default)]
struct State {
    /// Counts rebuilds that changed the served site (and recoveries from errors).
    build: u64,
    /// The message of the last rebuild, when it failed.
    error: Option<String>,
}

/// Build state and the broadcast of its changes.
#[derive(Debug)]
pub(crate) struct Live {
    server: String,
    state: Mutex<State>,
    events: broadcast::Sender<Bytes>,
}

impl Live {
    pub(crate) fn new() -> Live {
        // Distinguishes this server from an earlier one on the same port, so
        // a page that reconnects to a restarted server reloads.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let server = format!("{:x}", nanos ^ u128::from(std::process::id()));
        Live {
            server,
            state: Mutex::new(State::default()),
            events: broadcast::channel(64).0,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A rebuild succeeded: pages reload if the site changed or an error
    /// overlay is showing.
    pub(crate) fn succeeded(&self, report: &RebuildReport) {
        let mut state = self.lock();
        if !report.changed_output() && state.error.is_none() {
            return;
        }
        state.build += 1;
        state.error = None;
        let stats = &report.build.stats;
        let data = serde_json::json!({
            "build": state.build,
            "rendered": report.rendered,
            "written": stats.written,
            "removed": stats.removed,
            "ms": report.build.elapsed.as_millis() as u64,
        });
        let _ = self.events.send(event("reload", &data));
    }

    /// A rebuild failed: the last good site stays; pages show `message`.
    pub(crate) fn failed(&self, message: &str) {
        let mut state = self.lock();
        state.error = Some(message.to_string());
        let data = serde_json::json!({ "message": message });
        let _ = self.events.send(event("build-error", &data));
    }

    /// The current error, if the last rebuild failed.
    #[cfg(test)]
    fn error(&self) -> Option<String> {
        self.lock().error.clone()
    }

    /// The `hello` event and a subscription taken together, so no event
    /// falls between the state it describes and the first one received.
    fn subscribe(&self) -> (Bytes, broadcast::Receiver<Bytes>) {
        let state = self.lock();
        (self.hello(&state), self.events.subscribe())
    }

    fn hello(&self, state: &State) -> Bytes {
        let data = serde_json::json!({
            "server": self.server,
            "build": state.build,
            "error": state.error,
        });
        event("hello", &data)
    }

    /// The body of an event-stream response. It ends when the client goes
    /// away or `stop` turns true (server shutdown).
    pub(crate) fn stream(self: &std::sync::Arc<Self>, mut stop: watch::Receiver<bool>) -> Body {
        let (tx, rx) = mpsc::channel::<Bytes>(16);
        let live = self.clone();
        tokio::spawn(async move {
            let (hello, mut events) = live.subscribe();
            let first = [Bytes::from_static(b"retry: 1000\n\n"), hello];
            for chunk in first {
                if tx.send(chunk).await.is_err() {
                    return;
                }
            }
            let mut ping = tokio::time::interval_at(tokio::time::Instant::now() + PING, PING);
            loop {
                let chunk = tokio::select! {
                    _ = super::http::stopped(&mut stop) => return,
                    _ = tx.closed() => return,
                    _ = ping.tick() => Bytes::from_static(b": ping\n\n"),
                    e = events.recv() => match e {
                        Ok(chunk) => chunk,
                        // Missed events: a fresh hello makes the page compare
                        // build numbers and reload if it fell behind.
                        Err(broadcast::error::RecvError::Lagged(_)) => {
                            let state = live.lock();
                            live.hello(&state)
                        }
                        Err(broadcast::error::RecvError::Closed) => return,
                    },
                };
                if tx.send(chunk).await.is_err() {
                    return;
                }
            }
        });
        Body::Stream(rx)
    }
}

/// One event in the event-stream format. JSON data never holds a raw
/// newline, so one `data:` line carries it.
fn event(name: &str, data: &serde_json::Value) -> Bytes {
    Bytes::from(format!("event: {name}\ndata: {data}\n\n"))
}

/// Adds the live-reload script to a page, before its last `</body>` (or at
/// the end when it has none).
pub(crate) fn inject(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\"></script>\n");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_last_body_end() {
        let page = b"<html><body><p>x</p>\n</BODY>\n</html>\n";
        let out = String::from_utf8(inject(page)).unwrap();
        assert_eq!(
            out,
            "<html><body><p>x</p>\n<script src=\"/__depeche/live.js\"></script>\n</BODY>\n</html>\n"
        );
        let bare = String::from_utf8(inject(b"<p>no body end</p>")).unwrap();
        assert!(bare.ends_with("<script src=\"/__depeche/live.js\"></script>\n"));
    }

    #[test]
    fn events_are_one_data_line_each() {
        let e = event(
            "build-error",
            &serde_json::json!({"message": "line 1\nline <2>"}),
        );
        let text = std::str::from_utf8(&e).unwrap();
        assert_eq!(
            text,
            "event: build-error\ndata: {\"message\":\"line 1\\nline <2>\"}\n\n"
        );
    }

    #[test]
    fn a_recovery_reloads_even_without_changed_files() {
        let live = Live::new();
        let (_, mut rx) = live.subscribe();
        let unchanged = RebuildReport {
            build: crate::site::BuildReport::default(),
            rendered: 0,
        };
        live.succeeded(&unchanged);
        assert!(rx.try_recv().is_err(), "nothing changed, nothing sent");
        live.failed("template base.html: oops");
        assert!(live.error().is_some());
        let sent = rx.try_recv().unwrap();
        assert!(sent.starts_with(b"event: build-error\n"));
        live.succeeded(&unchanged);
        let sent = rx.try_recv().unwrap();
        assert!(sent.starts_with(b"event: reload\n"));
        assert!(live.error().is_none());
    }
}
