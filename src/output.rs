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
    F: FnOnce(&mut Writer) -> std::io::Result<()>,
{
    AtomicFile::create(path)?.fill_and_commit(fill)
}

/// [`write_atomic_with`] for a file that can be large and that is not read again soon: once it
/// is [`DIRECT_AFTER`] long, the rest goes to the disk past the page cache ([`Sink`]).
pub fn write_atomic_large<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut Writer) -> std::io::Result<()>,
{
    AtomicFile::create(path)?.large().fill_and_commit(fill)
}

/// [`write_atomic_with`] for an output every build replaces, written over the file it
/// replaced last time ([`AtomicFile::create_spared`]); `fill` must not seek.
pub fn write_atomic_spared<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut Writer) -> std::io::Result<()>,
{
    AtomicFile::create_spared(path)?.fill_and_commit(fill)
}

/// [`write_atomic_spared`] for a whole build's outputs, which can be large: once a file is
/// [`DIRECT_AFTER`] long, the rest goes to the disk past the page cache ([`Sink`]).
pub fn write_atomic_spared_large<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut Writer) -> std::io::Result<()>,
{
    AtomicFile::create_spared(path)?
        .large()
        .fill_and_commit(fill)
}

/// The writer of an [`AtomicFile`].
pub type Writer = std::io::BufWriter<Sink>;

/// A file being written atomically in more than one go ([`write_atomic_with`] in one): a
/// temporary file beside its target until [`AtomicFile::commit`] renames it over the target.
/// Dropped uncommitted (an error, a panic), it is removed.
pub struct AtomicFile {
    path: std::path::PathBuf,
    tmp: std::path::PathBuf,
    w: Option<Writer>,
    /// Where the replaced file is kept ([`AtomicFile::create_spared`]).
    spare: Option<std::path::PathBuf>,
    /// Whether the file written is the last spare (longer, maybe: cut at the commit).
    reused: bool,
}

impl AtomicFile {
    /// Creates the temporary file of `path` (and `path`'s folder when it is missing).
    pub fn create(path: &Path) -> Result<AtomicFile> {
        AtomicFile::open(path, false)
    }

    /// [`AtomicFile::create`] for an output that every build replaces (graph.json,
    /// graph.dot): the file it replaces is kept as its spare ([`spare_path`]), and the next
    /// one is written over that spare instead of into a new file. The kernel writes over
    /// pages it holds more than twice as fast as it gives a new file fresh ones and frees
    /// the replaced file's (44 MB of graph.json: 7 ms against 17 ms). A spare is written
    /// over only when it is this output's alone: a plain file, no other name (a hard link
    /// kept as a snapshot stays as it is), and nobody reading it ([`Mapped`] holds a lock);
    /// otherwise a new file is written. The writer must end where the file ends (no seeking
    /// back at the end): that is where the file is cut. Linux only; elsewhere, as `create`.
    pub fn create_spared(path: &Path) -> Result<AtomicFile> {
        AtomicFile::open(path, true)
    }

    fn open(path: &Path, spared: bool) -> Result<AtomicFile> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
        let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
        let spare = (spared && cfg!(target_os = "linux")).then(|| spare_path(path));
        let reused = spare.as_deref().and_then(|s| claim_spare(s, &tmp));
        let reused_any = reused.is_some();
        let f = match reused {
            Some(f) => f,
            None => std::fs::File::create(&tmp)
                .with_context(|| format!("cannot write {}", tmp.display()))?,
        };
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
            w: Some(std::io::BufWriter::with_capacity(1 << 20, Sink::new(f))),
            spare,
            reused: reused_any,
        })
    }

    /// The file written past the page cache once it is [`DIRECT_AFTER`] long ([`Sink`]).
    fn large(mut self) -> AtomicFile {
        self.writer().get_mut().may_go_direct();
        self
    }

    /// The writer (buffered; it can seek).
    pub fn writer(&mut self) -> &mut Writer {
        self.w
            .as_mut()
            .expect("an AtomicFile is written until it is committed")
    }

    /// `r`, an I/O result of writing this file, with the file's name as context.
    pub fn context<T>(&self, r: std::io::Result<T>) -> Result<T> {
        r.with_context(|| format!("cannot write {}", self.tmp.display()))
    }

    /// Writes the file through `fill` and commits it (removes it when `fill` fails).
    fn fill_and_commit<F>(mut self, fill: F) -> Result<()>
    where
        F: FnOnce(&mut Writer) -> std::io::Result<()>,
    {
        let done = fill(self.writer());
        self.context(done)?;
        self.commit()
    }

    /// Flushes the file and puts it in the place of its target.
    pub fn commit(mut self) -> Result<()> {
        let mut w = self.w.take().expect("committed once");
        let flushed = w.flush();
        self.context(flushed)?;
        let f = w.into_inner().map_err(|e| e.into_error());
        let f = self.context(f)?.into_file();
        let mut f = self.context(f)?;
        if self.reused {
            // What is left of the spare's last contents goes.
            use std::io::Seek;
            let end = f.stream_position();
            let cut = self
                .context(end)
                .and_then(|end| self.context(f.set_len(end)));
            cut?;
        }
        drop(f);
        // (`self` no longer holds the file; its drop removes the temporary name if it is
        // still there, that is, when the rename failed.)
        replace(&self.tmp, &self.path, self.spare.as_deref())
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

/// Where the output `path` keeps the file it replaced ([`AtomicFile::create_spared`]): a
/// hidden name beside it (`graph.json` → `.graph.json.spare`).
pub fn spare_path(path: &Path) -> std::path::PathBuf {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("out");
    path.with_file_name(format!(".{name}.spare"))
}

/// The spare `spare`, renamed to `tmp` and opened to be written over, when it can be: a
/// plain file with no other name that nobody holds. (Renamed first, so that of two builds
/// at once only one takes it; a spare that cannot be used is removed.)
fn claim_spare(spare: &Path, tmp: &Path) -> Option<std::fs::File> {
    if !std::fs::symlink_metadata(spare).is_ok_and(|m| m.is_file()) {
        return None;
    }
    std::fs::rename(spare, tmp).ok()?;
    let usable = || -> Option<std::fs::File> {
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
            // (Not through a link put there since it was looked at.)
            let f = std::fs::OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NOFOLLOW)
                .open(tmp)
                .ok()?;
            let m = f.metadata().ok()?;
            (m.is_file() && m.nlink() == 1 && lock(&f, libc::LOCK_EX | libc::LOCK_NB)).then_some(f)
        }
        #[cfg(not(target_os = "linux"))]
        None
    };
    let f = usable();
    if f.is_none() {
        let _ = std::fs::remove_file(tmp);
    }
    f
}

/// `flock(f, op)`: whether it was granted (a blocking one is asked again when a signal
/// interrupts it).
#[cfg(target_os = "linux")]
fn lock(f: &std::fs::File, op: libc::c_int) -> bool {
    use std::os::fd::AsRawFd;
    loop {
        // SAFETY: flock on a descriptor this `File` owns.
        if unsafe { libc::flock(f.as_raw_fd(), op) } == 0 {
            return true;
        }
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return false;
        }
    }
}

/// A file mapped for reading whole, held with a shared lock while it is mapped (Linux): an
/// output that was replaced becomes a spare, and a build writes over a spare only when
/// nobody holds it ([`AtomicFile::create_spared`]). The lock is asked with a wait: a build
/// holds a spare only while it writes it.
pub struct Mapped {
    map: memmap2::Mmap,
    file: std::fs::File,
}

impl Mapped {
    pub fn new(file: std::fs::File) -> std::io::Result<Mapped> {
        // (Where the file system has no locks, builds cannot take a spare's either: they
        // write new files, and the file is read without one.)
        #[cfg(target_os = "linux")]
        let _ = lock(&file, libc::LOCK_SH);
        // SAFETY: outputs are replaced by rename and written over only as spares, which are
        // not written while this lock is held; a file changed in place by another program
        // could make reads see other bytes, which every reader checks (bounds, JSON).
        let map = unsafe { memmap2::Mmap::map(&file) }?;
        Ok(Mapped { map, file })
    }

    /// The file (held as long as the mapping is).
    pub fn file(&self) -> &std::fs::File {
        &self.file
    }

    /// Has the file at `path` (the one mapped) read into memory by a thread of its own when it
    /// is large and some of it is not there: a large build writes its outputs past the page
    /// cache ([`Sink`]), and an update copies most of the last ones. Read while the update
    /// resolves, they are in memory when it copies them. (`posix_fadvise(WILLNEED)` 8 MiB at a
    /// time: asked of a whole file at once, the kernel read 8 MB of it.)
    pub fn read_ahead_if_cold(&self, path: &Path) {
        self.read_ahead_if_cold_from(path, DIRECT_AFTER);
    }

    /// [`Mapped::read_ahead_if_cold`] for files of `min_len` bytes or more.
    fn read_ahead_if_cold_from(&self, path: &Path, min_len: u64) {
        #[cfg(target_os = "linux")]
        {
            let len = self.map.len();
            if (len as u64) < min_len || self.looks_resident() {
                return;
            }
            // (Opened again rather than shared: this file's lock goes when the update lets
            // go of it, whatever the thread is doing.)
            let Ok(file) = std::fs::File::open(path) else {
                return;
            };
            let _ = std::thread::Builder::new()
                .name("vbgraph-read-ahead".into())
                .spawn(move || {
                    const CHUNK: usize = 8 << 20;
                    for at in (0..len).step_by(CHUNK) {
                        crate::ahead::will_need(&file, at as u64, CHUNK as u64);
                    }
                });
        }
        #[cfg(not(target_os = "linux"))]
        let _ = (path, min_len);
    }

    /// Whether 16 pages spread over the mapping are all in memory (`mincore`); true when that
    /// cannot be told.
    #[cfg(target_os = "linux")]
    fn looks_resident(&self) -> bool {
        // SAFETY: sysconf has no preconditions.
        let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        let Ok(page) = usize::try_from(page) else {
            return true;
        };
        let pages = self.map.len().div_ceil(page.max(1));
        let base = self.map.as_ptr();
        (0..16).all(|k| {
            let mut v = 0u8;
            // SAFETY: one page inside the mapping (page-aligned: mappings start on a page);
            // `v` takes the one byte mincore writes for it.
            let r = unsafe {
                libc::mincore(
                    base.add(pages * k / 16 * page) as *mut libc::c_void,
                    1,
                    &mut v,
                )
            };
            r != 0 || v & 1 == 1
        })
    }

    #[cfg(unix)]
    pub fn advise(&self, advice: memmap2::Advice) -> std::io::Result<()> {
        self.map.advise(advice)
    }
}

impl std::ops::Deref for Mapped {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.map
    }
}

/// Puts the finished temporary file `tmp` in the place of `path`, atomically; the file it
/// replaces becomes `spare` when there is one, else it is removed.
///
/// Where the file system can, the two names are exchanged (Linux `renameat2` with
/// `RENAME_EXCHANGE`) and the last output is then removed under the temporary name. A plain
/// `rename` over an existing file makes ext4 (option `auto_da_alloc`, on by default) start
/// writing the new file to disk at once, and the next build, which replaces that file, then
/// waits for the disk: an update of a 1 GB corpus spent 2.7 s of its 7.5 s dropping the last
/// outputs. Exchanged, the new file is written back when the kernel sees fit, and a file that
/// is replaced before then never reaches the disk at all.
fn replace(tmp: &Path, path: &Path, spare: Option<&Path>) -> std::io::Result<()> {
    // (Only over a regular file: a folder or a link of that name is refused by `rename` below,
    // or replaced as before, never moved aside.)
    #[cfg(target_os = "linux")]
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) && exchange(tmp, path).is_ok() {
        // `tmp` now names the last output.
        if spare.is_some_and(|s| std::fs::rename(tmp, s).is_ok()) {
            return Ok(());
        }
        return std::fs::remove_file(tmp);
    }
    let _ = spare;
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
    w: &mut Writer,
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
    let n = w.get_mut().copy(&mut from.take((b - a) as u64))?;
    if n != (b - a) as u64 {
        return Err(std::io::Error::other(
            "the last output is shorter than its index says",
        ));
    }
    Ok(())
}

/// How long a file [`Sink::may_go_direct`] is written through the page cache before the rest
/// goes past it.
pub const DIRECT_AFTER: u64 = 64 << 20;

/// The bytes written past the page cache at a time.
const STAGE: usize = 2 << 20;

/// What direct transfers align to (offsets, lengths and memory): the largest logical block
/// size in use.
const BLOCK: usize = 4096;

/// A block of memory aligned as direct transfers need it.
#[repr(C, align(4096))]
#[derive(Clone, Copy)]
struct Block([u8; BLOCK]);

fn as_bytes(blocks: &[Block]) -> &[u8] {
    // SAFETY: `Block` is `[u8; BLOCK]` with no padding (its size is its alignment).
    unsafe {
        std::slice::from_raw_parts(blocks.as_ptr().cast::<u8>(), std::mem::size_of_val(blocks))
    }
}

fn as_bytes_mut(blocks: &mut [Block]) -> &mut [u8] {
    // SAFETY: as `as_bytes`; any bytes make a valid `Block`.
    unsafe {
        std::slice::from_raw_parts_mut(
            blocks.as_mut_ptr().cast::<u8>(),
            std::mem::size_of_val(blocks),
        )
    }
}

/// Where an [`AtomicFile`]'s bytes go: into its file through the page cache, as any write; or,
/// for a large output of a whole build ([`write_atomic_large`]), once the file is
/// [`DIRECT_AFTER`] long, straight to the disk (Linux `O_DIRECT`), [`STAGE`] bytes at a time,
/// by a thread of its own while the next bytes are gathered.
///
/// Through the page cache, each 4 KB of a new file takes a page of memory, and on the virtual
/// machines measured (the host takes back memory the guest leaves idle) a fresh page costs more
/// than the copy into it: 1 GB with `dd` took 1.7-2.3 s of system time that way, 0.4 s past
/// the cache. A 1 GB corpus's build writes 2.2 GB, read again only in part (an update copies
/// graph.json and graph.dot, a query reads the evidence it prints): the first update after
/// such a build reads them from the disk. The first [`DIRECT_AFTER`] bytes, and every file of
/// a small corpus, are written as before.
///
/// A file system that refuses direct writes (tmpfs) is written through the page cache. A seek,
/// a flush or a copy ends direct writing: the rest of the file goes through the page cache.
pub struct Sink {
    file: std::fs::File,
    /// The file's length so far, counting the bytes staged.
    at: u64,
    mode: Mode,
    /// [`DIRECT_AFTER`] (smaller in tests).
    direct_after: u64,
}

enum Mode {
    /// Through the page cache, for good.
    Cached,
    /// Through the page cache until the file is [`DIRECT_AFTER`] long.
    Waiting,
    /// Past the page cache.
    Direct(Box<Direct>),
    /// A write past the page cache failed: the file is not what was written to it, and every
    /// later write fails too.
    Failed,
}

/// The bytes of a file written past the page cache not written yet, from a block boundary.
struct Direct {
    stage: Vec<Block>,
    len: usize,
    /// The thread that writes full stages, when one could be started (else they are written
    /// here), with the stage it gave back.
    behind: Option<Behind>,
}

struct Behind {
    full: std::sync::mpsc::SyncSender<Vec<Block>>,
    empty: std::sync::mpsc::Receiver<Vec<Block>>,
    spare: Option<Vec<Block>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Behind {
    /// A thread writing the stages it is sent to `file` (a second descriptor of the sink's
    /// file: one position) and sending them back.
    fn start(file: &std::fs::File) -> Option<Behind> {
        let mut file = file.try_clone().ok()?;
        let (full, stages) = std::sync::mpsc::sync_channel::<Vec<Block>>(1);
        let (done, empty) = std::sync::mpsc::sync_channel(2);
        let thread = std::thread::Builder::new()
            .name("vbgraph-writer".into())
            .spawn(move || -> std::io::Result<()> {
                for stage in stages {
                    write_direct(&mut file, as_bytes(&stage))?;
                    let _ = done.send(stage);
                }
                Ok(())
            })
            .ok()?;
        Some(Behind {
            full,
            empty,
            spare: Some(vec![Block([0; BLOCK]); STAGE / BLOCK]),
            thread: Some(thread),
        })
    }

    /// Hands `stage` over to be written; an empty one back.
    fn hand_over(&mut self, stage: Vec<Block>) -> std::io::Result<Vec<Block>> {
        if self.full.send(stage).is_ok() {
            if let Some(s) = self.spare.take() {
                return Ok(s);
            }
            if let Ok(s) = self.empty.recv() {
                return Ok(s);
            }
        }
        // The thread stopped on an error: that error.
        Err(join(self.thread.take())
            .err()
            .unwrap_or_else(|| std::io::Error::other("the writing thread stopped")))
    }

    /// Waits until everything handed over is written.
    fn finish(self) -> std::io::Result<()> {
        let Behind { full, thread, .. } = self;
        drop(full);
        join(thread)
    }
}

/// What the writing thread `thread` ended with (it has ended, or is told to).
fn join(thread: Option<std::thread::JoinHandle<std::io::Result<()>>>) -> std::io::Result<()> {
    match thread.map(|t| t.join()) {
        Some(Ok(r)) => r,
        Some(Err(p)) => std::panic::resume_unwind(p),
        None => Ok(()),
    }
}

fn failed() -> std::io::Error {
    std::io::Error::other("an earlier write of this file failed")
}

/// Sets or clears `O_DIRECT` on `file`'s open file (every descriptor of it): whether the file
/// system took it.
#[cfg(target_os = "linux")]
fn set_direct(file: &std::fs::File, on: bool) -> bool {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl on a descriptor this `File` owns.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            return false;
        }
        let flags = if on {
            flags | libc::O_DIRECT
        } else {
            flags & !libc::O_DIRECT
        };
        libc::fcntl(fd, libc::F_SETFL, flags) == 0
    }
}

#[cfg(not(target_os = "linux"))]
fn set_direct(_file: &std::fs::File, _on: bool) -> bool {
    false
}

/// Writes `bytes` (whole blocks from a block boundary) to `file`, past the page cache when it
/// is set so; when the file system refuses, through the page cache (for good: `O_DIRECT` is
/// cleared).
fn write_direct(file: &mut std::fs::File, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    match file.write_all(bytes) {
        // (A refused transfer writes nothing.)
        Err(e) if e.raw_os_error() == Some(libc::EINVAL) && set_direct(file, false) => {
            file.write_all(bytes)
        }
        r => r,
    }
}

impl Sink {
    fn new(file: std::fs::File) -> Sink {
        Sink {
            file,
            at: 0,
            mode: Mode::Cached,
            direct_after: DIRECT_AFTER,
        }
    }

    /// Lets the rest of the file go past the page cache once it is [`DIRECT_AFTER`] long
    /// (Linux; elsewhere nothing changes).
    pub fn may_go_direct(&mut self) {
        if cfg!(target_os = "linux") && matches!(self.mode, Mode::Cached) {
            self.mode = Mode::Waiting;
        }
    }

    /// Appends `from`'s bytes to the file, file to file (`copy_file_range` on Linux); direct
    /// writing ends.
    fn copy(&mut self, from: &mut std::io::Take<&std::fs::File>) -> std::io::Result<u64> {
        self.end_direct()?;
        let n = std::io::copy(from, &mut self.file)?;
        self.at += n;
        Ok(n)
    }

    fn into_file(mut self) -> std::io::Result<std::fs::File> {
        self.end_direct()?;
        Ok(self.file)
    }

    /// Starts writing past the page cache (at a block boundary), where the file system will.
    fn go_direct(&mut self) {
        self.mode = if set_direct(&self.file, true) {
            Mode::Direct(Box::new(Direct {
                stage: vec![Block([0; BLOCK]); STAGE / BLOCK],
                len: 0,
                behind: Behind::start(&self.file),
            }))
        } else {
            Mode::Cached
        };
    }

    /// Writes everything staged (the whole blocks past the page cache, the rest through it);
    /// the rest of the file goes through the page cache.
    fn end_direct(&mut self) -> std::io::Result<()> {
        match std::mem::replace(&mut self.mode, Mode::Cached) {
            Mode::Failed => {
                self.mode = Mode::Failed;
                Err(failed())
            }
            Mode::Direct(d) => {
                let Direct { stage, len, behind } = *d;
                let bytes = &as_bytes(&stage)[..len];
                let whole = len / BLOCK * BLOCK;
                let written = behind
                    .map_or(Ok(()), Behind::finish)
                    .and_then(|()| write_direct(&mut self.file, &bytes[..whole]))
                    .and_then(|()| {
                        if whole < len && !set_direct(&self.file, false) {
                            return Err(std::io::Error::other("cannot end direct writing"));
                        }
                        std::io::Write::write_all(&mut self.file, &bytes[whole..])
                    });
                if written.is_err() {
                    self.mode = Mode::Failed;
                }
                written
            }
            _ => Ok(()),
        }
    }
}

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.mode {
            Mode::Cached => {
                let n = self.file.write(buf)?;
                self.at += n as u64;
                Ok(n)
            }
            Mode::Waiting
                if self.at >= self.direct_after && self.at.is_multiple_of(BLOCK as u64) =>
            {
                self.go_direct();
                self.write(buf)
            }
            Mode::Waiting => {
                // Up to where direct writing can start: a block boundary, once the file is
                // long enough.
                let start = self
                    .at
                    .max(self.direct_after)
                    .next_multiple_of(BLOCK as u64);
                let n = buf.len().min((start - self.at) as usize);
                let n = self.file.write(&buf[..n])?;
                self.at += n as u64;
                Ok(n)
            }
            Mode::Direct(d) => {
                let room = &mut as_bytes_mut(&mut d.stage)[d.len..];
                let n = buf.len().min(room.len());
                room[..n].copy_from_slice(&buf[..n]);
                d.len += n;
                self.at += n as u64;
                if d.len == STAGE {
                    let written = match &mut d.behind {
                        Some(b) => b
                            .hand_over(std::mem::take(&mut d.stage))
                            .map(|empty| d.stage = empty),
                        None => write_direct(&mut self.file, as_bytes(&d.stage)),
                    };
                    if let Err(e) = written {
                        self.mode = Mode::Failed;
                        return Err(e);
                    }
                    d.len = 0;
                }
                Ok(n)
            }
            Mode::Failed => Err(failed()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.end_direct()
    }
}

impl std::io::Seek for Sink {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        self.end_direct()?;
        self.at = self.file.seek(pos)?;
        Ok(self.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// Bytes that show where they are (no two blocks alike).
    fn pattern(n: usize) -> Vec<u8> {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    /// A sink as a large output's, going direct after `after` bytes, in `dir`; and whether the
    /// file system there takes direct writes.
    fn large_sink(dir: &Path, after: u64) -> (Sink, bool) {
        let f = std::fs::File::create(dir.join("out")).unwrap();
        let probe = std::fs::File::create(dir.join("probe")).unwrap();
        let mut s = Sink::new(f);
        s.may_go_direct();
        s.direct_after = after;
        (s, set_direct(&probe, true))
    }

    /// Writes a large file through a sink as [`AtomicFile`] does, in writes of every size, its
    /// stages written by a thread of their own or (`threaded` false: no thread could be had)
    /// where they are made; checks what the file holds.
    fn write_large(threaded: bool) {
        let d = tempfile::tempdir().unwrap();
        let (sink, direct) = large_sink(d.path(), 10_000);
        let mut w = std::io::BufWriter::with_capacity(1000, sink);
        let bytes = pattern(3 * STAGE + 12_345);
        let (mut at, mut n) = (0, 1);
        while at < bytes.len() {
            let end = (at + n).min(bytes.len());
            w.write_all(&bytes[at..end]).unwrap();
            if at < 20_000 && end >= 20_000 {
                match &mut w.get_mut().mode {
                    Mode::Direct(d) if !threaded => d.behind.take().unwrap().finish().unwrap(),
                    Mode::Direct(_) => {}
                    _ => assert!(!direct, "past the page cache once long enough"),
                }
            }
            at = end;
            n = n * 7 % 100_003 + 1;
        }
        let mut f = w.into_inner().map_err(|e| e.into_error()).unwrap();
        f.flush().unwrap();
        assert_eq!(f.at, bytes.len() as u64);
        drop(f.into_file().unwrap());
        assert!(std::fs::read(d.path().join("out")).unwrap() == bytes);
    }

    #[test]
    fn a_large_file_is_written_whole_past_the_page_cache() {
        write_large(true);
        write_large(false);
    }

    #[test]
    fn a_seek_or_a_copy_ends_writing_past_the_page_cache() {
        use std::io::{Seek, SeekFrom};
        let d = tempfile::tempdir().unwrap();
        let src = pattern(STAGE + 5000);
        std::fs::write(d.path().join("src"), &src).unwrap();
        let from = std::fs::File::open(d.path().join("src")).unwrap();
        let (mut sink, _) = large_sink(d.path(), 4096);
        let body = pattern(STAGE + 777);
        sink.write_all(&body).unwrap();
        // A header written last, as the query index's.
        sink.seek(SeekFrom::Start(0)).unwrap();
        sink.write_all(b"HEAD").unwrap();
        sink.seek(SeekFrom::End(0)).unwrap();
        assert!(matches!(sink.mode, Mode::Cached));
        // Past the page cache again, then a copy from another file, as an update's.
        sink.mode = Mode::Waiting;
        sink.write_all(&body[..2 * BLOCK + 1]).unwrap();
        (&from).seek(SeekFrom::Start(100)).unwrap();
        let n = sink.copy(&mut (&from).take(STAGE as u64)).unwrap();
        assert_eq!(n, STAGE as u64);
        sink.write_all(b"end").unwrap();
        let mut want = body.clone();
        want[..4].copy_from_slice(b"HEAD");
        want.extend_from_slice(&body[..2 * BLOCK + 1]);
        want.extend_from_slice(&src[100..100 + STAGE]);
        want.extend_from_slice(b"end");
        drop(sink.into_file().unwrap());
        assert!(std::fs::read(d.path().join("out")).unwrap() == want);
    }

    #[test]
    fn a_failed_write_past_the_page_cache_is_an_error_to_the_end() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("ro"), b"").unwrap();
        // A descriptor that cannot write: every write fails (EBADF).
        let ro = std::fs::File::open(d.path().join("ro")).unwrap();
        if !set_direct(&ro, true) {
            return; // (No direct writing here: nothing to check.)
        }
        let mut sink = Sink::new(ro);
        sink.may_go_direct();
        sink.direct_after = 0;
        let mut w = std::io::BufWriter::new(sink);
        let bytes = pattern(4 * STAGE);
        let e = w.write_all(&bytes).unwrap_err();
        assert_eq!(e.raw_os_error(), Some(libc::EBADF), "the write's own error");
        assert!(w.write_all(b"more").and_then(|()| w.flush()).is_err());
        // (Dropped with bytes buffered: no panic.)
        w.write_all(b"x").ok();
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_mapped_file_not_in_memory_is_read_in() {
        use std::os::fd::AsRawFd;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.json");
        std::fs::write(&p, pattern(4 << 20)).unwrap();
        let f = std::fs::File::open(&p).unwrap();
        f.sync_all().unwrap();
        let m = Mapped::new(f).unwrap();
        assert!(m.looks_resident(), "just written");
        // SAFETY: fadvise on a descriptor this `File` owns.
        unsafe { libc::posix_fadvise(m.file().as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
        if m.looks_resident() {
            return; // (A file system whose pages cannot be let go of: nothing to check.)
        }
        m.read_ahead_if_cold(&p);
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(!m.looks_resident(), "too small to be read ahead");
        m.read_ahead_if_cold_from(&p, 0);
        let t = std::time::Instant::now();
        while !m.looks_resident() {
            assert!(t.elapsed().as_secs() < 20, "not read in");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(m[..] == pattern(4 << 20)[..]);
    }

    #[test]
    fn a_large_output_is_replaced_whole() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.json");
        let bytes = pattern(100_000);
        write_atomic_spared_large(&p, |w| w.write_all(&bytes)).unwrap();
        write_atomic_large(&p, |w| w.write_all(&bytes[1..])).unwrap();
        assert!(std::fs::read(&p).unwrap() == bytes[1..]);
    }

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

    /// Writes `text` to the output `p` as a build does, over its spare.
    #[cfg(target_os = "linux")]
    fn spared(p: &Path, text: &str) {
        write_atomic_spared(p, |w| w.write_all(text.as_bytes())).unwrap();
    }

    #[cfg(target_os = "linux")]
    fn inode(p: &Path) -> u64 {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(p).unwrap().ino()
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_replaced_output_is_kept_and_written_over_next_time() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.json");
        let spare = spare_path(&p);
        assert_eq!(spare, d.path().join(".graph.json.spare"));
        let write = |text: &str| spared(&p, text);
        write("first, long enough to be cut later");
        assert!(!spare.exists(), "nothing replaced yet");
        write("second");
        assert_eq!(
            std::fs::read(&spare).unwrap(),
            b"first, long enough to be cut later"
        );
        let first = inode(&spare);
        // The third is written over the first (and cut where it ends); the second is kept.
        write("third");
        assert_eq!(std::fs::read(&p).unwrap(), b"third");
        assert_eq!(inode(&p), first);
        assert_eq!(std::fs::read(&spare).unwrap(), b"second");
        // Longer than the spare it is written over.
        write("a fourth, longer than the second was");
        assert_eq!(
            std::fs::read(&p).unwrap(),
            b"a fourth, longer than the second was"
        );
        let mut names: Vec<String> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [".graph.json.spare", "graph.json"]);
        // A failed write leaves the output and uses up the spare, nothing else.
        let e = write_atomic_spared(&p, |w| {
            w.write_all(b"half")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(e.is_err());
        assert_eq!(
            std::fs::read(&p).unwrap(),
            b"a fourth, longer than the second was"
        );
        assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 1);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_spare_someone_reads_is_not_written_over() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.json");
        let write = |text: &str| spared(&p, text);
        write("one");
        // A query maps the output of the moment; two builds later it is still what it read.
        let held = Mapped::new(std::fs::File::open(&p).unwrap()).unwrap();
        write("two");
        write("three");
        write("four");
        assert_eq!(&held[..], b"one");
        assert_eq!(std::fs::read(&p).unwrap(), b"four");
        drop(held);
        // Let go of, the spare is written over again.
        let spare = inode(&spare_path(&p));
        write("five");
        assert_eq!(inode(&p), spare);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_hard_linked_output_is_never_written_over() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.dot");
        let write = |text: &str| spared(&p, text);
        write("december");
        // A snapshot kept by a second name: once replaced, it is the spare too.
        std::fs::hard_link(&p, d.path().join("snapshot.dot")).unwrap();
        write("january");
        write("february");
        write("march");
        assert_eq!(
            std::fs::read(d.path().join("snapshot.dot")).unwrap(),
            b"december"
        );
        assert_eq!(std::fs::read(&p).unwrap(), b"march");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_link_where_the_spare_goes_is_not_followed() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("graph.json");
        let victim = d.path().join("notes.txt");
        std::fs::write(&victim, "mine").unwrap();
        std::os::unix::fs::symlink(&victim, spare_path(&p)).unwrap();
        spared(&p, "one");
        spared(&p, "two");
        assert_eq!(std::fs::read(&victim).unwrap(), b"mine");
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
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
