//! Incidents: the articles, in any language and from any source, that
//! report one event — the same main entity and kind of incident, event
//! dates a few days apart.
//!
//! An article leads with its main entity, and with its second when that one
//! is nearly as salient ("WannaCry hits NHS" leads with both; Spanish
//! coverage of the same attack leads with WannaCry and Telefónica). Two
//! reports join when one's main entity is among the other's leads, their
//! kinds of incident match and their event dates are a few days apart.
//!
//! Near-linear by construction: articles are bucketed by the entities they
//! lead with, sorted by date within a bucket, and each is compared only
//! with the few before it in the date window. A union-find joins what
//! matches. Articles whose event has no year (no publication date, "le 19
//! juillet") then join the one incident their entity, kind and day fit.

use rustc_hash::FxHashMap as HashMap;

use jiff::ToSpan;
use jiff::civil::Date;

use super::topics::{Tag, Topic};
use crate::model::Article;
use crate::topics::TopicKind;
use crate::topics::tables::INCIDENT_TYPES;

/// One incident of the site.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    /// `{first day}-{entity}-{kind}`: stable while its first report and
    /// main entity stay, whatever else the archive gains.
    pub id: String,
    /// Topic indexes of its main entity and its kind of incident.
    pub entity: usize,
    pub kind: usize,
    /// First and last event day its articles report.
    pub start: Date,
    pub end: Date,
    /// Article indexes: by event date, then language, then path.
    pub articles: Vec<usize>,
    /// Topics of its articles, most frequent first.
    pub topics: Vec<usize>,
    /// Articles about other incidents that report this one in passing.
    pub mentioned_by: Vec<usize>,
}

/// Two reports of one event are at most this many days apart.
pub const WINDOW_DAYS: i64 = 3;
/// Earlier articles of a bucket compared with each article: the window
/// rarely holds more, and the bound keeps a crowded topic linear.
const LOOK_BACK: usize = 64;
/// Without dates of its own, a passing mention is of an incident of the
/// two months before the article.
const MENTION_LOOK_BACK_DAYS: i64 = 60;
const MAX_TOPICS: usize = 16;
const MAX_MENTIONED: usize = 3;

/// A second entity at least this salient, relative to the main one, is
/// also what the article leads with.
const SECOND_LEAD_SHARE: f32 = 0.5;

/// What grouping reads of one article.
struct Key {
    main: usize,
    /// The main entity, and the second when nearly as salient.
    leads: Vec<usize>,
    kind: usize,
    kinds: Vec<usize>,
    /// The event day; for a yearless event, the day of the incident it joined.
    date: Option<Date>,
    yearless: Option<(i8, i8)>,
}

fn key_of(a: &Article, tags: &[Tag], topics: &[Topic]) -> Option<Key> {
    let mut entities = tags
        .iter()
        .filter(|t| matches!(topics[t.topic].kind, TopicKind::Entity | TopicKind::Custom));
    let main = entities.next()?;
    let mut leads = vec![main.topic];
    if let Some(second) = entities.next()
        && second.score >= main.score * SECOND_LEAD_SHARE
    {
        leads.push(second.topic);
    }
    let kinds: Vec<usize> = tags
        .iter()
        .filter(|t| topics[t.topic].kind == TopicKind::IncidentType)
        .map(|t| t.topic)
        .collect();
    if a.event_date.is_none() && a.event_day.is_none() {
        return None;
    }
    Some(Key {
        main: main.topic,
        leads,
        kind: *kinds.first()?,
        kinds,
        date: a.event_date,
        yearless: a.event_day,
    })
}

/// Two reports may be of one incident when each one's kind is among the
/// other's: a failed update that took systems down is an outage and a bug.
fn compatible(a: &Key, b: &Key) -> bool {
    b.kinds.contains(&a.kind) || a.kinds.contains(&b.kind)
}

fn within(a: Date, b: Date, days: i64) -> bool {
    (a.since(b).map_or(i64::MAX, |s| s.get_days() as i64)).abs() <= days
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index is the root: groups never depend on order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Joins the dated articles that lead with one entity when their dates and
/// kinds match and one of the two has it as its main entity.
fn join_dated(keys: &[Option<Key>], uf: &mut UnionFind) {
    let mut buckets: HashMap<usize, Vec<(Date, usize)>> = HashMap::default();
    for (i, k) in keys.iter().enumerate() {
        let Some((k, date)) = k.as_ref().and_then(|k| Some((k, k.date?))) else {
            continue;
        };
        for &e in &k.leads {
            buckets.entry(e).or_default().push((date, i));
        }
    }
    let mut buckets: Vec<(usize, Vec<(Date, usize)>)> = buckets.into_iter().collect();
    buckets.sort_unstable_by_key(|b| b.0);
    for (entity, mut members) in buckets {
        members.sort_unstable();
        for (pos, &(di, i)) in members.iter().enumerate() {
            let ki = keys[i].as_ref().expect("bucketed articles have keys");
            for &(dj, j) in members[..pos].iter().rev().take(LOOK_BACK) {
                if !within(di, dj, WINDOW_DAYS) {
                    break;
                }
                let kj = keys[j].as_ref().expect("bucketed articles have keys");
                if (ki.main == entity || kj.main == entity) && compatible(ki, kj) {
                    uf.union(i, j);
                }
            }
        }
    }
}

/// Longest span of days an incident is looked up under, for articles that
/// give only a day of the year or mention it in passing; an incident
/// reported over longer is still found within this much of its first day.
const MAX_SPAN_DAYS: i64 = 62;

/// Places articles whose event has no year: each joins the one incident
/// (group of dated articles) that its leads, kind and day of the year fit,
/// taking that incident's year; with none or several, it stays apart.
/// Groups are indexed by (main entity, month, day) over their span, so each
/// such article looks at a handful of groups, not at every one.
fn join_yearless(keys: &mut [Option<Key>], uf: &mut UnionFind) {
    struct Group {
        start: Date,
        end: Date,
        /// The days it is looked up under.
        first: Date,
        last: Date,
        mains: Vec<usize>,
        /// Main kinds and every kind of its members.
        main_kinds: Vec<usize>,
        kinds: Vec<usize>,
    }
    let mut groups: HashMap<usize, Group> = HashMap::default();
    for (i, k) in keys.iter().enumerate() {
        let Some((k, date)) = k.as_ref().and_then(|k| Some((k, k.date?))) else {
            continue;
        };
        let g = groups.entry(uf.find(i)).or_insert(Group {
            start: date,
            end: date,
            first: date,
            last: date,
            mains: Vec::new(),
            main_kinds: Vec::new(),
            kinds: Vec::new(),
        });
        g.start = g.start.min(date);
        g.end = g.end.max(date);
        for (list, v) in [(&mut g.mains, k.main), (&mut g.main_kinds, k.kind)] {
            if !list.contains(&v) {
                list.push(v);
            }
        }
        for &kind in &k.kinds {
            if !g.kinds.contains(&kind) {
                g.kinds.push(kind);
            }
        }
    }
    let mut roots: Vec<usize> = groups.keys().copied().collect();
    roots.sort_unstable();
    let mut by_day: HashMap<(usize, i8, i8), Vec<usize>> = HashMap::default();
    for &root in &roots {
        let Some(g) = groups.get_mut(&root) else {
            continue;
        };
        g.first = g.start.checked_sub(WINDOW_DAYS.days()).unwrap_or(g.start);
        g.last = g
            .end
            .checked_add(WINDOW_DAYS.days())
            .unwrap_or(g.end)
            .min(g.first.checked_add(MAX_SPAN_DAYS.days()).unwrap_or(g.first));
        let (mut day, last) = (g.first, g.last);
        while day <= last {
            for &e in &g.mains {
                by_day
                    .entry((e, day.month(), day.day()))
                    .or_default()
                    .push(root);
            }
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
    }
    for (i, key) in keys.iter_mut().enumerate() {
        let Some(k) = key else { continue };
        let (None, Some((month, day))) = (k.date, k.yearless) else {
            continue;
        };
        let mut fits: Vec<(usize, Date)> = Vec::new();
        for &root in k
            .leads
            .iter()
            .filter_map(|e| by_day.get(&(*e, month, day)))
            .flatten()
        {
            let g = &groups[&root];
            let kind_fits =
                g.main_kinds.iter().any(|m| k.kinds.contains(m)) || g.kinds.contains(&k.kind);
            let date = (g.first.year()..=g.last.year()).find_map(|y| {
                let d = Date::new(y, month, day).ok()?;
                (g.first..=g.last).contains(&d).then_some(d)
            });
            if let (true, Some(d)) = (kind_fits, date)
                && !fits.iter().any(|f| f.0 == root)
            {
                fits.push((root, d));
            }
        }
        if let [(root, date)] = fits[..] {
            uf.union(i, root);
            k.date = Some(date);
        }
    }
}

/// Groups `articles` (in corpus order) into incidents, newest first, and
/// returns them with each article's incident.
pub fn group(
    articles: &[Article],
    tags: &[Vec<Tag>],
    topics: &mut [Topic],
) -> (Vec<Incident>, Vec<Option<usize>>) {
    let mut keys: Vec<Option<Key>> = articles
        .iter()
        .zip(tags)
        .map(|(a, t)| key_of(a, t, topics))
        .collect();
    let mut uf = UnionFind((0..articles.len()).collect());
    join_dated(&keys, &mut uf);
    join_yearless(&mut keys, &mut uf);
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, k) in keys.iter().enumerate() {
        if k.as_ref().is_some_and(|k| k.date.is_some()) {
            groups.entry(uf.find(i)).or_default().push(i);
        }
    }
    let mut incidents: Vec<Incident> = groups
        .into_values()
        .map(|members| incident_of(members, articles, tags, &keys, topics))
        .collect();
    // Oldest first to number twins, newest first to publish.
    incidents.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| {
                articles[a.articles[0]]
                    .rel_path
                    .cmp(&articles[b.articles[0]].rel_path)
            })
    });
    let mut seen: HashMap<String, usize> = HashMap::default();
    for inc in &mut incidents {
        let n = seen.entry(inc.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            inc.id = format!("{}-{n}", inc.id);
        }
    }
    incidents.sort_by(|a, b| b.start.cmp(&a.start).then_with(|| a.id.cmp(&b.id)));
    let mut of = vec![None; articles.len()];
    for (ii, inc) in incidents.iter().enumerate() {
        for &a in &inc.articles {
            of[a] = Some(ii);
        }
        for &t in &inc.topics {
            topics[t].incidents.push(ii);
        }
    }
    link_mentions(&mut incidents, articles, &of, topics);
    (incidents, of)
}

fn incident_of(
    mut members: Vec<usize>,
    articles: &[Article],
    tags: &[Vec<Tag>],
    keys: &[Option<Key>],
    topics: &[Topic],
) -> Incident {
    let key = |i: usize| keys[i].as_ref().expect("members have keys");
    let date = |i: usize| key(i).date.expect("members have dates");
    members.sort_by(|&a, &b| {
        date(a)
            .cmp(&date(b))
            .then_with(|| articles[a].lang.cmp(&articles[b].lang))
            .then_with(|| articles[a].rel_path.cmp(&articles[b].rel_path))
    });
    let most_common = |values: Vec<usize>, rank: &dyn Fn(usize) -> usize| -> usize {
        let mut counts: HashMap<usize, usize> = HashMap::default();
        for v in values {
            *counts.entry(v).or_default() += 1;
        }
        let mut counts: Vec<(usize, usize)> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(rank(a.0).cmp(&rank(b.0))));
        counts[0].0
    };
    let entity = most_common(members.iter().map(|&i| key(i).main).collect(), &|t| t);
    let kind = most_common(members.iter().map(|&i| key(i).kind).collect(), &|t| {
        INCIDENT_TYPES
            .iter()
            .position(|id| *id == topics[t].id)
            .unwrap_or(usize::MAX)
    });
    let start = members.iter().map(|&i| date(i)).min().expect("members");
    let end = members.iter().map(|&i| date(i)).max().expect("members");
    let mut counts: HashMap<usize, (usize, f32)> = HashMap::default();
    for &i in &members {
        for t in &tags[i] {
            let c = counts.entry(t.topic).or_default();
            c.0 += 1;
            c.1 += t.score;
        }
    }
    let mut ranked: Vec<(usize, (usize, f32))> = counts.into_iter().collect();
    ranked.sort_by(|a, b| {
        b.1.0
            .cmp(&a.1.0)
            .then(b.1.1.total_cmp(&a.1.1))
            .then_with(|| topics[a.0].id.cmp(&topics[b.0].id))
    });
    Incident {
        id: format!("{start}-{}-{}", topics[entity].id, topics[kind].id),
        entity,
        kind,
        start,
        end,
        articles: members,
        topics: ranked
            .into_iter()
            .take(MAX_TOPICS)
            .map(|(t, _)| t)
            .collect(),
        mentioned_by: Vec::new(),
    }
}

/// Links the incidents articles report in passing ("the Sony Pictures hack
/// of November") to the incident pages that exist for them.
fn link_mentions(
    incidents: &mut [Incident],
    articles: &[Article],
    of: &[Option<usize>],
    topics: &[Topic],
) {
    let topic_ids: HashMap<&str, usize> = topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    // Per entity, its incidents by first day: a mention looks only at
    // those that start in its window.
    let mut by_entity: HashMap<usize, Vec<(Date, usize)>> = HashMap::default();
    for (ii, inc) in incidents.iter().enumerate() {
        by_entity
            .entry(inc.entity)
            .or_default()
            .push((inc.start, ii));
    }
    for list in by_entity.values_mut() {
        list.sort_unstable();
    }
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let mut found = 0;
        for s in &a.secondary {
            let (Some(&entity), Some(&kind)) = (
                topic_ids.get(s.entity.as_str()),
                topic_ids.get(s.kind.as_str()),
            ) else {
                continue;
            };
            let (from, to) = match (s.from, s.to, a.event_date) {
                (Some(f), Some(t), _) => (f, t),
                (_, _, Some(d)) => (d.checked_sub(MENTION_LOOK_BACK_DAYS.days()).unwrap_or(d), d),
                _ => continue,
            };
            let latest = to.checked_add(WINDOW_DAYS.days()).unwrap_or(to);
            let earliest = from
                .checked_sub((WINDOW_DAYS + MAX_SPAN_DAYS).days())
                .unwrap_or(from);
            let list = by_entity.get(&entity).map_or(&[][..], Vec::as_slice);
            let lo = list.partition_point(|(start, _)| *start < earliest);
            let hi = list.partition_point(|(start, _)| *start <= latest);
            for &(_, ii) in &list[lo..hi] {
                let inc = &incidents[ii];
                let overlaps = inc.start <= to.checked_add(WINDOW_DAYS.days()).unwrap_or(to)
                    && inc.end >= from.checked_sub(WINDOW_DAYS.days()).unwrap_or(from);
                if overlaps
                    && inc.kind == kind
                    && of[ai] != Some(ii)
                    && !links[links.len() - found..].contains(&(ii, ai))
                    && found < MAX_MENTIONED
                {
                    links.push((ii, ai));
                    found += 1;
                }
            }
        }
    }
    for (ii, ai) in links {
        incidents[ii].mentioned_by.push(ai);
    }
    for inc in incidents.iter_mut() {
        inc.mentioned_by.sort_unstable();
    }
}
