//! Stage 5: whole-corpus decisions. Unique slugs, ordering, per-language lists.
//!
//! This is the only stage that sees every article at once, so it must stay
//! near-linear: it sorts and groups, and never compares articles pairwise.

use std::collections::{BTreeMap, HashMap};

use crate::model::Article;
use crate::text::slugify;

/// The articles of a site, ordered, with the indexes pages are built from.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Newest first; undated articles last; ties broken by path, so the order
    /// never depends on how the work was scheduled.
    pub articles: Vec<Article>,
    /// Per language code, indexes into `articles`, newest first.
    pub by_lang: BTreeMap<String, Vec<usize>>,
    /// Per article (same index as `articles`): the articles in other
    /// languages about the same incident, for `hreflang` alternates.
    pub alternates: Vec<Vec<usize>>,
}

/// Slugs the site map uses for pages of a language (`/{lang}/archive/`,
/// `/{lang}/page/2/`), which an article must not take.
pub const RESERVED_SLUGS: [&str; 2] = ["archive", "page"];

/// Longest slug kept, in bytes; long headlines make unwieldy URLs.
const SLUG_MAX: usize = 80;

pub fn link(mut articles: Vec<Article>) -> Corpus {
    // Slugs are assigned in path order, so they never depend on scheduling;
    // two articles with one headline get `slug` and `slug-2` by path, and
    // only such twins can shift when an article is added.
    articles.sort_by(|a, b| {
        a.rel_path
            .cmp(&b.rel_path)
            .then_with(|| a.path.cmp(&b.path))
    });
    let mut taken: HashMap<(String, String), usize> = HashMap::new();
    for a in &mut articles {
        let mut base = slugify(&a.headline, SLUG_MAX);
        if base.is_empty() {
            base = "article".to_string();
        }
        let mut slug = base.clone();
        let mut n = 1;
        while taken.contains_key(&(a.lang.clone(), slug.clone()))
            || RESERVED_SLUGS.contains(&slug.as_str())
        {
            n += 1;
            slug = format!("{base}-{n}");
        }
        taken.insert((a.lang.clone(), slug.clone()), n);
        a.slug = slug;
    }
    articles.sort_by(|a, b| {
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
    let mut by_lang: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        by_lang.entry(a.lang.clone()).or_default().push(i);
    }
    let alternates = vec![Vec::new(); articles.len()];
    Corpus {
        articles,
        by_lang,
        alternates,
    }
}
