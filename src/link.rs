//! Stage 5: whole-corpus decisions. Unique slugs, ordering, per-language
//! lists, the topic index ([`topics`]), incidents ([`incidents`]) and
//! related articles ([`related`]).
//!
//! This is the only stage that sees every article at once, so it must stay
//! near-linear: it sorts, buckets and groups, and compares an article only
//! with a bounded number of neighbours, never with every other.

pub mod incidents;
pub mod related;
pub mod topics;

use std::collections::{BTreeMap, HashMap};

use crate::model::Article;
use crate::text::slugify;
use crate::topics::SiteTopics;

pub use incidents::Incident;
pub use topics::{Tag, Topic};

/// The articles of a site, ordered, with the indexes pages are built from.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Newest first; undated articles last; ties broken by path, so the order
    /// never depends on how the work was scheduled.
    pub articles: Vec<Article>,
    /// Per language code, indexes into `articles`, newest first.
    pub by_lang: BTreeMap<String, Vec<usize>>,
    /// Every topic, sorted by id.
    pub topics: Vec<Topic>,
    pub topic_ids: HashMap<String, usize>,
    /// Per article: its confirmed topics, most salient first.
    pub tags: Vec<Vec<Tag>>,
    /// Newest first.
    pub incidents: Vec<Incident>,
    /// Per article: the incident it reports.
    pub incident_of: Vec<Option<usize>>,
    /// Per article: other incidents it reports in passing.
    pub mentions: Vec<Vec<usize>>,
    /// Per article: related articles, best first.
    pub related: Vec<Vec<usize>>,
    /// Per article: the articles of its incident in other languages, for
    /// "also covered in" and `hreflang` alternates.
    pub alternates: Vec<Vec<usize>>,
}

/// Slugs the site map uses for pages of a language (`/{lang}/archive/`,
/// `/{lang}/page/2/`), which an article must not take.
pub const RESERVED_SLUGS: [&str; 2] = ["archive", "page"];

/// Longest slug kept, in bytes; long headlines make unwieldy URLs.
const SLUG_MAX: usize = 80;

/// `articles` in the order of `order` (a permutation of their indexes):
/// articles are large, so they are sorted as indexes and moved once.
fn permuted(articles: Vec<Article>, order: &[usize]) -> Vec<Article> {
    let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

pub fn link(articles: Vec<Article>, site: &SiteTopics) -> Corpus {
    let started = std::time::Instant::now();
    // Slugs are assigned in path order, so they never depend on scheduling;
    // two articles with one headline get `slug` and `slug-2` by path, and
    // only such twins can shift when an article is added.
    let mut by_path: Vec<usize> = (0..articles.len()).collect();
    by_path.sort_by(|&a, &b| {
        let (a, b) = (&articles[a], &articles[b]);
        a.rel_path
            .cmp(&b.rel_path)
            .then_with(|| a.path.cmp(&b.path))
    });
    let mut articles = articles;
    let mut taken: HashMap<&str, std::collections::HashSet<String>> = HashMap::new();
    let mut slugs: Vec<(usize, String)> = Vec::with_capacity(articles.len());
    for &i in &by_path {
        let a = &articles[i];
        let mut base = slugify(&a.headline, SLUG_MAX);
        if base.is_empty() {
            base = "article".to_string();
        }
        let used = taken.entry(a.lang.as_str()).or_default();
        let mut slug = base.clone();
        let mut n = 1;
        while used.contains(&slug) || RESERVED_SLUGS.contains(&slug.as_str()) {
            n += 1;
            slug = format!("{base}-{n}");
        }
        used.insert(slug.clone());
        slugs.push((i, slug));
    }
    drop(taken);
    for (i, slug) in slugs {
        articles[i].slug = slug;
    }
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&articles[a], &articles[b]);
        let date = |x: &Article| x.published.as_ref().map(|p| (p.date, p.timestamp));
        match (date(a), date(b)) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| a.rel_path.cmp(&b.rel_path))
        .then_with(|| a.path.cmp(&b.path))
    });
    let articles = permuted(articles, &order);
    let mut by_lang: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        by_lang.entry(a.lang.clone()).or_default().push(i);
    }
    let debug = std::env::var_os("DEPECHE_DEBUG_LINK").is_some();
    let mut lap = started;
    let mut time = |what: &str| {
        if debug {
            eprintln!(
                "link: {what:<10} {:8.1} ms",
                lap.elapsed().as_secs_f64() * 1000.0
            );
        }
        lap = std::time::Instant::now();
    };
    time("slugs, order");
    let (mut topics, tags) = topics::index(&articles, site);
    time("topics");
    let (incidents, incident_of) = incidents::group(&articles, &tags, &mut topics);
    time("incidents");
    let related = related::related(&topics, &tags, &incident_of);
    time("related");
    let mut mentions = vec![Vec::new(); articles.len()];
    for (ii, inc) in incidents.iter().enumerate() {
        for &a in &inc.mentioned_by {
            mentions[a].push(ii);
        }
    }
    let alternates = incident_of
        .iter()
        .enumerate()
        .map(|(a, inc)| {
            inc.map(|ii| {
                incidents[ii]
                    .articles
                    .iter()
                    .copied()
                    .filter(|&b| articles[b].lang != articles[a].lang)
                    .collect()
            })
            .unwrap_or_default()
        })
        .collect();
    let topic_ids = topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.clone(), i))
        .collect();
    Corpus {
        articles,
        by_lang,
        topics,
        topic_ids,
        tags,
        incidents,
        incident_of,
        mentions,
        related,
        alternates,
    }
}
