//! Phase timings for profiling a build: set `VBGRAPH_TIMINGS=1` and each phase prints its wall
//! time and the memory in use on stderr. Silent otherwise; costs one clock read per phase.

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
                "timing {what:<24} {:>8.3} s  {}",
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
    format!(
        "rss {} peak {} (mapped files {})",
        field("VmRSS:"),
        field("VmHWM:"),
        field("RssFile:")
    )
}
