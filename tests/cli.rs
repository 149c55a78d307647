//! The command line as a new user runs it.

mod common;

use std::fs;

use common::*;

#[test]
fn init_then_build_works() {
    let tmp = tempfile::tempdir().unwrap();
    let demo = tmp.path().join("demo");
    let init = depeche(&["init", demo.to_str().unwrap()]);
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let build = depeche(&["--root", demo.to_str().unwrap(), "build"]);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert!(
        stderr.contains("built 1 article (en 1)") && stderr.contains("0 warnings"),
        "{stderr}"
    );
    assert!(demo.join("public/index.html").is_file());
    let pages = article_pages(&demo.join("public"));
    assert!(
        pages.contains_key("A regional internet provider restores service after a long outage"),
        "{:?}",
        pages.keys()
    );
    // Refuses to overwrite.
    let again = depeche(&["init", demo.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("not empty"));
}

#[test]
fn extract_works_on_a_single_file_outside_a_site() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("panne.txt");
    fs::write(
        &file,
        "Réseau Info\n\nPanne géante chez un opérateur : des millions de clients privés de mobile\n\nDes millions d'abonnés ont été privés de réseau mobile lundi 4 octobre 2021 pendant plusieurs heures, a reconnu l'opérateur.\n\nL'entreprise a présenté ses excuses et promis un geste commercial à ses clients.\n",
    )
    .unwrap();
    let out = depeche(&[
        "--root",
        tmp.path().to_str().unwrap(),
        "extract",
        file.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    let line = stdout.lines().next().unwrap();
    let keys = [
        "\"file\"",
        "\"lang\"",
        "\"lang_confidence\"",
        "\"headline\"",
        "\"lede\"",
        "\"source\"",
        "\"published\"",
        "\"topics\"",
        "\"facts\"",
    ];
    let positions: Vec<usize> = keys
        .iter()
        .map(|k| {
            line.find(k)
                .unwrap_or_else(|| panic!("{k} missing in {line}"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "keys out of order: {line}"
    );
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(v["lang"], "fr");
    assert_eq!(
        v["headline"],
        "Panne géante chez un opérateur : des millions de clients privés de mobile"
    );
    assert_eq!(v["source"], "Réseau Info");
}

#[test]
fn build_without_site_toml_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let out = depeche(&["--root", tmp.path().to_str().unwrap(), "build"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("site.toml"));
}

#[test]
fn unknown_config_key_names_key_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(
        tmp.path().join("site.toml"),
        "title = \"x\"\nbase_ulr = \"https://example.org/\"\n",
    )
    .unwrap();
    let out = depeche(&["--root", tmp.path().to_str().unwrap(), "build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("site.toml:2") && stderr.contains("base_ulr"),
        "{stderr}"
    );
}
