//! The alias table: well-known documents cited by title rather than number
//! (`Nghị quyết Hội nghị Trung ương 8 khóa XI` = 29-NQ/TW of 4/11/2013). The built-in table is
//! `data/aliases.toml`, compiled in; a user file in the same format adds to it.
//!
//! One plenum can issue several resolutions (DOMAIN.md: Trung ương 6 khóa XII issued 18- and
//! 19-NQ/TW), so a plenum title is decided by the topic words that follow it; when they do not
//! pick exactly one, the reference stays ambiguous.

use crate::model::{DocDesc, Scope, System};
use crate::normalize::fold_words;
use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::Path;

const BUILTIN: &str = include_str!("../data/aliases.toml");
const BUILTIN_LAWS: &str = include_str!("../data/laws.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct AliasDoc {
    #[serde(rename = "type")]
    pub doc_type: String,
    pub number: String,
    pub symbol: String,
    pub date: Option<String>,
    pub issuer: Option<String>,
    pub term: Option<String>,
    pub plenum: Option<u32>,
    pub title: Option<String>,
    #[serde(default)]
    pub topic: Vec<String>,
    /// Titles that name this document in running text, as written (`Kết luận của Ban Bí thư
    /// về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XI`). Matched with any case
    /// and any line breaks between words.
    #[serde(default)]
    pub names: Vec<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// A law (`Luật`, `Bộ luật`) that texts cite by its name and date without its number:
/// `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015`. The National
/// Assembly passes one law of a name on a day, and a name comes back only in a later year (a
/// new law replacing the old), so name and date, or name and year, tell which it is.
#[derive(Debug, Clone, Deserialize)]
pub struct LawDoc {
    /// `Luật` or `Bộ luật`.
    #[serde(rename = "type")]
    pub doc_type: String,
    /// The name after the type word, as citations write it: `Tổ chức chính quyền địa phương`.
    pub name: String,
    pub number: String,
    /// `QH13`: the National Assembly's term.
    pub symbol: String,
    /// ISO date it was passed, the date citations give.
    pub date: String,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Deserialize)]
struct AliasFile {
    #[serde(default)]
    document: Vec<AliasDoc>,
    #[serde(default)]
    law: Vec<LawDoc>,
}

#[derive(Debug, Clone)]
pub struct AliasTable {
    docs: Vec<AliasDoc>,
    laws: Vec<LawDoc>,
    /// Each law's name, folded ([`crate::normalize::fold`]) word by word.
    law_words: Vec<Vec<String>>,
    /// What each law is, as a reference reads it ([`law_desc`]).
    law_descs: Vec<DocDesc>,
    /// The most words of a law's name (`law_words`): how far a text's words are read.
    law_max_words: usize,
    /// One pattern per distinct name, with the entries it names: compiled when a text is first
    /// searched (a build that extracts nothing, every rebuild with no change, needs none; they
    /// were 0.6 ms of its 20).
    names: std::sync::OnceLock<Vec<(regex::Regex, Vec<usize>)>>,
}

/// A title found in a text: where, and the entries it may name.
#[derive(Debug, Clone)]
pub struct NamedTitle {
    pub start: usize,
    pub end: usize,
    pub candidates: Vec<DocDesc>,
}

impl AliasTable {
    /// The built-in table.
    pub fn builtin() -> AliasTable {
        let f: AliasFile = toml::from_str(BUILTIN).expect("data/aliases.toml is valid (tested)");
        let l: AliasFile = toml::from_str(BUILTIN_LAWS).expect("data/laws.toml is valid (tested)");
        AliasTable::new(f.document, l.law)
    }

    fn new(docs: Vec<AliasDoc>, laws: Vec<LawDoc>) -> AliasTable {
        let law_words: Vec<Vec<String>> = laws.iter().map(|l| name_words(&l.name)).collect();
        let law_descs = laws.iter().map(law_desc).collect();
        let law_max_words = law_words.iter().map(Vec::len).max().unwrap_or(0);
        AliasTable {
            docs,
            laws,
            law_words,
            law_descs,
            law_max_words,
            names: std::sync::OnceLock::new(),
        }
    }

    /// The laws of type `doc_type` whose name the text spells from `at` (the first word after
    /// the type word), with the end of the name: every law of the longest name that fits, one
    /// per year it was passed in. Words are compared folded (any case, any tone placement);
    /// between them only spaces, line breaks, commas and hyphens.
    pub fn laws_named_at(
        &self,
        text: &str,
        at: usize,
        doc_type: &str,
    ) -> Option<(usize, Vec<&DocDesc>)> {
        let words = text_words(text, at, self.law_max_words);
        let mut best: Option<(usize, usize)> = None; // (words, end)
        let mut fits: Vec<usize> = vec![];
        for (i, l) in self.laws.iter().enumerate() {
            let w = &self.law_words[i];
            if l.doc_type != doc_type
                || w.len() > words.len()
                || !w.iter().zip(&words).all(|(a, (_, _, b))| a == b)
            {
                continue;
            }
            let end = words[w.len() - 1].1;
            match best {
                Some((n, _)) if n > w.len() => continue,
                Some((n, _)) if n == w.len() => fits.push(i),
                _ => {
                    best = Some((w.len(), end));
                    fits = vec![i];
                }
            }
        }
        let (_, end) = best?;
        let end = past_paren(text, at, end);
        Some((end, fits.into_iter().map(|i| &self.law_descs[i]).collect()))
    }

    /// The laws of type `doc_type` whose long name (at least [`LIKE_MIN_WORDS`] words) the
    /// text at `at` spells nearly, up to the word `ngày` that opens its date, with the end of
    /// the name. For the laws that amend several laws at once, whose names citations shorten
    /// or misspell (`Luật Quản lý tài sản công` for `Luật Quản lý, sử dụng tài sản công`,
    /// `Dữ trữ` for `Dự trữ`): the name's first words are the text's, and of the two names'
    /// words at least [`LIKE_SHARE`] are common, in order. Only the date can then tell the
    /// law (the caller keeps the one passed on the date written): the National Assembly passes
    /// a few laws a day, and no two of a day have names this close.
    pub fn laws_like_at(
        &self,
        text: &str,
        at: usize,
        doc_type: &str,
    ) -> Option<(usize, Vec<&DocDesc>)> {
        let words = text_words(text, at, self.law_max_words + 8);
        let n = words.iter().position(|(_, _, w)| w == "ngay")?;
        if n < LIKE_MIN_WORDS {
            return None;
        }
        let written: Vec<&str> = words[..n].iter().map(|(_, _, w)| w.as_str()).collect();
        let fits: Vec<&DocDesc> = (0..self.laws.len())
            .filter(|&i| {
                let w = &self.law_words[i];
                self.laws[i].doc_type == doc_type
                    && w.len() >= LIKE_MIN_WORDS
                    && w.iter().zip(&written).take(LIKE_HEAD).all(|(a, b)| a == b)
                    && common_in_order(w, &written) * 100 >= LIKE_SHARE * w.len().max(n)
                    && same_figures(w, &written)
            })
            .map(|i| &self.law_descs[i])
            .collect();
        (!fits.is_empty()).then(|| (past_paren(text, at, words[n - 1].1), fits))
    }

    fn names(&self) -> &[(regex::Regex, Vec<usize>)] {
        self.names.get_or_init(|| compile_names(&self.docs))
    }

    /// The one entry numbered `number` (leading zeros aside) with `symbol` in the Party term
    /// `term`: Party numbers restart each term, so the three name one resolution.
    pub fn in_term(&self, number: &str, symbol: &str, term: &str) -> Option<&AliasDoc> {
        let n = number.trim_start_matches('0');
        let mut fits = self.docs.iter().filter(|d| {
            d.number.trim_start_matches('0') == n
                && d.symbol.eq_ignore_ascii_case(symbol)
                && d.term
                    .as_deref()
                    .is_some_and(|t| t.eq_ignore_ascii_case(term))
        });
        let one = fits.next()?;
        fits.next().is_none().then_some(one)
    }

    /// Every entry of this number and symbol (`18`, `NQ/TW`: khóa XII's and khóa XIII's).
    pub fn with_code(&self, number: &str, symbol: &str) -> Vec<&AliasDoc> {
        let n = number.trim_start_matches('0');
        self.docs
            .iter()
            .filter(|d| {
                d.number.trim_start_matches('0') == n && d.symbol.eq_ignore_ascii_case(symbol)
            })
            .collect()
    }

    /// Every title of the table that the text names, longest first where two overlap.
    pub fn find_names(&self, text: &str) -> Vec<NamedTitle> {
        let mut out: Vec<NamedTitle> = vec![];
        for (re, ix) in self.names() {
            for m in re.find_iter(text) {
                out.push(NamedTitle {
                    start: m.start(),
                    end: m.end(),
                    candidates: ix.iter().map(|&i| to_desc(&self.docs[i])).collect(),
                });
            }
        }
        out.sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
        let mut kept: Vec<NamedTitle> = vec![];
        for t in out {
            if kept.last().is_none_or(|k| t.start >= k.end) {
                kept.push(t);
            }
        }
        kept
    }

    /// The built-in table plus a user file in the same format.
    pub fn with_user_file(path: &Path) -> Result<AliasTable> {
        let mut t = AliasTable::builtin();
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the alias file {}", path.display()))?;
        let f: AliasFile = toml::from_str(&text).with_context(|| {
            format!(
                "{} is not a valid alias file (see data/aliases.toml for the format)",
                path.display()
            )
        })?;
        t.docs.extend(f.document);
        t.laws.extend(f.law);
        Ok(AliasTable::new(t.docs, t.laws))
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Resolutions of plenum `plenum` of term `term`, narrowed by the words that follow the
    /// title (`after`, the rest of the sentence). The title decides when exactly one candidate
    /// remains and, if a subject (`về ...`) follows, that candidate's topic words are in it: the
    /// table may not list every resolution of a plenum, so a lone entry whose topic does not
    /// match is not taken.
    pub fn plenum(&self, term: &str, plenum: u32, after: &str) -> PlenumMatch {
        let all: Vec<&AliasDoc> = self
            .docs
            .iter()
            .filter(|d| {
                d.plenum == Some(plenum)
                    && d.term
                        .as_deref()
                        .is_some_and(|t| t.eq_ignore_ascii_case(term))
            })
            .collect();
        let f = format!(" {} ", fold_words(after));
        let has_subject = f.trim_start().starts_with("ve ");
        let by_topic: Vec<&AliasDoc> = all
            .iter()
            .copied()
            .filter(|d| {
                d.topic
                    .iter()
                    .any(|t| f.contains(&format!(" {} ", fold_words(t))))
            })
            .collect();
        let (candidates, decided) = if !by_topic.is_empty() {
            (by_topic.clone(), by_topic.len() == 1)
        } else {
            (all.clone(), all.len() == 1 && !has_subject)
        };
        PlenumMatch {
            candidates: candidates.into_iter().map(to_desc).collect(),
            decided,
        }
    }
}

/// What a plenum title refers to.
#[derive(Debug, Clone)]
pub struct PlenumMatch {
    pub candidates: Vec<DocDesc>,
    /// Exactly one candidate, and the text agrees with it.
    pub decided: bool,
}

pub(crate) fn to_desc(d: &AliasDoc) -> DocDesc {
    let year = d
        .date
        .as_deref()
        .and_then(|s| s.get(..4))
        .and_then(|y| y.parse().ok());
    DocDesc {
        doc_type: Some(d.doc_type.clone()),
        number: Some(d.number.clone()),
        symbol: Some(d.symbol.clone()),
        system: Some(if d.symbol.contains('/') {
            System::Party
        } else {
            System::State
        }),
        date: d.date.clone(),
        year,
        term: d.term.clone(),
        issuer: d.issuer.clone(),
        scope: Some(
            match d
                .issuer
                .as_deref()
                .and_then(|i| crate::registry::parse_issuer(i, None))
            {
                Some(i) => i.scope,
                None if crate::registry::symbol_is_central(&d.symbol) == Some(false) => {
                    Scope::Unknown
                }
                None => Scope::Central,
            },
        ),
        title: d.title.clone(),
        normative: false,
    }
}

/// What a law of the table is.
fn law_desc(l: &LawDoc) -> DocDesc {
    DocDesc {
        doc_type: Some(l.doc_type.clone()),
        number: Some(l.number.clone()),
        symbol: Some(l.symbol.clone()),
        system: Some(System::State),
        date: Some(l.date.clone()),
        year: l.date.get(..4).and_then(|y| y.parse().ok()),
        term: None,
        // (An ordinance is the National Assembly's Standing Committee's.)
        issuer: Some(
            if l.doc_type == "Pháp lệnh" {
                "Ủy ban Thường vụ Quốc hội"
            } else {
                "Quốc hội"
            }
            .into(),
        ),
        scope: Some(Scope::Central),
        title: Some(format!("{} {}", l.doc_type, l.name)),
        normative: true,
    }
}

/// The fewest words of a name [`AliasTable::laws_like_at`] reads nearly: a short name
/// misspelt may be another law's.
const LIKE_MIN_WORDS: usize = 12;

/// The first words of a name that [`AliasTable::laws_like_at`] wants as written.
const LIKE_HEAD: usize = 4;

/// The share (per cent) of two names' words that [`AliasTable::laws_like_at`] wants common.
const LIKE_SHARE: usize = 85;

/// The end of a name at `at..end` that closes a parenthesis it opened (`... ở người
/// (HIV/AIDS)`): after the `)`.
fn past_paren(text: &str, at: usize, end: usize) -> usize {
    let name = &text[at..end];
    if name.matches('(').count() > name.matches(')').count() && text[end..].starts_with(')') {
        end + 1
    } else {
        end
    }
}

/// How many words `a` and `b` have in common in the same order (longest common subsequence).
fn common_in_order(a: &[String], b: &[&str]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diag = 0;
        for (j, y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y {
                diag + 1
            } else {
                row[j + 1].max(row[j])
            };
            diag = up;
        }
    }
    row[b.len()]
}

/// A name's words, folded: `Cán bộ, công chức` is `can bo cong chuc`.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::normalize::fold)
        .filter(|w| !is_joining_word(w))
        .collect()
}

/// `của` and `và` inside a law's name, which citations leave out or put in (`sửa đổi, bổ sung
/// một số điều Luật ...`, `Luật Ban hành văn bản quy phạm pháp luật HĐND và UBND` for `... của
/// Hội đồng nhân dân, Ủy ban nhân dân`): not compared.
fn is_joining_word(folded: &str) -> bool {
    matches!(folded, "cua" | "va")
}

/// Up to `max` words of `text` from `at`: start, end and the word folded. The words stop at a
/// character other than spaces, line breaks, `,`, `-`, `/` and parentheses (`(HIV/AIDS)` is
/// part of a name), and at a blank line.
fn text_words(text: &str, at: usize, max: usize) -> Vec<(usize, usize, String)> {
    let mut out = vec![];
    let mut start: Option<usize> = None;
    let mut newlines = 0;
    for (i, c) in text[at..].char_indices() {
        let i = at + i;
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
                newlines = 0;
            }
            continue;
        }
        if let Some(s) = start.take() {
            push_word(&mut out, s, i, crate::normalize::fold(&text[s..i]));
            if out.len() >= max {
                return out;
            }
        }
        match c {
            '\n' => {
                newlines += 1;
                if newlines > 1 {
                    break;
                }
            }
            ' ' | '\t' | '\r' | ',' | '-' | '/' | '(' | ')' | '\u{a0}' => {}
            _ => break,
        }
    }
    if let Some(s) = start {
        push_word(&mut out, s, text.len(), crate::normalize::fold(&text[s..]));
    }
    out
}

/// A word of a law's name, the bodies' abbreviations spelt out: `Luật Tổ chức HĐND và UBND`
/// is `Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân`.
fn push_word(out: &mut Vec<(usize, usize, String)>, s: usize, e: usize, word: String) {
    if is_joining_word(&word) {
        return;
    }
    let spelt: &[&str] = match word.as_str() {
        "hdnd" => &["hoi", "dong", "nhan", "dan"],
        "ubnd" => &["uy", "ban", "nhan", "dan"],
        _ => {
            out.push((s, e, word));
            return;
        }
    };
    out.extend(spelt.iter().map(|w| (s, e, w.to_string())));
}

/// One pattern per distinct name of `docs` (any case, any spaces or line breaks between its
/// words), with the entries it names.
fn compile_names(docs: &[AliasDoc]) -> Vec<(regex::Regex, Vec<usize>)> {
    let mut by_name: std::collections::BTreeMap<String, (String, Vec<usize>)> = Default::default();
    for (i, d) in docs.iter().enumerate() {
        for n in &d.names {
            let e = by_name
                .entry(fold_words(n))
                .or_insert_with(|| (n.clone(), vec![]));
            e.1.push(i);
        }
    }
    by_name
        .into_values()
        .filter_map(|(n, ix)| {
            // (`về` inside a name may be left out: `Kết luận của Ban Bí thư tiếp tục thực hiện
            // Nghị quyết Hội nghị Trung ương 8 khóa XI`, a Ninh Thuận plan of 2019.)
            let words: Vec<&str> = n.split_whitespace().collect();
            let mut pattern = String::new();
            for (i, w) in words.iter().enumerate() {
                if i > 0 && i + 1 < words.len() && w.to_lowercase() == "về" {
                    pattern.push_str(r"(?:về\s+)?");
                    continue;
                }
                pattern.push_str(&regex::escape(w));
                if i + 1 < words.len() {
                    pattern.push_str(r"\s+");
                }
            }
            regex::Regex::new(&format!("(?i:{pattern})"))
                .ok()
                .map(|r| (r, ix))
        })
        .collect()
}

/// Whether a name written and a law's name count the same where both count (`của 37 luật` is
/// not `của 11 luật có liên quan đến quy hoạch`, however close the other words).
fn same_figures(name: &[String], written: &[&str]) -> bool {
    fn figures<'w>(ws: impl Iterator<Item = &'w str>) -> Vec<&'w str> {
        ws.filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
            .collect()
    }
    let a = figures(name.iter().map(String::as_str));
    let b = figures(written.iter().copied());
    a.is_empty() || b.is_empty() || a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_parses_and_knows_the_education_resolution() {
        let t = AliasTable::builtin();
        assert!(!t.is_empty());
        let m = t.plenum("XI", 8, "về đổi mới căn bản, toàn diện giáo dục và đào tạo");
        assert!(m.decided, "{m:?}");
        assert_eq!(m.candidates[0].number.as_deref(), Some("29"));
        assert_eq!(m.candidates[0].date.as_deref(), Some("2013-11-04"));
    }

    #[test]
    fn a_name_is_read_with_or_without_its_ve() {
        let t = AliasTable::builtin();
        for text in [
            "triển khai Kết luận của Ban Bí thư về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XI",
            "triển khai Kết luận của Ban Bí thư tiếp tục thực hiện Nghị quyết Hội nghị\nTrung ương 8 khóa XI",
        ] {
            let found = t.find_names(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].candidates[0].number.as_deref(), Some("51"));
            assert!(text[found[0].start..].starts_with("Kết luận"), "{text}");
            assert!(text[..found[0].end].ends_with("khóa XI"), "{text}");
        }
    }

    #[test]
    fn a_plenum_with_several_resolutions_stays_ambiguous_without_topic() {
        let t = AliasTable::builtin();
        let m = t.plenum("XII", 6, "trong toàn tỉnh");
        assert!(!m.decided && m.candidates.len() >= 2, "{m:?}");
        let m = t.plenum("XII", 6, "về công tác dân số trong tình hình mới");
        assert!(m.decided, "{m:?}");
        assert_eq!(m.candidates[0].number.as_deref(), Some("21"));
        // (Trung ương 8 khóa XIII issued four: the defence strategy is 44-NQ/TW, as khóa XI's
        // was 28-NQ/TW.)
        let m = t.plenum(
            "XIII",
            8,
            "về Chiến lược bảo vệ Tổ quốc trong tình hình mới",
        );
        assert!(m.decided, "{m:?}");
        assert_eq!(m.candidates[0].number.as_deref(), Some("44"));
        // Trung ương 7 khóa IX: great national unity, ethnic affairs, religion, land; the
        // unity of all the nation (`toàn dân tộc`) is not ethnic affairs (`công tác dân tộc`).
        for (subject, number) in [
            ("về phát huy sức mạnh đại đoàn kết toàn dân tộc", "23"),
            ("về công tác dân tộc", "24"),
            ("về công tác tôn giáo", "25"),
            ("về tiếp tục đổi mới chính sách, pháp luật về đất đai", "26"),
        ] {
            let m = t.plenum("IX", 7, subject);
            assert!(m.decided, "{subject} {m:?}");
            assert_eq!(m.candidates[0].number.as_deref(), Some(number), "{subject}");
        }
    }

    #[test]
    fn the_law_table_is_consistent() {
        let t = AliasTable::builtin();
        assert!(t.laws.len() >= 50, "{}", t.laws.len());
        let mut seen = std::collections::HashSet::new();
        for l in &t.laws {
            assert!(
                matches!(l.doc_type.as_str(), "Luật" | "Bộ luật" | "Pháp lệnh"),
                "{l:?}"
            );
            assert!(l.number.bytes().all(|b| b.is_ascii_digit()), "{l:?}");
            assert!(
                l.source.as_deref().is_some_and(|s| s.contains("http")),
                "{l:?}"
            );
            let d = crate::extract::iso_date(&l.date[8..], &l.date[5..7], &l.date[..4]);
            assert_eq!(d.as_deref(), Some(l.date.as_str()), "{l:?}");
            // A National Assembly's term (khóa) is in the symbol: the law was passed in it.
            let year: i32 = l.date[..4].parse().unwrap();
            // (An ordinance's, in its Standing Committee's: `PL-UBTVQH11`, `UBTVQH14`.)
            let term = l
                .symbol
                .trim_start_matches("PL-")
                .trim_start_matches("UBTV");
            let (from, to) = match term {
                "QH9" => (1992, 1997),
                "QH10" => (1997, 2002),
                "QH11" => (2002, 2007),
                "QH12" => (2007, 2011),
                "QH13" => (2011, 2016),
                "QH14" => (2016, 2021),
                "QH15" => (2021, 2026),
                s => panic!("unknown term {s} in {l:?}"),
            };
            assert!((from..=to).contains(&year), "{l:?}");
            assert!(
                seen.insert((l.doc_type.clone(), name_words(&l.name), l.date.clone())),
                "twice: {l:?}"
            );
        }
    }

    #[test]
    fn a_law_name_is_read_whatever_its_case_tone_placement_or_line_breaks() {
        let t = AliasTable::builtin();
        let text = "Căn cứ Luật tổ chức Hội đồng nhân dân và Uỷ ban\nnhân dân ngày 26/11/2003";
        let at = text.find("tổ chức").unwrap();
        let (end, laws) = t.laws_named_at(text, at, "Luật").expect("named");
        assert_eq!(&text[end..], " ngày 26/11/2003");
        assert_eq!(laws.len(), 1);
        assert_eq!(laws[0].number.as_deref(), Some("11"));
        // The longest name wins: `Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy
        // ban nhân dân` (2004) over `Ban hành văn bản quy phạm pháp luật`.
        let text = "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004";
        let at = "Luật ".len();
        let (end, laws) = t.laws_named_at(text, at, "Luật").expect("named");
        assert_eq!(&text[end..], " năm 2004");
        assert_eq!(laws.len(), 1);
        assert!(t.laws_named_at(text, at, "Bộ luật").is_none());
        // The bodies' abbreviations.
        let text = "Luật Tổ chức HĐND và UBND ngày 26/11/2003";
        let (end, laws) = t.laws_named_at(text, at, "Luật").expect("named");
        assert_eq!(&text[end..], " ngày 26/11/2003");
        assert_eq!(laws[0].number.as_deref(), Some("11"));
        // A name cut by other punctuation is another name.
        assert!(t
            .laws_named_at("Luật Đất. đai năm 2013", at, "Luật")
            .is_none());
        assert!(t
            .laws_named_at("Luật Đất đai năm 2013", at, "Luật")
            .is_some());
    }

    #[test]
    fn a_user_file_adds_laws() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("aliases.toml");
        std::fs::write(
            &path,
            "[[law]]\ntype = \"Luật\"\nname = \"Nuôi con nuôi\"\nnumber = \"52\"\nsymbol = \"QH12\"\n\
             date = \"2010-06-17\"\n",
        )
        .unwrap();
        let t = AliasTable::with_user_file(&path).unwrap();
        let text = "Căn cứ Luật Nuôi con nuôi ngày 17 tháng 6 năm 2010;";
        let at = text.find("Nuôi").unwrap();
        let (_, laws) = t.laws_named_at(text, at, "Luật").expect("the user's law");
        assert_eq!(laws[0].number.as_deref(), Some("52"));
        assert!(AliasTable::builtin()
            .laws_named_at(text, at, "Luật")
            .is_none());
    }
}
