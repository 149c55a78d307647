//! Plain data passed between pipeline stages.

use std::path::PathBuf;

use serde::Serialize;

use crate::diag::Diagnostic;

/// How the body of a file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BodyKind {
    /// Text copied from a web page, boilerplate included.
    Text,
    Markdown,
}

/// Metadata a curator states explicitly; it always wins over extraction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub title: Option<String>,
    /// As written (`2021-10-04`, `2021-10-04T17:40:00+02:00`); parsed by analyze.
    pub date: Option<String>,
    pub lang: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub topics: Vec<String>,
    pub draft: bool,
}

/// A file after `load`: decoded text and its front matter.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path as the user gave it or as discovered (used in messages).
    pub path: PathBuf,
    /// Path relative to `content/` with `/` separators; empty outside a site.
    pub rel_path: String,
    pub front: FrontMatter,
    pub kind: BodyKind,
    /// The body, without front matter, normalised to `\n` line ends.
    pub body: String,
    /// 1-based line of the file where `body` starts, so block lines map back.
    pub body_line: usize,
    /// Encoding the bytes were decoded from.
    pub encoding: &'static str,
    /// Hash (xxh3) of the file's bytes: everything extracted from the file
    /// follows from them (and the site's settings).
    pub source_hash: u64,
}

/// What a block of a page is. Only some kinds are article text; the rest is
/// page chrome that `clean` recognises so it can be dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Headline,
    Paragraph,
    SubHeading,
    Caption,
    Credit,
    Byline,
    ShareBar,
    Newsletter,
    CommentNotice,
    Navigation,
    Symbol,
    /// A publication or update line ("Publié le 16/10/2020 à 09h12").
    Dateline,
}

impl BlockKind {
    /// Whether the block is part of the article as published.
    pub fn is_content(self) -> bool {
        matches!(
            self,
            BlockKind::Paragraph | BlockKind::SubHeading | BlockKind::Caption | BlockKind::Byline
        )
    }
}

/// One line (raw text) or one top-level element (Markdown) of a page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// 1-based line in the source file.
    pub line: usize,
}

/// An article after `clean`: its blocks classified, headline and lede chosen.
#[derive(Debug, Clone)]
pub struct Cleaned {
    pub headline: Option<String>,
    pub lede: Option<String>,
    /// Article blocks in page order, lede excluded, chrome dropped.
    pub body: Vec<Block>,
    pub byline: Option<String>,
    /// A site name seen in the page (first line, comment notice, © footer).
    pub site_name: Option<String>,
    /// Sanitised HTML body, for Markdown input (raw text bodies are rendered from `body`).
    pub markdown_html: Option<String>,
    /// Publication and update lines, bylines included, in page order: where
    /// the page states its own date.
    pub datelines: Vec<String>,
    /// Short lines with numbers just below the lede: publication lines placed
    /// after the standfirst (they count only when they say "published").
    pub near_lede: Vec<String>,
}

/// A publication date, or a date-time when the source states the time.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Published {
    pub date: jiff::civil::Date,
    /// RFC 3339 timestamp when a time (and zone) is known.
    pub timestamp: Option<jiff::Timestamp>,
}

/// The unit everything downstream works on.
#[derive(Debug, Clone)]
pub struct Article {
    pub path: PathBuf,
    pub rel_path: String,
    pub kind: BodyKind,
    pub lang: String,
    pub lang_confidence: f64,
    pub headline: String,
    pub lede: String,
    pub body: Vec<Block>,
    pub body_html: String,
    pub byline: Option<String>,
    pub author: Option<String>,
    pub source: String,
    pub url: Option<String>,
    pub published: Option<Published>,
    pub facts: Vec<crate::dates::DatedFact>,
    /// Most salient first (see [`crate::topics`]).
    pub topics: Vec<crate::topics::Mention>,
    /// When the event the article reports happened.
    pub event_date: Option<jiff::civil::Date>,
    /// Month and day of the event when no year is known anywhere.
    pub event_day: Option<(i8, i8)>,
    /// Other incidents the article reports in passing.
    pub secondary: Vec<crate::topics::Secondary>,
    pub draft: bool,
    /// Hash of the file's bytes ([`Document::source_hash`]).
    pub source_hash: u64,
    /// Hash of `facts` (see [`crate::dates::facts_hash`]): what a merged
    /// timeline shows of the article, computed once at extraction so that
    /// rebuilds need not hash every fact again.
    pub facts_hash: u64,
    /// Set by `link`: unique within the article's language.
    pub slug: String,
    pub warnings: Vec<Diagnostic>,
}

#[cfg(test)]
impl Article {
    /// A minimal article for unit tests of the later stages.
    pub fn sample(rel_path: &str, lang: &str, headline: &str) -> Article {
        Article {
            path: format!("content/{rel_path}").into(),
            rel_path: rel_path.to_string(),
            kind: BodyKind::Text,
            lang: lang.to_string(),
            lang_confidence: 1.0,
            headline: headline.to_string(),
            lede: String::new(),
            body: Vec::new(),
            body_html: String::new(),
            byline: None,
            author: None,
            source: String::new(),
            url: None,
            published: None,
            facts: Vec::new(),
            topics: Vec::new(),
            event_date: None,
            event_day: None,
            secondary: Vec::new(),
            draft: false,
            source_hash: 0,
            facts_hash: 0,
            slug: crate::text::slugify(headline, 80),
            warnings: Vec::new(),
        }
    }
}
