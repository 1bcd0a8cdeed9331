//! A whole build of 10,000 generated documents (37 MB), as a user runs it: the `vbgraph`
//! binary, all cores, writing graph.json, graph.dot and graph.idx: the first build (into an
//! empty folder, writing the cache), from scratch again (`--no-cache`, over the last outputs),
//! again with nothing changed, and with one file changed (one more reference each time).

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
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
    // The first build: a folder of its own each time (kept until the end: removing 110 MB
    // of outputs just before a build slows it, the file system discarding their blocks).
    let firsts = tempfile::tempdir().expect("temp dir");
    let mut k = 0;
    g.bench_function("first", |b| {
        b.iter_batched(
            || {
                k += 1;
                firsts.path().join(k.to_string())
            },
            |o| build(&corpus, &o, true),
            BatchSize::PerIteration,
        )
    });
    drop(firsts);
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
    // Nothing changed: the outputs are kept (the build record), after one stat per file.
    g.bench_function("nothing-changed", |b| {
        b.iter(|| build(&docs, out.path(), true))
    });
    // A file that says something new each time: one more reference, to a new document, in the
    // body of the text (not after the signature), so that the graph changes.
    let original = std::fs::read_to_string(&first).expect("readable");
    let at = original
        .find("\nThực hiện")
        .or_else(|| original.find("\nCăn cứ"))
        .map_or(original.len(), |i| i + 1);
    let mut n = 0;
    g.bench_function("one-file-changed", |b| {
        b.iter(|| {
            n += 1;
            let mut t = original.clone();
            t.insert_str(
                at,
                &format!(
                    "Căn cứ Kế hoạch số {}/KH-UBND ngày 02/3/2015 của Ủy ban nhân dân tỉnh;\n",
                    900 + n
                ),
            );
            std::fs::write(&first, t).expect("writable");
            build(&docs, out.path(), true)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
