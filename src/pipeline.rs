//! The build as one pipeline: read the corpus, normalise, extract each file, resolve, build the
//! graph. Reading and extraction run in parallel, one file at a time per thread (rayon): a
//! file's text is dropped once extracted, so memory grows with what the files say, not with
//! their size. Results keep the files' sorted order, so builds are deterministic.

use crate::aliases::AliasTable;
use crate::graph::Graph;
use crate::model::{FileExtract, FileKind, GraphFileRef};
use crate::normalize::normalize_owned;
use crate::{cache, extract, ingest, resolve};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a build made.
pub struct Built {
    pub graph: Graph,
    /// Diagnostics of every stage, sorted.
    pub diagnostics: Vec<crate::model::Diagnostic>,
    /// Files read and extracted.
    pub files: usize,
    /// Of those, the documents' own texts ([`FileKind::Primary`]).
    pub primary: usize,
    /// Files extracted by this build; the others came from the last build's cache. `None` when
    /// there was no usable cache.
    pub extracted: Option<usize>,
}

impl Built {
    /// `graph.json` as written, borrowing the graph's documents and links.
    pub fn file(&self) -> GraphFileRef<'_> {
        self.graph.file_ref(&self.diagnostics)
    }
}

/// A progress bar on stderr for `total` files, drawn only when `show` and stderr is a terminal.
fn progress_bar(show: bool, total: u64) -> ProgressBar {
    if !show || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(
            "reading {pos}/{len} files [{bar:30}] {elapsed}, about {eta} left",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    bar
}

/// Turns `bar` into a spinner that says what is being done (a long step without a count).
pub fn spin(bar: &ProgressBar, what: &'static str) {
    if bar.is_hidden() {
        return;
    }
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("a valid template"),
    );
    bar.set_message(what);
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
}

/// A spinner for the steps after the build (writing the outputs), when `show` and stderr is a
/// terminal.
pub fn spinner(show: bool) -> ProgressBar {
    let bar = progress_bar(show, 0);
    spin(&bar, "writing");
    bar
}

/// What the reading did, counted across threads.
#[derive(Default)]
struct Counts {
    /// Files whose size or time differ from the cache's (or that it does not have): read.
    read_again: AtomicUsize,
    /// Files whose text was extracted (not taken from the cache).
    extracted: AtomicUsize,
}

/// One file's outcome.
struct Row {
    extract: Option<FileExtract>,
    diagnostics: Vec<crate::model::Diagnostic>,
    rel: String,
    fp: Option<cache::Fingerprint>,
    hash: Option<u64>,
}

/// Reads and extracts one file, or takes what the last build said of it: without reading it
/// when its size and time are unchanged, after reading it when its text is unchanged.
fn read_file(
    p: &Path,
    rel: String,
    entry: Option<cache::Entry>,
    aliases: &AliasTable,
    opts: &BuildOptions,
    counts: &Counts,
) -> Row {
    // One stat per file: the cache's fingerprint (as `cache::fingerprint`) and the size limit.
    let meta = std::fs::metadata(p).ok();
    let fp = meta.as_ref().and_then(|m| {
        let t = m
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        Some((m.len(), t.as_nanos()))
    });
    let from_cache = |e: cache::Entry, rel: String, hash| Row {
        extract: e.extract,
        diagnostics: e.diagnostics,
        rel,
        fp,
        hash,
    };
    if let Some(e) = entry.as_ref().filter(|e| fp == Some((e.size, e.mtime))) {
        let hash = e.hash;
        return from_cache(entry.expect("checked"), rel, hash);
    }
    counts.read_again.fetch_add(1, Ordering::Relaxed);
    let (input, diagnostics) =
        ingest::read_one_at(p, rel.clone(), meta.as_ref(), opts.max_file_size);
    let Some(input) = input else {
        return Row {
            extract: None,
            diagnostics,
            rel,
            fp,
            hash: None,
        };
    };
    let text = normalize_owned(input.text);
    let hash = cache::text_hash(&text);
    match entry {
        Some(e) if e.hash == Some(hash) => from_cache(e, rel, Some(hash)),
        _ => Row {
            extract: Some({
                counts.extracted.fetch_add(1, Ordering::Relaxed);
                extract::extract(&input.rel, &text, aliases)
            }),
            diagnostics,
            rel,
            fp,
            hash: Some(hash),
        },
    }
}

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Files larger than this many bytes are left out with a diagnostic.
    pub max_file_size: u64,
    /// Show a progress bar on stderr (only when it is a terminal and the corpus has more than
    /// 200 files).
    pub progress: bool,
    /// Where to keep what each file said, so that an unchanged file is not read again.
    pub cache: Option<std::path::PathBuf>,
    /// What the extraction depends on besides the files (the alias table): a different stamp
    /// throws the cache away.
    pub stamp: String,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            max_file_size: ingest::DEFAULT_MAX_FILE_SIZE,
            progress: false,
            cache: None,
            stamp: String::new(),
        }
    }
}

/// Builds the graph of every document under `dir`.
pub fn build(dir: &Path, aliases: &AliasTable, opts: &BuildOptions) -> Result<Built> {
    let mut laps = crate::timing::Laps::new();
    let (paths, mut diags) = ingest::list_corpus(dir)
        .with_context(|| format!("cannot read the corpus folder {}", dir.display()))?;
    let total = paths.len();
    let bar = progress_bar(opts.progress && total > 200, total as u64);
    // The program itself is part of the stamp: another build of vbgraph may extract otherwise.
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| cache::fingerprint(&p));
    let stamp = format!(
        "{} {exe:?} {} {}",
        env!("CARGO_PKG_VERSION"),
        opts.stamp,
        opts.max_file_size
    );
    let mut old = opts
        .cache
        .as_deref()
        .map(|p| cache::Cache::load(p, &stamp))
        .unwrap_or_default();
    let cached_files = old.len();
    // Each file with what the last build said of it (taken out of the cache, not copied).
    let jobs: Vec<(&std::path::PathBuf, String, Option<cache::Entry>)> = paths
        .iter()
        .map(|p| {
            let rel = ingest::rel_path(dir, p);
            let e = old.take(&rel);
            (p, rel, e)
        })
        .collect();
    drop(old);
    laps.lap("list + load cache");
    let counts = Counts::default();
    let pool = crate::model::DescPool::default();
    let results: Vec<Row> = jobs
        .into_par_iter()
        .map(|(p, rel, entry)| {
            let mut row = read_file(p, rel, entry, aliases, opts, &counts);
            if let Some(x) = row.extract.as_mut() {
                pool.share(x);
            }
            bar.inc(1);
            row
        })
        .collect();
    drop(pool);
    laps.lap("read + extract");
    spin(&bar, "resolving references");
    // Save the cache (when anything changed) while resolving.
    let dirty = counts.read_again.load(Ordering::Relaxed) > 0 || cached_files != results.len();
    let save = || {
        if let (Some(p), true) = (&opts.cache, dirty) {
            let files = results
                .iter()
                .filter_map(|r| {
                    r.fp.map(|(size, mtime)| {
                        (
                            r.rel.as_str(),
                            cache::EntryRef {
                                size,
                                mtime,
                                hash: r.hash,
                                extract: r.extract.as_ref(),
                                diagnostics: &r.diagnostics,
                            },
                        )
                    })
                })
                .collect();
            // A cache that cannot be written costs the next build time, nothing else.
            let _ = cache::Cache::save(p, &stamp, files);
        }
    };
    let resolved = {
        let extracts: Vec<&FileExtract> =
            results.iter().filter_map(|r| r.extract.as_ref()).collect();
        let (_, resolved) = rayon::join(save, || resolve::resolve_refs(&extracts));
        resolved
    };
    laps.lap("save cache + resolve");
    let mut files = 0;
    let mut primary = 0;
    for r in results {
        diags.extend(r.diagnostics);
        if let Some(x) = r.extract {
            files += 1;
            primary += usize::from(x.kind == FileKind::Primary);
            diags.extend(x.diagnostics);
        }
    }
    let mut r = resolved;
    r.diagnostics.extend(diags);
    spin(&bar, "building the graph");
    let (graph, diagnostics) = Graph::build(r);
    bar.finish_and_clear();
    laps.lap("graph");
    Ok(Built {
        graph,
        diagnostics,
        files,
        primary,
        extracted: (cached_files > 0).then(|| counts.extracted.load(Ordering::Relaxed)),
    })
}
