//! Phase timings for profiling a build: set `VBGRAPH_TIMINGS=1` and each phase prints its wall
//! time and the memory in use on stderr. Silent otherwise; costs one clock read per phase.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// A stopwatch that reports laps when `VBGRAPH_TIMINGS` is set.
pub struct Laps {
    on: bool,
    last: Instant,
}

impl Default for Laps {
    fn default() -> Self {
        Laps::new()
    }
}

impl Laps {
    pub fn new() -> Laps {
        Laps {
            on: std::env::var_os("VBGRAPH_TIMINGS").is_some_and(|v| !v.is_empty() && v != "0"),
            last: Instant::now(),
        }
    }

    /// Ends the phase `what` and starts the next one.
    pub fn lap(&mut self, what: &str) {
        if self.on {
            eprintln!(
                "timing {what:<24} {:>9.4} s  {}",
                self.last.elapsed().as_secs_f64(),
                memory()
            );
        }
        self.last = Instant::now();
    }
}

/// Resident and peak memory (Linux), for the timing lines.
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |k: &str| {
        status
            .lines()
            .find(|l| l.starts_with(k))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
            .map_or("?".to_string(), |kb| format!("{} MB", kb / 1024))
    };
    let held = if cfg!(feature = "alloc-stats") {
        format!(
            "held {} MB (peak {} MB) ",
            HELD.load(Ordering::Relaxed) >> 20,
            HELD_PEAK.swap(0, Ordering::Relaxed) >> 20
        )
    } else {
        String::new()
    };
    format!(
        "{held}rss {} peak {} (mapped files {})",
        field("VmRSS:"),
        field("VmHWM:"),
        field("RssFile:")
    )
}

/// Bytes held (feature `alloc-stats`): what the program asked of the allocator and has not
/// given back. Deterministic, unlike the resident size, which depends on the allocator's
/// pages and the kernel's timing.
static HELD: AtomicUsize = AtomicUsize::new(0);
/// The most held since the last timing line.
static HELD_PEAK: AtomicUsize = AtomicUsize::new(0);

/// An allocator that counts the bytes held ([`HELD`]): `alloc-stats` builds use it.
pub struct Counting<A>(pub A);

impl<A> Counting<A> {
    fn grew(&self, n: usize) {
        let now = HELD.fetch_add(n, Ordering::Relaxed) + n;
        HELD_PEAK.fetch_max(now, Ordering::Relaxed);
    }
}

// SAFETY: every call is passed on unchanged to the wrapped allocator; only counters are added.
unsafe impl<A: std::alloc::GlobalAlloc> std::alloc::GlobalAlloc for Counting<A> {
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        self.grew(l.size());
        unsafe { self.0.alloc(l) }
    }
    unsafe fn alloc_zeroed(&self, l: std::alloc::Layout) -> *mut u8 {
        self.grew(l.size());
        unsafe { self.0.alloc_zeroed(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: std::alloc::Layout) {
        HELD.fetch_sub(l.size(), Ordering::Relaxed);
        unsafe { self.0.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, n: usize) -> *mut u8 {
        if n >= l.size() {
            self.grew(n - l.size());
        } else {
            HELD.fetch_sub(l.size() - n, Ordering::Relaxed);
        }
        unsafe { self.0.realloc(p, l, n) }
    }
}
