//! `depeche serve`: a preview server that rebuilds the site as its files
//! change and makes open pages reload by themselves.
//!
//! Four parts with one job each: [`http`] answers requests from the built
//! site (and injects the reload script into the HTML it serves), `watch`
//! turns file-system events into [`Changes`], `reload` keeps the build state
//! and broadcasts it to open pages over server-sent events, and this module
//! wires them to a [`SiteBuilder`] — the one seam through which every rebuild
//! goes, so a smarter (incremental) builder plugs in without touching the rest.
//!
//! The site is built into a temporary directory owned by the server, never
//! into the site's `public/`: its base URL is the server's, and the preview
//! must not overwrite what `depeche build` wrote for the real host.

mod http;
mod reload;
mod watch;

use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use crate::diag::Diagnostic;
use crate::site::{BuildError, BuildOptions, BuildReport};

pub use reload::LIVE_PREFIX;

/// How to serve a site.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Site root: holds `site.toml`, `content/`, optionally `themes/`, `templates/`, `static/`.
    pub root: PathBuf,
    /// Address to listen on; loopback unless the user asks otherwise.
    pub interface: IpAddr,
    /// Port to listen on; 0 picks a free one.
    pub port: u16,
    /// Build with this base URL and serve the site under its path, instead of
    /// `http://{interface}:{port}/`.
    pub base_url: Option<String>,
    pub jobs: Option<usize>,
    pub strict: bool,
    pub drafts: bool,
    /// Print only errors and warnings about the server itself.
    pub quiet: bool,
    /// Print each rebuild's stage timings.
    pub verbose: bool,
    /// Quiet time after the last file event before a rebuild starts: editors
    /// write a file in bursts (temp file, rename, metadata), and one rebuild
    /// per save is what the user wants.
    pub debounce: Duration,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            root: PathBuf::from("."),
            interface: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 1111,
            base_url: None,
            jobs: None,
            strict: false,
            drafts: false,
            quiet: false,
            verbose: false,
            debounce: Duration::from_millis(25),
        }
    }
}

/// What changed in the site's sources since the last rebuild.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Every page may be affected: the first build, or `site.toml`, a theme,
    /// `templates/` or `static/` changed (`site_files` says which). The builder
    /// decides what that invalidates; a theme change needs no re-extraction,
    /// a `default_language` change may.
    pub site_wide: bool,
    /// `site.toml` and theme/template/static paths behind `site_wide`.
    pub site_files: Vec<PathBuf>,
    /// Content paths created, modified or removed, absolute, sorted, unique.
    /// A path may no longer exist (deleted or renamed away), and may name a
    /// directory that was moved or removed whole: everything below it changed.
    pub content: Vec<PathBuf>,
}

impl Changes {
    /// The first build: everything.
    pub fn everything() -> Changes {
        Changes {
            site_wide: true,
            ..Changes::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        !self.site_wide && self.content.is_empty()
    }

    /// Adds later changes to these, for rebuilding once after several batches.
    pub fn merge(&mut self, other: Changes) {
        self.site_wide |= other.site_wide;
        self.site_files.extend(other.site_files);
        self.site_files.sort();
        self.site_files.dedup();
        self.content.extend(other.content);
        self.content.sort();
        self.content.dedup();
    }

    /// A short account for the terminal: `content/fr/a.md`, `3 files`.
    pub fn describe(&self, root: &Path) -> String {
        let paths: Vec<&PathBuf> = self.site_files.iter().chain(&self.content).collect();
        match paths.as_slice() {
            [] if self.site_wide => "everything".to_string(),
            [] => "nothing".to_string(),
            [one] => one.strip_prefix(root).unwrap_or(one).display().to_string(),
            many => format!("{} files", many.len()),
        }
    }
}

/// What one rebuild did.
#[derive(Debug, Clone)]
pub struct RebuildReport {
    /// The build's own report: articles, diagnostics, pages written /
    /// unchanged / removed in the output, elapsed time.
    pub build: BuildReport,
    /// Pages rendered by this rebuild: all of them for a full build, only the
    /// pages that depend on the change for an incremental one.
    pub rendered: usize,
}

impl RebuildReport {
    /// Whether any file of the served site changed (so open pages should reload).
    pub fn changed_output(&self) -> bool {
        self.build.stats.written > 0 || self.build.stats.removed > 0
    }
}

/// Builds the served site. Every rebuild goes through this one seam; the
/// builder owns whatever it keeps between rebuilds (caches, the corpus).
/// On `Err` the previous output must be left as it was: it keeps being served.
pub trait SiteBuilder: Send + 'static {
    fn rebuild(&mut self, changes: &Changes) -> Result<RebuildReport, BuildError>;
}

/// Rebuilds with a full [`crate::site::build`] each time, whatever changed.
/// The output step writes only files whose bytes changed, so open pages
/// and the served tree see only real changes.
#[derive(Debug)]
pub struct FullRebuild {
    opts: BuildOptions,
}

impl FullRebuild {
    /// `opts` as [`Server`] prepares them: output in the server's directory,
    /// base URL set.
    pub fn new(opts: BuildOptions) -> FullRebuild {
        FullRebuild { opts }
    }
}

impl SiteBuilder for FullRebuild {
    fn rebuild(&mut self, _changes: &Changes) -> Result<RebuildReport, BuildError> {
        let build = crate::site::build(&self.opts)?;
        // A progress bar on the first build only: later ones interleave with
        // the server's one-line reports.
        self.opts.progress = false;
        Ok(RebuildReport {
            rendered: build.pages,
            build,
        })
    }
}

/// Rebuilds only what a change touches ([`crate::incremental`]): changed
/// files re-extracted, the corpus re-linked only when needed, only the
/// pages whose inputs changed rendered.
pub struct IncrementalRebuild {
    session: crate::incremental::Session,
}

impl IncrementalRebuild {
    pub fn new(opts: BuildOptions) -> IncrementalRebuild {
        IncrementalRebuild {
            session: crate::incremental::Session::new(opts),
        }
    }
}

impl SiteBuilder for IncrementalRebuild {
    fn rebuild(&mut self, changes: &Changes) -> Result<RebuildReport, BuildError> {
        let r = self.session.rebuild(changes.site_wide, &changes.content)?;
        Ok(RebuildReport {
            build: r.report,
            rendered: r.rendered,
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}{hint}")]
    Bind {
        addr: SocketAddr,
        source: io::Error,
        hint: &'static str,
    },
    #[error("--base-url: {0}")]
    BaseUrl(String),
    #[error(transparent)]
    Build(#[from] BuildError),
    #[error("cannot watch {}: {source}", path.display())]
    Watch {
        path: PathBuf,
        source: notify::Error,
    },
    #[error("{what}: {source}")]
    Io {
        what: &'static str,
        source: io::Error,
    },
}

fn io_err(what: &'static str) -> impl FnOnce(io::Error) -> ServeError {
    move |source| ServeError::Io { what, source }
}

/// What the server prints: one line per rebuild, errors always.
#[derive(Debug, Clone, Copy)]
struct Log {
    quiet: bool,
    verbose: bool,
}

impl Log {
    fn info(&self, line: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{line}");
        }
    }

    fn error(&self, line: impl std::fmt::Display) {
        eprintln!("{line}");
    }

    /// Reports a finished rebuild. Diagnostics already printed for an earlier
    /// build are not repeated: on a large archive a full rebuild would print
    /// every old warning again on each save.
    fn rebuilt(&self, report: &RebuildReport, what: &str, printed: &mut Vec<Diagnostic>) {
        let fresh: Vec<&Diagnostic> = report
            .build
            .diagnostics
            .iter()
            .filter(|d| printed.binary_search(d).is_err())
            .collect();
        for d in &fresh {
            self.info(d);
        }
        *printed = report.build.diagnostics.clone();
        printed.sort();
        if self.verbose {
            for (stage, time) in &report.build.timings {
                self.info(format_args!(
                    "  {stage:<22} {:8.1} ms",
                    time.as_secs_f64() * 1000.0
                ));
            }
        }
        let stats = &report.build.stats;
        self.info(format_args!(
            "rebuilt after a change to {what} in {:.0} ms: {} page{} rendered, {} file{} written, {} removed; {} warning{}",
            report.build.elapsed.as_secs_f64() * 1000.0,
            report.rendered,
            plural(report.rendered),
            stats.written,
            plural(stats.written),
            stats.removed,
            report.build.warnings(),
            plural(report.build.warnings()),
        ));
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The message of a failed build, for the terminal and the browser overlay:
/// `--strict` failures list the warnings that caused them.
pub fn error_message(e: &BuildError) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let s_text = s.to_string();
        if !text.contains(&s_text) {
            text.push_str(": ");
            text.push_str(&s_text);
        }
        source = s.source();
    }
    if let BuildError::Strict { diagnostics, .. } = e {
        for d in diagnostics {
            text.push('\n');
            text.push_str(&d.to_string());
        }
    }
    text
}

enum Msg {
    Changes(Changes),
    WatchError(String),
    Stop,
}

/// A running preview server. Dropping it (or [`Server::shutdown`]) stops it
/// and removes its build directory.
pub struct Server {
    url: String,
    addr: SocketAddr,
    site_dir: PathBuf,
    runtime: Option<tokio::runtime::Runtime>,
    http: Option<tokio::task::JoinHandle<()>>,
    stop: tokio::sync::watch::Sender<bool>,
    to_builder: mpsc::Sender<Msg>,
    builder: Option<std::thread::JoinHandle<()>>,
    /// Removed last, after the builder and the HTTP tasks have stopped.
    _build_dir: tempfile::TempDir,
}

impl Server {
    /// Builds the site with [`IncrementalRebuild`] and starts serving it.
    pub fn start(opts: &ServeOptions) -> Result<Server, ServeError> {
        Server::start_with(opts, IncrementalRebuild::new)
    }

    /// Binds the port, builds the site once with the builder that `make`
    /// returns for the prepared build options, starts watching and serving.
    /// Returns once the first build is done. A first build that fails does
    /// not stop the server (the pages show the error until it is fixed),
    /// except when there is no site at all.
    pub fn start_with<B: SiteBuilder>(
        opts: &ServeOptions,
        make: impl FnOnce(BuildOptions) -> B,
    ) -> Result<Server, ServeError> {
        let log = Log {
            quiet: opts.quiet,
            verbose: opts.verbose,
        };
        if !opts.root.join("site.toml").is_file() {
            return Err(BuildError::NoSite(opts.root.clone()).into());
        }
        let root = opts
            .root
            .canonicalize()
            .map_err(io_err("cannot resolve the site root"))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .thread_name("depeche-serve")
            .enable_all()
            .build()
            .map_err(io_err("cannot start the server's runtime"))?;
        let requested = SocketAddr::new(opts.interface, opts.port);
        let listener = runtime.block_on(http::bind(requested))?;
        let addr = listener
            .local_addr()
            .map_err(io_err("cannot read the bound address"))?;
        if !addr.ip().is_loopback() {
            log.error(format_args!(
                "warning: listening on {}, reachable from other machines; the preview server is meant for this machine (use --interface 127.0.0.1)",
                addr.ip()
            ));
        }
        let local_origin = format!("http://{}", host_port(local_addr(addr)));
        let (base_url, base_path) = match &opts.base_url {
            Some(url) => {
                let mut config = crate::SiteConfig::default();
                config
                    .set_base_url(url, Path::new("--base-url"))
                    .map_err(|e| ServeError::BaseUrl(e.to_string()))?;
                let path = config.base_path();
                (config.base_url, path)
            }
            None => (format!("{local_origin}/"), "/".to_string()),
        };
        let url = format!("{local_origin}{base_path}");

        let build_dir = tempfile::Builder::new()
            .prefix("depeche-serve-")
            .tempdir()
            .map_err(io_err("cannot create the preview build directory"))?;
        let build_root = build_dir
            .path()
            .canonicalize()
            .map_err(io_err("cannot resolve the preview build directory"))?;
        let site_dir = build_root.join("site");
        std::fs::create_dir_all(&site_dir)
            .map_err(io_err("cannot create the preview build directory"))?;

        let (to_builder, from_watch) = mpsc::channel();
        // Watching starts before the first build, so edits made while it runs
        // are rebuilt right after it.
        let watcher = watch::Watcher::start(&root, &build_root, opts.debounce, to_builder.clone())?;

        let mut builder = make(BuildOptions {
            root: opts.root.clone(),
            output: Some(site_dir.clone()),
            base_url: Some(base_url),
            jobs: opts.jobs,
            strict: opts.strict,
            drafts: opts.drafts,
            progress: !opts.quiet,
        });
        let live = Arc::new(reload::Live::new());
        let mut printed = Vec::new();
        match builder.rebuild(&Changes::everything()) {
            Ok(report) => {
                for d in &report.build.diagnostics {
                    log.info(d);
                }
                printed = report.build.diagnostics.clone();
                printed.sort();
                log.info(report.build.summary());
            }
            Err(e @ BuildError::NoSite(_)) => return Err(e.into()),
            Err(e) => {
                let message = error_message(&e);
                log.error(format_args!(
                    "error: {message}\n  the server starts anyway; its pages show this error until a fix is saved"
                ));
                live.failed(&message);
            }
        }

        let (stop, stop_rx) = tokio::sync::watch::channel(false);
        let site = Arc::new(http::Site::new(
            site_dir.clone(),
            base_path,
            live.clone(),
            stop_rx,
        ));
        let http = runtime.spawn(http::accept_loop(listener, site));
        let builder_live = live;
        let builder_root = root;
        let builder = std::thread::Builder::new()
            .name("depeche-rebuild".to_string())
            .spawn(move || {
                rebuild_loop(
                    &mut builder,
                    watcher,
                    &from_watch,
                    &builder_live,
                    &builder_root,
                    log,
                    printed,
                )
            })
            .map_err(io_err("cannot start the rebuild thread"))?;
        Ok(Server {
            url,
            addr: local_addr(addr),
            site_dir,
            runtime: Some(runtime),
            http: Some(http),
            stop,
            to_builder,
            builder: Some(builder),
            _build_dir: build_dir,
        })
    }

    /// Where the site is served, with its base path: `http://127.0.0.1:1111/`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address to connect to (loopback when listening on every interface).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The directory the site is built into and served from.
    pub fn site_dir(&self) -> &Path {
        &self.site_dir
    }

    /// Stops serving (open event streams end, requests in flight finish),
    /// waits for a rebuild in progress, removes the build directory.
    pub fn shutdown(mut self) {
        self.stop_all();
    }

    fn stop_all(&mut self) {
        let _ = self.stop.send(true);
        if let (Some(runtime), Some(http)) = (self.runtime.as_ref(), self.http.take()) {
            let _ = runtime.block_on(http);
        }
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_timeout(Duration::from_secs(1));
        }
        let _ = self.to_builder.send(Msg::Stop);
        if let Some(builder) = self.builder.take() {
            let _ = builder.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop_all();
    }
}

/// The address this machine reaches the server at: a server listening on
/// every interface (`0.0.0.0`, `::`) is reached on loopback, since browsers
/// refuse `0.0.0.0` as a destination.
fn local_addr(addr: SocketAddr) -> SocketAddr {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    SocketAddr::new(ip, addr.port())
}

/// `127.0.0.1:1111`, `[::1]:1111`.
fn host_port(addr: SocketAddr) -> String {
    match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]:{}", addr.port()),
        IpAddr::V4(ip) => format!("{ip}:{}", addr.port()),
    }
}

/// The rebuild thread: waits for changes, coalesces what queued up while
/// the previous rebuild ran, rebuilds, tells the open pages.
fn rebuild_loop(
    builder: &mut dyn SiteBuilder,
    mut watcher: watch::Watcher,
    from_watch: &mpsc::Receiver<Msg>,
    live: &reload::Live,
    root: &Path,
    log: Log,
    mut printed: Vec<Diagnostic>,
) {
    while let Ok(msg) = from_watch.recv() {
        let mut changes = Changes::default();
        let mut next = Some(msg);
        while let Some(msg) = next {
            match msg {
                Msg::Stop => return,
                Msg::Changes(c) => changes.merge(c),
                Msg::WatchError(e) => log.error(format_args!("warning: watching files: {e}")),
            }
            next = from_watch.try_recv().ok();
        }
        if changes.is_empty() {
            continue;
        }
        watcher.refresh(&log);
        let what = changes.describe(root);
        match builder.rebuild(&changes) {
            Ok(report) => {
                log.rebuilt(&report, &what, &mut printed);
                live.succeeded(&report);
            }
            Err(e) => {
                let message = error_message(&e);
                log.error(format_args!(
                    "error: rebuild after a change to {what} failed: {message}\n  still serving the last good build"
                ));
                live.failed(&message);
            }
        }
    }
}

/// `depeche serve`: serves until Ctrl-C (or SIGTERM), then stops cleanly.
/// `open` opens the site in the default browser once it is built.
pub fn run(opts: &ServeOptions, open: bool) -> Result<(), ServeError> {
    let interrupted = interrupt_channel()?;
    let server = Server::start(opts)?;
    let log = Log {
        quiet: opts.quiet,
        verbose: opts.verbose,
    };
    log.error(format_args!(
        "serving {} at {} (Ctrl-C to stop)",
        opts.root.display(),
        server.url()
    ));
    if open && let Err(e) = opener::open_browser(server.url()) {
        log.error(format_args!("warning: cannot open a browser: {e}"));
    }
    let _ = interrupted.recv();
    log.info(format_args!(
        "stopping (removing the preview build in {})",
        server.site_dir().display()
    ));
    server.shutdown();
    Ok(())
}

/// A channel that receives one message on the first Ctrl-C (or SIGTERM).
/// A second Ctrl-C exits at once, for a user who does not want to wait for
/// a rebuild in progress or the removal of a large build directory; a second
/// SIGTERM does not (`timeout` and process managers send it to the process
/// and again to its group), as that would leave the build directory behind.
fn interrupt_channel() -> Result<mpsc::Receiver<()>, ServeError> {
    let (tx, rx) = mpsc::channel();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(io_err("cannot listen for Ctrl-C"))?;
    // Listeners are registered once, before the first signal can arrive.
    let mut signals = runtime
        .block_on(async { Signals::new() })
        .map_err(io_err("cannot listen for Ctrl-C"))?;
    std::thread::Builder::new()
        .name("depeche-signals".to_string())
        .spawn(move || {
            runtime.block_on(async move {
                signals.next().await;
                let _ = tx.send(());
                while !signals.next().await {}
                eprintln!("interrupted");
                std::process::exit(130);
            })
        })
        .map_err(io_err("cannot listen for Ctrl-C"))?;
    Ok(rx)
}

#[cfg(unix)]
struct Signals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn new() -> io::Result<Signals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Signals {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
        })
    }

    /// Waits for the next signal; `true` for Ctrl-C.
    async fn next(&mut self) -> bool {
        tokio::select! {
            _ = self.interrupt.recv() => true,
            _ = self.terminate.recv() => false,
        }
    }
}

#[cfg(not(unix))]
struct Signals(tokio::signal::windows::CtrlC);

#[cfg(not(unix))]
impl Signals {
    fn new() -> io::Result<Signals> {
        Ok(Signals(tokio::signal::windows::ctrl_c()?))
    }

    async fn next(&mut self) -> bool {
        self.0.recv().await;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_merge_sorted_and_unique() {
        let mut a = Changes {
            content: vec![PathBuf::from("/s/content/b.md")],
            ..Changes::default()
        };
        a.merge(Changes {
            content: vec![
                PathBuf::from("/s/content/a.md"),
                PathBuf::from("/s/content/b.md"),
            ],
            ..Changes::default()
        });
        assert!(!a.site_wide);
        assert_eq!(
            a.content,
            [
                PathBuf::from("/s/content/a.md"),
                PathBuf::from("/s/content/b.md")
            ]
        );
        assert_eq!(a.describe(Path::new("/s")), "2 files");
        a.merge(Changes {
            site_wide: true,
            site_files: vec![PathBuf::from("/s/site.toml")],
            content: vec![],
        });
        assert!(a.site_wide);
        assert_eq!(a.describe(Path::new("/s")), "3 files");
        assert_eq!(
            Changes::everything().describe(Path::new("/s")),
            "everything"
        );
    }

    #[test]
    fn host_port_brackets_ipv6() {
        assert_eq!(
            host_port("[::1]:80".parse().unwrap()),
            "[::1]:80".to_string()
        );
        assert_eq!(host_port("127.0.0.1:0".parse().unwrap()), "127.0.0.1:0");
        assert_eq!(
            local_addr("0.0.0.0:80".parse().unwrap()),
            "127.0.0.1:80".parse().unwrap()
        );
        assert_eq!(
            local_addr("[::]:80".parse().unwrap()),
            "[::1]:80".parse().unwrap()
        );
        assert_eq!(
            local_addr("192.0.2.7:80".parse().unwrap()),
            "192.0.2.7:80".parse().unwrap()
        );
    }
}
