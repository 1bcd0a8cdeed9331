//! The build as one pipeline: read the corpus, normalise, extract each file, resolve, build the
//! graph. Reading and extraction run in parallel, one file at a time per thread (rayon): a
//! file's text is dropped once extracted, so memory grows with what the files say, not with
//! their size. Results keep the files' sorted order, so builds are deterministic.

use crate::aliases::AliasTable;
use crate::graph::Graph;
use crate::model::{FileExtract, FileKind, GraphFile};
use crate::normalize::normalize;
use crate::{cache, extract, ingest, resolve};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a build made.
pub struct Built {
    pub graph: Graph,
    pub file: GraphFile,
    pub extracts: Vec<FileExtract>,
}

impl Built {
    pub fn primary_count(&self) -> usize {
        self.extracts
            .iter()
            .filter(|x| x.kind == FileKind::Primary)
            .count()
    }
}

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Files larger than this many bytes are left out with a diagnostic.
    pub max_file_size: u64,
    /// Show progress on stderr (only when it is a terminal).
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
    let (paths, mut diags) = ingest::list_corpus(dir)
        .with_context(|| format!("cannot read the corpus folder {}", dir.display()))?;
    let done = AtomicUsize::new(0);
    let total = paths.len();
    let show = opts.progress && std::io::stderr().is_terminal() && total > 200;
    let finished = std::sync::atomic::AtomicBool::new(false);
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
    let old = opts
        .cache
        .as_deref()
        .map(|p| cache::Cache::load(p, &stamp))
        .unwrap_or_default();
    type Row = (
        Option<FileExtract>,
        Vec<crate::model::Diagnostic>,
        String,
        Option<cache::Fingerprint>,
    );
    let results: Vec<Row> = std::thread::scope(|scope| {
        if show {
            scope.spawn(|| {
                while !finished.load(Ordering::Relaxed) {
                    eprint!("\rreading {}/{total} files", done.load(Ordering::Relaxed));
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                eprint!("\r\x1b[K");
            });
        }
        let r = paths
            .par_iter()
            .map(|p| {
                let fp = cache::fingerprint(p);
                let rel = ingest::rel_path(dir, p);
                if let Some(hit) = fp.and_then(|f| old.get(&rel, f)) {
                    done.fetch_add(1, Ordering::Relaxed);
                    return (hit.extract.clone(), hit.diagnostics.clone(), rel, fp);
                }
                let (input, d) = ingest::read_one(dir, p, opts.max_file_size);
                let x = input.map(|i| extract::extract(&i.rel, &normalize(&i.text), aliases));
                done.fetch_add(1, Ordering::Relaxed);
                (x, d, rel, fp)
            })
            .collect();
        finished.store(true, Ordering::Relaxed);
        r
    });
    let mut extracts = Vec::with_capacity(results.len());
    let mut fresh = cache::Cache::new(&stamp);
    for (x, d, rel, fp) in results {
        if let Some(fp) = fp {
            fresh.insert(rel, fp, x.clone(), d.clone());
        }
        diags.extend(d);
        extracts.extend(x);
    }
    if let Some(p) = &opts.cache {
        // A cache that cannot be written costs the next build time, nothing else.
        let _ = fresh.save(p);
    }
    for x in &extracts {
        diags.extend(x.diagnostics.iter().cloned());
    }
    let resolved = resolve::resolve(&extracts);
    let mut r = resolved;
    r.diagnostics.extend(diags);
    let (graph, diagnostics) = Graph::build(r);
    let file = graph.to_file(diagnostics);
    Ok(Built {
        graph,
        file,
        extracts,
    })
}
