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

    /// Saves the state `s` describes in `out` (`None`: only makes it), the bytes
    /// [`State::save`] writes of that state, each file's line written as it is made (no
    /// [`FileState`] built: at 10k files those were 30,000 allocations and 3-4 ms of an
    /// update). `false` when `s.files` gave up (an error of its own making).
    pub fn save_streamed<G: Serialize, F: Serialize>(
        out: Option<&Path>,
        s: &Streamed<'_, G, F>,
    ) -> anyhow::Result<bool> {
        match postcard::to_stdvec(s) {
            Ok(bytes) => {
                if let Some(out) = out {
                    write_atomic(&out.join(STATE_FILE), &bytes)?;
                }
                Ok(true)
            }
            Err(postcard::Error::SerdeSerCustom) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Removes the state in `out` (the outputs there are not described by one).
    pub fn remove(out: &Path) {
        let _ = std::fs::remove_file(out.join(STATE_FILE));
    }
}

/// A state to save as it is made ([`State::save_streamed`]): `files` serialises as the
/// sequence of [`FileState`]s would (each a path, whether primary, its groups, its targets),
/// and fails with a custom error to give up.
pub struct Streamed<'a, G, F> {
    pub cache_id: u64,
    /// Serialises as the sequence of group names.
    pub groups: G,
    pub files: F,
    pub diagnostics: &'a [(Origin, Diagnostic)],
    pub levels: &'a BTreeMap<String, u64>,
    pub relations: &'a BTreeMap<Relation, u64>,
}

impl<G: Serialize, F: Serialize> Serialize for Streamed<'_, G, F> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        // The fields of `State`, in its order.
        let mut st = s.serialize_struct("State", 7)?;
        st.serialize_field("format", FORMAT)?;
        st.serialize_field("cache_id", &self.cache_id)?;
        st.serialize_field("groups", &self.groups)?;
        st.serialize_field("files", &self.files)?;
        st.serialize_field("diagnostics", self.diagnostics)?;
        st.serialize_field("levels", self.levels)?;
        st.serialize_field("relations", self.relations)?;
        st.end()
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
        assert_eq!(State::load(d.path()), Some(s.clone()));
        State::remove(d.path());
        assert_eq!(State::load(d.path()), None);

        // Streamed, the same bytes.
        let saved = |f: &dyn Fn(&Path)| {
            let d = tempfile::tempdir().unwrap();
            f(d.path());
            std::fs::read(d.path().join(STATE_FILE)).unwrap()
        };
        let whole = saved(&|p| s.save(p).unwrap());
        let streamed = saved(&|p| {
            let v = Streamed {
                cache_id: s.cache_id,
                groups: &s.groups,
                files: &s.files,
                diagnostics: &s.diagnostics,
                levels: &s.levels,
                relations: &s.relations,
            };
            assert!(State::save_streamed(Some(p), &v).unwrap());
        });
        assert_eq!(whole, streamed);
        // Files that give up: nothing is written.
        struct GiveUp;
        impl Serialize for GiveUp {
            fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(serde::ser::Error::custom("a target that is gone"))
            }
        }
        let d = tempfile::tempdir().unwrap();
        let v = Streamed {
            cache_id: 1,
            groups: &[] as &[String],
            files: GiveUp,
            diagnostics: &[],
            levels: &s.levels,
            relations: &s.relations,
        };
        assert!(!State::save_streamed(Some(d.path()), &v).unwrap());
        assert_eq!(State::load(d.path()), None);
    }
}
