//! Stage 6: pages from templates. The theme, its UI strings, the page
//! contexts, and the parallel render of every page, feed and sitemap into
//! an [`Output`]. Each output file is a [`Job`]; lists of articles (home,
//! language front pages, month archives) are [`List`]s, paginated alike.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::config::SiteConfig;
use crate::feeds::{FeedFormat, FeedSite, FeedSpec};
use crate::link::Corpus;
use crate::model::Article;
use crate::output::{Output, OutputError};
use crate::paginate;
use crate::seo::{self, Alternate, SitemapUrl};
use crate::urls::{Month, Urls};

mod prints;
mod topics;

pub use prints::Prints;

/// The default theme, compiled in so a site without `themes/` builds.
static DEFAULT_THEME: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template {name}: {message}")]
    Template { name: String, message: String },
    #[error("{}:{line}: {message}", path.display())]
    Strings {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("theme {name:?} not found (looked in {})", path.display())]
    MissingTheme { name: String, path: PathBuf },
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Output(#[from] OutputError),
}

/// Tera's errors keep the useful part (line, unknown variable) in their sources.
fn tera_message(e: &tera::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}

/// UI strings per language code.
type Strings = BTreeMap<String, BTreeMap<String, String>>;

/// Templates, UI strings and static files, after overlaying a site's own
/// theme and `templates/` on the built-in default.
pub struct Theme {
    tera: Tera,
    strings: Strings,
    statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    pub fn load(root: &Path, config: &SiteConfig) -> Result<Theme, RenderError> {
        let mut templates: BTreeMap<String, (String, String)> = BTreeMap::new();
        let mut strings = Strings::new();
        let mut statics = BTreeMap::new();
        for file in embedded_files(&DEFAULT_THEME) {
            let rel = file.path().to_string_lossy().replace('\\', "/");
            absorb(
                &rel,
                file.contents(),
                &format!("(built-in theme)/{rel}"),
                &mut templates,
                &mut strings,
                &mut statics,
            )?;
        }
        let theme_dir = root.join("themes").join(&config.theme);
        if theme_dir.is_dir() {
            overlay_dir(&theme_dir, "", &mut templates, &mut strings, &mut statics)?;
        } else if config.theme != "default" {
            return Err(RenderError::MissingTheme {
                name: config.theme.clone(),
                path: theme_dir,
            });
        }
        let site_templates = root.join("templates");
        if site_templates.is_dir() {
            overlay_dir(
                &site_templates,
                "templates/",
                &mut templates,
                &mut strings,
                &mut statics,
            )?;
        }
        let site_static = root.join("static");
        if site_static.is_dir() {
            overlay_dir(
                &site_static,
                "static/",
                &mut templates,
                &mut strings,
                &mut statics,
            )?;
        }
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_minimal);
        tera.add_raw_templates(
            templates
                .iter()
                .map(|(name, (_, body))| (name.as_str(), body.as_str())),
        )
        .map_err(|e| RenderError::Template {
            name: first_template_in(&e, &templates),
            message: tera_message(&e),
        })?;
        Ok(Theme {
            tera,
            strings,
            statics,
        })
    }

    /// The UI strings for `lang`: English, under the site default, under `lang`,
    /// so a missing key or language falls back instead of failing.
    pub fn strings_for(&self, lang: &str, default_lang: &str) -> BTreeMap<String, String> {
        let mut t = self.strings.get("en").cloned().unwrap_or_default();
        for code in [default_lang, lang] {
            if let Some(more) = self.strings.get(code) {
                t.extend(more.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        }
        t
    }
}

/// Tera's default escaper also escapes `/`, which makes every URL unreadable.
fn escape_minimal(s: &str) -> String {
    crate::text::escape_html(s)
}

fn first_template_in(e: &tera::Error, templates: &BTreeMap<String, (String, String)>) -> String {
    let msg = tera_message(e);
    templates
        .iter()
        .find(|(name, _)| msg.contains(name.as_str()))
        .map_or_else(|| "(theme)".to_string(), |(_, (origin, _))| origin.clone())
}

fn embedded_files<'a>(dir: &'a Dir<'a>) -> Vec<&'a include_dir::File<'a>> {
    let mut files: Vec<&include_dir::File> = dir.files().collect();
    for sub in dir.dirs() {
        files.extend(embedded_files(sub));
    }
    files
}

/// Sorts one theme file into templates, strings or static files by its folder.
fn absorb(
    rel: &str,
    bytes: &[u8],
    origin: &str,
    templates: &mut BTreeMap<String, (String, String)>,
    strings: &mut Strings,
    statics: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), RenderError> {
    if let Some(name) = rel.strip_prefix("templates/") {
        let body = String::from_utf8_lossy(bytes).into_owned();
        templates.insert(name.to_string(), (origin.to_string(), body));
    } else if let Some(file) = rel.strip_prefix("i18n/") {
        if let Some(lang) = file.strip_suffix(".toml") {
            let text = String::from_utf8_lossy(bytes);
            let table: BTreeMap<String, String> =
                toml::from_str(&text).map_err(|e| RenderError::Strings {
                    path: PathBuf::from(origin),
                    line: e
                        .span()
                        .map_or(1, |s| crate::diag::line_of_offset(&text, s.start)),
                    message: e.message().trim().to_string(),
                })?;
            strings.entry(lang.to_string()).or_default().extend(table);
        }
    } else if let Some(file) = rel.strip_prefix("static/") {
        statics.insert(file.to_string(), bytes.to_vec());
    }
    Ok(())
}

fn overlay_dir(
    dir: &Path,
    prefix: &str,
    templates: &mut BTreeMap<String, (String, String)>,
    strings: &mut Strings,
    statics: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), RenderError> {
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| RenderError::Io {
            path: dir.to_path_buf(),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("symlink loop")),
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel = format!("{prefix}{}", rel.to_string_lossy().replace('\\', "/"));
        let bytes = std::fs::read(entry.path()).map_err(|source| RenderError::Io {
            path: entry.path().to_path_buf(),
            source,
        })?;
        absorb(
            &rel,
            &bytes,
            &entry.path().display().to_string(),
            templates,
            strings,
            statics,
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct SiteCtx<'a> {
    title: &'a str,
    description: &'a str,
    base_url: &'a str,
    default_language: &'a str,
}

/// Addresses every page's header and footer link to.
#[derive(Serialize)]
struct NavCtx {
    home: String,
    archive: String,
    topics: String,
    incidents: String,
    rss: String,
    atom: String,
}

/// A language of the site in every page's switcher. Without its article
/// count, so that pages do not change when an article is added elsewhere;
/// the pages that list counts get [`LangCount`]s.
#[derive(Serialize, Clone, Hash)]
struct LangLink {
    code: String,
    name: String,
    url: String,
    archive_url: String,
}

#[derive(Serialize, Clone, Hash)]
struct LangCount {
    #[serde(flatten)]
    link: LangLink,
    count: usize,
}

#[derive(Serialize)]
struct LanguageCtx {
    code: String,
    name: String,
    title: String,
    description: String,
    url: String,
    archive_url: String,
}

/// A `<link rel="alternate" type="application/rss+xml">` of a page's head.
#[derive(Serialize, Clone)]
struct FeedLink {
    media_type: &'static str,
    label: &'static str,
    title: String,
    /// Absolute, for the head; `path` is for links readers click.
    href: String,
    path: String,
}

#[derive(Serialize)]
struct Summary<'a> {
    headline: &'a str,
    url: String,
    lang: &'a str,
    lang_name: String,
    source: &'a str,
    published: String,
    published_display: String,
    lede: &'a str,
}

#[derive(Serialize)]
struct ArticleCtx<'a> {
    headline: &'a str,
    lang: &'a str,
    lang_name: String,
    url: &'a str,
    source: &'a str,
    author: &'a str,
    byline: &'a str,
    published: String,
    published_display: String,
    lede: &'a str,
    body_html: &'a str,
    lang_url: String,
    path: String,
    facts: Vec<FactCtx<'a>>,
}

/// Open Graph properties of an article page.
#[derive(Serialize)]
struct OpenGraph<'a> {
    title: &'a str,
    description: &'a str,
    url: String,
    site_name: &'a str,
    published_time: String,
    tags: Vec<String>,
}

/// One line of an article's timeline.
#[derive(Serialize)]
struct FactCtx<'a> {
    iso: String,
    date: String,
    /// "early", "mid", "late" or empty: a UI-string key for parts of a month.
    part: &'static str,
    time: String,
    zone: String,
    utc: String,
    precision: crate::dates::Precision,
    expr: &'a str,
    sentence: &'a str,
}

impl<'a> FactCtx<'a> {
    fn new(f: &'a crate::dates::DatedFact, lang: &str) -> Self {
        use crate::dates::Precision;
        let d = crate::dates::display::display(&f.value, f.precision, lang);
        FactCtx {
            iso: f.value.iso(),
            date: d.date,
            part: match f.precision {
                Precision::Early => "early",
                Precision::Mid => "mid",
                Precision::Late => "late",
                _ => "",
            },
            time: d.time.unwrap_or_default(),
            zone: d.zone.unwrap_or_default(),
            utc: d.utc.unwrap_or_default(),
            precision: f.precision,
            expr: &f.expr,
            sentence: &f.sentence,
        }
    }
}

/// A month of an archive index.
#[derive(Serialize)]
struct MonthCtx {
    label: String,
    /// `2021-10`, or empty for the undated articles.
    iso: String,
    url: String,
    count: usize,
}

#[derive(Serialize)]
struct YearCtx {
    year: String,
    months: Vec<MonthCtx>,
}

/// What a list of articles is, which decides its template and heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListKind {
    /// `/`: every article.
    Home,
    /// `/{lang}/`.
    Language(String),
    /// `/archive/{yyyy}/{mm}/` (`lang` `None`) or `/{lang}/archive/{yyyy}/{mm}/`.
    Month { lang: Option<String>, month: Month },
    /// `/topics/{id}/`: a topic's articles (index into the corpus' topics).
    Topic(usize),
}

/// A list of articles shown over as many pages as `page_size` asks.
#[derive(Debug, Clone)]
pub struct List {
    pub kind: ListKind,
    /// Language of the pages' interface.
    pub lang: String,
    /// Site path of the first page.
    pub path: String,
    /// Corpus indexes, in the order shown.
    pub items: Vec<usize>,
}

/// An archive index page: its months and how many articles each holds.
struct ArchiveIndex {
    lang: Option<String>,
    months: Vec<(Month, usize)>,
}

/// A page before rendering: template, site path, language, context.
type PageParts = (&'static str, String, String, Context);

/// One file to produce. New page kinds are a variant here, a line in
/// [`Renderer::jobs`] and an arm in [`Renderer::render`].
#[derive(Debug, Clone, Copy)]
enum Job {
    /// Page `page` (1-based) of `lists[list]`.
    List {
        list: usize,
        page: usize,
    },
    Article(usize),
    /// `archive_indexes[i]`.
    ArchiveIndex(usize),
    Feed {
        feed: usize,
        format: FeedFormat,
    },
    /// Page `page` of `/topics/`.
    TopicIndex(usize),
    /// Page `page` of `/incidents/`.
    IncidentIndex(usize),
    /// `/incidents/{id}/` (index into the corpus' incidents).
    Incident(usize),
    NotFound,
    Robots,
}

/// What [`Renderer::render_changed`] did.
#[derive(Debug, Default)]
pub struct Rendered {
    /// Output file → fingerprint of its inputs.
    pub prints: std::collections::HashMap<String, u64>,
    /// The sitemap files of the output.
    pub sitemaps: Vec<String>,
    /// Files rendered (the others were kept).
    pub rendered: usize,
}

/// Renders a whole site from a linked corpus.
pub struct Renderer<'a> {
    pub theme: &'a Theme,
    pub config: &'a SiteConfig,
    pub corpus: &'a Corpus,
    urls: Urls,
    languages: Vec<LangLink>,
    language_counts: Vec<LangCount>,
    lists: Vec<List>,
    archive_indexes: Vec<ArchiveIndex>,
    feeds: Vec<FeedSpec<'a>>,
    /// Feed directory (`fr/`, `topics/x/`) → index in `feeds`: pages look
    /// their feeds up, and there is a feed per topic and per incident.
    feed_index: std::collections::HashMap<String, usize>,
    /// UI strings per page language, merged once.
    strings: BTreeMap<String, BTreeMap<String, String>>,
    /// Each article's card (`card.html`), rendered once by `render_all` and
    /// shared by every list that shows the article: lists show every article
    /// several times (home, language, months), and a card rendered per list
    /// page cost more than all the article pages.
    cards: std::sync::OnceLock<Vec<String>>,
}

impl<'a> Renderer<'a> {
    pub fn new(theme: &'a Theme, config: &'a SiteConfig, corpus: &'a Corpus) -> Self {
        let urls = Urls::new(config);
        let language_counts = corpus
            .by_lang
            .iter()
            .map(|(code, idx)| LangCount {
                link: LangLink {
                    code: code.clone(),
                    name: crate::langdata::native_name(code),
                    url: urls.language(code),
                    archive_url: urls.archive(Some(code)),
                },
                count: idx.len(),
            })
            .collect::<Vec<_>>();
        let languages = language_counts.iter().map(|l| l.link.clone()).collect();
        let default = &config.default_language;
        let mut lists = vec![List {
            kind: ListKind::Home,
            lang: default.clone(),
            path: urls.home(),
            items: (0..corpus.articles.len()).collect(),
        }];
        for (code, idx) in &corpus.by_lang {
            lists.push(List {
                kind: ListKind::Language(code.clone()),
                lang: code.clone(),
                path: urls.language(code),
                items: idx.clone(),
            });
        }
        let (all, per_lang) = crate::archive::archives(corpus);
        let mut archive_indexes = Vec::new();
        let scopes =
            std::iter::once((None, all)).chain(per_lang.into_iter().map(|(l, a)| (Some(l), a)));
        for (lang, archive) in scopes {
            archive_indexes.push(ArchiveIndex {
                lang: lang.clone(),
                months: archive.months.iter().map(|(m, v)| (*m, v.len())).collect(),
            });
            for (month, items) in archive.months {
                lists.push(List {
                    kind: ListKind::Month {
                        lang: lang.clone(),
                        month,
                    },
                    lang: lang.clone().unwrap_or_else(|| default.clone()),
                    path: urls.archive_month(lang.as_deref(), month),
                    items,
                });
            }
        }
        let mut feeds = vec![FeedSpec {
            dir: String::new(),
            title: config.title.clone(),
            description: config.description.clone(),
            lang: default.clone(),
            page_path: urls.home(),
            entries: corpus.articles.iter().collect(),
            formats: &FeedFormat::ALL,
        }];
        for (code, idx) in &corpus.by_lang {
            feeds.push(FeedSpec {
                dir: format!("{code}/"),
                title: language_feed_title(config, code),
                description: config.language_description(code),
                lang: code.clone(),
                page_path: urls.language(code),
                entries: idx.iter().map(|&i| &corpus.articles[i]).collect(),
                formats: &FeedFormat::ALL,
            });
        }
        for (ti, t) in corpus.topics.iter().enumerate() {
            lists.push(List {
                kind: ListKind::Topic(ti),
                lang: default.clone(),
                path: urls.topic(&t.id),
                items: t.articles.clone(),
            });
            feeds.push(FeedSpec {
                dir: format!("topics/{}/", t.id),
                title: format!("{} · {}", t.name(default), config.title),
                description: config.description.clone(),
                lang: default.clone(),
                page_path: urls.topic(&t.id),
                entries: t.articles.iter().map(|&i| &corpus.articles[i]).collect(),
                formats: &FeedFormat::ALL,
            });
        }
        for inc in &corpus.incidents {
            let mut entries: Vec<&Article> =
                inc.articles.iter().map(|&i| &corpus.articles[i]).collect();
            // Newest first, as every feed: the latest report on top.
            entries.sort_by(|a, b| {
                b.published
                    .cmp(&a.published)
                    .then_with(|| a.rel_path.cmp(&b.rel_path))
            });
            let topics = &corpus.topics;
            feeds.push(FeedSpec {
                dir: format!("incidents/{}/", inc.id),
                title: format!(
                    "{} · {} · {}",
                    topics[inc.entity].name(default),
                    topics[inc.kind].name(default),
                    config.title
                ),
                description: config.description.clone(),
                lang: default.clone(),
                page_path: urls.incident(&inc.id),
                entries,
                formats: &FeedFormat::ALL,
            });
        }
        let feed_index = feeds
            .iter()
            .enumerate()
            .map(|(i, f)| (f.dir.clone(), i))
            .collect();
        let mut page_langs: Vec<&str> = corpus.by_lang.keys().map(String::as_str).collect();
        page_langs.push(default);
        let strings = page_langs
            .into_iter()
            .map(|l| (l.to_string(), theme.strings_for(l, default)))
            .collect();
        Renderer {
            theme,
            config,
            corpus,
            urls,
            languages,
            language_counts,
            lists,
            archive_indexes,
            feeds,
            feed_index,
            strings,
            cards: std::sync::OnceLock::new(),
        }
    }

    pub fn article_path(&self, a: &Article) -> String {
        self.urls.article(a)
    }

    pub fn urls(&self) -> &Urls {
        &self.urls
    }

    fn jobs(&self) -> Vec<Job> {
        let size = self.config.page_size;
        let mut jobs = vec![Job::NotFound, Job::Robots];
        for (i, list) in self.lists.iter().enumerate() {
            let pages = paginate::page_count(list.items.len(), size);
            jobs.extend((1..=pages).map(|page| Job::List { list: i, page }));
        }
        jobs.extend((0..self.archive_indexes.len()).map(Job::ArchiveIndex));
        jobs.extend((1..=self.topic_index_pages()).map(Job::TopicIndex));
        jobs.extend((1..=self.incident_index_pages()).map(Job::IncidentIndex));
        jobs.extend((0..self.corpus.incidents.len()).map(Job::Incident));
        jobs.extend((0..self.corpus.articles.len()).map(Job::Article));
        for (i, spec) in self.feeds.iter().enumerate() {
            jobs.extend(
                spec.formats
                    .iter()
                    .map(|&format| Job::Feed { feed: i, format }),
            );
        }
        jobs
    }

    /// The index in the corpus of an article a feed lists (feeds hold
    /// references into the corpus' articles).
    fn index_of(&self, a: &Article) -> usize {
        let base = self.corpus.articles.as_ptr() as usize;
        let i = (a as *const Article as usize - base) / std::mem::size_of::<Article>();
        debug_assert!(std::ptr::eq(&self.corpus.articles[i], a));
        i
    }

    /// The site path of a job's HTML page; `None` for files that are not
    /// pages (feeds, robots.txt). One place, so that the file written and
    /// the address the sitemap gives cannot disagree.
    fn page_path(&self, job: Job) -> Option<String> {
        Some(match job {
            Job::List { list, page } => paginate::page_path(&self.lists[list].path, page),
            Job::Article(i) => self.urls.article(&self.corpus.articles[i]),
            Job::ArchiveIndex(i) => self.urls.archive(self.archive_indexes[i].lang.as_deref()),
            Job::TopicIndex(page) => paginate::page_path(&self.urls.topics(), page),
            Job::IncidentIndex(page) => paginate::page_path(&self.urls.incidents(), page),
            Job::Incident(i) => self.urls.incident(&self.corpus.incidents[i].id),
            Job::NotFound => self.urls.file("404.html"),
            Job::Feed { .. } | Job::Robots => return None,
        })
    }

    /// The output file a job writes, relative to the output directory.
    fn job_rel(&self, job: Job) -> String {
        match (job, self.page_path(job)) {
            (_, Some(path)) => self.urls.output_file(&path),
            (Job::Feed { feed, format }, None) => self.feeds[feed].rel(format),
            _ => "robots.txt".to_string(),
        }
    }

    /// Renders only the files whose fingerprint differs from `previous`
    /// (file → fingerprint of the last rebuild) or that the output lacks;
    /// the others are kept as they are. `sitemaps` are the sitemap files of
    /// the last rebuild when the caller knows no page moved or changed its
    /// date or alternates (no re-link): they are kept, not written again.
    /// Returns the new fingerprints, the sitemap files and how many files
    /// were rendered.
    pub fn render_changed(
        &self,
        out: &Output,
        prints: &Prints,
        previous: &std::collections::HashMap<String, u64>,
        sitemaps: Option<&[String]>,
    ) -> Result<Rendered, RenderError> {
        let jobs = self.jobs();
        let printed: Vec<(Job, String, u64)> = jobs
            .par_iter()
            .map(|&job| {
                let rel = self.job_rel(job);
                let print = self.fingerprint(job, &rel, prints);
                (job, rel, print)
            })
            .collect();
        let dirty: Vec<&(Job, String, u64)> = printed
            .iter()
            .filter(|(_, rel, print)| previous.get(rel) != Some(print) || !out.keep(rel))
            .collect();
        // Many dirty lists show many cards: render each card once then.
        if dirty.len() * 4 > printed.len() {
            let cards = (0..self.corpus.articles.len())
                .into_par_iter()
                .map(|i| self.render_card(i))
                .collect::<Result<Vec<String>, RenderError>>()?;
            let _ = self.cards.set(cards);
        }
        dirty.par_iter().try_for_each(|(job, _, _)| {
            let (rel, body) = self.render(*job)?;
            out.write(&rel, body.as_bytes()).map_err(RenderError::from)
        })?;
        let sitemaps = match sitemaps {
            Some(files) if files.iter().all(|rel| out.keep(rel)) => {
                self.write_statics(out)?;
                files.to_vec()
            }
            _ => self.write_site_files(out, &jobs)?,
        };
        let rendered = dirty.len();
        let prints = printed
            .into_iter()
            .map(|(_, rel, print)| (rel, print))
            .collect();
        Ok(Rendered {
            prints,
            sitemaps,
            rendered,
        })
    }

    /// Renders every page, feed and sitemap and copies the static files;
    /// returns the number of files produced from the corpus.
    pub fn render_all(&self, out: &Output) -> Result<usize, RenderError> {
        let cards = (0..self.corpus.articles.len())
            .into_par_iter()
            .map(|i| self.render_card(i))
            .collect::<Result<Vec<String>, RenderError>>()?;
        let _ = self.cards.set(cards);
        let jobs = self.jobs();
        jobs.par_iter().try_for_each(|job| {
            let (rel, body) = self.render(*job)?;
            out.write(&rel, body.as_bytes()).map_err(RenderError::from)
        })?;
        let sitemaps = self.write_site_files(out, &jobs)?;
        Ok(jobs.len() + sitemaps.len())
    }

    /// The sitemap (from every page's job) and the theme's static files;
    /// returns the sitemap files written.
    fn write_site_files(&self, out: &Output, jobs: &[Job]) -> Result<Vec<String>, RenderError> {
        let entries: Vec<SitemapUrl> = jobs.iter().filter_map(|j| self.sitemap_url(*j)).collect();
        let sitemaps = seo::sitemaps(&entries, seo::SITEMAP_MAX_URLS, |rel| {
            self.urls.absolute(&self.urls.file(rel))
        });
        for (rel, body) in &sitemaps {
            out.write(rel, body.as_bytes())?;
        }
        self.write_statics(out)?;
        Ok(sitemaps.into_iter().map(|(rel, _)| rel).collect())
    }

    fn write_statics(&self, out: &Output) -> Result<(), RenderError> {
        for (rel, bytes) in &self.theme.statics {
            out.write(rel, bytes)?;
        }
        Ok(())
    }

    fn render(&self, job: Job) -> Result<(String, String), RenderError> {
        let (template, path, lang, mut ctx) = match job {
            Job::List { list, page } => self.list_page(&self.lists[list], page)?,
            Job::Article(i) => self.article_page(i),
            Job::ArchiveIndex(i) => self.archive_index_page(&self.archive_indexes[i]),
            Job::TopicIndex(page) => self.topic_index_page(page),
            Job::IncidentIndex(page) => self.incident_index_page(page),
            Job::Incident(i) => self.incident_page(i),
            Job::NotFound => {
                let mut ctx = Context::new();
                ctx.insert("feeds", &self.feed_links(None));
                (
                    "404.html",
                    self.urls.file("404.html"),
                    self.config.default_language.clone(),
                    ctx,
                )
            }
            Job::Feed { feed, format } => {
                let spec = &self.feeds[feed];
                let site = FeedSite {
                    config: self.config,
                    urls: &self.urls,
                };
                return Ok((spec.rel(format), site.write(spec, format)));
            }
            Job::Robots => {
                let sitemap = self.urls.absolute(&self.urls.file("sitemap.xml"));
                return Ok(("robots.txt".to_string(), seo::robots_txt(&sitemap)));
            }
        };
        self.insert_globals(&mut ctx, &lang, &path);
        let html = self
            .theme
            .tera
            .render(template, &ctx)
            .map_err(|e| RenderError::Template {
                name: template.to_string(),
                message: tera_message(&e),
            })?;
        Ok((self.urls.output_file(&path), html))
    }

    /// `card.html` for one article, in the article's language.
    fn render_card(&self, i: usize) -> Result<String, RenderError> {
        let a = &self.corpus.articles[i];
        let mut ctx = Context::new();
        ctx.insert("a", &self.summary(a));
        ctx.insert("lang", &a.lang);
        ctx.insert("base_path", self.urls.base_path());
        match self.strings.get(&a.lang) {
            Some(t) => ctx.insert("t", t),
            None => ctx.insert(
                "t",
                &self
                    .theme
                    .strings_for(&a.lang, &self.config.default_language),
            ),
        }
        self.theme
            .tera
            .render("card.html", &ctx)
            .map_err(|e| RenderError::Template {
                name: "card.html".to_string(),
                message: tera_message(&e),
            })
    }

    /// The cards of `items`, from `render_all`'s cache when it has run.
    fn cards(&self, items: &[usize]) -> Result<Vec<std::borrow::Cow<'_, str>>, RenderError> {
        items
            .iter()
            .map(|&i| match self.cards.get().and_then(|c| c.get(i)) {
                Some(card) => Ok(std::borrow::Cow::Borrowed(card.as_str())),
                None => self.render_card(i).map(std::borrow::Cow::Owned),
            })
            .collect()
    }

    fn list_page(&self, list: &List, page: usize) -> Result<PageParts, RenderError> {
        let c = self.config;
        let p = paginate::page(&list.items, c.page_size, page, &list.path);
        let mut ctx = Context::new();
        ctx.insert("cards", &self.cards(p.items)?);
        ctx.insert("pager", &p.pager);
        let first = p.pager.number == 1;
        let template = match &list.kind {
            ListKind::Home => {
                ctx.insert("page_title", &c.title);
                ctx.insert("feeds", &self.feed_links(None));
                ctx.insert("language_counts", &self.language_counts);
                if first {
                    ctx.insert("alternates", &self.front_page_alternates());
                    let incidents: Vec<topics::IncidentSummary> = (0..self.corpus.incidents.len())
                        .take(topics::HOME_INCIDENTS)
                        .map(|ii| self.incident_summary(ii, &list.lang))
                        .collect();
                    ctx.insert("incidents", &incidents);
                }
                "index.html"
            }
            ListKind::Language(code) => {
                let language = self.language_ctx(code);
                ctx.insert("page_title", &language.title);
                ctx.insert("language", &language);
                ctx.insert("feeds", &self.feed_links(Some(code)));
                if first {
                    ctx.insert("alternates", &self.front_page_alternates());
                    ctx.insert("topics", &self.language_topics(code));
                }
                "lang.html"
            }
            ListKind::Topic(ti) => {
                self.topic_list_ctx(*ti, p.items, first, &list.lang, &mut ctx)?;
                let mut feeds = self.feed_links(None);
                let dir = format!("topics/{}/", self.corpus.topics[*ti].id);
                if let Some(&f) = self.feed_index.get(&dir) {
                    feeds.extend(self.feed_links_of(f));
                }
                ctx.insert("feeds", &feeds);
                "topic.html"
            }
            ListKind::Month { lang, month } => {
                let label = self.month_label(*month, &list.lang);
                let t = &self.strings[&list.lang];
                let mut title =
                    format!("{label} · {}", t.get("archive").map_or("", String::as_str));
                if let Some(code) = lang {
                    title.push_str(&format!(" · {}", crate::langdata::native_name(code)));
                    ctx.insert("language", &self.language_ctx(code));
                }
                ctx.insert("page_title", &title);
                ctx.insert(
                    "month",
                    &MonthCtx {
                        label,
                        iso: month.map_or_else(String::new, |(y, m)| format!("{y:04}-{m:02}")),
                        url: list.path.clone(),
                        count: list.items.len(),
                    },
                );
                ctx.insert("archive_url", &self.urls.archive(lang.as_deref()));
                ctx.insert("feeds", &self.feed_links(lang.as_deref()));
                "archive_month.html"
            }
        };
        Ok((template, p.pager.path, list.lang.clone(), ctx))
    }

    fn archive_index_page(&self, index: &ArchiveIndex) -> PageParts {
        let lang = index
            .lang
            .clone()
            .unwrap_or_else(|| self.config.default_language.clone());
        let mut years: Vec<YearCtx> = Vec::new();
        let mut undated = None;
        for &(month, count) in &index.months {
            let m = MonthCtx {
                label: self.month_label(month, &lang),
                iso: month.map_or_else(String::new, |(y, m)| format!("{y:04}-{m:02}")),
                url: self.urls.archive_month(index.lang.as_deref(), month),
                count,
            };
            match month {
                Some((y, _)) => {
                    let year = y.to_string();
                    match years.last_mut() {
                        Some(last) if last.year == year => last.months.push(m),
                        _ => years.push(YearCtx {
                            year,
                            months: vec![m],
                        }),
                    }
                }
                None => undated = Some(m),
            }
        }
        let mut ctx = Context::new();
        let t = &self.strings[&lang];
        let mut title = t.get("archive").cloned().unwrap_or_default();
        if let Some(code) = &index.lang {
            title.push_str(&format!(" · {}", crate::langdata::native_name(code)));
            ctx.insert("language", &self.language_ctx(code));
        }
        ctx.insert("page_title", &title);
        ctx.insert("years", &years);
        ctx.insert("language_counts", &self.language_counts);
        ctx.insert("undated", &undated);
        ctx.insert("feeds", &self.feed_links(index.lang.as_deref()));
        (
            "archive.html",
            self.urls.archive(index.lang.as_deref()),
            lang,
            ctx,
        )
    }

    fn article_page(&self, i: usize) -> PageParts {
        let a = &self.corpus.articles[i];
        let path = self.urls.article(a);
        let canonical = self.urls.absolute(&path);
        let article = ArticleCtx {
            headline: &a.headline,
            lang: &a.lang,
            lang_name: crate::langdata::native_name(&a.lang),
            url: a.url.as_deref().unwrap_or(""),
            source: &a.source,
            author: a.author.as_deref().unwrap_or(""),
            byline: a.byline.as_deref().unwrap_or(""),
            published: iso_date(a),
            published_display: display_date(a),
            lede: &a.lede,
            body_html: &a.body_html,
            lang_url: self.urls.language(&a.lang),
            path: path.clone(),
            facts: {
                let mut facts: Vec<&crate::dates::DatedFact> = a.facts.iter().collect();
                facts.sort_by_key(|f| f.sort_key());
                facts
                    .into_iter()
                    .map(|f| FactCtx::new(f, &a.lang))
                    .collect()
            },
        };
        let categories = crate::feeds::categories(a);
        let published_time = published_instant(a);
        let json_ld = seo::NewsArticle {
            headline: &a.headline,
            description: &a.lede,
            lang: &a.lang,
            date_published: published_time.clone(),
            url: &canonical,
            publisher: if a.source.is_empty() {
                &self.config.title
            } else {
                &a.source
            },
            author: a.author.as_deref().filter(|s| !s.is_empty()),
            based_on: a.url.as_deref(),
            site_name: &self.config.title,
            site_url: &self.config.base_url,
            about: categories.iter().map(|c| c.label.as_ref()).collect(),
        }
        .to_script();
        let og = OpenGraph {
            title: &a.headline,
            description: &a.lede,
            url: canonical.clone(),
            site_name: &self.config.title,
            published_time: published_time.unwrap_or_default(),
            tags: categories.iter().map(|c| c.label.to_string()).collect(),
        };
        let mut ctx = Context::new();
        ctx.insert("page_title", &a.headline);
        ctx.insert("article", &article);
        ctx.insert("og", &og);
        ctx.insert("json_ld", &json_ld);
        ctx.insert("alternates", &self.article_alternates(i));
        ctx.insert("feeds", &self.feed_links(Some(&a.lang)));
        ctx.insert("archive_url", &self.urls.archive(Some(&a.lang)));
        self.article_links_ctx(i, &mut ctx);
        ("article.html", path, a.lang.clone(), ctx)
    }

    fn language_ctx(&self, code: &str) -> LanguageCtx {
        LanguageCtx {
            code: code.to_string(),
            name: crate::langdata::native_name(code),
            title: self.config.language_title(code),
            description: self.config.language_description(code),
            url: self.urls.language(code),
            archive_url: self.urls.archive(Some(code)),
        }
    }

    /// "October 2021" in the page's language, or "Undated".
    fn month_label(&self, month: Month, lang: &str) -> String {
        match month {
            Some((y, m)) => crate::dates::display::format_date(
                &crate::dates::PartialDate {
                    year: Some(y),
                    month: Some(m),
                    day: None,
                    time: None,
                    zone: None,
                },
                lang,
            ),
            None => self
                .strings
                .get(lang)
                .and_then(|t| t.get("undated"))
                .cloned()
                .unwrap_or_else(|| "undated".to_string()),
        }
    }

    /// The site's feeds, and the language's when the page belongs to one.
    fn feed_links(&self, lang: Option<&str>) -> Vec<FeedLink> {
        let mut links = self.feed_links_of(0);
        if let Some(&f) = lang.and_then(|l| self.feed_index.get(&format!("{l}/"))) {
            links.extend(self.feed_links_of(f));
        }
        links
    }

    /// The links to `feeds[f]`, one per format.
    fn feed_links_of(&self, f: usize) -> Vec<FeedLink> {
        let spec = &self.feeds[f];
        spec.formats
            .iter()
            .map(|&format| FeedLink {
                media_type: format.media_type(),
                label: format.label(),
                title: format!("{} ({})", spec.title, format.label()),
                href: self.urls.absolute(&self.urls.file(&spec.rel(format))),
                path: self.urls.file(&spec.rel(format)),
            })
            .collect()
    }

    /// The home page and the language front pages are versions of one page.
    fn front_page_alternates(&self) -> Vec<Alternate> {
        let mut alts = vec![Alternate {
            hreflang: "x-default".to_string(),
            href: self.urls.absolute(&self.urls.home()),
        }];
        alts.extend(self.languages.iter().map(|l| Alternate {
            hreflang: l.code.clone(),
            href: self.urls.absolute(&l.url),
        }));
        alts
    }

    /// The article and its other-language versions (one per language, the
    /// first the link stage lists), or nothing when it has none.
    fn article_alternates(&self, i: usize) -> Vec<Alternate> {
        let Some(others) = self.corpus.alternates.get(i).filter(|o| !o.is_empty()) else {
            return Vec::new();
        };
        let me = &self.corpus.articles[i];
        let mut seen = std::collections::BTreeSet::from([me.lang.as_str()]);
        let mut alts = vec![Alternate {
            hreflang: me.lang.clone(),
            href: self.urls.absolute(&self.urls.article(me)),
        }];
        for &j in others {
            let Some(a) = self.corpus.articles.get(j) else {
                continue;
            };
            if seen.insert(a.lang.as_str()) {
                alts.push(Alternate {
                    hreflang: a.lang.clone(),
                    href: self.urls.absolute(&self.urls.article(a)),
                });
            }
        }
        alts.sort_by(|a, b| a.hreflang.cmp(&b.hreflang));
        if alts.len() < 2 { Vec::new() } else { alts }
    }

    /// The sitemap entry of a job's page: every HTML page but the 404 page.
    fn sitemap_url(&self, job: Job) -> Option<SitemapUrl> {
        if matches!(job, Job::NotFound) {
            return None;
        }
        let loc = self.urls.absolute(&self.page_path(job)?);
        let newest = |items: &[usize]| {
            items
                .iter()
                .filter_map(|&i| self.corpus.articles[i].published.as_ref())
                .map(|p| p.date)
                .max()
                .map(|d| d.to_string())
        };
        let (lastmod, alternates) = match job {
            Job::List { list, page } => {
                let list = &self.lists[list];
                let p = paginate::page(&list.items, self.config.page_size, page, &list.path);
                let front = matches!(list.kind, ListKind::Home | ListKind::Language(_));
                let alternates = if front && page == 1 {
                    self.front_page_alternates()
                } else {
                    Vec::new()
                };
                (newest(p.items), alternates)
            }
            Job::Article(i) => {
                let a = &self.corpus.articles[i];
                (
                    a.published.as_ref().map(|p| p.date.to_string()),
                    self.article_alternates(i),
                )
            }
            Job::ArchiveIndex(i) => {
                let items: &[usize] = match self.archive_indexes[i].lang.as_deref() {
                    Some(l) => self.corpus.by_lang.get(l).map_or(&[], Vec::as_slice),
                    None => self
                        .lists
                        .iter()
                        .find(|l| l.kind == ListKind::Home)
                        .map_or(&[], |l| l.items.as_slice()),
                };
                (newest(items), Vec::new())
            }
            Job::Incident(ii) => (newest(&self.corpus.incidents[ii].articles), Vec::new()),
            Job::TopicIndex(_)
            | Job::IncidentIndex(_)
            | Job::Feed { .. }
            | Job::NotFound
            | Job::Robots => (None, Vec::new()),
        };
        Some(SitemapUrl {
            loc,
            lastmod,
            alternates,
        })
    }

    fn insert_globals(&self, ctx: &mut Context, lang: &str, path: &str) {
        let c = self.config;
        ctx.insert(
            "site",
            &SiteCtx {
                title: &c.title,
                description: &c.description,
                base_url: &c.base_url,
                default_language: &c.default_language,
            },
        );
        ctx.insert("lang", lang);
        ctx.insert(
            "dir",
            if crate::langdata::is_rtl(lang) {
                "rtl"
            } else {
                "ltr"
            },
        );
        match self.strings.get(lang) {
            Some(t) => ctx.insert("t", t),
            None => ctx.insert("t", &self.theme.strings_for(lang, &c.default_language)),
        }
        ctx.insert("base_path", self.urls.base_path());
        ctx.insert("languages", &self.languages);
        ctx.insert(
            "nav",
            &NavCtx {
                home: self.urls.home(),
                archive: self.urls.archive(None),
                topics: self.urls.topics(),
                incidents: self.urls.incidents(),
                rss: self.urls.file(&self.feeds[0].rel(FeedFormat::Rss)),
                atom: self.urls.file(&self.feeds[0].rel(FeedFormat::Atom)),
            },
        );
        ctx.insert("canonical", &self.urls.absolute(path));
    }

    fn summary<'b>(&self, a: &'b Article) -> Summary<'b> {
        Summary {
            headline: &a.headline,
            url: self.urls.article(a),
            lang: &a.lang,
            lang_name: crate::langdata::native_name(&a.lang),
            source: &a.source,
            published: iso_date(a),
            published_display: display_date(a),
            lede: &a.lede,
        }
    }
}

/// A language feed's title: the language's own site title, else the site
/// title with the language's name.
fn language_feed_title(config: &SiteConfig, code: &str) -> String {
    match config.languages.get(code).and_then(|l| l.title.clone()) {
        Some(t) => t,
        None => format!("{} — {}", config.title, crate::langdata::native_name(code)),
    }
}

/// The publication date written for the article's readers.
fn display_date(a: &Article) -> String {
    a.published.as_ref().map_or_else(String::new, |p| {
        let value = crate::dates::PartialDate {
            year: Some(p.date.year()),
            month: Some(p.date.month()),
            day: Some(p.date.day()),
            time: None,
            zone: None,
        };
        crate::dates::display::format_date(&value, &a.lang)
    })
}

fn iso_date(a: &Article) -> String {
    a.published
        .as_ref()
        .map_or_else(String::new, |p| p.date.to_string())
}

/// The publication instant (RFC 3339) when the time is known, else the day.
fn published_instant(a: &Article) -> Option<String> {
    let p = a.published.as_ref()?;
    Some(match p.timestamp {
        Some(t) => crate::feeds::rfc3339(t),
        None => p.date.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ui_language_has_every_key_of_english() {
        let mut strings = Strings::new();
        for file in embedded_files(&DEFAULT_THEME) {
            let rel = file.path().to_string_lossy().replace('\\', "/");
            absorb(
                &rel,
                file.contents(),
                &rel,
                &mut BTreeMap::new(),
                &mut strings,
                &mut BTreeMap::new(),
            )
            .unwrap();
        }
        let en = &strings["en"];
        assert!(strings.len() >= 11, "{:?}", strings.keys());
        for (lang, table) in &strings {
            let missing: Vec<&String> = en.keys().filter(|k| !table.contains_key(*k)).collect();
            assert!(missing.is_empty(), "i18n/{lang}.toml lacks {missing:?}");
            let extra: Vec<&String> = table.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                extra.is_empty(),
                "i18n/{lang}.toml has unknown keys {extra:?}"
            );
        }
    }

    #[test]
    fn articles_of_one_incident_are_each_others_hreflang_alternates() {
        let root = tempfile::tempdir().unwrap();
        let config = SiteConfig::default();
        let theme = Theme::load(root.path(), &config).unwrap();
        let mut corpus = crate::link::link(
            vec![
                Article::sample("fr/a.txt", "fr", "Panne mondiale"),
                Article::sample("de/b.txt", "de", "Weltweiter Ausfall"),
                Article::sample("de/c.txt", "de", "Noch ein Ausfall"),
                Article::sample("en/d.txt", "en", "Unrelated outage"),
            ],
            &crate::topics::SiteTopics::default(),
        );
        let idx = |lang: &str, slug: &str| {
            corpus
                .articles
                .iter()
                .position(|a| a.lang == lang && a.slug.starts_with(slug))
                .unwrap()
        };
        let (fr, de, de2, en) = (
            idx("fr", "panne"),
            idx("de", "weltweiter"),
            idx("de", "noch"),
            idx("en", "unrelated"),
        );
        corpus.alternates[fr] = vec![de, de2];
        corpus.alternates[de] = vec![fr];
        let r = Renderer::new(&theme, &config, &corpus);
        let (_, html) = r.render(Job::Article(fr)).unwrap();
        let base = "http://127.0.0.1:1111";
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"de\" href=\"{base}/de/weltweiter-ausfall/\">"
            )),
            "{html}"
        );
        assert!(html.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"fr\" href=\"{base}/fr/panne-mondiale/\">"
        )));
        assert!(
            !html.contains("noch-ein-ausfall/\">"),
            "one alternate per language"
        );
        let entry = r.sitemap_url(Job::Article(de)).unwrap();
        let langs: Vec<&str> = entry
            .alternates
            .iter()
            .map(|a| a.hreflang.as_str())
            .collect();
        assert_eq!(langs, ["de", "fr"]);
        let (_, alone) = r.render(Job::Article(en)).unwrap();
        assert!(
            !alone.contains("<link rel=\"alternate\" hreflang"),
            "{alone}"
        );
        assert!(
            r.sitemap_url(Job::Article(en))
                .unwrap()
                .alternates
                .is_empty()
        );
    }
}
