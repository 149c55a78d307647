//! `depeche check`: build into a temporary directory, then prove that every
//! internal link and `#anchor` of every page resolves.
//!
//! Pages are read with html5ever's tokenizer (the WHATWG tokenizer, so
//! character references in attributes are decoded and script or style
//! content is never mistaken for markup); links are resolved with the `url`
//! crate against the page's own address under `base_url`, exactly as a
//! browser would, then percent-decoded into a path of the output.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::Path;

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use rayon::prelude::*;
use url::Url;

use crate::site::{BuildError, BuildOptions, BuildReport};

/// A link that does not resolve.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct LinkProblem {
    /// The page's site path (`/fr/x/`).
    pub page: String,
    /// 1-based line of the page where the link is.
    pub line: u64,
    /// The link as written in the page (entities decoded).
    pub link: String,
    pub reason: String,
    /// The content file the page was made from, when it is an article.
    pub source: Option<std::path::PathBuf>,
}

impl fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {} ({})",
            self.page, self.line, self.link, self.reason
        )?;
        match &self.source {
            Some(file) => write!(f, "; the page is made from {}", file.display()),
            None => Ok(()),
        }
    }
}

/// What one page offers and asks for.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageScan {
    /// Fragment targets: `id`s, and `name`s of `<a>`.
    pub ids: HashSet<String>,
    /// `href` and `src` values with their line.
    pub links: Vec<(String, u64)>,
    /// Why an XML file could not be read, if it could not.
    pub malformed: Option<String>,
}

#[derive(Default)]
struct Sink {
    scan: RefCell<PageScan>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        if tag.kind != TagKind::StartTag {
            return TokenSinkResult::Continue;
        }
        let name: &str = &tag.name;
        {
            let mut scan = self.scan.borrow_mut();
            for attr in &tag.attrs {
                match &*attr.name.local {
                    "id" => {
                        scan.ids.insert(attr.value.to_string());
                    }
                    "name" if name == "a" => {
                        scan.ids.insert(attr.value.to_string());
                    }
                    "href" | "src" => scan.links.push((attr.value.to_string(), line)),
                    _ => {}
                }
            }
        }
        // What the tree builder would tell the tokenizer: the content of
        // these elements is text, not markup.
        match name {
            "script" if !tag.self_closing => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

/// The ids and links of one HTML page.
pub fn scan_html(html: &str) -> PageScan {
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(html.into());
    // The sink never asks to pause for a script, so one feed reads it all.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.scan.take()
}

/// The links of a feed or sitemap: `href` attributes (Atom and
/// `atom:link`, `xhtml:link`), and the text of `<loc>` (sitemaps) and of
/// RSS's `<link>`. `Err` when the file is not well-formed XML.
pub fn scan_xml(xml: &str) -> Result<Vec<(String, u64)>, String> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| e.to_string())?;
    let mut links = Vec::new();
    for node in doc.descendants().filter(roxmltree::Node::is_element) {
        let line = u64::from(doc.text_pos_at(node.range().start).row);
        if let Some(href) = node.attribute("href") {
            links.push((href.to_string(), line));
        }
        let text = node.text().map(str::trim).filter(|t| !t.is_empty());
        if let (true, Some(text)) = (matches!(node.tag_name().name(), "loc" | "link"), text) {
            links.push((text.to_string(), line));
        }
    }
    Ok(links)
}

/// Where an internal link leads: the output file and the fragment, both
/// percent-decoded. `Ok(None)` for links that leave the site.
pub fn resolve(
    link: &str,
    page_url: &Url,
    base: &Url,
) -> Result<Option<(String, Option<String>)>, String> {
    let link = link.trim();
    let target = page_url
        .join(link)
        .map_err(|e| format!("not a valid URL: {e}"))?;
    if !matches!(target.scheme(), "http" | "https") || target.origin() != base.origin() {
        return Ok(None);
    }
    let written_absolute = Url::parse(link).is_ok();
    let Some(rel) = target.path().strip_prefix(base.path()) else {
        if written_absolute {
            return Ok(None);
        }
        return Err(format!("outside the site's base path {}", base.path()));
    };
    let rel = percent_encoding::percent_decode_str(rel)
        .decode_utf8()
        .map_err(|_| "path is not UTF-8 once decoded".to_string())?
        .into_owned();
    let fragment = target.fragment().map(|f| {
        percent_encoding::percent_decode_str(f)
            .decode_utf8_lossy()
            .into_owned()
    });
    Ok(Some((rel, fragment)))
}

/// The output file a decoded site-relative path names, if any: `a/` is
/// `a/index.html`, and `a` may be a folder (servers redirect to `a/`).
fn file_for<'a>(rel: &str, files: &'a BTreeMap<String, Option<PageScan>>) -> Option<&'a str> {
    let candidates = if rel.is_empty() || rel.ends_with('/') {
        vec![format!("{rel}index.html")]
    } else {
        vec![rel.to_string(), format!("{rel}/index.html")]
    };
    candidates
        .into_iter()
        .find_map(|c| files.get_key_value(&c).map(|(k, _)| k.as_str()))
}

/// What checking an output directory found.
#[derive(Debug, Default, Clone)]
pub struct LinkReport {
    pub pages: usize,
    pub links: usize,
    pub problems: Vec<LinkProblem>,
}

/// Checks every `href` and `src` of every HTML file under `dir`, a site
/// built for `base_url`, and every link of its feeds and sitemaps.
pub fn check_links(dir: &Path, base_url: &str) -> Result<LinkReport, String> {
    let base = Url::parse(base_url).map_err(|e| format!("base_url {base_url:?}: {e}"))?;
    let paths: Vec<String> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e.path().strip_prefix(dir).ok()?;
            Some(rel.to_string_lossy().replace('\\', "/"))
        })
        .collect();
    let scanned: Vec<(String, Option<PageScan>)> = paths
        .into_par_iter()
        .map(|rel| {
            let read = || std::fs::read(dir.join(&rel)).ok();
            let scan = if rel.ends_with(".html") {
                read().map(|bytes| scan_html(&String::from_utf8_lossy(&bytes)))
            } else if rel.ends_with(".xml") {
                read().map(|bytes| match scan_xml(&String::from_utf8_lossy(&bytes)) {
                    Ok(links) => PageScan {
                        links,
                        ..PageScan::default()
                    },
                    Err(e) => PageScan {
                        malformed: Some(e),
                        ..PageScan::default()
                    },
                })
            } else {
                None
            };
            (rel, scan)
        })
        .collect();
    let files: BTreeMap<String, Option<PageScan>> = scanned.into_iter().collect();
    let pages: Vec<(&String, &PageScan)> = files
        .iter()
        .filter_map(|(rel, scan)| scan.as_ref().map(|s| (rel, s)))
        .collect();
    let results: Vec<(usize, Vec<LinkProblem>)> = pages
        .par_iter()
        .map(|(rel, scan)| {
            let page_path = rel.strip_suffix("index.html").unwrap_or(rel);
            let page_url = base.join(page_path).unwrap_or_else(|_| base.clone());
            let shown = format!("{}{page_path}", base.path());
            let mut problems = Vec::new();
            if let Some(e) = &scan.malformed {
                problems.push(LinkProblem {
                    page: shown.clone(),
                    line: 1,
                    link: String::new(),
                    reason: format!("not well-formed XML: {e}"),
                    source: None,
                });
            }
            for (link, line) in &scan.links {
                let problem = |reason: String| LinkProblem {
                    page: shown.clone(),
                    line: *line,
                    link: link.clone(),
                    reason,
                    source: None,
                };
                match resolve(link, &page_url, &base) {
                    Err(reason) => problems.push(problem(reason)),
                    Ok(None) => {}
                    Ok(Some((target, fragment))) => match file_for(&target, &files) {
                        None => problems.push(problem("no such page in the site".into())),
                        Some(file) => {
                            let Some(f) = fragment.filter(|f| !f.is_empty()) else {
                                continue;
                            };
                            let ids = files
                                .get(file)
                                .and_then(Option::as_ref)
                                .filter(|_| file.ends_with(".html"));
                            let found = ids.is_none_or(|s| s.ids.contains(&f))
                                || f.eq_ignore_ascii_case("top");
                            if !found {
                                problems.push(problem(format!(
                                    "no element with id \"{f}\" on {}{}",
                                    base.path(),
                                    file.strip_suffix("index.html").unwrap_or(file)
                                )));
                            }
                        }
                    },
                }
            }
            (scan.links.len(), problems)
        })
        .collect();
    let mut report = LinkReport {
        pages: pages.len(),
        ..LinkReport::default()
    };
    for (n, mut p) in results {
        report.links += n;
        report.problems.append(&mut p);
    }
    report.problems.sort();
    Ok(report)
}

/// What `depeche check` found.
#[derive(Debug)]
pub struct CheckReport {
    /// The build into the temporary directory, with every warning.
    pub build: BuildReport,
    pub links: LinkReport,
}

impl CheckReport {
    /// Warnings and broken links make a check fail.
    pub fn ok(&self) -> bool {
        self.build.diagnostics.is_empty() && self.links.problems.is_empty()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Build(#[from] BuildError),
    #[error("cannot create a temporary directory to build into: {0}")]
    Temp(std::io::Error),
    #[error("{0}")]
    Links(String),
}

/// Builds the site as `opts` says, but into a temporary directory that is
/// removed afterwards, and checks its links.
pub fn check(opts: &BuildOptions) -> Result<CheckReport, CheckError> {
    let tmp = tempfile::Builder::new()
        .prefix("depeche-check")
        .tempdir()
        .map_err(CheckError::Temp)?;
    let output = tmp.path().join("site");
    let build = crate::site::build(&BuildOptions {
        output: Some(output.clone()),
        strict: false,
        ..opts.clone()
    })?;
    let mut config = crate::site::load_config(&opts.root)?;
    if let Some(url) = &opts.base_url {
        config
            .set_base_url(url, &opts.root.join("site.toml"))
            .map_err(BuildError::from)?;
    }
    let mut links = check_links(&output, &config.base_url).map_err(CheckError::Links)?;
    for p in &mut links.problems {
        p.source = build.sources.get(&p.page).cloned();
    }
    Ok(CheckReport { build, links })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tokenizer_reads_attributes_and_skips_script_text() {
        let scan = scan_html(
            "<p id=a>x</p><a name=\"b\" href=\"/x/?q=1&amp;r=2#c\">l</a>\n\
             <script>var s = '<a href=\"/nope/\">';</script><img src=/i.png>\n\
             <style>a[href=\"/nope2/\"] {}</style><title><a href=/nope3/></title>",
        );
        assert_eq!(scan.ids, HashSet::from(["a".to_string(), "b".to_string()]));
        assert_eq!(
            scan.links,
            vec![("/x/?q=1&r=2#c".to_string(), 1), ("/i.png".to_string(), 2)]
        );
    }

    #[test]
    fn feeds_and_sitemaps_give_their_links() {
        let links = scan_xml(
            "<urlset>\n<url><loc> https://e.org/a/ </loc>\n<xhtml:link xmlns:xhtml=\"x\" href=\"https://e.org/b/\"/></url></urlset>",
        )
        .unwrap();
        assert_eq!(
            links,
            vec![
                ("https://e.org/a/".to_string(), 2),
                ("https://e.org/b/".to_string(), 3)
            ]
        );
        assert!(scan_xml("<rss><channel>").is_err());
    }

    #[test]
    fn links_resolve_under_the_base_path() {
        let base = Url::parse("https://example.org/archive/").unwrap();
        let page = base.join("fr/a/").unwrap();
        let r = |l: &str| resolve(l, &page, &base);
        assert_eq!(r("/archive/fr/").unwrap(), Some(("fr/".into(), None)));
        assert_eq!(r("../b/").unwrap(), Some(("fr/b/".into(), None)));
        assert_eq!(
            r("#timeline%20x").unwrap(),
            Some(("fr/a/".into(), Some("timeline x".into())))
        );
        assert_eq!(
            r("/archive/fr/caf%C3%A9/").unwrap(),
            Some(("fr/café/".into(), None))
        );
        assert_eq!(
            r("https://example.org/archive/").unwrap(),
            Some((String::new(), None))
        );
        assert_eq!(r("https://other.example/").unwrap(), None);
        assert_eq!(r("mailto:a@example.org").unwrap(), None);
        assert_eq!(r("https://example.org/elsewhere/").unwrap(), None);
        assert!(r("/fr/").unwrap_err().contains("base path"));
    }
}
