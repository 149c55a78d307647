//! The static file server: hyper over tokio, HTTP/1.1.
//!
//! A request path is checked before it touches the file system: it is split
//! into segments *before* percent-decoding, so `%2f` can never make a
//! separator, and refused when a segment is `.` or `..` (raw or encoded),
//! holds a slash, a backslash or a NUL after decoding, or is empty inside the
//! path (`//etc`). What remains is joined under the site directory,
//! canonicalized (resolving symlinks) and served only if it is still inside
//! it. Directories are served by their `index.html`, never listed.

use std::convert::Infallible;
use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::{Frame, Incoming, SizeHint};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpSocket};
use tokio::sync::{mpsc, watch};

use super::ServeError;
use super::reload::{self, Live};

/// A response body: bytes in one piece, or an event stream.
#[derive(Debug)]
pub enum Body {
    Full(Option<Bytes>),
    Stream(mpsc::Receiver<Bytes>),
}

impl Body {
    fn full(bytes: impl Into<Bytes>) -> Body {
        Body::Full(Some(bytes.into()))
    }
}

impl hyper::body::Body for Body {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        match self.get_mut() {
            Body::Full(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Body::Stream(rx) => rx.poll_recv(cx).map(|c| c.map(|b| Ok(Frame::data(b)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, Body::Full(None))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            Body::Full(Some(b)) => SizeHint::with_exact(b.len() as u64),
            Body::Full(None) => SizeHint::with_exact(0),
            Body::Stream(_) => SizeHint::default(),
        }
    }
}

/// What the request handler needs: where the site is, under which path,
/// and the live-reload state.
pub(crate) struct Site {
    /// Canonical path of the built site.
    dir: PathBuf,
    /// Segments of the base path (`/archive/` → `["archive"]`).
    base: Vec<String>,
    live: Arc<Live>,
    stop: watch::Receiver<bool>,
}

impl Site {
    pub(crate) fn new(
        dir: PathBuf,
        base_path: String,
        live: Arc<Live>,
        stop: watch::Receiver<bool>,
    ) -> Site {
        let base = base_path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        Site {
            dir,
            base,
            live,
            stop,
        }
    }
}

/// Binds with a deep accept queue: a burst of connections (a browser
/// opening a page, a load test) waits in the kernel instead of being reset.
pub(crate) async fn bind(addr: SocketAddr) -> Result<TcpListener, ServeError> {
    let fail = |source: io::Error| ServeError::Bind {
        addr,
        hint: if source.kind() == io::ErrorKind::AddrInUse {
            " (is another server running? choose another --port; 0 picks a free one)"
        } else {
            ""
        },
        source,
    };
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()
    } else {
        TcpSocket::new_v6()
    }
    .map_err(fail)?;
    // Lets a restarted server take its port back while old connections linger
    // in TIME_WAIT (on Windows this flag means something else).
    #[cfg(unix)]
    socket.set_reuseaddr(true).map_err(fail)?;
    socket.bind(addr).map_err(fail)?;
    socket.listen(1024).map_err(fail)
}

/// Accepts connections until the stop signal, then lets requests in flight
/// finish (event streams end on the same signal) for up to three seconds.
pub(crate) async fn accept_loop(listener: TcpListener, site: Arc<Site>) {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(30));
    let mut stop = site.stop.clone();
    loop {
        tokio::select! {
            _ = stopped(&mut stop) => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    let _ = stream.set_nodelay(true);
                    let site = site.clone();
                    let service = hyper::service::service_fn(move |req| {
                        let site = site.clone();
                        async move { Ok::<_, Infallible>(handle(req, &site).await) }
                    });
                    let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
                    tokio::spawn(async move {
                        let _ = conn.await;
                    });
                }
                // Out of file descriptors, typically: wait for some to close
                // rather than spin.
                Err(e) => {
                    eprintln!("warning: accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
        }
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(3), graceful.shutdown()).await;
}

/// Resolves once the server is told to stop.
pub(crate) async fn stopped(stop: &mut watch::Receiver<bool>) {
    // An error means the sender is gone: stopping too.
    let _ = stop.wait_for(|s| *s).await;
}

/// Why a request path is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotAbsolute,
    EmptySegment,
    DotSegment,
    EncodedSeparator,
    Nul,
    NotUtf8,
}

impl Refusal {
    fn message(self) -> &'static str {
        match self {
            Refusal::NotAbsolute => "the request path must start with /",
            Refusal::EmptySegment => "empty segment (//) in the request path",
            Refusal::DotSegment => "`.` or `..` in the request path",
            Refusal::EncodedSeparator => "slash or backslash inside a path segment",
            Refusal::Nul => "NUL in the request path",
            Refusal::NotUtf8 => "the request path is not UTF-8",
        }
    }
}

/// A request path, checked and decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestPath {
    pub segments: Vec<String>,
    /// The path ends with `/` (or is `/`).
    pub dir: bool,
}

/// Splits and decodes a raw request path (as it came on the request line,
/// without the query), refusing everything that could name a file outside
/// the site directory once joined to it.
pub fn parse_path(raw: &str) -> Result<RequestPath, Refusal> {
    let rest = raw.strip_prefix('/').ok_or(Refusal::NotAbsolute)?;
    let dir = rest.is_empty() || rest.ends_with('/');
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let mut segments = Vec::new();
    if rest.is_empty() {
        return Ok(RequestPath { segments, dir });
    }
    for raw_segment in rest.split('/') {
        if raw_segment.is_empty() {
            return Err(Refusal::EmptySegment);
        }
        let segment = percent_encoding::percent_decode_str(raw_segment)
            .decode_utf8()
            .map_err(|_| Refusal::NotUtf8)?;
        if segment == "." || segment == ".." {
            return Err(Refusal::DotSegment);
        }
        if segment.contains(['/', '\\']) {
            return Err(Refusal::EncodedSeparator);
        }
        if segment.contains('\0') {
            return Err(Refusal::Nul);
        }
        segments.push(segment.into_owned());
    }
    Ok(RequestPath { segments, dir })
}

/// Where a checked path leads in the site directory.
#[derive(Debug, PartialEq, Eq)]
enum Located {
    File(PathBuf),
    /// A directory asked for without its trailing slash.
    Directory,
    NotFound,
    /// Resolves (through a symlink) outside the site directory.
    Outside,
}

fn locate(dir: &Path, segments: &[String], want_dir: bool) -> Located {
    let mut path = dir.to_path_buf();
    path.extend(segments);
    let resolve = |p: &Path| match p.canonicalize() {
        Ok(c) if c.starts_with(dir) => Ok(c),
        Ok(_) => Err(Located::Outside),
        Err(_) => Err(Located::NotFound),
    };
    let path = match resolve(&path) {
        Ok(p) => p,
        Err(f) => return f,
    };
    if path.is_dir() {
        if !want_dir {
            return Located::Directory;
        }
        match resolve(&path.join("index.html")) {
            Ok(index) if index.is_file() => Located::File(index),
            Ok(_) => Located::NotFound,
            Err(f) => f,
        }
    } else if want_dir {
        Located::NotFound
    } else {
        Located::File(path)
    }
}

/// `Content-Type` for a file; text types say their charset (the builder
/// writes UTF-8).
pub fn content_type(path: &Path) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let essence = mime.essence_str();
    let textual = mime.type_() == mime_guess::mime::TEXT
        || mime.suffix() == Some(mime_guess::mime::XML)
        || mime.suffix() == Some(mime_guess::mime::JSON)
        || matches!(
            essence,
            "application/javascript" | "application/json" | "application/xml"
        );
    if textual {
        format!("{essence}; charset=utf-8")
    } else {
        essence.to_string()
    }
}

const HTML: &str = "text/html; charset=utf-8";
const PLAIN: &str = "text/plain; charset=utf-8";

/// Served for a missing page when the site has no `404.html` (yet: the
/// first build may have failed).
const FALLBACK_404: &str = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body><h1>Not found</h1><p>No page at this address.</p></body></html>\n";

async fn handle(req: Request<Incoming>, site: &Arc<Site>) -> Response<Body> {
    let head = req.method() == Method::HEAD;
    if req.method() != Method::GET && !head {
        let mut r = text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return r;
    }
    let raw = req.uri().path();
    let path = match parse_path(raw) {
        Ok(p) => p,
        Err(refusal) => {
            return finish(
                text(StatusCode::BAD_REQUEST, format!("{}\n", refusal.message())),
                head,
            );
        }
    };
    let query = req
        .uri()
        .query()
        .map(|q| format!("?{q}"))
        .unwrap_or_default();
    let response = if path.segments.first().map(String::as_str) == Some("__depeche") {
        live_endpoint(&path.segments[1..], site, head)
    } else if let Some(rest) = path.segments.strip_prefix(site.base.as_slice()) {
        // `/archive` (base path `/archive/`) is the site's root directory,
        // redirected like any directory asked for without its slash.
        serve_file(site, rest.to_vec(), path.dir, format!("{raw}/{query}")).await
    } else if path.segments.is_empty() {
        // The site lives under a sub-path: send `/` there.
        let base = format!("/{}/", site.base.join("/"));
        redirect(StatusCode::FOUND, &base)
    } else {
        not_found(site).await
    };
    finish(response, head)
}

fn live_endpoint(rest: &[String], site: &Arc<Site>, head: bool) -> Response<Body> {
    let name = rest.join("/");
    let mut r = if format!("{}{name}", reload::LIVE_PREFIX) == reload::SCRIPT_PATH {
        let mut r = Response::new(Body::full(reload::SCRIPT));
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/javascript; charset=utf-8"),
        );
        r
    } else if format!("{}{name}", reload::LIVE_PREFIX) == reload::EVENTS_PATH {
        let body = if head {
            Body::Full(None)
        } else {
            site.live.stream(site.stop.clone())
        };
        let mut r = Response::new(body);
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/event-stream; charset=utf-8"),
        );
        r.headers_mut()
            .insert("x-accel-buffering", HeaderValue::from_static("no"));
        r
    } else {
        text(StatusCode::NOT_FOUND, "no such live-reload endpoint\n")
    };
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn serve_file(
    site: &Arc<Site>,
    rest: Vec<String>,
    dir: bool,
    slashed: String,
) -> Response<Body> {
    let root = site.dir.clone();
    let found = tokio::task::spawn_blocking(move || {
        let found = locate(&root, &rest, dir);
        match found {
            Located::File(path) => match std::fs::read(&path) {
                Ok(bytes) => Ok((path, bytes)),
                // Removed by a rebuild between the lookup and the read.
                Err(_) => Err(Located::NotFound),
            },
            other => Err(other),
        }
    })
    .await
    .unwrap_or(Err(Located::NotFound));
    match found {
        Ok((path, bytes)) => {
            let kind = content_type(&path);
            page(StatusCode::OK, kind, bytes)
        }
        Err(Located::Directory) => redirect(StatusCode::MOVED_PERMANENTLY, &slashed),
        Err(Located::Outside) => text(StatusCode::FORBIDDEN, "this path leads outside the site\n"),
        Err(_) => not_found(site).await,
    }
}

/// The theme's `404.html`, with status 404.
async fn not_found(site: &Arc<Site>) -> Response<Body> {
    let path = site.dir.join("404.html");
    let bytes = tokio::fs::read(&path)
        .await
        .unwrap_or_else(|_| FALLBACK_404.as_bytes().to_vec());
    page(StatusCode::NOT_FOUND, HTML.to_string(), bytes)
}

/// A response from site bytes; HTML gets the live-reload script.
fn page(status: StatusCode, kind: String, bytes: Vec<u8>) -> Response<Body> {
    let bytes = if kind.starts_with("text/html") {
        reload::inject(&bytes)
    } else {
        bytes
    };
    let mut r = Response::new(Body::full(bytes));
    *r.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(&kind) {
        r.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    r
}

fn text(status: StatusCode, message: impl Into<String>) -> Response<Body> {
    let mut r = Response::new(Body::full(message.into()));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PLAIN));
    r
}

fn redirect(status: StatusCode, location: &str) -> Response<Body> {
    let mut r = text(status, format!("see {location}\n"));
    if let Ok(v) = HeaderValue::from_str(location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

/// Headers common to every response; a HEAD response keeps the length of
/// the body it leaves out.
fn finish(mut r: Response<Body>, head: bool) -> Response<Body> {
    let headers = r.headers_mut();
    // A preview must show the latest build: nothing is cached.
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if head && let Body::Full(Some(bytes)) = r.body() {
        let len = HeaderValue::from(bytes.len());
        r.headers_mut().insert(header::CONTENT_LENGTH, len);
        *r.body_mut() = Body::Full(None);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(raw: &str) -> Vec<String> {
        parse_path(raw).unwrap().segments
    }

    #[test]
    fn plain_paths_decode() {
        assert_eq!(
            parse_path("/").unwrap(),
            RequestPath {
                segments: vec![],
                dir: true
            }
        );
        assert_eq!(segs("/fr/panne/"), ["fr", "panne"]);
        assert!(parse_path("/fr/panne/").unwrap().dir);
        assert!(!parse_path("/style.css").unwrap().dir);
        assert_eq!(segs("/a%20b/caf%C3%A9"), ["a b", "café"]);
        // A dot inside a name is a name.
        assert_eq!(segs("/rss.xml"), ["rss.xml"]);
        assert_eq!(segs("/..a/b.."), ["..a", "b.."]);
    }

    #[test]
    fn traversal_is_refused() {
        use Refusal::*;
        for (raw, why) in [
            ("/../etc/passwd", DotSegment),
            ("/fr/../../etc/passwd", DotSegment),
            ("/%2e%2e/etc/passwd", DotSegment),
            ("/%2E%2E/etc/passwd", DotSegment),
            ("/.%2e/etc/passwd", DotSegment),
            ("/./index.html", DotSegment),
            ("/..", DotSegment),
            ("/%2e%2e%2fetc%2fpasswd", EncodedSeparator),
            ("/fr%2f..%2f..%2fetc", EncodedSeparator),
            ("/..%5c..%5cetc", EncodedSeparator),
            ("/..\\..\\etc", EncodedSeparator),
            ("//etc/passwd", EmptySegment),
            ("/fr//x", EmptySegment),
            ("/index.html%00.css", Nul),
            ("/%ff", NotUtf8),
            ("etc/passwd", NotAbsolute),
            ("*", NotAbsolute),
        ] {
            assert_eq!(parse_path(raw), Err(why), "{raw}");
        }
    }

    #[test]
    fn locate_stays_inside_and_serves_index_files() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap();
        let site = root.join("site");
        std::fs::create_dir_all(site.join("fr/a")).unwrap();
        std::fs::create_dir_all(site.join("empty")).unwrap();
        std::fs::write(site.join("fr/a/index.html"), "a").unwrap();
        std::fs::write(root.join("secret.txt"), "secret").unwrap();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            locate(&site, &s(&["fr", "a"]), true),
            Located::File(site.join("fr/a/index.html"))
        );
        assert_eq!(locate(&site, &s(&["fr", "a"]), false), Located::Directory);
        assert_eq!(locate(&site, &s(&["empty"]), true), Located::NotFound);
        assert_eq!(locate(&site, &s(&["nope"]), false), Located::NotFound);
        assert_eq!(
            locate(&site, &s(&["fr", "a", "index.html"]), true),
            Located::NotFound
        );
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("secret.txt"), site.join("leak.txt")).unwrap();
            std::os::unix::fs::symlink(&root, site.join("up")).unwrap();
            std::os::unix::fs::symlink(site.join("fr/a/index.html"), site.join("inside.html"))
                .unwrap();
            assert_eq!(locate(&site, &s(&["leak.txt"]), false), Located::Outside);
            assert_eq!(
                locate(&site, &s(&["up", "secret.txt"]), false),
                Located::Outside
            );
            assert_eq!(
                locate(&site, &s(&["inside.html"]), false),
                Located::File(site.join("fr/a/index.html"))
            );
        }
    }

    #[test]
    fn text_types_carry_a_charset() {
        for (file, want) in [
            ("index.html", "text/html; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("rss.xml", "text/xml; charset=utf-8"),
            ("robots.txt", "text/plain; charset=utf-8"),
            ("logo.svg", "image/svg+xml; charset=utf-8"),
            ("index.json", "application/json; charset=utf-8"),
            ("photo.jpg", "image/jpeg"),
            ("font.woff2", "font/woff2"),
            ("LICENSE", "application/octet-stream"),
        ] {
            assert_eq!(content_type(Path::new(file)), want, "{file}");
        }
    }
}
