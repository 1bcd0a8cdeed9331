//! The `vbgraph` binary: parse the command line, run it, print the error chain once.

use clap::Parser;
use std::process::ExitCode;

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
