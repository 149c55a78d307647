//! Helpers shared by the integration tests: temp sites, page walking, HTML text.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use depeche::site::{BuildError, BuildOptions, BuildReport};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A site in a temp dir: `site.toml` plus the given content files.
pub fn site(config: &str, files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("site.toml"), config).expect("site.toml");
    for (rel, bytes) in files {
        let path = dir.path().join("content").join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        fs::write(path, bytes).expect("write");
    }
    dir
}

pub fn build(root: &Path, output: &Path) -> Result<BuildReport, BuildError> {
    depeche::build(&BuildOptions {
        root: root.to_path_buf(),
        output: Some(output.to_path_buf()),
        ..BuildOptions::default()
    })
}

/// Every file under `dir`, relative path → bytes.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("under dir")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read(e.path()).expect("read"))
        })
        .collect()
}

/// Undoes the escaping the templates apply.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Text between the first `open` and the next `close`.
pub fn between<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = html.find(open)? + open.len();
    let end = html[start..].find(close)? + start;
    Some(&html[start..end])
}

/// The `<h1>` of a page, unescaped.
pub fn h1(html: &str) -> Option<String> {
    let start = html.find("<h1")?;
    let inner = between(&html[start..], ">", "</h1>")?;
    Some(unescape(inner.trim()))
}

/// Article pages (`{lang}/{slug}/index.html`) of an output tree, by their headline.
pub fn article_pages(out: &Path) -> BTreeMap<String, (String, String)> {
    tree(out)
        .into_iter()
        .filter(|(rel, _)| rel.matches('/').count() == 2 && rel.ends_with("/index.html"))
        .filter_map(|(rel, bytes)| {
            let html = String::from_utf8(bytes).ok()?;
            Some((h1(&html)?, (rel, html)))
        })
        .collect()
}

/// Paragraph texts (`<p>…</p>`) inside the article body, unescaped.
pub fn body_paragraphs(html: &str) -> Vec<String> {
    let body = between(html, "<div class=\"body\">", "</div>").unwrap_or("");
    body.split("<p>")
        .skip(1)
        .filter_map(|p| p.split("</p>").next())
        .map(unescape)
        .collect()
}

/// Runs the `depeche` binary.
pub fn depeche(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(args)
        .output()
        .expect("run depeche")
}

#[derive(serde::Deserialize)]
pub struct Expected {
    pub article: Vec<ExpectedArticle>,
}

#[derive(serde::Deserialize, Clone)]
pub struct ExpectedArticle {
    pub file: String,
    pub lang: String,
    pub headline: String,
    pub source: String,
    pub lede_starts: String,
    pub published: String,
    pub boilerplate: Vec<String>,
}

/// The expected extraction of every example article (tests/expected/*.toml).
pub fn expected_articles() -> Vec<ExpectedArticle> {
    let mut all = Vec::new();
    for entry in fs::read_dir(repo().join("tests/expected")).expect("tests/expected") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            let file: Expected =
                toml::from_str(&fs::read_to_string(&path).expect("read")).expect("parse");
            all.extend(file.article);
        }
    }
    all.sort_by(|a, b| a.file.cmp(&b.file));
    all
}
