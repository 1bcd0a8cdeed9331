//! Node-link JSON, the layout of networkx's `node_link_data`: load it with
//! `networkx.node_link_graph(d, edges="links")` (networkx < 3.4: `link="links"`, the default) or
//! hand it to d3-force. A pure function of the documents and links, deterministic (nodes sorted
//! by id, links by endpoints).
//!
//! The graph is a simple directed graph (`multigraph: false`), so one link is kept per ordered
//! pair of documents: the strongest relation ([`Relation::strength`]). Links whose endpoints are
//! not among the documents are left out (networkx would make bare nodes of them). Every attribute
//! is a string or a number, so that networkx can write the graph again as GraphML or GEXF; a
//! missing value is a missing key, never `null`. The full evidence and mentions stay in
//! `graph.json`.

use crate::model::{Document, Link, System};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

fn node(d: &Document) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(d.id));
    m.insert("label".into(), json!(d.label()));
    let strings = [
        ("type", &d.doc_type),
        ("number", &d.number),
        ("symbol", &d.symbol),
        ("date", &d.date),
        ("term", &d.term),
        ("issuer", &d.issuer),
        ("province", &d.province),
        ("title", &d.title),
        ("source", &d.source),
    ];
    for (k, v) in strings {
        if let Some(v) = v {
            m.insert(k.into(), json!(v));
        }
    }
    if let Some(y) = d.year {
        m.insert("year".into(), json!(y));
    }
    if let Some(s) = d.system {
        let s = match s {
            System::Party => "party",
            System::State => "state",
        };
        m.insert("system".into(), json!(s));
    }
    m.insert("level".into(), json!(d.level));
    m.insert("normative".into(), json!(d.normative));
    m.insert("mentions".into(), json!(d.mentions.len()));
    Value::Object(m)
}

fn link(l: &Link) -> Value {
    let mut m = Map::new();
    m.insert("source".into(), json!(l.from));
    m.insert("target".into(), json!(l.to));
    m.insert("relation".into(), json!(l.relation.as_str()));
    m.insert("evidence_count".into(), json!(l.evidence.len()));
    if let Some(e) = l.evidence.first() {
        m.insert(
            "evidence".into(),
            json!(format!("{}:{}: {}", e.file, e.line, e.text)),
        );
    }
    Value::Object(m)
}

/// Node-link JSON of a set of documents and the links among them (edges from the newer document
/// to the older one).
pub fn to_node_link(docs: &[&Document], links: &[&Link]) -> Value {
    let mut docs: Vec<&Document> = docs.to_vec();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);
    let ids: BTreeSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();

    let mut links: Vec<&Link> = links
        .iter()
        .copied()
        .filter(|l| ids.contains(l.from.as_ref()) && ids.contains(l.to.as_ref()))
        .collect();
    links.sort_by(|a, b| {
        (&a.from, &a.to, a.relation.strength()).cmp(&(&b.from, &b.to, b.relation.strength()))
    });
    links.dedup_by(|later, first| later.from == first.from && later.to == first.to);

    json!({
        "directed": true,
        "multigraph": false,
        "graph": {},
        "nodes": docs.iter().map(|d| node(d)).collect::<Vec<_>>(),
        "links": links.iter().map(|l| link(l)).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Relation};

    const HOSTILE: &str = "\"}]; <script>alert(1)</script>\n\\u0000 \u{0} end";

    fn doc(id: &str, title: &str) -> Document {
        Document::sample(id, title)
    }

    fn link_of(from: &Document, to: &Document, relation: Relation) -> Link {
        Link {
            from: from.id.as_str().into(),
            to: to.id.as_str().into(),
            relation,
            evidence: vec![Evidence {
                file: "docs/b.txt".into(),
                line: 4,
                text: "thực hiện \"Nghị quyết\"".into(),
                relation,
            }],
        }
    }

    fn sample() -> (Document, Document, Document) {
        let mut a = doc("vn/tw/nq-tw/2013/29", HOSTILE);
        a.level = "central-party".into();
        let mut b = doc("vn/lang-son/kh-ubnd/2014/156", "Kế hoạch");
        b.system = Some(System::State);
        b.province = Some("Lạng Sơn".into());
        b.level = "provincial-state".into();
        b.source = Some("docs/b.txt".into());
        let mut c = doc("vn/unscoped/x/1", "c");
        c.year = None;
        c.system = None;
        (a, b, c)
    }

    #[test]
    fn round_trip_and_keys() {
        let (a, b, c) = sample();
        let links = [
            link_of(&b, &a, Relation::Cites),
            link_of(&b, &a, Relation::Implements),
            link_of(&c, &b, Relation::Continues),
            Link {
                from: c.id.as_str().into(),
                to: "vn/missing".into(),
                relation: Relation::Cites,
                evidence: vec![],
            },
        ];
        let refs: Vec<&Link> = links.iter().collect();
        let v = to_node_link(&[&c, &a, &b], &refs);

        let text = serde_json::to_string_pretty(&v).unwrap();
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, v);

        let o = v.as_object().unwrap();
        let keys: Vec<&str> = o.keys().map(String::as_str).collect();
        let mut expected = vec!["directed", "graph", "links", "multigraph", "nodes"];
        let mut sorted = keys.clone();
        sorted.sort();
        expected.sort();
        assert_eq!(sorted, expected);
        assert_eq!(v["directed"], json!(true));
        assert_eq!(v["multigraph"], json!(false));
        assert_eq!(v["graph"], json!({}));

        let nodes = v["nodes"].as_array().unwrap();
        let ids: Vec<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
        assert_eq!(
            ids,
            [
                "vn/lang-son/kh-ubnd/2014/156",
                "vn/tw/nq-tw/2013/29",
                "vn/unscoped/x/1"
            ]
        );
        assert_eq!(nodes[1]["title"], json!(HOSTILE));
        assert_eq!(nodes[1]["label"], json!("Nghị quyết 29-NQ/TW"));
        assert_eq!(nodes[1]["year"], json!(2013));
        assert_eq!(nodes[1]["level"], json!("central-party"));
        assert_eq!(nodes[1]["mentions"], json!(0));
        assert_eq!(nodes[0]["province"], json!("Lạng Sơn"));
        assert_eq!(nodes[0]["level"], json!("provincial-state"));
        assert_eq!(nodes[2]["level"], json!("unknown"));
        for n in nodes {
            for (k, val) in n.as_object().unwrap() {
                assert!(
                    val.is_string() || val.is_number() || val.is_boolean(),
                    "{k}: {val}"
                );
            }
        }
        assert!(nodes[2].get("year").is_none() && nodes[2].get("system").is_none());

        let edges = v["links"].as_array().unwrap();
        assert_eq!(edges.len(), 2, "one link per pair, none to a missing node");
        assert_eq!(edges[0]["source"], json!(b.id));
        assert_eq!(edges[0]["target"], json!(a.id));
        assert_eq!(
            edges[0]["relation"],
            json!("implements"),
            "the strongest relation is kept"
        );
        assert_eq!(edges[0]["evidence_count"], json!(1));
        assert_eq!(
            edges[0]["evidence"],
            json!("docs/b.txt:4: thực hiện \"Nghị quyết\"")
        );
        assert_eq!(edges[1]["relation"], json!("continues"));
        for e in edges {
            for k in ["source", "target", "relation"] {
                assert!(e.get(k).is_some(), "{k}");
            }
        }
    }

    #[test]
    fn deterministic_and_empty() {
        let (a, b, c) = sample();
        let l = link_of(&b, &a, Relation::Implements);
        assert_eq!(
            to_node_link(&[&a, &b, &c], &[&l]),
            to_node_link(&[&c, &b, &a, &b], &[&l])
        );
        assert_eq!(
            to_node_link(&[], &[]),
            json!({"directed": true, "multigraph": false, "graph": {}, "nodes": [], "links": []})
        );
    }
}
