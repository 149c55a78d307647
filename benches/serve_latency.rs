//! Save-to-reload latency of `depeche serve`: starts the server (through the
//! library, on a free port) on a site, listens to its event stream like an
//! open page, and edits one article N times, timing each save until the
//! `reload` event arrives. Restores the article afterwards.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- 10000 /tmp/g10k
//! cargo run --release --example serve_latency -- /tmp/g10k [EDITS] [ARTICLE]
//! ```
//!
//! EDITS defaults to 10; ARTICLE (relative to the site root) to the first
//! article file in sorted order. Each figure includes the watcher's
//! debounce (printed), the rebuild and the event delivery. `VERBOSE=1`
//! also prints the server's own lines (first build, each rebuild).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use depeche::serve::{ServeOptions, Server};

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(
        args.next()
            .expect("usage: serve_latency SITE_DIR [EDITS] [ARTICLE]"),
    );
    let edits: usize = args
        .next()
        .map_or(10, |n| n.parse().expect("EDITS is a number"));
    let article = args
        .next()
        .map_or_else(|| first_article(&root), |a| root.join(a));
    let original = std::fs::read(&article).expect("read the article");

    let opts = ServeOptions {
        root: root.clone(),
        port: 0,
        quiet: std::env::var_os("VERBOSE").is_none(),
        verbose: std::env::var_os("VERBOSE").is_some(),
        ..ServeOptions::default()
    };
    let started = Instant::now();
    let server = Server::start(&opts).expect("start the server");
    eprintln!(
        "first build: {:.2} s; editing {} {edits} times (debounce {} ms)",
        started.elapsed().as_secs_f64(),
        article.display(),
        opts.debounce.as_millis()
    );
    let mut events = EventStream::open(&server);

    let mut latencies = Vec::new();
    for i in 0..edits {
        let edited = edit(&original, i + 1);
        let saved = Instant::now();
        std::fs::write(&article, &edited).expect("save the article");
        let data = events.next_reload();
        let latency = saved.elapsed();
        latencies.push(latency);
        println!(
            "edit {:2}: save → reload {:7.1} ms (rebuild {} ms, {} pages rendered, {} files written)",
            i + 1,
            latency.as_secs_f64() * 1000.0,
            data["ms"],
            data["rendered"],
            data["written"]
        );
        // Let the page "reload" before the next save, as a person would.
        std::thread::sleep(Duration::from_millis(200));
    }
    std::fs::write(&article, &original).expect("restore the article");
    events.next_reload();
    latencies.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "save → reload over {edits} edits: median {:.1} ms, min {:.1} ms, max {:.1} ms",
        ms(latencies[latencies.len() / 2]),
        ms(latencies[0]),
        ms(latencies[latencies.len() - 1])
    );
    server.shutdown();
}

/// The article with its longest line (a body paragraph, whatever the page's
/// boilerplate) extended by a sentence, so the page really changes.
fn edit(original: &[u8], n: usize) -> Vec<u8> {
    let text = String::from_utf8_lossy(original);
    let longest = text
        .lines()
        .enumerate()
        .max_by_key(|(_, l)| l.len())
        .map_or(0, |(i, _)| i);
    let mut out = String::with_capacity(text.len() + 64);
    for (i, line) in text.lines().enumerate() {
        out.push_str(line);
        if i == longest {
            out.push_str(&format!(" A correction followed {n} hours later."));
        }
        out.push('\n');
    }
    out.into_bytes()
}

fn first_article(root: &Path) -> PathBuf {
    walkdir::WalkDir::new(root.join("content"))
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.file_type().is_file() && depeche::discover::is_article_path(e.path()))
        .expect("an article under content/")
        .into_path()
}

/// The server's event stream, read over a plain connection.
struct EventStream {
    reader: BufReader<TcpStream>,
}

impl EventStream {
    fn open(server: &Server) -> EventStream {
        let mut stream = TcpStream::connect(server.addr()).expect("connect");
        write!(
            stream,
            "GET /__depeche/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .expect("request");
        stream
            .set_read_timeout(Some(Duration::from_secs(600)))
            .expect("timeout");
        EventStream {
            reader: BufReader::new(stream),
        }
    }

    /// Data of the next `reload` event; panics on a `build-error`.
    fn next_reload(&mut self) -> serde_json::Value {
        let mut name = String::new();
        loop {
            let mut line = String::new();
            let n = self.reader.read_line(&mut line).expect("read the stream");
            assert!(n > 0, "the event stream ended");
            // Chunked encoding puts size lines between events; only
            // `event:` and `data:` lines matter here.
            let line = line.trim_end();
            if let Some(v) = line.strip_prefix("event: ") {
                name = v.to_string();
            } else if let Some(data) = line.strip_prefix("data: ") {
                match name.as_str() {
                    "reload" => return serde_json::from_str(data).expect("JSON"),
                    "build-error" => panic!("the rebuild failed: {data}"),
                    _ => {}
                }
            }
        }
    }
}
