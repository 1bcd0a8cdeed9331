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

#[derive(Debug, Deserialize)]
struct AliasFile {
    #[serde(default)]
    document: Vec<AliasDoc>,
}

#[derive(Debug, Clone)]
pub struct AliasTable {
    docs: Vec<AliasDoc>,
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
        AliasTable::new(f.document)
    }

    fn new(docs: Vec<AliasDoc>) -> AliasTable {
        AliasTable {
            docs,
            names: std::sync::OnceLock::new(),
        }
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
        Ok(AliasTable::new(t.docs))
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

fn to_desc(d: &AliasDoc) -> DocDesc {
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
            let words: Vec<String> = n.split_whitespace().map(regex::escape).collect();
            regex::Regex::new(&format!("(?i:{})", words.join(r"\s+")))
                .ok()
                .map(|r| (r, ix))
        })
        .collect()
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
    fn a_plenum_with_several_resolutions_stays_ambiguous_without_topic() {
        let t = AliasTable::builtin();
        let m = t.plenum("XII", 6, "trong toàn tỉnh");
        assert!(!m.decided && m.candidates.len() >= 2, "{m:?}");
        let m = t.plenum("XII", 6, "về công tác dân số trong tình hình mới");
        assert!(m.decided, "{m:?}");
        assert_eq!(m.candidates[0].number.as_deref(), Some("21"));
    }
}
