//! Session 33: Markdown annual reports in forms not met before: a GitBook export of an EU
//! agency's report (`{% hint %}`, `{% tabs %}`, a cover in capitals, `the Members of the Board`)
//! in English and a Dutch inspectorate's `jaarverslag` by a communication team (emoji bullets,
//! `Kerncijfers` tables, a `Woord vooraf` signed by the `inspecteur-generaal`, a table of its
//! directors) (fixtures under `fixtures/s33`); and a badly encoded Dutch Council letter in a
//! defect not met before: RTF markup left in the text (`{\rtf1…}`, `\par`, `\'eb`).

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, decoded, report};
use outline_text::outline_text;
use report_core::Stance::{Neutral, Support};

const GITBOOK: &str = "s33/md-annual-report-fisheries-gitbook-en.md";
const INSPECTIE: &str = "s33/md-jaarverslag-inspectie-emoji-kerncijfers-nl.md";
const RTF: &str = "s33/enc-rtf-resten-verslag-landbouwraad-nl.txt";

#[test]
fn rtf_markup_is_read_as_the_text_it_stands_for() {
    for (bytes, want) in [
        // A whole RTF file: its font and colour tables, its `\*` destinations left out.
        (
            &b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\n{\\colortbl ;\\red0\\green0\\blue0;}\n{\\*\\generator Riched20}\\viewkind4\\uc1 \n\\pard\\f0\\fs22 Geachte voorzitter,\\par\n\\par\nItali\\'eb vroeg om een \\ldblquote effectbeoordeling\\rdblquote .\\par\n}\n"[..],
            "Geachte voorzitter,\n\nItalië vroeg om een “effectbeoordeling”.",
        ),
        // Leftovers without the header: `\par` ending lines, escapes, `\u8364?`, `\tab`.
        (
            b"Datum\\tab 3 februari 2026\\par\nHet bedrag is \\u8364?1,2 miljard \\emdash  voorlopig.\\par\nTsjechi\\'eb en Slowakije pleitten.\\par\n",
            "Datum\t3 februari 2026\nHet bedrag is €1,2 miljard — voorlopig.\nTsjechië en Slowakije pleitten.",
        ),
        // The code page the file names: windows-1250's `\'9a` is `š`.
        (
            b"{\\rtf1\\ansi\\ansicpg1250 Ministr Ka\\'9aparov\\'e1 \\'9aekla.\\par}",
            "Ministr Kašparová šekla.",
        ),
    ] {
        assert_eq!(report_core::decode(bytes).unwrap().text, want);
        assert_eq!(codes(&decoded(bytes)), "rtf-markup");
    }
    // A text with a backslash or two is no RTF: a Windows path, one stray escape.
    for text in [
        "Zie C:\\parlement\\verslagen\\raad.docx voor het verslag.\n",
        "De notitie staat op \\\\server\\par\\stukken en in \\'e9 de map.\n",
    ] {
        assert_eq!(report_core::decode(text.as_bytes()).unwrap().text, text);
        assert_eq!(codes(&decoded(text.as_bytes())), "", "{text}");
    }
}

#[test]
fn emoji_bullets_keep_their_lines() {
    let r = report(
        "# Jaarverslag\n\n## Woord vooraf\n\nIn 2025 deden we meer onderzoek.\n\n✅ We rondden 61 onderzoeken af.\n✅ We bezochten alle inrichtingen.\n⚠️ De tekorten bleven ons grootste zorgpunt.\n👉 De Raad voor Strafrechtstoepassing en Jeugdbescherming wees op het risico van\nmeerpersoonscellen.\n",
    );
    assert!(
        r.text.contains(
            "✅ We rondden 61 onderzoeken af.\n\n✅ We bezochten alle inrichtingen.\n\n⚠️ De tekorten"
        ),
        "{}",
        r.text
    );
    // The item's own wrapped line joins it.
    assert!(
        r.text
            .contains("\n\n👉 De Raad voor Strafrechtstoepassing en Jeugdbescherming wees op het risico van meerpersoonscellen."),
        "{}",
        r.text
    );
    // An emoji inside a line is no bullet.
    let r = report("# Verslag\n\nDe Raad besprak het plan\n👍 niet, en ging verder.\n");
    assert!(r.text.contains("plan 👍 niet"), "{}", r.text);
}

#[test]
fn a_title_before_a_department_closing_a_table_cell_is_no_person() {
    let r = report(
        "# Jaarverslag\n\n| Naam | Functie |\n|---|---|\n| Drs. Jeroen Dijkhuizen | directeur Toezicht |\n| Ir. Latifa Bouzidi | directeur Bedrijfsvoering |\n\nDe Inspectie groeide.\n",
    );
    expect![[r#"
        Jeroen Dijkhuizen | directeur Toezicht | -
        Latifa Bouzidi | directeur Bedrijfsvoering | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    // A name after the title in the cell is still a person.
    let r = report(
        "# Jaarverslag\n\n| Functie | Naam |\n|---|---|\n| directeur Pieter Smit | 2021 |\n",
    );
    expect![[r#"
        Pieter Smit | directeur | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn letters_of_a_degree_after_a_name_are_no_part_of_it() {
    let r = report(
        "# Jaarverslag\n\nDirecteur Latifa Bouzidi MBA zei dat het werkt. Dr. Anna Smit MSc benadrukte het belang. \
         Minister Jan de Vries RA was het eens.\n",
    );
    expect![[r#"
        Anna Smit | - | -
        Jan de Vries | Minister | -
        Latifa Bouzidi | Directeur | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn an_inspecteur_generaal_of_the_report_s_own_inspectorate_is_its() {
    let text = "# Jaarverslag 2025\n\nInspectie Justitie en Veiligheid\n\n## Woord vooraf\n\n\
                De Inspectie deed meer onderzoek.\n\nMr. Hanneke Vermeulen\nInspecteur-generaal Justitie en Veiligheid\n";
    expect![[r#"
        Hanneke Vermeulen | Inspecteur-generaal Justitie en Veiligheid | org:inspectie-jenv
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
    // Another inspectorate's head is not the report's.
    let text = "# Jaarverslag 2025\n\nInspectie Justitie en Veiligheid\n\n## Woord vooraf\n\n\
                De Inspectie deed meer onderzoek.\n\nMr. Anna Smit\nInspecteur-generaal Leefomgeving en Transport\n";
    expect![[r#"
        Anna Smit | Inspecteur-generaal Leefomgeving en Transport | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
}

#[test]
fn a_cover_in_capitals_names_the_report_s_own_agency() {
    let text = "# Annual Report 2025\n\nEUROPEAN FISHERIES CONTROL AGENCY\n\nVIGO, 14 MARCH 2026\n\n## Foreword\n\n\
                The Agency coordinated six campaigns. France asked the Agency to extend one, and the Agency agreed. \
                The Administrative Board adopted the budget. The Executive Director, Mariana Costa Rebelo, said that it was a good year.\n";
    let r = report(text);
    expect![[r#"
        org:efca | European Fisheries Control Agency | - | 4
        org:administrative-board | Administrative Board | org:efca | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["org:", "self:"]));
    expect![[r#"
        Mariana Costa Rebelo | Executive Director | org:efca
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert_eq!(
        statement_rows::statements_in(&r, "agreed"),
        ["country:fr asked Neutral", "org:efca agreed Support"]
    );
    assert_eq!(r.metadata.place.as_deref(), Some("Vigo"));
    // A line in capitals that names no body of the lists, or a body named in running text
    // later, makes no own agency.
    let text = "# Annual Report 2025\n\nEUROPEAN AGENCY FOR NOTHING AT ALL\n\n## Foreword\n\nThe Agency grew.\n";
    expect![[r#""#]].assert_eq(&actor_rows::rows_of(&report(text), &["org:", "self:"]));
}

#[test]
fn the_members_of_the_board_are_the_board() {
    let text = "# Annual Report 2025\n\n## Governance\n\nThe Administrative Board met twice. The Members of the Board adopted the budget. \
                The members of the Advisory Board discussed the cameras.\n";
    let r = report(text);
    expect![[r#"
        org:administrative-board adopted Support
        org:advisory-board discussed Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    assert!(!r.actors.iter().any(|a| a.id == "collective:members"));
    // Members alone are still the members.
    let r = report("# Minutes\n\n## Item 1\n\nThe Board met. Members welcomed the proposal.\n");
    expect![[r#"
        collective:members welcomed Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
}

#[test]
fn a_place_in_capitals_is_written_as_running_text_writes_it() {
    for (text, place) in [
        ("# Annual Report 2025\n\nVIGO, 14 MARCH 2026\n\n## 1. Results\n\nThe Agency grew.\n", "Vigo"),
        ("# Jaarverslag 2025\n\nDEN HAAG, 26 MAART 2026\n\n## 1. Resultaten\n\nDe Inspectie groeide.\n", "Den Haag"),
        ("# Annual Report 2025\n\nValenciennes, 26 March 2026\n\n## 1. Results\n\nThe Agency grew.\n", "Valenciennes"),
    ] {
        assert_eq!(report(text).metadata.place.as_deref(), Some(place), "{text}");
    }
}

#[test]
fn the_dutch_safety_board_and_the_police_are_bodies() {
    statement_rows::check(&[
        (
            "De Onderzoeksraad voor Veiligheid stelde in een rapport vast dat de brandveiligheid tekortschiet.",
            &[("org:ovv", "stelde vast", Neutral)],
        ),
        (
            "De Nationale Politie erkende dat de registratie beter moet.",
            &[("org:nl-politie", "erkende", Neutral)],
        ),
        (
            "De OVV pleitte voor betere brandmelders.",
            &[("org:ovv", "pleitte", Support)],
        ),
    ]);
}

#[test]
fn the_gitbook_annual_report_reads_whole() {
    let r = fixture_file::report(GITBOOK);
    expect![[r#"
        0 [-] Foreword
        1 [1] Joint deployment plans
          2 [1.1] Results at sea
          3 [1.2] Regional cooperation
        4 [2] Digitalisation and data
          5 [2.1] Traceability
          6 [2.2] Remote electronic monitoring
        7 [3] Governance
          8 [3.1] Administrative Board
          9 [3.2] Audit and control
        10 [-] Declaration of assurance
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Annual Report 2025"), letter_date: Some("2026-03-14"), meeting_dates: [], place: Some("Vigo"), reference: None, session_year: None, addressee: None, signatories: [Signatory { role: Some("Executive Director"), name: Some("Mariana Costa Rebelo") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Mariana Costa Rebelo | Executive Director | org:efca
        Stefan Lindqvist-Berg | Chair of the Administrative Board | org:administrative-board
        Aoife Gallagher | Deputy Chair | -
        Henrik Aaltonen | Head of the Operations Unit | -
        Piotr Wieczorek | Member | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:efca | European Fisheries Control Agency | - | 12
        org:administrative-board | Administrative Board | org:efca | 6
        org:advisory-board | Advisory Board | org:efca | 2
        org:court-of-auditors | European Court of Auditors | - | 2
        org:steering-group | Steering Group | org:efca | 2
        collective:agencies | agencies | - | 1
        collective:member-states | member states | - | 1
        collective:third-countries | third countries | - | 1
        org:edps | European Data Protection Supervisor | - | 1
        org:european-commission | European Commission | - | 1
        org:ias | Internal Audit Service | org:european-commission | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["org:", "collective:", "role:"]));
    expect![[r#"
        org:administrative-board adopted Support
        person:mariana-costa-rebelo said Neutral
        person:mariana-costa-rebelo thanked Neutral
        country:fr asked Neutral
        org:efca agreed Support
        country:bg supported Support
        country:ro supported Support
        country:pl welcomed Support
        country:dk expressed Reservation
        person:henrik-aaltonen explained Neutral
        org:european-commission welcomed Support
        org:european-commission asked Neutral
        org:advisory-board discussed Neutral
        org:advisory-board recommended Neutral
        org:administrative-board adopted Support
        person:stefan-lindqvist-berg stressed Neutral
        org:ias recommended Neutral
        org:efca accepted Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["front-matter"].assert_eq(&codes(&r));
    for gone in ["{%", "endhint", "{% tab", "endcontent-ref"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_inspectie_jaarverslag_reads_whole() {
    let r = fixture_file::report(INSPECTIE);
    expect![[r#"
        0 [-] Woord vooraf
        1 [-] Kerncijfers
        2 [-] Wat hebben we gezien?
          3 [-] Gevangeniswezen
          4 [-] Politie
          5 [-] Jeugd
        6 [-] Samenwerking
        7 [-] Organisatie
        8 [-] Vooruitblik 2026
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025"), letter_date: Some("2026-03-26"), meeting_dates: [], place: Some("Den Haag"), reference: Some(Reference { dossier: "IJenV/2026/0412", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("Inspecteur-generaal Justitie en Veiligheid"), name: Some("Mr. drs. Hanneke Vermeulen-Bos") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Jeroen Dijkhuizen | Directeur Toezicht | -
        Hanneke Vermeulen-Bos | Inspecteur-generaal Justitie en Veiligheid | org:inspectie-jenv
        Latifa Bouzidi | directeur Bedrijfsvoering | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:inspectie-jenv | Inspectie Justitie en Veiligheid | - | 8
        org:dji | Dienst Justitiële Inrichtingen | - | 2
        org:nl-politie | Nationale Politie | - | 2
        org:rsj | Raad voor Strafrechtstoepassing en Jeugdbescherming | - | 2
        org:igj | Inspectie Gezondheidszorg en Jeugd | - | 1
        org:ilt | Inspectie Leefomgeving en Transport | - | 1
        org:nl-arbeidsinspectie | Nederlandse Arbeidsinspectie | - | 1
        org:ondernemingsraad | Ondernemingsraad | - | 1
        org:ovv | Onderzoeksraad voor Veiligheid | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        role:nl-minister-van-justitie-en-veiligheid | minister van Justitie en Veiligheid | country:nl | 1
        role:nl-staatssecretaris-van-justitie-en-veiligheid | staatssecretaris van Justitie en Veiligheid | country:nl | 1
        role:presidency | Voorzitterschap | - | 1
    "#]].assert_eq(&actor_rows::rows_of(&r, &["org:", "collective:", "role:"]));
    expect![[r#"
        org:inspectie-jenv constateerde Neutral
        role:nl-staatssecretaris-van-justitie-en-veiligheid heeft toegezegd Neutral
        org:rsj wees op Neutral
        org:inspectie-jenv Volgens Neutral
        person:jeroen-dijkhuizen zei Neutral
        org:nl-politie erkende Neutral
        role:nl-minister-van-justitie-en-veiligheid gaf aan Neutral
        org:ovv stelde vast Neutral
        org:ondernemingsraad stemde in Support
        org:tweede-kamer vroeg Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect![[r#""#]].assert_eq(&codes(&r));
}

#[test]
fn the_rtf_leftovers_letter_reads_whole() {
    let r = fixture_file::report(RTF);
    expect![[r#"
        0 [-] Verslag Landbouw- en Visserijraad 26 januari 2026
          1 [1] Werkprogramma van het Cypriotische voorzitterschap
          2 [2] Handelsgerelateerde landbouwkwesties
          3 [3] Visserij: jaarlijkse consultaties met Noorwegen en het Verenigd Koninkrijk
          4 [4] Diversen
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: LetterWithMeetingReport, language: Nl, title: Some("Verslag Landbouw- en Visserijraad van 26 januari 2026"), letter_date: Some("2026-02-03"), meeting_dates: ["2026-01-26"], place: Some("Brussel"), reference: Some(Reference { dossier: "DGA / 26012345", number: None, title: None }), session_year: None, addressee: Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"), signatories: [Signatory { role: Some("minister van Landbouw, Visserij, Voedselzekerheid en Natuur"), name: Some("Femke de Waal-Kroon") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Andreas Theodoulou | minister van Landbouw | country:cy
        Femke de Waal-Kroon | minister van Landbouw, Visserij, Voedselzekerheid en Natuur | country:nl
        Hansen | Commissaris | org:european-commission
    "#]].assert_eq(&actor_rows::people(&r));
    expect![[r#"
        role:presidency presenteerde Neutral
        person:andreas-theodoulou zei Neutral
        country:fr verwelkomden Support
        country:es verwelkomden Support
        country:nl steunde Support
        country:nl benadrukte Neutral
        org:european-commission gaf toelichting Neutral
        collective:several-member-states uitte Reservation
        country:pl uitte Reservation
        country:at uitte Reservation
        country:ie uitte Reservation
        country:it vroeg Neutral
        person:hansen benadrukte Neutral
        country:nl gaf aan Neutral
        org:european-commission informeerde Neutral
        country:dk spraken uit Support
        country:se spraken uit Support
        country:ie was kritisch Reservation
        country:ie vroeg Neutral
        country:at vroeg Neutral
        country:gr informeerde Neutral
        country:cz pleitten Support
        country:sk pleitten Support
        country:cz vroegen Neutral
        country:sk vroegen Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["rtf-markup"].assert_eq(&codes(&r));
    for gone in ["\\par", "\\'", "\\tab", "{\\", "fonttbl", "Arial"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
    assert!(r.text.contains("Indonesië") && r.text.contains("€1,2 miljard"));
}

#[test]
fn a_thematic_break_of_stars_stays_a_line_of_its_own() {
    for (text, want) in [
        (
            "# Jaarverslag\n\nMr. Anna Smit\nInspecteur-generaal Justitie en Veiligheid\n***\n## Kerncijfers\n",
            "Inspecteur-generaal Justitie en Veiligheid\n\n***\n\n## Kerncijfers",
        ),
        ("# Report\n\nThe Board met.\n* * *\nThe Agency grew.\n", "The Board met.\n\n* * *\n\nThe Agency grew."),
    ] {
        let r = report(text);
        assert!(r.text.contains(want), "{text}: {}", r.text);
    }
    // Bold text and a bullet are no break.
    let r = report("# Report\n\nThe Board met\n**in Vigo** twice.\n");
    assert!(r.text.contains("met **in Vigo** twice."), "{}", r.text);
    // Without the break, the person is still read so.
    let r = report(
        "# Jaarverslag 2025\n\nInspectie Justitie en Veiligheid\n\n## Woord vooraf\n\nDe Inspectie groeide.\nMr. Anna Smit\nInspecteur-generaal Justitie en Veiligheid\n***\n## Kerncijfers\n",
    );
    expect![[r#"
        Anna Smit | Inspecteur-generaal Justitie en Veiligheid | org:inspectie-jenv
    "#]]
    .assert_eq(&actor_rows::people(&r));
}
