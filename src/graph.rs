//! The graph: documents as nodes, relations as edges, in a petgraph `DiGraph`. Built from the
//! resolver's documents and links, kept acyclic (an edge that would close a cycle is left out and
//! reported with the cycle it would close), and written as `graph.json` (CONTRACT.md).

use crate::model::{Diagnostic, Document, GraphFile, GraphFileRef, Level, Link, SCHEMA};
use crate::resolve::Resolved;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use rayon::prelude::*;
use std::collections::{BTreeMap, VecDeque};

/// The document graph: edges run from the newer document to the older one.
pub type DocGraph = DiGraph<Document, Link>;

/// A graph with its id lookup.
pub struct Graph {
    pub g: DocGraph,
    pub by_id: BTreeMap<String, NodeIndex>,
}

impl Graph {
    /// Builds the graph from resolved documents and links. Links are added strongest first;
    /// one that would close a cycle is left out with an `error` diagnostic naming the cycle.
    pub fn build(resolved: Resolved) -> (Graph, Vec<Diagnostic>) {
        let mut diags = resolved.diagnostics;
        // Sized once: growing by doubling held a copy and a half of every document's fields.
        let mut g = DocGraph::with_capacity(resolved.docs.len(), resolved.links.len());
        // Sorted and looked up on every core (a national corpus: 250k documents, 650k links).
        // Positions are sorted, ties in their first order, rather than the elements
        // themselves: no copy of the documents or links is held while sorting.
        let docs = resolved.docs;
        let mut order: Vec<u32> = (0..docs.len() as u32).collect();
        order.par_sort_unstable_by(|&a, &b| {
            (&docs[a as usize].id, a).cmp(&(&docs[b as usize].id, b))
        });
        // (Built from the sorted ids at once rather than one insertion at a time.)
        let by_id: BTreeMap<String, NodeIndex> = order
            .iter()
            .enumerate()
            .map(|(i, &d)| (docs[d as usize].id.clone(), NodeIndex::new(i)))
            .collect();
        let mut docs: Vec<Option<Document>> = docs.into_iter().map(Some).collect();
        for &d in &order {
            g.add_node(docs[d as usize].take().expect("each position once"));
        }
        drop(docs);
        fn key(l: &Link) -> (u8, &str, &str) {
            (l.relation.strength(), &l.from, &l.to)
        }
        let links = resolved.links;
        let mut order: Vec<u32> = (0..links.len() as u32).collect();
        order.par_sort_unstable_by(|&a, &b| {
            (key(&links[a as usize]), a).cmp(&(key(&links[b as usize]), b))
        });
        let mut graph = Graph { g, by_id };
        // Most corpora have no cycle at all: one check of the whole set (linear) spares a
        // search per link. Only when there is a cycle are links added one by one, each checked
        // against those already in.
        let ends: Vec<Option<(NodeIndex, NodeIndex)>> = order
            .par_iter()
            .map(|&l| {
                let l = &links[l as usize];
                Some((*graph.by_id.get(&*l.from)?, *graph.by_id.get(&*l.to)?))
            })
            .collect();
        // The links in their order, each taken once.
        let mut links: Vec<Option<Link>> = links.into_iter().map(Some).collect();
        let links = order
            .iter()
            .map(move |&l| links[l as usize].take().expect("each position once"));
        let mut shape: DiGraph<(), ()> = DiGraph::with_capacity(graph.g.node_count(), ends.len());
        for _ in 0..graph.g.node_count() {
            shape.add_node(());
        }
        for &(a, b) in ends.iter().flatten() {
            shape.add_edge(a, b, ());
        }
        if !petgraph::algo::is_cyclic_directed(&shape) {
            for (l, e) in links.zip(ends) {
                if let Some((a, b)) = e {
                    graph.g.add_edge(a, b, l);
                }
            }
            diags.sort();
            diags.dedup();
            return (graph, diags);
        }
        for l in links {
            let (Some(&a), Some(&b)) = (graph.by_id.get(&*l.from), graph.by_id.get(&*l.to)) else {
                continue;
            };
            if let Some(path) = graph.path(b, a) {
                // The cycle: a → b → ... → a.
                let cycle: Vec<String> = std::iter::once(a)
                    .chain(path)
                    .chain(std::iter::once(a))
                    .map(|n| graph.g[n].label())
                    .collect();
                let ev = &l.evidence[0];
                diags.push(
                    Diagnostic::new(
                        Level::Error,
                        "cycle",
                        format!(
                            "{} {} {} would close the cycle {}; that link was left out (check the dates and numbers in the evidence)",
                            graph.g[a].label(),
                            l.relation,
                            graph.g[b].label(),
                            cycle.join(" → ")
                        ),
                    )
                    .at(&ev.file, Some(ev.line as usize)),
                );
                continue;
            }
            graph.g.add_edge(a, b, l);
        }
        diags.sort();
        diags.dedup();
        (graph, diags)
    }

    /// Rebuilds the graph of a `graph.json`.
    pub fn from_file(f: &GraphFile) -> Graph {
        let mut g = DocGraph::new();
        let mut by_id = BTreeMap::new();
        for d in &f.nodes {
            let ix = g.add_node(d.clone());
            by_id.insert(d.id.clone(), ix);
        }
        for l in &f.edges {
            if let (Some(&a), Some(&b)) = (by_id.get(&*l.from), by_id.get(&*l.to)) {
                g.add_edge(a, b, l.clone());
            }
        }
        Graph { g, by_id }
    }

    /// A path from `from` to `to` along edges (breadth first), if any: the nodes before `to`.
    pub fn path(&self, from: NodeIndex, to: NodeIndex) -> Option<Vec<NodeIndex>> {
        if from == to {
            return Some(vec![]);
        }
        let mut parent: BTreeMap<NodeIndex, NodeIndex> = BTreeMap::new();
        let mut queue = VecDeque::from([from]);
        while let Some(n) = queue.pop_front() {
            for e in self.g.edges(n) {
                let m = e.target();
                if m == from || parent.contains_key(&m) {
                    continue;
                }
                parent.insert(m, n);
                if m == to {
                    let mut path = vec![];
                    let mut cur = n;
                    loop {
                        path.push(cur);
                        if cur == from {
                            break;
                        }
                        cur = parent[&cur];
                    }
                    path.reverse();
                    return Some(path);
                }
                queue.push_back(m);
            }
        }
        None
    }

    /// `graph.json` borrowing the documents and links, in the order written: documents by id,
    /// links by (from, to, relation).
    pub fn file_ref<'a>(&'a self, diagnostics: &'a [Diagnostic]) -> GraphFileRef<'a> {
        // (Stable sorts on every core: 250k documents and 650k links for 1 GB of text.)
        let mut nodes: Vec<&Document> = self.g.node_weights().collect();
        nodes.par_sort_by(|a, b| a.id.cmp(&b.id));
        let mut edges: Vec<&Link> = self.g.edge_weights().collect();
        edges.par_sort_by(|a, b| (&a.from, &a.to, a.relation).cmp(&(&b.from, &b.to, b.relation)));
        GraphFileRef {
            schema: SCHEMA,
            nodes,
            edges,
            diagnostics,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Relation};

    fn doc(id: &str) -> Document {
        Document {
            id: id.into(),
            doc_type: Some("Kế hoạch".into()),
            number: Some(id.rsplit('/').next().unwrap().into()),
            symbol: Some("KH-UBND".into()),
            date: None,
            year: None,
            term: None,
            issuer: None,
            province: None,
            district: None,
            level: "unknown".into(),
            system: None,
            title: None,
            normative: false,
            source: None,
            mentions: vec![],
        }
    }

    fn link(a: &str, b: &str) -> Link {
        Link {
            from: a.into(),
            to: b.into(),
            relation: Relation::Implements,
            evidence: vec![Evidence {
                file: "f.txt".into(),
                line: 1,
                text: "x".into(),
                relation: Relation::Implements,
            }],
        }
    }

    #[test]
    fn a_cycle_is_reported_not_built() {
        let r = Resolved {
            docs: vec![doc("a/1"), doc("b/2"), doc("c/3")],
            links: vec![link("a/1", "b/2"), link("b/2", "c/3"), link("c/3", "a/1")],
            ..Resolved::default()
        };
        let (g, diags) = Graph::build(r);
        assert_eq!(g.g.edge_count(), 2);
        assert!(!petgraph::algo::is_cyclic_directed(&g.g));
        let d = diags
            .iter()
            .find(|d| d.code == "cycle")
            .expect("cycle diagnostic");
        assert!(
            d.message
                .ends_with("(check the dates and numbers in the evidence)"),
            "{}",
            d.message
        );
        assert!(
            d.message.contains(
                "Kế hoạch 3/KH-UBND → Kế hoạch 1/KH-UBND → Kế hoạch 2/KH-UBND → Kế hoạch 3/KH-UBND"
            ),
            "{}",
            d.message
        );
        assert_eq!(d.level, Level::Error);
    }
}
