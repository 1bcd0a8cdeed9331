//! The extraction cache: what each file said, kept beside the graph so that a rebuild extracts
//! again only the files whose text changed. A file whose size and modification time are those
//! of the last build is taken from the cache without being read; one whose size or time
//! changed is read, and taken from the cache when its text hashes to the same value (a
//! `git checkout` or a copy touches files without changing them).
//!
//! Keyed by the file's path relative to the corpus; thrown away whole when vbgraph's build, the
//! alias table or the size limit changes (the stamp). Written atomically; a cache that cannot be
//! read is ignored. Layout: the header's length and the header (format, stamp), then what each
//! file said (postcard), then a table (an id, and per file its path, size, time, hash and where
//! its entry is) and, in the last 24 bytes, where the table is and the tag `VBGCACHE`. Opening
//! the cache reads the table only; an entry is read when the build needs it. A build that
//! changed a few entries appends them and a new table (the old ones stay unused until the file
//! is written anew); otherwise entries that did not change are copied into the next cache as
//! bytes.

use crate::model::{Diagnostic, FileExtract};
use crate::output::write_atomic_large;
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::time::UNIX_EPOCH;

/// The format of the cache file; another value is thrown away.
const FORMAT: &str = "vbgraph-cache/5";

/// Size and modification time (nanoseconds) of a file.
pub type Fingerprint = (u64, u64);

pub fn fingerprint(p: &Path) -> Option<Fingerprint> {
    fingerprint_of(&std::fs::metadata(p).ok()?)
}

/// [`fingerprint`] of a file's metadata.
pub fn fingerprint_of(m: &std::fs::Metadata) -> Option<Fingerprint> {
    let t = m
        .modified()
        .ok()?
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_nanos();
    // Nanoseconds since 1970 fit 64 bits until 2554.
    Some((m.len(), u64::try_from(t).ok()?))
}

/// The hash of a file's text: xxh3 (64 bits), fast on long texts where SipHash is not, and
/// enough to tell an edited file from an unchanged one. Its values are part of the cache's
/// [`FORMAT`]; a new build of vbgraph throws the cache away anyway (the stamp).
pub fn text_hash(text: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(text.as_bytes())
}

/// What one file said at the last build: decoded only when the build needs it.
#[derive(Debug, Default, Deserialize)]
pub struct Body {
    pub extract: Option<FileExtract>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Serialize)]
struct BodyRef<'a> {
    extract: Option<&'a FileExtract>,
    diagnostics: &'a [Diagnostic],
}

/// Encodes what a file said as the cache stores it.
pub fn encode_body(extract: Option<&FileExtract>, diagnostics: &[Diagnostic]) -> Vec<u8> {
    postcard::to_stdvec(&BodyRef {
        extract,
        diagnostics,
    })
    .expect("in-memory encoding does not fail")
}

#[derive(Serialize, Deserialize)]
struct Header<'a> {
    #[serde(borrow)]
    format: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    stamp: std::borrow::Cow<'a, str>,
}

/// The table at the end of the cache.
#[derive(Serialize, Deserialize)]
struct Table<'a> {
    /// Told to the build record, so that it can tell whether the outputs were made from this
    /// cache (a new one with every table).
    id: u64,
    #[serde(borrow)]
    rows: Vec<TableRow<'a>>,
}

/// A file's line in the table at the end of the cache.
#[derive(Serialize, Deserialize)]
struct TableRow<'a> {
    #[serde(borrow)]
    path: std::borrow::Cow<'a, str>,
    size: u64,
    mtime: u64,
    hash: Option<u64>,
    /// Where its [`Body`] is in the file.
    at: u64,
    len: u64,
}

/// Ends the file: the table's offset and length, then this tag.
const TAIL: &[u8; 8] = b"VBGCACHE";

/// One file's entry: its fingerprint and hash, and where what it said is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cached {
    pub size: u64,
    pub mtime: u64,
    /// [`text_hash`] of the text, when the file could be read.
    pub hash: Option<u64>,
    at: u64,
    len: u64,
}

/// The last build's cache: a table of the files read when it is opened, and what each file
/// said read from the file only when asked ([`Cache::body`]), so that an unchanged corpus costs
/// one small read.
#[derive(Debug, Default)]
pub struct Cache {
    file: Option<std::fs::File>,
    /// Where it was read from, its size then, and the bytes its table still uses.
    path: Option<std::path::PathBuf>,
    size: u64,
    live: u64,
    id: u64,
    /// The table as read: the rows' paths are in it.
    table: Vec<u8>,
    /// Each file's path (where it is in `table`) and entry, in [`crate::ingest::path_order`] (the order a
    /// build lists and saves its files in). No string or hash table per file: opening the
    /// cache of 100,000 files cost 26 ms with them.
    rows: Vec<(u32, u32, Cached)>,
}

/// What a saved entry holds: the old cache's bytes for a file that said the same, or a new
/// extraction.
pub enum Saved<'a> {
    Old(Cached),
    New(Option<&'a FileExtract>, &'a [Diagnostic]),
}

/// A file's entry to save.
pub struct SaveRow<'a> {
    pub path: &'a str,
    pub size: u64,
    pub mtime: u64,
    pub hash: Option<u64>,
    pub body: Saved<'a>,
}

impl Cache {
    /// The cache at `path`, if it exists, reads, and was made with the same stamp.
    pub fn load(path: &Path, stamp: &str) -> Cache {
        Cache::open(path, stamp).unwrap_or_default()
    }

    fn open(path: &Path, stamp: &str) -> Option<Cache> {
        use std::os::unix::fs::FileExt;
        let file = std::fs::File::open(path).ok()?;
        let size = file.metadata().ok()?.len();
        let read = |at: u64, len: u64| -> Option<Vec<u8>> {
            let mut b = vec![0; usize::try_from(len).ok()?];
            file.read_exact_at(&mut b, at).ok()?;
            Some(b)
        };
        let tail = read(size.checked_sub(24)?, 24)?;
        if &tail[16..] != TAIL {
            return None;
        }
        let word = |i: usize| u64::from_le_bytes(tail[i..i + 8].try_into().expect("8 bytes"));
        let (table_at, table_len) = (word(0), word(8));
        if table_at.checked_add(table_len)? > size - 24 {
            return None;
        }
        let head = read(0, 8)?;
        let head_len = u64::from_le_bytes(head.try_into().ok()?);
        let head = read(8, head_len.min(size))?;
        let header: Header = postcard::from_bytes(&head).ok()?;
        if header.format != FORMAT || header.stamp != stamp {
            return None;
        }
        let table = read(table_at, table_len)?;
        u32::try_from(table.len()).ok()?;
        let (id, mut rows) = {
            let Table { id, rows } = postcard::from_bytes(&table).ok()?;
            let base = table.as_ptr() as usize;
            let rows = rows
                .into_iter()
                .map(|r| {
                    // Postcard lends the paths from the table.
                    let std::borrow::Cow::Borrowed(p) = r.path else {
                        return None;
                    };
                    (r.at.saturating_add(r.len) <= table_at).then_some((
                        (p.as_ptr() as usize - base) as u32,
                        p.len() as u32,
                        Cached {
                            size: r.size,
                            mtime: r.mtime,
                            hash: r.hash,
                            at: r.at,
                            len: r.len,
                        },
                    ))
                })
                .collect::<Option<Vec<_>>>()?;
            (id, rows)
        };
        let live = rows.iter().map(|r| r.2.len).sum::<u64>() + 8 + head_len + table_len + 24;
        let at = |r: &(u32, u32, Cached)| &table[r.0 as usize..(r.0 + r.1) as usize];
        // Saved in order; a table that is not is put in order rather than thrown away.
        if !rows.is_sorted_by(|a, b| crate::ingest::path_order(at(a), at(b)).is_lt()) {
            rows.sort_unstable_by(|a, b| crate::ingest::path_order(at(a), at(b)));
        }
        Some(Cache {
            file: Some(file),
            path: Some(path.to_path_buf()),
            size,
            live,
            id,
            table,
            rows,
        })
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The build that wrote this cache (0 when there is none).
    pub fn id(&self) -> u64 {
        self.id
    }

    fn path_of(&self, row: &(u32, u32, Cached)) -> &[u8] {
        &self.table[row.0 as usize..(row.0 + row.1) as usize]
    }

    /// The entries of the files `rels`, which come in the order the build lists files in (any
    /// order gives the same answer, more slowly): each is looked for where the last one was
    /// found, and searched for only when it is not there.
    pub fn find_sorted<'a>(&self, rels: impl Iterator<Item = &'a str>) -> Vec<Option<Cached>> {
        crate::ingest::find_sorted(self.rows.len(), |i| self.path_of(&self.rows[i]), rels)
            .into_iter()
            .map(|i| i.map(|i| self.rows[i].2))
            .collect()
    }

    /// The stored bytes of an entry's [`Body`].
    pub fn raw(&self, e: &Cached) -> Option<Vec<u8>> {
        use std::os::unix::fs::FileExt;
        let mut b = vec![0; usize::try_from(e.len).ok()?];
        self.file.as_ref()?.read_exact_at(&mut b, e.at).ok()?;
        Some(b)
    }

    /// What the file of an entry said; `None` when the cache cannot be read any more.
    pub fn body(&self, e: &Cached) -> Option<Body> {
        postcard::from_bytes(&self.raw(e)?).ok()
    }

    /// Writes the entries of a build (sorted by path); entries that said the same as at the
    /// last build are kept. Returns the new cache's id.
    ///
    /// When `old` is the cache at `path` and most of it is still used, what changed is
    /// appended to it with a new table (a few files changed: a few entries are written, not
    /// the whole cache). Otherwise a new file is written and renamed over the old one. An
    /// append cut short leaves a file whose end is no table: the next build reads no cache.
    pub fn save(
        path: &Path,
        stamp: &str,
        old: &Cache,
        rows: &[SaveRow<'_>],
    ) -> anyhow::Result<u64> {
        // Ids tell tables apart; time and process are enough for that.
        let id = std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
            ^ u64::from(std::process::id()).rotate_left(40);
        let new_bytes: u64 = rows
            .iter()
            .filter(|r| matches!(r.body, Saved::New(..)))
            .count() as u64
            * 4096;
        let same_file = old.path.as_deref() == Some(path)
            && std::fs::metadata(path).is_ok_and(|m| m.len() == old.size);
        // Appends while at least half of the file is in use.
        if same_file && (old.size + new_bytes) <= 2 * old.live + (1 << 20) {
            let f = std::fs::OpenOptions::new().append(true).open(path)?;
            let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
            write_entries(&mut w, old.size, id, old, rows, true)?;
            std::io::Write::flush(&mut w)?;
            return Ok(id);
        }
        let header = postcard::to_stdvec(&Header {
            format: FORMAT.into(),
            stamp: stamp.into(),
        })?;
        write_atomic_large(path, |w| {
            use std::io::Write;
            w.write_all(&(header.len() as u64).to_le_bytes())?;
            w.write_all(&header)?;
            write_entries(w, 8 + header.len() as u64, id, old, rows, false)
        })?;
        Ok(id)
    }
}

/// Writes the entries, the table and the end of a cache from offset `at`; with `keep`, old
/// entries stay where they are (an append), else they are copied.
fn write_entries<W: std::io::Write>(
    w: &mut W,
    mut at: u64,
    id: u64,
    old: &Cache,
    rows: &[SaveRow<'_>],
    keep: bool,
) -> std::io::Result<()> {
    // The table is written as the entries are (postcard writes a list as its length then its
    // elements; building it whole held 40 MB more on 1 GB of text, next to the resolution).
    // (Sized for each row's path and up to 40 bytes of numbers: a guess of 48 bytes a row
    // doubled the table's buffer on 1 GB of text: 26 MB held for 18.6 MB written.)
    let paths: usize = rows.iter().map(|r| r.path.len()).sum();
    let mut table: Vec<u8> = Vec::with_capacity(paths + rows.len() * 40 + 32);
    put(&mut table, &id);
    put(&mut table, &rows.len());
    for r in rows {
        let (e_at, e_len) = match &r.body {
            Saved::Old(e) if keep => (e.at, e.len),
            body => {
                let bytes = match body {
                    Saved::New(x, d) => encode_body(*x, d),
                    Saved::Old(e) => old.raw(e).ok_or_else(|| {
                        std::io::Error::other("the last cache could not be read again")
                    })?,
                };
                w.write_all(&bytes)?;
                let here = at;
                at += bytes.len() as u64;
                (here, bytes.len() as u64)
            }
        };
        put(
            &mut table,
            &TableRow {
                path: r.path.into(),
                size: r.size,
                mtime: r.mtime,
                hash: r.hash,
                at: e_at,
                len: e_len,
            },
        );
    }
    w.write_all(&table)?;
    w.write_all(&at.to_le_bytes())?;
    w.write_all(&(table.len() as u64).to_le_bytes())?;
    w.write_all(TAIL)
}

/// Appends `v`'s postcard encoding to `out`.
fn put<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) {
    // Encoding into memory does not fail.
    *out = postcard::to_extend(v, std::mem::take(out)).expect("in-memory encoding does not fail");
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Cache {
        /// The entry of `rel`.
        fn get(&self, rel: &str) -> Option<Cached> {
            self.find_sorted(std::iter::once(rel))[0]
        }
    }

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
        let row = |path, size, body| SaveRow {
            path,
            size,
            mtime: 20,
            hash: Some(text_hash("t")),
            body,
        };
        let id = Cache::save(
            &p,
            "s1",
            &Cache::default(),
            &[
                row("a.txt", 10, Saved::New(Some(&x), &diags)),
                row("b.txt", 11, Saved::New(None, &[])),
            ],
        )
        .unwrap();
        let c = Cache::load(&p, "s1");
        assert_eq!((c.len(), c.id()), (2, id));
        let got = c.get("a.txt").unwrap();
        assert_eq!(
            (got.size, got.mtime, got.hash),
            (10, 20, Some(text_hash("t")))
        );
        let body = c.body(&got).unwrap();
        assert_eq!(
            serde_json::to_string(&body.extract).unwrap(),
            serde_json::to_string(&Some(&x)).unwrap()
        );
        assert_eq!(body.diagnostics, diags);
        assert_eq!(c.raw(&got).unwrap(), encode_body(Some(&x), &diags));
        assert!(c.body(&c.get("b.txt").unwrap()).unwrap().extract.is_none());
        assert!(c.get("c.txt").is_none());

        // An entry that did not change is copied as it was.
        let p2 = d.path().join("c2");
        let id2 = Cache::save(&p2, "s1", &c, &[row("a.txt", 12, Saved::Old(got))]).unwrap();
        assert_ne!(id2, id);
        let c2 = Cache::load(&p2, "s1");
        let got2 = c2.get("a.txt").unwrap();
        assert_eq!(got2.size, 12);
        assert_eq!(c2.raw(&got2), c.raw(&got));

        // A few entries changed: appended to the same file, with a new table.
        let before = std::fs::metadata(&p).unwrap().len();
        let y = crate::extract::extract(
            "b.txt",
            "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2020 của Ủy ban nhân dân tỉnh.\n",
            &crate::aliases::AliasTable::builtin(),
        );
        let id3 = Cache::save(
            &p,
            "s1",
            &c,
            &[
                row("a.txt", 10, Saved::Old(got)),
                row("b.txt", 13, Saved::New(Some(&y), &[])),
            ],
        )
        .unwrap();
        drop(c);
        let c3 = Cache::load(&p, "s1");
        assert!(std::fs::metadata(&p).unwrap().len() > before, "appended");
        assert_eq!((c3.len(), c3.id()), (2, id3));
        assert_eq!(
            c3.raw(&c3.get("a.txt").unwrap()),
            Some(encode_body(Some(&x), &diags))
        );
        assert_eq!(
            c3.raw(&c3.get("b.txt").unwrap()),
            Some(encode_body(Some(&y), &[]))
        );
        assert_eq!(c3.get("b.txt").unwrap().size, 13);

        assert!(Cache::load(&p, "s2").is_empty());
        let bytes = std::fs::read(&p).unwrap();
        std::fs::write(&p, &bytes[..bytes.len() - 1]).unwrap();
        assert!(Cache::load(&p, "s1").is_empty());
        std::fs::write(&p, b"not a cache").unwrap();
        assert!(Cache::load(&p, "s1").is_empty());
    }

    #[test]
    fn entries_are_found_in_any_order() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("c");
        let paths = ["a/x.txt", "a-b/y.txt", "a.txt", "b/c/d.txt", "b/c-d.txt"];
        // Saved in the order of the listing, or not.
        for order in [[0, 1, 2, 3, 4], [4, 2, 0, 3, 1]] {
            let rows: Vec<SaveRow> = order
                .iter()
                .map(|&i| SaveRow {
                    path: paths[i],
                    size: i as u64,
                    mtime: 0,
                    hash: None,
                    body: Saved::New(None, &[]),
                })
                .collect();
            Cache::save(&p, "s", &Cache::default(), &rows).unwrap();
            let c = Cache::load(&p, "s");
            let mut listed: Vec<&str> = paths.to_vec();
            listed.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
            listed.insert(2, "new.txt");
            for rels in [listed.clone(), listed.iter().rev().copied().collect()] {
                let found = c.find_sorted(rels.iter().copied());
                for (rel, e) in rels.iter().zip(found) {
                    let want = paths.iter().position(|p| p == rel).map(|i| i as u64);
                    assert_eq!(e.map(|e| e.size), want, "{rel}");
                    assert_eq!(c.get(rel).map(|e| e.size), want, "{rel}");
                }
            }
        }
    }

    #[test]
    fn text_hash_tells_texts_apart() {
        assert_eq!(text_hash("Kế hoạch"), text_hash("Kế hoạch"));
        assert_ne!(text_hash("Kế hoạch 1"), text_hash("Kế hoạch 2"));
    }
}
