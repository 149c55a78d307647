//! Whole builds of the example archive and of small sites, asserted through
//! the generated pages and through `depeche extract`.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::*;
use depeche::site::{BuildError, BuildOptions};

#[test]
fn example_archive_builds_with_right_languages_and_headlines() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let report = build(&repo(), &public).expect("build");
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    let expected = expected_articles();
    assert!(
        expected.len() >= 24,
        "only {} expected articles",
        expected.len()
    );
    assert_eq!(
        report.articles,
        expected.len(),
        "every example article is built"
    );
    let pages = article_pages(&public);
    assert_eq!(pages.len(), expected.len(), "one page per article");
    for e in &expected {
        let (rel, html) = pages
            .get(&e.headline)
            .unwrap_or_else(|| panic!("{}: no page with headline {:?}", e.file, e.headline));
        assert!(
            rel.starts_with(&format!("{}/", e.lang)),
            "{}: page {rel} not under /{}/",
            e.file,
            e.lang
        );
        let (lang, dir) = html_lang_dir(html);
        assert_eq!(lang, e.lang, "{}: <html lang> of {rel}", e.file);
        let want_dir = if e.lang == "ar" { "rtl" } else { "ltr" };
        assert_eq!(dir, want_dir, "{}: <html dir> of {rel}", e.file);
        assert_eq!(
            tag_attrs(html, "article").get("lang").map(String::as_str),
            Some(e.lang.as_str()),
            "{}: <article lang>",
            e.file
        );
    }
    let per_lang: BTreeSet<&str> = expected.iter().map(|e| e.lang.as_str()).collect();
    assert_eq!(
        report
            .per_lang
            .keys()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        per_lang
    );
}

#[test]
fn no_boilerplate_line_is_kept_as_a_block_of_the_article_body() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    build(&repo(), &public).expect("build");
    let pages = article_pages(&public);
    let mut checked = 0;
    for e in expected_articles() {
        let (rel, html) = &pages[&e.headline];
        let blocks = body_blocks(html);
        assert!(
            blocks.len() >= 2,
            "{}: body of {rel} has almost no blocks: {blocks:?}",
            e.file
        );
        let lede = between(html, "<p class=\"lede\">", "</p>")
            .map(strip_tags)
            .unwrap_or_default();
        assert!(!lede.is_empty(), "{}: no lede on {rel}", e.file);
        for b in &e.boilerplate {
            // Whole blocks only: entries such as "media" or "Anzeige" may
            // well occur inside real sentences.
            assert!(
                !blocks.iter().any(|p| p.trim() == b.trim()),
                "{}: boilerplate {b:?} kept in the body of {rel}",
                e.file
            );
            assert_ne!(lede.trim(), b.trim(), "{}: boilerplate as lede", e.file);
            checked += 1;
        }
    }
    assert!(checked >= 80, "only {checked} boilerplate lines checked");
}

#[test]
fn home_links_every_language_front_page_and_front_pages_list_their_articles() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let report = build(&repo(), &public).expect("build");
    let expected = expected_articles();
    let langs: BTreeSet<&str> = expected.iter().map(|e| e.lang.as_str()).collect();
    assert!(langs.len() >= 8, "{langs:?}");
    let home = fs::read_to_string(public.join("index.html")).unwrap();
    let lang_list = between(&home, "<ul class=\"lang-list\">", "</ul>").expect("language list");
    let listed: BTreeSet<String> = links(lang_list).into_iter().collect();
    for lang in &langs {
        assert!(
            listed.contains(&format!("/{lang}/")),
            "home page does not link /{lang}/: {listed:?}"
        );
        let front = fs::read_to_string(public.join(lang).join("index.html"))
            .unwrap_or_else(|e| panic!("/{lang}/index.html: {e}"));
        assert_eq!(html_lang_dir(&front).0, *lang);
        let front_links: BTreeSet<String> = links(&front).into_iter().collect();
        let pages = article_pages(&public);
        for e in expected.iter().filter(|e| e.lang == *lang) {
            let (rel, _) = &pages[&e.headline];
            let url = format!("/{}", rel.trim_end_matches("index.html"));
            assert!(
                front_links.contains(&url),
                "/{lang}/ does not link {url} ({})",
                e.file
            );
        }
    }
    assert_eq!(listed.len(), langs.len(), "{listed:?}");
    let not_found = fs::read_to_string(public.join("404.html")).expect("404.html");
    assert!(not_found.contains("href=\"/\""), "404 links home");
    let css = fs::read_to_string(public.join("style.css")).expect("style.css");
    assert!(css.contains('{'), "style.css is CSS");
    // Every file but the theme's static ones comes from the corpus.
    assert_eq!(
        report.pages + 1,
        tree(&public).len(),
        "pages besides style.css"
    );
    assert!(report.pages > 2 + 2 * langs.len() + expected.len());
    let broken = broken_internal_links(&public, "/");
    assert!(broken.is_empty(), "broken internal links: {broken:?}");
}

#[test]
fn extract_gives_language_headline_source_lede_and_date() {
    let content = repo().join("content");
    let output = depeche(&["extract", content.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let records: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    let expected = expected_articles();
    assert_eq!(records.len(), expected.len(), "one line per article");
    for e in expected {
        let matching: Vec<_> = records
            .iter()
            .filter(|r| {
                r["file"]
                    .as_str()
                    .is_some_and(|f| f.replace('\\', "/").ends_with(&format!("/{}", e.file)))
            })
            .collect();
        assert_eq!(matching.len(), 1, "{} in extract output", e.file);
        let r = matching[0];
        assert_eq!(r["lang"], e.lang.as_str(), "{}", e.file);
        assert_eq!(r["headline"], e.headline.as_str(), "{}", e.file);
        assert_eq!(r["source"], e.source.as_str(), "{}", e.file);
        let lede = r["lede"].as_str().unwrap_or("");
        assert!(
            lede.starts_with(&e.lede_starts),
            "{}: lede {lede:?} does not start with {:?}",
            e.file,
            e.lede_starts
        );
        let published = r["published"].as_str().unwrap_or("");
        assert_eq!(published, e.published, "{}: published", e.file);
    }
}

#[test]
fn output_is_identical_for_one_and_eight_threads() {
    let out = tempfile::tempdir().unwrap();
    for (jobs, dir) in [(1, "one"), (8, "eight")] {
        depeche::build(&BuildOptions {
            root: repo(),
            output: Some(out.path().join(dir)),
            jobs: Some(jobs),
            ..BuildOptions::default()
        })
        .expect("build");
    }
    let (one, eight) = (
        tree(&out.path().join("one")),
        tree(&out.path().join("eight")),
    );
    assert!(one.len() > 30, "{} files", one.len());
    for generated in [
        "rss.xml",
        "atom.xml",
        "fr/rss.xml",
        "sitemap.xml",
        "robots.txt",
        "archive/index.html",
        "archive/2021/10/index.html",
    ] {
        assert!(
            one.contains_key(generated),
            "{generated} is part of the compared output"
        );
    }
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        eight.keys().collect::<Vec<_>>(),
        "same file set"
    );
    for (rel, bytes) in &one {
        assert!(
            bytes == &eight[rel],
            "{rel} differs between --jobs 1 and --jobs 8"
        );
    }
}

#[test]
fn rebuilding_writes_nothing_and_gives_the_same_bytes() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let first = build(&repo(), &public).unwrap();
    let before = tree(&public);
    assert_eq!(first.stats.written, before.len(), "{:?}", first.stats);
    let second = build(&repo(), &public).unwrap();
    assert_eq!(tree(&public), before);
    assert_eq!(second.stats.written, 0, "{:?}", second.stats);
    assert_eq!(second.stats.removed, 0, "{:?}", second.stats);
    assert_eq!(second.stats.unchanged, before.len(), "{:?}", second.stats);
    assert!(
        second.summary().contains("0 pages written"),
        "{}",
        second.summary()
    );
    assert!(
        leftovers(out.path()).is_empty(),
        "{:?}",
        leftovers(out.path())
    );
}

const SMALL_SITE: &str = "title = \"Test\"\nbase_url = \"https://example.org/\"\n";

const ARTICLE: &str = "Netz Nachrichten\n\nStörung legt Bezahldienst für mehrere Stunden lahm\n\nKunden konnten am Dienstag stundenlang nicht mit ihren Karten bezahlen, weil ein Rechenzentrum des Anbieters ausgefallen war.\n\nDer Anbieter teilte mit, die Ursache sei ein fehlerhaftes Update gewesen, das inzwischen zurückgenommen worden sei.\n";

const SECOND: &str = "Netz Nachrichten\n\nMobilfunknetz fällt in mehreren Städten für einen Nachmittag aus\n\nIn mehreren Städten konnten Kunden am Mittwochnachmittag weder telefonieren noch mobile Daten nutzen, bestätigte der Netzbetreiber.\n\nAls Ursache nannte das Unternehmen einen Stromausfall in einem zentralen Vermittlungsknoten, der inzwischen behoben sei.\n";

#[test]
fn a_template_that_does_not_parse_fails_the_build_and_leaves_the_output_untouched() {
    let dir = site(SMALL_SITE, &[("de/netz/stoerung.txt", ARTICLE.as_bytes())]);
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("first build");
    let before = tree(&public);
    assert!(before.len() >= 5, "{:?}", before.keys());
    fs::create_dir_all(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("templates/article.html"), "{% if %}broken").unwrap();
    fs::write(dir.path().join("content/de/netz/zweite.txt"), SECOND).unwrap();
    let err = build(dir.path(), &public).expect_err("broken template");
    assert!(matches!(err, BuildError::Render(_)), "{err:?}");
    assert!(err.to_string().contains("article.html"), "{err}");
    assert_eq!(tree(&public), before, "output changed by a failed build");
    assert!(!dir.path().join(".public.depeche-staging").exists());
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
}

#[test]
fn a_template_that_fails_while_rendering_leaves_the_output_untouched() {
    // Parses, but fails on the first article page: the failure comes after
    // pages have been staged, so the staging directory must be discarded.
    let dir = site(SMALL_SITE, &[("de/netz/stoerung.txt", ARTICLE.as_bytes())]);
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("first build");
    let before = tree(&public);
    fs::create_dir_all(dir.path().join("templates")).unwrap();
    fs::write(
        dir.path().join("templates/article.html"),
        "<h1>{{ article.headline }}</h1>{{ article.no_such_field.deeper }}",
    )
    .unwrap();
    fs::write(dir.path().join("content/de/netz/zweite.txt"), SECOND).unwrap();
    fs::write(
        dir.path().join("site.toml"),
        SMALL_SITE.replace("Test", "Renamed"),
    )
    .unwrap();
    let err = build(dir.path(), &public).expect_err("render error");
    assert!(err.to_string().contains("article.html"), "{err}");
    assert_eq!(tree(&public), before, "output changed by a failed build");
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
    // Fixing the template builds again, with both articles.
    fs::remove_file(dir.path().join("templates/article.html")).unwrap();
    let report = build(dir.path(), &public).expect("fixed");
    assert_eq!(report.articles, 2);
    assert_eq!(article_pages(&public).len(), 2);
}

#[test]
fn a_broken_card_or_archive_template_leaves_the_output_untouched() {
    // Cards are rendered before any page, archive pages among them: both
    // failures must discard what was staged.
    let dir = site(SMALL_SITE, &[("de/netz/stoerung.txt", ARTICLE.as_bytes())]);
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("first build");
    let before = tree(&public);
    assert!(before.contains_key("rss.xml") && before.contains_key("archive/index.html"));
    fs::create_dir_all(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("content/de/netz/zweite.txt"), SECOND).unwrap();
    for (template, body) in [
        ("card.html", "{{ a.headline }}{{ a.missing.deeper }}"),
        (
            "archive.html",
            "{% extends \"base.html\" %}{% block content %}{{ nothing.here }}{% endblock content %}",
        ),
    ] {
        let path = dir.path().join("templates").join(template);
        fs::write(&path, body).unwrap();
        let err = build(dir.path(), &public).expect_err("render error");
        assert!(err.to_string().contains(template), "{err}");
        assert_eq!(
            tree(&public),
            before,
            "{template}: output changed by a failed build"
        );
        assert!(
            leftovers(dir.path()).is_empty(),
            "{:?}",
            leftovers(dir.path())
        );
        fs::remove_file(&path).unwrap();
    }
    build(dir.path(), &public).expect("fixed");
    assert_ne!(tree(&public), before);
}

#[test]
fn removing_an_article_removes_its_page_on_the_next_build() {
    let dir = site(
        SMALL_SITE,
        &[
            ("de/netz/stoerung.txt", ARTICLE.as_bytes()),
            ("de/netz/mobilfunk.txt", SECOND.as_bytes()),
        ],
    );
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("first build");
    let pages = article_pages(&public);
    assert_eq!(pages.len(), 2, "{:?}", pages.keys());
    let (gone_rel, _) = &pages["Mobilfunknetz fällt in mehreren Städten für einen Nachmittag aus"];
    let gone_dir = public.join(gone_rel.trim_end_matches("/index.html"));
    assert!(gone_dir.is_dir());
    fs::remove_file(dir.path().join("content/de/netz/mobilfunk.txt")).unwrap();
    let report = build(dir.path(), &public).expect("second build");
    assert_eq!(report.articles, 1);
    assert_eq!(report.stats.removed, 1, "{:?}", report.stats);
    assert!(!gone_dir.exists(), "{} left behind", gone_dir.display());
    let front = fs::read_to_string(public.join("de/index.html")).unwrap();
    assert!(
        !front.contains("Mobilfunknetz"),
        "front page still lists it"
    );
    assert!(front.contains("Bezahldienst"));
    // Same result as a fresh build.
    let fresh = tempfile::tempdir().unwrap();
    build(dir.path(), &fresh.path().join("public")).unwrap();
    assert_eq!(tree(&public), tree(&fresh.path().join("public")));
}

#[test]
fn a_base_url_with_a_sub_path_prefixes_every_link() {
    let dir = site(
        SMALL_SITE,
        &[
            ("de/netz/stoerung.txt", ARTICLE.as_bytes()),
            ("de/netz/mobilfunk.txt", SECOND.as_bytes()),
        ],
    );
    let public = dir.path().join("public");
    depeche::build(&BuildOptions {
        root: dir.path().to_path_buf(),
        output: Some(public.clone()),
        base_url: Some("https://example.org/archive/".into()),
        ..BuildOptions::default()
    })
    .unwrap();
    let home = fs::read_to_string(public.join("index.html")).unwrap();
    assert!(home.contains("href=\"/archive/de/\""), "{home}");
    assert!(home.contains("href=\"/archive/style.css\""));
    let mut internal = 0;
    for (rel, bytes) in tree(&public) {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        for link in links(&html) {
            if link.starts_with('#') {
                continue;
            }
            if let Some(abs) = link.strip_prefix("https://") {
                assert!(
                    abs.starts_with("example.org/archive/"),
                    "{rel}: absolute link {link} outside the base URL"
                );
                continue;
            }
            assert!(
                link.starts_with("/archive/"),
                "{rel}: link {link:?} does not start with /archive/"
            );
            internal += 1;
        }
        let canonical = between(&html, "<link rel=\"canonical\" href=\"", "\"");
        if rel != "404.html" {
            assert!(
                canonical.is_some_and(|c| c.starts_with("https://example.org/archive/")),
                "{rel}: canonical {canonical:?}"
            );
        }
    }
    assert!(internal >= 20, "only {internal} internal links seen");
    let broken = broken_internal_links(&public, "/archive/");
    assert!(broken.is_empty(), "broken links: {broken:?}");
}

#[test]
fn a_site_without_a_theme_folder_uses_the_built_in_one_and_can_override_it() {
    let dir = site(SMALL_SITE, &[("de/netz/stoerung.txt", ARTICLE.as_bytes())]);
    let public = dir.path().join("public");
    build(dir.path(), &public).unwrap();
    assert!(public.join("style.css").is_file());
    fs::create_dir_all(dir.path().join("templates")).unwrap();
    fs::write(
        dir.path().join("templates/404.html"),
        "custom not found {{ lang }}",
    )
    .unwrap();
    build(dir.path(), &public).unwrap();
    assert_eq!(
        fs::read_to_string(public.join("404.html")).unwrap(),
        "custom not found en"
    );
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let draft = "+++\ntitle = \"Entwurf: Ausfall im Rechenzentrum\"\ndraft = true\nlang = \"de\"\n+++\nDieser Text ist noch nicht fertig und soll nicht veröffentlicht werden, bis die Redaktion ihn freigibt.\n";
    let dir = site(
        SMALL_SITE,
        &[
            ("de/netz/stoerung.txt", ARTICLE.as_bytes()),
            ("de/netz/entwurf.md", draft.as_bytes()),
        ],
    );
    let public = dir.path().join("public");
    let report = build(dir.path(), &public).unwrap();
    assert_eq!(report.articles, 1);
    assert!(!article_pages(&public).contains_key("Entwurf: Ausfall im Rechenzentrum"));
    let with = depeche::build(&BuildOptions {
        root: dir.path().to_path_buf(),
        output: Some(public.clone()),
        drafts: true,
        ..BuildOptions::default()
    })
    .unwrap();
    assert_eq!(with.articles, 2);
    assert!(article_pages(&public).contains_key("Entwurf: Ausfall im Rechenzentrum"));
}

#[test]
fn an_output_directory_that_holds_the_sources_never_deletes_them() {
    // `--output .` or `--output content` is a plausible slip; whatever the
    // build does with it (refusing would be fine), site.toml and the articles
    // must survive.
    let mut lost = Vec::new();
    for (case, output) in [
        ("the site root", ""),
        ("content/", "content"),
        ("a language folder of content/", "content/de"),
    ] {
        let dir = site(SMALL_SITE, &[("de/netz/stoerung.txt", ARTICLE.as_bytes())]);
        let root = dir.path();
        let sources_before = tree(&root.join("content"));
        let result = build(root, &root.join(output));
        let outcome = match &result {
            Ok(r) => format!("Ok, {} article(s)", r.articles),
            Err(e) => format!("Err({e})"),
        };
        if !root.join("site.toml").is_file() {
            lost.push(format!("{case}: site.toml deleted ({outcome})"));
        }
        let sources_after = tree(&root.join("content"));
        for (rel, bytes) in &sources_before {
            if sources_after.get(rel) != Some(bytes) {
                lost.push(format!(
                    "{case}: content/{rel} deleted or changed ({outcome})"
                ));
            }
        }
    }
    assert!(
        lost.is_empty(),
        "building into a folder holding the sources:\n{}",
        lost.join("\n")
    );
}

#[test]
fn articles_with_the_same_headline_get_distinct_pages() {
    let dir = site(
        SMALL_SITE,
        &[
            ("de/netz/stoerung.txt", ARTICLE.as_bytes()),
            (
                "de/zweite-quelle/stoerung.txt",
                ARTICLE
                    .replace("Netz Nachrichten", "Zweite Quelle")
                    .as_bytes(),
            ),
        ],
    );
    let public = dir.path().join("public");
    let report = build(dir.path(), &public).unwrap();
    assert_eq!(report.articles, 2);
    let pages: Vec<(String, String)> = tree(&public)
        .into_iter()
        .filter(|(rel, _)| rel.starts_with("de/") && rel.matches('/').count() == 2)
        .map(|(rel, bytes)| (rel, String::from_utf8(bytes).unwrap()))
        .filter(|(_, html)| is_article_page(html))
        .collect();
    assert_eq!(
        pages.len(),
        2,
        "{:?}",
        pages.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    let sources: BTreeSet<String> = pages
        .iter()
        .map(|(_, html)| {
            between(html, "<span class=\"label\">Quelle</span> ", "</span>")
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(
        sources,
        BTreeSet::from(["Netz Nachrichten".to_string(), "Zweite Quelle".to_string()])
    );
    // The first by path keeps the plain slug.
    assert!(
        public
            .join("de/storung-legt-bezahldienst-fur-mehrere-stunden-lahm/index.html")
            .is_file()
    );
    let broken = broken_internal_links(&public, "/");
    assert!(broken.is_empty(), "{broken:?}");
}
