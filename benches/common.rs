//! Shared by the benchmarks: generated corpora and indexes, made once under
//! `target/bench-data/` with the generators in `examples/` (run through cargo, release).

#![allow(dead_code)] // each benchmark uses its part

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `target/bench-data/<name>`, made by `make` unless it exists.
pub fn data(name: &str, make: impl FnOnce(&Path)) -> PathBuf {
    let dir = root().join("target").join("bench-data").join(name);
    let done = dir.join(".complete");
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("bench data folder");
        make(&dir);
        std::fs::write(&done, b"").expect("bench data marker");
    }
    dir
}

/// Runs `cargo run --release --example NAME -- ARGS`.
pub fn example(name: &str, args: &[&str]) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let ok = Command::new(cargo)
        .current_dir(root())
        .args(["run", "--release", "-q", "--example", name, "--"])
        .args(args)
        .status()
        .expect("cargo runs")
        .success();
    assert!(ok, "the example {name} failed");
}

/// A generated corpus of `docs` documents (examples/gen_corpus.rs, seed 1): its docs/ folder.
pub fn corpus(docs: usize) -> PathBuf {
    let dir = data(&format!("corpus-{docs}"), |d| {
        example(
            "gen_corpus",
            &[
                "--docs",
                &docs.to_string(),
                "--seed",
                "1",
                "--out",
                d.to_str().expect("UTF-8 path"),
                "--force",
            ],
        )
    });
    dir.join("docs")
}

/// The texts of every `.txt` under `dir`, sorted by path.
pub fn texts(dir: &Path) -> Vec<(String, String)> {
    let mut out = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("readable folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                let t = std::fs::read_to_string(&p).expect("UTF-8 text");
                out.push((p.display().to_string(), t));
            }
        }
    }
    out.sort();
    out
}
