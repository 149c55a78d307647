//! The built-in topics: incident types (`data/topics/{lang}.toml`) and places
//! (CLDR region names generated into `data/places/`), compiled per language
//! into one phrase matcher, plus the word classes entity detection needs.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock};

use include_dir::{Dir, include_dir};
use rustc_hash::FxHashSet;
use serde::Deserialize;

use super::TopicKind;
use super::matcher::PhraseMatcher;

static TOPIC_TABLES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/data/topics");
static PLACE_TABLES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/data/places");

/// The built-in incident types, most specific first: on a tie in salience
/// the more specific type is the article's main one.
pub const INCIDENT_TYPES: [&str; 10] = [
    "ransomware",
    "ddos",
    "data-breach",
    "phishing",
    "account-takeover",
    "software-bug",
    "regulatory-fine",
    "shutdown",
    "cyberattack",
    "outage",
];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicTable {
    #[serde(default)]
    name_joiners: Vec<String>,
    #[serde(default)]
    honorifics: Vec<String>,
    #[serde(default)]
    determiners: Vec<String>,
    /// Compounds are written as one word: incident words match at their end.
    #[serde(default)]
    compounds: bool,
    /// Names take case endings ("Facebooks", "Майкрософта"): spellings of
    /// a name are merged on stems rather than as written.
    #[serde(default)]
    inflects_names: bool,
    #[serde(default)]
    not_topics: Vec<String>,
    /// Words that contain or stem like an incident term without being one
    /// ("障害者", people with disabilities, holds "障害", failure).
    #[serde(default)]
    not_terms: Vec<String>,
    /// Words that deny what follows in their sentence ("rejette", "ruled
    /// out", "kein"): an incident word after one does not count.
    #[serde(default)]
    negations: Vec<String>,
    /// Adjectives and nouns for a place's people and things, by region code
    /// of `data/places/ids.toml` ("Russian", "américain", "US-"): "Russian
    /// hackers" is news about Russia, though it never names the country.
    #[serde(default)]
    demonyms: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    incidents: BTreeMap<String, IncidentEntry>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct IncidentEntry {
    name: String,
    #[serde(default)]
    terms: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommonTable {
    #[serde(default)]
    not_topics: Vec<String>,
    /// Elided articles and prepositions written before an apostrophe
    /// (`l'`, `dell'`, `qu'`).
    #[serde(default)]
    elisions: Vec<String>,
    /// Incident types that are kinds of others: `ransomware = ["cyberattack"]`.
    #[serde(default)]
    implies: BTreeMap<String, Vec<String>>,
}

/// A topic every site knows: an incident type or a place.
#[derive(Debug, Clone)]
pub struct Builtin {
    pub id: String,
    pub kind: TopicKind,
    /// Display name per language code.
    pub names: BTreeMap<String, String>,
}

/// Every built-in topic; a matcher's targets index into `topics`.
pub struct Catalogue {
    pub topics: Vec<Builtin>,
    pub by_id: HashMap<String, u32>,
    /// Lowercase words that are capitalised but never a topic (`ceo`, `gmt`).
    pub not_topics: FxHashSet<String>,
    pub elisions: FxHashSet<String>,
    /// (kind, the broader kind it implies), as indexes into `topics`.
    pub implies: Vec<(u32, u32)>,
    /// Lowercase display names and terms of incident types, any language →
    /// index, for front matter topics written as words.
    pub by_name: HashMap<String, u32>,
    tables: HashMap<String, TopicTable>,
    places: HashMap<String, BTreeMap<String, Vec<String>>>,
    /// Region code → index in `topics`.
    place_index: HashMap<String, u32>,
}

/// What one language needs: its compiled vocabulary and word classes.
pub struct LangTopics {
    pub matcher: PhraseMatcher,
    pub inflects_names: bool,
    /// Denials; targets are meaningless.
    pub negations: PhraseMatcher,
    /// Common and this language's words that are never a topic.
    pub not_topics: FxHashSet<String>,
    pub joiners: FxHashSet<String>,
    pub honorifics: FxHashSet<String>,
    pub determiners: FxHashSet<String>,
}

fn parse<T: for<'de> Deserialize<'de>>(dir: &str, file: &include_dir::File) -> T {
    let text = file.contents_utf8().unwrap_or("");
    // The tables ship inside the binary and are tested; a broken one is a
    // bug in depeche, never in user input.
    toml::from_str(text).unwrap_or_else(|e| panic!("data/{dir}/{}: {e}", file.path().display()))
}

fn toml_files<'a>(dir: &'a Dir<'a>) -> impl Iterator<Item = (&'a str, &'a include_dir::File<'a>)> {
    dir.files().filter_map(|f| {
        let name = f.path().file_name()?.to_str()?;
        Some((name.strip_suffix(".toml")?, f))
    })
}

pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut tables = HashMap::new();
        let mut common = CommonTable::default();
        for (code, file) in toml_files(&TOPIC_TABLES) {
            if code == "common" {
                common = parse("topics", file);
            } else {
                tables.insert(code.to_string(), parse::<TopicTable>("topics", file));
            }
        }
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        let mut places = HashMap::new();
        for (code, file) in toml_files(&PLACE_TABLES) {
            if code == "ids" {
                ids = parse("places", file);
            } else {
                places.insert(
                    code.to_string(),
                    parse::<BTreeMap<String, Vec<String>>>("places", file),
                );
            }
        }
        let mut topics = Vec::new();
        let mut by_name = HashMap::new();
        for id in INCIDENT_TYPES {
            let index = topics.len() as u32;
            let mut names = BTreeMap::new();
            for (lang, table) in &tables {
                if let Some(entry) = table.incidents.get(id) {
                    names.insert(lang.clone(), entry.name.clone());
                    for word in std::iter::once(&entry.name).chain(&entry.terms) {
                        by_name.entry(word.to_lowercase()).or_insert(index);
                    }
                }
            }
            topics.push(Builtin {
                id: id.to_string(),
                kind: TopicKind::IncidentType,
                names,
            });
        }
        let mut place_index = HashMap::new();
        for (region, id) in &ids {
            place_index.insert(region.clone(), topics.len() as u32);
            let names = places
                .iter()
                .filter_map(|(lang, table)| {
                    let first = table.get(region)?.first()?;
                    Some((lang.clone(), first.clone()))
                })
                .collect();
            topics.push(Builtin {
                id: id.clone(),
                kind: TopicKind::Place,
                names,
            });
        }
        let by_id: HashMap<String, u32> = topics
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.clone(), i as u32))
            .collect();
        let implies = common
            .implies
            .iter()
            .flat_map(|(child, parents)| parents.iter().map(move |p| (child, p)))
            .filter_map(|(c, p)| Some((*by_id.get(c)?, *by_id.get(p)?)))
            .collect();
        Catalogue {
            topics,
            by_id,
            not_topics: common.not_topics.iter().map(|w| w.to_lowercase()).collect(),
            elisions: common.elisions.iter().map(|w| w.to_lowercase()).collect(),
            implies,
            by_name,
            tables,
            places,
            place_index,
        }
    })
}

impl Catalogue {
    /// The compiled vocabulary of `lang`, built on first use and shared.
    pub fn lang(&'static self, lang: &str) -> &'static LangTopics {
        static BUILT: OnceLock<Mutex<HashMap<String, &'static LangTopics>>> = OnceLock::new();
        let mut built = BUILT
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        // One entry per language code ever seen: the leak is bounded by the
        // number of languages, and every thread shares the result.
        built
            .entry(lang.to_string())
            .or_insert_with(|| Box::leak(Box::new(self.build_lang(lang))))
    }

    fn build_lang(&self, lang: &str) -> LangTopics {
        // Languages without a table read incident words in English, the
        // lingua franca of tech news.
        let table = self.tables.get(lang).or_else(|| self.tables.get("en"));
        let mut matcher = PhraseMatcher::new(lang)
            .with_compounds(self.tables.get(lang).is_some_and(|t| t.compounds));
        if let Some(table) = table {
            for (id, entry) in &table.incidents {
                if let Some(&target) = self.by_id.get(id) {
                    matcher.add(&entry.name, target, false);
                    for term in &entry.terms {
                        matcher.add(term, target, false);
                    }
                }
            }
        }
        if let Some(table) = self.tables.get(lang) {
            for phrase in &table.not_terms {
                matcher.add(phrase, super::matcher::NOT_A_TERM, false);
            }
        }
        if let Some(names) = self.places.get(lang) {
            for (region, list) in names {
                if let Some(&target) = self.place_index.get(region) {
                    for name in list {
                        matcher.add(name, target, true);
                    }
                }
            }
        }
        for (region, forms) in self
            .tables
            .get(lang)
            .map(|t| &t.demonyms)
            .into_iter()
            .flatten()
        {
            if let Some(&target) = self.place_index.get(region) {
                for form in forms {
                    matcher.add(form, target, is_capitalised(form));
                }
            }
        }
        matcher.finish();
        let set = |words: Option<&Vec<String>>| -> FxHashSet<String> {
            words
                .into_iter()
                .flatten()
                .map(|w| w.trim_end_matches('.').to_lowercase())
                .collect()
        };
        let own = self.tables.get(lang);
        // English names turn up in every language ("Guardians of Peace",
        // "Bank of America"), so English joiners join names everywhere.
        let mut joiners = set(own.map(|t| &t.name_joiners));
        joiners.extend(set(self.tables.get("en").map(|t| &t.name_joiners)));
        let mut negations = PhraseMatcher::new(lang);
        for phrase in own.map(|t| &t.negations).into_iter().flatten() {
            negations.add(phrase, 0, false);
        }
        negations.finish();
        let mut not_topics = self.not_topics.clone();
        not_topics.extend(set(own.map(|t| &t.not_topics)));
        LangTopics {
            matcher,
            inflects_names: own.is_some_and(|t| t.inflects_names),
            negations,
            joiners,
            honorifics: set(own.map(|t| &t.honorifics)),
            determiners: set(own.map(|t| &t.determiners)),
            not_topics,
        }
    }
}

/// A demonym written with a capital needs one in the text: English and
/// German write "Polish" and "Russen" so, and "polish" is another word.
/// Lowercase ones ("américain", "russische") match in any case.
fn is_capitalised(form: &str) -> bool {
    form.trim()
        .trim_start_matches('=')
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Codes of the languages with an incident vocabulary table.
pub fn vocabulary_languages() -> Vec<String> {
    let mut codes: Vec<String> = toml_files(&TOPIC_TABLES)
        .map(|(c, _)| c.to_string())
        .filter(|c| c != "common")
        .collect();
    codes.sort();
    codes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places_in(lang: &str, text: &str) -> Vec<String> {
        let cat = catalogue();
        let tokens = super::super::tokens::tokenize(text);
        cat.lang(lang)
            .matcher
            .find(text, &tokens)
            .into_iter()
            .map(|h| &cat.topics[h.target as usize])
            .filter(|t| t.kind == TopicKind::Place)
            .map(|t| t.id.clone())
            .collect()
    }

    #[test]
    fn demonyms_name_their_place() {
        assert_eq!(places_in("en", "Russian hackers"), ["russia"]);
        assert_eq!(places_in("fr", "des pirates américains"), ["united-states"]);
        assert_eq!(places_in("de", "Die US-Behörden"), ["united-states"]);
    }

    #[test]
    fn capitalised_demonyms_need_a_capital() {
        assert_eq!(places_in("en", "Polish police"), ["poland"]);
        assert!(places_in("en", "a fresh polish").is_empty());
        assert!(is_capitalised("=Polish") && !is_capitalised("américain"));
    }

    #[test]
    fn every_demonym_names_a_known_region() {
        let cat = catalogue();
        for (lang, table) in &cat.tables {
            for region in table.demonyms.keys() {
                assert!(
                    cat.place_index.contains_key(region),
                    "data/topics/{lang}.toml: demonyms of unknown region {region}"
                );
            }
        }
    }
}
