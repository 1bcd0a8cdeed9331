//! GraphML, the XML graph format Gephi, yEd, Cytoscape, igraph and networkx
//! (`networkx.read_graphml`) read: a pure function of the documents and links, written by hand
//! and deterministic (nodes sorted by id, edges by endpoints and relation).
//!
//! Node ids are the document ids; every node and edge attribute is declared with a `<key>` whose
//! `attr.name` is the attribute's name (Gephi takes the node attribute `label` as the node's
//! label). A missing value is a missing `<data>` element, never an empty string. All text goes
//! through [`escape`]: the five XML special characters become entities, tabs and line breaks
//! character references, and characters XML 1.0 does not allow (most C0 controls, U+FFFE, U+FFFF)
//! are dropped. Links whose endpoints are not among the documents are left out, since GraphML
//! edges must name declared nodes.

use crate::model::{Document, Link, System};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Node attributes: key id (also the `attr.name`) and GraphML type, in output order.
const NODE_KEYS: [(&str, &str); 14] = [
    ("label", "string"),
    ("type", "string"),
    ("number", "string"),
    ("symbol", "string"),
    ("date", "string"),
    ("year", "int"),
    ("term", "string"),
    ("issuer", "string"),
    ("province", "string"),
    ("system", "string"),
    ("level", "string"),
    ("title", "string"),
    ("source", "string"),
    ("mentions", "int"),
];

/// Edge attributes: the relation, how many sentences state it, the first of them as
/// `file:line: text`.
const EDGE_KEYS: [(&str, &str); 3] = [
    ("relation", "string"),
    ("evidence_count", "int"),
    ("evidence", "string"),
];

/// Whether XML 1.0 allows the character at all (its `Char` production).
fn is_xml_char(c: char) -> bool {
    matches!(c as u32, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

/// Text for XML element content or a double- or single-quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // As references, so that attribute-value normalisation keeps them.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

fn data(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "      <data key=\"{key}\">{}</data>", escape(value));
}

fn data_opt(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(v) = value {
        data(out, key, v);
    }
}

/// GraphML for a set of documents and the links among them (directed: from the newer document to
/// the older one).
pub fn to_graphml(docs: &[&Document], links: &[&Link]) -> String {
    let mut docs: Vec<&Document> = docs.to_vec();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);
    let ids: BTreeSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();

    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ",
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ",
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    ));
    for (name, ty) in NODE_KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{name}\" for=\"node\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    for (name, ty) in EDGE_KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{name}\" for=\"edge\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"vbgraph\" edgedefault=\"directed\">\n");

    for d in &docs {
        let _ = writeln!(out, "    <node id=\"{}\">", escape(&d.id));
        data(&mut out, "label", &d.label());
        data_opt(&mut out, "type", d.doc_type.as_deref());
        data_opt(&mut out, "number", d.number.as_deref());
        data_opt(&mut out, "symbol", d.symbol.as_deref());
        data_opt(&mut out, "date", d.date.as_deref());
        if let Some(y) = d.year {
            data(&mut out, "year", &y.to_string());
        }
        data_opt(&mut out, "term", d.term.as_deref());
        data_opt(&mut out, "issuer", d.issuer.as_deref());
        data_opt(&mut out, "province", d.province.as_deref());
        data_opt(
            &mut out,
            "system",
            d.system.map(|s| match s {
                System::Party => "party",
                System::State => "state",
            }),
        );
        data(&mut out, "level", &d.level);
        data_opt(&mut out, "title", d.title.as_deref());
        data_opt(&mut out, "source", d.source.as_deref());
        data(&mut out, "mentions", &d.mentions.len().to_string());
        out.push_str("    </node>\n");
    }

    let mut links: Vec<&Link> = links.to_vec();
    links.sort_by(|a, b| (&a.from, &a.to, a.relation).cmp(&(&b.from, &b.to, b.relation)));
    let links = links
        .into_iter()
        .filter(|l| ids.contains(l.from.as_ref()) && ids.contains(l.to.as_ref()));
    for (i, l) in links.enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            escape(&l.from),
            escape(&l.to)
        );
        data(&mut out, "relation", l.relation.as_str());
        data(&mut out, "evidence_count", &l.evidence.len().to_string());
        if let Some(e) = l.evidence.first() {
            data(
                &mut out,
                "evidence",
                &format!("{}:{}: {}", e.file, e.line, e.text),
            );
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Mention, Relation};

    const HOSTILE: &str =
        "\"}]; <script>alert(1)</script>\nnext line & 'quoted' \u{1}\u{b}\u{fffe}]]> end";

    /// An element of a parsed document: its name, attributes and direct text, decoded.
    #[derive(Debug, Default)]
    struct El {
        name: String,
        attrs: Vec<(String, String)>,
        text: String,
        children: Vec<El>,
    }

    impl El {
        fn attr(&self, k: &str) -> Option<&str> {
            self.attrs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.as_str())
        }
        fn all(&self, name: &str) -> Vec<&El> {
            self.children.iter().filter(|c| c.name == name).collect()
        }
        fn data(&self, key: &str) -> Option<&str> {
            self.all("data")
                .into_iter()
                .find(|d| d.attr("key") == Some(key))
                .map(|d| d.text.as_str())
        }
    }

    /// A strict little XML 1.0 reader, enough to prove the output well-formed: one root element,
    /// matched tags, quoted and unique attributes, only the predefined entities and character
    /// references to allowed characters, no raw `<`, `&` or `>` in text, only XML characters.
    struct Reader<'a> {
        s: &'a str,
        pos: usize,
    }

    impl<'a> Reader<'a> {
        fn rest(&self) -> &'a str {
            &self.s[self.pos..]
        }
        fn eat(&mut self, p: &str) -> bool {
            let ok = self.rest().starts_with(p);
            if ok {
                self.pos += p.len();
            }
            ok
        }
        fn ws(&mut self) {
            while self.rest().starts_with([' ', '\n', '\t', '\r']) {
                self.pos += 1;
            }
        }
        fn name(&mut self) -> Result<String, String> {
            let n: String = self
                .rest()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "_:.-".contains(*c))
                .collect();
            if n.is_empty() || !n.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
                return Err(format!("bad name at {}", self.pos));
            }
            self.pos += n.len();
            Ok(n)
        }
        fn entity(&mut self) -> Result<char, String> {
            let end = self.rest().find(';').ok_or("unterminated entity")?;
            let body = &self.rest()[1..end];
            let c = match body {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let n = if let Some(h) = body.strip_prefix("#x") {
                        u32::from_str_radix(h, 16)
                    } else if let Some(d) = body.strip_prefix('#') {
                        d.parse()
                    } else {
                        return Err(format!("unknown entity &{body};"));
                    };
                    let c = n.ok().and_then(char::from_u32).ok_or("bad reference")?;
                    if !is_xml_char(c) {
                        return Err(format!("reference to a non-XML character &{body};"));
                    }
                    c
                }
            };
            self.pos += end + 1;
            Ok(c)
        }
        fn element(&mut self) -> Result<El, String> {
            if !self.eat("<") {
                return Err(format!("expected < at {}", self.pos));
            }
            let mut el = El {
                name: self.name()?,
                ..El::default()
            };
            loop {
                self.ws();
                if self.eat("/>") {
                    return Ok(el);
                }
                if self.eat(">") {
                    break;
                }
                let k = self.name()?;
                self.ws();
                if !self.eat("=") {
                    return Err(format!("expected = after {k}"));
                }
                self.ws();
                let q = if self.eat("\"") {
                    '"'
                } else if self.eat("'") {
                    '\''
                } else {
                    return Err(format!("unquoted value of {k}"));
                };
                let mut v = String::new();
                loop {
                    let c = self.rest().chars().next().ok_or("unterminated attribute")?;
                    match c {
                        c if c == q => {
                            self.pos += 1;
                            break;
                        }
                        '<' => return Err(format!("< in the value of {k}")),
                        '&' => v.push(self.entity()?),
                        c => {
                            self.pos += c.len_utf8();
                            v.push(c);
                        }
                    }
                }
                if el.attr(&k).is_some() {
                    return Err(format!("duplicate attribute {k}"));
                }
                el.attrs.push((k, v));
            }
            loop {
                if self.eat("</") {
                    let n = self.name()?;
                    self.ws();
                    if n != el.name || !self.eat(">") {
                        return Err(format!("</{n}> closes <{}>", el.name));
                    }
                    return Ok(el);
                }
                let c = self
                    .rest()
                    .chars()
                    .next()
                    .ok_or(format!("<{}> not closed", el.name))?;
                match c {
                    '<' => el.children.push(self.element()?),
                    '&' => el.text.push(self.entity()?),
                    '>' => return Err(format!("raw > in text at {}", self.pos)),
                    c => {
                        self.pos += c.len_utf8();
                        el.text.push(c);
                    }
                }
            }
        }
    }

    fn parse(xml: &str) -> Result<El, String> {
        if let Some(c) = xml.chars().find(|c| !is_xml_char(*c)) {
            return Err(format!("non-XML character {c:?}"));
        }
        let mut r = Reader { s: xml, pos: 0 };
        if r.eat("<?xml") {
            let end = r.rest().find("?>").ok_or("unterminated declaration")?;
            r.pos += end + 2;
        }
        r.ws();
        let root = r.element()?;
        r.ws();
        if !r.rest().is_empty() {
            return Err("content after the root element".into());
        }
        Ok(root)
    }

    fn doc(id: &str, number: &str, title: &str) -> Document {
        Document {
            id: id.into(),
            doc_type: Some("Nghị quyết".into()),
            number: Some(number.into()),
            symbol: Some("NQ/TW".into()),
            date: Some("2013-11-04".into()),
            year: Some(2013),
            term: Some("XI".into()),
            issuer: Some("Ban Chấp hành Trung ương Đảng".into()),
            province: None,
            district: None,
            level: "unknown".into(),
            system: Some(System::Party),
            title: Some(title.into()),
            normative: false,
            source: Some("docs/nq29.txt".into()),
            mentions: vec![],
        }
    }

    fn sample() -> (Document, Document, Document, Link) {
        let mut a = doc("vn/tw/nq-tw/2013/29", "29", HOSTILE);
        a.level = "central-party".into();
        let mut b = doc("vn/lang-son/kh-ubnd/2014/156", "156", "Kế hoạch thực hiện");
        b.doc_type = Some("Kế hoạch".into());
        b.symbol = Some("KH-UBND".into());
        b.system = Some(System::State);
        b.province = Some("Lạng Sơn".into());
        b.level = "provincial-state".into();
        b.issuer = Some("UBND tỉnh \"Lạng Sơn\" <b>".into());
        b.mentions = vec![Mention {
            file: "news/a.html".into(),
            line: 7,
            surface: "Kế hoạch 156".into(),
            text: "theo Kế hoạch 156".into(),
        }];
        let mut c = doc("vn/x/'q'&<id>", "1", "c");
        c.date = None;
        c.year = None;
        c.system = None;
        c.source = None;
        let l = Link {
            from: b.id.as_str().into(),
            to: a.id.as_str().into(),
            relation: Relation::Implements,
            evidence: vec![
                Evidence {
                    file: "docs/kh156 \"x\".txt".into(),
                    line: 12,
                    text: "triển khai <Nghị quyết> số 29-NQ/TW & \"khác\"\nhết".into(),
                    relation: Relation::Implements,
                },
                Evidence {
                    file: "b.txt".into(),
                    line: 1,
                    text: "x".into(),
                    relation: Relation::Cites,
                },
            ],
        };
        (a, b, c, l)
    }

    #[test]
    fn hostile_text_parses_back() {
        let (a, b, c, l) = sample();
        let stray = Link {
            from: c.id.as_str().into(),
            to: "vn/not/here".into(),
            relation: Relation::Cites,
            evidence: vec![],
        };
        let xml = to_graphml(&[&c, &a, &b], &[&stray, &l]);
        let root = parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
        assert_eq!(root.name, "graphml");
        let keys = root.all("key");
        assert_eq!(keys.len(), NODE_KEYS.len() + EDGE_KEYS.len());
        for k in &keys {
            assert!(
                k.attr("id").is_some()
                    && k.attr("attr.name").is_some()
                    && k.attr("attr.type").is_some()
            );
        }
        let graph = &root.all("graph")[0];
        assert_eq!(graph.attr("edgedefault"), Some("directed"));

        let nodes = graph.all("node");
        let ids: Vec<&str> = nodes.iter().map(|n| n.attr("id").unwrap()).collect();
        assert_eq!(
            ids,
            [
                "vn/lang-son/kh-ubnd/2014/156",
                "vn/tw/nq-tw/2013/29",
                "vn/x/'q'&<id>"
            ]
        );

        let na = nodes[1];
        let cleaned: String = HOSTILE
            .chars()
            .filter(|c| !matches!(c, '\u{1}' | '\u{b}' | '\u{fffe}'))
            .collect();
        assert_eq!(na.data("title"), Some(cleaned.as_str()));
        assert_eq!(na.data("label"), Some("Nghị quyết 29-NQ/TW"));
        assert_eq!(na.data("number"), Some("29"));
        assert_eq!(na.data("symbol"), Some("NQ/TW"));
        assert_eq!(na.data("date"), Some("2013-11-04"));
        assert_eq!(na.data("year"), Some("2013"));
        assert_eq!(na.data("issuer"), Some("Ban Chấp hành Trung ương Đảng"));
        assert_eq!(na.data("province"), None);
        assert_eq!(na.data("level"), Some("central-party"));
        assert_eq!(na.data("source"), Some("docs/nq29.txt"));
        assert_eq!(na.data("mentions"), Some("0"));

        let nb = nodes[0];
        assert_eq!(nb.data("issuer"), Some("UBND tỉnh \"Lạng Sơn\" <b>"));
        assert_eq!(nb.data("province"), Some("Lạng Sơn"));
        assert_eq!(nb.data("level"), Some("provincial-state"));
        assert_eq!(nb.data("mentions"), Some("1"));

        let nc = nodes[2];
        assert_eq!(nc.data("year"), None);
        assert_eq!(nc.data("source"), None);
        assert_eq!(nc.data("level"), Some("unknown"));

        let edges = graph.all("edge");
        assert_eq!(edges.len(), 1, "the link to a missing node is left out");
        let e = edges[0];
        assert_eq!(e.attr("source"), Some(b.id.as_str()));
        assert_eq!(e.attr("target"), Some(a.id.as_str()));
        assert_eq!(e.data("relation"), Some("implements"));
        assert_eq!(e.data("evidence_count"), Some("2"));
        assert_eq!(
            e.data("evidence"),
            Some("docs/kh156 \"x\".txt:12: triển khai <Nghị quyết> số 29-NQ/TW & \"khác\"\nhết")
        );
        for el in nodes.iter().chain(edges.iter()) {
            for d in el.all("data") {
                let k = d.attr("key").unwrap();
                assert!(
                    keys.iter().any(|key| key.attr("id") == Some(k)),
                    "undeclared key {k}"
                );
            }
        }
    }

    #[test]
    fn deterministic_and_empty() {
        let (a, b, c, l) = sample();
        assert_eq!(
            to_graphml(&[&a, &b, &c], &[&l]),
            to_graphml(&[&c, &b, &a, &b], &[&l])
        );
        let empty = to_graphml(&[], &[]);
        let root = parse(&empty).unwrap();
        assert!(root.all("graph")[0].children.is_empty());
    }

    #[test]
    fn reader_rejects_broken_xml() {
        for bad in [
            "<a>",
            "<a></b>",
            "<a x=1/>",
            "<a>&foo;</a>",
            "<a>x<y</a>",
            "<a x=\"<\"/>",
            "<a>\u{1}</a>",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(parse("<a x='&apos;'><b/>&#233;</a>").is_ok());
    }

    #[test]
    fn escaping() {
        assert_eq!(escape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
        assert_eq!(escape("x\ny\u{0}\u{1f}\u{fffe}\u{ffff}z"), "x&#10;yz");
        assert_eq!(escape("Lạng Sơn 😀"), "Lạng Sơn 😀");
    }
}
