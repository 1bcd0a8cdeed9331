//! Updating the outputs after a few files changed. Resolution works group by group (a
//! reference's candidates all carry its number, [`crate::resolve::group_of`]), so only the
//! groups the changed files take part in, before and after the change, are resolved again,
//! from the files that take part in them; every other document and link is copied from the
//! last build's graph.json and graph.dot as it was printed, and references of other groups keep
//! the documents the last build gave them (the state, [`crate::state`]). The outputs are the
//! bytes a whole build writes (the tests compare them); whenever that cannot be vouched for (no
//! state, outputs edited, a cycle, too many changes), the caller builds everything.

use crate::cache;
use crate::index::Index;
use crate::json::Piece;
use crate::model::{Diagnostic, Document, FileExtract, FileKind, Link, Relation, SCHEMA};
use crate::model::{FastMap as HashMap, FastSet as HashSet};
use crate::output::write_atomic_spared;
use crate::pipeline::{Row, Said};
use crate::render::dot::DotPiece;
use crate::resolve::{self, Origin, Subset};
use crate::state::{FileState, State};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::collections::BTreeSet;

/// What an update did, for the summary.
#[derive(Debug)]
pub struct Updated {
    pub files: usize,
    pub primary: usize,
    pub nodes: usize,
    pub edges: usize,
    pub diagnostics: Vec<Diagnostic>,
    pub extracted: Option<usize>,
    /// Documents resolved again.
    pub resolved: usize,
}

/// An update is tried when at most one file in this many changed (plus a few, for small
/// corpora): beyond that, resolving the groups they touch is most of a whole build.
const MAX_CHANGED_SHARE: usize = 10;

/// The items of `it` (`n` of them) or its first error, in a vector made at that size (collecting
/// `Result`s grows one from nothing: copies and fresh pages at every doubling).
fn try_collect<T>(n: usize, it: impl Iterator<Item = Result<T>>) -> Result<Vec<T>> {
    let mut v = Vec::with_capacity(n);
    for x in it {
        v.push(x?);
    }
    Ok(v)
}

/// Where a merged document or link comes from.
enum Src<T> {
    Old(u32),
    New(T),
}

/// Updates the outputs in `out` for `results` (the files as read now, sorted by path), or
/// returns `None` when it cannot (the caller builds everything). `save` writes the cache and
/// returns its id.
#[allow(clippy::too_many_arguments)]
pub(crate) fn update(
    out: &std::path::Path,
    label: &str,
    old: &cache::Cache,
    results: &mut [Row],
    corpus_diags: &[Diagnostic],
    extracted: Option<usize>,
    save: &(dyn Fn(&[Row]) -> Option<u64> + Sync),
    exits_after: bool,
) -> Result<Option<Updated>> {
    let mut laps = crate::timing::Laps::new();
    let dot_path = out.join("graph.dot");
    // The last build's state, index and graph.dot are opened while the cache is saved (it says
    // what the files say, whatever becomes of the outputs: an update that gives up leaves it
    // for the whole build, which saves it again).
    let open = || -> Result<Option<_>> {
        let Some(state) = State::load(out).filter(|s| s.cache_id == old.id()) else {
            return Ok(None);
        };
        let Some(index) = Index::open(out)? else {
            return Ok(None);
        };
        let Ok(dot_file) = std::fs::File::open(&dot_path) else {
            return Ok(None);
        };
        let dot = crate::output::Mapped::new(dot_file)?;
        // Where its statements are, from the index (the kernel copies most of them: short
        // stretches are read from this mapping).
        let Some(dot_lines) = index.dot_lines(&dot_path)? else {
            return Ok(None);
        };
        #[cfg(unix)]
        let _ = dot.advise(memmap2::Advice::Random);
        // Copied from below: read in now if a large build wrote them past the page cache.
        dot.read_ahead_if_cold(&dot_path);
        index.read_ahead_json_if_cold(&out.join("graph.json"));
        Ok(Some((state, index, dot_lines, dot)))
    };
    let read: &[Row] = results;
    let (opened, cache_id) = rayon::join(open, || save(read));
    let Some((state, index, (dot_nodes, dot_links), dot)) = opened? else {
        return Ok(None);
    };
    let n_old = index.node_count();
    let m_old = index.edge_count();
    laps.lap("u: open");
    // What changed: files that say something new (or are new), and files that are gone.
    // Each file's line in the state: both list the files in the order of the listing (a state
    // that does not is not one this build wrote).
    let files = &state.files;
    if !files.is_sorted_by(|a, b| {
        crate::ingest::path_order(a.path.as_bytes(), b.path.as_bytes()).is_lt()
    }) {
        return Ok(None);
    }
    let prev_at = crate::ingest::find_sorted(
        files.len(),
        |i| files[i].path.as_bytes(),
        results.iter().map(|r| r.rel.as_str()),
    );
    let removed: Vec<&FileState> = {
        let mut current = vec![false; files.len()];
        for &i in prev_at.iter().flatten() {
            current[i] = true;
        }
        files
            .iter()
            .zip(current)
            .filter(|(_, c)| !c)
            .map(|(f, _)| f)
            .collect()
    };
    let prev_of: Vec<Option<&FileState>> =
        prev_at.into_iter().map(|i| i.map(|i| &files[i])).collect();
    let changed: Vec<usize> = (0..results.len())
        .filter(|&i| results[i].old.is_none() && matches!(results[i].said, Said::New { .. }))
        .collect();
    if changed.is_empty() && removed.is_empty()
        || (changed.len() + removed.len()) * MAX_CHANGED_SHARE > results.len() + MAX_CHANGED_SHARE
    {
        return Ok(None);
    }
    let group_names = |f: &FileState| -> Vec<String> {
        f.groups
            .iter()
            .map(|&g| state.groups[g as usize].clone())
            .collect()
    };
    let mut groups: HashSet<String> = HashSet::default();
    for f in &removed {
        groups.extend(group_names(f));
    }
    let mut new_groups: HashMap<usize, Vec<String>> = HashMap::default();
    for &i in &changed {
        if let Some(f) = prev_of[i] {
            groups.extend(group_names(f));
        }
        if let Said::New {
            extract: Some(x), ..
        } = &results[i].said
        {
            let g: Vec<String> = resolve::file_groups(x)
                .into_iter()
                .map(String::from)
                .collect();
            groups.extend(g.iter().cloned());
            new_groups.insert(i, g);
        }
    }
    let in_groups: Vec<bool> = state.groups.iter().map(|g| groups.contains(g)).collect();
    let changed_set: HashSet<usize> = changed.iter().copied().collect();
    // The files that take part in those groups.
    let part: Vec<usize> = (0..results.len())
        .filter(|i| {
            changed_set.contains(i)
                || prev_of[*i].is_some_and(|f| f.groups.iter().any(|&g| in_groups[g as usize]))
        })
        .collect();
    let part_set: HashSet<usize> = part.iter().copied().collect();
    laps.lap("u: groups");
    // What they said, read from the cache.
    let ok = results
        .par_iter_mut()
        .enumerate()
        .filter(|(i, _)| part_set.contains(i))
        .all(|(_, r)| {
            if let Said::Cached(e) = r.said {
                match old.body(&e) {
                    Some(b) => {
                        r.said = Said::New {
                            extract: b.extract.map(Box::new),
                            diagnostics: b.diagnostics,
                        }
                    }
                    None => return false,
                }
            }
            true
        });
    if !ok {
        return Ok(None);
    }
    let extract_of = |i: usize| match &results[i].said {
        Said::New {
            extract: Some(x), ..
        } => Some(&**x),
        _ => None,
    };
    let rows: Vec<usize> = part
        .iter()
        .copied()
        .filter(|&i| extract_of(i).is_some())
        .collect();
    let files: Vec<&FileExtract> = rows.iter().filter_map(|&i| extract_of(i)).collect();
    let fresh: HashSet<usize> = (0..rows.len())
        .filter(|fi| changed_set.contains(&rows[*fi]))
        .collect();
    let old_ids: Vec<&str> = try_collect(n_old, (0..n_old as u32).map(|i| index.id(i)))?;
    let fixed = |fi: usize, ri: usize| -> Option<String> {
        if fresh.contains(&fi) {
            return None;
        }
        let t = prev_of[rows[fi]]?.targets.get(ri)?;
        t.map(|o| old_ids[o as usize].to_string())
    };
    let external = |id: &str| -> Option<Document> {
        let i = old_ids.binary_search(&id).ok()?;
        index.doc(i as u32, false).ok()
    };
    let external_dates = |id: &str| -> Option<resolve::Dates> {
        let i = old_ids.binary_search(&id).ok()?;
        index.doc_dates(i as u32).ok()
    };
    laps.lap("u: decode");
    let subset = Subset {
        groups: &groups,
        fresh: &fresh,
        fixed: &fixed,
        external: &external,
        external_dates: &external_dates,
    };
    // While the groups are resolved again (on one core, mostly), what the merge and the new
    // index take of the last build's is read from its index on the other.
    let (resolved, last) = rayon::join(
        || resolve::resolve_subset(&files, &subset),
        || -> Result<_> {
            let facts = try_collect(n_old, (0..n_old as u32).map(|i| index.facts(i)))?;
            Ok((index.number_keys()?, index.links()?, facts))
        },
    );
    let (keys, old_links, old_facts) = last?;
    if resolved.incomplete {
        return Ok(None);
    }

    laps.lap("u: resolve");
    // Documents: the last build's outside the groups, and the groups' new ones, by id.
    // (Asked of each document once: every link asks it of both its ends, twice.)
    let kept_at: Vec<bool> = keys
        .iter()
        .map(|k| k.is_none_or(|k| !groups.contains(k)))
        .collect();
    let kept = |i: usize| kept_at[i];
    let mut new_docs: Vec<usize> = (0..resolved.docs.len()).collect();
    new_docs.sort_by(|a, b| resolved.docs[*a].id.cmp(&resolved.docs[*b].id));
    // One id in two groups is not something an update can vouch for.
    let Some(nodes) = merge(
        (0..n_old).filter(|&i| kept(i)).map(|i| i as u32),
        new_docs.iter().copied(),
        |o, n| old_ids[o as usize].cmp(resolved.docs[n].id.as_str()),
    ) else {
        return Ok(None);
    };
    let node_id = |f: &Src<usize>| -> &str {
        match f {
            Src::Old(i) => old_ids[*i as usize],
            Src::New(n) => resolved.docs[*n].id.as_str(),
        }
    };
    // Where each document is among the nodes, from the merge rather than a map of every id:
    // an old document by its index, a new one by its index among those resolved again (an old
    // id resolved again is where the new document is).
    let mut old_to_new: Vec<Option<u32>> = vec![None; n_old];
    let mut new_pos: Vec<u32> = vec![0; resolved.docs.len()];
    for (p, f) in nodes.iter().enumerate() {
        match f {
            Src::Old(i) => old_to_new[*i as usize] = Some(p as u32),
            Src::New(n) => {
                new_pos[*n] = p as u32;
                if let Ok(i) = old_ids.binary_search(&resolved.docs[*n].id.as_str()) {
                    old_to_new[i] = Some(p as u32);
                }
            }
        }
    }
    let position = |id: &str| -> Option<u32> {
        match old_ids.binary_search(&id) {
            Ok(i) => old_to_new[i],
            Err(_) => new_docs
                .binary_search_by(|&n| resolved.docs[n].id.as_str().cmp(id))
                .ok()
                .map(|k| new_pos[new_docs[k]]),
        }
    };

    // Links: the last build's between documents outside the groups, and the new ones.
    let mut new_links: Vec<&Link> = resolved.links.iter().collect();
    new_links.sort_by(|a, b| (&a.from, &a.to, a.relation).cmp(&(&b.from, &b.to, b.relation)));
    let link_key_old = |e: usize| {
        let (a, b, r) = old_links[e];
        (old_ids[a as usize], old_ids[b as usize], r)
    };
    // (No old link is in a resolved group, so none equals a new one.)
    let Some(links) = merge(
        (0..m_old as u32).filter(|&e| {
            kept(old_links[e as usize].0 as usize) && kept(old_links[e as usize].1 as usize)
        }),
        new_links.iter().copied(),
        |o, n| link_key_old(o as usize).cmp(&(n.from.as_ref(), n.to.as_ref(), n.relation)),
    ) else {
        return Ok(None);
    };
    let mut ends: Vec<(u32, u32, Relation)> = Vec::with_capacity(links.len());
    for l in &links {
        let e = match l {
            Src::Old(e) => {
                let (a, b, r) = old_links[*e as usize];
                match (old_to_new[a as usize], old_to_new[b as usize]) {
                    (Some(a), Some(b)) => (a, b, r),
                    _ => return Ok(None),
                }
            }
            Src::New(l) => match (position(l.from.as_ref()), position(l.to.as_ref())) {
                (Some(a), Some(b)) => (a, b, l.relation),
                _ => return Ok(None),
            },
        };
        ends.push(e);
    }
    // A document or link resolved again is mostly what it was (a change touches a few of the
    // documents that share its numbers): one that prints in graph.json as it did is the same
    // value (graph.json prints every field), so is its statement in graph.dot, and it is copied
    // from the last outputs like the ones kept, which joins the copies on both sides of it.
    let same_doc = |n: usize| -> Option<u32> {
        let d = &resolved.docs[n];
        let i = old_ids.binary_search(&d.id.as_str()).ok()? as u32;
        index.node_prints_as(i, d).ok()?.then_some(i)
    };
    let same_link = |l: &Link| -> Option<u32> {
        let a = old_ids.binary_search(&l.from.as_ref()).ok()? as u32;
        let b = old_ids.binary_search(&l.to.as_ref()).ok()? as u32;
        let e = old_links.binary_search(&(a, b, l.relation)).ok()? as u32;
        index.link_prints_as(e, l).ok()?.then_some(e)
    };
    laps.lap("u: merge");
    // (Decided while the rest of the graph's facts are gathered on the other core.)
    let n_nodes = nodes.len();
    let decide = || {
        let nodes: Vec<Src<usize>> = nodes
            .into_par_iter()
            .map(|f| match f {
                Src::New(n) => same_doc(n).map_or(f, Src::Old),
                old => old,
            })
            .collect();
        let links: Vec<Src<&Link>> = links
            .into_par_iter()
            .map(|f| match f {
                Src::New(l) => same_link(l).map_or(f, Src::Old),
                old => old,
            })
            .collect();
        (nodes, links)
    };
    let rest = || -> Result<Option<_>> {
        // A cycle: the whole build leaves out the link that closes it; an update does not try.
        let mut shape: petgraph::graph::DiGraph<(), ()> =
            petgraph::graph::DiGraph::with_capacity(n_nodes, ends.len());
        for _ in 0..n_nodes {
            shape.add_node(());
        }
        for &(a, b, _) in &ends {
            shape.add_edge(a.into(), b.into(), ());
        }
        if petgraph::algo::is_cyclic_directed(&shape) {
            return Ok(None);
        }

        // Diagnostics: the last build's about what did not change, and the new ones.
        let gone: HashSet<&str> = changed
            .iter()
            .map(|&i| results[i].rel.as_str())
            .chain(removed.iter().map(|f| f.path.as_str()))
            .collect();
        let keep = |o: &Origin| match o {
            Origin::File(p) => !gone.contains(p.as_str()),
            Origin::Group(g) => !groups.contains(g),
            Origin::Link(a, b) => !groups.contains(a) && !groups.contains(b),
            Origin::Corpus => false,
        };
        let mut tagged: Vec<(Origin, Diagnostic)> = state
            .diagnostics
            .iter()
            .filter(|(o, _)| keep(o))
            .cloned()
            .collect();
        tagged.extend(
            resolved
                .origins
                .iter()
                .cloned()
                .zip(resolved.diagnostics.iter().cloned()),
        );
        tagged.extend(corpus_diags.iter().map(|d| (Origin::Corpus, d.clone())));
        for &i in &changed {
            if let Said::New {
                extract,
                diagnostics,
            } = &results[i].said
            {
                let of_file = diagnostics
                    .iter()
                    .chain(extract.iter().flat_map(|x| &x.diagnostics));
                tagged.extend(of_file.map(|d| (Origin::File(results[i].rel.clone()), d.clone())));
            }
        }
        let mut diagnostics: Vec<Diagnostic> = tagged.iter().map(|(_, d)| d.clone()).collect();
        diagnostics.sort();
        diagnostics.dedup();

        // The legend: levels and relations, counted.
        let mut levels = state.levels.clone();
        let mut relations = state.relations.clone();
        for i in (0..n_old).filter(|&i| !kept(i)) {
            let level = index.doc_level(i as u32)?;
            if let Some(c) = levels.get_mut(&level) {
                *c = c.saturating_sub(1);
            }
        }
        for d in &resolved.docs {
            *levels.entry(d.level.clone()).or_default() += 1;
        }
        for &(a, b, r) in &old_links {
            if !kept(a as usize) || !kept(b as usize) {
                if let Some(c) = relations.get_mut(&r) {
                    *c = c.saturating_sub(1);
                }
            }
        }
        for l in &resolved.links {
            *relations.entry(l.relation).or_default() += 1;
        }
        levels.retain(|_, c| *c > 0);
        relations.retain(|_, c| *c > 0);
        Ok(Some((tagged, diagnostics, levels, relations)))
    };
    let ((nodes, links), rest) = rayon::join(decide, rest);
    let Some((tagged, diagnostics, levels, relations)) = rest? else {
        return Ok(None);
    };

    laps.lap("u: same, cycle, legend");
    // The outputs. What describes them goes first: a build cut short leaves none, and the
    // next build makes everything.
    let _ = std::fs::remove_file(out.join(crate::record::RECORD_FILE));
    State::remove(out);
    let json_path = out.join("graph.json");
    let level_set: BTreeSet<&str> = levels.keys().map(String::as_str).collect();
    let relation_set: BTreeSet<Relation> = relations.keys().copied().collect();
    // graph.json and graph.dot at once: each is mostly a copy of the last one by the kernel,
    // written over the spare of the one before ([`write_atomic_spared`]). (The last
    // graph.json is taken from the index: once renamed over, it is the spare, let go of by
    // the core that copied it.)
    let write_json = || -> Result<crate::json::Layout> {
        let last_json = index
            .take_json()
            .context("the last graph.json was let go of")?;
        let old_json: &[u8] = &last_json;
        let json_nodes: Vec<Piece<Document>> = try_collect(
            nodes.len(),
            nodes.iter().map(|f| {
                Ok(match f {
                    Src::Old(i) => {
                        let (start, end, mentions) = index.node_span(*i)?;
                        Piece::Old {
                            file: old_json,
                            start,
                            end,
                            mentions,
                        }
                    }
                    Src::New(n) => Piece::New(&resolved.docs[*n]),
                })
            }),
        )?;
        let json_links: Vec<Piece<Link>> = try_collect(
            links.len(),
            links.iter().map(|f| {
                Ok(match f {
                    Src::Old(e) => {
                        let (start, end) = index.link_span(*e)?;
                        Piece::Old {
                            file: old_json,
                            start,
                            end,
                            mentions: 0,
                        }
                    }
                    Src::New(l) => Piece::New(*l),
                })
            }),
        )?;
        let mut layout = crate::json::Layout::default();
        write_atomic_spared(&json_path, |w| {
            layout = crate::json::write_merged(
                w,
                &mut |w, src, a, b| crate::output::copy_from(last_json.file(), w, src, a, b),
                SCHEMA,
                &json_nodes,
                &json_links,
                &diagnostics,
            )?;
            Ok(())
        })?;
        drop((json_nodes, json_links));
        drop(last_json);
        Ok(layout)
    };
    // (The last graph.dot is the closure's: once renamed over, it is the spare.)
    let last_dot = dot;
    let write_dot = || -> Result<crate::render::dot::StatementStarts> {
        let dot = last_dot;
        let dot_nodes: Vec<DotPiece<Document>> = nodes
            .iter()
            .map(|f| match f {
                Src::Old(i) => {
                    let (start, end) = dot_nodes[*i as usize];
                    DotPiece::Old {
                        file: &dot,
                        start,
                        end,
                    }
                }
                Src::New(n) => DotPiece::New(&resolved.docs[*n]),
            })
            .collect();
        let dot_links: Vec<DotPiece<Link>> = links
            .iter()
            .map(|f| match f {
                Src::Old(e) => {
                    let (start, end) = dot_links[*e as usize];
                    DotPiece::Old {
                        file: &dot,
                        start,
                        end,
                    }
                }
                Src::New(l) => DotPiece::New(*l),
            })
            .collect();
        let mut starts = vec![];
        write_atomic_spared(&dot_path, |w| {
            starts = crate::render::dot::write_merged(
                w,
                &mut |w, src, a, b| crate::output::copy_from(dot.file(), w, src, a, b),
                label,
                &dot_nodes,
                &dot_links,
                &level_set,
                &relation_set,
            )?;
            Ok(())
        })?;
        drop((dot_nodes, dot_links));
        drop(dot);
        Ok(starts)
    };
    // The index but for where things are in graph.json: written while graph.json is.
    let begin_index = || -> Result<crate::index::Pending> {
        let input = crate::index::Input {
            ids: nodes.iter().map(node_id).collect(),
            numbers: nodes
                .iter()
                .map(|f| match f {
                    Src::Old(i) => keys[*i as usize].map(Into::into),
                    Src::New(n) => crate::index::group_key(&resolved.docs[*n]),
                })
                .collect(),
            facts: try_collect(
                nodes.len(),
                nodes.iter().map(|f| {
                    Ok(match f {
                        Src::Old(i) => old_facts[*i as usize].clone(),
                        Src::New(n) => crate::query::Facts::of(&resolved.docs[*n]),
                    })
                }),
            )?,
            links: ends,
        };
        crate::index::begin(&out.join(crate::index::INDEX_FILE), &input)
    };
    // The state for the next build, written as it is made ([`StateFiles`]; it gives up when
    // the last one does not account for a reference), and the number of files and of primary
    // ones.
    let save_state = || -> Result<Option<(usize, usize)>> {
        // Each file's row among the files resolved again, and whether it changed, by index.
        let mut row_of_file: Vec<Option<u32>> = vec![None; results.len()];
        for (fi, &i) in rows.iter().enumerate() {
            row_of_file[i] = Some(fi as u32);
        }
        let mut is_changed = vec![false; results.len()];
        for &i in &changed {
            is_changed[i] = true;
        }
        // The group table: the last one with the changed files' groups (a group no file has any
        // more stays in it: harmless, and a whole build drops it).
        let table = MergedGroups::new(
            &state.groups,
            new_groups.values().flatten().map(String::as_str),
        );
        // The files it has a line for: changed ones that could be read, and the others the
        // last one had.
        let mut included = Vec::with_capacity(results.len());
        let mut primary = 0;
        for (i, prev) in prev_of.iter().enumerate() {
            let is_primary = if is_changed[i] {
                match extract_of(i) {
                    Some(x) => x.kind == FileKind::Primary,
                    None => continue,
                }
            } else {
                match prev {
                    Some(prev) => prev.primary,
                    None => continue,
                }
            };
            included.push(i);
            primary += usize::from(is_primary);
        }
        let files = StateFiles {
            included: &included,
            results,
            prev_of: &prev_of,
            changed: &is_changed,
            row_of_file: &row_of_file,
            ref_docs: &resolved.ref_docs,
            new_pos: &new_pos,
            old_to_new: &old_to_new,
            groups: &groups,
            new_groups: &new_groups,
            table: &table,
        };
        struct Names<'a, 'b>(&'b MergedGroups<'a>);
        impl serde::Serialize for Names<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0.names())
            }
        }
        let streamed = crate::state::Streamed {
            cache_id: cache_id.unwrap_or(0),
            groups: Names(&table),
            files,
            diagnostics: &tagged,
            levels: &levels,
            relations: &relations,
        };
        // (Without a cache saved, it is only made: its giving up still says the last state did
        // not account for a reference.)
        let saved = State::save_streamed(cache_id.map(|_| out), &streamed)?;
        Ok(saved.then_some((included.len(), primary)))
    };
    // graph.json on one core; graph.dot, then the index, and the state on the other (and on
    // the first once graph.json is done). The state can be saved before the outputs are in
    // place: the record, written last, is what vouches for them.
    let (layout, (dot_idx, counts)) = rayon::join(write_json, || {
        rayon::join(
            || -> Result<(crate::render::dot::StatementStarts, crate::index::Pending)> {
                let starts = write_dot()?;
                Ok((starts, begin_index()?))
            },
            save_state,
        )
    });
    let (dot_lines, pending) = dot_idx?;
    pending.finish(&json_path, &layout?, &dot_path, &dot_lines)?;
    laps.lap("u: outputs + state");
    let Some((files_count, primary)) = counts? else {
        return Ok(None);
    };
    let nodes_count = nodes.len();
    let edges_count = links.len();
    let resolved_count = resolved.docs.len();
    // The process ends after this: what the update made is not freed piece by piece (the
    // state's 10,000 files above all), memory the system takes back at once: 0.6-0.7 ms of a
    // 10k update, medians of 30 alternated. (What borrows the index goes first.)
    if exits_after {
        std::mem::forget((old_ids, old_to_new, new_pos, prev_of, nodes, links, tagged));
        std::mem::forget((old_facts, keys, old_links));
    }
    // Unmapping the last graph.idx frees it (it was renamed over): a millisecond of the file
    // system's, done while the record is saved.
    let freeing = std::thread::spawn(move || drop(index));
    if exits_after {
        std::mem::forget((state, resolved, new_groups));
    } else {
        drop(resolved);
    }
    if let Some(id) = cache_id {
        let r = crate::record::Record::of_outputs(
            out,
            id,
            label,
            files_count,
            primary,
            nodes_count,
            edges_count,
            &diagnostics,
        );
        r.save(out)?;
    }
    laps.lap("u: save");
    let _ = freeing.join();
    laps.lap("u: free the last outputs");
    Ok(Some(Updated {
        files: files_count,
        primary,
        nodes: nodes_count,
        edges: edges_count,
        diagnostics,
        extracted,
        resolved: resolved_count,
    }))
}

/// Merges old elements (positions in the last outputs) and new ones, each list in output
/// order, by `cmp` of an old and a new one; `None` when an old and a new one are the same.
fn merge<T: Copy>(
    olds: impl Iterator<Item = u32>,
    news: impl Iterator<Item = T>,
    cmp: impl Fn(u32, T) -> std::cmp::Ordering,
) -> Option<Vec<Src<T>>> {
    let (mut olds, mut news) = (olds.peekable(), news.peekable());
    let mut out = vec![];
    loop {
        let old_first = match (olds.peek(), news.peek()) {
            (Some(&o), Some(&n)) => match cmp(o, n) {
                std::cmp::Ordering::Less => true,
                std::cmp::Ordering::Greater => false,
                std::cmp::Ordering::Equal => return None,
            },
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return Some(out),
        };
        out.push(if old_first {
            Src::Old(olds.next()?)
        } else {
            Src::New(news.next()?)
        });
    }
}

/// The lines of the state's files, each made as it is written ([`State::save_streamed`]): the
/// changed files' from this resolution; the others' from the last state, their targets moved
/// to the documents' new places and, for references in the groups resolved again, from this
/// resolution. Fails (a custom error) when a target of the last state is gone.
struct StateFiles<'a> {
    /// The files that have a line, by index in `results`.
    included: &'a [usize],
    results: &'a [Row],
    prev_of: &'a [Option<&'a FileState>],
    /// Whether each file changed, by index.
    changed: &'a [bool],
    /// Each file's row among the files resolved again, by index.
    row_of_file: &'a [Option<u32>],
    ref_docs: &'a [Vec<Option<u32>>],
    /// Where each resolved document is in the new outputs.
    new_pos: &'a [u32],
    /// Where each document of the last outputs is in the new ones, if it is.
    old_to_new: &'a [Option<u32>],
    /// The groups resolved again.
    groups: &'a HashSet<String>,
    new_groups: &'a HashMap<usize, Vec<String>>,
    table: &'a MergedGroups<'a>,
}

impl serde::Serialize for StateFiles<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq, SerializeStruct};
        // A sequence written from an iterator of known length.
        struct Seq<I>(std::cell::Cell<Option<I>>);
        impl<T: serde::Serialize, I: ExactSizeIterator<Item = Result<T, ()>>> serde::Serialize for Seq<I> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let it = self
                    .0
                    .take()
                    .ok_or_else(|| S::Error::custom("written twice"))?;
                let mut seq = s.serialize_seq(Some(it.len()))?;
                for x in it {
                    let x =
                        x.map_err(|()| S::Error::custom("a target of the last state is gone"))?;
                    seq.serialize_element(&x)?;
                }
                seq.end()
            }
        }
        fn seq<T, I: ExactSizeIterator<Item = Result<T, ()>>>(it: I) -> Seq<I> {
            Seq(std::cell::Cell::new(Some(it)))
        }
        // One file's line: the fields of `FileState`, in its order.
        fn line<S: serde::Serializer>(
            s: S,
            path: &str,
            primary: bool,
            groups: impl serde::Serialize,
            targets: impl serde::Serialize,
        ) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("FileState", 4)?;
            st.serialize_field("path", path)?;
            st.serialize_field("primary", &primary)?;
            st.serialize_field("groups", &groups)?;
            st.serialize_field("targets", &targets)?;
            st.end()
        }
        struct Line<'b, 'a>(&'b StateFiles<'a>, usize);
        impl serde::Serialize for Line<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let (f, i) = (self.0, self.1);
                let path = f.results[i].rel.as_str();
                let moved = |t: Option<u32>| -> Result<Option<u32>, ()> {
                    match t {
                        None => Ok(None),
                        Some(o) => f
                            .old_to_new
                            .get(o as usize)
                            .copied()
                            .flatten()
                            .map(Some)
                            .ok_or(()),
                    }
                };
                let here = |t: Option<u32>| t.map(|p| f.new_pos[p as usize]);
                if f.changed[i] {
                    let x = extract_in(f.results, i)
                        .ok_or_else(|| S::Error::custom("a changed file unread"))?;
                    let fi = f.row_of_file[i]
                        .ok_or_else(|| S::Error::custom("a changed file not resolved"))?
                        as usize;
                    let groups = f.new_groups[&i].iter().map(|g| Ok(f.table.code(g)));
                    let targets = f.ref_docs[fi].iter().map(|&t| Ok(here(t)));
                    return line(
                        s,
                        path,
                        x.kind == FileKind::Primary,
                        seq(groups),
                        seq(targets),
                    );
                }
                let prev = f.prev_of[i].ok_or_else(|| S::Error::custom("a file without a line"))?;
                let groups = prev.groups.iter().map(|&c| Ok(f.table.recode(c)));
                match (f.row_of_file[i], extract_in(f.results, i)) {
                    // Resolved again for the references in the groups; moved for the others.
                    (Some(fi), Some(x)) => {
                        let fi = fi as usize;
                        let targets = x.references.iter().enumerate().map(|(ri, rf)| {
                            if resolve::in_groups(&rf.desc, f.groups) {
                                Ok(here(f.ref_docs[fi][ri]))
                            } else {
                                prev.targets.get(ri).copied().ok_or(()).and_then(moved)
                            }
                        });
                        line(s, path, prev.primary, seq(groups), seq(targets))
                    }
                    _ => {
                        let targets = prev.targets.iter().map(|&t| moved(t));
                        line(s, path, prev.primary, seq(groups), seq(targets))
                    }
                }
            }
        }
        let mut seq = s.serialize_seq(Some(self.included.len()))?;
        for &i in self.included {
            seq.serialize_element(&Line(self, i))?;
        }
        seq.end()
    }
}

/// What file `i` of `results` says, when it was read (or decoded from the cache) this time.
fn extract_in(results: &[Row], i: usize) -> Option<&FileExtract> {
    match &results[i].said {
        Said::New {
            extract: Some(x), ..
        } => Some(x),
        _ => None,
    }
}

/// The last state's group table with the groups of changed files merged in, as
/// [`crate::state::GroupTable::of`] both would make it (one sorted table), without copying the last one's
/// thousands of names.
struct MergedGroups<'a> {
    old: &'a [String],
    /// Groups not in `old`, sorted.
    added: Vec<&'a str>,
    /// Where each group of `old` is in the merged table.
    old_codes: Vec<u32>,
}

impl<'a> MergedGroups<'a> {
    fn new(old: &'a [String], new: impl Iterator<Item = &'a str>) -> MergedGroups<'a> {
        let mut added: Vec<&str> = new
            .filter(|g| old.binary_search_by(|o| o.as_str().cmp(g)).is_err())
            .collect();
        added.sort_unstable();
        added.dedup();
        let mut old_codes = Vec::with_capacity(old.len());
        let mut before = 0;
        for (j, g) in old.iter().enumerate() {
            while before < added.len() && added[before] < g.as_str() {
                before += 1;
            }
            old_codes.push((j + before) as u32);
        }
        MergedGroups {
            old,
            added,
            old_codes,
        }
    }

    /// The code of a group of the last table.
    fn recode(&self, c: u32) -> u32 {
        self.old_codes[c as usize]
    }

    /// The code of a group of either.
    fn code(&self, g: &str) -> u32 {
        match self.old.binary_search_by(|o| o.as_str().cmp(g)) {
            Ok(j) => self.old_codes[j],
            Err(olds_before) => {
                let a = self.added.partition_point(|x| *x < g);
                (olds_before + a) as u32
            }
        }
    }

    /// Every group, in order.
    fn names(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        let (mut i, mut j) = (0, 0);
        (0..self.old.len() + self.added.len()).map(move |_| {
            if j >= self.added.len() || (i < self.old.len() && self.old[i].as_str() < self.added[j])
            {
                i += 1;
                self.old[i - 1].as_str()
            } else {
                j += 1;
                self.added[j - 1]
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::GroupTable;

    /// The merged table is the one [`GroupTable::of`] makes of both: same names, same codes.
    #[test]
    fn merged_groups_are_the_table_of_both() {
        let old: Vec<String> = ["10", "12", "156", "29", "51", "96"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        for new in [
            vec![],
            vec!["12"],
            vec!["1", "100", "29", "999", "100"],
            vec!["0", "11", "13", "2", "50", "52", "97"],
        ] {
            let m = MergedGroups::new(&old, new.iter().copied());
            let t = GroupTable::of(old.iter().map(String::as_str).chain(new.iter().copied()));
            let names: Vec<&str> = m.names().collect();
            assert_eq!(names.len(), m.names().len());
            let want = t.into_vec();
            assert_eq!(names, want, "{new:?}");
            for (code, g) in want.iter().enumerate() {
                assert_eq!(m.code(g), code as u32, "{g}");
            }
            for (c, g) in old.iter().enumerate() {
                assert_eq!(m.recode(c as u32), m.code(g));
            }
        }
    }
}
