//! What vbgraph knows of the Vietnamese document system without reading any file: document
//! types and their abbreviations (decree 30/2020 appendix I; Party guidance 36-HD/VPTW), the
//! provinces (63 before the 1 July 2025 merger, and the 34 after), the central bodies and how
//! issuer phrases name them, and the Party congress terms (khóa).

use crate::model::{FastMap, Scope, System};
use crate::normalize::{fold, fold_words};

/// A document type: the name as written, the abbreviations used in symbols.
pub struct DocType {
    pub name: &'static str,
    /// Other ways the type word is written in running text (longest first in the pattern).
    pub variants: &'static [&'static str],
    /// Abbreviations in State symbols (decree 30/2020, appendix I).
    pub state: &'static [&'static str],
    /// Abbreviations in Party symbols (Hướng dẫn 36-HD/VPTW; real text also writes `Ctr`, `QĐi`).
    pub party: &'static [&'static str],
}

/// DOMAIN.md "Type abbreviations". Order matters only for display.
pub const DOC_TYPES: &[DocType] = &[
    // (Of the Government or the Standing Committee with the Fatherland Front's Presidium:
    // `19/2008/NQLT/CP-UBTƯMTTQVN`, `09/2021/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN`.)
    DocType {
        name: "Nghị quyết liên tịch",
        variants: &[],
        state: &["NQLT"],
        party: &[],
    },
    DocType {
        name: "Nghị quyết",
        variants: &[],
        state: &["NQ"],
        party: &["NQ"],
    },
    DocType {
        name: "Kết luận",
        // (An inspection's conclusion, `Kết luận thanh tra số 602/KL-TTCP` of Thanh tra Chính
        // phủ, `15/KL-TTr` of a province's Thanh tra; a check's, `Kết luận kiểm tra`.)
        variants: &["Kết luận thanh tra", "Kết luận kiểm tra"],
        state: &["KL"],
        party: &["KL"],
    },
    DocType {
        name: "Chỉ thị",
        variants: &[],
        state: &["CT"],
        party: &["CT"],
    },
    DocType {
        name: "Chương trình",
        variants: &["Chương trình hành động"],
        state: &["CTr"],
        // (`02-CTrHĐ/TU`, `09-CTrHĐ/ĐU`: some committees spell the action programme out.)
        party: &["CTr", "CTrHĐ"],
    },
    DocType {
        name: "Kế hoạch",
        // (A type line with its qualifier, `KẾ HOẠCH HÀNH ĐỘNG`: the head word is the type.)
        variants: &["Kế hoạch hành động"],
        state: &["KH"],
        party: &["KH"],
    },
    DocType {
        name: "Quyết định",
        variants: &[],
        state: &["QĐ"],
        party: &["QĐ"],
    },
    DocType {
        name: "Quy định",
        variants: &[],
        state: &["QyĐ"],
        // (The Party's Quy định were `QĐ` until 2018, as its Quyết định are: 205-QĐ/TW.)
        party: &["QĐi", "QyĐ", "QĐ"],
    },
    DocType {
        name: "Quy chế",
        variants: &[],
        // (`QCPH`: a Quy chế phối hợp of two bodies, `01/QCPH/UBND-UBMTTQ`.)
        state: &["QC", "QCPH"],
        party: &["QC"],
    },
    DocType {
        name: "Thông tư liên tịch",
        variants: &[],
        state: &["TTLT"],
        party: &[],
    },
    DocType {
        name: "Thông tư",
        variants: &[],
        state: &["TT"],
        party: &[],
    },
    DocType {
        name: "Thông tri",
        variants: &[],
        state: &[],
        party: &["TT"],
    },
    DocType {
        name: "Nghị định",
        variants: &[],
        state: &["NĐ"],
        party: &[],
    },
    DocType {
        name: "Luật",
        variants: &[],
        state: &[],
        party: &[],
    },
    DocType {
        name: "Pháp lệnh",
        variants: &[],
        state: &[],
        party: &[],
    },
    DocType {
        name: "Đề án",
        variants: &[],
        state: &["ĐA"],
        party: &["ĐA"],
    },
    DocType {
        name: "Dự án",
        variants: &[],
        state: &["DA"],
        party: &[],
    },
    DocType {
        name: "Hướng dẫn",
        // (Departments' joint guidance, `HƯỚNG DẪN LIÊN NGÀNH`, `835/HDLN-STNMT-STC-KBNN`.)
        variants: &["Hướng dẫn liên ngành", "Hướng dẫn liên tịch"],
        state: &["HD", "HDLN"],
        party: &["HD"],
    },
    DocType {
        name: "Thông báo",
        variants: &[],
        state: &["TB"],
        party: &["TB"],
    },
    DocType {
        name: "Thông cáo",
        variants: &[],
        state: &["TC"],
        party: &[],
    },
    DocType {
        name: "Báo cáo",
        variants: &[],
        state: &["BC"],
        party: &["BC"],
    },
    DocType {
        name: "Tờ trình",
        variants: &[],
        state: &["TTr"],
        party: &["TTr"],
    },
    DocType {
        name: "Công điện",
        variants: &[],
        state: &["CĐ"],
        party: &[],
    },
    DocType {
        name: "Phương án",
        variants: &[],
        state: &["PA"],
        party: &[],
    },
    DocType {
        name: "Công văn",
        variants: &[],
        state: &[],
        // (A Party body's letter: `Số 29-CV/TC-NV` of a district committee's organising
        // office, `Công văn số 123-CV/TU`.)
        party: &["CV"],
    },
    // A consolidated text (`25/VBHN-VPQH`): a law and its amendments in one text, made by the
    // body that issued them or its office; it carries the law's type line (`LUẬT`).
    DocType {
        name: "Văn bản hợp nhất",
        variants: &[],
        state: &["VBHN"],
        party: &[],
    },
];

/// Whether documents of this type are numbered with their year when they are legal documents
/// (`72/2025/QH15`, `100/2019/NĐ-CP`, `12/2020/QĐ-UBND`, `05/2021/TT-BGDĐT`): laws,
/// ordinances, decrees, resolutions, circulars, decisions and directives (the Law on legal
/// documents numbers them `number/year/symbol`).
pub fn numbered_with_year(doc_type: &str) -> bool {
    matches!(
        doc_type,
        "Luật"
            | "Pháp lệnh"
            | "Nghị định"
            | "Nghị quyết"
            | "Nghị quyết liên tịch"
            | "Thông tư"
            | "Thông tư liên tịch"
            | "Quyết định"
            | "Chỉ thị"
    )
}

/// Canonical type for a type word as written (`KẾ HOẠCH`, `chương trình hành động`).
pub fn type_by_word(word: &str) -> Option<&'static str> {
    static FOLDED: std::sync::LazyLock<Vec<(String, &'static str)>> =
        std::sync::LazyLock::new(|| {
            DOC_TYPES
                .iter()
                .flat_map(|t| {
                    std::iter::once(t.name)
                        .chain(t.variants.iter().copied())
                        .map(move |n| (fold_words(n), t.name))
                })
                .collect()
        });
    let w = fold_words(word);
    FOLDED.iter().find(|(f, _)| *f == w).map(|(_, n)| *n)
}

/// Every province name and alias, folded, with the province it names.
fn folded_province_names() -> &'static [(String, &'static str)] {
    static FOLDED: std::sync::LazyLock<Vec<(String, &'static str)>> =
        std::sync::LazyLock::new(|| {
            all_provinces()
                .flat_map(|p| {
                    std::iter::once(p.name)
                        .chain(p.aliases.iter().copied())
                        .map(move |n| (fold_words(n), p.name))
                })
                .filter(|(k, _)| !k.is_empty())
                .collect()
        });
    &FOLDED
}

/// Canonical spelling of a type abbreviation (`CTR` → `CTr`, `QĐI` → `QĐi`) in a system.
pub fn canonical_abbr(abbr: &str, system: System) -> Option<&'static str> {
    let f = fold(abbr);
    folded_abbrs(system)
        .iter()
        .find(|(k, _, _)| *k == f)
        .map(|(_, a, _)| *a)
}

/// The abbreviations of a system in table order: (folded, as written, type).
fn folded_abbrs(system: System) -> &'static [(String, &'static str, &'static str)] {
    type Abbrs = Vec<(String, &'static str, &'static str)>;
    fn make(system: System) -> Abbrs {
        DOC_TYPES
            .iter()
            .flat_map(|t| {
                let list = match system {
                    System::Party => t.party,
                    System::State => t.state,
                };
                list.iter().map(move |a| (fold(a), *a, t.name))
            })
            .collect()
    }
    static PARTY: std::sync::LazyLock<Abbrs> = std::sync::LazyLock::new(|| make(System::Party));
    static STATE: std::sync::LazyLock<Abbrs> = std::sync::LazyLock::new(|| make(System::State));
    match system {
        System::Party => &PARTY,
        System::State => &STATE,
    }
}

/// Type named by an abbreviation in a symbol of a system: Party `TT` is a Thông tri, State `TT` a
/// Thông tư.
pub fn type_by_abbr(abbr: &str, system: System) -> Option<&'static str> {
    let f = fold(abbr);
    // The table lists the abbreviations type by type, so the first that matches is of the first
    // type that has it.
    folded_abbrs(system)
        .iter()
        .find(|(k, _, _)| *k == f)
        .map(|(_, _, t)| *t)
}

/// A Party symbol's letters as the Party's series knows them: a Quy định's `QĐi` (2018-2019,
/// Hướng dẫn 36-HD/VPTW) and `QyĐ` are the `QĐ` it is written with before and after (`08-QĐi/TW`
/// is the nêu gương Quy định that the press writes `08-QĐ/TW`): one series, one key. Only a
/// Party symbol (`/` after the type letters); a State Quy định's `QyĐ-UBND` is left as written.
pub fn party_series_symbol(symbol: &str) -> std::borrow::Cow<'_, str> {
    match symbol.split_once('/') {
        Some((abbr, rest))
            if abbr.len() <= 6
                && !abbr.contains('-')
                && matches!(fold(abbr.trim()).as_str(), "qdi" | "qyd") =>
        {
            format!("QĐ/{rest}").into()
        }
        _ => symbol.into(),
    }
}

/// An abbreviation that more than one type has in a system (the Party's `QĐ`: a Quyết định
/// or a Quy định): a symbol alone does not say the type.
pub fn abbr_is_shared(abbr: &str, system: System) -> bool {
    let f = fold(abbr);
    folded_abbrs(system)
        .iter()
        .filter(|(k, _, _)| *k == f)
        .nth(1)
        .is_some()
}

/// The type a symbol's first letters name (`QĐ/TW` → Quyết định, `KH-UBND` → Kế hoạch), the
/// first type that has them.
pub fn type_of_symbol(symbol: &str, system: System) -> Option<&'static str> {
    let first = symbol.split(['/', '-']).next()?;
    type_by_abbr(first, system)
}

/// Abbreviation people type in queries (`NQ 29`, `KH 156`) → type, either system.
pub fn type_by_any_abbr(abbr: &str) -> Option<&'static str> {
    type_by_abbr(abbr, System::Party).or_else(|| type_by_abbr(abbr, System::State))
}

/// A province: its name, what it became on 1 July 2025, and other ways it is written.
pub struct Province {
    pub name: &'static str,
    /// The post-2025 province it belongs to (itself when unchanged or the merger's core).
    pub since_2025: &'static str,
    pub city: bool,
    pub aliases: &'static [&'static str],
}

macro_rules! p {
    ($n:expr, $s:expr) => {
        Province {
            name: $n,
            since_2025: $s,
            city: false,
            aliases: &[],
        }
    };
    ($n:expr, $s:expr, city) => {
        Province {
            name: $n,
            since_2025: $s,
            city: true,
            aliases: &[],
        }
    };
    ($n:expr, $s:expr, city, $a:expr) => {
        Province {
            name: $n,
            since_2025: $s,
            city: true,
            aliases: $a,
        }
    };
    ($n:expr, $s:expr, $a:expr) => {
        Province {
            name: $n,
            since_2025: $s,
            city: false,
            aliases: $a,
        }
    };
}

/// The 63 provinces and centrally-run cities before 1 July 2025, with the 34 they became
/// (Nghị quyết 202/2025/QH15).
pub const PROVINCES: &[Province] = &[
    p!("An Giang", "An Giang"),
    p!(
        "Bà Rịa - Vũng Tàu",
        "Hồ Chí Minh",
        &["Bà Rịa Vũng Tàu", "BR-VT"]
    ),
    p!("Bắc Giang", "Bắc Ninh"),
    p!("Bắc Kạn", "Thái Nguyên", &["Bắc Cạn"]),
    p!("Bạc Liêu", "Cà Mau"),
    p!("Bắc Ninh", "Bắc Ninh"),
    p!("Bến Tre", "Vĩnh Long"),
    p!("Bình Định", "Gia Lai"),
    p!("Bình Dương", "Hồ Chí Minh"),
    p!("Bình Phước", "Đồng Nai"),
    p!("Bình Thuận", "Lâm Đồng"),
    p!("Cà Mau", "Cà Mau"),
    p!("Cần Thơ", "Cần Thơ", city),
    p!("Cao Bằng", "Cao Bằng"),
    p!("Đà Nẵng", "Đà Nẵng", city),
    p!("Đắk Lắk", "Đắk Lắk", &["Đăk Lăk", "Đắc Lắc", "Dak Lak"]),
    p!("Đắk Nông", "Lâm Đồng", &["Đăk Nông", "Dak Nong"]),
    p!("Điện Biên", "Điện Biên"),
    p!("Đồng Nai", "Đồng Nai"),
    p!("Đồng Tháp", "Đồng Tháp"),
    p!("Gia Lai", "Gia Lai"),
    p!("Hà Giang", "Tuyên Quang"),
    p!("Hà Nam", "Ninh Bình"),
    p!("Hà Nội", "Hà Nội", city),
    p!("Hà Tĩnh", "Hà Tĩnh"),
    p!("Hải Dương", "Hải Phòng"),
    p!("Hải Phòng", "Hải Phòng", city),
    p!("Hậu Giang", "Cần Thơ"),
    p!("Hòa Bình", "Phú Thọ", &["Hoà Bình"]),
    p!("Hưng Yên", "Hưng Yên"),
    p!("Khánh Hòa", "Khánh Hòa", &["Khánh Hoà"]),
    p!("Kiên Giang", "An Giang"),
    p!("Kon Tum", "Quảng Ngãi"),
    p!("Lai Châu", "Lai Châu"),
    p!("Lâm Đồng", "Lâm Đồng"),
    p!("Lạng Sơn", "Lạng Sơn"),
    p!("Lào Cai", "Lào Cai"),
    p!("Long An", "Tây Ninh"),
    p!("Nam Định", "Ninh Bình"),
    p!("Nghệ An", "Nghệ An"),
    p!("Ninh Bình", "Ninh Bình"),
    p!("Ninh Thuận", "Khánh Hòa"),
    p!("Phú Thọ", "Phú Thọ"),
    p!("Phú Yên", "Đắk Lắk"),
    p!("Quảng Bình", "Quảng Trị"),
    p!("Quảng Nam", "Đà Nẵng"),
    p!("Quảng Ngãi", "Quảng Ngãi"),
    p!("Quảng Ninh", "Quảng Ninh"),
    p!("Quảng Trị", "Quảng Trị"),
    p!("Sóc Trăng", "Cần Thơ"),
    p!("Sơn La", "Sơn La"),
    p!("Tây Ninh", "Tây Ninh"),
    p!("Thái Bình", "Hưng Yên"),
    p!("Thái Nguyên", "Thái Nguyên"),
    p!("Thanh Hóa", "Thanh Hóa", &["Thanh Hoá"]),
    p!("Thừa Thiên Huế", "Huế", &["Thừa Thiên - Huế", "Huế"]),
    p!("Tiền Giang", "Đồng Tháp"),
    p!(
        "Hồ Chí Minh",
        "Hồ Chí Minh",
        city,
        &["TP.HCM", "TPHCM", "TP HCM", "Sài Gòn"]
    ),
    p!("Trà Vinh", "Vĩnh Long"),
    p!("Tuyên Quang", "Tuyên Quang"),
    p!("Vĩnh Long", "Vĩnh Long"),
    p!("Vĩnh Phúc", "Phú Thọ"),
    p!("Yên Bái", "Lào Cai"),
];

/// Provinces that are no more, under names no province of [`PROVINCES`] has: split or merged
/// between 1976 and 2008 (`since_2025`: the province of 2025 that holds most of the land). Their
/// documents were numbered apart: `15/2002/QĐ-UB` of UBND tỉnh Hà Tây is not Hà Nội's, whose
/// province took Hà Tây's land in 2008. (Names reused by a later province, the old `Hậu Giang`
/// and `Lai Châu`, are that province's.) Read only after `tỉnh`: `sông Cửu Long` is a river,
/// `Minh Hải` a man's name.
pub const FORMER_PROVINCES: &[Province] = &[
    p!("Hà Tây", "Hà Nội"),
    p!("Hà Sơn Bình", "Hà Nội"),
    p!("Hà Bắc", "Bắc Ninh"),
    p!("Vĩnh Phú", "Phú Thọ"),
    p!("Bắc Thái", "Thái Nguyên"),
    p!("Hải Hưng", "Hưng Yên"),
    p!("Nam Hà", "Ninh Bình"),
    p!("Hà Nam Ninh", "Ninh Bình"),
    p!("Minh Hải", "Cà Mau"),
    p!("Sông Bé", "Hồ Chí Minh"),
    p!("Cửu Long", "Vĩnh Long"),
    p!("Nghĩa Bình", "Quảng Ngãi"),
    p!("Nghệ Tĩnh", "Nghệ An"),
    p!("Bình Trị Thiên", "Huế"),
    p!("Thuận Hải", "Lâm Đồng"),
    p!("Phú Khánh", "Khánh Hòa"),
    p!("Quảng Nam - Đà Nẵng", "Đà Nẵng", &["Quảng Nam Đà Nẵng"]),
    p!("Gia Lai - Kon Tum", "Gia Lai", &["Gia Lai Kon Tum"]),
    p!("Hoàng Liên Sơn", "Lào Cai"),
    p!("Hà Tuyên", "Tuyên Quang"),
    p!("Cao Lạng", "Cao Bằng"),
];

/// Every province's name a text may use: today's, then those that are no more.
pub fn all_provinces() -> impl Iterator<Item = &'static Province> {
    PROVINCES.iter().chain(FORMER_PROVINCES)
}

/// Finds the province a (folded or not) phrase names, by its name or an alias. Longest name
/// wins (`Thừa Thiên Huế` over `Huế`).
pub fn province_in(phrase: &str) -> Option<&'static str> {
    let f = fold_words(phrase);
    // A name is in the phrase when its words are consecutive words of the phrase. The longest
    // wins; of names as long, the first in the table.
    let words: Vec<&str> = f.split(' ').filter(|w| !w.is_empty()).collect();
    let by_first = province_names_by_first_word();
    let mut best: Option<(usize, usize)> = None;
    for start in 0..words.len() {
        let Some(cands) = by_first.get(words[start]) else {
            continue;
        };
        // (A province that is no more only after `tỉnh`, `tỉnh ủy`, `tỉnh đoàn`.)
        let after_tinh = start > 0
            && (words[start - 1] == "tinh"
                || start > 1
                    && words[start - 2] == "tinh"
                    && matches!(words[start - 1], "uy" | "doan"));
        for &(ix, ref kw, len) in cands {
            let better = best.is_none_or(|(l, i)| len > l || (len == l && ix < i));
            if better
                && words[start..].starts_with(kw)
                && (after_tinh || !is_former(folded_province_names()[ix].1))
            {
                best = Some((len, ix));
            }
        }
    }
    best.map(|(_, ix)| folded_province_names()[ix].1)
}

/// Whether a province's name is one of [`FORMER_PROVINCES`].
pub fn is_former(province: &str) -> bool {
    FORMER_PROVINCES.iter().any(|p| p.name == province)
}

/// For each first word of a folded province name or alias: (index in
/// [`folded_province_names`], its words, its length in bytes).
type NamesByFirstWord =
    std::collections::HashMap<&'static str, Vec<(usize, Vec<&'static str>, usize)>>;

fn province_names_by_first_word() -> &'static NamesByFirstWord {
    static MAP: std::sync::LazyLock<NamesByFirstWord> = std::sync::LazyLock::new(|| {
        let mut m: NamesByFirstWord = Default::default();
        for (ix, (k, _)) in folded_province_names().iter().enumerate() {
            let words: Vec<&'static str> = k.split(' ').collect();
            m.entry(words[0]).or_default().push((ix, words, k.len()));
        }
        m
    });
    &MAP
}

/// Exact province name lookup (after folding): `lang son` → `Lạng Sơn`.
/// The Party's Central Military Commission (`Quân ủy Trung ương`, symbol `QUTW`).
pub const CENTRAL_MILITARY_COMMISSION: &str = "Quân ủy Trung ương";

/// Whether two provinces (canonical names) lie in one province of 2025: the same, merged into
/// one on 1 July 2025 (`Bắc Kạn`, `Thái Nguyên`), or one a former province whose land the other
/// took (`Hà Tây`, `Hà Nội`). Their texts may cite each other's documents without a name.
pub fn one_land(a: &str, b: &str) -> bool {
    let since = |n: &str| {
        PROVINCES
            .iter()
            .chain(FORMER_PROVINCES)
            .find(|p| p.name == n)
            .map(|p| p.since_2025)
    };
    a == b || since(a).is_some_and(|x| Some(x) == since(b))
}

/// Whether the province of this (canonical) name was made on 1 July 2025 of several: its
/// bodies since that day are new ones, which kept one of the old provinces' names.
pub fn merged_in_2025(name: &str) -> bool {
    PROVINCES.iter().filter(|p| p.since_2025 == name).count() > 1
}

pub fn province_named(name: &str) -> Option<&'static str> {
    let f = fold_words(name);
    let f = f
        .strip_prefix("tinh ")
        .or_else(|| f.strip_prefix("thanh pho "))
        .or_else(|| f.strip_prefix("tp "))
        .unwrap_or(&f);
    folded_province_names()
        .iter()
        .find(|(k, _)| k == f)
        .map(|(_, n)| *n)
}

/// The provinces that have a district-level unit (`huyện`, `quận`, `thị xã`, `thành phố` under
/// a province) of this kind and name in the General Statistics Office's list before the reform
/// of 1 July 2025 (`data/districts.tsv`), else of this name and any kind (a town made a city
/// keeps its name: `huyện Điện Bàn` is now `thị xã Điện Bàn`). Empty when no unit has the name
/// (merged away before the list was made); `huyện Châu Thành` is in ten provinces.
pub fn district_provinces(kind: &str, name: &str) -> &'static [&'static str] {
    type Units = FastMap<String, Vec<&'static str>>;
    static UNITS: std::sync::LazyLock<(Units, Units)> = std::sync::LazyLock::new(|| {
        let mut by_kind: Units = FastMap::default();
        let mut by_name: Units = FastMap::default();
        let put = |m: &mut Units, k: String, p: &'static str| {
            let v = m.entry(k).or_default();
            if !v.contains(&p) {
                v.push(p);
            }
        };
        for row in include_str!("data/districts.tsv").lines() {
            let mut cols = row.split('\t');
            let (Some(province), Some(kind), Some(name)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let Some(province) = province_named(province) else {
                continue;
            };
            let name = fold_words(name);
            put(
                &mut by_kind,
                format!("{} {name}", fold_words(kind)),
                province,
            );
            put(&mut by_name, name, province);
        }
        (by_kind, by_name)
    });
    let (by_kind, by_name) = &*UNITS;
    let kind = fold_words(kind);
    let name = fold_words(name);
    // (`Quận 3` is named with its kind.)
    let name = name
        .strip_prefix(kind.as_str())
        .and_then(|n| n.strip_prefix(' '))
        .map_or(name.clone(), str::to_string);
    by_kind
        .get(&format!("{kind} {name}"))
        .or_else(|| by_name.get(&name))
        .map_or(&[], Vec::as_slice)
}

/// The province of a district named in a phrase: the one the phrase names; else the citing
/// text's (`home`) when it has such a unit or when no province has one known; else the one
/// province that has it. `None` when neither decides (`huyện Châu Thành` in a text of no
/// province, or of one without it).
pub fn district_province<'a>(
    kind: &str,
    name: &str,
    named: Option<&'a str>,
    home: Option<&'a str>,
) -> Option<&'a str> {
    if named.is_some() {
        return named;
    }
    match (home, district_provinces(kind, name)) {
        (home, []) => home,
        (Some(h), known) if known.contains(&h) => Some(h),
        (_, [only]) => Some(only),
        _ => None,
    }
}

/// The issuing body an issuer phrase names (`của Ban Bí thư Trung ương Đảng`, `của UBND tỉnh`,
/// `Tỉnh ủy Lạng Sơn`), with its system and scope. `home` is the province of the citing text:
/// `UBND tỉnh`, `Tỉnh ủy` without a name mean that province (DOMAIN.md, "How references are
/// written").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    pub name: String,
    pub system: System,
    pub scope: Scope,
}

pub fn parse_issuer(phrase: &str, home: Option<&str>) -> Option<Issuer> {
    parse_issuer_at(phrase, home, None)
}

/// The pattern of [`district_in`]: a unit's kind (`Huyện ủy`: with the Party committee's word),
/// then its name, up to four words that each
/// start with a capital (an apostrophe may join two parts of one: `R'Lấp`) (`upper`, the body of a class) followed by letters (`letter`) or digits
/// (ASCII: Vietnamese text writes no others).
/// Written with the Vietnamese alphabet's letters rather than `\p{Lu}` and `\p{L}` (hundreds of
/// ranges each, four times over): the same names in Vietnamese text, compiled in a tenth of the
/// time (1.9 ms of every build that extracts a file).
fn district_pattern(upper: &str, letter: &str) -> String {
    format!(
        r"(?i:(?P<kind>huyện|quận|thị\s+xã|thành\s+phố|tp\.|tx\.)(?:\s+(?:ủy|uỷ))?)\s*(?P<name>{w}(?:[ \t]+{w}){{0,3}})",
        // (A word of a Central Highlands name may hold an apostrophe: `Đắk R'Lấp`, `Ia H'Drai`.)
        w = format!("[{upper}][{letter}0-9]*(?:['’][{letter}]+)?")
    )
}

/// The district-level unit a phrase names: `huyện Đại Lộc`, `HUYỆN ĐẠI LỘC`, `thị xã Sa Pa`,
/// `thành phố Tam Kỳ` (a city under a province; `thành phố Hà Nội` is a province). Returns the
/// kind as written in lower case and the name in title case.
pub fn district_in(phrase: &str) -> Option<(String, String)> {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(&district_pattern(
            &crate::extract::patterns::vi_upper_class(),
            crate::extract::patterns::VI_LETTER,
        ))
        .expect("district pattern compiles")
    });
    // A numbered urban district (`Quận 1`, `QUẬN ỦY QUẬN 3`): the number is its name, written
    // with its kind as a proper name (`UBND Quận 3`), which [`district_name`] keeps.
    static NUMBERED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i:\bquận)[ \t]+(?P<n>[0-9]{1,2})\b")
            .expect("numbered district compiles")
    });
    if phrase.bytes().any(|b| b.is_ascii_digit()) {
        if let Some(c) = NUMBERED.captures(phrase) {
            let n = c["n"].trim_start_matches('0');
            if !n.is_empty() {
                return Some(("quận".to_string(), format!("Quận {n}")));
            }
        }
    }
    for c in RE.captures_iter(phrase) {
        let name = c["name"].trim();
        // A trailing upper-case word that starts the next phrase is not part of the name.
        let words: Vec<&str> = name
            .split_whitespace()
            .take_while(|w| !ends_place(w))
            .collect();
        if words.is_empty() {
            continue;
        }
        let name = words.join(" ");
        if is_person_named(&c["kind"], &name) {
            continue;
        }
        // (`thành phố Hà Nội` is a province. A provincial capital that bears its province's
        // name, `thành phố Quảng Ngãi`, `thị xã Hà Giang`, `huyện Điện Biên`, is a district-level
        // unit of that province, as the list has it: its Tờ trình 55/TTr-UBND is not the
        // province's.)
        if let Some(p) = province_named(&name) {
            let own_unit = fold_words(p) == fold_words(&name)
                && !is_city(p)
                && district_provinces(&c["kind"], &name) == [p];
            if !own_unit {
                continue;
            }
        }
        let titled = if name.chars().all(|c| !c.is_lowercase()) {
            title_case(&name)
        } else {
            name
        };
        return Some((district_kind(&c["kind"]).to_string(), titled));
    }
    None
}

/// The commonest Vietnamese family names (folded), which open a person's full name.
const SURNAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "truong", "dao", "luong", "doan", "trinh", "lam", "mai",
    "cao", "ha", "ta", "phung", "kieu", "quach", "trieu", "chu", "to", "luu", "thai", "vuong",
    "hua", "nong", "lo",
];

/// Whether the capitalised words after a unit's kind are a person's name, not the unit's
/// (`Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền ký ban hành ...`: news write an official as
/// office, body, then full name): two to four words opening with a family name, and no unit of
/// that kind and name in the list (`quận Lê Chân`, `huyện Võ Nhai` are units).
fn is_person_named(kind: &str, name: &str) -> bool {
    let f = fold_words(name);
    let words = f.split(' ').count();
    (2..=4).contains(&words)
        && f.split(' ').next().is_some_and(|w| SURNAMES.contains(&w))
        && district_provinces(kind, name).is_empty()
}

/// A district-level unit's kind as written (`huyện`, `quận`, `thị xã`; else `thành phố`), from
/// its words in any case or spelling.
pub fn district_kind(kind: &str) -> &'static str {
    let k = fold_words(kind);
    // (`TX.`, as headers shorten `thị xã`: `UBND TX. ĐỒNG XOÀI`.)
    if k.trim_end_matches('.') == "tx" {
        return "thị xã";
    }
    DISTRICT_KINDS
        .iter()
        .find(|(f, _)| *f == k)
        .map_or("thành phố", |(_, w)| w)
}

/// Whether a body's name is a national committee's, board's or council's (`ỦY BAN QUỐC GIA VỀ
/// HỢP TÁC KINH TẾ QUỐC TẾ`, `BAN CHỈ ĐẠO QUỐC GIA VỀ HỘI NHẬP QUỐC TẾ`, `HỘI ĐỒNG QUỐC GIA
/// GIÁO DỤC`, `ỦY BAN NHÀ NƯỚC VỀ NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI`): central bodies, which sign in
/// Hà Nội as the ministries do.
pub fn national_body(name: &str) -> bool {
    let f = fold_words(name);
    let opens = ["uy ban ", "ban chi dao ", "hoi dong "]
        .iter()
        .any(|b| f.starts_with(b));
    opens && format!(" {f} ").contains(" quoc gia ") || f.starts_with("uy ban nha nuoc ve ")
}

/// Whether a body's name is of a unit below the province, a district's or a commune's (`UBND
/// huyện`, `Đảng ủy xã`; `xã hội`, society, is none).
pub fn below_province(name: &str) -> bool {
    let f = format!(" {} ", fold_words(name)).replace(" xa hoi ", " ");
    let has = |k: &str| f.contains(&format!(" {k} "));
    DISTRICT_KINDS
        .iter()
        .chain(COMMUNE_KINDS)
        .any(|(k, _)| has(k))
}

/// A district-level body's name: `UBND huyện Cao Lộc`, and `UBND Quận 3` for a numbered
/// district, whose kind is part of its name ([`district_in`]).
fn district_name(base: &str, kind: &str, unit: &str) -> String {
    if unit.bytes().any(|b| b.is_ascii_digit()) {
        format!("{base} {unit}")
    } else {
        format!("{base} {kind} {unit}")
    }
}

/// The kinds of commune-level units, as [`commune_in`] writes them before the name: since the
/// reform of 1 July 2025 the level below the province (the district level was abolished),
/// before it the level below the district.
/// (Folded, as written.)
const COMMUNE_KINDS: &[(&str, &str)] = &[
    ("xa", "xã"),
    ("phuong", "phường"),
    ("thi tran", "thị trấn"),
    ("dac khu", "đặc khu"),
];

/// The kinds of district-level units whose word names no commune (folded, as written).
const DISTRICT_KINDS: &[(&str, &str)] =
    &[("huyen", "huyện"), ("quan", "quận"), ("thi xa", "thị xã")];

/// Whether a unit of [`Scope::District`] is a commune (`xã Đồng Đăng`, as [`commune_in`] writes
/// it) rather than a district (`Cao Lộc`).
pub fn is_commune(unit: &str) -> bool {
    COMMUNE_KINDS.iter().any(|(_, k)| {
        unit.strip_prefix(k)
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// The commune-level unit a phrase names, as its kind and its name in title case: `xã Đồng
/// Đăng` (`XÃ ĐỒNG ĐĂNG`), `phường Tam Thanh`, `phường 1`, `thị trấn Cao Lộc`, `đặc khu Vân
/// Đồn`. A commune
/// numbers its documents apart from its district and province, and apart from the district of
/// the same name (`thị trấn Cao Lộc` is not `huyện Cao Lộc`), so the kind stays in the unit.
/// `thị xã` is a district's kind, and `xã hội` (society, as in the national motto) no place.
pub fn commune_in(phrase: &str) -> Option<String> {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(&format!(
            r"(?i:(?P<kind>thị\s+trấn|xã|phường|đặc\s+khu))\s*(?P<name>[0-9]{{1,2}}\b|[{upper}][{letter}0-9]*(?:[ \t]+[{upper}][{letter}0-9]*){{0,3}})",
            upper = crate::extract::patterns::vi_upper_class(),
            letter = crate::extract::patterns::VI_LETTER,
        ))
        .expect("commune pattern compiles")
    });
    for c in RE.captures_iter(phrase) {
        let kind = fold_words(&c["kind"]);
        let at = c.get(0).expect("whole match").start();
        // The kind is a word of its own, and not the `xã` of a district's `thị xã`.
        let before = &phrase[..at];
        if before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || kind == "xa" && {
                let f = fold_words(before);
                f == "thi" || f.ends_with(" thi")
            }
        {
            continue;
        }
        let words: Vec<&str> = c["name"]
            .split_whitespace()
            .take_while(|w| !ends_place(w))
            .collect();
        if words.is_empty() || kind == "xa" && fold_words(words[0]) == "hoi" {
            continue;
        }
        let name = words.join(" ");
        let titled = if name.chars().all(|c| !c.is_lowercase()) {
            title_case(&name)
        } else {
            name
        };
        let kind = COMMUNE_KINDS
            .iter()
            .find(|(f, _)| *f == kind)
            .map_or("xã", |(_, w)| w);
        return Some(format!("{kind} {titled}"));
    }
    None
}

/// Whether a word ends a place's name in a phrase: it is the next phrase's (`huyện Cao Lộc tỉnh
/// Lạng Sơn`, `HUYỆN CAO LỘC ĐẢNG ỦY XÃ ...`, `... về`, `... ban hành`). `Đảng` and `Ủy` are
/// compared with their diacritics: `Đăng` (`xã Đồng Đăng`) and `Uy` (`xã Uy Nỗ`) name places.
fn ends_place(word: &str) -> bool {
    matches!(
        fold_words(word).as_str(),
        "ve" | "thuc" | "trien" | "ngay" | "khoa" | "so" | "ban" | "ubnd" | "hdnd"
    ) || matches!(word.to_lowercase().as_str(), "đảng" | "ủy" | "uỷ")
        || is_tinh(word)
}

/// Whether `word` is `tỉnh` (province), compared with its diacritics: `Tịnh` (`Sơn Tịnh`,
/// `Tịnh Biên`) and `Tĩnh` (`Hà Tĩnh`) name places. Text typed without diacritics cannot
/// tell them apart: there `tinh` is taken for `tỉnh`.
/// Whether `tỉnh` is followed by a name (a word with a capital: `UBND tỉnh Hà Tây`, `ỦY BAN NHÂN
/// DÂN TỈNH HÀ TÂY`) the table does not know: the phrase names a province, not the text's own.
/// (`Tỉnh ủy`, `TỈNH ĐOÀN` are bodies.)
fn names_unknown_province(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    while let Some(w) = words.next() {
        if !is_tinh(w) || w.ends_with([',', ';', ':', '.']) {
            continue;
        }
        // A province's name is two words or more, each with its capital; a title that runs on
        // (`của Ủy ban nhân dân tỉnh Về việc ...`, `tỉnh Phê duyệt Đề án`) has one.
        let (Some(a), Some(b)) = (words.next(), words.next()) else {
            return false;
        };
        let name_word = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        };
        let not_a_name = matches!(
            fold_words(a).as_str(),
            "uy" | "doan"
                | "ubnd"
                | "hdnd"
                | "ve"
                | "phe"
                | "ban"
                | "quy"
                | "huong"
                | "thuc"
                | "trien"
                | "sua"
                | "bo"
                | "tai"
                | "theo"
        );
        // (`Chủ tịch UBND tỉnh Võ Văn Hưng đã ký`: news name the office, its body, then the
        // holder's full name, a family name and two or three more.)
        let person =
            SURNAMES.contains(&fold_words(a).as_str()) && words.next().is_some_and(name_word);
        return name_word(a) && name_word(b) && !not_a_name && !person;
    }
    false
}

fn is_tinh(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    w.eq_ignore_ascii_case("tinh") || w.to_lowercase() == "tỉnh"
}

/// A central board's upper-case name as it is written in running text: `BAN CHỈ ĐẠO TRUNG ƯƠNG`
/// → `Ban Chỉ đạo Trung ương`, `HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG` → `Hội đồng Thi đua -
/// Khen thưởng Trung ương`: the kind's first word, the word after the kind, after a dash, and
/// `Trung` take a capital.
fn board_case(name: &str) -> String {
    let words: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
    let kind_len = match fold_words(name).split(' ').take(2).collect::<Vec<_>>()[..] {
        ["hoi", "dong"] | ["uy", "ban"] | ["dang", "uy"] => 2,
        _ => 1,
    };
    let capital = |w: &str| {
        let mut cs = w.chars();
        cs.next()
            .map(|c| c.to_uppercase().chain(cs).collect::<String>())
            .unwrap_or_default()
    };
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let after_dash = i > 0 && words[i - 1] == "-";
            if i == 0 || i == kind_len || after_dash || fold_words(w) == "trung" {
                capital(w)
            } else {
                w.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The city a `Thành ủy` phrase names after the committee's words: `Thành ủy Đà Lạt` → `Đà
/// Lạt` (capitalised words up to one that ends a place's name, as [`district_in`] reads a
/// `thành phố`: `Phan Rang - Tháp Chàm` is `Phan Rang` for both).
fn city_after_committee(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let at = words.windows(2).position(|w| {
        fold_words(w[0]) == "thanh" && matches!(fold_words(w[1]).as_str(), "uy" | "pho")
    })?;
    let name: Vec<&str> = words[at + 2..]
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase) && !ends_place(w))
        .take(4)
        .copied()
        .collect();
    let name = name.join(" ");
    (!name.is_empty()).then(|| {
        if name.chars().any(char::is_lowercase) {
            name
        } else {
            title_case(&name)
        }
    })
}

/// `ĐẠI LỘC` → `Đại Lộc`.
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`parse_issuer`] for a text written by a district-level body (`home_district`): `UBND
/// huyện`, `Huyện ủy` without a name mean that district.
pub fn parse_issuer_at(
    phrase: &str,
    home: Option<&str>,
    home_district: Option<&str>,
) -> Option<Issuer> {
    // Texts name the same few bodies over and over (`của UBND tỉnh`, `của Ban Chấp hành Trung
    // ương`, a header's `ỦY BAN NHÂN DÂN TỈNH ...`): each thread remembers what the last
    // phrases it read name. The answer depends on the phrase, and on the homes only when the
    // phrase names no province (or, with a district's word, no district): `Bộ Chính trị` and
    // `UBND tỉnh Lạng Sơn` are remembered once for every home, `UBND tỉnh` once per home.
    use std::cell::RefCell;
    /// Phrases remembered at most (then forgotten all at once): a few hundred KB a thread.
    const MEMO: usize = 4096;
    thread_local! {
        /// Per phrase: what it names, or `None` when that depends on the homes.
        static BY_PHRASE: RefCell<FastMap<String, Option<Option<Issuer>>>> =
            RefCell::new(FastMap::default());
        /// Per phrase and homes, for the phrases whose answer depends on the homes.
        static BY_HOMES: RefCell<FastMap<String, Option<Issuer>>> = RefCell::new(FastMap::default());
    }
    // Each part as its length and its text (`-` for none): no two calls share a key.
    let homes_key = || {
        let mut key = String::with_capacity(phrase.len() + 48);
        for part in [Some(phrase), home, home_district] {
            match part {
                Some(p) => {
                    let _ = std::fmt::Write::write_fmt(&mut key, format_args!("{}:{p}", p.len()));
                }
                None => key.push('-'),
            }
        }
        key
    };
    fn remember<V>(
        map: &'static std::thread::LocalKey<RefCell<FastMap<String, V>>>,
        key: String,
        v: V,
    ) {
        map.with_borrow_mut(|m| {
            if m.len() >= MEMO {
                m.clear();
            }
            m.insert(key, v);
        })
    }
    match BY_PHRASE.with_borrow(|m| m.get(phrase).cloned()) {
        Some(Some(found)) => found,
        Some(None) => {
            let key = homes_key();
            if let Some(found) = BY_HOMES.with_borrow(|m| m.get(&key).cloned()) {
                return found;
            }
            let (found, _) = parse_issuer_reading(phrase, home, home_district);
            remember(&BY_HOMES, key, found.clone());
            found
        }
        None => {
            let (found, reads_homes) = parse_issuer_reading(phrase, home, home_district);
            if reads_homes {
                remember(&BY_PHRASE, phrase.to_string(), None);
                remember(&BY_HOMES, homes_key(), found.clone());
            } else {
                remember(&BY_PHRASE, phrase.to_string(), Some(found.clone()));
            }
            found
        }
    }
}

#[cfg(test)]
fn parse_issuer_uncached(
    phrase: &str,
    home: Option<&str>,
    home_district: Option<&str>,
) -> Option<Issuer> {
    parse_issuer_reading(phrase, home, home_district).0
}

/// What `phrase` names, and whether that was read from a home (the phrase names no province,
/// or has a district's word and names no district).
fn parse_issuer_reading(
    phrase: &str,
    home: Option<&str>,
    home_district: Option<&str>,
) -> (Option<Issuer>, bool) {
    let mut reads_homes = false;
    let found = parse_issuer_body(phrase, home, home_district, &mut reads_homes);
    (found, reads_homes)
}

fn parse_issuer_body(
    phrase: &str,
    home: Option<&str>,
    home_district: Option<&str>,
    reads_homes: &mut bool,
) -> Option<Issuer> {
    let f = format!(" {} ", fold_words(phrase));
    let has = |k: &str| contains_words(&f, k);
    let central = |name: &str, system| Issuer {
        name: name.to_string(),
        system,
        scope: Scope::Central,
    };
    // The Youth Union's own central bodies (`Ban Bí thư Trung ương Đoàn`, `BAN CHẤP HÀNH
    // TRUNG ƯƠNG` / `ĐOÀN TNCS HỒ CHÍ MINH`), which write as the Party does but are not its.
    if is_youth_union_centre(&f) {
        let base = if has("ban bi thu") {
            "Ban Bí thư Trung ương Đoàn"
        } else if has("ban thuong vu") {
            "Ban Thường vụ Trung ương Đoàn"
        } else {
            "Ban Chấp hành Trung ương Đoàn"
        };
        return Some(central(base, System::Party));
    }
    if has("bo chinh tri") {
        return Some(central("Bộ Chính trị", System::Party));
    }
    if has("ban bi thu") {
        return Some(central("Ban Bí thư Trung ương Đảng", System::Party));
    }
    // The Central Military Commission: `Quân ủy Trung ương`, whose `Quân` folds as the
    // district committee's `Quận` does (`Quận ủy`).
    let lower = phrase.to_lowercase();
    if ["quân ủy", "quân uỷ"].iter().any(|q| lower.contains(q)) {
        return Some(central(CENTRAL_MILITARY_COMMISSION, System::Party));
    }
    let named = province_in(phrase);
    // (`UBND tỉnh Hà Tây`: a province that is no more, or a name misspelt, is not the text's.)
    let unknown_place = named.is_none() && names_unknown_province(phrase);
    let province = named.or_else(|| {
        if unknown_place {
            return None;
        }
        *reads_homes = true;
        home
    });
    let local = |base: &str, system| {
        Some(match province {
            Some(p) => Issuer {
                name: format!("{} {p}", city_form(base, p)),
                system,
                scope: Scope::Province(p.to_string()),
            },
            None => Issuer {
                name: base.to_string(),
                system,
                scope: Scope::Unknown,
            },
        })
    };
    // The Party's delegations inside other bodies, which exist at the centre and in the
    // provinces only: `Ban cán sự đảng UBND tỉnh` (`591-CV/BCSĐ`), `Ban cán sự đảng Chính
    // phủ`, `Đảng đoàn HĐND tỉnh`, `Đảng đoàn MTTQ tỉnh`, `Đảng đoàn Quốc hội`. They write as
    // the Party does, for the province of their host. (A ministry's is left to its ministry.)
    let host_state = has("ubnd") || has("uy ban nhan dan");
    if has("ban can su dang") || has("bcsd") {
        if has("chinh phu") {
            return Some(central("Ban cán sự đảng Chính phủ", System::Party));
        }
        if host_state && !DISTRICT_KINDS.iter().any(|(k, _)| has(k)) {
            return local("Ban cán sự đảng UBND tỉnh", System::Party);
        }
    }
    // (`Chánh Văn phòng UBND tỉnh tại Tờ trình số 35/TTr-VP`: the office of the province's
    // People's Committee, which numbers its own.)
    // (Not `Đảng ủy Văn phòng UBND tỉnh`, the office's Party committee.)
    if (has("van phong ubnd") || has("van phong uy ban nhan dan"))
        && !has("dang uy")
        && !DISTRICT_KINDS.iter().any(|(k, _)| has(k))
    {
        return local("Văn phòng UBND tỉnh", System::State);
    }
    if has("dang doan") && !DISTRICT_KINDS.iter().any(|(k, _)| has(k)) {
        if has("quoc hoi") {
            return Some(central("Đảng đoàn Quốc hội", System::Party));
        }
        if has("hdnd") || has("hoi dong nhan dan") {
            return local("Đảng đoàn HĐND tỉnh", System::Party);
        }
        if has("mttq") || has("mat tran to quoc") {
            return if has("tinh") || named.is_some() {
                local("Đảng đoàn MTTQ tỉnh", System::Party)
            } else {
                Some(central("Đảng đoàn MTTQ Việt Nam", System::Party))
            };
        }
    }
    // The province's Party organisation acting through its congress (`Nghị quyết số 01-NQ/ĐH
    // ... của Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I`: every province's congress
    // numbers its resolution 01-NQ/ĐH), or through the Party committee of its People's
    // Committee (`Chương trình hành động số 03-CTr/ĐU ... của Ban Chấp hành Đảng bộ Ủy ban
    // nhân dân thành phố`), before the bodies of the province and its districts.
    let district_words = DISTRICT_KINDS.iter().any(|(k, _)| has(k));
    // The province's Youth Union and Fatherland Front (`Ban Thường vụ Tỉnh đoàn`, `Thành đoàn`
    // of a centrally-run city, `Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh`): bodies of the
    // province that number their texts apart (`12-KH/TĐTN`, `05-KH/MTTQ-BTT`), in the Party's
    // forms. (A district's, `Huyện đoàn`, `Ủy ban MTTQ huyện`, stays unplaced; `đoàn kết` is
    // solidarity.)
    let city_named = named.is_some_and(is_city) || named.is_none() && home.is_some_and(is_city);
    if !district_words && !has("doan ket") && !has("trung uong") {
        if has("tinh doan") {
            return local("Tỉnh đoàn", System::Party);
        }
        if has("thanh doan") && city_named {
            return local("Thành đoàn", System::Party);
        }
        if (has("mttq") || has("mttqvn") || has("mat tran to quoc"))
            && (has("tinh") || named.is_some())
        {
            return local("Ủy ban MTTQ tỉnh", System::Party);
        }
    }
    if has("dang bo") && !district_words {
        if has("dai hoi") && (has("tinh") || has("thanh pho")) {
            return local("Đại hội Đảng bộ tỉnh", System::Party);
        }
        if has("ubnd") || has("uy ban nhan dan") {
            return local("Đảng ủy UBND tỉnh", System::Party);
        }
    }
    if let Some(found) = agency_party_committee(phrase, &f, named, home) {
        // (`tỉnh` alone: the text's own province.)
        *reads_homes |= named.is_none();
        return Some(found);
    }
    // Commune level (`UBND xã Đồng Đăng`, `Đảng ủy xã`; a Party header names the body above
    // first: `ĐẢNG BỘ TỈNH LẠNG SƠN` / `ĐẢNG ỦY XÃ ĐỒNG ĐĂNG`). `của UBND xã` in a commune's
    // text is that commune's; in another text it names none.
    let home_commune = home_district.filter(|d| is_commune(d));
    let home_district = home_district.filter(|d| !is_commune(d));
    let any_commune_word = COMMUNE_KINDS.iter().any(|(k, _)| has(k));
    // (`thị xã` is a district, `xã hội` society.)
    let commune_word = any_commune_word
        && (has("phuong") || has("thi tran") || has("dac khu") || !has("thi xa") && !has("xa hoi"));
    let named_commune = any_commune_word.then(|| commune_in(phrase)).flatten();
    let commune = named_commune.clone().or_else(|| {
        *reads_homes |= commune_word;
        commune_word
            .then(|| home_commune.map(str::to_string))
            .flatten()
    });
    let ubnd = has("ubnd") || has("uy ban nhan dan");
    let hdnd = has("hdnd") || has("hoi dong nhan dan");
    let has_tinh = has("tinh") && phrase.split_whitespace().any(is_tinh);
    // The Standing Committee signs for the Council between sessions, under its own name and
    // letters (`TT.HĐND`, `TTHĐ`).
    let standing_or_council = || {
        if has("thuong truc") || has("tt hdnd") {
            "Thường trực HĐND"
        } else {
            "HĐND"
        }
    };
    let party_committee = has("dang uy") || has("bch dang bo") || has("ban chap hanh dang bo");
    if let Some(unit) = commune.filter(|_| {
        // A province named with the body (`UBND tỉnh ..., xã ...`) speaks of the province's
        // body unless the commune is named.
        (ubnd || hdnd || party_committee) && (named_commune.is_some() || !has_tinh)
    }) {
        let (base, system) = if party_committee {
            ("Đảng ủy", System::Party)
        } else if ubnd && has("chu tich") {
            ("Chủ tịch UBND", System::State)
        } else if ubnd {
            ("UBND", System::State)
        } else {
            (standing_or_council(), System::State)
        };
        return Some(Issuer {
            name: format!("{base} {unit}"),
            system,
            scope: Scope::District {
                province: province.map(str::to_string),
                district: unit,
            },
        });
    }
    // District level (before the province: `UBND huyện Đại Lộc, tỉnh Quảng Nam`).
    let named_district = district_in(phrase);
    let district_word = DISTRICT_KINDS.iter().any(|(k, _)| has(k))
        || named_district.as_ref().is_some_and(|(k, _)| k == "thị xã");
    let district = named_district.clone().or_else(|| {
        *reads_homes |= district_word;
        // (Of the kind the phrase says: `của UBND thị xã` in a town's text is the town's.)
        let kind = [("thi xa", "thị xã"), ("huyen", "huyện"), ("quan", "quận")]
            .iter()
            .find(|(k, _)| has(k))
            .map_or("huyện", |(_, w)| w);
        district_word
            .then(|| home_district.map(|d| (kind.to_string(), d.to_string())))
            .flatten()
    });
    // (A district the phrase names: of the province that has it; the text's own: of its.)
    let district_province = match &named_district {
        Some((kind, d)) => district_province(kind, d, named, home),
        None => province,
    };
    let district_body = |base: &str, system| {
        district.as_ref().map(|(kind, d)| Issuer {
            name: district_name(base, kind, d),
            system,
            scope: Scope::District {
                province: district_province.map(str::to_string),
                district: d.clone(),
            },
        })
    };
    // The trade unions, the Women's, Farmers' and Veterans' Unions and the Fatherland Front
    // (before the Party's Central Committee: `Ban Chấp hành Trung ương Hội Nông dân Việt Nam`
    // is the Farmers' Union's, whose resolutions, `19-NQ/HNDTW`, are no Party resolutions).
    // (A joint text's header or phrase names the State's body first, `HĐND - UBND - BAN
    // THƯỜNG TRỰC UBMTTQ HUYỆN`: that one is read, as before.)
    let state_body = ubnd || hdnd || has("chinh phu") || has("quoc hoi");
    if let Some(org) = mass_organisation(&f).filter(|_| !state_body) {
        let board = MASS_BOARDS
            .iter()
            .find(|(keys, _)| keys.iter().any(|k| has(k)))
            .map_or(String::new(), |(_, b)| format!("{b} "));
        let commune_level = commune_word && !district_word && !has_tinh && named.is_none();
        // (`thành phố` alone: the province itself in a centrally-run city's text, else one of
        // its cities.)
        let city_level = has("thanh pho") && named.is_none() && !city_named;
        if district_word && district.is_some() {
            return district_body(&format!("{board}{}", org.local), org.system);
        }
        if district_word || commune_level || city_level {
            // (A unit below the province that the text does not name.)
            let kind = DISTRICT_KINDS
                .iter()
                .chain(COMMUNE_KINDS.iter().rev())
                .chain([("thanh pho", "thành phố")].iter())
                .find(|(k, _)| has(k))
                .map_or("", |(_, w)| w);
            return Some(Issuer {
                name: format!("{board}{} {kind}", org.local),
                system: org.system,
                scope: Scope::Unknown,
            });
        }
        if has_tinh || named.is_some() || has("thanh pho") {
            return local(&format!("{board}{} tỉnh", org.local), org.system);
        }
        if org.always_central || has("trung uong") || has("tw") || has("viet nam") {
            return Some(central(&format!("{board}{}", org.central), org.system));
        }
        return Some(Issuer {
            name: format!("{board}{}", org.local),
            system: org.system,
            scope: Scope::Unknown,
        });
    }
    // State agencies run from the centre with a branch in every province, which share their
    // letters (`2596/KH-BHXH` of Bảo hiểm xã hội Việt Nam, `123/KH-BHXH` of a province's): the
    // name says which, `... Việt Nam` the centre's (signed in Hà Nội, which is then no
    // province of its), `... tỉnh X` a province's.
    if !state_body {
        // (Its head named first: `Giám đốc Công an tỉnh`, `Chỉ huy trưởng Bộ Chỉ huy Quân sự
        // tỉnh`.)
        let body = ["giam doc", "chi huy truong", "tong giam doc", "chanh"]
            .iter()
            .find_map(|t| f.strip_prefix(&format!(" {t}")))
            .unwrap_or(&f);
        let agency = BRANCHED_AGENCIES.iter().find_map(|(keys, centre, branch)| {
            let k = keys.iter().find(|k| body.starts_with(&format!(" {k} ")))?;
            Some((&body[k.len() + 1..], centre, branch))
        });
        // (A district's word after the name is a district's branch, not the province's: `Công
        // an huyện`; the name's own `quân` is none, `Bộ Chỉ huy Quân sự`.)
        let district_after =
            |rest: &str| DISTRICT_KINDS.iter().any(|(k, _)| contains_words(rest, k));
        if let Some((_, centre, branch)) = agency.filter(|(rest, _, _)| !district_after(rest)) {
            if has_tinh || named.is_some() {
                return local(branch, System::State);
            }
            if let Some(c) = centre.filter(|_| has("viet nam") || has("trung uong")) {
                return Some(central(c, System::State));
            }
        }
    }
    // (`Ban Chấp hành Đảng bộ huyện khóa XXII`: the district's Party committee by its full
    // name, as `Ban Chấp hành Đảng bộ tỉnh` is the Tỉnh ủy; not its congress.)
    let district_committee = (has("ban chap hanh dang bo") || has("bch dang bo"))
        && !has("dai hoi")
        && (has("dang bo huyen") || has("dang bo quan") || has("dang bo thi xa"));
    if has("huyen uy") || has("quan uy") || has("thi uy") || district_committee {
        let (kind, d) = district.clone().unwrap_or_default();
        // (No district known: the committee's own word says which, `Ban Thường vụ Thị ủy`.)
        let body = match kind.as_str() {
            "quận" => "Quận ủy",
            "thị xã" => "Thị ủy",
            "" if has("thi uy") || has("dang bo thi xa") => "Thị ủy",
            "" if has("quan uy") || has("dang bo quan") => "Quận ủy",
            _ => "Huyện ủy",
        };
        return Some(Issuer {
            name: if d.is_empty() {
                body.to_string()
            } else {
                format!("{body} {d}")
            },
            system: System::Party,
            scope: if d.is_empty() {
                Scope::Unknown
            } else {
                Scope::District {
                    province: district_province.map(str::to_string),
                    district: d,
                }
            },
        });
    }
    // A city under a province (`UBND thành phố Phan Thiết`, also `..., tỉnh Bình Thuận` after
    // it) is of the district level: `thành phố` names a province only with a province's name,
    // which [`district_in`] does not take.
    let city = named_district
        .as_ref()
        .is_some_and(|(kind, _)| kind == "thành phố")
        && {
            let at = |k: &str| f.find(k).unwrap_or(usize::MAX);
            at(" thanh pho ").min(at(" tp ")) < at(" tinh ")
        };
    if (ubnd || hdnd) && (!has_tinh || city) && (district_word || commune_word || city) {
        let base = if has("chu tich") {
            "Chủ tịch UBND"
        } else if ubnd {
            "UBND"
        } else {
            standing_or_council()
        };
        if district.is_some() {
            return district_body(base, System::State);
        }
        // `của UBND huyện` in a province's text, `của UBND xã` in a district's: a body below
        // the province that the text does not name, never the province's own.
        // (District kinds first: `thị xã` before `xã`.)
        let kind = DISTRICT_KINDS
            .iter()
            .chain(COMMUNE_KINDS.iter().rev())
            .find(|(k, _)| has(k))
            .map_or("", |(_, w)| w);
        return Some(Issuer {
            name: format!("{base} {kind}"),
            system: System::State,
            scope: Scope::Unknown,
        });
    }
    // `Thành ủy` of a province that is not a centrally-run city is the Party committee of one
    // of its cities, a district-level body (`Ban Thường vụ Thành ủy` in a Ninh Thuận text is
    // Phan Rang - Tháp Chàm's): the city it names, the text's own, or none known.
    let city_province = province.is_some_and(is_city);
    // (Also by its executive committee's name, `Ban Chấp hành Đảng bộ Thành phố`: in a Tây
    // Ninh text, the city Tây Ninh's, whose `119-KH/TU` is not the Tỉnh ủy's.)
    let city_committee =
        has("thanh uy") || has("ban chap hanh dang bo thanh pho") || has("bch dang bo thanh pho");
    if city_committee && province.is_some() && !city_province {
        let base = if has("ban thuong vu") || has("btv") {
            "Ban Thường vụ Thành ủy"
        } else {
            "Thành ủy"
        };
        let named_city = city_after_committee(phrase);
        *reads_homes |= named_city.is_none();
        let city = named_city.or_else(|| home_district.map(str::to_string));
        return Some(match city {
            Some(c) => Issuer {
                name: format!("{base} {c}"),
                system: System::Party,
                scope: Scope::District {
                    province: province.map(str::to_string),
                    district: c,
                },
            },
            None => Issuer {
                name: base.to_string(),
                system: System::Party,
                scope: Scope::Unknown,
            },
        });
    }
    // A provincial Party committee's boards issue under their own symbols (`KH-BTGTU`,
    // `HD-BTCTU`): `Ban Tuyên giáo Tỉnh ủy` is not the Tỉnh ủy.
    if has("tinh uy") || city_province && has("thanh uy") {
        if let Some((_, name)) = PARTY_BOARDS
            .iter()
            .find(|(k, _)| has(&format!("{k} tinh uy")) || has(&format!("{k} thanh uy")))
        {
            return local(&format!("{name} Tỉnh ủy"), System::Party);
        }
    }
    if has("ban thuong vu tinh uy") || has("btv tinh uy") {
        return local("Ban Thường vụ Tỉnh ủy", System::Party);
    }
    // (A centrally-run city's: `Ban Thường vụ Thành ủy` of Hải Phòng.)
    if has("ban thuong vu thanh uy") || has("btv thanh uy") {
        return local("Ban Thường vụ Thành ủy", System::Party);
    }
    if has("tinh uy") || has("ban chap hanh dang bo tinh") || has("bch dang bo tinh") {
        return local("Tỉnh ủy", System::Party);
    }
    if has("thanh uy") || has("ban chap hanh dang bo thanh pho") {
        return local("Thành ủy", System::Party);
    }
    // The Central Committee's commissions and office (`Ban Tổ chức Trung ương Đảng`, a header
    // `BAN CHẤP HÀNH TRUNG ƯƠNG` / `BAN TỔ CHỨC`, `Văn phòng Trung ương Đảng`): theirs, not the
    // Committee's, as their letters say (`HD/BTCTW`, `CV/VPTW`).
    // (Its words right before `Trung ương`, or after the Committee's in a header: not
    // `Văn phòng Ban Chỉ đạo Trung ương ...`.)
    if has("trung uong") || has("tw") {
        let header = has("ban chap hanh trung uong");
        let board = PARTY_BOARDS.iter().find(|(k, _)| {
            has(&format!("{k} trung uong"))
                || has(&format!("{k} tw"))
                || header && f.trim_end().ends_with(k)
        });
        if let Some((key, board)) = board {
            return Some(central(&central_board(key, board), System::Party));
        }
    }
    // (`T.Ư`, `T Ư`: the press's short form of `Trung ương`, `Ban Chấp hành T.Ư (khóa IX)`.)
    if has("ban chap hanh trung uong")
        || has("ban chap hanh t u")
        || has("ban chap hanh t w")
        || has("bch t u")
        || has("bch tw")
        || has("bchtw")
        || has("bch trung uong")
        || has("trung uong dang")
        || has("hoi nghi trung uong")
    {
        return Some(central(CENTRAL_COMMITTEE, System::Party));
    }
    if ubnd && has("chu tich") {
        return local("Chủ tịch UBND tỉnh", System::State);
    }
    if ubnd {
        return local("UBND tỉnh", System::State);
    }
    if hdnd {
        return local(&format!("{} tỉnh", standing_or_council()), System::State);
    }
    // (Ministries before the Government: `Văn phòng Chính phủ`, `Thanh tra Chính phủ`.)
    for (_, name, folded) in folded_bodies(BodyTable::Ministries) {
        if has(folded) {
            return Some(central(name, System::State));
        }
    }
    if has("thu tuong") {
        return Some(central("Thủ tướng Chính phủ", System::State));
    }
    // (The Government from 1981 to 1992, and its chairman: `của Hội đồng Bộ trưởng (nay là
    // Chính phủ)`.)
    if has("chu tich hoi dong bo truong") {
        return Some(central("Chủ tịch Hội đồng Bộ trưởng", System::State));
    }
    if has("hoi dong bo truong") {
        return Some(central("Hội đồng Bộ trưởng", System::State));
    }
    if has("chinh phu") {
        return Some(central("Chính phủ", System::State));
    }
    if has("uy ban thuong vu quoc hoi") {
        return Some(central("Ủy ban Thường vụ Quốc hội", System::State));
    }
    if has("quoc hoi") {
        return Some(central("Quốc hội", System::State));
    }
    for (_, name, folded) in folded_bodies(BodyTable::Departments) {
        if has(folded) {
            return local(&format!("{name} tỉnh"), System::State);
        }
    }
    match body_by_initials(&f).filter(|_| names_body_capitalised(phrase)) {
        Some((BodyTable::Ministries, name)) => return Some(central(name, System::State)),
        Some((BodyTable::Departments, name)) => {
            return local(&format!("{name} tỉnh"), System::State)
        }
        None => {}
    }
    // `Ban Tổ chức Trung ương`, `Ủy ban Kiểm tra Trung ương`, `Đảng ủy Khối Doanh nghiệp
    // Trung ương` (the Party's), `Ban Chỉ đạo Trung ương ...`, `Hội đồng Thi đua - Khen thưởng
    // Trung ương`: a central body, named as written.
    let t = f.trim();
    let board = ["ban ", "uy ban ", "dang uy khoi ", "hoi dong "]
        .iter()
        .any(|b| t.starts_with(b));
    if board && (t.ends_with(" trung uong") || t.contains(" trung uong ")) {
        let name = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        let name = if name.chars().any(char::is_lowercase) {
            name
        } else {
            board_case(&name)
        };
        let party = (t.starts_with("ban ") && !t.starts_with("ban chi dao "))
            || t.starts_with("uy ban kiem tra ")
            || t.starts_with("dang uy khoi ");
        return Some(central(
            &name,
            if party { System::Party } else { System::State },
        ));
    }
    // `Nghị quyết 29 của Trung ương`, `của TW`: the Party's Central Committee, the only body
    // called so alone (`Trung ương Đoàn`, `Trung ương Hội ...` name others, and are not alone).
    if matches!(f.trim(), "trung uong" | "tw") {
        return Some(central(CENTRAL_COMMITTEE, System::Party));
    }
    None
}

/// The Party committee of an agency, a ministry, a force or a company (`Ban Thường vụ Đảng ủy
/// Bộ Công Thương`, `Đảng ủy Văn phòng UBND tỉnh`, `Đảng ủy Công an tỉnh`, `Đảng ủy Khối các
/// cơ quan tỉnh`, `ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH`): the Party's, not the body's it sits in,
/// and numbering its texts apart (`15-NQ/ĐUB`, `128-KH/ĐUK`). Named as written, from its
/// standing committee's or board's words before `Đảng ủy`. Not a territory's (`Đảng ủy xã`,
/// `Đảng ủy phường`, `Đảng ủy thị trấn`: the commune's, read after this).
fn agency_party_committee(
    phrase: &str,
    f: &str,
    named: Option<&str>,
    home: Option<&str>,
) -> Option<Issuer> {
    let at = f.find(" dang uy ")?;
    let after: Vec<&str> = f[at + " dang uy ".len()..].split_whitespace().collect();
    let territorial = match after[..] {
        [] => true,
        ["quan", "su" | "khu" | "doi" | "uy", ..] => false,
        [w, ..] => {
            matches!(
                w,
                "xa" | "phuong" | "thi" | "dac" | "huyen" | "tinh" | "quan"
            ) || after.starts_with(&["thanh", "pho"])
        }
    };
    if territorial {
        return None;
    }
    // The raw words, `Đảng ủy` found among them by their folded forms.
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| fold_words(w)).collect();
    let k = folded
        .windows(2)
        .position(|w| w[0] == "dang" && w[1] == "uy")?;
    let lead = [
        "ban thuong vu",
        "ban chap hanh",
        "thuong truc",
        "ban tuyen giao",
        "ban to chuc",
        "uy ban kiem tra",
        "ban dan van",
    ]
    .iter()
    .map(|l| l.split(' ').collect::<Vec<_>>())
    .find(|l| {
        k >= l.len()
            && folded[k - l.len()..k]
                .iter()
                .map(String::as_str)
                .eq(l.iter().copied())
    })
    .map_or(0, |l| l.len());
    let name = words[k - lead..].join(" ");
    let mut name = if name.chars().any(char::is_lowercase) {
        name
    } else {
        board_case(&name)
    };
    // Central with `Trung ương` in its name (`Đảng ủy Công an Trung ương`, the central
    // blocs'); the province's when it names one or says `tỉnh` (as a cited-in key would place
    // it: the committees of one province's agencies share their letters, `KH/ĐU`, and are told
    // apart by their names only). The committees of the ministries (`NQ/ĐUB` of each) stay
    // unplaced, each keyed by the province of the texts that cite it.
    let g = format!(" {} ", folded[k..].join(" "));
    let scope = if contains_words(&g, "trung uong") {
        Scope::Central
    } else if let Some(p) = named {
        Scope::Province(p.to_string())
    } else if let (true, Some(p)) = (contains_words(&g, "tinh"), home) {
        name = format!("{name} {p}");
        Scope::Province(p.to_string())
    } else {
        Scope::Unknown
    };
    Some(Issuer {
        name,
        system: System::Party,
        scope,
    })
}

/// A ministry or department written with abbreviations (`Bộ NN&PTNT`, `Bộ Nông nghiệp và
/// PTNT`, `Sở LĐ-TB&XH`, `Bộ GD&ĐT`): after the word `Bộ` or `Sở` of `f` (folded words, a space
/// at each end), each word gives its initial, or itself when it has no vowel (an abbreviation:
/// `nn`, `ptnt`, `gd`); `và` gives nothing. The longest run whose letters are a body's symbol
/// letters in the tables ([`MINISTRIES`], [`DEPARTMENTS`]) names it. (Names written in full are
/// read before this: `Sở Ngoại vụ` and `Sở Nội vụ` share their initials.)
fn body_by_initials(f: &str) -> Option<(BodyTable, &'static str)> {
    let words: Vec<&str> = f.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let table = match *w {
            "bo" => BodyTable::Ministries,
            "so" => BodyTable::Departments,
            _ => continue,
        };
        let mut letters: String = w.chars().take(1).collect();
        let mut best = None;
        for w in words[i + 1..].iter().take(10) {
            if *w == "va" {
                continue;
            }
            if w.contains(['a', 'e', 'i', 'o', 'u', 'y']) {
                letters.extend(w.chars().take(1));
            } else {
                letters.push_str(w);
            }
            if let Some((_, name, _)) = folded_bodies(table).iter().find(|(l, _, _)| *l == letters)
            {
                best = Some((table, *name));
            }
        }
        if best.is_some() {
            return best;
        }
    }
    None
}

/// Whether a phrase writes `Bộ` or `Sở` before a capitalised word (`Bộ NN&PTNT`, `Sở Giáo dục -
/// Đào tạo`), as a body's name is written: `bộ` before a word in small letters is the common
/// noun, a set (`Bộ tiêu chí quốc gia`, `bộ chỉ số`, `bộ hồ sơ`), whose initials name no
/// ministry (`btc` is not Bộ Tài chính).
fn names_body_capitalised(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if matches!(crate::normalize::fold(w).as_str(), "bo" | "so")
            && words
                .peek()
                .and_then(|n| n.chars().next())
                .is_some_and(char::is_uppercase)
        {
            return true;
        }
    }
    false
}

/// The province `của tỉnh` names, without a body: the citing document's own (`home`; also `của
/// tỉnh ta`), or the one named (`của tỉnh Lạng Sơn`). Which body (UBND, Tỉnh ủy, HĐND) is
/// left open. `của thành phố` is not read: it may be a provincial city, a district's rank.
pub fn province_of_phrase<'a>(phrase: &str, home: Option<&'a str>) -> Option<&'a str> {
    let f = fold_words(phrase);
    match f.as_str() {
        "tinh" | "tinh ta" | "tinh nha" => home,
        _ => {
            let named = province_in(phrase)?;
            (f.strip_prefix("tinh ") == Some(fold_words(named).as_str())).then_some(named)
        }
    }
}

/// Whether `f` (folded words with a space at each end) holds ` k `.
/// A mass organisation an issuer phrase names: its name below the centre (`Hội LHPN`, before
/// `tỉnh Phú Yên` or `huyện Yên Định`) and at the centre. Each numbers its texts apart, in the
/// Party's forms (`49-KH/HNDT`, `05-NQ/TWH`) or the State's (`34/KH-LĐLĐ`), and holds its own
/// congresses: its `khóa` is not the Party's.
pub(crate) struct MassOrganisation {
    pub local: &'static str,
    pub central: &'static str,
    /// Only at the centre (`Tổng Liên đoàn Lao động Việt Nam`).
    pub always_central: bool,
    pub system: System,
}

/// The boards that issue for a mass organisation, as its texts name them (folded keys).
const MASS_BOARDS: &[(&[&str], &str)] = &[
    (&["doan chu tich"], "Đoàn Chủ tịch"),
    (&["ban thuong truc"], "Ban Thường trực"),
    (&["ban thuong vu", "btv"], "Ban Thường vụ"),
    (&["ban chap hanh", "bch"], "Ban Chấp hành"),
];

/// The mass organisations, as texts name them (folded keys, in the order they are tried: the
/// trade unions' confederation before its provincial federations): name below the centre,
/// name at the centre, and whether it is only at the centre.
const MASS_ORGS: &[(&[&str], &str, &str, bool)] = &[
    (
        &["tong lien doan lao dong", "tong ldld"],
        "Tổng Liên đoàn Lao động Việt Nam",
        "Tổng Liên đoàn Lao động Việt Nam",
        true,
    ),
    (
        &["lien doan lao dong", "ldld"],
        "Liên đoàn Lao động",
        "Tổng Liên đoàn Lao động Việt Nam",
        false,
    ),
    (
        &["hoi lien hiep phu nu", "hoi lhpn", "hoi phu nu"],
        "Hội LHPN",
        "Trung ương Hội LHPN Việt Nam",
        false,
    ),
    (
        &["hoi nong dan", "hoi nd"],
        "Hội Nông dân",
        "Trung ương Hội Nông dân Việt Nam",
        false,
    ),
    (
        &["hoi cuu chien binh", "hoi ccb"],
        "Hội Cựu chiến binh",
        "Trung ương Hội Cựu chiến binh Việt Nam",
        false,
    ),
    (
        &["mttq", "mttqvn", "mat tran to quoc"],
        "Ủy ban MTTQ",
        "Ủy ban Trung ương MTTQ Việt Nam",
        false,
    ),
];

/// The mass organisation the folded phrase `f` (spaces around) names, if any.
pub(crate) fn mass_organisation(f: &str) -> Option<MassOrganisation> {
    MASS_ORGS
        .iter()
        .find(|(keys, ..)| keys.iter().any(|k| contains_words(f, k)))
        .map(|&(_, local, central, always_central)| MassOrganisation {
            local,
            central,
            always_central,
            system: System::Party,
        })
}

/// Whether a symbol holds the Youth Union Central Committee's letters (`225-KH/TWĐTN-CTTN`,
/// `367-QĐ/TWĐTN-VP`): `TWĐTN`, Trung ương Đoàn Thanh niên.
pub fn youth_union_centre_symbol(symbol: &str) -> bool {
    symbol.split(['/', '-']).any(|p| fold(p) == "twdtn")
}

/// Whether a central document of the Party system is dated by the Party's terms (`khóa
/// XIII`): not the Youth Union's, whose congresses have their own (`225-KH/TWĐTN-CTTN`, `của
/// Ban Bí thư Trung ương Đoàn`).
pub fn takes_party_term(symbol: Option<&str>, issuer: Option<&str>) -> bool {
    !symbol.is_some_and(youth_union_centre_symbol)
        && !issuer.is_some_and(|i| i.ends_with("Trung ương Đoàn"))
        // (Nor a mass organisation's: `Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI)`.)
        && issuer.is_none_or(|i| mass_organisation(&format!(" {} ", fold_words(i))).is_none())
        // (The Party committee of a ministry or a central bloc holds its own congresses:
        // `15-NQ/ĐUB` of the Đảng ủy Bộ Công Thương.)
        && !issuer.is_some_and(|i| fold_words(i).contains("dang uy"))
        && !symbol.is_some_and(|s| {
            s.rsplit(['/', '-'])
                .next()
                .is_some_and(|p| fold(p).starts_with("du"))
        })
}

/// Whether the folded phrase `f` (spaces around) names a central body of the Youth Union
/// (Đoàn TNCS Hồ Chí Minh): `Trung ương Đoàn`, `TW Đoàn`, or the Central Committee's words
/// with the Union's name (not `đoàn kết`, solidarity, after `Trung ương`).
pub fn is_youth_union_centre(f: &str) -> bool {
    let has = |k: &str| contains_words(f, k);
    ((has("trung uong doan") || has("tw doan"))
        && !has("trung uong doan ket")
        && !has("tw doan ket"))
        || (has("trung uong") || has("tw")) && (has("doan tncs") || has("doan thanh nien cong san"))
}

fn contains_words(f: &str, k: &str) -> bool {
    let (fb, kb) = (f.as_bytes(), k.as_bytes());
    if kb.len() + 2 > fb.len() {
        return false;
    }
    // Each place after a space where `k` and a space stand (the words are short: no searcher).
    // (The first byte is compared here: most places differ there, and a call to memcmp for
    // each place was 0.6 % of a build's samples.)
    let first = kb.first().copied();
    memchr::memchr_iter(b' ', &fb[..fb.len() - kb.len() - 1]).any(|s| {
        let i = s + 1;
        first.is_none_or(|b| fb[i] == b) && fb[i..].starts_with(kb) && fb[i + kb.len()] == b' '
    })
}

/// Which table of bodies.
#[derive(Clone, Copy, Debug, PartialEq)]
enum BodyTable {
    Ministries,
    Departments,
}

/// A table of bodies with each one's symbol letters folded and its name folded to words:
/// (letters, name, name's words). (Chosen by name, not by the table's address: a `const`
/// slice has no fixed address, and debug builds give each use its own.)
fn folded_bodies(table: BodyTable) -> &'static [(String, &'static str, String)] {
    type Bodies = Vec<(String, &'static str, String)>;
    fn make(table: &'static [(&'static str, &'static str)]) -> Bodies {
        table
            .iter()
            .map(|(l, n)| (fold(l), *n, fold_words(n)))
            .collect()
    }
    static M: std::sync::LazyLock<Bodies> = std::sync::LazyLock::new(|| make(MINISTRIES));
    static D: std::sync::LazyLock<Bodies> = std::sync::LazyLock::new(|| make(DEPARTMENTS));
    match table {
        BodyTable::Ministries => &M,
        BodyTable::Departments => &D,
    }
}

/// The department whose symbol letters a symbol's part is (`SGDĐT`, also typed without marks,
/// `SGDDT`): folded alike, but a part that writes `Đ` where the letters have `D` is another
/// body's (`BĐT`, a People's Council's urban board, is not `BDT`, the province's ethnic
/// board).
pub fn department_letters(part: &str) -> Option<&'static str> {
    let f = fold(part);
    let stroke = part.contains(['Đ', 'đ']);
    DEPARTMENTS
        .iter()
        .zip(folded_bodies(BodyTable::Departments))
        .find(|((letters, _), (k, _, _))| *k == f && (!stroke || letters.contains('Đ')))
        .map(|((_, name), _)| *name)
}

/// Whether a central Party board issues documents of a type: the Secretariat (Ban Bí thư)
/// issues directives, conclusions, rules and notices but no numbered resolution (`-NQ/TW` is a
/// plenum's or the Politburo's); the Central Committee issues no directive (`-CT/TW` is the
/// Politburo's or the Secretariat's). Any other body: any type.
pub fn board_issues(board: &str, doc_type: &str) -> bool {
    match board {
        "Ban Bí thư Trung ương Đảng" => doc_type != "Nghị quyết",
        CENTRAL_COMMITTEE => doc_type != "Chỉ thị",
        _ => true,
    }
}

/// Whether a body's name is a ministry's (or a ministry-level body's) of [`MINISTRIES`].
pub fn is_ministry(name: &str) -> bool {
    MINISTRIES.iter().any(|(_, n)| *n == name)
}

/// A ministry's or a department's letters written with `&` (`BGD&ĐT`, `SNN&PTNT`), as the
/// code the body's own symbols carry (`BGDĐT`, `SNNPTNT`): one document, one symbol, however a
/// citing text spells it.
pub fn code_without_amp(part: &str) -> Option<&'static str> {
    if !part.contains('&') {
        return None;
    }
    let f = fold(&part.replace('&', ""));
    [BodyTable::Ministries, BodyTable::Departments]
        .into_iter()
        .flat_map(|t| folded_bodies(t).iter())
        .zip(MINISTRIES.iter().chain(DEPARTMENTS))
        .find(|((k, _, _), (code, _))| *k == f && !code.contains('&'))
        .map(|(_, (code, _))| *code)
}

/// Whether the folded phrase `phrase` ends inside a ministry's or a department's name that goes
/// on with the folded word `next` (`so giao duc va` / `dao`): the name from its `Bộ` or `Sở`,
/// broken after at least its second word.
pub fn body_name_goes_on(phrase: &str, next: &str) -> bool {
    let words: Vec<&str> = phrase.split(' ').collect();
    let Some(at) = words.iter().rposition(|w| matches!(*w, "bo" | "so")) else {
        return false;
    };
    if words.len() - at < 3 {
        return false;
    }
    let head = format!("{} {next}", words[at..].join(" "));
    [BodyTable::Ministries, BodyTable::Departments]
        .into_iter()
        .flat_map(|t| folded_bodies(t).iter())
        .any(|(_, _, f)| {
            f.strip_prefix(&head)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
}

/// Whether a ministry's name opens `Bộ <word> <next>` (folded words): `Bộ Giáo` / `dục`, a name
/// broken across lines inside it.
pub fn ministry_name_goes_on(word: &str, next: &str) -> bool {
    let head = format!("bo {word} {next}");
    folded_bodies(BodyTable::Ministries)
        .iter()
        .any(|(_, _, f)| {
            f.strip_prefix(&head)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
}

/// Byte length of a ministry's or department's name at the start of `s` when it is written with
/// a comma: `Bộ Văn hóa, Thể thao và Du lịch` (its official name), `Sở Lao động, Thương binh và
/// Xã hội` (for `Lao động - Thương binh`). The words of `s` are the name's, apart only by spaces,
/// one comma or one hyphen each, and a comma is among them; `None` otherwise (a name without a
/// comma is read with the phrase it opens, which stops at a comma).
pub fn comma_name_len(s: &str) -> Option<usize> {
    // (`Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch`: the minister's title, then the name.)
    for title in ["Bộ trưởng ", "BỘ TRƯỞNG ", "bộ trưởng "] {
        if let Some(rest) = s.strip_prefix(title) {
            return comma_name_len(rest).map(|n| title.len() + n);
        }
    }
    // Every such name is a ministry's or a department's: it opens with `Bộ` or `Sở` (told
    // before anything is folded: most phrases before a comma are `UBND tỉnh`, `Tỉnh ủy`).
    let opening = [
        "Bộ ", "Sở ", "BỘ ", "SỞ ", "bộ ", "sở ", "Bo ", "So ", "BO ", "SO ",
    ];
    if !opening.iter().any(|o| s.starts_with(o)) {
        return None;
    }
    // The first words of `s`, folded, with each one's end and whether a comma precedes it.
    let mut words: Vec<(String, usize, bool)> = Vec::new();
    let mut at = 0;
    let mut comma = false;
    while words.len() < 12 {
        let gap = s[at..]
            .find(|c: char| c.is_alphanumeric())
            .unwrap_or(s.len() - at);
        let sep = &s[at..at + gap];
        let seps = sep
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>();
        let lines = sep.matches('\n').count();
        if at + gap == s.len() || !matches!(seps.as_str(), "" | "," | "-") || lines > 1 {
            break;
        }
        comma |= seps == ",";
        let w0 = at + gap;
        let len = s[w0..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(s.len() - w0);
        at = w0 + len;
        let w = fold_words(&s[w0..at]);
        // Every such name is a ministry's or a department's (the tables' first words).
        if words.is_empty() && !matches!(w.as_str(), "bo" | "so") {
            return None;
        }
        words.push((w, at, comma));
    }
    [BodyTable::Ministries, BodyTable::Departments]
        .into_iter()
        .flat_map(folded_bodies)
        .filter_map(|(_, _, name)| {
            let n = name.split(' ').count();
            let ws = words.get(..n)?;
            (ws.iter().map(|w| w.0.as_str()).eq(name.split(' ')) && ws[n - 1].2)
                .then(|| ws[n - 1].1)
        })
        .max()
}

/// Whether a province (its name in [`PROVINCES`]) is a centrally-run city (`Hà Nội`, `Cần Thơ`).
pub fn is_city(province: &str) -> bool {
    PROVINCES.iter().any(|p| p.name == province && p.city)
}

/// The name of a provincial body in a centrally-run city: `UBND thành phố`, `Thành ủy`.
fn city_form(base: &str, province: &str) -> String {
    if !is_city(province) {
        return base.to_string();
    }
    base.replace("Tỉnh ủy", "Thành ủy")
        .replace(" tỉnh", " thành phố")
}

/// The Party's Central Committee as the graph names it.
pub const CENTRAL_COMMITTEE: &str = "Ban Chấp hành Trung ương Đảng";

/// The boards of a Party committee, as [`parse_issuer`] names them before `Tỉnh ủy` and a
/// header names them under their committee (folded, as written; the longer first). Since 2025
/// Tuyên giáo and Dân vận are one board.
pub const PARTY_BOARDS: &[(&str, &str)] = &[
    ("ban tuyen giao va dan van", "Ban Tuyên giáo và Dân vận"),
    ("ban chinh sach chien luoc", "Ban Chính sách, chiến lược"),
    ("ban tuyen giao", "Ban Tuyên giáo"),
    ("ban to chuc", "Ban Tổ chức"),
    ("ban dan van", "Ban Dân vận"),
    ("ban noi chinh", "Ban Nội chính"),
    ("ban kinh te", "Ban Kinh tế"),
    ("ban doi ngoai", "Ban Đối ngoại"),
    ("uy ban kiem tra", "Ủy ban Kiểm tra"),
    ("van phong", "Văn phòng"),
];

/// The name of a board of [`PARTY_BOARDS`] (its folded words `key`, its name `board`) of the
/// Central Committee, as running text names it: `Ban Tổ chức Trung ương`, `Văn phòng Trung
/// ương Đảng` (each issues under letters of its own: BTCTW, VPTW; Hướng dẫn 36-HD/VPTW).
pub fn central_board(key: &str, board: &str) -> String {
    if key == "van phong" {
        format!("{board} Trung ương Đảng")
    } else {
        format!("{board} Trung ương")
    }
}

/// Ministries and central agencies by the letters their symbols carry (decree 30/2020,
/// appendix I: the issuer part of a symbol), including the names in force since the 2025
/// reorganisation.
pub const MINISTRIES: &[(&str, &str)] = &[
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BNV", "Bộ Nội vụ"),
    ("BTC", "Bộ Tài chính"),
    ("BYT", "Bộ Y tế"),
    ("BCA", "Bộ Công an"),
    ("BQP", "Bộ Quốc phòng"),
    ("BNG", "Bộ Ngoại giao"),
    ("BTP", "Bộ Tư pháp"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    // (Letters older symbols carry: Thông tư 01/2007/TT-BKH, Quyết định 2344/QĐ-BNN-TT.)
    ("BKH", "Bộ Kế hoạch và Đầu tư"),
    ("BNN", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BCT", "Bộ Công Thương"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BXD", "Bộ Xây dựng"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    // (Its decisions' and letters' letters, without the `B`: `601/QĐ-LĐTBXH`,
    // `1136/LĐTBXH-ATLĐ`; its circulars' are `TT-BLĐTBXH`.)
    ("LĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BDTTG", "Bộ Dân tộc và Tôn giáo"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ("TTCP", "Thanh tra Chính phủ"),
    // (Its name until 2005: `Thông tư số 1178/TTNN`.)
    ("TTNN", "Thanh tra Nhà nước"),
    // (Bodies of before the 2007-2008 merger whose circulars are still cited: Thông tư liên
    // tịch 22/2007/TTLT-BVHTT-UBTDTT; the ethnic committee's name of 1992-2002 before its later
    // one, which it holds.)
    ("BVHTT", "Bộ Văn hóa - Thông tin"),
    ("UBTDTT", "Ủy ban Thể dục Thể thao"),
    ("TCDL", "Tổng cục Du lịch"),
    ("BTS", "Bộ Thủy sản"),
    ("BTM", "Bộ Thương mại"),
    ("BBCVT", "Bộ Bưu chính, Viễn thông"),
    ("BKHCNMT", "Bộ Khoa học, Công nghệ và Môi trường"),
    ("UBDSGĐTE", "Ủy ban Dân số, Gia đình và Trẻ em"),
    ("UBDTMN", "Ủy ban Dân tộc và Miền núi"),
    ("UBDT", "Ủy ban Dân tộc"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("KTNN", "Kiểm toán Nhà nước"),
    // (The courts' and procuracies' heads: `04/2019/NQ-HĐTP`, `01/2024/TT-TANDTC`,
    // `11/HD-VKSTC`; the council of judges before the court, whose name holds the court's.)
    ("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("VKSTC", "Viện kiểm sát nhân dân tối cao"),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    // (Consolidated texts of laws: `20/VBHN-VPQH`.)
    ("VPQH", "Văn phòng Quốc hội"),
    // (Central bodies that write in their own name and are cited by the provinces: a
    // ministry's general department, `204/TCTDTT-TDTTQC` (to 2022); the national steering
    // committees on natural disasters, `30/QGPCTT` (from 2022) and `05/TWPCTT` before it; the
    // union of science associations, `196/LHHVN`.)
    ("TCTDTT", "Tổng cục Thể dục thể thao"),
    ("QGPCTT", "Ban Chỉ đạo quốc gia về phòng, chống thiên tai"),
    ("TWPCTT", "Ban Chỉ đạo Trung ương về phòng, chống thiên tai"),
    ("LHHVN", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"),
    // (National committees and councils the provinces carry out: the traffic-safety
    // committee's yearly plans, `506/KH-UBATGTQG`; the digital-transformation committee's,
    // `24/QĐ-UBQGCĐS`; the council that appraises national plans, `25/BC-HĐTĐNN`; the traffic
    // police department of the Ministry of Public Security, `196/KH-C08-P8` (a province's
    // division writes `PC08`).)
    ("UBATGTQG", "Ủy ban An toàn giao thông Quốc gia"),
    ("UBQGCĐS", "Ủy ban Quốc gia về chuyển đổi số"),
    ("HĐTĐNN", "Hội đồng thẩm định nhà nước"),
    ("C08", "Cục Cảnh sát giao thông"),
];

/// The National Assembly's council and committees, by the letters their texts carry with the
/// Assembly's term (`1016/BC-HĐDT14`, `BC-UBTCNS15`), folded: each is central.
const ASSEMBLY_BODIES: &[(&str, &str)] = &[
    ("hddt", "Hội đồng Dân tộc"),
    ("ubpl", "Ủy ban Pháp luật của Quốc hội"),
    ("ubtp", "Ủy ban Tư pháp của Quốc hội"),
    ("ubkt", "Ủy ban Kinh tế của Quốc hội"),
    ("ubtcns", "Ủy ban Tài chính, Ngân sách của Quốc hội"),
    ("ubqpan", "Ủy ban Quốc phòng và An ninh của Quốc hội"),
    ("ubvhgd", "Ủy ban Văn hóa, Giáo dục của Quốc hội"),
    ("ubxh", "Ủy ban Xã hội của Quốc hội"),
    (
        "ubkhcnmt",
        "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
    ),
    ("ubdn", "Ủy ban Đối ngoại của Quốc hội"),
];

/// The Assembly body whose letters and term a symbol's part (folded) is: `hddt14`.
fn assembly_body(p: &str) -> Option<&'static str> {
    ASSEMBLY_BODIES.iter().find_map(|(l, name)| {
        let term = p.strip_prefix(l)?;
        (term.len() == 2 && term.bytes().all(|b| b.is_ascii_digit())).then_some(*name)
    })
}

/// State agencies with a central office and a branch in each province (folded names that open
/// an issuer's phrase; the centre's name; a branch's, before its province): see
/// [`parse_issuer`].
/// (The province's police and military command answer to ministries, whose own names are
/// read as ministries': no centre here.)
const BRANCHED_AGENCIES: &[(&[&str], Option<&str>, &str)] = &[
    (
        &["bao hiem xa hoi", "bhxh"],
        Some("Bảo hiểm xã hội Việt Nam"),
        "Bảo hiểm xã hội tỉnh",
    ),
    (
        &["ngan hang chinh sach xa hoi", "nhcsxh"],
        Some("Ngân hàng Chính sách xã hội"),
        "Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
    ),
    (&["cong an"], None, "Công an tỉnh"),
    (
        &["bo chi huy quan su", "bchqs"],
        None,
        "Bộ Chỉ huy Quân sự tỉnh",
    ),
    // (The province's inspectorate, an agency of its People's Committee, which issues in its
    // own name, `58/TTr-TT`, `12/KL-TTr`; the centre's is Thanh tra Chính phủ, a ministry's
    // rank. Not a department's own inspectorate, `Thanh tra Sở Y tế`.)
    (&["thanh tra tinh"], None, "Thanh tra tỉnh"),
];

/// Provincial departments (Sở) by their symbol letters.
pub const DEPARTMENTS: &[(&str, &str)] = &[
    ("SGDĐT", "Sở Giáo dục và Đào tạo"),
    ("SNV", "Sở Nội vụ"),
    ("STC", "Sở Tài chính"),
    ("SYT", "Sở Y tế"),
    ("SKHĐT", "Sở Kế hoạch và Đầu tư"),
    ("STNMT", "Sở Tài nguyên và Môi trường"),
    ("SNNMT", "Sở Nông nghiệp và Môi trường"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("STTTT", "Sở Thông tin và Truyền thông"),
    ("SLĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    // (The same departments' codes written with `&` or cut short, as many provinces write
    // them: `TTr-SNN`, `KH-SNN&PTNT`, `CV-SGD&ĐT`.)
    ("SNN", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("SNN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("SGD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("SKH&ĐT", "Sở Kế hoạch và Đầu tư"),
    ("SKH&CN", "Sở Khoa học và Công nghệ"),
    ("SLĐTB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("SVHTT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("STN&MT", "Sở Tài nguyên và Môi trường"),
    ("SXD", "Sở Xây dựng"),
    ("SGTVT", "Sở Giao thông vận tải"),
    ("STP", "Sở Tư pháp"),
    ("SCT", "Sở Công Thương"),
    ("SKHCN", "Sở Khoa học và Công nghệ"),
    ("SNgV", "Sở Ngoại vụ"),
    // (The provinces' ethnic boards, of a department's rank (Nghị định 24/2014), until 2025
    // merged into the departments of ethnic and religious affairs: `27/TTr-BDT`.)
    ("BDT", "Ban Dân tộc"),
    ("SDTTG", "Sở Dân tộc và Tôn giáo"),
    // (A province's traffic-safety board, chaired by the committee's vice-chair:
    // `39/TTr-BATGT`.)
    ("BATGT", "Ban An toàn giao thông"),
];

/// Issuer letters written with a small letter (the Prime Minister's `TTg`, Sở Ngoại vụ's
/// `SNgV`, a Thanh tra's `TTr`, `15/KL-TTr`): a symbol keeps them so.
pub const MIXED_CASE_LETTERS: &[&str] = &["TTg", "SNgV", "TTr"];

/// Issuer letters of a symbol decide the scope when the text names no issuer: `TW` and the
/// central Party boards (`BTGTW`), `CP`, `TTg`, `QH..`, ministries are central; `TU` and the
/// provincial boards (`BTGTU`), `UBND`, `HĐND`, district committees (`HU`, `QU`, `TX`) and
/// departments (`SGDĐT`) are local. Every part is looked at: a Công văn writes the issuer
/// first (`123/UBND-VX`, `359/SKHCN-QLCN`).
pub fn symbol_is_central(symbol: &str) -> Option<bool> {
    let parts: Vec<String> = symbol.split(['/', '-']).map(fold).collect();
    let central = |p: &str| {
        surely_central_part(p)
            // (The Youth Union's Central Committee: `225-KH/TWĐTN-CTTN`.)
            || p == "twdtn"
            || folded_bodies(BodyTable::Ministries)
                .iter()
                .any(|(l, _, _)| l == p)
    };
    let local = |p: &str| {
        matches!(
            p,
            "ubnd" | "hdnd" | "tt.hdnd" | "tu" | "hu" | "qu" | "du" | "tx" | "tp"
            // (The office of a People's Committee: `42/TTr-VPUB`, `45/VPUBND-TH`.)
            | "vpub" | "vpubnd"
        ) || (p.ends_with("tu") && p.len() > 2)
            // (`QĐ.UB`, `QĐ.UBT`: a provincial committee's of the 1990s.)
            || [".ub", ".ubt", ".ubnd"].iter().any(|s| p.ends_with(s))
    };
    if parts.iter().skip(1).any(|p| central(p)) || parts.len() == 1 && central(&parts[0]) {
        return Some(true);
    }
    if parts.iter().any(|p| local(p))
        || symbol
            .split(['/', '-'])
            .any(|p| department_letters(p).is_some())
    {
        return Some(false);
    }
    if central(&parts[0]) {
        return Some(true);
    }
    None
}

/// Whether `symbol` is central by letters no local body uses: the Party centre's (`TW`,
/// `BTGTW`), the Government's, the Prime Minister's, the National Assembly's. A ministry's
/// letters are also a local board's (`30/KH-BTC` of a town's organising committee, Ban Tổ
/// chức, as against Bộ Tài chính's).
pub fn symbol_is_surely_central(symbol: &str) -> bool {
    symbol
        .split(['/', '-'])
        .map(fold)
        .any(|p| surely_central_part(&p))
}

/// A symbol's part (folded) that only a central body writes ([`symbol_is_surely_central`]).
fn surely_central_part(p: &str) -> bool {
    p == "tw"
        // (The Party committee of the Ministry of Public Security, Đảng ủy Công an Trung ương:
        // `16-NQ/ĐUCA`.)
        || p == "duca"
        || p == "cp"
        || p == "ttg"
        // (The Council of Ministers, the Government's name from 1981 to 1992: `Nghị định
        // 288/HĐBT`.)
        || p == "hdbt"
        || p.starts_with("qh")
        || p.starts_with("ubtvqh")
        || p.ends_with("tw")
        || assembly_body(p).is_some()
}

/// The bodies a joint document's symbol lists after its type (`TTLT-BTC-BNV`,
/// `NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN`), joined as its header writes them (`Bộ Tài chính - Bộ Nội
/// vụ`): every one of them issues it. Only central joint documents whose every body is known;
/// else none.
pub fn joint_issuer(symbol: &str) -> Option<String> {
    let mut parts = symbol.split(['-', '/']);
    let kind = fold(parts.next()?);
    if !matches!(kind.as_str(), "ttlt" | "nqlt") {
        return None;
    }
    let names: Vec<&str> = parts
        .map(|p| {
            let f = fold(p);
            match f.as_str() {
                "cp" => Some("Chính phủ"),
                "ttg" => Some("Thủ tướng Chính phủ"),
                l if l.starts_with("ubtvqh") => Some("Ủy ban Thường vụ Quốc hội"),
                "ubtumttqvn" | "ubmttqvn" | "ubtwmttqvn" | "mttqvn" => {
                    Some("Ủy ban Trung ương MTTQ Việt Nam")
                }
                "dctubtwmttqvn" | "dctubtumttqvn" => {
                    Some("Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")
                }
                _ => folded_bodies(BodyTable::Ministries)
                    .iter()
                    .find(|(k, _, _)| *k == f)
                    .map(|(_, n, _)| *n),
            }
        })
        .collect::<Option<_>>()?;
    (names.len() >= 2).then(|| names.join(" - "))
}

/// Canonical issuer for a symbol alone, when the text names none.
pub fn issuer_of_symbol(symbol: &str, home: Option<&str>) -> Option<Issuer> {
    let last = symbol.rsplit(['/', '-']).next().map(fold)?;
    let prov = |base: &str, system| match home {
        Some(p) => Issuer {
            name: format!("{} {p}", city_form(base, p)),
            system,
            scope: Scope::Province(p.to_string()),
        },
        None => Issuer {
            name: base.to_string(),
            system,
            scope: Scope::Unknown,
        },
    };
    Some(match last.as_str() {
        "tw" => Issuer {
            name: "Trung ương Đảng".into(),
            system: System::Party,
            scope: Scope::Central,
        },
        "cp" => Issuer {
            name: "Chính phủ".into(),
            system: System::State,
            scope: Scope::Central,
        },
        "ttg" => Issuer {
            name: "Thủ tướng Chính phủ".into(),
            system: System::State,
            scope: Scope::Central,
        },
        // (The Standing Committee's resolutions: `1020/2011/UBTVQH12`, `76/NQ-UBTVQH15`.)
        l if l.starts_with("ubtvqh") => Issuer {
            name: "Ủy ban Thường vụ Quốc hội".into(),
            system: System::State,
            scope: Scope::Central,
        },
        l if l.starts_with("qh") => Issuer {
            name: "Quốc hội".into(),
            system: System::State,
            scope: Scope::Central,
        },
        l if assembly_body(l).is_some() => Issuer {
            name: assembly_body(l).unwrap_or_default().into(),
            system: System::State,
            scope: Scope::Central,
        },

        // (The Central Military Commission's and the Central Public Security Party
        // Committee's: `847-NQ/QUTW`, `118-KH/ĐUCA`.)
        "qutw" => Issuer {
            name: CENTRAL_MILITARY_COMMISSION.into(),
            system: System::Party,
            scope: Scope::Central,
        },
        "duca" => Issuer {
            name: "Đảng ủy Công an Trung ương".into(),
            system: System::Party,
            scope: Scope::Central,
        },
        "tu" => prov("Tỉnh ủy", System::Party),
        "ubnd" => prov("UBND tỉnh", System::State),
        "hdnd" => prov("HĐND tỉnh", System::State),
        "tt.hdnd" => prov("Thường trực HĐND tỉnh", System::State),
        l => {
            let dept = symbol.split(['/', '-']).find_map(department_letters);
            if let Some(name) = dept {
                prov(&format!("{name} tỉnh"), System::State)
            } else if let Some((_, name, _)) = {
                // (A Công văn writes the issuer first: `512/BYT-DP`, `36/TANDTC-KHTC`.)
                let first = symbol
                    .split(['/', '-'])
                    .next()
                    .map(fold)
                    .unwrap_or_default();
                // (Or between, after the type, as `symbol_is_central` reads it: `196/KH-C08-P8`,
                // the traffic police department's plan, its division `P8` last; the body right
                // after the type issues, the unit after it drafted: `175/KH-BCA-C08` is the
                // ministry's.)
                let bodies = folded_bodies(BodyTable::Ministries);
                let second = symbol
                    .split(['/', '-'])
                    .nth(1)
                    .map(fold)
                    .unwrap_or_default();
                let by = |p: &str| bodies.iter().find(|(x, _, _)| x == p);
                by(&first)
                    .or_else(|| by(&second))
                    .or_else(|| by(l))
                    .or_else(|| {
                        symbol
                            .split(['/', '-'])
                            .skip(1)
                            .map(fold)
                            .find_map(|p| bodies.iter().find(|(x, _, _)| *x == p))
                    })
            } {
                Issuer {
                    name: name.to_string(),
                    system: System::State,
                    scope: Scope::Central,
                }
            } else {
                return None;
            }
        }
    })
}

/// The levels of issuing bodies, as written in `graph.json` and taken by `--level`.
pub const LEVELS: &[&str] = &[
    "central-party",
    "central-state",
    "ministry",
    "provincial-party",
    "provincial-state",
    "department",
    "district",
    "commune",
    "unknown",
];

/// The level of a document's issuer, from its system, scope, issuer name and symbol.
pub fn level_of(
    system: Option<System>,
    scope: &Scope,
    issuer: Option<&str>,
    symbol: Option<&str>,
) -> &'static str {
    let parts: Vec<String> = symbol.unwrap_or("").split(['/', '-']).map(fold).collect();
    let issuer_f = issuer.map(fold_words).unwrap_or_default();
    match (scope, system) {
        (Scope::District { district, .. }, _) if is_commune(district) => "commune",
        (Scope::District { .. }, _) => "district",
        (Scope::Central, Some(System::Party)) => "central-party",
        (Scope::Central, _) => {
            let ministry = parts.iter().skip(1).any(|p| {
                folded_bodies(BodyTable::Ministries)
                    .iter()
                    .any(|(l, _, _)| l == p)
            }) || issuer_f.starts_with("bo ")
                || folded_bodies(BodyTable::Ministries)
                    .iter()
                    .any(|(_, _, n)| *n == issuer_f);
            if ministry {
                "ministry"
            } else {
                "central-state"
            }
        }
        (Scope::Province(_), Some(System::Party)) => "provincial-party",
        (Scope::Province(_), _) => {
            let dept = symbol
                .unwrap_or("")
                .split(['/', '-'])
                .any(|p| department_letters(p).is_some())
                || issuer_f.starts_with("so ");
            if dept {
                "department"
            } else if system == Some(System::State) {
                "provincial-state"
            } else {
                "unknown"
            }
        }
        (Scope::Unknown, _) => "unknown",
    }
}

/// Where a State document's issuer stands in the order of authority, higher first, when its
/// level, type and symbol tell: the National Assembly's Constitution, laws and resolutions, its Standing
/// Committee's ordinances, the Government's and the Prime Minister's texts, a ministry's, then
/// in a province the People's Council over the People's Committee over a department, then the
/// same in a district and a commune. `None` for a Party document or a body the fields do not
/// place. (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 12: a text is amended, replaced
/// or repealed only by its own issuer's text, and repealed or suspended by a higher body's; a
/// lower body's text never does any of them to a higher body's.)
pub fn state_rank(
    system: Option<System>,
    level: &str,
    doc_type: Option<&str>,
    symbol: Option<&str>,
    issuer: Option<&str>,
) -> Option<u8> {
    if system != Some(System::State) {
        return None;
    }
    let sym = symbol.map(fold).unwrap_or_default();
    let parts: Vec<&str> = sym.split(['/', '-']).collect();
    let issuer = issuer.map(fold_words).unwrap_or_default();
    let council = parts.contains(&"hdnd") || issuer.starts_with("hoi dong nhan dan");
    let committee = parts.contains(&"ubnd") || issuer.starts_with("uy ban nhan dan");
    let local = |council_rank: u8| match (council, committee) {
        (true, false) => Some(council_rank),
        (false, true) => Some(council_rank - 1),
        _ => None,
    };
    match level {
        "central-state" => {
            let part = |l: &str| parts.iter().any(|p| p.starts_with(l));
            match doc_type {
                // (The National Assembly's, which amends the Constitution by a resolution:
                // Nghị quyết 51/2001/QH10.)
                Some("Hiến pháp" | "Luật" | "Bộ luật") => Some(80),
                _ if part("ubtvqh") => Some(70),
                _ if part("qh") => Some(80),
                Some("Pháp lệnh") => Some(70),
                // (The Government's and the Prime Minister's, one rank: which of the two may
                // change the other's text depends on the text.)
                Some("Nghị định") => Some(60),
                _ if part("cp") || part("ttg") => Some(60),
                _ => None,
            }
        }
        "ministry" => Some(40),
        "provincial-state" => local(30),
        "department" => Some(10),
        "district" => local(8),
        "commune" => local(4),
        _ => None,
    }
}

/// Party congress terms: (term, the day the congress closed, which opens the term). Hướng dẫn
/// 36-HD/VPTW: numbering runs within one committee term.
pub const TERMS: &[(&str, &str)] = &[
    ("VIII", "1996-07-01"),
    ("IX", "2001-04-22"),
    ("X", "2006-04-25"),
    ("XI", "2011-01-19"),
    ("XII", "2016-01-28"),
    ("XIII", "2021-02-01"),
    ("XIV", "2026-01-23"),
];

/// The years the National Assembly of a term sat in, first and last (the elections of 1992,
/// 1997, 2002, 2007, 2011, 2016, 2021 and March 2026 opened them): its laws and resolutions,
/// `43/2019/QH14`, carry the term's number and a year of these.
pub fn assembly_term_years(term: u32) -> Option<(i32, i32)> {
    const OPENED: &[i32] = &[1992, 1997, 2002, 2007, 2011, 2016, 2021, 2026];
    let i = usize::try_from(term.checked_sub(9)?).ok()?;
    let first = *OPENED.get(i)?;
    Some((first, OPENED.get(i + 1).copied().unwrap_or(first + 5)))
}

/// The central committee term in force on an ISO date.
pub fn term_of_date(date: &str) -> Option<&'static str> {
    TERMS
        .iter()
        .rev()
        .find(|(_, start)| *start <= date)
        .map(|(t, _)| *t)
}

/// The term of a year, when the whole year lies in one term (not in a congress year).
pub fn term_of_year(year: i32) -> Option<&'static str> {
    let first = term_of_date(&format!("{year:04}-01-01"))?;
    let last = term_of_date(&format!("{year:04}-12-31"))?;
    (first == last).then_some(first)
}

/// Years a term spans (first, last), for checking a year against a term.
pub fn term_years(term: &str) -> Option<(i32, i32)> {
    let i = TERMS
        .iter()
        .position(|(t, _)| t.eq_ignore_ascii_case(term))?;
    let start: i32 = TERMS[i].1[..4].parse().ok()?;
    let end: i32 = match TERMS.get(i + 1) {
        Some((_, d)) => d[..4].parse().ok()?,
        None => 9999,
    };
    Some((start, end))
}

/// The term before `term` (`XIII` → `XII`): the one whose committee prepares the congress
/// that opens `term`.
pub fn term_before(term: &str) -> Option<&'static str> {
    let i = TERMS
        .iter()
        .position(|(t, _)| t.eq_ignore_ascii_case(term))?;
    Some(TERMS.get(i.checked_sub(1)?)?.0)
}

/// Roman term numerals as written (`XI`, `xii`, `Khóa XIII`) → canonical upper case.
pub fn canonical_term(s: &str) -> Option<&'static str> {
    let u = s.trim().to_ascii_uppercase();
    // (In figures, as news write it: `Nghị quyết Trung ương 6 (khóa 12)`.)
    const ROMAN: [&str; 15] = [
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
    ];
    let u = match u.parse::<usize>() {
        Ok(n) => ROMAN.get(n).copied().unwrap_or("").to_string(),
        Err(_) => u,
    };
    TERMS.iter().find(|(t, _)| *t == u).map(|(t, _)| *t)
}

#[cfg(test)]
mod tests {

    /// The order of authority: the National Assembly's resolution amends its Constitution; a
    /// circular is under a decree, a Committee under its Council, a department under both, a
    /// district under its province; Party texts and bodies the fields do not place have none.
    #[test]
    fn state_ranks_follow_the_issuers() {
        use super::*;
        let rank = |level: &str, t: &str, sym: &str, issuer: &str| {
            state_rank(Some(System::State), level, Some(t), Some(sym), Some(issuer))
        };
        let constitution = rank("central-state", "Hiến pháp", "", "Quốc hội");
        assert_eq!(
            constitution,
            rank("central-state", "Nghị quyết", "QH10", "Quốc hội")
        );
        let decree = rank("central-state", "Nghị định", "NĐ-CP", "Chính phủ");
        assert!(decree < constitution);
        assert_eq!(
            decree,
            rank(
                "central-state",
                "Quyết định",
                "QĐ-TTg",
                "Thủ tướng Chính phủ"
            )
        );
        let circular = rank("ministry", "Thông tư", "TT-BTC", "Bộ Tài chính");
        assert!(circular < decree);
        let council = rank(
            "provincial-state",
            "Nghị quyết",
            "NQ-HĐND",
            "HĐND tỉnh Hà Nam",
        );
        let committee = rank(
            "provincial-state",
            "Quyết định",
            "QĐ-UBND",
            "UBND tỉnh Hà Nam",
        );
        assert!(council < circular && committee < council);
        assert!(
            rank(
                "department",
                "Kế hoạch",
                "KH-SGDĐT",
                "Sở Giáo dục và Đào tạo"
            ) < committee
        );
        let district = rank("district", "Kế hoạch", "KH-UBND", "UBND huyện Kim Bảng");
        assert!(district.is_some() && district < committee);
        assert_eq!(
            rank("provincial-state", "Kế hoạch", "KH-BCĐ", "Ban Chỉ đạo tỉnh"),
            None
        );
        assert_eq!(
            rank("central-state", "Kế hoạch", "KH-BCĐ", "Ban Chỉ đạo"),
            None
        );
        let party = state_rank(
            Some(System::Party),
            "provincial-party",
            None,
            Some("CTr/TU"),
            None,
        );
        assert_eq!(party, None);
    }

    /// The Supreme People's Court and Procuracy and the Standing Committee issue as central
    /// bodies, by their headers and by their symbols' letters.
    #[test]
    fn courts_procuracies_and_the_standing_committee_are_central() {
        use super::*;
        for (phrase, name) in [
            (
                "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
                "Viện kiểm sát nhân dân tối cao",
            ),
            ("TÒA ÁN NHÂN DÂN TỐI CAO", "Tòa án nhân dân tối cao"),
            (
                "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
                "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
            ),
        ] {
            let i = parse_issuer(phrase, Some("Nghệ An")).unwrap();
            assert_eq!(
                (i.name.as_str(), &i.scope),
                (name, &Scope::Central),
                "{phrase}"
            );
        }
        // (A province's court is not the supreme one.)
        let i = parse_issuer("Tòa án nhân dân tỉnh Nghệ An", Some("Nghệ An"));
        assert_ne!(i.map(|i| i.scope), Some(Scope::Central));
        for (symbol, name) in [
            ("UBTVQH12", "Ủy ban Thường vụ Quốc hội"),
            ("NQ-UBTVQH15", "Ủy ban Thường vụ Quốc hội"),
            ("HD-VKSTC", "Viện kiểm sát nhân dân tối cao"),
            ("TANDTC-KHTC", "Tòa án nhân dân tối cao"),
            ("QH14", "Quốc hội"),
        ] {
            let i = issuer_of_symbol(symbol, Some("Nghệ An"));
            assert_eq!(i.map(|i| i.name).as_deref(), Some(name), "{symbol}");
        }
    }

    /// National committees and the Assembly's council and committees write their own letters
    /// (`506/KH-UBATGTQG`, `1016/BC-HĐDT14`): central, wherever they are cited, so that every
    /// province's citation is of one document. A province's traffic-safety board's
    /// (`39/TTr-BATGT`) is its province's; the Party's inspection commission's letters without
    /// an Assembly term (`UBKT`) are no Assembly committee's.
    #[test]
    fn national_committees_are_central_by_their_letters() {
        use super::*;
        for (symbol, name) in [
            ("KH-UBATGTQG", "Ủy ban An toàn giao thông Quốc gia"),
            ("QĐ-UBQGCĐS", "Ủy ban Quốc gia về chuyển đổi số"),
            ("BC-HĐTĐNN", "Hội đồng thẩm định nhà nước"),
            ("KH-C08-P8", "Cục Cảnh sát giao thông"),
            ("BC-HĐDT14", "Hội đồng Dân tộc"),
            ("BC-UBTCNS15", "Ủy ban Tài chính, Ngân sách của Quốc hội"),
        ] {
            assert_eq!(symbol_is_central(symbol), Some(true), "{symbol}");
            let i = issuer_of_symbol(symbol, Some("Nghệ An")).expect(symbol);
            assert_eq!(
                (i.name.as_str(), i.scope),
                (name, Scope::Central),
                "{symbol}"
            );
        }
        let i = issuer_of_symbol("TTr-BATGT", Some("Khánh Hòa")).unwrap();
        assert_eq!(
            (i.name.as_str(), i.scope),
            (
                "Ban An toàn giao thông tỉnh Khánh Hòa",
                Scope::Province("Khánh Hòa".into())
            )
        );
        // (The body right after the type issues; the unit after it drafted.)
        let i = issuer_of_symbol("KH-BCA-C08", None).unwrap();
        assert_eq!(i.name, "Bộ Công an");
        assert_ne!(symbol_is_central("TB-UBKT"), Some(true));
        assert_ne!(symbol_is_central("KH-UBKT1"), Some(true));
    }

    /// Social insurance and the social policy bank have a central office and a branch in each
    /// province, under one set of letters (`KH-BHXH`): the name says which. The Party
    /// committee of the public security ministry (`ĐUCA`) and the State inspectorate of before
    /// 2005 (`TTNN`) are central by their letters.
    #[test]
    fn agencies_with_branches_and_central_letters() {
        use super::*;
        for (phrase, home, name, scope) in [
            (
                "BẢO HIỂM XÃ HỘI VIỆT NAM",
                None,
                "Bảo hiểm xã hội Việt Nam",
                Scope::Central,
            ),
            (
                "Bảo hiểm xã hội tỉnh Nghệ An",
                Some("Lạng Sơn"),
                "Bảo hiểm xã hội tỉnh Nghệ An",
                Scope::Province("Nghệ An".into()),
            ),
            (
                "BHXH thành phố Hà Nội",
                None,
                "Bảo hiểm xã hội thành phố Hà Nội",
                Scope::Province("Hà Nội".into()),
            ),
            (
                "Ngân hàng Chính sách xã hội Việt Nam",
                None,
                "Ngân hàng Chính sách xã hội",
                Scope::Central,
            ),
        ] {
            let i = parse_issuer(phrase, home).expect(phrase);
            assert_eq!((i.name.as_str(), &i.scope), (name, &scope), "{phrase}");
        }
        // (The province's police and military command, with their heads named first; a
        // district's police is the district's.)
        for (phrase, name) in [
            ("Giám đốc Công an tỉnh", "Công an tỉnh Hà Tĩnh"),
            ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"),
            // (The province's inspectorate, by its head's title too.)
            ("Chánh Thanh tra tỉnh", "Thanh tra tỉnh Hà Tĩnh"),
            ("Thanh tra tỉnh Hà Tĩnh", "Thanh tra tỉnh Hà Tĩnh"),
        ] {
            let i = parse_issuer(phrase, Some("Hà Tĩnh")).expect(phrase);
            assert_eq!(
                (i.name.as_str(), &i.scope),
                (name, &Scope::Province("Hà Tĩnh".into())),
                "{phrase}"
            );
        }
        // (A department's inspectorate is no province's.)
        let i = parse_issuer("Thanh tra Sở Y tế", Some("Hà Tĩnh"));
        assert!(i.is_none_or(|i| !i.name.starts_with("Thanh tra tỉnh")));
        let i = parse_issuer("Công an huyện Can Lộc", Some("Hà Tĩnh"));
        assert!(i.is_none_or(|i| i.scope != Scope::Province("Hà Tĩnh".into())));
        // (Not a body: the UBND's plan on social insurance is the UBND's.)
        let i = parse_issuer("UBND tỉnh về bảo hiểm xã hội", Some("Nghệ An")).unwrap();
        assert!(i.name.starts_with("UBND"));
        assert_eq!(symbol_is_central("NQ/ĐUCA"), Some(true));
        assert_eq!(symbol_is_central("TTNN"), Some(true));
        assert_eq!(symbol_is_central("QGPCTT"), Some(true));
        assert_eq!(symbol_is_central("TCTDTT-TDTTQC"), Some(true));
    }

    #[test]
    fn a_remembered_phrase_is_read_again_for_another_home() {
        // The same words name another body in another province or district: what a thread
        // remembers is kept apart by both homes, and is what parsing again gives.
        let cases = [
            ("của UBND tỉnh", Some("Lạng Sơn"), None),
            ("của UBND tỉnh", Some("Quảng Nam"), None),
            ("của UBND tỉnh", None, None),
            ("của UBND huyện", Some("Quảng Nam"), Some("Đại Lộc")),
            ("của UBND huyện", Some("Quảng Nam"), Some("Duy Xuyên")),
            ("của UBND huyện", Some("Quảng Nam"), None),
            // Phrases that name their body's place: remembered once for every home.
            ("của UBND tỉnh Bắc Ninh", Some("Lạng Sơn"), None),
            ("của UBND tỉnh Bắc Ninh", None, Some("Đại Lộc")),
            ("của Bộ Chính trị", Some("Quảng Nam"), None),
            ("của UBND huyện Đại Lộc", Some("Quảng Nam"), None),
            ("của UBND huyện Đại Lộc", None, Some("Duy Xuyên")),
            ("của Huyện ủy", Some("Quảng Nam"), Some("Đại Lộc")),
            ("của Huyện ủy", Some("Quảng Nam"), Some("Duy Xuyên")),
        ];
        for _ in 0..2 {
            for (phrase, home, district) in cases {
                assert_eq!(
                    parse_issuer_at(phrase, home, district),
                    parse_issuer_uncached(phrase, home, district),
                    "{phrase} {home:?} {district:?}"
                );
            }
        }
        let name =
            |home, district| parse_issuer_at("của UBND tỉnh", home, district).map(|i| i.name);
        assert_ne!(name(Some("Lạng Sơn"), None), name(Some("Quảng Nam"), None));
    }
    use super::*;

    #[test]
    fn district_pattern_reads_vietnamese_as_the_unicode_classes_do() {
        // The pattern with the Vietnamese alphabet finds, in Vietnamese text, what it found
        // with `\p{Lu}`, `\p{L}` and `\d`: phrases drawn from kinds, names in every case,
        // digits, spaces, tabs, line breaks and punctuation.
        let unicode =
            regex::Regex::new(&district_pattern(r"\p{Lu}", r"\p{L}").replace("0-9", r"\d"))
                .unwrap();
        let vietnamese = regex::Regex::new(&district_pattern(
            &crate::extract::patterns::vi_upper_class(),
            crate::extract::patterns::VI_LETTER,
        ))
        .unwrap();
        const T: &[&str] = &[
            "huyện",
            "HUYỆN",
            "Huyện",
            "quận",
            "thị xã",
            "THỊ XÃ",
            "thành phố",
            "TP.",
            "tp.",
            "TX.",
            "Đại",
            "ĐẠI",
            "Lộc",
            "LỘC",
            "Ứng",
            "Hòa",
            "hòa",
            "Ỷ",
            "ỷ",
            "Ia",
            "Grai",
            "Krông",
            "Búk",
            "R'Lấp",
            "Quận",
            "1",
            "12",
            "Sa",
            "Pa",
            "Ea",
            "H'leo",
            "Tỉnh",
            "về",
            " ",
            "  ",
            "\t",
            "\n",
            ",",
            ";",
            ".",
            "(",
            ")",
            "-",
            "Ý",
            "Yên",
            "ĐĂK",
            "Đăk",
            "Mê",
        ];
        let mut next = crate::testing::xorshift(0x5DEE_CE66_D1CE_4E5B);
        let mut hits = 0;
        for _ in 0..50_000 {
            let len = 1 + next() % 9;
            let mut t = String::new();
            for _ in 0..len {
                t.push_str(T[(next() % T.len() as u64) as usize]);
                if !next().is_multiple_of(3) {
                    t.push(' ');
                }
            }
            let spans = |re: &regex::Regex| -> Vec<(usize, usize, usize, usize)> {
                re.captures_iter(&t)
                    .map(|c| {
                        let (k, n) = (c.name("kind").unwrap(), c.name("name").unwrap());
                        (k.start(), k.end(), n.start(), n.end())
                    })
                    .collect()
            };
            let want = spans(&unicode);
            hits += want.len();
            assert_eq!(spans(&vietnamese), want, "{t:?}");
        }
        assert!(hits > 5_000, "{hits}");
    }

    #[test]
    fn contains_words_is_a_word_aligned_find() {
        fn by_find(f: &str, k: &str) -> bool {
            let (fb, kb) = (f.as_bytes(), k.as_bytes());
            if kb.len() + 2 > fb.len() {
                return false;
            }
            let mut from = 1;
            while let Some(at) = f[from..].find(k) {
                let i = from + at;
                if fb[i - 1] == b' ' && fb.get(i + kb.len()) == Some(&b' ') {
                    return true;
                }
                from = i + 1;
                if from >= fb.len() {
                    break;
                }
            }
            false
        }
        let words = ["a", "ab", "b", "ba", "uy", "tinh", "tinh uy", "", " "];
        let mut next = crate::testing::xorshift(0x853C49E6748FEA9B);
        for _ in 0..50_000 {
            let mut pick = |n: u64| words[(next() % n) as usize];
            let n = 1 + (pick(6).len() as u64);
            let f: String = (0..n)
                .map(|_| pick(words.len() as u64))
                .collect::<Vec<_>>()
                .join(" ");
            let f = format!(" {f} ");
            let k = pick(7);
            assert_eq!(contains_words(&f, k), by_find(&f, k), "{f:?} {k:?}");
        }
    }

    #[test]
    fn sixty_three_provinces_into_thirty_four() {
        assert_eq!(PROVINCES.len(), 63);
        let mut after: Vec<_> = PROVINCES.iter().map(|p| p.since_2025).collect();
        after.sort();
        after.dedup();
        assert_eq!(after.len(), 34, "{after:?}");
    }

    #[test]
    fn finds_provinces_in_phrases() {
        assert_eq!(
            province_in("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"),
            Some("Lạng Sơn")
        );
        assert_eq!(
            province_in("Cổng thông tin điện tử tỉnh Quảng Ngãi"),
            Some("Quảng Ngãi")
        );
        assert_eq!(province_in("tinh thua thien hue"), Some("Thừa Thiên Huế"));
        assert_eq!(province_in("52 Hùng Vương"), None);
        assert_eq!(province_named("Tỉnh Lạng Sơn"), Some("Lạng Sơn"));
    }

    #[test]
    fn a_province_that_is_no_more_is_its_own_and_never_the_texts() {
        let issuer = |phrase: &str| {
            let i = parse_issuer_uncached(phrase, Some("Bắc Ninh"), None).unwrap();
            (i.name, i.scope)
        };
        let prov = |p: &str| Scope::Province(p.to_string());
        // Hà Tây was a province until 2008: its decisions are not Hà Nội's, nor the citing text's.
        assert_eq!(
            issuer("của UBND tỉnh Hà Tây"),
            ("UBND tỉnh Hà Tây".to_string(), prov("Hà Tây"))
        );
        assert_eq!(
            province_in("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM - ĐÀ NẴNG"),
            Some("Quảng Nam - Đà Nẵng")
        );
        assert_eq!(province_in("Tỉnh ủy Hà Nam Ninh"), Some("Hà Nam Ninh"));
        // Only after `tỉnh`: a river, a man.
        assert_eq!(province_in("Hội đồng vùng đồng bằng sông Cửu Long"), None);
        assert_eq!(province_in("đồng chí Nguyễn Minh Hải"), None);
        // A name the table does not know is a province, not the text's; a title that runs on
        // after `tỉnh` is no name.
        assert_eq!(
            issuer("của UBND tỉnh Long Châu Hà"),
            ("UBND tỉnh".to_string(), Scope::Unknown)
        );
        for phrase in [
            "của Ủy ban nhân dân tỉnh Về việc ban hành",
            "của UBND tỉnh Phê duyệt Đề án",
            "của UBND tỉnh",
        ] {
            assert_eq!(
                issuer(phrase),
                ("UBND tỉnh Bắc Ninh".to_string(), prov("Bắc Ninh")),
                "{phrase}"
            );
        }
    }

    #[test]
    fn the_party_committee_of_an_agency_is_the_partys_not_the_agencys() {
        let prov = |p: &str| Scope::Province(p.to_string());
        for (phrase, home, name, scope) in [
            (
                "của Ban Thường vụ Đảng ủy Bộ Công Thương",
                None,
                "Ban Thường vụ Đảng ủy Bộ Công Thương",
                Scope::Unknown,
            ),
            (
                "của Đảng ủy Văn phòng UBND tỉnh",
                Some("Lai Châu"),
                "Đảng ủy Văn phòng UBND tỉnh Lai Châu",
                prov("Lai Châu"),
            ),
            (
                "của Đảng ủy Công an tỉnh Hải Dương",
                None,
                "Đảng ủy Công an tỉnh Hải Dương",
                prov("Hải Dương"),
            ),
            (
                "của Đảng ủy Quân sự tỉnh",
                Some("Ninh Bình"),
                "Đảng ủy Quân sự tỉnh Ninh Bình",
                prov("Ninh Bình"),
            ),
            (
                "của Đảng ủy Công an Trung ương",
                None,
                "Đảng ủy Công an Trung ương",
                Scope::Central,
            ),
            (
                "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
                Some("Thái Nguyên"),
                "Đảng ủy Khối các cơ quan tỉnh Thái Nguyên",
                prov("Thái Nguyên"),
            ),
        ] {
            let i = parse_issuer_uncached(phrase, home, None).unwrap();
            assert_eq!(
                (i.name.as_str(), i.system, i.scope),
                (name, System::Party, scope),
                "{phrase}"
            );
        }
        // (A commune's is the commune's.)
        let i = parse_issuer_uncached("của Đảng ủy xã Phước Hà", Some("Ninh Thuận"), None).unwrap();
        assert_eq!(i.name, "Đảng ủy xã Phước Hà");
        // Their own congresses: not the Central Committee's terms.
        assert!(!takes_party_term(
            Some("NQ/ĐUB"),
            Some("Ban Thường vụ Đảng ủy Bộ Công Thương")
        ));
        assert!(takes_party_term(
            Some("KH/BTGTW"),
            Some("Ban Tuyên giáo Trung ương")
        ));
    }

    #[test]
    fn mass_organisations_are_their_own_issuers() {
        let district = |p: &str, d: &str| Scope::District {
            province: Some(p.into()),
            district: d.into(),
        };
        for (phrase, home, home_district, name, scope) in [
            // Their central committees are not the Party's.
            (
                "của Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI)",
                Some("Đồng Nai"),
                None,
                "Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
                Scope::Central,
            ),
            (
                "của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam",
                Some("Hà Nội"),
                None,
                "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam",
                Scope::Central,
            ),
            (
                "của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
                Some("Hải Phòng"),
                None,
                "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
                Scope::Central,
            ),
            // `tỉnh` alone is the text's province; a district named is placed.
            (
                "của Ban Thường vụ Hội Nông dân tỉnh",
                Some("Nghệ An"),
                None,
                "Ban Thường vụ Hội Nông dân tỉnh Nghệ An",
                Scope::Province("Nghệ An".into()),
            ),
            (
                "của LĐLĐ tỉnh Thanh Hóa",
                None,
                None,
                "Liên đoàn Lao động tỉnh Thanh Hóa",
                Scope::Province("Thanh Hóa".into()),
            ),
            (
                "LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN ĐỊNH",
                None,
                None,
                "Liên đoàn Lao động huyện Yên Định",
                district("Thanh Hóa", "Yên Định"),
            ),
            (
                "của LĐLĐ huyện",
                Some("Thanh Hóa"),
                Some("Yên Định"),
                "Liên đoàn Lao động huyện Yên Định",
                district("Thanh Hóa", "Yên Định"),
            ),
            // A district's, unnamed, in a text of no district: below the province, not it.
            (
                "của Ban Thường trực Ủy ban MTTQ Việt Nam huyện",
                Some("Cà Mau"),
                None,
                "Ban Thường trực Ủy ban MTTQ huyện",
                Scope::Unknown,
            ),
            // `thành phố` alone: the province in a centrally-run city's text.
            (
                "của Ban Thường vụ Liên đoàn Lao động thành phố",
                Some("Hải Phòng"),
                None,
                "Ban Thường vụ Liên đoàn Lao động thành phố Hải Phòng",
                Scope::Province("Hải Phòng".into()),
            ),
            (
                "của Hội Cựu chiến binh thành phố",
                Some("Quảng Nam"),
                None,
                "Hội Cựu chiến binh thành phố",
                Scope::Unknown,
            ),
        ] {
            let i = parse_issuer_uncached(phrase, home, home_district).unwrap();
            assert_eq!((i.name.as_str(), i.scope), (name, scope), "{phrase}");
        }
        assert!(!takes_party_term(
            Some("NQ/HNDTW"),
            Some("Ban Chấp hành Trung ương Hội Nông dân Việt Nam")
        ));
        // The Party's own, still.
        let i = parse_issuer("của Ban Chấp hành Trung ương Đảng", None).unwrap();
        assert_eq!(i.name, CENTRAL_COMMITTEE);
    }

    #[test]
    fn issuer_phrases() {
        let i = parse_issuer("của Ban Bí thư Trung ương Đảng", None).unwrap();
        assert_eq!(
            (i.name.as_str(), i.scope),
            ("Ban Bí thư Trung ương Đảng", Scope::Central)
        );
        let i = parse_issuer("của UBND tỉnh", Some("Lạng Sơn")).unwrap();
        assert_eq!(i.name, "UBND tỉnh Lạng Sơn");
        let i = parse_issuer("của Ban Thường vụ Tỉnh ủy", Some("Lạng Sơn")).unwrap();
        assert_eq!(i.name, "Ban Thường vụ Tỉnh ủy Lạng Sơn");
        // The Youth Union's central bodies are not the Party's.
        for (phrase, name) in [
            (
                "của Ban Bí thư Trung ương Đoàn",
                "Ban Bí thư Trung ương Đoàn",
            ),
            (
                "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
                "Ban Chấp hành Trung ương Đoàn",
            ),
        ] {
            let i = parse_issuer(phrase, None).unwrap();
            assert_eq!(
                (i.name.as_str(), i.scope),
                (name, Scope::Central),
                "{phrase}"
            );
        }
        assert!(!takes_party_term(Some("KH/TWĐTN-CTTN"), None));
        assert!(takes_party_term(Some("NQ/TW"), Some("Bộ Chính trị")));
        // (`đoàn kết` after `Trung ương` is solidarity.)
        assert_eq!(
            parse_issuer("của Ban Chấp hành Trung ương đoàn kết", None)
                .unwrap()
                .name,
            CENTRAL_COMMITTEE
        );
        // The province's Youth Union and Fatherland Front; not a district's, nor solidarity.
        for (phrase, home, name) in [
            (
                "của Ban Thường vụ Tỉnh đoàn",
                Some("Lạng Sơn"),
                Some("Tỉnh đoàn Lạng Sơn"),
            ),
            (
                "của Ban Thường vụ Thành đoàn",
                Some("Hà Nội"),
                Some("Thành đoàn Hà Nội"),
            ),
            (
                "của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
                Some("Gia Lai"),
                Some("Ủy ban MTTQ tỉnh Gia Lai"),
            ),
            (
                "của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn",
                None,
                Some("Ủy ban MTTQ tỉnh Lạng Sơn"),
            ),
            ("của Ban Thường vụ Huyện đoàn", Some("Lạng Sơn"), None),
            ("của Ban Thường vụ Thành đoàn", Some("Bình Thuận"), None),
        ] {
            let i = parse_issuer(phrase, home);
            assert_eq!(i.map(|i| i.name).as_deref(), name, "{phrase}");
        }
        // A district's Party committee by its full name, as a province's below.
        let i = parse_issuer("của Ban chấp hành Đảng bộ huyện khóa XXII", None).unwrap();
        assert_eq!((i.name.as_str(), i.system), ("Huyện ủy", System::Party));
        let i = parse_issuer("Ban Chấp hành Đảng bộ tỉnh", Some("Lạng Sơn")).unwrap();
        assert_eq!(
            (i.name.as_str(), i.system),
            ("Tỉnh ủy Lạng Sơn", System::Party)
        );
        let i = parse_issuer("của Chủ tịch UBND tỉnh", Some("Lạng Sơn")).unwrap();
        assert_eq!(i.name, "Chủ tịch UBND tỉnh Lạng Sơn");
        let i = parse_issuer("UBND tỉnh Quảng Ngãi", Some("Lạng Sơn")).unwrap();
        assert_eq!(i.scope, Scope::Province("Quảng Ngãi".into()));
        let i = parse_issuer("BCH TW", None).unwrap();
        assert_eq!(i.name, "Ban Chấp hành Trung ương Đảng");
    }

    #[test]
    fn the_district_list_names_known_provinces() {
        let rows: Vec<&str> = include_str!("data/districts.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        assert!(rows.len() > 650, "{}", rows.len());
        for row in rows {
            let cols: Vec<&str> = row.split('\t').collect();
            assert_eq!(cols.len(), 3, "{row}");
            assert!(province_named(cols[0]).is_some(), "{row}");
            assert!(
                ["huyện", "quận", "thị xã", "thành phố"].contains(&cols[1]),
                "{row}"
            );
        }
        assert_eq!(district_provinces("huyện", "Cam Lâm"), ["Khánh Hòa"]);
        assert_eq!(district_provinces("quận", "Quận 3"), ["Hồ Chí Minh"]);
        assert_eq!(district_provinces("HUYỆN", "NHÀ BÈ"), ["Hồ Chí Minh"]);
        // (A town made a city keeps its name.)
        assert_eq!(district_provinces("huyện", "Điện Bàn"), ["Quảng Nam"]);
        assert_eq!(district_provinces("huyện", "Châu Thành").len(), 10);
        assert!(district_provinces("huyện", "Không Có").is_empty());
    }

    /// A province's congress and its People's Committee's Party committee are Party bodies of
    /// the province, not its Tỉnh ủy or its People's Committee.
    #[test]
    fn a_congress_and_a_committees_party_organisation() {
        for (phrase, home, name) in [
            (
                "Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I",
                None,
                "Đại hội Đảng bộ tỉnh Tuyên Quang",
            ),
            (
                "Đại hội đại biểu Đảng bộ thành phố lần thứ I",
                Some("Cần Thơ"),
                "Đại hội Đảng bộ thành phố Cần Thơ",
            ),
            (
                "Ban Chấp hành Đảng bộ Ủy ban nhân dân thành phố",
                Some("Cần Thơ"),
                "Đảng ủy UBND thành phố Cần Thơ",
            ),
        ] {
            let i = parse_issuer(phrase, home).unwrap();
            assert_eq!(
                (i.name.as_str(), i.system, i.scope.province()),
                (name, System::Party, Some(home.unwrap_or("Tuyên Quang"))),
                "{phrase}"
            );
        }
        // (A district's congress is no province's.)
        assert!(
            parse_issuer("Đại hội Đảng bộ huyện Cam Lâm", Some("Khánh Hòa"))
                .is_none_or(|i| i.scope.district().is_some())
        );
    }

    /// A district named without its province is of the one province that has it, of the
    /// citing text's when that has one too, and of none when several have it and the text's
    /// does not.
    #[test]
    fn a_district_named_without_its_province() {
        let province = |phrase: &str, home: Option<&str>| {
            let i = parse_issuer(phrase, home).unwrap();
            assert!(i.scope.district().is_some(), "{phrase}: {:?}", i.scope);
            i.scope.province().map(str::to_string)
        };
        assert_eq!(
            province("UBND huyện Cam Lâm", None).as_deref(),
            Some("Khánh Hòa")
        );
        assert_eq!(
            province("ỦY BAN NHÂN DÂN HUYỆN NHÀ BÈ", None).as_deref(),
            Some("Hồ Chí Minh")
        );
        assert_eq!(
            province("Huyện ủy Cam Lâm", Some("Lạng Sơn")).as_deref(),
            Some("Khánh Hòa")
        );
        assert_eq!(
            province("UBND huyện Châu Thành", Some("Long An")).as_deref(),
            Some("Long An")
        );
        assert_eq!(province("UBND huyện Châu Thành", None), None);
        assert_eq!(province("UBND huyện Châu Thành", Some("Lạng Sơn")), None);
        // A name the list does not have: the text's province, as before.
        assert_eq!(
            province("UBND huyện Hoành Bồ", Some("Quảng Ninh")).as_deref(),
            Some("Quảng Ninh")
        );
    }

    #[test]
    fn communes_and_districts_in_phrases() {
        assert_eq!(
            commune_in("ỦY BAN NHÂN DÂN XÃ ĐỒNG ĐĂNG").as_deref(),
            Some("xã Đồng Đăng")
        );
        assert_eq!(
            commune_in("ĐẢNG BỘ TỈNH LẠNG SƠN ĐẢNG ỦY XÃ UY NỖ").as_deref(),
            Some("xã Uy Nỗ")
        );
        assert_eq!(
            commune_in("UBND phường Tam Thanh").as_deref(),
            Some("phường Tam Thanh")
        );
        assert_eq!(
            commune_in("thị trấn Cao Lộc").as_deref(),
            Some("thị trấn Cao Lộc")
        );
        assert_eq!(
            commune_in("Ủy ban nhân dân Phường 1").as_deref(),
            Some("phường 1")
        );
        assert_eq!(commune_in("các phường 123 hộ"), None);
        // A district's kind, the national motto, a word that only ends in the kind's letters.
        assert_eq!(commune_in("UBND thị xã Sa Pa"), None);
        assert_eq!(commune_in("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), None);
        assert_eq!(commune_in("KINH TẾ - XÃ HỘI TỈNH LẠNG SƠN"), None);
        assert!(is_commune("xã Đồng Đăng") && !is_commune("Cao Lộc") && !is_commune("Xãx"));
        // `Huyện ủy` names the district after its committee's word.
        assert_eq!(
            district_in("HUYỆN ỦY LỤC NGẠN"),
            Some(("huyện".to_string(), "Lục Ngạn".to_string()))
        );
        assert_eq!(
            district_in("Huyện ủy Bảo Thắng"),
            Some(("huyện".to_string(), "Bảo Thắng".to_string()))
        );
        // A numbered urban district (Hồ Chí Minh City's) is named with its kind, `Quận 3`.
        for (phrase, name) in [
            ("của Ủy ban nhân dân Quận 3", "UBND Quận 3"),
            ("UBND quận 10", "UBND Quận 10"),
            ("QUẬN ỦY QUẬN 1", "Quận ủy Quận 1"),
            ("Ban Thường vụ Quận ủy Quận 12", "Quận ủy Quận 12"),
        ] {
            let i = parse_issuer(phrase, Some("Hồ Chí Minh")).unwrap();
            let want = phrase
                .contains("Thường vụ")
                .then(|| format!("Ban Thường vụ {name}"));
            assert!(
                i.name == name || Some(&i.name) == want.as_ref(),
                "{phrase}: {}",
                i.name
            );
            let Scope::District { district, .. } = &i.scope else {
                panic!("{phrase}: {:?}", i.scope)
            };
            assert!(name.ends_with(district.as_str()), "{phrase}: {district}");
        }
        assert_eq!(district_in("số 5 đường 3 tháng 2"), None);
        // An official named after his body (`Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền`) is
        // no unit; units named like people are (`quận Lê Chân`, `huyện Võ Nhai`).
        for phrase in [
            "Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền",
            "Chủ tịch UBND huyện Trần Văn Nam",
        ] {
            assert_eq!(district_in(phrase), None, "{phrase}");
        }
        assert_eq!(
            district_in("UBND quận Lê Chân"),
            Some(("quận".to_string(), "Lê Chân".to_string()))
        );
        assert_eq!(
            district_in("Huyện ủy Võ Nhai"),
            Some(("huyện".to_string(), "Võ Nhai".to_string()))
        );
        // A Central Highlands name with an apostrophe, in any case and either apostrophe.
        for phrase in ["HUYỆN ĐẮK R'LẤP", "của UBND huyện Đăk R’lấp về"] {
            let (_, name) = district_in(phrase).unwrap();
            assert_eq!(fold_words(&name), "dak r lap", "{phrase}");
        }
        // A provincial Party committee's board is a body of its own.
        let i = parse_issuer("của Ban Tuyên giáo Tỉnh ủy", Some("Hưng Yên")).unwrap();
        assert_eq!(i.name, "Ban Tuyên giáo Tỉnh ủy Hưng Yên");
        let i = parse_issuer("Ủy ban Kiểm tra Thành ủy", Some("Hải Phòng")).unwrap();
        assert_eq!(i.name, "Ủy ban Kiểm tra Thành ủy Hải Phòng");
        let i = parse_issuer("của Ban Thường vụ Tỉnh ủy", Some("Hưng Yên")).unwrap();
        assert_eq!(i.name, "Ban Thường vụ Tỉnh ủy Hưng Yên");
        // A city under a province is a district-level body, also with its province after it;
        // a centrally-run city is a province.
        for phrase in [
            "của UBND thành phố Phan Thiết",
            "UBND thành phố Phan Thiết, tỉnh Bình Thuận",
            "ỦY BAN NHÂN DÂN TP. PHAN THIẾT",
        ] {
            let i = parse_issuer(phrase, Some("Bình Thuận")).unwrap();
            assert_eq!(
                (i.name.as_str(), i.scope),
                (
                    "UBND thành phố Phan Thiết",
                    Scope::District {
                        province: Some("Bình Thuận".into()),
                        district: "Phan Thiết".into()
                    }
                ),
                "{phrase}"
            );
        }
        for phrase in ["UBND thành phố Cần Thơ", "Ủy ban nhân dân Thành phố"] {
            let i = parse_issuer(phrase, Some("Cần Thơ")).unwrap();
            assert_eq!(i.scope, Scope::Province("Cần Thơ".into()), "{phrase}");
        }
        // A provincial capital that bears its province's name is the capital, in any text;
        // a town's text's unnamed `UBND thị xã` is that town.
        for (phrase, home, name) in [
            (
                "Chủ tịch UBND thành phố Quảng Ngãi",
                "Bình Định",
                "Chủ tịch UBND thành phố Quảng Ngãi",
            ),
            (
                "ỦY BAN NHÂN DÂN THỊ XÃ HÀ GIANG",
                "Hà Giang",
                "UBND thị xã Hà Giang",
            ),
            (
                "của UBND huyện Điện Biên",
                "Điện Biên",
                "UBND huyện Điện Biên",
            ),
        ] {
            let i = parse_issuer(phrase, Some(home)).unwrap();
            let unit = [" thành phố ", " thị xã ", " huyện "]
                .iter()
                .find_map(|k| name.split_once(k))
                .unwrap()
                .1
                .to_string();
            assert_eq!(
                (i.name.as_str(), i.scope),
                (
                    name,
                    Scope::District {
                        province: Some(unit.clone()),
                        district: unit
                    }
                ),
                "{phrase}"
            );
        }
        let i = parse_issuer_at("của UBND thị xã", Some("Hà Nội"), Some("Sơn Tây")).unwrap();
        assert_eq!(i.name, "UBND thị xã Sơn Tây");
        // Commune bodies: named, or the commune of the text; elsewhere `UBND xã` names none.
        let i = parse_issuer_at("Đảng ủy xã", Some("Lạng Sơn"), Some("xã Đồng Đăng")).unwrap();
        assert_eq!(
            (i.name.as_str(), i.system),
            ("Đảng ủy xã Đồng Đăng", System::Party)
        );
        let i = parse_issuer_at("UBND xã Thụy Hùng", Some("Lạng Sơn"), None).unwrap();
        assert_eq!(
            i.scope,
            Scope::District {
                province: Some("Lạng Sơn".into()),
                district: "xã Thụy Hùng".into()
            }
        );
        assert_ne!(
            parse_issuer_at("UBND xã", Some("Lạng Sơn"), Some("Cao Lộc")).map(|i| i.scope),
            Some(Scope::District {
                province: Some("Lạng Sơn".into()),
                district: "Cao Lộc".into()
            })
        );
        // `Tịnh` is not `tỉnh`: Sơn Tịnh is a district of Quảng Ngãi.
        let i = parse_issuer_at("UBND huyện Sơn Tịnh", Some("Quảng Ngãi"), None).unwrap();
        assert_eq!(i.scope.district(), Some("Sơn Tịnh"));
        let i = parse_issuer_at("UBND xã Tịnh Ấn Tây", Some("Quảng Ngãi"), None).unwrap();
        assert_eq!(i.scope.district(), Some("xã Tịnh Ấn Tây"));
        // A provincial city's Thành ủy is not the province's; a centrally-run city's is.
        let i = parse_issuer_at("Ban Thường vụ Thành ủy", Some("Ninh Thuận"), None).unwrap();
        assert_eq!(
            (i.name.as_str(), i.scope),
            ("Ban Thường vụ Thành ủy", Scope::Unknown)
        );
        let i = parse_issuer_at("THÀNH ỦY ĐÀ LẠT", Some("Lâm Đồng"), None).unwrap();
        assert_eq!(i.scope.district(), Some("Đà Lạt"));
        let i = parse_issuer_at("Ban Thường vụ Thành ủy", Some("Hải Phòng"), None).unwrap();
        assert_eq!(
            (i.name.as_str(), i.scope),
            (
                "Ban Thường vụ Thành ủy Hải Phòng",
                Scope::Province("Hải Phòng".into())
            )
        );
        // A district committee whose district the text does not name keeps its own word.
        for phrase in ["Ban Chấp hành Đảng bộ Thành phố", "BCH Đảng bộ thành phố"]
        {
            let i = parse_issuer_at(phrase, Some("Tây Ninh"), None).unwrap();
            assert_eq!((i.name.as_str(), i.scope), ("Thành ủy", Scope::Unknown));
        }
        let i = parse_issuer_at(
            "Ban Chấp hành Đảng bộ thành phố Tây Ninh",
            Some("Tây Ninh"),
            None,
        )
        .unwrap();
        assert_eq!(i.name, "Thành ủy Tây Ninh");
        assert!(matches!(i.scope, Scope::District { .. }));
        let i =
            parse_issuer_at("Ban Chấp hành Đảng bộ Thành phố", Some("Hải Phòng"), None).unwrap();
        assert_eq!(i.name, "Thành ủy Hải Phòng");
        let i = parse_issuer_at("Ban Thường vụ Thị ủy", Some("Thừa Thiên Huế"), None).unwrap();
        assert_eq!((i.name.as_str(), i.scope), ("Thị ủy", Scope::Unknown));
        // The Standing Committee of a district's or a commune's council.
        let i = parse_issuer_at("Thường trực Hội đồng nhân dân Huyện", None, Some("Nhà Bè"));
        assert_eq!(i.unwrap().name, "Thường trực HĐND huyện Nhà Bè");
        let i = parse_issuer_at("Thường trực HĐND xã", None, Some("xã Đồng Đăng"));
        assert_eq!(i.unwrap().name, "Thường trực HĐND xã Đồng Đăng");
        // A commune's text: `UBND huyện` is not the commune.
        let i = parse_issuer_at("UBND huyện", Some("Lạng Sơn"), Some("xã Đồng Đăng"));
        assert!(i.is_none_or(|i| i.scope.district() != Some("xã Đồng Đăng")));
    }

    #[test]
    fn bodies_written_short_or_under_the_government() {
        let name = |p: &str| parse_issuer(p, Some("Lạng Sơn")).map(|i| (i.name, i.scope));
        let central = |n: &str| Some((n.to_string(), Scope::Central));
        let local = |n: &str| Some((n.to_string(), Scope::Province("Lạng Sơn".into())));
        assert_eq!(name("Văn phòng Chính phủ"), central("Văn phòng Chính phủ"));
        assert_eq!(name("Thủ tướng Chính phủ"), central("Thủ tướng Chính phủ"));
        let agri = central("Bộ Nông nghiệp và Phát triển nông thôn");
        assert_eq!(name("Bộ Nông nghiệp và PTNT"), agri);
        assert_eq!(name("BỘ NN&PTNT"), agri);
        assert_eq!(name("Bộ trưởng Bộ NN và PTNT"), agri);
        assert_eq!(
            name("Sở LĐ-TB&XH"),
            local("Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn")
        );
        assert_eq!(
            name("Sở KH&ĐT"),
            local("Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn")
        );
        // Written in full, the names come first: these two share their initials.
        assert_eq!(name("Sở Ngoại vụ"), local("Sở Ngoại vụ tỉnh Lạng Sơn"));
        assert_eq!(name("Sở Nội vụ"), local("Sở Nội vụ tỉnh Lạng Sơn"));
        assert_eq!(name("Bộ trưởng"), None);
        // `bộ` before a word in small letters is a set, not a ministry of those initials.
        assert_eq!(name("Bộ tiêu chí quốc gia"), None);
        assert_eq!(name("bộ chỉ số"), None);
        // Central boards and councils, named as written.
        let i = parse_issuer("Ban Tổ chức Trung ương", None).unwrap();
        assert_eq!((i.system, i.scope), (System::Party, Scope::Central));
        // The Central Committee's commissions and office are theirs, not the Committee's,
        // whether `Trung ương Đảng` follows them or a header names the Committee first.
        for (phrase, body) in [
            ("Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng"),
            (
                "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG",
                "Văn phòng Trung ương Đảng",
            ),
            (
                "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC",
                "Ban Tổ chức Trung ương",
            ),
            ("Ban Tổ chức Trung ương Đảng", "Ban Tổ chức Trung ương"),
            ("Ban Tuyên giáo TW", "Ban Tuyên giáo Trung ương"),
            (
                "Ban Tuyên giáo và Dân vận Trung ương",
                "Ban Tuyên giáo và Dân vận Trung ương",
            ),
            ("Ban Chấp hành Trung ương Đảng", CENTRAL_COMMITTEE),
        ] {
            let i = parse_issuer(phrase, None).unwrap();
            assert_eq!(
                (i.name.as_str(), i.system, i.scope),
                (body, System::Party, Scope::Central),
                "{phrase}"
            );
        }
        // (The office of another central body is not the Party's.)
        let i = parse_issuer(
            "Văn phòng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
            None,
        );
        assert_ne!(i.map(|i| i.name), Some("Văn phòng Trung ương Đảng".into()));
        let i = parse_issuer("Hội đồng Thi đua - Khen thưởng Trung ương", None).unwrap();
        assert_eq!(
            (i.name.as_str(), i.system),
            ("Hội đồng Thi đua - Khen thưởng Trung ương", System::State)
        );
        assert_eq!(
            board_case("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG"),
            "Hội đồng Thi đua - Khen thưởng Trung ương"
        );
        assert_eq!(
            parse_issuer("BAN CHỈ ĐẠO TRUNG ƯƠNG", None).map(|i| i.name),
            Some("Ban Chỉ đạo Trung ương".to_string())
        );
    }

    #[test]
    fn names_written_with_a_comma() {
        fn len(s: &str) -> Option<&str> {
            comma_name_len(s).map(|n| &s[..n])
        }
        assert_eq!(
            len("Bộ Văn hóa, Thể thao và Du lịch; Sở Y tế"),
            Some("Bộ Văn hóa, Thể thao và Du lịch")
        );
        assert_eq!(
            len("Sở Lao động, Thương binh và Xã hội tỉnh Cao Bằng về việc"),
            Some("Sở Lao động, Thương binh và Xã hội")
        );
        // A line break inside the name (a PDF's copy), not a blank line.
        assert_eq!(
            len("Bộ Văn hóa,\nThể thao và Du lịch"),
            Some("Bộ Văn hóa,\nThể thao và Du lịch")
        );
        assert_eq!(len("Bộ Văn hóa,\n\nThể thao và Du lịch"), None);
        // Two bodies, not one name; a name with no comma; another stop between the words.
        assert_eq!(len("Bộ Tài chính, Bộ Nội vụ"), None);
        assert_eq!(len("Bộ Lao động - Thương binh và Xã hội"), None);
        assert_eq!(len("Bộ Văn hóa; Thể thao và Du lịch"), None);
        let i = parse_issuer(
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng",
            Some("Lạng Sơn"),
        );
        assert_eq!(i.unwrap().scope, Scope::Province("Cao Bằng".into()));
    }

    #[test]
    fn terms() {
        assert_eq!(term_of_date("2013-11-04"), Some("XI"));
        assert_eq!(term_of_date("2019-05-30"), Some("XII"));
        assert_eq!(term_of_date("2022-11-17"), Some("XIII"));
        assert_eq!(term_of_year(2016), None);
        assert_eq!(term_of_year(2017), Some("XII"));
        assert_eq!(term_years("XII"), Some((2016, 2021)));
    }

    #[test]
    fn abbreviations() {
        assert_eq!(canonical_abbr("CTR", System::Party), Some("CTr"));
        assert_eq!(canonical_abbr("qđi", System::Party), Some("QĐi"));
        assert_eq!(type_by_abbr("TT", System::Party), Some("Thông tri"));
        assert_eq!(type_by_abbr("TT", System::State), Some("Thông tư"));
        assert_eq!(type_by_word("CHƯƠNG TRÌNH HÀNH ĐỘNG"), Some("Chương trình"));
        // (A type line with its qualifier; joint guidance's letters.)
        assert_eq!(type_by_word("KẾ HOẠCH HÀNH ĐỘNG"), Some("Kế hoạch"));
        assert_eq!(type_by_word("HƯỚNG DẪN LIÊN NGÀNH"), Some("Hướng dẫn"));
        assert_eq!(type_by_abbr("HDLN", System::State), Some("Hướng dẫn"));
        assert_eq!(symbol_is_central("NQ/TW"), Some(true));
        assert_eq!(term_before("XIII"), Some("XII"));
        assert_eq!(term_before("VIII"), None);
        // (The Council of Ministers, the Government until 1992.)
        assert_eq!(symbol_is_central("HĐBT"), Some(true));
        // (The labour ministry's letters without the `B`, a province's department's with `S`.)
        assert_eq!(symbol_is_central("LĐTBXH-ATLĐ"), Some(true));
        assert_eq!(symbol_is_central("QĐ-LĐTBXH"), Some(true));
        assert_eq!(symbol_is_central("SLĐTBXH-VL"), Some(false));
        let i = parse_issuer("Hội đồng Bộ trưởng (nay là Chính phủ)", Some("Nghệ An")).unwrap();
        assert_eq!(
            (i.name.as_str(), i.scope),
            ("Hội đồng Bộ trưởng", Scope::Central)
        );
        let i = parse_issuer("Chủ tịch Hội đồng Bộ trưởng", None).unwrap();
        assert_eq!(i.name, "Chủ tịch Hội đồng Bộ trưởng");
        assert_eq!(symbol_is_central("KH-UBND"), Some(false));
        assert_eq!(symbol_is_central("CTr/TU"), Some(false));
        assert_eq!(symbol_is_central("TT-BGDĐT"), Some(true));
        // (A People's Committee's office, not the Government's `VPCP`.)
        assert_eq!(symbol_is_central("TTr-VPUB"), Some(false));
        // (A department's code cut short or written with `&`.)
        assert_eq!(symbol_is_central("TTr-SNN"), Some(false));
        assert_eq!(symbol_is_central("SNN&PTNT-KH"), Some(false));
        assert_eq!(symbol_is_central("KH-SGD&ĐT"), Some(false));
        assert_eq!(symbol_is_central("VPUBND-TH"), Some(false));
        assert_eq!(symbol_is_central("VPCP-NC"), Some(true));
        // (Ministries and committees of before the 2007-2008 merger; the provinces' ethnic
        // boards.)
        assert_eq!(symbol_is_central("TTLT-BVHTT-UBTDTT"), Some(true));
        assert_eq!(symbol_is_central("TT-TCDL"), Some(true));
        assert_eq!(symbol_is_central("TTr-BDT"), Some(false));
        // (`BĐT`, a People's Council's urban board, is not the ethnic board's `BDT`.)
        assert_eq!(department_letters("BDT"), Some("Ban Dân tộc"));
        assert_eq!(department_letters("BĐT"), None);
        assert_eq!(department_letters("SGDDT"), Some("Sở Giáo dục và Đào tạo"));
        assert_eq!(
            level_of(
                Some(System::State),
                &Scope::Province("Hà Nội".into()),
                Some("HĐND thành phố Hà Nội"),
                Some("BC-BĐT")
            ),
            "provincial-state"
        );
        assert_eq!(
            parse_issuer("Ban Dân tộc tỉnh Quảng Trị", None).map(|i| (i.name, i.scope)),
            Some((
                "Ban Dân tộc tỉnh Quảng Trị".to_string(),
                Scope::Province("Quảng Trị".into())
            ))
        );
        assert_eq!(district_kind("THỊ XÃ"), "thị xã");
        assert_eq!(district_kind("thành phố"), "thành phố");
        assert!(below_province("UBND huyện") && below_province("Đảng ủy xã"));
        assert!(
            !below_province("Sở Lao động - Thương binh và Xã hội") && !below_province("UBND tỉnh")
        );
    }

    /// The Party's bodies inside others: the Central Military Commission (`Quân`, not the
    /// district's `Quận`, which folds alike), the delegations of a People's Committee, a
    /// council, the Front, the Government.
    #[test]
    fn party_bodies_inside_others() {
        for (phrase, name, scope) in [
            (
                "của Quân ủy Trung ương",
                "Quân ủy Trung ương",
                Scope::Central,
            ),
            ("Quân uỷ Trung ương", "Quân ủy Trung ương", Scope::Central),
            (
                "Ban cán sự đảng Ủy ban nhân dân tỉnh",
                "Ban cán sự đảng UBND tỉnh Cà Mau",
                Scope::Province("Cà Mau".into()),
            ),
            (
                "Đảng đoàn HĐND tỉnh",
                "Đảng đoàn HĐND tỉnh Cà Mau",
                Scope::Province("Cà Mau".into()),
            ),
            (
                "Đảng đoàn MTTQ Việt Nam",
                "Đảng đoàn MTTQ Việt Nam",
                Scope::Central,
            ),
            (
                "Ban cán sự đảng Chính phủ",
                "Ban cán sự đảng Chính phủ",
                Scope::Central,
            ),
        ] {
            let i = parse_issuer(phrase, Some("Cà Mau")).unwrap();
            assert_eq!(
                (i.name.as_str(), &i.scope, i.system),
                (name, &scope, System::Party),
                "{phrase}"
            );
        }
        assert_eq!(
            parse_issuer("Quận ủy Quận 1", Some("Hồ Chí Minh"))
                .unwrap()
                .name,
            "Quận ủy Quận 1"
        );
        // (And the People's Committee's office, a State body, whose head proposes.)
        let office =
            parse_issuer("Chánh Văn phòng Ủy ban nhân dân thành phố", Some("Cần Thơ")).unwrap();
        assert_eq!(
            (office.name.as_str(), office.scope),
            (
                "Văn phòng UBND thành phố Cần Thơ",
                Scope::Province("Cần Thơ".into())
            )
        );
        assert_eq!(
            issuer_of_symbol("NQ/QUTW", None).map(|i| (i.name, i.scope)),
            Some(("Quân ủy Trung ương".to_string(), Scope::Central))
        );
    }
}
