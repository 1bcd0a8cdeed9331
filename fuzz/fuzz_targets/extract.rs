//! Extraction: any text gives references whose spans lie on character boundaries inside the
//! text, with lines inside the file, and never panics; resolution of the result never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static ALIASES: LazyLock<vbgraph::aliases::AliasTable> = LazyLock::new(vbgraph::aliases::AliasTable::builtin);

fuzz_target!(|data: &[u8]| {
    let text = vbgraph::normalize::normalize(&String::from_utf8_lossy(data));
    let x = vbgraph::extract::extract("fuzz.txt", &text, &ALIASES);
    let lines = text.split('\n').count();
    for r in &x.references {
        let (start, end, line) = (r.start as usize, r.end as usize, r.line as usize);
        assert!(start <= end && end <= text.len());
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        assert!(line >= 1 && line <= lines);
    }
    for rel in &x.relations {
        assert!((rel.to as usize) < x.references.len());
    }
    let _ = vbgraph::resolve::resolve(std::slice::from_ref(&x));
});
