//! Files in legacy Vietnamese encodings and UTF-16 (tests/fixtures/inputs: TCVN3, VNI,
//! Windows-1258, UTF-16 LE and BE, each the same text) are detected, converted and yield the references their README lists.

mod common;

use common::{fixtures, vbgraph};
use serde_json::Value;

#[test]
fn legacy_encodings_yield_their_references() {
    for name in [
        "tcvn3.txt",
        "vni.txt",
        "cp1258.txt",
        "utf16le.txt",
        "utf16be.txt",
    ] {
        let out = vbgraph()
            .arg("extract")
            .arg(fixtures().join("inputs").join(name))
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        let note = String::from_utf8(out.stderr).unwrap();
        let said = if name.starts_with("utf16") {
            "read as UTF-16"
        } else {
            "legacy Vietnamese encoding"
        };
        assert!(note.contains(said), "{name}: {note}");
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["own"]["number"], "96", "{name}");
        assert_eq!(v["own"]["issuer"], "UBND tỉnh Lạng Sơn", "{name}");
        let refs: Vec<(String, String, String)> = v["references"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| !r["is_self"].as_bool().unwrap_or(false))
            .map(|r| {
                let d = &r["desc"];
                (
                    d["number"].as_str().unwrap_or("").into(),
                    d["symbol"].as_str().unwrap_or("").into(),
                    d["date"].as_str().unwrap_or("").into(),
                )
            })
            .collect();
        assert!(
            refs.contains(&("29".into(), "NQ/TW".into(), "2013-11-04".into())),
            "{name}: {refs:?}"
        );
        assert!(
            refs.contains(&("100".into(), "CTr/TU".into(), "2014-01-23".into())),
            "{name}: {refs:?}"
        );
    }
}
