//! Who a file is: the document's own identity from its header (issuer block, `Số:`, place-date
//! line, type line and title) or from a legal database's metadata block (`Số hiệu:`,
//! `Nơi ban hành:`, `Ngày ban hành:`); the province of the text; a news item's dateline; and
//! where the body ends (after the signer's name comes page furniture: a website's menus,
//! counters and lists of "related" documents matched by number alone). DOMAIN.md, "Where a
//! document says who it is".

use super::patterns::{
    GOV_DOMAIN, GOV_DOMAIN_IN_LINE, META_DATE, META_ISSUER, META_PLACE, PLACE_DATE,
    PROVINCE_PHRASE, PROVINCE_PHRASE_IN_LINE,
};
use super::{groups, iso_date, parse_ns_groups, NsGroups};
use crate::model::{DocDesc, Scope, System};
use crate::normalize::{fold_words, fold_words_starts_with, squash_spaces};
use crate::registry::{self, parse_issuer, province_named, Issuer};
use std::collections::BTreeMap;

/// What the header and the frame of a file say.
#[derive(Debug, Default)]
pub struct Header {
    pub own: Option<DocDesc>,
    /// 0-based lines that state the own number (`Số:`, `Số hiệu:`).
    pub own_lines: Vec<usize>,
    /// 0-based line of the official `Số:` (else of `Số hiệu:`).
    pub number_line: Option<usize>,
    /// 0-based line range of the title (trích yếu), type line included.
    pub title_lines: Option<(usize, usize)>,
    pub province: Option<String>,
    /// District of a district-level body's text.
    pub district: Option<String>,
    /// 0-based first line of page furniture after the signature.
    pub furniture_from: Option<usize>,
    /// The own document's number line leaves the number blank (`Số:    /KH-UBND`): `own` has
    /// a symbol and no number.
    pub unnumbered: bool,
    /// 0-based line under the title of a text printed apart from the decision that issues it:
    /// `(Ban hành kèm theo Quyết định số 70/2006/QĐ-UBND ngày ... của Ủy ban nhân dân tỉnh)`
    /// ([`annex_line`]); that decision is the text's identity.
    pub annex_line: Option<usize>,
}

/// `ngày    tháng    năm 2024`, `ngày    tháng 10 năm 2025`: a date left blank but for its
/// year (and month).
static BLANK_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i:ngày)[\s._…0-9]*(?i:tháng)[\s._…0-9]*(?i:năm)\s+(?P<y>(?:19|20)[0-9]{2})\b",
    )
    .expect("BLANK_DATE compiles")
});

/// `Nghị quyết số: 11-NQ/TW   Hà Nội, ngày 06 tháng 01 năm 2012`: a number line that names the
/// document's type before `số:` (copies of the Party's texts), from its `số`. The colon tells it
/// from a sentence that opens with a citation (`Nghị quyết số 11-NQ/TW đã ...`). Returns the type
/// and the line from `số`.
fn typed_number_line(line: &str) -> Option<(&'static str, &str)> {
    let t = line.trim_start_matches([' ', '\t']);
    let mut cut = t.len().min(40);
    while !t.is_char_boundary(cut) {
        cut -= 1;
    }
    // (Every line of every header comes here: the colon first, then the word before it.)
    let colon = memchr::memchr(b':', &t.as_bytes()[..cut])?;
    let word = t[..colon].trim_end_matches([' ', '\t']);
    let at = word.len().checked_sub("số".len())?;
    if !matches!(word.get(at..), Some("số" | "Số" | "SỐ")) {
        return None;
    }
    let before = t[..at].trim_end();
    let doc_type = registry::type_by_word(before).filter(|_| !before.is_empty())?;
    Some((doc_type, &t[at..]))
}

/// The heading of the Official Gazette's copies (Công báo, and the legal databases that took
/// their texts from it), which has no `Số:` line: type, issuer, number and date in one title in
/// capitals over its first lines, then the subject. `CHỈ THỊ` / `CỦA THỦ` / `TƯỚNG CHÍNH PHỦ SỐ
/// 16/2001/CT-TTG` / `NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH ...`. Returns the line
/// of the number, the document and the end of its title.
fn gazette_heading(lines: &[&str]) -> Option<(usize, DocDesc, usize)> {
    static HEADING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(?P<ty>[^0-9]{4,40}?) CỦA (?P<iss>[^0-9]{3,80}?) SỐ:? ?(?P<ns>[0-9][^ ]*) NGÀY (?P<d>[0-9]{1,2}) THÁNG (?P<m>[0-9]{1,2}) NĂM (?P<y>(?:19|20)[0-9]{2})(?: (?P<rest>.*))?$",
        )
        .expect("HEADING compiles")
    });
    // The first lines in capitals, from the first that is not blank.
    let first = lines.iter().take(6).position(|l| !l.trim().is_empty())?;
    let mut joined = String::new();
    let mut starts = vec![];
    let mut end = first;
    for (i, l) in lines.iter().enumerate().skip(first).take(8) {
        let l = l.trim();
        // (A web copy may set the type word apart by a blank line: `QUYẾT ĐỊNH` / `` / `CỦA BỘ
        // TRƯỞNG BỘ VĂN HÓA - THÔNG TIN SỐ 59/2003/QĐ-BVHTT NGÀY ...`.)
        if l.is_empty() && starts.len() == 1 && registry::type_by_word(&joined).is_some() {
            continue;
        }
        if l.is_empty() || !is_upper(l) {
            break;
        }
        if !joined.is_empty() {
            joined.push(' ');
        }
        starts.push((joined.len(), i));
        joined.push_str(l);
        end = i + 1;
    }
    let c = HEADING.captures(&joined)?;
    let doc_type = registry::type_by_word(&c["ty"])?;
    let ns_at = c.name("ns")?.start();
    let (groups, _) = groups::number_symbol_at(&joined, ns_at)?;
    let ns = parse_ns_groups(&groups, true)?;
    let date = iso_date(&c["d"], &c["m"], &c["y"])?;
    let issuer = parse_issuer(&c["iss"], None);
    let line = starts.iter().rev().find(|(at, _)| *at <= ns_at)?.1;
    let scope = issuer
        .as_ref()
        .map(|i| i.scope.clone())
        .filter(|s| *s != Scope::Unknown)
        .or_else(|| {
            (registry::symbol_is_central(&ns.symbol) == Some(true)).then_some(Scope::Central)
        });
    let title = c
        .name("rest")
        .map(|r| r.as_str().trim())
        .filter(|r| fold_words_starts_with(r, "ve "))
        .map(sentence_case);
    let term = (ns.system == System::Party && scope == Some(Scope::Central))
        .then(|| registry::term_of_date(&date).map(str::to_string))
        .flatten();
    Some((
        line,
        DocDesc {
            doc_type: Some(doc_type.to_string()),
            number: Some(ns.number),
            symbol: Some(ns.symbol),
            system: Some(ns.system),
            year: date[..4].parse().ok(),
            date: Some(date),
            term,
            issuer: issuer.map(|i| i.name),
            scope,
            title,
            normative: ns.normative,
        },
        end,
    ))
}

/// [`groups::number_line`] of the document's own number, without a word a flattened header
/// glued onto its symbol from the next cell (`Số: 12/KH-UBNDCỘNG HÒA XÃ HỘI ...`, `Số: 367 -
/// QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH`), cut as a reference's is ([`super::unglue`]).
fn own_number_line(line: &str) -> Option<(bool, NsGroups<'_>)> {
    let (hieu, mut ns, end) = groups::number_line_to(line)?;
    super::unglue(&line[..end], &mut ns);
    Some((hieu, ns))
}

/// A number line with its number left blank (`Số:        /KH-UBND`, `Số     -KH/ĐU`, `Số:
/// /2024/NQ-HĐND`), as the line with a number (`0`) put where the number goes; [`scan_text`]
/// reads it as any number line.
fn blank_number_line(line: &str) -> Option<String> {
    let t = line.trim_start_matches([' ', '\t', '|']);
    let rest = t
        .strip_prefix("Số")
        .or_else(|| t.strip_prefix("SỐ"))?
        .trim_start_matches([' ', '\t', ':', '.', '_', '…']);
    // (The number's room: spaces, dots or underscores, then the separator and a capital.)
    let mut cs = rest.chars();
    let sep = cs.next()?;
    // (The symbol, or the year of a legal-normative number, `/2024/NQ-HĐND`.)
    let after = cs.as_str().trim_start();
    if !matches!(sep, '/' | '-')
        || !after.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    Some(format!("Số: 0{rest}"))
}

/// How far into a file a header may be (legal databases put a metadata block on top).
const HEADER_LINES: usize = 80;

pub fn scan(lines: &[&str]) -> Header {
    scan_text(&lines.join("\n"), lines)
}

/// [`scan`] of a text and its lines (`text.split('\n')`).
pub fn scan_text(text: &str, lines: &[&str]) -> Header {
    let mut h = Header::default();
    let limit = lines.len().min(HEADER_LINES);

    // A number line whose number was left blank (`Số:    /KH-UBND`): a commune's or a portal's
    // copy of a text published before it was numbered, or a draft. Read as the line with a
    // number put in, when no line holds a number; the document then has none ([`Header::
    // unnumbered`]).
    let mut blank: Option<(usize, String, Option<&str>)> = None;
    // A number line broken after the number's separator (`Số: 16 -` / `HD/BTCTW`), as the two
    // lines joined, with the line of the symbol.
    let mut broken: Option<(usize, usize, String)> = None;
    // `Số:` (official) wins over `Số hiệu:` (metadata); both name the document itself.
    let mut official: Option<(usize, NsGroups)> = None;
    let mut meta: Option<(usize, NsGroups)> = None;
    // Lines that may hold metadata: both patterns hold `ban` (letters without other case forms)
    // and a colon.
    let mut meta_lines: Vec<&str> = vec![];
    // The issuer's name on the official number line, before `Số:` ([`issuer_then_number`]).
    let mut inline_issuer: Option<(usize, &str)> = None;
    for (i, line) in lines.iter().enumerate().take(limit) {
        if memchr::memchr(b':', line.as_bytes()).is_some() && has_ascii_word_ci(line, b"ban") {
            meta_lines.push(line);
        }
        // The pattern opens with `số` after spaces (`s` in any case: `S`, `ſ`); in a table's
        // row, after its first `|` (`| Số: 3557/QĐ-BYT | Hà Nội, ngày 14 tháng 11 năm 2025 |`).
        let line = match line.trim_start_matches([' ', '\t']).strip_prefix('|') {
            Some(cell) => cell,
            None => line,
        };
        // (A copy that prints the rule under the issuer's name as dashes runs it into the
        // number line: `-------Số: 41-QĐ/TW`.)
        let line = line.trim_start_matches(['-', '_', '=', '*', '–', '—']);
        // A web page that flattens the two-column header runs the issuer's cell on into its
        // number line (`BỘ TÀI CHÍNH Số: 54/VBHN-BTC | CỘNG HÒA ...`).
        let inline = if official.is_none() {
            issuer_then_number(line)
        } else {
            None
        };
        let (line, name) = match inline {
            Some((name, rest)) => (rest, Some(name)),
            None => (line, None),
        };
        let line = typed_number_line(line).map_or(line, |(_, rest)| rest);
        let first = line.trim_start_matches([' ', '\t']).chars().next();
        if !matches!(first, Some('s' | 'S' | '\u{017F}')) {
            continue;
        }
        if blank.is_none() {
            blank = blank_number_line(line).map(|l| (i, l, name));
        }
        if broken.is_none() {
            broken = number_broken_after_separator(lines, i).map(|(j, l)| (i, j, l));
        }
        if let Some((hieu, c)) = own_number_line(line).filter(|_| !goes_on_from_type(lines, i)) {
            // A header's number line is a document number even when its symbol names no type
            // (a Công văn's `527/UBND-KSTT`).
            if parse_ns_groups(&c, true).is_none() {
                continue;
            }
            h.own_lines.push(i);
            if hieu {
                meta.get_or_insert((i, c));
            } else if official.is_none() {
                official = Some((i, c));
                inline_issuer = name.map(|n| (i, n));
            }
        } else if let Some((j, c)) = number_on_next_line(lines, i, line) {
            // `Số:` / `36/KH-UBND`: a web page's copy broke the number line.
            if official.is_none() && parse_ns_groups(&c, true).is_some() {
                h.own_lines.push(j);
                official = Some((i, c));
            }
        }
    }
    if official.is_none() && meta.is_none() {
        if let Some((i, j, l)) = &broken {
            official = own_number_line(l)
                .filter(|(_, c)| parse_ns_groups(c, true).is_some())
                .map(|(_, c)| (*i, c));
            if official.is_some() {
                h.own_lines.extend([*i, *j]);
            }
        }
    }
    if official.is_none() && meta.is_none() {
        if let Some((i, l, name)) = &blank {
            official = own_number_line(l)
                .filter(|(_, c)| parse_ns_groups(c, true).is_some())
                .map(|(_, c)| (*i, c));
            h.unnumbered = official.is_some();
            // (`ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG ... Số: /KH-UBND`: the issuer's cell run
            // into the blank number line.)
            inline_issuer = name.map(|n| (*i, n));
        }
    }
    let meta_place = meta_lines
        .iter()
        .find_map(|l| META_PLACE.captures(l).map(|c| c["v"].trim().to_string()));
    let meta_date = meta_lines.iter().find_map(|l| {
        META_DATE
            .captures(l)
            .and_then(|c| iso_date(&c["d"], &c["m"], &c["y"]))
    });

    let number_line = official.as_ref().or(meta.as_ref()).map(|(i, _)| *i);
    h.number_line = number_line;
    if let Some((_, caps)) = official.as_ref().or(meta.as_ref()) {
        let ns = parse_ns_groups(caps, true).expect("checked above");
        let anchor = official.as_ref().map(|(i, _)| *i).unwrap_or(0);
        let inline = inline_issuer.filter(|(i, _)| *i == anchor).map(|(_, n)| n);
        let issuer_block = issuer_block(lines, anchor, inline);
        let header_issuer = (!issuer_block.is_empty())
            .then(|| parse_issuer(&issuer_block, None))
            .flatten();

        let from = anchor.saturating_sub(3);
        let place_date = (from..limit.max(from)).find_map(|i| {
            let read = |l: &str| {
                // (`--------------Hà Nội, ngày ...`: the rule under the motto run into it.)
                let l = after_motto(l).trim_start_matches(['-', '_', '=', '*', '–', '—']);
                PLACE_DATE.captures(l).map(|c| {
                    (
                        c["place"].trim().to_string(),
                        iso_date(&c["d"], &c["m"], &c["y"]),
                    )
                })
            };
            // The pattern holds a comma, then spaces or tabs and `ngày` (`n`, `g` have no
            // other case forms).
            let l = lines[i];
            // A two-column header flattened into lines: the place-date after the number on
            // the number line (`Số: 211/TTr-UBND Châu Thành, ngày 7 tháng 12 năm 2017`).
            if i == anchor {
                let l = match inline.and_then(|_| issuer_then_number(cell_text(l))) {
                    Some((_, rest)) => rest,
                    None => typed_number_line(l).map_or(l, |(_, rest)| rest),
                };
                if let Some(found) = groups::number_line(l)
                    .and_then(|(_, c)| c.ssym.or(c.lsym).or(c.piss))
                    .and_then(|sym| {
                        let end = sym.as_ptr() as usize - l.as_ptr() as usize + sym.len();
                        read(l.get(end..)?)
                    })
                {
                    return Some(found);
                }
            }
            if comma_then_ng(l) {
                if let Some(found) = read(l) {
                    return Some(found);
                }
                // A table's row with the number and the place-date in two cells (`Số:
                // 34/2016/NQ-HĐND | Vĩnh Phúc, ngày 21 tháng 7 năm 2016 |`), or two columns
                // laid out with spaces.
                if let Some(found) = l.split('|').skip(1).find_map(|cell| read(cell.trim())) {
                    return Some(found);
                }
                if let Some(found) = wide_cells(l).skip(1).find_map(read) {
                    return Some(found);
                }
            } else if let Some(found) = place_date_without_comma(l).and_then(|t| read(&t)) {
                return Some(found);
            } else if !cell_text(l).ends_with(',') {
                return None;
            }
            // A copy from a web page breaks the line anywhere (`Lâm Đồng, ngày 18` / `tháng 9
            // năm 2023`; `Thừa Thiên Huế,` / `ngày 13 tháng 5 năm 2024`): the line and the two
            // after it, each without the table's `|`.
            let joined = lines[i..lines.len().min(i + 3)]
                .iter()
                .map(|l| cell_text(l))
                .collect::<Vec<_>>()
                .join(" ");
            read(&joined)
        });
        let date = place_date
            .as_ref()
            .and_then(|(_, d)| d.clone())
            .or(meta_date.clone());
        // (An unnumbered text's date is often blank too but for its year: `ngày    tháng
        // năm 2024`; a copy may have lost the day or the month of a place-date line, `Hà Nội,
        // ngày 08 tháng năm 2017`, whose year still dates the number.)
        let blank_year = date
            .is_none()
            .then(|| {
                lines[anchor.saturating_sub(3)..limit.min(anchor + 6)]
                    .iter()
                    .filter(|l| h.unnumbered || comma_then_ng(l))
                    .find_map(|l| BLANK_DATE.captures(l).and_then(|c| c["y"].parse().ok()))
            })
            .flatten();

        // The type line (`KẾ HOẠCH`) under the number, then the title until a blank line.
        let mut doc_type = None;
        for i in anchor + 1..lines.len().min(anchor + 16) {
            let l = lines[i].trim();
            if is_upper(l) {
                // (`QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG VIỆN KSND TỐI CAO`: the type line with who
                // issues, as the Official Gazette wrote it; only a type the symbol does not
                // contradict, `KẾT LUẬN CỦA PHÓ THỦ TƯỚNG ...` heads a Thông báo.)
                let with_issuer = || {
                    let (head, _) = l.split_once(" CỦA ")?;
                    registry::type_by_word(head)
                        // (A symbol of issuer letters alone reads as a Công văn's.)
                        .filter(|t| ns.doc_type.is_none_or(|s| s == *t || s == "Công văn"))
                };
                if let Some(t) = registry::type_by_word(without_remark(l))
                    .or_else(|| registry::type_by_word(without_note_mark(l)))
                    .or_else(with_issuer)
                {
                    doc_type = Some(t.to_string());
                    // `QUYẾT ĐỊNH:` opens the articles (a copy that lost the type line above
                    // the title keeps only this one): no title follows it.
                    if l.ends_with(':') {
                        break;
                    }
                    let (title, end) = title_after(lines, i + 1);
                    h.title_lines = Some((i, end));
                    if !title.is_empty() {
                        h.own.get_or_insert_with(DocDesc::default).title = Some(title);
                    }
                    break;
                }
            }
        }
        // A Công văn has no type line; its subject follows `V/v`.
        if doc_type.is_none() {
            let vv = (anchor + 1..lines.len().min(anchor + 6)).find_map(|i| {
                let l = lines[i].trim();
                l.strip_prefix("V/v").or_else(|| l.strip_prefix("V/V"))
            });
            if let Some(t) = vv {
                h.own.get_or_insert_with(DocDesc::default).title =
                    Some(squash_spaces(t.trim_start_matches([':', ' '])));
            }
        }
        // A consolidated text (`25/VBHN-VPQH`) keeps the type line of the law it consolidates
        // (`LUẬT`): its symbol tells what it is, and the type line goes into its title (`Luật
        // Cán bộ, công chức`).
        let doc_type = match ns.doc_type {
            Some(t @ "Văn bản hợp nhất") => {
                if let (Some(law), Some(own)) = (&doc_type, h.own.as_mut()) {
                    if let Some(title) = own.title.as_mut() {
                        *title = format!("{law} {title}");
                    }
                }
                Some(t.to_string())
            }
            _ => doc_type
                .or_else(|| ns.doc_type.map(str::to_string))
                .or_else(|| {
                    // (`Nghị quyết số: 29/2021/QH15`: the number line names the type.)
                    let l = official.as_ref().map(|(i, _)| lines[*i])?;
                    let (t, _) = typed_number_line(l.trim_start_matches([' ', '\t', '|']))?;
                    Some(t.to_string())
                }),
        };

        let mut province_hint = header_issuer
            .as_ref()
            .and_then(|i| i.scope.province().map(str::to_string))
            .or_else(|| {
                meta_place
                    .as_deref()
                    .and_then(province_named)
                    .map(str::to_string)
            })
            .or_else(|| {
                let central = header_issuer
                    .as_ref()
                    .is_some_and(|i| i.scope == Scope::Central)
                    || registry::symbol_is_central(&ns.symbol) == Some(true);
                place_date
                    .as_ref()
                    .filter(|_| !central)
                    .and_then(|(p, _)| province_named(p))
                    .map(str::to_string)
            })
            .or_else(|| {
                // A district body's header names only its district: the province is the one
                // the text names; a commune's, only its commune: the province of the districts
                // the text names (`UBND THỊ TRẤN HƯƠNG SƠN`, `trình UBND huyện Phú Bình`).
                let unit = header_issuer.as_ref()?.scope.district()?;
                province_of_text_in(text).or_else(|| {
                    registry::is_commune(unit)
                        .then(|| province_of_districts(lines))
                        .flatten()
                })
            });
        // A header that names its body but not the province (`ỦY BAN NHÂN DÂN` alone: a web
        // page's copy drops the `TỈNH BẮC NINH` cell) is the body of the province its
        // place-date line or metadata name, as `của UBND tỉnh` is in a reference.
        let mut header_issuer = match header_issuer {
            Some(i) if i.scope == Scope::Unknown && province_hint.is_some() => {
                parse_issuer(&issuer_block, province_hint.as_deref()).or(Some(i))
            }
            other => other,
        };
        // A department writes its province's People's Committee above its own name (`UBND TỈNH
        // HẬU GIANG` / `SỞ XÂY DỰNG`, Nghị định 30/2020: the body above first); a copy that lost
        // the second line leaves the committee, but the number's letters (`283/SXD-QLN`) are
        // the department's.
        if let Some(Scope::Province(p)) = header_issuer
            .as_ref()
            .filter(|i| i.name.starts_with("UBND "))
            .map(|i| &i.scope)
        {
            let parts: Vec<&str> = ns.symbol.split(['/', '-']).collect();
            let committee = parts
                .iter()
                .any(|x| matches!(fold_words(x).as_str(), "ubnd" | "hdnd" | "ub"));
            if !committee
                && parts
                    .iter()
                    .any(|x| registry::department_letters(x).is_some())
            {
                header_issuer = registry::issuer_of_symbol(&ns.symbol, Some(p)).or(header_issuer);
            }
        }
        // A ministry's header that a copy cut short (`BỘ VĂN HÓA, THỂ THAO`) reads as another
        // ministry's name: its own symbol's letters (`QĐ-BVHTTDL`) say which ministry it is.
        if let (Some(h_iss), Some(by_symbol)) = (
            header_issuer.as_ref(),
            registry::issuer_of_symbol(&ns.symbol, None),
        ) {
            if h_iss.name != by_symbol.name
                && registry::is_ministry(&h_iss.name)
                && registry::is_ministry(&by_symbol.name)
            {
                header_issuer = Some(by_symbol);
            }
        }
        // Still none: a decision names its authority again above its legal bases (`ỦY BAN NHÂN
        // DÂN TỈNH BÌNH THUẬN` / `Căn cứ ...`), which a copy that lost the header cell keeps.
        if header_issuer
            .as_ref()
            .is_some_and(|i| i.scope == Scope::Unknown)
        {
            // (`UỶ BAN NHÂN DÂN TỈNH` there, the province's name lost too, and a place-date in
            // its capital, `Pleiku, ngày ...`: a provincial committee signs where it sits, so
            // the one province with a city of that name is its.)
            let seat = place_date.as_ref().and_then(|(p, _)| {
                match registry::district_provinces("thành phố", p) {
                    [only] => Some(*only),
                    _ => None,
                }
            });
            let names_province = |l: &str| fold_words(l).split(' ').any(|w| w == "tinh");
            if let Some(a) = authority_line(lines, anchor, limit)
                .and_then(|l| {
                    parse_issuer(l, None)
                        .filter(|a| a.scope != Scope::Unknown)
                        .or_else(|| parse_issuer(l, seat.filter(|_| names_province(l))))
                })
                .filter(|a| {
                    a.scope != Scope::Unknown
                        && header_issuer.as_ref().is_some_and(|i| i.system == a.system)
                })
            {
                // (A district's: of the province the text names, as for its header above.)
                if let Scope::District { province, .. } = &a.scope {
                    if province.is_none() && province_hint.is_none() {
                        province_hint = province_of_text_in(text);
                    }
                }
                header_issuer = Some(a);
            }
        }
        // `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN` above the bases: the chairman decides, under
        // the committee's header and symbol (`QĐ-UBND`), as texts that cite the decision say
        // (`Quyết định số ... của Chủ tịch UBND tỉnh`). (Looked for only where a line opens
        // with the title: finding the bases folds line after line.)
        let chair_line = || {
            lines
                .get(anchor + 1..limit.min(lines.len()))
                .unwrap_or_default()
                .iter()
                .any(|l| cell_text(l).starts_with("CHỦ TỊCH"))
        };
        if let Some(h_iss) = header_issuer
            .as_ref()
            .filter(|i| i.name.starts_with("UBND ") && chair_line())
        {
            let chair = authority_line(lines, anchor, limit)
                .filter(|l| {
                    fold_words_starts_with(l, "chu tich uy ban nhan dan")
                        || fold_words_starts_with(l, "chu tich ubnd")
                })
                .map(|_| format!("Chủ tịch {}", h_iss.name));
            if let Some(name) = chair {
                header_issuer = Some(Issuer {
                    name,
                    ..h_iss.clone()
                });
            }
        }
        if let Some(Issuer {
            scope: Scope::District { province, district },
            ..
        }) = header_issuer.as_mut()
        {
            if province.is_none() {
                *province = province_hint.clone();
            }
            h.district = Some(district.clone());
        }
        // `UBND HUYỆN BÌNH CHÁNH` / `PHÒNG GIÁO DỤC VÀ ĐÀO TẠO`: the district's office under
        // its People's Committee issues (Nghị định 30/2020: the body above is written first),
        // of the same district.
        if let Some(i) = header_issuer.as_mut() {
            if let (Some(office), Some(place)) = (
                district_office(lines, anchor),
                i.scope.district().and(i.name.strip_prefix("UBND ")),
            ) {
                i.name = format!("{office} {place}");
            }
        }
        // The Youth Union's header writes as the Party's: `BAN CHẤP HÀNH TRUNG ƯƠNG` on the
        // left, and `ĐOÀN TNCS HỒ CHÍ MINH` where the Party writes `ĐẢNG CỘNG SẢN VIỆT NAM`,
        // which a copy that runs the two columns into one line leaves out of the issuer's
        // cell. The symbol's letters (`225-KH/TWĐTN-CTTN`) say whose Central Committee it is;
        // the board that decides may be named again above the bases (`BAN BÍ THƯ TRUNG ƯƠNG
        // ĐOÀN TNCS HỒ CHÍ MINH`).
        if header_issuer
            .as_ref()
            .is_some_and(|i| i.name == registry::CENTRAL_COMMITTEE)
            && registry::youth_union_centre_symbol(&ns.symbol)
        {
            let union =
                |l: &str| parse_issuer(l, None).filter(|i| i.name.ends_with("Trung ương Đoàn"));
            header_issuer = authority_line(lines, anchor, limit)
                .and_then(union)
                .or_else(|| union(&format!("{issuer_block} Đoàn TNCS Hồ Chí Minh")))
                .or(header_issuer);
        }
        // The Central Committee's header (`BAN CHẤP HÀNH TRUNG ƯƠNG`) heads the Politburo's and
        // the Secretariat's texts too: their signature or issuing sentence names the board.
        if header_issuer
            .as_ref()
            .is_some_and(|i| i.name == registry::CENTRAL_COMMITTEE)
        {
            let own = format!("{}-{}", ns.number, ns.symbol);
            if let Some(board) = central_board(lines, anchor, &own) {
                header_issuer = Some(board);
            }
        }
        // So does the Party's delegation in a central State body (`BAN CHẤP HÀNH TRUNG ƯƠNG` /
        // `BAN CÁN SỰ ĐẢNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`, the second line often lost
        // by copies): its letters, `617-NQ/BCSĐ`, are not the Committee's.
        if header_issuer
            .as_ref()
            .is_some_and(|i| i.name == registry::CENTRAL_COMMITTEE)
            && ns
                .symbol
                .rsplit('/')
                .next()
                .is_some_and(|l| fold_words(l) == "bcsd")
        {
            header_issuer = authority_line(lines, anchor, limit)
                .and_then(|l| parse_issuer(l, None))
                .filter(|i| i.name.starts_with("Ban cán sự đảng"))
                .or(Some(Issuer {
                    name: "Ban cán sự đảng".to_string(),
                    system: System::Party,
                    scope: Scope::Central,
                }));
        }
        let mut ns = ns;
        super::settle_tu(
            &mut ns.symbol,
            header_issuer
                .as_ref()
                .is_some_and(|i| i.scope != Scope::Central),
        );
        // A header of a body below the province that could not be read (`THỊ TRẤN HƯƠNG SƠN`
        // under a line the copy garbled) is no province's: its symbol's `UBND` is not read as
        // the province's, nor its scope as the province the text names.
        let below = header_issuer.is_none() && registry::below_province(&issuer_block);
        // A national committee or board no table names (`ỦY BAN QUỐC GIA VỀ HỢP TÁC KINH TẾ
        // QUỐC TẾ`) is central, whatever city its place-date names.
        let national = header_issuer.is_none() && registry::national_body(&issuer_block);
        let by_symbol = || {
            (!below)
                .then(|| registry::issuer_of_symbol(&ns.symbol, province_hint.as_deref()))
                .flatten()
        };
        // (A legal database's metadata names the body the letters leave open: `Cơ quan ban
        // hành: Bộ Chính trị` for `23/NQ-TW`, whose `TW` is any of the centre's boards.)
        let by_meta = |sym: Option<&Issuer>| {
            meta_lines
                .iter()
                .find_map(|l| META_ISSUER.captures(l))
                .and_then(|c| parse_issuer(c["v"].trim(), province_hint.as_deref()))
                .filter(|m| {
                    m.scope != Scope::Unknown
                        // (Or places the body the letters leave unplaced: `Cơ quan ban hành: Ủy
                        // ban nhân dân tỉnh Nghệ An` for `832/KH-UBND` on a page that names no
                        // province in a header.)
                        && sym.is_none_or(|s| {
                            s.system == m.system
                                && (s.scope == m.scope || s.scope == Scope::Unknown)
                        })
                })
        };
        let issuer = header_issuer.clone().or_else(|| {
            let sym = by_symbol();
            by_meta(sym.as_ref()).or(sym)
        });
        // (A joint document's header names its bodies in one line, which reads as one of them:
        // its symbol names them all.)
        let issuer = match registry::joint_issuer(&ns.symbol) {
            Some(name) => Some(registry::Issuer {
                name,
                system: System::State,
                scope: Scope::Central,
            }),
            None => issuer,
        };
        let year = date
            .as_deref()
            .and_then(|d| d[..4].parse().ok())
            .or(ns.year)
            .or(blank_year);
        let scope =
            issuer
                .as_ref()
                .map(|i| i.scope.clone())
                .or_else(|| match registry::symbol_is_central(&ns.symbol) {
                    Some(true) => Some(Scope::Central),
                    _ if below => Some(Scope::Unknown),
                    _ if national => Some(Scope::Central),
                    _ => province_hint.clone().map(Scope::Province),
                });
        let term = if ns.system == System::Party
            && scope == Some(Scope::Central)
            && registry::takes_party_term(
                Some(&ns.symbol),
                issuer.as_ref().map(|i| i.name.as_str()),
            ) {
            date.as_deref()
                .and_then(registry::term_of_date)
                .map(str::to_string)
        } else {
            None
        };
        let title = h.own.take().and_then(|d| d.title);
        let central_own = scope == Some(Scope::Central);
        // (A directive under the Central Committee's header whose signature names no board is
        // the Politburo's or the Secretariat's, not the Committee's: see [`registry::
        // board_issues`].)
        let issuer = issuer.map(|i| i.name).filter(|n| {
            doc_type
                .as_deref()
                .is_none_or(|t| registry::board_issues(n, t))
        });
        h.own = Some(DocDesc {
            doc_type,
            number: (!h.unnumbered).then_some(ns.number),
            symbol: Some(ns.symbol),
            system: Some(ns.system),
            date,
            year,
            term,
            issuer,
            scope,
            title,
            normative: ns.normative,
        });
        // (A national body's place-date names the capital it signs in, not its province.)
        // A place-date that names a city or district and not its province (`Đà Lạt, ngày 31
        // tháng 8 năm 2012` under `ỦY BAN NHÂN DÂN` alone) places the text in the one province
        // that has a unit of that name; whose document it is, the province's or the city's,
        // the place does not say.
        let seat = || {
            let (place, _) = place_date.as_ref()?;
            match registry::district_provinces("thành phố", place) {
                [only] => Some(only.to_string()),
                _ => None,
            }
        };
        h.province = if national {
            None
        } else if central_own {
            province_hint
        } else {
            province_hint.or_else(seat)
        };
    }
    if h.own.is_none() && number_line.is_none() {
        if let Some((line, own, title_end)) = gazette_heading(lines) {
            h.own_lines.push(line);
            h.number_line = Some(line);
            h.title_lines = Some((line, title_end));
            h.own = Some(own);
        } else if let Some((line, own, title_end, annex)) = headed_without_number(lines, text) {
            h.number_line = Some(line);
            h.title_lines = Some((line, title_end));
            h.unnumbered = true;
            h.annex_line = annex;
            h.province = own
                .scope
                .as_ref()
                .and_then(|s| s.province())
                .map(str::to_string);
            if let Some(Scope::District { district, .. }) = own.scope.as_ref() {
                h.district = Some(district.clone());
            }
            h.own = Some(own);
        }
    }
    if h.province.is_none()
        && h.own.as_ref().and_then(|o| o.scope.as_ref()) != Some(&Scope::Central)
    {
        // (Else a place-date line that names a province, a portal's copy of a provincial text
        // that lost its header: `Hải Phòng, ngày 18 tháng 11 năm 2019`.)
        h.province = province_of_text_in(text)
            .or_else(|| {
                lines.iter().take(limit).find_map(|l| {
                    if !comma_then_ng(l) {
                        return None;
                    }
                    let c = PLACE_DATE.captures(l)?;
                    province_named(&c["place"]).map(str::to_string)
                })
            })
            .or_else(|| province_of_districts(lines))
            .or_else(|| h.own.is_none().then(|| headline_province(lines)).flatten());
    }
    // A People's Committee or Council left unplaced (a header that names no province, a
    // place-date in its capital, `Đà Lạt`, an authority line that lost a word, `ỦY BAN NHÂN
    // TỈNH LÂM ĐỒNG`) whose title places what it rules `trên địa bàn tỉnh Lâm Đồng`: that
    // province's (a city's would rule `trên địa bàn thành phố`), when the text is placed there
    // too.
    if let (Some(own), Some(p)) = (h.own.as_mut(), h.province.as_deref()) {
        let described = own
            .title
            .as_deref()
            .and_then(super::province_described)
            .is_some_and(|d| registry::one_land(d, p));
        if own.scope == Some(Scope::Unknown) && described {
            if let Some(iss) = own
                .issuer
                .as_deref()
                .and_then(|i| parse_issuer(i, Some(p)))
                .filter(|i| i.scope == Scope::Province(p.to_string()))
            {
                own.issuer = Some(iss.name);
                own.scope = Some(iss.scope);
            }
        }
    }
    let own_number = h.own.as_ref().and_then(|o| o.number.as_deref());
    h.furniture_from = furniture_start(lines, number_line.unwrap_or(0), own_number);
    h
}

/// A document's text that lost its number line (a portal's or a school site's copy, a report
/// whose number cell is blank): its type line in capitals (`KẾ HOẠCH`, `QUYẾT ĐỊNH CỦA THỦ TƯỚNG
/// CHÍNH PHỦ`) within its first lines, its title under it, and its preamble right after
/// (`Căn cứ ...`, `Thực hiện ...`) make it a document of its own, of no number: of the body its
/// header names, dated by its place-date line. Returns the type line, the document and the end
/// of its title.
fn headed_without_number(
    lines: &[&str],
    text: &str,
) -> Option<(usize, DocDesc, usize, Option<usize>)> {
    let (at, doc_type, of) = lines.iter().take(20).enumerate().find_map(|(i, l)| {
        let l = cell_text(l).trim();
        if l.len() < 6 || !is_upper(l) {
            return None;
        }
        if let Some(t) = registry::type_by_word(without_remark(l)) {
            return Some((i, t, None));
        }
        let (head, of) = l.split_once(" CỦA ")?;
        Some((i, registry::type_by_word(head)?, Some(of)))
    })?;
    // Only a header above it (the body's name, the motto, the place and date): a page that
    // introduces a document first (`Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU
    // ...`) names it by its number.
    let header_like = |l: &&str| {
        let t = cell_text(l).trim();
        t.is_empty()
            || is_upper(t)
            || is_separator(t)
            || is_motto(t)
            || t.len() < 80 && PLACE_DATE.is_match(after_motto(t))
            || t.chars().all(|c| !c.is_alphanumeric())
            // (A site's button above the copy, `Sign In`, `Đăng nhập`: a word or two.)
            || t.len() < 16
                && t.split_whitespace().count() <= 2
                && t.chars().all(|c| c.is_alphabetic() || c == ' ')
            // (A legal database's short status lines over its copy, `Hiệu lực: Còn hiệu lực`,
            // `Ngày có hiệu lực: 01/12/2017`, `Click vào nội dung được bôi màu để xem chi
            // tiết.`: a line that names no document by its number, nor holds one.)
            || t.len() < 160 && !names_a_number(t)
    };
    if !lines[..at].iter().all(header_like) {
        return None;
    }
    // (`NGHỊ QUYẾT` / `CỦA BAN THƯỜNG VỤ TỈNH ỦY` / `về ...`: who issues, on the next line.)
    let next = lines.get(at + 1).map(|l| cell_text(l).trim());
    let (of, from) = match next
        .filter(|l| is_upper(l))
        .and_then(|l| l.strip_prefix("CỦA "))
    {
        Some(board) if of.is_none() => (Some(board), at + 2),
        _ => (of, at + 1),
    };
    // A text printed apart from the decision that issues it says so under its title: its type
    // line and title (`CHƯƠNG TRÌNH HÀNH ĐỘNG` / `CỦA ỦY BAN NHÂN DÂN TỈNH SƠN LA THỰC HIỆN
    // ...`) name what it is, `Kế hoạch của ...` as citing texts write it.
    let annex = annex_line(lines, at + 1);
    let (title, end) = match annex {
        Some(a) => {
            let (rest, end) = if a > at + 1 {
                title_after(lines, at + 1)
            } else {
                (String::new(), at)
            };
            let kind = sentence_case(cell_text(lines[at]).trim());
            let title = if rest.is_empty() {
                kind
            } else {
                format!("{kind} {}", lower_first_word(&rest))
            };
            (title, end.min(a - 1))
        }
        None => title_after(lines, from),
    };
    if title.is_empty() {
        return None;
    }
    // The preamble opens within a few lines of the title's end (a web page's copy puts a blank
    // line after each).
    let preamble = lines
        .iter()
        .skip(end)
        .filter(|l| !l.trim().is_empty())
        .take(8)
        .any(|l| {
            let f = fold_words(l.trim_start_matches(['-', ' ', '\t', '|']));
            PREAMBLE_CUES.iter().any(|c| f.starts_with(c))
        });
    if !preamble && annex.is_none() {
        return None;
    }
    let home = province_of_text_in(text);
    let block = issuer_block(lines, at, None);
    // (Else the authority above the preamble, `CHÍNH PHỦ` / `Căn cứ ...`.)
    let authority = lines
        .get(end + 1)
        .map(|l| cell_text(l).trim())
        .filter(|l| is_upper(l) && !l.is_empty())
        .or_else(|| {
            // (Under the title's rule, `___`, as copies print it; past the title's last words
            // when a copy put a blank line inside it, `Ban hành Quy định về ...` / `` / `trên
            // địa bàn tỉnh Bắc Giang` / `___` / `ỦY BAN NHÂN DÂN TỈNH BẮC GIANG`.)
            lines
                .iter()
                .skip(end + 1)
                .take(8)
                .map(|l| cell_text(l).trim())
                .take_while(|l| !starts_preamble(l))
                .filter(|l| !l.is_empty() && !is_separator(l))
                .take(2)
                .find(|l| is_upper(l))
        });
    let issuer = of
        .and_then(|o| parse_issuer(o, home.as_deref()))
        .or_else(|| {
            (!block.is_empty())
                .then(|| parse_issuer(&block, home.as_deref()))
                .flatten()
        })
        .or_else(|| authority.and_then(|a| parse_issuer(a, home.as_deref())));
    let date = lines[at.saturating_sub(8)..at].iter().find_map(|l| {
        let c = PLACE_DATE.captures(after_motto(l))?;
        iso_date(&c["d"], &c["m"], &c["y"])
    });
    let system = issuer.as_ref().map_or(System::State, |i| i.system);
    let t = registry::DOC_TYPES.iter().find(|t| t.name == doc_type)?;
    let abbr = match system {
        System::Party => t.party.first().or(t.state.first()),
        System::State => t.state.first().or(t.party.first()),
    }?;
    let scope = issuer.as_ref().map(|i| i.scope.clone());
    let term = (system == System::Party && scope == Some(Scope::Central))
        .then(|| {
            date.as_deref()
                .and_then(registry::term_of_date)
                .map(str::to_string)
        })
        .flatten();
    Some((
        at,
        DocDesc {
            doc_type: Some(doc_type.to_string()),
            number: None,
            symbol: Some(abbr.to_string()),
            system: Some(system),
            year: date.as_deref().and_then(|d| d[..4].parse().ok()),
            date,
            term,
            issuer: issuer.map(|i| i.name),
            scope,
            title: Some(title),
            normative: false,
        },
        end,
        annex,
    ))
}

/// Whether `line` holds a number with a symbol (`số 10-NQ/TU`, `45/2017/QĐ-UBND`), as a line
/// that names a document by its number does; or is a number line, read or not (`Số: 72-HĐBT`,
/// an old form): the document has a number.
fn names_a_number(line: &str) -> bool {
    let b = line.as_bytes();
    if super::patterns::NUMBER_LINE_PREFIX
        .find(line)
        .is_some_and(|m| b.get(m.end()).is_some_and(u8::is_ascii_digit))
    {
        return true;
    }
    (0..b.len()).any(|i| {
        b[i].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && groups::number_symbol_at(line, i).is_some()
    })
}

/// The line, among the few under a type line from `from`, that says what issues the text:
/// `(Ban hành kèm theo Quyết định số 70/2006/QĐ-UBND` / `ngày 07 tháng 9 năm 2006 của Ủy ban
/// nhân dân tỉnh)`, `Kèm theo Nghị quyết số 12/NQ-HĐND ...`. A plan, programme or regulation
/// that a decision or resolution issues is printed with that line under its title, and no
/// number line of its own. Not past the preamble or the first section.
fn annex_line(lines: &[&str], from: usize) -> Option<usize> {
    (from..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .take(6)
        .take_while(|&i| {
            let l = cell_text(lines[i]).trim();
            !(is_section_heading(l) || starts_preamble(l))
        })
        .find(|&i| is_annex_line(cell_text(lines[i]).trim()))
}

/// `(Ban hành kèm theo Quyết định số ...`, `Kèm theo Nghị quyết số ...`: a line that opens by
/// naming the document a text is issued with, by its number.
fn is_annex_line(l: &str) -> bool {
    let l = l.trim_start_matches(['(', '[', ' ']);
    let f = fold_words(l);
    (f.starts_with("ban hanh kem theo ") || f.starts_with("kem theo "))
        && l.bytes().any(|b| b.is_ascii_digit())
}

/// The words a document's preamble opens with (folded, a space after): `Căn cứ`, `Thực hiện`,
/// `(Để, Nhằm) triển khai`.
const PREAMBLE_CUES: &[&str] = &[
    "can cu ",
    "thuc hien ",
    "de trien khai ",
    "nham trien khai ",
    "trien khai ",
];

/// A preamble's opening cue at a line's start ([`PREAMBLE_CUES`]), in a sentence's case.
fn starts_preamble(l: &str) -> bool {
    let l = l.trim_start_matches(['-', '–', '—', '+', '•', '*', ' ']);
    l.chars().next().is_some_and(char::is_uppercase)
        && !is_upper(l)
        && PREAMBLE_CUES.iter().any(|c| fold_words_starts_with(l, c))
}

/// A title put after a type word: its first word in small letters unless it is an
/// abbreviation or a name in capitals (`Thực hiện ...` → `thực hiện ...`; `UBND ...` stays).
fn lower_first_word(t: &str) -> String {
    let first = t.split_whitespace().next().unwrap_or("");
    let mut cs = first.chars();
    let word = cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase);
    if !word || first.chars().count() < 2 {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len());
    let mut chars = t.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_lowercase());
    }
    out.push_str(chars.as_str());
    out
}

/// A type line without the remark in brackets after the type word (`QUY ĐỊNH (BỔ SUNG)`,
/// `NGHỊ QUYẾT (DỰ THẢO)`, `QUY CHẾ (SỬA ĐỔI)`).
fn without_remark(l: &str) -> &str {
    match l.split_once('(') {
        Some((head, rest)) if rest.trim_end().ends_with(')') => head.trim_end(),
        _ => l,
    }
}

/// A type line without the footnote's number a consolidated text puts after it (`THÔNG TƯ1`,
/// `NGHỊ ĐỊNH2`: the note says which texts were consolidated).
fn without_note_mark(l: &str) -> &str {
    l.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end()
}

/// The board that issues a text under the Central Committee's header: a Politburo or
/// Secretariat text has the Central Committee's header (`BAN CHẤP HÀNH TRUNG ƯƠNG`, Quy định
/// 66-QĐ/TW, on the Party's documents) and is signed `T/M BỘ CHÍNH TRỊ` or `T/M BAN BÍ THƯ`;
/// a copy that lost its signature still says who acts after its legal bases (`Ban Bí thư quy
/// định ...`, `Bộ Chính trị yêu cầu ...`). `None` when neither is there: the Central
/// Committee's own.
fn central_board(lines: &[&str], anchor: usize, own: &str) -> Option<Issuer> {
    const SIGNATURES: &[&str] = &["t m ", "tm "];
    const BOARDS: &[&str] = &["bo chinh tri", "ban bi thu"];
    const ACTS: &[&str] = &[
        "quy dinh",
        "ban hanh",
        "quyet dinh",
        "ket luan",
        "yeu cau",
        "chi thi",
    ];
    let board_of = |f: &str| BOARDS.iter().find(|b| f == **b).copied();
    // (The board whose whole words open folded words.)
    let board_opening = |f: &str| {
        BOARDS
            .iter()
            .find(|b| {
                f.starts_with(**b) && !f[b.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
            .copied()
    };
    let signed = lines[anchor + 1..].iter().find_map(|l| {
        let t = l.trim();
        if t.len() > 40 || !is_upper(t) {
            return None;
        }
        let f = fold_words(t);
        SIGNATURES
            .iter()
            .find_map(|s| f.strip_prefix(s))
            .and_then(board_of)
    });
    // (A portal's lead names the board of the text it prints: `Quy định số 97-QĐ/TW ngày
    // 7/2/2023 của Bộ Chính trị về ...`.)
    let named = || {
        lines[..lines.len().min(anchor + 120)].iter().find_map(|l| {
            l.match_indices(own).find_map(|(at, _)| {
                let after = fold_words(&l[at + own.len()..]);
                let after = after.trim_start();
                // (Its date first: `ngày 7/2/2023`, `ngày 07 tháng 02 năm 2023`.)
                let mut words = after.split(' ').peekable();
                if words.peek() == Some(&"ngay") {
                    words.next();
                    while words.peek().is_some_and(|w| {
                        matches!(*w, "thang" | "nam") || w.bytes().all(|b| b.is_ascii_digit())
                    }) {
                        words.next();
                    }
                }
                let rest = words.collect::<Vec<_>>().join(" ");
                board_opening(rest.strip_prefix("cua ")?)
            })
        })
    };
    // (The title names it: `KẾT LUẬN` / `CỦA BỘ CHÍNH TRỊ VỀ ...`, `CHỈ THỊ CỦA BAN BÍ THƯ`.)
    // (Within the first lines of the head that hold words: copies put blank lines between.)
    let titled = || {
        lines[anchor + 1..]
            .iter()
            .map(|l| l.trim())
            .filter(|t| !t.is_empty())
            .take(8)
            // (Or in small letters under the type line: `NGHỊ QUYẾT` / `của Bộ Chính trị về
            // chiến lược cải cách tư pháp ...`, as a copy writes the title.)
            .filter(|t| is_upper(t) || fold_words_starts_with(t, "cua "))
            .find_map(|t| {
                let f = fold_words(t);
                let (head, tail) = match f.split_once("cua ") {
                    Some(("", tail)) => ("", tail),
                    Some((head, tail)) => (head.trim_end(), tail),
                    None => return None,
                };
                if !head.is_empty() && registry::type_by_word(head).is_none() {
                    return None;
                }
                board_opening(tail)
            })
    };
    // (`Bộ Chính trị yêu cầu ...`, also after a lead and with the Party's name: `Trước tình
    // hình đó, Ban Bí thư Trung ương Đảng yêu cầu ...`.)
    let acting = |clause: &str| {
        let t = clause.trim_start();
        let b = BOARDS.iter().find(|b| fold_words_starts_with(t, b))?;
        ["", " trung uong", " trung uong dang"]
            .iter()
            .any(|name| {
                ACTS.iter()
                    .any(|a| fold_words_starts_with(t, &format!("{b}{name} {a}")))
            })
            .then_some(*b)
    };
    let board = signed.or_else(titled).or_else(named).or_else(|| {
        lines[anchor + 1..lines.len().min(anchor + 120)]
            .iter()
            .find_map(|l| acting(l).or_else(|| l.split(", ").skip(1).find_map(acting)))
    })?;
    parse_issuer(board, None)
}

/// The line in capitals right above a decision's first legal basis (`Căn cứ ...`), below its
/// number line: the authority that decides (`ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN`, `CHỦ TỊCH ỦY
/// BAN NHÂN DÂN TỈNH`).
fn authority_line<'t>(lines: &[&'t str], anchor: usize, limit: usize) -> Option<&'t str> {
    let first_basis = (anchor + 1..limit.max(anchor + 1))
        .find(|&i| fold_words_starts_with(lines[i].trim_start(), "can cu"))?;
    let above = lines[anchor + 1..first_basis]
        .iter()
        .rev()
        .map(|l| cell_text(l))
        .find(|l| !l.is_empty())?;
    is_upper(above).then_some(above)
}

/// A line with letters, none of them lower case.
pub fn is_upper(l: &str) -> bool {
    let mut letters = 0;
    for c in l.chars() {
        if c.is_lowercase() {
            return false;
        }
        // Two letters are enough; past them only a lower-case one matters.
        if letters < 2 && c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

fn is_separator(l: &str) -> bool {
    let t = l.trim();
    !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '-' | '_' | '=' | '*' | '–' | '—' | ' '))
}

/// `l` up to where a motto or the Party's name starts in it (all of `l` when none does).
fn before_motto(l: &str) -> &str {
    static STARTS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new([
                "CỘNG HÒA XÃ HỘI",
                "CỘNG HOÀ XÃ HỘI",
                "Cộng hòa xã hội",
                "Cộng hoà xã hội",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Độc lập - Tự do",
                "ĐỘC LẬP - TỰ DO",
            ])
            .expect("motto automaton")
        });
    match STARTS.find(l) {
        Some(m) if m.start() > 0 => &l[..m.start()],
        _ => l,
    }
}

/// `l` after the motto and the rule under it, where a flattened two-column header runs the
/// motto's cell on into the place-date (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ------- Hà Nội,
/// ngày 19 tháng 05 năm 2014`); all of `l` when it holds no motto.
fn after_motto(l: &str) -> &str {
    static END: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i:chủ nghĩa việt nam|hạnh phúc)[\s|*=_\-–—]*")
            .expect("motto end compiles")
    });
    match END.find_iter(l).last() {
        Some(m) => &l[m.end()..],
        None => l,
    }
}

fn is_motto(l: &str) -> bool {
    let f = fold_words(l);
    f.contains("cong hoa xa hoi chu nghia viet nam")
        || f == "dang cong san viet nam"
        || f.starts_with("doc lap tu do hanh phuc")
}

/// Whether `l` is a piece of a motto that a copy split into lines (`CỘNG HÒA XÃ HỘI`, `CHỦ
/// NGHĨA VIỆT NAM`, `ĐẢNG CỘNG SẢN`): whole words of it, one of them the motto's own (`cộng
/// hòa`, `chủ nghĩa`, `cộng sản`, `độc lập`, `tự do`, `hạnh phúc`); `VIỆT NAM` alone only right
/// after another piece (`NGÂN HÀNG NHÀ NƯỚC` / `VIỆT NAM` is a name, and `XÃ HỘI` alone ends
/// `SỞ LAO ĐỘNG - THƯƠNG BINH VÀ` / `XÃ HỘI`).
fn is_motto_fragment(l: &str, after_fragment: bool) -> bool {
    let f = fold_words(l);
    if f.is_empty() {
        return false;
    }
    // (`CỘNG` alone: a copy that broke the motto after its first word, `CỘNG` / `HÒA XÃ HỘI
    // CHỦ NGHĨA VIỆT NAM`. No body's name holds the word.)
    if l.trim() == "CỘNG" {
        return true;
    }
    let padded = format!(" {f} ");
    let owns = [
        " cong hoa ",
        " chu nghia ",
        " cong san ",
        " doc lap ",
        " tu do ",
        " hanh phuc ",
    ]
    .iter()
    .any(|w| padded.contains(w));
    if !(owns || after_fragment && f == "viet nam") {
        return false;
    }
    [
        " cong hoa xa hoi chu nghia viet nam ",
        " doc lap tu do hanh phuc ",
        " dang cong san viet nam ",
    ]
    .iter()
    .any(|m| m.contains(&padded))
}

/// Whether line `i` goes on with the reference the line before it opens: a copy from a PDF
/// breaks running text anywhere (`... sửa đổi điểm b khoản 13 Điều 1 của Nghị định` / `số
/// 31/2011/NĐ-CP ngày 11 tháng 5 năm 2011 ...`), and the number there is the cited one's.
fn goes_on_from_type(lines: &[&str], i: usize) -> bool {
    let Some(above) = i.checked_sub(1).map(|k| lines[k].trim_end()) else {
        return false;
    };
    let words: Vec<&str> = above.split_whitespace().collect();
    (1..=3.min(words.len())).any(|n| {
        let tail = words[words.len() - n..].join(" ");
        if registry::type_by_word(&tail).is_none() {
            return false;
        }
        // (A type line in capitals, `QUYẾT ĐỊNH`, is a header's; running text writes the
        // type word in lower case after its first letter. A title in capitals names what the
        // document acts on after a cue, `CHƯƠNG TRÌNH` / `TRIỂN KHAI THỰC HIỆN KẾ HOẠCH` / `SỐ
        // 164-KH/TU NGÀY ...`: the number there is the one it carries out.)
        !is_upper(&tail) || {
            let folded = fold_words(&words[..words.len() - n].join(" "));
            let head: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
            super::cues::cue_at_end(&head).is_some()
        }
    })
}

/// A header's cell that holds the issuer's name and then its number line, as a web page
/// flattens the two-column header's left column into one line (`BỘ TÀI CHÍNH Số: 54/VBHN-BTC`,
/// `BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG --------------- Số: 24/2014/TT-BTNMT`): the name (in capitals,
/// without the rule under it) and the number line. `Số` with its colon, or a Party
/// committee's under its star without one (`TỈNH ỦY THỪA THIÊN HUẾ * Số 03-NQ/TU`, as
/// Hướng dẫn 36-HD/VPTW writes it), after a name that is no type line (`QUYẾT ĐỊNH`) and no
/// motto.
pub(crate) fn issuer_then_number(cell: &str) -> Option<(&str, &str)> {
    let starred = || {
        let star = memchr::memchr(b'*', cell.as_bytes())?;
        let after = cell[star + 1..].trim_start_matches([' ', '\t']);
        let number = ["Số ", "SỐ "]
            .iter()
            .find_map(|p| after.strip_prefix(p))?
            .trim_start_matches([' ', '\t']);
        number
            .starts_with(|c: char| c.is_ascii_digit())
            .then_some(cell.len() - after.len())
    };
    // (Else every form holds a colon: most lines have none.)
    let at = match memchr::memchr(b':', cell.as_bytes()) {
        Some(_) => ["Số:", "SỐ:", "Số :", "SỐ :"]
            .iter()
            .filter_map(|p| cell.find(p))
            .min()
            .or_else(starred)?,
        None => starred()?,
    };
    let (head, rest) = cell.split_at(at);
    let name = head
        .trim_end_matches([' ', '\t', '-', '_', '=', '–', '—', '*'])
        .trim_start_matches([' ', '\t', '|']);
    // (A header flattened into one line runs the two columns' cells together: `UBND TỈNH NINH
    // THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh
    // phúc Số: ...`; the issuer's are what the motto leaves.)
    let parts = without_motto(name);
    let upper_name = !parts.is_empty()
        && name.len() <= 240
        && parts.iter().all(|p| is_upper(p) && !is_motto(p))
        && !name.contains(':')
        && registry::type_by_word(name).is_none();
    upper_name.then_some((name, rest))
}

/// The parts of a header's line that are not the motto (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
/// `Độc lập - Tự do - Hạnh phúc`, the Party's `ĐẢNG CỘNG SẢN VIỆT NAM`) nor the rules under it.
fn without_motto(l: &str) -> Vec<&str> {
    static MOTTO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i:cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam|độc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc|đảng\s+cộng\s+sản\s+việt\s+nam)",
        )
        .expect("MOTTO compiles")
    });
    MOTTO
        .split(l)
        .map(|p| {
            p.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '-' | '_' | '=' | '–' | '—' | '*' | '|')
            })
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// The first line of the header whose number line is `number_line`: up from it over the
/// issuer's lines (upper case), rules, blank lines, the motto and a place-date, at most twelve.
/// What stands above is the page's, not the document's: a legal database's list of related
/// documents (`- 2Nghị quyết 76/NQ-CP năm 2013 sửa đổi Nghị quyết 30c/NQ-CP ...`).
pub fn header_start(lines: &[&str], number_line: usize) -> usize {
    let mut i = number_line.min(lines.len());
    while i > 0 && number_line - i < 12 {
        let l = cell_text(lines[i - 1]);
        let header = l.is_empty()
            || is_separator(l)
            || is_motto(l)
            || is_upper(before_motto(l))
            || PLACE_DATE.is_match(l);
        if !header {
            break;
        }
        i -= 1;
    }
    i
}

/// The upper-case issuer block above the number line: `ỦY BAN NHÂN DÂN` / `TỈNH LẠNG SƠN`.
/// A two-column header flattened into lines puts the motto after the issuer on each line
/// (`ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ...` / `HUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc`):
/// the part before it is the issuer's.
/// `inline`: the issuer's name on the number line itself ([`issuer_then_number`]), the block's
/// last line.
fn issuer_block(lines: &[&str], number_line: usize, inline: Option<&str>) -> String {
    let from = number_line.saturating_sub(12);
    let mut after_fragment = false;
    let parts: Vec<&str> = lines[from..number_line]
        .iter()
        // (A table's row holds the issuer's cell first, then the motto's, whatever typing
        // slip the motto has: `ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI ... |`.)
        .map(|l| without_page_mark(before_motto(first_cell(l)).trim()))
        .filter(|l| {
            // (The motto a copy split into lines, `CỘNG HÒA XÃ HỘI` / `CHỦ NGHĨA VIỆT NAM`, is
            // the right column's, whichever line it falls on.)
            let fragment = is_motto_fragment(l, after_fragment);
            if !l.is_empty() {
                after_fragment = fragment;
            }
            !fragment
        })
        .filter(|l| {
            is_upper(l) && !is_separator(l) && !is_motto(l) && registry::type_by_word(l).is_none()
        })
        .filter(|l| !l.contains(':'))
        .chain(inline.into_iter().flat_map(without_motto))
        .collect();
    party_board(&parts)
        .or_else(|| district_unit(&parts))
        .or_else(|| department(&parts))
        .unwrap_or_else(|| parts.join(" "))
}

/// A line without the page mark a PDF's text puts before the first line of a page (`Trang
/// 1UỶ BAN NHÂN DÂN`).
fn without_page_mark(l: &str) -> &str {
    let Some(rest) = l.strip_prefix("Trang ") else {
        return l;
    };
    let body = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    if body.len() < rest.len()
        && body
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        body.trim_start()
    } else {
        l
    }
}

/// A district's header with a unit under its body (`HUYỆN ỦY CÔ TÔ` / `CƠ QUAN TỔ CHỨC – NỘI
/// VỤ`, `UBND HUYỆN NGA SƠN` / `BAN CHỈ ĐẠO PCGD, XMC`, `PHÒNG GIÁO DỤC VÀ ĐÀO TẠO`): the body
/// above, of its district (the unit's words are no part of the district's name).
fn district_unit(parts: &[&str]) -> Option<String> {
    let (child, above) = parts.split_last()?;
    if above.is_empty() {
        return None;
    }
    let c = fold_words(child);
    let unit = [
        "co quan ",
        "ban ",
        "phong ",
        "van phong ",
        "trung tam ",
        "uy ban kiem tra",
    ]
    .iter()
    .any(|u| c.starts_with(u));
    let a = fold_words(&above.join(" "));
    let district_body = [
        "huyen uy ",
        "thi uy ",
        "quan uy ",
        "thanh uy ",
        "ubnd huyen ",
        "ubnd thi xa ",
        "ubnd tx ",
        "ubnd quan ",
        "ubnd thanh pho ",
        "uy ban nhan dan huyen ",
        "uy ban nhan dan thi xa ",
        "uy ban nhan dan quan ",
        "uy ban nhan dan thanh pho ",
    ]
    .iter()
    .any(|b| a.starts_with(b) || a.contains(&format!(" {b}")));
    (unit && district_body).then(|| above.join(" "))
}

/// The office of a district's People's Committee (`PHÒNG GIÁO DỤC VÀ ĐÀO TẠO`, `PHÒNG NỘI
/// VỤ`) on the header's last line above the number line that is not the motto (which a copy
/// may print between them, whole or in pieces) nor a rule, named as the provincial department
/// of its field is (`Phòng Giáo dục và Đào tạo`), else in sentence case.
fn district_office(lines: &[&str], number_line: usize) -> Option<String> {
    let mut after_fragment = false;
    let mut last = None;
    for l in &lines[number_line.saturating_sub(10)..number_line] {
        let l = without_page_mark(before_motto(first_cell(l)).trim());
        if l.is_empty() || is_separator(l) || is_motto(l) {
            continue;
        }
        let fragment = is_motto_fragment(l, after_fragment);
        after_fragment = fragment;
        if !fragment {
            last = Some(l);
        }
    }
    let line = last.filter(|l| is_upper(l))?;
    let f = fold_words(line);
    let field = f.strip_prefix("phong ")?;
    let words = |s: &str| {
        s.split(' ')
            .filter(|w| *w != "va")
            .collect::<Vec<_>>()
            .join(" ")
    };
    let known = registry::DEPARTMENTS.iter().find_map(|(_, name)| {
        let rest = name.strip_prefix("Sở ")?;
        (words(&fold_words(rest)) == words(field)).then(|| format!("Phòng {rest}"))
    });
    Some(known.unwrap_or_else(|| sentence_case(&squash_spaces(line))))
}

/// A State header of a department under its People's Committee (`UBND TỈNH NGHỆ AN` / `SỞ Y
/// TẾ`): the department issues, of the province the lines above name (Nghị định 30/2020: the
/// body above is written first, the issuer under it).
fn department(parts: &[&str]) -> Option<String> {
    let (child, above) = parts.split_last()?;
    // (A department, or the province's ethnic board, of a department's rank.)
    if above.is_empty()
        || !(fold_words_starts_with(child, "so ") || fold_words_starts_with(child, "ban dan toc"))
    {
        return None;
    }
    let province = registry::province_in(&above.join(" "));
    Some(match province {
        Some(p) => format!("{child} tỉnh {p}"),
        None => child.to_string(),
    })
}

/// A Party header of two lines, the committee above and its board below (`BAN CHẤP HÀNH TRUNG
/// ƯƠNG` / `ỦY BAN KIỂM TRA`, `TỈNH ỦY LẠNG SƠN` / `BAN TUYÊN GIÁO`): the board issues, and is
/// named as running text names it, board then committee (`Ủy ban Kiểm tra Trung ương`, `Ban
/// Tuyên giáo Tỉnh ủy Lạng Sơn`). The committee's name may take two lines (`BAN CHẤP HÀNH` /
/// `TRUNG ƯƠNG` / `BAN TỔ CHỨC`), and what follows the board (the motto a copy split into
/// lines) is not the board's.
fn party_board(parts: &[&str]) -> Option<String> {
    (1..parts.len().min(3)).find_map(|k| {
        let b = fold_words(parts[k]);
        let (key, board) = registry::PARTY_BOARDS.iter().find(|(key, _)| *key == b)?;
        let parent = parts[..k].join(" ");
        let p = fold_words(&parent);
        if p == "ban chap hanh trung uong" {
            Some(registry::central_board(key, board))
        } else if p.starts_with("tinh uy ") || p.starts_with("thanh uy ") {
            Some(format!("{board} {}", registry::title_case(&parent)))
        } else {
            None
        }
    })
}

/// The title under the type line: the next lines up to a blank line (at most five), or up to
/// the first line that cannot continue it ([`ends_title`]).
fn title_after(lines: &[&str], from: usize) -> (String, usize) {
    let mut i = from;
    while i < lines.len() && lines[i].trim().is_empty() && i < from + 3 {
        i += 1;
    }
    // (`NGHỊ QUYẾT` / `CỦA BỘ CHÍNH TRỊ` / `VỀ MỘT SỐ GIẢI PHÁP ...`: the line under the type
    // names who issues; the title is what follows, also on the same line.)
    let mut cut = None;
    if let Some(l) = lines.get(i).map(|l| l.trim()) {
        // (Or in small letters, as a copy writes the head: `của Bộ Chính trị về chiến lược
        // ...`.)
        let small = l.starts_with("của ");
        if is_upper(l) && l.starts_with("CỦA ") || small {
            let next = lines.get(i + 1).map_or("", |n| n.trim());
            if let Some(at) = l.find(if small { " về " } else { " VỀ " }) {
                cut = Some(at + 1);
            } else if let Some(at) = l.find(" V/V ") {
                // (The old `V/V` before the subject: the subject is the title.)
                cut = Some(at + " V/V ".len());
            } else if next.is_empty()
                || ["VỀ ", "Về ", "V/V", "V/v"]
                    .iter()
                    .any(|v| next.starts_with(v))
            {
                i += 1;
                while i < lines.len() && lines[i].trim().is_empty() && i < from + 6 {
                    i += 1;
                }
            }
        }
    }
    let start = i;
    // An article or a numbered section is the body, not a title (`Điều 1. Ban hành kèm theo
    // ...` under a type line whose title a copy lost).
    if lines
        .get(start)
        .is_some_and(|l| is_section_heading(l.trim()))
    {
        return (String::new(), start);
    }
    let upper = lines.get(start).is_some_and(|l| is_upper_title(l));
    let mut parts = vec![];
    if let Some(at) = cut {
        parts.push(&lines[i].trim()[at..]);
        i += 1;
    }
    // (A title in small letters under `của Bộ Chính trị`, a copy's, goes on over a line break
    // in small letters or with a proper name; a line that opens with another capitalised word
    // is the body: `Trong những năm qua, thực hiện ...`.)
    let goes_on = |l: &str| {
        cut.is_none()
            || upper
            || !l.starts_with(char::is_uppercase)
            || PROPER.iter().any(|p| l.starts_with(p))
    };
    while i < lines.len()
        && !lines[i].trim().is_empty()
        && i < start + 5
        && !is_separator(lines[i])
        && !(i > start && ends_title(lines[i].trim(), lines[i - 1].trim(), upper))
        && goes_on(lines[i].trim())
    {
        parts.push(lines[i].trim());
        i += 1;
    }
    let raw = squash_spaces(&parts.join(" "));
    let title = if is_upper_title(&raw) {
        sentence_case(&raw)
    } else if cut.is_some() {
        // (`về chiến lược ...` after `của Bộ Chính trị`: a title opens with a capital.)
        let mut c = raw.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        raw
    };
    (title, i.saturating_sub(1).max(start))
}

/// Whether a line under a title's first line starts what follows the title. A legal database's
/// or portal's copy of a document keeps no blank line after the title (DOMAIN.md: text copied
/// from web pages breaks lines anywhere), so the preamble or the first section comes at once.
/// A title in capitals ends at the first line with a word in lower case (`Thực hiện Quyết định
/// số ...`; a symbol's `CTr/TU` is no such word); any title ends at a section heading (`I. MỤC
/// TIÊU`, `1. Căn cứ`, `Điều 1.`) and at a line that opens with a capitalised preamble cue
/// (`Căn cứ`, `Thực hiện`, `Tiếp tục`, `Theo đề nghị`, `Xét đề nghị`), also after a list's
/// dash (`– Căn cứ`): a title broken over
/// lines goes on in lower case.
fn ends_title(l: &str, prev: &str, upper_title: bool) -> bool {
    if upper_title && has_lower_case_word(l) {
        return true;
    }
    if is_section_heading(l) || is_deciding_authority(l, prev) || is_annex_line(l) {
        return true;
    }
    // (A title in capitals goes on in capitals whatever its words: `... CỦA BỘ CHÍNH TRỊ VỀ
    // VIỆC` / `TIẾP TỤC ĐẨY MẠNH ...`; a preamble is written in a sentence's case.)
    if upper_title {
        return false;
    }
    // (Also as an item of a list: `– Căn cứ Luật ...;`.)
    let l = l
        .trim_start_matches(['-', '–', '—', '+', '•', '*'])
        .trim_start();
    let first_upper = l.chars().next().is_some_and(char::is_uppercase);
    first_upper
        && [
            "can cu",
            "thuc hien",
            "tiep tuc",
            "theo de nghi",
            "xet de nghi",
        ]
        .iter()
        .any(|cue| fold_words_starts_with(l, cue))
}

/// The line in capitals under a decision's title that names who decides (`CHỦ TỊCH ỦY BAN NHÂN
/// DÂN TỈNH KIÊN GIANG`, `ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG`, `BỘ TRƯỞNG BỘ ...`, `ỦY BAN THƯỜNG
/// VỤ QUỐC HỘI`, `GIÁM ĐỐC SỞ ...`, `CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO`): a title that
/// goes on over lines does not open a line with a body's name after a line that ends without a
/// word that asks for one (`CỦA`, `VÀ`, `GIỮA`, ...).
fn is_deciding_authority(l: &str, prev: &str) -> bool {
    const AUTHORITIES: &[&str] = &[
        "chu tich uy ban nhan dan",
        "uy ban nhan dan",
        "chu tich hoi dong nhan dan",
        "hoi dong nhan dan",
        "bo truong",
        "thu tuong chinh phu",
        "chinh phu",
        "uy ban thuong vu quoc hoi",
        "quoc hoi",
        "chu tich nuoc",
        "giam doc so",
        "thong doc ngan hang",
        "tong kiem toan",
        "chanh an toa an",
        "hoi dong tham phan",
        "vien truong vien kiem sat",
        "tong cuc truong",
        "cuc truong",
    ];
    // (With their marks: `CỬA` is not `CỦA`.)
    const LINKS: &[&str] = &["của", "và", "giữa", "cho", "với", "thuộc", "tại", "do"];
    if !is_upper(l) || !AUTHORITIES.iter().any(|a| fold_words_starts_with(l, a)) {
        return false;
    }
    let last = prev
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    !LINKS.contains(&last.as_str())
}

/// [`is_upper`] of a title: letters in capitals, leaving out those of document symbols.
fn is_upper_title(l: &str) -> bool {
    !has_lower_case_word(l) && l.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

/// Whether a line has a word with a lower-case letter, leaving out document numbers and
/// symbols, which keep theirs in a title in capitals (`SỐ 45-CTr/TU`, `08-QĐi/TW`).
fn has_lower_case_word(l: &str) -> bool {
    l.split_whitespace().any(|w| {
        w.chars().any(char::is_lowercase)
            && !w
                .chars()
                .any(|c| c.is_ascii_digit() || c == '/' || c == '-')
    })
}

/// `I. MỤC TIÊU`, `II- NHIỆM VỤ`, `1. Mục đích`, `2) ...`, `Điều 1.`: a line that opens a
/// numbered section or list item (a Roman numeral and `.`, `-` or `)`, or one or two digits and
/// `.` or `)`, then a space; a year's `2021- 2025` is not one).
pub(crate) fn is_section_heading(l: &str) -> bool {
    let b = l.as_bytes();
    let roman = b
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let mark =
        |n: usize, marks: &[u8]| b.len() > n + 1 && marks.contains(&b[n]) && b[n + 1] == b' ';
    (1..=4).contains(&roman) && mark(roman, b".-)")
        || (1..=2).contains(&digits) && mark(digits, b".)")
        || l.strip_prefix("Điều ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Phrases that keep their capitals when an upper-case title is written in sentence case.
const PROPER: &[&str] = &[
    "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương",
    "Ban Bí thư",
    "Bộ Chính trị",
    "Trung ương Đảng",
    "Hội nghị Trung ương",
    "Trung ương",
    "Ban Thường vụ Tỉnh ủy",
    "Ban Chấp hành Đảng bộ",
    "Ban Thường vụ",
    "Tỉnh ủy",
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Quốc hội",
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Đảng",
    "Nhà nước",
    "Nhân dân",
    "Việt Nam",
    "Hồ Chí Minh",
];

/// `TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 51-KL/TW CỦA BAN BÍ THƯ` →
/// `Triển khai thực hiện Kết luận số 51-KL/TW của Ban Bí thư`.
pub fn sentence_case(s: &str) -> String {
    let mut out: Vec<String> = vec![];
    let mut prev_khoa = false;
    for tok in s.split(' ') {
        // Numbers, abbreviations and Roman numerals keep their capitals (`HĐND`, `(OCOP)`,
        // `lần thứ XV`; `khóa XI`, where `XI` alone would be a syllable).
        let keep = tok.chars().any(|c| c.is_ascii_digit())
            || (prev_khoa && tok.chars().all(|c| "IVX()".contains(c)))
            || is_abbreviation(tok);
        prev_khoa = matches!(fold_words(tok).as_str(), "khoa" | "thu");
        out.push(if keep {
            tok.to_string()
        } else {
            tok.to_lowercase()
        });
    }
    let mut text = out.join(" ");
    // (proper form, lower case), longest first; made once.
    static PHRASES: std::sync::LazyLock<Vec<(String, String)>> = std::sync::LazyLock::new(|| {
        let mut phrases: Vec<String> = PROPER.iter().map(|p| p.to_string()).collect();
        for t in registry::DOC_TYPES {
            for name in std::iter::once(t.name).chain(t.variants.iter().copied()) {
                phrases.push(format!("{name} số"));
                phrases.push(format!("{name} Hội nghị"));
                phrases.push(format!("{name} Đại hội"));
            }
        }
        for p in registry::all_provinces() {
            phrases.push(p.name.to_string());
        }
        for (_, name) in registry::MINISTRIES.iter().chain(registry::DEPARTMENTS) {
            phrases.push(name.to_string());
        }
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        phrases
            .into_iter()
            .map(|p| (p.to_lowercase(), p))
            .map(|(l, p)| (p, l))
            .collect()
    });
    // Which phrases the text holds, in one pass. Putting a phrase in its proper form only turns
    // letters to capitals, which makes no lower-case phrase appear that was not there before,
    // so a phrase missing now stays missing.
    static FINDER: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            PHRASES
                .iter()
                .all(|(p, l)| p.len() == l.len() && p.to_lowercase() == *l)
                .then(|| aho_corasick::AhoCorasick::new(PHRASES.iter().map(|(_, l)| l)).ok())
                .flatten()
        });
    let mut present = vec![FINDER.is_none(); PHRASES.len()];
    if let Some(finder) = FINDER.as_ref() {
        for m in finder.find_overlapping_iter(&text) {
            present[m.pattern().as_usize()] = true;
        }
    }
    // What longer phrases put in their form: a shorter one inside is left as it is (`nhân dân`
    // in `Ủy ban nhân dân`).
    let mut done: Vec<(usize, usize)> = vec![];
    for (k, (p, lower)) in PHRASES.iter().enumerate() {
        if !present[k] {
            continue;
        }
        let mut from = 0;
        while let Some(pos) = text[from..].find(lower.as_str()) {
            let at = from + pos;
            let end = at + lower.len();
            if done.iter().any(|&(a, b)| a <= at && end <= b) {
                from = end;
                continue;
            }
            let before_ok = at == 0
                || !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            let after_ok = !text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            if before_ok && after_ok {
                text.replace_range(at..end, p);
                done.push((at, at + p.len()));
            }
            from = at + p.len();
        }
    }
    let mut cs = text.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
        None => text,
    }
}

/// Whether a word in capitals is an abbreviation (`HĐND`, `UBND`, `OCOP`, `KT-XH`) or a Roman
/// numeral (`XV`, `XIII`) rather than a Vietnamese word: some part of it, between `-`, `&` or
/// `.`, is no Vietnamese syllable ([`is_syllable`]).
fn is_abbreviation(tok: &str) -> bool {
    let word = tok.trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() || word.chars().any(char::is_lowercase) {
        return false;
    }
    word.split(['-', '&', '.'])
        .filter(|p| !p.is_empty())
        .any(|p| !is_syllable(&fold_words(p)))
}

/// Whether `w` (folded: ASCII lower case) can be one Vietnamese syllable: an initial consonant
/// (or none), a vowel group of the language, and a final consonant of the eight it allows.
fn is_syllable(w: &str) -> bool {
    const INITIALS: &[&str] = &[
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
        "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];
    const NUCLEI: &[&str] = &[
        "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa",
        "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "ieu", "oai", "oao", "oay",
        "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu", "yeu", "uai", "uau",
    ];
    const FINALS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    INITIALS.iter().filter(|i| w.starts_with(**i)).any(|i| {
        let rest = &w[i.len()..];
        let n = rest.bytes().take_while(|&b| vowel(b)).count();
        // (`gi` and `qu` lend their vowel when nothing follows: `gì`, `quý` read as `g`+`i`.)
        n > 0 && NUCLEI.contains(&&rest[..n]) && FINALS.contains(&&rest[n..])
    })
}

/// The province a text is about when no header says it: the province most often named as
/// such (`tỉnh Lạng Sơn`, `TỈNH QUẢNG NGÃI`, `Tỉnh ủy Lào Cai`) or by a portal address
/// (`quangngai.gov.vn`). A tie names none.
pub fn province_of_text(lines: &[&str]) -> Option<String> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for line in lines {
        for c in PROVINCE_PHRASE.captures_iter(line) {
            if seat_named(&line[..c.get(0).expect("whole match").start()]) {
                continue;
            }
            if let Some(p) = province_named(&c["name"]) {
                *counts.entry(p).or_default() += 1;
            }
        }
        for c in GOV_DOMAIN.captures_iter(line) {
            if let Some(p) = province_of_slug(&c["p"]) {
                *counts.entry(p).or_default() += 1;
            }
        }
    }
    top_province(&counts)
}

/// Whether the words before a province's name (on its line) make it where someone is seated or
/// something happens (`Tổng Lãnh sự quán Ấn Độ tại thành phố Hồ Chí Minh`): a place the text
/// speaks of, not the province whose text it is. (Not `ở`, which is also a word of names:
/// `Chương trình phát triển nhà ở tỉnh Thanh Hóa`.)
fn seat_named(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    matches!(last, "tại" | "Tại" | "TẠI")
}

/// The province a news item's headline opens with as its subject (`Thừa Thiên Huế ban hành Kế
/// hoạch ...`, `Quảng Nam: ...`): provincial news names its province's People's Committee or
/// Party committee so, and a later `UBND tỉnh` is that province's. The name in capitalised
/// words, of two words or more, then a word in small letters or a colon.
fn headline_province(lines: &[&str]) -> Option<String> {
    // (The headline may come under a site's trail, `Trang chủ » Tin tức`.)
    lines
        .iter()
        .map(|l| cell_text(l))
        .filter(|l| !l.is_empty())
        .take(3)
        .find_map(province_opening)
}

/// [`headline_province`] of one line.
fn province_opening(first: &str) -> Option<String> {
    if first.len() > 200 {
        return None;
    }
    let words: Vec<&str> = first.split_whitespace().take(5).collect();
    (2..=4.min(words.len())).rev().find_map(|n| {
        let (name, rest) = words.split_at(n);
        let last = name[n - 1];
        let colon = last.ends_with(':');
        let name_words: Vec<&str> = name.iter().map(|w| w.trim_end_matches(':')).collect();
        // (Capitalised words of letters alone: `Hà Nội, ngày ...` is a place-date line, the
        // place a national paper writes from.)
        if !name_words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        }) {
            return None;
        }
        let next_small = rest
            .first()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_lowercase);
        if !(colon || next_small) || name[..n - 1].iter().any(|w| w.ends_with(':')) {
            return None;
        }
        province_named(&name_words.join(" ")).map(str::to_string)
    })
}

/// The province of the district-level units a text names that only one province has
/// (`Huyện ủy Hàm Thuận Nam`, `UBND huyện Bạch Thông`), when they agree: a district's news
/// item names its district, not always its province. (`huyện Châu Thành`, in ten provinces,
/// names none.)
fn province_of_districts(lines: &[&str]) -> Option<String> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for line in lines {
        if let Some((kind, name)) = registry::district_in(line) {
            if let [p] = registry::district_provinces(&kind, &name) {
                *counts.entry(p).or_default() += 1;
            }
        }
    }
    (counts.len() == 1).then(|| top_province(&counts)).flatten()
}

/// [`province_of_text`] of a text's lines, in one pass over the text: the patterns do not cross
/// a line break, so they find what they find line by line.
pub fn province_of_text_in(text: &str) -> Option<String> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for c in PROVINCE_PHRASE_IN_LINE.captures_iter(text) {
        let before = &text[..c.get(0).expect("whole match").start()];
        if seat_named(&before[before.rfind('\n').map_or(0, |i| i + 1)..]) {
            continue;
        }
        if let Some(p) = province_named(&c["name"]) {
            *counts.entry(p).or_default() += 1;
        }
    }
    if memchr::memmem::find(text.as_bytes(), b".gov.vn").is_some() {
        for c in GOV_DOMAIN_IN_LINE.captures_iter(text) {
            if let Some(p) = province_of_slug(&c["p"]) {
                *counts.entry(p).or_default() += 1;
            }
        }
    }
    top_province(&counts)
}

/// The province a portal address names: `quangngai` → `Quảng Ngãi`; also after the name of an
/// agency's or a programme's site, as provinces name them (`ipckontum`, the investment
/// promotion centre of Kon Tum; `nongthonmoituyenquang`, `dost-dongnai`).
fn province_of_slug(slug: &str) -> Option<&'static str> {
    static SLUGS: std::sync::LazyLock<Vec<(String, &'static str)>> =
        std::sync::LazyLock::new(|| {
            registry::PROVINCES
                .iter()
                .map(|p| (fold_words(p.name).replace(' ', ""), p.name))
                .collect()
        });
    SLUGS
        .iter()
        .find(|(s, _)| s == slug)
        .or_else(|| {
            SLUGS
                .iter()
                .filter(|(s, _)| s.len() >= 5 && slug.len() > s.len() && slug.ends_with(s.as_str()))
                .max_by_key(|(s, _)| s.len())
        })
        .map(|(_, n)| *n)
}

/// The number of a number line that a copy broke after `Số:` (`Số:` / `36/KH-UBND |`): the
/// next line that is not empty or a table's `|` (within two), when it holds the number and
/// symbol alone.
fn number_on_next_line<'t>(
    lines: &[&'t str],
    i: usize,
    head: &str,
) -> Option<(usize, NsGroups<'t>)> {
    let head = cell_text(head);
    let head = head.strip_suffix(':').unwrap_or(head).trim_end();
    if !matches!(fold_words(head).as_str(), "so") {
        return None;
    }
    let j = next_filled_line(lines, i)?;
    let line = lines[j];
    let d0 = line.len() - line.trim_start_matches([' ', '\t', '|']).len();
    if !line[d0..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (c, end) = groups::number_symbol_at(line, d0)?;
    line[end..]
        .trim_matches([' ', '\t', '|'])
        .is_empty()
        .then_some((j, c))
}

/// A number line that a copy broke after the number's separator, the symbol alone on the next
/// line (`Số: 16 -` / `HD/BTCTW`: a Party document's number, typed with spaces around its
/// hyphen, wrapped in its narrow header cell), as the two lines joined (`Số: 16 -HD/BTCTW`),
/// with the index of the symbol's line. The symbol opens with a capital and holds no space.
fn number_broken_after_separator(lines: &[&str], i: usize) -> Option<(usize, String)> {
    let head = cell_text(lines[i]);
    if !head.ends_with(['-', '/']) {
        return None;
    }
    let digits = head[..head.len() - 1].trim_end();
    if !digits.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let j = next_filled_line(lines, i)?;
    let symbol = cell_text(lines[j]);
    if !symbol.starts_with(char::is_uppercase) || symbol.contains(char::is_whitespace) {
        return None;
    }
    Some((j, format!("{head}{symbol}")))
}

/// The first cell of a table's row (`ỦY BAN NHÂN DÂN | CỘNG HÒA ... |`), or the whole line
/// ([`cell_text`]) when it has one cell.
fn first_cell(l: &str) -> &str {
    let t = l.trim().trim_start_matches('|');
    let t = t.split('|').next().unwrap_or(t).trim();
    wide_cells(t).next().unwrap_or(t)
}

/// The cells of a line that a two-column header's text laid out with spaces (`pdftotext
/// -layout`, a word processor's copy): parts apart by a tab or four spaces or more (` BAN TỔ
/// CHỨC          Hà Nội, ngày 29 tháng 12 năm 2006`).
fn wide_cells(l: &str) -> impl Iterator<Item = &str> {
    l.split('\t')
        .flat_map(|p| p.split("    "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// The next line after `i` that holds more than a table's `|` and blanks, within two (a web
/// page's copy puts an empty cell between a broken line's halves).
fn next_filled_line(lines: &[&str], i: usize) -> Option<usize> {
    (i + 1..lines.len().min(i + 3)).find(|&j| !cell_text(lines[j]).is_empty())
}

/// A line without the `|` a legal database's table puts around its cells, and without the
/// spaces around them.
fn cell_text(l: &str) -> &str {
    l.trim().trim_matches('|').trim()
}

/// Whether `l` holds a comma followed by spaces or tabs and `ng` in any case.
/// `Hà Nội ngày 15 tháng 4 năm 2025`: a header's place-date whose comma a copy dropped, as a
/// place-date with it, when the words before `ngày` are a place the tables know (a province, or
/// a city or district of one) and the line says nothing more.
fn place_date_without_comma(l: &str) -> Option<String> {
    let t = cell_text(l).trim();
    if t.len() > 80 {
        return None;
    }
    let at = t.find("ngày")?;
    let place = t[..at].trim_end();
    let words = place.split_whitespace().count();
    if !(1..=5).contains(&words)
        || !place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let known = registry::province_named(place).is_some()
        || !registry::district_provinces("thành phố", place).is_empty();
    known.then(|| format!("{place}, {}", &t[at..]))
}

fn comma_then_ng(l: &str) -> bool {
    let b = l.as_bytes();
    memchr::memchr_iter(b',', b).any(|i| {
        let mut k = i + 1;
        while k < b.len() && matches!(b[k], b' ' | b'\t') {
            k += 1;
        }
        k + 1 < b.len() && b[k].eq_ignore_ascii_case(&b'n') && b[k + 1].eq_ignore_ascii_case(&b'g')
    })
}

/// Whether `fold_words(l)` starts with `noi nhan`: its first letter or digit is `n` when it is
/// ASCII (the characters before it are ASCII and fold to no letter).
fn starts_noi_nhan(l: &str) -> bool {
    match l
        .bytes()
        .find(|b| !b.is_ascii() || b.is_ascii_alphanumeric())
    {
        Some(b'n' | b'N') => fold_words_starts_with(l, "noi nhan"),
        Some(b) if !b.is_ascii() => fold_words_starts_with(l, "noi nhan"),
        _ => false,
    }
}

/// Whether `l` holds `word` (ASCII letters that have no other case forms), in any case.
fn has_ascii_word_ci(l: &str, word: &[u8]) -> bool {
    l.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The province named most often; none on a tie.
fn top_province(counts: &BTreeMap<&'static str, usize>) -> Option<String> {
    let max = *counts.values().max()?;
    let top: Vec<_> = counts.iter().filter(|(_, n)| **n == max).collect();
    (top.len() == 1).then(|| top[0].0.to_string())
}

const OFFICES: &[&str] = &[
    "chu tich",
    "pho chu tich",
    "bi thu",
    "pho bi thu",
    "giam doc",
    "pho giam doc",
    "truong ban",
    "pho truong ban",
    "bo truong",
    "thu truong",
    "thu tuong",
    "pho thu tuong",
    "chanh van phong",
    "pho chanh van phong",
    "tong bi thu",
    "chu nhiem",
    "truong phong",
];

/// An authority line of a signature block: `KT. CHỦ TỊCH`, `TM. ỦY BAN NHÂN DÂN`, `T/M BAN
/// THƯỜNG VỤ`, `PHÓ CHỦ TỊCH`.
fn is_authority(l: &str) -> bool {
    let t = l.trim();
    if !is_upper(t) {
        return false;
    }
    let f = fold_words(t);
    let first = f.split(' ').next().unwrap_or("");
    matches!(first, "kt" | "tm" | "tl" | "tuq" | "q") && f.split(' ').count() >= 2
        || (f.starts_with("t m ") && f.split(' ').count() >= 3)
        || OFFICES.contains(&f.as_str())
}

/// A signer's name: two to six capitalised words, no digits.
fn is_name(l: &str) -> bool {
    let words: Vec<&str> = l.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
        && !is_upper(l)
}

/// First line after the signature block (authority lines, the signer's name, a trailing
/// `Nơi nhận:` list), when there is anything after it that is not the document's own annex: a
/// resolution or decision that issues a programme or plan puts it after the signature, headed
/// `(Ban hành kèm theo Nghị quyết số 12/NQ-CP ...)` (its `own_number`); the page's furniture
/// then starts after the annex's own signature, if it has one.
fn furniture_start(lines: &[&str], after: usize, own_number: Option<&str>) -> Option<usize> {
    let search_from = lines
        .iter()
        .rposition(|l| starts_noi_nhan(l))
        .unwrap_or(after.max(lines.len() / 2));
    let mut from = signature_end(lines, search_from)?;
    while let Some(a) = own_number.and_then(|n| annex_heading(lines, from, n)) {
        from = signature_end(lines, a + 1)?;
    }
    Some(from)
}

/// The line, among the first lines from `from`, that says what it is issued with: `(Ban hành
/// kèm theo Nghị quyết số 12/NQ-CP ...)`, `(Kèm theo Kế hoạch số 27/KH-UBND ...)`, naming
/// the number `own`.
fn annex_heading(lines: &[&str], from: usize, own: &str) -> Option<usize> {
    let names_own = |l: &str| {
        l.match_indices(own).any(|(i, _)| {
            let b = l.as_bytes();
            let glued = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_alphanumeric());
            !glued(i.checked_sub(1).map(|j| &b[j])) && !glued(b.get(i + own.len()))
        })
    };
    (from..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .take(8)
        .find(|&i| {
            let l = lines[i];
            has_ascii_word_ci(l, b"theo") && names_own(l) && fold_words(l).contains("kem theo")
        })
}

/// The first line after the signature block found from `search_from`, when there is one and
/// anything after it.
fn signature_end(lines: &[&str], search_from: usize) -> Option<usize> {
    let a = (search_from..lines.len()).find(|&i| is_authority(lines[i]))?;
    let mut i = a;
    while i < lines.len()
        && (lines[i].trim().is_empty() || is_authority(lines[i]) || is_upper(lines[i].trim()))
    {
        i += 1;
    }
    if i >= lines.len() || !is_name(lines[i].trim()) {
        return None;
    }
    i += 1;
    while i < lines.len() {
        let t = lines[i].trim();
        if t.is_empty() || t.starts_with('-') || fold_words_starts_with(t, "noi nhan") {
            i += 1;
        } else {
            break;
        }
    }
    (i < lines.len()).then_some(i)
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_in_capitals_keep_abbreviations_numerals_and_names() {
        for (upper, want) in [
            (
                "NỘI QUY KỲ HỌP HĐND HUYỆN KHÓA XI",
                "Nội quy kỳ họp HĐND huyện khóa XI",
            ),
            (
                "THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XV",
                "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV",
            ),
            (
                "PHÁT TRIỂN SẢN PHẨM (OCOP) TẠI UBND XÃ",
                "Phát triển sản phẩm (OCOP) tại UBND xã",
            ),
            (
                "KẾ HOẠCH CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO VÀ BỘ Y TẾ VỀ KT-XH",
                "Kế hoạch của Sở Giáo dục và Đào tạo và Bộ Y tế về KT-XH",
            ),
            // Words that only look like numerals or abbreviations are words.
            (
                "SẢN XUẤT XI MĂNG, XỬ LÝ VI PHẠM",
                "Sản xuất xi măng, xử lý vi phạm",
            ),
            (
                "QUY HOẠCH GIAO THÔNG QUỐC GIA, NGHIÊNG, KHUYẾN KHÍCH",
                "Quy hoạch giao thông quốc gia, nghiêng, khuyến khích",
            ),
        ] {
            assert_eq!(sentence_case(upper), want, "{upper}");
        }
    }

    use super::*;

    const STATE_HEADER: &str = "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 27/KH-UBND\n\nBắc Kạn, ngày 08 tháng 02 năm 2021\n\nKẾ HOẠCH\n\nTỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW CỦA BAN BÍ THƯ\n\nNội dung.\n";

    #[test]
    fn a_place_date_line_without_its_month_still_gives_the_year() {
        let text = STATE_HEADER.replace(
            "Bắc Kạn, ngày 08 tháng 02 năm 2021",
            "Bắc Kạn, ngày 08 tháng năm 2021",
        );
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.unwrap();
        assert_eq!((own.date, own.year), (None, Some(2021)));
        // (Not a date of the title's: no place and comma before it.)
        let text = STATE_HEADER
            .replace("Bắc Kạn, ngày 08 tháng 02 năm 2021", "")
            .replace(
                "TỔ CHỨC THỰC HIỆN CHỈ THỊ",
                "Về việc ngày 5 tháng năm 2019 TỔ CHỨC THỰC HIỆN CHỈ THỊ",
            );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(scan(&lines).own.unwrap().year, None);
    }

    #[test]
    fn state_header() {
        let lines: Vec<&str> = STATE_HEADER.lines().collect();
        let h = scan(&lines);
        let own = h.own.unwrap();
        assert_eq!(own.number.as_deref(), Some("27"));
        assert_eq!(own.symbol.as_deref(), Some("KH-UBND"));
        assert_eq!(own.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(own.date.as_deref(), Some("2021-02-08"));
        assert_eq!(own.issuer.as_deref(), Some("UBND tỉnh Bắc Kạn"));
        assert_eq!(own.scope, Some(Scope::Province("Bắc Kạn".into())));
        assert_eq!(
            own.title.as_deref(),
            Some("Tổ chức thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư")
        );
        assert_eq!(h.province.as_deref(), Some("Bắc Kạn"));
    }

    /// A web page's copy: the header's cells one under the other, the province cell missing,
    /// the place-date line broken, no blank line after the title.
    #[test]
    fn web_copy_header_broken_over_lines() {
        let head = "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 57/KH-UBND |\n";
        for (place_date, date) in [
            ("Vĩnh Long, ngày\n15 tháng 4 năm 2022 |", Some("2022-04-15")),
            ("Vĩnh Long,\nngày 15 tháng 4 năm 2022", Some("2022-04-15")),
            ("Vĩnh Long, ngày 15\ntháng 4\nnăm 2022", Some("2022-04-15")),
            // A table's row: the number and the place-date in two cells of one line.
            (
                "| Vĩnh Long, ngày 15 tháng 4 năm 2022 |",
                Some("2022-04-15"),
            ),
            // Past the two lines after it: no date.
            ("Vĩnh Long,\n|\n|\nngày 15 tháng 4 năm 2022", None),
        ] {
            let text = format!(
                "{head}{place_date}\nKẾ HOẠCH\nPHÁT TRIỂN KINH TẾ SỐ\nĐẾN NĂM 2030\nThực hiện Quyết định số\n411/QĐ-TTg ngày 31/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch:\n"
            );
            let lines: Vec<&str> = text.lines().collect();
            let h = scan(&lines);
            let own = h.own.expect("own identity");
            assert_eq!(own.date.as_deref(), date, "{place_date}");
            if date.is_some() {
                assert_eq!(
                    own.issuer.as_deref(),
                    Some("UBND tỉnh Vĩnh Long"),
                    "{place_date}"
                );
                assert_eq!(own.scope, Some(Scope::Province("Vĩnh Long".into())));
            }
            assert_eq!(
                own.title.as_deref(),
                Some("Phát triển kinh tế số đến năm 2030"),
                "{place_date}"
            );
        }
    }

    /// Headers of bodies below the province (real district and town texts' shapes): `TX.` is
    /// `thị xã`; a PDF's page mark before the first line is no part of it; a commune's
    /// province is that of the districts its text names; a header below the province that
    /// cannot be read is never the province's.
    #[test]
    fn headers_of_towns_and_communes() {
        let tail = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHương Sơn, ngày 26 tháng 9 năm 2014\nTỜ TRÌNH\nVề việc công nhận phổ cập\n\nỦy ban nhân dân thị trấn trình UBND huyện Phú Bình xem xét.\n";
        let commune = |p: Option<&str>| Scope::District {
            province: p.map(str::to_string),
            district: "thị trấn Hương Sơn".into(),
        };
        for (head, issuer, scope) in [
            (
                "UBND TX. ĐỒNG XOÀI\nPHÒNG GIÁO DỤC-ĐÀO TẠO\nSố: 151/TB-PGDĐT\n",
                Some("Phòng Giáo dục và Đào tạo thị xã Đồng Xoài"),
                Scope::District {
                    province: Some("Bình Phước".into()),
                    district: "Đồng Xoài".into(),
                },
            ),
            (
                "Trang 1UỶ BAN NHÂN DÂN\nTHỊ TRẤN HƯƠNG SƠN\nSố: 67 /TTr - UBND\n",
                Some("UBND thị trấn Hương Sơn"),
                commune(Some("Thái Nguyên")),
            ),
            (
                "UỶ BAN NHÂN DÂN\nTHỊ TRẤN HƯƠNG SƠN\nSố: 67/TTr-UBND\n",
                Some("UBND thị trấn Hương Sơn"),
                commune(Some("Thái Nguyên")),
            ),
            // (A line the copy garbled: the header says only that the body is a town's.)
            (
                "Trang 1Uỷ ban nhân dân\nTHỊ TRẤN HƯƠNG SƠN\nSố: 67/TTr-UBND\n",
                None,
                Scope::Unknown,
            ),
        ] {
            let text = format!("{head}{tail}");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.expect("a header");
            assert_eq!(
                (own.issuer.as_deref(), own.scope),
                (issuer, Some(scope)),
                "{head}"
            );
        }
    }

    /// A document's copy that lost its number line (real portals' shapes): its type line, title
    /// and preamble make it a document of no number; not a page that introduces a numbered one,
    /// nor a type line without a preamble under it.
    #[test]
    fn a_document_that_lost_its_number_line() {
        let text = "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ\nBan hành Chương trình hành động của Chính phủ triển khai thực hiện Nghị quyết số 53/NQ-TW\n\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n";
        let lines: Vec<&str> = text.lines().collect();
        let h = scan(&lines);
        let own = h.own.expect("a document");
        assert_eq!(
            (
                own.doc_type.as_deref(),
                own.number.as_deref(),
                own.issuer.as_deref(),
                own.scope
            ),
            (
                Some("Quyết định"),
                None,
                Some("Thủ tướng Chính phủ"),
                Some(Scope::Central)
            )
        );
        assert!(h.unnumbered);
        // (Who issues on the line under the type line.)
        let text = "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển thị xã\n\nThực hiện Nghị quyết Đại hội, Ban Thường vụ ban hành Nghị quyết như sau:\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.expect("a document");
        assert_eq!(
            (own.issuer.as_deref(), own.title.as_deref()),
            (Some("Ban Thường vụ Tỉnh ủy"), Some("về phát triển thị xã"))
        );
        // (A web page's copy: a blank line after each line, the council's authority lines
        // between the title and its bases.)
        let text = "HĐND TỈNH NGHỆ AN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 16 tháng 7 năm 2014\n\nNGHỊ QUYẾT\n\nVề việc xử lý kết quả rà soát nghị quyết do\n\nHội đồng nhân dân tỉnh ban hành\n\ntrở về trước\n\n__________\n\nHỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\n\nKHOÁ XVI KỲ HỌP THỨ 11\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.expect("a document");
        assert_eq!(
            (
                own.doc_type.as_deref(),
                own.issuer.as_deref(),
                own.date.as_deref()
            ),
            (
                Some("Nghị quyết"),
                Some("HĐND tỉnh Nghệ An"),
                Some("2014-07-16")
            )
        );
        // (A site's button above the copy; the authority under the title's rule, or right
        // under the title; a preamble that opens `Triển khai thực hiện`.)
        for (text, issuer) in [
            ("NGHỊ QUYẾT\nVỀ CHÍNH SÁCH PHÁT TRIỂN CÂY CHÈ\nHỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI\nKHOÁ XVI, KỲ HỌP THỨ 5\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\n", Some("HĐND tỉnh Yên Bái")),
            ("Sign In\n\nQUYẾT ĐỊNH\n\nVề việc ban hành Chương trình cải cách hành chính\n\n___________\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\n", Some("Thủ tướng Chính phủ")),
            // (A legal database's status lines over its copy; the title broken by a blank
            // line, the authority under its rule.)
            ("Nội dung có sửa đổi, hướng dẫn\nClick vào nội dung được bôi màu để xem chi tiết.\nHiệu lực: Còn hiệu lực\nNgày có hiệu lực: 01/12/2017\n\nQUYẾT ĐỊNH\n\nBan hành Quy định về quản lý chợ\n\ntrên địa bàn tỉnh Bắc Giang\n\n______________\n\nỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n", Some("UBND tỉnh Bắc Giang")),
            ("KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện năm 2023\nTriển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh, Ban Chỉ đạo ban hành Kế hoạch như sau:\n", None),
        ] {
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.expect("a document");
            assert_eq!(own.issuer.as_deref(), issuer, "{text}");
        }
        for text in [
            "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển thị xã\n\nThực hiện Nghị quyết Đại hội, Ban Thường vụ ban hành Nghị quyết như sau:\n",
            "KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp\n\nSáng nay, đại hội đã diễn ra.\n",
            // (A number line of a form not read: the document has a number.)
            "HỘI ĐỒNG BỘ TRƯỞNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 72-HĐBT | Hà Nội, ngày 13 tháng 3 năm 1990 |\nQUYẾT ĐỊNH\nVỀ MỘT SỐ CHỦ TRƯƠNG PHÁT TRIỂN MIỀN NÚI\nHỘI ĐỒNG BỘ TRƯỞNG\nCăn cứ Nghị quyết số 22-NQ/TW ngày 27-11-1989;\n",
        ] {
            let lines: Vec<&str> = text.lines().collect();
            assert!(scan(&lines).own.is_none(), "{text}");
        }
    }

    /// `Số:` / `36/KH-UBND` (a real Cà Mau plan's copy): the number line broken after `Số:`.
    #[test]
    fn a_number_line_broken_after_so() {
        for sep in ["\n", "\n|\n", "\n\n"] {
            let text = format!("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n|\nSố:{sep}36/KH-UBND\n|\nCà Mau, ngày 21 tháng 02 năm 2022\nKẾ HOẠCH\nVỀ SỨC KHỎE HỌC ĐƯỜNG\n");
            let lines: Vec<&str> = text.lines().collect();
            let h = scan(&lines);
            let own = h.own.expect("the plan is itself");
            assert_eq!(own.number.as_deref(), Some("36"), "{sep:?}");
            assert_eq!(own.date.as_deref(), Some("2022-02-21"), "{sep:?}");
            assert!(h
                .own_lines
                .contains(&lines.iter().position(|l| *l == "36/KH-UBND").unwrap()));
        }
        // A line after `Số:` that says more than a number is not one.
        let text = "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố:\n36/KH-UBND của UBND tỉnh\nKẾ HOẠCH\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(scan(&lines).own.is_none());
    }

    #[test]
    fn a_title_ends_where_the_preamble_or_a_section_starts() {
        for (after, title) in [
            // Upper-case title: the first line with a lower-case letter.
            ("VỀ CHUYỂN ĐỔI SỐ\nCăn cứ Luật", "Về chuyển đổi số"),
            (
                "VỀ CHUYỂN ĐỔI SỐ\nỦy ban nhân dân tỉnh ban hành",
                "Về chuyển đổi số",
            ),
            // A section heading in capitals.
            ("VỀ CHUYỂN ĐỔI SỐ\nI. CĂN CỨ XÂY DỰNG", "Về chuyển đổi số"),
            ("VỀ CHUYỂN ĐỔI SỐ\nII- MỤC TIÊU", "Về chuyển đổi số"),
            // A Party symbol keeps its lower-case letter in a title in capitals.
            (
                "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG\nSỐ 45-CTr/TU CỦA TỈNH ỦY\nCăn cứ Điều lệ Đảng",
                "Thực hiện Chương trình hành động số 45-CTr/TU của Tỉnh ủy",
            ),
            // A line in capitals goes on a title in capitals, whatever its first words.
            (
                "VỀ VIỆC\nTIẾP TỤC ĐẨY MẠNH CẢI CÁCH\nCăn cứ Luật",
                "Về việc tiếp tục đẩy mạnh cải cách",
            ),
            // A year at the start of a line goes on the title.
            ("GIAI ĐOẠN\n2021- 2025", "Giai đoạn 2021- 2025"),
            (
                "ĐẾN NĂM\n2030 TRÊN ĐỊA BÀN TỈNH",
                "Đến năm 2030 trên địa bàn tỉnh",
            ),
            // Sentence case: a capitalised preamble cue ends it, a lower-case line goes on.
            (
                "Về việc triển khai\nthực hiện Kết luận",
                "Về việc triển khai thực hiện Kết luận",
            ),
            ("Về việc triển khai\nCăn cứ Luật", "Về việc triển khai"),
            ("Về việc triển khai\n– Căn cứ Luật", "Về việc triển khai"),
            ("Về việc triển khai\nĐiều 1. Ban hành", "Về việc triển khai"),
            // The authority that decides, under a decision's title.
            (
                "BAN HÀNH QUY CHẾ MỘT CỬA\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nCăn cứ Luật",
                "Ban hành quy chế một cửa",
            ),
            (
                "VỀ VIỆC THÀNH LẬP THỊ XÃ\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp",
                "Về việc thành lập thị xã",
            ),
            (
                "VỀ VIỆC CẤP CHỨNG CHỈ HÀNH NGHỀ\nGIÁM ĐỐC SỞ Y TẾ\nCăn cứ Luật",
                "Về việc cấp chứng chỉ hành nghề",
            ),
            // ... but not a body's name that the line before asks for.
            (
                "VỀ PHỐI HỢP CÔNG TÁC CỦA\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật",
                "Về phối hợp công tác của Ủy ban nhân dân tỉnh",
            ),
        ] {
            let text = format!("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 27/KH-UBND\nBắc Kạn, ngày 08 tháng 02 năm 2021\nKẾ HOẠCH\n{after}\n");
            let lines: Vec<&str> = text.lines().collect();
            let h = scan(&lines);
            assert_eq!(
                h.own.and_then(|o| o.title).as_deref(),
                Some(title),
                "{after}"
            );
        }
    }

    #[test]
    fn party_header_without_colon() {
        let text = "TỈNH ỦY HÀ GIANG\n*\nSố 45-CTr/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Giang, ngày 3 tháng 3 năm 2014\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.unwrap();
        assert_eq!(own.symbol.as_deref(), Some("CTr/TU"));
        assert_eq!(own.doc_type.as_deref(), Some("Chương trình"));
        assert_eq!(own.issuer.as_deref(), Some("Tỉnh ủy Hà Giang"));
        assert_eq!(own.year, Some(2014));
    }

    /// Some committees spell an action programme's letters out, `CTrHĐ`: five letters, still
    /// a Party number.
    #[test]
    fn action_programme_with_five_letters() {
        let own = own_of(
            "THÀNH ỦY HÀ TIÊN\n*\nSố: 04-CTrHĐ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Tiên, ngày 20 tháng 4 năm 2021\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n",
        );
        assert_eq!(
            (
                own.number.as_deref(),
                own.symbol.as_deref(),
                own.doc_type.as_deref()
            ),
            (Some("04"), Some("CTrHĐ/TU"), Some("Chương trình"))
        );
        assert_eq!(own.year, Some(2021));
    }

    #[test]
    fn central_document_signed_in_ha_noi_has_no_province() {
        let text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 09-NQ/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 9 tháng 12 năm 2011\n\nNGHỊ QUYẾT\nVỀ XÂY DỰNG\n";
        assert_eq!(scope_and_place(text), (Some(Scope::Central), None));
    }

    /// The scope of a text's own document, and the province the text is placed in.
    fn scope_and_place(text: &str) -> (Option<Scope>, Option<String>) {
        let lines: Vec<&str> = text.lines().collect();
        let h = scan(&lines);
        (h.own.and_then(|o| o.scope), h.province)
    }

    /// A web copy kept `ỦY BAN NHÂN DÂN` of the header and lost its province's cell; the
    /// place-date names the provincial capital, not the province. The decision's authority
    /// line above its legal bases says whose it is.
    #[test]
    fn a_decision_names_its_authority_above_its_bases() {
        let head = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 63/2006/QĐ-UBND | Phan Thiết, ngày 26 tháng 7 năm 2006 |\nBAN HÀNH QUY ĐỊNH VỀ CÔNG BÁO\n";
        for (authority, issuer, scope) in [
            (
                "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN",
                Some("UBND tỉnh Bình Thuận"),
                Some(Scope::Province("Bình Thuận".into())),
            ),
            (
                "ỦY BAN NHÂN DÂN THÀNH PHỐ PHAN THIẾT",
                Some("UBND thành phố Phan Thiết"),
                // (Of the province that has a city of that name.)
                Some(Scope::District {
                    province: Some("Bình Thuận".into()),
                    district: "Phan Thiết".into(),
                }),
            ),
            // No authority line: the province stays open.
            ("", Some("UBND tỉnh"), Some(Scope::Unknown)),
        ] {
            let text = format!("{head}{authority}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(
                (own.issuer.as_deref(), own.scope),
                (issuer, scope),
                "{authority}"
            );
        }
        // ... unless the title places what the decision rules in the province, and an
        // authority line that lost a word does not name it.
        let head = head.replace(
            "BAN HÀNH QUY ĐỊNH VỀ CÔNG BÁO",
            "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ CÔNG BÁO TRÊN ĐỊA BÀN TỈNH BÌNH THUẬN",
        );
        for authority in ["", "ỦY BAN NHÂN TỈNH BÌNH THUẬN"] {
            let text = format!("{head}{authority}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(
                (own.issuer.as_deref(), own.scope),
                (
                    Some("UBND tỉnh Bình Thuận"),
                    Some(Scope::Province("Bình Thuận".into()))
                ),
                "{authority}"
            );
        }
    }

    /// A district's header with a unit under its body: the district's name ends before the
    /// unit's line, its People's Committee's office issues, and a Party letter's `CV` is a
    /// Công văn.
    #[test]
    fn a_unit_under_a_district_body() {
        for (head, issuer, district) in [
            (
                "HUYỆN ỦY CÔ TÔ\nCƠ QUAN TỔ CHỨC – NỘI VỤ\n\nSố 29-CV/TC-NV\nĐẢNG CỘNG SẢN VIỆT NAM\nCô Tô, ngày 16 tháng 3 năm 2020\n",
                "Huyện ủy Cô Tô",
                "Cô Tô",
            ),
            (
                "UBND HUYỆN NGA SƠN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 55/KH-PGDĐT\nNga Sơn, ngày 13 tháng 11 năm 2020\n",
                "Phòng Giáo dục và Đào tạo huyện Nga Sơn",
                "Nga Sơn",
            ),
            // (The motto printed between the office and the number line, whole or broken.)
            (
                "UBND HUYỆN SƠN ĐỘNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-PGDĐT\nSơn Động, ngày 20 tháng 9 năm 2020\n",
                "Phòng Giáo dục và Đào tạo huyện Sơn Động",
                "Sơn Động",
            ),
            (
                "ỦY BAN NHÂN DÂN\nHUYỆN SƠN ĐỘNG\nPHÒNG NỘI VỤ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\n|\nSố: 45/KH-PNV\nSơn Động, ngày 20 tháng 9 năm 2020\n",
                "Phòng Nội vụ huyện Sơn Động",
                "Sơn Động",
            ),
        ] {
            let lines: Vec<&str> = head.lines().collect();
            let h = scan(&lines);
            let own = h.own.unwrap();
            assert_eq!(own.issuer.as_deref(), Some(issuer), "{head}");
            assert_eq!(h.district.as_deref(), Some(district), "{head}");
        }
        let lines = [
            "HUYỆN ỦY CÔ TÔ",
            "CƠ QUAN TỔ CHỨC – NỘI VỤ",
            "Số 29-CV/TC-NV",
        ];
        assert_eq!(
            scan(&lines).own.unwrap().doc_type.as_deref(),
            Some("Công văn")
        );
    }

    /// The chairman decides under the committee's header: the authority line says so.
    #[test]
    fn a_chairmans_decision_under_the_committees_header() {
        for (authority, issuer) in [
            (
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                "Chủ tịch UBND tỉnh Hưng Yên",
            ),
            ("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", "UBND tỉnh Hưng Yên"),
        ] {
            let text = format!(
                "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 712/QĐ-UBND\nHưng Yên, ngày 23 tháng 3 năm 2023\n\
                 QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n{authority}\n\
                 Căn cứ Luật Tổ chức chính quyền địa phương;\n"
            );
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(own.issuer.as_deref(), Some(issuer), "{authority}");
            assert_eq!(own.scope, Some(Scope::Province("Hưng Yên".into())));
        }
    }

    /// A number line that leaves the number blank names the symbol of a document without a
    /// number; one with a number is read as before, and a line that only starts with `Số` is
    /// none.
    #[test]
    fn a_blank_number_leaves_the_symbol() {
        for (line, symbol, year) in [
            ("Số:        /KH-UBND", "KH-UBND", 2024),
            ("Số     -KH/ĐU", "KH/ĐU", 2024),
            ("Số: ..... /2024/NQ-HĐND |", "NQ-HĐND", 2024),
        ] {
            let text = format!("ỦY BAN NHÂN DÂN\nXÃ TỊNH TRÀ\n{line}\nTịnh Trà, ngày    tháng    năm 2024\nKẾ HOẠCH\nVề chuyển đổi số\n");
            let lines: Vec<&str> = text.lines().collect();
            let h = scan(&lines);
            assert!(h.unnumbered, "{line}");
            let own = h.own.expect(line);
            assert_eq!(
                (own.number, own.symbol.as_deref(), own.year),
                (None, Some(symbol), Some(year)),
                "{line}"
            );
        }
        let lines = ["ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", "KẾ HOẠCH"];
        let h = scan(&lines);
        assert!(!h.unnumbered);
        assert_eq!(h.own.unwrap().number.as_deref(), Some("12"));
        for line in ["Số liệu / Tổng hợp", "Số: / kế hoạch", "Số"] {
            assert_eq!(blank_number_line(line), None, "{line}");
        }
    }

    /// A Party board's header names its committee above it; the board issues.
    #[test]
    fn a_party_board_under_its_committee_issues() {
        for (head, issuer, scope) in [
            (
                "BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n-------\n\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 06-HD/UBKTTW\nHà Nội, ngày 18 tháng 12 năm 2018\n",
                "Ủy ban Kiểm tra Trung ương",
                Scope::Central,
            ),
            (
                "TỈNH ỦY LẠNG SƠN\nBAN TUYÊN GIÁO\n*\nSố 45-KH/BTGTU\nĐẢNG CỘNG SẢN VIỆT NAM\nLạng Sơn, ngày 3 tháng 3 năm 2021\n",
                "Ban Tuyên giáo Tỉnh ủy Lạng Sơn",
                Scope::Province("Lạng Sơn".into()),
            ),
            (
                "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 09-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 9 tháng 12 năm 2011\n",
                "Ban Chấp hành Trung ương Đảng",
                Scope::Central,
            ),
            // (The committee's name on two lines, the motto split after the board.)
            (
                "BAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN TỔ CHỨC\n--------\n|\nĐẢNG CỘNG SẢN\nVIỆT NAM\n|\nSố: 16-HD/BTCTW\n|\nHà Nội, ngày 24 tháng 9 năm 2018\n",
                "Ban Tổ chức Trung ương",
                Scope::Central,
            ),
        ] {
            let text = format!("{head}\nHƯỚNG DẪN\nVề công tác\n");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!((own.issuer.as_deref(), own.scope), (Some(issuer), Some(scope)));
        }
    }

    #[test]
    fn furniture_after_the_signer() {
        let text = "Nội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn An\n\nKế hoạch 12/KH-UBND về việc khác Ban hành: 01/02/2020\n";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(furniture_start(&lines, 0, Some("12")), Some(12));
        assert_eq!(furniture_start(&lines, 0, None), Some(12));
    }

    #[test]
    fn the_annex_a_document_issues_is_not_furniture() {
        let text = "Nội dung.\n\nNơi nhận:\n- Như trên;\n\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Văn Minh\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n(Ban hành kèm theo Nghị quyết số 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ)\n\nThực hiện Nghị quyết số 15-NQ/TW.\n";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(furniture_start(&lines, 0, Some("12")), None);
        // (Another number's annex is not this document's.)
        assert_eq!(furniture_start(&lines, 0, Some("2")), Some(10));
        assert_eq!(furniture_start(&lines, 0, Some("120")), Some(10));
        // After the annex's own signature, the page's furniture.
        let signed =
            format!("{text}\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n\nPhạm Văn Minh\n\nVăn bản liên quan\n");
        let lines: Vec<&str> = signed.lines().collect();
        assert_eq!(furniture_start(&lines, 0, Some("12")), Some(20));
    }

    #[test]
    fn a_portal_of_a_provinces_agency_names_the_province() {
        for (host, want) in [
            ("http://ipckontum.gov.vn/tin-tuc/1.html", Some("Kon Tum")),
            (
                "http://nongthonmoituyenquang.gov.vn/tin-tuc/trang-13.html",
                Some("Tuyên Quang"),
            ),
            ("https://dost-dongnai.gov.vn/tin", Some("Đồng Nai")),
            ("https://sokhdt.quangnam.gov.vn/x", Some("Quảng Nam")),
            // (A site of no province.)
            ("https://chinhphu.gov.vn/x", None),
        ] {
            assert_eq!(province_of_text_in(host).as_deref(), want, "{host}");
            assert_eq!(province_of_text(&[host]).as_deref(), want, "{host}");
        }
    }

    /// A province named as where another body sits or something happens does not place the
    /// text: `UBND tỉnh` in it is not that city's.
    #[test]
    fn a_third_partys_seat_places_no_text() {
        let text = "Trên cơ sở văn bản của Tổng Lãnh sự quán Ấn Độ tại thành phố Hồ Chí Minh, UBND tỉnh vừa ban hành văn bản.";
        assert_eq!(province_of_text_in(text), None);
        assert_eq!(province_of_text(&[text]), None);
        let text = "Hội thảo diễn ra tại tỉnh Quảng Nam. UBND tỉnh Đắk Lắk vừa ban hành kế hoạch.";
        assert_eq!(province_of_text_in(text).as_deref(), Some("Đắk Lắk"));
        let text = "Chương trình phát triển nhà ở tỉnh Thanh Hóa đến năm 2030.";
        assert_eq!(province_of_text_in(text).as_deref(), Some("Thanh Hóa"));
    }

    /// `Đội TNTP Hồ Chí Minh` (the Young Pioneers) names no city: `TP` opens a word.
    #[test]
    fn the_young_pioneers_name_no_city() {
        let text = "Phát huy vai trò của Đoàn TNCS Hồ Chí Minh và Đội TNTP Hồ Chí Minh.";
        assert_eq!(province_of_text_in(text), None);
        assert_eq!(province_of_text(&[text]), None);
        let text = "Đội TNTP Hồ Chí Minh TP Hồ Chí Minh tổ chức liên hoan.";
        assert_eq!(province_of_text_in(text).as_deref(), Some("Hồ Chí Minh"));
    }

    /// `Bà Rịa - Vũng Tàu` is also written without the spaces around its dash.
    #[test]
    fn a_dashed_province_name_without_spaces() {
        for text in [
            "UBND tỉnh Bà Rịa-Vũng Tàu xây dựng Kế hoạch.",
            "UBND tỉnh Bà Rịa - Vũng Tàu xây dựng Kế hoạch.",
        ] {
            assert_eq!(
                province_of_text_in(text).as_deref(),
                Some("Bà Rịa - Vũng Tàu"),
                "{text}"
            );
            assert_eq!(
                province_of_text(&[text]).as_deref(),
                Some("Bà Rịa - Vũng Tàu"),
                "{text}"
            );
        }
    }

    #[test]
    fn province_of_text_in_one_pass_is_line_by_line() {
        for text in [
            "UBND tỉnh\nLạng Sơn; tỉnh Quảng Ngãi\nvà tỉnh Quảng\nNgãi",
            "https://vanban.quangngai.gov.vn\nlangson.gov.vn\nx/langson.gov.vn tỉnh Lạng  Sơn",
            "TỈNH  LẠNG SƠN\n\ntinh Lang Son\nTP.\nHồ Chí Minh",
            "tại tỉnh Lạng Sơn\ntỉnh Quảng Ngãi tại\ntỉnh Lạng Sơn ở tỉnh Quảng Ngãi",
        ] {
            let lines: Vec<&str> = text.split('\n').collect();
            assert_eq!(
                province_of_text_in(text),
                province_of_text(&lines),
                "{text}"
            );
        }
    }

    /// The Central Committee's header over a ministry's Party delegation's text, whose own
    /// line a copy lost: its letters (`BCSĐ`) name the delegation, a central body.
    #[test]
    fn a_party_delegation_under_the_central_committee_header() {
        let text = "BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\nSố: 617-NQ/BCSĐ | Hà Nội, ngày 28 tháng 12 năm 2018 |\nNGHỊ QUYẾT\nVỀ ĐỔI MỚI GIÁO DỤC NGHỀ NGHIỆP\nI. Tình hình\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.expect("own");
        assert_eq!(
            (own.issuer.as_deref(), own.scope),
            (Some("Ban cán sự đảng"), Some(Scope::Central))
        );
    }

    /// The Central Committee's header heads the Politburo's and the Secretariat's texts: the
    /// signature names the board, else the sentence after the legal bases; with neither, the
    /// Central Committee issues.
    #[test]
    fn a_central_board_under_the_central_committee_header() {
        let head = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-QC/TW\nHà Nội, ngày 05 tháng 01 năm 2026\nQUY CHẾ\nVề phối hợp công tác\n\n- Căn cứ Điều lệ Đảng;\n";
        for (body, issuer) in [
            (
                "Ban Bí thư ban hành Quy chế phối hợp như sau:\nĐiều 1.\n",
                "Ban Bí thư Trung ương Đảng",
            ),
            (
                "Bộ Chính trị yêu cầu các cấp ủy thực hiện.\n",
                "Bộ Chính trị",
            ),
            // (The signature wins over a board named in the body.)
            (
                "Ban Bí thư quy định như sau:\nĐiều 1.\nT/M BỘ CHÍNH TRỊ\n",
                "Bộ Chính trị",
            ),
            (
                "Nội dung.\nTM. BAN BÍ THƯ\nTHƯỜNG TRỰC\n",
                "Ban Bí thư Trung ương Đảng",
            ),
            // (After a lead, with the Party's name.)
            (
                "Trước tình hình đó, Ban Bí thư Trung ương Đảng yêu cầu các cấp ủy thực hiện.\n",
                "Ban Bí thư Trung ương Đảng",
            ),
            // A board named in passing, with no act of its own: the Central Committee's.
            (
                "Giao Bộ Chính trị chỉ đạo thực hiện.\nBộ Chính trị, Ban Bí thư đã lãnh đạo.\n",
                registry::CENTRAL_COMMITTEE,
            ),
        ] {
            let text = format!("{head}{body}");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(own.issuer.as_deref(), Some(issuer), "{body}");
            assert_eq!(own.scope, Some(Scope::Central), "{body}");
        }
        // The title names the board: `KẾT LUẬN` / `CỦA BỘ CHÍNH TRỊ VỀ ...`.
        for title in [
            "KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ VỀ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 37-NQ/TW",
            "KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nVỀ TIẾP TỤC THỰC HIỆN",
        ] {
            let text = format!("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 26-KL/TW\nHà Nội, ngày 02 tháng 08 năm 2012\n{title}\n\nTại phiên họp, các đồng chí đã thảo luận.\n");
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(
                scan(&lines).own.unwrap().issuer.as_deref(),
                Some("Bộ Chính trị"),
                "{title}"
            );
        }
        // (Copies put blank lines between the lines of the head; the line of the board is not
        // the title.)
        for title in [
            "\n \n\nNGHỊ QUYẾT\n\nCỦA BỘ CHÍNH TRỊ\n\nVỀ MỘT SỐ GIẢI PHÁP ĐỘT PHÁ",
            "NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ VỀ MỘT SỐ GIẢI PHÁP ĐỘT PHÁ",
            // (A copy's title in small letters, which the body follows without a blank line;
            // a proper name goes on with the title.)
            "NGHỊ QUYẾT\ncủa Bộ Chính trị về một số giải pháp đột\nphá\nTrong những năm qua, thực hiện các nghị quyết của Đảng.",
        ] {
            let text = format!("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 72-NQ/TW\n\nHà Nội, ngày 09 tháng 9 năm 2025\n{title}\n\nBảo vệ sức khỏe Nhân dân luôn được quan tâm.\n");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(own.issuer.as_deref(), Some("Bộ Chính trị"), "{title}");
            assert_eq!(
                own.title.as_deref(),
                Some("Về một số giải pháp đột phá"),
                "{title}"
            );
        }
        // (An old decision's `CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ...`: the subject.)
        let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 120/2003/QĐ-UB\nThành phố Hồ Chí Minh, ngày 17 tháng 7 năm 2003\nQUYẾT ĐỊNH\nCỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH\nPHÁT TRIỂN NGÀNH CÔNG NGHIỆP\nỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nCăn cứ Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 21 tháng 6 năm 1994;\n";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            scan(&lines).own.unwrap().title.as_deref(),
            Some("Phê duyệt đề cương quy hoạch phát triển ngành công nghiệp")
        );
        // A province's Party committee is not a board of the centre.
        let text = "TỈNH ỦY LẠNG SƠN\nSố 5-QĐ/TU\nLạng Sơn, ngày 1 tháng 2 năm 2020\nQUY ĐỊNH\nVề công tác\n\nBan Bí thư quy định như sau:\n";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            scan(&lines).own.unwrap().issuer.as_deref(),
            Some("Tỉnh ủy Lạng Sơn")
        );
    }

    /// A district's header names no province: the one that has the district, unless several
    /// have one of that name; then the province the text names, or none.
    #[test]
    fn a_district_header_without_its_province() {
        for (district, body, province) in [
            ("HUYỆN CAM LÂM", "Nội dung.", Some("Khánh Hòa")),
            ("HUYỆN CHÂU THÀNH", "Nội dung.", None),
            (
                "HUYỆN CHÂU THÀNH",
                "Thực hiện Kế hoạch của UBND tỉnh Trà Vinh.",
                Some("Trà Vinh"),
            ),
        ] {
            let text = format!("ỦY BAN NHÂN DÂN\n{district}\nSố: 45/KH-UBND\nngày 12 tháng 3 năm 2020\nKẾ HOẠCH\nVề chuyển đổi số\n\n{body}\n");
            let lines: Vec<&str> = text.lines().collect();
            let h = scan(&lines);
            let own = h.own.unwrap();
            assert!(own.scope.as_ref().unwrap().district().is_some(), "{text}");
            assert_eq!(
                own.scope.as_ref().unwrap().province(),
                province,
                "{district} {body}"
            );
        }
    }

    /// A two-column header laid out with spaces (`pdftotext -layout`): the board under the
    /// Central Committee's line issues, and the place-date in the right column dates it.
    #[test]
    fn a_header_laid_out_with_spaces() {
        let text = " BAN CHẤP HÀNH TRUNG ƯƠNG                                   ĐẢNG CỘNG SẢN VIỆT NAM\n         BAN TỔ CHỨC                                      Hà Nội, ngày 29 tháng 12 năm 2006\n                *\n       Số: 03-HD/BTCTW\n\nHƯỚNG DẪN\nMỘT SỐ VẤN ĐỀ CỤ THỂ THI HÀNH ĐIỀU LỆ ĐẢNG\nCăn cứ Điều lệ Đảng;\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.unwrap();
        assert_eq!(
            (own.issuer.as_deref(), own.date.as_deref()),
            (Some("Ban Tổ chức Trung ương"), Some("2006-12-29"))
        );
    }

    /// The document a text's header reads as its own.
    fn own_of(text: &str) -> DocDesc {
        let lines: Vec<&str> = text.lines().collect();
        scan(&lines).own.expect("a document's own text")
    }

    /// A copy that prints the header's rules as dashes and runs them into the next line
    /// (`-------Số: 41-QĐ/TW`, `--------------Hà Nội, ngày ...`) still has its number and date.
    #[test]
    fn rules_run_into_the_number_and_date_lines() {
        let text = "BỘ CHÍNH TRỊ\n-------Số: 41-QĐ/TW\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n--------------Hà Nội, ngày 03 tháng 11 năm 2021\nQUY ĐỊNH\n\nVỀ VIỆC MIỄN NHIỆM, TỪ CHỨC ĐỐI VỚI CÁN BỘ\n";
        let own = own_of(text);
        assert_eq!(
            (
                own.number.as_deref(),
                own.date.as_deref(),
                own.issuer.as_deref()
            ),
            (Some("41"), Some("2021-11-03"), Some("Bộ Chính trị"))
        );
    }

    /// A place-date that names a provincial city (`Vinh, ngày ...`) under a header that names
    /// no province places the text in the city's province; `Châu Thành`, a district's name in
    /// ten provinces, places it nowhere.
    #[test]
    fn a_citys_place_date_places_the_text() {
        let text = "ỦY BAN NHÂN DÂN\n-------\nSố: 38/2012/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nVinh, ngày 31 tháng 08 năm 2012\n\nQUYẾT ĐỊNH\nBan hành quy định quản lý đối ngoại\n";
        let province = |t: &str| {
            let lines: Vec<&str> = t.lines().collect();
            scan(&lines).province
        };
        assert_eq!(province(text).as_deref(), Some("Nghệ An"));
        assert_eq!(province(&text.replace("Vinh,", "Châu Thành,")), None);
    }

    /// A header that lost the province's name (`ỦY BAN NHÂN DÂN`), a place-date in the
    /// capital (`Pleiku`) and `UỶ BAN NHÂN DÂN TỈNH` above the bases: the province's
    /// committee, which sits there; without `TỈNH` the place does not say whose.
    #[test]
    fn a_provincial_committee_dated_in_its_capital() {
        let text = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 103/2005/QĐ-UB | Pleiku, ngày 15 tháng 08 năm 2005 |\nUỶ BAN NHÂN DÂN TỈNH\n- Căn cứ Luật Xây dựng năm 2003;\nQUYẾT ĐỊNH\n";
        assert_eq!(
            scope_and_place(text),
            (
                Some(Scope::Province("Gia Lai".into())),
                Some("Gia Lai".into())
            )
        );
        let own = own_of(text);
        assert_eq!(own.issuer.as_deref(), Some("UBND tỉnh Gia Lai"));
        let unsaid = text.replace("UỶ BAN NHÂN DÂN TỈNH\n", "UỶ BAN NHÂN DÂN\n");
        assert_eq!(scope_and_place(&unsaid).0, Some(Scope::Unknown));
    }

    /// `UBND TỈNH HẬU GIANG` over `Số: 283/SXD-QLN`, the department's own line lost: the
    /// number's letters are the department's, which issues; the committee's own letter
    /// (`UBND-KT`) stays the committee's.
    #[test]
    fn a_departments_letters_under_its_committees_header() {
        let text = "UBND TỈNH HẬU GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 283/SXD-QLN | Vị Thanh, ngày 19 tháng 5 năm 2008\nV/v hướng dẫn cấp phép\nKính gửi: UBND các huyện\n";
        assert_eq!(
            own_of(text).issuer.as_deref(),
            Some("Sở Xây dựng tỉnh Hậu Giang")
        );
        let own = own_of(&text.replace("283/SXD-QLN", "283/UBND-KT"));
        assert_eq!(own.issuer.as_deref(), Some("UBND tỉnh Hậu Giang"));
    }

    /// `Hà Nội ngày 15 tháng 4 năm 2025`: a place-date whose comma the copy lost still dates
    /// the text; words before `ngày` that name no place do not.
    #[test]
    fn a_place_date_without_its_comma() {
        let text = "THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 766/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội ngày 15 tháng 4 năm 2025\nQUYẾT ĐỊNH\nPhê duyệt Đề án\n";
        assert_eq!(own_of(text).date.as_deref(), Some("2025-04-15"));
        let other = text.replace("Hà Nội ngày", "Hội nghị ngày");
        assert_eq!(own_of(&other).date, None);
    }

    /// A national committee no table names signs in Hà Nội: central, and no province's.
    #[test]
    fn a_national_committee_is_central() {
        let text = "UỶ BAN QUỐC GIA VỀ HỢP TÁC\nKINH TẾ QUỐC TẾ\n-------\nSố: 200/UB-VP\nV/v triển khai chương trình hành động\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------\nHà Nội, ngày 15 tháng 10 năm 2002\n\nKính gửi: Các Bộ, ngành\n";
        assert_eq!(scope_and_place(text), (Some(Scope::Central), None));
        // (A city's own committee keeps its province.)
        let city = text.replace(
            "UỶ BAN QUỐC GIA VỀ HỢP TÁC\nKINH TẾ QUỐC TẾ",
            "BAN QUẢN LÝ DỰ ÁN\nĐƯỜNG SẮT ĐÔ THỊ",
        );
        assert_eq!(scope_and_place(&city).1.as_deref(), Some("Hà Nội"));
    }

    /// The Youth Union's header laid out in one line (`BAN CHẤP HÀNH TRUNG ƯƠNG ... ĐOÀN TNCS
    /// HỒ CHÍ MINH`, the Union's name where the Party writes its own): the symbol's `TWĐTN`
    /// says it is the Union's Central Committee, not the Party's; the board named above the
    /// bases decides.
    #[test]
    fn the_youth_unions_header_in_one_line() {
        let issuer = |text: &str| own_of(text).issuer;
        let head = "BAN CHẤP HÀNH TRUNG ƯƠNG                                 ĐOÀN TNCS HỒ CHÍ MINH\n***\n   Số: 140 - KH/TWĐTN-BTN                                Hà Nội, ngày 12 tháng 3 năm 2023\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2023\n";
        assert_eq!(
            issuer(head).as_deref(),
            Some("Ban Chấp hành Trung ương Đoàn")
        );
        let decision = head.replace("KẾ HOẠCH\n", "QUYẾT ĐỊNH\n")
            + "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH\n- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;\n";
        assert_eq!(
            issuer(&decision).as_deref(),
            Some("Ban Bí thư Trung ương Đoàn")
        );
        // (The Party's own header keeps its Central Committee.)
        let party = head
            .replace("ĐOÀN TNCS HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM")
            .replace("KH/TWĐTN-BTN", "KH/TW");
        assert_eq!(
            issuer(&party).as_deref(),
            Some("Ban Chấp hành Trung ương Đảng")
        );
    }

    /// A news item's headline that opens with its province as the subject (`Thừa Thiên Huế ban
    /// hành ...`, under a site's trail) places the item; a place-date line (`Hà Nội, ngày ...`)
    /// or a name that goes on in capitals does not.
    #[test]
    fn a_headline_that_opens_with_its_province() {
        let province = |text: &str| {
            let lines: Vec<&str> = text.lines().collect();
            scan(&lines).province
        };
        assert_eq!(
            province("Trang chủ » Tin tức\nThừa Thiên Huế ban hành Kế hoạch thực hiện nếp sống văn minh\nNgày 11/4/2018, UBND tỉnh đã ban hành Kế hoạch số 74/KH-UBND.\n").as_deref(),
            Some("Thừa Thiên Huế")
        );
        assert_eq!(
            province("Quảng Nam: Triển khai nông thôn mới\nSáng nay, hội nghị diễn ra.\n")
                .as_deref(),
            Some("Quảng Nam")
        );
        for text in [
            "Hà Nội, ngày 5/3/2020\nBộ Y tế ban hành hướng dẫn mới.\n",
            "Nam Định Hướng Dẫn Mới\nSáng nay, hội nghị diễn ra.\n",
        ] {
            assert_eq!(province(text), None, "{text}");
        }
    }

    /// A ministry's header a copy cut short (`BỘ VĂN HÓA, THỂ THAO`) spells another ministry's
    /// initials (the Bộ Văn hóa - Thông tin of before 2007): the symbol's letters say which.
    #[test]
    fn a_ministry_header_cut_short_is_the_symbols_ministry() {
        let text = "BỘ VĂN HÓA, THỂ THAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 3561/QĐ-BVHTTDL | Hà Nội, ngày 13 tháng 10 năm 2016 |\nQUYẾT ĐỊNH\nVề việc phê duyệt đề án\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.unwrap();
        assert_eq!(
            own.issuer.as_deref(),
            Some("Bộ Văn hóa, Thể thao và Du lịch")
        );
    }

    /// A department's header names its People's Committee above it: the department issues.
    #[test]
    fn a_department_under_its_peoples_committee_issues() {
        for (head, issuer, province) in [
            (
                "UBND TỈNH NGHỆ AN\nSỞ Y TẾ",
                "Sở Y tế tỉnh Nghệ An",
                "Nghệ An",
            ),
            (
                "UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh",
                "Hồ Chí Minh",
            ),
            // (The province's ethnic board, of a department's rank.)
            (
                "UBND TỈNH NGHỆ AN\nBAN DÂN TỘC",
                "Ban Dân tộc tỉnh Nghệ An",
                "Nghệ An",
            ),
            // (The People's Committee's own header is its own, under its own letters.)
            (
                "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN",
                "UBND tỉnh Nghệ An",
                "Nghệ An",
            ),
        ] {
            let letters = if issuer.starts_with("UBND") {
                "UBND"
            } else {
                "SYT"
            };
            let text = format!("{head}\n-------\nSố: 1234/KH-{letters}\nNghệ An, ngày 12 tháng 3 năm 2022\nKẾ HOẠCH\nTriển khai công tác y tế\n");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(own.issuer.as_deref(), Some(issuer), "{head}");
            assert_eq!(own.scope, Some(Scope::Province(province.into())), "{head}");
        }
    }

    /// `QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG ...`: a type line with who issues types a number whose
    /// symbol names no type; not one whose symbol names another (`KẾT LUẬN CỦA PHÓ THỦ TƯỚNG`
    /// heading a Thông báo).
    #[test]
    fn a_type_line_that_names_who_issues() {
        for (number, line, ty) in [
            (
                "46/VKSTC",
                "QUYẾT ĐỊNH CỦA VIỆN TRƯỞNG VIỆN KSND TỐI CAO",
                "Quyết định",
            ),
            (
                "31/TB-VPCP",
                "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI HỘI NGHỊ",
                "Thông báo",
            ),
        ] {
            let text = format!("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: {number}\nHà Nội, ngày 11 tháng 11 năm 1995\n{line}\nBan hành quy chế\n");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(own.doc_type.as_deref(), Some(ty), "{line}");
        }
    }

    /// A remark in brackets after the type line's word (`QUY ĐỊNH (BỔ SUNG)`) leaves the type.
    #[test]
    fn a_type_line_with_a_remark() {
        for (line, ty) in [
            ("QUY ĐỊNH (BỔ SUNG)", Some("Quy định")),
            ("NGHỊ QUYẾT (DỰ THẢO)", Some("Nghị quyết")),
            ("QUY ĐỊNH", Some("Quy định")),
            // (Not a type word with a remark: the type the symbol names.)
            ("QUY ĐỊNH VỀ (BỔ SUNG)", Some("Quyết định")),
        ] {
            let text = format!("BỘ CHÍNH TRỊ\nSố: 216-QĐ/TW\nHà Nội, ngày 01 tháng 4 năm 2009\n{line}\nVề quan hệ công tác\n");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(own.doc_type.as_deref(), ty, "{line}");
        }
    }

    /// `Nghị quyết số: 11-NQ/TW` where `Số:` usually stands: the number line, which names the
    /// type (a sentence that opens with a citation has no colon).
    #[test]
    fn a_number_line_that_names_the_type() {
        let text = "BỘ CHÍNH TRỊ\nĐẢNG CỘNG SẢN VIỆT NAM\nNghị quyết số: 11-NQ/TW Hà Nội, ngày 06 tháng 01 năm 2012\nVỀ PHƯƠNG HƯỚNG PHÁT TRIỂN THỦ ĐÔ\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.unwrap();
        assert_eq!(own.number.as_deref(), Some("11"));
        assert_eq!(own.date.as_deref(), Some("2012-01-06"));
        let text = "QUỐC HỘI |\nNghị quyết số: 29/2021/QH15 |\nHà Nội, ngày 28 tháng 7 năm 2021 |\nVỀ KẾ HOẠCH ĐẦU TƯ CÔNG\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.unwrap();
        assert_eq!(own.doc_type.as_deref(), Some("Nghị quyết"));
        assert_eq!(own.date.as_deref(), Some("2021-07-28"));
        // (The number on the next line.)
        let text = "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n-------\nNghị quyết số:\n76/2025/UBTVQH15\nHà Nội, ngày 14 tháng 4 năm 2025\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP ĐƠN VỊ HÀNH CHÍNH\n";
        let lines: Vec<&str> = text.lines().collect();
        let h = scan(&lines);
        let own = h.own.unwrap();
        assert_eq!(own.number.as_deref(), Some("76"));
        assert_eq!(own.doc_type.as_deref(), Some("Nghị quyết"));
        assert_eq!(own.date.as_deref(), Some("2025-04-14"));
        assert_eq!(h.number_line, Some(3));
        let text = "Tin tức\nNghị quyết số 11-NQ/TW của Bộ Chính trị đã đi vào cuộc sống.\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(scan(&lines).own.is_none());
    }

    /// A copy that split the motto into lines between the issuer and the number line: the
    /// motto's pieces are no part of the issuer's name; a name's own last line is.
    #[test]
    fn a_motto_split_into_lines_is_not_the_issuers() {
        let text = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 225/KH-UBND\n|\nHà Nội, ngày 22 tháng 7 năm 2024\nKẾ HOẠCH\nTriển khai thi hành Luật Thủ đô\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.unwrap();
        assert_eq!(own.issuer.as_deref(), Some("UBND thành phố Hà Nội"));
        assert_eq!(own.scope, Some(Scope::Province("Hà Nội".into())));
        assert!(is_motto_fragment("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", false));
        assert!(is_motto_fragment("VIỆT NAM", true));
        assert!(is_motto_fragment("ĐẢNG CỘNG SẢN", false));
        assert!(!is_motto_fragment("VIỆT NAM", false));
        assert!(!is_motto_fragment("XÃ HỘI", false));
        // (Broken after its first word: `CỘNG` / `HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.)
        for (body, issuer, scope) in [
            (
                "THÀNH PHỐ HÀ NỘI",
                "UBND thành phố Hà Nội",
                Scope::Province("Hà Nội".into()),
            ),
            (
                "HUYỆN SƠN ĐỘNG",
                "UBND huyện Sơn Động",
                Scope::District {
                    province: Some("Bắc Giang".into()),
                    district: "Sơn Động".into(),
                },
            ),
        ] {
            let text = text
                .replace("THÀNH PHỐ HÀ NỘI", body)
                .replace("CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA", "CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA");
            let lines: Vec<&str> = text.lines().collect();
            let own = scan(&lines).own.unwrap();
            assert_eq!(own.issuer.as_deref(), Some(issuer), "{body}");
            assert_eq!(own.scope, Some(scope), "{body}");
        }
        assert!(!is_motto_fragment(
            "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            false
        ));
    }

    /// A header flattened into table rows: the issuer's cell is the first, whatever the motto's
    /// cell after it says (a typist's `CỘNG HÕA`).
    #[test]
    fn the_issuers_cell_is_the_rows_first() {
        let text = "ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nXÃ XUÂN TÍN | Độc lập - Tự do - Hạnh phúc |\nSố: 36 /KH - UBND |\nXuân Tín, ngày 07 tháng 5 năm 2025 |\nKẾ HOẠCH\nPhòng, chống thiên tai\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.unwrap();
        assert_eq!(own.issuer.as_deref(), Some("UBND xã Xuân Tín"));
    }

    /// `Số: 16 -` / `HD/BTCTW`: the number line broken after the hyphen, the symbol alone on
    /// the next line; a line that goes on with words after the hyphen is no symbol.
    #[test]
    fn a_number_line_broken_after_its_separator() {
        let text = "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nSố: 16 -\nHD/BTCTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 15 tháng 7 năm 2013\nHƯỚNG DẪN\nVề công tác cán bộ\n";
        let lines: Vec<&str> = text.lines().collect();
        let h = scan(&lines);
        let own = h.own.unwrap();
        assert_eq!(own.number.as_deref(), Some("16"));
        assert_eq!(own.symbol.as_deref(), Some("HD/BTCTW"));
        assert_eq!(own.date.as_deref(), Some("2013-07-15"));
        assert_eq!(h.number_line, Some(3));
        assert!(h.own_lines.contains(&4), "{:?}", h.own_lines);
        let text = "HUYỆN ỦY\nSố: 16 -\nCác đồng chí thực hiện\nHà Nội, ngày 15 tháng 7 năm 2013\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(scan(&lines).own.is_none());
    }

    /// The Official Gazette's heading: type, issuer, number and date in one title in capitals.
    #[test]
    fn a_gazette_heading_without_a_number_line() {
        let text = "CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH NĂM 2002\nThực hiện Nghị quyết của Quốc hội, Chính phủ đã chỉ đạo.\n";
        let lines: Vec<&str> = text.lines().collect();
        let h = scan(&lines);
        let own = h.own.unwrap();
        assert_eq!(own.doc_type.as_deref(), Some("Chỉ thị"));
        assert_eq!(own.number.as_deref(), Some("16"));
        assert_eq!(own.date.as_deref(), Some("2001-06-21"));
        assert_eq!(own.issuer.as_deref(), Some("Thủ tướng Chính phủ"));
        assert_eq!(
            own.title.as_deref(),
            Some("Về việc xây dựng kế hoạch năm 2002")
        );
        assert_eq!(h.number_line, Some(2));
        // The type word set apart by a blank line, as a web copy does.
        let text = "QUYẾT ĐỊNH\n\nCỦA BỘ TRƯỞNG BỘ VĂN HÓA - THÔNG TIN SỐ 59/2003/QĐ-BVHTT NGÀY 29 THÁNG 10 NĂM 2003 VỀ VIỆC XẾP HẠNG DI TÍCH\nLỊCH SỬ VĂN HÓA\n\nBỘ TRƯỞNG BỘ VĂN HÓA - THÔNG TIN\n\nCăn cứ Luật Di sản văn hóa;\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.expect("a gazette heading");
        assert_eq!(own.number.as_deref(), Some("59"));
        assert_eq!(own.date.as_deref(), Some("2003-10-29"));
        assert_eq!(
            own.title.as_deref(),
            Some("Về việc xếp hạng di tích lịch sử văn hóa")
        );
        // A headline that is not the type word alone, or without its date, is no heading.
        for text in [
            "TOÀN VĂN NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ SỐ 57-NQ/TW NGÀY 22 THÁNG 12 NĂM 2024\nNội dung.\n",
            "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNội dung.\n",
        ] {
            let lines: Vec<&str> = text.lines().collect();
            assert!(scan(&lines).own.is_none(), "{text}");
        }
    }

    /// A copy that starts at the type line: the number its title names after a cue, on the
    /// title's next line, is the one the document carries out, not its own.
    #[test]
    fn a_title_in_capitals_names_what_it_carries_out() {
        let text = "CHƯƠNG TRÌNH\nTRIỂN KHAI THỰC HIỆN KẾ HOẠCH\nSỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY\nCăn cứ Kế hoạch số 164-KH/TU, Ủy ban nhân dân tỉnh ban hành Chương trình.\n";
        let lines: Vec<&str> = text.lines().collect();
        let h = scan(&lines);
        assert!(
            h.own.as_ref().is_none_or(|o| o.number.is_none()),
            "{:?}",
            h.own
        );
        // The type line alone over a number line is the header's.
        let text = "KẾ HOẠCH\nSỐ 164-KH/TU\nVề công tác đối ngoại nhân dân\n";
        let lines: Vec<&str> = text.lines().collect();
        let own = scan(&lines).own.expect("numbered under its type line");
        assert_eq!(own.number.as_deref(), Some("164"));
    }

    #[test]
    fn province_from_portal_footer() {
        let text = "UBND tỉnh ban hành kế hoạch.\nhttps://vanban.quangngai.gov.vn/detail?id=1\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI\n";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(province_of_text(&lines).as_deref(), Some("Quảng Ngãi"));
    }
}
