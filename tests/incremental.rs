//! A rebuild after a few files changed resolves again only the groups they touch and updates
//! the outputs in place: the result must be the bytes a whole build writes. Each case edits a
//! corpus, rebuilds (the update), builds the same corpus from scratch elsewhere, and compares
//! graph.json, graph.dot and graph.idx (but for the times of graph.json and graph.dot the index
//! records).

mod common;

use common::{fixtures, vbgraph};
use std::path::{Path, PathBuf};

/// Two graph.idx files say the same but for the times of graph.json and graph.dot they record
/// (after the magic: graph.json's size, its time as two u64, the same of graph.dot).
fn same_index(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && a.len() >= 64
        && a[..24] == b[..24]
        && a[40..48] == b[40..48]
        && a[64..] == b[64..]
}

/// A copy of a corpus with a build of it, edited step by step.
struct Case {
    corpus: tempfile::TempDir,
    out: tempfile::TempDir,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let q = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &q);
        } else {
            std::fs::copy(&p, &q).unwrap();
        }
    }
}

/// Runs `vbgraph build` and returns its stdout.
fn build(corpus: &Path, out: &Path, extra: &[&str]) -> String {
    let o = vbgraph()
        .arg("build")
        .arg(corpus)
        .arg("--out")
        .arg(out)
        .arg("-q")
        .args(extra)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

impl Case {
    fn of(corpus: &Path) -> Case {
        let c = Case {
            corpus: tempfile::tempdir().unwrap(),
            out: tempfile::tempdir().unwrap(),
        };
        copy_dir(corpus, c.corpus.path());
        let said = build(c.corpus.path(), c.out.path(), &[]);
        assert!(said.contains("wrote"), "{said}");
        c
    }

    fn path(&self, name: &str) -> PathBuf {
        self.corpus.path().join(name)
    }

    /// Rebuilds; the outputs must be a whole build's, and the rebuild an update when
    /// `updated`.
    fn check(&self, what: &str, updated: bool) {
        let said = build(self.corpus.path(), self.out.path(), &[]);
        if updated {
            assert!(said.contains("updated"), "{what}: not an update: {said}");
        }
        let fresh = tempfile::tempdir().unwrap();
        build(self.corpus.path(), fresh.path(), &["--no-cache"]);
        for name in ["graph.json", "graph.dot"] {
            let a = std::fs::read_to_string(self.out.path().join(name)).unwrap();
            let b = std::fs::read_to_string(fresh.path().join(name)).unwrap();
            if a != b {
                let line = a
                    .lines()
                    .zip(b.lines())
                    .position(|(x, y)| x != y)
                    .unwrap_or(0);
                panic!(
                    "{what}: {name} differs from a whole build at line {}:\nupdate: {}\nwhole:  {}",
                    line + 1,
                    a.lines().nth(line).unwrap_or(""),
                    b.lines().nth(line).unwrap_or("")
                );
            }
        }
        let a = std::fs::read(self.out.path().join("graph.idx")).unwrap();
        let b = std::fs::read(fresh.path().join("graph.idx")).unwrap();
        assert!(same_index(&a, &b), "{what}: graph.idx");
    }

    fn edit(&self, name: &str, f: impl FnOnce(String) -> String) {
        let p = self.path(name);
        let t = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, f(t)).unwrap();
    }
}

/// Puts `line` before the first line that begins with `Thực hiện` or `Căn cứ` (the body).
fn insert_in_body(t: String, line: &str) -> String {
    let at = t
        .find("\nThực hiện")
        .or_else(|| t.find("\nCăn cứ"))
        .map_or(t.len(), |i| i + 1);
    format!("{}{line}\n{}", &t[..at], &t[at..])
}

#[test]
fn updates_of_the_seed_corpus_are_whole_builds() {
    let c = Case::of(&fixtures().join("seeds"));
    let plan = "002_07a3360c856add66.txt";
    // A reference to a document the corpus does not have: a new node.
    c.edit(plan, |t| {
        insert_in_body(
            t,
            "Căn cứ Kế hoạch số 901/KH-UBND ngày 02/3/2015 của Ủy ban nhân dân tỉnh;",
        )
    });
    c.check("a new reference", true);
    // Another reference to a document other files cite (Nghị quyết 29).
    c.edit(plan, |t| {
        insert_in_body(
            t,
            "Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương;",
        )
    });
    c.check("a second citation of a cited document", true);
    // A reference taken out again.
    c.edit(plan, |t| {
        t.replace(
            "Căn cứ Kế hoạch số 901/KH-UBND ngày 02/3/2015 của Ủy ban nhân dân tỉnh;\n",
            "",
        )
    });
    c.check("a reference taken out", true);
    // The plan's own number changes: its document is another one.
    c.edit(plan, |t| t.replacen("156/KH-UBND", "157/KH-UBND", 1));
    c.check("a new own number", true);
    // A new file: a district plan implementing the provincial one.
    std::fs::write(
        c.path("009_new.txt"),
        "ỦY BAN NHÂN DÂN\nHUYỆN CAO LỘC\nSố: 12/KH-UBND\nCao Lộc, ngày 10 tháng 10 năm 2019\n\nKẾ HOẠCH\nThực hiện Kế hoạch số 157/KH-UBND của UBND tỉnh Lạng Sơn\n\nThực hiện Kế hoạch số 157/KH-UBND ngày 13/9/2019 của UBND tỉnh Lạng Sơn, UBND huyện ban hành Kế hoạch thực hiện như sau:\n",
    )
    .unwrap();
    c.check("a new file", true);
    // A file taken out.
    std::fs::remove_file(c.path("009_new.txt")).unwrap();
    c.check("a file taken out", true);
}

#[test]
fn updates_of_the_resolution_fixtures_keep_their_diagnostics() {
    let dir = fixtures().join("resolution");
    let c = Case::of(&dir);
    let names = texts(c.corpus.path());
    // A short mention in a second file: ambiguity diagnostics must follow.
    let first = names[0].clone();
    c.edit(&first, |t| {
        insert_in_body(t, "Căn cứ Chương trình số 100-CTr/TU của Tỉnh ủy;")
    });
    c.check("a mention that may be ambiguous", true);
    // Every file edited in turn, one at a time.
    for n in &names {
        c.edit(n, |t| {
            insert_in_body(
                t,
                "Căn cứ Quyết định số 77/QĐ-UBND ngày 05/01/2015 của Ủy ban nhân dân tỉnh;",
            )
        });
        c.check(&format!("a citation added to {n}"), true);
    }
}

#[test]
fn updates_of_the_mixed_corpus_are_whole_builds() {
    let c = Case::of(&fixtures().join("corpus"));
    let names = texts(c.corpus.path());
    for n in names.iter().step_by(5) {
        c.edit(n, |t| {
            insert_in_body(
                t,
                "Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương;",
            )
        });
        c.check(&format!("a citation of 29-NQ/TW added to {n}"), true);
    }
    std::fs::remove_file(c.path(&names[1])).unwrap();
    c.check("a file taken out", true);
}

/// The `.txt` files under `dir`, relative, sorted.
fn texts(dir: &Path) -> Vec<String> {
    let mut out = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn updates_of_a_generated_corpus_are_whole_builds() {
    let gen = common::generator();
    assert!(gen.exists(), "{} is not built", gen.display());
    let g = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(&gen)
        .args(["--docs", "400", "--seed", "5", "--out"])
        .arg(g.path())
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let c = Case::of(&g.path().join("docs"));
    let names = texts(c.corpus.path());
    let pick = |k: usize| names[(k * 97) % names.len()].clone();
    // A citation of another file's document, by its full number as that file gives it.
    let other = std::fs::read_to_string(c.path(&pick(1))).unwrap();
    let own_line = other
        .lines()
        .find(|l| l.starts_with("Số:") || l.starts_with("Số "))
        .map(|l| l.trim_start_matches("Số:").trim().to_string());
    if let Some(code) = own_line {
        c.edit(&pick(2), |t| {
            insert_in_body(t, &format!("Căn cứ văn bản số {code};"))
        });
        c.check("a citation of another file's document", true);
    }
    // A new document citing what the corpus has.
    c.edit(&pick(3), |t| {
        insert_in_body(
            t,
            "Căn cứ Kế hoạch số 45/KH-UBND ngày 10/3/2020 của Ủy ban nhân dân tỉnh;",
        )
    });
    c.check("a citation of a common number", true);
    // A file copied under another name: a second text of one document.
    let copy = format!("{}.copy.txt", pick(4).trim_end_matches(".txt"));
    std::fs::copy(c.path(&pick(4)), c.path(&copy)).unwrap();
    c.check("a file copied", true);
    // Files taken out: the copy, then one that others cite.
    std::fs::remove_file(c.path(&copy)).unwrap();
    c.check("the copy taken out", true);
    std::fs::remove_file(c.path(&pick(5))).unwrap();
    c.check("a cited file taken out", true);
    // A date changed: the document's date, and the links that depend on which is later.
    c.edit(&pick(6), |t| t.replacen("năm 20", "năm 19", 1));
    c.check("a date changed", true);
    // Two files changed at once.
    c.edit(&pick(7), |t| {
        insert_in_body(
            t,
            "Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;",
        )
    });
    c.edit(&pick(8), |t| t.replace("Thực hiện", "Căn cứ"));
    c.check("two files changed", true);
}

#[test]
fn a_damaged_index_makes_the_rebuild_whole_not_wrong() {
    let c = Case::of(&fixtures().join("seeds"));
    // Garbage of the same size and time: the build record cannot tell.
    let idx = c.out.path().join("graph.idx");
    let m = std::fs::metadata(&idx).unwrap();
    let when = m.modified().unwrap();
    std::fs::write(&idx, vec![0x5a; m.len() as usize]).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&idx)
        .unwrap()
        .set_modified(when)
        .unwrap();
    c.edit("002_07a3360c856add66.txt", |t| {
        insert_in_body(
            t,
            "Căn cứ Kế hoạch số 901/KH-UBND ngày 02/3/2015 của Ủy ban nhân dân tỉnh;",
        )
    });
    c.check("an edit after the index was damaged", false);
}

#[test]
fn an_edit_that_closes_a_cycle_is_built_whole() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("cycle"), dir.path());
    let b = std::fs::read(dir.path().join("b.txt")).unwrap();
    std::fs::remove_file(dir.path().join("b.txt")).unwrap();
    let c = Case::of(dir.path());
    // b.txt implements a.txt, which implements b.txt: the whole build leaves one link out.
    std::fs::write(c.path("b.txt"), &b).unwrap();
    c.check("a cycle closed", false);
    c.edit("c.txt", |t| {
        t.replace("Tuyên truyền", "Tuyên truyền, phổ biến")
    });
    c.check("an edit beside the cycle", false);
}

#[test]
fn a_file_that_becomes_unreadable_is_updated_away() {
    let c = Case::of(&fixtures().join("seeds"));
    let plan = "002_07a3360c856add66.txt";
    let text = std::fs::read(c.path(plan)).unwrap();
    // Bytes that are no text (a word-processor file saved with the wrong name).
    std::fs::write(c.path(plan), [0u8, 159, 146, 150, 0, 1, 2, 3].repeat(64)).unwrap();
    c.check("a file that cannot be read", true);
    std::fs::write(c.path(plan), text).unwrap();
    c.check("the file readable again", true);
}

/// Sentences kept in the spill file (`--spill-from 0`, as a corpus of thousands of files has
/// them) make the bytes of a build that keeps them in memory: whole builds, updates (which
/// decode the last build's entries and spill them again), and with no cache.
#[test]
fn spilled_sentences_make_the_same_outputs() {
    let c = Case::of(&fixtures().join("corpus"));
    let spilled = tempfile::tempdir().unwrap();
    let spill = ["--spill-from", "0"];
    build(c.corpus.path(), spilled.path(), &spill);
    let same = |what: &str, a: &Path, b: &Path| {
        for name in ["graph.json", "graph.dot"] {
            let x = std::fs::read(a.join(name)).unwrap();
            let y = std::fs::read(b.join(name)).unwrap();
            assert!(x == y, "{what}: {name} differs when sentences are spilled");
        }
        let x = std::fs::read(a.join("graph.idx")).unwrap();
        let y = std::fs::read(b.join("graph.idx")).unwrap();
        assert!(same_index(&x, &y), "{what}: graph.idx");
    };
    same("a whole build", c.out.path(), spilled.path());
    let names = texts(c.corpus.path());
    c.edit(&names[2], |t| {
        insert_in_body(
            t,
            "Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương;",
        )
    });
    let said = build(c.corpus.path(), spilled.path(), &spill);
    assert!(said.contains("updated"), "not an update: {said}");
    let fresh = tempfile::tempdir().unwrap();
    build(c.corpus.path(), fresh.path(), &["--no-cache"]);
    same("an update", fresh.path(), spilled.path());
    // Everything taken from the cache, decoded and spilled.
    let other = tempfile::tempdir().unwrap();
    std::fs::copy(
        spilled.path().join(".vbgraph-cache"),
        other.path().join(".vbgraph-cache"),
    )
    .unwrap();
    build(c.corpus.path(), other.path(), &spill);
    same("a build from the cache", fresh.path(), other.path());
    build(
        c.corpus.path(),
        other.path(),
        &["--no-cache", "--spill-from", "0"],
    );
    same("a build without cache", fresh.path(), other.path());
}
