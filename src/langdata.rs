//! Language data: codes, names, writing direction, stop words and the
//! per-language vocabulary that the cleaner uses to recognise page chrome.
//!
//! Vocabulary lives in `data/lang/{code}.toml`, one table per language, so
//! adding a language is adding a file, not editing logic. Stop words come from
//! the `stop-words` crate (ISO lists); codes and native names from whatlang.

use std::collections::{HashMap, HashSet};
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

/// Languages written right to left.
const RTL: &[&str] = &["ar", "he", "fa", "ur", "yi", "ps", "ckb", "dv", "sd", "ug"];

/// ISO 639-1 code of a whatlang language.
pub fn code_of(lang: Lang) -> &'static str {
    WHATLANG_CODES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or("und", |(_, c)| c)
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

/// A language's data, looked up once and shared by every worker thread.
pub struct LangData {
    pub stop_words: HashSet<&'static str>,
    pub vocab: Vocabulary,
}

impl LangData {
    pub fn is_stop_word(&self, lowercase_word: &str) -> bool {
        self.stop_words.contains(lowercase_word)
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
    static FALLBACK: OnceLock<HashMap<String, &'static LangData>> = OnceLock::new();
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
            table.insert(
                c.to_string(),
                LangData {
                    stop_words: stop_words_of(c),
                    vocab,
                },
            );
        }
        // Catch-all for languages without their own table.
        let mut vocab = Vocabulary::default();
        merge(&mut vocab, &common);
        merge(&mut vocab, &english);
        table.insert(
            String::new(),
            LangData {
                stop_words: HashSet::new(),
                vocab,
            },
        );
        table
    });
    if let Some(data) = table.get(code) {
        return data;
    }
    // Unknown languages still get their ISO stop words: leak one entry per
    // language code, bounded by the number of languages that exist.
    let fallback = FALLBACK.get_or_init(|| {
        stop_words::available_languages()
            .iter()
            .filter(|c| !table.contains_key(**c))
            .map(|c| {
                let mut vocab = Vocabulary::default();
                merge(&mut vocab, &table[""].vocab);
                let data: &'static LangData = Box::leak(Box::new(LangData {
                    stop_words: stop_words_of(c),
                    vocab,
                }));
                (c.to_string(), data)
            })
            .collect()
    });
    fallback.get(code).copied().unwrap_or(&table[""])
}

fn stop_words_of(code: &str) -> HashSet<&'static str> {
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
