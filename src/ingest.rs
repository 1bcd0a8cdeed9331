//! Files → text. Walks the corpus folder (sorted, so runs are deterministic), reads `.txt` files
//! as UTF-8 (a byte-order mark is dropped; invalid bytes are replaced and reported), and reports
//! every other file it cannot read yet instead of stopping. A bad file is a diagnostic, never the
//! end of the build.

use crate::model::{Diagnostic, Level};
use std::path::{Path, PathBuf};

/// One readable file: its path relative to the corpus folder (`/`-separated) and its raw text.
pub struct Input {
    pub rel: String,
    pub text: String,
}

/// Files that configure a corpus rather than belong to it.
const CONFIG_FILES: &[&str] = &["aliases.toml"];

/// Reads every file under `dir`.
pub fn read_corpus(dir: &Path) -> std::io::Result<(Vec<Input>, Vec<Diagnostic>)> {
    let mut paths = vec![];
    let mut diags = vec![];
    walk(dir, &mut paths, &mut diags)?;
    paths.sort();
    let mut inputs = vec![];
    for p in paths {
        let rel = rel_path(dir, &p);
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || CONFIG_FILES.contains(&name) {
            continue;
        }
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .unwrap_or_default();
        if ext != "txt" {
            diags.push(
                Diagnostic::new(
                    Level::Warning,
                    "unsupported-format",
                    format!("cannot read .{ext} files yet; convert it to UTF-8 text (.txt) to include it"),
                )
                .at(&rel, None),
            );
            continue;
        }
        match std::fs::read(&p) {
            Ok(bytes) => {
                let (text, lossy) = decode(&bytes);
                if lossy {
                    diags.push(
                        Diagnostic::new(
                            Level::Warning,
                            "invalid-utf8",
                            "the file is not valid UTF-8; invalid bytes were replaced (save it as UTF-8 to read it whole)",
                        )
                        .at(&rel, None),
                    );
                }
                if text.trim().is_empty() {
                    diags.push(
                        Diagnostic::new(Level::Warning, "empty-file", "the file has no text")
                            .at(&rel, None),
                    );
                    continue;
                }
                inputs.push(Input { rel, text });
            }
            Err(e) => diags.push(
                Diagnostic::new(
                    Level::Warning,
                    "unreadable-file",
                    format!("cannot read the file: {e}"),
                )
                .at(&rel, None),
            ),
        }
    }
    Ok((inputs, diags))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, diags: &mut Vec<Diagnostic>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let p = entry.path();
        let ft = match std::fs::metadata(&p) {
            Ok(m) => m.file_type(),
            Err(e) => {
                diags.push(
                    Diagnostic::new(
                        Level::Warning,
                        "unreadable-file",
                        format!("cannot read: {e}"),
                    )
                    .at(&p.display().to_string(), None),
                );
                continue;
            }
        };
        if ft.is_dir() {
            if !entry.file_type()?.is_symlink() {
                walk(&p, out, diags)?;
            }
        } else if ft.is_file() {
            out.push(p);
        }
    }
    Ok(())
}

fn rel_path(dir: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(dir).unwrap_or(p);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// UTF-8 without its byte-order mark; `true` when invalid bytes had to be replaced.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped_and_bad_bytes_reported() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc"), ("abc".to_string(), false));
        let (t, lossy) = decode(b"a\xFFb");
        assert!(lossy);
        assert_eq!(t, "a\u{FFFD}b");
    }
}
