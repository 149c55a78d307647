//! Stage 6: pages from templates. The theme, its UI strings, the page
//! contexts, and the parallel render of every page into an [`Output`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::config::SiteConfig;
use crate::link::Corpus;
use crate::model::Article;
use crate::output::{Output, OutputError};

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

#[derive(Serialize, Clone)]
struct LangLink {
    code: String,
    name: String,
    count: usize,
    url: String,
}

#[derive(Serialize)]
struct LanguageCtx {
    code: String,
    name: String,
    title: String,
    description: String,
    url: String,
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

/// One page to render.
#[derive(Debug, Clone, Copy)]
enum Job<'a> {
    Home,
    Language(&'a str),
    Article(usize),
    NotFound,
}

/// Renders a whole site from a linked corpus.
pub struct Renderer<'a> {
    pub theme: &'a Theme,
    pub config: &'a SiteConfig,
    pub corpus: &'a Corpus,
    base_path: String,
    languages: Vec<LangLink>,
}

impl<'a> Renderer<'a> {
    pub fn new(theme: &'a Theme, config: &'a SiteConfig, corpus: &'a Corpus) -> Self {
        let base_path = config.base_path();
        let languages = corpus
            .by_lang
            .iter()
            .map(|(code, idx)| LangLink {
                code: code.clone(),
                name: crate::langdata::native_name(code),
                count: idx.len(),
                url: format!("{base_path}{code}/"),
            })
            .collect();
        Renderer {
            theme,
            config,
            corpus,
            base_path,
            languages,
        }
    }

    pub fn article_path(&self, a: &Article) -> String {
        format!("{}{}/{}/", self.base_path, a.lang, a.slug)
    }

    /// Renders every page and copies the static files; returns the page count.
    pub fn render_all(&self, out: &Output) -> Result<usize, RenderError> {
        let mut jobs = vec![Job::Home, Job::NotFound];
        jobs.extend(
            self.corpus
                .by_lang
                .keys()
                .map(|l| Job::Language(l.as_str())),
        );
        jobs.extend((0..self.corpus.articles.len()).map(Job::Article));
        jobs.par_iter().try_for_each(|job| {
            let (rel, html) = self.render(*job)?;
            out.write(&rel, html.as_bytes()).map_err(RenderError::from)
        })?;
        for (rel, bytes) in &self.theme.statics {
            out.write(rel, bytes)?;
        }
        Ok(jobs.len())
    }

    fn render(&self, job: Job<'_>) -> Result<(String, String), RenderError> {
        let c = self.config;
        let (template, rel, lang, mut ctx) = match job {
            Job::Home => {
                let articles: Vec<Summary> = self
                    .corpus
                    .articles
                    .iter()
                    .take(c.front_page_size)
                    .map(|a| self.summary(a))
                    .collect();
                let mut ctx = Context::new();
                ctx.insert("articles", &articles);
                ctx.insert("page_title", &c.title);
                (
                    "index.html",
                    "index.html".to_string(),
                    c.default_language.as_str(),
                    ctx,
                )
            }
            Job::Language(code) => {
                let idx = &self.corpus.by_lang[code];
                let articles: Vec<Summary> = idx
                    .iter()
                    .take(c.front_page_size)
                    .map(|&i| self.summary(&self.corpus.articles[i]))
                    .collect();
                let language = LanguageCtx {
                    code: code.to_string(),
                    name: crate::langdata::native_name(code),
                    title: c.language_title(code),
                    description: c.language_description(code),
                    url: format!("{}{code}/", self.base_path),
                };
                let mut ctx = Context::new();
                ctx.insert("page_title", &language.title);
                ctx.insert("language", &language);
                ctx.insert("articles", &articles);
                ("lang.html", format!("{code}/index.html"), code, ctx)
            }
            Job::Article(i) => {
                let a = &self.corpus.articles[i];
                let path = self.article_path(a);
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
                    lang_url: format!("{}{}/", self.base_path, a.lang),
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
                let mut ctx = Context::new();
                ctx.insert("page_title", &a.headline);
                ctx.insert("article", &article);
                let rel = format!("{}/{}/index.html", a.lang, a.slug);
                ("article.html", rel, a.lang.as_str(), ctx)
            }
            Job::NotFound => (
                "404.html",
                "404.html".to_string(),
                c.default_language.as_str(),
                Context::new(),
            ),
        };
        self.insert_globals(&mut ctx, lang, &rel);
        let html = self
            .theme
            .tera
            .render(template, &ctx)
            .map_err(|e| RenderError::Template {
                name: template.to_string(),
                message: tera_message(&e),
            })?;
        Ok((rel, html))
    }

    fn insert_globals(&self, ctx: &mut Context, lang: &str, rel: &str) {
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
        ctx.insert("t", &self.theme.strings_for(lang, &c.default_language));
        ctx.insert("base_path", &self.base_path);
        ctx.insert("languages", &self.languages);
        let page_path = format!("{}{}", self.base_path, rel.trim_end_matches("index.html"));
        ctx.insert("canonical", &c.absolute_url(&page_path));
    }

    fn summary<'b>(&self, a: &'b Article) -> Summary<'b> {
        Summary {
            headline: &a.headline,
            url: self.article_path(a),
            lang: &a.lang,
            lang_name: crate::langdata::native_name(&a.lang),
            source: &a.source,
            published: iso_date(a),
            published_display: display_date(a),
            lede: &a.lede,
        }
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
