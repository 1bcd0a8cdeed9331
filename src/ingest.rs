//! Files → text. Walks the corpus folder (sorted, so runs are deterministic), reads `.txt` files
//! as UTF-8 (a byte-order mark is dropped; invalid bytes are replaced and reported), and reports
//! every other file it cannot read yet instead of stopping. A bad file is a diagnostic, never the
//! end of the build.

use crate::ahead::ReadAhead;
use crate::formats::{self, Format};
use crate::legacy::{self, Legacy};
use crate::model::{Diagnostic, Level};
use std::path::{Path, PathBuf};

/// One readable file: its path relative to the corpus folder (`/`-separated) and its raw text.
pub struct Input {
    pub rel: String,
    pub text: String,
}

/// Files that configure a corpus rather than belong to it.
const CONFIG_FILES: &[&str] = &["aliases.toml"];

/// The files of a corpus, sorted, without the corpus's configuration and hidden files.
pub fn list_corpus(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<Diagnostic>)> {
    let (files, diags) = list(dir, false)?;
    Ok((files.into_iter().map(|f| f.path(dir)).collect(), diags))
}

/// A file of a corpus as [`list_corpus_stat`] lists it.
pub struct Listed {
    /// The path relative to the corpus folder, as [`rel_path`] gives it: made as the folders
    /// are walked, where taking the folder's prefix off every path again cost a build of
    /// 100,000 files 18 ms.
    pub rel: String,
    /// The file's path when it is not the corpus folder joined with `rel`: a name that is not
    /// UTF-8 (`rel` has its bad bytes replaced). Other paths are made when the file is read (a
    /// listing of 270,000 files held as many paths, allocated among the relative paths a build
    /// keeps).
    pub odd: Option<PathBuf>,
    /// What `stat` said of it (following a symbolic link) when it was listed; `None` when it
    /// could not say.
    pub stat: Option<Stat>,
}

impl Listed {
    /// The file's path; `dir` is the corpus folder it was listed in.
    pub fn path(&self, dir: &Path) -> PathBuf {
        self.odd.clone().unwrap_or_else(|| dir.join(&self.rel))
    }
}

/// What a build needs of a file's metadata: its size and its modification time (nanoseconds
/// since 1970; `None` when the system does not say or it is earlier). 24 bytes where a
/// `Metadata` is ~180: a listing of a million files holds one per file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub len: u64,
    pub mtime: Option<u64>,
}

impl Stat {
    pub fn of(m: &std::fs::Metadata) -> Stat {
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .and_then(|d| u64::try_from(d.as_nanos()).ok());
        Stat {
            len: m.len(),
            mtime,
        }
    }
}

/// [`list_corpus`] with each file's metadata, asked of its folder as it is listed (one path
/// component to look up instead of the whole path) and on every core.
pub fn list_corpus_stat(dir: &Path) -> std::io::Result<(Vec<Listed>, Vec<Diagnostic>)> {
    list(dir, true)
}

fn list(dir: &Path, stat: bool) -> std::io::Result<(Vec<Listed>, Vec<Diagnostic>)> {
    let mut files = vec![];
    let mut diags = vec![];
    walk(dir, "", true, stat, &mut files, &mut diags)?;
    files.retain(|f| {
        let name = f.rel.rsplit('/').next().unwrap_or("");
        !(name.starts_with('.') || CONFIG_FILES.contains(&name))
    });
    // `walk` lists each folder sorted by name and goes into a folder where its name falls, which
    // is the order of sorting the paths (component by component) at a fraction of the cost.
    debug_assert!(files.is_sorted_by(|a, b| a.path(dir) <= b.path(dir)));
    debug_assert!(files.iter().all(|f| f.rel == rel_path(dir, &f.path(dir))));
    Ok((files, diags))
}

/// Files larger than this are not read unless the user raises the limit (`--max-file-size`).
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Reads one file of the corpus: its text, or the diagnostics that say why not. Files over
/// `max_size` bytes are left out with a diagnostic.
pub fn read_one(dir: &Path, p: &Path, max_size: u64) -> (Option<Input>, Vec<Diagnostic>) {
    let size = std::fs::metadata(p).ok().map(|m| m.len());
    read_one_at(p, rel_path(dir, p), size, max_size)
}

/// [`read_one`] for a caller that already has the file's path relative to the corpus and its
/// size (`None` when it could not be read): a build stats each file once, for the cache's
/// fingerprint and the size limit alike.
pub fn read_one_at(
    p: &Path,
    rel: String,
    size: Option<u64>,
    max_size: u64,
) -> (Option<Input>, Vec<Diagnostic>) {
    read_one_ahead(p, rel, size, max_size, None)
}

/// [`read_one_at`] for job `ahead.1` of a build that reads ahead ([`ReadAhead`]): it notes
/// whether the file was in memory.
pub fn read_one_ahead(
    p: &Path,
    rel: String,
    size: Option<u64>,
    max_size: u64,
    ahead: Option<(&ReadAhead, usize)>,
) -> (Option<Input>, Vec<Diagnostic>) {
    let mut diags = vec![];
    if let Some(len) = size {
        if len > max_size {
            diags.push(
                Diagnostic::new(
                    Level::Warning,
                    "file-too-large",
                    format!(
                        "the file is {:.1} MB, over the limit of {:.1} MB; raise it with --max-file-size (in MB) to read it",
                        len as f64 / 1048576.0,
                        max_size as f64 / 1048576.0
                    ),
                )
                .at(&rel, None),
            );
            return (None, diags);
        }
    }
    if !has_read_extension(p) {
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .unwrap_or_default();
        diags.push(
            Diagnostic::new(
                Level::Warning,
                "unsupported-format",
                format!("vbgraph does not read .{ext} files; save it as .txt, .html, .docx or .pdf to include it"),
            )
            .at(&rel, None),
        );
        return (None, diags);
    }
    match read_bytes(p, size, ahead) {
        Ok(bytes) => {
            let text = match formats::sniff(&rel, &bytes) {
                Format::Text => {
                    let (text, enc) = decode_owned(bytes);
                    diags.extend(encoding_note(enc, &rel));
                    text
                }
                Format::Html => {
                    let (text, enc) = decode_owned(bytes);
                    diags.extend(encoding_note(enc, &rel));
                    formats::html_to_text(&text)
                }
                Format::Docx => match formats::docx_to_text(&bytes, max_size) {
                    Ok(t) => t,
                    Err(e) => {
                        diags.push(
                            Diagnostic::new(Level::Warning, e.code(), e.to_string()).at(&rel, None),
                        );
                        return (None, diags);
                    }
                },
                Format::Pdf => match formats::pdf_to_text(&bytes, Some(p)) {
                    Ok((t, reader)) => {
                        diags.push(
                            Diagnostic::new(
                                Level::Info,
                                "pdf",
                                format!("text layer read with {reader}"),
                            )
                            .at(&rel, None),
                        );
                        t
                    }
                    Err(e) => {
                        diags.push(
                            Diagnostic::new(Level::Warning, e.code(), e.to_string()).at(&rel, None),
                        );
                        return (None, diags);
                    }
                },
                f => {
                    let msg = formats::unsupported(f, &bytes)
                        .map(|e| (e.code().to_string(), e.to_string()))
                        .unwrap_or_else(|| {
                            ("unsupported-format".into(), "cannot read this file".into())
                        });
                    diags.push(Diagnostic::new(Level::Warning, &msg.0, msg.1).at(&rel, None));
                    return (None, diags);
                }
            };
            if text.trim().is_empty() {
                diags.push(
                    Diagnostic::new(Level::Warning, "empty-file", "the file has no text")
                        .at(&rel, None),
                );
                return (None, diags);
            }
            (Some(Input { rel, text }), diags)
        }
        Err(e) => {
            diags.push(
                Diagnostic::new(
                    Level::Warning,
                    "unreadable-file",
                    format!("cannot read the file: {e}"),
                )
                .at(&rel, None),
            );
            (None, diags)
        }
    }
}

/// Whether `p` names a format vbgraph reads (by its extension, in any case); anything else
/// (spreadsheets, pictures, notes) is not a document of the corpus.
pub fn has_read_extension(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["txt", "htm", "html", "docx", "pdf", "doc"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// The bytes of the file at `p`, like [`std::fs::read`], without asking the file system for a
/// size it already gave (`size`).
fn read_bytes(
    p: &Path,
    size: Option<u64>,
    ahead: Option<(&ReadAhead, usize)>,
) -> std::io::Result<Vec<u8>> {
    let Some(len) = size else {
        return std::fs::read(p);
    };
    let f = std::fs::File::open(p)?;
    let len = usize::try_from(len).unwrap_or(0);
    let mut bytes = Vec::new();
    // (Asked for before it is filled: a size the system cannot give is an error, not an abort.)
    bytes.try_reserve_exact(len.saturating_add(1))?;
    let cold = crate::ahead::read_noting_cold(&f, len, &mut bytes)?;
    if let Some((ra, i)) = ahead {
        ra.note(i, cold);
    }
    Ok(bytes)
}

/// Reads every file under `dir`.
pub fn read_corpus(dir: &Path) -> std::io::Result<(Vec<Input>, Vec<Diagnostic>)> {
    let (paths, mut diags) = list_corpus(dir)?;
    let mut inputs = vec![];
    for p in paths {
        let (input, d) = read_one(dir, &p, DEFAULT_MAX_FILE_SIZE);
        diags.extend(d);
        inputs.extend(input);
    }
    Ok((inputs, diags))
}

/// The files under `dir`, depth first, each folder's entries in the order of their names (so
/// the paths come out sorted). The type of an entry comes from the folder listing; only a
/// symbolic link is followed with a `stat` (a link to a folder is not walked). With `stat`,
/// every file's metadata is asked of the folder. Subfolders are walked, and files statted, in
/// parallel (a corpus is often a folder per year or per issuer). `rel` is `dir` relative to the
/// corpus folder (empty for the corpus folder itself); `exact` when it is `dir`'s names as they
/// are (all UTF-8).
fn walk(
    dir: &Path,
    rel: &str,
    exact: bool,
    stat: bool,
    out: &mut Vec<Listed>,
    diags: &mut Vec<Diagnostic>,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let mut entries = vec![];
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        entries.push((entry.file_name(), entry.file_type(), entry));
    }
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Files (with their metadata when a link was followed to them, else the entry to ask it
    // of), and folders to walk, in the order of their names. (A folder's worth at a time: their
    // size does not matter.)
    #[allow(clippy::large_enum_variant)]
    enum Item {
        File(
            String,
            Option<PathBuf>,
            Option<std::fs::Metadata>,
            std::fs::DirEntry,
        ),
        Folder(PathBuf, String, bool),
    }
    let mut items = Vec::with_capacity(entries.len());
    for (name, listed, entry) in entries {
        // A name that is not UTF-8 is written as `rel_path` writes it, its bad bytes replaced.
        let exact_name = exact && name.to_str().is_some();
        let rel_name = {
            let name = name.to_string_lossy();
            if rel.is_empty() {
                name.into_owned()
            } else {
                let mut r = String::with_capacity(rel.len() + 1 + name.len());
                r.push_str(rel);
                r.push('/');
                r.push_str(&name);
                r
            }
        };
        let link = listed.as_ref().map_or(true, |t| t.is_symlink());
        let (ft, meta) = match &listed {
            Ok(t) if !link => (*t, None),
            _ => match std::fs::metadata(dir.join(&name)) {
                Ok(m) => (m.file_type(), Some(m)),
                Err(e) => {
                    diags.push(
                        Diagnostic::new(
                            Level::Warning,
                            "unreadable-file",
                            format!("cannot read: {e}"),
                        )
                        .at(&dir.join(&name).display().to_string(), None),
                    );
                    continue;
                }
            },
        };
        if ft.is_dir() {
            if !listed?.is_symlink() {
                items.push(Item::Folder(dir.join(&name), rel_name, exact_name));
            }
        } else if ft.is_file() {
            let odd = (!exact_name).then(|| dir.join(&name));
            items.push(Item::File(rel_name, odd, meta, entry));
        }
    }
    let file = |rel: String, odd, meta: Option<std::fs::Metadata>, entry: std::fs::DirEntry| {
        // (The entry is a regular file here unless a link was followed: its own metadata is
        // then the file's.)
        let meta = meta.or_else(|| stat.then(|| entry.metadata().ok()).flatten());
        Listed {
            rel,
            odd,
            stat: meta.as_ref().map(Stat::of),
        }
    };
    if !stat && items.iter().all(|i| matches!(i, Item::File(..))) {
        out.extend(items.into_iter().filter_map(|i| match i {
            Item::File(rel, odd, meta, entry) => Some(file(rel, odd, meta, entry)),
            Item::Folder(..) => None,
        }));
        return Ok(());
    }
    // A file is one `Listed`, a folder its own listing: no vector per file (a folder of a
    // thousand files was a thousand of them).
    enum Walked {
        File(Listed),
        Folder(std::io::Result<(Vec<Listed>, Vec<Diagnostic>)>),
    }
    let walked: Vec<Walked> = items
        .into_par_iter()
        .map(|i| match i {
            Item::File(rel, odd, meta, entry) => Walked::File(file(rel, odd, meta, entry)),
            Item::Folder(p, rel, exact) => {
                let (mut o, mut d) = (vec![], vec![]);
                Walked::Folder(walk(&p, &rel, exact, stat, &mut o, &mut d).map(|()| (o, d)))
            }
        })
        .collect();
    out.reserve(walked.len());
    for w in walked {
        match w {
            Walked::File(f) => out.push(f),
            Walked::Folder(r) => {
                let (o, d) = r?;
                out.extend(o);
                diags.extend(d);
            }
        }
    }
    Ok(())
}

/// A path relative to the corpus folder, `/`-separated.
pub fn rel_path(dir: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(dir).unwrap_or(p);
    // On Unix a path the walk made (names joined to the corpus folder) already is one: every
    // component a name, `/` between them.
    #[cfg(unix)]
    if let Some(s) = rel.to_str() {
        if !s.is_empty() && s.split('/').all(|c| !c.is_empty() && c != "." && c != "..") {
            return s.to_string();
        }
    }
    by_components(rel)
}

/// `rel`'s components joined with `/`.
fn by_components(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The order of paths relative to the corpus as a build lists them: component by component,
/// as `Path`s compare (`a/b` before `a-b`), which is the order of their bytes with `/` before
/// every other byte.
pub fn path_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let key = |c: u8| if c == b'/' { 0 } else { u16::from(c) + 1 };
    match (a.get(same), b.get(same)) {
        (Some(&x), Some(&y)) => key(x).cmp(&key(y)),
        (x, y) => x.is_some().cmp(&y.is_some()),
    }
}

/// For each of `rels`, which come in [`path_order`] (any order gives the same answer, more
/// slowly), the position of the same path among `n` paths in that order (`key(i)` the `i`-th):
/// each is looked for where the last one was found, and searched for only when it is not
/// there. Two lists of a corpus's files are joined so without a hash table of either.
pub fn find_sorted<'k, 'r>(
    n: usize,
    key: impl Fn(usize) -> &'k [u8],
    rels: impl Iterator<Item = &'r str>,
) -> Vec<Option<usize>> {
    let mut next = 0;
    rels.map(|rel| {
        let rel = rel.as_bytes();
        let i = if next < n && key(next) == rel {
            Some(next)
        } else {
            let (mut lo, mut hi) = (0, n);
            let mut found = None;
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                match path_order(key(mid), rel) {
                    std::cmp::Ordering::Less => lo = mid + 1,
                    std::cmp::Ordering::Greater => hi = mid,
                    std::cmp::Ordering::Equal => {
                        found = Some(mid);
                        break;
                    }
                }
            }
            found
        };
        if let Some(i) = i {
            next = i + 1;
        }
        i
    })
    .collect()
}

/// How a file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// A legacy Vietnamese 8-bit encoding, told apart by which reading gives Vietnamese words.
    Legacy(Legacy),
    /// Not valid UTF-8 and no legacy encoding fits: invalid bytes were replaced.
    Lossy,
}

/// Bytes → text: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order mark, or, for
/// bytes that are not UTF-8, the legacy Vietnamese encoding (TCVN3, VNI, Windows-1258) that
/// reads as Vietnamese; failing all, UTF-8 with the invalid bytes replaced.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8);
    }
    let utf16 = |rest: &[u8], le: bool| {
        let units = rest.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect::<String>()
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return (utf16(rest, true), Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return (utf16(rest, false), Encoding::Utf16Be);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), Encoding::Utf8),
        Err(_) => match legacy::detect(bytes) {
            Some(l) => (legacy::decode_legacy(bytes, l), Encoding::Legacy(l)),
            None => (String::from_utf8_lossy(bytes).into_owned(), Encoding::Lossy),
        },
    }
}

/// [`decode`] of bytes the caller gives up: valid UTF-8 (the usual case) becomes the text
/// without being copied.
pub fn decode_owned(mut bytes: Vec<u8>) -> (String, Encoding) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        return match String::from_utf8(bytes) {
            Ok(s) => (s, Encoding::Utf8),
            Err(e) => (
                String::from_utf8_lossy(e.as_bytes()).into_owned(),
                Encoding::Utf8,
            ),
        };
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return decode(&bytes);
    }
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: the bytes were just checked to be valid UTF-8.
        return (
            unsafe { String::from_utf8_unchecked(bytes) },
            Encoding::Utf8,
        );
    }
    decode(&bytes)
}

/// The diagnostic that says how a file was read, when it was not plain UTF-8.
pub fn encoding_note(enc: Encoding, rel: &str) -> Option<Diagnostic> {
    let d = match enc {
        Encoding::Utf8 => return None,
        Encoding::Utf16Le | Encoding::Utf16Be => {
            Diagnostic::new(Level::Info, "encoding", "read as UTF-16 (byte-order mark)")
        }
        Encoding::Legacy(l) => Diagnostic::new(
            Level::Info,
            "encoding",
            format!("not UTF-8: read as {} (legacy Vietnamese encoding, detected); save it as UTF-8 to be sure", l.name()),
        ),
        Encoding::Lossy => Diagnostic::new(
            Level::Warning,
            "invalid-utf8",
            "the file is not valid UTF-8 nor a known Vietnamese encoding; invalid bytes were replaced (save it as UTF-8 to read it whole)",
        ),
    };
    Some(d.at(rel, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_formats_read_are_told_by_extension_in_any_case() {
        for p in [
            "a.txt", "b/c.TXT", "d.Html", "e.htm", "f.docx", "g.PDF", "h.doc",
        ] {
            assert!(has_read_extension(Path::new(p)), "{p}");
        }
        for p in ["a.xlsx", "b.jpg", "c", "d.txt.bak", ".txt", "e.tx"] {
            assert!(!has_read_extension(Path::new(p)), "{p}");
        }
    }

    #[test]
    fn path_order_is_the_order_of_paths() {
        // Names with the bytes on either side of `/`, and names that are prefixes of others.
        let names = [
            "a", "a-b", "a.b", "a0", "a/b", "a/b/c", "a-b/c", "b", "ab", "a/-", "a/0",
        ];
        let mut all = vec![];
        for x in names {
            for y in ["", "/z", "/a-b", "/a/b"] {
                all.push(format!("{x}{y}"));
            }
        }
        for x in &all {
            for y in &all {
                assert_eq!(
                    path_order(x.as_bytes(), y.as_bytes()),
                    std::path::Path::new(x).cmp(std::path::Path::new(y)),
                    "{x} vs {y}"
                );
            }
        }
    }

    #[test]
    fn bom_is_dropped_and_bad_bytes_reported() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFabc"),
            ("abc".to_string(), Encoding::Utf8)
        );
        let (t, enc) = decode(b"a\xFFb");
        assert_eq!(enc, Encoding::Lossy);
        assert_eq!(t, "a\u{FFFD}b");
    }

    #[test]
    fn relative_paths_are_their_components() {
        for (dir, p) in [
            ("docs", "docs/a/b.txt"),
            ("./docs", "./docs/2019/x y.txt"),
            ("/tmp/c/", "/tmp/c/é.txt"),
            ("docs", "docs/a/./b.txt"),
            ("docs", "docs/a//b.txt"),
            ("docs", "docs/../x.txt"),
            ("docs", "/elsewhere/x.txt"),
            ("docs", "docs"),
        ] {
            let (dir, p) = (Path::new(dir), Path::new(p));
            let rel = p.strip_prefix(dir).unwrap_or(p);
            assert_eq!(rel_path(dir, p), by_components(rel), "{p:?}");
        }
    }

    #[test]
    fn corpus_listed_in_sorted_order() {
        let d = tempfile::tempdir().unwrap();
        let names = [
            "a/x.txt",
            "a-b.txt",
            "a.txt",
            "a b/y.txt",
            "B.txt",
            "b/c/d.txt",
            "b.txt",
            "ab/z.txt",
            "é.txt",
            "Z/z.txt",
            ".hidden.txt",
            "aliases.toml",
            "a/.x/q.txt",
        ];
        for n in names {
            let p = d.path().join(n);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, "x").unwrap();
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(d.path().join("b"), d.path().join("link-dir")).unwrap();
            std::os::unix::fs::symlink(d.path().join("a.txt"), d.path().join("link.txt")).unwrap();
            std::os::unix::fs::symlink(d.path().join("gone"), d.path().join("broken")).unwrap();
        }
        let (paths, diags) = list_corpus(d.path()).unwrap();
        // With their metadata: the same files, each with what `stat` says of its path (a link
        // followed).
        let (listed, stat_diags) = list_corpus_stat(d.path()).unwrap();
        assert_eq!(stat_diags, diags);
        assert_eq!(
            listed.iter().map(|f| f.path(d.path())).collect::<Vec<_>>(),
            paths
        );
        for f in &listed {
            let want = std::fs::metadata(f.path(d.path())).unwrap();
            assert_eq!(f.stat, Some(Stat::of(&want)), "{}", f.rel);
            assert_eq!(f.rel, rel_path(d.path(), &f.path(d.path())));
        }
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted);
        let rel: Vec<String> = paths.iter().map(|p| rel_path(d.path(), p)).collect();
        // Component by component: `a/...` before `a b`, `a-b.txt` and `a.txt`.
        let mut want = vec![
            "B.txt",
            "Z/z.txt",
            "a/.x/q.txt",
            "a/x.txt",
            "a b/y.txt",
            "a-b.txt",
            "a.txt",
            "ab/z.txt",
            "b/c/d.txt",
            "b.txt",
            "é.txt",
        ];
        if cfg!(unix) {
            want.insert(10, "link.txt");
            assert_eq!(diags.len(), 1, "{diags:?}");
        }
        assert_eq!(rel, want);
    }

    #[test]
    fn decode_owned_is_decode() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("Số".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let cases: [&[u8]; 9] = [
            b"",
            b"abc",
            "Kế hoạch số 5".as_bytes(),
            b"\xEF\xBB\xBFabc",
            b"\xEF\xBB\xBFa\xFFb",
            b"\xEF\xBB",
            b"a\xFFb",
            b"Ngh\xD6 quy\xD5t",
            &utf16,
        ];
        for bytes in cases {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Số: 5/KH-UBND".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(
            decode(&le),
            ("Số: 5/KH-UBND".to_string(), Encoding::Utf16Le)
        );
        let mut be = vec![0xFE, 0xFF];
        be.extend("Đảng".encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be), ("Đảng".to_string(), Encoding::Utf16Be));
    }
}
