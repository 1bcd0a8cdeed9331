//! Query latency on a large index: `vbgraph implements` as a whole process (start, map
//! graph.idx, answer, exit) on an index of 1,000,000 generated documents
//! (examples/gen_graph.rs; made once under target/bench-data, ~30 s and 3.5 GB of disk).
//! `VBGRAPH_BENCH_DOCS` sets another size.

use criterion::{criterion_group, criterion_main, Criterion};
use std::process::Command;

mod common;

fn bench(c: &mut Criterion) {
    let docs: usize = std::env::var("VBGRAPH_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let dir = common::data(&format!("graph-{docs}"), |d| {
        common::example(
            "gen_graph",
            &[
                "--docs",
                &docs.to_string(),
                "--seed",
                "1",
                "--out",
                d.to_str().expect("UTF-8 path"),
            ],
        )
    });
    let mut g = c.benchmark_group(format!("implements-{docs}"));
    g.sample_size(20);
    for q in [
        "NQ 5/2015",
        "vn/tw/nq-tw/2010/3",
        "CTr 10/2015 Lạng Sơn",
        "KH 156/2019 Lạng Sơn",
    ] {
        g.bench_function(q, |b| {
            b.iter(|| {
                let o = Command::new(env!("CARGO_BIN_EXE_vbgraph"))
                    .args(["implements", q, "--graph"])
                    .arg(&dir)
                    .output()
                    .expect("vbgraph runs");
                assert!(o.status.code() == Some(0) || o.status.code() == Some(2));
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
