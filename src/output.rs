//! Writing results: every file is written to a temporary file beside its target and renamed
//! over it, so a reader (or a build killed half way) never sees a half-written file.
//!
//! Files are not fsync'ed before the rename: they are derived from the corpus and remade by the
//! next build, and forcing 3 GB of outputs of a 1 GB corpus to disk cost 4 s of a 35 s build.
//! Atomicity (the rename) is kept; durability across a power cut is left to the file system.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically (temporary file in the same folder, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes a file atomically through `fill`, which gets a buffered writer that can seek (to
/// write a header last): a temporary file in the same folder, renamed over `path` once `fill`
/// succeeded, removed when it failed.
pub fn write_atomic_with<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
{
    let mut f = AtomicFile::create(path)?;
    let done = fill(f.writer());
    f.context(done)?;
    f.commit()
}

/// A file being written atomically in more than one go ([`write_atomic_with`] in one): a
/// temporary file beside its target until [`AtomicFile::commit`] renames it over the target.
/// Dropped uncommitted (an error, a panic), it is removed.
pub struct AtomicFile {
    path: std::path::PathBuf,
    tmp: std::path::PathBuf,
    w: Option<std::io::BufWriter<std::fs::File>>,
}

impl AtomicFile {
    /// Creates the temporary file of `path` (and `path`'s folder when it is missing).
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
        let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
        let f = std::fs::File::create(&tmp)
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
            w: Some(std::io::BufWriter::with_capacity(1 << 20, f)),
        })
    }

    /// The writer (buffered; it can seek).
    pub fn writer(&mut self) -> &mut std::io::BufWriter<std::fs::File> {
        self.w
            .as_mut()
            .expect("an AtomicFile is written until it is committed")
    }

    /// `r`, an I/O result of writing this file, with the file's name as context.
    pub fn context<T>(&self, r: std::io::Result<T>) -> Result<T> {
        r.with_context(|| format!("cannot write {}", self.tmp.display()))
    }

    /// Flushes the file and puts it in the place of its target.
    pub fn commit(mut self) -> Result<()> {
        let mut w = self.w.take().expect("committed once");
        let flushed = w.flush();
        self.context(flushed)?;
        let f = w.into_inner().map_err(|e| e.into_error());
        drop(self.context(f)?);
        // (`self` no longer holds the file; its drop removes the temporary name if it is
        // still there, that is, when the rename failed.)
        replace(&self.tmp, &self.path)
            .with_context(|| format!("cannot replace {}", self.path.display()))
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        drop(self.w.take());
        // After a successful commit the name is gone (renamed, or exchanged and removed).
        let _ = std::fs::remove_file(&self.tmp);
    }
}

/// Puts the finished temporary file `tmp` in the place of `path`, atomically.
///
/// Where the file system can, the two names are exchanged (Linux `renameat2` with
/// `RENAME_EXCHANGE`) and the last output is then removed under the temporary name. A plain
/// `rename` over an existing file makes ext4 (option `auto_da_alloc`, on by default) start
/// writing the new file to disk at once, and the next build, which replaces that file, then
/// waits for the disk: an update of a 1 GB corpus spent 2.7 s of its 7.5 s dropping the last
/// outputs. Exchanged, the new file is written back when the kernel sees fit, and a file that
/// is replaced before then never reaches the disk at all.
fn replace(tmp: &Path, path: &Path) -> std::io::Result<()> {
    // (Only over a regular file: a folder or a link of that name is refused by `rename` below,
    // or replaced as before, never moved aside.)
    #[cfg(target_os = "linux")]
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) && exchange(tmp, path).is_ok() {
        // `tmp` now names the last output.
        return std::fs::remove_file(tmp);
    }
    std::fs::rename(tmp, path)
}

/// Exchanges the names `a` and `b` (both must exist, on one file system that supports it).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        std::ffi::CString::new(p.as_os_str().as_bytes())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
    };
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: two valid NUL-terminated paths, relative to the working directory.
    let r = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// How an update writes `src[a..b]` of the last output through its writer ([`copy_from`]).
pub type CopyOld<'a, W> = dyn FnMut(&mut W, &[u8], usize, usize) -> std::io::Result<()> + 'a;

/// Writes `src[a..b]`, the bytes of the open file `file` mapped as `src`, through `w`: the
/// kernel copies them from file to file (copy_file_range on Linux) instead of this process
/// reading the mapping page by page and writing it back.
pub fn copy_from(
    file: &std::fs::File,
    w: &mut std::io::BufWriter<std::fs::File>,
    src: &[u8],
    a: usize,
    b: usize,
) -> std::io::Result<()> {
    use std::io::{Read, Seek, Write};
    if b - a < 64 * 1024 {
        return w.write_all(&src[a..b]);
    }
    w.flush()?;
    let mut from = file;
    from.seek(std::io::SeekFrom::Start(a as u64))?;
    let n = std::io::copy(&mut from.take((b - a) as u64), w)?;
    if n != (b - a) as u64 {
        return Err(std::io::Error::other(
            "the last output is shorter than its index says",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_whole() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("sub/graph.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let leftovers: Vec<_> = std::fs::read_dir(d.path().join("sub")).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[test]
    fn a_reader_of_the_last_file_keeps_reading_it() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.json");
        write_atomic(&p, b"one").unwrap();
        let mut open = std::fs::File::open(&p).unwrap();
        write_atomic(&p, b"two").unwrap();
        let mut s = String::new();
        std::io::Read::read_to_string(&mut open, &mut s).unwrap();
        assert_eq!(s, "one");
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_file_written_in_two_goes_appears_whole_or_not_at_all() {
        use std::io::{Seek, SeekFrom};
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.idx");
        write_atomic(&p, b"last").unwrap();
        let mut f = AtomicFile::create(&p).unwrap();
        f.writer().write_all(b"....body").unwrap();
        // Until the commit the last file stays, and the new one is only a temporary file.
        assert_eq!(std::fs::read(&p).unwrap(), b"last");
        f.writer().seek(SeekFrom::Start(0)).unwrap();
        f.writer().write_all(b"head").unwrap();
        f.commit().unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"headbody");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
        // Dropped before its commit (an error on the way): no trace.
        let mut f = AtomicFile::create(&p).unwrap();
        f.writer().write_all(b"half").unwrap();
        drop(f);
        assert_eq!(std::fs::read(&p).unwrap(), b"headbody");
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_folder_in_the_way_is_an_error_and_stays() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.json");
        std::fs::create_dir(&p).unwrap();
        std::fs::write(p.join("mine.txt"), "keep").unwrap();
        let e = write_atomic(&p, b"two").unwrap_err();
        assert!(format!("{e:#}").contains("cannot replace"), "{e:#}");
        assert_eq!(std::fs::read(p.join("mine.txt")).unwrap(), b"keep");
        // Nothing left behind: the folder is the only entry.
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }
}
