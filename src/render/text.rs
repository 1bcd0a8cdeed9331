//! Text reports for people checking the extractor by eye.

use crate::model::{DocDesc, Endpoint, FileExtract, FileKind, RefForm};
use crate::resolve::display_date;
use std::fmt::Write;

fn desc_line(d: &DocDesc) -> String {
    let mut parts = vec![];
    let code = match (&d.number, &d.symbol) {
        // (A document known by its title, see [`crate::resolve::TITLED`].)
        (Some(n), _) if n.starts_with(crate::resolve::TITLED) => String::from("(no number)"),
        (Some(n), Some(s)) if d.system == Some(crate::model::System::Party) => format!("{n}-{s}"),
        (Some(n), Some(s)) => match (d.normative, d.year) {
            (true, Some(y)) => format!("{n}/{y}/{s}"),
            _ => format!("{n}/{s}"),
        },
        (Some(n), None) => format!("{n} (no symbol)"),
        _ => String::from("(no number)"),
    };
    parts.push(format!("{} {code}", d.doc_type.as_deref().unwrap_or("?")));
    if let Some(date) = &d.date {
        parts.push(display_date(date));
    } else if let Some(y) = d.year {
        parts.push(format!("năm {y}"));
    }
    if let Some(t) = &d.term {
        parts.push(format!("khóa {t}"));
    }
    if let Some(i) = &d.issuer {
        parts.push(i.clone());
    }
    match &d.scope {
        Some(crate::model::Scope::Central) => parts.push("central".into()),
        Some(crate::model::Scope::Province(p)) => parts.push(format!("province {p}")),
        Some(crate::model::Scope::District { province, district }) => parts.push(format!(
            "{} {district}, province {}",
            if crate::registry::is_commune(district) {
                "commune"
            } else {
                "district"
            },
            province.as_deref().unwrap_or("unknown")
        )),
        _ => parts.push("scope unknown".into()),
    }
    parts.join(" · ")
}

/// The extract of one file as a readable report: identity, the text with each reference marked
/// `[#n ...]`, then each reference with its span, reading and the document it resolves to
/// (`ids`, one per reference, from resolving this file alone), then the stated relations.
pub fn extract_report(x: &FileExtract, text: &str, ids: &[Option<String>]) -> String {
    let mut o = String::new();
    let kind = match x.kind {
        FileKind::Primary => "the text of a document",
        FileKind::News => "a text about documents (news, portal page)",
    };
    let _ = writeln!(o, "{}: {kind}", x.file);
    if let Some(own) = &x.own {
        let _ = writeln!(o, "  is      {}", desc_line(own));
        if let Some(t) = &own.title {
            let _ = writeln!(o, "  title   {t}");
        }
        if let Some(l) = x.own_line {
            let _ = writeln!(o, "  number  at line {l}");
        }
    }
    if let Some(p) = &x.province {
        let _ = writeln!(o, "  province of the text: {p}");
    }
    if let Some(p) = &x.published {
        let _ = writeln!(o, "  dateline: {}", display_date(p));
    }
    if let Some(f) = x.furniture_from {
        let _ = writeln!(o, "  page furniture from line {f} (after the signature)");
    }
    let _ = writeln!(o, "\nThe text, references marked:");
    let mut marked = String::new();
    let mut at = 0;
    for (i, r) in x.references.iter().enumerate() {
        let (start, end) = (r.start as usize, r.end as usize);
        if start < at {
            continue;
        }
        marked.push_str(&text[at..start]);
        marked.push_str(&format!("[#{i} {}]", &text[start..end]));
        at = end;
    }
    marked.push_str(&text[at..]);
    let ref_lines: std::collections::BTreeSet<usize> =
        x.references.iter().map(|r| r.line as usize).collect();
    for (n, line) in marked.split('\n').enumerate() {
        if ref_lines.contains(&(n + 1)) {
            let _ = writeln!(o, "  {:>4} | {line}", n + 1);
        }
    }
    let _ = writeln!(o, "\n{} references:", x.references.len());
    for (i, r) in x.references.iter().enumerate() {
        let form = match r.form {
            RefForm::Full => "",
            RefForm::Short => " [short form]",
            RefForm::Title => " [by title]",
        };
        let mut flags = String::new();
        if r.is_self {
            flags.push_str(" [this document]");
        }
        if r.furniture {
            flags.push_str(" [page furniture]");
        }
        let _ = writeln!(
            o,
            "  #{i:<3} line {:<4} bytes {}..{}  «{}»{form}{flags}",
            r.line, r.start, r.end, r.surface
        );
        let _ = writeln!(o, "        reads  {}", desc_line(&r.desc));
        match ids.get(i).cloned().flatten() {
            Some(id) => {
                let _ = writeln!(o, "        is     {id}");
            }
            None => {
                let _ = writeln!(o, "        is     (not decided from this file alone; `vbgraph build` resolves it against the corpus)");
            }
        }
        if let Some(d) = r.defined_as {
            let _ = writeln!(o, "        stands for #{d} (defined short form)");
        }
        if r.form == RefForm::Title && r.desc.number.is_none() {
            let _ = writeln!(
                o,
                "        → undecided among {} table entries",
                r.alias_candidates.len()
            );
        }
    }
    let _ = writeln!(o, "\n{} relations stated:", x.relations.len());
    for rel in &x.relations {
        let from = match rel.from {
            Endpoint::This => "this document".to_string(),
            Endpoint::Ref(i) => format!("#{i} «{}»", x.references[i as usize].surface),
        };
        let cue = if rel.cue.is_empty() {
            String::new()
        } else {
            format!(" (cue: {})", rel.cue)
        };
        let title = if rel.in_title {
            " [title]"
        } else if rel.in_preamble {
            " [preamble]"
        } else {
            ""
        };
        let _ = writeln!(
            o,
            "  line {:<4} {from} —{}→ #{} «{}»{cue}{title}",
            rel.line, rel.relation, rel.to, x.references[rel.to as usize].surface
        );
    }
    o
}
