//! RSS 2.0 and Atom 1.0 feeds, written with quick-xml's writer from a plain
//! [`FeedSpec`], so any list of articles (the whole site, one language, a
//! topic, an incident) becomes a feed by building one more spec.
//!
//! Rules every feed follows, checked by `tests/feeds.rs` against feed-rs
//! and the W3C validator's structural rules:
//! - An entry's id (`<guid>`, `<id>`) is `urn:uuid:` and the RFC 4122
//!   version 5 UUID of the site's `base_url` followed by `content/` and the
//!   article's path under `content/`. Editing a headline (which renames the
//!   slug) keeps it; moving the file or the site changes it.
//! - Dates are the publication instant, or midnight UTC of the publication
//!   day when no time is known; RFC 822 (`Mon, 04 Oct 2021 00:00:00 GMT`)
//!   in RSS, RFC 3339 in Atom. An undated article has no `<pubDate>` (RSS
//!   makes it optional) and no `<published>`, and its Atom `<updated>` is
//!   `1970-01-01T00:00:00Z`, a value no later build can change.
//! - A feed's own updated date is its newest entry's, never the build time,
//!   so rebuilding gives the same bytes.
//! - Text from articles is escaped by the writer ([`crate::xml`]); RSS item
//!   descriptions, which readers take as HTML, are HTML-escaped first.

use std::borrow::Cow;

use jiff::Timestamp;

use crate::config::SiteConfig;
use crate::model::Article;
use crate::urls::Urls;
use crate::xml::Xml;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FeedFormat {
    Rss,
    Atom,
}

impl FeedFormat {
    pub const ALL: [FeedFormat; 2] = [FeedFormat::Rss, FeedFormat::Atom];

    pub fn file_name(self) -> &'static str {
        match self {
            FeedFormat::Rss => "rss.xml",
            FeedFormat::Atom => "atom.xml",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            FeedFormat::Rss => "application/rss+xml",
            FeedFormat::Atom => "application/atom+xml",
        }
    }

    /// The name shown in links ("RSS", "Atom").
    pub fn label(self) -> &'static str {
        match self {
            FeedFormat::Rss => "RSS",
            FeedFormat::Atom => "Atom",
        }
    }
}

/// One feed, in plain terms: what it is called, which page it mirrors and
/// which articles it lists.
#[derive(Debug, Clone)]
pub struct FeedSpec<'a> {
    /// Folder of the feed files under the site root: `""`, `"fr/"`,
    /// `"topics/{id}/"`; the files are `rss.xml` and `atom.xml` in it.
    pub dir: String,
    pub title: String,
    pub description: String,
    /// Language of the feed's own title and description (`<language>`,
    /// `xml:lang`); each entry also states its article's language.
    pub lang: String,
    /// Site path of the HTML page that shows the same list.
    pub page_path: String,
    /// Newest first; the writer keeps the first `[feeds] limit`.
    pub entries: Vec<&'a Article>,
    /// Formats to write, usually [`FeedFormat::ALL`].
    pub formats: &'static [FeedFormat],
}

impl FeedSpec<'_> {
    /// Output path of the feed in `format`, relative to the site root.
    pub fn rel(&self, format: FeedFormat) -> String {
        format!("{}{}", self.dir, format.file_name())
    }
}

/// A category of an entry: `term` is stable (an id), `label` is for readers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category<'a> {
    pub term: Cow<'a, str>,
    pub label: Cow<'a, str>,
}

/// Topics given as categories: the most salient ones.
const MAX_CATEGORIES: usize = 8;

/// The topics of an article as categories (its own, most salient first;
/// names not yet confirmed as names are left out): the one place feeds,
/// JSON-LD (`about`) and Open Graph (`article:tag`) read topics from.
pub fn categories(a: &Article) -> Vec<Category<'_>> {
    a.topics
        .iter()
        .filter(|t| !t.tentative && !t.id.is_empty())
        .take(MAX_CATEGORIES)
        .map(|t| Category {
            term: Cow::Borrowed(t.id.as_str()),
            label: Cow::Borrowed(t.name.as_str()),
        })
        .collect()
}

/// The stable id of an article's entry (see the module documentation).
pub fn entry_id(config: &SiteConfig, a: &Article) -> String {
    let path = if a.rel_path.is_empty() {
        a.path.to_string_lossy().replace('\\', "/")
    } else {
        a.rel_path.clone()
    };
    let name = format!("{}content/{path}", config.base_url);
    format!(
        "urn:uuid:{}",
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, name.as_bytes())
    )
}

/// The instant an entry is dated with, if the article has a known date.
pub fn entry_time(a: &Article) -> Option<Timestamp> {
    let p = a.published.as_ref()?;
    p.timestamp.or_else(|| {
        p.date
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp())
    })
}

/// RFC 822 with a four-digit year and `GMT`, as RSS readers expect.
pub fn rfc822(t: Timestamp) -> String {
    jiff::fmt::rfc2822::DateTimePrinter::new()
        .timestamp_to_rfc9110_string(&t)
        .unwrap_or_else(|_| "Thu, 01 Jan 1970 00:00:00 GMT".to_string())
}

/// RFC 3339 in UTC, whole seconds.
pub fn rfc3339(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// What a feed needs to know about the site.
pub struct FeedSite<'a> {
    pub config: &'a SiteConfig,
    pub urls: &'a Urls,
}

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
const CONTENT_NS: &str = "http://purl.org/rss/1.0/modules/content/";
const DC_NS: &str = "http://purl.org/dc/elements/1.1/";

impl FeedSite<'_> {
    /// The feed `spec` in `format`, as the bytes of its file.
    pub fn write(&self, spec: &FeedSpec, format: FeedFormat) -> String {
        let entries = self.limited(spec);
        // Writing into a Vec cannot fail; an error would only ever be I/O.
        let written = match format {
            FeedFormat::Rss => self.rss(spec, entries),
            FeedFormat::Atom => self.atom(spec, entries),
        };
        written.unwrap_or_default()
    }

    fn limited<'s, 'a>(&self, spec: &'s FeedSpec<'a>) -> &'s [&'a Article] {
        match self.config.feeds.limit {
            0 => &spec.entries,
            n => &spec.entries[..n.min(spec.entries.len())],
        }
    }

    fn self_url(&self, spec: &FeedSpec, format: FeedFormat) -> String {
        self.urls.absolute(&self.urls.file(&spec.rel(format)))
    }

    fn article_url(&self, a: &Article) -> String {
        self.urls.absolute(&self.urls.article(a))
    }

    fn rss(&self, spec: &FeedSpec, entries: &[&Article]) -> std::io::Result<String> {
        let mut x = Xml::new()?;
        x.start(
            "rss",
            &[
                ("version", "2.0"),
                ("xmlns:atom", ATOM_NS),
                ("xmlns:content", CONTENT_NS),
                ("xmlns:dc", DC_NS),
            ],
        )?;
        x.start("channel", &[])?;
        x.text("title", &[], &spec.title)?;
        x.text("link", &[], &self.urls.absolute(&spec.page_path))?;
        let description = if spec.description.trim().is_empty() {
            &spec.title
        } else {
            &spec.description
        };
        x.text("description", &[], description)?;
        x.text("language", &[], &spec.lang)?;
        x.text("generator", &[], "depeche")?;
        if let Some(t) = entries.iter().filter_map(|a| entry_time(a)).max() {
            x.text("lastBuildDate", &[], &rfc822(t))?;
        }
        let self_url = self.self_url(spec, FeedFormat::Rss);
        x.empty(
            "atom:link",
            &[
                ("href", &self_url),
                ("rel", "self"),
                ("type", FeedFormat::Rss.media_type()),
            ],
        )?;
        for a in entries {
            x.start("item", &[])?;
            x.text("title", &[], &a.headline)?;
            let url = self.article_url(a);
            x.text("link", &[], &url)?;
            if !a.lede.is_empty() {
                // An item's description is HTML by RSS convention: the lede
                // is text, so it is escaped once for HTML, then for XML.
                x.text("description", &[], &crate::text::escape_html(&a.lede))?;
            }
            if self.config.feeds.full_content {
                x.text("content:encoded", &[], &a.body_html)?;
            }
            if let Some(author) = a.author.as_deref().filter(|s| !s.is_empty()) {
                x.text("dc:creator", &[], author)?;
            }
            for c in categories(a) {
                x.text("category", &[], &c.label)?;
            }
            x.text(
                "guid",
                &[("isPermaLink", "false")],
                &entry_id(self.config, a),
            )?;
            if let Some(t) = entry_time(a) {
                x.text("pubDate", &[], &rfc822(t))?;
            }
            x.text("dc:language", &[], &a.lang)?;
            x.end("item")?;
        }
        x.end("channel")?;
        x.end("rss")?;
        Ok(x.finish())
    }

    fn atom(&self, spec: &FeedSpec, entries: &[&Article]) -> std::io::Result<String> {
        let mut x = Xml::new()?;
        x.start("feed", &[("xmlns", ATOM_NS), ("xml:lang", &spec.lang)])?;
        x.text("title", &[("type", "text")], &spec.title)?;
        if !spec.description.trim().is_empty() {
            x.text("subtitle", &[("type", "text")], &spec.description)?;
        }
        let self_url = self.self_url(spec, FeedFormat::Atom);
        x.empty(
            "link",
            &[
                ("href", &self_url),
                ("rel", "self"),
                ("type", FeedFormat::Atom.media_type()),
            ],
        )?;
        x.empty(
            "link",
            &[
                ("href", &self.urls.absolute(&spec.page_path)),
                ("rel", "alternate"),
                ("type", "text/html"),
            ],
        )?;
        x.text("id", &[], &self_url)?;
        let updated = entries
            .iter()
            .filter_map(|a| entry_time(a))
            .max()
            .unwrap_or(Timestamp::UNIX_EPOCH);
        x.text("updated", &[], &rfc3339(updated))?;
        x.start("author", &[])?;
        x.text("name", &[], &self.config.title)?;
        x.text("uri", &[], &self.config.base_url)?;
        x.end("author")?;
        x.text("generator", &[], "depeche")?;
        for a in entries {
            let url = self.article_url(a);
            x.start("entry", &[("xml:lang", &a.lang)])?;
            x.text("title", &[("type", "text")], &a.headline)?;
            x.empty(
                "link",
                &[("href", &url), ("rel", "alternate"), ("type", "text/html")],
            )?;
            x.text("id", &[], &entry_id(self.config, a))?;
            let time = entry_time(a);
            if let Some(t) = time {
                x.text("published", &[], &rfc3339(t))?;
            }
            x.text(
                "updated",
                &[],
                &rfc3339(time.unwrap_or(Timestamp::UNIX_EPOCH)),
            )?;
            if let Some(author) = a.author.as_deref().filter(|s| !s.is_empty()) {
                x.start("author", &[])?;
                x.text("name", &[], author)?;
                x.end("author")?;
            }
            for c in categories(a) {
                x.empty("category", &[("term", &c.term), ("label", &c.label)])?;
            }
            if !a.lede.is_empty() {
                x.text("summary", &[("type", "text")], &a.lede)?;
            }
            if self.config.feeds.full_content {
                // Links inside the body are site paths: xml:base makes them
                // resolve against the article's own address.
                x.text(
                    "content",
                    &[("type", "html"), ("xml:base", &url)],
                    &a.body_html,
                )?;
            }
            x.end("entry")?;
        }
        x.end("feed")?;
        Ok(x.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_formats() {
        let t: Timestamp = "2021-10-04T15:40:00Z".parse().unwrap();
        assert_eq!(rfc822(t), "Mon, 04 Oct 2021 15:40:00 GMT");
        assert_eq!(rfc3339(t), "2021-10-04T15:40:00Z");
        assert_eq!(rfc3339(Timestamp::UNIX_EPOCH), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn ids_depend_on_the_path_and_site_only() {
        let config = SiteConfig::default();
        let a = Article::sample("fr/a.txt", "fr", "Un titre");
        let id = entry_id(&config, &a);
        assert!(id.starts_with("urn:uuid:") && id.len() == 45, "{id}");
        let renamed = Article {
            headline: "Un autre titre".into(),
            slug: "un-autre-titre".into(),
            ..a.clone()
        };
        assert_eq!(entry_id(&config, &renamed), id);
        let moved = Article {
            rel_path: "fr/b.txt".into(),
            ..a
        };
        assert_ne!(entry_id(&config, &moved), id);
    }
}
