//! Stage 3: split a page into blocks, classify each, drop the chrome.
//!
//! A page dump is one block per line. Every decision uses signals that hold
//! for news pages in general — length, sentence punctuation, stop-word
//! density in the page's language, repetition within the page, credit
//! patterns, and the per-language chrome vocabulary of `data/lang/` — never
//! one site's strings. The classification runs in two passes because the
//! stop words depend on the language, and the language is detected on the
//! prose that the first pass finds ([`Page::language_sample`]).

use std::collections::HashMap;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::langdata::{Hits, LangData, Term, is_unspaced, lang_data};
use crate::model::{Block, BlockKind, BodyKind, Cleaned, Document};
use crate::text::{
    contains_term, ends_sentence, ends_with_full_stop, has_digit, is_unspaced_char,
    squash_whitespace, starts_capitalized, uppercase_ratio, word_count, words,
};

/// A non-blank line of a page, with the features the classifier uses.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    lower: String,
    line: usize,
    words: usize,
    /// The line without a trailing photo credit, when it has one.
    credit_rest: Option<String>,
    /// Chrome vocabulary found in the line (filled once the language is known).
    hits: Hits,
    /// Share of stop words among the tokens, where the language has a list.
    stop_ratio: Option<f64>,
}

/// A parsed page, ready to be classified once its language is known.
#[derive(Debug)]
pub struct Page {
    kind: BodyKind,
    lines: Vec<Line>,
    /// Markdown only: top-level blocks and the sanitised HTML.
    markdown: Option<MarkdownPage>,
}

#[derive(Debug)]
struct MarkdownPage {
    blocks: Vec<Block>,
    /// HTML of everything but the title heading and the lede paragraph.
    html_without_lede: String,
    title: Option<String>,
}

impl Page {
    pub fn parse(doc: &Document) -> Page {
        match doc.kind {
            BodyKind::Markdown => Page {
                kind: BodyKind::Markdown,
                lines: Vec::new(),
                markdown: Some(parse_markdown(&doc.body, doc.body_line)),
            },
            BodyKind::Text => Page {
                kind: BodyKind::Text,
                lines: split_lines(&doc.body, doc.body_line),
                markdown: None,
            },
        }
    }

    /// Up to `max_bytes` of the page's running prose, the text the language
    /// is detected on: navigation and share bars are short and in any
    /// language, so a sample that includes them picks close neighbours wrong.
    pub fn language_sample(&self, max_bytes: usize) -> String {
        let prose: Vec<&str> = match &self.markdown {
            Some(md) => md
                .blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Paragraph)
                .map(|b| b.text.as_str())
                .collect(),
            None => self
                .lines
                .iter()
                .filter(|l| looks_like_prose(l))
                .map(|l| l.text.as_str())
                .collect(),
        };
        let pool: Vec<&str> = if prose.is_empty() {
            self.lines.iter().map(|l| l.text.as_str()).collect()
        } else {
            prose
        };
        let mut sample = String::new();
        for text in pool {
            if sample.len() + text.len() > max_bytes && !sample.is_empty() {
                break;
            }
            if !sample.is_empty() {
                sample.push('\n');
            }
            sample.push_str(text);
        }
        if sample.len() > max_bytes {
            let mut cut = max_bytes;
            while !sample.is_char_boundary(cut) {
                cut -= 1;
            }
            sample.truncate(cut);
        }
        sample
    }

    /// Classifies the page's blocks for a page written in `lang`.
    pub fn clean(self, lang: &str) -> Cleaned {
        let data = lang_data(lang);
        match self.markdown {
            Some(md) => clean_markdown(md),
            None => Classifier::new(self.lines, data, is_unspaced(lang)).run(),
        }
    }

    pub fn kind(&self) -> BodyKind {
        self.kind
    }
}

fn split_lines(body: &str, first_line: usize) -> Vec<Line> {
    body.lines()
        .enumerate()
        .filter_map(|(i, raw)| {
            let text = squash_whitespace(raw);
            (!text.is_empty()).then(|| Line {
                lower: text.to_lowercase(),
                words: word_count(&text),
                credit_rest: None,
                hits: Hits::default(),
                stop_ratio: None,
                line: first_line + i,
                text,
            })
        })
        .collect()
}

/// Language-independent prose test, used before the language is known.
fn looks_like_prose(l: &Line) -> bool {
    l.words >= 8 && (ends_sentence(&l.text) || l.words >= 25)
}

/// Parses Markdown into top-level blocks and HTML. The first `# heading` is
/// the title when it opens the document; the first paragraph is the lede and
/// is left out of the HTML so pages do not show it twice.
fn parse_markdown(body: &str, first_line: usize) -> MarkdownPage {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let parser = Parser::new_ext(body, options).into_offset_iter();
    let mut blocks = Vec::new();
    let mut kept: Vec<Event> = Vec::new();
    let mut title = None;
    let mut depth = 0usize;
    let mut current: Option<(BlockKind, String, usize, bool)> = None;
    let mut seen_content = false;
    let mut lede_taken = false;
    let mut buffer: Vec<Event> = Vec::new();
    for (event, range) in parser {
        let top_start = depth == 0 && matches!(event, Event::Start(_));
        if top_start {
            let kind = match &event {
                Event::Start(Tag::Heading { .. }) => BlockKind::SubHeading,
                Event::Start(Tag::Paragraph) => BlockKind::Paragraph,
                _ => BlockKind::Navigation, // lists, quotes, tables: kept as HTML only
            };
            let is_title = !seen_content
                && matches!(
                    event,
                    Event::Start(Tag::Heading {
                        level: HeadingLevel::H1,
                        ..
                    })
                );
            let line = first_line + body[..range.start].matches('\n').count();
            current = Some((kind, String::new(), line, is_title));
            buffer.clear();
        }
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text, _, _)) = current.as_mut() {
                    text.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, text, _, _)) = current.as_mut() {
                    text.push(' ');
                }
            }
            _ => {}
        }
        buffer.push(event.clone());
        let top_end = depth == 0 && matches!(event, Event::End(_));
        if top_end || (depth == 0 && current.is_none()) {
            if let Some((kind, text, line, is_title)) = current.take() {
                let text = squash_whitespace(&text);
                seen_content = true;
                let is_lede = kind == BlockKind::Paragraph && !lede_taken && !text.is_empty();
                if is_title {
                    title = Some(text);
                } else {
                    if is_lede {
                        lede_taken = true;
                    } else {
                        kept.append(&mut buffer);
                    }
                    if kind != BlockKind::Navigation && !text.is_empty() {
                        blocks.push(Block { kind, text, line });
                    }
                }
                buffer.clear();
            } else {
                kept.append(&mut buffer);
            }
        }
        let _ = matches!(event, Event::End(TagEnd::Paragraph));
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, kept.into_iter());
    MarkdownPage {
        blocks,
        html_without_lede: sanitize_html(&html),
        title,
    }
}

/// Articles are untrusted input: raw HTML in Markdown goes through ammonia.
pub fn sanitize_html(html: &str) -> String {
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(html)
        .to_string()
}

fn clean_markdown(md: MarkdownPage) -> Cleaned {
    let mut blocks = md.blocks.into_iter();
    let mut lede = None;
    let mut body = Vec::new();
    for block in blocks.by_ref() {
        if lede.is_none() && block.kind == BlockKind::Paragraph {
            lede = Some(block.text);
        } else {
            body.push(block);
        }
    }
    Cleaned {
        headline: md.title,
        lede,
        body,
        byline: None,
        site_name: None,
        markdown_html: Some(md.html_without_lede),
        datelines: Vec::new(),
        near_lede: Vec::new(),
    }
}

/// What the first, per-line pass decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Certainly chrome of the given kind.
    Chrome(BlockKind),
    /// A sentence-shaped paragraph.
    Prose,
    /// A short line: headline, sub-heading, caption or label, decided by position.
    Short,
    Byline,
}

struct Classifier<'a> {
    lines: Vec<Line>,
    roles: Vec<Role>,
    data: &'a LangData,
    unspaced: bool,
    /// How often each line text occurs, credit-stripped lines included.
    counts: HashMap<String, usize>,
}

impl<'a> Classifier<'a> {
    fn new(mut lines: Vec<Line>, data: &'a LangData, unspaced: bool) -> Self {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for line in &mut lines {
            line.hits = data.scan(&line.lower);
            line.stop_ratio = stop_ratio(&line.lower, data, unspaced);
            line.credit_rest = if line.hits.has(Term::Credit)
                || line.text.contains('©')
                || line.lower.ends_with(" cc")
            {
                strip_credit(&line.text, &line.lower, data)
            } else {
                None
            };
            *counts.entry(line.text.clone()).or_default() += 1;
            if let Some(rest) = &line.credit_rest
                && !rest.is_empty()
            {
                *counts.entry(rest.clone()).or_default() += 1;
            }
        }
        let mut c = Classifier {
            roles: Vec::with_capacity(lines.len()),
            lines,
            data,
            unspaced,
            counts,
        };
        c.roles = (0..c.lines.len()).map(|i| c.role(&c.lines[i])).collect();
        // A short sentence that invites to subscribe, standing alone between
        // non-prose lines, is a prompt even though it reads like prose.
        for i in 0..c.lines.len() {
            let alone = |j: Option<usize>| {
                j.and_then(|j| c.roles.get(j))
                    .is_none_or(|r| *r != Role::Prose)
            };
            if c.roles[i] == Role::Prose
                && c.lines[i].words <= 15
                && c.lines[i].hits.has(Term::Newsletter)
                && alone(i.checked_sub(1))
                && alone(Some(i + 1))
            {
                c.roles[i] = Role::Chrome(BlockKind::Newsletter);
            }
        }
        c
    }

    fn stop_ratio(&self, l: &Line) -> Option<f64> {
        l.stop_ratio
    }

    fn is_prose(&self, l: &Line) -> bool {
        if self.unspaced {
            let chars = l.text.chars().filter(|&c| is_unspaced_char(c)).count();
            let full_stop = l
                .text
                .trim_end_matches(['」', '』', '）', ')', '"', '”'])
                .ends_with(['。', '．', '.']);
            return (chars >= 20 && full_stop) || chars >= 60;
        }
        looks_like_prose(l)
            && self
                .stop_ratio(l)
                .is_none_or(|r| r >= 0.04 || l.words >= 30)
    }

    fn role(&self, l: &Line) -> Role {
        let tokens: Vec<&str> = words(&l.lower).collect();
        // A bare date or time line ("03/05/2022 21:44") before the digit-only
        // counters below swallow it.
        if l.words <= 6 && looks_like_dateline(&l.text, &tokens, true) && !ends_sentence(&l.text) {
            return Role::Chrome(BlockKind::Dateline);
        }
        // Stray symbols and counters: "x", "×", "media", "25".
        if tokens.is_empty()
            || l.text.chars().count() <= 2
            || tokens.iter().all(|t| t.chars().all(|c| c.is_ascii_digit()))
            || (tokens.len() == 1
                && l.text.chars().all(|c| c.is_lowercase())
                && l.text.chars().count() <= 6)
        {
            return Role::Chrome(BlockKind::Symbol);
        }
        if let Some(rest) = &l.credit_rest {
            return if rest.is_empty() {
                Role::Chrome(BlockKind::Credit)
            } else {
                Role::Short
            };
        }
        let prose = self.is_prose(l);
        let short = l.words <= 25;
        if short && !prose && tokens.len() <= 15 {
            let share = tokens
                .iter()
                .filter(|t| self.data.is_token(Term::Share, t))
                .count();
            if share * 10 >= tokens.len() * 6
                || (share >= 1 && l.lower.ends_with(':') && tokens.len() <= 3)
            {
                return Role::Chrome(BlockKind::ShareBar);
            }
        }
        if l.hits.has(Term::Comments)
            && (l.hits.has(Term::Moderation) || l.words <= 6 || l.text.starts_with('*'))
        {
            return Role::Chrome(BlockKind::CommentNotice);
        }
        if l.words <= 25 && !prose && l.hits.has(Term::Newsletter) {
            return Role::Chrome(BlockKind::Newsletter);
        }
        if l.words <= 30 && l.hits.starts_with(Term::ReadAlso) {
            return Role::Chrome(BlockKind::Navigation);
        }
        if l.words <= 6 && !prose && l.hits.starts_with(Term::Navigation) {
            return Role::Chrome(BlockKind::Navigation);
        }
        if !prose && is_breadcrumb(&l.text) {
            return Role::Chrome(BlockKind::Navigation);
        }
        if !prose && self.is_byline(l, &tokens) {
            return Role::Byline;
        }
        if !prose && l.words <= 20 && looks_like_dateline(&l.text, &tokens, l.words <= 14) {
            return Role::Chrome(BlockKind::Dateline);
        }
        if prose {
            Role::Prose
        } else if tokens.len() == 1 && !self.unspaced {
            // One-word lines are section labels and buttons ("Services", "Réagir").
            Role::Chrome(BlockKind::Navigation)
        } else {
            Role::Short
        }
    }

    /// "Par Claire Martin", "By Jane Doe, AP", "D. L. avec AFP".
    fn is_byline(&self, l: &Line, tokens: &[&str]) -> bool {
        if l.words > 12 || ends_sentence(&l.text) && !l.text.ends_with('.') {
            return false;
        }
        let original: Vec<&str> = words(&l.text).collect();
        // A byline word among the first three tokens, followed by a capitalised name.
        let by_prefix = tokens.iter().take(3).enumerate().any(|(i, t)| {
            self.data.is_token(Term::Byline, t)
                && original.get(i + 1).is_some_and(|n| starts_capitalized(n))
                && i + 1 < original.len()
        });
        if by_prefix && !ends_sentence(&l.text) {
            return true;
        }
        // Initials followed by "with <agency>": "D. L. avec AFP".
        let initials = l
            .text
            .split_whitespace()
            .take_while(|w| {
                let mut cs = w.chars();
                matches!((cs.next(), cs.next(), cs.next()), (Some(a), Some('.'), None) if a.is_uppercase())
                    || (w.len() <= 5 && w.contains('.') && w.chars().filter(|c| c.is_uppercase()).count() >= 2)
            })
            .count();
        let with = tokens.iter().any(|t| self.data.is_token(Term::With, t));
        initials >= 1 && with && l.words <= 8
    }

    fn run(self) -> Cleaned {
        let n = self.lines.len();
        let prose_at = |i: usize| self.roles[i] == Role::Prose;
        // The body starts at the first prose line that has more prose after it.
        let body_start = (0..n)
            .find(|&i| {
                let l = &self.lines[i];
                prose_at(i)
                    && ends_sentence(&l.text)
                    && (i + 1..n.min(i + 11)).any(prose_at)
                    && self.counts[&l.text] == 1
            })
            .or_else(|| (0..n).find(|&i| prose_at(i)));
        let headline_idx = self.pick_headline(body_start.unwrap_or(n));
        let headline = headline_idx.map(|i| {
            let l = &self.lines[i];
            l.credit_rest
                .clone()
                .filter(|r| !r.is_empty())
                .unwrap_or_else(|| l.text.clone())
        });
        let is_headline_copy = |l: &Line| {
            headline
                .as_deref()
                .is_some_and(|h| l.text == h || l.credit_rest.as_deref() == Some(h))
        };
        let captions: std::collections::HashSet<&str> = self
            .lines
            .iter()
            .filter_map(|l| l.credit_rest.as_deref())
            .filter(|r| !r.is_empty() && headline.as_deref() != Some(*r))
            .collect();
        let last_prose = (0..n).rev().find(|&i| prose_at(i));
        let start = headline_idx.map_or(0, |i| i + 1);
        // A standfirst without a full stop right under the headline is the lede.
        let dek = (start..n)
            .find(|&i| {
                !matches!(self.roles[i], Role::Chrome(_) | Role::Byline)
                    && !is_headline_copy(&self.lines[i])
            })
            .filter(|&i| {
                self.roles[i] == Role::Short
                    && self.lines[i].words >= 12
                    && self.lines[i].credit_rest.is_none()
                    && headline_idx.is_some()
            });
        let mut lede = None;
        let mut lede_idx: Option<usize> = None;
        let mut body: Vec<Block> = Vec::new();
        let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut byline = None;
        for i in 0..n {
            let l = &self.lines[i];
            if self.roles[i] == Role::Byline {
                if byline.is_none() {
                    byline = Some(l.text.clone());
                }
                continue;
            }
            if i < start || Some(i) == headline_idx || is_headline_copy(l) {
                continue;
            }
            let after_end = last_prose.is_none_or(|e| i > e);
            let caption_text = l
                .credit_rest
                .as_deref()
                .filter(|r| !r.is_empty())
                .or_else(|| {
                    captions
                        .contains(l.text.as_str())
                        .then_some(l.text.as_str())
                });
            if let Some(caption) = caption_text {
                if !after_end && seen.insert(caption.to_string()) {
                    body.push(Block {
                        kind: BlockKind::Caption,
                        text: caption.to_string(),
                        line: l.line,
                    });
                }
                continue;
            }
            match self.roles[i] {
                _ if Some(i) == dek => {
                    seen.insert(l.text.clone());
                    lede = Some(l.text.clone());
                    lede_idx = Some(i);
                }
                Role::Prose => {
                    if !seen.insert(l.text.clone()) {
                        continue;
                    }
                    if lede.is_none() {
                        lede = Some(l.text.clone());
                        lede_idx = Some(i);
                    } else {
                        body.push(Block {
                            kind: BlockKind::Paragraph,
                            text: l.text.clone(),
                            line: l.line,
                        });
                    }
                }
                Role::Short
                    if !after_end
                        && lede.is_some()
                        && self.next_is_prose(i)
                        && self.is_subheading(l)
                        && seen.insert(l.text.clone()) =>
                {
                    body.push(Block {
                        kind: BlockKind::SubHeading,
                        text: l.text.clone(),
                        line: l.line,
                    });
                }
                Role::Chrome(BlockKind::CommentNotice)
                    if lede.is_some() && !body.is_empty()
                    // Everything after the comment section is page chrome or teasers.
                    && (i..n).filter(|&j| prose_at(j)).count() < 3 =>
                {
                    break;
                }
                _ => {}
            }
        }
        // A page of only short lines: keep them as paragraphs rather than lose the text.
        if lede.is_none() && body.is_empty() {
            for (i, l) in self.lines.iter().enumerate() {
                if Some(i) != headline_idx
                    && matches!(self.roles[i], Role::Short | Role::Prose)
                    && !is_headline_copy(l)
                {
                    if lede.is_none() {
                        lede = Some(l.text.clone());
                    } else {
                        body.push(Block {
                            kind: BlockKind::Paragraph,
                            text: l.text.clone(),
                            line: l.line,
                        });
                    }
                }
            }
        }
        // Where the page may state its own date: datelines and bylines, and
        // any short line with a number above the lede (breadcrumb-like
        // "Section | octobre 7, 2020 | 7:09 am" lines included).
        let header_end = lede_idx.unwrap_or(n);
        let datelines = (0..n)
            .filter(|&i| {
                let l = &self.lines[i];
                matches!(
                    self.roles[i],
                    Role::Chrome(BlockKind::Dateline) | Role::Byline
                ) || (i < header_end
                    && Some(i) != headline_idx
                    && l.words <= 20
                    && has_digit(&l.text))
            })
            .map(|i| self.lines[i].text.clone())
            .collect();
        // Just below the lede, a line only counts if it names a publication
        // ("Publié le 27 octobre 2023 à 15h01 Lecture 1 min.").
        let near_lede = (header_end..n.min(header_end + 8))
            .filter(|&i| {
                self.lines[i].words <= 20 && self.lines[i].text.chars().any(|c| c.is_ascii_digit())
            })
            .map(|i| self.lines[i].text.clone())
            .collect();
        Cleaned {
            headline,
            lede,
            body,
            byline,
            site_name: self.site_name(headline_idx),
            markdown_html: None,
            datelines,
            near_lede,
        }
    }

    fn next_is_prose(&self, i: usize) -> bool {
        (i + 1..self.lines.len())
            .find(|&j| !matches!(self.roles[j], Role::Chrome(BlockKind::Symbol)))
            .is_some_and(|j| self.roles[j] == Role::Prose)
    }

    fn is_subheading(&self, l: &Line) -> bool {
        l.words <= 20
            && !ends_with_full_stop(&l.text)
            && !l.text.ends_with(':')
            && starts_capitalized(&l.text)
    }

    /// Scores the short lines above the body and returns the best.
    fn pick_headline(&self, body_start: usize) -> Option<usize> {
        let n = self.lines.len();
        // Content terms of the opening paragraphs, which a headline summarises.
        let opening_terms: std::collections::HashSet<String> = (body_start..n)
            .filter(|&i| self.roles[i] == Role::Prose)
            .take(3)
            .flat_map(|i| self.terms(&self.lines[i].lower))
            .collect();
        let limit = body_start.min(n);
        let scored: Vec<(usize, f64)> = (0..limit)
            .filter_map(|i| {
                self.headline_score(i, limit, &opening_terms)
                    .map(|s| (i, s))
            })
            .collect();
        if debug_headlines() {
            for (i, l) in self.lines.iter().enumerate() {
                let score = scored.iter().find(|(j, _)| *j == i).map(|(_, s)| *s);
                eprintln!("{i:3} {:?} {score:?} {:?}", self.roles[i], l.text);
            }
        }
        let (mut best, mut best_score) =
            scored
                .iter()
                .copied()
                .fold(None, |acc: Option<(usize, f64)>, (i, s)| match acc {
                    Some((_, bs)) if bs >= s => acc,
                    _ => Some((i, s)),
                })?;
        // Lines of one header block: only bylines, datelines, credits and
        // symbols between them (a menu or a prompt between starts another block).
        let adjacent = |a: usize, b: usize| {
            (a + 1..b).all(|j| {
                matches!(
                    self.roles[j],
                    Role::Byline
                        | Role::Chrome(
                            BlockKind::Symbol
                                | BlockKind::Credit
                                | BlockKind::Dateline
                                | BlockKind::ShareBar
                        )
                )
            })
        };
        // Titles come first: a standfirst or second deck under the headline
        // can score as well as the headline itself, so an adjacent, nearly as
        // good line above the winner is the headline.
        let winner_score = best_score;
        while let Some(&(i, s)) = scored.iter().rev().find(|&&(i, _)| i < best) {
            // A long deck under a shorter title may out-score it by more.
            let deck = self.lines[best].words >= 12
                && self.lines[best].words * 5 >= self.lines[i].words * 6;
            let margin = if deck { 3.0 } else { 2.0 };
            if adjacent(i, best) && self.lines[i].words >= 4 && s >= winner_score - margin {
                best = i;
                best_score = s;
            } else {
                break;
            }
        }
        // …unless the line above is a kicker of a few words ("Störung bei
        // Facebook") over a longer title.
        if self.lines[best].words <= 3
            && let Some(&(i, s)) = scored.iter().find(|&&(i, _)| i > best)
            && adjacent(best, i)
            && self.lines[i].words >= self.lines[best].words + 2
            && s >= best_score - 1.5
        {
            best = i;
        }
        Some(best)
    }

    fn headline_score(
        &self,
        i: usize,
        limit: usize,
        opening_terms: &std::collections::HashSet<String>,
    ) -> Option<f64> {
        let l = &self.lines[i];
        if !matches!(self.roles[i], Role::Short | Role::Prose) {
            return None;
        }
        let text = l
            .credit_rest
            .as_deref()
            .filter(|r| !r.is_empty())
            .unwrap_or(&l.text);
        let chars = text.chars().count();
        if !(6..=300).contains(&chars) || l.words > 45 {
            return None;
        }
        let plain_count = self.lines.iter().filter(|o| o.text == text).count();
        let credited = self
            .lines
            .iter()
            .any(|o| o.credit_rest.as_deref() == Some(text));
        // A photo caption: a sentence that the page repeats with its credit,
        // or a credited line whose text never stands alone.
        if (credited && ends_sentence(text)) || (l.credit_rest.is_some() && plain_count == 0) {
            return None;
        }
        let terms: Vec<String> = self.terms(&text.to_lowercase());
        let overlap = if terms.is_empty() {
            0.0
        } else {
            terms.iter().filter(|t| opening_terms.contains(*t)).count() as f64 / terms.len() as f64
        };
        let mut score = 4.0 * overlap;
        score += (l.words.min(12) as f64 / 12.0) * 2.0;
        if plain_count >= 2 || (plain_count >= 1 && credited) {
            score += 1.5;
        }
        if ends_with_full_stop(text) {
            score -= 1.5;
        }
        if text.ends_with(':') {
            score -= 3.0;
        }
        // A line that strings another line together with more words is a
        // breadcrumb or a teaser, not the title.
        let contains_other = (0..limit).any(|j| {
            j != i
                && self.lines[j].words >= 4
                && self.lines[j].text.len() < text.len()
                && text.contains(&self.lines[j].text)
        });
        if contains_other {
            score -= 2.0;
        }
        if [" | ", " > ", " › ", " :: ", " • "]
            .iter()
            .any(|s| text.contains(s))
        {
            score -= 2.0;
        }
        let cased = text.chars().filter(|c| c.is_alphabetic()).count();
        if uppercase_ratio(text) > 0.8 && cased >= 4 {
            score -= 2.0;
        }
        if l.words < 3 {
            score -= 2.0;
        }
        if self.roles[i] == Role::Prose {
            // A full sentence is a paragraph far more often than a title.
            score -= if ends_with_full_stop(text) { 2.5 } else { 1.0 };
        }
        let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
        if digits * 4 > chars {
            score -= 2.0;
        }
        if self.stop_ratio(l).is_some_and(|r| r == 0.0) && l.words >= 5 {
            score -= 0.5;
        }
        // Distance to the body, in lines that carry text of their own.
        let distance = (i + 1..limit)
            .filter(|&j| {
                !matches!(self.roles[j], Role::Chrome(_) | Role::Byline)
                    && self.lines[j].text != text
                    && self.lines[j].credit_rest.as_deref() != Some(text)
            })
            .count();
        score -= 0.3 * distance.min(10) as f64;
        Some(score)
    }

    /// Comparable content terms: crude stems of non-stop words (compounds
    /// split at hyphens), or character bigrams in unspaced scripts.
    fn terms(&self, lower: &str) -> Vec<String> {
        if self.unspaced {
            let chars: Vec<char> = lower
                .chars()
                .filter(|&c| is_unspaced_char(c) || c.is_alphanumeric())
                .collect();
            return chars.windows(2).map(|w| w.iter().collect()).collect();
        }
        words(lower)
            .flat_map(|w| w.split('-'))
            .filter(|w| w.chars().count() >= 3 && !self.data.is_stop_word(w))
            .map(|w| w.chars().take(5).collect())
            .collect()
    }

    /// A site name stated in the page: a © footer, a comment-moderation
    /// notice naming the site, or a short title-cased line at the top that
    /// the page names again further down (or that opens the page).
    fn site_name(&self, headline_idx: Option<usize>) -> Option<String> {
        let nav = &self.data.vocab.navigation;
        for l in self.lines.iter().rev() {
            if l.text.contains('©')
                && l.credit_rest.as_deref() == Some("")
                && let Some(name) = name_after_copyright(&l.text, nav, &self.data.vocab.legal_forms)
            {
                return Some(name);
            }
        }
        for (i, l) in self.lines.iter().enumerate() {
            if self.roles[i] == Role::Chrome(BlockKind::CommentNotice)
                && l.hits.has(Term::Moderation)
                && let Some(name) = name_in_notice(&l.text)
            {
                return Some(name);
            }
        }
        let top = headline_idx.unwrap_or(self.lines.len()).min(6);
        for (i, l) in self.lines.iter().enumerate().take(top) {
            let original: Vec<&str> = words(&l.text).collect();
            // Title-cased, short lowercase particles allowed inside: "Le Quotidien des Réseaux".
            let titled = original.iter().enumerate().all(|(k, w)| {
                starts_capitalized(w)
                    || (k > 0
                        && k + 1 < original.len()
                        && w.chars().count() <= 3
                        && w.chars().all(char::is_lowercase))
            });
            let plausible = (1..=5).contains(&original.len())
                && titled
                && !ends_sentence(&l.text)
                && !matches!(self.roles[i], Role::Chrome(k) if k != BlockKind::Navigation)
                && !l.hits.starts_with(Term::Navigation)
                && !l.hits.has(Term::Share);
            if !plausible {
                continue;
            }
            let named_again = self.lines.iter().enumerate().any(|(j, other)| {
                j != i && other.text != l.text && contains_term(&other.text, &l.text)
            });
            if named_again || (i == 0 && original.len() >= 2) {
                return Some(l.text.clone());
            }
        }
        None
    }
}

/// "© Diario de la Red, 2021 | Aviso legal" → "Diario de la Red";
/// "Copyright © 2021 TechWire. All rights reserved." → "TechWire".
fn name_after_copyright(
    text: &str,
    navigation: &[String],
    legal_forms: &[String],
) -> Option<String> {
    let name = text[text.find('©')? + '©'.len_utf8()..].trim();
    let lower = name.to_lowercase();
    // Cut at the first separator or at "All rights reserved" and the like.
    let mut end = name.len();
    for sep in [
        ",", "|", " - ", " – ", " — ", ". ", "\u{3000}", "/", "(", ";",
    ] {
        if let Some(p) = name.find(sep) {
            end = end.min(p);
        }
    }
    for term in navigation.iter().filter(|t| t.contains(' ')) {
        if let Some(p) = lower.find(term.as_str())
            && lower.len() == name.len()
        {
            end = end.min(p);
        }
    }
    let tokens: Vec<&str> = name[..end]
        .split_whitespace()
        .map(|t| t.trim_end_matches('.'))
        .map(|t| t.trim_matches(|c: char| matches!(c, '«' | '»' | '"' | '“' | '”' | '„')))
        .filter(|t| {
            !t.chars().all(|c| c.is_ascii_digit() || c == '-')
                && !t.eq_ignore_ascii_case("copyright")
                && !legal_forms
                    .iter()
                    .any(|f| f.eq_ignore_ascii_case(t.trim_end_matches('.')))
        })
        .collect();
    (!tokens.is_empty() && tokens.len() <= 6 && tokens.iter().any(|t| starts_capitalized(t)))
        .then(|| tokens.join(" "))
}

/// The capitalised name in "Les commentaires postés sur L’Usine Digitale font…":
/// the longest run of capitalised words, short lowercase particles allowed inside.
fn name_in_notice(text: &str) -> Option<String> {
    let mut best: Vec<&str> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for raw in text
        .trim_start_matches(['*', ' '])
        .split_whitespace()
        .skip(1)
    {
        let word = raw.trim_matches(|c: char| {
            matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"' | '«' | '»')
        });
        let capital = starts_capitalized(word) && word.chars().any(char::is_alphabetic);
        let particle =
            !run.is_empty() && word.chars().count() <= 3 && word.chars().all(char::is_lowercase);
        if capital || particle {
            run.push(word);
        } else {
            run.clear();
        }
        let complete: Vec<&str> = {
            let mut r = run.clone();
            while r.last().is_some_and(|w| !starts_capitalized(w)) {
                r.pop();
            }
            r
        };
        if complete.len() > best.len() {
            best = complete;
        }
        if raw.ends_with([',', '.', ';']) {
            run.clear();
        }
    }
    (!best.is_empty() && best.len() <= 5).then(|| best.join(" "))
}

/// Share of a line's tokens that are stop words; `None` where the language
/// has no list or no spaces to split words on.
fn stop_ratio(lower: &str, data: &LangData, unspaced: bool) -> Option<f64> {
    if data.stop_words.is_empty() || unspaced {
        return None;
    }
    let (mut total, mut stops) = (0usize, 0usize);
    for w in words(lower) {
        total += 1;
        if data.is_stop_word(w.trim_end_matches(['\'', '’'])) {
            stops += 1;
        }
    }
    (total > 0).then(|| stops as f64 / total as f64)
}

/// `DEPECHE_DEBUG_HEADLINE=1` prints every line's role and headline score to
/// stderr: the quickest way to see why a page got the headline it got.
fn debug_headlines() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("DEPECHE_DEBUG_HEADLINE").is_some())
}

/// Breadcrumbs: "Accueil > Tech > Réseaux sociaux", "News | World".
fn is_breadcrumb(text: &str) -> bool {
    let separators = [" > ", " › ", " » ", " / ", " | ", " • "];
    let count: usize = separators.iter().map(|s| text.matches(s).count()).sum();
    count >= 2 && word_count(text) <= 16
}

/// A short line built around a date or a time: "Publié le 16/10/2020 à 09h12",
/// "19.10.19, 08:00 Uhr", "06 Novembre 2019".
fn looks_like_dateline(text: &str, tokens: &[&str], short: bool) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut numeric_date = false;
    let mut time = false;
    for i in 0..b.len() {
        if digit(i) && (i == 0 || !digit(i - 1)) {
            // d{1,2}[./-]d{1,2}[./-]d{2,4}  or  d{4}-d{2}-d{2}
            let mut j = i;
            while digit(j) {
                j += 1;
            }
            let first_len = j - i;
            if matches!(b.get(j), Some(b'.' | b'/' | b'-')) && digit(j + 1) {
                let mut k = j + 1;
                while digit(k) {
                    k += 1;
                }
                if matches!(b.get(k), Some(b'.' | b'/' | b'-'))
                    && digit(k + 1)
                    && (first_len <= 2 || first_len == 4)
                {
                    numeric_date = true;
                }
            }
            if first_len <= 2
                && matches!(b.get(j), Some(b':' | b'h'))
                && digit(j + 1)
                && digit(j + 2)
            {
                time = true;
            }
        }
    }
    let year = tokens.iter().any(|t| {
        t.len() == 4
            && t.chars().all(|c| c.is_ascii_digit())
            && (t.starts_with("19") || t.starts_with("20"))
    });
    if !short {
        // Longer lines only with a full numeric date or a time and no sentence.
        return (numeric_date || time) && !ends_sentence(text);
    }
    numeric_date || time || (year && tokens.len() <= 6 && !ends_sentence(text))
}

/// Splits a trailing photo credit off a line. Returns the line without it
/// (empty when the whole line is a credit), or `None` when there is none.
/// Callers skip lines without any credit vocabulary: this is the slow path.
fn strip_credit(text: &str, lower: &str, data: &LangData) -> Option<String> {
    let v = &data.vocab;
    let trim_rest = |s: &str| {
        s.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '/' | '(' | ',')
        })
        .to_string()
    };
    if let Some(pos) = text.find('©') {
        return Some(trim_rest(&text[..pos]));
    }
    // Whole-line credits: "Photo : Jean Dupont", "Foto: dpa", "Fot. Europol".
    let head = lower.split([':', '/', '.']).next().unwrap_or("").trim();
    let labelled = lower[head.len()..]
        .trim_start()
        .starts_with([':', '.', '/']);
    if labelled && word_count(text) <= 8 && v.credit.iter().any(|c| c == head) {
        return Some(String::new());
    }
    // "Outcropping rock at the site Credit: Jane Roe": a label inside the line.
    for c in v
        .credit
        .iter()
        .filter(|c| c.chars().count() > 2 || c.chars().any(is_unspaced_char))
    {
        let labels = if c.chars().any(is_unspaced_char) {
            vec![
                format!("{c}／"),
                format!("{c}："),
                format!("{c}:"),
                format!("{c}/"),
            ]
        } else {
            vec![format!(" {c}:"), format!(" {c} :")]
        };
        for label in labels {
            if let Some(pos) = lower.find(&label)
                && word_count(&text[pos..]) <= 8
                && pos > 0
            {
                return Some(trim_rest(&text[..pos]));
            }
        }
    }
    // " - Name - Flickr - CC", " | Photo AFP", "(Foto: dpa)".
    for sep in [" - ", " – ", " — ", " | ", " / "] {
        if let Some(pos) = text.find(sep) {
            let tail_lower = &lower[pos..];
            let tail_words = word_count(&text[pos..]);
            let credit_hit = v
                .credit
                .iter()
                .any(|c| c.chars().count() > 1 && contains_term(tail_lower, c))
                || tail_lower.trim_end().ends_with(" cc");
            if credit_hit && tail_words <= 10 {
                return Some(trim_rest(&text[..pos]));
            }
        }
    }
    if text.ends_with(')')
        && let Some(open) = text.rfind('(')
    {
        let inner = &lower[open..];
        if word_count(inner) <= 6
            && v.credit
                .iter()
                .any(|c| c.chars().count() > 1 && contains_term(inner, c))
            && open > 0
        {
            return Some(trim_rest(&text[..open]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FrontMatter;
    use std::path::PathBuf;

    fn clean_text(body: &str, lang: &str) -> Cleaned {
        let doc = Document {
            path: PathBuf::from("t.txt"),
            rel_path: "t.txt".into(),
            front: FrontMatter::default(),
            kind: BodyKind::Text,
            body: body.into(),
            body_line: 1,
            encoding: "UTF-8",
            source_hash: 0,
        };
        Page::parse(&doc).clean(lang)
    }

    #[test]
    fn credits_are_split_off() {
        let fr = lang_data("fr");
        let s = |t: &str| strip_credit(t, &t.to_lowercase(), fr);
        assert_eq!(
            s("Un titre © Jane Roe/Unsplash").as_deref(),
            Some("Un titre")
        );
        assert_eq!(
            s("Le siège à Paris. - Jean Roux - Flickr - CC").as_deref(),
            Some("Le siège à Paris.")
        );
        assert_eq!(s("Photo : Jean Roux").as_deref(), Some(""));
        assert_eq!(
            s("Le siège de l'entreprise (Photo AFP)").as_deref(),
            Some("Le siège de l'entreprise")
        );
        assert_eq!(s("Paris - Le réseau social a subi une coupure"), None);
    }

    #[test]
    fn names_in_notices() {
        assert_eq!(
            name_in_notice(
                "* Les commentaires postés sur L’Usine Digitale font l’objet d’une modération."
            )
            .as_deref(),
            Some("L’Usine Digitale")
        );
        let nav = &lang_data("en").vocab.navigation;
        assert_eq!(
            name_after_copyright("© 2021 TechWire. All rights reserved.", nav, &[]).as_deref(),
            Some("TechWire")
        );
        assert_eq!(
            name_after_copyright("© Diario de la Red, 2021 | Aviso legal", nav, &[]).as_deref(),
            Some("Diario de la Red")
        );
        assert_eq!(
            name_after_copyright("Copyright © 2021 テック新聞 All rights reserved.", nav, &[])
                .as_deref(),
            Some("テック新聞")
        );
    }

    #[test]
    fn datelines() {
        let t = |s: &str| looks_like_dateline(s, &words(s).collect::<Vec<_>>(), true);
        assert!(t("Publié le 16/10/2020 à 09h12"));
        assert!(t("Stand: 05.10.2021, 08:15 Uhr"));
        assert!(t("06 Novembre 2019"));
        assert!(!t("La Corée du Nord coupable?"));
    }

    #[test]
    fn byline_with_initials() {
        let c = clean_text(
            "Titre de l'article sur la panne\n\nLe service a été coupé pendant deux heures ce matin, selon plusieurs sources.\n\nLes équipes ont rétabli le service dans la soirée, a indiqué la société.\n\nJ. M. avec AFP\n",
            "fr",
        );
        assert_eq!(c.byline.as_deref(), Some("J. M. avec AFP"));
        assert_eq!(
            c.headline.as_deref(),
            Some("Titre de l'article sur la panne")
        );
    }

    #[test]
    fn markdown_title_lede_and_sanitising() {
        let doc = Document {
            path: PathBuf::from("a.md"),
            rel_path: "a.md".into(),
            front: FrontMatter::default(),
            kind: BodyKind::Markdown,
            body: "# Le titre\n\nLe chapeau de l'article.\n\n## Intertitre\n\nSuite <script>alert(1)</script> du texte.\n".into(),
            body_line: 1,
            encoding: "UTF-8",
            source_hash: 0,
        };
        let c = Page::parse(&doc).clean("fr");
        assert_eq!(c.headline.as_deref(), Some("Le titre"));
        assert_eq!(c.lede.as_deref(), Some("Le chapeau de l'article."));
        let html = c.markdown_html.unwrap();
        assert!(html.contains("<h2>Intertitre</h2>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("chapeau"), "{html}");
        assert!(!html.contains("Le titre"), "{html}");
    }
}
