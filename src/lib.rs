//! vbgraph: a folder of Vietnamese official documents → a citation and implementation graph.
//!
//! Party and State bodies issue chains of documents: a Party resolution is continued by a
//! conclusion, implemented by a provincial action programme, which a provincial plan implements.
//! vbgraph reads the documents, extracts every reference (type, number, symbol, date, issuer),
//! works out which document each reference means, types each relation, and builds a petgraph
//! DAG with the evidence for every node and edge.
//!
//! The pipeline, one module a stage, in order:

/// Reading ahead of the cores when the corpus is not in memory.
pub mod ahead;
/// Well-known documents cited by title (`Nghị quyết Hội nghị Trung ương 8 khóa XI`).
pub mod aliases;
pub mod app;
/// What each file said, kept between builds.
pub mod cache;
/// The command line (clap) and its commands.
pub mod cli;
/// Own identity, references and stated relations: a pure function of one file's text.
pub mod extract;
/// HTML, DOCX and PDF to text; formats told by content.
pub mod formats;
/// The petgraph graph, kept acyclic, and graph.json.
pub mod graph;
/// The memory-mapped query index (`graph.idx`).
pub mod index;
/// Files → text: walking the corpus, decoding, reporting what cannot be read.
pub mod ingest;
/// Writing graph.json in parallel, with where each document and link is.
pub mod json;
/// Legacy Vietnamese encodings: TCVN3 (ABC), VNI, Windows-1258.
pub mod legacy;
/// Plain data types shared by every stage.
pub mod model;
/// Unicode NFC, 'Ð' as 'Đ', invisible characters; folding for matching.
pub mod normalize;
/// Atomic output files.
pub mod output;
/// The build as one pipeline: read → normalise → extract → resolve → graph.
pub mod pipeline;
/// Finding documents by what people type; lineage and implementation walks.
pub mod query;
/// What the last build wrote, so that a rebuild of an unchanged corpus keeps it.
pub mod record;
/// What vbgraph knows without reading a file: types, provinces, bodies, Party terms.
pub mod registry;
/// Printers: DOT (graphviz-rust) and text reports.
pub mod render;
/// Mentions → documents: identity by number, symbol, scope and year; ambiguity reported.
pub mod resolve;
/// What a build leaves for the next to resolve again only what changed.
pub mod state;
/// Sentences, and the file a large build keeps them in.
pub mod text;
/// Phase timings (`VBGRAPH_TIMINGS=1`).
pub mod timing;
/// Updating the outputs after a few files changed.
pub mod update;

/// What the unit tests share.
#[cfg(test)]
pub(crate) mod testing {
    /// A deterministic stream of pseudo-random numbers (xorshift64) for the tests that compare
    /// a fast reader with a plain one on generated texts.
    pub fn xorshift(mut x: u64) -> impl FnMut() -> u64 {
        move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        }
    }

    /// A text of fewer than `max_len` pieces, each drawn from `pieces` with `next`.
    pub fn text_of(next: &mut impl FnMut() -> u64, pieces: &[&str], max_len: u64) -> String {
        let len = next() % max_len;
        (0..len)
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect()
    }
}
