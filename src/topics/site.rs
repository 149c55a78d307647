//! Topics a site defines in `site.toml`:
//!
//! ```toml
//! [topics.facebook]
//! names = { en = "Facebook", ja = "フェイスブック" }
//! aliases = ["Meta Platforms", "フェイスブック", "فيسبوك"]
//! kind = "entity"      # entity (default), place or custom
//! ```
//!
//! Their names and aliases are found in every article whatever its
//! language, so they are how a curator links coverage written in scripts
//! that spell a name differently.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use super::TopicKind;
use super::matcher::PhraseMatcher;
use super::tables::catalogue;
use super::tokens::{Case, case_of};
use crate::config::TopicConfig;
use crate::text::slugify;

/// Longest topic id, in bytes.
pub const ID_MAX: usize = 60;

#[derive(Debug, Clone, PartialEq)]
pub struct SiteTopic {
    pub id: String,
    pub kind: TopicKind,
    pub names: BTreeMap<String, String>,
    pub aliases: Vec<String>,
}

impl SiteTopic {
    pub fn name(&self, lang: &str) -> &str {
        self.names
            .get(lang)
            .or_else(|| self.names.get("en"))
            .or_else(|| self.names.values().next())
            .map_or(self.id.as_str(), String::as_str)
    }
}

/// The site's topics, with a phrase matcher per language built on first use.
#[derive(Default)]
pub struct SiteTopics {
    pub topics: Vec<SiteTopic>,
    /// Lowercase id, name or alias → index.
    by_word: HashMap<String, u32>,
    matchers: Mutex<HashMap<String, Arc<PhraseMatcher>>>,
}

impl std::fmt::Debug for SiteTopics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteTopics")
            .field("topics", &self.topics)
            .finish()
    }
}

impl SiteTopics {
    pub fn new(config: &BTreeMap<String, TopicConfig>) -> SiteTopics {
        let mut topics = Vec::new();
        let mut by_word = HashMap::new();
        for (id, t) in config {
            let kind = match t.kind.as_deref() {
                Some("place") => TopicKind::Place,
                Some("custom") => TopicKind::Custom,
                _ => catalogue()
                    .by_id
                    .get(id)
                    .map_or(TopicKind::Entity, |&i| catalogue().topics[i as usize].kind),
            };
            let index = topics.len() as u32;
            for word in std::iter::once(id)
                .chain(t.names.values())
                .chain(&t.aliases)
            {
                by_word.entry(word.to_lowercase()).or_insert(index);
            }
            topics.push(SiteTopic {
                id: id.clone(),
                kind,
                names: t.names.clone(),
                aliases: t.aliases.clone(),
            });
        }
        SiteTopics {
            topics,
            by_word,
            matchers: Mutex::new(HashMap::new()),
        }
    }

    /// The matcher of every site topic's names and aliases, for text in `lang`.
    pub fn matcher(&self, lang: &str) -> Arc<PhraseMatcher> {
        let mut map = self.matchers.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(lang.to_string())
            .or_insert_with(|| {
                let mut m = PhraseMatcher::new(lang);
                for (i, t) in self.topics.iter().enumerate() {
                    for word in t.names.values().chain(&t.aliases) {
                        // A name written with a capital needs one in the text:
                        // "Meta" the company, not "meta" the prefix.
                        let capital = case_of(word) != Case::Lower;
                        m.add(word, i as u32, capital);
                    }
                }
                m.finish();
                Arc::new(m)
            })
            .clone()
    }

    fn site_topic(&self, word: &str) -> Option<&SiteTopic> {
        self.by_word
            .get(&word.to_lowercase())
            .map(|&i| &self.topics[i as usize])
    }

    /// The topic a name found in the text stands for: a site topic it is an
    /// alias of, a built-in topic of that id, else an entity of its own.
    /// `None` when the name makes no id (punctuation only).
    pub fn entity_id(&self, name: &str) -> Option<(String, TopicKind)> {
        if let Some(t) = self.site_topic(name) {
            return Some((t.id.clone(), t.kind));
        }
        let id = topic_id(name)?;
        if let Some(t) = self.site_topic(&id) {
            return Some((t.id.clone(), t.kind));
        }
        let cat = catalogue();
        if let Some(&i) = cat.by_id.get(&id) {
            return Some((id, cat.topics[i as usize].kind));
        }
        Some((id, TopicKind::Entity))
    }

    /// A front matter topic, written as an id or a name in any language:
    /// a site topic, a built-in incident type or place, else a custom topic.
    pub fn resolve_name(&self, written: &str, lang: &str) -> (String, TopicKind, String) {
        let written = written.trim();
        if let Some(t) = self.site_topic(written) {
            return (t.id.clone(), t.kind, t.name(lang).to_string());
        }
        let cat = catalogue();
        let builtin = cat
            .by_id
            .get(written)
            .or_else(|| cat.by_name.get(&written.to_lowercase()))
            .copied()
            .or_else(|| {
                let id = topic_id(written)?;
                cat.by_id.get(&id).copied()
            });
        if let Some(i) = builtin {
            let t = &cat.topics[i as usize];
            return (
                t.id.clone(),
                t.kind,
                super::display_name(&t.names, lang, &t.id),
            );
        }
        let id = topic_id(written).unwrap_or_else(|| "topic".to_string());
        (id, TopicKind::Custom, written.to_string())
    }
}

/// A topic's id: its name as an ASCII slug.
pub fn topic_id(name: &str) -> Option<String> {
    let id = slugify(name.trim_start_matches('@'), ID_MAX);
    (!id.is_empty()).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteTopics {
        let config: BTreeMap<String, TopicConfig> = toml::from_str(
            "[facebook]\nnames = { en = \"Facebook\", ja = \"フェイスブック\" }\naliases = [\"Meta Platforms\"]\n",
        )
        .unwrap();
        SiteTopics::new(&config)
    }

    #[test]
    fn aliases_and_names_resolve_to_the_site_topic() {
        let s = site();
        assert_eq!(s.entity_id("Meta Platforms").unwrap().0, "facebook");
        assert_eq!(s.entity_id("Facebook").unwrap().0, "facebook");
        assert_eq!(
            s.entity_id("Sony Pictures").unwrap(),
            ("sony-pictures".into(), TopicKind::Entity)
        );
        assert_eq!(s.topics[0].name("ja"), "フェイスブック");
        assert_eq!(s.topics[0].name("de"), "Facebook");
    }

    #[test]
    fn front_matter_names_find_builtin_topics() {
        let s = SiteTopics::default();
        assert_eq!(s.resolve_name("outage", "fr").1, TopicKind::IncidentType);
        assert_eq!(
            s.resolve_name("Mon sujet", "fr"),
            ("mon-sujet".into(), TopicKind::Custom, "Mon sujet".into())
        );
    }
}
