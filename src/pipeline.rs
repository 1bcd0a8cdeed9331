//! The build as one pipeline: read the corpus, normalise, extract each file, resolve, build the
//! graph. Extraction is a pure function of one file, so this is where parallelism will go.

use crate::aliases::AliasTable;
use crate::graph::Graph;
use crate::model::{FileExtract, FileKind, GraphFile};
use crate::normalize::normalize;
use crate::{extract, ingest, resolve};
use anyhow::{Context, Result};
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
    let (inputs, mut diags) = ingest::read_corpus(dir)
        .with_context(|| format!("cannot read the corpus folder {}", dir.display()))?;
    let extracts: Vec<FileExtract> = inputs
        .iter()
        .map(|i| extract::extract(&i.rel, &normalize(&i.text), aliases))
        .collect();
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
