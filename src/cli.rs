//! The command line as the user types it (clap derive). The doc comments are the help text.
//! Validation and the work itself live in [`crate::app`].

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Turn a folder of Vietnamese official documents into a citation and implementation graph.
///
/// vbgraph reads Party and State documents (Nghị quyết, Kết luận, Chương trình, Kế hoạch,
/// Quyết định, ...), finds every reference with its number, symbol, date and issuer, works out
/// which document each one means, types the relations (implements, continues, based_on, amends,
/// replaces, repeals, guides, cites) and answers lineage questions.
///
/// Start with `vbgraph build` (reads docs-in/, writes graphs/), then ask:
///   vbgraph implements "NQ 29"        what implements Nghị quyết 29-NQ/TW
///   vbgraph lineage "KH 156/2019"     what Kế hoạch 156 of 2019 descends from
///   vbgraph show "Chương trình 100"   one document, its mentions and links
#[derive(Debug, Parser)]
#[command(name = "vbgraph", version, verbatim_doc_comment, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read every document under DIR and write graph.json and graph.dot.
    ///
    /// Also writes graph.idx, the index that lineage, implements and show read (they map it
    /// and parse only the documents they print). A rebuild does only what the change needs:
    /// it extracts again only the files whose text changed; keeps the outputs when no file
    /// says anything new; and when a few files changed, resolves again only the document
    /// numbers they name and updates the outputs in place (the same bytes as a whole build).
    /// Prints a summary and the diagnostics (ambiguous references, unreadable files, cycles).
    /// Exits 0 when a graph was built, even with warnings; 1 when nothing could be built.
    Build(BuildArgs),
    /// What a document descends from: what it implements, continues or rests on, up to the roots.
    Lineage(WalkArgs),
    /// What implements a document: every document below it, transitively.
    Implements(WalkArgs),
    /// One document: identity, where it is mentioned (file:line with the sentence), its links.
    Show(ShowArgs),
    /// The diagnostics of the last build as a report: ambiguous and unresolved references, cycles,
    /// links to later documents, conflicting dates, files that could not be read.
    Check(CheckArgs),
    /// What one file says: its own identity, its references with spans, the relations it states.
    ///
    /// Reads the file directly (no build needed); use it to check the extractor by eye.
    Extract(ExtractArgs),
    /// Write the whole graph, or a document's neighbourhood, as a picture or an export.
    ///
    /// Formats: dot, json, svg, png, pdf, mermaid, graphml, csv, node-link. SVG and PNG need
    /// Graphviz's `dot` program (Debian/Ubuntu: apt-get install graphviz).
    Render(RenderArgs),
    /// One self-contained HTML file for a report: the diagram, the documents (type, number,
    /// date, issuer, province), each link's evidence sentence, and a search box that filters
    /// the table and highlights the node. Opens offline; prints well.
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Folder of documents (searched recursively; .txt files in UTF-8).
    #[arg(default_value = "docs-in")]
    pub dir: PathBuf,
    /// Where to write graph.json and graph.dot.
    #[arg(long, short, default_value = "graphs")]
    pub out: PathBuf,
    /// Extra alias table (TOML, the format of data/aliases.toml) for documents cited by title,
    /// and `[[law]]` entries (the format of data/laws.toml) for laws cited by name and date.
    /// Default: DIR/aliases.toml when it exists.
    #[arg(long)]
    pub aliases: Option<PathBuf>,
    /// Print only the summary line and errors, not warnings and notes.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print every warning and note. By default at most 20 of each kind are printed (a
    /// national corpus can have thousands of ambiguous short forms), with a count of the rest;
    /// `vbgraph check` lists them all, and graph.json holds them all either way.
    #[arg(long, conflicts_with = "quiet")]
    pub all_diagnostics: bool,
    /// Leave out files larger than this many megabytes (with a diagnostic); at most 1024.
    #[arg(long, default_value_t = 64, value_name = "MB",
          value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub max_file_size: u64,
    /// Build everything again, ignoring what the last build kept in OUT (.vbgraph-cache,
    /// .vbgraph-build, .vbgraph-state): otherwise a file whose size and modification time are
    /// unchanged is not read, one whose text hashes the same is not extracted again, and only
    /// what changed is resolved and written.
    #[arg(long)]
    pub no_cache: bool,
    /// From this many files on, keep the sentences (the evidence) in an unnamed file in OUT
    /// instead of in memory. Hidden: for tests and measurements; the default suits corpora of
    /// every size.
    #[arg(long, hide = true, default_value_t = crate::app::SPILL_FROM_FILES, value_name = "FILES")]
    pub spill_from: usize,
}

/// How a walk is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WalkFormat {
    /// An indented tree, one document a line with its relation and date.
    Text,
    /// The documents and links of the walk, in the shape of graph.json.
    Json,
    /// Graphviz DOT of the walk.
    Dot,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The document, as you would write it: 29-NQ/TW, "NQ 29", "Nghị quyết 29/2013",
    /// "KH 156/2019", "Chương trình 100 Lạng Sơn", or a full id. Case and diacritics optional.
    pub query: String,
    /// Folder holding the graph.json written by `build`.
    #[arg(long, default_value = "graphs")]
    pub graph: PathBuf,
}

#[derive(Debug, Args)]
pub struct WalkArgs {
    #[command(flatten)]
    pub q: QueryArgs,
    /// How many links deep to go (default: all the way).
    #[arg(long)]
    pub depth: Option<usize>,
    /// Follow plain mentions (`cites`) too, not only typed relations.
    #[arg(long)]
    pub with_cites: bool,
    /// Follow only these relations (comma-separated: implements,continues,based_on,amends,
    /// replaces,repeals,guides,cites).
    #[arg(long, value_delimiter = ',')]
    pub relation: Vec<String>,
    /// Stay within these provinces (comma-separated, diacritics optional); central documents
    /// are kept.
    #[arg(long, value_delimiter = ',')]
    pub province: Vec<String>,
    /// Only documents of these levels (comma-separated): central-party, central-state,
    /// ministry, provincial-party, provincial-state, department, district, unknown.
    #[arg(long, value_delimiter = ',')]
    pub level: Vec<String>,
    /// Only documents issued on or after this date (YYYY or YYYY-MM-DD); undated ones are kept.
    #[arg(long)]
    pub since: Option<String>,
    /// Only documents issued on or before this date (YYYY or YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long, value_enum, default_value_t = WalkFormat::Text)]
    pub format: WalkFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub q: QueryArgs,
    /// Print the document as JSON (its node of graph.json and its links).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folder holding the graph.json written by `build`.
    #[arg(long, default_value = "graphs")]
    pub graph: PathBuf,
    /// Exit 1 when any error-level diagnostic exists (for scripts and CI).
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Everything, as JSON.
    Json,
    /// For reading: identity, then each reference with its line, span and reading.
    Text,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The file to read.
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    pub format: ExtractFormat,
    /// Extra alias table (TOML) for documents cited by title and laws cited by name.
    #[arg(long)]
    pub aliases: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    /// Graphviz DOT.
    Dot,
    /// The shape of graph.json (schema vbgraph/1).
    Json,
    /// A picture, through Graphviz's `dot`.
    Svg,
    /// A picture, through Graphviz's `dot`.
    Png,
    /// A picture for print, through Graphviz's `dot`.
    Pdf,
    /// A Mermaid flowchart: paste it into GitHub/GitLab Markdown or Obsidian in a ```mermaid block.
    Mermaid,
    /// GraphML with node and edge attributes, for Gephi and yEd.
    Graphml,
    /// nodes.csv and edges.csv (neo4j-admin import headers, UTF-8 with BOM for Excel) in the
    /// folder given by -o.
    Csv,
    /// Node-link JSON: networkx.node_link_graph(data, edges="links").
    NodeLink,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// A document whose neighbourhood to draw (its lineage and what implements it); the whole
    /// graph when left out.
    pub query: Option<String>,
    #[arg(long, value_enum)]
    pub format: RenderFormat,
    /// The file to write (a folder for --format csv).
    #[arg(long, short)]
    pub output: PathBuf,
    /// Folder holding the graph.json written by `build`.
    #[arg(long, default_value = "graphs")]
    pub graph: PathBuf,
    /// Draw plain mentions (`cites`) too.
    #[arg(long)]
    pub with_cites: bool,
    /// Leave out links already implied by a longer path (transitive reduction), to declutter.
    #[arg(long)]
    pub reduce: bool,
    /// Put each province's documents in a box of their own (dot, svg, png, pdf).
    #[arg(long)]
    pub clusters: bool,
    /// Lay out a picture (svg, png, pdf) of more than 10,000 documents anyway: Graphviz takes
    /// many minutes to hours on such a graph.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A document whose neighbourhood to report (its lineage and what implements it); the whole
    /// graph when left out.
    pub query: Option<String>,
    /// The HTML file to write.
    #[arg(long, short, default_value = "graphs/report.html")]
    pub output: PathBuf,
    /// The report's heading (default: the document's label, or "vbgraph: documents and links").
    #[arg(long)]
    pub title: Option<String>,
    /// Folder holding the graph.json written by `build`.
    #[arg(long, default_value = "graphs")]
    pub graph: PathBuf,
    /// Include plain mentions (`cites`).
    #[arg(long)]
    pub with_cites: bool,
}
