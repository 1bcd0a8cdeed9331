//! The fixture corpus (tests/fixtures/corpus: documents written for the tests in the style of
//! real ones, with their answer keys in tests/fixtures/corpus/keys/*.json) scored like
//! `shared/tools/score.py` does. The figures are printed; the test fails below the targets.

mod common;

use std::io::Write;

use common::{build, fixtures};
use serde_json::Value;

/// Every key file's documents, as one answer key.
fn answer_key() -> Value {
    let dir = fixtures().join("corpus/keys");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("keys folder")
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let mut docs = vec![];
    for p in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(p).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        docs.extend(v["documents"].as_array().cloned().unwrap_or_default());
    }
    serde_json::json!({ "documents": docs })
}

#[test]
fn fixture_corpus_meets_the_targets() {
    let key = answer_key();
    let n = key["documents"].as_array().unwrap().len();
    assert!(
        n >= 40,
        "the fixture corpus has {n} keyed documents, fewer than 40"
    );
    let out = build(&fixtures().join("corpus"));
    let graph: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("graph.json")).unwrap())
            .unwrap();
    let s = common::score::score(&key, &graph);
    // Written to the process stderr, past the test harness capture, so `cargo test` shows it.
    let _ = writeln!(std::io::stderr(), "fixture corpus: {}", s.summary());
    for d in &s.details {
        println!("  {d}");
    }
    assert!(s.refs_f1() >= 0.98, "refs F1 {:.4}", s.refs_f1());
    assert_eq!(s.self_found, s.self_total, "self-identification");
    assert!(
        s.dates_right as f64 >= 0.98 * s.dates_total as f64,
        "dates {}/{}",
        s.dates_right,
        s.dates_total
    );
    assert!(
        s.edges_recall() >= 0.95,
        "edge recall {:.4}",
        s.edges_recall()
    );
    assert!(
        s.typed_precision() >= 0.95,
        "typed-edge precision {:.4}",
        s.typed_precision()
    );
    assert_eq!(s.merges, 0, "merged documents");
    assert!(!s.cycle, "cycle");
}
