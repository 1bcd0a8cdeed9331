//! The query index: `graph.idx` beside `graph.json`, written by `build`, memory-mapped by
//! `lineage`, `implements` and `show`, so that a query on a million documents touches only the
//! pages it needs instead of parsing the whole JSON.
//!
//! Layout (little-endian; offsets are from the start of the file), in file order:
//!
//! | part | content |
//! | --- | --- |
//! | header | magic `VBGRAPH-INDEX\0\0\x06`, then u64s: the size and modification time (ns, as two u64s) of the `graph.json` it was written with, the same of the `graph.dot`, node count, edge count, number count, string count, and the offset of each section |
//! | ids | the ids, sorted (nodes are numbered in id order), then `n+1` u64 offsets into them |
//! | out, in | `n+1` u32 starts, then `(other node u32, link u32, relation u32)` triples: the adjacency of each node (CSR), forward and reverse |
//! | numbers | the distinct document numbers (leading zeros dropped), sorted, then `k+1` offsets; `k+1` u32 starts, then the nodes of each number, each followed by its year, symbol key, type and province (u32s) |
//! | facts | per node, 16 bytes: year (i32, `i32::MIN` for none), symbol key, type, province (u32 indexes into the strings, `u32::MAX` for none): what a query compares, without decoding documents |
//! | strings | the distinct symbol keys, types and provinces, then their offsets |
//! | node spans | per node, three u64: where its JSON starts in graph.json, where its mentions start, where it ends |
//! | link spans | per link, two u64: where its JSON starts and ends in graph.json |
//! | dot lines | `n+m+1` u64: where each document's, then each link's statement starts in graph.dot, then where the line after them starts (what an update copies, without reading graph.dot through) |
//!
//! A blob section's offset in the header points at its table of offsets; the items end
//! where the table begins (the last offset is their length). Sections are streamed to disk, so
//! writing an index never holds a second copy of the graph. The spans come last because they
//! are known only once graph.json and graph.dot are written: the rest is written meanwhile
//! ([`begin`]).
//!
//! An index whose recorded `graph.json` size or time differs from the file beside it is stale
//! (the JSON was replaced or edited): readers then fall back to `graph.json`. An update reads
//! the dot lines only when graph.dot's size and time are the ones recorded.

use crate::graph::Graph;
use crate::model::FastMap as HashMap;
use crate::model::{Document, Link, Mention, Relation};
use anyhow::{bail, Context, Result};
use petgraph::graph::NodeIndex;
use std::collections::BTreeMap;
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

/// The index file's name inside the graph folder.
pub const INDEX_FILE: &str = "graph.idx";

const MAGIC: &[u8; 16] = b"VBGRAPH-INDEX\0\0\x07";
/// Sections, as the header lists them (the spans are last in the file).
const IDS: usize = 0;
const NODE_SPANS: usize = 1;
const LINK_SPANS: usize = 2;
const OUT: usize = 3;
const IN: usize = 4;
const NUMBERS: usize = 5;
const NUMBER_NODES: usize = 6;
const FACTS: usize = 7;
const STRINGS: usize = 8;
const DOT_LINES: usize = 9;
const SECTIONS: usize = 10;
/// Bytes of one node's facts: year (i32), then symbol key, type and province (u32 indexes
/// into the strings; `u32::MAX` for none).
const FACT_SIZE: usize = 16;
const NONE: u32 = u32::MAX;
/// magic + json size + json mtime (2 × u64) + the same of graph.dot + counts (4 × u64) +
/// section offsets.
const HEADER: usize = 16 + 8 * (10 + SECTIONS);
/// Where graph.dot's size and time, and the counts, are in the header's u64s (after the
/// magic; graph.json's come first).
const DOT_STAMP_AT: usize = 3;
const COUNTS_AT: usize = 6;

/// How a document's number is compared: `029` is `29`.
pub fn number_key(n: &str) -> &str {
    let t = n.trim_start_matches('0');
    if t.is_empty() && !n.is_empty() {
        "0"
    } else {
        t
    }
}

/// A document's group as resolution knows it ([`crate::resolve::file_groups`]): its
/// [`number_key`], or for a document whose own text left its number blank, its file after
/// [`crate::resolve::UNNUMBERED`]. An update finds the last build's documents of the groups it
/// resolves again by it.
pub fn group_key(d: &Document) -> Option<std::borrow::Cow<'_, str>> {
    match (&d.number, &d.source) {
        (Some(n), _) => Some(number_key(n).into()),
        (None, Some(file)) if d.symbol.is_some() => {
            Some(format!("{}{file}", crate::resolve::UNNUMBERED).into())
        }
        // (A congress's resolution, a constitution: its number in its id, see
        // [`crate::resolve::TITLED`].)
        _ => crate::resolve::titled_number_of_id(&d.id).map(Into::into),
    }
}

/// Size and modification time (ns) of a file the index records: graph.json, graph.dot.
fn file_stamp(path: &Path) -> Option<(u64, u128)> {
    stamp_of(&std::fs::metadata(path).ok()?)
}

/// [`file_stamp`] of a file's metadata.
fn stamp_of(m: &std::fs::Metadata) -> Option<(u64, u128)> {
    crate::cache::fingerprint_of(m).map(|(len, t)| (len, u128::from(t)))
}

/// Writes the index of `g` to `path`, atomically. `json` is the graph.json written of `g` with
/// [`crate::json::write_graph_json`], and `layout` where its documents and links are; `dot` the
/// graph.dot written with [`crate::render::dot::write_dot`], which returned `dot_lines`.
pub fn write(
    path: &Path,
    g: &Graph,
    json: &Path,
    layout: &crate::json::Layout,
    dot: &Path,
    dot_lines: &[u64],
) -> Result<()> {
    begin_graph(path, g, &g.file_ref(&[]).edges)?.finish(json, layout, dot, dot_lines)
}

/// Starts the index of `g` at `path` ([`begin`]): all but what depends on graph.json. `links`
/// are `g`'s links in graph.json's order ([`Graph::file_ref`]).
pub fn begin_graph(path: &Path, g: &Graph, links: &[&Link]) -> Result<Pending> {
    // Nodes in id order (the order of graph.json).
    let order: Vec<NodeIndex> = g.by_id.values().copied().collect();
    let pos: HashMap<NodeIndex, u32> = order
        .iter()
        .enumerate()
        .map(|(i, &n)| (n, i as u32))
        .collect();
    debug_assert_eq!(links.len(), g.g.edge_count());
    debug_assert!(links
        .windows(2)
        .all(|w| (&w[0].from, &w[0].to, w[0].relation) <= (&w[1].from, &w[1].to, w[1].relation)));
    let node_of = |id: &str| pos[&g.by_id[id]];
    let input = Input {
        ids: order.iter().map(|&ix| g.g[ix].id.as_str()).collect(),
        numbers: order.iter().map(|&ix| group_key(&g.g[ix])).collect(),
        facts: order
            .iter()
            .map(|&ix| crate::query::Facts::of(&g.g[ix]))
            .collect(),
        links: links
            .iter()
            .map(|l| (node_of(&l.from), node_of(&l.to), l.relation))
            .collect(),
    };
    begin(path, &input)
}

/// What the index holds, in graph.json's order: documents by id, links by (from, to,
/// relation).
pub struct Input<'a> {
    pub ids: Vec<&'a str>,
    /// Each document's [`group_key`].
    pub numbers: Vec<Option<std::borrow::Cow<'a, str>>>,
    pub facts: Vec<crate::query::Facts<'a>>,
    /// Each link's ends (positions in `ids`) and relation.
    pub links: Vec<(u32, u32, Relation)>,
}

/// Writes the index of `input`, whose documents and links `layout` places in `json` and
/// `dot_lines` in `dot`.
pub fn write_input(
    path: &Path,
    input: &Input,
    json: &Path,
    layout: &crate::json::Layout,
    dot: &Path,
    dot_lines: &[u64],
) -> Result<()> {
    begin(path, input)?.finish(json, layout, dot, dot_lines)
}

/// An index written but for what depends on graph.json: where each document and link is in
/// it, and its size and time. [`begin`] writes the rest while graph.json is being written.
pub struct Pending {
    file: crate::output::AtomicFile,
    sections: [u64; SECTIONS],
    at: u64,
    counts: [usize; 4],
}

/// Starts the index of `input` at `path` (a temporary file until [`Pending::finish`]): all
/// of it but the spans of graph.json and the header.
pub fn begin(path: &Path, input: &Input) -> Result<Pending> {
    let n = input.ids.len();
    let m = input.links.len();
    if input.numbers.len() != n || input.facts.len() != n {
        bail!("an index needs the number and facts of every document");
    }
    // Adjacency, forward and reverse, by node; each list sorted by the other end. Flat (CSR):
    // a list per node would be two allocations per document.
    let adjacency = |end: fn(&(u32, u32, Relation)) -> (u32, u32)| {
        let mut starts = vec![0u32; n + 1];
        for l in &input.links {
            starts[end(l).0 as usize + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut fill = starts.clone();
        let mut flat = vec![[0u32; 3]; m];
        for (e, l) in input.links.iter().enumerate() {
            let (here, other) = end(l);
            let slot = &mut fill[here as usize];
            flat[*slot as usize] = [other, e as u32, relation_code(l.2)];
            *slot += 1;
        }
        for r in starts.windows(2) {
            flat[r[0] as usize..r[1] as usize].sort_unstable();
        }
        (starts, flat)
    };
    let out = adjacency(|&(a, b, _)| (a, b));
    let inc = adjacency(|&(a, b, _)| (b, a));
    // The documents of each number, numbers in order.
    // Sorted by the number's first eight bytes as one integer, then by the whole number (for
    // numbers that share them) and the node: the order of (number, node), cheaper to compare.
    type ByNumber<'a> = (u64, &'a str, u32);
    let mut by_number: Vec<ByNumber> = input
        .numbers
        .iter()
        .enumerate()
        .filter_map(|(i, num)| num.as_deref().map(|num| (prefix_key(num), num, i as u32)))
        .collect();
    by_number.sort_unstable();
    let numbers: Vec<(&str, &[ByNumber])> = by_number
        .chunk_by(|a, b| a.1 == b.1)
        .map(|c| (c[0].1, c))
        .collect();

    // Facts: what queries compare, as indexes into a table of the distinct strings.
    // (A few hundred distinct strings among three a document: found by hashing, then sorted.)
    let mut strings: HashMap<&str, u32> = HashMap::default();
    let facts = &input.facts;
    for f in facts {
        for s in [f.symbol_key.as_deref(), f.doc_type, f.province]
            .into_iter()
            .flatten()
        {
            strings.entry(s).or_insert(0);
        }
    }
    let mut sorted: Vec<&str> = strings.keys().copied().collect();
    sorted.sort_unstable();
    for (i, k) in sorted.iter().enumerate() {
        strings.insert(k, i as u32);
    }
    let code = |s: Option<&str>| s.map_or(NONE, |s| strings[s]);
    // Each node's facts as u32 words: year, symbol key, type, province.
    let fact_codes: Vec<[u32; 4]> = facts
        .iter()
        .map(|f| {
            [
                f.year.unwrap_or(i32::MIN) as u32,
                code(f.symbol_key.as_deref()),
                code(f.doc_type),
                code(f.province),
            ]
        })
        .collect();
    // A node and its facts.
    let fact_words = |i: u32| {
        let [y, s, t, p] = fact_codes[i as usize];
        [i, y, s, t, p]
    };

    let mut file = crate::output::AtomicFile::create(path)?;
    let mut sections = [0u64; SECTIONS];
    let mut at = HEADER as u64;
    let w = file.writer();
    let written = (|| -> std::io::Result<()> {
        w.write_all(&[0u8; HEADER])?;
        let (len, table) = write_blob(w, input.ids.iter().map(|id| id.as_bytes()))?;
        sections[IDS] = at + table;
        at += len;
        // (Already in the file's layout: the starts, then the entries.)
        for (s, (starts, flat)) in [(OUT, &out), (IN, &inc)] {
            sections[s] = at;
            at += write_lists(w, starts, flat.as_flattened().iter().copied())?;
        }
        let (len, table) = write_blob(w, numbers.iter().map(|(k, _)| k.as_bytes()))?;
        sections[NUMBERS] = at + table;
        at += len;
        sections[NUMBER_NODES] = at;
        // Each node of a number with its facts, so that a query reads one stretch of the file.
        let starts: Vec<u32> = std::iter::once(0)
            .chain(numbers.iter().scan(0u32, |end, (_, l)| {
                *end += l.len() as u32;
                Some(*end)
            }))
            .collect();
        at += write_lists(
            w,
            &starts,
            numbers
                .iter()
                .flat_map(|(_, l)| l.iter().flat_map(|&(_, _, i)| fact_words(i))),
        )?;
        sections[FACTS] = at;
        write_words(w, fact_codes.as_flattened().iter().copied())?;
        at += (FACT_SIZE * facts.len()) as u64;
        let (len, table) = write_blob(w, sorted.iter().map(|k| k.as_bytes()))?;
        sections[STRINGS] = at + table;
        at += len;
        Ok(())
    })();
    file.context(written)?;
    Ok(Pending {
        file,
        sections,
        at,
        counts: [n, m, numbers.len(), strings.len()],
    })
}

impl Pending {
    /// Ends the index with where `layout` places each document and link in `json`, and
    /// `dot_lines` their statements in `dot` (both written by now), and puts it in place.
    pub fn finish(
        mut self,
        json: &Path,
        layout: &crate::json::Layout,
        dot: &Path,
        dot_lines: &[u64],
    ) -> Result<()> {
        let (json_len, json_mtime) =
            file_stamp(json).context("graph.json must be written before its index")?;
        let (dot_len, dot_mtime) =
            file_stamp(dot).context("graph.dot must be written before its index")?;
        let [n, m, ..] = self.counts;
        if layout.nodes.len() != n || layout.mentions.len() != n || layout.edges.len() != m {
            bail!("graph.json does not hold this graph's documents and links");
        }
        if dot_lines.len() != n + m + 1 || !dot_lines.is_sorted() {
            bail!("graph.dot does not hold this graph's documents and links");
        }
        let (mut sections, mut at, counts) = (self.sections, self.at, self.counts);
        let w = self.file.writer();
        let written = (|| -> std::io::Result<()> {
            // Where each document and link is in graph.json.
            sections[NODE_SPANS] = at;
            write_words(
                w,
                (layout.nodes.iter().zip(&layout.mentions))
                    .flat_map(|(span, m)| [span.start, *m, span.end]),
            )?;
            at += 24 * n as u64;
            sections[LINK_SPANS] = at;
            write_words(
                w,
                layout.edges.iter().flat_map(|span| [span.start, span.end]),
            )?;
            at += 16 * m as u64;
            sections[DOT_LINES] = at;
            write_words(w, dot_lines.iter().copied())?;
            // The header, last: an index cut short has no magic.
            w.seek(SeekFrom::Start(0))?;
            let mut h = Vec::with_capacity(HEADER);
            h.extend_from_slice(MAGIC);
            h.extend_from_slice(&json_len.to_le_bytes());
            h.extend_from_slice(&(json_mtime as u64).to_le_bytes());
            h.extend_from_slice(&((json_mtime >> 64) as u64).to_le_bytes());
            h.extend_from_slice(&dot_len.to_le_bytes());
            h.extend_from_slice(&(dot_mtime as u64).to_le_bytes());
            h.extend_from_slice(&((dot_mtime >> 64) as u64).to_le_bytes());
            for c in counts {
                h.extend_from_slice(&(c as u64).to_le_bytes());
            }
            for s in sections {
                h.extend_from_slice(&s.to_le_bytes());
            }
            assert_eq!(h.len(), HEADER, "the header has the size readers expect");
            w.write_all(&h)
        })();
        self.file.context(written)?;
        self.file.commit()
    }
}

/// Writes items, then their `count+1` u64 offsets (relative to the first item; the last is the
/// length of all items); returns (bytes written, position of the offsets relative to the start).
/// Items are written as they come, so the whole section is never in memory.
fn write_blob<'a, W: Write>(
    w: &mut W,
    items: impl Iterator<Item = &'a [u8]>,
) -> std::io::Result<(u64, u64)> {
    let mut offsets = vec![0u64];
    let mut off = 0u64;
    for it in items {
        w.write_all(it)?;
        off += it.len() as u64;
        offsets.push(off);
    }
    write_words(w, offsets.iter().copied())?;
    Ok((off + 8 * offsets.len() as u64, off))
}

/// The first eight bytes of `s` as a big-endian integer (zeros after a shorter string): in the
/// order of the strings, but for strings that share their first eight bytes.
fn prefix_key(s: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = s.len().min(8);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(b)
}

/// Little-endian numbers of the index (u32 and u64).
trait Word: Copy {
    fn put(self, out: &mut Vec<u8>);
}

impl Word for u32 {
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

impl Word for u64 {
    fn put(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
}

/// Writes `words` little-endian, a stretch at a time: one `write_all` per number cost a
/// third of writing the index of an update.
fn write_words<W: Write, T: Word>(
    w: &mut W,
    words: impl IntoIterator<Item = T>,
) -> std::io::Result<()> {
    const STRETCH: usize = 64 * 1024;
    let mut buf = Vec::with_capacity(STRETCH);
    for x in words {
        x.put(&mut buf);
        if buf.len() >= STRETCH {
            w.write_all(&buf)?;
            buf.clear();
        }
    }
    w.write_all(&buf)
}

/// Writes lists of u32 entries: `starts` (`count+1` u32, in entries), then the entries' words,
/// `values`; returns the bytes written.
fn write_lists<W: Write>(
    w: &mut W,
    starts: &[u32],
    values: impl Iterator<Item = u32>,
) -> std::io::Result<u64> {
    write_words(w, starts.iter().copied())?;
    let mut words = 0u64;
    write_words(w, values.inspect(|_| words += 1))?;
    Ok(4 * starts.len() as u64 + 4 * words)
}

fn relation_code(r: Relation) -> u32 {
    Relation::ALL
        .iter()
        .position(|x| *x == r)
        .expect("a relation of ALL") as u32
}

/// The error of an index that does not hold what it says.
fn damaged() -> anyhow::Error {
    anyhow::anyhow!("the index is damaged; rebuild it with `vbgraph build`")
}

/// A memory-mapped index.
pub struct Index {
    map: memmap2::Mmap,
    /// graph.json, which holds the documents and links (until an update takes it to copy
    /// from: see [`Index::take_json`]).
    json: std::sync::RwLock<Option<std::sync::Arc<crate::output::Mapped>>>,
    /// Its size.
    json_len: usize,
    nodes: usize,
    edges: usize,
    numbers: usize,
    strings: usize,
    sections: [usize; SECTIONS],
}

/// Lines of graph.dot, `start..end` without their line breaks.
pub type Lines = Vec<(usize, usize)>;

/// One step of a walk in the index: the node at the other end, the link, its relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub node: u32,
    pub link: u32,
    pub relation: Relation,
}

impl Index {
    /// The index in `dir`, when there is one that matches the `graph.json` beside it.
    pub fn open(dir: &Path) -> Result<Option<Index>> {
        let p = dir.join(INDEX_FILE);
        let Ok(f) = std::fs::File::open(&p) else {
            return Ok(None);
        };
        // SAFETY: the index is replaced by rename, never written in place, so the mapped file
        // does not change under us (a user overwriting it in place could make reads fail,
        // which the bounds checks below turn into errors, not undefined behaviour of ours).
        let map = unsafe { memmap2::Mmap::map(&f) }
            .with_context(|| format!("cannot read {}", p.display()))?;
        // Queries read a few scattered pages: read-ahead around each would read most of the
        // file on a large index.
        #[cfg(unix)]
        let _ = map.advise(memmap2::Advice::Random);
        if map.len() < HEADER || &map[..16] != MAGIC {
            return Ok(None);
        }
        let u = |i: usize| u64::from_le_bytes(map[16 + 8 * i..24 + 8 * i].try_into().unwrap());
        let recorded = (u(0), (u(1) as u128) | ((u(2) as u128) << 64));
        let json_path = dir.join("graph.json");
        let Ok(json) = std::fs::File::open(&json_path) else {
            return Ok(None);
        };
        let json = crate::output::Mapped::new(json)
            .with_context(|| format!("cannot read {}", json_path.display()))?;
        // The graph.json the index was written with: asked of the file held, which cannot
        // change now.
        if json.file().metadata().ok().as_ref().and_then(stamp_of) != Some(recorded) {
            return Ok(None);
        }
        #[cfg(unix)]
        let _ = json.advise(memmap2::Advice::Random);
        let c = COUNTS_AT;
        let counts = [u(c), u(c + 1), u(c + 2), u(c + 3)];
        if counts.iter().any(|&c| c > map.len() as u64) {
            bail!(
                "{} is damaged; rebuild it with `vbgraph build`",
                p.display()
            );
        }
        let mut sections = [0usize; SECTIONS];
        for (s, v) in sections.iter_mut().enumerate() {
            *v = u(c + 4 + s) as usize;
            if *v > map.len() {
                bail!(
                    "{} is damaged; rebuild it with `vbgraph build`",
                    p.display()
                );
            }
        }
        Ok(Some(Index {
            json_len: json.len(),
            json: std::sync::RwLock::new(Some(std::sync::Arc::new(json))),
            nodes: counts[0] as usize,
            edges: counts[1] as usize,
            numbers: counts[2] as usize,
            strings: counts[3] as usize,
            map,
            sections,
        }))
    }

    pub fn node_count(&self) -> usize {
        self.nodes
    }

    pub fn edge_count(&self) -> usize {
        self.edges
    }

    fn bytes(&self, at: usize, len: usize) -> Result<&[u8]> {
        self.map
            .get(at..at + len)
            .context("the index is damaged; rebuild it with `vbgraph build`")
    }

    fn u64_at(&self, at: usize) -> Result<u64> {
        Ok(u64::from_le_bytes(self.bytes(at, 8)?.try_into().unwrap()))
    }

    fn u32_at(&self, at: usize) -> Result<u32> {
        Ok(u32::from_le_bytes(self.bytes(at, 4)?.try_into().unwrap()))
    }

    /// Item `i` of the blob section `s` that holds `count` items (the section's offset points
    /// at its table of offsets, which follows the items).
    fn item(&self, s: usize, count: usize, i: usize) -> Result<&[u8]> {
        let table = self.sections[s];
        let (a, b) = (
            self.u64_at(table + 8 * i)?,
            self.u64_at(table + 8 * (i + 1))?,
        );
        let len = self.u64_at(table + 8 * count)? as usize;
        if b < a || len > table {
            bail!("the index is damaged; rebuild it with `vbgraph build`");
        }
        self.bytes(table - len + a as usize, (b - a) as usize)
    }

    pub fn id(&self, i: u32) -> Result<&str> {
        std::str::from_utf8(self.item(IDS, self.nodes, i as usize)?)
            .context("the index is damaged; rebuild it with `vbgraph build`")
    }

    /// The node with this id (binary search over the sorted ids).
    pub fn by_id(&self, id: &str) -> Result<Option<u32>> {
        let (mut lo, mut hi) = (0usize, self.nodes);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.id(mid as u32)?.cmp(id) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Ok(Some(mid as u32)),
            }
        }
        Ok(None)
    }

    /// The nodes whose number is `number` (leading zeros ignored), with their facts.
    pub fn by_number(&self, number: &str) -> Result<Vec<(u32, crate::query::Facts<'_>)>> {
        let key = number_key(number).as_bytes();
        let (mut lo, mut hi) = (0usize, self.numbers);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.item(NUMBERS, self.numbers, mid)?.cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let base = self.sections[NUMBER_NODES];
                    let (a, b) = (
                        self.u32_at(base + 4 * mid)?,
                        self.u32_at(base + 4 * (mid + 1))?,
                    );
                    let data = base + 4 * (self.numbers + 1);
                    return (a..b)
                        .map(|k| {
                            let at = data + 20 * k as usize;
                            let node = self.u32_at(at)?;
                            if node as usize >= self.nodes {
                                bail!("the index is damaged; rebuild it with `vbgraph build`");
                            }
                            Ok((node, self.facts_at(at + 4)?))
                        })
                        .collect();
                }
            }
        }
        Ok(vec![])
    }

    fn string(&self, code: u32) -> Result<Option<&str>> {
        if code == NONE {
            return Ok(None);
        }
        if code as usize >= self.strings {
            bail!("the index is damaged; rebuild it with `vbgraph build`");
        }
        std::str::from_utf8(self.item(STRINGS, self.strings, code as usize)?)
            .map(Some)
            .context("the index is damaged; rebuild it with `vbgraph build`")
    }

    /// What a query compares of node `i`, read without decoding the document.
    pub fn facts(&self, i: u32) -> Result<crate::query::Facts<'_>> {
        if i as usize >= self.nodes {
            bail!("the index is damaged; rebuild it with `vbgraph build`");
        }
        self.facts_at(self.sections[FACTS] + FACT_SIZE * i as usize)
    }

    fn facts_at(&self, at: usize) -> Result<crate::query::Facts<'_>> {
        let year = self.u32_at(at)? as i32;
        Ok(crate::query::Facts {
            year: (year != i32::MIN).then_some(year),
            symbol_key: self.string(self.u32_at(at + 4)?)?.map(Into::into),
            doc_type: self.string(self.u32_at(at + 8)?)?,
            province: self.string(self.u32_at(at + 12)?)?,
        })
    }

    /// The document of node `i`, with its mentions or without them (walks do not show them).
    pub fn doc(&self, i: u32, with_mentions: bool) -> Result<Document> {
        if !with_mentions {
            return self.with_card(i, |card| serde_json::from_slice(card));
        }
        let (start, _, end) = self.spans(i)?;
        let json = self.json()?;
        let text = json.get(start..end).ok_or_else(damaged)?;
        serde_json::from_slice(text).map_err(|_| damaged())
    }

    /// Where document `i` starts in graph.json, where its mentions start, where it ends.
    fn spans(&self, i: u32) -> Result<(usize, usize, usize)> {
        if i as usize >= self.nodes {
            return Err(damaged());
        }
        let at = self.sections[NODE_SPANS] + 24 * i as usize;
        Ok((
            self.u64_at(at)? as usize,
            self.u64_at(at + 8)? as usize,
            self.u64_at(at + 16)? as usize,
        ))
    }

    /// `read` of document `i` up to its mentions (the last field), closed with none: a
    /// central resolution may be mentioned thousands of times.
    fn with_card<T>(&self, i: u32, read: impl FnOnce(&[u8]) -> serde_json::Result<T>) -> Result<T> {
        let (start, mentions, end) = self.spans(i)?;
        let json = self.json()?;
        let head = json.get(start..mentions.min(end)).ok_or_else(damaged)?;
        let mut card = Vec::with_capacity(head.len() + 16);
        card.extend_from_slice(head);
        card.extend_from_slice(b"\"mentions\":[]}");
        read(&card).map_err(|_| damaged())
    }

    /// The date and year of document `i` alone: what [`Index::doc`] reads, its other fields
    /// skipped, not decoded (4.6 µs a document decoded whole).
    pub fn doc_dates(&self, i: u32) -> Result<crate::resolve::Dates> {
        #[derive(serde::Deserialize)]
        struct Dates<'a> {
            #[serde(borrow)]
            date: Option<std::borrow::Cow<'a, str>>,
            year: Option<i32>,
        }
        self.with_card(i, |card| {
            let d: Dates = serde_json::from_slice(card)?;
            Ok((d.date.map(std::borrow::Cow::into_owned), d.year))
        })
    }

    /// The level of document `i` alone (see [`Index::doc_dates`]).
    pub fn doc_level(&self, i: u32) -> Result<String> {
        #[derive(serde::Deserialize)]
        struct Level<'a> {
            #[serde(borrow)]
            level: std::borrow::Cow<'a, str>,
        }
        self.with_card(i, |card| {
            let d: Level = serde_json::from_slice(card)?;
            Ok(d.level.into_owned())
        })
    }

    /// graph.json, unless [`Index::take_json`] took it.
    fn json(&self) -> Result<std::sync::Arc<crate::output::Mapped>> {
        self.json
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .context("graph.json was let go of (an update copied it)")
    }

    /// The diagnostics of graph.json, read from its end without parsing the documents and
    /// links before them (`check` on a national graph: 8 s and 2.5 GB to parse it whole). They
    /// are its last field, after `,\n  "diagnostics": ` (bytes that no JSON string holds: its
    /// line breaks are escaped).
    pub fn diagnostics(&self) -> Result<Vec<crate::model::Diagnostic>> {
        let json = self.json()?;
        const FIELD: &[u8] = b",\n  \"diagnostics\": ";
        let at = memchr::memmem::rfind(&json[..], FIELD).ok_or_else(damaged)?;
        let mut values = serde_json::Deserializer::from_slice(&json[at + FIELD.len()..])
            .into_iter::<Vec<crate::model::Diagnostic>>();
        values.next().ok_or_else(damaged)?.map_err(|_| damaged())
    }

    pub fn mentions(&self, i: u32) -> Result<Vec<Mention>> {
        Ok(self.doc(i, true)?.mentions)
    }

    pub fn link(&self, e: u32) -> Result<Link> {
        if e as usize >= self.edges {
            bail!("the index is damaged; rebuild it with `vbgraph build`");
        }
        let at = self.sections[LINK_SPANS] + 16 * e as usize;
        let (start, end) = (self.u64_at(at)? as usize, self.u64_at(at + 8)? as usize);
        let json = self.json()?;
        let text = json
            .get(start..end)
            .context("the index is damaged; rebuild it with `vbgraph build`")?;
        serde_json::from_slice(text)
            .context("the index is damaged; rebuild it with `vbgraph build`")
    }

    /// The links of node `i`: to older documents (`outgoing`) or from newer ones.
    pub fn steps(&self, i: u32, outgoing: bool) -> Result<Vec<Step>> {
        let base = self.sections[if outgoing { OUT } else { IN }];
        let (a, b) = (
            self.u32_at(base + 4 * i as usize)?,
            self.u32_at(base + 4 * (i as usize + 1))?,
        );
        let data = base + 4 * (self.nodes + 1);
        (a..b)
            .map(|k| {
                let at = data + 12 * k as usize;
                let r = self.u32_at(at + 8)? as usize;
                let node = self.u32_at(at)?;
                if node as usize >= self.nodes {
                    bail!("the index is damaged; rebuild it with `vbgraph build`");
                }
                Ok(Step {
                    node,
                    link: self.u32_at(at + 4)?,
                    relation: *Relation::ALL
                        .get(r)
                        .context("the index is damaged; rebuild it with `vbgraph build`")?,
                })
            })
            .collect()
    }

    /// Every link: (from, to, relation), in link order.
    pub fn links(&self) -> Result<Vec<(u32, u32, Relation)>> {
        let mut all = vec![(0, 0, Relation::Cites); self.edges];
        for i in 0..self.nodes as u32 {
            for s in self.steps(i, true)? {
                *all.get_mut(s.link as usize)
                    .context("the index is damaged; rebuild it with `vbgraph build`")? =
                    (i, s.node, s.relation);
            }
        }
        Ok(all)
    }

    /// Each node's [`number_key`] (`None` for a document without a number).
    pub fn number_keys(&self) -> Result<Vec<Option<&str>>> {
        let mut keys = vec![None; self.nodes];
        let base = self.sections[NUMBER_NODES];
        let data = base + 4 * (self.numbers + 1);
        for k in 0..self.numbers {
            let key = std::str::from_utf8(self.item(NUMBERS, self.numbers, k)?)
                .context("the index is damaged; rebuild it with `vbgraph build`")?;
            let (a, b) = (self.u32_at(base + 4 * k)?, self.u32_at(base + 4 * (k + 1))?);
            for j in a..b {
                let node = self.u32_at(data + 20 * j as usize)? as usize;
                *keys
                    .get_mut(node)
                    .context("the index is damaged; rebuild it with `vbgraph build`")? = Some(key);
            }
        }
        Ok(keys)
    }

    /// [`crate::output::Mapped::read_ahead_if_cold`] for the last graph.json (`path`).
    pub fn read_ahead_json_if_cold(&self, path: &std::path::Path) {
        if let Ok(json) = self.json() {
            json.read_ahead_if_cold(path);
        }
    }

    /// graph.json, to be read from start to end (an update copies most of it), handed over:
    /// [`Index::doc`] cannot read it any more, and the last graph.json is let go of (freed, when
    /// a new one was renamed over it) as soon as the caller is done with it, not when the
    /// index is. `None` when it was taken already.
    pub fn take_json(&self) -> Option<std::sync::Arc<crate::output::Mapped>> {
        let json = self
            .json
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .take()?;
        #[cfg(unix)]
        let _ = json.advise(memmap2::Advice::Sequential);
        Some(json)
    }

    /// Whether `d` prints in graph.json as document `i` did (see [`crate::json::prints_as`]).
    pub fn node_prints_as(&self, i: u32, d: &Document) -> Result<bool> {
        let (start, end, _) = self.node_span(i)?;
        Ok(crate::json::prints_as(d, &self.json()?[start..end]))
    }

    /// Whether `l` prints in graph.json as link `e` did.
    pub fn link_prints_as(&self, e: u32, l: &Link) -> Result<bool> {
        let (start, end) = self.link_span(e)?;
        Ok(crate::json::prints_as(l, &self.json()?[start..end]))
    }

    /// Where document `i` is in graph.json, and where its mentions begin (relative).
    pub fn node_span(&self, i: u32) -> Result<(usize, usize, u64)> {
        let (start, mentions, end) = self.spans(i)?;
        if start > end || end > self.json_len {
            return Err(damaged());
        }
        Ok((start, end, mentions.saturating_sub(start) as u64))
    }

    /// Where link `e` is in graph.json.
    pub fn link_span(&self, e: u32) -> Result<(usize, usize)> {
        let at = self.sections[LINK_SPANS] + 16 * e as usize;
        let (start, end) = (self.u64_at(at)? as usize, self.u64_at(at + 8)? as usize);
        if start > end || end > self.json_len {
            bail!("the index is damaged; rebuild it with `vbgraph build`");
        }
        Ok((start, end))
    }

    /// Where each document's and each link's statement is in `dot` (`start..end`, a line
    /// without its line break), when `dot` is the graph.dot this index was written with (its
    /// size and time are the ones recorded): `None` otherwise.
    pub fn dot_lines(&self, dot: &Path) -> Result<Option<(Lines, Lines)>> {
        let u = |i: usize| self.u64_at(16 + 8 * (DOT_STAMP_AT + i));
        let recorded = (u(0)?, (u(1)? as u128) | ((u(2)? as u128) << 64));
        if file_stamp(dot) != Some(recorded) {
            return Ok(None);
        }
        let (n, m) = (self.nodes, self.edges);
        let at = self.sections[DOT_LINES];
        let starts: Vec<usize> = (0..=n + m)
            .map(|i| self.u64_at(at + 8 * i).map(|x| x as usize))
            .collect::<Result<_>>()?;
        // (Every statement is a line of at least one byte: the starts increase strictly.)
        if starts.windows(2).any(|w| w[1] <= w[0]) || starts[n + m] > recorded.0 as usize {
            bail!("the index is damaged; rebuild it with `vbgraph build`");
        }
        let line = |i: usize| (starts[i], starts[i + 1] - 1);
        Ok(Some((
            (0..n).map(line).collect(),
            (n..n + m).map(line).collect(),
        )))
    }

    /// Every node reachable from `roots` along links in one direction (`outgoing`: towards
    /// older documents), roots included; `depth` limits the number of steps.
    pub fn closure(&self, roots: &[u32], outgoing: bool, depth: Option<usize>) -> Result<Vec<u32>> {
        let mut seen = vec![false; self.nodes];
        let mut order = vec![];
        let mut frontier: Vec<u32> = vec![];
        for &r in roots {
            if !std::mem::replace(&mut seen[r as usize], true) {
                order.push(r);
                frontier.push(r);
            }
        }
        let mut level = 0;
        while !frontier.is_empty() && depth.is_none_or(|d| level < d) {
            let mut next = vec![];
            for n in frontier {
                for s in self.steps(n, outgoing)? {
                    if !std::mem::replace(&mut seen[s.node as usize], true) {
                        order.push(s.node);
                        next.push(s.node);
                    }
                }
            }
            frontier = next;
            level += 1;
        }
        Ok(order)
    }

    /// A graph of the nodes `nodes` and of their links in the given directions (links to nodes
    /// outside the set are left out): what a walk or `show` needs, decoded from the index.
    pub fn subgraph(
        &self,
        nodes: &[u32],
        outgoing: bool,
        incoming: bool,
        with_mentions: bool,
    ) -> Result<Graph> {
        let mut g = crate::graph::DocGraph::new();
        let mut by_id = BTreeMap::new();
        let mut ix: HashMap<u32, NodeIndex> =
            HashMap::with_capacity_and_hasher(nodes.len(), Default::default());
        for &n in nodes {
            let d = self.doc(n, with_mentions)?;
            let id = d.id.clone();
            let k = g.add_node(d);
            by_id.insert(id, k);
            ix.insert(n, k);
        }
        let mut links: Vec<u32> = vec![];
        for &n in nodes {
            for (dir, on) in [(true, outgoing), (false, incoming)] {
                if !on {
                    continue;
                }
                for s in self.steps(n, dir)? {
                    if ix.contains_key(&s.node) {
                        links.push(s.link);
                    }
                }
            }
        }
        links.sort_unstable();
        links.dedup();
        for e in links {
            let l = self.link(e)?;
            let (Some(&a), Some(&b)) = (by_id.get(&*l.from), by_id.get(&*l.to)) else {
                continue;
            };
            g.add_edge(a, b, l);
        }
        Ok(Graph { g, by_id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, GraphFile, SCHEMA};

    fn graph() -> Graph {
        let mut docs = vec![];
        for (id, num) in [
            ("vn/tw/nq-tw/2013/29", "29"),
            ("vn/lang-son/ctr-tu/2014/100", "100"),
            ("vn/lang-son/kh-ubnd/2014/96", "96"),
            ("vn/lang-son/kh-ubnd/2019/156", "156"),
            ("vn/lang-son/kh-ubnd/2019/029", "029"),
        ] {
            let mut d = Document::sample(id, "Về đổi mới");
            d.number = Some(num.into());
            // Dated, or known by its year alone.
            let year: i32 = id.split('/').nth(3).unwrap().parse().unwrap();
            d.year = Some(year);
            d.date = (num != "100").then(|| format!("{year}-05-30"));
            d.mentions = vec![Mention {
                file: "a.txt".into(),
                line: 3,
                surface: format!("số {num}").into(),
                text: "Thực hiện …".into(),
            }];
            docs.push(d);
        }
        let link = |f: &str, t: &str, r| Link {
            from: f.into(),
            to: t.into(),
            relation: r,
            evidence: vec![Evidence {
                file: "a.txt".into(),
                line: 1,
                text: "Thực hiện".into(),
                relation: r,
            }],
        };
        let edges = vec![
            link(
                "vn/lang-son/ctr-tu/2014/100",
                "vn/tw/nq-tw/2013/29",
                Relation::Implements,
            ),
            link(
                "vn/lang-son/kh-ubnd/2014/96",
                "vn/lang-son/ctr-tu/2014/100",
                Relation::Implements,
            ),
            link(
                "vn/lang-son/kh-ubnd/2019/156",
                "vn/lang-son/kh-ubnd/2014/96",
                Relation::Continues,
            ),
            link(
                "vn/lang-son/kh-ubnd/2019/156",
                "vn/tw/nq-tw/2013/29",
                Relation::Cites,
            ),
        ];
        Graph::from_file(&GraphFile {
            schema: SCHEMA.into(),
            nodes: docs,
            edges,
            diagnostics: vec![],
        })
    }

    fn written() -> (tempfile::TempDir, Graph) {
        written_with(&[])
    }

    fn written_with(diagnostics: &[crate::model::Diagnostic]) -> (tempfile::TempDir, Graph) {
        let d = tempfile::tempdir().unwrap();
        let g = graph();
        let mut json = vec![];
        let layout = crate::json::write_graph_json(&mut json, &g.file_ref(diagnostics)).unwrap();
        std::fs::write(d.path().join("graph.json"), json).unwrap();
        let f = g.file_ref(&[]);
        let mut dot = vec![];
        let lines = crate::render::dot::write_dot(&mut dot, "t", &f.nodes, &f.edges).unwrap();
        std::fs::write(d.path().join("graph.dot"), dot).unwrap();
        write(
            &d.path().join(INDEX_FILE),
            &g,
            &d.path().join("graph.json"),
            &layout,
            &d.path().join("graph.dot"),
            &lines,
        )
        .unwrap();
        (d, g)
    }

    #[test]
    fn reads_the_diagnostics_from_the_end_of_graph_json() {
        use crate::model::{Diagnostic, Level};
        let (d, _) = written();
        let x = Index::open(d.path()).unwrap().expect("fresh index");
        assert_eq!(x.diagnostics().unwrap(), vec![]);
        // Messages that hold the field's name, quotes and a line break.
        let diags = vec![
            Diagnostic::new(
                Level::Warning,
                "ambiguous-reference",
                "«Kế hoạch 29» fits 2 documents: a; b",
            )
            .at("a.txt", Some(3)),
            Diagnostic::new(Level::Info, "x", ",\n  \"diagnostics\": [] \"quoted\"\n}"),
            Diagnostic::new(Level::Error, "unreadable-file", "e").at("b.pdf", None),
        ];
        let (d, _) = written_with(&diags);
        let x = Index::open(d.path()).unwrap().expect("fresh index");
        assert_eq!(x.diagnostics().unwrap(), diags);
    }

    #[test]
    fn holds_the_dot_lines_while_graph_dot_is_the_one_written() {
        let (d, _) = written();
        let x = Index::open(d.path()).unwrap().expect("fresh index");
        let dot_path = d.path().join("graph.dot");
        let dot = std::fs::read(&dot_path).unwrap();
        let (docs, links) = x
            .dot_lines(&dot_path)
            .unwrap()
            .expect("graph.dot as written");
        assert_eq!((docs.len(), links.len()), (5, 4));
        let text = |(a, b): (usize, usize)| std::str::from_utf8(&dot[a..b]).unwrap();
        assert!(
            text(docs[0]).trim_start().starts_with("\"vn/"),
            "{}",
            text(docs[0])
        );
        for &(a, b) in docs.iter().chain(&links) {
            assert_eq!(dot[b], b'\n');
            assert!(!dot[a..b].contains(&b'\n'));
        }
        assert!(text(links[0]).contains(" -> "), "{}", text(links[0]));
        // Another graph.dot (edited, or written by another build): not this index's.
        std::fs::write(&dot_path, [&dot[..], b"// edited\n"].concat()).unwrap();
        assert!(x.dot_lines(&dot_path).unwrap().is_none());
        std::fs::remove_file(&dot_path).unwrap();
        assert!(x.dot_lines(&dot_path).unwrap().is_none());
    }

    #[test]
    fn finds_by_id_and_number_and_walks_both_ways() {
        let (d, g) = written();
        let x = Index::open(d.path()).unwrap().expect("fresh index");
        assert_eq!((x.node_count(), x.edge_count()), (5, 4));
        for (id, &ix) in &g.by_id {
            let i = x.by_id(id).unwrap().unwrap();
            assert_eq!(x.id(i).unwrap(), id);
            assert_eq!(x.doc(i, true).unwrap(), g.g[ix]);
            assert!(x.doc(i, false).unwrap().mentions.is_empty());
            assert_eq!(
                x.doc_dates(i).unwrap(),
                (g.g[ix].date.clone(), g.g[ix].year)
            );
            assert_eq!(x.doc_level(i).unwrap(), g.g[ix].level);
            assert_eq!(x.facts(i).unwrap(), crate::query::Facts::of(&g.g[ix]));
        }
        assert!(g.g.node_weights().any(|d| d.date.is_none()));
        assert!(g.g.node_weights().any(|d| d.date.is_some()));
        assert_eq!(x.by_id("vn/tw/nq-tw/2013/30").unwrap(), None);
        let nq = x.by_id("vn/tw/nq-tw/2013/29").unwrap().unwrap();
        // `029` and `29` are one number.
        let mut by29: Vec<&str> = x
            .by_number("29")
            .unwrap()
            .into_iter()
            .map(|(i, f)| {
                assert_eq!(f, x.facts(i).unwrap());
                x.id(i).unwrap()
            })
            .collect();
        by29.sort();
        assert_eq!(
            by29,
            ["vn/lang-son/kh-ubnd/2019/029", "vn/tw/nq-tw/2013/29"]
        );
        assert!(x.by_number("7").unwrap().is_empty());
        // What implements 29: everything below it, through every relation stored.
        let below = x.closure(&[nq], false, None).unwrap();
        assert_eq!(below.len(), 4);
        let one_step = x.closure(&[nq], false, Some(1)).unwrap();
        assert_eq!(one_step.len(), 3);
        let sub = x.subgraph(&below, false, true, false).unwrap();
        assert_eq!((sub.g.node_count(), sub.g.edge_count()), (4, 4));
        let kh156 = x.by_id("vn/lang-son/kh-ubnd/2019/156").unwrap().unwrap();
        let up = x.closure(&[kh156], true, None).unwrap();
        assert_eq!(up.len(), 4);
        let steps = x.steps(kh156, true).unwrap();
        assert_eq!(steps.len(), 2);
        assert!(steps.iter().any(|s| s.relation == Relation::Continues));
        assert_eq!(
            &*x.link(steps[0].link).unwrap().from,
            "vn/lang-son/kh-ubnd/2019/156"
        );
    }

    #[test]
    fn graph_json_taken_for_copying_is_the_file_and_is_no_longer_read() {
        let (d, _) = written();
        let x = Index::open(d.path()).unwrap().expect("fresh index");
        assert!(x.doc(0, false).is_ok());
        let json = x.take_json().expect("graph.json");
        assert_eq!(
            &json[..],
            &std::fs::read(d.path().join("graph.json")).unwrap()[..]
        );
        assert!(x.take_json().is_none());
        assert!(x.doc(0, false).is_err());
        assert!(x.doc_dates(0).is_err());
        assert!(x.link(0).is_err());
        // What the index itself holds is still read.
        assert!(x.id(0).is_ok() && x.facts(0).is_ok() && x.node_span(0).is_ok());
    }

    #[test]
    fn a_replaced_graph_json_makes_the_index_stale() {
        let (d, _) = written();
        assert!(Index::open(d.path()).unwrap().is_some());
        std::fs::write(d.path().join("graph.json"), "{ }").unwrap();
        assert!(Index::open(d.path()).unwrap().is_none());
        std::fs::remove_file(d.path().join(INDEX_FILE)).unwrap();
        assert!(Index::open(d.path()).unwrap().is_none());
    }

    #[test]
    fn a_damaged_index_is_an_error_or_ignored_never_a_panic() {
        let (d, _) = written();
        let p = d.path().join(INDEX_FILE);
        let bytes = std::fs::read(&p).unwrap();
        for cut in [0, 10, HEADER, bytes.len() / 2, bytes.len() - 3] {
            std::fs::write(&p, &bytes[..cut]).unwrap();
            std::fs::write(d.path().join("graph.json"), "{}").unwrap();
            // The rewrite changed graph.json's time: stamp the index with it again.
            let Ok(Some(x)) = reopen_ignoring_stamp(d.path()) else {
                continue;
            };
            for i in 0..5 {
                let _ = x.id(i);
                let _ = x.doc(i, true);
                let _ = x.steps(i, true);
                let _ = x.closure(&[i], false, None);
            }
            let _ = x.by_number("29");
            let _ = x.by_id("vn/tw/nq-tw/2013/29");
        }
    }

    /// Opens an index whatever its recorded stamp (for the damage test).
    fn reopen_ignoring_stamp(dir: &Path) -> Result<Option<Index>> {
        let p = dir.join(INDEX_FILE);
        let mut bytes = std::fs::read(&p)?;
        if bytes.len() >= HEADER {
            let (len, t) = file_stamp(&dir.join("graph.json")).unwrap();
            bytes[16..24].copy_from_slice(&len.to_le_bytes());
            bytes[24..32].copy_from_slice(&(t as u64).to_le_bytes());
            bytes[32..40].copy_from_slice(&((t >> 64) as u64).to_le_bytes());
            std::fs::write(&p, &bytes)?;
            // Writing the index does not touch graph.json's stamp.
        }
        Index::open(dir)
    }
}
