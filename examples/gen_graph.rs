//! A deterministic graph of N documents, written as a `build` writes it (graph.json,
//! graph.dot and graph.idx), for measuring queries on indexes far larger than a corpus one can keep around:
//!
//!     cargo run --release --example gen_graph -- --docs 1000000 --seed 1 --out /tmp/g1m
//!
//! The shape follows DOMAIN.md: central Party resolutions and conclusions (numbered by term),
//! central State decrees and decisions, and for each of the 63 provinces and each year Party
//! programmes, People's Committee plans, department and district plans. Each document
//! implements one of the level above (issued before it), rests on a central legal document,
//! often continues the previous year's plan of its body, and is mentioned in one to three
//! places with a sentence of evidence. Numbers restart every year, so numbers repeat across
//! provinces and years as they do in real corpora.

use std::collections::BTreeMap;
use vbgraph::graph::Graph;
use vbgraph::model::{Document, Evidence, GraphFile, Link, Mention, Relation, System, SCHEMA};
use vbgraph::normalize::slug;
use vbgraph::registry::PROVINCES;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

struct Kind {
    doc_type: &'static str,
    symbol: &'static str,
    level: &'static str,
    system: System,
    /// Share of the documents (per mille).
    share: usize,
}

const CENTRAL: &[Kind] = &[
    Kind {
        doc_type: "Nghị quyết",
        symbol: "NQ/TW",
        level: "central-party",
        system: System::Party,
        share: 2,
    },
    Kind {
        doc_type: "Kết luận",
        symbol: "KL/TW",
        level: "central-party",
        system: System::Party,
        share: 2,
    },
    Kind {
        doc_type: "Chỉ thị",
        symbol: "CT/TW",
        level: "central-party",
        system: System::Party,
        share: 1,
    },
    Kind {
        doc_type: "Quyết định",
        symbol: "QĐ-TTg",
        level: "central-state",
        system: System::State,
        share: 5,
    },
    Kind {
        doc_type: "Nghị định",
        symbol: "NĐ-CP",
        level: "central-state",
        system: System::State,
        share: 5,
    },
];

const LOCAL: &[Kind] = &[
    Kind {
        doc_type: "Chương trình",
        symbol: "CTr/TU",
        level: "provincial-party",
        system: System::Party,
        share: 40,
    },
    Kind {
        doc_type: "Kế hoạch",
        symbol: "KH-UBND",
        level: "provincial-state",
        system: System::State,
        share: 350,
    },
    Kind {
        doc_type: "Quyết định",
        symbol: "QĐ-UBND",
        level: "provincial-state",
        system: System::State,
        share: 150,
    },
    Kind {
        doc_type: "Kế hoạch",
        symbol: "KH-SGDĐT",
        level: "department",
        system: System::State,
        share: 200,
    },
    Kind {
        doc_type: "Kế hoạch",
        symbol: "KH-UBND",
        level: "district",
        system: System::State,
        share: 245,
    },
];

const YEARS: std::ops::RangeInclusive<i32> = 2006..=2025;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let get = |k: &str| {
        args.iter()
            .position(|a| a == k)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let (Some(n), Some(out)) = (get("--docs"), get("--out")) else {
        eprintln!("usage: gen_graph --docs N [--seed S] --out DIR");
        std::process::exit(2);
    };
    let n: usize = n.parse().expect("--docs takes a number");
    let seed: u64 = get("--seed").map_or(1, |s| s.parse().expect("--seed takes a number"));
    let out = std::path::PathBuf::from(out);
    let t = std::time::Instant::now();
    let file = generate(n, seed);
    eprintln!(
        "generated {} documents, {} links in {:.1} s",
        file.nodes.len(),
        file.edges.len(),
        t.elapsed().as_secs_f64()
    );
    std::fs::create_dir_all(&out).expect("output folder");
    let json = out.join("graph.json");
    let g = Graph::from_file(&file);
    drop(file);
    let mut layout = vbgraph::json::Layout::default();
    vbgraph::output::write_atomic_with(&json, |w| {
        layout = vbgraph::json::write_graph_json(w, &g.file_ref(&[]))?;
        Ok(())
    })
    .expect("graph.json written");
    let dot = out.join("graph.dot");
    let mut lines = vec![];
    vbgraph::output::write_atomic_with(&dot, |w| {
        let f = g.file_ref(&[]);
        lines = vbgraph::render::dot::write_dot(w, "vbgraph", &f.nodes, &f.edges)?;
        Ok(())
    })
    .expect("graph.dot written");
    vbgraph::index::write(
        &out.join(vbgraph::index::INDEX_FILE),
        &g,
        &json,
        &layout,
        &dot,
        &lines,
    )
    .expect("graph.idx written");
    eprintln!(
        "wrote {}, {} and {} in {:.1} s",
        json.display(),
        dot.display(),
        out.join(vbgraph::index::INDEX_FILE).display(),
        t.elapsed().as_secs_f64()
    );
}

fn generate(n: usize, seed: u64) -> GraphFile {
    let mut rng = Rng(seed);
    let central_share: usize = CENTRAL.iter().map(|k| k.share).sum();
    let n_central = (n * central_share / 1000).max(CENTRAL.len());
    let n_local = n.saturating_sub(n_central);
    let years: Vec<i32> = YEARS.collect();
    let mut docs: Vec<Document> = Vec::with_capacity(n);
    // Next number by (scope, symbol, year): numbers restart every year.
    let mut numbers: BTreeMap<(String, &str, i32), u32> = BTreeMap::new();
    let mut number = |scope: &str, symbol: &'static str, year: i32| {
        let c = numbers
            .entry((scope.to_string(), symbol, year))
            .or_insert(0);
        *c += 1;
        *c
    };
    let mut make =
        |rng: &mut Rng, kind: &Kind, province: Option<&str>, district: Option<String>| {
            let year = years[rng.below(years.len())];
            let scope = match (province, &district) {
                (Some(p), Some(d)) => format!("{}/{}", slug(p), slug(d)),
                (Some(p), None) => slug(p),
                _ => "tw".to_string(),
            };
            let num = number(&scope, kind.symbol, year);
            let date = format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
            let issuer = match (kind.level, province, &district) {
                ("central-party", ..) => "Ban Chấp hành Trung ương Đảng".to_string(),
                ("central-state", ..) => "Thủ tướng Chính phủ".to_string(),
                ("provincial-party", Some(p), _) => format!("Tỉnh ủy {p}"),
                ("department", Some(p), _) => format!("Sở Giáo dục và Đào tạo tỉnh {p}"),
                (_, Some(p), Some(d)) => format!("UBND huyện {d}, tỉnh {p}"),
                (_, Some(p), None) if PROVINCES.iter().any(|x| x.name == p && x.city) => {
                    format!("UBND thành phố {p}")
                }
                (_, Some(p), None) => format!("UBND tỉnh {p}"),
                _ => "Chính phủ".to_string(),
            };
            Document {
                id: format!(
                    "vn/{scope}/{}/{year}/{num}",
                    slug(kind.symbol).replace(' ', "-")
                ),
                doc_type: Some(kind.doc_type.to_string()),
                number: Some(num.to_string()),
                symbol: Some(kind.symbol.to_string()),
                date: Some(date),
                year: Some(year),
                term: None,
                issuer: Some(issuer),
                province: province.map(str::to_string),
                district,
                system: Some(kind.system),
                level: kind.level.to_string(),
                title: Some(format!(
                "Về việc triển khai nhiệm vụ phát triển kinh tế - xã hội năm {year} (văn bản {num})"
            )),
                normative: false,
                source: Some(format!("{:03}/{:07}.txt", docs_len_hint(num), num)),
                mentions: vec![],
            }
        };
    for i in 0..n_central {
        let kind = &CENTRAL[i % CENTRAL.len()];
        docs.push(make(&mut rng, kind, None, None));
    }
    let local_share: usize = LOCAL.iter().map(|k| k.share).sum();
    for _ in 0..n_local {
        let mut pick = rng.below(local_share);
        let kind = LOCAL
            .iter()
            .find(|k| {
                if pick < k.share {
                    true
                } else {
                    pick -= k.share;
                    false
                }
            })
            .expect("shares add up");
        let p = PROVINCES[rng.below(PROVINCES.len())].name;
        let district = (kind.level == "district").then(|| format!("Huyện {}", 1 + rng.below(9)));
        docs.push(make(&mut rng, kind, Some(p), district));
    }
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    docs.dedup_by(|a, b| a.id == b.id);

    // Links: each local document implements an earlier document of the level above (of its
    // province, or central), rests on a central State document, and may continue its body's
    // earlier plan.
    let by_level = |docs: &[Document], level: &str| -> Vec<usize> {
        docs.iter()
            .enumerate()
            .filter(|(_, d)| d.level == level)
            .map(|(i, _)| i)
            .collect()
    };
    let central_party = by_level(&docs, "central-party");
    let central_state = by_level(&docs, "central-state");
    let mut by_province_level: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        if let Some(p) = &d.province {
            by_province_level
                .entry((p.as_str(), d.level.as_str()))
                .or_default()
                .push(i);
        }
    }
    let mut links: Vec<(usize, usize, Relation)> = vec![];
    let earlier = |rng: &mut Rng, pool: &[usize], docs: &[Document], date: &str| {
        for _ in 0..8 {
            if pool.is_empty() {
                return None;
            }
            let c = pool[rng.below(pool.len())];
            if docs[c].date.as_deref().unwrap_or("") < date {
                return Some(c);
            }
        }
        None
    };
    for i in 0..docs.len() {
        let d = &docs[i];
        let date = d.date.clone().unwrap_or_default();
        let parent_pool: Vec<usize> = match (d.level.as_str(), d.province.as_deref()) {
            ("central-party", _) | ("central-state", _) => vec![],
            ("provincial-party", _) => central_party.clone(),
            ("provincial-state", Some(p)) => by_province_level
                .get(&(p, "provincial-party"))
                .cloned()
                .unwrap_or_default(),
            ("department", Some(p)) | ("district", Some(p)) => by_province_level
                .get(&(p, "provincial-state"))
                .cloned()
                .unwrap_or_default(),
            _ => vec![],
        };
        if let Some(p) = earlier(&mut rng, &parent_pool, &docs, &date) {
            links.push((i, p, Relation::Implements));
        }
        if d.level != "central-party" && d.level != "central-state" {
            if let Some(c) = earlier(&mut rng, &central_state, &docs, &date) {
                links.push((i, c, Relation::BasedOn));
            }
            if rng.below(3) == 0 {
                if let Some(c) = earlier(&mut rng, &central_party, &docs, &date) {
                    links.push((i, c, Relation::Cites));
                }
            }
        } else if rng.below(2) == 0 {
            let pool = if d.level == "central-party" {
                &central_party
            } else {
                &central_state
            };
            if let Some(c) = earlier(&mut rng, pool, &docs, &date) {
                links.push((i, c, Relation::Continues));
            }
        }
    }
    links.sort_by_key(|&(a, b, _)| (a, b));
    links.dedup_by_key(|&mut (a, b, _)| (a, b));
    // Mentions and evidence: the sentence of the citing document.
    let mut edges = Vec::with_capacity(links.len());
    for &(a, b, r) in &links {
        let src: std::sync::Arc<str> = docs[a].source.clone().unwrap_or_default().into();
        let line = 10 + rng.below(40) as u32;
        let target = &docs[b];
        let surface = format!(
            "{} số {}/{}",
            target.doc_type.as_deref().unwrap_or(""),
            target.number.as_deref().unwrap_or(""),
            target.symbol.as_deref().unwrap_or("")
        );
        let text: vbgraph::text::Text = format!(
            "Thực hiện {surface} ngày {} của {}, {} xây dựng kế hoạch triển khai như sau.",
            vbgraph::resolve::display_date(target.date.as_deref().unwrap_or("")),
            target.issuer.as_deref().unwrap_or(""),
            docs[a].issuer.as_deref().unwrap_or("")
        )
        .into();
        docs[b].mentions.push(Mention {
            file: src.clone(),
            line,
            surface: surface.into(),
            text: text.clone(),
        });
        edges.push(Link {
            from: docs[a].id.as_str().into(),
            to: docs[b].id.as_str().into(),
            relation: r,
            evidence: vec![Evidence {
                file: src,
                line,
                text,
                relation: r,
            }],
        });
    }
    for d in &mut docs {
        d.mentions.sort();
    }
    GraphFile {
        schema: SCHEMA.to_string(),
        nodes: docs,
        edges,
        diagnostics: vec![],
    }
}

/// A folder number for a source file name.
fn docs_len_hint(num: u32) -> u32 {
    num % 1000
}
