//! The corpus' topic index: which topics exist, their names per language,
//! their articles, and the topics that go with them.

use std::borrow::Cow;
use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rayon::prelude::*;

use crate::model::Article;
use crate::topics::site::topic_id;
use crate::topics::tables::catalogue;
use crate::topics::{SiteTopics, TopicKind, display_name};

/// One topic of the site.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: String,
    pub kind: TopicKind,
    /// Display name per language code; see [`Topic::name`].
    pub names: BTreeMap<String, String>,
    /// Indexes into the corpus' articles, newest first.
    pub articles: Vec<usize>,
    /// Indexes into the corpus' incidents, newest first.
    pub incidents: Vec<usize>,
    /// Topics that appear with this one more than chance would have them,
    /// strongest first.
    pub related: Vec<usize>,
}

impl Topic {
    /// The name for readers of `lang`, falling back to English, then to
    /// any language.
    pub fn name(&self, lang: &str) -> String {
        display_name(&self.names, lang, &self.id)
    }
}

/// A topic of one article after the corpus has confirmed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    pub topic: usize,
    pub score: f32,
}

/// The id the topic index's pages use, and what a topic of that name gets.
const RESERVED_ID: &str = "page";
const RENAMED_ID: &str = "page-topic";

/// Related topics listed per topic.
const MAX_RELATED_TOPICS: usize = 8;
/// Articles of a topic looked at for co-occurrence: the newest ones, so
/// that a topic of 30,000 articles costs no more than one of 500.
const CO_OCCURRENCE_SAMPLE: usize = 500;

/// Which tentative mentions the corpus confirms, and under which id: the
/// id itself when some article names it surely, or the longest confirmed
/// tail of its words ("Chef George Kurtz" → "George Kurtz").
/// A topic an article keeps: id, kind, name as the article writes it, salience.
type Kept<'a> = (Cow<'a, str>, TopicKind, Cow<'a, str>, f32);

fn confirm(articles: &[Article]) -> Vec<Vec<Kept<'_>>> {
    let sure: HashSet<&str> = articles
        .iter()
        .flat_map(|a| a.topics.iter())
        .filter(|m| !m.tentative)
        .map(|m| m.id.as_str())
        .collect();
    articles
        .par_iter()
        .map(|a| {
            let mut kept: Vec<Kept> = Vec::new();
            for m in &a.topics {
                let resolved: Option<(Cow<str>, Cow<str>)> =
                    if !m.tentative || sure.contains(m.id.as_str()) {
                        Some((Cow::Borrowed(&m.id), Cow::Borrowed(&m.name)))
                    } else {
                        let words: Vec<&str> = m.name.split_whitespace().collect();
                        (1..words.len()).find_map(|k| {
                            let tail = words[k..].join(" ");
                            let id = topic_id(&tail)?;
                            sure.contains(id.as_str())
                                .then_some((Cow::Owned(id), Cow::Owned(tail)))
                        })
                    };
                // `/topics/page/2/` pages the topic index: no topic may be
                // called that.
                let resolved = resolved.map(|(id, name)| {
                    if id == RESERVED_ID {
                        (Cow::Borrowed(RENAMED_ID), name)
                    } else {
                        (id, name)
                    }
                });
                if let Some((id, name)) = resolved
                    && !kept.iter().any(|k| k.0 == id)
                {
                    kept.push((id, m.kind, name, m.score));
                }
            }
            kept
        })
        .collect()
}

/// How often each spelling of a topic occurs in one language.
type Spellings<'a> = BTreeMap<&'a str, usize>;

/// Builds the topic index of `articles` (in corpus order): the topics and,
/// per article, its topics as indexes, most salient first.
pub fn index(articles: &[Article], site: &SiteTopics) -> (Vec<Topic>, Vec<Vec<Tag>>) {
    let kept = confirm(articles);
    // Spellings of each topic per language, to name it for each language's readers.
    let mut spellings: HashMap<(&str, &str), Spellings> = HashMap::default();
    let mut kinds: HashMap<&str, TopicKind> = HashMap::default();
    for (a, tags) in articles.iter().zip(&kept) {
        for (id, kind, name, _) in tags {
            kinds.entry(id.as_ref()).or_insert(*kind);
            *spellings
                .entry((id.as_ref(), a.lang.as_str()))
                .or_default()
                .entry(name.as_ref())
                .or_default() += 1;
        }
    }
    let mut ids: Vec<&str> = kinds.keys().copied().collect();
    ids.sort_unstable();
    let position: HashMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let cat = catalogue();
    let mut topics: Vec<Topic> = ids
        .iter()
        .map(|&id| {
            let mut names: BTreeMap<String, String> = BTreeMap::new();
            let configured = site
                .topics
                .iter()
                .find(|t| t.id == id)
                .map(|t| t.names.clone())
                .or_else(|| {
                    cat.by_id
                        .get(id)
                        .map(|&i| cat.topics[i as usize].names.clone())
                });
            if let Some(n) = configured {
                names = n;
            }
            Topic {
                id: id.to_string(),
                kind: kinds[id],
                names,
                articles: Vec::new(),
                incidents: Vec::new(),
                related: Vec::new(),
            }
        })
        .collect();
    // Entities are named as each language writes them most often.
    let mut by_lang: Vec<((&str, &str), Spellings)> = spellings.into_iter().collect();
    by_lang.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for ((id, lang), counts) in by_lang {
        let t = &mut topics[position[id]];
        if t.kind != TopicKind::Entity && !t.names.is_empty() {
            continue;
        }
        if let Some((name, _)) = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            t.names
                .entry(lang.to_string())
                .or_insert_with(|| name.to_string());
        }
    }
    let tags: Vec<Vec<Tag>> = kept
        .iter()
        .map(|k| {
            k.iter()
                .map(|(id, _, _, score)| Tag {
                    topic: position[id.as_ref()],
                    score: *score,
                })
                .collect()
        })
        .collect();
    for (ai, article_tags) in tags.iter().enumerate() {
        for tag in article_tags {
            topics[tag.topic].articles.push(ai);
        }
    }
    let related = related_topics(&topics, &tags);
    for (t, r) in topics.iter_mut().zip(related) {
        t.related = r;
    }
    (topics, tags)
}

/// Topics that co-occur with each topic, by cosine of their article sets:
/// a topic that shares three articles with a small topic says more than
/// one that shares three with the whole archive.
fn related_topics(topics: &[Topic], tags: &[Vec<Tag>]) -> Vec<Vec<usize>> {
    topics
        .par_iter()
        .enumerate()
        .map(|(ti, t)| {
            let mut together: HashMap<usize, usize> = HashMap::default();
            for &a in t.articles.iter().take(CO_OCCURRENCE_SAMPLE) {
                for tag in &tags[a] {
                    if tag.topic != ti {
                        *together.entry(tag.topic).or_default() += 1;
                    }
                }
            }
            let n = t.articles.len().min(CO_OCCURRENCE_SAMPLE) as f64;
            let mut scored: Vec<(f64, usize, usize)> = together
                .into_iter()
                .map(|(u, c)| {
                    let m = topics[u].articles.len() as f64;
                    (c as f64 / (n * m).sqrt(), c, u)
                })
                .collect();
            scored.sort_by(|a, b| {
                b.0.total_cmp(&a.0)
                    .then(b.1.cmp(&a.1))
                    .then_with(|| topics[a.2].id.cmp(&topics[b.2].id))
            });
            scored
                .into_iter()
                .take(MAX_RELATED_TOPICS)
                .map(|(_, _, u)| u)
                .collect()
        })
        .collect()
}
