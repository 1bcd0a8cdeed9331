//! Named regex pieces, composed once into the patterns the extractor runs. Each piece says which
//! shape of DOMAIN.md it reads. Case-insensitivity is scoped to the words that may be written in
//! capitals (titles are often all upper case); symbols stay case-sensitive so that lower-case
//! words are never taken for them.

use crate::registry::DOC_TYPES;
use regex::Regex;
use std::sync::LazyLock;

/// Compiles a pattern with room for the lazy DFA: the Unicode case-insensitive classes make
/// large automata, and with the default cache the engine falls back to its slowest search.
fn re(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
}

/// Compiles the patterns the extractor runs after it has read a document's header, in the
/// order it first runs them, so that another core can compile them while the first file is
/// being read (`LazyLock`: a thread that needs a pattern being compiled waits for it, and no
/// pattern is compiled twice). Compiling them all takes ~8 ms, which is most of the time an
/// update with one changed file spends extracting it; with one core on the header's patterns
/// and this on the rest, about half of it.
pub fn warm_up() {
    for p in [
        &SENTENCE_DATE,
        &SENTENCE_YEAR,
        &CLAUSE_DATE,
        &DAY_MONTH,
        &DEMONSTRATIVE,
        &DEFINITION,
        &FURNITURE_DATE,
        &SHORT_REF_PREFIX,
        &SHORT_REF,
        &PLENUM_REF,
        &CONGRESS_REF,
        &ATTR_TERM,
        &ATTR_PLENUM,
        &ATTR_YEAR,
        &ATTR_DATE,
        &ATTR_DATE_WORDS,
        &FULL_REF_PREFIX,
        &FULL_REF,
    ] {
        LazyLock::force(p);
    }
}

/// Makes a pattern insensitive to Vietnamese diacritics: every letter with a diacritic becomes
/// a class of itself and its base letter (`ngày` → `ng[àa]y`, `Đ` → `[ĐD]`), so text typed
/// without diacritics (`Nghi quyet so 29`) is read too. Only letters change; regex syntax and
/// punctuation stay as they are. The tone of `oa`, `oe` and `uy` may also sit on the second
/// vowel, as the older spelling puts it (`Tỉnh ủy` → also `Tỉnh uỷ`, `khóa` → `khoá`).
pub fn vi(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 2);
    let chars: Vec<char> = pattern.chars().collect();
    let mut skip = false;
    // (Inside a class, `[...]`, letters are each their own: no pair is rewritten there.)
    let mut in_class = false;
    for (i, &c) in chars.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let escaped = before == Some('\\');
        match c {
            '[' if !escaped => in_class = true,
            ']' if !escaped => in_class = false,
            _ => {}
        }
        if let Some((toneless, moved)) = chars
            .get(i + 1)
            .filter(|_| !in_class)
            .and_then(|&n| old_tone_placement(before, c, n))
        {
            let n = chars[i + 1];
            out.push_str(&format!("(?:[{c}{toneless}]{n}|{toneless}{moved})"));
            skip = true;
            continue;
        }
        if c.is_alphabetic() && !c.is_ascii() {
            let base = crate::normalize::fold(&c.to_string());
            let base: String = if c.is_uppercase() {
                base.to_uppercase()
            } else {
                base
            };
            if base.len() == 1 && base.chars().all(|b| b.is_ascii_alphabetic()) {
                out.push('[');
                out.push(c);
                out.push_str(&base);
                out.push(']');
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// For a toned `o` before `a` or `e`, or a toned `u` before `y` (not in `qu`), the vowel
/// without its tone and the second vowel with it: `ủ`, `y` → `u`, `ỷ`.
fn old_tone_placement(before: Option<char>, c: char, next: char) -> Option<(char, char)> {
    use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
    let d: Vec<char> = DecomposingNormalizerBorrowed::new_nfd()
        .normalize(c.encode_utf8(&mut [0; 4]))
        .chars()
        .collect();
    let [base, tone] = d[..] else {
        return None;
    };
    if !matches!(
        tone,
        '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'
    ) {
        return None;
    }
    let pair = match (base.to_ascii_lowercase(), next.to_ascii_lowercase()) {
        ('o', 'a' | 'e') => true,
        ('u', 'y') => !before.is_some_and(|b| b.eq_ignore_ascii_case(&'q')),
        _ => false,
    };
    if !pair {
        return None;
    }
    let moved: String = ComposingNormalizerBorrowed::new_nfc()
        .normalize(&format!("{next}{tone}"))
        .into_owned();
    let mut m = moved.chars();
    match (m.next(), m.next()) {
        (Some(moved), None) => Some((base, moved)),
        _ => None,
    }
}

/// Spaces, including a line break (text copied from PDFs breaks lines anywhere).
const SP: &str = r"\s+";

/// A word with its letters case-insensitive and its spaces allowed to be line breaks.
fn words(phrase: &str) -> String {
    let parts: Vec<String> = phrase.split(' ').map(regex::escape).collect();
    format!("(?i:{})", parts.join(SP))
}

/// Every type word and its variants, longest first (`Chương trình hành động` before
/// `Chương trình`, `Thông tư liên tịch` before `Thông tư`).
fn type_words() -> String {
    let mut all: Vec<&str> = DOC_TYPES
        .iter()
        .flat_map(|t| std::iter::once(t.name).chain(t.variants.iter().copied()))
        .collect();
    all.sort_by_key(|w| std::cmp::Reverse(w.len()));
    all.iter().map(|w| words(w)).collect::<Vec<_>>().join("|")
}

/// Type words for short forms, their first letter a capital (a short form `Chương trình 100`
/// is a name; in running text a lower-case `chương trình 2 buổi` is not) or, for the extractor
/// to keep only with `số` after it, in lower case (`kế hoạch số 91`).
fn capitalised_type_words() -> String {
    let mut all: Vec<&str> = DOC_TYPES
        .iter()
        .flat_map(|t| std::iter::once(t.name).chain(t.variants.iter().copied()))
        .collect();
    all.sort_by_key(|w| std::cmp::Reverse(w.len()));
    all.iter()
        .map(|w| {
            let mut cs = w.chars();
            let first = cs.next().expect("type words are not empty");
            let rest: String = cs.collect();
            let rest_parts: Vec<String> = rest.split(' ').map(regex::escape).collect();
            // (The first letter also in lower case: `kế hoạch số 91` in running text, which the
            // extractor takes only with its `số`.)
            format!(
                "[{}{}](?i:{})",
                regex::escape(&first.to_uppercase().to_string()),
                regex::escape(&first.to_lowercase().to_string()),
                rest_parts.join(SP)
            )
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Type abbreviations people write before a number in running text (`NQ 29`, `NQ57`,
/// `KH 200/KH-UBND`): DOMAIN.md, "Short".
pub const ABBR_WORDS: &str = "NQ|KL|CTr|CT|KH|QĐ|HD|TB|NĐ|TT";

/// The letters of the Vietnamese alphabet, both cases, as the reader hands them on (NFC, `Ð`
/// made `Đ`): the Latin letters, `Đ`, `Ă`, `Ơ`, `Ư` and every vowel with its tone mark. The body
/// of a class, written with escapes so that [`vi`] leaves it alone. Symbols and place names are
/// written in it; as a class it is a few dozen byte ranges where `\p{L}` is hundreds, so the
/// patterns that repeat it compile an order of magnitude faster (FULL_REF: 79 ms → 10 ms) and
/// their automata stay small.
pub const VI_LETTER: &str = r"A-Za-z\x{C0}-\x{C3}\x{C8}-\x{CA}\x{CC}\x{CD}\x{D2}-\x{D5}\x{D9}\x{DA}\x{DD}\x{E0}-\x{E3}\x{E8}-\x{EA}\x{EC}\x{ED}\x{F2}-\x{F5}\x{F9}\x{FA}\x{FD}\x{102}\x{103}\x{110}\x{111}\x{128}\x{129}\x{168}\x{169}\x{1A0}\x{1A1}\x{1AF}\x{1B0}\x{1EA0}-\x{1EF9}";

/// The capitals of [`VI_LETTER`], as the body of a class (`\x{..}` escapes, left alone by
/// [`vi`]).
pub fn vi_upper_class() -> String {
    ('\0'..='\u{1EF9}')
        .filter(|&c| is_vi_letter(c) && c.is_uppercase())
        .map(|c| format!("\\x{{{:X}}}", c as u32))
        .collect()
}

/// Whether `c` is in [`VI_LETTER`].
pub fn is_vi_letter(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z'
        | '\u{C0}'..='\u{C3}' | '\u{C8}'..='\u{CA}' | '\u{CC}' | '\u{CD}' | '\u{D2}'..='\u{D5}'
        | '\u{D9}' | '\u{DA}' | '\u{DD}'
        | '\u{E0}'..='\u{E3}' | '\u{E8}'..='\u{EA}' | '\u{EC}' | '\u{ED}' | '\u{F2}'..='\u{F5}'
        | '\u{F9}' | '\u{FA}' | '\u{FD}'
        | '\u{102}' | '\u{103}' | '\u{110}' | '\u{111}' | '\u{128}' | '\u{129}' | '\u{168}'
        | '\u{169}' | '\u{1A0}' | '\u{1A1}' | '\u{1AF}' | '\u{1B0}'
        | '\u{1EA0}'..='\u{1EF9}')
}

/// One letter group of a symbol: `KH`, `UBND`, `QH14`, `BGDĐT`, `CTr`, `QĐi`: a letter, then up
/// to 13 letters, digits or `&` (`BNN&PTNT`), and the dotted `.UB` of the 1990s (`QĐ.UB`). The
/// Standing Committee (Thường trực) of a People's Council writes its letters with a dot,
/// `TT.HĐND` (`45/KH-TT.HĐND`, `06/QC-TT.HĐND-UBND`), and the press the centre's, `T.Ư`: one
/// group, taken before the plain one would stop at the dot.
fn sym_part() -> String {
    format!(r"(?:{STANDING_HDND}|{DOTTED_TW}|[{VI_LETTER}][{VI_LETTER}0-9&]{{0,13}}{DOTTED_UB}?)")
}

/// `Trung ương` in a Party symbol as the press and older texts write it with a dot: `234-TB/T.Ư`,
/// `20-NQ/T.W` (read as `TƯ`, `TW`: [`super::parse_ns_groups`]).
const DOTTED_TW: &str = r"T\.[ƯW]";

/// The provincial committee's letters joined with a dot, as symbols were written in the 1990s
/// (`01/1999/QĐ.UB`, `12/QĐ.UBT`, `45/CT.UBND`), and the Prime Minister's (`136/2001/QĐ.TTg`):
/// part of the group before them. (An ASCII word boundary: a Unicode one keeps the regex engine
/// off its fast automata on Vietnamese text, which doubled the build's time.)
const DOTTED_UB: &str = r"(?:\.(?:UB(?:ND|T)?|TTg)(?-u:\b))";

/// The dotted issuer letters of a People's Council's Standing Committee (see [`sym_part`]).
const STANDING_HDND: &str = r"TT\.HĐND";

/// The number and symbol in the three shapes of DOMAIN.md "Two document systems" (a number may
/// carry a letter, `30a/2008/NQ-CP`, `24a/2016/NĐ-CP`, `30c/NQ-CP`: one issued between two
/// others of a series):
/// legal-normative `43/2019/QH14` (a joint one's parts also joined by `/` in copies:
/// `183/2010/TTLT/BTC-BNN`), Party `29-NQ/TW` (also `72-NQ-TW`, `51- KL/TW`), State
/// `156/KH-UBND` (also Công văn `123/UBND-VX`). A Party number copied with a State number's
/// slash, `29/NQ/TW` (group `pabbr2`), or with a space for its hyphen, `29 NQ/TW`, `298
/// KH/TWĐTN` (group `pabbr3`), is the Party's when its issuer's letters say so
/// ([`super::parse_ns_groups`]). The letter of a number is also written in capitals
/// (`30C/NQ-CP`).
/// The bodies whose letters a legal-normative number is written with after a space for its
/// hyphen (`146/2018/NĐ CP`): the Government, the Prime Minister, a People's Committee. (Then
/// an ASCII word boundary: a Unicode one would keep the whole pattern off its fast engine,
/// twice the time of a build.)
pub(crate) const SPACED_BODIES: &str = "CP|TTg|UBND";

fn number_symbol() -> String {
    format!(
        r"(?P<num>[0-9]{{1,6}}[a-eA-E]?)(?:\s*/\s*(?P<lyear>(?:19|20)[0-9]{{2}})\s*/\s*(?P<lsym>{p}[ \t]+(?:{SPACED_BODIES})(?-u:\b)|{p}(?:[ \t]*[-/][ \t]*{p}){{0,5}})|(?:\s*(?:-\s*(?P<pabbr>[{VI_LETTER}]{{1,5}})[ \t]*[/-]|/\s*(?P<pabbr2>[{VI_LETTER}]{{1,5}})[ \t]*/)|[ \t]+(?P<pabbr3>[{VI_LETTER}]{{1,5}})/)[ \t]*(?P<piss>{p}(?:-{p})?)|\s*/\s*(?P<ssym>{p}(?:[ \t]*-[ \t]*{p}){{0,6}}))",
        p = sym_part()
    )
}

/// A full reference: optional type word (or abbreviation), optional `số` (also as old PDFs'
/// text garbles it: `sô`, `s`), number and symbol.
pub static FULL_REF: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(
        r"(?:(?:(?P<tw>{tw})|(?P<ab>{ab}))(?:{SP}(?i:số|so|sô|s))?\s*:?\s*)?{ns}",
        tw = type_words(),
        ab = ABBR_WORDS,
        ns = number_symbol()
    )))
    .expect("FULL_REF compiles")
});

/// The part of a [`FULL_REF`] match before its number (type word or abbreviation, `số`), whole:
/// a match's groups `tw` and `ab` are this pattern's on the text before the match's first digit.
pub static FULL_REF_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(
        r"^(?:(?P<tw>{tw})|(?P<ab>{ab}))(?:{SP}(?i:số|so|sô|s))?\s*:?\s*$",
        tw = type_words(),
        ab = ABBR_WORDS,
    )))
    .expect("FULL_REF_PREFIX compiles")
});

/// A short form: capitalised type word (or abbreviation) and a bare number: `Chương trình 100`,
/// `Nghị quyết số 29`, `NQ 29`, `NQ57`.
pub static SHORT_REF: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(
        r"(?:(?P<tw>{tw})(?:{SP}(?i:số))?{SP}|(?P<ab>{ab})\s*)(?P<num>[0-9]{{1,4}}[a-e]?)",
        tw = capitalised_type_words(),
        ab = ABBR_WORDS
    )))
    .expect("SHORT_REF compiles")
});

/// The part of a [`SHORT_REF`] match before its number, whole (see [`FULL_REF_PREFIX`]).
pub static SHORT_REF_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(
        r"^(?:(?P<tw>{tw})(?:{SP}(?i:số))?{SP}|(?P<ab>{ab})\s*)$",
        tw = capitalised_type_words(),
        ab = ABBR_WORDS
    )))
    .expect("SHORT_REF_PREFIX compiles")
});

/// Vietnamese number words for plenums: `lần thứ Tám`.
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("mười lăm", 15),
    ("mười bốn", 14),
    ("mười ba", 13),
    ("mười hai", 12),
    ("mười một", 11),
    ("mười", 10),
    ("nhất", 1),
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
];

/// A resolution named by its plenum: `Nghị quyết Hội nghị Trung ương 8 khóa XI`,
/// `Nghị quyết Trung ương 8 (khóa XI)`, `Nghị quyết Hội nghị lần thứ Tám Ban Chấp hành Trung
/// ương Đảng (khóa XI)`, `Nghị quyết TW8 khóa XI` (DOMAIN.md, "By title").
pub static PLENUM_REF: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(
        r"{nq}{SP}(?:{cua}{SP})?(?:{hn}{SP})?{plenum}",
        nq = words("Nghị quyết"),
        cua = words("của"),
        hn = words("Hội nghị"),
        plenum = plenum_and_term(true),
    )))
    .expect("PLENUM_REF compiles")
});

/// A congress's resolution, known by its title (a congress's resolution carries no number): the
/// national congress's, `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`, `Nghị
/// quyết Đại hội XIII của Đảng`, `Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII` (group `nat`,
/// or `cd` without `bo`); a province's, `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh (Lạng Sơn) lần
/// thứ XVII` (group `prov`, its name in `pname`), also `Nghị quyết Đại hội XVII của Đảng bộ tỉnh`
/// (group `bt`); a district's, `Nghị quyết Đại hội Đảng bộ (huyện) Thủy Nguyên lần thứ XXIII`
/// (its kind in `dkind`, its name in `dname`). The congress's number in `n`.
pub static CONGRESS_REF: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(
        r"{nq}{SP}(?:{cua}{SP})?{dh}(?:{SP}{db})?(?:(?P<nat>(?:{SP}{dang})?{SP}{tq})|(?P<prov>{SP}{dang}{SP}{bo}{SP}(?:{tinh}|{tp}))(?P<pname>(?:{SP}[{upper}][{letter}]*){{1,3}})?|{SP}{dang}{SP}{bo}(?:{SP}(?P<dkind>{huyen}|{quan}|{tx}))?(?P<dname>(?:{SP}[{upper}][{letter}]*){{1,3}})?)?(?:{SP}(?:{lt}|{khoa}))?{SP}(?P<n>[IVX]{{1,5}})\b(?:(?P<cd>{SP}{cua}{SP}{dang})(?P<bo>{SP}{bo}(?P<bt>{SP}{tinh})?)?)?",
        nq = words("Nghị quyết"),
        cua = words("của"),
        dh = words("Đại hội"),
        db = words("đại biểu"),
        dang = words("Đảng"),
        tq = words("toàn quốc"),
        bo = words("bộ"),
        tinh = words("tỉnh"),
        tp = words("thành phố"),
        huyen = words("huyện"),
        quan = words("quận"),
        tx = words("thị xã"),
        lt = words("lần thứ"),
        // (`Nghị quyết Đại hội Đảng bộ huyện Yên Thành khóa XXVI`: the term the congress
        // opened, which has its number.)
        khoa = r"(?i:khóa|khoá)",
        upper = vi_upper_class(),
        letter = VI_LETTER,
    )))
    .expect("CONGRESS_REF compiles")
});

/// What names a plenum after `Hội nghị` (or in its place): its number in words or figures
/// (`lần thứ Tám`, `8`), the Central Committee (`Ban Chấp hành Trung ương Đảng`, `BCH TW`,
/// `BCHTƯ`, `TW8`, `T.Ư 4`), the number also after it (`BCH Trung ương Đảng lần thứ sáu`,
/// `BCHTƯ Đảng lần 6`) and the term (`khóa XI`, `(khóa XI)`, `, khóa XI`), in the group `term`; with
/// `groups`, the plenum's number in `pw` (before the committee) or `pn` (after it).
fn plenum_and_term(groups: bool) -> String {
    let nw = NUMBER_WORDS
        .iter()
        .map(|(w, _)| words(w))
        .collect::<Vec<_>>()
        .join("|");
    let (pw, pn) = if groups {
        ("?P<pw>", "?P<pn>")
    } else {
        ("?:", "?:")
    };
    format!(
        r"(?:(?:{lt}{SP})?({pw}{nw}|[0-9]{{1,2}})(?:\s*,)?{SP})?(?:{bch}{SP}|BCH\s*)?{tu}(?:\s*(?:{lan}(?:{SP}{thu})?{SP})?({pn}[0-9]{{1,2}}|{nw}))?{term}",
        lt = words("lần thứ"),
        lan = words("lần"),
        thu = words("thứ"),
        bch = words("Ban Chấp hành"),
        tu = central_committee(),
        term = committee_term(),
    )
}

/// The Central Committee's `Trung ương` (`TW`, `T.Ư`), with `Đảng` or without.
fn central_committee() -> String {
    format!(
        r"(?:{tu}|TW|T\.?Ư)(?:{SP}{dang})?",
        tu = words("Trung ương"),
        dang = words("Đảng"),
    )
}

/// A committee's term after its name, in the group `term`: `khóa XI`, `(khóa XI)`, `, khoá
/// XII`, `khóa 12`.
fn committee_term() -> String {
    r"\s*[,(]?\s*(?i:khóa|khoá)\s+(?P<term>[IVX]{1,5}|[ivx]{1,5}|[0-9]{1,2}(?-u:\b))\)?".to_string()
}

/// A defined short form: `(sau đây viết tắt là`, `(sau đây gọi tắt là`, `(gọi tắt là`,
/// `(sau đây gọi là`, `(sau đây gọi chung là` (DOMAIN.md, "Defined short forms"; also `dưới
/// đây`, `từ đây` for `sau đây`), also without `là` (`(viết tắt Kế hoạch
/// số 02-KH/BCĐTW)`) and in the passive (`(sau đây được viết tắt là Nghị định số
/// 11/2016/NĐ-CP)`, in circulars).
pub static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r#"\(\s*(?i:(?:sau|dưới|từ)\s+đây\s+)?(?i:được\s+)?(?i:gọi|viết)(?:\s+(?i:tắt|chung)(?:\s+(?i:là))?|\s+(?i:là))\s*:?\s*[“"]?\s*$"#,
    ))
    .expect("DEFINITION compiles")
});

/// A demonstrative mention: `Nghị quyết đó`, `Kế hoạch nêu trên` (not `trên` alone: `Kế hoạch
/// trên địa bàn` is a place).
pub static DEMONSTRATIVE: LazyLock<Regex> = LazyLock::new(|| {
    // `đó` keeps its diacritics: without them it is `do` (`Nghị quyết do Bộ Chính trị ban hành`).
    re(&format!(
        r"(?P<tw>{})\s+(?i:đó|nêu\s+trên)(?:[\s.,;:)]|$)",
        vi(&type_words())
    ))
    .expect("DEMONSTRATIVE compiles")
});

/// A date right after a reference: `ngày 04/11/2013`, `, ngày 2/7/2014`, `04-11-2013`,
/// `ban hành ngày ...`, `Ban hành: 10/03/2020` (legal databases' related lists).
pub static ATTR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(r"^[ \t]*[,|(]?\s*(?:(?i:ban\s+hành)\s*:?\s*)?(?:(?i:cùng\s+)?(?i:ngày)\s*)?(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>(?:19|20)[0-9]{2}[0-9]?)"))
        .expect("ATTR_DATE compiles")
});

/// `ngày 30 tháng 5 năm 2019` (also with words and figures run together, as a PDF's text has
/// them: `ngày 04tháng 5 năm 2013`; also in brackets, `(ngày 24-3-2020)`, whose closing bracket
/// the attributes take with it).
pub static ATTR_DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(r"^[ \t]*[,(]?\s*(?:(?i:ban\s+hành)\s+)?(?:(?i:cùng)\s+)?(?i:ngày)\s*(?P<d>[0-9]{1,2})\s*(?i:tháng)\s*(?P<m>[0-9]{1,2})\s*(?i:năm)\s*(?P<y>(?:19|20)[0-9]{2}[0-9]?)"))
        .expect("ATTR_DATE_WORDS compiles")
});

/// `năm 2019` right after a reference.
pub static ATTR_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"^[ \t]*,?\s*(?i:năm)\s+(?P<y>(?:19|20)[0-9]{2})(?:[^0-9]|$)",
    ))
    .expect("ATTR_YEAR compiles")
});

/// `của <issuer>` / `do <issuer>` right after a reference or its date.
pub static ATTR_ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"^[ \t]*,?\s*(?i:của|do)\s+(?P<iss>[^,;.:()“”\x22\n]{2,120})",
    ))
    .expect("ATTR_ISSUER compiles")
});

/// The plenum that adopted a numbered resolution, right after its number: `Nghị quyết số
/// 19-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII`, `... của Hội nghị
/// Trung ương 6 (khóa XII)`, `... Hội nghị lần thứ 6 BCH TW khóa XII`: the issuer is the Central
/// Committee, and the term dates the number (DOMAIN.md: Party numbers restart each term).
pub static ATTR_PLENUM: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(
        r"^[ \t]*,?\s*(?:{cua}{SP})?{hn}{SP}{plenum}",
        cua = words("của"),
        hn = words("Hội nghị"),
        plenum = plenum_and_term(false),
    )))
    .expect("ATTR_PLENUM compiles")
});

/// The Central Committee and its term right after a resolution's number, without `của` (as
/// database titles and Party pages write it): `Nghị quyết số 24-NQ/TW Ban Chấp hành Trung ương
/// Đảng khoá IX`, `... BCH TW khóa XII`.
pub static ATTR_COMMITTEE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(
        r"^[ \t]*,?[ \t]*(?:{bch}{SP}|BCH\s*){tu}{term}",
        bch = words("Ban Chấp hành"),
        tu = central_committee(),
        term = committee_term(),
    )))
    .expect("ATTR_COMMITTEE compiles")
});

/// `(khóa XI)`, `khoá XII`, `, khóa X`, also in figures (`(khóa 12)`).
pub static ATTR_TERM: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"^[ \t]*[,(]?\s*(?i:khóa|khoá)\s+(?P<t>[IVX]{1,5}|[ivx]{1,5}|[0-9]{1,2}(?-u:\b))\s*\)?",
    ))
    .expect("ATTR_TERM compiles")
});

/// A quoted title right after a reference: `về “Đổi mới ...”`.
pub static ATTR_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r#"^[ \t]*,?\s*(?i:về(?:\s+việc)?)?\s*[“"](?P<t>[^”"\n]{5,400})[”"]"#,
    ))
    .expect("ATTR_TITLE compiles")
});

/// `Ban hành: 10/03/2020` in a legal database's list of related documents.
pub static FURNITURE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"(?i:ban\s+hành)\s*:\s*(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>(?:19|20)[0-9]{2}[0-9]?)",
    ))
    .expect("FURNITURE_DATE compiles")
});

/// A sentence that opens with its date: `Ngày 26/11/2018, ...` (or without the comma; news
/// papers also write `Ngày 14-11-2016`); in a news item also without the year, `Ngày 15/3, ...`
/// (the dateline's year).
pub static SENTENCE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"^\s*(?i:ngày)\s+(?P<d>[0-9]{1,2})(?:[/-]|\s*(?i:tháng)\s*)(?P<m>[0-9]{1,2})(?:(?:[/-]|\s*(?i:năm)\s*)(?P<y>(?:19|20)[0-9]{2}[0-9]?))?(?:\s*,|\s)",
    ))
    .expect("SENTENCE_DATE compiles")
});

/// A sentence that opens with its month and year, or its year alone: `Tháng 5–2018, Thủ tướng
/// Chính phủ có Quyết định số 490/QĐ-TTg`, `Tháng 5 năm 2018,`, `Năm 2016, UBND tỉnh ban hành
/// ...`: the year the sentence speaks of.
pub static SENTENCE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"^\s*(?:(?i:tháng)\s+[0-9]{1,2}\s*(?:[/.–-]|\s(?i:năm))\s*|(?i:năm)\s+)(?P<y>(?:19|20)[0-9]{2})\s*,",
    ))
    .expect("SENTENCE_YEAR compiles")
});

/// A date that opens a clause after a comma (or at the text's start): `, ngày 13/5/2011,`; in a
/// news item also without the year, `, ngày 15/3,`.
pub static CLAUSE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"(?:^|,)\s*(?i:ngày)\s+(?P<d>[0-9]{1,2})[/-](?P<m>[0-9]{1,2})(?:[/-](?P<y>(?:19|20)[0-9]{2}[0-9]?))?\s*,",
    ))
    .expect("CLAUSE_DATE compiles")
});

/// A day and month without the year after a reference in a news item: `ngày 17/3`, `, ngày 5-3`.
pub static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"^[ \t]*,?\s*(?i:ngày)\s+(?P<d>[0-9]{1,2})\s*[/-]\s*(?P<m>[0-9]{1,2})\b",
    ))
    .expect("DAY_MONTH compiles")
});

/// Any date in running text, for a news item's dateline.
pub static ANY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>(?:19|20)[0-9]{2}[0-9]?)",
    ))
    .expect("ANY_DATE compiles")
});

/// A date written with dashes or dots (`13-11-2022`, `13.11.2022`), as a news site's dateline
/// writes it (`Kinh tế 13-11-2022`); read only on a dateline's short line, where no period
/// (`2021-2025`) or number is one.
pub static DASHED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|[^0-9./-])(?P<d>[0-9]{1,2})[.-](?P<m>[0-9]{1,2})[.-](?P<y>(?:19|20)[0-9]{2})(?:$|[^0-9./-])")
        .expect("DASHED_DATE compiles")
});

/// The `Số:` line of a header (`Số: 156/KH-UBND`, Party `Số 29-NQ/TW`) or a legal database's
/// `Số hiệu:`.
pub static NUMBER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!("{NUMBER_LINE_HEAD}{}", number_symbol()))).expect("NUMBER_LINE compiles")
});

/// What comes before the number in [`NUMBER_LINE`].
const NUMBER_LINE_HEAD: &str = r"^[ \t]*(?i:số)(?P<hieu>[ \t]+(?i:hiệu))?[ \t]*:?[ \t]*";

/// The part of [`NUMBER_LINE`] before the number: its greedy match ends where the number starts
/// when the line is a number line.
pub static NUMBER_LINE_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| re(&vi(NUMBER_LINE_HEAD)).expect("NUMBER_LINE_PREFIX compiles"));

/// The place-date line: `Lạng Sơn, ngày 13 tháng 9 năm 2019`.
pub static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(&format!(r"^[ \t]*(?P<place>[{VI_LETTER}][{VI_LETTER}0-9 .'-]{{1,40}}?)[ \t]*,[ \t]*(?i:ngày)\s*(?P<d>[0-9]{{1,2}})\s*(?i:tháng)\s*(?P<m>[0-9]{{1,2}})\s*(?i:năm)\s*(?P<y>(?:19|20)[0-9]{{2}}[0-9]?)")))
        .expect("PLACE_DATE compiles")
});

/// `Nơi ban hành: Tỉnh Lạng Sơn  Người ký: ...` (legal database metadata).
pub static META_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"(?i:nơi\s+ban\s+hành)\s*:\s*(?P<v>.+?)(?:\s{2,}|\s+(?i:người\s+ký)|$)",
    ))
    .expect("META_PLACE compiles")
});

/// `Cơ quan ban hành: Bộ Chính trị` (legal database metadata). (A copy of a database's table
/// glues the next field's label onto the name: `Ủy ban nhân dân tỉnh Nghệ AnSố công báo:`.)
pub static META_ISSUER: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"(?i:cơ\s+quan\s+ban\s+hành)\s*:\s*(?P<v>[^;|\n]+?)(?:\s{2,}|\s*\||\s+(?i:số\s+công\s+báo|người\s+ký|số\s+hiệu)|(?:Số\s+công\s+báo|Người\s+ký|Số\s+hiệu)\s*:|$)",
    ))
    .expect("META_ISSUER compiles")
});

/// `Ngày ban hành: 13/09/2019`.
pub static META_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(
        r"(?i:ngày\s+ban\s+hành)\s*:\s*(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>(?:19|20)[0-9]{2}[0-9]?)",
    ))
    .expect("META_DATE compiles")
});

/// `tỉnh Lạng Sơn`, `TỈNH QUẢNG NGÃI`, `Tỉnh ủy Lào Cai`, `thành phố Hà Nội`, `TP. Hồ Chí Minh`,
/// and a province's own newspaper (`BÁO LẠNG SƠN`, `Báo Bắc Giang`: each province's Party paper
/// bears its name): a province named as such in the text.
pub static PROVINCE_PHRASE: LazyLock<Regex> =
    LazyLock::new(|| re(&province_phrase(r"\s")).expect("PROVINCE_PHRASE compiles"));

/// [`PROVINCE_PHRASE`] within one line: its spaces are not line breaks. Run over a whole text it
/// finds what [`PROVINCE_PHRASE`] finds line by line.
pub static PROVINCE_PHRASE_IN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(&province_phrase(r"[\s&&[^\n]]")).expect("PROVINCE_PHRASE_IN_LINE compiles")
});

/// The pattern of [`PROVINCE_PHRASE`], `space` being the class of a space. Its words open a
/// word: `Đội TNTP Hồ Chí Minh`, the Young Pioneers, names no city.
fn province_phrase(space: &str) -> String {
    let words = |phrase: &str| words(phrase).replace(r"\s", space);
    // (`Bà Rịa - Vũng Tàu` is also written `Bà Rịa-Vũng Tàu`.)
    let names_dash = format!("(?:{space}*[-–]{space}*)");
    let mut names: Vec<String> = crate::registry::all_provinces()
        .flat_map(|p| std::iter::once(p.name).chain(p.aliases.iter().copied()))
        .filter(|n| n.contains(' '))
        .map(|n| match n.split_once(" - ") {
            Some((a, b)) => format!("{}{names_dash}{}", words(a), words(b)),
            None => words(n),
        })
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    vi(&format!(
        r"\b(?:{t}|{tu}|{tp}|{tpu}|TP\.?|Báo|BÁO){space}*(?P<name>{names})",
        t = words("tỉnh"),
        tu = words("tỉnh ủy"),
        tp = words("thành phố"),
        tpu = words("thành ủy"),
        names = names.join("|")
    ))
}

/// A portal's address names its province: `vanban.quangngai.gov.vn`.
pub static GOV_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(r"(?:^|[./])(?P<p>[a-z][a-z-]{3,30})\.gov\.vn")).expect("GOV_DOMAIN compiles")
});

/// [`GOV_DOMAIN`] with `^` at every line start: run over a whole text it finds what
/// [`GOV_DOMAIN`] finds line by line.
pub static GOV_DOMAIN_IN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(&vi(r"(?:(?m:^)|[./])(?P<p>[a-z][a-z-]{3,30})\.gov\.vn")).expect("GOV_DOMAIN compiles")
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The older spelling puts the tone of `oa`, `oe`, `uy` on the second vowel: a pattern
    /// written `Tỉnh ủy`, `khóa` reads `Tỉnh uỷ`, `khoá` too, and text without diacritics still.
    #[test]
    fn vi_reads_the_older_tone_placement() {
        let m = |pattern: &str, text: &str| Regex::new(&vi(pattern)).unwrap().is_match(text);
        for text in ["Tỉnh ủy", "Tỉnh uỷ", "TỈNH UỶ", "Tinh uy"] {
            assert!(m("(?i:Tỉnh ủy)", text), "{text}");
        }
        assert!(m("khóa", "khoá") && m("khóa", "khóa") && m("khỏe", "khoẻ"));
        assert!(!m("khóa", "khoà"));
        // (`qu` is one consonant: its vowel is `y`, marked alike in both spellings.)
        assert_eq!(vi("quý"), "qu[ýy]");
        assert!(m("[ủu]y", "uy") && !m("^[ủu]y$", "uỷ"));
    }

    fn full(s: &str) -> Option<String> {
        FULL_REF.find(s).map(|m| m.as_str().to_string())
    }

    #[test]
    fn full_reference_shapes() {
        let cases = [
            ("Nghị quyết số 29-NQ/TW ngày", "Nghị quyết số 29-NQ/TW"),
            ("theo Kết luận 51-KL/TW về", "Kết luận 51-KL/TW"),
            ("Kết luận số 51- KL/TW phù hợp", "Kết luận số 51- KL/TW"),
            ("KẾT LUẬN SỐ 51-KL/TW NGÀY", "KẾT LUẬN SỐ 51-KL/TW"),
            ("Kế hoạch số 156/KH-UBND", "Kế hoạch số 156/KH-UBND"),
            ("Luật số 43/2019/QH14 ngày", "Luật số 43/2019/QH14"),
            ("Nghị định 30/2020/NĐ-CP", "Nghị định 30/2020/NĐ-CP"),
            ("Nghị\nquyết số 35/NQ-CP ngày", "Nghị\nquyết số 35/NQ-CP"),
            (
                "Chương trình hành động số 100-CTr/TU ngày",
                "Chương trình hành động số 100-CTr/TU",
            ),
            ("Nghị quyết 72-NQ-TW", "Nghị quyết 72-NQ-TW"),
            ("Số: 156/KH-UBND", "156/KH-UBND"),
            ("KH 200/KH-UBND", "KH 200/KH-UBND"),
            ("Công văn số 123/UBND-VX", "Công văn số 123/UBND-VX"),
            ("Thông tư 32/2018/TT-BGDĐT", "Thông tư 32/2018/TT-BGDĐT"),
        ];
        for (text, want) in cases {
            assert_eq!(full(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn not_references() {
        for text in [
            "giai đoạn 2021 - 2030",
            "15:51, 25/05/2022",
            "năm học 2023-2024",
            "0255 3712 135",
        ] {
            assert_eq!(full(text), None, "{text}");
        }
    }

    #[test]
    fn short_forms() {
        let m = SHORT_REF
            .captures("thực hiện Chương trình 100 của")
            .unwrap();
        assert_eq!(&m["num"], "100");
        assert!(SHORT_REF.captures("NQ57 của Bộ Chính trị").is_some());
        // (A lower-case type word matches; the extractor keeps it only with `số`, see
        // `extract::a_type_word_in_lower_case_with_its_so_is_a_short_form`.)
        assert!(SHORT_REF.captures("chương trình 2 buổi").is_some());
        assert!(SHORT_REF.captures("khoa học 2 buổi").is_none());
    }

    #[test]
    fn plenum_titles() {
        for (text, pl, term) in [
            ("Nghị quyết Hội nghị Trung ương 8 khóa XI về", "8", "XI"),
            ("NGHỊ QUYẾT HỘI NGHỊ TRUNG ƯƠNG 8 KHÓA XI VỀ", "8", "XI"),
            ("Nghị quyết Trung ương 6 (khóa XII)", "6", "XII"),
            (
                "Nghị quyết Hội nghị lần thứ Tám Ban Chấp hành Trung ương Đảng (khóa XI)",
                "Tám",
                "XI",
            ),
            ("Nghị quyết TW8 khóa XI", "8", "XI"),
            ("Nghị quyết Hội nghị BCHTƯ Đảng lần 6 (khóa X)", "6", "X"),
            (
                "Nghị quyết Hội nghị BCH Trung ương Đảng lần thứ bảy khóa IX",
                "bảy",
                "IX",
            ),
        ] {
            let c = PLENUM_REF
                .captures(text)
                .unwrap_or_else(|| panic!("{text}"));
            let got = c.name("pn").or(c.name("pw")).unwrap().as_str();
            assert_eq!((got, &c["term"]), (pl, term), "{text}");
        }
    }

    #[test]
    fn demonstratives_keep_their_diacritics() {
        assert!(DEMONSTRATIVE.is_match("thực hiện Nghị quyết đó, các cấp"));
        assert!(DEMONSTRATIVE.is_match("theo Kế hoạch nêu trên."));
        assert!(!DEMONSTRATIVE.is_match("Nghị quyết do Bộ Chính trị ban hành"));
    }

    #[test]
    fn dates_after_references() {
        assert_eq!(
            &ATTR_DATE.captures(" ngày 04/11/2013 của").unwrap()["y"],
            "2013"
        );
        assert_eq!(
            &ATTR_DATE.captures(", ngày 2/7/2014 của").unwrap()["m"],
            "7"
        );
        assert_eq!(
            &ATTR_DATE.captures(" Ban hành: 10/03/2020 |").unwrap()["d"],
            "10"
        );
        assert_eq!(
            &ATTR_DATE_WORDS
                .captures(" ngày 30 tháng 5 năm 2019")
                .unwrap()["m"],
            "5"
        );
        assert!(ATTR_DATE.captures(" về thực hiện").is_none());
    }

    #[test]
    fn header_lines() {
        let c = NUMBER_LINE.captures("Số: 156/KH-UBND").unwrap();
        assert_eq!(&c["num"], "156");
        let c = NUMBER_LINE
            .captures("Số hiệu: 156/KH-UBND Loại văn bản: Văn bản khác")
            .unwrap();
        assert_eq!(&c["ssym"], "KH-UBND");
        let c = NUMBER_LINE.captures("Số 29-NQ/TW").unwrap();
        assert_eq!(&c["pabbr"], "NQ");
        let c = PLACE_DATE
            .captures("Lạng Sơn, ngày 13 tháng 9 năm 2019")
            .unwrap();
        assert_eq!(&c["place"], "Lạng Sơn");
        // A numbered district or ward is a place too.
        let c = PLACE_DATE
            .captures("Quận 1, ngày 3 tháng 3 năm 2021")
            .unwrap();
        assert_eq!(&c["place"], "Quận 1");
        // Words and figures a PDF's text ran together.
        let c = PLACE_DATE
            .captures("Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010")
            .unwrap();
        assert_eq!((&c["d"], &c["m"], &c["y"]), ("05", "11", "2010"));
    }

    /// Every letter of the Vietnamese alphabet, with every tone mark, in both cases.
    fn vietnamese_alphabet() -> Vec<char> {
        let bases = "aăâeêioôơuưy";
        let marks = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
        let mut out: Vec<char> = "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz".chars().collect();
        for b in bases.chars() {
            for m in marks {
                let s: String = [b, m].iter().collect();
                let nfc = crate::normalize::normalize(&s);
                let mut cs = nfc.chars();
                out.push(cs.next().expect("a letter"));
                assert!(cs.next().is_none(), "{s:?} composes to one letter");
            }
        }
        let upper: Vec<char> = out.iter().flat_map(|c| c.to_uppercase()).collect();
        out.extend(upper);
        out
    }

    #[test]
    fn vietnamese_letters_class_and_function_agree() {
        let class = Regex::new(&format!("^[{VI_LETTER}]$")).unwrap();
        let alphabet = vietnamese_alphabet();
        assert_eq!(alphabet.len(), 2 * (33 + 12 * 5));
        for c in &alphabet {
            assert!(is_vi_letter(*c), "{c} is a Vietnamese letter");
        }
        let mut letters = 0;
        for c in (0..0x3000).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(class.is_match(&s), is_vi_letter(c), "{c:?}");
            if is_vi_letter(c) {
                letters += 1;
                assert!(c.is_alphabetic(), "{c:?}");
                assert!(alphabet.contains(&c), "{c:?} is not in the alphabet");
            }
        }
        // The alphabet and nothing else.
        assert_eq!(letters, alphabet.len());
    }

    #[test]
    fn symbols_are_written_in_vietnamese_letters() {
        let c = FULL_REF.captures("Quyết định số 1234/QĐ-BGDĐT").unwrap();
        assert_eq!(&c["ssym"], "QĐ-BGDĐT");
        let c = FULL_REF.captures("Quyết định số 12/QĐ-BNN&PTNT").unwrap();
        assert_eq!(&c["ssym"], "QĐ-BNN&PTNT");
        let c = FULL_REF.captures("Nghị quyết 29-NQ/TƯ").unwrap();
        assert_eq!(&c["piss"], "TƯ");
        let c = FULL_REF.captures("Thông báo số 234-TB/T.Ư về").unwrap();
        assert_eq!(&c["piss"], "T.Ư");
        let c = FULL_REF.captures("Luật số 43/2019/QH14").unwrap();
        assert_eq!(&c["lsym"], "QH14");
        // A letter of another script ends the symbol (here a Greek alpha after `UBND`).
        let c = FULL_REF.captures("Kế hoạch số 5/KH-UBNDα").unwrap();
        assert_eq!(&c["ssym"], "KH-UBND");
        // Fourteen characters a part at most.
        let c = FULL_REF
            .captures("Kế hoạch số 5/KH-ABCDEFGHIJKLMNOP")
            .unwrap();
        assert_eq!(&c["ssym"], "KH-ABCDEFGHIJKLMN");
    }
}
