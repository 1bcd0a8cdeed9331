//! Helpers for the integration tests: the binary, a built seed graph, the scorer.
#![allow(dead_code)]

pub mod score;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The repository root (tests run with it as the working directory).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

pub fn vbgraph() -> Command {
    let mut c = Command::cargo_bin("vbgraph").expect("the binary is built");
    c.current_dir(root());
    c
}

/// The corpus generator (examples/gen_corpus.rs), which `cargo test` builds beside the test
/// binaries.
pub fn generator() -> PathBuf {
    let mut p = std::env::current_exe().expect("test binary path");
    p.pop();
    if p.ends_with("deps") {
        p.pop();
    }
    p.join("examples")
        .join(format!("gen_corpus{}", std::env::consts::EXE_SUFFIX))
}

/// Builds `corpus` into a fresh folder and returns it (kept alive by the TempDir).
pub fn build(corpus: &Path) -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("temp dir");
    vbgraph()
        .arg("build")
        .arg(corpus)
        .arg("--out")
        .arg(out.path())
        .arg("-q")
        .assert()
        .success();
    out
}

/// Runs a query command against a built graph and returns (exit code, stdout, stderr).
pub fn query(graph: &Path, args: &[&str]) -> (i32, String, String) {
    let out = vbgraph()
        .args(args)
        .arg("--graph")
        .arg(graph)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}
