//! Extraction throughput per core (MB/s): `extract` on one thread over the hand-written
//! fixture corpus (real shapes: Party, State, news) and over 1,000 generated documents.
//! Criterion reports the throughput in bytes per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use vbgraph::aliases::AliasTable;
use vbgraph::normalize::normalize;

mod common;

fn bench(c: &mut Criterion) {
    let aliases = AliasTable::builtin();
    let fixtures = common::texts(&common::root().join("tests/fixtures/corpus"));
    let generated: Vec<(String, String)> = common::texts(&common::corpus(1000));
    let mut g = c.benchmark_group("extract");
    for (name, files) in [("fixtures", &fixtures), ("generated-1k", &generated)] {
        let texts: Vec<(String, String)> = files
            .iter()
            .map(|(p, t)| (p.clone(), normalize(t)))
            .collect();
        let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                for (p, t) in &texts {
                    black_box(vbgraph::extract::extract(p, t, &aliases));
                }
            })
        });
        // Normalising (NFC, 'Ð', invisible characters) is part of reading a file.
        g.bench_function(format!("normalize/{name}"), |b| {
            b.iter(|| {
                for (_, t) in files {
                    black_box(normalize(t));
                }
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
