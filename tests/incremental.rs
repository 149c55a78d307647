//! Incremental rebuilds (`depeche serve`'s engine) give exactly the output
//! of a full build of the same sources, after every kind of change, while
//! rendering only what the change touches.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use depeche::incremental::Session;
use depeche::site::BuildOptions;

fn copy_tree(from: &Path, to: &Path) {
    for (rel, bytes) in common::tree(from) {
        let path = to.join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        fs::write(path, bytes).expect("write");
    }
}

struct Sites {
    _dir: tempfile::TempDir,
    root: PathBuf,
    incremental: PathBuf,
    session: Session,
}

impl Sites {
    fn new() -> Sites {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("site");
        copy_tree(&common::repo().join("content"), &root.join("content"));
        fs::copy(common::repo().join("site.toml"), root.join("site.toml")).expect("site.toml");
        let incremental = dir.path().join("incremental");
        let session = Session::new(BuildOptions {
            root: root.clone(),
            output: Some(incremental.clone()),
            jobs: Some(2),
            ..BuildOptions::default()
        });
        Sites {
            _dir: dir,
            root,
            incremental,
            session,
        }
    }

    /// Rebuilds incrementally after `changed` (paths under the root), then
    /// builds from scratch into a fresh directory and compares every file.
    /// Returns the number of files the rebuild rendered.
    fn check(&mut self, site_wide: bool, changed: &[&str], what: &str) -> usize {
        let paths: Vec<PathBuf> = changed.iter().map(|p| self.root.join(p)).collect();
        let rebuilt = self
            .session
            .rebuild(site_wide, &paths)
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        let full = self.root.parent().expect("parent").join("full");
        let _ = fs::remove_dir_all(&full);
        let report = common::build(&self.root, &full).unwrap_or_else(|e| panic!("{what}: {e}"));
        let (a, b) = (common::tree(&self.incremental), common::tree(&full));
        let differ: Vec<&String> = b
            .iter()
            .filter(|(rel, bytes)| a.get(*rel) != Some(bytes))
            .map(|(rel, _)| rel)
            .chain(a.keys().filter(|rel| !b.contains_key(*rel)))
            .collect();
        assert!(
            differ.is_empty(),
            "{what}: incremental output differs in {differ:?}"
        );
        assert_eq!(rebuilt.report.articles, report.articles, "{what}");
        rebuilt.rendered
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.root.join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        fs::write(path, text).expect("write");
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.root.join(rel);
        let text = fs::read_to_string(&path).expect("read");
        assert!(text.contains(from), "{rel} lacks {from:?}");
        fs::write(path, text.replacen(from, to, 1)).expect("write");
    }
}

const ARTICLE: &str = "content/en/techwire/fastly-cdn-outage.txt";

#[test]
fn every_kind_of_change_gives_the_full_build_output() {
    let mut s = Sites::new();
    let all = s.check(true, &[], "first build");

    // Its page and the feeds that carry its full text are its dependents.
    s.edit(
        ARTICLE,
        "a reminder of how much",
        "a stark reminder of how much",
    );
    let body_edit = s.check(false, &[ARTICLE], "a body edit");
    assert!(
        body_edit * 10 < all,
        "a body edit renders its dependents only: {body_edit} of {all}"
    );

    s.edit(ARTICLE, "A single customer", "A single, unnamed customer");
    let lede_edit = s.check(false, &[ARTICLE], "a lede edit");
    assert!(lede_edit < all, "{lede_edit} of {all}");

    s.edit(ARTICLE, "Fastly outage briefly", "Fastly outage suddenly");
    let headline_edit = s.check(false, &[ARTICLE], "a headline edit");
    assert!(headline_edit < all, "{headline_edit} of {all}");

    let new = "content/en/techwire/norda-bank-breach.md";
    s.write(
        new,
        "+++\ntitle = \"Norda Bank says a data breach exposed 90,000 customers\"\ndate = 2019-05-20\n+++\n\n\
         Norda Bank said on Monday that a data breach had exposed the names of 90,000 customers in Finland.\n",
    );
    s.check(false, &[new], "an added article");

    fs::remove_file(s.root.join(ARTICLE)).expect("remove");
    s.check(false, &[ARTICLE], "a deleted article");

    let polish = "content/pl/nowy/awaria.md";
    s.write(
        polish,
        "+++\ntitle = \"Awaria sieci Pialo\"\ndate = 2021-06-09\nlang = \"pl\"\n+++\n\nSieć Pialo nie działała przez trzy godziny.\n",
    );
    s.check(false, &[polish], "an article in a new language");

    s.write("content/fr/cassé.md", "+++\ntitle = 3\n+++\nCorps.\n");
    s.check(false, &["content/fr/cassé.md"], "a broken article");

    s.write(
        "templates/card.html",
        "<li class=\"card\"><a href=\"{{ a.url }}\">{{ a.headline }}</a> · {{ a.source }}</li>",
    );
    let template = s.check(true, &["templates/card.html"], "a template change");
    assert!(template > body_edit, "{template}");

    s.edit(
        "site.toml",
        "depeche — incident archive",
        "depeche — the incident archive",
    );
    s.check(true, &["site.toml"], "a configuration change");

    s.edit(
        "site.toml",
        "aliases = [\"ワッツアップ\", \"واتساب\"]",
        "aliases = [\"ワッツアップ\"]",
    );
    s.check(true, &["site.toml"], "a change of the site's topics");

    fs::remove_dir_all(s.root.join("content/pl")).expect("remove dir");
    s.check(false, &["content/pl"], "a removed folder");

    let unchanged = s.check(false, &[], "nothing");
    assert_eq!(unchanged, 0, "nothing changed, nothing rendered");
}
