//! End-to-end tests of the binary on the seed corpus (tests/fixtures/seeds, a copy of the five
//! seed documents) and its answer key (tests/fixtures/seeds.json).

mod common;

use std::io::Write;

use common::{build, fixtures, query, root, vbgraph};
use serde_json::Value;

fn seed_graph() -> tempfile::TempDir {
    build(&fixtures().join("seeds"))
}

fn read_json(p: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).expect("readable")).expect("valid JSON")
}

#[test]
fn seed_corpus_scores_perfectly_against_its_key() {
    let out = seed_graph();
    let graph = read_json(&out.path().join("graph.json"));
    let gold = read_json(&fixtures().join("seeds.json"));
    let s = common::score::score(&gold, &graph);
    // Written to the process stderr, past the test harness capture, so `cargo test` shows it.
    let _ = writeln!(std::io::stderr(), "seeds: {}", s.summary());
    for d in &s.details {
        println!("  {d}");
    }
    assert_eq!(s.refs_recall(), 1.0);
    assert_eq!(s.refs_precision(), 1.0);
    assert_eq!((s.self_found, s.self_total), (1, 1));
    assert_eq!(s.dates_right, s.dates_total);
    assert!(s.edges_recall() >= 0.9, "edge recall {}", s.edges_recall());
    assert_eq!(s.typed_precision(), 1.0);
    assert_eq!((s.dupes, s.merges, s.cycle), (0, 0, false));
}

#[test]
fn committed_graphs_match_a_rebuild_of_docs_in() {
    let out = tempfile::tempdir().unwrap();
    vbgraph()
        .args(["build", "docs-in", "-q", "--out"])
        .arg(out.path())
        .assert()
        .success();
    for f in ["graph.json", "graph.dot"] {
        let fresh = std::fs::read(out.path().join(f)).unwrap();
        let committed = std::fs::read(root().join("graphs").join(f)).unwrap();
        assert!(
            fresh == committed,
            "graphs/{f} is stale: run `cargo run --release -- build` and commit graphs/"
        );
    }
}

#[test]
fn builds_are_byte_identical() {
    let (a, b) = (seed_graph(), seed_graph());
    for f in ["graph.json", "graph.dot"] {
        assert_eq!(
            std::fs::read(a.path().join(f)).unwrap(),
            std::fs::read(b.path().join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn implements_lists_the_whole_chain_below_the_resolution() {
    let g = seed_graph();
    let (code, out, _) = query(g.path(), &["implements", "NQ 29"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("Nghị quyết 29-NQ/TW · 04/11/2013"),
        "{out}"
    );
    for code in [
        "Kết luận 51-KL/TW",
        "Chương trình 100-CTr/TU",
        "Kế hoạch 96/KH-UBND",
        "Kế hoạch 156/KH-UBND",
    ] {
        assert!(out.contains(code), "{code} missing:\n{out}");
    }
    // The path: 96 sits under 100, which sits under 29.
    let at = |s: &str| lines.iter().position(|l| l.contains(s)).unwrap();
    let depth = |s: &str| lines[at(s)].find(|c: char| c.is_alphabetic()).unwrap();
    assert!(at("Chương trình 100-CTr/TU") < at("Kế hoạch 96/KH-UBND"));
    assert!(depth("Chương trình 100-CTr/TU") < depth("Kế hoạch 96/KH-UBND"));
    assert!(lines[at("Kế hoạch 96/KH-UBND")].contains("implemented by"));
    assert!(out.contains("4 documents implement it"), "{out}");
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    // `vbgraph implements "NQ 29" | head -0`: the pipe's reader is gone before the first line.
    let g = seed_graph();
    for args in [
        &["implements", "NQ 29"][..],
        &["lineage", "KH 156/2019", "--format", "json"],
        &["show", "KH 156/2019"],
        &["check"],
    ] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("vbgraph"))
            .args(args)
            .arg("--graph")
            .arg(g.path())
            .stdout(writer)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

#[test]
fn lineage_climbs_to_the_resolution_both_ways() {
    let g = seed_graph();
    let (code, out, _) = query(g.path(), &["lineage", "KH 156/2019", "--format", "json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let edges: Vec<(String, String)> = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["from"].as_str().unwrap().to_string(),
                e["to"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let has = |a: &str, b: &str| edges.iter().any(|(f, t)| f.ends_with(a) && t.ends_with(b));
    assert!(
        has("kh-ubnd/2019/156", "kl-tw/2019/51") && has("kl-tw/2019/51", "nq-tw/2013/29"),
        "{edges:?}"
    );
    assert!(has("kh-ubnd/2019/156", "kh-ubnd/2014/96"), "{edges:?}");
    assert!(
        has("kh-ubnd/2014/96", "ctr-tu/2014/100") && has("ctr-tu/2014/100", "nq-tw/2013/29"),
        "{edges:?}"
    );
    let (_, text, _) = query(g.path(), &["lineage", "KH 156/2019"]);
    assert!(text.contains("implements  Kết luận 51-KL/TW"), "{text}");
}

#[test]
fn show_lists_mentions_in_every_file() {
    let g = seed_graph();
    let (code, out, _) = query(g.path(), &["show", "Chương trình 100"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("002_07a3360c856add66.txt:41"), "{out}");
    assert!(
        out.contains("004_40b1285886b2ded8.txt:12  «Chương trình 100»"),
        "{out}"
    );
}

#[test]
fn one_number_in_two_years_is_two_documents() {
    let g = seed_graph();
    let (c1, a, _) = query(g.path(), &["show", "KH 38/2020", "--json"]);
    let (c2, b, _) = query(g.path(), &["show", "KH 38/2019", "--json"]);
    assert_eq!((c1, c2), (0, 0));
    let (a, b): (Value, Value) = (
        serde_json::from_str(&a).unwrap(),
        serde_json::from_str(&b).unwrap(),
    );
    assert_ne!(a["node"]["id"], b["node"]["id"]);
    assert_eq!(a["node"]["date"], "2020-03-10");
    assert_eq!(b["node"]["date"], "2019-02-15");
    assert_eq!(b["node"]["province"], "Lạng Sơn");
}

#[test]
fn a_query_that_fits_several_documents_lists_them_and_exits_2() {
    let g = seed_graph();
    let (code, out, _) = query(g.path(), &["show", "KH 38"]);
    assert_eq!(code, 2);
    assert!(out.contains("fits 2 documents"), "{out}");
    assert!(
        out.contains("15/02/2019") && out.contains("10/03/2020"),
        "{out}"
    );
    let (code, _, _) = query(g.path(), &["implements", "Kế hoạch 119"]);
    assert_eq!(code, 2);
}

#[test]
fn every_query_form_finds_the_resolution() {
    let g = seed_graph();
    for q in [
        "29-NQ/TW",
        "NQ 29",
        "Nghị quyết 29",
        "nghi quyet 29/2013",
        "NGHỊ QUYẾT 29-NQ/TW",
        "vn/tw/nq-tw/2013/29",
    ] {
        let (code, out, err) = query(g.path(), &["show", q, "--json"]);
        assert_eq!(code, 0, "{q}: {out}{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["node"]["id"], "vn/tw/nq-tw/2013/29", "{q}");
    }
    let (code, out, _) = query(g.path(), &["show", "Chương trình 100 Lạng Sơn", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<Value>(&out).unwrap()["node"]["id"],
        "vn/lang-son/ctr-tu/2014/100"
    );
}

#[test]
fn unknown_documents_and_missing_graphs_say_what_to_do() {
    let g = seed_graph();
    let (code, _, err) = query(g.path(), &["show", "NQ 999"]);
    assert_eq!(code, 1);
    assert!(err.contains("no document matches «NQ 999»"), "{err}");
    let empty = tempfile::tempdir().unwrap();
    let (code, _, err) = query(empty.path(), &["lineage", "NQ 29"]);
    assert_eq!(code, 1);
    assert!(err.contains("run `vbgraph build` first"), "{err}");
    let out = vbgraph()
        .args(["build", "no-such-folder"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}

#[test]
fn extract_reports_identity_references_and_relations() {
    let f = fixtures().join("seeds/002_07a3360c856add66.txt");
    let out = vbgraph()
        .arg("extract")
        .arg(&f)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["own"]["number"], "156");
    assert_eq!(v["own"]["symbol"], "KH-UBND");
    assert_eq!(v["own"]["date"], "2019-09-13");
    assert_eq!(v["own_line"], 17);
    let text =
        String::from_utf8(vbgraph().arg("extract").arg(&f).output().unwrap().stdout).unwrap();
    assert!(text.contains("[page furniture]"), "{text}");
    assert!(text.contains("—implements→"), "{text}");
}

#[test]
fn dot_output_is_valid_and_keeps_diacritics() {
    let g = seed_graph();
    let dot = std::fs::read_to_string(g.path().join("graph.dot")).unwrap();
    graphviz_rust::parse(&dot).expect("graph.dot parses");
    assert!(dot.contains("Tỉnh ủy Lạng Sơn"));
    let (code, sub, _) = query(g.path(), &["implements", "NQ 29", "--format", "dot"]);
    assert_eq!(code, 0);
    graphviz_rust::parse(&sub).expect("walk DOT parses");
}

#[test]
fn render_writes_dot_and_json() {
    let g = seed_graph();
    let out = tempfile::tempdir().unwrap();
    let p = out.path().join("n.dot");
    vbgraph()
        .args(["render", "NQ 29", "--format", "dot", "-o"])
        .arg(&p)
        .arg("--graph")
        .arg(g.path())
        .assert()
        .success();
    graphviz_rust::parse(&std::fs::read_to_string(&p).unwrap()).expect("valid DOT");
    let j = out.path().join("all.json");
    vbgraph()
        .args(["render", "--format", "json", "-o"])
        .arg(&j)
        .arg("--graph")
        .arg(g.path())
        .assert()
        .success();
    assert_eq!(read_json(&j)["schema"], "vbgraph/1");
}

#[test]
fn render_svg_with_graphviz() {
    if std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_err()
    {
        println!("SKIPPED render_svg_with_graphviz: Graphviz's `dot` is not installed (apt-get install graphviz)");
        return;
    }
    let g = seed_graph();
    let out = tempfile::tempdir().unwrap();
    let p = out.path().join("nq29.svg");
    vbgraph()
        .args(["render", "NQ 29", "--format", "svg", "-o"])
        .arg(&p)
        .arg("--graph")
        .arg(g.path())
        .assert()
        .success();
    let svg = std::fs::read_to_string(&p).unwrap();
    assert!(
        svg.contains("<svg") && svg.contains("Kết luận"),
        "not an SVG of the lineage"
    );
}

#[test]
fn walks_filter_by_relation_level_province_and_date() {
    let g = seed_graph();
    let run = |extra: &[&str]| {
        let mut args = vec!["implements", "NQ 29", "--format", "json"];
        args.extend_from_slice(extra);
        let (code, out, err) = query(g.path(), &args);
        assert_eq!(code, 0, "{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        let mut ids: Vec<String> = v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(
        run(&["--relation", "continues"]),
        [
            "vn/lang-son/kh-ubnd/2019/156",
            "vn/tw/kl-tw/2019/51",
            "vn/tw/nq-tw/2013/29"
        ]
    );
    assert_eq!(
        run(&["--level", "central-party"]),
        ["vn/tw/kl-tw/2019/51", "vn/tw/nq-tw/2013/29"]
    );
    assert_eq!(
        run(&["--until", "2014"]),
        [
            "vn/lang-son/ctr-tu/2014/100",
            "vn/lang-son/kh-ubnd/2014/96",
            "vn/tw/nq-tw/2013/29"
        ]
    );
    assert_eq!(
        run(&["--province", "lang son", "--since", "2019"]),
        [
            "vn/lang-son/kh-ubnd/2019/156",
            "vn/tw/kl-tw/2019/51",
            "vn/tw/nq-tw/2013/29"
        ]
    );
    assert_eq!(
        run(&["--province", "Quảng Ngãi"]).len(),
        2,
        "central documents stay, Lạng Sơn's go"
    );
    let (code, _, err) = query(g.path(), &["implements", "NQ 29", "--level", "bogus"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown level «bogus»"), "{err}");
}

#[test]
fn every_document_has_a_level() {
    let g = seed_graph();
    let v = read_json(&g.path().join("graph.json"));
    let level = |id: &str| {
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap()["level"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(level("vn/tw/nq-tw/2013/29"), "central-party");
    assert_eq!(level("vn/lang-son/ctr-tu/2014/100"), "provincial-party");
    assert_eq!(level("vn/lang-son/kh-ubnd/2019/156"), "provincial-state");
    assert_eq!(
        level("vn/unscoped/cited-in-lang-son/kh-ubnd/2020-03-10/38"),
        "unknown"
    );
}

#[test]
fn a_rebuild_reuses_unchanged_files_and_equals_a_full_build() {
    let corpus = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(fixtures().join("seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, corpus.path().join(p.file_name().unwrap())).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let build = |extra: &[&str]| {
        vbgraph()
            .arg("build")
            .arg(corpus.path())
            .arg("--out")
            .arg(out.path())
            .arg("-q")
            .args(extra)
            .assert()
            .success();
        std::fs::read(out.path().join("graph.json")).unwrap()
    };
    build(&[]);
    assert!(out.path().join(".vbgraph-cache").exists());
    // Change one file: its new reference must appear, the others come from the cache.
    let f = corpus.path().join("004_40b1285886b2ded8.txt");
    let text = std::fs::read_to_string(&f).unwrap()
        + "\nTheo Kế hoạch số 77/KH-UBND ngày 05/01/2015 của UBND tỉnh Lạng Sơn.\n";
    std::fs::write(&f, text).unwrap();
    let incremental = build(&[]);
    assert!(String::from_utf8_lossy(&incremental).contains("vn/lang-son/kh-ubnd/2015/77"));
    let full = build(&["--no-cache"]);
    assert_eq!(
        incremental, full,
        "an incremental build must equal a full one"
    );
}

/// The query commands a person runs, for comparing the index with graph.json.
const QUERIES: &[&[&str]] = &[
    &["implements", "NQ 29"],
    &["implements", "29-NQ/TW", "--format", "json"],
    &["implements", "NQ 29", "--depth", "1"],
    &["implements", "NQ 29", "--with-cites", "--format", "dot"],
    &["lineage", "KH 156/2019"],
    &["lineage", "KH 156/2019", "--format", "json"],
    &["lineage", "KH 156/2019", "--relation", "implements"],
    &["show", "Chương trình 100"],
    &["show", "KH 156/2019", "--json"],
    &["show", "KH 38"],
    &["show", "KH 38/2020"],
    &["show", "vn/tw/nq-tw/2013/29"],
    &["implements", "nghi quyet 29/2013"],
    &["implements", "QĐ 999"],
    &["lineage", "NQ 29"],
];

#[test]
fn queries_on_the_index_answer_as_queries_on_graph_json() {
    let g = seed_graph();
    assert!(
        g.path().join("graph.idx").is_file(),
        "build writes the index"
    );
    let with_index: Vec<_> = QUERIES.iter().map(|q| query(g.path(), q)).collect();
    std::fs::remove_file(g.path().join("graph.idx")).unwrap();
    for (q, indexed) in QUERIES.iter().zip(with_index) {
        let from_json = query(g.path(), q);
        assert_eq!(indexed, from_json, "{q:?}");
    }
    // The ambiguous one still exits 2, the unknown one 1.
    assert_eq!(query(g.path(), &["show", "KH 38"]).0, 2);
    assert_eq!(query(g.path(), &["implements", "QĐ 999"]).0, 1);
}

#[test]
fn queries_read_the_index_not_graph_json() {
    let g = seed_graph();
    let json = g.path().join("graph.json");
    let (code, before, _) = query(g.path(), &["implements", "NQ 29"]);
    assert_eq!(code, 0);
    // Same size and time, no longer valid JSON as a whole (its end is cut): the index reads
    // only the documents the query needs, so it still answers.
    let meta = std::fs::metadata(&json).unwrap();
    let mut bytes = std::fs::read(&json).unwrap();
    let n = bytes.len();
    bytes[n - 2..].copy_from_slice(b"XX");
    std::fs::write(&json, bytes).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&json)
        .unwrap()
        .set_modified(meta.modified().unwrap())
        .unwrap();
    let (code, after, err) = query(g.path(), &["implements", "NQ 29"]);
    assert_eq!((code, &after), (0, &before), "{err}");
    // A graph.json replaced by another build's makes the index stale: graph.json is read.
    std::fs::write(
        &json,
        "{\"schema\": \"vbgraph/1\", \"nodes\": [], \"edges\": [], \"diagnostics\": []}",
    )
    .unwrap();
    let (code, _, err) = query(g.path(), &["implements", "NQ 29"]);
    assert_eq!(code, 1);
    assert!(err.contains("no document matches"), "{err}");
}

#[test]
fn a_rebuild_extracts_only_files_whose_text_changed() {
    let corpus = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(fixtures().join("seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, corpus.path().join(p.file_name().unwrap())).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let build = || {
        let o = vbgraph()
            .arg("build")
            .arg(corpus.path())
            .arg("--out")
            .arg(out.path())
            .arg("-q")
            .output()
            .unwrap();
        assert!(o.status.success());
        (
            String::from_utf8(o.stdout).unwrap(),
            std::fs::read(out.path().join("graph.json")).unwrap(),
        )
    };
    let (first, graph) = build();
    assert!(!first.contains("extracted again"), "{first}");
    // Touched, not changed (a checkout, a copy): read and hashed, not extracted.
    let f = corpus.path().join("002_07a3360c856add66.txt");
    std::fs::File::options()
        .write(true)
        .open(&f)
        .unwrap()
        .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
        .unwrap();
    let (touched, same) = build();
    assert!(touched.contains("0 files extracted again"), "{touched}");
    assert!(touched.contains("the other 5 unchanged"), "{touched}");
    assert!(same == graph);
    // Changed: extracted again.
    std::fs::write(&f, std::fs::read_to_string(&f).unwrap() + "\nGhi chú.\n").unwrap();
    let (changed, _) = build();
    assert!(changed.contains("1 file extracted again"), "{changed}");
}

#[test]
fn a_rebuild_of_an_unchanged_corpus_keeps_the_outputs() {
    let corpus = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(fixtures().join("seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, corpus.path().join(p.file_name().unwrap())).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let outputs = ["graph.json", "graph.dot", "graph.idx"];
    let build = |extra: &[&str]| {
        let o = vbgraph()
            .arg("build")
            .arg(corpus.path())
            .arg("--out")
            .arg(out.path())
            .args(extra)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let files: Vec<(Vec<u8>, std::time::SystemTime)> = outputs
            .iter()
            .map(|n| {
                let p = out.path().join(n);
                let m = std::fs::metadata(&p).unwrap().modified().unwrap();
                (std::fs::read(&p).unwrap(), m)
            })
            .collect();
        (
            String::from_utf8(o.stdout).unwrap(),
            String::from_utf8(o.stderr).unwrap(),
            files,
        )
    };
    let summary = |s: &str| s.lines().next().unwrap().to_string();
    let (first, first_err, written) = build(&[]);
    assert!(first.contains("wrote"), "{first}");

    // Nothing changed: the outputs are kept, and the build says what it said.
    let (again, again_err, kept) = build(&[]);
    assert!(again.contains("kept"), "{again}");
    assert_eq!(summary(&again), summary(&first));
    assert_eq!(again_err, first_err);
    assert_eq!(kept, written, "the outputs were not rewritten");

    // Touched, not changed: kept too, and the next build does not read the file again.
    let f = corpus.path().join("002_07a3360c856add66.txt");
    std::fs::File::options()
        .write(true)
        .open(&f)
        .unwrap()
        .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
        .unwrap();
    let (touched, _, files) = build(&[]);
    assert!(touched.contains("kept"), "{touched}");
    assert_eq!(files, written);
    let (after, _, _) = build(&["-q"]);
    assert!(
        after.contains("kept") && after.contains("0 files extracted again"),
        "{after}"
    );

    // An output that is gone or edited is written again, as it was.
    std::fs::remove_file(out.path().join("graph.dot")).unwrap();
    let (rewritten, _, files) = build(&[]);
    assert!(rewritten.contains("wrote"), "{rewritten}");
    // (graph.idx records the time of graph.json, so only the other two are compared.)
    for (a, b) in files.iter().zip(&written).take(2) {
        assert!(a.0 == b.0, "same bytes as the first build");
    }

    // A file that says something new: the outputs are updated, as a fresh build makes them.
    std::fs::write(
        &f,
        std::fs::read_to_string(&f).unwrap().replacen(
            "Thực hiện",
            "Căn cứ Kế hoạch số 77/KH-UBND ngày 02/3/2015 của Ủy ban nhân dân tỉnh;\nThực hiện",
            1,
        ),
    )
    .unwrap();
    let (changed, _, files) = build(&[]);
    assert!(
        changed.contains("updated") && changed.contains("1 file extracted again"),
        "{changed}"
    );
    assert!(
        files[0].0 != written[0].0,
        "the new reference is in graph.json"
    );
    let fresh = tempfile::tempdir().unwrap();
    let o = vbgraph()
        .arg("build")
        .arg(corpus.path())
        .arg("--out")
        .arg(fresh.path())
        .arg("--no-cache")
        .arg("-q")
        .output()
        .unwrap();
    assert!(o.status.success());
    for (n, (bytes, _)) in outputs.iter().zip(&files).take(2) {
        assert!(
            std::fs::read(fresh.path().join(n)).unwrap() == *bytes,
            "{n}"
        );
    }

    // --no-cache builds everything and leaves no record behind: the next build makes all again.
    let (nocache, _, _) = build(&["--no-cache"]);
    assert!(nocache.contains("wrote"), "{nocache}");
    let (next, _, _) = build(&[]);
    assert!(next.contains("wrote"), "{next}");
}

#[test]
fn the_file_size_limit_is_at_most_a_gigabyte() {
    // Offsets within a text are kept in 32 bits (model::ix): the limit keeps texts under 4 GB.
    let o = vbgraph()
        .args(["build", "docs-in", "--max-file-size", "2048"])
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--max-file-size") && err.contains("1..=1024"),
        "{err}"
    );
}
