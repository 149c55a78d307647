//! Dated facts end to end: our seed-shaped fixtures reproduce the seeds' fact
//! tables, and the example archive's timelines show on pages and in `extract`.

mod common;

use std::fs;

use common::*;

/// The fixture with a publication date put in front matter, as a curator would.
fn dated(fixture: &str, date: &str) -> String {
    let body = fs::read_to_string(repo().join("tests/fixtures/seedlike").join(fixture)).unwrap();
    format!("+++\ndate = {date}\n+++\n{body}")
}

fn facts_of(site_dir: &std::path::Path, rel: &str) -> Vec<(String, String, String)> {
    let out = depeche(&[
        "extract",
        site_dir.join("content").join(rel).to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["date"].as_str().unwrap().to_string(),
                f["precision"].as_str().unwrap().to_string(),
                f["resolved_by"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn owned(rows: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    rows.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn seed_shaped_fixtures_give_the_seed_fact_tables() {
    let usine = dated("fr-usine-style.txt", "2020-10-16");
    let bfm = dated("fr-bfm-style.txt", "2014-12-29");
    let dir = site(
        "base_url = \"https://example.org/\"\n",
        &[
            ("fr/a/usine.txt", usine.as_bytes()),
            ("fr/b/bfm.txt", bfm.as_bytes()),
        ],
    );
    assert_eq!(
        facts_of(dir.path(), "fr/a/usine.txt"),
        owned(&[
            ("2020-10-15", "day", "reference"),
            ("2020-10-15T22:30+02:00", "minute", "reference"),
            ("2020-07", "month", "relative"),
            ("2020-08", "early", "reference"),
        ])
    );
    assert_eq!(
        facts_of(dir.path(), "fr/b/bfm.txt"),
        owned(&[
            ("2014-12-28", "day", "weekday"),
            ("2014-09", "late", "reference"),
            ("2014-11", "month", "reference"),
            ("2014-12-22", "day", "weekday"),
            ("2014-11-24", "day", "reference"),
            ("2014-12-25", "day", "reference"),
            ("2013-12", "month", "relative"),
        ])
    );
}

#[test]
fn without_a_reference_the_year_stays_unknown() {
    let bfm = fs::read_to_string(repo().join("tests/fixtures/seedlike/fr-bfm-style.txt")).unwrap();
    let dir = site(
        "base_url = \"https://example.org/\"\n",
        &[("fr/b/bfm.txt", bfm.as_bytes())],
    );
    let facts = facts_of(dir.path(), "fr/b/bfm.txt");
    assert!(facts.iter().any(|(d, _, _)| d == "--12-25"), "{facts:?}");
    assert!(
        facts.iter().all(|(d, _, _)| !d.starts_with("20")),
        "no year invented: {facts:?}"
    );
}

#[test]
fn example_timelines_on_pages_and_in_extract() {
    let out = tempfile::tempdir().unwrap();
    build(&repo(), &out.path().join("public")).unwrap();
    let pages = article_pages(&out.path().join("public"));
    let page = |headline_start: &str| {
        pages
            .iter()
            .find(|(h, _)| h.starts_with(headline_start))
            .map(|(_, (_, html))| html.clone())
            .unwrap_or_else(|| panic!("no page {headline_start:?}"))
    };
    // English: weekday-resolved day, times in ET shown with UTC, an earlier outage.
    let en = page("Facebook, Instagram and WhatsApp go dark");
    let timeline =
        between(&en, "<section class=\"timeline\"", "</section>").expect("timeline section");
    assert!(
        timeline.contains("<time datetime=\"2021-10-04\">October 4, 2021</time>"),
        "{timeline}"
    );
    assert!(
        timeline.contains("datetime=\"2021-10-04T11:40-04:00\""),
        "{timeline}"
    );
    // 15:40 UTC, written the English way (ICU puts a narrow space before PM).
    assert!(
        timeline.contains("<span class=\"utc\">3:40\u{202f}PM UTC</span>"),
        "{timeline}"
    );
    assert!(timeline.contains("datetime=\"2019-03\""), "{timeline}");
    // Chronological order: 2019 before 2021.
    assert!(timeline.find("2019-03").unwrap() < timeline.find("2021-10-04").unwrap());
    // Chinese: "去年8月" is August of the year before publication.
    let zh = page("WannaCry勒索病毒席卷全球");
    assert!(zh.contains("datetime=\"2016-08\""), "zh timeline");
    assert!(
        zh.contains("2017年5月12日"),
        "dates written the Chinese way"
    );
    // German dates written the German way.
    let de = page("Facebook-Ausfall: Konzern macht Serverkonfiguration verantwortlich");
    assert!(de.contains("14. März 2019"), "German display");

    let output = depeche(&[
        "extract",
        repo()
            .join("content/es/mundo-tecnologico/fallo-crowdstrike-microsoft.md")
            .to_str()
            .unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let dates: Vec<&str> = v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["date"].as_str().unwrap())
        .collect();
    assert!(dates.contains(&"2024-07-19"), "{dates:?}");
    assert!(dates.contains(&"2024-07-19T06:09+02:00"), "{dates:?}");
    assert_eq!(v["published"], "2024-07-19");
}
