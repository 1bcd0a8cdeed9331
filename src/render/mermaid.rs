//! Mermaid `flowchart BT` text, for pasting into a ```` ```mermaid ```` block of GitHub or GitLab
//! Markdown or an Obsidian note: a pure function of the documents and links, deterministic (nodes
//! sorted by id, edges by endpoints and relation). The output is the diagram alone, without the
//! code fence.
//!
//! Node ids are `n0`, `n1`, ... in the order of the documents sorted by id, so no document id ever
//! reaches Mermaid's syntax. Every label is a quoted string whose text is escaped with Mermaid's
//! entity codes (`#quot;`, `#lt;`, `#35;`, ...): only letters, digits, non-ASCII characters (the
//! Vietnamese diacritics are kept as they are) and a few harmless punctuation marks are written
//! literally, line breaks and other white space become one space and control characters are
//! dropped, so no text can close its quotes, open a tag or start a statement. The lines of a label
//! are joined with `<br/>`. Links whose endpoints are not among the documents are left out.
//!
//! Mermaid refuses diagrams over its `maxTextSize` (50,000 characters by default) and newer
//! versions over `maxEdges` (500): this is meant for subgraphs, not whole corpora.

use crate::model::{Document, Link, Relation};
use crate::resolve::display_date;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Longest title, in characters, shown in a label (for documents known only by title).
const TITLE_CHARS: usize = 60;

/// The arrow of a relation and, for those drawn differently from the default, its link style.
fn edge_style(r: Relation) -> (&'static str, Option<&'static str>) {
    match r {
        Relation::Implements => ("-->", None),
        Relation::Continues => ("-.->", None),
        Relation::BasedOn => ("-.->", None),
        Relation::Amends => ("-->", Some("stroke:#b45f06")),
        Relation::Replaces => ("-->", Some("stroke:#990000")),
        Relation::Repeals => ("-->", Some("stroke:#cc0000")),
        Relation::Guides => ("-->", Some("stroke:#38761d")),
        Relation::Cites => ("-->", Some("stroke:#999999,stroke-width:1px")),
    }
}

/// Text for inside a quoted Mermaid label. White space runs become one space, control characters
/// go, and every ASCII character that is not a letter, a digit or harmless punctuation becomes an
/// entity code.
pub fn escape_label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            c if c.is_ascii_alphanumeric() || !c.is_ascii() || ",./-_+=!?@$~^*'".contains(c) => {
                out.push(c)
            }
            c => {
                let _ = write!(out, "#{};", c as u32);
            }
        }
    }
    out
}

fn truncate(s: &str, max: usize) -> String {
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

/// The lines of a node's label, unescaped: type, number-symbol (or the title when the document
/// has no number), date, issuer.
fn label_lines(d: &Document) -> Vec<String> {
    let mut lines = vec![d.doc_type.clone().unwrap_or_else(|| "Văn bản".into())];
    let code = d.code();
    if !code.is_empty() {
        lines.push(code);
    } else if let Some(t) = d.title_after_type() {
        lines.push(truncate(t, TITLE_CHARS));
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
    lines
}

/// The escaped label of a node, lines joined with `<br/>`.
fn node_label(d: &Document) -> String {
    label_lines(d)
        .iter()
        .map(|l| escape_label(l))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("<br/>")
}

/// Mermaid flowchart of the documents and the links among them, older documents on top (edges
/// run from the newer document to the older one).
pub fn to_mermaid(docs: &[&Document], links: &[&Link]) -> String {
    let mut docs: Vec<&Document> = docs.to_vec();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);
    let ids: BTreeMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();

    let mut out = String::from("flowchart BT\n");
    let mut by_class: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        let _ = writeln!(out, "    n{i}[\"{}\"]", node_label(d));
        by_class
            .entry(super::level_style(&d.level).class)
            .or_default()
            .push(i);
    }

    let mut links: Vec<&Link> = links.to_vec();
    links.sort_by(|a, b| (&a.from, &a.to, a.relation).cmp(&(&b.from, &b.to, b.relation)));
    let mut styled: BTreeMap<Relation, Vec<usize>> = BTreeMap::new();
    let mut count = 0usize;
    for l in links {
        let (Some(from), Some(to)) = (ids.get(l.from.as_ref()), ids.get(l.to.as_ref())) else {
            continue;
        };
        let (arrow, style) = edge_style(l.relation);
        let _ = writeln!(out, "    n{from} {arrow}|{}| n{to}", l.relation.as_str());
        if style.is_some() {
            styled.entry(l.relation).or_default().push(count);
        }
        count += 1;
    }

    // Classes in the order of the levels, coloured as in DOT, dark text for dark themes.
    for st in super::LEVEL_STYLES {
        let name = st.class;
        if let Some(nodes) = by_class.get(name) {
            let _ = writeln!(
                out,
                "    classDef {name} fill:{},stroke:{},color:#1a1a1a",
                st.fill, st.stroke
            );
            let list: Vec<String> = nodes.iter().map(|i| format!("n{i}")).collect();
            let _ = writeln!(out, "    class {} {name}", list.join(","));
        }
    }
    for (r, edges) in styled {
        if let (_, Some(style)) = edge_style(r) {
            let list: Vec<String> = edges.iter().map(|i| i.to_string()).collect();
            let _ = writeln!(out, "    linkStyle {} {style}", list.join(","));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, System};
    use regex::Regex;

    const HOSTILE: &str =
        "\"}]; <script>alert(1)</script>\nend | [x] {y} (z) #quot; %% `a` \\ --> A;";

    fn doc(id: &str, system: System, number: Option<&str>, symbol: &str, title: &str) -> Document {
        Document {
            id: id.into(),
            doc_type: Some("Nghị quyết".into()),
            number: number.map(String::from),
            symbol: Some(symbol.into()),
            date: Some("2013-11-04".into()),
            year: Some(2013),
            term: Some("XI".into()),
            issuer: Some("Ban Chấp hành Trung ương Đảng".into()),
            province: None,
            district: None,
            level: "unknown".into(),
            system: Some(system),
            title: Some(title.into()),
            normative: false,
            source: None,
            mentions: vec![],
        }
    }

    fn link(from: &str, to: &str, relation: Relation) -> Link {
        Link {
            from: from.into(),
            to: to.into(),
            relation,
            evidence: vec![Evidence {
                file: "a\"b.txt".into(),
                line: 3,
                text: "say \"hi\"\nnow".into(),
                relation,
            }],
        }
    }

    /// Undoes [`escape_label`] (entity codes back to characters).
    fn unescape(s: &str) -> String {
        let re = Regex::new(r"#(quot|lt|gt|amp|[0-9]+);").unwrap();
        re.replace_all(s, |c: &regex::Captures| match &c[1] {
            "quot" => "\"".to_string(),
            "lt" => "<".to_string(),
            "gt" => ">".to_string(),
            "amp" => "&".to_string(),
            n => char::from_u32(n.parse().unwrap()).unwrap().to_string(),
        })
        .into_owned()
    }

    fn sample() -> (Document, Document, Document) {
        let a = doc(
            "vn/tw/nq-tw/2013/29",
            System::Party,
            Some("29"),
            "NQ/TW",
            "Về đổi mới",
        );
        let mut a = a;
        a.level = "central-party".into();
        let mut b = doc(
            "vn/lang-son/kh-ubnd/2014/156",
            System::State,
            Some("156"),
            "KH-UBND",
            "x",
        );
        b.province = Some("Lạng Sơn".into());
        b.level = "provincial-state".into();
        b.issuer = Some("UBND tỉnh <b>Lạng Sơn</b> \"A|B\"".into());
        let mut c = doc("vn/unscoped/nq/2015/x", System::State, None, "NQ", HOSTILE);
        c.doc_type = Some("Nghị quyết [\"]".into());
        (a, b, c)
    }

    #[test]
    fn every_line_is_a_statement_and_labels_stay_quoted() {
        let (a, b, c) = sample();
        let links = [
            link(&b.id, &a.id, Relation::Implements),
            link(&c.id, &a.id, Relation::Cites),
            link(&c.id, &b.id, Relation::Continues),
            link(&c.id, "vn/missing", Relation::BasedOn),
        ];
        let refs: Vec<&Link> = links.iter().collect();
        let m = to_mermaid(&[&c, &a, &b], &refs);

        let node =
            Regex::new(r#"^    n[0-9]+\["([^"\[\]{}|<>;\n]|<br/>|#(quot|lt|gt|amp|[0-9]+);)*"\]$"#)
                .unwrap();
        let edge = Regex::new(r"^    n[0-9]+ (-->|-\.->)\|[a-z_]+\| n[0-9]+$").unwrap();
        let class_def =
            Regex::new(r"^    classDef [A-Za-z]+ [a-z-]+:#[0-9a-f]{6}(,[a-z-]+:[#0-9a-z]+)*$")
                .unwrap();
        let class = Regex::new(r"^    class n[0-9]+(,n[0-9]+)* [A-Za-z]+$").unwrap();
        let link_style = Regex::new(
            r"^    linkStyle [0-9]+(,[0-9]+)* stroke:#[0-9a-f]{6}(,stroke-width:[0-9]+px)?$",
        )
        .unwrap();
        let mut lines = m.lines();
        assert_eq!(lines.next(), Some("flowchart BT"));
        for line in lines {
            assert!(
                node.is_match(line)
                    || edge.is_match(line)
                    || class_def.is_match(line)
                    || class.is_match(line)
                    || link_style.is_match(line),
                "not a statement: {line:?}\n{m}"
            );
        }

        // Sorted by id: a (vn/tw), c (vn/unscoped), b (vn/lang-son) -> b=n0, a=n1, c=n2.
        assert!(
            m.contains("    n0[\"Nghị quyết<br/>156/KH-UBND<br/>04/11/2013<br/>UBND tỉnh "),
            "{m}"
        );
        assert!(m.contains(
            "    n1[\"Nghị quyết<br/>29-NQ/TW<br/>04/11/2013<br/>Ban Chấp hành Trung ương Đảng\"]"
        ));
        assert!(m.contains("    n0 -->|implements| n1\n"));
        assert!(m.contains("    n2 -.->|continues| n0\n"));
        assert!(m.contains("    n2 -->|cites| n1\n"));
        assert!(
            !m.contains("based_on"),
            "a link to a missing document is left out"
        );
        // Edges in order: n0->n1 (0), n2->n0 continues (1), n2->n1 cites (2).
        assert!(
            m.contains("    linkStyle 2 stroke:#999999,stroke-width:1px\n"),
            "{m}"
        );
        // Classes follow graph.json's levels; a document whose issuer is unknown is `unknown`.
        assert!(m.contains("    class n0 stateProvincial\n"), "{m}");
        assert!(m.contains("    class n2 unknownLevel\n"), "{m}");
        assert!(m.contains("    class n1 partyCentral\n"));

        // The hostile title comes back whole (white space collapsed) from the label.
        let label = m.lines().find(|l| l.starts_with("    n2[")).unwrap();
        let inner = &label["    n2[\"".len()..label.len() - 2];
        let parts: Vec<String> = inner.split("<br/>").map(unescape).collect();
        let expected = HOSTILE.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(parts[0], "Nghị quyết [\"]");
        assert_eq!(parts[1], truncate(&expected, TITLE_CHARS));
        assert_eq!(parts[2], "04/11/2013");
    }

    #[test]
    fn output_is_deterministic_and_empty_input_is_a_diagram() {
        let (a, b, c) = sample();
        let l = link(&b.id, &a.id, Relation::Implements);
        assert_eq!(
            to_mermaid(&[&a, &b, &c], &[&l]),
            to_mermaid(&[&c, &b, &a, &a], &[&l])
        );
        assert_eq!(to_mermaid(&[], &[]), "flowchart BT\n");
    }

    #[test]
    fn escaping() {
        assert_eq!(escape_label("a\"b"), "a#quot;b");
        assert_eq!(escape_label("<script>"), "#lt;script#gt;");
        assert_eq!(escape_label(" x\n\r\t y\u{2028}z\u{7} "), "x y z");
        assert_eq!(escape_label("#quot;"), "#35;quot#59;");
        assert_eq!(
            escape_label("Lạng Sơn, 156/KH-UBND"),
            "Lạng Sơn, 156/KH-UBND"
        );
        assert_eq!(
            escape_label("a|b[c]{d}(e)%f`g:h;"),
            "a#124;b#91;c#93;#123;d#125;#40;e#41;#37;f#96;g#58;h#59;"
        );
    }
}
