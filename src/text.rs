//! The sentences that are the evidence of mentions and links ([`Text`]), and where a large
//! build keeps them: in a file instead of on the heap.
//!
//! A build holds every sentence that names a document from the moment its file is read until
//! graph.json is written: on 1 GB of text, 800,000 sentences and 230 MB, the largest single
//! part of a build's memory. They are read twice, when graph.json and graph.dot are written.
//! [`enable_spill`] opens an unnamed file in the output folder; [`share`] then writes each
//! file's distinct sentences to it in one write and leaves 8-byte handles in their place, read
//! back through a read-only mapping of that file. The page cache holds them (the kernel writes
//! them out under pressure), and they count as this process's memory only while being read.
//! The file goes away with the process.
//!
//! Without a spill file (small builds, the library's other callers) a [`Text`] is a shared heap
//! string. Both kinds compare, hash, print and serialise as the text.

use crate::model::FileExtract;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

/// A sentence: on the heap, or in the spill file. 16 bytes (the handle sits in the niche of
/// the heap pointer).
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Heap(Arc<str>),
    /// Offset in the spill file (the high [`OFFSET_BITS`]) and length (the low bits).
    Spilled(u64),
}

/// A handle's offset bits: the spill file grows to at most 1 TB.
const OFFSET_BITS: u32 = 40;
/// A handle's length bits: a sentence of at most 16 MB is spilled (sentences are cut to a few
/// hundred bytes by the extractor).
const LEN_BITS: u32 = 64 - OFFSET_BITS;
/// The mapping of the spill file: address space only, nothing is allocated. Sentences past it
/// stay on the heap.
const MAP_LEN: u64 = 1 << 36;

struct Spill {
    file: std::fs::File,
    map: memmap2::Mmap,
    /// The next free offset in the file.
    next: AtomicU64,
    /// Bytes read through the mapping, counted to give its pages back ([`Spill::read`]).
    read: AtomicU64,
}

/// Read pages of the spill file stay mapped into this process, and count as its memory, until
/// this many bytes more have been read: then every page is let go (the page cache keeps them;
/// a page read again is mapped again).
const RELEASE_EVERY: u64 = 32 << 20;

static SPILL: OnceLock<Option<Spill>> = OnceLock::new();

fn store() -> Option<&'static Spill> {
    SPILL.get().and_then(Option::as_ref)
}

/// Makes [`share`] write sentences to a file in `dir` (made when missing) for the rest of the
/// process. Returns whether sentences are spilled: the first call decides; a folder where no
/// file can be made, or no mapping, leaves sentences on the heap.
pub fn enable_spill(dir: &std::path::Path) -> bool {
    SPILL.get_or_init(|| open_spill(dir).ok()).is_some()
}

fn open_spill(dir: &std::path::Path) -> std::io::Result<Spill> {
    std::fs::create_dir_all(dir)?;
    let file = unnamed_file(dir)?;
    // SAFETY: the file is this process's alone (unnamed, or unlinked at once) and only ever
    // appended to: bytes once written never change. Only offsets below what was written are
    // read (a handle is made after its bytes are written), so no access falls past the end.
    let map = unsafe {
        memmap2::MmapOptions::new()
            .len(MAP_LEN as usize)
            .map(&file)?
    };
    // Sentences are read in the order of the documents, not of the file: without this, each
    // read maps the pages around it too (fault-around), and soon the whole file.
    let _ = map.advise(memmap2::Advice::Random);
    Ok(Spill {
        file,
        map,
        next: AtomicU64::new(0),
        read: AtomicU64::new(0),
    })
}

/// A file in `dir` that no other process can open and that is gone when it is closed: Linux's
/// `O_TMPFILE`, else a named file removed at once.
fn unnamed_file(dir: &std::path::Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let unnamed = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .mode(0o600)
        .custom_flags(libc::O_TMPFILE)
        .open(dir);
    if let Ok(f) = unnamed {
        return Ok(f);
    }
    let p = dir.join(format!(".vbgraph-sentences-{}.tmp", std::process::id()));
    let f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&p)?;
    std::fs::remove_file(&p)?;
    Ok(f)
}

/// Makes the references of one file with the same sentence share it (a decoded cache entry has
/// a string per reference); with `spill` and a spill file ([`enable_spill`]), moves each
/// distinct sentence there, in one write.
pub fn share(x: &mut FileExtract, spill: bool) {
    if x.references.is_empty() {
        return;
    }
    let refs = &x.references;
    // The first reference with each one's sentence.
    let mut first_of: Vec<usize> = Vec::with_capacity(refs.len());
    let mut seen: crate::model::FastMap<&str, usize> = Default::default();
    for (i, r) in refs.iter().enumerate() {
        // References of one sentence are next to one another, and share its string when the
        // extractor made them.
        if i > 0 && refs[i - 1].sentence.same(&r.sentence) {
            first_of.push(first_of[i - 1]);
            continue;
        }
        first_of.push(*seen.entry(r.sentence.as_str()).or_insert(i));
    }
    drop(seen);
    let store = store().filter(|_| spill && refs.iter().all(|r| r.sentence.len() < 1 << LEN_BITS));
    // Each distinct sentence once, and where it is in `buf`.
    let mut buf: Vec<u8> = vec![];
    let mut spans: Vec<u64> = Vec::with_capacity(if store.is_some() { refs.len() } else { 0 });
    if store.is_some() {
        for (i, r) in refs.iter().enumerate() {
            let span = match first_of[i] {
                j if j < i => spans[j],
                _ => {
                    let span = ((buf.len() as u64) << LEN_BITS) | r.sentence.len() as u64;
                    buf.extend_from_slice(r.sentence.as_bytes());
                    span
                }
            };
            spans.push(span);
        }
    }
    match store.and_then(|st| st.write(&buf)) {
        Some(at) => {
            for (r, span) in x.references.iter_mut().zip(spans) {
                r.sentence = Text(Repr::Spilled(span + (at << LEN_BITS)));
            }
        }
        None => {
            for (i, j) in first_of.into_iter().enumerate() {
                if j != i {
                    x.references[i].sentence = x.references[j].sentence.clone();
                }
            }
        }
    }
}

impl Spill {
    /// Appends `bytes`; returns where they are, or `None` when they cannot be spilled (the file
    /// is full or cannot be written: the sentences stay on the heap).
    fn write(&self, bytes: &[u8]) -> Option<u64> {
        use std::os::unix::fs::FileExt;
        let len = bytes.len() as u64;
        let at = self.next.fetch_add(len, Ordering::Relaxed);
        if at + len > MAP_LEN {
            return None;
        }
        self.file.write_all_at(bytes, at).ok()?;
        Some(at)
    }

    /// The bytes `at..at + len`, written before. Every [`RELEASE_EVERY`] bytes read, the
    /// mapping's pages are let go: the cache's save and graph.json read every sentence once,
    /// and would otherwise keep all of them mapped.
    fn read(&self, at: usize, len: usize) -> &str {
        let before = self.read.fetch_add(len as u64, Ordering::Relaxed);
        if (before + len as u64) / RELEASE_EVERY != before / RELEASE_EVERY {
            let written = self.next.load(Ordering::Relaxed).min(MAP_LEN) as usize;
            // SAFETY: MADV_DONTNEED on a shared mapping of a file only unmaps its pages; the
            // file keeps their bytes, and a later read maps them again (a read under way on
            // another thread faults its page in again). Nothing is lost or changed.
            unsafe {
                let _ =
                    self.map
                        .unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, 0, written);
            }
        }
        // SAFETY: `share` made the handle after writing valid UTF-8 at `at..at + len`, below
        // the mapping's length; the bytes never change (see `open_spill`).
        unsafe { std::str::from_utf8_unchecked(&self.map[at..at + len]) }
    }
}

impl Text {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Heap(s) => s,
            Repr::Spilled(h) => {
                let (at, len) = (
                    (h >> LEN_BITS) as usize,
                    (h & ((1 << LEN_BITS) - 1)) as usize,
                );
                store()
                    .expect("a spilled sentence has a spill file")
                    .read(at, len)
            }
        }
    }

    /// Whether the two are the same string (not only equal): a comparison that need not read.
    fn same(&self, other: &Text) -> bool {
        match (&self.0, &other.0) {
            (Repr::Heap(a), Repr::Heap(b)) => Arc::ptr_eq(a, b),
            (Repr::Spilled(a), Repr::Spilled(b)) => a == b,
            _ => false,
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Repr::Heap(s.into()))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text(Repr::Heap(s.into()))
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.same(other) || self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        if self.same(other) {
            return std::cmp::Ordering::Equal;
        }
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        Ok(Text::from(String::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> FileExtract {
        crate::extract::extract(
            "a.txt",
            "UBND TỈNH LẠNG SƠN\nSố: 38/KH-UBND\nLạng Sơn, ngày 1 tháng 3 năm 2019\nKẾ HOẠCH\nThực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013 và Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Chấp hành Trung ương.\nCăn cứ Chương trình số 100-CTr/TU của Tỉnh ủy;\n",
            &crate::aliases::AliasTable::builtin(),
        )
    }

    fn spilled(t: &Text) -> bool {
        matches!(t.0, Repr::Spilled(_))
    }

    #[test]
    fn a_text_is_16_bytes_and_compares_as_its_string() {
        assert_eq!(std::mem::size_of::<Text>(), 16);
        let (a, b) = (Text::from("Căn cứ"), Text::from("Thực hiện"));
        assert!(a < b && a == Text::from(String::from("Căn cứ")) && a != b);
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"Căn cứ\"");
        let back: Text = serde_json::from_str("\"Căn cứ\"").unwrap();
        assert_eq!(
            (back.as_str(), format!("{back}|{back:?}")),
            ("Căn cứ", "Căn cứ|\"Căn cứ\"".into())
        );
    }

    #[test]
    fn decoded_references_share_their_sentences_and_spill_them_once() {
        let x = sample();
        // Three references in the first sentence (the own number among them), one in the next.
        assert_eq!(x.references.len(), 4, "{:?}", x.references);
        // As a cache entry decodes: one string per reference.
        let bytes = postcard::to_stdvec(&x).unwrap();
        let mut y: FileExtract = postcard::from_bytes(&bytes).unwrap();
        let ptr = |t: &Text| t.as_ptr();
        assert_ne!(
            ptr(&y.references[0].sentence),
            ptr(&y.references[1].sentence)
        );
        share(&mut y, false);
        assert_eq!(
            ptr(&y.references[0].sentence),
            ptr(&y.references[2].sentence)
        );
        assert_ne!(
            ptr(&y.references[2].sentence),
            ptr(&y.references[3].sentence)
        );
        let dir = tempfile::tempdir().unwrap();
        assert!(enable_spill(dir.path()));
        // The file is unnamed: nothing is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        let before = store().unwrap().next.load(Ordering::Relaxed);
        share(&mut y, true);
        assert!(y.references.iter().all(|r| spilled(&r.sentence)));
        assert!(y.references[0].sentence.same(&y.references[2].sentence));
        let distinct: std::collections::BTreeSet<&str> =
            x.references.iter().map(|r| r.sentence.as_str()).collect();
        let written = store().unwrap().next.load(Ordering::Relaxed) - before;
        // Other tests may spill at the same time: at least this file's sentences, once each.
        assert!(written >= distinct.iter().map(|s| s.len() as u64).sum::<u64>());
        for (a, b) in x.references.iter().zip(&y.references) {
            assert_eq!(a.sentence, b.sentence);
            assert_eq!(a.sentence.as_str(), b.sentence.as_str());
        }
        assert_eq!(bytes, postcard::to_stdvec(&y).unwrap());
        assert_eq!(
            y.references[0].sentence.cmp(&y.references[1].sentence),
            std::cmp::Ordering::Equal
        );
        // Spilling again is harmless.
        share(&mut y, true);
        assert_eq!(bytes, postcard::to_stdvec(&y).unwrap());
    }
}
