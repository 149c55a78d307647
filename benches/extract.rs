//! Per-article extraction throughput (load + clean + analyze), single thread,
//! on the example archive held in memory. Reported as bytes/s by criterion.

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use depeche::analyze::analyze;
use depeche::discover::discover;
use depeche::load::load_bytes;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let (found, _) = discover(&root);
    found
        .into_iter()
        .filter_map(|f| std::fs::read(&f.path).ok().map(|b| (f.rel_path, b)))
        .collect()
}

fn extraction(c: &mut Criterion) {
    let files = corpus();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    let settings = depeche::analyze::Settings::with_default_lang("en");
    group.bench_function("example archive", |b| {
        b.iter(|| {
            for (rel, data) in &files {
                if let Ok((doc, warnings)) = load_bytes(Path::new(rel), rel, data) {
                    std::hint::black_box(analyze(doc, warnings, &settings));
                }
            }
        })
    });
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
