//! The command line as a new user runs it.

mod common;

use std::fs;

use common::*;

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn init_then_build_works() {
    let tmp = tempfile::tempdir().unwrap();
    let demo = tmp.path().join("demo");
    let init = depeche(&["init", demo.to_str().unwrap()]);
    assert!(init.status.success(), "{}", stderr_of(&init));
    assert!(demo.join("site.toml").is_file());
    let build = depeche(&["--root", demo.to_str().unwrap(), "build"]);
    assert!(build.status.success(), "{}", stderr_of(&build));
    let stderr = stderr_of(&build);
    assert!(
        stderr.contains("built 1 article (en 1)") && stderr.contains("0 warnings"),
        "{stderr}"
    );
    let public = demo.join("public");
    assert!(public.join("index.html").is_file());
    assert!(public.join("en/index.html").is_file());
    for feed in ["rss.xml", "atom.xml", "en/rss.xml", "en/atom.xml"] {
        let xml = fs::read(public.join(feed)).unwrap();
        let parsed = feed_rs::parser::parse(xml.as_slice()).unwrap();
        assert_eq!(parsed.entries.len(), 1, "{feed}");
    }
    assert!(public.join("sitemap.xml").is_file() && public.join("archive/index.html").is_file());
    let check = depeche(&["--root", demo.to_str().unwrap(), "check"]);
    assert!(check.status.success(), "{}", stderr_of(&check));
    let pages = article_pages(&public);
    let (rel, html) = pages
        .get("A regional internet provider restores service after a long outage")
        .unwrap_or_else(|| panic!("sample article page missing: {:?}", pages.keys()));
    assert!(rel.starts_with("en/"), "{rel}");
    assert_eq!(html_lang_dir(html), ("en".to_string(), "ltr".to_string()));
    assert!(
        body_blocks(html)
            .iter()
            .any(|b| b.starts_with("Engineers rolled back the update")),
        "{:?}",
        body_blocks(html)
    );
    assert!(
        !body_blocks(html).iter().any(|b| b == "Share Tweet Email"),
        "share bar kept"
    );
    assert!(html.contains("<h2"), "sub-heading rendered");
}

#[test]
fn init_refuses_a_non_empty_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mine");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("notes.txt"), "my own notes").unwrap();
    let out = depeche(&["init", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("not empty"), "{stderr}");
    assert!(stderr.contains("mine"), "names the directory: {stderr}");
    assert!(!dir.join("site.toml").exists(), "wrote into it anyway");
    assert_eq!(
        fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "my own notes"
    );
    // A second init over a freshly initialised site is refused the same way.
    let demo = tmp.path().join("demo");
    assert!(depeche(&["init", demo.to_str().unwrap()]).status.success());
    let again = depeche(&["init", demo.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(stderr_of(&again).contains("not empty"));
}

/// Top-level keys of one JSON object, in the order they are written.
fn top_level_keys(line: &str) -> Vec<String> {
    let bytes = line.as_bytes();
    let mut keys = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    let mut expect_key = false;
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => {
                depth += 1;
                expect_key = depth == 1 && bytes[i] == b'{';
            }
            b'}' | b']' => depth -= 1,
            b',' if depth == 1 => expect_key = true,
            b'"' => {
                let start = i + 1;
                i += 1;
                while bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                if expect_key && depth == 1 {
                    keys.push(line[start..i].to_string());
                    expect_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    keys
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
    assert!(out.status.success(), "{}", stderr_of(&out));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    let line = stdout.lines().next().unwrap();
    assert_eq!(
        top_level_keys(line),
        [
            "file",
            "lang",
            "lang_confidence",
            "headline",
            "lede",
            "source",
            "published",
            "topics",
            "facts"
        ],
        "{line}"
    );
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(v["file"], file.to_str().unwrap());
    assert_eq!(v["lang"], "fr");
    let confidence = v["lang_confidence"].as_f64().expect("a number");
    assert!((0.0..=1.0).contains(&confidence), "{confidence}");
    assert_eq!(
        v["headline"],
        "Panne géante chez un opérateur : des millions de clients privés de mobile"
    );
    assert!(
        v["lede"]
            .as_str()
            .unwrap()
            .starts_with("Des millions d'abonnés ont été privés de réseau mobile"),
        "{line}"
    );
    assert_eq!(v["source"], "Réseau Info");
    assert!(v["topics"].is_array() && v["facts"].is_array(), "{line}");
    assert!(
        v["facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f.to_string().contains("2021-10-04")),
        "the dated sentence is a fact: {line}"
    );
}

#[test]
fn extract_of_a_missing_or_empty_single_file_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("vide.txt");
    fs::write(&empty, "").unwrap();
    let out = depeche(&[
        "--root",
        tmp.path().to_str().unwrap(),
        "extract",
        empty.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(stderr_of(&out).contains("vide.txt"), "{}", stderr_of(&out));
    let missing = tmp.path().join("absent.txt");
    let out = depeche(&[
        "--root",
        tmp.path().to_str().unwrap(),
        "extract",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("absent.txt"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn build_without_site_toml_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let out = depeche(&["--root", tmp.path().to_str().unwrap(), "build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = stderr_of(&out);
    assert!(stderr.contains("site.toml"), "{stderr}");
    assert!(stderr.contains("depeche init"), "suggests init: {stderr}");
    assert!(!tmp.path().join("public").exists());
}

#[test]
fn unknown_config_key_names_key_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(
        tmp.path().join("site.toml"),
        "title = \"x\"\n\n# the URL\nbase_ulr = \"https://example.org/\"\n",
    )
    .unwrap();
    let out = depeche(&["--root", tmp.path().to_str().unwrap(), "build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("site.toml:4") && stderr.contains("base_ulr"),
        "{stderr}"
    );
    assert!(!tmp.path().join("public").exists());
}

#[test]
fn a_clean_build_prints_only_its_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let public = tmp.path().join("public");
    let out = depeche(&[
        "--root",
        repo().to_str().unwrap(),
        "--output",
        public.to_str().unwrap(),
        "build",
    ]);
    let stderr = stderr_of(&out);
    assert!(out.status.success(), "{stderr}");
    assert!(out.stdout.is_empty());
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(
        lines.len() == 1 && lines[0].starts_with("built ") && lines[0].ends_with("0 warnings"),
        "a build without warnings should print one summary line, got:\n{}",
        lines
            .iter()
            .take(12)
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    );
    let quiet = depeche(&[
        "--root",
        repo().to_str().unwrap(),
        "--output",
        public.to_str().unwrap(),
        "build",
        "-q",
    ]);
    assert!(quiet.status.success());
}
