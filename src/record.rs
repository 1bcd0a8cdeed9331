//! The build record: what the last `build` wrote into the output folder, and from which cache.
//! When a rebuild finds every file saying what it said then, and the outputs are still the ones
//! the record describes (same size and time, same corpus folder), it keeps them instead of
//! resolving and writing everything again, and prints the summary and diagnostics recorded here.

use crate::model::Diagnostic;
use crate::output::write_atomic;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Beside the outputs, in the output folder.
pub const RECORD_FILE: &str = ".vbgraph-build";

const FORMAT: &str = "vbgraph-build/1";

/// The outputs a build writes, by file name.
const OUTPUTS: [&str; 3] = ["graph.json", "graph.dot", crate::index::INDEX_FILE];

/// What a build wrote and said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    format: String,
    /// The cache the outputs were made from.
    pub cache_id: u64,
    /// The title of graph.dot, which names the corpus folder.
    pub label: String,
    /// Size and time of each output, in [`OUTPUTS`] order.
    outputs: Vec<Option<crate::cache::Fingerprint>>,
    pub files: usize,
    pub primary: usize,
    pub nodes: usize,
    pub edges: usize,
    pub diagnostics: Vec<Diagnostic>,
}

impl Record {
    /// The record of the outputs now in `out`.
    #[allow(clippy::too_many_arguments)]
    pub fn of_outputs(
        out: &Path,
        cache_id: u64,
        label: &str,
        files: usize,
        primary: usize,
        nodes: usize,
        edges: usize,
        diagnostics: &[Diagnostic],
    ) -> Record {
        Record {
            format: FORMAT.into(),
            cache_id,
            label: label.into(),
            outputs: stamps(out),
            files,
            primary,
            nodes,
            edges,
            diagnostics: diagnostics.to_vec(),
        }
    }

    /// The record in `out`, when there is one of this format.
    pub fn load(out: &Path) -> Option<Record> {
        let b = std::fs::read(out.join(RECORD_FILE)).ok()?;
        postcard::from_bytes::<Record>(&b)
            .ok()
            .filter(|r| r.format == FORMAT)
    }

    /// Whether the outputs in `out` are those this record describes, for the corpus `label`
    /// names.
    pub fn intact(&self, out: &Path, label: &str) -> bool {
        self.label == label
            && self.outputs.iter().all(Option::is_some)
            && self.outputs == stamps(out)
    }

    /// Writes the record into `out`; a record that cannot be written costs the next build time.
    pub fn save(&self, out: &Path) -> anyhow::Result<()> {
        write_atomic(&out.join(RECORD_FILE), &postcard::to_stdvec(self)?)
    }

    /// The same record for another cache (files were touched, not changed).
    pub fn with_cache(mut self, cache_id: u64) -> Record {
        self.cache_id = cache_id;
        self
    }
}

fn stamps(out: &Path) -> Vec<Option<crate::cache::Fingerprint>> {
    OUTPUTS
        .iter()
        .map(|n| crate::cache::fingerprint(&out.join(n)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_holds_while_its_outputs_are_untouched() {
        let d = tempfile::tempdir().unwrap();
        for n in OUTPUTS {
            std::fs::write(d.path().join(n), n).unwrap();
        }
        let diags = vec![Diagnostic::new(crate::model::Level::Info, "x", "y")];
        let r = Record::of_outputs(d.path(), 7, "vbgraph: docs-in", 2, 1, 3, 4, &diags);
        r.save(d.path()).unwrap();
        let back = Record::load(d.path()).unwrap();
        assert_eq!(back, r);
        assert!(back.intact(d.path(), "vbgraph: docs-in"));
        assert!(!back.intact(d.path(), "vbgraph: other"));
        std::fs::write(d.path().join("graph.dot"), "changed, longer").unwrap();
        assert!(!back.intact(d.path(), "vbgraph: docs-in"));
        std::fs::remove_file(d.path().join("graph.dot")).unwrap();
        assert!(!back.intact(d.path(), "vbgraph: docs-in"));
    }
}
