//! Extraction speed on one file: `cargo run --release --example bench_extract -- FILE`.
//! Prints the first call (which compiles the patterns) and the mean of 20 more, for
//! normalisation and extraction apart.
//!
//! `-- --files PATH...` times normalisation and extraction file by file (one thread).
//!
//! `-- --dump OUT PATH...` writes what every `.txt`/`.md` file under the paths extracts (one
//! JSON line per file, in sorted order) to OUT: compare two dumps to check that a change to the
//! extractor keeps its output.
//!
//! `-- --compile` prints the time each pattern takes to compile.
use std::path::{Path, PathBuf};

fn walk(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for e in entries {
            walk(&e, out);
        }
    } else if p
        .extension()
        .is_some_and(|e| e == "txt" || e == "md" || e == "text")
    {
        out.push(p.to_path_buf());
    }
}

fn dump(out: &str, paths: &[String]) {
    use std::io::Write;
    let aliases = vbgraph::aliases::AliasTable::builtin();
    let mut files = vec![];
    for p in paths {
        walk(Path::new(p), &mut files);
    }
    let mut w = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    for f in &files {
        let Ok(raw) = std::fs::read_to_string(f) else {
            continue;
        };
        let text = vbgraph::normalize::normalize(&raw);
        let x = vbgraph::extract::extract(&f.display().to_string(), &text, &aliases);
        writeln!(w, "{}", serde_json::to_string(&x).unwrap()).unwrap();
        writeln!(w, "{}", serde_json::to_string(&text).unwrap()).unwrap();
    }
    eprintln!("{} files", files.len());
}

/// Per-file normalisation and extraction over every file under the paths, on one thread.
fn files(paths: &[String]) {
    let aliases = vbgraph::aliases::AliasTable::builtin();
    let mut files = vec![];
    for p in paths {
        walk(Path::new(p), &mut files);
    }
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let _ = vbgraph::extract::extract("x", &texts[0], &aliases);
    let (mut tn, mut tx) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    for raw in &texts {
        let t = std::time::Instant::now();
        let text = vbgraph::normalize::normalize(raw);
        let t2 = std::time::Instant::now();
        std::hint::black_box(vbgraph::extract::extract("x", &text, &aliases));
        tn += t2 - t;
        tx += t2.elapsed();
    }
    let mbs = |d: std::time::Duration| bytes as f64 / d.as_secs_f64() / 1e6;
    eprintln!(
        "{} files, {} bytes: normalize {:?} ({:.1} MB/s), extract {:?} ({:.1} MB/s), both {:.1} MB/s",
        texts.len(),
        bytes,
        tn,
        mbs(tn),
        tx,
        mbs(tx),
        mbs(tn + tx)
    );
}

/// Time to compile each pattern, on first use.
fn compile_times() {
    use vbgraph::extract::patterns as p;
    let all: &[(&str, &std::sync::LazyLock<regex::Regex>)] = &[
        ("FULL_REF", &p::FULL_REF),
        ("SHORT_REF", &p::SHORT_REF),
        ("PLENUM_REF", &p::PLENUM_REF),
        ("DEFINITION", &p::DEFINITION),
        ("DEMONSTRATIVE", &p::DEMONSTRATIVE),
        ("ATTR_DATE", &p::ATTR_DATE),
        ("ATTR_DATE_WORDS", &p::ATTR_DATE_WORDS),
        ("ATTR_YEAR", &p::ATTR_YEAR),
        ("ATTR_ISSUER", &p::ATTR_ISSUER),
        ("ATTR_TERM", &p::ATTR_TERM),
        ("ATTR_TITLE", &p::ATTR_TITLE),
        ("FURNITURE_DATE", &p::FURNITURE_DATE),
        ("SENTENCE_DATE", &p::SENTENCE_DATE),
        ("ANY_DATE", &p::ANY_DATE),
        ("NUMBER_LINE", &p::NUMBER_LINE),
        ("PLACE_DATE", &p::PLACE_DATE),
        ("META_PLACE", &p::META_PLACE),
        ("META_DATE", &p::META_DATE),
        ("PROVINCE_PHRASE", &p::PROVINCE_PHRASE),
        ("PROVINCE_PHRASE_IN_LINE", &p::PROVINCE_PHRASE_IN_LINE),
        ("GOV_DOMAIN", &p::GOV_DOMAIN),
        ("GOV_DOMAIN_IN_LINE", &p::GOV_DOMAIN_IN_LINE),
    ];
    for (name, re) in all {
        let t = std::time::Instant::now();
        std::sync::LazyLock::force(re);
        eprintln!("{name:24} {:?}", t.elapsed());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--compile") {
        compile_times();
        return;
    }
    if args.first().map(String::as_str) == Some("--dump") {
        dump(&args[1], &args[2..]);
        return;
    }
    if args.first().map(String::as_str) == Some("--files") {
        files(&args[1..]);
        return;
    }
    let raw = std::fs::read_to_string(&args[0]).unwrap();
    let t = std::time::Instant::now();
    let text = vbgraph::normalize::normalize(&raw);
    eprintln!("normalize first: {:?}", t.elapsed());
    let t = std::time::Instant::now();
    for _ in 0..20 {
        std::hint::black_box(vbgraph::normalize::normalize(std::hint::black_box(&raw)));
    }
    let per = t.elapsed() / 20;
    eprintln!(
        "normalize per call: {:?} = {:.1} MB/s",
        per,
        raw.len() as f64 / per.as_secs_f64() / 1e6
    );
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
