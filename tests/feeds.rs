//! RSS and Atom feeds, read back with feed-rs (what feed readers use) and
//! checked against the W3C feed validator's structural rules with a real
//! XML parser (roxmltree).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::*;

const ATOM: &str = "http://www.w3.org/2005/Atom";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The W3C validator's RFC 822 rules: a day name, a four-digit year, a zone.
fn assert_rfc822(value: &str, what: &str) {
    let parsed = jiff::fmt::rfc2822::parse(value);
    assert!(
        parsed.is_ok(),
        "{what}: {value:?} is not RFC 822: {parsed:?}"
    );
    let parts: Vec<&str> = value.split(' ').collect();
    assert_eq!(parts.len(), 6, "{what}: {value:?}");
    assert!(parts[0].ends_with(','), "{what}: day name in {value:?}");
    assert_eq!(parts[3].len(), 4, "{what}: four-digit year in {value:?}");
}

fn assert_rfc3339(value: &str, what: &str) {
    assert!(
        value.parse::<jiff::Timestamp>().is_ok() && value.contains('T'),
        "{what}: {value:?} is not RFC 3339"
    );
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

fn text_of(node: roxmltree::Node, name: &str) -> String {
    child(node, name)
        .and_then(|c| c.text())
        .unwrap_or("")
        .to_string()
}

/// Checks an RSS 2.0 file; returns the item links.
fn validate_rss(xml: &str, self_url: &str, lang: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed RSS");
    let rss = doc.root_element();
    assert_eq!(rss.tag_name().name(), "rss");
    assert_eq!(rss.attribute("version"), Some("2.0"));
    let channel = child(rss, "channel").expect("channel");
    for required in ["title", "link", "description"] {
        assert!(
            !text_of(channel, required).trim().is_empty(),
            "{self_url}: channel {required}"
        );
    }
    assert_eq!(text_of(channel, "language"), lang, "{self_url}");
    let atom_self: Vec<_> = channel
        .children()
        .filter(|c| c.tag_name().namespace() == Some(ATOM) && c.tag_name().name() == "link")
        .collect();
    assert_eq!(atom_self.len(), 1, "{self_url}: one atom:link");
    assert_eq!(atom_self[0].attribute("rel"), Some("self"));
    assert_eq!(atom_self[0].attribute("href"), Some(self_url));
    assert_eq!(atom_self[0].attribute("type"), Some("application/rss+xml"));
    if let Some(d) = child(channel, "lastBuildDate") {
        assert_rfc822(d.text().unwrap_or(""), "lastBuildDate");
    }
    let mut guids = BTreeSet::new();
    let mut links = Vec::new();
    for item in channel.children().filter(|c| c.tag_name().name() == "item") {
        assert!(!text_of(item, "title").is_empty(), "{self_url}: item title");
        let link = text_of(item, "link");
        assert!(link.starts_with("https://"), "{self_url}: item link {link}");
        let guid = child(item, "guid").expect("guid");
        assert_eq!(guid.attribute("isPermaLink"), Some("false"));
        assert!(
            guids.insert(guid.text().unwrap_or("").to_string()),
            "{self_url}: duplicate guid"
        );
        if let Some(d) = child(item, "pubDate") {
            assert_rfc822(d.text().unwrap_or(""), "pubDate");
        }
        assert!(!text_of(item, "language").is_empty(), "dc:language");
        links.push(link);
    }
    links
}

/// Checks an Atom 1.0 file; returns the entry links.
fn validate_atom(xml: &str, self_url: &str, lang: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed Atom");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.attribute((XML_NS, "lang")), Some(lang), "{self_url}");
    for required in ["id", "title", "updated"] {
        assert!(
            !text_of(feed, required).is_empty(),
            "{self_url}: {required}"
        );
    }
    assert_rfc3339(&text_of(feed, "updated"), "feed updated");
    let feed_author = child(feed, "author").map(|a| text_of(a, "name"));
    assert!(
        feed_author.is_some_and(|n| !n.is_empty()),
        "{self_url}: feed author"
    );
    let self_links: Vec<_> = feed
        .children()
        .filter(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("self"))
        .collect();
    assert_eq!(self_links.len(), 1);
    assert_eq!(self_links[0].attribute("href"), Some(self_url));
    assert_eq!(
        self_links[0].attribute("type"),
        Some("application/atom+xml")
    );
    let mut ids = BTreeSet::new();
    let mut links = Vec::new();
    for entry in feed.children().filter(|c| c.tag_name().name() == "entry") {
        let id = text_of(entry, "id");
        assert!(id.starts_with("urn:uuid:"), "{id}");
        assert!(ids.insert(id), "{self_url}: duplicate id");
        assert!(!text_of(entry, "title").is_empty());
        assert_rfc3339(&text_of(entry, "updated"), "entry updated");
        if child(entry, "published").is_some() {
            assert_rfc3339(&text_of(entry, "published"), "entry published");
        }
        assert!(
            entry.attribute((XML_NS, "lang")).is_some(),
            "entry xml:lang"
        );
        let alternate = entry
            .children()
            .find(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("alternate"))
            .expect("alternate link");
        links.push(alternate.attribute("href").unwrap_or("").to_string());
    }
    links
}

/// Article URLs of the built site, per language, from the pages themselves.
fn article_urls(public: &Path, base: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut per_lang: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, (rel, _)) in article_pages(public) {
        let lang = rel.split('/').next().unwrap().to_string();
        let url = format!("{base}{}", rel.trim_end_matches("index.html"));
        per_lang.entry(lang).or_default().insert(url);
    }
    per_lang
}

#[test]
fn every_feed_of_the_example_archive_parses_and_follows_the_validator_rules() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build(&repo(), &public).expect("build");
    let base = "https://depeche.example.org/";
    let per_lang = article_urls(&public, base);
    let all: BTreeSet<String> = per_lang.values().flatten().cloned().collect();
    assert!(all.len() >= 24);
    let mut scopes: Vec<(String, String, BTreeSet<String>)> =
        vec![(String::new(), "en".to_string(), all)];
    for (lang, urls) in &per_lang {
        scopes.push((format!("{lang}/"), lang.clone(), urls.clone()));
    }
    for (dir, lang, expected) in scopes {
        for (file, rss) in [("rss.xml", true), ("atom.xml", false)] {
            let rel = format!("{dir}{file}");
            let self_url = format!("{base}{rel}");
            check_feed(&public, &rel, &self_url, &lang, &expected);
            // Every page of the scope names the feed in its head.
            let page = if dir.is_empty() {
                "index.html".to_string()
            } else {
                format!("{dir}index.html")
            };
            let html = fs::read_to_string(public.join(&page)).unwrap();
            let media = if rss {
                "application/rss+xml"
            } else {
                "application/atom+xml"
            };
            assert!(
                html.contains(&format!("type=\"{media}\"")) && html.contains(&self_url),
                "{page} does not advertise {rel}"
            );
        }
    }
}

/// A headline that XML, HTML and JSON each have to escape.
const NASTY: &str = "Breach & <leak> at \"Acme\" 'Corp' ]]> </script><!-- x";

/// Reads the feed at `rel` (RSS or Atom by its name), holds it to the
/// validator's rules and feed-rs, and checks it lists exactly `expected`.
fn check_feed(public: &Path, rel: &str, self_url: &str, lang: &str, expected: &BTreeSet<String>) {
    let xml = fs::read_to_string(public.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let links = if rel.ends_with("rss.xml") {
        validate_rss(&xml, self_url, lang)
    } else {
        validate_atom(&xml, self_url, lang)
    };
    let got: BTreeSet<String> = links.iter().cloned().collect();
    assert_eq!(&got, expected, "{rel} lists every article of its scope");
    let parsed = feed_rs::parser::parse(xml.as_bytes())
        .unwrap_or_else(|e| panic!("feed-rs cannot read {rel}: {e}"));
    assert_eq!(parsed.entries.len(), expected.len(), "{rel}");
    for e in &parsed.entries {
        assert!(e.title.as_ref().is_some_and(|t| !t.content.is_empty()));
        assert!(e.id.starts_with("urn:uuid:"), "{rel}: {}", e.id);
        assert!(e.links.iter().any(|l| expected.contains(&l.href)));
    }
}

/// Every topic and every incident has RSS and Atom feeds of its articles,
/// valid by the same rules, newest first.
#[test]
fn topic_and_incident_feeds_list_their_articles() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build(&repo(), &public).expect("build");
    let (corpus, _) = depeche::site::corpus(&repo(), Some(2), false).expect("corpus");
    let base = "https://depeche.example.org/";
    let url_of = |i: usize| {
        let a = &corpus.articles[i];
        format!("{base}{}/{}/", a.lang, a.slug)
    };
    let scopes = corpus
        .topics
        .iter()
        .map(|t| (format!("topics/{}/", t.id), t.articles.clone()))
        .chain(
            corpus
                .incidents
                .iter()
                .map(|i| (format!("incidents/{}/", i.id), i.articles.clone())),
        );
    let mut checked = 0;
    for (dir, articles) in scopes {
        let expected: BTreeSet<String> = articles.iter().map(|&i| url_of(i)).collect();
        for file in ["rss.xml", "atom.xml"] {
            let rel = format!("{dir}{file}");
            check_feed(&public, &rel, &format!("{base}{rel}"), "en", &expected);
            checked += 1;
        }
        // The topic or incident page names its own feeds.
        let page = fs::read_to_string(public.join(&dir).join("index.html")).unwrap();
        assert!(
            page.contains(&format!("href=\"{base}{dir}rss.xml\"")),
            "{dir}"
        );
    }
    assert!(checked > 100, "{checked} feeds");
}

fn nasty_site(extra_config: &str) -> tempfile::TempDir {
    let article = format!(
        "+++\ntitle = {title:?}\ndate = \"2021-10-04T17:40:00+02:00\"\nlang = \"en\"\nsource = \"Wire & Co\"\nauthor = \"Jane <Roe>\"\ntopics = [\"data & privacy\", \"acme\"]\n+++\nAttackers took \\<records\\> & more from \"Acme\" on Monday, the company's statement said.\n\nA [link](/en/) and a second paragraph that explains what happened ]]> next.\n",
        title = NASTY
    );
    let older = "+++\ntitle = \"An older outage\"\ndate = 2021-09-01\nlang = \"en\"\n+++\nA short text about an older outage of a mail service in the region.\n";
    let undated = "+++\ntitle = \"An undated story\"\nlang = \"en\"\n+++\nA story whose date nobody wrote down, about a failed update of a router.\n";
    site(
        &format!("title = \"T & T\"\nbase_url = \"https://example.org/news/\"\n{extra_config}"),
        &[
            ("en/nasty.md", article.as_bytes()),
            ("en/older.md", older.as_bytes()),
            ("en/undated.md", undated.as_bytes()),
        ],
    )
}

#[test]
fn special_characters_round_trip_through_both_feeds_and_json_ld() {
    let dir = nasty_site("[feeds]\nfull_content = true\n");
    let public = dir.path().join("public");
    let report = build(dir.path(), &public).unwrap();
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    for rel in ["rss.xml", "atom.xml", "en/rss.xml", "en/atom.xml"] {
        let xml = fs::read_to_string(public.join(rel)).unwrap();
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
        let entry = feed
            .entries
            .iter()
            .find(|e| {
                e.published
                    .is_some_and(|p| p.to_rfc3339().starts_with("2021-10-04"))
            })
            .unwrap_or_else(|| panic!("{rel}: no entry of 2021-10-04"));
        assert_eq!(entry.title.as_ref().unwrap().content, NASTY, "{rel}");
        let summary = entry.summary.as_ref().expect("summary").content.clone();
        // RSS descriptions are HTML, Atom's summary here is text.
        let summary = if rel.ends_with("rss.xml") {
            unescape(&summary)
        } else {
            summary
        };
        assert_eq!(
            summary,
            "Attackers took <records> & more from \"Acme\" on Monday, the company's statement said.",
            "{rel}"
        );
        let cats: BTreeSet<&str> = entry
            .categories
            .iter()
            .map(|c| c.label.as_deref().unwrap_or(&c.term))
            .collect();
        // The curator's topics come through exactly; detected ones may join them.
        assert!(
            BTreeSet::from(["data & privacy", "acme"]).is_subset(&cats),
            "{rel}: {cats:?}"
        );
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .unwrap_or_default();
        assert!(
            body.contains("]]&gt; next") || body.contains("]]> next"),
            "{rel}: {body}"
        );
        assert!(body.contains("<a href=\"/en/\""), "{rel}: {body}");
        assert_eq!(
            entry.published.unwrap().to_rfc3339(),
            "2021-10-04T15:40:00+00:00",
            "{rel}: the stated time, in UTC"
        );
        let title = &feed.title.as_ref().unwrap().content;
        assert!(
            title == "T & T" || title == "T & T — English",
            "{rel}: {title}"
        );
    }
    let rss = fs::read_to_string(public.join("rss.xml")).unwrap();
    assert!(
        rss.contains("<pubDate>Mon, 04 Oct 2021 15:40:00 GMT</pubDate>"),
        "{rss}"
    );
    // JSON-LD: the headline survives, and nothing in it closes the script.
    let (_, (_, html)) = article_pages(&public)
        .into_iter()
        .find(|(h, _)| h == NASTY)
        .expect("article page");
    let script =
        between(&html, "<script type=\"application/ld+json\">", "</script>").expect("JSON-LD");
    assert!(!script.contains('<'), "{script}");
    let ld: serde_json::Value = serde_json::from_str(script).unwrap();
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], NASTY);
    assert_eq!(ld["inLanguage"], "en");
    assert_eq!(ld["datePublished"], "2021-10-04T15:40:00Z");
    assert_eq!(ld["publisher"]["name"], "Wire & Co");
    assert_eq!(ld["author"]["name"], "Jane <Roe>");
    let about: Vec<&str> = ld["about"]
        .as_array()
        .expect("about")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert!(about.contains(&"data & privacy"), "{about:?}");
    let og = tag_attrs(
        &html[html.find("<meta property=\"og:title\"").unwrap()..],
        "meta",
    );
    assert_eq!(og.get("content").map(String::as_str), Some(NASTY));
}

#[test]
fn limits_undated_entries_and_ids_that_survive_a_headline_edit() {
    let dir = nasty_site("[feeds]\nlimit = 2\n");
    let public = dir.path().join("public");
    build(dir.path(), &public).unwrap();
    let read =
        |rel: &str| feed_rs::parser::parse(fs::read(public.join(rel)).unwrap().as_slice()).unwrap();
    let rss = read("rss.xml");
    assert_eq!(rss.entries.len(), 2, "limit");
    assert_eq!(
        rss.entries[1].title.as_ref().unwrap().content,
        "An older outage",
        "newest first"
    );
    assert!(
        !fs::read_to_string(public.join("rss.xml"))
            .unwrap()
            .contains("<content:encoded>"),
        "no full content unless asked"
    );

    fs::write(
        dir.path().join("site.toml"),
        "title = \"T\"\nbase_url = \"https://example.org/news/\"\n[feeds]\nlimit = 0\n",
    )
    .unwrap();
    build(dir.path(), &public).unwrap();
    let atom_text = fs::read_to_string(public.join("atom.xml")).unwrap();
    let atom = read("atom.xml");
    assert_eq!(atom.entries.len(), 3, "limit 0 keeps every article");
    let undated = atom
        .entries
        .iter()
        .find(|e| e.title.as_ref().unwrap().content == "An undated story")
        .unwrap();
    assert!(undated.published.is_none());
    assert_eq!(
        undated.updated.unwrap().to_rfc3339(),
        "1970-01-01T00:00:00+00:00"
    );
    let rss_text = fs::read_to_string(public.join("rss.xml")).unwrap();
    let undated_item = between(&rss_text, "<title>An undated story</title>", "</item>").unwrap();
    assert!(!undated_item.contains("pubDate"), "{undated_item}");
    assert!(
        atom_text.contains("<updated>2021-10-04T15:40:00Z</updated>"),
        "feed updated is its newest entry"
    );

    // A headline edit changes the slug and the link, never the id.
    let ids = |feed: &feed_rs::model::Feed| -> BTreeMap<String, String> {
        feed.entries
            .iter()
            .map(|e| (e.id.clone(), e.links[0].href.clone()))
            .collect()
    };
    let before = ids(&atom);
    let path = dir.path().join("content/en/older.md");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replace("An older outage", "A renamed outage")).unwrap();
    build(dir.path(), &public).unwrap();
    let after = ids(&read("atom.xml"));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "same ids"
    );
    assert_ne!(before, after, "but a new link");
}
