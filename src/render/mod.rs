//! Printers: pure functions from documents and links to text. Running external programs
//! (Graphviz) is the caller's business.

/// nodes.csv / edges.csv with neo4j-admin headers.
pub mod csv;
/// Graphviz DOT through graphviz-rust.
pub mod dot;
/// GraphML for Gephi and yEd.
pub mod graphml;
/// Mermaid flowcharts for Markdown (GitHub, GitLab, Obsidian).
pub mod mermaid;
/// Node-link JSON for networkx.
pub mod nodelink;
/// One self-contained HTML report: diagram, documents, evidence, search.
pub mod report;
/// SVG without Graphviz (layout-rs), for small subgraphs.
pub mod svg;
/// Human-readable reports (`vbgraph extract --format text`).
pub mod text;
