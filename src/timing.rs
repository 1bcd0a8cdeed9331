//! Phase timings for profiling a build: set `VBGRAPH_TIMINGS=1` and each phase prints its wall
//! time on stderr. Silent otherwise; costs one clock read per phase.

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
                "timing {what:<24} {:>8.3} s",
                self.last.elapsed().as_secs_f64()
            );
        }
        self.last = Instant::now();
    }
}
