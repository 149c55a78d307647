//! Times the link stage alone on a site's extracted articles:
//!
//!     cargo run --release --example link_bench -- SITE_DIR [RUNS]
//!
//! Extraction runs once; then `link` runs RUNS times (default 10) on a copy
//! of the articles, and the fastest and median times are printed. The link
//! stage is the build's only whole-corpus stage, so its growth with the
//! corpus is what this watches (run it on 10k and 100k generated sites).

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().expect("usage: link_bench SITE_DIR [RUNS]"));
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let config = depeche::site::load_config(&root).expect("site.toml");
    let settings = depeche::analyze::Settings::new(&config);
    let (articles, _) = depeche::site::extract_site(&root, &settings, false, false);
    let n = articles.len();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let copy = articles.clone();
        let start = Instant::now();
        let corpus = depeche::link::link(copy, &settings.topics);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(corpus);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "link: {n} articles, {runs} runs: fastest {:.1} ms, median {:.1} ms",
        times[0],
        times[times.len() / 2]
    );
}
