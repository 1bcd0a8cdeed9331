//! The build as one pipeline: read the corpus, normalise, extract each file, resolve, build the
//! graph. Reading and extraction run in parallel, one file at a time per thread (rayon): a
//! file's text is dropped once extracted, so memory grows with what the files say, not with
//! their size. Results keep the files' sorted order, so builds are deterministic.

use crate::aliases::AliasTable;
use crate::graph::Graph;
use crate::model::{FileExtract, FileKind, GraphFileRef};
use crate::normalize::normalize_owned;
use crate::resolve::Origin;
use crate::state::{FileState, GroupTable, State};
use crate::{cache, extract, ingest, resolve};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a build made.
pub struct Built {
    pub graph: Graph,
    /// Diagnostics of every stage, sorted.
    pub diagnostics: Vec<crate::model::Diagnostic>,
    /// Files read and extracted.
    pub files: usize,
    /// Of those, the documents' own texts ([`FileKind::Primary`]).
    pub primary: usize,
    /// Files extracted by this build; the others came from the last build's cache. `None` when
    /// there was no usable cache.
    pub extracted: Option<usize>,
    /// The cache that describes the corpus after this build, when there is one.
    pub cache_id: Option<u64>,
    /// What the next build needs to resolve again only what changes (with a cache, and when
    /// no link was left out to break a cycle).
    pub state: Option<State>,
}

impl Built {
    /// `graph.json` as written, borrowing the graph's documents and links.
    pub fn file(&self) -> GraphFileRef<'_> {
        self.graph.file_ref(&self.diagnostics)
    }
}

/// A progress bar on stderr for `total` files, drawn only when `show` and stderr is a terminal.
fn progress_bar(show: bool, total: u64) -> ProgressBar {
    if !show || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(
            "reading {pos}/{len} files [{bar:30}] {elapsed}, about {eta} left",
        )
        .expect("a valid template")
        .progress_chars("=> "),
    );
    bar
}

/// Turns `bar` into a spinner that says what is being done (a long step without a count).
pub fn spin(bar: &ProgressBar, what: &'static str) {
    if bar.is_hidden() {
        return;
    }
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} ({elapsed})").expect("a valid template"),
    );
    bar.set_message(what);
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
}

/// A spinner for the steps after the build (writing the outputs), when `show` and stderr is a
/// terminal.
pub fn spinner(show: bool) -> ProgressBar {
    spinner_saying(show, "writing")
}

/// A spinner saying `what` with the time it has taken, when `show` and stderr is a terminal.
pub fn spinner_saying(show: bool, what: &'static str) -> ProgressBar {
    let bar = progress_bar(show, 0);
    spin(&bar, what);
    bar
}

/// What the reading did, counted across threads.
#[derive(Default)]
struct Counts {
    /// Files whose size or time differ from the cache's (or that it does not have): read.
    read_again: AtomicUsize,
    /// Files whose text was extracted (not taken from the cache).
    extracted: AtomicUsize,
}

/// What a file said: the last build's entry (read from the cache only when the build needs
/// it), or what this build extracted.
pub(crate) enum Said {
    Cached(cache::Cached),
    New {
        extract: Option<Box<FileExtract>>,
        diagnostics: Vec<crate::model::Diagnostic>,
    },
}

/// One file's outcome.
pub(crate) struct Row {
    pub(crate) said: Said,
    /// The last build's entry, when the file says what it said then (kept once `said` is
    /// decoded: the next cache copies its bytes).
    pub(crate) old: Option<cache::Cached>,
    pub(crate) rel: String,
    fp: Option<cache::Fingerprint>,
    hash: Option<u64>,
}

/// What reading a file needs.
#[derive(Clone, Copy)]
struct Reader<'a> {
    /// The corpus folder.
    dir: &'a Path,
    old: &'a cache::Cache,
    aliases: &'a AliasTable,
    opts: &'a BuildOptions,
    counts: &'a Counts,
    /// Descriptions shared as files are read: files refer to the same documents again and
    /// again (sharing them as they come held 934 MB after reading 1 GB instead of 1170 MB).
    pool: &'a crate::model::DescPool,
    /// Sentences go to the spill file ([`crate::text`]).
    spill: bool,
}

/// A file's size and time as the cache keeps them (`cache::fingerprint`).
fn fingerprint(stat: Option<ingest::Stat>) -> Option<cache::Fingerprint> {
    stat.and_then(|s| Some((s.len, s.mtime?)))
}

/// The cache's entry of a file whose size and time (`fp`) are the entry's: it is taken from
/// the cache without being read.
fn unchanged(
    entry: Option<cache::Cached>,
    fp: Option<cache::Fingerprint>,
) -> Option<cache::Cached> {
    entry.filter(|e| fp == Some((e.size, e.mtime)))
}

/// Reads and extracts one file, or takes what the last build said of it: without reading it
/// when its size and time are unchanged, after reading it when its text is unchanged, and
/// after extracting it when the extraction says what it said before (an edit of a sentence
/// that names no document).
fn read_file(
    r: &Reader,
    odd: Option<std::path::PathBuf>,
    stat: Option<ingest::Stat>,
    rel: String,
    entry: Option<cache::Cached>,
    ahead: Option<(&crate::ahead::ReadAhead, usize)>,
) -> Row {
    let Reader {
        old,
        aliases,
        opts,
        counts,
        ..
    } = *r;
    // One stat per file (made when it was listed): the cache's fingerprint (as
    // `cache::fingerprint`) and the size limit.
    let fp = fingerprint(stat);
    // The file says what the cache entry `e` says.
    let cached = |e: cache::Cached, rel: String, hash: Option<u64>| Row {
        said: Said::Cached(e),
        old: Some(e),
        rel,
        fp,
        hash,
    };
    if let Some(e) = unchanged(entry, fp) {
        return cached(e, rel, e.hash);
    }
    counts.read_again.fetch_add(1, Ordering::Relaxed);
    // (`odd`: the path of a file whose name is not UTF-8, as `ingest::Listed`.)
    let p = odd.unwrap_or_else(|| r.dir.join(&rel));
    let (input, diagnostics) = ingest::read_one_ahead(
        &p,
        rel.clone(),
        stat.map(|s| s.len),
        opts.max_file_size,
        ahead,
    );
    let Some(input) = input else {
        return Row {
            said: Said::New {
                extract: None,
                diagnostics,
            },
            old: None,
            rel,
            fp,
            hash: None,
        };
    };
    let text = normalize_owned(input.text);
    let hash = cache::text_hash(&text);
    if let Some(e) = entry.filter(|e| e.hash == Some(hash)) {
        return cached(e, rel, Some(hash));
    }
    if counts.extracted.fetch_add(1, Ordering::Relaxed) == 0 {
        // The first file to extract: the patterns it will need after its header are compiled
        // on another core meanwhile (an update extracts one file while the other core idles).
        rayon::spawn(extract::patterns::warm_up);
    }
    let x = extract::extract(&input.rel, &text, aliases);
    if let Some(e) = entry {
        if old
            .raw(&e)
            .is_some_and(|b| b == cache::encode_body(Some(&x), &diagnostics))
        {
            return cached(e, rel, Some(hash));
        }
    }
    let mut x = Box::new(x);
    r.pool.share(&mut x);
    if r.spill {
        crate::text::share(&mut x, true);
    }
    Row {
        said: Said::New {
            extract: Some(x),
            diagnostics,
        },
        old: None,
        rel,
        fp,
        hash: Some(hash),
    }
}

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Files larger than this many bytes are left out with a diagnostic.
    pub max_file_size: u64,
    /// Show a progress bar on stderr (only when it is a terminal and the corpus has more than
    /// 200 files).
    pub progress: bool,
    /// Where to keep what each file said, so that an unchanged file is not read again.
    pub cache: Option<std::path::PathBuf>,
    /// What the extraction depends on besides the files (the alias table): a different stamp
    /// throws the cache away.
    pub stamp: String,
    /// The cache the outputs in place were made from, when they are intact (the build record
    /// says so): when every file says what it said then, the build stops there
    /// ([`Outcome::Unchanged`]); when a few files changed, only what they touch is resolved
    /// again and the outputs are updated in place ([`Outcome::Updated`]).
    pub outputs_from: Option<u64>,
    /// The output folder (graph.json, graph.dot, graph.idx and the state).
    pub out: std::path::PathBuf,
    /// The title of graph.dot.
    pub label: String,
    /// Keep the sentences (the evidence) in a file in [`BuildOptions::out`] instead of on the
    /// heap when the corpus has at least this many files ([`crate::text`]); `None`: never.
    pub spill_from: Option<usize>,
    /// The process ends once the build returns (the `vbgraph` binary): what only the build
    /// needed (a row per file, the cache's table) is left to the system instead of being
    /// freed piece by piece.
    pub exits_after: bool,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            max_file_size: ingest::DEFAULT_MAX_FILE_SIZE,
            progress: false,
            cache: None,
            stamp: String::new(),
            outputs_from: None,
            out: "graphs".into(),
            label: String::new(),
            spill_from: None,
            exits_after: false,
        }
    }
}

/// What [`build`] found.
pub enum Outcome {
    /// The graph, built.
    Built(Box<Built>),
    /// Every file says what it said when the cache [`BuildOptions::outputs_from`] names was
    /// written: the outputs in place are this corpus's. `cache_id` is the cache that now
    /// describes the corpus (a new one when files were touched).
    /// A few files changed: the outputs were updated in place.
    Updated(crate::update::Updated),
    Unchanged {
        cache_id: u64,
        /// As [`Built::extracted`].
        extracted: Option<usize>,
    },
}

/// Builds the graph of every document under `dir`.
pub fn build(dir: &Path, aliases: &AliasTable, opts: &BuildOptions) -> Result<Outcome> {
    let mut laps = crate::timing::Laps::new();
    // The program itself is part of the stamp: another build of vbgraph may extract otherwise.
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| cache::fingerprint(&p));
    let stamp = format!(
        "{} {exe:?} {} {}",
        env!("CARGO_PKG_VERSION"),
        opts.stamp,
        opts.max_file_size
    );
    // The corpus is listed while the cache is loaded.
    let (listed, old) = rayon::join(
        || ingest::list_corpus_stat(dir),
        || {
            opts.cache
                .as_deref()
                .map(|p| cache::Cache::load(p, &stamp))
                .unwrap_or_default()
        },
    );
    let (listed, mut diags) =
        listed.with_context(|| format!("cannot read the corpus folder {}", dir.display()))?;
    // Each file's entry in the cache, looked for in the order both list files in.
    let entries = old.find_sorted(listed.iter().map(|f| f.rel.as_str()));
    let total = listed.len();
    let bar = progress_bar(opts.progress && total > 200, total as u64);
    let jobs: Vec<(ingest::Listed, Option<cache::Cached>)> =
        listed.into_iter().zip(entries).collect();
    laps.lap("list + load cache");
    let counts = Counts::default();
    let pool = crate::model::DescPool::default();
    let spill = opts.spill_from.is_some_and(|n| total >= n) && crate::text::enable_spill(&opts.out);
    let reader = Reader {
        dir,
        old: &old,
        aliases,
        opts,
        counts: &counts,
        pool: &pool,
        spill,
    };
    // (A hidden bar still reads the clock at each step: not asked when nothing is drawn.)
    let counting = !bar.is_hidden();
    // The files to read (not taken from the cache by their size and time, in a format it
    // reads, within the size limit), for reading ahead when they are not in memory.
    let ahead = crate::ahead::Table::of(
        dir,
        jobs.iter().map(|(f, entry)| {
            let read = unchanged(*entry, fingerprint(f.stat)).is_none()
                && f.stat.is_none_or(|s| s.len <= opts.max_file_size)
                && ingest::has_read_extension(Path::new(&f.rel));
            (read && f.odd.is_none()).then_some(f.rel.as_str())
        }),
    );
    let mut results: Vec<Row> = crate::ahead::ReadAhead::run(ahead, |ahead| {
        jobs.into_par_iter()
            .enumerate()
            .map(|(i, (f, entry))| {
                let row = read_file(&reader, f.odd, f.stat, f.rel, entry, ahead.map(|a| (a, i)));
                if counting {
                    bar.inc(1);
                }
                row
            })
            .collect()
    });
    laps.lap("read + extract");
    // The same files, each saying what it said at the last build.
    let same = !old.is_empty()
        && old.len() == results.len()
        && results.iter().all(|r| matches!(r.said, Said::Cached(_)));
    let save = |results: &[Row]| -> Option<u64> {
        let p = opts.cache.as_ref()?;
        let mut rows: Vec<cache::SaveRow> = Vec::with_capacity(results.len());
        rows.extend(results.iter().filter_map(|r| {
            let (size, mtime) = r.fp?;
            Some(cache::SaveRow {
                path: &r.rel,
                size,
                mtime,
                hash: r.hash,
                body: match (&r.old, &r.said) {
                    (Some(e), _) | (None, Said::Cached(e)) => cache::Saved::Old(*e),
                    (
                        None,
                        Said::New {
                            extract,
                            diagnostics,
                        },
                    ) => cache::Saved::New(extract.as_deref(), diagnostics),
                },
            })
        }));
        // A cache that cannot be written costs the next build time, nothing else.
        cache::Cache::save(p, &stamp, &old, &rows).ok()
    };
    let dirty = counts.read_again.load(Ordering::Relaxed) > 0 || old.len() != results.len();
    if same && opts.outputs_from == Some(old.id()) {
        let cache_id = if dirty {
            save(&results)
        } else {
            Some(old.id())
        };
        bar.finish_and_clear();
        laps.lap("save cache");
        if let Some(cache_id) = cache_id {
            if opts.exits_after {
                std::mem::forget((results, old));
            }
            return Ok(Outcome::Unchanged {
                cache_id,
                extracted: Some(counts.extracted.load(Ordering::Relaxed)),
            });
        }
    }
    if !old.is_empty() && opts.outputs_from == Some(old.id()) {
        spin(&bar, "updating the graph");
        let extracted = Some(counts.extracted.load(Ordering::Relaxed));
        // An update that fails (a damaged index, an output that cannot be read) leaves the
        // whole build to make everything, as when there is nothing to update from.
        let updated = crate::update::update(
            &opts.out,
            &opts.label,
            &old,
            &mut results,
            &diags,
            extracted,
            &save,
            opts.exits_after,
        );
        if let Ok(Some(u)) = updated {
            bar.finish_and_clear();
            laps.lap("update");
            if opts.exits_after {
                std::mem::forget((results, old));
            }
            return Ok(Outcome::Updated(u));
        }
    }
    // What the cache holds, read now that it is needed.
    spin(&bar, "reading the cache");
    results.par_iter_mut().for_each(|r| {
        if let Said::Cached(e) = r.said {
            r.said = match old.body(&e) {
                Some(b) => Said::New {
                    extract: b.extract.map(|mut x| {
                        // Spilled, or one string per sentence (decoded: one per reference).
                        crate::text::share(&mut x, reader.spill);
                        // (A file read now shared its descriptions as it was extracted.)
                        pool.share(&mut x);
                        Box::new(x)
                    }),
                    diagnostics: b.diagnostics,
                },
                // The cache went away under this build: the file is read again.
                None => {
                    let p = dir.join(&r.rel);
                    r.old = None;
                    let stat = std::fs::metadata(&p).ok().map(|m| ingest::Stat::of(&m));
                    read_file(&reader, Some(p), stat, r.rel.clone(), None, None).said
                }
            };
        }
    });
    drop(pool);
    laps.lap("decode cached");
    spin(&bar, "resolving references");
    // Save the cache (when anything changed) while resolving.
    let (cache_id, mut resolved) = {
        let extracts: Vec<&FileExtract> = results
            .iter()
            .filter_map(|r| match &r.said {
                Said::New { extract, .. } => extract.as_deref(),
                Said::Cached(_) => None,
            })
            .collect();
        let keep = || {
            if dirty {
                save(&results)
            } else {
                opts.cache.as_ref().map(|_| old.id())
            }
        };
        rayon::join(keep, || resolve::resolve_refs(&extracts))
    };
    laps.lap("save cache + resolve");
    let mut state = opts
        .cache
        .is_some()
        .then(|| state_of(&mut results, &mut resolved, &diags));
    let mut files = 0;
    let mut primary = 0;
    for r in &mut results {
        if let Said::New {
            extract,
            diagnostics,
        } = &mut r.said
        {
            diags.append(diagnostics);
            if let Some(x) = extract {
                files += 1;
                primary += usize::from(x.kind == FileKind::Primary);
                diags.append(&mut x.diagnostics);
            }
        }
    }
    // Freed on the cores that made them: the allocator gives memory freed by another thread
    // back to the thread that took it, where the graph built next on this thread cannot use it.
    results.into_par_iter().for_each(drop);
    give_back();
    let mut r = resolved;
    r.diagnostics.extend(diags);
    spin(&bar, "building the graph");
    let (graph, diagnostics) = Graph::build(r);
    if let Some(s) = state.as_mut() {
        for l in graph.g.edge_weights() {
            *s.relations.entry(l.relation).or_default() += 1;
        }
    }
    // A link left out to break a cycle depends on every other link: the next build makes all.
    if diagnostics.iter().any(|d| d.code == "cycle") {
        state = None;
    }
    bar.finish_and_clear();
    laps.lap("graph");
    Ok(Outcome::Built(Box::new(Built {
        graph,
        diagnostics,
        files,
        primary,
        extracted: (!old.is_empty()).then(|| counts.extracted.load(Ordering::Relaxed)),
        cache_id,
        state,
    })))
}

/// The resolution state of a whole build (links by relation are counted from the graph). Made
/// while every extract is held, at the build's peak of memory: it takes the rows' paths and
/// the resolution's targets rather than copying them.
fn state_of(
    results: &mut [Row],
    resolved: &mut resolve::Resolved,
    corpus_diags: &[crate::model::Diagnostic],
) -> State {
    let mut diagnostics: Vec<(Origin, crate::model::Diagnostic)> = resolved
        .origins
        .iter()
        .cloned()
        .zip(resolved.diagnostics.iter().cloned())
        .collect();
    diagnostics.extend(corpus_diags.iter().map(|d| (Origin::Corpus, d.clone())));
    for r in results.iter() {
        if let Said::New {
            extract,
            diagnostics: read,
        } = &r.said
        {
            let of_file = read
                .iter()
                .chain(extract.iter().flat_map(|x| &x.diagnostics));
            diagnostics.extend(of_file.map(|d| (Origin::File(r.rel.clone()), d.clone())));
        }
    }
    // Each document's position in graph.json (documents sorted by id).
    let mut by_id: Vec<u32> = (0..resolved.docs.len() as u32).collect();
    by_id.par_sort_by(|a, b| {
        resolved.docs[*a as usize]
            .id
            .cmp(&resolved.docs[*b as usize].id)
    });
    let mut rank = vec![0u32; by_id.len()];
    for (k, &i) in by_id.iter().enumerate() {
        rank[i as usize] = k as u32;
    }
    drop(by_id);
    let mut extracts: Vec<(&mut String, &FileExtract)> = results
        .iter_mut()
        .filter_map(|r| match &r.said {
            Said::New {
                extract: Some(x), ..
            } => Some((&mut r.rel, &**x)),
            _ => None,
        })
        .collect();
    // Each file's groups are found twice, for the table and then as codes: a list of them all
    // held 23 MB on 1 GB of text, at the peak.
    // Each core gathers the groups of some files in a set of its own (a corpus has far fewer
    // groups than files), then the sets are merged.
    let groups = extracts
        .par_iter()
        .fold(std::collections::BTreeSet::new, |mut s, (_, x)| {
            s.extend(resolve::file_groups(x));
            s
        })
        .reduce(std::collections::BTreeSet::new, |mut a, mut b| {
            if a.len() < b.len() {
                std::mem::swap(&mut a, &mut b);
            }
            a.extend(b);
            a
        });
    let table = GroupTable::of(groups.iter().map(|g| &**g));
    let files = extracts
        .par_iter_mut()
        .zip(std::mem::take(&mut resolved.ref_docs))
        .map(|((rel, x), mut targets)| {
            for t in targets.iter_mut().flatten() {
                *t = rank[*t as usize];
            }
            FileState {
                path: std::mem::take(*rel),
                primary: x.kind == FileKind::Primary,
                groups: resolve::file_groups(x)
                    .iter()
                    .map(|g| table.code(g))
                    .collect(),
                targets,
            }
        })
        .collect();
    let mut levels = std::collections::BTreeMap::new();
    for d in &resolved.docs {
        *levels.entry(d.level.clone()).or_default() += 1;
    }
    State::new(
        table.into_vec(),
        files,
        diagnostics,
        levels,
        Default::default(),
    )
}

/// Returns the memory freed on every core to the system. An idle core's allocator keeps what
/// was freed until it allocates again: after the extracts are dropped, the graph and the
/// outputs would take new pages beside them.
pub fn give_back() {
    rayon::broadcast(|_| {
        // SAFETY: mi_collect only walks the calling thread's heap; mimalloc is the allocator.
        unsafe { libmimalloc_sys::mi_collect(true) }
    });
}
