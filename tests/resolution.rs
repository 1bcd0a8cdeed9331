//! Resolution on a small corpus written for it (tests/fixtures/resolution): one number in two
//! terms of one province, one number in two provinces, a short mention with two candidates, a
//! document known only from a legal database's metadata block, one number of two communes, two
//! plans of one commune whose number lines leave the number blank, congresses' resolutions, one
//! number that a province merged on 1 July 2025 gave twice in that year, one number of two
//! provinces' veterans' associations that the texts name without their province, one number
//! of a People's Council in its legal-normative series and in its ordinary one.

mod common;

use common::{build, fixtures};
use serde_json::Value;

fn graph() -> Value {
    let out = build(&fixtures().join("resolution"));
    serde_json::from_str(&std::fs::read_to_string(out.path().join("graph.json")).unwrap()).unwrap()
}

fn node<'a>(g: &'a Value, id: &str) -> &'a Value {
    g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

fn has_edge(g: &Value, from: &str, to: &str, rel: &str) -> bool {
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["from"] == from && e["to"] == to && e["relation"] == rel)
}

#[test]
fn the_two_resolutions_29_are_two_documents() {
    let g = graph();
    assert_eq!(node(&g, "vn/tw/nq-tw/2013/29")["term"], "XI");
    assert_eq!(node(&g, "vn/tw/nq-tw/2022/29")["term"], "XIII");
    assert!(has_edge(
        &g,
        "vn/lang-son/ctr-tu/2014/100",
        "vn/tw/nq-tw/2013/29",
        "implements"
    ));
    assert!(has_edge(
        &g,
        "vn/lang-son/ctr-tu/2023/100",
        "vn/tw/nq-tw/2022/29",
        "implements"
    ));
}

/// Two communes' Party committees both number a resolution 05-NQ/ĐU in 2025: two documents, and
/// a commune's plan carries out its own commune's.
#[test]
fn one_number_of_two_communes_is_two_documents() {
    let g = graph();
    let dong_dang = "vn/lang-son/xa-dong-dang/nq-du/2025/5";
    let thuy_hung = "vn/lang-son/xa-thuy-hung/nq-du/2025/5";
    assert_eq!(node(&g, dong_dang)["issuer"], "Đảng ủy xã Đồng Đăng");
    assert_eq!(node(&g, dong_dang)["district"], "xã Đồng Đăng");
    assert_eq!(node(&g, dong_dang)["level"], "commune");
    assert_eq!(
        node(&g, thuy_hung)["source"],
        "g_commune_party_thuy_hung.txt"
    );
    // The plan's header names no province: its own id says so, and its commune is kept.
    let plan = "vn/unscoped/xa-dong-dang/kh-ubnd/2025/15";
    assert_eq!(node(&g, plan)["issuer"], "UBND xã Đồng Đăng");
    assert!(has_edge(&g, plan, dong_dang, "implements"));
    assert!(!has_edge(&g, plan, thuy_hung, "implements"));
    assert!(
        !g["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "duplicate-source"),
        "{}",
        g["diagnostics"]
    );
}

/// Two plans of one commune and one year, both with `Số:        /KH-UBND`: two documents, each
/// known by its file, each with the links its text states, each reported as unnumbered.
#[test]
fn unnumbered_plans_are_documents_of_their_own() {
    let g = graph();
    let a = "vn/unscoped/xa-dong-dang/kh-ubnd/2025/unnumbered-i-commune-plan-unnumbered-a";
    let b = "vn/unscoped/xa-dong-dang/kh-ubnd/2025/unnumbered-j-commune-plan-unnumbered-b";
    for (id, file) in [
        (a, "i_commune_plan_unnumbered_a.txt"),
        (b, "j_commune_plan_unnumbered_b.txt"),
    ] {
        let n = node(&g, id);
        assert_eq!(n["number"], Value::Null);
        assert_eq!(
            (n["symbol"].as_str(), n["year"].as_i64()),
            (Some("KH-UBND"), Some(2025))
        );
        assert_eq!(n["issuer"], "UBND xã Đồng Đăng");
        assert_eq!(n["source"], file);
        assert!(
            g["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["code"] == "unnumbered-document" && d["file"] == file && d["line"] == 3),
            "{file}"
        );
    }
    assert!(has_edge(
        &g,
        a,
        "vn/unscoped/xa-dong-dang/kh-ubnd/2025/15",
        "implements"
    ));
    assert!(has_edge(
        &g,
        b,
        "vn/lang-son/xa-dong-dang/nq-du/2025/5",
        "based_on"
    ));
}

/// Congresses' resolutions carry no number: each is one document known by its congress, the
/// national one's dated by the congress's closing day, a province's of the text's province.
#[test]
fn congress_resolutions_are_documents_known_by_title() {
    let g = graph();
    let national = node(&g, "vn/tw/nghi-quyet-dai-hoi/xiii");
    assert_eq!(national["number"], Value::Null);
    assert_eq!(national["date"], "2021-02-01");
    assert_eq!(national["mentions"].as_array().unwrap().len(), 2);
    let province = node(&g, "vn/lang-son/nghi-quyet-dai-hoi/xvii");
    assert_eq!(
        province["issuer"],
        "Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII"
    );
    assert_eq!(province["year"], 2020);
    let programme = "vn/lang-son/ctr-tu/2021/12";
    assert!(has_edge(
        &g,
        programme,
        "vn/tw/nghi-quyet-dai-hoi/xiii",
        "implements"
    ));
    assert!(has_edge(
        &g,
        programme,
        "vn/lang-son/nghi-quyet-dai-hoi/xvii",
        "based_on"
    ));
}

#[test]
fn a_short_mention_with_two_candidates_is_reported_not_linked() {
    let g = graph();
    let d = g["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "ambiguous-reference" && d["file"] == "c_news_ambiguous.txt")
        .expect("an ambiguous-reference diagnostic");
    assert_eq!(d["line"], 5);
    let msg = d["message"].as_str().unwrap();
    assert!(
        msg.contains("vn/lang-son/ctr-tu/2014/100") && msg.contains("vn/lang-son/ctr-tu/2023/100"),
        "{msg}"
    );
    for id in ["vn/lang-son/ctr-tu/2014/100", "vn/lang-son/ctr-tu/2023/100"] {
        let mentioned_in_c = node(&g, id)["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["file"] == "c_news_ambiguous.txt");
        assert!(!mentioned_in_c, "{id} must not take the ambiguous mention");
    }
}

#[test]
fn one_number_in_two_provinces_is_two_documents() {
    let g = graph();
    let hg = node(&g, "vn/ha-giang/kh-ubnd/2020/45");
    let ls = node(&g, "vn/lang-son/kh-ubnd/2020/45");
    assert_eq!(hg["date"], "2020-03-03");
    assert_eq!(ls["date"], "2020-02-20");
    assert_eq!(hg["issuer"], "UBND tỉnh Hà Giang");
}

#[test]
fn identity_from_a_legal_database_metadata_block() {
    let g = graph();
    let q = node(&g, "vn/lang-son/qd-ubnd/2014/1027");
    assert_eq!(q["source"], "e_metadata_only.txt");
    assert_eq!(q["date"], "2014-07-02");
    assert_eq!(q["type"], "Quyết định");
    assert!(has_edge(
        &g,
        "vn/lang-son/qd-ubnd/2014/1027",
        "vn/lang-son/ctr-tu/2014/100",
        "implements"
    ));
}

#[test]
fn check_reports_a_cycle_and_a_link_to_a_later_document() {
    let out = build(&fixtures().join("cycle"));
    let run = |strict: bool| {
        let mut c = common::vbgraph();
        c.arg("check").arg("--graph").arg(out.path());
        if strict {
            c.arg("--strict");
        }
        c.output().unwrap()
    };
    let plain = run(false);
    assert_eq!(plain.status.code(), Some(0));
    let text = String::from_utf8(plain.stdout).unwrap();
    assert!(
        text.contains("Links that would close a cycle (left out) (1)"),
        "{text}"
    );
    assert!(
        text.contains("Kế hoạch 13/KH-UBND → Kế hoạch 12/KH-UBND → Kế hoạch 13/KH-UBND"),
        "{text}"
    );
    assert!(
        text.contains("Links to a later document (left out) (1)"),
        "{text}"
    );
    assert_eq!(run(true).status.code(), Some(1));
    // Read from graph.json's end through the index, or (no index) from the whole file: the
    // same report.
    std::fs::remove_file(out.path().join("graph.idx")).unwrap();
    assert_eq!(String::from_utf8(run(false).stdout).unwrap(), text);
    let g: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("graph.json")).unwrap())
            .unwrap();
    assert_eq!(
        g["edges"].as_array().unwrap().len(),
        1,
        "only the link that closes no cycle"
    );
}

#[test]
fn a_user_alias_file_adds_titles_and_an_ambiguous_one_is_reported() {
    let out = build(&fixtures().join("aliases"));
    let g: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("graph.json")).unwrap())
            .unwrap();
    assert!(has_edge(
        &g,
        "vn/ninh-binh/kh-ubnd/2022/88",
        "vn/tw/qd-ttg/2022/6",
        "implements"
    ));
    let d = g["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "ambiguous-reference")
        .expect("diagnostic");
    assert_eq!(d["line"], 16);
    assert!(d["message"]
        .as_str()
        .unwrap()
        .contains("15-CTr/TU or 22-CTr/TU"));
    assert_eq!(
        g["edges"].as_array().unwrap().len(),
        1,
        "no link for the ambiguous name"
    );
}

/// Ninh Bình numbered its plans from 1 again when it was merged on 1 July 2025: two texts of
/// 12/KH-UBND of 2025 with two dates are two documents, with the date in their ids. A citation
/// with a date links to that one; one without is reported and not linked.
#[test]
fn one_number_given_twice_in_a_year_is_two_documents() {
    let g = graph();
    let before = "vn/ninh-binh/kh-ubnd/2025-01-14/12";
    let after = "vn/ninh-binh/kh-ubnd/2025-07-18/12";
    assert_eq!(
        node(&g, before)["source"],
        "l_plan_ninh_binh_before_merger.txt"
    );
    assert_eq!(
        node(&g, after)["source"],
        "m_plan_ninh_binh_after_merger.txt"
    );
    assert_eq!(node(&g, after)["year"], 2025);
    assert!(has_edge(&g, after, "vn/tw/qh15/2025/202", "based_on"));
    assert!(!has_edge(&g, before, "vn/tw/qh15/2025/202", "based_on"));
    let news = "n_news_ninh_binh_plans.txt";
    let mentioned_in = |id: &str| -> Vec<u64> {
        node(&g, id)["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["file"] == news)
            .map(|m| m["line"].as_u64().unwrap())
            .collect()
    };
    assert_eq!(mentioned_in(after), [3]);
    assert!(mentioned_in(before).is_empty());
    let diags = g["diagnostics"].as_array().unwrap();
    assert!(diags
        .iter()
        .any(|d| d["code"] == "ambiguous-reference" && d["file"] == news && d["line"] == 5));
    assert!(diags.iter().any(|d| d["code"] == "same-number-other-date"
        && d["message"]
            .as_str()
            .unwrap()
            .contains("14/01/2025, 18/07/2025")));
    assert!(!g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["id"] == "vn/ninh-binh/kh-ubnd/2025/12"));
}

/// A People's Council numbers its legal-normative resolutions (`06/2018/NQ-HĐND`) apart from
/// its others (`06/NQ-HĐND`): a `06/NQ-HĐND` of another date than the normative one is the
/// other series' resolution; one of the same date is the normative one cited without its year;
/// one without a date is undecided.
#[test]
fn one_number_in_two_series_is_two_documents() {
    let g = graph();
    let normative = "vn/quang-ngai/nq-hdnd/2018-04-19/6";
    let ordinary = "vn/quang-ngai/nq-hdnd/2018-07-19/6";
    let plan = "vn/quang-ngai/kh-ubnd/2018/155";
    assert_eq!(
        node(&g, normative)["source"],
        "q_council_resolution_quang_ngai_normative.txt"
    );
    assert!(node(&g, ordinary)["source"].is_null());
    assert!(has_edge(&g, plan, ordinary, "implements"));
    assert!(has_edge(&g, plan, normative, "based_on"));
    assert!(!g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["id"] == "vn/quang-ngai/nq-hdnd/2018/6"));
    let diags = g["diagnostics"].as_array().unwrap();
    let plan_file = "r_plan_quang_ngai_two_series.txt";
    assert!(diags
        .iter()
        .any(|d| d["code"] == "ambiguous-reference" && d["file"] == plan_file && d["line"] == 14));
    assert!(diags.iter().any(|d| d["code"] == "same-number-two-series"
        && d["message"]
            .as_str()
            .unwrap()
            .contains("19/04/2018, 19/07/2018")));
    assert!(!diags.iter().any(|d| d["code"] == "conflicting-date"
        && d["message"].as_str().unwrap().contains("quang-ngai")));
}

#[test]
fn one_id_with_two_dates_or_two_titles_is_reported() {
    let out = build(&fixtures().join("conflicts"));
    let g: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("graph.json")).unwrap())
            .unwrap();
    let codes: Vec<&str> = g["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(codes.contains(&"conflicting-date"), "{codes:?}");
    assert!(codes.contains(&"conflicting-title"), "{codes:?}");
}

/// Lạng Sơn's and Hà Giang's Party plans each rest on a `12/KH-CCB` of March 2020 `của Hội Cựu
/// chiến binh`, a body vbgraph does not place: two documents, each known by where it is cited,
/// not one of no place.
#[test]
fn one_number_of_two_unplaced_bodies_is_two_documents() {
    let g = graph();
    let lang_son = "vn/unscoped/cited-in-lang-son/kh-ccb/2020-03-02/12";
    let ha_giang = "vn/unscoped/cited-in-ha-giang/kh-ccb/2020-03-05/12";
    assert_eq!(node(&g, lang_son)["date"], "2020-03-02");
    assert_eq!(node(&g, ha_giang)["date"], "2020-03-05");
    assert!(has_edge(
        &g,
        "vn/lang-son/kh-tu/2020/52",
        lang_son,
        "based_on"
    ));
    assert!(has_edge(
        &g,
        "vn/ha-giang/kh-tu/2020/61",
        ha_giang,
        "based_on"
    ));
}
