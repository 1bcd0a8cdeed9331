//! Real-format inputs (tests/fixtures/inputs: portal.html, plan.docx, plan.pdf, scanned.pdf,
//! made by make_fixtures.py there) give the text their README lists, and bad ones (an old
//! .doc, a zip that is no DOCX, a DOCX bomb, a scan, deeply nested HTML) give their error
//! quickly instead of a crash.

use std::io::{Cursor, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use vbgraph::formats::*;

fn input(name: &str) -> (PathBuf, Vec<u8>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/inputs")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path, bytes)
}

/// The document a file's text is (the extractor's reading of its header).
fn own_identity(file: &str, text: &str) -> vbgraph::model::DocDesc {
    let x = vbgraph::extract::extract(
        file,
        &vbgraph::normalize::normalize(text),
        &vbgraph::aliases::AliasTable::builtin(),
    );
    x.own
        .unwrap_or_else(|| panic!("{file} is no document's own text:\n{text}"))
}

fn assert_contains(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "missing {w:?} in:\n{text}");
    }
}

fn assert_lacks(text: &str, unwanted: &[&str]) {
    for w in unwanted {
        assert!(!text.contains(w), "{w:?} should not be in:\n{text}");
    }
}

/// A deflated zip of the given entries.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(content).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn pdftotext_or_skip(test: &str) -> bool {
    if pdftotext_available() {
        true
    } else {
        println!("SKIPPED {test}: pdftotext is not installed (apt-get install poppler-utils)");
        false
    }
}

#[test]
fn portal_html_gives_the_news_body_with_its_references() {
    let (_, bytes) = input("portal.html");
    assert_eq!(sniff("portal.html", &bytes), Format::Html);
    assert_eq!(sniff("saved-page", &bytes), Format::Html);
    let text = html_to_text(std::str::from_utf8(&bytes).unwrap());
    assert_contains(
        &text,
        &[
            // Lines as blocks, white space collapsed, diacritics intact.
            "\nNgày 03/3/2020, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 03/3/2020 của \
             UBND tỉnh Hà Giang về tiếp tục thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 \
             của Ban Chấp hành Trung ương Đảng (khóa XI) về đổi mới căn bản, toàn diện giáo \
             dục và đào tạo.\n",
            // Entities: &amp; &nbsp; &#7879; &#x1EA1; &copy;
            "giáo dục & đào tạo\n",
            "chất lượng giáo dục và đào tạo, phát triển",
            "căn cứ Kế hoạch xây dựng",
            "báo cáo kết quả thực hiện trước ngày 15/12 hằng năm.",
            "© Bản quyền",
            // A table row is a line, cells joined by " | ", a cell's paragraphs by a space.
            "\nSố ký hiệu | Ngày ban hành | Trích yếu\n",
            "\n29-NQ/TW | 04/11/2013 | Nghị quyết Hội nghị Trung ương 8 khóa XI về đổi mới căn \
             bản, toàn diện giáo dục và đào tạo\n",
            "\n45/KH-UBND | 03/03/2020 | Kế hoạch thực hiện Nghị quyết số 29-NQ/TW\n",
            // <br> breaks the line.
            "\nThu Hà\nSở Giáo dục và Đào tạo\n",
            // Header, navigation and footer are kept: the footer names the province.
            "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG\n",
            "\nTrang chủ\n",
            "\nCơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Giang\n",
            "thành phố Hà Giang, tỉnh Hà Giang\n",
        ],
    );
    // Script, style, noscript and the head's title are dropped.
    assert_lacks(
        &text,
        &[
            "99/KH-UBND",
            "77/KH-UBND",
            "font-family",
            "document.write",
            "JavaScript",
            "Cổng thông tin điện tử tỉnh Hà Giang</title>",
            "&amp;",
            "&nbsp;",
            "&#",
            "\u{A0}",
        ],
    );
    assert!(text.lines().all(|l| l == l.trim_end()), "{text}");
    assert!(!text.contains("\n\n\n"), "{text}");
}

#[test]
fn plan_docx_gives_paragraphs_and_table_rows_in_order() {
    let (_, bytes) = input("plan.docx");
    assert_eq!(sniff("plan.docx", &bytes), Format::Docx);
    assert_eq!(sniff("plan.bin", &bytes), Format::Docx);
    let text = docx_to_text(&bytes, 50_000_000).unwrap();
    assert_contains(
        &text,
        &[
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - \
             Hạnh phúc\n",
            "Số: 96/KH-UBND | Lạng Sơn, ngày 30 tháng 10 năm 2014\n",
            "\nKẾ HOẠCH\nThực hiện Chương trình hành động số 100-CTr/TU ngày 23/01/2014 của \
             Tỉnh ủy Lạng Sơn về đổi mới căn bản, toàn diện giáo dục và đào tạo\n",
            "\nThực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương \
             Đảng (khóa XI) về đổi mới căn bản, toàn diện giáo dục và đào tạo và Chương trình \
             hành động số 100-CTr/TU ngày 23/01/2014 của Tỉnh ủy Lạng Sơn, UBND tỉnh ban hành \
             Kế hoạch thực hiện như sau:\n",
            // w:tab and w:br.
            "\n\t1. Quán triệt đầy đủ nội dung Nghị quyết và Chương trình hành động;\n2. Xác \
             định nhiệm vụ cụ thể cho từng cơ quan, đơn vị.\n",
            // A field gives its result, not its code.
            "\nToàn văn Nghị quyết xem tại Cổng thông tin điện tử tỉnh & Báo Lạng Sơn.\n",
            "\nNhiệm vụ | Cơ quan chủ trì\nRà soát quy hoạch mạng lưới trường, lớp giai đoạn \
             2015-2020 | Sở Giáo dục và Đào tạo\n",
        ],
    );
    // Deleted text (tracked changes) and field codes are not the document's text.
    assert_lacks(&text, &["12/KH-UBND", "HYPERLINK", "example.invalid"]);
    let header = text.find("Số: 96/KH-UBND").unwrap();
    let body = text.find("Thực hiện Nghị quyết").unwrap();
    let tasks = text.find("Nhiệm vụ |").unwrap();
    assert!(header < body && body < tasks, "document order:\n{text}");
    // The header table's row `Số: 96/KH-UBND | Lạng Sơn, ngày 30 tháng 10 năm 2014` gives the
    // plan its date and, through the place, its province (the README's identity).
    let own = own_identity("plan.docx", &text);
    assert_eq!(own.number.as_deref(), Some("96"));
    assert_eq!(own.date.as_deref(), Some("2014-10-30"));
    assert_eq!(own.issuer.as_deref(), Some("UBND tỉnh Lạng Sơn"));
}

#[test]
fn plan_pdf_with_pdftotext() {
    if !pdftotext_or_skip("plan_pdf_with_pdftotext") {
        return;
    }
    let (path, bytes) = input("plan.pdf");
    assert_eq!(sniff("plan.pdf", &bytes), Format::Pdf);
    for hint in [None, Some(path.as_path())] {
        let (text, reader) = pdf_to_text(&bytes, hint).unwrap();
        assert_eq!(reader, "pdftotext");
        assert_contains(
            &text,
            &[
                "Số: 45/KH-UBND",
                "Hà Giang, ngày 03 tháng 3 năm 2020",
                "Tiếp tục thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013",
                "Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương",
                // The second page follows the first, with no form feed.
                "II. TỔ CHỨC THỰC HIỆN",
            ],
        );
        assert!(!text.contains('\x0C'));
        // -layout keeps the two header columns on one line.
        assert!(
            text.lines()
                .any(|l| l.contains("Số: 45/KH-UBND") && l.contains("Hà Giang, ngày 03")),
            "{text}"
        );
        // ... and the place-date after the number on that line dates the plan and gives its
        // province (the README's identity).
        let own = own_identity("plan.pdf", &text);
        assert_eq!(own.date.as_deref(), Some("2020-03-03"));
        assert_eq!(own.issuer.as_deref(), Some("UBND tỉnh Hà Giang"));
    }
}

#[test]
fn plan_pdf_with_the_pure_rust_reader() {
    let (_, bytes) = input("plan.pdf");
    let text = pdf_to_text_pure(&bytes).unwrap();
    assert_contains(
        &text,
        &[
            "45/KH-UBND",
            "29-NQ/TW ngày 04/11/2013",
            "Tiếp tục thực hiện Nghị quyết",
            "\nThực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương\n\
             Đảng (khóa XI) về đổi mới căn bản",
        ],
    );
    if !pdftotext_available() {
        let (same, reader) = pdf_to_text(&bytes, None).unwrap();
        assert_eq!((same.as_str(), reader), (text.as_str(), "pdf-extract"));
    }
    let own = own_identity("plan.pdf", &text);
    assert_eq!(
        (own.date.as_deref(), own.issuer.as_deref()),
        (Some("2020-03-03"), Some("UBND tỉnh Hà Giang")),
        "{text}"
    );
}

#[test]
fn scanned_pdf_has_no_text_layer_and_says_ocr() {
    let (path, bytes) = input("scanned.pdf");
    assert_eq!(sniff("scanned.pdf", &bytes), Format::Pdf);
    let err = pdf_to_text(&bytes, Some(&path)).unwrap_err();
    assert_eq!(err, FormatError::NoTextLayer);
    assert!(err.to_string().contains("ocrmypdf"), "{err}");
    assert_eq!(pdf_to_text_pure(&bytes), Err(FormatError::NoTextLayer));
}

#[test]
fn broken_and_fake_pdfs_are_errors() {
    let (_, bytes) = input("plan.pdf");
    let truncated = &bytes[..bytes.len() / 3];
    match pdf_to_text(truncated, None) {
        // pdftotext may still recover the first page of a truncated file.
        Ok((text, _)) => assert!(text.contains("45/KH-UBND"), "{text}"),
        Err(e) => assert!(
            matches!(e, FormatError::BadPdf { .. } | FormatError::NoTextLayer),
            "{e:?}"
        ),
    }
    let garbage = b"%PDF-1.7\n\xFF\xFE\x00garbage without objects\n%%EOF";
    let err = pdf_to_text(garbage, None).unwrap_err();
    assert!(matches!(err, FormatError::BadPdf { .. }), "{err:?}");
    assert!(err.to_string().starts_with("cannot read the PDF"), "{err}");
    assert_eq!(
        pdf_to_text(b"just text named .pdf", None),
        Err(FormatError::NotPdf)
    );
}

#[test]
fn old_word_doc_is_refused_with_how_to_convert() {
    // An OLE2 compound file header (what Word 97-2003 writes), whatever the extension says.
    let mut doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    doc.resize(4096, 0);
    for name in ["old.doc", "old.docx", "old.txt"] {
        assert_eq!(sniff(name, &doc), Format::Doc, "{name}");
    }
    let err = unsupported(Format::Doc, &doc).unwrap();
    assert_eq!(err, FormatError::Doc);
    assert!(
        err.to_string()
            .contains("libreoffice --headless --convert-to docx FILE"),
        "{err}"
    );
    assert_eq!(
        unsupported(sniff("x.bin", b"\x7fELF\x02\x01\x01\0\0\0"), b"\x7fELF"),
        Some(FormatError::Binary)
    );
}

#[test]
fn zip_that_is_not_a_docx_and_docx_that_is_not_a_zip() {
    let other = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text")]);
    assert_eq!(sniff("notes.zip", &other), Format::Unknown);
    assert_eq!(sniff("notes.docx", &other), Format::Docx);
    let err = docx_to_text(&other, 50_000_000).unwrap_err();
    assert_eq!(err, FormatError::NotDocx);
    assert!(err.to_string().contains("word/document.xml"), "{err}");

    let junk = b"\x01\x02\x03 this was never a zip \0\0".to_vec();
    assert_eq!(sniff("broken.docx", &junk), Format::Docx);
    let err = docx_to_text(&junk, 50_000_000).unwrap_err();
    assert!(matches!(err, FormatError::NotZip(_)), "{err:?}");
    assert!(
        err.to_string().starts_with("not a DOCX (zip) file"),
        "{err}"
    );

    // A zip cut short is no zip either.
    let (_, good) = input("plan.docx");
    let err = docx_to_text(&good[..good.len() / 2], 50_000_000).unwrap_err();
    assert!(matches!(err, FormatError::NotZip(_)), "{err:?}");
}

/// A DOCX whose document part is 200 MB of zeros, deflated to a few hundred KB.
fn docx_bomb() -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    w.start_file("[Content_Types].xml", opts).unwrap();
    w.write_all(b"<Types/>").unwrap();
    w.start_file("word/document.xml", opts).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..200 {
        w.write_all(&zeros).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn docx_bomb_is_refused_quickly() {
    let bomb = docx_bomb();
    assert!(bomb.len() < 2_000_000, "{} bytes", bomb.len());
    assert_eq!(sniff("bomb.docx", &bomb), Format::Docx);
    let start = Instant::now();
    let err = docx_to_text(&bomb, 50_000_000).unwrap_err();
    let took = start.elapsed();
    assert_eq!(err, FormatError::DocxTooLarge { limit: 50_000_000 });
    assert!(
        err.to_string().contains("DOCX expands past 50 MB")
            && err.to_string().contains("--max-file-size"),
        "{err}"
    );
    assert!(took < Duration::from_secs(2), "took {took:?}");

    // The same bomb whose zip headers lie about the size (1000 bytes): the stream is cut
    // short (by the zip reader at the declared size, or at the cap) instead of unpacked whole.
    let lying = lie_about_sizes(&bomb, "word/document.xml", 1000);
    let start = Instant::now();
    let err = docx_to_text(&lying, 50_000_000).unwrap_err();
    let took = start.elapsed();
    assert!(
        matches!(
            err,
            FormatError::DocxTooLarge { .. } | FormatError::BadDocx(_) | FormatError::NotZip(_)
        ),
        "{err:?}"
    );
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

/// `zip` with the uncompressed size of entry `name` set to `size` in its local header (when
/// it is written there) and in the central directory.
fn lie_about_sizes(zip: &[u8], name: &str, size: u32) -> Vec<u8> {
    let mut out = zip.to_vec();
    let name = name.as_bytes();
    let le16 = |b: &[u8], at: usize| u16::from_le_bytes([b[at], b[at + 1]]) as usize;
    let mut i = 0;
    while i + 46 <= out.len() {
        let sig = &out[i..i + 4];
        if sig == b"PK\x03\x04" {
            let n = le16(&out, i + 26);
            if out.get(i + 30..i + 30 + n) == Some(name) && out[i + 22..i + 26] != [0; 4] {
                out[i + 22..i + 26].copy_from_slice(&size.to_le_bytes());
            }
        } else if sig == b"PK\x01\x02" {
            let n = le16(&out, i + 28);
            if out.get(i + 46..i + 46 + n) == Some(name) {
                out[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
            }
        }
        i += 1;
    }
    out
}

#[test]
fn deeply_nested_html_does_not_crash() {
    let n = 100_000;
    let cases = [
        ("<div>", "</div>"),
        ("<ul><li>", "</li></ul>"),
        ("<span>", "</span>"),
        ("<blockquote>", ""),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<b><i>", ""),
    ];
    for (open, close) in cases {
        let html = format!(
            "<html><body>{}Kế hoạch số 45/KH-UBND{}<p>sau</p></body></html>",
            open.repeat(n),
            close.repeat(n)
        );
        let start = Instant::now();
        let text = html_to_text(&html);
        let took = start.elapsed();
        assert!(
            text.contains("Kế hoạch số 45/KH-UBND"),
            "{open}: {text:.200}"
        );
        assert!(text.contains("sau"), "{open}");
        assert!(took < Duration::from_secs(30), "{open}: took {took:?}");
    }
}

#[test]
fn text_files_stay_text() {
    for name in ["tcvn3.txt", "vni.txt", "cp1258.txt"] {
        let (_, bytes) = input(name);
        assert_eq!(sniff(name, &bytes), Format::Text, "{name}");
    }
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("Số: 5/KH-UBND".encode_utf16().flat_map(|u| u.to_le_bytes()));
    assert_eq!(sniff("utf16.txt", &utf16), Format::Text);
}
