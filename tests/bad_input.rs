//! Bad input: every bad file gets its message naming the file (and line), the
//! good ones still build, and `--strict` fails without touching the output.

mod common;

use std::fs;

use common::*;
use depeche::Severity;
use depeche::site::{BuildError, BuildOptions};

const CONFIG: &str = "title = \"Bad input\"\nbase_url = \"https://example.org/\"\n";

const GOOD: &str = "Le Fil Réseau\n\nUne panne de messagerie prive les entreprises de courriel pendant la matinée\n\nLes clients d'un grand fournisseur de messagerie n'ont pas pu envoyer de courriels mardi matin, a indiqué l'entreprise dans un communiqué.\n\nLe service a été rétabli vers midi après le redémarrage de plusieurs serveurs, selon la même source.\n";

const LATIN1: &str = "Le Fil Réseau\n\nGrève numérique : le réseau était coupé à Nîmes pendant trois heures\n\nLes abonnés ont été privés d'accès à l'internet jeudi après-midi, a précisé l'opérateur régional.\n\nLes équipes techniques ont remplacé un équipement défectueux, a-t-on appris auprès de la société.\n";

const UTF16: &str = "Netz Nachrichten\n\nStörung bei einem Zahlungsdienst trifft tausende Händler in Österreich\n\nTausende Händler konnten am Montag keine Kartenzahlungen annehmen, teilte der Dienstleister mit.\n\nDie Ursache sei ein fehlerhaftes Zertifikat gewesen, das inzwischen ersetzt worden sei.\n";

const SCRIPT_MD: &str = "+++\ntitle = \"Un article avec du code\"\nlang = \"fr\"\n+++\nUn paragraphe <script>alert(1)</script> suivi d'une image <img src=x onerror=alert(1)> dangereuse.\n\nUn second paragraphe reste lisible pour les lecteurs du site.\n\n<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">Un lien piégé</a> et un <iframe src=\"https://evil.example/\"></iframe> cadre.\n";

const BROKEN_MD: &[u8] =
    b"+++\ntitle = \"Titre\"\ndate = = 2021\n+++\nUn texte qui reste lisible.\n";

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa";

fn utf16le(text: &str, bom: bool) -> Vec<u8> {
    let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    bytes.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    bytes
}

/// The files that must build, by the headline their page shows.
const GOOD_HEADLINES: [&str; 7] = [
    "Une panne de messagerie prive les entreprises de courriel pendant la matinée",
    "Grève numérique : le réseau était coupé à Nîmes pendant trois heures",
    "Störung bei einem Zahlungsdienst trifft tausende Händler in Österreich",
    "Störung bei einem Zahlungsdienst trifft tausende Händler in Bayern",
    "Störung bei einem Zahlungsdienst trifft tausende Händler in Tirol",
    "Un article avec du code",
    "Une panne de messagerie prive les entreprises de courriel et le mot <script> s'affiche",
];

fn bad_site() -> tempfile::TempDir {
    let (latin1, _, unmappable) = encoding_rs::WINDOWS_1252.encode(LATIN1);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&latin1).is_err(), "really not UTF-8");
    let utf16_be_plain: Vec<u8> = UTF16
        .replace("Österreich", "Bayern")
        .encode_utf16()
        .flat_map(|u| u.to_be_bytes())
        .collect();
    let script_txt = GOOD
        .replace("pendant la matinée", "et le mot <script> s'affiche")
        .replace("Les clients", "Les clients <script>alert(2)</script>");
    site(
        CONFIG,
        &[
            ("fr/good.txt", GOOD.as_bytes()),
            ("fr/latin1.txt", &latin1),
            ("de/utf16-bom.txt", &utf16le(UTF16, true)),
            (
                "de/utf16le-nobom.txt",
                &utf16le(&UTF16.replace("Österreich", "Tirol"), false),
            ),
            ("de/utf16be-nobom.txt", &utf16_be_plain),
            ("fr/empty.txt", b""),
            ("fr/binary.txt", PNG),
            ("fr/broken.md", BROKEN_MD),
            ("fr/script.md", SCRIPT_MD.as_bytes()),
            ("fr/script.txt", script_txt.as_bytes()),
        ],
    )
}

const BAD_FILES: [&str; 3] = ["empty.txt", "binary.txt", "broken.md"];

#[test]
fn bad_files_are_reported_and_the_rest_builds() {
    let dir = bad_site();
    let public = dir.path().join("public");
    let report = build(dir.path(), &public).expect("build succeeds");
    let messages: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
    // Only the bad files have something said about them.
    for d in &report.diagnostics {
        let name = d.path.file_name().unwrap().to_string_lossy();
        assert!(
            BAD_FILES.contains(&name.as_ref()),
            "unexpected diagnostic about a good file: {d}"
        );
    }
    let about = |name: &str| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.path.ends_with(name))
            .collect::<Vec<_>>()
    };
    let empty = about("empty.txt");
    assert!(
        empty.iter().any(|d| d.message.contains("empty")),
        "{messages:?}"
    );
    let binary = about("binary.txt");
    assert!(
        binary
            .iter()
            .any(|d| d.severity == Severity::Error && d.message.contains("binary")),
        "{messages:?}"
    );
    let broken = about("broken.md");
    let front = broken
        .iter()
        .find(|d| d.message.contains("front matter"))
        .unwrap_or_else(|| panic!("broken front matter not reported: {messages:?}"));
    assert_eq!(front.severity, Severity::Warning, "{front}");
    assert_eq!(front.line, Some(3), "{front}");
    assert!(front.to_string().contains("broken.md:3:"), "{front}");

    // Good files, and the broken front matter one (kept, front matter ignored).
    assert_eq!(report.articles, GOOD_HEADLINES.len() + 1, "{messages:?}");
    let pages = article_pages(&public);
    for h in GOOD_HEADLINES {
        assert!(
            pages.contains_key(h),
            "no page for {h:?}: {:?}",
            pages.keys()
        );
    }
    assert!(
        !pages
            .keys()
            .any(|h| h.contains("PNG") || h.contains("IHDR"))
    );
}

#[test]
fn latin1_and_utf16_pages_show_their_accents() {
    let dir = bad_site();
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("build");
    let pages = article_pages(&public);
    let (_, latin1) =
        &pages["Grève numérique : le réseau était coupé à Nîmes pendant trois heures"];
    let text = strip_tags(latin1);
    assert!(
        text.contains("Les équipes techniques ont remplacé un équipement défectueux"),
        "{text}"
    );
    assert!(
        !latin1.contains('\u{FFFD}'),
        "replacement characters in the page"
    );
    assert_eq!(html_lang_dir(latin1).0, "fr");
    for place in ["Österreich", "Bayern", "Tirol"] {
        let (_, html) =
            &pages[&format!("Störung bei einem Zahlungsdienst trifft tausende Händler in {place}")];
        assert!(
            strip_tags(html).contains("Tausende Händler konnten am Montag"),
            "{place}"
        );
        assert!(!html.contains('\u{FFFD}') && !html.contains('\0'));
        assert_eq!(html_lang_dir(html).0, "de", "{place}");
    }
}

#[test]
fn markdown_html_is_sanitised_and_raw_text_is_escaped() {
    let dir = bad_site();
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("build");
    let pages = article_pages(&public);
    let (_, md) = &pages["Un article avec du code"];
    let lower = without_json_ld(md).to_lowercase();
    for bad in ["<script", "onerror", "onclick", "javascript:", "<iframe"] {
        assert!(!lower.contains(bad), "{bad} in the Markdown page:\n{md}");
    }
    assert!(
        body_blocks(md)
            .iter()
            .any(|b| b.contains("Un second paragraphe reste lisible")),
        "the harmless text survives: {:?}",
        body_blocks(md)
    );
    let (_, txt) = &pages["Une panne de messagerie prive les entreprises de courriel et le mot <script> s'affiche"];
    assert!(
        !without_json_ld(txt).contains("<script"),
        "raw text is escaped:\n{txt}"
    );
    assert!(txt.contains("&lt;script&gt;"));
    assert!(
        txt.contains("<h1>Une panne de messagerie prive les entreprises de courriel et le mot &lt;script&gt; s&#39;affiche</h1>"),
        "{txt}"
    );
}

#[test]
fn a_front_matter_url_with_a_script_scheme_is_not_made_a_link() {
    let md = "+++\ntitle = \"Une fausse source\"\nlang = \"fr\"\nsource = \"Le Fil Réseau\"\nurl = \"javascript:alert(document.cookie)\"\n+++\nUne panne a touché un service de paiement en ligne pendant plusieurs heures mardi, selon l'entreprise.\n\nLe service a été rétabli dans l'après-midi après l'intervention des équipes techniques.\n";
    let dir = site(CONFIG, &[("fr/fausse-source.md", md.as_bytes())]);
    let public = dir.path().join("public");
    build(dir.path(), &public).expect("build");
    let pages = article_pages(&public);
    let (_, html) = &pages["Une fausse source"];
    assert!(html.contains("Le Fil Réseau"), "the source is still shown");
    assert!(
        !html.to_lowercase().contains("javascript:"),
        "a javascript: URL from front matter ends up in an href:\n{}",
        html.lines()
            .filter(|l| l.contains("javascript:"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn strict_fails_and_leaves_the_output_untouched() {
    let dir = site(CONFIG, &[("fr/good.txt", GOOD.as_bytes())]);
    let public = dir.path().join("public");
    build(dir.path(), &public).unwrap();
    let before = tree(&public);
    fs::write(dir.path().join("content/fr/empty.txt"), "").unwrap();
    fs::write(dir.path().join("content/fr/broken.md"), BROKEN_MD).unwrap();
    fs::write(
        dir.path().join("content/fr/second.txt"),
        GOOD.replace("messagerie", "téléphonie"),
    )
    .unwrap();
    let err = depeche::build(&BuildOptions {
        root: dir.path().to_path_buf(),
        output: Some(public.clone()),
        strict: true,
        ..Default::default()
    })
    .expect_err("strict build fails");
    assert!(err.to_string().contains("--strict"), "{err}");
    match &err {
        BuildError::Strict { count, diagnostics } => {
            assert_eq!(*count, diagnostics.len());
            assert!(diagnostics.iter().any(|d| d.path.ends_with("empty.txt")));
            assert!(
                diagnostics
                    .iter()
                    .any(|d| d.path.ends_with("broken.md") && d.line == Some(3)),
                "{diagnostics:?}"
            );
        }
        other => panic!("expected BuildError::Strict, got {other:?}"),
    }
    assert_eq!(tree(&public), before);
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );
    // Without strict, the same site builds and the new good article appears.
    let report = build(dir.path(), &public).expect("lenient build");
    assert_eq!(report.articles, 3);
}

#[test]
fn the_binary_exits_1_under_strict_and_names_the_file() {
    let dir = bad_site();
    let root = dir.path().to_str().unwrap();
    let strict = depeche(&["--root", root, "build", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&strict.stderr);
    for name in ["empty.txt", "binary.txt", "broken.md:3"] {
        assert!(stderr.contains(name), "{name} not named:\n{stderr}");
    }
    assert!(stderr.contains("--strict"), "{stderr}");
    assert!(!dir.path().join("public").exists(), "nothing written");
    let lenient = depeche(&["--root", root, "build"]);
    let stderr = String::from_utf8_lossy(&lenient.stderr);
    assert_eq!(lenient.status.code(), Some(0), "{stderr}");
    for name in ["empty.txt", "binary.txt", "broken.md:3"] {
        assert!(stderr.contains(name), "{name} not named:\n{stderr}");
    }
    assert!(dir.path().join("public/index.html").is_file());
    assert_eq!(article_pages(&dir.path().join("public")).len(), 8);
}
