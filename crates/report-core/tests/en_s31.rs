//! Session 31: English documents about a Council meeting of kinds nobody had shown the
//! analyzer (fixtures under `fixtures/s31`): a member state's ministry page reporting on a
//! Justice and Home Affairs Council in English, its own positions under `Finland's position:`
//! in the first person plural; a summary of a European Council meeting as a web page, its
//! results in bullets per topic; a Council's conclusions set by `pdftotext`, their operative
//! clauses opened by verbs in capitals under `THE COUNCIL OF THE EUROPEAN UNION`. And the weak
//! spots these show.

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use actor_rows::people;
use expect_test::expect;
use metadata_rows::head;
use outline_text::outline_text;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{all_rows, check, statements_quoting};

const MINISTRY: &str = "s31/en-finland-ministry-report-jha-council-web.txt";
const SUMMARY: &str = "s31/en-european-council-summary-leaders-web.txt";
const CONCLUSIONS: &str = "s31/en-council-conclusions-water-resilience-pdftotext.txt";

#[test]
fn a_pages_report_on_or_summary_of_a_meeting_is_a_meeting_report() {
    let text = "European Council\nCouncil of the European Union\n\n\
                Summary of the European Council meeting, 26-27 June 2026\n\n\
                Brussels, 27 June 2026\n\nMain results\n\n\
                EU leaders met in Brussels on 26 and 27 June 2026.\n";
    expect![[r#"MeetingReport | Some("Summary of the European Council meeting, 26-27 June 2026") | Some("2026-06-27") | ["2026-06-26", "2026-06-27"] | Some("Brussels")"#]]
    .assert_eq(&head(&analyze_text(text, &Config::default())));
    let text = "Ministry of the Interior\n\nReport on the Justice and Home Affairs Council, \
                11-12 December 2026\n\nThe Council met in Brussels on 11-12 December 2026.\n";
    expect![[r#"MeetingReport | Some("Report on the Justice and Home Affairs Council, 11-12 December 2026") | None | ["2026-12-11", "2026-12-12"] | Some("Brussels")"#]]
    .assert_eq(&head(&analyze_text(text, &Config::default())));
    // A report on something other than a meeting announces no meeting report.
    let text = "Ministry of the Interior\n\nReport on the implementation of the asylum rules\n\n\
                The report was published today.\n";
    assert_ne!(
        analyze_text(text, &Config::default()).metadata.kind,
        report_core::DocumentKind::MeetingReport
    );
}

#[test]
fn a_press_releases_hour_written_with_a_dot_still_dates_it() {
    let text = "Ministry of the Interior\n\nPRESS RELEASE\n15.12.2026 14.05\n\n\
                Report on the Justice and Home Affairs Council, 11-12 December 2026\n\n\
                The Council met in Brussels on 11-12 December 2026.\n";
    expect![[r#"MeetingReport | Some("Report on the Justice and Home Affairs Council, 11-12 December 2026") | Some("2026-12-15") | ["2026-12-11", "2026-12-12"] | Some("Brussels")"#]]
    .assert_eq(&head(&analyze_text(text, &Config::default())));
}

const CLAUSES: &str = "\
Council conclusions on water

THE COUNCIL OF THE EUROPEAN UNION

1. RECALLS the Commission Communication on water;

2. WELCOMES the objective of water efficiency and ENCOURAGES the Member States to set targets;

3. DOES NOT SUPPORT the creation of a new instrument at this stage, and
   CALLS ON the Commission to use the existing ones;

4. REGRETS that the uptake of funding remains low.
";

#[test]
fn operative_clauses_in_capitals_are_said_by_the_preamble_subject() {
    let r = analyze_text(CLAUSES, &Config::default());
    expect![[r#"
        org:council recalls Neutral
        org:council welcomes Support
        org:council encourages Neutral
        org:council does not support Oppose
        org:council calls on Neutral
        org:council regrets Reservation
    "#]]
    .assert_eq(&all_rows(&r));
    // The preamble is no section: the clauses stay in the conclusions' section.
    expect![""].assert_eq(&outline_text(&r));
    // With a comma after the subject, and for the European Council too.
    let text = CLAUSES.replace(
        "THE COUNCIL OF THE EUROPEAN UNION\n",
        "THE EUROPEAN COUNCIL,\n",
    );
    let rows = all_rows(&analyze_text(&text, &Config::default()));
    assert!(
        rows.starts_with("org:european-council recalls Neutral\n"),
        "{rows}"
    );
    // A line of capitals that names no body gives the clauses no subject.
    let text = CLAUSES.replace("THE COUNCIL OF THE EUROPEAN UNION", "THE WAY FORWARD");
    let r = analyze_text(&text, &Config::default());
    assert!(all_rows(&r).is_empty(), "{}", all_rows(&r));
    // Over paragraphs that open with no verb in capitals, it stays a heading.
    let text = "Council conclusions on water\n\nTHE WAY FORWARD\n\n\
                1. Member states should set targets;\n\n2. The Commission should report.\n";
    assert!(outline_text(&analyze_text(text, &Config::default())).contains("THE WAY FORWARD"));
    // Nor do capitals in the middle of a sentence make a clause.
    let text = CLAUSES.replace("1. RECALLS", "1. The EU RECALLS");
    assert!(!all_rows(&analyze_text(&text, &Config::default())).contains("recalls"));
}

#[test]
fn a_legal_acts_number_names_no_body() {
    let text = "The Council recalled Directive 2000/60/EC and Decision 2011/190/CFSP.\n\
                The EC proposal was discussed.\n";
    let r = analyze_text(text, &Config::default());
    let commission = r
        .actors
        .iter()
        .find(|a| a.id == "org:european-commission")
        .map(|a| a.mentions.len());
    assert_eq!(commission, Some(1), "{:?}", r.actors);
}

#[test]
fn we_under_a_countrys_position_label_is_that_country() {
    let text = "Pact on Migration and Asylum\n\nThe ministers took stock of the Pact.\n\n\
                Finland's position:\nWe supported the proposal of the Commission.\n\n\
                Outcome:\nThe Council took note of the report.\n";
    assert_eq!(
        statements_quoting(text, "We supported"),
        ["country:fi supported Support"]
    );
    // A typographic apostrophe too.
    let curly = text.replace("Finland's", "Finland\u{2019}s");
    assert_eq!(
        statements_quoting(&curly, "We supported"),
        ["country:fi supported Support"]
    );
    // Without the label `we` is no one known.
    let bare = text.replace("Finland's position:\n", "");
    assert!(statements_quoting(&bare, "We supported").is_empty());
    // Nor is the label of something that is not a country.
    let other = text.replace("Finland's position:", "The Commission's position:");
    assert!(statements_quoting(&other, "We supported").is_empty());
}

#[test]
fn a_modals_not_stays_in_the_verb() {
    check(&[
        (
            "Hungary did not support the text on Ukraine.",
            &[("country:hu", "did not support", Oppose)],
        ),
        (
            "Austria did not oppose the decision this time.",
            &[("country:at", "did not oppose", Neutral)],
        ),
        (
            "Austria did oppose the decision.",
            &[("country:at", "did oppose", Oppose)],
        ),
    ]);
}

#[test]
fn a_member_state_that_will_abstain_states_a_reservation() {
    check(&[
        (
            "The Netherlands and Denmark will abstain on item 4.",
            &[
                ("country:nl", "will abstain", Reservation),
                ("country:dk", "will abstain", Reservation),
            ],
        ),
        (
            "Poland will vote against the proposal.",
            &[("country:pl", "will vote against", Oppose)],
        ),
    ]);
}

#[test]
fn a_warning_after_but_is_a_reservation() {
    check(&[
        (
            "Finland welcomed the broad support for the paper but warned that the code is too rigid.",
            &[
                ("country:fi", "welcomed", Support),
                ("country:fi", "warned", Reservation),
            ],
        ),
        (
            "Sweden warned that the costs would be high.",
            &[("country:se", "warned", Neutral)],
        ),
    ]);
}

#[test]
fn they_before_a_plural_present_speaks() {
    let text = "Hungary and Poland consider that the target must remain indicative. They regret \
                that the conclusions do not reflect their situation.\n";
    assert_eq!(
        statements_quoting(text, "They regret"),
        [
            "country:hu regret Reservation",
            "country:pl regret Reservation"
        ]
    );
}

#[test]
fn the_ministry_report() {
    let r = fixture_file::report(MINISTRY);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("Report on the Justice and Home Affairs Council, 11-12 December 2026"), letter_date: Some("2026-12-15"), meeting_dates: ["2026-12-11", "2026-12-12"], place: Some("Brussels"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Home affairs
          1 [-] Pact on Migration and Asylum: state of play of implementation
          2 [-] Instrumentalisation of migration at the external borders
          3 [-] Schengen: entry of Romania and Bulgaria into full Schengen area
        4 [-] Justice affairs
          5 [-] Regulation on combating child sexual abuse online
          6 [-] European Public Prosecutor's Office
          7 [-] Any other business
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Aino Virtanen | Finnish Minister of the Interior | country:fi
        Ville Korhonen | Minister for Justice | country:fi
        Klara Brandt | Commissioner for Internal Affairs and Migration | org:european-commission
        Maria Lindholm | European Chief Prosecutor | org:eppo
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        org:european-commission presented Neutral
        country:fi considers Neutral
        country:fi supported Support
        org:council took note Neutral
        person:klara-brandt said Neutral
        person:klara-brandt warned Reservation
        person:aino-virtanen said Neutral
        collective:ministers discussed Neutral
        country:pl presented Neutral
        country:lt presented Neutral
        country:fi presented Neutral
        country:fi welcomed Support
        country:fi warned Reservation
        country:fi regretted Reservation
        collective:several-member-states supported Support
        country:hu opposed Oppose
        country:sk opposed Oppose
        country:nl will abstain Reservation
        country:dk will abstain Reservation
        org:council adopted Support
        country:at did not oppose Neutral
        country:fi supported Support
        country:fi did not support Oppose
        country:de voted against Oppose
        country:pl voted against Oppose
        country:at voted against Oppose
        country:be abstained Reservation
        person:ville-korhonen said Neutral
        person:maria-lindholm presented Neutral
        person:maria-lindholm stressed Neutral
        country:fi welcomed Support
        role:presidency informed Neutral
        role:incoming-presidency presented Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_european_council_summary() {
    let r = fixture_file::report(SUMMARY);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("Summary of the European Council meeting, 26-27 June 2026"), letter_date: Some("2026-06-27"), meeting_dates: ["2026-06-26", "2026-06-27"], place: Some("Brussels"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Main results
          1 [-] Ukraine
          2 [-] Middle East
          3 [-] European defence and security
          4 [-] Competitiveness
          5 [-] Migration
          6 [-] Multiannual financial framework
          7 [-] Other items
        8 [-] Meeting information
          9 [-] Meeting n°: 42
          10 [-] Press contacts
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Erik Lindqvist | President of the European Council | org:european-council
        Agata Kowalczyk | President of the European Commission | org:european-commission
        Isabelle Marchetti | President of the European Central Bank | org:ecb
        Luis Ortega Navarro | High Representative | org:eeas
        Roberta Gentile | President of the European Parliament | org:european-parliament
        Tereza Dvořáková | Prime Minister of the Czech Republic and spokesperson of the Friends of Cohesion | country:cz
        Volodymyr Zelensky | President | -
    "#]].assert_eq(&people(&r));
    expect![[r#"
        org:european-council discussed Neutral
        person:agata-kowalczyk briefed Neutral
        person:erik-lindqvist said Neutral
        org:european-council held discussion Neutral
        collective:leaders reaffirmed Support
        org:european-council welcomed Support
        collective:leaders called on Neutral
        country:hu did not support Oppose
        org:european-council condemned Oppose
        org:european-council called for Support
        collective:leaders stressed Neutral
        person:luis-ortega-navarro informed Neutral
        collective:leaders agreed Support
        org:european-council invited Neutral
        collective:several-leaders insisted Neutral
        country:nl warned Reservation
        country:se warned Reservation
        org:european-council discussed Neutral
        collective:leaders welcomed Support
        collective:leaders asked Neutral
        person:isabelle-marchetti presented Neutral
        country:it presented Neutral
        country:dk presented Neutral
        country:es regretted Reservation
        person:erik-lindqvist will present Neutral
        person:tereza-dvorakova said Neutral
        org:european-council approved Support
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_council_conclusions() {
    let r = fixture_file::report(CONCLUSIONS);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("Water resilience in the European Union - Council conclusions (8 December 2026)"), letter_date: None, meeting_dates: ["2026-12-08"], place: None, reference: Some(Reference { dossier: "16204/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] ANNEX
          1 [-] Council conclusions on water resilience in the European Union
            2 [I] INTRODUCTION
            3 [II] WATER EFFICIENCY AND REUSE
            4 [III] FINANCING AND INVESTMENT
            5 [IV] GOVERNANCE AND NEXT STEPS
        6 [-] ANNEX TO THE ANNEX
          7 [-] Statement by Hungary and Poland
          8 [-] Statement by the Netherlands
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        org:council recalls Neutral
        org:council underlines Neutral
        org:council acknowledges Neutral
        org:council notes Neutral
        org:council welcomes Support
        org:council encourages Neutral
        org:council stresses Neutral
        org:council calls on Neutral
        org:council notes Neutral
        org:council invites Neutral
        org:council regrets Reservation
        org:council urges Neutral
        org:council does not support Oppose
        org:council considers Neutral
        org:council invites Neutral
        org:council reaffirms Neutral
        org:council calls on Neutral
        org:council invites Neutral
        country:hu consider Neutral
        country:pl consider Neutral
        country:hu regret Reservation
        country:pl regret Reservation
        country:nl supports Support
        country:nl underlines Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}
