//! Long lists split into pages: page 1 at the list's own address, page `n`
//! at `{address}page/{n}/` (as Zola and Hugo do), each knowing its
//! neighbours, so every list of the site pages the same way.

use serde::Serialize;

/// Where a page of a list stands, as templates see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pager {
    /// 1-based.
    pub number: usize,
    /// How many pages the list has (at least 1, even when it is empty).
    pub count: usize,
    /// Site path of this page.
    pub path: String,
    /// Newer items: the page before; `None` on the first.
    pub prev: Option<String>,
    /// Older items: the page after; `None` on the last.
    pub next: Option<String>,
    pub first: String,
    pub last: String,
}

/// One page of a list: its items and its place among the pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<'a, T> {
    pub items: &'a [T],
    pub pager: Pager,
}

/// Pages needed for `len` items; an empty list still has its first page.
pub fn page_count(len: usize, page_size: usize) -> usize {
    len.div_ceil(page_size.max(1)).max(1)
}

/// The site path of page `n` of the list whose first page is at `first`.
pub fn page_path(first: &str, n: usize) -> String {
    if n <= 1 {
        first.to_string()
    } else {
        format!("{first}page/{n}/")
    }
}

/// Page `number` (1-based, clamped to the last page) of `items`.
pub fn page<'a, T>(items: &'a [T], page_size: usize, number: usize, first: &str) -> Page<'a, T> {
    let size = page_size.max(1);
    let count = page_count(items.len(), size);
    let number = number.clamp(1, count);
    let start = ((number - 1) * size).min(items.len());
    let end = (start + size).min(items.len());
    Page {
        items: &items[start..end],
        pager: Pager {
            number,
            count,
            path: page_path(first, number),
            prev: (number > 1).then(|| page_path(first, number - 1)),
            next: (number < count).then(|| page_path(first, number + 1)),
            first: first.to_string(),
            last: page_path(first, count),
        },
    }
}

/// Every page of `items`, in order.
pub fn paginate<'a, T>(items: &'a [T], page_size: usize, first: &str) -> Vec<Page<'a, T>> {
    (1..=page_count(items.len(), page_size))
        .map(|n| page(items, page_size, n, first))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_every_item_once_with_neighbours() {
        let items: Vec<u32> = (0..7).collect();
        let pages = paginate(&items, 3, "/fr/");
        assert_eq!(pages.len(), 3);
        assert_eq!(pages[0].items, &[0, 1, 2]);
        assert_eq!(pages[2].items, &[6]);
        assert_eq!(pages[0].pager.path, "/fr/");
        assert_eq!(pages[0].pager.prev, None);
        assert_eq!(pages[0].pager.next.as_deref(), Some("/fr/page/2/"));
        assert_eq!(pages[1].pager.prev.as_deref(), Some("/fr/"));
        assert_eq!(pages[2].pager.path, "/fr/page/3/");
        assert_eq!(pages[2].pager.next, None);
        assert_eq!(pages[1].pager.last, "/fr/page/3/");
        let all: Vec<u32> = pages.iter().flat_map(|p| p.items.iter().copied()).collect();
        assert_eq!(all, items);
    }

    #[test]
    fn empty_and_exact_lists() {
        let none: [u8; 0] = [];
        let pages = paginate(&none, 10, "/");
        assert_eq!(pages.len(), 1);
        assert!(pages[0].items.is_empty());
        assert_eq!(pages[0].pager.count, 1);
        assert_eq!(paginate(&[1, 2, 3, 4], 2, "/").len(), 2);
        assert_eq!(page(&[1, 2, 3], 2, 9, "/").pager.number, 2, "clamped");
    }
}
