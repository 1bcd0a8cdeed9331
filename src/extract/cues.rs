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
    // (`Chỉ thị số 05/CT-TTg ... về tiếp tục đẩy mạnh triển khai Đề án 06`: the two cues in
    // one, longer than the `triển khai` it ends with.)
    ("tiep tuc day manh trien khai", Relation::Continues),
    (
        "tiep tuc day manh trien khai thuc hien",
        Relation::Continues,
    ),
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
    // (A province's `Kế hoạch triển khai thi hành Luật ...`: not the bare `thi hành` below.)
    ("trien khai thi hanh", Relation::Implements),
    ("to chuc thi hanh", Relation::Implements),
    // based_on: the legal-basis lines at the top; plans also name the plan they rest on with
    // `Trên cơ sở Kế hoạch số ...` (a real Quảng Nam plan, 4544/KH-UBND of 2023), and news
    // items write `được xây dựng trên cơ sở ...`
    ("can cu", Relation::BasedOn),
    ("tren co so", Relation::BasedOn),
    // `Kế hoạch được xây dựng dựa trên các văn bản chỉ đạo: - Nghị quyết số 57-NQ/TW ...` (a
    // Ninh Bình plan of 2025).
    ("dua tren", Relation::BasedOn),
    // amends: "sửa đổi, bổ sung (một số điều của)"
    ("sua doi bo sung mot so dieu cua", Relation::Amends),
    ("sua doi bo sung mot so dieu", Relation::Amends),
    ("sua doi bo sung", Relation::Amends),
    ("sua doi", Relation::Amends),
    // `Sửa đổi, bổ sung, bãi bỏ một số điều của ...` (the comma dropped, see the extractor):
    // a document that repeals some articles and amends others leaves the rest in force, so it
    // amends it.
    ("sua doi bo sung bai bo", Relation::Amends),
    // (And `được sửa đổi, bổ sung và bãi bỏ bởi: ...`, a consolidated text's formula.)
    ("sua doi bo sung va bai bo", Relation::Amends),
    // `Quyết định về việc điều chỉnh, bổ sung Kế hoạch số 168/KH-UBND`: a province adjusts
    // and adds to its plan as a decree is amended (a Hưng Yên department's page, 2021).
    ("dieu chinh bo sung", Relation::Amends),
    // replaces: "thay thế"
    ("thay the", Relation::Replaces),
    // (`Quy định 37-QĐ/TW ... thay thế cho Quy định 47-QĐ/TW`, as the Party's news write it.)
    ("thay the cho", Relation::Replaces),
    // `Quyết định này thay cho Quyết định số 20/2010/QĐ-UBND`, as closing articles also write
    // it. Only right before the document ([`ADJACENT_ONLY`]): `hóa đơn điện tử thay cho hóa
    // đơn giấy theo Thông tư số ...` replaces paper, not the circular.
    ("thay cho", Relation::Replaces),
    // (`Kế hoạch này thay Kế hoạch số 336-KH/TU`, the bare verb; only right before the
    // document: `thay mặt`, `thay đổi` are other words.)
    ("thay", Relation::Replaces),
    // repeals: "bãi bỏ"
    ("bai bo", Relation::Repeals),
    // `Điều 1. Thu hồi Quyết định số 2093/2005/QĐ.UBND ...`, `Hủy bỏ Quyết định số ...`: a
    // decision that withdraws or annuls another ends it. Only right before the document (see
    // [`ADJACENT_ONLY`]): `thu hồi đất ... theo Quyết định số ...` recovers land.
    ("thu hoi", Relation::Repeals),
    ("huy bo", Relation::Repeals),
    // guides: "hướng dẫn thi hành, hướng dẫn thực hiện, quy định chi tiết"
    ("huong dan thi hanh", Relation::Guides),
    ("huong dan thuc hien", Relation::Guides),
    ("quy dinh chi tiet", Relation::Guides),
    // (`quy định chi tiết thi hành Luật ...`, `hướng dẫn chi tiết thi hành ...`: not the
    // `thi hành` above.)
    // `thi hành`, the legal texts' word for carrying out a law or decree: a decree `về thi
    // hành Luật ...`, a circular opening `Thi hành Nghị định số 115/2003/NĐ-CP ..., Bộ Nội vụ
    // hướng dẫn thực hiện như sau:`, `quy định chi tiết một số điều và biện pháp thi hành Luật
    // ...` are that law's or decree's guidance. Only right before the document
    // ([`ADJACENT_ONLY`]): `có hiệu lực thi hành kể từ ...`, `Cục Thi hành án`.
    ("thi hanh", Relation::Guides),
    ("quy dinh chi tiet thi hanh", Relation::Guides),
    ("huong dan chi tiet thi hanh", Relation::Guides),
    ("chi tiet thi hanh", Relation::Guides),
    // A circular's title: `Thông tư hướng dẫn chi tiết một số điều của Nghị định ...`,
    // `hướng dẫn một số nội dung của Nghị định ...` (the part words stand between the cue and
    // the decree, see the extractor).
    ("huong dan chi tiet", Relation::Guides),
    ("huong dan mot so", Relation::Guides),
    // The two verbs of a decree's title in one cue (`Nghị định quy định chi tiết và hướng dẫn
    // (thi hành) một số điều của Luật Đầu tư`): the object of both, from where the first opens.
    ("quy dinh chi tiet va huong dan", Relation::Guides),
    ("quy dinh chi tiet va huong dan thi hanh", Relation::Guides),
    ("quy dinh chi tiet va huong dan mot so", Relation::Guides),
    // (Also with a comma, as circulars' titles pair them: `Thông tư ... quy định, hướng dẫn
    // thực hiện một số nội dung của Nghị định số 68/2017/NĐ-CP`, `quy định chi tiết, hướng dẫn
    // thi hành Luật ...`; folded, the comma is gone.)
    ("quy dinh huong dan thuc hien", Relation::Guides),
    ("quy dinh huong dan thi hanh", Relation::Guides),
    ("quy dinh chi tiet huong dan thi hanh", Relation::Guides),
    ("quy dinh chi tiet huong dan thuc hien", Relation::Guides),
];

/// Cues that govern only the document right after them (with at most its generic word,
/// `văn bản số`): their words say other things when an object stands between.
pub const ADJACENT_ONLY: &[&[&str]] = &[
    &["thu", "hoi"],
    &["huy", "bo"],
    &["thi", "hanh"],
    &["thay", "cho"],
    &["thay"],
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
    /// A cue: its place in [`CUES`], its words, its relation.
    type Split = (usize, Vec<&'static str>, Relation);
    // The cues split into words, once, found by their first word.
    static BY_FIRST: std::sync::LazyLock<std::collections::HashMap<&'static str, Vec<Split>>> =
        std::sync::LazyLock::new(|| {
            let mut m: std::collections::HashMap<&str, Vec<_>> = Default::default();
            for (k, (cue, relation)) in CUES.iter().enumerate() {
                let cw: Vec<&str> = cue.split(' ').collect();
                m.entry(cw[0]).or_default().push((k, cw, *relation));
            }
            m
        });
    // Every place a cue starts: the one that ends last wins, then the one that starts first
    // (the longer), then the one first in the table.
    let mut best: Option<(
        usize,
        std::cmp::Reverse<usize>,
        std::cmp::Reverse<usize>,
        Relation,
    )> = None;
    for (start, w) in words.iter().enumerate() {
        let Some(cues) = BY_FIRST.get(w) else {
            continue;
        };
        for (k, cw, relation) in cues {
            let end = start + cw.len();
            if end <= words.len() && words[start..end] == cw[..] {
                let c = (
                    end,
                    std::cmp::Reverse(start),
                    std::cmp::Reverse(*k),
                    *relation,
                );
                if best
                    .as_ref()
                    .is_none_or(|b| (c.0, c.1, c.2) > (b.0, b.1, b.2))
                {
                    best = Some(c);
                }
            }
        }
    }
    best.map(|(end, std::cmp::Reverse(start), _, relation)| Cue {
        relation,
        start,
        end,
    })
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
        let c = last_cue(&w("ve tiep tuc day manh trien khai")).unwrap();
        assert_eq!(c.relation, Relation::Continues);
        let c = last_cue(&w("huong dan thuc hien")).unwrap();
        assert_eq!(c.relation, Relation::Guides);
        let c = last_cue(&w("can cu")).unwrap();
        assert_eq!(c.relation, Relation::BasedOn);
        let c = last_cue(&w("duoc xay dung tren co so")).unwrap();
        assert_eq!(c.relation, Relation::BasedOn);
        let c = last_cue(&w("sua doi bo sung mot so dieu cua")).unwrap();
        assert_eq!((c.relation, c.start, c.end), (Relation::Amends, 0, 8));
    }

    /// The first way of finding the last cue: each cue's last place, compared in table order.
    fn last_cue_by_each_cue(words: &[&str]) -> Option<Cue> {
        let mut best: Option<Cue> = None;
        for (cue, relation) in CUES {
            let cw: Vec<&str> = cue.split(' ').collect();
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

    #[test]
    fn last_cue_is_what_each_cue_s_last_place_gives() {
        // Word streams made of the cues' words and others, every length up to 12.
        let mut vocab: Vec<&str> = CUES.iter().flat_map(|(c, _)| c.split(' ')).collect();
        vocab.extend(["ve", "viec", "ke", "hoach", "so", "nam"]);
        vocab.sort_unstable();
        vocab.dedup();
        let mut next = crate::testing::xorshift(0x2545_f491_4f6c_dd1d);
        for n in 0..4000 {
            let len = n % 13;
            let words: Vec<&str> = (0..len)
                .map(|_| vocab[(next() % vocab.len() as u64) as usize])
                .collect();
            assert_eq!(last_cue(&words), last_cue_by_each_cue(&words), "{words:?}");
        }
    }

    #[test]
    fn last_cue_is_the_nearest() {
        let c = last_cue(&w("can cu ket qua trien khai thuc hien")).unwrap();
        assert_eq!(c.relation, Relation::Implements);
        assert!(cue_at_end(&w("thuc hien co hieu qua")).is_none());
        assert!(last_cue(&w("theo")).is_none());
    }
}
