//! Our own fixtures in the two page shapes of the seed articles (fr, en, de,
//! es): headline, language, source, lede, sub-headings, captions, byline, and
//! no boilerplate left in the body.

use std::path::PathBuf;

use depeche::discover::Found;
use depeche::model::BlockKind;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    fixture: Vec<Fixture>,
}

#[derive(Deserialize)]
struct Fixture {
    file: String,
    lang: String,
    headline: String,
    source: String,
    lede_starts: String,
    subheadings: Vec<String>,
    captions: Vec<String>,
    byline: String,
    boilerplate: Vec<String>,
}

#[test]
fn seed_shaped_pages_are_cleaned_like_the_seeds() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seedlike");
    let expected: Expected =
        toml::from_str(&std::fs::read_to_string(dir.join("expected.toml")).unwrap()).unwrap();
    assert!(expected.fixture.len() >= 8);
    for f in &expected.fixture {
        let found = Found {
            path: dir.join(&f.file),
            rel_path: f.file.clone(),
        };
        let a = depeche::site::process_file(
            &found,
            &depeche::analyze::Settings::with_default_lang("en"),
        )
        .unwrap_or_else(|d| panic!("{d}"));
        assert_eq!(a.lang, f.lang, "{}", f.file);
        assert_eq!(a.headline, f.headline, "{}", f.file);
        assert_eq!(a.source, f.source, "{}", f.file);
        assert!(
            a.lede.starts_with(&f.lede_starts),
            "{}: lede {:?}",
            f.file,
            a.lede
        );
        let of = |kind: BlockKind| {
            a.body
                .iter()
                .filter(|b| b.kind == kind)
                .map(|b| b.text.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(of(BlockKind::SubHeading), f.subheadings, "{}", f.file);
        // The usine layout's photo repeats the headline with a credit; depeche
        // treats that repeat as a copy of the headline, not as a caption.
        let captions: Vec<String> = f
            .captions
            .iter()
            .filter(|c| **c != f.headline)
            .cloned()
            .collect();
        assert_eq!(of(BlockKind::Caption), captions, "{}", f.file);
        assert_eq!(a.byline.clone().unwrap_or_default(), f.byline, "{}", f.file);
        let paragraphs = of(BlockKind::Paragraph);
        assert!(paragraphs.len() >= 2, "{}: {paragraphs:?}", f.file);
        assert!(
            !paragraphs.contains(&a.headline) && !paragraphs.contains(&a.lede),
            "{}: headline or lede repeated in the body",
            f.file
        );
        for b in &f.boilerplate {
            // A caption's text is expected as a Caption block (and only there);
            // every other block must differ from every boilerplate line.
            let kept = a.body.iter().any(|blk| {
                blk.text.trim() == b.trim()
                    && !(blk.kind == BlockKind::Caption && captions.contains(&blk.text))
            }) || a.lede.trim() == b.trim()
                || a.headline.trim() == b.trim();
            assert!(!kept, "{}: boilerplate {b:?} kept", f.file);
        }
        // Every body block comes from a real line of the file.
        let text = std::fs::read_to_string(&found.path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for blk in &a.body {
            let line = lines.get(blk.line.wrapping_sub(1)).copied().unwrap_or("");
            assert!(
                line.contains(blk.text.as_str()),
                "{}:{}: block {:?} is not on that line ({line:?})",
                f.file,
                blk.line,
                blk.text
            );
        }
    }
}
