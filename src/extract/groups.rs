//! The groups of a reference match, read without the pattern's capture engine. [`FULL_REF`] is
//! large (its symbol parts repeat letter classes up to 14 times), so capturing its groups on
//! each match costs more than finding the match. The match is found by the pattern; its groups
//! follow from the span: the part before the number holds no digit, so the number starts at the
//! span's first digit; the type word before it is read by a small pattern of that part alone; the
//! number and symbol are read by hand, in the pattern's own order of preference (each step is
//! decided by the next character, see [`number_symbol_at`]). A reading that does not end where
//! the match ends falls back to the pattern's captures.

use super::patterns::{
    is_vi_letter, FULL_REF, FULL_REF_PREFIX, NUMBER_LINE_PREFIX, SHORT_REF, SHORT_REF_PREFIX,
};
use super::NsGroups;
use crate::normalize::fold_words;
use regex::Captures;

/// The groups of a [`FULL_REF`] or [`SHORT_REF`] match that the extractor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RefGroups<'t> {
    /// Start of the type word or abbreviation, else of the number.
    pub start: usize,
    pub tw: Option<&'t str>,
    pub ab: Option<&'t str>,
    /// The number and symbol ([`FULL_REF`]); for [`SHORT_REF`] only `num` is set.
    pub ns: NsGroups<'t>,
}

impl<'t> RefGroups<'t> {
    fn of(c: &Captures<'t>) -> Self {
        let num = c.name("num").expect("num");
        RefGroups {
            start: c
                .name("tw")
                .or(c.name("ab"))
                .map_or(num.start(), |g| g.start()),
            tw: c.name("tw").map(|g| g.as_str()),
            ab: c.name("ab").map(|g| g.as_str()),
            ns: NsGroups::of(c).expect("num"),
        }
    }
}

/// The groups of the [`FULL_REF`] match `m` of `text`.
pub(crate) fn full_ref_groups<'t>(text: &'t str, m: regex::Match<'t>) -> RefGroups<'t> {
    groups(text, m, &FULL_REF, full_ref_by_hand)
}

/// The groups of the [`SHORT_REF`] match `m` of `text` (see [`full_ref_groups`]).
pub(crate) fn short_ref_groups<'t>(text: &'t str, m: regex::Match<'t>) -> RefGroups<'t> {
    groups(text, m, &SHORT_REF, short_ref_by_hand)
}

/// Read by hand when the hand reading covers the match, else from the pattern's captures on
/// the match span.
fn groups<'t>(
    text: &'t str,
    m: regex::Match<'t>,
    re: &regex::Regex,
    by_hand: fn(&'t str, usize, usize) -> Option<RefGroups<'t>>,
) -> RefGroups<'t> {
    if let Some(g) = by_hand(text, m.start(), m.end()) {
        return g;
    }
    RefGroups::of(
        &re.captures_at(&text[..m.end()], m.start())
            .expect("a match"),
    )
}

fn full_ref_by_hand(text: &str, s: usize, e: usize) -> Option<RefGroups<'_>> {
    let d0 = s + text[s..e].bytes().position(|b| b.is_ascii_digit())?;
    let (ns, end) = number_symbol_at(text, d0)?;
    if end != e {
        return None;
    }
    let (tw, ab) = if d0 > s {
        let c = FULL_REF_PREFIX.captures(&text[s..d0])?;
        let (tw, ab) = (
            c.name("tw").map(|g| g.as_str()),
            c.name("ab").map(|g| g.as_str()),
        );
        tw.or(ab)?;
        (tw, ab)
    } else {
        (None, None)
    };
    Some(RefGroups {
        start: s,
        tw,
        ab,
        ns,
    })
}

fn short_ref_by_hand(text: &str, s: usize, e: usize) -> Option<RefGroups<'_>> {
    let d0 = s + text[s..e].bytes().position(|b| b.is_ascii_digit())?;
    let num = &text[d0..e];
    let digits = num
        .strip_suffix(|c| ('a'..='e').contains(&c))
        .unwrap_or(num);
    if d0 == s || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let c = SHORT_REF_PREFIX.captures(&text[s..d0])?;
    let (tw, ab) = (
        c.name("tw").map(|g| g.as_str()),
        c.name("ab").map(|g| g.as_str()),
    );
    tw.or(ab)?;
    Some(RefGroups {
        start: s,
        tw,
        ab,
        ns: NsGroups {
            num,
            lyear: None,
            lsym: None,
            pabbr: None,
            piss: None,
            ssym: None,
            ploose: false,
            pslash: false,
        },
    })
}

/// A cursor on a text for the number-symbol pattern's steps.
struct Cursor<'t> {
    text: &'t str,
}

impl Cursor<'_> {
    fn byte(&self, i: usize) -> Option<u8> {
        self.text.as_bytes().get(i).copied()
    }

    /// Length of the character at `i` if it is a letter of the Vietnamese alphabet
    /// ([`is_vi_letter`]; `digits`: or an ASCII digit or `&`).
    fn class_len(&self, i: usize, digits: bool) -> Option<usize> {
        let b = self.byte(i)?;
        if b.is_ascii() {
            let ok = b.is_ascii_alphabetic() || digits && (b.is_ascii_digit() || b == b'&');
            return ok.then_some(1);
        }
        let c = self.text[i..].chars().next()?;
        is_vi_letter(c).then(|| c.len_utf8())
    }

    /// After `\s*` from `i`.
    fn spaces(&self, mut i: usize) -> usize {
        while let Some(c) = self.text[i..].chars().next().filter(|c| c.is_whitespace()) {
            i += c.len_utf8();
        }
        i
    }

    /// After `[ \t]*` from `i`.
    fn blanks(&self, mut i: usize) -> usize {
        while matches!(self.byte(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        i
    }

    /// End of a symbol part `TT\.HĐND|T\.[ƯW]|L[L\d&]{0,13}` at `i` (`L` a letter of [`is_vi_letter`];
    /// `Đ` also `D`, as [`super::patterns::vi`] writes it), as many as it can take: what follows
    /// it never needs it to take fewer.
    fn sym_part(&self, i: usize) -> Option<usize> {
        // (`T\.[ƯW]`, the press's dotted `Trung ương`: `234-TB/T.Ư`.)
        for dotted in ["T.Ư", "T.W"] {
            if self.text.as_bytes()[i..].starts_with(dotted.as_bytes()) {
                return Some(i + dotted.len());
            }
        }
        if let Some(rest) = self.text.as_bytes()[i..].strip_prefix(b"TT.H") {
            for d in ["Đ".as_bytes(), b"D"] {
                if rest.strip_prefix(d).is_some_and(|r| r.starts_with(b"ND")) {
                    return Some(i + 4 + d.len() + 2);
                }
            }
        }
        let mut k = i + self.class_len(i, false)?;
        for _ in 0..13 {
            match self.class_len(k, true) {
                Some(n) => k += n,
                None => break,
            }
        }
        // (`QĐ.UB`, `QĐ.UBT`, `CT.UBND`: `\.UB(?:ND|T)?\b`, the longest that ends a word; the
        // Prime Minister's `QĐ.TTg`.)
        if self.text.as_bytes()[k..].starts_with(b".UB") {
            // (An ASCII word boundary, as the pattern's.)
            let ends_word = |e: usize| {
                !self
                    .byte(e)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
            };
            let rest = &self.text.as_bytes()[k + 3..];
            let more = if rest.starts_with(b"ND") {
                [2, 0]
            } else if rest.starts_with(b"T") {
                [1, 0]
            } else {
                [0, 0]
            };
            if let Some(n) = more.iter().find(|&&n| ends_word(k + 3 + n)) {
                k += 3 + n;
            }
        } else if self.text.as_bytes()[k..].starts_with(b".TTg")
            && !self
                .byte(k + 4)
                .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            k += 4;
        }
        Some(k)
    }

    /// A Party symbol's `L{1,5}[ \t]*[/-][ \t]*P(?:-P)?` at `i` (`L` a letter, `P` a symbol
    /// part; only `/` between them when `slash_only`, as after a number's slash, `29/NQ/TW`):
    /// the end of the letters, the start and the end of the issuer's.
    fn party_letters(&self, i: usize, slash_only: bool) -> Option<(usize, usize, usize)> {
        let mut k = i;
        let mut letters = 0;
        while let Some(n) = self.class_len(k, false) {
            k += n;
            letters += 1;
            if letters > 5 {
                return None;
            }
        }
        if letters == 0 {
            return None;
        }
        let t = self.blanks(k);
        match self.byte(t) {
            Some(b'/') => {}
            Some(b'-') if !slash_only => {}
            _ => return None,
        }
        let q = self.blanks(t + 1);
        let mut e = self.sym_part(q)?;
        if self.byte(e) == Some(b'-') {
            if let Some(e2) = self.sym_part(e + 1) {
                e = e2;
            }
        }
        Some((k, q, e))
    }

    /// End of `P(?:[ \t]*-[ \t]*P){0,more}` at `i` (`[-/]` for the joiner when `slash`), `P`
    /// a symbol part: each further part is taken when it is there (nothing after it in the
    /// pattern can fail).
    fn sym_parts(&self, i: usize, more: usize, slash: bool) -> Option<usize> {
        let mut k = self.sym_part(i)?;
        for _ in 0..more {
            let t = self.blanks(k);
            if !(self.byte(t) == Some(b'-') || slash && self.byte(t) == Some(b'/')) {
                break;
            }
            match self.sym_part(self.blanks(t + 1)) {
                Some(e) => k = e,
                None => break,
            }
        }
        Some(k)
    }
}

/// The number-symbol pattern (`patterns::number_symbol`) at `d0`, the start of its number: its
/// groups and end, or `None` when it does not match there. Every step is decided by the next character, so taking the first way that goes on is
/// the pattern's leftmost-first choice:
/// `[0-9]{1,6}` takes the digits (the next step needs a space, `/` or `-`); the three shapes open
/// with `\s*/` (legal-normative, then State) or `\s*-` (Party); a year is `19`/`20` and two
/// digits; every `\s*` or `[ \t]*` takes all the spaces (the next step needs a `/`, `-` or
/// letter); the Party abbreviation `L{1,5}` takes all the letters (the next step needs a
/// space, `/` or `-`).
pub(crate) fn number_symbol_at(text: &str, d0: usize) -> Option<(NsGroups<'_>, usize)> {
    let c = Cursor { text };
    let bytes = text.as_bytes();
    let d1 = d0
        + bytes[d0..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    if d1 == d0 || d1 - d0 > 6 {
        return None;
    }
    // (`30a`: the letter of a number issued between two others, taken when it is there.)
    let d1 = d1
        + usize::from(
            bytes
                .get(d1)
                .is_some_and(|b| matches!(b, b'a'..=b'e' | b'A'..=b'E')),
        );
    let num = &text[d0..d1];
    let mut g = NsGroups {
        num,
        lyear: None,
        lsym: None,
        pabbr: None,
        piss: None,
        ssym: None,
        ploose: false,
        pslash: false,
    };
    let j = c.spaces(d1);
    match c.byte(j) {
        Some(b'/') => {
            let y = c.spaces(j + 1);
            let year = bytes.get(y..y + 4).filter(|w| {
                matches!(&w[..2], b"19" | b"20") && w[2].is_ascii_digit() && w[3].is_ascii_digit()
            });
            if year.is_some() {
                let k = c.spaces(y + 4);
                if c.byte(k) == Some(b'/') {
                    let p = c.spaces(k + 1);
                    // (`146/2018/NĐ CP`: a blank for the hyphen before the Government's letters,
                    // [`super::patterns::SPACED_BODIES`].)
                    if let Some(e) = c.sym_part(p).and_then(|e| {
                        let b = c.blanks(e);
                        (b > e)
                            .then(|| {
                                super::patterns::SPACED_BODIES
                                    .split('|')
                                    .find(|l| text[b..].starts_with(l))
                                    .map(|l| b + l.len())
                            })
                            .flatten()
                            .filter(|&f| {
                                !text[f..]
                                    .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                            })
                    }) {
                        g.lyear = Some(&text[y..y + 4]);
                        g.lsym = Some(&text[p..e]);
                        return Some((g, e));
                    }
                    if let Some(e) = c.sym_parts(p, 5, true) {
                        g.lyear = Some(&text[y..y + 4]);
                        g.lsym = Some(&text[p..e]);
                        return Some((g, e));
                    }
                }
            }
            let p = c.spaces(j + 1);
            // (`29/NQ/TW`: up to five letters, `02-CTrHĐ/TU`, then a slash and the issuer's letters.)
            if let Some((k, q, e)) = c.party_letters(p, true) {
                g.pabbr = Some(&text[p..k]);
                g.piss = Some(&text[q..e]);
                g.ploose = true;
                g.pslash = true;
                return Some((g, e));
            }
            let e = c.sym_parts(p, 6, false)?;
            g.ssym = Some(&text[p..e]);
            Some((g, e))
        }
        Some(b'-') => {
            let p = c.spaces(j + 1);
            let (k, q, e) = c.party_letters(p, false)?;
            g.pabbr = Some(&text[p..k]);
            g.piss = Some(&text[q..e]);
            Some((g, e))
        }
        // (`29 NQ/TW`: blanks for the hyphen, then the letters and a slash right after them.)
        _ if c.blanks(d1) > d1 => {
            let p = c.blanks(d1);
            let (k, q, e) = c.party_letters(p, true)?;
            if c.byte(k) != Some(b'/') {
                return None;
            }
            g.pabbr = Some(&text[p..k]);
            g.piss = Some(&text[q..e]);
            g.ploose = true;
            Some((g, e))
        }
        _ => None,
    }
}

/// [`NUMBER_LINE`] on a line: whether it says `hiệu`, and its number-symbol groups. The part before
/// the number holds no digit and each of its steps is decided by the next character (the number
/// needs a digit), so the number starts where [`NUMBER_LINE_PREFIX`] ends; the number-symbol is
/// read by hand ([`number_symbol_at`]). (The tests hold this to [`super::patterns::NUMBER_LINE`].)
pub(crate) fn number_line(line: &str) -> Option<(bool, NsGroups<'_>)> {
    number_line_to(line).map(|(hieu, ns, _)| (hieu, ns))
}

/// [`number_line`] with the end of its number-symbol.
pub(crate) fn number_line_to(line: &str) -> Option<(bool, NsGroups<'_>, usize)> {
    let c = NUMBER_LINE_PREFIX.captures(line)?;
    let (ns, end) = number_symbol_at(line, c.get(0).expect("whole match").end())?;
    Some((c.name("hieu").is_some(), ns, end))
}

/// The span of the group `iss` of [`super::patterns::ATTR_ISSUER`] on `rest`, read by hand (the
/// pattern's `{2,120}` makes a large automaton, costly to capture with):
/// `^[ \t]*,?\s*(?i:c[ủu]a|do)\s+(?P<iss>[^,;.:()“”"\n]{2,120})`. The spaces before the word are
/// all taken (the word needs a letter); `\s+` takes all the spaces it can and gives one back at a
/// time while the phrase after it is shorter than two characters; the phrase takes as many
/// characters as it can.
pub(crate) fn attr_issuer_span(rest: &str) -> Option<(usize, usize)> {
    let c = Cursor { text: rest };
    let mut i = c.blanks(0);
    if c.byte(i) == Some(b',') {
        i += 1;
    }
    i = c.spaces(i);
    let word = rest[i..].chars().take(3).collect::<Vec<char>>();
    let len = match word[..] {
        ['c' | 'C', 'u' | 'U' | 'ủ' | 'Ủ', 'a' | 'A', ..] => {
            word.iter().take(3).map(|c| c.len_utf8()).sum()
        }
        ['d' | 'D', 'o' | 'O', ..] => 2,
        _ => return None,
    };
    let w0 = i + len;
    let w1 = c.spaces(w0);
    if w1 == w0 {
        return None;
    }
    let allowed = |ch: char| {
        !matches!(
            ch,
            ',' | ';' | '.' | ':' | '(' | ')' | '“' | '”' | '"' | '\n'
        )
    };
    // The phrase from `p`: as many allowed characters as there are, at most 120.
    let phrase = |p: usize| -> (usize, usize) {
        let mut n = 0;
        let mut e = p;
        for ch in rest[p..].chars().take(120) {
            if !allowed(ch) {
                break;
            }
            n += 1;
            e += ch.len_utf8();
        }
        (n, e)
    };
    // Start positions of the phrase, latest first; `\s+` keeps at least its first space.
    let first = w0 + rest[w0..].chars().next().map_or(0, char::len_utf8);
    let mut p = w1;
    loop {
        let (n, e) = phrase(p);
        if n >= 2 {
            return Some((p, e));
        }
        if p <= first {
            return None;
        }
        p -= rest[..p].chars().next_back().map_or(0, char::len_utf8);
    }
}

/// The end of an issuer phrase `rest[p..e]` that a line break cut inside a name, as a PDF's
/// lines do (`của Ủy ban nhân dân xã Xuân` / `Phú)`): when the phrase ends with a capitalised
/// word and the next line holds one or two capitalised words (`Phú`, not `QUYẾT ĐỊNH` nor
/// `Về việc`) before a closing mark or the line's end, they end the name.
pub(crate) fn name_goes_on(rest: &str, p: usize, e: usize) -> usize {
    let Some(next) = rest[e..].strip_prefix('\n') else {
        return e;
    };
    if let Some(n) = body_goes_on(&rest[p..e], next) {
        return rest.len() - next.len() + n;
    }
    if let Some(n) = place_goes_on(&rest[p..e], next) {
        return rest.len() - next.len() + n;
    }
    let capitalised = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(char::is_lowercase)
    };
    if !rest[p..e]
        .split_whitespace()
        .next_back()
        .is_some_and(capitalised)
    {
        return e;
    }
    let line_end = next.find([')', ',', ';', '.', '\n']).unwrap_or(next.len());
    let words: Vec<&str> = next[..line_end].split_whitespace().collect();
    if (1..=2).contains(&words.len())
        && words.iter().all(|w| capitalised(w))
        && next[..line_end].starts_with(|c: char| !c.is_whitespace())
    {
        e + 1 + next[..line_end].trim_end().len()
    } else {
        e
    }
}

/// The end, in `next`, of a place's name that a line break cut after its level or inside it
/// (`của Ủy ban nhân dân tỉnh` / `Đắk Nông về ...`, `tỉnh Đắk` / `Nông về ...`, `UBND huyện` /
/// `Bảo Lâm`): the next line's first capitalised words (up to three) when, with the words the
/// phrase has after its level, they name a province (`tỉnh`, `thành phố`) or a district-level
/// unit of that kind. Without it, `của Ủy ban nhân dân tỉnh` reads as the citing text's own
/// province.
fn place_goes_on(phrase: &str, next: &str) -> Option<usize> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| fold_words(w)).collect();
    let level = folded.iter().rposition(|w| {
        matches!(
            w.as_str(),
            "tinh" | "huyen" | "quan" | "xa" | "pho" | "phuong"
        )
    })?;
    let kind = match folded[level].as_str() {
        "pho" if level > 0 && folded[level - 1] == "thanh" => "thành phố",
        "xa" if level > 0 && folded[level - 1] == "thi" => "thị xã",
        "pho" | "xa" | "phuong" => return None,
        "tinh" => "tỉnh",
        "huyen" => "huyện",
        _ => "quận",
    };
    let head = &words[level + 1..];
    if head.len() > 2 || !head.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let lead = next.len() - next.trim_start_matches([' ', '\t']).len();
    let line = &next[lead..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    // The line's first words that open with a capital, with where each ends.
    let mut caps = vec![];
    let mut at = 0;
    for w in line.split_inclusive(char::is_whitespace).take(3) {
        let word = w.trim_end().trim_end_matches([',', ';', '.', ':', ')']);
        if !word.starts_with(char::is_uppercase) || word.is_empty() {
            break;
        }
        caps.push((
            word,
            at + w.trim_end().len() - (w.trim_end().len() - word.len()),
        ));
        at += w.len();
    }
    (1..=caps.len()).rev().find_map(|k| {
        let name = head
            .iter()
            .copied()
            .chain(caps[..k].iter().map(|(w, _)| *w))
            .collect::<Vec<_>>()
            .join(" ");
        let known = match kind {
            "tỉnh" => crate::registry::province_named(&name).is_some(),
            "thành phố" => {
                crate::registry::province_named(&name).is_some()
                    || !crate::registry::district_provinces(kind, &name).is_empty()
            }
            _ => !crate::registry::district_provinces(kind, &name).is_empty(),
        };
        known.then(|| lead + caps[k - 1].1)
    })
}

/// The end, in `next` (the text after the line break that ends the issuer phrase `phrase`),
/// of a body's name the break cut: `của UBND` / `huyện Như Xuân`, `của HĐND` / `huyện khóa
/// XX`, `của Ban chấp` / `hành Đảng bộ huyện`, `của Ban Chấp hành Đảng` / `bộ tỉnh`, `của Bộ
/// Chính` / `trị`. Without its level a body reads as the province's, so the next line is taken
/// when the phrase ends
/// in a body's name that wants it and that line (or the one after a blank line, as text
/// copied from a PDF has it) opens, in lower case, with the level or with the rest of the
/// broken word.
fn body_goes_on(phrase: &str, next: &str) -> Option<usize> {
    let folded = fold_words(phrase);
    let last: Vec<&str> = folded.split(' ').rev().take(2).collect();
    let skip = next.len() - next.trim_start_matches([' ', '\t']).len();
    let mut at = skip;
    if next[at..].starts_with('\n') {
        at += 1;
        at += next[at..].len() - next[at..].trim_start_matches([' ', '\t']).len();
    }
    let line = &next[at..];
    let first = line.split(|c: char| !c.is_alphabetic()).next()?;
    if !first.starts_with(char::is_lowercase) {
        // A name broken before one of its capitalised words: a Party committee's board before
        // its committee (`Ban Thường vụ` / `Tỉnh ủy Bắc Kạn`), a department's or ministry's
        // name inside it (`Sở Giáo dục và` / `Đào tạo Bình Phước`).
        let two = fold_words(
            &line
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" "),
        );
        // (And the Politburo's name broken after `Bộ`: `của Bộ` / `Chính trị`.)
        let politburo = last.first() == Some(&"bo") && two == "chinh tri";
        let board = politburo
            || matches!(last[..], ["vu", "thuong"] | ["truc", "thuong"])
                && matches!(
                    two.as_str(),
                    "tinh uy" | "thanh uy" | "huyen uy" | "quan uy" | "thi uy" | "dang uy"
                );
        let word = two.split(' ').next().unwrap_or("");
        // (`của Bộ` / `Thông tin và Truyền thông`: a ministry's name after its `Bộ`.)
        let ministry = folded == "bo"
            && crate::registry::parse_issuer(&format!("Bộ {}", &line[..name_line_end(line)]), None)
                .is_some_and(|i| i.scope == crate::model::Scope::Central);
        if !(board || ministry || crate::registry::body_name_goes_on(&folded, word)) {
            return None;
        }
        return Some(at + name_line_end(line));
    }
    let first = fold_words(first);
    const LEVELS: &[&str] = &["huyen", "xa", "tinh", "thanh", "thi", "quan", "phuong"];
    let wants = match last[..] {
        ["ubnd" | "hdnd", ..] | ["dan", "nhan"] | ["hanh", "chap"] | ["bo" | "uy", "dang"] => {
            LEVELS.contains(&first.as_str())
        }
        ["dang", ..] => matches!(first.as_str(), "bo" | "uy"),
        ["chap", ..] => first == "hanh",
        ["nhan", ..] => first == "dan",
        // (`của Bộ Chính` / `trị`, `Ban Bí` / `thư`, `Thủ tướng Chính` / `phủ`, `Trung` /
        // `ương`: a central body's name broken inside its last word.)
        ["chinh", "bo"] => first == "tri",
        ["bi", "ban"] => first == "thu",
        ["chinh", "tuong"] => first == "phu",
        // (`của Chính` / `phủ`, `của Văn` / `phòng Chính phủ`: the Government's and its
        // office's, the phrase the whole name.)
        ["chinh"] => first == "phu",
        ["van"] => first == "phong",
        ["trung", ..] => first == "uong",
        // (`Thủ` / `tướng Chính phủ`, `Bộ Giáo` / `dục và Đào tạo`: a ministry's.)
        ["thu"] => first == "tuong",
        ["thu", w] if w != "bi" => first == "tuong",
        [w, "bo"] => crate::registry::ministry_name_goes_on(w, &first),
        _ => false,
    };
    if !wants {
        return None;
    }
    Some(at + name_line_end(line))
}

/// Where the rest of a broken name ends on its line: at the first mark that ends an issuer
/// phrase, within 120 bytes.
fn name_line_end(line: &str) -> usize {
    let mut end = line
        .find([',', ';', '.', ':', '(', ')', '“', '”', '"', '\n'])
        .unwrap_or(line.len())
        .min(120);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    line[..end].trim_end().len()
}

/// The title group `t` of [`super::patterns::ATTR_TITLE`] on `rest` and the match's end, read
/// by hand (the pattern's `{5,400}` of a negated class makes a large automaton: 4-6 ms to
/// compile, a tenth of all the patterns):
/// `^[ \t]*,?\s*(?i:v[ềe](?:\s+vi[ệe]c)?)?\s*[“"](?P<t>[^”"\n]{5,400})[”"]`. Each step is
/// decided by what follows: the spaces before the comma, `về` or the quote take all they can
/// (none of what comes next is a space); `về` and `việc` are taken when they are there, for
/// without them the quote, which must come next, is not; the title takes every character up to
/// the first quote or line break, and matches when that is a closing quote after 5 to 400.
pub(crate) fn attr_title_span(rest: &str) -> Option<(usize, usize, usize)> {
    let c = Cursor { text: rest };
    let mut i = c.blanks(0);
    if c.byte(i) == Some(b',') {
        i += 1;
    }
    i = c.spaces(i);
    // A word of the pattern at `at`, letter by letter (any case, with or without the tone).
    let word = |at: usize, letters: &[&[char]]| -> Option<usize> {
        let mut e = at;
        let mut cs = rest[at..].chars();
        for allowed in letters {
            let ch = cs.next().filter(|ch| allowed.contains(ch))?;
            e += ch.len_utf8();
        }
        Some(e)
    };
    const VE: &[&[char]] = &[&['v', 'V'], &['ề', 'Ề', 'e', 'E']];
    const VIEC: &[&[char]] = &[&['v', 'V'], &['i', 'I'], &['ệ', 'Ệ', 'e', 'E'], &['c', 'C']];
    if let Some(e) = word(i, VE) {
        i = e;
        let s = c.spaces(e);
        if s > e {
            if let Some(e) = word(s, VIEC) {
                i = e;
            }
        }
    }
    i = c.spaces(i);
    let open = rest[i..]
        .chars()
        .next()
        .filter(|q| matches!(q, '“' | '"'))?;
    let t0 = i + open.len_utf8();
    let mut n = 0;
    for (k, ch) in rest[t0..].char_indices() {
        match ch {
            '”' | '"' => {
                return (n >= 5).then_some((t0, t0 + k, t0 + k + ch.len_utf8()));
            }
            '\n' => return None,
            _ => {
                n += 1;
                if n > 400 {
                    return None;
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::xorshift;

    const TOKENS: &[&str] = &[
        "Nghị quyết",
        "NGHỊ QUYẾT",
        "nghi quyet",
        "Kế hoạch",
        "Chương trình",
        "Chương trình hành động",
        "Quyết định",
        "Thông tư liên tịch",
        "Công văn",
        "Luật",
        "số",
        "so",
        "Số",
        "SỐ",
        "NQ",
        "KH",
        "QĐ",
        "CTr",
        "TW",
        "UBND",
        "BGDĐT",
        "QH14",
        "Đ",
        "đ",
        "ĐT",
        "&",
        "-",
        "-",
        "/",
        "/",
        " ",
        " ",
        " ",
        "\t",
        "\n",
        ":",
        "19",
        "20",
        "2019",
        "2020",
        "0",
        "1",
        "5",
        "12",
        "123",
        "12345",
        "123456",
        "abc",
        "Tỉnh",
        "ư",
        "ǅ",
        "ß",
        "²",
        "Ⅻ",
        // Decimal digits of other scripts (Arabic-Indic, Devanagari, full-width): not the
        // patterns' digits.
        "٣",
        "१२",
        "２９",
        "\u{2003}",
        "\u{3000}",
        "\u{0301}",
        "ABCDEFGHIJKLMNOP",
        "Ab1&cD",
        "x",
        "K",
        "\u{212A}",
        "ſ",
        ".",
        ",",
        "|",
        "NQ-TW",
        "KL",
        "HD",
    ];

    /// Pieces of numbers and symbols, drawn more often.
    const SYMBOL_TOKENS: &[&str] = &[
        "29",
        "156",
        "7",
        "2019",
        "1999",
        "/",
        "/",
        "-",
        "-",
        " ",
        " / ",
        " - ",
        "NQ",
        "TW",
        "KH",
        "UBND",
        "QĐ",
        "NĐ",
        "CP",
        "QH14",
        "BGDĐT",
        "CTr",
        "TU",
        "VX",
        "Ab",
        "abcde",
        "ABCDE",
        "\t",
        "&",
        "Đ",
        "\u{0301}",
        "Ⅻ",
        "²",
        "ǅ",
        "\u{b}",
        "\u{2003}",
        "NQ",
        "KL",
        "CT",
        "HD",
        "TB",
        "QD",
        "TT",
        ".",
        ",",
        "TT.HĐND",
        "TT.HDND",
        "30a",
        "30C",
        "a",
        "c",
        "f",
        "C",
        "F",
        " NQ/",
        "TWĐTN",
        "TT.H",
        "HĐND",
        "Chương trình ",
        "Kế hoạch ",
        "số ",
        "CP",
        "TTg",
        "UBND",
        "UBNDx",
    ];

    fn texts(n: usize, seed: u64) -> Vec<String> {
        let mut next = xorshift(seed);
        (0..n)
            .map(|_| {
                let len = 1 + next() % 14;
                (0..len)
                    .map(|_| match next() % 3 {
                        0 => TOKENS[(next() % TOKENS.len() as u64) as usize],
                        _ => SYMBOL_TOKENS[(next() % SYMBOL_TOKENS.len() as u64) as usize],
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn groups_by_hand_are_the_captures() {
        let (mut by_hand, mut all) = (0, 0);
        // (And the shapes of a blank for a legal number's hyphen, `146/2018/NĐ CP`.)
        let spaced = [
            "Nghị định số 146/2018/NĐ CP ngày",
            "12/2019/QĐ UBNDx",
            "12/2019/QĐ  TTg,",
            "12/2019/QĐ\tCP",
            "12/2019/NĐ CP-BTC",
            "12/2019/QĐ UBND tỉnh",
        ];
        for t in texts(200_000, 0x9E3779B97F4A7C15)
            .into_iter()
            .chain(spaced.map(String::from))
        {
            let digits = super::super::digit_offsets(&t);
            let spans = |v: Vec<regex::Match>| -> Vec<(usize, usize)> {
                v.iter().map(|m| (m.start(), m.end())).collect()
            };
            let anchors = super::super::full_ref_anchors(&t);
            assert_eq!(
                spans(super::super::find_in_stretches(
                    &FULL_REF,
                    &t,
                    &super::super::REF_BREAKS,
                    anchors
                )),
                spans(FULL_REF.find_iter(&t).collect()),
                "{t:?}"
            );
            let anchors = super::super::short_ref_anchors(&t, &digits);
            assert_eq!(
                spans(super::super::find_in_stretches(
                    &SHORT_REF,
                    &t,
                    &super::super::REF_BREAKS,
                    anchors
                )),
                spans(SHORT_REF.find_iter(&t).collect()),
                "{t:?}"
            );
            for c in FULL_REF.captures_iter(&t) {
                let m = c.get(0).unwrap();
                all += 1;
                let want = RefGroups::of(&c);
                if full_ref_by_hand(&t, m.start(), m.end()).is_some() {
                    by_hand += 1;
                }
                assert_eq!(full_ref_groups(&t, m), want, "{t:?}");
            }
            for c in SHORT_REF.captures_iter(&t) {
                let m = c.get(0).unwrap();
                assert_eq!(short_ref_groups(&t, m), RefGroups::of(&c), "{t:?}");
            }
        }
        eprintln!("by hand {by_hand} of {all}");
        // Nearly all are read by hand.
        assert!(by_hand * 100 > all * 95, "{by_hand} of {all}");
    }

    #[test]
    fn issuer_by_hand_is_the_captures() {
        const T: &[&str] = &[
            " ",
            " ",
            "\t",
            "\n",
            ",",
            "của",
            "Của",
            "CỦA",
            "cua",
            "CUA",
            "do",
            "Do",
            "DO",
            "dO",
            "cỦa",
            "UBND",
            "tỉnh",
            "x",
            ".",
            ";",
            ":",
            "(",
            ")",
            "“",
            "”",
            "\"",
            "\u{2003}",
            "\r",
            "Bộ Chính trị",
            "ab",
            "K",
            "\u{212A}",
            "ǅ",
            "ủ",
            "đo",
            "abcdefghijklmnopqrstuvwxyz0123456789",
        ];
        let mut next = xorshift(0x2545F4914F6CDD1Du64);
        let mut hits = 0;
        for _ in 0..300_000 {
            let len = 1 + next() % 12;
            let mut t: String = (0..len)
                .map(|_| T[(next() % T.len() as u64) as usize])
                .collect();
            if next().is_multiple_of(4) {
                t.push_str(&"ab ".repeat((next() % 60) as usize));
            }
            let want = super::super::patterns::ATTR_ISSUER
                .captures(&t)
                .map(|c| (c.name("iss").unwrap().start(), c.name("iss").unwrap().end()));
            hits += want.is_some() as usize;
            assert_eq!(attr_issuer_span(&t), want, "{t:?}");
        }
        assert!(hits > 3_000, "{hits}");
    }

    #[test]
    fn title_by_hand_is_the_captures() {
        const T: &[&str] = &[
            " ",
            "\t",
            "\n",
            ",",
            "về",
            "Về",
            "VỀ",
            "ve",
            "VE",
            "vệ",
            "việc",
            "Việc",
            "VIỆC",
            "viec",
            "viẹc",
            "“",
            "”",
            "\"",
            "Kế hoạch",
            "ab",
            "x",
            "\u{2003}",
            "ſ",
            "K",
        ];
        let mut next = xorshift(0x9FB21C651E98DF25u64);
        let mut hits = 0;
        for _ in 0..300_000 {
            let len = 1 + next() % 10;
            let mut t: String = (0..len)
                .map(|_| T[(next() % T.len() as u64) as usize])
                .collect();
            // Titles around the pattern's bounds (5 and 400 characters), closed or not.
            if next().is_multiple_of(3) {
                if next().is_multiple_of(2) {
                    t.push('“');
                }
                let n = match next() % 3 {
                    0 => next() % 8,
                    1 => 396 + next() % 8,
                    _ => next() % 120,
                };
                t.push_str(&"ệ".repeat(n as usize));
                t.push_str(T[(next() % T.len() as u64) as usize]);
            }
            let want = super::super::patterns::ATTR_TITLE.captures(&t).map(|c| {
                let title = c.name("t").unwrap();
                (title.start(), title.end(), c.get(0).unwrap().end())
            });
            hits += want.is_some() as usize;
            assert_eq!(attr_title_span(&t), want, "{t:?}");
        }
        assert!(hits > 3_000, "{hits}");
    }

    #[test]
    fn number_lines_by_hand_are_the_captures() {
        let heads = [
            "Số",
            "số",
            "SỐ",
            "So",
            "ſố",
            "Số hiệu",
            "SỐ HIỆU",
            "so hieu",
            "Số  hiệu",
            "Số\thiệu",
            "Sở",
            " Số",
            "\tSố",
            "Số:",
            "Số :",
            "Số hiệu:",
            "Số\u{2003}",
            "Số\n",
            "Số hiệu ",
            "x Số",
        ];
        let mut hits = 0;
        for (k, t) in texts(300_000, 0xD1B54A32D192ED03).iter().enumerate() {
            let num = ["29", "156", "", "12345", "123456", "7 ", "43"][k % 7];
            let sep = [" ", "", ": ", " : "][k % 4];
            let line = format!("{}{sep}{num}{t}", heads[k % heads.len()]);
            let line = line.split('\n').next().unwrap();
            let want = super::super::patterns::NUMBER_LINE
                .captures(line)
                .map(|c| (c.name("hieu").is_some(), NsGroups::of(&c).unwrap()));
            hits += want.is_some() as usize;
            assert_eq!(number_line(line), want, "{line:?}");
        }
        eprintln!("number lines {hits}");
        assert!(hits > 3_000, "{hits}");
    }

    #[test]
    fn whitespace_is_the_patterns() {
        let re = regex::Regex::new(r"^\s$").unwrap();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                c.is_whitespace(),
                re.is_match(c.encode_utf8(&mut [0; 4])),
                "{c:?}"
            );
        }
    }

    #[test]
    fn type_words_hold_no_digit() {
        let d = regex::Regex::new(r"\d").unwrap();
        for t in crate::registry::DOC_TYPES {
            for w in std::iter::once(t.name).chain(t.variants.iter().copied()) {
                assert!(!d.is_match(w), "{w}");
            }
        }
        assert!(!d.is_match(super::super::patterns::ABBR_WORDS));
    }
}
