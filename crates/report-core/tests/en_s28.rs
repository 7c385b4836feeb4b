//! Session 28: English Council documents of kinds nobody had shown the analyzer (fixtures under
//! `fixtures/s28`): a note of the General Secretariat to Coreper on a working party's outcome,
//! with its delegations by adjective and by two-letter code; the joint press statement of an
//! Association Council with a third country; a national ministry's report on a Council
//! meeting. And the weak spots these show.

mod actor_rows;
mod fixture_file;
mod outline_text;
mod statement_rows;

use actor_rows::{actors, people};
use expect_test::expect;
use outline_text::outline_text;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{all_rows, check, statements_quoting};

const NOTE: &str = "s28/en-coreper-note-gsc-delegations-codes.txt";
const JOINT: &str = "s28/en-association-council-joint-press-statement-web.txt";
const IRISH: &str = "s28/en-ireland-ministry-report-agrifish-council.txt";

#[test]
fn the_delegations_of_countries_named_by_adjective_are_those_countries() {
    check(&[
        (
            "The Hungarian and Polish delegations entered a parliamentary scrutiny reservation.",
            &[
                ("country:hu", "entered reservation", Reservation),
                ("country:pl", "entered reservation", Reservation),
            ],
        ),
        (
            "The Spanish and French Ministers supported the compromise.",
            &[
                ("country:es", "supported", Support),
                ("country:fr", "supported", Support),
            ],
        ),
        (
            "De Hongaarse en Poolse delegaties steunden het voorstel.",
            &[
                ("country:hu", "steunden", Support),
                ("country:pl", "steunden", Support),
            ],
        ),
        // The whole group is still the group.
        (
            "The delegations supported the compromise.",
            &[("collective:delegations", "supported", Support)],
        ),
    ]);
    let text = "The Hungarian and Polish delegations entered a reservation.\n";
    assert!(
        actors(text, "collective:").is_empty(),
        "{:?}",
        actors(text, "collective:")
    );
}

#[test]
fn a_countrys_side_speaks_for_it_and_both_sides_are_one_actor() {
    check(&[
        (
            "The Ukrainian side informed the Association Council about the front line.",
            &[("country:ua", "informed", Neutral)],
        ),
        (
            "Both sides welcomed the adoption of the package.",
            &[("collective:both-sides", "welcomed", Support)],
        ),
        (
            "The parties agreed to meet again in Kyiv.",
            &[("collective:both-sides", "agreed", Support)],
        ),
        // A side of anything else is no one's.
        ("The demand side informed the analysis.", &[]),
    ]);
}

#[test]
fn a_file_code_on_the_cover_is_no_committee() {
    let text = "Council of the\nEuropean Union\n\n                    AGRI 611\n                    ENV 1034\n\n\
                NOTE\n\nThe AGRI committee met on 3 May. AGRI 611 is the file.\n";
    let ids: Vec<String> = actors(text, "org:agri").into_iter().map(|a| a.0).collect();
    // The committee in running text, once: not the cover's code, nor a code within a line.
    let r = analyze_text(text, &Config::default());
    let agri = r.actors.iter().find(|a| a.id == "org:agri");
    assert_eq!(ids, ["org:agri"]);
    assert_eq!(agri.map(|a| a.mentions.len()), Some(2));
    // Alone on its line with its number only, the code names no one.
    assert!(actors("                    AGRI 611\n", "org:").is_empty());
}

#[test]
fn a_numbered_line_that_a_list_finishes_is_no_heading() {
    let text = "I. WAY FORWARD\n\n9. The Presidency considers that the text is balanced.\n\n\
                10. In light of the above, the Permanent Representatives Committee is invited to:\n\n\
                - confirm the mandate;\n\n- take note of the issues.\n";
    expect![[r#"
        0 [I] WAY FORWARD
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
    // A numbered heading with a colon of its own stays one.
    let text = "1. Fisheries:\n\nThe Council reached agreement.\n\n2. Agriculture:\n\nMinisters debated.\n";
    expect![[r#"
        0 [1] Fisheries
        1 [2] Agriculture
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn a_minister_of_state_is_a_title_and_a_portfolio_may_end_with_the() {
    let text = "Minister of State Áine Gallagher attended. Minister of State Gallagher outlined \
                Ireland's position. The Minister of State welcomed the increase.\n\n\
                Minister for Agriculture, Food and the Marine, Mr Cathal Brennan T.D., \
                represented Ireland.\n";
    expect![[r#"
        Áine Gallagher | Minister of State | -
        Cathal Brennan | Minister for Agriculture, Food and the Marine | country:ie
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
    assert!(
        actors(text, "role:").is_empty(),
        "{:?}",
        actors(text, "role:")
    );
    assert_eq!(
        statements_quoting(text, "increase"),
        ["person:aine-gallagher welcomed Support"]
    );
}

#[test]
fn one_who_represented_a_country_is_that_countrys() {
    let text = "Mr Cathal Brennan, Minister for Agriculture, represented Ireland. \
                Mr Jan Berg represented the Commission.\n\n\
                Sweden was represented by the Minister for Trade, Ms Anna Lind.\n";
    // The Commission is no country: Berg stays without one.
    expect![[r#"
        Anna Lind | Minister for Trade | country:se
        Cathal Brennan | Minister for Agriculture | country:ie
        Jan Berg | - | -
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn a_participants_row_joined_to_the_next_still_gives_its_role() {
    // The layout joins the list's lines into one paragraph.
    let text = "Participants\n\nPresident of the European Council, Mr Tomasz Wrona\n\
                Prime Minister of Denmark, Ms Mette Sørensen\n\
                President of the European Commission, Ms Ursula Brandt\n\
                High Representative of the Union for Foreign Affairs, Ms Kaja Lepik\n";
    expect![[r#"
        Kaja Lepik | High Representative of the Union for Foreign Affairs | org:eeas
        Mette Sørensen | Prime Minister | country:dk
        Tomasz Wrona | President of the European Council | org:european-council
        Ursula Brandt | President of the European Commission | org:european-commission
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn the_high_representatives_full_title_takes_a_name_in_apposition() {
    let text = "Participants\n\nHigh Representative of the Union for Foreign Affairs and Security \
                Policy, Ms Kaja Lepik\n";
    expect![[r#"
        Kaja Lepik | High Representative of the Union for Foreign Affairs and Security Policy | org:eeas
    "#]].assert_eq(&people(&analyze_text(text, &Config::default())));
    // Alone, it is still the role.
    let text = "The High Representative of the Union for Foreign Affairs and Security Policy \
                stressed the point.\n";
    assert_eq!(
        statements_quoting(text, "point"),
        ["role:high-representative stressed Neutral"]
    );
}

#[test]
fn the_president_of_a_body_is_that_bodys_president_not_another_president() {
    let text = "President Volodymyr Kovalenko joined by video conference.\n\n\
                The President of the European Council will report to the leaders. \
                The President of the Commission presented options.\n\n\
                ANNEX\n\nPresident of the European Council, Mr Tomasz Wrona\n\
                President of the European Commission, Ms Ursula Brandt\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        Tomasz Wrona | President of the European Council | org:european-council
        Ursula Brandt | President of the European Commission | org:european-commission
        Volodymyr Kovalenko | President | -
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        person:tomasz-wrona will report Neutral
        person:ursula-brandt presented Neutral
    "#]]
    .assert_eq(&all_rows(&r));
    // The one president of the text, with no body of his own, is still the body's.
    let text = "President Ana Ruiz opened the meeting. The President of the Eurogroup said \
                that the budgets were sound.\n";
    assert_eq!(
        statements_quoting(text, "budgets"),
        ["person:ana-ruiz said Neutral"]
    );
}

#[test]
fn a_notes_dateline_dates_the_note_and_its_subject_the_meeting() {
    let meta = |text: &str| analyze_text(text, &Config::default()).metadata;
    // The fixture's cover, as pdftotext sets it, and its first paragraph.
    let fixture = String::from_utf8(fixture_file::read(NOTE)).unwrap();
    let text = &fixture[..fixture.find("2.      The Working Party").unwrap()];
    let m = meta(text);
    assert_eq!(m.letter_date.as_deref(), Some("2026-12-09"));
    assert_eq!(m.meeting_dates, ["2026-12-03"]);
    // A subject that names no meeting's day leaves the meeting undated.
    let m = meta(&text.replace("\n                  on 3 December 2026", ""));
    assert_eq!(m.letter_date.as_deref(), Some("2026-12-09"));
    assert!(m.meeting_dates.is_empty(), "{:?}", m.meeting_dates);
    // Without the note's fields, the subject that names the meeting's day still dates it
    // (session 32: a one-day dateline later than the title's day dates the document).
    let m = meta(&text.replace("From:", "Origin").replace("To:", "Recipient"));
    assert_eq!(m.meeting_dates, ["2026-12-03"]);
}

#[test]
fn a_ministrys_report_is_dated_by_its_own_line_under_the_meetings() {
    let text = "Department of Agriculture\n\nReport on the Agriculture and Fisheries Council\n\
                Brussels, 14-15 December 2026\n\nDublin, 18 December 2026\n\n\
                Introduction\n\nThe Council met in Brussels.\n";
    let m = analyze_text(text, &Config::default()).metadata;
    assert_eq!(m.meeting_dates, ["2026-12-14", "2026-12-15"]);
    assert_eq!(m.letter_date.as_deref(), Some("2026-12-18"));
    // A line of an earlier day dates no report.
    let m = analyze_text(
        &text.replace("18 December", "1 December"),
        &Config::default(),
    )
    .metadata;
    assert_eq!(m.letter_date, None);
}

#[test]
fn the_coreper_note() {
    let r = fixture_file::report(NOTE);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Proposal for a Regulation of the European Parliament and of the Council on soil monitoring and resilience (Soil Monitoring Law) - Preparation for the trilogue - Outcome of the meeting of the Working Party on the Environment"), letter_date: Some("2026-12-09"), meeting_dates: ["2026-12-03"], place: Some("Brussels"), reference: Some(Reference { dossier: "16422/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [I] INTRODUCTION
        1 [II] MAIN OUTSTANDING ISSUES
          2 [a] Definitions (Article 3)
          3 [b] Monitoring framework (Articles 6 to 9)
          4 [c] Delegated and implementing acts (Article 19)
        5 [III] WAY FORWARD
        6 [-] ANNEX
          7 [-] Proposal for a Regulation on soil monitoring and resilience
          8 [-] Presidency compromise text (changes compared to doc. 15977/26 in bold)
          9 [-] Article 3
            10 [-] Definitions
          11 [-] Article 19
            12 [-] Delegated acts
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        org:european-parliament adopted Support
        country:hu entered reservation Reservation
        country:pl entered reservation Reservation
        country:dk maintained Reservation
        country:se maintained Reservation
        org:european-commission entered reservation Reservation
        collective:most-delegations supported Support
        country:be supported Support
        country:de supported Support
        country:fr supported Support
        country:lu supported Support
        country:nl supported Support
        country:at requested Neutral
        country:cz requested Neutral
        country:it opposed Oppose
        country:it suggested Neutral
        country:it indicated Neutral
        country:gr indicated Neutral
        country:it could accept Support
        country:gr could accept Support
        role:presidency noted Neutral
        collective:several-delegations questioned Reservation
        country:es questioned Reservation
        country:pt questioned Reservation
        country:ro questioned Reservation
        collective:several-delegations asked Neutral
        country:es asked Neutral
        country:pt asked Neutral
        country:ro asked Neutral
        country:fi voted against Oppose
        country:ie abstained Reservation
        country:sk expressed Reservation
        org:european-commission explained Neutral
        country:de opposed Oppose
        country:dk opposed Oppose
        country:nl opposed Oppose
        collective:most-delegations could accept Support
        country:pl opposed Oppose
        country:hu supported Support
        org:european-commission reiterated Neutral
        role:presidency considers Neutral
    "#]]
    .assert_eq(&all_rows(&r));
    let ids: Vec<&str> = r.actors.iter().map(|a| a.id.as_str()).collect();
    expect!["org:european-commission role:presidency org:council org:european-parliament org:working-party collective:most-delegations country:de country:dk country:hu country:it country:nl country:pl collective:delegations collective:member-states collective:several-delegations country:at country:be country:cz country:es country:fi country:fr country:gr country:ie country:lu country:pt country:ro country:se country:sk org:gsc"].assert_eq(&ids.join(" "));
}

#[test]
fn the_joint_press_statement() {
    let r = fixture_file::report(JOINT);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Joint press statement following the 11th EU-Ukraine Association Council"), letter_date: None, meeting_dates: ["2026-11-24"], place: Some("Brussels"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Russia's war of aggression against Ukraine
        1 [-] Accession process and reforms
        2 [-] Trade and energy
        3 [-] Next steps
        4 [-] Visit the meeting page
        5 [-] Meeting information
        6 [-] Press contacts
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Jonas Varga | Commissioner for Enlargement | org:european-commission
        Oleksandr Hrytsenko | Prime Minister | -
        Marta Elorriaga | Vice-President of the Commission | org:european-commission
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        org:eu reaffirmed Neutral
        country:ua reaffirmed Neutral
        org:eu condemned Oppose
        org:eu reiterated Support
        collective:both-sides welcomed Support
        collective:both-sides agreed Support
        country:ua informed Neutral
        role:high-representative stressed Neutral
        collective:member-states will continue Support
        org:eu welcomed Support
        collective:both-sides underlined Neutral
        country:ua presented Neutral
        org:eu encouraged Neutral
        person:oleksandr-hrytsenko said Neutral
        collective:both-sides welcomed Support
        country:ua asked Neutral
        org:european-commission confirmed Neutral
        org:eu discussed Neutral
        country:ua discussed Neutral
        person:jonas-varga announced Neutral
        country:ua thanked Neutral
        collective:both-sides agreed Support
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_ministrys_report() {
    let r = fixture_file::report(IRISH);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("Report on the Agriculture and Fisheries Council"), letter_date: Some("2026-12-18"), meeting_dates: ["2026-12-14", "2026-12-15"], place: Some("Brussels"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Introduction
        1 [1] Fishing opportunities for 2027
        2 [2] Common agricultural policy post-2027
        3 [3] Any other business
          4 [a] Situation in the pigmeat market
          5 [b] Animal welfare during transport
        6 [-] Next meeting
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Áine Gallagher | Minister of State | -
        Cathal Brennan | Minister for Agriculture, Food and the Marine | country:ie
        Mikkel Toft | Minister for Food, Agriculture and Fisheries | country:dk
        Piotr Zalewski | Commissioner for Agriculture and Food | org:european-commission
        Rasa Vaitkutė | Minister of Agriculture | country:lt
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        org:council reached agreement Support
        person:aine-gallagher outlined Neutral
        person:aine-gallagher welcomed Support
        person:aine-gallagher regretted Reservation
        org:european-commission proposed Neutral
        person:aine-gallagher stressed Neutral
        country:es supported Support
        country:fr supported Support
        person:mikkel-toft said Neutral
        person:mikkel-toft called for Support
        country:dk voted against Oppose
        country:se voted against Oppose
        collective:ministers held debate Neutral
        person:piotr-zalewski presented Neutral
        person:cathal-brennan outlined Neutral
        person:cathal-brennan welcomed Support
        person:cathal-brennan expressed Reservation
        collective:several-member-states opposed Oppose
        country:fr opposed Oppose
        country:at opposed Oppose
        country:pl opposed Oppose
        country:nl argued Neutral
        country:se argued Neutral
        country:pl informed Neutral
        country:pl requested Neutral
        collective:several-member-states supported Support
        org:european-commission said Neutral
        country:de presented Neutral
        country:be presented Support
        country:lu presented Support
        country:nl presented Support
        country:ie did not support Oppose
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_closing_heading_and_a_closing_date_after_the_items() {
    let text = "Report on the Council\n\nIntroduction\n\nThe Council met in Brussels.\n\n\
                1. Fisheries\n\nThe Council reached agreement.\n\n\
                2. Any other business\n\n(a) Pigmeat\n\nThe Commission informed ministers.\n\n\
                Next meeting\n\nThe Council will meet again in January.\n\n\
                Department of Agriculture, Food and the Marine\n\nDecember 2026\n";
    expect![[r#"
        0 [-] Introduction
        1 [1] Fisheries
        2 [2] Any other business
          3 [a] Pigmeat
        4 [-] Next meeting
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
    // Without an opening introduction, an unnumbered heading after a point stays under it.
    let text =
        "1. Fisheries\n\nThe Council reached agreement.\n\n(a) Cod\n\nMinisters debated.\n\n\
                Next steps\n\nThe Commission will report.\n";
    expect![[r#"
        0 [1] Fisheries
          1 [a] Cod
            2 [-] Next steps
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn a_delegation_voting_against_after_with_votes_so() {
    check(&[
        (
            "The Council adopted the regulation, with the Hungarian delegation voting against.",
            &[
                ("org:council", "adopted", Support),
                ("country:hu", "voting against", Oppose),
            ],
        ),
        // Voting without a side says nothing.
        (
            "The Council adopted the regulation, with Hungary voting today.",
            &[("org:council", "adopted", Support)],
        ),
    ]);
}
