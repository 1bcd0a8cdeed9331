//! Legacy Vietnamese 8-bit encodings → Unicode: TCVN3 (ABC), VNI Windows and Windows-1258,
//! and a guess of which one a non-UTF-8 file is written in.
//!
//! # What this module owns
//!
//! * [`decode_tcvn3`]: TCVN 5712:1993 VN3, the "ABC" encoding of the `.VnTime`/`.VnArial` fonts.
//! * [`decode_vni`]: VNI Windows, the encoding of the `VNI-Times` fonts (a base letter followed
//!   by one modifier byte that carries the vowel mark and/or the tone).
//! * [`decode_windows_1258`]: Microsoft code page 1258 (base letters + combining tone marks).
//! * [`detect`] / [`decode_legacy`]: pick the encoding that reads best as Vietnamese.
//!
//! All output is composed: every Vietnamese letter comes out as one precomposed character
//! (NFC form for Vietnamese; other combining sequences are passed through untouched, so run the
//! general NFC normaliser afterwards as for any other text). Std only, no crate.
//!
//! # Where the tables come from
//!
//! The tables below were typed in by hand from the public definitions, in this module's own
//! layout (no source file was copied), and checked against the independent sources named here.
//!
//! * **TCVN3**: TCVN 5712:1993 defines three levels; VN3 ("TCVN3") keeps ASCII and adds, in
//!   0xA0–0xFF, the no-break space, the 7 capitals Ă Â Ê Ô Ơ Ư Đ and the 67 lowercase Vietnamese
//!   letters; capitals with a tone have no code and are written by switching to the all-capital
//!   font (`.VnTimeH`), i.e. with the *lowercase* code (Wikipedia, "VSCII", describing the
//!   standard). VN2 adds, in the gaps of the same range, 16 toned capitals and the 5 combining
//!   tone marks (0xB0–0xB4); this decoder accepts them too, since VN3 leaves those bytes unused.
//!   Byte values checked against the BSD-2-Clause table of XFree86's X-TrueType
//!   (`extras/X-TrueType/TCVN/TCVNtoUCS2.c`, © 1998 Takuya Shiozaki and Pablo Saratxaga, "thanks
//!   to Nguyen-Dai Quy for the description of this encoding") and byte by byte against the output
//!   of glibc `iconv -f TCVN5712-1` (run as a tool, not copied): identical for 0xA1–0xFF.
//! * **VNI Windows**: the encoding VNI Software publishes in its character-code chart (`vnichar`,
//!   the chart Perl's `Encode::VN` builds its maps from; the scheme — ASCII, then a base letter
//!   followed by a byte supplying the marks — is described on Wikipedia's "VNI" page). Checked
//!   letter by letter (all 134 identical) against the VNI column of the MIT-licensed npm package
//!   `vietnamese-conversion` (Tran Nhat Duy, `src/charsets.ts`). Modifier
//!   bytes (lowercase / capital): acute ù/Ù, grave ø/Ø, hook û/Û, tilde õ/Õ, dot ï/Ï; circumflex
//!   â/Â and circumflex+tone á à å ã ä / Á À Å Ã Ä; breve ê/Ê and breve+tone é è ú ü ë /
//!   É È Ú Ü Ë. Single bytes: ơ ô/Ô, ư ö/Ö, đ ñ/Ñ, í ì ỉ ĩ ị = í ì æ ó ò / Í Ì Æ Ó Ò, ỵ î/Î.
//! * **Windows-1258**: Microsoft's table as published by the Unicode Consortium
//!   (`MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1258.TXT`, Unicode licence) and the WHATWG Encoding
//!   Standard index (undefined bytes 0x81 0x8A 0x8D–0x90 0x9A 0x9D 0x9E become the C1 control of
//!   the same number, as WHATWG and `encoding_rs` do); checked against Python's `cp1258` codec.
//! * **0x80–0x9F in TCVN3 and VNI files**: neither encoding assigns these bytes; the Windows fonts
//!   keep the Windows-1252 punctuation there (curly quotes, dashes, …), so they decode as CP1252.
//!
//! The GPL-3.0 converter crate mentioned in `DEPENDENCIES.md` was neither used nor read.
//!
//! # Limits
//!
//! * A text file does not record its font. TCVN3 capitals with a tone exist only in the
//!   all-capital font, stored as lowercase codes; [`decode_tcvn3`] restores the capital when the
//!   word is clearly in capitals: the word's other letters are capitals (at least two of them), or
//!   it has at most one and stands, separated by blanks only, next to a capitalised Vietnamese
//!   syllable (both sides when it has none). So `ñY BAN NH¢N D¢N TØNH` → `ỦY BAN NHÂN DÂN TỈNH`,
//!   while `Sè: 96/KH-UBND` → `Số: …` and `Bé GD&§T` → `Bộ GD&ĐT`. A header typed entirely in
//!   lowercase codes with the capital font (`nghÞ quyÕt` shown as NGHỊ QUYẾT) stays lowercase, and
//!   so does a sentence-initial toned capital (`Ủy ban` typed as `ñy ban`).
//! * TCVN 5712 VN1 capitals in the C0/C1 control ranges are not decoded (VN1 was not used by the
//!   Windows fonts and those bytes are control characters or CP1252 punctuation in real files).
//! * VNI: a base letter followed by a modifier that cannot go on it (e.g. `u` + circumflex) is
//!   decoded byte by byte; VNI-DOS, VNI-Mac and VNI Internet Mail variants are not handled.
//! * [`detect`] is a heuristic over a list of ~370 frequent syllables: it needs a few Vietnamese
//!   words with diacritics (at least 2 recognised, and ≥ 30 % of the words that have non-ASCII
//!   letters), reads at most the first 256 KiB, and answers `None` for valid UTF-8 and for binary
//!   data.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A legacy Vietnamese 8-bit encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// TCVN 5712:1993 VN3, "ABC", fonts `.VnTime`, `.VnArial`, `.VnTimeH` …
    Tcvn3,
    /// VNI Windows, fonts `VNI-Times`, `VNI-Helve` …
    Vni,
    /// Microsoft code page 1258.
    Windows1258,
}

impl Legacy {
    /// Every legacy encoding, in the order [`detect`] tries them.
    pub const ALL: [Legacy; 3] = [Legacy::Tcvn3, Legacy::Vni, Legacy::Windows1258];

    /// A short human-readable name (`TCVN3`, `VNI`, `windows-1258`).
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3",
            Legacy::Vni => "VNI",
            Legacy::Windows1258 => "windows-1258",
        }
    }
}

/// Decodes `bytes` with the given legacy encoding.
pub fn decode_legacy(bytes: &[u8], which: Legacy) -> String {
    match which {
        Legacy::Tcvn3 => decode_tcvn3(bytes),
        Legacy::Vni => decode_vni(bytes),
        Legacy::Windows1258 => decode_windows_1258(bytes),
    }
}

// ---------------------------------------------------------------------------------------------
// The Vietnamese vowels: 12 vowel letters × 6 tones, lowercase. Capitals are `to_uppercase` of
// these (one character each). Tone columns: none, grave, acute, hook above, tilde, dot below.
// ---------------------------------------------------------------------------------------------

const TONE_NONE: usize = 0;
const TONE_GRAVE: usize = 1;
const TONE_ACUTE: usize = 2;
const TONE_HOOK: usize = 3;
const TONE_TILDE: usize = 4;
const TONE_DOT: usize = 5;

const ROW_A: usize = 0;
const ROW_A_BREVE: usize = 1;
const ROW_A_CIRC: usize = 2;
const ROW_E: usize = 3;
const ROW_E_CIRC: usize = 4;
const ROW_I: usize = 5;
const ROW_O: usize = 6;
const ROW_O_CIRC: usize = 7;
const ROW_O_HORN: usize = 8;
const ROW_U: usize = 9;
const ROW_U_HORN: usize = 10;
const ROW_Y: usize = 11;

const VOWELS: [[char; 6]; 12] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'],
    ['i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

fn upper_char(c: char) -> char {
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

fn lower_char(c: char) -> char {
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// The vowel `(row, tone)` in [`VOWELS`] and whether it is a capital.
fn vowel_parts(c: char) -> Option<(usize, usize, bool)> {
    static INDEX: OnceLock<HashMap<char, (usize, usize, bool)>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        for (row, tones) in VOWELS.iter().enumerate() {
            for (tone, &c) in tones.iter().enumerate() {
                index.insert(c, (row, tone, false));
                index.insert(upper_char(c), (row, tone, true));
            }
        }
        index
    });
    index.get(&c).copied()
}

fn vowel(row: usize, tone: usize, upper: bool) -> char {
    let c = VOWELS[row][tone];
    if upper {
        upper_char(c)
    } else {
        c
    }
}

/// Letter case as far as the TCVN3 capitalisation and the scorer care.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Letter {
    /// Not a letter.
    None,
    Upper,
    /// A lowercase letter in every font: ASCII `a`–`z` and non-Vietnamese letters.
    Lower,
    /// A lowercase Vietnamese letter with a mark: in TCVN3 it may stand for a capital (font `H`).
    FontCase,
    /// A letter without case.
    Other,
}

/// Classifies `c`, answering ASCII and Vietnamese letters without the slow Unicode tables.
fn letter(c: char) -> Letter {
    if c.is_ascii() {
        return match c {
            'A'..='Z' => Letter::Upper,
            'a'..='z' => Letter::Lower,
            _ => Letter::None,
        };
    }
    match (c, vowel_parts(c)) {
        ('đ', _) | (_, Some((_, _, false))) => Letter::FontCase,
        ('Đ', _) | (_, Some((_, _, true))) => Letter::Upper,
        _ if c.is_uppercase() => Letter::Upper,
        _ if c.is_lowercase() => Letter::Lower,
        _ if c.is_alphabetic() => Letter::Other,
        _ => Letter::None,
    }
}

/// The tone carried by a combining mark, as used by Windows-1258 and TCVN 5712 VN2.
fn combining_tone(c: char) -> Option<usize> {
    match c {
        '\u{300}' => Some(TONE_GRAVE),
        '\u{301}' => Some(TONE_ACUTE),
        '\u{309}' => Some(TONE_HOOK),
        '\u{303}' => Some(TONE_TILDE),
        '\u{323}' => Some(TONE_DOT),
        _ => None,
    }
}

/// Pushes `c`, composing a combining tone mark with a toneless vowel just before it.
fn push_composing(out: &mut String, c: char) {
    if let Some(tone) = combining_tone(c) {
        if let Some(prev) = out.pop() {
            if let Some((row, TONE_NONE, upper)) = vowel_parts(prev) {
                out.push(vowel(row, tone, upper));
                return;
            }
            out.push(prev);
        }
    }
    out.push(c);
}

// ---------------------------------------------------------------------------------------------
// Windows 0x80–0x9F.
// ---------------------------------------------------------------------------------------------

/// Windows-1252 0x80–0x9F; the 5 undefined bytes map to the C1 control of the same number.
const CP1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn cp1252_high(b: u8) -> char {
    debug_assert!((0x80..0xA0).contains(&b));
    CP1252_80_9F[usize::from(b - 0x80)]
}

// ---------------------------------------------------------------------------------------------
// TCVN3
// ---------------------------------------------------------------------------------------------

/// TCVN 5712:1993 0xA0–0xFF. VN3 assigns 0xA0–0xAE and the lowercase letters; the capitals with
/// a tone (0xAF 0xBA 0xBF 0xC0–0xC5 0xCD 0xD9–0xDB 0xE0 0xF0 0xFF) and the combining tone marks
/// (0xB0–0xB4) are the VN2 additions in bytes VN3 leaves unused.
#[rustfmt::skip]
const TCVN3_A0_FF: [char; 96] = [
    // 0xA0
    '\u{a0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ',
    // 0xB0: VN2 combining grave, hook above, tilde, acute, dot below; then letters
    '\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}',
    'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ',
    // 0xC0
    'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ',
    // 0xD0
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò',
    // 0xE0
    'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
    // 0xF0
    'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố',
];

fn tcvn3_char(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0x80..=0x9F => cp1252_high(b),
        _ => TCVN3_A0_FF[usize::from(b - 0xA0)],
    }
}

/// Decodes TCVN3 (TCVN 5712:1993 VN3, with the VN2 additions; see the module doc).
///
/// ASCII passes through, letters come out precomposed, and toned capitals written with the
/// all-capital font's lowercase codes are restored in words that are clearly in capitals
/// (module doc, "Limits").
pub fn decode_tcvn3(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    for &b in bytes {
        push_composing(&mut out, tcvn3_char(b));
    }
    recapitalise(&out)
}

fn is_font_case_letter(c: char) -> bool {
    letter(c) == Letter::FontCase
}

#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    upper: usize,
    hard_lower: usize,
    font_case: usize,
}

fn recapitalise(text: &str) -> String {
    if !text.chars().any(is_font_case_letter) {
        return text.to_string();
    }
    let mut chars: Vec<char> = text.chars().collect();
    let mut words: Vec<Word> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if letter(chars[i]) == Letter::None {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && letter(chars[i]) != Letter::None {
            i += 1;
        }
        let mut w = Word {
            start,
            end: i,
            upper: 0,
            hard_lower: 0,
            font_case: 0,
        };
        for &c in &chars[start..i] {
            match letter(c) {
                Letter::FontCase => w.font_case += 1,
                Letter::Upper => w.upper += 1,
                Letter::Lower => w.hard_lower += 1,
                Letter::Other | Letter::None => {}
            }
        }
        words.push(w);
    }
    // Two words are neighbours when only spaces, tabs or no-break spaces separate them.
    let blank_between = |a: &Word, b: &Word| {
        chars[a.end..b.start]
            .iter()
            .all(|&c| c == ' ' || c == '\t' || c == '\u{a0}')
    };
    // At least two capitals, no lowercase letter other than font-case ones, and shaped like a
    // Vietnamese syllable (so not an acronym such as `UBND` or `GD`).
    let strong_caps =
        |w: &Word| w.upper >= 2 && w.hard_lower == 0 && is_syllable_shaped(&chars[w.start..w.end]);
    let mut fix = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if w.font_case == 0 || w.hard_lower > 0 {
            continue;
        }
        let prev = k
            .checked_sub(1)
            .map(|j| &words[j])
            .filter(|p| blank_between(p, w) && strong_caps(p));
        let next = words
            .get(k + 1)
            .filter(|n| blank_between(w, n) && strong_caps(n));
        let caps = match w.upper {
            0 => prev.is_some() && next.is_some(),
            1 => prev.is_some() || next.is_some(),
            _ => true,
        };
        if caps {
            fix.push(k);
        }
    }
    for k in fix {
        let w = words[k];
        for c in &mut chars[w.start..w.end] {
            if is_font_case_letter(*c) {
                *c = upper_char(*c);
            }
        }
    }
    chars.into_iter().collect()
}

/// A rough Vietnamese syllable shape: initial consonant(s), 1–3 vowels, a permitted final.
fn is_syllable_shaped(word: &[char]) -> bool {
    const INITIALS: [&str; 28] = [
        "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "đ", "g",
        "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x",
    ];
    const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
    // The longest syllable, "nghiêng", has 7 letters.
    let mut buf = ['\0'; 7];
    if word.is_empty() || word.len() > buf.len() {
        return false;
    }
    // Lowercase and strip tones: every vowel becomes its toneless form.
    for (b, &c) in buf.iter_mut().zip(word) {
        let l = lower_char(c);
        *b = match vowel_parts(l) {
            Some((row, _, _)) => VOWELS[row][TONE_NONE],
            None => l,
        };
    }
    let base = &buf[..word.len()];
    let strip = |s: &'static str| {
        let n = s.chars().count();
        (base.len() >= n && s.chars().eq(base[..n].iter().copied())).then(|| &base[n..])
    };
    let rest_ok = |rest: &[char]| {
        let vowels = rest
            .iter()
            .take_while(|&&c| vowel_parts(c).is_some())
            .count();
        (1..=3).contains(&vowels)
            && FINALS
                .iter()
                .any(|f| f.chars().eq(rest[vowels..].iter().copied()))
    };
    rest_ok(base) || INITIALS.iter().any(|ini| strip(ini).is_some_and(rest_ok))
}

// ---------------------------------------------------------------------------------------------
// VNI Windows
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Tone only.
    Plain,
    Circumflex,
    Breve,
}

/// VNI modifier bytes (lowercase form; the capital form is 0x20 less): mark and tone.
const VNI_MODIFIERS: [(u8, Mark, usize); 17] = [
    (0xF8, Mark::Plain, TONE_GRAVE),      // ø
    (0xF9, Mark::Plain, TONE_ACUTE),      // ù
    (0xFB, Mark::Plain, TONE_HOOK),       // û
    (0xF5, Mark::Plain, TONE_TILDE),      // õ
    (0xEF, Mark::Plain, TONE_DOT),        // ï
    (0xE2, Mark::Circumflex, TONE_NONE),  // â
    (0xE0, Mark::Circumflex, TONE_GRAVE), // à
    (0xE1, Mark::Circumflex, TONE_ACUTE), // á
    (0xE5, Mark::Circumflex, TONE_HOOK),  // å
    (0xE3, Mark::Circumflex, TONE_TILDE), // ã
    (0xE4, Mark::Circumflex, TONE_DOT),   // ä
    (0xEA, Mark::Breve, TONE_NONE),       // ê
    (0xE8, Mark::Breve, TONE_GRAVE),      // è
    (0xE9, Mark::Breve, TONE_ACUTE),      // é
    (0xFA, Mark::Breve, TONE_HOOK),       // ú
    (0xFC, Mark::Breve, TONE_TILDE),      // ü
    (0xEB, Mark::Breve, TONE_DOT),        // ë
];

/// VNI single-byte letters (lowercase form; the capital is 0x20 less): vowel row and tone, or
/// `None` for đ.
const VNI_SINGLES: [(u8, Option<(usize, usize)>); 9] = [
    (0xF4, Some((ROW_O_HORN, TONE_NONE))), // ô → ơ
    (0xF6, Some((ROW_U_HORN, TONE_NONE))), // ö → ư
    (0xF1, None),                          // ñ → đ
    (0xEC, Some((ROW_I, TONE_GRAVE))),     // ì
    (0xED, Some((ROW_I, TONE_ACUTE))),     // í
    (0xE6, Some((ROW_I, TONE_HOOK))),      // æ → ỉ
    (0xF3, Some((ROW_I, TONE_TILDE))),     // ó → ĩ
    (0xF2, Some((ROW_I, TONE_DOT))),       // ò → ị
    (0xEE, Some((ROW_Y, TONE_DOT))),       // î → ỵ
];

/// A VNI byte that can carry a modifier: its vowel row and whether it is a capital.
fn vni_base(b: u8) -> Option<(usize, bool)> {
    let upper = b.is_ascii_uppercase() || matches!(b, 0xD4 | 0xD6);
    let row = match b.to_ascii_lowercase() {
        b'a' => ROW_A,
        b'e' => ROW_E,
        b'o' => ROW_O,
        b'u' => ROW_U,
        b'y' => ROW_Y,
        _ => match b {
            0xD4 | 0xF4 => ROW_O_HORN,
            0xD6 | 0xF6 => ROW_U_HORN,
            _ => return None,
        },
    };
    Some((row, upper))
}

fn vni_modifier(b: u8) -> Option<(Mark, usize)> {
    let lower = if (0xC0..0xE0).contains(&b) {
        b + 0x20
    } else {
        b
    };
    VNI_MODIFIERS
        .iter()
        .find(|m| m.0 == lower)
        .map(|&(_, mark, tone)| (mark, tone))
}

/// The vowel made by a VNI base row and a modifier, if the mark can go on that base.
fn vni_combine(row: usize, mark: Mark, tone: usize) -> Option<(usize, usize)> {
    let row = match (row, mark) {
        (_, Mark::Plain) => row,
        (ROW_A, Mark::Circumflex) => ROW_A_CIRC,
        (ROW_E, Mark::Circumflex) => ROW_E_CIRC,
        (ROW_O, Mark::Circumflex) => ROW_O_CIRC,
        (ROW_A, Mark::Breve) => ROW_A_BREVE,
        _ => return None,
    };
    Some((row, tone))
}

fn vni_single(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0x80..=0x9F => cp1252_high(b),
        _ => {
            let upper = b < 0xE0;
            let lower = if (0xC0..0xE0).contains(&b) {
                b + 0x20
            } else {
                b
            };
            match VNI_SINGLES.iter().find(|s| s.0 == lower) {
                Some(&(_, Some((row, tone)))) => vowel(row, tone, upper),
                Some(&(_, None)) => {
                    if upper {
                        'Đ'
                    } else {
                        'đ'
                    }
                }
                // Other bytes (and stray modifiers) are Latin-1, as in the Windows fonts.
                _ => char::from(b),
            }
        }
    }
}

/// Decodes VNI Windows: a base vowel followed by a modifier byte is read as one letter (longest
/// match first); capital and lowercase modifier bytes are both accepted and the letter takes the
/// case of its base.
pub fn decode_vni(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if let (Some((row, upper)), Some(&next)) = (vni_base(b), bytes.get(i + 1)) {
            if let Some((row, tone)) =
                vni_modifier(next).and_then(|(mark, tone)| vni_combine(row, mark, tone))
            {
                out.push(vowel(row, tone, upper));
                i += 2;
                continue;
            }
        }
        out.push(vni_single(b));
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Windows-1258
// ---------------------------------------------------------------------------------------------

fn cp1258_char(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        // Š Ž š ž of Windows-1252 are not in 1258.
        0x8A | 0x8E | 0x9A | 0x9E => char::from(b),
        0x80..=0x9F => cp1252_high(b),
        0xC3 => 'Ă',
        0xCC => '\u{300}',
        0xD0 => 'Đ',
        0xD2 => '\u{309}',
        0xD5 => 'Ơ',
        0xDD => 'Ư',
        0xDE => '\u{303}',
        0xE3 => 'ă',
        0xEC => '\u{301}',
        0xF0 => 'đ',
        0xF2 => '\u{323}',
        0xF5 => 'ơ',
        0xFD => 'ư',
        0xFE => '₫',
        // Everything else in 0xA0–0xFF is Latin-1.
        _ => char::from(b),
    }
}

/// Decodes Windows-1258 and composes each vowel + combining tone mark into one character.
pub fn decode_windows_1258(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    for &b in bytes {
        push_composing(&mut out, cp1258_char(b));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

/// Frequent Vietnamese syllables, lowercase NFC, many of them from official documents.
/// Only the ones with a non-ASCII letter tell the encodings apart, so those make up the list.
const COMMON_SYLLABLES: &str = "\
    của và các có là được những người với một này đã để về năm ngày tháng số nghị quyết thực \
    hiện tỉnh ủy uỷ nhân dân kế hoạch ương đảng giáo dục đào tạo không chỉ thị kết luận chương \
    trình hành động định thông tư công văn báo cáo phát triển tế xã hội nhà nước chính phủ bộ sở \
    huyện thành phố quốc việt cộng hòa hoà chủ nghĩa độc lập tự hạnh phúc ngành cấp cơ đơn vị tổ \
    chức cán viên chấp thường vụ bí thư đồng chí lãnh đạo quản lý nhiệm trách đổi mới căn bản \
    toàn diện hệ thống nâng chất lượng hiệu quả tăng cường đẩy mạnh tiếp tục tổng kiểm giám sát \
    đánh giá tình hình giải pháp mục tiêu yêu cầu nội tài liệu hướng dẫn cứ luật điều khoản phần \
    trước đây đó đến từ tại trên dưới vào lên như nhưng còn cũng đều phải cần sẽ đang bị bằng \
    hơn nhất nhiều ít lại rằng thì mà nên vì nếu hoặc giữa cùng đối tượng học trường giảng dạy \
    đại chuyên môn nghiệp kỹ thuật nghệ môi xây dựng sản xuất đất đai nguyên nông thôn sức khỏe \
    khoẻ hóa hoá thể lịch phòng quân sự giới sách tòa án viện mặt trận đoàn liên hiệp phụ nữ \
    niên cựu chiến thương tịch phó trưởng thứ ký gửi nơi nhận lưu đề dự đầu ngân vốn tiền bạc \
    thuế hải vận tải bưu truyền điện lực mại dịch hợp tác ngoại ngoài chế tuyển dụng bồi dưỡng \
    thưởng kỷ đua trào tuyên tập làm tưởng đức cách hồ tuần quý kỳ khóa khoá lần bốn sáu bảy tám \
    chín mười trăm nghìn ngàn triệu tỷ đoạn tầm nhìn lược lạng sơn hà thủ tướng phê duyệt thẩm \
    quyền sửa bổ kể thế bãi bỏ phối đảm bảo phù thời địa phương vùng miền núi tộc thiểu nghèo \
    giảm bền vững mọi mỗi tất cả khác đúng rõ việc vấn trọng tiến độ ý kiến tiếng bàn biện \
    trương đường lối nhằm đội ngũ cải ứng cư trú hộ đình trẻ mầm phổ tiểu phí điểm khắc phục hạn \
    yếu kém bài nghiệm năng phẩm chuẩn nhập
";

fn common_syllables() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON_SYLLABLES.split_whitespace().collect())
}

/// How well a decoded text reads as Vietnamese: (recognised words with a non-ASCII letter,
/// words with a non-ASCII letter).
fn vietnamese_score(text: &str) -> (usize, usize) {
    let set = common_syllables();
    let mut matched = 0;
    let mut non_ascii = 0;
    let mut word = String::new();
    let mut flush = |word: &mut String| {
        if !word.is_empty() && !word.is_ascii() {
            non_ascii += 1;
            if set.contains(word.as_str()) {
                matched += 1;
            }
        }
        word.clear();
    };
    for c in text.chars() {
        if letter(c) != Letter::None {
            word.extend(c.to_lowercase());
        } else {
            flush(&mut word);
        }
    }
    flush(&mut word);
    (matched, non_ascii)
}

/// At most this much of the input is read by [`detect`].
const DETECT_PREFIX: usize = 256 * 1024;

/// For bytes that are not valid UTF-8, guesses the legacy encoding whose decoding has the most
/// frequent Vietnamese syllables. Returns `None` for valid UTF-8, for binary data and when no
/// candidate reads as Vietnamese (see the module doc for the thresholds).
pub fn detect(bytes: &[u8]) -> Option<Legacy> {
    if std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    let mut sample = &bytes[..bytes.len().min(DETECT_PREFIX)];
    if sample.len() < bytes.len() {
        // Cut after the last line break so no letter is split from its modifier.
        if let Some(nl) = sample.iter().rposition(|&b| b == b'\n') {
            sample = &sample[..=nl];
        }
    }
    // Binary data: NUL bytes or many C0 controls other than blanks.
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if sample.contains(&0) || controls * 100 > sample.len() {
        return None;
    }
    let mut best: Option<(Legacy, usize, usize)> = None;
    for which in Legacy::ALL {
        let (matched, total) = vietnamese_score(&decode_legacy(sample, which));
        if matched < 2 || matched * 10 < total * 3 {
            continue;
        }
        let better = match best {
            None => true,
            // More recognised words wins; on a tie, the higher share of recognised words.
            Some((_, m, t)) => matched > m || (matched == m && matched * t > m * total),
        };
        if better {
            best = Some((which, matched, total));
        }
    }
    best.map(|(which, _, _)| which)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const RESOLUTION: &str = "Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung \
        ương Đảng về đổi mới căn bản, toàn diện giáo dục và đào tạo";
    const HEADER: &str = "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN";
    /// What the three fixture files in `tests/fixtures/inputs/` decode to.
    pub(crate) const FIXTURE_TEXT: &str = "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\r\n\
        Số: 96/KH-UBND\r\n\
        Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng \
        (khóa XI) về đổi mới căn bản, toàn diện giáo dục và đào tạo và Chương trình hành động \
        số 100-CTr/TU ngày 23/01/2014 của Tỉnh ủy Lạng Sơn, UBND tỉnh ban hành Kế hoạch thực \
        hiện như sau.\r\n";

    /// Every Vietnamese letter with a mark, lowercase then capitals.
    fn all_letters() -> String {
        let mut s: String = VOWELS.iter().flatten().collect();
        s.push('đ');
        let upper: String = s.chars().map(upper_char).collect();
        s.push(' ');
        s + &upper
    }

    /// TCVN3 (VN3) encoder: capitals without their own code take the lowercase code, as typed
    /// with the all-capital font.
    pub(crate) fn encode_tcvn3(text: &str) -> Vec<u8> {
        // VN3 proper: 0xA0–0xAE and the lowercase letters (no VN2 capitals, no combining marks).
        let vn3_code = |c: char| {
            (0xA0u8..=0xFF)
                .find(|&b| tcvn3_char(b) == c)
                .filter(|&b| b <= 0xAE || c.is_lowercase())
        };
        text.chars()
            .map(|c| {
                if c.is_ascii() {
                    return c as u8;
                }
                vn3_code(c)
                    .or_else(|| vn3_code(lower_char(c)))
                    .unwrap_or_else(|| panic!("{c:?} is not in TCVN3"))
            })
            .collect()
    }

    /// VNI Windows encoder.
    pub(crate) fn encode_vni(text: &str) -> Vec<u8> {
        let mut out = Vec::new();
        for c in text.chars() {
            if c.is_ascii() {
                out.push(c as u8);
                continue;
            }
            let shift = |b: u8, upper: bool| if upper { b - 0x20 } else { b };
            if c == 'đ' || c == 'Đ' {
                out.push(shift(0xF1, c == 'Đ'));
                continue;
            }
            let (row, tone, upper) = vowel_parts(c).unwrap_or_else(|| panic!("{c:?} not in VNI"));
            if let Some(s) = VNI_SINGLES.iter().find(|s| s.1 == Some((row, tone))) {
                out.push(shift(s.0, upper));
                continue;
            }
            let (base, mark) = match row {
                ROW_A => (b'a', Mark::Plain),
                ROW_A_BREVE => (b'a', Mark::Breve),
                ROW_A_CIRC => (b'a', Mark::Circumflex),
                ROW_E => (b'e', Mark::Plain),
                ROW_E_CIRC => (b'e', Mark::Circumflex),
                ROW_O => (b'o', Mark::Plain),
                ROW_O_CIRC => (b'o', Mark::Circumflex),
                ROW_O_HORN => (0xF4, Mark::Plain),
                ROW_U => (b'u', Mark::Plain),
                ROW_U_HORN => (0xF6, Mark::Plain),
                ROW_Y => (b'y', Mark::Plain),
                _ => panic!("{c:?} has no VNI base"),
            };
            out.push(shift(base, upper));
            let m = VNI_MODIFIERS
                .iter()
                .find(|m| m.1 == mark && m.2 == tone)
                .unwrap_or_else(|| panic!("{c:?} has no VNI modifier"));
            out.push(shift(m.0, upper));
        }
        out
    }

    /// Windows-1258 encoder: a precomposed character when the code page has it, otherwise the
    /// toneless letter followed by the combining tone mark (as Windows writes it).
    pub(crate) fn encode_windows_1258(text: &str) -> Vec<u8> {
        let direct = |c: char| (0x80u8..=0xFF).find(|&b| cp1258_char(b) == c);
        let tone_byte = [0, 0xCC, 0xEC, 0xD2, 0xDE, 0xF2];
        let mut out = Vec::new();
        for c in text.chars() {
            if c.is_ascii() {
                out.push(c as u8);
            } else if let Some(b) = direct(c) {
                out.push(b);
            } else {
                let (row, tone, upper) =
                    vowel_parts(c).unwrap_or_else(|| panic!("{c:?} not in cp1258"));
                let base = vowel(row, TONE_NONE, upper);
                out.push(if base.is_ascii() {
                    base as u8
                } else {
                    direct(base).expect("toneless base in cp1258")
                });
                out.push(tone_byte[tone]);
            }
        }
        out
    }

    #[test]
    fn vowel_table_is_precomposed_and_complete() {
        let mut seen = HashSet::new();
        for c in all_letters().chars().filter(|&c| c != ' ') {
            assert!(seen.insert(c), "{c:?} twice");
            let cp = c as u32;
            assert!(
                c.is_ascii() || (0xC0..=0x24F).contains(&cp) || (0x1EA0..=0x1EF9).contains(&cp),
                "{c:?} U+{cp:04X} is not a precomposed Latin letter"
            );
            assert!(combining_tone(c).is_none());
        }
        assert_eq!(seen.len(), 146, "72 vowels + đ, both cases");
        assert_eq!(
            seen.iter().filter(|c| !c.is_ascii()).count(),
            134,
            "the 134 marked letters"
        );
    }

    #[test]
    fn tcvn3_table_has_every_lowercase_letter_once() {
        let letters: Vec<char> = TCVN3_A0_FF
            .iter()
            .copied()
            .filter(|&c| is_font_case_letter(c))
            .collect();
        assert_eq!(letters.len(), 67);
        let distinct: HashSet<char> = TCVN3_A0_FF.iter().copied().collect();
        assert_eq!(distinct.len(), 96);
    }

    #[test]
    fn known_bytes_decode() {
        // Spot checks against the published charts (not against our own encoders).
        assert_eq!(
            decode_tcvn3(b"c\xf1a v\xb5 c\xb8c \xae\xad\xeec"),
            "của và các được"
        );
        assert_eq!(
            decode_tcvn3(b"\xa7\xb6ng ngh\xde quy\xd5t"),
            "Đảng nghị quyết"
        );
        assert_eq!(
            decode_vni(b"cu\xfba va\xf8 ca\xf9c \xf1\xf6\xf4\xefc"),
            "của và các được"
        );
        assert_eq!(
            decode_vni(b"\xd1a\xfbng ngh\xf2 quye\xe1t"),
            "Đảng nghị quyết"
        );
        assert_eq!(decode_vni(b"ch\xe6 th\xf2 ky\xd9 \xce"), "chỉ thị ký Ỵ");
        assert_eq!(decode_vni(b"VIE\xc4T NAM \xd6\xd4\xd9NG"), "VIỆT NAM ƯỚNG");
        assert_eq!(
            decode_windows_1258(b"cu\xd2a va\xcc ca\xcc\xecc \xf0\xfd\xf5\xf2c"),
            "của và cà\u{301}c được"
        );
        assert_eq!(decode_windows_1258(b"ca\xecc \xd0a\xd2ng"), "các Đảng");
        assert_eq!(decode_windows_1258(b"\xe2\xec \xc3\xcc \xfe"), "ấ Ằ ₫");
    }

    #[test]
    fn ascii_and_windows_punctuation_pass_through() {
        let s = b"Line 1\r\n\t\x93quoted\x94 \x96 x";
        for which in Legacy::ALL {
            assert_eq!(
                decode_legacy(s, which),
                "Line 1\r\n\t“quoted” – x",
                "{which:?}"
            );
        }
    }

    fn round_trip(text: &str) {
        assert_eq!(decode_tcvn3(&encode_tcvn3(text)), text, "TCVN3");
        assert_eq!(decode_vni(&encode_vni(text)), text, "VNI");
        assert_eq!(
            decode_windows_1258(&encode_windows_1258(text)),
            text,
            "1258"
        );
    }

    #[test]
    fn sentences_round_trip() {
        round_trip(RESOLUTION);
        round_trip(HEADER);
        round_trip("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
        round_trip("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 96/KH-UBND\n- Bộ GD&ĐT;\n- Sở GTVT;");
        round_trip(FIXTURE_TEXT);
    }

    #[test]
    fn every_letter_round_trips_in_vni_and_1258() {
        let all = all_letters();
        assert_eq!(decode_vni(&encode_vni(&all)), all);
        assert_eq!(decode_windows_1258(&encode_windows_1258(&all)), all);
        // TCVN3 has every lowercase letter; capitals come back in a word of capitals.
        let lower: String = all.split(' ').next().unwrap().into();
        assert_eq!(decode_tcvn3(&encode_tcvn3(&lower)), lower);
        for c in all.split(' ').nth(1).unwrap().chars() {
            let word = format!("X{c}N BAN");
            assert_eq!(decode_tcvn3(&encode_tcvn3(&word)), word);
        }
    }

    #[test]
    fn tcvn3_capitals_follow_the_font_convention() {
        // Lowercase codes inside words of capitals come back as capitals…
        assert_eq!(
            decode_tcvn3(b"\xf1Y BAN NH\xa2N D\xa2N T\xd8NH"),
            "ỦY BAN NHÂN DÂN TỈNH"
        );
        assert_eq!(
            decode_tcvn3(b"C\xe9NG HO\xb5 X\xb7 H\xe9I"),
            "CỘNG HOÀ XÃ HỘI"
        );
        assert_eq!(
            decode_tcvn3(b"NH\xa2N D\xa2N \xeb T\xd8NH"),
            "NHÂN DÂN Ở TỈNH"
        );
        // …but not in sentence case, next to acronyms or across punctuation.
        assert_eq!(decode_tcvn3(b"S\xe8: 96/KH-UBND"), "Số: 96/KH-UBND");
        assert_eq!(decode_tcvn3(b"- B\xe9 GD&\xa7T;"), "- Bộ GD&ĐT;");
        assert_eq!(decode_tcvn3(b"V\xd2 UBND t\xd8nh"), "Về UBND tỉnh");
        assert_eq!(decode_tcvn3(b"\xa7\xd3 th\xf9c hi\xd6n"), "Để thực hiện");
        assert_eq!(decode_tcvn3(b"\xf1y ban"), "ủy ban");
        // VN2 capitals and combining marks are read too.
        assert_eq!(decode_tcvn3(b"\xc4 \xa2\xb3 a\xb4"), "Ấ Ấ ạ");
    }

    #[test]
    fn vni_edge_cases() {
        // Capital and lowercase modifiers both accepted; case follows the base.
        assert_eq!(decode_vni(b"Ta\xd9m TA\xf9M"), "Tám TÁM");
        // A modifier that cannot go on its base is read byte by byte (Latin-1).
        assert_eq!(decode_vni(b"u\xe2 \xf9"), "uâ ù");
        // Base at the end of input.
        assert_eq!(decode_vni(b"ca"), "ca");
    }

    #[test]
    fn syllable_shape() {
        for ok in [
            "ban", "nghiêng", "nhân", "tỉnh", "gì", "quyết", "ương", "ủy", "khuya",
        ] {
            assert!(is_syllable_shaped(&ok.chars().collect::<Vec<_>>()), "{ok}");
        }
        for bad in ["ubnd", "gd", "kh", "tw", "ctr", "xyzq"] {
            assert!(
                !is_syllable_shaped(&bad.chars().collect::<Vec<_>>()),
                "{bad}"
            );
        }
    }

    #[test]
    fn detect_picks_the_right_encoding() {
        for text in [RESOLUTION, HEADER, FIXTURE_TEXT] {
            assert_eq!(detect(&encode_tcvn3(text)), Some(Legacy::Tcvn3), "{text}");
            assert_eq!(detect(&encode_vni(text)), Some(Legacy::Vni), "{text}");
            assert_eq!(
                detect(&encode_windows_1258(text)),
                Some(Legacy::Windows1258),
                "{text}"
            );
        }
    }

    #[test]
    fn detect_rejects_non_vietnamese() {
        // Valid UTF-8 is not legacy.
        assert_eq!(detect(RESOLUTION.as_bytes()), None);
        assert_eq!(detect(b"plain ascii"), None);
        // Random binary, several sizes (a fixed linear congruential generator).
        let mut x: u32 = 0x1234_5678;
        for len in [16, 100, 1000, 10_000, 100_000] {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                    (x >> 24) as u8
                })
                .collect();
            assert_eq!(detect(&bytes), None, "random {len}");
            // And the same without NULs or control bytes.
            let printable: Vec<u8> = bytes.iter().map(|&b| b | 0x20).collect();
            assert_eq!(detect(&printable), None, "printable random {len}");
        }
        // Latin-1 English (and a little French).
        let latin1: Vec<u8> = "The caf\u{e9} served cr\u{e8}me br\u{fb}l\u{e9}e and pi\u{f1}a \
            colada; the na\u{ef}ve fa\u{e7}ade of a r\u{e9}sum\u{e9} \u{e0} la carte, \u{a9} 1998, \
            \u{bd} price, 20\u{b0}C. Voil\u{e0}, d\u{e9}j\u{e0} vu, se\u{f1}or, Z\u{fc}rich, \
            \u{c5}ngstr\u{f6}m, S\u{e3}o Paulo, Lis\u{f4}a, Bj\u{f6}rk, Mot\u{f6}rhead.\n"
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap())
            .collect();
        assert!(std::str::from_utf8(&latin1).is_err());
        assert_eq!(detect(&latin1), None);
    }

    #[test]
    fn fixtures_decode_to_the_same_text() {
        let tcvn3 = include_bytes!("../tests/fixtures/inputs/tcvn3.txt");
        let vni = include_bytes!("../tests/fixtures/inputs/vni.txt");
        let cp1258 = include_bytes!("../tests/fixtures/inputs/cp1258.txt");
        assert_eq!(detect(tcvn3), Some(Legacy::Tcvn3));
        assert_eq!(detect(vni), Some(Legacy::Vni));
        assert_eq!(detect(cp1258), Some(Legacy::Windows1258));
        assert_eq!(decode_tcvn3(tcvn3), FIXTURE_TEXT);
        assert_eq!(decode_vni(vni), FIXTURE_TEXT);
        assert_eq!(decode_windows_1258(cp1258), FIXTURE_TEXT);
    }
}
