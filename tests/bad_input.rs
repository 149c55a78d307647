//! Bad input: every bad file gets its message naming the file (and line), the
//! good ones still build, and `--strict` fails without touching the output.

mod common;

use std::fs;

use common::*;

const CONFIG: &str = "title = \"Bad input\"\nbase_url = \"https://example.org/\"\n";

const GOOD: &str = "Le Fil Réseau\n\nUne panne de messagerie prive les entreprises de courriel pendant la matinée\n\nLes clients d'un grand fournisseur de messagerie n'ont pas pu envoyer de courriels mardi matin, a indiqué l'entreprise dans un communiqué.\n\nLe service a été rétabli vers midi après le redémarrage de plusieurs serveurs, selon la même source.\n";

fn bad_site() -> tempfile::TempDir {
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode(
        "Le Fil Réseau\n\nGrève numérique : le réseau était coupé à Nîmes pendant trois heures\n\nLes abonnés ont été privés d'accès à l'internet jeudi après-midi, a précisé l'opérateur régional.\n\nLes équipes techniques ont remplacé un équipement défectueux, a-t-on appris auprès de la société.\n",
    );
    let utf16_text = "Netz Nachrichten\n\nStörung bei einem Zahlungsdienst trifft tausende Händler in Österreich\n\nTausende Händler konnten am Montag keine Kartenzahlungen annehmen, teilte der Dienstleister mit.\n\nDie Ursache sei ein fehlerhaftes Zertifikat gewesen, das inzwischen ersetzt worden sei.\n";
    let mut utf16_bom = vec![0xFF, 0xFE];
    utf16_bom.extend(utf16_text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let utf16_plain: Vec<u8> = utf16_text
        .replace("Österreich", "Bayern")
        .encode_utf16()
        .flat_map(|u| u.to_be_bytes())
        .collect();
    let script_md = "+++\ntitle = \"Un article avec du code\"\nlang = \"fr\"\n+++\nUn paragraphe <script>alert(1)</script> suivi d'une image <img src=x onerror=alert(1)> dangereuse.\n\nUn second paragraphe reste lisible pour les lecteurs.\n";
    let script_txt = GOOD
        .replace("pendant la matinée", "et le mot <script> s'affiche")
        .replace("Les clients", "Les clients <script>alert(2)</script>");
    site(
        CONFIG,
        &[
            ("fr/good.txt", GOOD.as_bytes()),
            ("fr/latin1.txt", &latin1),
            ("de/utf16-bom.txt", &utf16_bom),
            ("de/utf16-nobom.txt", &utf16_plain),
            ("fr/empty.txt", b""),
            (
                "fr/binary.txt",
                b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06",
            ),
            (
                "fr/broken.md",
                b"+++\ntitle = \"Titre\"\ndate = = 2021\n+++\nUn texte qui reste lisible.\n",
            ),
            ("fr/script.md", script_md.as_bytes()),
            ("fr/script.txt", script_txt.as_bytes()),
        ],
    )
}

#[test]
fn bad_files_are_reported_and_the_rest_builds() {
    let dir = bad_site();
    let public = dir.path().join("public");
    let report = build(dir.path(), &public).expect("build succeeds");
    let messages: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
    let about = |name: &str| messages.iter().find(|m| m.contains(name)).cloned();
    assert!(
        about("empty.txt").is_some_and(|m| m.contains("empty")),
        "{messages:?}"
    );
    assert!(
        about("binary.txt").is_some_and(|m| m.contains("binary")),
        "{messages:?}"
    );
    let broken = about("broken.md").expect("broken front matter reported");
    assert!(broken.contains("broken.md:3:"), "{broken}");
    assert_eq!(report.articles, 7, "{messages:?}");

    let pages = article_pages(&public);
    assert!(pages.contains_key(
        "Une panne de messagerie prive les entreprises de courriel pendant la matinée"
    ));
    assert!(
        pages.contains_key("Grève numérique : le réseau était coupé à Nîmes pendant trois heures"),
        "Latin-1 decoded: {:?}",
        pages.keys()
    );
    assert!(
        pages
            .contains_key("Störung bei einem Zahlungsdienst trifft tausende Händler in Österreich"),
        "UTF-16 with BOM"
    );
    assert!(
        pages.contains_key("Störung bei einem Zahlungsdienst trifft tausende Händler in Bayern"),
        "UTF-16 without BOM"
    );
    let (_, script_md) = &pages["Un article avec du code"];
    assert!(
        !script_md.contains("<script") && !script_md.contains("onerror"),
        "{script_md}"
    );
    let (_, script_txt) = pages
        .iter()
        .find(|(h, _)| h.contains("s'affiche"))
        .expect("txt with <script>")
        .1
        .clone();
    assert!(!script_txt.contains("<script>"), "raw text is escaped");
    assert!(script_txt.contains("&lt;script&gt;"));
}

#[test]
fn strict_fails_and_leaves_the_output_untouched() {
    let dir = site(CONFIG, &[("fr/good.txt", GOOD.as_bytes())]);
    let public = dir.path().join("public");
    build(dir.path(), &public).unwrap();
    let before = tree(&public);
    fs::write(dir.path().join("content/fr/empty.txt"), "").unwrap();
    fs::write(
        dir.path().join("content/fr/second.txt"),
        GOOD.replace("messagerie", "téléphonie"),
    )
    .unwrap();
    let err = depeche::build(&depeche::site::BuildOptions {
        root: dir.path().to_path_buf(),
        output: Some(public.clone()),
        strict: true,
        ..Default::default()
    })
    .expect_err("strict build fails");
    assert!(err.to_string().contains("--strict"), "{err}");
    assert_eq!(tree(&public), before);
}

#[test]
fn the_binary_exits_1_under_strict_and_names_the_file() {
    let dir = bad_site();
    let root = dir.path().to_str().unwrap();
    let strict = depeche(&["--root", root, "build", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&strict.stderr);
    assert!(
        stderr.contains("empty.txt") && stderr.contains("broken.md:3"),
        "{stderr}"
    );
    assert!(!dir.path().join("public").exists(), "nothing written");
    let lenient = depeche(&["--root", root, "build"]);
    assert_eq!(
        lenient.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&lenient.stderr)
    );
    assert!(dir.path().join("public/index.html").is_file());
}
