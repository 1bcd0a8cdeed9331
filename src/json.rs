//! Writing `graph.json`, made in parallel and streamed, with the place of every document and
//! link in the file (the query index points into `graph.json` instead of keeping a second copy
//! of the documents).
//!
//! The layout is serde_json's pretty one (two spaces a level, a field or an element a line)
//! but for the objects of a document's mentions, a link's evidence and the diagnostics: each
//! of those is one line, `{"file": "a.txt", "line": 12, "surface": "NQ 29"}`, as the contract
//! shows them. A line of `grep` is then a whole mention, and the file is 7 % smaller. The
//! elements are printed by hand ([`print`]), in chunks on every core, each with where it is in
//! its chunk.

mod print;

use print::Element;

use crate::model::GraphFileRef;
use rayon::prelude::*;
use std::io::Write;

/// Where an element of a top-level array is in the file: `[start, end)` of its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: u64,
    pub end: u64,
}

/// Where each document and link of a `graph.json` is.
#[derive(Debug, Default, Clone)]
pub struct Layout {
    /// The documents, in file order.
    pub nodes: Vec<Span>,
    /// For each document, where its `"mentions"` field begins (the line break before it).
    pub mentions: Vec<u64>,
    /// The links, in file order.
    pub edges: Vec<Span>,
}

/// How many elements are printed together.
const CHUNK: usize = 512;

/// How many chunks (here) or parts (graph.dot) are printed in parallel before being written:
/// two a core. More held every printed chunk of a large graph at once (a chunk of a national
/// corpus's documents is about 2.5 MB of text; graph.dot's 64 parts held 135 MB on 100k).
pub(crate) fn print_batch() -> usize {
    2 * rayon::current_num_threads().max(2)
}

/// Prints each batch (`print`, on every core) while the one before is written (`write`, on
/// this thread), in order: writing into the page cache is a third of the work of a large
/// output, and the other core would wait for it.
pub(crate) fn print_while_writing<B: Send, P: Send, W: Send>(
    w: &mut W,
    batches: impl Iterator<Item = B>,
    print: impl Fn(B) -> P + Sync,
    mut write: impl FnMut(&mut W, P) -> std::io::Result<()> + Send,
) -> std::io::Result<()> {
    let mut printed: Option<P> = None;
    for batch in batches {
        let (written, next) = rayon::join(
            || printed.take().map_or(Ok(()), |p| write(w, p)),
            || print(batch),
        );
        written?;
        printed = Some(next);
    }
    match printed {
        Some(p) => write(w, p),
        None => Ok(()),
    }
}

/// A graph in graph.json's layout, with the final newline: what `render --format json`
/// writes of a part of the graph.
pub fn to_graph_json(file: &GraphFileRef) -> std::io::Result<Vec<u8>> {
    let mut out = vec![];
    write_graph_json(&mut out, file)?;
    Ok(out)
}

/// Writes `file` in graph.json's layout and a newline; returns where its documents and links are.
pub fn write_graph_json<W: Write + Send>(
    w: &mut W,
    file: &GraphFileRef,
) -> std::io::Result<Layout> {
    let mut at = 0u64;
    let put = |w: &mut W, s: &[u8], at: &mut u64| -> std::io::Result<()> {
        w.write_all(s)?;
        *at += s.len() as u64;
        Ok(())
    };
    put(w, b"{\n  \"schema\": ", &mut at)?;
    put(w, serde_json::to_string(file.schema)?.as_bytes(), &mut at)?;
    put(w, b",\n  \"nodes\": ", &mut at)?;
    let nodes = array(w, &mut at, &file.nodes)?;
    put(w, b",\n  \"edges\": ", &mut at)?;
    let edges = array(w, &mut at, &file.edges)?;
    put(w, b",\n  \"diagnostics\": ", &mut at)?;
    array(w, &mut at, file.diagnostics)?;
    put(w, b"\n}\n", &mut at)?;
    // The mentions of each document: the last field of its object.
    let mut layout = Layout {
        nodes: nodes.iter().map(|(s, _)| *s).collect(),
        mentions: vec![],
        edges: edges.into_iter().map(|(s, _)| s).collect(),
    };
    layout.mentions = nodes
        .into_iter()
        .map(|(s, m)| m.map_or(s.end, |m| s.start + m))
        .collect();
    Ok(layout)
}

/// An element of an array written by [`write_merged`]: its text in the last build's
/// graph.json (and where its mentions begin, relative), or a value to print.
pub enum Piece<'a, T> {
    /// `file[start..end]`, its mentions from `mentions` (relative).
    Old {
        file: &'a [u8],
        start: usize,
        end: usize,
        mentions: u64,
    },
    New(&'a T),
}

/// [`write_graph_json`] for a graph made of the last build's elements and new ones: old
/// elements are copied as they were printed (`copy` writes `file[a..b]`, see
/// [`crate::output::copy_from`]), new ones printed. Same bytes as printing the whole graph.
pub fn write_merged<W: Write + Send>(
    w: &mut W,
    copy: &mut crate::output::CopyOld<W>,
    schema: &str,
    nodes: &[Piece<crate::model::Document>],
    edges: &[Piece<crate::model::Link>],
    diagnostics: &[crate::model::Diagnostic],
) -> std::io::Result<Layout> {
    let mut at = 0u64;
    let put = |w: &mut W, s: &[u8], at: &mut u64| -> std::io::Result<()> {
        w.write_all(s)?;
        *at += s.len() as u64;
        Ok(())
    };
    put(w, b"{\n  \"schema\": ", &mut at)?;
    put(w, serde_json::to_string(schema)?.as_bytes(), &mut at)?;
    put(w, b",\n  \"nodes\": ", &mut at)?;
    let nodes = merged_array(w, copy, &mut at, nodes)?;
    put(w, b",\n  \"edges\": ", &mut at)?;
    let edges = merged_array(w, copy, &mut at, edges)?;
    put(w, b",\n  \"diagnostics\": ", &mut at)?;
    array(w, &mut at, diagnostics)?;
    put(w, b"\n}\n", &mut at)?;
    Ok(Layout {
        mentions: nodes.iter().map(|(_, m)| *m).collect(),
        nodes: nodes.into_iter().map(|(s, _)| s).collect(),
        edges: edges.into_iter().map(|(s, _)| s).collect(),
    })
}

/// Whether `x` prints as `old`, an element's bytes in the last graph.json (its braces, as
/// [`Layout`] places them): an update copies such an element instead of printing it, so that the
/// copies on both sides of it join into one.
pub(crate) fn prints_as<T: Element>(x: &T, old: &[u8]) -> bool {
    let mut out = Vec::with_capacity(old.len() + 4);
    x.print(&mut out);
    // (Printed from the four spaces before the brace.)
    out.get(4..) == Some(old)
}

/// Writes an array of old and new elements; returns each one's span and where its mentions
/// begin (its end when it has none).
fn merged_array<W: Write, T: Element>(
    w: &mut W,
    copy: &mut crate::output::CopyOld<W>,
    at: &mut u64,
    items: &[Piece<T>],
) -> std::io::Result<Vec<(Span, u64)>> {
    if items.is_empty() {
        w.write_all(b"[]")?;
        *at += 2;
        return Ok(vec![]);
    }
    w.write_all(b"[\n")?;
    *at += 2;
    let mut spans = Vec::with_capacity(items.len());
    // Old elements that follow one another in the last file are copied in one piece with the
    // separator between them, which is the one written here (`,\n    `).
    const SEP: &[u8] = b",\n    ";
    let mut run: Option<(&[u8], usize, usize)> = None;
    let mut flush = |w: &mut W, run: &mut Option<(&[u8], usize, usize)>| -> std::io::Result<()> {
        match run.take() {
            Some((file, a, b)) => copy(w, file, a, b),
            None => Ok(()),
        }
    };
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            *at += 2;
        }
        match item {
            Piece::Old {
                file,
                start,
                end,
                mentions,
            } => {
                let s = *at + 4;
                let e = s + (end - start) as u64;
                spans.push((Span { start: s, end: e }, s + mentions));
                *at = e;
                match &mut run {
                    // (The bytes between two elements of graph.json are always the separator:
                    // they are not read, so that the last file is not paged in.)
                    Some((f, _, b)) if std::ptr::eq(*f, *file) && *b + SEP.len() == *start => {
                        *b = *end;
                    }
                    _ => {
                        flush(w, &mut run)?;
                        if i > 0 {
                            w.write_all(b",\n")?;
                        }
                        w.write_all(b"    ")?;
                        run = Some((file, *start, *end));
                    }
                }
            }
            Piece::New(x) => {
                flush(w, &mut run)?;
                if i > 0 {
                    w.write_all(b",\n")?;
                }
                let (t, placed) = chunk_text(std::slice::from_ref(x));
                let (s, e, m) = placed[0];
                let span = Span {
                    start: *at + s as u64,
                    end: *at + e as u64,
                };
                spans.push((span, m.map_or(span.end, |m| *at + m as u64)));
                w.write_all(&t)?;
                *at += t.len() as u64;
            }
        }
    }
    flush(w, &mut run)?;
    w.write_all(b"\n  ]")?;
    *at += 4;
    Ok(spans)
}

/// Writes a top-level array (`[]`, or its elements one per block at indent 4); returns each
/// element's span and the offset, inside it, of the line break before its `"mentions"`.
fn array<W: Write + Send, T: Element + Sync>(
    w: &mut W,
    at: &mut u64,
    items: &[T],
) -> std::io::Result<Vec<(Span, Option<u64>)>> {
    if items.is_empty() {
        w.write_all(b"[]")?;
        *at += 2;
        return Ok(vec![]);
    }
    w.write_all(b"[\n")?;
    *at += 2;
    let mut spans = Vec::with_capacity(items.len());
    let chunks: Vec<&[T]> = items.chunks(CHUNK).collect();
    // A chunk's text with its elements' spans in it: printed on every core, a batch at a time,
    // the next batch while this thread writes the last one (writing 1.2 GB into the page cache
    // is a third of the work).
    type Printed = (Vec<u8>, Vec<ElementSpan>);
    let print =
        |batch: &[&[T]]| -> Vec<Printed> { batch.par_iter().map(|c| chunk_text(c)).collect() };
    let mut first = true;
    let mut write = |w: &mut W, texts: Vec<Printed>| -> std::io::Result<()> {
        for (t, elements) in texts {
            if !first {
                w.write_all(b",\n")?;
                *at += 2;
            }
            first = false;
            spans.extend(elements.into_iter().map(|(s, e, m)| {
                (
                    Span {
                        start: *at + s as u64,
                        end: *at + e as u64,
                    },
                    m.map(|m| (m - s) as u64),
                )
            }));
            w.write_all(&t)?;
            *at += t.len() as u64;
        }
        Ok(())
    };
    print_while_writing(w, chunks.chunks(print_batch()), print, &mut write)?;
    w.write_all(b"\n  ]")?;
    *at += 4;
    Ok(spans)
}

/// Where an element is in its chunk: `(start, end, mentions)`, its object's braces and where
/// its `"mentions"` line begins when it has one.
type ElementSpan = (usize, usize, Option<usize>);

/// The elements of `chunk`, printed as inside the file (`    {...}` joined by `,\n`), with
/// where each is.
fn chunk_text<T: Element>(chunk: &[T]) -> (Vec<u8>, Vec<ElementSpan>) {
    let mut out = Vec::with_capacity(chunk.len() * 1024);
    let mut spans = Vec::with_capacity(chunk.len());
    for (i, x) in chunk.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b",\n");
        }
        let start = out.len() + 4;
        let mentions = x.print(&mut out);
        spans.push((start, out.len(), mentions));
    }
    (out, spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Diagnostic, Document, Evidence, Level, Link, Mention, Relation, SCHEMA};

    fn graph(n: usize) -> (Vec<Document>, Vec<Link>, Vec<Diagnostic>) {
        let docs: Vec<Document> = (0..n)
            .map(|i| {
                let mut d = Document::sample(
                    &format!("vn/tw/nq-tw/2013/{i}"),
                    "Về đổi mới \"căn bản\",\n toàn diện\n    }",
                );
                // Every field empty or written in turn, and strings JSON must escape.
                if i % 4 == 1 {
                    d.district = Some("Huyện Cao Lộc".into());
                    d.normative = true;
                    d.year = None;
                    d.system = None;
                    d.doc_type = None;
                    d.title = Some("tab\t, \u{1}, \\, \u{7f}, \r\n".into());
                }
                if i % 4 == 2 {
                    d.system = Some(crate::model::System::State);
                    d.source = Some(format!("{i}.txt"));
                }
                d.mentions = (0..i % 3)
                    .map(|k| Mention {
                        file: format!("{k}.txt").into(),
                        line: k as u32,
                        surface: "NQ \"29\"".into(),
                        text: "Thực hiện\n    }\n      \"mentions\": [".into(),
                    })
                    .collect();
                d
            })
            .collect();
        let links: Vec<Link> = (1..n)
            .map(|i| Link {
                from: docs[i].id.as_str().into(),
                to: docs[i - 1].id.as_str().into(),
                relation: Relation::Implements,
                evidence: vec![Evidence {
                    file: "a.txt".into(),
                    line: 1,
                    text: "x\n    }".into(),
                    relation: Relation::Implements,
                }],
            })
            .collect();
        let diags = vec![
            Diagnostic::new(Level::Warning, "x", "y"),
            Diagnostic::new(Level::Error, "unreadable-file", "«a\"b»\n").at("d/a.txt", Some(7)),
            Diagnostic::new(Level::Info, "z", "").at("b.txt", None),
        ];
        (docs, links, diags)
    }

    /// serde_json's pretty text with every object of scalars (a mention, an evidence, a
    /// diagnostic: a line that opens an object, lines of fields, the line that closes it) put
    /// on one line: the layout graph.json promises, made another way.
    fn leaf_objects_on_one_line(pretty: &str) -> String {
        let lines: Vec<&str> = pretty.lines().collect();
        // A field or element that is an array or an object (empty ones are `[]`, `{}`).
        let opens = |l: &str| {
            let l = l.strip_suffix(',').unwrap_or(l);
            l.ends_with('{') || l.ends_with('[') || l.ends_with("[]") || l.ends_with("{}")
        };
        let mut out: Vec<String> = vec![];
        let mut i = 0;
        while i < lines.len() {
            let l = lines[i];
            if l.ends_with('{') {
                let indent = l.len() - l.trim_start().len();
                let close = (i + 1..lines.len()).find(|&k| {
                    let t = lines[k].trim_start();
                    lines[k].len() - t.len() == indent && t.starts_with('}')
                });
                if let Some(k) = close {
                    let inner = &lines[i + 1..k];
                    if indent > 0 && !inner.is_empty() && !inner.iter().any(|x| opens(x)) {
                        let fields: Vec<&str> = inner.iter().map(|x| x.trim_start()).collect();
                        out.push(format!("{l}{}{}", fields.join(" "), lines[k].trim_start()));
                        i = k + 1;
                        continue;
                    }
                }
            }
            out.push(l.to_string());
            i += 1;
        }
        out.join("\n")
    }

    #[test]
    fn the_layout_is_serde_json_pretty_with_mentions_evidence_and_diagnostics_on_one_line() {
        let (docs, links, diags) = graph(4);
        let f = file_of(&docs, &links, &diags);
        let text = String::from_utf8(to_graph_json(&f).unwrap()).unwrap();
        let back: crate::model::GraphFile = serde_json::from_str(&text).unwrap();
        assert_eq!(back.nodes, docs);
        assert_eq!(back.edges, links);
        assert_eq!(back.diagnostics, diags);
        assert!(text.contains(
            "\n        {\"file\": \"1.txt\", \"line\": 1, \"surface\": \"NQ \\\"29\\\"\", \"text\": "
        ));
        assert!(text.contains(
            "\n        {\"file\": \"a.txt\", \"line\": 1, \"text\": \"x\\n    }\", \"relation\": \"implements\"}\n      ]\n    }"
        ));
        assert!(text.contains(
            "\"diagnostics\": [\n    {\"level\": \"warning\", \"code\": \"x\", \"message\": \"y\", \"file\": null, \"line\": null},\n"
        ));
        assert!(text.contains("\n      \"mentions\": []\n    }"));
    }

    /// The whole graph of these documents, links and diagnostics.
    fn file_of<'a>(
        docs: &'a [Document],
        links: &'a [Link],
        diags: &'a [Diagnostic],
    ) -> GraphFileRef<'a> {
        GraphFileRef {
            schema: SCHEMA,
            nodes: docs.iter().collect(),
            edges: links.iter().collect(),
            diagnostics: diags,
        }
    }

    #[test]
    fn writes_what_serde_json_writes_and_where() {
        for n in [0, 1, 2, CHUNK - 1, CHUNK, CHUNK * print_batch() + 7] {
            let (docs, links, diags) = graph(n);
            for diags in [&diags[..], &[]] {
                let f = file_of(&docs, &links, diags);
                let mut out = vec![];
                let layout = write_graph_json(&mut out, &f).unwrap();
                let expected =
                    leaf_objects_on_one_line(&serde_json::to_string_pretty(&f).unwrap()) + "\n";
                assert!(out == expected.as_bytes(), "n = {n}");
                assert_eq!(layout.nodes.len(), n);
                assert_eq!(layout.edges.len(), n.saturating_sub(1));
                for (i, s) in layout.nodes.iter().enumerate() {
                    let d: Document =
                        serde_json::from_slice(&out[s.start as usize..s.end as usize]).unwrap();
                    assert_eq!(d, docs[i]);
                    // The document without its mentions: up to the mentions line.
                    let m = layout.mentions[i] as usize;
                    let mut card = out[s.start as usize..m].to_vec();
                    card.extend_from_slice(b"\"mentions\":[]}");
                    let c: Document = serde_json::from_slice(&card).unwrap();
                    assert_eq!(c.id, docs[i].id);
                    assert!(c.mentions.is_empty());
                }
                for (i, s) in layout.edges.iter().enumerate() {
                    let l: Link =
                        serde_json::from_slice(&out[s.start as usize..s.end as usize]).unwrap();
                    assert_eq!(l, links[i]);
                }
            }
        }
    }

    /// An element prints as its bytes in a written file, and only as its own.
    #[test]
    fn an_element_prints_as_its_place_in_the_file() {
        let (docs, links, diags) = graph(9);
        let f = file_of(&docs, &links, &diags);
        let mut out = vec![];
        let layout = write_graph_json(&mut out, &f).unwrap();
        let at = |s: Span| &out[s.start as usize..s.end as usize];
        for (i, d) in docs.iter().enumerate() {
            assert!(prints_as(d, at(layout.nodes[i])), "document {i}");
            assert!(!prints_as(d, at(layout.nodes[(i + 1) % docs.len()])));
            let mut moved = d.clone();
            moved.mentions.push(Mention {
                file: "khac.txt".into(),
                line: 3,
                surface: "Nghị quyết số 29".into(),
                text: "Thực hiện Nghị quyết số 29".into(),
            });
            assert!(!prints_as(&moved, at(layout.nodes[i])), "document {i}");
        }
        for (i, l) in links.iter().enumerate() {
            assert!(prints_as(l, at(layout.edges[i])), "link {i}");
            let mut other = l.clone();
            other.relation = Relation::Cites;
            assert_eq!(
                prints_as(&other, at(layout.edges[i])),
                l.relation == Relation::Cites
            );
        }
    }

    /// Old elements taken from a written file, new ones printed, some left out: the bytes
    /// and places of a file written whole, however the old ones fall into runs.
    #[test]
    fn a_merged_file_is_the_file_written_whole() {
        let (docs, links, diags) = graph(40);
        let whole = |keep: &dyn Fn(usize) -> bool| {
            let f = GraphFileRef {
                schema: SCHEMA,
                nodes: docs
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| keep(*i))
                    .map(|(_, d)| d)
                    .collect(),
                edges: links
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| keep(*i))
                    .map(|(_, l)| l)
                    .collect(),
                diagnostics: &diags,
            };
            let mut out = vec![];
            let layout = write_graph_json(&mut out, &f).unwrap();
            (out, layout)
        };
        let (old, old_layout) = whole(&|_| true);
        // Which elements are new (printed) and which are gone, in a few patterns.
        type Pick<'a> = &'a dyn Fn(usize) -> bool;
        let cases: [(Pick, Pick); 4] = [
            (&|_| false, &|_| true),
            (&|i| i % 7 == 3, &|_| true),
            (&|i| i == 0 || i == 39, &|i| i % 5 != 2),
            (&|i| i % 2 == 0, &|i| i != 10),
        ];
        for (k, (new, keep)) in cases.iter().enumerate() {
            let (expected, layout) = whole(keep);
            let node_pieces: Vec<Piece<Document>> = (0..docs.len())
                .filter(|&i| keep(i))
                .map(|i| {
                    if new(i) {
                        Piece::New(&docs[i])
                    } else {
                        let s = old_layout.nodes[i];
                        Piece::Old {
                            file: &old,
                            start: s.start as usize,
                            end: s.end as usize,
                            mentions: old_layout.mentions[i] - s.start,
                        }
                    }
                })
                .collect();
            let edge_pieces: Vec<Piece<Link>> = (0..links.len())
                .filter(|&i| keep(i))
                .map(|i| {
                    if new(i) {
                        Piece::New(&links[i])
                    } else {
                        let s = old_layout.edges[i];
                        Piece::Old {
                            file: &old,
                            start: s.start as usize,
                            end: s.end as usize,
                            mentions: 0,
                        }
                    }
                })
                .collect();
            let mut out = vec![];
            let got = write_merged(
                &mut out,
                &mut |w, src, a, b| w.write_all(&src[a..b]),
                SCHEMA,
                &node_pieces,
                &edge_pieces,
                &diags,
            )
            .unwrap();
            assert!(out == expected, "case {k}");
            assert_eq!(got.nodes, layout.nodes, "case {k}");
            assert_eq!(got.mentions, layout.mentions, "case {k}");
            assert_eq!(got.edges, layout.edges, "case {k}");
        }
    }
}
