//! What search engines and link previews read: `sitemap.xml` (with hreflang
//! alternates), `robots.txt`, and an article's schema.org `NewsArticle`
//! JSON-LD.

use serde_json::{Value, json};

use crate::xml::Xml;

/// The most URLs one sitemap file may list (sitemaps.org); longer sites get
/// a sitemap index in `sitemap.xml` pointing at `sitemap-1.xml`, `sitemap-2.xml`…
pub const SITEMAP_MAX_URLS: usize = 50_000;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// An alternate of a page in another language (`hreflang` is a language
/// code or `x-default`), with its absolute URL.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// One page of the sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapUrl {
    /// Absolute URL.
    pub loc: String,
    /// W3C datetime (`2021-10-04`) of the newest article the page shows.
    pub lastmod: Option<String>,
    /// The page itself included, as search engines require; empty when the
    /// page has no other-language versions.
    pub alternates: Vec<Alternate>,
}

/// The sitemap files: `(path relative to the site root, bytes)`.
/// `sitemap_url` is the absolute URL of a sitemap file by its relative path.
pub fn sitemaps(
    urls: &[SitemapUrl],
    max_per_file: usize,
    sitemap_url: impl Fn(&str) -> String,
) -> Vec<(String, String)> {
    let max = max_per_file.max(1);
    if urls.len() <= max {
        return vec![("sitemap.xml".to_string(), urlset(urls).unwrap_or_default())];
    }
    let mut files = Vec::new();
    let mut index = Vec::new();
    for (n, chunk) in urls.chunks(max).enumerate() {
        let rel = format!("sitemap-{}.xml", n + 1);
        let lastmod = chunk.iter().filter_map(|u| u.lastmod.clone()).max();
        index.push((sitemap_url(&rel), lastmod));
        files.push((rel, urlset(chunk).unwrap_or_default()));
    }
    files.push((
        "sitemap.xml".to_string(),
        sitemap_index(&index).unwrap_or_default(),
    ));
    files
}

fn urlset(urls: &[SitemapUrl]) -> std::io::Result<String> {
    let mut x = Xml::new()?;
    x.start(
        "urlset",
        &[("xmlns", SITEMAP_NS), ("xmlns:xhtml", XHTML_NS)],
    )?;
    for u in urls {
        x.start("url", &[])?;
        x.text("loc", &[], &u.loc)?;
        if let Some(m) = &u.lastmod {
            x.text("lastmod", &[], m)?;
        }
        for a in &u.alternates {
            x.empty(
                "xhtml:link",
                &[
                    ("rel", "alternate"),
                    ("hreflang", &a.hreflang),
                    ("href", &a.href),
                ],
            )?;
        }
        x.end("url")?;
    }
    x.end("urlset")?;
    Ok(x.finish())
}

fn sitemap_index(files: &[(String, Option<String>)]) -> std::io::Result<String> {
    let mut x = Xml::new()?;
    x.start("sitemapindex", &[("xmlns", SITEMAP_NS)])?;
    for (loc, lastmod) in files {
        x.start("sitemap", &[])?;
        x.text("loc", &[], loc)?;
        if let Some(m) = lastmod {
            x.text("lastmod", &[], m)?;
        }
        x.end("sitemap")?;
    }
    x.end("sitemapindex")?;
    Ok(x.finish())
}

/// `robots.txt`: everything may be crawled; the sitemap's absolute URL.
/// (Crawlers read it only at a domain's root: a site under a sub-path has
/// it in its own folder, for the host's own robots.txt to copy from.)
pub fn robots_txt(sitemap_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n")
}

/// What a `NewsArticle` description is made of.
pub struct NewsArticle<'a> {
    pub headline: &'a str,
    pub description: &'a str,
    pub lang: &'a str,
    /// RFC 3339 instant or `YYYY-MM-DD`.
    pub date_published: Option<String>,
    /// The page's absolute URL.
    pub url: &'a str,
    /// The news outlet that published the story (the article's source).
    pub publisher: &'a str,
    pub author: Option<&'a str>,
    /// The original story's address.
    pub based_on: Option<&'a str>,
    pub site_name: &'a str,
    pub site_url: &'a str,
    pub about: Vec<&'a str>,
}

impl NewsArticle<'_> {
    pub fn to_value(&self) -> Value {
        let mut v = json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.headline,
            "inLanguage": self.lang,
            "url": self.url,
            "mainEntityOfPage": self.url,
            "publisher": {"@type": "Organization", "name": self.publisher},
            "isPartOf": {"@type": "WebSite", "name": self.site_name, "url": self.site_url},
        });
        if !self.description.is_empty() {
            v["description"] = json!(self.description);
        }
        if let Some(d) = &self.date_published {
            v["datePublished"] = json!(d);
        }
        if let Some(a) = self.author {
            v["author"] = json!({"@type": "Person", "name": a});
        }
        if let Some(u) = self.based_on {
            v["isBasedOn"] = json!(u);
        }
        if !self.about.is_empty() {
            v["about"] = Value::Array(
                self.about
                    .iter()
                    .map(|name| json!({"@type": "Thing", "name": name}))
                    .collect(),
            );
        }
        v
    }

    /// The JSON, safe to place between `<script type="application/ld+json">`
    /// and `</script>` unescaped.
    pub fn to_script(&self) -> String {
        script_safe_json(&self.to_value())
    }
}

/// JSON that cannot end or confuse a `<script>` element: `<`, `>` and `&`
/// (so no `</script>` or `<!--`) and the JavaScript line separators are
/// written as `\u` escapes, which any JSON parser reads back unchanged.
pub fn script_safe_json(v: &Value) -> String {
    let text = v.to_string();
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(n: usize) -> SitemapUrl {
        SitemapUrl {
            loc: format!("https://example.org/a/{n}/"),
            lastmod: Some(format!("2021-10-{:02}", n % 28 + 1)),
            alternates: Vec::new(),
        }
    }

    #[test]
    fn long_sitemaps_are_split_under_an_index() {
        let urls: Vec<SitemapUrl> = (0..5).map(url).collect();
        let one = sitemaps(&urls, 5, |r| format!("https://example.org/{r}"));
        assert_eq!(one.len(), 1);
        assert!(one[0].1.contains("<urlset"));
        let split = sitemaps(&urls, 2, |r| format!("https://example.org/{r}"));
        let names: Vec<&str> = split.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml",
                "sitemap.xml"
            ]
        );
        let index = &split[3].1;
        assert!(index.contains("<sitemapindex"), "{index}");
        assert!(index.contains("<loc>https://example.org/sitemap-3.xml</loc>"));
        assert_eq!(split[2].1.matches("<url>").count(), 1);
    }

    #[test]
    fn script_json_cannot_close_the_script() {
        let v = json!({"headline": "</script><!-- & \u{2028} \"q\" 'a'"});
        let s = script_safe_json(&v);
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
