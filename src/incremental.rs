//! Rebuilds that redo only what a change touches, for `depeche serve`.
//!
//! A [`Session`] keeps, between rebuilds, every content file's hash and
//! what it gave, the linked corpus, the theme, and the fingerprint of every
//! output file. A rebuild then
//!
//! - re-extracts only the files whose bytes changed (the cache is keyed by
//!   content hash; a change of the settings extraction reads — default
//!   language, site topics — empties it);
//! - re-links the corpus, unless no changed article differs in anything
//!   the link stage reads (its headline, language, dates, topics): then the
//!   new article simply takes the old one's place;
//! - renders only the output files whose fingerprint changed
//!   ([`Renderer::render_changed`]), and keeps the others as they are.
//!
//! A template or configuration change reloads the theme and configuration
//! and renders every page again, without re-extracting anything. The output
//! is the same as a full build of the same sources: a test checks it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

use crate::analyze::Settings;
use crate::config::SiteConfig;
use crate::diag::Diagnostic;
use crate::discover::{Found, discover, is_article_path};
use crate::link::{Corpus, link};
use crate::model::Article;
use crate::output::Output;
use crate::render::{Renderer, Theme};
use crate::site::{BuildError, BuildOptions, BuildReport};

/// What a content file gave the last time it was read.
#[derive(Debug)]
struct FileState {
    hash: u64,
    /// Its warnings, or why it was skipped.
    diagnostics: Vec<Diagnostic>,
}

/// What one rebuild did, beyond the build report.
#[derive(Debug, Clone, Default)]
pub struct Rebuilt {
    pub report: BuildReport,
    /// Output files rendered (the rest were kept as they were).
    pub rendered: usize,
    /// Content files read and extracted again.
    pub extracted: usize,
    /// Whether the link stage ran (false: no article changed what it reads).
    pub relinked: bool,
}

/// Everything a rebuild reuses from the last one.
pub struct Session {
    opts: BuildOptions,
    content: PathBuf,
    /// `content/` as the watcher names it (absolute, links resolved).
    content_abs: PathBuf,
    /// Loaded at the first rebuild, reloaded at each site-wide change.
    site: Option<Site>,
    /// Bumped at each theme or configuration reload: every page's
    /// fingerprint includes it.
    generation: u64,
    settings: Settings,
    settings_key: String,
    /// By path relative to `content/`.
    files: HashMap<String, FileState>,
    discover_diagnostics: Vec<Diagnostic>,
    corpus: Corpus,
    /// Output file → fingerprint of its inputs at the last rebuild.
    prints: HashMap<String, u64>,
    /// The sitemap files of the last rebuild.
    sitemaps: Vec<String>,
    built: bool,
}

/// What a site-wide change reloads.
struct Site {
    config: SiteConfig,
    theme: Theme,
    output: PathBuf,
}

/// What extraction reads of the configuration: when it changes, every file
/// must be read again.
fn settings_key(config: &SiteConfig) -> String {
    format!("{}|{:?}", config.default_language, config.topics)
}

/// A path relative to `content/` names an article file depeche reads.
fn is_content_file(rel: &str) -> bool {
    !rel.split('/')
        .any(|part| part.starts_with('.') || part.starts_with('_'))
        && is_article_path(Path::new(rel))
}

impl Session {
    /// Prepares a session; nothing is read until the first [`Session::rebuild`].
    pub fn new(opts: BuildOptions) -> Session {
        let content = opts.root.join("content");
        let content_abs = content.canonicalize().unwrap_or_else(|_| content.clone());
        Session {
            settings_key: String::new(),
            settings: Settings::default(),
            site: None,
            generation: 0,
            content,
            content_abs,
            files: HashMap::new(),
            discover_diagnostics: Vec::new(),
            corpus: Corpus::default(),
            prints: HashMap::new(),
            sitemaps: Vec::new(),
            built: false,
            opts,
        }
    }

    fn load_site(opts: &BuildOptions) -> Result<Site, BuildError> {
        let (config, output) = crate::site::prepare(opts)?;
        let theme = Theme::load(&opts.root, &config)?;
        Ok(Site {
            config,
            theme,
            output,
        })
    }

    /// Rebuilds after `content` paths changed (absolute or under the root;
    /// files, or directories changed whole), and after a change to the
    /// configuration or theme when `site_wide`.
    pub fn rebuild(&mut self, site_wide: bool, content: &[PathBuf]) -> Result<Rebuilt, BuildError> {
        let started = Instant::now();
        let jobs = self.opts.jobs;
        crate::site::with_jobs(jobs, || self.rebuild_in_pool(site_wide, content, started))?
    }

    fn rebuild_in_pool(
        &mut self,
        site_wide: bool,
        content: &[PathBuf],
        started: Instant,
    ) -> Result<Rebuilt, BuildError> {
        let mut stages = crate::site::Stages::start();
        if site_wide || self.site.is_none() {
            // Nothing changes before both load: a broken file leaves the
            // session (and the site being served) as it was.
            let site = Self::load_site(&self.opts)?;
            let key = settings_key(&site.config);
            if key != self.settings_key {
                self.settings = Settings::new(&site.config);
                self.settings_key = key;
                self.files.clear();
            }
            self.site = Some(site);
            self.generation += 1;
        }
        stages.done("configuration, theme");
        let (changed, removed) = self.changed_files(content);
        let extracted = changed.len();
        let results: Vec<(String, u64, Result<Article, Diagnostic>)> = changed
            .into_par_iter()
            .map(|(found, hash)| {
                let r = crate::site::process_file(&found, &self.settings);
                (found.rel_path, hash, r)
            })
            .collect();
        stages.done("extract changed files");
        let relinked = self.apply(results, removed);
        stages.done("link");
        let mut diagnostics: Vec<Diagnostic> = self
            .files
            .values()
            .flat_map(|f| f.diagnostics.iter().cloned())
            .chain(self.discover_diagnostics.iter().cloned())
            .collect();
        diagnostics.sort();
        let diagnostics = crate::site::fail_if_strict(self.opts.strict, diagnostics)?;
        let Some(site) = &self.site else {
            unreachable!("loaded above");
        };
        let output_dir = site.output.clone();
        let out = Output::begin(&output_dir)?;
        let renderer = Renderer::new(&site.theme, &site.config, &self.corpus);
        stages.done("renderer");
        let prints = renderer.prints(self.generation);
        stages.done("prints");
        // Without a re-link no page moved, and none changed its date or
        // alternates: the sitemap stays as it is.
        let sitemaps = (!relinked && !site_wide && self.built).then_some(self.sitemaps.as_slice());
        let done = match renderer.render_changed(&out, &prints, &self.prints, sitemaps) {
            Ok(r) => r,
            Err(e) => {
                out.abort();
                return Err(e.into());
            }
        };
        let rendered = done.rendered;
        stages.done("render");
        let stats = out.commit()?;
        stages.done("commit");
        self.prints = done.prints;
        self.sitemaps = done.sitemaps;
        self.built = true;
        Ok(Rebuilt {
            report: BuildReport {
                pages: self.prints.len(),
                diagnostics,
                elapsed: started.elapsed(),
                timings: stages.laps,
                ..BuildReport::of(&self.corpus, &renderer, output_dir, stats)
            },
            rendered,
            extracted,
            relinked,
        })
    }

    /// The files to extract again (with the hash of their bytes) and the
    /// ones gone, from the paths the watcher reports. Any directory among
    /// them, or a first build, walks the whole `content/` instead.
    fn changed_files(&mut self, content: &[PathBuf]) -> (Vec<(Found, u64)>, Vec<String>) {
        let rel_of = |p: &Path| -> Option<String> {
            let rel = p
                .strip_prefix(&self.content_abs)
                .or_else(|_| p.strip_prefix(&self.content))
                .ok()?;
            Some(
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/"),
            )
        };
        let walk = self.files.is_empty() || content.iter().any(|p| p.is_dir());
        let mut candidates: Vec<String> = Vec::new();
        let mut removed: Vec<String> = Vec::new();
        if walk {
            let (found, diags) = discover(&self.content);
            self.discover_diagnostics = diags;
            let present: std::collections::HashSet<&str> =
                found.iter().map(|f| f.rel_path.as_str()).collect();
            removed.extend(
                self.files
                    .keys()
                    .filter(|k| !present.contains(k.as_str()))
                    .cloned(),
            );
            candidates.extend(found.iter().map(|f| f.rel_path.clone()));
        } else {
            for p in content {
                let Some(rel) = rel_of(p) else { continue };
                if p.is_file() {
                    if is_content_file(&rel) {
                        candidates.push(rel);
                    }
                } else {
                    // Gone: the file, or everything under a removed folder.
                    let prefix = format!("{rel}/");
                    removed.extend(
                        self.files
                            .keys()
                            .filter(|k| **k == rel || k.starts_with(&prefix))
                            .cloned(),
                    );
                }
            }
        }
        candidates.sort();
        candidates.dedup();
        let read: Vec<(Found, Option<u64>)> = candidates
            .into_par_iter()
            .map(|rel| {
                let path = self.content.join(&rel);
                let hash = std::fs::read(&path).ok().map(|b| xxh3_64(&b));
                (
                    Found {
                        path,
                        rel_path: rel,
                    },
                    hash,
                )
            })
            .collect();
        let mut changed = Vec::new();
        for (found, hash) in read {
            match (hash, self.files.get(&found.rel_path)) {
                (Some(h), Some(state)) if state.hash == h => {}
                (Some(h), _) => changed.push((found, h)),
                (None, _) => removed.push(found.rel_path),
            }
        }
        removed.sort();
        removed.dedup();
        (changed, removed)
    }

    /// Takes the new extraction results into the corpus; returns whether
    /// the corpus was linked again.
    fn apply(
        &mut self,
        results: Vec<(String, u64, Result<Article, Diagnostic>)>,
        removed: Vec<String>,
    ) -> bool {
        let mut fresh: Vec<Article> = Vec::new();
        let mut gone: Vec<String> = removed;
        for (rel, hash, result) in results {
            let diagnostics = match result {
                Ok(mut a) => {
                    let warnings = std::mem::take(&mut a.warnings);
                    if !a.draft || self.opts.drafts {
                        fresh.push(a);
                    } else {
                        gone.push(rel.clone());
                    }
                    warnings
                }
                Err(d) => {
                    gone.push(rel.clone());
                    vec![d]
                }
            };
            self.files.insert(rel, FileState { hash, diagnostics });
        }
        for rel in gone
            .iter()
            .filter(|r| !fresh.iter().any(|a| &a.rel_path == *r))
        {
            if !self.content.join(rel).is_file() {
                self.files.remove(rel);
            }
        }
        if self.built && self.replace_in_place(&mut fresh, &gone) {
            return false;
        }
        let mut by_path: HashMap<String, Article> = std::mem::take(&mut self.corpus.articles)
            .into_iter()
            .map(|a| (a.rel_path.clone(), a))
            .collect();
        for rel in &gone {
            by_path.remove(rel);
        }
        for a in fresh {
            by_path.insert(a.rel_path.clone(), a);
        }
        self.corpus = link(by_path.into_values().collect(), &self.settings.topics);
        true
    }

    /// When only existing articles changed, and none in anything the link
    /// stage reads, each takes its old version's place (and slug) in the
    /// corpus. Returns false, changing nothing, when a re-link is needed.
    fn replace_in_place(&mut self, fresh: &mut Vec<Article>, gone: &[String]) -> bool {
        let index: HashMap<&str, usize> = self
            .corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.rel_path.as_str(), i))
            .collect();
        if gone.iter().any(|r| index.contains_key(r.as_str())) {
            return false;
        }
        let mut places = Vec::with_capacity(fresh.len());
        for a in fresh.iter() {
            match index.get(a.rel_path.as_str()) {
                Some(&i) if same_for_link(&self.corpus.articles[i], a) => places.push(i),
                _ => return false,
            }
        }
        for (a, i) in fresh.drain(..).zip(places) {
            let slug = std::mem::take(&mut self.corpus.articles[i].slug);
            self.corpus.articles[i] = Article { slug, ..a };
        }
        true
    }
}

/// Whether two versions of an article agree on everything the link stage
/// reads: where it is, its language, headline (its slug), dates, topics,
/// event and the incidents it mentions.
fn same_for_link(old: &Article, new: &Article) -> bool {
    old.path == new.path
        && old.rel_path == new.rel_path
        && old.lang == new.lang
        && old.headline == new.headline
        && old.published == new.published
        && old.topics == new.topics
        && old.event_date == new.event_date
        && old.event_day == new.event_day
        && old.secondary == new.secondary
        && old.draft == new.draft
}
