//! Extraction speed on one file: `cargo run --release --example bench_extract -- FILE`.
//! Prints the first call (which compiles the patterns) and the mean of 20 more.
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = vbgraph::normalize::normalize(&std::fs::read_to_string(path).unwrap());
    let aliases = vbgraph::aliases::AliasTable::builtin();
    let t = std::time::Instant::now();
    let _ = vbgraph::extract::extract("x", &text, &aliases);
    eprintln!("first (with regex compile): {:?}", t.elapsed());
    let t = std::time::Instant::now();
    for _ in 0..20 {
        let _ = vbgraph::extract::extract("x", &text, &aliases);
    }
    let per = t.elapsed() / 20;
    eprintln!(
        "per call: {:?} for {} bytes = {:.1} MB/s",
        per,
        text.len(),
        text.len() as f64 / per.as_secs_f64() / 1e6
    );
}
