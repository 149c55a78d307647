//! The month archive and the pagination of every list, through the pages.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::*;

/// Article links (`/{lang}/{slug}/`) of a page's cards.
fn card_links(html: &str) -> Vec<String> {
    html.split("<h2 class=\"card-title\"><a href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(String::from)
        .collect()
}

/// Follows `rel="next"` from a list's first page: every page's cards, in order.
fn walk_list(public: &Path, first: &str) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    let mut path = Some(first.to_string());
    while let Some(p) = path {
        let file = public.join(p.trim_start_matches('/')).join("index.html");
        let html = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{p}: {e}"));
        pages.push(card_links(&html));
        path = between(&html, "<a rel=\"next\" href=\"", "\"").map(String::from);
        assert!(pages.len() < 100, "next links loop");
    }
    pages
}

#[test]
fn every_dated_article_is_in_its_month_for_all_languages_and_its_own() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build(&repo(), &public).expect("build");
    let mut months: BTreeMap<String, usize> = BTreeMap::new();
    let mut undated = 0;
    for (_, (rel, html)) in article_pages(&public) {
        let url = format!("/{}", rel.trim_end_matches("index.html"));
        let lang = rel.split('/').next().unwrap();
        let published = between(&html, "<span class=\"date\">", "</time>")
            .and_then(|d| between(d, "datetime=\"", "\""));
        let Some(date) = published else {
            undated += 1;
            for first in [
                "/archive/undated/".to_string(),
                format!("/{lang}/archive/undated/"),
            ] {
                assert!(
                    walk_list(&public, &first).concat().contains(&url),
                    "{first} does not list {url}"
                );
            }
            continue;
        };
        let (y, m) = (&date[..4], &date[5..7]);
        *months.entry(format!("{y}-{m}")).or_default() += 1;
        for first in [
            format!("/archive/{y}/{m}/"),
            format!("/{lang}/archive/{y}/{m}/"),
        ] {
            let listed = walk_list(&public, &first).concat();
            assert!(listed.contains(&url), "{first} does not list {url}");
            assert!(
                listed
                    .iter()
                    .all(|l| first.starts_with("/archive/") || l.starts_with(&format!("/{lang}/"))),
                "{first} lists another language: {listed:?}"
            );
        }
    }
    assert!(months.len() >= 3, "{months:?}");
    assert!(undated >= 1);
    // The index links every month with its count.
    let index = fs::read_to_string(public.join("archive/index.html")).unwrap();
    for (ym, count) in &months {
        let href = format!("/archive/{}/", ym.replace('-', "/"));
        let item = between(&index, &format!("<a href=\"{href}\">"), "</li>")
            .unwrap_or_else(|| panic!("/archive/ does not link {href}"));
        assert!(
            item.contains(&format!("<span class=\"count\">{count} ")),
            "{href}: {item}"
        );
    }
    // Month names come from the page's language.
    let fr = fs::read_to_string(public.join("fr/archive/index.html")).unwrap();
    assert!(fr.contains(">mars 2019</time>"), "{fr}");
    let ja = fs::read_to_string(public.join("ja/archive/index.html")).unwrap();
    assert!(ja.contains(">2021年10月</time>"), "{ja}");
    let de = fs::read_to_string(public.join("de/archive/2021/10/index.html")).unwrap();
    assert!(de.contains("Oktober 2021"), "{de}");
    assert_eq!(html_lang_dir(&de).0, "de");
    let all = fs::read_to_string(public.join("archive/2021/10/index.html")).unwrap();
    assert!(all.contains(">October 2021</time>"));
}

const CONFIG: &str = "title = \"Paged\"\nbase_url = \"https://example.org/\"\npage_size = 2\n";

fn article(n: usize, lang: &str) -> String {
    format!(
        "+++\ntitle = \"Outage number {n} in the {lang} network\"\nlang = \"{lang}\"\ndate = 2020-01-{:02}\n+++\nA text about outage number {n}, which took a network down for several hours.\n",
        n + 1
    )
}

#[test]
fn long_lists_are_paginated_with_neighbour_links_and_every_article_once() {
    let files: Vec<(String, String)> = (0..5)
        .map(|n| (format!("en/a{n}.md"), article(n, "en")))
        .chain((5..8).map(|n| (format!("de/a{n}.md"), article(n, "de"))))
        .collect();
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_bytes()))
        .collect();
    let dir = site(CONFIG, &refs);
    let public = dir.path().join("public");
    build(dir.path(), &public).unwrap();
    for (first, expected) in [
        ("/", 8usize),
        ("/en/", 5),
        ("/de/", 3),
        ("/archive/2020/01/", 8),
        ("/en/archive/2020/01/", 5),
    ] {
        let pages = walk_list(&public, first);
        assert_eq!(pages.len(), expected.div_ceil(2), "{first}: {pages:?}");
        assert!(pages.iter().all(|p| p.len() <= 2), "{first}");
        let all: Vec<String> = pages.concat();
        let unique: BTreeSet<&String> = all.iter().collect();
        assert_eq!(all.len(), expected, "{first}: {all:?}");
        assert_eq!(unique.len(), expected, "{first}: each article once");
    }
    // Page 2 of the home page: its own canonical, links both ways, a title
    // that says which page it is.
    let page2 = fs::read_to_string(public.join("page/2/index.html")).unwrap();
    assert!(page2.contains("<link rel=\"canonical\" href=\"https://example.org/page/2/\">"));
    assert!(page2.contains("<a rel=\"prev\" href=\"/\">"));
    assert!(page2.contains("<a rel=\"next\" href=\"/page/3/\">"));
    assert!(
        page2.contains("<title>Paged · Page 2 of 4</title>"),
        "{page2}"
    );
    assert!(!public.join("page/1").exists(), "page 1 is the list itself");
    assert!(!public.join("page/5").exists());
    // The newest articles come first.
    let home = fs::read_to_string(public.join("index.html")).unwrap();
    assert!(
        card_links(&home)[0].contains("number-7"),
        "{:?}",
        card_links(&home)
    );
    let broken = broken_internal_links(&public, "/");
    assert!(broken.is_empty(), "{broken:?}");
}

#[test]
fn an_article_headed_archive_or_page_does_not_take_the_lists_addresses() {
    let archive = "+++\ntitle = \"Archive\"\nlang = \"en\"\n+++\nA text that is called archive, about an outage of a records office.\n";
    let page = "+++\ntitle = \"Page\"\nlang = \"en\"\n+++\nA text that is called page, about an outage of a paging system.\n";
    let dir = site(
        CONFIG,
        &[
            ("en/archive.md", archive.as_bytes()),
            ("en/page.md", page.as_bytes()),
        ],
    );
    let public = dir.path().join("public");
    build(dir.path(), &public).unwrap();
    assert!(public.join("en/archive-2/index.html").is_file());
    assert!(public.join("en/page-2/index.html").is_file());
    let index = fs::read_to_string(public.join("en/archive/index.html")).unwrap();
    assert!(index.contains("<h1>Archive"), "{index}");
}
