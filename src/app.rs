//! The commands: validated options in, output and an exit code out. One place decides exit
//! codes: 0 done, 1 failed, 2 the query fits several documents (they are listed).

use crate::aliases::AliasTable;
use crate::cli::{
    BuildArgs, CheckArgs, Cli, Command, ExtractArgs, ExtractFormat, RenderArgs, RenderFormat,
    ReportArgs, ShowArgs, WalkArgs, WalkFormat,
};
use crate::graph::Graph;
use crate::model::{GraphFile, Level, Relation, SCHEMA};
use crate::output::{write_atomic, write_atomic_spared_large};
use crate::query::{self, Query, Walk, WalkOptions};
use crate::render::dot::to_dot;
use crate::resolve::display_date;
use anyhow::{bail, Context, Result};
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// `print!` to stdout that returns the error rather than panicking when stdout is closed
/// (`vbgraph implements "NQ 29" | head`): `main` ends quietly on a broken pipe.
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout().lock(), $($t)*)
    }};
}

/// `println!` as [`out!`] is `print!`.
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($t)*)
    }};
}

/// Exit code when a query fits several documents.
pub const AMBIGUOUS: u8 = 2;

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build(a) => build(a),
        Command::Lineage(a) => walk(a, Walk::Lineage),
        Command::Implements(a) => walk(a, Walk::Implements),
        Command::Show(a) => show(a),
        Command::Check(a) => check(a),
        Command::Extract(a) => extract(a),
        Command::Render(a) => render(a),
        Command::Report(a) => report(a),
    }
}

fn aliases_for(explicit: Option<&Path>, corpus: Option<&Path>) -> Result<AliasTable> {
    match explicit {
        Some(p) => AliasTable::with_user_file(p),
        None => match corpus
            .map(|d| d.join("aliases.toml"))
            .filter(|p| p.is_file())
        {
            Some(p) => AliasTable::with_user_file(&p),
            None => Ok(AliasTable::builtin()),
        },
    }
}

fn build(a: BuildArgs) -> Result<ExitCode> {
    if !a.dir.is_dir() {
        bail!(
            "the corpus folder {} does not exist; put the documents (.txt) in it or name another folder: vbgraph build DIR",
            a.dir.display()
        );
    }
    let aliases = aliases_for(a.aliases.as_deref(), Some(&a.dir))?;
    let label = format!("vbgraph: {}", a.dir.display());
    // The outputs in place and what the build that wrote them said, when they are intact.
    let record = (!a.no_cache)
        .then(|| crate::record::Record::load(&a.out))
        .flatten()
        .filter(|r| r.intact(&a.out, &label));
    let opts = crate::pipeline::BuildOptions {
        max_file_size: a.max_file_size.saturating_mul(1024 * 1024),
        progress: !a.quiet,
        cache: (!a.no_cache).then(|| a.out.join(CACHE_FILE)),
        stamp: format!("{:?}", aliases_stamp(&a)),
        outputs_from: record.as_ref().map(|r| r.cache_id),
        out: a.out.clone(),
        label: label.clone(),
        spill_from: Some(a.spill_from),
        exits_after: true,
    };
    remove_stale_temporaries(&a.out);
    let mut built = match crate::pipeline::build(&a.dir, &aliases, &opts)? {
        crate::pipeline::Outcome::Built(b) => *b,
        crate::pipeline::Outcome::Updated(u) => {
            print_summary(
                &a,
                &Summary {
                    files: u.files,
                    primary: u.primary,
                    nodes: u.nodes,
                    edges: u.edges,
                    diagnostics: &u.diagnostics,
                    extracted: u.extracted,
                },
            )?;
            outln!(
                "updated {} and {} (resolved again: {} of {} documents)",
                a.out.join("graph.json").display(),
                a.out.join("graph.dot").display(),
                u.resolved,
                u.nodes
            )?;
            return Ok(ExitCode::SUCCESS);
        }
        crate::pipeline::Outcome::Unchanged {
            cache_id,
            extracted,
        } => {
            let r = record.expect("outputs_from comes from the record");
            let r = if r.cache_id == cache_id {
                r
            } else {
                let r = r.with_cache(cache_id);
                let _ = r.save(&a.out);
                r
            };
            print_summary(
                &a,
                &Summary {
                    files: r.files,
                    primary: r.primary,
                    nodes: r.nodes,
                    edges: r.edges,
                    diagnostics: &r.diagnostics,
                    extracted,
                },
            )?;
            outln!(
                "kept {}, graph.dot and {}: no file says anything new since they were written",
                a.out.join("graph.json").display(),
                crate::index::INDEX_FILE
            )?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    if built.files == 0 {
        for d in &built.diagnostics {
            eprintln!("{d}");
        }
        bail!(
            "no readable document in {}: vbgraph reads .txt files in UTF-8",
            a.dir.display()
        );
    }
    // The record and the state of the outputs below are written only once they all are.
    let _ = std::fs::remove_file(a.out.join(crate::record::RECORD_FILE));
    crate::state::State::remove(&a.out);
    let mut laps = crate::timing::Laps::new();
    let bar = crate::pipeline::spinner(!a.quiet && built.graph.g.node_count() > 20_000);
    bar.set_message("writing graph.json, graph.dot and the query index");
    let json_path = a.out.join("graph.json");
    let dot_path = a.out.join("graph.dot");
    let state = built.state.take();
    let file = built.file();
    // graph.json is written on one core while graph.dot, then all of the index but where
    // things are in graph.json, are written on the other: on 1 GB of text they are 1.2 GB,
    // 0.5 GB and 60 MB.
    let (json, dot_idx) = rayon::join(
        || -> Result<crate::json::Layout> {
            let mut layout = crate::json::Layout::default();
            write_atomic_spared_large(&json_path, |w| {
                layout = crate::json::write_graph_json(w, &file)?;
                Ok(())
            })?;
            laps.lap("write graph.json");
            Ok(layout)
        },
        || -> Result<(crate::render::dot::StatementStarts, crate::index::Pending)> {
            let mut lines = vec![];
            write_atomic_spared_large(&dot_path, |w| {
                lines = crate::render::dot::write_dot(w, &label, &file.nodes, &file.edges)?;
                Ok(())
            })?;
            let pending = crate::index::begin_graph(
                &a.out.join(crate::index::INDEX_FILE),
                &built.graph,
                &file.edges,
            )?;
            Ok((lines, pending))
        },
    );
    let layout = json?;
    let (dot_lines, pending) = dot_idx?;
    pending.finish(&json_path, &layout, &dot_path, &dot_lines)?;
    bar.finish_and_clear();
    laps.lap("write graph.idx and .dot");
    // The cache of versions before 0.2 (JSON): replaced by CACHE_FILE.
    let _ = std::fs::remove_file(a.out.join(".vbgraph-cache.json"));
    if let (Some(id), Some(mut state)) = (built.cache_id, state) {
        state.cache_id = id;
        let _ = state.save(&a.out);
    }
    if let Some(id) = built.cache_id {
        let r = crate::record::Record::of_outputs(
            &a.out,
            id,
            &label,
            built.files,
            built.primary,
            file.nodes.len(),
            file.edges.len(),
            &built.diagnostics,
        );
        let _ = r.save(&a.out);
    }
    print_summary(
        &a,
        &Summary {
            files: built.files,
            primary: built.primary,
            nodes: file.nodes.len(),
            edges: file.edges.len(),
            diagnostics: &built.diagnostics,
            extracted: built.extracted,
        },
    )?;
    outln!(
        "wrote {} and {}",
        a.out.join("graph.json").display(),
        a.out.join("graph.dot").display()
    )?;
    // The process ends here: freeing the graph piece by piece would cost 20 ms of a 10k build
    // and 0.18 s of a 100k one, for memory the system takes back at once.
    std::mem::forget(file);
    std::mem::forget(built);
    Ok(ExitCode::SUCCESS)
}

/// What `build` reports.
struct Summary<'a> {
    files: usize,
    primary: usize,
    nodes: usize,
    edges: usize,
    diagnostics: &'a [crate::model::Diagnostic],
    extracted: Option<usize>,
}

/// How many diagnostics of one code `build` prints (unless `--all-diagnostics`): a national
/// corpus can have thousands of ambiguous short forms, which would bury the rest; `check`
/// lists them all.
const PRINTED_PER_CODE: usize = 20;

/// The diagnostics `build` prints, in their order, and for each code some of whose were left
/// out, its level and how many: errors always; warnings and notes unless `quiet`, at most
/// [`PRINTED_PER_CODE`] of a code unless `all`.
fn printed_diagnostics(
    diagnostics: &[crate::model::Diagnostic],
    quiet: bool,
    all: bool,
) -> (Vec<&crate::model::Diagnostic>, Vec<(&str, Level, usize)>) {
    let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
    let mut left: Vec<(&str, Level, usize)> = vec![];
    let mut out = vec![];
    for d in diagnostics {
        if d.level != Level::Error && quiet {
            continue;
        }
        let n = shown.entry(d.code.as_str()).or_default();
        if d.level == Level::Error || all || *n < PRINTED_PER_CODE {
            *n += 1;
            out.push(d);
        } else {
            match left
                .iter_mut()
                .find(|(c, l, _)| *c == d.code && *l == d.level)
            {
                Some((_, _, k)) => *k += 1,
                None => left.push((d.code.as_str(), d.level, 1)),
            }
        }
    }
    (out, left)
}

/// The diagnostics (only errors with `--quiet`) on stderr, then the counts on stdout.
fn print_summary(a: &BuildArgs, s: &Summary) -> Result<()> {
    let count = |l: Level| s.diagnostics.iter().filter(|d| d.level == l).count();
    let mut err = std::io::stderr().lock();
    let (shown, left) = printed_diagnostics(s.diagnostics, a.quiet, a.all_diagnostics);
    for d in shown {
        writeln!(err, "{d}")?;
    }
    if !left.is_empty() {
        let out = a.out.display().to_string();
        let check = if a.out == Path::new("graphs") {
            "vbgraph check".to_string()
        } else if out.contains(|c: char| c.is_whitespace() || "'\"$`\\".contains(c)) {
            format!("vbgraph check --graph '{}'", out.replace('\'', "'\\''"))
        } else {
            format!("vbgraph check --graph {out}")
        };
        for (code, level, n) in &left {
            writeln!(
                err,
                "... and {n} more {level}[{code}] (the first {PRINTED_PER_CODE} are above)"
            )?;
        }
        writeln!(
            err,
            "`{check}` lists every diagnostic, grouped; --all-diagnostics prints them all here"
        )?;
    }
    outln!(
        "read {} ({} documents' own texts, {} other texts): {} documents, {} links; {} errors, {} warnings, {} notes",
        plural(s.files, "file"),
        s.primary,
        s.files - s.primary,
        s.nodes,
        s.edges,
        count(Level::Error),
        count(Level::Warning),
        count(Level::Info)
    )?;
    if let Some(n) = s.extracted {
        outln!(
            "{} extracted again; the other {} unchanged since the last build (--no-cache reads all)",
            plural(n, "file"),
            s.files.saturating_sub(n)
        )?;
    }
    Ok(())
}

/// Removes the temporary files a killed build left in the output folder (`.graph.json.tmp123`):
/// outputs are written to such a file and renamed, so one that is left is of no use.
fn remove_stale_temporaries(out: &Path) {
    let ours = [
        "graph.json",
        "graph.dot",
        crate::index::INDEX_FILE,
        CACHE_FILE,
        crate::record::RECORD_FILE,
        crate::state::STATE_FILE,
    ];
    let Ok(entries) = std::fs::read_dir(out) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let stale = ours.iter().any(|o| {
            name.strip_prefix('.')
                .and_then(|n| n.strip_prefix(o))
                .and_then(|n| n.strip_prefix(".tmp"))
                .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
        });
        if stale {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// The extraction cache beside the graph.
pub const CACHE_FILE: &str = ".vbgraph-cache";

/// From this many files on, a build keeps the sentences (the evidence) in an unnamed file in
/// the output folder rather than on the heap (`text::enable_spill`): about 45 MB of sentences,
/// where memory starts to matter. At 10k files it saved 14 MB of 108 and cost 3.5 % of the
/// time (medians of 8 alternating runs), so smaller corpora keep them on the heap.
pub const SPILL_FROM_FILES: usize = 50_000;

/// What the alias files are now (their sizes and times): a change throws the cache away.
fn aliases_stamp(a: &BuildArgs) -> Vec<Option<crate::cache::Fingerprint>> {
    [a.aliases.clone(), Some(a.dir.join("aliases.toml"))]
        .into_iter()
        .flatten()
        .map(|p| crate::cache::fingerprint(&p))
        .collect()
}

/// `1 file`, `5 files`.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Reads the `graph.json` written by `build`, with errors that say what to do.
pub fn read_graph_file(dir: &Path) -> Result<GraphFile> {
    let p = dir.join("graph.json");
    let text = std::fs::read_to_string(&p).with_context(|| {
        format!(
            "no graph at {}: run `vbgraph build` first, or point to one with --graph DIR",
            p.display()
        )
    })?;
    let f: GraphFile = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not a vbgraph graph; rebuild it with `vbgraph build`",
            p.display()
        )
    })?;
    if f.schema != SCHEMA {
        bail!(
            "{} has schema {}, this vbgraph reads {}; rebuild it with `vbgraph build`",
            p.display(),
            f.schema,
            SCHEMA
        );
    }
    Ok(f)
}

/// Loads the graph written by `build`.
pub fn load(dir: &Path) -> Result<Graph> {
    Ok(Graph::from_file(&read_graph_file(dir)?))
}

/// The one document a query means, or the exit code after listing the several it fits.
fn pick(g: &Graph, text: &str) -> Result<std::result::Result<NodeIndex, ExitCode>> {
    let q = parse_query(text)?;
    let found = query::find(g, &q);
    let docs: Vec<&crate::model::Document> = found.iter().map(|&n| &g.g[n]).collect();
    let near = || {
        let all: Vec<String> = q
            .number
            .as_ref()
            .map(|n| {
                g.g.node_weights()
                    .filter(|d| {
                        d.number.as_deref().map(|x| x.trim_start_matches('0')) == Some(n.as_str())
                    })
                    .map(query::one_line)
                    .collect()
            })
            .unwrap_or_default();
        let total = all.len();
        (all, total)
    };
    Ok(choose(text, &docs, near)?.map(|i| found[i]))
}

fn parse_query(text: &str) -> Result<Query> {
    let q = Query::parse(text);
    if q.id.is_none() && q.number.is_none() {
        bail!("«{text}» names no document number; write it as 29-NQ/TW, \"NQ 29\", \"KH 156/2019\" or a full id");
    }
    Ok(q)
}

/// [`pick`] in the index: candidates by id or by number, then the same reading of the query.
fn pick_in_index(
    x: &crate::index::Index,
    text: &str,
) -> Result<std::result::Result<u32, ExitCode>> {
    let q = parse_query(text)?;
    let candidates: Vec<(u32, query::Facts)> = match (&q.id, &q.number) {
        (Some(id), _) => match x.by_id(id)? {
            Some(i) => vec![(i, x.facts(i)?)],
            None => vec![],
        },
        (None, Some(n)) => x.by_number(n)?,
        (None, None) => vec![],
    };
    // Only the documents whose facts fit are decoded (a number alone fits thousands).
    let fit: Vec<u32> = candidates
        .iter()
        .filter(|(_, f)| q.id.is_some() || q.matches_facts(f))
        .map(|(i, _)| *i)
        .collect();
    let mut docs: Vec<(u32, crate::model::Document)> = fit
        .into_iter()
        .map(|i| Ok((i, x.doc(i, false)?)))
        .collect::<Result<_>>()?;
    docs.retain(|(_, d)| q.matches(d));
    let near_docs = || {
        candidates
            .iter()
            .take(LIST_MAX)
            .filter_map(|(i, _)| x.doc(*i, false).ok())
            .map(|d| query::one_line(&d))
            .collect::<Vec<String>>()
    };
    let near_docs = || (near_docs(), candidates.len());
    docs.sort_by(|(_, a), (_, b)| {
        (a.date.as_deref().unwrap_or("9999"), &a.id)
            .cmp(&(b.date.as_deref().unwrap_or("9999"), &b.id))
    });
    let refs: Vec<&crate::model::Document> = docs.iter().map(|(_, d)| d).collect();
    Ok(choose(text, &refs, near_docs)?.map(|i| docs[i].0))
}

/// How many documents a query lists when it fits several (or none).
const LIST_MAX: usize = 30;

/// The one of `found` a query means (its position), or the exit code after listing them all.
fn choose(
    text: &str,
    found: &[&crate::model::Document],
    near: impl FnOnce() -> (Vec<String>, usize),
) -> Result<std::result::Result<usize, ExitCode>> {
    match found.len() {
        0 => {
            // The first of the documents with the number, and how many there are.
            let (near, total) = near();
            if near.is_empty() {
                bail!("no document matches «{text}»");
            }
            let more = match total.saturating_sub(near.len().min(LIST_MAX)) {
                0 => String::new(),
                n => format!("\n  … and {n} more"),
            };
            bail!(
                "no document matches «{text}»; documents with that number:\n  {}{more}",
                near[..near.len().min(LIST_MAX)].join("\n  ")
            );
        }
        1 => Ok(Ok(0)),
        n => {
            outln!("«{text}» fits {n} documents; say which (add the year, the symbol or the province, or use the id):")?;
            for (i, d) in found.iter().take(LIST_MAX).enumerate() {
                outln!(
                    "{:>3}. {}{}\n     {}",
                    i + 1,
                    query::one_line(d),
                    d.province
                        .as_ref()
                        .map(|p| format!(" · {p}"))
                        .unwrap_or_default(),
                    d.id
                )?;
            }
            if n > LIST_MAX {
                outln!("  … and {} more", n - LIST_MAX)?;
            }
            Ok(Err(ExitCode::from(AMBIGUOUS)))
        }
    }
}

/// What part of the graph a query command needs around its document.
#[derive(Debug, Clone, Copy)]
enum Around {
    /// What it descends from, within a depth.
    Lineage(Option<usize>),
    /// What implements it, within a depth.
    Implements(Option<usize>),
    /// Both.
    Both(Option<usize>),
    /// Its own links (show).
    Links,
}

/// The graph a query needs and the document the query means: read from the memory-mapped
/// index when `build` wrote one for this `graph.json`, else from `graph.json` (whole).
fn query_graph(
    dir: &Path,
    text: &str,
    around: Around,
    with_mentions: bool,
) -> Result<std::result::Result<(Graph, NodeIndex), ExitCode>> {
    let Some(x) = crate::index::Index::open(dir)? else {
        let g = load(dir)?;
        return Ok(pick(&g, text)?.map(|root| (g, root)));
    };
    let root = match pick_in_index(&x, text)? {
        Ok(r) => r,
        Err(code) => return Ok(Err(code)),
    };
    let (nodes, outgoing, incoming) = match around {
        Around::Lineage(d) => (x.closure(&[root], true, d)?, true, false),
        Around::Implements(d) => (x.closure(&[root], false, d)?, false, true),
        Around::Both(d) => {
            let mut v = x.closure(&[root], true, d)?;
            v.extend(x.closure(&[root], false, d)?.into_iter().skip(1));
            (v, true, true)
        }
        Around::Links => {
            let mut v = vec![root];
            for outgoing in [true, false] {
                v.extend(x.steps(root, outgoing)?.into_iter().map(|s| s.node));
            }
            v.sort_unstable();
            v.dedup();
            (v, true, true)
        }
    };
    let mut g = x.subgraph(&nodes, outgoing, incoming, with_mentions)?;
    let id = x.id(root)?;
    let r = *g
        .by_id
        .get(id)
        .context("the index is damaged; rebuild it with `vbgraph build`")?;
    if !with_mentions && matches!(around, Around::Links) {
        // `show` lists where the document is mentioned (walks do not: a central resolution
        // may be mentioned thousands of times).
        g.g[r].mentions = x.mentions(root)?;
    }
    Ok(Ok((g, r)))
}

/// The validated options of a walk.
fn walk_options(a: &WalkArgs) -> Result<WalkOptions> {
    let mut opts = WalkOptions {
        depth: a.depth,
        ..WalkOptions::default()
    };
    if !a.relation.is_empty() {
        opts.relations = a
            .relation
            .iter()
            .map(|r| {
                Relation::parse(r.trim()).ok_or_else(|| {
                    anyhow::anyhow!(
                        "unknown relation «{r}»; use implements, continues, based_on, amends, replaces, repeals, guides or cites"
                    )
                })
            })
            .collect::<Result<_>>()?;
    } else if a.with_cites {
        opts.relations.insert(Relation::Cites);
    }
    for p in &a.province {
        let name = crate::registry::province_named(p)
            .ok_or_else(|| anyhow::anyhow!("«{p}» is not a province name (e.g. \"Lạng Sơn\", \"lang son\", \"TP. Hồ Chí Minh\")"))?;
        opts.filter.provinces.push(name.to_string());
    }
    for l in &a.level {
        let l = l.trim().to_lowercase();
        if !crate::registry::LEVELS.contains(&l.as_str()) {
            bail!(
                "unknown level «{l}»; use one of {}",
                crate::registry::LEVELS.join(", ")
            );
        }
        opts.filter.levels.push(l);
    }
    let date = |d: &Option<String>, what: &str| -> Result<Option<String>> {
        match d {
            None => Ok(None),
            Some(d) => {
                let ok = regex::Regex::new(r"^\d{4}(-\d{2}(-\d{2})?)?$")
                    .expect("valid")
                    .is_match(d);
                if ok {
                    Ok(Some(d.clone()))
                } else {
                    bail!("--{what} takes a year or a date as YYYY-MM-DD, not «{d}»")
                }
            }
        }
    };
    opts.filter.since = date(&a.since, "since")?;
    opts.filter.until = date(&a.until, "until")?;
    Ok(opts)
}

fn walk(a: WalkArgs, w: Walk) -> Result<ExitCode> {
    let opts = walk_options(&a)?;
    let around = match w {
        Walk::Lineage => Around::Lineage(a.depth),
        Walk::Implements => Around::Implements(a.depth),
    };
    let json = matches!(a.format, WalkFormat::Json);
    let (g, root) = match query_graph(&a.q.graph, &a.q.query, around, json)? {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let (nodes, edges) = query::reach(&g, root, w, &opts);
    match a.format {
        WalkFormat::Text => {
            out!("{}", query::tree(&g, root, w, &opts))?;
            let others = nodes.len() - 1;
            let what = match w {
                Walk::Lineage => format!("{} above it", plural(others, "document")),
                Walk::Implements => match others {
                    1 => "1 document implements it, directly or through others".to_string(),
                    n => format!("{n} documents implement it, directly or through others"),
                },
            };
            outln!("\n{what}")?;
        }
        WalkFormat::Json => {
            let (docs, links) = query::subgraph(&g, &nodes, &edges);
            let v = serde_json::json!({
                "schema": SCHEMA,
                "query": a.q.query,
                "root": g.g[root].id,
                "nodes": docs,
                "edges": links,
            });
            outln!("{}", serde_json::to_string_pretty(&v)?)?;
        }
        WalkFormat::Dot => {
            let (docs, links) = query::subgraph(&g, &nodes, &edges);
            out!("{}", to_dot(&g.g[root].label(), &docs, &links))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn show(a: ShowArgs) -> Result<ExitCode> {
    let (g, n) = match query_graph(&a.q.graph, &a.q.query, Around::Links, false)? {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let d = &g.g[n];
    let out_edges: Vec<_> =
        g.g.edges_directed(n, Direction::Outgoing)
            .map(|e| e.weight())
            .collect();
    let in_edges: Vec<_> =
        g.g.edges_directed(n, Direction::Incoming)
            .map(|e| e.weight())
            .collect();
    if a.json {
        let v = serde_json::json!({ "node": d, "links_out": out_edges, "links_in": in_edges });
        outln!("{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut o = String::new();
    o.push_str(&format!("{}\n", d.label()));
    let row = |o: &mut String, k: &str, v: Option<String>| {
        if let Some(v) = v {
            o.push_str(&format!("  {k:<9} {v}\n"));
        }
    };
    row(&mut o, "id", Some(d.id.clone()));
    row(
        &mut o,
        "date",
        d.date
            .as_deref()
            .map(display_date)
            .or(d.year.map(|y| format!("năm {y}"))),
    );
    row(&mut o, "term", d.term.as_ref().map(|t| format!("khóa {t}")));
    row(&mut o, "issuer", d.issuer.clone());
    row(&mut o, "province", d.province.clone());
    if d.id.contains("/unscoped/") {
        row(
            &mut o,
            "scope",
            Some("unknown: the text does not say which body issued it".into()),
        );
    }
    row(&mut o, "title", d.title.clone());
    row(
        &mut o,
        "source",
        Some(
            d.source
                .clone()
                .unwrap_or_else(|| "(only cited; its own text is not in the corpus)".into()),
        ),
    );
    match d.mentions.len() {
        0 => o.push_str("\nNot mentioned in any other file.\n"),
        1 => o.push_str("\nMentioned once:\n"),
        n => o.push_str(&format!("\nMentioned {n} times:\n")),
    }
    for m in &d.mentions {
        o.push_str(&format!(
            "  {}:{}  «{}»\n      {}\n",
            m.file, m.line, m.surface, m.text
        ));
    }
    let mut link_rows = |title: &str, links: &[&crate::model::Link], outgoing: bool| {
        if links.is_empty() {
            return;
        }
        o.push_str(&format!("\n{title}:\n"));
        let mut rows: Vec<(String, String)> = links
            .iter()
            .map(|l| {
                let other = if outgoing { &l.to } else { &l.from };
                let od = &g.g[g.by_id[&**other]];
                let at: BTreeSet<String> = l
                    .evidence
                    .iter()
                    .map(|e| format!("{}:{}", e.file, e.line))
                    .collect();
                (
                    format!("{:<11} {}", l.relation.as_str(), query::one_line(od)),
                    at.into_iter().collect::<Vec<_>>().join(", "),
                )
            })
            .collect();
        rows.sort();
        for (r, at) in rows {
            o.push_str(&format!("  {r}\n      at {at}\n"));
        }
    };
    link_rows("It links to", &out_edges, true);
    link_rows("Documents that link to it", &in_edges, false);
    out!("{o}")?;
    Ok(ExitCode::SUCCESS)
}

/// Titles of the report's sections, by diagnostic code, in the order they are printed.
const CHECK_SECTIONS: &[(&str, &str)] = &[
    ("cycle", "Links that would close a cycle (left out)"),
    (
        "edge-to-later-document",
        "Links to a later document (left out)",
    ),
    (
        "ambiguous-reference",
        "References that fit several documents (not linked)",
    ),
    (
        "conflicting-date",
        "Documents dated differently in different places",
    ),
    (
        "conflicting-title",
        "Documents titled differently in different places",
    ),
    (
        "duplicate-source",
        "Two files that are the text of one document",
    ),
    (
        "unresolved-reference",
        "Short mentions that name no document of the corpus",
    ),
    ("unknown-title", "Titles missing from the alias table"),
];

fn check(a: CheckArgs) -> Result<ExitCode> {
    // The counts from the index and the diagnostics from graph.json's end: a national graph
    // is not parsed whole (1 GB of text: 8.3 s and 2.5 GB of memory, against a moment).
    let (nodes, edges, diagnostics) = match crate::index::Index::open(&a.graph)? {
        Some(x) => (x.node_count(), x.edge_count(), x.diagnostics()?),
        None => {
            let f = read_graph_file(&a.graph)?;
            (f.nodes.len(), f.edges.len(), f.diagnostics)
        }
    };
    let count = |l: Level| diagnostics.iter().filter(|d| d.level == l).count();
    outln!(
        "{} documents, {} links; {} errors, {} warnings, {} notes",
        nodes,
        edges,
        count(Level::Error),
        count(Level::Warning),
        count(Level::Info)
    )?;
    let known: BTreeSet<&str> = CHECK_SECTIONS.iter().map(|(c, _)| *c).collect();
    let mut sections: Vec<(String, Vec<&crate::model::Diagnostic>)> = CHECK_SECTIONS
        .iter()
        .map(|(code, title)| {
            (
                title.to_string(),
                diagnostics.iter().filter(|d| d.code == *code).collect(),
            )
        })
        .collect();
    sections.push((
        "Files".to_string(),
        diagnostics
            .iter()
            .filter(|d| !known.contains(d.code.as_str()))
            .collect(),
    ));
    for (title, list) in sections.iter().filter(|(_, l)| !l.is_empty()) {
        outln!("\n{title} ({}):", list.len())?;
        for d in list {
            let at = match (&d.file, d.line) {
                (Some(file), Some(line)) => format!("{file}:{line}"),
                (Some(file), None) => file.clone(),
                _ => String::new(),
            };
            outln!("  {:<7} {at}\n          {}", d.level.to_string(), d.message)?;
        }
    }
    if diagnostics.is_empty() {
        outln!("nothing to report")?;
    }
    if a.strict && count(Level::Error) > 0 {
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn extract(a: ExtractArgs) -> Result<ExitCode> {
    if !a.file.is_file() {
        bail!("{} is not a file", a.file.display());
    }
    let dir = a.file.parent().unwrap_or(Path::new("."));
    let (input, diags) = crate::ingest::read_one(dir, &a.file, u64::MAX);
    for d in &diags {
        eprintln!("{d}");
    }
    let Some(input) = input else {
        bail!("nothing to extract from {}", a.file.display());
    };
    let text = input.text;
    let aliases = aliases_for(a.aliases.as_deref(), None)?;
    let norm = crate::normalize::normalize(&text);
    let name = a
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let x = crate::extract::extract(&name, &norm, &aliases);
    match a.format {
        ExtractFormat::Json => outln!("{}", serde_json::to_string_pretty(&x)?)?,
        ExtractFormat::Text => {
            let resolved = crate::resolve::resolve(std::slice::from_ref(&x));
            let ids = resolved.ref_ids.into_iter().next().unwrap_or_default();
            out!("{}", crate::render::text::extract_report(&x, &norm, &ids))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn render(a: RenderArgs) -> Result<ExitCode> {
    let (g, (nodes, edges, name)) = match graph_around(&a.graph, a.query.as_deref(), a.with_cites)?
    {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let (docs, links) = query::subgraph(&g, &nodes, &edges);
    let links = if a.reduce {
        query::reduce(&links)
    } else {
        links
    };
    let dot_opts = crate::render::dot::DotOptions {
        legend: true,
        clusters: a.clusters,
    };
    let dot_text = || crate::render::dot::to_dot_opts(&name, &docs, &links, &dot_opts);
    let counts = (docs.len(), links.len());
    let picture = matches!(
        a.format,
        RenderFormat::Svg | RenderFormat::Png | RenderFormat::Pdf
    );
    if let Some(why) = too_large_to_lay_out(counts.0, "render").filter(|_| picture && !a.force) {
        bail!("{why}; --force lays it out anyway");
    }
    let bytes = match a.format {
        RenderFormat::Dot => dot_text().into_bytes(),
        RenderFormat::Json => {
            // Laid out as graph.json is.
            crate::json::to_graph_json(&crate::model::GraphFileRef {
                schema: SCHEMA,
                nodes: docs,
                edges: links,
                diagnostics: &[],
            })?
        }
        RenderFormat::Mermaid => crate::render::mermaid::to_mermaid(&docs, &links).into_bytes(),
        RenderFormat::Graphml => crate::render::graphml::to_graphml(&docs, &links).into_bytes(),
        RenderFormat::NodeLink => {
            (serde_json::to_string_pretty(&crate::render::nodelink::to_node_link(&docs, &links))?
                + "\n")
                .into_bytes()
        }
        RenderFormat::Csv => {
            std::fs::create_dir_all(&a.output)
                .with_context(|| format!("cannot create the folder {}", a.output.display()))?;
            write_atomic(
                &a.output.join("nodes.csv"),
                crate::render::csv::nodes_csv(&docs).as_bytes(),
            )?;
            write_atomic(
                &a.output.join("edges.csv"),
                crate::render::csv::edges_csv(&links).as_bytes(),
            )?;
            eprintln!(
                "wrote {} and {} ({} documents, {} links)",
                a.output.join("nodes.csv").display(),
                a.output.join("edges.csv").display(),
                counts.0,
                counts.1
            );
            return Ok(ExitCode::SUCCESS);
        }
        RenderFormat::Svg => match run_dot(&dot_text(), "svg", counts) {
            Ok(bytes) => bytes,
            Err(gv) => crate::render::svg::svg_without_graphviz(&docs, &links)
                .map_err(|e| anyhow::anyhow!("{e} ({gv:#})"))?
                .into_bytes(),
        },
        RenderFormat::Png => run_dot(&dot_text(), "png", counts)?,
        RenderFormat::Pdf => run_dot(&dot_text(), "pdf", counts)?,
    };
    write_atomic(&a.output, &bytes)?;
    eprintln!(
        "wrote {} ({} documents, {} links)",
        a.output.display(),
        counts.0,
        counts.1
    );
    Ok(ExitCode::SUCCESS)
}

/// The documents and links of QUERY's neighbourhood, or of the whole graph.
type Selection = (Vec<NodeIndex>, Vec<petgraph::graph::EdgeIndex>, String);

fn neighbourhood(g: &Graph, root: Option<NodeIndex>, opts: &WalkOptions) -> Selection {
    match root {
        Some(root) => {
            let (n1, e1) = query::reach(g, root, Walk::Lineage, opts);
            let (n2, e2) = query::reach(g, root, Walk::Implements, opts);
            let nodes: BTreeSet<NodeIndex> = n1.into_iter().chain(n2).collect();
            let edges: BTreeSet<_> = e1.into_iter().chain(e2).collect();
            (
                nodes.into_iter().collect(),
                edges.into_iter().collect(),
                g.g[root].label(),
            )
        }
        None => (
            g.g.node_indices().collect(),
            g.g.edge_references()
                .filter(|e| opts.relations.contains(&e.weight().relation))
                .map(|e| e.id())
                .collect(),
            "vbgraph".to_string(),
        ),
    }
}

/// What `render` and `report` draw: QUERY's neighbourhood (read from the index when there is
/// one) or the whole graph, following typed links and, with `with_cites`, plain mentions.
fn graph_around(
    dir: &Path,
    query: Option<&str>,
    with_cites: bool,
) -> Result<std::result::Result<(Graph, Selection), ExitCode>> {
    let found = match query {
        Some(q) => query_graph(dir, q, Around::Both(None), true)?.map(|(g, r)| (g, Some(r))),
        None => Ok((load(dir)?, None)),
    };
    let (g, root) = match found {
        Ok(x) => x,
        Err(code) => return Ok(Err(code)),
    };
    let mut opts = WalkOptions::default();
    if with_cites {
        opts.relations.insert(Relation::Cites);
    }
    let selection = neighbourhood(&g, root, &opts);
    Ok(Ok((g, selection)))
}

/// An SVG of documents and links: Graphviz when installed, else the pure-Rust layout (small
/// graphs only).
fn picture(
    name: &str,
    docs: &[&crate::model::Document],
    links: &[&crate::model::Link],
    legend: bool,
) -> Result<String> {
    if let Some(why) = too_large_to_lay_out(docs.len(), "report") {
        bail!("{why}");
    }
    match run_dot(
        &crate::render::dot::to_dot_with(name, docs, links, legend),
        "svg",
        (docs.len(), links.len()),
    ) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(gv) => crate::render::svg::svg_without_graphviz(docs, links)
            .map_err(|e| anyhow::anyhow!("{e} ({gv:#})")),
    }
}

fn report(a: ReportArgs) -> Result<ExitCode> {
    let (g, (nodes, edges, name)) = match graph_around(&a.graph, a.query.as_deref(), a.with_cites)?
    {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let (docs, links) = query::subgraph(&g, &nodes, &edges);
    let title = match (&a.title, &a.query) {
        (Some(t), _) => t.clone(),
        (None, Some(_)) => name.clone(),
        (None, None) => "vbgraph: documents and links".to_string(),
    };
    let svg = match picture(&name, &docs, &links, false) {
        Ok(svg) => svg,
        Err(e) => {
            eprintln!("note: the report has no diagram: {e:#}");
            String::new()
        }
    };
    let html = crate::render::report::report_html(&title, &docs, &links, &svg);
    write_atomic(&a.output, html.as_bytes())?;
    eprintln!(
        "wrote {} ({} documents, {} links)",
        a.output.display(),
        docs.len(),
        links.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// From this many documents on, Graphviz's layout takes minutes, and grows faster than the
/// graph (2 cores, `dot -Tsvg`: 4,031 documents 8 s, 9,701 documents 76 s, 14,214 documents
/// more than 2 minutes): a note says so before it starts.
const LAYOUT_SLOW: usize = 2_000;

/// Past this many documents a layout takes many minutes to hours (a national graph: days), and
/// the picture is too dense to read: `render` refuses unless `--force`, `report` leaves it out.
const LAYOUT_MAX: usize = 10_000;

/// Why a graph of `docs` documents is not laid out (unless forced), with what to do instead
/// (`command`: the one that asked, `render` or `report`).
fn too_large_to_lay_out(docs: usize, command: &str) -> Option<String> {
    (docs > LAYOUT_MAX).then(|| {
        format!(
            "{docs} documents are too many to lay out as a picture (more than {LAYOUT_MAX}: \
             Graphviz would take many minutes to hours, and the drawing could not be read); \
             draw a document's neighbourhood (`vbgraph {command} \"NQ 29\" ...`), or export \
             the whole graph for a graph tool (`vbgraph render --format graphml`, csv, json)"
        )
    })
}

/// Runs Graphviz's `dot` on a DOT text of `docs` documents and `links` links, with a note
/// first when the layout will be slow, and a spinner on a terminal while it runs.
fn run_dot(dot: &str, format: &str, (docs, links): (usize, usize)) -> Result<Vec<u8>> {
    let mut child = std::process::Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot run Graphviz's `dot` ({e}); install Graphviz (Debian/Ubuntu: apt-get install graphviz) or render --format dot and convert it elsewhere"
            )
        })?;
    if docs >= LAYOUT_SLOW {
        eprintln!(
            "note: Graphviz is laying out {docs} documents and {links} links: about a minute for \
             10,000 documents, more past that; a document's neighbourhood draws in a moment"
        );
    }
    let bar = crate::pipeline::spinner_saying(docs >= LAYOUT_SLOW, "laying out with Graphviz");
    // Written from a thread of its own while stdout and stderr are read: `dot` may write (its
    // warnings) before it has read everything, and two full pipes would wait on each other.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let out = std::thread::scope(|s| {
        let writer = s.spawn(move || stdin.write_all(dot.as_bytes()));
        let out = child.wait_with_output();
        (writer.join(), out)
    });
    bar.finish_and_clear();
    let (written, out) = out;
    let out = out?;
    if !out.status.success() {
        bail!(
            "Graphviz's dot failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // (A write that failed because `dot` stopped reading is told by its exit status; this is
    // an error of its own, not the broken pipe of our stdout that `main` lets pass.)
    written
        .expect("the writer does not panic")
        .map_err(|e| anyhow::anyhow!("could not hand the graph to Graphviz's dot: {e}"))?;
    Ok(out.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Diagnostic;

    #[test]
    fn build_prints_some_of_each_kind_and_counts_the_rest() {
        let mut all = vec![];
        for i in 0..PRINTED_PER_CODE + 5 {
            all.push(Diagnostic::new(
                Level::Warning,
                "ambiguous-reference",
                format!("a{i}"),
            ));
            if i < 3 {
                all.push(Diagnostic::new(
                    Level::Info,
                    "unresolved-reference",
                    format!("u{i}"),
                ));
            }
        }
        for i in 0..PRINTED_PER_CODE + 2 {
            all.push(Diagnostic::new(
                Level::Error,
                "unreadable-file",
                format!("e{i}"),
            ));
        }
        let (shown, left) = printed_diagnostics(&all, false, false);
        let count = |code: &str| shown.iter().filter(|d| d.code == code).count();
        assert_eq!(count("ambiguous-reference"), PRINTED_PER_CODE);
        assert_eq!(count("unresolved-reference"), 3);
        // Errors are all printed.
        assert_eq!(count("unreadable-file"), PRINTED_PER_CODE + 2);
        assert_eq!(left, [("ambiguous-reference", Level::Warning, 5)]);
        // In their order: the first of each code.
        assert_eq!(shown[0].message, "a0");
        assert_eq!(shown[1].message, "u0");
        let (shown, left) = printed_diagnostics(&all, false, true);
        assert_eq!(shown.len(), all.len());
        assert!(left.is_empty());
        // Quiet: errors only, nothing counted as left out.
        let (shown, left) = printed_diagnostics(&all, true, false);
        assert!(shown.iter().all(|d| d.level == Level::Error));
        assert!(left.is_empty());
    }
}
