//! Language data: codes, names, writing direction, stop words and the
//! per-language vocabulary that the cleaner uses to recognise page chrome.
//!
//! Vocabulary lives in `data/lang/{code}.toml`, one table per language, so
//! adding a language is adding a file, not editing logic. Stop words come from
//! the `stop-words` crate (ISO lists); codes and native names from whatlang.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use whatlang::Lang;

/// Page-chrome vocabulary of one language. Entries are lowercase; multi-word
/// entries match as substrings of a lowercased line, single words as tokens.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// Newsletter / subscription prompts ("Recevez chaque jour…").
    #[serde(default)]
    pub newsletter: Vec<String>,
    /// Words that name comments or the call to comment ("Réagir").
    #[serde(default)]
    pub comments: Vec<String>,
    /// Words of a moderation notice.
    #[serde(default)]
    pub moderation: Vec<String>,
    /// Words introducing an author ("Par", "By", "Von").
    #[serde(default)]
    pub byline: Vec<String>,
    /// "with" as in "D. L. avec AFP".
    #[serde(default)]
    pub with: Vec<String>,
    /// Teaser prefixes ("Lire aussi").
    #[serde(default)]
    pub read_also: Vec<String>,
    /// Menu and account words ("Accueil", "Se connecter").
    #[serde(default)]
    pub navigation: Vec<String>,
    /// Share-button words ("Partager", "Tweeter").
    #[serde(default)]
    pub share: Vec<String>,
    /// Words introducing a photo credit ("Photo", "Crédit").
    #[serde(default)]
    pub credit: Vec<String>,
    /// Company legal forms that follow a publisher's name ("B.V.", "GmbH").
    #[serde(default)]
    pub legal_forms: Vec<String>,
}

macro_rules! vocab_files {
    ($($code:literal),* $(,)?) => {
        &[$(($code, include_str!(concat!("../data/lang/", $code, ".toml")))),*]
    };
}

/// The embedded vocabulary tables; `common` holds language-independent words
/// (social network names, news agencies) merged into every language.
const VOCAB_FILES: &[(&str, &str)] = vocab_files!(
    "common", "en", "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "ja", "zh", "ar",
);

/// whatlang's languages with their ISO 639-1 codes.
const WHATLANG_CODES: &[(Lang, &str)] = &[
    (Lang::Epo, "eo"),
    (Lang::Eng, "en"),
    (Lang::Rus, "ru"),
    (Lang::Cmn, "zh"),
    (Lang::Spa, "es"),
    (Lang::Por, "pt"),
    (Lang::Ita, "it"),
    (Lang::Ben, "bn"),
    (Lang::Fra, "fr"),
    (Lang::Deu, "de"),
    (Lang::Ukr, "uk"),
    (Lang::Kat, "ka"),
    (Lang::Ara, "ar"),
    (Lang::Hin, "hi"),
    (Lang::Jpn, "ja"),
    (Lang::Heb, "he"),
    (Lang::Yid, "yi"),
    (Lang::Pol, "pl"),
    (Lang::Amh, "am"),
    (Lang::Jav, "jv"),
    (Lang::Kor, "ko"),
    (Lang::Nob, "nb"),
    (Lang::Dan, "da"),
    (Lang::Swe, "sv"),
    (Lang::Fin, "fi"),
    (Lang::Tur, "tr"),
    (Lang::Nld, "nl"),
    (Lang::Hun, "hu"),
    (Lang::Ces, "cs"),
    (Lang::Ell, "el"),
    (Lang::Bul, "bg"),
    (Lang::Bel, "be"),
    (Lang::Mar, "mr"),
    (Lang::Kan, "kn"),
    (Lang::Ron, "ro"),
    (Lang::Slv, "sl"),
    (Lang::Hrv, "hr"),
    (Lang::Srp, "sr"),
    (Lang::Mkd, "mk"),
    (Lang::Lit, "lt"),
    (Lang::Lav, "lv"),
    (Lang::Est, "et"),
    (Lang::Tam, "ta"),
    (Lang::Vie, "vi"),
    (Lang::Urd, "ur"),
    (Lang::Tha, "th"),
    (Lang::Guj, "gu"),
    (Lang::Uzb, "uz"),
    (Lang::Pan, "pa"),
    (Lang::Aze, "az"),
    (Lang::Ind, "id"),
    (Lang::Tel, "te"),
    (Lang::Pes, "fa"),
    (Lang::Mal, "ml"),
    (Lang::Ori, "or"),
    (Lang::Mya, "my"),
    (Lang::Nep, "ne"),
    (Lang::Sin, "si"),
    (Lang::Khm, "km"),
    (Lang::Tuk, "tk"),
    (Lang::Aka, "ak"),
    (Lang::Zul, "zu"),
    (Lang::Sna, "sn"),
    (Lang::Afr, "af"),
    (Lang::Lat, "la"),
    (Lang::Slk, "sk"),
    (Lang::Cat, "ca"),
    (Lang::Tgl, "tl"),
    (Lang::Hye, "hy"),
    (Lang::Cym, "cy"),
];

/// Snowball stemmers (rust-stemmers) by language code, and whether the
/// algorithm also strips prefixes (Arabic clitics: و، ال، ب…), so that a
/// word's stem need not start as the word does.
const STEMMERS: &[(&str, rust_stemmers::Algorithm, bool)] = {
    use rust_stemmers::Algorithm::*;
    &[
        ("ar", Arabic, true),
        ("da", Danish, false),
        ("nl", Dutch, false),
        ("en", English, false),
        ("fi", Finnish, false),
        ("fr", French, false),
        ("de", German, false),
        ("el", Greek, false),
        ("hu", Hungarian, false),
        ("it", Italian, false),
        ("nb", Norwegian, false),
        ("no", Norwegian, false),
        ("pt", Portuguese, false),
        ("ro", Romanian, false),
        ("ru", Russian, false),
        ("es", Spanish, false),
        ("sv", Swedish, false),
        ("ta", Tamil, false),
        ("tr", Turkish, false),
    ]
};

/// A language's Snowball stemmer.
pub struct Stemmer {
    pub stemmer: rust_stemmers::Stemmer,
    /// The stem of a word may begin differently from the word.
    pub strips_prefixes: bool,
}

/// The Snowball stemmer of a language, when there is one: vocabulary is
/// matched on stems so that inflected forms count.
pub fn stemmer(code: &str) -> Option<Stemmer> {
    STEMMERS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, a, prefixes)| Stemmer {
            stemmer: rust_stemmers::Stemmer::create(*a),
            strips_prefixes: *prefixes,
        })
}

/// Languages written right to left.
const RTL: &[&str] = &["ar", "he", "fa", "ur", "yi", "ps", "ckb", "dv", "sd", "ug"];

/// ISO 639-1 code of a whatlang language.
pub fn code_of(lang: Lang) -> &'static str {
    WHATLANG_CODES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("und", |(_, c)| c)
}

/// Every language code whatlang can detect.
pub fn all_codes() -> impl Iterator<Item = &'static str> {
    WHATLANG_CODES.iter().map(|(_, c)| *c)
}

/// whatlang language of an ISO 639-1 code, when whatlang knows it.
pub fn whatlang_of(code: &str) -> Option<Lang> {
    WHATLANG_CODES
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(l, _)| *l)
}

/// Accepts ISO 639-1/639-3 shaped codes, optionally with a region (`pt-BR`).
pub fn is_language_code(code: &str) -> bool {
    let base = code.split(['-', '_']).next().unwrap_or("");
    (2..=3).contains(&base.len()) && base.bytes().all(|b| b.is_ascii_lowercase())
}

/// Normalises a declared language (`fr-FR`, `FR`, `fra`) to the site's codes.
pub fn normalize_code(code: &str) -> Option<String> {
    let lower = code.trim().to_ascii_lowercase().replace('_', "-");
    let base = lower.split('-').next().unwrap_or("");
    if base.len() == 3
        && let Some(lang) = Lang::from_code(base)
    {
        return Some(code_of(lang).to_string());
    }
    is_language_code(base).then(|| base.to_string())
}

/// The language's name in itself ("Français"), for language switchers.
pub fn native_name(code: &str) -> String {
    match whatlang_of(code) {
        Some(Lang::Cmn) => "中文".to_string(),
        Some(lang) => lang.name().to_string(),
        None => code.to_string(),
    }
}

pub fn is_rtl(code: &str) -> bool {
    RTL.contains(&code)
}

/// Scripts written without spaces between words, where token counts mislead.
pub fn is_unspaced(code: &str) -> bool {
    matches!(code, "ja" | "zh" | "th" | "km" | "my" | "lo")
}

/// The vocabulary lists, as flags a line can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u16)]
pub enum Term {
    Newsletter = 1,
    Comments = 1 << 1,
    Moderation = 1 << 2,
    Byline = 1 << 3,
    With = 1 << 4,
    ReadAlso = 1 << 5,
    Navigation = 1 << 6,
    Share = 1 << 7,
    Credit = 1 << 8,
}

/// Which vocabulary lists occur in a line (at word boundaries), and which
/// of them open it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hits {
    anywhere: u16,
    at_start: u16,
}

impl Hits {
    pub fn has(self, term: Term) -> bool {
        self.anywhere & term as u16 != 0
    }
    pub fn starts_with(self, term: Term) -> bool {
        self.at_start & term as u16 != 0
    }
}

/// A language's stop words. Fx hashing: looked up for every word of every line.
pub type StopWords = rustc_hash::FxHashSet<&'static str>;

/// A language's data, looked up once and shared by every worker thread.
pub struct LangData {
    pub stop_words: StopWords,
    pub vocab: Vocabulary,
    /// Every vocabulary entry in one automaton, so a line is scanned once
    /// instead of once per entry.
    matcher: aho_corasick::AhoCorasick,
    /// Per automaton pattern: the lists it belongs to, and whether it is
    /// written in an unspaced script (no word boundaries to check).
    patterns: Vec<(u16, bool)>,
    /// Single-word entries, for token lookups.
    tokens: HashMap<String, u16>,
}

impl LangData {
    fn new(stop_words: StopWords, vocab: Vocabulary) -> LangData {
        let mut by_term: HashMap<String, u16> = HashMap::new();
        for (term, list) in vocab.lists() {
            for entry in list {
                *by_term.entry(entry.to_lowercase()).or_default() |= term as u16;
            }
        }
        let mut entries: Vec<(String, u16)> = by_term.into_iter().collect();
        entries.sort();
        let matcher = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(entries.iter().map(|(e, _)| e.as_str()))
            .unwrap_or_else(|e| panic!("vocabulary automaton: {e}"));
        let patterns = entries
            .iter()
            .map(|(e, bits)| (*bits, e.chars().any(crate::text::is_unspaced_char)))
            .collect();
        let tokens = entries
            .iter()
            .filter(|(e, _)| !e.contains(' '))
            .cloned()
            .collect();
        LangData {
            stop_words,
            vocab,
            matcher,
            patterns,
            tokens,
        }
    }

    pub fn is_stop_word(&self, lowercase_word: &str) -> bool {
        self.stop_words.contains(lowercase_word)
    }

    /// Whether a lowercase token is a single-word entry of `term`'s list.
    pub fn is_token(&self, term: Term, lowercase_token: &str) -> bool {
        self.tokens
            .get(lowercase_token)
            .is_some_and(|bits| bits & term as u16 != 0)
    }

    /// The vocabulary lists found in a lowercase line.
    pub fn scan(&self, lower: &str) -> Hits {
        let mut hits = Hits::default();
        let leading = lower.len()
            - lower
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        for m in self.matcher.find_overlapping_iter(lower) {
            let (bits, unspaced) = self.patterns[m.pattern().as_usize()];
            let bounded = unspaced || crate::text::is_whole_word(lower, m.start(), m.end());
            if bounded {
                hits.anywhere |= bits;
                if m.start() <= leading {
                    hits.at_start |= bits;
                }
            }
        }
        hits
    }
}

impl Vocabulary {
    fn lists(&self) -> [(Term, &Vec<String>); 9] {
        [
            (Term::Newsletter, &self.newsletter),
            (Term::Comments, &self.comments),
            (Term::Moderation, &self.moderation),
            (Term::Byline, &self.byline),
            (Term::With, &self.with),
            (Term::ReadAlso, &self.read_also),
            (Term::Navigation, &self.navigation),
            (Term::Share, &self.share),
            (Term::Credit, &self.credit),
        ]
    }
}

fn parse_vocab(code: &str, text: &str) -> Vocabulary {
    // The tables are part of the binary and covered by a test; a broken one
    // is a bug in depeche, never in user input.
    toml::from_str(text).unwrap_or_else(|e| panic!("data/lang/{code}.toml: {e}"))
}

fn merge(into: &mut Vocabulary, from: &Vocabulary) {
    let pairs: [(&mut Vec<String>, &Vec<String>); 10] = [
        (&mut into.newsletter, &from.newsletter),
        (&mut into.comments, &from.comments),
        (&mut into.moderation, &from.moderation),
        (&mut into.byline, &from.byline),
        (&mut into.with, &from.with),
        (&mut into.read_also, &from.read_also),
        (&mut into.navigation, &from.navigation),
        (&mut into.share, &from.share),
        (&mut into.credit, &from.credit),
        (&mut into.legal_forms, &from.legal_forms),
    ];
    for (to, extra) in pairs {
        to.extend(extra.iter().cloned());
    }
}

/// Data for `code`; languages without a vocabulary table get the common one
/// (plus English, the lingua franca of page chrome) and their stop words.
pub fn lang_data(code: &str) -> &'static LangData {
    static TABLE: OnceLock<HashMap<String, LangData>> = OnceLock::new();
    static OTHERS: OnceLock<HashMap<String, LangData>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let common = parse_vocab("common", VOCAB_FILES[0].1);
        let english = parse_vocab("en", VOCAB_FILES[1].1);
        let mut table = HashMap::new();
        for &(c, text) in &VOCAB_FILES[1..] {
            let mut vocab = parse_vocab(c, text);
            merge(&mut vocab, &common);
            if c != "en" {
                merge(&mut vocab, &english);
            }
            table.insert(c.to_string(), LangData::new(stop_words_of(c), vocab));
        }
        // Catch-all for languages without their own table.
        let mut vocab = Vocabulary::default();
        merge(&mut vocab, &common);
        merge(&mut vocab, &english);
        table.insert(String::new(), LangData::new(StopWords::default(), vocab));
        table
    });
    if let Some(data) = table.get(code) {
        return data;
    }
    // Languages with ISO stop words but no vocabulary table of their own.
    let others = OTHERS.get_or_init(|| {
        stop_words::available_languages()
            .iter()
            .filter(|c| !table.contains_key(**c))
            .map(|c| {
                let mut vocab = Vocabulary::default();
                merge(&mut vocab, &table[""].vocab);
                (c.to_string(), LangData::new(stop_words_of(c), vocab))
            })
            .collect()
    });
    others.get(code).unwrap_or(&table[""])
}

fn stop_words_of(code: &str) -> StopWords {
    stop_words::lookup(code)
        .map(|words| words.iter().copied().collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_table_parses() {
        for (code, text) in VOCAB_FILES {
            parse_vocab(code, text);
        }
        assert!(
            lang_data("fr")
                .vocab
                .newsletter
                .iter()
                .any(|w| w == "recevez")
        );
        assert!(lang_data("fr").is_stop_word("le"));
        assert!(lang_data("sv").is_stop_word("och"));
        let fr = lang_data("fr");
        let hits = fr.scan("* les commentaires sont soumis à modération");
        assert!(hits.has(Term::Comments) && hits.has(Term::Moderation));
        assert!(!hits.has(Term::Newsletter));
        assert!(fr.scan("lire aussi : la panne").starts_with(Term::ReadAlso));
        assert!(!fr.scan("parfois").has(Term::Byline), "whole words only");
        assert!(fr.is_token(Term::Share, "partager"));
    }

    #[test]
    fn codes_round_trip() {
        assert_eq!(code_of(Lang::Fra), "fr");
        assert_eq!(whatlang_of("ja"), Some(Lang::Jpn));
        assert_eq!(normalize_code("fr-FR").as_deref(), Some("fr"));
        assert_eq!(normalize_code("deu").as_deref(), Some("de"));
        assert_eq!(normalize_code("English"), None);
        assert!(is_rtl("ar"));
        assert_eq!(native_name("de"), "Deutsch");
    }
}
