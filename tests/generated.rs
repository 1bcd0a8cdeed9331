//! A generated corpus of 10,000 documents across all 63 provinces (examples/gen_corpus.rs:
//! Party and State documents at every level, numbers that recur across provinces and years),
//! built and scored against the answer key the generator writes. No two documents of different
//! scope or year may share a node.

mod common;

use common::vbgraph;
use serde_json::Value;
use std::io::Write;

#[test]
fn ten_thousand_generated_documents_merge_nothing() {
    let gen = common::generator();
    assert!(
        gen.exists(),
        "{} is not built (cargo test builds the examples)",
        gen.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(&gen)
        .args(["--docs", "10000", "--seed", "7", "--out"])
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let out = tempfile::tempdir().unwrap();
    vbgraph()
        .arg("build")
        .arg(dir.path().join("docs"))
        .arg("--out")
        .arg(out.path())
        .arg("-q")
        .assert()
        .success();
    let graph: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("graph.json")).unwrap())
            .unwrap();
    let key: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("key.json")).unwrap())
            .unwrap();
    let s = common::score::score(&key, &graph);
    let provinces: std::collections::BTreeSet<&str> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| n["province"].as_str())
        .collect();
    let _ = writeln!(
        std::io::stderr(),
        "generated corpus: {} documents in the graph, {} provinces; {}",
        graph["nodes"].as_array().unwrap().len(),
        provinces.len(),
        s.summary()
    );
    assert_eq!(provinces.len(), 63, "documents of every province");
    assert_eq!(
        s.merges,
        0,
        "documents of different scope or year share a node: {:?}",
        s.details
            .iter()
            .filter(|d| d.starts_with("merge"))
            .collect::<Vec<_>>()
    );
    assert_eq!(s.dupes, 0, "a document split over several nodes");
    assert!(s.refs_f1() >= 0.99, "refs F1 {:.4}", s.refs_f1());

    // A picture of the whole graph (14,000 documents) would keep Graphviz busy for many
    // minutes: refused at once, with what to do instead; an export is written.
    let svg = out.path().join("all.svg");
    let started = std::time::Instant::now();
    let (code, _, err) = common::query(
        out.path(),
        &["render", "--format", "svg", "-o", svg.to_str().unwrap()],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("too many to lay out") && err.contains("--format graphml"),
        "{err}"
    );
    assert!(!svg.exists());
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    let graphml = out.path().join("all.graphml");
    let (code, _, err) = common::query(
        out.path(),
        &[
            "render",
            "--format",
            "graphml",
            "-o",
            graphml.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(graphml.exists());
}
