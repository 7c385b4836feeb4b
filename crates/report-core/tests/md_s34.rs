//! Session 34: Markdown annual reports in forms not met before: an EU agency's report written
//! in reStructuredText for Sphinx (over- and underlined headings, a field list under the title,
//! `.. note::` and `.. list-table::` directives, `|` line blocks for the signature) in English,
//! and a Dutch inspectorate's `jaarverslag` exported from Notion (a property block under the
//! title, `<aside>` callouts, `<details>` toggles, links with `%20`); and a badly encoded Dutch
//! supervisor's report in a defect not met before: UTF-8 read as windows-1252 and saved as UTF-8
//! twice over, its byte order mark too (fixtures under `fixtures/s34`).

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, decoded, report};
use report_core::Stance::Support;

/// What a UTF-8 text looks like after a windows-1252 reader and a UTF-8 writer (the bytes
/// windows-1252 leaves undefined read as C1 controls, as the WHATWG decoder does).
fn damaged(text: &str) -> String {
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(text.as_bytes())
        .0
        .into_owned()
}

#[test]
fn text_damaged_twice_is_repaired_in_two_passes() {
    // Before: one pass left `Ã©` and `â€“` everywhere ('RenÃ' was a person) and the damaged
    // byte order mark `ï»¿` opened the title.
    let clean = "# Jaarverslag 2025 – Kansspelautoriteit\n\nVoorzitter René Overbeek-Jansen zei dat de markt \
                 “nog lang niet in balans” is. De ‘zorgplicht’ van aanbieders is geen formaliteit.\n";
    let bytes = damaged(&damaged(&format!("\u{FEFF}{clean}")));
    assert!(
        bytes.starts_with("Ã¯Â»Â¿# Jaarverslag 2025 Ã¢â‚¬â€œ"),
        "{bytes}"
    );
    let r = decoded(bytes.as_bytes());
    assert_eq!(r.text, clean.trim_end());
    assert_eq!(codes(&r), "double-encoding");
    assert!(r.diagnostics[0].message.contains("twice over"));
    // Damaged once, as before: one pass, no C1 control made of `”`.
    let r = decoded(damaged(clean).as_bytes());
    assert_eq!(r.text, clean.trim_end());
    assert!(!r.diagnostics[0].message.contains("twice"));
    // A damaged byte order mark is read only at the start, and one sequence alone is no damage:
    // `ï»¿` inside a clean text stays.
    let text = "# Notes\n\nThe marks ï»¿ are what a damaged byte order mark looks like.\n";
    assert_eq!(decoded(text.as_bytes()).text, text.trim_end());
}

#[test]
fn a_portfolio_joined_by_en_between_a_title_and_a_name_is_the_title_s() {
    // Before: 'Inspecteur-generaal Leefomgeving en Transport Anna Smit' made a person
    // 'Leefomgeving', and 'Directeur Toezicht Beroepsonderwijs Youssef El Amrani' one named
    // 'Beroepsonderwijs Youssef El Amrani'.
    let r = report(
        "# Jaarverslag\n\nInspecteur-generaal Leefomgeving en Transport Anna Smit benadrukte dat gemeenten verantwoordelijk blijven. \
         Directeur Toezicht Beroepsonderwijs Youssef El Amrani zei dat het aantal meldingen steeg. \
         Director Operations and Finance Maria Lopez said that the budget grew.\n",
    );
    expect![[r#"
        Anna Smit | Inspecteur-generaal Leefomgeving en Transport | -
        Maria Lopez | Director Operations and Finance | -
        Youssef El Amrani | Directeur Toezicht Beroepsonderwijs | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        person:anna-smit benadrukte Neutral
        person:youssef-el-amrani zei Neutral
        person:maria-lopez said Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    // The portfolio alone stays no person, and names joined by `en` are still two people:
    // `Minister Jansen en Anna Maria Smit` (no word of a portfolio among them).
    let r = report(
        "# Jaarverslag\n\nDe inspecteur-generaal Leefomgeving en Transport, Anna Smit, benadrukte het belang. \
         Een cell: | directeur Toezicht Beroepsonderwijs |\n\nMinister Jansen en Anna Maria Smit zeiden dat het werkt.\n",
    );
    expect![[r#"
        Anna Smit | inspecteur-generaal Leefomgeving en Transport | -
        Jansen | Minister | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn restructuredtext_s_explicit_markup_is_no_text() {
    // Before: the comments over the title (`.. Built with: sphinx-build …`) were the report's
    // title, and `.. note::`, `:depth: 2` stood in the text.
    let r = report(
        ".. Annual report -- Sphinx source\n.. Built with: sphinx-build -b html docs/ _build/html\n\n.. _caar:\n\n\
         ===========================\nAnnual Activity Report 2025\n===========================\n\n\
         .. contents:: Table of contents\n   :depth: 2\n   :local:\n\n.. note::\n\n   This is the HTML edition.\n\n\
         Foreword\n========\n\nThe Agency grew.\n\n.. [#] The figures count participants.\n",
    );
    // The title between its overline and underline is the document's, no section like the
    // `Foreword` underlined alone.
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Annual Activity Report 2025")
    );
    expect![[r#"
        0 [-] Foreword
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    for gone in [
        "sphinx-build",
        ".. note::",
        ":depth:",
        "_caar",
        "contents::",
    ] {
        assert!(!r.text.contains(gone), "{gone}: {}", r.text);
    }
    // The directive's content and a footnote stay text.
    assert!(r.text.contains("This is the HTML edition."), "{}", r.text);
    assert!(
        r.text.contains(".. [#] The figures count participants."),
        "{}",
        r.text
    );
    // Dots that lead to a page number, an ellipsis, are no markup.
    let r = report("# Report\n\n... and so the Board went on.\n\nContents .......... 3\n");
    assert!(
        r.text.contains("... and so the Board went on."),
        "{}",
        r.text
    );
}

#[test]
fn a_restructuredtext_field_list_gives_its_fields() {
    // Before: `:Date: 19 March 2026` and `:Reference: …` ran together into one paragraph and
    // gave the report no date and no reference.
    let r = report(
        "===========================\nAnnual Activity Report 2025\n===========================\n\n\
         :Organisation: European Union Agency for Cybersecurity (ENISA)\n:Date: 19 March 2026\n:Reference: MB/2026/DEC/04\n\n\
         Foreword\n========\n\nThe Agency grew.\n",
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-19"));
    assert_eq!(
        r.metadata.reference.map(|r| r.dossier).as_deref(),
        Some("MB/2026/DEC/04")
    );
    assert!(
        r.text.contains("\n\n:Date: 19 March 2026\n\n"),
        "{}",
        r.text
    );
    // An inline role (`:doc:`) opening a line is no field.
    let r = report("# Report\n\n:doc:`annexes/index` holds the annexes\nof the report.\n");
    assert!(
        r.text
            .contains("annexes/index` holds the annexes of the report."),
        "{}",
        r.text
    );
}

const SPHINX: &str = "s34/md-annual-report-enisa-sphinx-rst-en.rst";
const NOTION: &str = "s34/md-jaarverslag-onderwijsinspectie-notion-export-nl.md";
const TWICE: &str = "s34/enc-dubbele-mojibake-jaarverslag-kansspelautoriteit-nl.md";

#[test]
fn the_sphinx_annual_report_reads_whole() {
    let r = fixture_file::report(SPHINX);
    expect![[r#"
        0 [-] Foreword by the Executive Director
        1 [1] Operational cooperation
          2 [1.1] Incident response
          3 [1.2] Vulnerability management
        4 [2] Policy development and implementation
          5 [2.1] NIS2 transposition
          6 [2.2] Certification
        7 [3] Governance
          8 [3.1] Management Board
          9 [3.2] Advisory Group
          10 [3.3] Internal control and audit
        11 [-] Declaration of assurance
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Consolidated Annual Activity Report 2025"), letter_date: Some("2026-03-19"), meeting_dates: [], place: None, reference: Some(Reference { dossier: "MB/2026/DEC/04", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Ilias Karamanlis-Weber | Executive Director | org:enisa
        Jonas Brekke-Ødegaard | Chair of the Management Board | org:management-board
        Kristiina Aavik | Head of the Policy Development Unit | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:enisa | ENISA | - | 16
        org:management-board | Management Board | org:enisa | 7
        collective:member-states | member states | - | 3
        org:advisory-group | Advisory Group | org:enisa | 2
        org:european-commission | European Commission | - | 2
        org:court-of-auditors | European Court of Auditors | - | 1
        org:eu | European Union | - | 1
        org:ias | Internal Audit Service | org:european-commission | 1
        role:vice-chair | Vice-Chair | - | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["org:", "collective:", "role:"]));
    expect![[r#"
        org:enisa supported Support
        person:ilias-karamanlis-weber said Neutral
        person:ilias-karamanlis-weber thanked Neutral
        country:fi asked Neutral
        country:ee asked Neutral
        org:enisa agreed Support
        country:de welcomed Support
        country:de stressed Neutral
        org:european-commission informed Neutral
        org:european-commission opened Neutral
        person:kristiina-aavik explained Neutral
        country:fr supported Support
        country:it supported Support
        country:nl expressed Reservation
        country:se expressed Reservation
        org:management-board adopted Support
        person:jonas-brekke-odegaard underlined Neutral
        org:advisory-group recommended Neutral
        org:ias recommended Neutral
        org:enisa accepted Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect![[r#""#]].assert_eq(&codes(&r));
    for gone in [
        ".. note",
        ".. _",
        "::",
        ":depth:",
        ":header-rows:",
        "sphinx-build",
    ] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_notion_jaarverslag_reads_whole() {
    let r = fixture_file::report(NOTION);
    expect![[r#"
        0 [-] Voorwoord
        1 [-] Kerncijfers
        2 [-] Wat zagen we?
          3 [-] Primair onderwijs
          4 [-] Voortgezet onderwijs
          5 [-] Middelbaar beroepsonderwijs
        6 [-] Samenwerking
        7 [-] Organisatie
        8 [-] Vooruitblik 2026
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025 Inspectie van het Onderwijs"), letter_date: Some("2026-04-09"), meeting_dates: [], place: None, reference: Some(Reference { dossier: "IvhO/2026/1187", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("Inspecteur-generaal van het Onderwijs"), name: Some("Marjolein Terpstra-Bakker") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Marjolein Terpstra-Bakker | Inspecteur-generaal van het Onderwijs | org:nl-onderwijsinspectie
        Youssef El Amrani | Directeur Toezicht Beroepsonderwijs | -
        Anna Smit | Inspecteur-generaal Leefomgeving en Transport | -
        Ellen de Graaf-Mulder | directeur Bedrijfsvoering | -
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:nl-onderwijsinspectie | Inspectie van het Onderwijs | - | 7
        org:igj | Inspectie Gezondheidszorg en Jeugd | - | 1
        org:ilt | Inspectie Leefomgeving en Transport | - | 1
        org:ondernemingsraad | Ondernemingsraad | - | 1
        org:onderwijsraad | Onderwijsraad | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:nl-minister-van-onderwijs-cultuur-en-wetenschap | minister van Onderwijs, Cultuur en Wetenschap | country:nl | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["org:", "collective:", "role:"]));
    expect![[r#"
        org:nl-onderwijsinspectie stelde vast Neutral
        role:nl-minister-van-onderwijs-cultuur-en-wetenschap heeft toegezegd Neutral
        person:marjolein-terpstra-bakker zei Neutral
        person:marjolein-terpstra-bakker dankte Neutral
        org:nl-onderwijsinspectie Volgens Neutral
        org:nl-onderwijsinspectie constateerde Neutral
        person:youssef-el-amrani zei Neutral
        person:anna-smit benadrukte Neutral
        org:onderwijsraad adviseerde Neutral
        org:tweede-kamer vroeg Neutral
        org:ondernemingsraad stemde in Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect![[r#""#]].assert_eq(&codes(&r));
}

#[test]
fn the_twice_damaged_jaarverslag_reads_as_if_clean() {
    let r = fixture_file::report(TWICE);
    expect![[r#"
        0 [-] Voorwoord
        1 [-] Kerncijfers
        2 [-] Toezicht en handhaving
          3 [-] Zorgplicht
          4 [-] Illegaal aanbod
          5 [-] Loterijen en sportweddenschappen
        6 [-] Preventie
        7 [-] Organisatie
        8 [-] Vooruitblik 2026
    "#]]
    .assert_eq(&outline_text::outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025 – Kansspelautoriteit"), letter_date: Some("2026-03-24"), meeting_dates: [], place: Some("Den Haag"), reference: Some(Reference { dossier: "Ksa/2026/00317", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("Voorzitter raad van bestuur Kansspelautoriteit"), name: Some("René Overbeek-Jansen") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        René Overbeek-Jansen | Voorzitter | -
        Inge Vossebeld-Daniëls | Directeur Toezicht | -
        Koen Sijbrandij | directeur Bedrijfsvoering | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:kansspelautoriteit | Kansspelautoriteit | - | 3
        org:ondernemingsraad | Ondernemingsraad | - | 1
        role:nl-minister-voor-rechtsbescherming | minister voor Rechtsbescherming | country:nl | 1
        role:nl-staatssecretaris-van-justitie-en-veiligheid | staatssecretaris van Justitie en Veiligheid | country:nl | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["org:", "collective:", "role:"]));
    expect![[r#"
        role:nl-staatssecretaris-van-justitie-en-veiligheid heeft toegezegd Neutral
        person:rene-overbeek-jansen zei Neutral
        person:rene-overbeek-jansen dankte Neutral
        person:inge-vossebeld-daniels benadrukte Neutral
        country:nl uitte Reservation
        org:ondernemingsraad stemde in Support
        role:nl-minister-voor-rechtsbescherming heeft aangekondigd Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["double-encoding"].assert_eq(&codes(&r));
    for gone in ["Ã", "â€", "Â", "ï»¿", "\u{FEFF}"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
    assert!(r.text.contains("René Overbeek-Jansen") && r.text.contains("‘te veel’"));
}

#[test]
fn a_council_named_after_an_acronym_is_no_council_of_the_eu() {
    // Before: `De PO-Raad wees erop` and `De MBO Raad pleitte` were statements of the Council of
    // the European Union (`Raad`).
    let r = report(
        "# Jaarverslag\n\nDe PO-Raad wees erop dat de daling door fusies komt. De MBO Raad pleitte voor een meldpunt. \
         De VO-raad erkende het probleem.\n",
    );
    assert!(
        !r.actors.iter().any(|a| a.id == "org:council"),
        "{:?}",
        r.actors
    );
    // An acronym that names a body itself keeps the Council its own, and `Raad` alone is it.
    statement_rows::check(&[
        (
            "De EU-Raad stemde in met het voorstel.",
            &[("org:council", "stemde in", Support)],
        ),
        (
            "De Raad stemde in met het voorstel.",
            &[("org:council", "stemde in", Support)],
        ),
        (
            "The ECOFIN Council adopted conclusions.",
            &[("org:council", "adopted", Support)],
        ),
    ]);
}
