//! Word tokens with what topic detection needs to know about each: where it
//! is, how it is cased, whether it opens a sentence, and what glues it to
//! its neighbour. Runs of unspaced scripts (Han, kana) are not tokens here;
//! they are matched as substrings.

use crate::text::is_unspaced_char;

#[derive(Debug, Clone, PartialEq)]
pub struct Token<'a> {
    /// The word as written, without an elided article (`l'`, `dell'`) or a
    /// possessive `'s`.
    pub text: &'a str,
    /// Byte range of `text` in the tokenized string.
    pub start: usize,
    pub end: usize,
    /// First word of a sentence (or of the text), where a capital says nothing.
    pub initial: bool,
    /// Separated from the previous token by nothing but a hyphen.
    pub hyphen_before: bool,
    /// Separated from the previous token by plain spaces only (no
    /// punctuation, no line break): the two may belong to one name.
    pub space_before: bool,
    /// Follows an abbreviation's dot ("EE. UU.", Spanish for the US): the
    /// two are one name.
    pub abbrev_before: bool,
    /// Written right after `@`: a social-network handle.
    pub handle: bool,
    /// The shape of its letters, computed once: asked for many times.
    pub case: Case,
    /// Lowercase; borrowed when the word already is.
    pub lower: std::borrow::Cow<'a, str>,
    /// Its first letters, folded (see [`prefix_of`]): what vocabulary
    /// lookups filter on before the costlier stemming.
    pub prefix: u32,
}

/// The first three letters of a word, lowercase, without diacritics and
/// transliterated to ASCII, packed into an integer ("U.S" counts as "us").
pub fn prefix_of(word: &str) -> u32 {
    let mut packed = 0u32;
    let mut n = 0;
    for c in word
        .chars()
        .filter(|&c| c != '.')
        .flat_map(char::to_lowercase)
    {
        let folded = if c.is_ascii() {
            Some(c as u8)
        } else {
            deunicode::deunicode_char(c).and_then(|s| s.bytes().next())
        };
        if let Some(b) = folded {
            packed = (packed << 8) | u32::from(b);
            n += 1;
        }
        if n == 3 {
            break;
        }
    }
    packed | (n << 24)
}

/// The shape of a word's letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// No cased letter: digits, or a script without case.
    None,
    Lower,
    /// First letter uppercase, the rest lowercase: `Twitter`.
    Capitalized,
    /// Every cased letter uppercase, at least two: `NHS`, `DDoS` is mixed.
    Upper,
    /// Uppercase letters after the first: `WhatsApp`, `iPhone`, `DDoS`.
    Mixed,
}

impl Token<'_> {
    pub fn case(&self) -> Case {
        self.case
    }

    /// Written with a capital where the language needs none: a name, unless
    /// the capital only marks a sentence start.
    pub fn is_namelike(&self) -> bool {
        matches!(self.case(), Case::Capitalized | Case::Upper | Case::Mixed)
    }
}

pub fn case_of(word: &str) -> Case {
    let mut letters = word
        .chars()
        .filter(|c| c.is_uppercase() || c.is_lowercase());
    let Some(first) = letters.next() else {
        return Case::None;
    };
    let (mut upper_rest, mut lower_rest, mut n) = (0usize, 0usize, 1usize);
    for c in letters {
        n += 1;
        if c.is_uppercase() {
            upper_rest += 1;
        } else {
            lower_rest += 1;
        }
    }
    match (first.is_uppercase(), upper_rest, lower_rest) {
        (true, _, 0) if n >= 2 => Case::Upper,
        (true, 0, _) => Case::Capitalized,
        (true, _, _) => Case::Mixed,
        (false, 0, _) => Case::Lower,
        (false, _, _) => Case::Mixed,
    }
}

/// The writing system of a word's first letter, coarsely: names do not
/// continue across scripts.
pub fn script(word: &str) -> u8 {
    match word
        .chars()
        .find(|c| c.is_alphabetic())
        .map_or(0, |c| c as u32)
    {
        0 => 0,
        0x41..=0x24f => 1,
        0x370..=0x3ff => 2,
        0x400..=0x52f => 3,
        _ => 4,
    }
}

/// Whether a word is a web address (`facebook.com`), which names a site but
/// is not written as a name.
pub fn is_domain(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(head, tld)| {
        !head.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase())
    })
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() && !is_unspaced_char(c)
    }
}

/// Characters that may stand between a sentence end and the next word.
fn is_opening(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\''
                | '«'
                | '»'
                | '“'
                | '”'
                | '„'
                | '‘'
                | '’'
                | '('
                | '['
                | '¿'
                | '¡'
                | '—'
                | '–'
                | '-'
                | '•'
                | '·'
                | '*'
                | '‹'
                | '›'
        )
}

fn ends_sentence_char(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？' | '؟' | '|'
    )
}

/// Splits `text` into word tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if !is_word_char(c) {
            chars.next();
            continue;
        }
        // A word: letters and digits, with single inner dots and apostrophes
        // between word characters (`facebook.com`, `aujourd'hui`, `O'Brien`).
        let start = i;
        let mut end = i;
        while let Some(&(j, c)) = chars.peek() {
            if is_word_char(c) {
                end = j + c.len_utf8();
                chars.next();
            } else if matches!(c, '.' | '\'' | '’') {
                let next = text[j + c.len_utf8()..].chars().next();
                if next.is_some_and(is_word_char) {
                    chars.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        push_word(text, start, end, &mut tokens);
    }
    tokens
}

fn push_word<'a>(text: &'a str, mut start: usize, mut end: usize, tokens: &mut Vec<Token<'a>>) {
    let word = &text[start..end];
    // "l'Usine", "L'Union", "dell'Europa": an elided article or preposition
    // before the apostrophe is not part of the name; "O'Brien" keeps its O.
    if let Some(pos) = word.find(['\'', '’']) {
        let head = &word[..pos];
        let apos = word[pos..].chars().next().map_or(1, char::len_utf8);
        let tail = &word[pos + apos..];
        if tail == "s" || tail == "S" {
            end = start + pos;
        } else if !tail.is_empty()
            && super::tables::catalogue()
                .elisions
                .contains(&head.to_lowercase())
        {
            start += pos + apos;
        }
    }
    let word = &text[start..end];
    if word.is_empty() || !word.chars().any(char::is_alphanumeric) {
        return;
    }
    let before = &text[..start];
    let gap_start = tokens.last().map_or(0, |t: &Token| t.end);
    let gap = &text[gap_start.min(start)..start];
    let hyphen_before = !tokens.is_empty() && (gap == "-" || gap == "‐");
    let space_before =
        !tokens.is_empty() && !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}');
    let handle = before.ends_with('@');
    let abbrev_before = tokens.last().is_some_and(|p: &Token| {
        (gap == "." || gap == ". ") && p.case == Case::Upper && p.text.chars().count() <= 3
    });
    let initial = before
        .trim_end_matches(is_opening)
        .chars()
        .next_back()
        .is_none_or(ends_sentence_char);
    tokens.push(Token {
        text: word,
        start,
        end,
        initial,
        hyphen_before,
        space_before,
        abbrev_before,
        handle,
        case: case_of(word),
        prefix: prefix_of(word),
        lower: if word.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(word.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(word)
        },
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_elisions_and_possessives() {
        assert_eq!(
            texts("L'Usine d’Instagram, Facebook's servers: aujourd'hui O'Brien."),
            [
                "Usine",
                "Instagram",
                "Facebook",
                "servers",
                "aujourd'hui",
                "O'Brien"
            ]
        );
        assert_eq!(texts("dell'Europa"), ["Europa"]);
        assert_eq!(
            texts("facebook.com est 3.5 fois"),
            ["facebook.com", "est", "3.5", "fois"]
        );
    }

    #[test]
    fn sentence_starts() {
        let t = tokenize("Selon Twitter, la panne. « Le réseau » a cédé: Pourquoi");
        let initial: Vec<&str> = t.iter().filter(|t| t.initial).map(|t| t.text).collect();
        assert_eq!(initial, ["Selon", "Le", "Pourquoi"]);
    }

    #[test]
    fn glue_between_tokens() {
        let t = tokenize("Kim Jong-un, Sony Pictures");
        assert!(t[1].space_before && !t[1].hyphen_before);
        assert!(t[2].hyphen_before);
        assert!(!t[3].space_before, "a comma separates names");
        assert!(t[4].space_before);
    }

    #[test]
    fn handles_and_cases() {
        let t = tokenize("selon @bikinirobot et WhatsApp, NHS, iPhone");
        assert!(t[1].handle);
        assert_eq!(t[3].case(), Case::Mixed);
        assert_eq!(t[4].case(), Case::Upper);
        assert_eq!(t[5].case(), Case::Mixed);
        assert_eq!(case_of("2021"), Case::None);
        assert_eq!(case_of("A"), Case::Capitalized);
    }

    #[test]
    fn unspaced_runs_are_not_tokens() {
        assert_eq!(texts("米フェイスブックのBGPが停止"), ["BGP"]);
        assert!(is_domain("facebook.com") && !is_domain("U.S") && !is_domain("3.5"));
    }
}
