//! Related articles: those that share the rarest topics, found among each
//! topic's articles nearest in time, so the cost per article is bounded
//! whatever a topic's size.

use rayon::prelude::*;

use super::topics::{Tag, Topic};
use crate::topics::TopicKind;

/// Related articles listed per article.
pub const MAX_RELATED: usize = 5;
/// Topics of an article looked at: its most salient ones.
const TOPICS_CONSIDERED: usize = 8;
/// Neighbours in time taken from each topic's article list, each side.
const NEIGHBOURS: usize = 8;

/// For each article (corpus order), its related articles, best first.
/// Articles of its own incident are left out: they are "also covered in".
pub fn related(
    topics: &[Topic],
    tags: &[Vec<Tag>],
    incident_of: &[Option<usize>],
) -> Vec<Vec<usize>> {
    let n = tags.len().max(1) as f64;
    // Inverse document frequency: a topic of two articles links them far
    // more than one of two thousand.
    let idf: Vec<f64> = topics
        .iter()
        .map(|t| (n / t.articles.len().max(1) as f64).ln() + 1.0)
        .collect();
    (0..tags.len())
        .into_par_iter()
        .map(|a| {
            // (neighbour, weight, shared a name): a few hundred at most,
            // summed per neighbour after one sort.
            let mut found: Vec<(usize, f64, bool)> = Vec::new();
            for tag in tags[a].iter().take(TOPICS_CONSIDERED) {
                let t = &topics[tag.topic];
                // Articles are listed in corpus order, so a position is a time.
                let at = t.articles.binary_search(&a).unwrap_or_else(|p| p);
                let lo = at.saturating_sub(NEIGHBOURS);
                let hi = (at + NEIGHBOURS + 1).min(t.articles.len());
                let named = matches!(t.kind, TopicKind::Entity | TopicKind::Custom);
                for &b in &t.articles[lo..hi] {
                    if b == a || (incident_of[a].is_some() && incident_of[a] == incident_of[b]) {
                        continue;
                    }
                    found.push((b, idf[tag.topic], named));
                }
            }
            found.sort_unstable_by_key(|f| f.0);
            let mut ranked: Vec<(f64, usize)> = Vec::new();
            for same in found.chunk_by(|x, y| x.0 == y.0) {
                let score: f64 = same.iter().map(|f| f.1).sum();
                // One shared name, or two shared topics of any kind.
                if same.iter().any(|f| f.2) || same.len() >= 2 {
                    ranked.push((score, same[0].0));
                }
            }
            ranked.sort_by(|x, y| {
                y.0.total_cmp(&x.0)
                    .then(x.1.abs_diff(a).cmp(&y.1.abs_diff(a)))
                    .then(x.1.cmp(&y.1))
            });
            ranked
                .into_iter()
                .take(MAX_RELATED)
                .map(|(_, b)| b)
                .collect()
        })
        .collect()
}
