//! The extraction cache: what each file said, kept beside the graph so that a rebuild extracts
//! again only the files whose text changed. A file whose size and modification time are those
//! of the last build is taken from the cache without being read; one whose size or time
//! changed is read, and taken from the cache when its text hashes to the same value (a
//! `git checkout` or a copy touches files without changing them).
//!
//! Keyed by the file's path relative to the corpus; thrown away whole when vbgraph's build, the
//! alias table or the size limit changes (the stamp). Stored as postcard (compact binary),
//! written atomically; a cache that cannot be read is ignored.

use crate::model::{Diagnostic, FileExtract};
use crate::output::write_atomic_with;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use std::time::UNIX_EPOCH;

/// The format of the cache file; another value is thrown away.
const FORMAT: &str = "vbgraph-cache/3";

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

/// The hash of a file's text: xxh3 (64 bits), fast on long texts where SipHash is not, and
/// enough to tell an edited file from an unchanged one. Its values are part of the cache's
/// [`FORMAT`]; a new build of vbgraph throws the cache away anyway (the stamp).
pub fn text_hash(text: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes())
}

/// What one file said at the last build.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub size: u64,
    pub mtime: u128,
    /// [`text_hash`] of the text, when the file could be read.
    pub hash: Option<u64>,
    pub extract: Option<FileExtract>,
    pub diagnostics: Vec<Diagnostic>,
}

/// [`Entry`] borrowed from a build's results, for writing without copying them.
#[derive(Serialize)]
pub struct EntryRef<'a> {
    pub size: u64,
    pub mtime: u128,
    pub hash: Option<u64>,
    pub extract: Option<&'a FileExtract>,
    pub diagnostics: &'a [Diagnostic],
}

#[derive(Serialize)]
struct FileRef<'a> {
    format: &'a str,
    stamp: &'a str,
    files: Vec<(&'a str, EntryRef<'a>)>,
}

#[derive(Deserialize)]
struct FileOwned {
    format: String,
    stamp: String,
    files: Vec<(String, Entry)>,
}

/// The last build's entries, by relative path.
#[derive(Debug, Default)]
pub struct Cache {
    files: HashMap<String, Entry>,
}

impl Cache {
    /// The cache at `path`, if it exists, reads, and was made with the same stamp.
    pub fn load(path: &Path, stamp: &str) -> Cache {
        let read = std::fs::read(path)
            .ok()
            .and_then(|b| postcard::from_bytes::<FileOwned>(&b).ok());
        match read {
            Some(c) if c.format == FORMAT && c.stamp == stamp => Cache {
                files: c.files.into_iter().collect(),
            },
            _ => Cache::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Takes the entry of `rel` out of the cache.
    pub fn take(&mut self, rel: &str) -> Option<Entry> {
        self.files.remove(rel)
    }

    /// Writes the entries of a build (sorted by path) atomically.
    pub fn save(path: &Path, stamp: &str, files: Vec<(&str, EntryRef<'_>)>) -> anyhow::Result<()> {
        let f = FileRef {
            format: FORMAT,
            stamp,
            files,
        };
        write_atomic_with(path, |w| {
            postcard::to_io(&f, w)
                .map(|_| ())
                .map_err(std::io::Error::other)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_checks_the_stamp() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("c");
        let x = crate::extract::extract(
            "a.txt",
            "UBND TỈNH LẠNG SƠN\nSố: 38/KH-UBND\nLạng Sơn, ngày 1 tháng 3 năm 2019\nKẾ HOẠCH\nThực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương.\n",
            &crate::aliases::AliasTable::builtin(),
        );
        let diags = vec![Diagnostic::new(crate::model::Level::Info, "x", "y")];
        let e = EntryRef {
            size: 10,
            mtime: 20,
            hash: Some(text_hash("t")),
            extract: Some(&x),
            diagnostics: &diags,
        };
        Cache::save(&p, "s1", vec![("a.txt", e)]).unwrap();
        let mut c = Cache::load(&p, "s1");
        assert_eq!(c.len(), 1);
        let got = c.take("a.txt").unwrap();
        assert_eq!(
            (got.size, got.mtime, got.hash),
            (10, 20, Some(text_hash("t")))
        );
        assert_eq!(
            serde_json::to_string(&got.extract).unwrap(),
            serde_json::to_string(&Some(&x)).unwrap()
        );
        assert_eq!(got.diagnostics, diags);
        assert!(Cache::load(&p, "s2").is_empty());
        std::fs::write(&p, b"not a cache").unwrap();
        assert!(Cache::load(&p, "s1").is_empty());
    }

    #[test]
    fn text_hash_tells_texts_apart() {
        assert_eq!(text_hash("Kế hoạch"), text_hash("Kế hoạch"));
        assert_ne!(text_hash("Kế hoạch 1"), text_hash("Kế hoạch 2"));
    }
}
