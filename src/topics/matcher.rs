//! Finds vocabulary phrases (incident words, place names, site topic
//! aliases) in a text, on stems, so that inflected forms count: `pannes`,
//! `Ausfälle`, `Северной Кореи`. Phrases in unspaced scripts match as
//! substrings.

use rustc_hash::{FxHashMap, FxHashSet};

use super::tokens::{Case, Token, case_of, prefix_of, tokenize};
use crate::text::is_unspaced_char;

/// The target of a phrase that only stops a shorter term from matching
/// inside it: found, it is consumed and reported to no one.
pub const NOT_A_TERM: u32 = u32::MAX;

/// One phrase of the vocabulary, as token keys.
#[derive(Debug)]
struct Phrase {
    keys: Vec<String>,
    /// `=amende`: the words as written (lowercase, without diacritics),
    /// where the stem would also catch another word ("amendement").
    surface: Option<Vec<String>>,
    /// The first word as each entry of this phrase writes it (lowercase,
    /// plain), for matches of names.
    first_words: Vec<String>,
    /// Short all-caps entries (`US`, `EU`) match only as written: `us` is a
    /// pronoun.
    exact: Option<Vec<String>>,
    /// The first word must be capitalised (names of places), where the
    /// script has case.
    capital: bool,
    targets: Vec<u32>,
}

/// Where a phrase was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub target: u32,
    /// Token range (first, one past last) for spaced phrases.
    pub tokens: Option<(usize, usize)>,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
}

/// The keys of an article's words, computed on first use: words repeat,
/// and stemming is the costly part of matching.
#[derive(Default)]
pub struct Keys<'a>(FxHashMap<&'a str, Box<str>>);

#[derive(Default)]
struct Prefixes {
    words: FxHashSet<u32>,
    names: FxHashSet<u32>,
}

/// A vocabulary compiled for one language.
pub struct PhraseMatcher {
    stemmer: Option<crate::langdata::Stemmer>,
    phrases: FxHashMap<String, Vec<Phrase>>,
    /// The first three letters of every phrase's first word and of its stem:
    /// a text word without one cannot start a phrase, and need not be
    /// stemmed. `None` when stems may start differently (Arabic). Names
    /// (which need a capital) apart, so lowercase words skip them.
    prefixes: Option<Prefixes>,
    unspaced: Vec<(String, u32)>,
    unspaced_matcher: Option<aho_corasick::AhoCorasick>,
    /// Names (phrases that need a capital) by their first key shortened by
    /// one or two letters: where a longer inflected key finds its name.
    names: FxHashMap<String, Vec<String>>,
    /// Languages that write compounds as one word (German, Dutch): a word
    /// ending in a one-word phrase's key matches it ("Computerpanne").
    compounds: bool,
    /// One-word phrases by key, for compound tails.
    tails: FxHashMap<String, Vec<u32>>,
    /// The first letters of every tail: a word holding none of them ends
    /// in no tail, and is not stemmed to find out.
    tail_starts: Option<aho_corasick::AhoCorasick>,
}

/// The shortest compound tail matched: "panne" in "Computerpanne", but not
/// "bug" in "Debug".
const MIN_TAIL_CHARS: usize = 4;
/// The shortest word read as a compound.
const MIN_COMPOUND_CHARS: usize = 8;

/// Diacritics of Latin letters are noise in keys: news writes "Etats-Unis"
/// for "États-Unis". Taken off before stemming, which treats "é" and "e"
/// differently; other scripts keep their letters for their stemmers.
fn strip_latin_diacritics(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c as u32 {
            0xc0..=0x24f => out.push_str(deunicode::deunicode_char(c).unwrap_or("")),
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Names inflect where stemmers do not reach ("Кореи" stems to "кор",
/// "Корея" to "коре"; "Nordkoreas" stays whole): two keys of a name match
/// when one extends the other by at most this many letters.
const NAME_ENDING_CHARS: usize = 2;
/// The shortest key matched that loosely.
const NAME_MIN_CHARS: usize = 3;

/// Two letters more only on a long key: "Суд" (court) is not "Судан",
/// "Graña" not "Granada",
/// "Polisen" (the police) not "Polen".
const NAME_LONG_CHARS: usize = 6;

/// Two keys of a name: the same up to their last one or two letters (a
/// case ending the stemmer left: "korei", "korea"), the common part long
/// enough to say so.
fn name_keys_match(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let (extra_a, extra_b) = (a.chars().count() - common, b.chars().count() - common);
    let extra = extra_a.max(extra_b);
    // Two different endings ("korei", "korea") need more in common than one
    // key extending the other: "Però" is not "Peru".
    let needed = if extra_a > 0 && extra_b > 0 {
        NAME_MIN_CHARS + 1
    } else {
        NAME_MIN_CHARS
    };
    common >= needed && (extra <= 1 || (extra <= NAME_ENDING_CHARS && common >= NAME_LONG_CHARS))
}

/// "U.S" (the tokenizer keeps inner dots) is the acronym "US".
fn undotted(word: &str) -> std::borrow::Cow<'_, str> {
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    if dotted {
        std::borrow::Cow::Owned(word.replace('.', ""))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Lowercase, without Latin diacritics.
fn plain(word: &str) -> String {
    strip_latin_diacritics(&word.to_lowercase()).into_owned()
}

/// `key` without its last `n` letters, if that leaves enough of it.
fn shortened(key: &str, n: usize) -> Option<&str> {
    let len = key.chars().count();
    (len >= NAME_MIN_CHARS + n)
        .then(|| key.char_indices().nth(len - n).map(|(i, _)| &key[..i]))
        .flatten()
}

impl PhraseMatcher {
    pub fn new(lang: &str) -> PhraseMatcher {
        let stemmer = crate::langdata::stemmer(lang);
        let prefixes = match &stemmer {
            Some(s) if s.strips_prefixes => None,
            _ => Some(Prefixes::default()),
        };
        PhraseMatcher {
            stemmer,
            phrases: FxHashMap::default(),
            prefixes,
            unspaced: Vec::new(),
            unspaced_matcher: None,
            names: FxHashMap::default(),
            compounds: false,
            tails: FxHashMap::default(),
            tail_starts: None,
        }
    }

    /// Matches one-word phrases at the end of compounds too.
    pub fn with_compounds(mut self, compounds: bool) -> PhraseMatcher {
        self.compounds = compounds;
        self
    }

    /// The key a word is matched on: lowercase, stemmed where the language
    /// has a stemmer, without diacritics.
    pub fn key(&self, word: &str) -> String {
        let lower = undotted(word).to_lowercase();
        let plain = strip_latin_diacritics(&lower);
        match &self.stemmer {
            Some(s) => s.stemmer.stem(&plain).into_owned(),
            None => plain.into_owned(),
        }
    }

    /// Adds a phrase for `target`. Call [`PhraseMatcher::finish`] after the last one.
    pub fn add(&mut self, phrase: &str, target: u32, capital: bool) {
        let phrase = phrase.trim();
        let (phrase, as_written) = match phrase.strip_prefix('=') {
            Some(p) => (p.trim(), true),
            None => (phrase, false),
        };
        if phrase.chars().any(is_unspaced_char) {
            self.unspaced.push((phrase.to_lowercase(), target));
            return;
        }
        let tokens = tokenize(phrase);
        let Some(first) = tokens.first() else {
            return;
        };
        let keys: Vec<String> = tokens.iter().map(|t| self.key(t.text)).collect();
        let exact = (tokens.len() == 1
            && case_of(first.text) == Case::Upper
            && first.text.chars().count() <= 4)
            .then(|| tokens.iter().map(|t| t.text.to_string()).collect());
        let surface = as_written.then(|| tokens.iter().map(|t| plain(t.text)).collect());
        let first_word = plain(first.text);
        if let Some(p) = &mut self.prefixes {
            let set = if capital { &mut p.names } else { &mut p.words };
            set.insert(prefix_of(first.text));
            set.insert(prefix_of(&keys[0]));
        }
        if capital {
            for n in 1..=NAME_ENDING_CHARS {
                if let Some(short) = shortened(&keys[0], n) {
                    let list = self.names.entry(short.to_string()).or_default();
                    if !list.contains(&keys[0]) {
                        list.push(keys[0].clone());
                    }
                }
            }
        }
        let list = self.phrases.entry(keys[0].clone()).or_default();
        match list.iter_mut().find(|p| {
            p.keys == keys && p.exact == exact && p.capital == capital && p.surface == surface
        }) {
            Some(p) => {
                if !p.targets.contains(&target) {
                    p.targets.push(target);
                }
                if !p.first_words.contains(&first_word) {
                    p.first_words.push(first_word);
                }
            }
            None => list.push(Phrase {
                keys,
                surface,
                first_words: vec![first_word],
                exact,
                capital,
                targets: vec![target],
            }),
        }
    }

    pub fn finish(&mut self) {
        // Longest first; at one length, phrases matched as written before
        // those matched on stems, so "=hacke" (not a term) can stop
        // "hacker" from taking the heel.
        for list in self.phrases.values_mut() {
            list.sort_by_key(|p| (std::cmp::Reverse(p.keys.len()), p.surface.is_none()));
        }
        if self.compounds {
            for (key, list) in &self.phrases {
                let one_word = list.iter().filter(|p| {
                    p.keys.len() == 1 && !p.capital && p.exact.is_none() && p.surface.is_none()
                });
                for p in one_word {
                    if key.chars().count() >= MIN_TAIL_CHARS {
                        let targets = p.targets.iter().filter(|&&t| t != NOT_A_TERM);
                        self.tails.entry(key.clone()).or_default().extend(targets);
                    }
                }
            }
        }
        let mut starts: Vec<String> = self
            .tails
            .keys()
            .map(|k| k.chars().take(MIN_TAIL_CHARS).collect())
            .collect();
        starts.sort();
        starts.dedup();
        if !starts.is_empty() {
            self.tail_starts = aho_corasick::AhoCorasick::new(&starts).ok();
        }
        self.unspaced.sort();
        self.unspaced.dedup();
        if !self.unspaced.is_empty() {
            self.unspaced_matcher = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(self.unspaced.iter().map(|(p, _)| p.as_str()))
                .ok();
        }
    }

    /// The phrases that may start with a word of key `key`: those of that
    /// first key, then names whose first key is a little longer or shorter.
    fn starting_with<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Phrase> + 'a {
        let exact = self.phrases.get(key).into_iter().flatten();
        // Keys of names that differ from `key` in their last letters: listed
        // under `key` or under `key` shortened.
        let mut loose: Vec<&str> = Vec::new();
        let shorter = (1..=NAME_ENDING_CHARS).filter_map(|n| shortened(key, n));
        for k in std::iter::once(key).chain(shorter) {
            if k != key {
                loose.push(k);
            }
            for long in self.names.get(k).into_iter().flatten() {
                if long != key && !loose.contains(&long.as_str()) {
                    loose.push(long);
                }
            }
        }
        let loose = loose
            .into_iter()
            .filter_map(|k| self.phrases.get(k))
            .flatten()
            .filter(|p| p.capital);
        exact.chain(loose)
    }

    /// The one-word phrase a compound's key ends with, longest first.
    fn compound_tail(&self, key: &str) -> Option<&Vec<u32>> {
        key.char_indices()
            .skip(3)
            .map(|(i, _)| &key[i..])
            .take_while(|tail| tail.chars().count() >= MIN_TAIL_CHARS)
            .find_map(|tail| self.tails.get(tail))
    }

    /// Every phrase in `text` (already split into `tokens`), leftmost
    /// longest, each word in at most one phrase.
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        self.find_with(text, tokens, &mut Keys::default())
    }

    /// The key of `tokens[i]`, from `keys` or computed into it.
    pub fn key_in<'k, 'a>(
        &self,
        keys: &'k mut Keys<'a>,
        tokens: &[Token<'a>],
        i: usize,
    ) -> &'k str {
        let word = tokens[i].text;
        keys.0
            .entry(word)
            .or_insert_with(|| self.key(word).into_boxed_str())
    }

    /// [`PhraseMatcher::find`] with the words' keys cached in `keys`, which
    /// every matcher of the article's language can share.
    pub fn find_with<'a>(&self, text: &str, tokens: &[Token<'a>], keys: &mut Keys<'a>) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        'tokens: while i < tokens.len() {
            let t = &tokens[i];
            let may_start = self.prefixes.as_ref().is_none_or(|p| {
                p.words.contains(&t.prefix)
                    || (t.case != Case::Lower && p.names.contains(&t.prefix))
            });
            if may_start {
                let first = self.key_in(keys, tokens, i).to_owned();
                for p in self.starting_with(&first) {
                    let n = p.keys.len();
                    if i + n > tokens.len() {
                        continue;
                    }
                    let joined = (i + 1..i + n).all(|j| {
                        tokens[j].space_before || tokens[j].hyphen_before || tokens[j].abbrev_before
                    });
                    if !joined {
                        continue;
                    }
                    // A name's first word must also look written like it:
                    // stems of names collide ("Graña" and "Granada" both
                    // stem to "gran").
                    let written_alike = || {
                        let word = plain(&undotted(tokens[i].text));
                        p.first_words
                            .iter()
                            .any(|w| *w == word || name_keys_match(&word, w))
                    };
                    let loose_ok = if p.capital {
                        (p.keys[0] == first || name_keys_match(&first, &p.keys[0]))
                            && written_alike()
                    } else {
                        p.keys[0] == first
                    };
                    let same = loose_ok
                        && (1..n).all(|k| {
                            let key = self.key_in(keys, tokens, i + k);
                            key == p.keys[k] || (p.capital && name_keys_match(key, &p.keys[k]))
                        });
                    let written = p.surface.as_ref().is_none_or(|s| {
                        s.iter()
                            .zip(&tokens[i..i + n])
                            .all(|(w, t)| *w == plain(t.text))
                    });
                    let exact = p.exact.as_ref().is_none_or(|e| {
                        e.iter()
                            .zip(&tokens[i..i + n])
                            .all(|(w, t)| *w == undotted(t.text))
                    });
                    let capital = !p.capital || tokens[i].case() != Case::Lower;
                    if same && exact && capital && written {
                        for &target in p.targets.iter().filter(|&&t| t != NOT_A_TERM) {
                            hits.push(Hit {
                                target,
                                tokens: Some((i, i + n)),
                                start: tokens[i].start,
                                end: tokens[i + n - 1].end,
                            });
                        }
                        i += n;
                        continue 'tokens;
                    }
                }
            }
            if self.compounds
                && tokens[i].text.chars().count() >= MIN_COMPOUND_CHARS
                && self
                    .tail_starts
                    .as_ref()
                    .is_some_and(|ac| ac.is_match(plain(tokens[i].text).as_str()))
                && let Some(targets) = self.compound_tail(self.key_in(keys, tokens, i))
            {
                for &target in targets {
                    hits.push(Hit {
                        target,
                        tokens: Some((i, i + 1)),
                        start: tokens[i].start,
                        end: tokens[i].end,
                    });
                }
            }
            i += 1;
        }
        if let Some(ac) = &self.unspaced_matcher
            && !text.is_ascii()
            && text.chars().any(is_unspaced_char)
        {
            for m in ac.find_iter(text) {
                let target = self.unspaced[m.pattern().as_usize()].1;
                if target != NOT_A_TERM {
                    hits.push(Hit {
                        target,
                        tokens: None,
                        start: m.start(),
                        end: m.end(),
                    });
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(m: &PhraseMatcher, text: &str) -> Vec<u32> {
        m.find(text, &tokenize(text))
            .into_iter()
            .map(|h| h.target)
            .collect()
    }

    #[test]
    fn inflected_forms_match_on_stems() {
        let mut m = PhraseMatcher::new("fr");
        m.add("panne", 1, false);
        m.add("attaque informatique", 2, false);
        m.add("Corée du Nord", 3, true);
        m.finish();
        assert_eq!(found(&m, "Des pannes en série"), [1]);
        assert_eq!(found(&m, "des attaques informatiques"), [2]);
        assert_eq!(found(&m, "la Corée du Nord accusée"), [3]);
        assert_eq!(found(&m, "accusée par la Coree du Nord"), [3]);
        assert_eq!(found(&m, "une attaque. Informatique"), Vec::<u32>::new());
    }

    #[test]
    fn places_need_a_capital_and_short_acronyms_their_case() {
        let mut m = PhraseMatcher::new("en");
        m.add("Turkey", 1, true);
        m.add("US", 2, true);
        m.finish();
        assert_eq!(found(&m, "Turkey and the US"), [1, 2]);
        assert_eq!(found(&m, "the U.S. market"), [2]);
        assert!(found(&m, "roast turkey for us").is_empty());
    }

    #[test]
    fn german_and_russian_inflections() {
        let mut de = PhraseMatcher::new("de");
        de.add("Ausfall", 1, false);
        de.add("Nordkorea", 2, true);
        de.add("Niger", 3, true);
        de.add("Nigeria", 4, true);
        de.finish();
        assert_eq!(found(&de, "mehrere Ausfälle"), [1]);
        assert_eq!(found(&de, "Hacker Nordkoreas"), [2]);
        assert_eq!(found(&de, "in Nigeria und Niger"), [4, 3]);
        let mut ru = PhraseMatcher::new("ru");
        ru.add("Северная Корея", 1, true);
        ru.finish();
        assert_eq!(found(&ru, "хакеры из Северной Кореи"), [1]);
        assert_eq!(found(&ru, "Северную Корею обвинили"), [1]);
    }

    #[test]
    fn names_must_be_written_alike_not_just_stem_alike() {
        let mut es = PhraseMatcher::new("es");
        es.add("Granada", 1, true);
        es.finish();
        assert_eq!(found(&es, "viajó a Granada"), [1]);
        assert!(found(&es, "el ingeniero Graña declaró").is_empty());
    }

    #[test]
    fn compounds_end_in_terms() {
        let mut de = PhraseMatcher::new("de").with_compounds(true);
        de.add("Panne", 1, false);
        de.add("Bug", 2, false);
        de.finish();
        assert_eq!(found(&de, "Weltweite Computerpanne"), [1]);
        assert_eq!(found(&de, "nach den Serverpannen"), [1]);
        assert!(
            found(&de, "beim Debugging").is_empty(),
            "short terms are not tails"
        );
    }

    #[test]
    fn unspaced_phrases_are_substrings() {
        let mut m = PhraseMatcher::new("ja");
        m.add("障害", 1, false);
        m.add("DDoS攻撃", 2, false);
        m.finish();
        assert_eq!(found(&m, "大規模な通信障害が発生"), [1]);
        assert_eq!(found(&m, "ddos攻撃を受けた"), [2]);
    }
}
