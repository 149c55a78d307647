//! Stage 4: decide what an article is — language, headline, lede, source,
//! publication date — from the cleaned page and the front matter.

use std::path::Path;

use jiff::civil::Date;

use crate::clean::Page;
use crate::diag::Diagnostic;
use crate::langdata::{code_of, normalize_code};
use crate::model::{Article, Block, BlockKind, Cleaned, Document, Published};
use crate::text::{escape_html, slugify};
use crate::topics::SiteTopics;

/// Bytes of prose the language is detected on. whatlang's cost grows with the
/// text; a couple of paragraphs is as accurate as the whole article.
pub const LANGUAGE_SAMPLE_BYTES: usize = 600;

/// A detected language with whatlang's confidence (0..1).
#[derive(Debug, Clone, PartialEq)]
pub struct Detected {
    pub code: String,
    pub confidence: f64,
}

/// Detects the language of a prose sample.
pub fn detect_language(sample: &str) -> Option<Detected> {
    let info = whatlang::detect(sample)?;
    Some(Detected {
        code: code_of(info.lang()).to_string(),
        confidence: (info.confidence() * 100.0).round() / 100.0,
    })
}

/// What analysis needs from the site: the same for every article of a build.
#[derive(Debug, Default)]
pub struct Settings {
    /// For articles whose language cannot be detected.
    pub default_lang: String,
    pub topics: SiteTopics,
}

impl Settings {
    pub fn new(config: &crate::config::SiteConfig) -> Settings {
        Settings {
            default_lang: config.default_language.clone(),
            topics: SiteTopics::new(&config.topics),
        }
    }

    /// Outside a site: no site topics.
    pub fn with_default_lang(lang: &str) -> Settings {
        Settings {
            default_lang: lang.to_string(),
            topics: SiteTopics::default(),
        }
    }
}

/// Runs clean and analyze on one loaded document.
pub fn analyze(doc: Document, mut warnings: Vec<Diagnostic>, settings: &Settings) -> Article {
    let default_lang = settings.default_lang.as_str();
    let page = Page::parse(&doc);
    let declared = doc.front.lang.as_deref().and_then(|l| {
        let code = normalize_code(l);
        if code.is_none() {
            warnings.push(Diagnostic::warning(
                &doc.path,
                None,
                format!("front matter lang {l:?} is not a language code; detecting instead"),
            ));
        }
        code
    });
    // Only web links are links: front matter is untrusted like the body.
    let url = doc.front.url.clone().filter(|u| {
        let lower = u.to_ascii_lowercase();
        let web = lower.starts_with("http://") || lower.starts_with("https://");
        if !web {
            warnings.push(Diagnostic::warning(
                &doc.path,
                Some(1),
                format!("front matter url {u:?} is not an http(s) URL; ignored"),
            ));
        }
        web
    });
    let (lang, lang_confidence) = match declared {
        Some(code) => (code, 1.0),
        None => match detect_language(&page.language_sample(LANGUAGE_SAMPLE_BYTES)) {
            Some(d) => (d.code, d.confidence),
            None => {
                warnings.push(Diagnostic::warning(
                    &doc.path,
                    None,
                    format!("language could not be detected; using {default_lang}"),
                ));
                (default_lang.to_string(), 0.0)
            }
        },
    };
    let cleaned = page.clean(&lang);
    let headline = match doc.front.title.clone().or_else(|| cleaned.headline.clone()) {
        Some(h) => h,
        None => {
            warnings.push(Diagnostic::warning(
                &doc.path,
                Some(doc.body_line),
                "no headline found",
            ));
            fallback_headline(&cleaned, &doc.path)
        }
    };
    let published = published_date(&doc, &mut warnings).or_else(|| {
        crate::dates::publication_date(
            cleaned.datelines.iter().map(String::as_str),
            cleaned.near_lede.iter().map(String::as_str),
            &lang,
        )
        .map(|date| Published {
            date,
            timestamp: None,
        })
    });
    let reference = published.as_ref().map(|p| p.date);
    // The page's own date lines are not facts about the story.
    let texts = std::iter::once(headline.as_str())
        .chain(cleaned.lede.as_deref())
        .chain(cleaned.body.iter().map(|b| b.text.as_str()))
        .filter(|t| !crate::dates::names_publication(t, &lang));
    let facts = crate::dates::extract_facts(texts, &lang, reference);
    let facts_hash = crate::dates::facts_hash(&facts);
    let source = doc
        .front
        .source
        .clone()
        .or_else(|| cleaned.site_name.clone())
        .unwrap_or_else(|| source_from_folder(&doc.rel_path, &doc.path));
    let body_html = match &cleaned.markdown_html {
        Some(html) => html.clone(),
        None => blocks_to_html(&cleaned.body),
    };
    let lede = cleaned.lede.clone().unwrap_or_default();
    let topics = crate::topics::detect(
        &crate::topics::Input {
            lang: &lang,
            headline: &headline,
            lede: &lede,
            body: &cleaned.body,
            front_matter: &doc.front.topics,
            facts: &facts,
            published: reference,
        },
        &settings.topics,
    );
    let Cleaned { body, byline, .. } = cleaned;
    Article {
        path: doc.path,
        rel_path: doc.rel_path,
        kind: doc.kind,
        lang,
        lang_confidence,
        headline,
        lede,
        body,
        body_html,
        byline,
        author: doc.front.author,
        source,
        url,
        published,
        facts,
        topics: topics.mentions,
        event_date: topics.event_date,
        event_day: topics.event_day,
        secondary: topics.secondary,
        draft: doc.front.draft,
        source_hash: doc.source_hash,
        facts_hash,
        slug: String::new(),
        warnings,
    }
}

/// Without any headline, the lede's first sentence (or the file name) stands in.
fn fallback_headline(cleaned: &Cleaned, path: &Path) -> String {
    let first = cleaned
        .lede
        .as_deref()
        .or_else(|| cleaned.body.first().map(|b| b.text.as_str()))
        .unwrap_or("");
    let sentence = first
        .split_inclusive(['.', '!', '?', '。'])
        .next()
        .unwrap_or("")
        .trim();
    if sentence.is_empty() {
        path.file_stem().map_or_else(String::new, |s| {
            s.to_string_lossy().replace(['-', '_'], " ")
        })
    } else if sentence.chars().count() > 120 {
        let cut: String = sentence.chars().take(117).collect();
        format!("{}…", cut.trim_end())
    } else {
        sentence.to_string()
    }
}

/// The folder an article lives in names its source when the page does not:
/// `content/fr/bfm-business/x.txt` → "Bfm Business".
fn source_from_folder(rel_path: &str, path: &Path) -> String {
    let parent = if rel_path.contains('/') {
        rel_path.rsplit('/').nth(1).map(str::to_string)
    } else {
        path.parent()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
    };
    parent
        .map(|p| {
            p.split(['-', '_'])
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next()
                        .map_or_else(String::new, |c| c.to_uppercase().chain(cs).collect())
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

/// The article's own date: front matter, else a dated path (`2014/12/29/…`).
fn published_date(doc: &Document, warnings: &mut Vec<Diagnostic>) -> Option<Published> {
    if let Some(raw) = &doc.front.date {
        match parse_front_matter_date(raw) {
            Some(p) => return Some(p),
            None => warnings.push(Diagnostic::warning(
                &doc.path,
                Some(1),
                format!(
                    "front matter date {raw:?} is not a date (expected YYYY-MM-DD or RFC 3339)"
                ),
            )),
        }
    }
    date_from_path(&doc.rel_path).map(|date| Published {
        date,
        timestamp: None,
    })
}

/// `2021-10-04`, `2021-10-04T17:40:00+02:00`, `2021-10-04 17:40:00Z`.
pub fn parse_front_matter_date(raw: &str) -> Option<Published> {
    let raw = raw.trim();
    if let Ok(ts) = raw.replacen(' ', "T", 1).parse::<jiff::Timestamp>() {
        let zoned = ts.to_zoned(jiff::tz::TimeZone::UTC);
        // The calendar date as the author wrote it, before conversion to UTC.
        let local: Date = raw
            .get(..10)
            .and_then(|d| d.parse().ok())
            .unwrap_or(zoned.date());
        return Some(Published {
            date: local,
            timestamp: Some(ts),
        });
    }
    if let Ok(dt) = raw.replacen(' ', "T", 1).parse::<jiff::civil::DateTime>() {
        return Some(Published {
            date: dt.date(),
            timestamp: None,
        });
    }
    raw.parse::<Date>().ok().map(|date| Published {
        date,
        timestamp: None,
    })
}

/// A `yyyy/mm/dd` run of path segments, or a `yyyy-mm-dd` prefix of a segment.
fn date_from_path(rel_path: &str) -> Option<Date> {
    let segments: Vec<&str> = rel_path.split('/').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i16>().ok())
            .flatten()
    };
    for w in segments.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (num(w[0], 4), num(w[1], 2), num(w[2], 2))
            && let Ok(date) = Date::new(y, m as i8, d as i8)
        {
            return Some(date);
        }
    }
    segments.iter().find_map(|s| {
        s.get(..10)
            .and_then(|p| p.parse::<Date>().ok())
            .filter(|_| s.as_bytes().get(4) == Some(&b'-'))
    })
}

/// HTML for the body of a raw-text article. Text is escaped: raw pages are
/// untrusted and their markup is never interpreted.
pub fn blocks_to_html(blocks: &[Block]) -> String {
    let mut html = String::new();
    for b in blocks {
        let text = escape_html(&b.text);
        match b.kind {
            BlockKind::Paragraph => html.push_str(&format!("<p>{text}</p>\n")),
            BlockKind::SubHeading => {
                let id = slugify(&b.text, 60);
                html.push_str(&format!("<h2 id=\"{id}\">{text}</h2>\n"));
            }
            BlockKind::Caption => html.push_str(&format!(
                "<figure class=\"caption\"><figcaption>{text}</figcaption></figure>\n"
            )),
            _ => {}
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_paths() {
        assert_eq!(
            date_from_path("fr/2014/12/29/panne.txt"),
            Date::new(2014, 12, 29).ok()
        );
        assert_eq!(
            date_from_path("en/2021-10-04-outage.txt"),
            Date::new(2021, 10, 4).ok()
        );
        assert_eq!(date_from_path("en/techwire/outage.txt"), None);
        assert_eq!(date_from_path("en/2014/13/40/x.txt"), None);
    }

    #[test]
    fn front_matter_dates() {
        let p = parse_front_matter_date("2021-10-04T23:40:00+02:00").unwrap();
        assert_eq!(p.date, Date::new(2021, 10, 4).unwrap());
        assert_eq!(p.timestamp.unwrap().to_string(), "2021-10-04T21:40:00Z");
        assert_eq!(
            parse_front_matter_date("2021-10-04").unwrap().timestamp,
            None
        );
        assert!(parse_front_matter_date("4 octobre").is_none());
    }

    #[test]
    fn folder_names_become_sources() {
        assert_eq!(
            source_from_folder("fr/bfm-business/a.txt", Path::new("x")),
            "Bfm Business"
        );
    }

    #[test]
    fn detects_close_languages_on_prose() {
        let da = "Regeringen har besluttet at hæve skatten på benzin fra næste år, og det vil ramme mange familier, der bor langt fra deres arbejde.";
        let nb = "Regjeringen har bestemt at avgiften på bensin skal økes fra neste år, og det vil ramme mange familier som bor langt unna jobben sin.";
        assert_eq!(detect_language(da).unwrap().code, "da");
        assert_eq!(detect_language(nb).unwrap().code, "nb");
    }
}
