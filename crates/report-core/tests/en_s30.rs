//! Session 30: English EU documents of kinds nobody had shown the analyzer (fixtures under
//! `fixtures/s30`): a Council's provisional agenda set by `pdftotext -layout`, with its column
//! of document codes beside the items and its list of "A" items; a Commission President's
//! statement after a summit with the summit's joint statement; a parliament's plenary
//! newsletter on a Presidency's priorities, its speakers tagged by country code. And the weak
//! spots these show.

mod actor_rows;
mod fixture_file;
mod outline_text;
mod statement_rows;

use actor_rows::people;
use expect_test::expect;
use outline_text::outline_text;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{all_rows, check, statements_quoting};

const AGENDA: &str = "s30/en-provisional-agenda-agrifish-layout.txt";
const SUMMIT: &str = "s30/en-eu-japan-summit-statement-joint-web.txt";
const NEWSLETTER: &str = "s30/en-ep-plenary-newsletter-presidency-priorities.txt";

fn text_of(text: &str) -> String {
    analyze_text(text, &Config::default()).text
}

#[test]
fn an_agendas_column_of_document_codes_is_left_out_of_its_items() {
    let text = "\
1.    Adoption of the agenda

2.    Approval of the list of A items                                      15104/26

3.    Regulation of the European Parliament and of the Council on plants
      obtained by certain new genomic techniques
                                                                           14325/26 AGRI 512
                                                                           CODEC 1893
                                                                                     + COR 1
      Progress report

4.    Situation of the wine sector
      Information from the French delegation                               15090/26
";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        0 [1] Adoption of the agenda
        1 [2] Approval of the list of A items
        2 [3] Regulation of the European Parliament and of the Council on plants obtained by certain new genomic techniques
        3 [4] Situation of the wine sector
    "#]]
    .assert_eq(&outline_text(&r));
    assert!(!r.text.contains("CODEC"), "{}", r.text);
    assert!(r.text.contains("\n\nProgress report\n"), "{}", r.text);
    // A column of words is no column of codes: a side block of text stays.
    let text = text
        .replace("14325/26 AGRI 512", "Justice and Home")
        .replace("CODEC 1893", "Affairs Council");
    assert!(text_of(&text).contains("Affairs Council"));
}

#[test]
fn an_agendas_title_wraps_at_its_column_not_the_page() {
    let text = "\
Fisheries

2.     (LA) Regulation of the European Parliament and of the Council amending
       Regulation (EU) 2023/2053 establishing a multiannual management plan for
       bluefin tuna in the eastern Atlantic and the Mediterranean                PE-CONS 61/26
       Adoption of the legislative act                                           PECHE 371
                                                                                 CODEC 1802

3.     Council Decision on the signing of the Sustainable Fisheries Partnership
       Agreement between the European Union and the Republic of Cabo Verde
                                                                                 13994/26 PECHE 366
       Adoption

The text of the Council's Rules of Procedure applies to every item on this list and the next.
";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] Fisheries
          1 [2] (LA) Regulation of the European Parliament and of the Council amending
        2 [-] Adoption of the legislative act
          3 [3] Council Decision on the signing of the Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Cabo Verde
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn an_agendas_line_of_procedure_stands_under_the_title() {
    let text = "\
7.    Market situation, in particular following the invasion of Ukraine
      Information from the Commission and exchange of views

8.    Trade-related agricultural issues
      Exchange of views
";
    expect![[r#"
        0 [7] Market situation, in particular following the invasion of Ukraine
        1 [8] Trade-related agricultural issues
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
    // A title that goes on after `for` is no line of its own.
    let text = "7.    Measures to be submitted for\n      Adoption by written procedure\n";
    expect![[r#"
        0 [7] Measures to be submitted for Adoption by written procedure
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn an_agendas_marks_before_a_title_keep_it_a_heading() {
    let text = "\
1.    Adoption of the agenda

2.    (poss.) Trade-related agricultural issues

3.*   Council Decision on the position to be taken within the CITES conference

4.    a)    Outcome of the conference \"Water resilience in rural areas\"

      b)    Labelling of honey blends
";
    expect![[r#"
        0 [1] Adoption of the agenda
        1 [2] (poss.) Trade-related agricultural issues
        2 [3] Council Decision on the position to be taken within the CITES conference
        3 [4] Outcome of the conference "Water resilience in rural areas"
          4 [b] Labelling of honey blends
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
    // A bracket of another kind still opens no heading.
    let text = "1.    Adoption of the agenda\n\n2.    (see below) the items\n";
    assert!(!outline_text(&analyze_text(text, &Config::default())).contains("[2]"));
}

#[test]
fn a_long_numbered_title_without_a_stop_is_a_heading() {
    let text = "\
5.    Approval of the list of A items

6.    Council Regulation fixing for 2027 the fishing opportunities for certain fish stocks
      and groups of fish stocks, applicable in Union waters and, for Union fishing vessels,
      in certain non-Union waters

      Exchange of views
";
    assert!(outline_text(&analyze_text(text, &Config::default())).contains("[6] Council"));
}

#[test]
fn an_agendas_venue_and_hour_date_the_meeting() {
    let meta = |text: &str| {
        let m = analyze_text(text, &Config::default()).metadata;
        (m.letter_date, m.meeting_dates, m.place)
    };
    let text = "Council of the European Union\n\nBrussels, 9 November 2026\n\n\
                PROVISIONAL AGENDA\n\nCOUNCIL OF THE EUROPEAN UNION\n\n\
                (Agriculture and Fisheries)\n\n\
                Justus Lipsius building, Brussels\n16 and 17 November 2026 (10.00)\n\n\
                1.    Adoption of the agenda\n";
    assert_eq!(
        meta(text),
        (
            Some("2026-11-09".to_string()),
            vec!["2026-11-16".to_string(), "2026-11-17".to_string()],
            Some("Brussels".to_string())
        )
    );
    // On one line too.
    let one = text.replace("Brussels\n16 and", "Brussels 16 and");
    assert_eq!(meta(&one), meta(text));
    // Words in small letters after the comma name no place.
    let text = text.replace("building, Brussels", "building, meeting room");
    assert_ne!(meta(&text).1, ["2026-11-16", "2026-11-17"]);
}

#[test]
fn a_span_of_days_alone_in_the_front_dates_the_sitting() {
    let text = "European Parliament\n\nPlenary sitting\n\nNewsletter\n\n13-16 January 2027\n\n\
                Strasbourg plenary session\n\nPresidency presents its priorities\n\n\
                The minister presented the priorities.\n";
    assert_eq!(
        analyze_text(text, &Config::default())
            .metadata
            .meeting_dates,
        ["2027-01-13", "2027-01-14", "2027-01-15", "2027-01-16"]
    );
    // One day alone dates no sitting.
    let text = text.replace("13-16 January", "13 January");
    assert!(analyze_text(&text, &Config::default())
        .metadata
        .meeting_dates
        .is_empty());
}

#[test]
fn a_member_tagged_with_a_country_code_is_a_person_of_that_country() {
    let text = "On behalf of the EPP Group, Jan Novák (CZ) said the Presidency must deliver. \
                \"Our farmers cannot wait,\" he added.\n\n\
                For the S&D Group, Lucía Ferrer Vidal (ES) criticised the lack of ambition.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        Jan Novák | - | country:cz
        Lucía Ferrer Vidal | - | country:es
    "#]]
    .assert_eq(&people(&r));
    assert_eq!(
        statements_quoting(text, "cannot wait"),
        ["person:jan-novak added Neutral"]
    );
    // A code in brackets after words that name no one stays no person.
    let text = "The Information Technology (IT) unit said it was ready.\n";
    assert!(people(&analyze_text(text, &Config::default())).is_empty());
}

#[test]
fn a_possessive_after_a_title_and_name_is_no_role_phrase() {
    let text = "I thanked Prime Minister Takeda for Japan's steadfast support to Ukraine.\n";
    expect![[r#"
        Takeda | Prime Minister | -
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
    // A portfolio stays the role's.
    let text = "Minister Takeda for Foreign Affairs said the talks went well.\n";
    expect![[r#"
        Takeda | Minister for Foreign Affairs | -
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn a_co_chair_is_no_chair() {
    let text = "Greens/EFA co-chair Sophie Laurent (FR) regretted that the climate was absent.\n";
    expect![[r#"
        Sophie Laurent | co-chair | org:greens-efa
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn a_contacts_telephone_line_is_no_heading() {
    let text = "The leaders looked forward to the next summit.\n\nPress contacts:\n\
                Lena FISCHER (+32 2 295 11 12)\nMarco DELLA ROSA (+32 2 298 71 40)\n\n\
                General public inquiries: Europe Direct by phone\n";
    let outline = outline_text(&analyze_text(text, &Config::default()));
    assert!(
        !outline.contains("FISCHER") && !outline.contains("ROSA"),
        "{outline}"
    );
}

#[test]
fn the_provisional_agenda() {
    let r = fixture_file::report(AGENDA);
    expect![[r#"Metadata { kind: Agenda, language: En, title: Some("PROVISIONAL AGENDA"), letter_date: Some("2026-11-09"), meeting_dates: ["2026-11-16", "2026-11-17"], place: Some("Brussels"), reference: Some(Reference { dossier: "15102/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [1] Adoption of the agenda
          1 [-] Legislative deliberations
        2 [2] Approval of the list of A items
        3 [3] (poss.) Regulation of the European Parliament and of the Council on plants obtained by certain new genomic techniques and their food and feed
        4 [4] Regulation of the European Parliament and of the Council on the protection of animals during transport and related operations
          5 [-] Non-legislative activities
        6 [5] Approval of the list of A items
        7 [6] Council Regulation fixing for 2027 the fishing opportunities for certain fish stocks and groups of fish stocks, applicable in Union waters and, for Union fishing vessels, in certain non-Union waters
        8 [7] Market situation, in particular following the invasion of Ukraine
        9 [8] (poss.) Trade-related agricultural issues
        10 [-] Any other business
        11 [9] Outcome of the conference "Water resilience in rural areas" (Warsaw, 28-29 October 2026)
          12 [b] Labelling of honey blends: implementation of the Breakfast directives
          13 [c] Situation of the wine sector
          14 [d] Work programme of the incoming Presidency
            15 [-] LIST OF "A" ITEMS
            16 [-] NON-LEGISLATIVE DELIBERATIONS
            17 [-] Agriculture
        18 [1] Council Decision on the position to be taken on behalf of the European Union within the International Olive Council as regards the conditions for accession of Uzbekistan
          19 [-] Fisheries
        20 [2] (LA) Regulation of the European Parliament and of the Council amending Regulation (EU) 2023/2053 establishing a multiannual management plan for bluefin tuna in the eastern Atlantic and the Mediterranean
          21 [-] Adoption of the legislative act
        22 [3] Council Decision on the signing of the Sustainable Fisheries Partnership Agreement between the European Union and the Republic of Cabo Verde
          23 [-] Environment
        24 [4] Council Decision on the position to be adopted on behalf of the European Union at the 20th meeting of the Conference of the Parties to the Convention on International Trade in Endangered Species (CITES)
    "#]].assert_eq(&outline_text(&r));
    expect![[r#"
        country:nl will abstain Reservation
        country:dk will abstain Reservation
        country:hu intends to Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_summit_statements() {
    let r = fixture_file::report(SUMMIT);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Statement by President Kowalczyk following the 32nd EU-Japan summit"), letter_date: Some("2027-07-14"), meeting_dates: [], place: Some("Tokyo"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Joint Statement of the 32nd EU-Japan Summit
        1 [-] Strategic Partnership
        2 [-] Economic security and trade
        3 [-] Security and defence
        4 [-] Global challenges
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Erik Lindqvist | President of the European Council | org:european-council
        Haruki Takeda | Prime Minister | country:jp
        Agata Kowalczyk | President of the European Commission | org:european-commission
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        person:agata-kowalczyk agreed Support
        org:eu welcomes Support
        person:agata-kowalczyk thanked Neutral
        collective:leaders reaffirmed Neutral
        collective:both-sides welcomed Support
        org:eu reaffirmed Neutral
        country:jp reaffirmed Neutral
        org:eu expressed Reservation
        country:jp expressed Reservation
        collective:both-sides agreed Support
        collective:leaders condemned Oppose
        collective:leaders underlined Neutral
        country:jp welcomed Support
        org:eu welcomed Support
        collective:leaders condemned Oppose
        collective:leaders called on Neutral
        org:eu reiterated Support
        country:jp reiterated Support
        collective:leaders expressed Reservation
        country:jp thanked Support
        collective:both-sides stressed Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_plenary_newsletter() {
    let r = fixture_file::report(NEWSLETTER);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("European Parliament"), letter_date: None, meeting_dates: ["2027-01-13", "2027-01-14", "2027-01-15", "2027-01-16"], place: None, reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Cypriot Presidency presents its priorities to MEPs
        1 [-] Political groups' reactions
        2 [-] Background
        3 [-] Watch the debate again
        4 [-] Procedure: Council and Commission statements
        5 [-] MEPs demand stronger action against forest fires
        6 [-] Next steps
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Ana Marković | Minister of State for European Affairs | -
        Pieter Hendriks | Executive Vice-President | org:european-commission
        Elena Popescu | Rapporteur | org:epp-group
        Jan Novák | - | country:cz
        Jean-Luc Morel | Commissioner for Crisis Management | org:european-commission
        Lucía Ferrer Vidal | - | country:es
        Maarten de Wit | - | country:nl
        Sophie Laurent | co-chair | org:greens-efa
        Tomasz Zieliński | MEP | org:ecr-group
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        person:ana-markovic presented Neutral
        person:ana-markovic said Neutral
        person:ana-markovic said Neutral
        person:ana-markovic announced Neutral
        person:pieter-hendriks welcomed Support
        person:pieter-hendriks said Neutral
        person:jan-novak said Neutral
        person:jan-novak added Neutral
        person:lucia-ferrer-vidal criticised Oppose
        person:lucia-ferrer-vidal called on Neutral
        person:maarten-de-wit welcomed Support
        person:maarten-de-wit warned Reservation
        collective:meps criticised Oppose
        collective:others welcomed Support
        org:european-parliament called on Neutral
        collective:meps stressed Neutral
        collective:meps asked Neutral
        person:elena-popescu said Neutral
        person:jean-luc-morel told Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_member_speaking_for_a_group_is_tagged_by_country() {
    check(&[(
        "Speaking for Renew Europe, Maarten de Wit (NL) welcomed the focus on enlargement.",
        &[("person:maarten-de-wit", "welcomed", Support)],
    )]);
}
