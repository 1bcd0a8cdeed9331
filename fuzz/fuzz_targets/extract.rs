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
        assert!(r.start <= r.end && r.end <= text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(r.line >= 1 && r.line <= lines);
    }
    for rel in &x.relations {
        assert!(rel.to < x.references.len());
    }
    let _ = vbgraph::resolve::resolve(std::slice::from_ref(&x));
});
