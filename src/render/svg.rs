//! SVG without Graphviz: the layout of layout-rs (pure Rust) drawn by our own SVG backend, for
//! small subgraphs (a query's neighbourhood) on machines where Graphviz's `dot` is missing.
//!
//! layout-rs does not scale (100 nodes take 0.1 s, 300 nodes over three minutes), so
//! [`svg_without_graphviz`] refuses graphs above [`MAX_NODES`] and says how to get Graphviz.
//!
//! The drawing follows the DOT writer: older documents on top, edges from the newer document to
//! the one it implements, continues or cites, labelled with the relation; nodes filled by the
//! level of the issuer and labelled with type, number-symbol, date and issuer, one a line. Only
//! cited documents (no text of their own in the corpus) have a dashed border.
//!
//! Every node is a `<g class="node" id="DOCUMENT ID">` whose first child is `<title>DOCUMENT
//! ID</title>`, as in Graphviz's SVG, so the HTML report finds nodes in either. All text is
//! escaped for XML and characters XML 1.0 forbids (control characters) are dropped; the fonts
//! named carry the Vietnamese diacritics.

use crate::model::{Document, Link, Relation};
use crate::resolve::display_date;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::{Point, Position};
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Most documents drawn without Graphviz: layout-rs takes minutes past a few hundred nodes.
pub const MAX_NODES: usize = 150;

/// Fonts with the Vietnamese diacritics (precomposed letters and combining marks).
pub const FONT_FAMILY: &str = "Noto Sans, DejaVu Sans, Arial, sans-serif";

/// Font size of node labels, px.
const NODE_FONT: f64 = 12.0;
/// Font size of edge labels, px.
const EDGE_FONT: f64 = 10.0;
/// Distance between the baselines of a label's lines, px.
const LINE_HEIGHT: f64 = 15.0;
/// Space between a node's border and its text, px.
const NODE_PAD: f64 = 9.0;
/// Average advance of a character, in ems (generous: boxes must not clip their text).
const CHAR_EM: f64 = 0.6;
/// Longest line of a label, in characters; longer lines are wrapped at spaces.
const WRAP_CHARS: usize = 34;
/// Most lines shown of a document's title (for documents known only by title).
const TITLE_LINES: usize = 3;
/// Space kept free around a node's box (horizontal, vertical), px.
const HALO: Point = Point { x: 24.0, y: 56.0 };
/// Margin around the drawing, px.
const MARGIN: f64 = 12.0;

/// The SVG of the documents and the links among them, laid out by layout-rs. Links whose ends
/// are not both among the documents are left out. Refuses more than [`MAX_NODES`] documents,
/// with a message that says how to draw large graphs.
pub fn svg_without_graphviz(docs: &[&Document], links: &[&Link]) -> Result<String, String> {
    let mut docs: Vec<&Document> = docs.to_vec();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);
    if docs.len() > MAX_NODES {
        return Err(format!(
            "{} documents are too many for the built-in layout (at most {MAX_NODES}; it takes \
             minutes on a few hundred). For pictures of large graphs install Graphviz \
             (`apt-get install graphviz`) and run `vbgraph render --format svg` again, which then \
             uses Graphviz's `dot`; or draw a query's neighbourhood (`vbgraph render QUERY \
             --format svg`).",
            docs.len()
        ));
    }
    let index: BTreeMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut edges: Vec<(usize, usize, Relation)> = links
        .iter()
        .filter_map(|l| {
            let from = *index.get(l.from.as_ref())?;
            let to = *index.get(l.to.as_ref())?;
            (from != to).then_some((from, to, l.relation))
        })
        .collect();
    edges.sort();
    edges.dedup_by(|a, b| (a.0, a.1) == (b.0, b.1));

    let labels: Vec<Vec<(LineKind, String)>> = docs.iter().map(|d| label_lines(d)).collect();
    let mut canvas = Canvas::new(docs.len(), edges.len());
    if !docs.is_empty() {
        let mut vg = VisualGraph::new(Orientation::TopToBottom);
        let handles: Vec<_> = labels
            .iter()
            .enumerate()
            .map(|(i, lines)| {
                let text: Vec<&str> = lines.iter().map(|(_, s)| s.as_str()).collect();
                let size = box_size(lines);
                let mut element = Element::create_with_properties(
                    ShapeKind::new_box(&text.join("\n")),
                    StyleAttr::simple(),
                    Orientation::TopToBottom,
                    size,
                    format!("n{i}"),
                );
                // Less space around nodes than layout-rs's default (60 px each way): the
                // pictures of wide ranks stay readable when fitted to a page.
                element.pos = Position::new(Point::zero(), size, Point::zero(), HALO);
                vg.add_node(element)
            })
            .collect();
        for (j, &(from, to, relation)) in edges.iter().enumerate() {
            let look = StyleAttr::new(Color::fast("black"), 1, None, 0, EDGE_FONT as usize);
            // The older document (`to`) is the source so that it is ranked above; the arrow head
            // sits at the start, on the older document.
            let arrow = Arrow {
                start: LineEndKind::Arrow,
                end: LineEndKind::None,
                line_style: LineStyleKind::Normal,
                text: relation.as_str().to_string(),
                look,
                properties: Some(format!("e{j}")),
                src_port: None,
                dst_port: None,
            };
            vg.add_edge(arrow, handles[to], handles[from]);
        }
        let laid_out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            vg.do_it(false, false, false, &mut canvas);
        }));
        if laid_out.is_err() {
            return Err(
                "the built-in layout (layout-rs) failed on this graph; install Graphviz \
                 (`apt-get install graphviz`) and run `vbgraph render --format svg`"
                    .to_string(),
            );
        }
    }
    Ok(canvas.finish(&docs, &labels, &edges))
}

/// How a line of a node label is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// The document type.
    Type,
    /// Number and symbol, or the title when there is none.
    Code,
    /// Date, year or term.
    Date,
    /// The issuing body.
    Issuer,
}

/// The lines of a node's label: type, number-symbol (or title), date, issuer; long lines wrapped.
fn label_lines(d: &Document) -> Vec<(LineKind, String)> {
    let mut out = Vec::new();
    let doc_type = d.doc_type.as_deref().unwrap_or("Văn bản");
    push_wrapped(&mut out, LineKind::Type, doc_type, 2);
    let code = d.code();
    if !code.is_empty() {
        push_wrapped(&mut out, LineKind::Code, &code, 2);
    } else if let Some(t) = d.title_after_type() {
        push_wrapped(&mut out, LineKind::Code, t, TITLE_LINES);
    }
    match (&d.date, d.year, &d.term) {
        (Some(date), _, _) => push_wrapped(&mut out, LineKind::Date, &display_date(date), 1),
        (None, Some(y), _) => out.push((LineKind::Date, format!("năm {y}"))),
        (None, None, Some(t)) => push_wrapped(&mut out, LineKind::Date, &format!("khóa {t}"), 1),
        _ => {}
    }
    if let Some(i) = &d.issuer {
        push_wrapped(&mut out, LineKind::Issuer, i, 2);
    }
    out
}

/// Adds `text` (white space collapsed) as lines of at most [`WRAP_CHARS`] characters, broken at
/// spaces, at most `max_lines` of them (the last one ends with `…` when text is left over).
fn push_wrapped(out: &mut Vec<(LineKind, String)>, kind: LineKind, text: &str, max_lines: usize) {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let word = truncate(word, WRAP_CHARS);
        let len = current.chars().count();
        if len > 0 && len + 1 + word.chars().count() > WRAP_CHARS {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let kept = truncate(last, WRAP_CHARS - 1);
            *last = format!("{}…", kept.trim_end_matches('…'));
        }
    }
    out.extend(lines.into_iter().map(|l| (kind, l)));
}

/// At most `n` characters; `…` marks a cut.
fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// The size of a node's box for its label lines.
fn box_size(lines: &[(LineKind, String)]) -> Point {
    let widest = lines
        .iter()
        .map(|(_, l)| l.chars().count())
        .max()
        .unwrap_or(1)
        .max(8);
    Point::new(
        widest as f64 * NODE_FONT * CHAR_EM + 2.0 * NODE_PAD,
        lines.len().max(1) as f64 * LINE_HEIGHT + 2.0 * NODE_PAD,
    )
}

/// Fill and border colours by the level of the issuer ([`super::LEVEL_STYLES`]).
fn colours(d: &Document) -> (&'static str, &'static str) {
    let s = super::level_style(&d.level);
    (s.fill, s.stroke)
}

/// Colour, dash pattern and width of an edge.
fn edge_look(r: Relation) -> (&'static str, Option<&'static str>, f64) {
    match r {
        Relation::Implements => ("#1a1a1a", None, 1.6),
        Relation::Continues => ("#1a1a1a", Some("6,4"), 1.4),
        Relation::BasedOn => ("#444444", Some("2,3"), 1.2),
        Relation::Amends => ("#b45f06", None, 1.2),
        Relation::Replaces => ("#990000", None, 1.2),
        Relation::Repeals => ("#cc0000", None, 1.2),
        Relation::Guides => ("#38761d", None, 1.2),
        Relation::Cites => ("#999999", None, 0.8),
    }
}

/// Text for XML content and attribute values: `& < > " '` as entities, characters XML 1.0
/// forbids (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) dropped, line breaks and
/// tabs as spaces.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A number for SVG: two decimals at most.
fn num(x: f64) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// A label drawn in the middle of an edge.
#[derive(Debug)]
struct EdgeLabel {
    at: Point,
    text: String,
}

/// The render backend: records where layout-rs puts nodes, edges and edge labels. Nodes and
/// edges are known by the properties given to layout-rs (`n{i}`, `e{j}`); the SVG is written by
/// [`Canvas::finish`] from our own documents, never from text passed through layout-rs.
#[derive(Debug)]
struct Canvas {
    /// Top-left corner and size of each node's box.
    boxes: Vec<Option<(Point, Point)>>,
    /// Path (`M ... C ... S ...`) and its points of each edge.
    paths: Vec<Option<(String, Vec<Point>)>>,
    labels: Vec<EdgeLabel>,
    /// The node whose box was drawn last, waiting for its text.
    pending: Option<usize>,
}

impl Canvas {
    fn new(nodes: usize, edges: usize) -> Self {
        Canvas {
            boxes: vec![None; nodes],
            paths: vec![None; edges],
            labels: Vec::new(),
            pending: None,
        }
    }

    fn finish(
        &self,
        docs: &[&Document],
        labels: &[Vec<(LineKind, String)>],
        edges: &[(usize, usize, Relation)],
    ) -> String {
        // The extent of the drawing.
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        let mut grow = |p: Point| {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        };
        for (xy, size) in self.boxes.iter().flatten() {
            grow(*xy);
            grow(xy.add(*size));
        }
        for (_, points) in self.paths.iter().flatten() {
            points.iter().for_each(|p| grow(*p));
        }
        for l in &self.labels {
            let half = l.text.chars().count() as f64 * EDGE_FONT * CHAR_EM / 2.0 + 4.0;
            grow(Point::new(l.at.x - half, l.at.y - EDGE_FONT));
            grow(Point::new(l.at.x + half, l.at.y + EDGE_FONT));
        }
        if x0 > x1 {
            (x0, y0, x1, y1) = (0.0, 0.0, 160.0, 40.0);
        }
        let (vx, vy) = (x0 - MARGIN, y0 - MARGIN);
        let (w, h) = (x1 - x0 + 2.0 * MARGIN, y1 - y0 + 2.0 * MARGIN);

        let mut s = String::new();
        s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"vbgraph\" width=\"{}\" \
             height=\"{}\" viewBox=\"{} {} {} {}\" font-family=\"{FONT_FAMILY}\" \
             font-size=\"{}\">",
            num(w),
            num(h),
            num(vx),
            num(vy),
            num(w),
            num(h),
            num(NODE_FONT)
        );
        s.push_str("<defs>\n");
        let mut colours_used: Vec<&str> = edges.iter().map(|e| edge_look(e.2).0).collect();
        colours_used.sort();
        colours_used.dedup();
        for c in colours_used {
            let _ = writeln!(
                s,
                "<marker id=\"vbgraph-arrow-{}\" viewBox=\"0 0 10 8\" refX=\"10\" refY=\"4\" \
                 markerWidth=\"9\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" \
                 orient=\"auto-start-reverse\"><path d=\"M0,0 L10,4 L0,8 z\" fill=\"{c}\"/>\
                 </marker>",
                &c[1..]
            );
        }
        s.push_str("</defs>\n");
        let _ = writeln!(
            s,
            "<rect class=\"background\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" \
             fill=\"#ffffff\"/>",
            num(vx),
            num(vy),
            num(w),
            num(h)
        );
        if docs.is_empty() {
            let _ = writeln!(
                s,
                "<text x=\"80\" y=\"24\" text-anchor=\"middle\" fill=\"#666666\">(no \
                 documents)</text>"
            );
        }

        // Edges under the nodes.
        for (j, &(from, to, relation)) in edges.iter().enumerate() {
            let Some((d, _)) = &self.paths[j] else {
                continue;
            };
            let (colour, dash, width) = edge_look(relation);
            let title = format!("{} → {}", docs[from].id, docs[to].id);
            let _ = write!(
                s,
                "<g class=\"edge\" data-from=\"{}\" data-to=\"{}\" data-relation=\"{}\">\
                 <title>{}</title><path d=\"{}\" fill=\"none\" stroke=\"{colour}\" \
                 stroke-width=\"{}\"",
                escape_xml(&docs[from].id),
                escape_xml(&docs[to].id),
                relation.as_str(),
                escape_xml(&title),
                d.trim(),
                num(width)
            );
            if let Some(dash) = dash {
                let _ = write!(s, " stroke-dasharray=\"{dash}\"");
            }
            let _ = writeln!(
                s,
                " marker-start=\"url(#vbgraph-arrow-{})\"/></g>",
                &colour[1..]
            );
        }
        for l in &self.labels {
            let colour = Relation::parse(&l.text)
                .map(|r| edge_look(r).0)
                .unwrap_or("#444444");
            let _ = writeln!(
                s,
                "<text class=\"edge-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" \
                 font-size=\"{}\" fill=\"{colour}\" stroke=\"#ffffff\" stroke-width=\"3\" \
                 stroke-linejoin=\"round\" paint-order=\"stroke\">{}</text>",
                num(l.at.x),
                num(l.at.y + EDGE_FONT * 0.35),
                num(EDGE_FONT),
                escape_xml(&l.text)
            );
        }

        for (i, d) in docs.iter().enumerate() {
            let Some((xy, size)) = self.boxes[i] else {
                continue;
            };
            let (fill, stroke) = colours(d);
            let id = escape_xml(&d.id);
            let _ = write!(
                s,
                "<g class=\"node\" id=\"{id}\" data-id=\"{id}\" data-level=\"{}\"><title>{id}\
                 </title>",
                escape_xml(&d.level)
            );
            if let Some(t) = &d.title {
                let _ = write!(s, "<desc>{}</desc>", escape_xml(t));
            }
            let _ = write!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"{fill}\" \
                 stroke=\"{stroke}\" stroke-width=\"1.2\"",
                num(xy.x),
                num(xy.y),
                num(size.x),
                num(size.y)
            );
            if d.source.is_none() {
                s.push_str(" stroke-dasharray=\"4,3\"");
            }
            s.push_str("/>");
            let cx = xy.x + size.x / 2.0;
            let lines = &labels[i];
            let first = xy.y + size.y / 2.0 - (lines.len() as f64 - 1.0) * LINE_HEIGHT / 2.0
                + NODE_FONT * 0.35;
            let _ = write!(
                s,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#1a1a1a\">",
                num(cx),
                num(first)
            );
            for (k, (kind, line)) in lines.iter().enumerate() {
                let style = match kind {
                    LineKind::Type => "",
                    LineKind::Code => " font-weight=\"bold\"",
                    LineKind::Date => " fill=\"#333333\"",
                    LineKind::Issuer => " fill=\"#444444\" font-size=\"11\"",
                };
                let dy = if k == 0 { 0.0 } else { LINE_HEIGHT };
                let _ = write!(
                    s,
                    "<tspan x=\"{}\" dy=\"{}\"{style}>{}</tspan>",
                    num(cx),
                    num(dy),
                    escape_xml(line)
                );
            }
            s.push_str("</text></g>\n");
        }
        s.push_str("</svg>\n");
        s
    }
}

/// The index in a property `n12` / `e3`.
fn index_of(properties: &Option<String>, prefix: char) -> Option<usize> {
    properties.as_deref()?.strip_prefix(prefix)?.parse().ok()
}

impl RenderBackend for Canvas {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
        _clip: Option<ClipHandle>,
    ) {
        if let Some(i) = index_of(&properties, 'n').filter(|i| *i < self.boxes.len()) {
            self.boxes[i] = Some((xy, size));
            self.pending = Some(i);
        }
    }

    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_text(&mut self, xy: Point, text: &str, _look: &StyleAttr) {
        // A node's label follows its box; any other text is an edge's label.
        if self.pending.take().is_none() && !text.is_empty() {
            self.labels.push(EdgeLabel {
                at: xy,
                text: text.to_string(),
            });
        }
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _dashed: bool,
        _head: (bool, bool),
        _look: &StyleAttr,
        properties: Option<String>,
        _text: &str,
    ) {
        self.pending = None;
        let Some(j) = index_of(&properties, 'e').filter(|j| *j < self.paths.len()) else {
            return;
        };
        if path.len() < 2 {
            return;
        }
        let p = |pt: Point| format!("{} {}", num(pt.x), num(pt.y));
        let mut d = format!(
            "M {} C {}, {}, {}",
            p(path[0].0),
            p(path[0].1),
            p(path[1].0),
            p(path[1].1)
        );
        for point in &path[2..] {
            let _ = write!(d, " S {}, {}", p(point.0), p(point.1));
        }
        let points = path.iter().flat_map(|(a, b)| [*a, *b]).collect();
        self.paths[j] = Some((d, points));
    }

    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quick_xml::events::Event;
    use quick_xml::{Reader, XmlVersion};

    const HOSTILE: &str = "\"}]; <script>alert(1)</script>\nend & 'x' \u{7}\u{0} ]]> --> <!--";

    fn doc(id: &str, json: serde_json::Value) -> Document {
        let mut v = serde_json::json!({
            "id": id,
            "type": "Nghị quyết",
            "number": "29",
            "symbol": "NQ/TW",
            "date": "2013-11-04",
            "year": 2013,
            "issuer": "Ban Chấp hành Trung ương Đảng",
            "system": "party",
            "level": "central-party",
            "source": "a.txt",
            "mentions": [],
        });
        for (k, x) in json.as_object().unwrap() {
            v[k] = x.clone();
        }
        serde_json::from_value(v).unwrap()
    }

    fn link(from: &Document, to: &Document, relation: Relation) -> Link {
        Link {
            from: from.id.as_str().into(),
            to: to.id.as_str().into(),
            relation,
            evidence: vec![],
        }
    }

    /// Checks that `xml` is well-formed: one root, balanced tags, attributes and references
    /// valid, no forbidden characters. Returns the elements' names and the text content.
    pub(crate) fn well_formed(xml: &str) -> Result<(Vec<String>, String), String> {
        if let Some(c) = xml.chars().find(|&c| {
            ((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
                || c == '\u{fffe}'
                || c == '\u{ffff}'
        }) {
            return Err(format!("forbidden character U+{:04X}", c as u32));
        }
        let mut reader = Reader::from_str(xml);
        let mut stack: Vec<String> = Vec::new();
        let mut names = Vec::new();
        let mut text = String::new();
        let mut roots = 0;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| format!("at {}: {e}", reader.buffer_position()))?;
            match event {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    let name = e.name().as_ref().to_string();
                    if stack.is_empty() {
                        roots += 1;
                    }
                    for a in e.attributes() {
                        let a = a.map_err(|e| format!("attribute: {e}"))?;
                        if a.value.contains('<') {
                            return Err("'<' in an attribute value".into());
                        }
                        a.normalized_value(XmlVersion::Implicit1_0)
                            .map_err(|e| format!("attribute value: {e}"))?;
                    }
                    names.push(name.clone());
                    if matches!(event, Event::Start(_)) {
                        stack.push(name);
                    }
                }
                Event::End(e) => {
                    let name = e.name().as_ref().to_string();
                    if stack.pop().as_deref() != Some(name.as_str()) {
                        return Err(format!("unbalanced </{name}>"));
                    }
                }
                Event::Text(t) => {
                    let t = t.xml10_content();
                    if !stack.is_empty() {
                        if t.contains("]]>") {
                            return Err("]]> in text".into());
                        }
                        text.push_str(&t);
                    } else if !t.trim().is_empty() {
                        return Err(format!("text outside the root: {t:?}"));
                    }
                }
                Event::GeneralRef(r) => {
                    let c = if r.is_char_ref() {
                        r.resolve_char_ref().map_err(|e| e.to_string())?
                    } else {
                        match &*r {
                            "lt" => Some('<'),
                            "gt" => Some('>'),
                            "amp" => Some('&'),
                            "quot" => Some('"'),
                            "apos" => Some('\''),
                            _ => None,
                        }
                    };
                    text.push(c.ok_or("unknown entity")?);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if !stack.is_empty() {
            return Err(format!("unclosed {stack:?}"));
        }
        if roots != 1 {
            return Err(format!("{roots} root elements"));
        }
        Ok((names, text))
    }

    fn sample() -> Vec<Document> {
        vec![
            doc("vn/tw/nq-tw/2013/29", serde_json::json!({})),
            doc(
                "vn/tw/kl-tw/2019/51",
                serde_json::json!({"type": "Kết luận", "number": "51", "symbol": "KL/TW",
                    "date": "2019-05-30", "issuer": "Ban Bí thư Trung ương Đảng"}),
            ),
            doc(
                "vn/lang-son/kh-ubnd/2019/156",
                serde_json::json!({"type": "Kế hoạch", "number": "156", "symbol": "KH-UBND",
                    "date": "2019-09-13", "issuer": "UBND tỉnh Lạng Sơn", "system": "state",
                    "level": "provincial-state", "province": "Lạng Sơn"}),
            ),
            doc(
                "vn/unscoped/nq/2015/x<\"&'",
                serde_json::json!({"type": "Nghị quyết <b>\"", "number": null, "symbol": null,
                    "title": HOSTILE, "issuer": HOSTILE, "date": null, "level": "unknown",
                    "system": null, "source": null}),
            ),
        ]
    }

    #[test]
    fn hostile_text_gives_well_formed_svg() {
        let docs = sample();
        let links = [
            link(&docs[1], &docs[0], Relation::Continues),
            link(&docs[2], &docs[1], Relation::Implements),
            link(&docs[2], &docs[0], Relation::Continues),
            link(&docs[3], &docs[2], Relation::Cites),
            link(&docs[3], &docs[0], Relation::BasedOn),
        ];
        let d: Vec<&Document> = docs.iter().collect();
        let l: Vec<&Link> = links.iter().collect();
        let svg = svg_without_graphviz(&d, &l).unwrap();
        let (names, text) = well_formed(&svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
        assert!(!names.iter().any(|n| n == "script"), "{svg}");
        // The background and 4 nodes; 5 edges and 3 arrow heads (one a colour).
        assert_eq!(names.iter().filter(|n| *n == "rect").count(), 1 + 4);
        assert_eq!(names.iter().filter(|n| *n == "path").count(), 5 + 3);
        // Texts come back whole, diacritics intact, the hostile text as text.
        assert!(text.contains("Kế hoạch156/KH-UBND13/09/2019UBND tỉnh Lạng Sơn"));
        assert!(text.contains("Nghị quyết <b>\""));
        assert!(text.contains("\"}]; <script>alert(1)</script>"), "{text}");
        assert!(text.contains("continues") && text.contains("based_on"));
        assert!(svg.contains(&format!("font-family=\"{FONT_FAMILY}\"")));
        // Nodes carry the document id, as Graphviz does, and as an id attribute.
        assert!(svg.contains(
            "<g class=\"node\" id=\"vn/lang-son/kh-ubnd/2019/156\" \
             data-id=\"vn/lang-son/kh-ubnd/2019/156\" data-level=\"provincial-state\">\
             <title>vn/lang-son/kh-ubnd/2019/156</title>"
        ));
        assert!(svg.contains("<title>vn/unscoped/nq/2015/x&lt;&quot;&amp;&apos;</title>"));
        // Older documents above newer ones.
        let y = |id: &str| -> f64 {
            let at = svg.find(&format!("<g class=\"node\" id=\"{id}\"")).unwrap();
            let rect = &svg[at..];
            let rect = &rect[rect.find("<rect x=\"").unwrap()..];
            let y = rect.split("y=\"").nth(1).unwrap();
            y[..y.find('"').unwrap()].parse().unwrap()
        };
        assert!(y("vn/tw/nq-tw/2013/29") < y("vn/tw/kl-tw/2019/51"));
        assert!(y("vn/tw/kl-tw/2019/51") < y("vn/lang-son/kh-ubnd/2019/156"));
    }

    #[test]
    fn the_cap_gives_an_error_that_names_graphviz() {
        let docs: Vec<Document> = (0..=MAX_NODES)
            .map(|i| doc(&format!("vn/tw/nq-tw/2013/{i}"), serde_json::json!({})))
            .collect();
        let d: Vec<&Document> = docs.iter().collect();
        let err = svg_without_graphviz(&d, &[]).unwrap_err();
        assert!(err.contains("151 documents"), "{err}");
        assert!(err.contains("apt-get install graphviz"), "{err}");
        assert!(err.contains("vbgraph render --format svg"), "{err}");
        // At the cap it draws; duplicates count once.
        let mut d: Vec<&Document> = docs[..MAX_NODES].iter().collect();
        d.push(&docs[0]);
        let svg = svg_without_graphviz(&d, &[]).unwrap();
        assert_eq!(svg.matches("<g class=\"node\"").count(), MAX_NODES);
    }

    #[test]
    fn empty_graphs_and_dangling_links() {
        let svg = svg_without_graphviz(&[], &[]).unwrap();
        well_formed(&svg).unwrap();
        let docs = sample();
        let dangling = Link {
            from: docs[0].id.as_str().into(),
            to: "vn/missing".into(),
            relation: Relation::Cites,
            evidence: vec![],
        };
        let svg = svg_without_graphviz(&[&docs[0]], &[&dangling]).unwrap();
        well_formed(&svg).unwrap();
        assert_eq!(svg.matches("<g class=\"edge\"").count(), 0);
    }

    #[test]
    fn escaping_and_wrapping() {
        assert_eq!(
            escape_xml("a<b>&\"c'\n\u{1}\u{fffe}đ"),
            "a&lt;b&gt;&amp;&quot;c&apos; đ"
        );
        let mut out = Vec::new();
        push_wrapped(
            &mut out,
            LineKind::Code,
            "Đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, \
             hiện đại hóa trong điều kiện kinh tế thị trường",
            3,
        );
        assert_eq!(out.len(), 3);
        assert!(out.iter().all(|(_, l)| l.chars().count() <= WRAP_CHARS));
        assert!(out[2].1.ends_with('…'));
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(2.346), "2.35");
    }
}
