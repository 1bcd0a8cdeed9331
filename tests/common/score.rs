//! The answer-key scorer, in Rust: the measures of `shared/tools/score.py` (reference recall and
//! precision per file, self-identification, dates, edge recall, typed-edge precision, split
//! documents, merged documents, cycles), so that `cargo test` can hold the build to them.
//!
//! Matching ignores case, diacritics, the separators of a symbol and leading zeros of a number;
//! a year or province in the key must agree where the graph gives one.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use vbgraph::normalize::fold;

fn up(s: &str) -> String {
    fold(s).to_uppercase()
}

fn symnorm(s: &str) -> String {
    up(s)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

fn numnorm(n: &str) -> String {
    let d: String = n.chars().filter(char::is_ascii_digit).collect();
    let t = d.trim_start_matches('0');
    if t.is_empty() && !d.is_empty() {
        "0".into()
    } else {
        t.to_string()
    }
}

fn provnorm(p: &str) -> String {
    let s = symnorm(p);
    for pre in ["TINH", "THANHPHO", "TP"] {
        if let Some(r) = s.strip_prefix(pre) {
            return r.to_string();
        }
    }
    s
}

fn sv(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    number: String,
    symbol: String,
    year: Option<i64>,
    province: Option<String>,
}

impl Key {
    fn of_ref(r: &Value) -> Key {
        Key {
            number: numnorm(&sv(&r["number"])),
            symbol: symnorm(&sv(&r["symbol"])),
            year: r["year"].as_i64(),
            province: Some(provnorm(&sv(&r["province"]))).filter(|p| !p.is_empty()),
        }
    }

    /// `156/KH-UBND@2019`, `29-NQ/TW@2013`, `43/2019/QH14@2019`, `11-CT/TW`.
    fn parse(text: &str) -> Key {
        let (head, year) = text
            .split_once('@')
            .map(|(h, y)| (h, Some(y)))
            .unwrap_or((text, None));
        let digits: String = head.chars().take_while(char::is_ascii_digit).collect();
        let rest = &head[digits.len() + 1..];
        let (mid_year, sym) = match rest.split_once('/') {
            Some((y, s)) if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => (Some(y), s),
            _ => (None, rest),
        };
        Key {
            number: numnorm(&digits),
            symbol: symnorm(sym),
            year: year.or(mid_year).and_then(|y| y.parse().ok()),
            province: None,
        }
    }

    fn ident(&self) -> (String, String, Option<i64>) {
        (self.number.clone(), self.symbol.clone(), self.year)
    }

    fn matches(&self, n: &Value) -> bool {
        if numnorm(&sv(&n["number"])) != self.number || symnorm(&sv(&n["symbol"])) != self.symbol {
            return false;
        }
        if let Some(y) = self.year {
            match n["year"].as_i64() {
                Some(ny) if ny != y => return false,
                None => return false,
                _ => {}
            }
        }
        let np = provnorm(&sv(&n["province"]));
        if let Some(p) = &self.province {
            if !np.is_empty() && &np != p {
                return false;
            }
        }
        true
    }
}

fn base(p: &str) -> String {
    p.rsplit('/').next().unwrap_or(p).to_string()
}

fn relation_ok(allowed: &Value, rel: &str) -> bool {
    match allowed {
        Value::String(s) => s == "*" || s == rel,
        Value::Array(a) => a.iter().any(|x| x.as_str() == Some(rel)),
        _ => false,
    }
}

/// The figures of one scoring run.
#[derive(Debug, Default)]
pub struct Score {
    pub files: usize,
    pub refs_total: usize,
    pub refs_found: usize,
    pub mentions_scored: usize,
    pub self_total: usize,
    pub self_found: usize,
    pub dates_total: usize,
    pub dates_right: usize,
    pub edges_total: usize,
    pub edges_found: usize,
    pub typed_scored: usize,
    pub details: Vec<String>,
    pub false_positives: usize,
    pub wrong_typed: usize,
    pub dupes: usize,
    pub merges: usize,
    pub cycle: bool,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Score {
    pub fn refs_recall(&self) -> f64 {
        ratio(self.refs_found, self.refs_total)
    }
    pub fn refs_precision(&self) -> f64 {
        ratio(
            self.mentions_scored - self.false_positives,
            self.mentions_scored,
        )
    }
    pub fn refs_f1(&self) -> f64 {
        let (r, p) = (self.refs_recall(), self.refs_precision());
        if r + p == 0.0 {
            0.0
        } else {
            2.0 * r * p / (r + p)
        }
    }
    pub fn edges_recall(&self) -> f64 {
        ratio(self.edges_found, self.edges_total)
    }
    pub fn typed_precision(&self) -> f64 {
        ratio(self.typed_scored - self.wrong_typed, self.typed_scored)
    }
    pub fn summary(&self) -> String {
        format!(
            "files={} refs_recall={:.4} refs_precision={:.4} refs_f1={:.4} self_found={}/{} dates_right={}/{} edges_recall={:.4} typed_edges_precision={:.4} dupes={} merges={} cycle={}",
            self.files,
            self.refs_recall(),
            self.refs_precision(),
            self.refs_f1(),
            self.self_found,
            self.self_total,
            self.dates_right,
            self.dates_total,
            self.edges_recall(),
            self.typed_precision(),
            self.dupes,
            self.merges,
            self.cycle
        )
    }
}

fn has_cycle(edges: &[Value]) -> bool {
    let mut adj: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in edges {
        adj.entry(sv(&e["from"])).or_default().push(sv(&e["to"]));
    }
    fn visit(
        n: &str,
        adj: &BTreeMap<String, Vec<String>>,
        state: &mut BTreeMap<String, u8>,
    ) -> bool {
        state.insert(n.to_string(), 1);
        for m in adj.get(n).into_iter().flatten() {
            let st = state.get(m.as_str()).copied();
            match st {
                Some(1) => return true,
                None if visit(m, adj, state) => return true,
                _ => {}
            }
        }
        state.insert(n.to_string(), 2);
        false
    }
    let mut state = BTreeMap::new();
    adj.keys()
        .any(|k| !state.contains_key(k.as_str()) && visit(k, &adj, &mut state))
}

/// Scores a `graph.json` against an answer key.
pub fn score(gold: &Value, graph: &Value) -> Score {
    let mut s = Score::default();
    let nodes: Vec<&Value> = graph["nodes"]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let edges: Vec<Value> = graph["edges"].as_array().cloned().unwrap_or_default();
    let by_id: BTreeMap<String, &Value> = nodes.iter().map(|n| (sv(&n["id"]), *n)).collect();
    let mut mentioned_in: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for n in &nodes {
        for m in n["mentions"].as_array().into_iter().flatten() {
            mentioned_in
                .entry(base(&sv(&m["file"])))
                .or_default()
                .insert(sv(&n["id"]));
        }
        if let Some(src) = n["source"].as_str() {
            mentioned_in
                .entry(base(src))
                .or_default()
                .insert(sv(&n["id"]));
        }
    }
    let mut known: BTreeMap<(String, String, Option<i64>), Key> = BTreeMap::new();
    let docs = gold["documents"].as_array().cloned().unwrap_or_default();
    for d in &docs {
        let f = sv(&d["file"]);
        let empty = BTreeSet::new();
        let here = mentioned_in.get(&f).unwrap_or(&empty);
        let mut allowed = vec![];
        if d["self"].is_object() {
            let k = Key::of_ref(&d["self"]);
            known.insert(k.ident(), k.clone());
            s.self_total += 1;
            if here.iter().any(|i| {
                k.matches(by_id[i]) && base(by_id[i]["source"].as_str().unwrap_or("")) == f
            }) {
                s.self_found += 1;
            } else {
                s.details.push(format!("{f}: self {k:?} not found"));
            }
            allowed.push(k);
        }
        for r in d["refs"].as_array().into_iter().flatten() {
            let k = Key::of_ref(r);
            known.insert(k.ident(), k.clone());
            s.refs_total += 1;
            let hits: Vec<&Value> = here
                .iter()
                .map(|i| by_id[i])
                .filter(|n| k.matches(n))
                .collect();
            if hits.is_empty() {
                s.details.push(format!(
                    "{f}:{}: missed {k:?} ({})",
                    r["line"], r["surface"]
                ));
            } else {
                s.refs_found += 1;
                if let Some(date) = r["date"].as_str() {
                    s.dates_total += 1;
                    if hits.iter().any(|h| h["date"].as_str() == Some(date)) {
                        s.dates_right += 1;
                    } else {
                        s.details
                            .push(format!("{f}: {k:?} has a wrong date, key {date}"));
                    }
                }
            }
            allowed.push(k);
        }
        for r in d["boilerplate"].as_array().into_iter().flatten() {
            let k = Key::of_ref(r);
            known.insert(k.ident(), k.clone());
            allowed.push(k);
        }
        for i in here {
            let n = by_id[i];
            if numnorm(&sv(&n["number"])).is_empty() {
                continue;
            }
            s.mentions_scored += 1;
            if !allowed.iter().any(|k| k.matches(n)) {
                s.false_positives += 1;
                s.details.push(format!("{f}: false positive {i}"));
            }
        }
        s.files += 1;
    }
    let mut by_numsym: BTreeMap<(String, String), Vec<&Value>> = BTreeMap::new();
    for n in &nodes {
        by_numsym
            .entry((numnorm(&sv(&n["number"])), symnorm(&sv(&n["symbol"]))))
            .or_default()
            .push(n);
    }
    let ids_for = |k: &Key| -> BTreeSet<String> {
        by_numsym
            .get(&(k.number.clone(), k.symbol.clone()))
            .into_iter()
            .flatten()
            .filter(|n| k.matches(n))
            .map(|n| sv(&n["id"]))
            .collect()
    };
    for k in known.values() {
        let ids = ids_for(k);
        if ids.len() > 1 {
            s.dupes += 1;
            s.details.push(format!("dupe {k:?}: {ids:?}"));
        }
    }
    // A node whose mentions sit where the key has two different documents of one number merged them.
    let mut at: BTreeMap<(String, i64), BTreeSet<String>> = BTreeMap::new();
    for n in &nodes {
        for m in n["mentions"].as_array().into_iter().flatten() {
            at.entry((base(&sv(&m["file"])), m["line"].as_i64().unwrap_or(0)))
                .or_default()
                .insert(sv(&n["id"]));
        }
    }
    let mut owners: BTreeMap<String, Vec<Key>> = BTreeMap::new();
    for d in &docs {
        let f = sv(&d["file"]);
        let refs = d["refs"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(d["boilerplate"].as_array().into_iter().flatten());
        for r in refs {
            let k = Key::of_ref(r);
            for i in at
                .get(&(f.clone(), r["line"].as_i64().unwrap_or(0)))
                .into_iter()
                .flatten()
            {
                let n = by_id[i];
                if numnorm(&sv(&n["number"])) == k.number && symnorm(&sv(&n["symbol"])) == k.symbol
                {
                    owners.entry(i.clone()).or_default().push(k.clone());
                }
            }
        }
    }
    for (i, ks) in owners {
        let years: BTreeSet<i64> = ks.iter().filter_map(|k| k.year).collect();
        let provs: BTreeSet<String> = ks.iter().filter_map(|k| k.province.clone()).collect();
        if years.len() > 1 || provs.len() > 1 {
            s.merges += 1;
            s.details.push(format!("merge {i}: {ks:?}"));
        }
    }
    let mut edge_set: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for e in &edges {
        edge_set
            .entry((sv(&e["from"]), sv(&e["to"])))
            .or_default()
            .insert(sv(&e["relation"]));
    }
    let mut gold_pairs: BTreeSet<(String, String)> = BTreeSet::new();
    for d in &docs {
        for ge in d["edges"].as_array().into_iter().flatten() {
            let (a, b) = (Key::parse(&sv(&ge["from"])), Key::parse(&sv(&ge["to"])));
            s.edges_total += 1;
            let mut ok = false;
            for x in ids_for(&a) {
                for y in ids_for(&b) {
                    if edge_set
                        .get(&(x.clone(), y.clone()))
                        .is_some_and(|rs| rs.iter().any(|r| relation_ok(&ge["relation"], r)))
                    {
                        ok = true;
                    }
                    gold_pairs.insert((x.clone(), y));
                }
            }
            if ok {
                s.edges_found += 1;
            } else {
                s.details.push(format!(
                    "missed edge {} -> {} [{}]",
                    ge["from"], ge["to"], ge["relation"]
                ));
            }
        }
    }
    let known_ids: BTreeSet<String> = known.values().flat_map(ids_for).collect();
    for e in &edges {
        if e["relation"].as_str() == Some("cites") {
            continue;
        }
        let (f, t) = (sv(&e["from"]), sv(&e["to"]));
        if known_ids.contains(&f) && known_ids.contains(&t) {
            s.typed_scored += 1;
            if !gold_pairs.contains(&(f.clone(), t.clone())) {
                s.wrong_typed += 1;
                s.details
                    .push(format!("wrong typed edge {f} -> {t} [{}]", e["relation"]));
            }
        }
    }
    s.cycle = has_cycle(&edges);
    s
}

#[test]
fn key_parsing() {
    let k = Key::parse("43/2019/QH14@2019");
    assert_eq!(
        (k.number.as_str(), k.symbol.as_str(), k.year),
        ("43", "QH14", Some(2019))
    );
    let k = Key::parse("11-CT/TW");
    assert_eq!(
        (k.number.as_str(), k.symbol.as_str(), k.year),
        ("11", "CTTW", None)
    );
}
