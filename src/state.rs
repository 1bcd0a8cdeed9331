//! What a build leaves for the next one to resolve again only what a change touches: for each
//! file, the resolution groups it takes part in and the document each of its references went
//! to; every diagnostic with what it is about; how many documents of each level and links of
//! each relation there are (the legend of graph.dot). Written beside the outputs after them;
//! trusted only with the cache it names.

use crate::model::{Diagnostic, Relation};
use crate::output::write_atomic;
use crate::resolve::Origin;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub const STATE_FILE: &str = ".vbgraph-state";

const FORMAT: &str = "vbgraph-state/1";

/// One file, as the last build resolved it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileState {
    pub path: String,
    /// Whether it is a document's own text.
    pub primary: bool,
    /// Its groups, as indexes into [`State::groups`] (sorted).
    pub groups: Vec<u32>,
    /// For each reference, the document it went to: its position in graph.json.
    pub targets: Vec<Option<u32>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    format: String,
    /// The cache the build had: the state holds only with it.
    pub cache_id: u64,
    /// Every group, once (sorted).
    pub groups: Vec<String>,
    /// The files that could be read, by path.
    pub files: Vec<FileState>,
    pub diagnostics: Vec<(Origin, Diagnostic)>,
    /// Documents of each level.
    pub levels: BTreeMap<String, u64>,
    /// Links of each relation.
    pub relations: BTreeMap<Relation, u64>,
}

impl State {
    pub fn new(
        groups: Vec<String>,
        files: Vec<FileState>,
        diagnostics: Vec<(Origin, Diagnostic)>,
        levels: BTreeMap<String, u64>,
        relations: BTreeMap<Relation, u64>,
    ) -> State {
        State {
            format: FORMAT.into(),
            cache_id: 0,
            groups,
            files,
            diagnostics,
            levels,
            relations,
        }
    }

    /// The state in `out`, when there is one of this format.
    pub fn load(out: &Path) -> Option<State> {
        let b = std::fs::read(out.join(STATE_FILE)).ok()?;
        postcard::from_bytes::<State>(&b)
            .ok()
            .filter(|s| s.format == FORMAT)
    }

    pub fn save(&self, out: &Path) -> anyhow::Result<()> {
        write_atomic(&out.join(STATE_FILE), &postcard::to_stdvec(self)?)
    }

    /// Removes the state in `out` (the outputs there are not described by one).
    pub fn remove(out: &Path) {
        let _ = std::fs::remove_file(out.join(STATE_FILE));
    }
}

/// Groups as indexes into one sorted table.
#[derive(Debug, Default)]
pub struct GroupTable {
    index: BTreeMap<String, u32>,
}

impl GroupTable {
    /// The table of these groups.
    pub fn of<'a>(groups: impl Iterator<Item = &'a str>) -> GroupTable {
        let mut index: BTreeMap<String, u32> = BTreeMap::new();
        for g in groups {
            if !index.contains_key(g) {
                index.insert(g.to_string(), 0);
            }
        }
        for (i, v) in index.values_mut().enumerate() {
            *v = i as u32;
        }
        GroupTable { index }
    }

    pub fn code(&self, g: &str) -> u32 {
        self.index[g]
    }

    pub fn into_vec(self) -> Vec<String> {
        self.index.into_keys().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let d = tempfile::tempdir().unwrap();
        let mut s = State::new(
            vec!["29".into(), "51".into()],
            vec![FileState {
                path: "a.txt".into(),
                primary: true,
                groups: vec![0, 1],
                targets: vec![Some(3), None],
            }],
            vec![(
                Origin::Group("29".into()),
                Diagnostic::new(crate::model::Level::Info, "x", "y"),
            )],
            [("central-party".to_string(), 2)].into(),
            [(Relation::Implements, 1)].into(),
        );
        s.cache_id = 9;
        s.save(d.path()).unwrap();
        assert_eq!(State::load(d.path()), Some(s));
        State::remove(d.path());
        assert_eq!(State::load(d.path()), None);
    }
}
