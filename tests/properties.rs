//! Properties of extraction on generated text: it never panics, spans lie on character
//! boundaries inside the text, and a reference written in any of the shapes of DOMAIN.md, put
//! anywhere in noise, is found with its number and symbol.

use proptest::prelude::*;
use vbgraph::aliases::AliasTable;
use vbgraph::extract::extract;
use vbgraph::normalize::normalize;

fn vietnamese_noise() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Nghị quyết",
        "số",
        "ngày",
        "tháng",
        "năm",
        "của",
        "UBND tỉnh",
        "Tỉnh ủy",
        "thực hiện",
        "Kế hoạch",
        "29-NQ/TW",
        "156/KH-UBND",
        "43/2019/QH14",
        "2013",
        "04/11/2013",
        "(",
        ")",
        "“",
        "”",
        ";",
        ".",
        ",",
        "\n",
        "\n\n",
        "Ð",
        "khóa XI",
        "Hội nghị Trung ương 8",
        "sau đây viết tắt là",
        "Chương trình",
        "100",
        "đó",
        "nêu trên",
        "|",
        "bằng",
        "-",
        "/",
        "Số:",
        "ỦY BAN NHÂN DÂN",
        "TỈNH LẠNG SƠN",
        "ạ",
        "\u{0323}",
        "é",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_and_spans_are_sound(noise in vietnamese_noise(), raw in ".{0,300}") {
        let aliases = AliasTable::builtin();
        for input in [noise, raw] {
            let text = normalize(&input);
            let x = extract("p.txt", &text, &aliases);
            let lines = text.split('\n').count();
            for r in &x.references {
                let (start, end, line) = (r.start as usize, r.end as usize, r.line as usize);
                prop_assert!(start <= end && end <= text.len());
                prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
                prop_assert!(line >= 1 && line <= lines);
            }
            for rel in &x.relations {
                prop_assert!((rel.to as usize) < x.references.len());
            }
        }
    }

    #[test]
    fn a_reference_in_noise_is_found(
        before in "[a-zà-ỹ ,.]{0,40}",
        after in "[a-zà-ỹ ,.]{0,40}",
        n in 1u32..2000,
        shape in 0usize..4,
    ) {
        let (written, symbol) = match shape {
            0 => (format!("Nghị quyết số {n}-NQ/TW"), "NQ/TW"),
            1 => (format!("Kế hoạch {n}/KH-UBND"), "KH-UBND"),
            2 => (format!("Nghị định số {n}/2020/NĐ-CP"), "NĐ-CP"),
            _ => (format!("Chương trình hành động số {n}-CTr/TU"), "CTr/TU"),
        };
        let text = normalize(&format!("{before} {written} {after}"));
        let x = extract("p.txt", &text, &AliasTable::builtin());
        let n = n.to_string();
        let found = x.references.iter().any(|r| r.desc.number.as_deref() == Some(n.as_str()) && r.desc.symbol.as_deref() == Some(symbol));
        prop_assert!(found, "{text}");
    }
}
