//! Queries on a built graph: find the documents a person means (`NQ 29`, `KH 156/2019`,
//! `Chương trình 100 Lạng Sơn`, `29-NQ/TW`, a full id), and walk lineages: what a document
//! descends from (`lineage`, along edges to older documents) and what implements it
//! (`implements`, against them). Output order is fixed: by date, then id.

use crate::extract::patterns::VI_LETTER;
use crate::graph::Graph;
use crate::model::{Document, Link, Relation};
use crate::normalize::fold_words;
use crate::registry;
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

/// What a person typed, read.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub id: Option<String>,
    pub doc_type: Option<&'static str>,
    pub number: Option<String>,
    /// Folded symbol without separators (`nqtw`, `khubnd`).
    pub symbol: Option<String>,
    pub year: Option<i32>,
    pub province: Option<&'static str>,
}

/// A number and what may follow it in a query: `29-NQ/TW`, `156/KH-UBND`, `43/2019/QH14`,
/// `156/2019`, `30a/2008/NQ-CP`. Symbols are letters of the Vietnamese alphabet ([`VI_LETTER`]): as `\p{L}` the
/// pattern took a third of a whole `implements` process to compile.
static NUM_SYM: LazyLock<Regex> = LazyLock::new(|| {
    let l = VI_LETTER;
    Regex::new(&format!(r"(?P<num>\d{{1,5}}(?:[a-e]\b)?)\s*(?:[-/]\s*(?P<year>(?:19|20)\d{{2}})(?:\s*/\s*(?P<lsym>[{l}\d-]+))?|-\s*(?P<psym>[{l}]{{1,4}}\s*[/-]\s*[{l}\d]+)|/\s*(?P<ssym>[{l}][{l}\d]*(?:-[{l}\d]+)+))?"))
        .expect("query pattern compiles")
});

impl Query {
    pub fn parse(text: &str) -> Query {
        // As the reader hands on documents' text: NFC (a query pasted from a PDF may be
        // decomposed), `Ð` as `Đ`.
        let normal = crate::normalize::normalize(text.trim());
        let t = normal.as_str();
        let mut q = Query::default();
        if t.starts_with("vn/") {
            q.id = Some(t.to_string());
            return q;
        }
        let mut rest = t.to_string();
        if let Some(c) = NUM_SYM.captures(t) {
            q.number = Some(c["num"].trim_start_matches('0').to_string());
            if let Some(y) = c.name("year") {
                q.year = y.as_str().parse().ok();
            }
            let sym = c.name("lsym").or(c.name("psym")).or(c.name("ssym"));
            if let Some(s) = sym {
                q.symbol = Some(symbol_key(s.as_str()));
                let abbr = s.as_str().split(['-', '/']).next().unwrap_or("").trim();
                // (Letters two Party types share name neither: `97-QĐ/TW` is a Quy định or a
                // Quyết định, as the symbol alone tells.)
                let shared = c.name("psym").is_some()
                    && registry::abbr_is_shared(abbr, crate::model::System::Party);
                if q.doc_type.is_none() && !shared {
                    q.doc_type = registry::type_by_any_abbr(abbr);
                }
            }
            let m = c.get(0).expect("whole match");
            rest = format!("{} {}", &t[..m.start()], &t[m.end()..]);
        }
        // A year on its own after the number: `Nghị quyết 29 năm 2013`.
        let words: Vec<String> = fold_words(&rest)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let mut used = vec![false; words.len()];
        for (i, w) in words.iter().enumerate() {
            if q.year.is_none() && w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) {
                q.year = w.parse().ok().filter(|y| (1945..=2100).contains(y));
                used[i] = q.year.is_some();
            }
        }
        // The type: the longest run of words that names one, or an abbreviation.
        'outer: for len in (1..=4).rev() {
            for s in 0..words.len().saturating_sub(len - 1) {
                if used[s..s + len].iter().any(|u| *u) {
                    continue;
                }
                let phrase = words[s..s + len].join(" ");
                let ty = registry::type_by_word(&phrase).or_else(|| {
                    (len == 1)
                        .then(|| registry::type_by_any_abbr(&phrase))
                        .flatten()
                });
                if let Some(ty) = ty {
                    q.doc_type = Some(ty);
                    used[s..s + len].iter_mut().for_each(|u| *u = true);
                    break 'outer;
                }
            }
        }
        let remaining: Vec<&str> = words
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(w, _)| w.as_str())
            .collect();
        if !remaining.is_empty() {
            q.province = registry::province_in(&remaining.join(" "));
        }
        q
    }

    pub fn matches(&self, d: &Document) -> bool {
        if let Some(id) = &self.id {
            return &d.id == id;
        }
        let Some(n) = &self.number else { return false };
        if d.number.as_deref().map(|x| x.trim_start_matches('0')) != Some(n.as_str()) {
            return false;
        }
        self.matches_facts(&Facts::of(d))
    }

    /// Whether a document with these facts (its number aside) is one the query names.
    pub fn matches_facts(&self, f: &Facts<'_>) -> bool {
        if let Some(s) = &self.symbol {
            if f.symbol_key.as_deref() != Some(s.as_str()) {
                return false;
            }
        }
        if let Some(t) = self.doc_type {
            if f.doc_type != Some(t) {
                return false;
            }
        }
        if let Some(y) = self.year {
            if f.year != Some(y) {
                return false;
            }
        }
        if let Some(p) = self.province {
            if f.province != Some(p) {
                return false;
            }
        }
        true
    }
}

/// What a query compares besides the number, and what orders the documents it fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts<'a> {
    /// Folded symbol without separators (`nqtw`), as [`Query::symbol`].
    pub symbol_key: Option<std::borrow::Cow<'a, str>>,
    pub doc_type: Option<&'a str>,
    pub year: Option<i32>,
    pub province: Option<&'a str>,
}

impl<'a> Facts<'a> {
    pub fn of(d: &'a Document) -> Facts<'a> {
        Facts {
            symbol_key: d.symbol.as_deref().map(|x| symbol_key(x).into()),
            doc_type: d.doc_type.as_deref(),
            year: d.year,
            province: d.province.as_deref(),
        }
    }
}

/// A symbol as queries compare it: folded, without separators (`NQ/TW` → `nqtw`).
pub fn symbol_key(symbol: &str) -> String {
    fold_words(&registry::party_series_symbol(symbol)).replace(' ', "")
}

/// Which way to walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Walk {
    /// Towards older documents: what it implements, continues, rests on.
    Lineage,
    /// Towards newer documents: what implements it.
    Implements,
}

/// Relations a walk follows: every typed relation, and `cites` only when asked.
#[derive(Debug, Clone)]
pub struct WalkOptions {
    pub depth: Option<usize>,
    pub relations: BTreeSet<Relation>,
    pub filter: NodeFilter,
}

/// Which documents a walk may go through. A document left out is not followed either: the walk
/// stops there.
#[derive(Debug, Clone, Default)]
pub struct NodeFilter {
    /// Provinces (canonical names); documents of other provinces are left out, central ones kept.
    pub provinces: Vec<String>,
    /// Levels (`registry::LEVELS`); empty means all.
    pub levels: Vec<String>,
    /// ISO date or year bounds, inclusive; undated documents are kept.
    pub since: Option<String>,
    pub until: Option<String>,
}

impl NodeFilter {
    pub fn admits(&self, d: &Document) -> bool {
        if !self.provinces.is_empty() {
            if let Some(p) = &d.province {
                if !self.provinces.iter().any(|x| x == p) {
                    return false;
                }
            }
        }
        if !self.levels.is_empty() && !self.levels.contains(&d.level) {
            return false;
        }
        let when = d.date.clone().or(d.year.map(|y| format!("{y:04}")));
        if let (Some(w), Some(since)) = (&when, &self.since) {
            // Compare on the precision both have: `2019` against `2019-05-30`.
            let n = w.len().min(since.len());
            if w[..n] < since[..n] {
                return false;
            }
        }
        if let (Some(w), Some(until)) = (&when, &self.until) {
            let n = w.len().min(until.len());
            if w[..n] > until[..n] {
                return false;
            }
        }
        true
    }
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            depth: None,
            relations: Relation::ALL
                .into_iter()
                .filter(|r| *r != Relation::Cites)
                .collect(),
            filter: NodeFilter::default(),
        }
    }
}

/// The documents a query matches, by date then id.
pub fn find(g: &Graph, q: &Query) -> Vec<NodeIndex> {
    let mut v: Vec<NodeIndex> = g.g.node_indices().filter(|&n| q.matches(&g.g[n])).collect();
    sort_nodes(g, &mut v);
    v
}

fn sort_nodes(g: &Graph, v: &mut [NodeIndex]) {
    v.sort_by(|&a, &b| {
        let (x, y) = (&g.g[a], &g.g[b]);
        (x.date.as_deref().unwrap_or("9999"), &x.id)
            .cmp(&(y.date.as_deref().unwrap_or("9999"), &y.id))
    });
}

/// The edges a walk may take from a node, with the node at their other end.
pub fn steps(
    g: &Graph,
    n: NodeIndex,
    walk: Walk,
    opts: &WalkOptions,
) -> Vec<(EdgeIndex, NodeIndex)> {
    let dir = match walk {
        Walk::Lineage => Direction::Outgoing,
        Walk::Implements => Direction::Incoming,
    };
    let mut v: Vec<(EdgeIndex, NodeIndex)> =
        g.g.edges_directed(n, dir)
            .filter(|e| opts.relations.contains(&e.weight().relation))
            .filter(|e| {
                let other = if dir == Direction::Outgoing {
                    e.target()
                } else {
                    e.source()
                };
                opts.filter.admits(&g.g[other])
            })
            .map(|e| {
                (
                    e.id(),
                    if dir == Direction::Outgoing {
                        e.target()
                    } else {
                        e.source()
                    },
                )
            })
            .collect();
    v.sort_by(|a, b| {
        let (x, y) = (&g.g[a.1], &g.g[b.1]);
        (x.date.as_deref().unwrap_or("9999"), &x.id)
            .cmp(&(y.date.as_deref().unwrap_or("9999"), &y.id))
    });
    v
}

/// Every node and edge reachable from `root` (within the depth), root included.
pub fn reach(
    g: &Graph,
    root: NodeIndex,
    walk: Walk,
    opts: &WalkOptions,
) -> (Vec<NodeIndex>, Vec<EdgeIndex>) {
    let mut depth_of: BTreeMap<NodeIndex, usize> = BTreeMap::from([(root, 0)]);
    let mut edges: BTreeSet<EdgeIndex> = BTreeSet::new();
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        let d = depth_of[&n];
        if opts.depth.is_some_and(|max| d >= max) {
            continue;
        }
        for (e, m) in steps(g, n, walk, opts) {
            edges.insert(e);
            let better = depth_of.get(&m).is_none_or(|&old| d + 1 < old);
            if better {
                depth_of.insert(m, d + 1);
                stack.push(m);
            }
        }
    }
    let mut nodes: Vec<NodeIndex> = depth_of.keys().copied().collect();
    sort_nodes(g, &mut nodes);
    let edges = edges.into_iter().filter(|&e| {
        let (a, b) = g.g.edge_endpoints(e).expect("edge exists");
        depth_of.contains_key(&a) && depth_of.contains_key(&b)
    });
    (nodes, edges.collect())
}

/// One line of a document: `Kế hoạch 156/KH-UBND · 13/09/2019 · UBND tỉnh Lạng Sơn`.
pub fn one_line(d: &Document) -> String {
    let mut parts = vec![d.label()];
    if let Some(date) = &d.date {
        parts.push(crate::resolve::display_date(date));
    } else if let Some(y) = d.year {
        parts.push(format!("năm {y}"));
    } else if let Some(t) = &d.term {
        parts.push(format!("khóa {t}"));
    }
    if let Some(i) = &d.issuer {
        parts.push(i.clone());
    }
    parts.join(" · ")
}

/// How an edge reads from the other end.
fn passive(r: Relation) -> &'static str {
    match r {
        Relation::Implements => "implemented by",
        Relation::Continues => "continued by",
        Relation::BasedOn => "basis of",
        Relation::Amends => "amended by",
        Relation::Replaces => "replaced by",
        Relation::Repeals => "repealed by",
        Relation::Guides => "guided by",
        Relation::Cites => "cited by",
    }
}

/// The walk as an indented tree, one document a line with the relation and date. A document
/// reached again is printed once more with `(see above)` and not expanded twice.
pub fn tree(g: &Graph, root: NodeIndex, walk: Walk, opts: &WalkOptions) -> String {
    let mut t = TreeWriter {
        g,
        walk,
        opts,
        seen: BTreeSet::from([root]),
        out: one_line(&g.g[root]),
    };
    t.out.push('\n');
    t.children(root, "", 0);
    t.out
}

struct TreeWriter<'a> {
    g: &'a Graph,
    walk: Walk,
    opts: &'a WalkOptions,
    seen: BTreeSet<NodeIndex>,
    out: String,
}

impl TreeWriter<'_> {
    fn children(&mut self, n: NodeIndex, prefix: &str, depth: usize) {
        if self.opts.depth.is_some_and(|max| depth >= max) {
            return;
        }
        let kids = steps(self.g, n, self.walk, self.opts);
        for (i, (e, m)) in kids.iter().enumerate() {
            let last = i + 1 == kids.len();
            let rel = self.g.g[*e].relation;
            let verb = match self.walk {
                Walk::Lineage => rel.as_str().replace('_', " "),
                Walk::Implements => passive(rel).to_string(),
            };
            let again = !self.seen.insert(*m);
            self.out.push_str(prefix);
            self.out.push_str(if last { "└─ " } else { "├─ " });
            self.out
                .push_str(&format!("{verb}  {}", one_line(&self.g.g[*m])));
            if again {
                self.out.push_str("  (see above)\n");
                continue;
            }
            self.out.push('\n');
            let next = format!("{prefix}{}", if last { "   " } else { "│  " });
            self.children(*m, &next, depth + 1);
        }
    }
}

/// Transitive reduction of a small set of links (a rendered picture): a link is left out when a
/// longer path of the set already leads from its start to its end. Quadratic; meant for
/// pictures, not for the whole index.
pub fn reduce<'a>(links: &[&'a Link]) -> Vec<&'a Link> {
    let mut out: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for l in links {
        out.entry(l.from.as_ref()).or_default().push(l.to.as_ref());
    }
    let reachable_without = |from: &str, to: &str| {
        // A path from `from` to `to` that does not use the direct link.
        let mut stack: Vec<&str> = out
            .get(from)
            .into_iter()
            .flatten()
            .copied()
            .filter(|n| *n != to)
            .collect();
        let mut seen: BTreeSet<&str> = stack.iter().copied().collect();
        while let Some(n) = stack.pop() {
            for &m in out.get(n).into_iter().flatten() {
                if m == to {
                    return true;
                }
                if seen.insert(m) {
                    stack.push(m);
                }
            }
        }
        false
    };
    links
        .iter()
        .copied()
        .filter(|l| !reachable_without(&l.from, &l.to))
        .collect()
}

/// The documents and links of a walk, for JSON and DOT output.
pub fn subgraph<'a>(
    g: &'a Graph,
    nodes: &[NodeIndex],
    edges: &[EdgeIndex],
) -> (Vec<&'a Document>, Vec<&'a Link>) {
    (
        nodes.iter().map(|&n| &g.g[n]).collect(),
        edges.iter().map(|&e| &g.g[e]).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_queries_as_people_type_them() {
        let q = Query::parse("29-NQ/TW");
        assert_eq!(
            (q.number.as_deref(), q.symbol.as_deref(), q.doc_type),
            (Some("29"), Some("nqtw"), Some("Nghị quyết"))
        );
        let q = Query::parse("NQ 29");
        assert_eq!(
            (q.number.as_deref(), q.doc_type),
            (Some("29"), Some("Nghị quyết"))
        );
        // (`QĐ/TW`: a Quy định or a Quyết định of the Party; the symbol decides, not a type.)
        for text in ["97-QĐ/TW", "97-QD/TW"] {
            let q = Query::parse(text);
            assert_eq!(
                (q.number.as_deref(), q.symbol.as_deref(), q.doc_type),
                (Some("97"), Some("qdtw"), None),
                "{text}"
            );
        }
        // (A Party Quy định's `QĐi` is its `QĐ`; a State one's `QyĐ` stays.)
        assert_eq!(Query::parse("08-QĐi/TW").symbol.as_deref(), Some("qdtw"));
        assert_eq!(
            Query::parse("08/QyĐ-UBND").symbol.as_deref(),
            Some("qydubnd")
        );
        let q = Query::parse("97/QĐ-TTg");
        assert_eq!(q.doc_type, Some("Quyết định"));
        let q = Query::parse("nghi quyet 29/2013");
        assert_eq!(
            (q.number.as_deref(), q.year, q.doc_type),
            (Some("29"), Some(2013), Some("Nghị quyết"))
        );
        let q = Query::parse("KH 156/2019");
        assert_eq!(
            (q.number.as_deref(), q.year, q.doc_type),
            (Some("156"), Some(2019), Some("Kế hoạch"))
        );
        let q = Query::parse("Chương trình 100 Lạng Sơn");
        assert_eq!(
            (q.number.as_deref(), q.doc_type, q.province),
            (Some("100"), Some("Chương trình"), Some("Lạng Sơn"))
        );
        let q = Query::parse("156/KH-UBND");
        assert_eq!(
            (q.symbol.as_deref(), q.doc_type),
            (Some("khubnd"), Some("Kế hoạch"))
        );
        let q = Query::parse("43/2019/QH14");
        assert_eq!(
            (q.number.as_deref(), q.year, q.symbol.as_deref()),
            (Some("43"), Some(2019), Some("qh14"))
        );
        let q = Query::parse("vn/tw/nq-tw/2013/29");
        assert_eq!(q.id.as_deref(), Some("vn/tw/nq-tw/2013/29"));
        // A number with its letter (`30a`), not a word that starts with one.
        let q = Query::parse("NQ 30a");
        assert_eq!(
            (q.number.as_deref(), q.doc_type),
            (Some("30a"), Some("Nghị quyết"))
        );
        let q = Query::parse("30a/2008/NQ-CP");
        assert_eq!(
            (q.number.as_deref(), q.year, q.symbol.as_deref()),
            (Some("30a"), Some(2008), Some("nqcp"))
        );
        let q = Query::parse("Kế hoạch 12 ban hành");
        assert_eq!(q.number.as_deref(), Some("12"));
    }

    #[test]
    fn decomposed_queries_read_as_composed_ones() {
        // `TƯ` and `Lạng Sơn` with their marks as separate characters (NFD), as text pasted
        // from some PDFs comes.
        let nfd = "Chu\u{31b}o\u{31b}ng tri\u{300}nh 12-CTr/TU\u{31b} La\u{323}ng So\u{31b}n";
        let nfc = "Chương trình 12-CTr/TƯ Lạng Sơn";
        assert_ne!(nfd, nfc);
        let (a, b) = (Query::parse(nfd), Query::parse(nfc));
        assert_eq!(
            (&a.number, &a.symbol, a.doc_type, a.province),
            (&b.number, &b.symbol, b.doc_type, b.province)
        );
        assert_eq!(b.province, Some("Lạng Sơn"));
        assert!(b.symbol.is_some());
    }
}
