//! The HTML report of the seed graph in a real browser: headless Chromium (Debian's `chromium`)
//! loads it, runs its script and dumps the DOM, which must hold the diagram, a row for every
//! document, and, for a query in the address (`#q=...`), only the matching rows and a highlighted
//! node. Also writes a screenshot to `target/report-screenshot.png` (and the report next to it,
//! `target/report-seed.html`) for people to look at. Skipped with a message when Chromium is not
//! installed.

use assert_cmd::Command;
use scraper::{ElementRef, Html, Selector};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};
use vbgraph::model::{Document, GraphFile};

const KH156: &str = "vn/lang-son/kh-ubnd/2019/156";

/// `chromium` on PATH.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromium"))
        .find(|p| p.is_file())
}

/// Runs headless Chromium on `url` with `extra` arguments; returns its stdout. Fails the test
/// when it does not finish within two minutes.
fn run_chromium(bin: &Path, url: &str, extra: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out_path = out_dir.path().join("stdout");
    let err_path = out_dir.path().join("stderr");
    let mut child = std::process::Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        // Files, not pipes: the DOM is larger than a pipe's buffer.
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("chromium starts");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium did not finish in 120 s on {url}\n{}",
                std::fs::read_to_string(&err_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(
        status.success(),
        "chromium failed ({status}) on {url}\n{}",
        std::fs::read_to_string(&err_path).unwrap_or_default()
    );
    std::fs::read_to_string(&out_path).expect("UTF-8 DOM")
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The document rows of the DOM: (id, visible).
fn rows(dom: &Html) -> Vec<(String, bool)> {
    dom.select(&sel("#vb-docs tbody tr[data-id]"))
        .map(|r| {
            (
                r.value().attr("data-id").unwrap().to_string(),
                r.value().attr("hidden").is_none(),
            )
        })
        .collect()
}

fn visible(dom: &Html) -> Vec<String> {
    rows(dom)
        .into_iter()
        .filter(|(_, v)| *v)
        .map(|(id, _)| id)
        .collect()
}

/// The id of a diagram node: `data-id`, else its `<title>` (Graphviz).
fn node_id(g: ElementRef) -> String {
    match g.value().attr("data-id") {
        Some(id) => id.to_string(),
        None => g
            .select(&sel("title"))
            .next()
            .map(|t| t.text().collect::<String>().trim().to_string())
            .unwrap_or_default(),
    }
}

/// Ids of the diagram's highlighted nodes.
fn highlighted(dom: &Html) -> Vec<String> {
    dom.select(&sel("#vb-diagram g.node.vb-match"))
        .map(node_id)
        .collect()
}

fn file_url(path: &Path, fragment: &str) -> String {
    format!("file://{}{fragment}", path.display())
}

#[test]
fn report_renders_and_searches_in_headless_chromium() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let graph_dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("vbgraph")
        .expect("the binary is built")
        .current_dir(&root)
        .arg("build")
        .arg(root.join("tests/fixtures/seeds"))
        .arg("--out")
        .arg(graph_dir.path())
        .arg("-q")
        .assert()
        .success();
    let graph: GraphFile = serde_json::from_str(
        &std::fs::read_to_string(graph_dir.path().join("graph.json")).unwrap(),
    )
    .expect("graph.json reads");
    let docs: Vec<&Document> = graph.nodes.iter().collect();
    assert!(docs.len() >= 17, "{} documents", docs.len());

    let title = "Seed corpus: Kế hoạch 156/KH-UBND of Lạng Sơn and what it rests on";
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.html");
    // The report as users make it, with the pure-Rust diagram (no Graphviz on the PATH), and
    // with Graphviz's further below.
    let empty_path = tempfile::tempdir().unwrap();
    Command::cargo_bin("vbgraph")
        .expect("the binary is built")
        .env("PATH", empty_path.path())
        .args(["report", "--with-cites", "--title", title, "-o"])
        .arg(&report)
        .arg("--graph")
        .arg(graph_dir.path())
        .assert()
        .success();
    let html = std::fs::read_to_string(&report).unwrap();
    let target = root.join("target");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join("report-seed.html"), &html).unwrap();

    let Some(bin) = chromium() else {
        println!("SKIPPED report_browser: chromium is not installed");
        return;
    };

    // The page after its script ran: diagram, every document, nothing hidden.
    let dom = Html::parse_document(&run_chromium(
        &bin,
        &file_url(&report, ""),
        &["--dump-dom".into()],
    ));
    let nodes = dom.select(&sel("#vb-diagram svg g.node")).count();
    assert_eq!(nodes, docs.len(), "one diagram node per document");
    let all = rows(&dom);
    assert!(all.len() >= 17, "{} rows", all.len());
    assert_eq!(all.len(), docs.len());
    assert!(all.iter().all(|(_, v)| *v), "no row hidden without a query");
    let count: String = dom
        .select(&sel("#vb-count"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(count, format!("{} documents", docs.len()));
    let heading: String = dom.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(heading, title, "diacritics intact");

    // A query in the address filters the rows and highlights the node.
    let dom = Html::parse_document(&run_chromium(
        &bin,
        &file_url(&report, "#q=KH%20156"),
        &["--dump-dom".into()],
    ));
    assert_eq!(visible(&dom), [KH156]);
    assert_eq!(highlighted(&dom), [KH156]);
    let count: String = dom
        .select(&sel("#vb-count"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert_eq!(count, format!("1 of {} documents", docs.len()));
    // Links rows stay for the links of the document found, the others are hidden.
    for r in dom.select(&sel("#vb-links tbody tr[data-from]")) {
        let touches =
            r.value().attr("data-from") == Some(KH156) || r.value().attr("data-to") == Some(KH156);
        assert_eq!(r.value().attr("hidden").is_none(), touches);
    }

    // Case and diacritics do not matter, on either side: a query without diacritics, and one in
    // capitals with decomposed (NFD) diacritics.
    let dom = Html::parse_document(&run_chromium(
        &bin,
        &file_url(&report, "#q=chi%20thi%2042"),
        &["--dump-dom".into()],
    ));
    assert_eq!(visible(&dom), ["vn/tw/ct-tw/2015/42"]);
    // "NGHỊ QUYẾT 29" as N G H I + U+0323 ... (NFD).
    let dom = Html::parse_document(&run_chromium(
        &bin,
        &file_url(&report, "#q=NGHI%CC%A3%20QUYE%CC%82%CC%81T%2029"),
        &["--dump-dom".into()],
    ));
    assert_eq!(visible(&dom), ["vn/tw/nq-tw/2013/29"]);
    assert_eq!(highlighted(&dom), ["vn/tw/nq-tw/2013/29"]);

    // With Graphviz's SVG the nodes are found by their <title>.
    if std::process::Command::new("dot").arg("-V").output().is_ok() {
        let gv_report = dir.path().join("report-graphviz.html");
        Command::cargo_bin("vbgraph")
            .expect("the binary is built")
            .args(["report", "--with-cites", "--title", title, "-o"])
            .arg(&gv_report)
            .arg("--graph")
            .arg(graph_dir.path())
            .assert()
            .success();
        let dom = Html::parse_document(&run_chromium(
            &bin,
            &file_url(&gv_report, "#q=KH%20156"),
            &["--dump-dom".into()],
        ));
        assert!(dom.select(&sel("#vb-diagram svg g.node")).count() >= 17);
        assert_eq!(visible(&dom), [KH156]);
        assert_eq!(highlighted(&dom), [KH156]);
    } else {
        println!("SKIPPED Graphviz half of report_browser: dot is not installed");
    }

    // A screenshot for people to look at.
    let shot = target.join("report-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    run_chromium(
        &bin,
        &file_url(&report, ""),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1400,1800".into(),
            "--hide-scrollbars".into(),
        ],
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
}
