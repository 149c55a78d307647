//! Per-language date grammars: the tables of `data/dates/{lang}.toml`, turned
//! into a lexicon the scanner looks words and phrases up in.

use std::collections::HashMap;
use std::sync::OnceLock;

use include_dir::{Dir, include_dir};
use serde::Deserialize;

static TABLES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/data/dates");

/// Field order of all-numeric dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    #[default]
    Dmy,
    Mdy,
    Ymd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What a word or phrase means to the date scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lex {
    Month(u8),
    Weekday(u8),
    Filler,
    DaySuffix,
    Today,
    Yesterday,
    DayBeforeYesterday,
    Tomorrow,
    Last,
    Next,
    This,
    Early,
    Mid,
    Late,
    YearMarker,
    AgoBefore,
    AgoAfter,
    Unit(Unit),
    Number(u32),
    RangeFrom,
    RangeTo,
    TimeWord,
    Am,
    Pm,
    /// Index into [`Grammar::zones`].
    Zone(u16),
    Duration,
    Published,
    Updated,
    WeekWord,
    MonthWord,
    YearWord,
    /// "去年", "昨年": last year, as one word.
    LastYear,
    /// "今年": this year, as one word.
    ThisYear,
    /// A phrase that looks like a date word but is not one ("la mañana",
    /// the morning): the scanner steps over it.
    NotDate,
}

impl Lex {
    /// Days from the reference for a deictic day word: yesterday = -1.
    pub fn deictic_offset(self) -> Option<i32> {
        match self {
            Lex::Today => Some(0),
            Lex::Yesterday => Some(-1),
            Lex::DayBeforeYesterday => Some(-2),
            Lex::Tomorrow => Some(1),
            _ => None,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Table {
    order: Order,
    months_capitalized: bool,
    /// German capitalises nouns: "in 2000 Gemeinden" is a count, "Seit 2018
    /// speichert" a year.
    nouns_capitalized: bool,
    /// Entries that take a dot when abbreviated ("mrt."), beyond those the
    /// prefix rule finds.
    abbreviations: Vec<String>,
    months: Vec<Vec<String>>,
    weekdays: Vec<Vec<String>>,
    fillers: Vec<String>,
    day_suffixes: Vec<String>,
    today: Vec<String>,
    yesterday: Vec<String>,
    day_before_yesterday: Vec<String>,
    tomorrow: Vec<String>,
    last: Vec<String>,
    next: Vec<String>,
    this: Vec<String>,
    early: Vec<String>,
    mid: Vec<String>,
    late: Vec<String>,
    year_markers: Vec<String>,
    ago_before: Vec<String>,
    ago_after: Vec<String>,
    units: HashMap<String, Vec<String>>,
    week_words: Vec<String>,
    month_words: Vec<String>,
    year_words: Vec<String>,
    numbers: HashMap<String, u32>,
    range_from: Vec<String>,
    range_to: Vec<String>,
    time_words: Vec<String>,
    am: Vec<String>,
    pm: Vec<String>,
    zones: HashMap<String, String>,
    durations: Vec<String>,
    last_year: Vec<String>,
    this_year: Vec<String>,
    not_dates: Vec<String>,
    published: Vec<String>,
    updated: Vec<String>,
}

/// A language's date lexicon. Phrases are stored as token sequences keyed by
/// their first token, longest first, so the scanner matches greedily.
#[derive(Debug, Default)]
pub struct Grammar {
    pub order: Order,
    /// Keyed by first token; Fx hashing, as this lookup runs for every word scanned.
    phrases: rustc_hash::FxHashMap<String, Vec<(Vec<String>, Lex)>>,
    pub zones: Vec<String>,
    /// Day suffixes glued to the number: "1er", "2nd".
    pub day_suffixes: Vec<String>,
    /// Whether month names exist in this table (ja/zh use numeric forms).
    pub has_month_names: bool,
    /// English and German capitalise month names; elsewhere a capital marks a name.
    pub months_capitalized: bool,
    pub nouns_capitalized: bool,
    /// Whether times are written "2 p.m." in this language.
    pub twelve_hour: bool,
    /// Month and weekday entries other than the full names: only these take
    /// a dot ("déc.", "Oct."); after a full name a dot ends the sentence.
    pub abbreviations: rustc_hash::FxHashSet<String>,
    /// The language's stop words: after "en 2008" a function word ("para")
    /// keeps the year, a noun ("gemeenten") makes it a count.
    pub stop_words: Option<&'static crate::langdata::StopWords>,
    /// First characters of all phrases: lets the CJK scanner, which has no
    /// word boundaries, skip positions where no phrase can start.
    pub first_chars: rustc_hash::FxHashSet<char>,
    /// Month, weekday and deictic words (any case), for [`Grammar::may_contain_date`].
    anchors: Option<aho_corasick::AhoCorasick>,
}

/// Entries that shorten the full name ("déc" of "décembre", "segunda" of
/// "segunda-feira"), unlike inflected forms ("декабря") or compounds
/// ("maandagavond" does not make "maandag" short).
/// Only these take a dot.
fn abbreviations(names: &[String]) -> Vec<String> {
    names
        .iter()
        .map(|n| n.to_lowercase())
        .filter(|n| {
            names.first().is_some_and(|full| {
                full.chars().count() > n.chars().count()
                    && full.to_lowercase().starts_with(n.as_str())
            })
        })
        .collect()
}

/// Splits text the way the scanner does, for phrase keys.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    super::scan::tokenize(phrase)
        .into_iter()
        .map(|t| t.text.into_owned())
        .collect()
}

impl Grammar {
    fn from_table(t: Table) -> Grammar {
        let mut g = Grammar {
            order: t.order,
            day_suffixes: t.day_suffixes.clone(),
            has_month_names: !t.months.is_empty(),
            months_capitalized: t.months_capitalized,
            nouns_capitalized: t.nouns_capitalized,
            twelve_hour: !t.pm.is_empty(),
            ..Grammar::default()
        };
        g.abbreviations
            .extend(t.abbreviations.iter().map(|a| a.to_lowercase()));
        for (i, names) in t.months.iter().enumerate() {
            for n in names {
                g.add(n, Lex::Month(i as u8 + 1));
            }
            g.abbreviations.extend(abbreviations(names));
        }
        for (i, names) in t.weekdays.iter().enumerate() {
            for n in names {
                g.add(n, Lex::Weekday(i as u8));
            }
            g.abbreviations.extend(abbreviations(names));
        }
        let simple: [(&Vec<String>, Lex); 25] = [
            (&t.fillers, Lex::Filler),
            (&t.day_suffixes, Lex::DaySuffix),
            (&t.today, Lex::Today),
            (&t.yesterday, Lex::Yesterday),
            (&t.day_before_yesterday, Lex::DayBeforeYesterday),
            (&t.tomorrow, Lex::Tomorrow),
            (&t.last, Lex::Last),
            (&t.next, Lex::Next),
            (&t.this, Lex::This),
            (&t.early, Lex::Early),
            (&t.mid, Lex::Mid),
            (&t.late, Lex::Late),
            (&t.year_markers, Lex::YearMarker),
            (&t.ago_before, Lex::AgoBefore),
            (&t.ago_after, Lex::AgoAfter),
            (&t.week_words, Lex::WeekWord),
            (&t.month_words, Lex::MonthWord),
            (&t.year_words, Lex::YearWord),
            (&t.range_from, Lex::RangeFrom),
            (&t.range_to, Lex::RangeTo),
            (&t.time_words, Lex::TimeWord),
            (&t.am, Lex::Am),
            (&t.pm, Lex::Pm),
            (&t.durations, Lex::Duration),
            (&t.published, Lex::Published),
        ];
        for (list, lex) in simple {
            for p in list {
                g.add(p, lex);
            }
        }
        for p in &t.updated {
            g.add(p, Lex::Updated);
        }
        for p in &t.last_year {
            g.add(p, Lex::LastYear);
        }
        for p in &t.this_year {
            g.add(p, Lex::ThisYear);
        }
        for p in &t.not_dates {
            g.add(p, Lex::NotDate);
        }
        for (unit, words) in &t.units {
            let unit = match unit.as_str() {
                "day" => Unit::Day,
                "week" => Unit::Week,
                "month" => Unit::Month,
                "year" => Unit::Year,
                _ => continue,
            };
            for w in words {
                g.add(w, Lex::Unit(unit));
            }
        }
        for (word, n) in &t.numbers {
            g.add(word, Lex::Number(*n));
        }
        let mut zones: Vec<(&String, &String)> = t.zones.iter().collect();
        zones.sort();
        for (phrase, iana) in zones {
            g.add(phrase, Lex::Zone(g.zones.len() as u16));
            g.zones.push(iana.clone());
        }
        let mut anchors: Vec<String> = Vec::new();
        let lists = t.months.iter().chain(&t.weekdays).chain([
            &t.today,
            &t.yesterday,
            &t.day_before_yesterday,
            &t.tomorrow,
        ]);
        for word in lists
            .flatten()
            .chain(&t.ago_before)
            .chain(&t.ago_after)
            .chain(&t.year_words)
            .chain(&t.month_words)
        {
            let lower = word.to_lowercase();
            let mut chars = lower.chars();
            if let Some(first) = chars.next() {
                anchors.push(first.to_uppercase().chain(chars).collect());
            }
            anchors.push(lower);
        }
        if !anchors.is_empty() {
            g.anchors = aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&anchors)
                .ok();
        }
        for list in g.phrases.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
            list.dedup();
        }
        g
    }

    fn add(&mut self, phrase: &str, lex: Lex) {
        let tokens = phrase_tokens(&phrase.to_lowercase());
        if let Some(c) = tokens.first().and_then(|t| t.chars().next()) {
            self.first_chars.insert(c);
        }
        if let Some(first) = tokens.first() {
            self.phrases
                .entry(first.clone())
                .or_default()
                .push((tokens, lex));
        }
    }

    /// Every phrase starting at `tokens[0]`, longest first, with its length.
    pub fn matches<'a, S: AsRef<str>>(
        &'a self,
        tokens: &'a [S],
    ) -> impl Iterator<Item = (Lex, usize)> + 'a {
        tokens
            .first()
            .and_then(|t| self.phrases.get(t.as_ref()))
            .into_iter()
            .flatten()
            .filter(move |(p, _)| {
                p.len() <= tokens.len() && p.iter().zip(tokens).all(|(a, b)| a == b.as_ref())
            })
            .map(|(p, lex)| (*lex, p.len()))
    }

    /// Whether a lowercase word names a month, a weekday or a deictic day:
    /// capitalised in some languages, but never a name.
    pub fn is_calendar_word(&self, lower: &str) -> bool {
        self.matches(&[lower]).any(|(lex, n)| {
            n == 1
                && matches!(
                    lex,
                    Lex::Month(_) | Lex::Weekday(_) | Lex::Today | Lex::Yesterday | Lex::Tomorrow
                )
        })
    }

    /// Whether `text` may hold a date at all: a digit, or a word that only
    /// dates use (month, weekday, deictic day). Most sentences have neither,
    /// and this test is far cheaper than scanning them.
    pub fn may_contain_date(&self, text: &str) -> bool {
        crate::text::has_digit(text)
            || self.anchors.as_ref().is_some_and(|a| {
                // Whole words only: "ma" or "г" inside other words say nothing.
                a.find_overlapping_iter(text).any(|m| {
                    text[m.start()..m.end()]
                        .chars()
                        .any(crate::text::is_unspaced_char)
                        || crate::text::is_whole_word(text, m.start(), m.end())
                })
            })
    }
}

/// The grammar for `lang`: its table when there is one, else month and
/// weekday names generated from locale data, else numeric forms only.
pub fn grammar(lang: &str) -> &'static Grammar {
    static ALL: OnceLock<HashMap<String, Grammar>> = OnceLock::new();
    static GENERATED: OnceLock<std::sync::Mutex<HashMap<String, &'static Grammar>>> =
        OnceLock::new();
    let all = ALL.get_or_init(|| {
        TABLES
            .files()
            .filter_map(|f| {
                let name = f.path().file_name()?.to_str()?;
                let code = name.strip_suffix(".toml")?;
                let text = f.contents_utf8()?;
                // Tables ship inside the binary and are tested; a broken one is a bug.
                let table: Table =
                    toml::from_str(text).unwrap_or_else(|e| panic!("data/dates/{name}: {e}"));
                let mut g = Grammar::from_table(table);
                g.stop_words = Some(&crate::langdata::lang_data(code).stop_words);
                Some((code.to_string(), g))
            })
            .chain(std::iter::once((String::new(), Grammar::default())))
            .collect()
    });
    if let Some(g) = all.get(lang) {
        return g;
    }
    let generated = GENERATED.get_or_init(Default::default);
    let mut map = generated.lock().unwrap_or_else(|e| e.into_inner());
    // One grammar per language code ever seen, so the leak is bounded by the
    // number of languages; every thread shares it afterwards.
    let g: &'static Grammar =
        map.entry(lang.to_string())
            .or_insert_with(|| match super::generated::locale_names(lang) {
                Some(names) => Box::leak(Box::new(Grammar {
                    stop_words: Some(&crate::langdata::lang_data(lang).stop_words),
                    ..Grammar::from_table(Table {
                        order: names.order,
                        months: names.months,
                        weekdays: names.weekdays,
                        ..Table::default()
                    })
                })),
                None => &all[""],
            });
    g
}

/// Codes of the languages with a full grammar table.
pub fn grammar_languages() -> Vec<String> {
    let mut codes: Vec<String> = TABLES
        .files()
        .filter_map(|f| {
            f.path()
                .file_name()?
                .to_str()?
                .strip_suffix(".toml")
                .map(str::to_string)
        })
        .collect();
    codes.sort();
    codes
}
