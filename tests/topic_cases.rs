//! Table-driven topic detection: every case of `tests/topics/{lang}.toml`
//! (a sentence → the incident types and places it is about) through the
//! public `topics::detect`, the sentence standing as an article's lede.

use std::collections::BTreeSet;

use depeche::topics::{Input, SiteTopics, TopicKind, detect};
use serde::Deserialize;

mod common;

#[derive(Deserialize)]
struct Case {
    text: String,
    incidents: Vec<String>,
    places: Vec<String>,
}

fn check_language(lang: &str) -> (usize, Vec<String>) {
    let cases: Vec<Case> = common::case_table("topics", lang);
    let site = SiteTopics::default();
    let mut failures = Vec::new();
    for case in &cases {
        let found = detect(
            &Input {
                lang,
                headline: "",
                lede: &case.text,
                body: &[],
                front_matter: &[],
                facts: &[],
                published: None,
            },
            &site,
        );
        let of_kind = |kind: TopicKind| -> BTreeSet<String> {
            found
                .mentions
                .iter()
                .filter(|m| m.kind == kind)
                .map(|m| m.id.clone())
                .collect()
        };
        let (incidents, places) = (of_kind(TopicKind::IncidentType), of_kind(TopicKind::Place));
        let want_incidents: BTreeSet<String> = case.incidents.iter().cloned().collect();
        let want_places: BTreeSet<String> = case.places.iter().cloned().collect();
        if incidents != want_incidents || places != want_places {
            failures.push(format!(
                "[{lang}] {:?}\n    expected incidents {want_incidents:?} places {want_places:?}\n    got      incidents {incidents:?} places {places:?}",
                case.text
            ));
        }
    }
    (cases.len(), failures)
}

#[test]
fn every_language_table_passes() {
    let dir = common::repo().join("tests/topics");
    let mut langs: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/topics")
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .to_str()?
                .strip_suffix(".toml")
                .map(str::to_string)
        })
        .collect();
    langs.sort();
    let mut all = Vec::new();
    let mut counts = Vec::new();
    for lang in &langs {
        let (n, mut failures) = check_language(lang);
        counts.push(format!("{lang} {n}"));
        all.append(&mut failures);
    }
    assert!(
        all.is_empty(),
        "{} failing case(s) ({}):\n{}",
        all.len(),
        counts.join(", "),
        all.join("\n")
    );
}

/// Every grammar language of the date tables has incident vocabulary and
/// at least 15 detection cases.
#[test]
fn every_grammar_language_is_covered() {
    for lang in depeche::dates::grammar::grammar_languages() {
        assert!(
            depeche::topics::tables::vocabulary_languages().contains(&lang),
            "no data/topics/{lang}.toml"
        );
        let (n, _) = check_language(&lang);
        assert!(n >= 15, "tests/topics/{lang}.toml has {n} cases");
    }
}
