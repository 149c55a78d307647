//! `depeche check` as a user runs it: the example archive passes, broken
//! links and anchors are named with their page, warnings fail the check.

mod common;

use std::fs;

use common::*;

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_example_archive_passes_at_the_root_and_under_a_sub_path() {
    let root = repo();
    for extra in [&[][..], &["--base-url", "https://example.org/archive/"][..]] {
        let mut args = vec!["--root", root.to_str().unwrap(), "check"];
        args.extend_from_slice(extra);
        let out = depeche(&args);
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(0), "{extra:?}: {stderr}");
        assert!(stderr.contains("0 broken links, 0 warnings"), "{stderr}");
        let pages: usize = between(&stderr, "checked ", " page")
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        assert!(pages >= 60, "{stderr}");
    }
    assert!(
        !repo().join("public").join(".depeche-check").exists(),
        "nothing written into the site"
    );
}

const GOOD: &str = "+++\ntitle = \"Une panne bien documentée\"\nlang = \"fr\"\ndate = 2021-10-04\n+++\nLe service a été coupé pendant six heures lundi soir, selon l'opérateur.\n\nUn second paragraphe renvoie [à la page d'accueil](/fr/) et [au contenu](#content).\n";

const BROKEN: &str = "+++\ntitle = \"Une panne mal liée\"\nlang = \"fr\"\ndate = 2021-10-05\n+++\nLe service a été coupé pendant six heures mardi soir, selon l'opérateur.\n\nVoir [l'article disparu](/fr/missing/) et [une ancre absente](#nope) pour les détails de la panne.\n";

#[test]
fn a_broken_link_and_a_missing_anchor_are_named_with_their_page() {
    let dir = site(
        "title = \"Check\"\nbase_url = \"https://example.org/\"\n",
        &[
            ("fr/bonne.md", GOOD.as_bytes()),
            ("fr/cassee.md", BROKEN.as_bytes()),
        ],
    );
    let out = depeche(&["--root", dir.path().to_str().unwrap(), "check"]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let broken: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("broken link: "))
        .collect();
    assert_eq!(broken.len(), 2, "{stderr}");
    assert!(
        broken[0].starts_with("broken link: /fr/une-panne-mal-liee/:")
            && broken
                .iter()
                .any(|l| l.contains(": /fr/missing/ (no such page")),
        "{stderr}"
    );
    assert!(
        broken
            .iter()
            .any(|l| l.contains(": #nope (no element with id \"nope\"")),
        "{stderr}"
    );
    assert!(stderr.contains("2 broken links"), "{stderr}");
    assert!(
        broken.iter().all(|l| l.ends_with("cassee.md")),
        "names the file to fix: {stderr}"
    );
    assert!(
        !dir.path().join("public").exists(),
        "check builds elsewhere"
    );
}

#[test]
fn under_a_sub_path_a_root_link_outside_it_is_broken() {
    let dir = site(
        "title = \"Check\"\nbase_url = \"https://example.org/\"\n",
        &[("fr/bonne.md", GOOD.as_bytes())],
    );
    let root = dir.path().to_str().unwrap();
    assert!(depeche(&["--root", root, "check"]).status.success());
    // The Markdown link `/fr/` is written for a site at the domain root.
    let out = depeche(&[
        "--root",
        root,
        "check",
        "--base-url",
        "https://example.org/news/",
    ]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("/news/fr/une-panne-bien-documentee/:")
            && stderr.contains(": /fr/ (outside the site's base path /news/)"),
        "{stderr}"
    );
}

#[test]
fn warnings_fail_the_check_and_name_the_file() {
    let dir = site(
        "title = \"Check\"\nbase_url = \"https://example.org/\"\n",
        &[("fr/bonne.md", GOOD.as_bytes()), ("fr/vide.txt", b"")],
    );
    let out = depeche(&["--root", dir.path().to_str().unwrap(), "check"]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("vide.txt"), "{stderr}");
    assert!(stderr.contains("0 broken links, 1 warning"), "{stderr}");
}

#[test]
fn a_bad_config_fails_the_check_with_its_line() {
    let dir = site(
        "title = \"x\"\npage_size = 0\n",
        &[("fr/bonne.md", GOOD.as_bytes())],
    );
    let out = depeche(&["--root", dir.path().to_str().unwrap(), "check"]);
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("page_size"), "{stderr}");
    fs::write(dir.path().join("site.toml"), "titel = \"x\"\n").unwrap();
    let out = depeche(&["--root", dir.path().to_str().unwrap(), "check"]);
    assert!(
        stderr_of(&out).contains("site.toml:1"),
        "{}",
        stderr_of(&out)
    );
}
