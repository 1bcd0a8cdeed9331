//! Graphviz DOT, built as a graphviz-rust syntax tree and printed: a pure function of the
//! documents and links, so tests compare it and `graph.dot` is deterministic. Running `dot` to
//! make pictures is a separate step. A whole corpus's graph.dot prints its documents' and
//! links' lines straight into text ([`push_node_line`], [`push_edge_line`]), byte for byte what
//! graphviz-rust prints of their syntax trees (tested), without making the trees.
//!
//! graphviz-rust's escaped ids are printed as given, so every label is quoted and escaped here
//! (`"` and `\`); line breaks inside a label are DOT's `\n`.

use crate::model::{Document, Link, Relation};
use crate::resolve::display_date;
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph as DotGraph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph,
    Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

/// A quoted, escaped DOT string.
pub fn quote(s: &str) -> Id {
    quote_joined(&[s])
}

/// `parts` joined into one quoted, escaped DOT string (without the joined copy first).
fn quote_joined(parts: &[&str]) -> Id {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum::<usize>() + 2);
    out.push('"');
    for s in parts {
        escape_into(&mut out, s);
    }
    out.push('"');
    Id::Escaped(out)
}

/// Appends `s` escaped for a quoted DOT string: `"` and `\` escaped, line breaks as `\n`,
/// carriage returns dropped.
fn escape_into(out: &mut String, s: &str) {
    // Runs of plain text are copied whole between the bytes that need escaping (all ASCII:
    // never inside a character); a text's line ends are `\n` only, once read.
    let b = s.as_bytes();
    let mut run = 0;
    let mut escape = |at: usize, out: &mut String| {
        out.push_str(&s[run..at]);
        match b[at] {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            _ => {} // `\r`
        }
        run = at + 1;
    };
    if memchr::memchr(b'\r', b).is_none() {
        for at in memchr::memchr3_iter(b'"', b'\\', b'\n', b) {
            escape(at, out);
        }
    } else {
        for at in (0..b.len()).filter(|&i| matches!(b[i], b'"' | b'\\' | b'\n' | b'\r')) {
            escape(at, out);
        }
    }
    out.push_str(&s[run..]);
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quote(v))
}

/// The label of a node: type and number-symbol, date, issuer.
pub fn node_label(d: &Document) -> String {
    let mut lines = vec![d.doc_type.clone().unwrap_or_else(|| "Văn bản".into())];
    let code = d.code();
    if !code.is_empty() {
        lines.push(code);
    } else if let Some(t) = d.title_after_type() {
        lines.push(t.to_string());
    }
    match (&d.date, d.year, &d.term) {
        (Some(date), _, _) => lines.push(display_date(date)),
        (None, Some(y), _) => lines.push(format!("năm {y}")),
        (None, None, Some(t)) => lines.push(format!("khóa {t}")),
        _ => {}
    }
    if let Some(i) = &d.issuer {
        lines.push(i.clone());
    }
    lines.join("\n")
}

/// Fill colour by level ([`super::LEVEL_STYLES`]).
pub fn fill(level: &str) -> &'static str {
    super::level_style(level).fill
}

/// A link's drawing attributes by relation, in the order they are printed.
fn edge_style_pairs(r: Relation) -> [(&'static str, &'static str); 5] {
    let (style, color, width) = match r {
        Relation::Implements => ("solid", "#1a1a1a", "1.6"),
        Relation::Continues => ("dashed", "#1a1a1a", "1.4"),
        Relation::BasedOn => ("dotted", "#444444", "1.2"),
        Relation::Amends => ("solid", "#b45f06", "1.2"),
        Relation::Replaces => ("solid", "#990000", "1.2"),
        Relation::Repeals => ("solid", "#cc0000", "1.2"),
        Relation::Guides => ("solid", "#38761d", "1.2"),
        Relation::Cites => ("solid", "#999999", "0.7"),
    };
    [
        ("style", style),
        ("color", color),
        ("penwidth", width),
        ("label", r.as_str()),
        ("fontcolor", color),
    ]
}

fn edge_style(r: Relation) -> Vec<Attribute> {
    edge_style_pairs(r)
        .iter()
        .map(|(k, v)| attr(k, v))
        .collect()
}

/// DOT for a set of documents and the links among them. Edges point from the newer document to
/// the older one; `rankdir=BT` puts the older documents (the roots) on top.
pub fn to_dot(name: &str, docs: &[&Document], links: &[&Link]) -> String {
    to_dot_with(name, docs, links, true)
}

/// [`to_dot`], with or without the legend (the HTML report draws its own).
pub fn to_dot_with(name: &str, docs: &[&Document], links: &[&Link], legend: bool) -> String {
    to_dot_opts(
        name,
        docs,
        links,
        &DotOptions {
            legend,
            clusters: false,
        },
    )
}

/// What a DOT picture shows besides documents and links.
#[derive(Debug, Clone, Copy, Default)]
pub struct DotOptions {
    /// A legend of the levels and relations drawn.
    pub legend: bool,
    /// The documents of each province in a box of their own (central documents outside).
    pub clusters: bool,
}

/// [`to_dot`] with options.
pub fn to_dot_opts(name: &str, docs: &[&Document], links: &[&Link], opts: &DotOptions) -> String {
    let mut out = Vec::new();
    print_digraph(dot_statements(name, docs, links, opts), &mut out)
        .expect("writing to memory does not fail");
    String::from_utf8(out).expect("DOT is printed from UTF-8 strings")
}

/// [`to_dot`] written to `w` as it is printed: statements are made and printed a chunk at a
/// time, so a whole corpus's DOT is never in memory at once. Returns where each statement's
/// line starts, documents then links ([`StatementStarts`]), which the query index keeps so that
/// an update copies lines of this file without reading it through.
pub fn write_dot<W: std::io::Write + Send>(
    w: &mut W,
    name: &str,
    docs: &[&Document],
    links: &[&Link],
) -> std::io::Result<StatementStarts> {
    let mut docs: Vec<&Document> = docs.to_vec();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    let mut links: Vec<&Link> = links.to_vec();
    links.sort_by(|a, b| (&a.from, &a.to).cmp(&(&b.from, &b.to)));
    let settings = settings(name);
    // The first line, then one line per statement.
    let first = 1 + settings.len();
    let statements = docs.len() + links.len();
    let mut parts: Vec<Part> = vec![Part::Stmts(settings)];
    parts.extend(docs.chunks(CHUNK).map(Part::Docs));
    parts.extend(links.chunks(CHUNK).map(Part::Links));
    parts.extend(legend_stmt(&docs, &links).map(|l| Part::Stmts(vec![l])));
    let lines = print_parts(parts, w)?;
    // (A graph always has a line after its statements: the legend's or the closing brace's.)
    Ok(lines[first..=first + statements].to_vec())
}

/// Graph, node and edge settings.
fn settings(name: &str) -> Vec<Stmt> {
    vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "BT"),
            attr("fontname", "Noto Sans, DejaVu Sans, Arial"),
            attr("label", name),
            attr("labelloc", "t"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("shape", "box"),
            attr("style", "rounded,filled"),
            attr("fontname", "Noto Sans, DejaVu Sans, Arial"),
            attr("fontsize", "10"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Noto Sans, DejaVu Sans, Arial"),
            attr("fontsize", "8"),
        ])),
    ]
}

/// A document's attributes, in the order printed: label, fill colour, its title as tooltip,
/// and a dashed outline for a document only cited.
fn node_attrs(d: &Document) -> Vec<(&'static str, std::borrow::Cow<'_, str>)> {
    let mut attrs = vec![
        ("label", node_label(d).into()),
        ("fillcolor", fill(&d.level).into()),
    ];
    if let Some(t) = &d.title {
        attrs.push(("tooltip", t.as_str().into()));
    }
    if d.source.is_none() {
        attrs.push(("style", "rounded,filled,dashed".into()));
    }
    attrs
}

fn node_stmt(d: &Document) -> Stmt {
    let attrs = node_attrs(d).iter().map(|(k, v)| attr(k, v)).collect();
    Stmt::Node(Node::new(NodeId(quote(&d.id), None), attrs))
}

/// `parts` joined, quoted and escaped as [`quote_joined`] does, appended to `out`.
fn push_quoted(out: &mut String, parts: &[&str]) {
    out.push('"');
    for s in parts {
        escape_into(out, s);
    }
    out.push('"');
}

/// A document's line of graph.dot, indented, as graphviz-rust prints [`node_stmt`] (the tests
/// hold the two to the same bytes): a whole corpus's statements are printed without building
/// their syntax trees first.
fn push_node_line(out: &mut String, d: &Document) {
    out.push_str("  ");
    push_quoted(out, &[&d.id]);
    out.push('[');
    push_attrs(out, node_attrs(d).iter().map(|(k, v)| (*k, v.as_ref())));
    out.push(']');
}

/// `k="v"` for each attribute, separated by spaces.
fn push_attrs<'a>(out: &mut String, attrs: impl Iterator<Item = (&'a str, &'a str)>) {
    for (i, (k, v)) in attrs.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(k);
        out.push('=');
        push_quoted(out, &[v]);
    }
}

/// A link's line of graph.dot, as graphviz-rust prints [`edge_stmt`] (see [`push_node_line`]).
fn push_edge_line(out: &mut String, l: &Link) {
    out.push_str("  ");
    push_quoted(out, &[&l.from]);
    out.push_str(" -> ");
    push_quoted(out, &[&l.to]);
    out.push_str(" [");
    push_attrs(out, edge_style_pairs(l.relation).into_iter());
    if let Some(e) = l.evidence.first() {
        let mut line = itoa::Buffer::new();
        out.push_str(" tooltip=");
        push_quoted(
            out,
            &[&e.file, ":", line.format(e.line), ": ", e.text.as_str()],
        );
    }
    out.push(']');
}

fn edge_stmt(l: &Link) -> Stmt {
    let mut attrs = edge_style(l.relation);
    if let Some(e) = l.evidence.first() {
        // `file:line: sentence`, quoted as it is joined.
        let mut line = itoa::Buffer::new();
        attrs.push(Attribute(
            Id::Plain("tooltip".into()),
            quote_joined(&[&e.file, ":", line.format(e.line), ": ", e.text.as_str()]),
        ));
    }
    Stmt::Edge(Edge {
        ty: EdgeTy::Pair(
            Vertex::N(NodeId(quote(&l.from), None)),
            Vertex::N(NodeId(quote(&l.to), None)),
        ),
        attributes: attrs,
    })
}

/// A legend of the levels and relations drawn, when there are documents.
fn legend_stmt(docs: &[&Document], links: &[&Link]) -> Option<Stmt> {
    let levels: std::collections::BTreeSet<&str> = docs.iter().map(|d| d.level.as_str()).collect();
    let relations: std::collections::BTreeSet<Relation> =
        links.iter().map(|l| l.relation).collect();
    legend_of(&levels, &relations)
}

/// The legend of these levels and relations.
fn legend_of(
    levels: &std::collections::BTreeSet<&str>,
    relations: &std::collections::BTreeSet<Relation>,
) -> Option<Stmt> {
    if levels.is_empty() {
        return None;
    }
    let mut legend: Vec<Stmt> = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
        attr("label", "Chú giải"),
        attr("style", "rounded"),
        attr("color", "#bbbbbb"),
        attr("fontsize", "9"),
    ]))];
    for (i, l) in crate::registry::LEVELS
        .iter()
        .filter(|l| levels.contains(*l))
        .enumerate()
    {
        legend.push(Stmt::Node(Node::new(
            NodeId(quote(&format!("legend:level:{i}")), None),
            vec![
                attr("label", super::level_style(l).legend),
                attr("fillcolor", fill(l)),
                attr("fontsize", "8"),
            ],
        )));
    }
    for (i, r) in relations.iter().enumerate() {
        let a = format!("legend:rel:{i}:a");
        let b = format!("legend:rel:{i}:b");
        for n in [&a, &b] {
            legend.push(Stmt::Node(Node::new(
                NodeId(quote(n), None),
                vec![
                    attr("label", ""),
                    attr("shape", "point"),
                    attr("width", "0.05"),
                ],
            )));
        }
        legend.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quote(&a), None)),
                Vertex::N(NodeId(quote(&b), None)),
            ),
            attributes: edge_style(*r),
        }));
    }
    Some(Stmt::Subgraph(Subgraph {
        id: Id::Plain("cluster_legend".into()),
        stmts: legend,
    }))
}

/// The statements of the DOT graph: settings, documents (in boxes by province when asked),
/// links, legend.
fn dot_statements(name: &str, docs: &[&Document], links: &[&Link], opts: &DotOptions) -> Vec<Stmt> {
    let mut stmts = settings(name);
    let mut docs: Vec<&Document> = docs.to_vec();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    let mut clusters: std::collections::BTreeMap<String, Vec<Stmt>> =
        std::collections::BTreeMap::new();
    for d in &docs {
        let node = node_stmt(d);
        match (&d.province, opts.clusters) {
            (Some(p), true) => clusters.entry(p.clone()).or_default().push(node),
            _ => stmts.push(node),
        }
    }
    for (p, nodes) in clusters {
        let mut body = vec![Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("label", &p),
            attr("style", "rounded"),
            attr("color", "#999999"),
        ]))];
        body.extend(nodes);
        stmts.push(Stmt::Subgraph(Subgraph {
            id: Id::Plain(format!(
                "cluster_{}",
                crate::normalize::slug(&p).replace('-', "_")
            )),
            stmts: body,
        }));
    }
    let mut links: Vec<&Link> = links.to_vec();
    links.sort_by(|a, b| (&a.from, &a.to).cmp(&(&b.from, &b.to)));
    stmts.extend(links.iter().map(|l| edge_stmt(l)));
    if opts.legend {
        stmts.extend(legend_stmt(&docs, &links));
    }
    stmts
}

/// Statements per chunk when printing in parallel.
const CHUNK: usize = 1024;

/// Statements to print, made when their turn comes.
enum Part<'a> {
    Stmts(Vec<Stmt>),
    Docs(&'a [&'a Document]),
    Links(&'a [&'a Link]),
}

impl Part<'_> {
    /// The part's lines (see [`body`]); empty when it has no statements.
    fn print(self) -> String {
        fn lines<T>(items: &[&T], push: fn(&mut String, &T)) -> String {
            let mut out = String::new();
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                push(&mut out, x);
            }
            out
        }
        match self {
            Part::Stmts(s) if s.is_empty() => String::new(),
            Part::Stmts(s) => body(s),
            Part::Docs(d) => lines(d, push_node_line),
            Part::Links(l) => lines(l, push_edge_line),
        }
    }
}

fn print_digraph<W: std::io::Write + Send>(stmts: Vec<Stmt>, w: &mut W) -> std::io::Result<()> {
    let mut parts = vec![];
    let mut it = stmts.into_iter().peekable();
    while it.peek().is_some() {
        parts.push(Part::Stmts(it.by_ref().take(CHUNK).collect()));
    }
    print_parts(parts, w).map(drop)
}

/// A statement of [`write_merged`]: its line in the last build's graph.dot, or a value to
/// print.
pub enum DotPiece<'a, T> {
    /// The line `file[start..end]`.
    Old {
        file: &'a [u8],
        start: usize,
        end: usize,
    },
    New(&'a T),
}

/// The first line of graph.dot, and its end.
const HEAD: &str = "strict digraph vbgraph {\n";
const TAIL: &str = "\n}";

/// Statements as lines of graph.dot (indented, one after another), as [`write_dot`] prints them.
fn body(stmts: Vec<Stmt>) -> String {
    let s = DotGraph::DiGraph {
        id: Id::Plain("vbgraph".into()),
        strict: true,
        stmts,
    }
    .print(&mut PrinterContext::default());
    assert!(
        s.starts_with(HEAD) && s.ends_with(TAIL),
        "graphviz-rust prints graphs as expected"
    );
    s[HEAD.len()..s.len() - TAIL.len()].to_string()
}

/// [`write_dot`] for a graph made of the last build's statements and new ones (documents and
/// links in graph.json's order), with the legend of `levels` and `relations`. Every document
/// and link statement is one line (labels escape their line breaks), so old ones are copied
/// line for line. Same bytes as printing the whole graph, and the same [`StatementStarts`] as
/// [`write_dot`] returns.
pub fn write_merged<W: std::io::Write>(
    w: &mut W,
    copy: &mut crate::output::CopyOld<W>,
    name: &str,
    docs: &[DotPiece<Document>],
    links: &[DotPiece<Link>],
    levels: &std::collections::BTreeSet<&str>,
    relations: &std::collections::BTreeSet<Relation>,
) -> std::io::Result<StatementStarts> {
    let settings = body(settings(name));
    w.write_all(HEAD.as_bytes())?;
    w.write_all(settings.as_bytes())?;
    // Where each statement's line starts: counted, as old lines are copied without being read.
    let mut at = (HEAD.len() + settings.len()) as u64;
    let mut starts = Vec::with_capacity(docs.len() + links.len() + 1);
    // Lines that follow one another in the last file are copied in one piece.
    let mut run: Option<(&[u8], usize, usize)> = None;
    let mut flush = |w: &mut W, run: &mut Option<(&[u8], usize, usize)>| match run.take() {
        Some((f, a, b)) => copy(w, f, a, b),
        None => Ok(()),
    };
    let pieces = docs
        .iter()
        .map(|d| match d {
            DotPiece::Old { file, start, end } => Ok((*file, *start, *end)),
            DotPiece::New(d) => Err(Line::Node(d)),
        })
        .chain(links.iter().map(|l| match l {
            DotPiece::Old { file, start, end } => Ok((*file, *start, *end)),
            DotPiece::New(l) => Err(Line::Edge(l)),
        }));
    for p in pieces {
        match p {
            Ok((file, start, end)) => {
                starts.push(at + 1);
                at += 1 + (end - start) as u64;
                match &mut run {
                    // (Consecutive lines: one line break between them.)
                    Some((f, _, b)) if std::ptr::eq(*f, file) && *b + 1 == start => {
                        *b = end;
                    }
                    _ => {
                        flush(w, &mut run)?;
                        w.write_all(b"\n")?;
                        run = Some((file, start, end));
                    }
                }
            }
            Err(new) => {
                flush(w, &mut run)?;
                let mut line = String::new();
                match new {
                    Line::Node(d) => push_node_line(&mut line, d),
                    Line::Edge(l) => push_edge_line(&mut line, l),
                }
                starts.push(at + 1);
                at += 1 + line.len() as u64;
                w.write_all(b"\n")?;
                w.write_all(line.as_bytes())?;
            }
        }
    }
    flush(w, &mut run)?;
    if let Some(legend) = legend_of(levels, relations) {
        w.write_all(b"\n")?;
        w.write_all(body(vec![legend]).as_bytes())?;
    }
    w.write_all(TAIL.as_bytes())?;
    w.write_all(b"\n")?;
    // The start of the line after the last statement.
    starts.push(at + 1);
    Ok(starts)
}

/// A new statement of [`write_merged`].
enum Line<'a> {
    Node(&'a Document),
    Edge(&'a Link),
}

/// Where the lines of a graph.dot's statements start: each document's, then each link's, then
/// the line after the last one (statement `i` is `start[i]..start[i + 1] - 1`, a line break
/// between each and the next).
pub type StatementStarts = Vec<u64>;

/// Prints `strict digraph vbgraph { ... }` as graphviz-rust does, in parallel: each part is
/// printed as a graph of its own and the bodies joined, which gives the same text as printing
/// the whole graph at once (the printer joins statements with its line separator and indents
/// them alike). Batches of parts are written as they are done.
/// Returns where each line of the output starts.
fn print_parts<W: std::io::Write + Send>(parts: Vec<Part>, w: &mut W) -> std::io::Result<Vec<u64>> {
    use rayon::prelude::*;
    // `strict digraph vbgraph {` + line separator + body + line separator + `}`.
    assert_eq!(body(vec![]), "", "graphviz-rust prints graphs as expected");
    // A part's statements hold every attribute as strings.
    let batch = crate::json::print_batch();
    // Bytes written so far, and where each line starts.
    let mut at = 0u64;
    let mut lines = vec![0u64];
    let mut put = |w: &mut W, b: &[u8]| -> std::io::Result<()> {
        lines.extend(memchr::memchr_iter(b'\n', b).map(|i| at + i as u64 + 1));
        at += b.len() as u64;
        w.write_all(b)
    };
    put(w, HEAD.as_bytes())?;
    // Each batch is printed on every core while this thread writes the last one.
    let print = |batch: Vec<Part>| -> Vec<String> {
        batch
            .into_par_iter()
            .map(|p| Some(p.print()).filter(|b| !b.is_empty()))
            .collect::<Vec<_>>()
            .into_iter()
            .flatten()
            .collect()
    };
    let mut first = true;
    let mut write = |w: &mut W, bodies: Vec<String>| -> std::io::Result<()> {
        for b in bodies {
            if !first {
                put(w, b"\n")?;
            }
            first = false;
            put(w, b.as_bytes())?;
        }
        Ok(())
    };
    let mut it = parts.into_iter().peekable();
    let batches = std::iter::from_fn(|| {
        it.peek()?;
        Some(it.by_ref().take(batch).collect::<Vec<Part>>())
    });
    crate::json::print_while_writing(w, batches, print, &mut write)?;
    put(w, TAIL.as_bytes())?;
    put(w, b"\n")?;
    // (The last line break ends the file: no line starts after it.)
    lines.pop();
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Evidence;

    fn doc(id: &str, title: &str) -> Document {
        Document::sample(id, title)
    }

    #[test]
    fn quote_escapes_quotes_backslashes_and_line_breaks_and_drops_returns() {
        let by_char = |s: &str| {
            let mut out = String::from('"');
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => {}
                    c => out.push(c),
                }
            }
            out + "\""
        };
        for s in [
            "",
            "Nghị quyết 29-NQ/TW",
            "\"a\"\\b\nc",
            "dòng 1\r\ndòng 2\r",
            "\\\"\n\r\"",
            "ệ\"ố\\ạ\nữ",
        ] {
            assert_eq!(quote(s), Id::Escaped(by_char(s)), "{s:?}");
            // In pieces, as a link's tooltip is made: the same as the pieces joined.
            let joined = format!("{s}:12: {s}");
            assert_eq!(
                quote_joined(&[s, ":", "12", ": ", s]),
                Id::Escaped(by_char(&joined)),
                "{s:?}"
            );
        }
    }

    #[test]
    fn hostile_text_stays_inside_its_string() {
        let d = doc(
            "vn/tw/nq-tw/2013/29",
            "\"}]; <script>alert(1)</script> \\ end",
        );
        let e = doc("vn/tw/kl-tw/2019/51", "x");
        let l = Link {
            from: e.id.as_str().into(),
            to: d.id.as_str().into(),
            relation: Relation::Continues,
            evidence: vec![Evidence {
                file: "a\"b.txt".into(),
                line: 3,
                text: "say \"hi\"\nnow".into(),
                relation: Relation::Continues,
            }],
        };
        let dot = to_dot("t\"", &[&d, &e], &[&l]);
        let parsed = graphviz_rust::parse(&dot).expect("valid DOT");
        let again = parsed.print(&mut PrinterContext::default());
        assert!(again.contains("alert(1)"));
        assert!(dot.contains("Nghị quyết\\n29-NQ/TW\\n04/11/2013"), "{dot}");
    }

    #[test]
    fn statements_printed_directly_are_graphviz_rusts() {
        let hostile = [
            "",
            "a \"b\" \\ c",
            "dòng 1\r\ndòng 2\n",
            "}]; <b>x</b>",
            "Kế hoạch",
        ];
        let mut docs = vec![];
        for (i, t) in hostile.iter().enumerate() {
            for variant in 0..6 {
                let mut d = doc(&format!("vn/x/{t}/{i}/{variant}"), t);
                match variant {
                    0 => d.title = None,
                    1 => d.source = Some(format!("{t}.txt")),
                    2 => (d.date, d.term) = (None, None),
                    3 => (d.date, d.year) = (None, None),
                    4 => (d.number, d.symbol, d.issuer, d.doc_type) = (None, None, None, None),
                    _ => d.level = "provincial-party".into(),
                }
                docs.push(d);
            }
        }
        let relations = Relation::ALL;
        let links: Vec<Link> = docs
            .windows(2)
            .enumerate()
            .map(|(i, w)| Link {
                from: w[1].id.as_str().into(),
                to: w[0].id.as_str().into(),
                relation: relations[i % relations.len()],
                evidence: (0..i % 3)
                    .map(|k| Evidence {
                        file: format!("{}.txt", hostile[k]).into(),
                        line: (i * 7) as u32,
                        text: hostile[(i + k) % hostile.len()].into(),
                        relation: Relation::Cites,
                    })
                    .collect(),
            })
            .collect();
        for d in &docs {
            let mut line = String::new();
            push_node_line(&mut line, d);
            assert_eq!(line, body(vec![node_stmt(d)]), "{d:?}");
        }
        for l in &links {
            let mut line = String::new();
            push_edge_line(&mut line, l);
            assert_eq!(line, body(vec![edge_stmt(l)]), "{l:?}");
        }
    }

    /// Where the statements of a whole graph.dot start, by reading it: the first line and the
    /// three settings, then a line per statement.
    fn scanned(dot: &[u8], statements: usize) -> Vec<u64> {
        let starts: Vec<u64> = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', dot).map(|i| i as u64 + 1))
            .collect();
        starts[4..=4 + statements].to_vec()
    }

    #[test]
    fn parts_printed_and_written_batch_after_batch_are_one_graph_printed_whole() {
        // Enough documents for several batches of parts, so that writing one batch while the
        // next is printed is exercised.
        let n = CHUNK * crate::json::print_batch() * 2 + 3;
        let docs: Vec<Document> = (0..n)
            .map(|i| doc(&format!("vn/tw/nq-tw/2013/{i:06}"), &format!("tên {i}")))
            .collect();
        let links: Vec<Link> = (1..n)
            .map(|i| Link {
                from: docs[i].id.as_str().into(),
                to: docs[i - 1].id.as_str().into(),
                relation: Relation::Implements,
                evidence: vec![],
            })
            .collect();
        let d: Vec<&Document> = docs.iter().collect();
        let l: Vec<&Link> = links.iter().collect();
        let mut written = vec![];
        let starts = write_dot(&mut written, "t", &d, &l).unwrap();
        let mut stmts = settings("t");
        stmts.extend(d.iter().map(|d| node_stmt(d)));
        stmts.extend(l.iter().map(|l| edge_stmt(l)));
        stmts.extend(legend_stmt(&d, &l));
        let whole = DotGraph::DiGraph {
            id: Id::Plain("vbgraph".into()),
            strict: true,
            stmts,
        }
        .print(&mut PrinterContext::default());
        assert_eq!(String::from_utf8(written.clone()).unwrap(), whole + "\n");
        assert_eq!(starts, scanned(&written, 2 * n - 1));
    }

    #[test]
    fn statement_starts_are_the_lines_of_each_statement() {
        let docs: Vec<Document> = (1..=5)
            .map(|i| doc(&format!("vn/tw/nq-tw/2013/{i}"), &format!("tên\nthứ {i}")))
            .collect();
        let link = |a: usize, b: usize| Link {
            from: docs[a].id.as_str().into(),
            to: docs[b].id.as_str().into(),
            relation: Relation::Implements,
            evidence: vec![],
        };
        let links = [link(1, 0), link(2, 0), link(3, 2)];
        let d: Vec<&Document> = docs.iter().collect();
        let l: Vec<&Link> = links.iter().collect();
        let mut whole = vec![];
        let starts = write_dot(&mut whole, "t", &d, &l).unwrap();
        assert_eq!(starts, scanned(&whole, 8));
        let none = write_dot(&mut vec![], "t", &[], &[]).unwrap();
        assert_eq!(none.len(), 1);

        // The same graph from the lines of the first and two new statements: the same bytes and
        // the same starts.
        fn line<'a, T>(whole: &'a [u8], starts: &[u64], i: usize) -> DotPiece<'a, T> {
            DotPiece::Old {
                file: whole,
                start: starts[i] as usize,
                end: starts[i + 1] as usize - 1,
            }
        }
        let doc_pieces: Vec<DotPiece<Document>> = (0..5)
            .map(|i| match i {
                3 => DotPiece::New(d[3]),
                _ => line(&whole, &starts, i),
            })
            .collect();
        let link_pieces: Vec<DotPiece<Link>> = (0..3)
            .map(|e| match e {
                0 => DotPiece::New(l[0]),
                _ => line(&whole, &starts, 5 + e),
            })
            .collect();
        let levels = d.iter().map(|d| d.level.as_str()).collect();
        let relations = l.iter().map(|l| l.relation).collect();
        let mut merged = vec![];
        let merged_starts = write_merged(
            &mut merged,
            &mut |w: &mut Vec<u8>, src: &[u8], a, b| std::io::Write::write_all(w, &src[a..b]),
            "t",
            &doc_pieces,
            &link_pieces,
            &levels,
            &relations,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&merged),
            String::from_utf8_lossy(&whole)
        );
        assert_eq!(merged_starts, starts);
    }
}
