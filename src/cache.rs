//! The extraction cache: what each file said, kept beside the graph so that a rebuild reads
//! again only the files whose size or modification time changed. Keyed by the file's path
//! relative to the corpus; thrown away whole when vbgraph's version, the alias table or the
//! size limit changes (the stamp). Written atomically; a cache that cannot be read is ignored.

use crate::model::{Diagnostic, FileExtract};
use crate::output::write_atomic;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

/// Size and modification time (nanoseconds) of a file.
pub type Fingerprint = (u64, u128);

pub fn fingerprint(p: &Path) -> Option<Fingerprint> {
    let m = std::fs::metadata(p).ok()?;
    let t = m
        .modified()
        .ok()?
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some((m.len(), t))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub size: u64,
    pub mtime: u128,
    pub extract: Option<FileExtract>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Cache {
    stamp: String,
    files: HashMap<String, Entry>,
}

impl Cache {
    pub fn new(stamp: &str) -> Cache {
        Cache {
            stamp: stamp.to_string(),
            files: HashMap::new(),
        }
    }

    /// The cache at `path`, if it exists, reads, and was made with the same stamp.
    pub fn load(path: &Path, stamp: &str) -> Cache {
        let read = std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Cache>(&b).ok());
        match read {
            Some(c) if c.stamp == stamp => c,
            _ => Cache::new(stamp),
        }
    }

    pub fn get(&self, rel: &str, fp: Fingerprint) -> Option<&Entry> {
        self.files.get(rel).filter(|e| (e.size, e.mtime) == fp)
    }

    pub fn insert(
        &mut self,
        rel: String,
        fp: Fingerprint,
        extract: Option<FileExtract>,
        diagnostics: Vec<Diagnostic>,
    ) {
        self.files.insert(
            rel,
            Entry {
                size: fp.0,
                mtime: fp.1,
                extract,
                diagnostics,
            },
        );
    }

    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        write_atomic(path, &serde_json::to_vec(self)?)
    }
}
