//! The outline of each fixture, as `expect-test` snapshots (`UPDATE_EXPECT=1` refreshes them),
//! plus the invariants every outline keeps.

use expect_test::{expect, Expect};
use report_core::{analyze, Config, Report};

mod outline_text;
use outline_text::outline_text;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn shared_fixture() -> Vec<u8> {
    let path = format!(
        "{}/../../../shared/fixtures/jbz-raad-2022-07-verslag.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn report(bytes: &[u8]) -> Report {
    analyze(bytes, &Config::default()).expect("fixtures decode")
}

fn check(bytes: &[u8], expected: Expect) {
    let report = report(bytes);
    check_invariants(&report);
    expected.assert_eq(&outline_text(&report));
}

/// Ids are pre-order indices; a section's range holds its heading and its children and ends
/// where the next section of the same or a higher level starts.
fn check_invariants(report: &Report) {
    let sections = report.sections();
    for (i, s) in sections.iter().enumerate() {
        assert_eq!(s.id, i);
        assert!(s.range.contains(s.heading), "{}", s.title);
        assert!(s.range.end <= report.text.len());
        for child in &s.children {
            assert_eq!(child.level, s.level + 1);
            assert!(
                s.range.contains(child.range),
                "{} ⊄ {}",
                child.title,
                s.title
            );
        }
        let next_peer = sections[i + 1..].iter().find(|n| n.level <= s.level);
        let end = next_peer.map_or(report.text.len(), |n| n.heading.start);
        assert_eq!(s.range.end, end, "{}", s.title);
        assert!(report
            .slice(s.heading)
            .contains(s.title.split(' ').next().unwrap_or("")));
    }
}

#[test]
fn shared_fixture_has_two_parts_with_four_items_each() {
    let report = report(&shared_fixture());
    check_invariants(&report);
    let parts: Vec<(&str, &str)> = report
        .outline
        .iter()
        .map(|s| (s.number.as_deref().unwrap_or(""), s.title.as_str()))
        .collect();
    assert_eq!(parts, [("I", "Binnenlandse Zaken"), ("II", "Justitie")]);
    let items: Vec<Vec<&str>> = report
        .outline
        .iter()
        .map(|p| p.children.iter().map(|c| c.title.as_str()).collect())
        .collect();
    assert_eq!(
        items,
        [
            vec![
                "Impact oorlog Oekraïne op veiligheid",
                "Interoperabiliteit ICT-systemen",
                "Migratie: toekomstige uitdagingen en preventie",
                "Bestrijding van seksueel kindermisbruik online",
            ],
            vec![
                "Huidige uitdagingen op het gebied van grensoverschrijdende rechtsbescherming van kwetsbare personen",
                "Mogelijkheden van elektronische communicatie in het kader van justitiële samenwerking in strafzaken met betrekking tot derde landen",
                "Verzamelen en bewaren van bewijs voor de vervolging van misdaden in verband met de Russische agressie in Oekraïne",
                "EU-richtlijn Slachtofferrechten",
            ],
        ]
    );
    for part in &report.outline {
        assert!(part.children.iter().all(|c| c.children.is_empty()));
    }
    // The letter and the report title come before the first section.
    let first = report.outline[0].heading.start;
    assert!(report.text[..first].contains("Verslag van de bijeenkomst"));
    assert!(report.text[..first].contains("Den Haag, 25 augustus 2022"));
}

#[test]
fn pdftotext_report() {
    check(
        &fixture("pdftotext-nl-landbouwraad.txt"),
        expect![[r#"
            0 [1] Marktsituatie na de droogte in Zuid-Europa
            1 [2] Vereenvoudiging van het gemeenschappelijk landbouwbeleid
              2 [2.1] Conditionaliteit en controles
            3 [3] Situatie in de visserijsector
            4 [4] Diversen
        "#]],
    );
}

#[test]
fn eu_council_outcome() {
    // Item 3 is a numbered sentence, not a heading.
    check(
        &fixture("eu-council-outcome-2024-10.txt"),
        expect![[r#"
            0 [1] Adoption of the agenda
            1 [2] Fight against organised crime and drug trafficking
            2 [4] Implementation of the Pact on Migration and Asylum and the situation at the external borders
            3 [5] Any other business
              4 [a] Current legislative proposals
              5 [b] Conference on the protection of children online
        "#]],
    );
}

#[test]
fn markdown_annual_report() {
    check(
        &fixture("markdown-jaarverslag-2023.md"),
        expect![[r#"
            0 [1] Inleiding
            1 [2] Activiteiten
              2 [2.1] Monitoring
              3 [2.2] Onderzoek
            4 [3] Financiën
        "#]],
    );
}

#[test]
fn other_encodings() {
    check(&fixture("cp1252-nl-brief.txt"), expect![[""]]);
    check(
        &fixture("utf16le-outcome.txt"),
        expect![[r#"
            0 [1] Energy security
            1 [2] Any other business
        "#]],
    );
    check(
        &fixture("crlf-nl-milieuraad.txt"),
        expect![[r#"
            0 [1] Natuurherstel
            1 [2] Klimaatdoelen
        "#]],
    );
}

#[test]
fn nesting_follows_the_document_not_a_table() {
    // Letters above numbers here, numbers above letters in the next one.
    check(
        b"A. Eerste deel\n\n1. Punt een\n\nTekst.\n\n2. Punt twee\n\nTekst.\n\nB. Tweede deel\n\n1. Punt drie\n\nTekst.\n",
        expect![[r#"
            0 [A] Eerste deel
              1 [1] Punt een
              2 [2] Punt twee
            3 [B] Tweede deel
              4 [1] Punt drie
        "#]],
    );
    check(
        b"1. Eerste deel\n\na) Punt een\n\nTekst.\n\nb) Punt twee\n\nTekst.\n\n2. Tweede deel\n\nTekst.\n",
        expect![[r#"
            0 [1] Eerste deel
              1 [a] Punt een
              2 [b] Punt twee
            3 [2] Tweede deel
        "#]],
    );
    check(
        b"Agendapunt 1: Opening\n\nDe voorzitter opende.\n\nAgendapunt 2: Migratie\n\nDe Raad sprak.\n\n2.1 Terugkeer\n\nTekst.\n\n2.1.1 Details\n\nTekst.\n",
        expect![[r#"
            0 [1] Opening
            1 [2] Migratie
              2 [2.1] Terugkeer
                3 [2.1.1] Details
        "#]],
    );
    check(
        b"# Titel\n\nIntro.\n\n### Diep\n\nTekst.\n\n## Midden\n\nTekst.\n",
        expect![[r#"
            0 [-] Diep
            1 [-] Midden
        "#]],
    );
}

#[test]
fn unnumbered_and_capital_headings() {
    check(
        b"Jaaroverzicht\n\nDit is de inleiding van het overzicht.\n\nFINANCIEN\n\nDe inkomsten stegen.\n\nPersoneel en organisatie\n\nHet personeel groeide.\n",
        expect![[r#"
            0 [-] FINANCIEN
            1 [-] Personeel en organisatie
        "#]],
    );
}

#[test]
fn part_titles_over_numbered_items() {
    check(
        b"Outcome of the Council meeting\n\nLuxembourg, 14 October 2024\n\nHOME AFFAIRS\n\n1. Schengen\n\nMinisters discussed Schengen.\n\n2. Migration\n\nMinisters discussed migration.\n\nJUSTICE\n\n3. E-evidence\n\nMinisters discussed e-evidence.\n",
        expect![[r#"
            0 [-] HOME AFFAIRS
              1 [1] Schengen
              2 [2] Migration
            3 [-] JUSTICE
              4 [3] E-evidence
        "#]],
    );
}

#[test]
fn outcome_with_unnumbered_items_and_groups() {
    // The cover and the meeting lines are a title page; "Main results" and the other group
    // titles hold the sentence-case items; "(a)" items sit under "Any other business".
    check(
        &fixture("council-outcome-agrifish-en.txt"),
        expect![[r#"
            0 [-] Main results
            1 [-] Legislative deliberations
              2 [-] Fishing opportunities for 2027 in the Baltic Sea
              3 [-] Labelling of plant reproductive material
            4 [-] Non-legislative items
              5 [-] Future of the common agricultural policy
              6 [-] Water resilience in farming
              7 [-] Situation on the agricultural markets
              8 [-] Any other business
                9 [a] Animal welfare during transport
                10 [b] Outcome of the conference on rural youth
                11 [c] African swine fever
            12 [-] Other items approved
              13 [-] Fisheries
        "#]],
    );
}

#[test]
fn annotated_agenda_with_agendapunt_lines() {
    // "Gedachtewisseling" under an item is a label, not a section.
    check(
        &fixture("geannoteerde-agenda-nl.txt"),
        expect![[r#"
        0 [-] Voorbereiding Europese Raad van 17 en 18 december 2026
        1 [-] Uitbreiding en stabilisatie- en associatieproces
        2 [-] Rechtsstaatdialoog
        3 [-] Wetgevingsprogramma van de Commissie voor 2027
        4 [-] Diversen
    "#]],
    );
}

#[test]
fn annotated_agenda_with_unnumbered_titles() {
    // The titles that recur under each item are its parts; "Diversen" closes the list.
    check(
        &fixture("geannoteerde-agenda-kopjes-nl.txt"),
        expect![[r#"
        0 [-] Vangstmogelijkheden 2027 voor de Noordzee en de Atlantische Oceaan
          1 [-] Korte toelichting
          2 [-] Inzet Nederland
        3 [-] Vereenvoudiging van het gemeenschappelijk landbouwbeleid
          4 [-] Korte toelichting
          5 [-] Inzet Nederland
        6 [-] Dierenwelzijn tijdens transport
          7 [-] Korte toelichting
          8 [-] Inzet Nederland
        9 [-] Diversen
    "#]],
    );
}

#[test]
fn report_with_unnumbered_headings() {
    check(
        &fixture("verslag-kopjes-nl.txt"),
        expect![[r#"
        0 [-] Russische agressie tegen Oekraïne
        1 [-] Midden-Oosten
        2 [-] Sahel
        3 [-] Diversen
    "#]],
    );
}

#[test]
fn markdown_report_has_only_hash_headings() {
    // "European Agency for Coastal Monitoring" under the title and "Management Board" under
    // "## 1. Governance" are plain lines in a Markdown document.
    check(
        &fixture("annual-report-en.md"),
        expect![[r#"
        0 [-] Foreword
        1 [1] Governance
          2 [1.1] Meetings of the Board
        3 [2] Operations
    "#]],
    );
}

#[test]
fn report_title_over_numbered_items_is_not_a_part() {
    check(
        "Verslag van de Raad Buitenlandse Zaken van 14 november 2026\n\n1. Oekraïne\n\nDe Raad sprak over Oekraïne.\n\n2. Midden-Oosten\n\nDe Raad sprak over Gaza.\n".as_bytes(),
        expect![[r#"
            0 [1] Oekraïne
            1 [2] Midden-Oosten
        "#]],
    );
    // A series of part titles keeps its first, even where it opens the document.
    check(
        b"HOME AFFAIRS\n\n1. Schengen\n\nMinisters discussed Schengen.\n\nJUSTICE\n\n2. E-evidence\n\nMinisters discussed e-evidence.\n",
        expect![[r#"
            0 [-] HOME AFFAIRS
              1 [1] Schengen
            2 [-] JUSTICE
              3 [2] E-evidence
        "#]],
    );
}

#[test]
fn title_page_ends_where_running_text_starts() {
    let rows: [(&str, Expect); 4] = [
        (
            // Short lines before the first paragraph are the title page, but for the run of
            // headings right above it.
            "Council of the European Union\nBrussels, 18 November 2026\n\nOUTCOME OF THE COUNCIL MEETING\nBrussels, 16 November 2026\n\nMain results\n\nFishing opportunities\nThe Council held a debate on the proposal.\n\nAny other business\n(a) Animal welfare\nThe Netherlands informed ministers.\n",
            expect![[r#"
                0 [-] Main results
                  1 [-] Fishing opportunities
                  2 [-] Any other business
                    3 [a] Animal welfare
            "#]],
        ),
        (
            // A field line is not a heading.
            "Verslag van een commissiedebat\n\nDe commissie heeft overleg gevoerd met de minister.\n\nVoorzitter: Jansen\n\nGriffier: De Vries\n\n1. Opening\n\nDe voorzitter opende.\n",
            expect![[r#"
                0 [1] Opening
            "#]],
        ),
        (
            // Subtitle lines under the title are not sections; the last line above the text is.
            "Annual report 2025\n\nAgency for Coastal Monitoring\n\nForeword\n\nThe year was one of growth.\n\nStaff\n\nThe staff grew.\n",
            expect![[r#"
                0 [-] Foreword
                1 [-] Staff
            "#]],
        ),
        (
            // After the running text starts, unnumbered headings count before a numbered one.
            "Jaaroverzicht\n\nDit is de inleiding van het overzicht.\n\nFinanciën\n\nDe inkomsten stegen.\n\nDiversen\n\na) Personeel\n\nHet personeel groeide.\n",
            expect![[r#"
                0 [-] Financiën
                1 [-] Diversen
                  2 [a] Personeel
            "#]],
        ),
    ];
    for (text, want) in rows {
        check(text.as_bytes(), want);
    }
}

#[test]
fn press_release_with_capital_parts() {
    // The cover (right-aligned codes, "PRESS RELEASE", the President) is a title page; a line
    // of capitals right above a sentence-case heading is a part under the group.
    check(
        &fixture("council-press-release-en.txt"),
        expect![[r#"
        0 [-] ITEMS DEBATED
          1 [-] Ukraine
          2 [-] Middle East
        3 [-] OTHER ITEMS APPROVED
          4 [-] FOREIGN AFFAIRS
            5 [-] Restrictive measures
          6 [-] TRADE POLICY
            7 [-] Agreement with Chile
    "#]],
    );
}

#[test]
fn letter_with_report_under_unnumbered_headings() {
    // After the letter and the report's title, the first short line is an item, not a title.
    check(
        &fixture("kamerbrief-verslag-kopjes-nl.txt"),
        expect![[r#"
            0 [-] Russische agressie tegen Oekraïne
            1 [-] Midden-Oosten
            2 [-] Diversen
        "#]],
    );
}

#[test]
fn any_other_business_holds_unnumbered_points() {
    check(
        b"OUTCOME OF THE COUNCIL MEETING\n\nNon-legislative items\n\nTrade\nThe Council discussed trade with partners in Asia.\n\nAny other business\n\nAnimal welfare\nThe Netherlands informed ministers about an initiative.\n\nRural youth\nThe Presidency informed the Council about a conference.\n",
        expect![[r#"
            0 [-] Non-legislative items
              1 [-] Trade
            2 [-] Any other business
              3 [-] Animal welfare
              4 [-] Rural youth
        "#]],
    );
}

#[test]
fn ministry_letter_with_side_column() {
    // The address and side column ("Datum", "Betreft", "Postbus …") and the name under the
    // closing come before the report's title; the items are short lines without numbers.
    check(
        &fixture("ministeriebrief-zijkolom-nl.txt"),
        expect![[r#"
            0 [-] Russische agressie tegen Oekraïne
            1 [-] Midden-Oosten
            2 [-] Diversen
        "#]],
    );
}

#[test]
fn table_of_contents_is_no_section() {
    // A contents heading with leader dots and page numbers, and a 'President' field set in two
    // columns whose value runs on over indented lines: the items appear once, the field not.
    check(
        &fixture("council-outcome-contents-en.txt"),
        expect![[r#"
            0 [-] LEGISLATIVE DELIBERATIONS
              1 [-] Soil monitoring law
            2 [-] NON-LEGISLATIVE ITEMS
              3 [-] Water resilience
              4 [-] Biodiversity financing
        "#]],
    );
    // "Inhoud" over lines without page numbers.
    check(
        &fixture("verslag-inhoud-nl.txt"),
        expect![[r#"
            0 [-] Spoorpakket
            1 [-] Luchtvaartrechten
            2 [-] Verkeersveiligheid
        "#]],
    );
    // No contents heading: a run of short lines that all come back as the headings after it.
    check(
        &fixture("jaarverslag-zonder-kop-nl.txt"),
        expect![[r#"
            0 [-] Voorwoord
            1 [-] Organisatie
            2 [-] Financiën
        "#]],
    );
}

#[test]
fn lines_that_only_look_like_a_contents_are_sections() {
    // Labels that recur under each item, with the item's title between them, are no contents.
    check(
        b"Geannoteerde agenda\n\n1. Spoorpakket\n\nBesluitvorming\n\nDe Raad besluit over het pakket.\n\n2. Luchtvaart\n\nBesluitvorming\n\nDe Raad besluit over de rechten.\n",
        expect![[r#"
            0 [1] Spoorpakket
            1 [2] Luchtvaart
        "#]],
    );
}

#[test]
fn any_other_business_after_numbered_items_is_an_item() {
    // After "Agendapunt:" items: a sibling, not a part of the last item.
    check(
        b"Verslag van de Raad Milieu van 9 juni 2027\n\nAgendapunt: Klimaatdoel 2040\n\nDe Raad besprak het voorstel. Nederland steunde het.\n\nAgendapunt: Bodemwet\n\nDe Raad bereikte een akkoord over de wet.\n\nDiversen\n\nDe Commissie informeerde over de droogte.\n",
        expect![[r#"
            0 [-] Klimaatdoel 2040
            1 [-] Bodemwet
            2 [-] Diversen
        "#]],
    );
    // Under a numbered part: beside the items, above their lettered sub-points.
    check(
        b"Report of the meeting\n\nI. Agenda items\n\n1. Budget\n\na) Revenue\n\nThe Board approved the revenue plan for next year.\n\nb) Spending\n\nThe Board approved the spending plan for next year.\n\n2. Staff\n\nThe Board took note of the staff report for the year.\n\nAny other business\n\nThe chair thanked the secretary for the minutes.\n",
        expect![[r#"
            0 [I] Agenda items
              1 [1] Budget
                2 [a] Revenue
                3 [b] Spending
              4 [2] Staff
              5 [-] Any other business
        "#]],
    );
}

#[test]
fn name_under_a_closing_at_the_end_is_no_section() {
    check(
        &fixture("geannoteerde-agenda-ondertekend-nl.txt"),
        expect![[r#"
            0 [I] Inleiding
            1 [II] Agendapunten
              2 [1] Spoorpakket
              3 [2] Luchthavengelden
        "#]],
    );
}
