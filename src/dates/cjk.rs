//! Numeric dates in Japanese and Chinese: `2020年10月15日`, `10月15日（木）`,
//! `10月下旬`, `2019年`, `5日`, `午後10時30分`, with the zone named before
//! the time (`日本時間`, `北京时间`).

use super::grammar::{Grammar, Lex, Unit};
use super::scan::{Found, Part, Spec};

struct Chars<'a> {
    text: &'a str,
    chars: Vec<(usize, char)>,
}

impl Chars<'_> {
    fn byte(&self, k: usize) -> usize {
        self.chars.get(k).map_or(self.text.len(), |(b, _)| *b)
    }
    fn is(&self, k: usize, set: &[char]) -> bool {
        self.chars.get(k).is_some_and(|(_, c)| set.contains(c))
    }
    /// A run of ASCII or full-width digits at `k`: value and length.
    fn number(&self, k: usize) -> Option<(u32, usize)> {
        let mut v = 0u32;
        let mut n = 0;
        while let Some(d) = self
            .chars
            .get(k + n)
            .and_then(|(_, c)| super::scan::digit_value(*c))
        {
            v = v.saturating_mul(10).saturating_add(d);
            n += 1;
        }
        (n > 0).then_some((v, n))
    }
    /// The longest lexicon phrase starting at char `k`.
    fn phrase(&self, g: &Grammar, k: usize, pred: impl Fn(Lex) -> bool) -> Option<(Lex, usize)> {
        if !self
            .chars
            .get(k)
            .is_some_and(|(_, c)| g.first_chars.contains(c))
        {
            return None;
        }
        let rest = &self.text[self.byte(k)..];
        (1..=8.min(self.chars.len() - k)).rev().find_map(|len| {
            let piece = &rest[..self.byte(k + len) - self.byte(k)];
            g.matches(&[piece])
                .find(|(l, n)| *n == 1 && pred(*l))
                .map(|(l, _)| (l, len))
        })
    }
}

pub fn scan(text: &str, g: &Grammar) -> Vec<Found> {
    let c = Chars {
        text,
        chars: text.char_indices().collect(),
    };
    let mut found = Vec::new();
    let mut k = 0;
    while k < c.chars.len() {
        if let Some((spec, end)) = date_at(&c, g, k) {
            found.extend(spec.into_iter().map(|s| Found {
                start: c.byte(k),
                end: c.byte(end),
                spec: s,
            }));
            k = end;
        } else {
            k += 1;
        }
    }
    found
}

/// "持续5日", "长达3天": an amount of time, not a date.
fn after_duration(c: &Chars, g: &Grammar, k: usize) -> bool {
    (1..=3.min(k)).any(|len| {
        c.phrase(g, k - len, |l| l == Lex::Duration)
            .is_some_and(|(_, n)| n == len)
    })
}

fn preceded_by_digit(c: &Chars, k: usize) -> bool {
    k > 0 && c.number(k - 1).is_some()
}

fn date_at(c: &Chars, g: &Grammar, k: usize) -> Option<(Vec<Spec>, usize)> {
    // Deictic days and "N日前".
    if let Some((lex, n)) = c.phrase(g, k, |l| l.deictic_offset().is_some())
        && let Some(offset) = lex.deictic_offset()
    {
        return Some((vec![Spec::Deictic(offset)], k + n));
    }
    // "去年8月", "今年3月", or "去年" alone.
    if let Some((lex, n)) = c.phrase(g, k, |l| matches!(l, Lex::LastYear | Lex::ThisYear)) {
        let offset = if lex == Lex::LastYear { -1 } else { 0 };
        if let Some((m, nm)) = c
            .number(k + n)
            .filter(|(m, nm)| c.is(k + n + nm, &['月']) && (1..=12).contains(m))
        {
            let direction = if offset < 0 {
                -super::scan::YEAR_DIRECTION
            } else {
                super::scan::THIS_YEAR
            };
            let spec = Spec::Calendar {
                year: None,
                month: Some(m as u8),
                day: None,
                weekday: None,
                part: None,
                time: None,
                zone: None,
                direction,
            };
            return Some((vec![spec], k + n + nm + 1));
        }
        return Some((vec![Spec::RelativeYear(offset)], k + n));
    }
    // A zone written before the time: 日本時間5日午前0時40分, 北京时间5月13日
    let (zone, k0) = match c.phrase(g, k, |l| matches!(l, Lex::Zone(_))) {
        Some((Lex::Zone(z), n)) => (g.zones.get(z as usize).cloned(), k + n),
        _ => (None, k),
    };
    if preceded_by_digit(c, k0) || after_duration(c, g, k0) {
        return None;
    }
    // Spelled amounts before a unit and "ago": 两天前, 三年前.
    if c.number(k0).is_none() {
        let (Lex::Number(amount), n) = c.phrase(g, k0, |l| matches!(l, Lex::Number(_)))? else {
            return None;
        };
        return ago(c, g, k0, amount, k0 + n);
    }
    let (first, n1) = c.number(k0)?;
    let mut j = k0 + n1;
    let (mut year, mut month, mut day) = (None, None, None);
    if c.is(j, &['年']) && n1 == 4 {
        year = Some(first as i32);
        j += 1;
        if let Some((m, n)) = c.number(j)
            && c.is(j + n, &['月'])
        {
            month = Some(m);
            j += n + 1;
            if let Some((d, n)) = c.number(j)
                && c.is(j + n, &['日', '号', '號'])
            {
                day = Some(d);
                j += n + 1;
            }
        }
    } else if c.is(j, &['月']) {
        month = Some(first);
        j += 1;
        if let Some((d, n)) = c.number(j)
            && c.is(j + n, &['日', '号', '號'])
        {
            day = Some(d);
            j += n + 1;
        }
    } else if c.is(j, &['日', '号', '號']) && n1 <= 2 {
        // "3日間": three days' time.
        if c.is(j + 1, &['間', '间']) {
            return None;
        }
        day = Some(first);
        j += 1;
    } else {
        // "2日前", "3か月前"
        return ago(c, g, k0, first, j);
    }
    if let Some(m) = month
        && !(1..=12).contains(&m)
    {
        return None;
    }
    if let Some(d) = day {
        if !(1..=31).contains(&d) {
            return None;
        }
        // "2日前" — a span back, not the 2nd.
        if month.is_none()
            && year.is_none()
            && let Some((_, n)) = c.phrase(g, j, |l| l == Lex::AgoAfter)
        {
            return Some((vec![Spec::Ago(d, Unit::Day)], j + n));
        }
    }
    let mut specs = Vec::new();
    let mut part = None;
    if day.is_none()
        && month.is_some()
        && let Some((lex, n)) = c.phrase(g, j, |l| matches!(l, Lex::Early | Lex::Mid | Lex::Late))
    {
        part = Some(match lex {
            Lex::Early => Part::Early,
            Lex::Mid => Part::Mid,
            _ => Part::Late,
        });
        j += n;
    }
    // Weekday after the day: （月）, 星期一
    let mut weekday = None;
    if day.is_some() {
        let mut w = j;
        let parenthesized = c.is(w, &['（', '(']);
        if parenthesized {
            w += 1;
        }
        // One-character weekdays ("（日）") only in parentheses: bare "日" is too common.
        let found = c.phrase(g, w, |l| matches!(l, Lex::Weekday(_)));
        let closed = |n: usize| c.is(w + n, &['）', ')']);
        if let Some((Lex::Weekday(d), n)) =
            found.filter(|(_, n)| (parenthesized && closed(*n)) || *n > 1)
        {
            weekday = Some(d);
            j = w + n;
            if c.is(j, &['）', ')']) {
                j += 1;
            }
        }
    }
    if month.is_none() && day.is_none() {
        // A bare year: "2019年".
        specs.push(Spec::Year(year?));
        return Some((specs, j));
    }
    let time = time_at(c, g, j);
    let (time, zone, end) = match time {
        Some((t, e)) => (Some(t), zone, e),
        None => (None, zone, j),
    };
    let zone = if time.is_some() { zone } else { None };
    specs.push(Spec::Calendar {
        year,
        month: month.map(|m| m as u8),
        day: day.map(|d| d as u8),
        weekday,
        part,
        time,
        zone,
        direction: 0,
    });
    // Ranges: 3月12日から14日 / 3月12日至14日
    if let (Some(m), Some(d1)) = (month, day) {
        let mut r = end;
        if c.is(r, &['～', '〜', '-', '－', '至', '到']) {
            r += 1;
        } else if c.text[c.byte(r)..].starts_with("から") {
            r += 2;
        } else {
            return Some((specs, end));
        }
        let (mm, rr) = match c.number(r) {
            Some((v, n)) if c.is(r + n, &['月']) => (v, r + n + 1),
            _ => (m, r),
        };
        if let Some((d2, n)) = c.number(rr)
            && c.is(rr + n, &['日', '号', '號'])
            && (1..=31).contains(&d2)
            && (mm != m || d2 > d1)
        {
            specs.push(Spec::Calendar {
                year,
                month: Some(mm as u8),
                day: Some(d2 as u8),
                weekday: None,
                part: None,
                time: None,
                zone: None,
                direction: 0,
            });
            return Some((specs, rr + n + 1));
        }
    }
    Some((specs, end))
}

/// `午後10時30分`, `22時`, `晚上8点30分`.
fn time_at(c: &Chars, g: &Grammar, mut k: usize) -> Option<((u8, u8), usize)> {
    let mut pm = false;
    if let Some((lex, n)) = c.phrase(g, k, |l| matches!(l, Lex::Am | Lex::Pm)) {
        pm = lex == Lex::Pm;
        k += n;
    }
    let (h, n) = c.number(k)?;
    let mut j = k + n;
    let (_, tn) = c.phrase(g, j, |l| l == Lex::TimeWord)?;
    j += tn;
    let mut m = 0;
    if let Some((mm, n)) = c.number(j)
        && c.is(j + n, &['分'])
    {
        m = mm;
        j += n + 1;
    }
    let h = if pm && h < 12 { h + 12 } else { h };
    (h < 24 && m < 60).then_some(((h as u8, m as u8), j))
}

/// "2日前", "3年前": an amount of a unit back from the reference.
fn ago(c: &Chars, g: &Grammar, _k: usize, amount: u32, j: usize) -> Option<(Vec<Spec>, usize)> {
    let (Lex::Unit(unit), n) = c.phrase(g, j, |l| matches!(l, Lex::Unit(_)))? else {
        return None;
    };
    let (_, m) = c.phrase(g, j + n, |l| l == Lex::AgoAfter)?;
    Some((vec![Spec::Ago(amount, unit)], j + n + m))
}
