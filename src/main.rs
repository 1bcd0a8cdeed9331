//! The `vbgraph` binary: parse the command line, run it, print the error chain once.

use clap::Parser;
use std::process::ExitCode;

// mimalloc: a build makes millions of small strings on every core; with glibc's malloc the 100k
// build took 10.6-12.5 s, with mimalloc 8.4-9.3 s (2 cores, same peak memory).
#[cfg(not(feature = "alloc-stats"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "alloc-stats")]
#[global_allocator]
static GLOBAL: vbgraph::timing::Counting<mimalloc::MiMalloc> =
    vbgraph::timing::Counting(mimalloc::MiMalloc);

fn main() -> ExitCode {
    let cli = vbgraph::cli::Cli::parse();
    match vbgraph::app::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("vbgraph: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
