//! A whole build: configuration, the per-article stages in parallel, the
//! corpus-wide link stage, and rendering into an atomically replaced output.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::analyze::Settings;
use crate::config::{ConfigError, SiteConfig};
use crate::diag::{Diagnostic, Severity};
use crate::discover::{Found, discover};
use crate::link::{Corpus, link};
use crate::model::Article;
use crate::output::{CommitStats, Output, OutputError};
use crate::render::{RenderError, Renderer, Theme};

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Site root: holds `site.toml`, `content/`, optionally `themes/` and `templates/`.
    pub root: PathBuf,
    /// Overrides `output_dir` of `site.toml`; relative paths are relative to the
    /// current directory, like any command-line path.
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Any warning fails the build (and leaves the output untouched).
    pub strict: bool,
    /// Include articles marked `draft = true`.
    pub drafts: bool,
    /// Show a progress bar when stderr is a terminal.
    pub progress: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("no site.toml in {} (create a site with `depeche init DIR`)", .0.display())]
    NoSite(PathBuf),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Output(#[from] OutputError),
    #[error("refusing to write the site into {} (it holds or is inside the site's sources); choose another --output", .0.display())]
    UnsafeOutput(PathBuf),
    #[error("cannot start worker threads: {0}")]
    Threads(#[from] rayon::ThreadPoolBuildError),
    #[error("--strict: {count} warning(s), build failed; previous output left untouched")]
    Strict {
        count: usize,
        diagnostics: Vec<Diagnostic>,
    },
}

#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub output: PathBuf,
    pub per_lang: BTreeMap<String, usize>,
    pub articles: usize,
    pub pages: usize,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: CommitStats,
    pub elapsed: Duration,
    /// Wall time of each stage, in pipeline order (shown with `--verbose`).
    pub timings: Vec<(&'static str, Duration)>,
    /// Site path of each article page → the content file it comes from, so
    /// that a problem found in a page can name the file to fix.
    pub sources: BTreeMap<String, PathBuf>,
}

impl BuildReport {
    /// What a report says of `corpus` rendered into `output`; pages,
    /// diagnostics and times are the caller's to fill in.
    pub(crate) fn of(
        corpus: &Corpus,
        renderer: &Renderer,
        output: PathBuf,
        stats: CommitStats,
    ) -> BuildReport {
        BuildReport {
            output,
            per_lang: corpus
                .by_lang
                .iter()
                .map(|(l, v)| (l.clone(), v.len()))
                .collect(),
            articles: corpus.articles.len(),
            pages: 0,
            diagnostics: Vec::new(),
            stats,
            elapsed: Duration::ZERO,
            timings: Vec::new(),
            sources: corpus
                .articles
                .iter()
                .map(|a| (renderer.article_path(a), a.path.clone()))
                .collect(),
        }
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len()
    }

    /// The one-line summary printed at the end of a build.
    pub fn summary(&self) -> String {
        let langs: Vec<String> = self
            .per_lang
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect();
        format!(
            "built {} article{} ({}) into {} in {:.2} s: {} page{} written, {} unchanged, {} removed; {} warning{}",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            if langs.is_empty() {
                "none".to_string()
            } else {
                langs.join(", ")
            },
            self.output.display(),
            self.elapsed.as_secs_f64(),
            self.stats.written,
            if self.stats.written == 1 { "" } else { "s" },
            self.stats.unchanged,
            self.stats.removed,
            self.warnings(),
            if self.warnings() == 1 { "" } else { "s" },
        )
    }
}

/// Loads `site.toml` from a site root.
pub fn load_config(root: &Path) -> Result<SiteConfig, BuildError> {
    let path = root.join("site.toml");
    if !path.is_file() {
        return Err(BuildError::NoSite(root.to_path_buf()));
    }
    Ok(SiteConfig::load(&path)?)
}

/// The output directory is replaced wholesale on a first build, so it must
/// never be the site root, contain it, or lie inside `content/`.
fn check_output_dir(root: &Path, output: &Path) -> Result<(), BuildError> {
    let absolute = |p: &Path| {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        // Resolve what exists (symlinks, ".."); keep the rest as written.
        let mut existing = p.as_path();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    rest.push(name.to_os_string());
                    existing = parent;
                }
                _ => break,
            }
        }
        let mut base = existing
            .canonicalize()
            .unwrap_or_else(|_| existing.to_path_buf());
        for name in rest.iter().rev() {
            base.push(name);
        }
        base
    };
    let (root, output) = (absolute(root), absolute(output));
    if root.starts_with(&output) || output.starts_with(root.join("content")) {
        return Err(BuildError::UnsafeOutput(output));
    }
    Ok(())
}

/// Runs `f` on a pool of `jobs` threads (all cores when `None`).
pub fn with_jobs<T: Send>(
    jobs: Option<usize>,
    f: impl FnOnce() -> T + Send,
) -> Result<T, rayon::ThreadPoolBuildError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()?;
    Ok(pool.install(f))
}

/// Loads, cleans and analyzes one file. `Err` carries why it was skipped.
pub fn process_file(found: &Found, settings: &Settings) -> Result<Article, Diagnostic> {
    let (doc, warnings) = crate::load::load(&found.path, &found.rel_path)?;
    Ok(crate::analyze::analyze(doc, warnings, settings))
}

/// The configuration as `opts` amend it (base URL) and the output
/// directory, checked to be safe to replace: what every build starts from.
pub(crate) fn prepare(opts: &BuildOptions) -> Result<(SiteConfig, PathBuf), BuildError> {
    let mut config = load_config(&opts.root)?;
    if let Some(url) = &opts.base_url {
        config.set_base_url(url, &opts.root.join("site.toml"))?;
    }
    let output_dir = opts
        .output
        .clone()
        .unwrap_or_else(|| opts.root.join(&config.output_dir));
    check_output_dir(&opts.root, &output_dir)?;
    Ok((config, output_dir))
}

/// Under `--strict`, any diagnostic fails the build before anything is
/// written; otherwise they go on to the report.
pub(crate) fn fail_if_strict(
    strict: bool,
    diagnostics: Vec<Diagnostic>,
) -> Result<Vec<Diagnostic>, BuildError> {
    if strict && !diagnostics.is_empty() {
        return Err(BuildError::Strict {
            count: diagnostics.len(),
            diagnostics,
        });
    }
    Ok(diagnostics)
}

/// Wall time of each stage of a build, for `--verbose`.
pub(crate) struct Stages {
    pub(crate) laps: Vec<(&'static str, Duration)>,
    lap: Instant,
}

impl Stages {
    pub(crate) fn start() -> Stages {
        Stages {
            laps: Vec::new(),
            lap: Instant::now(),
        }
    }

    /// Ends stage `name`, which ran since the last call.
    pub(crate) fn done(&mut self, name: &'static str) {
        self.laps.push((name, self.lap.elapsed()));
        self.lap = Instant::now();
    }
}

/// Builds the site at `opts.root`.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    let (config, output_dir) = prepare(opts)?;
    with_jobs(opts.jobs, || {
        build_in_pool(opts, &config, &output_dir, started)
    })?
}

/// The per-file stages over a site's `content/`, in parallel: its articles
/// (drafts only when asked) and every diagnostic, sorted.
pub fn extract_site(
    root: &Path,
    settings: &Settings,
    drafts: bool,
    progress: bool,
) -> (Vec<Article>, Vec<Diagnostic>) {
    let (found, mut diagnostics) = discover(&root.join("content"));
    let progress = progress_bar(progress, found.len() as u64);
    let results: Vec<Result<Article, Diagnostic>> = found
        .par_iter()
        .map(|f| {
            let r = process_file(f, settings);
            progress.inc(1);
            r
        })
        .collect();
    progress.finish_and_clear();
    let mut articles = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(mut a) => {
                diagnostics.append(&mut a.warnings);
                if !a.draft || drafts {
                    articles.push(a);
                }
            }
            Err(d) => diagnostics.push(d),
        }
    }
    diagnostics.sort();
    (articles, diagnostics)
}

/// The linked corpus of the site at `root`, for `depeche topics`.
pub fn corpus(
    root: &Path,
    jobs: Option<usize>,
    drafts: bool,
) -> Result<(Corpus, Vec<Diagnostic>), BuildError> {
    let config = load_config(root)?;
    let settings = Settings::new(&config);
    Ok(with_jobs(jobs, || {
        let (articles, diagnostics) = extract_site(root, &settings, drafts, false);
        (link(articles, &settings.topics), diagnostics)
    })?)
}

fn build_in_pool(
    opts: &BuildOptions,
    config: &SiteConfig,
    output_dir: &Path,
    started: Instant,
) -> Result<BuildReport, BuildError> {
    let mut stages = Stages::start();
    let theme = Theme::load(&opts.root, config)?;
    stages.done("theme");
    let settings = Settings::new(config);
    let (articles, diagnostics) = extract_site(&opts.root, &settings, opts.drafts, opts.progress);
    let diagnostics = fail_if_strict(opts.strict, diagnostics)?;
    stages.done("discover, load, clean, analyze");
    let corpus = link(articles, &settings.topics);
    stages.done("link");
    let out = Output::begin(output_dir)?;
    let renderer = Renderer::new(&theme, config, &corpus);
    let pages = match renderer.render_all(&out) {
        Ok(n) => n,
        Err(e) => {
            out.abort();
            return Err(e.into());
        }
    };
    stages.done("render");
    let stats = out.commit()?;
    stages.done("commit");
    debug_assert!(diagnostics.iter().all(|d| d.severity <= Severity::Error));
    Ok(BuildReport {
        pages,
        diagnostics,
        elapsed: started.elapsed(),
        timings: stages.laps,
        ..BuildReport::of(&corpus, &renderer, output_dir.to_path_buf(), stats)
    })
}

fn progress_bar(wanted: bool, len: u64) -> indicatif::ProgressBar {
    if !wanted || !std::io::stderr().is_terminal() || len < 200 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} extracting {pos}/{len} [{bar:30}] {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
