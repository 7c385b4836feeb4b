//! Session 28: Markdown annual reports in forms not met before: a Quarto report (YAML front
//! matter, ```{r} chunks, `::: {.callout-note}` divs with a heading, `@fig-` references,
//! headings numbered in a link, a table of the Member States' positions, footnotes at the end)
//! in English and an Obsidian export (tag line, `%% comments %%`, `[[wiki links]]`,
//! `![[embeds]]`, callouts with a title, headings numbered in bold, an HTML table of positions)
//! in Dutch (fixtures under `fixtures/s28`); and a badly encoded report in a defect not met
//! before: Mac OS Roman with classic Mac CR line ends.

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, decoded, report};

use outline_text::outline_text;

const QUARTO: &str = "s28/md-annual-report-efca-quarto-en.md";
const OBSIDIAN: &str = "s28/md-jaarverslag-nvwa-obsidian-nl.md";
const MACROMAN: &str = "s28/enc-macroman-cr-landbouwraad-nl.txt";

/// `text` in Mac OS Roman: the letters the tests use.
fn mac_roman(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'é' => 0x8E,
            'è' => 0x8F,
            'ë' => 0x91,
            'ï' => 0x95,
            'ö' => 0x9A,
            'ü' => 0x9F,
            'ø' => 0xBF,
            '’' => 0xD5,
            c if c.is_ascii() => c as u8,
            c => panic!("{c} is not in the table"),
        })
        .collect()
}

#[test]
fn mac_os_roman_is_told_from_windows_1252() {
    let nl = "Verslag van de Visserijraad\n\nDe Franse minister Hélène Lefèvre steunde het voorstel. De Deense \
              minister Søren Jørgensen zei dat België en Oekraïne steun krijgen. Commissaris Jürgen Pröll \
              benadrukte dat de regio’s financiële steun krijgen.\n";
    let r = decoded(&mac_roman(nl));
    assert_eq!(r.source.encoding, "macintosh");
    assert_eq!(r.text, nl.trim_end());
    assert_eq!(codes(&r), "legacy-encoding");
    expect![[r#"
        Hélène Lefèvre | minister | country:fr
        Jürgen Pröll | Commissaris | org:european-commission
        Søren Jørgensen | minister | country:dk
    "#]]
    .assert_eq(&actor_rows::people(&r));
    // Real windows-1252 text, with its curly quotes and apostrophes inside words, stays so.
    let western = "De Franse minister Hélène Cécile steunde het “voorstel” over Oekraïne. Nederland heeft \
                   aangegeven dat de kosten van € 21 miljard te hoog zijn voor de regio’s en de lidstaten’ \
                   begroting, zei de minister van Financiën – vóór de stemming.\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(western);
    let r = decoded(&bytes);
    assert_eq!(r.source.encoding, "windows-1252");
    assert_eq!(r.text, western.trim_end());
    // One odd byte is not enough.
    let r = decoded(b"The Commission (caf\x8E) met Spain and France in Brussels on Monday.\n");
    assert_eq!(r.source.encoding, "windows-1252");
}

#[test]
fn a_table_of_positions_speaks_for_its_first_cell() {
    let text = "# Report\n\nThe Member States set out their views:\n\n| Member state | Position |\n|---|---|\n\
                | Spain | Supported the roll-out of the logbook |\n| **France** | Asked for a transition period |\n\
                | Fund for Ireland | Adopted in May |\n| Poland | Opposed the obligation |\n| Italy and Greece | Supported it |\n";
    expect![[r#"
        country:es Supported Support
        country:fr Asked Neutral
        country:pl Opposed Oppose
    "#]]
    .assert_eq(&statement_rows::all_rows(&report(text)));
    // The Dutch table of an HTML export reads the same.
    let text = "# Jaarverslag\n\nDe lidstaten namen standpunten in:\n\n<table>\n<tr><th>Lidstaat</th><th>Standpunt</th></tr>\n\
                <tr><td>Frankrijk</td><td>Steunde verplichte vaccinatie</td></tr>\n\
                <tr><td>Duitsland</td><td>Pleitte voor een vrijwillige regeling</td></tr>\n</table>\n";
    expect![[r#"
        country:fr Steunde Support
        country:de Pleitte Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&report(text)));
}

#[test]
fn a_name_in_an_html_table_cell_maps_to_its_bytes_in_the_file() {
    let text =
        "# Jaarverslag\n\nTekst.\n\n<table>\n  <tr><th>Lidstaat</th><th>Standpunt</th></tr>\n  \
                <tr><td>Frankrijk</td><td>Steunde <b>verplichte</b> vaccinatie</td></tr>\n  \
                <tr><td>Italië</td><td>Uitte   zorgen</td></tr>\n</table>\n\nDe Raad besloot.\n";
    let layout = report_core::repair(text);
    for word in [
        "Frankrijk",
        "Italië",
        "verplichte",
        "zorgen",
        "De Raad besloot",
        "Tekst",
    ] {
        let at = layout.text.find(word).unwrap();
        assert_eq!(
            layout.offsets.to_source(at),
            text.find(word).unwrap(),
            "{word}"
        );
    }
    // The mention in the report points at the cell's name in the repaired text.
    let r = report(text);
    let italy = r.actors.iter().find(|a| a.id == "country:it").unwrap();
    let m = &italy.mentions[0];
    assert_eq!(&r.text[m.range.start..m.range.end], "Italië");
}

#[test]
fn obsidian_markup_is_read_as_obsidian_shows_it() {
    let text = "#jaarverslag #nvwa #2025\n%% Export uit de kluis. %%\n\n# Jaarverslag 2025\n\n\
                > [!info] Over dit verslag\n> Dit verslag is vastgesteld.\n\n## Voorwoord\n\n\
                De [[Nederlandse Voedsel- en Warenautoriteit|NVWA]] controleerde veel. %% cijfer checken %%\n\n\
                ![[grafiek.png]]\n\nZij werkt voor de [[Autoriteit Consument en Markt#Taken]].\n\n\
                %%\nInterne noot\nover twee regels\n%%\n\n> [!quote] Minister\n> De minister zei dat het goed ging.\n";
    let r = report(text);
    assert_eq!(r.metadata.title.as_deref(), Some("Jaarverslag 2025"));
    for gone in [
        "#nvwa",
        "%%",
        "kluis",
        "[[",
        "]]",
        "grafiek",
        "[!info]",
        "Interne noot",
        "Minister De",
        "checken",
    ] {
        assert!(!r.text.contains(gone), "{gone}: {}", r.text);
    }
    for kept in [
        "Dit verslag is vastgesteld.",
        "De NVWA controleerde veel.",
        "Zij werkt voor de Autoriteit Consument en Markt.",
        "De minister zei dat het goed ging.",
    ] {
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
    let ids: Vec<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["org:acm", "org:nvwa"]);
    // A heading written without its space, a hash in running text and percentages stay.
    let r = report("# Rapport\n\n#Inleiding\n\nIssue #12 is open at 9.8 % and 5 %.\n");
    assert!(
        r.text.contains("#Inleiding") && r.text.contains("Issue #12 is open at 9.8 % and 5 %.")
    );
}

#[test]
fn a_callout_heading_inside_a_fenced_div_is_no_section() {
    let text = "# Annual Report\n\n## Foreword\n\nText.\n\n::: {.callout-note}\n## About this report\n\
                The figures are provisional.\n:::\n\n## 1 Results\n\nMore.\n\n::: {.callout-tip collapse=\"true\"}\n\
                ## Data\nOpen data.\n:::\n\n## 2 Resources\n\nEven more.\n";
    expect![[r#"
        0 [-] Foreword
        1 [1] Results
        2 [2] Resources
    "#]]
    .assert_eq(&outline_text(&report(text)));
    // A bare `:::` closing a div leaves the heading after it alone.
    let text = "# Report\n\n::: note\nText.\n:::\n## 1 Results\n\nMore.\n";
    expect![[r#"
        0 [1] Results
    "#]]
    .assert_eq(&outline_text(&report(text)));
}

#[test]
fn a_heading_number_in_bold_is_its_number() {
    let text =
        "# Jaarverslag\n\n## **1** Over de inspectie\n\nTekst.\n\n### **1.1** Taken\n\nTekst.\n\n\
                ### *1.2.* Organisatie\n\nTekst.\n\n## **Bijlage 1** Afkortingen\n\nTekst.\n\n\
                ## **Let op** dit is geen nummer\n\nTekst.\n";
    expect![[r#"
        0 [1] Over de inspectie
          1 [1.1] Taken
          2 [1.2] Organisatie
        3 [Bijlage 1] Afkortingen
        4 [-] **Let op** dit is geen nummer
    "#]]
    .assert_eq(&outline_text(&report(text)));
}

#[test]
fn a_name_with_lost_letters_is_a_person() {
    let text = "# Report\n\nThe Board met. Mr R\u{FFFD}mi S\u{FFFD}verac, Head of Unit, added that it was fine. \
                According to Zo\u{FFFD} Kov\u{FFFD}cs, the Board agreed.\n";
    let r = report(text);
    expect![[r#"
        R?mi S?verac | Head of Unit | -
        Zo? Kov?cs | - | -
    "#]]
    .assert_eq(&actor_rows::people(&r).replace('\u{FFFD}', "?"));
    expect![[r#"
        person:r-mi-s-verac added Neutral
        person:zo-kov-cs According to Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_title_and_a_word_in_apposition_name_a_department() {
    let text = "Jaarverslag\n\nVolgens mevrouw Anouk Verschuren-Baas, directeur Inspecties, verliep het goed.\n";
    expect![[r#"
        Anouk Verschuren-Baas | directeur Inspecties | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
    // A titled person with a role of their own stays two people.
    let text = "Verslag\n\nMinister Anna Berg, minister Jansen, zei dat het goed ging.\n";
    expect![[r#"
        Anna Berg | Minister | -
        Jansen | minister | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
}

#[test]
fn the_quarto_annual_report_reads_whole() {
    let r = fixture_file::report(QUARTO);
    expect![[r#"
        0 [-] Foreword
        1 [1] The Agency in 2025
          2 [1.1] Mission
          3 [1.2] Governance
        4 [2] Operations
          5 [2.1] Joint deployment plans
          6 [2.2] Positions of the Member States
          7 [2.3] International cooperation
        8 [3] Management and resources
        9 [Annex I] Abbreviations
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Annual Activity Report 2025"), letter_date: Some("2026-03-19"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("Executive Director"), name: Some("Paulina Strzelecka") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Paulina Strzelecka | Executive Director | -
        Aurelio Bianchetti | Commissioner | org:european-commission
        Henrik Aalborg-Lund | Chair | country:dk
        Inès Carvalho-Duarte | Head of the Operations Unit | -
        Stefan Vrabec | Head of Resources | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:paulina-strzelecka said Neutral
        person:paulina-strzelecka thanked Neutral
        org:court-of-auditors closed Neutral
        person:henrik-aalborg-lund stated Neutral
        org:administrative-board adopted Support
        org:advisory-board asked Neutral
        person:ines-carvalho-duarte According to Neutral
        country:es Supported Support
        country:fr Asked Neutral
        country:pt Supported Support
        country:ie Expressed Reservation
        country:nl Called for Support
        country:dk Supported Support
        country:pl Opposed Oppose
        person:aurelio-bianchetti welcomed Support
        person:aurelio-bianchetti said Neutral
        org:emsa shared Neutral
        org:frontex shared Neutral
        person:stefan-vrabec noted Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert_eq!(codes(&r), "front-matter");
    for gone in [":::", "About this report", "Staff shortage"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_obsidian_jaarverslag_reads_whole() {
    let r = fixture_file::report(OBSIDIAN);
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Over de NVWA
          2 [1.1] Taken
          3 [1.2] Organisatie
        4 [2] Resultaten
          5 [2.1] Vogelgriep
          6 [2.2] Europese samenwerking
          7 [2.3] Productveiligheid
        8 [3] Bedrijfsvoering
        9 [Bijlage 1] Afkortingen
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025 Nederlandse Voedsel- en Warenautoriteit"), letter_date: Some("2026-03-26"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("Inspecteur-generaal NVWA"), name: Some("W.A. Dijkhuizen") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Wouter Dijkhuizen | Inspecteur-generaal NVWA | -
        Anouk Verschuren-Baas | directeur Inspecties | -
        Femke van Oosterwijk | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Jean-Baptiste Morvan | - | -
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:wouter-dijkhuizen zei Neutral
        org:ondernemingsraad adviseerde Support
        person:anouk-verschuren-baas Volgens Neutral
        org:european-commission kondigde aan Neutral
        country:fr Steunde Support
        country:de Pleitte Support
        country:nl Steunde Support
        country:it Uitte Reservation
        country:fr zei Neutral
        person:jean-baptiste-morvan zei Neutral
        org:acm Waarschuwde Reservation
        org:ilt Meldde Neutral
        org:nvwa stelde vast Neutral
        person:femke-van-oosterwijk zei Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert_eq!(codes(&r), "");
    // Each country of the HTML table maps to its name in the file.
    let bytes = fixture_file::read(OBSIDIAN);
    let source = std::str::from_utf8(&bytes).unwrap();
    let layout = report_core::repair(source);
    for name in ["Duitsland", "Italië"] {
        let at = layout.text.find(name).unwrap();
        assert_eq!(
            layout.offsets.to_source(at),
            source.find(name).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn the_mac_os_roman_landbouwraad_reads_whole() {
    let r = fixture_file::report(MACROMAN);
    assert_eq!(r.source.encoding, "macintosh");
    assert_eq!(codes(&r), "legacy-encoding cr-line-ends");
    expect![[r#"
        0 [1] Vangstmogelijkheden 2026 voor de Atlantische Oceaan en de Noordzee
        1 [2] Dierenwelzijn tijdens transport
        2 [3] Diversen
          3 [a] Afrikaanse varkenspest
          4 [b] Werkprogramma van het inkomende Cypriotische voorzitterschap
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: LetterWithMeetingReport, language: Nl, title: Some("Verslag van de Landbouw- en Visserijraad van 8 en 9 december 2025 te Brussel"), letter_date: None, meeting_dates: ["2025-12-08", "2025-12-09"], place: Some("Brussel"), reference: None, session_year: Some("2025–2026"), addressee: None, signatories: [Signatory { role: Some("minister van Landbouw, Visserij, Voedselzekerheid en Natuur"), name: Some("F. van Oosterwijk") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Rémi Delacroix-Hébert | Eurocommissaris | org:european-commission
        Andréas Ioannídis | minister | country:cy
        F. van Oosterwijk | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Hélène Marchetti-Lefèvre | minister | country:fr
        Jürgen Pröll-Wagner | minister | country:at
        Niccolò Sabatini | minister | country:it
        Søren Kjærgaard | minister | country:dk
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council bereikte akkoord Support
        person:remi-delacroix-hebert presenteerde Neutral
        person:remi-delacroix-hebert benadrukte Neutral
        person:helene-marchetti-lefevre steunde Support
        person:helene-marchetti-lefevre vroeg Neutral
        person:soren-kjaergaard uitte Reservation
        country:ie sloten aan Support
        country:be sloten aan Support
        country:es steunden Support
        country:pt steunden Support
        country:nl heeft aangegeven Neutral
        person:f-van-oosterwijk heb gewezen Neutral
        role:presidency gaf Neutral
        person:jurgen-proll-wagner pleitte Support
        person:niccolo-sabatini Volgens Neutral
        country:gr steunden Support
        country:cy steunden Support
        country:mt steunden Support
        country:nl heeft gesteund Support
        collective:several-member-states wees op Neutral
        country:pl informeerde Neutral
        person:remi-delacroix-hebert zegde toe Neutral
        person:andreas-ioannidis presenteerde Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_person_after_a_country_adjective_speaks_after_volgens() {
    use report_core::Stance::Neutral;
    statement_rows::check(&[
        (
            "Volgens de Italiaanse minister Niccolò Sabatini zijn de regels onuitvoerbaar.",
            &[("person:niccolo-sabatini", "Volgens", Neutral)],
        ),
        (
            "According to the Italian Minister Niccolò Sabatini, the rules cannot be applied.",
            &[("person:niccolo-sabatini", "According to", Neutral)],
        ),
        // A country's adjective before a noun still names no speaker.
        (
            "Volgens de Italiaanse regering zijn de regels onuitvoerbaar.",
            &[],
        ),
    ]);
}

#[test]
fn references_escaped_twice_are_read_once() {
    let text = "# Report\n\nDr. Agnieszka Wr&amp;oacute;blewska, Head of Unit, said that the Agency&amp;#8217;s \
                budget was &amp;ldquo;tight&amp;rdquo;. AT&amp;T stays.\n";
    let r = report(text);
    assert!(
        r.text.contains("Dr. Agnieszka Wróblewska, Head of Unit, said that the Agency’s budget was “tight”. AT&T stays."),
        "{}",
        r.text
    );
    expect![[r#"
        Agnieszka Wróblewska | Head of Unit | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    let layout = report_core::repair(text);
    let at = layout.text.find('ó').unwrap();
    assert_eq!(
        layout.offsets.to_source(at),
        text.find("&amp;oacute;").unwrap()
    );
}

#[test]
fn utf8_appended_to_a_utf16_file_is_read_as_utf8() {
    let head =
        "Verslag van de Visserijraad\n\nDe Franse minister Hélène Lefèvre steunde het voorstel.\n";
    let tail = "Bijlage: de Poolse minister Łukasz Wiśniewski zei niets.\n";
    for (bom, encode) in [
        (&[0xFF, 0xFE][..], u16::to_le_bytes as fn(u16) -> [u8; 2]),
        (&[0xFE, 0xFF][..], u16::to_be_bytes),
    ] {
        let mut bytes = bom.to_vec();
        bytes.extend(head.encode_utf16().flat_map(encode));
        bytes.extend(tail.as_bytes());
        let r = decoded(&bytes);
        assert!(
            r.text.contains("Lefèvre steunde het voorstel.")
                && r.text
                    .ends_with("Bijlage: de Poolse minister Łukasz Wiśniewski zei niets."),
            "{bom:?}: {}",
            r.text
        );
        assert_eq!(codes(&r), "utf8-tail");
        assert!(r.actors.iter().any(|a| a.id == "person:lukasz-wisniewski"));
    }
    // A UTF-16 file alone, or with a short tail of a few bytes, is left as it is.
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(head.encode_utf16().flat_map(u16::to_le_bytes));
    let r = decoded(&bytes);
    assert_eq!(r.text, head.trim_end());
    assert_eq!(codes(&r), "");
}
