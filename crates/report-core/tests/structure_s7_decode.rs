//! Decoding of damaged and legacy encodings on invented texts: what the text becomes and what the
//! diagnostics say. Each row is `(name, bytes, encoding, words the text must hold, words it must
//! not, diagnostic codes)`.

use report_core::{analyze, decode, Config};
mod fixture_file;

fn fixture(name: &str) -> Vec<u8> {
    fixture_file::read(&format!("s7/{name}"))
}

/// `text` as a windows-1252 reader and a UTF-8 writer leave it.
fn double_encoded(text: &str) -> Vec<u8> {
    let (damaged, _, _) = encoding_rs::WINDOWS_1252.decode(text.as_bytes());
    damaged.into_owned().into_bytes()
}

fn legacy(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, _, errors) = encoding.encode(text);
    assert!(!errors, "{text} is not {}", encoding.name());
    bytes.into_owned()
}

type Row = (
    &'static str,
    Vec<u8>,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

#[test]
fn damaged_and_legacy_texts_decode_with_a_diagnostic() {
    let rows: Vec<Row> = vec![
        (
            "double-encoded fixture",
            fixture("mojibake-milieuraad-nl.txt"),
            "UTF-8",
            &[
                "Natuurherstel – stand",
                "België",
                "‘realistische’",
                "České Budějovice",
            ],
            &["Ã", "â€"],
            &["double-encoding"],
        ),
        (
            "double-encoded English with quotes and a euro sign",
            double_encoded("The Presidency’s “compromise” – worth € 4 million – was welcomed."),
            "UTF-8",
            &["Presidency’s “compromise” – worth € 4"],
            &["â€"],
            &["double-encoding"],
        ),
        (
            "a single damaged sequence is left as written",
            "The café called Ã© is on the corner.".as_bytes().to_vec(),
            "UTF-8",
            &["Ã©"],
            &[],
            &[],
        ),
        (
            "windows-1252 smart quotes and dashes",
            legacy(
                "Ministers discussed the “omnibus” – and Sweden’s note — at length.",
                encoding_rs::WINDOWS_1252,
            ),
            "windows-1252",
            &["“omnibus” – and Sweden’s note — at"],
            &[],
            &["legacy-encoding"],
        ),
        (
            "latin-1 Dutch",
            legacy(
                "De coördinatie van de naïeve oriëntatie à la carte.",
                encoding_rs::WINDOWS_1252,
            ),
            "windows-1252",
            &["coördinatie van de naïeve oriëntatie à la carte"],
            &[],
            &["legacy-encoding"],
        ),
        (
            // A UTF-8 report with a line pasted from a Latin-1 file: the UTF-8 stays as it
            // is, and only the foreign bytes are read as windows-1252.
            "UTF-8 with a pasted Latin-1 line",
            [
                "De Raad – onder Belgisch voorzitterschap – sprak over de coördinatie.\n"
                    .as_bytes()
                    .to_vec(),
                legacy(
                    "Het café in Brussel was dicht.\n",
                    encoding_rs::WINDOWS_1252,
                ),
                "Daarna sprak België over de “toekomst”.\n"
                    .as_bytes()
                    .to_vec(),
            ]
            .concat(),
            "UTF-8",
            &[
                "Raad – onder",
                "coördinatie",
                "Het café in",
                "sprak België",
                "“toekomst”",
            ],
            &["â€", "\u{fffd}"],
            &["mixed-encoding"],
        ),
        (
            // Mostly Latin-1 with a UTF-8 word: still a legacy file, whose UTF-8 word the
            // double-encoding repair then restores.
            "Latin-1 with one UTF-8 word",
            [
                legacy(
                    "De coördinatie van de naïeve oriëntatie in België.\n",
                    encoding_rs::WINDOWS_1252,
                ),
                "Één.\n".as_bytes().to_vec(),
            ]
            .concat(),
            "windows-1252",
            &["coördinatie van de naïeve oriëntatie in België", "Één."],
            &[],
            &["legacy-encoding", "double-encoding"],
        ),
    ];
    for (name, bytes, encoding, present, absent, codes) in rows {
        let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(decoded.encoding, encoding, "{name}");
        for word in present {
            assert!(
                decoded.text.contains(word),
                "{name}: {word} in {}",
                decoded.text
            );
        }
        for word in absent {
            assert!(
                !decoded.text.contains(word),
                "{name}: {word} in {}",
                decoded.text
            );
        }
        let got: Vec<&str> = decoded
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .collect();
        assert_eq!(got, *codes, "{name}");
    }
}

#[test]
fn a_double_encoded_report_gets_its_outline_and_title_repaired() {
    let report =
        analyze(&fixture("mojibake-milieuraad-nl.txt"), &Config::default()).expect("decodes");
    assert_eq!(
        report.metadata.title.as_deref(),
        Some("Verslag van de Milieuraad van 4 oktober 2028")
    );
    let titles: Vec<&str> = report.outline.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Natuurherstel – stand van zaken", "Diversen"]);
    let warning = report
        .diagnostics
        .iter()
        .find(|d| d.code == "double-encoding")
        .expect("a diagnostic says what was repaired");
    assert!(
        warning.message.contains("7 characters"),
        "{}",
        warning.message
    );
}
