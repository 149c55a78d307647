//! Topics of one article, part of stage 4 (analyze): the names it is about
//! (entities), the kinds of incident it reports, the places it names, the
//! site's own topics — each with a stable ASCII id and a salience score —
//! and what the link stage needs to group articles into incidents: the
//! date of the event and the other incidents the article mentions.
//!
//! Hand-written, like the date grammar, because no crate finds topics in
//! news text across languages: [`tables`] holds the built-in vocabulary
//! (incident types per language, places from CLDR), [`matcher`] finds its
//! phrases on stems, [`entities`] finds names from capitalisation and
//! context, [`site`] compiles the topics a site defines in `site.toml`.

pub mod entities;
pub mod matcher;
pub mod site;
pub mod tables;
pub mod tokens;

use rustc_hash::FxHashMap as HashMap;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use crate::dates::{DatedFact, Precision};
use crate::model::{Block, BlockKind};

pub use site::SiteTopics;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TopicKind {
    /// An organisation, product, person, handle or title.
    Entity,
    /// A kind of incident: outage, data breach…
    IncidentType,
    /// A country or region.
    Place,
    /// A topic a curator named (front matter or site.toml) that is none of the above.
    Custom,
}

impl TopicKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TopicKind::Entity => "entity",
            TopicKind::IncidentType => "incident_type",
            TopicKind::Place => "place",
            TopicKind::Custom => "custom",
        }
    }
}

/// One topic of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    pub id: String,
    pub kind: TopicKind,
    /// The name as this article writes it (entities), else the topic's name
    /// in the article's language.
    pub name: String,
    pub score: f32,
    /// A capitalised word that may be a common noun (German, seen once):
    /// it counts only where another article confirms the name.
    pub tentative: bool,
}

/// Another incident an article reports in passing: "Sony Pictures, hacked
/// in November" in a story about a Twitter outage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Secondary {
    pub entity: String,
    pub kind: String,
    /// The dates its paragraph gives, as a range; none when it gives none.
    pub from: Option<Date>,
    pub to: Option<Date>,
}

/// What topic detection says about an article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleTopics {
    /// Most salient first.
    pub mentions: Vec<Mention>,
    /// When the event reported happened: the first dated day near the
    /// publication date, else the publication date.
    pub event_date: Option<Date>,
    /// Without a year anywhere (no publication date, "le 19 juillet"): the
    /// month and day of the event, for the link stage to place.
    pub event_day: Option<(i8, i8)>,
    pub secondary: Vec<Secondary>,
}

/// What detection reads of an article.
pub struct Input<'a> {
    pub lang: &'a str,
    pub headline: &'a str,
    pub lede: &'a str,
    pub body: &'a [Block],
    /// Topics the curator wrote in front matter: ids or names.
    pub front_matter: &'a [String],
    pub facts: &'a [DatedFact],
    pub published: Option<Date>,
}

/// Salience of a word by where it stands.
const HEADLINE_WEIGHT: f32 = 3.0;
const LEDE_WEIGHT: f32 = 2.0;
const BODY_WEIGHT: f32 = 1.0;
const CAPTION_WEIGHT: f32 = 0.5;
/// A curator's front matter topic outranks anything found in the text.
const FRONT_MATTER_SCORE: f32 = 10.0;
/// An incident type is a topic of the article when its words stand in the
/// headline or lede, or twice in the body. Body mentions count at most this
/// much: background paragraphs about other incidents must not outweigh the
/// headline's.
const INCIDENT_MIN_SCORE: f32 = 2.0;
const INCIDENT_BODY_CAP: f32 = 3.0;
/// Most entities and places kept per article.
const MAX_ENTITIES: usize = 12;
const MAX_PLACES: usize = 6;
const MAX_SECONDARY: usize = 6;
/// An event is reported within two weeks; a dated day in that window before
/// the publication date is the event's.
const EVENT_WINDOW_DAYS: i64 = 14;

/// Which vocabulary a phrase hit belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Source {
    Builtin(u32),
    Site(u32),
}

/// A title in which every word is capitalised ("Facebook Outage Hits
/// Millions"): its capitals say nothing about names.
fn is_title_case(tokens: &[tokens::Token], stop_words: &crate::langdata::StopWords) -> bool {
    let content: Vec<&tokens::Token> = tokens
        .iter()
        .filter(|t| t.case() != tokens::Case::None)
        .filter(|t| !stop_words.contains(t.lower.as_ref()))
        .collect();
    content.len() >= 3
        && content.iter().filter(|t| t.is_namelike()).count() * 4 >= content.len() * 3
}

/// Words between a denial and the incident word it denies: "rejects the
/// hypothesis of a hack", "kein Hinweis auf einen Cyberangriff".
const DENIAL_WINDOW_WORDS: usize = 6;
/// The same in unspaced scripts, in bytes (about ten characters).
const DENIAL_WINDOW_BYTES: usize = 30;

/// The incident words denied in their sentence (by where they start):
/// outage coverage says "not a cyberattack" all the time, and that is not a
/// cyberattack. A denial takes the first incident word after it, within a
/// few words and in its sentence: "rules out a cyberattack and blames the
/// outage on a bug" still reports an outage.
fn denied_starts(
    denials: &[matcher::Hit],
    kind_starts: &[usize],
    tokens: &[tokens::Token],
    found: &[(Source, matcher::Hit)],
) -> Vec<usize> {
    let token_of = |start: usize| {
        found
            .iter()
            .find(|(_, h)| h.start == start)
            .and_then(|(_, h)| h.tokens)
            .map(|t| t.0)
    };
    let mut starts: Vec<usize> = kind_starts.to_vec();
    starts.sort_unstable();
    starts.dedup();
    let mut out = Vec::new();
    for d in denials {
        let Some(&first) = starts.iter().find(|&&s| s >= d.end) else {
            continue;
        };
        let near = match (d.tokens, token_of(first)) {
            (Some((_, d_end)), Some(h)) => {
                h >= d_end
                    && h - d_end <= DENIAL_WINDOW_WORDS
                    && !tokens[d_end..=h].iter().any(|t| t.initial)
            }
            _ => first - d.end <= DENIAL_WINDOW_BYTES,
        };
        if near {
            out.push(first);
        }
    }
    out
}

/// A one-word place inside a longer name is not the place: "Japan
/// Airlines", and "Frances Haugen", whose first name stems like "France".
/// ("во Франции Renault" is two names: scripts differ.)
fn in_longer_name(
    tokens: &[tokens::Token],
    i: usize,
    stop_words: &crate::langdata::StopWords,
    joiners: &rustc_hash::FxHashSet<String>,
) -> bool {
    let t = &tokens[i];
    let joins = |n: &tokens::Token| {
        n.is_namelike()
            && tokens::script(n.text) == tokens::script(t.text)
            && !stop_words.contains(n.lower.as_ref())
    };
    // "Bank of America": a name, a joiner, then the place word.
    let after_joiner = i >= 2
        && t.space_before
        && tokens[i - 1].space_before
        && joiners.contains(tokens[i - 1].lower.as_ref())
        && joins(&tokens[i - 2]);
    after_joiner
        || (i > 0 && t.space_before && !tokens[i - 1].initial && joins(&tokens[i - 1]))
        || tokens
            .get(i + 1)
            .is_some_and(|n| n.space_before && joins(n))
}

pub fn detect(input: &Input, site: &SiteTopics) -> ArticleTopics {
    let catalogue = tables::catalogue();
    let lang_topics = catalogue.lang(input.lang);
    let site_matcher = site.matcher(input.lang);
    let stop_words = &crate::langdata::lang_data(input.lang).stop_words;
    let lexicon = entities::Lexicon {
        lang: lang_topics,
        stop_words,
        grammar: crate::dates::grammar::grammar(input.lang),
        not_topics: &lang_topics.not_topics,
    };
    let mut texts: Vec<(&str, f32)> = vec![(input.headline, HEADLINE_WEIGHT)];
    if !input.lede.is_empty() {
        texts.push((input.lede, LEDE_WEIGHT));
    }
    for b in input.body {
        let weight = match b.kind {
            BlockKind::Paragraph | BlockKind::SubHeading => BODY_WEIGHT,
            BlockKind::Caption => CAPTION_WEIGHT,
            _ => continue,
        };
        texts.push((&b.text, weight));
    }
    // Vocabulary first: words of an incident phrase, a place or a site
    // topic are not read as names.
    let mut parts = Vec::with_capacity(texts.len());
    let mut keys = matcher::Keys::default();
    let mut hits_per_part: Vec<Vec<Source>> = Vec::with_capacity(texts.len());
    // (score, body score, first position) per vocabulary topic.
    let mut vocab: HashMap<Source, (f32, f32, usize)> = HashMap::default();
    for (pi, (text, weight)) in texts.into_iter().enumerate() {
        let toks = tokens::tokenize(text);
        let mut covered = vec![false; toks.len()];
        // One language, one stemmer: the matchers share word keys.
        let builtin = lang_topics.matcher.find_with(text, &toks, &mut keys);
        let own = site_matcher.find_with(text, &toks, &mut keys);
        let denials = lang_topics.negations.find_with(text, &toks, &mut keys);
        let found: Vec<(Source, matcher::Hit)> = builtin
            .into_iter()
            .map(|h| (Source::Builtin(h.target), h))
            .chain(own.into_iter().map(|h| (Source::Site(h.target), h)))
            .collect();
        let is_kind = |source: Source| {
            matches!(source, Source::Builtin(i)
                if catalogue.topics[i as usize].kind == TopicKind::IncidentType)
        };
        let kind_starts: Vec<usize> = found
            .iter()
            .filter(|(s, _)| is_kind(*s))
            .map(|(_, h)| h.start)
            .collect();
        let denied = denied_starts(&denials, &kind_starts, &toks, &found);
        let mut here = Vec::new();
        for (source, hit) in found {
            if let (Source::Builtin(i), Some((a, b))) = (source, hit.tokens)
                && b - a == 1
                && catalogue.topics[i as usize].kind == TopicKind::Place
                && !lexicon.grammar.nouns_capitalized
                && toks[a].is_namelike()
                && in_longer_name(&toks, a, stop_words, &lang_topics.joiners)
            {
                continue;
            }
            if let Some((a, b)) = hit.tokens {
                covered[a..b].iter_mut().for_each(|c| *c = true);
            }
            if is_kind(source) && denied.contains(&hit.start) {
                continue;
            }
            let entry = vocab.entry(source).or_insert((0.0, 0.0, usize::MAX));
            entry.0 += weight;
            if weight <= BODY_WEIGHT {
                entry.1 += weight;
            }
            let at = entities::position(pi, hit.tokens.map_or(0, |t| t.0));
            entry.2 = entry.2.min(at);
            here.push(source);
        }
        let title_case = pi == 0 && is_title_case(&toks, stop_words);
        parts.push(entities::Part {
            text,
            weight,
            title_case,
            tokens: toks,
            covered,
        });
        hits_per_part.push(here);
    }
    let candidates = entities::candidates(&mut parts, &mut keys, &lexicon);
    imply_broader_kinds(&mut vocab, catalogue);

    let mut mentions: Vec<(Mention, usize)> = Vec::new();
    let add = |m: Mention, first: usize, mentions: &mut Vec<(Mention, usize)>| match mentions
        .iter_mut()
        .find(|(x, _)| x.id == m.id)
    {
        Some((x, f)) => {
            x.score += m.score;
            x.tentative &= m.tentative;
            *f = (*f).min(first);
        }
        None => mentions.push((m, first)),
    };
    for (i, name) in input.front_matter.iter().enumerate() {
        let (id, kind, display) = site.resolve_name(name, input.lang);
        add(
            Mention {
                id,
                kind,
                name: display,
                score: FRONT_MATTER_SCORE,
                tentative: false,
            },
            i,
            &mut mentions,
        );
    }
    for (source, (score, body, first)) in &vocab {
        let (id, kind, name) = match *source {
            Source::Builtin(i) => {
                let t = &catalogue.topics[i as usize];
                (
                    t.id.clone(),
                    t.kind,
                    display_name(&t.names, input.lang, &t.id),
                )
            }
            Source::Site(i) => {
                let t = &site.topics[i as usize];
                (t.id.clone(), t.kind, t.name(input.lang).to_string())
            }
        };
        let score = if kind == TopicKind::IncidentType {
            let capped = score - body + body.min(INCIDENT_BODY_CAP);
            if capped < INCIDENT_MIN_SCORE {
                continue;
            }
            capped
        } else {
            *score
        };
        add(
            Mention {
                id,
                kind,
                name,
                score,
                tentative: false,
            },
            *first,
            &mut mentions,
        );
    }
    let mut entity_of_candidate: Vec<Option<String>> = Vec::with_capacity(candidates.len());
    for c in &candidates {
        let Some((id, kind)) = site.entity_id(&c.name) else {
            entity_of_candidate.push(None);
            continue;
        };
        entity_of_candidate.push(Some(id.clone()));
        add(
            Mention {
                id,
                kind,
                name: c.name.clone(),
                score: c.score,
                tentative: c.tentative,
            },
            c.first,
            &mut mentions,
        );
    }
    mentions.sort_by(|(a, fa), (b, fb)| {
        b.score
            .total_cmp(&a.score)
            .then(fa.cmp(fb))
            .then_with(|| a.id.cmp(&b.id))
    });
    let (mut entities, mut places) = (0, 0);
    if debug_topics() {
        for (m, first) in &mentions {
            eprintln!(
                "topic {:<14} {:<30} score {:5.1} first {first}{}",
                m.kind.as_str(),
                m.id,
                m.score,
                if m.tentative { " (tentative)" } else { "" }
            );
        }
    }
    let mentions: Vec<Mention> = mentions
        .into_iter()
        .map(|(m, _)| m)
        .filter(|m| match m.kind {
            TopicKind::Entity => {
                entities += 1;
                entities <= MAX_ENTITIES
            }
            TopicKind::Place => {
                places += 1;
                places <= MAX_PLACES
            }
            _ => true,
        })
        .collect();
    let event_date = event_date(input.facts, input.published);
    let event_day = event_date
        .is_none()
        .then(|| {
            input.facts.iter().find_map(|f| {
                let v = &f.value;
                match (v.year, v.month, v.day) {
                    (None, Some(m), Some(d)) => Some((m, d)),
                    _ => None,
                }
            })
        })
        .flatten();
    let secondary = secondary_incidents(
        &mentions,
        &candidates,
        &entity_of_candidate,
        &hits_per_part,
        &parts,
        catalogue,
        input.facts,
    );
    ArticleTopics {
        mentions,
        event_date,
        event_day,
        secondary,
    }
}

/// A ransomware attack is a cyberattack too: a broader kind is as salient
/// as the kinds it covers, so both are the article's topics, and counts as
/// mentioned just after them, so the specific one stays first on a tie.
fn imply_broader_kinds(vocab: &mut HashMap<Source, (f32, f32, usize)>, cat: &tables::Catalogue) {
    for &(child, parent) in &cat.implies {
        let Some(&(score, body, first)) = vocab.get(&Source::Builtin(child)) else {
            continue;
        };
        let p = vocab
            .entry(Source::Builtin(parent))
            .or_insert((0.0, 0.0, first + 1));
        if p.0 < score {
            *p = (score, body, p.2.max(first + 1));
        }
    }
}

/// `DEPECHE_DEBUG_TOPICS=1 depeche extract FILE` prints every topic found,
/// with its score, before the per-article caps; read once.
fn debug_topics() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("DEPECHE_DEBUG_TOPICS").is_some())
}

/// A name in `lang`, else in English, else any, else the id.
pub fn display_name(
    names: &std::collections::BTreeMap<String, String>,
    lang: &str,
    id: &str,
) -> String {
    names
        .get(lang)
        .or_else(|| names.get("en"))
        .or_else(|| names.values().next())
        .cloned()
        .unwrap_or_else(|| id.to_string())
}

fn day_of(f: &DatedFact) -> Option<Date> {
    matches!(f.precision, Precision::Day | Precision::Minute)
        .then(|| f.value.civil_date())
        .flatten()
}

/// The day the reported event happened. News leads with it: the first
/// dated day of the text within two weeks before the publication (or a day
/// after, for time zones); without a publication date, the first dated day.
pub fn event_date(facts: &[DatedFact], published: Option<Date>) -> Option<Date> {
    match published {
        Some(p) => {
            let earliest = p.checked_sub(EVENT_WINDOW_DAYS.days()).unwrap_or(p);
            let latest = p.checked_add(1.day()).unwrap_or(p);
            facts
                .iter()
                .filter_map(day_of)
                .find(|d| (earliest..=latest).contains(d))
                .or(Some(p))
        }
        None => facts.iter().filter_map(day_of).next(),
    }
}

/// The range of days a fact's value covers.
fn fact_range(f: &DatedFact) -> Option<(Date, Date)> {
    let v = &f.value;
    let year = v.year?;
    match (v.month, v.day) {
        (Some(m), Some(d)) => {
            let day = Date::new(year, m, d).ok()?;
            Some((day, day))
        }
        (Some(m), None) => {
            let first = Date::new(year, m, 1).ok()?;
            Some((first, first.last_of_month()))
        }
        _ => None,
    }
}

/// Incidents a paragraph reports besides the article's own: an incident
/// word and a name other than the main one, in one paragraph, with the
/// dates the paragraph gives.
fn secondary_incidents(
    mentions: &[Mention],
    candidates: &[entities::Candidate],
    entity_of_candidate: &[Option<String>],
    hits_per_part: &[Vec<Source>],
    parts: &[entities::Part],
    catalogue: &tables::Catalogue,
    facts: &[DatedFact],
) -> Vec<Secondary> {
    let main_entity = mentions
        .iter()
        .find(|m| m.kind == TopicKind::Entity && !m.tentative)
        .map(|m| m.id.as_str());
    let main_kind = mentions
        .iter()
        .find(|m| m.kind == TopicKind::IncidentType)
        .map(|m| m.id.as_str());
    let mut out: Vec<(Secondary, f32)> = Vec::new();
    for (pi, sources) in hits_per_part.iter().enumerate() {
        let kinds: Vec<&str> = sources
            .iter()
            .filter_map(|s| match s {
                Source::Builtin(i) => {
                    let t = &catalogue.topics[*i as usize];
                    (t.kind == TopicKind::IncidentType).then_some(t.id.as_str())
                }
                Source::Site(_) => None,
            })
            .collect();
        if kinds.is_empty() {
            continue;
        }
        let range = facts
            .iter()
            .filter(|f| parts[pi].text.contains(f.sentence.as_str()))
            .filter_map(fact_range)
            .fold(None, |acc: Option<(Date, Date)>, (a, b)| {
                Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b))))
            });
        for (c, id) in candidates.iter().zip(entity_of_candidate) {
            let Some(id) = id else { continue };
            if c.tentative || !c.parts.contains(&pi) {
                continue;
            }
            for &kind in &kinds {
                if Some(id.as_str()) == main_entity && Some(kind) == main_kind {
                    continue;
                }
                let s = Secondary {
                    entity: id.clone(),
                    kind: kind.to_string(),
                    from: range.map(|r| r.0),
                    to: range.map(|r| r.1),
                };
                if !out
                    .iter()
                    .any(|(x, _)| x.entity == s.entity && x.kind == s.kind)
                {
                    out.push((s, c.score));
                }
            }
        }
    }
    out.sort_by(|a, b| b.1.total_cmp(&a.1));
    out.into_iter()
        .take(MAX_SECONDARY)
        .map(|(s, _)| s)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topics_of(lang: &str, headline: &str, body: &[&str]) -> Vec<Mention> {
        let blocks: Vec<Block> = body
            .iter()
            .enumerate()
            .map(|(i, t)| Block {
                kind: BlockKind::Paragraph,
                text: t.to_string(),
                line: i + 2,
            })
            .collect();
        detect(
            &Input {
                lang,
                headline,
                lede: "",
                body: &blocks,
                front_matter: &[],
                facts: &[],
                published: None,
            },
            &SiteTopics::default(),
        )
        .mentions
    }

    fn ids(mentions: &[Mention], kind: TopicKind) -> Vec<String> {
        let mut v: Vec<String> = mentions
            .iter()
            .filter(|m| m.kind == kind && !m.tentative)
            .map(|m| m.id.clone())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn sentence_starts_and_stop_words_are_not_names() {
        let m = topics_of(
            "fr",
            "Touché par une panne, Pialo rassure ses abonnés",
            &[
                "Selon Pialo, la panne venait de ses serveurs. Réagir vite était essentiel pour Orion Films et pour Pialo.",
            ],
        );
        assert_eq!(ids(&m, TopicKind::Entity), ["orion-films", "pialo"]);
    }

    #[test]
    fn handles_quoted_titles_and_names_run_together() {
        let m = topics_of(
            "en",
            "Studio hacked",
            &[
                "The leak of \"The Last Broadcast\" began on the account @nightcrew, said lawyer David Vance of Orion Films. Orion Films said more.",
            ],
        );
        let e = ids(&m, TopicKind::Entity);
        for want in [
            "david-vance",
            "nightcrew",
            "orion-films",
            "the-last-broadcast",
        ] {
            assert!(e.contains(&want.to_string()), "{want} not in {e:?}");
        }
    }

    #[test]
    fn a_denial_takes_only_the_incident_word_after_it() {
        let m = topics_of(
            "en",
            "Pialo rules out a cyberattack and blames the outage on a faulty update",
            &[],
        );
        let kinds = ids(&m, TopicKind::IncidentType);
        assert!(kinds.contains(&"outage".to_string()), "{kinds:?}");
        assert!(!kinds.contains(&"cyberattack".to_string()), "{kinds:?}");
    }

    #[test]
    fn places_inside_longer_names_are_names() {
        let m = topics_of(
            "en",
            "Bank of America and Japan Airlines hit by an outage in Germany",
            &["Customers of Bank of America and Japan Airlines in Germany could not log in."],
        );
        assert_eq!(ids(&m, TopicKind::Place), ["germany"]);
    }

    #[test]
    fn german_common_nouns_are_not_names() {
        let m = topics_of(
            "de",
            "Ausfall bei Pialo",
            &[
                "Die Nutzer von Pialo konnten stundenlang keine Nachrichten senden. Viele Nutzer wichen auf Orion aus, sagte Pialo. Laut Pialo lag es an den Servern. Die Server liefen erst am Abend wieder.",
            ],
        );
        let e = ids(&m, TopicKind::Entity);
        assert!(e.contains(&"pialo".to_string()), "{e:?}");
        for noun in ["nutzer", "server", "nachrichten"] {
            assert!(!e.contains(&noun.to_string()), "{noun} in {e:?}");
        }
    }

    #[test]
    fn event_date_is_the_first_day_near_publication() {
        use crate::dates::{PartialDate, ResolvedBy};
        let fact = |y, m, d| DatedFact {
            value: PartialDate {
                year: Some(y),
                month: Some(m),
                day: Some(d),
                time: None,
                zone: None,
            },
            precision: Precision::Day,
            expr: String::new(),
            sentence: String::new(),
            resolved_by: ResolvedBy::Explicit,
        };
        let published = Date::new(2021, 10, 5).ok();
        let facts = [fact(2019, 3, 13), fact(2021, 10, 4), fact(2021, 10, 5)];
        assert_eq!(event_date(&facts, published), Date::new(2021, 10, 4).ok());
        assert_eq!(event_date(&facts[..1], published), published);
        assert_eq!(event_date(&facts, None), Date::new(2019, 3, 13).ok());
    }
}
