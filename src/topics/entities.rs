//! Names in running text: organisations, products, people, handles and
//! quoted titles, found from capitalised word sequences and their context.
//!
//! A capital is evidence of a name only where the language does not put one
//! anyway: not at a sentence start, not on every word of a title-case
//! headline, not on a stop word, a month or a weekday. A word capitalised
//! only in such places counts when the article also writes it capitalised
//! elsewhere. German capitalises every noun, so there a single word must
//! also not follow an article or an inflected adjective in most of its
//! uses, and a word seen once waits for another article to confirm it.

use rustc_hash::FxHashMap as HashMap;

use rustc_hash::FxHashSet;

use super::matcher::Keys;
use super::tables::LangTopics;
use super::tokens::{Case, Token, is_domain};

/// A text of the article with its weight in salience.
pub struct Part<'a> {
    pub text: &'a str,
    pub weight: f32,
    /// Every word capitalised (English headlines): no capital is evidence.
    pub title_case: bool,
    pub tokens: Vec<Token<'a>>,
    /// Tokens inside a vocabulary phrase (incident word, place, site topic).
    pub covered: Vec<bool>,
}

/// One name found in the article, all its occurrences merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Lowercase stemmed words: what occurrences are merged on.
    pub key: String,
    /// The most frequent spelling.
    pub name: String,
    pub score: f32,
    /// Order of the first occurrence in the article.
    pub first: usize,
    pub words: usize,
    /// A capitalised common-noun-like word (German) that another article
    /// must confirm.
    pub tentative: bool,
    /// Parts it occurs in.
    pub parts: Vec<usize>,
}

/// The language facts entity detection uses.
pub struct Lexicon<'a> {
    pub lang: &'a LangTopics,
    pub stop_words: &'a crate::langdata::StopWords,
    pub grammar: &'a crate::dates::grammar::Grammar,
    pub not_topics: &'a FxHashSet<String>,
}

/// Why a word at the edge of a capitalised run is not part of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filler {
    /// A stop word: noise at a sentence start ("Selon Twitter"), part of
    /// the name elsewhere ("Le Monde", "New York Times").
    Stop,
    /// A month or weekday ("Monday", "Oktober").
    Calendar,
    /// A title, a joiner, a word never a topic, a letter, a number, a web address.
    Other,
}

impl Lexicon<'_> {
    fn filler(&self, t: &Token) -> Option<Filler> {
        let lower: &str = &t.lower;
        // "PCs", "CEOs": an acronym's plural is the acronym.
        let singular = match t.case() {
            Case::Mixed
                if lower.ends_with('s')
                    && t.text[..t.text.len() - 1].chars().all(char::is_uppercase) =>
            {
                &lower[..lower.len() - 1]
            }
            _ => lower,
        };
        if self.grammar.is_calendar_word(lower) {
            Some(Filler::Calendar)
        } else if t.text.chars().count() < 2
            || t.text.chars().all(|c| c.is_numeric() || c == '.')
            || self.lang.joiners.contains(lower)
            || self.lang.honorifics.contains(lower)
            || self.not_topics.contains(singular)
            || is_domain(t.text)
        {
            Some(Filler::Other)
        } else if self.stop_words.contains(lower) && t.case() != Case::Upper {
            Some(Filler::Stop)
        } else {
            None
        }
    }

    fn is_filler(&self, t: &Token) -> bool {
        self.filler(t).is_some()
    }

    fn nouns_capitalized(&self) -> bool {
        self.grammar.nouns_capitalized
    }

    /// German: the word before is an article, a determiner or a number, as
    /// before a common noun ("die Nutzer", "sechs Stunden"). (Inflected
    /// adjectives would say the same, but look like verbs: "teilte Facebook".)
    fn after_determiner(&self, tokens: &[Token], i: usize) -> bool {
        // "die Facebook-Aktie": the article belongs to the compound.
        let compound_head = tokens.get(i + 1).is_some_and(|n| n.hyphen_before);
        if i == 0 || !tokens[i].space_before || compound_head {
            return false;
        }
        self.lang.determiners.contains(tokens[i - 1].lower.as_ref()) || self.after_number(tokens, i)
    }

    /// The word before is a number ("150 Paesi", "sechs Stunden"): a count
    /// of a common noun, which some languages capitalise.
    fn after_number(&self, tokens: &[Token], i: usize) -> bool {
        if i == 0 || !tokens[i].space_before {
            return false;
        }
        let prev = &tokens[i - 1];
        prev.text
            .chars()
            .all(|c| c.is_numeric() || c == '.' || c == ',')
            || self
                .grammar
                .matches(&[prev.lower.as_ref()])
                .any(|(lex, n)| n == 1 && matches!(lex, crate::dates::grammar::Lex::Number(_)))
    }
}

/// Uses after which a German single word, rarely after an article, counts
/// as a name without another article confirming it.
const GERMAN_LOCAL_USES: usize = 3;
/// A German word used after an article this often (one use in three) is a
/// common noun; a name takes one now and then ("der Facebook Messenger").
const GERMAN_ARTICLE_SHARE: usize = 3;

/// One occurrence before merging.
struct Occurrence {
    key: String,
    surface: String,
    weight: f32,
    order: usize,
    words: usize,
    part: usize,
    /// Written in a shape no common word has (`NHS`, `WhatsApp`), or more
    /// than one word long.
    strong: bool,
    /// German single words: how often it follows a determiner.
    after_determiner: bool,
    /// Follows a number ("150 Paesi").
    after_number: bool,
    /// Needs more than one occurrence to count (caseless quoted names).
    needs_repeat: bool,
    /// A German run of nouns that another article must confirm.
    tentative: bool,
}

/// Where a word stands in the article, for "first mentioned" orderings.
pub fn position(part: usize, token: usize) -> usize {
    part * 100_000 + token
}

/// What occurrences of a name are merged on: its words lowercase, stemmed
/// where the language inflects names.
fn key_of<'a>(
    lex: &Lexicon,
    keys: &mut Keys<'a>,
    tokens: &[Token<'a>],
    a: usize,
    b: usize,
) -> String {
    let mut key = String::new();
    for k in a..b {
        if k > a {
            key.push(' ');
        }
        if lex.lang.inflects_names {
            key.push_str(lex.lang.matcher.key_in(keys, tokens, k));
        } else {
            key.push_str(&tokens[k].lower);
        }
    }
    key
}

/// Every name of the article's parts, merged and scored.
pub fn candidates<'a>(
    parts: &mut [Part<'a>],
    keys: &mut Keys<'a>,
    lex: &Lexicon,
) -> Vec<Candidate> {
    // Words written with a capital where the capital is evidence, and
    // words written in lowercase somewhere.
    let mut evidence = Evidence::default();
    for part in parts.iter() {
        for t in &part.tokens {
            if t.case == Case::Lower {
                evidence.lowercase.insert(t.text.to_string());
            } else if !t.initial && !part.title_case && t.is_namelike() {
                evidence.capitalised.insert(t.lower.to_string());
            }
        }
    }
    let mut occurrences: Vec<Occurrence> = Vec::new();
    for (pi, part) in parts.iter_mut().enumerate() {
        quoted_titles(pi, part, lex, &mut occurrences);
        let tokens = &part.tokens;
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            // The tail of a German compound ("Windows-Rechner") is a noun.
            let compound_tail = lex.nouns_capitalized() && t.hyphen_before && !is_strong(t);
            if part.covered[i] || !(t.is_namelike() || t.handle) || compound_tail {
                i += 1;
                continue;
            }
            if t.handle {
                occurrences.push(Occurrence {
                    key: format!("@{}", t.lower),
                    surface: format!("@{}", t.text),
                    weight: part.weight,
                    order: position(pi, i),
                    words: 1,
                    part: pi,
                    strong: true,
                    after_determiner: false,
                    after_number: false,
                    needs_repeat: false,
                    tentative: false,
                });
                i += 1;
                continue;
            }
            // A run of capitalised words, joined by spaces, hyphens
            // (not in German, where "Facebook-Chef" is a compound) or
            // lowercase joiners ("Corée du Nord").
            let mut end = i + 1;
            while end < tokens.len() && !part.covered[end] {
                let n = &tokens[end];
                let glued = n.space_before || (n.hyphen_before && !lex.nouns_capitalized());
                if !glued || n.handle {
                    break;
                }
                // A short lowercase tail after a hyphen stays ("Jong-un");
                // "DNS-серверы" is a name and a noun.
                let tail =
                    n.hyphen_before && n.case() == Case::Lower && n.text.chars().count() <= 3;
                if n.is_namelike() || tail {
                    end += 1;
                } else if lex.lang.joiners.contains(n.lower.as_ref())
                    && tokens[end - 1].case() == Case::Capitalized
                    && tokens.get(end + 1).is_some_and(|m| {
                        m.space_before && m.is_namelike() && !part.covered[end + 1]
                    })
                {
                    end += 2;
                } else {
                    break;
                }
            }
            for (a, b, tentative) in split_run(part, i, end, lex, &evidence) {
                let words = &part.tokens[a..b];
                let first = &words[0];
                let strong = !tentative && (words.len() > 1 || is_strong(first));
                occurrences.push(Occurrence {
                    key: key_of(lex, keys, &part.tokens, a, b),
                    surface: part.text[first.start..words[words.len() - 1].end].to_string(),
                    weight: part.weight,
                    order: position(pi, a),
                    words: words.len(),
                    part: pi,
                    strong,
                    after_determiner: lex.nouns_capitalized()
                        && lex.after_determiner(&part.tokens, a),
                    after_number: b - a == 1 && lex.after_number(&part.tokens, a),
                    needs_repeat: false,
                    tentative,
                });
            }
            i = end;
        }
    }
    merge(occurrences, parts, lex)
}

/// What the whole article says about its capitalised words.
#[derive(Default)]
struct Evidence {
    /// Lowercase forms of words written with a capital mid-sentence.
    capitalised: FxHashSet<String>,
    /// Words written in lowercase somewhere.
    lowercase: FxHashSet<String>,
}

/// A shape no common word has: `NHS`, `WhatsApp`, `iPhone`, `MS17`.
fn is_strong(t: &Token) -> bool {
    matches!(t.case(), Case::Upper | Case::Mixed) || t.text.chars().any(|c| c.is_ascii_digit())
}

/// The names inside one run of capitalised words `start..end`, once
/// sentence-initial capitals, stop words, calendar words and titles are
/// taken off its ends; each with whether it is tentative.
fn split_run(
    part: &Part,
    start: usize,
    end: usize,
    lex: &Lexicon,
    evidence: &Evidence,
) -> Vec<(usize, usize, bool)> {
    let tokens = &part.tokens;
    // A capital that only marks a sentence start (or a title-case
    // headline) needs the article to write the word capitalised elsewhere.
    let unmarked = |t: &Token| t.initial || part.title_case;
    let confirmed =
        |t: &Token| !unmarked(t) || is_strong(t) || evidence.capitalised.contains(t.lower.as_ref());
    // ...or to open a longer name at a sentence start ("Norda Bank said"):
    // a word the article never writes in lowercase, before a name. (Not in
    // German, where "Laut Pialo" and "Viele Nutzer" open sentences.)
    let opens_name = |k: usize| {
        let t = &tokens[k];
        t.initial
            && !part.title_case
            && !lex.nouns_capitalized()
            && k + 1 < end
            && !tokens[k + 1].hyphen_before
            && confirmed(&tokens[k + 1])
            && lex.filler(t).is_none()
            && !evidence.lowercase.contains(t.lower.as_ref())
    };
    let evidenced_at = |k: usize| confirmed(&tokens[k]) || opens_name(k);
    let mut runs = Vec::new();
    let mut s = start;
    while s < end {
        // Split where a word has no evidence of being a name, and in German
        // before a word that follows an article ("die Deutsche Bahn" keeps
        // its name, "der Konzern Facebook" splits).
        let mut e = s;
        while e < end
            && ((tokens[e].hyphen_before && e > s)
                || (evidenced_at(e)
                    && !(e > s && lex.nouns_capitalized() && lex.after_determiner(tokens, e))))
        {
            e += 1;
        }
        let (mut a, mut b) = (s, e);
        s = e.max(s + 1);
        while a < b {
            match lex.filler(&tokens[a]) {
                Some(Filler::Stop) if !unmarked(&tokens[a]) => break,
                Some(_) => a += 1,
                None => break,
            }
        }
        while b > a && !tokens[b - 1].hyphen_before {
            match lex.filler(&tokens[b - 1]) {
                // "Theresa May": a month closing a name, unless a day
                // number follows ("Facebook May 12").
                Some(Filler::Calendar)
                    if b - a >= 2
                        && tokens[a..b - 1].iter().all(|t| lex.filler(t).is_none())
                        && !tokens
                            .get(b)
                            .is_some_and(|n| n.text.chars().all(|c| c.is_ascii_digit())) =>
                {
                    break;
                }
                Some(_) => b -= 1,
                None => break,
            }
        }
        // Hyphenated tails alone ("-un") are not names.
        while a < b && tokens[a].hyphen_before && a > start {
            a += 1;
        }
        if a >= b || !tokens[a].is_namelike() {
            continue;
        }
        let mut tentative = false;
        if lex.nouns_capitalized() && b - a >= 2 {
            // German: a noun before a name is an apposition ("Chef George
            // Kurtz", "Sicherheitsanbieter CrowdStrike"); without a word in
            // a name's shape, the run waits for another article.
            match (a..b).find(|&k| is_strong(&tokens[k])) {
                Some(k) => a = k,
                None => tentative = true,
            }
        }
        runs.push((a, b, tentative));
    }
    runs
}

/// Quoted titles: `"The Interview"`, « Fortnite », 「フェイスブック」, 《王者荣耀》.
fn quoted_titles(pi: usize, part: &mut Part, lex: &Lexicon, occurrences: &mut Vec<Occurrence>) {
    const PAIRS: [(char, char); 8] = [
        ('“', '”'),
        ('«', '»'),
        ('„', '“'),
        ('"', '"'),
        ('「', '」'),
        ('『', '』'),
        ('《', '》'),
        ('‹', '›'),
    ];
    let text = part.text;
    let mut pos = 0;
    while let Some((open_at, open)) = text[pos..]
        .char_indices()
        .map(|(i, c)| (i + pos, c))
        .find(|(_, c)| PAIRS.iter().any(|(o, _)| o == c))
    {
        let close = PAIRS.iter().find(|(o, _)| *o == open).map_or(open, |p| p.1);
        let inner_start = open_at + open.len_utf8();
        let Some(len) = text[inner_start..].find(close) else {
            break;
        };
        let inner_end = inner_start + len;
        pos = inner_end + close.len_utf8();
        let inner = text[inner_start..inner_end].trim();
        if inner.is_empty() || inner.len() > 120 || inner.contains('\n') {
            continue;
        }
        let inside: Vec<usize> = (0..part.tokens.len())
            .filter(|&k| part.tokens[k].start >= inner_start && part.tokens[k].end <= inner_end)
            .collect();
        if inside.iter().any(|&k| part.covered[k]) {
            continue;
        }
        let ends_in_punctuation =
            inner.ends_with(['.', ',', '!', '?', ';', ':', '。', '、', '！', '？']);
        let unspaced = inner.chars().any(crate::text::is_unspaced_char);
        let title = if unspaced {
            let n = inner.chars().count();
            (2..=20).contains(&n) && !ends_in_punctuation && !inner.contains(['。', '！', '？'])
        } else {
            let words: Vec<&Token> = inside.iter().map(|&k| &part.tokens[k]).collect();
            (1..=6).contains(&words.len())
                && !ends_in_punctuation
                && words[0].is_namelike()
                && words.iter().all(|t| {
                    t.is_namelike()
                        || (t.case() == Case::Lower
                            && (lex.is_filler(t) || lex.lang.joiners.contains(t.lower.as_ref())))
                })
                && !words.iter().all(|t| lex.is_filler(t))
        };
        if !title {
            continue;
        }
        for &k in &inside {
            part.covered[k] = true;
        }
        occurrences.push(Occurrence {
            key: inner.to_lowercase(),
            surface: inner.to_string(),
            weight: part.weight,
            order: position(pi, inside.first().copied().unwrap_or(0)),
            words: inside.len().max(1),
            part: pi,
            strong: true,
            after_determiner: false,
            after_number: false,
            needs_repeat: unspaced,
            tentative: false,
        });
    }
}

fn merge(occurrences: Vec<Occurrence>, parts: &[Part], lex: &Lexicon) -> Vec<Candidate> {
    struct Acc {
        cand: Candidate,
        spellings: HashMap<String, (usize, usize)>,
        count: usize,
        after_determiner: usize,
        after_number: usize,
        strong: bool,
        needs_repeat: bool,
        /// Every occurrence a German run of nouns.
        run_of_nouns: bool,
    }
    let mut by_key: HashMap<String, Acc> = HashMap::default();
    for o in occurrences {
        let acc = by_key.entry(o.key.clone()).or_insert_with(|| Acc {
            cand: Candidate {
                key: o.key.clone(),
                name: String::new(),
                score: 0.0,
                first: o.order,
                words: o.words,
                tentative: false,
                parts: Vec::new(),
            },
            spellings: HashMap::default(),
            count: 0,
            after_determiner: 0,
            after_number: 0,
            strong: false,
            needs_repeat: o.needs_repeat,
            run_of_nouns: true,
        });
        acc.cand.score += o.weight;
        if !acc.cand.parts.contains(&o.part) {
            acc.cand.parts.push(o.part);
        }
        let spelling = acc.spellings.entry(o.surface).or_insert((0, o.order));
        spelling.0 += 1;
        acc.count += 1;
        acc.after_determiner += usize::from(o.after_determiner);
        acc.after_number += usize::from(o.after_number);
        acc.strong |= o.strong;
        acc.run_of_nouns &= o.tentative;
    }
    // Two names the article also uses apart, run together: "de Sony David
    // Boies" (a name it uses on its own, then another of two words or more),
    // "David Vance of Orion Films" (a name, a joiner, a name it uses on its
    // own). A run seen once is split into its names.
    let frequent: FxHashSet<String> = by_key
        .iter()
        .filter(|(_, a)| a.count >= 2)
        .map(|(k, _)| k.clone())
        .collect();
    let named: FxHashSet<String> = by_key.keys().cloned().collect();
    let mut runs: Vec<String> = by_key
        .iter()
        .filter(|(_, a)| a.count == 1 && a.cand.words >= 3)
        .map(|(k, _)| k.clone())
        .collect();
    runs.sort_unstable();
    for key in runs {
        let words: Vec<&str> = key.split(' ').collect();
        let n = words.len();
        let known = |range: std::ops::Range<usize>| frequent.contains(&words[range].join(" "));
        let seen = |range: std::ops::Range<usize>| named.contains(&words[range].join(" "));
        // (head, tail) word ranges.
        let pieces = (1..n)
            .rev()
            .find(|&k| known(0..k) && n - k >= 2)
            .map(|k| (0..k, k..n))
            .or_else(|| {
                (1..n - 1)
                    .find(|&j| lex.lang.joiners.contains(words[j]) && seen(j + 1..n))
                    .map(|j| (0..j, j + 1..n))
            });
        let Some((head, tail)) = pieces else {
            continue;
        };
        let Some(acc) = by_key.remove(&key) else {
            continue;
        };
        let surface = acc.spellings.keys().next().cloned().unwrap_or_default();
        let toks = super::tokens::tokenize(&surface);
        if toks.len() != n {
            by_key.insert(key, acc);
            continue;
        }
        for range in [head, tail] {
            let piece_key = words[range.clone()].join(" ");
            let spelling = surface[toks[range.start].start..toks[range.end - 1].end].to_string();
            let piece = by_key.entry(piece_key.clone()).or_insert_with(|| Acc {
                cand: Candidate {
                    key: piece_key,
                    words: range.len(),
                    score: 0.0,
                    parts: Vec::new(),
                    ..acc.cand.clone()
                },
                spellings: HashMap::default(),
                count: 0,
                after_determiner: 0,
                after_number: 0,
                strong: range.len() >= 2,
                needs_repeat: false,
                run_of_nouns: acc.run_of_nouns,
            });
            piece.cand.score += acc.cand.score;
            piece.count += 1;
            piece
                .spellings
                .entry(spelling)
                .or_insert((0, acc.cand.first))
                .0 += 1;
            for &p in &acc.cand.parts {
                if !piece.cand.parts.contains(&p) {
                    piece.cand.parts.push(p);
                }
            }
        }
    }
    let mut out: Vec<Candidate> = Vec::new();
    for (_, mut acc) in by_key {
        let (name, _) = acc
            .spellings
            .iter()
            .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
            .map(|(s, n)| (s.clone(), *n))
            .unwrap_or_default();
        acc.cand.name = name;
        if acc.needs_repeat {
            // A caseless quoted name counts when the article names it again
            // (quoted or not) or puts it in the headline.
            let again: usize = parts
                .iter()
                .map(|p| p.text.matches(&acc.cand.name).count())
                .sum();
            if again < 2 && !acc.cand.parts.contains(&0) {
                continue;
            }
        }
        // Only ever counted ("150 Paesi"): a common noun.
        if !acc.strong && acc.after_number == acc.count {
            continue;
        }
        if lex.nouns_capitalized() && !acc.strong {
            if acc.after_determiner > 0 && acc.after_determiner * GERMAN_ARTICLE_SHARE >= acc.count
            {
                continue;
            }
            acc.cand.tentative = acc.count < GERMAN_LOCAL_USES || acc.run_of_nouns;
        }
        out.push(acc.cand);
    }
    out.sort_by(|a, b| a.first.cmp(&b.first).then_with(|| a.key.cmp(&b.key)));
    merge_surnames(out)
}

/// "Haugen" after "Frances Haugen" is the same person.
fn merge_surnames(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut absorbed = vec![false; cands.len()];
    for i in 0..cands.len() {
        if cands[i].words != 1 {
            continue;
        }
        // Never into a run that still needs confirming: in German "das
        // Netzwerk Pialo" is an apposition, not a first name.
        let owners: Vec<usize> = (0..cands.len())
            .filter(|&j| {
                (2..=3).contains(&cands[j].words)
                    && !cands[j].tentative
                    && cands[j].key.rsplit(' ').next() == Some(cands[i].key.as_str())
            })
            .collect();
        if let [j] = owners[..] {
            absorbed[i] = true;
            let (score, parts) = (cands[i].score, cands[i].parts.clone());
            cands[j].score += score;
            cands[j].tentative &= cands[i].tentative;
            for p in parts {
                if !cands[j].parts.contains(&p) {
                    cands[j].parts.push(p);
                }
            }
        }
    }
    cands
        .into_iter()
        .zip(absorbed)
        .filter_map(|(c, gone)| (!gone).then_some(c))
        .collect()
}
