//! graph.json's elements printed by hand, in [`super`]'s layout: a document or a link at four
//! spaces, a field a line, each mention, evidence and diagnostic on one line of its own.
//!
//! serde_json printed the same bytes, but two thirds of its time went into escaping strings a
//! byte at a time (the sentences and titles are most of a national corpus's 1.1 GB of JSON).
//! Here a string is scanned eight bytes at a time for the three things JSON escapes (a quote, a
//! backslash, a control character) and copied in runs. The tests compare every element with
//! serde_json's text.

use crate::model::{Diagnostic, Document, Level, Link, Relation, System};

/// A value printed as an element of one of graph.json's top-level arrays.
pub(crate) trait Element {
    /// Appends the element, from the four spaces before its `{` to its `}`; returns where its
    /// mentions begin in `out` (the line break before `"mentions"`), for a document.
    fn print(&self, out: &mut Vec<u8>) -> Option<usize>;
}

impl<T: Element> Element for &T {
    fn print(&self, out: &mut Vec<u8>) -> Option<usize> {
        (**self).print(out)
    }
}

impl Element for Document {
    fn print(&self, out: &mut Vec<u8>) -> Option<usize> {
        out.extend_from_slice(b"    {");
        field(out, "id", true);
        string(out, &self.id);
        opt(out, "type", self.doc_type.as_deref());
        opt(out, "number", self.number.as_deref());
        opt(out, "symbol", self.symbol.as_deref());
        opt(out, "date", self.date.as_deref());
        field(out, "year", false);
        match self.year {
            Some(y) => int(out, y),
            None => out.extend_from_slice(b"null"),
        }
        opt(out, "term", self.term.as_deref());
        opt(out, "issuer", self.issuer.as_deref());
        opt(out, "province", self.province.as_deref());
        // (Written only when there is one, as is `normative` only when true.)
        if let Some(d) = &self.district {
            field(out, "district", false);
            string(out, d);
        }
        opt(out, "system", self.system.map(system));
        field(out, "level", false);
        string(out, &self.level);
        opt(out, "title", self.title.as_deref());
        if self.normative {
            field(out, "normative", false);
            out.extend_from_slice(b"true");
        }
        opt(out, "source", self.source.as_deref());
        // (After the comma that ends the field before.)
        let mentions = out.len() + 1;
        field(out, "mentions", false);
        list(out, &self.mentions, |out, m| {
            out.extend_from_slice(b"{\"file\": ");
            string(out, &m.file);
            out.extend_from_slice(b", \"line\": ");
            int(out, m.line);
            out.extend_from_slice(b", \"surface\": ");
            string(out, &m.surface);
            out.extend_from_slice(b", \"text\": ");
            string(out, m.text.as_str());
            out.push(b'}');
        });
        out.extend_from_slice(b"\n    }");
        Some(mentions)
    }
}

impl Element for Link {
    fn print(&self, out: &mut Vec<u8>) -> Option<usize> {
        out.extend_from_slice(b"    {");
        field(out, "from", true);
        string(out, &self.from);
        field(out, "to", false);
        string(out, &self.to);
        field(out, "relation", false);
        string(out, self.relation.as_str());
        field(out, "evidence", false);
        list(out, &self.evidence, |out, e| {
            out.extend_from_slice(b"{\"file\": ");
            string(out, &e.file);
            out.extend_from_slice(b", \"line\": ");
            int(out, e.line);
            out.extend_from_slice(b", \"text\": ");
            string(out, e.text.as_str());
            out.extend_from_slice(b", \"relation\": ");
            string(out, Relation::as_str(e.relation));
            out.push(b'}');
        });
        out.extend_from_slice(b"\n    }");
        None
    }
}

impl Element for Diagnostic {
    fn print(&self, out: &mut Vec<u8>) -> Option<usize> {
        out.extend_from_slice(b"    {\"level\": ");
        string(
            out,
            match self.level {
                Level::Error => "error",
                Level::Warning => "warning",
                Level::Info => "info",
            },
        );
        out.extend_from_slice(b", \"code\": ");
        string(out, &self.code);
        out.extend_from_slice(b", \"message\": ");
        string(out, &self.message);
        out.extend_from_slice(b", \"file\": ");
        match &self.file {
            Some(f) => string(out, f),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b", \"line\": ");
        match self.line {
            Some(l) => int(out, l),
            None => out.extend_from_slice(b"null"),
        }
        out.push(b'}');
        None
    }
}

fn system(s: System) -> &'static str {
    match s {
        System::Party => "party",
        System::State => "state",
    }
}

/// A field's line at six spaces, up to its value.
fn field(out: &mut Vec<u8>, key: &str, first: bool) {
    out.extend_from_slice(if first { b"\n      \"" } else { b",\n      \"" });
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\": ");
}

fn opt(out: &mut Vec<u8>, key: &str, v: Option<&str>) {
    field(out, key, false);
    match v {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A field's list of one-line objects, each at eight spaces (`[]` when empty).
fn list<T>(out: &mut Vec<u8>, items: &[T], mut one: impl FnMut(&mut Vec<u8>, &T)) {
    if items.is_empty() {
        out.extend_from_slice(b"[]");
        return;
    }
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        out.extend_from_slice(if i == 0 {
            b"\n        "
        } else {
            b",\n        "
        });
        one(out, x);
    }
    out.extend_from_slice(b"\n      ]");
}

fn int(out: &mut Vec<u8>, n: impl itoa::Integer) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Bytes whose lowest bit of each byte is set where the byte is below 0x20, a `"` or a `\`. Only
/// the lowest flag is exact (a borrow can set flags above it), which is the one read.
fn flags(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    control | zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\')))
}

/// `s` as a JSON string, escaped as serde_json escapes: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`,
/// `\t`, and `\u00xx` for the other control characters.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut run = 0;
    let mut i = 0;
    loop {
        // The next byte to escape at or after `i`.
        let mut at = None;
        while i + 8 <= b.len() {
            let word = u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
            let f = flags(word);
            if f != 0 {
                at = Some(i + (f.trailing_zeros() / 8) as usize);
                break;
            }
            i += 8;
        }
        if at.is_none() {
            at = (i..b.len()).find(|&k| b[k] < 0x20 || b[k] == b'"' || b[k] == b'\\');
        }
        let Some(j) = at else {
            break;
        };
        out.extend_from_slice(&b[run..j]);
        escape(out, b[j]);
        i = j + 1;
        run = i;
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}

fn escape(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match c {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[(c >> 4) as usize],
            HEX[(c & 0xf) as usize],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(s: &str) -> String {
        let mut out = vec![];
        string(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        // Every byte below 0x80 in every position of a word, around Vietnamese letters.
        let mut cases: Vec<String> = vec![String::new(), "Nghị quyết số 29-NQ/TW".into()];
        for c in 0u8..0x80 {
            let ch = c as char;
            for pad in 0..10 {
                cases.push(format!("{}{ch}ạ", "x".repeat(pad)));
                cases.push(format!("{ch}{}{ch}", "Đ".repeat(pad)));
            }
        }
        cases.push("\"\\\u{1}\u{1f}\u{7f}\n\r\t\u{8}\u{c} \"\"\\\\ Lạng Sơn\u{0}".into());
        for s in &cases {
            assert_eq!(printed(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
        // A pseudo-random mix of escapes, ASCII and multi-byte letters.
        let alphabet = [
            "a", "\"", "\\", "\n", "\u{1}", "ệ", " ", "Ư", "\t", "/", "\u{7f}", "0",
        ];
        let mut next = crate::testing::xorshift(0x2545_f491_4f6c_dd1d);
        for _ in 0..2000 {
            let s = crate::testing::text_of(&mut next, &alphabet, 40);
            assert_eq!(printed(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
        }
    }
}
