//! `site.toml`: the site's configuration.
//!
//! Unknown keys are errors rather than silently ignored, because a typo in a
//! key (`base_ulr`) would otherwise build a wrong site without a word.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::line_of_offset;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}: {message}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
}

/// Per-language overrides of the site title and description.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    pub title: Option<String>,
    pub description: Option<String>,
}

/// A topic the site defines: `[topics.ID]`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TopicConfig {
    /// Display name per language code.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// Other ways articles write it, in any language and script.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `entity` (default), `place` or `custom`.
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    #[serde(default = "default_title")]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "default_base_url")]
    pub base_url: String,
    #[serde(default = "default_language")]
    pub default_language: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    #[serde(default = "default_output_dir")]
    pub output_dir: PathBuf,
    /// Articles per page of every list (home, language front pages, month
    /// archives); longer lists continue on `page/2/`, `page/3/`…
    /// `front_page_size`, its earlier name, is still read.
    #[serde(default = "default_page_size", alias = "front_page_size")]
    pub page_size: usize,
    #[serde(default)]
    pub feeds: FeedsConfig,
    #[serde(default)]
    pub languages: BTreeMap<String, LanguageConfig>,
    #[serde(default)]
    pub topics: BTreeMap<String, TopicConfig>,
}

/// `[feeds]`: what the RSS and Atom feeds hold.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FeedsConfig {
    /// Newest entries per feed; 0 puts every article in every feed.
    #[serde(default = "default_feed_limit")]
    pub limit: usize,
    /// Whether entries carry the article body, not only its lede.
    #[serde(default)]
    pub full_content: bool,
}

impl Default for FeedsConfig {
    fn default() -> Self {
        FeedsConfig {
            limit: default_feed_limit(),
            full_content: false,
        }
    }
}

fn default_feed_limit() -> usize {
    50
}

fn default_title() -> String {
    "depeche".to_string()
}
fn default_base_url() -> String {
    "http://127.0.0.1:1111/".to_string()
}
fn default_language() -> String {
    "en".to_string()
}
fn default_theme() -> String {
    "default".to_string()
}
fn default_output_dir() -> PathBuf {
    PathBuf::from("public")
}
fn default_page_size() -> usize {
    50
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: default_title(),
            description: String::new(),
            base_url: default_base_url(),
            default_language: default_language(),
            theme: default_theme(),
            output_dir: default_output_dir(),
            page_size: default_page_size(),
            feeds: FeedsConfig::default(),
            languages: BTreeMap::new(),
            topics: BTreeMap::new(),
        }
    }
}

impl SiteConfig {
    /// Reads `site.toml` at `path`.
    pub fn load(path: &Path) -> Result<SiteConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        SiteConfig::parse(&text, path)
    }

    /// Parses configuration text; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<SiteConfig, ConfigError> {
        let mut config: SiteConfig = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            line: e.span().map_or(1, |s| line_of_offset(text, s.start)),
            message: e.message().trim().to_string(),
        })?;
        config.normalize(path)?;
        Ok(config)
    }

    fn normalize(&mut self, path: &Path) -> Result<(), ConfigError> {
        let invalid = |message: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        if !(self.base_url.starts_with("http://") || self.base_url.starts_with("https://")) {
            return Err(invalid(format!(
                "base_url must be an absolute http(s) URL, got {:?}",
                self.base_url
            )));
        }
        if !self.base_url.ends_with('/') {
            self.base_url.push('/');
        }
        if !crate::langdata::is_language_code(&self.default_language) {
            return Err(invalid(format!(
                "default_language must be an ISO 639-1 code such as \"en\", got {:?}",
                self.default_language
            )));
        }
        if self.page_size == 0 {
            return Err(invalid("page_size must be at least 1".into()));
        }
        for (id, topic) in &self.topics {
            if crate::topics::site::topic_id(id).as_deref() != Some(id.as_str()) {
                return Err(invalid(format!(
                    "[topics.{id}]: a topic id must be lowercase ASCII letters, digits and dashes, such as {:?}",
                    crate::topics::site::topic_id(id).unwrap_or_else(|| "my-topic".into())
                )));
            }
            if let Some(kind) = &topic.kind
                && !matches!(kind.as_str(), "entity" | "place" | "custom")
            {
                return Err(invalid(format!(
                    "[topics.{id}]: kind must be \"entity\", \"place\" or \"custom\", got {kind:?}"
                )));
            }
        }
        Ok(())
    }

    /// Replaces the base URL (from `--base-url`), with the same checks as the file.
    pub fn set_base_url(&mut self, url: &str, path: &Path) -> Result<(), ConfigError> {
        self.base_url = url.to_string();
        self.normalize(path)
    }

    /// The path part of `base_url`, always starting and ending with `/`;
    /// every internal link is built on it so a site can live under a sub-path.
    pub fn base_path(&self) -> String {
        let after_scheme = self.base_url.split_once("://").map_or("", |(_, r)| r);
        match after_scheme.find('/') {
            Some(i) => after_scheme[i..].to_string(),
            None => "/".to_string(),
        }
    }

    /// Absolute URL of a site path such as `/fr/` (which already includes the base path).
    pub fn absolute_url(&self, path: &str) -> String {
        let origin_end = self
            .base_url
            .split_once("://")
            .map(|(scheme, rest)| scheme.len() + 3 + rest.find('/').unwrap_or(rest.len()))
            .unwrap_or(0);
        format!("{}{}", &self.base_url[..origin_end], path)
    }

    pub fn language_title(&self, lang: &str) -> String {
        self.languages
            .get(lang)
            .and_then(|l| l.title.clone())
            .unwrap_or_else(|| self.title.clone())
    }

    pub fn language_description(&self, lang: &str) -> String {
        self.languages
            .get(lang)
            .and_then(|l| l.description.clone())
            .unwrap_or_else(|| self.description.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<SiteConfig, ConfigError> {
        SiteConfig::parse(text, Path::new("site.toml"))
    }

    #[test]
    fn reads_a_full_config() {
        let c = parse(
            "title = \"Archive\"\nbase_url = \"https://example.org/news\"\n\
             default_language = \"fr\"\n[languages.de]\ntitle = \"Archiv\"\n",
        )
        .unwrap();
        assert_eq!(c.base_url, "https://example.org/news/");
        assert_eq!(c.base_path(), "/news/");
        assert_eq!(c.absolute_url("/news/fr/"), "https://example.org/news/fr/");
        assert_eq!(c.language_title("de"), "Archiv");
        assert_eq!(c.language_title("it"), "Archive");
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let err = parse("title = \"x\"\n\nbase_ulr = \"https://e.org/\"\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("site.toml:3"), "{msg}");
        assert!(msg.contains("base_ulr"), "{msg}");
    }

    #[test]
    fn wrong_type_names_line() {
        let err = parse("title = 3\n").unwrap_err().to_string();
        assert!(err.contains("site.toml:1"), "{err}");
    }

    #[test]
    fn page_size_and_feeds() {
        let c = parse("page_size = 10\n[feeds]\nlimit = 5\nfull_content = true\n").unwrap();
        assert_eq!(
            (c.page_size, c.feeds.limit, c.feeds.full_content),
            (10, 5, true)
        );
        assert_eq!(parse("front_page_size = 7\n").unwrap().page_size, 7);
        let d = parse("").unwrap();
        assert_eq!(
            (d.page_size, d.feeds.limit, d.feeds.full_content),
            (50, 50, false)
        );
        assert!(parse("page_size = 0\n").is_err());
        let err = parse("[feeds]\nlimt = 3\n").unwrap_err().to_string();
        assert!(err.contains("site.toml:2") && err.contains("limt"), "{err}");
    }

    #[test]
    fn relative_base_url_is_rejected() {
        assert!(parse("base_url = \"example.org\"\n").is_err());
    }
}
