//! Fingerprints of what each output file shows, for rebuilds that render
//! only the files whose inputs changed (`depeche serve`).
//!
//! A file's fingerprint hashes everything its page reads: the site-wide
//! settings, and for each article, topic or incident it shows, the fields
//! it shows of them. Per-article, per-topic and per-incident prints are
//! computed once per rebuild, so a fingerprint costs a few hash updates per
//! item listed, not a page render. The contract is checked by a test that
//! compares incremental rebuilds with full builds after many edits: a page
//! whose inputs are missing here would come out stale there.

use std::hash::{Hash, Hasher};

use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

use super::{Job, ListKind, Renderer};
use crate::model::Article;

/// Prints of the corpus' parts, computed once per rebuild.
pub struct Prints {
    /// What every page shows: configuration, theme, languages.
    global: u64,
    /// What a card or a link shows of an article.
    summary: Vec<u64>,
    /// Everything of an article: its page and its feed entries.
    full: Vec<u64>,
    /// Its facts, for merged timelines.
    facts: Vec<u64>,
    /// What a link to a topic shows (names, kind, article count).
    topic: Vec<u64>,
    /// What a line about an incident shows.
    incident: Vec<u64>,
}

fn hash_of(f: impl FnOnce(&mut Xxh3)) -> u64 {
    let mut h = Xxh3::new();
    f(&mut h);
    h.finish()
}

fn day(d: jiff::civil::Date) -> (i16, i8, i8) {
    (d.year(), d.month(), d.day())
}

fn article_summary(a: &Article) -> u64 {
    hash_of(|h| {
        a.headline.hash(h);
        a.slug.hash(h);
        a.lang.hash(h);
        a.source.hash(h);
        a.lede.hash(h);
        a.published
            .as_ref()
            .map(|p| (day(p.date), p.timestamp.map(|t| t.as_nanosecond())))
            .hash(h);
    })
}

impl Renderer<'_> {
    /// Computes the prints of the whole corpus (in parallel) and of the
    /// site-wide settings; `theme` identifies the theme as loaded.
    pub fn prints(&self, theme: u64) -> Prints {
        let c = self.corpus;
        let global = hash_of(|h| {
            theme.hash(h);
            format!("{:?}", self.config).hash(h);
            self.languages.hash(h);
            self.feeds.len().hash(h);
        });
        let summary: Vec<u64> = c.articles.par_iter().map(article_summary).collect();
        let facts: Vec<u64> = c.articles.iter().map(|a| a.facts_hash).collect();
        let topic: Vec<u64> = c
            .topics
            .iter()
            .map(|t| {
                hash_of(|h| {
                    t.id.hash(h);
                    t.names.hash(h);
                    (t.kind as u8).hash(h);
                    t.articles.len().hash(h);
                })
            })
            .collect();
        let incident: Vec<u64> = c
            .incidents
            .iter()
            .map(|inc| {
                hash_of(|h| {
                    inc.id.hash(h);
                    topic[inc.entity].hash(h);
                    topic[inc.kind].hash(h);
                    day(inc.start).hash(h);
                    day(inc.end).hash(h);
                    inc.articles.len().hash(h);
                    for &a in &inc.articles {
                        c.articles[a].lang.hash(h);
                    }
                })
            })
            .collect();
        let full: Vec<u64> = (0..c.articles.len())
            .into_par_iter()
            .map(|i| {
                let a = &c.articles[i];
                hash_of(|h| {
                    // Everything extracted follows from the file's bytes
                    // (settings changes re-render everything anyway).
                    a.source_hash.hash(h);
                    summary[i].hash(h);
                    a.rel_path.hash(h);
                    for t in &c.tags[i] {
                        topic[t.topic].hash(h);
                    }
                    c.incident_of[i].map(|ii| incident[ii]).hash(h);
                    for list in [&c.alternates[i], &c.related[i]] {
                        list.len().hash(h);
                        for &b in list {
                            summary[b].hash(h);
                        }
                    }
                    for &ii in &c.mentions[i] {
                        incident[ii].hash(h);
                    }
                })
            })
            .collect();
        Prints {
            global,
            summary,
            full,
            facts,
            topic,
            incident,
        }
    }

    /// The fingerprint of one output file.
    pub(super) fn fingerprint(&self, job: Job, rel: &str, p: &Prints) -> u64 {
        let c = self.corpus;
        hash_of(|h| {
            p.global.hash(h);
            rel.hash(h);
            match job {
                Job::List { list, page } => {
                    let list = &self.lists[list];
                    let pg =
                        crate::paginate::page(&list.items, self.config.page_size, page, &list.path);
                    pg.pager.count.hash(h);
                    list.items.len().hash(h);
                    for &i in pg.items {
                        p.summary[i].hash(h);
                    }
                    let first = pg.pager.number == 1;
                    match &list.kind {
                        ListKind::Home => {
                            self.language_counts.hash(h);
                            if first {
                                for ii in 0..c.incidents.len().min(super::topics::HOME_INCIDENTS) {
                                    p.incident[ii].hash(h);
                                }
                            }
                        }
                        ListKind::Language(code) => {
                            if first {
                                for t in self.language_topics(code) {
                                    t.hash(h);
                                }
                            }
                        }
                        ListKind::Month { .. } => {}
                        ListKind::Topic(ti) => {
                            let t = &c.topics[*ti];
                            p.topic[*ti].hash(h);
                            if first {
                                for &ii in t.incidents.iter().take(super::topics::TOPIC_INCIDENTS) {
                                    p.incident[ii].hash(h);
                                }
                                for &r in &t.related {
                                    p.topic[r].hash(h);
                                }
                                for &a in t
                                    .articles
                                    .iter()
                                    .take(super::topics::TOPIC_TIMELINE_ARTICLES)
                                {
                                    p.facts[a].hash(h);
                                    p.summary[a].hash(h);
                                }
                            }
                        }
                    }
                }
                Job::Article(i) => p.full[i].hash(h),
                Job::ArchiveIndex(i) => {
                    let index = &self.archive_indexes[i];
                    index.lang.hash(h);
                    index.months.hash(h);
                    self.language_counts.hash(h);
                }
                Job::TopicIndex(page) => {
                    let order = self.topic_index_order();
                    let size = self.config.page_size * super::topics::TOPIC_INDEX_PAGE_FACTOR;
                    let pg = crate::paginate::page(&order, size, page, &self.urls.topics());
                    pg.pager.count.hash(h);
                    for &t in pg.items {
                        p.topic[t].hash(h);
                    }
                }
                Job::IncidentIndex(page) => {
                    let all: Vec<usize> = (0..c.incidents.len()).collect();
                    let pg = crate::paginate::page(
                        &all,
                        self.config.page_size,
                        page,
                        &self.urls.incidents(),
                    );
                    pg.pager.count.hash(h);
                    for &ii in pg.items {
                        p.incident[ii].hash(h);
                    }
                }
                Job::Incident(ii) => {
                    let inc = &c.incidents[ii];
                    p.incident[ii].hash(h);
                    for &a in &inc.articles {
                        p.summary[a].hash(h);
                        p.facts[a].hash(h);
                    }
                    for &t in &inc.topics {
                        p.topic[t].hash(h);
                    }
                    for &a in &inc.mentioned_by {
                        p.summary[a].hash(h);
                    }
                }
                Job::Feed { feed, format } => {
                    let spec = &self.feeds[feed];
                    (format as u8).hash(h);
                    spec.dir.hash(h);
                    spec.title.hash(h);
                    spec.description.hash(h);
                    spec.lang.hash(h);
                    spec.page_path.hash(h);
                    spec.entries.len().hash(h);
                    let limit = match self.config.feeds.limit {
                        0 => spec.entries.len(),
                        n => n.min(spec.entries.len()),
                    };
                    for a in &spec.entries[..limit] {
                        p.full[self.index_of(a)].hash(h);
                    }
                }
                Job::NotFound | Job::Robots => {}
            }
        })
    }
}
