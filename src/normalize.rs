//! Text normalisation: what every later stage can rely on. Unicode NFC (decomposed diacritics
//! give regexes nothing to match), 'Ð' (U+00D0) read as 'Đ', no-break and zero-width spaces
//! made plain, CR LF made LF. Line breaks are kept, so line numbers stay those of the file; the
//! extractor's patterns allow a line break wherever a space may stand, which joins references
//! broken across lines.
//!
//! Also [`fold`]: lower case without diacritics, for matching cue words, names and queries.

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use std::borrow::Cow;

/// Normalises a file's text (see the module doc). Line count and line order are preserved.
pub fn normalize(text: &str) -> String {
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    let composed: Cow<str> = nfc.normalize(text);
    let mut out = String::with_capacity(composed.len());
    let mut chars = composed.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{00D0}' => out.push('Đ'),
            '\u{00F0}' => out.push('đ'),
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\t' | '\u{3000}' => out.push(' '),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => {}
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// Lower case, no diacritics, 'đ' as 'd': `Nghị Quyết` → `nghi quyet`. Used for matching only,
/// never for display. Byte offsets of the result do not map to the input.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let nfd = DecomposingNormalizerBorrowed::new_nfd();
    let mut out = String::with_capacity(s.len());
    for c in nfd.normalize(s).chars() {
        match c {
            '\u{0300}'..='\u{036F}' => {}
            'Đ' | 'đ' | '\u{00D0}' | '\u{00F0}' => out.push('d'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Folded text with every run of non-alphanumeric characters made one space, trimmed:
/// `"Tỉnh  Lạng-Sơn"` → `"tinh lang son"`.
pub fn fold_words(s: &str) -> String {
    let f = fold(s);
    let mut out = String::with_capacity(f.len());
    for w in f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A slug for ids: folded words joined with `-`: `Lạng Sơn` → `lang-son`.
pub fn slug(s: &str) -> String {
    fold_words(s).replace(' ', "-")
}

/// 1-based line number of a byte offset.
pub fn line_of(line_starts: &[usize], offset: usize) -> usize {
    match line_starts.binary_search(&offset) {
        Ok(i) => i + 1,
        Err(i) => i,
    }
}

/// Byte offsets where each line starts.
pub fn line_starts(text: &str) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    v
}

/// Collapses runs of white space (line breaks too) to one space and trims.
pub fn squash_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_decomposed_text() {
        let nfd = "Nghi\u{0323} quye\u{0302}\u{0301}t";
        assert_eq!(normalize(nfd), "Nghị quyết");
    }

    #[test]
    fn eth_is_read_as_d_with_stroke() {
        assert_eq!(normalize("\u{00D0}ảng"), "Đảng");
        assert_eq!(normalize("QÐ-UBND"), "QĐ-UBND");
    }

    #[test]
    fn keeps_lines_and_drops_invisible_characters() {
        let t = normalize("a\r\nb\rc\u{00A0}d\u{200B}e\n");
        assert_eq!(t, "a\nb\nc de\n");
    }

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Nghị Quyết ĐẠI HỘI"), "nghi quyet dai hoi");
        assert_eq!(fold_words("Tỉnh  Lạng-Sơn"), "tinh lang son");
        assert_eq!(slug("Bà Rịa - Vũng Tàu"), "ba-ria-vung-tau");
    }

    #[test]
    fn line_numbers() {
        let t = "ab\ncd\n\nef";
        let ls = line_starts(t);
        assert_eq!(line_of(&ls, 0), 1);
        assert_eq!(line_of(&ls, 3), 2);
        assert_eq!(line_of(&ls, 4), 2);
        assert_eq!(line_of(&ls, 7), 4);
    }
}
