//! Session 32: Markdown annual reports in forms not met before: a Docusaurus page of an EU
//! agency (MDX `import`s and `export`s, JSX components such as `<Tabs>` and `<TabItem>`, `{/* */}`
//! comments, `:::info` admonitions) in English and a Dutch ZBO `jaarverslag` written by hand
//! (numbered headings `## 3.2 Toezicht`, a `Samenstelling Raad van Toezicht` table, `de
//! Autoriteit` for itself) (fixtures under `fixtures/s32`); and a badly encoded Dutch Council
//! letter in a defect not met before: a web page's text with HTML escaped twice
//! (`&amp;eacute;`, `&amp;shy;`) and zero-width spaces inside names.

use expect_test::expect;

mod actor_rows;
mod analyzed;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::{codes, report};
use outline_text::outline_text;
use report_core::Stance::{Neutral, Oppose, Support};

const DOCUSAURUS: &str = "s32/md-annual-report-railways-docusaurus-en.md";
const ZBO: &str = "s32/md-jaarverslag-zbo-autoriteit-handgeschreven-nl.md";
const ESCAPED: &str = "s32/enc-html-dubbel-escaped-raad-buza-nl.txt";

#[test]
fn zero_width_characters_inside_names_are_left_out() {
    let r = report(
        "Verslag van de Raad\n\nDe Oekraïense minister, Andrij Kova\u{200B}lenko, zei dat de steun blijft. \
         De Tsjechische minister, Ond\u{2060}řej Dvořák, wees op de munitie. Neder\u{200C}land steunde het.\n",
    );
    assert!(r.text.contains("Andrij Kovalenko, zei"), "{}", r.text);
    assert!(!r.text.contains('\u{200B}') && !r.text.contains('\u{2060}'));
    expect![[r#"
        Andrij Kovalenko | minister | country:ua
        Ondřej Dvořák | minister | country:cz
    "#]]
    .assert_eq(&actor_rows::people(&r));
    assert_eq!(
        statement_rows::statements_quoting(
            "Verslag\n\nNeder\u{200B}land steunde het voorstel.\n",
            "steunde"
        ),
        ["country:nl steunde Support"]
    );
    // A zero-width joiner binds an emoji's parts: it stays.
    let r = report("# 🧑\u{200D}⚖️ Board\n\nThe Board met.\n");
    assert!(r.text.contains('\u{200D}'));
    // Ranges still point into the source.
    let text = "Neder\u{200B}land en Belgi\u{200B}ë steunden.";
    let layout = report_core::repair(text);
    let at = layout.text.find("steunden").unwrap();
    assert_eq!(&text[layout.offsets.to_source(at)..][..8], "steunden");
}

#[test]
fn soft_hyphens_written_as_references_are_left_out() {
    for (text, want) in [
        (
            "De munitie&shy;leveranties gaan door.",
            "De munitieleveranties gaan door.",
        ),
        (
            "De munitie&amp;shy;leveranties gaan door.",
            "De munitieleveranties gaan door.",
        ),
        (
            "Neder&#8203;land en Belgi&amp;euml;.",
            "Nederland en België.",
        ),
        ("Tam&#173;mela kwam.", "Tammela kwam."),
    ] {
        let r = report(text);
        assert_eq!(r.text, want, "{text}");
    }
}

#[test]
fn de_autoriteit_is_the_authority_the_report_opens_with() {
    // A body the gazetteer does not know, defined with its acronym on the cover.
    let text = "# Jaarverslag 2025\n\nAutoriteit Woonruimte en Huurbescherming (AWH)\n\n## 1 Toezicht\n\n\
                De Autoriteit legde 148 boetes op. De Raad van State bevestigde de bevoegdheid van de Autoriteit. \
                De Autoriteit werkte samen met de Autoriteit Consument en Markt en de Inspectie Leefomgeving en Transport.\n";
    let r = report(text);
    expect![[r#"
        org:awh | Autoriteit Woonruimte en Huurbescherming | - | 5
        org:acm | Autoriteit Consument en Markt | - | 1
        org:ilt | Inspectie Leefomgeving en Transport | - | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(
        &r,
        &["org:awh", "org:acm", "org:ilt", "self:"],
    ));
    // A body of the gazetteer: `de Autoriteit` goes to it, `de Inspectie` (another noun) does not.
    let text = "# Jaarverslag 2025 Autoriteit Consument en Markt\n\n## 1 Toezicht\n\n\
                De Autoriteit legde boetes op. De Inspectie deed onderzoek.\n";
    expect![[r#"
        org:acm | Autoriteit Consument en Markt | - | 2
    "#]]
    .assert_eq(&actor_rows::rows_of(&report(text), &["org:", "self:"]));
    // In a report that opens with no authority, `de Autoriteit` is nobody.
    let text = "# Verslag van de Raad\n\n## 1 Diversen\n\nDe Autoriteit Consument en Markt meldde iets. De Autoriteit deed het.\n";
    expect![[r#"
        org:acm | Autoriteit Consument en Markt | - | 2
    "#]]
    .assert_eq(&actor_rows::rows_of(
        &report(text),
        &["org:acm", "org:awh", "self:"],
    ));
    assert_eq!(
        statement_rows::statements_quoting(
            "# Jaarverslag 2025 van de Inspectie Leefomgeving en Transport\n\nDe Inspectie stelde vast dat het beter ging.\n",
            "stelde"
        ),
        ["org:ilt stelde vast Neutral"]
    );
}

#[test]
fn a_department_between_a_title_and_a_name_is_the_title_s() {
    let r = report(
        "# Jaarverslag\n\nVolgens directeur Toezicht Marloes Verhaegen steeg het aantal boetes. \
         Hoofd Handhaving Jeroen van Dam zei dat het werkt.\n",
    );
    expect![[r#"
        Marloes Verhaegen | directeur Toezicht | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    // A name alone after the title, or a department alone: as before.
    let r = report(
        "# Jaarverslag\n\nDirecteur Marloes Verhaegen zei dat het werkt. De directeur Toezicht, Anne Smit, zei het ook.\n",
    );
    expect![[r#"
        Anne Smit | directeur Toezicht | -
        Marloes Verhaegen | Directeur | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
}

#[test]
fn a_members_table_gives_each_member_the_role_of_its_column() {
    let text = "# Jaarverslag\n\n## 4.1 Samenstelling Raad van Toezicht\n\n\
                | Naam | Functie | Lid sinds |\n|---|---|---|\n\
                | Drs. P.A.M. (Pieter) van Lieshout | voorzitter | 1 juni 2021 |\n\
                | Mr. Yasmina El Amrani | lid, voorzitter auditcommissie | 1 januari 2022 |\n\
                | Dr. Sanne Oudejans | - | 1 maart 2025 |\n";
    expect![[r#"
        P.A.M. van Lieshout | voorzitter | -
        Sanne Oudejans | - | -
        Yasmina El Amrani | lid, voorzitter auditcommissie | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
    // English headers; a table without a column of roles gives none.
    let text = "# Annual report\n\n| **Name** | **Role** |\n|---|---|\n| Dr Anna Lindqvist | Chair of the Audit Committee |\n\n\
                Then:\n\n| Name | Since |\n|---|---|\n| Dr Piotr Zielinski | 2023 |\n";
    expect![[r#"
        Anna Lindqvist | Chair of the Audit Committee | -
        Piotr Zielinski | - | -
    "#]]
    .assert_eq(&actor_rows::people(&report(text)));
}

#[test]
fn a_bodys_works_council_and_audit_committee_in_small_letters_are_bodies() {
    statement_rows::check(&[
        (
            "De ondernemingsraad stemde in met de regeling hybride werken.",
            &[("org:ondernemingsraad", "stemde in", Support)],
        ),
        (
            "De auditcommissie besprak het rapport van de accountant.",
            &[("org:auditcommissie", "besprak", Neutral)],
        ),
        (
            "De Ondernemingsraad was tegen het plan.",
            &[("org:ondernemingsraad", "was tegen", Oppose)],
        ),
    ]);
}

#[test]
fn mdx_module_lines_components_and_comments_are_set_aside() {
    let text = "---\ntitle: Annual report\n---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\
                import {\n  Chart,\n  Legend,\n} from '@site/src/components';\nimport './styles.css';\n\n\
                export const year = 2025;\nexport const meta = {\n  owner: 'comms',\n};\n\n\
                # Annual Activity Report 2025\n\n{/* TODO: final figures */}\n\n<KpiChart source=\"/k.json\" height={320} />\n\n\
                ## 1. Results\n\n<Tabs groupId=\"view\">\n  <TabItem value=\"a\" label=\"2025\" default>\n\n\
                The Board met four times.\n\n  </TabItem>\n</Tabs>\n\n{/*\n  a longer note\n*/}\n\nThe Agency grew.\n";
    let r = report(text);
    assert_eq!(
        r.text,
        "# Annual Activity Report 2025\n\n## 1. Results\n\nThe Board met four times.\n\nThe Agency grew.",
        "{}",
        r.text
    );
    // A sentence that opens with the word, an HTML element, a tag among words: text.
    for kept in [
        "import duties from China rose by 4 %.",
        "export credit agencies met in Paris.",
        "<b>Note</b>",
        "The <Highlight>Board</Highlight> met.",
    ] {
        let r = report(&format!("# Report\n\nThe Board met.\n\n{kept}\n"));
        assert!(r.text.contains(kept), "{kept}: {}", r.text);
    }
}

#[test]
fn a_reference_in_a_cover_line_of_fields_is_read() {
    let r = report(
        "# Annual Report 2025\n\n**European Union Agency for Railways** · Valenciennes, 26 March 2026 · Ref. ERA-MB/2026/011\n\n## 1. Results\n\nThe Agency grew in 2025 and the Management Board adopted the budget. The Commission welcomed the results.\n",
    );
    assert_eq!(r.metadata.place.as_deref(), Some("Valenciennes"));
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-26"));
    assert_eq!(
        r.metadata.reference.map(|r| r.dossier).as_deref(),
        Some("ERA-MB/2026/011")
    );
    let r = report("# Annual Report 2025\n\nOur ref. ARES(2026)1234\n\n## 1. Results\n\nThe Agency grew in 2025 and the Management Board adopted the budget. The Commission welcomed the results.\n");
    assert_eq!(
        r.metadata.reference.map(|r| r.dossier).as_deref(),
        Some("ARES(2026)1234")
    );
    // A reference in running text is none.
    let r = report("# Annual Report 2025\n\nThe Board (ref. point 4 of 2026) agreed.\n\n## 1. Results\n\nThe Agency grew in 2025 and the Management Board adopted the budget. The Commission welcomed the results.\n");
    assert_eq!(r.metadata.reference, None);
}

#[test]
fn the_docusaurus_annual_report_reads_whole() {
    let r = fixture_file::report(DOCUSAURUS);
    expect![[r#"
        0 [-] Foreword by the Executive Director
        1 [1] Authorisations and safety certificates
          2 [1.1] Vehicle authorisations
          3 [1.2] Safety certificates
        4 [2] ERTMS and interoperability
        5 [3] Cooperation with stakeholders
          6 [3.1] National safety authorities
          7 [3.2] European Parliament and Council
        8 [4] Management and governance
          9 [4.1] Management Board
          10 [4.2] Staff and budget
        11 [5] Declaration of assurance
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: En, title: Some("Consolidated Annual Activity Report 2025"), letter_date: Some("2026-03-26"), meeting_dates: [], place: Some("Valenciennes"), reference: Some(Reference { dossier: "ERA-MB/2026/011", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("Executive Director"), name: Some("Tomasz Wielgosz") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Tomasz Wielgosz | Executive Director | org:era
        Ilse Vandenbroucke | Head of the Safety Unit | -
        Rui Albuquerque Pinto | Chair of the Management Board | org:management-board
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:management-board adopted Support
        person:tomasz-wielgosz said Neutral
        person:tomasz-wielgosz thanked Neutral
        org:european-commission welcomed Support
        country:it asked Neutral
        country:at asked Neutral
        person:ilse-vandenbroucke explained Neutral
        org:court-of-auditors recommended Neutral
        org:era accepted Support
        country:es opposed Oppose
        country:be supported Support
        country:nl supported Support
        collective:member-states called for Support
        org:era presented Neutral
        org:council adopted Support
        person:rui-albuquerque-pinto stressed Neutral
        org:management-board adopted Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["front-matter"].assert_eq(&codes(&r));
    for gone in [
        "import ",
        "export const",
        "<Tabs",
        "</TabItem>",
        "{/*",
        ":::",
        "<KpiChart",
    ] {
        assert!(!r.text.contains(gone), "{gone}");
    }
}

#[test]
fn the_zbo_jaarverslag_reads_whole() {
    let r = fixture_file::report(ZBO);
    expect![[r#"
        0 [1] Voorwoord
        1 [2] De Autoriteit in het kort
          2 [2.1] Missie
          3 [2.2] Organisatie
        4 [3] Resultaten
          5 [3.1] Meldingen en klachten
          6 [3.2] Toezicht
          7 [3.3] Handhaving en samenwerking
        8 [4] Governance
          9 [4.1] Samenstelling Raad van Toezicht
          10 [4.2] Verslag van de Raad van Toezicht
          11 [4.3] Ondernemingsraad
        12 [5] Bedrijfsvoering
          13 [5.1] Financiën
          14 [5.2] Vooruitblik
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: AnnualReport, language: Nl, title: Some("Jaarverslag 2025"), letter_date: Some("2026-03-31"), meeting_dates: [], place: Some("Utrecht"), reference: Some(Reference { dossier: "AWH/BV/2026-0088", number: None, title: None }), session_year: None, addressee: None, signatories: [Signatory { role: Some("voorzitter"), name: Some("mr. drs. F. Kloosterboer") }, Signatory { role: Some("lid"), name: Some("ir. T.H. Brandsma") }, Signatory { role: Some("lid"), name: Some("drs. K. Osei-Mensah") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Fenna Kloosterboer | voorzitter van het bestuur | -
        Pieter van Lieshout | Voorzitter | -
        Gerrit-Jan Hofstede | lid | -
        K. Osei-Mensah | - | -
        Marloes Verhaegen | directeur Toezicht | -
        Sanne Oudejans | lid | -
        T.H. Brandsma | - | -
        Yasmina El Amrani | lid, voorzitter auditcommissie | -
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:awh | Autoriteit Woonruimte en Huurbescherming | - | 17
        org:raad-van-toezicht | Raad van Toezicht | - | 5
        org:acm | Autoriteit Consument en Markt | - | 2
        org:auditcommissie | Auditcommissie | - | 2
        org:ondernemingsraad | Ondernemingsraad | - | 2
        org:board | Het bestuur | - | 1
        org:ilt | Inspectie Leefomgeving en Transport | - | 1
        org:nl-court-of-audit | Algemene Rekenkamer | - | 1
        org:raad-van-state | Raad van State | - | 1
        org:tweede-kamer | Tweede Kamer | - | 1
        org:woonbond | Woonbond | - | 1
    "#]]
    .assert_eq(&actor_rows::rows_of(&r, &["org:"]));
    expect![[r#"
        person:marloes-verhaegen Volgens Neutral
        org:raad-van-state bevestigde Neutral
        org:acm stelde vast Neutral
        org:woonbond pleitte Support
        role:nl-minister-van-volkshuisvesting-en-ruimtelijke-ordening heeft toegezegd Neutral
        org:raad-van-toezicht keurde goed Support
        person:pieter-van-lieshout benadrukte Neutral
        org:auditcommissie besprak Neutral
        org:nl-court-of-audit merkte op Neutral
        org:ondernemingsraad stemde in Support
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect![[r#""#]].assert_eq(&codes(&r));
}

#[test]
fn the_twice_escaped_buza_letter_reads_whole() {
    let r = fixture_file::report(ESCAPED);
    expect![[r#"
        0 [-] Raad Buitenlandse Zaken
        1 [-] Russische agressie tegen Oekraïne
        2 [-] Midden-Oosten
        3 [-] Betrekkingen met de Westelijke Balkan
        4 [-] Handel
        5 [-] Diversen
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"Metadata { kind: LetterWithMeetingReport, language: Nl, title: Some("Verslag van de Raad Buitenlandse Zaken van 19 januari 2026"), letter_date: Some("2026-01-26"), meeting_dates: ["2026-01-19"], place: Some("Brussel"), reference: Some(Reference { dossier: "BZ-2026-0000041187", number: None, title: None }), session_year: None, addressee: Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"), signatories: [Signatory { role: Some("minister van Buitenlandse Zaken"), name: Some("Ruben van der Wiel") }] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        Ruben van der Wiel | minister van Buitenlandse Zaken | country:nl
        Andrij Kovalenko | minister van Buitenlandse Zaken | country:ua
        António Valadares | Secretaris-Generaal van de Verenigde Naties | org:un
        Liis Tammela | Hoge Vertegenwoordiger | org:eeas
        Małgorzata Wiśniewska | minister | country:pl
        Ondřej Dvořák | minister | country:cz
    "#]]
    .assert_eq(&actor_rows::people(&r));
    expect![[r#"
        org:council sprak over Neutral
        person:andrij-kovalenko zei Neutral
        person:liis-tammela benadrukte Neutral
        country:nl steunde Support
        country:hu was tegen Oppose
        country:sk plaatsten voorbehoud Reservation
        country:at plaatsten voorbehoud Reservation
        person:ondrej-dvorak wees op Neutral
        org:council wisselde gedachten Neutral
        country:fr riepen op Support
        country:ie riepen op Support
        person:ruben-van-der-wiel heeft benadrukt Neutral
        country:nl steunt Support
        country:de sprak uit Support
        person:antonio-valadares Volgens Neutral
        country:it steunde Support
        org:council besprak Neutral
        org:european-commission presenteerde Neutral
        country:gr maakten voorbehoud Reservation
        country:cy maakten voorbehoud Reservation
        role:cabinet steunt Support
        org:council sprak over Neutral
        org:european-commission lichtte Neutral
        country:es pleitten Support
        country:pt pleitten Support
        country:nl benadrukte Neutral
        role:presidency informeerde Neutral
        person:malgorzata-wisniewska vroeg Neutral
    "#]]
    .assert_eq(&statement_rows::all_rows(&r));
    expect!["html-entities"].assert_eq(&codes(&r));
    for gone in ["&amp;", "&shy;", "\u{200B}", "\u{AD}"] {
        assert!(!r.text.contains(gone), "{gone}");
    }
    assert!(r.text.contains("met € 120 miljoen te verhogen"));
}
