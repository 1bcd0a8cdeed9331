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
}

impl AliasTable {
    /// The built-in table.
    pub fn builtin() -> AliasTable {
        let f: AliasFile = toml::from_str(BUILTIN).expect("data/aliases.toml is valid (tested)");
        AliasTable { docs: f.document }
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
        Ok(t)
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
        system: Some(System::Party),
        date: d.date.clone(),
        year,
        term: d.term.clone(),
        issuer: d.issuer.clone(),
        scope: Some(Scope::Central),
        title: d.title.clone(),
        normative: false,
    }
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
