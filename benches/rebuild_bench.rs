//! Incremental rebuild times of `depeche serve`'s engine on a site, without
//! the watcher: a first build, then body edits, headline edits (which move
//! the article's page and re-link the corpus), an added and a deleted
//! article — each with the files rendered.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- 10000 /tmp/g10k
//! cargo run --release --example rebuild_bench -- /tmp/g10k [ROUNDS]
//! ```
//!
//! Builds into a temporary directory; restores every file it edits.

use std::path::PathBuf;
use std::time::Instant;

use depeche::incremental::Session;
use depeche::site::BuildOptions;

fn longest_line_extended(text: &str) -> String {
    let longest = text.lines().max_by_key(|l| l.len()).unwrap_or("");
    text.replacen(longest, &format!("{longest} It was updated."), 1)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().expect("usage: rebuild_bench SITE_DIR [ROUNDS]"));
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let out = tempfile::tempdir().expect("temp dir");
    let mut session = Session::new(BuildOptions {
        root: root.clone(),
        output: Some(out.path().join("site")),
        ..BuildOptions::default()
    });
    let time = |session: &mut Session, site_wide: bool, changed: &[PathBuf], what: &str| {
        let start = Instant::now();
        let r = session.rebuild(site_wide, changed).expect("rebuild");
        println!(
            "{what:<28} {:8.1} ms  {:6} files rendered  re-linked: {}",
            start.elapsed().as_secs_f64() * 1000.0,
            r.rendered,
            r.relinked
        );
    };
    time(&mut session, true, &[], "first build");
    let (found, _) = depeche::discover::discover(&root.join("content"));
    let settings =
        depeche::analyze::Settings::new(&depeche::site::load_config(&root).expect("site.toml"));
    let pick = |n: usize| -> PathBuf { found[(n * 7919) % found.len()].path.clone() };
    let restore: Vec<(PathBuf, Vec<u8>)> = (0..rounds * 2)
        .map(|n| {
            let p = pick(n);
            let bytes = std::fs::read(&p).expect("read");
            (p, bytes)
        })
        .collect();
    for n in 0..rounds {
        let p = pick(n);
        let text = std::fs::read_to_string(&p).expect("read");
        std::fs::write(&p, longest_line_extended(&text)).expect("write");
        time(&mut session, false, &[p], "body edit");
    }
    for n in rounds..rounds * 2 {
        let p = pick(n);
        let rel = p
            .strip_prefix(root.join("content"))
            .unwrap_or(&p)
            .to_string_lossy()
            .into_owned();
        let found = depeche::discover::Found {
            path: p.clone(),
            rel_path: rel,
        };
        let Ok(a) = depeche::site::process_file(&found, &settings) else {
            continue;
        };
        let text = std::fs::read_to_string(&p).expect("read");
        if !text.contains(&a.headline) {
            continue;
        }
        std::fs::write(
            &p,
            text.replacen(&a.headline, &format!("{} (updated)", a.headline), 1),
        )
        .expect("write");
        time(&mut session, false, &[p], "headline edit");
    }
    let added = root.join("content/en/rebuild-bench-added.md");
    std::fs::write(
        &added,
        "+++\ntitle = \"Rebuild bench: a new article\"\ndate = 2024-01-02\n+++\n\nA short article added by the rebuild benchmark.\n",
    )
    .expect("write");
    time(
        &mut session,
        false,
        std::slice::from_ref(&added),
        "added article",
    );
    std::fs::remove_file(&added).expect("remove");
    time(&mut session, false, &[added], "deleted article");
    let changed: Vec<PathBuf> = restore.iter().map(|(p, _)| p.clone()).collect();
    for (p, bytes) in &restore {
        std::fs::write(p, bytes).expect("restore");
    }
    time(&mut session, false, &changed, "restore");
}
