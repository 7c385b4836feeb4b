//! Decoding: encodings, BOMs, refusals. Each row is `(name, bytes, expected)`.

use report_core::{decode, InputFormat};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if big_endian {
            &[0xFE, 0xFF]
        } else {
            &[0xFF, 0xFE]
        });
    }
    for unit in text.encode_utf16() {
        let bytes = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        out.extend_from_slice(&bytes);
    }
    out
}

#[test]
fn decodes_text_in_every_encoding() {
    let rows: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        ("utf-8", "Oekraïne".as_bytes().to_vec(), "UTF-8", "Oekraïne"),
        (
            "utf-8 with bom",
            b"\xEF\xBB\xBFOekra\xC3\xAFne".to_vec(),
            "UTF-8",
            "Oekraïne",
        ),
        (
            "utf-16le with bom",
            utf16("Coördinatie €", false, true),
            "UTF-16LE",
            "Coördinatie €",
        ),
        (
            "utf-16be with bom",
            utf16("Coördinatie €", true, true),
            "UTF-16BE",
            "Coördinatie €",
        ),
        (
            "utf-16le without bom",
            utf16("The Council met in Luxembourg.", false, false),
            "UTF-16LE",
            "The Council met in Luxembourg.",
        ),
        (
            "utf-16be without bom",
            utf16("The Council met in Luxembourg.", true, false),
            "UTF-16BE",
            "The Council met in Luxembourg.",
        ),
        (
            "windows-1252",
            b"De co\xF6rdinatie kost \x80 5 miljoen, zei de \x93minister\x94 van Financi\xEBn."
                .to_vec(),
            "windows-1252",
            "De coördinatie kost € 5 miljoen, zei de “minister” van Financiën.",
        ),
        (
            "control characters become spaces",
            b"a\x01b\x1Fc\td".to_vec(),
            "UTF-8",
            "a b c\td",
        ),
        (
            "line ends and page breaks are kept for layout",
            b"a\r\nb\rc\x0Cd\x0Be".to_vec(),
            "UTF-8",
            "a\r\nb\rc\x0Cd\x0Be",
        ),
        ("empty", Vec::new(), "UTF-8", ""),
    ];
    for (name, bytes, encoding, text) in rows {
        let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(decoded.encoding, encoding, "{name}");
        assert_eq!(decoded.text, text, "{name}");
    }
}

#[test]
fn refuses_binary_and_unsupported_formats_with_numbers() {
    let mut binary = vec![b'a'; 1024];
    binary.extend_from_slice(&[0, 1, 2, 3, 0xFF, 0x00, 0x10]);
    let rows: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "nul at 1024",
            binary,
            "this looks like a binary file: NUL byte at offset 1024",
        ),
        (
            "odd-length NULs",
            b"\x00\x01\x02".to_vec(),
            "this looks like a binary file: NUL byte at offset 0",
        ),
        (
            "pdf",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(),
            "this looks like a PDF file, which cannot be read yet: save it as plain text first",
        ),
        (
            "docx",
            b"PK\x03\x04\x14\x00\x06\x00".to_vec(),
            "this looks like a ZIP (DOCX, ODT) file, which cannot be read yet: save it as plain text first",
        ),
    ];
    for (name, bytes, message) in rows {
        let err = decode(&bytes).expect_err(name);
        assert_eq!(err.to_string(), message, "{name}");
    }
}

#[test]
fn sniffs_formats() {
    let rows: [(&[u8], InputFormat); 5] = [
        (b"%PDF-1.4", InputFormat::Pdf),
        (b"PK\x03\x04", InputFormat::Zip),
        (b"  <!DOCTYPE html><p>x", InputFormat::Html),
        (b"\xEF\xBB\xBF<html>", InputFormat::Html),
        (b"Verslag", InputFormat::Text),
    ];
    for (bytes, format) in rows {
        assert_eq!(InputFormat::sniff(bytes), format, "{bytes:?}");
    }
    let html = decode(b"<html><body>Verslag</body></html>").expect("html is read as text");
    assert_eq!(html.format, InputFormat::Html);
    assert_eq!(html.diagnostics[0].code, "html-as-text");
}

#[test]
fn fixtures_in_other_encodings() {
    let cp1252 = decode(&fixture("cp1252-nl-brief.txt")).expect("cp1252");
    assert_eq!(cp1252.encoding, "windows-1252");
    assert!(cp1252.text.contains("coördinatie van de opvang"));
    assert!(cp1252.text.contains("€ 25 miljoen"));
    assert!(cp1252.text.contains("“regionale aanpak”"));
    assert_eq!(cp1252.diagnostics[0].code, "legacy-encoding");

    let utf16 = decode(&fixture("utf16le-outcome.txt")).expect("utf-16");
    assert_eq!(utf16.encoding, "UTF-16LE");
    assert!(utf16.text.starts_with("Outcome of the Council meeting\n"));

    let crlf_bytes = fixture("crlf-nl-milieuraad.txt");
    let crlf = decode(&crlf_bytes).expect("crlf");
    assert_eq!(crlf.text.as_bytes(), crlf_bytes.as_slice());
}

#[test]
fn an_empty_file_gives_an_empty_report_with_a_diagnostic() {
    let report = report_core::analyze(b"", &report_core::Config::default()).expect("empty");
    assert!(report.outline.is_empty());
    assert_eq!(report.text, "");
    assert!(report.diagnostics.iter().any(|d| d.code == "empty-input"));
}
