//! `depeche extract`: the per-file stages as JSON lines (DESIGN.md, "extract
//! output"). A pure map over files, so any batch engine can run it in parallel.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::analyze::Settings;
use crate::diag::Diagnostic;
use crate::discover::{Found, discover, is_article_path};
use crate::model::Article;

/// One line of `extract` output; field order is the documented key order.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    pub file: String,
    pub lang: &'a str,
    pub lang_confidence: f64,
    pub headline: &'a str,
    pub lede: &'a str,
    pub source: &'a str,
    pub published: Option<String>,
    /// Topic ids, most salient first; tentative names are left out.
    pub topics: Vec<&'a str>,
    pub facts: Vec<crate::dates::FactRecord<'a>>,
}

impl<'a> Record<'a> {
    pub fn new(a: &'a Article) -> Self {
        Record {
            file: a.path.display().to_string(),
            lang: &a.lang,
            lang_confidence: a.lang_confidence,
            headline: &a.headline,
            lede: &a.lede,
            source: &a.source,
            published: a.published.as_ref().map(|p| p.date.to_string()),
            topics: a
                .topics
                .iter()
                .filter(|t| !t.tentative)
                .map(|t| t.id.as_str())
                .collect(),
            facts: a.facts.iter().map(|f| f.record()).collect(),
        }
    }
}

/// Expands the command-line paths: files as given, directories walked.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<Found>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut diags = Vec::new();
    for path in paths {
        if path.is_dir() {
            let (mut f, mut d) = discover(path);
            for item in &mut f {
                item.rel_path = item.path.display().to_string();
            }
            found.append(&mut f);
            diags.append(&mut d);
        } else if path.exists() || is_article_path(path) {
            found.push(Found {
                path: path.clone(),
                rel_path: rel_of(path),
            });
        } else {
            diags.push(Diagnostic::error(path, None, "no such file"));
        }
    }
    (found, diags)
}

fn rel_of(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Extracts every file, in input order; each result is a JSON line or the
/// reason the file was skipped, plus its warnings.
pub fn extract(found: &[Found], settings: &Settings) -> Vec<(Option<String>, Vec<Diagnostic>)> {
    found
        .par_iter()
        .map(|f| match crate::site::process_file(f, settings) {
            Ok(article) => {
                let line = serde_json::to_string(&Record::new(&article)).unwrap_or_default();
                (Some(line), article.warnings)
            }
            Err(d) => (None, vec![d]),
        })
        .collect()
}

/// `depeche topics`: the corpus' topics and incidents, for data users.
#[derive(Debug, Serialize)]
pub struct CorpusRecord<'a> {
    pub topics: Vec<TopicRecord<'a>>,
    pub incidents: Vec<IncidentRecord<'a>>,
}

#[derive(Debug, Serialize)]
pub struct TopicRecord<'a> {
    pub id: &'a str,
    pub kind: crate::topics::TopicKind,
    pub names: &'a std::collections::BTreeMap<String, String>,
    /// Files, newest first.
    pub articles: Vec<String>,
    pub incidents: Vec<&'a str>,
    pub related: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct IncidentRecord<'a> {
    pub id: &'a str,
    pub entity: &'a str,
    pub kind: &'a str,
    pub start: String,
    pub end: String,
    pub languages: Vec<&'a str>,
    pub articles: Vec<IncidentArticle<'a>>,
    pub topics: Vec<&'a str>,
    /// Files of other incidents' articles that report this one in passing.
    pub mentioned_by: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct IncidentArticle<'a> {
    pub file: String,
    pub lang: &'a str,
    pub source: &'a str,
    pub headline: &'a str,
    pub event_date: Option<String>,
}

impl<'a> CorpusRecord<'a> {
    pub fn new(c: &'a crate::link::Corpus) -> Self {
        let file = |i: usize| c.articles[i].path.display().to_string();
        let topic_id = |i: usize| c.topics[i].id.as_str();
        let topics = c
            .topics
            .iter()
            .map(|t| TopicRecord {
                id: &t.id,
                kind: t.kind,
                names: &t.names,
                articles: t.articles.iter().map(|&i| file(i)).collect(),
                incidents: t
                    .incidents
                    .iter()
                    .map(|&i| c.incidents[i].id.as_str())
                    .collect(),
                related: t.related.iter().map(|&i| topic_id(i)).collect(),
            })
            .collect();
        let incidents = c
            .incidents
            .iter()
            .map(|inc| {
                let mut languages: Vec<&str> = inc
                    .articles
                    .iter()
                    .map(|&i| c.articles[i].lang.as_str())
                    .collect();
                languages.sort_unstable();
                languages.dedup();
                IncidentRecord {
                    id: &inc.id,
                    entity: topic_id(inc.entity),
                    kind: topic_id(inc.kind),
                    start: inc.start.to_string(),
                    end: inc.end.to_string(),
                    languages,
                    articles: inc
                        .articles
                        .iter()
                        .map(|&i| {
                            let a = &c.articles[i];
                            IncidentArticle {
                                file: file(i),
                                lang: &a.lang,
                                source: &a.source,
                                headline: &a.headline,
                                event_date: a.event_date.map(|d| d.to_string()),
                            }
                        })
                        .collect(),
                    topics: inc.topics.iter().map(|&i| topic_id(i)).collect(),
                    mentioned_by: inc.mentioned_by.iter().map(|&i| file(i)).collect(),
                }
            })
            .collect();
        CorpusRecord { topics, incidents }
    }
}
