//! Pages of the topic index and of incidents, and the topic and incident
//! parts of other pages: an article's topics, its incident and the same
//! incident's coverage in other languages, a language's topics, the home
//! page's latest incidents, and merged timelines.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use super::{FactCtx, PageParts, Renderer};
use crate::dates::{DatedFact, Precision};
use crate::paginate;
use crate::topics::TopicKind;

/// Incidents the home page leads with.
pub const HOME_INCIDENTS: usize = 10;
/// Topics a language's front page shows.
pub const LANGUAGE_TOPICS: usize = 30;
/// Incidents and related topics a topic page lists.
pub(super) const TOPIC_INCIDENTS: usize = 20;
/// Dates a topic's timeline shows: its most recent ones.
const TOPIC_TIMELINE_DATES: usize = 40;
/// Articles whose facts a topic's timeline reads: the newest ones.
pub(super) const TOPIC_TIMELINE_ARTICLES: usize = 200;
/// Topics per page of the topic index, in multiples of `page_size`.
pub(super) const TOPIC_INDEX_PAGE_FACTOR: usize = 10;
/// Kinds in the order the index lists them.
const KIND_ORDER: [TopicKind; 4] = [
    TopicKind::IncidentType,
    TopicKind::Entity,
    TopicKind::Place,
    TopicKind::Custom,
];

#[derive(Serialize, Clone, Hash)]
pub(super) struct TopicLink {
    id: String,
    name: String,
    kind: &'static str,
    url: String,
    count: usize,
}

#[derive(Serialize)]
struct TopicCtx {
    id: String,
    name: String,
    kind: &'static str,
    /// The kind's name for readers.
    kind_label: String,
    count: usize,
    url: String,
    /// The topic's name in each language that names it otherwise.
    names: Vec<NameCtx>,
}

#[derive(Serialize)]
struct NameCtx {
    lang: String,
    lang_name: String,
    name: String,
}

/// An incident as lists show it.
#[derive(Serialize, Clone)]
pub(super) struct IncidentSummary {
    id: String,
    title: String,
    url: String,
    start: String,
    start_display: String,
    end: String,
    end_display: String,
    /// Languages of its coverage.
    languages: Vec<String>,
    count: usize,
}

/// The articles of a topic page in one language.
#[derive(Serialize)]
struct LanguageGroup<'a> {
    lang: String,
    lang_name: String,
    /// The topic's name in that language.
    name: String,
    cards: Vec<std::borrow::Cow<'a, str>>,
}

/// One date of a merged timeline with every report of it.
#[derive(Serialize)]
struct TimelineEntry<'a> {
    #[serde(flatten)]
    fact: FactCtx<'a>,
    reports: Vec<Report<'a>>,
}

#[derive(Serialize)]
struct Report<'a> {
    sentence: &'a str,
    lang: &'a str,
    source: &'a str,
    headline: &'a str,
    url: String,
}

/// A group of topics of one kind on the topic index.
#[derive(Serialize)]
struct KindGroup {
    kind: &'static str,
    label: String,
    topics: Vec<TopicLink>,
}

/// The coverage of an incident in one language.
#[derive(Serialize)]
struct Coverage<'a> {
    lang: &'a str,
    lang_name: String,
    articles: Vec<CoverageItem<'a>>,
}

#[derive(Serialize)]
struct CoverageItem<'a> {
    headline: &'a str,
    source: &'a str,
    url: String,
    published: String,
    published_display: String,
}

/// An article in another language, or a related one.
#[derive(Serialize)]
struct ArticleLink<'a> {
    headline: &'a str,
    lang: &'a str,
    lang_name: String,
    source: &'a str,
    url: String,
}

/// What a merged timeline groups reports of one date on: the instant for
/// times (so "11:40 ET" and "15:40 GMT" are one line), else the date at
/// its precision.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum DateKey {
    Instant(jiff::Timestamp),
    Date(crate::dates::PartialDate, Precision),
}

fn date_key(f: &DatedFact) -> Option<DateKey> {
    f.value.year?;
    match (f.precision, f.value.timestamp()) {
        (Precision::Minute, Some(ts)) => Some(DateKey::Instant(ts)),
        _ => Some(DateKey::Date(f.value.clone(), f.precision)),
    }
}

/// A sort key that puts instants among dates: by their calendar day.
fn chronological(k: &DateKey, f: &DatedFact) -> (crate::dates::PartialDate, Precision, DateKey) {
    let mut day = f.value.clone();
    day.time = None;
    day.zone = None;
    (day, f.precision, k.clone())
}

impl<'a> Renderer<'a> {
    fn kind_key(kind: TopicKind) -> &'static str {
        kind.as_str()
    }

    /// The UI string naming a kind of topic ("Places").
    fn kind_label(&self, kind: TopicKind, lang: &str) -> String {
        self.strings
            .get(lang)
            .and_then(|t| t.get(&format!("kind_{}", kind.as_str())))
            .cloned()
            .unwrap_or_else(|| kind.as_str().to_string())
    }

    pub(super) fn topic_link(&self, ti: usize, lang: &str) -> TopicLink {
        let t = &self.corpus.topics[ti];
        TopicLink {
            id: t.id.clone(),
            name: t.name(lang),
            kind: Self::kind_key(t.kind),
            url: self.urls.topic(&t.id),
            count: t.articles.len(),
        }
    }

    /// "Facebook · Outage", in `lang`.
    fn incident_title(&self, ii: usize, lang: &str) -> String {
        let inc = &self.corpus.incidents[ii];
        let topics = &self.corpus.topics;
        format!(
            "{} · {}",
            topics[inc.entity].name(lang),
            topics[inc.kind].name(lang)
        )
    }

    pub(super) fn incident_summary(&self, ii: usize, lang: &str) -> IncidentSummary {
        let inc = &self.corpus.incidents[ii];
        let mut languages: Vec<String> = inc
            .articles
            .iter()
            .map(|&a| self.corpus.articles[a].lang.clone())
            .collect();
        languages.sort();
        languages.dedup();
        let day = |d: jiff::civil::Date| {
            crate::dates::display::format_date(
                &crate::dates::PartialDate {
                    year: Some(d.year()),
                    month: Some(d.month()),
                    day: Some(d.day()),
                    time: None,
                    zone: None,
                },
                lang,
            )
        };
        IncidentSummary {
            id: inc.id.clone(),
            title: self.incident_title(ii, lang),
            url: self.urls.incident(&inc.id),
            start: inc.start.to_string(),
            start_display: day(inc.start),
            end: inc.end.to_string(),
            end_display: day(inc.end),
            languages,
            count: inc.articles.len(),
        }
    }

    /// The facts of `articles` merged by date, oldest first: one entry per
    /// date, with every article that reports it (once each).
    fn merged_timeline(
        &self,
        articles: &[usize],
        lang: &str,
        newest: Option<usize>,
    ) -> Vec<TimelineEntry<'a>> {
        let corpus: &'a crate::link::Corpus = self.corpus;
        let mut by_date: BTreeMap<DateKey, (&'a DatedFact, Vec<usize>)> = BTreeMap::new();
        for &ai in articles {
            for f in &corpus.articles[ai].facts {
                let Some(key) = date_key(f) else { continue };
                let entry = by_date.entry(key).or_insert((f, Vec::new()));
                if !entry.1.contains(&ai) {
                    entry.1.push(ai);
                }
            }
        }
        let mut entries: Vec<(DateKey, (&'a DatedFact, Vec<usize>))> =
            by_date.into_iter().collect();
        entries.sort_by_cached_key(|(k, (f, _))| chronological(k, f));
        if let Some(n) = newest {
            let skip = entries.len().saturating_sub(n);
            entries.drain(..skip);
        }
        entries
            .into_iter()
            .map(|(_, (f, reporters))| TimelineEntry {
                fact: FactCtx::new(f, lang),
                reports: reporters
                    .into_iter()
                    .map(|ai| {
                        let a = &corpus.articles[ai];
                        let sentence = a
                            .facts
                            .iter()
                            .find(|g| date_key(g) == date_key(f))
                            .map_or(f.sentence.as_str(), |g| g.sentence.as_str());
                        Report {
                            sentence,
                            lang: &a.lang,
                            source: &a.source,
                            headline: &a.headline,
                            url: self.urls.article(a),
                        }
                    })
                    .collect(),
            })
            .collect()
    }

    /// What a topic page adds to its list of articles: the topic, its
    /// articles of this page by language, and on the first page its
    /// incidents, related topics and timeline.
    pub(super) fn topic_list_ctx(
        &self,
        ti: usize,
        items: &[usize],
        first: bool,
        lang: &str,
        ctx: &mut Context,
    ) -> Result<(), super::RenderError> {
        let t = &self.corpus.topics[ti];
        let name = t.name(lang);
        let names = t
            .names
            .iter()
            .filter(|(l, n)| l.as_str() != lang && **n != name)
            .filter(|(l, _)| self.corpus.by_lang.contains_key(l.as_str()))
            .map(|(l, n)| NameCtx {
                lang: l.clone(),
                lang_name: crate::langdata::native_name(l),
                name: n.clone(),
            })
            .collect::<Vec<_>>();
        ctx.insert("page_title", &name);
        ctx.insert(
            "topic",
            &TopicCtx {
                id: t.id.clone(),
                name,
                kind: Self::kind_key(t.kind),
                kind_label: self.kind_label(t.kind, lang),
                count: t.articles.len(),
                url: self.urls.topic(&t.id),
                names,
            },
        );
        let by_lang = self.by_language(items);
        let mut groups = Vec::with_capacity(by_lang.len());
        for (code, idx) in by_lang {
            groups.push(LanguageGroup {
                lang: code.to_string(),
                lang_name: crate::langdata::native_name(code),
                name: t.name(code),
                cards: self.cards(&idx)?,
            });
        }
        ctx.insert("groups", &groups);
        if first {
            let incidents: Vec<IncidentSummary> = t
                .incidents
                .iter()
                .take(TOPIC_INCIDENTS)
                .map(|&ii| self.incident_summary(ii, lang))
                .collect();
            ctx.insert("incidents", &incidents);
            let related: Vec<TopicLink> = t
                .related
                .iter()
                .map(|&r| self.topic_link(r, lang))
                .collect();
            ctx.insert("related", &related);
            let newest: Vec<usize> = t
                .articles
                .iter()
                .copied()
                .take(TOPIC_TIMELINE_ARTICLES)
                .collect();
            ctx.insert(
                "timeline",
                &self.merged_timeline(&newest, lang, Some(TOPIC_TIMELINE_DATES)),
            );
        }
        Ok(())
    }

    /// What the topic and incident indexes share: a title (the UI string
    /// `title_key`), the pager and the site's feeds.
    fn index_ctx(&self, lang: &str, title_key: &str, pager: &paginate::Pager) -> Context {
        let mut ctx = Context::new();
        let title = self.strings[lang].get(title_key).map_or("", String::as_str);
        ctx.insert("page_title", title);
        ctx.insert("pager", pager);
        ctx.insert("feeds", &self.feed_links(None));
        ctx
    }

    /// The topic index: every topic by kind, most covered first.
    pub(super) fn topic_index_page(&self, page: usize) -> PageParts {
        let lang = self.config.default_language.clone();
        let order: Vec<usize> = self.topic_index_order();
        let size = self.config.page_size * TOPIC_INDEX_PAGE_FACTOR;
        let p = paginate::page(&order, size, page, &self.urls.topics());
        let mut groups: Vec<KindGroup> = Vec::new();
        for &ti in p.items {
            let link = self.topic_link(ti, &lang);
            match groups.last_mut() {
                Some(g) if g.kind == link.kind => g.topics.push(link),
                _ => groups.push(KindGroup {
                    kind: link.kind,
                    label: self.kind_label(self.corpus.topics[ti].kind, &lang),
                    topics: vec![link],
                }),
            }
        }
        let mut ctx = self.index_ctx(&lang, "topics", &p.pager);
        ctx.insert("groups", &groups);
        ("topics.html", p.pager.path, lang, ctx)
    }

    /// Topics in index order: by kind, then most articles, then name.
    pub(super) fn topic_index_order(&self) -> Vec<usize> {
        let topics = &self.corpus.topics;
        let mut order: Vec<usize> = (0..topics.len()).collect();
        order.sort_by(|&a, &b| {
            let rank = |k: TopicKind| KIND_ORDER.iter().position(|x| *x == k);
            rank(topics[a].kind)
                .cmp(&rank(topics[b].kind))
                .then(topics[b].articles.len().cmp(&topics[a].articles.len()))
                .then_with(|| topics[a].id.cmp(&topics[b].id))
        });
        order
    }

    pub(super) fn topic_index_pages(&self) -> usize {
        paginate::page_count(
            self.corpus.topics.len(),
            self.config.page_size * TOPIC_INDEX_PAGE_FACTOR,
        )
    }

    pub(super) fn incident_index_pages(&self) -> usize {
        paginate::page_count(self.corpus.incidents.len(), self.config.page_size)
    }

    /// The incidents, newest first.
    pub(super) fn incident_index_page(&self, page: usize) -> PageParts {
        let lang = self.config.default_language.clone();
        let all: Vec<usize> = (0..self.corpus.incidents.len()).collect();
        let p = paginate::page(&all, self.config.page_size, page, &self.urls.incidents());
        let incidents: Vec<IncidentSummary> = p
            .items
            .iter()
            .map(|&ii| self.incident_summary(ii, &lang))
            .collect();
        let mut ctx = self.index_ctx(&lang, "incidents", &p.pager);
        ctx.insert("incidents", &incidents);
        ("incidents.html", p.pager.path, lang, ctx)
    }

    /// An incident's digest: what happened when, coverage per language and
    /// source, topics, and the other incidents' articles that mention it.
    pub(super) fn incident_page(&self, ii: usize) -> PageParts {
        let lang = self.config.default_language.clone();
        let inc = &self.corpus.incidents[ii];
        let summary = self.incident_summary(ii, &lang);
        let by_lang = self.by_language(&inc.articles);
        let coverage: Vec<Coverage> = by_lang
            .into_iter()
            .map(|(code, idx)| Coverage {
                lang: code,
                lang_name: crate::langdata::native_name(code),
                articles: idx
                    .into_iter()
                    .map(|a| {
                        let art = &self.corpus.articles[a];
                        CoverageItem {
                            headline: &art.headline,
                            source: &art.source,
                            url: self.urls.article(art),
                            published: super::iso_date(art),
                            published_display: super::display_date(art),
                        }
                    })
                    .collect(),
            })
            .collect();
        let topics: Vec<TopicLink> = inc
            .topics
            .iter()
            .map(|&t| self.topic_link(t, &lang))
            .collect();
        let mentioned_by: Vec<ArticleLink> = inc
            .mentioned_by
            .iter()
            .map(|&a| self.article_link(a))
            .collect();
        let mut ctx = Context::new();
        ctx.insert("page_title", &summary.title);
        ctx.insert("incident", &summary);
        ctx.insert(
            "timeline",
            &self.merged_timeline(&inc.articles, &lang, None),
        );
        ctx.insert("coverage", &coverage);
        ctx.insert("topics", &topics);
        ctx.insert("mentioned_by", &mentioned_by);
        let mut feeds = self.feed_links(None);
        if let Some(&f) = self.feed_index.get(&format!("incidents/{}/", inc.id)) {
            feeds.extend(self.feed_links_of(f));
        }
        ctx.insert("feeds", &feeds);
        ("incident.html", self.urls.incident(&inc.id), lang, ctx)
    }

    /// Articles grouped by language (languages in code order), each
    /// group in the given order.
    fn by_language(&self, items: &[usize]) -> BTreeMap<&'a str, Vec<usize>> {
        let corpus: &'a crate::link::Corpus = self.corpus;
        let mut by_lang: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &i in items {
            by_lang
                .entry(corpus.articles[i].lang.as_str())
                .or_default()
                .push(i);
        }
        by_lang
    }

    fn article_link(&self, a: usize) -> ArticleLink<'a> {
        let corpus: &'a crate::link::Corpus = self.corpus;
        let art = &corpus.articles[a];
        ArticleLink {
            headline: &art.headline,
            lang: &art.lang,
            lang_name: crate::langdata::native_name(&art.lang),
            source: &art.source,
            url: self.urls.article(art),
        }
    }

    /// An article page's links to the rest of the site: its topics, its
    /// incident and that incident's coverage in other languages, related
    /// articles, and the incidents it reports in passing.
    pub(super) fn article_links_ctx(&self, i: usize, ctx: &mut Context) {
        let a = &self.corpus.articles[i];
        let topics: Vec<TopicLink> = self.corpus.tags[i]
            .iter()
            .map(|t| self.topic_link(t.topic, &a.lang))
            .collect();
        ctx.insert("topics", &topics);
        let incident = self.corpus.incident_of[i].map(|ii| self.incident_summary(ii, &a.lang));
        ctx.insert("incident", &incident);
        // One report per other language (the first of the incident's); the
        // incident's page lists them all.
        let mut seen: Vec<&str> = Vec::new();
        let also: Vec<ArticleLink> = self.corpus.alternates[i]
            .iter()
            .filter(|&&b| {
                let lang = self.corpus.articles[b].lang.as_str();
                let new = !seen.contains(&lang);
                seen.push(lang);
                new
            })
            .map(|&b| self.article_link(b))
            .collect();
        ctx.insert("also_covered", &also);
        let related: Vec<ArticleLink> = self.corpus.related[i]
            .iter()
            .map(|&b| self.article_link(b))
            .collect();
        ctx.insert("related", &related);
        let mentions: Vec<IncidentSummary> = self.corpus.mentions[i]
            .iter()
            .map(|&ii| self.incident_summary(ii, &a.lang))
            .collect();
        ctx.insert("mentions", &mentions);
    }

    /// The topics of a language's articles, most covered first, named for
    /// its readers.
    pub(super) fn language_topics(&self, code: &str) -> Vec<TopicLink> {
        let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
        for &a in self.corpus.by_lang.get(code).map_or(&[][..], Vec::as_slice) {
            for t in &self.corpus.tags[a] {
                *counts.entry(t.topic).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
            .into_iter()
            .take(LANGUAGE_TOPICS)
            .map(|(t, n)| TopicLink {
                count: n,
                ..self.topic_link(t, code)
            })
            .collect()
    }
}
