//! Dated facts: every date or time expression of an article, in its own
//! language, resolved to a calendar value, with the sentence that says what
//! happened (DESIGN.md, "Dates").
//!
//! [`grammar`] holds the per-language tables (`data/dates/*.toml`), [`scan`]
//! (and [`cjk`] for Japanese and Chinese numeric forms) finds expressions,
//! [`resolve`] turns them into values against the reference date.

pub mod cjk;
pub mod display;
pub mod generated;
pub mod grammar;
pub mod resolve;
pub mod scan;

use jiff::civil::Date;
use serde::Serialize;

pub use resolve::{PartialDate, Precision, ResolvedBy};

use crate::text::squash_whitespace;

/// One dated fact of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedFact {
    pub value: PartialDate,
    pub precision: Precision,
    /// The expression as written.
    pub expr: String,
    /// The sentence that carries it.
    pub sentence: String,
    pub resolved_by: ResolvedBy,
}

/// A fact as `depeche extract` prints it.
#[derive(Debug, Serialize)]
pub struct FactRecord<'a> {
    pub date: String,
    pub precision: Precision,
    pub expr: &'a str,
    pub sentence: &'a str,
    pub resolved_by: ResolvedBy,
}

impl DatedFact {
    pub fn record(&self) -> FactRecord<'_> {
        FactRecord {
            date: self.value.iso(),
            precision: self.precision,
            expr: &self.expr,
            sentence: &self.sentence,
            resolved_by: self.resolved_by,
        }
    }

    /// Sort key: known dates in calendar order, unknown years last.
    pub fn sort_key(&self) -> (bool, PartialDate) {
        (self.value.year.is_none(), self.value.clone())
    }
}

fn uses_cjk_scanner(lang: &str) -> bool {
    matches!(lang, "ja" | "zh")
}

/// Every date expression in `text` with its resolution against `reference`.
pub fn facts_in(text: &str, lang: &str, reference: Option<Date>) -> Vec<DatedFact> {
    facts_with(
        grammar::grammar(lang),
        uses_cjk_scanner(lang),
        text,
        reference,
    )
}

fn facts_with(
    g: &grammar::Grammar,
    cjk: bool,
    text: &str,
    reference: Option<Date>,
) -> Vec<DatedFact> {
    if !g.may_contain_date(text) {
        return Vec::new();
    }
    // A time alone ("vers 22h30 (heure de Paris)") is on the last day the
    // paragraph named, else on the reference date.
    let mut last_day: Option<Date> = None;
    scan::scan(text, g, cjk)
        .into_iter()
        .filter_map(|f| {
            let day_reference = match f.spec {
                scan::Spec::Time { .. } => last_day.or(reference),
                _ => reference,
            };
            let r = resolve::resolve(&f.spec, day_reference)?;
            if let Some(day) = r.value.civil_date() {
                last_day = Some(day);
            }
            Some(DatedFact {
                value: r.value,
                precision: r.precision,
                expr: text[f.start..f.end].trim().to_string(),
                sentence: sentence_around(text, f.start, f.end),
                resolved_by: r.resolved_by,
            })
        })
        .collect()
}

/// A hash of what facts say (values, precision, wording, sentence), for
/// telling whether a rebuild must show them again.
pub fn facts_hash(facts: &[DatedFact]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for f in facts {
        let v = &f.value;
        (v.year, v.month, v.day, v.time, &v.zone).hash(&mut h);
        (f.precision as u8).hash(&mut h);
        f.expr.hash(&mut h);
        f.sentence.hash(&mut h);
    }
    h.finish()
}

/// The facts of an article's text blocks, one per distinct value: a date
/// repeated in a caption and the body is one fact.
pub fn extract_facts<'a>(
    blocks: impl IntoIterator<Item = &'a str>,
    lang: &str,
    reference: Option<Date>,
) -> Vec<DatedFact> {
    let g = grammar::grammar(lang);
    let cjk = uses_cjk_scanner(lang);
    let mut facts: Vec<DatedFact> = Vec::new();
    for text in blocks {
        for fact in facts_with(g, cjk, text, reference) {
            let same = facts
                .iter_mut()
                .find(|f| f.value == fact.value && f.precision == fact.precision);
            match same {
                // The same date said again: keep the wording that fixes it
                // best ("juillet dernier" over a heading's bare "juillet").
                Some(f)
                    if f.resolved_by == ResolvedBy::Reference
                        && fact.resolved_by != ResolvedBy::Reference =>
                {
                    *f = fact
                }
                Some(_) => {}
                None => facts.push(fact),
            }
        }
    }
    facts
}

/// The publication date stated on a dateline or byline: "Publié le
/// 16/10/2020 à 09h12", "Stand: 16.10.2020", "Oct. 16, 2020". A line naming
/// the publication wins; then the first dated line that is not an update;
/// then an update line.
pub fn publication_date<'a>(
    header: impl IntoIterator<Item = &'a str>,
    named_only: impl IntoIterator<Item = &'a str>,
    lang: &str,
) -> Option<Date> {
    let g = grammar::grammar(lang);
    let cjk = uses_cjk_scanner(lang);
    let (mut plain, mut update) = (None, None);
    let says = |line: &str, lex: grammar::Lex| {
        let words = grammar::phrase_tokens(&line.to_lowercase());
        (0..words.len()).any(|i| g.matches(&words[i..]).any(|(l, _)| l == lex))
    };
    for line in header {
        let Some(date) = stated_date(g, cjk, line) else {
            continue;
        };
        if says(line, grammar::Lex::Published) {
            return Some(date);
        } else if says(line, grammar::Lex::Updated) {
            update = update.or(Some(date));
        } else {
            plain = plain.or(Some(date));
        }
    }
    // Lines below the lede count only when they name the publication.
    for line in named_only {
        if let Some(date) =
            stated_date(g, cjk, line).filter(|_| says(line, grammar::Lex::Published))
        {
            return plain.or(Some(date));
        }
    }
    plain.or(update)
}

/// Whether a line opens with "Publié le", "Published", "Stand:" and the like.
pub fn names_publication(line: &str, lang: &str) -> bool {
    // A publication line is short and carries its date.
    if line.len() > 300 || !crate::text::has_digit(line) {
        return false;
    }
    let g = grammar::grammar(lang);
    let words = grammar::phrase_tokens(&line.chars().take(40).collect::<String>().to_lowercase());
    (0..words.len().min(2)).any(|i| {
        g.matches(&words[i..])
            .any(|(l, _)| matches!(l, grammar::Lex::Published | grammar::Lex::Updated))
    })
}

/// The first complete date with its year written in a line.
fn stated_date(g: &grammar::Grammar, cjk: bool, line: &str) -> Option<Date> {
    if !g.may_contain_date(line) {
        return None;
    }
    scan::scan(line, g, cjk).into_iter().find_map(|f| {
        let r = resolve::resolve(&f.spec, None)?;
        (r.resolved_by == ResolvedBy::Explicit)
            .then(|| r.value.civil_date())
            .flatten()
    })
}

/// The sentence of `text` around bytes `start..end`. A boundary is a
/// sentence mark followed by a space and a capital (or by an ideographic
/// mark), so "Oct. 16" and "D. L." do not cut a sentence.
pub fn sentence_around(text: &str, start: usize, end: usize) -> String {
    let is_boundary = |i: usize, c: char| -> bool {
        if matches!(c, '。' | '！' | '？') {
            return true;
        }
        if !matches!(c, '.' | '!' | '?') {
            return false;
        }
        let rest = &text[i + c.len_utf8()..];
        let mut it = rest.chars();
        match (it.next(), it.next()) {
            (Some(' '), Some(n)) => n.is_uppercase() || matches!(n, '"' | '«' | '“'),
            (None, _) => true,
            _ => false,
        }
    };
    let begin = text[..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_boundary(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let stop = text[end..]
        .char_indices()
        .find(|&(i, c)| is_boundary(end + i, c))
        .map_or(text.len(), |(i, c)| end + i + c.len_utf8());
    squash_whitespace(&text[begin..stop])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_without_a_table_use_locale_month_names() {
        let reference = "2020-10-20".parse().ok();
        let pl = facts_in(
            "Awaria nastąpiła 15 października 2020 r. w nocy.",
            "pl",
            reference,
        );
        assert_eq!(
            pl.first().map(|f| f.value.iso()),
            Some("2020-10-15".to_string()),
            "{pl:?}"
        );
        let sv = facts_in(
            "Attacken upptäcktes den 3 mars och rapporterades 2020-03-05.",
            "sv",
            reference,
        );
        let dates: Vec<String> = sv.iter().map(|f| f.value.iso()).collect();
        assert_eq!(dates, ["2020-03-03", "2020-03-05"]);
        let tr = facts_in("Saldırı 12 Mayıs 2017 tarihinde başladı.", "tr", None);
        assert_eq!(
            tr.first().map(|f| f.value.iso()),
            Some("2017-05-12".to_string()),
            "{tr:?}"
        );
    }

    #[test]
    fn sentences_do_not_break_on_abbreviations() {
        let t = "Le service a repris. Il était tombé le 4 oct. vers midi. Fin.";
        let s = t.find("4 oct").unwrap();
        assert_eq!(
            sentence_around(t, s, s + 6),
            "Il était tombé le 4 oct. vers midi."
        );
    }
}
