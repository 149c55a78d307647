//! Whole builds of the example archive and of small sites, asserted through
//! the generated pages and through `depeche extract`.

mod common;

use std::fs;

use common::*;
use depeche::site::BuildOptions;

#[test]
fn example_archive_builds_with_right_languages_and_headlines() {
    let out = tempfile::tempdir().unwrap();
    let report = build(&repo(), &out.path().join("public")).expect("build");
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
    let pages = article_pages(&out.path().join("public"));
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
        assert!(
            html.contains(&format!("<html lang=\"{}\"", e.lang)),
            "{}: wrong <html lang>",
            e.file
        );
        let dir = if e.lang == "ar" { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!("dir=\"{dir}\"")),
            "{}: expected dir={dir}",
            e.file
        );
        let paragraphs = body_paragraphs(html);
        for b in &e.boilerplate {
            assert!(
                !paragraphs.iter().any(|p| p == b),
                "{}: boilerplate {b:?} kept in the body",
                e.file
            );
        }
    }
    let langs: std::collections::BTreeSet<&str> =
        expected.iter().map(|e| e.lang.as_str()).collect();
    assert!(langs.len() >= 8, "{langs:?}");
    let home = fs::read_to_string(out.path().join("public/index.html")).unwrap();
    for lang in &langs {
        assert!(
            home.contains(&format!("href=\"/{lang}/\"")),
            "home links /{lang}/"
        );
        assert!(
            out.path()
                .join(format!("public/{lang}/index.html"))
                .is_file()
        );
    }
    assert!(out.path().join("public/404.html").is_file());
    assert!(out.path().join("public/style.css").is_file());
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
    for e in expected_articles() {
        let r = records
            .iter()
            .find(|r| r["file"].as_str().is_some_and(|f| f.ends_with(&e.file)))
            .unwrap_or_else(|| panic!("{} missing from extract", e.file));
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
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        eight.keys().collect::<Vec<_>>()
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
    let second = build(&repo(), &public).unwrap();
    assert_eq!(tree(&public), before);
    assert_eq!(second.stats.written, 0, "{:?}", second.stats);
    assert_eq!(second.stats.unchanged, first.stats.written);
}

const SMALL_SITE: &str = "title = \"Test\"\nbase_url = \"https://example.org/\"\n";

const ARTICLE: &str = "Netz Nachrichten\n\nStörung legt Bezahldienst für mehrere Stunden lahm\n\nKunden konnten am Dienstag stundenlang nicht mit ihren Karten bezahlen, weil ein Rechenzentrum des Anbieters ausgefallen war.\n\nDer Anbieter teilte mit, die Ursache sei ein fehlerhaftes Update gewesen, das inzwischen zurückgenommen worden sei.\n";

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let dir = site(SMALL_SITE, &[("de/netz/stoerung.txt", ARTICLE.as_bytes())]);
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("first build");
    let before = tree(&public);
    fs::create_dir_all(dir.path().join("templates")).unwrap();
    fs::write(dir.path().join("templates/article.html"), "{% if %}broken").unwrap();
    fs::write(
        dir.path().join("content/de/netz/zweite.txt"),
        ARTICLE.replace("Bezahldienst", "Kartendienst"),
    )
    .unwrap();
    let err = build(dir.path(), &public).expect_err("broken template");
    assert!(err.to_string().contains("article.html"), "{err}");
    assert_eq!(tree(&public), before, "output changed by a failed build");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_base_url_with_a_sub_path_prefixes_every_link() {
    let dir = site(SMALL_SITE, &[("de/netz/stoerung.txt", ARTICLE.as_bytes())]);
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
    assert!(!home.contains("href=\"/de/"));
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
