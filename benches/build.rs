//! A whole build of 10,000 generated documents (37 MB), as a user runs it: the `vbgraph`
//! binary, all cores, writing graph.json, graph.dot and graph.idx; once from scratch and once
//! with one file changed (the incremental rebuild).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::process::Command;

mod common;

fn build(corpus: &std::path::Path, out: &std::path::Path, cache: bool) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vbgraph"));
    c.arg("build").arg(corpus).arg("--out").arg(out).arg("-q");
    if !cache {
        c.arg("--no-cache");
    }
    let o = c.output().expect("vbgraph runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn bench(c: &mut Criterion) {
    let corpus = common::corpus(10_000);
    let bytes: u64 = common::texts(&corpus)
        .iter()
        .map(|(_, t)| t.len() as u64)
        .sum();
    let out = tempfile::tempdir().expect("temp dir");
    let mut g = c.benchmark_group("build-10k");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("full", |b| b.iter(|| build(&corpus, out.path(), false)));

    // One file changed between builds: a copy of the corpus whose first file gets one more line
    // each time.
    let copy = tempfile::tempdir().expect("temp dir");
    let status = Command::new("cp")
        .arg("-r")
        .arg(&corpus)
        .arg(copy.path())
        .status()
        .expect("cp runs");
    assert!(status.success());
    let docs = copy.path().join("docs");
    let first = common::texts(&docs)
        .into_iter()
        .next()
        .map(|(p, _)| p)
        .expect("a file");
    build(&docs, out.path(), true);
    let mut n = 0;
    g.bench_function("one-file-changed", |b| {
        b.iter(|| {
            n += 1;
            let mut t = std::fs::read_to_string(&first).expect("readable");
            t.push_str(&format!("\nGhi chú {n}.\n"));
            std::fs::write(&first, t).expect("writable");
            build(&docs, out.path(), true)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
