//! What search engines see: sitemap.xml, robots.txt, canonical and hreflang
//! links, NewsArticle JSON-LD and Open Graph tags, at a root and under a
//! sub-path.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::*;
use depeche::site::BuildOptions;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

#[test]
fn the_sitemap_lists_every_page_with_absolute_urls_at_a_root_and_under_a_sub_path() {
    for base in [
        "https://depeche.example.org/",
        "https://example.org/archive/",
    ] {
        let out = tempfile::tempdir().unwrap();
        let public = out.path().join("public");
        depeche::build(&BuildOptions {
            root: repo(),
            output: Some(public.clone()),
            base_url: Some(base.into()),
            ..BuildOptions::default()
        })
        .unwrap();
        let files = tree(&public);
        let pages: BTreeSet<String> = files
            .keys()
            .filter(|r| r.ends_with(".html") && *r != "404.html")
            .map(|r| format!("{base}{}", r.trim_end_matches("index.html")))
            .collect();
        let xml = fs::read_to_string(public.join("sitemap.xml")).unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some(SITEMAP_NS));
        assert_eq!(root.tag_name().name(), "urlset");
        let mut listed = BTreeSet::new();
        let mut with_alternates = 0;
        for url in root
            .children()
            .filter(|n| n.has_tag_name((SITEMAP_NS, "url")))
        {
            let loc = url
                .children()
                .find(|n| n.has_tag_name((SITEMAP_NS, "loc")))
                .and_then(|n| n.text())
                .unwrap()
                .to_string();
            if let Some(m) = url
                .children()
                .find(|n| n.has_tag_name((SITEMAP_NS, "lastmod")))
            {
                let m = m.text().unwrap();
                assert!(m.parse::<jiff::civil::Date>().is_ok(), "lastmod {m}");
            }
            let alternates: Vec<_> = url
                .children()
                .filter(|n| n.has_tag_name((XHTML_NS, "link")))
                .collect();
            if !alternates.is_empty() {
                with_alternates += 1;
                assert!(
                    alternates
                        .iter()
                        .any(|a| a.attribute("href") == Some(loc.as_str())),
                    "{loc}: alternates include the page itself"
                );
                for a in &alternates {
                    assert_eq!(a.attribute("rel"), Some("alternate"));
                    assert!(a.attribute("href").unwrap().starts_with(base));
                }
            }
            assert!(listed.insert(loc), "listed twice");
        }
        assert_eq!(listed, pages, "{base}: sitemap = every page but 404");
        assert!(
            with_alternates > 10,
            "home and language pages are alternates"
        );
        let robots = fs::read_to_string(public.join("robots.txt")).unwrap();
        assert!(
            robots
                .lines()
                .any(|l| l == format!("Sitemap: {base}sitemap.xml")),
            "{robots}"
        );
        // Canonical and hreflang links of the front pages.
        let fr = fs::read_to_string(public.join("fr/index.html")).unwrap();
        assert!(fr.contains(&format!("<link rel=\"canonical\" href=\"{base}fr/\">")));
        assert!(fr.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}\">"
        )));
        assert!(fr.contains(&format!(
            "<link rel=\"alternate\" hreflang=\"de\" href=\"{base}de/\">"
        )));
        assert!(fr.contains(&format!(
            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"depeche — archives des incidents (RSS)\" href=\"{base}fr/rss.xml\">"
        )), "{fr}");
    }
}

#[test]
fn article_pages_describe_a_news_article_in_json_ld_and_open_graph() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build(&repo(), &public).unwrap();
    let mut dated = 0;
    for (headline, (rel, html)) in article_pages(&public) {
        let script = between(&html, "<script type=\"application/ld+json\">", "</script>")
            .unwrap_or_else(|| panic!("{rel}: no JSON-LD"));
        let ld: serde_json::Value = serde_json::from_str(script).unwrap();
        assert_eq!(ld["@context"], "https://schema.org");
        assert_eq!(ld["@type"], "NewsArticle", "{rel}");
        assert_eq!(ld["headline"], headline.as_str(), "{rel}");
        let lang = rel.split('/').next().unwrap();
        assert_eq!(ld["inLanguage"], lang, "{rel}");
        assert!(
            !ld["publisher"]["name"].as_str().unwrap_or("").is_empty(),
            "{rel}"
        );
        let url = format!(
            "https://depeche.example.org/{}",
            rel.trim_end_matches("index.html")
        );
        assert_eq!(ld["url"], url.as_str());
        let time = between(&html, "<span class=\"date\">", "</time>")
            .and_then(|d| between(d, "datetime=\"", "\""));
        if let Some(t) = time {
            dated += 1;
            assert!(
                ld["datePublished"].as_str().unwrap().starts_with(t),
                "{rel}"
            );
            assert!(html.contains(&format!(
                "<meta property=\"article:published_time\" content=\"{t}"
            )));
        } else {
            assert!(ld.get("datePublished").is_none());
        }
        for (property, value) in [
            ("og:type", "article".to_string()),
            ("og:url", url.clone()),
            ("og:site_name", "depeche — incident archive".to_string()),
        ] {
            assert!(
                html.contains(&format!(
                    "<meta property=\"{property}\" content=\"{}\">",
                    value
                )),
                "{rel}: {property}"
            );
        }
        let og_title = tag_attrs(
            &html[html.find("<meta property=\"og:title\"").unwrap()..],
            "meta",
        );
        assert_eq!(og_title["content"], headline);
        assert!(html.contains(&format!(
            "href=\"https://depeche.example.org/{lang}/atom.xml\""
        )));
    }
    assert!(dated >= 20, "{dated}");
}
