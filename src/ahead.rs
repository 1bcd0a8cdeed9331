//! Reading ahead of the cores when the corpus is not in memory.
//!
//! A build reads each file as it extracts it, so two cores keep two reads in flight. When the
//! corpus is in the page cache that costs nothing; when it is not (a first build after a
//! reboot, a folder just copied or unpacked, a corpus larger than the cache) the cores wait for
//! the disk one small file at a time: 1 GB of 270,000 generated files took 28 s to read and
//! extract from disk against 9.4 s from memory. A disk, and the virtual disks of cloud
//! machines above all, answers many requests at once: `cat` of 10,000 files (52 MB) from disk
//! took 0.70-0.75 s one file after another and 0.24 s 32 files at a time.
//!
//! So when a core's read finds its file not in memory (`preadv2` with `RWF_NOWAIT`, which
//! fails rather than wait, having sent for the file: `getrusage`'s blocks read grow), the
//! next files in that core's run are asked of the kernel on a thread of their own
//! (`posix_fadvise(WILLNEED)`, which queues their reads and returns), more of them as cold
//! reads follow one another ([`ReadAhead::note`]). The disk then works while the cores
//! extract. A corpus in memory asks nothing: its reads do not wait, and the thread waits on an
//! empty channel. Measured on 2 cores with
//! the page cache emptied (`echo 3 > /proc/sys/vm/drop_caches`): 1 GB 37.8 s → 23.4 s (read
//! and extract 28.0 s → 14.2 s; `rg` took 13.2 s), 100k 11.8 s → 7.8 s, 10k 1.1-1.3 s →
//! 0.7-0.8 s; from memory the same time as before.
//!
//! Only where the kernel has both calls (Linux with glibc); elsewhere reads are not marked
//! cold and nothing is read ahead.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// At most how many files ahead of a core are asked for: enough to keep a disk's queue full
/// (the block layer takes 128 requests per device by default) with two cores asking, few
/// enough that what is read ahead is used before the page cache lets it go.
pub const WINDOW: usize = 128;

/// How many files ahead a core's first cold read asks for.
pub const FIRST: usize = 8;

/// Fewer files to read than this and nothing is read ahead (an update reads a few files).
pub const MIN_FILES: usize = 64;

/// The paths of the files a build reads, by their index among its jobs.
pub struct Table<'a> {
    dir: &'a Path,
    /// The paths relative to `dir`, one after another; empty for a file that is not read (the
    /// cache has it) or whose path is not UTF-8 (it is read, not ahead).
    names: String,
    ends: Vec<u32>,
}

/// What the cores ask of the thread that reads ahead, and which files they asked for.
pub struct ReadAhead {
    asked: Vec<AtomicBool>,
    tx: mpsc::Sender<u32>,
}

impl<'a> Table<'a> {
    /// The files named by `rels` (each job's path relative to `dir`, or `None` for a job that
    /// reads nothing); `None` when there are fewer than [`MIN_FILES`] to read or the system
    /// cannot tell a read that would wait.
    pub fn of<'r>(dir: &'a Path, rels: impl Iterator<Item = Option<&'r str>>) -> Option<Self> {
        if !cfg!(all(target_os = "linux", target_env = "gnu")) {
            return None;
        }
        let mut table = Table {
            dir,
            names: String::new(),
            ends: vec![],
        };
        let mut to_read = 0;
        for r in rels {
            if let Some(r) = r {
                table.names.push_str(r);
                to_read += 1;
            }
            table.ends.push(u32::try_from(table.names.len()).ok()?);
        }
        (to_read >= MIN_FILES).then_some(table)
    }
}

impl ReadAhead {
    /// Runs `work` beside a thread that reads ahead the files of `table` when `work` asks
    /// ([`ReadAhead::note`]); `work` has `None` without a table.
    pub fn run<R>(table: Option<Table>, work: impl FnOnce(Option<&ReadAhead>) -> R) -> R {
        let Some(table) = table else {
            return work(None);
        };
        let (tx, rx) = mpsc::channel::<u32>();
        let table = &table;
        std::thread::scope(|s| {
            let reader = std::thread::Builder::new()
                .name("vbgraph-read-ahead".into())
                .spawn_scoped(s, move || {
                    for i in rx {
                        table.fetch(i as usize);
                    }
                });
            if reader.is_err() {
                // (No thread to be had: the files are read as they come.)
                return work(None);
            }
            let ra = ReadAhead {
                asked: (0..table.ends.len())
                    .map(|_| AtomicBool::new(false))
                    .collect(),
                tx,
            };
            // (Dropped at the end of this closure: the channel closes and the thread ends.)
            work(Some(&ra))
        })
    }

    fn ask(&self, i: usize) {
        if i < self.asked.len() && !self.asked[i].swap(true, Ordering::Relaxed) {
            // (The thread ends only after the work.)
            let _ = self.tx.send(i as u32);
        }
    }

    /// Job `i` was read: `cold` when its read went to the disk. A cold read asks for the files
    /// after it in this core's run: [`FIRST`] of them, twice as many as last time when it
    /// comes while or just after those of its last cold read were read (a corpus cold from
    /// end to end), up to [`WINDOW`]. A corpus mostly in memory with a file here and there
    /// that is not (pages the system took back) asks little; one read from disk throughout
    /// waits once a window.
    pub fn note(&self, i: usize, cold: bool) {
        thread_local!(static LAST: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) });
        if !cold {
            return;
        }
        let (at, n) = LAST.get();
        let n = if n > 0 && i > at && i <= at + 2 * n {
            (2 * n).min(WINDOW)
        } else {
            FIRST
        };
        LAST.set((i, n));
        for j in i + 1..=i + n {
            self.ask(j);
        }
    }
}

impl Table<'_> {
    fn name(&self, i: usize) -> Option<&str> {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        let end = *self.ends.get(i)? as usize;
        (end > start).then(|| &self.names[start..end])
    }

    /// Asks the kernel to read file `i` into the page cache, without waiting for it.
    fn fetch(&self, i: usize) {
        let Some(name) = self.name(i) else {
            return;
        };
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        if let Ok(f) = std::fs::File::open(self.dir.join(name)) {
            will_need(&f, 0, 0);
        }
        #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
        let _ = name;
    }
}

/// Asks the kernel to read `len` bytes of `f` from `at` (0: to the end) into the page cache,
/// without waiting for them (`posix_fadvise(WILLNEED)`; this kernel reads at most 8 MB of one
/// such request).
#[cfg(target_os = "linux")]
pub(crate) fn will_need(f: &std::fs::File, at: u64, len: u64) {
    use std::os::fd::AsRawFd;
    let (Ok(at), Ok(len)) = (libc::off_t::try_from(at), libc::off_t::try_from(len)) else {
        return;
    };
    // SAFETY: an open descriptor; the call only advises the kernel.
    unsafe { libc::posix_fadvise(f.as_raw_fd(), at, len, libc::POSIX_FADV_WILLNEED) };
}

/// Reads the whole file `f` (of `len` bytes when it was listed) into `bytes` (empty), the
/// first read without waiting for the disk: `Ok(true)` when that read did not find all of it
/// in memory. As many system calls as `read_to_end` makes: the first read, and the one that
/// finds the end.
pub fn read_noting_cold(
    f: &std::fs::File,
    len: usize,
    bytes: &mut Vec<u8>,
) -> std::io::Result<bool> {
    debug_assert!(bytes.is_empty());
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // One byte more than the size, so that the read that finds the end needs no new room.
        bytes.reserve(len.saturating_add(1));
        // The blocks this thread had read from disk by its last read that would have waited
        // (asked of the system then, and before the first).
        thread_local!(static SEEN: std::cell::Cell<Option<i64>> = const { std::cell::Cell::new(None) });
        let seen = SEEN.get().unwrap_or_else(blocks_read);
        let missed = match read_at_end(f, bytes, libc::RWF_NOWAIT) {
            Ok(n) => n < len,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => true,
            // (A file system that cannot read without waiting: read as before.)
            Err(_) => false,
        };
        // A read that would not wait also fails on pages in memory where the kernel marked
        // that it should read further ahead (files read from start to end before, by `cat`
        // say). A failed read of pages that are not in memory has started reading them (the
        // kernel counts the blocks then): only that says the corpus is cold.
        let cold = missed && {
            let now = blocks_read();
            SEEN.set(Some(now));
            now > seen
        };
        if SEEN.get().is_none() {
            SEEN.set(Some(seen));
        }
        while read_at_end(f, bytes, 0)? > 0 {}
        Ok(cold)
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        use std::io::Read;
        let _ = len;
        (&*f).read_to_end(bytes)?;
        Ok(false)
    }
}

/// The blocks this thread has read from disk so far (`getrusage`).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn blocks_read() -> i64 {
    // SAFETY: `getrusage` fills the zeroed structure it is given.
    unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_THREAD, &mut u);
        u.ru_inblock as i64
    }
}

/// Reads what follows `bytes.len()` in `f` into `bytes`'s spare room (made when there is none),
/// with the `preadv2` flags `flags`; interrupted reads are tried again.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn read_at_end(
    f: &std::fs::File,
    bytes: &mut Vec<u8>,
    flags: libc::c_int,
) -> std::io::Result<usize> {
    use std::os::fd::AsRawFd;
    if bytes.spare_capacity_mut().is_empty() {
        bytes.reserve(8192.max(bytes.len() / 2));
    }
    let at = bytes.len();
    let room = bytes.spare_capacity_mut();
    let iov = libc::iovec {
        iov_base: room.as_mut_ptr().cast(),
        iov_len: room.len(),
    };
    loop {
        // SAFETY: `iov` is the vector's spare room, which the kernel may write; only as many
        // bytes as it says it wrote are taken as written.
        let n = unsafe { libc::preadv2(f.as_raw_fd(), &iov, 1, at as libc::off_t, flags) };
        if n >= 0 {
            // SAFETY: the kernel wrote `n` bytes at the end of the vector.
            unsafe { bytes.set_len(at + n as usize) };
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(p: &Path, len: usize) -> (Vec<u8>, bool) {
        let f = std::fs::File::open(p).unwrap();
        let mut b = vec![];
        let cold = read_noting_cold(&f, len, &mut b).unwrap();
        (b, cold)
    }

    #[test]
    fn reads_whole_files_whatever_size_they_were_listed_at() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.txt");
        for text in [
            String::new(),
            "Kế hoạch số 156/KH-UBND".to_string(),
            "Căn cứ Nghị quyết số 29-NQ/TW;\n".repeat(5000),
        ] {
            std::fs::write(&p, &text).unwrap();
            let n = text.len();
            // As listed, grown since (listed smaller), shrunk since (listed larger).
            for listed in [n, n / 3, n + 100, 0] {
                let (b, _) = read(&p, listed);
                assert_eq!(b, text.as_bytes(), "listed at {listed} of {n}");
            }
        }
    }

    #[test]
    fn a_file_just_written_is_not_cold() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.txt");
        std::fs::write(&p, "Chương trình hành động số 100-CTr/TU".repeat(100)).unwrap();
        let len = std::fs::metadata(&p).unwrap().len() as usize;
        assert!(!read(&p, len).1, "its pages are in memory");
    }

    #[test]
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn a_few_files_are_not_read_ahead() {
        let d = Path::new("corpus");
        let few: Vec<String> = (0..MIN_FILES - 1).map(|i| format!("{i}.txt")).collect();
        assert!(Table::of(d, few.iter().map(|s| Some(s.as_str()))).is_none());
        // Files the cache has are not counted.
        let mixed = (0..3 * (MIN_FILES - 1)).map(|i| (i % 3 == 0).then_some("x.txt"));
        assert!(Table::of(d, mixed).is_none());
        let enough = (0..3 * MIN_FILES).map(|i| (i % 3 == 0).then_some("x.txt"));
        assert!(Table::of(d, enough).is_some());
    }

    #[test]
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    fn cold_reads_ask_for_the_files_after_them_more_as_they_follow_one_another() {
        let d = tempfile::tempdir().unwrap();
        let n = 3 * WINDOW;
        let names: Vec<String> = (0..n).map(|i| format!("{i:04}.txt")).collect();
        for f in &names {
            std::fs::write(d.path().join(f), "Thông tư số 01/2020/TT-BGDĐT").unwrap();
        }
        // Every fifth file is not read (the cache has it).
        let table = Table::of(
            d.path(),
            names
                .iter()
                .enumerate()
                .map(|(i, f)| (i % 5 != 0).then_some(f.as_str())),
        )
        .unwrap();
        assert_eq!(table.name(1), Some("0001.txt"));
        assert_eq!(table.name(5), None);
        assert_eq!(
            table.name(n - 1),
            Some(format!("{:04}.txt", n - 1).as_str())
        );
        assert_eq!(table.name(n), None);
        let asked = ReadAhead::run(Some(table), |ra| {
            let ra = ra.unwrap();
            // In memory: nothing is asked.
            ra.note(0, false);
            assert!(ra.asked.iter().all(|a| !a.load(Ordering::Relaxed)));
            // Cold: 8 after it, then twice as many while reads stay cold, and 8 again for a
            // cold read far from the last.
            ra.note(10, true);
            ra.note(19, true);
            ra.note(25, false);
            ra.note(36, true);
            ra.note(300, true);
            ra.asked
                .iter()
                .map(|a| a.load(Ordering::Relaxed))
                .collect::<Vec<bool>>()
        });
        let want: Vec<bool> = (0..n)
            .map(|j| {
                (11..=18).contains(&j)
                    || (20..=35).contains(&j)
                    || (37..=68).contains(&j)
                    || (301..=308).contains(&j)
            })
            .collect();
        assert_eq!(asked, want);
        assert!(ReadAhead::run(None, |ra| ra.is_none()));
    }
}
