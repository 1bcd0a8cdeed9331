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

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, which libmimalloc-sys does
/// not name).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // mimalloc 3 gives freed memory back to the system after a second (mimalloc 2: 10 ms). A
    // build frees and takes hundreds of MB from phase to phase: on 1 GB of text (2 cores) its
    // peak was 997-1028 MiB with a second, 965-976 MiB with 50 ms, 963-966 MiB with 10 ms, in
    // the same time; 100k builds took 1-2 % longer with 50 ms, 3-5 % with 10 ms.
    // MIMALLOC_PURGE_DELAY in the environment still decides.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an option before any thread allocates much; mimalloc is the allocator.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 50) }
    }
    let cli = vbgraph::cli::Cli::parse();
    match vbgraph::app::run(cli) {
        Ok(code) => code,
        // The reader of the output went away (`vbgraph implements "NQ 29" | head`): what it
        // read is all it wanted, as for any command of a pipeline.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vbgraph: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
