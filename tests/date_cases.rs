//! Table-driven date extraction: every case of `tests/dates/{lang}.toml`
//! (sentence → expected facts) through the public `dates::facts_in`.

use depeche::dates::facts_in;
use serde::Deserialize;

mod common;

#[derive(Deserialize)]
struct Case {
    text: String,
    reference: String,
    facts: Vec<Expected>,
}

#[derive(Deserialize, Debug)]
struct Expected {
    date: String,
    precision: String,
    resolved_by: String,
    expr: Option<String>,
}

fn check_language(lang: &str) -> (usize, Vec<String>) {
    let cases: Vec<Case> = common::case_table("dates", lang);
    let mut failures = Vec::new();
    for case in &cases {
        let reference =
            (!case.reference.is_empty()).then(|| case.reference.parse().expect("reference date"));
        let got = facts_in(&case.text, lang, reference);
        let got_view: Vec<String> = got
            .iter()
            .map(|f| {
                let r = f.record();
                format!(
                    "{} {:?} {:?} {:?}",
                    r.date, r.precision, r.resolved_by, r.expr
                )
            })
            .collect();
        let ok = got.len() == case.facts.len()
            && case.facts.iter().zip(&got).all(|(e, g)| {
                let r = g.record();
                r.date == e.date
                    && format!("{:?}", r.precision).to_lowercase() == e.precision
                    && format!("{:?}", r.resolved_by).to_lowercase() == e.resolved_by
                    && e.expr.as_deref().is_none_or(|x| x == r.expr)
            });
        if !ok {
            failures.push(format!(
                "[{lang}] {:?} (ref {})\n    expected {:?}\n    got      {:?}",
                case.text, case.reference, case.facts, got_view
            ));
        }
    }
    (cases.len(), failures)
}

fn run(lang: &str, min_cases: usize) {
    let (count, failures) = check_language(lang);
    assert!(count >= min_cases, "{lang}: only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

macro_rules! languages {
    ($($name:ident: $lang:literal, $min:literal;)*) => {
        $(#[test] fn $name() { run($lang, $min); })*
    };
}

languages! {
    french: "fr", 40;
    english: "en", 40;
    german: "de", 40;
    spanish: "es", 40;
    italian: "it", 40;
    portuguese: "pt", 40;
    dutch: "nl", 40;
    russian: "ru", 40;
    japanese: "ja", 40;
    chinese: "zh", 40;
}
