//! Extraction: what one file says, as a pure function of its normalised text. It finds the
//! document's own identity ([`identity`]), every reference with its type, number, symbol, date,
//! issuer and span ([`patterns`]), and the relations the sentences state ([`cues`]): from the
//! document to what it cites, and between two cited documents when one phrase links them
//! ("Kế hoạch số 96/KH-UBND ... về việc thực hiện Chương trình hành động số 100-CTr/TU ...").

pub mod cues;
mod groups;
pub mod identity;
pub mod patterns;

use crate::aliases::AliasTable;
use crate::model::{
    ix, Diagnostic, DocDesc, Endpoint, FileExtract, FileKind, Level, RefForm, Reference, Relation,
    Scope, StatedRelation, System,
};
use crate::normalize::{
    fold_words, fold_words_is, fold_words_starts_with, line_of, line_starts, squash_spaces,
};
use crate::registry;
use patterns::{
    ANY_DATE, ATTR_COMMITTEE, ATTR_DATE, ATTR_DATE_WORDS, ATTR_PLENUM, ATTR_TERM, ATTR_YEAR,
    CLAUSE_DATE, CONGRESS_REF, DASHED_DATE, DAY_MONTH, DEFINITION, DEMONSTRATIVE, FULL_REF,
    FURNITURE_DATE, NUMBER_WORDS, PLACE_DATE, PLENUM_REF, SENTENCE_DATE, SENTENCE_YEAR, SHORT_REF,
};
use regex::Captures;
use std::sync::LazyLock;

/// A number and symbol read from a match of the number-symbol pattern.
#[derive(Debug, Clone)]
pub(crate) struct NumSym {
    pub number: String,
    pub symbol: String,
    pub system: System,
    pub year: Option<i32>,
    pub normative: bool,
    /// The type the symbol's letters name, if any.
    pub doc_type: Option<&'static str>,
}

/// The groups of the number-symbol pattern ([`patterns::FULL_REF`], [`patterns::NUMBER_LINE`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NsGroups<'t> {
    pub num: &'t str,
    pub lyear: Option<&'t str>,
    pub lsym: Option<&'t str>,
    pub pabbr: Option<&'t str>,
    pub piss: Option<&'t str>,
    pub ssym: Option<&'t str>,
    /// The Party's letters follow the number after a slash or a space, not a hyphen (`29/NQ/TW`,
    /// `29 NQ/TW`).
    pub ploose: bool,
    /// After a slash (`29/NQ/TW`, `01/QCPH/UBND-UBMTTQ`).
    pub pslash: bool,
}

impl<'t> NsGroups<'t> {
    fn of(c: &Captures<'t>) -> Option<Self> {
        let g = |name: &str| c.name(name).map(|m| m.as_str());
        Some(NsGroups {
            num: g("num")?,
            lyear: g("lyear"),
            lsym: g("lsym"),
            pabbr: g("pabbr").or(g("pabbr2")).or(g("pabbr3")),
            piss: g("piss"),
            ssym: g("ssym"),
            ploose: c.name("pabbr2").or(c.name("pabbr3")).is_some(),
            pslash: c.name("pabbr2").is_some(),
        })
    }
}

/// The letters a Party committee's symbols end with: Central (`TW`, `TƯ` in some copies),
/// province (`TU`), district (`HU`, `QU`), Party committee of a bloc or base (`ĐU`, `ĐUK`).
const PARTY_COMMITTEES: &[&str] = &["TU", "TW", "TƯ", "HU", "QU", "ĐU", "ĐUK"];

/// Reads the number and symbol groups (read by hand or by a pattern); `None` when the letters are
/// not a document symbol (lower-case words, unknown type letters without a type word in front).
fn parse_ns_groups(c: &NsGroups, has_type_word: bool) -> Option<NumSym> {
    // (`30C/NQ-CP` is `30c/NQ-CP`.)
    let number = c.num.to_ascii_lowercase();
    let upper_initial = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    // (`136/2001/QĐ.TTg`: the Prime Minister's letters after a dot are `QĐ-TTg`'s.)
    let clean = |s: &str| {
        s.split_whitespace()
            .collect::<String>()
            .replace(".TTg", "-TTg")
    };
    if let (Some(y), Some(sym)) = (c.lyear, c.lsym) {
        let sym = clean(sym);
        // (`183/2010/TTLT/BTC-BNN`, as copies write a joint circular's `TTLT-BTC-BNN`.)
        let mut parts = without_council_term(unfused(sym.split(['-', '/']).collect()));
        if !parts.iter().all(|p| upper_initial(p)) {
            return None;
        }
        // (`26/2016/NQ-QH14`: the Assembly's resolutions are numbered `26/2016/QH14`; copies
        // put the type's letters in front, and the two spellings are one document. Its
        // Standing Committee wrote both itself, `753/2005/NQ-UBTVQH11` and
        // `1211/2016/UBTVQH13`: left as written.)
        let assembly = matches!(&parts[..], [nq, body] if nq.eq_ignore_ascii_case("NQ")
            && body.strip_prefix("QH").is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit())));
        if assembly {
            parts.remove(0);
        }
        // (`38/2001/PL-UBTVQH`, `83/2015/QH`: the Assembly's and its Standing Committee's
        // letters carry the term's number, which copies drop; a year inside one term gives it
        // back. A year that two terms share is left as written.)
        let with_term: String;
        if let Some(last) = parts.last_mut() {
            let term = match y.parse::<i32>() {
                Ok(1998..=2001) => Some(10),
                Ok(2003..=2006) => Some(11),
                Ok(2008..=2010) => Some(12),
                Ok(2012..=2015) => Some(13),
                Ok(2017..=2020) => Some(14),
                Ok(2022..=2025) => Some(15),
                _ => None,
            };
            if let (Some(t), true) = (term, matches!(*last, "QH" | "UBTVQH")) {
                with_term = format!("{last}{t}");
                *last = &with_term;
            }
        }
        let first = registry::canonical_abbr(parts[0], System::State);
        let symbol = normalize_parts(&parts, first);
        let doc_type = first
            .and_then(|a| registry::type_by_abbr(a, System::State))
            .or(assembly.then_some("Nghị quyết"));
        return Some(NumSym {
            number,
            symbol,
            system: System::State,
            year: y.parse().ok(),
            normative: true,
            doc_type,
        });
    }
    if let (Some(abbr), Some(iss)) = (c.pabbr, c.piss) {
        // (`234-TB/T.Ư`: the press's dotted `Trung ương`.)
        let iss = match iss {
            "T.Ư" => "TƯ",
            "T.W" => "TW",
            other => other,
        };
        let canon = registry::canonical_abbr(abbr, System::Party);
        // (Capitals, but for the Prime Minister's `TTg`: `386/QĐ/TTg`, a State symbol written
        // with slashes.)
        if !upper_initial(abbr)
            || !(iss == "TTg"
                || iss
                    .chars()
                    .all(|ch| ch.is_uppercase() || ch.is_ascii_digit() || ch == '-'))
        {
            return None;
        }
        if canon.is_none() && !has_type_word {
            return None;
        }
        // (`29/NQ/TW`, `05/CT/TU`: after a slash, only a Party committee's letters tell a Party
        // number from an old State one, `45/QĐ/UB`; after a space, `29 NQ/TW`, from words and
        // figures, `lần 2 QĐ/UBND`. The Youth Union numbers its documents as the Party does,
        // `298-KH/TWĐTN`.)
        // (Nor, after a hyphen, the Government's or the Prime Minister's letters, which no
        // Party body writes: `362-QĐ/TTg`.)
        if (c.ploose || matches!(iss, "TTg" | "CP"))
            && !PARTY_COMMITTEES
                .iter()
                .chain(&["ĐTN"])
                .any(|k| iss.ends_with(k))
        {
            // (`08/NQ/CP`, `49/ND/CP`: a central State body's letters after the second slash
            // are a State symbol written with slashes; so are a province's, `01/QCPH/UBND-
            // UBMTTQ`, a joint Quy chế of its People's Committee and Front, but not after a
            // space, `lần 2 QĐ/UBND`. Letters no table knows, `45/QĐ/UB`, say neither.)
            let state = registry::canonical_abbr(abbr, System::State).filter(|_| {
                match registry::symbol_is_central(iss) {
                    Some(true) => true,
                    Some(false) => c.pslash,
                    None => false,
                }
            });
            return state.map(|a| NumSym {
                number,
                symbol: normalize_parts(&[a, iss], Some(a)),
                system: System::State,
                year: None,
                normative: false,
                doc_type: registry::type_by_abbr(a, System::State),
            });
        }
        let abbr = canon
            .map(str::to_string)
            .unwrap_or_else(|| abbr.to_uppercase());
        return Some(NumSym {
            number,
            symbol: format!("{abbr}/{iss}"),
            system: System::Party,
            year: None,
            normative: false,
            doc_type: canon.and_then(|a| registry::type_by_abbr(a, System::Party)),
        });
    }
    let sym = clean(c.ssym?);
    let parts = without_council_term(unfused(sym.split('-').collect()));
    if !parts.iter().all(|p| upper_initial(p))
        || sym.chars().filter(|c| c.is_uppercase()).count() < 2
    {
        return None;
    }
    let first = registry::canonical_abbr(parts[0], System::State);
    // (`Công văn số 357/PGDĐT`: a letter's symbol may be its issuer's letters alone, taken
    // after a type word.)
    // (And a Government decree's before 1997, `Nghị định số 28/CP`: the Government's letters
    // alone.)
    let issuer_alone = parts.len() == 1
        && (sym.chars().filter(|c| c.is_uppercase()).count() >= 3 || has_type_word && sym == "CP");
    if first.is_none() && (!has_type_word || parts.len() < 2 && !issuer_alone) {
        return None;
    }
    // A State symbol is type-issuer (`KH-UBND`) or, for a Công văn, issuer-unit (`UBND-VX`).
    if first.is_some() && parts.len() < 2 {
        return None;
    }
    // A Party committee's number written in the State's form (`Chỉ thị số 08/CT-HU`, as
    // portals write `08-CT/HU`): its letters say whose it is.
    if let [abbr, committee] = parts[..] {
        let party = registry::canonical_abbr(abbr, System::Party);
        if let Some(a) = party.filter(|_| PARTY_COMMITTEES.contains(&committee)) {
            return Some(NumSym {
                number,
                symbol: format!("{a}/{committee}"),
                system: System::Party,
                year: None,
                normative: false,
                doc_type: registry::type_by_abbr(a, System::Party),
            });
        }
    }
    Some(NumSym {
        number,
        symbol: normalize_parts(&parts, first),
        system: System::State,
        year: None,
        normative: false,
        doc_type: Some(
            first
                .and_then(|a| registry::type_by_abbr(a, System::State))
                .unwrap_or("Công văn"),
        ),
    })
}

/// A People's Council's letters without the council's term that councils added to them
/// before the law of 2004 fixed the form `số/năm/NQ-HĐND` (`39/2003/NQ-HĐND-K6`,
/// `4a/2001/NQ/HĐND4`, `NQ-HĐNDK7`: khóa VI, IV, VII): the term marks no other document, and
/// databases and later texts cite it as `NQ-HĐND`.
fn without_council_term(mut parts: Vec<&str>) -> Vec<&str> {
    let term = |t: &str| {
        let digits = t.strip_prefix(['K', 'k']).unwrap_or(t);
        (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let Some(at) = parts.iter().position(|p| {
        p.strip_prefix("HĐND")
            .is_some_and(|rest| rest.is_empty() || term(rest))
    }) else {
        return parts;
    };
    parts[at] = "HĐND";
    if parts
        .get(at + 1)
        .is_some_and(|t| term(t) && t.starts_with(['K', 'k']))
    {
        parts.remove(at + 1);
    }
    parts
}

/// A State symbol of one part whose hyphen a PDF's text lost (`1961/QĐUBND`, `61/2018/NĐCP`,
/// `01/2018/TTVPCP`): a type abbreviation run together with a body the registry knows, split
/// again. A part that is an abbreviation or a body by itself (`TTLT`, `UBND`, `BTTTT`) stays.
fn unfused(parts: Vec<&str>) -> Vec<&str> {
    let [part] = parts[..] else {
        return parts;
    };
    let abbr = |a: &str| registry::canonical_abbr(a, System::State).is_some();
    let body = |b: &str| registry::symbol_is_central(b).is_some();
    if abbr(part) || body(part) {
        return parts;
    }
    part.char_indices()
        .skip(1)
        .map(|(i, _)| part.split_at(i))
        .find(|(a, b)| {
            abbr(a) && b.chars().nth(1).is_some() && b.starts_with(char::is_uppercase) && body(b)
        })
        .map_or(parts, |(a, b)| vec![a, b])
}

/// A symbol's parts joined by `-`: the type's letters as the registry writes them, the others
/// in capitals, but for the issuers whose letters are written with a small one (`QĐ-TTg`,
/// `SNgV`).
fn normalize_parts(parts: &[&str], first: Option<&'static str>) -> String {
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| match (i, first) {
            (0, Some(a)) => a.to_string(),
            _ if p.contains('&') => {
                registry::code_without_amp(p).map_or_else(|| p.to_uppercase(), str::to_string)
            }
            // (The Fatherland Front's central committee, `Trung ương` as `TW`, `TƯ` or `TU`:
            // `UBTUMTTQVN`, `ĐCTUBTƯMTTQVN`, `ĐCTUBTWMTTQVN` in copies of one joint resolution.)
            _ if p.contains("MTTQ") => p
                .to_uppercase()
                .replace("TƯMTTQ", "TWMTTQ")
                .replace("TUMTTQ", "TWMTTQ"),
            _ => registry::MIXED_CASE_LETTERS
                .iter()
                .find(|l| l.eq_ignore_ascii_case(p))
                .map_or_else(|| p.to_uppercase(), |l| l.to_string()),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// `04`, `11`, `2013` → `2013-11-04`, if it is a calendar date.
///
/// A year is four figures: the date patterns take a fifth one that follows (`17/3/20015`, `năm
/// 20010`: a figure typed twice) so that such a date is no date here, rather than one of 2001.
/// Which year the typist meant (2015, or 2001 and a stray figure) the date cannot say.
pub(crate) fn iso_date(d: &str, m: &str, y: &str) -> Option<String> {
    if y.len() != 4 {
        return None;
    }
    let (d, m, y): (u32, u32, i32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days)
        .contains(&d)
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A reference before its relations are worked out.
struct Found {
    start: usize,
    end: usize,
    form: RefForm,
    desc: DocDesc,
    alias: Vec<DocDesc>,
    alias_decided: bool,
    /// End of the attributes that follow (date, issuer, term, quoted title).
    attr_end: usize,
    /// The short form inside `(sau đây viết tắt là ...)`: a restatement, not a new citation.
    is_definition: bool,
}

/// The attributes that follow a reference.
#[derive(Default)]
struct Attrs {
    date: Option<String>,
    year: Option<i32>,
    issuer: Option<registry::Issuer>,
    /// The province of `của tỉnh` (no body named).
    province: Option<String>,
    term: Option<String>,
    title: Option<String>,
    end: usize,
}

/// The word before `và` in the names of ministries, departments and Party boards (`Giáo dục và
/// Đào tạo`, `Kế hoạch và Đầu tư`, `Tài nguyên và Môi trường`, `Thông tin và Truyền thông`,
/// `Khoa học và Công nghệ`, `Thể thao và Du lịch`, `Thương binh và Xã hội`, `Nông nghiệp và Phát
/// triển nông thôn`, `Dân tộc và Tôn giáo`, `Tuyên giáo và Dân vận`).
const BODY_WORDS_BEFORE_VA: &[&str] = &[
    "duc", "hoach", "nguyen", "tin", "hoc", "thao", "binh", "nghiep", "toc", "giao",
];

/// Words that end an issuer phrase (`của UBND tỉnh về ...`, `của Tỉnh ủy thực hiện ...`).
const ISSUER_STOP: &[&str] = &[
    "về", "thực", "triển", "ngày", "khóa", "khoá", "tại", "theo", "nhằm", "và", "để", "đã", "được",
    "cùng", "đến", "trong", "với", "cho", "là", "như", "sau", "tiếp", "tổ", "năm", "số", "quy",
    "hướng", "căn", "giai",
    // the verbs of the relation cues (`của Chính phủ sửa đổi ...`, `phê duyệt ...`) and parts
    "sửa", "bổ", "thay", "bãi", "phê", "cụ", "quán", "điều", "điểm", "khoản", "bằng", "gắn", "phải",
];

/// The length of a level word right after a symbol (` tỉnh`, ` huyện`, ` thành phố`, ` thị
/// xã`), bare or with its province's name (` tỉnh Bình Thuận`), and that province; else 0.
/// Another name after the word (a district's) is left to the attributes.
fn level_after_symbol(rest: &str) -> (usize, Option<&'static str>) {
    let t = rest.trim_start_matches([' ', '\t']);
    let blank = rest.len() - t.len();
    if blank == 0 {
        return (0, None);
    }
    for w in ["tỉnh", "huyện", "thành phố", "thị xã"] {
        let Some(after) = t.strip_prefix(w) else {
            continue;
        };
        let next = after.trim_start_matches([' ', '\t']);
        let spaced = after.len() > next.len();
        let named = next.chars().next().is_some_and(char::is_uppercase);
        if spaced && !named || next.starts_with([',', ';']) {
            return (blank + w.len(), None);
        }
        // (`159/QĐ-UBND tỉnh Bình Thuận ngày ...`: the province's name, each of its words.)
        if spaced && named && matches!(w, "tỉnh" | "thành phố") {
            let words: Vec<(usize, &str)> = next
                .split_whitespace()
                .take(4)
                .map(|x| (x.as_ptr() as usize - next.as_ptr() as usize + x.len(), x))
                .collect();
            for k in (1..=words.len()).rev() {
                let (end, _) = words[k - 1];
                let name = &next[..end];
                if let Some(p) = registry::province_named(name) {
                    return (rest.len() - next.len() + end, Some(p));
                }
            }
        }
    }
    (0, None)
}

/// Whether `desc` is a consolidated text's (`07/VBHN-VPQH`, `12/VBHN-BTC`).
fn is_consolidation(desc: &DocDesc) -> bool {
    desc.symbol
        .as_deref()
        .is_some_and(|s| s.starts_with("VBHN"))
}

/// The title a consolidated text's reference gives after its number, the name of the law,
/// decree or circular it consolidates, when its date follows (`Văn bản hợp nhất số
/// 07/VBHN-VPQH Luật Sở hữu trí tuệ ngày 25 tháng 6 năm 2019`): the title, and the length of
/// `rest` up to the date. The date is the consolidation's: the law's own would be written with
/// the law's number, or the law cited apart. A title with a figure (`... Thông tư số
/// 28/2011/TT-BTC ngày ...`) names a document of its own and is not taken.
fn consolidated_title(desc: &DocDesc, rest: &str) -> Option<(String, usize)> {
    if !is_consolidation(desc) {
        return None;
    }
    let t = rest.trim_start_matches([' ', '\t']);
    if t.len() == rest.len() {
        return None;
    }
    let body = t.trim_start_matches(['“', '"']);
    if !body.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let cut = body.find(" ngày ")?;
    let title = body[..cut].trim_end_matches(['”', '"']);
    if cut > 240
        || title
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '\n' | ';' | '(' | ')' | '“' | '"'))
    {
        return None;
    }
    let len = rest.len() - body.len() + cut;
    Some((squash_spaces(title), len))
}

fn parse_attrs(text: &str, from: usize, limit: usize, home: Home) -> Attrs {
    let mut a = Attrs {
        end: from,
        ..Attrs::default()
    };
    // (`Nghị quyết 10/2016/NQ-HĐND tỉnh ngày 7/12/2016 của HĐND tỉnh`, `Quyết định số
    // 159/QĐ-UBND tỉnh ngày ...`: the body's level that local writers tag onto its letters;
    // the attributes follow it. A place named after it, `tỉnh Bình Thuận`, is left to them.)
    let (level, province) = level_after_symbol(&text[from..limit]);
    a.end += level;
    a.province = province.map(str::to_string);
    for _ in 0..5 {
        let rest = &text[a.end..limit];
        // Each attribute pattern opens with spaces and at most a `,`, `|` or `(`, then a word
        // or a digit: the first other character tells which may match (a character that is not
        // ASCII may be a digit, or `K` in another case form, so it lets every pattern try).
        let lead = rest
            .chars()
            .find(|&c| !(c.is_whitespace() || matches!(c, ',' | '|' | '(')))
            .unwrap_or(' ');
        let may = |letters: &str| !lead.is_ascii() || letters.contains(lead);
        // (`Nghị quyết số 57-NQ/TW được ban hành ngày 22/12/2024`: the passive of `ban hành
        // ngày`, right after the reference.)
        if a.date.is_none() && matches!(lead, 'đ' | 'Đ') {
            let t = rest.trim_start_matches([' ', '\t']);
            let passive = ["được ", "đã được "]
                .iter()
                .find_map(|w| t.strip_prefix(w))
                .filter(|r| r.starts_with("ban hành "));
            if let Some(r) = passive {
                if let Some(c) = ATTR_DATE_WORDS
                    .captures(r)
                    .or_else(|| ATTR_DATE.captures(r))
                {
                    if c.get(0).is_some_and(|m| m.start() == 0) {
                        if let Some(d) = iso_date(&c["d"], &c["m"], &c["y"]) {
                            a.year = d[..4].parse().ok();
                            a.date = Some(d);
                            a.end += rest.len() - r.len() + c.get(0).expect("whole match").end();
                            continue;
                        }
                    }
                }
            }
        }
        if a.date.is_none() && (may("bBcCnN") || lead.is_ascii_digit()) {
            // (In brackets only with its word, `Chỉ thị 42 (ngày 24-3-2020)`: a bare date in
            // brackets is a list's, `Chỉ thị 05 của Bộ Chính trị (20/6/2018)`, the day a page
            // of related news was written.)
            let bracketed_bare = |c: &regex::Captures| {
                let m =
                    &c.get(0).expect("whole match").as_str()[..c.name("d").expect("day").start()];
                m.contains('(') && !fold_words(m).contains("ngay")
            };
            // (`... Nghị quyết số 18-NQ/TW ... về “...”` / `Ngày 30/11/2022, đồng chí Bí thư ...
            // ký ban hành Chương trình ...`: a date whose word, capitalised, opens a line and a
            // comma follows opens the next sentence.)
            let opens_sentence = |c: &regex::Captures| {
                let lead = &rest[..c.name("d").expect("day").start()];
                let after = &rest[c.get(0).expect("whole match").end()..];
                lead.contains('\n')
                    && lead
                        .trim_end()
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| w == "Ngày")
                    && after.trim_start_matches([' ', '\t']).starts_with(',')
            };
            if let Some(c) = ATTR_DATE_WORDS
                .captures(rest)
                .or_else(|| ATTR_DATE.captures(rest))
                .filter(|c| {
                    !is_dateline(&text[..a.end], rest, c)
                        && !bracketed_bare(c)
                        && !opens_sentence(c)
                })
            {
                if let Some(d) = iso_date(&c["d"], &c["m"], &c["y"]) {
                    a.year = d[..4].parse().ok();
                    a.date = Some(d);
                    let m = c.get(0).expect("whole match");
                    a.end += m.end();
                    // (`Chỉ thị 42 (ngày 24-3-2020) của Ban Bí thư`: the bracket closes.)
                    if m.as_str().contains('(') {
                        let after = text[a.end..limit].trim_start_matches([' ', '\t']);
                        if after.starts_with(')') {
                            a.end = limit - after.len() + 1;
                        }
                    }
                    continue;
                }
            }
            if a.year.is_none() {
                if let Some(c) = ATTR_YEAR.captures(rest) {
                    a.year = c["y"].parse().ok();
                    a.end += c.name("y").expect("year group").end();
                    continue;
                }
                if a.end == from {
                    if let Some((y, len)) = bare_year(rest) {
                        a.year = Some(y);
                        a.end += len;
                        continue;
                    }
                }
            }
        }
        if a.issuer.is_none() && may("cCdD") {
            // The group `iss` of `ATTR_ISSUER`.
            if let Some((ps, mut pe)) = groups::attr_issuer_span(rest) {
                // (Where an issuer phrase taken on from `e` ends: at the marks that end it in
                // `ATTR_ISSUER`.)
                let phrase_end = |e: usize| {
                    e + rest[e..]
                        .find([',', ';', '.', ':', '(', ')', '“', '”', '"', '\n'])
                        .unwrap_or(rest.len() - e)
                };
                // `của Bộ Văn hóa, Thể thao và Du lịch`: a body's name goes on past its comma,
                // and the phrase with it (`... tỉnh Cao Bằng`).
                // `của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ`, `của Bộ trưởng, Chủ nhiệm Ủy
                // ban Dân tộc`: one person's two titles, the body named after the second.
                if fold_words(&rest[ps..pe]) == "bo truong"
                    && fold_words_starts_with(
                        rest[pe..].trim_start_matches([',', ' ']),
                        "chu nhiem",
                    )
                {
                    pe = phrase_end(pe + 1);
                }
                // `của Ban Chấp hành T.Ư (khóa IX)`: the press's `T.Ư`, `Trung ương` cut short,
                // goes on the name.
                if rest[ps..pe].ends_with(" T")
                    && [".Ư", ".ư", ".W"].iter().any(|d| rest[pe..].starts_with(d))
                {
                    let dot_u: usize = rest[pe..].chars().take(2).map(char::len_utf8).sum();
                    pe = phrase_end(pe + dot_u);
                }
                if rest[pe..].starts_with(',') {
                    if let Some(n) = registry::comma_name_len(&rest[ps..]) {
                        pe = phrase_end(ps + n);
                    }
                }
                let pe = groups::name_goes_on(rest, ps, pe);
                let phrase = &rest[ps..pe];
                let cut = issuer_words_end(phrase);
                let words = &phrase[..cut];
                // (A name a line break cut, `xã Xuân` / `Phú`, read whole.)
                let joined;
                let words = if words.contains('\n') {
                    joined = words.replace('\n', " ");
                    joined.as_str()
                } else {
                    words
                };
                if let Some(iss) = registry::parse_issuer_at(words, home.province, home.district) {
                    a.issuer = Some(iss);
                    a.end += ps + words.trim_end().len();
                    continue;
                }
                if a.province.is_none() {
                    if let Some(p) = registry::province_of_phrase(words, home.province) {
                        a.province = Some(p.to_string());
                        a.end += ps + words.trim_end().len();
                        continue;
                    }
                }
            }
        }
        // (`Nghị quyết 20/NQ-TW (NQ20) Hội nghị BCHTƯ Đảng lần 6 (khóa X)`: the plenum after
        // the short name the writer gives the reference in brackets.)
        let skip = short_name_in_brackets(rest);
        if a.issuer.is_none() && a.term.is_none() && (may("hHcC") || skip > 0) {
            if let Some(c) = ATTR_PLENUM.captures(&rest[skip..]) {
                a.issuer = registry::parse_issuer("Ban Chấp hành Trung ương Đảng", None);
                a.term = registry::canonical_term(&c["term"]).map(str::to_string);
                a.end += skip + c.get(0).expect("whole match").end();
                continue;
            }
        }
        if a.issuer.is_none() && a.term.is_none() && may("bB") {
            if let Some(c) = ATTR_COMMITTEE.captures(rest) {
                a.issuer = registry::parse_issuer("Ban Chấp hành Trung ương Đảng", None);
                a.term = registry::canonical_term(&c["term"]).map(str::to_string);
                a.end += c.get(0).expect("whole match").end();
                continue;
            }
        }
        if a.term.is_none() && may("kK") {
            if let Some(c) = ATTR_TERM.captures(rest) {
                a.term = registry::canonical_term(&c["t"]).map(str::to_string);
                a.end += c.get(0).expect("whole match").end();
                continue;
            }
        }
        if a.title.is_none() && may("vV\"") {
            if let Some((t0, t1, end)) = groups::attr_title_span(rest) {
                a.title = Some(squash_spaces(&rest[t0..t1]));
                a.end += end;
                continue;
            }
        }
        break;
    }
    a
}

/// The length of a short name in brackets at the start of `rest` (` (NQ20)`, `(CT 05)`: a type's
/// letters and a number, as a writer abbreviates the reference before it), else 0.
fn short_name_in_brackets(rest: &str) -> usize {
    let t = rest.trim_start_matches([' ', '\t']);
    let Some(inner) = t.strip_prefix('(') else {
        return 0;
    };
    let Some(close) = inner.find(')') else {
        return 0;
    };
    let name = inner[..close].trim_matches(' ');
    let letters = name.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = name[letters..].trim_start_matches(' ');
    let short = (1..=4).contains(&letters)
        && (1..=4).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit());
    if short {
        rest.len() - inner.len() + close + 1
    } else {
        0
    }
}

/// A year written right after a reference, as a legal database titles a document
/// (`Quyết định 891/QĐ-UBND 2019 công bố danh mục thủ tục hành chính ...`): four digits of
/// 1945-2039 after spaces, then a word that counts nothing (`2000 ha`, `2019 người`) and no
/// range (`2019 - 2020`). Returns it and the byte length to its end.
fn bare_year(rest: &str) -> Option<(i32, usize)> {
    let t = rest.trim_start_matches([' ', '\t']);
    let lead = rest.len() - t.len();
    if lead == 0 || t.len() < 4 || !t.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let y: i32 = t[..4].parse().ok()?;
    let after = &t[4..];
    let next = after.strip_prefix([' ', '\t'])?;
    let word = next.split_whitespace().next()?;
    if !(1945..=2039).contains(&y) || !word.starts_with(char::is_alphabetic) {
        return None;
    }
    let counts = [
        "nam", "thang", "ngay", "gio", "phut", "lan", "nguoi", "tuoi", "km", "ha", "ty", "trieu",
        "nghin", "ngan", "dong", "ho", "tan", "con", "chiec", "cai", "m", "m2", "m3", "kg",
        "truong", "xa", "huyen", "tinh", "muc", "dieu", "khoan", "diem", "trang", "ban", "so",
    ];
    (!counts.contains(&fold_words(word).as_str())).then_some((y, lead + 4))
}

/// Byte length of the issuer words at the start of `phrase`, up to the first stop word (at
/// most twelve words).
fn issuer_words_end(phrase: &str) -> usize {
    let mut n = 0;
    let mut end = 0;
    let mut prev_ban = false;
    let mut prev_word = String::new();
    let mut prev_raw = String::new();
    let phrase_ascii = phrase.is_ascii();
    let upper_phrase = !phrase.chars().any(char::is_lowercase);
    for (i, w) in phrase
        .split_inclusive(char::is_whitespace)
        .scan(0, |pos, w| {
            let at = *pos;
            *pos += w.len();
            Some((at, w))
        })
    {
        let f = fold_words(w);
        if f.is_empty() {
            end = i + w.len();
            continue;
        }
        // `lần thứ Sáu`, `lần thứ Năm`: plenum numbers, not the stop words `sau`, `nam`. (Not
        // after `Bí thư`, whose `thư` folds alike: `Ban Bí thư khóa XIII`.)
        let ordinal = prev_word == "thu" && prev_raw != "thư";
        // `Sở Giáo dục và Đào tạo`, `Bộ Kế hoạch và Đầu tư`: `và` inside a body's name.
        let inner_va = f == "va" && BODY_WORDS_BEFORE_VA.contains(&prev_word.as_str());
        // Stop words are compared with their diacritics: `Sở` is not `số`, `Sáu` not `sau`.
        // Text typed without diacritics: compare folded (`trien`, `ve`, `thuc`). Only when the
        // whole phrase has none: in ordinary text `Nam` of `Quảng Nam` is not `năm`.
        let stop = if phrase_ascii {
            ISSUER_STOP.iter().any(|s| fold_words(s) == f)
        } else {
            ISSUER_STOP.contains(&w.trim().to_lowercase().as_str())
        };
        // A capitalised word inside a name is not a stop word (`Cao Bằng`); in an upper-case
        // phrase, a word that ends a province's name is not either (`CAO BẰNG`).
        let capitalised = w.trim().chars().next().is_some_and(char::is_uppercase);
        let in_name = if upper_phrase {
            registry::province_in(&format!("{prev_word} {f}")).is_some()
        } else {
            capitalised
        };
        // (`của HĐND tỉnh Khóa XVII, kỳ họp thứ 3`: a term, capitalised or not, is no name's
        // word.)
        let term = matches!(w.trim().to_lowercase().as_str(), "khóa" | "khoá");
        let stop = stop && (!in_name || term);
        // `của Ban Bí thư và Kế hoạch của Chính phủ`: `và` and a document's type word open
        // another document, not a co-issuer.
        let next_document = f == "va" && !inner_va && {
            let rest = fold_words(&phrase[i + w.len()..]);
            let ws = words_of(&rest);
            let ws = ws.strip_prefix(&["cac"][..]).unwrap_or(&ws);
            instrument_len(ws).is_some()
        };
        if (!ordinal && !inner_va && stop) || next_document || (prev_ban && f == "hanh") || n >= 12
        {
            if prev_ban && f == "hanh" {
                // `ban hành`: the verb, not `Ban` of a body.
                end = phrase[..end]
                    .trim_end()
                    .rfind(char::is_whitespace)
                    .map(|p| p + 1)
                    .unwrap_or(0);
            }
            break;
        }
        prev_ban = f == "ban";
        prev_word = f;
        prev_raw = w.trim().to_lowercase();
        n += 1;
        end = i + w.len();
    }
    end
}

/// The number of a plenum, as digits or words (`8`, `Tám`, `mười hai`).
fn plenum_number(s: &str) -> Option<u32> {
    s.parse().ok().or_else(|| {
        let f = fold_words(s);
        NUMBER_WORDS
            .iter()
            .find(|(w, _)| fold_words(w) == f)
            .map(|(_, n)| *n)
    })
}

/// Whether `text[at..]`, a capitalised word, follows the figures of a list's index that a copy
/// glued on, alone at the start of its line after a bullet or none (`- 8Nghị định
/// 27/2022/NĐ-CP ...`, a legal database's list of bases).
fn glued_list_index(text: &str, at: usize) -> bool {
    if !text[at..].starts_with(char::is_uppercase) {
        return false;
    }
    let line = &text[text[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    let index = line
        .trim_start_matches([' ', '\t'])
        .trim_start_matches(['-', '+', '•', '*'])
        .trim_start_matches([' ', '\t']);
    (1..=3).contains(&index.len()) && index.bytes().all(|b| b.is_ascii_digit())
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// ASCII punctuation that none of [`FULL_REF`], [`SHORT_REF`] can hold (they hold letters,
/// digits, spaces and `:`, `/`, `-`, `&`): a match lies between two of these.
const REF_BREAKS: [bool; 256] = byte_set(b"!\"#$%'()*+,.;<=>?@[\\]^_`{|}~");

/// Bytes no [`CONGRESS_REF`] match holds: punctuation (its words are letters and spaces).
const CONGRESS_BREAKS: [bool; 256] = byte_set(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

/// The same for [`DEMONSTRATIVE`], whose match may end with `.`, `,`, `;`, `:` or `)`.
const DEMONSTRATIVE_BREAKS: [bool; 256] = byte_set(b"!\"#$%&'(*+-/<=>?@[\\]^_`{|}~");

const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

/// `re.captures_iter(text)`, searching only the stretches of text that can hold a match. For a
/// pattern that never matches the empty string nor a byte of `breaks` (ASCII), every match lies
/// in a stretch between two such bytes; `anchors` (increasing offsets) must include a position
/// inside every stretch that holds a match. Each stretch is searched with the byte that ends it
/// in view, so `$` and word boundaries see what they see in the whole text, and the matches,
/// their order and their groups are those of `captures_iter`.
fn captures_in_stretches<'t>(
    re: &regex::Regex,
    text: &'t str,
    breaks: &[bool; 256],
    anchors: impl IntoIterator<Item = usize>,
) -> Vec<Captures<'t>> {
    let mut out = vec![];
    for (start, end) in stretches(text, breaks, anchors) {
        // The stretch and the break after it (an ASCII byte: a character boundary).
        let hay = &text[..(end + 1).min(text.len())];
        let mut at = start;
        while at <= end {
            let Some(c) = re.captures_at(hay, at) else {
                break;
            };
            let m = c.get(0).expect("whole match");
            debug_assert!(m.end() > m.start() && m.end() <= end);
            at = m.end().max(m.start() + 1);
            out.push(c);
        }
    }
    out
}

/// `re.find_iter(text)`, searching only the stretches of text that can hold a match: the spans
/// of the matches of [`captures_in_stretches`].
fn find_in_stretches<'t>(
    re: &regex::Regex,
    text: &'t str,
    breaks: &[bool; 256],
    anchors: impl IntoIterator<Item = usize>,
) -> Vec<regex::Match<'t>> {
    let mut out = vec![];
    for (start, end) in stretches(text, breaks, anchors) {
        let hay = &text[..(end + 1).min(text.len())];
        let mut at = start;
        while at <= end {
            let Some(m) = re.find_at(hay, at) else {
                break;
            };
            debug_assert!(m.end() > m.start() && m.end() <= end);
            at = m.end().max(m.start() + 1);
            out.push(m);
        }
    }
    out
}

/// The stretches `[start, end)` between bytes of `breaks` that hold an anchor, in order, each
/// once (`anchors` increasing).
fn stretches(
    text: &str,
    breaks: &[bool; 256],
    anchors: impl IntoIterator<Item = usize>,
) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    // The dot of `TT.HĐND`, of `QĐ.UB`, `QĐ.TTg` and of the press's `T.Ư` (a symbol's letters, see
    // `patterns::sym_part`) is inside a match.
    let breaks_at = |p: usize| {
        breaks[bytes[p] as usize]
            && !(bytes[p] == b'.'
                && (bytes[..p].ends_with(b"TT") && bytes.get(p + 1) == Some(&b'H')
                    || bytes[p + 1..].starts_with(b"UB")
                    || bytes[p + 1..].starts_with(b"TTg")
                    || bytes[..p].ends_with(b"/T")
                        && (bytes[p + 1..].starts_with("Ư".as_bytes())
                            || bytes.get(p + 1) == Some(&b'W'))))
    };
    let mut out = vec![];
    let mut done = 0;
    for a in anchors {
        if a < done {
            continue;
        }
        let start = (done..a)
            .rev()
            .find(|&p| breaks_at(p))
            .map(|p| p + 1)
            .unwrap_or(done);
        let end = (a..bytes.len())
            .find(|&p| breaks_at(p))
            .unwrap_or(bytes.len());
        out.push((start, end));
        done = end;
    }
    out
}

/// Offsets of the bytes `needles` in `text`, increasing.
fn byte_offsets(text: &str, needles: &[u8]) -> Vec<usize> {
    let bytes = text.as_bytes();
    match needles {
        [a, b] => memchr::memchr2_iter(*a, *b, bytes).collect(),
        _ => bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| needles.contains(b))
            .map(|(i, _)| i)
            .collect(),
    }
}

/// Offsets of the first digits of the numbers of `text` (its ASCII digits that do not follow
/// another), increasing. The patterns' digits are ASCII (`[0-9]`): the reader makes full-width
/// digits ASCII ([`crate::normalize`]), and a number in another script's digits is not a
/// Vietnamese document's.
fn digit_offsets(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // By blocks of 32 bytes: a mask of the digits (vectorised).
    const W: usize = 32;
    let mut prev_digit = false;
    let mut blocks = bytes.chunks_exact(W);
    for (n, block) in blocks.by_ref().enumerate() {
        let i = n * W;
        let mut digits = 0u32;
        for (k, &c) in block.iter().enumerate() {
            digits |= u32::from(c.wrapping_sub(b'0') < 10) << k;
        }
        let mut starts = digits & !((digits << 1) | u32::from(prev_digit));
        while starts != 0 {
            out.push(i + starts.trailing_zeros() as usize);
            starts &= starts - 1;
        }
        prev_digit = digits >> (W - 1) == 1;
    }
    let tail = bytes.len() - blocks.remainder().len();
    for (i, &c) in bytes.iter().enumerate().skip(tail) {
        let digit = c.is_ascii_digit();
        if digit && !prev_digit {
            out.push(i);
        }
        prev_digit = digit;
    }
    out
}

/// Offsets in every stretch of `text` that holds a [`FULL_REF`] match: the separator after the
/// number, a `/` or `-` after a digit and spaces.
fn full_ref_anchors(text: &str) -> Vec<usize> {
    let mut separators = byte_offsets(text, b"/-");
    let bytes = text.as_bytes();
    // A number's end: its last digit, or the letter after it (`30a`).
    let number_ends = |t: &str| {
        let t = t
            .strip_suffix(|c: char| matches!(c, 'a'..='e' | 'A'..='E'))
            .unwrap_or(t);
        t.ends_with(|c: char| c.is_ascii_digit())
    };
    // The slash of a Party symbol written with a space for its hyphen (`29 NQ/TW`): after up to
    // five letters, blanks and a number.
    let spaced_party = |i: usize| {
        let t = &text[..i];
        let before = t.trim_end_matches(patterns::is_vi_letter);
        let letters = t[before.len()..].chars().count();
        let number = before.trim_end_matches([' ', '\t']);
        bytes[i] == b'/'
            && (1..=5).contains(&letters)
            && number.len() < before.len()
            && number_ends(number)
    };
    separators.retain(|&i| match i.checked_sub(1).map(|p| bytes[p]) {
        // Most separators follow a digit or an ASCII letter: told by that byte alone.
        Some(b) if b.is_ascii_digit() => true,
        Some(b'a'..=b'e' | b'A'..=b'E') => number_ends(&text[..i]) || spaced_party(i),
        Some(b) if b.is_ascii_alphabetic() => spaced_party(i),
        Some(b) if b.is_ascii() && !(b as char).is_whitespace() => false,
        _ => number_ends(text[..i].trim_end_matches(char::is_whitespace)) || spaced_party(i),
    });
    separators
}

/// Offsets in every stretch of `text` that holds a [`CONGRESS_REF`] match: where a Roman
/// numeral may start after a space (`XIII`), which every match holds. (The whole text searched
/// took 8 % of the extraction.)
fn congress_anchors(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'I', b'V', b'X', bytes)
        .filter(move |&i| i > 0 && bytes[i - 1].is_ascii_whitespace())
}

/// Offsets in every stretch of `text` that holds a [`SHORT_REF`] match, from the first digits of
/// its numbers ([`digit_offsets`]): the number's first digit, after a
/// space or the last letter of an abbreviation.
fn short_ref_anchors<'a>(text: &'a str, digits: &'a [usize]) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    digits
        .iter()
        .copied()
        .filter(move |&i| match i.checked_sub(1).map(|p| bytes[p]) {
            None => false,
            Some(b) if b.is_ascii() => {
                (b as char).is_whitespace()
                    || matches!(b, b'Q' | b'L' | b'r' | b'T' | b'H' | b'D' | b'B')
            }
            Some(_) => char_before(text, i).is_some_and(|c| c.is_whitespace() || c == 'Đ'),
        })
}

/// A symbol a copy wrote all in small letters (`chỉ thị số 05-ct/tw`, `quyết định số
/// 490/qđ-ttg`: SEO pages and some sites' titles lower the case of a whole text). A symbol's
/// letters are an abbreviation, not a case-coded value, but small letters are mostly words, so
/// they are taken only after a type word that their type letters agree with (`chỉ thị` and
/// `ct`): read as if written in capitals, the mixed-case groups restored (`TTg`, `CTr`).
fn lower_case_symbol(ns: &NsGroups, type_word: &str) -> Option<NumSym> {
    let letters = [ns.lsym, ns.pabbr, ns.piss, ns.ssym];
    let mut any = false;
    for g in letters.iter().flatten() {
        if g.chars().any(char::is_uppercase) {
            return None;
        }
        any |= g.chars().any(char::is_alphabetic);
    }
    if !any {
        return None;
    }
    let up: Vec<Option<String>> = letters.iter().map(|g| g.map(str::to_uppercase)).collect();
    let upper = NsGroups {
        lsym: up[0].as_deref(),
        pabbr: up[1].as_deref(),
        piss: up[2].as_deref(),
        ssym: up[3].as_deref(),
        ..*ns
    };
    let parsed = parse_ns_groups(&upper, true)?;
    let named = registry::type_by_word(type_word)?;
    let abbr = parsed.symbol.split(['-', '/']).next()?;
    let agrees = registry::DOC_TYPES.iter().any(|t| {
        t.name == named
            && match parsed.system {
                System::Party => t.party.contains(&abbr),
                System::State => t.state.contains(&abbr),
            }
    });
    agrees.then_some(parsed)
}

/// Finds the references of a text (not yet related to each other).
fn find_refs(
    text: &str,
    home: Home,
    aliases: &AliasTable,
    own: Option<&DocDesc>,
    misses: &mut Vec<LawMiss>,
) -> Vec<Found> {
    let mut found: Vec<Found> = vec![];
    let boundary_ok = |at: usize| {
        !char_before(text, at)
            .is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '-' || c == '.')
            || glued_list_index(text, at)
    };
    // Every match holds a `/` or a `-`.
    let digits = digit_offsets(text);
    let full_refs = find_in_stretches(&FULL_REF, text, &REF_BREAKS, full_ref_anchors(text));
    for m in full_refs {
        // The match opens with its type word or abbreviation, else with its number.
        let start = m.start();
        if !boundary_ok(start)
            || in_url(text, start)
            || text[m.end()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let mut c = groups::full_ref_groups(text, m);
        debug_assert_eq!(c.start, start);
        // (`số 25/2021/QH15ngày 28/7/2021`: a copy that lost the space glued the next word on.)
        let glued = unglue(&text[..m.end()], &mut c.ns);
        let m_end = m.end() - glued;
        let tw = c.tw;
        // A number alone in a cell of a list of documents (`| 8911/UBND-VX |`) is a document
        // number even when its symbol names no type.
        let in_cell = text[..start].trim_end_matches([' ', '\t']).ends_with('|')
            && text[m.end()..]
                .trim_start_matches([' ', '\t'])
                .starts_with('|');
        // `văn bản số 3115/BTTTT-CVT`: a document named by the generic word, a Công văn when
        // its symbol names no type (DOMAIN.md: a Công văn's symbol is its issuer's and unit's).
        let generic = tw.is_none() && c.ab.is_none() && after_generic_word(text, start);
        let Some(mut ns) = parse_ns_groups(&c.ns, tw.is_some() || in_cell || generic)
            .or_else(|| tw.and_then(|w| lower_case_symbol(&c.ns, w)))
        else {
            continue;
        };
        // (`83/2015/QH 13`: the Assembly's term typed apart from its letters.)
        // (Typed apart, the term is the text's, not the one its year gave, see
        // [`parse_ns_groups`].)
        let m_end = match term_apart(text, m_end).filter(|_| c.ns.lyear.is_some()) {
            Some((term, end)) if c.ns.lsym.is_some_and(|s| s.ends_with("QH")) => {
                ns.symbol.truncate(
                    ns.symbol
                        .trim_end_matches(|c: char| c.is_ascii_digit())
                        .len(),
                );
                ns.symbol.push_str(term);
                end
            }
            _ => m_end,
        };
        // (`Thông báo kết luận số ...`: the reference opens at `Thông báo`.)
        let compound = tw
            .and_then(registry::type_by_word)
            .and_then(|t| compound_type(text, start, t, ns.doc_type));
        let start = compound.map_or(start, |(_, s)| s);
        // (`Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13`: a law whose name ends in
        // `luật` opens at its `Luật`, not at the name's last word.)
        let start = match tw {
            Some(w) if w.starts_with('l') => law_name_ending_at(text, start).unwrap_or(start),
            _ => start,
        };
        // A State symbol's type letters (decree 30/2020, appendix I) are the clerk's, the type
        // word the writer's: `Quyết định số 115/NQ-CP` in a news item is the Government's Nghị
        // quyết. When they disagree the letters decide. (Not a Party symbol's: committees wrote
        // their programmes `17-CT/TU` as well as `CTr`, and `QĐ` is two types'. Nor letters that
        // name no type, a Công văn's issuer and unit, `2653/KHĐT-CNDV`.)
        // (Nor after `Công văn` when the letters after the first are no body's: a letter's
        // symbol is its issuer's and unit's, and `Công văn số 410/TTr-NV1` is Thanh tra tỉnh's
        // (Phòng Nghiệp vụ 1), not a Tờ trình; `Công văn số 431/HD-UBND` is UBND's Hướng dẫn.)
        let by_letters = ns.doc_type.filter(|_| {
            let sym = c.ns.ssym.or(c.ns.lsym).unwrap_or("");
            if tw.and_then(registry::type_by_word) == Some("Công văn")
                && sym
                    .split_once(['-', '/'])
                    .is_none_or(|(_, rest)| registry::symbol_is_central(rest).is_none())
            {
                return false;
            }
            let abbr = sym.split(['-', '/']).next().unwrap_or("").trim();
            ns.system == System::State
                && registry::canonical_abbr(abbr, System::State).is_some()
                && !registry::abbr_is_shared(abbr, System::State)
        });
        let doc_type = compound
            .map(|(t, _)| t)
            .or(by_letters)
            .or_else(|| tw.and_then(registry::type_by_word))
            .or_else(|| c.ab.and_then(registry::type_by_any_abbr))
            .or(ns.doc_type)
            .or(generic.then_some("Công văn"))
            .or_else(|| {
                let floor = found.last().map_or(0, |f: &Found| f.end);
                named_type_before(text, clause_start(text, start, floor), start)
            });
        // A symbol alone whose letters two types share (`các Quy định: số 89-QĐ/TW; số
        // 214-QĐ/TW`) is of the type word right before it, else of the item before it in a
        // list ([`share_list_types`]), else of none: the document's type is then what other
        // texts call it, or the letters' first type ([`crate::resolve`]).
        let doc_type = match c.ns.pabbr {
            Some(abbr)
                if tw.is_none() && c.ab.is_none() && registry::abbr_is_shared(abbr, ns.system) =>
            {
                type_word_before(text, start)
            }
            _ => doc_type,
        };
        // (`Kết luận của Bộ Chính trị số 65-KL/TW`, `Nghị quyết Kỳ họp thứ 6, Quốc hội khóa XIV
        // số 74/2018/QH14`: the type word, the issuer or the session, then `số` and the number:
        // the reference opens at its type word, and its issuer is read there, see
        // [`issuer_before_number`].)
        let (start, doc_type) = match (tw, c.ab, compound, generic) {
            (None, None, None, false) => {
                let floor = found.last().map_or(0, |f: &Found| f.end);
                match typed_before_number(text, clause_start(text, start, floor), start) {
                    Some((s, t)) if doc_type.is_none_or(|d| d == t) => (s, Some(t)),
                    _ => (start, doc_type),
                }
            }
            _ => (start, doc_type),
        };
        found.push(Found {
            start,
            end: m_end,
            form: RefForm::Full,
            desc: DocDesc {
                doc_type: doc_type.map(str::to_string),
                number: Some(ns.number),
                symbol: Some(ns.symbol),
                system: Some(ns.system),
                year: ns.year,
                normative: ns.normative,
                ..DocDesc::default()
            },
            alias: vec![],
            alias_decided: false,
            attr_end: m.end().max(m_end),
            is_definition: false,
        });
    }
    let overlaps =
        |found: &[Found], s: usize, e: usize| found.iter().any(|f| s < f.end && f.start < e);
    let mut extra = vec![];
    for c in PLENUM_REF.captures_iter(text) {
        let m = c.get(0).expect("whole match");
        if overlaps(&found, m.start(), m.end()) || !boundary_ok(m.start()) {
            continue;
        }
        let Some(pl) = c
            .name("pn")
            .or(c.name("pw"))
            .and_then(|g| plenum_number(g.as_str()))
        else {
            continue;
        };
        let Some(term) = registry::canonical_term(&c["term"]) else {
            continue;
        };
        let after_end = text[m.end()..]
            .find(['.', ';', '\n'])
            .map(|i| m.end() + i)
            .unwrap_or(text.len());
        let after_end = (m.end() + 300).min(after_end);
        let after_end = (0..=after_end - m.end())
            .rev()
            .map(|i| m.end() + i)
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(m.end());
        let pm = aliases.plenum(term, pl, &text[m.end()..after_end]);
        let desc = if pm.decided {
            pm.candidates[0].clone()
        } else {
            DocDesc {
                doc_type: Some("Nghị quyết".into()),
                system: Some(System::Party),
                term: Some(term.to_string()),
                issuer: Some("Ban Chấp hành Trung ương Đảng".into()),
                scope: Some(Scope::Central),
                title: Some(format!("Nghị quyết Hội nghị Trung ương {pl} khóa {term}")),
                ..DocDesc::default()
            }
        };
        extra.push(Found {
            start: m.start(),
            end: m.end(),
            form: RefForm::Title,
            desc,
            alias: pm.candidates,
            alias_decided: pm.decided,
            attr_end: m.end(),
            is_definition: false,
        });
    }
    found.extend(extra);
    // Congresses' resolutions (`Nghị quyết Đại hội XIII của Đảng`): documents known by title.
    let mut extra = vec![];
    for c in captures_in_stretches(
        &CONGRESS_REF,
        text,
        &CONGRESS_BREAKS,
        congress_anchors(text),
    ) {
        let m = c.get(0).expect("whole match");
        if overlaps(&found, m.start(), m.end()) || !boundary_ok(m.start()) {
            continue;
        }
        if let Some(desc) = congress_resolution(text, &c, home) {
            extra.push(Found {
                start: m.start(),
                end: m.end(),
                form: RefForm::Title,
                desc,
                alias: vec![],
                alias_decided: true,
                attr_end: m.end(),
                is_definition: false,
            });
        }
    }
    found.extend(extra);
    // Titles the alias table knows (`Kết luận của Ban Bí thư về tiếp tục thực hiện Nghị quyết
    // Hội nghị Trung ương 8 khóa XI`).
    let mut extra = vec![];
    for t in aliases.find_names(text) {
        // A known title may hold another reference (`... về tiếp tục thực hiện Nghị quyết Hội
        // nghị Trung ương 8 khóa XI`): both are kept. One that cuts another in two is not a title.
        let crosses = found
            .iter()
            .any(|f| t.start < f.end && f.start < t.end && !(f.start >= t.start && f.end <= t.end));
        if crosses {
            continue;
        }
        let decided = t.candidates.len() == 1;
        let desc = if decided {
            t.candidates[0].clone()
        } else {
            DocDesc {
                doc_type: t.candidates[0].doc_type.clone(),
                ..DocDesc::default()
            }
        };
        extra.push(Found {
            start: t.start,
            end: t.end,
            form: RefForm::Title,
            desc,
            alias: t.candidates,
            alias_decided: decided,
            attr_end: t.end,
            is_definition: false,
        });
    }
    found.extend(extra);
    // Laws cited by name and date (`Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6
    // năm 2015`), whose numbers the law table knows.
    // (A document that gives its year alone, `ngày    tháng    năm 2012`: the law in force all
    // that year, see [`laws_by_name`].)
    let own_when = own.and_then(|o| match (&o.date, o.year) {
        (Some(d), _) => Some((d.clone(), 12)),
        (None, Some(y)) => Some((format!("{y:04}-12-31"), 24)),
        _ => None,
    });
    let laws = laws_by_name(
        text,
        aliases,
        &found,
        own_when.as_ref().map(|(d, m)| (d.as_str(), *m)),
        misses,
    );
    found.extend(laws);
    let constitutions = constitutions(
        text,
        &found,
        own.and_then(|o| o.date.as_deref()),
        own.and_then(|o| o.year),
    );
    found.extend(constitutions);
    let mut extra = vec![];
    // Every match holds a number (its first digit follows no digit).
    let short_refs = find_in_stretches(
        &SHORT_REF,
        text,
        &REF_BREAKS,
        short_ref_anchors(text, &digits),
    );
    for m in short_refs {
        if overlaps(&found, m.start(), m.end()) || !boundary_ok(m.start()) {
            continue;
        }
        let after = &text[m.end()..];
        // (`Nghị quyết số 202/2025 của Quốc hội`, `Nghị định 100/2019`: a legal document's
        // number and year without its letters, as news and speeches write it.)
        let with_year = number_year(after);
        if with_year.is_none() && !short_form_ends_well(after) {
            continue;
        }
        let c = groups::short_ref_groups(text, m);
        // (A type word in lower case is a reference only with its `số`: `trình bày kế hoạch số
        // 91 của Ban Thường vụ Thành ủy`, not `thực hiện kế hoạch 2 năm`.)
        if c.tw.is_some_and(|t| t.starts_with(char::is_lowercase))
            && !words_of(&fold_words(&text[m.start()..m.end()])).contains(&"so")
        {
            continue;
        }
        let num = c.ns.num;
        // A year: `Chương trình 2030`, `Kế hoạch 2025`. Not after `số`, nor before the
        // document's date, nor outside the years documents are of: `Quyết định số 1581 về
        // việc ...`, `Quyết định 2486 ngày 9/8/2011` (a province issues thousands a year).
        let year_like =
            num.len() == 4 && num.parse::<i32>().is_ok_and(|y| (1945..=2099).contains(&y));
        let numbered = words_of(&fold_words(&text[m.start()..m.end()])).contains(&"so")
            || fold_words_starts_with(after.trim_start(), "ngay");
        if year_like && !numbered {
            continue;
        }
        if is_enumerator(text, m.start(), m.end() - num.len(), m.end()) {
            continue;
        }
        let doc_type =
            c.tw.and_then(registry::type_by_word)
                .or_else(|| c.ab.and_then(registry::type_by_any_abbr));
        // `Tiểu dự án 2 và Tiểu dự án 4 của Dự án 5 thuộc Chương trình mục tiêu quốc gia ...`:
        // a national programme's numbered component projects, not documents (a project is
        // cited by its name, or by the number of the decision that approves it).
        if doc_type == Some("Dự án") {
            continue;
        }
        // (Only the types whose numbers hold their year: a law, an ordinance, and the decrees,
        // resolutions, circulars, decisions and directives that are legal documents.)
        let (end, year) = match with_year {
            Some((len, year)) if doc_type.is_some_and(registry::numbered_with_year) => {
                (m.end() + len, Some(year))
            }
            Some(_) => continue,
            None => (m.end(), None),
        };
        // (`Nghị định số 07/2003 ngày 30/01/2003`: the Government alone issues decrees, and
        // since 1998 each is `N/YYYY/NĐ-CP`, so number and year name it in full.)
        let decree = doc_type == Some("Nghị định") && year.is_some_and(|y| y >= 1998);
        extra.push(Found {
            start: m.start(),
            end,
            form: if decree {
                RefForm::Full
            } else {
                RefForm::Short
            },
            desc: DocDesc {
                doc_type: doc_type.map(str::to_string),
                number: Some(num.to_string()),
                symbol: decree.then(|| "NĐ-CP".to_string()),
                system: decree.then_some(System::State),
                scope: decree.then_some(Scope::Central),
                year,
                normative: year.is_some(),
                ..DocDesc::default()
            },
            alias: vec![],
            alias_decided: false,
            attr_end: end,
            is_definition: false,
        });
    }
    found.extend(extra);
    found.sort_by_key(|f| (f.start, f.end));

    // Attributes, each bounded by the next reference so that a quoted title never swallows it.
    let starts: Vec<usize> = found.iter().map(|f| f.start).collect();
    // Whether each reference's issuer or place is written with it.
    let mut placed = vec![false; found.len()];
    for (i, f) in found.iter_mut().enumerate() {
        // (A short name in brackets right after it, `Nghị quyết 20/NQ-TW (NQ20) Hội nghị ...`,
        // is the same document's: its attributes go on past it.)
        let bracket_end = f.end + short_name_in_brackets(&text[f.end..]);
        let limit = starts[i + 1..]
            .iter()
            .find(|&&s| s >= bracket_end)
            .copied()
            .unwrap_or(text.len())
            .min(f.end + 600)
            .max(f.end);
        let limit = (f.end..=limit)
            .rev()
            .find(|&x| text.is_char_boundary(x))
            .unwrap_or(f.end);
        // (A consolidated text is cited with the title of what it consolidates, then with its
        // own date: `Văn bản hợp nhất số 07/VBHN-VPQH Luật Sở hữu trí tuệ ngày 25 tháng 6 năm
        // 2019`.)
        let consolidated = consolidated_title(&f.desc, &text[f.end..limit]);
        let mut a = consolidated
            .as_ref()
            .map(|(_, len)| parse_attrs(text, f.end + len, limit, home))
            .filter(|a| a.date.is_some())
            .unwrap_or_else(|| parse_attrs(text, f.end, limit, home));
        if a.title.is_none() && a.date.is_some() {
            a.title = consolidated.map(|(t, _)| t);
        }
        // (`các Chỉ thị ... của Ban Thường vụ Tỉnh ủy đặc biệt là Chỉ thị số 33`: an item a
        // group singles out has the group's issuer.)
        if f.form == RefForm::Short
            && f.desc.symbol.is_none()
            && a.issuer.is_none()
            && a.province.is_none()
        {
            if let Some(doc_type) = f.desc.doc_type.as_deref() {
                a.issuer = group_issuer(text, f.start, doc_type, home);
            }
        }
        if a.issuer.is_none() && f.form == RefForm::Full {
            a.issuer = issuer_before_number(&text[f.start..f.end], home);
        }
        f.attr_end = a.end;
        // (`Kế hoạch số 472/KH-UBND ngày 21/8, triển khai thực hiện B`: a day and month
        // without a year, as news date what was just issued, is the reference's too; what
        // follows it is what the reference does. Its year is read with the dateline's, see
        // [`day_month_after`].)
        if a.end == f.end {
            if let Some(m) = DAY_MONTH.find(&text[f.end..limit]) {
                let after = text[f.end + m.end()..].trim_start_matches([' ', '\t']);
                let more = after.starts_with(['/', '-', '.'])
                    && after[1..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit());
                if !more {
                    f.attr_end = f.end + m.end();
                }
            }
        }
        placed[i] = a.issuer.is_some() || a.province.is_some();
        if f.form == RefForm::Title && f.alias_decided {
            continue;
        }
        let d = &mut f.desc;
        // (`Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, ... và Luật Các
        // tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024`: the date is the amending
        // law's; a law's number gives its year.)
        let amending_laws_date = d.normative && in_amending_law_name(text, f.start);
        if d.date.is_none() && !amending_laws_date {
            d.date = a.date;
        }
        if a.year.is_some() && !d.normative {
            d.year = a.year;
        }
        if a.term.is_some() {
            d.term = a.term;
        }
        // (`Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, tiến tới Đại hội
        // XIII của Đảng`: the centre's text on the congresses ahead of the national one that
        // opens a term is of the term before it; 35-CT/TW is khóa XII's (2019) and khóa
        // XIII's (2024).)
        if d.term.is_none() && d.symbol.as_deref().is_some_and(|s| s.ends_with("/TW")) {
            d.term = congress_ahead(&text[a.end..limit]).map(str::to_string);
        }
        if d.title.is_none() {
            d.title = a.title;
        }
        if let Some(s) = d.symbol.as_mut() {
            settle_tu(
                s,
                a.issuer.as_ref().is_some_and(|i| i.scope != Scope::Central),
            );
        }
        // A central symbol (`13-CT/TW`, `71/NQ-CP`) is a central document's, whatever local
        // body or province the words after it name: `Kế hoạch thực hiện Chỉ thị 13-CT/TW do
        // tỉnh An Giang ban hành` speaks of the plan.
        let central = || {
            d.symbol
                .as_deref()
                .is_some_and(|s| registry::symbol_is_central(s) == Some(true))
        };
        // `Nghị quyết số 22/NQ-TU ... của Tỉnh ủy Kiên Giang`, `Chỉ thị số 22/CT-TW ... của Ban
        // Bí thư`: a Party document written with a State symbol's slash is the Party's when a
        // Party body issues it and its letters end with a Party committee's (`TU`, `TW`, `HU`,
        // `QU`, `ĐU`, `BTGTU`).
        let party_letters = |s: &str| {
            let last = s.rsplit(['-', '/']).next().unwrap_or("");
            PARTY_COMMITTEES.iter().any(|c| last.ends_with(c))
        };
        if let Some(iss) = &a.issuer {
            if iss.system == System::Party
                && d.system == Some(System::State)
                && !d.normative
                && d.symbol.as_deref().is_some_and(party_letters)
            {
                d.system = Some(System::Party);
            }
        }
        // (Not a ministry's letters in a document no ministry numbers so, when the text names a
        // local committee: `Kế hoạch số 30/KH-BTC ngày 08/02/2018 của UBND thị xã Phước
        // Long`, its organising committee's.)
        let local_board = |iss: &registry::Issuer| {
            iss.system == System::State
                && !matches!(iss.scope, Scope::Central | Scope::Unknown)
                && !d.normative
                && d.symbol.as_deref().is_some_and(|s| {
                    !registry::symbol_is_surely_central(s)
                        && !matches!(s.split(['/', '-']).next(), Some("TT" | "NĐ" | "TTLT"))
                })
        };
        match a.issuer {
            Some(iss) if iss.scope == Scope::Central || !central() || local_board(&iss) => {
                d.system = d.system.or(Some(iss.system));
                d.scope = Some(iss.scope);
                d.issuer = Some(iss.name);
            }
            _ => {
                if let Some(p) = a.province.filter(|_| !central()) {
                    d.scope = Some(Scope::Province(p));
                } else if let Some(sym) = d.symbol.as_deref() {
                    let scope = default_scope(sym, home);
                    // (A local body's text that its description places in another province
                    // than the citing text's: that province's.)
                    let line_end = text[a.end..limit].find('\n').map_or(limit, |n| a.end + n);
                    let elsewhere = (registry::symbol_is_central(sym) == Some(false)
                        && !matches!(scope, Scope::District { .. }))
                    .then(|| province_described(&text[a.end..line_end]))
                    .flatten()
                    .filter(|p| home.province.is_none_or(|h| !registry::one_land(p, h)));
                    d.scope = Some(match elsewhere {
                        Some(p) => Scope::Province(p.to_string()),
                        None => scope,
                    });
                }
            }
        }
        if d.term.is_none()
            && d.system == Some(System::Party)
            && d.scope == Some(Scope::Central)
            && registry::takes_party_term(d.symbol.as_deref(), d.issuer.as_deref())
        {
            d.term = d
                .date
                .as_deref()
                .and_then(registry::term_of_date)
                .map(str::to_string);
        }
        if f.form == RefForm::Short {
            symbol_of_named_body(d);
        }
        // `Nghị quyết số 19-NQ/TW Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII`
        // without a date: number, symbol and term name one resolution, whose date the alias
        // table knows (khóa XII's 19-NQ/TW is another).
        if d.date.is_none() && d.system == Some(System::Party) && d.scope == Some(Scope::Central) {
            if let (Some(n), Some(sym), Some(term)) = (&d.number, &d.symbol, &d.term) {
                if let Some(date) = aliases.in_term(n, sym, term).and_then(|e| e.date.clone()) {
                    d.year = date[..4].parse().ok();
                    d.date = Some(date);
                }
            }
        }
    }
    // (The list's first: what a list shares is what is written after its last item, not what
    // that item's other mentions say of it.)
    share_list_attributes(text, &mut found);
    share_placed_number(&mut found, &placed, own);
    // (A central number's own subject first: the text's other, dated, mention of the number
    // may be another resolution of it, see [`decide_number_by_topic`].)
    decide_number_by_topic(text, &mut found, aliases, own);
    share_central_term(&mut found, own);
    share_list_types(text, &mut found);
    // (`Nghị quyết 24-NQ/TW và Chỉ thị 45 của Ban Bí thư`: the Secretariat issues no
    // resolution; the body named after a list of two kinds is the kind's it issues.)
    for f in found.iter_mut() {
        if let (Some(i), Some(t)) = (f.desc.issuer.as_deref(), f.desc.doc_type.as_deref()) {
            if !registry::board_issues(i, t) {
                f.desc.issuer = None;
            }
        }
    }
    found
}

/// `Nghị quyết số 18-NQ/TW` with no date, year or term: the Central Committee numbered a
/// resolution 18-NQ/TW in khóa XII (the apparatus, 2017) and again in khóa XIII (land, 2022), and
/// the alias table knows both. What the text says it is about decides, by the entries' `topic`
/// words: the subject written after the reference (`về ...`), else its sentence, else the
/// whole text, when they name the subject of exactly one of them. A subject that names none is
/// a resolution the table does not know (the Politburo's 26-NQ/TW of 2013 on Nghệ An), and the
/// reference is left as it is. Otherwise the reference keeps the entries as its candidates:
/// resolution reports it and draws no link, rather than take whichever the corpus happens to
/// hold. Entries issued after the citing document are none of its. (A text that dates one of
/// its mentions of the number is read by that mention.)
fn decide_number_by_topic(
    text: &str,
    found: &mut [Found],
    aliases: &AliasTable,
    own: Option<&DocDesc>,
) {
    enum Reading<'a> {
        One(&'a crate::aliases::AliasDoc),
        Either(Vec<&'a crate::aliases::AliasDoc>),
        /// A subject none of the entries has.
        Another,
    }
    let mut folded_text: Option<String> = None;
    let written = own.and_then(|o| o.date.as_deref());
    let mut readings: Vec<(usize, Reading)> = vec![];
    // The mentions whose own subject was read (not their sentence's or the text's words).
    let mut subject_read: Vec<usize> = vec![];
    for i in 0..found.len() {
        let d = &found[i].desc;
        if d.date.is_some()
            || d.year.is_some()
            || d.term.is_some()
            || d.system != Some(System::Party)
            || d.scope != Some(Scope::Central)
            || found[i].is_definition
        {
            continue;
        }
        let (Some(n), Some(sym)) = (d.number.as_deref(), d.symbol.as_deref()) else {
            continue;
        };
        let mut known = aliases.with_code(n, sym);
        if known.len() < 2 {
            continue;
        }
        known.retain(|e| match (e.date.as_deref(), written) {
            (Some(e), Some(w)) => e <= w,
            _ => true,
        });
        if known.len() < 2 {
            continue;
        }
        // (`Nghị quyết số 15-NQ/TW của Bộ Chính trị`: the one of the table's that the board the
        // text names issued, the Politburo's of 2022, not the Central Committee's of 2002 and
        // 2007; of two of one board, the subject decides, below.)
        let of_board: Vec<&crate::aliases::AliasDoc> = match d.issuer.as_deref() {
            Some(iss) => known
                .iter()
                .copied()
                .filter(|e| e.issuer.as_deref() == Some(iss))
                .collect(),
            None => vec![],
        };
        let board_pick = match of_board[..] {
            [one] => Some(one),
            _ => None,
        };
        if of_board.len() >= 2 {
            known = of_board;
        }
        let dated_elsewhere = found.iter().any(|g| {
            same_code(g, &found[i])
                && (g.desc.date.is_some() || g.desc.year.is_some() || g.desc.term.is_some())
        });
        let about = |folded: &str| -> Vec<&crate::aliases::AliasDoc> {
            known
                .iter()
                .copied()
                .filter(|e| {
                    e.topic
                        .iter()
                        .any(|t| folded.contains(&format!(" {} ", fold_words(t))))
                })
                .collect()
        };
        let f = &found[i];
        // (The subject after it, up to the next reference: `Nghị quyết số 21-NQ/TW về công tác
        // dân số ... và Nghị quyết số 21-NQ/TW của Bộ Chính trị về ... bảo hiểm y tế`.)
        let from = f.attr_end.max(f.end);
        let next = found.get(i + 1).map_or(text.len(), |g| g.start.max(from));
        let after = &text[from..next];
        let after = &after[..after.find(['\n', ';', '.']).unwrap_or(after.len())];
        let subject = f.desc.title.clone().or_else(|| {
            let folded = fold_words(after);
            folded.starts_with("ve ").then_some(folded)
        });
        // (Another mention of the number dates it: the text names that one, unless this one's
        // own subject names another of the table's.)
        if dated_elsewhere {
            let own_subject =
                subject
                    .as_ref()
                    .and_then(|t| match &about(&format!(" {} ", fold_words(t)))[..] {
                        [one] => Some(*one),
                        _ => None,
                    });
            if let Some(one) = own_subject {
                readings.push((i, Reading::One(one)));
            }
            continue;
        }
        if let Some(one) = board_pick {
            readings.push((i, Reading::One(one)));
            continue;
        }
        let explicit = subject.is_some();
        let reading = match subject {
            Some(subject) => match &about(&format!(" {} ", fold_words(&subject)))[..] {
                [one] => Reading::One(one),
                [] => Reading::Another,
                _ => Reading::Either(known),
            },
            None => {
                let (a, b) = sentence_bounds(text.as_bytes(), f.start, f.end);
                match &about(&format!(" {} ", fold_words(&text[a..b])))[..] {
                    [one] => Reading::One(one),
                    [] => {
                        let all =
                            folded_text.get_or_insert_with(|| format!(" {} ", fold_words(text)));
                        match &about(all)[..] {
                            [one] => Reading::One(one),
                            _ => Reading::Either(known),
                        }
                    }
                    _ => Reading::Either(known),
                }
            }
        };
        readings.push((i, reading));
        if explicit {
            subject_read.push(i);
        }
    }
    // (One text, one document of a number: a mention its own subject decided speaks for the
    // mentions of its number that only their sentence or the whole text read, `... Nghị quyết
    // số 26-NQ/TW về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An ... thực hiện Nghị quyết số
    // 26-NQ/TW với đội ngũ cán bộ các cấp`.)
    let decided: Vec<(usize, &crate::aliases::AliasDoc)> = readings
        .iter()
        .filter(|(i, _)| subject_read.contains(i))
        .filter_map(|(i, r)| match r {
            Reading::One(e) => Some((*i, *e)),
            _ => None,
        })
        .collect();
    for (i, reading) in readings.iter_mut() {
        if subject_read.contains(i) {
            continue;
        }
        let mut by_subject = decided
            .iter()
            .filter(|(j, _)| same_code(&found[*j], &found[*i]))
            .map(|(_, e)| *e);
        if let (Some(e), None) = (by_subject.next(), by_subject.next()) {
            *reading = Reading::One(e);
        }
    }
    // (One text, one document of a number: a subject that is none of the table's speaks for
    // every mention of its number.)
    let another: Vec<usize> = readings
        .iter()
        .filter(|(_, r)| matches!(r, Reading::Another))
        .map(|&(i, _)| i)
        .collect();
    for (i, reading) in readings {
        if another.iter().any(|&j| same_code(&found[j], &found[i])) {
            continue;
        }
        let f = &mut found[i];
        match reading {
            Reading::One(e) => {
                let e = crate::aliases::to_desc(e);
                f.desc.date = e.date;
                f.desc.year = e.year;
                f.desc.term = e.term;
                if f.desc.issuer.is_none() {
                    f.desc.issuer = e.issuer;
                }
            }
            Reading::Either(known) => {
                f.alias = known.into_iter().map(crate::aliases::to_desc).collect()
            }
            Reading::Another => {}
        }
    }
}

/// One text names one Party document by one number and symbol: `Thực hiện Đề án số 01-ĐA/TU về ...`
/// and, further on, `Đề án số 01-ĐA/TU ngày 18/01/2013 của Thành ủy Pleiku` (a city's Party
/// committee, whose symbol is a province's `TU`). A reference written without its issuer or
/// place (`placed` false) takes them, and its date when it has none, from the references of
/// the same number and symbol that write them, when those agree on all three and no year
/// tells the two apart. Not the number of the text's `own` document: the text may cite
/// another's of the same number (`Kế hoạch số 45/KH-UBND ... của UBND tỉnh Quảng Nam` in a
/// Lạng Sơn plan 45/KH-UBND), and its own bare number is its own.
fn share_placed_number(found: &mut [Found], placed: &[bool], own: Option<&DocDesc>) {
    // (Only a Party document's: State bodies number theirs anew each year, and a news item may
    // report `Kế hoạch 38/KH-UBND` of 2019 and of 2020, one without its year. And not a
    // central one's, whose symbol tells its scope.)
    let local_party = |d: &DocDesc| {
        d.system == Some(System::Party)
            && d.symbol
                .as_deref()
                .is_some_and(|s| !s.is_empty() && registry::symbol_is_central(s) != Some(true))
    };
    let wanting: Vec<bool> = found
        .iter()
        .zip(placed)
        .map(|(f, &p)| !p && f.form != RefForm::Title && local_party(&f.desc))
        .collect();
    if !wanting.contains(&true) || !placed.contains(&true) {
        return;
    }
    let key_of = |d: &DocDesc| -> Option<(String, String)> {
        Some((
            d.number.as_deref()?.trim_start_matches('0').to_string(),
            fold_words(d.symbol.as_deref()?),
        ))
    };
    let own_key = own.and_then(key_of);
    let keys: Vec<Option<(String, String)>> = found
        .iter()
        .map(|f| {
            local_party(&f.desc)
                .then(|| key_of(&f.desc))
                .flatten()
                .filter(|k| Some(k) != own_key.as_ref())
        })
        .collect();
    for i in 0..found.len() {
        let Some(k) = keys[i].as_ref().filter(|_| wanting[i]) else {
            continue;
        };
        let donors: Vec<usize> = (0..found.len())
            .filter(|&j| j != i && placed[j] && keys[j].as_ref() == Some(k))
            .collect();
        let Some(&first) = donors.first() else {
            continue;
        };
        let first = found[first].desc.clone();
        let same = |j: &usize| {
            let d = &found[*j].desc;
            d.scope == first.scope
                && d.issuer == first.issuer
                && d.year == first.year
                && d.date == first.date
        };
        if !donors.iter().all(same)
            || found[i].desc.year.is_some_and(|y| first.year != Some(y))
            || !first.scope.as_ref().is_some_and(Scope::is_known)
        {
            continue;
        }
        let d = &mut found[i].desc;
        d.scope = first.scope;
        d.issuer = first.issuer;
        d.system = first.system.or(d.system);
        if d.date.is_none() && d.year.is_none() {
            d.date = first.date;
            d.year = first.year;
        }
    }
}

/// One text names one central Party document by one number and symbol: `sơ kết 5 năm thực
/// hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII ...` and, further on, `Chỉ thị 05-CT/TW`.
/// A mention with neither date, year nor term takes them from the mentions of the same number
/// and symbol that give them, when those agree (a text that names the 29-NQ/TW of 2013 and that
/// of 2022 leaves a bare `29-NQ/TW` undecided). Not the text's own number.
fn share_central_term(found: &mut [Found], own: Option<&DocDesc>) {
    let central_party = |d: &DocDesc| {
        d.system == Some(System::Party)
            && d.scope == Some(Scope::Central)
            && d.symbol
                .as_deref()
                .is_some_and(|s| registry::symbol_is_central(s) == Some(true))
    };
    let bare = |d: &DocDesc| d.date.is_none() && d.year.is_none() && d.term.is_none();
    if !found
        .iter()
        .any(|f| f.form != RefForm::Title && central_party(&f.desc) && bare(&f.desc))
    {
        return;
    }
    let key_of = |d: &DocDesc| -> Option<(String, String)> {
        Some((
            d.number.as_deref()?.trim_start_matches('0').to_string(),
            d.symbol.clone()?,
        ))
    };
    let own_key = own.and_then(key_of);
    // (Each reference's key, once: central Party references only.)
    let keys: Vec<Option<(String, String)>> = found
        .iter()
        .map(|f| {
            (f.form != RefForm::Title && central_party(&f.desc))
                .then(|| key_of(&f.desc))
                .flatten()
        })
        .collect();
    for i in 0..found.len() {
        if !bare(&found[i].desc) {
            continue;
        }
        let Some(k) = keys[i].as_ref().filter(|k| Some(*k) != own_key.as_ref()) else {
            continue;
        };
        // (Donors write their number and symbol: a short form's symbol is inferred.)
        let donors: Vec<&DocDesc> = found
            .iter()
            .zip(&keys)
            .filter(|(f, ok)| f.form == RefForm::Full && ok.as_ref() == Some(k) && !bare(&f.desc))
            .map(|(f, _)| &f.desc)
            .collect();
        let Some(first) = donors.first() else {
            continue;
        };
        if !donors
            .iter()
            .all(|o| (&o.date, o.year, &o.term) == (&first.date, first.year, &first.term))
        {
            continue;
        }
        let (date, year, term, issuer) = (
            first.date.clone(),
            first.year,
            first.term.clone(),
            first.issuer.clone(),
        );
        let d = &mut found[i].desc;
        d.date = date;
        d.year = year;
        d.term = term;
        if d.issuer.is_none() {
            d.issuer = issuer;
        }
    }
}

/// Whether `at` is inside a web address (`http://.../ViewFullText?DocumentNo=115/2010/N%C4%90-CP`):
/// its words and numbers are the site's, not the text's.
fn in_url(text: &str, at: usize) -> bool {
    let floor = at.saturating_sub(400);
    let token_start = text.as_bytes()[floor..at]
        .iter()
        .rposition(|b| b.is_ascii_whitespace())
        .map_or(floor, |i| floor + i + 1);
    let token = &text.as_bytes()[token_start..at];
    memchr::memmem::find(token, b"://").is_some() || token.starts_with(b"www.")
}

/// Laws the text cites by name, as `Luật Đất đai năm 2013` or `Luật Tổ chức chính quyền địa
/// phương ngày 19 tháng 6 năm 2015` (a province's decision opens with such `Căn cứ` lines), and
/// that the law table ([`AliasTable::laws_named_at`]) knows with that date or year: references
/// by title, with the law's number. A date the table does not give the name is no reference:
/// which law is meant is not certain. A name followed by its number is read as a numbered
/// reference. A name with no date or year after it that closes its item of a `Căn cứ` clause
/// (`Căn cứ Luật Tổ chức HĐND và UBND;`) in a document dated `own_date` is the law of that name
/// in force then: the table's last before it, passed more than a year before (a law takes
/// effect months after it is passed; within the year the text may mean either; for a document
/// that gives only its year, `own_date` is the year's last day, and the law must have been
/// passed two years before it, so that it was in force all that year); in the
/// description of a dated document before it in the clause, the last passed before that
/// document (a decree that carries out a law is issued after it). Elsewhere it is
/// no reference (`kinh phí thực hiện theo quy định của Luật Ngân sách nhà nước`: whichever law
/// is in force when the money is spent). A name the table knows dated otherwise than the text
/// dates it goes to `misses`.
fn laws_by_name(
    text: &str,
    aliases: &AliasTable,
    found: &[Found],
    own_date: Option<(&str, i32)>,
    misses: &mut Vec<LawMiss>,
) -> Vec<Found> {
    let mut out: Vec<Found> = vec![];
    let bytes = text.as_bytes();
    // (`uật` of a law's type word; `Pháp lệnh` of an ordinance's, marked by the top bit: one
    // vectorised pass finds both, in order.)
    const ORDINANCE: usize = 1 << (usize::BITS - 1);
    static WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(["uật", "UẬT", "Pháp lệnh", "PHÁP LỆNH"])
            .expect("law words compile")
    });
    let hits: Vec<usize> = WORDS
        .find_iter(bytes)
        .map(|m| {
            if m.pattern().as_usize() >= 2 {
                m.start() | ORDINANCE
            } else {
                m.start()
            }
        })
        .collect();
    if hits.is_empty() {
        return out;
    }
    // The end of the last law read as what the text carries out ([`carries_out`]).
    let mut carried_before: Option<usize> = None;
    for u in hits {
        let word = if u & ORDINANCE != 0 {
            ordinance_type_word(text, u & !ORDINANCE)
        } else {
            law_type_word(text, u)
        };
        let Some((start, after, doc_type)) = word else {
            continue;
        };
        if found
            .iter()
            .chain(&out)
            .any(|f| f.start <= start && start < f.end)
            || misses
                .last()
                .is_some_and(|m| m.start <= start && start < m.end)
        {
            continue;
        }
        // (`Văn bản hợp nhất số 07/VBHN-VPQH Luật Sở hữu trí tuệ ngày ...`: the name is the
        // consolidated text's title, see [`consolidated_title`].)
        if found.iter().any(|f| {
            f.end <= start
                && is_consolidation(&f.desc)
                && text[f.end..start]
                    .trim_start_matches([' ', '\t', '“', '"'])
                    .is_empty()
        }) {
            continue;
        }
        let exact = aliases.laws_named_at(text, after, doc_type);
        // (An amending law's name that goes on past a shorter one's: `Luật Sửa đổi, bổ sung một
        // số điều của Luật Chứng khoán, Luật Kế toán, ... ngày 29 tháng 11 năm 2024` is not the
        // law of 2010 that amended only the first.)
        let amending = exact
            .as_ref()
            .is_some_and(|&(end, _)| fold_words_starts_with(&text[after..end], "sua doi"));
        let named = match exact {
            Some((end, _)) if amending => nearly_named(text, aliases, after, doc_type)
                .filter(|&(e, _)| e > end)
                .or(exact),
            Some(_) => exact,
            None => nearly_named(text, aliases, after, doc_type),
        };
        let Some((end, candidates)) = named else {
            continue;
        };
        // What the text carries out; also the next law of its list: `Thực hiện Luật Đầu tư
        // công, Luật Ngân sách nhà nước, Chỉ thị số 20/CT-TTg ...`.
        let chain = carries_out(text, start)
            || carried_before.is_some_and(|e| {
                // (Also in a title in capitals: `... THI HÀNH LUẬT PHÒNG CHÁY VÀ CHỮA CHÁY VÀ
                // LUẬT SỬA ĐỔI, BỔ SUNG ...`.)
                matches!(
                    text[e..start].trim_matches([' ', '\t', '\n', '\r']),
                    "," | "và" | ", và" | ";" | "VÀ" | ", VÀ"
                )
            });
        // (The table's laws of the name, when the text dates it otherwise: for the diagnostic.)
        let mut dated_otherwise: Option<(String, Vec<&DocDesc>)> = None;
        let fits: Vec<&DocDesc> = match law_when(text, aliases, end, 0) {
            LawWhen::Date(d) => {
                let fits: Vec<&DocDesc> = candidates
                    .iter()
                    .copied()
                    .filter(|c| c.date.as_deref() == Some(d.as_str()))
                    .collect();
                if fits.is_empty() {
                    dated_otherwise = Some((d, candidates));
                }
                fits
            }
            LawWhen::Year(y) => candidates
                .into_iter()
                .filter(|c| c.year == Some(y))
                .collect(),
            // (The last of that name before the amendment; one the table knows.)
            LawWhen::AmendedOn(d) => {
                let before: Vec<&DocDesc> = candidates
                    .into_iter()
                    .filter(|c| c.date.as_deref().is_some_and(|x| x < d.as_str()))
                    .collect();
                let last = before.iter().filter_map(|c| c.date.as_deref()).max();
                before
                    .into_iter()
                    .filter(|c| c.date.as_deref() == last)
                    .collect()
            }
            LawWhen::Unknown => {
                // (Or an item after the first of a `Căn cứ` line's list, `Căn cứ Nghị định số
                // 77/2015/NĐ-CP ...; Nghị định số 136/2015/NĐ-CP ... hướng dẫn thi hành một số
                // điều của Luật Đầu tư công;`: the item is the clause.)
                let basis = basis_clause(text, start)
                    .or_else(|| {
                        let line = text[..start].rfind('\n').map_or(0, |i| i + 1);
                        let item = clause_start(text, start, line);
                        (item > line
                            && text.as_bytes()[item - 1] == b';'
                            && fold_words_starts_with(text[line..item].trim_start(), "can cu"))
                        .then_some(item)
                    })
                    .filter(|_| closes_item(&text[end..]));
                // (`Kế hoạch triển khai thi hành Luật Thực hiện dân chủ ở cơ sở`: a document
                // carries out a law already passed, the last of that name.)
                let carried = basis.is_none() && chain && name_ends(&text[end..]);
                let from = match basis {
                    Some(from) => from,
                    None if carried => clause_start(text, start, 0),
                    None => continue,
                };
                // (`Căn cứ Nghị định số 75/2006/NĐ-CP ngày 02/8/2006 ... hướng dẫn thi hành một
                // số điều của Luật Giáo dục;`: the law the decree carries out, the last passed
                // before it.)
                let by = found
                    .iter()
                    .rfind(|f| from <= f.start && f.start < start)
                    .and_then(|f| match law_when(text, aliases, f.end, 4) {
                        LawWhen::Date(d) => Some(d),
                        LawWhen::Year(y) => Some(format!("{y:04}-12-31")),
                        _ => f.desc.year.map(|y| format!("{y:04}-12-31")),
                    });
                // (What carries a law out needs it passed, not in force: a year less.)
                let margin = |m: i32| if carried { m - 12 } else { m };
                match (by.as_deref(), own_date) {
                    (Some(d), _) => in_force_on(candidates, d, 0),
                    (None, Some((d, m))) => in_force_on(candidates, d, margin(m)),
                    (None, None) => continue,
                }
            }
        };
        let (end, fits) = match fits[..] {
            [] => match nearly_named(text, aliases, after, doc_type) {
                Some((end, candidates)) => (end, candidates),
                None => {
                    // (`Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ
                    // chức chính quyền địa phương ngày 27 tháng 11 năm 2019`, passed on 22
                    // November: a slip of the text, or a law the table lacks; said, not linked.)
                    if let Some((d, known)) = dated_otherwise {
                        misses.push(LawMiss {
                            start,
                            end,
                            date: d,
                            known: known.into_iter().cloned().collect(),
                        });
                    }
                    continue;
                }
            },
            _ => (end, fits),
        };
        let [desc] = fits[..] else {
            continue;
        };
        if amended_by_the_law_before(text, start) {
            continue;
        }
        carried_before = chain.then_some(end);
        out.push(Found {
            start,
            end,
            form: RefForm::Title,
            desc: desc.clone(),
            // (Decided: no candidates to keep, as for a congress's resolution.)
            alias: vec![],
            alias_decided: true,
            attr_end: end,
            is_definition: false,
        });
    }
    out
}

/// A law the text names and dates, which the law table knows by that name with other dates
/// only ([`laws_by_name`]): no reference, a diagnostic.
pub(crate) struct LawMiss {
    /// The name's bytes in the text.
    start: usize,
    end: usize,
    /// The text's date (ISO).
    date: String,
    /// The table's laws of that name.
    known: Vec<DocDesc>,
}

/// The constitutions (Hiến pháp) the National Assembly adopted: the year that names each,
/// the day it was adopted, and the day it took effect (Hiến pháp 2013: adopted 28/11/2013, in
/// force from 1/1/2014; the 1992 one was amended in 2001 and the 2013 one in 2025 by
/// resolutions, which are documents of their own).
const CONSTITUTIONS: &[(i32, &str, &str)] = &[
    (1946, "1946-11-09", "1946-11-09"),
    (1959, "1959-12-31", "1960-01-01"),
    (1980, "1980-12-18", "1980-12-18"),
    (1992, "1992-04-15", "1992-04-18"),
    (2013, "2013-11-28", "2014-01-01"),
];

/// The constitution in force on `date` (ISO), by [`CONSTITUTIONS`].
fn constitution_in_force(date: &str) -> Option<i32> {
    CONSTITUTIONS
        .iter()
        .rfind(|(_, _, from)| *from <= date)
        .map(|(y, _, _)| *y)
}

/// The constitution a text cites: `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm
/// 2013`, `Hiến pháp năm 1992`, `Hiến pháp 2013`, a document known by its title (numbered
/// [`crate::resolve::constitution_number`]). Without a year, only as an item of a `Căn cứ`
/// clause (`Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;`, which opens every law
/// and decree), the one in force on the document's date, or all the year of a document that
/// gives its year alone; elsewhere a constitution named without its year is no reference
/// (`bảo vệ Hiến pháp`).
fn constitutions(
    text: &str,
    found: &[Found],
    own_date: Option<&str>,
    own_year: Option<i32>,
) -> Vec<Found> {
    // (Two passes of a substring search, each at memory speed: a pattern automaton over the
    // three spellings found its candidates by bytes that Vietnamese text is full of.)
    static LOWER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("iến pháp"));
    static UPPER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("IẾN PHÁP"));
    let mut hits: Vec<(usize, usize)> = LOWER
        .find_iter(text.as_bytes())
        .map(|i| (i, "iến pháp".len()))
        .chain(
            UPPER
                .find_iter(text.as_bytes())
                .map(|i| (i, "IẾN PHÁP".len())),
        )
        .filter(|&(i, _)| i > 0 && matches!(text.as_bytes()[i - 1], b'H' | b'h'))
        .map(|(i, n)| (i - 1, i + n))
        .collect();
    if hits.is_empty() {
        return vec![];
    }
    hits.sort_unstable();
    let mut out = vec![];
    for (start, end) in hits {
        let mut end = end;
        if char_before(text, start).is_some_and(char::is_alphanumeric)
            || text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            || found.iter().any(|f| f.start <= start && start < f.end)
        {
            continue;
        }
        // `nước Cộng hòa xã hội chủ nghĩa Việt Nam`, then `năm 2013` or `2013`.
        let words = |from: usize, n: usize| -> Vec<(usize, usize)> {
            let mut out = vec![];
            let mut i = from;
            while out.len() < n {
                let rest = &text[i..];
                let t = rest.trim_start_matches([' ', '\t', '\n']);
                let s = i + rest.len() - t.len();
                let w = t
                    .char_indices()
                    .find(|(_, c)| !c.is_alphanumeric())
                    .map_or(t.len(), |(k, _)| k);
                if w == 0 {
                    break;
                }
                out.push((s, s + w));
                i = s + w;
            }
            out
        };
        let folded = |(a, b): (usize, usize)| crate::normalize::fold(&text[a..b]);
        let nation = words(end, 9);
        let name: Vec<String> = nation.iter().map(|w| folded(*w)).collect();
        if name.join(" ") == "nuoc cong hoa xa hoi chu nghia viet nam" {
            end = nation[8].1;
        }
        let next = words(end, 2);
        let mut year: Option<i32> = None;
        let mut ys = next.iter();
        if let Some(&w) = ys.next() {
            let w = if folded(w) == "nam" {
                ys.next().copied()
            } else {
                Some(w)
            };
            if let Some((a, b)) = w {
                if let Ok(y) = text[a..b].parse::<i32>() {
                    if CONSTITUTIONS.iter().any(|(c, _, _)| *c == y) {
                        year = Some(y);
                        end = b;
                    } else {
                        // (A year no constitution has: not read.)
                        continue;
                    }
                }
            }
        }
        let year = match year {
            Some(y) => y,
            None => {
                // (`Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi,
                // bổ sung một số điều theo Nghị quyết số 203/2025/QH15;`: since the amendment
                // of 2025 the first basis of a law or resolution names the constitution so,
                // the one in force, as amended.)
                let rest = text[end..].trim_start_matches([' ', '\t', '\n']);
                let amended = ["da duoc sua doi", "duoc sua doi"]
                    .iter()
                    .any(|p| fold_words_starts_with(rest, p));
                if basis_clause(text, start).is_none() || !(amended || closes_item(&text[end..])) {
                    continue;
                }
                let in_force = match (own_date, own_year) {
                    (Some(d), _) => constitution_in_force(d),
                    (None, Some(y)) => constitution_in_force(&format!("{y:04}-01-01"))
                        .filter(|c| constitution_in_force(&format!("{y:04}-12-31")) == Some(*c)),
                    _ => None,
                };
                match in_force {
                    Some(y) => y,
                    None => continue,
                }
            }
        };
        let (_, adopted, _) = CONSTITUTIONS
            .iter()
            .find(|(c, _, _)| *c == year)
            .expect("a year of the table");
        out.push(Found {
            start,
            end,
            form: RefForm::Title,
            desc: DocDesc {
                doc_type: Some("Hiến pháp".into()),
                number: Some(crate::resolve::constitution_number(year)),
                symbol: Some(String::new()),
                system: Some(System::State),
                date: Some(adopted.to_string()),
                year: Some(year),
                issuer: Some("Quốc hội".into()),
                scope: Some(Scope::Central),
                title: Some(format!("Hiến pháp năm {year}")),
                normative: true,
                ..DocDesc::default()
            },
            alias: vec![],
            alias_decided: true,
            attr_end: end,
            is_definition: false,
        });
    }
    out
}

/// A long law's name the text at `after` spells nearly ([`AliasTable::laws_like_at`]), with
/// the law passed on the full date written after it: the name's end and that law.
fn nearly_named<'a>(
    text: &str,
    aliases: &'a AliasTable,
    after: usize,
    doc_type: &str,
) -> Option<(usize, Vec<&'a DocDesc>)> {
    let (end, candidates) = aliases.laws_like_at(text, after, doc_type)?;
    let LawWhen::Date(d) = law_when(text, aliases, end, 0) else {
        return None;
    };
    let fits: Vec<&DocDesc> = candidates
        .into_iter()
        .filter(|c| c.date.as_deref() == Some(d.as_str()))
        .collect();
    (!fits.is_empty()).then_some((end, fits))
}

/// The start of the clause that holds `at`, when it opens with `Căn cứ` (the legal bases of a
/// document).
fn basis_clause(text: &str, at: usize) -> Option<usize> {
    let mut floor = at.saturating_sub(800);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let from = clause_start(text, at, floor);
    // (Or the item's own line, after a title that ends with no stop: `Về việc ...` / `– Căn cứ
    // Luật ...;`.)
    let line = text[from..at].rfind('\n').map(|i| from + i + 1);
    [Some(from), line]
        .into_iter()
        .flatten()
        .find(|&s| crate::normalize::fold_words_starts_with(text[s..at].trim_start(), "can cu"))
}

/// Whether the words right before `at` say a document carries out what follows: `(triển
/// khai, hướng dẫn, tổ chức) thi hành`, `(triển khai) thực hiện`; not `theo`, `của`.
/// (Also through the part of it that is carried out: `quy định chi tiết thi hành một số điều
/// của Luật Lâm nghiệp`, `hướng dẫn một số điều của Luật ...`.)
fn carries_out(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(90);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let folded = fold_words(&text[from..at]);
    let mut ws = words_of(&folded);
    if ws.last() == Some(&"cua") {
        let parts = ws.iter().rev().take_while(|w| is_part_word(w)).count();
        ws.truncate(ws.len() - parts);
        // (Not guidance followed, `theo hướng dẫn ...`.)
        if ws.ends_with(&["huong", "dan"]) && !ws[..ws.len() - 2].ends_with(&["theo"]) {
            return true;
        }
    }
    ws.ends_with(&["thi", "hanh"]) || ws.ends_with(&["thuc", "hien"])
}

/// Whether a law's name read from the table ends where the text's does: at a stop, a line's
/// end, or a word that no name goes on with (`trên địa bàn`, `và`, `của`, `tại`, `cho`,
/// `trong`, `đến`); `Luật Đất đai sửa đổi` is not `Luật Đất đai`.
fn name_ends(rest: &str) -> bool {
    let t = rest.trim_start_matches([' ', '\t']);
    if closes_item(rest) || t.starts_with(['(', ')', '"', '”', ':']) {
        return true;
    }
    let word = t.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    matches!(
        word,
        "trên"
            | "và"
            | "của"
            | "tại"
            | "cho"
            | "trong"
            | "đến"
            | "TRÊN"
            | "VÀ"
            | "CỦA"
            | "TẠI"
            | "CHO"
            | "TRONG"
            | "ĐẾN"
    )
}

/// Whether a law's name is the whole item it is in: what follows it is the item's end (`;`,
/// `.`, the line's end) or a comma that no number follows.
fn closes_item(rest: &str) -> bool {
    let t = rest.trim_start_matches([' ', '\t']);
    // (`Luật Viên chức và Luật Xử lý vi phạm hành chính;`; `Căn cứ Luật Di sản văn hóa và Nghị
    // định số 92/2002/NĐ-CP ...`, another document; `... thi hành Luật Giao thông đường bộ và
    // các văn bản có liên quan`. Also after a line break a copy put before the `và`.)
    let va = t.strip_prefix("và ").or_else(|| {
        t.starts_with(['\n', '\r'])
            .then(|| {
                t.trim_start_matches(['\n', '\r', ' ', '\t'])
                    .strip_prefix("và ")
            })
            .flatten()
    });
    if let Some(next) = va {
        let next = next.trim_start();
        return ["Luật", "Bộ luật", "Pháp lệnh"]
            .iter()
            .any(|w| next.starts_with(w))
            || registry::DOC_TYPES
                .iter()
                .any(|d| next.starts_with(d.name) && d.name.starts_with(char::is_uppercase))
            || fold_words_starts_with(next, "cac van ban");
    }
    match t.as_bytes().first() {
        // (A line break a copy put inside the item, the name going on in small letters on the
        // next line, `Luật Ban hành văn bản quy phạm pháp luật` / `của UBND, HĐND ngày 03 tháng
        // 12 năm 2004`, closes nothing: it is read as one line.)
        Some(b'\n' | b'\r') => {
            let next = t.trim_start_matches(['\n', '\r', ' ', '\t']);
            !next.starts_with(char::is_lowercase)
        }
        None | Some(b';' | b'.') => true,
        Some(b',') => {
            let next = t[1..].trim_start();
            !(next.starts_with(|c: char| c.is_ascii_digit())
                || next.starts_with("số")
                || next.starts_with("ngày")
                || next.starts_with("năm"))
        }
        _ => false,
    }
}

/// The law, among `candidates` (of one name), in force on `date`: the last passed before it,
/// when that was more than `margin` months before `date` (none when it is newer: the one it
/// replaced may still be in force).
fn in_force_on<'a>(candidates: Vec<&'a DocDesc>, date: &str, margin: i32) -> Vec<&'a DocDesc> {
    let months = |d: &str| -> Option<i32> {
        Some(d.get(..4)?.parse::<i32>().ok()? * 12 + d.get(5..7)?.parse::<i32>().ok()?)
    };
    let Some(at) = months(date) else {
        return vec![];
    };
    let last = candidates
        .into_iter()
        .filter(|c| c.date.as_deref().is_some_and(|d| d < date))
        .max_by(|a, b| a.date.cmp(&b.date));
    last.into_iter()
        .filter(|c| {
            c.date
                .as_deref()
                .and_then(months)
                .is_some_and(|m| at - m >= margin)
        })
        .collect()
}

/// `Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư ... ngày 11 tháng 01
/// năm 2022`: a law named in an amending law's name, whose date is the amending law's.
fn amended_by_the_law_before(text: &str, start: usize) -> bool {
    amending_name_before(text, start, "sua doi")
}

/// Whether `start` is in the name of a law cited by its name, `Luật sửa đổi, bổ sung một số
/// điều của Luật Đất đai số 31/2024/QH15, ... ngày 29 tháng 6 năm 2024`, whose date is that
/// law's. (`Nghị định sửa đổi, bổ sung một số điều của Nghị định số 120/2020/NĐ-CP ngày 07
/// tháng 10 năm 2020` dates the decree it names.)
fn in_amending_law_name(text: &str, start: usize) -> bool {
    amending_name_before(text, start, "luat sua doi")
}

/// Whether `head` (`sua doi`), then `của`, come before `start` in its clause, and no date
/// between: `start` is in what an amending document's name lists.
fn amending_name_before(text: &str, start: usize, head: &str) -> bool {
    let mut from = start.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // (Its clause: copies from PDFs break the name across lines.)
    let window = &text[from..start];
    // (And at a line that opens a basis: a title that ends with an amending law's name, `...
    // CỦA LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁO DỤC ĐẠI HỌC`, runs into `Căn cứ Luật
    // Tổ chức Chính phủ ...` with no stop.)
    let basis_line = window
        .rmatch_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| fold_words_starts_with(window[i..].trim_start(), "can cu"));
    let from = [";", "\n\n", ".\n"]
        .iter()
        .filter_map(|e| window.rfind(e).map(|i| from + i + e.len()))
        .chain(basis_line.map(|i| from + i))
        .max()
        .unwrap_or(from);
    let before = fold_words(&text[from..start]);
    before.rfind(head).is_some_and(|i| {
        let tail = &before[i..];
        // (`..., Luật A, Luật B` after it: names of the same list.)
        !tail.contains(" ngay ") && (tail.ends_with(" cua") || tail.contains(" cua luat "))
    })
}

/// The type word of a law whose `uật` (or `UẬT`) is at `u`: where it starts, where its name
/// starts, and the type. `Luật` takes a capital (`pháp luật`, `luật này` are no names); `Bộ
/// luật` either case.
fn law_type_word(text: &str, u: usize) -> Option<(usize, usize, &'static str)> {
    let l = u.checked_sub(1)?;
    let first = text.as_bytes()[l];
    let before = text[..l].strip_suffix(' ');
    let bo = before
        .and_then(|b| b.strip_suffix("Bộ").or_else(|| b.strip_suffix("BỘ")))
        .filter(|b| !char_before(b, b.len()).is_some_and(char::is_alphanumeric));
    let (start, doc_type) = match (bo, first) {
        (Some(b), b'L' | b'l') => (b.len(), "Bộ luật"),
        (None, b'L') => (l, "Luật"),
        _ => return None,
    };
    // (`- 1Luật ngân sách nhà nước 2015`: a database's list index glued on.)
    if char_before(text, start).is_some_and(char::is_alphanumeric) && !glued_list_index(text, start)
    {
        return None;
    }
    let name = name_after_type_word(text, u + "uật".len())?;
    Some((start, name, doc_type))
}

/// Where the name starts after a law's or an ordinance's type word ending at `after`: one
/// space or line break (up to three characters of them), then the name.
fn name_after_type_word(text: &str, after: usize) -> Option<usize> {
    let gap = text[after..].len()
        - text[after..]
            .trim_start_matches([' ', '\t', '\n', '\r'])
            .len();
    (gap > 0 && gap <= 3).then_some(after + gap)
}

/// The type word of an ordinance (`Pháp lệnh`, `PHÁP LỆNH`, a capital: `pháp lệnh` is the
/// kind of text) at `p`: where it starts, where its name starts, and the type.
fn ordinance_type_word(text: &str, p: usize) -> Option<(usize, usize, &'static str)> {
    if char_before(text, p).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let name = name_after_type_word(text, p + "Pháp lệnh".len())?;
    Some((p, name, "Pháp lệnh"))
}

/// When a law named just before `at` was passed, as the words after its name say.
enum LawWhen {
    Date(String),
    Year(i32),
    /// `Luật Tổ chức chính quyền địa phương đã được sửa đổi, bổ sung ngày 22/11/2019`: the
    /// amendment's date (or year), after which the law was passed.
    AmendedOn(String),
    /// No date nor year; or its number follows, which the numbered reference reads.
    Unknown,
}

/// What follows a law's name at `at`: a date (`ngày 19 tháng 6 năm 2015`, `ngày 19/6/2015`), a
/// year (`năm 2013`, `2013`), or another law whose date both share (`Luật Tổ chức Chính phủ và
/// Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`).
fn law_when(text: &str, aliases: &AliasTable, at: usize, depth: usize) -> LawWhen {
    let mut end = (at + 120).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[at..end];
    if let Some(c) = ATTR_DATE_WORDS
        .captures(rest)
        .or_else(|| ATTR_DATE.captures(rest))
    {
        return iso_date(&c["d"], &c["m"], &c["y"]).map_or(LawWhen::Unknown, LawWhen::Date);
    }
    if let Some(c) = ATTR_YEAR.captures(rest) {
        return c["y"].parse().map_or(LawWhen::Unknown, LawWhen::Year);
    }
    static BARE_YEAR: LazyLock<regex::Regex> = LazyLock::new(|| {
        // (A full stop after the year ends the sentence, `... hướng dẫn Luật Lâm nghiệp 2017.`;
        // not `2017.5`.)
        regex::Regex::new(r"^[ \t]+((?:19|20)[0-9]{2})(?:[^0-9/.\-]|\.(?:\s|$)|$)")
            .expect("compiles")
    });
    if let Some(c) = BARE_YEAR.captures(rest) {
        return c[1].parse().map_or(LawWhen::Unknown, LawWhen::Year);
    }
    // `Luật Đất đai được Quốc hội thông qua ngày 29/11/2013`, `... được Quốc hội khóa XI, kỳ
    // họp thứ 6 thông qua ngày 03/12/2004`: the day it was passed, the date the table gives.
    static PASSED: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"^[ \t\n,]*(?:đã |đều )?(?:được|do)[ \t\n]+(?:Quốc hội|QUỐC HỘI|Ủy ban [Tt]hường vụ Quốc hội|Uỷ ban [Tt]hường vụ Quốc hội)[^;.\n]{0,60}?(?:thông qua|THÔNG QUA)(?:[ \t\n]+vào)?",
        )
        .expect("compiles")
    });
    if depth < 4 {
        if let Some(m) = PASSED.find(rest) {
            return law_when(text, aliases, at + m.end(), depth + 1);
        }
    }
    // (`đã được sửa đổi, bổ sung ngày 22/11/2019`, `được sửa đổi, bổ sung năm 2017, 2019`: the
    // first amendment's date or year; `2019-00-00` stands for a year, before any of its days.)
    if depth == 0 {
        let t = rest.trim_start_matches([' ', '\t', '\n', ',']);
        let folded = fold_words(t);
        let amended = ["da duoc sua doi bo sung ", "duoc sua doi bo sung "]
            .iter()
            .find_map(|p| folded.strip_prefix(p));
        if let Some(after) = amended {
            let ws: Vec<&str> = after.split(' ').take(6).collect();
            let date = match ws[..] {
                // (Folded words: `22/11/2019` reads `22 11 2019`.)
                ["ngay", d, "thang", m, "nam", y, ..] | ["ngay", d, m, y, ..] => iso_date(d, m, y),
                _ => None,
            };
            let year = match ws[..] {
                ["nam", y, ..] | [y, ..] if y.len() == 4 && y.starts_with(['1', '2']) => {
                    y.parse::<i32>().ok().map(|y| format!("{y:04}-00-00"))
                }
                _ => None,
            };
            if let Some(d) = date.or(year) {
                return LawWhen::AmendedOn(d);
            }
        }
    }
    // (`Luật A, Luật B và Luật C ngày ...`.)
    if depth < 4 {
        let next = rest.trim_start_matches([' ', '\t', '\n', ',']);
        let next = next
            .strip_prefix("và ")
            .map_or(next, |n| n.trim_start_matches([' ', '\t', '\n']));
        let n = at + (rest.len() - next.len());
        for (word, doc_type) in [("Luật", "Luật"), ("Bộ luật", "Bộ luật")] {
            if let Some(name) = next.strip_prefix(word) {
                let name = name.trim_start_matches([' ', '\t', '\n']);
                let from = n + (next.len() - name.len());
                if let Some((e, _)) = aliases.laws_named_at(text, from, doc_type) {
                    return law_when(text, aliases, e, depth + 1);
                }
            }
        }
    }
    LawWhen::Unknown
}

/// `Luật Ngân sách nhà nước số 01/2002/QH11 ngày ...; số 83/2015/QH13 ngày ...`: an item of a
/// list written as `số` and a number alone (after `;`, `,` or `và`) is of the type of the item
/// before it, when both are numbered in the same system.
fn share_list_types(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (a, b) = (&found[i - 1], &found[i]);
        if b.form != RefForm::Full || b.desc.doc_type.is_some() || a.desc.doc_type.is_none() {
            continue;
        }
        if a.desc.system != b.desc.system || a.desc.normative != b.desc.normative {
            continue;
        }
        let gap = text[a.attr_end.max(a.end).min(b.start)..b.start].trim();
        let gap = gap.strip_suffix(':').unwrap_or(gap).trim_end();
        let Some(sep) = gap.strip_suffix("số") else {
            continue;
        };
        if matches!(sep.trim(), ";" | "," | "và") {
            found[i].desc.doc_type = found[i - 1].desc.doc_type.clone();
        }
    }
}

/// Where the citing text stands: its province and, for a district body's text, its district.
#[derive(Debug, Clone, Copy, Default)]
pub struct Home<'a> {
    pub province: Option<&'a str>,
    pub district: Option<&'a str>,
}

/// The resolution a [`CONGRESS_REF`] match names: the national congress's (its closing day,
/// [`registry::TERMS`], is the resolution's date), or a province's (the province named, else the
/// text's; none known, none made: two provinces' resolutions of congresses of one number would
/// be one document). Its number is [`crate::resolve::congress_number`], which the graph shows
/// as none.
fn congress_resolution(text: &str, c: &Captures, home: Home) -> Option<DocDesc> {
    let n = c["n"].to_uppercase();
    let national = c.name("nat").is_some() || c.name("cd").is_some() && c.name("bo").is_none();
    let base = DocDesc {
        doc_type: Some("Nghị quyết".into()),
        number: Some(crate::resolve::congress_number(&n)),
        symbol: Some(String::new()),
        system: Some(System::Party),
        ..DocDesc::default()
    };
    if national && c.name("prov").is_none() {
        let date = registry::TERMS
            .iter()
            .find(|(t, _)| *t == n)
            .map(|(_, d)| *d)?;
        return Some(DocDesc {
            date: Some(date.to_string()),
            year: date[..4].parse().ok(),
            term: Some(n.clone()),
            issuer: Some(format!("Đại hội đại biểu toàn quốc lần thứ {n} của Đảng")),
            scope: Some(Scope::Central),
            title: Some(format!("Đại hội đại biểu toàn quốc lần thứ {n} của Đảng")),
            ..base
        });
    }
    // (`Nghị quyết Đại hội XVII của Đảng bộ tỉnh`: the text's province's.)
    let province = match (c.name("prov"), c.name("bt")) {
        (Some(prov), _) => match c.name("pname").map(|p| p.as_str().trim()) {
            // (`Đảng bộ thành phố Thủ Dầu Một`: a city under a province; so is `thành phố Lạng
            // Sơn`, the capital of the province of that name, which is no city itself.)
            Some(p) if fold_words(prov.as_str()).ends_with("thanh pho") => {
                match registry::province_named(p).filter(|p| registry::is_city(p)) {
                    Some(p) => p,
                    None => return district_congress(text, c, Some("thành phố"), p, home, base),
                }
            }
            Some(p) => registry::province_named(p)?,
            None if fold_words(prov.as_str()).ends_with("tinh") => home.province?,
            // (`Đảng bộ thành phố` alone: the text's, when it is a centrally-run city; in
            // another province's text, one of its cities', a district-level body.)
            None => home.province.filter(|h| registry::is_city(h))?,
        },
        (None, Some(_)) => home.province?,
        (None, None) => {
            let kind = c.name("dkind").map(|k| k.as_str());
            return match c.name("dname") {
                Some(name) => district_congress(text, c, kind, name.as_str(), home, base),
                // (`Đảng bộ huyện` alone: the text's own district's.)
                None => {
                    let district = home.district.filter(|d| !registry::is_commune(d))?;
                    kind?;
                    district_congress(text, c, kind, district, home, base)
                }
            };
        }
    };
    let year = congress_year(text, c);
    let body = if registry::is_city(province) {
        "thành phố"
    } else {
        "tỉnh"
    };
    let name = format!("Đại hội đại biểu Đảng bộ {body} {province} lần thứ {n}");
    Some(DocDesc {
        year,
        term: Some(n.clone()),
        issuer: Some(name.clone()),
        scope: Some(Scope::Province(province.to_string())),
        title: Some(name),
        ..base
    })
}

/// `..., nhiệm kỳ 2020 - 2025` after a congress's resolution: the congress's year.
fn congress_year(text: &str, c: &Captures) -> Option<i32> {
    let m = c.get(0).expect("whole match");
    let after = &text[m.end()..];
    let after = &after[..after.char_indices().nth(40).map_or(after.len(), |(i, _)| i)];
    static TERM_YEARS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^[\s,(]*(?i:nhiệm\s+kỳ)\s+((?:19|20)[0-9]{2})").expect("compiles")
    });
    TERM_YEARS.captures(after).and_then(|y| y[1].parse().ok())
}

/// The resolution of a district's Party congress (`Nghị quyết Đại hội Đảng bộ huyện Thủy Nguyên
/// lần thứ XXIII`, `Đảng bộ Thủy Nguyên` without its kind): only a district the list of
/// district-level units knows (`Đảng bộ Khối các cơ quan tỉnh` is none), in the text's province
/// or the one province that has it ([`registry::district_province`]). A district's congresses
/// are numbered on their own: its scope tells them from the province's.
fn district_congress(
    text: &str,
    c: &Captures,
    kind: Option<&str>,
    name: &str,
    home: Home,
    base: DocDesc,
) -> Option<DocDesc> {
    let n = c["n"].to_uppercase();
    let kind = kind.map(registry::district_kind);
    let words: Vec<&str> = name.split_whitespace().collect();
    let name = words.join(" ");
    let name = if name.chars().all(|c| !c.is_lowercase()) {
        registry::title_case(&name)
    } else {
        name
    };
    let known = registry::district_provinces(kind.unwrap_or("huyện"), &name);
    if known.is_empty() && (kind.is_none() || home.district != Some(name.as_str())) {
        return None;
    }
    let province =
        registry::district_province(kind.unwrap_or("huyện"), &name, None, home.province)?;
    let issuer = match kind {
        Some(k) => format!("Đại hội đại biểu Đảng bộ {k} {name} lần thứ {n}"),
        None => format!("Đại hội đại biểu Đảng bộ {name} lần thứ {n}"),
    };
    Some(DocDesc {
        year: congress_year(text, c),
        term: Some(n),
        issuer: Some(issuer.clone()),
        scope: Some(Scope::District {
            province: Some(province.to_string()),
            district: name,
        }),
        title: Some(issuer),
        ..base
    })
}

/// The type word a full reference is written with, capitalised (`Nghị quyết` of `Nghị quyết số
/// 32/2007/NĐ-CP`), when a State symbol's letters name another type; not a `Công văn` or `Văn
/// bản`, whose letters are its issuer's.
fn written_type_against_letters(surface: &str, desc: &DocDesc) -> Option<&'static str> {
    let read = desc.doc_type.as_deref()?;
    // (Most are written with the word of their letters' type.)
    if desc.system != Some(System::State) || surface.starts_with(read) {
        return None;
    }
    let d0 = surface.bytes().position(|b| b.is_ascii_digit())?;
    // (Only letters written there contradict the word: `Đề án 1675`, a short form the text
    // defined for `Quyết định số 1675/QĐ-TTg ... (sau đây được gọi là Đề án 1675)`, names the
    // decision by what it approves.)
    if !surface[d0..].contains(['/', '-']) {
        return None;
    }
    let c = patterns::FULL_REF_PREFIX.captures(&surface[..d0])?;
    // (Capitalised: `Văn bản quy phạm pháp luật` / `07/2021/NQ-HĐND` is no `luật`.)
    let word = c.name("tw")?.as_str();
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let said = registry::type_by_word(word)?;
    (said != read && !matches!(said, "Công văn" | "Văn bản")).then_some(said)
}

/// The issuer of the group of documents an item is singled out of, within its clause: `các
/// Chỉ thị liên quan đến công tác thi hành án dân sự của Ban Thường vụ Tỉnh ủy đặc biệt là` /
/// `Chỉ thị số 33`: the Tỉnh ủy's directives, and 33 one of them (not the Secretariat's
/// 33-CT/TW). The group is of the item's own type (`các chỉ thị`), its issuer after `của`, and
/// the item follows `đặc biệt là`, `nhất là` or `trong đó có`.
fn group_issuer(text: &str, at: usize, doc_type: &str, home: Home) -> Option<registry::Issuer> {
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    // The clause's words as written, and each word folded on its own (`ủy,` → `uy`).
    let words: Vec<&str> = text[clause_start(text, at, line)..at]
        .split_whitespace()
        .collect();
    let folded: Vec<String> = words.iter().map(|w| fold_words(w)).collect();
    let is = |k: usize, ws: &[&str]| {
        folded.len() >= k + ws.len() && folded[k..k + ws.len()].iter().zip(ws).all(|(f, w)| f == w)
    };
    let cue = [
        &["dac", "biet", "la"][..],
        &["nhat", "la"],
        &["trong", "do", "co"],
    ]
    .into_iter()
    .find(|c| folded.len() >= c.len() && is(folded.len() - c.len(), c))?;
    let end = folded.len() - cue.len();
    let group: Vec<String> = std::iter::once("cac".to_string())
        .chain(fold_words(doc_type).split(' ').map(str::to_string))
        .collect();
    let group: Vec<&str> = group.iter().map(String::as_str).collect();
    let from = (0..end).rev().find(|&k| is(k, &group))? + group.len();
    let of = (from..end).find(|&k| folded[k] == "cua")?;
    let phrase = words[of + 1..end].join(" ");
    let phrase = phrase.trim_end_matches(',');
    let named = &phrase[..issuer_words_end(phrase)];
    // (The issuer's words close the group: `của Ban Thường vụ Tỉnh ủy`, not `của Đảng về ...`.)
    if named.trim_end() != phrase {
        return None;
    }
    registry::parse_issuer_at(named, home.province, home.district)
}

/// The province a local body's text is placed in by its description (`Nghị quyết 10/2020/NQ-HĐND
/// quy định ... trên địa bàn tỉnh Ninh Thuận`, `... do tỉnh Bình Dương ban hành`, as legal
/// databases list related texts): a province's council and committee regulate their own
/// territory only, and `do X ban hành` names the issuer. Only a province named with `tỉnh`.
pub(crate) fn province_described(desc: &str) -> Option<&'static str> {
    const MARKS: &[char] = &[',', ';', '.', '(', ')', ':', '“', '”', '"'];
    const BODIES: &[&str] = &[
        "hđnd ",
        "ubnd ",
        "hội đồng nhân dân ",
        "ủy ban nhân dân ",
        "uỷ ban nhân dân ",
    ];
    // (Vietnamese letters keep their length in lower case; the phrase is read folded.)
    let desc = desc.to_lowercase();
    for (marker, issued) in [("trên địa bàn ", false), ("do ", true)] {
        for (at, _) in desc.match_indices(marker) {
            if !(at == 0 || desc[..at].ends_with(' ')) {
                continue;
            }
            let rest = &desc[at + marker.len()..];
            let rest = &rest[..rest.find(MARKS).unwrap_or(rest.len())];
            // (`do HĐND tỉnh X ban hành`: the body before its province.)
            let rest = BODIES
                .iter()
                .find_map(|b| rest.strip_prefix(b))
                .unwrap_or(rest);
            let ends = rest
                .match_indices(' ')
                .map(|(i, _)| i)
                .chain(std::iter::once(rest.len()));
            let longest = ends
                .filter_map(|end| Some((registry::province_of_phrase(&rest[..end], None)?, end)))
                .next_back();
            if let Some((p, end)) = longest {
                if !issued || rest[end..].trim_start().starts_with("ban hành") {
                    return Some(p);
                }
            }
        }
    }
    // (`phê duyệt đồ án Quy hoạch chung đô thị Đông Phú, huyện Châu Thành, tỉnh Hậu Giang`,
    // `Chương trình phát triển nhà ở tỉnh Lâm Đồng`: a local body plans and rules its own
    // land, so the one province a title names is its issuer's; not when the title speaks of
    // another's, `hỗ trợ tỉnh Nghệ An`, `hợp tác với tỉnh Sơn La`, `do tỉnh Bình Định tổ
    // chức`, or names two.)
    const BETWEEN: &[&str] = &[
        "với ",
        "giữa ",
        "hỗ trợ",
        "giúp",
        "hợp tác",
        "kết nghĩa",
        "giáp",
        "liên tỉnh",
        "các tỉnh",
    ];
    if BETWEEN.iter().any(|w| desc.contains(w)) {
        return None;
    }
    // (Also a centrally-run city, a province, `Kế hoạch sử dụng đất (2021-2025) thành phố Cần
    // Thơ`; not another `thành phố`, a provincial city, `thành phố Vinh`.)
    let city = |phrase: &str| {
        let p = registry::province_in(phrase)?;
        (registry::is_city(p) && fold_words(phrase) == format!("thanh pho {}", fold_words(p)))
            .then_some(p)
    };
    let mut named = None;
    let places = desc
        .match_indices("tỉnh ")
        .chain(desc.match_indices("thành phố "));
    for (at, unit) in places {
        if !(at == 0 || desc[..at].ends_with(' ')) {
            continue;
        }
        // (`hội chợ do tỉnh Bình Định tổ chức`: that province does something else than issue.)
        if desc[..at].ends_with("do ") {
            return None;
        }
        let rest = &desc[at..];
        let rest = &rest[..rest.find(MARKS).unwrap_or(rest.len())];
        let ends = rest
            .match_indices(' ')
            .map(|(i, _)| i)
            .chain(std::iter::once(rest.len()));
        // (A `tỉnh` that names no province, `UBND tỉnh`, `cấp tỉnh`, leaves the title undecided;
        // a `thành phố` that names no centrally-run city says nothing of the province.)
        let p = if unit == "tỉnh " {
            ends.filter_map(|end| registry::province_of_phrase(&rest[..end], None))
                .next_back()?
        } else {
            match ends.filter_map(|end| city(&rest[..end])).next_back() {
                Some(p) => p,
                None => continue,
            }
        };
        if named.is_some_and(|n| n != p) {
            return None;
        }
        named = Some(p);
    }
    named
}

/// The scope of a document cited by its symbol alone. A document cites its own province's bodies
/// without naming them (`Kế hoạch số 38/KH-UBND` in a provincial plan); in a district's or a
/// commune's text a bare `UBND` symbol may be its own body's or the province's, so it is left
/// open; `HU`, `QU`, `TX` are district Party committees. `ĐU` is a Party committee of a commune
/// or of an agency, one of many in a province: its own commune's in a commune's text, else open.
fn default_scope(symbol: &str, home: Home) -> Scope {
    let last = crate::normalize::fold(symbol.rsplit(['/', '-']).next().unwrap_or(""));
    let commune = home.district.filter(|d| registry::is_commune(d));
    let unit = |d: &str| Scope::District {
        province: home.province.map(str::to_string),
        district: d.to_string(),
    };
    match registry::symbol_is_central(symbol) {
        Some(true) => Scope::Central,
        None => Scope::Unknown,
        Some(false) if matches!(last.as_str(), "hu" | "qu" | "tx") => {
            match home.district.filter(|_| commune.is_none()) {
                Some(d) => unit(d),
                None => Scope::Unknown,
            }
        }
        Some(false) if last == "du" => commune.map(unit).unwrap_or(Scope::Unknown),
        Some(false) if home.district.is_some() && matches!(last.as_str(), "ubnd" | "hdnd") => {
            Scope::Unknown
        }
        Some(false) => home
            .province
            .map(|h| Scope::Province(h.to_string()))
            .unwrap_or(Scope::Unknown),
    }
}

/// A Party symbol's `TƯ`: Trung ương, as many write the central `TW` (`Chỉ thị số 03-CT/TƯ của Bộ
/// Chính trị`), unless the issuer named with it is a local body (`local`): then it is `TU`, a
/// Tỉnh ủy's, with a letter that a scan's text recognition read wrong (`Số 445-KL/TƯ` under
/// `TỈNH ỦY THỪA THIÊN HUẾ`).
pub(crate) fn settle_tu(symbol: &mut String, local: bool) {
    if let Some(base) = symbol.strip_suffix("/TƯ") {
        *symbol = format!("{base}/{}", if local { "TU" } else { "TW" });
    }
}

/// Walks a text's lists from the back: each reference that `gives` hands its description to the
/// run of references right before it that `joins` (an item and the next, with the giver) accepts,
/// each through `take`.
fn share_back_along_lists(
    found: &mut [Found],
    gives: impl Fn(&Found) -> bool,
    joins: impl Fn(&Found, &Found, &Found) -> bool,
    take: impl Fn(&mut DocDesc, &DocDesc),
) {
    let mut i = found.len();
    while i > 1 {
        i -= 1;
        if !gives(&found[i]) {
            continue;
        }
        let mut j = i;
        while j > 0 && joins(&found[j - 1], &found[j], &found[i]) {
            j -= 1;
        }
        if j == i {
            continue;
        }
        let src = found[i].desc.clone();
        for item in &mut found[j..i] {
            take(&mut item.desc, &src);
        }
        i = j.max(1);
    }
}

/// `Thông tư số 17/2018/TT-BGDĐT, 18/2018/TT-BGDĐT và 19/2018/TT-BGDĐT cùng ngày 22/8/2018 của
/// Bộ Giáo dục và Đào tạo`: the date and issuer after the last item of a list belong to every
/// item that has none of its own.
fn share_list_attributes(text: &str, found: &mut [Found]) {
    share_back_along_lists(
        found,
        |f| f.desc.date.is_some() || f.desc.issuer.is_some(),
        |a, b, _| {
            // Items of one kind: the same symbol (or none, short forms). `Luật Giáo dục số
            // 43/2019/QH14, Nghị định 15/2019/NĐ-CP ngày ... của Chính phủ` is two documents of
            // two bodies, each with its own date. (The dearest test last.)
            a.attr_end == a.end
                && a.end <= b.start
                && is_list_separator(&text[a.end..b.start])
                && a.desc.date.is_none()
                && a.desc.symbol.as_deref().map(fold_words)
                    == b.desc.symbol.as_deref().map(fold_words)
        },
        |d, src| {
            if d.date.is_none() && src.date.is_some() {
                d.date = src.date.clone();
                if !d.normative {
                    d.year = src.year;
                }
            }
            if d.issuer.is_none() && src.issuer.is_some() {
                d.issuer = src.issuer.clone();
                d.scope = src.scope.clone();
                d.system = d.system.or(src.system);
            }
        },
    );
    share_list_issuer(text, found);
}

/// `Quyết định số 1234/QĐ-UBND ngày 01/2/2020 và Kế hoạch số 56/KH-UBND ngày 03/3/2020 của UBND
/// tỉnh Lạng Sơn`: items of one body's documents, each with its own date, and the body named after
/// the last. The issuer (and so the place) belongs to every item before it whose symbol names
/// the same body (`UBND`) and that says no place of its own; an item of another body (`NQ-HĐND`),
/// or one that says more than its date (`về ...`, `của ...`), ends the list.
fn share_list_issuer(text: &str, found: &mut [Found]) {
    share_back_along_lists(
        found,
        |f| {
            body_of(f).is_some()
                && f.desc.issuer.is_some()
                && !matches!(f.desc.scope, None | Some(Scope::Unknown))
        },
        |a, b, giver| {
            // (A place the item took from the text's own, `UBND` in a province's text, is kept
            // when it is the body's: the item gains the body's name.)
            let d = &a.desc;
            let unplaced = d.issuer.is_none()
                && d.term.is_none()
                && (matches!(d.scope, None | Some(Scope::Unknown)) || d.scope == giver.desc.scope);
            // (The dearest test last.)
            a.attr_end <= b.start
                && unplaced
                && (is_list_separator(&text[a.attr_end..b.start])
                    || is_typeless_item_after(&text[a.attr_end..b.start]))
                && body_of(a)
                    .zip(body_of(giver))
                    .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
                && (a.attr_end == a.end
                    || d.date.is_some()
                        && fold_words(&text[a.end..a.attr_end]).starts_with("ngay "))
        },
        |d, src| {
            d.issuer = src.issuer.clone();
            d.scope = src.scope.clone();
            d.system = d.system.or(src.system);
        },
    );
}

/// The body a reference's symbol names ([`symbol_body`]).
fn body_of(f: &Found) -> Option<&str> {
    f.desc.symbol.as_deref().and_then(symbol_body)
}

/// `; số ` before an item of `Các Quyết định: số 40/2011/QĐ-UBND ngày 01/8/2011; số
/// 41/2011/QĐ-UBND ngày 02/8/2011 của UBND tỉnh`: the items of a list under one type word are
/// one list across its `;`s (an item with a type word of its own, `; Kế hoạch số`, is not).
fn is_typeless_item_after(gap: &str) -> bool {
    gap.len() < 12
        && !gap.contains('\n')
        && gap.trim_start().starts_with(';')
        && fold_words(gap) == "so"
}

/// The body a symbol names after its type's letters: `UBND` of `QĐ-UBND`, `TW` of `CT/TW`,
/// `BGDĐT` of `TT-BGDĐT`.
fn symbol_body(symbol: &str) -> Option<&str> {
    symbol
        .split_once(['-', '/'])
        .map(|(_, b)| b.trim())
        .filter(|b| !b.is_empty())
}

/// `, ` or ` và ` between two items of a list (a `;` ends an item: each of a list of
/// `Căn cứ ...;` lines has its own date and issuer).
fn is_list_separator(gap: &str) -> bool {
    gap.len() < 12 && !gap.contains(['\n', ';']) && {
        let w = fold_words(gap);
        w.is_empty() || w == "va"
    }
}

/// What may follow the number of a short form: not a date or range (`100/2019`, `5-7`), a decimal,
/// or a count (`Kế hoạch 5 năm`, `Chương trình 2 buổi`).
/// `/2025` right after a short form's number, and nothing after the year that goes on a code
/// (`/QH15`, `-NĐ`, a letter or digit): the bytes it takes and the year.
fn number_year(after: &str) -> Option<(usize, i32)> {
    let b = after.as_bytes();
    if b.len() < 5 || b[0] != b'/' || !b[1..5].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year: i32 = after[1..5].parse().ok()?;
    if !(1945..=2099).contains(&year) {
        return None;
    }
    let rest = &after[5..];
    if rest.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | '_'))
        && !rest.starts_with(". ")
        && !rest.starts_with(".\n")
        && rest != "."
    {
        return None;
    }
    Some((5, year))
}

fn short_form_ends_well(after: &str) -> bool {
    let t = after.trim_start_matches([' ', '\t']);
    if t.starts_with(['/', '-', '.', ',', '%', ':'])
        && t[1..].starts_with(|c: char| c.is_alphanumeric() || c == ' ')
    {
        if t.starts_with(',') || t.starts_with('.') {
            return !t[1..].starts_with(|c: char| c.is_ascii_digit());
        }
        return false;
    }
    if t.starts_with(|c: char| c.is_alphanumeric()) && !after.starts_with(char::is_whitespace) {
        return false;
    }
    let next = fold_words(t.split_whitespace().next().unwrap_or(""));
    let counters = [
        "nam", "thang", "ngay", "gio", "phut", "buoi", "lan", "nguoi", "tuoi", "km", "ha", "ty",
        "trieu", "nghin", "ngan", "truong", "xa", "huyen", "tinh", "muc", "dieu", "khoan", "diem",
        "trang",
    ];
    if next == "nam" {
        // `Nghị quyết 29 năm 2013` is a year; `Kế hoạch 5 năm` a period, and so is `KẾ HOẠCH 5
        // NĂM 2016 - 2020` (a five-year plan: years from ... to ...).
        let is_year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
        let mut ws = t.split_whitespace().skip(1);
        let year = ws.next().is_some_and(is_year);
        let range = ws
            .next()
            .is_some_and(|w| match w.strip_prefix(['-', '–', '—']) {
                Some("") => ws.next().is_some_and(|w| w.get(..4).is_some_and(is_year)),
                Some(w) => w.get(..4).is_some_and(is_year),
                None => false,
            });
        return year && !range;
    }
    if next == "ngay" {
        // `Nghị quyết số 18 ngày 25-10-2017 của ...` is dated; `Kế hoạch 30 ngày` a period.
        // (Also in brackets, as news write it: `Chỉ thị 42 (ngày 24-3-2020) của Ban Bí thư`.)
        let t = match t.trim_start().strip_prefix('(') {
            Some(inner) => inner,
            None => t,
        };
        return ATTR_DATE_WORDS.is_match(t) || ATTR_DATE.is_match(t);
    }
    !counters.contains(&next.as_str())
}

/// A news item's date: the first date of its first eight lines, in figures (`Thứ Năm,
/// 23/03/2023 - 16:15`, `Ngày cập nhật 30/10/2017`) or on a place-date line (`Hải Phòng, ngày
/// 18 tháng 11 năm 2019`), that is not a reference's own (`Thực hiện Chương trình hành động số
/// 16-CTr/TU ngày 25/3/2008 ...` in the lead dates the programme, not the item). A dateline is a
/// short line: dates on lines of at most [`DATELINE_MAX`] bytes come first, then those in prose.
fn dateline(text: &str, ls: &[usize], found: &[Found]) -> Option<String> {
    let lines = || {
        ls.iter().enumerate().take(8).map(|(n, &a)| {
            let b = ls.get(n + 1).map_or(text.len(), |&b| b - 1);
            (a, &text[a..b])
        })
    };
    // Not a deadline, a start or an end (`chậm nhất ngày 14/5/2021`, `trước ngày 1/7/2025`,
    // `diễn ra từ ngày 15/11/2025`) nor a span (`(19/5/1890- 19/5/2020)`): the item tells of
    // those days, it was not written on them. Nor a reference's own date (`Thực hiện Chương
    // trình hành động số 16-CTr/TU ngày 25/3/2008 ...` in the lead dates the programme).
    let date_in = |a: usize, l: &str| {
        if let Some(d) = PLACE_DATE
            .captures(l)
            .and_then(|c| iso_date(&c["d"], &c["m"], &c["y"]))
        {
            return Some(d);
        }
        ANY_DATE.captures_iter(l).find_map(|c| {
            let m = c.get(0).expect("whole match");
            let at = a + m.start();
            if found.iter().any(|f| f.end <= at && at < f.attr_end) || incidental_date(l, m) {
                return None;
            }
            let d = iso_date(&c["d"], &c["m"], &c["y"])?;
            // (`ngày 24/1/2025, Bộ Chính trị ban hành Nghị quyết số 59-NQ/TW`: the date of the
            // reference it goes before, on its line: the reference's own, or the day a body
            // issued it, `ngày 25/8/2025, Thủ tướng ... ký ban hành Quyết định số 1812/QĐ-TTg`.)
            // (A date that opens its line is that paragraph's lead, `Ngày 22/10/2025, UBND tỉnh
            // Phú Thọ ban hành Kế hoạch số 06/KH-UBND`: the item reports that day.)
            let opens_line = matches!(fold_words(&l[..m.start()]).as_str(), "" | "ngay");
            let dates_a_reference = !opens_line
                && found.iter().any(|f| {
                    at < f.start
                        && f.start < a + l.len()
                        && (f.desc.date.as_deref() == Some(&d)
                            || f.desc.date.is_none() && {
                                let between = &text[at + m.len()..f.start];
                                !between.contains(". ") && issuing_verb(between)
                            })
                });
            // (`được Thủ tướng Chính phủ phê duyệt ngày 01/9/2021 tại Quyết định số
            // 1454/QĐ-TTg`: the day of the act the reference after `tại` records; `Nghị định
            // 49/2026/NĐ-CP quy định ..., ban hành ngày 31/01/2026`: the day a document named
            // before it on the line was issued.)
            let after = &text[at + m.len()..];
            let recorded_at = fold_words_starts_with(after.trim_start(), "tai ")
                && found
                    .iter()
                    .filter(|f| f.start > at + m.len())
                    .min_by_key(|f| f.start)
                    .is_some_and(|f| fold_words(&text[at + m.len()..f.start]).trim() == "tai");
            let issued_after = {
                let before = fold_words(&l[..m.start()]);
                let before = before.trim_end().trim_end_matches(" ngay");
                ["ban hanh", "ky", "ky ban hanh", "phe duyet", "thong qua"]
                    .iter()
                    .any(|v| before.ends_with(&format!(" {v}")))
                    && found.iter().any(|f| a <= f.start && f.start < at)
            };
            (!(dates_a_reference || recorded_at || issued_after)).then_some(d)
        })
    };
    // (A site's clock above the item, `Thứ Bảy, 27/7/2024` / ... / `Thứ Sáu, 24/1/2020 9:1'`:
    // the page was shown after the item was written, so of two short date lines the later
    // date above the earlier one is the clock's.)
    // (A site's dateline may write the date with dashes or dots, `Kinh tế 13-11-2022`, on a
    // line that names no document.)
    let dashed = |a: usize, l: &str| {
        if found.iter().any(|f| a <= f.start && f.start < a + l.len()) {
            return None;
        }
        DASHED_DATE
            .captures(l)
            .and_then(|c| iso_date(&c["d"], &c["m"], &c["y"]))
    };
    // (A clock to the second, `Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27`, is the site's,
    // however old a cached copy shows it; an item is stamped to the minute, `BĐT - 20:20,
    // 24/06/2021`.)
    let mut short = lines()
        .filter(|(_, l)| l.len() <= DATELINE_MAX)
        .filter_map(|(a, l)| {
            date_in(a, l)
                .or_else(|| dashed(a, l))
                .map(|d| (d, clock_to_the_second(l)))
        });
    match (short.next(), short.next()) {
        (Some((_, true)), Some((second, _))) => Some(second),
        (Some((first, _)), Some((second, _))) if second < first => Some(second),
        (Some((first, _)), _) => Some(first),
        (None, _) => lines().find_map(|(a, l)| date_in(a, l)),
    }
}

/// Whether a line holds a time to the second (`09:25:27`).
fn clock_to_the_second(l: &str) -> bool {
    let b = l.as_bytes();
    (0..b.len().saturating_sub(7)).any(|i| {
        let d = |k: usize| b[i + k].is_ascii_digit();
        d(0) && d(1) && b[i + 2] == b':' && d(3) && d(4) && b[i + 5] == b':' && d(6) && d(7)
    })
}

/// Whether a date in a news item's first lines is one it tells of rather than its own: the
/// bound of a deadline or a period (`chậm nhất ngày`, `trước ngày`, `từ ngày`, `đến ngày`, `kết
/// thúc`), or an end of a span (`(19/5/1890- 19/5/2020)`).
fn incidental_date(l: &str, m: regex::Match) -> bool {
    let before = l[..m.start()].trim_end();
    let after = l[m.end()..].trim_start();
    let mut from = before.len().saturating_sub(40);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let words = fold_words(&before[from..]);
    let ws = words_of(&words);
    let ws = match ws.split_last() {
        Some((&"ngay", rest)) => rest,
        _ => &ws[..],
    };
    let ws = match ws.split_last() {
        Some((&"vao", rest)) => rest,
        _ => ws,
    };
    // (An hour before the day: `trước 14 giờ, ngày 05/12/2017`, `tính đến 17 giờ 00, ngày`,
    // `kể từ 00 giờ ngày 23/4/2020`.)
    let ws = {
        let mut rest = ws;
        let mut hour = false;
        while let Some((w, r)) = rest.split_last() {
            if matches!(*w, "gio" | "phut" | "h") {
                hour |= *w == "gio" || *w == "h";
            } else if !w.bytes().all(|b| b.is_ascii_digit()) {
                break;
            }
            rest = r;
        }
        if hour {
            rest
        } else {
            ws
        }
    };
    // (`Thứ Tư, 01/04/2020`, `Thứ Sáu`: a weekday, not `từ` or `sau`.)
    let weekday = ws.len() >= 2 && ws[ws.len() - 2] == "thu";
    let bound = !weekday
        && matches!(
            ws.last(),
            Some(&("truoc" | "sau" | "tu" | "den" | "han" | "toi" | "cuoi" | "thuc" | "thang"))
        )
        || ws.ends_with(&["cham", "nhat"])
        || ws.ends_with(&["muon", "nhat"]);
    // (A date after the dash, not a time: `23/03/2023 - 16:15` is a dateline.)
    let date_next = |t: &str| {
        let t = t.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && t[digits..].starts_with(['/', '.'])
    };
    // (`Thứ hai - 11/11/2024 04:09` is a dateline: only a date before the dash makes a span.)
    // (`17:55 - 10/08/2021`: nor a time.)
    let span = before
        .strip_suffix(['-', '–'])
        .and_then(|b| b.split_whitespace().last())
        .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()) && !w.contains(':'))
        || after.strip_prefix(['-', '–']).is_some_and(date_next);
    bound || span
}

/// The longest line [`dateline`] takes for a dateline before it looks in prose.
const DATELINE_MAX: usize = 100;

/// A date without its year right after a reference and its attributes (`ngày 17/3`,
/// `ngày 5-3`), read in the year of `published` (ISO) or the year before, whichever puts it
/// on or before that day. `attrs` is what the attribute reader took after the reference (a
/// short date stops it, so it is empty or holds no date), `rest` the text after them.
fn day_month_after(attrs: &str, rest: &str, published: &str) -> Option<String> {
    // (The attributes may be that day and month alone, which the reference's reading took.)
    let joined;
    let rest = if DAY_MONTH
        .find(attrs)
        .is_some_and(|m| m.end() == attrs.len())
    {
        joined = format!("{attrs}{rest}");
        joined.as_str()
    } else if attrs.trim().is_empty() {
        rest
    } else {
        return None;
    };
    let c = DAY_MONTH.captures(rest)?;
    let end = c.get(0).expect("whole match").end();
    // Not a full date (`ngày 17/3/2020` is read as one) nor a fraction of one.
    let after = rest[end..].trim_start_matches([' ', '\t']);
    if after.starts_with(['/', '-', '.'])
        && after[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    in_dateline_year(&c["d"], &c["m"], published)
}

/// The day `d` and month `m` a news item names without a year: of its dateline's year
/// (`published`, ISO), or of the year before when that day is still to come at the dateline.
fn in_dateline_year(d: &str, m: &str, published: &str) -> Option<String> {
    let year: i32 = published.get(..4)?.parse().ok()?;
    let this = iso_date(d, m, &year.to_string())?;
    if this.as_str() <= published {
        Some(this)
    } else {
        iso_date(d, m, &(year - 1).to_string())
    }
}

/// The date of a [`SENTENCE_DATE`] or [`CLAUSE_DATE`] match: its year, or the dateline's
/// ([`in_dateline_year`]) when it names none.
fn lead_date(c: &Captures, published: Option<&str>) -> Option<String> {
    match c.name("y") {
        Some(y) => iso_date(&c["d"], &c["m"], y.as_str()),
        None => in_dateline_year(&c["d"], &c["m"], published?),
    }
}

/// Where a clause's own words may start: the clause's start, its last line's, after a portal's
/// name (`PhuthoPortal - Ngày 30/11, ...`), and after its last comma (`... của Thanh tra Chính
/// phủ, ngày 17/11/2022 UBND tỉnh ban hành Quyết định số 2145/QĐ-UBND`: the date the verb's
/// document was issued on).
fn lead_starts(clause: &str) -> impl Iterator<Item = usize> + '_ {
    let line = clause.rfind('\n').map(|i| i + 1);
    let portal = clause.find(" - ").map(|i| i + 3);
    let comma = clause.rfind(", ").map(|i| i + 2);
    std::iter::once(0).chain(line).chain(portal).chain(comma)
}

/// The body before `(đã, vừa) ban hành` / `thông qua` / `có` that ends a news item's clause: the words
/// after the clause's last comma or line break (`Ngày 30/11, Tỉnh ủy Phú Thọ ban hành`), at most
/// twelve.
/// `clause` without the generic word a reference may follow (`văn bản`, `văn bản số`), which
/// the reference does not take in.
fn without_generic_word(clause: &str) -> &str {
    let t = clause.trim_end();
    let t = ["số", "Số", "SỐ"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .map_or(t, str::trim_end);
    match ["văn bản", "Văn bản", "VĂN BẢN"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
    {
        Some(head) if !char_before(head, head.len()).is_some_and(char::is_alphanumeric) => head,
        _ => clause,
    }
}

/// The body `của ... tại` names right before a document (`Thực hiện ý kiến chỉ đạo của Chủ
/// tịch UBND tỉnh tại Công văn số ...`, `kết luận của Thường trực Tỉnh ủy tại Thông báo số
/// 49-TB/TU`): what that body said is said in the document, its own.
fn issuer_before_tai(before: &str) -> Option<&str> {
    let t = before.trim_end();
    let t = t.strip_suffix("tại").or_else(|| t.strip_suffix("Tại"))?;
    let at = t.rfind("của ")?;
    let phrase = t[at + "của ".len()..].trim();
    (!phrase.is_empty()
        && phrase.split_whitespace().count() <= 14
        && !phrase.contains([',', ';', '.', '(', ')', '\n']))
    .then_some(phrase)
}

/// Whether `clause` ends with a verb of signing (`ký`, not the `kỳ` that folds alike) or the
/// Party's `ra` (`Ban Thường vụ Tỉnh ủy ra Chỉ thị ...`; not `đề ra`, `đưa ra`, `nêu ra`, which
/// set out, put forward or name), said of the document that follows.
/// Whether a clause ends with a verb of issuing that `vừa` (just) or `mới` (newly) opens:
/// `vừa ký`, `vừa ban hành`, `mới ban hành`, `vừa có`.
fn just_done(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().rev().take(3).collect();
    words
        .iter()
        .skip(1)
        .any(|w| matches!(w.to_lowercase().as_str(), "vừa" | "mới"))
}

/// The term a phrase names after `khóa` (`Bộ Chính trị khóa XII`).
fn term_named(phrase: &str) -> Option<&'static str> {
    let mut words = phrase.split_whitespace();
    while let Some(w) = words.next() {
        if matches!(w.to_lowercase().as_str(), "khóa" | "khoá") {
            let t = words.next()?.trim_matches(|c: char| !c.is_alphanumeric());
            return registry::canonical_term(t);
        }
    }
    None
}

/// The clause before a list's head: `... vừa ban hành 3 Quyết định (` before `308/QĐ-UBND,
/// 309/QĐ-UBND, 310/QĐ-UBND)`, `... đã ban hành các` before `Quyết định số 312/QĐ-UBND và số
/// 313/QĐ-UBND`: the count or `các`, `những`, and the type word that heads the items.
fn past_list_head(clause: &str) -> &str {
    const COUNTS: &[&str] = &[
        "các", "những", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "02", "03", "04",
    ];
    let mut t = clause.trim_end();
    if let Some(h) = t.strip_suffix(['(', ':']) {
        t = h.trim_end();
        // (The type word that heads the bracketed items, one to three words.)
        let at = t
            .split_whitespace()
            .rev()
            .take(3)
            .map(|w| w.as_ptr() as usize - t.as_ptr() as usize)
            .find(|&at| registry::type_by_word(&t[at..]).is_some());
        match at {
            Some(at) => t = t[..at].trim_end(),
            None => return clause,
        }
    }
    let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
    let count = COUNTS.contains(&last.to_lowercase().as_str())
        || (1..=2).contains(&last.len()) && last.bytes().all(|b| b.is_ascii_digit());
    if count {
        t[..t.len() - last.len()].trim_end()
    } else if t.len() < clause.trim_end().len() {
        t
    } else {
        clause
    }
}

/// Whether a body is the one a decision's symbol names (`QĐ-TTg` the Prime Minister's,
/// `QĐ-UBND` a People's Committee's, or its chair's, `QĐ-SYT` the department's), as
/// [`registry::issuer_of_symbol`] reads the letters.
fn approver_fits(body: &str, symbol: &str) -> bool {
    registry::issuer_of_symbol(symbol, None).is_some_and(|by| {
        let body = body.strip_prefix("Chủ tịch ").unwrap_or(body);
        body.starts_with(&by.name)
    })
}

fn signs_or_issues(clause: &str) -> bool {
    let t = clause.trim_end();
    let mut words = t.rsplit(char::is_whitespace);
    let last = words.next().unwrap_or("").to_lowercase();
    let before = words.next().unwrap_or("").to_lowercase();
    last == "ký"
        || last == "ra"
            && !matches!(
                before.as_str(),
                "đề" | "đưa" | "nêu" | "chỉ" | "rút" | "đặt" | "ban" | "phát" | "tạo" | "xảy"
            )
}

fn issuing_subject(clause: &str) -> Option<&str> {
    // The text before its last word, and that word.
    fn last_word(t: &str) -> (&str, &str) {
        let t = t.trim_end();
        match t.char_indices().rev().find(|(_, c)| c.is_whitespace()) {
            Some((i, c)) => (t[..i].trim_end(), &t[i + c.len_utf8()..]),
            None => ("", t),
        }
    }
    let (head, w2) = last_word(clause);
    // (`Ngày 25/9/2020, Chính phủ có Nghị quyết số 134/NQ-CP`: news write `có` for issued;
    // `Bộ trưởng Bộ Tư pháp đã ký Quyết định số 1612/QĐ-BTP`, `Ban Thường vụ Tỉnh ủy ra Chỉ
    // thị số 12-CT/TU`, see [`signs_or_issues`].)
    let mut head = if fold_words_is(w2, "co") || signs_or_issues(clause) {
        head
    } else {
        let (head, w1) = last_word(head);
        match fold_words(&format!("{w1} {w2}")).as_str() {
            "ban hanh" | "thong qua" => {}
            // (`Thủ tướng Chính phủ phê duyệt Quyết định số 275/QĐ-TTg`: the decision that
            // approves, as news write its issuing; the caller checks that the body fits it.)
            "phe duyet" => {}
            // (`Đảng ủy ... đã xây dựng Kế hoạch số 65-KH/ĐU`: a body that drew up its own plan,
            // as portals write it; only when done, after `đã` or `vừa` (`góp ý xây dựng`,
            // `phối hợp xây dựng` are someone else's act on another's draft).)
            "xay dung" if matches!(last_word(head).1.to_lowercase().as_str(), "đã" | "vừa") => {
            }
            _ => return None,
        }
        head
    };
    loop {
        let (h, w) = last_word(head);
        if !matches!(
            w.to_lowercase().as_str(),
            "đã" | "vừa" | "mới" | "chính" | "thức" | "tiếp" | "tục"
        ) {
            break;
        }
        head = h;
    }
    // (`Thay mặt Bộ Chính trị, đồng chí ..., Thường trực Ban Bí thư đã ký ban hành Quyết định
    // số 304-QĐ/TW`: the signer's offices name no issuer; the body he signs for, after `Thay
    // mặt` or `T/M` as under the signature, issues.)
    if let Some(body) = signs_for(head) {
        return Some(body);
    }
    let mut from = head.rfind([',', '\n']).map_or(0, |i| i + 1);
    // (`Sở Văn hóa, Thể thao và Du lịch đã ban hành`: a body's name goes on past its commas.)
    let mut back = from;
    for _ in 0..3 {
        if back == 0 || head.as_bytes()[back - 1] != b',' {
            break;
        }
        back = head[..back - 1].rfind([',', '\n']).map_or(0, |i| i + 1);
        let t = head[back..].trim();
        if registry::comma_name_len(t).is_some_and(|n| n >= t.len()) {
            from = back;
            break;
        }
    }
    let subject = head[from..].trim();
    // (`Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành`: a date without
    // its comma opens the clause.)
    let subject = SENTENCE_DATE
        .find(subject)
        .map_or(subject, |m| subject[m.end()..].trim_start());
    // (`Bộ Y tế đã tham mưu Chính phủ ban hành Nghị định số 15/2018/NĐ-CP`, `UBND tỉnh chỉ đạo
    // Sở Y tế ban hành ...`: the body advised, proposed to or directed issues, the one after
    // the verb.)
    // (Not the steering committee's own name, `Ban chỉ đạo phổ cập giáo dục`.)
    let prompted = ISSUE_PROMPTED
        .find_iter(subject)
        .filter(|m| {
            let before = subject[..m.start()].trim_end();
            !(before.ends_with("Ban") || before.ends_with("ban") || before.ends_with("BAN"))
        })
        .last();
    let subject = match prompted {
        Some(m) => subject[m.end()..].trim_start(),
        None => subject,
    };
    (!subject.is_empty() && subject.split_whitespace().count() <= 12).then_some(subject)
}

/// The body a clause's signer signs for: the words after its last `Thay mặt` (`T/M`) up to
/// the comma or line break after them (`Thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú ...`),
/// when they name a body (not `Thay mặt lãnh đạo tỉnh`).
fn signs_for(clause: &str) -> Option<&str> {
    let at = ["Thay mặt ", "thay mặt ", "THAY MẶT ", "T/M "]
        .iter()
        .filter_map(|w| clause.rfind(w).map(|i| i + w.len()))
        .max()?;
    let rest = &clause[at..];
    let body = rest[..rest.find([',', '\n', ';', '.']).unwrap_or(rest.len())].trim();
    (!body.is_empty()
        && body.split_whitespace().count() <= 12
        && registry::parse_issuer(body, None).is_some())
    .then_some(body)
}

/// Verbs of a body that has another issue a document: it advises (`tham mưu`), proposes to
/// (`đề nghị`, `đề xuất`), directs or assigns (`chỉ đạo`, `giao cho`). (Not `trình` nor `giao`
/// alone: `Ban Chỉ đạo Chương trình ...`, `Sở Giao thông vận tải`.)
static ISSUE_PROMPTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\b(?:tham\s+mưu(?:\s+cho)?|đề\s+nghị|đề\s+xuất|chỉ\s+đạo|giao\s+cho)\s")
        .expect("prompting verbs compile")
});

/// The date that opens the clause of a news item's `<body> ban hành <reference>` when the
/// clause is not the sentence's first: `...; Nghị quyết Đại hội ..., ngày 13/5/2011, Ủy ban nhân
/// dân huyện ban hành Kế hoạch số 42/KH-UBND`. Only after a comma or at the clause's start,
/// past the attributes of the references before (`Chỉ thị số 15-CT/TW, ngày 12/01/2017, ...`
/// dates that directive), and with no comma between it and the reference (the body's name).
fn clause_date(
    text: &str,
    found: &[Found],
    cs: usize,
    start: usize,
    published: Option<&str>,
) -> Option<String> {
    let from = found
        .iter()
        .filter(|f| f.start < start)
        .map(|f| f.attr_end)
        .max()
        .unwrap_or(0)
        .clamp(cs, start);
    let window = &text[from..start];
    let c = CLAUSE_DATE.captures_iter(window).last()?;
    let m = c.get(0).expect("whole match");
    if window[m.end()..].contains(',') {
        return None;
    }
    lead_date(&c, published)
}

/// Where a law's name that ends at `at` with the word `luật` opens (`Luật Ban hành văn bản quy
/// phạm pháp` before `luật số ...`): its `Luật` (or `Bộ luật`) on the same line ([`last_law_word`]),
/// then a capitalised name of at most [`NAME_WORDS`] words, no figure nor mark in it.
fn law_name_ending_at(text: &str, at: usize) -> Option<usize> {
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let (start, name, _) = last_law_word(&text[line..at])?;
    let words = name.split_whitespace().count();
    (name.starts_with(char::is_uppercase)
        && (1..=NAME_WORDS).contains(&words)
        && !name.contains(|c: char| c.is_ascii_digit() || ",.;:()\"“”".contains(c)))
    .then_some(line + start)
}

/// The last type word of a law or a code in `window`: where it starts, the words after it (the
/// name), and the type. `Luật` and `LUẬT` take their capital (`pháp luật` is no law's word);
/// `luật` in small letters only after a code's `Bộ` (`Bộ luật`, `BỘ LUẬT`).
fn last_law_word(window: &str) -> Option<(usize, &str, &'static str)> {
    let (at, word) = ["Luật ", "LUẬT ", "luật "]
        .iter()
        .filter_map(|w| window.rfind(w).map(|at| (at, *w)))
        .max_by_key(|&(at, _)| at)?;
    let code = ["Bộ ", "BỘ "]
        .iter()
        .find_map(|b| window[..at].strip_suffix(b))
        .filter(|h| !h.chars().next_back().is_some_and(char::is_alphanumeric));
    let (start, doc_type) = match code {
        Some(h) => (h.len(), "Bộ luật"),
        None if word.starts_with('l') => return None,
        None => (at, "Luật"),
    };
    if char_before(window, start).is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some((start, &window[at + word.len()..], doc_type))
}

/// The type of a document cited by type word and name before its number, the number's symbol
/// naming no type: `Luật Đầu tư công số 49/2014/QH13` (a `QH` symbol is the National
/// Assembly's, which passes laws, codes and resolutions). The last capitalised type word of the
/// clause `from..start`, followed by a capitalised name of at most [`NAME_WORDS`] words without
/// a figure, then `số` (or nothing) before the number.
fn named_type_before(text: &str, from: usize, start: usize) -> Option<&'static str> {
    let window = text[from..start].trim_end();
    let window = window
        .strip_suffix(':')
        .unwrap_or(window)
        .trim_end()
        .strip_suffix("số")
        .unwrap_or(window)
        .trim_end();
    last_type_words(window)
        .filter(|&(at, len, _)| {
            let name_part = &window[at + len..];
            let words: Vec<&str> = name_part.split_whitespace().collect();
            name_part.starts_with([' ', '\n'])
                && (1..=NAME_WORDS).contains(&words.len())
                && words[0].starts_with(char::is_uppercase)
                && !name_part.bytes().any(|b| b.is_ascii_digit())
        })
        .max_by_key(|&(at, len, _)| (at, len))
        .map(|(_, _, t)| t)
        .or_else(|| law_named_before(window))
}

/// The last place in `window` of each type word and its variants that opens a word: its
/// offset, its length and the type.
fn last_type_words(window: &str) -> impl Iterator<Item = (usize, usize, &'static str)> + '_ {
    registry::DOC_TYPES.iter().flat_map(move |t| {
        std::iter::once(t.name)
            .chain(t.variants.iter().copied())
            .filter_map(move |name| {
                let at = window.rfind(name)?;
                (!window[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric))
                .then_some((at, name.len(), t.name))
            })
    })
}

/// The type word that opens a reference whose number follows `số` after the issuer or the
/// session that made it (`Kết luận của Bộ Chính trị số 65-KL/TW`, `Nghị quyết Kỳ họp thứ 6,
/// Quốc hội khóa XIV số 74/2018/QH14`), in `text[from..start]` before the number at `start`:
/// its offset and type. Between them, up to twelve words: `của` and a body's name, or a name
/// that opens with a capital, with no figure but an ordinal (`thứ 6`) and no other mark than a
/// comma. (Not a law's name, which [`law_named_before`] reads.)
fn typed_before_number(text: &str, from: usize, start: usize) -> Option<(usize, &'static str)> {
    let head = text[from..start].trim_end().strip_suffix("số")?;
    if !head.ends_with([' ', '\t', '\n']) {
        return None;
    }
    let head = head.trim_end();
    let (at, len, doc_type) = last_type_words(head).max_by_key(|&(at, len, _)| (at, len))?;
    if matches!(doc_type, "Luật" | "Bộ luật" | "Pháp lệnh") {
        return None;
    }
    let between = &head[at + len..];
    if !between.starts_with([' ', '\t']) || between.contains(|c: char| ";:.()\"“”\n".contains(c))
    {
        return None;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    if !(1..=NAME_WORDS).contains(&words.len()) {
        return None;
    }
    let figures_ordinal = words.iter().enumerate().all(|(i, w)| {
        !w.bytes().any(|b| b.is_ascii_digit())
            || i > 0
                && words[i - 1] == "thứ"
                && w.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit())
    });
    let named = words[0].starts_with(char::is_uppercase);
    let of_body = words[0] == "của"
        && registry::parse_issuer(between.trim_start().trim_start_matches("của"), None).is_some();
    (figures_ordinal && (named || of_body)).then_some((from + at, doc_type))
}

/// The issuer a reference names between its type word and its number (`Kết luận của Bộ Chính
/// trị số 65-KL/TW`, see [`typed_before_number`]) in its span `span`.
fn issuer_before_number(span: &str, home: Home) -> Option<registry::Issuer> {
    let (_, after) = span.split_once(" của ")?;
    let (phrase, _) = after.rsplit_once(" số ")?;
    registry::parse_issuer_at(phrase, home.province, home.district)
}

/// A law's or a code's type word before its name and number, as bases write them since 2020
/// (`Căn cứ Bộ luật Lao động số 45/2019/QH14`, `Luật phòng, chống tham nhũng số 36/2018/QH14`,
/// `Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14`): its
/// name may open in small letters, hold commas, and run long. No figure nor other mark in it.
fn law_named_before(window: &str) -> Option<&'static str> {
    let (_, name, doc_type) = last_law_word(window)?;
    let words = name.split_whitespace().count();
    ((1..=30).contains(&words)
        && !name.contains(|c: char| c.is_ascii_digit() || ";:()\"“”".contains(c)))
    .then_some(doc_type)
}

/// The type word that ends the text before `start`, past a colon and `số` (`các Quy định: số`),
/// or that opens a body's name before `số` (`Quyết định của Bộ Chính trị số 31-QĐ/TW`).
fn type_word_before(text: &str, start: usize) -> Option<&'static str> {
    let w = text[..start].trim_end();
    let (w, so) = match w.strip_suffix("số") {
        Some(h) => (h.trim_end(), true),
        None => (w, false),
    };
    let w = w.strip_suffix(':').unwrap_or(w).trim_end();
    let ending = |w: &str| {
        registry::DOC_TYPES
            .iter()
            .find(|t| {
                std::iter::once(t.name)
                    .chain(t.variants.iter().copied())
                    .any(|n| {
                        w.strip_suffix(n).is_some_and(|h| {
                            !h.chars().next_back().is_some_and(char::is_alphanumeric)
                        })
                    })
            })
            .map(|t| t.name)
    };
    ending(w).or_else(|| {
        // (The body: a capitalised name of a few words, no figure nor mark in it.)
        let at = w.rfind(" của ").filter(|_| so)?;
        let body = &w[at + " của ".len()..];
        let words = body.split_whitespace().count();
        let plain = !body.contains(|c: char| c.is_ascii_digit() || ",.;:()\"“”".contains(c));
        (body.starts_with(char::is_uppercase) && (1..=8).contains(&words) && plain)
            .then(|| ending(&w[..at]))
            .flatten()
    })
}

/// The longest name [`named_type_before`] takes between a type word and a number.
const NAME_WORDS: usize = 12;

/// A reference whose type word is the second half of a compound name whose first half is the
/// type its symbol names: `Thông báo kết luận số 123-TB/TU` is a Thông báo (a `TB` symbol),
/// not a Kết luận. That type, and where its word starts (before `start`).
fn compound_type(
    text: &str,
    start: usize,
    word_type: &'static str,
    symbol_type: Option<&'static str>,
) -> Option<(&'static str, usize)> {
    let st = symbol_type.filter(|&st| st != word_type)?;
    let before = text[..start].trim_end();
    let i = before.len().checked_sub(st.len())?;
    (before.is_char_boundary(i)
        && fold_words(&before[i..]) == fold_words(st)
        && !before[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric))
    .then_some((st, i))
}

/// Whether `văn bản` (a document, of any type), with or without `số`, ends the text before
/// `start`; or a list's head of such words, `tại các công văn: Số 1577/SNN-KHTC ...; số
/// 218/SNN-KHTC ...` (a Công văn's symbol names no type, DOMAIN.md), before any of its items.
fn after_generic_word(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let tail = fold_words(&text[from..start]);
    let mut w = words_of(&tail);
    if w.last() == Some(&"so") {
        w.pop();
    }
    if w.ends_with(&["van", "ban"]) {
        return true;
    }
    // (Within the line, and a few items back.)
    let mut floor = start.saturating_sub(400);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let line = &text[floor..start];
    let line = &line[line.rfind('\n').map_or(0, |k| k + 1)..];
    let Some(colon) = line.rfind(':') else {
        return false;
    };
    let head = fold_words(&line[..colon]);
    let list_head = head.ends_with("cac cong van") || head.ends_with("cac van ban");
    // (Each item after the head opens with `số` and follows the head or a `;`.)
    let items = line[colon + 1..].trim_end();
    let items = items
        .strip_suffix("số")
        .or_else(|| items.strip_suffix("Số"))
        .map(str::trim_end);
    list_head && items.is_some_and(|t| t.is_empty() || t.ends_with(';'))
}

/// Whether the number at `num..end` of a short form that starts at `start` numbers a list item
/// or section (`I. CĂN CỨ XÂY DỰNG KẾ HOẠCH` / `1. Quyết định số ...`): it opens its line and a
/// `.` or `)` and a space follow, and no `số` says it is a document's number.
fn is_enumerator(text: &str, start: usize, num: usize, end: usize) -> bool {
    let opens_line = text[..num].trim_end_matches([' ', '\t']).ends_with('\n');
    let after = text.as_bytes().get(end..end + 2).unwrap_or(&[]);
    opens_line
        && matches!(after, [b'.' | b')', b' ' | b'\t' | b'\n' | b'\r'])
        && !words_of(&fold_words(&text[start..num])).contains(&"so")
}

/// The sentence around `start..end`: within its paragraph (lines up to a blank line), cut at
/// sentence ends; long sentences are cut around the reference.
/// `last` keeps the last whole sentence returned, with its bounds: references of one sentence
/// share it.
fn sentence_of(
    text: &str,
    start: usize,
    end: usize,
    last: &mut Option<(usize, usize, crate::text::Text)>,
) -> crate::text::Text {
    let (mut s, mut e) = sentence_bounds(text.as_bytes(), start, end);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    if let Some((ls, le, sentence)) = last {
        if (*ls, *le) == (s, e) {
            return sentence.clone();
        }
    }
    const MAX: usize = 480;
    if e - s <= MAX || crate::normalize::squash_spaces_chars(&text[s..e], MAX) <= MAX {
        // References in one sentence share it.
        let sentence = crate::text::Text::from(squash_spaces(&text[s..e]));
        *last = Some((s, e, sentence.clone()));
        return sentence;
    }
    // Cut a window around the reference, at word boundaries.
    let mut ws = start.saturating_sub(200).max(s);
    while ws > s && !(text.is_char_boundary(ws) && text[..ws].ends_with(char::is_whitespace)) {
        ws -= 1;
    }
    let mut we = (end + 240).min(e);
    while we < e && !(text.is_char_boundary(we) && text[we..].starts_with(char::is_whitespace)) {
        we += 1;
    }
    let mut out = String::new();
    if ws > s {
        out.push('…');
    }
    out.push_str(&squash_spaces(&text[ws..we]));
    if we < e {
        out.push('…');
    }
    out.into()
}

/// Whether byte `i` ends a sentence: `.`, `?` or `!` before white space, but not the `.` of an
/// upper-case abbreviation (`TP.`, `UBND.`) nor of a unit's kind cut short (`Tp.`, `Tx.`:
/// `UBND Tp. Hà Nội`).
#[inline]
fn is_sentence_end(bytes: &[u8], i: usize) -> bool {
    matches!(bytes[i], b'.' | b'?' | b'!')
        && bytes.get(i + 1).is_some_and(|b| b.is_ascii_whitespace())
        && !(i >= 2
            && bytes[i] == b'.'
            && (bytes[i - 2].is_ascii_uppercase() && bytes[i - 1].is_ascii_uppercase()
                || (i == 2 || bytes[i - 3].is_ascii_whitespace())
                    && matches!(&bytes[i - 2..i], b"Tp" | b"Tx" | b"tp" | b"tx")))
}

/// The bounds of the sentence around `start..end` (byte offsets, maybe inside a character):
/// back to the nearest sentence end or blank line (`\n\n`) before `start`, forward to the nearest
/// one from `end` on. Found with memchr over windows of the text rather than byte by byte, the
/// nearest window first, so a long paragraph costs no more than the distance to its bounds.
fn sentence_bounds(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
    const WINDOW: usize = 256;
    // The largest s <= start after a sentence end (`is_sentence_end(s - 1)`) or a blank line
    // (`bytes[s - 2..s] == "\n\n"`), else 0.
    let mut s = 0;
    let mut hi = start;
    while hi > 0 {
        let lo = hi.saturating_sub(WINDOW);
        let punct = memchr::memrchr3_iter(b'.', b'?', b'!', &bytes[lo..hi])
            .map(|k| lo + k)
            .find(|&i| is_sentence_end(bytes, i));
        let blank = memchr::memrchr_iter(b'\n', &bytes[lo..hi])
            .map(|k| lo + k)
            .find(|&j| j >= 1 && bytes[j - 1] == b'\n');
        if let Some(i) = punct.max(blank) {
            s = i + 1;
            break;
        }
        hi = lo;
    }
    // The smallest e >= end at a blank line (`bytes[e..e + 2] == "\n\n"`) or after a sentence
    // end (`is_sentence_end(e - 1)`, e - 1 >= end), else the end of the text.
    let mut e = bytes.len();
    let mut lo = end;
    while lo < bytes.len() {
        let hi = (lo + WINDOW).min(bytes.len());
        let punct = memchr::memchr3_iter(b'.', b'?', b'!', &bytes[lo..hi])
            .map(|k| lo + k)
            .find(|&i| is_sentence_end(bytes, i))
            .map(|i| i + 1);
        let blank = memchr::memchr_iter(b'\n', &bytes[lo..hi])
            .map(|k| lo + k)
            .find(|&j| bytes.get(j + 1) == Some(&b'\n'));
        let first = match (punct, blank) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let Some(x) = first {
            e = x;
            break;
        }
        lo = hi;
    }
    (s, e)
}

/// Start of the clause that holds `at`: after the last `.`, `;`, `:`, `!`, `?` or blank line.
fn clause_start(text: &str, at: usize, floor: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    while i > floor {
        let b = bytes[i - 1];
        if matches!(b, b';' | b'!' | b'?')
            || b == b':' && bytes.get(i).is_some_and(|c| c.is_ascii_whitespace())
            || b == b'.' && is_sentence_end(bytes, i - 1)
        {
            return i;
        }
        if b == b'\n' && i >= 2 && bytes[i - 2] == b'\n' {
            return i;
        }
        i -= 1;
    }
    floor
}

/// The words of folded text ([`fold_words`]: single spaces, trimmed).
fn words_of(folded: &str) -> Vec<&str> {
    folded.split(' ').filter(|w| !w.is_empty()).collect()
}

/// Words that may open the stretch between a reference and a cue when the cue belongs to that
/// reference: its date, issuer, term, `về (việc)`, its purpose (`nhằm`, `để`), or `ban hành`
/// (`ban` alone is a body that
/// opens the next clause: `... Nghị quyết số 57` / `Ban Thường vụ Tỉnh ủy vừa ban hành ...`).
const ATTRIBUTE_OPENERS: &[&str] = &[
    "ngay", "cua", "do", "nam", "khoa", "ve", "ban", "nham", "de",
];

/// How a cue's work is done, between the cue and what it governs (`thực hiện có hiệu quả
/// Nghị quyết ...`, `triển khai nghiêm túc Chỉ thị ...`), folded.
const MANNER: &[&[&str]] = &[
    &["co", "hieu", "qua"],
    &["hieu", "qua"],
    &["nghiem", "tuc"],
    &["tot"],
    &["thang", "loi"],
    &["quyet", "liet"],
    &["dong", "bo"],
];

/// What a plan's work is about, between the cue and the document (`triển khai thực hiện có
/// hiệu quả các nội dung, nhiệm vụ, giải pháp nêu trong Quyết định ...`, `cụ thể hóa các quan
/// điểm, mục tiêu của Nghị quyết ...`): the parts of a policy a plan carries out, folded.
const WORK_OBJECTS: &[&[&str]] = &[
    &["noi", "dung"],
    // (`Tiếp tục đẩy mạnh thực hiện có hiệu quả công tác cải cách hành chính theo Nghị quyết
    // số 30c/NQ-CP`: the field of work a plan carries out under it, a Tuyên Quang plan.)
    &["cong", "tac"],
    &["nhiem", "vu"],
    &["giai", "phap"],
    &["muc", "tieu"],
    &["quan", "diem"],
    &["chi", "tieu"],
    &["chu", "truong"],
    &["dinh", "huong"],
    &["yeu", "cau"],
    &["trong", "tam"],
    &["chu", "yeu"],
    &["cac"],
    &["nhung"],
    &["va"],
];

/// How many words open `ws` that say how a cue's work is done and what it is about
/// ([`MANNER`], [`WORK_OBJECTS`]); only when a part of a policy is named.
fn work_object_len(ws: &[&str]) -> usize {
    let mut k = 0;
    let mut named = false;
    loop {
        let rest = &ws[k..];
        if let Some(m) = MANNER.iter().find(|m| rest.starts_with(m)) {
            k += m.len();
        } else if let Some(m) = WORK_OBJECTS.iter().find(|m| rest.starts_with(m)) {
            named |= m.len() == 2;
            k += m.len();
        } else {
            break;
        }
    }
    if named {
        k
    } else {
        0
    }
}

/// Cuts a word a copy glued onto the end of a number-symbol (`text`, up to the symbol's end)
/// off its symbol's group ([`glued_word`]): the length cut, 0 when there is none.
pub(crate) fn unglue(text: &str, ns: &mut NsGroups) -> usize {
    let glued = glued_word(text);
    if glued > 0 {
        let tail = &text[text.len() - glued..];
        for v in [&mut ns.lsym, &mut ns.ssym, &mut ns.piss]
            .into_iter()
            .flatten()
        {
            if v.len() > glued && v.ends_with(tail) {
                *v = &v[..v.len() - glued];
            }
        }
    }
    glued
}

/// The length of a lower-case word glued onto the end of a symbol, `QH15ngày`, `UBNDcủa`
/// (as copies that lose the spaces around a link write them): a word that follows a
/// reference, right after a capital or a digit. 0 when there is none.
fn glued_word(s: &str) -> usize {
    const WORDS: &[&str] = &["ngày", "của", "về", "năm", "tại", "do", "và", "được", "ban"];
    WORDS
        .iter()
        .find(|w| {
            s.strip_suffix(**w).is_some_and(|head| {
                head.chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == 'Đ')
                    // (`449/QĐ-TTgngày`: letters that end in a small one.)
                    || registry::MIXED_CASE_LETTERS
                        .iter()
                        .any(|m| head.ends_with(m) && head[..head.len() - m.len()].ends_with(['-', '/']))
            })
        })
        .map_or_else(
            || match glued_title_word(s) {
                0 => glued_capital_word(s),
                n => n,
            },
            |w| w.len(),
        )
}

/// The length of a capitalised word at the end of a symbol: glued on (`30/2014/TT-BTNMTNgày`, a
/// database's next label) or set after a dash (`40/2020/NĐ-CP – Hướng dẫn ...`, a list's
/// number then its subject; `7/KH-UBND-Huyện`), with the dash and its spaces. A symbol's
/// letters are capitals but for one small letter (`TTg`, `TTr`, `CTr`, `QĐi`): a capital and
/// two small letters open a word. 0 when there is none.
fn glued_title_word(s: &str) -> usize {
    let Some(dash) = s.rfind(['/', '-']) else {
        return 0;
    };
    let part = s[dash + 1..].trim_start_matches([' ', '\t']);
    // (`NGHỊ ĐỊNH 40/2020/NĐ-CP - PHÂN LOẠI DỰ ÁN`, `12/QĐ-UBND - Kế hoạch năm 2020`: past a
    // spaced dash, a word that no symbol's letters make, with the dash and its spaces; `QĐ -
    // UBND` is a symbol.)
    let spaced = s[..dash].ends_with([' ', '\t']) || s[dash + 1..].starts_with([' ', '\t']);
    if spaced && s.as_bytes()[dash] == b'-' && !symbol_letters(part) {
        let head = s[..dash].trim_end_matches([' ', '\t']);
        if !head.is_empty() {
            return s.len() - head.len();
        }
    }
    let cs: Vec<(usize, char)> = part.char_indices().collect();
    let Some(k) = (0..cs.len().saturating_sub(2)).find(|&j| {
        cs[j].1.is_uppercase() && cs[j + 1].1.is_lowercase() && cs[j + 2].1.is_lowercase()
    }) else {
        return 0;
    };
    let at = cs[k].0;
    if at > 0 {
        return part.len() - at;
    }
    // (The whole part: the word, the spaces around the dash, the dash.)
    let head = s[..dash].trim_end_matches([' ', '\t']);
    if head.is_empty() || !head.ends_with(|c: char| c.is_alphanumeric()) {
        return 0;
    }
    s.len() - head.len()
}

/// Whether a word can be letters of a symbol: abbreviations are capitals and digits but for one
/// small letter (`TTg`, `TTr`, `QĐi`), their only Vietnamese letters `Đ` and `Ư` (`HĐND`, `TƯ`);
/// a word of two small letters or another marked vowel (`Ban`, `PHÂN`, `Kế`) is running text.
fn symbol_letters(part: &str) -> bool {
    part.chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, 'Đ' | 'Ư' | '&'))
        && part.chars().filter(char::is_ascii_lowercase).count() <= 1
}

/// The length of a word in capitals glued onto the end of a symbol, `36-CT/TWĐẢNG BỘ TỈNH`
/// (a page's title run into the text; a flattened header's next cell, `12/KH-UBNDCỘNG HÒA`,
/// `367 - QĐ/TWĐTN-VPĐOÀN TNCS`): a symbol's letters carry no tone mark, so its last part ends
/// where the first syllable with one opens: before the vowels ahead of the marked one (`OÀ`,
/// `UYỆ`: at most two) and the consonants before them (`TW` + `ĐẢNG`, `VP` + `ĐOÀN`, `UBND` +
/// `HUYỆN`). 0 when there is none.
fn glued_capital_word(s: &str) -> usize {
    let part_start = s.rfind(['/', '-']).map_or(0, |i| i + 1);
    let part = &s[part_start..];
    let toned = |c: char| {
        c.is_uppercase()
            && !c.is_ascii()
            && !matches!(c, 'Đ' | 'Ă' | 'Â' | 'Ê' | 'Ô' | 'Ơ' | 'Ư')
            && patterns::is_vi_letter(c)
    };
    let Some(v) = part.char_indices().find(|&(_, c)| toned(c)).map(|(i, _)| i) else {
        return 0;
    };
    // The syllable's opening consonants, longest first.
    const ONSETS: &[&str] = &[
        "NGH", "NG", "NH", "CH", "GH", "GI", "KH", "PH", "QU", "TH", "TR", "B", "C", "D", "Đ", "G",
        "H", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "V", "X",
    ];
    let mut head = &part[..v];
    for _ in 0..2 {
        match head.strip_suffix(['A', 'E', 'I', 'O', 'U', 'Y', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư'])
        {
            Some(h) => head = h,
            None => break,
        }
    }
    let v = head.len();
    let onset = ONSETS
        .iter()
        .find(|o| head.ends_with(**o))
        .map_or(0, |o| o.len());
    let start = v - onset;
    if start == 0 {
        return 0;
    }
    part.len() - start
}

/// Whether the date `c` matched at the start of `rest` (after `before`) is a page's dateline,
/// not the date of the reference before it: a bare date that opens a new line and a clock time
/// follows (`... tổng kết 10 năm thực hiện Chỉ thị 17-CT/TU` / `28/06/2018 | 09:58`), or that
/// stands alone on its line under a sentence (a headline, `Họp cho ý kiến vào các văn bản tổng
/// kết thực hiện Nghị quyết số 18-NQ/TW` / `22/12/2024`; not a list's row, `12/KH-UBND` /
/// `20/05/2019`).
fn is_dateline(before: &str, rest: &str, c: &regex::Captures) -> bool {
    let d = c.name("d").expect("day group").start();
    let lead = &rest[..d];
    if !lead.contains('\n') || lead.chars().any(char::is_alphabetic) {
        return false;
    }
    let end = c.get(0).expect("whole match").end();
    let line = rest[end..].split('\n').next().unwrap_or("");
    let ref_line = before.rsplit('\n').next().unwrap_or(before);
    if line.trim_matches([' ', '\t', '|']).is_empty() && ref_line.split_whitespace().count() >= 6 {
        return true;
    }
    // (A table's next row that opens with its date: `09/01/2015 Được sửa đổi 79/2014/QĐ-UBND`
    // under `19/07/2013 Văn bản có hiệu lực 30/2013/QĐ-UBND`; a date that a line break cut
    // from its reference goes on in lower case, `06/8/2009 của Ban Thường vụ Thành ủy`.)
    if line
        .trim_start_matches([' ', '\t', '|'])
        .starts_with(char::is_uppercase)
    {
        return true;
    }
    let t = line.trim_start_matches([' ', '\t', '|', '-', ',']);
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && b.get(digits) == Some(&b':')
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
}

/// The direction a plan carries out or rests on, named by who gave it and where (`Thực hiện ý
/// kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số ...`, `Căn cứ kết luận của Thường trực
/// Tỉnh ủy tại Thông báo số ...`, `Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo tại Công văn
/// số ...`): the document that states it is what the plan carries out or rests on, however
/// long the name of the body. `rest` runs from after the cue (and what of a policy it names)
/// to the reference; the words before the last `tại` / `theo` count as the direction's.
fn directive_len(rest: &[&str]) -> usize {
    let mut k = 0;
    if rest.starts_with(&["y", "kien"]) {
        k = 2;
    } else if rest.starts_with(&["su"]) {
        k = 1;
    }
    let opens = rest[k..].starts_with(&["chi", "dao"])
        || rest[k..].starts_with(&["ket", "luan"])
        || rest[k..].starts_with(&["huong", "dan", "cua"])
        || (k == 2 && rest[k..].starts_with(&["cua"]));
    // (At most a body's long name between: `ý kiến chỉ đạo của đồng chí Phó Chủ tịch Thường
    // trực Ủy ban nhân dân tỉnh tại`.)
    // (`tại Văn bản số 500/UBND-KGVX`: the generic word stands outside the reference.)
    let mut r = rest.strip_suffix(&["so"]).unwrap_or(rest);
    r = r.strip_suffix(&["van", "ban"]).unwrap_or(r);
    if opens && r.len() <= 20 && matches!(r.last(), Some(&"tai" | &"theo")) {
        r.len() - 1
    } else {
        0
    }
}

/// Whether `gap` (between the end of reference A and the start of B) makes A the subject of a
/// cue that governs B: `A ngày ... của ... về (việc) thực hiện B`.
/// A cue that links two cited documents.
struct ChainCue {
    relation: Relation,
    cue: String,
    /// `A đã được sửa đổi, bổ sung bởi B`: the relation runs from B to A.
    passive: bool,
}

/// Whether the last line of a stretch opens in sentence case, a sentence of its own (a news
/// item's headline ends without a period: `... Nghị quyết Đại hội XIV của Đảng` / `Thực hiện
/// Chỉ thị số 01-CT/TW, ...`; a new clause: `Căn cứ ...`); a title in capitals goes on over
/// its lines.
fn new_line_in_sentence_case(gap: &str) -> bool {
    gap.rsplit_once('\n').is_some_and(|(_, last)| {
        // (Also after the date that opens a table's row: `19/05/2017 Được sửa đổi ...`.)
        let last = last
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '/' | '.' | '-'));
        let mut cs = last.trim_start().chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
    })
}

/// For reference `i` on line `line` (1-based) that a row of a document's history in a legal
/// database opens with its change (`09/01/2015 Được sửa đổi 79/2014/QĐ-UBND`, `Bị thay thế`,
/// `Bị bãi bỏ`, `Bị hết hiệu lực 1 phần`, after the row's date): the reference the history's
/// heading names (`Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND`, within 40 lines above), the
/// relation and its cue. `Văn bản được ban hành`, `Văn bản có hiệu lực` are the heading's own.
fn status_row(
    text: &str,
    ls: &[usize],
    found: &[Found],
    i: usize,
    line: usize,
) -> Option<(usize, Relation, &'static str)> {
    const CHANGES: &[(&str, Relation, &str)] = &[
        ("duoc sua doi bo sung", Relation::Amends, "sua doi bo sung"),
        ("duoc sua doi", Relation::Amends, "sua doi"),
        ("duoc bo sung", Relation::Amends, "bo sung"),
        ("duoc dieu chinh", Relation::Amends, "dieu chinh"),
        ("bi thay the", Relation::Replaces, "thay the"),
        ("bi bai bo", Relation::Repeals, "bai bo"),
        ("bi huy bo", Relation::Repeals, "huy bo"),
        (
            "bi het hieu luc mot phan",
            Relation::Repeals,
            "het hieu luc",
        ),
        ("bi het hieu luc 1 phan", Relation::Repeals, "het hieu luc"),
        ("bi het hieu luc toan bo", Relation::Repeals, "het hieu luc"),
        ("bi het hieu luc", Relation::Repeals, "het hieu luc"),
    ];
    let start = ls[line - 1];
    let f = &found[i];
    let before = text[start..f.start].trim_start();
    let before = before
        .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '/' | '.' | '-'))
        .trim();
    if !before.starts_with(['Đ', 'B']) {
        return None;
    }
    let folded = fold_words(before);
    let &(_, rel, cue) = CHANGES.iter().find(|(c, _, _)| folded == *c)?;
    let floor = ls[line.saturating_sub(41)];
    let heading = text[floor..start].rfind("Lịch sử hiệu lực")? + floor;
    let heading_end = text[heading..]
        .find('\n')
        .map_or(text.len(), |e| heading + e);
    let subject = (0..i).find(|&k| found[k].start > heading && found[k].end <= heading_end)?;
    Some((subject, rel, cue))
}

/// Whether `gap` goes on past a line of a header (all capitals: the motto, a type line, a
/// body's name) into another part of the text, or into a basis (`Căn cứ ...`): a number line
/// above and a cue in the preamble below are not one sentence (`Số: 1666/NQ-UBTVQH15` / ... /
/// `NGHỊ QUYẾT` / ... / `Căn cứ Hiến pháp ... đã được sửa đổi, bổ sung ... theo B`).
fn crosses_header(gap: &str) -> bool {
    let mut lines = gap.split('\n');
    lines.next();
    let mut rest: Vec<&str> = lines.collect();
    // (The last line holds the cue itself.)
    let last = rest.pop();
    rest.iter().any(|l| {
        let letters = l.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 4 && !l.chars().any(char::is_lowercase)
    }) || rest
        .iter()
        .chain(last.iter())
        .any(|l| fold_words_starts_with(l.trim_start(), "can cu"))
}

/// The words between a reference and the next one at `next` that may say what the first does
/// to the next: after a definition's closing parenthesis when the first is the short name it
/// defines (`Quy định số 37-QĐ/TW (sau đây gọi tắt là Quy định 37) về ..., thay thế Quy định số
/// 47-QĐ/TW`: the document, named and then given its short name, is the subject).
fn chain_gap<'t>(text: &'t str, first: &Found, next: usize) -> &'t str {
    let gap = &text[first.end..next];
    if first.is_definition {
        if let Some(c) = gap.find(')') {
            return &gap[c + 1..];
        }
    }
    gap
}

fn chain_cue(gap: &str) -> Option<ChainCue> {
    let unaddressed = without_addressees(gap);
    let gap: &str = &unaddressed;
    // (`A ..., được sửa đổi, bổ sung bởi:` / `1. B ...`: a passive's agents listed, the first
    // item's number after the colon; see [`agent_list_item`] for the next ones.)
    let listed = if gap.contains(':') {
        AGENT_LIST.find(gap)
    } else {
        None
    };
    let gap = &match listed {
        Some(m) => std::borrow::Cow::Owned(format!("{} ", &gap[..m.start() + "bởi".len()])),
        None => std::borrow::Cow::Borrowed(gap),
    };
    if new_line_in_sentence_case(gap) || crosses_header(gap) {
        return None;
    }
    // The comma of the cue `sửa đổi, bổ sung` is not a list separator (also when a line
    // breaks after it).
    let gap = &cue_comma_dropped(gap);
    if !one_sentence(gap) || gap.contains(';') || gap.contains(": ") {
        return None;
    }
    let opens = gap.matches('(').count();
    if gap.matches(')').count() > opens {
        return None;
    }
    // Commas may only introduce a date (`, ngày 2/7/2014`), or separate the words of a subject
    // (`về học tập, quán triệt Chỉ thị ...`) when the last comma is close to the cue.
    // (A longer last part when it goes on the subject in small letters up to a replacement,
    // an act only a document does: `Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ
    // luật của Đảng thay thế Quy định số 30-QĐ/TW`.)
    let subject_commas = gap
        .split(',')
        .next()
        .is_some_and(|head| format!(" {} ", fold_words(head)).contains(" ve "))
        && gap.rsplit(',').next().is_some_and(|tail| {
            let f = fold_words(tail);
            let n = words_of(&f).len();
            n <= 5
                || n <= 12
                    && tail.trim_start().starts_with(char::is_lowercase)
                    && (f.ends_with(" thay the") || f.ends_with(" thay the cho"))
        });
    // (And the commas of a ministry's name: `của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch`.)
    let names: Vec<(usize, usize)> = if gap.contains(',') {
        ["Bộ ", "BỘ "]
            .iter()
            .flat_map(|b| gap.match_indices(b).map(|(at, _)| at))
            .filter_map(|at| registry::comma_name_len(&gap[at..]).map(|n| (at, at + n)))
            .collect()
    } else {
        vec![]
    };
    // (`A ... của Quốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2013, được sửa đổi, bổ sung
    // bởi B`: before a passive, a clause on A and the passive's own comma. Before a list of
    // agents, a consolidated text's formula, A's subject may hold commas too: `Thông tư số
    // 107/2012/TT-BTC ... hướng dẫn chế độ thu, nộp, quản lý ..., được sửa đổi, bổ sung bởi:`.)
    // (And the commas of a list of nouns in A's subject, before the passive's comma: `Nghị
    // định số 25/2008/NĐ-CP ... quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của
    // Bộ ..., được sửa đổi, bổ sung tại B`; without the passive's comma they are clauses.)
    let mut needs_passive = false;
    let mut listing = false;
    for (i, _) in gap.match_indices(',') {
        let after = gap[i + 1..].trim_start();
        let folded_after = fold_words(after);
        let date =
            folded_after.starts_with("ngay") || after.starts_with(|c: char| c.is_ascii_digit());
        let in_name = names.iter().any(|&(a, e)| a < i && i < e);
        // (A joint document's issuers: `của Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính và Bộ Lao
        // động - Thương binh và Xã hội về hướng dẫn thực hiện B`.)
        let co_issuer = folded_after.starts_with("bo ")
            && format!(" {} ", fold_words(&gap[..i])).contains(" cua ");
        // (A's subject after its issuer and a comma: `Kế hoạch số 138/KH-UBND ngày 5/5/2020
        // của Ủy ban nhân dân tỉnh Lào Cai, về thực hiện B`.)
        let about = folded_after.starts_with("ve ") && !gap[..i].contains(',');
        if !date && !subject_commas && !in_name && !co_issuer && !about {
            if ["duoc ", "da duoc ", "bi ", "co hieu luc "]
                .iter()
                .any(|w| folded_after.starts_with(w))
            {
                needs_passive = true;
            } else if !needs_passive {
                listing = true;
            } else if listed.is_none() {
                return None;
            }
        }
    }
    if listing && !needs_passive && listed.is_none() {
        // (`A quy định chế độ công tác phí, chế độ chi tổ chức hội nghị ... đã được sửa đổi
        // tại Điều 1 B`: a passive at the end with no comma before it, the last item of a list
        // of nouns in A's subject going on in lower case. The cue must then be passive, below.
        // A name after the comma, `A về thi đua, khen thưởng, Hội đồng Thi đua tỉnh được sửa
        // đổi tại B`, opens a clause of its own.)
        let tail = gap.rsplit(',').next().unwrap_or(gap);
        let lower = tail.trim_start().starts_with(char::is_lowercase);
        let tail = format!(" {} ", fold_words(tail));
        if !lower || !(tail.contains(" duoc ") || tail.contains(" bi ")) {
            return None;
        }
        needs_passive = true;
    }
    let folded = fold_words(gap);
    let ws = words_of(&folded);
    // `sửa đổi điểm b khoản 13 Điều 1 của`, `hướng dẫn thi hành một số quy định của`: the part
    // of the cited document the cue is about.
    // (`bởi các Luật số ...`, `theo Nghị định số ...` after a passive: its agent.)
    let ws_agents = match ws.split_last() {
        Some((&"cac", rest)) => rest,
        _ => &ws[..],
    };
    let by = matches!(ws_agents.last(), Some(&"boi"))
        || ws_agents.last() == Some(&"theo") && ws_agents.contains(&"duoc");
    let ws = if by { ws_agents } else { &ws[..] };
    let mut end = if by { ws.len() - 1 } else { ws.len() };
    let full = end;
    // (And how: `thực hiện có hiệu quả`, `triển khai nghiêm túc`.)
    while end > 0 && full - end < 8 {
        if is_part_word(ws[end - 1]) {
            end -= 1;
        } else if let Some(m) = MANNER.iter().find(|m| ws[..end].ends_with(m)) {
            end -= m.len();
        } else {
            break;
        }
    }
    // (A cue that holds a part word itself, `hướng dẫn một số nội dung của`, ends before
    // the part words that follow it.)
    let cue = cues::cue_at_end(&ws[..end])
        .or_else(|| {
            cues::last_cue(&ws[..full]).filter(|c| ws[c.end..full].iter().all(|w| is_part_word(w)))
        })
        .or_else(|| {
            // `Thông tư số 135/2008/TT-BTC ngày ... của Bộ Tài chính hướng dẫn Nghị định số
            // 69/2008/NĐ-CP`: a bare `hướng dẫn` right before B is A's guidance of B (not
            // `theo hướng dẫn`, following guidance; nor with words between, `hướng dẫn của Sở
            // tại`, whose guidance is B itself).
            let bare = full >= 3
                && !by
                && ws[full - 2..full] == ["huong", "dan"]
                && !matches!(ws[full - 3], "theo" | "va" | "cac" | "duoc");
            bare.then(|| cues::Cue {
                relation: Relation::Guides,
                start: full - 2,
                end: full,
            })
        })?;
    let cue = guidance_through(ws, cue);
    // (`quy định chi tiết một số điều và biện pháp thi hành B`: the bare `thi hành` closes the
    // guidance cue before it, which the description opens. So too a second guidance cue a few
    // words on, as Nghị định 78/2025 is titled: `quy định chi tiết một số điều và biện pháp để
    // tổ chức, hướng dẫn thi hành Luật ...`.)
    let mut cue = match ws[cue.start..cue.end] {
        ["thi", "hanh"] => match cues::last_cue(&ws[..cue.start]) {
            Some(c) if c.relation == Relation::Guides => cues::Cue { end: cue.end, ..c },
            _ => cue,
        },
        _ => cue,
    };
    while cue.relation == Relation::Guides {
        match cues::last_cue(&ws[..cue.start]) {
            Some(c) if c.relation == Relation::Guides && cue.start - c.end <= 10 => {
                cue = cues::Cue { end: cue.end, ..c }
            }
            _ => break,
        }
    }
    let passive = is_passive(ws, cue.start, cue.end);
    if (by || needs_passive) && !passive {
        return None;
    }
    let pre = &ws[..cue.start];
    // (`A về dự thảo Nghị quyết của Quốc hội sửa đổi, bổ sung ... B`: the draft's act, not A's.)
    if pre.windows(2).any(|w| w == ["du", "thao"]) {
        return None;
    }
    // (`Nghị định số 01/2017/NĐ-CP ... sửa đổi, bổ sung một số nghị định quy định chi tiết thi
    // hành Luật đất đai`: the act of some documents of a type, unnamed, right before the cue;
    // A amends them.)
    if !passive && some_documents_before(pre) {
        return None;
    }
    // (A passive's subject is told more of: `A ngày ... của Quốc hội, có hiệu lực kể từ ngày
    // 01 tháng 7 năm 2013, được sửa đổi, bổ sung bởi B`; the more before a list of agents, a
    // consolidated text's subject with its whole title.)
    // (A joint document's ministries, each of up to eight words: `của Liên Bộ Giáo dục và Đào
    // tạo, Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội`.)
    let co_issuers = pre
        .iter()
        .position(|w| *w == "cua")
        .map_or(0, |c| pre[c..].iter().filter(|w| **w == "bo").count())
        .saturating_sub(1);
    let most = match (passive, listed.is_some()) {
        (true, true) => 80,
        // (A title of forty words and more: `... Phê duyệt điều chỉnh quy hoạch tổng thể phát
        // triển kinh tế-xã hội tỉnh Yên Bái thời kỳ 2006-2020 (Văn bản hết hiệu lực) bị bãi bỏ,
        // thay thế bởi B`.)
        (true, false) => 60,
        _ => 20,
    } + 8 * co_issuers.min(4);
    if pre.len() > most {
        return None;
    }
    // `Kế hoạch số 118-KH/TU ... về tổng kết 10 năm thực hiện Nghị quyết số 29`: A is about the
    // review of B, so it cites B.
    let reviews =
        matches!(cue.relation, Relation::Implements | Relation::Continues) && is_review(pre);
    // `Nghị quyết số 51/NQ-CP Chương trình hành động của Chính phủ thực hiện Kết luận số
    // 91-KL/TW`: the instrument A issues, named in apposition (capitalised), as after `ban
    // hành`.
    let apposition = if gap.trim_start().starts_with(char::is_uppercase) {
        instrument_len(pre)
    } else {
        None
    };
    if let Some(first) = pre.first() {
        let opens = ATTRIBUTE_OPENERS.contains(first)
            && (*first != "ban" || pre.get(1) == Some(&"hanh"))
            || first.chars().all(|c| c.is_ascii_digit())
            || apposition.is_some();
        // (`A bổ sung thủ tục hành chính đã được thay thế bởi B`: the subject of a passive
        // verb is what comes before it, A and its description.)
        if !(opens || passive) {
            return None;
        }
    }
    // `tổng kết 10 năm thực hiện A ... và 5 năm thực hiện B`, `... và tổng kết 10 năm thực hiện
    // B`: a second span or a second review, not A's work.
    if second_span(pre) {
        return None;
    }
    // `A ... ban hành Chương trình hành động ... thực hiện B`: A promulgates the instrument that
    // implements B, so A implements B. Any other verb or document between them breaks the chain.
    let mut k = apposition.unwrap_or(0);
    let mut promulgated = false;
    while k < pre.len() {
        let promulgates =
            pre[k..].starts_with(&["ban", "hanh"]) || pre[k..].starts_with(&["phe", "duyet"]);
        if promulgates {
            promulgated = true;
            k += 2;
            match instrument_len(&pre[k..]) {
                Some(n) => k += n,
                // (A passive's subject is told of with its own title, `Nghị quyết 39/2003/NQ-HĐND
                // phê duyệt mức thu phí ... đã được thay thế bởi B`: what A approves is no
                // instrument between A and B.)
                None if passive => {}
                None => return None,
            }
            continue;
        }
        // (A law named in the subject of a passive, `Thông tư số 06/2017 quy định chi tiết
        // một số điều của Luật Du lịch được sửa đổi, bổ sung bởi Thông tư số 13/2019`: a
        // circular or decree amends the one before the law, which only a law amends; the
        // caller checks what the agent is.)
        // (`kỷ luật`, `pháp luật`: discipline, the law at large, no law's name.)
        // `A ... và Kế hoạch của Chính phủ thực hiện B`, `A và hướng dẫn của Ban ... về triển
        // khai thực hiện B`: an unnumbered document joined to A, named by its type and its
        // issuer, is what carries the cue out (unless A promulgates it with the one before).
        if pre[k] == "va" && !promulgated {
            let at = k + 1 + usize::from(pre.get(k + 1) == Some(&"cac"));
            if let Some(n) = instrument_len(&pre[at..]) {
                if matches!(pre.get(at + n), None | Some(&"cua")) {
                    return None;
                }
            }
        }
        let compound = pre[k] == "luat" && k > 0 && matches!(pre[k - 1], "ky" | "phap");
        if registry::type_by_word(pre[k]).is_some() && !(passive && pre[k] == "luat") && !compound {
            return None;
        }
        // `A của UBND tỉnh và có văn bản chỉ đạo ... thực hiện B`, `và đã ...`: a second
        // predicate of the sentence's subject, not A's.
        // (Folded, `và cơ cấu`, `và cơ quan` are no `và có`.)
        let co_noun = pre.get(k + 1) == Some(&"co")
            && matches!(
                pre.get(k + 2),
                Some(&"cau" | &"quan" | &"so" | &"che" | &"hoi" | &"ban")
            );
        if pre[k] == "va" && matches!(pre.get(k + 1), Some(&"co" | &"da")) && !co_noun {
            return None;
        }
        k += 1;
    }
    Some(ChainCue {
        relation: if reviews {
            Relation::Cites
        } else {
            cue.relation
        },
        cue: ws[cue.start..cue.end].join(" "),
        passive,
    })
}

/// `gap` without the addressees of a letter, `gửi <addressees> về việc`: `Công văn số
/// 1814/BNV-TCBC gửi các bộ, cơ quan ngang bộ, ...; Ủy ban nhân dân các tỉnh ... về việc hướng
/// dẫn thực hiện B`. The addressees, commas and semicolons and all, stand between a letter and
/// its subject, which still tells what the letter does.
fn without_addressees(gap: &str) -> std::borrow::Cow<'_, str> {
    let Some(g) = gap.find(" gửi ") else {
        return gap.into();
    };
    let Some(v) = gap[g..].find(" về việc ").map(|v| g + v) else {
        return gap.into();
    };
    let addressees = &gap[g..v];
    if addressees.contains(". ") || addressees.contains("\n\n") || addressees.len() > 600 {
        return gap.into();
    }
    format!("{}{}", &gap[..g], &gap[v..]).into()
}

/// The number of words of the type word that opens `ws` (folded words: `chuong trinh hanh
/// dong`, `ke hoach`), the longest first.
fn instrument_len(ws: &[&str]) -> Option<usize> {
    (1..=4.min(ws.len()))
        .rev()
        .find(|&n| registry::type_by_word(&ws[..n].join(" ")).is_some())
}

/// Whether the cue at `ws[start..end]` is in the passive voice with its agent after it: `được`
/// or `bị` before it (or a change opening the words after the changed document), and `bởi` (by), `tại` (in: `được sửa đổi tại Điều 1 Nghị quyết ...`) or
/// `theo` (`được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10`) after it, with
/// only words naming a part of a document between.
fn is_passive(ws: &[&str], start: usize, end: usize) -> bool {
    // (`bị bãi bỏ, thay thế bởi`: another cue's words may stand between.)
    let mut k = start;
    while k > 0
        && start - k < 4
        && matches!(ws[k - 1], "bai" | "bo" | "sung" | "sua" | "doi" | "va")
    {
        k -= 1;
    }
    // (`theo` only after a change to a text: `được triển khai thực hiện theo Kế hoạch X` is
    // done as X says, not by X.)
    let changes = ws[start..end]
        .iter()
        .any(|w| matches!(*w, "sua" | "bo" | "thay"));
    let agent = ws[end..]
        .iter()
        .position(|w| matches!(*w, "boi" | "tai") || *w == "theo" && changes)
        .filter(|&a| ws[end..end + a].iter().all(|w| is_part_word(w)));
    // (A change right after the document it changes, `Nghị định 178 (sửa đổi, bổ sung tại Nghị
    // định số 67)`, `..., sửa đổi bổ sung bởi ...`: the passive without its `được`, as writers
    // drop it; `bởi`, or `tại` right before a document, names the agent, where an act would
    // name its object.)
    // (Its date may stand between: `Nghị định 108 ngày 20/11/2014 (sửa đổi, bổ sung bởi ...)`.)
    let date_only = ws[..k]
        .iter()
        .all(|w| matches!(*w, "ngay" | "thang" | "nam") || w.bytes().all(|b| b.is_ascii_digit()));
    // (`tại` right before the agent only: `Nghị quyết 18/2025 sửa đổi nội dung tại Điều 1 Nghị
    // quyết 64/2017` amends the part of 64 it names.)
    let bare = date_only
        && changes
        && agent.is_some_and(|a| ws[end + a] == "boi" || a == 0 && end + 1 == ws.len());
    bare || k > 0 && matches!(ws[k - 1], "duoc" | "bi") && agent.is_some()
}

/// `gap` without the comma inside a cue of two acts: `sửa đổi, bổ sung`, `bãi bỏ, thay thế`,
/// `bổ sung, cập nhật` (the first act's last word and a comma, then spaces or one line break,
/// then the second's first word).
fn cue_comma_dropped(gap: &str) -> std::borrow::Cow<'_, str> {
    const PAIRS: &[(&str, &str)] = &[
        ("đổi,", "bổ"),
        ("bỏ,", "thay"),
        ("sung,", "cập"),
        // (`quy định chi tiết, hướng dẫn thi hành`.)
        ("tiết,", "hướng"),
        // (`biện pháp để tổ chức, hướng dẫn thi hành`, Nghị định 78/2025's title.)
        ("chức,", "hướng"),
    ];
    if !PAIRS.iter().any(|(w, _)| gap.contains(w)) {
        return gap.into();
    }
    let mut out = String::with_capacity(gap.len());
    let mut rest = gap;
    while let Some((i, (w, next))) = PAIRS
        .iter()
        .filter_map(|p| rest.find(p.0).map(|i| (i, p)))
        .min_by_key(|(i, _)| *i)
    {
        let after = &rest[i + w.len()..];
        let space = &after[..after.len() - after.trim_start().len()];
        let cue = after.trim_start().starts_with(next) && space.matches('\n').count() <= 1;
        out.push_str(&rest[..i + w.len() - 1]);
        out.push_str(if cue { " " } else { "," });
        rest = if cue { after.trim_start() } else { after };
    }
    out.push_str(rest);
    out.into()
}

/// The words at the start of `ws` that name parts of a document (see [`is_part_word`]), also
/// two parts joined by `và` (`Điều 27 và Điều 34 của`).
fn parts_len(ws: &[&str]) -> usize {
    let mut n = 0;
    loop {
        n += ws[n..].iter().take_while(|w| is_part_word(w)).count();
        let joined = n > 0
            && ws.get(n) == Some(&"va")
            && matches!(
                ws.get(n + 1),
                Some(&"dieu" | &"khoan" | &"diem" | &"chuong" | &"muc" | &"phu")
            );
        if !joined {
            return n;
        }
        n += 1;
    }
}

/// The last words of `before` (its last 40 bytes), folded.
fn folded_tail(before: &str) -> String {
    let mut from = before.len().saturating_sub(40);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    fold_words(&before[from..])
}

/// Whether `before` (the text before a reference) ends with `kèm` (`kèm theo`, `ban hành kèm`):
/// the reference issued what the words before it name.
fn after_kem(before: &str) -> bool {
    let folded = folded_tail(before);
    matches!(words_of(&folded)[..], [.., "kem"] | [.., "kem", "theo"])
}

/// Whether `before` (the text before a reference) ends with `theo` that is not `kèm theo`: the
/// reference is what something is done according to.
fn after_theo(before: &str) -> bool {
    let folded = folded_tail(before);
    let ws = words_of(&folded);
    ws.last() == Some(&"theo") && ws.len().checked_sub(2).is_none_or(|k| ws[k] != "kem")
}

/// Where documents named in the plural end `ws` (`các Nghị định`, `những Thông tư`): the
/// position of their `các` / `những`.
fn plural_documents_before(ws: &[&str]) -> Option<usize> {
    // (`các văn bản có liên quan triển khai thực hiện Nghị quyết số 21-NQ/TW`: the documents
    // at large, related to it.)
    let ws = ws
        .strip_suffix(&["co", "lien", "quan"][..])
        .or_else(|| ws.strip_suffix(&["lien", "quan"][..]))
        .unwrap_or(ws);
    (1..=2).find_map(|n| {
        let k = ws.len().checked_sub(n + 1)?;
        let named = ws[k + 1..].join(" ");
        (matches!(ws[k], "cac" | "nhung")
            && (registry::type_by_word(&named).is_some() || named == "van ban"))
            .then_some(k)
    })
}

/// Whether `ws` (folded words) end with documents of a type named in the plural and unnamed:
/// `một số nghị định`, `các thông tư`, `những văn bản`.
fn some_documents_before(ws: &[&str]) -> bool {
    plural_documents_before(ws).is_some()
        || (1..=2).any(|n| {
            ws.len() >= n + 2 && ws[ws.len() - n - 2..ws.len() - n] == ["mot", "so"] && {
                let named = ws[ws.len() - n..].join(" ");
                registry::type_by_word(&named).is_some() || named == "van ban"
            }
        })
}

/// Words naming a part of a document (`một số điều của`, `điểm b khoản 2 Điều 1 của`,
/// `các nội dung của`), which may stand between a cue and the document it governs.
fn is_part_word(w: &str) -> bool {
    matches!(
        w,
        "mot"
            | "so"
            | "dieu"
            | "khoan"
            | "diem"
            | "quy"
            | "dinh"
            | "cua"
            | "cac"
            | "noi"
            | "dung"
            | "chuong"
            | "muc"
            | "phu"
            | "luc"
            | "tai"
    ) || w.chars().all(|c| c.is_ascii_digit())
        || (w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase()))
}

/// A bare `thực hiện` that a guidance cue and the part it is about come before (`hướng dẫn một
/// số nội dung thực hiện Quyết định số 590/QĐ-TTg`): the guidance of that document, not its
/// implementation.
fn guidance_through(ws: &[&str], cue: cues::Cue) -> cues::Cue {
    if ws[cue.start..cue.end] != ["thuc", "hien"] {
        return cue;
    }
    // (The part words may end the cue itself: `hướng dẫn một số` + `nội dung`.)
    let mut k = cue.start;
    loop {
        if let Some(c) = cues::cue_at_end(&ws[..k]).filter(|c| c.relation == Relation::Guides) {
            return cues::Cue { end: cue.end, ..c };
        }
        if k == 0 || !is_part_word(ws[k - 1]) {
            return cue;
        }
        k -= 1;
    }
}

/// Whether the clause that `rest` opens (up to `;` or the line's end) says that what it names
/// ends when this document takes effect: `... hết hiệu lực (thi hành) kể từ ngày Quyết định
/// này có hiệu lực`. Not `đã hết hiệu lực` (ended before), nor an end on a date alone, which
/// may be the document's own term.
fn expires_with_this(rest: &str) -> bool {
    let mut end = rest.find([';', '\n']).unwrap_or(rest.len()).min(600);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    // (Most clauses say nothing of it: no words folded for them.)
    let raw = &rest[..end];
    if !["hiệu lực", "Hiệu lực", "HIỆU LỰC"]
        .iter()
        .any(|w| raw.contains(w))
    {
        return false;
    }
    let folded = fold_words(raw);
    let ws = words_of(&folded);
    ws.windows(3)
        .position(|w| w == ["het", "hieu", "luc"])
        .is_some_and(|k| {
            (k == 0 || ws[k - 1] != "da") && ws[k + 3..].iter().take(12).any(|w| *w == "nay")
        })
}

/// The cue that governs a reference from the document itself: the last cue in its clause (after
/// the previous reference), close to it.
/// `ws` without the generic words of a reference that names its type so (`Văn bản số`,
/// `Công văn số`, `số`), which stand between a cue's words and the number.
fn without_generic_tail<'a, 'w>(ws: &'a [&'w str]) -> &'a [&'w str] {
    for tail in [
        &["van", "ban", "so"][..],
        &["cong", "van", "so"],
        &["van", "ban"],
        &["cong", "van"],
        &["so"],
    ] {
        if let Some(head) = ws.strip_suffix(tail) {
            return head;
        }
    }
    ws
}

fn head_cue(window: &str) -> Option<(Relation, String)> {
    let folded = fold_words(window);
    let ws = words_of(&folded);
    let mut cue = cues::last_cue(&ws)?;
    // (`Căn cứ Thông tư số 17/2017/TT-BTTTT ... quy định một số nội dung và biện pháp thi hành
    // Quyết định số 45/2016/QĐ-TTg`: a bare `thi hành` after other words is in a description,
    // which the cue before it governs, if any; the document's own opens its clause, `Thi
    // hành Nghị định ...`, `Để thi hành ...`.)
    if ws[cue.start..cue.end] == ["thi", "hanh"] && cue.start > 2 {
        cue = cues::last_cue(&ws[..cue.start])?;
    }
    let mut cue = guidance_through(&ws, cue);
    // `Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức số
    // 52/2019/QH14`: a cue that opens a law's name is the name, not the citing text's act.
    // (Not in the enacting formula of an amending law, `Quốc hội ban hành Luật sửa đổi, bổ
    // sung một số điều của Luật X số N`: the law is the text's own, which amends X.)
    while cue.start > 0
        && ws[cue.start - 1] == "luat"
        && !ws[..cue.start - 1].ends_with(&["ban", "hanh"])
    {
        cue = cues::last_cue(&ws[..cue.start - 1])?;
    }
    // `Căn cứ Nghị định số 28/CP ..., các Nghị định sửa đổi, bổ sung Nghị định số 28/CP`: the
    // documents named in the plural right before the cue do its act, not the citing one.
    if let Some(k) = plural_documents_before(&ws[..cue.start]) {
        cue = cues::last_cue(&ws[..k])?;
    }

    // `... đã được thay thế bởi Quyết định X`, `bị bãi bỏ bởi`, `được sửa đổi tại Điều 1 Nghị
    // quyết Y`: passive voice, whose agent (X, Y) does the act to an earlier document; the
    // citing document does not.
    if is_passive(&ws, cue.start, cue.end) {
        return None;
    }
    // `trên cơ sở đề nghị của Đảng đoàn (trong Quy định số 172-QĐ/TW ...)`, `Căn cứ đề nghị
    // của Sở Nội vụ tại Tờ trình số ...`: what rests on a body's proposal, as after `Xét đề
    // nghị` in a decision's preamble, rests on no document.
    // (Nor `Trên cơ sở xem xét Tờ trình số ...`: the submission a council's resolution answers,
    // weighed, not rested on.)
    // (Nor a proposal a body made in a submission or a letter, `trên cơ sở báo cáo đề xuất tại
    // Tờ trình số ...`, `Căn cứ ý kiến đề nghị của Sở Nội vụ tại Công văn số ...`: the
    // `Theo đề nghị ... tại Tờ trình` of a decision's preamble, in other words.)
    if cue.relation == Relation::BasedOn
        && (matches!(
            ws.get(cue.end..cue.end + 2),
            Some(["de", "nghi"] | ["de", "xuat"] | ["xem", "xet"])
        ) || without_generic_tail(&ws).last() == Some(&"tai")
            && ws[cue.end..]
                .windows(2)
                .any(|w| matches!(w, ["de", "nghi"] | ["de", "xuat"])))
    {
        return None;
    }
    // (`Căn cứ quy định tại Điều 49 của Luật Quản lý thuế, Điều 24 của Nghị định số ...`: the
    // part of a document the cue is about does not count.)
    // (`triển khai thực hiện có hiệu quả các nội dung, nhiệm vụ, giải pháp nêu trong Quyết định
    // số ...`: nor what of a policy a plan carries out.)
    let part = match cue.relation {
        Relation::BasedOn => match directive_len(&ws[cue.end..]) {
            0 => parts_len(&ws[cue.end..]),
            k => k,
        },
        Relation::Implements | Relation::Continues => {
            let k = work_object_len(&ws[cue.end..]);
            k + directive_len(&ws[cue.end + k..])
        }
        _ => 0,
    };
    // `Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13`: a law
    // is cited by its name, which may be long, between the cue and the number.
    // (Also after the part of it the cue is about: `Căn cứ Điều 27 và Điều 34 của Luật Mặt
    // trận Tổ quốc Việt Nam số 75/2015/QH13`.)
    let at = cue.end
        + if cue.relation == Relation::BasedOn {
            part
        } else {
            0
        };
    let named = matches!(ws.get(at..at + 1), Some(["luat"]))
        || matches!(ws.get(at..at + 2), Some(["bo", "luat"] | ["phap", "lenh"]));
    // `Căn cứ Quy định về ... ban hành kèm theo Quyết định số 1319/QĐ-UBND`: the rules rest
    // in the decision that issues them, however long their name.
    // (So too a plan or scheme named by its title and `được Thủ tướng Chính phủ phê duyệt tại
    // Quyết định số 952/QĐ-TTg`: it is in force as the decision that approved it.)
    // (And an opinion a basis names with its subject, `Căn cứ ý kiến của Thủ tướng Chính phủ
    // về kết quả công tác đối ngoại ... năm 2021 tại Văn bản số 225/VPCP-QHQT`: it rests on the
    // letter that gives it.)
    let attached = ws.ends_with(&["kem", "theo"])
        || ws.ends_with(&["phe", "duyet", "tai"])
        || ws.ends_with(&["phe", "duyet", "theo"])
        || cue.relation == Relation::BasedOn
            && ws[cue.end..].starts_with(&["y", "kien"])
            && without_generic_tail(&ws).last() == Some(&"tai");
    // `Bãi bỏ nội dung liên quan đến quản lý cán bộ, công chức ... đi nước ngoài qui định tại
    // Điều 9 Quyết định số 20/2010/QĐ-UBND`: the content a repeal names, however long, then
    // the part that holds it; a repeal of part of a document amends it (see below).
    let after_cue = &ws[cue.end..];
    let content_repealed = cue.relation == Relation::Repeals
        && (after_cue.starts_with(&["noi", "dung"])
            || after_cue.starts_with(&["cac", "noi", "dung"])
            || after_cue.starts_with(&["mot", "so", "noi", "dung"]))
        && after_cue
            .iter()
            .rposition(|w| *w == "tai")
            .is_some_and(|t| {
                let part = &after_cue[t + 1..];
                part.iter().all(|w| is_part_word(w))
                    && part.iter().any(|w| matches!(*w, "dieu" | "khoan" | "diem"))
            });
    // `Thực hiện Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030 theo Quyết định số
    // 1300/QĐ-BYT`: a policy instrument the text carries out, named at length, as a document
    // sets it; the text carries out the document. Only a cue that opens its clause (the text's
    // own act), and an instrument a decision issues (not `chế độ báo cáo ... theo Quyết định`,
    // a report's schedule).
    const INSTRUMENTS: &[&[&str]] = &[
        &["bo", "tieu", "chi"],
        &["bo", "chi", "so"],
        &["tieu", "chi"],
        &["chuong", "trinh"],
        &["de", "an"],
        &["du", "an"],
        &["quy", "hoach"],
        &["chien", "luoc"],
        &["ke", "hoach"],
        &["phuong", "an"],
        &["quy", "che"],
        &["quy", "dinh"],
        &["danh", "muc"],
    ];
    let set_by = cue.relation == Relation::Implements
        && INSTRUMENTS.iter().any(|i| ws[cue.end..].starts_with(i))
        && matches!(without_generic_tail(&ws).last(), Some(&"theo" | &"tai"))
        && (cue.start == 0 || {
            // (Or opens its line, under a header the clause began in.)
            let line = &window[window.rfind('\n').map_or(0, |i| i + 1)..];
            fold_words_starts_with(line.trim_start(), &ws[cue.start..cue.end].join(" "))
        });
    let limit = if content_repealed || set_by {
        40
    } else if attached {
        // (A budget regulation's name runs to 50 words: `Sửa đổi, bổ sung, bãi bỏ một số điều
        // của Quy định về phân cấp nguồn thu, nhiệm vụ chi ... ban hành kèm theo Nghị quyết số`.)
        60
    } else if named {
        8 + NAME_WORDS
    } else {
        8
    };
    if ws.len() - cue.end - part > limit {
        return None;
    }
    if ws.len() > cue.end
        && cues::ADJACENT_ONLY.contains(&&ws[cue.start..cue.end])
        && !matches!(
            &ws[cue.end..],
            ["so"] | ["van", "ban"] | ["van", "ban", "so"]
        )
    {
        return None;
    }
    let mut relation = cue.relation;
    // `Bãi bỏ một số điều của Nghị quyết số 45/2007/NQ-HĐND`, `... bãi bỏ một số nội dung Nghị
    // quyết số 47/2007` (after `VIỆCSỬA ĐỔI, BỔ SUNG,` glued by a copy): a repeal of some of a
    // document's parts leaves the rest in force, it amends the document.
    if relation == Relation::Repeals && content_repealed
        || relation == Relation::Repeals
            && ws[cue.end..].iter().all(|w| is_part_word(w))
            && ws[cue.end..].iter().any(|w| {
                matches!(
                    *w,
                    "dieu" | "khoan" | "diem" | "noi" | "chuong" | "muc" | "luc"
                )
            })
    {
        relation = Relation::Amends;
    }
    let before = &ws[..cue.start];
    if matches!(cue.relation, Relation::Implements | Relation::Continues) && is_review(before) {
        return None;
    }
    // `Tiếp tục triển khai, tổ chức thực hiện ...`: the clause continues the work. `Sau 5 năm
    // triển khai ...`, `kế thừa kết quả thực hiện ...`: the document builds on an earlier one.
    // (`Tiếp tục` within a few words of the cue: `Tiếp tục nêu cao tinh thần trách nhiệm ...
    // trong quá trình triển khai thực hiện ...` goes on with something else.)
    let near = &before[before.len().saturating_sub(5)..];
    let retrospective = near.windows(2).any(|w| w == ["tiep", "tuc"])
        || before
            .windows(2)
            .any(|w| w == ["ket", "qua"] || w == ["ke", "thua"])
        || before
            .windows(3)
            .any(|w| w[0] == "sau" && w[2] == "nam" && w[1].chars().all(|c| c.is_ascii_digit()))
        || before.windows(2).any(|w| w[0] == "sau" && w[1] == "gan");
    if relation == Relation::Implements && retrospective {
        relation = Relation::Continues;
    }
    Some((relation, ws[cue.start..cue.end].join(" ")))
}

/// The cue that opens the sentence of a document's issuing (`Thực hiện A ... và B ..., Ủy ban
/// nhân dân tỉnh ban hành Kế hoạch ...`) for B, the last object of that cue joined by `và`:
/// however long A's description, the sentence says the document carries out both. Only when B
/// follows `và`, no `;` or sentence end stands between the opening cue and B, and B's
/// attributes are followed by a comma and a body that `ban hành` (issues) the document.
fn issuing_sentence_cue(text: &str, start: usize, attr_end: usize) -> Option<(Relation, String)> {
    let before = &text[..start];
    let boundary = |s: &str, mut k: usize| {
        while !s.is_char_boundary(k) {
            k -= 1;
        }
        k
    };
    let tail = &before[boundary(before, before.len().saturating_sub(8))..];
    if words_of(&fold_words(tail)).last() != Some(&"va") {
        return None;
    }
    let open = [". ", ".\n", "\n\n", ";"]
        .iter()
        .filter_map(|end| before.rfind(end).map(|x| (x + end.len(), *end == ";")))
        .max()
        .unwrap_or((0, false));
    if open.1 {
        return None;
    }
    let folded = fold_words(&before[open.0..]);
    let ws = words_of(&folded);
    let cue = (1..=4.min(ws.len()))
        .filter_map(|k| cues::cue_at_end(&ws[..k]))
        .find(|c| c.start == 0)?;
    if !matches!(
        cue.relation,
        Relation::Implements | Relation::Continues | Relation::BasedOn
    ) {
        return None;
    }
    let after = text
        .get(attr_end.max(start)..)?
        .trim_start_matches([' ', '\t']);
    let after = after.strip_prefix(',')?;
    let end = boundary(
        after,
        after.find(['.', ';']).unwrap_or(after.len()).min(400),
    );
    let rest = fold_words(&after[..end]);
    let rw = words_of(&rest);
    rw.windows(2)
        .take(12)
        .any(|w| w == ["ban", "hanh"])
        .then(|| (cue.relation, ws[cue.start..cue.end].join(" ")))
}

/// Whether the words before an implementing cue make it the object of a review: `tổng kết 10
/// năm thực hiện Nghị quyết ...`, `Hội nghị sơ kết ... năm 2025 thực hiện ...`, `báo cáo ... về
/// kết quả thực hiện ...`, `đánh giá việc thực hiện ...`. A review speaks of how a document was
/// carried out; the text does not carry it out by saying so. (Within the six words before the
/// cue, past a period's words.)
fn is_review(before: &[&str]) -> bool {
    let near = &before[before.len().saturating_sub(6)..];
    if near
        .windows(2)
        .any(|w| matches!(w, ["so", "ket"] | ["tong", "ket"] | ["kiem", "diem"]))
    {
        return true;
    }
    // `Thông báo nêu sau gần 6 tháng triển khai Nghị quyết ..., bước đầu đã có những kết quả`:
    // months into the work, what it has done so far. (Years into it, `Sau 5 năm triển khai
    // ...`, a document goes on with it: [`head_cue`].)
    if near.windows(3).any(|w| {
        matches!(w[0], "sau" | "gan" | "hon")
            && w[1].bytes().all(|b| b.is_ascii_digit())
            && w[2] == "thang"
    }) {
        return true;
    }
    // Further back when only the reviewed period and its tasks stand between: `Hội nghị sơ kết
    // công tác 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2025 thực hiện ...`.
    const PERIOD: &[&str] = &[
        "cong", "tac", "thang", "nam", "dau", "cuoi", "va", "nhiem", "vu", "trong", "tam", "giai",
        "doan", "ky", "quy", "hang", "cac", "moi",
    ];
    let far = &before[before.len().saturating_sub(24)..];
    if let Some(k) = far
        .windows(2)
        .rposition(|w| matches!(w, ["so", "ket"] | ["tong", "ket"]))
    {
        if far[k + 2..]
            .iter()
            .all(|w| PERIOD.contains(w) || w.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
        {
            return true;
        }
    }
    // `Tình hình và kết quả 10 năm thực hiện Nghị quyết 15-NQ/TW`, `đánh giá kết quả hơn 5 năm
    // thực hiện ...`: the results of years of the work, a review's heading. (A document that
    // builds on them says so: `kế thừa kết quả ...`, `phát huy kết quả ...`.)
    if let Some(j) = before
        .len()
        .checked_sub(2)
        .filter(|&j| before[j].bytes().all(|b| b.is_ascii_digit()) && before[j + 1] == "nam")
    {
        let m = if j > 0 && matches!(before[j - 1], "sau" | "hon" | "gan") {
            j - 1
        } else {
            j
        };
        if m >= 2
            && before[m - 2..m] == ["ket", "qua"]
            && !before[..m - 2].ends_with(&["ke", "thua"])
            && !before[..m - 2].ends_with(&["phat", "huy"])
        {
            return true;
        }
    }
    // `báo cáo sơ kết nêu rõ quan điểm, nhiệm vụ và giải pháp tiếp tục thực hiện Nghị quyết
    // số 21`, `đề xuất giải pháp tiếp tục thực hiện ...`: the solutions a review is to propose are what
    // it will say, not what the text does. (`Kế hoạch ... với các giải pháp thực hiện ...`, a
    // plan's own, has no review's word before it.)
    if before.ends_with(&["giai", "phap"])
        && before[before.len().saturating_sub(24)..]
            .windows(2)
            .any(|w| {
                matches!(
                    w,
                    ["so", "ket"]
                        | ["tong", "ket"]
                        | ["danh", "gia"]
                        | ["de", "xuat"]
                        | ["bao", "cao"]
                )
            })
    {
        return true;
    }
    // `báo cáo ... kết quả thực hiện`, `đánh giá tình hình thực hiện`, `đánh giá việc thực
    // hiện`; not `việc đánh giá học sinh thực hiện theo Hướng dẫn ...` (the assessing is done
    // as the guidance says).
    let of_results = before.ends_with(&["ket", "qua"])
        || before.ends_with(&["tinh", "hinh"])
        || before.ends_with(&["viec"]);
    let wide = &before[before.len().saturating_sub(12)..];
    of_results
        && wide
            .windows(2)
            .any(|w| matches!(w, ["bao", "cao"] | ["danh", "gia"]))
}

/// The cue before a colon that opens a list on its line, for its first item: `Căn cứ các Nghị
/// định của Chính phủ: Số 78/2025/NĐ-CP ...; số 187/2025/NĐ-CP ...` (the items after it follow
/// by [`list_cue`]). `ws` is where the reference's clause starts ([`clause_start`]), after the
/// colon, and only `số` or a bullet may stand between the colon and the reference.
fn colon_head(text: &str, ws: usize, at: usize, floor: usize) -> Option<(Relation, String)> {
    let colon = text[..ws].trim_end().strip_suffix(':')?.len();
    let between = fold_words(&text[ws..at]);
    if words_of(&between).iter().any(|w| *w != "so") {
        return None;
    }
    let from = clause_start(text, colon, floor);
    // (`Căn cứ các thông tư của Bộ Kế hoạch và Đầu tư: Số 01/2007/TT-BKH ...`: the group's
    // issuer, however long its name, is no distance from the cue.)
    let head = &text[from..colon];
    head_cue(head).or_else(|| head.rfind(" của ").and_then(|at| head_cue(&head[..at])))
}

/// The cue of a list a reference opens an item of: the reference starts its line (after a
/// bullet or number), and the line before ends with `;`, `:` or `,` and either states the cue
/// itself (`Căn cứ:`) or is the previous item, governed by `last_head`.
fn list_cue(
    text: &str,
    ls: &[usize],
    start: usize,
    line: usize,
    last_head: &Option<(usize, Relation, String, usize)>,
) -> Option<(Relation, String)> {
    // `Căn cứ Nghị định số 63/2010/NĐ-CP ...; Nghị định số 92/2017/NĐ-CP ...`: an item after a
    // semicolon, on the line of the cue or the next (or further down, see below; also when
    // the item opens the next line: `... năm 2030;` / `Chương trình hành động số 52-CTr/TU`).
    let before = text[..start].trim_end_matches([' ', '\t']);
    let before = match before.strip_suffix('\n') {
        Some(b) if b.trim_end_matches([' ', '\t', '|']).ends_with(';') => {
            b.trim_end_matches([' ', '\t', '|'])
        }
        _ => before,
    };
    // (`...; số 83/2015/QH13`: an item written as `số` and its number; `...; Luật Sở hữu trí
    // tuệ số 07/2022/QH15`: a law by its name, then `số`.)
    // (Also with a line break after `số`, as a PDF's text breaks it: `...; số` /
    // `04/2008/NĐ-CP`.)
    // (`Căn cứ các Quyết định của UBND tỉnh: Số 64/2009/QĐ-UBND ...; Số 34/2012/QĐ-UBND`, the
    // word capitalised.)
    let before = before
        .trim_end()
        .strip_suffix("số")
        .or_else(|| before.trim_end().strip_suffix("Số"))
        .map_or(before, |b| b.trim_end());
    // (`...; Văn bản số 511/VPCP-QHQT`: an item named by the generic word for a document.)
    let before = ["Văn bản", "văn bản", "VĂN BẢN"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .map_or(before, |b| b.trim_end());
    let before = before
        .rfind(';')
        .filter(|&at| {
            let name = fold_words(&before[at + 1..]);
            let ws = words_of(&name);
            // (`...; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên
            // chức số 52/2019/QH14`: an amending law's name runs longer, commas in it.)
            let amending = ws.starts_with(&["luat", "sua", "doi"]);
            (ws.first() == Some(&"luat")
                || ws.starts_with(&["bo", "luat"])
                || ws.starts_with(&["phap", "lenh"]))
                && ws.len() <= if amending { 40 } else { NAME_WORDS + 2 }
                && !before[at + 1..].contains(|c: char| {
                    c.is_ascii_digit() || (if amending { ".:()" } else { ",.:()" }).contains(c)
                })
        })
        .map_or(before, |at| &before[..=at]);
    if before.ends_with(';') {
        // (Or further down, when a copy from a PDF broke the sentence over lines: `Căn cứ Chỉ
        // thị số 37-CT/TW ngày` / `03/9/2019 ...; Kế hoạch số 185-KH/TU` two lines below.)
        return match last_head {
            Some((hl, rel, cue, at))
                if *hl == line || *hl + 1 == line || one_sentence(&text[*at..start]) =>
            {
                Some((*rel, cue.clone()))
            }
            _ => None,
        };
    }
    if !opens_item(text, ls, start, line) {
        return None;
    }
    let mut prev_line = line - 1;
    let mut subheading = false;
    while prev_line >= 1 {
        let l = text[ls[prev_line - 1]..ls[prev_line] - 1].trim();
        if !l.is_empty() {
            if !l.ends_with([';', ':', ',']) {
                // (`dựa trên các văn bản ..., cụ thể:` / `1. Các văn bản chỉ đạo của Trung
                // ương` / `- Nghị quyết số 57-NQ/TW ...`: a numbered group's heading between
                // the cue and its items.)
                if !subheading
                    && identity::is_section_heading(l)
                    && words_of(&fold_words(l)).len() <= 12
                {
                    subheading = true;
                    prev_line -= 1;
                    continue;
                }
                return None;
            }
            if l.ends_with(':') {
                if let Some(c) = head_cue(l).or_else(|| documents_cue(l)) {
                    // (`..., được` / `sửa đổi, bổ sung bởi:`: a passive whose `được` ends the
                    // line above; its agents, the items, act on another document.)
                    let two = prev_line >= 2 && {
                        let above = text[ls[prev_line - 2]..ls[prev_line] - 1].trim();
                        head_cue(above).or_else(|| documents_cue(above)).is_none()
                    };
                    return (!two).then_some(c);
                }
            }
            return match last_head {
                Some((hl, rel, cue, _)) if *hl == prev_line => Some((*rel, cue.clone())),
                _ => None,
            };
        }
        prev_line -= 1;
    }
    None
}

/// The cue of a line that announces a list of documents by their kind, however much it says of
/// them before its colon: `Kế hoạch được xây dựng dựa trên các văn bản chỉ đạo của Trung ương,
/// của Tỉnh và yêu cầu từ tình hình thực tiễn sau sáp nhập, cụ thể:`.
fn documents_cue(l: &str) -> Option<(Relation, String)> {
    let folded = fold_words(l);
    let ws = words_of(&folded);
    let c = cues::last_cue(&ws)?;
    ws[c.end..]
        .starts_with(&["cac", "van", "ban"])
        .then(|| (c.relation, ws[c.start..c.end].join(" ")))
}

/// Whether the sentence a cue's object ends at `at` goes on to tell what the work under it
/// achieved, in its main clause after a comma: `Thực hiện X, công tác ... đã có những chuyển
/// biến tích cực`, `Sau 10 năm thực hiện Nghị quyết 13-NQ/TU, hệ thống kết cấu hạ tầng ... đã
/// có bước phát triển nhanh`, `..., tỉnh đã đạt được nhiều kết quả`. A review's or a
/// situation's sentence, not the text's own act (which issues, `UBND tỉnh ban hành ...`).
fn reports_results(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let mut end = rest.len().min(600);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &rest[..end];
    let end = [". ", ".\n", "\n\n", ";", ":"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    let rest = &rest[..end];
    let Some(comma) = rest.find(',') else {
        return false;
    };
    let folded = fold_words(&rest[comma..]);
    let ws = words_of(&folded);
    const RESULTS: &[&[&str]] = &[
        &["co", "nhung", "chuyen", "bien"],
        &["co", "chuyen", "bien"],
        &["co", "buoc", "phat", "trien"],
        &["co", "nhung", "buoc", "tien"],
        &["co", "buoc", "tien"],
        &["co", "nhieu", "tien", "bo"],
        &["co", "nhung", "tien", "bo"],
        &["dat", "duoc"],
        &["dat", "nhieu", "ket", "qua"],
    ];
    let acts = ws
        .windows(2)
        .any(|w| matches!(w, ["ban", "hanh"] | ["xay", "dung"] | ["de", "ra"]));
    // (`đã` of the main clause, not of a relative one, `các kết quả đã đạt được`.)
    !acts
        && (1..ws.len()).any(|k| {
            ws[k - 1] == "da"
                && !(k >= 3 && matches!(ws[k - 3..k - 1], ["ket", "qua"] | ["thanh", "tuu"]))
                && RESULTS.iter().any(|r| ws[k..].starts_with(r))
        })
}

/// Whether the text from `issued` (the end of a document a body issued) to `at` is the rest of
/// that sentence, then a sentence that opens with `Theo đó` (the document's content, as news
/// tell it) up to `at`: one sentence end between, in one paragraph.
fn issued_then_theo_do(text: &str, issued: usize, at: usize) -> bool {
    if at <= issued || at - issued > 1500 {
        return false;
    }
    let gap = &text[issued..at];
    if gap.contains("\n\n") {
        return false;
    }
    let ends: Vec<usize> = gap
        .match_indices(". ")
        .chain(gap.match_indices(".\n"))
        .map(|(k, _)| k)
        .collect();
    let [end] = ends[..] else {
        return false;
    };
    let next = gap[end + 1..].trim_start();
    ["Theo đó", "THEO ĐÓ"].iter().any(|t| next.starts_with(t))
}

/// Whether `gap` lies within one sentence: no sentence end (`. `, a period that ends a line, a
/// blank line, `!`, `?`).
fn one_sentence(gap: &str) -> bool {
    !(gap.contains(". ") || gap.contains(".\n") || gap.contains("\n\n") || gap.contains(['!', '?']))
}

/// Whether the reference at `start` opens an item of a list: only a bullet or a number (`-`,
/// `•`, `1.`, `a)`) comes before it on its line `line` (1-based).
fn opens_item(text: &str, ls: &[usize], start: usize, line: usize) -> bool {
    let line_start = ls[line - 1];
    let lead = text[line_start..start]
        .trim_start_matches(|c: char| c.is_whitespace() || "-+•*–".contains(c));
    let lead = lead.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_ascii_lowercase() && lead.len() < 4
    });
    let lead = lead.trim_start_matches(['.', ')', ' ']);
    // (`- Luật Dược số 105/2016/QH13;`: a law named before its number opens the item too.)
    lead.is_empty()
        || lead.trim_end().ends_with("số")
            && named_type_before(lead, 0, lead.len()).is_some_and(|t| lead.starts_with(t))
}

/// The cue of a list item that the section it stands in gives: a plan lists its legal bases
/// as items under a heading (`I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`, `CĂN CỨ PHÁP LÝ`, `1. Căn cứ pháp
/// lý`) without `Căn cứ` before each (DOMAIN.md, relations: `Căn cứ` gives based_on). The
/// heading is the nearest line above in capitals or opening with a Roman numeral (with the line
/// above it when a web page's copy broke the heading in two), or a short line that opens with
/// `Căn cứ` and names no document; no heading within [`SECTION_LOOKBACK`] lines, none.
fn section_cue(text: &str, ls: &[usize], start: usize, line: usize) -> Option<(Relation, String)> {
    if !opens_item(text, ls, start, line) {
        return None;
    }
    let line_text = |n: usize| {
        let end = ls.get(n).map(|e| e - 1).unwrap_or(text.len());
        text[ls[n - 1]..end].trim().trim_matches('|').trim()
    };
    let is_basis = |l: &str| {
        // (Only a line that opens with `C` can fold to `can cu`.)
        let rest = after_numeral(l);
        if !rest.starts_with(['C', 'c']) {
            return None;
        }
        let f = fold_words(rest);
        (f == "can cu" || f.starts_with("can cu "))
            .then(|| (Relation::BasedOn, "can cu".to_string()))
    };
    let roman_heading = |l: &str| {
        let roman = l
            .bytes()
            .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
            .count();
        roman > 0 && l[roman..].starts_with(['.', '-', ')'])
    };
    for n in (line.saturating_sub(SECTION_LOOKBACK).max(1)..line).rev() {
        let l = line_text(n);
        if l.is_empty() {
            continue;
        }
        if identity::is_upper(l) || roman_heading(l) {
            if let Some(c) = is_basis(l) {
                return Some(c);
            }
            let above = if n > 1 { line_text(n - 1) } else { "" };
            return (identity::is_upper(above) || roman_heading(above))
                .then(|| is_basis(above))
                .flatten();
        }
        // `1. Căn cứ pháp lý`: a short line that names no document, and does not go on into
        // one on the next line (`Căn cứ Quyết định số` / `749/QĐ-TTg ...`, a PDF's line break).
        let rest = after_numeral(l);
        let next = line_text(n + 1);
        // (Nor into the rest of its words: `Căn cứ Luật Tổ chức chính` / `quyền địa phương
        // ngày 19/6/2015;`, a line that goes on in small letters.)
        let goes_on = next.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase())
            || fold_words(next).starts_with("so ")
            || fold_words(rest).ends_with(" so");
        if rest.split_whitespace().count() <= 8
            && !rest.bytes().any(|b| b.is_ascii_digit())
            && !goes_on
        {
            if let Some(c) = is_basis(l) {
                return Some(c);
            }
        }
    }
    None
}

/// What follows the numeral and its mark of a numbered heading or item (`I. `, `II- `, `1) `).
fn after_numeral(l: &str) -> &str {
    let roman = l
        .bytes()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    let digits = l.bytes().take_while(u8::is_ascii_digit).count();
    let n = roman.max(digits);
    let rest = &l[n..];
    let rest = if n > 0 && rest.starts_with(['.', '-', ')']) {
        &rest[1..]
    } else {
        rest
    };
    rest.trim_start()
}

/// How many lines above a list item [`section_cue`] looks for the section's heading.
const SECTION_LOOKBACK: usize = 60;

/// The document a row of a `|`-separated list of documents stands for: the first reference of
/// the line that fills a cell by itself, if it is not `i`.
fn row_document(text: &str, ls: &[usize], found: &[Found], i: usize, line: usize) -> Option<usize> {
    let start = ls[line - 1];
    let end = ls.get(line).map(|e| e - 1).unwrap_or(text.len());
    if text[start..end].matches('|').count() < 2 {
        return None;
    }
    let r0 = (0..i).find(|&j| found[j].start >= start && found[j].start < end)?;
    let before = text[start..found[r0].start].trim_end_matches([' ', '\t']);
    let after = text[found[r0].end..end].trim_start_matches([' ', '\t']);
    (before.ends_with('|') && after.starts_with('|')).then_some(r0)
}

/// In a news item's sentence `Thực hiện A (và B), <body> (đã, vừa) ban hành C`, the document
/// issued (C) after the clause whose cue governs the reference `i` (A): the first reference of
/// the same sentence that `ban hành` (issued) or `thông qua` (adopted) directly precedes, past a
/// comma that closes A's clause. A `;` that goes on to the next document of the clause's list
/// (`Thực hiện A; B, ... ban hành C`) does not close it.
fn issued_after(text: &str, found: &[Found], i: usize) -> Option<usize> {
    let a = found[i].attr_end.max(found[i].end);
    for k in i + 1..found.len() {
        let g0 = a.min(found[k].start);
        let gap = &text[g0..found[k].start];
        // Whether the `;` at `p` (in `text`) is followed by a document of the list.
        let lists_on = |p: usize| {
            let after = &text[p + 1..];
            let next = p + 1 + after.len() - after.trim_start().len();
            found[i + 1..=k].iter().any(|f| f.start == next)
        };
        // (`Thực hiện Quyết định 923/QĐ-TTg ...; UBND tỉnh đã ban hành Kế hoạch số 242`: a
        // semicolon for the comma before the issuing clause, the last in the gap.)
        let issuing = |p: usize| {
            let clause = &text[p + 1..found[k].start];
            !clause.contains(';')
                && issuing_verb(clause)
                && words_of(&fold_words(clause)).len() <= 12
        };
        if !one_sentence(gap)
            || gap
                .match_indices(';')
                .any(|(p, _)| !lists_on(g0 + p) && !issuing(g0 + p))
        {
            return None;
        }
        let before = &text[found[k - 1]
            .attr_end
            .max(found[k - 1].end)
            .min(found[k].start)..found[k].start];
        if issuing_verb(before) {
            let semicolon = gap.rfind(';').is_some_and(|p| issuing(g0 + p));
            return (gap.contains(',') || semicolon).then_some(k);
        }
    }
    None
}

/// Whether `clause` ends with the verb by which a news item says a body issued the document
/// after it: `ban hành`, `thông qua`, `có` (`ngày 10/9/2020 Ban Tuyên giáo Trung ương có
/// Hướng dẫn số 151-HD/BTGTW`, `UBND huyện đã có Công văn số`), `xây dựng`, and the signing
/// and the Party's `ra` of [`signs_or_issues`].
fn issuing_verb(clause: &str) -> bool {
    if signs_or_issues(clause) {
        return true;
    }
    let folded = format!(" {} ", fold_words(clause));
    // (`vừa có văn bản chỉ đạo số 682-CV/TU`: the document named by its number alone.)
    let mut f = folded.strip_suffix("so ").unwrap_or(&folded);
    for generic in ["van ban chi dao ", "van ban "] {
        if let Some(s) = f.strip_suffix(generic).filter(|s| s.ends_with(' ')) {
            f = s;
            break;
        }
    }
    [" ban hanh ", " thong qua ", " co ", " xay dung "]
        .iter()
        .any(|v| f.ends_with(v))
}

/// The one document a news item presents and then reproduces the text of: named on a heading
/// line of its own (`HƯỚNG DẪN SỐ 38-HD/BTCTW NGÀY 31/01/2016`, its issuer on the next line),
/// or as what a body `ban hành` on a page that gives its whole text (`Ban Tuyên giáo Trung
/// ương ban hành Hướng dẫn số 55-HD/BTGTW ... trân trọng giới thiệu toàn văn`). Portals publish Party guidance this way; the preamble
/// lines that follow are that document's. None when the page presents two documents.
fn presented_document(text: &str, found: &[Found]) -> Option<usize> {
    // (What a body issued is the page's subject, not a text it reproduces, unless the page
    // says it gives the whole text.)
    static WHOLE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(["toàn văn", "Toàn văn", "TOÀN VĂN"]).expect("compiles")
    });
    let whole_text = WHOLE.is_match(text);
    let mut first: Option<usize> = None;
    for (j, f) in found.iter().enumerate() {
        if f.is_definition || f.desc.number.is_none() || f.desc.symbol.is_none() {
            continue;
        }
        let line_start = text[..f.start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = text[f.end..].find('\n').map_or(text.len(), |p| f.end + p);
        let before = text[line_start..f.start].trim();
        // (The heading: nothing before the reference on its line, its type word in capitals,
        // at most its date after it.)
        let heading = before.is_empty()
            && !text[f.start..f.end].chars().any(char::is_lowercase)
            && words_of(&fold_words(
                &text[f.attr_end.max(f.end).min(line_end)..line_end],
            ))
            .len()
                <= 4;
        let issued = whole_text && format!(" {} ", fold_words(before)).ends_with(" ban hanh ");
        if !(heading || issued) {
            continue;
        }
        match first {
            None => first = Some(j),
            Some(k) if same_code(&found[k], f) => {}
            Some(_) => return None,
        }
    }
    first
}

/// Whether two references name the same number and symbol.
fn same_code(a: &Found, b: &Found) -> bool {
    a.desc.number == b.desc.number && a.desc.symbol == b.desc.symbol
}

/// Whether the line that holds `at` opens with the cue `cue` (folded words: `thuc hien`, `can
/// cu`): a preamble line, not a sentence of the report.
fn opens_preamble_line(text: &str, at: usize, cue: &str) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let folded = fold_words(text[line_start..at].trim_start());
    !cue.is_empty()
        && (folded == cue || folded.starts_with(&format!("{cue} ")))
        && matches!(
            cue,
            "can cu" | "thuc hien" | "tiep tuc thuc hien" | "trien khai thuc hien"
        )
}

/// The antecedent of a sentence that opens with a bare type word (`Kế hoạch nhằm ...`) or with
/// one and `này` (`Quy định này thay thế ...`), in a news item: the last document of that type
/// named before the sentence.
fn anaphora_subject(text: &str, found: &[Found], i: usize) -> Option<usize> {
    let start = found[i].start;
    let bytes = text.as_bytes();
    let mut s = start;
    while s > 0
        && !(matches!(bytes[s - 1], b'.' | b'\n')
            && (s == start || bytes[s].is_ascii_whitespace() || bytes[s - 1] == b'\n'))
    {
        s -= 1;
    }
    while !text.is_char_boundary(s) {
        s += 1;
    }
    let mut sentence = text[s..start].trim_start();
    // `Theo Kế hoạch, ...`: according to the document just named.
    if let Some(rest) = sentence.strip_prefix("Theo ") {
        sentence = rest;
    }
    let first: String = sentence
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let ty = (1..=3).rev().find_map(|n| {
        let w: Vec<&str> = first.split(' ').take(n).collect();
        (w.len() == n)
            .then(|| registry::type_by_word(&w.join(" ")))
            .flatten()
            .map(|t| (t, n))
    });
    let (ty, n) = ty?;
    if !sentence.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // `Kế hoạch số 45 ...` is a reference, not a subject.
    let next = sentence
        .split_whitespace()
        .nth(n)
        .unwrap_or("")
        .trim_end_matches(',');
    // (`Quy định này thay thế Quy định số 260-QĐ/TW`: in a news item, which is no document of
    // that type, `này` points to the one it reports, named before.)
    if next.chars().next().is_some_and(|c| c.is_ascii_digit()) || fold_words(next) == "so" {
        return None;
    }
    // `Quy định của Bộ Chính trị về ...` names a document by its issuer: the one just named
    // only when that is its issuer too (a news item lists the new ones after the old ones).
    let named_issuer = (fold_words(next) == "cua").then(|| {
        let phrase: Vec<&str> = sentence
            .split_whitespace()
            .skip(n + 1)
            .take_while(|w| !matches!(*w, "về" | "nhằm" | "được" | "đã" | "là"))
            .take(8)
            .collect();
        registry::parse_issuer(&phrase.join(" "), None).map(|i| fold_words(&i.name))
    });
    // (Not a basis a reproduced text's preamble names, `Căn cứ Quyết định số ...;` / ... /
    // `Quyết định này thay thế ...`: that `này` is the text's own document.)
    let this = fold_words(next) == "nay";
    (0..i).rev().find(|&j| {
        found[j].end <= s
            && found[j].desc.doc_type.as_deref() == Some(ty)
            && !found[j].is_definition
            && !(this && opens_preamble_line(text, found[j].start, "can cu"))
            && named_issuer.as_ref().is_none_or(|named| {
                let ante = found[j].desc.issuer.as_deref().map(fold_words);
                matches!((named, ante), (Some(n), Some(a)) if a.starts_with(n.as_str()))
            })
    })
}

/// `Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII`: a
/// short form whose text names a central Party body as its issuer has that body's
/// symbol, `NQ/TW`, `CT/TW` or `KL/TW` (DOMAIN.md: Party documents are `N-XX/TW`); a dated
/// one of the Prime Minister or the Government, theirs (below).
fn symbol_of_named_body(d: &mut DocDesc) {
    if d.symbol.is_none() && d.scope == Some(Scope::Central) {
        let central_party = matches!(
            d.issuer.as_deref(),
            Some("Ban Chấp hành Trung ương Đảng" | "Bộ Chính trị" | "Ban Bí thư Trung ương Đảng")
        );
        let abbr = match d.doc_type.as_deref() {
            Some("Nghị quyết") => Some("NQ"),
            Some("Chỉ thị") => Some("CT"),
            Some("Kết luận") => Some("KL"),
            _ => None,
        };
        if let (true, Some(abbr)) = (central_party, abbr) {
            d.symbol = Some(format!("{abbr}/TW"));
            d.system = Some(System::Party);
            if d.term.is_none() {
                d.term = d
                    .date
                    .as_deref()
                    .and_then(registry::term_of_date)
                    .map(str::to_string);
            }
        }
        // `Chỉ thị số 31 ngày 21 tháng 12 năm 2023 của Thủ tướng Chính phủ`, `Nghị quyết số
        // 12 ngày ... của Chính phủ`: the Prime Minister's and the Government's letters
        // are fixed (decree 30/2020, appendix I); with the full date, number, symbol and
        // year name the document. (Not `Quyết định`: the Prime Minister's legal-normative
        // decisions are numbered apart from the others, and a short form does not say
        // which.)
        let state = match (d.issuer.as_deref(), d.doc_type.as_deref()) {
            (Some("Thủ tướng Chính phủ"), Some("Chỉ thị")) => Some("CT-TTg"),
            (Some("Thủ tướng Chính phủ"), Some("Công điện")) => Some("CĐ-TTg"),
            (Some("Chính phủ"), Some("Nghị quyết")) => Some("NQ-CP"),
            _ => None,
        };
        if let (Some(sym), true) = (state, d.date.is_some() && d.symbol.is_none()) {
            d.symbol = Some(sym.to_string());
            d.system = Some(System::State);
        }
    }
}

/// The term of a central Party text whose subject, right after its attributes, is the
/// congresses ahead of a national congress (`về đại hội đảng bộ các cấp tiến tới Đại hội đại
/// biểu toàn quốc lần thứ XIV của Đảng`): the term before that congress's.
fn congress_ahead(rest: &str) -> Option<&'static str> {
    let end = rest
        .find([';', '.', '\n', '('])
        .unwrap_or(rest.len())
        .min(300);
    let end = (0..=end)
        .rev()
        .find(|&i| rest.is_char_boundary(i))
        .unwrap_or(0);
    let clause = &rest[..end];
    let f = fold_words(clause.trim_start());
    if !f.starts_with("ve ") || !f.contains("tien toi dai hoi") {
        return None;
    }
    let numeral = clause
        .split_whitespace()
        .skip_while(|w| fold_words(w) != "toi")
        .take(10)
        .find_map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            (w.len() >= 2 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
                .then(|| registry::canonical_term(w))
                .flatten()
        });
    registry::term_before(numeral?)
}

/// Whether the words between `a`'s attributes and `next` are what `a` is about, in one
/// clause: `... của Bộ Lao động - Thương binh và Xã hội về ban hành Kế hoạch triển khai thực
/// hiện` (a cue there is `a`'s act).
fn cue_in_description(text: &str, a: &Found, next: usize) -> bool {
    if a.attr_end > next {
        return false;
    }
    let gap = &text[a.attr_end..next];
    fold_words_starts_with(gap.trim_start(), "ve ")
        && !gap.contains([',', ';', '.', '\n', '(', ')', ':'])
}

/// Whether the document `a` names was issued before the one `b` names, by their dates (or
/// years when a date is missing): one cannot carry out or rest on a later one.
fn issued_before(a: &Found, b: &Found) -> bool {
    match (a.desc.date.as_deref(), b.desc.date.as_deref()) {
        (Some(x), Some(y)) => x < y,
        _ => matches!((a.desc.year, b.desc.year), (Some(x), Some(y)) if x < y),
    }
}

/// Whether `a` is known to be older than `b`: by their dates or years, else by the Party's
/// terms they name (`Chỉ thị số 05-CT/TW ... khóa XII` before `Kết luận số 01-KL/TW ... khóa
/// XIII`).
fn known_older(a: &Found, b: &Found) -> bool {
    issued_before(a, b)
        || match (a.desc.term.as_deref(), b.desc.term.as_deref()) {
            (Some(x), Some(y)) => matches!(
                (registry::term_years(x), registry::term_years(y)),
                (Some((x0, _)), Some((y0, _))) if x0 < y0
            ),
            _ => false,
        }
}

/// Whether the stretch between two references only coordinates them (`A và B`, `A, B`).
/// `bởi:` and the first item's number or bullet (`1.`, `a)`, `-`) at the end of a gap: a
/// passive's agents in a list.
static AGENT_LIST: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(&format!(
        r"(?i:bởi)[ \t]*:\s*(?:[0-9]{{1,2}}[.)]|[a-zđ][.)]|[-+•–])?[ \t]*{LAW_NAME_BEFORE_NUMBER}$"
    ))
    .expect("compiles")
});

/// A law named before its number at the end of a gap (`Luật Hải quan số `), which the
/// reference (`54/2014/QH13`) does not take in; or nothing.
const LAW_NAME_BEFORE_NUMBER: &str = r"(?:(?:Luật|Bộ luật|Pháp lệnh)[^\n;:.]{0,120}?\s+số\s*)?";

/// Whether `gap` goes from one item of a list to the next (`..., có hiệu lực kể từ ngày 01
/// tháng 01 năm 2015;` / `2. `): the rest of the item, its `;` or `,` at the end of the line,
/// and the next item's number or bullet.
fn agent_list_item(gap: &str) -> bool {
    static NEXT_ITEM: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(&format!(
            r"^[^\n;]*[;,][ \t]*\r?\n\s*(?:[0-9]{{1,2}}[.)]|[a-zđ][.)]|[-+•–])?[ \t]*{LAW_NAME_BEFORE_NUMBER}$"
        ))
        .expect("compiles")
    });
    NEXT_ITEM.is_match(gap)
}

fn is_coordination(gap: &str) -> bool {
    let folded = fold_words(gap);
    let ws = words_of(&folded);
    // (`Luật A số 33/2013/QH13 và Luật Đê điều số 79/2006/QH11`: the next law by its name,
    // then its number.)
    let law_named = |ws: &[&str]| {
        (ws.starts_with(&["luat"])
            || ws.starts_with(&["bo", "luat"])
            || ws.starts_with(&["phap", "lenh"]))
            && ws.len() <= NAME_WORDS + 2
    };
    let next_law = matches!(&ws[..], ["va", name @ .., "so"] if law_named(name));
    (next_law
        || matches!(
            ws[..],
            [] | ["va"] | ["va", "cac"] | ["va", "so"] | ["so"] | ["hoac"]
        ))
        && !gap.contains("\n\n")
        && !gap.contains(['.', ';', '(', ')'])
}

/// What the document's own cue says of the list item before the parenthesis that reference `p`
/// closes, when the reference at `at` comes next in that list: `Thực hiện Chương trình hành
/// động số 15-CTr/TU ... (thực hiện Nghị quyết số 19-NQ/TW) và Kế hoạch số 12/KH-UBND ... của
/// UBND tỉnh, ...`. A parenthesis after a list item says what that item is or does; the list
/// goes on after it, under the cue that governs the item, not under what the parenthesis says
/// (the parenthesis's own document is no item of the list).
fn item_before_parenthesis(
    text: &str,
    found: &[Found],
    stated: &[Option<(Endpoint, Relation, String)>],
    p: usize,
    at: usize,
) -> Option<(Endpoint, Relation, String)> {
    let after = text[found[p].attr_end.clamp(found[p].end, at)..at].trim_start();
    if !is_coordination(after.strip_prefix(')')?) {
        return None;
    }
    let open = text[..found[p].start].rfind('(')?;
    if text[open..found[p].start].contains(')') {
        return None;
    }
    let q = (0..p).rev().find(|&q| found[q].end <= open)?;
    let between = &text[found[q].attr_end.clamp(found[q].end, open)..open];
    if between.len() > 200 || between.contains(['.', ';', '(', ')']) || between.contains("\n\n") {
        return None;
    }
    match &stated[q] {
        Some((Endpoint::This, rel, _)) if *rel != Relation::Cites => stated[q].clone(),
        _ => None,
    }
}

/// Whether `a` is a central body's document and `b` a local body's, by their symbols: a
/// document of the Government or a ministry does not carry out, continue, rest on or amend a
/// province's (the hierarchy runs the other way), whatever words stand between them.
fn central_over_local(a: &Found, b: &Found) -> bool {
    let central = |f: &Found| {
        f.desc
            .symbol
            .as_deref()
            .and_then(registry::symbol_is_central)
    };
    central(a) == Some(true) && central(b) == Some(false)
}

/// Whether the stretch between two references names a part of the second, as the next item of
/// a list: `Căn cứ quy định tại Điều 49 của Luật Quản lý thuế, Điều 24 của Nghị định số
/// 85/2007/NĐ-CP` (both are bases).
fn names_part_of_next(gap: &str) -> bool {
    let folded = fold_words(gap);
    let ws = words_of(&folded);
    let ws = ws.strip_prefix(&["va"]).unwrap_or(&ws);
    matches!(
        ws.first(),
        Some(&("dieu" | "khoan" | "diem" | "chuong" | "muc"))
    ) && ws.iter().all(|w| is_part_word(w))
        && !gap.contains("\n\n")
        && !gap.contains(['.', ';', '(', ')'])
}

/// Whether `p` proposes what the stretch after it says: a proposal's subject is the act it
/// proposes, the proposed document's (`Xét Tờ trình số 431/TTr-UBND ... về việc đề nghị ban
/// hành Nghị quyết thay thế Nghị quyết số 47`), not its own.
fn proposes(p: &Found, after: &str) -> bool {
    p.desc.doc_type.as_deref() == Some("Tờ trình")
        || words_of(&fold_words(after))
            .windows(2)
            .any(|w| w == ["de", "nghi"])
}

/// Whether what follows reference `p` and its attributes, before `at`, opens with an act (a cue
/// of its first words, `sửa đổi, bổ sung một số nghị định ...`) that more words follow. (An act
/// that is all there is, `thay thế A ..., bãi bỏ B`, is the one before B.)
fn opens_with_act(text: &str, p: &Found, at: usize) -> bool {
    if p.attr_end > at {
        return false;
    }
    let raw = cue_comma_dropped(&text[p.attr_end..at]);
    let folded = fold_words(&raw);
    let words = words_of(&folded);
    (1..words.len().min(7)).any(|k| cues::cue_at_end(&words[..k]).is_some_and(|c| c.start == 0))
}

/// The two digits of a National Assembly's term typed apart from its letters after `end`
/// (`83/2015/QH 13`, a copy's or a typist's space), with the end of the digits.
fn term_apart(text: &str, end: usize) -> Option<(&str, usize)> {
    let rest = &text[end..];
    let d = rest.len() - rest.trim_start_matches(' ').len();
    if !(1..=2).contains(&d) {
        return None;
    }
    let digits = rest[d..].bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[d + digits..].chars().next();
    (digits == 2 && !after.is_some_and(|c| c.is_alphanumeric() || c == '/'))
        .then(|| (&rest[d..d + 2], end + d + 2))
}

/// Whether a stated relation, carried on to `f` as the next of a list, would have a document
/// guide one of lower rank: `NGHỊ ĐỊNH SỐ 136/2020/NĐ-CP ... QUY ĐỊNH CHI TIẾT ... LUẬT X VÀ
/// LUẬT Y VÀ THÔNG TƯ SỐ 08/2018/TT-BCA` in the title of a circular that amends two: a decree
/// details laws, a circular details decrees, never the other way, so the circular is another
/// item of the outer list.
fn guides_downward(
    stated: &Option<(Endpoint, Relation, String)>,
    found: &[Found],
    f: &Found,
) -> bool {
    let rank = |t: Option<&str>| match t? {
        "Hiến pháp" => Some(5),
        "Luật" | "Bộ luật" => Some(4),
        "Pháp lệnh" => Some(3),
        "Nghị định" => Some(2),
        "Thông tư" | "Thông tư liên tịch" => Some(1),
        _ => None,
    };
    match stated {
        Some((Endpoint::Ref(s), Relation::Guides, _)) => {
            let from = rank(found[*s as usize].desc.doc_type.as_deref());
            let to = rank(f.desc.doc_type.as_deref());
            matches!((from, to), (Some(a), Some(b)) if a > b)
        }
        _ => false,
    }
}

/// The reference whose act the stated relation of reference `p` is (`A thực hiện C`: A, for
/// C), if any.
fn stated_subject(stated: &[Option<(Endpoint, Relation, String)>], p: usize) -> Option<usize> {
    match stated.get(p)? {
        Some((Endpoint::Ref(s), _, _)) => Some(*s as usize),
        _ => None,
    }
}

/// Whether a cue (folded words) stands right after reference `p` and its attributes, in the
/// same sentence as the reference at `at`: `p` then does what the cue says.
fn act_of_reference(text: &str, p: &Found, at: usize, cue: &str) -> bool {
    if cue.is_empty()
        || p.attr_end > at
        || proposes(p, &text[p.end..at])
        || letter_about(text, p, at)
    {
        return false;
    }
    let gap = &text[p.end..at];
    if gap.contains(';')
        || gap.contains("\n\n")
        || !one_sentence(gap)
        || new_line_in_sentence_case(&text[p.attr_end..at])
    {
        return false;
    }
    let raw = cue_comma_dropped(&text[p.attr_end..at]);
    let after = fold_words(&raw);
    let words = words_of(&after);
    let cue_words = words_of(cue);
    // (Also inside the subject or purpose that follows it, up to a comma: `về việc quy định cụ
    // thể hóa`, `về sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện`,
    // `nhằm triển khai`.)
    // (And inside the instrument it promulgates, `ban hành Kế hoạch triển khai thi hành`: A
    // issues what carries B out, so A carries B out, as after `về việc ban hành`.)
    let promulgates = (words.starts_with(&["ban", "hanh"]) || words.starts_with(&["phe", "duyet"]))
        && instrument_len(&words[2..]).is_some();
    let skip = match words.first() {
        Some(&"ve") | Some(&"nham") | Some(&"de") if !raw.contains(',') => 0..=15,
        // (`Nghị định số 29/2023/NĐ-CP quy định về tinh giản biên chế thay thế ...`: the subject
        // a decree's name opens with `quy định về`.)
        Some(&"quy") if words.get(1..3) == Some(&["dinh", "ve"][..]) && !raw.contains(',') => {
            0..=15
        }
        Some(_) if promulgates && !raw.contains(',') => 0..=15,
        // (A steering committee's name holds its own subject, commas and all: `của Ban Chỉ đạo
        // về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp
        // về thực hiện Nghị quyết số 57-NQ/TW`; the subject that then opens with `về` is A's.
        // Only right after a `về`.)
        Some(&"cua") if words.get(1..4) == Some(&["ban", "chi", "dao"][..]) => 0..=30,
        _ => 0..=0,
    };
    // (`Quyết định 25/2019/QĐ-UBND có hiệu lực thi hành từ ngày 15/11/2019 và bãi bỏ Quyết định
    // 34/2010/QĐ-UBND`: a decision's last article, as portals sum it up, says when it takes
    // effect and what it replaces or repeals then.)
    if let Some(k) = in_force_from(&words) {
        if words.get(k..k + cue_words.len()) == Some(&cue_words[..])
            && ["thay the", "bai bo"].contains(&cue)
        {
            return true;
        }
    }
    // `Tại Quyết định số 37/2002/QĐ-TTg ngày ..., Thủ tướng Chính phủ đã ban hành Chương trình
    // hành động của Chính phủ thực hiện B`: what a body issued `in` A is A's, so A carries out
    // what it carries out.
    if issued_in(text, p, &words, &cue_words) {
        return true;
    }
    let commas = raw.contains(',');
    // (`ban hành Nghị định số 29/2023/NĐ-CP quy định về tinh giản biên chế, thay thế Nghị định
    // số 108/2014/NĐ-CP`: what a body issues, its subject, then what it replaces or repeals
    // after a comma, as news report a new document's fate for an old one.)
    if commas && ["thay the", "bai bo"].contains(&cue) {
        let clause = &text[clause_start(text, p.start, 0)..p.start];
        let tail = fold_words(raw.rsplit(',').next().unwrap_or(""));
        if issuing_verb(without_generic_word(clause)) && words_of(&tail).starts_with(&cue_words[..])
        {
            return true;
        }
    }
    skip.into_iter().any(|k| {
        words.get(k..k + cue_words.len()) == Some(&cue_words[..])
            && (!commas || k == 0 || words[k - 1] == "ve")
            // (`về dự thảo Nghị quyết ... sửa đổi`: the draft's act, not A's.)
            && !words[..k].windows(2).any(|w| w == ["du", "thao"])
            // (`15 năm thực hiện A ... về công tác dân tộc và 25 năm thực hiện B`: a second
            // span of a review, not A's work.)
            && !second_span(&words[..k])
    })
}

/// Whether the clause of `p` opens with `Tại` (in) and goes on, after a comma, with a body that
/// issues or approves an instrument named by its type (`, Thủ tướng Chính phủ đã ban hành
/// Chương trình hành động của Chính phủ`), the cue `cue_words` right after that instrument and
/// its issuer: `words`, the folded words after `p`'s attributes.
fn issued_in(text: &str, p: &Found, words: &[&str], cue_words: &[&str]) -> bool {
    let clause = &text[clause_start(text, p.start, 0)..p.start];
    if fold_words(clause) != "tai" {
        return false;
    }
    let Some(b) = words
        .windows(2)
        .take(12)
        .position(|w| w == ["ban", "hanh"] || w == ["phe", "duyet"])
    else {
        return false;
    };
    let Some(n) = instrument_len(&words[b + 2..]) else {
        return false;
    };
    let after = &words[b + 2 + n..];
    // (The instrument's own kind and issuer: `hành động`, `của Chính phủ`, a few words.)
    (0..=8.min(after.len())).any(|k| {
        after[k..].starts_with(cue_words)
            && !after[..k]
                .iter()
                .any(|w| matches!(*w, "va" | "ve" | "nham"))
    }) && !words[..b].contains(&"va")
}

/// The words that say when a document takes effect, `có hiệu lực (thi hành) (kể) từ ngày D
/// (và)` or `... từ ngày ký (ban hành) (và)`: how many, when the words open with them.
fn in_force_from(ws: &[&str]) -> Option<usize> {
    let mut k = 3;
    if ws.get(..3)? != ["co", "hieu", "luc"] {
        return None;
    }
    if ws.get(k..k + 2) == Some(&["thi", "hanh"][..]) {
        k += 2;
    }
    if ws.get(k) == Some(&"ke") {
        k += 1;
    }
    if ws.get(k..k + 2) != Some(&["tu", "ngay"][..]) {
        return None;
    }
    k += 2;
    let day = k;
    while ws.get(k).is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_digit())
            || matches!(*w, "thang" | "nam" | "ky" | "ban" | "hanh")
    }) {
        k += 1;
    }
    if k == day {
        return None;
    }
    if ws.get(k) == Some(&"va") {
        k += 1;
    }
    Some(k)
}

/// Whether folded words hold `và <N> năm` or `và tổng kết / sơ kết / đánh giá`: a second span or
/// review after the first one's object (`tổng kết 10 năm thực hiện A ... và 5 năm thực hiện
/// B`).
fn second_span(ws: &[&str]) -> bool {
    ws.windows(3).any(|w| {
        w[0] == "va"
            && (w[1].chars().all(|c| c.is_ascii_digit()) && w[2] == "nam"
                || matches!(w[1..], ["tong", "ket"] | ["so", "ket"] | ["danh", "gia"]))
    })
}

/// Whether `p` is a letter (Công văn) and the words after its attributes, up to `at`, are what
/// it is about (`công văn số 83/BKHCN-BTTTT-VP ngày ... về Chương trình hành động của Chính phủ
/// thực hiện Nghị quyết số 57-NQ/TW`): a cue there is the subject's, not the letter's act.
fn letter_about(text: &str, p: &Found, at: usize) -> bool {
    if p.desc.doc_type.as_deref() != Some("Công văn") || p.attr_end > at {
        return false;
    }
    // (An instrument right after `về`; `về việc thực hiện Văn bản số 979/BTP-PBGDPL` is the
    // letter's own act.)
    let folded = fold_words(&text[p.attr_end..at]);
    let ws = words_of(&folded);
    ws.first() == Some(&"ve")
        && (2..=4).any(|n| {
            ws.get(1..1 + n).is_some_and(|w| {
                matches!(
                    registry::type_by_word(&w.join(" ")),
                    Some("Chương trình" | "Kế hoạch" | "Đề án")
                )
            })
        })
}

/// Whether the stretch between two references is what the first is about, then the list's
/// separator (`,`, `và`): `về lập, phê duyệt và quản lý quy hoạch tổng thể ... và`, `ban hành
/// Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, `, `, nhiệm kỳ
/// 2020 - 2025 và `. Not when it states a relation (`về sửa đổi, bổ sung một số điều và`: the
/// next may be what the first amends) or holds a clause's or a sentence's end.
fn is_described_then_next(gap: &str) -> bool {
    let Some(folded) = unbroken_description(gap) else {
        return false;
    };
    let words = words_of(&folded);
    (gap.trim_end().ends_with(',') || words.last() == Some(&"va"))
        && cues::last_cue(&words).is_none()
}

/// The folded words of the stretch between two references when no stop, bracket, colon,
/// quotation or blank line breaks it: a description of the first, read as one.
fn unbroken_description(gap: &str) -> Option<String> {
    (!gap.contains("\n\n") && !gap.contains(['.', ';', '(', ')', ':', '"', '“', '”']))
        .then(|| fold_words(gap))
}

/// Whether the stretch between two references is what the first does to a document it names by
/// words the extractor did not take as a reference, then `và` (see [`is_described_then_next`]):
/// a cue with words after it.
fn described_with_act_then_next(gap: &str) -> bool {
    let Some(folded) = unbroken_description(gap) else {
        return false;
    };
    let words = words_of(&folded);
    let Some((&"va", described)) = words.split_last() else {
        return false;
    };
    cues::last_cue(described).is_some_and(|c| c.end + 1 < described.len())
}

/// Whether the stretch between two references is what the first is about, then the heading of
/// the next group of the list: `về Chương trình phục hồi; các Nghị quyết của Hội đồng nhân dân
/// tỉnh: số ` (a province's programme names what it carries out grouped by issuer, each group
/// under its heading, all under the sentence's one cue). No cue in it.
fn heads_next_list(gap: &str) -> bool {
    if gap.len() > 400 || gap.contains("\n\n") || gap.contains(". ") {
        return false;
    }
    let Some(sep) = gap.rfind([';', ',']) else {
        return false;
    };
    let tail = gap[sep + 1..].trim();
    let tail = tail
        .strip_suffix("số")
        .or_else(|| tail.strip_suffix("Số"))
        .unwrap_or(tail)
        .trim_end();
    if !tail.ends_with(':') {
        return false;
    }
    let folded = fold_words(tail);
    let words = words_of(&folded);
    let words = words.strip_prefix(&["va"][..]).unwrap_or(&words);
    let Some(rest) = words.strip_prefix(&["cac"][..]) else {
        return false;
    };
    (2..=3).any(|n| {
        rest.get(..n)
            .is_some_and(|w| registry::type_by_word(&w.join(" ")).is_some())
    }) && cues::last_cue(&words_of(&fold_words(gap))).is_none()
}

/// `Nghị quyết đó`, `Kế hoạch nêu trên`: the document of that type named last before it.
/// Added as a short mention of that document; left out when no such document precedes it.
fn bind_demonstratives(text: &str, found: &mut Vec<Found>, defined_as: &mut Vec<Option<usize>>) {
    let mut added: Vec<(Found, usize)> = vec![];
    // Every match holds `đó` or `nêu` (in any case; their letters have no other case forms).
    static WORD: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        let mut words = vec![];
        for d in ["đ", "Đ"] {
            for o in ["ó", "Ó"] {
                words.push(format!("{d}{o}"));
            }
        }
        for n in ["n", "N"] {
            for e in ["ê", "Ê"] {
                for u in ["u", "U"] {
                    words.push(format!("{n}{e}{u}"));
                }
            }
        }
        // Leftmost-first (not overlapping) lets the search use its vectorised prefilter; an
        // occurrence it skips overlaps one it reports, in the same stretch.
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(words)
            .expect("words compile")
    });
    let anchors: Vec<usize> = WORD.find_iter(text).map(|m| m.start()).collect();
    for c in captures_in_stretches(&DEMONSTRATIVE, text, &DEMONSTRATIVE_BREAKS, anchors) {
        let m = c.get(0).expect("whole match");
        let end = m.start()
            + m.as_str()
                .trim_end_matches(|ch: char| ch.is_whitespace() || ".,;:)".contains(ch))
                .len();
        if found.iter().any(|f| m.start() < f.end && f.start < end) {
            continue;
        }
        let Some(ty) = registry::type_by_word(&c["tw"]) else {
            continue;
        };
        let Some(ante) = (0..found.len()).rev().find(|&j| {
            found[j].end <= m.start()
                && found[j].desc.doc_type.as_deref() == Some(ty)
                && found[j].desc.number.is_some()
        }) else {
            continue;
        };
        let ante = defined_as[ante].unwrap_or(ante);
        added.push((
            Found {
                start: m.start(),
                end,
                form: RefForm::Short,
                desc: found[ante].desc.clone(),
                alias: found[ante].alias.clone(),
                alias_decided: found[ante].alias_decided,
                attr_end: end,
                is_definition: false,
            },
            ante,
        ));
    }
    if added.is_empty() {
        return;
    }
    // Merge in order, keeping the indices of `defined_as` right.
    let mut all: Vec<(Found, Option<usize>, Option<usize>)> = found
        .drain(..)
        .zip(defined_as.drain(..))
        .map(|(f, d)| (f, d, None))
        .collect();
    let old_len = all.len();
    for (f, ante) in added {
        all.push((f, None, Some(ante)));
    }
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.sort_by_key(|&k| (all[k].0.start, all[k].0.end));
    let mut new_index = vec![0; all.len()];
    for (pos, &k) in order.iter().enumerate() {
        new_index[k] = pos;
    }
    let mut slots: Vec<Option<(Found, Option<usize>)>> = (0..all.len()).map(|_| None).collect();
    for (k, (f, d, ante)) in all.into_iter().enumerate() {
        let d = if k >= old_len {
            ante.map(|a| new_index[a])
        } else {
            d.map(|a| new_index[a])
        };
        slots[new_index[k]] = Some((f, d));
    }
    for (f, d) in slots.into_iter().flatten() {
        found.push(f);
        defined_as.push(d);
    }
}

/// Binds defined short forms: `Nghị quyết Hội nghị Trung ương 8 khóa XI (sau đây viết tắt là
/// Nghị quyết số 29)` makes the reference inside the parentheses, and every later short form
/// written the same way, stand for the reference before the parenthesis. Returns, for each
/// reference, the index of the one it stands for.
fn bind_definitions(text: &str, found: &mut [Found]) -> Vec<Option<usize>> {
    let mut defined_as = vec![None; found.len()];
    type ShortKey = (Option<String>, Option<String>);
    let key = |f: &Found| -> ShortKey {
        let number = f
            .desc
            .number
            .as_deref()
            .map(|n| n.trim_start_matches('0').to_string());
        (f.desc.doc_type.clone(), number)
    };
    // The same type, number and symbol, however the symbol's letters are written.
    let same = |a: &Found, b: &Found| {
        key(a) == key(b)
            && a.desc.symbol.as_deref().map(fold_words) == b.desc.symbol.as_deref().map(fold_words)
    };
    let mut definitions: Vec<(ShortKey, usize)> = vec![];
    for i in 0..found.len() {
        if let Some(&(_, ante)) = definitions.iter().rev().find(|(k, _)| *k == key(&found[i])) {
            if found[i].form == RefForm::Short {
                defined_as[i] = Some(ante);
                found[i].desc = found[ante].desc.clone();
                found[i].alias = found[ante].alias.clone();
                continue;
            }
        }
        if i == 0 {
            continue;
        }
        let before = &text[found[i - 1].end.min(found[i].start)..found[i].start];
        // The antecedent is the reference right before the parenthesis, in the same paragraph.
        let mut ante = i - 1;
        let opens = match DEFINITION.find(before) {
            Some(m) => m.start(),
            None if found[i - 1].is_definition
                && matches!(before.trim(), "," | ";" | "và")
                && found[i].desc.symbol.is_some() =>
            {
                // (`(sau đây gọi tắt là Nghị quyết 57-NQ/TW, Nghị quyết 71/NQ-CP, Kế hoạch hành
                // động 328-KH/TU)`: the parenthesis names several documents cited before it,
                // each by its own number; an item is no object of the act before the
                // parenthesis. The nearest of the same number and symbol in the sentence.)
                let first = (0..i).rev().find(|&j| !found[j].is_definition).unwrap_or(0);
                let Some(j) = (0..=first)
                    .rev()
                    .take(8)
                    .find(|&j| same(&found[j], &found[i]))
                    .filter(|&j| {
                        let gap = &text[found[j].end..found[i].start];
                        one_sentence(gap) && gap.len() <= 2000 && !gap.contains("\n\n")
                    })
                else {
                    continue;
                };
                defined_as[i] = Some(j);
                found[i].is_definition = true;
                found[i].desc = found[j].desc.clone();
                found[i].alias = found[j].alias.clone();
                continue;
            }
            None => {
                // (`Quyết định số 131/QĐ-TTg ngày ... phê duyệt Đề án “...” (Quyết định số
                // 131/QĐ-TTg)`: the same reference alone in brackets after its description, the
                // name the text goes on to use; the checks below hold it to the same document.)
                let t = before.trim_end_matches([' ', '\t', '\n']);
                let closed = text[found[i].end..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with(')');
                // (Or a short form of the number of the reference before, whose description
                // names the thing by that type word: `Quyết định số 06/QĐ-TTg ... phê duyệt Đề
                // án "Phát triển ứng dụng dữ liệu về dân cư ..." (Đề án 06)`: the scheme the
                // decision approves, the name the text goes on to use.)
                let named_in_description = || {
                    let (p, d) = (&found[i - 1].desc, &found[i].desc);
                    d.symbol.is_none()
                        && p.symbol.is_some()
                        && d.number.is_some()
                        && key(&found[i]).1 == key(&found[i - 1]).1
                        && d.doc_type.as_deref().is_some_and(|ty| {
                            let gap = &text[found[i - 1].end..found[i].start];
                            one_sentence(gap)
                                && gap.len() <= 1000
                                && format!(" {} ", fold_words(gap))
                                    .contains(&format!(" {} ", fold_words(ty)))
                        })
                };
                if !(t.ends_with('(')
                    && closed
                    && (found[i].desc.symbol.is_some() || named_in_description()))
                {
                    continue;
                }
                // (The description may cite others: `Quyết định số 709/QĐ-TTg ... ban hành Kế
                // hoạch thực hiện Kết luận số 69-KL/TW ... tiếp tục thực hiện Nghị quyết số
                // 20-NQ/TW ... (Quyết định số 709/QĐ-TTg)`: the nearest of the same number and
                // symbol within the sentence.)
                if let Some(j) = (0..i - 1)
                    .rev()
                    .take(4)
                    .find(|&j| same(&found[j], &found[i]))
                {
                    let gap = &text[found[j].end..found[i].start];
                    if one_sentence(gap) && !gap.contains(';') && gap.len() <= 1000 {
                        ante = j;
                    }
                }
                t.len() - 1
            }
        };
        let gap = &before[..opens];
        if gap.contains("\n\n") || gap.len() > 600 {
            continue;
        }
        // A defined form whose number is not the reference's before the parenthesis names the
        // one of its number earlier in the sentence (`Thông tư liên tịch số 20/2014/TTLT-... về
        // hướng dẫn thực hiện ... Nghị định số 74/2013/NĐ-CP (sau đây gọi tắt là Thông tư
        // 20)`), else none.
        let number_of = |f: &Found| {
            f.desc
                .number
                .as_deref()
                .map(|n| n.trim_start_matches('0').to_string())
        };
        if let (Some(n), Some(m)) = (number_of(&found[i]), number_of(&found[ante])) {
            if n != m {
                let start = found[ante].start;
                let same = (0..ante).rev().take(6).find(|&j| {
                    number_of(&found[j]).as_deref() == Some(&n)
                        && found[j].desc.symbol.is_some()
                        && one_sentence(&text[found[j].end..start])
                });
                match same {
                    Some(j) => ante = j,
                    None => continue,
                }
            }
        }
        // A defined form that is a whole reference of another document names that one (`Chỉ
        // thị số 13-CT/TW ... và Nghị quyết số 71/NQ-CP ... (gọi tắt là Chỉ thị 13-CT/TW)`
        // shortens the pair by its first), not the reference before the parenthesis.
        let (a, d) = (&found[ante].desc, &found[i].desc);
        if d.symbol.is_some() && a.number.is_some() && !same(&found[ante], &found[i]) {
            continue;
        }
        definitions.push((key(&found[i]), ante));
        // A title that fits several documents of the alias table (a plenum that issued two
        // resolutions) is decided by the number its short form gives: `Nghị quyết Hội nghị lần
        // thứ tám Ban Chấp hành Trung ương Đảng khóa XI (sau đây gọi tắt là Nghị quyết 29)`.
        if found[ante].form == RefForm::Title && !found[ante].alias_decided {
            let (ty, number) = key(&found[i]);
            let fits: Vec<&DocDesc> = found[ante]
                .alias
                .iter()
                .filter(|c| {
                    number.is_some()
                        && c.number.as_deref().map(|n| n.trim_start_matches('0'))
                            == number.as_deref()
                        && (ty.is_none() || c.doc_type.is_none() || c.doc_type == ty)
                })
                .collect();
            if let [one] = fits[..] {
                let one = one.clone();
                found[ante].desc = one.clone();
                found[ante].alias = vec![one];
                found[ante].alias_decided = true;
            }
        }
        defined_as[i] = Some(ante);
        found[i].is_definition = true;
        found[i].desc = found[ante].desc.clone();
        found[i].alias = found[ante].alias.clone();
    }
    defined_as
}

/// Extracts what one file says. `file` is the path shown in evidence; `text` must be normalised
/// ([`crate::normalize::normalize`]).
pub fn extract(file: &str, text: &str, aliases: &AliasTable) -> FileExtract {
    let Some((unescaped, breaks)) = crate::normalize::unescape_breaks(text) else {
        return extract_text(file, text, aliases);
    };
    // Line breaks written as escapes (`\r\n`): read as breaks, and the lines the extract
    // names are then the file's own (an editor shows the escapes on the file's lines).
    let mut x = extract_text(file, &unescaped, aliases);
    let file_lines = file_lines_of(text, &unescaped);
    let to_file = |l: usize| file_lines.get(l.wrapping_sub(1)).copied().unwrap_or(l);
    for r in &mut x.references {
        r.line = to_file(r.line as usize) as u32;
    }
    for r in &mut x.relations {
        r.line = to_file(r.line as usize) as u32;
    }
    x.own_line = x.own_line.map(to_file);
    x.furniture_from = x.furniture_from.map(to_file);
    x.diagnostics.push(
        Diagnostic::new(
            Level::Info,
            "escaped-line-breaks",
            format!(
                "{breaks} line breaks are written as escapes ('\\r\\n' or '\\n' as text, as in a \
                 page's source) and were read as line breaks; lines cited as evidence are the \
                 file's own"
            ),
        )
        .at(file, None),
    );
    x
}

/// For each line of `unescaped` (a text of the same length as `text`, with more line breaks),
/// the 1-based line of `text` it starts on.
fn file_lines_of(text: &str, unescaped: &str) -> Vec<usize> {
    let mut line = 1;
    let mut at = 0;
    line_starts(unescaped)
        .into_iter()
        .map(|s| {
            line += memchr::memchr_iter(b'\n', &text.as_bytes()[at..s]).count();
            at = s;
            line
        })
        .collect()
}

/// The document that issues a text printed apart from it, from the line under the text's title
/// that names it ([`identity::Header::annex_line`]): `(Ban hành kèm theo Quyết định số
/// 70/2006/QĐ-UBND` / `ngày 07 tháng 9 năm 2006 của Ủy ban nhân dân tỉnh)`. The text is that
/// document's (its annex, as when printed after its signature), so it is that document's number,
/// date and body: `của Ủy ban nhân dân tỉnh` is the province's the text names. `rest` is the
/// text from that line; the reference must open the line, after its `kèm theo`, and name a
/// number.
fn issuing_document(rest: &str, home: Home, aliases: &AliasTable) -> Option<DocDesc> {
    // (The line and the two it may break onto, up to the parenthesis's end.)
    let mut end = rest.len();
    for (n, (i, _)) in rest.match_indices('\n').enumerate() {
        if n == 2 {
            end = i;
            break;
        }
    }
    if let Some(close) = rest[..end].find(')') {
        end = close;
    }
    let snippet = &rest[..end];
    let first_line = snippet.find('\n').unwrap_or(snippet.len());
    let f = find_refs(snippet, home, aliases, None, &mut vec![])
        .into_iter()
        .find(|f| f.start < first_line)?;
    let opening = fold_words(snippet[..f.start].trim_matches(['(', '[', ' ', '\t']));
    let issued_with = opening == "ban hanh kem theo" || opening == "kem theo";
    (issued_with && f.desc.number.is_some() && f.desc.symbol.is_some()).then_some(f.desc)
}

/// [`extract`] of a text whose lines are the file's.
fn extract_text(file: &str, text: &str, aliases: &AliasTable) -> FileExtract {
    let ls = line_starts(text);
    // `text.split('\n')`, from the line starts.
    let lines: Vec<&str> = ls
        .iter()
        .enumerate()
        .map(|(i, &a)| &text[a..ls.get(i + 1).map_or(text.len(), |&b| b - 1)])
        .collect();
    let mut header = identity::scan_text(text, &lines);
    if let Some(a) = header.annex_line {
        let home = Home {
            province: header.province.as_deref(),
            district: header.district.as_deref(),
        };
        let issuing = issuing_document(&text[ls[a]..], home, aliases);
        if let (Some(d), Some(own)) = (issuing, header.own.as_mut()) {
            *own = DocDesc {
                title: own.title.take(),
                ..d
            };
            header.unnumbered = false;
            header.own_lines.push(a);
        }
    }
    let home = Home {
        province: header.province.as_deref(),
        district: header.district.as_deref(),
    };
    let furniture_at = header
        .furniture_from
        .map(|l| ls.get(l).copied().unwrap_or(text.len()));
    let mut misses = vec![];
    let mut found = find_refs(text, home, aliases, header.own.as_ref(), &mut misses);
    // What the references' reading noted, for the file's diagnostics.
    let mut noted: Vec<Diagnostic> = misses
        .into_iter()
        .map(|m| {
            let known: Vec<String> = m
                .known
                .iter()
                .map(|k| {
                    // (A law's number holds its year: `47/2019/QH14`.)
                    format!(
                        "{}/{}{} of {}",
                        k.number.as_deref().unwrap_or("?"),
                        k.year.map(|y| format!("{y}/")).unwrap_or_default(),
                        k.symbol.as_deref().unwrap_or("?"),
                        k.date.as_deref().map_or("?".to_string(), crate::resolve::display_date)
                    )
                })
                .collect();
            Diagnostic::new(
                Level::Warning,
                "law-date-unknown",
                format!(
                    "«{}» is dated {} here, but the law table knows that name only as {}: no link was drawn; if the date is a slip of the text, nothing is lost but this link; if it is another law, add it to an alias table ([[law]], see --aliases)",
                    crate::normalize::squash_spaces(&text[m.start..m.end]),
                    crate::resolve::display_date(&m.date),
                    known.join(", ")
                ),
            )
            .at(file, Some(ls.partition_point(|&a| a <= m.start)))
        })
        .collect();
    // Above the header: the page's (a legal database's list of related documents).
    let page_before = match (&header.own, header.number_line) {
        (Some(_), Some(n)) => ls[identity::header_start(&lines, n)],
        _ => 0,
    };

    // Page furniture: a legal database's list of "related" documents, matched by number alone
    // (`Kế hoạch 38/KH-UBND về ... Ban hành: 10/03/2020 | Cập nhật: ...`). The issuer is not the
    // citing document's; the date is the one on the same line.
    if let Some(f0) = furniture_at {
        for f in found.iter_mut().filter(|f| f.start >= f0) {
            let local = f
                .desc
                .symbol
                .as_deref()
                .is_some_and(|s| registry::symbol_is_central(s) != Some(true));
            let explicit =
                text[f.end..f.attr_end].contains("của") || text[f.end..f.attr_end].contains("do ");
            if local && !explicit {
                f.desc.scope = Some(Scope::Unknown);
                f.desc.issuer = None;
            }
            if f.desc.date.is_none() {
                let line_end = text[f.end..]
                    .find('\n')
                    .map(|i| f.end + i)
                    .unwrap_or(text.len());
                if let Some(c) = FURNITURE_DATE.captures(&text[f.end..line_end]) {
                    if let Some(d) = iso_date(&c["d"], &c["m"], &c["y"]) {
                        f.desc.year = d[..4].parse().ok();
                        f.desc.date = Some(d);
                    }
                }
            }
        }
    }

    let published = if header.own.is_none() {
        dateline(text, &ls, &found)
    } else {
        None
    };
    let mut defined_as = bind_definitions(text, &mut found);
    bind_demonstratives(text, &mut found, &mut defined_as);

    let own = header.own.clone();
    let is_news = own.is_none();
    // (A news item's document whose text it reproduces: see [`presented_document`].)
    let presented = if is_news {
        presented_document(text, &found)
    } else {
        None
    };
    let title_range = header
        .title_lines
        .map(|(a, b)| (ls[a], ls.get(b + 1).copied().unwrap_or(text.len())));

    // `HƯỚNG DẪN` / `Thực hiện một số điều trong Quy định số 07-QĐi/TW`: the type line and the
    // title read `Hướng dẫn thực hiện ...`, so what the title carries out, the text guides.
    let guidance_title = own.as_ref().is_some_and(|o| {
        o.doc_type.as_deref() == Some("Hướng dẫn")
            && o.title.as_deref().is_some_and(|t| {
                ["thuc hien", "thi hanh", "trien khai thuc hien"]
                    .iter()
                    .any(|c| fold_words_starts_with(t, c))
            })
    });
    let mut references: Vec<Reference> = Vec::with_capacity(found.len());
    let mut relations: Vec<StatedRelation> = vec![];
    // The stated relation of each reference, for coordination (`A và B`).
    let mut stated: Vec<Option<(Endpoint, Relation, String)>> = vec![];
    // The agent of a passive (`A được sửa đổi, bổ sung bởi B`): B's act on A, which the
    // documents coordinated with B share (`bởi B, C và D`).
    let mut agent_of: Vec<Option<(u32, Relation, String)>> = vec![None; found.len()];
    let mut prev: Option<usize> = None;
    // The last reference made a passive's agent: a list's items each open with one (`bởi:` /
    // `1. Thông tư 11 ... sửa đổi, bổ sung Thông tư 04 và Thông tư 107 ...;` / `2. Thông tư
    // 204 ...`), and the references after it in its item are its own.
    let mut last_agent: Option<usize> = None;
    // The last cue that governed a reference from the document, with its line and the start of
    // that reference: items of a list (`Thực hiện Kế hoạch số 45 ...;` / `Kế hoạch số 12 ...;`)
    // share it.
    let mut last_head: Option<(usize, Relation, String, usize)> = None;
    let mut last_sentence = None;
    // The last reference whose issuer the sentence's subject named (`UBND huyện Hàm Yên vừa
    // ban hành`).
    let mut subject_issued: Option<usize> = None;
    for (i, f) in found.iter().enumerate() {
        let line = line_of(&ls, f.start);
        let furniture = furniture_at.is_some_and(|f0| f.start >= f0);
        // (Above the header: what the page says of documents, as a news item does, not what
        // the document does; but for the page's title, which opens with the document's own
        // number and gives its title: `Nghị quyết 18/2025/NQ-HĐND sửa đổi ... Nghị quyết
        // 64/2017/NQ-HĐND ...`.)
        let page_head = f.end <= page_before && {
            let l0 = ls[line - 1];
            let first = found[..i].iter().position(|o| o.start >= l0);
            !first.is_some_and(|j| {
                references[j].is_self && text[l0..found[j].start].split_whitespace().count() <= 3
            })
        };
        let mut desc = f.desc.clone();
        // (`Căn cứ Nghị quyết số 32/2007/NĐ-CP ...`: a type word that a State symbol's letters
        // contradict, read as the letters say ([`find_refs`]); one of the two is a slip, which
        // the text does not settle.)
        if let Some(said) = written_type_against_letters(&text[f.start..f.end], &desc) {
            noted.push(
                Diagnostic::new(
                    Level::Warning,
                    "type-against-symbol",
                    format!(
                        "«{}» says {said}, but its symbol's letters are a {}'s: read as the letters say; one of the two is a slip, check the source",
                        &text[f.start..f.end],
                        desc.doc_type.as_deref().unwrap_or("")
                    ),
                )
                .at(file, Some(line)),
            );
        }
        if let Some(d) = year_outside_term(&text[f.start..f.end], &desc) {
            noted.push(d.at(file, Some(line)));
        }
        // A news item reporting that a body has just issued (`vừa ban hành`, `ban hành`) or
        // adopted (`thông qua`) a document: it is of the dateline's year. Only the document the
        // verb governs, and only one the file names nowhere with a year.
        let cs = clause_start(text, f.start, 0);
        // (`Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL`: the generic word stands before
        // the reference, outside it.)
        let before_ref = past_list_head(without_generic_word(&text[cs..f.start]));
        // (A legal document's number holds its year, `15/2018/QĐ-UBND`: the year is its own,
        // and a sentence's date of that year dates it, `Ngày 11/9/2018, Chủ tịch UBND tỉnh đã ban
        // hành Quyết định số 15/2018/QĐ-UBND`.)
        let named_with_year = !(desc.normative && desc.date.is_none())
            && found.iter().any(|o| {
                o.desc.year.is_some()
                    && o.desc.number == desc.number
                    && o.desc.symbol == desc.symbol
            });
        // (A document's body says so too: `Thực hiện ..., UBND huyện ban hành Kế hoạch số
        // 60/KH-UBND` in a district Party committee's report.)
        // (`Ngày 09/05/2024, Chính phủ ban hành Chương trình hành động ... kèm theo Nghị quyết
        // 66/NQ-CP`: what a body issued comes with the document that carries it; that one is
        // the act's. Not `Quy chế ... ban hành kèm theo Quyết định số ...`, nothing between.)
        let window = format!(" {} ", fold_words(before_ref));
        let issued_with = (desc.number.is_some() && window.ends_with(" kem theo "))
            .then(|| before_ref.rfind("ban hành"))
            .flatten()
            .map(|at| &before_ref[..at + "ban hành".len()])
            .filter(|head| {
                let between = fold_words(&before_ref[head.len()..]);
                words_of(&between).len() > 3
                    && issuing_subject(head)
                        .and_then(|s| registry::parse_issuer_at(s, home.province, home.district))
                        .is_some()
            });
        let issued_anywhere = desc.number.is_some()
            && {
                window.ends_with(" ban hanh ")
                || issued_with.is_some()
                || window.ends_with(" thong qua ")
                || signs_or_issues(before_ref)
                // (`Ngày 07/3/2018, Thủ tướng Chính phủ phê duyệt Quyết định số 275/QĐ-TTg`: a
                // body that approves by a decision of its own letters issues it; not a body
                // approving another's text, `UBND tỉnh phê duyệt Kế hoạch số 12/KH-SGDĐT`.)
                || window.ends_with(" phe duyet ")
                    && desc.doc_type.as_deref() == Some("Quyết định")
                    && issuing_subject(before_ref)
                        .and_then(|s| registry::parse_issuer_at(s, home.province, home.district))
                        .zip(desc.symbol.as_deref())
                        .is_some_and(|(i, s)| approver_fits(&i.name, s))
                // (`Đảng ủy ... đã xây dựng Kế hoạch số 65-KH/ĐU`: see [`issuing_subject`].)
                || window.ends_with(" xay dung ") && issuing_subject(before_ref).is_some()
                // (`Chính phủ có Nghị quyết số ...`: only after a body; `UBND huyện đã có Công
                // văn số ...`, a district's or a commune's of no place the text names, too.)
                || window.ends_with(" co ")
                    && issuing_subject(before_ref)
                        .and_then(|s| registry::parse_issuer_at(s, home.province, home.district))
                        .is_some_and(|i| i.scope != Scope::Unknown || registry::below_province(&i.name))
            };
        let issued = is_news && issued_anywhere;
        // (In a document's body, too, with the sentence's full date: `Ngày 21/04/2015, Thủ
        // tướng Chính phủ đã ban hành Chỉ thị số 06/CT-TTg ...` in a province's directive.)
        if !is_news
            && desc.date.is_none()
            && desc.number.is_some()
            && !named_with_year
            && before_ref.trim_end().ends_with("ban hành")
        {
            let clause = &text[cs..f.start];
            if let Some(d) = lead_starts(clause)
                .find_map(|s| SENTENCE_DATE.captures(&clause[s..]))
                .and_then(|c| lead_date(&c, None))
                .filter(|d| desc.year.is_none_or(|y| d.starts_with(&y.to_string())))
            {
                desc.year = d[..4].parse().ok();
                desc.date = Some(d);
            }
        }
        // `... được Thủ tướng Chính phủ phê duyệt ngày 01/9/2021 tại Quyết định số
        // 1454/QĐ-TTg`: the day of the act the reference records.
        if desc.date.is_none() && desc.number.is_some() {
            static ACT_ON_AT: LazyLock<regex::Regex> = LazyLock::new(|| {
                regex::Regex::new(
                    r"(?:phê duyệt|ban hành|ký|thông qua)\s+(?:vào\s+)?ngày\s+(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>(?:19|20)[0-9]{2})\s+tại\s*$",
                )
                .expect("compiles")
            });
            if let Some(d) = ACT_ON_AT
                .captures(before_ref)
                .and_then(|c| iso_date(&c["d"], &c["m"], &c["y"]))
                .filter(|d| desc.year.is_none_or(|y| d.starts_with(&y.to_string())))
            {
                desc.year = d[..4].parse().ok();
                desc.date = Some(d);
            }
        }
        if issued && desc.date.is_none() && !named_with_year {
            // `Ngày 26/11/2018, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 156-KH/TU`: the
            // sentence's date is the document's (also after a portal's `PhuthoPortal - `);
            // else the dateline gives its year.
            let clause = &text[cs..f.start];
            let lead = lead_starts(clause)
                .find_map(|s| SENTENCE_DATE.captures(&clause[s..]))
                .and_then(|c| lead_date(&c, published.as_deref()))
                .or_else(|| clause_date(text, &found, cs, f.start, published.as_deref()));
            // (`Tháng 5–2018, Thủ tướng Chính phủ có Quyết định số 490/QĐ-TTg`: the year the
            // sentence opens with, not the dateline's.)
            let lead_year = || {
                lead_starts(clause)
                    .find_map(|s| SENTENCE_YEAR.captures(&clause[s..]))
                    .and_then(|c| c["y"].parse::<i32>().ok())
            };
            match lead {
                Some(d) if desc.year.is_none_or(|y| d.starts_with(&y.to_string())) => {
                    desc.year = d[..4].parse().ok();
                    desc.date = Some(d);
                }
                None if desc.year.is_none() && lead_year().is_some() => {
                    desc.year = lead_year();
                }
                // (Not when the reference's own day and month follow it, `Công văn số
                // 1187/SYT-NVY, ngày 30-12`: they are read below, with their year.)
                // (A number alone, `Cục trưởng ... vừa ký Quyết định số 07 về việc ...`, of
                // either system: what a body has just (`vừa`) signed is of the dateline's
                // year too.)
                None if desc.year.is_none()
                    && (desc.system == Some(System::State)
                        || desc.symbol.is_none() && just_done(before_ref))
                    && published.as_deref().is_none_or(|p| {
                        day_month_after(
                            &text[f.end..f.attr_end.max(f.end)],
                            &text[f.attr_end.max(f.end)..],
                            p,
                        )
                        .is_none()
                    }) =>
                {
                    desc.year = published.as_deref().and_then(|d| d[..4].parse().ok());
                }
                _ => {}
            }
        }
        // `Tỉnh ủy Phú Thọ ban hành Chương trình hành động số 39-CTr/TU`: the body that issued
        // it, when no `của ...` names one (and the symbol agrees with it).
        // `chỉ đạo của Ban cán sự đảng UBND tỉnh tại Công văn số 591-CV/BCSĐ`: the body named
        // before `tại`, see [`issuer_before_tai`].
        let subject = if issued_anywhere {
            issuing_subject(issued_with.unwrap_or(before_ref))
        } else {
            None
        }
        .or_else(|| issuer_before_tai(before_ref));
        if desc.issuer.is_none() {
            if let Some(iss) =
                subject.and_then(|s| registry::parse_issuer_at(s, home.province, home.district))
            {
                let central_symbol = desc.symbol.as_deref().and_then(registry::symbol_is_central);
                // (A mass organisation writes its numbers in either form: `267/KH-MTTQ-BTT`,
                // `49-KH/HNDT`.)
                let fits = (desc.system.is_none_or(|s| s == iss.system)
                    || registry::mass_organisation(&format!(" {} ", fold_words(&iss.name)))
                        .is_some())
                    && central_symbol.is_none_or(|c| c == (iss.scope == Scope::Central))
                    // (`Chính phủ ban hành Quyết định số 19/QĐ-TTg`: the Prime Minister's, as
                    // its letters say.)
                    && desc.symbol.as_deref().is_none_or(|s| {
                        let last = s.rsplit(['/', '-']).next();
                        let body = last.map(crate::normalize::fold);
                        // (`đề nghị của Chánh Văn phòng UBND tỉnh và Sở Xây dựng tại Tờ trình
                        // số 1285/TTr-SXD`: the department its letters name, not the first
                        // body the phrase names.)
                        let department = last.and_then(registry::department_letters);
                        // (`ý kiến chỉ đạo của Phó Thủ tướng Chính phủ ... tại văn bản số
                        // 8070/VPCP-KGVX`: the Government Office conveys his direction; the
                        // letters of a ministry-level body are its.)
                        let ministry = registry::issuer_of_symbol(s, None)
                            .filter(|m| registry::is_ministry(&m.name));
                        match body.as_deref() {
                            Some("ttg") => iss.name == "Thủ tướng Chính phủ",
                            Some("cp") => iss.name == "Chính phủ",
                            _ => {
                                department.is_none_or(|d| iss.name.starts_with(d))
                                    && ministry.is_none_or(|m| iss.name == m.name)
                            }
                        }
                    });
                // (A body of no place the text names, `Ủy ban nhân dân huyện ban hành Kế hoạch
                // số 42/KH-UBND` in a city's news: a district's, not the city's its home would
                // make it; it stays unscoped.)
                // (`Tỉnh ủy Vĩnh Phúc đã xây dựng và ban hành Kế hoạch số 157-KH/TW`: a province's
                // Party committee numbers its texts `/TU`; the Central Committee's `/TW` after the
                // body the sentence says issued it is a slip of one letter. The sentence's body
                // issues, under its own letters, and the slip is said.)
                let tw_slip = !fits
                    && iss.system == System::Party
                    && matches!(iss.scope, Scope::Province(_))
                    && desc.symbol.as_deref().is_some_and(|s| s.ends_with("/TW"));
                if tw_slip {
                    let written = desc.symbol.clone().unwrap_or_default();
                    let symbol = format!("{}/TU", &written[..written.len() - 3]);
                    noted.push(
                        Diagnostic::new(
                            Level::Warning,
                            "symbol-against-issuer",
                            format!(
                                "«{}» ends in TW, the Central Committee's letters, but the sentence says {} issued it: read as {}-{symbol} of that body (a province's Party committee numbers its texts /TU)",
                                &text[f.start..f.end],
                                iss.name,
                                desc.number.as_deref().unwrap_or("")
                            ),
                        )
                        .at(file, Some(line)),
                    );
                    desc.symbol = Some(symbol);
                    // (Nor is the province's committee of the Central Committee's term.)
                    desc.term = None;
                }
                if fits || tw_slip {
                    desc.system = desc.system.or(Some(iss.system));
                    desc.scope = Some(iss.scope);
                    desc.issuer = Some(iss.name);
                    subject_issued = Some(i);
                    // (`Bộ Chính trị ban hành Kết luận số 156`: the body gives the symbol, as
                    // it does when named after the number.)
                    if f.form == RefForm::Short {
                        symbol_of_named_body(&mut desc);
                    }
                    // (`Ban Chấp hành Trung ương Đảng khóa XII tiếp tục ban hành Nghị quyết số
                    // 28-NQ/TW`: the term the subject names, as after the number.)
                    if desc.term.is_none()
                        && desc.scope == Some(Scope::Central)
                        && registry::takes_party_term(
                            desc.symbol.as_deref(),
                            desc.issuer.as_deref(),
                        )
                    {
                        desc.term = subject.and_then(term_named).map(str::to_string);
                        // (Its date, when the alias table knows the term's number.)
                        if let (None, Some(n), Some(sym), Some(term)) =
                            (&desc.date, &desc.number, &desc.symbol, &desc.term)
                        {
                            if let Some(date) =
                                aliases.in_term(n, sym, term).and_then(|e| e.date.clone())
                            {
                                desc.year = date[..4].parse().ok();
                                desc.date = Some(date);
                            }
                        }
                    }
                }
            }
        }
        // (`UBND huyện Hàm Yên vừa ban hành 3 Quyết định (308/QĐ-UBND, 309/QĐ-UBND,
        // 310/QĐ-UBND)`, `... các Quyết định số 312/QĐ-UBND và số 313/QĐ-UBND`: the subject
        // issued every item of the list, on the sentence's day.)
        if let Some(prev) = subject_issued.filter(|&p| p + 1 == i) {
            let a = &found[prev];
            let gap = text.get(a.attr_end.max(a.end)..f.start).unwrap_or("");
            let joined = (is_list_separator(gap)
                || gap.len() < 12
                    && !gap.contains(['\n', ';'])
                    && matches!(fold_words(gap).as_str(), "so" | "va so"))
                && body_of(a)
                    .zip(body_of(f))
                    .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y));
            let src = &references[prev].desc;
            if joined && desc.issuer.is_none() {
                desc.issuer = src.issuer.clone();
                desc.scope = src.scope.clone();
                desc.system = desc.system.or(src.system);
                if desc.date.is_none()
                    && src.year.is_some()
                    && desc.year.is_none_or(|y| Some(y) == src.year)
                {
                    desc.date = src.date.clone();
                    desc.year = src.year;
                }
                subject_issued = Some(i);
            }
        }
        // `Kế hoạch số 54/KH-UBND ngày 17/3` in a news item: the day and month of the dateline's
        // year (or the year before, when that day is still to come at the dateline).
        if is_news && desc.date.is_none() {
            if let Some(d) = published.as_deref().and_then(|p| {
                day_month_after(
                    &text[f.end..f.attr_end.max(f.end)],
                    &text[f.attr_end.max(f.end)..],
                    p,
                )
            }) {
                if desc.year.is_none_or(|y| d.starts_with(&y.to_string())) {
                    desc.year = d[..4].parse().ok();
                    desc.date = Some(d);
                }
            }
        }
        // (The number line states the document itself: its `TƯ` is what the header's issuer
        // settled it as, not what this reference alone says, see [`settle_tu`].)
        if let Some(o) = own.as_ref() {
            fn base(s: Option<&str>) -> Option<&str> {
                s.and_then(|s| s.strip_suffix("/TU").or_else(|| s.strip_suffix("/TW")))
            }
            let own_base = base(o.symbol.as_deref());
            if o.number == desc.number
                && own_base.is_some()
                && own_base == base(desc.symbol.as_deref())
                && header.own_lines.contains(&(line - 1))
            {
                desc.symbol = o.symbol.clone();
                desc.scope = o.scope.clone();
            }
        }
        // A joint document is its symbol's bodies', whichever one a `của ...` names.
        if let Some(j) = desc.symbol.as_deref().and_then(registry::joint_issuer) {
            desc.issuer = Some(j);
        }
        // A legal document's number holds the year it was issued (`01/2021/TT-BTNMT`, decree
        // 30/2020 and the Law on legal documents): a date of another year written after it
        // (`ngày 12/4/2014`, a slip of the copy, or a list's shared date) is not its date.
        if let (true, Some(y), Some(d)) = (desc.normative, desc.year, desc.date.as_deref()) {
            if d.get(..4) != Some(format!("{y:04}").as_str()) {
                desc.date = None;
            }
        }
        // (`Quyết định số 449/QĐ-TTngày 12 tháng 3 năm 2013 của Thủ tướng Chính phủ`: a copy
        // lost the small letter of the Prime Minister's `TTg`; `TT` after a decision's or a
        // directive's type is no body's letters, and the sentence names him.)
        if desc.issuer.as_deref() == Some("Thủ tướng Chính phủ") {
            if let Some(sym) = desc.symbol.as_deref() {
                if matches!(sym, "QĐ-TT" | "CT-TT") {
                    desc.symbol = Some(format!("{sym}g"));
                }
            }
        }
        let is_self = own.as_ref().is_some_and(|o| same_document(o, &desc));
        references.push(Reference {
            surface: squash_spaces(&text[f.start..f.end]).into(),
            start: ix(f.start),
            end: ix(f.end),
            line: ix(line),
            sentence: sentence_of(text, f.start, f.end, &mut last_sentence),
            form: f.form,
            desc: std::sync::Arc::new(desc),
            alias_candidates: if f.form == RefForm::Title
                || defined_as[i].is_some()
                || f.alias.len() > 1 && f.desc.number.is_some()
            {
                f.alias.clone().into()
            } else {
                Box::default()
            },
            furniture,
            is_self,
            defined_as: defined_as[i].map(ix),
        });
        if furniture {
            stated.push(None);
            continue;
        }
        if found[i].is_definition {
            // A definition restates its antecedent: a list goes on through it (`A (gọi tắt là
            // Nghị quyết 10) và B`).
            stated.push(defined_as[i].and_then(|a| stated.get(a).cloned().flatten()));
            prev = Some(i);
            continue;
        }
        let same_para =
            |p: usize| found[p].end <= f.start && !text[found[p].end..f.start].contains("\n\n");
        // (A web page's copy puts blank lines between the items of a passive's agents:
        // `được sửa đổi, bổ sung bởi:` / `` / `1. Luật Hải quan số ...;` / `` / `2. ...`.)
        let agents_listed = |p: usize| {
            found[p].end <= f.start && {
                let gap = &text[found[p].end..f.start];
                // (An agent list follows its subject closely.)
                gap.len() < 600 && gap.contains(':') && AGENT_LIST.is_match(gap)
                    || agent_of[p].is_some()
                        && agent_list_item(
                            &text[found[p].attr_end.clamp(found[p].end, f.start)..f.start],
                        )
            }
        };
        // (The list's next item, after an item whose agent cites more: `2. ` after `1. B sửa
        // đổi, bổ sung C và D ...;`.)
        let list_agent = last_agent.filter(|&q| {
            prev.is_some_and(|p| p != q)
                && found[q].end <= f.start
                && agent_list_item(&text[found[q].attr_end.clamp(found[q].end, f.start)..f.start])
        });
        let prev_in_para = prev.filter(|&p| same_para(p) || agents_listed(p));
        let in_title = title_range.is_some_and(|(a, b)| f.start >= a && f.start < b);
        let mut this_rel: Option<(Endpoint, Relation, String)> = None;
        // The agent of a passive whose subject is the file's own document.
        let mut later_agent = false;
        // Inside a title that names a document by what it does about this one: the title's own
        // words give the relation.
        let enclosing = (0..i)
            .rev()
            .find(|&e| found[e].start <= f.start && f.end <= found[e].end);
        if let Some(e) = enclosing {
            let folded = fold_words(&text[found[e].start..f.start]);
            let ws = words_of(&folded);
            this_rel = Some(match cues::cue_at_end(&ws) {
                Some(c) => (
                    Endpoint::Ref(ix(e)),
                    c.relation,
                    ws[c.start..c.end].join(" "),
                ),
                None => (Endpoint::Ref(ix(e)), Relation::Cites, String::new()),
            });
        }
        // (`Căn cứ ... Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật
        // Nhà ở số 27/2023/QH15 ... ngày 29 tháng 6 năm 2024`: the laws an amending law's name
        // lists, each with its number, are named, not rested on; the cue is the amending law's.
        // One number after the list, `... của Luật Cán bộ, công chức và Luật Viên chức số
        // 52/2019/QH14`, is the amending law's own.)
        let listed_law = |k: usize| {
            found[k].desc.normative
                && found[k].desc.doc_type.as_deref() == Some("Luật")
                && in_amending_law_name(text, found[k].start)
        };
        let one_name =
            |a: &Found, b: &Found| a.end <= b.start && !text[a.end..b.start].contains(';');
        if this_rel.is_none()
            && !in_title
            && listed_law(i)
            && !amending_name_before(text, f.start, "ban hanh luat sua doi")
            && (i > 0 && listed_law(i - 1) && one_name(&found[i - 1], f)
                || i + 1 < found.len() && listed_law(i + 1) && one_name(f, &found[i + 1]))
        {
            this_rel = Some((Endpoint::This, Relation::Cites, String::new()));
        }
        // A row of a portal's list of documents (`1 | 130/KH-UBND | 27/06/2025 | Kế hoạch ...
        // thực hiện Quyết định số 923/QĐ-TTg ... |`): the row's title speaks for its document.
        if this_rel.is_none() {
            if let Some(r0) = row_document(text, &ls, &found, i, line) {
                let cell = text[..f.start].rfind('|').map(|c| c + 1).unwrap_or(f.start);
                this_rel = Some(match head_cue(&text[cell.max(found[r0].end)..f.start]) {
                    Some((rel, cue)) => (Endpoint::Ref(ix(r0)), rel, cue),
                    None => (Endpoint::Ref(ix(r0)), Relation::Cites, String::new()),
                });
            }
        }
        // A row of a legal database's history of a document (`Lịch sử hiệu lực: Quyết định
        // 30/2013/QĐ-UBND` / `09/01/2015 Được sửa đổi 79/2014/QĐ-UBND` / `06/05/2019 Bị thay
        // thế 14/2019/QĐ-UBND`): the row's document acts on the heading's.
        if this_rel.is_none() {
            if let Some((subject, rel, cue)) = status_row(text, &ls, &found, i, line) {
                if !same_code(&found[subject], f) {
                    relations.push(StatedRelation {
                        from: Endpoint::Ref(ix(i)),
                        to: ix(subject),
                        relation: rel,
                        cue: cue.into(),
                        line: ix(line),
                        in_title,
                        in_preamble: false,
                    });
                }
                this_rel = Some((Endpoint::This, Relation::Cites, String::new()));
            }
        }
        if let (None, Some(p)) = (&this_rel, prev_in_para) {
            let subject = if references[p].is_self {
                Endpoint::This
            } else {
                Endpoint::Ref(ix(p))
            };
            // `thực hiện A và B`: B is governed like A, also when A is a chained object (`X thực
            // hiện A và B`). After a comma (`X thực hiện A về "...", B`) B may belong to X or to
            // the document, so it is left to its own cue.
            // (After a definition, its closing parenthesis.)
            let gap_after_attrs = if found[p].attr_end <= f.start {
                let g = &text[found[p].attr_end..f.start];
                if found[p].is_definition {
                    g.trim_start().trim_start_matches(')')
                } else {
                    g
                }
            } else {
                ","
            };
            // (But a list of one kind that only commas part, `X thay thế Quyết định 582/QĐ-TTg
            // ngày ..., Quyết định 103/QĐ-TTg ngày ..., Quyết định 72/QĐ-TTg ngày ...`, is X's.)
            let one_kind_list = gap_after_attrs.trim() == ","
                && f.desc.doc_type.is_some()
                && found[p].desc.doc_type == f.desc.doc_type;
            let head = matches!(stated[p], Some((Endpoint::This, _, _)))
                || !gap_after_attrs.contains(',')
                || one_kind_list;
            // (Not from a document older than B: `Kế hoạch 25 ngày 30/11/2016 thực hiện A và
            // Kết luận 111 ngày 14/8/2017` lists B beside the plan, it cannot carry B out.)
            // (Nor from a central document over a local one: `Nghị quyết số 50/NQ-CP ... ban
            // hành Chương trình ... thực hiện Nghị quyết số 52-NQ/TW ... và Kế hoạch số
            // 233-KH/TU ... của Tỉnh ủy`: the Government carries out no Tỉnh ủy's plan, so B is
            // the next item of the cue that governs A.)
            let subject_older = match &stated[p] {
                Some((Endpoint::Ref(s), _, _)) => {
                    issued_before(&found[*s as usize], f)
                        || central_over_local(&found[*s as usize], f)
                }
                _ => false,
            };
            // (A coordinated document no cue governed leaves B to the rules below: `theo Nghị
            // quyết Đại hội XIII và Kế hoạch số 16 ..., UBND tỉnh ban hành`.)
            let governed = !matches!(stated[p], Some((Endpoint::This, Relation::Cites, _)));
            let passive_list = agent_of[p]
                .clone()
                .filter(|_| {
                    found[p].attr_end <= f.start
                        && (is_coordination(gap_after_attrs) || agent_list_item(gap_after_attrs))
                })
                .or_else(|| list_agent.and_then(|q| agent_of[q].clone()));
            // (The document's own cue governs a list whose items each carry what they are
            // about, unquoted: `Căn cứ Nghị định số 92 ... về lập, phê duyệt và quản lý quy
            // hoạch ... và Nghị định số 04 ...`, `Thực hiện Nghị quyết số 76/NQ-CP ngày ... của Chính phủ ban hành Chương
            // trình tổng thể ..., Nghị quyết Đại hội ... lần thứ XVI, nhiệm kỳ 2020 - 2025 và
            // Nghị quyết số 12-NQ/TU ...`.)
            // (So does a change or a guidance, the text's or a cited document's: `Quyết định
            // này thay thế các Quyết định số 1417/QĐ-UBND ngày 26/6/2014 về việc công bố thủ
            // tục hành chính ... và Quyết định số 2073/QĐ-UBND` replaces both; a description
            // with an act of its own, `... về việc sửa đổi ...`, keeps what follows it.)
            let own_change = matches!(
                stated[p],
                Some((
                    _,
                    Relation::Replaces | Relation::Repeals | Relation::Amends | Relation::Guides,
                    _
                ))
            ) && is_described_then_next(gap_after_attrs);
            let own_list = own_change
                || matches!(
                    stated[p],
                    Some((
                        Endpoint::This,
                        Relation::Implements | Relation::Continues | Relation::BasedOn,
                        _
                    ))
                ) && (is_described_then_next(gap_after_attrs)
                // (A's description may carry its own act on what it names, `Căn cứ Nghị định
                // số 133/2008/NĐ-CP ... quy định chi tiết một số điều của Luật Chuyển giao công
                // nghệ và Nghị định số 103/2011/NĐ-CP ...`: B, issued after A, is no object of
                // A's act, so it is the next item.)
                || known_older(&found[p], f) && described_with_act_then_next(gap_after_attrs));
            // (`Thực hiện A ... [và triển khai B]; các Nghị quyết của Hội đồng nhân dân tỉnh: số
            // C`: the heading of the list's next group, under the sentence's cue, also when the
            // item before it was A's object.)
            let next_group = || {
                let own = |st: &Option<(Endpoint, Relation, String)>| {
                    st.clone().filter(|(from, rel, _)| {
                        *from == Endpoint::This
                            && matches!(
                                rel,
                                Relation::Implements | Relation::Continues | Relation::BasedOn
                            )
                    })
                };
                if found[p].attr_end > f.start || !heads_next_list(gap_after_attrs) {
                    return None;
                }
                own(&stated[p]).or_else(|| {
                    stated_subject(&stated, p)
                        .and_then(|s| stated.get(s))
                        .and_then(own)
                })
            };
            if let Some((target, rel, cue)) = passive_list {
                relations.push(StatedRelation {
                    from: Endpoint::Ref(ix(i)),
                    to: target,
                    relation: rel,
                    cue: cue.as_str().into(),
                    line: ix(line),
                    in_title,
                    in_preamble: false,
                });
                agent_of[i] = Some((target, rel, cue));
                last_agent = Some(i);
                this_rel = Some((Endpoint::This, Relation::Cites, String::new()));
            } else if let Some(r) = next_group() {
                this_rel = Some(r);
            } else if let Some(r) = item_before_parenthesis(text, &found, &stated, p, f.start) {
                // `Thực hiện A (thực hiện X) và B`: B is the next item after A.
                this_rel = Some(r);
            } else if head
                && governed
                && found[p].attr_end <= f.start
                && (is_coordination(gap_after_attrs)
                    || names_part_of_next(gap_after_attrs)
                    || own_list)
                && !subject_older
                && !guides_downward(&stated[p], &found, f)
            {
                this_rel = stated[p].clone();
            } else if let Some(outer) = stated_subject(&stated, p)
                .filter(|_| subject_older && found[p].attr_end <= f.start)
                .filter(|_| {
                    is_coordination(gap_after_attrs) || is_described_then_next(gap_after_attrs)
                })
                .and_then(|s| stated[s].clone())
                .filter(|(from, rel, _)| *from == Endpoint::This && *rel != Relation::Cites)
            {
                // `Căn cứ A ... thực hiện C ... và B`, B issued after A: A cannot carry B out,
                // so B is the next item of the cue that governs A (`Căn cứ`).
                this_rel = Some(outer);
            } else if found[p].attr_end <= f.start && fold_words_is(gap_after_attrs, "bang") {
                // `cụ thể hóa A và B bằng Kế hoạch C`: C implements A and B.
                // (A sentence ends at `. `, at a period that ends a line, and at a blank line.)
                let before = &text[..f.start];
                let sentence_start = [". ", ".\n", "\n\n"]
                    .iter()
                    .filter_map(|end| before.rfind(end).map(|x| x + end.len()))
                    .max()
                    .unwrap_or(0);
                for (k, st) in stated.iter().enumerate() {
                    if let Some((Endpoint::This, rel, cue)) = st {
                        if *rel != Relation::Cites && found[k].start >= sentence_start {
                            relations.push(StatedRelation {
                                from: Endpoint::Ref(ix(i)),
                                to: ix(k),
                                relation: *rel,
                                cue: cue.as_str().into(),
                                line: ix(line),
                                in_title,
                                in_preamble: false,
                            });
                        }
                    }
                }
                this_rel = Some((Endpoint::This, Relation::Cites, String::new()));
            } else if let Some(c) = chain_cue(chain_gap(text, &found[p], f.start))
                .filter(|_| !proposes(&found[p], chain_gap(text, &found[p], f.start)))
                .filter(|_| !letter_about(text, &found[p], f.start))
                // (A document older than B does not act on it: `sơ kết 5 năm thực hiện Chỉ thị
                // số 05-CT/TW ... khóa XII ..., triển khai Kết luận số 01-KL/TW` speaks of the
                // conference, which reviews the one and launches the other.)
                // (But a cue in what A is about, `A ngày 05/7/2022 của Bộ ... về ban hành Kế
                // hoạch triển khai thực hiện B ngày 30/12/2022`, is A's act whatever the dates:
                // a later B is the text's slip, which the graph reports, not the citing text's
                // act.)
                .filter(|c| {
                    c.passive
                        || !known_older(&found[p], f)
                        || cue_in_description(text, &found[p], f.start)
                })
                // (Nor does a central body carry out a local one's: `theo Nghị quyết số
                // 76/NQ-CP ... gắn với việc tổ chức thực hiện Nghị quyết số 12-NQ/TU` sets the
                // two side by side, both the citing text's to carry out.)
                .filter(|c| c.passive || !central_over_local(&found[p], f))
                // (`Quyết định số 59/1999/QĐ-UB ... theo Quyết định số 245/1998/QĐ-TTg ... trên
                // địa bàn tỉnh bị bãi bỏ, thay thế bởi B`: a document named after `theo`, in a
                // sentence that named another before it, is in that one's description, the
                // passive's subject. `đánh giá theo A đã được sửa đổi bởi B` is A's.)
                // (So too one named after `kèm` in a legal database's note on its own document:
                // `Quyết định 13/2015/QĐ-UBND sửa đổi đấu giá ... kèm 21/2014/QĐ-UBND đã được
                // thay thế bởi B`, B replacing 13/2015 or the rules 21/2014 issued: the words
                // do not say which, and no link is drawn.)
                // (A passive in brackets right after a document is that one's: `theo Nghị định
                // 178 (sửa đổi, bổ sung tại Nghị định số 67)`.)
                .filter(|c| {
                    !c.passive
                        || !(after_theo(&text[..found[p].start])
                            || after_kem(&text[..found[p].start]))
                        || p == 0
                        || !one_sentence(&text[found[p - 1].end..found[p].start])
                        || text[found[p].attr_end.clamp(found[p].end, f.start)..f.start]
                            .trim_start()
                            .starts_with('(')
                })
            {
                // (Up to the agent: `bởi Luật Hải quan số` names the agent itself.)
                let gap = chain_gap(text, &found[p], f.start);
                let before_agent = gap.rfind("bởi").map_or(gap, |at| &gap[..at]);
                let past_law = words_of(&fold_words(before_agent)).contains(&"luat");
                if c.passive && past_law && f.desc.doc_type.as_deref() == Some("Luật") {
                    // (A law amends the law the subject names, not A.)
                    this_rel = None;
                } else if c.passive {
                    // `A đã được sửa đổi, bổ sung bởi B`: B amends A.
                    agent_of[i] = Some((ix(p), c.relation, c.cue.clone()));
                    last_agent = Some(i);
                    relations.push(StatedRelation {
                        from: Endpoint::Ref(ix(i)),
                        to: ix(p),
                        relation: c.relation,
                        cue: c.cue.into(),
                        line: ix(line),
                        in_title,
                        in_preamble: false,
                    });
                    // (`Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung
                    // một số điều theo Luật số 65/2020/QH14;`: the basis is the law as amended,
                    // the amending law with it.)
                    let basis = stated.get(p).cloned().flatten().filter(|(e, r, _)| {
                        *e == Endpoint::This
                            && *r == Relation::BasedOn
                            && !text[found[p].end..f.start].contains(';')
                    });
                    this_rel = Some(match basis {
                        Some((_, _, cue)) => (Endpoint::This, Relation::BasedOn, cue),
                        None => (Endpoint::This, Relation::Cites, String::new()),
                    });
                    // (`Quyết định 119/QĐ-UBND ... đã được thay thế bởi Quyết định 366/QĐ-UBND`
                    // of the file's own document: a legal database's note on its later fate,
                    // which the document itself does not cite.)
                    later_agent = references[p].is_self;
                } else {
                    this_rel = Some((subject, c.relation, c.cue));
                }
            }
        }
        if this_rel.is_none() {
            let floor = prev_in_para
                .map(|p| found[p].attr_end.min(f.start))
                .unwrap_or(0);
            let ws = clause_start(text, f.start, floor);
            this_rel = Some(
                match head_cue(&text[ws..f.start]).or_else(|| colon_head(text, ws, f.start, floor))
                {
                    // `Thông tư số 05/2018/TT-BGDĐT ngày ... của Bộ GD&ĐT sửa đổi, bổ sung khoản
                    // 1 Điều 2, ... của Quy chế ... ban hành kèm theo Thông tư số 11/2014`: a
                    // cue right after a reference and its attributes is that document's act.
                    Some((rel, cue))
                        if rel != Relation::BasedOn
                            && prev_in_para.is_some_and(|p| {
                                act_of_reference(text, &found[p], f.start, &cue)
                                    && !known_older(&found[p], f)
                            }) =>
                    {
                        (Endpoint::Ref(ix(prev_in_para.expect("checked"))), rel, cue)
                    }
                    // `Căn cứ Nghị định số 01/2017/NĐ-CP ... sửa đổi, bổ sung một số nghị định
                    // quy định chi tiết thi hành Luật Đất đai`: a cue further on in the
                    // description of a reference that opens with its act is in that
                    // description, not the document's own act.
                    Some((rel, _))
                        if matches!(
                            rel,
                            Relation::Guides
                                | Relation::Amends
                                | Relation::Replaces
                                | Relation::Repeals
                        ) && prev_in_para.is_some_and(|p| {
                            ws <= found[p].attr_end && opens_with_act(text, &found[p], f.start)
                        }) =>
                    {
                        (Endpoint::This, Relation::Cites, String::new())
                    }
                    Some((rel, cue)) => {
                        // (A cue inside an item after its first reference, `- Nghị quyết số
                        // 71/NQ-CP ... thực hiện Nghị quyết số 57-NQ/TW;`, governs no item
                        // after it.)
                        // (A sentence's end opens one too: `... ban hành Công văn số 65/UBND-VP5
                        // ... . Theo đó, ... triển khai các nội dung tại Văn bản số 25/TB-VPCP
                        // ...; Văn bản số 914/UBND-VP5 ...`.)
                        let item_start = text[..f.start].rfind([';', '\n']).map_or(0, |at| at + 1);
                        let item_start = text[item_start..f.start]
                            .rfind(". ")
                            .map_or(item_start, |at| item_start + at + 2);
                        if i == 0 || found[i - 1].end <= item_start {
                            last_head = Some((line, rel, cue.clone(), f.start));
                        }
                        // (`Căn cứ Nghị định số 66/2014/NĐ-CP ... về việc ... hướng dẫn thi hành
                        // ... Luật X`: a change or guidance told inside a basis item, after the
                        // document it rests on, is that document's, which the words did not tie;
                        // the citing text only rests on it.)
                        // (Also what a basis's issuing body carried out by it, within the
                        // basis's line: `Căn cứ Quyết định số 1141/QĐ-BĐHĐA ... của Trưởng ban
                        // Điều hành Đề án 1928, Bộ Giáo dục và Đào tạo ban hành Kế hoạch thực
                        // hiện Đề án 1928;`. Not the enacting clause on the line after the last
                        // basis, `Ban Chỉ đạo Trung ương ... ban hành Kế hoạch ... triển khai
                        // Nghị quyết số 57-NQ/TW như sau:`, the text's own act.)
                        let carried_out = matches!(rel, Relation::Implements | Relation::Continues);
                        let in_basis = (carried_out
                            || matches!(
                                rel,
                                Relation::Guides
                                    | Relation::Amends
                                    | Relation::Replaces
                                    | Relation::Repeals
                            ))
                            && basis_clause(text, f.start).is_some_and(|b| {
                                prev_in_para.is_some_and(|p| found[p].start >= b)
                                    && !text[b..f.start].contains(';')
                                    && !(carried_out
                                        && text[b..f.start].trim_start().contains('\n'))
                            });
                        // (`Thực hiện Luật Bảo vệ môi trường, Chỉ thị số 36-CT/TW ..., công tác
                        // bảo vệ môi trường ... đã có những chuyển biến tích cực`: what the work
                        // under it achieved, a review; the text carries out nothing by saying so.)
                        // (Not a task that goes on with it, `Tiếp tục thực hiện Chương trình 45,
                        // kế thừa các kết quả đã đạt được`.)
                        let reviewed = matches!(rel, Relation::Implements | Relation::Continues)
                            && !cue.starts_with("tiep tuc")
                            && reports_results(text, f.end);
                        if in_basis || reviewed {
                            (Endpoint::This, Relation::Cites, String::new())
                        } else {
                            (Endpoint::This, rel, cue)
                        }
                    }
                    None => match list_cue(text, &ls, f.start, line, &last_head)
                        .or_else(|| section_cue(text, &ls, f.start, line))
                        .or_else(|| {
                            (!is_news)
                                .then(|| issuing_sentence_cue(text, f.start, f.attr_end))
                                .flatten()
                        }) {
                        Some((rel, cue)) => {
                            last_head = Some((line, rel, cue.clone(), f.start));
                            (Endpoint::This, rel, cue)
                        }
                        None => {
                            // A reference no cue governs ends the list the last one governed
                            // (`Căn cứ ...;` / `Xét Tờ trình số ...; Báo cáo số ...`); not one in
                            // brackets, the text's short name for the item before it (`Căn cứ
                            // Nghị quyết số 19-NQ/TW ... (Nghị quyết số 19-NQ/TW của Ban Chấp
                            // hành Trung ương Đảng); Nghị quyết số 26/NQ-CP ...`).
                            let bracketed = text[..f.start]
                                .rfind(['(', ')', ';', '\n'])
                                .is_some_and(|k| text.as_bytes()[k] == b'(');
                            if !bracketed {
                                last_head = None;
                            }
                            (Endpoint::This, Relation::Cites, String::new())
                        }
                    },
                },
            );
            // In a news item, a sentence whose subject is a bare type word (`Kế hoạch được xây
            // dựng trên cơ sở ...`, `Nghị quyết nhằm cụ thể hóa ...`) speaks of the document of
            // that type it last named.
            if is_news {
                if let Some(ante) = anaphora_subject(text, &found, i) {
                    if let Some((_, rel, cue)) = this_rel.take() {
                        this_rel = Some((Endpoint::Ref(ix(ante)), rel, cue));
                    }
                } else if let Some((Endpoint::This, rel, cue)) = &this_rel {
                    // `Thực hiện A, UBND tỉnh ban hành B`: B is what carries out A.
                    if *rel != Relation::Cites {
                        if let Some(k) = issued_after(text, &found, i) {
                            this_rel = Some((Endpoint::Ref(ix(k)), *rel, cue.clone()));
                        } else if let Some(k) = presented.filter(|&k| {
                            k < i
                                && !same_code(&found[k], f)
                                && !known_older(&found[k], f)
                                && opens_preamble_line(text, f.start, cue)
                        }) {
                            // `Thực hiện A, ..., Ban Tổ chức Trung ương hướng dẫn ...` in the
                            // text of B the page reproduces: B's own preamble.
                            this_rel = Some((Endpoint::Ref(ix(k)), *rel, cue.clone()));
                        }
                    }
                }
            }
        }
        // (`Ngày 28-1, UBND tỉnh ban hành Công văn số 65/UBND-VP5 ... . Theo đó, UBND tỉnh yêu
        // cầu các cơ quan, đơn vị nghiêm túc triển khai các nội dung tại Văn bản số 25/TB-VPCP
        // ...`: in news, what the sentence after the issuing one says the body does, it does
        // by the document it issued.)
        if is_news {
            if let Some((from @ Endpoint::This, rel, _)) = &mut this_rel {
                if *rel != Relation::Cites {
                    if let Some(p) = subject_issued
                        .filter(|&p| p < i)
                        .filter(|&p| issued_then_theo_do(text, found[p].end, f.start))
                    {
                        *from = Endpoint::Ref(ix(p));
                    }
                }
            }
        }
        // `Thông tư số 05/2015/TT-BNV ... hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi
        // hành`: the effect article of the document that ends it (DOMAIN.md: `hết hiệu lực`
        // repeals).
        if let Some((Endpoint::This, relation @ Relation::Cites, cue)) = &mut this_rel {
            if !is_news && expires_with_this(&text[f.end..]) {
                *relation = Relation::Repeals;
                *cue = "het hieu luc".into();
            }
        }
        if let Some((Endpoint::This, relation @ Relation::Implements, cue)) = &mut this_rel {
            if in_title && guidance_title {
                *relation = Relation::Guides;
                *cue = format!("huong dan {cue}");
            }
        }
        if let Some((from, relation, cue)) = &this_rel {
            let from_self = *from == Endpoint::This;
            if !(references[i].is_self || from_self && (is_news || later_agent || page_head)) {
                relations.push(StatedRelation {
                    from: *from,
                    to: ix(i),
                    relation: *relation,
                    cue: cue.as_str().into(),
                    line: ix(line),
                    in_title,
                    in_preamble: false,
                });
            }
            // The document mentions what it cites through another document too.
            if !from_self
                && !is_news
                && !page_head
                && !references[i].is_self
                && *from != Endpoint::Ref(ix(i))
            {
                relations.push(StatedRelation {
                    from: Endpoint::This,
                    to: ix(i),
                    relation: Relation::Cites,
                    cue: "".into(),
                    line: ix(line),
                    in_title,
                    in_preamble: false,
                });
            }
        }
        stated.push(this_rel);
        prev = Some(i);
    }

    described_then_named(text, &found, &mut relations);
    carry_out_through_programmes(text, &references, &mut relations);
    // A consolidated text repeats its law's bases and names what amended it: it rests on,
    // amends and carries out nothing itself, it cites.
    if own
        .as_ref()
        .is_some_and(|o| o.doc_type.as_deref() == Some("Văn bản hợp nhất"))
    {
        for r in relations.iter_mut().filter(|r| r.from == Endpoint::This) {
            r.relation = Relation::Cites;
        }
    }
    // The preamble: from under the title to the first section (`I. MỤC TIÊU`, `1.`, `Điều
    // 1.`), when one comes within a page of it.
    if let Some((_, last)) = header.title_lines {
        let line_text = |k: usize| text[ls[k]..ls.get(k + 1).copied().unwrap_or(text.len())].trim();
        let first = last + 1;
        let section =
            (first..ls.len().min(first + 80)).find(|&k| identity::is_section_heading(line_text(k)));
        if let Some(section) = section {
            // (1-based lines: the title's last is `first`.)
            for r in relations
                .iter_mut()
                .filter(|r| r.from == Endpoint::This && !r.in_title)
            {
                r.in_preamble = (first + 1..=section).contains(&(r.line as usize));
            }
        }
    }
    // Held until the graph is written: a file's relations grow by pushes (a third more room
    // than they use, 17 MB on 1 GB of text).
    relations.shrink_to_fit();
    references.shrink_to_fit();
    let mut diagnostics: Vec<Diagnostic> = own
        .as_ref()
        .and_then(|o| type_against_letters(o, header.number_line.map(|l| l + 1)))
        .map(|d| vec![d.at(file, header.number_line.map(|l| l + 1))])
        .unwrap_or_default();
    diagnostics.append(&mut noted);
    FileExtract {
        file: file.into(),
        kind: if is_news {
            FileKind::News
        } else {
            FileKind::Primary
        },
        own,
        own_line: header.number_line.map(|l| l + 1),
        province: header.province.clone(),
        district: header.district.clone(),
        published: published.clone(),
        furniture_from: header.furniture_from.map(|l| l + 1),
        references,
        relations,
        diagnostics,
    }
}

/// `38/2022/QH14`: the National Assembly numbers its laws and resolutions within its term,
/// whose number the letters carry (Luật 80/2015/QH13, art. 10); the 14th sat from 2016 to 2021,
/// so a year outside the term's is a slip of the year or of the term, which the text does not
/// settle. The reference is read as written, and the slip said.
fn year_outside_term(written: &str, desc: &DocDesc) -> Option<Diagnostic> {
    let (symbol, year) = (desc.symbol.as_deref()?, desc.year?);
    if !desc.normative {
        return None;
    }
    let letters = symbol.rsplit(['-', '/']).next()?;
    let term: u32 = letters
        .strip_prefix("UBTVQH")
        .or_else(|| letters.strip_prefix("QH"))?
        .parse()
        .ok()?;
    let (first, last) = registry::assembly_term_years(term)?;
    if (first..=last).contains(&year) {
        return None;
    }
    Some(Diagnostic::new(
        Level::Warning,
        "year-outside-term",
        format!(
            "«{}»: numbers written {letters} are the {term}th National Assembly's ({first}-{last}), not of {year}: the year or the term is a slip; read as written, check the source",
            crate::normalize::squash_spaces(written)
        ),
    ))
}

/// A document whose type line names another type than its number's letters (`NGHỊ QUYẾT` over
/// `Số: 16/2024/QĐ-UBND`; decree 30/2020 fixes a State symbol's type letters): a site that put
/// another document's header over this text, or a misprint. Which of the two documents the
/// text is the words cannot say, so it is said: its identity may be another's.
fn type_against_letters(own: &DocDesc, line: Option<usize>) -> Option<Diagnostic> {
    let (named, symbol) = (own.doc_type.as_deref()?, own.symbol.as_deref()?);
    if own.system != Some(System::State) {
        return None;
    }
    let abbr = symbol.split(['-', '/']).next()?;
    let canon = registry::canonical_abbr(abbr, System::State)?;
    let by_letters = registry::type_by_abbr(canon, System::State)?;
    if by_letters == named || registry::abbr_is_shared(abbr, System::State) {
        return None;
    }
    let number = match (own.number.as_deref(), own.year.filter(|_| own.normative)) {
        (Some(n), Some(y)) => format!("{n}/{y}/{symbol}"),
        (n, _) => format!("{}/{symbol}", n.unwrap_or("")),
    };
    Some(Diagnostic::new(
        Level::Warning,
        "type-against-symbol",
        format!(
            "the type line after the number line{} says {named}, but the number {number} is a {by_letters}'s: a copy may have put another document's header over this text; check the file before trusting its identity",
            line.map(|l| format!(" (line {l})")).unwrap_or_default()
        ),
    ))
}

/// `Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW ngày
/// 04/11/2013 ... (ban hành kèm theo Nghị quyết số 44/NQ-CP ngày 09/6/2014 của Chính phủ)`:
/// the document's cue governs a document described by type, body and what it carries out, and
/// the parenthesis after that description names it. The document carries out the one in the
/// parenthesis, which carries out the one its description names (a province's plan, then the
/// Government's programme, then the Party's resolution); the second cue is the described
/// document's act, not the citing one's.
fn described_then_named(text: &str, found: &[Found], relations: &mut Vec<StatedRelation>) {
    // The types of documents that carry others out, as a description opens with them.
    const CARRIERS: &[&[&str]] = &[
        &["chuong", "trinh"],
        &["ke", "hoach"],
        &["de", "an"],
        &["chien", "luoc"],
        &["nghi", "quyet"],
        &["chi", "thi"],
    ];
    let carrying = |r: Relation| matches!(r, Relation::Implements | Relation::Continues);
    // (The relation to change, the named reference, and the two cues with their words.)
    let mut changes: Vec<(usize, usize, Relation, String, Relation, String)> = vec![];
    for (k, rel) in relations.iter().enumerate() {
        if rel.from != Endpoint::This || !carrying(rel.relation) {
            continue;
        }
        let a = rel.to as usize;
        let x = &found[a];
        // The parenthesis after A's words, in the same clause, before any other reference (the
        // rare shape, looked at first).
        let b = a + 1;
        let Some(y) = found.get(b) else {
            continue;
        };
        let after_from = x.attr_end.max(x.end);
        if y.start <= after_from {
            continue;
        }
        let gap = &text[after_from..y.start];
        let Some(open) = gap.rfind('(') else {
            continue;
        };
        let (outside, inside) = (&gap[..open], &gap[open + 1..]);
        if outside.contains([';', '(', ')', '\n']) || outside.len() > 400 {
            continue;
        }
        // (Inside: the reference, after at most its issuing words, `ban hành kèm theo`.)
        if inside.len() > 40 || inside.contains(')') {
            continue;
        }
        // (And it closes after the reference, before the clause ends.)
        if text[y.end..]
            .find([')', '\n', ';'])
            .map(|c| text.as_bytes()[y.end + c])
            != Some(b')')
        {
            continue;
        }
        if same_code(y, x) || known_older(y, x) {
            continue;
        }
        // The clause up to A, after the reference before it: two cues, a description between.
        let floor = found[..a]
            .iter()
            .map(|f| f.attr_end.max(f.end))
            .filter(|&e| e <= x.start)
            .max()
            .unwrap_or(0);
        let from = clause_start(text, x.start, floor);
        let folded = fold_words(&text[from..x.start]);
        let ws = words_of(&folded);
        let Some(second) = cues::cue_at_end(&ws).filter(|c| carrying(c.relation)) else {
            continue;
        };
        let Some(first) = cues::last_cue(&ws[..second.start]).filter(|c| carrying(c.relation))
        else {
            continue;
        };
        // (`Thực hiện [các] Chương trình hành động của Chính phủ thực hiện`: the words between
        // the cues describe one document by its type and body, no more.)
        let between = &ws[first.end..second.start];
        let between = between
            .strip_prefix(&["cac"][..])
            .or_else(|| between.strip_prefix(&["viec"][..]))
            .unwrap_or(between);
        if between.len() > 12 || !CARRIERS.iter().any(|t| between.starts_with(t)) {
            continue;
        }
        changes.push((
            k,
            b,
            first.relation,
            ws[first.start..first.end].join(" "),
            second.relation,
            ws[second.start..second.end].join(" "),
        ));
    }
    if changes.is_empty() {
        return;
    }
    let mut named = vec![];
    for (k, b, first, first_cue, second, second_cue) in changes {
        let r = &mut relations[k];
        let a = r.to;
        r.to = b as u32;
        r.relation = first;
        r.cue = first_cue.into();
        named.push(b as u32);
        let chained = StatedRelation {
            from: Endpoint::Ref(b as u32),
            to: a,
            relation: second,
            cue: second_cue.into(),
            line: r.line,
            in_title: r.in_title,
            in_preamble: false,
        };
        relations.push(chained);
    }
    // (What the parenthesis names is no longer a mere mention.)
    relations.retain(|r| {
        !(r.from == Endpoint::This && r.relation == Relation::Cites && named.contains(&r.to))
    });
}

/// `Kế hoạch ... triển khai Chương trình hành động của Chính phủ thực hiện Nghị quyết số
/// 29-NQ/TW`, with `Căn cứ Nghị quyết số 44/NQ-CP ... ban hành Chương trình hành động của Chính
/// phủ thực hiện Nghị quyết số 29-NQ/TW`: what the document carries out is the Government's
/// programme, which the one Government document the text says carries out the Party's
/// resolution issued; the Party's resolution it carries out through that one (a ministry's
/// plan, then the Government's, then the Party's). The link to the Party's resolution becomes
/// one to the Government's document.
fn carry_out_through_programmes(
    text: &str,
    references: &[Reference],
    relations: &mut [StatedRelation],
) {
    // (Spaces aside: copies run words together, `CHƯƠNG TRÌNHHÀNH ĐỘNG`.)
    const PROGRAMME: &str = "chuongtrinhhanhdongcuachinhphu";
    let government = |r: &Reference| {
        r.desc
            .symbol
            .as_deref()
            .and_then(|s| s.rsplit(['/', '-']).next())
            .is_some_and(|b| matches!(crate::normalize::fold(b).as_str(), "cp" | "ttg"))
    };
    // (Government document, the resolution it carries out) as the text states them.
    let carriers: Vec<(u32, u32)> = relations
        .iter()
        .filter_map(|r| match (r.from, r.relation) {
            (Endpoint::Ref(g), Relation::Implements) if government(&references[g as usize]) => {
                Some((g, r.to))
            }
            _ => None,
        })
        .collect();
    if carriers.is_empty() {
        return;
    }
    for rel in relations
        .iter_mut()
        .filter(|r| r.from == Endpoint::This && r.relation == Relation::Implements)
    {
        let x = &references[rel.to as usize];
        let start = x.start as usize;
        let mut from = start.saturating_sub(240);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..start];
        let before = before.rsplit_once("\n\n").map_or(before, |(_, b)| b);
        let folded = fold_words(before);
        let joined = folded.replace(' ', "");
        let Some(at) = joined.rfind(PROGRAMME) else {
            continue;
        };
        // (What the document does to the programme: `sửa đổi, bổ sung, cập nhật Chương trình
        // hành động của Chính phủ ...` amends it, `thay thế` replaces it, else it carries it
        // out.)
        let act_from = joined[..at]
            .char_indices()
            .rev()
            .nth(23)
            .map_or(0, |(i, _)| i);
        let act = &joined[act_from..at];
        let relation = if ["suadoi", "bosung", "capnhat"]
            .iter()
            .any(|w| act.contains(w))
        {
            Relation::Amends
        } else if act.contains("thaythe") {
            Relation::Replaces
        } else {
            Relation::Implements
        };
        let mut through = carriers
            .iter()
            .filter(|(_, t)| same_document(&references[*t as usize].desc, &x.desc))
            .map(|(g, _)| *g);
        if let (Some(g), None) = (through.next(), through.next()) {
            rel.to = g;
            rel.relation = relation;
        }
    }
}

/// Whether a reference names the same document as a header: same number and symbol, and no
/// year that disagrees.
pub fn same_document(own: &DocDesc, r: &DocDesc) -> bool {
    // Another province's document of the same number, symbol and year is another document.
    if let (Some(a), Some(b)) = (&own.scope, &r.scope) {
        if a.is_known() && b.is_known() && a != b {
            return false;
        }
    }
    let norm = |s: &Option<String>| s.as_deref().map(|x| x.trim_start_matches('0').to_string());
    own.number.is_some()
        && norm(&own.number) == norm(&r.number)
        && own.symbol.is_some()
        && own.symbol.as_deref().map(fold_words) == r.symbol.as_deref().map(fold_words)
        && (own.year.is_none() || r.year.is_none() || own.year == r.year)
}

#[cfg(test)]
mod tests {
    /// The definition of [`sentence_bounds`]: byte by byte from the reference outwards.
    fn sentence_bounds_by_bytes(bytes: &[u8], start: usize, end: usize) -> (usize, usize) {
        let blank = |i: usize| bytes.get(i..i + 2) == Some(b"\n\n");
        let mut s = start;
        while s > 0 && !(s >= 2 && blank(s - 2)) && !is_sentence_end(bytes, s - 1) {
            s -= 1;
        }
        let mut e = end;
        while e < bytes.len() && !blank(e) {
            e += 1;
            if is_sentence_end(bytes, e - 1) {
                break;
            }
        }
        (s, e)
    }

    #[test]
    fn sentence_bounds_are_those_found_byte_by_byte() {
        // Texts of the bytes that matter, long enough to span several windows.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let alphabet = b"..?!\n\n  aAB\t\rx";
        for round in 0..400 {
            let len = [0, 1, 2, 3, 10, 300, 700][round % 7];
            let dense = round % 3 != 0;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    if dense || next() % 40 == 0 {
                        alphabet[next() % alphabet.len()]
                    } else {
                        b'a'
                    }
                })
                .collect();
            for _ in 0..20 {
                let start = if len == 0 { 0 } else { next() % (len + 1) };
                let end = start
                    + if len == start {
                        0
                    } else {
                        next() % (len - start + 1)
                    };
                assert_eq!(
                    sentence_bounds(&bytes, start, end),
                    sentence_bounds_by_bytes(&bytes, start, end),
                    "{:?} {start} {end}",
                    String::from_utf8_lossy(&bytes)
                );
            }
        }
    }

    use super::*;
    use crate::normalize::normalize;

    fn run(text: &str) -> FileExtract {
        extract("t.txt", &normalize(text), &AliasTable::builtin())
    }

    /// `Căn cứ Nghị định số 77/2015/NĐ-CP ...; Nghị định số 136/2015/NĐ-CP ... hướng dẫn thi
    /// hành một số điều của Luật Đầu tư công;`: a law named without its date in an item after
    /// the first of a basis line is the one in force when that item's decree was issued, as in
    /// the first item; the decree guides it.
    #[test]
    fn an_undated_law_in_a_later_item_of_a_basis_line() {
        let x = run(
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 75/2017/NQ-HĐND\nHà Tĩnh, ngày 15 \
             tháng 12 năm 2017\nNGHỊ QUYẾT\nVề đầu tư\nCăn cứ Nghị định số 77/2015/NĐ-CP ngày \
             10/9/2015 về kế hoạch; Nghị định số 136/2015/NĐ-CP ngày 31/12/2015 về hướng dẫn thi \
             hành một số điều của Luật Đầu tư công;\n",
        );
        let law = x
            .references
            .iter()
            .position(|r| r.desc.doc_type.as_deref() == Some("Luật"))
            .expect("the law is read");
        assert_eq!(x.references[law].desc.number.as_deref(), Some("49"));
        assert!(links(&x).contains(&("136".into(), Relation::Guides, "49".into())));
    }

    /// `Ban Chấp hành Trung ương Đảng khóa XII tiếp tục ban hành Nghị quyết số 28-NQ/TW`: the
    /// term the subject names is the number's, as written after it (Party numbers restart
    /// each term); a province's committee's term is its own, not the Central Committee's.
    #[test]
    fn a_term_in_the_issuing_subject() {
        let x = run(
            "Tin tức\nNay với Hội nghị lần thứ bảy, Ban Chấp hành Trung ương Đảng khóa XII tiếp \
             tục ban hành Nghị quyết số 28-NQ/TW về bảo hiểm xã hội.\n\
             Bộ Chính trị khóa XII ban hành Kết luận số 50-KL/TW.\n\
             Tỉnh ủy khóa XVII ban hành Nghị quyết số 12-NQ/TU.\n",
        );
        let terms: Vec<Option<&str>> = x
            .references
            .iter()
            .map(|r| r.desc.term.as_deref())
            .collect();
        assert_eq!(terms, [Some("XII"), Some("XII"), None]);
        // (The table knows khóa XII's 28-NQ/TW: its date.)
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2018-05-23"));
        // (A short form takes the body's symbol first, then the term: khóa X's 26-NQ/TW.)
        let x = run(
            "Tin tức\nBan Chấp hành Trung ương Đảng khóa X đã ban hành Nghị quyết số 26 về nông \
             nghiệp, nông dân, nông thôn.\n",
        );
        let d = &x.references[0].desc;
        assert_eq!(
            (d.symbol.as_deref(), d.term.as_deref(), d.date.as_deref()),
            (Some("NQ/TW"), Some("X"), Some("2008-08-05"))
        );
    }

    /// `thay thế các Quyết định số A ngày ... về việc ... và Quyết định số B`: a change governs
    /// the items of a list each described after it, the text's (A and B replaced) or a cited
    /// document's (`Nghị định 143/2020/NĐ-CP sửa đổi Nghị định 108/2014/NĐ-CP về ... và Nghị
    /// định 113/2018/NĐ-CP`); not past a description with an act of its own.
    #[test]
    fn a_change_governs_each_described_item() {
        let x = run(
            "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 108/QĐ-UBND\nKiên Giang, ngày 16 tháng 1 \
             năm 2017\nQUYẾT ĐỊNH\nVề thủ tục hành chính\nĐiều 2. Quyết định này thay thế các \
             Quyết định số 1417/QĐ-UBND ngày 26/6/2014 về việc công bố thủ tục hành chính của Sở \
             Tư pháp và Quyết định số 2073/QĐ-UBND ngày 14/9/2016.\nCăn cứ Nghị định số \
             143/2020/NĐ-CP ngày 10/12/2020 sửa đổi Nghị định số 108/2014/NĐ-CP ngày 20/11/2014 \
             về chính sách tinh giản biên chế và Nghị định số 113/2018/NĐ-CP ngày 31/8/2018.\n",
        );
        assert_eq!(rel_of(&x, "1417"), Some(Relation::Replaces));
        assert_eq!(rel_of(&x, "2073"), Some(Relation::Replaces));
        let l = links(&x);
        assert!(
            l.contains(&("143".into(), Relation::Amends, "108".into()))
                && l.contains(&("143".into(), Relation::Amends, "113".into())),
            "{l:?}"
        );
    }

    /// `tại các công văn: Số 1577/SNN-KHTC ...; số 218/SNN-KHTC ...`: a list under a generic
    /// head names Công văn, whose symbols name no type; a number after an unrelated colon is
    /// none.
    #[test]
    fn a_list_of_letters_under_a_generic_head() {
        let x = run(
            "Tin tức\nTheo đề nghị của Sở Nông nghiệp và PTNT tại các công văn: Số 1577/SNN-KHTC \
             ngày 18 tháng 10 năm 2010; số 218/SNN-KHTC ngày 02 tháng 3 năm 2011.\nĐiện thoại: \
             số 0203/ABC-XY.\n",
        );
        let got: Vec<(&str, Option<&str>)> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.number.as_deref().unwrap(),
                    r.desc.doc_type.as_deref(),
                )
            })
            .collect();
        assert_eq!(got, [("1577", Some("Công văn")), ("218", Some("Công văn"))]);
    }

    /// `Căn cứ A (A của Ban Chấp hành Trung ương Đảng); B;`: the bracketed short name of A ends
    /// no list, so `Căn cứ` governs B too.
    #[test]
    fn a_bracketed_short_name_does_not_end_a_basis_list() {
        let x = run(
            "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 83/KH-UBND\nTuyên Quang, ngày 10 tháng 5 \
             năm 2023\nKẾ HOẠCH\nThực hiện Nghị quyết\nCăn cứ Nghị quyết số 19-NQ/TW ngày \
             16/6/2022 về nông nghiệp (Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng \
             ); Nghị quyết số 26/NQ-CP ngày 27/02/2023 của Chính phủ ban hành Chương trình hành \
             động;\n",
        );
        assert_eq!(rel_of(&x, "26"), Some(Relation::BasedOn));
    }

    /// `Theo đề nghị của Chánh Văn phòng UBND tỉnh và Sở Xây dựng tại Tờ trình số
    /// 1285/TTr-SXD`: of the two bodies the phrase names, the one its letters name (the first
    /// is not the issuer).
    #[test]
    fn of_two_proposers_the_one_the_letters_name() {
        let x = run(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 3698/QĐ-UBND\nQuảng Trị, ngày 20 tháng 8 năm \
             2020\nQUYẾT ĐỊNH\nVề quy hoạch\nTheo đề nghị của Chánh Văn phòng UBND tỉnh và Sở \
             Xây dựng tại Tờ trình số 1285/TTr-SXD ngày 04/8/2020.\n",
        );
        let r = x
            .references
            .iter()
            .find(|r| r.desc.number.as_deref() == Some("1285"));
        // (Not the office's: the letters give the department when the graph is resolved.)
        assert_eq!(r.map(|r| r.desc.issuer.as_deref()), Some(None));
    }

    /// `136/2001/QĐ.TTg`: the Prime Minister's letters joined with a dot, as older texts write
    /// them, are `QĐ-TTg`'s (with the date and issuer after them), one document with it.
    #[test]
    fn the_prime_ministers_letters_after_a_dot() {
        let x = run(
            "Tin tức\nCăn cứ Quyết định số 136/2001/QĐ.TTg ngày 17/9/2001 của Thủ tướng Chính \
             phủ; Quyết định số 181/QĐ.TTg ngày 3/3/2003.\n",
        );
        let got: Vec<(&str, Option<&str>, Option<&str>)> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.symbol.as_deref().unwrap(),
                    r.desc.date.as_deref(),
                    r.desc.issuer.as_deref(),
                )
            })
            .collect();
        let ttg = Some("Thủ tướng Chính phủ");
        assert_eq!(
            got,
            [
                ("QĐ-TTg", Some("2001-09-17"), ttg),
                ("QĐ-TTg", Some("2003-03-03"), None)
            ]
        );
    }

    /// A sentence's subject issues every item of the list it heads, counted (`3 Quyết định
    /// (308/QĐ-UBND, 309/QĐ-UBND)`) or not (`các Quyết định số 312/QĐ-UBND và số 313/QĐ-UBND`),
    /// on the sentence's day; an office-holder's name after `tỉnh` is no province's.
    #[test]
    fn a_subject_issues_every_item_of_its_list() {
        let x = run("Tin tức Tuyên Quang\n\
             Ngày 10/2/2022, Ủy ban nhân dân huyện Hàm Yên vừa ban hành 2 Quyết định (308/QĐ-UBND, \
             309/QĐ-UBND) công nhận thôn đạt chuẩn.\n\
             Ngày 12/2/2022, Ủy ban nhân dân huyện Sơn Dương đã ban hành các Quyết định số \
             312/QĐ-UBND và số 313/QĐ-UBND công nhận xã; Quyết định số 314/QĐ-UBND giao vốn.\n\
             Ngày 5/6/2023, Chủ tịch UBND tỉnh Võ Văn Hưng đã ký ban hành Quyết định số \
             1161/QĐ-UBND công nhận xã.\n");
        let got: Vec<(&str, Option<&str>, Option<&str>)> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.number.as_deref().unwrap(),
                    r.desc.issuer.as_deref(),
                    r.desc.date.as_deref(),
                )
            })
            .collect();
        let hy = Some("UBND huyện Hàm Yên");
        let sd = Some("UBND huyện Sơn Dương");
        assert_eq!(
            got,
            [
                ("308", hy, Some("2022-02-10")),
                ("309", hy, Some("2022-02-10")),
                ("312", sd, Some("2022-02-12")),
                ("313", sd, Some("2022-02-12")),
                ("314", None, None),
                (
                    "1161",
                    Some("Chủ tịch UBND tỉnh Tuyên Quang"),
                    Some("2023-06-05")
                ),
            ]
        );
    }

    /// `Luật số 38/2022/QH14`: the 14th Assembly sat from 2016 to 2021, so the year or the
    /// term is a slip, said once per reference; numbers of their term's years are not.
    #[test]
    fn an_assembly_number_with_a_year_outside_its_term() {
        let x = run(
            "Tin tức\nCăn cứ Luật số 38/2022/QH14 ngày 11/01/2022; Luật số 43/2019/QH14; Nghị \
             quyết số 1211/2016/UBTVQH13; Luật số 80/2015/QH13; Pháp lệnh số 02/2022/UBTVQH15.\n",
        );
        let slips: Vec<&str> = x
            .diagnostics
            .iter()
            .filter(|d| d.code == "year-outside-term")
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(slips.len(), 1, "{slips:?}");
        assert!(
            slips[0].starts_with("«Luật số 38/2022/QH14»"),
            "{}",
            slips[0]
        );
        assert!(slips[0].contains("14th National Assembly's (2016-2021)"));
    }

    /// `Chương trình hành động số 02-CTrHĐ/TU`: an action programme's letters spelt out (five
    /// of them) make a Party number as `CTr` does, with its date; `14-ABCDE/TU` with no type
    /// word and letters no table knows is no number.
    #[test]
    fn an_action_programme_with_five_letters() {
        let x = run(
            "Tin tức\nThực hiện Chương trình hành động số 02-CTrHĐ/TU ngày 31/12/2020 của Thành \
             ủy về phát triển đô thị, Quận ủy ban hành Kế hoạch số 15-KH/QU; mã 14-ABCDE/TU.\n",
        );
        let found: Vec<(Option<&str>, Option<&str>, Option<&str>)> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.number.as_deref(),
                    r.desc.symbol.as_deref(),
                    r.desc.date.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (Some("02"), Some("CTrHĐ/TU"), Some("2020-12-31")),
                (Some("15"), Some("KH/QU"), None)
            ]
        );
    }

    /// `Nghị định số 156/2018/NĐ-CP ... quy định chi tiết thi hành một số điều của Luật Lâm
    /// nghiệp.`: a decree carries out a law through some of its articles, the law passed last
    /// before it; `... hướng dẫn Luật Lâm nghiệp 2017.` names it by its year before a full stop.
    #[test]
    fn a_law_carried_out_through_its_articles_or_named_with_its_year() {
        let x = run(
            "Tin tức\nNghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính \
             phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp.\n\
             Thông tư số 29/2018/TT-BNNPTNT hướng dẫn Luật Lâm nghiệp 2017.\n",
        );
        let laws: Vec<(u32, Option<&str>)> = x
            .references
            .iter()
            .filter(|r| r.desc.doc_type.as_deref() == Some("Luật"))
            .map(|r| (r.line, r.desc.number.as_deref()))
            .collect();
        assert_eq!(laws, [(2, Some("16")), (3, Some("16"))]);
        assert!(links(&x).contains(&("156".into(), Relation::Guides, "16".into())));
        // Guidance followed carries no law out.
        let x = run(
            "Tin tức\nSở thực hiện Kế hoạch số 12/KH-UBND ngày 3/3/2020 theo hướng dẫn \
             một số điều của Luật Lâm nghiệp.\n",
        );
        assert_eq!(x.references.len(), 1, "{:?}", x.references);
    }

    /// A spaced dash after a symbol opens a title when the word after it is no symbol's letters
    /// (`NĐ-CP - PHÂN LOẠI`, `QĐ-UBND - Kế hoạch`, a site's name); `QĐ - UBND`, `QĐ - TTg` and
    /// `QĐ-UBND - VX` are symbols typed with spaces.
    #[test]
    fn a_spaced_dash_before_a_word_ends_a_symbol() {
        let x = run(
            "# PHỤ LỤC I - NGHỊ ĐỊNH 40/2020/NĐ-CP - PHÂN LOẠI DỰ ÁN ĐẦU TƯ CÔNG\n\
             Theo Quyết định 12/QĐ-UBND - Kế hoạch năm 2020\n\
             Luật Lâm nghiệp 2017 - Luật số: 16/2017/QH14 - thuviensachvn.com\n\
             Số: 13/QĐ - UBND\nQuyết định số 15/QĐ - UBND - VX ngày 3/3/2020\n\
             Quyết định số 1600/QĐ - TTg ngày 16/8/2016\n",
        );
        let symbols: Vec<&str> = x
            .references
            .iter()
            .filter_map(|r| r.desc.symbol.as_deref())
            .collect();
        assert_eq!(
            symbols,
            [
                "NĐ-CP",
                "QĐ-UBND",
                "QH14",
                "QH14",
                "QĐ-UBND",
                "QĐ-UBND-VX",
                "QĐ-TTg"
            ]
        );
    }

    /// `của HĐND tỉnh Khóa XVII, kỳ họp thứ 3`: the council's term, capitalised, ends its name,
    /// which is the citing text's province's council.
    #[test]
    fn a_capitalised_term_ends_an_issuer_phrase() {
        for term in ["Khóa XVII, kỳ họp thứ 3", "khóa XVII", "KHÓA XVII"] {
            let x = run(&format!(
                "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 607/QĐ-UBND\nHà Tĩnh, ngày 3 tháng 3 năm \
                 2017\nQUYẾT ĐỊNH\nVề việc phê duyệt\nCăn cứ Nghị quyết số 34/NQ-HĐND ngày \
                 15/12/2016 của HĐND tỉnh {term} về kế hoạch;\n"
            ));
            let r = x.references.iter().find(|r| !r.is_self).unwrap();
            assert_eq!(
                r.desc.scope,
                Some(Scope::Province("Hà Tĩnh".into())),
                "{term}"
            );
        }
    }

    /// `UBND TP. Hà Nội`, `UBND Tp. Đà Nẵng`: the abbreviation's full stop ends no clause, and
    /// the news lead's date is the plan's.
    #[test]
    fn a_lead_date_reaches_past_an_abbreviated_city() {
        for city in ["TP. Hà Nội", "Tp. Hà Nội", "thành phố Hà Nội"] {
            let x = run(&format!(
                "Tin tức\nNgày 5/10/2023, UBND {city} đã ban hành Kế hoạch số 244/KH-UBND về \
                 việc triển khai thực hiện Chương trình hành động số 27-CTr/TU.\n"
            ));
            assert_eq!(
                x.references[0].desc.date.as_deref(),
                Some("2023-10-05"),
                "{city}"
            );
        }
    }

    /// A legal database lists related texts above a Quảng Ngãi resolution: other provinces'
    /// resolutions, placed by their descriptions (`trên địa bàn tỉnh Ninh Thuận`, `do tỉnh Bình
    /// Dương ban hành`), are not Quảng Ngãi's; the text's own province named so, a district,
    /// `do ... tổ chức`, or a central symbol change nothing.
    #[test]
    fn a_local_text_described_in_another_province_is_that_provinces() {
        let x = run(
            "- 7 Nghị quyết 10/2020/NQ-HĐND quy định về nguyên tắc phân bổ vốn đầu tư công giai \
             đoạn 2021-2025 trên địa bàn tỉnh Ninh Thuận\n\
             - 8 Nghị quyết 23/2020/NQ-HĐND về định mức phân bổ vốn trên địa bàn tỉnh Bà Rịa - \
             Vũng Tàu\n\
             - 9 Nghị quyết 06/2020/NQ-HĐND quy định về định mức do tỉnh Bình Dương ban hành\n\
             - 10 Nghị quyết 07/2020/NQ-HĐND quy định về định mức do HĐND tỉnh Đồng Nai ban hành\n\
             HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 19/2020/NQ-HĐND\n\
             Quảng Ngãi, ngày 10 tháng 12 năm 2020\nNGHỊ QUYẾT\nVề nguyên tắc phân bổ vốn\n\
             Căn cứ Nghị quyết số 11/2019/NQ-HĐND về phí trên địa bàn tỉnh Quảng Ngãi;\n\
             Căn cứ Kế hoạch số 12/KH-UBND về hội chợ do tỉnh Bình Định tổ chức;\n\
             Căn cứ Quyết định số 26/2020/QĐ-TTg về phân bổ vốn trên địa bàn tỉnh Ninh Thuận;\n",
        );
        let province = |p: &str| Some(Scope::Province(p.into()));
        assert_eq!(
            scopes_of_others(&x),
            [
                ("10".into(), province("Ninh Thuận")),
                ("23".into(), province("Bà Rịa - Vũng Tàu")),
                ("06".into(), province("Bình Dương")),
                ("07".into(), province("Đồng Nai")),
                ("11".into(), province("Quảng Ngãi")),
                ("12".into(), province("Quảng Ngãi")),
                ("26".into(), Some(Scope::Central)),
            ]
        );
    }

    /// The number and scope of each reference of a file but its own.
    fn scopes_of_others(x: &FileExtract) -> Vec<(String, Option<Scope>)> {
        x.references
            .iter()
            .filter(|r| !r.is_self)
            .map(|r| (r.desc.number.clone().unwrap(), r.desc.scope.clone()))
            .collect()
    }

    /// A database's list above a Thanh Hóa decision: plans a title places in one other
    /// province (`..., huyện Châu Thành, tỉnh Hậu Giang`, `nhà ở tỉnh Lâm Đồng`) are that
    /// province's; a title that helps or joins another province, or names two, or only its
    /// own, stays the citing province's.
    #[test]
    fn a_local_plan_whose_title_names_another_province_is_that_provinces() {
        let x = run(
            "- 1Quyết định 741/QĐ-UBND năm 2023 phê duyệt đồ án Quy hoạch chung đô thị Đông Phú, \
             huyện Châu Thành, tỉnh Hậu Giang đến năm 2040\n\
             - 2Nghị quyết 241/NQ-HĐND năm 2023 thông qua Chương trình phát triển nhà ở tỉnh Lâm \
             Đồng\n\
             - 3Quyết định 88/QĐ-UBND năm 2023 về hỗ trợ tỉnh Nghệ An khắc phục hậu quả mưa lũ\n\
             - 4Quyết định 89/QĐ-UBND năm 2023 phê duyệt quy hoạch tỉnh Thanh Hóa\n\
             - 5Quyết định 90/QĐ-UBND năm 2023 về tuyến đường tỉnh Ninh Bình - tỉnh Thanh Hóa\n\
             ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 2931/QĐ-UBND\n\
             Thanh Hóa, ngày 10 tháng 8 năm 2023\nQUYẾT ĐỊNH\nVề quy hoạch\n",
        );
        let province = |p: &str| Some(Scope::Province(p.into()));
        assert_eq!(
            scopes_of_others(&x),
            [
                ("741".into(), province("Hậu Giang")),
                ("241".into(), province("Lâm Đồng")),
                ("88".into(), province("Thanh Hóa")),
                ("89".into(), province("Thanh Hóa")),
                ("90".into(), province("Thanh Hóa")),
            ]
        );
    }

    /// A centrally-run city is a province: a database's list above a Hà Giang resolution whose
    /// item's title names `thành phố Cần Thơ` is Cần Thơ's; a provincial city (`thành phố
    /// Vinh`) places nothing, and the item stays the citing province's.
    #[test]
    fn a_local_plan_whose_title_names_a_centrally_run_city_is_that_citys() {
        let x = run(
            "- 1Nghị quyết 26/NQ-HĐND năm 2024 thông qua Kế hoạch sử dụng đất (2021-2025) thành \
             phố Cần Thơ\n\
             - 2Nghị quyết 27/NQ-HĐND năm 2024 về quy hoạch thành phố Vinh\n\
             - 3Nghị quyết 28/NQ-HĐND năm 2024 về hợp tác với thành phố Hà Nội\n\
             HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 97/NQ-HĐND\n\
             Hà Giang, ngày 10 tháng 12 năm 2024\nNGHỊ QUYẾT\nVề kế hoạch sử dụng đất\n",
        );
        let province = |p: &str| Some(Scope::Province(p.into()));
        assert_eq!(
            scopes_of_others(&x),
            [
                ("26".into(), province("Cần Thơ")),
                ("27".into(), province("Hà Giang")),
                ("28".into(), province("Hà Giang")),
            ]
        );
    }

    /// The relations a file states with a reference as the subject (`A thực hiện B`).
    fn acts_of_references(x: &FileExtract) -> Vec<&StatedRelation> {
        x.relations
            .iter()
            .filter(|r| matches!(r.from, Endpoint::Ref(_)))
            .collect()
    }

    fn dates_of(x: &FileExtract) -> Vec<Option<&str>> {
        x.references
            .iter()
            .map(|r| r.desc.date.as_deref())
            .collect()
    }

    fn codes(x: &FileExtract) -> Vec<String> {
        x.references
            .iter()
            .map(|r| {
                format!(
                    "{} {}{}",
                    r.desc.doc_type.clone().unwrap_or_default(),
                    r.desc.number.clone().unwrap_or_default(),
                    r.desc
                        .symbol
                        .as_ref()
                        .map(|s| format!(" {s}"))
                        .unwrap_or_default()
                )
            })
            .collect()
    }

    /// `của Bộ Văn hóa, Thể thao và Du lịch`: the issuer's name goes on past its comma.
    #[test]
    fn issuer_named_with_a_comma() {
        let x = run(
            "Căn cứ Quyết định số 2222/QĐ-BVHTTDL ngày 10/8/2020 của Bộ Văn hóa, Thể thao \
            và Du lịch;\nCăn cứ Công văn số 12 ngày 1/2/2021 của Sở Lao động, Thương binh và Xã \
            hội tỉnh Cao Bằng về việc hướng dẫn;\n",
        );
        let issuer = |i: usize| x.references[i].desc.issuer.as_deref();
        assert_eq!(issuer(0), Some("Bộ Văn hóa, Thể thao và Du lịch"));
        assert_eq!(
            issuer(1),
            Some("Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng")
        );
        assert_eq!(
            x.references[1].desc.scope,
            Some(Scope::Province("Cao Bằng".into()))
        );
    }

    /// A number issued between two others of a series carries a letter: `30a/2008/NQ-CP`,
    /// `30c/NQ-CP`, short `Nghị quyết 30a`; a letter after a number is not one otherwise.
    #[test]
    fn numbers_with_a_letter() {
        let x = run(
            "Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ;\nCăn cứ \
            Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ; Nghị quyết 30a; 8h/ngày; Nghị \
            quyết 30ab; Nghị quyết 12f/NQ-CP.\n",
        );
        assert_eq!(
            codes(&x),
            [
                "Nghị quyết 30a NQ-CP",
                "Nghị quyết 30c NQ-CP",
                "Nghị quyết 30a"
            ]
        );
        assert_eq!(x.references[0].desc.year, Some(2008));
    }

    /// A copy that lowered the case of a whole text (`chỉ thị số 05-ct/tw`) keeps its
    /// references, read as written in capitals, when the type word agrees with the letters;
    /// small letters after a type word they do not name are no symbol.
    #[test]
    fn symbols_in_small_letters_after_their_type_word() {
        let x = run(
            "tin tức\nbộ chính trị đã ban hành chỉ thị số 05-ct/tw ngày 15/5/2016; thực hiện \
            kết luận số 01-kl/tw, chương trình số 12-ctr/tu và quyết định số 490/qđ-ttg ngày \
            7/5/2018 của thủ tướng; kế hoạch số 3-ct/tw; tổ số 2-ab/cd.\n",
        );
        assert_eq!(
            codes(&x),
            [
                "Chỉ thị 05 CT/TW",
                "Kết luận 01 KL/TW",
                "Chương trình 12 CTr/TU",
                "Quyết định 490 QĐ-TTg"
            ]
        );
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2016-05-15"));
    }

    /// A year typed with a figure too many (`17/3/20015`) is no date rather than one of 2001;
    /// a legal document's number says its year, and a date of another year after it is a slip
    /// of the copy (`01/2021/TT-BTNMT ngày 12/4/2014`), not its date.
    #[test]
    fn dates_that_cannot_be_the_documents() {
        let x = run(
            "Căn cứ Quyết định số 365/QĐ-TTg ngày 17/3/20015 của Thủ tướng Chính phủ;\nCăn cứ \
            Tờ trình số 12/TTr-SKHĐT ngày 25 tháng 6 năm 20010 của Sở;\nCăn cứ Thông tư số \
            01/2021/TT-BTNMT ngày 12/4/2014 của Bộ Tài nguyên và Môi trường;\nCăn cứ Thông tư số \
            02/2021/TT-BTNMT ngày 29/6/2021 của Bộ Tài nguyên và Môi trường;\n",
        );
        let dates = dates_of(&x);
        assert_eq!(dates, [None, None, None, Some("2021-06-29")]);
        let years: Vec<_> = x.references.iter().map(|r| r.desc.year).collect();
        assert_eq!(years, [None, None, Some(2021), Some(2021)]);
    }

    /// The Assembly's resolution `26/2016/QH14` is also copied `26/2016/NQ-QH14`: one symbol.
    #[test]
    fn an_assembly_resolution_with_its_type_letters() {
        let x = run(
            "Căn cứ Nghị quyết số 26/2016/NQ-QH14 ngày 10/11/2016 của Quốc hội;\nCăn cứ Nghị quyết \
            số 26/2016/QH14;\nCăn cứ Nghị quyết số 753/2005/NQ-UBTVQH11;\n",
        );
        assert_eq!(symbols_of(&x), ["QH14", "QH14", "NQ-UBTVQH11"]);
        assert_eq!(x.references[0].desc.doc_type.as_deref(), Some("Nghị quyết"));
    }

    /// `10/2016/NQ-HĐND tỉnh ngày 7/12/2016 của HĐND tỉnh`: the level a local writer tags onto
    /// the letters does not cut the reference's date and body off it (nor does the date become
    /// a news item's own).
    #[test]
    fn a_level_word_after_the_symbol() {
        let x = run(
            "Tin tức\nHĐND thông qua Nghị quyết sửa đổi, bổ sung Nghị quyết 10/2016/NQ-HĐND tỉnh \
            ngày 7/12/2016 của HĐND tỉnh về phân cấp nguồn thu; Quyết định số 159/QĐ-UBND huyện, \
            ngày 20/01/2015; Quyết định số 160/QĐ-UBND tỉnh Bình Thuận ngày 21/01/2015.\n",
        );
        let dates = dates_of(&x);
        assert_eq!(
            dates,
            [Some("2016-12-07"), Some("2015-01-20"), Some("2015-01-21")]
        );
        assert_eq!(
            x.references[2].desc.scope,
            Some(Scope::Province("Bình Thuận".into()))
        );
        assert_eq!(
            x.references[0].desc.issuer.as_deref(),
            Some("HĐND tỉnh Bình Thuận"),
            "{:?}",
            x.references[0].desc
        );
        assert_eq!(x.published, None);
    }

    /// A State symbol's type letters decide when the word in front names another type; a
    /// Party committee's letters, and letters that name no type, leave the word's.
    #[test]
    fn a_state_symbols_letters_name_its_type() {
        let x = run(
            "Tin tức\nPhó Thủ tướng đã ký Quyết định số 115/NQ-CP ban hành Chương trình hành động; \
            Công văn số 431/HD-UBND ngày 5/3/2018; Chương trình hành động số 17-CT/TU ngày \
            12/10/2014 của Tỉnh ủy; Tờ trình số 2653/KHĐT-CNDV ngày 7/5/2003; Công văn số \
            410/TTr-NV1 ngày 28/9/2011.\n",
        );
        assert_eq!(
            codes(&x),
            [
                "Nghị quyết 115 NQ-CP",
                "Hướng dẫn 431 HD-UBND",
                "Chương trình 17 CT/TU",
                "Tờ trình 2653 KHĐT-CNDV",
                "Công văn 410 TTr-NV1"
            ]
        );
        // Which of the word and the letters is the slip the text does not settle: said, once,
        // for the reference whose State letters overruled its word (not the Party's, nor the
        // Công văn's, whose letters are its issuer's).
        let warned: Vec<&str> = x
            .diagnostics
            .iter()
            .filter(|d| d.code == "type-against-symbol")
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(warned.len(), 1, "{warned:?}");
        assert!(warned[0].starts_with("«Quyết định số 115/NQ-CP» says Quyết định"));
    }

    /// `các Chỉ thị ... của Ban Thường vụ Tỉnh ủy đặc biệt là Chỉ thị số 33`: the item a group
    /// singles out is the group's issuer's (the province's, not the Secretariat's 33-CT/TW);
    /// not a group of another type, nor one whose `của` names no body.
    #[test]
    fn an_item_singled_out_of_a_group_has_its_issuer() {
        let read = |s: &str| {
            let x = run(&format!(
                "Tin tức\nNgành Thi hành án dân sự tỉnh Thái Nguyên triển khai {s}\n"
            ));
            let d = &x.references.last().expect("a reference").desc;
            (d.issuer.clone(), d.scope.clone())
        };
        let tu = (
            Some("Ban Thường vụ Tỉnh ủy Thái Nguyên".to_string()),
            Some(Scope::Province("Thái Nguyên".into())),
        );
        assert_eq!(
            read("các Chỉ thị liên quan đến công tác thi hành án dân sự của Ban Thường vụ Tỉnh ủy đặc biệt là Chỉ thị số 33 về công tác thi hành án."),
            tu
        );
        assert_eq!(
            read("các chỉ thị của Ban Thường vụ Tỉnh ủy, nhất là Chỉ thị số 33."),
            tu
        );
        assert_eq!(
            read("các kế hoạch của Ban Thường vụ Tỉnh ủy, nhất là Chỉ thị số 33."),
            (None, None)
        );
        assert_eq!(
            read("các nghị quyết của Đảng về giáo dục, nhất là Nghị quyết số 29."),
            (None, None)
        );
    }

    /// A consolidated text cited with the title of the law it consolidates, then a date: the
    /// date is the consolidation's, the title names it and is no reference of its own. A
    /// title with a figure names a document of its own, which takes the date.
    #[test]
    fn a_consolidated_texts_title_is_its_own_and_the_date_after_it_too() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005; Văn bản hợp \
             nhất số 07/VBHN-VPQH Luật Sở hữu trí tuệ ngày 25 tháng 6 năm 2019;\nCăn cứ Văn \
             bản hợp nhất số 12/VBHN-BTC Thông tư số 28/2011/TT-BTC ngày 28/02/2011;\n"
        ));
        assert_eq!(
            codes(&x),
            [
                "Quyết định 12 QĐ-UBND",
                "Luật 50 QH11",
                "Văn bản hợp nhất 07 VBHN-VPQH",
                "Văn bản hợp nhất 12 VBHN-BTC",
                "Thông tư 28 TT-BTC",
            ]
        );
        let vbhn = &x.references[2].desc;
        assert_eq!(vbhn.date.as_deref(), Some("2019-06-25"));
        assert_eq!(vbhn.title.as_deref(), Some("Luật Sở hữu trí tuệ"));
        assert_eq!(x.references[3].desc.date, None);
        assert_eq!(x.references[4].desc.date.as_deref(), Some("2011-02-28"));
        assert!(
            !x.diagnostics.iter().any(|d| d.code == "law-date-unknown"),
            "{:?}",
            x.diagnostics
        );
    }

    /// A law named with a date the law table does not give that name (`... Luật Tổ chức chính
    /// quyền địa phương ngày 27 tháng 11 năm 2019`, passed on 22 November) is no reference, and
    /// is said: a slip of the text or a law the table lacks. The table's own date is linked.
    #[test]
    fn a_law_dated_otherwise_than_the_table_is_said_not_dropped() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa \
             đổi, bổ sung một số điều của Luật Tổ chức\nChính phủ và Luật Tổ chức chính quyền \
             địa phương ngày 27 tháng 11 năm 2019;\nCăn cứ Luật Dân quân tự vệ ngày 22 tháng 11 \
             năm 2019;\n"
        ));
        assert_eq!(
            codes(&x),
            ["Quyết định 12 QĐ-UBND", "Luật 76 QH13", "Luật 48 QH14"]
        );
        let said: Vec<(&str, Option<usize>)> = x
            .diagnostics
            .iter()
            .filter(|d| d.code == "law-date-unknown")
            .map(|d| (d.message.as_str(), d.line))
            .collect();
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(
            said[0].0.starts_with(
                "«Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức \
                 chính quyền địa phương» is dated 27/11/2019 here, but the law table knows that \
                 name only as 47/2019/QH14 of 22/11/2019"
            ),
            "{said:?}"
        );
        assert_eq!(said[0].1, Some(x.references[1].line as usize));
    }

    /// A province's People's Committee and Front write their joint rules' number with a second
    /// slash (`01/QCPH/UBND-UBMTTQ`): a State symbol, the document's own.
    #[test]
    fn a_joint_state_symbol_with_two_slashes() {
        let x = run("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH ĐẮK LẮK\nSố: 01/QCPH/UBND-UBMTTQ\nĐắk Lắk, ngày 27 tháng 10 năm 2017\nQUY CHẾ\nPhối hợp công tác\n\nThực hiện Chỉ thị số 05/CT/UBND ngày 02/3/2017 của UBND tỉnh.\n");
        let own = x.own.as_ref().expect("a document");
        assert_eq!(
            (own.doc_type.as_deref(), own.symbol.as_deref()),
            (Some("Quy chế"), Some("QCPH-UBND-UBMTTQ"))
        );
        assert_eq!(codes(&x), ["Chỉ thị 05 CT-UBND"]);
        assert_eq!(rel_of(&x, "05"), Some(Relation::Implements));
    }

    /// `thực hiện có hiệu quả công tác cải cách hành chính theo Nghị quyết ...`: the field of
    /// work a plan carries out, however it is done, stands between the cue and the document
    /// as its parts do (`các nội dung, nhiệm vụ`). Not when the clause runs on past it.
    #[test]
    fn a_field_of_work_between_the_cue_and_the_document() {
        let plan = |task: &str| {
            run(&format!("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 87/KH-UBND\nTuyên Quang, ngày 10 tháng 12 năm 2013\n\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2014\nI. MỤC TIÊU\n1. {task} Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ.\n"))
        };
        let x = plan("Tiếp tục đẩy mạnh thực hiện có hiệu quả công tác cải cách hành chính theo");
        assert_eq!(rel_of(&x, "30c"), Some(Relation::Continues));
        let x = plan("Thực hiện nghiêm túc công tác kiểm soát thủ tục hành chính theo");
        assert_eq!(rel_of(&x, "30c"), Some(Relation::Implements));
        let x = plan("Thực hiện có hiệu quả công tác cải cách hành chính, đồng thời rà soát, đánh giá, báo cáo kết quả hằng quý với Ủy ban nhân dân tỉnh theo");
        assert_eq!(rel_of(&x, "30c"), Some(Relation::Cites));
    }

    /// Circulars and decrees pair their verbs with a comma (`quy định, hướng dẫn thực hiện`,
    /// `quy định chi tiết, hướng dẫn thi hành`): the cited document's act, not the citing one's.
    #[test]
    fn two_acts_with_a_comma_are_the_cited_documents() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 04/2022/QĐ-UBND\nThanh Hóa, ngày 5 tháng 1 năm 2022\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý cụm công nghiệp\n\nCăn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý, phát triển cụm công nghiệp;\nCăn cứ Thông tư số 28/2020/TT-BCT ngày 16 tháng 11 năm 2020 của Bộ trưởng Bộ Công Thương quy định, hướng dẫn thực hiện một số nội dung của Nghị định số 68/2017/NĐ-CP;\nCăn cứ Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ quy định chi tiết, hướng dẫn thi hành một số điều của Luật Đầu tư;\n");
        let l = links(&x);
        for (from, to) in [("28", "68"), ("31", "61")] {
            assert!(
                l.contains(&(from.into(), Relation::Guides, to.into())),
                "{from} {to} {l:?}"
            );
        }
        assert!(
            !x.relations
                .iter()
                .any(|r| r.from == Endpoint::This && r.relation == Relation::Guides),
            "{:?}",
            x.relations
        );
    }

    /// An inspection's conclusion is named with its kind between the type word and `số`
    /// (`Kết luận thanh tra số 602/KL-TTCP`); plans are issued to carry it out.
    #[test]
    fn an_inspections_conclusion() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 76/KH-UBND\nKiên Giang, ngày 5 tháng 6 năm 2020\nKẾ HOẠCH\nVề việc tổ chức thực hiện Kết luận thanh tra số 602/KL-TTCP ngày 27-4-2020 của Thanh tra Chính phủ\n\nCăn cứ Kết luận kiểm tra số 15/KL-TTr ngày 3/3/2006 của Thanh tra tỉnh;\n");
        assert_eq!(
            codes(&x),
            [
                "Kế hoạch 76 KH-UBND",
                "Kết luận 602 KL-TTCP",
                "Kết luận 15 KL-TTr"
            ]
        );
        assert_eq!(rel_of(&x, "602"), Some(Relation::Implements));
        assert_eq!(x.references[1].desc.date.as_deref(), Some("2020-04-27"));
    }

    /// A news item's sentence that opens with a month and year, or a year, dates what it says
    /// was issued to that year, not to the item's own.
    #[test]
    fn a_sentence_opening_with_its_year() {
        let x = run(
            "Tin tức\nNgày 3/4/2019, tỉnh Thanh Hóa tổng kết chương trình.\nTháng 5–2018, Thủ \
            tướng Chính phủ có Quyết định số 490/QĐ-TTg phê duyệt Chương trình.\nNăm 2016, UBND \
            tỉnh đã ban hành Kế hoạch số 55/KH-UBND về nông thôn mới.\nUBND tỉnh vừa ban hành \
            Kế hoạch số 60/KH-UBND.\n",
        );
        let years: Vec<_> = x.references.iter().map(|r| r.desc.year).collect();
        assert_eq!(years, [Some(2018), Some(2016), Some(2019)]);
        // The date after a sentence's last comma, before the body and its verb, is the date
        // of the document the verb issued, not the item's.
        let x = run(
            "Tin tức\nThứ Tư, 26/04/2023 - 10:00\nThực hiện Kế hoạch số 363/KH-TTCP của Thanh \
            tra Chính phủ, ngày 17/11/2022 UBND tỉnh ban hành Quyết định số 2145/QĐ-UBND thành \
            lập Tổ công tác.\n",
        );
        let d = desc_of(&x, "2145");
        assert_eq!(
            (d.date.as_deref(), d.year),
            (Some("2022-11-17"), Some(2022))
        );
    }

    /// A date in a news item's first lines that a sentence gives a document (`phê duyệt ngày D
    /// tại Quyết định số X`, `X ..., ban hành ngày D`) is not the item's own.
    #[test]
    fn a_documents_day_in_the_lead_is_no_dateline() {
        for text in [
            "Tin tức\nTheo quy hoạch được Thủ tướng Chính phủ phê duyệt ngày 01/9/2021 tại \
             Quyết định số 1454/QĐ-TTg, tỉnh sẽ có thêm tuyến đường.\n",
            "Tin tức\nNghị định 49/2026/NĐ-CP quy định chi tiết Luật Đất đai, ban hành ngày \
             31/01/2026.\n",
        ] {
            assert_eq!(run(text).published, None, "{text}");
        }
        let x = run("Tin tức\nThứ Hai, 05/02/2026\nNghị định 49/2026/NĐ-CP quy định chi tiết.\n");
        assert_eq!(x.published.as_deref(), Some("2026-02-05"));
    }

    /// A type line that names another type than the number's letters (a site's header over
    /// another document's text) is said; one that agrees is not.
    #[test]
    fn a_type_line_against_the_numbers_letters_is_said() {
        let head = |number: &str, kind: &str| {
            format!(
                "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: {number}\nQuảng Nam, ngày 11 tháng 7 năm \
                 2024\n{kind}\nSửa đổi quy định phân cấp\nCăn cứ Luật Tổ chức chính quyền địa \
                 phương ngày 19 tháng 6 năm 2015;\n"
            )
        };
        let x = run(&head("16/2024/QĐ-UBND", "NGHỊ QUYẾT"));
        let d: Vec<_> = x.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(d, ["type-against-symbol"]);
        assert!(x.diagnostics[0].message.contains("16/2024/QĐ-UBND"));
        for (number, kind) in [
            ("16/2024/QĐ-UBND", "QUYẾT ĐỊNH"),
            ("16/2024/NQ-HĐND", "NGHỊ QUYẾT"),
            ("160/UBND-KT", "CÔNG VĂN"),
        ] {
            assert!(run(&head(number, kind)).diagnostics.is_empty(), "{number}");
        }
    }

    /// `03-CT/TƯ` is the central `03-CT/TW` (Trung ương), not a Tỉnh ủy's `CT/TU`.
    #[test]
    fn tu_with_its_horn_is_the_centre() {
        let x = run(
            "Tin tức\nThực hiện Chỉ thị số 03-CT/TƯ ngày 14/5/2011 của Bộ Chính trị; Chỉ thị số \
            05-CT/TƯ; Chỉ thị số 12-CT/TU của Tỉnh ủy.\n",
        );
        assert_eq!(symbols_of(&x), ["CT/TW", "CT/TW", "CT/TU"]);
        assert_eq!(x.references[1].desc.scope, Some(Scope::Central));
        // Named with a Tỉnh ủy, it is the Tỉnh ủy's `TU` that a scan misread; so is a header's.
        let x = run("Tin tức\nSau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV).\n");
        assert_eq!(x.references[0].desc.symbol.as_deref(), Some("NQ/TU"));
        // The press writes it with a dot, `T.Ư`, or `T.W`.
        let x = run("Tin tức\nBộ Chính trị ra Thông báo số 234-TB/T.Ư về kiểm điểm. Nghị quyết số 20-NQ/T.W ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khóa XI.\n");
        assert_eq!(symbols_of(&x), ["TB/TW", "NQ/TW"]);
        assert_eq!(x.references[1].desc.scope, Some(Scope::Central));
        let x = run("TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TƯ\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022\nKẾT LUẬN\nVề hạ tầng\n");
        let own = x.own.expect("the conclusion is itself");
        assert_eq!(
            (own.symbol.as_deref(), own.scope),
            (
                Some("KL/TU"),
                Some(Scope::Province("Thừa Thiên Huế".into()))
            )
        );
    }

    /// A letter (Công văn) may carry its issuer's letters alone after the number; a type's
    /// letters alone (`5/KH`) are no symbol.
    #[test]
    fn a_letter_symbol_may_be_its_issuer_alone() {
        let x = run(
            "Tin tức\nThực hiện Công văn số 357/PGDĐT ngày 29/8/2020 của Phòng Giáo dục - Đào \
            tạo; Công văn số 12/UBND ngày 2/9/2020; Kế hoạch số 5/KH ngày 1/1/2020; 8/NQ.\n",
        );
        assert_eq!(codes(&x), ["Công văn 357 PGDĐT", "Công văn 12 UBND"]);
    }

    #[test]
    fn standing_committee_letters_keep_their_dot() {
        let x = run(
            "HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN\nTHƯỜNG TRỰC\nSố: 45/KH-TT.HĐND\n\
            Lạng Sơn, ngày 12 tháng 3 năm 2021\n\nKẾ HOẠCH\nGiám sát chuyên đề năm 2021\n\n\
            Căn cứ Quy chế phối hợp số 06/QC-TT.HĐND-UBND ngày 5/6/2017 giữa Thường trực HĐND \
            tỉnh và UBND tỉnh;\nThực hiện Kế hoạch số 30/KH-TT.HĐND ngày 2/2/2021.TT.HĐND tỉnh \
            giao các Ban.\n",
        );
        let own = x.own.as_ref().expect("the plan is itself");
        assert_eq!(own.symbol.as_deref(), Some("KH-TT.HĐND"));
        assert_eq!(
            own.issuer.as_deref(),
            Some("Thường trực HĐND tỉnh Lạng Sơn")
        );
        assert_eq!(
            codes(&x),
            [
                "Kế hoạch 45 KH-TT.HĐND",
                "Quy chế 06 QC-TT.HĐND-UBND",
                "Kế hoạch 30 KH-TT.HĐND"
            ]
        );
        // The dot joins the letters into one issuer, and the date after them is read.
        assert_eq!(x.references[2].desc.date.as_deref(), Some("2021-02-02"));
        assert_eq!(
            x.references[2].desc.scope,
            Some(Scope::Province("Lạng Sơn".into()))
        );
    }

    #[test]
    fn reference_with_date_issuer_and_term() {
        let x = run("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về “Đổi mới căn bản”.");
        let r = &x.references[0];
        assert_eq!(r.desc.date.as_deref(), Some("2013-11-04"));
        assert_eq!(
            r.desc.issuer.as_deref(),
            Some("Ban Chấp hành Trung ương Đảng")
        );
        assert_eq!(r.desc.term.as_deref(), Some("XI"));
        assert_eq!(r.desc.title.as_deref(), Some("Đổi mới căn bản"));
        assert_eq!(r.desc.scope, Some(Scope::Central));
        // (The press's `T.Ư`: the Central Committee and its term, which tell the 24-NQ/TW of
        // 2003 from the 24-NQ/TW of 2013.)
        let x = run("Tin tức\nHội nghị tổng kết 15 năm thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành T.Ư (khóa IX) về công tác dân tộc.\n");
        let r = &x.references[0];
        assert_eq!(
            (r.desc.issuer.as_deref(), r.desc.term.as_deref()),
            (Some("Ban Chấp hành Trung ương Đảng"), Some("IX"))
        );
        // (`... về công tác dân tộc và 25 năm thực hiện Chỉ thị 45`: a second span of the
        // review, not the resolution's work.)
        let x = run("Tin tức\nĐoàn công tác về kết quả 15 năm thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành T.Ư (khóa IX) về công tác dân tộc và 25 năm thực hiện Chỉ thị 45 của Ban Bí thư.\n");
        assert!(acts_of_references(&x).is_empty(), "{:?}", x.relations);
    }

    #[test]
    fn issuer_named_by_its_plenum() {
        let x = run("Thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Hội nghị lần thứ Sáu Ban Chấp hành Trung ương Đảng khóa XIII về công nghiệp hóa");
        let r = &x.references[0];
        assert_eq!(
            r.desc.issuer.as_deref(),
            Some("Ban Chấp hành Trung ương Đảng")
        );
        assert_eq!(r.desc.term.as_deref(), Some("XIII"));
    }

    #[test]
    fn defined_short_forms_bind_later_mentions() {
        let x = run("Tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo (sau đây viết tắt là Nghị quyết số 29). Kết quả 10 năm thực hiện Nghị quyết 29 cho thấy nhiều chuyển biến.");
        assert_eq!(x.references.len(), 3, "{:?}", codes(&x));
        assert_eq!(x.references[1].defined_as, Some(0));
        assert_eq!(x.references[2].defined_as, Some(0));
        for r in &x.references {
            assert_eq!(
                (
                    r.desc.number.as_deref(),
                    r.desc.symbol.as_deref(),
                    r.desc.year
                ),
                (Some("29"), Some("NQ/TW"), Some(2013))
            );
        }
        // The definition restates; it cites nothing of its own.
        assert!(!x.relations.iter().any(|r| r.to == 1));
        // (`dưới đây gọi tắt là`, as `sau đây`.)
        let x = run("Tin tức\nBáo cáo nêu kết quả triển khai thực hiện Kết luận 62-KL/TW của Bộ Chính trị (Khóa X) về đổi mới nội dung hoạt động của Mặt trận (dưới đây gọi tắt là Kết luận 62). Trong 10 năm thực hiện Kết luận 62, Mặt trận đã đổi mới.\n");
        assert_eq!(x.references.len(), 3, "{:?}", codes(&x));
        assert_eq!(x.references[1].defined_as, Some(0));
        assert_eq!(x.references[2].defined_as, Some(0));
        // (`gọi chung là`: the name of what the documents before it make together, bound to
        // the last of them.)
        let x = run("Quy chế tuyển sinh ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 của Bộ Giáo dục và Đào tạo (sau đây gọi chung là Quy chế 11). Các trường thực hiện Quy chế 11.");
        assert_eq!(x.references[1].defined_as, Some(0), "{:?}", codes(&x));
        assert_eq!(x.references[2].defined_as, Some(0), "{:?}", codes(&x));
    }

    #[test]
    fn a_known_title_and_the_reference_inside_it() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 7/KH-UBND\n\nHà Nam, ngày 1 tháng 8 năm 2019\n\nKẾ HOẠCH\n\nVỀ GIÁO DỤC\n\n";
        let x = run(&format!("{own}Triển khai Kết luận của Ban Bí thư về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo.\n"));
        let kl = x
            .references
            .iter()
            .position(|r| r.desc.number.as_deref() == Some("51"))
            .expect("51-KL/TW by title");
        let nq = x
            .references
            .iter()
            .position(|r| r.desc.number.as_deref() == Some("29"))
            .expect("29-NQ/TW by title");
        let rels: Vec<_> = x
            .relations
            .iter()
            .map(|r| (r.from, r.to as usize, r.relation))
            .collect();
        assert!(
            rels.contains(&(Endpoint::This, kl, Relation::Implements)),
            "{rels:?}"
        );
        assert!(
            rels.contains(&(Endpoint::Ref(kl as u32), nq, Relation::Continues)),
            "{rels:?}"
        );
        assert!(
            !rels
                .iter()
                .any(|r| r.0 == Endpoint::This && r.1 == nq && r.2 != Relation::Cites),
            "{rels:?}"
        );
    }

    #[test]
    fn date_written_in_words_and_after_a_comma() {
        let x = run("căn cứ Kết luận số 51-KL/TW ngày 30 tháng 5 năm 2019 và Quyết định số 1027/QĐ-UBND, ngày 2/7/2014 của Chủ tịch UBND tỉnh Lạng Sơn.");
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2019-05-30"));
        assert_eq!(x.references[1].desc.date.as_deref(), Some("2014-07-02"));
        assert_eq!(
            x.references[1].desc.issuer.as_deref(),
            Some("Chủ tịch UBND tỉnh Lạng Sơn")
        );
        assert_eq!(
            x.references[1].desc.scope,
            Some(Scope::Province("Lạng Sơn".into()))
        );
    }

    #[test]
    fn reference_broken_across_lines() {
        let x = run("theo Nghị\nquyết số 35/NQ-CP ngày\n04/6/2019 của Chính phủ");
        assert_eq!(codes(&x), ["Nghị quyết 35 NQ-CP"]);
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2019-06-04"));
        assert_eq!(x.references[0].line, 1);
    }

    #[test]
    fn stray_space_and_eth() {
        let x = run("Kết luận số 51- KL/TW và Quyết định số 12/QÐ-UBND của UBND tỉnh Hà Nam");
        assert_eq!(codes(&x), ["Kết luận 51 KL/TW", "Quyết định 12 QĐ-UBND"]);
    }

    #[test]
    fn legal_normative_number() {
        let x = run("Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019;");
        let r = &x.references[0];
        assert_eq!(
            (
                r.desc.number.as_deref(),
                r.desc.symbol.as_deref(),
                r.desc.year
            ),
            (Some("43"), Some("QH14"), Some(2019))
        );
        assert!(r.desc.normative);
    }

    #[test]
    fn traps_are_not_references() {
        let x = run("Cập nhật lúc 15:51, 25/05/2022. Giai đoạn 2021 - 2030, năm học 2023-2024, Kế hoạch 5 năm, điện thoại 0255 3712 135. Kết luận hội nghị, đồng chí chủ trì.");
        assert!(x.references.is_empty(), "{:?}", codes(&x));
        // A five-year plan's years, in a title in capitals.
        for t in [
            "I. MỤC TIÊU CỦA KẾ HOẠCH 5 NĂM 2016 - 2020.",
            "Mục tiêu của Kế hoạch 5 năm 2021 – 2025 của tỉnh.",
            "Mục tiêu của Kế hoạch 5 năm 2021 -2025 của tỉnh.",
        ] {
            let x = run(t);
            assert!(x.references.is_empty(), "{t}: {:?}", codes(&x));
        }
        // (A number and its year is a reference.)
        let x = run("Thực hiện Kế hoạch 5 năm 2016 của UBND tỉnh.");
        assert_eq!(codes(&x).len(), 1);
        // A national programme's component projects.
        for t in [
            "TRIỂN KHAI THỰC HIỆN NỘI DUNG 1 - TIỂU DỰ ÁN 2 VÀ TIỂU DỰ ÁN 4 CỦA DỰ ÁN 5 THUỘC CHƯƠNG TRÌNH",
            "Thực hiện Tiểu dự án 2 của Dự án 5 thuộc Chương trình mục tiêu quốc gia.",
        ] {
            let x = run(t);
            assert!(x.references.is_empty(), "{t}: {:?}", codes(&x));
        }
    }

    #[test]
    fn the_province_and_the_central_committee_named_without_a_body() {
        let x = run("Tin tức tỉnh Lạng Sơn\nTỉnh Lạng Sơn tiếp tục thực hiện Nghị quyết 29 của Trung ương về giáo dục, Kế hoạch 30 của tỉnh về đào tạo, Kế hoạch 31 của tỉnh Quảng Nam, Kế hoạch 32 của thành phố, Nghị quyết 34 của TW khóa XI và Chương trình 35 của Trung ương Đoàn.\n");
        let d = |i: usize| &*x.references[i].desc;
        assert_eq!(x.province.as_deref(), Some("Lạng Sơn"));
        assert_eq!(d(0).scope, Some(Scope::Central));
        assert_eq!(d(0).system, Some(System::Party));
        assert_eq!(
            d(0).issuer.as_deref(),
            Some("Ban Chấp hành Trung ương Đảng")
        );
        // `của tỉnh`: the citing text's province, the body left open.
        assert_eq!(d(1).scope, Some(Scope::Province("Lạng Sơn".into())));
        assert_eq!((d(1).issuer.as_ref(), d(1).system), (None, None));
        assert_eq!(d(2).scope, Some(Scope::Province("Quảng Nam".into())));
        // A city may be a province's (district rank): not read.
        assert_eq!(d(3).scope, None);
        assert_eq!(d(4).scope, Some(Scope::Central));
        assert_eq!(d(4).term.as_deref(), Some("XI"));
        // Another central body (the Youth Union's): not the Party's, and not of its terms.
        assert_eq!(
            (
                d(5).scope.as_ref(),
                d(5).issuer.as_deref(),
                d(5).term.as_ref()
            ),
            (
                Some(&Scope::Central),
                Some("Ban Chấp hành Trung ương Đoàn"),
                None
            )
        );
        assert_eq!(d(5).symbol, None);
    }

    /// `Quyết định số 06/QĐ-TTg ... phê duyệt Đề án “...” (Đề án 06)`: the scheme the decision
    /// approves, named in brackets by the decision's number, stands for the decision, and the
    /// text's later `Đề án 06` too. Not a bracketed short form of another number.
    #[test]
    fn a_bracketed_name_of_what_a_decision_approves() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 186/KH-UBND\nHà Giang, ngày 10 tháng 4 năm 2023\nKẾ HOẠCH\nPhát động phong trào thi đua\nCăn cứ Quyết định số 06/QĐ-TTg, ngày 06/01/2022 của Thủ tướng Chính phủ Phê duyệt Đề án “Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia” (Đề án 06); Quyết định số 07/QĐ-TTg ngày 07/01/2022 phê duyệt Đề án về dữ liệu (Đề án 08).\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án 06 như sau:\n");
        let stands: Vec<Option<u32>> = x.references.iter().map(|r| r.defined_as).collect();
        assert_eq!(stands, [None, None, Some(1), None, None, Some(1)]);
        assert_eq!(desc_of(&x, "06").symbol.as_deref(), Some("QĐ-TTg"));
    }

    /// What a basis's issuing body carried out by it, told within the basis's line, is that
    /// document's description: the citing text rests on the basis and cites the rest. The
    /// enacting clause on the line after the last basis is the text's own act.
    #[test]
    fn what_a_basiss_body_carried_out_is_in_its_description() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 3398/QĐ-UBND\nThanh Hóa, ngày 30 tháng 9 năm 2013\nQUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch\n";
        let x = run(&format!("{own}Căn cứ Quyết định số 1928/QĐ-TTg ngày 20/11/2009 của Thủ tướng Chính phủ phê duyệt Đề án \"Nâng cao chất lượng công tác phổ biến, giáo dục pháp luật trong nhà trường\" (Đề án 1928);\nCăn cứ Quyết định số 1141/QĐ-BĐHĐA ngày 29/3/2013 của Trưởng ban Điều hành Đề án 1928, Bộ Giáo dục và Đào tạo ban hành Kế hoạch thực hiện Đề án 1928 giai đoạn 2013-2016;\n"));
        assert_eq!(rel_of(&x, "1141"), Some(Relation::BasedOn));
        let on_line = |l: u32| -> Vec<Relation> {
            x.relations
                .iter()
                .filter(|r| r.from == Endpoint::This && r.line == l)
                .filter(|r| x.references[r.to as usize].desc.number.as_deref() == Some("1928"))
                .map(|r| r.relation)
                .collect()
        };
        assert_eq!(on_line(7), [Relation::BasedOn]);
        assert!(on_line(8).iter().all(|r| *r == Relation::Cites));
        let x = run(&format!("{own}- Căn cứ Quyết định số 259-QĐ/TW, ngày 24/01/2025 của Bộ Chính trị về chức năng, nhiệm vụ của Văn phòng Trung ương Đảng,\nBan Chỉ đạo Trung ương ban hành Kế hoạch hành động triển khai Nghị quyết số 57-NQ/TW như sau:\n"));
        assert_eq!(rel_of(&x, "57"), Some(Relation::Implements));
    }

    /// News tell what a body's document says in the sentence after its issuing, opened by
    /// `Theo đó`: what the body does there, it does by that document, for each item of the
    /// list. Not two sentences on, nor without an issuing sentence before.
    #[test]
    fn theo_do_after_an_issuing_sentence_is_the_documents() {
        let x = run("Tin tức\nNgày 28-1, UBND tỉnh Nam Định ban hành Công văn số 65/UBND-VP5 về việc triển khai các nhiệm vụ cấp bách bảo đảm trật tự an toàn giao thông. Theo đó, UBND tỉnh yêu cầu các cơ quan nghiêm túc triển khai các nội dung tại Văn bản số 25/TB-VPCP ngày 19-1-2019 của Văn phòng Chính phủ về thông báo kết luận; Văn bản số 914/UBND-VP5 ngày 20-12-2018 của UBND tỉnh.\n\nNgày 5-2, Sở Giao thông vận tải họp. Các đơn vị đã họp. Theo đó, các đơn vị triển khai Văn bản số 30/TB-VPCP ngày 19-1-2019.\n");
        let acts: Vec<(String, Relation, String)> = links(&x);
        assert_eq!(
            acts,
            [
                ("65".to_string(), Relation::Implements, "25".to_string()),
                ("65".to_string(), Relation::Implements, "914".to_string()),
            ]
        );
    }

    /// A situation's sentence, `Thực hiện X, công tác ... đã có những chuyển biến tích cực`,
    /// tells what the work under X achieved: the text cites X. Not the text's own act (`Thực
    /// hiện X, Ủy ban nhân dân tỉnh ban hành ...`), nor a task that goes on with X and builds on
    /// results (`Tiếp tục thực hiện X, kế thừa các kết quả đã đạt được`).
    #[test]
    fn a_sentence_that_reports_results_cites() {
        let own = "BỘ CHÍNH TRỊ\n*\nSố 41-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 15 tháng 11 năm 2004\nNGHỊ QUYẾT\nVỀ BẢO VỆ MÔI TRƯỜNG\nI. TÌNH HÌNH\n";
        let x = run(&format!("{own}Thực hiện Chỉ thị số 36-CT/TW ngày 25/6/1998 của Bộ Chính trị (khoá VIII), công tác bảo vệ môi trường ở nước ta trong thời gian qua đã có những chuyển biến tích cực.\n"));
        assert_eq!(rel_of(&x, "36"), Some(Relation::Cites));
        let x = run(&format!("{own}Sau 10 năm thực hiện Chỉ thị số 36-CT/TW ngày 25/6/1998 của Bộ Chính trị, các cấp, các ngành đã đạt được nhiều kết quả quan trọng.\n"));
        assert_eq!(rel_of(&x, "36"), Some(Relation::Cites));
        let x = run(&format!("{own}Thực hiện Chỉ thị số 36-CT/TW ngày 25/6/1998 của Bộ Chính trị, Bộ Chính trị ban hành Nghị quyết về bảo vệ môi trường.\n"));
        assert_eq!(rel_of(&x, "36"), Some(Relation::Implements));
        let x = run(&format!("{own}1. Tiếp tục thực hiện Chỉ thị số 36-CT/TW ngày 25/6/1998, kế thừa các kết quả đã đạt được, khắc phục những hạn chế.\n"));
        assert_eq!(rel_of(&x, "36"), Some(Relation::Continues));
        let x = run(&format!("{own}1. Thực hiện Chỉ thị số 36-CT/TW ngày 25/6/1998, phát huy các kết quả đã đạt được.\n"));
        assert_eq!(rel_of(&x, "36"), Some(Relation::Implements));
    }

    /// `(sau đây gọi tắt là Nghị quyết 57-NQ/TW, Nghị quyết 71/NQ-CP, Kế hoạch hành động
    /// 328-KH/TU)` after a plan's long chain of titles (a Nghệ An plan of 2025): each item
    /// names a document cited before, none is the object of the act before the parenthesis
    /// (`Kế hoạch ... 328-KH/TU ... về thực hiện Nghị quyết số 57-NQ/TW`: 328 carries out 57,
    /// not 71).
    #[test]
    fn a_parenthesis_that_defines_several_short_forms() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 348/KH-UBND\nNghệ An, ngày 12 tháng 5 năm 2025\nKẾ HOẠCH\nVề chuyển đổi số\nTriển khai Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch hành động số 328-KH/TU, ngày 24/04/2025 của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ (sau đây gọi tắt là Nghị quyết 57-NQ/TW, Nghị quyết 71/NQ-CP, Kế hoạch hành động 328-KH/TU), UBND tỉnh ban hành Kế hoạch.\nI. MỤC ĐÍCH\n1. Thực hiện Kế hoạch hành động 328-KH/TU.\n");
        let number = |r: u32| {
            x.references[r as usize]
                .desc
                .number
                .clone()
                .unwrap_or_default()
        };
        let acts: Vec<(String, Relation, String)> = x
            .relations
            .iter()
            .filter_map(|r| match r.from {
                Endpoint::Ref(a) => Some((number(a), r.relation, number(r.to))),
                Endpoint::This => None,
            })
            .collect();
        assert_eq!(
            acts,
            [("328".to_string(), Relation::Implements, "57".to_string())]
        );
        // Each short form stands for its own document.
        let stands: Vec<(String, String)> = x
            .references
            .iter()
            .filter_map(|r| Some((r.surface.to_string(), number(r.defined_as?))))
            .collect();
        assert_eq!(
            stands,
            [
                ("Nghị quyết 57-NQ/TW".to_string(), "57".to_string()),
                ("Nghị quyết 71/NQ-CP".to_string(), "71".to_string()),
                (
                    "Kế hoạch hành động 328-KH/TU".to_string(),
                    "328".to_string()
                ),
            ]
        );
        assert_eq!(rel_of(&x, "71"), Some(Relation::Implements));
    }

    #[test]
    fn a_short_form_defined_for_a_title_decides_which_resolution_it_is() {
        // The eighth plenum of khóa XI issued 28-NQ/TW and 29-NQ/TW: the title alone fits both.
        let title =
            "Thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI";
        let numbers = |short: &str| {
            let x = run(&format!("{title} (sau đây gọi tắt là {short}), Tỉnh ủy ban hành Chương trình. Quán triệt {short}.\n"));
            x.references
                .iter()
                .map(|r| r.desc.number.clone())
                .collect::<Vec<_>>()
        };
        let n = |s: &str| Some(s.to_string());
        assert_eq!(numbers("Nghị quyết 29"), [n("29"), n("29"), n("29")]);
        assert_eq!(numbers("Nghị quyết số 28"), [n("28"), n("28"), n("28")]);
        // A number neither fits leaves the title undecided.
        assert_eq!(numbers("Nghị quyết 30"), [None, None, None]);
        let x = run(&format!("{title}.\n"));
        assert_eq!(x.references[0].desc.number, None);
        assert_eq!(x.references[0].alias_candidates.len(), 2);
    }

    #[test]
    fn a_list_shares_its_last_date_and_issuer_only_among_items_of_one_kind() {
        let dates = |text: &str| {
            run(text)
                .references
                .iter()
                .map(|r| (r.desc.date.clone(), r.desc.issuer.clone()))
                .collect::<Vec<_>>()
        };
        let d = |s: &str| Some(s.to_string());
        let bo = d("Bộ Giáo dục và Đào tạo");
        assert_eq!(
            dates("Căn cứ Thông tư số 17/2018/TT-BGDĐT, 18/2018/TT-BGDĐT và 19/2018/TT-BGDĐT cùng ngày 22/8/2018 của Bộ Giáo dục và Đào tạo.\n"),
            [(d("2018-08-22"), bo.clone()), (d("2018-08-22"), bo.clone()), (d("2018-08-22"), bo)]
        );
        // Another body's document after a comma, or any item after a `;`: its own date.
        let cp = d("Chính phủ");
        for sep in [", ", "; "] {
            assert_eq!(
                dates(&format!("Căn cứ Luật Giáo dục số 43/2019/QH14{sep}Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ.\n")),
                [(None, None), (d("2019-02-01"), cp.clone())],
                "{sep:?}"
            );
        }
        assert_eq!(
            dates("Căn cứ Nghị định số 75/2006/NĐ-CP; Nghị định số 07/2013/NĐ-CP ngày 09/01/2013 của Chính phủ.\n"),
            [(None, None), (d("2013-01-09"), cp)]
        );
    }

    /// A joint circular of five ministries written without its year: every ministry's letters
    /// are its symbol, and the date after them is its date.
    #[test]
    fn a_joint_circular_of_five_ministries_without_its_year() {
        let x = run("Căn cứ Thông tư liên tịch số 30/TTLT-BLĐTBXH-BNV-BNN&PTNT-BCT-BTTTT ngày 12/12/2012 của Liên Bộ hướng dẫn đào tạo nghề;\n");
        let d = &x.references[0].desc;
        assert_eq!(
            (d.symbol.as_deref(), d.date.as_deref()),
            (
                Some("TTLT-BLĐTBXH-BNV-BNNPTNT-BCT-BTTTT"),
                Some("2012-12-12")
            )
        );
    }

    #[test]
    fn a_joint_circular_of_three_ministries_and_its_short_form_defined_after_other_references() {
        let x = run("Căn cứ Thông tư liên tịch số 20/2014/TTLT-BGDĐT-BTC-BLĐTBXH ngày 30/5/2014 của Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội về hướng dẫn thực hiện Nghị định số 49/2010/NĐ-CP ngày 14/5/2010 và Nghị định số 74/2013/NĐ-CP ngày 15/7/2013 của Chính phủ (sau đây gọi tắt là Thông tư 20).\nTheo Thông tư 20, các trường thực hiện.\n");
        let r = &x.references;
        assert_eq!(r[0].desc.symbol.as_deref(), Some("TTLT-BGDĐT-BTC-BLĐTBXH"));
        assert_eq!(r[0].desc.date.as_deref(), Some("2014-05-30"));
        // `Thông tư 20` is the circular numbered 20, not the decree before the parenthesis.
        assert_eq!(r.len(), 5);
        for short in &r[3..] {
            assert_eq!(short.defined_as, Some(0), "{}", short.surface);
        }
        // A number that no reference of the sentence has defines nothing.
        let x = run("Căn cứ Nghị định số 74/2013/NĐ-CP ngày 15/7/2013 của Chính phủ (sau đây gọi tắt là Thông tư 20).\n");
        assert!(x.references.iter().all(|r| r.defined_as.is_none()));
        // The circular guides the decrees, across the names of its three ministries; the
        // document that rests on it guides nothing.
        let x = run("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH QUẢNG NINH\nSố: 2365/HD-SGDĐT\nQuảng Ninh, ngày 5 tháng 9 năm 2014\n\nHƯỚNG DẪN\nMiễn giảm học phí\n\nCăn cứ Thông tư liên tịch số 20/2014/TTLT-BGDĐT-BTC-BLĐTBXH ngày 30/5/2014 của Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội về hướng dẫn thực hiện một số điều của Nghị định số 49/2010/NĐ-CP ngày 14/5/2010 của Chính phủ;\n");
        let guides: Vec<_> = x
            .relations
            .iter()
            .filter(|r| r.relation == Relation::Guides)
            .map(|r| (r.from, x.references[r.to as usize].desc.number.clone()))
            .collect();
        assert_eq!(guides, [(Endpoint::Ref(1), Some("49".to_string()))]);
    }

    #[test]
    fn a_party_number_of_two_terms_is_read_by_its_subject_and_the_citing_date() {
        let read = |text: &str| {
            let x = run(text);
            let r = x
                .references
                .iter()
                .find(|r| r.desc.number.as_deref() == Some("26") && !r.is_self)
                .expect("26 is read")
                .clone();
            (r.desc.date.clone(), r.alias_candidates.len())
        };
        // Khóa IX's 26-NQ/TW (2003) is on land, khóa X's (2008) on farming, khóa XII's (2018)
        // on the cadres.
        assert_eq!(
            read("Tin tức\nHuyện ủy triển khai Nghị quyết số 26-NQ/TW về nông nghiệp, nông dân, nông thôn.\n"),
            (Some("2008-08-05".to_string()), 0)
        );
        // (With the Politburo's of 2013 on Nghệ An and of 2022 on the North Central region.)
        assert_eq!(
            read("Tin tức\nHuyện ủy triển khai Nghị quyết số 26-NQ/TW, bảo đảm tiến độ.\n"),
            (None, 5)
        );
        // A subject none has is another 26-NQ/TW, for every mention of the number in the text;
        // one the table has decides the mentions that only their sentence reads (`cán bộ`).
        let dates = |t: &str| -> Vec<_> {
            run(t)
                .references
                .iter()
                .map(|r| (r.desc.date.clone(), r.alias_candidates.len()))
                .collect()
        };
        assert_eq!(
            dates("Tin tức\nThị ủy quán triệt Nghị quyết số 26-NQ/TW về phương hướng phát triển thành phố Vinh. Thị ủy xây dựng chương trình thực hiện Nghị quyết số 26-NQ/TW với đội ngũ cán bộ các cấp.\n"),
            [(None, 0), (None, 0)]
        );
        assert_eq!(
            dates("Tin tức\nThị ủy quán triệt Nghị quyết số 26-NQ/TW về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020. Thị ủy xây dựng chương trình thực hiện Nghị quyết số 26-NQ/TW với đội ngũ cán bộ các cấp.\n"),
            [(Some("2013-07-30".into()), 0), (Some("2013-07-30".into()), 0)]
        );
        // A plan of 2015 cites no resolution of 2018: of the two before it, its subject is
        // khóa X's.
        let plan = "TỈNH ỦY NGHỆ AN\nSố 12-KH/TU\nVinh, ngày 5 tháng 3 năm 2015\nKẾ HOẠCH\nvề nông thôn\n\nThực hiện Nghị quyết số 26-NQ/TW, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch.\n";
        assert_eq!(read(plan), (Some("2008-08-05".to_string()), 0));
        let plan = plan.replace("nông thôn", "cán bộ");
        assert_eq!(read(&plan), (None, 3));
    }

    #[test]
    fn a_bodys_documents_listed_with_their_own_dates_share_the_body_named_after_the_last() {
        // A district's plan: a `UBND` symbol alone could be the district's or the province's.
        let head = "ỦY BAN NHÂN DÂN\nHUYỆN CAO LỘC\nSố: 88/KH-UBND\nCao Lộc, ngày 12 tháng 3 năm 2021\n\nKẾ HOẠCH\nvề chuyển đổi số\n\n";
        let read = |body: &str| {
            run(&format!("{head}{body}\n"))
                .references
                .iter()
                .skip(1)
                .map(|r| (r.desc.issuer.clone(), r.desc.scope.clone()))
                .collect::<Vec<_>>()
        };
        let ls = (
            Some("UBND tỉnh Lạng Sơn".to_string()),
            Some(Scope::Province("Lạng Sơn".into())),
        );
        assert_eq!(
            read("Căn cứ Quyết định số 1234/QĐ-UBND ngày 01/2/2020, Quyết định số 20/QĐ-UBND ngày 05/2/2020 và Kế hoạch số 56/KH-UBND ngày 03/3/2020 của UBND tỉnh Lạng Sơn;"),
            [ls.clone(), ls.clone(), ls.clone()]
        );
        // Another body's document, an item that says what it is about, or a `;` ends the list.
        let unknown = (None, Some(Scope::Unknown));
        for body in [
            "Căn cứ Quyết định số 1234/QĐ-UBND ngày 01/2/2020 về chuyển đổi số và Kế hoạch số 56/KH-UBND ngày 03/3/2020 của UBND tỉnh Lạng Sơn;",
            "Căn cứ Quyết định số 1234/QĐ-UBND ngày 01/2/2020; Kế hoạch số 56/KH-UBND ngày 03/3/2020 của UBND tỉnh Lạng Sơn;",
        ] {
            assert_eq!(read(body), [unknown.clone(), ls.clone()], "{body}");
        }
        // A list under one type word goes on across its `;`s.
        assert_eq!(
            read("Các Quyết định: số 1234/QĐ-UBND ngày 01/2/2020; số 1240/QĐ-UBND ngày 03/2/2020 của UBND tỉnh Lạng Sơn hết hiệu lực."),
            [ls.clone(), ls.clone()]
        );
        let hdnd = read("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 01/2/2020 và Kế hoạch số 56/KH-UBND ngày 03/3/2020 của UBND tỉnh Lạng Sơn;");
        assert_eq!(hdnd[1], ls);
        assert_ne!(hdnd[0], ls);
    }

    #[test]
    fn short_form_and_its_issuer() {
        let x = run("thực hiện Chương trình 100 của Ban Chấp hành Đảng bộ tỉnh “Thực hiện Nghị quyết số 29-NQ/TW, ngày 4/11/2013");
        assert_eq!(x.references[0].form, RefForm::Short);
        assert_eq!(x.references[0].desc.system, Some(System::Party));
        // The short form implements the resolution: a relation between two cited documents.
        assert!(x.relations.iter().any(|r| r.from == Endpoint::Ref(0)
            && r.to == 1
            && r.relation == Relation::Implements));
    }

    /// Old PDFs' text garbles `số` (`Nghị định s 98/2018/NĐ-CP`, `sô`) and breaks a line after
    /// it (`...; số` / `04/2008/NĐ-CP`): neither ends the list a `Căn cứ` governs.
    #[test]
    fn a_basis_list_through_a_garbled_or_broken_so() {
        for text in [
            "Căn cứ Nghị định s 57/2018/NĐ-CP ngày 17/4/2018 của Chính phủ; Nghị định s 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ;\n",
            "Căn cứ các nghị định của Chính phủ: Số 57/2018/NĐ-CP ngày 17/4/2018 về chính sách; số\n98/2018/NĐ-CP ngày 05/7/2018 về liên kết;\n",
        ] {
            let x = run(&format!("HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 194/NQ-HĐND\nQuảng Ninh, ngày 30 tháng 7 năm 2019\nNGHỊ QUYẾT\nVề chính sách phát triển nông nghiệp\n{text}"));
            assert_eq!(rel_of(&x, "57"), Some(Relation::BasedOn), "{text}");
            assert_eq!(rel_of(&x, "98"), Some(Relation::BasedOn), "{text}");
        }
    }

    /// The Party's news name a replacement after the new rule's whole description: its
    /// subject going on past a comma in small letters (`về công tác kiểm tra, giám sát và kỷ
    /// luật của Đảng thay thế`; `kỷ luật` is no law), its short name defined in brackets, and
    /// `thay thế cho` (after an issuer a copy glued, `Trungương`, which is read as no issuer).
    #[test]
    fn a_replacement_after_the_new_documents_description() {
        for text in [
            "Tin tức\nNgày 28/7/2021, Ban Chấp hành Trung ương đã ban hành Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng thay thế Quy định số 30-QĐ/TW, ngày 26/7/2016.\n",
            "Tin tức\nNgày 25-10-2021, Tổng Bí thư đã ký ban hành Quy định số 22-QĐ/TW (sau đây gọi tắt là Quy định 22) về những điều đảng viên không được làm, thay thế Quy định số 30-QĐ/TW ngày 01-11-2011.\n",
            "Tin tức\nTổng Bí thư đã ký ban hành Quy định 22-QĐ/TW của Ban Chấp hành Trungương (khóa XIII) thay thế cho Quy định 30-QĐ/TW, ngày 01/11/2011.\n",
        ] {
            let x = run(text);
            let replaced = x.relations.iter().any(|r| {
                r.relation == Relation::Replaces
                    && matches!(r.from, Endpoint::Ref(a) if x.references[a as usize].desc.number.as_deref() == Some("22"))
                    && x.references[r.to as usize].desc.number.as_deref() == Some("30")
            });
            assert!(replaced, "{text}");
        }
    }

    #[test]
    fn chain_between_two_other_documents() {
        let x = run("Kế hoạch số 96/KH-UBND ngày 30/10/2014 của UBND tỉnh về việc thực hiện Chương trình hành động số 100-CTr/TU ngày 23/01/2014 của Tỉnh ủy thực hiện Nghị quyết số 29-NQ/TW.");
        let rels = triples(&x);
        assert!(
            rels.contains(&(Endpoint::Ref(0), 1, Relation::Implements)),
            "{rels:?}"
        );
        assert!(
            rels.contains(&(Endpoint::Ref(1), 2, Relation::Implements)),
            "{rels:?}"
        );
        assert!(
            !rels.iter().any(|r| r.0 == Endpoint::Ref(0) && r.1 == 2),
            "{rels:?}"
        );
    }

    /// `83/2015/QH 13`: the term typed apart from `QH` is the symbol's; the date after it is
    /// the law's.
    #[test]
    fn an_assemblys_term_typed_apart_from_its_letters() {
        let x = run("Căn cứ Luật Tổ chức Tòa án nhân dân số 62/2014/QH 13 ngày 24/11/2014; Luật số 83/2015/QH 13 và Luật số 80/2015/ QH13; Nghị quyết số 12/2020/QH 140 đại biểu.");
        let got: Vec<_> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.symbol.clone().unwrap_or_default(),
                    r.desc.date.clone(),
                )
            })
            .collect();
        assert_eq!(got[0], ("QH13".to_string(), Some("2014-11-24".to_string())));
        assert_eq!(got[1].0, "QH13");
        assert_eq!(got[2].0, "QH13");
        // (Not `QH140`: the year gives the term back.)
        assert_eq!(got[3].0, "QH14");
    }

    /// `38/2001/PL-UBTVQH`, `83/2015/QH`: copies drop the term's number from the Assembly's and
    /// its Standing Committee's letters; a year inside one term gives it back (one node with
    /// `38/2001/PL-UBTVQH10`); a year two terms share (2016) leaves it as written.
    #[test]
    fn an_assemblys_letters_take_their_term_from_the_year() {
        let x = run(
            "Căn cứ Pháp lệnh số 38/2001/PL-UBTVQH ngày 28/8/2001 của Uỷ ban Thường vụ \
             Quốc hội về phí và lệ phí; Luật số 83/2015/QH ngày 25/6/2015; Nghị quyết số \
             1211/2016/UBTVQH; Luật số 43/2019/QH14.\n",
        );
        assert_eq!(symbols_of(&x), ["PL-UBTVQH10", "QH13", "UBTVQH", "QH14"]);
    }

    /// `Căn cứ A ... thực hiện C ... và B`: B issued after A, or a local body's after a
    /// central A, is no second object of A's act but the next item of `Căn cứ`; otherwise it
    /// may be A's (left to its own cue).
    #[test]
    fn a_later_document_after_a_chained_one_is_the_outer_cues_item() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 1359/KH-UBND\nNinh Thuận, ngày 04 tháng 4 năm 2018\nKẾ HOẠCH\nVỀ CẢI CÁCH\n";
        let x = run(&format!("{own}Căn cứ Nghị quyết số 139/NQ-CP ngày 31/12/2017 của Chính phủ thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 và Kế hoạch số 93-KH/TU ngày 21/02/2018 của Tỉnh ủy,"));
        let rels = triples(&x);
        assert!(
            rels.contains(&(Endpoint::Ref(1), 2, Relation::Implements)),
            "{rels:?}"
        );
        assert!(
            rels.contains(&(Endpoint::This, 3, Relation::BasedOn)),
            "{rels:?}"
        );
        // (Nor a local one, whenever issued: the Government carries out no Tỉnh ủy's plan.)
        let x = run(&format!("{own}Căn cứ Nghị quyết số 139/NQ-CP ngày 31/12/2017 của Chính phủ thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 và Kế hoạch số 93-KH/TU ngày 21/11/2017 của Tỉnh ủy,"));
        let rels = triples(&x);
        assert!(
            rels.contains(&(Endpoint::This, 3, Relation::BasedOn)),
            "{rels:?}"
        );
        let x = run(&format!("{own}Căn cứ Nghị quyết số 139/NQ-CP ngày 31/12/2017 của Chính phủ thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 và Quyết định số 93/QĐ-TTg ngày 21/11/2017 của Thủ tướng Chính phủ,"));
        assert!(
            !x.relations
                .iter()
                .any(|r| r.from == Endpoint::This && r.to == 3 && r.relation == Relation::BasedOn),
            "{:?}",
            x.relations
        );
    }

    /// `Căn cứ A ... của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật ... B`:
    /// A promulgates the plan that carries B out, so A implements B; the document only cites B.
    #[test]
    fn a_reference_that_promulgates_the_instrument_acts_on_the_next() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 88/KH-UBND\nQuảng Ngãi, ngày 8 tháng 4 năm 2024\nKẾ HOẠCH\nVỀ ĐẤT ĐAI\n";
        let x = run(&format!("{own}Căn cứ Quyết định số 222/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Đất đai số 31/2024/QH15; xét đề nghị của Sở Tài nguyên và Môi trường."));
        let rels = triples(&x);
        assert!(
            rels.contains(&(Endpoint::This, 1, Relation::BasedOn)),
            "{rels:?}"
        );
        assert!(
            rels.contains(&(Endpoint::Ref(1), 2, Relation::Implements)),
            "{rels:?}"
        );
        assert!(
            rels.contains(&(Endpoint::This, 2, Relation::Cites)),
            "{rels:?}"
        );
    }

    /// `A ..., được sửa đổi, bổ sung và bãi bỏ bởi: B`: B amends A (and repeals some of its
    /// parts); the document itself repeals nothing.
    #[test]
    fn amended_and_in_part_repealed_by_an_agent() {
        let x = run(&format!("{DECISION_HEAD}Quyết định số 01/2022/QĐ-UBND ngày 18 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh, được sửa đổi, bổ sung và bãi bỏ bởi:\nQuyết định số 07/2023/QĐ-UBND ngày 16 tháng 10 năm 2023 của Ủy ban nhân dân tỉnh.\n"));
        let rels = triples(&x);
        assert!(
            rels.contains(&(Endpoint::Ref(2), 1, Relation::Amends)),
            "{rels:?}"
        );
        assert!(!rels.iter().any(|r| r.2 == Relation::Repeals), "{rels:?}");
    }

    /// `A về dự thảo Nghị quyết của Quốc hội sửa đổi, bổ sung ... B`: the draft amends B, A
    /// (the Government's resolution on the draft) does not.
    #[test]
    fn a_drafts_act_is_not_the_references() {
        let x = run("Tin tức\nChính phủ ban hành Nghị quyết số 368/NQ-CP ngày 14/11/2025 về dự thảo Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nghị quyết số 98/2023/QH15 ngày 24/6/2023 của Quốc hội.\n");
        assert!(
            !x.relations
                .iter()
                .any(|r| r.from == Endpoint::Ref(0) && r.relation == Relation::Amends),
            "{:?}",
            x.relations
        );
        let x = run("Tin tức\nChính phủ ban hành Nghị quyết số 368/NQ-CP ngày 14/11/2025 về việc sửa đổi, bổ sung một số điều của Nghị quyết số 98/NQ-CP ngày 24/6/2023 của Chính phủ.\n");
        assert!(
            x.relations
                .iter()
                .any(|r| r.from == Endpoint::Ref(0) && r.relation == Relation::Amends),
            "{:?}",
            x.relations
        );
    }

    #[test]
    fn list_items_do_not_chain() {
        let x = run("Thực hiện Chương trình hành động số 142-CTr/TU ngày 30/5/2015 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về \"Tăng cường giáo dục\", Kế hoạch số 104/KH-UBND ngày 12/11/2015 của UBND tỉnh.");
        let rels = triples(&x);
        assert!(
            rels.contains(&(Endpoint::Ref(0), 1, Relation::Implements)),
            "{rels:?}"
        );
        assert!(!rels.iter().any(|r| r.0 == Endpoint::Ref(1)), "{rels:?}");
    }

    /// Legal bases listed as numbered items under a `CĂN CỨ` heading (broken over two lines, as
    /// a web page's copy does) are based_on; items under another heading are not; the item
    /// number after `KẾ HOẠCH` is no short form.
    #[test]
    fn items_under_a_basis_heading_are_legal_bases() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\nSố: 5/KH-UBND\nVĩnh Long, ngày 1 tháng 3 năm 2022\nKẾ HOẠCH\nVỀ VIỆC ABC\n";
        let text = "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 411/QĐ-TTg ngày 31\ntháng 3 năm 2022 của Thủ tướng Chính phủ;\n2. Nghị quyết số 09-NQ/TU ngày 12/01/2022 của Tỉnh ủy.\nII. NHIỆM VỤ\n1. Kế hoạch số 21/KH-UBND ngày 18/02/2021 của UBND tỉnh được rà soát.\n";
        let x = run(&format!("{own}{text}"));
        let numbers: Vec<_> = x
            .references
            .iter()
            .filter(|r| !r.is_self)
            .map(|r| r.desc.number.clone())
            .collect();
        assert_eq!(
            numbers,
            ["411", "09", "21"].map(|n| Some(n.to_string())),
            "`KẾ HOẠCH` / `1.` is no reference"
        );
        let rel = |n: &str| rel_of(&x, n);
        assert_eq!(rel("411"), Some(Relation::BasedOn));
        assert_eq!(rel("09"), Some(Relation::BasedOn));
        assert_eq!(rel("21"), Some(Relation::Cites));
        // `1. Căn cứ pháp lý` as a heading of bulleted items.
        let x = run(&format!("{own}1. Căn cứ pháp lý\n- Luật số 43/2019/QH14 ngày 14/6/2019;\n- Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.\n"));
        assert_eq!(rel_of(&x, "43"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "30"), Some(Relation::BasedOn));
        // A heading that is not about bases, in capitals without a numeral.
        let x = run(&format!(
            "{own}MỤC TIÊU CHUNG\n1. Kế hoạch số 21/KH-UBND ngày 18/02/2021 của UBND tỉnh.\n"
        ));
        assert_eq!(rel_of(&x, "21"), Some(Relation::Cites));
        // A basis line a PDF's copy broke after a few words (`Căn cứ Luật Tổ chức chính` /
        // `quyền địa phương ...`) is no heading: the proposal clause after the bases, broken
        // before its submission, is no basis.
        let x = run(&format!(
            "{own}Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 19/6/2015;\nCăn cứ Quyết định số\n1165/QĐ-TTg ngày 09/10/2023 của Thủ tướng Chính phủ;\nTheo đề nghị của Sở Y tế tại\nTờ trình số 496/TTr-SYT ngày 01/02/2024.\n"
        ));
        assert_eq!(rel_of(&x, "1165"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "496"), Some(Relation::Cites));
    }

    /// The relations a file states, as (the number of the document they run from, or `this`;
    /// the relation; the number of the one they run to).
    fn links(x: &FileExtract) -> Vec<(String, Relation, String)> {
        let num = |i: u32| {
            x.references[i as usize]
                .desc
                .number
                .clone()
                .unwrap_or_default()
        };
        x.relations
            .iter()
            .map(|r| match r.from {
                Endpoint::Ref(f) => (num(f), r.relation, num(r.to)),
                Endpoint::This => ("this".into(), r.relation, num(r.to)),
            })
            .collect()
    }

    #[test]
    fn months_into_a_resolution_a_notice_reports_on_it() {
        let x = run(
            "Tin tức\nVăn phòng Chính phủ vừa có Thông báo số 611/TB-VPCP ngày 11/11/2025 kết \
             luận của Thủ tướng Chính phủ tại phiên họp của Ban Chỉ đạo.\n\
             Thông báo nêu sau gần 6 tháng triển khai Nghị quyết số 68-NQ/TW \
             ngày 04/5/2025 của Bộ Chính trị, bước đầu đã có những kết quả tích cực.\n\
             Năm 2015, sau 5 năm triển khai Nghị quyết số 12-NQ/TW ngày 2/3/2010, Bộ Chính trị \
             ban hành Kết luận số 99-KL/TW ngày 9/6/2015 tiếp tục thực hiện.\n",
        );
        let l = links(&x);
        assert!(
            l.contains(&("611".into(), Relation::Cites, "68".into())),
            "{l:?}"
        );
        // (Years into one, a document goes on with it.)
        assert!(
            l.contains(&("99".into(), Relation::Continues, "12".into())),
            "{l:?}"
        );
        assert_eq!(l.len(), 2, "{l:?}");
    }

    #[test]
    fn a_letter_about_a_programme_does_not_carry_out_what_the_programme_does() {
        let x = run(&format!(
            "{DECISION_HEAD}Xét đề nghị tại công văn số 83/BKHCN-VP ngày 08 tháng 01 năm 2025 về \
             Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng \
             12 năm 2024 của Bộ Chính trị.\nCăn cứ Nghị quyết số 03/NQ-CP ngày 9 tháng 1 năm \
             2025 của Chính phủ về Chương trình hành động của Chính phủ thực hiện Nghị quyết số \
             57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị.\n"
        ));
        let l = links(&x);
        let has = |a: &str| {
            l.iter()
                .any(|r| r.0 == a && r.1 == Relation::Implements && r.2 == "57")
        };
        assert!(!has("83"), "{l:?}");
        // (A resolution about the programme is the programme.)
        assert!(has("03"), "{l:?}");
    }

    #[test]
    fn a_passives_agents_after_boi_cac_or_theo() {
        let amended = |body: &str| {
            decision_links(body, Relation::Amends)
                .into_iter()
                .filter(|l| l.0 != "this")
                .map(|l| (l.0, l.2))
                .collect::<Vec<_>>()
        };
        let pairs = |v: &[(&str, &str)]| {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            amended(
                "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các \
                 Luật số 43/2024/QH15, số 47/2024/QH15 và số 58/2024/QH15;"
            ),
            pairs(&[("43", "31"), ("47", "31"), ("58", "31")])
        );
        assert_eq!(
            amended(
                "Căn cứ Nghị định số 10/2016/NĐ-CP ngày 1/2/2016 của Chính phủ đã được sửa đổi, \
                 bổ sung một số điều theo Nghị định số 47/2019/NĐ-CP ngày 5/6/2019;"
            ),
            pairs(&[("47", "10")])
        );
        // The basis is the document as amended: the text rests on the amending one too.
        let based: Vec<String> = decision_links(
            "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều \
             theo Luật số 65/2020/QH14;\nQuyết định số 119/QĐ-UBND ngày 2/2/2015 đã được thay \
             thế bởi Quyết định số 366/QĐ-UBND ngày 20/8/2015.",
            Relation::BasedOn,
        )
        .into_iter()
        .map(|l| l.2)
        .collect();
        assert_eq!(based, ["57", "65"]);
        // (`theo` after no passive: what the text does follows B; nothing amends.)
        assert_eq!(
            amended(
                "Thực hiện Kế hoạch số 5/KH-UBND ngày 2/1/2020 theo Nghị định số 47/2019/NĐ-CP;"
            ),
            []
        );
    }

    #[test]
    fn a_party_number_placed_once_in_a_text_places_its_other_mentions() {
        let x = run(
            "Tin tức tỉnh Gia Lai\nThực hiện Đề án số 01-ĐA/TU về công tác kết nghĩa \
            trên địa bàn thành phố Pleiku. Ngay sau khi có Đề án số 01-ĐA/TU ngày 18/01/2013 của \
            Thành ủy Pleiku, Đảng ủy phường đã triển khai.\n",
        );
        let pleiku = Some(Scope::District {
            province: Some("Gia Lai".into()),
            district: "Pleiku".into(),
        });
        for r in &x.references {
            assert_eq!(r.desc.scope, pleiku, "{}", r.surface);
            assert_eq!(r.desc.date.as_deref(), Some("2013-01-18"));
        }
        // (Not a State number, which restarts each year, nor the text's own number.)
        let x = run(
            "Tin tức tỉnh Lạng Sơn\nKế hoạch số 38/KH-UBND ngày 2/3/2019 của UBND tỉnh \
            Quảng Nam về du lịch; năm 2020, UBND tỉnh ban hành Kế hoạch số 38/KH-UBND.\n",
        );
        assert_ne!(x.references[0].desc.scope, x.references[1].desc.scope);
        let x = run(
            "TỈNH ỦY LẠNG SƠN\n*\nSố 12-KH/TU\nLạng Sơn, ngày 2 tháng 3 năm 2021\n\
            KẾ HOẠCH\nVề việc ABC\n\nTham khảo Kế hoạch số 12-KH/TU ngày 1/2/2020 của Tỉnh ủy \
            Cao Bằng.\n",
        );
        let own = x.references.iter().find(|r| r.is_self).unwrap();
        assert_eq!(own.desc.scope, Some(Scope::Province("Lạng Sơn".into())));
    }

    #[test]
    fn a_symbol_of_the_1990s_joins_the_committees_letters_with_a_dot() {
        let x = run(&format!(
            "{DECISION_HEAD}Quyết định này thay thế Quyết định số 01/1999/QĐ.UB ngày 15/01/1999 \
             của Ủy ban nhân dân tỉnh Lạng Sơn và Quyết định số 7/QĐ.UBT ngày 2/3/1998. Ban hành \
             kèm theo Quyết định số 8/QĐ-UBND.Căn cứ ...\n"
        ));
        let read: Vec<_> = x
            .references
            .iter()
            .skip(1)
            .map(|r| {
                (
                    r.desc.symbol.clone().unwrap(),
                    r.desc.date.clone(),
                    r.desc.scope.clone(),
                )
            })
            .collect();
        let lang_son = Some(Scope::Province("Lạng Sơn".into()));
        assert_eq!(
            read,
            [
                ("QĐ.UB".into(), Some("1999-01-15".into()), lang_son.clone()),
                ("QĐ.UBT".into(), Some("1998-03-02".into()), lang_son.clone()),
                // (A sentence glued to the next is not read into the symbol.)
                ("QĐ-UBND".into(), None, lang_son),
            ]
        );
    }

    #[test]
    fn a_year_right_after_the_symbol_as_a_legal_database_titles_a_document() {
        let x = run(
            "Quyết định 2895/QĐ-UBND 2017 công bố thủ tục đã được thay thế bởi Quyết \
            định 891/QĐ-UBND 2019 công bố danh mục; Kế hoạch 5/KH-UBND 2000 ha rừng; Quyết định \
            7/QĐ-UBND 2019 - 2020; Thông tư 12/2019/TT-BTC 2020 hướng dẫn.\n",
        );
        let years: Vec<_> = x.references.iter().map(|r| r.desc.year).collect();
        assert_eq!(years, [Some(2017), Some(2019), None, None, Some(2019)]);
    }

    #[test]
    fn a_circular_that_guides_a_decree_says_huong_dan() {
        let guides = |body: &str| decision_links(body, Relation::Guides);
        assert_eq!(
            guides(
                "Căn cứ Thông tư số 135/2008/TT-BTC ngày 31/12/2008 của Bộ Tài chính hướng dẫn \
                 Nghị định số 69/2008/NĐ-CP ngày 30/5/2008 của Chính phủ;"
            ),
            [("135".to_string(), Relation::Guides, "69".to_string())]
        );
        // Guidance by documents a decree amends, unnamed, is not the decree's.
        assert_eq!(
            guides(
                "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính phủ sửa \
                 đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật đất đai;"
            ),
            []
        );
        // Following guidance, or guidance given in B, is no guidance of B.
        for body in [
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 2/1/2020 của UBND tỉnh và theo hướng dẫn Công \
             văn số 45/SGDĐT-VP ngày 3/1/2020;",
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 2/1/2020 của UBND tỉnh về hướng dẫn của Sở \
             Giáo dục và Đào tạo tại Công văn số 45/SGDĐT-VP ngày 3/1/2020;",
        ] {
            assert_eq!(guides(body), [], "{body}");
        }
    }

    /// The links of relation `rel` that a decision whose body is `body` states.
    fn decision_links(body: &str, rel: Relation) -> Vec<(String, Relation, String)> {
        let x = run(&format!("{DECISION_HEAD}{body}\n"));
        links(&x).into_iter().filter(|l| l.1 == rel).collect()
    }

    /// Legal-normative texts (real decisions and resolutions of 2006-2025 showed each shape):
    /// the passive voice makes its agent the actor, a colon opens a list of bases, a part of a
    /// document may stand between `Căn cứ` and it, and a partial repeal amends.
    #[test]
    fn legal_relations_passive_lists_and_parts() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 52/QĐ-UBND\nBắc Giang, ngày 9 tháng 3 năm 2016\nQUYẾT ĐỊNH\nVề thủ tục hành chính\n\n";
        // `A ... đã được thay thế bởi B`: B replaces A, and the text itself replaces neither.
        let x = run(&format!(
            "{own}Quyết định số 119/QĐ-UBND ngày 2/2/2015 về thủ tục hành chính đã được thay thế \
            bởi Quyết định số 366/QĐ-UBND ngày 20/8/2015 của UBND tỉnh.\n"
        ));
        assert!(links(&x).contains(&("366".into(), Relation::Replaces, "119".into())));
        assert_eq!(rel_of(&x, "366"), Some(Relation::Cites));
        // `bị bãi bỏ, thay thế bởi`: too far to link the two, and still not the text's act.
        let x = run(&format!(
            "{own}Kể từ ngày 15/8/2011, Nghị quyết số 10/2009/NQ-HĐND ngày 17/7/2009 của Hội đồng \
            nhân dân tỉnh về điều chỉnh quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh thời \
            kỳ 2006 - 2020 bị bãi bỏ, thay thế bởi Nghị quyết số 24/2011/NQ-HĐND ngày 5/8/2011.\n"
        ));
        assert_eq!(rel_of(&x, "24"), Some(Relation::Cites));
        // `được sửa đổi tại Điều 1 Nghị quyết Y`: Y amends.
        let x = run(&format!(
            "{own}Căn cứ Nghị quyết số 64/2017/NQ-HĐND ngày 8/12/2017 của HĐND tỉnh đã được sửa \
            đổi tại Điều 1 Nghị quyết số 29/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh;\n"
        ));
        assert!(links(&x).contains(&("29".into(), Relation::Amends, "64".into())));
        assert_eq!(rel_of(&x, "64"), Some(Relation::BasedOn));
        // (The basis is the resolution as amended: the text rests on the amending one too.)
        assert_eq!(rel_of(&x, "29"), Some(Relation::BasedOn));
        // `Căn cứ các Nghị định của Chính phủ: Số X ...; số Y ...`: both are bases.
        let x = run(&format!(
            "{own}Căn cứ các Nghị định của Chính phủ: Số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 \
            quy định chi tiết một số điều; số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025;\n"
        ));
        assert_eq!(rel_of(&x, "78"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "187"), Some(Relation::BasedOn));
        // `Ghi chú: Quyết định số X`: a colon with no cue before it states nothing.
        let x = run(&format!(
            "{own}Ghi chú: Quyết định số 40/QĐ-UBND ngày 2/2/2016.\n"
        ));
        assert_eq!(rel_of(&x, "40"), Some(Relation::Cites));
        // `Căn cứ quy định tại Điều 49 của Luật ..., Điều 24 của Nghị định số X`.
        let x = run(&format!(
            "{own}Căn cứ quy định tại Điều 49 của Luật Quản lý thuế, Điều 24 của Nghị định số \
            85/2007/NĐ-CP ngày 25/5/2007 của Chính phủ;\n"
        ));
        assert_eq!(rel_of(&x, "85"), Some(Relation::BasedOn));
        // A law named after the `;` of a list of bases.
        let x = run(&format!(
            "{own}Căn cứ Luật Giao dịch điện tử số 20/2023/QH15 năm 2023; Luật Sở hữu trí tuệ số \
            07/2022/QH15 năm 2022;\n"
        ));
        assert_eq!(rel_of(&x, "07"), Some(Relation::BasedOn));
        // A circular that guides a decree: the link is the circular's.
        let x = run(&format!(
            "{own}Căn cứ Thông tư số 144/2017/TT-BTC ngày 29 tháng 12 năm 2017 của Bộ Tài chính \
            hướng dẫn một số nội dung của Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12 năm 2017;\n"
        ));
        assert!(links(&x).contains(&("144".into(), Relation::Guides, "151".into())));
        assert_eq!(rel_of(&x, "151"), Some(Relation::Cites));
        // A partial repeal amends; a circular's title guides the decree it details.
        let x = run(&format!(
            "{own}Sửa đổi, bổ sung, bãi bỏ một số điều, khoản của Nghị định số 63/2010/NĐ-CP ngày \
            8/6/2010 của Chính phủ.\n"
        ));
        assert_eq!(rel_of(&x, "63"), Some(Relation::Amends));
        // So with `bãi bỏ` alone before the parts (`VIỆCSỬA` glued, the amending words lost);
        // a repeal of the whole document repeals.
        let x = run(&format!(
            "{own}VỀ VIỆCSỬA ĐỔI, BỔ SUNG, BÃI BỎ MỘT SỐ NỘI DUNG NGHỊ QUYẾT SỐ 47/2007/NQ-HĐND \
            NGÀY 25 THÁNG 01 NĂM 2007\nĐiều 2. Bãi bỏ khoản 2 Điều 3 của Quyết định số \
            45/2007/QĐ-UBND ngày 25/01/2007.\nĐiều 3. Bãi bỏ Quyết định số 44/2007/QĐ-UBND \
            ngày 25/01/2007.\n"
        ));
        assert_eq!(rel_of(&x, "47"), Some(Relation::Amends));
        assert_eq!(rel_of(&x, "45"), Some(Relation::Amends));
        assert_eq!(rel_of(&x, "44"), Some(Relation::Repeals));
        // (So with the content it repeals named at length before its article.)
        let x = run(&format!(
            "{own}Điều 2. Bãi bỏ nội dung liên quan đến quản lý cán bộ, công chức, viên chức đi \
            nước ngoài qui định tại Điều 9 Quyết định số 20/2010/QĐ-UBND ngày 11/6/2010 của Ủy \
            ban nhân dân tỉnh.\n"
        ));
        assert_eq!(rel_of(&x, "20"), Some(Relation::Amends));
        let x = run(&format!(
            "{own}Hướng dẫn chi tiết một số điều của Nghị định số 68/2016/NĐ-CP ngày 1/7/2016 \
            của Chính phủ.\n"
        ));
        assert_eq!(rel_of(&x, "68"), Some(Relation::Guides));
    }

    /// `Thực hiện A <its long subject> và B ..., Ủy ban nhân dân tỉnh ban hành Kế hoạch`: the
    /// opening cue governs B too; without the issuing clause, or after a `;`, it does not.
    #[test]
    fn an_issuing_sentence_carries_out_each_object_of_its_cue() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 594/KH-UBND\nNghệ An, ngày 10 tháng 9 năm 2021\nKẾ HOẠCH\nVề thi đua\n\n";
        let body = "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc \
            phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm \
            và Kế hoạch 5 năm (2021 - 2025) theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ \
            XIII của Đảng và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen \
            thưởng Trung ương";
        let x = run(&format!(
            "{own}{body}, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch như sau:\n"
        ));
        assert_eq!(rel_of(&x, "16"), Some(Relation::Implements));
        let x = run(&format!("{own}{body}. Các sở triển khai.\n"));
        assert_eq!(rel_of(&x, "16"), Some(Relation::Cites));
    }

    /// A Hướng dẫn whose title reads `Thực hiện ...`: the type line and the title say `Hướng dẫn
    /// thực hiện`, guidance; a plan's title `Thực hiện ...` still implements.
    #[test]
    fn a_guidance_title_guides() {
        for (ty, want) in [
            ("HƯỚNG DẪN", Relation::Guides),
            ("KẾ HOẠCH", Relation::Implements),
        ] {
            let x = run(&format!(
                "BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n*\nSố 06-HD/UBKTTW\nĐẢNG CỘNG SẢN \
                VIỆT NAM\nHà Nội, ngày 18 tháng 12 năm 2018\n\n{ty}\n\nTHỰC HIỆN MỘT SỐ ĐIỀU \
                TRONG QUY ĐỊNH SỐ 07-QĐi/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ\n\nNội dung.\n"
            ));
            assert_eq!(rel_of(&x, "07"), Some(want), "{ty}");
        }
    }

    /// Congresses' resolutions by title: the national congress's in its several shapes; a
    /// province's, named or the text's (also `Đại hội XVII của Đảng bộ tỉnh`, never the
    /// nation's); none when no province is known.
    #[test]
    fn congress_resolutions_by_title() {
        let x = run("Tin tức tỉnh Lạng Sơn - Cổng thông tin tỉnh Lạng Sơn\nThực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ \
            XIII của Đảng, Nghị quyết Đại hội XII của Đảng, Nghị quyết Đại hội Đảng toàn quốc lần \
            thứ XI, Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025, \
            Nghị quyết Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XIX và Nghị quyết Đại hội XVII của \
            Đảng bộ tỉnh.\n");
        let got: Vec<_> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.number.clone().unwrap_or_default(),
                    r.desc.year,
                    r.desc.scope.clone(),
                )
            })
            .collect();
        let central = Some(Scope::Central);
        let province = |p: &str| Some(Scope::Province(p.into()));
        assert_eq!(
            got,
            [
                ("%dai-hoi-xiii".into(), Some(2021), central.clone()),
                ("%dai-hoi-xii".into(), Some(2016), central.clone()),
                ("%dai-hoi-xi".into(), Some(2011), central),
                ("%dai-hoi-xvii".into(), Some(2020), province("Lạng Sơn")),
                ("%dai-hoi-xix".into(), None, province("Cao Bằng")),
                ("%dai-hoi-xvii".into(), None, province("Lạng Sơn")),
            ]
        );
        let x = run("Tin tức\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII.\n");
        assert!(x.references.is_empty());
        // A headline ends without a period; the next line's `Thực hiện` is not its words.
        let x = run(
            "Hướng dẫn triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ \
            XIV của Đảng\nThực hiện Chỉ thị số 01-CT/TW, ngày 23/01/2026 của Bộ Chính trị, Ban \
            Tuyên giáo và Dân vận Trung ương ban hành Hướng dẫn số 03-HD/BTGDVTW.\n",
        );
        assert!(
            !links(&x).iter().any(|(a, _, _)| a.starts_with('%')),
            "{:?}",
            links(&x)
        );
    }

    /// The solutions a review is to propose (`đề xuất giải pháp tiếp tục thực hiện ...`, `báo
    /// cáo sơ kết nêu rõ ... giải pháp tiếp tục thực hiện ...`) are what it will say: the text
    /// cites the document; a plan's own solutions carry it out.
    #[test]
    fn a_reviews_solutions_are_not_the_texts_act() {
        let own = "BỘ Y TẾ\nSố: 3016/BYT-KH\nV/v báo cáo\nHà Nội, ngày 5 tháng 6 năm 2023\n\n";
        let x = run(&format!(
            "{own}Đề nghị các đơn vị đánh giá và đề xuất giải pháp tiếp tục thực hiện Nghị quyết \
             số 20-NQ/TW ngày 25/10/2017.\nBáo cáo sơ kết nêu rõ quan điểm, nhiệm vụ \
             và giải pháp tiếp tục thực hiện Nghị quyết số 21-NQ/TW ngày 22/11/2012.\nCác sở \
             thực hiện các giải pháp thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016.\n"
        ));
        assert_eq!(rel_of(&x, "20"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "21"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "05"), Some(Relation::Implements));
    }

    /// A review of how a document was carried out does not carry it out: `tổng kết 10 năm thực
    /// hiện`, `báo cáo ... về kết quả thực hiện`; a plan about the review cites what it reviews.
    #[test]
    fn reviews_cite_what_they_review() {
        let own = "TỈNH ỦY ĐẮK LẮK\n*\nSố 130-KH/TU\nĐắk Lắk, ngày 20 tháng 3 năm 2023\nKẾ HOẠCH\nVề công tác giáo dục\n\n";
        let x = run(&format!(
            "{own}Tổ chức tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của \
            Ban Chấp hành Trung ương Đảng khóa XI.\nThống nhất với báo cáo của Ủy ban nhân dân \
            tỉnh về kết quả thực hiện Nghị quyết số 95/2019/NQ-HĐND ngày 10/12/2019.\nThực \
            hiện Kế hoạch số 118-KH/TU ngày 20/02/2023 của Ban Thường vụ Tỉnh ủy về tổng kết 10 \
            năm thực hiện Nghị quyết số 51-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương.\n\
            Dự thảo báo cáo tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của \
            Ban Chấp hành Trung ương Đảng khóa XI và 5 năm thực hiện Kết luận số 43-KL/TW ngày \
            07/01/2019 của Ban Bí thư.\nViệc đánh giá học sinh lớp 1 thực hiện theo Hướng dẫn số \
            08/HD-SGDĐT ngày 28/9/2020 của Sở Giáo dục và Đào tạo.\n"
        ));
        assert_eq!(rel_of(&x, "29"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "95"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "118"), Some(Relation::Implements));
        let l = links(&x);
        assert!(
            l.contains(&("118".into(), Relation::Cites, "51".into())),
            "{l:?}"
        );
        assert!(!l.iter().any(|(a, _, b)| a == "25" && b == "43"), "{l:?}");
        assert_eq!(rel_of(&x, "08"), Some(Relation::Implements));
        // The review further back, the period it reviews between; not past other words.
        let x = run(&format!(
            "{own}Tại Hội nghị sơ kết công tác 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng \
            cuối năm 2025 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n\
            Sau Hội nghị sơ kết, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch này để thực hiện Chỉ \
            thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"
        ));
        assert_eq!(rel_of(&x, "57"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "05"), Some(Relation::Implements));
        // The results of years of the work are a review's words; building on them goes on.
        let x = run(&format!(
            "{own}I- Tình hình và kết quả 10 năm thực hiện Nghị quyết số 15-NQ/TW ngày \
            17/3/2002 của Bộ Chính trị.\nĐánh giá kết quả hơn 5 năm thực hiện Chỉ thị số \
            12-CT/TU ngày 02/4/2017 của Ban Thường vụ Tỉnh ủy.\nKế thừa kết quả 10 năm thực \
            hiện Chỉ thị số 17-CT/TU ngày 06/8/2009 của Ban Thường vụ Tỉnh ủy.\n"
        ));
        assert_eq!(rel_of(&x, "15"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "12"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "17"), Some(Relation::Continues));
    }

    /// `A được sửa đổi, bổ sung bởi B, C và D`: each of B, C, D amends A; a ministry's name
    /// with its commas between A and the cue does not cut the chain.
    #[test]
    fn a_passive_with_several_agents() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 19/QĐ-UBND\nNinh Bình, ngày 2 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc\n\nCăn cứ Thông tư số 06/2017/TT-BVHTTDL ngày 15 tháng 12 năm 2017 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch được sửa đổi, bổ sung bởi Thông tư số 13/2019/TT-BVHTTDL, Thông tư số 04/2024/TT-BVHTTDL;\nCăn cứ Thông tư số 15/2020/TT-BGDĐT ngày 26/5/2020 được sửa đổi, bổ sung tại Thông tư số 05/2021/TT-BGDĐT ngày 12/3/2021, Thông tư số 06/2023/TT-BGDĐT ngày 24/3/2023 và Thông tư số 02/2024/TT-BGDĐT ngày 06/3/2024;\n");
        let l = links(&x);
        for (a, b) in [
            ("13", "06"),
            ("04", "06"),
            ("05", "15"),
            ("06", "15"),
            ("02", "15"),
        ] {
            assert!(
                l.contains(&(a.into(), Relation::Amends, b.into())),
                "{a} {b} {l:?}"
            );
        }
        assert_eq!(rel_of(&x, "06"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "13"), Some(Relation::BasedOn));
        // Past a law the subject names: a circular amends the circular; a law, the law.
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 19/QĐ-UBND\nNinh Bình, ngày 2 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc\n\nCăn cứ Thông tư số 06/2017/TT-BVHTTDL quy định chi tiết một số điều của Luật Du lịch được sửa đổi, bổ sung bởi Thông tư số 13/2019/TT-BVHTTDL;\nCăn cứ Nghị định số 30/2020/NĐ-CP quy định chi tiết Luật Văn thư được sửa đổi, bổ sung bởi Luật số 15/2023/QH15;\n");
        let l = links(&x);
        assert!(
            l.contains(&("13".into(), Relation::Amends, "06".into())),
            "{l:?}"
        );
        assert!(!l.iter().any(|(a, _, b)| a == "15" && b == "30"), "{l:?}");
    }

    /// A date in words whose words and figures a PDF's text ran together.
    #[test]
    fn a_date_in_words_run_together() {
        for text in [
            "Căn cứ Quyết định số 692/QĐ-TTg ngày 04tháng 5 năm 2013 của Thủ tướng Chính phủ.\n",
            "Căn cứ Quyết định số 692/QĐ-TTg ngày04 tháng5 năm2013 của Thủ tướng Chính phủ.\n",
        ] {
            assert_eq!(
                date_of(&run(text), "692").as_deref(),
                Some("2013-05-04"),
                "{text}"
            );
        }
    }

    /// `được ban hành ngày ...` right after a reference dates it.
    #[test]
    fn a_date_after_the_passive_of_ban_hanh() {
        for text in [
            "Nghị quyết số 57-NQ/TW được ban hành ngày 22/12/2024 đã tạo chuyển biến.\n",
            "Nghị quyết số 57-NQ/TW đã được ban hành ngày 22.12.2024.\n",
        ] {
            assert_eq!(
                date_of(&run(text), "57").as_deref(),
                Some("2024-12-22"),
                "{text}"
            );
        }
        // (Another clause's date is not its.)
        let x = run("Nghị quyết số 57-NQ/TW được quán triệt ngày 22/12/2024.\n");
        assert_eq!(date_of(&x, "57"), None);
    }

    /// `Tiếp tục` continues the carrying out only near the cue.
    #[test]
    fn going_on_with_something_else_is_no_continuing() {
        let head = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 186/KH-UBND\nBắc Ninh, ngày 2 tháng 8 năm 2025\nKẾ HOẠCH\nChuyển đổi số\n\n";
        let x = run(&format!("{head}- Tiếp tục nêu cao tinh thần trách nhiệm của người đứng đầu trong quá trình triển khai thực hiện các nhiệm vụ được giao tại Nghị quyết số 57-NQ/TW.\n"));
        assert_eq!(rel_of(&x, "57"), Some(Relation::Implements));
        let x = run(&format!(
            "{head}Tiếp tục triển khai, tổ chức thực hiện Nghị quyết số 57-NQ/TW.\n"
        ));
        assert_eq!(rel_of(&x, "57"), Some(Relation::Continues));
    }

    /// A news item is not dated by the days it tells of: a deadline, a period's bounds, a span.
    #[test]
    fn a_news_item_is_not_dated_by_the_days_it_tells_of() {
        for (text, want) in [
            ("Tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)\nBan Tuyên giáo Tỉnh ủy vừa ban hành Công văn số 1510-CV/BTGTU.\n", None),
            ("Huyện ủy triển khai Kết luận số 93-KL/TW.\nThời gian hoàn thành việc quán triệt, chậm nhất ngày 14/5/2021 và báo cáo kết quả.\n", None),
            ("Ngày 11/11, Ban Chỉ đạo ban hành Kế hoạch số 06/KH-BCĐ, thực hiện từ ngày 15/11/2025 và dự kiến kết thúc vào ngày 15/02/2026.\n", None),
            ("Thứ Năm, 23/03/2023 - 16:15\nUBND tỉnh ban hành Kế hoạch số 06/KH-UBND.\n", Some("2023-03-23")),
            ("Tin tức\nThứ hai - 11/11/2024 04:09\nUBND tỉnh ban hành Kế hoạch số 06/KH-UBND.\n", Some("2024-11-11")),
            ("Thứ Tư, 01/04/2020 - 10:12\nUBND tỉnh ban hành Kế hoạch số 06/KH-UBND.\n", Some("2020-04-01")),
            ("Thứ Sáu, 03/04/2020\nUBND tỉnh ban hành Kế hoạch số 06/KH-UBND.\n", Some("2020-04-03")),
            // (The time before the day, as some sites print it: no span.)
            ("Tin tức\n17:55 - 10/08/2021\nUBND tỉnh ban hành Kế hoạch số 06/KH-UBND.\n", Some("2021-08-10")),
            ("Ngày cập nhật 30/10/2017\nUBND tỉnh ban hành Kế hoạch số 06/KH-UBND.\n", Some("2017-10-30")),
            ("Triển khai chuyển đổi số (26/03/2021)\nUBND tỉnh ban hành Kế hoạch số 06/KH-UBND.\n", Some("2021-03-26")),
            ("Ngày 22/10/2025, UBND tỉnh Phú Thọ ban hành Kế hoạch số 06/KH-UBND thực hiện các nhiệm vụ.\n", Some("2025-10-22")),
            // An hour before the day of a deadline, a cut-off, a start.
            ("UBND tỉnh ban hành Công văn số 2221/UBND-TH.\nBáo cáo gửi về Văn phòng UBND tỉnh trước 14 giờ, ngày 05/12/2017.\n", None),
            ("Số liệu thiệt hại tính đến 17 giờ 00, ngày 04/11/2010.\n", None),
            ("Thời gian thực hiện kể từ 00 giờ ngày 23/4/2020.\n", None),
            // A site's clock above the item's own date line.
            ("Thứ Bảy, 27/7/2024\nVăn hóa\nThứ Sáu, 24/1/2020 9:1'(GMT+7)\n\nVĩnh Phúc: Triển khai Nghị quyết 33\n", Some("2020-01-24")),
            ("Hải Phòng 05/06/2023\n\nKhối thi đua ký giao ước thi đua năm 2020\n\nThứ hai, 17/02/2020\n", Some("2020-02-17")),
            // (An item updated later than written keeps its first date.)
            ("Thứ Sáu, 24/1/2020\nCập nhật: Thứ Bảy, 25/1/2020\nUBND tỉnh ban hành Kế hoạch số 06/KH-UBND.\n", Some("2020-01-24")),
        ] {
            let t = normalize(text);
            let ls = line_starts(&t);
            assert_eq!(dateline(&t, &ls, &[]).as_deref(), want, "{text}");
        }
        // The day a document of the story was issued, said inside a line, is that document's.
        for (text, want) in [
            ("Nhiệm vụ trọng yếu\nTrên cơ sở các định hướng lớn, ngày 24/1/2025, Bộ Chính trị ban hành Nghị quyết số 59-NQ/TW về hội nhập quốc tế.\n", None),
            ("Chiều 26/8, Thủ tướng chủ trì cuộc họp.\nTrước đó, ngày 25/8/2025, Thủ tướng Chính phủ ký ban hành Quyết định số 1812/QĐ-TTg về việc kiện toàn Ban Chỉ đạo.\n", None),
            ("Ngày 22/10/2025, UBND tỉnh Phú Thọ ban hành Kế hoạch số 06/KH-UBND thực hiện các nhiệm vụ.\n", Some("2025-10-22")),
        ] {
            assert_eq!(run(text).published.as_deref(), want, "{text}");
        }
    }

    /// A group of legal bases named with its issuer before a colon (`Căn cứ các thông tư của
    /// Bộ Kế hoạch và Đầu tư: Số 01/2007/TT-BKH ...; số 03/2008/TT-BKH ...`): every item is a
    /// basis; older symbols' letters (`BKH`, `BNN`) name their ministries.
    #[test]
    fn a_group_of_bases_named_with_its_issuer() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 933/QĐ-UBND\nQuảng Bình, ngày 2 tháng 5 năm 2011\nQUYẾT ĐỊNH\nVề việc\n\nCăn cứ các thông tư của Bộ Kế hoạch và Đầu tư: Số 01/2007/TT-BKH ngày 07 tháng 02 năm 2007 hướng dẫn thực hiện một số điều của Nghị định 92/2006/NĐ-CP; số 03/2008/TT-BKH ngày 01 tháng 7 năm 2008 hướng dẫn thực hiện một số điều của Nghị định 04/2008/NĐ-CP;\nCăn cứ Quyết định số 2344/QĐ-BNN-TT ngày 24/6/2020;\n");
        for n in ["01", "03", "2344"] {
            assert_eq!(rel_of(&x, n), Some(Relation::BasedOn), "{n}");
            assert_eq!(desc_of(&x, n).scope, Some(Scope::Central), "{n}");
        }
    }

    /// A Party document written with a State symbol's slash is the Party's when a Party body
    /// issues it; a State document's stays the State's.
    #[test]
    fn a_party_document_with_a_state_shaped_symbol() {
        let x = run("Thực hiện Nghị Quyết số 22/NQ-TU ngày 12/3/2021 của Tỉnh ủy Kiên Giang, Kế hoạch số 24/KH-BTGTU ngày 13/8/2021 của Ban Tuyên giáo Tỉnh ủy Kiên Giang, Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư và Kế hoạch số 45/KH-UBND ngày 2/3/2021 của UBND tỉnh Kiên Giang.\n");
        let system = |n: &str| desc_of(&x, n).system;
        for n in ["22", "24"] {
            assert_eq!(system(n), Some(System::Party), "{n}");
        }
        assert_eq!(system("45"), Some(System::State));
    }

    /// `dựa trên` names a basis as `Căn cứ` and `trên cơ sở` do.
    #[test]
    fn built_on_is_a_basis() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 19/KH-UBND\nNinh Bình, ngày 2 tháng 8 năm 2025\nKẾ HOẠCH\nChuyển đổi số\n\nKế hoạch được xây dựng dựa trên Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương.\n");
        assert_eq!(rel_of(&x, "02"), Some(Relation::BasedOn));
    }

    /// `Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ I` in a centrally-run city's
    /// text is that city's congress's; in a province's, a city's of it (none made).
    #[test]
    fn a_city_congress_named_without_the_city() {
        let text = |place: &str| {
            format!("ỦY BAN NHÂN DÂN\n{place}\nSố: 32/KH-UBND\nngày 22 tháng 01 năm 2026\nKẾ HOẠCH\nTriển khai\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ I, nhiệm kỳ 2025 - 2030.\n")
        };
        let x = run(&text("THÀNH PHỐ CẦN THƠ"));
        let r = x.references.iter().find(|r| !r.is_self).unwrap();
        assert_eq!(r.desc.scope, Some(Scope::Province("Cần Thơ".into())));
        let x = run(&text("TỈNH TUYÊN QUANG"));
        assert!(x.references.iter().all(|r| r.is_self));
    }

    #[test]
    fn a_district_congress_is_the_districts() {
        let x = run(
            "Cổng thông tin thành phố Hải Phòng\nThực hiện Nghị quyết Đại hội Đảng bộ \
            Thuỷ Nguyên lần thứ XXIII, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số \
            42/KH-UBND về cải cách hành chính.\n",
        );
        let r = &x.references[0];
        assert_eq!(
            r.desc.scope,
            Some(Scope::District {
                province: Some("Hải Phòng".into()),
                district: "Thuỷ Nguyên".into()
            })
        );
        assert_eq!(r.desc.number.as_deref(), Some("%dai-hoi-xxiii"));
        let head = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 5/KH-UBND\nLạng Sơn, ngày 1 tháng 3 năm \
            2021\nKẾ HOẠCH\nVề việc ABC\n\n";
        let scope = |body: &str| {
            let x = run(&format!("{head}{body}\n"));
            let r = x
                .references
                .iter()
                .find(|r| !r.is_self)
                .map(|r| r.desc.clone());
            r.and_then(|d| d.scope.clone())
        };
        let district = |d: &str| {
            Some(Scope::District {
                province: Some("Lạng Sơn".into()),
                district: d.into(),
            })
        };
        assert_eq!(
            scope("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Cao Lộc lần thứ XXII."),
            district("Cao Lộc")
        );
        // (Named by the term it opened: `khóa XXII`.)
        assert_eq!(
            scope("Thực hiện Nghị quyết Đại hội Đảng bộ huyện Cao Lộc khóa XXII."),
            district("Cao Lộc")
        );
        // (The capital of a province that is no city is a city under it.)
        assert_eq!(
            scope("Thực hiện Nghị quyết Đại hội Đảng bộ thành phố Lạng Sơn lần thứ XVII."),
            district("Lạng Sơn")
        );
        assert_eq!(
            scope("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVII."),
            Some(Scope::Province("Lạng Sơn".into()))
        );
        // A Party committee of no district: no document is made up.
        assert_eq!(
            scope("Thực hiện Nghị quyết Đại hội Đảng bộ Khối các cơ quan tỉnh lần thứ IV."),
            None
        );
    }

    /// A cue right after a reference and its attributes, or inside its subject, is that
    /// document's act, not the citing text's: `Thông tư 05 ... của Bộ GD&ĐT sửa đổi, bổ sung
    /// ... Thông tư 11`. Not a proposal's (a Tờ trình proposes the citing text's act), not
    /// across a new line that opens a clause, and a cue inside an item governs no later item.
    #[test]
    fn a_cue_after_a_reference_is_its_act() {
        let head = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 335/KH-UBND\nPhú Thọ, ngày 1 tháng 3 năm 2023\nKẾ HOẠCH\nTuyển sinh năm học 2023-2024\n\n";
        let x = run(&format!("{head}Quy chế tuyển sinh ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 của Bộ trưởng Bộ GD&ĐT; Thông tư số 05/2018/TT-BGDĐT ngày 28/2/2018 của Bộ GD&ĐT sửa đổi, bổ sung khoản 1 Điều 2, khoản 2 Điều 4 của Quy chế tuyển sinh ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT;\nCăn cứ Thông tư số 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;\n"));
        let l = links(&x);
        for (from, rel, to, drawn) in [
            ("05", Relation::Amends, "11", true),
            ("this", Relation::Amends, "11", false),
            ("03", Relation::Guides, "118", true),
            ("this", Relation::Guides, "118", false),
        ] {
            assert_eq!(
                l.contains(&(from.into(), rel, to.into())),
                drawn,
                "{from} {rel:?} {to}: {l:?}"
            );
        }
        assert_eq!(
            desc_of(&x, "03").issuer.as_deref(),
            Some("Văn phòng Chính phủ")
        );
        // A proposal: the act is the proposed text's.
        let x = run(&format!("{head}Xét Tờ trình số 431/TTr-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về việc đề nghị ban hành Nghị quyết thay thế Nghị quyết số 47/2024/NQ-HĐND ngày 12 tháng 12 năm 2024;\n"));
        assert!(!links(&x).iter().any(|(a, _, b)| a == "431" && b == "47"));
        // A new line that opens a clause is the citing text's.
        let x = run(&format!("{head}Triển khai Quyết định số 134/2004/QĐ-TTg ngày 20/7/2004 của Thủ tướng Chính phủ\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"));
        assert_eq!(rel_of(&x, "05"), Some(Relation::Implements));
        // An item's inner cue governs no later item.
        let x = run(&format!("{head}Kế hoạch được xây dựng dựa trên các văn bản:\n- Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ về sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n- Quyết định số 292/QĐ-BKHCN ngày 25/3/2025 của Bộ trưởng Bộ Khoa học và Công nghệ về việc ban hành Khung kiến trúc;\n"));
        let l = links(&x);
        assert!(
            l.contains(&("71".into(), Relation::Implements, "57".into())),
            "{l:?}"
        );
        assert_ne!(rel_of(&x, "292"), Some(Relation::Implements));
        // Three acts with their commas (`sửa đổi, bổ sung, cập nhật`), a steering committee's
        // name with its own subject: the cue after them is the cited document's.
        let x = run(&format!("{head}Thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ về sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;\nThực hiện Kế hoạch số 01-KH/BCĐ ngày 13/8/2025 của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Đồng Tháp về thực hiện Nghị quyết số 57-NQ/TW;\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"));
        let l = links(&x);
        for from in ["71", "01"] {
            assert!(
                l.contains(&(from.into(), Relation::Implements, "57".into())),
                "{from} {l:?}"
            );
        }
        assert!(x.relations.iter().all(|r| r.from != Endpoint::This
            || x.references[r.to as usize].desc.number.as_deref() != Some("57")
            || r.relation == Relation::Cites));
        assert_eq!(rel_of(&x, "05"), Some(Relation::Implements));
        assert!(!l.iter().any(|(_, r, _)| *r == Relation::Amends), "{l:?}");
    }

    /// A central Party board named after a list of two kinds of documents is the board of the
    /// kind it issues: the Secretariat issues no resolution (`Nghị quyết 24-NQ/TW và Chỉ thị 45
    /// của Ban Bí thư`), the Central Committee no directive.
    #[test]
    fn a_board_is_no_issuer_of_a_kind_it_does_not_issue() {
        let x = run("Tin tức\nĐoàn công tác kiểm tra thực hiện Nghị quyết 24-NQ/TW và Chỉ thị 45 của Ban Bí thư tại tỉnh.\n");
        let issuer = |n: &str| {
            x.references
                .iter()
                .find(|r| r.desc.number.as_deref() == Some(n))
                .and_then(|r| r.desc.issuer.clone())
        };
        assert_eq!(issuer("24"), None);
        assert_eq!(issuer("45").as_deref(), Some("Ban Bí thư Trung ương Đảng"));
        let text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 06-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 07 tháng 11 năm 2006\nCHỈ THỊ\nVỀ TĂNG CƯỜNG CÔNG TÁC Y TẾ CƠ SỞ\nNhững năm qua, công tác y tế đã có chuyển biến.\n";
        let own = run(text).own.expect("a document");
        assert_eq!(
            (own.doc_type.as_deref(), own.issuer),
            (Some("Chỉ thị"), None)
        );
    }

    /// A programme printed apart from the decision that issues it (`(Ban hành kèm theo Quyết định
    /// số 70/2006/QĐ-UBND` / `ngày 07 tháng 9 năm 2006 của Ủy ban nhân dân tỉnh)` under its
    /// title, no number line) is that decision's text: of its number, date and province, not of
    /// the Politburo its title names as the issuer of what it carries out; the decision is no
    /// document it cites.
    #[test]
    fn a_text_printed_apart_from_the_decision_that_issues_it() {
        let text = "CHƯƠNG TRÌNH HÀNH ĐỘNG\nTHỰC HIỆN NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 12 THÁNG 4 NĂM 2007 CỦA BỘ CHÍNH TRỊ VỀ VIỆC\nTIẾP TỤC ĐẨY MẠNH CÔNG TÁC BẢO VỆ RỪNG\n(Ban hành kèm theo Quyết định số 41/2008/QĐ-UBND\nngày 15 tháng 5 năm 2008 của Ủy ban nhân dân tỉnh).\nThực hiện Nghị quyết số 18-NQ/TW ngày 12 tháng 4 năm 2007 của Bộ Chính trị, UBND tỉnh Kon Tum ban hành Chương trình hành động như sau:\nI. MỤC TIÊU\n";
        let x = run(text);
        let own = x.own.as_ref().expect("a document");
        assert_eq!(
            (
                own.doc_type.as_deref(),
                own.number.as_deref(),
                own.symbol.as_deref(),
                own.date.as_deref(),
                own.issuer.as_deref(),
            ),
            (
                Some("Quyết định"),
                Some("41"),
                Some("QĐ-UBND"),
                Some("2008-05-15"),
                Some("UBND tỉnh Kon Tum"),
            )
        );
        assert_eq!(
            own.title.as_deref(),
            Some("Chương trình hành động thực hiện Nghị quyết số 18-NQ/TW ngày 12 tháng 4 năm 2007 của Bộ Chính trị về việc tiếp tục đẩy mạnh công tác bảo vệ rừng")
        );
        assert_eq!(rel_of(&x, "18"), Some(Relation::Implements));
        assert_eq!(rel_of(&x, "41"), None);
        // (Its body named on the line under the type line; a regulation's articles under it,
        // no preamble.)
        let text = "QUY CHẾ\nCỦA ỦY BAN NHÂN DÂN TỈNH KON TUM VỀ PHỐI HỢP QUẢN LÝ RỪNG\n(Kèm theo Quyết định số 12/2019/QĐ-UBND ngày 02/4/2019 của UBND tỉnh Kon Tum)\nChương I\nĐiều 1. Phạm vi điều chỉnh\n";
        let own = run(text).own.expect("a document");
        assert_eq!(
            (
                own.number.as_deref(),
                own.date.as_deref(),
                own.title.as_deref()
            ),
            (
                Some("12"),
                Some("2019-04-02"),
                Some("Quy chế về phối hợp quản lý rừng")
            )
        );
        // A line under the title that cites a decision without issuing the text by it is no
        // identity.
        let text = "KẾ HOẠCH\nTHỰC HIỆN QUYẾT ĐỊNH SỐ 41/2008/QĐ-UBND\nCăn cứ Quyết định số 41/2008/QĐ-UBND ngày 15/5/2008 của UBND tỉnh Kon Tum;\n";
        let own = run(text).own.expect("a document");
        assert_eq!(own.number, None);
    }

    /// A PDF's line break inside an issuer's name (`xã Xuân` / `Phú)`) does not cut the name; a
    /// next line in capitals or in a sentence's words is no part of it.
    #[test]
    fn an_issuer_name_broken_over_lines() {
        let issuer = |text: &str| run(text).references[0].desc.issuer.clone();
        assert_eq!(
            issuer("(Ban hành kèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\n").as_deref(),
            Some("UBND xã Xuân Phú")
        );
        assert_eq!(
            issuer("Theo Kế hoạch số 5/KH-UBND ngày 2/3/2021 của UBND xã Xuân\nQUYẾT ĐỊNH:\n")
                .as_deref(),
            Some("UBND xã Xuân")
        );
        assert_eq!(
            issuer("Theo Kế hoạch số 5/KH-UBND ngày 2/3/2021 của UBND huyện Cam Lâm\nVề việc tổ chức.\n").as_deref(),
            Some("UBND huyện Cam Lâm")
        );
        // A break between a body and its level (also with a blank line, as a PDF's copy has
        // it): the level is the next line's, not the province's.
        assert_eq!(
            issuer("Căn cứ Quyết định số 37/QĐ-UBND ngày 10/01/2019 của UBND\n\nhuyện Như Xuân về việc giao chỉ tiêu;\n").as_deref(),
            Some("UBND huyện Như Xuân")
        );
        assert_eq!(
            issuer("Căn cứ Nghị quyết số 53/NQ-HĐND ngày 21/12/2018 của Hội đồng nhân\ndân huyện Như Xuân khóa XX;\n").as_deref(),
            Some("HĐND huyện Như Xuân")
        );
        assert_eq!(
            issuer("Căn cứ Chương trình số 28-CTr/TU ngày 2/3/2018 của Ban chấp\nhành Đảng bộ tỉnh Thanh Hóa;\n").as_deref(),
            Some("Tỉnh ủy Thanh Hóa")
        );
        // (Not a next line that opens with a word of its own: the province's, which the
        // district named places, Như Xuân being Thanh Hóa's.)
        assert_eq!(
            issuer("Căn cứ Quyết định số 37/QĐ-UBND ngày 10/01/2019 của UBND tỉnh\nhuyện Như Xuân tổ chức.\n").as_deref(),
            Some("UBND tỉnh Thanh Hóa")
        );
        // A central body's name broken inside its last word.
        assert_eq!(
            issuer(
                "Căn cứ Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Bộ Chính\ntrị về tăng cường;\n"
            )
            .as_deref(),
            Some("Bộ Chính trị")
        );
        assert_eq!(
            issuer(
                "Căn cứ Quyết định số 12/QĐ-TTg ngày 2/3/2020 của Thủ tướng Chính\nphủ về việc;\n"
            )
            .as_deref(),
            Some("Thủ tướng Chính phủ")
        );
        // Or inside its first words: `Thủ` / `tướng`, a ministry's `Bộ Giáo` / `dục`.
        assert_eq!(
            issuer("Căn cứ Quyết định số 12/QĐ-TTg ngày 2/3/2020 của Thủ\ntướng Chính phủ;\n")
                .as_deref(),
            Some("Thủ tướng Chính phủ")
        );
        assert_eq!(
            issuer(
                "Căn cứ Thông tư số 28/2009/TT-BGDĐT ngày 21/10/2009 của Bộ Giáo\ndục và Đào tạo \
                 về chế độ;\n"
            )
            .as_deref(),
            Some("Bộ Giáo dục và Đào tạo")
        );
        // (Not a line that goes on with another word: `Bộ Tài` / `liệu` is no ministry.)
        assert!(!crate::registry::ministry_name_goes_on("tai", "lieu"));
        assert!(crate::registry::ministry_name_goes_on("tai", "chinh"));
    }

    /// Electronic offices number letters with six digits, zero-padded (`Công văn số
    /// 010094/UBND-TH`): the document of that number.
    #[test]
    fn six_digit_numbers() {
        let x = run("Xét Công văn số 010094/UBND-TH ngày 22 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh; Công văn số 123456/BTC-NSNN.\n");
        assert_eq!(
            codes(&x),
            ["Công văn 010094 UBND-TH", "Công văn 123456 BTC-NSNN"]
        );
        // (Seven digits are no document number.)
        assert!(run("Số 1234567/UBND-TH.\n").references.is_empty());
    }

    /// A legal basis named with its unquoted subject, then `và` and another: both are bases;
    /// a subject that states a relation keeps the second its object.
    #[test]
    fn legal_bases_named_with_their_subjects() {
        let run = |body: &str| {
            run(&format!("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 5/QĐ-UBND\nTrà Vinh, ngày 1 tháng 2 năm 2021\nQUYẾT ĐỊNH\nVề việc phê duyệt quy hoạch\n\n{body}"))
        };
        let x = run("Căn cứ Nghị định số 92/2006/NĐ-CP ngày 07 tháng 9 năm 2006 của Chính phủ về lập, phê duyệt và quản lý quy hoạch tổng thể phát triển kinh tế - xã hội và Nghị định số 04/2008/NĐ-CP ngày 11 tháng 01 năm 2008 của Chính phủ;\n");
        assert_eq!(rel_of(&x, "92"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "04"), Some(Relation::BasedOn));
        let x = run("Căn cứ Nghị quyết số 10/2020/NQ-HĐND ngày 12 tháng 7 năm 2020 của HĐND tỉnh về sửa đổi, bổ sung một số điều và Nghị quyết số 05/2018/NQ-HĐND;\n");
        assert_eq!(rel_of(&x, "10"), Some(Relation::BasedOn));
        assert_ne!(rel_of(&x, "05"), Some(Relation::BasedOn));
        // (Only a legal basis: `thực hiện A về ... và B` may speak of B in A's subject.)
        let x = run("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 về đổi mới giáo dục, đào tạo và Nghị quyết số 19-NQ/TW ngày 25/10/2017, UBND tỉnh ban hành Kế hoạch.\n");
        assert_eq!(rel_of(&x, "29"), Some(Relation::Implements));
    }

    /// The Party writes `QĐ` for its Quyết định and its Quy định: a symbol alone takes the
    /// type word right before it or the list item's before it, else none (the document's type
    /// is what other mentions say).
    #[test]
    fn a_symbol_whose_letters_two_types_share() {
        let x = run("Sửa đổi các Quy định: số 89-QĐ/TW, ngày 4/8/2017; số 214-QĐ/TW, ngày 2/1/2020. Thực hiện Quy định số 105-QĐ/TW; số 98-QĐ/TW. Theo 259-QĐ/TW ngày 24/01/2025 và Quyết định số 30-QĐ/TW; số 31-QĐ/TW.\n");
        let ty = |n: &str| desc_of(&x, n).doc_type.clone();
        for n in ["89", "214", "105", "98"] {
            assert_eq!(ty(n).as_deref(), Some("Quy định"), "{n}");
        }
        assert_eq!(ty("259"), None);
        for n in ["30", "31"] {
            assert_eq!(ty(n).as_deref(), Some("Quyết định"), "{n}");
        }
        // (Also with its body between: `Quyết định của Bộ Chính trị số 31-QĐ/TW`; not past
        // other words.)
        let x = run(
            "Thực hiện Quyết định của Bộ Chính trị số 31-QĐ/TW ngày 30/3/2021 và Quy định của \
             Ban Bí thư số 47-QĐ/TW; Quyết định về việc thi hành, theo số 48-QĐ/TW.\n",
        );
        let ty = |n: &str| desc_of(&x, n).doc_type.clone();
        assert_eq!(ty("31").as_deref(), Some("Quyết định"));
        assert_eq!(ty("47").as_deref(), Some("Quy định"));
        assert_eq!(ty("48"), None);
        // (A State `QĐ` is a Quyết định only.)
        let x = run("Theo 1027/QĐ-UBND ngày 12/8/2014.\n");
        assert_eq!(x.references[0].desc.doc_type.as_deref(), Some("Quyết định"));
    }

    /// `Quy định của Bộ Chính trị về ...` opening a sentence of a news item names a document by
    /// its issuer: the last Quy định named before is it only when issued by that body.
    #[test]
    fn a_type_word_with_its_issuer_is_no_anaphor_of_another_issuers() {
        let x = run("Bộ Chính trị sửa đổi Quy định số 124-QĐ/TW ngày 4/10/2023.\n\nQuy định của Bộ Chính trị về tiêu chuẩn chức danh (thay Quy định số 89-QĐ/TW).\n");
        assert!(x.relations.is_empty(), "{:?}", x.relations);
        let x = run("Ngày 12/3/2019, UBND tỉnh Lạng Sơn ban hành Kế hoạch số 38/KH-UBND ngày 12/3/2019 của UBND tỉnh Lạng Sơn.\n\nKế hoạch của UBND tỉnh nhằm thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013.\n");
        assert!(
            x.relations
                .iter()
                .any(|r| x.references[r.to as usize].desc.number.as_deref() == Some("29")),
            "{:?}",
            x.relations
        );
    }

    /// `Quy định này thay thế ...` in a news item speaks of the Quy định it reports, named
    /// before; not of a basis that a reproduced text's preamble names.
    #[test]
    fn this_document_in_a_news_item_is_the_one_it_reports() {
        let x = run("Tin tức\nNgày 3/11/2021, Bộ Chính trị ban hành Quy định số 41-QĐ/TW về miễn nhiệm, từ chức đối với cán bộ. Quy định này thay thế Quy định số 260-QĐ/TW, ngày 02/10/2009 của Bộ Chính trị.\n");
        assert_eq!(links(&x), [link("41", Relation::Replaces, "260")]);
        let x = run("Tin tức\nCăn cứ Quyết định số 12/2020/QĐ-UBND ngày 3/3/2020 của UBND tỉnh;\nQuyết định này thay thế Quyết định số 45/2015/QĐ-UBND.\n");
        assert!(links(&x).is_empty(), "{:?}", links(&x));
    }

    /// What a body issues, named with its subject, replaces what follows `thay thế` after it
    /// (`ban hành Nghị định số 29/2023/NĐ-CP quy định về tinh giản biên chế, thay thế Nghị định
    /// số 108/2014/NĐ-CP`), with or without the comma; a cited document's subject and a comma
    /// (`Thực hiện Nghị định số 29/2023/NĐ-CP về tinh giản biên chế, thay thế ...`) leave the
    /// act the sentence's.
    #[test]
    fn what_a_body_issues_replaces_what_follows_its_subject() {
        let with_comma = run("Tin tức\nNgày 16/6/2023, Chính phủ ban hành Nghị định số 29/2023/NĐ-CP quy định về tinh giản biên chế, thay thế Nghị định số 108/2014/NĐ-CP và Nghị định số 113/2018/NĐ-CP.\n");
        assert_eq!(
            links(&with_comma),
            [
                link("29", Relation::Replaces, "108"),
                link("29", Relation::Replaces, "113"),
            ]
        );
        let without = run("Tin tức\nChính phủ đã ban hành Nghị định số 29/2023/NĐ-CP quy định về tinh giản biên chế thay thế Nghị định số 108/2014/NĐ-CP.\n");
        assert_eq!(links(&without), [link("29", Relation::Replaces, "108")]);
        let cited = run("Tin tức\nThực hiện Nghị định số 29/2023/NĐ-CP quy định về tinh giản biên chế, thay thế Quyết định số 45/2015/QĐ-UBND bằng quy chế mới.\n");
        assert!(links(&cited).is_empty(), "{:?}", links(&cited));
    }

    /// A decision's last article as portals sum it up: `Quyết định X có hiệu lực thi hành từ ngày
    /// D và bãi bỏ Y` — X repeals (or replaces) Y.
    #[test]
    fn what_a_document_repeals_when_it_takes_effect() {
        let x = run("Tin tức\nQuyết định 25/2019/QĐ-UBND có hiệu lực thi hành từ ngày 15/11/2019 và bãi bỏ Quy định ban hành kèm theo Quyết định 34/2010/QĐ-UBND ngày 16/8/2010. Nghị quyết số 12/2021/NQ-HĐND có hiệu lực kể từ ngày ký, thay thế Nghị quyết số 40/2016/NQ-HĐND.\n");
        assert_eq!(
            links(&x),
            [
                link("25", Relation::Repeals, "34"),
                link("12", Relation::Replaces, "40"),
            ]
        );
    }

    /// An unnumbered document joined to a reference by `và`, named by its type and issuer
    /// (`A ... và Kế hoạch của Chính phủ thực hiện B`, `A và hướng dẫn của Ban ... về triển khai
    /// thực hiện B`), is what carries B out, not A; what a body issued `in` a decision (`Tại
    /// Quyết định số A, Thủ tướng đã ban hành Kế hoạch ... thực hiện B`) is the decision's.
    #[test]
    fn an_unnumbered_document_joined_to_a_reference_carries_its_own_cue() {
        let x = run("Tin tức\nHội nghị đã quán triệt Chỉ thị số 25-CT/TW ngày 08/8/2023 của Ban Bí thư và Kế hoạch của Chính phủ thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương. Sở đã phổ biến Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị và hướng dẫn của Ban Tuyên giáo Trung ương về triển khai thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị. Tại Quyết định số 12/2020/QĐ-TTg ngày 20/3/2020, Thủ tướng Chính phủ đã ban hành Kế hoạch của Chính phủ thực hiện Nghị quyết số 39-NQ/TW ngày 15/1/2019 của Bộ Chính trị. UBND tỉnh đã ban hành Quyết định số 50/QĐ-UBND ngày 2/4/2023 ban hành Quy chế và Kế hoạch thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.\n");
        assert_eq!(
            r_of(&x, "25").0.as_deref(),
            Some("Ban Bí thư Trung ương Đảng")
        );
        assert_eq!(
            links(&x),
            [
                link("12", Relation::Implements, "39"),
                link("50", Relation::Implements, "20"),
            ]
        );
    }

    /// Inside a basis item the guidance told after the document rested on is that document's:
    /// `Căn cứ Nghị định số 66/2014/NĐ-CP ... về việc Quy định chi tiết, hướng dẫn thi hành ...
    /// Luật X` (the two-part cue with its comma), and after a description too long to tie the
    /// words, still not the citing decision's.
    #[test]
    fn guidance_told_in_a_basis_item_is_the_based_documents() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\nSố: 848/QĐ-UBND\nBà Rịa - Vũng Tàu, ngày 20 tháng 4 năm 2016\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng, chống thiên tai\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 66/2014/NĐ-CP ngày 04/7/2014 của Chính phủ về việc Quy định chi tiết, hướng dẫn thi hành một số điều của Luật phòng chống thiên tai;\nCăn cứ Thông tư số 15/2016/TT-BNNPTNT ngày 10/6/2016 của Bộ Nông nghiệp và Phát triển nông thôn quy định về điều kiện của vùng sản xuất, kinh doanh cây giống và công tác quản lý giống cây trồng lâm nghiệp chính, hướng dẫn thi hành Nghị định số 70/2015/NĐ-CP;\n");
        assert_eq!(
            links(&x),
            [
                link("this", Relation::BasedOn, "66"),
                link("66", Relation::Guides, "33"),
                link("this", Relation::Cites, "33"),
                link("this", Relation::BasedOn, "15"),
                link("this", Relation::Cites, "70"),
            ]
        );
    }

    /// A four-digit number after `số`, or before the document's date, is its number (a
    /// province issues thousands of decisions a year); without them a year's number is a
    /// year, as in a programme's name.
    #[test]
    fn a_four_digit_number_after_so_is_no_year() {
        let x = run("Tin tức\nUBND tỉnh vừa ban hành Quyết định số 2015 về việc thành lập Ban Chỉ huy tỉnh, thay thế Quyết định 1986 ngày 9/8/2011 của UBND tỉnh và Quyết định 1581 của Chủ tịch UBND tỉnh. Tỉnh đã hoàn thành Kế hoạch 2025 về chuyển đổi số và hướng tới Chương trình 2030 của Chính phủ.\n");
        assert_eq!(
            codes(&x),
            ["Quyết định 2015", "Quyết định 1986", "Quyết định 1581"]
        );
        assert_eq!(
            links(&x),
            [
                link("2015", Relation::Replaces, "1986"),
                link("2015", Relation::Replaces, "1581"),
            ]
        );
    }

    /// The enacting formula of an amending law, `Quốc hội ban hành Luật sửa đổi, bổ sung một số
    /// điều của Luật A số N và Luật B số M đã được sửa đổi, bổ sung theo Luật số K`: the law is
    /// the text's own, so it amends A and B (K amended B before). A basis item naming an
    /// amending law only names the laws it lists.
    #[test]
    fn an_amending_laws_enacting_formula_amends_what_it_names() {
        let x = run("QUỐC HỘI\nLuật số: 47/2021/QH15\n\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT THỦY LỢI VÀ LUẬT ĐÊ ĐIỀU\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Trồng trọt số 31/2018/QH14 và Luật Chăn nuôi số 32/2018/QH14;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 08/2017/QH14 và Luật Đê điều số 79/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 15/2008/QH12.\n");
        // (`links` lists the relations in their order.)
        let of_line = |line: u32| -> Vec<_> {
            links(&x)
                .into_iter()
                .zip(&x.relations)
                .filter(|(_, r)| r.line == line)
                .map(|(l, _)| l)
                .collect()
        };
        assert_eq!(
            of_line(8),
            [
                link("this", Relation::Cites, "31"),
                link("this", Relation::Cites, "32"),
            ]
        );
        assert_eq!(
            of_line(9),
            [
                link("this", Relation::Amends, "08"),
                link("this", Relation::Amends, "79"),
                link("15", Relation::Amends, "79"),
                link("this", Relation::Cites, "15"),
            ]
        );
    }

    /// A basis item whose description acts on a document named by words only (`quy định chi
    /// tiết một số điều của Luật Chuyển giao công nghệ`), then `và` and a later document: the
    /// later one is the next basis, no object of the first one's act (which could not act on a
    /// document issued after it); an earlier one may be.
    #[test]
    fn a_later_document_after_a_basis_items_act_is_the_next_basis() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 35/2016/QĐ-UBND\nNam Định, ngày 20 tháng 12 năm 2016\n\nQUYẾT ĐỊNH\nBan hành quy định quản lý hoạt động chuyển giao công nghệ\n\nỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nCăn cứ Nghị định số 133/2008/NĐ-CP ngày 31/12/2008 của Chính phủ quy định chi tiết một số điều của Luật Chuyển giao công nghệ và Nghị định số 103/2011/NĐ-CP ngày 15/11/2011 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 133/2008/NĐ-CP;\nCăn cứ Thông tư số 20/2014/TT-BKHCN ngày 15/7/2014 của Bộ Khoa học và Công nghệ hướng dẫn thi hành một số điều của Luật Khoa học và Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ;\n");
        assert_eq!(
            links(&x),
            [
                link("this", Relation::BasedOn, "133"),
                link("133", Relation::Guides, "80"),
                link("this", Relation::Cites, "80"),
                link("this", Relation::BasedOn, "103"),
                link("103", Relation::Amends, "133"),
                link("this", Relation::Cites, "133"),
                link("this", Relation::BasedOn, "20"),
                link("20", Relation::Guides, "08"),
                link("this", Relation::Cites, "08"),
            ]
        );
    }

    /// A title that ends with an amending law's name runs into the first basis line: the law
    /// that line names is a basis, not one more law of the amending law's name.
    #[test]
    fn a_basis_line_after_an_amending_laws_name_in_the_title() {
        let x = run("CHÍNH PHỦ\nSố: 99/2019/NĐ-CP\nHà Nội, ngày 30 tháng 12 năm 2019\n\nNGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT GIÁO DỤC ĐẠI HỌC\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Giáo dục đại học ngày 18 tháng 6 năm 2012;\n");
        // (The title's amending law, 34/2018/QH14, passed last before the decree, which it
        // guides through some of its articles.)
        assert_eq!(
            links(&x),
            [
                link("this", Relation::Guides, "34"),
                link("this", Relation::BasedOn, "76"),
                link("this", Relation::BasedOn, "08"),
            ]
        );
    }

    /// `thay cho` right before a document replaces it, as closing articles write it; what
    /// stands before `theo` does not.
    #[test]
    fn thay_cho_right_before_a_document_replaces_it() {
        let x = run(&format!(
            "{DECISION_HEAD}Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay cho Quyết \
             định số 20/2010/QĐ-UBND ngày 11/6/2010 của UBND tỉnh.\nCác cơ quan sử dụng hóa đơn \
             điện tử thay cho hóa đơn giấy theo Thông tư số 78/2021/TT-BTC.\n"
        ));
        assert_eq!(
            links(&x),
            [
                link("this", Relation::Replaces, "20"),
                link("this", Relation::Cites, "78"),
            ]
        );
        // The bare `thay`, right before the document; `thay đổi` before another is no cue.
        let x = run(&format!(
            "{DECISION_HEAD}Kế hoạch này thay Kế hoạch số 336-KH/TU ngày 02/3/2021 của Tỉnh ủy.\n\
             Việc thay đổi Quyết định số 21/2020/QĐ-UBND được báo cáo.\n"
        ));
        assert_eq!(
            links(&x),
            [
                link("this", Relation::Replaces, "336"),
                link("this", Relation::Cites, "21"),
            ]
        );
    }

    /// `Trên cơ sở xem xét Tờ trình số ...`: a council weighs the submission its resolution
    /// answers, it does not rest on it; nor on a proposal `tại` a submission or a letter (`trên
    /// cơ sở báo cáo đề xuất tại Tờ trình số ...`); `Trên cơ sở Kế hoạch số ...` rests on the
    /// plan.
    #[test]
    fn a_submission_weighed_is_no_basis() {
        let x = run("HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 06/2010/NQ-HĐND\nQuảng Trị, ngày 23 tháng 4 năm 2010\n\nNGHỊ QUYẾT\nVề chính sách hỗ trợ y tế cơ sở\n\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ\nTrên cơ sở Kế hoạch số 35/KH-UBND ngày 10/3/2010 của UBND tỉnh;\nTrên cơ sở xem xét Tờ trình số 752/TTr-UBND ngày 02 tháng 4 năm 2010 của UBND tỉnh;\nTrên cơ sở báo cáo đề xuất tại Tờ trình số 116/TTr-SYT ngày 18/4/2010 của Sở Y tế;\nCăn cứ ý kiến đề nghị của Sở Nội vụ tại Công văn số 17/SNV-TCBC ngày 19/4/2010;\nCăn cứ ý kiến đề nghị của Sở Tài chính tại Văn bản số 18/STC-NS ngày 19/4/2010;\n");
        assert_eq!(
            links(&x),
            [
                link("this", Relation::BasedOn, "35"),
                link("this", Relation::Cites, "752"),
                link("this", Relation::Cites, "116"),
                link("this", Relation::Cites, "17"),
                link("this", Relation::Cites, "18"),
            ]
        );
    }

    /// `các văn bản có liên quan triển khai thực hiện X`: the documents at large carry X out,
    /// not the plan whose review lists them.
    #[test]
    fn related_documents_at_large_carry_out_what_follows_them() {
        let x = run(&format!(
            "{DECISION_HEAD}Điều 1. Sơ kết tình hình ban hành kế hoạch, chương trình hành động, các \
             văn bản có liên quan triển khai thực hiện Nghị quyết số 21-NQ/TW ngày 22/11/2012 của \
             Bộ Chính trị.\nĐiều 2. Tổ chức triển khai thực hiện Nghị quyết số 28/NQ-CP ngày \
             10/3/2013 của Chính phủ.\n"
        ));
        assert_eq!(
            links(&x),
            [
                link("this", Relation::Cites, "21"),
                link("this", Relation::Implements, "28"),
            ]
        );
    }

    /// Two Party resolutions of one number in one sentence, each with its subject: the
    /// subject of each, up to the next reference, tells which of the table's it is, although
    /// the other is dated.
    #[test]
    fn two_party_resolutions_of_one_number_each_by_its_subject() {
        let x = run("Tin tức\nNgày 5/3/2019, tỉnh hoàn thành các mục tiêu của Nghị quyết số 21-NQ/TW về công tác dân số trong tình hình mới và Nghị quyết số 21-NQ/TW ngày 22/11/2012 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác bảo hiểm xã hội, bảo hiểm y tế.\n");
        assert_eq!(dates_of(&x), [Some("2017-10-25"), Some("2012-11-22")]);
    }

    /// A basis list's item after `;` named by the generic word, `Văn bản số ...`, is a basis
    /// like the items before and after it.
    #[test]
    fn a_basis_item_named_van_ban_so() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ; \
             Văn bản số 2601/VPCP-KGVX ngày 03/4/2020 của Văn phòng Chính phủ; Công văn số \
             611/VPCP-QHQT ngày 2/2/2022;\n"
        ));
        assert_eq!(
            links(&x),
            [
                link("this", Relation::BasedOn, "16"),
                link("this", Relation::BasedOn, "2601"),
                link("this", Relation::BasedOn, "611"),
            ]
        );
    }

    /// A letter's addressees, `gửi <addressees>`, commas and semicolons and all, stand between
    /// it and `về việc hướng dẫn thực hiện B`: the letter still guides B.
    #[test]
    fn a_letters_addressees_before_its_subject() {
        let x = run("Tin tức\nNgày 20/3/2025, Bộ Nội vụ ban hành Công văn số 1814/BNV-TCBC gửi các bộ, cơ quan ngang bộ; Tỉnh ủy, thành ủy; Ủy ban nhân dân các tỉnh về việc hướng dẫn thực hiện Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP.\n");
        assert_eq!(
            links(&x),
            [
                link("1814", Relation::Guides, "178"),
                link("1814", Relation::Guides, "67"),
            ]
        );
    }

    /// A news lead's date dates what it says was issued, a legal document whose number holds
    /// its year too (`Ngày 11/9/2018, ... ban hành Quyết định số 15/2018/QĐ-UBND`); not a
    /// date of another year.
    #[test]
    fn a_lead_dates_a_legal_document_of_its_year() {
        let x = run("Tin tức\nNgày 11/9/2018, Chủ tịch UBND tỉnh Vĩnh Long đã ban hành Quyết định số 15/2018/QĐ-UBND về việc ban hành quy định. Ngày 3/1/2019, Chính phủ ban hành Nghị định số 100/2018/NĐ-CP về điều kiện kinh doanh.\n");
        assert_eq!(date_of(&x, "15").as_deref(), Some("2018-09-11"));
        assert_eq!(date_of(&x, "100"), None);
    }

    /// A link between two references, as [`links`] lists it.
    fn link(from: &str, relation: Relation, to: &str) -> (String, Relation, String) {
        (from.to_string(), relation, to.to_string())
    }

    /// The issuer and date read for the first reference numbered `n`.
    fn r_of(x: &FileExtract, n: &str) -> (Option<String>, Option<String>) {
        let d = desc_of(x, n);
        (d.issuer.clone(), d.date.clone())
    }

    /// What the first reference numbered `n` reads.
    fn desc_of<'x>(x: &'x FileExtract, n: &str) -> &'x DocDesc {
        &x.references
            .iter()
            .find(|r| r.desc.number.as_deref() == Some(n))
            .unwrap_or_else(|| panic!("no reference numbered {n}"))
            .desc
    }

    /// The date read for the first reference numbered `n`.
    fn date_of(x: &FileExtract, n: &str) -> Option<String> {
        x.references
            .iter()
            .find(|r| r.desc.number.as_deref() == Some(n))
            .and_then(|r| r.desc.date.clone())
    }

    /// The relation the document itself states to its reference numbered `n`.
    /// The relations stated in `x`, as (from, to, relation).
    /// Each reference's symbol, `""` for none.
    fn symbols_of(x: &FileExtract) -> Vec<String> {
        x.references
            .iter()
            .map(|r| r.desc.symbol.clone().unwrap_or_default())
            .collect()
    }

    fn triples(x: &FileExtract) -> Vec<(Endpoint, u32, Relation)> {
        x.relations
            .iter()
            .map(|r| (r.from, r.to, r.relation))
            .collect()
    }

    /// A legal database's note over a decision's text: `A sửa đổi ... kèm X đã được thay thế
    /// bởi B` may say that B replaced A or the rules X issued; the words do not tell, so B
    /// replaces neither by this sentence. Without `kèm`, `X đã được thay thế bởi B` is X's.
    #[test]
    fn a_passive_after_kem_names_no_subject() {
        let x = run(
            "Quyết định 15/2016/QĐ-UBND sửa đổi quy chế thi đua tỉnh Cà Mau kèm 22/2015/QĐ-UBND \
            đã được thay thế bởi Quyết định 31/2018/QĐ-UBND.\nQuyết định 40/2017/QĐ-UBND đã được \
            thay thế bởi Quyết định 12/2019/QĐ-UBND.\n",
        );
        let l = links(&x);
        assert!(
            !l.iter()
                .any(|(a, r, _)| a == "31" && *r == Relation::Replaces),
            "{l:?}"
        );
        assert!(
            l.contains(&("12".into(), Relation::Replaces, "40".into())),
            "{l:?}"
        );
    }

    fn rel_of(x: &FileExtract, n: &str) -> Option<Relation> {
        x.relations
            .iter()
            .find(|r| {
                r.from == Endpoint::This
                    && x.references[r.to as usize].desc.number.as_deref() == Some(n)
            })
            .map(|r| r.relation)
    }

    /// The centre's directive on the congresses ahead of a national congress is of the term
    /// before that congress's: its subject decides between two terms' texts of one number.
    #[test]
    fn a_directive_on_the_congresses_ahead_is_of_the_term_before() {
        for (text, term) in [
            ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp, tiến tới Đại hội XIII của Đảng; Ban Tuyên giáo hướng dẫn.\n", Some("XII")),
            ("Chỉ thị số 45-CT/TW của Bộ Chính trị về Đại hội Đảng bộ các cấp tiến tới Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng.\n", Some("XIII")),
            // (Not a congress after another subject's words, nor a State number.)
            ("Chỉ thị số 45-CT/TW của Bộ Chính trị. Tiến tới Đại hội XIV, các cấp ủy chuẩn bị.\n", None),
            ("Chỉ thị số 45/CT-TTg của Thủ tướng Chính phủ về công tác bầu cử, tiến tới Đại hội XIV.\n", None),
        ] {
            let x = run(text);
            assert_eq!(x.references[0].desc.term.as_deref(), term, "{text}");
        }
    }

    /// A cue in what a cited document is about (`... về ban hành Kế hoạch triển khai thực hiện
    /// B`) is that document's act, also when the text dates B after it (a slip the graph
    /// reports); the citing text does not carry B out.
    #[test]
    fn a_cue_in_a_documents_subject_is_its_act_whatever_the_dates() {
        let x = run("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 2550/QĐ-UBND\nThành phố Hồ Chí Minh, ngày 10 tháng 7 năm 2023\n\nQUYẾT ĐỊNH\nVề chuyển đổi số\n\nCăn cứ Quyết định số 601/QĐ-LĐTBXH ngày 05 tháng 7 năm 2022 của Bộ Lao động - Thương binh và Xã hội về ban hành Kế hoạch triển khai thực hiện Quyết định số 2222/QĐ-TTg ngày 30 tháng 12 năm 2022 của Thủ tướng Chính phủ về phê duyệt Chương trình chuyển đổi số;\n");
        assert_eq!(rel_of(&x, "601"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "2222"), Some(Relation::Cites));
        assert!(x.relations.iter().any(|r| {
            r.from == Endpoint::Ref(1) && r.to == 2 && r.relation == Relation::Implements
        }));
    }

    /// The wording of ministries' circulars: `Thi hành Nghị định ...` (their older opening),
    /// `(sau đây được viết tắt là ...)`, and the effect article's `... hết hiệu lực kể từ ngày
    /// Thông tư này có hiệu lực`.
    #[test]
    fn a_circulars_opening_short_forms_and_effect_article() {
        let own = "BỘ NỘI VỤ\nSố: 08/2024/TT-BNV\nHà Nội, ngày 10 tháng 5 năm 2024\n\nTHÔNG TƯ\n\
                   Quy định về tuyển dụng\n\n";
        let x = run(&format!(
            "{own}Thi hành Nghị định số 115/2003/NĐ-CP ngày 10/10/2003 của Chính phủ về chế độ \
             công chức dự bị;\nCăn cứ Nghị định số 11/2016/NĐ-CP ngày 03 tháng 02 năm 2016 của \
             Chính phủ quy định chi tiết thi hành Luật Lao động (sau đây được viết tắt là Nghị \
             định số 11/2016/NĐ-CP);\nĐiều 2. Hiệu lực thi hành\n1. Thông tư này có hiệu lực \
             thi hành kể từ ngày 01 tháng 7 năm 2024.\n2. Thông tư số 05/2015/TT-BNV ngày 25 \
             tháng 11 năm 2015 của Bộ Nội vụ hết hiệu lực kể từ ngày Thông tư này có hiệu lực \
             thi hành.\n3. Thông tư số 03/2010/TT-BNV đã hết hiệu lực.\n4. Các Sở tổ chức thi \
             hành Quyết định số 12/QĐ-BNV.\n"
        ));
        assert_eq!(rel_of(&x, "115"), Some(Relation::Guides));
        assert_eq!(rel_of(&x, "11"), Some(Relation::BasedOn));
        // (The short form is the same reference, not a second one.)
        let elevens: Vec<_> = x
            .references
            .iter()
            .filter(|r| r.desc.number.as_deref() == Some("11"))
            .collect();
        assert_eq!(elevens.len(), 2);
        assert!(elevens[1].defined_as.is_some());
        assert_eq!(
            x.relations
                .iter()
                .filter(|r| x.references[r.to as usize].desc.number.as_deref() == Some("11"))
                .count(),
            1
        );
        assert_eq!(rel_of(&x, "05"), Some(Relation::Repeals));
        assert_eq!(rel_of(&x, "03"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "12"), Some(Relation::Implements));
        // `quy định chi tiết thi hành`, `biện pháp thi hành` guide; `có hiệu lực thi hành` is no
        // cue.
        let x = run(&format!(
            "{own}Nghị định số 40/2020/NĐ-CP quy định chi tiết thi hành Nghị định số \
             39/2019/NĐ-CP.\nNghị định số 34/2016/NĐ-CP quy định chi tiết một số điều và \
             biện pháp thi hành Nghị định số 38/2015/NĐ-CP.\n\
             Thông tư này có hiệu lực thi hành kể từ ngày ký và thay thế \
             Thông tư số 77/2012/TT-BNV.\n"
        ));
        assert!(links(&x).contains(&("40".to_string(), Relation::Guides, "39".to_string())));
        assert!(links(&x).contains(&("34".to_string(), Relation::Guides, "38".to_string())));
        assert_eq!(rel_of(&x, "39"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "77"), Some(Relation::Replaces));
        // An effect article's acts in a row, after a comma: each the document's own.
        let x = run(&format!(
            "{own}Điều 2. Quyết định này thay thế Quyết định số 242/2014/QĐ-UBND ngày 11 tháng 6 \
             năm 2014 của UBND tỉnh Bắc Ninh, bãi bỏ Quyết định số 152/QĐ-UBND ngày 29 tháng 4 \
             năm 2021 của UBND tỉnh Bắc Ninh.\n"
        ));
        assert_eq!(rel_of(&x, "242"), Some(Relation::Replaces));
        assert_eq!(rel_of(&x, "152"), Some(Relation::Repeals));
        // Nghị định 78/2025's title: `... và biện pháp để tổ chức(,) hướng dẫn thi hành Luật`.
        for comma in ["", ","] {
            let x = run(&format!(
                "{own}Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ \
                 quy định chi tiết một số điều và biện pháp để tổ chức{comma} hướng dẫn thi hành \
                 Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n"
            ));
            assert!(
                links(&x).contains(&("78".to_string(), Relation::Guides, "64".to_string())),
                "{:?}",
                links(&x)
            );
            assert_eq!(rel_of(&x, "64"), Some(Relation::Cites));
            // (The law's name ends in `pháp luật`: the reference opens at its `Luật`.)
            let law = x
                .references
                .iter()
                .find(|r| r.desc.number.as_deref() == Some("64"));
            assert_eq!(
                law.map(|r| &*r.surface),
                Some("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15")
            );
        }
        // `hướng dẫn một số nội dung thực hiện`: guidance, the circular's.
        let x = run(&format!(
            "{own}Căn cứ Thông tư số 24/2023/TT-BNNPTNT ngày 21 tháng 12 năm 2023 của Bộ trưởng \
             Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn một số nội dung thực hiện Quyết \
             định số 590/QĐ-TTg ngày 18 tháng 5 năm 2022 của Thủ tướng Chính phủ;\n"
        ));
        assert!(links(&x).contains(&("24".to_string(), Relation::Guides, "590".to_string())));
        assert_eq!(rel_of(&x, "24"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "590"), Some(Relation::Cites));
    }

    /// A portal that reproduces a document's text (under a heading naming it, or after `...
    /// ban hành B ... giới thiệu toàn văn`): the preamble lines are B's. Not on a page that only
    /// reports what a body issued.
    #[test]
    fn a_page_reproducing_a_document_gives_its_preamble() {
        let x = run("Tin tức\nHướng dẫn số 38-HD/BTCTW về công tác nhân sự\n\n\
             HƯỚNG DẪN SỐ 38-HD/BTCTW NGÀY 31/01/2016\nCỦA BAN TỔ CHỨC TRUNG ƯƠNG\n\n\
             Thực hiện Chỉ thị số 51-CT/TW ngày 04/01/2016 của Bộ Chính trị về lãnh đạo cuộc bầu \
             cử, Ban Tổ chức Trung ương hướng dẫn như sau:\n");
        assert!(x.own.is_none());
        assert_eq!(
            links(&x),
            [("38".to_string(), Relation::Implements, "51".to_string())]
        );
        let page = "Tin tức\nBan Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về \
                    tuyên truyền kỷ niệm. Trang thông tin trân trọng giới thiệu toàn văn.\n\n\
                    Căn cứ Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị về tổ chức kỷ \
                    niệm, Ban Tuyên giáo Trung ương hướng dẫn như sau:\n";
        assert_eq!(
            links(&run(page)),
            [("55".to_string(), Relation::BasedOn, "88".to_string())]
        );
        // (A report of what was issued, then of what others do: no text reproduced.)
        let x = run(&page.replace("Trang thông tin trân trọng giới thiệu toàn văn.", ""));
        assert_eq!(links(&x), []);
        // (Nor a line that is a sentence of the report, not a preamble.)
        let x = run(&page.replace("\n\nCăn cứ", "\n\nCác huyện căn cứ"));
        assert_eq!(links(&x), []);
    }

    /// A plan that lists what it rests on under a line `dựa trên các văn bản ..., cụ thể:` and
    /// numbered groups (`1. Các văn bản chỉ đạo của Trung ương`): each item is a basis.
    #[test]
    fn bases_listed_in_numbered_groups() {
        let x = run(
            "UBND TỈNH NINH BÌNH\nSố: 19/KH-UBND\nNinh Bình, ngày 31 tháng 7 năm 2025\n\n\
             KẾ HOẠCH\nChuyển đổi số\n\nKế hoạch được xây dựng dựa trên các văn bản chỉ đạo \
             của Trung ương, của Tỉnh và yêu cầu từ tình hình thực tiễn sau sáp nhập, cụ thể:\n\
             1. Các văn bản chỉ đạo của Trung ương\n\
             - Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá;\n\
             - Quyết định số 292/QĐ-BKHCN ngày 25/3/2025 của Bộ trưởng Bộ Khoa học và Công \
             nghệ;\n2. Các văn bản của Tỉnh\n\
             - Kế hoạch số 07/KH-UBND ngày 10/7/2025 của UBND tỉnh;\n",
        );
        assert_eq!(rel_of(&x, "57"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "292"), Some(Relation::BasedOn));
        // (And the next group's, which goes on with the same list.)
        assert_eq!(rel_of(&x, "07"), Some(Relation::BasedOn));
    }

    /// `Thực hiện A, ngày ... Ban ... có Hướng dẫn số B`: `có` says the body issued B, as `ban
    /// hành` does.
    #[test]
    fn a_news_items_body_that_has_a_document_issued_it() {
        let x = run(
            "Tin tức\nThực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội \
             đảng bộ các cấp, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số \
             151-HD/BTGTW về việc công bố.\n",
        );
        assert_eq!(
            links(&x),
            [("151".to_string(), Relation::Implements, "35".to_string())]
        );
    }

    /// Links that real pages showed wrong: a headline's reference is not the subject of the
    /// next line's clause; a document older than B does not carry B out; `sửa đổi,` / `bổ
    /// sung` broken over lines is one cue; a PDF line `Căn cứ Quyết định số` is not a heading.
    #[test]
    fn links_real_pages_showed_wrong() {
        let x = run(
            "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57\n\
            Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số \
            57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.\n",
        );
        assert_eq!(links(&x), [], "the short form does not implement itself");
        let x = run(
            "Tin tức\nQuán triệt và thực hiện Kết luận số 100-KL/TW ngày 18/8/2014 của Ban \
            Bí thư, Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết \
            luận số 100-KL/TW của Ban Bí thư và Kết luận số 111-KL/TU ngày 14/8/2017 của Ban \
            Thường vụ Tỉnh ủy, các cấp ủy đã quan tâm lãnh đạo.\n",
        );
        assert_eq!(
            links(&x),
            [("25".to_string(), Relation::Implements, "100".to_string())]
        );
        let own = "ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 135/KH-UBND\nSóc Trăng, ngày 27 tháng 9 năm 2022\nKẾ HOẠCH\nRà soát hộ nghèo\n\n";
        let x = run(&format!(
            "{own}Căn cứ Thông tư số\n02/2022/TT-BLĐTBXH ngày 30/3/2022 của Bộ Lao \
            động - Thương binh và Xã hội sửa đổi,\nbổ sung một số nội dung của Thông tư số \
            07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ trưởng;\n"
        ));
        assert!(links(&x).contains(&("02".to_string(), Relation::Amends, "07".to_string())));
        assert_eq!(rel_of(&x, "07"), Some(Relation::Cites));
        let x = run(&format!(
            "{own}Căn cứ Chương trình hành động\nsố 09-CTr/TU ngày 14/5/2021 của \
            Tỉnh ủy;\nCăn cứ Kế hoạch số 59/KH-UBND\nngày 25/4/2022 của UBND tỉnh;\nTheo đề nghị \
            của Sở Y tế tại\nTờ trình số 158/TTr-SYT ngày 16/5/2022.\n"
        ));
        assert_eq!(rel_of(&x, "09"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "158"), Some(Relation::Cites));
        // A defined form that is another document's whole reference names that document; `và
        // có văn bản chỉ đạo ... thực hiện B` is the subject's second predicate, not A's.
        let x = run(
            "Tin tức\nThực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư và Nghị \
            quyết số 71/NQ-CP ngày 08/8/2017 của Chính phủ về quản lý rừng (gọi tắt là Chỉ thị \
            13-CT/TW), Sở đã ban hành Kế hoạch số 1897/KH-SNNPTNT ngày 15/12/2017 để triển khai \
            thực hiện Kế hoạch 216/KH-UBND của UBND tỉnh và có văn bản chỉ đạo các đơn vị tổ chức \
            thực hiện Chỉ thị 13-CT/TW.\n",
        );
        let r = &x.references[2];
        assert_eq!(
            (r.desc.doc_type.as_deref(), r.desc.number.as_deref()),
            (Some("Chỉ thị"), Some("13"))
        );
        let to = |n: &str| ("1897".to_string(), Relation::Implements, n.to_string());
        assert_eq!(links(&x), [to("13"), to("71"), to("216")]);
        // A central symbol keeps its scope when a province follows it (the plan's).
        let x = run("Kế hoạch 31-KH/TU về thực hiện Chỉ thị 13-CT/TW do tỉnh An Giang ban hành\n");
        assert_eq!(x.references[1].desc.scope, Some(Scope::Central));
        // A ministry's letters are also a local board's: the committee named is the issuer
        // (`BTC`, a town's organising committee); not in a circular's number.
        let x = run("Căn cứ Kế hoạch số 30/KH-BTC ngày 08/02/2018 của UBND thị xã Phước Long, tỉnh Bình Phước.\n\
             Thực hiện Thông tư số 12/2019/TT-BTC ngày 2/3/2019 của UBND tỉnh Bình Phước.\n");
        let d = |i: usize| &*x.references[i].desc;
        assert_eq!(d(0).issuer.as_deref(), Some("UBND thị xã Phước Long"));
        assert_eq!(
            d(0).scope,
            Some(Scope::District {
                province: Some("Bình Phước".into()),
                district: "Phước Long".into()
            })
        );
        assert_eq!(d(1).scope, Some(Scope::Central));
    }

    #[test]
    fn a_document_named_by_the_generic_word_is_read() {
        for (text, ty, sym) in [
            (
                "Căn cứ văn bản số 3115/BTTTT-CVT ngày 02/8/2023 của Bộ Thông tin và Truyền thông;",
                "Công văn",
                "BTTTT-CVT",
            ),
            (
                "UBND tỉnh có Văn bản 4912/UBND-NC về việc",
                "Công văn",
                "UBND-NC",
            ),
            // The symbol names the type.
            (
                "theo văn bản số 45/KH-UBND của UBND tỉnh",
                "Kế hoạch",
                "KH-UBND",
            ),
        ] {
            let x = run(text);
            assert_eq!(x.references.len(), 1, "{text}");
            let d = &x.references[0].desc;
            assert_eq!(d.doc_type.as_deref(), Some(ty), "{text}");
            assert_eq!(d.symbol.as_deref(), Some(sym), "{text}");
        }
        // Without the word, a symbol that names no type is no reference in running text.
        assert!(run("Ngày 24-10, UBND tỉnh có 4912/UBND-NC về việc")
            .references
            .is_empty());
    }

    /// A news item: its dateline is not a cited document's date; `Thực hiện A, <body> ban hành
    /// B` makes B carry out A, and a date that opens B's clause is B's; a sentence that ends at a
    /// line's end links nothing across it.
    #[test]
    fn news_sentences_that_report_an_issued_document() {
        let x = run("Tin tức\nThực hiện Nghị quyết số 05-NQ/TU ngày 1/2/2021 của Tỉnh ủy, ngày 13/5/2021, UBND tỉnh ban hành Kế hoạch số 42/KH-UBND về du lịch.\nThực hiện Nghị quyết số 06-NQ/TU ngày 1/3/2021 của Tỉnh ủy, UBND tỉnh đã ban hành Kế hoạch số 43/KH-UBND về nông nghiệp.\nCập nhật: 26/05/2022\n");
        assert_eq!(
            x.published.as_deref(),
            Some("2022-05-26"),
            "not 05-NQ/TU's date"
        );
        let rels = links(&x);
        assert_eq!(
            rels,
            [
                ("42".to_string(), Relation::Implements, "05".to_string()),
                ("43".to_string(), Relation::Implements, "06".to_string()),
            ],
            "42 does not implement 06 across the sentence's end"
        );
        // A semicolon for the comma before the issuing clause (a Tuyên Quang portal), not
        // before a clause of its own.
        let x = run(
            "Tin tức\nThực hiện Quyết định 923/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính \
            phủ về khoa học; UBND tỉnh đã ban hành Kế hoạch số 242/KH-UBND ngày 31/12/2022 về \
            nông thôn mới.\nThực hiện Quyết định 924/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính \
            phủ về khoa học; năm 2022 tỉnh đã đạt nhiều kết quả, các huyện đã tổ chức hội nghị \
            và UBND tỉnh đã ban hành Kế hoạch số 243/KH-UBND về nông thôn mới.\n",
        );
        assert_eq!(
            links(&x),
            [("242".to_string(), Relation::Implements, "923".to_string())]
        );
        let x = run("Tin tức\nThực hiện Nghị quyết số 05-NQ/TU ngày 1/2/2021 của Tỉnh ủy, ngày 13/5/2021, UBND tỉnh ban hành Kế hoạch số 42/KH-UBND về du lịch.\nThực hiện Nghị quyết số 06-NQ/TU ngày 1/3/2021 của Tỉnh ủy, UBND tỉnh đã ban hành Kế hoạch số 43/KH-UBND về nông nghiệp.\nCập nhật: 26/05/2022\n");
        let d = |n: &str| date_of(&x, n);
        assert_eq!(d("42").as_deref(), Some("2021-05-13"));
        // 43 has no date of its own: the dateline gives its year.
        assert_eq!(d("43"), None);
        // A date after a comma that ends a reference's attributes is that reference's.
        let x = run("Tin tức\nThực hiện Chỉ thị số 15-CT/TW, ngày 12/01/2017, UBND tỉnh ban hành Kế hoạch số 44/KH-UBND về rừng.\n");
        assert_eq!(x.references[1].desc.date, None);
        // A place-date line is a dateline.
        let x = run("Hải Phòng, ngày 18 tháng 11 năm 2019\nThực hiện Chương trình hành động số 16-CTr/TU ngày 25/3/2008 của Ban Thường vụ Thành ủy.\n");
        assert_eq!(x.published.as_deref(), Some("2019-11-18"));
        // Its place is the province of a text that names no other (a portal's copy that lost
        // its header), and a centrally-run city's `Ban Thường vụ Thành ủy` is the city's.
        let d = &x.references[0].desc;
        assert_eq!(
            (d.issuer.as_deref(), d.scope.as_ref()),
            (
                Some("Ban Thường vụ Thành ủy Hải Phòng"),
                Some(&Scope::Province("Hải Phòng".into()))
            )
        );
    }

    /// `Thực hiện A; B, ngày 15/3, UBND tỉnh ban hành C`: C carries out both documents of the
    /// list, and the clause's day and month are of the dateline's year (or the year before).
    #[test]
    fn news_issued_after_a_list_and_a_date_without_its_year() {
        let x = run(
            "Thứ Năm, 16/03/2023 09:12\n\nThực hiện Nghị quyết số 05-NQ/TU ngày 20/10/2021 \
            của Tỉnh ủy; Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021 của HĐND tỉnh, ngày 15/3, \
            UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về giáo dục nghề nghiệp.\n\n\
            Thực hiện Nghị quyết số 06-NQ/TU của Tỉnh ủy; UBND tỉnh đã ban hành Kế hoạch số \
            46/KH-UBND về du lịch.\n\nNgày 20/12, UBND tỉnh ban hành Kế hoạch số 47/KH-UBND về \
            rừng.\n\nBÁO LẠNG SƠN\n",
        );
        let rels = links(&x);
        // (A `;` for the comma before the issuing clause itself: 46 carries out 06, as a
        // Tuyên Quang portal writes it; before any other clause it closes the list, see
        // `news_sentences_that_report_an_issued_document`.)
        assert_eq!(
            rels,
            [
                ("45".to_string(), Relation::Implements, "05".to_string()),
                ("45".to_string(), Relation::Implements, "12".to_string()),
                ("46".to_string(), Relation::Implements, "06".to_string()),
            ],
        );
        assert_eq!(date_of(&x, "45").as_deref(), Some("2023-03-15"));
        // 20 December is still to come on 16 March 2023: of the year before.
        assert_eq!(date_of(&x, "47").as_deref(), Some("2022-12-20"));
    }

    /// A two-column header flattened into lines: the motto after the issuer on each line, the
    /// place-date after the number.
    #[test]
    fn flattened_two_column_header() {
        let x = run(
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CHÂU THÀNH Độc lập - \
            Tự do - Hạnh phúc\n\nSố: 211/TTr-UBND Châu Thành, ngày 7 tháng 12 năm 2017\n\nTỜ \
            TRÌNH\nVề việc điều chỉnh quy hoạch sử dụng đất\n",
        );
        let own = x.own.as_ref().expect("the submission is itself");
        assert_eq!(own.issuer.as_deref(), Some("UBND huyện Châu Thành"));
        assert_eq!(own.date.as_deref(), Some("2017-12-07"));
    }

    /// A decision whose copy lost its title: `QUYẾT ĐỊNH:` and `Điều 1.` are no title. Rules
    /// `ban hành kèm theo` a decision rest on it; `- Luật Dược số ...` is an item of the bases.
    #[test]
    fn decision_without_title_and_bases_in_other_shapes() {
        let x = run(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 4440/QĐ-UBND\nQuảng Ninh, ngày 13 \
            tháng 11 năm 2017\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nCăn cứ Quy định về công tác \
            thi đua, khen thưởng trên địa bàn tỉnh Quảng Ninh ban hành kèm theo Quyết định số \
            1319/QĐ-UBND ngày 20/4/2017 của UBND tỉnh;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo \
            Quyết định này Quy định khen thưởng.\n\nI. CĂN CỨ PHÁP LÝ\n- Luật Dược số \
            105/2016/QH13;\n",
        );
        let own = x.own.as_ref().expect("the decision is itself");
        assert_eq!(own.title, None);
        assert_eq!(own.doc_type.as_deref(), Some("Quyết định"));
        assert_eq!(rel_of(&x, "1319"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "105"), Some(Relation::BasedOn));
    }

    /// `Căn cứ Quy hoạch ... được Thủ tướng Chính phủ phê duyệt tại Quyết định số 952/QĐ-TTg`:
    /// a plan or scheme a basis names by title rests in the decision that approved it, however
    /// long the title; the basis is that decision. Not a plan approved in another sentence.
    #[test]
    fn a_basis_named_by_what_a_decision_approved_rests_on_the_decision() {
        let x = run(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 3583/QĐ-UBND\nQuảng Bình, ngày 9 tháng 12 \
            năm 2016\nQUYẾT ĐỊNH\nVề việc phê duyệt Quy hoạch vận tải\nCăn cứ Quy hoạch tổng thể \
            phát triển kinh tế - xã hội tỉnh Quảng Bình đến năm 2020 được Thủ tướng Chính phủ phê \
            duyệt tại Quyết định số 952/QĐ-TTg ngày 23/6/2011;\nCăn cứ Đề án phát triển du lịch \
            của tỉnh đã được UBND tỉnh phê duyệt theo Quyết định số 17/QĐ-UBND ngày 5/1/2015;\n\
            Xét đề nghị của Sở Giao thông vận tải,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Quy hoạch.\n\
            Quy hoạch này đã được lấy ý kiến các sở, ngành và được phê duyệt tại Quyết định số \
            80/QĐ-UBND ngày 2/2/2016.\n",
        );
        assert_eq!(rel_of(&x, "952"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "17"), Some(Relation::BasedOn));
        assert_ne!(rel_of(&x, "80"), Some(Relation::BasedOn));
        // (So an opinion given in a letter, named with its subject.)
        let x = run(
            "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 952/KH-UBND\nKon Tum, ngày 5 tháng 4 năm 2022\n\
            KẾ HOẠCH\nCông tác đối ngoại năm 2022\n\nCăn cứ ý kiến của Thủ tướng Chính phủ về kết \
            quả công tác đối ngoại của các tỉnh, thành phố trực thuộc Trung ương năm 2021 tại Văn \
            bản số 225/VPCP-QHQT ngày 26 tháng 01 năm 2022 của Văn phòng Chính phủ;\n",
        );
        assert_eq!(rel_of(&x, "225"), Some(Relation::BasedOn));
    }

    /// `Thực hiện Bộ tiêu chí quốc gia về y tế xã ... theo Quyết định số 1300/QĐ-BYT`: what a
    /// plan carries out, named at length as set by a decision, makes the plan carry out the
    /// decision; not when `thực hiện` is an act within a sentence of other subjects.
    #[test]
    fn carrying_out_what_a_decision_sets_carries_out_the_decision() {
        let x = run(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 123/KH-UBND\nQuảng Nam, ngày 5 tháng 4 năm \
            2024\nThực hiện Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030 theo Quyết \
            định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế; UBND tỉnh xây dựng Kế hoạch triển \
            khai thực hiện như sau:\nCác sở thực hiện chế độ báo cáo định kỳ hằng quý về kết \
            quả triển khai theo Quyết định số 1301/QĐ-BYT.\n",
        );
        assert_eq!(rel_of(&x, "1300"), Some(Relation::Implements));
        assert_eq!(rel_of(&x, "1301"), Some(Relation::Cites));
    }

    /// `<body> (đã) ban hành A` in a news item: the body is A's issuer (when the symbol agrees),
    /// and the sentence's date, after a portal's name or without its comma, is A's date;
    /// `A nhằm thực hiện hiệu quả B` makes A carry out B.
    #[test]
    fn news_body_that_issued_a_document() {
        let x = run(
            "Tin tức\nPhuthoPortal - Ngày 30/11, Tỉnh ủy Phú Thọ đã ban hành Chương trình \
            hành động số 39-CTr/TU thực hiện Nghị quyết số 36-NQ/TW.\nNgày 22/3/2024 Ủy ban nhân \
            dân tỉnh Thanh Hóa ban hành Kế hoạch số 74/KH-UBND nhằm thực hiện hiệu quả Nghị quyết \
            số 43-NQ/TW của Ban Chấp hành Trung ương.\nUBND tỉnh ban hành Kế hoạch số 12-KH/TU.\n\
            Cập nhật: 24/12/2018\n",
        );
        let r = |n: &str| r_of(&x, n);
        assert_eq!(
            r("39"),
            (Some("Tỉnh ủy Phú Thọ".into()), Some("2018-11-30".into()))
        );
        assert_eq!(
            r("74"),
            (
                Some("UBND tỉnh Thanh Hóa".into()),
                Some("2024-03-22".into())
            )
        );
        // A Party symbol is not the People's Committee's.
        assert_eq!(r("12").0, None);
        assert!(links(&x).contains(&("74".to_string(), Relation::Implements, "43".to_string())));
        // `Chính phủ có Nghị quyết số ...` is issuing too, after a body only.
        let x = run(
            "Tin tức\nNgày 25/9/2020, Chính phủ có Nghị quyết số 134/NQ-CP ban hành \
            Chương trình hành động.\nNgày 5/3, đoàn có Kế hoạch số 12/KH-UBND.\n",
        );
        assert_eq!(
            r_of(&x, "134"),
            (Some("Chính phủ".into()), Some("2020-09-25".into()))
        );
        assert_eq!(r_of(&x, "12"), (None, None));
        // `đã xây dựng Kế hoạch số`: a body that drew up its plan; not `góp ý xây dựng`.
        let x = run(
            "Tin tức\nNgày 25/12/2019, Huyện ủy Cô Tô đã xây dựng Kế hoạch số 65-KH/HU tổ chức \
            Đại hội.\nSở Tư pháp góp ý xây dựng Kế hoạch số 66-KH/HU.\n",
        );
        assert_eq!(
            r_of(&x, "65"),
            (Some("Huyện ủy Cô Tô".into()), Some("2019-12-25".into()))
        );
        assert_eq!(r_of(&x, "66").0, None);
        // What a body issued `kèm theo` a document: that document is the act's; not a rule
        // `ban hành kèm theo` one.
        let x = run(
            "Tin tức\nNgày 09/05/2024, Chính phủ ban hành Chương trình hành động thực hiện \
            Nghị quyết 41-NQ/TW về xây dựng đội ngũ doanh nhân kèm theo Nghị quyết 66/NQ-CP.\n\
            Ngày 10/5/2024, Sở ban hành Quy chế ban hành kèm theo Quyết định số 12/QĐ-UBND.\n",
        );
        assert_eq!(
            r_of(&x, "66"),
            (Some("Chính phủ".into()), Some("2024-05-09".into()))
        );
        assert_eq!(r_of(&x, "12"), (None, None));
        // The Government Office conveys a Deputy Prime Minister's direction in its own letter.
        let x = run(
            "ỦY BAN DÂN TỘC\nSố: 12/BC-UBDT\nHà Nội, ngày 10 tháng 11 năm 2015\nBÁO CÁO\nVề \
            kiến nghị cử tri\nThực hiện ý kiến chỉ đạo của Phó Thủ tướng Chính phủ Vũ Văn Ninh tại \
            văn bản số 8070/VPCP-KGVX ngày 06/10/2015, Ủy ban Dân tộc báo cáo như sau.\n",
        );
        assert_eq!(r_of(&x, "8070").0, None);
        // `phê duyệt Quyết định số`: a body approving by a decision of its own letters; not
        // another body's plan it approves.
        let x = run(
            "Tin tức\nNgày 07/3/2018, Thủ tướng Chính phủ phê duyệt Quyết định số 275/QĐ-TTg về \
            việc phê duyệt danh sách các huyện nghèo.\nNgày 10/4/2019, UBND tỉnh Lạng Sơn phê \
            duyệt Kế hoạch số 61/KH-SGDĐT của Sở.\n",
        );
        assert_eq!(
            r_of(&x, "275"),
            (
                Some("Thủ tướng Chính phủ".into()),
                Some("2018-03-07".into())
            )
        );
        assert_eq!(r_of(&x, "61").1, None);
        // Newspapers write the date with dashes.
        let x = run(
            "Tin tức\nLTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh Ninh Thuận khóa XIII đã \
            ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực.\n",
        );
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2016-11-14"));
    }

    /// `Căn cứ A ...; B ...` broken over several lines by a PDF's copy: B is a basis too, unless
    /// a sentence ends between them.
    #[test]
    fn a_semicolon_list_keeps_its_cue_across_broken_lines() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 68/KH-UBND\nSơn La, ngày 11 tháng 3 năm 2020\nKẾ HOẠCH\nVỀ VIỆC ABC\n\n";
        let x = run(&format!("{own}Căn cứ Chỉ thị số 37-CT/TW ngày\n03/9/2019 của Ban Bí thư về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ\nlao động hài hòa; Kế hoạch số 185-KH/TU\nngày 03/01/2020 của Ban Thường vụ Tỉnh ủy.\n"));
        assert_eq!(rel_of(&x, "37"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "185"), Some(Relation::BasedOn));
        let x = run(&format!("{own}Căn cứ Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư.\nCác cơ quan báo cáo theo\nmẫu; Kế hoạch số 185-KH/TU ngày 03/01/2020 của Ban Thường vụ Tỉnh ủy.\n"));
        assert_eq!(rel_of(&x, "185"), Some(Relation::Cites));
        // An item two lines long, the next one opening its own line after the `;`.
        let x = run(&format!(
            "{own}Thực hiện Quyết định số 942/QĐ-TTg\nngày 15/6/2021 của Thủ \
            tướng Chính phủ về Chính phủ số; Nghị quyết số 08-NQ/TU ngày 06/10/2021 của Tỉnh ủy\n\
            về chuyển đổi số đến năm 2025 và định hướng đến năm 2030;\nChương trình hành động số \
            52-CTr/TU ngày 22/01/2020 của Tỉnh ủy Tiền Giang.\n"
        ));
        assert_eq!(rel_of(&x, "08"), Some(Relation::Implements));
        assert_eq!(rel_of(&x, "52"), Some(Relation::Implements));
        // A short form defined without `là` stands for the document before it, and the list
        // goes on past it.
        let x = run(&format!(
            "{own}Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban chỉ \
            đạo Trung ương về chuyển đổi số (viết tắt Kế hoạch số 02- KH/BCĐTW); Công văn số \
            3864-CV/TU ngày 22/6/2025 của Tỉnh ủy, UBND tỉnh xây dựng Kế hoạch như sau:\n"
        ));
        assert_eq!(x.references[2].defined_as, Some(1));
        assert_eq!(rel_of(&x, "3864"), Some(Relation::Implements));
        // Items under one type word, each opening with a capitalised `Số` (a Bắc Ninh
        // decision of 2012).
        let x = run(&format!(
            "{own}Căn cứ các Quyết định của UBND tỉnh: Số 64/2009/QĐ-UBND\nngày 05.5.2009 về \
            việc ban hành quy định chế độ trách nhiệm đối với người đứng\nđầu cơ quan trong việc\n\
            thi hành nhiệm vụ, công vụ được giao; Số 34/2012/QĐ-UBND ngày 08.6.2012 về việc\nban \
            hành quy định đánh giá mức độ hoàn thành nhiệm vụ;\n"
        ));
        assert_eq!(rel_of(&x, "64"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "34"), Some(Relation::BasedOn));
    }

    /// Issuers a line break cuts before a capitalised word of their name, a Party committee's
    /// number in the State's form, and a mass organisation that issued (real district portals'
    /// and Fatherland Front news shapes).
    #[test]
    fn issuers_broken_across_lines_and_party_numbers_in_state_form() {
        let x = run("Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ\nTỉnh ủy Bắc Kạn về việc tuyên truyền.\nThực hiện Công văn số 12/SGDĐT ngày 3/4/2012 của Sở Giáo dục và\nĐào tạo Bình Phước về việc nghỉ lễ.\nBan Thường vụ Huyện ủy Gia Lâm đã ban hành Chỉ thị số 08/CT-HU về tăng cường.\nBan Thường trực Uỷ ban MTTQVN tỉnh Quảng Bình vừa ban hành Kế hoạch số 267/KH-MTTQ-BTT ngày 14/9/2023 về tổ chức Ngày hội.\n");
        let got: Vec<_> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.symbol.clone().unwrap_or_default(),
                    r.desc.system,
                    r.desc.issuer.clone().unwrap_or_default(),
                )
            })
            .collect();
        let want = [
            ("KH/TU", System::Party, "Ban Thường vụ Tỉnh ủy Bắc Kạn"),
            (
                "SGDĐT",
                System::State,
                "Sở Giáo dục và Đào tạo tỉnh Bình Phước",
            ),
            ("CT/HU", System::Party, "Huyện ủy Gia Lâm"),
            ("KH-MTTQ-BTT", System::State, "Ủy ban MTTQ tỉnh Quảng Bình"),
        ]
        .map(|(s, y, i)| (s.to_string(), Some(y), i.to_string()));
        assert_eq!(got, want);
        // (`của Bộ` / `Chính trị`; and a subject that is not the body the symbol names.)
        let x = run("Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ\nChính trị về đột phá phát triển khoa học;\nNgày 5/1/2024, Chính phủ ban hành Quyết định số 19/QĐ-TTg về abc.\n");
        let issuers: Vec<_> = x
            .references
            .iter()
            .map(|r| r.desc.issuer.as_deref())
            .collect();
        assert_eq!(issuers, [Some("Bộ Chính trị"), None]);
    }

    /// Joint documents (real joint circulars' and resolutions' shapes): their symbol names all
    /// their bodies; `Nghị quyết liên tịch` is a type; the Front's `TƯ`, `TU`, `TW` are one;
    /// `bị bãi bỏ, thay thế bởi` is a passive; the articles a `Căn cứ` cites of a law named
    /// before its number do not hide the law.
    #[test]
    fn joint_documents() {
        let x = run("BỘ TÀI CHÍNH - BỘ NỘI VỤ\nSố: 71/2014/TTLT-BTC-BNV\nHà Nội, ngày 30 tháng 5 năm 2014\nTHÔNG TƯ LIÊN TỊCH\nQuy định chế độ tự chủ\n\nCăn cứ Điều 27 và Điều 34 của Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13;\nCăn cứ Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTƯMTTQVN ngày 22/8/2008 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.\nGhi chú: Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV bị bãi bỏ, thay thế bởi Thông tư liên tịch số 01/2015/TTLT-VPCP-BNV ngày 23/10/2015.\n");
        let own = x.own.as_ref().unwrap();
        assert_eq!(own.issuer.as_deref(), Some("Bộ Tài chính - Bộ Nội vụ"));
        let nqlt = x
            .references
            .iter()
            .find(|r| r.desc.number.as_deref() == Some("19"))
            .unwrap();
        assert_eq!(
            (
                nqlt.desc.doc_type.as_deref(),
                nqlt.desc.symbol.as_deref(),
                nqlt.desc.issuer.as_deref()
            ),
            (
                Some("Nghị quyết liên tịch"),
                Some("NQLT-CP-UBTWMTTQVN"),
                Some("Chính phủ - Ủy ban Trung ương MTTQ Việt Nam")
            )
        );
        assert_eq!(rel_of(&x, "75"), Some(Relation::BasedOn));
        let t = triples(&x);
        let ix = |n: &str| {
            x.references
                .iter()
                .position(|r| r.desc.number.as_deref() == Some(n))
                .unwrap() as u32
        };
        assert!(
            t.contains(&(Endpoint::Ref(ix("01")), ix("02"), Relation::Replaces)),
            "{t:?}"
        );
        // (A document after `theo` in the subject's description is not the subject.)
        let x = run("Kể từ ngày 08-07-2013, Quyết định số 59/1999/QĐ-UB ngày 05/04/1999 Quy định trách nhiệm quản lý rừng theo Quyết định số 245/1998/QĐ-TTg ngày 21/12/1998 của Thủ tướng Chính phủ trên địa bàn tỉnh bị bãi bỏ, thay thế bởi Quyết định số 1177/QĐ-UBND ngày 08/07/2013.\n");
        assert!(!triples(&x)
            .iter()
            .any(|(from, _, r)| *from != Endpoint::This && *r == Relation::Replaces));
    }

    /// The body that `ban hành` a document in a document's body issued it (a district Party
    /// committee's report's shapes); a body that advised or directed another to issue it did
    /// not.
    #[test]
    fn the_subject_that_issued_a_document_in_a_documents_body() {
        let own = "HUYỆN ỦY CAM LỘ\n*\nSố 215-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nCam Lộ, ngày 20 tháng 3 năm 2024\n\nBÁO CÁO\ntổng kết công tác giáo dục\n\n";
        let x = run(&format!("{own}Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU, ngày 10/3/2014; UBND huyện ban hành Kế hoạch số 60/KH-UBND ngày 25/4/2014 để triển khai thực hiện.\nBộ Y tế đã tham mưu Chính phủ ban hành Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 về an toàn thực phẩm.\n"));
        let issuer = |n: &str| {
            let r = x
                .references
                .iter()
                .find(|r| r.desc.number.as_deref() == Some(n))
                .unwrap();
            (r.desc.issuer.clone(), r.desc.scope.clone())
        };
        let cam_lo = Some(Scope::District {
            province: Some("Quảng Trị".into()),
            district: "Cam Lộ".into(),
        });
        assert_eq!(
            issuer("45"),
            (Some("Huyện ủy Cam Lộ".into()), cam_lo.clone())
        );
        assert_eq!(issuer("60"), (Some("UBND huyện Cam Lộ".into()), cam_lo));
        assert_eq!(issuer("15").0.as_deref(), Some("Chính phủ"));
    }

    /// Old and slashed State symbols (real decisions' bases): a decree of 1995 with the
    /// Government's letters alone, a Government resolution and a decree written with slashes.
    #[test]
    fn old_and_slashed_state_symbols() {
        let x = run("Căn cứ Nghị định số 28/CP ngày 29/4/1995 của Chính phủ;\nThực hiện Nghị quyết số 08/NQ/CP ngày 24/01/2018 của Chính phủ;\nCăn cứ Nghị định số 49/ND/CP ngày 15/5/2003;\nVăn bản số 45/QĐ/UB; lần 2 QĐ/UBND.\n");
        let got: Vec<_> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.doc_type.clone().unwrap_or_default(),
                    r.desc.number.clone().unwrap_or_default(),
                    r.desc.symbol.clone().unwrap_or_default(),
                )
            })
            .collect();
        let want = [
            ("Nghị định", "28", "CP"),
            ("Nghị quyết", "08", "NQ-CP"),
            ("Nghị định", "49", "NĐ-CP"),
        ]
        .map(|(t, n, s)| (t.to_string(), n.to_string(), s.to_string()));
        assert_eq!(got, want);
        // (Documents named in the plural before a cue do its act: the joint circular does not
        // amend the decree.)
        let own = "BỘ TÀI CHÍNH - BỘ LAO ĐỘNG\nSố: 84/2005/TTLT-BTC-BLĐTBXH\nHà Nội, ngày 23 tháng 9 năm 2005\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn quản lý kinh phí\n\n";
        let x = run(&format!("{own}Căn cứ Nghị định số 28/CP ngày 29/4/1995 của Chính phủ quy định chi tiết, các Nghị định sửa đổi, bổ sung Nghị định số 28/CP ngày 29/4/1995 và các văn bản hiện hành;\n"));
        assert!(!triples(&x).iter().any(|(_, _, r)| *r == Relation::Amends));
    }

    /// A ministry's plan that carries out the Government's programme for a Party resolution
    /// (a real Ministry of Education decision's shape): it implements the Government's
    /// resolution that issued the programme, which implements the Party's.
    #[test]
    fn a_plan_carries_out_the_governments_programme() {
        let own = "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2653/QĐ-BGDĐT\nHà Nội, ngày 25 tháng 7 năm 2014\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH HÀNH ĐỘNG CỦA NGÀNH GIÁO DỤC TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 29-NQ/TW VỀ ĐỔI MỚI CĂN BẢN, TOÀN DIỆN GIÁO DỤC VÀ ĐÀO TẠO\n\nBỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\n";
        let x = run(&format!("{own}Căn cứ Nghị quyết số 44/NQ-CP ngày 09/6/2014 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng;\n"));
        let ix = |n: &str| {
            x.references
                .iter()
                .position(|r| r.desc.number.as_deref() == Some(n) && !r.is_self)
                .unwrap() as u32
        };
        let t = triples(&x);
        assert!(
            t.contains(&(Endpoint::This, ix("44"), Relation::Implements)),
            "{t:?}"
        );
        assert!(
            !t.contains(&(Endpoint::This, ix("29"), Relation::Implements)),
            "{t:?}"
        );
        assert!(
            t.iter()
                .any(|(from, to, r)| *from == Endpoint::Ref(ix("44"))
                    && x.references[*to as usize].desc.number.as_deref() == Some("29")
                    && *r == Relation::Implements),
            "{t:?}"
        );
        // (A resolution that amends the programme amends the Government's resolution.)
        let own = "CHÍNH PHỦ\nSố: 71/NQ-CP\nHà Nội, ngày 01 tháng 4 năm 2025\n\nNGHỊ QUYẾT\n\nSỬA ĐỔI, BỔ SUNG CẬP NHẬT CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW\n\nCHÍNH PHỦ\n\n";
        let x = run(&format!("{own}Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"));
        let three = x
            .references
            .iter()
            .position(|r| r.desc.number.as_deref() == Some("03"))
            .unwrap() as u32;
        assert!(triples(&x).contains(&(Endpoint::This, three, Relation::Amends)));
    }

    /// `Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW ...
    /// (ban hành kèm theo Nghị quyết số 44/NQ-CP ...)`: the parenthesis names the programme the
    /// first cue governs, and the second cue is that programme's act.
    #[test]
    fn a_description_named_in_a_parenthesis_carries_out_what_it_describes() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 45/KH-UBND\nThái Bình, ngày 12 tháng 5 năm 2015\n\nKẾ HOẠCH\nTriển khai thực hiện Chương trình hành động của Chính phủ\n\n";
        for named in [
            "(ban hành kèm theo Nghị quyết số 44/NQ-CP ngày 09/6/2014 của Chính phủ)",
            "(Nghị quyết số 44/NQ-CP ngày 09/6/2014)",
        ] {
            let x = run(&format!("{own}Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo {named}, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"));
            let ix = |n: &str| {
                x.references
                    .iter()
                    .position(|r| r.desc.number.as_deref() == Some(n))
                    .unwrap() as u32
            };
            let t = triples(&x);
            assert!(
                t.contains(&(Endpoint::This, ix("44"), Relation::Implements)),
                "{t:?}"
            );
            assert!(
                t.contains(&(Endpoint::Ref(ix("44")), ix("29"), Relation::Implements)),
                "{t:?}"
            );
            assert!(
                !t.iter().any(|r| r.0 == Endpoint::This && r.1 == ix("29")),
                "{t:?}"
            );
        }
        // (A plain parenthesis, or a cue that governs the reference itself, changes nothing.)
        for text in [
            "Thực hiện Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 (khóa XI), UBND tỉnh ban hành Kế hoạch. Căn cứ Nghị quyết số 44/NQ-CP ngày 09/6/2014.\n",
            "Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 (Nghị quyết số 44/NQ-CP ngày 09/6/2014), UBND tỉnh ban hành Kế hoạch.\n",
        ] {
            let x = run(&format!("{own}{text}"));
            let t = triples(&x);
            assert!(t.contains(&(Endpoint::This, 1, Relation::Implements)), "{t:?}");
            assert!(!t.iter().any(|r| r.0 == Endpoint::Ref(2)), "{t:?}");
        }
    }

    /// `Nghị quyết số 202/2025 của Quốc hội`, `Nghị định 100/2019`: a legal document's number
    /// and year without its letters; not a plan's, and not a number that goes on to its code.
    #[test]
    fn a_number_and_its_year_name_a_legal_document() {
        let x = run("Công bố Nghị quyết số 202/2025 của Quốc hội; thực hiện Nghị định 100/2019, Kế hoạch 45/2020 và Thông tư số 12/2021/TT-BGDĐT, Quyết định 15/20255.\n");
        let read: Vec<_> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.surface.to_string(),
                    r.desc.year,
                    r.desc.issuer.clone(),
                    r.desc.symbol.clone(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (
                    "Nghị quyết số 202/2025".to_string(),
                    Some(2025),
                    Some("Quốc hội".to_string()),
                    None
                ),
                // (A decree's: the Government's, `N/YYYY/NĐ-CP`.)
                (
                    "Nghị định 100/2019".to_string(),
                    Some(2019),
                    None,
                    Some("NĐ-CP".to_string())
                ),
                (
                    "Thông tư số 12/2021/TT-BGDĐT".to_string(),
                    Some(2021),
                    None,
                    Some("TT-BGDĐT".to_string())
                ),
            ],
            "{read:?}"
        );
    }

    /// `Nghị quyết số 20-NQ/TW, Nghị quyết số 72-NQ/TW về y tế ...` and, further on, `Nghị
    /// quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị`: the later mention dates 72 only; the
    /// list shares what is written after its last item, not what another mention says of it.
    #[test]
    fn a_list_shares_only_what_is_written_after_it() {
        let x = run("Tin tức 16/09/2025\nHội nghị sơ kết Nghị quyết số 20-NQ/TW, Nghị quyết số 72-NQ/TW về y tế diễn ra sáng nay.\nChuyên đề Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị được trình bày.\n");
        let dates: Vec<_> = x
            .references
            .iter()
            .map(|r| (r.desc.number.clone().unwrap(), r.desc.date.clone()))
            .collect();
        assert_eq!(
            dates,
            [
                ("20".to_string(), None),
                ("72".to_string(), Some("2025-09-09".to_string())),
                ("72".to_string(), Some("2025-09-09".to_string())),
            ]
        );
        // (What is written after the list is still every item's.)
        let x = run("Thực hiện Nghị quyết số 20-NQ/TW, Nghị quyết số 72-NQ/TW ngày 9/9/2025 của Bộ Chính trị.\n");
        assert!(x
            .references
            .iter()
            .all(|r| r.desc.date.as_deref() == Some("2025-09-09")));
    }

    /// Copies from PDFs break lines inside an issuer's name: after the level (`tỉnh` / `Đắk
    /// Nông`), inside the place (`tỉnh Đắk` / `Nông`), inside a central body's (`của Chính` /
    /// `phủ`, `của Văn` / `phòng Chính phủ`, `của Bộ` / `Thông tin và Truyền thông`). The name
    /// is read whole: `tỉnh` alone would be the citing text's own province.
    #[test]
    fn an_issuer_broken_across_lines_is_read_whole() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 100/KH-UBND\nLâm Đồng, ngày 05 tháng 6 năm 2023\nKẾ HOẠCH\nHỢP TÁC CHUYỂN ĐỔI SỐ\n";
        let x = run(&format!("{own}Căn cứ Kế hoạch số 55/KH-UBND ngày 03/8/2022 của Ủy ban nhân dân tỉnh\nĐắk Nông về hợp tác chuyển đổi số;\nCăn cứ Kế hoạch số 56/KH-UBND ngày 03/8/2022 của Ủy ban nhân dân tỉnh Đắk\nNông về hợp tác;\nCăn cứ Kế hoạch số 58/KH-UBND ngày 03/8/2022 của Ủy ban nhân dân tỉnh\nvề hợp tác;\nCăn cứ Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính\nphủ quy định;\nCăn cứ Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn\nphòng Chính phủ quy định;\nCăn cứ Thông tư số 21/2023/TT-BTTTT ngày 31/12/2023 của Bộ\nThông tin và Truyền thông quy định;\n"));
        let issuers: Vec<_> = x
            .references
            .iter()
            .skip(1)
            .map(|r| r.desc.issuer.clone().unwrap_or_default())
            .collect();
        assert_eq!(
            issuers,
            [
                "UBND tỉnh Đắk Nông",
                "UBND tỉnh Đắk Nông",
                "UBND tỉnh Lâm Đồng",
                "Chính phủ",
                "Văn phòng Chính phủ",
                "Bộ Thông tin và Truyền thông"
            ]
        );
    }

    /// A symbol's letters are capitals but for one small letter (`TTg`, `TTr`): a capitalised
    /// word after a dash (a list's subject) or glued on (a database's next label) is not part
    /// of it.
    #[test]
    fn a_capitalised_word_after_a_symbol_is_not_its_part() {
        let x = run("Các văn bản liên quan:\nNghị định số 40/2020/NĐ-CP – Hướng dẫn chi tiết Luật Đầu tư công\nThông tư 03/2021/TT-BKHĐT - Mẫu văn bản\nVăn bản 30/2014/TT-BTNMTNgày đăng công báo: 01/01/2014\nKế hoạch 7/KH-UBND-Huyện\nQuyết định số 15/2020/QĐ-TTg, Tờ trình số 4/TTr-CTr và Quyết định 12/QĐ-UBND-VX.\n");
        let symbols = symbols_of(&x);
        assert_eq!(
            symbols,
            [
                "NĐ-CP",
                "TT-BKHĐT",
                "TT-BTNMT",
                "KH-UBND",
                "QĐ-TTg",
                "TTr-CTR",
                "QĐ-UBND-VX"
            ]
        );
    }

    /// `Căn cứ ... Luật Sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở
    /// số 27/2023/QH15 ... ngày 29 tháng 6 năm 2024; Luật Đầu tư số 61/2020/QH14;`: the laws the
    /// amending law's name lists are named, not the basis; the next item is.
    #[test]
    fn the_laws_an_amending_laws_name_lists_are_no_basis() {
        // (Also as a copy from a PDF breaks it across lines.)
        for text in ["ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 24/2024/QĐ-UBND\nBắc Giang, ngày 10 tháng 9 năm 2024\nQUYẾT ĐỊNH\nQuy định hạn mức giao đất\n\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật Sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024; Luật Đầu tư số 61/2020/QH14;\n", "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 24/2024/QĐ-UBND\nBắc Giang, ngày 10 tháng 9 năm 2024\nQUYẾT ĐỊNH\nQuy định hạn mức giao đất\n\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật Sửa đổi, bổ sung một số điều của Luật Đất đai số\n31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức\ntín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024; Luật Đầu tư số 61/2020/QH14;\n"] {
            let x = run(text);        let rel = |n: &str| {
                let i = x
                    .references
                    .iter()
                    .position(|r| r.surface.starts_with(n))
                    .unwrap() as u32;
                triples(&x)
                    .iter()
                    .find(|t| t.0 == Endpoint::This && t.1 == i)
                    .map(|t| t.2)
            };
            assert_eq!(rel("31/"), Some(Relation::Cites));
            assert_eq!(rel("27/"), Some(Relation::Cites));
            assert_eq!(rel("32/"), Some(Relation::Cites));
            assert_eq!(rel("61/"), Some(Relation::BasedOn));
        }
    }

    /// A council's term in its letters (`NQ-HĐND-K6`, `NQ/HĐND4`, `NQ-HĐNDK7`, before the law
    /// of 2004) marks no other document: `NQ-HĐND`, as later texts cite it.
    #[test]
    fn a_councils_term_in_its_letters_is_dropped() {
        let x = run("Căn cứ Nghị quyết số 39/2003/NQ-HĐND-K6, Nghị quyết số 4a/ 2001/NQ /HĐND4 và Nghị quyết 12/2004/NQ-HĐNDK7; Nghị quyết số 5/NQ-HĐND-K6 và Quyết định số 7/QĐ-UBND-K3.\n");
        let symbols = symbols_of(&x);
        assert_eq!(
            symbols,
            ["NQ-HĐND", "NQ-HĐND", "NQ-HĐND", "NQ-HĐND", "QĐ-UBND-K3"]
        );
    }

    /// `Thực hiện A ...; các Nghị quyết của Hội đồng nhân dân tỉnh: số B ...; số C ... và Công
    /// văn số D ..., Ủy ban nhân dân tỉnh ban hành`: a province's programme names what it carries
    /// out grouped by issuer, every group under the sentence's one cue.
    #[test]
    fn the_groups_of_a_list_under_their_headings_share_its_cue() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 28/CTr-UBND\nHưng Yên, ngày 18 tháng 02 năm 2022\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nPhục hồi kinh tế\n\n";
        for first in [
            "Thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi",
            "Thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và triển khai Nghị quyết số 43/2022/QH15 của Quốc hội về chính sách tài khóa",
        ] {
            let x = run(&format!("{own}{first}; các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND ngày 22/12/2020 về nhiệm vụ phát triển kinh tế - xã hội; số 160/NQ-HĐND ngày 08/12/2021 về kế hoạch đầu tư công và Công văn số 892/BKHĐT-TH ngày 14/02/2022 của Bộ Kế hoạch và Đầu tư, Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:\n"));
            for n in ["340", "160", "892"] {
                assert_eq!(rel_of(&x, n), Some(Relation::Implements), "{n}: {first}");
            }
        }
    }

    /// `Nghị định 49/2026/NĐ-CP quy định chi tiết và hướng dẫn một số điều của Nghị quyết số
    /// 254/2025/QH15`: the decree's two verbs, one guidance.
    #[test]
    fn detailed_and_guided_is_guidance() {
        for verbs in [
            "quy định chi tiết và hướng dẫn một số điều của",
            "quy định chi tiết và hướng dẫn thi hành",
            "quy định chi tiết và hướng dẫn",
        ] {
            let x = run(&format!("Tin tức\nNghị định 49/2026/NĐ-CP {verbs} Nghị quyết số 254/2025/QH15 của Quốc hội.\n"));
            assert!(
                triples(&x).contains(&(Endpoint::Ref(0), 1, Relation::Guides)),
                "{verbs}: {:?}",
                triples(&x)
            );
        }
    }

    /// `Căn cứ Luật Ban hành văn bản quy phạm pháp luật` / `của UBND, HĐND ngày 03 tháng 12 năm
    /// 2004;`: the name goes on past the line break, so it is not the shorter name's law in
    /// force in 2010 (17/2008/QH12); read as one line, no law the table knows.
    #[test]
    fn a_law_name_going_on_past_a_line_break_is_not_the_shorter_name() {
        let head = "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/2010/NQ-HĐND\nQuảng Trị, ngày 20 tháng 4 năm 2010\nNGHỊ QUYẾT\nVỀ VIỆC THỬ\n\n";
        let x = run(&format!("{head}Căn cứ Luật Ban hành văn bản quy phạm pháp luật\ncủa UBND, HĐND ngày 03 tháng 12 năm 2004;\n"));
        assert!(
            !x.references
                .iter()
                .any(|r| r.desc.number.as_deref() == Some("17")),
            "{:?}",
            x.references
        );
        // (A name that ends its line is still read.)
        let x = run(&format!(
            "{head}Căn cứ Luật Ban hành văn bản quy phạm pháp luật\nCăn cứ Luật Đất đai;\n"
        ));
        assert!(x
            .references
            .iter()
            .any(|r| r.desc.number.as_deref() == Some("17")));
    }

    /// A ministry's or department's letters with `&` are its code: one circular, one symbol.
    #[test]
    fn codes_written_with_ampersands_are_the_bodies_codes() {
        let x = run("Căn cứ Thông tư số 36/2009/TT-BGD&ĐT ngày 04 tháng 12 năm 2009 của Bộ Giáo dục và Đào tạo;\nĐối chiếu với Thông tư số 36/2009/TT-BGDĐT ngày 04 tháng 12 năm 2009;\nThực hiện Kế hoạch số 15/KH-SNN&PTNT ngày 02/3/2021 của Sở Nông nghiệp và PTNT; Công văn số 9/CV-A&B.\n");
        let symbols = symbols_of(&x);
        assert_eq!(symbols, ["TT-BGDĐT", "TT-BGDĐT", "KH-SNNPTNT", "CV-A&B"]);
    }

    /// `Căn cứ` lines of a provincial decision (a real Hải Dương one's shapes).
    #[test]
    fn laws_named_before_their_number_and_list_items_written_as_so() {
        let x = run("Căn cứ Luật Đầu tư công số 49/2014/QH13 ngày 18 tháng 6 năm 2014;\nCăn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; số 83/2015/QH13 ngày 25 tháng 6 năm 2015;\nCăn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ Nông nghiệp;\n");
        let got: Vec<_> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.doc_type.clone().unwrap_or_default(),
                    r.desc.symbol.clone().unwrap_or_default(),
                )
            })
            .collect();
        let want = [
            ("Luật", "QH13"),
            ("Luật", "QH11"),
            ("Luật", "QH13"),
            // (The official form, with `-`.)
            ("Thông tư liên tịch", "TTLT-BTC-BNN"),
        ]
        .map(|(t, s)| (t.to_string(), s.to_string()));
        assert_eq!(got, want);
        // A resolution's preamble (a real Đắk Lắk one's shapes): a law's long name between the
        // cue and the number; a `Xét ...` clause that no cue governs ends the `Căn cứ` list.
        let own_nq = "HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 05/2025/NQ-HĐND\nĐắk Lắk, ngày 15 tháng 9 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC ABC\n\n";
        let x = run(&format!("{own_nq}Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13;\nXét Tờ trình số 279/TTr-HĐND ngày 11 tháng 9 năm 2025 của Ban Pháp chế; Báo cáo 85/BC-HĐND ngày 14 tháng 9 năm 2025 của Ban Pháp chế.\n"));
        assert_eq!(rel_of(&x, "87"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "279"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "85"), Some(Relation::Cites));
        // With a header: `; số 83/2015/QH13` is an item of the `Căn cứ` line.
        let own = "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 30/2016/QĐ-UBND\nHải Dương, ngày 01 tháng 11 năm 2016\nQUYẾT ĐỊNH\nVỀ VIỆC ABC\n\n";
        let x = run(&format!("{own}Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; số 83/2015/QH13 ngày 25 tháng 6 năm 2015;\n"));
        assert_eq!(rel_of(&x, "83"), Some(Relation::BasedOn));
        // A name with a figure, or in lower case, is no law's name.
        for text in [
            "theo Luật năm 2019 số 49/2014/QH13",
            "Kế hoạch của tỉnh số 49/2014/QH13",
        ] {
            assert_eq!(run(text).references[0].desc.doc_type, None, "{text}");
        }
    }

    /// A PDF's text that lost its hyphens (a real Kiên Giang decision): `Số: 1961/QĐUBND`,
    /// `61/2018/NĐCP`, `01/2018/TTVPCP`.
    #[test]
    fn symbols_whose_hyphen_was_lost_are_split_again() {
        let x = run("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 1961/QĐUBND\nKiên Giang, ngày 28 tháng 8 năm 2019\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nCăn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ;\nCăn cứ Thông tư số 01/2018/TTVPCP ngày 23/11/2018 của Văn phòng Chính phủ;\n");
        let own = x.own.as_ref().expect("the decision is itself");
        assert_eq!(own.symbol.as_deref(), Some("QĐ-UBND"));
        assert_eq!(own.title.as_deref(), Some("Ban hành quy chế"));
        let syms: Vec<_> = x
            .references
            .iter()
            .filter(|r| !r.is_self)
            .map(|r| r.desc.symbol.clone().unwrap_or_default())
            .collect();
        assert_eq!(syms, ["NĐ-CP", "TT-VPCP"]);
        // A part that is a type or a body by itself stays whole; a blank for the hyphen
        // before the Government's, the Prime Minister's or a committee's letters is a hyphen.
        for (text, sym) in [
            ("Thông tư số 12/2019/TTLT ngày 1/2/2019", "TTLT"),
            ("Nghị quyết số 12/2019/UBTVQH14 ngày 1/2/2019", "UBTVQH14"),
            ("Nghị định số 146/2018/NĐ CP ngày 17-10-2018", "NĐ-CP"),
            ("Quyết định số 12/2019/QĐ UBND ngày 2/3/2019", "QĐ-UBND"),
            ("Nghị định số 15/2018/NĐ CPA ngày 1/1/2018", "NĐ"),
        ] {
            let x = run(text);
            assert_eq!(x.references[0].desc.symbol.as_deref(), Some(sym), "{text}");
        }
    }

    /// The plenum after a resolution's number names its issuer and term.
    #[test]
    fn a_plenum_after_the_number_gives_issuer_and_term() {
        for text in [
            "thực hiện Nghị quyết số 19-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về tổ chức",
            "thực hiện Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 6 (khóa XII) về tổ chức",
            "thực hiện Nghị quyết số 19-NQ/TW, Hội nghị lần thứ 6 BCH TW khóa XII",
            // (The committee's letters run together, the plenum's number after it, and a
            // short name in brackets between the reference and its plenum.)
            "thực hiện Nghị quyết 19-NQ/TW Hội nghị BCHTƯ Đảng lần 6 (khóa XII) về tổ chức",
            "thực hiện Nghị quyết số 19-NQ/TW (NQ19) Hội nghị BCH Trung ương Đảng lần thứ sáu \
             khóa XII về tổ chức",
            // (The committee right after the number, as database titles write it.)
            "thực hiện Nghị quyết số 19-NQ/TW Ban Chấp hành Trung ương Đảng khoá XII Hội nghị \
             lần thứ sáu về tổ chức",
        ] {
            let x = run(text);
            let d = &x.references[0].desc;
            assert_eq!(d.term.as_deref(), Some("XII"), "{text}");
            assert_eq!(
                d.issuer.as_deref(),
                Some("Ban Chấp hành Trung ương Đảng"),
                "{text}"
            );
            // Number, symbol and term name one resolution of the alias table: its date.
            assert_eq!(d.date.as_deref(), Some("2017-10-25"), "{text}");
        }
        let x = run("thực hiện Nghị quyết số 19-NQ/TW Hội nghị lần thứ năm BCH TW khóa XIII");
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2022-06-16"));
        // A plenum without its term says neither.
        let x = run("thực hiện Nghị quyết số 19-NQ/TW Hội nghị lần thứ sáu về tổ chức");
        assert_eq!(x.references[0].desc.term, None);
    }

    /// A provincial newspaper's item: the masthead names the province, and a day and month
    /// without a year are of the dateline's year (or the year before).
    #[test]
    fn a_newspaper_item_with_dates_without_years() {
        let x = run("BÁO LẠNG SƠN\nThứ Tư, 18/03/2020 - 10:12\nUBND tỉnh vừa ban hành Kế hoạch số 54/KH-UBND ngày 17/3 về dinh dưỡng.\nSở Y tế có Công văn số 412/SYT-NVY, ngày 28-12 về việc rà soát.\nTheo Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ.\n");
        assert_eq!(x.province.as_deref(), Some("Lạng Sơn"));
        let d = |n: &str| date_of(&x, n);
        assert_eq!(d("54").as_deref(), Some("2020-03-17"));
        // 28 December is still to come on 18 March 2020: the year before.
        assert_eq!(d("412").as_deref(), Some("2019-12-28"));
        assert_eq!(d("1896").as_deref(), Some("2019-12-25"));
        // What the document then does, after its day and month and a comma, is its own.
        let x = run("BÁO LẠNG SƠN\nThứ Tư, 18/03/2020 - 10:12\nUBND tỉnh vừa ban hành Kế hoạch số 60/KH-UBND ngày 16/3, triển khai thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ.\n");
        assert_eq!(date_of(&x, "60").as_deref(), Some("2020-03-16"));
        assert_eq!(links(&x), [link("60", Relation::Implements, "1896")],);
    }

    /// `Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII` (a real
    /// news item's words): dated, so not the period `18 ngày`, and the central body it names
    /// gives the symbol.
    #[test]
    fn a_dated_short_form_of_a_central_party_body() {
        let x = run("tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp bộ máy");
        let d = &x.references[0].desc;
        assert_eq!(d.symbol.as_deref(), Some("NQ/TW"));
        assert_eq!(d.date.as_deref(), Some("2017-10-25"));
        assert_eq!(d.term.as_deref(), Some("XII"));
        // A count of days is no reference; a body that is not central gives no symbol.
        assert!(run("trong Kế hoạch 30 ngày tới").references.is_empty());
        let x = run("thực hiện Nghị quyết số 18 ngày 25-10-2017 của Tỉnh ủy về sắp xếp bộ máy");
        assert_eq!(x.references[0].desc.symbol, None);
        // So does the body that the sentence says issued it; the Prime Minister's dated one.
        let x = run("Tin tức\nTrước đó, Bộ Chính trị ban hành Kết luận số 156 về tiếp tục thực hiện Nghị quyết số 33.\n");
        assert_eq!(x.references[0].desc.symbol.as_deref(), Some("KL/TW"));
        let x = run("Tin tức\nTrước đó, ngày 11-8-2021, Thủ tướng Chính phủ đã ban hành Chỉ thị số 22, yêu cầu các tỉnh lập quy hoạch.\n");
        assert_eq!(x.references[0].desc.symbol.as_deref(), Some("CT-TTg"));
    }

    /// `... được Thủ tướng Chính phủ phê duyệt ngày 01/9/2021 tại Quyết định số 1454/QĐ-TTg`:
    /// the day of the act is the decision's; a date further back in the sentence is not.
    #[test]
    fn an_act_on_a_day_at_a_reference_dates_it() {
        let date = |t: &str| run(t).references[0].desc.date.clone();
        assert_eq!(
            date(
                "Tin tức\nTheo quy hoạch được Thủ tướng Chính phủ phê duyệt ngày 01/9/2021 tại \
                  Quyết định số 1454/QĐ-TTg, tuyến đường dài 50 km.\n"
            ),
            Some("2021-09-01".into())
        );
        assert_eq!(
            date(
                "Tin tức\nTheo quy hoạch được phê duyệt từ năm 2021, ngày 01/9/2023 khởi công \
                  tại Quyết định số 1454/QĐ-TTg.\n"
            ),
            None
        );
    }

    /// `Chỉ thị 42 (ngày 24-3-2020) của Ban Bí thư`: a date in brackets with its word is the
    /// reference's, and the issuer after the bracket too; a bare date in brackets after it is a
    /// related-news list's (`Chỉ thị 05 của Bộ Chính trị (20/6/2018)`).
    #[test]
    fn a_date_in_brackets_after_a_short_form() {
        let x = run(
            "Tin tức\nThủ tướng Chính phủ vừa ban hành Kế hoạch thực hiện Chỉ thị 42 \
             (ngày 24-3-2020) của Ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo.\n\
             - Nghệ An: Sơ kết 2 năm thực hiện Chỉ thị 05 của Bộ Chính trị (20/6/2018)\n",
        );
        let got: Vec<(Option<&str>, Option<&str>, Option<&str>)> = x
            .references
            .iter()
            .map(|r| {
                let d = &r.desc;
                (d.number.as_deref(), d.date.as_deref(), d.symbol.as_deref())
            })
            .collect();
        assert_eq!(
            got,
            [
                (Some("42"), Some("2020-03-24"), Some("CT/TW")),
                (Some("05"), None, Some("CT/TW"))
            ]
        );
    }

    /// `Chỉ thị số 31 ngày 21 tháng 12 năm 2023 của Thủ tướng Chính phủ`: dated, of the Prime
    /// Minister or the Government, a short form has its fixed letters; undated, or a decision
    /// (two numberings), it has none.
    #[test]
    fn a_dated_short_form_of_the_prime_minister_or_the_government() {
        let symbol = |t: &str| run(t).references[0].desc.symbol.clone();
        assert_eq!(
            symbol("thực hiện Chỉ thị số 31 ngày 21 tháng 12 năm 2023 của Thủ tướng Chính phủ về"),
            Some("CT-TTg".into())
        );
        assert_eq!(
            symbol("theo Nghị quyết số 12 ngày 3/2/2022 của Chính phủ về phục hồi"),
            Some("NQ-CP".into())
        );
        assert_eq!(symbol("theo Chỉ thị số 8 của Thủ tướng Chính phủ về"), None);
        assert_eq!(
            symbol("theo Quyết định 2468 ngày 29/12/2015 của Thủ tướng Chính phủ về"),
            None
        );
    }

    /// `cụ thể hóa A bằng Kế hoạch C` gives C the relations stated in its own sentence only: a
    /// sentence that ends at a line's end is another (a real Thừa Thiên Huế item's shape).
    #[test]
    fn by_means_of_links_only_its_own_sentence() {
        let x = run("Tin tức\n01/01/2022\nChương trình được xây dựng trên cơ sở Chương trình hành động số 69-CTr/TU ngày 03/02/2020 của Tỉnh ủy.\n\nGiai đoạn trước, UBND tỉnh đã cụ thể hóa Kết luận số 48-KL/TW ngày 25/5/2009 của Bộ Chính trị bằng Kế hoạch số 19/KH-UBND ngày 08/02/2013.\n");
        let rels: Vec<_> = links(&x).into_iter().filter(|l| l.0 != "this").collect();
        assert_eq!(
            rels,
            [("19".to_string(), Relation::Implements, "48".to_string())]
        );
    }

    #[test]
    fn a_compound_type_name_takes_the_type_its_symbol_names() {
        let x = run("Căn cứ Hướng dẫn số 36-HD/BTGTW ngày 15/6/2021; Thông báo kết luận số 123-TB/TU ngày 10/4/2023 của Ban Thường vụ Tỉnh ủy.");
        let r = &x.references[1];
        assert_eq!(r.desc.doc_type.as_deref(), Some("Thông báo"));
        assert_eq!(&*r.surface, "Thông báo kết luận số 123-TB/TU");
        // A Party Quy định of before 2017 kept the `QĐ` symbol: the type word decides.
        let x = run("Quy định số 101-QĐ/TW ngày 07/6/2012 của Ban Bí thư");
        assert_eq!(x.references[0].desc.doc_type.as_deref(), Some("Quy định"));
    }

    #[test]
    fn item_numbers_are_no_short_forms() {
        for (text, n) in [
            ("KẾ HOẠCH\n1. Mục đích", 0),
            ("Chương trình\n2) Nhiệm vụ", 0),
            // With `số`, a number is a document's even on its own line.
            ("theo Kế hoạch số\n45. Các sở", 1),
            ("theo Chương trình 100. Các sở", 1),
        ] {
            assert_eq!(run(text).references.len(), n, "{text}");
        }
    }

    /// `Nghị quyết số 15-NQ/TW của Bộ Chính trị` undated and of no subject: of the table's three
    /// 15-NQ/TW, the one the Politburo issued (2022); without the board, or naming the Central
    /// Committee that issued two of them, the text does not say which.
    #[test]
    fn the_board_a_text_names_picks_a_party_number_of_the_table() {
        let date = |t: &str| {
            let x = run(t);
            (
                x.references[0].desc.date.clone(),
                x.references[0].alias_candidates.len(),
            )
        };
        assert_eq!(
            date("Tin tức\nHội nghị quán triệt Nghị quyết số 15-NQ/TW của Bộ Chính trị. Bộ sẽ hỗ trợ.\n"),
            (Some("2022-05-05".into()), 0)
        );
        let (none, either) =
            date("Tin tức\nHội nghị quán triệt Nghị quyết số 15-NQ/TW. Bộ sẽ hỗ trợ.\n");
        assert!(none.is_none() && either >= 2);
        let (none, either) = date(
            "Tin tức\nHội nghị quán triệt Nghị quyết số 15-NQ/TW của Ban Chấp hành Trung ương. Bộ sẽ hỗ trợ.\n",
        );
        assert!(none.is_none() && either == 2);
    }

    #[test]
    fn plenum_title_resolves_by_topic() {
        let x = run("tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo");
        let r = &x.references[0];
        assert_eq!(r.form, RefForm::Title);
        assert_eq!(r.desc.number.as_deref(), Some("29"));
        let x = run("quán triệt Nghị quyết Trung ương 6 khóa XII trong toàn Đảng bộ");
        assert!(x.references[0].desc.number.is_none());
        assert!(x.references[0].alias_candidates.len() >= 2);
        // `T.Ư` and `TƯ` abbreviate `Trung ương`.
        let x = run(
            "Nghị quyết T.Ư 7 (khóa XII) về tập trung xây dựng đội ngũ cán bộ các cấp; \
            Nghị quyết TƯ 6 (khóa XII) về sắp xếp tổ chức bộ máy của hệ thống chính trị.",
        );
        let numbers: Vec<_> = x
            .references
            .iter()
            .map(|r| r.desc.number.as_deref())
            .collect();
        assert_eq!(numbers, [Some("26"), Some("18")]);
        // (A comma after the plenum's number, a district's portal's: `lần thứ tư, Ban Chấp
        // hành Trung ương Đảng khóa XI`.)
        let x = run("Học tập Nghị quyết Hội nghị lần thứ tư, Ban Chấp hành Trung ương Đảng khóa XI về “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”.");
        assert_eq!(x.references[0].desc.number.as_deref(), Some("12"));
    }

    #[test]
    fn cue_words_type_relations() {
        let own = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 5/KH-UBND\n\nLạng Sơn, ngày 1 tháng 3 năm 2020\n\nKẾ HOẠCH\n\nVỀ VIỆC ABC\n\n";
        let cases = [
            (
                "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;",
                Relation::BasedOn,
            ),
            (
                "Tiếp tục thực hiện có hiệu quả Chỉ thị số 05-CT/TW của Bộ Chính trị.",
                Relation::Continues,
            ),
            (
                "Triển khai thực hiện Kết luận số 51-KL/TW ngày 30/5/2019.",
                Relation::Implements,
            ),
            (
                "Kế hoạch này thay thế Kế hoạch số 12/KH-UBND ngày 2/1/2019 của UBND tỉnh.",
                Relation::Replaces,
            ),
            (
                "Bãi bỏ Quyết định số 8/QĐ-UBND ngày 2/1/2019.",
                Relation::Repeals,
            ),
            (
                "Sửa đổi, bổ sung một số điều của Quyết định số 8/2019/QĐ-UBND.",
                Relation::Amends,
            ),
            (
                "Hướng dẫn thực hiện Thông tư số 32/2018/TT-BGDĐT.",
                Relation::Guides,
            ),
            (
                "Tổ chức học tập theo Kế hoạch số 29/KH-UBND ngày 30/5/2012 của UBND tỉnh.",
                Relation::Cites,
            ),
            // What of a policy the plan carries out stands between the cue and the document.
            (
                "- Chỉ đạo triển khai thực hiện có hiệu quả các nội dung, nhiệm vụ, giải pháp nêu \
                 trong Quyết định số 1909/QĐ-TTg ngày 12/11/2021 của Thủ tướng Chính phủ.",
                Relation::Implements,
            ),
            (
                "Cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ và giải pháp chủ yếu của Nghị quyết \
                 số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương.",
                Relation::Implements,
            ),
            (
                "Điều chỉnh, bổ sung Kế hoạch số 168/KH-UBND ngày 10/8/2020 của UBND tỉnh.",
                Relation::Amends,
            ),
            // A decision withdrawn or annulled is repealed; land recovered under one is not.
            (
                "Điều 1. Thu hồi Quyết định số 2093/2005/QĐ-UBND ngày 06/9/2005 của UBND tỉnh.",
                Relation::Repeals,
            ),
            (
                "Hủy bỏ Quyết định số 15/QĐ-UBND ngày 06/9/2005 của UBND tỉnh.",
                Relation::Repeals,
            ),
            (
                "Thu hồi đất của các hộ gia đình theo Quyết định số 8/QĐ-UBND ngày 2/1/2019.",
                Relation::Cites,
            ),
            // The direction a plan carries out, in the document that states it, however long
            // the name of the body that gave it.
            (
                "Thực hiện ý kiến chỉ đạo của đồng chí Phó Chủ tịch Thường trực UBND tỉnh tại \
                 Công văn số 456/UBND-NC ngày 02/3/2021 về việc tổ chức hội nghị.",
                Relation::Implements,
            ),
            (
                "Thực hiện kết luận của Thường trực Tỉnh ủy tại Thông báo số 12-TB/TU ngày \
                 5/3/2021.",
                Relation::Implements,
            ),
            (
                "Thực hiện sự chỉ đạo của UBND tỉnh tại Văn bản số 500/UBND-KGVX ngày 05/3/2021.",
                Relation::Implements,
            ),
            (
                "Căn cứ ý kiến kết luận của đồng chí Phó Bí thư Thường trực Tỉnh ủy tại Thông \
                 báo số 120-TB/TU ngày 5/3/2021.",
                Relation::BasedOn,
            ),
            (
                "Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo tại Công văn số 1254/SGDĐT-GDTrH \
                 ngày 5/3/2021.",
                Relation::Implements,
            ),
            // (Not a direction given at a meeting the document only mentions.)
            (
                "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh về việc rà soát các dự án đã \
                 được phê duyệt trong Quyết định số 8/QĐ-UBND ngày 2/1/2019.",
                Relation::Cites,
            ),
            // (A body's proposal is no legal basis, as after `Xét đề nghị`.)
            (
                "Căn cứ đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 2/1/2020.",
                Relation::Cites,
            ),
            // (Not any words: a report's schedule is no part of the decision.)
            (
                "Thực hiện chế độ báo cáo định kỳ hằng quý về tình hình giải ngân vốn đầu tư \
                 theo Quyết định số 8/QĐ-UBND ngày 2/1/2019.",
                Relation::Cites,
            ),
        ];
        for (body, want) in cases {
            let x = run(&format!("{own}{body}\n"));
            let r = x
                .relations
                .iter()
                .find(|r| r.from == Endpoint::This)
                .unwrap_or_else(|| panic!("{body}"));
            assert_eq!(r.relation, want, "{body}");
        }
    }

    /// A legal database's page: its title (the document's own number and title) and its list
    /// of related documents above the header. The list says what those documents do to each
    /// other, not what this one does; the title is the document's.
    /// A review names its subject in full once and bare further on: one document. An older
    /// document does not act on a newer one the sentence goes on to name.
    #[test]
    fn a_central_resolution_named_bare_after_its_full_mention() {
        let x = run(
            "Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII “Về đẩy \
             mạnh học tập và làm theo tư tưởng”, triển khai Kết luận số 01-KL/TW của Bộ Chính trị \
             khóa XIII về tiếp tục thực hiện Chỉ thị 05-CT/TW.\n",
        );
        let terms: Vec<_> = x
            .references
            .iter()
            .map(|r| (r.desc.number.as_deref(), r.desc.term.as_deref()))
            .collect();
        assert_eq!(
            terms,
            [
                (Some("05"), Some("XII")),
                (Some("01"), Some("XIII")),
                (Some("05"), Some("XII"))
            ]
        );
        assert_eq!(links(&x), [("01".into(), Relation::Continues, "05".into())]);
        // (Two resolutions of one number in one text: a bare mention stays undecided.)
        let x = run(
            "Nghị quyết số 29-NQ/TW ngày 4/11/2013 và Nghị quyết số 29-NQ/TW ngày \
             17/11/2022; Nghị quyết 29-NQ/TW.\n",
        );
        assert_eq!(x.references[2].desc.term, None);
    }

    /// A copy that lost the spaces around a link glues the next word onto the symbol: the
    /// word is not the symbol's, and the date and issuer after it are the reference's.
    #[test]
    fn a_word_glued_onto_a_symbol_is_not_its() {
        let x = run(
            "Căn cứ Nghị quyết số25/2021/QH15ngày 28/7/2021 của Quốc hội;\n\
             Căn cứ Nghị quyết 29-NQ/TWngày 4/11/2013;\n\
             Căn cứ Quyết định số 12/QĐ-UBNDcủa UBND tỉnh Lạng Sơn;\n\
             Căn cứ Quyết định số 449/QĐ-TTgngày 12 tháng 3 năm 2013 của Thủ tướng Chính phủ;\n\
             Căn cứ Quyết định số 450/QĐ-TTngày 12 tháng 3 năm 2013 của Thủ tướng Chính phủ;\n",
        );
        let read: Vec<_> = x
            .references
            .iter()
            .map(|r| {
                (
                    r.desc.symbol.as_deref(),
                    r.desc.date.as_deref(),
                    r.desc.issuer.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (Some("QH15"), Some("2021-07-28"), Some("Quốc hội")),
                (Some("NQ/TW"), Some("2013-11-04"), None),
                (Some("QĐ-UBND"), None, Some("UBND tỉnh Lạng Sơn")),
                // (Letters that end in a small one; and the Prime Minister's whose small
                // letter the copy lost, as the sentence names him.)
                (
                    Some("QĐ-TTg"),
                    Some("2013-03-12"),
                    Some("Thủ tướng Chính phủ")
                ),
                (
                    Some("QĐ-TTg"),
                    Some("2013-03-12"),
                    Some("Thủ tướng Chính phủ")
                ),
            ]
        );
    }

    /// A site's clock to the second above the item, stale in a cached copy, is not its date:
    /// the stamp to the minute under the headline is.
    #[test]
    fn a_sites_clock_to_the_second_is_no_dateline() {
        let x = run(
            "Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nChỉ thị của Ban \
                     Bí thư về giảm nghèo bền vững\n\nBĐT - 20:20, 24/06/2021\n\nNgày 23/6, Ban \
                     Bí thư đã ban hành Chỉ thị số 05-CT/TW, về giảm nghèo bền vững.\n",
        );
        assert_eq!(x.published.as_deref(), Some("2021-06-24"));
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2021-06-23"));
        // Alone, it is the only date there is.
        let x = run(
            "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n\nBan Bí thư vừa ban hành \
                     Chỉ thị số 05-CT/TW.\n",
        );
        assert_eq!(x.published.as_deref(), Some("2019-08-23"));
    }

    /// A site's dateline written with dashes (`Kinh tế 13-11-2022`, `Đăng ngày 15-05-2022
    /// 10:48`) dates the item: a document it says was just issued is of that year, and a
    /// period (`2021-2025`) is no date.
    #[test]
    fn a_dateline_written_with_dashes() {
        let x = run("Hoàn thành xây dựng nông thôn mới\n\nKinh tế 13-11-2022\n\nMới đây UBND tỉnh Tây Ninh đã ban hành Quyết định 2179/QĐ-UBND về nông thôn mới giai đoạn 2021-2025.\n");
        assert_eq!(x.published.as_deref(), Some("2022-11-13"));
        assert_eq!(x.references[0].desc.year, Some(2022));
        let x = run("Nông thôn mới giai đoạn 2021-2025\n\nMới đây UBND tỉnh Tây Ninh đã ban hành Quyết định 2179/QĐ-UBND.\n");
        assert_eq!(x.published, None);
    }

    /// A news item's sub-headline names the resolution; the lead's date opens the next
    /// sentence, the programme's (`Ngày 30/11/2022, đồng chí ... ký ban hành Chương trình`).
    #[test]
    fn a_lead_date_opening_the_next_line_is_not_the_headlines_reference() {
        for date in ["30/11/2022", "30 tháng 11 năm 2022"] {
            let x = run(&format!(
                "Tỉnh ủy ban hành Chương trình hành động\n\nThực hiện Nghị quyết số 18-NQ/TW \
                 của Ban Chấp hành Trung ương Đảng khóa XIII về “đất đai”\n\nNgày {date}, đồng \
                 chí Bí thư Tỉnh ủy ký ban hành Chương trình hành động số 158-CTr/TU thực hiện \
                 Nghị quyết số 18-NQ/TW.\n"
            ));
            let dates: Vec<_> = x
                .references
                .iter()
                .map(|r| (r.desc.number.as_deref(), r.desc.date.as_deref()))
                .collect();
            // (The resolution's date is the table's, as its plenum's term names it.)
            assert_eq!(
                dates,
                [
                    (Some("18"), Some("2022-06-16")),
                    (Some("158"), Some("2022-11-30")),
                    (Some("18"), Some("2022-06-16"))
                ],
                "{date}"
            );
        }
        // A line a copy broke inside the sentence still dates its reference.
        let x = run(
            "Thực hiện Nghị quyết số 05/NQ-HĐND của Hội đồng nhân dân tỉnh\nngày 3/4/2021, \
                     Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n",
        );
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2021-04-03"));
    }

    /// A news page's dateline under its headline is not the date of the headline's last
    /// reference; the date the text gives it is.
    #[test]
    fn a_dateline_under_a_headline_is_no_references_date() {
        let x = run(
            "Tin tức\n\nTổng kết 10 năm thực hiện Chỉ thị 17-CT/TU\n28/06/2018 | 09:58\n\n\
             Sáng ngày 28/6, Huyện ủy tổng kết 10 năm thực hiện Chỉ thị số 17-CT/TU ngày 06/8/2009 \
             của Ban Thường vụ Thành ủy.\n",
        );
        let dates = dates_of(&x);
        assert_eq!(dates, [None, Some("2009-08-06")]);
        // (A date on the next line with no time after it is still the reference's.)
        let x = run("Thực hiện Chỉ thị số 17-CT/TU\n06/8/2009 của Ban Thường vụ Thành ủy.\n");
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2009-08-06"));
        // A date alone on its line under a headline is the page's; under a list's row of a
        // number alone, the number's.
        let x = run("Họp cho ý kiến vào các văn bản tổng kết thực hiện Nghị quyết số 18-NQ/TW\n22/12/2024\nSáng 22/12, Tỉnh ủy họp.\n");
        assert_eq!(x.references[0].desc.date, None);
        let x = run("Văn bản mới\nKế hoạch 12/KH-UBND\n20/05/2019\nTriển khai chuyển đổi số\n");
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2019-05-20"));
        // A table's rows that open with their dates (a legal database's history of a text).
        let x = run("Ngày Trạng thái Văn bản nguồn\n09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND\n09/01/2015 Được sửa đổi 79/2014/QĐ-UBND\n27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND\n19/05/2017 Được sửa đổi 14/2017/QĐ-UBND\n");
        let dates = dates_of(&x);
        assert_eq!(dates, [None, None, None, None]);
        // (Nor does a row's cue make the row above it act on its number.)
        assert!(triples(&x).iter().all(|(from, ..)| *from == Endpoint::This));
    }

    #[test]
    fn what_a_page_lists_above_the_header_is_not_the_documents() {
        let x = run(
            "Quyết định 575/QĐ-UBND năm 2017 sửa đổi Quyết định 12/2015/QĐ-UBND về thủ tục\n\
             - 1Nghị quyết 30c/NQ-CP năm 2011 về Chương trình tổng thể cải cách hành chính\n\
             - 2 Nghị quyết 76/NQ-CP năm 2013 sửa đổi Nghị quyết 30c/NQ-CP do Chính phủ ban hành\n\
             ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\
             TỈNH BẮC NINH | Độc lập - Tự do - Hạnh phúc |\n\
             Số: 575/QĐ-UBND | Bắc Ninh, ngày 26 tháng 10 năm 2017 |\n\
             QUYẾT ĐỊNH\n\
             Về việc sửa đổi thủ tục\n\
             Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ;\n",
        );
        let l = links(&x);
        assert!(
            l.contains(&("76".into(), Relation::Amends, "30c".into())),
            "{l:?}"
        );
        assert!(
            !l.contains(&("this".into(), Relation::Amends, "30c".into())),
            "{l:?}"
        );
        assert_eq!(rel_of(&x, "30c"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "76"), None);
        assert_eq!(rel_of(&x, "12"), Some(Relation::Amends));
    }

    /// A department whose name has commas issues what a news item reports it issued.
    #[test]
    fn a_department_named_with_commas_issues_the_letter() {
        let x = run(
            "Tin tức tỉnh Hưng Yên\n\nNgày 5/3/2021, Sở Văn hóa, Thể thao và Du lịch đã ban \
             hành Công văn số 123/SVHTTDL-QLVH về việc đóng cửa di tích.\n",
        );
        let d = &x.references[0].desc;
        assert_eq!(
            d.issuer.as_deref(),
            Some("Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên")
        );
        assert_eq!(d.date.as_deref(), Some("2021-03-05"));
    }

    #[test]
    fn news_item_reports_a_plan_of_its_year() {
        let x = run("08/09/2023 16:15\n\nUBND tỉnh ban hành Kế hoạch số 167/KH-UBND về nhiệm vụ năm học.\n\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI\n");
        let r = &x.references[0];
        assert_eq!(r.desc.year, Some(2023));
        assert_eq!(r.desc.scope, Some(Scope::Province("Quảng Ngãi".into())));
        assert!(x.relations.is_empty());
    }

    #[test]
    fn stretches_find_what_the_whole_text_finds() {
        let texts = [
            "Nghị quyết số 29-NQ/TW, Kế hoạch 5/KH-UBND; Quyết định số\n12/QĐ-UBND (Công văn 3/UBND-VX)",
            "NQ57 và Chương trình 100. Nghị quyết ٣ và Kế hoạch ١٢, Nghị quyết 29",
            "Nghị quyết đó(x) Kế hoạch nêu trên. Kế hoạch NÊU TRÊN; Chỉ thị ĐÓ",
            "Nghị quyết đó",
            "Kế hoạch số: 12 / KH - UBND & Luật 43/2019/QH14/x-y",
            "NQ\u{b}29 Nghị quyết\u{2003}57 KL1 QĐ2 QD3 Chương trình\u{b}\u{b}100, 12\u{b}/KH-UBND",
            "Kế hoạch số 45/KH-TT.HĐND. Quy chế 6/QC-TT.HĐND-UBND.TT.HĐND 7/TB-TT.Hà 8/KH-TT. HĐND",
            "Nghị quyết Đại hội XIII của Đảng; NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ\nXII CỦA ĐẢNG, Nghị quyết Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XIX.Nghị quyết Đại hội\tXI của Đảng",
        ];
        let all = |re: &regex::Regex, t: &str| -> Vec<(usize, usize)> {
            re.captures_iter(t)
                .map(|c| (c.get(0).unwrap().start(), c.get(0).unwrap().end()))
                .collect()
        };
        let spans = |v: Vec<Captures>| -> Vec<(usize, usize)> {
            v.iter()
                .map(|c| (c.get(0).unwrap().start(), c.get(0).unwrap().end()))
                .collect()
        };
        for t in texts {
            let full = captures_in_stretches(&FULL_REF, t, &REF_BREAKS, byte_offsets(t, b"/-"));
            assert_eq!(spans(full), all(&FULL_REF, t), "{t}");
            let congress =
                captures_in_stretches(&CONGRESS_REF, t, &CONGRESS_BREAKS, congress_anchors(t));
            assert_eq!(spans(congress), all(&CONGRESS_REF, t), "{t}");
            assert!(
                !t.contains("Đại hội") || all(&CONGRESS_REF, t).len() == 4,
                "{t}"
            );
            let d = digit_offsets(t);
            let anchors = full_ref_anchors(t);
            let full = find_in_stretches(&FULL_REF, t, &REF_BREAKS, anchors);
            let full = full
                .iter()
                .map(|m| (m.start(), m.end()))
                .collect::<Vec<_>>();
            assert_eq!(full, all(&FULL_REF, t), "{t}");
            let short = captures_in_stretches(&SHORT_REF, t, &REF_BREAKS, d.clone());
            assert_eq!(spans(short), all(&SHORT_REF, t), "{t}");
            let short = find_in_stretches(&SHORT_REF, t, &REF_BREAKS, short_ref_anchors(t, &d));
            let short = short
                .iter()
                .map(|m| (m.start(), m.end()))
                .collect::<Vec<_>>();
            assert_eq!(short, all(&SHORT_REF, t), "{t}");
            let anchors: Vec<usize> = (0..t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            let dem = captures_in_stretches(&DEMONSTRATIVE, t, &DEMONSTRATIVE_BREAKS, anchors);
            assert_eq!(spans(dem), all(&DEMONSTRATIVE, t), "{t}");
        }
    }

    #[test]
    fn numbers_are_ascii_digits() {
        // Full-width digits are made ASCII when the file is read; another script's are no
        // document number (`Kế hoạch ١٢` is not Kế hoạch 12).
        let x = run("Thực hiện Nghị quyết số ２９-NQ/TW ngày 4/11/2013, Kế hoạch ١٢/KH-UBND.");
        let nums: Vec<Option<&str>> = x
            .references
            .iter()
            .map(|r| r.desc.number.as_deref())
            .collect();
        assert_eq!(nums, [Some("29")]);
    }

    #[test]
    fn digit_offsets_are_the_starts_of_ascii_numbers() {
        // Before, at and after the end of a block of 32 bytes, with digits and Vietnamese letters.
        let pads = [
            "a",
            "2ệ",
            &"x".repeat(30),
            &"ế".repeat(10),
            &"9ạ".repeat(8),
            &"y".repeat(33),
            &format!("{}555", "x".repeat(30)),
            &format!("{}1234", "x".repeat(61)),
            &"z".repeat(31),
        ];
        // Digits of other scripts are not numbers to the patterns (`[0-9]`).
        for c in ['٣', '१', '２', '²', 'Ⅻ', '7', 'ễ', ' '] {
            for pad in pads {
                let s = format!("{pad}{c}1{pad}{c}{c}ỗ");
                let b = s.as_bytes();
                let want: Vec<usize> = (0..b.len())
                    .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
                    .collect();
                assert_eq!(digit_offsets(&s), want, "{s:?}");
            }
        }
    }

    #[test]
    fn spans_lie_on_the_reference() {
        let t = normalize("Xét Kế hoạch số 38/KH-UBND ngày 15/02/2019 của UBND tỉnh");
        let x = extract("t", &t, &AliasTable::builtin());
        let r = &x.references[0];
        assert_eq!(
            &t[r.start as usize..r.end as usize],
            "Kế hoạch số 38/KH-UBND"
        );
    }

    /// Number, symbol and type of every reference after the own number line, in order.
    fn laws(x: &FileExtract) -> Vec<String> {
        x.references
            .iter()
            .filter(|r| !r.is_self)
            .map(|r| {
                format!(
                    "{} {}/{}/{}",
                    r.desc.doc_type.as_deref().unwrap_or("?"),
                    r.desc.number.as_deref().unwrap_or("?"),
                    r.desc.year.unwrap_or(0),
                    r.desc.symbol.as_deref().unwrap_or("?")
                )
            })
            .collect()
    }

    const DECISION_HEAD: &str = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/QĐ-UBND\nLạng Sơn, ngày 5 tháng 3 năm 2020\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n\n";

    /// Older documents give the day a law was passed in words (`được Quốc hội thông qua ngày
    /// D`, with the term and session between); a `Thực hiện` list names several laws in a row.
    #[test]
    fn laws_passed_on_a_day_and_laws_in_a_row() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Đất đai được Quốc hội thông qua ngày 29/11/2013;\n\
             Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân \
             dân được Quốc hội khóa XI, kỳ họp thứ 6 thông qua ngày 03/12/2004;\n\
             Thực hiện Luật Đầu tư công, Luật\nNgân sách nhà nước, Chỉ thị số 20/CT-TTg ngày \
             29/7/2015 của Thủ tướng Chính phủ;\n"
        ));
        assert_eq!(
            laws(&x),
            [
                "Luật 45/2013/QH13",
                "Luật 31/2004/QH11",
                "Luật 39/2019/QH14",
                "Luật 83/2015/QH13",
                "Chỉ thị 20/2015/CT-TTg"
            ]
        );
        assert_eq!(rel_of(&x, "83"), Some(Relation::Implements));
        // (Not a law the text only mentions after another: `theo quy định của Luật A, Luật B`.)
        let x = run(&format!(
            "{DECISION_HEAD}Kinh phí thực hiện theo quy định của Luật Đầu tư công, Luật Ngân \
             sách nhà nước.\n"
        ));
        assert!(laws(&x).is_empty(), "{:?}", laws(&x));
    }

    /// An amending law whose name, shortened or misspelt as citations write it, goes on past a
    /// shorter amending law's (`Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế
    /// toán, ..., Luật Quản lý tài sản công, ..., Luật Dữ trữ quốc gia, ... ngày 29 tháng 11 năm
    /// 2024`) is the longer one, which its date tells; the shorter name alone is the shorter
    /// law.
    #[test]
    fn an_amending_laws_name_longer_than_anothers() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật \
             Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý tài sản \
             công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dữ trữ quốc gia, Luật \
             Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024;\n\
             Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán ngày 24 tháng 11 năm \
             2010;\n"
        ));
        assert_eq!(laws(&x), ["Luật 56/2024/QH15", "Luật 62/2010/QH12"]);
    }

    #[test]
    fn laws_cited_by_name_and_date_take_their_numbers() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\
             Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức \
             chính quyền địa phương ngày 22 tháng 11 năm 2019;\n\
             Căn cứ Luật Đất đai năm 2013;\n\
             Căn cứ Bộ luật Lao động ngày 20/11/2019;\n\
             Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;\n"
        ));
        assert_eq!(
            laws(&x),
            [
                "Luật 77/2015/QH13",
                "Luật 47/2019/QH14",
                "Luật 45/2013/QH13",
                "Bộ luật 45/2019/QH14",
                "Luật 11/2003/QH11",
            ]
        );
        let r = &x.references[1];
        assert_eq!(r.form, RefForm::Title);
        assert_eq!(r.desc.date.as_deref(), Some("2015-06-19"));
        assert_eq!(r.desc.issuer.as_deref(), Some("Quốc hội"));
        assert_eq!(r.desc.scope, Some(Scope::Central));
        assert!(r.desc.normative);
        assert_eq!(rel_of(&x, "77"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "45"), Some(Relation::BasedOn));
    }

    #[test]
    fn a_number_inside_a_web_address_is_no_reference() {
        let x = run(
            "Nguồn: http://vbpl.example.vn/ViewFullText?DocumentNo=115/2010/N%C4%90-CP\n\
                     Xem www.example.vn/van-ban?so=12/QĐ-UBND&nam=2020 và Quyết định số 13/QĐ-UBND \
                     ngày 2/3/2020 của UBND tỉnh Lạng Sơn.\n",
        );
        assert_eq!(codes(&x), ["Quyết định 13 QĐ-UBND"]);
    }

    #[test]
    fn a_consolidated_text_is_the_offices_and_does_not_amend_what_it_consolidates() {
        let x = run("VĂN PHÒNG QUỐC HỘI\n--------\nSố: 31/VBHN-VPQH\nHà Nội, ngày 10 tháng 12 năm 2021\n\n\
                     LUẬT\nTHI ĐUA, KHEN THƯỞNG\n\nLuật Thi đua, khen thưởng số 15/2003/QH11 ngày 26 \
                     tháng 11 năm 2003 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2004, được\n\
                     sửa đổi, bổ sung bởi:\n\
                     1. Luật số 47/2005/QH11 ngày 14 tháng 6 năm 2005 của\n\
                     Quốc hội sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng;\n\
                     Căn cứ Hiến pháp năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết \
                     số 51/2001/QH10;\n");
        let own = x.own.as_ref().expect("own");
        assert_eq!(own.doc_type.as_deref(), Some("Văn bản hợp nhất"));
        assert_eq!(own.issuer.as_deref(), Some("Văn phòng Quốc hội"));
        assert_eq!(own.title.as_deref(), Some("Luật Thi đua, khen thưởng"));
        for n in ["15", "47", "51"] {
            assert_eq!(rel_of(&x, n), Some(Relation::Cites), "{n}");
        }
    }

    #[test]
    fn the_laws_listed_after_a_passive_amend_its_subject() {
        // A consolidated text's head as web pages give it: the items after `bởi:`, blank lines
        // between, some laws named before their number.
        let x = run("VĂN PHÒNG QUỐC HỘI\nSố: 20/VBHN-VPQH\nHà Nội, ngày 29 tháng 12 năm 2022\n\n\
                     LUẬT\nXỬ LÝ VI PHẠM HÀNH CHÍNH\n\n\
                     Luật Xử lý vi phạm hành chính số 15/2012/QH13 ngày 20 tháng 6 năm 2012 của Quốc \
                     hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2013, được sửa đổi, bổ sung bởi:\n\n\
                     1. Luật Hải quan số 54/2014/QH13 ngày 23 tháng 6 năm 2014 của Quốc hội, có hiệu \
                     lực kể từ ngày 01 tháng 01 năm 2015;\n\n\
                     2. Luật số 67/2020/QH14 ngày 13 tháng 11 năm 2020 của Quốc hội sửa đổi, bổ sung \
                     một số điều của Luật Xử lý vi phạm hành chính, có hiệu lực kể từ ngày 01 tháng \
                     01 năm 2022.\n");
        let amends: Vec<(String, String)> = x
            .relations
            .iter()
            .filter(|r| r.relation == Relation::Amends)
            .map(|r| {
                let n = |e: Endpoint| match e {
                    Endpoint::Ref(i) => x.references[i as usize].desc.number.clone().unwrap(),
                    Endpoint::This => "this".into(),
                };
                (n(r.from), n(Endpoint::Ref(r.to)))
            })
            .collect();
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(amends, [pair("54", "15"), pair("67", "15")]);
        // Without the list: one agent after a clause on the subject.
        let x = run(
            "Tin tức\nLuật A số 15/2012/QH13 ngày 20 tháng 6 năm 2012 của Quốc hội, có hiệu \
                     lực kể từ ngày 01 tháng 7 năm 2013, được sửa đổi, bổ sung bởi Luật số \
                     67/2020/QH14 ngày 13 tháng 11 năm 2020.\n",
        );
        assert_eq!(x.relations.len(), 1, "{:?}", x.relations);
        assert_eq!(x.relations[0].relation, Relation::Amends);
        assert_eq!(x.relations[0].from, Endpoint::Ref(1));
    }

    #[test]
    fn an_amending_laws_name_is_no_act_and_its_date_none_of_the_laws_it_names() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Viên chức số 58/2010/QH12; Luật sửa đổi, bổ sung một số \
             điều của Luật Cán bộ, công chức và Luật Viên chức số 52/2019/QH14;\n\
             Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở \
             số 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm \
             2024;\nThực hiện Nghị định sửa đổi, bổ sung một số điều của Nghị định số \
             120/2020/NĐ-CP ngày 07 tháng 10 năm 2020;\n"
        ));
        // (A decree names its own date: only a law is cited by a name that lists others.)
        assert_eq!(date_of(&x, "120").as_deref(), Some("2020-10-07"));
        for n in ["58", "52"] {
            assert_eq!(rel_of(&x, n), Some(Relation::BasedOn), "{n}");
        }
        // (The decision rests on the amending law, which has no number here; the laws its name
        // lists it does not amend.)
        for n in ["31", "27", "32"] {
            assert!(
                matches!(rel_of(&x, n), Some(Relation::BasedOn | Relation::Cites)),
                "{n}: {:?}",
                rel_of(&x, n)
            );
        }
        assert_eq!(date_of(&x, "32"), None);
        assert_eq!(desc_of(&x, "32").year, Some(2024));
    }

    #[test]
    fn done_as_a_plan_says_is_no_passive_of_the_plan() {
        let x = run(&format!(
            "{DECISION_HEAD}Các nhiệm vụ được triển khai thực hiện theo Kế hoạch số 45/KH-UBND \
             ngày 02/3/2020 của UBND tỉnh.\n"
        ));
        assert_eq!(rel_of(&x, "45"), Some(Relation::Implements));
    }

    #[test]
    fn a_header_in_table_rows_is_read() {
        // A legal database's page: the two-column header as rows of a table.
        let x = run("| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\
                     | Số: 3557/QĐ-BYT | Hà Nội, ngày 14 tháng 11 năm 2025 |\n\
                     VỀ VIỆC CHO PHÉP KÝ KẾT BẢN GHI NHỚ HỢP TÁC\nBỘ TRƯỞNG BỘ Y TẾ\n\
                     Căn cứ Luật Thỏa thuận quốc tế ngày 13/11/2020;\n");
        let own = x.own.as_ref().expect("own");
        assert_eq!(own.number.as_deref(), Some("3557"));
        assert_eq!(own.date.as_deref(), Some("2025-11-14"));
        assert_eq!(own.issuer.as_deref(), Some("Bộ Y tế"));
        assert_eq!(rel_of(&x, "70"), Some(Relation::BasedOn));
    }

    #[test]
    fn an_issuer_cell_run_on_into_the_number_line_is_read() {
        // A web page flattens the two-column header: the issuer's cell runs on into `Số:`, the
        // motto's into the place-date, with the rules under each.
        let x = run("| BỘ KHOA HỌC VÀ CÔNG NGHỆ ------------- Số: 17/2016/TT-BKHCN |\n\
                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------- \
                     Hà Nội, ngày 01 tháng 9 năm 2016 |\nTHÔNG TƯ\nQUY ĐỊNH VỀ QUẢN LÝ THỬ NGHIỆM\n\n\
                     Căn cứ Nghị định số 95/2017/NĐ-CP ngày 16 tháng 8 năm 2017 của Chính phủ;\n");
        let own = x.own.as_ref().expect("own");
        assert_eq!(own.number.as_deref(), Some("17"));
        assert_eq!(own.date.as_deref(), Some("2016-09-01"));
        assert_eq!(own.issuer.as_deref(), Some("Bộ Khoa học và Công nghệ"));
        assert_eq!(own.title.as_deref(), Some("Quy định về quản lý thử nghiệm"));
        assert_eq!(rel_of(&x, "95"), Some(Relation::BasedOn));
        // On one line with the place-date, a table's cell after it; a footnote's number on the
        // type line of a consolidated text.
        let x = run(
            "BỘ NỘI VỤ Số: 08/VBHN-BNV | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 3 \
                     tháng 7 năm 2019 |\nNGHỊ ĐỊNH2\nVỀ TUYỂN DỤNG VIÊN CHỨC\n\n\
                     Nghị định số 29/2012/NĐ-CP ngày 12 tháng 4 năm 2012 của Chính phủ.\n",
        );
        let own = x.own.as_ref().expect("own");
        assert_eq!(own.number.as_deref(), Some("08"));
        assert_eq!(own.doc_type.as_deref(), Some("Văn bản hợp nhất"));
        assert_eq!(own.date.as_deref(), Some("2019-07-03"));
        assert_eq!(own.issuer.as_deref(), Some("Bộ Nội vụ"));
        assert_eq!(
            own.title.as_deref(),
            Some("Nghị định Về tuyển dụng viên chức")
        );
        // A Party committee's under its star, `Số` without a colon; not a star elsewhere.
        let x = run(
            "TỈNH ỦY QUẢNG TRỊ * Số 05-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM Đông Hà, ngày 10 tháng 11 \
             năm 2016 NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH về phát triển \
             du lịch, họp ngày 27 tháng 10 năm 2016.\n",
        );
        let own = x.own.as_ref().expect("own");
        assert_eq!(
            (
                own.number.as_deref(),
                own.date.as_deref(),
                own.issuer.as_deref()
            ),
            (Some("05"), Some("2016-11-10"), Some("Tỉnh ủy Quảng Trị"))
        );
        assert_eq!(
            super::identity::issuer_then_number("TỈNH ỦY QUẢNG TRỊ * Số liệu 05 năm"),
            None
        );
        // A type line before `Số:` names no issuer; a motto is none either.
        assert_eq!(
            super::identity::issuer_then_number("QUYẾT ĐỊNH Số: 5/QĐ-UBND"),
            None
        );
        assert_eq!(
            super::identity::issuer_then_number("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 5/QĐ-UBND"),
            None
        );
        // A header flattened into one line: the two columns' cells run together, the motto's
        // between the issuer's.
        let x = run("UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số: 2917/SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010 V/v báo cáo nhanh\nKính gửi: các trường.\n");
        let own = x.own.as_ref().expect("own");
        assert_eq!(own.number.as_deref(), Some("2917"));
        assert_eq!(own.date.as_deref(), Some("2010-11-05"));
        assert_eq!(
            own.issuer.as_deref(),
            Some("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận")
        );
    }

    #[test]
    fn a_passive_after_a_subject_listing_nouns_names_its_agents() {
        // The subject's description lists nouns with commas (and `và cơ cấu`, folded `va co`
        // like `và có`); the agents follow `tại các`, the second as `và số`.
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Nghị định số 36/2017/NĐ-CP ngày 4 tháng 4 năm 2017 của Chính \
             phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài nguyên và \
             Môi trường, được sửa đổi, bổ sung tại các Nghị định số 68/2022/NĐ-CP ngày 22 tháng 9 \
             năm 2022 và số 12/2024/NĐ-CP ngày 5 tháng 2 năm 2024;\n\
             Căn cứ Quyết định số 40/QĐ-UBND ngày 2/3/2023 của UBND tỉnh về thi đua, khen \
             thưởng, Hội đồng Thi đua tỉnh được sửa đổi, bổ sung tại Quyết định số 15/QĐ-UBND \
             ngày 9/3/2024;\n\
             Căn cứ Nghị quyết 64/2017/NQ-HĐND quy định chế độ công tác phí, chế độ chi tổ chức \
             hội nghị đối với các cơ quan nhà nước tỉnh Thanh Hóa đã được sửa đổi tại Điều 1 \
             Nghị quyết 29/2024/NQ-HĐND;\n"
        ));
        let amends: Vec<(u32, u32)> = x
            .relations
            .iter()
            .filter(|r| r.relation == Relation::Amends)
            .filter_map(|r| match r.from {
                Endpoint::Ref(f) => Some((f, r.to)),
                Endpoint::This => None,
            })
            .collect();
        let num = |i: u32| x.references[i as usize].desc.number.clone().unwrap();
        let named: Vec<(String, String)> = amends.iter().map(|&(a, b)| (num(a), num(b))).collect();
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            named,
            [pair("68", "36"), pair("12", "36"), pair("29", "64")]
        );
        // (Without a comma before the passive, the commas part clauses: the council has its
        // own, changed by 15; decision 40 is not.)
        assert!(!x
            .relations
            .iter()
            .any(|r| r.relation == Relation::Amends && num(r.to) == "40"));
    }

    #[test]
    fn a_number_broken_onto_its_own_line_in_running_text_is_the_cited_ones() {
        // A PDF's copy without its header: `số 24/2012/NĐ-CP ...` opens a line, but goes on
        // from the type word at the end of the line above.
        let x = run(
            "Thông tư số 9/2019/TT-BYT quy định về khám sức khỏe\nCăn cứ\n\
                     Nghị định số 15/2014/NĐ-CP ngày 3 tháng 3 năm 2014 của Chính phủ sửa đổi \
                     khoản 2 Điều 4 của Nghị định\n\
                     số 24/2012/NĐ-CP ngày 2 tháng 4 năm 2012 của Chính phủ về quản lý dược;\n\
                     Căn cứ Luật Dược số 105/2016/QH13;\n",
        );
        assert!(x.own.is_none(), "{:?}", x.own);
        let amends: Vec<_> = x
            .relations
            .iter()
            .filter(|r| r.relation == Relation::Amends)
            .map(|r| x.references[r.to as usize].desc.number.clone().unwrap())
            .collect();
        assert_eq!(amends, ["24"]);
        // A header's number line under the issuer is still read.
        let x = run(
            "BỘ Y TẾ\nSố 9/2019/TT-BYT\nHà Nội, ngày 1 tháng 4 năm 2019\n\nTHÔNG TƯ\n\
                     QUY ĐỊNH VỀ KHÁM SỨC KHỎE\n",
        );
        assert_eq!(x.own.and_then(|o| o.number).as_deref(), Some("9"));
    }

    #[test]
    fn line_breaks_written_as_escapes_are_read_as_breaks_on_the_files_lines() {
        // A legal database's page saved from its source: the header's table cells and the
        // preamble's line breaks are `\r\n` as text.
        let text = "https://example.vn/van-ban/ke-hoach-54\n\
            \\r\\n ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | \\r\\n \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\n\
            \\r\\n Số: 54/KH-UBND \\r\\n | \\r\\n \\r\\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \\r\\n | \\r\\n\n\
            \\r\\n\\r\\nKẾ HOẠCH\\r\\nHành động thực hiện Chương trình chăm sóc dinh dưỡng\\r\\n\n\
            Thực hiện Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019 của Thủ tướng Chính phủ \
            ban hành Chương trình\\r\\nchăm sóc dinh dưỡng, UBND tỉnh xây dựng Kế hoạch như sau:\n";
        let x = run(text);
        let own = x.own.as_ref().expect("the header is read");
        assert_eq!(own.number.as_deref(), Some("54"));
        assert_eq!(own.date.as_deref(), Some("2020-03-27"));
        assert_eq!(x.own_line, Some(3));
        let qd = x
            .references
            .iter()
            .find(|r| r.desc.number.as_deref() == Some("1896"))
            .unwrap();
        // The date after the escaped break is the decision's; the line is the file's fifth.
        assert_eq!(qd.desc.date.as_deref(), Some("2019-12-25"));
        assert_eq!(qd.line, 5);
        assert!(x
            .relations
            .iter()
            .any(|r| r.relation == Relation::Implements && r.line == 5));
        assert!(x
            .diagnostics
            .iter()
            .any(|d| d.code == "escaped-line-breaks"));
        // Spans are of the file's text, as written.
        assert_eq!(
            &text[qd.start as usize..qd.end as usize],
            "Quyết định số 1896/QĐ-TTg"
        );
        // One backslash and an `n` is no pattern: the text is read as it is.
        let x = run("Thực hiện Quyết định số 12/QĐ-UBND ngày 2/3/2020 (tệp D:\\nam2020)\n");
        assert!(x.diagnostics.is_empty());
    }

    #[test]
    fn a_party_number_copied_with_a_slash_is_the_partys() {
        let x = run(
            "Tin tức\nThực hiện Nghị quyết số 29/NQ/TW ngày 04/11/2013 và Chỉ thị số \
                     05/CT/TU ngày 1/2/2016 của Tỉnh ủy Bình Định; Quyết định số 45/QĐ/UB ngày \
                     2/3/1998.\n",
        );
        assert_eq!(codes(&x), ["Nghị quyết 29 NQ/TW", "Chỉ thị 05 CT/TU"]);
        assert!(x
            .references
            .iter()
            .all(|r| r.desc.system == Some(System::Party)));
    }

    #[test]
    fn a_party_number_with_a_space_for_its_hyphen_is_the_partys() {
        let x = run(
            "Tin tức\nThực hiện Nghị quyết số 29 NQ/TW ngày 04/11/2013 và Kế hoạch 298 \
             KH/TWĐTN của Ban Bí thư Trung ương Đoàn; kết quả lần 2 QĐ/UBND, đợt 3 KH/UBND.\n",
        );
        assert_eq!(codes(&x), ["Nghị quyết 29 NQ/TW", "Kế hoạch 298 KH/TWĐTN"]);
    }

    #[test]
    fn the_prime_ministers_letters_keep_their_small_letter() {
        let x = run("Tin tức\nThực hiện Quyết định số 275/QĐ-TTg và Quyết định 12/QĐ-TTG.\n");
        assert_eq!(codes(&x), ["Quyết định 275 QĐ-TTg", "Quyết định 12 QĐ-TTg"]);
    }

    #[test]
    fn a_district_only_one_province_has_places_a_news_item() {
        let x = run(
            "Tin tức\nNgày 5/3/2012, Huyện ủy Hàm Thuận Nam quán triệt Kế hoạch số 29-KH/TU \
             ngày 2/3/2012 của Ban Thường vụ Tỉnh ủy.\n",
        );
        assert_eq!(x.province.as_deref(), Some("Bình Thuận"));
        assert_eq!(
            x.references[0].desc.scope,
            Some(Scope::Province("Bình Thuận".into()))
        );
        // (`huyện Châu Thành` is in ten provinces; two districts of two provinces, neither.)
        for text in [
            "Tin tức\nHuyện ủy Châu Thành quán triệt Kế hoạch số 29-KH/TU của Tỉnh ủy.\n",
            "Tin tức\nHuyện ủy Hàm Thuận Nam và\nHuyện ủy Bạch Thông quán triệt Kế hoạch số \
             29-KH/TU.\n",
        ] {
            assert_eq!(run(text).province, None, "{text}");
        }
    }

    #[test]
    fn the_instrument_a_resolution_issues_named_in_apposition_carries_its_act() {
        let x = run(
            "Tin tức\nChính phủ ban hành Nghị quyết số 51/NQ-CP Chương trình hành động của \
             Chính phủ thực hiện Kết luận số 91-KL/TW ngày 12/8/2024 của Bộ Chính trị.\n\
             Nghị quyết số 52/NQ-CP quy định chương trình thực hiện Kết luận số 92-KL/TW.\n",
        );
        assert_eq!(
            links(&x),
            [("51".into(), Relation::Implements, "91".into())],
            "{:?}",
            links(&x)
        );
    }

    #[test]
    fn a_sentences_date_dates_what_it_says_was_issued_in_a_documents_body() {
        let x = run(&format!(
            "{DECISION_HEAD}Ngày 21/04/2015, Thủ tướng Chính phủ đã ban hành Chỉ thị số \
             06/CT-TTg về việc tăng cường chỉ đạo. Ngày 2/5/2015, Sở Tài chính thực hiện \
             Chỉ thị số 07/CT-TTg.\n"
        ));
        let date = |n: &str| {
            x.references
                .iter()
                .find(|r| r.desc.number.as_deref() == Some(n))
                .and_then(|r| r.desc.date.clone())
        };
        assert_eq!(date("06").as_deref(), Some("2015-04-21"));
        // (Carried out that day, not issued.)
        assert_eq!(date("07"), None);
    }

    #[test]
    fn a_type_word_in_lower_case_with_its_so_is_a_short_form() {
        let x = run(
            "Tin tức\nĐồng chí Bí thư trình bày kế hoạch số 91 của Ban Thường vụ Thành ủy thực \
             hiện Nghị quyết số 18; thực hiện kế hoạch 2 năm và chương trình 135.\n",
        );
        assert_eq!(codes(&x), ["Kế hoạch 91", "Nghị quyết 18"]);
    }

    #[test]
    fn a_flattened_headers_next_cell_glued_onto_the_own_symbol_is_not_its_letters() {
        // The number's cell runs into the motto's or the organisation's name: the document is
        // one, its number line no reference to another.
        let x = run(
            "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSố: 12/KH-UBNDCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Bắc Ninh, ngày 3 tháng 4 năm 2020\n\nKẾ HOẠCH\nVề chuyển đổi số\n\n\
             Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.\n",
        );
        let own = x.own.as_ref().expect("own");
        assert_eq!(own.symbol.as_deref(), Some("KH-UBND"));
        let others = |x: &FileExtract| {
            let selves = x.references.iter().filter(|r| r.is_self).count();
            (selves, codes(x).split_off(selves))
        };
        assert_eq!(others(&x), (1, vec!["Nghị quyết 52 NQ/TW".to_string()]));
        // Vowels before the marked one belong to its syllable (`VP` + `ĐOÀN`).
        let x = run(
            "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày \
             29 tháng 10 năm 2013 QUYẾT ĐỊNH về việc ban hành quy chế\n\n\
             Căn cứ Quyết định số 84-QĐ/TWĐTN ngày 2/3/2008;\n",
        );
        let own = x.own.as_ref().expect("own");
        assert_eq!(own.symbol.as_deref(), Some("QĐ/TWĐTN-VP"));
        assert_eq!(others(&x), (1, vec!["Quyết định 84 QĐ/TWĐTN".to_string()]));
        let x = run("Tin tức\nCông văn số 52/UBND-VXHUYỆN ĐẠI TỪ ban hành.\n");
        assert_eq!(codes(&x), ["Công văn 52 UBND-VX"]);
    }

    /// A news item's `X ... thay thế A ngày ..., B ngày ..., C ngày ...`: a list of one kind
    /// that only commas part is X's act on each.
    #[test]
    fn a_comma_list_of_one_kind_after_a_documents_act_is_all_its_objects() {
        let x = run(
            "Tin tức\nQuyết định 861/QĐ-TTg có hiệu lực từ ngày ký và thay thế Quyết \
                     định 582/QĐ-TTg ngày 28/4/2017, Quyết định 103/QĐ-TTg ngày 22/01/2019, \
                     Quyết định 72/QĐ-TTg ngày 16/01/2021.\n",
        );
        let acts: Vec<_> = x
            .relations
            .iter()
            .map(|s| (s.from, s.to, s.relation))
            .collect();
        assert_eq!(
            acts,
            [1, 2, 3].map(|k| (Endpoint::Ref(0), k, Relation::Replaces))
        );
        // Another kind after the comma is left to its own words.
        let x = run(
            "Tin tức\nQuyết định 861/QĐ-TTg thay thế Quyết định 582/QĐ-TTg ngày \
                     28/4/2017, Thông tư 12/2019/TT-BTC ngày 2/3/2019.\n",
        );
        assert!(!x
            .relations
            .iter()
            .any(|s| s.to == 2 && s.relation == Relation::Replaces));
    }

    /// `Thực hiện A; B ... thực hiện C ... về ... và D của Tỉnh ủy`: the Government's B carries
    /// out no Tỉnh ủy's plan, so D is the next item under `Thực hiện`.
    #[test]
    fn a_local_item_after_a_central_documents_object_is_the_lists() {
        let x = run(&format!(
            "{DECISION_HEAD}Thực hiện Quyết định 2289/QĐ-TTg ngày 31/12/2020 của Thủ tướng \
             Chính phủ về Chiến lược; Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ về \
             việc ban hành Chương trình hành động thực hiện Nghị quyết số 52-NQ/TW ngày \
             27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc \
             Cách mạng công nghiệp lần thứ tư và Kế hoạch số 233-KH/TU ngày 03/4/2020 của Tỉnh \
             ủy thực hiện Nghị quyết số 52-NQ/TW.\n"
        ));
        let of = |n: &str| {
            let k = x
                .references
                .iter()
                .position(|r| r.desc.number.as_deref() == Some(n))
                .expect(n);
            x.relations
                .iter()
                .filter(|s| s.to as usize == k)
                .map(|s| (s.from, s.relation))
                .collect::<Vec<_>>()
        };
        assert_eq!(of("233"), [(Endpoint::This, Relation::Implements)]);
        let fifty = x
            .references
            .iter()
            .position(|r| r.desc.number.as_deref() == Some("50"))
            .unwrap() as u32;
        assert!(of("52").contains(&(Endpoint::Ref(fifty), Relation::Implements)));
    }

    /// A district's plan, its header flattened into one line with the number left blank: the
    /// issuer's cell before `Số:` is the district's committee.
    #[test]
    fn a_flattened_header_with_a_blank_number_names_its_issuer() {
        let x = run(
            "1 ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc \
                     lập - Tự do - Hạnh phúc Số: /KH-UBND Mường Khương, ngày tháng 5 năm 2020 \
                     KẾ HOẠCH Thực hiện Đề án số 11-ĐA/TU ngày 27/11/2015 của Tỉnh ủy Lào Cai \
                     năm 2020\n",
        );
        let own = x.own.as_ref().expect("own");
        assert_eq!(own.issuer.as_deref(), Some("UBND huyện Mường Khương"));
        assert_eq!(x.province.as_deref(), Some("Lào Cai"));
    }

    /// A legal database's page: its metadata names the board that `TW` leaves open, and a
    /// body its letters contradict is not taken.
    #[test]
    fn a_legal_databases_issuing_body_names_the_board() {
        let page = |body: &str| {
            format!(
                "Nghị quyết 23/NQ-TW 2018 chính sách phát triển công nghiệp\n\nCơ quan ban \
                 hành: {body}\nSố công báo:Đang cập nhật\nSố hiệu:23/NQ-TW\nLoại văn bản:Nghị \
                 quyết\nNgười ký:Nguyễn Phú Trọng\nNgày ban hành:22/03/2018\n\nPhấn đấu đến \
                 2030, tỷ trọng công nghiệp trong GDP đạt trên 40%.\n"
            )
        };
        let issuer = |body: &str| run(&page(body)).own.and_then(|o| o.issuer);
        assert_eq!(issuer("Bộ Chính trị").as_deref(), Some("Bộ Chính trị"));
        assert_eq!(
            issuer("Thủ tướng Chính phủ").as_deref(),
            Some("Trung ương Đảng")
        );
    }

    /// A database page's metadata places the People's Committee its letters leave open, also
    /// when the copy glued the next field's label onto the name (`Ủy ban nhân dân tỉnh Nghệ
    /// AnSố công báo:`); a body of another system is not taken.
    #[test]
    fn a_legal_databases_issuing_body_places_a_committee() {
        let page = |body: &str| {
            format!(
                "Kế hoạch 832/KH-UBND Nghệ An 2023 thực hiện Nghị quyết 149/NQ-CP\n\nthuộc tính \
                 Kế hoạch 832/KH-UBND\n\nCơ quan ban hành: {body}Số công báo:Đang cập nhật\n\
                 Số hiệu:832/KH-UBNDNgày đăng công báo:Đang cập nhật\nLoại văn bản:Kế \
                 hoạchNgười ký:Lê Hồng Vinh\nNgày ban hành:02/11/2023Ngày hết hiệu lực:Đang cập \
                 nhật\n\nBảo đảm trật tự, an toàn giao thông.\n"
            )
        };
        let own = |body: &str| {
            let o = run(&page(body)).own.expect("a document");
            (o.issuer, o.scope)
        };
        assert_eq!(
            own("Ủy ban nhân dân tỉnh Nghệ An"),
            (
                Some("UBND tỉnh Nghệ An".into()),
                Some(Scope::Province("Nghệ An".into()))
            )
        );
        assert_ne!(
            own("Tỉnh ủy Nghệ An").1,
            Some(Scope::Province("Nghệ An".into()))
        );
    }

    /// An amending law's name that counts other laws than the one its date would give
    /// (`37 Luật` dated the day of the 11-law act): the date does not choose; a warning says.
    #[test]
    fn an_amending_laws_count_must_agree_with_its_date() {
        let read = |date: &str| {
            let x = run(&format!(
                "Căn cứ Luật Sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy \
                 hoạch ngày {date};\n"
            ));
            let number = x.references.first().and_then(|r| r.desc.number.clone());
            let warned = x.diagnostics.iter().any(|d| d.code == "law-date-unknown");
            (number, warned)
        };
        assert_eq!(read("20/11/2018"), (Some("35".to_string()), false));
        assert!(read("15/6/2018").1);
        assert_ne!(read("15/6/2018").0.as_deref(), Some("28"));
    }

    /// A short form the text defines with another type word than its letters' draws no
    /// warning where it is used.
    #[test]
    fn a_defined_short_form_of_another_type_word_is_no_slip() {
        let x = run(
            "Tin tức\nQuyết định số 1675/QĐ-TTg ngày 29/8/2018 của Thủ tướng Chính phủ phê \
                     duyệt Đề án (sau đây được gọi là Đề án 1675). Thực hiện Đề án 1675, các bộ \
                     xây dựng kế hoạch; Nghị quyết số 32/2007/NĐ-CP.\n",
        );
        let codes: Vec<_> = x
            .diagnostics
            .iter()
            .filter(|d| d.code == "type-against-symbol")
            .map(|d| d.message.clone())
            .collect();
        assert_eq!(codes.len(), 1, "{codes:?}");
        assert!(codes[0].contains("32/2007"), "{codes:?}");
    }

    /// `B ... của Ủy ban nhân dân tỉnh Lào Cai, về thực hiện C`: B's subject after its issuer
    /// and a comma states B's act on C.
    #[test]
    fn a_subject_after_the_issuers_comma_states_the_act() {
        let x = run(
            "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG KHƯƠNG\nSố: 12/KH-UBND\nMường Khương, ngày 6 \
                     tháng 5 năm 2020\n\nKẾ HOẠCH\nThực hiện đề án\n\nThực hiện Đề án số \
                     11-ĐA/TU ngày 27/11/2015 của Tỉnh ủy Lào Cai; Kế hoạch số 138/KH-UBND ngày \
                     5/5/2020 của Ủy ban nhân dân tỉnh Lào Cai, về thực hiện Đề án số 11-ĐA/TU \
                     ngày 27/11/2015 của Tỉnh ủy Lào Cai.\n",
        );
        let t = triples(&x);
        assert!(
            t.contains(&(Endpoint::Ref(2), 3, Relation::Implements)),
            "{t:?}"
        );
        assert!(
            t.contains(&(Endpoint::This, 2, Relation::Implements)),
            "{t:?}"
        );
    }

    /// A decree by its number and year alone, and the Prime Minister's decision written with
    /// slashes or in the Party's form: each names one State document in full.
    #[test]
    fn state_numbers_written_short_or_in_other_forms() {
        let x = run(
            "Căn cứ Nghị định số 12/2000/NĐ-CP ngày 05/5/2000 và Nghị định số 07/2003 \
                     ngày 30/01/2003 về việc sửa đổi, bổ sung một số điều của quy chế kèm theo \
                     Nghị định 52/1999/NĐ-CP;\nQuyết Định 386/QĐ/TTg ngày 17 tháng 3 năm 2021 \
                     của Thủ tướng chính phủ; Quyết định 362-QĐ/TTg; Nghị định 60/1994 về nhà ở.\n",
        );
        assert_eq!(
            symbols_of(&x),
            ["NĐ-CP", "NĐ-CP", "NĐ-CP", "QĐ-TTg", "QĐ-TTg", ""]
        );
        assert_eq!(x.references[1].form, RefForm::Full);
        assert_eq!(x.references[1].desc.year, Some(2003));
        assert_eq!(x.references[4].desc.system, Some(System::State));
    }

    /// A legal database's list whose index figures a copy glued onto the type word.
    #[test]
    fn a_list_index_glued_onto_the_type_word() {
        let x = run(
            "Văn bản căn cứ\n- 5Quyết định 1719/QĐ-TTg năm 2021 phê duyệt Chương trình\n\
                     - 8Nghị định 27/2022/NĐ-CP quy định cơ chế quản lý\n12Nghị quyết \
                     517/NQ-UBTVQH15 phân bổ vốn\nTrang 3Quyết định 5/QĐ-UBND\n\
                     - 1Luật ngân sách nhà nước 2015\nTrang 3Luật Đầu tư công 2019\n",
        );
        assert_eq!(
            codes(&x),
            [
                "Quyết định 1719 QĐ-TTg",
                "Nghị định 27 NĐ-CP",
                "Nghị quyết 517 NQ-UBTVQH15",
                "Luật 83 QH13"
            ]
        );
    }

    /// The issuer or the session between the type word and `số N` is the reference's: it
    /// opens at its type word.
    #[test]
    fn an_issuer_or_session_between_the_type_word_and_the_number() {
        let x = run(
            "Tin tức\nNgày 30/10/2019, Thường trực Ban Bí thư đã ký ban hành Kết luận \
                     của Bộ Chính trị số 65-KL/TW về tiếp tục thực hiện Nghị quyết số 24-NQ/TW.\n",
        );
        let r = &x.references[0];
        assert_eq!(&*r.surface, "Kết luận của Bộ Chính trị số 65-KL/TW");
        assert_eq!(r.desc.issuer.as_deref(), Some("Bộ Chính trị"));
        assert_eq!(r.desc.date.as_deref(), Some("2019-10-30"));
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Nghị quyết Kỳ họp thứ 6, Quốc hội khóa XIV số 74/2018/QH14 \
             ngày 20 tháng 11 năm 2018;\n"
        ));
        let r = x.references.iter().find(|r| !r.is_self).expect("reference");
        assert_eq!(r.desc.doc_type.as_deref(), Some("Nghị quyết"));
        assert!(x
            .relations
            .iter()
            .any(|s| s.relation == Relation::BasedOn && s.to as usize == 1));
        // A number after `số` in running words is no document's type (`Kế hoạch đã giao số
        // 12 chỉ tiêu`), nor a body's name after a comma another reference's.
        let x = run("Tin tức\nKế hoạch của UBND tỉnh, trong đó có Quyết định số 12/QĐ-UBND.\n");
        assert_eq!(&*x.references[0].surface, "Quyết định số 12/QĐ-UBND");
        let x = run("Tin tức\nThực hiện Kế hoạch năm 2020 số 12/KH-UBND của tỉnh.\n");
        assert_eq!(&*x.references[0].surface, "12/KH-UBND");
    }

    #[test]
    fn a_word_in_capitals_glued_onto_a_symbol_is_not_its_letters() {
        let x = run(
            "Tin tức\nChỉ thị số 36-CT/TWĐẢNG BỘ TỈNH ĐỒNG THÁP và Nghị quyết số 29-NQ/TƯ, \
             Quyết định số 12/QĐ-UBND.\n",
        );
        assert_eq!(
            codes(&x),
            [
                "Chỉ thị 36 CT/TW",
                "Nghị quyết 29 NQ/TW",
                "Quyết định 12 QĐ-UBND"
            ]
        );
    }

    #[test]
    fn a_term_in_figures_is_the_term() {
        let x = run(
            "Tin tức\nQuán triệt Nghị quyết số 20-NQ/TW (khóa 12) và Chỉ thị số 05-CT/TW khóa \
             15.\n",
        );
        let terms: Vec<Option<String>> = x.references.iter().map(|r| r.desc.term.clone()).collect();
        // (No 15th term yet.)
        assert_eq!(terms, [Some("XII".to_string()), None]);
        assert_eq!(registry::canonical_term("xii"), Some("XII"));
        assert_eq!(registry::canonical_term("0"), None);
    }

    #[test]
    fn a_numbers_letter_in_capitals_is_the_same_number() {
        let x = run(
            "Tin tức\nThực hiện Nghị quyết số 30C/NQ-CP ngày 08/11/2011 của Chính phủ và \
             Nghị quyết 30c/NQ-CP.\n",
        );
        assert_eq!(codes(&x), ["Nghị quyết 30c NQ-CP", "Nghị quyết 30c NQ-CP"]);
    }

    #[test]
    fn the_documents_cue_governs_a_list_whose_items_say_what_they_are_about() {
        let x = run(&format!(
            "{DECISION_HEAD}Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính \
             phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - \
             2030, Nghị quyết số 05-NQ/TU ngày 2/3/2021 của Tỉnh ủy về chuyển đổi số, nhiệm kỳ \
             2020 - 2025 và Kế hoạch số 31/KH-UBND ngày 9/3/2021 của UBND tỉnh; UBND tỉnh ban \
             hành Kế hoạch như sau:\n\
             Triển khai Kế hoạch số 44/KH-UBND ngày 1/4/2021 về thực hiện Chỉ thị số 16/CT-TTg \
             ngày 2/3/2021, Quyết định số 17/QĐ-TTg ngày 3/3/2021;\n"
        ));
        for n in ["76", "05", "31", "44"] {
            assert_eq!(rel_of(&x, n), Some(Relation::Implements), "{n}");
        }
        // (A description that states a relation: the next item may be what it acts on.)
        assert_eq!(rel_of(&x, "17"), Some(Relation::Cites));
    }

    #[test]
    fn a_reference_restated_in_brackets_is_its_short_name() {
        let x = run(&format!(
            "{DECISION_HEAD}Triển khai Quyết định số 88/QĐ-TTg ngày 5 tháng 1 năm 2023 của Thủ \
             tướng Chính phủ phê duyệt Đề án “Phát triển du lịch nông thôn” (Quyết định số \
             88/QĐ-TTg); Nghị quyết số 07-NQ/TU ngày 2/3/2023 của Ban Thường vụ Tỉnh ủy về du \
             lịch (Nghị quyết số 07-NQ/TU); Kế hoạch số 19/KH-UBND ngày 9/3/2023 của UBND tỉnh.\n\
             Theo Quyết định số 12/QĐ-UBND ngày 1/2/2023 (Quyết định số 13/QĐ-UBND).\n"
        ));
        for n in ["88", "07", "19"] {
            assert_eq!(rel_of(&x, n), Some(Relation::Implements), "{n}");
        }
        let defined: Vec<_> = x.references.iter().filter_map(|r| r.defined_as).collect();
        assert_eq!(defined, [1, 3], "{:?}", x.references);
        // (Another document in brackets is no short name.)
        assert_eq!(rel_of(&x, "13"), Some(Relation::Cites));
        // A description that cites others (Ninh Bình KH 177/2024): the restatement names the
        // first, and the list goes on through it to the next item.
        let x = run(&format!(
            "{DECISION_HEAD}Thực hiện Quyết định số 709/QĐ-TTg ngày 23/7/2024 của Thủ tướng \
             Chính phủ ban hành Kế hoạch thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ \
             Chính trị tiếp tục thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp \
             hành Trung ương Đảng khóa XI về khoa học (Quyết định số 709/QĐ-TTg); Kế hoạch số \
             183-KH/TU ngày 18/3/2024 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 69-KL/TW \
             (Kế hoạch số 183-KH/TU), Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:\n"
        ));
        assert_eq!(rel_of(&x, "183"), Some(Relation::Implements));
        let defined: Vec<_> = x.references.iter().filter_map(|r| r.defined_as).collect();
        assert_eq!(defined, [1, 5], "{:?}", codes(&x));
    }

    #[test]
    fn a_portals_lead_names_the_board_of_the_central_committees_text() {
        let text = |lead: &str| {
            format!(
                "{lead}\n\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 35-QĐ/TW\n\
                 Hà Nội, ngày 07 tháng 02 năm 2024\n\nQUY ĐỊNH\nVỀ CÔNG TÁC THI ĐUA\n"
            )
        };
        let issuer = |lead: &str| run(&text(lead)).own.and_then(|o| o.issuer);
        assert_eq!(
            issuer("Toàn văn Quy định số 35-QĐ/TW ngày 07 tháng 02 năm 2024 của Ban Bí thư về ...")
                .as_deref(),
            Some("Ban Bí thư Trung ương Đảng")
        );
        // (Another number's board, or none, leaves the Central Committee's header.)
        assert_eq!(
            issuer("Quy định số 36-QĐ/TW của Bộ Chính trị và Quy định 35-QĐ/TW").as_deref(),
            Some("Ban Chấp hành Trung ương Đảng")
        );
    }

    #[test]
    fn a_body_of_no_named_place_that_issues_leaves_the_reference_unscoped() {
        let x = run(
            "Hải Phòng, ngày 18 tháng 11 năm 2019\nNgày 13/5/2011, Ủy ban nhân dân huyện ban \
                     hành Kế hoạch số 42/KH-UBND về cải cách hành chính. Ngày 2/6/2011, UBND \
                     thành phố ban hành Kế hoạch số 43/KH-UBND.\n",
        );
        let scopes: Vec<_> = x
            .references
            .iter()
            .map(|r| (r.desc.number.clone().unwrap(), r.desc.scope.clone()))
            .collect();
        assert_eq!(
            scopes,
            [
                ("42".to_string(), Some(Scope::Unknown)),
                ("43".to_string(), Some(Scope::Province("Hải Phòng".into())))
            ]
        );
        assert_eq!(x.references[0].desc.date.as_deref(), Some("2011-05-13"));
        // `đã có Công văn` of a district's body: not the city's either.
        let x = run(
            "Hải Phòng, ngày 18 tháng 11 năm 2019\nTheo đó, UBND huyện đã có Công văn \
            số 3015/UBND-TN ngày 23/8/2018 yêu cầu các xã quán triệt.\n",
        );
        assert_eq!(x.references[0].desc.scope, Some(Scope::Unknown));
        // A commune named after a date in words without its comma (a commune's portal).
        let x = run(
            "Tin tức xã Long Phụng, tỉnh Quảng Ngãi\nNgày 18 tháng 7 năm 2025 Uỷ ban \
            nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND về cải cách hành \
            chính năm 2025.\n",
        );
        let d = &x.references[0].desc;
        assert_eq!(d.date.as_deref(), Some("2025-07-18"));
        assert_eq!(
            d.scope,
            Some(Scope::District {
                province: Some("Quảng Ngãi".into()),
                district: "xã Long Phụng".into()
            })
        );
    }

    #[test]
    fn a_letter_a_news_item_says_a_body_issued_as_van_ban_takes_the_sentences_date() {
        let x = run(
            "Tin hoạt động\nNgày 25/3/2020, Sở Tư pháp tỉnh Bắc Kạn ban hành Văn bản số \
                     473/STP-PBGDPL về việc hướng dẫn phổ biến pháp luật.\n",
        );
        let d = &x.references[0].desc;
        assert_eq!(d.date.as_deref(), Some("2020-03-25"));
        assert_eq!(d.issuer.as_deref(), Some("Sở Tư pháp tỉnh Bắc Kạn"));
    }

    #[test]
    fn a_note_on_the_files_own_document_replaced_later_is_no_citation_of_it() {
        let x = run(
            "Quyết định 12/QĐ-UBND đã được thay thế bởi Quyết định 366/QĐ-UBND năm 2015.\n\n\
                     ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 12/QĐ-UBND\n\
                     Bắc Giang, ngày 5 tháng 3 năm 2009\n\nQUYẾT ĐỊNH\nVề việc công bố thủ tục\n",
        );
        let by_366: Vec<_> = x
            .relations
            .iter()
            .filter(|r| x.references[r.to as usize].desc.number.as_deref() == Some("366"))
            .collect();
        assert!(by_366.is_empty(), "{by_366:?}");
        let replaces: Vec<_> = x
            .relations
            .iter()
            .filter(|r| r.relation == Relation::Replaces)
            .collect();
        assert_eq!(replaces.len(), 1, "{:?}", x.relations);
    }

    #[test]
    fn each_item_of_a_ministrys_agent_list_amends_the_subject() {
        // A ministry's consolidated text: the subject's title holds commas, and the first
        // agent amends another circular too, named after it in its item.
        let x = run("BỘ TÀI CHÍNH\nSố: 61/VBHN-BTC\nHà Nội, ngày 9 tháng 3 năm 2016\n\nTHÔNG TƯ\n\
                     HƯỚNG DẪN THU PHÍ\n\n\
                     Thông tư số 30/2013/TT-BTC ngày 11 tháng 3 năm 2013 của Bộ Tài chính hướng dẫn \
                     chế độ thu, nộp, quản lý và sử dụng phí thẩm định điều kiện kinh doanh thuốc \
                     bảo vệ thực vật, lệ phí cấp giấy chứng nhận đủ điều kiện buôn bán phân bón \
                     hữu cơ, có hiệu lực kể từ ngày 25/4/2013, được sửa đổi, bổ sung bởi:\n\
                     1. Thông tư số 9/2014/TT-BTC ngày 16 tháng 01 năm 2014 của Bộ Tài chính sửa \
                     đổi, bổ sung Thông tư số 88/2012/TT-BTC ngày 28/5/2012 và Thông tư số \
                     30/2013/TT-BTC ngày 11/3/2013 của Bộ Tài chính, có hiệu lực kể từ ngày 1 tháng \
                     3 năm 2014;\n\
                     2. Thông tư số 150/2015/TT-BTC ngày 25 tháng 9 năm 2015 của Bộ Tài chính quy \
                     định mức thu, chế độ thu, nộp phí thẩm định, có hiệu lực kể từ ngày 10 tháng 11 \
                     năm 2015.\nCăn cứ Nghị định số 16/2013/NĐ-CP ngày 6 tháng 02 năm 2013;\n");
        let mut amends: Vec<(String, String)> = x
            .relations
            .iter()
            .filter(|r| r.relation == Relation::Amends)
            .filter_map(|r| match r.from {
                Endpoint::Ref(f) => Some((
                    x.references[f as usize].desc.number.clone().unwrap(),
                    x.references[r.to as usize].desc.number.clone().unwrap(),
                )),
                Endpoint::This => None,
            })
            .collect();
        amends.sort();
        amends.dedup();
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            amends,
            [pair("150", "30"), pair("9", "30"), pair("9", "88")],
            "{:?}",
            x.relations
        );
        assert_eq!(rel_of(&x, "16"), Some(Relation::Cites));
    }

    #[test]
    fn ordinances_cited_by_name_and_date_take_their_numbers() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 \
             năm 2020;\nCăn cứ Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn ngày 20/4/2007;\n\
             Căn cứ Pháp lệnh phí và lệ phí năm 2001;\n\
             Theo quy định của pháp lệnh hiện hành ngày 1/1/2020 và Pháp lệnh Dân số;\n"
        ));
        let laws: Vec<String> = x
            .references
            .iter()
            .filter(|r| r.desc.doc_type.as_deref() == Some("Pháp lệnh"))
            .map(|r| {
                let d = &r.desc;
                format!(
                    "{}/{}/{} {}",
                    d.number.as_deref().unwrap_or(""),
                    d.year.unwrap_or(0),
                    d.symbol.as_deref().unwrap_or(""),
                    d.issuer.as_deref().unwrap_or("")
                )
            })
            .collect();
        assert_eq!(
            laws,
            [
                "02/2020/UBTVQH14 Ủy ban Thường vụ Quốc hội",
                "34/2007/PL-UBTVQH11 Ủy ban Thường vụ Quốc hội",
                "38/2001/PL-UBTVQH10 Ủy ban Thường vụ Quốc hội",
            ]
        );
        assert_eq!(rel_of(&x, "34"), Some(Relation::BasedOn));
    }

    #[test]
    fn laws_sharing_one_date_each_take_it() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày \
             19 tháng 6 năm 2015;\nCăn cứ Luật Cán bộ, công chức, Luật Viên chức và Luật Xử lý vi \
             phạm hành chính;\n"
        ));
        // (The second line gives no date: the laws in force on the decision's date.)
        assert_eq!(
            laws(&x),
            [
                "Luật 76/2015/QH13",
                "Luật 77/2015/QH13",
                "Luật 22/2008/QH12",
                "Luật 58/2010/QH12",
                "Luật 15/2012/QH13"
            ]
        );
    }

    /// The term after a central board's short name, in Roman figures or in digits.
    #[test]
    fn a_term_after_the_secretariats_short_name() {
        let x = run("Tin tức\nCác cấp quán triệt Chỉ thị số 07-CT/TW của Ban Bí thư khóa XIII về công tác cán bộ và Chỉ thị số 09-CT/TW của Ban Bí thư khóa 12 về học tập.\n");
        let terms: Vec<_> = x.references.iter().map(|r| r.desc.term.clone()).collect();
        assert_eq!(terms, [Some("XIII".to_string()), Some("XII".to_string())]);
        assert_eq!(
            x.references[0].desc.issuer.as_deref(),
            Some("Ban Bí thư Trung ương Đảng")
        );
    }

    /// A law or a code named before its number, its name in small letters, with commas, or
    /// long: the type is the law's.
    #[test]
    fn a_law_named_before_its_number_in_any_case() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Bộ luật Lao động số 45/2019/QH14;\nCăn cứ Luật Người lao động \
             Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14;\nCăn cứ Luật phòng, \
             chống tham nhũng số 36/2018/QH14;\n"
        ));
        assert_eq!(
            laws(&x),
            [
                "Bộ luật 45/2019/QH14",
                "Luật 69/2020/QH14",
                "Luật 36/2018/QH14"
            ]
        );
        // (In capitals, the code's `BỘ` with it.)
        let x = run(&format!(
            "{DECISION_HEAD}CĂN CỨ BỘ LUẬT LAO ĐỘNG SỐ 45/2019/QH14;\n"
        ));
        assert_eq!(laws(&x), ["Bộ luật 45/2019/QH14"]);
    }

    /// A title in capitals names the laws a circular it amends details, the second after `VÀ`.
    #[test]
    fn laws_listed_in_a_title_in_capitals() {
        let x = run("BỘ CÔNG AN\nSố: 32/2024/TT-BCA\nHà Nội, ngày 10 tháng 7 năm 2024\nTHÔNG TƯ\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 149/2020/TT-BCA NGÀY 31 THÁNG 12 NĂM 2020 QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT PHÒNG CHÁY VÀ CHỮA CHÁY VÀ LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG CHÁY VÀ CHỮA CHÁY\nCăn cứ Luật Công an nhân dân ngày 20 tháng 11 năm 2018;\n");
        let l = laws(&x);
        assert!(l.contains(&"Luật 27/2001/QH10".to_string()), "{l:?}");
        assert!(l.contains(&"Luật 40/2013/QH13".to_string()), "{l:?}");
        assert!(links(&x).contains(&("149".to_string(), Relation::Guides, "40".to_string())));
        // A decree's details of the laws, then `VÀ` a circular: no decree details a circular.
        let x = run("BỘ CÔNG AN\nSố: 32/2024/TT-BCA\nHà Nội, ngày 10 tháng 7 năm 2024\nTHÔNG TƯ\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 136/2020/NĐ-CP NGÀY 24 THÁNG 11 NĂM 2020 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT PHÒNG CHÁY VÀ CHỮA CHÁY VÀ LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG CHÁY VÀ CHỮA CHÁY VÀ THÔNG TƯ SỐ 08/2018/TT-BCA NGÀY 05 THÁNG 3 NĂM 2018\nCăn cứ Luật Công an nhân dân ngày 20 tháng 11 năm 2018;\n");
        assert!(links(&x).contains(&("136".to_string(), Relation::Guides, "40".to_string())));
        assert!(
            !links(&x).contains(&("136".to_string(), Relation::Guides, "08".to_string())),
            "{:?}",
            links(&x)
        );
    }

    /// A law named without a date in a basis item, then `và` and another document (or the
    /// documents that go with it), the `và` perhaps on the next line as a copy broke it.
    #[test]
    fn a_basis_law_before_va_and_another_document() {
        for text in [
            "Căn cứ Luật Di sản văn hóa và Nghị định số 92/2002/NĐ-CP ngày 11/11/2002 quy định chi tiết một số điều của Luật Di sản văn hóa;\n",
            "Căn cứ Luật Di sản văn hóa\nvà các văn bản có liên quan;\n",
            "Căn cứ Thông tư số 12/2010/TT-BGTVT của Bộ Giao thông vận tải hướng dẫn thi hành Luật Di sản văn hóa\nvà các văn bản có liên quan;\n",
        ] {
            let x = run(&format!("{DECISION_HEAD}{text}"));
            assert!(laws(&x).contains(&"Luật 28/2001/QH10".to_string()), "{text}: {:?}", laws(&x));
        }
    }

    #[test]
    fn laws_named_in_an_amending_laws_name_are_not_cited() {
        // 03/2022/QH15 amends nine laws; the date is its own. (Neither it nor 34/2018/QH14 is in
        // the table.)
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật \
             Đầu tư, Luật Doanh nghiệp và Luật Đấu thầu năm 2022;\nCăn cứ Luật sửa đổi, bổ sung \
             một số điều của Luật Giáo dục năm 2019;\nCăn cứ Luật Đầu tư năm 2020;\n"
        ));
        assert_eq!(laws(&x), ["Luật 61/2020/QH14"]);
    }

    #[test]
    fn a_law_whose_name_does_not_tell_which_is_no_reference() {
        for text in [
            // No date: Luật Đất đai of 2013 or of 2024.
            "Thực hiện đúng quy định của Luật Đất đai về thu hồi đất.\n",
            // Two laws of this name in 2025 (65 and 72/2025/QH15).
            "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n",
            // A date the table does not give the law.
            "Căn cứ Luật Đất đai ngày 1 tháng 7 năm 2014;\n",
            // `pháp luật`, `luật này`: no names.
            "Căn cứ các văn bản pháp luật ngày 19 tháng 6 năm 2015 và luật Giáo dục năm 2019;\n",
        ] {
            let x = run(&format!("{DECISION_HEAD}{text}"));
            assert_eq!(laws(&x), Vec::<String>::new(), "{text}");
        }
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        ));
        assert_eq!(laws(&x), ["Luật 72/2025/QH15"]);
    }

    /// The laws that amend several laws at once have long names that citations shorten or
    /// misspell: with the full date, a name close enough is the law of that date.
    #[test]
    fn a_long_laws_name_shortened_or_misspelt_is_the_law_of_its_date() {
        for (text, want) in [
            // (`Quản lý, sử dụng tài sản công` shortened, `Dự trữ` misspelt.)
            (
                "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015; Luật Sửa đổi, bổ sung \
                 một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật \
                 Ngân sách nhà nước, Luật Quản lý tài sản công, Luật Quản lý thuế, Luật Thuế thu \
                 nhập cá nhân, Luật Dữ trữ quốc gia, Luật Xử lý vi phạm hành chính ngày 29 tháng \
                 11 năm 2024;\n",
                vec!["Luật 83/2015/QH13", "Luật 56/2024/QH15"],
            ),
            (
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm \
                 phát luật ngày 25 tháng 6 năm 2025;\n",
                vec!["Luật 87/2025/QH15"],
            ),
            // A name with its parenthesis, exactly as the table has it.
            (
                "Căn cứ Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc \
                 phải ở người (HIV/AIDS) ngày 29 tháng 6 năm 2006;\n",
                vec!["Luật 64/2006/QH11"],
            ),
            // Not with a year only, nor with another day's date.
            (
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm \
                 phát luật năm 2025;\n",
                vec![],
            ),
            (
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm \
                 phát luật ngày 19 tháng 02 năm 2025;\n",
                vec![],
            ),
            // A short name with a word wrong may be another law's.
            (
                "Căn cứ Luật Dự trữ quốc phòng ngày 20 tháng 11 năm 2012;\n",
                vec![],
            ),
        ] {
            let x = run(&format!("{DECISION_HEAD}{text}").replace("năm 2020\n", "năm 2026\n"));
            assert_eq!(laws(&x), want, "{text}");
        }
    }

    #[test]
    fn a_laws_name_with_or_without_cua_and_va_is_one_name() {
        for (text, law) in [
            (
                "Căn cứ Luật sửa đổi, bổ sung một số điều Luật Ban hành văn bản quy phạm pháp \
                 luật ngày 18 tháng 6 năm 2020;\n",
                "Luật 63/2020/QH14",
            ),
            (
                "Căn cứ Luật Ban hành văn bản quy phạm pháp luật HĐND và UBND năm 2004;\n",
                "Luật 31/2004/QH11",
            ),
        ] {
            let x = run(&format!("{DECISION_HEAD}{text}"));
            assert_eq!(laws(&x), [law], "{text}");
        }
    }

    /// The constitution: by its year anywhere; without one, as a basis only, the one in force
    /// on the document's date (the 2013 one from 1 January 2014), or all the document's year.
    #[test]
    fn the_constitution_named_with_its_year_or_as_a_basis() {
        let cons = |x: &FileExtract| -> Vec<String> {
            x.references
                .iter()
                .filter(|r| r.desc.doc_type.as_deref() == Some("Hiến pháp"))
                .map(|r| r.desc.number.clone().unwrap_or_default())
                .collect()
        };
        let head = |date: &str| DECISION_HEAD.replace("ngày 5 tháng 3 năm 2020", date);
        for (date, text, want) in [
            (
                "ngày 5 tháng 3 năm 2020",
                "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n",
                vec!["%hien-phap-2013"],
            ),
            (
                "ngày 20 tháng 12 năm 2013",
                "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n",
                vec!["%hien-phap-1992"],
            ),
            (
                "ngày    tháng    năm 2013",
                "Căn cứ Hiến pháp;\n",
                vec!["%hien-phap-1992"],
            ),
            (
                "ngày 5 tháng 3 năm 2020",
                "Căn cứ Hiến pháp năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;\n",
                vec!["%hien-phap-1992"],
            ),
            (
                "ngày 5 tháng 3 năm 2020",
                "Cán bộ phải bảo vệ Hiến pháp và pháp luật; thi hành Hiến pháp 2013.\n",
                vec!["%hien-phap-2013"],
            ),
            // (Since 2025 without its year, as amended: the one in force, amended.)
            (
                "ngày 16 tháng 6 năm 2025",
                "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt\nNam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;\n",
                vec!["%hien-phap-2013"],
            ),
            // (A year no constitution has is no reference.)
            ("ngày 5 tháng 3 năm 2020", "Theo Hiến pháp năm 2015.\n", vec![]),
        ] {
            let x = run(&format!("{}{text}", head(date)));
            assert_eq!(cons(&x), want, "{date} {text}");
        }
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Hiến pháp năm 1992 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10;\n"
        ));
        assert!(x
            .relations
            .iter()
            .any(|r| r.from == Endpoint::This && r.to == 1 && r.relation == Relation::BasedOn));
        assert!(x
            .relations
            .iter()
            .any(|r| r.from == Endpoint::Ref(2) && r.to == 1 && r.relation == Relation::Amends));
    }

    /// `Căn cứ Luật X;` without a date: the law of that name in force on the document's date;
    /// in a decree's description, the one last passed before the decree.
    #[test]
    fn a_law_the_bases_name_without_a_date_is_the_one_in_force() {
        let head = |date: &str| DECISION_HEAD.replace("ngày 5 tháng 3 năm 2020", date);
        for (date, text, want) in [
            (
                "ngày 5 tháng 3 năm 2020",
                "Căn cứ Luật Tổ chức chính quyền địa phương;\n",
                vec!["Luật 77/2015/QH13"],
            ),
            // (Within a year of the 2015 law: the one it replaced may be meant.)
            (
                "ngày 5 tháng 3 năm 2016",
                "Căn cứ Luật Tổ chức chính quyền địa phương;\n",
                vec![],
            ),
            // (Not in the bases: whichever law is in force when it applies.)
            (
                "ngày 5 tháng 3 năm 2020",
                "Kinh phí thực hiện theo quy định của Luật Ngân sách nhà nước.\n",
                vec![],
            ),
            // (Not the item's end: the name may go on, `Luật Đất đai về thu hồi đất` is no
            // law's name.)
            (
                "ngày 5 tháng 3 năm 2020",
                "Căn cứ Luật Đất đai về thu hồi đất;\n",
                vec![],
            ),
            // (The law and the documents that guide it.)
            (
                "ngày 5 tháng 3 năm 2020",
                "Căn cứ Luật Đất đai và các văn bản hướng dẫn;\n",
                vec!["Luật 45/2013/QH13"],
            ),
            (
                "ngày 5 tháng 3 năm 2021",
                "Căn cứ Nghị định số 75/2006/NĐ-CP ngày 02 tháng 8 năm 2006 của Chính phủ quy \
                 định chi tiết và hướng dẫn thi hành một số điều của Luật Giáo dục;\n",
                vec!["Nghị định 75/2006/NĐ-CP", "Luật 38/2005/QH11"],
            ),
        ] {
            let x = run(&format!("{}{text}", head(date)));
            assert_eq!(laws(&x), want, "{date} {text}");
        }
        // What carries a law out (`triển khai thi hành`, `thực hiện`) names one already passed:
        // the last of that name before the document (or before the dated document whose
        // description names it); not a name that goes on (`Luật Đất đai sửa đổi`), nor one
        // no such cue governs.
        for (date, text, want) in [
            (
                "ngày 5 tháng 5 năm 2023",
                "Kế hoạch triển khai thi hành Luật Thực hiện dân chủ ở cơ sở trên địa bàn tỉnh.\n",
                vec!["Luật 10/2022/QH15"],
            ),
            (
                "ngày 5 tháng 5 năm 2024",
                "Thực hiện Quyết định số 222/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Đất đai, UBND tỉnh ban hành Kế hoạch.\n",
                vec!["Quyết định 222/2024/QĐ-TTg", "Luật 31/2024/QH15"],
            ),
            (
                "ngày 5 tháng 5 năm 2023",
                "Tuyên truyền việc triển khai thi hành Luật Đất đai sửa đổi.\n",
                vec![],
            ),
            (
                "ngày 5 tháng 5 năm 2023",
                "Kinh phí bảo đảm theo Luật Ngân sách nhà nước.\n",
                vec![],
            ),
        ] {
            let x = run(&format!("{}{text}", head(date)));
            assert_eq!(laws(&x), want, "{date} {text}");
        }
        // A document that gives its year alone: the law in force all that year, passed two
        // years before its end; the bases' first item, right under a title that ends with no
        // stop, after a list's dash.
        // (In 2016, the 2015 law may not have been in force all year: it is not read.)
        for (year, want) in [
            ("2012", vec!["Luật 11/2003/QH11"]),
            ("2016", vec!["Luật 11/2003/QH11"]),
            ("2018", vec!["Luật 11/2003/QH11", "Luật 77/2015/QH13"]),
        ] {
            let text = format!(
                "HỘI ĐỒNG NHÂN DÂN\nXÃ QUYẾT THẮNG\nSố      /NQ-HĐND\nQuyết Thắng, ngày    tháng    \
                 năm {year}\nNGHỊ QUYẾT\nVề việc thông qua quy hoạch\n– Căn cứ Luật Tổ chức Hội \
                 đồng nhân dân và Uỷ ban nhân dân;\n– Căn cứ Luật Tổ chức chính quyền địa phương;\n"
            );
            assert_eq!(laws(&run(&text)), want, "{year}");
        }
        // (A clause looked for back over a long line of letters of two bytes.)
        let long = format!("{DECISION_HEAD}{} Luật Đất đai;\n", "ê".repeat(700));
        assert_eq!(laws(&run(&long)), Vec::<String>::new());
    }

    #[test]
    fn a_cue_inside_a_bases_description_is_not_the_documents_act() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06 tháng 01 năm 2017 của Chính \
             phủ sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai số \
             45/2013/QH13;\nBãi bỏ Quyết định số 7/QĐ-UBND và thay thế Quyết định số 8/QĐ-UBND.\n"
        ));
        assert_eq!(rel_of(&x, "01"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "45"), Some(Relation::Cites));
        // (A second act of the document's own, after the first.)
        assert_eq!(rel_of(&x, "7"), Some(Relation::Repeals));
        assert_eq!(rel_of(&x, "8"), Some(Relation::Replaces));
    }

    /// `Luật ... (đã) được sửa đổi, bổ sung ngày D` / `năm Y`: the law of that name last passed
    /// before its amendment.
    #[test]
    fn a_law_named_with_its_amendments_date_is_the_one_before_it() {
        for (text, law) in [
            (
                "Căn cứ Luật Tổ chức chính quyền địa phương đã được sửa đổi, bổ sung ngày 22/11/2019;\n",
                "Luật 77/2015/QH13",
            ),
            (
                "Căn cứ Luật Tổ chức chính quyền địa phương được sửa đổi, bổ sung năm 2017, 2019;\n",
                "Luật 77/2015/QH13",
            ),
            (
                "Căn cứ Luật Đất đai được sửa đổi, bổ sung ngày 29 tháng 6 năm 2024;\n",
                "Luật 31/2024/QH15",
            ),
        ] {
            let x = run(&format!("{DECISION_HEAD}{text}"));
            assert_eq!(laws(&x), [law], "{text}");
        }
    }

    #[test]
    fn a_law_named_with_its_number_is_one_reference() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 \
             tháng 6 năm 2015;\nCăn cứ Luật Đầu tư công năm 2019;\n"
        ));
        assert_eq!(laws(&x), ["Luật 80/2015/QH13", "Luật 39/2019/QH14"]);
    }

    /// A page that lost the space where a link started (`Căn cứ<a>Thông tư ...`): the glued
    /// type word is a reference, read with its cue.
    #[test]
    fn a_type_word_glued_to_its_cue_is_read_with_it() {
        let x = run(&format!(
            "{DECISION_HEAD}Căn cứThông tư số 12/2020/TT-BGDĐT ngày 10/5/2020 của Bộ Giáo dục và \
             Đào tạo;\nThực hiệnNghị quyết số 15/NQ-CP ngày 5/2/2021 của Chính phủ;\n"
        ));
        assert_eq!(rel_of(&x, "12"), Some(Relation::BasedOn));
        assert_eq!(rel_of(&x, "15"), Some(Relation::Implements));
    }

    /// `Thực hiện A (thực hiện X) và B (thực hiện Y), UBND tỉnh ban hành`: the parenthesis
    /// says what A does; B is the next item the document carries out.
    #[test]
    fn a_list_goes_on_after_a_parenthesis_on_its_item() {
        let x = run(&format!(
            "{DECISION_HEAD}Thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành \
             Trung ương Đảng khóa XII; Chương trình hành động số 15-CTr/TU ngày 10/01/2018 của \
             Tỉnh ủy (thực hiện Nghị quyết số 19-NQ/TW) và Kế hoạch số 11/KH-UBND ngày 20/01/2018 \
             của UBND tỉnh (thực hiện Quyết định số 435/QĐ-TTg ngày 5/4/2017 của Thủ tướng Chính \
             phủ), Ủy ban nhân dân tỉnh ban hành Quyết định như sau:\n"
        ));
        for n in ["20", "15", "11"] {
            assert_eq!(rel_of(&x, n), Some(Relation::Implements), "{n}");
        }
        let chained = |from: &str, to: &str| {
            x.relations.iter().any(|r| {
                matches!(r.from, Endpoint::Ref(a)
                    if x.references[a as usize].desc.number.as_deref() == Some(from))
                    && x.references[r.to as usize].desc.number.as_deref() == Some(to)
                    && r.relation == Relation::Implements
            })
        };
        assert!(chained("15", "19") && chained("11", "435"));
        assert_eq!(rel_of(&x, "19"), Some(Relation::Cites));
        assert_eq!(rel_of(&x, "435"), Some(Relation::Cites));
    }

    /// News of a new document: `Thực hiện X, [cơ quan] vừa ký / ra / xây dựng / có văn bản số Y`
    /// says what Y carries out, as `ban hành Y` does; `nhiệm kỳ` is no signing.
    #[test]
    fn news_of_a_document_signed_or_drawn_up_says_what_it_carries_out() {
        let x = run(
            "Tin tức tỉnh Nghệ An\nThực hiện Nghị quyết số 50/NQ-CP ngày 20/5/2021 của Chính phủ, \
             Chủ tịch UBND tỉnh vừa ký Quyết định số 1116/QĐ-UBND ngày 2/6/2021.\nThực hiện Công \
             văn số 4930/MTTW-BTT ngày 3/3/2022; Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số \
             682-CV/TU ngày 10/3/2022.\nĐể triển khai Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ \
             Chính trị, Ban Thường vụ Tỉnh ủy ra Chỉ thị số 12-CT/TU ngày 20/4/2025.\nTrên cơ sở \
             Quyết định số 99/QĐ-TTg ngày 5/1/2024, UBND tỉnh xây dựng Kế hoạch số 77/KH-UBND ngày \
             9/2/2024.\nThực hiện Nghị quyết số 11-NQ/TU ngày 5/1/2021, trong nhiệm kỳ Kế hoạch số \
             78/KH-UBND được thực hiện.\n",
        );
        assert_eq!(
            links(&x),
            [
                ("1116".to_string(), Relation::Implements, "50".to_string()),
                ("682".to_string(), Relation::Implements, "4930".to_string()),
                ("12".to_string(), Relation::Implements, "45".to_string()),
                ("77".to_string(), Relation::BasedOn, "99".to_string()),
            ]
        );
    }

    /// `theo A của Chính phủ gắn với việc tổ chức thực hiện B của Tỉnh ủy`: the Government's
    /// resolution does not carry out the province's; the citing document carries out both.
    #[test]
    fn a_central_document_does_not_carry_out_a_local_one() {
        let x = run(&format!(
            "{DECISION_HEAD}Đáp ứng các mục tiêu theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của \
             Chính phủ gắn với việc tổ chức thực hiện Nghị quyết số 12-NQ/TU ngày 10/5/2021 của \
             Tỉnh ủy về cải cách hành chính.\n"
        ));
        assert!(acts_of_references(&x).is_empty(), "{:?}", x.relations);
        assert_eq!(rel_of(&x, "12"), Some(Relation::Implements));
    }

    /// The body and date of a document a sentence says was signed (`đã ký`) or issued by a
    /// Party committee (`ra Chỉ thị`), and the body named before `tại` (`chỉ đạo của X tại
    /// Công văn số ...`).
    #[test]
    fn who_signed_and_whose_letter_it_is() {
        let x = run(
            "Tin tức\nNgày 30/5/2025, Bộ trưởng Bộ Tư pháp đã ký Quyết định số 1612/QĐ-BTP ban \
             hành Chương trình hành động.\nNgày 25/5/2024, Ban Thường vụ Tỉnh ủy Nghệ An ra Chỉ \
             thị số 22-CT/TU về đại hội.\nThực hiện chỉ đạo của Ban cán sự đảng Ủy ban nhân dân \
             tỉnh Cà Mau tại Công văn số 591-CV/BCSĐ ngày 14/12/2022.\nCác nhiệm vụ đề ra Kế \
             hoạch số 5/KH-UBND.\nCập nhật: 01/06/2025\n",
        );
        assert_eq!(
            r_of(&x, "1612"),
            (Some("Bộ Tư pháp".into()), Some("2025-05-30".into()))
        );
        assert_eq!(
            r_of(&x, "22"),
            (
                Some("Ban Thường vụ Tỉnh ủy Nghệ An".into()),
                Some("2024-05-25".into())
            )
        );
        assert_eq!(
            r_of(&x, "591").0.as_deref(),
            Some("Ban cán sự đảng UBND tỉnh Cà Mau")
        );
        assert_eq!(r_of(&x, "5").1, None);
    }

    /// `Tỉnh ủy Vĩnh Phúc đã ban hành Kế hoạch số 157-KH/TW`: the Central Committee's letters
    /// after a province's committee that the sentence says issued it are a slip for its `/TU`;
    /// read as the province's, and said. The Central Committee's documents the sentence carries
    /// out keep theirs.
    #[test]
    fn a_tw_after_a_provincial_committee_that_issues_it_is_a_slip() {
        let x = run("Tin tức\nThực hiện Nghị quyết 50-NQ/TW ngày 20/8/2019 của Bộ Chính trị, Tỉnh ủy Vĩnh Phúc đã xây dựng và ban hành Kế hoạch số 157-KH/TW ngày 08/11/2019 thực hiện Nghị quyết số 50-NQ/TW.\n");
        let d = desc_of(&x, "157");
        assert_eq!(
            (d.symbol.as_deref(), d.issuer.as_deref(), d.term.as_deref()),
            (Some("KH/TU"), Some("Tỉnh ủy Vĩnh Phúc"), None)
        );
        assert_eq!(desc_of(&x, "50").symbol.as_deref(), Some("NQ/TW"));
        let codes: Vec<&str> = x.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["symbol-against-issuer"]);
    }

    /// The body a signer signs for (`Thay mặt Bộ Chính trị, ... Thường trực Ban Bí thư đã ký`)
    /// issues, not the board of his office; `Thay mặt` words that name no body leave the
    /// signer's.
    #[test]
    fn who_signs_for_whom() {
        let x = run(
            "Tin tức\nThay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư đã ký \
             ban hành Quyết định số 304-QĐ/TW về chức năng.\nThay mặt lãnh đạo tỉnh, Chủ tịch UBND \
             tỉnh Nghệ An đã ký ban hành Quyết định số 88/QĐ-UBND.\nCập nhật: 01/06/2025\n",
        );
        assert_eq!(r_of(&x, "304").0.as_deref(), Some("Bộ Chính trị"));
        assert_eq!(
            r_of(&x, "88").0.as_deref(),
            Some("Chủ tịch UBND tỉnh Nghệ An")
        );
    }

    /// A change right after the document it changes, without `được`: `Nghị định 178 (sửa đổi,
    /// bổ sung tại Nghị định số 67)`, `Nghị định 108 (sửa đổi, bổ sung bởi Nghị định 113)`: the
    /// later one amends, also after another document of the sentence (the brackets bind it to
    /// the one before them); an act names its object after the cue (`Nghị định 67 sửa đổi, bổ
    /// sung Nghị định 178`).
    #[test]
    fn a_change_without_duoc_after_the_changed_document_is_passive() {
        let x = run("Tin tức\nCác cơ quan giải quyết chế độ theo quy định tại Nghị định 178 (sửa đổi, bổ sung tại Nghị định số 67) trước ngày 31/8/2025, theo Nghị định 108 ngày 20/11/2014 (sửa đổi, bổ sung bởi Nghị định 113) của Chính phủ.\n");
        assert_eq!(
            links(&x),
            [
                link("67", Relation::Amends, "178"),
                link("113", Relation::Amends, "108"),
            ]
        );
        let x = run("Tin tức\nChính phủ ban hành Nghị định số 67/2025/NĐ-CP sửa đổi, bổ sung Nghị định số 178/2024/NĐ-CP. Nghị quyết 18/2025/NQ-HĐND sửa đổi nội dung tại Điều 1 Nghị quyết 64/2017/NQ-HĐND về công tác phí.\n");
        assert_eq!(
            links(&x),
            [
                link("67", Relation::Amends, "178"),
                link("18", Relation::Amends, "64")
            ]
        );
    }

    /// A legal database's note of a document's fate: `A <its title> đã được thay thế bởi B`,
    /// `A ... <a long title> (Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi B`: B replaces A,
    /// whatever A's title approves and however long it is.
    #[test]
    fn a_passive_note_on_a_titled_document_says_what_replaced_it() {
        let x = run(
            "Tin tức\nNghị quyết 39/2003/NQ-HĐND phê duyệt mức thu phí trên địa bàn tỉnh Vĩnh \
             Long đã được thay thế bởi Nghị quyết 47/2007/NQ-HĐND phê chuẩn về phí.\nKể từ ngày \
             15-08-2011, Nghị quyết số 10/2009/NQ-HĐND ngày 17/07/2009 của Hội đồng nhân dân tỉnh \
             Yên Bái Phê duyệt điều chỉnh quy hoạch tổng thể phát triển kinh tế-xã hội tỉnh Yên \
             Bái thời kỳ 2006-2020 (Văn bản hết hiệu lực) bị bãi bỏ, thay thế bởi Nghị quyết số \
             24/2011/NQ-HĐND ngày 05/08/2011 của Hội đồng nhân dân tỉnh Yên Bái.\n",
        );
        assert_eq!(
            links(&x),
            [
                ("47".to_string(), Relation::Replaces, "39".to_string()),
                ("24".to_string(), Relation::Replaces, "10".to_string()),
            ]
        );
        // (Not from a number line above across the header into a basis below.)
        let x = run(
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI __________ Số: 1666/NQ-UBTVQH15 |\nNGHỊ QUYẾT\nVề việc \
             sắp xếp các đơn vị hành chính cấp xã\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ \
             nghĩa Việt\nNam đã được sửa\nđổi, bổ sung một số điều theo Nghị quyết số \
             203/2025/QH15;\n",
        );
        assert!(
            links(&x).iter().all(|(from, _, _)| from == "this"),
            "{:?}",
            links(&x)
        );
    }

    /// A legal database's history of a document: each row's change is its document's act on
    /// the document the heading names.
    #[test]
    fn a_history_tables_rows_act_on_its_document() {
        let x = run(
            "Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND\nNgày Trạng thái Văn bản nguồn\n\
             09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND\n09/01/2015 Được sửa đổi \
             79/2014/QĐ-UBND\n27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND\n06/05/2019 Văn bản \
             hết hiệu lực 30/2013/QĐ-UBND\n06/05/2019 Bị thay thế 14/2019/QĐ-UBND\n",
        );
        assert_eq!(
            links(&x),
            [
                ("79".to_string(), Relation::Amends, "30".to_string()),
                ("413".to_string(), Relation::Repeals, "30".to_string()),
                ("14".to_string(), Relation::Replaces, "30".to_string()),
            ]
        );
    }
}
