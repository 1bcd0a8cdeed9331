//! A deterministic corpus of Vietnamese official documents with a known citation graph, and its
//! answer key (format of `../shared/gold/seeds.json`), for benchmarks and scale tests.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --docs 10000 --seed 1 --out /tmp/c10k
//! ```
//!
//! writes `DIR/docs/NNN/*.txt` (1000 files a folder) and `DIR/key.json`. The same `--docs` and
//! `--seed` give byte-identical output, whatever the number of threads.
//!
//! What is in it:
//! - central Party documents (Nghị quyết `NN-NQ/TW`, Kết luận `NN-KL/TW`, Chỉ thị `NN-CT/TW`),
//!   numbered per congress term (khóa X 2006-2010, XI 2011-2015, XII 2016-2020, XIII 2021-2025):
//!   only cited, never a file of their own;
//! - central State documents: Nghị quyết `NN/NQ-CP`, Quyết định `NNN/QĐ-TTg` (some are files,
//!   most only cited) and legal-normative Nghị định `NN/YYYY/NĐ-CP` (only cited), numbered per
//!   year;
//! - for all 63 provinces (pre-2025 names): Party programmes and plans (`NN-CTr/TU`, `NN-KH/TU`,
//!   numbered per province per term) and State plans and decisions (`NN/KH-UBND`,
//!   `NN/QĐ-UBND`, numbered per province per year), so one number and symbol recurs across
//!   provinces and years; some are only cited;
//! - news items (10% of the files) on a province's portal reporting one provincial document
//!   with its date and what it implements.
//!
//! Every citation is written in full (type word, number-symbol, date, issuer phrase: `của UBND
//! tỉnh` for the citing text's own province, `của UBND tỉnh Quảng Nam` for another), cites only
//! earlier documents, and carries the cue of its relation (`Thực hiện` implements, `Tiếp tục thực
//! hiện` continues, `Căn cứ` based_on, anything else cites). A phrase may chain cited documents
//! (`Kế hoạch số X ... của UBND tỉnh về việc thực hiện Chương trình hành động số Y ... của Tỉnh
//! ủy`): the key then has the edge X → Y, and the citing document cites Y.
//!
//! Key conventions (as in seeds.json): `file` is the file's base name (unique); `refs` lists each
//! document a file mentions once, at its first mention (`line` 1-based, `surface` as written);
//! edge ends are `number-symbol@year` with the document's own separator (`45/KH-UBND@2020`,
//! `29-NQ/TW@2013`, `30/2020/NĐ-CP@2020`).
//!
//! std plus serde/serde_json/rayon only; the PRNG is splitmix64.

#![allow(clippy::explicit_auto_deref)] // `*rng.pick(..)` of `&[&str]`: the deref is needed

use rayon::prelude::*;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

// ---------------------------------------------------------------------------------------------
// PRNG

#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        let mut r = Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B);
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n < 2^32).
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }
    fn f(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.f() < p
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// An independent stream for item `i` of kind `stream`.
fn rng_for(seed: u64, stream: u64, i: u64) -> Rng {
    let mut r = Rng::new(
        seed.wrapping_mul(0x0000_0100_0000_01B3)
            ^ stream.rotate_left(40)
            ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15),
    );
    Rng::new(r.next())
}

// ---------------------------------------------------------------------------------------------
// Tables

/// The 63 provinces and centrally-run cities before 1 July 2025 (same names as
/// src/registry.rs), with whether it is a city (`Thành ủy`, `UBND thành phố`).
const PROVINCES: [(&str, bool); 63] = [
    ("An Giang", false),
    ("Bà Rịa - Vũng Tàu", false),
    ("Bắc Giang", false),
    ("Bắc Kạn", false),
    ("Bạc Liêu", false),
    ("Bắc Ninh", false),
    ("Bến Tre", false),
    ("Bình Định", false),
    ("Bình Dương", false),
    ("Bình Phước", false),
    ("Bình Thuận", false),
    ("Cà Mau", false),
    ("Cần Thơ", true),
    ("Cao Bằng", false),
    ("Đà Nẵng", true),
    ("Đắk Lắk", false),
    ("Đắk Nông", false),
    ("Điện Biên", false),
    ("Đồng Nai", false),
    ("Đồng Tháp", false),
    ("Gia Lai", false),
    ("Hà Giang", false),
    ("Hà Nam", false),
    ("Hà Nội", true),
    ("Hà Tĩnh", false),
    ("Hải Dương", false),
    ("Hải Phòng", true),
    ("Hậu Giang", false),
    ("Hòa Bình", false),
    ("Hưng Yên", false),
    ("Khánh Hòa", false),
    ("Kiên Giang", false),
    ("Kon Tum", false),
    ("Lai Châu", false),
    ("Lâm Đồng", false),
    ("Lạng Sơn", false),
    ("Lào Cai", false),
    ("Long An", false),
    ("Nam Định", false),
    ("Nghệ An", false),
    ("Ninh Bình", false),
    ("Ninh Thuận", false),
    ("Phú Thọ", false),
    ("Phú Yên", false),
    ("Quảng Bình", false),
    ("Quảng Nam", false),
    ("Quảng Ngãi", false),
    ("Quảng Ninh", false),
    ("Quảng Trị", false),
    ("Sóc Trăng", false),
    ("Sơn La", false),
    ("Tây Ninh", false),
    ("Thái Bình", false),
    ("Thái Nguyên", false),
    ("Thanh Hóa", false),
    ("Thừa Thiên Huế", false),
    ("Tiền Giang", false),
    ("Hồ Chí Minh", true),
    ("Trà Vinh", false),
    ("Tuyên Quang", false),
    ("Vĩnh Long", false),
    ("Vĩnh Phúc", false),
    ("Yên Bái", false),
];

/// Congress terms: name, first and last year (numbering restarts each term).
const TERMS: [(&str, u32, u32); 4] = [
    ("X", 2006, 2010),
    ("XI", 2011, 2015),
    ("XII", 2016, 2020),
    ("XIII", 2021, 2025),
];

fn term_of(y: u32) -> usize {
    match y {
        0..=2010 => 0,
        2011..=2015 => 1,
        2016..=2020 => 2,
        _ => 3,
    }
}

/// Policy topics: what a resolution is about, inherited down its implementation chain.
const TOPICS: &[&str] = &[
    "đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa",
    "tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân trong tình hình mới",
    "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    "nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045",
    "xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững",
    "tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí",
    "chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường",
    "phát triển kinh tế tư nhân trở thành một động lực quan trọng của nền kinh tế",
    "công tác dân số trong tình hình mới",
    "đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
    "phát triển nguồn nhân lực chất lượng cao",
    "bảo đảm quốc phòng, an ninh và trật tự, an toàn xã hội",
    "giảm nghèo bền vững",
    "phát triển du lịch trở thành ngành kinh tế mũi nhọn",
    "xây dựng nông thôn mới",
    "công tác thông tin đối ngoại",
    "tăng cường công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "công tác thanh niên",
    "xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín",
    "bảo đảm trật tự, an toàn giao thông",
    "phát triển kết cấu hạ tầng giao thông đồng bộ, hiện đại",
    "công tác người cao tuổi",
    "chăm sóc, giáo dục và bảo vệ trẻ em",
    "phát triển bền vững kinh tế biển",
    "đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước",
    "công tác bảo hiểm xã hội, bảo hiểm y tế",
    "phòng, chống và kiểm soát ma túy",
    "công tác dân tộc",
    "phát triển văn hóa đọc trong cộng đồng",
    "hội nhập quốc tế",
    "bảo vệ môi trường làng nghề và khu dân cư nông thôn",
];

/// Subjects of the decrees cited as legal basis.
const DECREE_SUBJECTS: &[&str] = &[
    "về công tác văn thư",
    "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
    "về quản lý, sử dụng tài sản công",
    "về chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn",
    "về quản lý đầu tư công",
    "về chế độ báo cáo của cơ quan hành chính nhà nước",
    "về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập",
    "về tuyển dụng, sử dụng và quản lý công chức",
    "về kiểm soát thủ tục hành chính",
    "về quản lý và sử dụng kinh phí sự nghiệp",
    "về cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập",
    "về đào tạo, bồi dưỡng cán bộ, công chức, viên chức",
];

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Lò", "Hà", "Đinh", "Mai", "Triệu", "Nông",
];
const MIDDLES: &[&str] = &[
    "Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân", "Công", "Gia", "Anh",
    "Thế", "Kim", "Bá",
];
const GIVENS: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng", "Khánh", "Long", "Minh", "Nam", "Phong",
    "Quang", "Sơn", "Thắng", "Tuấn", "Việt", "Hương", "Lan", "Thảo", "Hiếu", "Trung", "Tâm",
    "Vinh", "Hòa", "Thành", "Lợi", "Phúc", "Đông", "Hạnh",
];

const DEPARTMENTS: &[&str] = &[
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Giáo dục và Đào tạo",
    "Sở Y tế",
    "Sở Thông tin và Truyền thông",
    "Sở Tài nguyên và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Tư pháp",
    "Sở Công Thương",
    "Sở Xây dựng",
    "Sở Giao thông vận tải",
    "Ban Dân tộc",
    "Thanh tra",
];

const MINISTRIES: &[&str] = &[
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Nội vụ",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Y tế",
    "Bộ Tài chính",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Thông tin và Truyền thông",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Công Thương",
    "Bộ Tư pháp",
];

const WEEKDAYS: [&str; 7] = [
    "Thứ Hai",
    "Thứ Ba",
    "Thứ Tư",
    "Thứ Năm",
    "Thứ Sáu",
    "Thứ Bảy",
    "Chủ Nhật",
];

// Filler sentences. Placeholders: {t} `tỉnh`/`thành phố`, {P} province, {T} topic, {D}/{E}
// departments, {Y} year, {Z} a later year, {W} five years on, {R} a percentage, {M} money,
// {L} a deadline, {N} a small count, {Q} a quarter, {S} `Kế hoạch này` and the like (the
// document itself), {U} `Tỉnh ủy`/`Thành ủy`, {H} a phone number, {B} a ministry.
// None of them may look like a reference: no type word before a number, no number-symbol.

const PURPOSE: &[&str] = &[
    "Quán triệt đầy đủ, sâu sắc các quan điểm, mục tiêu, nhiệm vụ và giải pháp về {T}; tạo sự thống nhất cao trong nhận thức và hành động của các cấp, các ngành và Nhân dân trên địa bàn {t}.",
    "Xác định cụ thể nội dung công việc, thời hạn hoàn thành và trách nhiệm của các sở, ban, ngành, UBND các huyện, thị xã, thành phố trong việc tổ chức thực hiện.",
    "Bảo đảm sự phối hợp chặt chẽ, đồng bộ giữa các cơ quan, đơn vị; gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ được giao.",
    "Việc triển khai phải thiết thực, hiệu quả, phù hợp với điều kiện thực tế của địa phương, tránh hình thức, lãng phí.",
    "Phấn đấu đến năm {Z} có {R}% số xã, phường, thị trấn hoàn thành các chỉ tiêu đề ra; giai đoạn {Y} - {W} duy trì tốc độ tăng trưởng ổn định.",
    "Nâng cao nhận thức, trách nhiệm của đội ngũ cán bộ, công chức, viên chức và người lao động về {T}.",
    "Huy động sự tham gia của cả hệ thống chính trị, cộng đồng doanh nghiệp và Nhân dân; phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.",
    "Định kỳ sơ kết, đánh giá kết quả thực hiện; kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc, đồng thời chấn chỉnh những hạn chế, yếu kém.",
    "Cụ thể hóa các mục tiêu về {T} thành các chỉ tiêu, nhiệm vụ phù hợp với đặc điểm, tình hình của {t} trong từng giai đoạn.",
];

const TASKS: &[&str] = &[
    "Tăng cường công tác tuyên truyền, phổ biến trên các phương tiện thông tin đại chúng, Cổng Thông tin điện tử {t} và hệ thống thông tin cơ sở về {T}.",
    "Rà soát, sửa đổi, bổ sung các cơ chế, chính sách của {t} bảo đảm phù hợp với quy định mới; hoàn thành trước ngày {L}.",
    "Ưu tiên bố trí nguồn lực cho các huyện miền núi, vùng đồng bào dân tộc thiểu số, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn; phấn đấu đến năm {Z} thu nhập bình quân của người dân tăng {N} lần so với năm {Y}.",
    "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, điều hành; phấn đấu {R}% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến.",
    "Kiện toàn tổ chức bộ máy, nâng cao chất lượng đội ngũ cán bộ làm công tác chuyên môn ở cấp tỉnh, cấp huyện và cấp xã; bảo đảm đủ về số lượng, đồng bộ về cơ cấu.",
    "Tổ chức các lớp tập huấn, bồi dưỡng cho khoảng {N}00 lượt cán bộ, công chức cấp xã và người hoạt động không chuyên trách; kinh phí dự kiến {M}.",
    "Tăng cường công tác kiểm tra, giám sát việc thực hiện ở các cơ quan, đơn vị, địa phương; xử lý nghiêm các tập thể, cá nhân vi phạm, thiếu trách nhiệm.",
    "Đẩy mạnh xã hội hóa, thu hút các nguồn lực hợp pháp trong và ngoài nước để thực hiện các mục tiêu đề ra; công khai, minh bạch việc quản lý, sử dụng các nguồn lực.",
    "Mở rộng hợp tác, học tập kinh nghiệm của các địa phương trong nước và quốc tế; nhân rộng các mô hình hay, cách làm hiệu quả trên địa bàn {t}.",
    "Xây dựng cơ sở dữ liệu dùng chung, bảo đảm kết nối, chia sẻ thông tin giữa các cơ quan nhà nước trên địa bàn {t}; hoàn thành trong quý {Q} năm {Z}.",
    "{D} chủ trì, phối hợp với {E} tham mưu {A} ban hành các văn bản chỉ đạo, hướng dẫn trong quý {Q} năm {Y}.",
    "Tổng kinh phí thực hiện năm {Y} dự kiến khoảng {M}, được bố trí từ nguồn ngân sách địa phương, vốn lồng ghép các chương trình mục tiêu và các nguồn huy động hợp pháp khác.",
    "Nâng cao hiệu lực, hiệu quả quản lý nhà nước về {T}; thực hiện nghiêm kỷ luật, kỷ cương hành chính, đề cao trách nhiệm của người đứng đầu.",
    "Tập trung tháo gỡ khó khăn, vướng mắc cho người dân và doanh nghiệp; tiếp nhận, xử lý phản ánh, kiến nghị qua đường dây nóng {H} trong thời hạn không quá {N} ngày làm việc.",
    "Hằng năm, tổ chức đánh giá, xếp loại kết quả thực hiện của các cơ quan, đơn vị; kết quả đánh giá là một tiêu chí bình xét thi đua, khen thưởng cuối năm.",
    "Phát huy vai trò giám sát của HĐND các cấp, Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể; lấy sự hài lòng của người dân làm thước đo kết quả thực hiện.",
    "Rà soát quy hoạch, kế hoạch sử dụng đất, bảo đảm quỹ đất cho các công trình, dự án trọng điểm; hoàn thành công tác giải phóng mặt bằng trước ngày {L}.",
    "Tổ chức điều tra, khảo sát, đánh giá thực trạng tại {N}0 xã, phường, thị trấn; trên cơ sở đó đề xuất các giải pháp phù hợp với từng vùng, từng đối tượng.",
    "Bồi dưỡng, nâng cao năng lực cho đội ngũ báo cáo viên, tuyên truyền viên cơ sở; biên soạn tài liệu hỏi - đáp, tờ rơi bằng tiếng Việt và tiếng dân tộc thiểu số.",
    "Phối hợp với các cơ sở đào tạo trong và ngoài {t} mở các lớp đào tạo ngắn hạn; phấn đấu mỗi năm đào tạo, bồi dưỡng cho khoảng {N}00 người.",
    "Xây dựng và nhân rộng {N} mô hình điểm ở các huyện có điều kiện khó khăn; tổng kết, rút kinh nghiệm trước khi triển khai trên diện rộng.",
    "Thực hiện tốt công tác thi đua, khen thưởng; kịp thời phát hiện, biểu dương các tập thể, cá nhân có cách làm hay, sáng tạo, hiệu quả.",
    "Nâng cấp hạ tầng kỹ thuật, trang thiết bị phục vụ công tác chuyên môn; ưu tiên các đơn vị cấp xã ở vùng sâu, vùng xa, biên giới.",
    "Định kỳ 6 tháng, hằng năm các cơ quan, đơn vị báo cáo kết quả thực hiện; tổ chức sơ kết giữa kỳ vào quý {Q} năm {Z} và tổng kết vào năm {W}.",
];

const ORG: &[&str] = &[
    "{D} là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc việc thực hiện {S}; tổng hợp, báo cáo {A} trước ngày {L}.",
    "{F} chủ trì, phối hợp với {E} cân đối, bố trí kinh phí thực hiện theo quy định của Luật Ngân sách nhà nước.",
    "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ chức năng, nhiệm vụ xây dựng kế hoạch cụ thể của cơ quan, đơn vị mình, gửi về {D} trước ngày {L}.",
    "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {t} và các tổ chức chính trị - xã hội phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia.",
    "Báo, Đài Phát thanh và Truyền hình {t} mở chuyên trang, chuyên mục phản ánh kết quả thực hiện, giới thiệu các điển hình tiên tiến.",
];

const CLOSING: &str = "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về {D} (điện thoại: {H}) để tổng hợp, báo cáo {A} xem xét, giải quyết./.";

const PARTY_ASSESS: &[&str] = &[
    "Sau một thời gian triển khai, nhận thức của cán bộ, đảng viên và Nhân dân về {T} có chuyển biến tích cực; các cấp ủy, tổ chức đảng đã quan tâm lãnh đạo, chỉ đạo.",
    "Tuy nhiên, việc tổ chức thực hiện ở một số địa phương, đơn vị còn chậm, chưa đồng bộ; công tác kiểm tra, giám sát có lúc chưa thường xuyên; nguồn lực đầu tư còn hạn chế.",
    "Toàn Đảng bộ {t} hiện có {N} đảng bộ trực thuộc; năm {Y} có {R}% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
    "Nguyên nhân của hạn chế chủ yếu là do một số cấp ủy, người đứng đầu chưa thật sự quan tâm; việc cụ thể hóa các chủ trương thành chương trình, đề án còn chậm.",
    "Kinh tế của {t} duy trì tốc độ tăng trưởng khá, bình quân giai đoạn {Y} - {W} đạt {G}%/năm; đời sống vật chất và tinh thần của Nhân dân từng bước được nâng lên.",
];

const PARTY_TASKS: &[&str] = &[
    "Các cấp ủy, tổ chức đảng tổ chức học tập, quán triệt sâu sắc nội dung về {T} đến toàn thể cán bộ, đảng viên; hoàn thành trong quý {Q} năm {Y}.",
    "Ban cán sự đảng UBND {t} lãnh đạo xây dựng kế hoạch thực hiện, cụ thể hóa thành các chương trình, đề án, dự án phù hợp với điều kiện của {t}.",
    "Đảng đoàn HĐND {t} lãnh đạo rà soát, ban hành các cơ chế, chính sách đặc thù của địa phương; tăng cường giám sát việc thực hiện.",
    "Phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu cấp ủy, chính quyền các cấp; gắn kết quả thực hiện với đánh giá, xếp loại cán bộ hằng năm.",
    "Ban Tuyên giáo {U} chủ trì, phối hợp với các cơ quan báo chí của {t} đẩy mạnh tuyên truyền về {T}; kịp thời phát hiện, nhân rộng các điển hình.",
    "Ủy ban Kiểm tra {U} đưa nội dung này vào chương trình kiểm tra, giám sát hằng năm của cấp ủy; kịp thời chấn chỉnh các hạn chế, thiếu sót.",
    "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc xây dựng kế hoạch thực hiện, báo cáo kết quả về Ban Thường vụ {U} (qua Văn phòng {U}) trước ngày {L}.",
    "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam {t}, các tổ chức chính trị - xã hội tăng cường giám sát, phản biện xã hội; vận động đoàn viên, hội viên tích cực tham gia.",
    "Phấn đấu đến năm {Z}, {R}% cán bộ chủ chốt cấp xã có trình độ đại học trở lên; {N}0% số thôn, bản, tổ dân phố có chi bộ sinh hoạt chuyên đề hằng quý.",
    "Tăng cường nguồn lực cho {T}; ưu tiên đầu tư cho vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số, biên giới.",
];

const NEWS_FILLER: &[&str] = &[
    "Theo đó, {t} đặt mục tiêu đến năm {Z} có {R}% cơ quan, đơn vị hoàn thành các chỉ tiêu đề ra; các huyện, thành phố chủ động xây dựng kế hoạch của địa phương.",
    "Tại buổi làm việc, lãnh đạo {D} cho biết, trong năm {Y} toàn {t} đã tổ chức {N} hội nghị quán triệt, tập huấn với hơn {N}00 lượt người tham dự.",
    "Các sở, ngành, địa phương được giao nhiệm vụ cụ thể, gắn với thời hạn hoàn thành và trách nhiệm của người đứng đầu; việc thực hiện được đưa vào tiêu chí thi đua cuối năm.",
    "Kinh phí thực hiện năm {Y} dự kiến khoảng {M} từ nguồn ngân sách địa phương và các nguồn huy động hợp pháp khác.",
    "Giai đoạn {Y} - {W}, {t} tập trung ưu tiên nguồn lực cho các huyện miền núi, vùng đồng bào dân tộc thiểu số, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn.",
    "Theo {D}, khó khăn lớn nhất hiện nay là nguồn lực còn hạn chế, đội ngũ cán bộ chuyên môn ở cấp xã còn thiếu; một số chỉ tiêu khó hoàn thành đúng hạn.",
    "Đến hết quý {Q} năm {Y}, {R}% xã, phường, thị trấn đã ban hành kế hoạch triển khai; nhiều địa phương có cách làm sáng tạo, hiệu quả.",
];

// ---------------------------------------------------------------------------------------------
// Documents

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    NqTw,
    KlTw,
    CtTw,
    NqCp,
    QdTtg,
    NdCp,
    CtrTu,
    KhTu,
    KhUbnd,
    QdUbnd,
}
use Kind::*;

impl Kind {
    fn symbol(self) -> &'static str {
        match self {
            NqTw => "NQ/TW",
            KlTw => "KL/TW",
            CtTw => "CT/TW",
            NqCp => "NQ-CP",
            QdTtg => "QĐ-TTg",
            NdCp => "NĐ-CP",
            CtrTu => "CTr/TU",
            KhTu => "KH/TU",
            KhUbnd => "KH-UBND",
            QdUbnd => "QĐ-UBND",
        }
    }
    fn type_name(self) -> &'static str {
        match self {
            NqTw | NqCp => "Nghị quyết",
            KlTw => "Kết luận",
            CtTw => "Chỉ thị",
            QdTtg | QdUbnd => "Quyết định",
            NdCp => "Nghị định",
            CtrTu => "Chương trình",
            KhTu | KhUbnd => "Kế hoạch",
        }
    }
    fn party(self) -> bool {
        matches!(self, NqTw | KlTw | CtTw | CtrTu | KhTu)
    }
    fn provincial(self) -> bool {
        matches!(self, CtrTu | KhTu | KhUbnd | QdUbnd)
    }
    /// Index in the per-kind lists: central kinds 0..6, provincial 6..10.
    fn idx(self) -> usize {
        self as usize
    }
    /// How high the numbers of one numbering period go, at least.
    fn number_range(self) -> u32 {
        match self {
            NqTw => 60,
            KlTw => 150,
            CtTw => 45,
            NqCp => 200,
            QdTtg => 2000,
            NdCp => 160,
            CtrTu => 60,
            KhTu => 250,
            KhUbnd => 300,
            QdUbnd => 2500,
        }
    }
}

/// A law that sets up an issuing body: in force from (yyyymmdd), name, number, symbol, passed.
type Law = (u32, &'static str, &'static str, &'static str, u32);

/// The laws on People's Committees (vbgraph's data/laws.toml has them).
const LOCAL_LAWS: &[Law] = &[
    (
        20040101,
        "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
        "11",
        "QH11",
        20031126,
    ),
    (
        20160101,
        "Tổ chức chính quyền địa phương",
        "77",
        "QH13",
        20150619,
    ),
    (
        20250701,
        "Tổ chức chính quyền địa phương",
        "72",
        "QH15",
        20250616,
    ),
];

/// The laws on the Government (the one of 2001 is not in vbgraph's table: not cited).
const GOVERNMENT_LAWS: &[Law] = &[
    (20160101, "Tổ chức Chính phủ", "76", "QH13", 20150619),
    (20250301, "Tổ chức Chính phủ", "63", "QH15", 20250218),
];

const NONE: u32 = u32::MAX;
const NOPROV: u8 = 255;

#[derive(Clone)]
struct Doc {
    kind: Kind,
    prov: u8,
    /// yyyymmdd
    ymd: u32,
    num: u32,
    /// What it implements (or, for a Kết luận, continues).
    parent: u32,
    /// An earlier document of its own kind and body that it continues.
    cont: u32,
    /// A file of its own (else only cited).
    gen: bool,
    topic: u8,
    /// Central Party issuer: 0 Ban Chấp hành Trung ương, 1 Bộ Chính trị, 2 Ban Bí thư.
    body: u8,
}

fn year(ymd: u32) -> u32 {
    ymd / 10000
}
fn month(ymd: u32) -> u32 {
    ymd / 100 % 100
}
fn day(ymd: u32) -> u32 {
    ymd % 100
}
fn iso(ymd: u32) -> String {
    format!("{:04}-{:02}-{:02}", year(ymd), month(ymd), day(ymd))
}
fn rand_date(rng: &mut Rng, y: u32, min_month: u32) -> u32 {
    y * 10000 + rng.range(min_month, 12) * 100 + rng.range(1, 28)
}
fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        _ => 28,
    }
}
fn add_days(ymd: u32, k: u32) -> u32 {
    let (mut y, mut m, mut d) = (year(ymd), month(ymd), day(ymd) + k);
    while d > days_in_month(y, m) {
        d -= days_in_month(y, m);
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    y * 10000 + m * 100 + d
}
/// 0 = Monday.
fn weekday(ymd: u32) -> usize {
    // days from civil (Howard Hinnant), 1970-01-01 was a Thursday.
    let (y, m, d) = (year(ymd) as i64, month(ymd) as i64, day(ymd) as i64);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146097 + doe - 719468;
    (days + 3).rem_euclid(7) as usize
}

fn fmt_num(n: u32) -> String {
    if n < 10 {
        format!("0{n}")
    } else {
        n.to_string()
    }
}

fn numsym(d: &Doc) -> String {
    match d.kind {
        NdCp => format!("{}/{}/NĐ-CP", fmt_num(d.num), year(d.ymd)),
        k if k.party() => format!("{}-{}", fmt_num(d.num), k.symbol()),
        k => format!("{}/{}", fmt_num(d.num), k.symbol()),
    }
}

/// `45/KH-UBND@2020`, `29-NQ/TW@2013`, `30/2020/NĐ-CP@2020`.
fn key_id(d: &Doc) -> String {
    format!("{}@{}", numsym(d), year(d.ymd))
}

fn prov_name(p: u8) -> &'static str {
    PROVINCES[p as usize].0
}
fn is_city(p: u8) -> bool {
    PROVINCES[p as usize].1
}

/// The issuer as the key names it.
fn issuer_name(d: &Doc) -> String {
    match d.kind {
        NqTw | KlTw | CtTw => match d.body {
            0 => "Ban Chấp hành Trung ương Đảng".into(),
            1 => "Bộ Chính trị".into(),
            _ => "Ban Bí thư Trung ương Đảng".into(),
        },
        NqCp | NdCp => "Chính phủ".into(),
        QdTtg => "Thủ tướng Chính phủ".into(),
        k => {
            let city = is_city(d.prov);
            let base = match (k, city) {
                (CtrTu, false) => "Tỉnh ủy",
                (CtrTu, true) => "Thành ủy",
                (KhTu, false) => "Ban Thường vụ Tỉnh ủy",
                (KhTu, true) => "Ban Thường vụ Thành ủy",
                (_, false) => "UBND tỉnh",
                (_, true) => "UBND thành phố",
            };
            format!("{base} {}", prov_name(d.prov))
        }
    }
}

fn fold_char(c: char) -> char {
    const GROUPS: &[(&str, char)] = &[
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    let l = c.to_lowercase().next().unwrap_or(c);
    for (set, base) in GROUPS {
        if set.contains(l) {
            return *base;
        }
    }
    l
}

/// `Bà Rịa - Vũng Tàu` → `ba-ria-vung-tau`.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().map(fold_char) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

// ---------------------------------------------------------------------------------------------
// The universe: every document, generated or only cited, with its number, date and links.

struct Universe {
    docs: Vec<Doc>,
    /// Documents of each kind (central) or each kind and province (provincial), by date.
    central: Vec<Vec<u32>>,
    local: Vec<Vec<u32>>,
}

impl Universe {
    fn list(&self, kind: Kind, prov: u8) -> &[u32] {
        if kind.provincial() {
            &self.local[prov as usize * 4 + (kind.idx() - 6)]
        } else {
            &self.central[kind.idx()]
        }
    }

    /// A document of `list` dated strictly before `ymd`, the recent ones likelier.
    fn pick_before(&self, list: &[u32], ymd: u32, rng: &mut Rng) -> Option<u32> {
        let k = list.partition_point(|&i| self.docs[i as usize].ymd < ymd);
        if k == 0 {
            return None;
        }
        let u = rng.f();
        let back = ((k as f64) * u * u * u) as usize;
        Some(list[k - 1 - back.min(k - 1)])
    }
}

/// What a document of a kind implements: candidate kinds with their odds, tried in turn from the
/// one drawn when it has no earlier document.
fn parent_options(kind: Kind) -> &'static [(Kind, f64)] {
    match kind {
        KlTw => &[(NqTw, 1.0)],
        NqCp => &[(NqTw, 0.7), (KlTw, 0.3)],
        QdTtg => &[(NqCp, 0.5), (NqTw, 0.3), (KlTw, 0.2)],
        CtrTu => &[(NqTw, 0.7), (KlTw, 0.15), (CtTw, 0.15)],
        KhTu => &[(CtrTu, 0.4), (KlTw, 0.3), (CtTw, 0.2), (NqTw, 0.1)],
        KhUbnd => &[
            (KhTu, 0.3),
            (CtrTu, 0.25),
            (QdTtg, 0.2),
            (NqCp, 0.15),
            (KlTw, 0.1),
        ],
        QdUbnd => &[(QdTtg, 0.4), (NqCp, 0.2), (KhTu, 0.2), (KhUbnd, 0.2)],
        NqTw | CtTw | NdCp => &[],
    }
}

fn cont_odds(kind: Kind) -> f64 {
    match kind {
        KhUbnd => 0.3,
        KhTu | CtrTu => 0.2,
        QdUbnd | NqCp | QdTtg => 0.1,
        _ => 0.0,
    }
}

/// Share of the generated primary documents by kind.
const GEN_MIX: &[(Kind, f64)] = &[
    (NqCp, 0.01),
    (QdTtg, 0.02),
    (CtrTu, 0.11),
    (KhTu, 0.17),
    (KhUbnd, 0.45),
    (QdUbnd, 0.24),
];

fn build_universe(n_primary: usize, seed: u64) -> (Universe, Vec<u32>) {
    let mut rng = rng_for(seed, 1, 0);
    let mut docs: Vec<Doc> = Vec::with_capacity(n_primary + 12_000);
    let push = |docs: &mut Vec<Doc>, kind: Kind, prov: u8, ymd: u32, gen: bool, body: u8| {
        docs.push(Doc {
            kind,
            prov,
            ymd,
            num: 0,
            parent: NONE,
            cont: NONE,
            gen,
            topic: 0,
            body,
        })
    };
    // Central Party documents, only cited; the first months of a term belong to the last one.
    for (t, &(_, y0, y1)) in TERMS.iter().enumerate() {
        for (kind, n) in [(NqTw, 45), (KlTw, 110), (CtTw, 40)] {
            for _ in 0..n {
                let y = rng.range(y0, y1);
                let ymd = rand_date(
                    &mut rng,
                    y,
                    if y == y0 { 3 + (t == 0) as u32 * 2 } else { 1 },
                );
                let body = match kind {
                    NqTw => (rng.chance(0.45)) as u8,
                    KlTw => 1 + rng.chance(0.5) as u8,
                    _ => 2 - rng.chance(0.4) as u8,
                };
                push(&mut docs, kind, NOPROV, ymd, false, body);
            }
        }
    }
    // Central State documents only cited.
    for y in 2008..=2025 {
        for _ in 0..40 {
            let ymd = rand_date(&mut rng, y, 1);
            push(&mut docs, NdCp, NOPROV, ymd, false, 0);
        }
    }
    for y in 2010..=2025 {
        for (kind, n) in [(NqCp, 50), (QdTtg, 120)] {
            for _ in 0..n {
                let ymd = rand_date(&mut rng, y, 1);
                push(&mut docs, kind, NOPROV, ymd, false, 0);
            }
        }
    }
    // Provincial documents only cited: a corpus never holds everything.
    for p in 0..63u8 {
        for &(_, y0, y1) in &TERMS[1..] {
            for (kind, n) in [(CtrTu, 3), (KhTu, 4)] {
                for _ in 0..n {
                    let y = rng.range(y0, y1);
                    let ymd = rand_date(&mut rng, y, 1);
                    push(&mut docs, kind, p, ymd, false, 0);
                }
            }
        }
        for y in 2011..=2025 {
            for (kind, n) in [(KhUbnd, 3), (QdUbnd, 2)] {
                for _ in 0..n {
                    let ymd = rand_date(&mut rng, y, 1);
                    push(&mut docs, kind, p, ymd, false, 0);
                }
            }
        }
    }
    // The documents that get files.
    let mut generated = Vec::with_capacity(n_primary);
    for _ in 0..n_primary {
        let r = rng.f();
        let mut acc = 0.0;
        let mut kind = GEN_MIX[GEN_MIX.len() - 1].0;
        for &(k, p) in GEN_MIX {
            acc += p;
            if r < acc {
                kind = k;
                break;
            }
        }
        let prov = if kind.provincial() {
            rng.below(63) as u8
        } else {
            NOPROV
        };
        let y = rng.range(2011, 2025);
        let ymd = rand_date(&mut rng, y, 1);
        generated.push(docs.len() as u32);
        push(&mut docs, kind, prov, ymd, true, 0);
    }

    // Numbers: per body and numbering period (State: the year; Party: the term), increasing
    // with the date, drawn sparsely so that the same number recurs across bodies and periods.
    let period = |d: &Doc| {
        if d.kind.party() {
            term_of(year(d.ymd)) as u32
        } else {
            year(d.ymd)
        }
    };
    let mut slots: Vec<(u64, u32, u32)> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let key = (d.kind.idx() as u64) << 40 | (d.prov as u64) << 24 | period(d) as u64;
            (key, d.ymd, i as u32)
        })
        .collect();
    slots.sort_unstable();
    let mut nrng = rng_for(seed, 2, 0);
    let mut a = 0;
    while a < slots.len() {
        let mut b = a;
        while b < slots.len() && slots[b].0 == slots[a].0 {
            b += 1;
        }
        let count = b - a;
        let kind = docs[slots[a].2 as usize].kind;
        let range = kind.number_range().max((count as u32 * 13).div_ceil(10));
        let nums = distinct_sorted(&mut nrng, count, range);
        for (k, s) in slots[a..b].iter().enumerate() {
            docs[s.2 as usize].num = nums[k];
        }
        a = b;
    }

    // Lists by date.
    let mut order: Vec<u32> = (0..docs.len() as u32).collect();
    order.sort_unstable_by_key(|&i| (docs[i as usize].ymd, i));
    let mut central = vec![Vec::new(); 6];
    let mut local = vec![Vec::new(); 63 * 4];
    for &i in &order {
        let d = &docs[i as usize];
        if d.kind.provincial() {
            local[d.prov as usize * 4 + d.kind.idx() - 6].push(i);
        } else {
            central[d.kind.idx()].push(i);
        }
    }
    let mut u = Universe {
        docs,
        central,
        local,
    };

    // Links: each document's own stream, so that they do not depend on the order.
    let links: Vec<(u32, u32)> = (0..u.docs.len())
        .into_par_iter()
        .map(|i| {
            let d = &u.docs[i];
            let mut rng = rng_for(seed, 3, i as u64);
            let opts = parent_options(d.kind);
            let mut parent = NONE;
            let wants_parent = match d.kind {
                KlTw => rng.chance(0.5),
                _ => true,
            };
            if wants_parent && !opts.is_empty() {
                let r = rng.f();
                let mut acc = 0.0;
                let mut first = opts.len() - 1;
                for (k, &(_, p)) in opts.iter().enumerate() {
                    acc += p;
                    if r < acc {
                        first = k;
                        break;
                    }
                }
                for k in 0..opts.len() {
                    let kind = opts[(first + k) % opts.len()].0;
                    if let Some(x) = u.pick_before(u.list(kind, d.prov), d.ymd, &mut rng) {
                        parent = x;
                        break;
                    }
                }
            }
            let mut cont = NONE;
            if rng.chance(cont_odds(d.kind)) {
                if let Some(x) = u.pick_before(u.list(d.kind, d.prov), d.ymd, &mut rng) {
                    cont = x;
                }
            }
            (parent, cont)
        })
        .collect();
    for (d, (p, c)) in u.docs.iter_mut().zip(links) {
        d.parent = p;
        d.cont = c;
    }
    // Topics run down the implementation chains (parents are older: date order is enough).
    let mut trng = rng_for(seed, 4, 0);
    for &i in &order {
        let p = u.docs[i as usize].parent;
        let t = if p != NONE && trng.chance(0.85) {
            u.docs[p as usize].topic
        } else {
            trng.below(TOPICS.len()) as u8
        };
        u.docs[i as usize].topic = t;
    }
    (u, generated)
}

/// `count` distinct numbers in `1..=range`, ascending.
fn distinct_sorted(rng: &mut Rng, count: usize, range: u32) -> Vec<u32> {
    let mut out: Vec<u32>;
    if count * 3 >= range as usize {
        let mut all: Vec<u32> = (1..=range).collect();
        for i in 0..count {
            let j = i + rng.below(all.len() - i);
            all.swap(i, j);
        }
        out = all[..count].to_vec();
    } else {
        out = Vec::with_capacity(count);
        let mut seen = std::collections::HashSet::with_capacity(count * 2);
        while out.len() < count {
            let x = rng.range(1, range);
            if seen.insert(x) {
                out.push(x);
            }
        }
    }
    out.sort_unstable();
    out
}

// ---------------------------------------------------------------------------------------------
// The answer key

#[derive(Serialize)]
struct KSelf {
    #[serde(rename = "type")]
    ty: &'static str,
    number: String,
    symbol: &'static str,
    date: String,
    year: u32,
    issuer: String,
    province: Option<&'static str>,
}

#[derive(Serialize)]
struct KRef {
    #[serde(rename = "type")]
    ty: &'static str,
    number: String,
    symbol: &'static str,
    date: String,
    year: u32,
    issuer: String,
    province: Option<&'static str>,
    surface: String,
    line: usize,
}

#[derive(Serialize)]
struct KEdge {
    from: String,
    to: String,
    relation: &'static str,
}

#[derive(Serialize)]
struct KDoc {
    file: String,
    kind: &'static str,
    #[serde(rename = "self")]
    own: Option<KSelf>,
    refs: Vec<KRef>,
    edges: Vec<KEdge>,
}

fn key_self(d: &Doc) -> KSelf {
    KSelf {
        ty: d.kind.type_name(),
        number: fmt_num(d.num),
        symbol: d.kind.symbol(),
        date: iso(d.ymd),
        year: year(d.ymd),
        issuer: issuer_name(d),
        province: d.kind.provincial().then(|| prov_name(d.prov)),
    }
}

// ---------------------------------------------------------------------------------------------
// Writing one file

#[derive(Clone, Copy, PartialEq, Eq)]
enum Rel {
    Implements,
    Continues,
    BasedOn,
    Cites,
}

impl Rel {
    fn name(self) -> &'static str {
        match self {
            Rel::Implements => "implements",
            Rel::Continues => "continues",
            Rel::BasedOn => "based_on",
            Rel::Cites => "cites",
        }
    }
}

struct Ctx<'a> {
    u: &'a Universe,
    rng: Rng,
    /// The citing text's province (NOPROV for a central body).
    home: u8,
    /// The document itself, or NONE for a news item.
    own: u32,
    year: u32,
    topic: u8,
    text: String,
    /// Number of the line being written (1-based).
    line: usize,
    refs: Vec<KRef>,
    edges: Vec<KEdge>,
    /// Documents mentioned so far, or about to be (never twice).
    seen: Vec<u32>,
    /// Filler sentences used, per pool (bit mask).
    used: Vec<(usize, u64)>,
}

impl<'a> Ctx<'a> {
    fn ln(&mut self, s: &str) {
        self.text.push_str(s);
        self.text.push('\n');
        self.line += 1;
    }
    fn blank(&mut self) {
        self.ln("");
    }
    fn doc(&self, i: u32) -> &'a Doc {
        &self.u.docs[i as usize]
    }
    fn tinh(&self) -> &'static str {
        if self.home == NOPROV {
            "cả nước"
        } else if is_city(self.home) {
            "thành phố"
        } else {
            "tỉnh"
        }
    }
    fn tu(&self) -> &'static str {
        if self.home != NOPROV && is_city(self.home) {
            "Thành ủy"
        } else {
            "Tỉnh ủy"
        }
    }
    fn name(&mut self) -> String {
        let s = *self.rng.pick(SURNAMES);
        let m = *self.rng.pick(MIDDLES);
        let g = *self.rng.pick(GIVENS);
        format!("{s} {m} {g}")
    }
    fn phone(&mut self) -> String {
        let area = 203 + (self.home as u32 % 97);
        format!(
            "0{} {} {:03}",
            area,
            self.rng.range(3500, 3999),
            self.rng.range(0, 999)
        )
    }
    fn money(&mut self) -> String {
        if self.rng.chance(0.5) {
            format!(
                "{}.{:03} triệu đồng",
                self.rng.range(1, 95),
                self.rng.range(0, 999)
            )
        } else {
            format!("{} tỷ đồng", self.rng.range(2, 480))
        }
    }

    /// Expands a filler template.
    fn expand(&mut self, tpl: &str) -> String {
        let mut out = String::with_capacity(tpl.len() + 80);
        let mut rest = tpl;
        while let Some(a) = rest.find('{') {
            out.push_str(&rest[..a]);
            let b = a + rest[a..].find('}').expect("closed placeholder");
            let key = &rest[a + 1..b];
            rest = &rest[b + 1..];
            match key {
                "t" => {
                    let t = self.tinh();
                    out.push_str(t)
                }
                "P" => out.push_str(prov_name(self.home)),
                "T" => out.push_str(TOPICS[self.topic as usize]),
                "A" => out.push_str(match (self.home, self.own) {
                    (NOPROV, NONE) => "Chính phủ",
                    (NOPROV, o) if self.doc(o).kind == NqCp => "Chính phủ",
                    (NOPROV, _) => "Thủ tướng Chính phủ",
                    (h, _) if is_city(h) => "UBND thành phố",
                    _ => "UBND tỉnh",
                }),
                "G" => {
                    let _ = write!(out, "{},{}", self.rng.range(5, 9), self.rng.range(1, 9));
                }
                "F" => out.push_str(if self.home == NOPROV {
                    "Bộ Tài chính"
                } else {
                    "Sở Tài chính"
                }),
                "D" | "E" if self.home == NOPROV => out.push_str(*self.rng.pick(MINISTRIES)),
                "D" | "E" => {
                    let d = *self.rng.pick(DEPARTMENTS);
                    out.push_str(d);
                    if matches!(d, "Ban Dân tộc" | "Thanh tra") {
                        out.push(' ');
                        out.push_str(self.tinh());
                    }
                }
                "B" => out.push_str(*self.rng.pick(MINISTRIES)),
                "Y" => {
                    let _ = write!(out, "{}", self.year);
                }
                "Z" => {
                    let z = self.year + self.rng.range(1, 5);
                    let _ = write!(out, "{z}");
                }
                "W" => {
                    let _ = write!(out, "{}", self.year + 5);
                }
                "R" => {
                    let r = self.rng.range(60, 99);
                    if self.rng.chance(0.4) {
                        let _ = write!(out, "{r},{}", self.rng.range(1, 9));
                    } else {
                        let _ = write!(out, "{r}");
                    }
                }
                "M" => {
                    let m = self.money();
                    out.push_str(&m)
                }
                "L" => {
                    let (d, m) = (self.rng.range(1, 28), self.rng.range(1, 12));
                    let _ = write!(out, "{d}/{m}/{}", self.year + (m < 6) as u32);
                }
                "N" => {
                    let _ = write!(out, "{}", self.rng.range(2, 9));
                }
                "Q" => out.push_str(*self.rng.pick(&["I", "II", "III", "IV"])),
                "S" => out.push_str(match self.own {
                    NONE => "kế hoạch",
                    o => match self.doc(o).kind {
                        CtrTu => "Chương trình này",
                        KhTu | KhUbnd => "Kế hoạch này",
                        NqCp => "Nghị quyết này",
                        _ => "Quyết định này",
                    },
                }),
                "U" => {
                    let t = self.tu();
                    out.push_str(t)
                }
                "H" => {
                    let p = self.phone();
                    out.push_str(&p)
                }
                other => panic!("unknown placeholder {other}"),
            }
        }
        out.push_str(rest);
        out
    }

    fn date_text(&mut self, ymd: u32, upper: bool) -> String {
        let (y, m, d) = (year(ymd), month(ymd), day(ymd));
        let s = match self.rng.below(10) {
            0..=3 => format!("ngày {d:02}/{m:02}/{y}"),
            4..=6 => format!("ngày {d}/{m}/{y}"),
            7 | 8 => format!("ngày {d:02} tháng {m:02} năm {y}"),
            _ => format!("ngày {d:02}-{m:02}-{y}"),
        };
        if upper {
            s.to_uppercase()
        } else {
            s
        }
    }

    /// ` của UBND tỉnh`, ` của Ban Chấp hành Trung ương Đảng (khóa XI)`.
    fn issuer_phrase(&mut self, d: &Doc) -> String {
        match d.kind {
            NqTw | KlTw | CtTw => {
                let body = match d.body {
                    0 => "Ban Chấp hành Trung ương Đảng",
                    1 => "Bộ Chính trị",
                    _ => {
                        if self.rng.chance(0.5) {
                            "Ban Bí thư"
                        } else {
                            "Ban Bí thư Trung ương Đảng"
                        }
                    }
                };
                if self.rng.chance(0.6) {
                    format!(" của {body} (khóa {})", TERMS[term_of(year(d.ymd))].0)
                } else {
                    format!(" của {body}")
                }
            }
            NqCp | NdCp => " của Chính phủ".into(),
            QdTtg => " của Thủ tướng Chính phủ".into(),
            k => {
                let city = is_city(d.prov);
                let own = d.prov == self.home;
                let base = match (k, city) {
                    (CtrTu, false) if own && self.rng.chance(0.2) => "Ban Chấp hành Đảng bộ tỉnh",
                    (CtrTu, false) => "Tỉnh ủy",
                    (CtrTu, true) => "Thành ủy",
                    (KhTu, false) => "Ban Thường vụ Tỉnh ủy",
                    (KhTu, true) => "Ban Thường vụ Thành ủy",
                    (_, false) if self.rng.chance(0.3) => "Ủy ban nhân dân tỉnh",
                    (_, false) => "UBND tỉnh",
                    (_, true) => "UBND thành phố",
                };
                if own {
                    format!(" của {base}")
                } else {
                    format!(" của {base} {}", prov_name(d.prov))
                }
            }
        }
    }

    /// Writes a mention of `i` into `buf` (type word, number, date, and the issuer unless
    /// `bare`), and records it in the key at the current line.
    fn mention(&mut self, buf: &mut String, i: u32, upper: bool, bare: bool) {
        let d = self.doc(i);
        let ty = match d.kind {
            CtrTu if self.rng.chance(0.7) => "Chương trình hành động",
            k => k.type_name(),
        };
        let so = if self.rng.chance(0.9) { " số " } else { " " };
        let date = self.date_text(d.ymd, upper);
        let mut surface = format!("{ty}{so}{} {date}", numsym(d));
        if upper {
            surface = surface.to_uppercase();
        }
        buf.push_str(&surface);
        if !bare {
            let mut iss = self.issuer_phrase(d);
            if upper {
                iss = iss.to_uppercase();
            }
            buf.push_str(&iss);
        }
        if !self.seen.contains(&i) {
            self.seen.push(i);
        }
        self.refs.push(KRef {
            ty: d.kind.type_name(),
            number: fmt_num(d.num),
            symbol: d.kind.symbol(),
            date: iso(d.ymd),
            year: year(d.ymd),
            issuer: issuer_name(d),
            province: d.kind.provincial().then(|| prov_name(d.prov)),
            surface,
            line: self.line,
        });
    }

    fn edge(&mut self, from: u32, to: u32, rel: Rel) {
        self.edges.push(KEdge {
            from: key_id(self.doc(from)),
            to: key_id(self.doc(to)),
            relation: rel.name(),
        });
    }

    /// `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;`: the law in force
    /// on `ymd` of those that set up the issuing body, cited by name and date as decisions cite
    /// it, with no number; none before the first.
    fn law_line(&mut self, laws: &[Law], ymd: u32) {
        let Some(&(_, name, number, symbol, passed)) = laws.iter().rev().find(|l| l.0 <= ymd)
        else {
            return;
        };
        let surface = format!("Luật {name}");
        let y = year(passed);
        self.refs.push(KRef {
            ty: "Luật",
            number: number.to_string(),
            symbol,
            date: iso(passed),
            year: y,
            issuer: "Quốc hội".into(),
            province: None,
            surface: surface.clone(),
            line: self.line,
        });
        self.edges.push(KEdge {
            from: key_id(self.doc(self.own)),
            to: format!("{number}/{y}/{symbol}@{y}"),
            relation: Rel::BasedOn.name(),
        });
        self.ln(&format!(
            "Căn cứ {surface} ngày {} tháng {} năm {y};",
            day(passed),
            month(passed)
        ));
    }

    /// Mentions `x` and, up to `depth` steps, what it implements, in one phrase: `X ... về việc
    /// thực hiện Y ... thực hiện Z`. Edges X → Y → Z; the citing document cites Y and Z.
    /// Returns the last document named (whose topic ends the phrase).
    fn chain(&mut self, buf: &mut String, x: u32, depth: usize, reserved: &[u32]) -> u32 {
        self.mention(buf, x, false, false);
        let mut cur = x;
        for _ in 0..depth {
            let p = self.doc(cur).parent;
            if p == NONE || self.seen.contains(&p) || reserved.contains(&p) {
                break;
            }
            let (cd, pd) = (self.doc(cur), self.doc(p));
            let continues = cd.kind == KlTw;
            let cue = if continues {
                *self
                    .rng
                    .pick(&[" về tiếp tục thực hiện ", " về việc tiếp tục thực hiện "])
            } else if cd.kind == NqCp {
                " ban hành Chương trình hành động của Chính phủ thực hiện "
            } else if cd.kind == QdTtg {
                *self
                    .rng
                    .pick(&[" ban hành Kế hoạch thực hiện ", " về việc thực hiện "])
            } else if pd.kind == CtrTu && cd.kind.party() {
                " thực hiện "
            } else {
                *self.rng.pick(&[
                    " về việc thực hiện ",
                    " về triển khai thực hiện ",
                    " thực hiện ",
                    " về việc triển khai ",
                ])
            };
            buf.push_str(cue);
            self.mention(buf, p, false, false);
            self.edge(
                cur,
                p,
                if continues {
                    Rel::Continues
                } else {
                    Rel::Implements
                },
            );
            if self.own != NONE {
                self.edge(self.own, p, Rel::Cites);
            }
            cur = p;
        }
        cur
    }

    /// A preamble line: cue, the reference (with its chain), its topic, `;`.
    fn cue_line(&mut self, cue: &str, x: u32, rel: Rel, depth: usize, reserved: &[u32], end: &str) {
        let mut buf = String::with_capacity(300);
        buf.push_str(cue);
        buf.push(' ');
        let last = self.chain(&mut buf, x, depth, reserved);
        let d = self.doc(last);
        buf.push(' ');
        if d.kind == NdCp {
            buf.push_str(*self.rng.pick(DECREE_SUBJECTS));
        } else {
            buf.push_str("về ");
            buf.push_str(TOPICS[d.topic as usize]);
        }
        buf.push_str(end);
        self.edge(self.own, x, rel);
        self.ln(&buf);
    }

    /// A body item that only mentions `x` (no cue): cites.
    fn cite_item(&mut self, prefix: &str, x: u32) {
        let other_province = {
            let d = self.doc(x);
            d.kind.provincial() && d.prov != self.home
        };
        let lead = if other_province && self.rng.chance(0.5) {
            "Tham khảo kinh nghiệm của địa phương bạn tại"
        } else {
            *self.rng.pick(&[
                "Bám sát các mục tiêu, chỉ tiêu đã đề ra tại",
                "Lồng ghép các nội dung với",
                "Theo tinh thần",
                "Gắn với các nhiệm vụ nêu tại",
                "Phù hợp với định hướng của",
            ])
        };
        let mut buf = format!("{prefix}{lead} ");
        self.mention(&mut buf, x, false, false);
        let t = TOPICS[self.doc(x).topic as usize];
        let tail = self.rng.pick(&[
            "; bảo đảm thống nhất, đồng bộ trong chỉ đạo, điều hành.",
            ", tránh chồng chéo, trùng lặp.",
            "; kịp thời đề xuất điều chỉnh khi cần thiết.",
        ]);
        let _ = write!(buf, " về {t}{tail}");
        self.edge(self.own, x, Rel::Cites);
        self.ln(&buf);
    }

    /// A filler sentence of `pool`, not one this text already used while others are left.
    fn fill(&mut self, pool: &[&str], prefix: &str) {
        let id = pool.as_ptr() as usize;
        let slot = match self.used.iter().position(|(p, _)| *p == id) {
            Some(k) => k,
            None => {
                self.used.push((id, 0));
                self.used.len() - 1
            }
        };
        let n = pool.len().min(64);
        if self.used[slot].1.count_ones() as usize >= n {
            self.used[slot].1 = 0;
        }
        let mut k = self.rng.below(n);
        while self.used[slot].1 & (1 << k) != 0 {
            k = (k + 1) % n;
        }
        self.used[slot].1 |= 1 << k;
        let tpl = pool[k];
        let s = self.expand(tpl);
        self.ln(&format!("{prefix}{s}"));
    }
}

/// What a primary document cites besides its parent and what it continues.
struct Plan {
    legal: Vec<u32>,
    cites: Vec<u32>,
}

fn plan_extras(ctx: &mut Ctx, d: &Doc) -> Plan {
    let u = ctx.u;
    let mut legal = vec![];
    let legal_odds = match d.kind {
        QdUbnd => 0.8,
        KhUbnd => 0.4,
        NqCp | QdTtg => 0.5,
        _ => 0.0,
    };
    if ctx.rng.chance(legal_odds) {
        let n = if ctx.rng.chance(0.3) { 2 } else { 1 };
        for _ in 0..n {
            if let Some(x) = u.pick_before(u.list(NdCp, NOPROV), d.ymd, &mut ctx.rng) {
                if !legal.contains(&x) {
                    legal.push(x);
                }
            }
        }
    }
    let mut cites = vec![];
    if ctx.rng.chance(0.45) {
        let cand = if d.kind.provincial() && ctx.rng.chance(0.5) {
            // Another province's document of the same kind.
            let mut p = ctx.rng.below(63) as u8;
            if p == d.prov {
                p = (p + 1) % 63;
            }
            let kind = if d.kind.party() { CtrTu } else { KhUbnd };
            u.pick_before(u.list(kind, p), d.ymd, &mut ctx.rng)
        } else {
            let kind = *ctx.rng.pick(&[NqTw, KlTw, CtTw, NqCp, QdTtg]);
            let kind = if d.kind.party() && !kind.party() {
                KlTw
            } else {
                kind
            };
            u.pick_before(u.list(kind, NOPROV), d.ymd, &mut ctx.rng)
        };
        if let Some(x) = cand {
            cites.push(x);
        }
    }
    Plan { legal, cites }
}

fn signer_block(ctx: &mut Ctx, d: &Doc) {
    let city = d.kind.provincial() && is_city(d.prov);
    match d.kind {
        KhUbnd | QdUbnd => {
            ctx.ln("TM. ỦY BAN NHÂN DÂN");
            if ctx.rng.chance(0.6) {
                ctx.ln("KT. CHỦ TỊCH");
                ctx.ln("PHÓ CHỦ TỊCH");
            } else {
                ctx.ln("CHỦ TỊCH");
            }
        }
        CtrTu => {
            ctx.ln(if city {
                "T/M THÀNH ỦY"
            } else {
                "T/M TỈNH ỦY"
            });
            ctx.ln("BÍ THƯ");
        }
        KhTu => {
            ctx.ln("T/M BAN THƯỜNG VỤ");
            let t = if ctx.rng.chance(0.5) {
                "BÍ THƯ"
            } else {
                "PHÓ BÍ THƯ"
            };
            ctx.ln(t);
        }
        NqCp => {
            ctx.ln("TM. CHÍNH PHỦ");
            ctx.ln("THỦ TƯỚNG");
        }
        _ => {
            ctx.ln("KT. THỦ TƯỚNG");
            ctx.ln("PHÓ THỦ TƯỚNG");
        }
    }
    ctx.blank();
    let n = ctx.name();
    ctx.ln(&n);
}

fn primary(u: &Universe, idx: u32, file: String, seed: u64, target: usize) -> (String, KDoc) {
    let d = &u.docs[idx as usize];
    let mut ctx = Ctx {
        u,
        rng: rng_for(seed, 5, idx as u64),
        home: d.prov,
        own: idx,
        year: year(d.ymd),
        topic: d.topic,
        text: String::with_capacity(target + 2048),
        line: 1,
        refs: vec![],
        edges: vec![],
        seen: vec![idx],
        used: vec![],
    };
    let plan = plan_extras(&mut ctx, d);
    // Never mention a document twice: what is cited directly is reserved from the chains.
    let mut reserved: Vec<u32> = vec![];
    for x in [d.parent, d.cont]
        .into_iter()
        .chain(plan.legal.iter().copied())
        .chain(plan.cites.iter().copied())
    {
        if x != NONE && !reserved.contains(&x) {
            reserved.push(x);
        }
    }
    let cites: Vec<u32> = plan
        .cites
        .iter()
        .copied()
        .filter(|&c| c != d.parent && c != d.cont && !plan.legal.contains(&c))
        .collect();
    let (y, m, dd) = (year(d.ymd), month(d.ymd), day(d.ymd));
    let place = if d.kind.provincial() {
        prov_name(d.prov).to_string()
    } else {
        "Hà Nội".to_string()
    };
    let dday = if ctx.rng.chance(0.5) {
        format!("{dd:02}")
    } else {
        dd.to_string()
    };
    let place_date = format!("{place}, ngày {dday} tháng {m} năm {y}");
    let pname_up = if d.kind.provincial() {
        prov_name(d.prov).to_uppercase()
    } else {
        String::new()
    };
    let city = d.kind.provincial() && is_city(d.prov);
    let tinh = ctx.tinh();
    let topic = TOPICS[d.topic as usize];

    // Header.
    if d.kind.party() {
        if city {
            if d.prov == 57 {
                ctx.ln("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH");
            } else {
                ctx.ln(&format!("THÀNH ỦY {pname_up}"));
            }
        } else {
            ctx.ln(&format!("TỈNH ỦY {pname_up}"));
        }
        ctx.ln("*");
        let colon = if ctx.rng.chance(0.3) { ":" } else { "" };
        ctx.ln(&format!("Số{colon} {}", numsym(d)));
        ctx.ln("ĐẢNG CỘNG SẢN VIỆT NAM");
        ctx.ln(&place_date);
        ctx.blank();
    } else {
        match d.kind {
            NqCp => ctx.ln("CHÍNH PHỦ"),
            QdTtg => ctx.ln("THỦ TƯỚNG CHÍNH PHỦ"),
            _ => {
                ctx.ln("ỦY BAN NHÂN DÂN");
                ctx.ln(&format!(
                    "{} {pname_up}",
                    if city { "THÀNH PHỐ" } else { "TỈNH" }
                ));
            }
        }
        ctx.ln("--------");
        ctx.blank();
        ctx.ln("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        ctx.ln("Độc lập - Tự do - Hạnh phúc");
        ctx.ln("---------------");
        ctx.blank();
        ctx.ln(&format!("Số: {}", numsym(d)));
        ctx.ln(&place_date);
        ctx.blank();
    }

    // Type line and title; the title may name what the document implements.
    let title_ref = d.parent != NONE
        && ctx.rng.chance(match d.kind {
            CtrTu | KhTu => 0.35,
            KhUbnd => 0.2,
            NqCp | QdTtg => 0.6,
            _ => 0.0,
        });
    match d.kind {
        CtrTu => {
            let t = if ctx.rng.chance(0.7) {
                "CHƯƠNG TRÌNH HÀNH ĐỘNG"
            } else {
                "CHƯƠNG TRÌNH"
            };
            ctx.ln(t)
        }
        KhTu | KhUbnd => ctx.ln("KẾ HOẠCH"),
        NqCp => ctx.ln("NGHỊ QUYẾT"),
        _ => ctx.ln("QUYẾT ĐỊNH"),
    }
    let ptopic = if d.parent != NONE {
        TOPICS[u.docs[d.parent as usize].topic as usize]
    } else {
        topic
    };
    if d.kind.party() {
        if title_ref {
            let mut buf = String::from("THỰC HIỆN ");
            ctx.mention(&mut buf, d.parent, true, false);
            ctx.ln(&buf);
            ctx.ln(&format!("VỀ {}", ptopic.to_uppercase()));
        } else {
            let lead = *ctx
                .rng
                .pick(&["VỀ", "THỰC HIỆN NHIỆM VỤ VỀ", "LÃNH ĐẠO, CHỈ ĐẠO VỀ"]);
            ctx.ln(&format!("{lead} {}", topic.to_uppercase()));
        }
        ctx.ln("-----");
    } else if title_ref {
        let lead = match d.kind {
            NqCp => "Ban hành Chương trình hành động của Chính phủ thực hiện ",
            QdTtg => "Ban hành Kế hoạch thực hiện ",
            _ => "Triển khai thực hiện ",
        };
        let mut buf = String::from(lead);
        ctx.mention(&mut buf, d.parent, false, false);
        let _ = write!(buf, " về {ptopic}");
        ctx.ln(&buf);
    } else {
        let t = match d.kind {
            NqCp => format!("Ban hành Chương trình hành động của Chính phủ về {topic}"),
            QdTtg => format!("Phê duyệt Đề án {topic}"),
            QdUbnd => format!("Về việc ban hành Kế hoạch {topic} trên địa bàn {tinh} năm {y}"),
            _ => {
                let lead = *ctx
                    .rng
                    .pick(&["Triển khai", "Thực hiện", "Tổ chức thực hiện"]);
                format!("{lead} {topic} trên địa bàn {tinh} năm {y}")
            }
        };
        ctx.ln(&t);
    }
    ctx.blank();

    // The enacting body and legal basis (State), then the preamble.
    match d.kind {
        QdUbnd => {
            ctx.ln(&format!(
                "ỦY BAN NHÂN DÂN {} {pname_up}",
                if city { "THÀNH PHỐ" } else { "TỈNH" }
            ));
            ctx.blank();
            ctx.law_line(LOCAL_LAWS, d.ymd);
        }
        NqCp => {
            ctx.ln("CHÍNH PHỦ");
            ctx.blank();
            ctx.law_line(GOVERNMENT_LAWS, d.ymd);
        }
        QdTtg => {
            ctx.ln("THỦ TƯỚNG CHÍNH PHỦ");
            ctx.blank();
            ctx.law_line(GOVERNMENT_LAWS, d.ymd);
        }
        _ => {}
    }
    for &x in &plan.legal {
        ctx.cue_line("Căn cứ", x, Rel::BasedOn, 0, &reserved, ";");
    }
    if d.parent != NONE {
        let cue = *ctx.rng.pick(&[
            "Thực hiện",
            "Thực hiện",
            "Triển khai thực hiện",
            "Để cụ thể hóa",
        ]);
        let depth = if ctx.rng.chance(0.55) {
            1 + ctx.rng.chance(0.4) as usize
        } else {
            0
        };
        let depth = if title_ref { 0 } else { depth };
        // Title and body name the parent twice: the key lists it once (the title's line).
        if title_ref {
            let mut buf = format!("{cue} ");
            let pd = &u.docs[d.parent as usize];
            let ty = pd.kind.type_name();
            let so = " số ";
            let date = ctx.date_text(pd.ymd, false);
            let iss = ctx.issuer_phrase(pd);
            let _ = write!(buf, "{ty}{so}{} {date}{iss} về {ptopic};", numsym(pd));
            ctx.edge(idx, d.parent, Rel::Implements);
            ctx.ln(&buf);
        } else {
            ctx.cue_line(cue, d.parent, Rel::Implements, depth, &reserved, ";");
        }
    }
    if d.cont != NONE {
        let cue = *ctx.rng.pick(&[
            "Tiếp tục thực hiện",
            "Tiếp tục triển khai thực hiện",
            "Tiếp tục đẩy mạnh thực hiện",
        ]);
        let depth = ctx.rng.chance(0.3) as usize;
        ctx.cue_line(cue, d.cont, Rel::Continues, depth, &reserved, ";");
    }
    match d.kind {
        CtrTu => {
            let who = if city {
                "Ban Chấp hành Đảng bộ thành phố"
            } else {
                "Ban Chấp hành Đảng bộ tỉnh"
            };
            ctx.ln(&format!("{who} ban hành Chương trình hành động như sau:"));
        }
        KhTu => {
            let who = if city {
                "Ban Thường vụ Thành ủy"
            } else {
                "Ban Thường vụ Tỉnh ủy"
            };
            ctx.ln(&format!("{who} ban hành Kế hoạch thực hiện như sau:"));
        }
        KhUbnd => ctx.ln(&format!(
            "Ủy ban nhân dân {tinh} ban hành Kế hoạch thực hiện với các nội dung sau:"
        )),
        QdUbnd => {
            let dep = *ctx.rng.pick(DEPARTMENTS);
            ctx.ln(&format!("Theo đề nghị của Giám đốc {dep}."));
            ctx.blank();
            ctx.ln("QUYẾT ĐỊNH:");
            ctx.blank();
            ctx.ln(&format!("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {topic} trên địa bàn {tinh} năm {y}, với các nội dung chủ yếu sau:"));
        }
        NqCp => {
            let b = *ctx.rng.pick(MINISTRIES);
            ctx.ln(&format!("Theo đề nghị của Bộ trưởng {b},"));
            ctx.blank();
            ctx.ln("QUYẾT NGHỊ:");
            ctx.blank();
            ctx.ln("Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ với các nội dung chủ yếu sau:");
        }
        _ => {
            let b = *ctx.rng.pick(MINISTRIES);
            ctx.ln(&format!("Theo đề nghị của Bộ trưởng {b}."));
            ctx.blank();
            ctx.ln("QUYẾT ĐỊNH:");
            ctx.blank();
            ctx.ln(
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch với các nội dung chủ yếu sau:",
            );
        }
    }
    ctx.blank();

    // Body: sections of filler up to the target size, the cited documents among the tasks.
    let tail_reserve = 700;
    let (assess, tasks): (&[&str], &[&str]) = if d.kind.party() {
        (PARTY_ASSESS, PARTY_TASKS)
    } else {
        (PURPOSE, TASKS)
    };
    if d.kind.party() {
        ctx.ln("I. ĐÁNH GIÁ TÌNH HÌNH");
        for _ in 0..ctx.rng.range(2, 3) {
            ctx.fill(assess, "");
        }
        ctx.blank();
        ctx.ln("II. MỤC TIÊU");
        for k in 1..=ctx.rng.range(2, 3) {
            ctx.fill(PURPOSE, &format!("{k}. "));
        }
    } else {
        ctx.ln("I. MỤC ĐÍCH, YÊU CẦU");
        ctx.ln("1. Mục đích");
        for _ in 0..ctx.rng.range(1, 3) {
            ctx.fill(assess, "- ");
        }
        ctx.ln("2. Yêu cầu");
        for _ in 0..ctx.rng.range(1, 2) {
            ctx.fill(assess, "- ");
        }
    }
    ctx.blank();
    ctx.ln(if d.kind.party() {
        "III. NHIỆM VỤ VÀ GIẢI PHÁP"
    } else {
        "II. NHIỆM VỤ VÀ GIẢI PHÁP"
    });
    let cite_at = ctx.rng.range(1, 3) as usize;
    let mut k = 1;
    let mut pending = cites.clone();
    loop {
        if k >= cite_at && !pending.is_empty() {
            let x = pending.remove(0);
            ctx.cite_item(&format!("{k}. "), x);
        } else {
            ctx.fill(tasks, &format!("{k}. "));
        }
        k += 1;
        if pending.is_empty() && ctx.text.len() + tail_reserve >= target && k > 3 {
            break;
        }
        if k > 400 {
            break;
        }
    }
    ctx.blank();
    ctx.ln(if d.kind.party() {
        "IV. TỔ CHỨC THỰC HIỆN"
    } else {
        "III. TỔ CHỨC THỰC HIỆN"
    });
    if d.kind.party() {
        let u_ = ctx.tu();
        ctx.ln(&format!(
            "1. Các cấp ủy, tổ chức đảng căn cứ {} xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế.",
            if d.kind == CtrTu { "Chương trình này" } else { "Kế hoạch này" }
        ));
        ctx.ln(&format!(
            "2. Văn phòng {u_} theo dõi, đôn đốc, định kỳ tổng hợp tình hình, báo cáo Ban Thường vụ {u_}."
        ));
    } else {
        for k in 1..=ctx.rng.range(2, 4) {
            ctx.fill(ORG, &format!("{k}. "));
        }
        if !matches!(d.kind, NqCp | QdTtg) {
            let c = ctx.expand(CLOSING);
            ctx.ln(&c);
        }
    }
    match d.kind {
        QdUbnd => {
            ctx.blank();
            ctx.ln("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.");
            ctx.ln(&format!("Điều 3. Chánh Văn phòng UBND {tinh}, Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."));
        }
        NqCp => {
            ctx.blank();
            ctx.ln("Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.");
            ctx.ln("Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này./.");
        }
        QdTtg => {
            ctx.blank();
            ctx.ln("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.");
            ctx.ln("Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Quyết định này./.");
        }
        _ => {}
    }
    ctx.blank();

    // Distribution list and signature.
    ctx.ln("Nơi nhận:");
    match d.kind {
        CtrTu | KhTu => {
            ctx.ln("- Ban Bí thư Trung ương Đảng (b/c),");
            ctx.ln("- Các ban đảng Trung ương (b/c),");
            ctx.ln(&format!("- Các đồng chí {} viên,", ctx.tu()));
            ctx.ln("- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc,");
            ctx.ln(&format!("- Lưu Văn phòng {}.", ctx.tu()));
        }
        KhUbnd | QdUbnd => {
            if d.kind == QdUbnd {
                ctx.ln("- Như Điều 3;");
            }
            ctx.ln("- Văn phòng Chính phủ (b/c);");
            ctx.ln(&format!("- TT {}, TT HĐND {tinh};", ctx.tu()));
            ctx.ln(&format!("- Chủ tịch, các PCT UBND {tinh};"));
            ctx.ln("- Các sở, ban, ngành;");
            ctx.ln("- UBND các huyện, thị xã, thành phố;");
            ctx.ln("- Lưu: VT, KGVX.");
        }
        _ => {
            ctx.ln("- Ban Bí thư Trung ương Đảng;");
            ctx.ln("- Thủ tướng, các Phó Thủ tướng Chính phủ;");
            ctx.ln("- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;");
            ctx.ln("- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;");
            ctx.ln("- Lưu: VT, TH.");
        }
    }
    ctx.blank();
    signer_block(&mut ctx, d);

    let key = KDoc {
        file,
        kind: "primary",
        own: Some(key_self(d)),
        refs: ctx.refs,
        edges: ctx.edges,
    };
    (ctx.text, key)
}

/// A provincial portal's news item reporting document `x` (with its date) and what it
/// implements; sometimes what it continues, in a sentence whose subject is the type word.
fn news(u: &Universe, x: u32, j: u64, file: String, seed: u64, target: usize) -> (String, KDoc) {
    let d = &u.docs[x as usize];
    let ymd = add_days(d.ymd, 1 + (j % 5) as u32);
    let mut ctx = Ctx {
        u,
        rng: rng_for(seed, 6, j),
        home: d.prov,
        own: NONE,
        year: year(ymd),
        topic: d.topic,
        text: String::with_capacity(target + 1024),
        line: 1,
        refs: vec![],
        edges: vec![],
        seen: vec![],
        used: vec![],
    };
    let p = prov_name(d.prov);
    let tinh = ctx.tinh();
    let city = is_city(d.prov);
    let topic = TOPICS[d.topic as usize];
    ctx.ln("Trang chủ > Tin tức - Sự kiện > Chỉ đạo điều hành");
    ctx.blank();
    let verb = *ctx
        .rng
        .pick(&["triển khai", "đẩy mạnh thực hiện", "tập trung thực hiện"]);
    ctx.ln(&format!("{p} {verb} {topic}"));
    ctx.blank();
    let (hh, mm) = (ctx.rng.range(7, 17), ctx.rng.range(0, 59));
    ctx.ln(&format!(
        "Cập nhật lúc {hh:02}:{mm:02}, {}, {:02}/{:02}/{}",
        WEEKDAYS[weekday(ymd)],
        day(ymd),
        month(ymd),
        year(ymd)
    ));
    ctx.blank();
    let subject = match (d.kind, city) {
        (CtrTu, false) => format!("Tỉnh ủy {p}"),
        (CtrTu, true) => format!("Thành ủy {p}"),
        (KhTu, false) => format!("Ban Thường vụ Tỉnh ủy {p}"),
        (KhTu, true) => format!("Ban Thường vụ Thành ủy {p}"),
        (_, false) => format!("UBND tỉnh {p}"),
        (_, true) => format!("UBND thành phố {p}"),
    };
    let mut buf = format!("(Cổng TTĐT) - {subject} vừa ban hành ");
    ctx.mention(&mut buf, x, false, true);
    let mut last = x;
    let reserved: Vec<u32> = if d.cont != NONE { vec![d.cont] } else { vec![] };
    if d.parent != NONE && !reserved.contains(&d.parent) {
        buf.push_str(*ctx.rng.pick(&[
            " về việc triển khai thực hiện ",
            " về việc thực hiện ",
            " triển khai thực hiện ",
        ]));
        let depth = ctx.rng.chance(0.4) as usize;
        last = ctx.chain(&mut buf, d.parent, depth, &reserved);
        ctx.edge(x, d.parent, Rel::Implements);
    }
    let _ = write!(
        buf,
        " về {} trên địa bàn {tinh} {p}.",
        TOPICS[u.docs[last as usize].topic as usize]
    );
    ctx.ln(&buf);
    ctx.blank();
    // `Kế hoạch nhằm tiếp tục thực hiện ...`: the subject is the last document of that type
    // named before, so only when the reported document is the only one of its type.
    if d.cont != NONE && matches!(d.kind, KhUbnd | KhTu | CtrTu) {
        let ty = d.kind.type_name();
        let unique = ctx
            .seen
            .iter()
            .all(|&s| s == x || u.docs[s as usize].kind.type_name() != ty);
        if unique && !ctx.seen.contains(&d.cont) {
            let mut buf = format!("{ty} nhằm tiếp tục thực hiện ");
            ctx.mention(&mut buf, d.cont, false, false);
            let _ = write!(
                buf,
                " về {}, đồng thời khắc phục những hạn chế trong thời gian qua.",
                TOPICS[u.docs[d.cont as usize].topic as usize]
            );
            ctx.edge(x, d.cont, Rel::Continues);
            ctx.ln(&buf);
            ctx.blank();
        }
    }
    while ctx.text.len() + 400 < target {
        ctx.fill(NEWS_FILLER, "");
        ctx.blank();
    }
    let by = ctx.name();
    ctx.ln(&by);
    ctx.blank();
    ctx.ln("Tin liên quan:");
    for _ in 0..2 {
        let back = (year(ymd) - 1) * 10000 + month(ymd) * 100 + day(ymd).min(28);
        let o = add_days(back, ctx.rng.range(30, 300));
        let t = *ctx.rng.pick(TOPICS);
        ctx.ln(&format!(
            "- {p}: sơ kết công tác {t} ({:02}/{:02}/{})",
            day(o),
            month(o),
            year(o)
        ));
    }
    ctx.blank();
    let views = format!(
        "Lượt xem: {}.{:03}",
        ctx.rng.range(1, 9),
        ctx.rng.range(0, 999)
    );
    ctx.ln(&views);
    ctx.blank();
    let up = p.to_uppercase();
    ctx.ln(&format!(
        "CỔNG THÔNG TIN ĐIỆN TỬ {} {up}",
        if city { "THÀNH PHỐ" } else { "TỈNH" }
    ));
    ctx.ln(&format!("Cơ quan chủ quản: Văn phòng UBND {tinh} {p}"));
    let ph = ctx.phone();
    ctx.ln(&format!("Điện thoại: {ph}"));
    ctx.ln(&format!(
        "Địa chỉ trang: https://{}.gov.vn",
        slug(p).replace('-', "")
    ));
    let key = KDoc {
        file,
        kind: "news",
        own: None,
        refs: ctx.refs,
        edges: ctx.edges,
    };
    (ctx.text, key)
}

// ---------------------------------------------------------------------------------------------
// Main

enum Item {
    Doc(u32),
    News(u32),
}

struct Args {
    docs: usize,
    seed: u64,
    out: PathBuf,
    force: bool,
}

fn usage() -> ! {
    eprintln!(
        "usage: gen_corpus --docs N --seed S --out DIR [--force]\n\
         writes DIR/docs/NNN/*.txt and DIR/key.json; --force replaces an existing DIR/docs"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut docs = None;
    let mut seed = 1u64;
    let mut out = None;
    let mut force = false;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--docs" | "-n" => {
                docs = it
                    .next()
                    .and_then(|v| v.replace('_', "").parse().ok())
                    .or_else(|| usage())
            }
            "--seed" | "-s" => {
                seed = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| usage())
            }
            "--out" | "-o" => out = it.next().map(PathBuf::from),
            "--force" => force = true,
            "-h" | "--help" => usage(),
            _ => {
                eprintln!("unknown argument {a}");
                usage()
            }
        }
    }
    match (docs, out) {
        (Some(docs), Some(out)) if docs > 0 => Args {
            docs,
            seed,
            out,
            force,
        },
        _ => usage(),
    }
}

fn file_name(u: &Universe, j: usize, item: &Item) -> String {
    match *item {
        Item::Doc(i) => {
            let d = &u.docs[i as usize];
            let scope = if d.kind.provincial() {
                slug(prov_name(d.prov))
            } else {
                "tw".to_string()
            };
            format!(
                "{j:07}_{scope}_{}_{}_{}.txt",
                slug(d.kind.symbol()),
                year(d.ymd),
                d.num
            )
        }
        Item::News(x) => {
            let d = &u.docs[x as usize];
            format!("{j:07}_{}_tin_{}.txt", slug(prov_name(d.prov)), year(d.ymd))
        }
    }
}

fn main() {
    let args = parse_args();
    let t0 = Instant::now();
    let n = args.docs;
    let n_news = n / 10;
    let n_primary = n - n_news;
    let (u, generated) = build_universe(n_primary, args.seed);

    // Files: every tenth is a news item about a provincial document that has a file.
    let provincial: Vec<u32> = generated
        .iter()
        .copied()
        .filter(|&i| u.docs[i as usize].kind.provincial())
        .collect();
    let mut nrng = rng_for(args.seed, 7, 0);
    let mut items = Vec::with_capacity(n);
    let mut g = generated.iter();
    let mut news_left = n_news;
    for j in 0..n {
        if j % 10 == 9 && news_left > 0 {
            news_left -= 1;
            let x = if provincial.is_empty() {
                u.local[nrng.below(63 * 4)].first().copied().unwrap_or(0)
            } else {
                *nrng.pick(&provincial)
            };
            items.push(Item::News(x));
        } else if let Some(&i) = g.next() {
            items.push(Item::Doc(i));
        } else {
            news_left = news_left.saturating_sub(1);
            let x = if provincial.is_empty() {
                u.local[nrng.below(63 * 4)].first().copied().unwrap_or(0)
            } else {
                *nrng.pick(&provincial)
            };
            items.push(Item::News(x));
        }
    }

    let docs_dir = args.out.join("docs");
    if docs_dir.exists() {
        let empty = std::fs::read_dir(&docs_dir)
            .map(|mut r| r.next().is_none())
            .unwrap_or(false);
        if !empty {
            if !args.force {
                eprintln!(
                    "{} exists and is not empty; pass --force to replace it",
                    docs_dir.display()
                );
                std::process::exit(1);
            }
            std::fs::remove_dir_all(&docs_dir).expect("remove old docs");
        }
    }
    for b in 0..n.div_ceil(1000) {
        std::fs::create_dir_all(docs_dir.join(format!("{b:03}"))).expect("create folder");
    }
    let key_path = args.out.join("key.json");
    let tmp_path = args.out.join("key.json.tmp");
    let mut key = std::io::BufWriter::with_capacity(
        1 << 20,
        std::fs::File::create(&tmp_path).expect("create key"),
    );
    write!(
        key,
        "{{\n \"description\": \"Answer key of a corpus generated by examples/gen_corpus.rs (--docs {n} --seed {}). Keys are number-symbol@year with the document's own separator. Edges run from the newer document to the older one. Each document a file mentions is listed once, at its first mention.\",\n \"generator\": {{\"docs\": {n}, \"seed\": {}, \"primary\": {n_primary}, \"news\": {n_news}}},\n \"documents\": [\n",
        args.seed, args.seed
    )
    .expect("write key");

    let total_bytes = std::sync::atomic::AtomicU64::new(0);
    let (mut n_refs, mut n_edges) = (0usize, 0usize);
    const BATCH: usize = 8192;
    let mut first = true;
    for (bi, batch) in items.chunks(BATCH).enumerate() {
        let lines: Vec<(String, usize, usize)> = batch
            .par_iter()
            .enumerate()
            .map(|(k, item)| {
                let j = bi * BATCH + k;
                let name = file_name(&u, j, item);
                let mut trng = rng_for(args.seed, 8, j as u64);
                let (a, b, c) = (trng.f(), trng.f(), trng.f());
                let (text, kd) = match *item {
                    Item::Doc(i) => {
                        let target = 500.0 + a * 2000.0 + b * b * b * 3600.0;
                        primary(&u, i, name.clone(), args.seed, target as usize)
                    }
                    Item::News(x) => {
                        let target = 1200.0 + a * 1400.0 + c * c * 1500.0;
                        news(&u, x, j as u64, name.clone(), args.seed, target as usize)
                    }
                };
                let path: PathBuf = docs_dir.join(format!("{:03}", j / 1000)).join(&name);
                write_file(&path, text.as_bytes());
                total_bytes.fetch_add(text.len() as u64, std::sync::atomic::Ordering::Relaxed);
                let json = serde_json::to_string(&kd).expect("key serialises");
                (json, kd.refs.len(), kd.edges.len())
            })
            .collect();
        for (json, r, e) in lines {
            if !first {
                key.write_all(b",\n").expect("write key");
            }
            first = false;
            key.write_all(b"  ").expect("write key");
            key.write_all(json.as_bytes()).expect("write key");
            n_refs += r;
            n_edges += e;
        }
    }
    key.write_all(b"\n ]\n}\n").expect("write key");
    key.flush().expect("flush key");
    drop(key);
    std::fs::rename(&tmp_path, &key_path).expect("rename key");
    let bytes = total_bytes.load(std::sync::atomic::Ordering::Relaxed);
    println!(
        "gen_corpus: {n} files ({n_primary} documents, {n_news} news items), {:.1} MB in {}, key {}: {n_refs} refs, {n_edges} edges; {} more documents only cited or citable; {:.2} s",
        bytes as f64 / 1e6,
        docs_dir.display(),
        key_path.display(),
        u.docs.iter().filter(|d| !d.gen).count(),
        t0.elapsed().as_secs_f64()
    );
}

fn write_file(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
