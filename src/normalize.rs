//! Text normalisation: what every later stage can rely on. Unicode NFC (decomposed diacritics
//! give regexes nothing to match), 'Ð' (U+00D0) read as 'Đ', full-width digits made ASCII,
//! no-break and zero-width spaces made plain, CR LF made LF. Line breaks are kept, so line numbers stay those of the file; the
//! extractor's patterns allow a line break wherever a space may stand, which joins references
//! broken across lines.
//!
//! Also [`fold`]: lower case without diacritics, for matching cue words, names and queries.

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use std::borrow::Cow;

/// Normalises a file's text (see the module doc). Line count and line order are preserved.
pub fn normalize(text: &str) -> String {
    normalize_cow(text).into_owned()
}

/// [`normalize`] of a text the caller gives up: a text that is already normal (NFC, nothing to
/// replace: most files) is returned as it is, without being copied.
pub fn normalize_owned(text: String) -> String {
    let changed = match normalize_cow(&text) {
        Cow::Borrowed(_) => None,
        Cow::Owned(s) => Some(s),
    };
    changed.unwrap_or(text)
}

/// [`normalize`], borrowing `text` when nothing changes.
fn normalize_cow(text: &str) -> Cow<'_, str> {
    let composed: Cow<str> = if surely_nfc(text.as_bytes()) {
        Cow::Borrowed(text)
    } else {
        ComposingNormalizerBorrowed::new_nfc().normalize(text)
    };
    // Copies the text in runs between the characters to replace: each of them is ASCII (`\t`,
    // `\r`) or starts with one of a few lead bytes, found with vectorised searches
    // ([`Candidates`]).
    let bytes = composed.as_bytes();
    let mut out: Option<String> = None;
    let mut run = 0;
    let mut i = 0;
    let mut candidates = Candidates::new(bytes);
    while let Some(next) = candidates.from(i) {
        i = next;
        let b = bytes[i];
        let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        // (length of the character, replacement)
        let (len, with): (usize, &str) = match b {
            b'\t' => (1, " "),
            b'\r' => (1, if at(1) == b'\n' { "" } else { "\n" }),
            0xC2 if at(1) == 0xA0 => (2, " "),
            0xC2 if at(1) == 0xAD => (2, ""),
            0xC3 if at(1) == 0x90 => (2, "Đ"),
            0xC3 if at(1) == 0xB0 => (2, "đ"),
            0xE2 if at(1) == 0x80 && matches!(at(2), 0x87 | 0xAF) => (3, " "),
            0xE2 if at(1) == 0x80 && matches!(at(2), 0x8B..=0x8D) => (3, ""),
            // A dash between a number and its symbol's letters, or inside the symbol (`21
            // –NQ/BCH`, `KH–UBND`: U+2010..U+2015 and the minus sign, which word processors
            // put for a hyphen) is the hyphen the patterns read.
            0xE2 if (at(1) == 0x80 && (0x90..=0x95).contains(&at(2))
                || at(1) == 0x88 && at(2) == 0x92)
                && symbol_dash(&composed, i) =>
            {
                (3, "-")
            }
            0xE3 if at(1) == 0x80 && at(2) == 0x80 => (3, " "),
            0xEF if at(1) == 0xBB && at(2) == 0xBF => (3, ""),
            // Full-width digits (U+FF10..U+FF19, typed with an East Asian input method): the
            // patterns read ASCII digits.
            0xEF if at(1) == 0xBC && (0x90..=0x99).contains(&at(2)) => {
                let d = usize::from(at(2) - 0x90);
                (3, &"0123456789"[d..d + 1])
            }
            _ => {
                i += 1;
                continue;
            }
        };
        let out = out.get_or_insert_with(|| String::with_capacity(composed.len()));
        out.push_str(&composed[run..i]);
        out.push_str(with);
        i += len;
        run = i;
    }
    let replaced = match out {
        None => composed,
        Some(mut out) => {
            out.push_str(&composed[run..]);
            Cow::Owned(out)
        }
    };
    match unglued(&replaced) {
        None => replaced,
        Some(s) => Cow::Owned(s),
    }
}

/// The text with a space put between a word and a type word glued to it (`Căn cứThông tư số
/// 12/2020/TT-BGDĐT`, `Thực hiệnNghị quyết số 12/NQ-CP`), or `None` when no type word is glued.
/// Web pages lose that space where a link starts (`Căn cứ <a>Thông tư ...</a>` copied as
/// text), and a type word glued to the cue before it is neither found as a reference nor read
/// with its cue. A Vietnamese syllable never has a capital after a small letter, so a small
/// letter right before a type word's capital is always such a seam.
fn unglued(text: &str) -> Option<String> {
    static TYPES: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
        let mut words: Vec<&str> = crate::registry::DOC_TYPES
            .iter()
            .flat_map(|t| std::iter::once(t.name).chain(t.variants.iter().copied()))
            .chain(["Hiến pháp"])
            .collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(words)
            .expect("type words build an automaton")
    });
    let mut out: Option<String> = None;
    let mut run = 0;
    for m in TYPES.find_iter(text) {
        let glued = text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase());
        if glued {
            let out = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
            out.push_str(&text[run..m.start()]);
            out.push(' ');
            run = m.start();
        }
    }
    let mut out = out?;
    out.push_str(&text[run..]);
    Some(out)
}

/// Whether the dash (three bytes) at `i` stands where a symbol's hyphen does: after a digit or
/// a capital and before a capital, spaces aside (`21 –NQ/BCH`, `KH–UBND`; not `2017 – 2020`,
/// `Lạng Sơn – ngày`).
fn symbol_dash(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t']).chars().next_back();
    let after = text[i + 3..].trim_start_matches([' ', '\t']).chars().next();
    let capital = |c: char| c.is_ascii_uppercase() || c == 'Đ';
    before.is_some_and(|c| c.is_ascii_digit() || capital(c)) && after.is_some_and(capital)
}

/// Whether `text` (UTF-8) is in NFC by the quick check of UAX #15: it holds only characters
/// whose NFC_Quick_Check is Yes and whose canonical combining class is 0, which makes any
/// sequence of them NFC. Decided here for the characters of Vietnamese text: ASCII, U+0080 to
/// U+02FF (Latin-1, Latin Extended-A and -B, IPA, spacing modifiers: combining marks start at
/// U+0300), U+1E00 to U+1EFF (Latin Extended Additional: `ạ`, `ế`, `ữ`), U+2002 to U+203F
/// (dashes, quotes, `…`: U+2000 and U+2001 are singletons NFC replaces). Any other character,
/// a combining mark above all, answers `false` and leaves the text to the full check, which
/// needs a trie look-up per character above U+0300 (a third of a Vietnamese text's letters).
fn surely_nfc(text: &[u8]) -> bool {
    // Byte by byte, without branches (vectorised): every byte is ASCII, a continuation byte,
    // a lead byte of U+0080..U+02FF (0xC2..0xCB; 0xC0 and 0xC1 are never UTF-8), or the lead
    // of an accepted three-byte character, checked with the two bytes after it.
    let ok = |b0: u8, b1: u8, b2: u8| {
        (b0 < 0xCC)
            | ((b0 == 0xE1) & (b1.wrapping_sub(0xB8) < 4))
            | ((b0 == 0xE2) & (b1 == 0x80) & (b2 >= 0x82))
    };
    let n = text.len();
    if n < 3 {
        // ASCII, or a character of two bytes.
        return text.iter().all(|&b| b < 0xCC);
    }
    let body = &text[..n - 2];
    const BLOCK: usize = 64;
    let mut i = 0;
    while i < body.len() {
        let end = (i + BLOCK).min(body.len());
        let mut all = true;
        for k in i..end {
            all &= ok(text[k], text[k + 1], text[k + 2]);
        }
        if !all {
            return false;
        }
        i = end;
    }
    // The last two bytes end a character (the text is UTF-8): ASCII or continuation bytes, or
    // the lead of a two-byte character.
    text[n - 2..].iter().all(|&b| b < 0xCC)
}

/// Where the characters [`normalize`] may replace can start, in order: a byte of `\t`, `\r`,
/// 0xC2, 0xE2, 0xE3 or 0xEF (memchr's searches, three bytes at a time), or 0xC3 before 0x90 or
/// 0xB0 (`Ð`, `ð`; 0xC3 alone leads most of Vietnamese's vowels with a mark, which a search for
/// it would stop at). Each search remembers its next hit.
struct Candidates<'a> {
    bytes: &'a [u8],
    next: [Option<usize>; 4],
}

impl<'a> Candidates<'a> {
    fn new(bytes: &'a [u8]) -> Candidates<'a> {
        let mut c = Candidates {
            bytes,
            next: [None; 4],
        };
        for k in 0..4 {
            c.next[k] = c.search(k, 0);
        }
        c
    }

    fn search(&self, k: usize, from: usize) -> Option<usize> {
        let b = self.bytes.get(from..)?;
        let hit = match k {
            0 => memchr::memchr3(b'\t', b'\r', 0xC2, b),
            1 => memchr::memchr3(0xE2, 0xE3, 0xEF, b),
            2 => memchr::memmem::find(b, b"\xC3\x90"),
            _ => memchr::memmem::find(b, b"\xC3\xB0"),
        };
        hit.map(|i| from + i)
    }

    /// The first candidate at or after `i`.
    fn from(&mut self, i: usize) -> Option<usize> {
        for k in 0..4 {
            if self.next[k].is_some_and(|n| n < i) {
                self.next[k] = self.search(k, i);
            }
        }
        self.next.iter().flatten().copied().min()
    }
}

/// Bytes that may start a character [`normalize`] replaces (what [`Candidates`] finds, byte by
/// byte: the tests compare the two).
#[cfg(test)]
const NORMALIZE_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\t' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xC2] = true;
    t[0xC3] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// Lower case, no diacritics, 'đ' as 'd': `Nghị Quyết` → `nghi quyet`. Used for matching only,
/// never for display. Byte offsets of the result do not map to the input.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    if !fold_fast(s, |piece| out.push_str(piece)) {
        out.clear();
        fold_slow(s, &mut out);
    }
    out
}

/// [`fold`] by decomposing the whole text: the definition, from which the table of
/// [`fold_fast`] is made.
fn fold_slow(s: &str, out: &mut String) {
    let nfd = DecomposingNormalizerBorrowed::new_nfd();
    fold_decomposed(&nfd.normalize(s), out);
}

/// [`fold_slow`] of a text already decomposed (NFD).
fn fold_decomposed(d: &str, out: &mut String) {
    for c in d.chars() {
        match c {
            '\u{0300}'..='\u{036F}' => {}
            'Đ' | 'đ' | '\u{00D0}' | '\u{00F0}' => out.push('d'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Code points below this have their fold in [`FOLD_BLOCKS`] (Latin letters with diacritics,
/// Vietnamese among them, and the punctuation of running text).
const FOLD_TABLE_END: u32 = 0x3000;

/// The fold of every character below [`FOLD_TABLE_END`] taken alone, for the characters whose
/// decomposition begins with a starter (canonical combining class 0). A text made only of such
/// characters decomposes character by character (canonical reordering never moves a mark across
/// a starter), so its fold is the folds of its characters put together. Made 256 code points
/// at a time, when a text first has one of them: a run reads Vietnamese (two or three blocks),
/// and the whole table took 0.6 ms of every run to make.
struct FoldBlock {
    /// Per code point: offset into `folded` (high bits) and length (low 8 bits); `u32::MAX` for
    /// a character that is not a starter.
    entries: [u32; 256],
    folded: String,
}

static FOLD_BLOCKS: [std::sync::OnceLock<FoldBlock>; (FOLD_TABLE_END >> 8) as usize] =
    [const { std::sync::OnceLock::new() }; (FOLD_TABLE_END >> 8) as usize];

impl FoldBlock {
    /// The block of code points `block << 8 ..= block << 8 | 0xFF`.
    fn of(block: u32) -> FoldBlock {
        let ccc = icu_normalizer::properties::CanonicalCombiningClassMapBorrowed::new();
        let nfd = DecomposingNormalizerBorrowed::new_nfd();
        let mut entries = [u32::MAX; 256];
        let mut folded = String::new();
        let mut one = String::new();
        // (Each character decomposed once: its first character says whether it is a starter,
        // and the decomposition is what it folds from.)
        for (low, entry) in entries.iter_mut().enumerate() {
            let mut buf = [0u8; 4];
            let Some(c) = char::from_u32(block << 8 | low as u32) else {
                continue;
            };
            let d = nfd.normalize(c.encode_utf8(&mut buf));
            if d.chars().next().is_none_or(|f| ccc.get_u8(f) != 0) {
                continue;
            }
            one.clear();
            fold_decomposed(&d, &mut one);
            *entry = ((folded.len() as u32) << 8) | one.len() as u32;
            folded.push_str(&one);
        }
        FoldBlock { entries, folded }
    }
}

/// The fold of `c` from the table, when it has one.
#[inline]
fn table_fold(c: char) -> Option<&'static str> {
    let cp = c as u32;
    let block = FOLD_BLOCKS
        .get((cp >> 8) as usize)?
        .get_or_init(|| FoldBlock::of(cp >> 8));
    let e = block.entries[(cp & 0xFF) as usize];
    (e != u32::MAX).then(|| {
        let off = (e >> 8) as usize;
        &block.folded[off..off + (e & 0xFF) as usize]
    })
}

/// Feeds the fold of `s` to `f` piece by piece, if every character of `s` is in the table; else
/// returns false (having fed part of it).
#[inline]
fn fold_fast(s: &str, mut f: impl FnMut(&str)) -> bool {
    let mut run = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii() {
            if c.is_ascii_uppercase() {
                f(&s[run..i]);
                f(LOWER[(c as u8 - b'A') as usize]);
                run = i + 1;
            }
            continue;
        }
        let Some(folded) = table_fold(c) else {
            return false;
        };
        f(&s[run..i]);
        f(folded);
        run = i + c.len_utf8();
    }
    f(&s[run..]);
    true
}

const LOWER: [&str; 26] = [
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
    "t", "u", "v", "w", "x", "y", "z",
];

/// Folded text with every run of non-alphanumeric characters made one space, trimmed:
/// `"Tỉnh  Lạng-Sơn"` → `"tinh lang son"`.
pub fn fold_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_words_into(s, &mut out);
    out
}

/// [`fold_words`], appended to `out`.
pub fn fold_words_into(s: &str, out: &mut String) {
    let base = out.len();
    let mut words = WordSink {
        out,
        base,
        gap: false,
    };
    if s.is_ascii() {
        for &b in s.as_bytes() {
            if b.is_ascii_alphanumeric() {
                words.letter(b.to_ascii_lowercase() as char);
            } else {
                words.gap = true;
            }
        }
        return;
    }
    // `fold_fast` feeding `words`, in one loop: ASCII bytes go straight in, lower-cased.
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut all_in_table = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                words.letter(b.to_ascii_lowercase() as char);
            } else {
                words.gap = true;
            }
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().expect("a character at a boundary");
        match table_fold(c) {
            Some(folded) => words.push(folded),
            None => {
                all_in_table = false;
                break;
            }
        }
        i += c.len_utf8();
    }
    if !all_in_table {
        words.out.truncate(base);
        words.gap = false;
        let mut f = String::new();
        fold_slow(s, &mut f);
        words.push(&f);
    }
}

/// Whether `fold_words(s)` starts with `prefix`, folding only the head of a long `s`.
pub fn fold_words_starts_with(s: &str, prefix: &str) -> bool {
    // Cut at an ASCII character that is not a letter or digit: it is a starter and a word
    // break, so the words of the head are the first words of the whole.
    const HEAD: usize = 40;
    let cut = s.as_bytes()[HEAD.min(s.len())..]
        .iter()
        .position(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
        .map(|p| HEAD + p);
    if let Some(cut) = cut {
        let head = fold_words(&s[..cut]);
        if head.len() >= prefix.len() {
            return head.starts_with(prefix);
        }
    }
    fold_words(s).starts_with(prefix)
}

/// Whether `fold_words(s) == words`, without folding a long `s` that cannot be: each ASCII letter
/// or digit of `s` gives one byte of the fold, and nothing gives fewer.
pub fn fold_words_is(s: &str, words: &str) -> bool {
    let ascii_alnum = s.bytes().filter(u8::is_ascii_alphanumeric);
    ascii_alnum.take(words.len() + 1).count() <= words.len() && fold_words(s) == words
}

/// Joins the alphanumeric runs of folded text with single spaces.
struct WordSink<'a> {
    out: &'a mut String,
    base: usize,
    gap: bool,
}

impl WordSink<'_> {
    #[inline]
    fn letter(&mut self, c: char) {
        if self.gap && self.out.len() > self.base {
            self.out.push(' ');
        }
        self.gap = false;
        self.out.push(c);
    }

    fn push(&mut self, piece: &str) {
        // Most pieces are ASCII (runs of the text, folds of Vietnamese letters): byte by byte.
        if piece.is_ascii() {
            for &b in piece.as_bytes() {
                if b.is_ascii_alphanumeric() {
                    self.letter(b as char);
                } else {
                    self.gap = true;
                }
            }
            return;
        }
        for c in piece.chars() {
            if c.is_alphanumeric() {
                self.letter(c);
            } else {
                self.gap = true;
            }
        }
    }
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
    v.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    v
}

/// A text whose line breaks are written as escapes: a backslash and a letter (`\r\n`, `\n`), as
/// in a web page's HTML or JSON source saved as text. Legal databases serve some documents so:
/// a whole header and preamble on one line (`\r\n Số: 54/KH-UBND \r\n | \r\n Lạng Sơn,
/// ngày ...`). Returns the text with each escape made white space of the same length, a line
/// break for each `\n` (`\r\n` becomes three spaces and a line break, `\t` two spaces),
/// so byte offsets stay those of `text`; and how many line breaks were escaped. `None` when
/// fewer than two are: one backslash and an `n` may be anything (`D:\new`), two make a
/// pattern.
pub fn unescape_breaks(text: &str) -> Option<(String, usize)> {
    let b = text.as_bytes();
    let breaks = memchr::memchr_iter(b'\\', b)
        .filter(|&i| b.get(i + 1) == Some(&b'n'))
        .count();
    if breaks < 2 {
        return None;
    }
    let mut out = b.to_vec();
    for i in memchr::memchr_iter(b'\\', b) {
        match b.get(i + 1) {
            Some(b'n') => out[i..i + 2].copy_from_slice(b" \n"),
            Some(b'r') if b[i + 2..].starts_with(b"\\n") => out[i..i + 2].copy_from_slice(b"  "),
            Some(b't') => out[i..i + 2].copy_from_slice(b"  "),
            _ => {}
        }
    }
    // (ASCII bytes replaced by ASCII bytes: still UTF-8.)
    let out = String::from_utf8(out).expect("ASCII replaced by ASCII");
    Some((out, breaks))
}

/// Collapses runs of white space (line breaks too) to one space and trims.
pub fn squash_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for_each_word(s, |w| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        true
    });
    out
}

/// The number of characters of `squash_spaces(s)`, counted up to `cap + 1` at most.
pub fn squash_spaces_chars(s: &str, cap: usize) -> usize {
    let mut n = 0;
    for_each_word(s, |w| {
        if n > 0 {
            n += 1;
        }
        n += w.bytes().filter(|&b| (b as i8) >= -0x40).count();
        n <= cap
    });
    n.min(cap + 1)
}

/// Feeds the words of `s.split_whitespace()` to `f` while it returns true, found byte by byte:
/// white space is ASCII or starts with one of a few lead bytes.
fn for_each_word(s: &str, mut f: impl FnMut(&str) -> bool) {
    let b = s.as_bytes();
    // 0xE1 leads most Vietnamese letters with marks (U+1Exx) and one space, U+1680: a text
    // without that space is walked with a table that lets those letters through.
    let may_start_space = if memchr::memmem::find(b, "\u{1680}".as_bytes()).is_some() {
        &MAY_START_SPACE
    } else {
        &MAY_START_SPACE_NOT_E1
    };
    let mut i = 0;
    let mut word = None;
    while i < b.len() {
        // Bytes that cannot start white space.
        let j = b[i..]
            .iter()
            .position(|&c| may_start_space[c as usize])
            .map_or(b.len(), |p| i + p);
        if j > i {
            word.get_or_insert(i);
        }
        if j == b.len() {
            break;
        }
        let n = space_len(b, j);
        if n == 0 {
            word.get_or_insert(j);
            i = j + 1;
            continue;
        }
        if let Some(w) = word.take() {
            if !f(&s[w..j]) {
                return;
            }
        }
        i = j + n;
    }
    if let Some(w) = word {
        f(&s[w..]);
    }
}

/// Bytes that start a white space character: ASCII ones, and the lead bytes of U+0085, U+00A0
/// (0xC2), U+1680 (0xE1), U+2000..U+205F (0xE2), U+3000 (0xE3).
const MAY_START_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    let mut c = b'\t';
    while c <= b'\r' {
        t[c as usize] = true;
        c += 1;
    }
    t[0xC2] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t
};

/// [`MAY_START_SPACE`] but for 0xE1, for a text without U+1680.
const MAY_START_SPACE_NOT_E1: [bool; 256] = {
    let mut t = MAY_START_SPACE;
    t[0xE1] = false;
    t
};

/// Length of the white space character at byte `i` of `b` (UTF-8), 0 if there is none.
#[inline]
fn space_len(b: &[u8], i: usize) -> usize {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match b[i] {
        b' ' | b'\t'..=b'\r' => 1,
        0xC2 if matches!(at(1), 0x85 | 0xA0) => 2,
        0xE1 if at(1) == 0x9A && at(2) == 0x80 => 3,
        0xE2 if at(1) == 0x80 && matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => 3,
        0xE2 if at(1) == 0x81 && at(2) == 0x9F => 3,
        0xE3 if at(1) == 0x80 && at(2) == 0x80 => 3,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaped_line_breaks_become_breaks_of_the_same_length() {
        let t = "a\\r\\nb\\nc\\td\\x";
        let (u, n) = unescape_breaks(t).unwrap();
        assert_eq!(u, "a   \nb \nc  d\\x");
        assert_eq!((u.len(), n), (t.len(), 2));
        assert_eq!(unescape_breaks("C:\\new"), None);
    }

    use super::*;

    /// Every character [`surely_nfc`] lets pass is NFC alone and after any letter (none composes
    /// with what precedes it), and it passes exactly the ranges its doc names.
    #[test]
    fn surely_nfc_passes_only_characters_nfc_keeps() {
        let nfc = ComposingNormalizerBorrowed::new_nfc();
        let bases = [
            "", "a", "A", "e", "o", "u", "ơ", "ư", "ệ", "Đ", " ", "\u{1100}", "\u{0B47}",
        ];
        let mut passed = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let one = c.to_string();
            if !surely_nfc(one.as_bytes()) {
                continue;
            }
            passed += 1;
            let u = u32::from(c);
            assert!(
                u < 0x300 || (0x1E00..=0x1EFF).contains(&u) || (0x2002..=0x203F).contains(&u),
                "U+{u:04X}"
            );
            for b in bases {
                let t = format!("{b}{c}{b}");
                assert!(nfc.is_normalized(&t), "U+{u:04X} after {b:?}");
            }
        }
        assert_eq!(passed, 0x300 + 0x100 + 0x3E);
        // A decomposed text, a singleton, a character of another script: the full check.
        for t in [
            "Nghi\u{0323} quyê\u{0301}t",
            "\u{2000}",
            "\u{212B}",
            "한국",
            "a\u{0301}",
        ] {
            assert!(!surely_nfc(t.as_bytes()), "{t}");
        }
        assert!(surely_nfc(
            "Nghị quyết số 29-NQ/TW “về đổi mới” – …".as_bytes()
        ));
        assert_eq!(normalize("Nghi\u{0323} quyê\u{0301}t"), "Nghị quyết");
    }

    /// Every candidate [`Candidates`] gives is a byte of [`NORMALIZE_LEAD`], and every such
    /// byte that starts a replaced character is one, on texts full of near misses.
    #[test]
    fn candidates_are_the_lead_bytes_of_replaced_characters() {
        let pieces = [
            "a", "\t", "\r", "\r\n", "\n", "\u{a0}", "\u{ad}", "\u{a9}", "Ð", "ð", "Đ", "ư", "à",
            "ê", "\u{2007}", "\u{202f}", "\u{200b}", "\u{200d}", "“", "–", "\u{3000}", "、",
            "\u{feff}", "０", "９", "ｚ", "ạ", " ",
        ];
        let mut next = crate::testing::xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let text = crate::testing::text_of(&mut next, &pieces, 24);
            let b = text.as_bytes();
            let mut found = vec![];
            let mut c = Candidates::new(b);
            let mut i = 0;
            while let Some(n) = c.from(i) {
                found.push(n);
                i = n + 1;
            }
            let lead = |i: usize| {
                NORMALIZE_LEAD[b[i] as usize]
                    && (b[i] != 0xC3 || matches!(b.get(i + 1), Some(0x90 | 0xB0)))
            };
            let expected: Vec<usize> = (0..b.len()).filter(|&i| lead(i)).collect();
            assert_eq!(found, expected, "{text:?}");
        }
    }

    #[test]
    fn squash_spaces_is_split_whitespace() {
        let by_split = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let s = format!(" a{c}b {c} {c}{c}\u{1EA1}\u{2003}x{c}");
            assert_eq!(squash_spaces(&s), by_split(&s), "{:X}", c as u32);
        }
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\u{85}a\u{a0}b\u{1680}c\u{2028}\u{3000}",
            "Nghị  quyết\n số",
        ] {
            assert_eq!(squash_spaces(s), by_split(s), "{s:?}");
            for cap in 0..20 {
                let n = by_split(s).chars().count();
                assert_eq!(squash_spaces_chars(s, cap), n.min(cap + 1), "{s:?}");
            }
        }
    }

    #[test]
    fn fold_words_is_compares_the_whole_fold() {
        for s in [
            "",
            " bằng ",
            "BẰNG",
            "b-ằng",
            "bằng nhau",
            ", bằng văn bản",
            "bang1",
            "ba ng",
            "  \n bằng \n\n ",
            "b\u{0300}ang",
            "ｂang",
        ] {
            for w in ["bang", "", "ba ng"] {
                assert_eq!(fold_words_is(s, w), fold_words(s) == w, "{s:?} {w:?}");
            }
        }
        let long = format!("bằng {}", "văn bản ".repeat(100));
        assert!(!fold_words_is(&long, "bang"));
    }

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

    /// A dash where a symbol's hyphen stands is the hyphen; a range's or a dateline's stays.
    #[test]
    fn a_dash_in_a_symbol_is_a_hyphen() {
        for (text, want) in [
            ("Số: 21 –NQ/BCH", "Số: 21 -NQ/BCH"),
            (
                "29–NQ/TW và 12/KH—UBND, QĐ‑UBND",
                "29-NQ/TW và 12/KH-UBND, QĐ-UBND",
            ),
            ("5 −CT/TW", "5 -CT/TW"),
            ("giai đoạn 2017 – 2020", "giai đoạn 2017 – 2020"),
            ("Lạng Sơn – ngày 12", "Lạng Sơn – ngày 12"),
            ("– Căn cứ", "– Căn cứ"),
            ("KH –", "KH –"),
        ] {
            assert_eq!(normalize(text), want, "{text}");
        }
    }

    #[test]
    fn full_width_digits_are_ascii() {
        assert_eq!(
            normalize("Nghị quyết số ２９-NQ/TW"),
            "Nghị quyết số 29-NQ/TW"
        );
        // Other scripts' digits stay as written (no Vietnamese document numbers with them).
        assert_eq!(normalize("٣ १२"), "٣ १२");
    }

    #[test]
    fn keeps_lines_and_drops_invisible_characters() {
        let t = normalize("a\r\nb\rc\u{00A0}d\u{200B}e\n");
        assert_eq!(t, "a\nb\nc de\n");
    }

    #[test]
    fn a_type_word_glued_to_the_word_before_it_gets_its_space() {
        assert_eq!(
            normalize("Căn cứThông tư số 12/2020/TT-BGDĐT;\nThực hiệnNghị quyết số 12/NQ-CP"),
            "Căn cứ Thông tư số 12/2020/TT-BGDĐT;\nThực hiện Nghị quyết số 12/NQ-CP"
        );
        // A capital before it, a space, or the start of a line: nothing glued.
        for kept in [
            "QUYẾT ĐỊNH\nQuyết định số 5/QĐ-UBND",
            "Căn cứ Luật Đầu tư",
            "(Kế hoạch số 45/KH-UBND)",
            "UBNDKế hoạch",
        ] {
            assert_eq!(normalize(kept), kept);
        }
        assert_eq!(normalize("củaLuật Đầu tư"), "của Luật Đầu tư");
    }

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Nghị Quyết ĐẠI HỘI"), "nghi quyet dai hoi");
        assert_eq!(fold_words("Tỉnh  Lạng-Sơn"), "tinh lang son");
        assert_eq!(slug("Bà Rịa - Vũng Tàu"), "ba-ria-vung-tau");
    }

    #[test]
    fn normalize_replaces_character_by_character() {
        // The definition: NFC, then each character replaced on its own.
        let by_char = |text: &str| {
            let nfc = ComposingNormalizerBorrowed::new_nfc();
            let composed = nfc.normalize(text);
            let mut out = String::new();
            let mut chars = composed.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\u{00D0}' => out.push('Đ'),
                    '\u{00F0}' => out.push('đ'),
                    '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\t' | '\u{3000}' => out.push(' '),
                    '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => {}
                    '\u{FF10}'..='\u{FF19}' => {
                        out.push(char::from(b'0' + (c as u32 - 0xFF10) as u8));
                    }
                    '\r' => {
                        if chars.peek() != Some(&'\n') {
                            out.push('\n');
                        }
                    }
                    _ => out.push(c),
                }
            }
            out
        };
        let specials = [
            "\u{00D0}",
            "\u{00F0}",
            "\u{00A0}",
            "\u{2007}",
            "\u{202F}",
            "\t",
            "\u{3000}",
            "\u{200B}",
            "\u{200C}",
            "\u{200D}",
            "\u{FEFF}",
            "\u{00AD}",
            "\r",
            "\r\n",
            "\n",
            "\u{00C2}",
            "\u{00C3}",
            "\u{2080}",
            "\u{3001}",
            "\u{FEFE}",
            "\u{20AC}",
            "ạ",
            "e\u{0301}",
            "\u{2028}",
            "\u{E000}",
            "x",
            "\u{FF10}",
            "\u{FF19}",
            "\u{FF0F}",
            "\u{FF1A}",
            "\u{FEBF}",
        ];
        for a in specials {
            for b in specials {
                for s in [
                    format!("{a}{b}"),
                    format!("Số {a}x{b}"),
                    format!("{a}\r{b}\r"),
                ] {
                    assert_eq!(normalize(&s), by_char(&s), "{s:?}");
                    assert_eq!(normalize_owned(s.clone()), by_char(&s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn fold_by_table_is_fold_by_decomposition() {
        let slow = |s: &str| {
            let mut out = String::new();
            fold_slow(s, &mut out);
            out
        };
        let slow_words = |s: &str| {
            slow(s)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for cp in (0..0x3100).chain([0x1F600, 0xFEFF, 0x10FFFF]) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for s in [
                format!("{c}"),
                format!("Ạ{c}b"),
                format!("x {c}\u{0301}Ê"),
                format!("{c}\u{0323}\u{0302}ǅ"),
            ] {
                assert_eq!(fold(&s), slow(&s), "{cp:x}");
                assert_eq!(fold_words(&s), slow_words(&s), "{cp:x}");
            }
        }
    }

    #[test]
    fn folded_head() {
        let long = "Nơi nhận: - Như trên; - Lưu: VT, Văn phòng Ủy ban nhân dân tỉnh, Sở Giáo dục";
        assert!(fold_words_starts_with(long, "noi nhan"));
        assert!(!fold_words_starts_with(long, "noi nhan x"));
        let t = format!("{} Nơi", "a".repeat(60));
        assert!(fold_words_starts_with(&t, &"a".repeat(60)));
        assert!(!fold_words_starts_with(&t, "noi"));
        assert!(fold_words_starts_with("Nơi nhận", "noi nhan"));
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
