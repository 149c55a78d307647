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
        let a = depeche::site::process_file(&found, "en").unwrap_or_else(|d| panic!("{d}"));
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
        // A photo of the headline repeats it with a credit: that is not a caption to keep.
        let captions: Vec<String> = f
            .captions
            .iter()
            .filter(|c| **c != f.headline)
            .cloned()
            .collect();
        assert_eq!(of(BlockKind::Caption), captions, "{}", f.file);
        assert_eq!(a.byline.clone().unwrap_or_default(), f.byline, "{}", f.file);
        for b in &f.boilerplate {
            let kept = a
                .body
                .iter()
                .any(|blk| blk.kind != BlockKind::Caption && blk.text == *b)
                || a.lede == *b;
            assert!(!kept, "{}: boilerplate {b:?} kept", f.file);
        }
    }
}
