//! Topics and incidents across a whole corpus: the example archive's
//! multi-language incidents, two incidents of one name years apart, a
//! passing mention of another incident, and ids that stay put when the
//! archive grows.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use depeche::link::Corpus;

fn corpus(root: &Path) -> Corpus {
    depeche::site::corpus(root, Some(2), false)
        .unwrap_or_else(|e| panic!("{e}"))
        .0
}

/// Content paths (relative to `content/`) of an incident's articles.
fn files_of(c: &Corpus, articles: &[usize]) -> BTreeSet<String> {
    articles
        .iter()
        .map(|&i| c.articles[i].rel_path.clone())
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The incident holding `file`, as the set of its articles' files.
fn incident_with(c: &Corpus, file: &str) -> (String, BTreeSet<String>) {
    let a = c
        .articles
        .iter()
        .position(|a| a.rel_path == file)
        .unwrap_or_else(|| panic!("no article {file}"));
    let i = c.incident_of[a].unwrap_or_else(|| panic!("{file} is in no incident"));
    (
        c.incidents[i].id.clone(),
        files_of(c, &c.incidents[i].articles),
    )
}

pub const FACEBOOK_2021: &[&str] = &[
    "ar/akhbar-tech/facebook-outage.txt",
    "de/netzwelt-heute/facebook-stoerung-oktober-2021.txt",
    "en/techwire/facebook-outage-2021.txt",
    "es/diario-red/caida-mundial-facebook.txt",
    "fr/quotidien-numerique/panne-facebook-whatsapp-instagram.txt",
    "it/cronaca-digitale/facebook-down-ottobre-2021.md",
    "ja/tech-shinbun/facebook-shogai-2021.txt",
    "nl/techkrant/storing-facebook-whatsapp.md",
    "pt/jornal-digital/apagao-facebook-whatsapp.txt",
    "ru/set-novosti/sboi-facebook-2021.txt",
];
pub const FACEBOOK_2019: &[&str] = &[
    "de/netzwelt-heute/facebook-ausfall-maerz-2019.txt",
    "en/techwire/facebook-instagram-outage-2019.txt",
    "fr/quotidien-numerique/panne-facebook-mars-2019.txt",
];
pub const CROWDSTRIKE_2024: &[&str] = &[
    "de/digitalwelt/crowdstrike-panne-windows.txt",
    "en/wire-report/crowdstrike-update-outage.txt",
    "es/mundo-tecnologico/fallo-crowdstrike-microsoft.md",
    "fr/le-fil-tech/panne-informatique-mondiale-crowdstrike.txt",
    "it/notizie-rete/crowdstrike-blackout-informatico.txt",
    "nl/de-digitale-krant/crowdstrike-storing-wereldwijd.txt",
];
pub const WANNACRY_2017: &[&str] = &[
    "en/wire-report/wannacry-ransomware-nhs.txt",
    "es/mundo-tecnologico/ciberataque-wannacry-telefonica.txt",
    "it/notizie-rete/wannacry-attacco-globale.txt",
    "pt/jornal-digital/ataque-ransomware-wannacry.txt",
    "ru/set-novosti/wannacry-ataka.md",
    "zh/keji-ribao/wannacry-lesuo-bingdu.txt",
];

#[test]
fn example_incidents_are_one_incident_each_in_every_language() {
    let c = corpus(&common::repo());
    let mut ids = BTreeSet::new();
    for expected in [
        FACEBOOK_2021,
        FACEBOOK_2019,
        CROWDSTRIKE_2024,
        WANNACRY_2017,
    ] {
        let (id, files) = incident_with(&c, expected[0]);
        assert_eq!(files, set(expected), "incident {id}");
        ids.insert(id);
    }
    assert_eq!(ids.len(), 4, "four distinct incidents: {ids:?}");
    // The two Facebook outages share their topics.
    for topic in ["facebook", "outage"] {
        let t = &c.topics[c.topic_ids[topic]];
        let files = files_of(&c, &t.articles);
        for f in FACEBOOK_2019.iter().chain(FACEBOOK_2021) {
            assert!(files.contains(*f), "topic {topic} lacks {f}");
        }
        let (a, _) = incident_with(&c, FACEBOOK_2019[0]);
        let (b, _) = incident_with(&c, FACEBOOK_2021[0]);
        let incidents: Vec<&str> = t
            .incidents
            .iter()
            .map(|&i| c.incidents[i].id.as_str())
            .collect();
        assert!(
            incidents.contains(&a.as_str()) && incidents.contains(&b.as_str()),
            "{topic}: {incidents:?}"
        );
    }
}

fn fixture_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("site.toml"),
        "title = \"Fixtures\"\nbase_url = \"https://example.org/\"\ndefault_language = \"fr\"\n",
    )
    .expect("site.toml");
    let from = common::repo().join("tests/fixtures/topics");
    for (rel, bytes) in common::tree(&from) {
        let to = dir.path().join("content").join(&rel);
        fs::create_dir_all(to.parent().expect("parent")).expect("dirs");
        fs::write(to, bytes).expect("write");
    }
    dir
}

const PIALO_2014_FR: &str = "fr/2014/12/29/pialo-victime-d-une-panne.txt";
const PIALO_2014_DE: &str = "de/2014/12/29/pialo-stoerung.txt";
const PIALO_2020_FR: &str = "fr/2020/10/16/pialo-panne-mondiale.txt";
const ORION_2014_EN: &str = "en/2014/11/25/orion-films-hack.md";

fn article(c: &Corpus, file: &str) -> usize {
    c.articles
        .iter()
        .position(|a| a.rel_path == file)
        .unwrap_or_else(|| panic!("no article {file}"))
}

fn topic_ids_of(c: &Corpus, a: usize) -> BTreeSet<String> {
    c.tags[a]
        .iter()
        .map(|t| c.topics[t.topic].id.clone())
        .collect()
}

/// Our own pair in the two seed shapes: one name, one kind of incident, six
/// years apart; the older report also covers another incident in passing.
#[test]
fn one_name_two_incidents_years_apart_and_a_passing_mention() {
    let site = fixture_site();
    let c = corpus(site.path());
    let (old, old_files) = incident_with(&c, PIALO_2014_FR);
    let (new, new_files) = incident_with(&c, PIALO_2020_FR);
    assert_ne!(old, new);
    assert_eq!(
        old_files,
        set(&[PIALO_2014_DE, PIALO_2014_FR]),
        "across languages"
    );
    assert_eq!(new_files, set(&[PIALO_2020_FR]));
    for topic in ["pialo", "outage"] {
        let t = &c.topics[c.topic_ids[topic]];
        let files = files_of(&c, &t.articles);
        for f in [PIALO_2014_FR, PIALO_2014_DE, PIALO_2020_FR] {
            assert!(files.contains(f), "topic {topic} lacks {f}");
        }
    }
    let (a, b) = (article(&c, PIALO_2014_FR), article(&c, PIALO_2020_FR));
    assert!(c.related[a].contains(&b), "2014 → 2020 related");
    assert!(c.related[b].contains(&a), "2020 → 2014 related");
    // The 2014 report covers the studio's hack in passing: its topics, and
    // a link to that incident, which it does not belong to.
    let topics = topic_ids_of(&c, a);
    for t in ["orion-films", "cyberattack", "north-korea"] {
        assert!(topics.contains(t), "{t} not in {topics:?}");
    }
    let (orion, _) = incident_with(&c, ORION_2014_EN);
    let mentioned: Vec<&str> = c.mentions[a]
        .iter()
        .map(|&i| c.incidents[i].id.as_str())
        .collect();
    assert_eq!(mentioned, [orion.as_str()]);
    assert_ne!(old, orion);
}

fn snapshot(
    c: &Corpus,
) -> (
    BTreeMap<String, BTreeSet<String>>,
    BTreeMap<String, BTreeSet<String>>,
) {
    let topics = c
        .topics
        .iter()
        .map(|t| (t.id.clone(), files_of(c, &t.articles)))
        .collect();
    let incidents = c
        .incidents
        .iter()
        .map(|i| (i.id.clone(), files_of(c, &i.articles)))
        .collect();
    (topics, incidents)
}

/// Adding an article about something else renames nothing and moves no
/// article between topics or incidents.
#[test]
fn ids_are_stable_when_an_unrelated_article_is_added() {
    let site = fixture_site();
    let (topics, incidents) = snapshot(&corpus(site.path()));
    let new = "en/2019/05/20/norda-bank-breach.md";
    let path = site.path().join("content").join(new);
    fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
    fs::write(
        &path,
        "+++\ntitle = \"Norda Bank says a data breach exposed 90,000 customers\"\n+++\n\n\
         Norda Bank said on Monday, May 20, that a data breach had exposed the names and \
         account numbers of 90,000 customers in Finland. The bank said the leak came from a \
         misconfigured backup server run by a contractor.\n",
    )
    .expect("write");
    let (after_topics, after_incidents) = snapshot(&corpus(site.path()));
    for (id, files) in &topics {
        let now = after_topics
            .get(id)
            .unwrap_or_else(|| panic!("topic {id} disappeared"));
        let gained: Vec<&String> = now.difference(files).collect();
        assert!(files.is_subset(now), "topic {id} lost articles");
        assert!(
            gained.iter().all(|f| f.as_str() == new),
            "topic {id} gained {gained:?}"
        );
    }
    for (id, files) in &incidents {
        assert_eq!(after_incidents.get(id), Some(files), "incident {id}");
    }
    assert!(
        after_topics.contains_key("norda-bank"),
        "{:?}",
        after_topics.keys()
    );
}

/// Every `href` of a page.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(common::unescape)
        .collect()
}

/// The site path of an article's page in a built site, by its content file.
fn page_of(c: &Corpus, file: &str) -> String {
    let a = &c.articles[article(c, file)];
    format!("/{}/{}/", a.lang, a.slug)
}

fn read(out: &Path, path: &str) -> String {
    let file = out.join(path.trim_start_matches('/')).join("index.html");
    fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// The groupings, through the pages a reader sees: each incident's page
/// links every language's article, each article links its incident and the
/// others with `hreflang`, and the topic page links both Facebook outages.
#[test]
fn incident_and_topic_pages_link_coverage_across_languages() {
    let repo = common::repo();
    let c = corpus(&repo);
    let out = tempfile::tempdir().expect("temp dir");
    let public = out.path().join("public");
    common::build(&repo, &public).unwrap_or_else(|e| panic!("{e}"));
    for expected in [
        FACEBOOK_2021,
        FACEBOOK_2019,
        CROWDSTRIKE_2024,
        WANNACRY_2017,
    ] {
        let (id, _) = incident_with(&c, expected[0]);
        let incident_path = format!("/incidents/{id}/");
        let digest = read(&public, &incident_path);
        let links = hrefs(&digest);
        for file in expected {
            let page = page_of(&c, file);
            assert!(links.contains(&page), "{incident_path} lacks {page}");
            let html = read(&public, &page);
            let article_links = hrefs(&html);
            assert!(
                article_links.contains(&incident_path),
                "{page} lacks {incident_path}"
            );
            // "Also covered in": every other language's article, by hreflang.
            for other in expected.iter().filter(|o| *o != file) {
                let a = &c.articles[article(&c, other)];
                if a.lang == c.articles[article(&c, file)].lang {
                    continue;
                }
                let link = format!("href=\"{}\" hreflang=\"{}\"", page_of(&c, other), a.lang);
                assert!(
                    html.contains(&link),
                    "{page} does not link {other} as {link}"
                );
            }
        }
    }
    let facebook = read(&public, "/topics/facebook/");
    let links = hrefs(&facebook);
    for (file, _) in [(FACEBOOK_2019[0], ()), (FACEBOOK_2021[0], ())] {
        let (id, _) = incident_with(&c, file);
        assert!(
            links.contains(&format!("/incidents/{id}/")),
            "facebook topic lacks {id}"
        );
    }
    for file in FACEBOOK_2019.iter().chain(FACEBOOK_2021) {
        assert!(
            links.contains(&page_of(&c, file)),
            "facebook topic lacks {file}"
        );
    }
    // The home page leads with the latest incidents; each language's front
    // page shows its topics.
    let home = fs::read_to_string(public.join("index.html")).expect("home");
    let first_incident = home
        .find("/incidents/")
        .expect("incidents on the home page");
    assert!(first_incident < home.find("class=\"card\"").expect("cards"));
    let french = read(&public, "/fr/");
    assert!(
        hrefs(&french).contains(&"/topics/outage/".to_string()),
        "fr topics"
    );
}

/// Our seed-shaped pair through its pages: both on the Pialo and outage
/// topic pages, separate incidents, related to each other, and the older one
/// links the studio's hack and its topics.
#[test]
fn fixture_pages_link_related_reports_and_the_incident_mentioned() {
    let site = fixture_site();
    let c = corpus(site.path());
    let public = site.path().join("public");
    common::build(site.path(), &public).unwrap_or_else(|e| panic!("{e}"));
    let (old, new) = (page_of(&c, PIALO_2014_FR), page_of(&c, PIALO_2020_FR));
    for topic in ["/topics/pialo/", "/topics/outage/"] {
        let links = hrefs(&read(&public, topic));
        assert!(links.contains(&old) && links.contains(&new), "{topic}");
    }
    let old_html = read(&public, &old);
    let new_html = read(&public, &new);
    assert!(hrefs(&old_html).contains(&new), "2014 page relates 2020");
    assert!(hrefs(&new_html).contains(&old), "2020 page relates 2014");
    let (old_id, _) = incident_with(&c, PIALO_2014_FR);
    let (new_id, _) = incident_with(&c, PIALO_2020_FR);
    assert!(hrefs(&old_html).contains(&format!("/incidents/{old_id}/")));
    assert!(!hrefs(&old_html).contains(&format!("/incidents/{new_id}/")));
    let (orion, _) = incident_with(&c, ORION_2014_EN);
    let links = hrefs(&old_html);
    for target in [
        format!("/incidents/{orion}/"),
        "/topics/orion-films/".to_string(),
        "/topics/cyberattack/".to_string(),
        "/topics/north-korea/".to_string(),
    ] {
        assert!(links.contains(&target), "2014 page lacks {target}");
    }
    // The studio's incident page names the article that mentions it.
    let orion_page = read(&public, &format!("/incidents/{orion}/"));
    assert!(hrefs(&orion_page).contains(&old));
}

/// The example archive's topics are exactly the expected set, and none of
/// them is a stop word, a month or weekday, page chrome or a lone capital
/// of a sentence start in the languages of its articles.
#[test]
fn the_example_archive_has_the_expected_topics_and_no_noise() {
    let c = corpus(&common::repo());
    let expected_text =
        fs::read_to_string(common::repo().join("tests/expected/topics.txt")).expect("topics.txt");
    let expected: BTreeSet<&str> = expected_text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    let got: BTreeSet<&str> = c.topics.iter().map(|t| t.id.as_str()).collect();
    let extra: Vec<&&str> = got.difference(&expected).collect();
    let missing: Vec<&&str> = expected.difference(&got).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "unexpected topics {extra:?}; missing topics {missing:?}"
    );
    use depeche::langdata::{Term, lang_data};
    // Share-button and credit words are also networks and agencies that
    // are real topics (Facebook, AFP); the rest of the chrome never is.
    let chrome = [
        Term::Newsletter,
        Term::Comments,
        Term::Navigation,
        Term::ReadAlso,
    ];
    // Names found in the text; places and kinds of incident come from tables.
    for t in c
        .topics
        .iter()
        .filter(|t| t.kind == depeche::topics::TopicKind::Entity)
    {
        for (lang, name) in &t.names {
            if !c.by_lang.contains_key(lang) {
                continue;
            }
            let lower = name.to_lowercase();
            let data = lang_data(lang);
            assert!(
                !data.is_stop_word(&lower),
                "{} is a stop word in {lang}",
                t.id
            );
            assert!(
                !depeche::dates::grammar::grammar(lang).is_calendar_word(&lower),
                "{} is a calendar word in {lang}",
                t.id
            );
            let hits = data.scan(&lower);
            if lower.split_whitespace().count() == 1 {
                assert!(
                    !chrome.iter().any(|&term| hits.has(term)),
                    "{} ({name}) is page chrome in {lang}",
                    t.id
                );
            }
        }
    }
}
