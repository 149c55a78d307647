//! Finding date expressions in text: a tokenizer and a small pattern matcher
//! over the language's lexicon (see [`super::grammar`]). The matcher only
//! recognises and records what is written; [`super::resolve`] turns it into
//! calendar values against a reference date.

use std::borrow::Cow;

use super::grammar::{Grammar, Lex, Order, Unit};

#[derive(Debug, Clone, PartialEq)]
pub enum TokKind {
    Word,
    /// A run of digits.
    Num(u32),
    /// Digit groups joined by one kind of separator without spaces:
    /// `15/10/2020`, `15.10.2020`, `2020-10-15`, `22:30`, `14.2`.
    Group(Vec<(u32, usize)>, char),
    /// `22h30`, `9h`: hour and minutes written with an `h`.
    HourMin(u32, u32),
    Punct(char),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tok<'a> {
    /// Lowercase text (digits as written); borrowed when already lowercase.
    pub text: Cow<'a, str>,
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// Whether a space (or nothing) separates this token from the previous one.
    pub glued: bool,
    /// Written with a capital: "Windows 2000" names a product, not a year.
    pub capital: bool,
}

/// Value of an ASCII or full-width digit.
pub(super) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Splits text into words, numbers, digit groups and punctuation. Words split
/// at apostrophes and hyphens so "mi-octobre" and "l'année" reach the lexicon
/// as separate words.
pub fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |(b, _)| *b);
    let mut i = 0;
    let mut prev_end = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let glued = start == prev_end && !toks.is_empty();
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if digit_value(c).is_some() {
            // Digit groups: 15/10/2020, 22:30, 14.2, 2020-10-15.
            let mut groups: Vec<(u32, usize)> = Vec::new();
            let mut sep: Option<char> = None;
            let mut k = i;
            loop {
                let (mut v, mut n) = (0u32, 0usize);
                while let Some(d) = chars.get(k).and_then(|(_, c)| digit_value(*c)) {
                    v = v.saturating_mul(10).saturating_add(d);
                    n += 1;
                    k += 1;
                }
                groups.push((v, n));
                let next_sep = chars.get(k).map(|(_, c)| *c);
                let after = chars.get(k + 1).and_then(|(_, c)| digit_value(*c));
                match (next_sep, after) {
                    (Some(s @ ('/' | '.' | '-' | ':')), Some(_)) if sep.is_none_or(|p| p == s) => {
                        sep = Some(s);
                        k += 1;
                    }
                    _ => break,
                }
            }
            // 22h30 / 9h
            if groups.len() == 1 && matches!(chars.get(k), Some((_, 'h' | 'H'))) {
                let mut m = k + 1;
                let (mut mins, mut n) = (0u32, 0usize);
                while let Some(d) = chars.get(m).and_then(|(_, c)| digit_value(*c)) {
                    mins = mins * 10 + d;
                    n += 1;
                    m += 1;
                }
                let letter_after = chars.get(m).is_some_and(|(_, c)| c.is_alphabetic());
                if (n == 2 || n == 0) && !letter_after && groups[0].0 < 24 && mins < 60 {
                    toks.push(Tok {
                        text: Cow::Borrowed(&text[start..end_of(m)]),
                        kind: TokKind::HourMin(groups[0].0, mins),
                        start,
                        end: end_of(m),
                        glued,
                        capital: false,
                    });
                    prev_end = end_of(m);
                    i = m;
                    continue;
                }
            }
            let kind = match sep {
                Some(s) => TokKind::Group(groups, s),
                None => TokKind::Num(groups[0].0),
            };
            toks.push(Tok {
                text: Cow::Borrowed(&text[start..end_of(k)]),
                kind,
                start,
                end: end_of(k),
                glued,
                capital: false,
            });
            prev_end = end_of(k);
            i = k;
            continue;
        }
        if c.is_alphabetic() {
            let mut k = i;
            while chars
                .get(k)
                .is_some_and(|(_, c)| c.is_alphabetic() || *c == '\u{301}')
            {
                k += 1;
            }
            let word = &text[start..end_of(k)];
            let lower = if word.chars().any(char::is_uppercase) {
                Cow::Owned(word.to_lowercase())
            } else {
                Cow::Borrowed(word)
            };
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            toks.push(Tok {
                capital,
                text: lower,
                kind: TokKind::Word,
                start,
                end: end_of(k),
                glued,
            });
            prev_end = end_of(k);
            i = k;
            continue;
        }
        toks.push(Tok {
            text: Cow::Borrowed(&text[start..end_of(i + 1)]),
            kind: TokKind::Punct(c),
            start,
            end: end_of(i + 1),
            glued,
            capital: false,
        });
        prev_end = end_of(i + 1);
        i += 1;
    }
    toks
}

/// `Spec::Calendar::direction` times this: the month is in the previous
/// (next) year rather than the previous (next) such month.
pub const YEAR_DIRECTION: i8 = 3;

/// `Spec::Calendar::direction` for a month of the reference's own year ("今年3月").
pub const THIS_YEAR: i8 = 4;

/// Part of a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
}

/// What an expression says, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Spec {
    /// A calendar date, possibly partial. `last`/`next` say which way a
    /// yearless month or a lone weekday is counted from the reference.
    Calendar {
        year: Option<i32>,
        month: Option<u8>,
        day: Option<u8>,
        weekday: Option<u8>,
        part: Option<Part>,
        time: Option<(u8, u8)>,
        zone: Option<String>,
        direction: i8,
    },
    Year(i32),
    /// Days from the reference: yesterday = -1.
    Deictic(i32),
    Ago(u32, Unit),
    /// "last month" = -1, "this year" = 0.
    RelativeMonth(i32),
    RelativeYear(i32),
    /// A time of day on the reference date (only with a stated zone).
    Time {
        time: (u8, u8),
        zone: Option<String>,
    },
}

/// One expression found: its byte span in the text and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub spec: Spec,
}

/// Each token's lexicon matches, longest first.
struct Lexed<'g, 'a> {
    toks: Vec<Tok<'a>>,
    /// Every token's lexicon matches, flat: token `i` owns `lex[spans[i]..spans[i + 1]]`.
    lex: Vec<(Lex, usize)>,
    spans: Vec<u32>,
    g: &'g Grammar,
}

impl Lexed<'_, '_> {
    fn has(&self, i: usize, pred: impl Fn(Lex) -> bool) -> Option<(Lex, usize)> {
        let (a, b) = (
            *self.spans.get(i)? as usize,
            *self.spans.get(i + 1)? as usize,
        );
        self.lex[a..b].iter().copied().find(|(l, _)| pred(*l))
    }
    fn num(&self, i: usize) -> Option<u32> {
        match self.toks.get(i)?.kind {
            TokKind::Num(v) => Some(v),
            _ => None,
        }
    }
    fn digits(&self, i: usize) -> usize {
        self.toks.get(i).map_or(0, |t| t.text.chars().count())
    }
    fn punct(&self, i: usize, p: char) -> bool {
        matches!(self.toks.get(i), Some(Tok { kind: TokKind::Punct(c), .. }) if *c == p)
    }
    /// Skips filler words and commas.
    fn skip_fill(&self, mut i: usize) -> usize {
        while i < self.toks.len() {
            if self.punct(i, ',') || self.punct(i, '\'') || self.punct(i, '’') {
                i += 1;
            } else if let Some((_, n)) = self.has(i, |l| l == Lex::Filler) {
                i += n;
            } else {
                break;
            }
        }
        i
    }
    /// The length of a month or weekday name at `i` (`n` tokens), with its
    /// dot when the name is abbreviated ("déc.", "Oct.") or when a year
    /// follows the dot ("7 mrt. 2022").
    fn with_dot(&self, i: usize, n: usize) -> usize {
        let dotted = self.punct(i + n, '.')
            && self.toks[i + n].glued
            && (self
                .g
                .abbreviations
                .contains(self.toks[i + n - 1].text.as_ref())
                || self.year(i + n + 1).is_some());
        if dotted { n + 1 } else { n }
    }
    fn month(&self, i: usize) -> Option<(u8, usize)> {
        let (Lex::Month(m), n) = self.has(i, |l| matches!(l, Lex::Month(_)))? else {
            return None;
        };
        Some((m, self.with_dot(i, n)))
    }
    fn weekday(&self, i: usize) -> Option<(u8, usize)> {
        let (Lex::Weekday(w), n) = self.has(i, |l| matches!(l, Lex::Weekday(_)))? else {
            return None;
        };
        Some((w, self.with_dot(i, n)))
    }
    /// A day of the month with its suffix: "28", "1er", "3.", "2nd".
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        self.day_with(i, true)
    }
    /// `ordinal_dot`: whether "3." may be the German ordinal; after a month
    /// ("Oct. 21.") the dot ends the sentence.
    fn day_with(&self, i: usize, ordinal_dot: bool) -> Option<(u8, usize)> {
        let v = self.num(i)?;
        if !(1..=31).contains(&v) || self.digits(i) > 2 {
            return None;
        }
        let mut n = 1;
        // "1er", "2nd", "3º", and the German ordinal dot "3."
        if let Some(t) = self.toks.get(i + 1) {
            let suffix = self.g.day_suffixes.iter().any(|x| *x == t.text)
                || matches!(t.text.as_ref(), "º" | "°" | "ª")
                || (ordinal_dot && t.kind == TokKind::Punct('.'));
            if t.glued && suffix {
                n += 1;
            }
        }
        Some((v as u8, n))
    }
    fn year(&self, i: usize) -> Option<i32> {
        let v = self.num(i)?;
        (self.digits(i) == 4 && (1900..=2100).contains(&v)).then_some(v as i32)
    }
    fn amount(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(v) = self.num(i) {
            return (v > 0 && v < 1000).then_some((v, 1));
        }
        let (lex, n) = self.has(i, |l| matches!(l, Lex::Number(_)))?;
        let Lex::Number(v) = lex else { return None };
        Some((v, n))
    }
}

/// Steps over a year word after a year ("2021 года", "2019 г."), with the
/// dot of an abbreviated one.
fn after_year_word(l: &Lexed, end: usize) -> usize {
    match l.has(end, |x| x == Lex::YearWord) {
        Some((_, n)) => {
            let short = l.toks[end + n - 1].text.chars().count() <= 2;
            if short && l.punct(end + n, '.') && l.toks[end + n].glued {
                end + n + 1
            } else {
                end + n
            }
        }
        None => end,
    }
}

/// A year after a date ("28 décembre 2014", "May 3, 2021 года"), fillers and
/// commas allowed before it: the year, and where the date then ends.
fn trailing_year(l: &Lexed, end: usize) -> (Option<i32>, usize) {
    let k = l.skip_fill(end);
    match l.year(k) {
        Some(y) => (Some(y), after_year_word(l, k + 1)),
        None => (None, end),
    }
}

/// Finds every date expression in `text` for a page in the grammar's language.
pub fn scan(text: &str, g: &Grammar, cjk: bool) -> Vec<Found> {
    if cjk {
        // Han dates, plus the numeric ones (2020-01-21) those pages also use.
        let mut found = super::cjk::scan(text, g);
        let toks = tokenize(text);
        let l = Lexed {
            spans: vec![0; toks.len() + 1],
            toks,
            lex: Vec::new(),
            g,
        };
        for i in 0..l.toks.len() {
            if let Some((specs, end)) = numeric(&l, i) {
                let (start, stop) = (l.toks[i].start, l.toks[end - 1].end);
                found.extend(specs.into_iter().map(|spec| Found {
                    start,
                    end: stop,
                    spec,
                }));
            }
        }
        found.sort_by_key(|f| f.start);
        return found;
    }
    let toks = tokenize(text);
    let words: Vec<&str> = toks.iter().map(|t| t.text.as_ref()).collect();
    let mut lex = Vec::new();
    let mut spans = Vec::with_capacity(toks.len() + 1);
    spans.push(0);
    for i in 0..toks.len() {
        // Only words start phrases; numbers and punctuation never do.
        if toks[i].kind == TokKind::Word {
            lex.extend(g.matches(&words[i..]));
        }
        spans.push(lex.len() as u32);
    }
    drop(words);
    let l = Lexed {
        toks,
        lex,
        spans,
        g,
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < l.toks.len() {
        // Durations ("pendant deux heures", "for two hours") hide what follows.
        if let Some((_, n)) = l.has(i, |x| x == Lex::Duration) {
            i += n;
            let mut k = i;
            while k < l.toks.len()
                && k < i + 4
                && l.has(k, |x| matches!(x, Lex::Unit(_) | Lex::TimeWord))
                    .is_none()
            {
                k += 1;
            }
            if k < i + 4 && k < l.toks.len() {
                i = k + 1;
            }
            continue;
        }
        if let Some((_, n)) = l.has(i, |x| x == Lex::NotDate) {
            i += n;
            continue;
        }
        match match_at(&l, i) {
            Some((specs, end)) => {
                let (start, stop) = (l.toks[i].start, l.toks[end - 1].end);
                for spec in specs {
                    found.push(Found {
                        start,
                        end: stop,
                        spec,
                    });
                }
                i = end;
            }
            None => i += 1,
        }
    }
    attach_times(&mut found, text);
    found
}

/// A time right after a day ("le 15 octobre vers 22h30") belongs to it.
/// "22h30", "17:40", "17.40": digits and a clock separator, not "6 horas".
fn is_clock_time(span: &str) -> bool {
    let rest = span.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < span.len()
        && rest.starts_with([':', 'h', '.'])
        && rest[1..].starts_with(|c: char| c.is_ascii_digit())
}

fn attach_times(found: &mut Vec<Found>, text: &str) {
    let mut k = 1;
    while k < found.len() {
        let (prev, cur) = (&found[k - 1], &found[k]);
        let joinable = matches!(
            prev.spec,
            Spec::Calendar {
                day: Some(_),
                time: None,
                ..
            }
        ) && matches!(cur.spec, Spec::Time { .. })
            && cur.start.saturating_sub(prev.end) <= 24
            // "4 ottobre, dopo 6 ore": hours after a longer word are a duration,
            // unless written as a clock time (22h30, 17:40).
            && (is_clock_time(&text[cur.start..cur.end])
                || text[prev.end.min(cur.start)..cur.start].split_whitespace().all(|w| w.chars().filter(|c| c.is_alphabetic()).count() <= 3));
        if joinable {
            let cur = found.remove(k);
            if let (Spec::Calendar { time, zone, .. }, Spec::Time { time: t, zone: z }) =
                (&mut found[k - 1].spec, cur.spec)
            {
                *time = Some(t);
                *zone = z;
            }
            found[k - 1].end = cur.end;
        } else {
            k += 1;
        }
    }
}

fn calendar(year: Option<i32>, month: Option<u8>, day: Option<u8>, weekday: Option<u8>) -> Spec {
    Spec::Calendar {
        year,
        month,
        day,
        weekday,
        part: None,
        time: None,
        zone: None,
        direction: 0,
    }
}

/// Tries every pattern at token `i`; returns what it says and where it ends.
fn match_at(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    numeric(l, i)
        .or_else(|| range(l, i))
        .or_else(|| day_month(l, i))
        .or_else(|| month_day(l, i))
        .or_else(|| month_alone(l, i))
        .or_else(|| relative(l, i))
        .or_else(|| year_marker(l, i))
        .or_else(|| bare_year(l, i))
        .or_else(|| time(l, i).map(|(t, z, end)| (vec![Spec::Time { time: t, zone: z }], end)))
}

/// A weekday opening a date ("dimanche 28 décembre", "Sunday, Dec. 28"):
/// the weekday and where the rest starts.
fn leading_weekday(l: &Lexed, i: usize) -> (Option<u8>, usize) {
    match l.weekday(i) {
        Some((w, n)) => (Some(w), l.skip_fill(i + n)),
        None => (None, i),
    }
}

/// A date followed by its time of day ("le 15 octobre vers 22h30") becomes
/// one minute-precision expression.
fn with_time_after(l: &Lexed, mut spec: Spec, end: usize) -> (Vec<Spec>, usize) {
    match time_after(l, end) {
        Some((t, z, e)) => {
            if let Spec::Calendar { time, zone, .. } = &mut spec {
                *time = Some(t);
                *zone = z;
            }
            (vec![spec], e)
        }
        None => (vec![spec], end),
    }
}

/// `15/10/2020`, `2020-10-15`, `10/15/2020` (month first where the language
/// writes it so); two-part groups such as `24/7` or `14.2` are never dates.
fn numeric(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    let TokKind::Group(parts, sep) = &l.toks[i].kind else {
        return None;
    };
    if parts.len() != 3 || *sep == ':' {
        return None;
    }
    let (a, b, c) = (parts[0], parts[1], parts[2]);
    let year2 = |v: u32, n: usize| -> Option<i32> {
        match n {
            4 => Some(v as i32),
            2 => Some(if v < 50 {
                2000 + v as i32
            } else {
                1900 + v as i32
            }),
            _ => None,
        }
    };
    let (y, m, d) = if a.1 == 4 {
        (a.0 as i32, b.0, c.0)
    } else {
        let y = year2(c.0, c.1)?;
        match l.g.order {
            Order::Mdy => (y, a.0, b.0),
            _ => (y, b.0, a.0),
        }
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1900..=2100).contains(&y) {
        return None;
    }
    let end = i + 1;
    let spec = calendar(Some(y), Some(m as u8), Some(d as u8), None);
    Some(with_time_after(l, spec, end))
}

/// A time within a couple of words after a date: "à 09h12", ", 08:15 Uhr".
fn time_after(l: &Lexed, mut i: usize) -> Option<((u8, u8), Option<String>, usize)> {
    // Words passed on the way: "vers 22h30" is a time of that day, but in
    // "4 de octubre, tras 6 horas" the hours are a duration.
    let mut long_word = false;
    for _ in 0..3 {
        if let Some(t) = time(l, i) {
            let with_minutes = matches!(l.toks[i].kind, TokKind::HourMin(..) | TokKind::Group(..));
            return (with_minutes || !long_word).then_some(t);
        }
        if i >= l.toks.len() || matches!(l.toks[i].kind, TokKind::Num(_) | TokKind::Group(..)) {
            return None;
        }
        long_word |= l.toks[i].kind == TokKind::Word && l.toks[i].text.chars().count() > 3;
        i += 1;
    }
    None
}

/// "p.m." and "p. m." read as "pm": the two letters after `k`, dots skipped.
fn compact_ampm(l: &Lexed, k: usize) -> String {
    l.toks[k.min(l.toks.len())..]
        .iter()
        .take(4)
        .filter(|t| t.kind != TokKind::Punct('.'))
        .take(2)
        .map(|t| t.text.as_ref())
        .collect()
}

/// `22h30`, `22:30`, `14 Uhr`, `10:30 p.m.`, `17.40 uur`, with a zone after it.
fn time(l: &Lexed, i: usize) -> Option<((u8, u8), Option<String>, usize)> {
    let (mut h, mut m, mut end) = match &l.toks.get(i)?.kind {
        TokKind::HourMin(h, m) => (*h, *m, i + 1),
        TokKind::Group(p, s)
            if p.len() == 2 && (*s == ':' || *s == '.') && p[1].1 == 2 && p[0].1 <= 2 =>
        {
            let needs_word = *s == '.';
            let end = i + 1;
            let word = l
                .has(end, |x| matches!(x, Lex::TimeWord | Lex::Am | Lex::Pm))
                .is_some();
            if needs_word && !word {
                return None;
            }
            (p[0].0, p[1].0, end)
        }
        TokKind::Num(h) if l.digits(i) <= 2 => {
            match l.has(i + 1, |x| matches!(x, Lex::TimeWord | Lex::Am | Lex::Pm)) {
                Some((_, n)) => (*h, 0, i + n),
                // "2 p.m."
                None if l.g.twelve_hour
                    && matches!(compact_ampm(l, i + 1).as_str(), "am" | "pm") =>
                {
                    (*h, 0, i + 1)
                }
                None => return None,
            }
        }
        _ => return None,
    };
    // "14 Uhr", "22 heures" — unless the word opens a zone ("23h05 heure française").
    if l.has(end, |x| matches!(x, Lex::Zone(_))).is_none()
        && let Some((_, n)) = l.has(end, |x| x == Lex::TimeWord)
    {
        end += n;
    }
    // "p.m." tokenizes as p . m . — the lexicon holds "pm" and "am".
    let compact = compact_ampm(l, end);
    let (am, pm) = (
        l.has(end, |x| x == Lex::Am).is_some() || (l.g.twelve_hour && compact == "am"),
        l.has(end, |x| x == Lex::Pm).is_some() || (l.g.twelve_hour && compact == "pm"),
    );
    if am || pm {
        if pm && h < 12 {
            h += 12;
        }
        if am && h == 12 {
            h = 0;
        }
        // Step over "pm", "p.m." or "p. m.".
        let mut k = end;
        let mut letters = 0;
        while k < l.toks.len()
            && letters < 2
            && (l.toks[k].kind == TokKind::Punct('.') || l.toks[k].kind == TokKind::Word)
        {
            if l.toks[k].kind == TokKind::Word {
                letters += l.toks[k].text.chars().count();
            }
            k += 1;
        }
        if k < l.toks.len() && l.toks[k].kind == TokKind::Punct('.') {
            k += 1;
        }
        end = k;
    }
    if h > 23 || m > 59 {
        return None;
    }
    // A zone, maybe in parentheses or after a filler: "(heure de Paris)", "ET", "MEZ".
    let mut k = end;
    let mut zone = None;
    let mut paren = false;
    if l.punct(k, '(') {
        paren = true;
        k += 1;
    }
    let k2 = l.skip_fill(k);
    if let Some((Lex::Zone(z), n)) = l.has(k2, |x| matches!(x, Lex::Zone(_))) {
        zone = l.g.zones.get(z as usize).cloned();
        k = k2 + n;
        if paren && l.punct(k, ')') {
            k += 1;
        }
        end = k;
    }
    let _ = &mut m;
    Some(((h as u8, m as u8), zone, end))
}

/// `[dimanche] 28 décembre [2014]`, `15. Oktober 2020`, `28 de diciembre de 2014`.
fn day_month(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    let (weekday, mut k) = leading_weekday(l, i);
    let (day, n) = l.day(k)?;
    k = l.skip_fill(k + n);
    let (month, n) = l.month(k)?;
    k += n;
    let (year, end) = trailing_year(l, k);
    let spec = calendar(year, Some(month), Some(day), weekday);
    Some(with_time_after(l, spec, end))
}

/// `[Sunday,] Dec. 28[, 2014]`, `October 15th`.
fn month_day(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    let (weekday, mut k) = leading_weekday(l, i);
    let (month, n) = l.month(k)?;
    k += n;
    let kd = l.skip_fill(k);
    if l.year(kd).is_some() {
        return None;
    }
    let (day, n) = l.day_with(kd, false)?;
    // "May 3 and 5" is a range: handled by `range`.
    let (year, end) = trailing_year(l, kd + n);
    let spec = calendar(year, Some(month), Some(day), weekday);
    Some(with_time_after(l, spec, end))
}

/// `début août`, `en novembre`, `in July 2020`, `juillet dernier`, `last July`.
fn month_alone(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    let mut k = i;
    let mut part = None;
    let mut direction = 0i8;
    if let Some((lex, n)) = l.has(k, |x| matches!(x, Lex::Early | Lex::Mid | Lex::Late)) {
        part = Some(match lex {
            Lex::Early => Part::Early,
            Lex::Mid => Part::Mid,
            _ => Part::Late,
        });
        k = l.skip_fill(k + n);
        if l.punct(k, '-') {
            k += 1;
        }
    } else if let Some((lex, n)) = l.has(k, |x| matches!(x, Lex::Last | Lex::Next)) {
        direction = if lex == Lex::Last { -1 } else { 1 };
        k = l.skip_fill(k + n);
    }
    let (month, n) = l.month(k)?;
    // "sept millions": a month name that is also a number needs more than a
    // preposition to be a date.
    let ambiguous = l.has(k, |x| matches!(x, Lex::Number(_))).is_some();
    // "Plaza de Mayo", "1er Mai" as a name: where months are written in
    // lowercase, a capitalised month alone is part of a name.
    if l.toks[k].capital && !l.g.months_capitalized && k > 0 && part.is_none() && direction == 0 {
        return None;
    }
    let mut end = k + n;
    let (year, after_year) = trailing_year(l, end);
    if year.is_some() {
        end = after_year;
    } else if direction == 0
        && let Some((lex, n)) = l.has(end, |x| matches!(x, Lex::Last | Lex::Next))
    {
        direction = if lex == Lex::Last { -1 } else { 1 };
        end += n;
        // "в октябре прошлого года": the month of last (next) year.
        if l.has(end, |x| x == Lex::YearWord).is_some() {
            direction *= YEAR_DIRECTION;
            end = after_year_word(l, end);
        }
    }
    // "julio del año pasado", "luglio dell'anno scorso": last year's month.
    if year.is_none() && direction == 0 {
        let ky = l.skip_fill(end);
        if let Some((_, ny)) = l.has(ky, |x| x == Lex::YearWord)
            && let Some((lex, nl)) = l.has(ky + ny, |x| matches!(x, Lex::Last | Lex::Next))
        {
            direction = if lex == Lex::Last {
                -YEAR_DIRECTION
            } else {
                YEAR_DIRECTION
            };
            end = ky + ny + nl;
        }
    }
    // "set di dati", "mar Rojo": an abbreviation alone is a word, not a month.
    let abbreviated = l.g.abbreviations.contains(l.toks[k].text.as_ref()) && !l.punct(k + 1, '.');
    // A bare month name needs a sign that it is a date: a preposition
    // before it ("en", "in", "im"), a part, a year or a direction.
    let introduced = i > 0
        && l.has(i - 1, |x| {
            matches!(
                x,
                Lex::YearMarker | Lex::Filler | Lex::RangeFrom | Lex::RangeTo
            )
        })
        .is_some();
    if part.is_none()
        && year.is_none()
        && direction == 0
        && (!introduced || ambiguous || abbreviated)
    {
        return None;
    }
    let spec = Spec::Calendar {
        year,
        month: Some(month),
        day: None,
        weekday: None,
        part,
        time: None,
        zone: None,
        direction,
    };
    Some((vec![spec], end))
}

/// `du 12 au 14 mars`, `between May 3 and 5`, `vom 3. bis 5. Mai`.
fn range(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    let mut k = i;
    if let Some((_, n)) = l.has(k, |x| x == Lex::RangeFrom) {
        k += n;
    }
    // Month first: "May 3 and 5", or months: "from March to May 2019".
    if let Some((month, n)) = l.month(k) {
        if let Some(spans) = month_range(l, k, month, n) {
            return Some(spans);
        }
        let (d1, n1) = l.day_with(l.skip_fill(k + n), false)?;
        let kt = l.skip_fill(k + n) + n1;
        let (_, nt) = l.has(kt, |x| x == Lex::RangeTo)?;
        let (d2, n2) = l.day_with(kt + nt, false)?;
        let (year, end) = trailing_year(l, kt + nt + n2);
        return Some((
            vec![
                calendar(year, Some(month), Some(d1), None),
                calendar(year, Some(month), Some(d2), None),
            ],
            end,
        ));
    }
    let (d1, n1) = l.day(k)?;
    let kt = k + n1;
    let (_, nt) = l.has(kt, |x| x == Lex::RangeTo)?;
    let (d2, n2) = l.day(kt + nt)?;
    let km = l.skip_fill(kt + nt + n2);
    let (month, nm) = l.month(km)?;
    let (year, end) = trailing_year(l, km + nm);
    if d1 >= d2 {
        return None;
    }
    Some((
        vec![
            calendar(year, Some(month), Some(d1), None),
            calendar(year, Some(month), Some(d2), None),
        ],
        end,
    ))
}

/// "(from) March to May 2019", "de mars à mai": both months, the year shared.
fn month_range(l: &Lexed, k: usize, first: u8, n: usize) -> Option<(Vec<Spec>, usize)> {
    let kt = l.skip_fill(k + n);
    let (_, nt) = l.has(kt, |x| x == Lex::RangeTo)?;
    let km = l.skip_fill(kt + nt);
    let (second, nm) = l.month(km)?;
    let (year, end) = trailing_year(l, km + nm);
    let introduced = k > 0
        && l.has(k - 1, |x| {
            matches!(x, Lex::RangeFrom | Lex::YearMarker | Lex::Filler)
        })
        .is_some();
    if year.is_none() && !introduced {
        return None;
    }
    let month = |m: u8| Spec::Calendar {
        year,
        month: Some(m),
        day: None,
        weekday: None,
        part: None,
        time: None,
        zone: None,
        direction: 0,
    };
    Some((vec![month(first), month(second)], end))
}

/// Deictic days, "last Monday", "lundi dernier", "last month", "il y a un an",
/// "two weeks ago", "vor zwei Wochen".
fn relative(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    if let Some((lex, n)) = l.has(i, |x| x.deictic_offset().is_some())
        && let Some(offset) = lex.deictic_offset()
    {
        return Some((vec![Spec::Deictic(offset)], i + n));
    }
    // "il y a un an", "vor zwei Wochen", "hace dos días"
    if let Some((_, n)) = l.has(i, |x| x == Lex::AgoBefore) {
        let (amount, na) = l.amount(i + n)?;
        let (Lex::Unit(unit), nu) = l.has(i + n + na, |x| matches!(x, Lex::Unit(_)))? else {
            return None;
        };
        return Some((vec![Spec::Ago(amount, unit)], i + n + na + nu));
    }
    // "Год назад", "a year ago" without a number: one unit.
    if let Some((Lex::Unit(unit), nu)) = l.has(i, |x| matches!(x, Lex::Unit(_)))
        && let Some((_, nb)) = l.has(i + nu, |x| x == Lex::AgoAfter)
        && (i == 0 || l.amount(i - 1).is_none())
    {
        return Some((vec![Spec::Ago(1, unit)], i + nu + nb));
    }
    // "two weeks ago", "год назад"
    if let Some((amount, na)) = l.amount(i)
        && let Some((Lex::Unit(unit), nu)) = l.has(i + na, |x| matches!(x, Lex::Unit(_)))
        && let Some((_, nb)) = l.has(i + na + nu, |x| x == Lex::AgoAfter)
    {
        return Some((vec![Spec::Ago(amount, unit)], i + na + nu + nb));
    }
    // "last Monday", "ce lundi", "last month", "this year"
    if let Some((lex, n)) = l.has(i, |x| matches!(x, Lex::Last | Lex::Next | Lex::This)) {
        let dir = match lex {
            Lex::Last => -1,
            Lex::Next => 1,
            _ => 0,
        };
        let k = l.skip_fill(i + n);
        if let Some((w, nw)) = l.weekday(k)
            && l.day(l.skip_fill(k + nw)).is_none()
        {
            return Some((
                vec![weekday_spec(w, if dir == 0 { 2 } else { dir })],
                k + nw,
            ));
        }
        if let Some(spec) = period(l, k, dir as i32) {
            return Some(spec);
        }
        return None;
    }
    // "lundi dernier", "mois dernier", "l'année dernière"
    if let Some((w, nw)) = l.weekday(i) {
        if let Some((lex, n)) = l.has(i + nw, |x| matches!(x, Lex::Last | Lex::Next)) {
            return Some((
                vec![weekday_spec(w, if lex == Lex::Last { -1 } else { 1 })],
                i + nw + n,
            ));
        }
        // A lone weekday introduced as a day ("le mercredi", "on Monday").
        let introduced = i > 0
            && l.has(i - 1, |x| matches!(x, Lex::Filler | Lex::YearMarker))
                .is_some();
        let followed_by_number = matches!(
            l.toks.get(l.skip_fill(i + nw)).map(|t| &t.kind),
            Some(TokKind::Num(_))
        );
        // Short forms ("segunda" for segunda-feira) are ordinary words alone.
        let full_name = nw > 1 || !l.g.abbreviations.contains(l.toks[i].text.as_ref());
        if introduced && !followed_by_number && full_name {
            return Some((vec![weekday_spec(w, 0)], i + nw));
        }
    }
    for (word, unit) in [
        (Lex::MonthWord, Unit::Month),
        (Lex::YearWord, Unit::Year),
        (Lex::WeekWord, Unit::Week),
    ] {
        if let Some((_, n)) = l.has(i, |x| x == word)
            && let Some((lex, nl)) = l.has(i + n, |x| matches!(x, Lex::Last | Lex::Next))
        {
            let dir = if lex == Lex::Last { -1 } else { 1 };
            return Some((relative_unit(unit, dir), i + n + nl));
        }
    }
    None
}

fn weekday_spec(w: u8, direction: i8) -> Spec {
    Spec::Calendar {
        year: None,
        month: None,
        day: None,
        weekday: Some(w),
        part: None,
        time: None,
        zone: None,
        direction,
    }
}

/// "last month" / "this year" after the direction word.
fn period(l: &Lexed, k: usize, dir: i32) -> Option<(Vec<Spec>, usize)> {
    for (word, unit) in [
        (Lex::MonthWord, Unit::Month),
        (Lex::YearWord, Unit::Year),
        (Lex::WeekWord, Unit::Week),
    ] {
        if let Some((_, n)) = l.has(k, |x| x == word) {
            return Some((relative_unit(unit, dir as i8), k + n));
        }
    }
    None
}

/// Weeks are spans, not dates: matched (so their words are consumed) but empty.
fn relative_unit(unit: Unit, dir: i8) -> Vec<Spec> {
    match unit {
        Unit::Month => vec![Spec::RelativeMonth(dir as i32)],
        Unit::Year => vec![Spec::RelativeYear(dir as i32)],
        _ => Vec::new(),
    }
}

/// `en 2019`, `im Jahr 2019`, `в 2019 году`.
fn year_marker(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    let (_, n) = l.has(i, |x| matches!(x, Lex::YearMarker))?;
    let k = l.skip_fill(i + n);
    let k = match l.has(k, |x| x == Lex::YearWord) {
        Some((_, n)) => l.skip_fill(k + n),
        None => k,
    };
    // After a year marker, history counts too: "im Jahr 1229".
    let year = l
        .num(k)
        .filter(|v| l.digits(k) == 4 && (1000..=2100).contains(v))? as i32;
    // "in 2000 gemeenten", "в 2000 школах": a count of things, not a year.
    // A year is followed by punctuation, a function word or a date word.
    if let Some(next) = l.toks.get(k + 1).filter(|t| t.kind == TokKind::Word)
        && l.has(k + 1, |_| true).is_none()
        && !l
            .g
            .stop_words
            .is_some_and(|sw| sw.contains(next.text.as_ref()))
        && (!l.g.nouns_capitalized || next.capital)
    {
        return None;
    }
    Some((vec![Spec::Year(year)], after_year_word(l, k + 1)))
}

/// A year standing alone at the end of a phrase ("…la réforme de 2019.",
/// "between 2019 and 2021") or a span of years ("1990-2000"). A number
/// followed by a word ("2000 employés") or a symbol ("2019 %") is a count.
fn bare_year(l: &Lexed, i: usize) -> Option<(Vec<Spec>, usize)> {
    if let TokKind::Group(parts, '-') = &l.toks[i].kind {
        let years: Vec<i32> = parts
            .iter()
            .filter(|(v, n)| *n == 4 && (1900..=2100).contains(v))
            .map(|(v, _)| *v as i32)
            .collect();
        return (parts.len() == 2 && years.len() == 2 && years[0] < years[1])
            .then(|| (years.into_iter().map(Spec::Year).collect(), i + 1));
    }
    let year = l.year(i)?;
    // "entre 2020 y 2021", "between 2019 and 2021": both years.
    if i > 0
        && l.has(i - 1, |x| x == Lex::RangeFrom).is_some()
        && let Some((_, nt)) = l.has(i + 1, |x| x == Lex::RangeTo)
        && let Some(second) = l.year(i + 1 + nt).filter(|y| *y > year)
    {
        return Some((vec![Spec::Year(year), Spec::Year(second)], i + 2 + nt));
    }
    // "после 2022 года": a year word after it says so.
    if let Some((_, n)) = l.has(i + 1, |x| x == Lex::YearWord) {
        return Some((vec![Spec::Year(year)], i + 1 + n));
    }
    let before_ok = i == 0
        || match &l.toks[i - 1].kind {
            TokKind::Word => !l.toks[i - 1].capital,
            TokKind::Punct(c) => matches!(c, '(' | ',' | '«' | '"' | '“' | '–' | '—'),
            _ => false,
        };
    let after_ok = match l.toks.get(i + 1).map(|t| &t.kind) {
        None => true,
        Some(TokKind::Punct(c)) => {
            matches!(c, ',' | '.' | ';' | ':' | ')' | '»' | '"' | '”' | '!' | '?')
        }
        _ => false,
    };
    (before_ok && after_ok).then(|| (vec![Spec::Year(year)], i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_numbers_and_times() {
        let t = tokenize("le 15/10/2020 vers 22h30, iOS 14.2 et 24/7.");
        let kinds: Vec<_> = t.iter().map(|t| t.kind.clone()).collect();
        assert_eq!(
            kinds[1],
            TokKind::Group(vec![(15, 2), (10, 2), (2020, 4)], '/')
        );
        assert_eq!(kinds[3], TokKind::HourMin(22, 30));
        assert_eq!(kinds[6], TokKind::Group(vec![(14, 2), (2, 1)], '.'));
    }
}
