//! File formats → text: which format a file is (by its content first, its extension second), and
//! the text of HTML pages, Word (DOCX) files and PDFs.
//!
//! The functions print nothing and are total: bad input gives a [`FormatError`] whose message
//! tells the user what to do, never a panic or a hang. Their one piece of global state is a
//! panic hook, installed once, that keeps the (caught) panics of pdf-extract off standard
//! error and passes every other panic on.
//!
//! - **HTML** ([`html_to_text`]): the text of `<body>`, one line per block (`p`, `div`, `li`,
//!   `h1`-`h6`, `br`, table rows with their cells joined by `" | "`); `script`, `style`,
//!   `noscript`, `template`, `svg`, `iframe`, `object` and `math` are dropped, navigation,
//!   headers and footers kept (a portal's footer names its province). Nesting deeper than [`MAX_HTML_DEPTH`] is flattened before
//!   parsing, so hostile pages neither overflow the stack nor take quadratic time.
//! - **DOCX** ([`docx_to_text`]): paragraphs in document order, `w:tab` as a tab, `w:br` as a
//!   line break, tables row by row with cells joined by `" | "`; read as a stream, with a cap on
//!   the unpacked size against zip bombs. Field codes, deleted and moved-away text are left out.
//! - **PDF** ([`pdf_to_text`]): `pdftotext -layout` (Debian `poppler-utils`) when it is installed,
//!   else the pure-Rust `pdf-extract`; a PDF without a text layer (a scan) is an error that says
//!   to run OCR.
//! - **.doc** (Word 97-2003), RTF and binary files are recognised by [`sniff`], and
//!   [`unsupported`] gives the error to report for them ([`FormatError::Doc`],
//!   [`FormatError::Rtf`], [`FormatError::Binary`]).
//!
//! HTML and text bytes are decoded by the caller (`ingest::decode`: BOM, UTF-16, legacy
//! encodings); the text returned here is not NFC-normalised, which the pipeline does next.

use std::borrow::Cow;
use std::fmt;
use std::io::{BufReader, Cursor, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a file is, as far as reading its text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text (any encoding `ingest::decode` reads).
    Text,
    /// An HTML page (decode its bytes as for text, then [`html_to_text`]).
    Html,
    /// A Word 2007+ document ([`docx_to_text`]).
    Docx,
    /// A PDF ([`pdf_to_text`]).
    Pdf,
    /// A Word 97-2003 document (OLE2 compound file): cannot be read, see [`FormatError::Doc`].
    Doc,
    /// Binary content of no known document format (see [`FormatError::Binary`]), or RTF.
    Unknown,
}

impl Format {
    /// A short name for messages: "text", "HTML", "DOCX", "PDF", ".doc", "unknown".
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "HTML",
            Format::Docx => "DOCX",
            Format::Pdf => "PDF",
            Format::Doc => ".doc",
            Format::Unknown => "unknown",
        }
    }
}

/// Why a file's text could not be had. Each message says what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// A Word 97-2003 `.doc` (OLE2 compound file), or a password-protected Word file.
    Doc,
    /// Binary content that is no document format vbgraph reads.
    Binary,
    /// Rich Text Format, whose text is buried in markup.
    Rtf,
    /// Meant to be a DOCX but not a zip archive (the zip reader's complaint inside).
    NotZip(String),
    /// A zip archive without a Word document part (`word/document.xml`).
    NotDocx,
    /// The parts read would unpack past the cap (bytes): a zip bomb, or a huge document.
    DocxTooLarge { limit: u64 },
    /// The DOCX's XML (or its zip entry) is broken.
    BadDocx(String),
    /// Meant to be a PDF but it has no `%PDF-` header.
    NotPdf,
    /// The PDF readers failed. `reader` is the last one tried ("pdftotext" or "pdf-extract").
    BadPdf {
        reader: &'static str,
        detail: String,
    },
    /// The PDF has pages but no text on them: a scan, which needs OCR.
    NoTextLayer,
}

impl FormatError {
    /// A stable short code for diagnostics: `doc-format`, `binary-file`, `rtf-format`, `not-docx`,
    /// `docx-too-large`, `broken-docx`, `not-pdf`, `broken-pdf`, `pdf-no-text`.
    pub fn code(&self) -> &'static str {
        match self {
            FormatError::Doc => "doc-format",
            FormatError::Binary => "binary-file",
            FormatError::Rtf => "rtf-format",
            FormatError::NotZip(_) | FormatError::NotDocx => "not-docx",
            FormatError::DocxTooLarge { .. } => "docx-too-large",
            FormatError::BadDocx(_) => "broken-docx",
            FormatError::NotPdf => "not-pdf",
            FormatError::BadPdf { .. } => "broken-pdf",
            FormatError::NoTextLayer => "pdf-no-text",
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Doc => write!(
                f,
                ".doc (Word 97-2003) cannot be read: convert it with \
                 `libreoffice --headless --convert-to docx FILE` (or save it as .docx from Word) \
                 and add the .docx instead; a password-protected Word file must be saved \
                 without its password first"
            ),
            FormatError::Binary => write!(
                f,
                "not a document vbgraph can read (binary content); if it is a document, save it \
                 as .txt, .docx, .html or .pdf"
            ),
            FormatError::Rtf => write!(
                f,
                "RTF cannot be read: convert it with \
                 `libreoffice --headless --convert-to docx FILE` (or save it as .docx from Word) \
                 and add the .docx instead"
            ),
            FormatError::NotZip(detail) => write!(
                f,
                "not a DOCX (zip) file: {detail}; the file is damaged or is not a Word file: \
                 open it in Word or LibreOffice and save it as .docx again"
            ),
            FormatError::NotDocx => write!(
                f,
                "a zip archive but not a Word document (no word/document.xml inside): save it \
                 from Word as .docx, or unpack the archive and add the documents inside"
            ),
            FormatError::DocxTooLarge { limit } => write!(
                f,
                "DOCX expands past {} when unpacked (a zip bomb, or a huge document): raise \
                 --max-file-size if it is genuine, or save it as .txt and add that instead",
                megabytes(*limit)
            ),
            FormatError::BadDocx(detail) => write!(
                f,
                "the DOCX's text cannot be read: {detail}; open it in Word or LibreOffice and \
                 save it again"
            ),
            FormatError::NotPdf => write!(
                f,
                "not a PDF (no %PDF- header): rename it to its real type, or export it as PDF \
                 again"
            ),
            FormatError::BadPdf { reader, detail } => {
                write!(f, "cannot read the PDF ({reader}: {detail}); ")?;
                if *reader == "pdftotext" {
                    write!(
                        f,
                        "it may be damaged or password-protected: open it and save or print \
                         it again as PDF (without a password)"
                    )
                } else {
                    write!(
                        f,
                        "install poppler-utils (`apt-get install poppler-utils`), whose \
                         pdftotext reads more PDFs, or open it and save or print it again as PDF"
                    )
                }
            }
            FormatError::NoTextLayer => write!(
                f,
                "the PDF has no text layer (it is a scanned image): run OCR on it, e.g. \
                 `ocrmypdf -l vie in.pdf out.pdf`, and add out.pdf instead"
            ),
        }
    }
}

impl std::error::Error for FormatError {}

/// `12 MB`, `0.5 MB`: a byte count for messages (1 MB = 1,000,000 bytes).
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    if mb >= 10.0 || mb.fract() == 0.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

// ---------------------------------------------------------------------------------------------
// Sniffing

/// How many bytes at the start are looked at for magic numbers and HTML markers.
const SNIFF_HEAD: usize = 1024;
/// How many bytes at the start are looked at for NUL bytes (binary content).
const BINARY_HEAD: usize = 8192;

/// Which format `bytes` are, named `name` (a file name or path; only its extension is used).
///
/// Content decides first: `%PDF-` near the start → PDF; a zip (`PK\x03\x04`) holding
/// `word/document.xml` → DOCX; an OLE2 compound file (`D0 CF 11 E0`) → old Word `.doc`; RTF →
/// unknown; HTML markers near the start (`<html`, `<!doctype html`, `<head`, `<body`, `<p>`) →
/// HTML. Then binary bytes (a NUL in the first 8 KB, unless a UTF-16 byte-order mark) are DOCX,
/// PDF or .doc by extension, so the reader's error can say what is wrong, else unknown. Text
/// bytes are HTML for `.html`/`.htm`/`.xhtml`, else text, whatever the extension.
pub fn sniff(name: &str, bytes: &[u8]) -> Format {
    let ext = extension(name);
    let head = &bytes[..bytes.len().min(SNIFF_HEAD)];
    if find(head, b"%PDF-").is_some() {
        return Format::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return if ext == "docx" || zip_has_word_document(bytes) {
            Format::Docx
        } else {
            Format::Unknown
        };
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Format::Doc;
    }
    if head.starts_with(b"{\\rtf") {
        return Format::Unknown;
    }
    let binary = looks_binary(bytes);
    if !binary && looks_html(head) {
        return Format::Html;
    }
    if binary {
        return match ext.as_str() {
            "docx" => Format::Docx,
            "pdf" => Format::Pdf,
            "doc" => Format::Doc,
            _ => Format::Unknown,
        };
    }
    match ext.as_str() {
        "html" | "htm" | "xhtml" => Format::Html,
        _ => Format::Text,
    }
}

/// The lowercase extension of the last component of `name`, or "".
fn extension(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match base.rfind('.') {
        Some(i) if i > 0 => base[i + 1..].to_ascii_lowercase(),
        _ => String::new(),
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    memchr::memmem::find(hay, needle)
}

/// A NUL byte in the first 8 KB, and no UTF-16 byte-order mark.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return false;
    }
    memchr::memchr(0, &bytes[..bytes.len().min(BINARY_HEAD)]).is_some()
}

/// HTML markers in the first bytes (UTF-8, or UTF-16 with a byte-order mark).
fn looks_html(head: &[u8]) -> bool {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        let le = head[0] == 0xFF;
        let narrow: Vec<u8> = head[2..]
            .chunks_exact(2)
            .map(|c| if le { c[0] } else { c[1] })
            .collect();
        return has_html_marker(&narrow);
    }
    has_html_marker(head)
}

/// Whether an HTML marker starts at one of the `<` of `text`, in any case.
fn has_html_marker(text: &[u8]) -> bool {
    const MARKERS: &[&[u8]] = &[
        b"<html",
        b"<!doctype html",
        b"<head>",
        b"<head ",
        b"<body",
        b"<p>",
        b"<p ",
        b"<meta ",
        b"<title>",
    ];
    // Every marker starts with `<`: plain text, which has few or none, is passed over at once.
    memchr::memchr_iter(b'<', text).any(|i| {
        MARKERS.iter().any(|m| {
            text.get(i..i + m.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(m))
        })
    })
}

fn zip_has_word_document(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .map(|z| z.index_for_name(WORD_DOCUMENT).is_some())
        .unwrap_or(false)
}

/// The error for a format vbgraph cannot read: [`FormatError::Doc`] for [`Format::Doc`],
/// [`FormatError::Rtf`] or [`FormatError::Binary`] for [`Format::Unknown`]; `None` for the
/// formats it reads.
pub fn unsupported(format: Format, bytes: &[u8]) -> Option<FormatError> {
    match format {
        Format::Doc => Some(FormatError::Doc),
        Format::Unknown if bytes.starts_with(b"{\\rtf") => Some(FormatError::Rtf),
        Format::Unknown => Some(FormatError::Binary),
        Format::Text | Format::Html | Format::Docx | Format::Pdf => None,
    }
}

// ---------------------------------------------------------------------------------------------
// HTML

/// Elements nested deeper than this are flattened before parsing (their tags dropped, block
/// tags turned into line breaks). Browsers cap the DOM depth in the same spirit (Chromium at
/// 512); without it the HTML parser's scope checks make a page of 100,000 nested `<div>`s take
/// minutes.
pub const MAX_HTML_DEPTH: usize = 512;

/// Elements whose content is not text of the page.
const HTML_SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "head", "object", "math",
];

/// Elements that start and end a line.
const HTML_BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "ul",
];

/// The text of an HTML page's body, one line per block; see the module documentation.
/// Entities are decoded, runs of white space collapse to one space (a no-break space counts as
/// white space), `<pre>` keeps its lines, runs of blank lines become one, and lines carry no
/// trailing spaces. The result ends with a newline unless it is empty.
pub fn html_to_text(html: &str) -> String {
    let html = cap_nesting(html, MAX_HTML_DEPTH);
    let doc = scraper::Html::parse_document(&html);
    let root_el = doc.root_element();
    let body = root_el
        .children()
        .find(|n| n.value().as_element().is_some_and(|e| e.name() == "body"));
    let root = match body {
        Some(b) => b,
        None => *root_el,
    };
    let mut w = HtmlText::default();
    // Depth-first walk without recursion: enter a node, go down to its first child if it is
    // to be read, else leave it and go to the next sibling, climbing up as parents end.
    let mut node = root;
    'walk: loop {
        if w.enter(node.value()) {
            if let Some(child) = node.first_child() {
                node = child;
                continue;
            }
        }
        loop {
            w.leave(node.value());
            if node.id() == root.id() {
                break 'walk;
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                break;
            }
            match node.parent() {
                Some(p) => node = p,
                None => break 'walk,
            }
        }
    }
    w.end_line();
    tidy_lines(&w.out)
}

/// The text being built from an HTML tree.
#[derive(Default)]
struct HtmlText {
    out: String,
    line: String,
    /// White space seen since the last character written on this line.
    pending_space: bool,
    /// Inside this many `<pre>`.
    pre: usize,
    /// Inside this many table cells: blocks and breaks there are spaces, so a row stays a line.
    cells: usize,
    /// Cells started so far in each open table row.
    rows: Vec<usize>,
}

impl HtmlText {
    /// Starts a node; false when its content is not to be read.
    fn enter(&mut self, node: &scraper::Node) -> bool {
        match node {
            scraper::Node::Text(t) => {
                self.text(t);
                false
            }
            scraper::Node::Element(e) => {
                let name = e.name();
                if HTML_SKIP.contains(&name) {
                    return false;
                }
                match name {
                    "br" => self.line_break(),
                    "tr" => {
                        self.block();
                        self.rows.push(0);
                    }
                    "td" | "th" => {
                        if let Some(n) = self.rows.last_mut() {
                            if *n > 0 {
                                let kept = self.line.trim_end().len();
                                self.line.truncate(kept);
                                self.line.push_str(" | ");
                            }
                            *n += 1;
                        }
                        self.cells += 1;
                        self.pending_space = false;
                    }
                    "pre" => {
                        self.block();
                        self.pre += 1;
                    }
                    _ if HTML_BLOCKS.contains(&name) => self.block(),
                    _ => {}
                }
                true
            }
            scraper::Node::Document | scraper::Node::Fragment => true,
            _ => false,
        }
    }

    /// Ends a node that [`enter`](Self::enter) started.
    fn leave(&mut self, node: &scraper::Node) {
        let scraper::Node::Element(e) = node else {
            return;
        };
        let name = e.name();
        match name {
            "tr" => {
                self.rows.pop();
                self.block();
            }
            "td" | "th" => {
                self.cells = self.cells.saturating_sub(1);
                self.pending_space = false;
            }
            "pre" => {
                self.pre = self.pre.saturating_sub(1);
                self.block();
            }
            _ if HTML_BLOCKS.contains(&name) => self.block(),
            _ => {}
        }
    }

    fn text(&mut self, t: &str) {
        if self.pre > 0 && self.cells == 0 {
            for c in t.chars() {
                match c {
                    '\n' => self.line_break(),
                    '\r' => {}
                    '\u{A0}' => self.line.push(' '),
                    c => self.line.push(c),
                }
            }
            return;
        }
        for c in t.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
            } else {
                if self.pending_space && !self.line.is_empty() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
                self.pending_space = false;
                self.line.push(c);
            }
        }
    }

    /// A block boundary: the line ends (inside a table cell, a space).
    fn block(&mut self) {
        if self.cells > 0 {
            self.pending_space = true;
        } else {
            self.end_line();
        }
    }

    /// `<br>`: the line ends even if it is empty (inside a table cell, a space).
    fn line_break(&mut self) {
        if self.cells > 0 {
            self.pending_space = true;
        } else {
            self.out.push_str(self.line.trim_end());
            self.out.push('\n');
            self.line.clear();
            self.pending_space = false;
        }
    }

    /// Ends the current line if it has anything on it.
    fn end_line(&mut self) {
        if !self.line.trim().is_empty() {
            self.out.push_str(self.line.trim_end());
            self.out.push('\n');
        }
        self.line.clear();
        self.pending_space = false;
    }
}

/// Trailing white space off every line, runs of blank lines down to one, no blank lines at
/// the start or the end; a final newline when there is any text.
fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = false;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run = !out.is_empty();
            continue;
        }
        if blank_run {
            out.push('\n');
            blank_run = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// HTML elements with no end tag.
const HTML_VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "image", "basefont", "bgsound", "frame",
];

/// HTML elements whose end tag may be left out (the parser closes them by itself, so they do
/// not pile up), and the document's own elements.
const HTML_OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp",
    "tbody", "thead", "tfoot", "colgroup", "caption", "html", "head", "body",
];

/// Elements whose content is raw text (no tags inside).
const HTML_RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

fn is_one_of(name: &[u8], list: &[&str]) -> bool {
    list.iter().any(|n| n.as_bytes().eq_ignore_ascii_case(name))
}

/// `html` with element nesting capped at `max_depth`: start and end tags past the cap are
/// dropped (a block element's become `<br>`, so its lines stay apart). Elements that close by
/// themselves (`p`, `li`, `td`, ...), void elements, raw-text content and SVG/MathML are not
/// counted. Borrowed unchanged when the cap is never reached, which is every real page.
fn cap_nesting(html: &str, max_depth: usize) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut depth = 0usize;
    let mut foreign = 0usize;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + off;
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            i = find(&b[lt + 4..], b"-->").map_or(b.len(), |p| lt + 4 + p + 3);
            continue;
        }
        if matches!(rest.first(), Some(b'!' | b'?')) {
            i = b[lt..]
                .iter()
                .position(|&c| c == b'>')
                .map_or(b.len(), |p| lt + p + 1);
            continue;
        }
        let is_end = rest.first() == Some(&b'/');
        let name_start = if is_end { lt + 2 } else { lt + 1 };
        if name_start >= b.len() || !b[name_start].is_ascii_alphabetic() {
            i = lt + 1;
            continue;
        }
        let name_len = b[name_start..]
            .iter()
            .position(|c| !(c.is_ascii_alphanumeric() || *c == b'-' || *c == b':'))
            .unwrap_or(b.len() - name_start);
        let name = &b[name_start..name_start + name_len];
        let tag_end = tag_end(b, name_start + name_len);
        let self_closing = tag_end >= 2 && b[tag_end - 1] == b'>' && b[tag_end - 2] == b'/';
        i = tag_end;
        if !is_end && is_one_of(name, HTML_RAW_TEXT) {
            // Skip to its end tag: what is inside is not markup.
            let mut j = tag_end;
            i = b.len();
            while let Some(p) = find(&b[j..], b"</") {
                let at = j + p;
                let cand = &b[at + 2..];
                if cand.len() >= name.len() && cand[..name.len()].eq_ignore_ascii_case(name) {
                    i = at;
                    break;
                }
                j = at + 2;
            }
            continue;
        }
        if name.eq_ignore_ascii_case(b"plaintext") && !is_end {
            break;
        }
        if name.eq_ignore_ascii_case(b"svg") || name.eq_ignore_ascii_case(b"math") {
            if is_end {
                foreign = foreign.saturating_sub(1);
            } else if !self_closing {
                foreign += 1;
            }
            continue;
        }
        if foreign > 0 || is_one_of(name, HTML_VOID) || is_one_of(name, HTML_OPTIONAL_END) {
            continue;
        }
        let dropped = if is_end {
            let d = depth > max_depth;
            depth = depth.saturating_sub(1);
            d
        } else {
            let d = depth >= max_depth;
            depth += 1;
            d
        };
        if dropped {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            if is_one_of(name, HTML_BLOCKS) {
                o.push_str("<br>");
            }
            copied = tag_end;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(html),
    }
}

/// The index just past the `>` that ends the tag whose attributes start at `from` (quotes
/// after `=` are respected), or the end of the input.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    let mut after_eq = false;
    for (j, &c) in b.iter().enumerate().skip(from) {
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'>' => return j + 1,
                b'=' => after_eq = true,
                b'"' | b'\'' if after_eq => {
                    quote = Some(c);
                    after_eq = false;
                }
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' => {}
                _ => after_eq = false,
            },
        }
    }
    b.len()
}

// ---------------------------------------------------------------------------------------------
// DOCX

/// The main part of a Word document, where `_rels/.rels` does not say otherwise.
const WORD_DOCUMENT: &str = "word/document.xml";

/// Counts what is read through it and fails once more than `left` bytes come.
struct Capped<R> {
    inner: R,
    left: u64,
    exceeded: bool,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            self.exceeded = true;
            self.left = 0;
            return Err(std::io::Error::other("size cap reached"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// The text of a DOCX: paragraphs (`w:p`) as lines in document order, `w:tab` as a tab,
/// `w:br`/`w:cr` as a line break, each table row a line with its cells joined by `" | "`
/// (paragraphs inside a cell joined by spaces). Runs of blank lines become one.
///
/// Refuses ([`FormatError::DocxTooLarge`]) when the parts it reads (`_rels/.rels` and the main
/// document part) would unpack past `max_uncompressed` bytes, whether the zip declares it or
/// the stream turns out longer than declared; [`FormatError::NotZip`] when `bytes` are no zip,
/// [`FormatError::NotDocx`] when the zip has no Word document part, [`FormatError::BadDocx`]
/// when its XML is broken.
pub fn docx_to_text(bytes: &[u8], max_uncompressed: u64) -> Result<String, FormatError> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| FormatError::NotZip(e.to_string()))?;
    let mut used = 0u64;
    let main = main_document_part(&mut zip, max_uncompressed, &mut used)?;
    let entry = match zip.by_name(&main) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Err(FormatError::NotDocx),
        Err(e) => return Err(FormatError::BadDocx(format!("{main}: {e}"))),
    };
    let left = max_uncompressed.saturating_sub(used);
    if entry.size() > left {
        return Err(FormatError::DocxTooLarge {
            limit: max_uncompressed,
        });
    }
    let mut capped = Capped {
        inner: entry,
        left,
        exceeded: false,
    };
    let result = read_document_xml(&mut capped);
    if capped.exceeded {
        return Err(FormatError::DocxTooLarge {
            limit: max_uncompressed,
        });
    }
    result.map_err(|e| FormatError::BadDocx(format!("{main}: {e}")))
}

/// The main document part named by `_rels/.rels` (the `officeDocument` relationship), else
/// `word/document.xml`. Reading `_rels/.rels` counts towards the cap.
fn main_document_part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    cap: u64,
    used: &mut u64,
) -> Result<String, FormatError> {
    let mut xml = String::new();
    {
        let Ok(entry) = zip.by_name("_rels/.rels") else {
            return Ok(WORD_DOCUMENT.to_string());
        };
        if entry.size() > cap {
            return Err(FormatError::DocxTooLarge { limit: cap });
        }
        let mut capped = Capped {
            inner: entry,
            left: cap,
            exceeded: false,
        };
        let read = capped.read_to_string(&mut xml);
        *used += cap - capped.left;
        if capped.exceeded {
            return Err(FormatError::DocxTooLarge { limit: cap });
        }
        if read.is_err() {
            return Ok(WORD_DOCUMENT.to_string());
        }
    }
    let target = office_document_target(&xml);
    Ok(match target {
        Some(t) if zip.index_for_name(&t).is_some() => t,
        _ => WORD_DOCUMENT.to_string(),
    })
}

/// The target of the `officeDocument` relationship in a package's `_rels/.rels`.
fn office_document_target(rels: &str) -> Option<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e))
                if e.name().local_name().as_ref() == "Relationship" =>
            {
                let attr = |name: &str| {
                    e.try_get_attribute(name).ok().flatten().and_then(|a| {
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .ok()
                            .map(|v| v.into_owned())
                    })
                };
                if attr("Type").is_some_and(|t| t.ends_with("/officeDocument")) {
                    let target = attr("Target")?;
                    let target = target.trim_start_matches('/');
                    return (!target.is_empty()).then(|| target.to_string());
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// WordprocessingML elements whose content is not the document's text: properties (`w:tab`
/// there is a tab stop, not a tab), field codes, deleted and moved-away text, and the
/// fallback copy of alternate content.
const DOCX_SKIP: &[&str] = &[
    "pPr",
    "rPr",
    "tblPr",
    "tblGrid",
    "trPr",
    "tcPr",
    "sectPr",
    "instrText",
    "delText",
    "delInstrText",
    "moveFrom",
    "del",
    "Fallback",
];

/// One open table: the cells of its current row, and the cell being read.
#[derive(Default)]
struct DocxTable {
    row: Vec<String>,
    cell: Option<String>,
}

/// The text being built from `word/document.xml`.
#[derive(Default)]
struct DocxText {
    out: String,
    para: String,
    /// Inside this many `w:t` (text) elements.
    text: usize,
    /// Inside this many skipped elements.
    skip: usize,
    tables: Vec<DocxTable>,
}

impl DocxText {
    fn start(&mut self, name: &str, empty: bool) {
        if self.skip > 0 || DOCX_SKIP.contains(&name) {
            if !empty {
                self.skip += 1;
            }
            return;
        }
        match name {
            "t" if !empty => self.text += 1,
            "tab" | "ptab" => self.para.push('\t'),
            "br" | "cr" => self.para.push('\n'),
            "noBreakHyphen" => self.para.push('-'),
            "p" if empty => self.end_paragraph(),
            "tbl" if !empty => self.tables.push(DocxTable::default()),
            "tr" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.row.clear();
                }
            }
            "tc" if !empty => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(String::new());
                }
            }
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row.push(String::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        match name {
            "t" => self.text = self.text.saturating_sub(1),
            "p" => self.end_paragraph(),
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    let cell = t.cell.take().unwrap_or_default();
                    t.row.push(cell.trim().to_string());
                }
            }
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    let line = std::mem::take(&mut t.row).join(" | ");
                    self.emit(line.trim_end());
                }
            }
            "tbl" => {
                self.tables.pop();
            }
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        let para = std::mem::take(&mut self.para);
        self.emit(&para);
    }

    /// A finished paragraph or table row: into the innermost open table cell (as words; a
    /// nested table's rows go into the cell that holds it), else a line.
    fn emit(&mut self, text: &str) {
        if let Some(cell) = self.tables.iter_mut().rev().find_map(|t| t.cell.as_mut()) {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                if !cell.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(&text);
            }
        } else {
            for line in text.split('\n') {
                self.out.push_str(line.trim_end());
                self.out.push('\n');
            }
        }
    }

    fn text(&mut self, s: &str) {
        if self.text > 0 && self.skip == 0 {
            self.para.push_str(s);
        }
    }
}

/// Streams `word/document.xml` into text.
fn read_document_xml<R: Read>(source: R) -> Result<String, quick_xml::Error> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(source));
    let config = reader.config_mut();
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    config.allow_dangling_amp = true;
    let mut buf = Vec::new();
    let mut w = DocxText::default();
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) => w.start(e.name().local_name().as_ref(), false),
            Event::Empty(e) => w.start(e.name().local_name().as_ref(), true),
            Event::End(e) => w.end(e.name().local_name().as_ref()),
            Event::Text(t) => w.text(&t.xml10_content()),
            Event::CData(t) => w.text(&t.xml10_content()),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    Ok(None) => match r.xml10_content().as_ref() {
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "amp" => Some('&'),
                        "apos" => Some('\''),
                        "quot" => Some('"'),
                        _ => None,
                    },
                    Err(_) => None,
                };
                if let Some(c) = c {
                    w.text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    w.end_paragraph();
    Ok(tidy_lines(&w.out))
}

// ---------------------------------------------------------------------------------------------
// PDF

/// How long `pdftotext` may take on one file before it is stopped.
pub const PDFTOTEXT_TIMEOUT: Duration = Duration::from_secs(120);
/// How long `pdf-extract` may take on one file before vbgraph stops waiting for it.
pub const PDF_EXTRACT_TIMEOUT: Duration = Duration::from_secs(120);
/// Stack for the `pdf-extract` thread: its parser recurses on nested PDF objects.
const PDF_EXTRACT_STACK: usize = 256 << 20;

/// The text layer of a PDF and which reader gave it: `"pdftotext"` (`pdftotext -layout`,
/// Debian `poppler-utils`) when that program is installed, else `"pdf-extract"` (pure Rust,
/// whose panics are caught). When `pdftotext` fails on the file, `pdf-extract` is tried too.
///
/// `path_hint`, when it names an existing file holding `bytes`, is given to `pdftotext` to
/// read directly; otherwise the bytes go through its standard input. Pages end at form feeds
/// in `pdftotext`'s output; here they are line breaks. Trailing spaces are trimmed and runs of
/// blank lines become one.
///
/// A PDF whose text layer is empty is [`FormatError::NoTextLayer`] (a scan: OCR it first).
pub fn pdf_to_text(
    bytes: &[u8],
    path_hint: Option<&Path>,
) -> Result<(String, &'static str), FormatError> {
    if find(&bytes[..bytes.len().min(SNIFF_HEAD)], b"%PDF-").is_none() {
        return Err(FormatError::NotPdf);
    }
    let poppler_failure = match run_pdftotext(bytes, path_hint) {
        Ok(Some(text)) => {
            let text = tidy_lines(&text.replace('\x0C', "\n"));
            if text.trim().is_empty() {
                return Err(FormatError::NoTextLayer);
            }
            return Ok((text, "pdftotext"));
        }
        Ok(None) => None,
        Err(detail) => Some(detail),
    };
    match pdf_to_text_pure(bytes) {
        Ok(text) => Ok((text, "pdf-extract")),
        Err(err) => Err(match poppler_failure {
            Some(detail) => FormatError::BadPdf {
                reader: "pdftotext",
                detail,
            },
            None => err,
        }),
    }
}

/// The text layer of a PDF read by the pure-Rust `pdf-extract` alone, as [`pdf_to_text`] does
/// when `pdftotext` is not installed: on its own thread with a big stack, its panics caught
/// (and kept off standard error by a panic hook installed once, which passes every other
/// panic on to the hook before it), given up after [`PDF_EXTRACT_TIMEOUT`]. Its output puts a blank line after every line;
/// those are taken out (a run of blank lines stays as one).
pub fn pdf_to_text_pure(bytes: &[u8]) -> Result<String, FormatError> {
    if find(&bytes[..bytes.len().min(SNIFF_HEAD)], b"%PDF-").is_none() {
        return Err(FormatError::NotPdf);
    }
    let text = run_pdf_extract(bytes).map_err(|detail| FormatError::BadPdf {
        reader: "pdf-extract",
        detail,
    })?;
    let text = tidy_lines(&undouble_spacing(&text.replace('\x0C', "\n")));
    if text.trim().is_empty() {
        return Err(FormatError::NoTextLayer);
    }
    Ok(text)
}

/// Text whose lines are nearly all separated by one blank line (pdf-extract's output) loses
/// those single blank lines; runs of two or more stay as one. Other text is left alone.
fn undouble_spacing(text: &str) -> Cow<'_, str> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let filled = (0..lines.len()).filter(|&i| !blank(i)).count();
    let adjacent = (0..lines.len())
        .filter(|&i| !blank(i) && i + 1 < lines.len() && !blank(i + 1))
        .count();
    if filled < 2 || adjacent * 10 > filled {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        let single_gap = blank(i) && i > 0 && !blank(i - 1) && !blank(i + 1);
        if !single_gap {
            out.push_str(line);
            out.push('\n');
        }
    }
    Cow::Owned(out)
}

/// Whether the `pdftotext` program can be run here.
pub fn pdftotext_available() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// `pdftotext -layout -enc UTF-8 FILE -`: Ok(None) when the program is not installed,
/// Err(what it said) when it fails or times out.
fn run_pdftotext(bytes: &[u8], path_hint: Option<&Path>) -> Result<Option<String>, String> {
    let file = path_hint.filter(|p| p.is_file());
    let mut cmd = Command::new("pdftotext");
    cmd.args(["-layout", "-enc", "UTF-8", "-q"]);
    match file {
        Some(p) => cmd.arg(p),
        None => cmd.arg("-"),
    };
    cmd.arg("-")
        .stdin(if file.is_some() {
            Stdio::null()
        } else {
            Stdio::piped()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot run pdftotext: {e}")),
    };
    let stdin = child.stdin.take();
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    std::thread::scope(|s| {
        // Feed, drain and wait at once, so that neither side can block the other.
        if let Some(mut stdin) = stdin {
            s.spawn(move || {
                let _ = std::io::Write::write_all(&mut stdin, bytes);
            });
        }
        let out = s.spawn(move || {
            let mut v = Vec::new();
            if let Some(o) = stdout.as_mut() {
                let _ = o.read_to_end(&mut v);
            }
            v
        });
        let err = s.spawn(move || {
            let mut v = Vec::new();
            if let Some(e) = stderr.as_mut() {
                let _ = e.read_to_end(&mut v);
            }
            v
        });
        let deadline = Instant::now() + PDFTOTEXT_TIMEOUT;
        let mut pause = Duration::from_millis(1);
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Ok(status),
                Ok(None) if Instant::now() >= deadline => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Err(format!("stopped after {} s", PDFTOTEXT_TIMEOUT.as_secs()));
                }
                Ok(None) => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Err(format!("waiting for pdftotext: {e}"));
                }
            }
        };
        let out = out.join().unwrap_or_default();
        let err = err.join().unwrap_or_default();
        let status = status?;
        if status.success() {
            Ok(Some(String::from_utf8_lossy(&out).into_owned()))
        } else {
            let said = String::from_utf8_lossy(&err);
            let said = said
                .lines()
                .map(str::trim)
                .rfind(|l| !l.is_empty())
                .unwrap_or("no message");
            Err(format!("{status}: {said}"))
        }
    })
}

/// The name of the threads that run pdf-extract.
const PDF_EXTRACT_THREAD: &str = "vbgraph-pdf-extract";

/// Keeps the panics of pdf-extract threads off standard error (they are caught and reported
/// as [`FormatError::BadPdf`]); every other panic goes to the hook that was there before.
/// Installed once, the first time pdf-extract runs.
fn quiet_pdf_extract_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(PDF_EXTRACT_THREAD) {
                previous(info);
            }
        }));
    });
}

/// pdf-extract on its own thread (a big stack, panics caught, a time limit).
fn run_pdf_extract(bytes: &[u8]) -> Result<String, String> {
    quiet_pdf_extract_panics();
    let bytes = bytes.to_vec();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(PDF_EXTRACT_THREAD.into())
        .stack_size(PDF_EXTRACT_STACK)
        .spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                pdf_extract::extract_text_from_mem(&bytes)
            }));
            let result = match result {
                Ok(Ok(text)) => Ok(text),
                Ok(Err(e)) => Err(e.to_string()),
                Err(panic) => Err(format!("the reader failed ({})", panic_message(&panic))),
            };
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        return Err(format!("cannot start the reader: {e}"));
    }
    match rx.recv_timeout(PDF_EXTRACT_TIMEOUT) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            Err(format!("gave up after {} s", PDF_EXTRACT_TIMEOUT.as_secs()))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("the reader stopped".to_string()),
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A zip with the given (name, content) entries, deflated.
    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(content).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    fn docx_with_body(body: &str) -> Vec<u8> {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        zip_of(&[("word/document.xml", xml.as_bytes())])
    }

    #[test]
    fn sniff_by_content_before_extension() {
        assert_eq!(sniff("a.txt", b"%PDF-1.4\n..."), Format::Pdf);
        assert_eq!(
            sniff("a.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"),
            Format::Doc
        );
        assert_eq!(sniff("a.docx", b"<!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(sniff("x", b"  <HTML><body>x</body></HTML>"), Format::Html);
        assert_eq!(sniff("a.txt", "Số: 5/KH-UBND".as_bytes()), Format::Text);
        assert_eq!(sniff("notes.md", b"plain words"), Format::Text);
        assert_eq!(sniff("a.htm", b"no markers at all"), Format::Html);
        assert_eq!(
            sniff("a.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Format::Unknown
        );
        assert_eq!(sniff("a.txt", b"abc\0def"), Format::Unknown);
        assert_eq!(sniff("a.pdf", b"\0\0garbage"), Format::Pdf);
        assert_eq!(sniff("a.rtf", b"{\\rtf1\\ansi x}"), Format::Unknown);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("<html>Đảng".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(sniff("page", &utf16), Format::Html);
        let docx = docx_with_body("<w:p/>");
        assert_eq!(sniff("renamed.bin", &docx), Format::Docx);
        let other = zip_of(&[("a.txt", b"x")]);
        assert_eq!(sniff("a.zip", &other), Format::Unknown);
        assert_eq!(sniff("a.docx", &other), Format::Docx);
        assert_eq!(sniff("dir.v2/File.DOCX", b"\x01\0\x02"), Format::Docx);
        assert_eq!(extension("dir.v2/noext"), "");
        assert_eq!(extension(".hidden"), "");
    }

    #[test]
    fn html_markers_in_any_case_and_anywhere_in_the_head() {
        // The definition: the head lowered to ASCII lower case holds a marker.
        let by_lowering = |head: &[u8]| {
            let lower = head.to_ascii_lowercase();
            [
                "<html",
                "<!doctype html",
                "<head>",
                "<head ",
                "<body",
                "<p>",
                "<p ",
                "<meta ",
                "<title>",
            ]
            .iter()
            .any(|m| lower.windows(m.len()).any(|w| w == m.as_bytes()))
        };
        for s in [
            "",
            "<",
            "<<p>",
            "x <P>",
            "<p",
            "a<HeAd>b",
            "<head",
            "<!DOCTYPE HTML>",
            "<!doctype htm",
            "Số 5 < 6 <bodY",
            "<met a",
            "<META charset",
            "<TITLE>",
            "<p\t",
            "Kế hoạch <p ",
        ] {
            assert_eq!(
                has_html_marker(s.as_bytes()),
                by_lowering(s.as_bytes()),
                "{s:?}"
            );
            let mut le = vec![0xFF, 0xFE];
            le.extend(s.encode_utf16().flat_map(|u| u.to_le_bytes()));
            assert_eq!(looks_html(&le), by_lowering(s.as_bytes()), "{s:?}");
        }
    }

    #[test]
    fn html_blocks_cells_entities_and_dropped_elements() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
            <nav>Trang chủ</nav><script>var a = '<p>x</p>';</script>\
            <h1>Tin   tức</h1><p>Thực&nbsp;hiện Nghị quyết số 29-NQ/TW &amp; Kết luận&#7879;</p>\
            <div>một<br>hai<br><br><br>ba</div>\
            <table><tr><th>Số</th><th>Ngày</th></tr><tr><td><p>45/KH-UBND</p></td><td>03/3/2020</td></tr></table>\
            <ul><li>a <b>đậm</b>, b</li><li>c</li></ul>\
            <footer>UBND tỉnh Hà Giang</footer><noscript>bật JS</noscript></body></html>";
        let text = html_to_text(html);
        assert_eq!(
            text,
            "Trang chủ\nTin tức\nThực hiện Nghị quyết số 29-NQ/TW & Kết luậnệ\nmột\nhai\n\nba\n\
             Số | Ngày\n45/KH-UBND | 03/3/2020\na đậm, b\nc\nUBND tỉnh Hà Giang\n"
        );
    }

    #[test]
    fn html_pre_keeps_lines_and_empty_page_is_empty() {
        assert_eq!(html_to_text("<pre>a  b\n  c</pre>"), "a  b\n  c\n");
        assert_eq!(html_to_text(""), "");
        assert_eq!(html_to_text("<script>x</script>"), "");
        assert_eq!(html_to_text("plain <i>words</i>"), "plain words\n");
    }

    #[test]
    fn nesting_is_capped_without_losing_text() {
        let n = 2000;
        let html = format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n));
        let capped = cap_nesting(&html, 10);
        assert!(matches!(capped, Cow::Owned(_)));
        assert_eq!(capped.matches("<div>").count(), 10);
        assert_eq!(capped.matches("</div>").count(), 10);
        assert_eq!(html_to_text(&html), "x\n");
        // Pages under the cap are left alone, and raw text is not taken for tags.
        let page = "<div><script>if (a<b) { '<div><div>' }</script><p>x<p>y</div>";
        assert!(matches!(cap_nesting(page, 1), Cow::Borrowed(_)));
        let svg = format!("<svg>{}</svg><div>z</div>", "<g>".repeat(50));
        assert!(matches!(cap_nesting(&svg, 1), Cow::Borrowed(_)));
        assert_eq!(tag_end(b"<a title='>' x>y", 2), 15);
    }

    #[test]
    fn docx_paragraphs_tabs_breaks_tables_and_skipped_parts() {
        let body = r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
            <w:r><w:t>Số:</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">45/KH-UBND </w:t></w:r></w:p>
            <w:p><w:r><w:t>dòng một</w:t><w:br/><w:t>dòng hai &amp; &#7879;</w:t></w:r></w:p>
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>
            <w:r><w:t>liên kết</w:t></w:r><w:del><w:r><w:delText>xoá</w:delText></w:r></w:del></w:p>
            <w:p/>
            <w:p/>
            <w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>
            <w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t>cuối</w:t></w:r></w:p>"#;
        let text = docx_to_text(&docx_with_body(body), 1 << 20).unwrap();
        assert_eq!(
            text,
            "Số:\t45/KH-UBND\ndòng một\ndòng hai & ệ\nliên kết\n\na b | c\n | d\ncuối\n"
        );
    }

    #[test]
    fn docx_main_part_from_relationships() {
        let rels = br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>"#;
        let doc = br#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>hai</w:t></w:r></w:p></w:body></w:document>"#;
        let bytes = zip_of(&[("_rels/.rels", rels), ("word/document2.xml", doc)]);
        assert_eq!(docx_to_text(&bytes, 1 << 20).unwrap(), "hai\n");
    }

    #[test]
    fn docx_errors() {
        assert!(matches!(
            docx_to_text(b"not a zip", 1 << 20),
            Err(FormatError::NotZip(_))
        ));
        let other = zip_of(&[("a.txt", b"x")]);
        assert_eq!(docx_to_text(&other, 1 << 20), Err(FormatError::NotDocx));
        let big = docx_with_body(&"<w:p><w:r><w:t>x</w:t></w:r></w:p>".repeat(100));
        assert_eq!(
            docx_to_text(&big, 1000),
            Err(FormatError::DocxTooLarge { limit: 1000 })
        );
        let broken = zip_of(&[("word/document.xml", b"<w:document><w:p>\xFF\xFE</w:p>")]);
        assert!(matches!(
            docx_to_text(&broken, 1 << 20),
            Err(FormatError::BadDocx(_))
        ));
    }

    #[test]
    fn the_cap_holds_when_the_declared_size_lies() {
        let mut capped = Capped {
            inner: Cursor::new(vec![0u8; 100]),
            left: 10,
            exceeded: false,
        };
        let mut v = Vec::new();
        assert!(capped.read_to_end(&mut v).is_err());
        assert!(capped.exceeded);
    }

    #[test]
    fn messages_say_what_to_do() {
        assert!(FormatError::Doc
            .to_string()
            .contains("libreoffice --headless --convert-to docx"));
        assert!(FormatError::NoTextLayer.to_string().contains("ocrmypdf"));
        assert!(FormatError::DocxTooLarge { limit: 50_000_000 }
            .to_string()
            .contains("past 50 MB"));
        assert!(FormatError::NotZip("x".into())
            .to_string()
            .starts_with("not a DOCX (zip) file: x"));
        assert_eq!(megabytes(1_500_000), "1.5 MB");
        assert_eq!(FormatError::NotDocx.code(), "not-docx");
    }

    #[test]
    fn double_spaced_output_is_undoubled() {
        let text = undouble_spacing("a\n\nb\n\nc\n\n\nd\n");
        assert_eq!(tidy_lines(&text), "a\nb\nc\n\nd\n");
        assert!(matches!(undouble_spacing("a\nb\n\nc\n"), Cow::Borrowed(_)));
        assert!(matches!(undouble_spacing("\n\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn unsupported_formats_have_their_errors() {
        assert_eq!(unsupported(Format::Doc, b""), Some(FormatError::Doc));
        assert_eq!(
            unsupported(Format::Unknown, b"{\\rtf1 x}"),
            Some(FormatError::Rtf)
        );
        assert_eq!(
            unsupported(Format::Unknown, b"\0\x01"),
            Some(FormatError::Binary)
        );
        assert_eq!(unsupported(Format::Pdf, b"%PDF-"), None);
    }

    #[test]
    fn pdf_without_header_is_not_a_pdf() {
        assert_eq!(pdf_to_text(b"hello", None), Err(FormatError::NotPdf));
    }

    #[test]
    fn broken_pdf_is_an_error_not_a_panic() {
        let err = pdf_to_text(b"%PDF-1.4\n1 0 obj << /Type /Catalog", None).unwrap_err();
        assert!(matches!(err, FormatError::BadPdf { .. }), "{err:?}");
    }
}
