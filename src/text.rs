//! Small text utilities shared by the stages: tokens, punctuation, scripts.

/// Collapses runs of whitespace (including no-break and zero-width spaces)
/// into single spaces and trims the ends.
pub fn squash_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        // The ideographic space is punctuation in CJK headlines, not padding.
        if (c.is_whitespace() && c != '\u{3000}')
            || matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}')
        {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Word tokens: runs of letters and digits, keeping inner apostrophes and
/// hyphens (`aujourd'hui`, `Stadt-Anzeiger`), splitting elisions like `l'`.
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.')))
        .flat_map(|w| {
            // "L'Usine" → "L'", "Usine": elided articles count as stop words.
            let w = w.trim_matches(|c: char| matches!(c, '\'' | '’' | '-' | '.'));
            let (head, tail) = match w.find(['\'', '’']) {
                Some(i) if i <= 2 && w.len() > i + 3 => {
                    let apos = w[i..].chars().next().map_or(1, char::len_utf8);
                    (&w[..i + apos], Some(&w[i + apos..]))
                }
                _ => (w, None),
            };
            std::iter::once(head).chain(tail)
        })
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Characters that end a sentence, in the scripts we meet.
pub fn ends_sentence(s: &str) -> bool {
    let trimmed = s.trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '»' | '”' | '’' | '\'' | ')' | ']' | '」' | '』' | '）' | '*'
        ) || c.is_whitespace()
    });
    trimmed.ends_with([
        '.', '!', '?', '…', '。', '！', '？', '؟', '।', '։', '۔', ';',
    ])
}

/// Letters of scripts written without spaces (Han, kana, Thai…).
#[inline]
pub fn is_unspaced_char(c: char) -> bool {
    (c as u32) >= 0x0e00
        && matches!(c as u32,
            0x3040..=0x30ff   // kana
            | 0x3400..=0x4dbf // CJK ext A
            | 0x4e00..=0x9fff // CJK unified
            | 0xf900..=0xfaff
            | 0x0e00..=0x0e7f // Thai
            | 0x0e80..=0x0eff // Lao
            | 0x1000..=0x109f // Myanmar
            | 0x1780..=0x17ff // Khmer
        )
}

/// A length in "words" that is comparable across scripts: unspaced scripts
/// count roughly two characters per word.
pub fn word_count(s: &str) -> usize {
    let unspaced = s.chars().filter(|&c| is_unspaced_char(c)).count();
    let spaced = words(s)
        .filter(|w| !w.chars().any(is_unspaced_char))
        .count();
    spaced + unspaced.div_ceil(2)
}

/// First letter is uppercase, or the script has no case.
pub fn starts_capitalized(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || !c.is_lowercase())
}

/// Share of letters that are uppercase, among cased letters.
pub fn uppercase_ratio(s: &str) -> f64 {
    let (upper, cased) = s.chars().fold((0usize, 0usize), |(u, n), c| {
        if c.is_uppercase() {
            (u + 1, n + 1)
        } else if c.is_lowercase() {
            (u, n + 1)
        } else {
            (u, n)
        }
    });
    if cased == 0 {
        0.0
    } else {
        upper as f64 / cased as f64
    }
}

/// Whether `needle` (lowercase) occurs in `haystack` (lowercase) as whole
/// words: multi-word needles and needles in unspaced scripts match as
/// substrings at word boundaries.
pub fn contains_term(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    if needle.chars().any(is_unspaced_char) {
        return haystack.contains(needle);
    }
    let mut start = 0;
    while let Some(pos) = haystack[start..].find(needle) {
        let begin = start + pos;
        let end = begin + needle.len();
        if is_whole_word(haystack, begin, end) {
            return true;
        }
        start = begin + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Whether `text[start..end]` is not glued to letters or digits on either side.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
        && text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the text holds a digit, ASCII or full-width (dates in CJK pages).
pub fn has_digit(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// Plain ASCII slug for URLs: transliterated, lowercase, dash-separated,
/// cut at a word boundary near `max` bytes.
pub fn slugify(s: &str, max: usize) -> String {
    let ascii = deunicode::deunicode(s).to_ascii_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for part in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        if !slug.is_empty() && slug.len() + 1 + part.len() > max {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(part);
    }
    slug.truncate(max);
    slug
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Ends with a single full stop (an ellipsis is not one): titles rarely do.
pub fn ends_with_full_stop(s: &str) -> bool {
    s.ends_with('.') && !s.ends_with("...")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squashes_odd_spaces() {
        assert_eq!(squash_whitespace("  a\u{a0}\u{a0}b \t c "), "a b c");
    }

    #[test]
    fn splits_words_and_elisions() {
        let w: Vec<_> = words("L’Usine Digitale, aujourd'hui: Stadt-Anzeiger 2020.").collect();
        assert_eq!(
            w,
            [
                "L’",
                "Usine",
                "Digitale",
                "aujourd'hui",
                "Stadt-Anzeiger",
                "2020"
            ]
        );
    }

    #[test]
    fn sentence_ends() {
        assert!(ends_sentence("Il pleut."));
        assert!(ends_sentence("« Réessayez. »"));
        assert!(ends_sentence("障害が発生した。"));
        assert!(!ends_sentence("Twitter victime d'une panne"));
    }

    #[test]
    fn counts_words_across_scripts() {
        assert_eq!(word_count("Twitter victime d'une panne"), 5);
        assert_eq!(word_count("障害が発生した"), 4);
    }

    #[test]
    fn terms_match_whole_words() {
        assert!(contains_term("recevez la newsletter", "newsletter"));
        assert!(!contains_term("parfois", "par"));
        assert!(contains_term("lire aussi : la panne", "lire aussi"));
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(
            slugify("Touché par une panne mondiale !", 80),
            "touche-par-une-panne-mondiale"
        );
        assert_eq!(slugify("Сбой Facebook", 80), "sboi-facebook");
        assert_eq!(slugify("one two three", 8), "one-two");
    }
}
