//! Printers: pure functions from documents and links to text. Running external programs
//! (Graphviz) is the caller's business.

/// Graphviz DOT through graphviz-rust.
pub mod dot;
/// Human-readable reports (`vbgraph extract --format text`).
pub mod text;
