//! The HTML report: one self-contained file (no network: styles and script inline, system fonts)
//! with the diagram, a table of the documents, every link with the sentences behind it, and a
//! search box that filters the tables and highlights the matching nodes of the diagram.
//!
//! The diagram is an SVG made by the caller (Graphviz, or [`super::svg`] without it) and inlined
//! as it is, from its `<svg` on. Its nodes are found by document id: Graphviz writes the node id
//! in the `<title>` of each `<g class="node">`, [`super::svg`] does the same and adds `data-id`.
//!
//! The search folds case and diacritics on both sides (NFD, marks removed, `đ` as `d`) and keeps
//! the documents for which every word typed begins a word of the document's type, number,
//! symbol, date, issuer, province, title or id: `KH 156`, `nghi quyet 29`, `lạng sơn 2019`. A query
//! in the address (`report.html#q=KH%20156`) is applied on load; typing keeps it there, so a
//! filtered view can be bookmarked. Filtered-out rows get the `hidden` attribute.
//!
//! All text is escaped for HTML; the JSON the script reads sits in a
//! `<script type="application/json">` with `<`, `>` and `&` written as `\u003c`, `\u003e`,
//! `\u0026`, so no text can close the script element.

use crate::model::{Document, Link, Relation};
use crate::resolve::display_date;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The report for the documents and the links among them, around the diagram `svg`.
pub fn report_html(title: &str, docs: &[&Document], links: &[&Link], svg: &str) -> String {
    let mut docs: Vec<&Document> = docs.to_vec();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);
    // Oldest first: the table reads as the lineage does, top-down.
    docs.sort_by(|a, b| {
        let key = |d: &Document| (d.year.unwrap_or(i32::MAX), d.date.clone(), d.id.clone());
        key(a).cmp(&key(b))
    });
    let position: BTreeMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut links: Vec<&Link> = links
        .iter()
        .copied()
        .filter(|l| position.contains_key(l.from.as_ref()) && position.contains_key(l.to.as_ref()))
        .collect();
    links.sort_by_key(|l| {
        (
            position[l.from.as_ref()],
            position[l.to.as_ref()],
            l.relation,
        )
    });
    let sentences: usize = links.iter().map(|l| l.evidence.len()).sum();

    let mut h = String::with_capacity(64 * 1024);
    let title_html = escape_html(title);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"vbgraph\">\n<title>{title_html}</title>\n\
         <style>\n{CSS}</style>\n</head>\n<body>\n"
    );

    // Header: title, counts, the search box.
    let _ = write!(
        h,
        "<header class=\"top\">\n<div class=\"top-inner\">\n<div class=\"heading\">\
         <h1>{title_html}</h1>\n<p class=\"summary\">{} · {} · {}</p></div>\n\
         <div class=\"search\" role=\"search\"><label for=\"vb-q\">Search</label>\
         <input id=\"vb-q\" type=\"search\" placeholder=\"KH 156, Nghị quyết 29, Lạng Sơn…\" \
         autocomplete=\"off\" spellcheck=\"false\">\
         <span id=\"vb-count\" class=\"count\" aria-live=\"polite\">{}</span></div>\n\
         </div>\n</header>\n<main>\n",
        plural(docs.len(), "document", "documents"),
        plural(links.len(), "link", "links"),
        plural(sentences, "evidence sentence", "evidence sentences"),
        plural(docs.len(), "document", "documents"),
    );
    h.push_str("<p id=\"vb-print-filter\" class=\"print-filter\" hidden></p>\n");

    // The diagram.
    h.push_str(
        "<section class=\"diagram-section\" aria-labelledby=\"vb-h-diagram\">\n\
         <div class=\"section-head\"><h2 id=\"vb-h-diagram\">Diagram</h2>\
         <button type=\"button\" id=\"vb-zoom\" class=\"zoom\" aria-pressed=\"false\">Actual \
         size</button></div>\n<div id=\"vb-diagram\" class=\"diagram\">\n",
    );
    match inline_svg(svg) {
        Some(svg) => h.push_str(svg),
        None => h.push_str("<p class=\"empty\">No diagram.</p>"),
    }
    h.push_str("\n</div>\n");
    legend(&mut h, &docs, &links);
    h.push_str("</section>\n");

    // Documents.
    h.push_str(
        "<section aria-labelledby=\"vb-h-docs\">\n<h2 id=\"vb-h-docs\">Documents</h2>\n\
         <table id=\"vb-docs\" class=\"docs\">\n<thead><tr><th scope=\"col\">Type</th>\
         <th scope=\"col\">Number and symbol</th><th scope=\"col\">Date</th>\
         <th scope=\"col\">Issuer</th><th scope=\"col\">Province</th>\
         <th scope=\"col\" class=\"num\">Mentions</th></tr></thead>\n<tbody>\n",
    );
    for d in &docs {
        let id = escape_html(&d.id);
        let level = escape_html(&d.level);
        let code = d.code();
        let _ = write!(
            h,
            "<tr data-id=\"{id}\" data-level=\"{level}\">\
             <td class=\"type\" title=\"{}\">{}</td><td class=\"code\" title=\"{id}\">",
            escape_html(level_name(&d.level)),
            escape_html(d.doc_type.as_deref().unwrap_or("Văn bản"))
        );
        if !code.is_empty() {
            let _ = write!(h, "<span class=\"symbol\">{}</span>", escape_html(&code));
        }
        if let Some(t) = &d.title {
            let _ = write!(h, "<span class=\"doc-title\">{}</span>", escape_html(t));
        }
        let _ = writeln!(
            h,
            "</td><td class=\"date\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            escape_html(&date_text(d)),
            escape_html(d.issuer.as_deref().unwrap_or("—")),
            escape_html(&place(d)),
            d.mentions.len()
        );
    }
    h.push_str(
        "</tbody>\n</table>\n<p id=\"vb-none\" class=\"none\" hidden>No document matches the \
         search.</p>\n</section>\n",
    );

    // Links and their evidence.
    h.push_str(
        "<section aria-labelledby=\"vb-h-links\">\n<h2 id=\"vb-h-links\">Links and the sentences \
         behind them</h2>\n<table id=\"vb-links\" class=\"links\">\n<thead><tr>\
         <th scope=\"col\">From</th><th scope=\"col\">Relation</th><th scope=\"col\">To</th>\
         <th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n",
    );
    let by_id: BTreeMap<&str, &Document> = docs.iter().map(|d| (d.id.as_str(), *d)).collect();
    for l in &links {
        let (from, to) = (by_id[l.from.as_ref()], by_id[l.to.as_ref()]);
        let _ = write!(
            h,
            "<tr data-from=\"{}\" data-to=\"{}\" data-relation=\"{}\"><td>{}</td>\
             <td><span class=\"rel rel-{}\">{}</span><span class=\"gloss\">{}</span></td>\
             <td>{}</td><td class=\"evidence\">",
            escape_html(&from.id),
            escape_html(&to.id),
            l.relation.as_str(),
            doc_ref(from),
            l.relation.as_str(),
            l.relation.as_str(),
            gloss(l.relation),
            doc_ref(to),
        );
        if l.evidence.is_empty() {
            h.push_str("<span class=\"muted\">—</span>");
        }
        for e in &l.evidence {
            let _ = write!(
                h,
                "<p><span class=\"where\">{}:{}</span>{}",
                escape_html(&e.file),
                e.line,
                escape_html(&e.text)
            );
            if e.relation != l.relation {
                let _ = write!(h, " <span class=\"muted\">({})</span>", e.relation.as_str());
            }
            h.push_str("</p>");
        }
        h.push_str("</td></tr>\n");
    }
    if links.is_empty() {
        h.push_str("<tr><td colspan=\"4\" class=\"muted\">No links.</td></tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</section>\n</main>\n");
    h.push_str(
        "<footer>Made by vbgraph from the documents' texts: every link rests on the sentences \
         shown. Dates are dd/mm/yyyy.</footer>\n",
    );

    // What the search reads, then the script.
    let data = json!({
        "docs": docs
            .iter()
            .map(|d| json!({"id": d.id, "label": d.label(), "text": search_text(d)}))
            .collect::<Vec<_>>(),
    });
    let _ = write!(
        h,
        "<script type=\"application/json\" id=\"vb-data\">{}</script>\n<script>\n{SCRIPT}\
         </script>\n</body>\n</html>\n",
        json_for_script(&data)
    );
    h
}

/// Text for HTML content and (quoted) attribute values: `& < > " '` as entities, control
/// characters other than tab and line breaks dropped.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// JSON for inside a `<script>` element: `<`, `>`, `&` and the JavaScript line separators as
/// `\u` escapes (they can only occur inside JSON strings, where the escapes mean the same), so
/// neither `</script>` nor `<!--` can appear.
pub fn json_for_script(value: &serde_json::Value) -> String {
    let s = serde_json::to_string(value).unwrap_or_else(|_| "null".to_string());
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The SVG element of an SVG file: from its `<svg` on, without the XML declaration, doctype and
/// comments before it. `None` when there is none.
fn inline_svg(svg: &str) -> Option<&str> {
    let start = svg.find("<svg")?;
    Some(svg[start..].trim_end())
}

/// `5 documents`, `1 link`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The date as Vietnamese documents write it, or the year, or the Party term.
fn date_text(d: &Document) -> String {
    match (&d.date, d.year, &d.term) {
        (Some(date), _, _) => display_date(date),
        (None, Some(y), _) => format!("năm {y}"),
        (None, None, Some(t)) => format!("khóa {t}"),
        _ => "—".to_string(),
    }
}

/// District and province.
fn place(d: &Document) -> String {
    match (&d.district, &d.province) {
        (Some(x), Some(p)) => format!("{x}, {p}"),
        (Some(x), None) => x.clone(),
        (None, Some(p)) => p.clone(),
        (None, None) => "—".to_string(),
    }
}

/// What the search matches a document against.
fn search_text(d: &Document) -> String {
    let fields = [
        d.doc_type.clone(),
        Some(d.code()),
        d.date.as_deref().map(display_date),
        d.year.map(|y| y.to_string()),
        d.term.as_ref().map(|t| format!("khóa {t}")),
        d.issuer.clone(),
        d.province.clone(),
        d.district.clone(),
        d.title.clone(),
        Some(d.id.clone()),
    ];
    fields.into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

/// A document in the links table: label on one line, date below; the script makes it a link to
/// its row.
fn doc_ref(d: &Document) -> String {
    format!(
        "<span class=\"goto\" data-goto=\"{}\" title=\"{}\">{}</span><span class=\"sub\">{}</span>",
        escape_html(&d.id),
        escape_html(&d.id),
        escape_html(&d.label()),
        escape_html(&date_text(d))
    )
}

/// What a relation is called in the documents.
fn gloss(r: Relation) -> &'static str {
    match r {
        Relation::Implements => "thực hiện",
        Relation::Continues => "tiếp tục thực hiện",
        Relation::BasedOn => "căn cứ",
        Relation::Amends => "sửa đổi, bổ sung",
        Relation::Replaces => "thay thế",
        Relation::Repeals => "bãi bỏ",
        Relation::Guides => "hướng dẫn",
        Relation::Cites => "dẫn chiếu",
    }
}

/// How a level reads in the table and legend ([`super::LEVEL_STYLES`]).
fn level_name(level: &str) -> &'static str {
    super::level_style(level).name
}

/// The key under the diagram: the levels and relations present.
fn legend(h: &mut String, docs: &[&Document], links: &[&Link]) {
    let levels: BTreeSet<&str> = docs.iter().map(|d| d.level.as_str()).collect();
    let relations: BTreeSet<Relation> = links.iter().map(|l| l.relation).collect();
    if levels.is_empty() {
        return;
    }
    h.push_str("<ul class=\"legend\">");
    for &super::LevelStyle {
        level: key,
        name,
        fill,
        stroke,
        ..
    } in super::LEVEL_STYLES
    {
        if levels.contains(key) {
            let _ = write!(
                h,
                "<li><span class=\"swatch\" style=\"background:{fill};border-color:{stroke}\">\
                 </span>{name}</li>"
            );
        }
    }
    for r in Relation::ALL {
        if relations.contains(&r) {
            let _ = write!(
                h,
                "<li><span class=\"line rel-{}\"></span>{}</li>",
                r.as_str(),
                r.as_str()
            );
        }
    }
    h.push_str(
        "<li class=\"note\">older documents on top; an arrow points to the document \
         implemented, continued or cited</li></ul>\n",
    );
}

const CSS: &str = r#":root {
  --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5394;
  --match: #d93025;
  font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--text); background: #fff; line-height: 1.45;
}
* { box-sizing: border-box; }
body { margin: 0; font-size: 15px; }
.top { position: sticky; top: 0; z-index: 2; background: rgba(255,255,255,.96);
  border-bottom: 1px solid var(--line); }
.top-inner, main, footer { max-width: 1320px; margin: 0 auto; padding: 0 24px; }
.top-inner { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 32px;
  padding-top: 14px; padding-bottom: 12px; }
.heading { flex: 1 1 420px; min-width: 0; }
h1 { font-size: 22px; line-height: 1.25; margin: 0; overflow-wrap: anywhere; }
.summary { margin: 4px 0 0; color: var(--muted); font-size: 14px; }
.search { display: flex; align-items: center; gap: 10px; flex: 0 1 520px; }
.search label { font-weight: 600; font-size: 14px; }
.search input { flex: 1; min-width: 180px; font: inherit; font-size: 15px; padding: 7px 11px;
  border: 1px solid #afb8c1; border-radius: 6px; }
.search input:focus { outline: 2px solid var(--accent); outline-offset: 1px; border-color: var(--accent); }
.count { color: var(--muted); font-size: 13px; white-space: nowrap; min-width: 9em; }
h2 { font-size: 17px; margin: 28px 0 10px; }
.section-head { display: flex; align-items: baseline; justify-content: space-between; }
.zoom { font: inherit; font-size: 13px; padding: 3px 10px; border: 1px solid var(--line);
  border-radius: 6px; background: var(--soft); cursor: pointer; }
.diagram { border: 1px solid var(--line); border-radius: 8px; background: #fff; padding: 12px;
  overflow: auto; max-height: 78vh; text-align: center; }
.diagram svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.diagram.actual svg { max-width: none; }
.diagram g.node { cursor: pointer; }
.diagram g.node.vb-match rect, .diagram g.node.vb-match path, .diagram g.node.vb-match polygon,
.diagram g.node.vb-match ellipse { stroke: var(--match) !important; stroke-width: 3px !important; }
.diagram g.node.vb-hover rect, .diagram g.node.vb-hover path, .diagram g.node.vb-hover polygon,
.diagram g.node.vb-hover ellipse { stroke: var(--accent) !important; stroke-width: 3px !important; }
.diagram.vb-filtering g.node.vb-doc:not(.vb-match) { opacity: .28; }
.diagram.vb-filtering g.edge.vb-doc:not(.vb-touch), .diagram.vb-filtering .edge-label { opacity: .18; }
.empty { color: var(--muted); }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; padding: 0;
  margin: 10px 0 0; font-size: 13px; color: var(--muted); }
.legend li { display: flex; align-items: center; gap: 6px; }
.legend .note { flex-basis: 100%; }
.swatch { width: 14px; height: 14px; border: 1.5px solid; border-radius: 3px; display: inline-block; }
.line { width: 28px; height: 0; border-top: 2px solid #1a1a1a; display: inline-block; }
.line.rel-continues { border-top-style: dashed; }
.line.rel-based_on { border-top-style: dotted; border-color: #444; }
.line.rel-amends { border-color: #b45f06; } .line.rel-replaces { border-color: #990000; }
.line.rel-repeals { border-color: #cc0000; } .line.rel-guides { border-color: #38761d; }
.line.rel-cites { border-top-width: 1px; border-color: #999; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); background: var(--soft); border-bottom: 2px solid var(--line); padding: 8px 10px; }
td { border-bottom: 1px solid var(--line); padding: 8px 10px; vertical-align: top; }
tbody tr:nth-child(even) td { background: #fbfcfd; }
tbody tr:hover td, tbody tr.vb-flash td { background: #eef5fc; }
tr[hidden] { display: none; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.type { border-left: 5px solid #ccc; white-space: nowrap; }
tr[data-level="central-party"] td.type { border-left-color: #cc4125; }
tr[data-level="central-state"] td.type { border-left-color: #3d85c6; }
tr[data-level="ministry"] td.type { border-left-color: #45818e; }
tr[data-level="provincial-party"] td.type { border-left-color: #e69138; }
tr[data-level="provincial-state"] td.type { border-left-color: #6aa84f; }
tr[data-level="department"] td.type, tr[data-level="district"] td.type, tr[data-level="commune"] td.type { border-left-color: #bf9000; }
.symbol { font-weight: 600; white-space: nowrap; }
.doc-title { display: block; color: var(--muted); font-size: 13px; margin-top: 2px; max-width: 46em; }
.links td:nth-child(1), .links td:nth-child(3) { width: 17%; }
.links td:nth-child(2) { width: 11%; white-space: nowrap; }
.goto { display: block; font-weight: 600; color: var(--accent); cursor: pointer; }
.goto:hover { text-decoration: underline; }
.sub, .gloss { display: block; color: var(--muted); font-size: 12px; }
.rel { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px;
  background: #eaeef2; color: #1f2328; }
.rel-implements { background: #dbe9f7; } .rel-continues { background: #e7e3f4; }
.rel-based_on { background: #eaeef2; } .rel-amends { background: #fbe7d3; }
.rel-replaces, .rel-repeals { background: #f8d7d3; } .rel-guides { background: #ddeedd; }
.rel-cites { background: #f0f0f0; color: #59636e; }
.evidence p { margin: 0 0 6px; } .evidence p:last-child { margin-bottom: 0; }
.where { display: block; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace;
  font-size: 11.5px; color: var(--muted); }
.muted { color: var(--muted); }
.none { color: var(--muted); font-style: italic; }
.print-filter { display: none; }
footer { color: var(--muted); font-size: 12.5px; margin: 32px auto 28px; }
@media print {
  body { font-size: 10pt; }
  .top { position: static; border: none; }
  .search, .zoom, .none { display: none !important; }
  .top-inner, main, footer { max-width: none; padding: 0; }
  .print-filter:not([hidden]) { display: block; font-style: italic; margin: 4px 0; }
  .diagram { border: none; padding: 0; overflow: visible; max-height: none; }
  .diagram svg, .diagram.actual svg { width: 100% !important; max-width: 100% !important; height: auto !important; }
  .diagram-section { break-inside: avoid; }
  table { font-size: 9pt; page-break-inside: auto; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  tbody tr:nth-child(even) td, tbody tr:hover td { background: none; }
  .goto { color: inherit; }
  h2 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

const SCRIPT: &str = r#"(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('vb-data').textContent);
  function fold(s) {
    return String(s).normalize('NFD').replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  function words(s) { return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean); }
  var index = new Map();
  data.docs.forEach(function (d) { index.set(d.id, words(d.text)); });
  var total = data.docs.length;
  var input = document.getElementById('vb-q');
  var count = document.getElementById('vb-count');
  var none = document.getElementById('vb-none');
  var printFilter = document.getElementById('vb-print-filter');
  var diagram = document.getElementById('vb-diagram');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#vb-docs tbody tr[data-id]'));
  var linkRows = Array.prototype.slice.call(document.querySelectorAll('#vb-links tbody tr[data-from]'));
  var rowOf = new Map();
  rows.forEach(function (r) { rowOf.set(r.getAttribute('data-id'), r); });
  // Nodes by document id: data-id (vbgraph's own SVG) or the <title> (Graphviz and vbgraph).
  var nodes = new Map();
  diagram.querySelectorAll('g.node').forEach(function (g) {
    var id = g.getAttribute('data-id');
    if (!id) { var t = g.querySelector('title'); id = t ? t.textContent.trim() : ''; }
    if (!index.has(id)) { return; } // a legend's node
    g.classList.add('vb-doc');
    if (!nodes.has(id)) { nodes.set(id, []); }
    nodes.get(id).push(g);
  });
  var edges = [];
  diagram.querySelectorAll('g.edge').forEach(function (g) {
    var from = g.getAttribute('data-from'), to = g.getAttribute('data-to');
    if (from === null) {
      var t = g.querySelector('title');
      var parts = t ? t.textContent.split('->') : [];
      if (parts.length === 2) { from = parts[0].trim(); to = parts[1].trim(); }
    }
    if (index.has(from) || index.has(to)) {
      g.classList.add('vb-doc');
      edges.push({ g: g, from: from, to: to });
    }
  });
  function nodesOf(id) { return nodes.get(id) || []; }
  function matches(id, tokens) {
    var ws = index.get(id) || [];
    return tokens.every(function (t) {
      return ws.some(function (w) { return w.lastIndexOf(t, 0) === 0; });
    });
  }
  function apply(q) {
    var tokens = words(q);
    var active = tokens.length > 0;
    var hit = new Set();
    rows.forEach(function (r) {
      var id = r.getAttribute('data-id');
      var ok = !active || matches(id, tokens);
      r.hidden = !ok;
      if (ok && active) { hit.add(id); }
    });
    linkRows.forEach(function (r) {
      r.hidden = active && !(hit.has(r.getAttribute('data-from')) || hit.has(r.getAttribute('data-to')));
    });
    nodes.forEach(function (gs, id) {
      gs.forEach(function (g) { g.classList.toggle('vb-match', hit.has(id)); });
    });
    edges.forEach(function (e) { e.g.classList.toggle('vb-touch', hit.has(e.from) || hit.has(e.to)); });
    diagram.classList.toggle('vb-filtering', active);
    count.textContent = active
      ? hit.size + ' of ' + total + (total === 1 ? ' document' : ' documents')
      : total + (total === 1 ? ' document' : ' documents');
    none.hidden = !active || hit.size > 0;
    printFilter.hidden = !active;
    printFilter.textContent = active ? 'Filtered: \u201c' + q.trim() + '\u201d (' + hit.size + ' of ' + total + ')' : '';
  }
  function fromHash() {
    var m = /^#q=(.*)$/.exec(location.hash);
    if (!m) { return null; }
    try { return decodeURIComponent(m[1].replace(/\+/g, ' ')); } catch (e) { return m[1]; }
  }
  function flash(id) {
    var r = rowOf.get(id);
    if (!r) { return; }
    if (r.hidden) { input.value = ''; apply(''); }
    r.scrollIntoView({ block: 'center', behavior: 'smooth' });
    r.classList.add('vb-flash');
    setTimeout(function () { r.classList.remove('vb-flash'); }, 1600);
  }
  var q0 = fromHash();
  if (q0 !== null) { input.value = q0; }
  apply(input.value);
  input.addEventListener('input', function () {
    apply(input.value);
    try {
      history.replaceState(null, '', input.value ? '#q=' + encodeURIComponent(input.value)
        : location.pathname + location.search);
    } catch (e) { /* a file: URL may refuse; the filter works without it */ }
  });
  window.addEventListener('hashchange', function () {
    var q = fromHash();
    if (q !== null) { input.value = q; apply(q); }
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === '/' && document.activeElement !== input) { ev.preventDefault(); input.focus(); }
    if (ev.key === 'Escape' && document.activeElement === input) { input.value = ''; input.dispatchEvent(new Event('input')); }
  });
  rows.forEach(function (r) {
    var id = r.getAttribute('data-id');
    r.addEventListener('mouseenter', function () { nodesOf(id).forEach(function (g) { g.classList.add('vb-hover'); }); });
    r.addEventListener('mouseleave', function () { nodesOf(id).forEach(function (g) { g.classList.remove('vb-hover'); }); });
  });
  nodes.forEach(function (gs, id) {
    gs.forEach(function (g) { g.addEventListener('click', function () { flash(id); }); });
  });
  document.querySelectorAll('[data-goto]').forEach(function (el) {
    el.addEventListener('click', function () { flash(el.getAttribute('data-goto')); });
  });
  var zoom = document.getElementById('vb-zoom');
  zoom.addEventListener('click', function () {
    var actual = diagram.classList.toggle('actual');
    zoom.textContent = actual ? 'Fit to width' : 'Actual size';
    zoom.setAttribute('aria-pressed', actual ? 'true' : 'false');
  });
}());
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Evidence;
    use scraper::{Html, Selector};

    const HOSTILE: &str = "\"}]; <script>alert(1)</script>\n<!-- ' & </style> \u{2028}";

    fn doc(id: &str, json: serde_json::Value) -> Document {
        let mut v = json!({
            "id": id,
            "type": "Nghị quyết",
            "number": "29",
            "symbol": "NQ/TW",
            "date": "2013-11-04",
            "year": 2013,
            "issuer": "Ban Chấp hành Trung ương Đảng",
            "system": "party",
            "level": "central-party",
            "source": null,
            "mentions": [{"file": "a.txt", "line": 1, "surface": "NQ 29", "text": "x"}],
        });
        for (k, x) in json.as_object().unwrap() {
            v[k] = x.clone();
        }
        serde_json::from_value(v).unwrap()
    }

    fn sample() -> (Vec<Document>, Vec<Link>) {
        let a = doc(
            "vn/tw/nq-tw/2013/29",
            json!({"title": "Đổi mới căn bản, toàn diện giáo dục và đào tạo"}),
        );
        let b = doc(
            "vn/lang-son/kh-ubnd/2019/156",
            json!({"type": "Kế hoạch", "number": "156", "symbol": "KH-UBND",
                "date": "2019-09-13", "year": 2019, "issuer": "UBND tỉnh Lạng Sơn",
                "province": "Lạng Sơn", "system": "state", "level": "provincial-state"}),
        );
        let c = doc(
            "vn/unscoped/x/2020/<script>\"'",
            json!({"type": HOSTILE, "number": null, "symbol": null, "title": HOSTILE,
                "issuer": HOSTILE, "province": HOSTILE, "date": null, "year": 2020,
                "level": "unknown\"><script>"}),
        );
        let link = |from: &Document, to: &Document, r: Relation, text: &str| Link {
            from: from.id.as_str().into(),
            to: to.id.as_str().into(),
            relation: r,
            evidence: vec![Evidence {
                file: "00\"2<x>.txt".into(),
                line: 41,
                text: text.into(),
                relation: r,
            }],
        };
        let links = vec![
            link(
                &b,
                &a,
                Relation::Continues,
                "tiếp tục thực hiện Nghị quyết số 29-NQ/TW",
            ),
            link(&c, &b, Relation::Cites, HOSTILE),
        ];
        (vec![a, b, c], links)
    }

    fn report() -> (String, Vec<Document>) {
        let (docs, links) = sample();
        let d: Vec<&Document> = docs.iter().collect();
        let l: Vec<&Link> = links.iter().collect();
        let svg =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\">\
                   <g class=\"node\"><title>vn/tw/nq-tw/2013/29</title></g></svg>\n";
        (report_html(HOSTILE, &d, &l, svg), docs)
    }

    fn sel(s: &str) -> Selector {
        Selector::parse(s).unwrap()
    }

    #[test]
    fn hostile_text_stays_text() {
        let (html, _) = report();
        // Two script elements, each closed once: nothing broke out.
        assert_eq!(html.matches("<script").count(), 2, "{html}");
        assert_eq!(html.matches("</script>").count(), 2);
        assert_eq!(html.matches("</style>").count(), 1);
        assert!(!html.contains("<!-- '"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

        let page = Html::parse_document(&html);
        let text = |s: &str| -> Vec<String> {
            page.select(&sel(s))
                .map(|e| e.text().collect::<String>())
                .collect()
        };
        assert_eq!(text("head > title"), vec![HOSTILE.to_string()]);
        assert_eq!(text("h1"), vec![HOSTILE.to_string()]);
        assert_eq!(page.select(&sel("script")).count(), 2);
        assert_eq!(page.select(&sel("body script:not([type])")).count(), 1);
        let rows: Vec<_> = page.select(&sel("#vb-docs tbody tr")).collect();
        assert_eq!(rows.len(), 3);
        let hostile_row = rows
            .iter()
            .find(|r| r.value().attr("data-id") == Some("vn/unscoped/x/2020/<script>\"'"))
            .expect("the id round-trips through the attribute");
        assert_eq!(
            hostile_row.value().attr("data-level"),
            Some("unknown\"><script>")
        );
        let cells: Vec<String> = hostile_row
            .select(&sel("td"))
            .map(|c| c.text().collect())
            .collect();
        assert_eq!(cells[0], HOSTILE);
        assert_eq!(cells[1], HOSTILE); // no symbol: the title
        assert_eq!(cells[2], "năm 2020");
        assert_eq!(cells[3], HOSTILE);
        assert_eq!(cells[4], HOSTILE);
        assert_eq!(cells[5], "1");
        // The evidence sentence and its file come back whole.
        let evidence = text("#vb-links td.evidence");
        assert!(evidence.contains(&format!("00\"2<x>.txt:41{HOSTILE}")));

        // The JSON reads back, with the hostile text whole.
        let json = page
            .select(&sel("script#vb-data"))
            .next()
            .unwrap()
            .text()
            .collect::<String>();
        assert!(!json.contains('<') && !json.contains('>') && !json.contains('&'));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let entry = v["docs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == "vn/unscoped/x/2020/<script>\"'")
            .unwrap();
        assert!(entry["text"].as_str().unwrap().contains(HOSTILE));
    }

    #[test]
    fn report_is_self_contained_and_complete() {
        let (html, _) = report();
        assert!(html
            .starts_with("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">"));
        for needle in ["http://", "https://", "@import", "url(", "<link", "src="] {
            let outside_svg = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assert!(!outside_svg.contains(needle), "{needle}");
        }
        // The SVG is inlined without its prolog.
        assert!(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"));
        assert!(html.contains("<div id=\"vb-diagram\" class=\"diagram\">\n<svg xmlns="));
        // Oldest first; dates as dd/mm/yyyy; diacritics intact.
        let page = Html::parse_document(&html);
        let ids: Vec<&str> = page
            .select(&sel("#vb-docs tbody tr"))
            .map(|r| r.value().attr("data-id").unwrap())
            .collect();
        assert_eq!(
            ids,
            [
                "vn/tw/nq-tw/2013/29",
                "vn/lang-son/kh-ubnd/2019/156",
                "vn/unscoped/x/2020/<script>\"'"
            ]
        );
        assert!(html.contains(
            "<td class=\"date\">13/09/2019</td><td>UBND tỉnh Lạng Sơn</td><td>Lạng Sơn</td>"
        ));
        assert!(html.contains("<span class=\"symbol\">156/KH-UBND</span>"));
        assert!(html.contains("<span class=\"rel rel-continues\">continues</span><span class=\"gloss\">tiếp tục thực hiện</span>"));
        assert_eq!(
            page.select(&sel("#vb-links tbody tr[data-from]")).count(),
            2
        );
        assert!(html.contains("@media print"));
        assert!(html.contains(".normalize('NFD').replace(/\\p{M}/gu, '')"));
        // Deterministic, whatever the order of the input.
        let (docs, links) = sample();
        let d: Vec<&Document> = docs.iter().rev().chain(docs.iter()).collect();
        let l: Vec<&Link> = links.iter().rev().collect();
        let svg =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\">\
                   <g class=\"node\"><title>vn/tw/nq-tw/2013/29</title></g></svg>\n";
        assert_eq!(report_html(HOSTILE, &d, &l, svg), html);
    }

    #[test]
    fn empty_report_and_missing_diagram() {
        let html = report_html("Trống", &[], &[], "");
        assert!(html.contains("<p class=\"empty\">No diagram.</p>"));
        assert!(html.contains("No links."));
        assert!(html.contains("0 documents · 0 links"));
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape_html("<a href=\"x\">'&'</a>\u{0}\u{7}\nđ"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\nđ"
        );
        assert_eq!(
            json_for_script(&json!({"t": "</script><!--&\u{2028}"})),
            "{\"t\":\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\"}"
        );
        let v: serde_json::Value =
            serde_json::from_str(&json_for_script(&json!(["</script>"]))).unwrap();
        assert_eq!(v[0], "</script>");
    }
}
