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

/// How each level of issuer is drawn, in one place for every writer (DOT, SVG, Mermaid, the
/// report): the levels of `registry::LEVELS`, Party in warm tones, State in cool ones.
pub struct LevelStyle {
    /// The level as `graph.json` writes it.
    pub level: &'static str,
    /// Legend text in Vietnamese (pictures).
    pub legend: &'static str,
    /// Legend text in English (the report).
    pub name: &'static str,
    pub fill: &'static str,
    pub stroke: &'static str,
    /// Mermaid class name.
    pub class: &'static str,
}

const fn style(
    level: &'static str,
    legend: &'static str,
    name: &'static str,
    fill: &'static str,
    stroke: &'static str,
    class: &'static str,
) -> LevelStyle {
    LevelStyle {
        level,
        legend,
        name,
        fill,
        stroke,
        class,
    }
}

pub const LEVEL_STYLES: &[LevelStyle] = &[
    style(
        "central-party",
        "Trung ương Đảng",
        "central Party",
        "#f4cccc",
        "#990000",
        "partyCentral",
    ),
    style(
        "central-state",
        "Quốc hội, Chính phủ, Thủ tướng",
        "central State",
        "#cfe2f3",
        "#0b5394",
        "stateCentral",
    ),
    style(
        "ministry",
        "Bộ, cơ quan ngang bộ",
        "ministry",
        "#d0e0e3",
        "#134f5c",
        "ministry",
    ),
    style(
        "provincial-party",
        "Tỉnh ủy, Thành ủy",
        "provincial Party",
        "#fce5cd",
        "#b45f06",
        "partyProvincial",
    ),
    style(
        "provincial-state",
        "HĐND, UBND tỉnh",
        "provincial State",
        "#d9ead3",
        "#38761d",
        "stateProvincial",
    ),
    style(
        "department",
        "Sở, ban, ngành",
        "department",
        "#fff2cc",
        "#7f6000",
        "department",
    ),
    style(
        "district",
        "Cấp huyện",
        "district",
        "#ead1dc",
        "#741b47",
        "district",
    ),
    style(
        "commune",
        "Cấp xã",
        "commune",
        "#e4dcf1",
        "#4c2f7f",
        "commune",
    ),
    style(
        "unknown",
        "Chưa rõ cơ quan ban hành",
        "issuer not known",
        "#eeeeee",
        "#666666",
        "unknownLevel",
    ),
];

/// The style of a level; unknown levels are drawn as `unknown`.
pub fn level_style(level: &str) -> &'static LevelStyle {
    LEVEL_STYLES
        .iter()
        .find(|s| s.level == level)
        .unwrap_or(&LEVEL_STYLES[LEVEL_STYLES.len() - 1])
}
