//! The cue words that type a relation, in one table (DOMAIN.md, "Relations and their cue words").
//! A cue is matched on folded text (lower case, no diacritics) as whole words; where several
//! cues end at the same place the longest wins (`tiếp tục thực hiện` over `thực hiện`,
//! `hướng dẫn thực hiện` over `thực hiện`).

use crate::model::Relation;

/// (cue, folded, relation). Sources: DOMAIN.md's cue table; the decree on clerical work writes
/// the legal basis as `Căn cứ ...` lines; amendment titles read `sửa đổi, bổ sung một số điều
/// của ...`; guidance titles `hướng dẫn thi hành / thực hiện ...`, `quy định chi tiết ...`.
pub const CUES: &[(&str, Relation)] = &[
    // continues: DOMAIN.md "tiếp tục thực hiện, tiếp tục triển khai, tiếp tục đẩy mạnh"
    ("tiep tuc trien khai thuc hien", Relation::Continues),
    ("tiep tuc thuc hien", Relation::Continues),
    ("tiep tuc trien khai", Relation::Continues),
    ("tiep tuc day manh thuc hien", Relation::Continues),
    ("tiep tuc day manh", Relation::Continues),
    // implements: "thực hiện, triển khai thực hiện, triển khai, cụ thể hóa, Chương trình hành
    // động thực hiện, Kế hoạch thực hiện"
    ("trien khai thuc hien", Relation::Implements),
    ("to chuc thuc hien", Relation::Implements),
    ("thuc hien", Relation::Implements),
    ("trien khai", Relation::Implements),
    ("cu the hoa", Relation::Implements),
    // Party texts: `quán triệt, triển khai thực hiện`, `tổ chức quán triệt` a resolution is the
    // first step of implementing it (Hướng dẫn on studying and implementing resolutions).
    ("quan triet", Relation::Implements),
    // based_on: the legal-basis lines at the top
    ("can cu", Relation::BasedOn),
    // amends: "sửa đổi, bổ sung (một số điều của)"
    ("sua doi bo sung mot so dieu cua", Relation::Amends),
    ("sua doi bo sung mot so dieu", Relation::Amends),
    ("sua doi bo sung", Relation::Amends),
    ("sua doi", Relation::Amends),
    // replaces: "thay thế"
    ("thay the", Relation::Replaces),
    // repeals: "bãi bỏ"
    ("bai bo", Relation::Repeals),
    // guides: "hướng dẫn thi hành, hướng dẫn thực hiện, quy định chi tiết"
    ("huong dan thi hanh", Relation::Guides),
    ("huong dan thuc hien", Relation::Guides),
    ("quy dinh chi tiet", Relation::Guides),
];

/// A cue found in a stretch of folded words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub relation: Relation,
    /// Word index where the cue starts and ends (exclusive) in the searched words.
    pub start: usize,
    pub end: usize,
}

/// The cue that ends last in `words` (folded, one word each), longest on ties.
pub fn last_cue(words: &[&str]) -> Option<Cue> {
    // The cues split into words, once.
    static SPLIT: std::sync::LazyLock<Vec<(Vec<&'static str>, Relation)>> =
        std::sync::LazyLock::new(|| {
            CUES.iter()
                .map(|(cue, relation)| (cue.split(' ').collect(), *relation))
                .collect()
        });
    let mut best: Option<Cue> = None;
    for (cw, relation) in SPLIT.iter() {
        if cw.len() > words.len() {
            continue;
        }
        for start in (0..=words.len() - cw.len()).rev() {
            if words[start..start + cw.len()] == cw[..] {
                let end = start + cw.len();
                let better = match &best {
                    None => true,
                    Some(b) => end > b.end || (end == b.end && start < b.start),
                };
                if better {
                    best = Some(Cue {
                        relation: *relation,
                        start,
                        end,
                    });
                }
                break;
            }
        }
    }
    best
}

/// The cue that ends exactly at the end of `words`, longest first.
pub fn cue_at_end(words: &[&str]) -> Option<Cue> {
    last_cue(words).filter(|c| c.end == words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn longest_cue_wins() {
        let c = last_cue(&w("ve tiep tuc thuc hien")).unwrap();
        assert_eq!(c.relation, Relation::Continues);
        let c = last_cue(&w("ve viec thuc hien")).unwrap();
        assert_eq!(c.relation, Relation::Implements);
        let c = last_cue(&w("huong dan thuc hien")).unwrap();
        assert_eq!(c.relation, Relation::Guides);
        let c = last_cue(&w("can cu")).unwrap();
        assert_eq!(c.relation, Relation::BasedOn);
        let c = last_cue(&w("sua doi bo sung mot so dieu cua")).unwrap();
        assert_eq!((c.relation, c.start, c.end), (Relation::Amends, 0, 8));
    }

    #[test]
    fn last_cue_is_the_nearest() {
        let c = last_cue(&w("can cu ket qua trien khai thuc hien")).unwrap();
        assert_eq!(c.relation, Relation::Implements);
        assert!(cue_at_end(&w("thuc hien co hieu qua")).is_none());
        assert!(last_cue(&w("theo")).is_none());
    }
}
