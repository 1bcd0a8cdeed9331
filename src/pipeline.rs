//! The build as one pipeline: read the corpus, normalise, extract each file, resolve, build the
//! graph. Reading and extraction run in parallel, one file at a time per thread (rayon): a
//! file's text is dropped once extracted, so memory grows with what the files say, not with
//! their size. Results keep the files' sorted order, so builds are deterministic.

use crate::aliases::AliasTable;
use crate::graph::Graph;
use crate::model::{FileExtract, FileKind, GraphFile};
use crate::normalize::normalize;
use crate::{extract, ingest, resolve};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::path::Path;

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

/// Builds the graph of every document under `dir`.
pub fn build(dir: &Path, aliases: &AliasTable) -> Result<Built> {
    let (paths, mut diags) = ingest::list_corpus(dir)
        .with_context(|| format!("cannot read the corpus folder {}", dir.display()))?;
    let results: Vec<(Option<FileExtract>, Vec<crate::model::Diagnostic>)> = paths
        .par_iter()
        .map(|p| {
            let (input, d) = ingest::read_one(dir, p);
            let x = input.map(|i| extract::extract(&i.rel, &normalize(&i.text), aliases));
            (x, d)
        })
        .collect();
    let mut extracts = Vec::with_capacity(results.len());
    for (x, d) in results {
        diags.extend(d);
        extracts.extend(x);
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
