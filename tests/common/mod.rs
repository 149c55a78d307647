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

/// A page without its JSON-LD `<script>` (the only script depeche writes),
/// for asserting that no script came from an article.
pub fn without_json_ld(html: &str) -> String {
    let open = "<script type=\"application/ld+json\">";
    match html.find(open) {
        Some(start) => {
            let end = html[start..]
                .find("</script>")
                .map_or(html.len(), |e| start + e + "</script>".len());
            format!("{}{}", &html[..start], &html[end..])
        }
        None => html.to_string(),
    }
}

/// Whether a page is an article page (not a list or archive page).
pub fn is_article_page(html: &str) -> bool {
    html.contains("<article class=\"article\"")
}

/// Article pages (`{lang}/{slug}/index.html`) of an output tree, by their headline.
pub fn article_pages(out: &Path) -> BTreeMap<String, (String, String)> {
    tree(out)
        .into_iter()
        .filter(|(rel, _)| rel.matches('/').count() == 2 && rel.ends_with("/index.html"))
        .filter_map(|(rel, bytes)| {
            let html = String::from_utf8(bytes).ok()?;
            is_article_page(&html).then_some(())?;
            Some((h1(&html)?, (rel, html)))
        })
        .collect()
}

/// Paragraph texts (`<p>…</p>`) inside the article body, unescaped.
pub fn body_paragraphs(html: &str) -> Vec<String> {
    body_html(html)
        .split("<p>")
        .skip(1)
        .filter_map(|p| p.split("</p>").next())
        .map(unescape)
        .collect()
}

/// The attributes of the first `<tag ...>` of a page, e.g. `<html lang dir>`.
pub fn tag_attrs(html: &str, tag: &str) -> BTreeMap<String, String> {
    let open = format!("<{tag}");
    let Some(start) = html
        .match_indices(&open)
        .map(|(i, _)| i)
        .find(|&i| html[i + open.len()..].starts_with([' ', '>', '\n']))
    else {
        return BTreeMap::new();
    };
    let end = html[start..].find('>').map_or(html.len(), |e| start + e);
    let mut attrs = BTreeMap::new();
    let mut rest = &html[start + open.len()..end];
    while let Some(eq) = rest.find("=\"") {
        let name = rest[..eq].trim().to_string();
        let after = &rest[eq + 2..];
        let Some(close) = after.find('"') else { break };
        attrs.insert(name, unescape(&after[..close]));
        rest = &after[close + 1..];
    }
    attrs
}

/// `(lang, dir)` of a page's `<html>` element.
pub fn html_lang_dir(html: &str) -> (String, String) {
    let attrs = tag_attrs(html, "html");
    (
        attrs.get("lang").cloned().unwrap_or_default(),
        attrs.get("dir").cloned().unwrap_or_default(),
    )
}

/// Removes tags, keeps text, unescapes, trims.
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(out.trim())
}

/// The HTML inside an article page's `<div class="body">`, up to the closing
/// `</div>` that the template puts before the byline, timeline and `</article>`.
pub fn body_html(html: &str) -> &str {
    let open = "<div class=\"body\">";
    let Some(start) = html.find(open).map(|i| i + open.len()) else {
        return "";
    };
    let article_end = html[start..]
        .find("</article>")
        .map_or(html.len(), |e| start + e);
    let region = &html[start..article_end];
    let cut = ["<p class=\"byline\">", "<section class=\"timeline\""]
        .iter()
        .filter_map(|m| region.find(m))
        .min()
        .unwrap_or(region.len());
    let region = &region[..cut];
    match region.rfind("</div>") {
        Some(e) => &region[..e],
        None => region,
    }
}

/// Text of every block element of the article body (paragraphs, headings,
/// captions, list items, quotes), tags stripped, unescaped, in page order.
pub fn body_blocks(html: &str) -> Vec<String> {
    let body = body_html(html);
    let tags = [
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figcaption",
        "li",
        "blockquote",
        "div",
    ];
    let mut blocks: Vec<(usize, String)> = Vec::new();
    for tag in tags {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        let mut from = 0;
        while let Some(i) = body[from..].find(&open).map(|i| i + from) {
            let after = i + open.len();
            if !body[after..].starts_with([' ', '>']) {
                from = after;
                continue;
            }
            let Some(gt) = body[after..].find('>').map(|g| after + g + 1) else {
                break;
            };
            let Some(end) = body[gt..].find(&close).map(|e| gt + e) else {
                break;
            };
            blocks.push((i, strip_tags(&body[gt..end])));
            from = end + close.len();
        }
    }
    blocks.sort_by_key(|(i, _)| *i);
    blocks.into_iter().map(|(_, t)| t).collect()
}

/// Every `href="…"` and `src="…"` value of a page, unescaped.
pub fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for (i, _) in html.match_indices(attr) {
            let rest = &html[i + attr.len()..];
            if let Some(end) = rest.find('"') {
                out.push(unescape(&rest[..end]));
            }
        }
    }
    out
}

/// Internal links (starting with `base_path`) of every page under `out` that
/// do not lead to a file of `out`: `{page → link}`.
pub fn broken_internal_links(out: &Path, base_path: &str) -> Vec<(String, String)> {
    let files = tree(out);
    let mut broken = Vec::new();
    for (rel, bytes) in &files {
        if !rel.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        for link in links(&html) {
            let Some(path) = link.strip_prefix(base_path) else {
                continue;
            };
            let path = path.split(['#', '?']).next().unwrap_or("");
            let target = if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path.to_string()
            };
            if !files.contains_key(&target) {
                broken.push((rel.clone(), link));
            }
        }
    }
    broken
}

/// Names in `dir` that look like leftovers of a build (staging or old output).
pub fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging") || n.ends_with("depeche-old"))
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

/// The `[[case]]` entries of a table-driven test file, `tests/{dir}/{lang}.toml`.
pub fn case_table<T: serde::de::DeserializeOwned>(dir: &str, lang: &str) -> Vec<T> {
    #[derive(serde::Deserialize)]
    struct File<T> {
        case: Vec<T>,
    }
    let path = repo().join("tests").join(dir).join(format!("{lang}.toml"));
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file: File<T> = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    file.case
}
