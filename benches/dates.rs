//! Dated-fact extraction throughput, single thread: every paragraph of the
//! example archive (already cleaned) through `dates::extract_facts`, against
//! each article's publication date. Reported as bytes/s by criterion.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use depeche::discover::discover;

fn paragraphs() -> Vec<(String, Vec<String>, Option<jiff::civil::Date>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let (found, _) = discover(&root);
    found
        .iter()
        .filter_map(|f| {
            depeche::site::process_file(f, &depeche::analyze::Settings::with_default_lang("en"))
                .ok()
        })
        .map(|a| {
            let mut texts = vec![a.headline.clone(), a.lede.clone()];
            texts.extend(a.body.iter().map(|b| b.text.clone()));
            (a.lang.clone(), texts, a.published.map(|p| p.date))
        })
        .collect()
}

fn facts(c: &mut Criterion) {
    let corpus = paragraphs();
    let bytes: usize = corpus
        .iter()
        .flat_map(|(_, t, _)| t.iter().map(String::len))
        .sum();
    let mut group = c.benchmark_group("dates");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("facts of the example archive", |b| {
        b.iter(|| {
            for (lang, texts, reference) in &corpus {
                std::hint::black_box(depeche::dates::extract_facts(
                    texts.iter().map(String::as_str),
                    lang,
                    *reference,
                ));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, facts);
criterion_main!(benches);
