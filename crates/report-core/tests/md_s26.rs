//! Session 26: Markdown annual reports as today's converters write them from a PDF (docling,
//! markitdown: every heading `##` whatever its level, numbered headings, `<!-- image -->`, pipe
//! tables with an empty or repeated header row, HTML `<table>` blocks, footnotes, running
//! headers and page numbers left as lines, a signature's role in bold), one English and one
//! Dutch (fixtures under `fixtures/s26`); and two reports in defects not met before: UTF-8
//! with characters cut at page breaks, mixed line ends and NUL padding; UTF-16BE without a BOM
//! holding C1 controls and U+FFFD from earlier conversions.

use expect_test::expect;
use report_core::{analyze, Config, Report};

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{decoded, report};

use outline_text::outline_text;

const DOCLING: &str = "s26/md-consolidated-annual-report-docling-en.md";
const MARKITDOWN: &str = "s26/md-jaarverslag-arbeidsinspectie-markitdown-nl.md";
const CUT: &str = "s26/enc-utf8-afgekapt-nul-opvulling-raadsverslag-nl.txt";
const UTF16BE: &str = "s26/enc-utf16be-c1-vervangen-outcome-en.txt";

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

#[test]
fn headings_all_at_one_markdown_depth_nest_by_their_numbers() {
    let text = "## Foreword\n\nWe thank our staff for a good year.\n\n\
                ## 1 The Agency\n\nThe Agency has its seat in Vigo.\n\n\
                ## 1.1 Mission\n\nIt coordinates fisheries control.\n\n\
                ## 1.1.1 Legal basis\n\nThe regulation of 2019 applies.\n\n\
                ## 2. Operations\n\nThe Agency ran 14 campaigns.\n\n\
                ## 2.1 Campaigns\n\nThey covered five sea basins.\n\n\
                ## Annex 1 Abbreviations\n\nEFCA is the Agency.\n";
    expect![[r#"
        0 [-] Foreword
        1 [1] The Agency
          2 [1.1] Mission
            3 [1.1.1] Legal basis
        4 [2] Operations
          5 [2.1] Campaigns
        6 [Annex 1] Abbreviations
    "#]]
    .assert_eq(&outline_text(&report(text)));
    // Headings whose `#`s already give the levels keep them: `### 1.1` under `# 1`, and a
    // `## 2.1` under a `#` heading without a number stays one level down.
    let text = "# 1 The Agency\n\nThe Agency has its seat in Vigo.\n\n\
                ### 1.1 Mission\n\nIt coordinates fisheries control.\n\n\
                # Operations\n\nThe Agency ran 14 campaigns.\n\n\
                ## 2.1 Campaigns\n\nThey covered five sea basins.\n";
    expect![[r#"
        0 [1] The Agency
          1 [1.1] Mission
        2 [-] Operations
          3 [2.1] Campaigns
    "#]]
    .assert_eq(&outline_text(&report(text)));
}

#[test]
fn a_cover_set_in_markdown_headings_is_the_title_page_not_sections() {
    let r = fixture_file::report(DOCLING);
    expect![[r#"
        0 [-] Foreword by the Executive Director
        1 [1] The Agency in 2025
          2 [1.1] Mission
          3 [1.2] Key figures
          4 [1.3] Budget
        5 [2] Operational activities
          6 [2.1] Joint deployment plans
          7 [2.2] Cooperation with other agencies
          8 [2.3] International dimension
        9 [3] Governance and management
          10 [3.1] Administrative Board
          11 [3.2] Internal control
    "#]]
    .assert_eq(&outline_text(&r));
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("CONSOLIDATED ANNUAL ACTIVITY REPORT 2025")
    );
    // Without a line that announces the document, the opening headings stay sections.
    let text = "## Board\n\n## Members\n\nThe Board met twice in 2025 and adopted the budget.\n\n\
                ## 1 Results\n\nThe Agency ran 14 campaigns.\n";
    expect![[r#"
        0 [-] Board
        1 [-] Members
        2 [1] Results
    "#]]
    .assert_eq(&outline_text(&report(text)));
    // A cover heading that holds the sections under it stays their parent.
    let text = "# Jaarverslag 2025\n\n## Voorwoord\n\nWij hadden een goed jaar.\n\n\
                ## Toezicht\n\nDe inspectie controleerde veel bedrijven.\n\n\
                # Vooruitblik\n\nIn 2026 groeit de inspectie verder.\n";
    expect![[r#"
        0 [-] Jaarverslag 2025
          1 [-] Voorwoord
          2 [-] Toezicht
        3 [-] Vooruitblik
    "#]]
    .assert_eq(&outline_text(&report(text)));
}

#[test]
fn a_foreword_signed_under_its_place_and_date_on_three_lines_signs_the_report() {
    for (path, signatory, date) in [
        (
            DOCLING,
            "Some(\"Executive Director\")/Some(\"Rui Albuquerque Salgado\")",
            "2026-06-18",
        ),
        (
            MARKITDOWN,
            "Some(\"Inspecteur-generaal\")/Some(\"Marieke van Ommeren-Dijkstra\")",
            "2026-04-09",
        ),
    ] {
        let r = fixture_file::report(path);
        assert_eq!(
            metadata_rows::signatories(&r).as_deref(),
            Some(signatory),
            "{path}"
        );
        assert_eq!(r.metadata.letter_date.as_deref(), Some(date), "{path}");
    }
    // In the front, a line under a name signs only when it is a role that signs.
    let text = "## Annual report 2025\n\n## Foreword\n\nWe had a good year with many results.\n\n\
                Vigo, 18 June 2026\n\nAnna Berg\n\n**Executive Director**\n\n\
                ## 1 Results\n\nThe Agency ran 14 campaigns.\n";
    let r = report(text);
    assert_eq!(
        metadata_rows::signatories(&r).as_deref(),
        Some("Some(\"Executive Director\")/Some(\"Anna Berg\")")
    );
    let text = "## Annual report 2025\n\n## Key dates\n\nThe year in a few lines.\n\n\
                Vigo, 18 June 2026\n\nAnna Berg\n\n**Opening of the campaign**\n\n\
                ## 1 Results\n\nThe Agency ran 14 campaigns.\n";
    assert_eq!(report(text).metadata.signatories.len(), 0);
}

#[test]
fn the_docling_report_names_its_board_from_an_html_table() {
    let r = fixture_file::report(DOCLING);
    expect![[r#"
        Rui Albuquerque Salgado | Executive Director | org:efca
        Helga Marttinen | Chair | country:fi
        Lena Kowalczyk | representative of the Commission | org:european-commission
        Tobias Lindqvist | Deputy Chair | country:se
        Aoife Ní Mhurchú | Member | country:ie
        Dimitrios Karalis | Member | country:gr
        Joana Ferreira Lopes | Member | country:pt
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:european-commission proposed Neutral
        org:european-parliament endorsed Support
        org:court-of-auditors stated Neutral
        country:it requested Neutral
        country:gr asked Neutral
        country:hr asked Neutral
        collective:agencies shared Neutral
        org:efca supported Support
        org:administrative-board adopted Support
        person:lena-kowalczyk informed Neutral
        person:rui-albuquerque-salgado concluded Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert!(!r.text.contains("<td>") && !r.text.contains("<!--"));
    assert!(!r.text.contains("\n3\n") && !r.text.contains("EFCA Consolidated Annual"));
}

#[test]
fn the_markitdown_jaarverslag_reads_whole() {
    let r = fixture_file::report(MARKITDOWN);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] De Arbeidsinspectie in 2025
          2 [1.1] Taak en organisatie
          3 [1.2] Kerncijfers
        4 [2] Toezicht en handhaving
          5 [2.1] Arbeidsuitbuiting
          6 [2.2] Gevaarlijke stoffen
        7 [3] Europese en internationale samenwerking
          8 [3.1] Europese Arbeidsautoriteit
          9 [3.2] Comité van hoge functionarissen van de arbeidsinspectie
        10 [Bijlage 1] Afkortingen
    "#]]
    .assert_eq(&outline_text(&r));
    assert_eq!(r.metadata.title.as_deref(), Some("Jaarverslag 2025"));
    expect![[r#"
        Jean-Luc Marchetti | Vicevoorzitter | country:fr
        Katarzyna Wróblewska | Voorzitter | country:pl
        Marieke van Ommeren-Dijkstra | Inspecteur-generaal | country:nl
        Sven Hoekstra | Plaatsvervangend lid | country:nl
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        role:nl-minister-van-sociale-zaken-en-werkgelegenheid heeft aangekondigd Neutral
        org:gezondheidsraad adviseerde Neutral
        country:be vroegen Neutral
        country:de vroegen Neutral
        org:european-commission heeft toegezegd Neutral
        org:european-commission Volgens Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert!(!r.text.contains("Pagina 7 van 14"));
}

#[test]
fn the_two_new_badly_encoded_reports_keep_their_text_and_say_what_happened() {
    let r = fixture_file::report(CUT);
    assert_eq!(r.source.encoding, "UTF-8");
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["nul-padding", "truncated-utf8", "mixed-line-ends"]);
    assert!(
        r.text.contains("ter waarde van \u{FFFD} 4,2 miljard"),
        "{}",
        r.text
    );
    assert!(r.text.ends_with("Reinette Klever-Akkermans"));
    assert!(!r.text.contains('\0') && !r.text.contains('\r') && !r.text.contains('Ã'));
    expect![[r#"
        0 [1] Handelsrelatie EU-Verenigde Staten
        1 [2] Handelsakkoord met Mercosur
        2 [3] Exportcontrole
        3 [4] Diversen
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        person:maros-sefcovic gaf toelichting Neutral
        person:maros-sefcovic benadrukte Neutral
        collective:several-member-states steunde Support
        country:fr steunde Support
        country:es steunde Support
        country:de pleitten Support
        country:it pleitten Support
        country:nl steunde Support
        country:nl benadrukte Neutral
        org:european-commission lichtte Neutral
        country:fr gaven aan Oppose
        country:pl gaven aan Oppose
        country:ie sloot aan Support
        country:nl gaf aan Support
        org:european-commission presenteerde Neutral
        person:reinette-klever-akkermans gaf aan Neutral
        country:nl onderschrijft Support
        person:kaja-kallas benadrukte Neutral
        country:ee vroegen Neutral
        role:presidency informeerde Neutral
        person:maros-sefcovic stelde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));

    let r = fixture_file::report(UTF16BE);
    assert_eq!(r.source.encoding, "UTF-16BE");
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(
        codes,
        ["utf16-without-bom", "replacement-characters", "c1-controls"]
    );
    for quoted in [
        "“single market roadmap 2028”",
        "roadmap’s focus",
        "the – already – high",
        "€12 billion in value in 2025 … the lowest",
        "“This mandate shows",
    ] {
        assert!(r.text.contains(quoted), "{quoted}: {}", r.text);
    }
    expect![[r#"
        0 [-] MAIN RESULTS
          1 [-] Single market strategy
          2 [-] Digital omnibus
          3 [-] Any other business
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        collective:ministers held debate Neutral
        person:r-mi-s-verac said Neutral
        collective:several-ministers supported Support
        collective:several-member-states called for Support
        country:de stressed Neutral
        country:at stressed Neutral
        country:fr expressed Reservation
        org:council agreed Support
        person:sofie-brandt-kjeldsen said Neutral
        country:nl welcomed Support
        country:se welcomed Support
        country:hu abstained Reservation
        country:pl informed Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn dutch_inspectorates_and_advisory_councils_are_bodies_that_speak() {
    use report_core::Stance::Neutral;
    statement_rows::check(&[
        (
            "De Gezondheidsraad adviseerde in september om de grenswaarde te verlagen.",
            &[("org:gezondheidsraad", "adviseerde", Neutral)],
        ),
        (
            "De Nederlandse Arbeidsinspectie stelde vast dat veel werkgevers de regels negeren.",
            &[("org:nl-arbeidsinspectie", "stelde vast", Neutral)],
        ),
        (
            "De NVWA heeft aangekondigd dat de controles worden uitgebreid.",
            &[("org:nvwa", "heeft aangekondigd", Neutral)],
        ),
    ]);
    // In small letters, the word names the kind of body, not the body.
    let rows = actor_rows::actors(
        "Het comité van hoge functionarissen van de arbeidsinspectie vergaderde.\n",
        "org:nl-",
    );
    assert!(rows.is_empty(), "{rows:?}");
}
