//! Resolution: which document each reference means. A document's identity is number + symbol +
//! the issuing body's scope (province for local bodies) + year (DOMAIN.md: State numbers restart
//! every year, Party numbers every term). A reference that leaves part of that open joins a
//! document only when exactly one candidate fits, first within its own file, then across the
//! corpus, in scope and in time (a document cannot cite one issued after it). When several fit,
//! an `ambiguous-reference` diagnostic lists them and nothing is linked: a wrong merge is worse
//! than a missed link.

use crate::model::{
    DocDesc, Document, Endpoint, Evidence, FileExtract, Level, Link, Mention, RefForm, Reference,
    Relation, Scope, System,
};
use crate::model::{FastMap as HashMap, FastSet as HashSet};
use crate::normalize::{fold_words, slug};
use crate::registry;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Documents, links and what went wrong, before the graph checks.
#[derive(Debug, Default)]
pub struct Resolved {
    pub docs: Vec<Document>,
    /// For each file and each of its references, the id of the document it resolved to.
    pub ref_ids: Vec<Vec<Option<String>>>,
    /// The same as positions in `docs` (documents resolved here only).
    pub ref_docs: Vec<Vec<Option<u32>>>,
    pub links: Vec<Link>,
    pub diagnostics: Vec<crate::model::Diagnostic>,
    /// What each diagnostic is about (same order as `diagnostics`), so that a rebuild that
    /// resolves some groups again knows which of the last build's diagnostics to replace.
    pub origins: Vec<Origin>,
    /// A link of a rebuild of some groups ends at a document the last build does not have: the
    /// rebuild cannot be trusted, build everything.
    pub incomplete: bool,
}

/// What a resolution diagnostic is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Origin {
    /// A reference without a number, or the reading of a file: that file (its path).
    File(String),
    /// A document or a numbered reference: its group ([`group_of`]).
    Group(String),
    /// A link: the groups of its two ends.
    Link(String, String),
    /// The corpus folder as a whole (what listing it found): made again by every build.
    Corpus,
}

/// The resolution group of a description: its number, as resolution compares numbers.
/// References and documents of different groups never meet during resolution (a reference's
/// candidates all carry its number), so a rebuild can resolve again only the groups a change
/// touches.
pub fn group_of(d: &DocDesc) -> Option<String> {
    d.number.as_deref().map(num_norm)
}

/// [`group_of`] without a copy: the number without its leading zeros.
fn group_str(d: &DocDesc) -> Option<&str> {
    let n = d.number.as_deref()?;
    let t = n.trim_start_matches('0');
    Some(if t.is_empty() { "0" } else { t })
}

/// Whether the group of `d` is one of `groups`.
pub fn in_groups(d: &DocDesc, groups: &HashSet<String>) -> bool {
    group_str(d).is_some_and(|g| groups.contains(g))
}

/// The groups a file takes part in: its own document's and its references' (sorted). An
/// unnumbered own document is a group of its own ([`unnumbered_group`]).
pub fn file_groups(x: &FileExtract) -> Vec<std::borrow::Cow<'_, str>> {
    let mut g: Vec<std::borrow::Cow<str>> = x
        .own
        .iter()
        .chain(x.references.iter().map(|r| &*r.desc))
        .filter_map(group_str)
        .map(std::borrow::Cow::Borrowed)
        .collect();
    if let Some(u) = x.own.as_ref().and_then(|o| unnumbered_group(o, &x.file)) {
        g.push(u.into());
    }
    g.sort_unstable();
    g.dedup();
    g
}

/// What stands for the number of a document whose own text left it blank (`Số:    /KH-UBND`):
/// its file, after a character no number holds. Nothing can cite such a document by number,
/// so it is the only document of its group, and its file tells it from every other.
pub const UNNUMBERED: char = '#';

/// What stands for the number of a document known by its title only, whose title the
/// extractor reads (a congress's resolution): after a character no number holds, words that
/// name it (`%dai-hoi-xiii`). A document's id shows them instead of a symbol, year and number
/// (`vn/tw/nghi-quyet-dai-hoi/xiii`), and the graph shows no number.
pub const TITLED: char = '%';

/// The [`TITLED`] number of a congress's resolution, by the congress's number (`XIII`).
pub fn congress_number(n: &str) -> String {
    format!("{TITLED}{CONGRESS}{}", n.to_lowercase())
}

/// What follows [`TITLED`] in a congress's resolution's number, before the congress's.
const CONGRESS: &str = "dai-hoi-";

/// The [`TITLED`] number of a constitution, by its year (`2013`).
pub fn constitution_number(year: i32) -> String {
    format!("{TITLED}{CONSTITUTION}{year}")
}

/// What follows [`TITLED`] in a constitution's number, before its year.
const CONSTITUTION: &str = "hien-phap-";

/// The part of a constitution's id before its year (and after its scope): `vn/tw/hien-phap/2013`.
pub const CONSTITUTION_ID: &str = "/hien-phap/";

/// The [`TITLED`] number of the document of id `id`, for a document known by its title: a
/// congress's resolution's or a constitution's.
pub fn titled_number_of_id(id: &str) -> Option<String> {
    if let Some((_, n)) = id.rsplit_once(CONGRESS_ID) {
        return Some(congress_number(n));
    }
    let (_, y) = id.rsplit_once(CONSTITUTION_ID)?;
    Some(constitution_number(y.parse().ok()?))
}

/// The part of a congress's resolution's id before the congress's number (and after its
/// scope): `vn/tw/nghi-quyet-dai-hoi/xiii`.
pub const CONGRESS_ID: &str = "/nghi-quyet-dai-hoi/";

/// The group of an own document without a number: [`UNNUMBERED`] and its file.
fn unnumbered_group(own: &DocDesc, file: &str) -> Option<String> {
    (own.number.is_none() && own.symbol.is_some()).then(|| format!("{UNNUMBERED}{file}"))
}

/// The key of an own document without a number: its scope, symbol and year as for any other,
/// its file for a number ([`UNNUMBERED`]).
fn unnumbered_key(own: &DocDesc, file: &str) -> Option<Key> {
    Some(Key {
        scope: own.scope.clone().unwrap_or(Scope::Unknown),
        symbol: desc_symbol(own)?,
        number: unnumbered_group(own, file)?,
        period: partial_period(own, false),
        issued: None,
        cited_in: None,
    })
}

/// The period of a key that may lack the year: the year, else the term. (Never the year for a
/// [`TITLED`] document, which is one whatever year a text gives it.)
fn partial_period(d: &DocDesc, titled: bool) -> Period {
    match (d.year, &d.term) {
        (Some(y), _) if !titled => Period::Year(y),
        (_, Some(t)) => Period::Term(t.clone()),
        // (A constitution, titled with no term: its year.)
        (Some(y), None) => Period::Year(y),
        _ => Period::Unknown,
    }
}

/// Resolution of some groups only, for a rebuild after a few files changed
/// ([`resolve_subset`]).
pub struct Subset<'a> {
    /// The groups resolved again; `files` must hold every file that takes part in them.
    pub groups: &'a HashSet<String>,
    /// Files (indexes into `files`) whose own diagnostics (references without a number) are
    /// made again.
    pub fresh: &'a HashSet<usize>,
    /// The last build's document (by id) of a reference of another group: file and reference
    /// index.
    pub fixed: &'a (dyn Fn(usize, usize) -> Option<String> + Sync),
    /// The last build's document of that id, for links to documents of other groups.
    pub external: &'a (dyn Fn(&str) -> Option<Document> + Sync),
    /// Its date and year alone (all a link needs of an end but when it is left out), read
    /// without decoding the whole document.
    pub external_dates: &'a (dyn Fn(&str) -> Option<Dates> + Sync),
}

/// A document's date (ISO) and year.
pub type Dates = (Option<String>, Option<i32>);

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Period {
    Year(i32),
    Term(String),
    Unknown,
}

/// What identifies a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Key {
    scope: Scope,
    symbol: String,
    number: String,
    period: Period,
    /// The date its own text gives, when own texts of one key give different dates: each is
    /// a document of its own ([`split_by_date`]).
    issued: Option<String>,
    /// For a document of no known body whose letters are no central body's (`12-KH/TĐTN`
    /// `của Ban Thường vụ Tỉnh đoàn`), the province of the texts that cite it: two provinces'
    /// bodies number apart, and the texts of one province speak of their own
    /// ([`cited_in`]).
    cited_in: Option<String>,
}

impl Key {
    fn id(&self) -> String {
        let scope = match &self.scope {
            Scope::Central => "tw".to_string(),
            Scope::Province(p) => slug(p),
            Scope::District { province, district } => {
                format!(
                    "{}/{}",
                    province
                        .as_deref()
                        .map(slug)
                        .unwrap_or_else(|| "unscoped".into()),
                    slug(district)
                )
            }
            Scope::Unknown => match &self.cited_in {
                Some(p) => format!("unscoped/cited-in-{}", slug(p)),
                None => "unscoped".to_string(),
            },
        };
        let period = match (&self.period, &self.issued) {
            (_, Some(date)) => date.clone(),
            (Period::Year(y), None) => y.to_string(),
            (Period::Term(t), None) => format!("khoa-{}", t.to_lowercase()),
            (Period::Unknown, None) => "undated".to_string(),
        };
        if let Some(n) = self
            .number
            .strip_prefix(TITLED)
            .and_then(|t| t.strip_prefix(CONGRESS))
        {
            return format!("vn/{scope}{CONGRESS_ID}{n}");
        }
        if let Some(y) = self
            .number
            .strip_prefix(TITLED)
            .and_then(|t| t.strip_prefix(CONSTITUTION))
        {
            return format!("vn/{scope}{CONSTITUTION_ID}{y}");
        }
        match self.number.strip_prefix(UNNUMBERED) {
            // `.../kh-ubnd/2024/unnumbered-xa-tinh-tra-kh-05`: its file, without the extension.
            Some(file) => {
                let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
                format!(
                    "vn/{scope}/{}/{period}/unnumbered-{}",
                    self.symbol,
                    slug(stem)
                )
            }
            None => format!("vn/{scope}/{}/{period}/{}", self.symbol, self.number),
        }
    }
}

/// The province a partial reference of no known scope is keyed by ([`Key::cited_in`]): its
/// citing text's, when its symbol is not a central body's. (A reference a text makes of
/// another province's or the centre's body names it, and has a scope.)
fn cited_in(d: &DocDesc, x: &FileExtract) -> Option<String> {
    let unknown = d.scope.as_ref().is_none_or(|s| *s == Scope::Unknown);
    let central = d
        .symbol
        .as_deref()
        .is_some_and(|s| registry::symbol_is_central(s) == Some(true));
    (unknown && !central).then(|| x.province.clone()).flatten()
}

fn num_norm(n: &str) -> String {
    let t = n.trim_start_matches('0');
    if t.is_empty() {
        "0".into()
    } else {
        t.to_string()
    }
}

fn sym_norm(s: &str) -> String {
    fold_words(&registry::party_series_symbol(s)).replace(' ', "-")
}

/// The series a description's letters name, for its key ([`sym_norm`]).
fn desc_symbol(d: &DocDesc) -> Option<String> {
    Some(sym_norm_typed(d.symbol.as_deref()?, d))
}

/// [`sym_norm`] of `s`, the letters of `d`: a Party committee's programme written with a
/// directive's letters (`Chương trình hành động số 01-CT/TU`, an older spelling of `CTr`,
/// still common) is of the programmes' series, which the committee numbers apart from its
/// directives (Hướng dẫn 36-HD/VPTW): not the Chỉ thị 01-CT/TU of the same term.
fn sym_norm_typed(s: &str, d: &DocDesc) -> String {
    if d.system == Some(System::Party) && d.doc_type.as_deref() == Some("Chương trình") {
        if let Some((abbr, rest)) = s.split_once('/') {
            if abbr.trim().eq_ignore_ascii_case("ct") {
                return sym_norm(&format!("CTr/{rest}"));
            }
        }
    }
    sym_norm(s)
}

/// A complete key: number, symbol, a known scope and a year.
fn complete_key(d: &DocDesc) -> Option<Key> {
    let scope = d.scope.clone().filter(Scope::is_known)?;
    let number = num_norm(d.number.as_deref()?);
    // (A congress's resolution is one per congress, whatever year a text gives it: its id
    // names the congress alone, see [`TITLED`].)
    let period = if number.starts_with(TITLED) {
        // (A constitution has no term: its year is in its number.)
        match &d.term {
            Some(t) => Period::Term(t.clone()),
            None => Period::Year(d.year?),
        }
    } else {
        Period::Year(d.year?)
    };
    Some(Key {
        scope,
        symbol: desc_symbol(d)?,
        number,
        period,
        issued: None,
        cited_in: None,
    })
}

/// The key of a document known only in part (no year, or no scope).
fn partial_key(d: &DocDesc) -> Option<Key> {
    let number = num_norm(d.number.as_deref()?);
    let period = partial_period(d, number.starts_with(TITLED));
    Some(Key {
        scope: d.scope.clone().unwrap_or(Scope::Unknown),
        symbol: desc_symbol(d)?,
        number,
        period,
        issued: None,
        cited_in: None,
    })
}

/// Keys whose own texts give different dates, with those dates (in order). A document has one
/// date: two texts of one number, symbol, body and year dated differently are two documents,
/// as when a body's numbering starts again within a year (a province merged on 1 July 2025
/// numbers from 1 again; a Party committee at its congress), not a citation's slip. Their
/// ids carry the date in place of the year.
fn split_by_date(owns: &[(u32, Key)], files: &[&FileExtract]) -> HashMap<Key, Vec<String>> {
    let date_of = |fi: u32| files[fi as usize].own.as_ref()?.date.as_deref();
    // (Almost every key has one own text: its first date, and whether another differs.)
    let mut first: HashMap<&Key, (&str, bool)> = HashMap::default();
    for (fi, key) in owns {
        if let Some(d) = date_of(*fi) {
            let e = first.entry(key).or_insert((d, false));
            e.1 |= e.0 != d;
        }
    }
    let mut split: HashMap<Key, Vec<String>> = HashMap::default();
    for (fi, key) in owns {
        let Some(d) = date_of(*fi) else {
            continue;
        };
        if first.get(key).is_some_and(|e| e.1) {
            let dates = split.entry(key.clone()).or_default();
            if let Err(at) = dates.binary_search_by(|x| x.as_str().cmp(d)) {
                dates.insert(at, d.to_string());
            }
        }
    }
    split
}

/// Keys that texts write in both of a State body's series with different dates, with all the
/// dates they give (in order). A People's Council, a People's Committee, the Government and the
/// Prime Minister number their legal-normative resolutions and decisions with the year in the
/// middle (`06/2018/NQ-HĐND`, `28/2015/QĐ-TTg`, Luật 80/2015/QH13 art. 10) apart from their
/// ordinary ones (`06/NQ-HĐND`, `28/QĐ-TTg`, decree 30/2020), both from 1 each year: a
/// `06/NQ-HĐND` dated otherwise than the `06/2018/NQ-HĐND` is the other series' document, not
/// a slip. (A citation that drops the year and gives the normative one's date is that one, a
/// text's slip; two dates within one series stay a slip, `conflicting-date`.) Only letters
/// both series use, a resolution's, decision's or directive's: decrees and circulars have no
/// ordinary series. Each date is a document of its own, as [`split_by_date`]'s.
fn split_by_series<'a>(
    files: &[&'a FileExtract],
    desc: &(impl Fn(usize, usize) -> &'a DocDesc + Sync),
    owns: &[(u32, Key)],
    refs: &[(u32, u32)],
    resolved_here: &(impl Fn(Option<&str>) -> bool + Sync),
) -> HashMap<Key, Vec<String>> {
    // (A dated State text whose letters both series use, read off its description before
    // any key is made: most references are not.)
    let two_series = |d: &DocDesc| {
        d.date.is_some()
            && d.system == Some(System::State)
            && d.symbol.as_deref().is_some_and(|s| {
                s.contains(['-', '/'])
                    && matches!(
                        fold_words(s.split(['-', '/']).next().unwrap_or("")).as_str(),
                        "nq" | "qd" | "ct"
                    )
            })
    };
    // (Per key: the dates of each series, normative first.)
    let mut seen: HashMap<Key, [BTreeSet<&str>; 2]> = HashMap::default();
    let mut note = |key: &Key, d: &'a DocDesc| {
        if let Some(date) = d.date.as_deref() {
            seen.entry(key.clone()).or_default()[usize::from(!d.normative)].insert(date);
        }
    };
    for (fi, key) in owns {
        if let Some(o) = files[*fi as usize].own.as_ref().filter(|o| two_series(o)) {
            note(key, o);
        }
    }
    for &(fi, ri) in refs {
        if !two_series(desc(fi as usize, ri as usize)) {
            continue;
        }
        if let Some((d, key)) = complete_ref(files, desc, resolved_here, fi, ri) {
            note(&key, d);
        }
    }
    seen.into_iter()
        .filter(|(_, [normative, ordinary])| {
            !normative.is_empty() && ordinary.iter().any(|d| !normative.contains(d))
        })
        .map(|(key, [normative, ordinary])| {
            let dates: BTreeSet<&str> = normative.union(&ordinary).copied().collect();
            (key, dates.into_iter().map(str::to_string).collect())
        })
        .collect()
}

/// A reference of this shard that names number, symbol, scope and year, with its complete key
/// ([`complete_key`]); not one that is the file's own, nor a title without a number.
fn complete_ref<'a>(
    files: &[&'a FileExtract],
    desc: &(impl Fn(usize, usize) -> &'a DocDesc + Sync),
    resolved_here: &(impl Fn(Option<&str>) -> bool + Sync),
    fi: u32,
    ri: u32,
) -> Option<(&'a DocDesc, Key)> {
    let r = &files[fi as usize].references[ri as usize];
    if r.is_self || r.form == RefForm::Title && r.desc.number.is_none() {
        return None;
    }
    let d = desc(fi as usize, ri as usize);
    if !resolved_here(group_str(d)) {
        return None;
    }
    complete_key(d).map(|key| (d, key))
}

/// The Party's central documents that texts date in two years of one term (`Nghị quyết số
/// 59-NQ/TW, ngày 22/12/2024` in one news item, `ngày 24/01/2025` in another): the central
/// bodies number each kind once within a committee term (Hướng dẫn 36-HD/VPTW), so these are
/// one document that a text misdated, not two (a State body's numbers start again each year;
/// the Party's do not). Each such key maps to the key of the date that the document keeps, as
/// [`assemble`] keeps one: its own text's, else the one most texts give; the conflict is
/// reported there. Keys of two own texts of different years stay apart.
fn party_keys_of_one_term<'a>(
    files: &[&'a FileExtract],
    desc: &(impl Fn(usize, usize) -> &'a DocDesc + Sync),
    owns: &[(u32, Key)],
    refs: &[(u32, u32)],
    split: &HashMap<Key, Vec<String>>,
    resolved_here: &(impl Fn(Option<&str>) -> bool + Sync),
) -> HashMap<Key, Key> {
    let party_central = |k: &Key, issuer: Option<&str>| {
        k.scope == Scope::Central
            && k.symbol.ends_with("-tw")
            && registry::takes_party_term(Some(&k.symbol), issuer)
    };
    // (A province's, a city's or a district's Party committee, `32-CT/TU`, `08-NQ/HU`,
    // `15-KH/QU`: its term runs from one congress to the next, as the centre's does.)
    let party_local = |k: &Key| {
        matches!(k.scope, Scope::Province(_) | Scope::District { .. })
            && ["-tu", "-hu", "-qu"].iter().any(|e| k.symbol.ends_with(e))
    };
    let term = |date: Option<&str>, k: &Key, central: bool| -> Option<i32> {
        let first_year = |t: &str| registry::term_years(t).map(|(y, _)| y);
        match (date, &k.period, central) {
            (Some(d), _, true) => registry::term_of_date(d).and_then(first_year),
            (None, Period::Year(y), true) => registry::term_of_year(*y).and_then(first_year),
            (Some(d), _, false) => local_party_term(d[..4].parse().ok()?, d.get(5..)),
            (None, Period::Year(y), false) => local_party_term(*y, None),
            _ => None,
        }
    };
    // (scope, symbol, number, term) → its keys, each with its own texts' dates; and its
    // citations, in order.
    type Group<'d> = (Vec<(Key, Vec<String>)>, Vec<(u32, &'d DocDesc)>);
    let mut groups: BTreeMap<(Scope, String, String, i32), Group> = BTreeMap::new();
    let mut unsure: HashSet<Key> = HashSet::default();
    let mut term_of_key: HashMap<Key, i32> = HashMap::default();
    let mut add = |k: Key, fi: u32, d: &'a DocDesc, own: bool| {
        let (date, issuer) = (d.date.as_deref(), d.issuer.as_deref());
        if !matches!(k.period, Period::Year(_)) || split.contains_key(&k) {
            return;
        }
        let central = party_central(&k, issuer);
        if !central && !party_local(&k) {
            return;
        }
        // (A key is a year's: one whose mentions are not all of one term, as a congress
        // year's may be, is left as it is.)
        let Some(t) = term(date, &k, central) else {
            unsure.insert(k);
            return;
        };
        if *term_of_key.entry(k.clone()).or_insert(t) != t {
            unsure.insert(k.clone());
        }
        let (keys, cited) = groups
            .entry((k.scope.clone(), k.symbol.clone(), k.number.clone(), t))
            .or_default();
        let at = match keys.iter().position(|(gk, _)| *gk == k) {
            Some(at) => at,
            None => {
                keys.push((k, vec![]));
                keys.len() - 1
            }
        };
        if own {
            keys[at].1.extend(date.map(str::to_string));
        } else {
            cited.push((fi, d));
        }
    };
    for (fi, key) in owns {
        if let Some(o) = files[*fi as usize].own.as_ref() {
            add(key.clone(), *fi, o, true);
        }
    }
    for &(fi, ri) in refs {
        if let Some((d, key)) = complete_ref(files, desc, resolved_here, fi, ri) {
            add(key, fi, d, false);
        }
    }
    let mut map = HashMap::default();
    for (keys, cited) in groups
        .into_values()
        .filter(|(keys, _)| keys.len() > 1 && !keys.iter().any(|(k, _)| unsure.contains(k)))
    {
        let mut with_own = keys.iter().filter(|(_, own)| !own.is_empty());
        let kept = match (with_own.next(), with_own.next()) {
            (Some((_, own)), None) => own.first().cloned(),
            (None, _) => most_stated_date(cited.into_iter(), |f| files[f as usize].own.is_some()),
            _ => None,
        };
        let Some(year) = kept.and_then(|d| d[..4].parse::<i32>().ok()) else {
            continue;
        };
        let Some((into, _)) = keys.iter().find(|(k, _)| k.period == Period::Year(year)) else {
            continue;
        };
        for (k, _) in &keys {
            if k != into {
                map.insert(k.clone(), into.clone());
            }
        }
    }
    map
}

/// The term of a local Party committee (a province's, a city's, a district's) that a date in
/// `year` (its `MM-DD` when known) lies in, as the year of the congress that opened it. Local
/// congresses meet in the year before the national one's, every five years (2010, 2015,
/// 2020, 2025), a commune's and a district's in its first months, a province's by October
/// (one late, or one a merger of provinces delays, later): the first two months of a
/// congress year are surely the old term's, the rest of it is left undecided.
fn local_party_term(year: i32, month_day: Option<&str>) -> Option<i32> {
    let last = year - year.rem_euclid(5);
    if year == last {
        return month_day.filter(|md| *md < "03-01").map(|_| year - 5);
    }
    Some(last)
}

/// Whether documents of `scope` dated `a` and `b` are of two bodies of one name: one date
/// before 1 July 2025 and the other after, in a province the merger of that day made of
/// several (the new Tuyên Quang's People's Committee is not the old one's, and numbers its
/// documents anew) or in a district or commune (the district level was abolished and the
/// communes merged that day).
fn reorganised(scope: &Scope, a: &str, b: &str) -> bool {
    const DAY: &str = "2025-07-01";
    let in_2025 = |d: &str| d.starts_with("2025-");
    if !(in_2025(a) && in_2025(b) && (a < DAY) != (b < DAY)) {
        return false;
    }
    match scope {
        Scope::Province(p) => registry::merged_in_2025(p),
        Scope::District { .. } => true,
        Scope::Central | Scope::Unknown => false,
    }
}

/// Where a reference ends up.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Doc(u32),
    /// Several documents fit, or none does; a diagnostic says which.
    None,
}

/// Everything known about one document while it is being assembled.
#[derive(Default)]
struct Builder<'a> {
    descs: Vec<&'a DocDesc>,
    /// The file of each description, in step with `descs`.
    desc_files: Vec<u32>,
    own: Option<&'a DocDesc>,
    source: Option<String>,
    /// The references that name it, as (file, reference) indexes: mentions are made from them
    /// when the document is assembled, so that no copy of a surface waits in memory.
    mentions: Vec<(u32, u32)>,
}

/// Whether a candidate document fits what a partial reference says.
fn fits(key: &Key, b: &Builder, r: &DocDesc, before: Option<&str>) -> bool {
    if let Some(s) = &r.scope {
        if !s.admits(&key.scope) {
            return false;
        }
    }
    let Period::Year(y) = key.period else {
        return false;
    };
    if let Some(ry) = r.year {
        if ry != y {
            return false;
        }
    }
    if let Some(t) = &r.term {
        match registry::term_years(t) {
            Some((a, b2)) if (a..=b2).contains(&y) => {}
            _ => return false,
        }
    }
    // (`Nghị quyết số 202/2025`: a number that holds its year is a legal document's, not the
    // Government's 202/NQ-CP of the same year.)
    if r.normative && r.symbol.is_none() && !b.own.iter().chain(&b.descs).any(|d| d.normative) {
        return false;
    }
    let date = date_of(b);
    if let (Some(rd), Some(cd)) = (&r.date, &date) {
        if rd != cd {
            return false;
        }
    }
    // A central Party board the reference names that is not the candidate's is another
    // document's: `Kế hoạch 03-KH/TW của Ban Bí thư` (of 2011, on Chỉ thị 03-CT/TW) is not the
    // Politburo's 03-KH/TW of 2021 (Party numbers recur every term). Only when the candidate's
    // own text, or every citation that names its body, says another board.
    if let Some(rb) = r.issuer.as_deref().and_then(central_party_board) {
        let mut named = match b.own {
            Some(o) => vec![o.issuer.as_deref()],
            None => b.descs.iter().map(|d| d.issuer.as_deref()).collect(),
        }
        .into_iter()
        .flatten()
        .filter_map(central_party_board)
        .peekable();
        if named.peek().is_some() && named.all(|cb| cb != rb) {
            return false;
        }
    }
    // A title the reference quotes that none of the candidate's agrees with is another
    // document's: Party numbers recur every term (`Nghị quyết số 20-NQ/TƯ “Về tăng cường công
    // tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân ...”` is not the 20-NQ/TW of 2008 on
    // the working class).
    if let Some(t) = &r.title {
        let mut known = b
            .own
            .iter()
            .chain(&b.descs)
            .filter_map(|d| d.title.as_deref());
        if let Some(first) = known.next() {
            let t = fold_words(t);
            if !std::iter::once(first)
                .chain(known)
                .any(|k| titles_agree(&t, &fold_words(k)))
            {
                return false;
            }
        }
    }
    if let Some(before) = before {
        // A document cannot be cited before it is issued.
        match &date {
            Some(cd) if cd.as_str() > before => return false,
            None if y > before[..4].parse().unwrap_or(i32::MAX) => return false,
            _ => {}
        }
    }
    true
}

/// Which of the Party's central boards a body is: the Central Committee, the Politburo or the
/// Secretariat, which number their texts apart from each other's terms.
fn central_party_board(name: &str) -> Option<u8> {
    match name {
        registry::CENTRAL_COMMITTEE => Some(0),
        "Bộ Chính trị" => Some(1),
        "Ban Bí thư Trung ương Đảng" => Some(2),
        _ => None,
    }
}

/// A document's date: its own text's, else the first a citation gives.
fn date_of(b: &Builder) -> Option<String> {
    b.own
        .as_ref()
        .and_then(|o| o.date.clone())
        .or_else(|| b.descs.iter().find_map(|d| d.date.clone()))
}

fn describe(key: &Key, b: &Builder) -> String {
    let d = b.own.or(b.descs.first().copied());
    let date = d
        .and_then(|d| d.date.clone())
        .map(|d| format!(", {}", display_date(&d)))
        .unwrap_or_default();
    let issuer = d
        .and_then(|d| d.issuer.clone())
        .map(|i| format!(", {i}"))
        .unwrap_or_default();
    format!("{}{date}{issuer}", key.id())
}

/// `2019-05-30` → `30/05/2019`, as Vietnamese documents write it.
pub fn display_date(iso: &str) -> String {
    match (iso.get(..4), iso.get(5..7), iso.get(8..10)) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => iso.to_string(),
    }
}

fn mention_of(file: &Arc<str>, r: &Reference) -> Mention {
    Mention {
        file: file.clone(),
        line: r.line,
        surface: r.surface.clone(),
        text: r.sentence.clone(),
    }
}

/// Fills in what a reference leaves open from another reference to the same document in the
/// same file (`Kết luận số 51-KL/TW ngày 30/5/2019 ...` then `Kết luận số 51-KL/TW`), when the
/// file names only one such document.
///
/// Returns, per reference, the completed description when there was something to complete
/// (most references need nothing: they stay as written, and are not copied).
fn complete_within_file(x: &FileExtract) -> Vec<Option<Completed<'_>>> {
    let mut descs: Vec<Option<Completed>> = (0..x.references.len()).map(|_| None).collect();
    let full_of =
        |i: usize| x.references[i].form != RefForm::Short && descs_have_code(&x.references[i].desc);
    // A file's references to itself are its own document when that has a key
    // ([`resolve_inner`]): nothing to complete (on 1 GB of text, one description a file, 131
    // MB held through the resolution).
    let own_has_key = x.own.as_ref().is_some_and(descs_have_code);
    for (i, r) in x.references.iter().enumerate() {
        let d = &r.desc;
        if r.form == RefForm::Title || r.is_self && own_has_key {
            continue;
        }
        let needs = d.symbol.is_none()
            || d.year.is_none()
            || !d.scope.as_ref().is_some_and(Scope::is_known);
        if !needs {
            continue;
        }
        let mut donors: Vec<&DocDesc> = vec![];
        if let Some(own) = &x.own {
            if !r.furniture && matches_donor(d, own) {
                donors.push(own);
            }
        }
        // (A short form the title table made whole by the date its sentence writes is a donor
        // too: `Nghị quyết số 12, ngày 16/3/2022 của Bộ Chính trị`, 12-NQ/TW, for the text's
        // later bare `Nghị quyết số 12`. Not by a date the table gave a plenum: `Nghị quyết số
        // 29 của Hội nghị Trung ương 6 khóa XIII` in a news item whose list of related items
        // below names the 29 of 2013 as `Nghị quyết 29 về đổi mới giáo dục`.)
        let donor_of = |j: usize, dated: bool| {
            let o = &x.references[j];
            j != i
                && o.furniture == r.furniture
                && (full_of(j)
                    || dated
                        && o.form == RefForm::Short
                        && descs_have_code(&o.desc)
                        && o.desc
                            .date
                            .as_deref()
                            .is_some_and(|d| o.sentence.contains(&d[..4])))
                && o.desc.year.is_some() == dated
                && matches_donor(d, &o.desc)
        };
        donors.extend(
            (0..x.references.len())
                .filter(|&j| donor_of(j, true))
                .map(|j| &*x.references[j].desc),
        );
        // (`... thực hiện Nghị quyết số 120/NQ-CP ...` undated, then `Nghị quyết 120`: a short
        // form means the full one its text wrote, dated or not, which it then follows.)
        if donors.is_empty() && d.symbol.is_none() {
            donors.extend(
                (0..x.references.len())
                    .filter(|&j| donor_of(j, false))
                    .map(|j| &*x.references[j].desc),
            );
        }
        let mut distinct: Vec<&DocDesc> = vec![];
        for dn in donors {
            if !distinct
                .iter()
                .any(|e| complete_key(e) == complete_key(dn) && e.symbol == dn.symbol)
            {
                distinct.push(dn);
            }
        }
        if distinct.len() == 1 {
            let dn = distinct[0];
            let mut t = Box::new(DocDesc::clone(d));
            t.number = t.number.clone().or(dn.number.clone());
            t.symbol = t.symbol.clone().or(dn.symbol.clone());
            t.system = t.system.or(dn.system);
            t.year = t.year.or(dn.year);
            t.date = t.date.clone().or(dn.date.clone());
            t.term = t.term.clone().or(dn.term.clone());
            t.normative |= dn.normative;
            if !t.scope.as_ref().is_some_and(Scope::is_known) {
                t.scope = dn.scope.clone();
                t.issuer = t.issuer.clone().or(dn.issuer.clone());
            }
            t.doc_type = t.doc_type.clone().or(dn.doc_type.clone());
            // Exactly the donor's description: the donor is kept rather than a copy (on 1 GB of
            // text, 5 MB less held through the resolution; most completions differ from it).
            descs[i] = Some(if *t == *dn {
                Completed::Donor(dn)
            } else {
                Completed::New(t)
            });
        } else if distinct.is_empty()
            && r.form == RefForm::Short
            && d.system.is_none()
            && d.issuer.is_none()
            && d.year.is_none()
        {
            // `Nghị quyết 35 của HĐND tỉnh ... được thực hiện theo Nghị quyết số 35`: a bare
            // short form repeats the number its text gave with an issuer, not another body's
            // document of that number (the Politburo's 35-NQ/TW); when the text's mentions of
            // the number give one issuer.
            let mut said = x.references.iter().enumerate().filter(|&(j, o)| {
                j != i
                    && o.form == RefForm::Short
                    && o.furniture == r.furniture
                    && o.desc.doc_type == d.doc_type
                    && o.desc.number.as_deref().map(num_norm) == d.number.as_deref().map(num_norm)
                    && (o.desc.system.is_some() || o.desc.issuer.is_some())
            });
            // (A mention with the letters, `Nghị quyết 49 của Bộ Chính trị` made 49-NQ/TW by the
            // title table, resolves the bare one by its letters as before.)
            if let Some((_, first)) = said.next() {
                let dn = &first.desc;
                if dn.symbol.is_none()
                    && said.all(|(_, o)| {
                        o.desc.symbol.is_none()
                            && o.desc.system == dn.system
                            && o.desc.issuer == dn.issuer
                            && o.desc.scope == dn.scope
                    })
                {
                    let mut t = Box::new(DocDesc::clone(d));
                    t.system = dn.system;
                    t.issuer = dn.issuer.clone();
                    t.scope = dn.scope.clone();
                    descs[i] = Some(Completed::New(t));
                }
            }
        }
    }
    descs
}

/// A reference's description completed within its file ([`complete_within_file`]).
enum Completed<'a> {
    /// Exactly another description of the file.
    Donor(&'a DocDesc),
    New(Box<DocDesc>),
}

impl Completed<'_> {
    fn desc(&self) -> &DocDesc {
        match self {
            Completed::Donor(d) => d,
            Completed::New(d) => d,
        }
    }
}

fn descs_have_code(d: &DocDesc) -> bool {
    d.number.is_some() && d.symbol.is_some()
}

/// Whether `donor` can complete `d`: same number, and same symbol (or, for a short form, same
/// type), and nothing that disagrees.
fn matches_donor(d: &DocDesc, donor: &DocDesc) -> bool {
    let same_num = d.number.as_deref().map(num_norm) == donor.number.as_deref().map(num_norm);
    if !same_num || donor.symbol.is_none() {
        return false;
    }
    match &d.symbol {
        Some(_) => {
            if desc_symbol(d) != desc_symbol(donor) {
                return false;
            }
        }
        None => {
            if d.doc_type.is_none() || d.doc_type != donor.doc_type {
                return false;
            }
            if let (Some(a), Some(b)) = (d.system, donor.system) {
                if a != b {
                    return false;
                }
            }
        }
    }
    if let (Some(a), Some(b)) = (d.year, donor.year) {
        if a != b {
            return false;
        }
    }
    if let (Some(a), Some(b)) = (&d.date, &donor.date) {
        if a != b {
            return false;
        }
    }
    if let (Some(a), Some(b)) = (&d.scope, &donor.scope) {
        if !a.admits(b) && !b.admits(a) {
            return false;
        }
    }
    // A term the reference states is the donor's only when the donor says it, or is dated
    // within it: `Nghị quyết 07-NQ/TU của Tỉnh ủy (khóa XIV)`, of 2011, is not the 07-NQ/TU its
    // text dates 09/8/2021 (every term numbers afresh; a province's terms are its own, of no
    // years the table knows).
    if let Some(t) = &d.term {
        let fits = match (&donor.term, donor.year) {
            (Some(u), _) => u == t,
            (None, Some(y)) => {
                donor.scope == Some(Scope::Central)
                    && registry::term_years(t).is_some_and(|(a, b)| (a..=b).contains(&y))
            }
            (None, None) => true,
        };
        if !fits {
            return false;
        }
    }
    true
}

/// The documents being assembled, each known by a small index instead of its key.
#[derive(Default)]
struct Docs<'a> {
    keys: Vec<Key>,
    builders: Vec<Builder<'a>>,
    index: HashMap<Key, u32>,
}

impl Docs<'_> {
    fn intern(&mut self, key: Key) -> u32 {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.keys.len() as u32;
        self.index.insert(key.clone(), i);
        self.keys.push(key);
        self.builders.push(Builder::default());
        i
    }
}

/// Resolves the references of `files`, with the id each reference resolved to
/// ([`Resolved::ref_ids`]).
pub fn resolve(files: &[FileExtract]) -> Resolved {
    let refs: Vec<&FileExtract> = files.iter().collect();
    resolve_inner(&refs, true, None, SHARDS)
}

/// [`resolve`] over borrowed extracts, without [`Resolved::ref_ids`] (a build does not need
/// them: they are one string per reference).
pub fn resolve_refs(files: &[&FileExtract]) -> Resolved {
    resolve_inner(files, false, None, SHARDS)
}

/// The groups `subset.groups` resolved again from `files`: their documents, the links with an
/// end among them, the diagnostics about them, and [`Resolved::ref_ids`] for the references of
/// those groups (others are `None`). Given every group, it is [`resolve_refs`] with ids.
pub fn resolve_subset(files: &[&FileExtract], subset: &Subset) -> Resolved {
    resolve_inner(files, true, Some(subset), SHARDS)
}

/// How many of the documents an ambiguous reference fits its diagnostic names: a number alone
/// (`Kế hoạch 29`) fits hundreds in a national corpus, one per province and year.
const AMBIGUOUS_LISTED: usize = 10;

/// Groups are resolved in this many shards ([`shard_of`]), on every core.
const SHARDS: usize = 64;

/// The shard of a group among `shards` (FNV-1a of its bytes).
fn shard_of(group: &str, shards: usize) -> usize {
    let h = group.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (h % shards as u64) as usize
}

/// Where a diagnostic of resolution comes in the one pass over the files: own documents first
/// (0, file), then references (1, file, reference).
type Tag = (u8, u32, u32);

/// What one shard of groups resolved: its documents, its references' targets (in the order of
/// its references; `None` for those left to the last build), the files whose own document it
/// holds, with that document's index, and its diagnostics.
struct Shard<'a> {
    docs: Docs<'a>,
    targets: Vec<Option<Target>>,
    own: Vec<(u32, u32)>,
    said: Vec<(Tag, Origin, crate::model::Diagnostic)>,
}

/// Steps 1 and 2 of [`resolve_inner`] for the groups of one shard: `owns`, the files whose own
/// document is of them with its key, and `refs`, their references (file and reference indexes,
/// in file order; a file's references to itself only when its own document has no key).
fn resolve_shard<'a>(
    files: &[&'a FileExtract],
    desc: &(impl Fn(usize, usize) -> &'a DocDesc + Sync),
    owns: Vec<(u32, Key)>,
    refs: &[(u32, u32)],
    resolved_here: &(impl Fn(Option<&str>) -> bool + Sync),
    fresh: &(impl Fn(usize) -> bool + Sync),
) -> Shard<'a> {
    let mut docs = Docs::default();
    let mut own = vec![];
    let mut said = vec![];
    // 1. Documents whose identity is complete: the files' own documents, then every reference
    //    that names number, symbol, scope and year.
    let split = split_by_date(&owns, files);
    for (key, dates) in &split {
        if resolved_here(Some(&key.number)) {
            let (fi, _) = owns
                .iter()
                .find(|(_, k)| k == key)
                .expect("a split key is an own document's");
            let x = files[*fi as usize];
            let d = crate::model::Diagnostic::new(
                Level::Info,
                "same-number-other-date",
                format!(
                    "texts of {} give {} dates ({}): each is a document of its own (a body that numbers again within a year, as a province merged on 1 July 2025 did), with the date in its id; a citation links to the one of its date",
                    key.id(),
                    dates.len(),
                    dates.iter().map(|d| display_date(d)).collect::<Vec<_>>().join(", ")
                ),
            )
            .at(&x.file, x.own_line);
            said.push(((0, *fi, 0), Origin::Group(key.number.clone()), d));
        }
    }
    let mut split = split;
    for (key, dates) in split_by_series(files, desc, &owns, refs, resolved_here) {
        if resolved_here(Some(&key.number)) {
            let (fi, line) = owns
                .iter()
                .find(|(_, k)| *k == key)
                .map(|(fi, _)| (*fi, files[*fi as usize].own_line))
                .or_else(|| {
                    refs.iter().find_map(|&(fi, ri)| {
                        let (_, k) = complete_ref(files, desc, resolved_here, fi, ri)?;
                        let r = &files[fi as usize].references[ri as usize];
                        (k == key).then_some((fi, Some(r.line as usize)))
                    })
                })
                .expect("a key of the series split is an own document's or a reference's");
            let d = crate::model::Diagnostic::new(
                Level::Info,
                "same-number-two-series",
                format!(
                    "texts write {} with the year in its number (legal-normative) and without it, dated {}: a body numbers its legal-normative documents apart from its others, so each date is a document of its own, with the date in its id; a citation without a date is left undecided",
                    key.id(),
                    dates.iter().map(|d| display_date(d)).collect::<Vec<_>>().join(", ")
                ),
            )
            .at(&files[fi as usize].file, line);
            said.push(((0, fi, 0), Origin::Group(key.number.clone()), d));
        }
        let all = split.entry(key).or_default();
        for d in dates {
            if let Err(at) = all.binary_search(&d) {
                all.insert(at, d);
            }
        }
    }
    let one_per_term = party_keys_of_one_term(files, desc, &owns, refs, &split, resolved_here);
    for (fi, mut key) in owns {
        let x = files[fi as usize];
        if split.contains_key(&key) {
            key.issued = x.own.as_ref().and_then(|o| o.date.clone());
        }
        let i = docs.intern(key);
        let b = &mut docs.builders[i as usize];
        if b.source.as_ref().is_some_and(|s| **s != *x.file) {
            let g = docs.keys[i as usize].number.clone();
            if resolved_here(Some(&g)) {
                let d = crate::model::Diagnostic::new(
                    Level::Warning,
                    "duplicate-source",
                    format!(
                        "{} is the text of {} too; the first file is kept as its source",
                        x.file,
                        docs.keys[i as usize].id()
                    ),
                )
                .at(&x.file, x.own_line);
                said.push(((0, fi, 0), Origin::Group(g), d));
            }
        } else {
            b.source = Some(x.file.to_string());
            b.own = x.own.as_ref();
            let key = &docs.keys[i as usize];
            if key.number.starts_with(UNNUMBERED) && resolved_here(Some(&key.number)) {
                let d = crate::model::Diagnostic::new(
                    Level::Info,
                    "unnumbered-document",
                    format!(
                        "the text gives no number (its number line is blank or missing: a draft, or a copy made before or without its number): it is {}, known by its file; no other text can cite it by number",
                        key.id()
                    ),
                )
                .at(&x.file, x.own_line);
                said.push(((0, fi, 0), Origin::Group(key.number.clone()), d));
            }
        }
        own.push((fi, i));
    }
    let mut targets: Vec<Option<Target>> = vec![None; refs.len()];
    for (k, &(fi, ri)) in refs.iter().enumerate() {
        if let Some((d, mut key)) = complete_ref(files, desc, resolved_here, fi, ri) {
            if let Some(k) = one_per_term.get(&key) {
                key = k.clone();
            }
            // (A key split by date: the document of the date the reference gives; without
            // one, or with another, a partial reference below.)
            if let Some(dates) = split.get(&key) {
                match &d.date {
                    Some(date) if dates.contains(date) => key.issued = Some(date.clone()),
                    _ => continue,
                }
            } else if let Some(date) = &d.date {
                // (A citation dated on the other side of 1 July 2025 from the document's own
                // text: the body before the merger and the one after it, see [`reorganised`].)
                let own_date = docs
                    .index
                    .get(&key)
                    .and_then(|&i| docs.builders[i as usize].own)
                    .and_then(|o| o.date.as_deref());
                if own_date.is_some_and(|o| reorganised(&key.scope, o, date)) {
                    key.issued = Some(date.clone());
                }
            }
            let i = docs.intern(key);
            docs.builders[i as usize].descs.push(d);
            docs.builders[i as usize].desc_files.push(fi);
            targets[k] = Some(Target::Doc(i));
        }
    }

    // 2. Partial references: one candidate joins it; none makes a document of what is known
    //    (full numbers) or is reported (short forms); several are reported. Candidates are
    //    looked up by number (a partial reference always names its number) and tried in key
    //    order.
    let mut by_number: HashMap<String, Vec<u32>> = HashMap::default();
    for (i, k) in docs.keys.iter().enumerate() {
        by_number
            .entry(k.number.clone())
            .or_default()
            .push(i as u32);
    }
    for list in by_number.values_mut() {
        list.sort_by(|a, b| docs.keys[*a as usize].cmp(&docs.keys[*b as usize]));
    }
    let no_keys: Vec<u32> = vec![];
    let mut scratch = Resolved::default();
    // Each candidate's type ([`doc_type_of`]), made once until its descriptions change: a
    // document only cited has one description per citation, and a short form without a
    // symbol (`Nghị quyết 29`) is checked against every document of its number (6,000 files,
    // half of them news items naming `Nghị quyết 29`: 1.33 s made again each time).
    let mut doc_types: Vec<Option<Option<String>>> = vec![None; docs.keys.len()];
    for (k, &(fi, ri)) in refs.iter().enumerate() {
        if targets[k].is_some() {
            continue;
        }
        let tag = (1, fi, ri);
        let (fi, ri) = (fi as usize, ri as usize);
        let x = files[fi];
        let r = &x.references[ri];
        // (Nor after a dated document the text says acts on it: `Kế hoạch số 122-KH/TU ngày
        // 7.5.2019 về việc thực hiện Nghị quyết số 33-NQ/TW` names a 33-NQ/TW of 2019 or before,
        // not a 2023 one a news item misdated. Relations with a cue only.)
        let acted_on_by = x
            .relations
            .iter()
            .filter(|s| s.to as usize == ri && s.relation != Relation::Cites)
            .filter_map(|s| match s.from {
                Endpoint::Ref(j) => x.references.get(j as usize)?.desc.date.as_deref(),
                Endpoint::This => None,
            })
            .min();
        let before = match (x.own.as_ref().and_then(|o| o.date.as_deref()), acted_on_by) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let d = desc(fi, ri);
        // (A title, or `Nghị quyết số 18-NQ/TW` undated in a text that says nothing of khóa
        // XII's subject or khóa XIII's: either of the alias table's, whichever the corpus
        // holds; see `decide_number_by_topic`.)
        let of_table = r.alias_candidates.len() > 1
            && d.number.is_some()
            && d.date.is_none()
            && d.year.is_none()
            && d.term.is_none()
            && resolved_here(group_str(d));
        if r.form == RefForm::Title && d.number.is_none() || of_table {
            if fresh(fi) {
                title_diagnostic(&mut scratch, x, r);
                said.extend(
                    scratch
                        .origins
                        .drain(..)
                        .zip(scratch.diagnostics.drain(..))
                        .map(|(o, d)| (tag, o, d)),
                );
            }
            targets[k] = Some(Target::None);
            continue;
        }
        let group = group_of(d);
        if group.is_none() && !fresh(fi) || group.is_some() && !resolved_here(group.as_deref()) {
            continue;
        }
        let origin = match &group {
            Some(g) => Origin::Group(g.clone()),
            None => Origin::File(x.file.to_string()),
        };
        let number = d.number.as_deref().map(num_norm);
        let symbol = desc_symbol(d);
        let cited = cited_in(d, x);
        // (Documents that fit but for a date that would place the reference, see below: only
        // for a reference of no known place in a text of none. Once per reference, not per
        // candidate.)
        let mut unplaced: Vec<u32> = vec![];
        let unplaced_text =
            x.province.is_none() && d.scope.as_ref().is_none_or(|s| *s == Scope::Unknown);
        // (Letters no table knows are read as a local body's: a Hội's `04/NQ-BCH`, which every
        // province's and district's executive committee numbers afresh each term. A central
        // body's letters are known: `TW`, `CP`, `TTg`, `QH`, the ministries'.)
        let local_letters = unplaced_text
            && d.symbol.as_deref().and_then(registry::symbol_is_central) != Some(true);
        let candidates: Vec<u32> = number
            .and_then(|n| by_number.get(&n))
            .unwrap_or(&no_keys)
            .iter()
            .copied()
            .filter(|&i| {
                let (k, b) = (&docs.keys[i as usize], &docs.builders[i as usize]);
                let code_ok = match &symbol {
                    Some(s) => &k.symbol == s,
                    None => {
                        *doc_types[i as usize].get_or_insert_with(|| doc_type_of(b)) == d.doc_type
                            && (d.system.is_none() || system_of(b) == d.system)
                    }
                };
                // (Of no known scope: only a document cited from the same province, or from
                // no province.)
                let place_ok = k.scope != Scope::Unknown || k.cited_in == cited;
                // (A local document of another province is cited with its province named: a
                // reference of no place, `Quyết định số 18`, in a Thái Nguyên text is a central
                // document or Thái Nguyên's, never Cao Bằng's 18/2013/QĐ-UBND.)
                let other_province = d.scope.as_ref().is_none_or(|s| *s == Scope::Unknown)
                    && x.province.as_deref().is_some_and(|p| {
                        k.scope
                            .province()
                            .is_some_and(|q| !registry::one_land(q, p))
                    });
                if !(code_ok && place_ok && !other_province && fits(k, b, d, before)) {
                    return false;
                }
                // A local document that the citing text does not place (`Kế hoạch số
                // 136-KH/TU của Ban Thường vụ Tỉnh ủy` in a news item whose province only the
                // site's address names) is a province's only by its full date: every province
                // and district numbers its own, so number, symbol and year fit one of each.
                // (So too another unplaced text's document of a local body's letters: the two
                // texts may be two provinces'.)
                if unplaced_text
                    && (matches!(k.scope, Scope::Province(_) | Scope::District { .. })
                        || k.scope == Scope::Unknown && k.cited_in.is_none() && local_letters)
                    && (d.date.is_none() || date_of(b).is_none())
                {
                    unplaced.push(i);
                    return false;
                }
                true
            })
            .collect();
        // (A short form that several would fit is ambiguous as before: no link either way.)
        let candidates = if candidates.is_empty() && unplaced.len() > 1 && d.symbol.is_none() {
            std::mem::take(&mut unplaced)
        } else {
            candidates
        };
        if candidates.is_empty() && !unplaced.is_empty() {
            let list: Vec<String> = unplaced
                .iter()
                .take(AMBIGUOUS_LISTED)
                .map(|&i| describe(&docs.keys[i as usize], &docs.builders[i as usize]))
                .collect();
            let diag = crate::model::Diagnostic::new(
                Level::Info,
                "unplaced-reference",
                format!(
                    "«{}» is a local body's document, and the text does not say of which province or district; it has the number of {}, but without a date to tie them no link was drawn (every province numbers its own documents)",
                    r.surface,
                    list.join("; ")
                ),
            )
            .at(&x.file, Some(r.line as usize));
            said.push((tag, origin.clone(), diag));
        }
        // (A date that none of a split key's documents has: any of them, the text's date
        // aside.)
        let by_other_date =
            candidates.is_empty() && partial_key(d).is_some_and(|k| split.contains_key(&k));
        let candidates = if by_other_date {
            let key = partial_key(d).expect("has number and symbol");
            docs.keys
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.issued.is_some()
                        && Key {
                            issued: None,
                            ..(*c).clone()
                        } == key
                })
                .map(|(i, _)| i as u32)
                .collect()
        } else {
            candidates
        };
        match candidates.len() {
            1 => targets[k] = Some(Target::Doc(candidates[0])),
            0 if d.symbol.is_some() => {
                let mut key = partial_key(d).expect("has number and symbol");
                if key.scope == Scope::Unknown {
                    // (A local body's document, undated, in a text that places no province:
                    // the document this text cites, which another such text's may not be, see
                    // above; known by the file.)
                    let unplaced_local = cited.is_none() && d.date.is_none() && local_letters;
                    // (Dated, in a text that places none: `Nghị quyết số 20/NQ-HĐND ngày
                    // 23/9/2021 của HĐND tỉnh` and, in another news item, `... 20/NQ-HĐND ngày
                    // 10/7/2021`; every council numbers its own from 1 each year, and the dates
                    // tell two of them apart: the date is in the key. So too in a text that
                    // places its province but not the body: `... 12/NQ-HĐND ngày 19/12/2017 của
                    // Hội đồng nhân dân huyện` in two Bình Thuận items, with two dates, are two
                    // of its districts' councils'.)
                    if cited.is_some() || local_letters {
                        key.issued = d.date.clone();
                    }
                    key.cited_in = if unplaced_local {
                        Some(format!("file {}", x.file))
                    } else {
                        cited
                    };
                }
                let i = docs.intern(key);
                docs.builders[i as usize].descs.push(d);
                docs.builders[i as usize].desc_files.push(fi as u32);
                doc_types.resize(docs.keys.len(), None);
                doc_types[i as usize] = None;
                targets[k] = Some(Target::Doc(i));
            }
            0 => {
                let diag = crate::model::Diagnostic::new(
                    Level::Info,
                    "unresolved-reference",
                    format!(
                        "«{}» names no document of the corpus; add the document's text to the corpus or write its full number (e.g. 100-CTr/TU) so that it can be linked",
                        r.surface
                    ),
                )
                .at(&x.file, Some(r.line as usize));
                said.push((tag, origin, diag));
                targets[k] = Some(Target::None);
            }
            n => {
                let mut list: Vec<String> = candidates
                    .iter()
                    .take(AMBIGUOUS_LISTED)
                    .map(|&i| describe(&docs.keys[i as usize], &docs.builders[i as usize]))
                    .collect();
                if n > AMBIGUOUS_LISTED {
                    list.push(format!("… and {} more", n - AMBIGUOUS_LISTED));
                }
                let why = match d.date.as_deref().filter(|_| by_other_date) {
                    Some(date) => format!(
                        "its date, {}, is none of theirs: a slip of the citing text, or a third document",
                        display_date(date)
                    ),
                    None => "the text gives no date, issuer or year that decides".to_string(),
                };
                let diag = crate::model::Diagnostic::new(
                    Level::Warning,
                    "ambiguous-reference",
                    format!(
                        "«{}» fits {n} documents: {}; no link was drawn ({why})",
                        r.surface,
                        list.join("; ")
                    ),
                )
                .at(&x.file, Some(r.line as usize));
                said.push((tag, origin, diag));
                targets[k] = Some(Target::None);
            }
        }
    }
    Shard {
        docs,
        targets,
        own,
        said,
    }
}

fn resolve_inner(
    files: &[&FileExtract],
    with_ref_ids: bool,
    subset: Option<&Subset>,
    shards: usize,
) -> Resolved {
    let mut out = Resolved::default();
    let mut laps = crate::timing::Laps::new();
    // Whether a group is resolved here (always, in a whole build).
    let resolved_here =
        |g: Option<&str>| subset.is_none_or(|s| g.is_some_and(|g| s.groups.contains(g)));
    let fresh = |fi: usize| subset.is_none_or(|s| s.fresh.contains(&fi));
    // Each reference's description, completed within its file when it needed it.
    let completed: Vec<Vec<Option<Completed>>> =
        files.par_iter().map(|x| complete_within_file(x)).collect();
    let desc = |fi: usize, ri: usize| -> &DocDesc {
        completed[fi][ri]
            .as_ref()
            .map_or(&*files[fi].references[ri].desc, |c| c.desc())
    };
    laps.lap("r: completed");
    // 1-2 run per shard of groups, on every core: documents and references of different groups
    // never meet ([`group_of`]), and each shard takes its groups' files in order, so what the
    // steps make is what one pass over every file makes, whatever the shards. References
    // without a number (no group) are a shard of their own.
    let own_key = |x: &FileExtract| {
        x.own.as_ref().and_then(|own| {
            complete_key(own)
                .or_else(|| partial_key(own))
                .or_else(|| unnumbered_key(own, &x.file))
        })
    };
    let mut owns: Vec<Vec<(u32, Key)>> = (0..shards).map(|_| vec![]).collect();
    let mut has_own = vec![false; files.len()];
    for (fi, x) in files.iter().enumerate() {
        if let Some(key) = own_key(x) {
            has_own[fi] = true;
            owns[shard_of(&key.number, shards)].push((fi as u32, key));
        }
    }
    let mut refs: Vec<Vec<(u32, u32)>> = (0..=shards).map(|_| vec![]).collect();
    for (fi, x) in files.iter().enumerate() {
        for (ri, r) in x.references.iter().enumerate() {
            // (A file's own document, when it has a key, is its references to itself.)
            if r.is_self && has_own[fi] {
                continue;
            }
            let s = group_str(desc(fi, ri)).map_or(shards, |g| shard_of(g, shards));
            refs[s].push((fi as u32, ri as u32));
        }
    }
    let shards: Vec<Shard> = owns
        .into_par_iter()
        .chain(rayon::iter::once(vec![]))
        .zip(refs.par_iter())
        .map(|(owns, refs)| resolve_shard(files, &desc, owns, refs, &resolved_here, &fresh))
        .collect();
    // Put together: each shard's documents after the last's, diagnostics in the order of the
    // one pass (own documents', then references' in file order).
    let mut docs = Docs::default();
    let mut targets: Vec<Vec<Option<Target>>> = files
        .iter()
        .map(|x| vec![None; x.references.len()])
        .collect();
    let mut own_keys: Vec<Option<u32>> = vec![None; files.len()];
    let mut said: Vec<(Tag, Origin, crate::model::Diagnostic)> = vec![];
    for (shard, refs) in shards.into_iter().zip(&refs) {
        let at = docs.keys.len() as u32;
        let global = |t: Target| match t {
            Target::Doc(i) => Target::Doc(at + i),
            Target::None => Target::None,
        };
        for (fi, i) in shard.own {
            own_keys[fi as usize] = Some(at + i);
        }
        for (&(fi, ri), t) in refs.iter().zip(shard.targets) {
            targets[fi as usize][ri as usize] = t.map(global);
        }
        docs.keys.extend(shard.docs.keys);
        docs.builders.extend(shard.docs.builders);
        said.extend(shard.said);
    }
    drop(refs);
    for (fi, x) in files.iter().enumerate() {
        for (ri, r) in x.references.iter().enumerate() {
            if r.is_self && has_own[fi] {
                targets[fi][ri] = own_keys[fi].map(Target::Doc);
            }
        }
    }
    said.par_sort_by_key(|(tag, ..)| *tag);
    for (_, origin, d) in said {
        out.origins.push(origin);
        out.diagnostics.push(d);
    }
    laps.lap("r: 1-2 docs targets");
    // 3. Mentions.
    // Each file's name once, shared by its mentions and evidence. (The references of one
    // sentence share its text already: the extractor makes one, `text::share` shares the
    // strings of a decoded cache entry.)
    let names: Vec<Arc<str>> = files.iter().map(|x| x.file.clone()).collect();
    for (fi, ts) in targets.iter().enumerate() {
        for (ri, t) in ts.iter().enumerate() {
            if let Some(Target::Doc(i)) = *t {
                docs.builders[i as usize]
                    .mentions
                    .push((fi as u32, ri as u32));
            }
        }
    }

    laps.lap("r: 3 mentions");
    // 4. Links, one per pair: the relation the title states, else the strongest stated.
    // Per pair of documents: each relation stated, where in its text (title, preamble, body),
    // and where (file and reference indexes; the evidence is made when the link is).
    // One flat list, grouped by pair below (a map of a vector per pair held three times the
    // bytes: 650,000 pairs on 1 GB of text).
    type Statement = ((u32, u32), Relation, Said, (u32, u32));
    let mut stated: Vec<Statement> = vec![];
    // Ends of links that are documents of other groups (a rebuild of some groups): numbered
    // after the documents resolved here.
    let ndocs = docs.keys.len() as u32;
    let mut olds: Vec<String> = vec![];
    let mut old_index: HashMap<String, u32> = HashMap::default();
    let mut old_end = |id: String| -> u32 {
        *old_index.entry(id).or_insert_with_key(|id| {
            olds.push(id.clone());
            ndocs + olds.len() as u32 - 1
        })
    };
    // Whether an end is a document of a group resolved here.
    let here = |k: u32| k < ndocs && resolved_here(Some(&docs.keys[k as usize].number));
    // A document of another group is one end, however it was reached (as a file's own
    // document here, or as the last build's target of a reference).
    enum End {
        Doc(u32),
        Id(String),
    }
    let end_of = |fi: usize, ri: usize| match targets[fi][ri] {
        Some(Target::Doc(k)) => Some(End::Doc(k)),
        Some(Target::None) => None,
        None => subset.and_then(|s| (s.fixed)(fi, ri)).map(End::Id),
    };
    let keys = &docs.keys;
    let mut number = |e: End| -> u32 {
        match e {
            End::Doc(k) if here(k) => k,
            End::Doc(k) => old_end(keys[k as usize].id()),
            End::Id(id) => old_end(id),
        }
    };
    for (fi, x) in files.iter().enumerate() {
        // (A file's own document of another group is the last build's, as its references to
        // itself went: its id may depend on texts not read again, a key split by date or by
        // series, [`split_by_series`].)
        let own_end = |k: u32| match subset {
            Some(s) if !here(k) => x
                .references
                .iter()
                .position(|r| r.is_self)
                .and_then(|ri| (s.fixed)(fi, ri))
                .map_or(End::Doc(k), End::Id),
            _ => End::Doc(k),
        };
        for rel in &x.relations {
            let from = match rel.from {
                Endpoint::This => own_keys[fi].map(own_end),
                Endpoint::Ref(i) => end_of(fi, i as usize),
            };
            let to = end_of(fi, rel.to as usize);
            let (from, to) = (from.map(&mut number), to.map(&mut number));
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            if from == to || !here(from) && !here(to) {
                continue;
            }
            let said = if rel.in_title {
                Said::Title
            } else if rel.in_preamble {
                Said::Preamble
            } else {
                Said::Body
            };
            stated.push(((from, to), rel.relation, said, (fi as u32, rel.to)));
        }
    }

    laps.lap("r: 4 stated");
    // 5. Documents, in key order, assembled in parallel.
    let mut order: Vec<u32> = (0..docs.keys.len() as u32).collect();
    // (Stable, on every core: the order is the one a sequential sort gives.)
    order.par_sort_by(|a, b| docs.keys[*a as usize].cmp(&docs.keys[*b as usize]));
    let in_scope: Vec<bool> = (0..ndocs).map(here).collect();
    // The ids of the ends that are not resolved here (none in a whole build).
    let mut other_ids: HashMap<u32, String> = (0..ndocs)
        .filter(|&k| !in_scope[k as usize])
        .map(|k| (k, docs.keys[k as usize].id()))
        .collect();
    other_ids.extend((ndocs..).zip(olds));
    // The builders are consumed: their descriptions are freed as documents are made.
    drop(docs.index);
    let mut slots: Vec<Option<(Key, Builder)>> =
        docs.keys.into_iter().zip(docs.builders).map(Some).collect();
    let sorted: Vec<(Key, Builder)> = order
        .iter()
        .filter(|&&i| in_scope[i as usize])
        .map(|&i| slots[i as usize].take().expect("each index once"))
        .collect();
    drop(slots);
    // Straight into `out.docs` (a vector of pairs moved into it held two copies of 250,000
    // documents' fields at the peak of a 1 GB build).
    let diags_of: Vec<Vec<crate::model::Diagnostic>>;
    (out.docs, diags_of) = sorted
        .into_par_iter()
        .map(|(k, b)| assemble(&k, b, files, &names))
        .unzip();
    for (doc, diags) in out.docs.iter().zip(diags_of) {
        if diags.is_empty() {
            continue;
        }
        // (A document without a number is its own text's group, see [`unnumbered_group`].)
        let g = crate::index::group_key(doc)
            .map(String::from)
            .unwrap_or_default();
        out.origins
            .extend(std::iter::repeat_n(Origin::Group(g), diags.len()));
        out.diagnostics.extend(diags);
    }
    // The descriptions completed within files went into the documents: the links need none.
    drop(completed);
    laps.lap("r: 5 assembled");
    // The position of each document in `out.docs` (only documents resolved here are there).
    let mut pos = vec![0usize; ndocs as usize];
    for (p, &k) in order.iter().filter(|&&k| in_scope[k as usize]).enumerate() {
        pos[k as usize] = p;
    }
    let here_at = |k: u32| (k as usize) < in_scope.len() && in_scope[k as usize];
    let id_of = |k: u32| -> &str {
        if here_at(k) {
            &out.docs[pos[k as usize]].id
        } else {
            &other_ids[&k]
        }
    };
    // The date and year at an end: resolved here, or the last build's.
    // (Only the ends of links are read: a rebuild may have many documents of other groups at
    // hand, few of them linked to the groups resolved again. Each is read from the last
    // graph.json, on every core: 100k documents, 1.9k resolved again, had 74 ms of them when
    // each was decoded whole. Only its date and year are read: 10k's 400 ends took 4.6 µs
    // each decoded whole.)
    let externals: HashMap<u32, Dates> = match subset {
        None => HashMap::default(),
        Some(s) => {
            let ends: Vec<u32> = stated
                .iter()
                .flat_map(|&((f, t), ..)| [f, t])
                .filter(|&k| !here_at(k))
                .collect::<HashSet<u32>>()
                .into_iter()
                .collect();
            ends.into_par_iter()
                .filter_map(|k| Some((k, (s.external_dates)(&other_ids[&k])?)))
                .collect::<Vec<_>>()
                .into_iter()
                .collect()
        }
    };
    laps.lap("r: externals");
    let dates_at = |k: u32| -> Option<(Option<&str>, Option<i32>)> {
        if here_at(k) {
            let d = &out.docs[pos[k as usize]];
            Some((d.date.as_deref(), d.year))
        } else {
            externals
                .get(&k)
                .map(|(date, year)| (date.as_deref(), *year))
        }
    };
    // The whole document at an end, for a link left out (rare: the last build's is decoded).
    let doc_at = |k: u32| -> Option<std::borrow::Cow<'_, Document>> {
        if here_at(k) {
            Some(std::borrow::Cow::Borrowed(&out.docs[pos[k as usize]]))
        } else {
            subset
                .and_then(|s| (s.external)(&other_ids[&k]))
                .map(std::borrow::Cow::Owned)
        }
    };
    out.ref_docs = targets
        .iter()
        .map(|ts| {
            ts.iter()
                .map(|t| match t {
                    Some(Target::Doc(i)) if in_scope[*i as usize] => Some(pos[*i as usize] as u32),
                    _ => None,
                })
                .collect()
        })
        .collect();
    out.ref_ids = if !with_ref_ids {
        vec![]
    } else {
        targets
            .iter()
            .map(|ts| {
                ts.iter()
                    .map(|t| match t {
                        Some(Target::Doc(i)) if in_scope[*i as usize] => {
                            Some(out.docs[pos[*i as usize]].id.clone())
                        }
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    };
    drop(targets);
    laps.lap("r: ref ids");
    // By the ids of the ends, then their numbers. Each end gets its place in id order (equal
    // ids one place), so that the statements are sorted by numbers, not by comparing ids
    // scattered in memory (650k links on 1 GB of text; the ends are fewer and sorted once).
    let mut ends: Vec<u32> = stated.iter().flat_map(|&((f, t), ..)| [f, t]).collect();
    ends.par_sort_unstable();
    ends.dedup();
    ends.par_sort_unstable_by(|&a, &b| id_of(a).cmp(id_of(b)));
    let mut id_rank = vec![0u32; ndocs as usize + other_ids.len()];
    let mut rank = 0;
    for (i, &k) in ends.iter().enumerate() {
        if i > 0 && id_of(ends[i - 1]) != id_of(k) {
            rank += 1;
        }
        id_rank[k as usize] = rank;
    }
    let ends_ranked = ends;
    // (Stable: a pair's statements stay in the order of the files.)
    stated.par_sort_by_key(|&((f, t), ..)| (id_rank[f as usize], id_rank[t as usize], f, t));
    laps.lap("r: sorted");
    // One copy of each end's id, shared by its links (650k links on 1 GB of text).
    let mut id_arcs: Vec<Option<Arc<str>>> = vec![None; ndocs as usize + other_ids.len()];
    for &k in &ends_ranked {
        id_arcs[k as usize] = Some(Arc::from(id_of(k)));
    }
    drop(ends_ranked);
    let shared_id = |k: u32| id_arcs[k as usize].clone().expect("every end has its id");
    // Links left out, and links whose stated change was not taken, are rare: their
    // diagnostics are put aside with their pair's place in the order, and into that order
    // after. Every pair's link is held until all are made: `None` costs no more room.
    type LeftOut = ((u32, u32, u32, u32), (Origin, crate::model::Diagnostic));
    let left_out: std::sync::Mutex<Vec<LeftOut>> = Default::default();
    // A document of the last build that is not there any more: the caller builds all.
    let gone = std::sync::atomic::AtomicBool::new(false);
    // Each pair on any core, the results in the pairs' order.
    let made: Vec<Option<Link>> = stated
        .par_chunk_by(|a, b| a.0 == b.0)
        .map(|list| {
            let (from, to) = list[0].0;
            // A change a lower body's text cannot make to a higher body's (`Quyết định ...
            // -UBND` said to replace a Council's `Nghị quyết ... -HĐND`: a legal database's
            // note on the resolution's fate, the decision only lists it as expired) is not
            // taken: the strongest other statement is, else the pair is cited.
            let changes = |r: Relation| {
                matches!(r, Relation::Amends | Relation::Replaces | Relation::Repeals)
            };
            let mut outranked = None;
            if list.iter().any(|(_, r, _, _)| changes(*r)) {
                let (Some(f), Some(t)) = (doc_at(from), doc_at(to)) else {
                    gone.store(true, std::sync::atomic::Ordering::Relaxed);
                    return None;
                };
                let rank = |d: &Document| {
                    registry::state_rank(
                        d.system,
                        &d.level,
                        d.doc_type.as_deref(),
                        d.symbol.as_deref(),
                        d.issuer.as_deref(),
                    )
                };
                if matches!((rank(&f), rank(&t)), (Some(a), Some(b)) if a < b) {
                    outranked = Some((f.label(), t.label(), group_of_doc(&f), group_of_doc(&t)));
                }
            }
            let possible = |r: Relation| !(outranked.is_some() && changes(r));
            let titled: Vec<Relation> = list
                .iter()
                .filter(|(_, r, t, _)| *t == Said::Title && *r != Relation::Cites && possible(*r))
                .map(|(_, r, _, _)| *r)
                .collect();
            // What a document's preamble says it carries out or rests on (`Thực hiện X;` /
            // `Căn cứ Y,`) is not undone by a task of its body that goes on with the work
            // (`1. Tiếp tục đẩy mạnh thực hiện ... theo X, Y`): the plan implements X, as its
            // preamble says, it is no successor text of X.
            let preamble = list.iter().any(|(_, r, t, _)| {
                *t == Said::Preamble && matches!(r, Relation::Implements | Relation::BasedOn)
            });
            let counted = |&&(_, r, t, _): &&Statement| {
                possible(r) && !(preamble && r == Relation::Continues && t == Said::Body)
            };
            let relation = titled
                .iter()
                .copied()
                .min_by_key(|r| r.strength())
                .or_else(|| {
                    list.iter()
                        .filter(counted)
                        .map(|(_, r, _, _)| *r)
                        .min_by_key(|r| r.strength())
                })
                .unwrap_or(Relation::Cites);
            // (`Nghị quyết 06/NQ-CP thực hiện Nghị quyết 24-NQ/TW`, a database's headline, and
            // `... Chương trình hành động tiếp tục thực hiện Nghị quyết 24-NQ/TW`, the page's
            // summary: carrying on with it says more than carrying it out. Not a `tiếp tục` of
            // the body under a title that says `thực hiện`, which the title decides.)
            let relation = if relation == Relation::Implements
                && titled.is_empty()
                && list
                    .iter()
                    .filter(counted)
                    .any(|(_, r, _, _)| *r == Relation::Continues)
            {
                Relation::Continues
            } else {
                relation
            };
            let mut evidence: Vec<Evidence> = list
                .iter()
                .map(|&(_, relation, _, (fi, ri))| {
                    let r = &files[fi as usize].references[ri as usize];
                    Evidence {
                        file: names[fi as usize].clone(),
                        line: r.line,
                        text: r.sentence.clone(),
                        relation,
                    }
                })
                .collect();
            evidence.sort();
            evidence.dedup();
            if let Some((f, t, f_group, t_group)) = outranked {
                let said = list
                    .iter()
                    .map(|(_, r, _, _)| *r)
                    .filter(|r| changes(*r))
                    .min_by_key(|r| r.strength())
                    .expect("a change was stated");
                let place = (id_rank[from as usize], id_rank[to as usize], from, to);
                let note = crate::model::Diagnostic::new(
                    Level::Info,
                    "change-by-lower-body",
                    format!(
                        "the text says {f} {said} {t}, but a lower body's text cannot amend, replace or repeal a higher body's (Luật Ban hành văn bản quy phạm pháp luật, Điều 12): linked as {relation}"
                    ),
                )
                .at(&evidence[0].file, Some(evidence[0].line as usize));
                left_out
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((place, (Origin::Link(f_group, t_group), note)));
            }
            let (Some(f), Some(t)) = (dates_at(from), dates_at(to)) else {
                gone.store(true, std::sync::atomic::Ordering::Relaxed);
                return None;
            };
            if is_later(t, f) {
                let (Some(f), Some(t)) = (doc_at(from), doc_at(to)) else {
                    gone.store(true, std::sync::atomic::Ordering::Relaxed);
                    return None;
                };
                let (f, t) = (&*f, &*t);
                let place = (id_rank[from as usize], id_rank[to as usize], from, to);
                let left = (Origin::Link(group_of_doc(f), group_of_doc(t)),
                    crate::model::Diagnostic::new(
                        Level::Warning,
                        "edge-to-later-document",
                        format!(
                            "{} ({}) would link to {} ({}, {relation}), which is later: a sign of a wrong resolution or a wrong date; the link was left out",
                            f.label(),
                            f.date.as_deref().map(display_date).or(f.year.map(|y| y.to_string())).unwrap_or_default(),
                            t.label(),
                            t.date.as_deref().map(display_date).or(t.year.map(|y| y.to_string())).unwrap_or_default()
                        ),
                    )
                    .at(&evidence[0].file, Some(evidence[0].line as usize)),
                );
                left_out
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((place, left));
                return None;
            }
            Some(Link {
                from: shared_id(from),
                to: shared_id(to),
                relation,
                evidence,
            })
        })
        .collect();
    drop(id_arcs);
    drop(id_rank);
    // (In place: `Option<Link>` is a `Link`'s size, and `filter_map` collects into the same
    // allocation where `flatten` makes a new one.)
    #[allow(clippy::filter_map_identity)]
    let links: Vec<Link> = made.into_iter().filter_map(|l| l).collect();
    out.incomplete |= gone.into_inner();
    let mut left_out = left_out.into_inner().unwrap_or_else(|e| e.into_inner());
    // (Stable: a pair's note comes before its warning, as its closure put them.)
    left_out.sort_by_key(|(place, _)| *place);
    let link_diags = left_out.into_iter().map(|(_, left)| left);
    laps.lap("r: links");
    drop(externals);
    out.links = links;
    for (o, d) in link_diags {
        out.origins.push(o);
        out.diagnostics.push(d);
    }
    out
}

/// The group of a link's end, for its diagnostics' origin: its number, normalised.
fn group_of_doc(d: &Document) -> String {
    d.number.as_deref().map(num_norm).unwrap_or_default()
}

/// `b` was issued after `a` (dates when both are known, else years), each given as its
/// date and year.
fn is_later(b: (Option<&str>, Option<i32>), a: (Option<&str>, Option<i32>)) -> bool {
    match (b.0, a.0) {
        (Some(x), Some(y)) => x > y,
        _ => matches!((b.1, a.1), (Some(x), Some(y)) if x > y),
    }
}

/// The own text's type, else what citing texts call it most, else (only symbols alone whose
/// letters two types share, `89-QĐ/TW`) the letters' first type.
fn doc_type_of(b: &Builder) -> Option<String> {
    b.own
        .and_then(|o| o.doc_type.clone())
        .or_else(|| most_common(b.descs.iter().filter_map(|d| d.doc_type.clone())))
        .or_else(|| {
            b.descs.iter().find_map(|d| {
                registry::type_of_symbol(d.symbol.as_deref()?, d.system?).map(str::to_string)
            })
        })
}

fn system_of(b: &Builder) -> Option<System> {
    b.own
        .and_then(|o| o.system)
        .or_else(|| b.descs.iter().find_map(|d| d.system))
}

/// Where in its text a document states a relation: a title's wording decides its pair, a
/// preamble's is not undone by the body's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    Title,
    Preamble,
    Body,
}

/// The date most texts state, each text's once (a text states a date once, however often it
/// names the document again: `Nghị quyết số 59-NQ/TW, ngày 22/12/2024 ... (sau đây gọi tắt là
/// Nghị quyết 59)`, `Nghị quyết 59 đề ra ...`); between two that as many state, the one more
/// documents' own texts state (a decision's legal basis, `Căn cứ Quyết định 490/QĐ-TTg ngày
/// 07/5/2018`, is written from the register; a news item or a page read as one, `05/7/2018`,
/// from memory or a damaged copy), then the first met.
fn most_stated_date<'a>(
    descs: impl Iterator<Item = (u32, &'a DocDesc)>,
    has_own: impl Fn(u32) -> bool,
) -> Option<String> {
    let mut seen: HashSet<(u32, &'a str)> = HashSet::default();
    let mut counts: BTreeMap<&'a str, (usize, usize)> = BTreeMap::new();
    let mut order = vec![];
    for (f, d) in descs {
        let Some(date) = d.date.as_deref() else {
            continue;
        };
        if !seen.insert((f, date)) {
            continue;
        }
        let c = counts.entry(date).or_insert_with(|| {
            order.push(date);
            (0, 0)
        });
        c.0 += 1;
        c.1 += usize::from(has_own(f));
    }
    let best = counts.values().copied().max()?;
    order
        .into_iter()
        .find(|d| counts[d] == best)
        .map(str::to_string)
}

fn most_common<I: Iterator<Item = String>>(it: I) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut order = vec![];
    for s in it {
        if !counts.contains_key(&s) {
            order.push(s.clone());
        }
        *counts.entry(s).or_default() += 1;
    }
    let max = counts.values().copied().max()?;
    order.into_iter().find(|s| counts[s] == max)
}

fn assemble(
    key: &Key,
    mut b: Builder,
    files: &[&FileExtract],
    names: &[Arc<str>],
) -> (Document, Vec<crate::model::Diagnostic>) {
    let mut mentions: Vec<Mention> = std::mem::take(&mut b.mentions)
        .into_iter()
        .map(|(fi, ri)| {
            mention_of(
                &names[fi as usize],
                &files[fi as usize].references[ri as usize],
            )
        })
        .collect();
    mentions.sort();
    mentions.dedup();
    let b = &b;
    let mut diags = vec![];
    let own = b.own;
    let all: Vec<&DocDesc> = own.into_iter().chain(b.descs.iter().copied()).collect();
    let dates: BTreeSet<&str> = all.iter().filter_map(|d| d.date.as_deref()).collect();
    let date = own.and_then(|o| o.date.clone()).or_else(|| {
        most_stated_date(
            b.desc_files.iter().copied().zip(b.descs.iter().copied()),
            |f| files[f as usize].own.is_some(),
        )
    });
    let id = key.id();
    if dates.len() > 1 {
        let first = mentions.first();
        let mut d = crate::model::Diagnostic::new(
            Level::Warning,
            "conflicting-date",
            format!(
                "{id} is dated {} in different places; {} is kept",
                dates
                    .iter()
                    .map(|d| display_date(d))
                    .collect::<Vec<_>>()
                    .join(", "),
                date.as_deref().map(display_date).unwrap_or_default()
            ),
        );
        if let Some(m) = first {
            d = d.at(&m.file, Some(m.line as usize));
        }
        diags.push(d);
    }
    let year = date
        .as_deref()
        .and_then(|d| d[..4].parse().ok())
        .or(match key.period {
            Period::Year(y) => Some(y),
            _ => None,
        })
        // (A congress's resolution is keyed by its congress: its year is what a text said.)
        .or_else(|| all.iter().find_map(|d| d.year));
    let symbol = own
        .and_then(|o| o.symbol.clone())
        .or_else(|| most_common(all.iter().filter_map(|d| d.symbol.clone())));
    let number = own
        .and_then(|o| o.number.clone())
        .or_else(|| most_common(all.iter().filter_map(|d| d.number.clone())));
    // (A document known by title has no number nor symbol, see [`TITLED`].)
    let (number, symbol) = if number.as_deref().is_some_and(|n| n.starts_with(TITLED)) {
        (None, None)
    } else {
        (number, symbol)
    };
    let system = all.iter().find_map(|d| d.system);
    let province = key.scope.province().map(str::to_string);
    let district = key.scope.district().map(str::to_string);
    // (A joint document's symbol names all its bodies: see [`registry::joint_issuer`].)
    let issuer = symbol
        .as_deref()
        .and_then(registry::joint_issuer)
        .or_else(|| own.and_then(|o| o.issuer.clone()))
        .or_else(|| {
            // The issuer named most often; of those, the longest; of those, the one named
            // last. (Counted once each: a document only cited, as central ones are, has one
            // description per citation, thousands on a national corpus.)
            let mut named: HashMap<&str, (usize, usize)> = HashMap::default();
            for (at, i) in all.iter().filter_map(|d| d.issuer.as_deref()).enumerate() {
                let e = named.entry(i).or_default();
                *e = (e.0 + 1, at);
            }
            let max = named.values().map(|&(n, _)| n).max()?;
            named
                .into_iter()
                .filter(|&(_, (n, _))| n == max)
                .max_by_key(|&(i, (_, last))| (i.len(), last))
                .map(|(i, _)| i.to_string())
        })
        .or_else(|| {
            // Only a body whose scope is known is named from the symbol: an `UBND` of no
            // known province is no one in particular.
            symbol
                .as_deref()
                .and_then(|s| registry::issuer_of_symbol(s, province.as_deref()))
                .filter(|i| i.scope.is_known())
                .map(|i| i.name)
        });
    let term = all
        .iter()
        .find_map(|d| d.term.clone())
        .or_else(|| match &key.period {
            Period::Term(t) => Some(t.clone()),
            _ => None,
        })
        .or_else(|| {
            (system == Some(System::Party)
                && key.scope == Scope::Central
                && registry::takes_party_term(symbol.as_deref(), issuer.as_deref()))
            .then(|| {
                date.as_deref()
                    .and_then(registry::term_of_date)
                    .map(str::to_string)
            })
            .flatten()
        });
    let title = own
        .and_then(|o| o.title.clone())
        .or_else(|| all.iter().find_map(|d| d.title.clone()));
    // Two titles of which neither contains the other (`Về đổi mới ...` contains `Đổi mới ...`)
    // and that share few words (`XHCN` for `xã hội chủ nghĩa` is the same title) say that two
    // documents may have been taken for one.
    let titles: Vec<(String, &str)> = {
        // (Each distinct title folded once.)
        let distinct: BTreeSet<&str> = all.iter().filter_map(|d| d.title.as_deref()).collect();
        let mut v: Vec<(String, &str)> = distinct
            .into_iter()
            .map(|t| (crate::normalize::fold_words(t), t))
            .collect();
        v.sort();
        v.dedup_by(|a, b| a.0 == b.0);
        v
    };
    let conflict = titles.iter().enumerate().find_map(|(i, a)| {
        titles[i + 1..]
            .iter()
            .find(|b| !titles_agree(&a.0, &b.0))
            .map(|b| (a.1, b.1))
    });
    if let Some((t1, t2)) = conflict {
        let mut d = crate::model::Diagnostic::new(
            Level::Warning,
            "conflicting-title",
            format!("{} is titled «{t1}» in one place and «{t2}» in another: check that both mean one document", key.id()),
        );
        if let Some(m) = mentions.first() {
            d = d.at(&m.file, Some(m.line as usize));
        }
        diags.push(d);
    }
    let level =
        registry::level_of(system, &key.scope, issuer.as_deref(), symbol.as_deref()).to_string();
    let doc = Document {
        id,
        doc_type: doc_type_of(b),
        number,
        symbol,
        date,
        year,
        term,
        issuer,
        province,
        district,
        system,
        level,
        title,
        normative: all.iter().any(|d| d.normative),
        source: b.source.clone(),
        mentions,
    };
    (doc, diags)
}

/// Whether two folded titles may be one document's: one contains the other (`Về đổi mới ...`
/// contains `Đổi mới ...`), or they share half the words of the shorter (`XHCN` for `xã hội chủ
/// nghĩa` is the same title).
fn titles_agree(a: &str, b: &str) -> bool {
    a.contains(b) || b.contains(a) || similar(a, b)
}

/// Whether two folded titles share at least half of the words of the shorter one.
fn similar(a: &str, b: &str) -> bool {
    let wa: BTreeSet<&str> = a.split(' ').collect();
    let wb: BTreeSet<&str> = b.split(' ').collect();
    let shared = wa.intersection(&wb).count();
    shared * 2 >= wa.len().min(wb.len())
}

fn title_diagnostic(out: &mut Resolved, x: &FileExtract, r: &Reference) {
    let d = if r.alias_candidates.is_empty() {
        crate::model::Diagnostic::new(
            Level::Info,
            "unknown-title",
            format!(
                "«{}» is not in the alias table; add it to docs-in/aliases.toml (format of data/aliases.toml) to link it",
                r.surface
            ),
        )
    } else {
        let list: Vec<String> = r
            .alias_candidates
            .iter()
            .map(|c| {
                format!(
                    "{}-{}{}",
                    c.number.clone().unwrap_or_default(),
                    c.symbol.clone().unwrap_or_default(),
                    c.title
                        .as_ref()
                        .map(|t| format!(" ({t})"))
                        .unwrap_or_default()
                )
            })
            .collect();
        crate::model::Diagnostic::new(
            Level::Warning,
            "ambiguous-reference",
            format!(
                "«{}» may be {}: the text does not say which; no link was drawn",
                r.surface,
                list.join(" or ")
            ),
        )
    };
    out.origins.push(Origin::File(x.file.to_string()));
    out.diagnostics.push(d.at(&x.file, Some(r.line as usize)));
}

#[cfg(test)]
mod tests {

    /// One file's extraction, with the built-in aliases.
    fn extract(name: &str, text: &str) -> FileExtract {
        let aliases = crate::aliases::AliasTable::builtin();
        crate::extract::extract(name, &crate::normalize::normalize(text), &aliases)
    }

    /// The resolved document of id `id`.
    fn doc<'r>(r: &'r Resolved, id: &str) -> &'r Document {
        r.docs
            .iter()
            .find(|d| d.id == id)
            .unwrap_or_else(|| panic!("no document {id}"))
    }

    /// A document known by its title keeps its number in its id, which gives it back.
    #[test]
    fn titled_numbers_come_back_from_ids() {
        assert_eq!(
            titled_number_of_id("vn/tw/hien-phap/2013"),
            Some(constitution_number(2013))
        );
        assert_eq!(
            titled_number_of_id("vn/tw/nghi-quyet-dai-hoi/xiii"),
            Some(congress_number("XIII"))
        );
        assert_eq!(titled_number_of_id("vn/tw/qh13/2015/77"), None);
    }
    use super::*;

    /// The extracts of the fixtures' documents (several corpora: numbers that recur across
    /// provinces, years and terms, short forms, titles).
    fn fixture_extracts() -> Vec<FileExtract> {
        let aliases = crate::aliases::AliasTable::builtin();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut paths = vec![];
        for dir in ["corpus", "resolution", "seeds", "conflicts", "cycle"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for e in entries {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|e| e == "txt") {
                    paths.push(p);
                }
            }
        }
        paths.sort();
        paths
            .iter()
            .map(|p| {
                let text = crate::normalize::normalize(&std::fs::read_to_string(p).unwrap());
                let name = p.strip_prefix(&root).unwrap().display().to_string();
                crate::extract::extract(&name, &text, &aliases)
            })
            .collect()
    }

    /// The issuer of a document only cited, from the issuers its citations name (in file order).
    fn issuer_of_cited(named: &[&str]) -> Option<String> {
        let aliases = crate::aliases::AliasTable::builtin();
        let text = crate::normalize::normalize(
            "Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương về đổi mới căn bản, toàn diện giáo dục và đào tạo.\n",
        );
        let x = crate::extract::extract("a.txt", &text, &aliases);
        assert!(x.own.is_none() && x.references.len() == 1, "{x:?}");
        let files: Vec<FileExtract> = named
            .iter()
            .enumerate()
            .map(|(i, issuer)| {
                let mut x = x.clone();
                x.file = format!("{i:02}.txt").into();
                Arc::make_mut(&mut x.references[0].desc).issuer = Some(issuer.to_string());
                x
            })
            .collect();
        let r = resolve(&files);
        let d = r
            .docs
            .iter()
            .find(|d| d.id == "vn/tw/nq-tw/2013/29")
            .unwrap();
        d.issuer.clone()
    }

    #[test]
    fn a_cited_document_is_issued_by_whom_its_citations_name_most() {
        let i = |s: &[&str]| issuer_of_cited(s).unwrap();
        assert_eq!(
            i(&["Ban Bí thư", "Bộ Chính trị", "Ban Bí thư"]),
            "Ban Bí thư"
        );
        // As often: the longest name; as long: the one named last.
        assert_eq!(
            i(&["Bộ Chính trị", "Ban Chấp hành Trung ương"]),
            "Ban Chấp hành Trung ương"
        );
        assert_eq!(
            i(&["Ban Chấp hành Trung ương", "Bộ Chính trị"]),
            "Ban Chấp hành Trung ương"
        );
        assert_eq!(i(&["AB", "CD", "CD", "AB", "EF"]), "AB");
        assert_eq!(i(&["CD", "AB", "AB", "CD"]), "CD");
    }

    /// Resolved: for each of `provinces`, a news item reporting its Kế hoạch số 29/KH-UBND of
    /// 2019, and the news item `news` (file `news.txt`).
    fn plans_29_and(provinces: &[&str], news: &str) -> Resolved {
        let mut files: Vec<FileExtract> = provinces
            .iter()
            .enumerate()
            .map(|(i, p)| {
                extract(
                    &format!("{i:02}.txt"),
                    &format!("Tin tức\nNgày 1/6/2019, UBND tỉnh {p} ban hành Kế hoạch số 29/KH-UBND ngày 20/5/2019 của UBND tỉnh {p} về phát triển giáo dục.\n"),
                )
            })
            .collect();
        files.push(extract("news.txt", news));
        resolve(&files)
    }

    #[test]
    fn an_ambiguous_reference_names_ten_of_what_it_fits() {
        let twelve: Vec<&str> = registry::PROVINCES
            .iter()
            .take(12)
            .map(|p| p.name)
            .collect();
        let r = plans_29_and(
            &twelve,
            "Tin tức\nCác địa phương đang thực hiện Kế hoạch 29 về phát triển giáo dục.\n",
        );
        let d = r
            .diagnostics
            .iter()
            .find(|d| d.code == "ambiguous-reference")
            .expect("the short form is ambiguous");
        let m = &d.message;
        assert!(m.starts_with("«Kế hoạch 29» fits 12 documents: "), "{m}");
        assert_eq!(m.matches("/kh-ubnd/2019/29").count(), 10, "{m}");
        assert!(m.contains("; … and 2 more; no link"), "{m}");
    }

    #[test]
    fn a_party_number_of_two_terms_undated_and_of_no_subject_is_reported_not_linked() {
        // The corpus holds khóa XIII's 18-NQ/TW (land) only; khóa XII's (the apparatus) is cited
        // as often, and undated.
        let land = extract(
            "land.txt",
            "Tin tức\nNgày 5/7/2022, Tỉnh ủy ban hành Kế hoạch số 80-KH/TU thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về đất đai.\n",
        );
        let linked = |news: &str| {
            let r = resolve(&[land.clone(), extract("news.txt", news)]);
            let warned = r
                .diagnostics
                .iter()
                .any(|d| d.code == "ambiguous-reference" && d.message.contains("18-NQ/TW"));
            (r.ref_docs[1].iter().any(|t| t.is_some()), warned)
        };
        assert_eq!(
            linked(
                "Tin tức\nCác cấp ủy tiếp tục thực hiện Nghị quyết số 18-NQ/TW, bảo đảm tiến độ.\n"
            ),
            (false, true)
        );
        // Its subject decides: the land's is the corpus's; the apparatus's is another document.
        assert_eq!(
            linked("Tin tức\nCác cấp ủy tiếp tục thực hiện Nghị quyết số 18-NQ/TW về quản lý và sử dụng đất.\n"),
            (true, false)
        );
        let r = resolve(&[
            land.clone(),
            extract("news.txt", "Tin tức\nSau 8 năm thực hiện Nghị quyết số 18-NQ/TW, việc sắp xếp tổ chức bộ máy tinh gọn đạt kết quả.\n"),
        ]);
        let apparatus = r.docs.iter().find(|d| d.id == "vn/tw/nq-tw/2017/18");
        assert!(apparatus.is_some_and(|d| d.date.as_deref() == Some("2017-10-25")));
    }

    /// A central Party number is one document within a term, whatever year a text misdates it
    /// to (`59-NQ/TW, ngày 22/12/2024` for the resolution of 24/01/2025): one node, of the date
    /// most texts give (a short form the full reference completes says it once), and the
    /// conflict reported; the undated mention links to it. Another term's number, or a State
    /// body's of another year, is another document.
    #[test]
    fn a_local_party_number_misdated_within_its_term_is_one_document() {
        // Vĩnh Phúc's Tỉnh ủy numbers its directives once in the term its congress of 2015
        // opened: 32-CT/TU of September 2019 misdated February 2020 by one text is one
        // directive; one of 2021 is the next term's; one of May 2020 (a congress year) is left
        // apart.
        let news = |n: usize, date: &str| {
            extract(
                &format!("{n}.txt"),
                &format!(
                    "Tin tức\nCác cấp ủy thực hiện Chỉ thị số 32-CT/TU ngày {date} của Ban \
                     Thường vụ Tỉnh ủy Vĩnh Phúc về đất đai.\n"
                ),
            )
        };
        let ids = |r: &Resolved| -> Vec<String> {
            let mut v: Vec<String> = r.docs.iter().map(|d| d.id.clone()).collect();
            v.sort();
            v
        };
        let mut files = vec![
            news(1, "12/9/2019"),
            news(2, "12/9/2019"),
            news(3, "16/2/2020"),
            news(4, "3/8/2021"),
        ];
        let r = resolve(&files);
        assert_eq!(
            ids(&r),
            ["vn/vinh-phuc/ct-tu/2019/32", "vn/vinh-phuc/ct-tu/2021/32"]
        );
        assert_eq!(r.ref_docs[2], r.ref_docs[0]);
        assert!(r
            .diagnostics
            .iter()
            .any(|d| d.code == "conflicting-date" && d.message.contains("16/02/2020")));
        // (A key of 2020 that holds a mention of May, when the congresses meet, is not moved.)
        files.push(news(5, "20/5/2020"));
        assert_eq!(ids(&resolve(&files)).len(), 3);
        // A State body's numbers start again each year.
        let r = resolve(&[
            news(1, "12/9/2019"),
            extract(
                "6.txt",
                "Tin tức\nUBND tỉnh ban hành Kế hoạch số 32/KH-UBND ngày 16/3/2020 của UBND \
                 tỉnh Vĩnh Phúc.\n",
            ),
            extract(
                "7.txt",
                "Tin tức\nUBND tỉnh ban hành Kế hoạch số 32/KH-UBND ngày 12/9/2019 của UBND \
                 tỉnh Vĩnh Phúc.\n",
            ),
        ]);
        assert_eq!(ids(&r).len(), 3);
    }

    #[test]
    fn a_party_number_misdated_within_its_term_is_one_document() {
        let news =
            |n: usize, body: &str| extract(&format!("{n}.txt"), &format!("Tin tức\n{body}\n"));
        let mut files = vec![
            news(1, "Tỉnh ủy quán triệt Nghị quyết số 59-NQ/TW, ngày 22/12/2024 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 59). Nghị quyết 59 đề ra mục tiêu. Thực hiện Nghị quyết 59, các cấp ủy ban hành kế hoạch."),
            news(2, "Thành ủy quán triệt Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế."),
            news(3, "Huyện ủy học tập Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị."),
            news(4, "Các cấp ủy tiếp tục thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị."),
        ];
        let ids = |r: &Resolved| -> Vec<String> {
            let mut v: Vec<String> = r.docs.iter().map(|d| d.id.clone()).collect();
            v.sort();
            v
        };
        let r = resolve(&files);
        assert_eq!(ids(&r), ["vn/tw/nq-tw/2025/59"]);
        assert_eq!(
            doc(&r, "vn/tw/nq-tw/2025/59").date.as_deref(),
            Some("2025-01-24")
        );
        assert!(r.ref_docs[3].iter().all(|t| t.is_some()));
        assert!(r
            .diagnostics
            .iter()
            .any(|d| d.code == "conflicting-date" && d.message.contains("22/12/2024")));
        files.push(news(
            5,
            "Đảng ủy quán triệt Nghị quyết số 59-NQ/TW ngày 05/02/2016 của Bộ Chính trị.",
        ));
        assert_eq!(
            ids(&resolve(&files)),
            ["vn/tw/nq-tw/2016/59", "vn/tw/nq-tw/2025/59"]
        );
        let r = resolve(&[
            news(
                1,
                "UBND tỉnh ban hành Kế hoạch số 59/KH-UBND ngày 22/12/2024 của UBND tỉnh Nghệ An.",
            ),
            news(
                2,
                "UBND tỉnh ban hành Kế hoạch số 59/KH-UBND ngày 24/01/2025 của UBND tỉnh Nghệ An.",
            ),
        ]);
        assert_eq!(ids(&r).len(), 2);
    }

    #[test]
    fn a_quoted_title_that_is_another_documents_keeps_a_bare_party_number_apart() {
        let files = [
            extract(
                "a.txt",
                "Tin tức\nNgày 5/3/2010, Đảng ủy tổng công ty quán triệt Nghị quyết số 20-NQ/TW \
                 ngày 28/01/2008 về “tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy \
                 mạnh công nghiệp hóa, hiện đại hóa đất nước”.\n",
            ),
            extract(
                "b.txt",
                "Tin tức\nNgày 19/01/2018, Ban Thường vụ ban hành chương trình thực hiện Nghị \
                 quyết số 20-NQ/TƯ “Về tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe \
                 nhân dân trong tình hình mới”.\n",
            ),
            extract(
                "c.txt",
                "Tin tức\nNgày 9/4/2012, công đoàn tiếp tục thực hiện Nghị quyết số 20-NQ/TW về \
                 “xây dựng giai cấp công nhân Việt Nam”.\n",
            ),
        ];
        let r = resolve(&files);
        let of = |f: &str| {
            r.docs
                .iter()
                .find(|d| d.mentions.iter().any(|m| &*m.file == f))
                .map(|d| d.id.clone())
        };
        assert_eq!(of("a.txt").as_deref(), Some("vn/tw/nq-tw/2008/20"));
        // (A title the 2008 one's contains: the same document.)
        assert_eq!(of("c.txt"), of("a.txt"));
        assert_ne!(of("b.txt"), of("a.txt"));
    }

    /// An undated Party reference that names another central board than the candidate's own
    /// text is another document: the Secretariat's 03-KH/TW of 2011 is not the Politburo's of
    /// 2021; a citation that names the same board, or none, is that document.
    #[test]
    fn another_central_board_keeps_a_bare_party_number_apart() {
        let files = [
            extract(
                "own.txt",
                "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 03-KH/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 01 \
                 tháng 12 năm 2021\nKẾ HOẠCH\nTHỰC HIỆN KẾT LUẬN SỐ 21-KL/TW\nThực hiện Kết luận số \
                 21-KL/TW ngày 25/10/2021, Bộ Chính trị ban hành Kế hoạch như sau:\nT/M BỘ CHÍNH TRỊ\n",
            ),
            extract(
                "old.txt",
                "Tin tức\nNgày 17/8, Ban Tuyên giáo quán triệt Kế hoạch 03-KH/TW của Ban Bí thư về \
                 học tập và làm theo tấm gương đạo đức Hồ Chí Minh.\n",
            ),
            extract(
                "new.txt",
                "Tin tức\nĐảng ủy khối quán triệt Kế hoạch 03-KH/TW của Bộ Chính trị thực hiện \
                 Kết luận 21.\n",
            ),
        ];
        let r = resolve(&files);
        let of = |f: &str| {
            r.docs
                .iter()
                .find(|d| {
                    d.mentions
                        .iter()
                        .any(|m| &*m.file == f && m.surface.contains("03"))
                })
                .map(|d| d.id.clone())
        };
        assert_eq!(of("own.txt").as_deref(), Some("vn/tw/kh-tw/2021/3"));
        assert_eq!(of("new.txt"), of("own.txt"));
        assert!(of("old.txt").is_some());
        assert_ne!(of("old.txt"), of("own.txt"));
    }

    /// The Party's Quy định are one series whether written `QĐi` (2018-2019) or `QĐ`: the press's
    /// `Quy định số 08-QĐ/TW` is the nêu gương rule `08-QĐi/TW` of 2018.
    #[test]
    fn a_party_quy_dinh_keys_alike_in_both_spellings() {
        let files = [
            extract(
                "own.txt",
                "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 08-QĐi/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 25 \
                 tháng 10 năm 2018\nQUY ĐỊNH\nVỀ TRÁCH NHIỆM NÊU GƯƠNG CỦA CÁN BỘ, ĐẢNG VIÊN\n",
            ),
            extract(
                "news.txt",
                "Tin tức\nNgày 12/3/2019, Đảng ủy khối quán triệt Quy định số 08-QĐ/TW về trách \
                 nhiệm nêu gương của cán bộ, đảng viên.\n",
            ),
        ];
        let r = resolve(&files);
        let eights: Vec<_> = r
            .docs
            .iter()
            .filter(|d| d.number.as_deref() == Some("08"))
            .collect();
        assert_eq!(eights.len(), 1, "{:?}", r.docs);
        assert!(eights[0].mentions.iter().any(|m| &*m.file == "news.txt"));
    }

    #[test]
    fn the_province_of_a_short_form_said_to_be_the_provinces_decides() {
        let r = plans_29_and(
            &["Lạng Sơn", "Quảng Nam"],
            "Tin tức tỉnh Lạng Sơn\nCác sở, ngành của tỉnh Lạng Sơn đang thực hiện Kế hoạch 29 của tỉnh về phát triển giáo dục.\n",
        );
        let ls = doc(&r, "vn/lang-son/kh-ubnd/2019/29");
        let linked = ls.mentions.iter().any(|m| &*m.file == "news.txt");
        assert!(linked, "{:?}", r.diagnostics);
        assert!(!r
            .diagnostics
            .iter()
            .any(|d| d.code == "ambiguous-reference"));
    }

    /// `Quyết định số 18` with no symbol or body, in a text of Thái Nguyên, is a central
    /// document or Thái Nguyên's: Cao Bằng's 18/2013/QĐ-UBND, the only Quyết định 18 of the
    /// corpus, is cited with its province named. A Bắc Kạn decision, whose land joined Thái
    /// Nguyên's in 2025, may be.
    #[test]
    fn a_reference_of_no_place_is_no_other_provinces_document() {
        let decision = |name: &str, province: &str| {
            extract(
                name,
                &format!("ỦY BAN NHÂN DÂN\nTỈNH {}\nSố: 18/2013/QĐ-UBND\nNgày 10 tháng 9 năm 2013\n\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH QUẢN LÝ\n", province.to_uppercase()),
            )
        };
        let news = extract("news.txt", "Báo Thái Nguyên\nNgày 12/3/2018, UBND tỉnh Thái Nguyên phê duyệt danh sách người có uy tín được hưởng chính sách theo Quyết định số 18 về chính sách đối với người có uy tín.\n");
        assert_eq!(news.province.as_deref(), Some("Thái Nguyên"));
        let r = resolve(&[decision("cb.txt", "Cao Bằng"), news.clone()]);
        let cb = doc(&r, "vn/cao-bang/qd-ubnd/2013/18");
        assert!(cb.mentions.iter().all(|m| &*m.file != "news.txt"));
        let r = resolve(&[decision("bk.txt", "Bắc Kạn"), news]);
        let bk = doc(&r, "vn/bac-kan/qd-ubnd/2013/18");
        assert!(bk.mentions.iter().any(|m| &*m.file == "news.txt"));
    }

    /// One pair said to be carried out (`06/NQ-CP thực hiện 24-NQ/TW`, a database's headline)
    /// and carried on with (`... Chương trình hành động tiếp tục thực hiện 24-NQ/TW`): the link
    /// continues it. Under a title that says which, the title decides (the seeds' 156/KH-UBND
    /// `Thực hiện Kết luận số 51-KL/TW`, whose body goes on with it).
    #[test]
    fn carrying_on_says_more_than_carrying_out() {
        let news = extract(
            "a.txt",
            "Tin tức\nNghị quyết 06/NQ-CP ngày 21/01/2021 của Chính phủ thực hiện Nghị quyết số \
             24-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng.\nNghị quyết 06/NQ-CP \
             ngày 21/01/2021 của Chính phủ ban hành Chương trình hành động tiếp tục thực hiện \
             Nghị quyết số 24-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng.\n",
        );
        let r = resolve_refs(&[&news]);
        let rels: Vec<Relation> = r.links.iter().map(|l| l.relation).collect();
        assert_eq!(rels, [Relation::Continues]);
        let plan = extract(
            "b.txt",
            "TỈNH ỦY LÀO CAI\n*\nSố 168-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 20 tháng 8 \
             năm 2019\n\nKẾ HOẠCH\nTHỰC HIỆN KẾT LUẬN SỐ 51-KL/TW NGÀY 30/5/2019 CỦA BAN BÍ THƯ\n\
             -----\n\n1. Tiếp tục thực hiện Kết luận số 51-KL/TW, kế thừa các kết quả.\n",
        );
        let r = resolve_refs(&[&plan]);
        let rels: Vec<Relation> = r.links.iter().map(|l| l.relation).collect();
        assert_eq!(rels, [Relation::Implements]);
    }

    /// A yearly plan whose preamble says what it carries out and rests on (`Thực hiện Nghị
    /// quyết số 30c/NQ-CP ...;` / `Căn cứ Kế hoạch số 18/KH-UBND ...`) and whose first
    /// objective goes on with the work (`Tiếp tục đẩy mạnh thực hiện ... theo` both): the
    /// preamble's relations stand. Without a preamble statement the objective's wording types
    /// the link.
    #[test]
    fn a_task_of_the_body_does_not_undo_the_preamble() {
        let plan = |preamble: &str| {
            extract(
                "kh.txt",
                &format!(
                    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 87/KH-UBND\nTuyên Quang, ngày 10 \
                     tháng 12 năm 2013\n\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH TỈNH TUYÊN QUANG NĂM \
                     2014\n{preamble}Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính \
                     năm 2014, cụ thể như sau:\nI. MỤC TIÊU\n1. Tiếp tục\nđẩy mạnh thực hiện \
                     có hiệu quả các nội dung công tác cải cách hành chính theo Nghị quyết số \
                     30c/NQ-CP ngày 08/11/2011 của Chính phủ; Kế hoạch số 18/KH-UBND ngày 29/3/2012 về cải \
                     cách hành chính tỉnh Tuyên Quang giai đoạn 2011 - 2015.\n"
                ),
            )
        };
        let relations = |x: &FileExtract| {
            let r = resolve_refs(&[x]);
            let mut rels: Vec<(String, Relation)> = r
                .links
                .iter()
                .map(|l| (l.to.to_string(), l.relation))
                .collect();
            rels.sort();
            rels
        };
        let stated = plan(
            "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ về ban hành \
             Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;\nCăn \
             cứ Kế hoạch số 18/KH-UBND ngày\n29/3/2012 của Ủy ban nhân dân tỉnh về cải cách \
             hành chính giai đoạn 2011 - 2015,\n",
        );
        assert_eq!(
            relations(&stated),
            [
                (
                    "vn/tuyen-quang/kh-ubnd/2012/18".to_string(),
                    Relation::BasedOn
                ),
                ("vn/tw/nq-cp/2011/30c".to_string(), Relation::Implements),
            ]
        );
        assert_eq!(
            relations(&plan("")),
            [
                (
                    "vn/tuyen-quang/kh-ubnd/2012/18".to_string(),
                    Relation::Continues
                ),
                ("vn/tw/nq-cp/2011/30c".to_string(), Relation::Continues),
            ]
        );
    }

    /// A legal database's note on a Council resolution, `đã được thay thế bởi Quyết định ...
    /// -UBND`: the People's Committee's decision lists the resolution as expired, it cannot
    /// replace it; the link is a citation, with a note. The Committee's decision replacing its
    /// own earlier one, or the Council's resolution replacing the Committee's, stays.
    #[test]
    fn a_lower_bodys_text_does_not_replace_a_higher_bodys() {
        let page = extract(
            "nq.txt",
            "Nghị quyết 12/2016/NQ-HĐND quy định mức chi hỗ trợ tỉnh Hà Nam đã được thay thế bởi \
             Quyết định 253/QĐ-UBND ngày 10/2/2021 của UBND tỉnh Hà Nam công bố Danh mục văn bản \
             quy phạm pháp luật hết hiệu lực.\n\
             HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/2016/NQ-HĐND\n\
             Hà Nam, ngày 14 tháng 7 năm 2016\nNGHỊ QUYẾT\nQuy định mức chi hỗ trợ\n\
             Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
        );
        let decision = extract(
            "qd.txt",
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 30/2021/QĐ-UBND\n\
             Hà Nam, ngày 5 tháng 8 năm 2021\nQUYẾT ĐỊNH\nVề mức thu phí\n\
             Quyết định này thay thế Quyết định số 18/2017/QĐ-UBND ngày 2/3/2017 của UBND tỉnh \
             Hà Nam và bãi bỏ Nghị quyết số 40/2018/NQ-HĐND ngày 7/12/2018 của HĐND tỉnh Hà Nam.\n",
        );
        let council = extract(
            "nq2.txt",
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ NAM\nSố: 25/2022/NQ-HĐND\n\
             Hà Nam, ngày 9 tháng 12 năm 2022\nNGHỊ QUYẾT\nVề mức hỗ trợ\n\
             Nghị quyết này thay thế Quyết định số 30/2021/QĐ-UBND ngày 5/8/2021 của UBND tỉnh \
             Hà Nam.\n",
        );
        let r = resolve_refs(&[&page, &decision, &council]);
        let rel = |from: &str, to: &str| {
            r.links
                .iter()
                .find(|l| l.from.contains(from) && l.to.contains(to))
                .map(|l| l.relation)
        };
        assert_eq!(
            rel("qd-ubnd/2021/253", "nq-hdnd/2016/12"),
            Some(Relation::Cites)
        );
        assert!(r
            .diagnostics
            .iter()
            .any(|d| d.code == "change-by-lower-body" && d.message.contains("253/QĐ-UBND")));
        assert_eq!(
            rel("qd-ubnd/2021/30", "qd-ubnd/2017/18"),
            Some(Relation::Replaces)
        );
        assert_eq!(
            rel("qd-ubnd/2021/30", "nq-hdnd/2018/40"),
            Some(Relation::Cites)
        );
        assert_eq!(
            rel("nq-hdnd/2022/25", "qd-ubnd/2021/30"),
            Some(Relation::Replaces)
        );
    }

    /// `Nghị quyết 120` after `Nghị quyết số 120/NQ-CP` undated in the same text is that one,
    /// wherever it resolves; after two undated full forms of the number it is neither.
    #[test]
    fn a_short_form_follows_its_texts_undated_full_form() {
        let one = extract("one.txt", "Tin tức\nNgày 5/3/2019, Bộ Tài nguyên và Môi trường tổ chức hội nghị về đẩy mạnh thực hiện Nghị quyết số 120/NQ-CP về phát triển bền vững đồng bằng sông Cửu Long. Hội nghị đánh giá kết quả 2 năm thực hiện Nghị quyết 120.\n");
        let two = extract("two.txt", "Tin tức\nNgày 6/3/2019, tỉnh Hậu Giang triển khai Nghị quyết số 120/NQ-CP của Chính phủ và Nghị quyết số 120/NQ-HĐND của HĐND tỉnh. Nghị quyết 120 được đánh giá cao.\n");
        let r = resolve(&[one, two]);
        let cp = doc(&r, "vn/tw/nq-cp/undated/120");
        let in_file = |file: &str| cp.mentions.iter().filter(|m| &*m.file == file).count();
        assert_eq!(in_file("one.txt"), 2);
        assert_eq!(in_file("two.txt"), 1);
    }

    /// `Nghị quyết 35 của HĐND tỉnh ... theo Nghị quyết số 35`: the bare short form repeats
    /// the council's resolution its text named, not the Politburo's 35-NQ/TW the corpus holds;
    /// in a text that names the number with two issuers, the bare one is left as before.
    #[test]
    fn a_bare_short_form_repeats_its_texts_issuer() {
        let tw = extract("tw.txt", "Tin tức\nNgày 5/11/2018, Tỉnh ủy quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.\n");
        let news = extract("news.txt", "Tin tức\nHội Nông dân xã triển khai hướng dẫn thực hiện Nghị quyết 35 của HĐND tỉnh về phát triển kinh tế vườn; việc hỗ trợ được thực hiện theo Nghị quyết số 35.\n");
        let r = resolve(&[tw, news]);
        let d = doc(&r, "vn/tw/nq-tw/2018/35");
        assert!(
            d.mentions.iter().all(|m| &*m.file == "tw.txt"),
            "{:?}",
            d.mentions
        );
        // (Two issuers of the number: the bare one is neither's by this rule.)
        let tw = extract("tw.txt", "Tin tức\nNgày 5/11/2018, Tỉnh ủy quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.\n");
        let both = extract("both.txt", "Tin tức\nHội nghị quán triệt Nghị quyết 35 của Bộ Chính trị và Nghị quyết 35 của HĐND tỉnh về kinh tế vườn; trọng tâm là Nghị quyết số 35.\n");
        let r = resolve(&[tw, both]);
        let d = doc(&r, "vn/tw/nq-tw/2018/35");
        assert_eq!(
            d.mentions.iter().filter(|m| &*m.file == "both.txt").count(),
            2
        );
    }

    /// `Nghị quyết số 12, ngày 16/3/2022 của Bộ Chính trị`, which the title table makes
    /// 12-NQ/TW, and later in the text a bare `Nghị quyết số 12`: the bare one is that
    /// resolution, though the corpus holds the Government's 12/NQ-CP too.
    #[test]
    fn a_bare_short_form_follows_its_texts_dated_short_form() {
        let cp = extract("cp.txt", "Tin tức\nNgày 2/3/2019, Chính phủ ban hành Nghị quyết số 12/NQ-CP ngày 19/02/2019 về tăng cường bảo đảm trật tự an toàn giao thông.\n");
        let news = extract("news.txt", "Tin tức\nCông an tỉnh triển khai thực hiện Nghị quyết số 12, ngày 16/3/2022 của Bộ Chính trị về đẩy mạnh xây dựng lực lượng Công an nhân dân. Đảng ủy Công an Trung ương đã ban hành Kế hoạch về thực hiện Nghị quyết số 12.\n");
        let r = resolve(&[cp, news]);
        let tw = doc(&r, "vn/tw/nq-tw/2022/12");
        assert_eq!(
            tw.mentions
                .iter()
                .filter(|m| &*m.file == "news.txt")
                .count(),
            2
        );
        assert!(!r
            .diagnostics
            .iter()
            .any(|d| d.code == "ambiguous-reference"));
        // Not a date the title table gave a plenum: the list of related items below is of
        // other news, and names the 29 of 2013.
        let old = extract("old.txt", "Tin tức\nNgày 5/12/2013, Tỉnh ủy quán triệt Nghị quyết số 29-NQ/TW ngày 04/11/2013 về đổi mới căn bản, toàn diện giáo dục và đào tạo.\n");
        let new = extract("new.txt", "Tin tức\nNgày 6/2/2023, Tỉnh ủy ban hành Chương trình hành động số 65-CTr/TU thực hiện Nghị quyết số 29 của Hội nghị Trung ương 6 khóa XIII về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.\n\nTin liên quan:\n- Tỉnh ủy ban hành Chương trình hành động số 38-CTr/TU thực hiện Nghị quyết 29 về đổi mới giáo dục (21/3/2014)\n");
        let r = resolve(&[old, new]);
        let tw = doc(&r, "vn/tw/nq-tw/2022/29");
        assert_eq!(tw.mentions.iter().filter(|m| m.line == 5).count(), 0);
    }

    /// `Nghị quyết 07-NQ/TU của Tỉnh ủy (khóa XIV)` is not the 07-NQ/TU its text dates
    /// 09/8/2021: a province's Party committee numbers each term afresh, and its terms are its
    /// own; a central term holds the donor's year or not.
    #[test]
    fn a_stated_term_is_no_other_dated_mentions() {
        let x = extract("news.txt", "Tin tức\nNgày 09/8/2021, Tỉnh ủy Thừa Thiên Huế đã ban hành Nghị quyết số 07-NQ/TU về khoa học - công nghệ giai đoạn 2021 - 2025. Sau gần 10 năm thực hiện Nghị quyết 07-NQ/TU của Tỉnh ủy (khóa XIV) về khoa học - công nghệ giai đoạn 2011 - 2015, tỉnh đạt nhiều kết quả. Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết 18-NQ/TW (khóa XII) được quán triệt.\n");
        let r = resolve(&[x]);
        assert_eq!(doc(&r, "vn/thua-thien-hue/nq-tu/2021/7").mentions.len(), 1);
        assert_eq!(
            doc(&r, "vn/thua-thien-hue/nq-tu/khoa-xiv/7").mentions.len(),
            1
        );
        assert_eq!(doc(&r, "vn/tw/nq-tw/2017/18").mentions.len(), 2);
    }

    /// `Nghị quyết số 202/2025 của Quốc hội` in a news item: a number that holds its year is
    /// the Assembly's 202/2025/QH15, not the Government's 202/NQ-CP of the same year.
    #[test]
    fn a_number_with_its_year_is_a_legal_documents() {
        let files = [
            extract("qh.txt", "QUỐC HỘI\nSố: 202/2025/QH15\nHà Nội, ngày 12 tháng 6 năm 2025\n\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP TỈNH\n"),
            extract("cp.txt", "CHÍNH PHỦ\nSố: 202/NQ-CP\nHà Nội, ngày 30 tháng 6 năm 2025\n\nNGHỊ QUYẾT\nVỀ MỘT SỐ NHIỆM VỤ\n"),
            extract("news.txt", "Tin tức\nTheo Nghị quyết số 202/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, tỉnh Quảng Ngãi mới được thành lập.\n"),
        ];
        let r = resolve(&files);
        let qh = doc(&r, "vn/tw/qh15/2025/202");
        assert!(
            qh.mentions.iter().any(|m| &*m.file == "news.txt"),
            "{:?}",
            r.diagnostics
        );
        assert!(
            !r.diagnostics
                .iter()
                .any(|d| d.code == "ambiguous-reference"),
            "{:?}",
            r.diagnostics
        );
    }

    /// Each document's id and the files that mention it, of three news items that write
    /// `sentence` with the three dates in place of `{date}`, in order of ids.
    fn ids_of_dated(sentence: &str, dates: [&str; 3]) -> Vec<(String, Vec<String>)> {
        let aliases = crate::aliases::AliasTable::builtin();
        let files: Vec<FileExtract> = ["a.txt", "b.txt", "c.txt"]
            .iter()
            .zip(dates)
            .map(|(name, date)| {
                let text = format!("Tin tức\n{}\n", sentence.replace("{date}", date));
                crate::extract::extract(name, &crate::normalize::normalize(&text), &aliases)
            })
            .collect();
        let r = resolve(&files);
        let mut ids: Vec<(String, Vec<String>)> = r
            .docs
            .iter()
            .map(|d| {
                let files = d.mentions.iter().map(|m| m.file.to_string()).collect();
                (d.id.clone(), files)
            })
            .collect();
        ids.sort();
        ids
    }

    /// Two news items that place no province cite `Nghị quyết số 20/NQ-HĐND` of 2021 with two
    /// dates: every council numbers its own from 1 each year, so they are two documents (the
    /// date in the id); the same date in a third joins its document.
    #[test]
    fn unplaced_local_documents_of_other_dates_are_others() {
        let ids = ids_of_dated(
            "Các sở, ngành thực hiện Nghị quyết số 20/NQ-HĐND ngày {date} của HĐND tỉnh về đầu tư công.",
            ["23/9/2021", "10/7/2021", "23/9/2021"],
        );
        let want = [
            ("vn/unscoped/nq-hdnd/2021-07-10/20", vec!["b.txt"]),
            ("vn/unscoped/nq-hdnd/2021-09-23/20", vec!["a.txt", "c.txt"]),
        ]
        .map(|(id, files)| {
            (
                id.to_string(),
                files.iter().map(|f| f.to_string()).collect(),
            )
        });
        assert_eq!(ids, want);
    }

    /// Two Bình Thuận news items cite `Nghị quyết số 12/NQ-HĐND` of 2017 `của Hội đồng nhân
    /// dân huyện`, an unnamed district's, with two dates: the province has ten district
    /// councils, each numbering its own, so they are two documents; the same date in a third
    /// joins its document.
    #[test]
    fn unnamed_district_documents_of_other_dates_are_others() {
        let ids = ids_of_dated(
            "Huyện ủy triển khai nhiệm vụ bảo hiểm y tế trên địa bàn tỉnh Bình Thuận theo Nghị quyết số 12/NQ-HĐND ngày {date} của Hội đồng nhân dân huyện.",
            ["19/12/2017", "20/12/2017", "19/12/2017"],
        );
        assert_eq!(ids.len(), 2, "{ids:?}");
        assert_eq!(ids[0].1, ["a.txt", "c.txt"]);
        assert_eq!(ids[1].1, ["b.txt"]);
    }

    /// `Chương trình hành động số 01-CT/TU ngày 09/10/2020 của Ban Chấp hành Đảng bộ tỉnh`
    /// (a programme written with a directive's letters) and `Chỉ thị số 01-CT/TU ngày
    /// 15/12/2020 của Ban Thường vụ Tỉnh ủy Quảng Ninh`: a committee numbers its programmes
    /// and its directives apart, so they are two documents; a programme written `01-CTr/TU` of
    /// that year is the first.
    #[test]
    fn a_programme_written_with_a_directives_letters_is_no_directive() {
        let aliases = crate::aliases::AliasTable::builtin();
        let extract = |name: &str, text: &str| {
            crate::extract::extract(name, &crate::normalize::normalize(text), &aliases)
        };
        let files = [
            extract("a.txt", "Tin tức\nTỉnh ủy Quảng Ninh sơ kết việc thực hiện Chương trình hành động số 01-CT/TU ngày 09/10/2020 của Ban Chấp hành Đảng bộ tỉnh Quảng Ninh.\n"),
            extract("b.txt", "Tin tức\nCác cấp ủy quán triệt Chỉ thị số 01-CT/TU ngày 15/12/2020 của Ban Thường vụ Tỉnh ủy Quảng Ninh về công tác tết.\n"),
            extract("c.txt", "Tin tức\nHuyện ủy Vân Đồn thực hiện Chương trình hành động số 01-CTr/TU ngày 09/10/2020 của Tỉnh ủy Quảng Ninh.\n"),
        ];
        let r = resolve(&files);
        let mut ids: Vec<(&str, Vec<&str>)> = r
            .docs
            .iter()
            .filter(|d| d.id.starts_with("vn/quang-ninh/"))
            .map(|d| (d.id.as_str(), d.mentions.iter().map(|m| &*m.file).collect()))
            .collect();
        ids.sort();
        assert_eq!(
            ids,
            [
                ("vn/quang-ninh/ct-tu/2020/1", vec!["b.txt"]),
                ("vn/quang-ninh/ctr-tu/2020/1", vec!["a.txt", "c.txt"]),
            ]
        );
    }

    /// `Kế hoạch số 122-KH/TU ngày 7/5/2019 ... về việc thực hiện Nghị quyết số 33-NQ/TW`: the
    /// resolution a plan of 2019 carries out is not the 33-NQ/TW of 2023 another item names;
    /// a plan of 2024 may carry out either, and the text does not say which.
    #[test]
    fn what_a_dated_document_acts_on_is_older_than_it() {
        let aliases = crate::aliases::AliasTable::builtin();
        let extract = |name: &str, text: &str| {
            crate::extract::extract(name, &crate::normalize::normalize(text), &aliases)
        };
        let tw = |name: &str, date: &str| {
            extract(name, &format!("Tin tức\nQuán triệt Nghị quyết số 33-NQ/TW, ngày {date} của Bộ Chính trị về chiến lược bảo vệ biên giới quốc gia.\n"))
        };
        let plan = |date: &str| {
            extract("c.txt", &format!("Tin tức\nĐảng ủy Bộ đội Biên phòng tỉnh Tây Ninh tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 122-KH/TU ngày {date} về việc thực hiện Nghị quyết số 33-NQ/TW.\n"))
        };
        let linked = |r: &Resolved| -> Vec<String> {
            r.docs
                .iter()
                .filter(|d| {
                    d.id.starts_with("vn/tw/nq-tw/")
                        && d.mentions.iter().any(|m| &*m.file == "c.txt")
                })
                .map(|d| d.id.clone())
                .collect()
        };
        let r = resolve(&[
            tw("a.txt", "28/9/2018"),
            tw("b.txt", "28/9/2023"),
            plan("7/5/2019"),
        ]);
        assert_eq!(linked(&r), ["vn/tw/nq-tw/2018/33"]);
        let r = resolve(&[
            tw("a.txt", "28/9/2018"),
            tw("b.txt", "28/9/2023"),
            plan("7/5/2024"),
        ]);
        assert!(linked(&r).is_empty());
        assert!(r
            .diagnostics
            .iter()
            .any(|d| d.code == "ambiguous-reference"));
    }

    #[test]
    fn how_groups_are_sharded_changes_nothing() {
        let files = fixture_extracts();
        assert!(files.len() > 40, "{} fixture files", files.len());
        let refs: Vec<&FileExtract> = files.iter().collect();
        let one = resolve_inner(&refs, true, None, 1);
        assert!(one.docs.len() > 100 && !one.diagnostics.is_empty());
        let one = format!("{one:?}");
        for shards in [2, 7, SHARDS] {
            let r = format!("{:?}", resolve_inner(&refs, true, None, shards));
            assert!(r == one, "{shards} shards resolve otherwise than one");
        }
    }

    /// A news item that names no province cites `Kế hoạch số 29/KH-UBND`: one province's
    /// document of that number and year is no reason to take it for that one, unless the
    /// dates agree. (A text that names its province links its short forms as before.)
    #[test]
    fn a_local_document_the_text_does_not_place_joins_one_only_by_its_date() {
        let mentioned = |r: &Resolved| {
            r.docs
                .iter()
                .find(|d| d.id == "vn/lang-son/kh-ubnd/2019/29")
                .expect("Lạng Sơn's plan")
                .mentions
                .iter()
                .any(|m| &*m.file == "news.txt")
        };
        let undated = plans_29_and(
            &["Lạng Sơn"],
            "Tin tức\nCác sở, ngành đang thực hiện Kế hoạch số 29/KH-UBND năm 2019 của UBND tỉnh về phát triển giáo dục.\n",
        );
        assert!(!mentioned(&undated));
        assert!(undated
            .diagnostics
            .iter()
            .any(|d| d.code == "unplaced-reference"
                && d.message.contains("vn/lang-son/kh-ubnd/2019/29")));
        let dated = plans_29_and(
            &["Lạng Sơn"],
            "Tin tức\nCác sở, ngành đang thực hiện Kế hoạch số 29/KH-UBND ngày 20/5/2019 của UBND tỉnh về phát triển giáo dục.\n",
        );
        assert!(mentioned(&dated), "{:?}", dated.diagnostics);
        let placed = plans_29_and(
            &["Lạng Sơn"],
            "Tin tức tỉnh Lạng Sơn\nCác sở, ngành đang thực hiện Kế hoạch 29 về phát triển giáo dục.\n",
        );
        assert!(mentioned(&placed), "{:?}", placed.diagnostics);
    }

    /// `Kế hoạch số 08/KH-UBND ngày 10/01/2025 của UBND tỉnh Tuyên Quang` cited in 2025 is not
    /// the new Tuyên Quang's `Số: 08/KH-UBND` of 15 July 2025: the merger of 1 July made a new
    /// People's Committee, which numbered anew. A province the merger left as it was keeps one
    /// document and a date conflict.
    #[test]
    fn a_citation_from_before_the_2025_merger_is_not_the_new_provinces_document() {
        let aliases = crate::aliases::AliasTable::builtin();
        let ids = |province: &str| {
            let own = format!(
                "ỦY BAN NHÂN DÂN\nTỈNH {}\nSố: 08/KH-UBND\n{province}, ngày 15 tháng 7 năm 2025\n\nKẾ HOẠCH\nThực hiện Kết luận số 137-KL/TW\n\nThực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư, UBND tỉnh ban hành Kế hoạch.\n",
                province.to_uppercase()
            );
            let news = format!(
                "Tin tức\nNgày 20/01/2025, các sở triển khai Kế hoạch số 08/KH-UBND ngày 10/01/2025 của UBND tỉnh {province} về chuyển đổi số.\n"
            );
            let files: Vec<FileExtract> = [("own.txt", own), ("news.txt", news)]
                .iter()
                .map(|(n, t)| crate::extract::extract(n, &crate::normalize::normalize(t), &aliases))
                .collect();
            let mut ids: Vec<String> = resolve(&files)
                .docs
                .into_iter()
                .filter(|d| d.id.contains("/kh-ubnd/"))
                .map(|d| d.id)
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(
            ids("Tuyên Quang"),
            [
                "vn/tuyen-quang/kh-ubnd/2025-01-10/8",
                "vn/tuyen-quang/kh-ubnd/2025/8"
            ]
        );
        assert_eq!(ids("Lạng Sơn"), ["vn/lang-son/kh-ubnd/2025/8"]);
    }

    /// Two texts that place no province cite `Quyết định số 30/2013/QĐ-UBND`: two provinces'
    /// decisions, perhaps; one document only when their dates agree.
    #[test]
    fn two_unplaced_texts_share_a_local_document_only_by_its_date() {
        let aliases = crate::aliases::AliasTable::builtin();
        let nodes = |a: &str, b: &str| {
            let files: Vec<FileExtract> = [("a.txt", a), ("b.txt", b)]
                .iter()
                .map(|(n, t)| crate::extract::extract(n, &crate::normalize::normalize(t), &aliases))
                .collect();
            resolve(&files)
                .docs
                .iter()
                .filter(|d| d.number.as_deref() == Some("30"))
                .count()
        };
        let undated =
            "Tin tức\nQuyết định số 30/2013/QĐ-UBND của UBND tỉnh về phí đã hết hiệu lực.\n";
        let dated = "Tin tức\nQuyết định số 30/2013/QĐ-UBND ngày 09/07/2013 của UBND tỉnh về phí đã hết hiệu lực.\n";
        assert_eq!(nodes(undated, undated), 2);
        assert_eq!(nodes(dated, dated), 1);
        // So too letters no table knows: a women's union's executive committee (`BCH`) numbers
        // its resolutions afresh each term, in every province and district.
        let undated = "Tin tức\nHội nghị quán triệt Nghị quyết số 30/NQ-BCH của Ban Chấp hành Hội Liên hiệp Phụ nữ.\n";
        let dated = "Tin tức\nHội nghị quán triệt Nghị quyết số 30/NQ-BCH ngày 12/5/2022 của Ban Chấp hành Hội Liên hiệp Phụ nữ.\n";
        assert_eq!(nodes(undated, undated), 2);
        assert_eq!(nodes(dated, dated), 1);
        assert_eq!(nodes(dated, &dated.replace("12/5", "20/6")), 2);
    }

    /// What a body has just signed (`vừa ký Quyết định số 07`) in a news item of 2026 is a
    /// decision of 2026, not the Prime Minister's 07/QĐ-TTg of 2015 that a plan cites.
    #[test]
    fn a_number_just_signed_is_of_the_news_items_year() {
        let news = "Tin tức\nThứ Bảy, 10/01/2026 - 09:00\nCục trưởng Cục Quản lý và Phát triển thị trường trong nước vừa ký Quyết định số 07 về việc thành lập các đoàn kiểm tra.\n";
        let plan = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 5 tháng 3 năm 2016\nKẾ HOẠCH\nVề du lịch\n\nThực hiện Quyết định số 07/QĐ-TTg ngày 02/3/2015 của Thủ tướng Chính phủ;\n";
        let r = resolve(&[extract("a.txt", news), extract("b.txt", plan)]);
        let pm = doc(&r, "vn/tw/qd-ttg/2015/7");
        assert!(
            pm.mentions.iter().all(|m| &*m.file == "b.txt"),
            "{:?}",
            pm.mentions
        );
    }

    /// Two texts date 490/QĐ-TTg two ways, one each: the decision whose legal basis states the
    /// date outweighs the page read as news, whichever file comes first; a third text that
    /// states the other date outweighs both.
    #[test]
    fn a_tie_of_dates_goes_to_the_documents_own_texts() {
        let news = extract(
            "a_news.txt",
            "Tin tức\nCăn cứ Quyết định số 490/QĐ-TTg ngày 05/7/2018 của Thủ tướng Chính phủ.\n",
        );
        let decision = extract(
            "b_decision.txt",
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 3989/QĐ-UBND\nQuảng Bình, ngày 20 tháng 11 \
             năm 2018\nQUYẾT ĐỊNH\nVề Chương trình mỗi xã một sản phẩm\nCăn cứ Quyết định số \
             490/QĐ-TTg ngày 07/5/2018 của Thủ tướng Chính phủ;\n",
        );
        let date =
            |files: &[FileExtract]| doc(&resolve(files), "vn/tw/qd-ttg/2018/490").date.clone();
        assert_eq!(
            date(&[news.clone(), decision.clone()]).as_deref(),
            Some("2018-05-07")
        );
        let more = extract(
            "c_news.txt",
            "Tin tức\nQuyết định số 490/QĐ-TTg ngày 05/7/2018 của Thủ tướng Chính phủ.\n",
        );
        assert_eq!(date(&[news, decision, more]).as_deref(), Some("2018-07-05"));
    }
}
