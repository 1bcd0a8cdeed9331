//! CSV of the nodes and of the edges, with the headers `neo4j-admin database import` expects
//! (`id:ID`, `year:int`, `:LABEL`; `:START_ID`, `:END_ID`, `:TYPE`), which spreadsheets open as
//! well: pure functions, written by hand and deterministic (nodes sorted by id, edges by endpoints
//! and relation).
//!
//! Each file is UTF-8 and starts with a byte order mark (U+FEFF, bytes `EF BB BF`) so that Excel
//! shows the Vietnamese diacritics instead of reading the file in the ANSI code page; neo4j-admin
//! skips the mark. Write the string as it is (the mark is its first character). Fields are quoted
//! as RFC 4180 says: a field holding a comma, a double quote, a line feed or a carriage return is
//! put in double quotes with its quotes doubled. Rows end with `\n`. Titles and evidence may hold
//! line breaks inside quotes, so give neo4j-admin `--multiline-fields=true`. A missing value is an
//! empty unquoted field, which neo4j-admin reads as no property. Control characters other than
//! tab, line feed and carriage return (the rest of C0, DEL, C1) are dropped.
//!
//! `:LABEL` is `Document` plus `Party` or `State` when the system is known (`Document;Party`);
//! `:TYPE` is the relation in upper case as Cypher relationship types are written (`IMPLEMENTS`,
//! `BASED_ON`); `evidence` is the first sentence that states the edge, as `file:line: text`.

use crate::model::{Document, Link, System};

/// The byte order mark every file starts with.
pub const BOM: char = '\u{feff}';

/// Header of the nodes file.
pub const NODES_HEADER: &str =
    "id:ID,type,number,symbol,date,year:int,issuer,province,title,source,:LABEL";

/// Header of the edges file.
pub const EDGES_HEADER: &str = ":START_ID,:END_ID,:TYPE,evidence";

/// One field, quoted when RFC 4180 requires it.
pub fn field(s: &str) -> String {
    let clean: String = s
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if clean.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", clean.replace('"', "\"\""))
    } else {
        clean
    }
}

fn row(out: &mut String, fields: &[&str]) {
    let line: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&line.join(","));
    out.push('\n');
}

fn s(o: &Option<String>) -> &str {
    o.as_deref().unwrap_or("")
}

fn labels(d: &Document) -> &'static str {
    match d.system {
        Some(System::Party) => "Document;Party",
        Some(System::State) => "Document;State",
        None => "Document",
    }
}

/// The nodes file: BOM, header, one row per document.
pub fn nodes_csv(docs: &[&Document]) -> String {
    let mut docs: Vec<&Document> = docs.to_vec();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);
    let mut out = String::new();
    out.push(BOM);
    out.push_str(NODES_HEADER);
    out.push('\n');
    for d in docs {
        let year = d.year.map(|y| y.to_string()).unwrap_or_default();
        row(
            &mut out,
            &[
                &d.id,
                s(&d.doc_type),
                s(&d.number),
                s(&d.symbol),
                s(&d.date),
                &year,
                s(&d.issuer),
                s(&d.province),
                s(&d.title),
                s(&d.source),
                labels(d),
            ],
        );
    }
    out
}

/// The edges file: BOM, header, one row per link. Every link is written: pass only links whose
/// endpoints are in the nodes file, or neo4j-admin reports them as bad relationships.
pub fn edges_csv(links: &[&Link]) -> String {
    let mut links: Vec<&Link> = links.to_vec();
    links.sort_by(|a, b| (&a.from, &a.to, a.relation).cmp(&(&b.from, &b.to, b.relation)));
    let mut out = String::new();
    out.push(BOM);
    out.push_str(EDGES_HEADER);
    out.push('\n');
    for l in links {
        let ty = l.relation.as_str().to_ascii_uppercase();
        let evidence = l
            .evidence
            .first()
            .map(|e| format!("{}:{}: {}", e.file, e.line, e.text))
            .unwrap_or_default();
        row(&mut out, &[&l.from, &l.to, &ty, &evidence]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Relation};

    const HOSTILE: &str = "\"}]; <script>alert(1)</script>\nsecond, line \"\" end\r\n";

    /// A strict RFC 4180 reader: quoted fields may hold anything with quotes doubled, unquoted
    /// fields no quote; after a closing quote only a comma or the end of the row may follow.
    fn read(text: &str) -> Result<Vec<Vec<String>>, String> {
        let text = text.strip_prefix(BOM).ok_or("no BOM")?;
        let mut rows = vec![];
        let mut row = vec![];
        let mut chars = text.chars().peekable();
        while chars.peek().is_some() {
            let mut f = String::new();
            if chars.peek() == Some(&'"') {
                chars.next();
                loop {
                    match chars.next().ok_or("unterminated quoted field")? {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            f.push('"');
                        }
                        '"' => break,
                        c => f.push(c),
                    }
                }
                if !matches!(chars.peek(), None | Some(',') | Some('\n')) {
                    return Err(format!("text after a closing quote: {f:?}"));
                }
            } else {
                while let Some(&c) = chars.peek() {
                    match c {
                        ',' | '\n' => break,
                        '"' | '\r' => return Err(format!("{c:?} in an unquoted field")),
                        c => {
                            f.push(c);
                            chars.next();
                        }
                    }
                }
            }
            row.push(f);
            match chars.next() {
                Some(',') => {}
                Some('\n') => rows.push(std::mem::take(&mut row)),
                None => return Err("last row not terminated".into()),
                Some(c) => return Err(format!("unexpected {c:?}")),
            }
        }
        Ok(rows)
    }

    fn doc(id: &str, title: &str) -> Document {
        Document {
            source: Some("docs/a,b.txt".into()),
            ..Document::sample(id, title)
        }
    }

    fn sample() -> (Document, Document, Document, Link, Link) {
        let a = doc("vn/tw/nq-tw/2013/29", HOSTILE);
        let mut b = doc("vn/lang-son/kh-ubnd/2014/156", "Kế hoạch \u{0}thực hiện");
        b.doc_type = Some("Kế hoạch".into());
        b.number = Some("156".into());
        b.symbol = Some("KH-UBND".into());
        b.system = Some(System::State);
        b.province = Some("Lạng Sơn".into());
        let mut c = doc("vn/x/\"q\"", "c");
        c.year = None;
        c.system = None;
        c.source = None;
        let l = Link {
            from: b.id.as_str().into(),
            to: a.id.as_str().into(),
            relation: Relation::BasedOn,
            evidence: vec![Evidence {
                file: "docs/kh156.txt".into(),
                line: 12,
                text: "Căn cứ Nghị quyết số 29-NQ/TW, \"ngày\"\nhết".into(),
                relation: Relation::BasedOn,
            }],
        };
        let m = Link {
            from: c.id.as_str().into(),
            to: a.id.as_str().into(),
            relation: Relation::Cites,
            evidence: vec![],
        };
        (a, b, c, l, m)
    }

    #[test]
    fn nodes_read_back() {
        let (a, b, c, _, _) = sample();
        let csv = nodes_csv(&[&a, &c, &b]);
        assert!(csv.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
        let rows = read(&csv).unwrap_or_else(|e| panic!("{e}\n{csv}"));
        assert_eq!(rows[0].join(","), NODES_HEADER);
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|r| r.len() == 11));
        let r = &rows[2];
        assert_eq!(r[0], "vn/tw/nq-tw/2013/29");
        assert_eq!(r[1..6], ["Nghị quyết", "29", "NQ/TW", "2013-11-04", "2013"]);
        assert_eq!(r[6], "Ban Chấp hành Trung ương Đảng");
        assert_eq!(r[7], "");
        assert_eq!(r[8], HOSTILE);
        assert_eq!(r[9], "docs/a,b.txt");
        assert_eq!(r[10], "Document;Party");
        assert_eq!(rows[1][0], "vn/lang-son/kh-ubnd/2014/156");
        assert_eq!(rows[1][7], "Lạng Sơn");
        assert_eq!(rows[1][8], "Kế hoạch thực hiện", "NUL dropped");
        assert_eq!(rows[1][10], "Document;State");
        assert_eq!(rows[3][0], "vn/x/\"q\"");
        assert_eq!(
            (
                rows[3][5].as_str(),
                rows[3][9].as_str(),
                rows[3][10].as_str()
            ),
            ("", "", "Document")
        );
    }

    #[test]
    fn edges_read_back() {
        let (_, _, _, l, m) = sample();
        let csv = edges_csv(&[&m, &l]);
        let rows = read(&csv).unwrap_or_else(|e| panic!("{e}\n{csv}"));
        assert_eq!(rows[0].join(","), EDGES_HEADER);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1][..3], [l.from.as_ref(), l.to.as_ref(), "BASED_ON"]);
        assert_eq!(
            rows[1][3],
            "docs/kh156.txt:12: Căn cứ Nghị quyết số 29-NQ/TW, \"ngày\"\nhết"
        );
        assert_eq!(rows[2][..], [m.from.as_ref(), m.to.as_ref(), "CITES", ""]);
    }

    #[test]
    fn deterministic_and_empty() {
        let (a, b, c, l, m) = sample();
        assert_eq!(nodes_csv(&[&a, &b, &c]), nodes_csv(&[&c, &b, &a, &a]));
        assert_eq!(edges_csv(&[&l, &m]), edges_csv(&[&m, &l]));
        assert_eq!(nodes_csv(&[]), format!("{BOM}{NODES_HEADER}\n"));
        assert_eq!(edges_csv(&[]), format!("{BOM}{EDGES_HEADER}\n"));
    }

    #[test]
    fn quoting() {
        assert_eq!(field("plain Lạng Sơn"), "plain Lạng Sơn");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("a\nb"), "\"a\nb\"");
        assert_eq!(field("a\rb"), "\"a\rb\"");
        assert_eq!(field(""), "");
        assert!(read("\u{feff}a\"b\n").is_err());
        assert!(read("\u{feff}\"a\"b\n").is_err());
    }
}
