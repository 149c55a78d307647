//! The archive by publication month, for the whole site and per language.
//!
//! One pass over the corpus, which is already newest first: each article
//! joins its month in its own language and in the whole-site archive, so
//! months come out newest first and their articles keep the corpus order.

use std::collections::BTreeMap;

use crate::link::Corpus;
use crate::urls::Month;

/// The months of one archive, newest first, undated articles last.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Archive {
    /// `(month, article indexes)`; `None` holds the undated articles.
    pub months: Vec<(Month, Vec<usize>)>,
}

impl Archive {
    fn push(&mut self, month: Month, i: usize) {
        match self.months.last_mut() {
            Some((m, items)) if *m == month => items.push(i),
            _ => self.months.push((month, vec![i])),
        }
    }

    pub fn len(&self) -> usize {
        self.months.iter().map(|(_, v)| v.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.months.is_empty()
    }
}

/// The month an article is filed under.
pub fn month_of(a: &crate::model::Article) -> Month {
    a.published
        .as_ref()
        .map(|p| (p.date.year(), p.date.month()))
}

/// The whole-site archive and one per language.
pub fn archives(corpus: &Corpus) -> (Archive, BTreeMap<String, Archive>) {
    let mut all = Archive::default();
    let mut per_lang: BTreeMap<String, Archive> = BTreeMap::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        let month = month_of(a);
        all.push(month, i);
        per_lang.entry(a.lang.clone()).or_default().push(month, i);
    }
    (all, per_lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_months_group_and_undated_come_last() {
        let mut a = Archive::default();
        for (m, i) in [
            (Some((2021, 10)), 0),
            (Some((2021, 10)), 1),
            (Some((2019, 3)), 2),
            (None, 3),
        ] {
            a.push(m, i);
        }
        assert_eq!(
            a.months,
            vec![
                (Some((2021, 10)), vec![0, 1]),
                (Some((2019, 3)), vec![2]),
                (None, vec![3])
            ]
        );
        assert_eq!(a.len(), 4);
    }
}
