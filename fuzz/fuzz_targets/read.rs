//! Reading: any bytes decode (UTF-8, UTF-16, legacy encodings, lossy) and normalise without
//! panicking, and normalisation keeps the line count.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, _) = vbgraph::ingest::decode(data);
    let norm = vbgraph::normalize::normalize(&text);
    let lines = |s: &str| s.matches('\n').count() + s.matches('\r').filter(|_| true).count();
    assert!(norm.matches('\n').count() <= lines(&text));
    let _ = vbgraph::normalize::fold(&norm);
});
