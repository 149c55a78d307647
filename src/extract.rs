//! `depeche extract`: the per-file stages as JSON lines (DESIGN.md, "extract
//! output"). A pure map over files, so any batch engine can run it in parallel.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

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
    pub topics: &'a [String],
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
            topics: &a.topics,
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
pub fn extract(found: &[Found], default_lang: &str) -> Vec<(Option<String>, Vec<Diagnostic>)> {
    found
        .par_iter()
        .map(|f| match crate::site::process_file(f, default_lang) {
            Ok(article) => {
                let line = serde_json::to_string(&Record::new(&article)).unwrap_or_default();
                (Some(line), article.warnings)
            }
            Err(d) => (None, vec![d]),
        })
        .collect()
}
