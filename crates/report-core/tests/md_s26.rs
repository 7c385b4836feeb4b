//! Session 26: Markdown annual reports as today's converters write them from a PDF (docling,
//! markitdown: every heading `##` whatever its level, numbered headings, `<!-- image -->`, pipe
//! tables with an empty or repeated header row, HTML `<table>` blocks, footnotes, running
//! headers and page numbers left as lines, a signature's role in bold), one English and one
//! Dutch (fixtures under `fixtures/s26`); and two reports in defects not met before: UTF-8
//! with characters cut at page breaks, mixed line ends and NUL padding; UTF-16BE without a BOM
//! holding C1 controls and U+FFFD from earlier conversions.

use expect_test::expect;
use report_core::{analyze, analyze_text, Config, Report};

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use outline_text::outline_text;

const DOCLING: &str = "s26/md-consolidated-annual-report-docling-en.md";
const MARKITDOWN: &str = "s26/md-jaarverslag-arbeidsinspectie-markitdown-nl.md";
const CUT: &str = "s26/enc-utf8-afgekapt-nul-opvulling-raadsverslag-nl.txt";
const UTF16BE: &str = "s26/enc-utf16be-c1-vervangen-outcome-en.txt";

fn report(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn decoded(bytes: &[u8]) -> Report {
    analyze(bytes, &Config::default()).expect("decodes")
}

/// The diagnostics' codes, and the message of the one with code `code`.
fn diagnostic(r: &Report, code: &str) -> (String, Option<String>) {
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    let message = r
        .diagnostics
        .iter()
        .find(|d| d.code == code)
        .map(|d| d.message.clone());
    (codes.join(" "), message)
}

#[test]
fn a_utf8_character_cut_at_a_page_break_is_one_replacement_said_where() {
    let r = decoded(b"Kosten: \xE2\x82\x0c 4 miljard.\nCaf\xC3\xA9, \xC3\xA9\xC3\xA9n.\nTsjechi\xC3\x0c en Estland.\n");
    assert_eq!(r.source.encoding, "UTF-8");
    assert!(r.text.contains("Kosten: \u{FFFD}"), "{}", r.text);
    assert!(r.text.contains("Café, één."), "{}", r.text);
    assert!(r.text.contains("Tsjechi\u{FFFD}"), "{}", r.text);
    let (codes, message) = diagnostic(&r, "truncated-utf8");
    assert_eq!(codes, "truncated-utf8");
    expect!["the file is UTF-8, but 2 characters cut short (3 bytes) could not be read and were replaced by U+FFFD (�): at line 1 (offset 8), line 3 (offset 44)"]
        .assert_eq(&message.unwrap());
    // A byte alone before a space may be Latin-1 pasted in: it is read as windows-1252.
    let r = decoded(
        "Café, één, "
            .as_bytes()
            .iter()
            .chain(b"\xE0 la carte.\n")
            .copied()
            .collect::<Vec<_>>()
            .as_slice(),
    );
    assert!(r.text.contains("één, à la carte"), "{}", r.text);
    assert_eq!(diagnostic(&r, "").0, "mixed-encoding");
    // Cut characters alone still make a UTF-8 file, not two windows-1252 letters.
    let r = decoded(b"De Raad \xE2\x82\x0cbesloot.\n");
    assert_eq!(r.source.encoding, "UTF-8");
    assert!(!r.text.contains('â'), "{}", r.text);
}

#[test]
fn nul_bytes_that_only_pad_the_end_are_left_out_and_elsewhere_still_mean_binary() {
    let r = decoded(b"De Raad vergaderde.\n\0\0\0\0");
    assert_eq!(r.text, "De Raad vergaderde.");
    let (codes, message) = diagnostic(&r, "nul-padding");
    assert_eq!(codes, "nul-padding");
    assert!(message.unwrap().contains("4 NUL bytes from offset 20"));
    // UTF-16 with a BOM, padded with NUL characters.
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend("Hallo".encode_utf16().flat_map(u16::to_le_bytes));
    bytes.extend([0u8; 6]);
    let r = decoded(&bytes);
    assert_eq!(
        (r.text.as_str(), diagnostic(&r, "").0.as_str()),
        ("Hallo", "nul-padding")
    );
    let config = Config::default();
    for (bytes, offset) in [(&b"abc\0def\0\0"[..], 3), (b"\0\0\0\0", 0)] {
        let err = analyze(bytes, &config).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("this looks like a binary file: NUL byte at offset {offset}")
        );
    }
}

#[test]
fn c1_controls_are_the_windows_1252_punctuation_they_were() {
    let r =
        decoded("the \u{93}roadmap\u{94} \u{96} at \u{80}5 billion\u{85} ok\u{81}\n".as_bytes());
    assert_eq!(r.text, "the “roadmap” – at €5 billion… ok");
    let (codes, message) = diagnostic(&r, "c1-controls");
    assert_eq!(codes, "c1-controls");
    assert!(message.unwrap().starts_with("6 control characters"));
    // A no-break space or a degree sign (`C2 A0`, `C2 B0`) is no C1 control.
    let r = decoded("15\u{a0}°C\n".as_bytes());
    assert_eq!(diagnostic(&r, "").0, "");
}

#[test]
fn replacement_characters_in_the_text_are_said_with_their_line() {
    let r = decoded("Titel\n\nVice-President R\u{FFFD}mi S\u{FFFD}verac said so.\n".as_bytes());
    let (codes, message) = diagnostic(&r, "replacement-characters");
    assert_eq!(codes, "replacement-characters");
    expect!["the text holds 2 replacement characters (�), the first on line 3: characters an earlier conversion could not read, which cannot be restored"]
        .assert_eq(&message.unwrap());
}

#[test]
fn line_ends_of_cr_alone_or_of_mixed_kinds_are_said() {
    let rows: [(&[u8], &str); 5] = [
        (b"Een.\rTwee.\rDrie.\r", "cr-line-ends"),
        (b"Een.\r\nTwee.\nDrie.\n", "mixed-line-ends"),
        (b"Een.\r\nTwee.\r\n", ""),
        (b"Een.\nTwee.\n", ""),
        (b"Een.", ""),
    ];
    for (bytes, code) in rows {
        let r = decoded(bytes);
        assert_eq!(diagnostic(&r, "").0, code, "{bytes:?}");
        assert_eq!(
            r.text,
            "Een. Twee. Drie.".get(..r.text.len()).unwrap_or(""),
            "{bytes:?}"
        );
    }
    let r = decoded(b"Een.\r\nTwee.\nDrie.\n\rVier.\r");
    expect!["the file mixes line ends (1 CRLF, 2 LF, 2 CR alone), as text pasted together from several files does; all were read as line ends"]
        .assert_eq(&diagnostic(&r, "mixed-line-ends").1.unwrap());
}

#[test]
fn an_html_table_in_markdown_is_read_as_a_table_of_people() {
    let text = "# Board\n\nThe Board met twice.\n\n\
                <table><tbody><tr><th>Name</th><th>Function</th><th>Country</th></tr>\
                <tr><td>Helga Marttinen</td><td>Chair</td><td>Finland</td></tr>\
                <tr><td>Aoife <b>Ní Mhurchú</b></td><td>Member</td><td>Ireland</td></tr></tbody></table>\n\n\
                Table 4: Members of the Board\n";
    let r = report(text);
    assert!(!r.text.contains("<t"), "{}", r.text);
    assert!(
        r.text.contains("| Aoife Ní Mhurchú | Member | Ireland |"),
        "{}",
        r.text
    );
    expect![[r#"
        Helga Marttinen | Chair | country:fi
        Aoife Ní Mhurchú | Member | country:ie
    "#]]
    .assert_eq(&actor_rows::people(&r));
    // Rows on lines of their own, the header in `<td>` cells, in Dutch.
    let text = "# Leden\n\nTekst.\n\n<table>\n<tr><td>Naam</td><td>Functie</td><td>Land</td></tr>\n\
                <tr><td>Sven Hoekstra</td><td>Plaatsvervangend lid</td><td>Nederland</td></tr>\n</table>\n";
    expect![[r#"
        Sven Hoekstra | Plaatsvervangend lid | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
    // A table of figures names nobody; `<table>` inside a sentence is text.
    let text = "# Cijfers\n\n<table><tr><td>Regio</td><td>2025</td></tr><tr><td>Anna Nowak</td><td>12</td></tr></table>\n\n\
                Write <table> for a table.\n";
    let r = report(text);
    assert_eq!(actor_rows::people(&r), "");
    assert!(r.text.contains("Write <table> for a table."), "{}", r.text);
}
