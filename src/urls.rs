//! The site map in code: the one place that knows where each page lives.
//!
//! Every internal link, feed link, sitemap entry and output file name is
//! built here, on the path part of `base_url`, so that a site works at a
//! domain root and under a sub-path alike, and so that pages, feeds, the
//! sitemap and `depeche check` can never disagree about an address.

use crate::config::SiteConfig;
use crate::model::Article;

/// Site paths (always starting with the base path and, for pages, ending
/// with `/`) and their absolute URLs.
#[derive(Debug, Clone)]
pub struct Urls {
    base_path: String,
    /// Scheme and host of `base_url`, without a trailing `/`.
    origin: String,
}

/// A month of the archive: `Some((year, month))`, or `None` for the
/// articles whose publication date is unknown.
pub type Month = Option<(i16, i8)>;

impl Urls {
    pub fn new(config: &SiteConfig) -> Self {
        let base_path = config.base_path();
        let origin = config.absolute_url("");
        Urls { base_path, origin }
    }

    /// `/` or `/sub/path/`.
    pub fn base_path(&self) -> &str {
        &self.base_path
    }

    pub fn home(&self) -> String {
        self.base_path.clone()
    }

    pub fn language(&self, lang: &str) -> String {
        format!("{}{lang}/", self.base_path)
    }

    pub fn article(&self, a: &Article) -> String {
        format!("{}{}/{}/", self.base_path, a.lang, a.slug)
    }

    /// The archive index: of the whole site (`/archive/`) or of one language
    /// (`/{lang}/archive/`).
    pub fn archive(&self, lang: Option<&str>) -> String {
        match lang {
            Some(l) => format!("{}{l}/archive/", self.base_path),
            None => format!("{}archive/", self.base_path),
        }
    }

    /// One month of the archive: `…/archive/2021/10/`, or `…/archive/undated/`.
    pub fn archive_month(&self, lang: Option<&str>, month: Month) -> String {
        let index = self.archive(lang);
        match month {
            Some((y, m)) => format!("{index}{y:04}/{m:02}/"),
            None => format!("{index}undated/"),
        }
    }

    /// The topic index, `/topics/`.
    pub fn topics(&self) -> String {
        format!("{}topics/", self.base_path)
    }

    /// A topic's page, `/topics/{id}/`.
    pub fn topic(&self, id: &str) -> String {
        format!("{}topics/{id}/", self.base_path)
    }

    /// The incident index, `/incidents/`.
    pub fn incidents(&self) -> String {
        format!("{}incidents/", self.base_path)
    }

    /// An incident's digest, `/incidents/{id}/`.
    pub fn incident(&self, id: &str) -> String {
        format!("{}incidents/{id}/", self.base_path)
    }

    /// A file at the site root, such as `rss.xml` or `fr/atom.xml`.
    pub fn file(&self, rel: &str) -> String {
        format!("{}{rel}", self.base_path)
    }

    /// The absolute URL of a site path.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// The output file that serves a site path: `/fr/x/` → `fr/x/index.html`.
    pub fn output_file(&self, path: &str) -> String {
        let rel = path.strip_prefix(&self.base_path).unwrap_or(path);
        if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(base: &str) -> Urls {
        let mut c = SiteConfig::default();
        c.set_base_url(base, std::path::Path::new("site.toml"))
            .unwrap();
        Urls::new(&c)
    }

    #[test]
    fn paths_under_a_sub_path() {
        let u = urls("https://example.org/archive");
        assert_eq!(u.home(), "/archive/");
        assert_eq!(u.language("fr"), "/archive/fr/");
        assert_eq!(u.archive(None), "/archive/archive/");
        assert_eq!(
            u.archive_month(Some("fr"), Some((2021, 3))),
            "/archive/fr/archive/2021/03/"
        );
        assert_eq!(u.archive_month(None, None), "/archive/archive/undated/");
        assert_eq!(u.topic("north-korea"), "/archive/topics/north-korea/");
        assert_eq!(
            u.incident("2021-10-04-facebook-outage"),
            "/archive/incidents/2021-10-04-facebook-outage/"
        );
        assert_eq!(
            u.absolute("/archive/fr/"),
            "https://example.org/archive/fr/"
        );
        assert_eq!(u.output_file("/archive/"), "index.html");
        assert_eq!(u.output_file("/archive/fr/x/"), "fr/x/index.html");
        assert_eq!(u.output_file("/archive/rss.xml"), "rss.xml");
    }

    #[test]
    fn paths_at_the_root() {
        let u = urls("http://localhost:8000/");
        assert_eq!(u.file("fr/rss.xml"), "/fr/rss.xml");
        assert_eq!(u.absolute(&u.home()), "http://localhost:8000/");
    }
}
