//! Session 32: English documents about a Council meeting of kinds nobody had shown the
//! analyzer (fixtures under `fixtures/s32`): the outcome of a Competitiveness Council saved as
//! plain text by Word (form feeds, `15012/26 JV/ab 3` ⏎ `COMPET.1 LIMITE EN` footers, parts in
//! capitals over `Legislative deliberations`); the summary record of the Special Committee on
//! Agriculture, the delegations' positions given by their codes; a joint press statement after
//! an EU summit with an African country, its paragraphs numbered. And the weak spots these show.

mod actor_rows;
mod fixture_file;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use actor_rows::{people, rows_of};
use expect_test::expect;
use outline_text::outline_text;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{all_rows, check, statements_quoting};

const OUTCOME: &str = "s32/en-outcome-compet-council-word-plaintext.txt";
const RECORD: &str = "s32/en-sca-summary-record-delegation-positions.txt";
const SUMMIT: &str = "s32/en-eu-ghana-summit-joint-statement-web.txt";

#[test]
fn a_document_number_after_doc_does_not_end_the_sentence() {
    let text = "The Council took note of the progress report (doc. 14876/26). \
                The Presidency informed ministers.\n";
    assert_eq!(
        statements_quoting(text, "(doc. 14876/26)."),
        ["org:council took note Neutral"]
    );
    // Nor in the plural.
    let text = "The Council approved the conclusions (docs. 14322/26 and 14323/26).\n";
    assert_eq!(
        statements_quoting(text, "14323/26)."),
        ["org:council approved Support"]
    );
    // Before a capital the stop still ends a sentence.
    let text = "The report is in the doc. The Presidency informed ministers.\n";
    assert_eq!(
        statements_quoting(text, "The Presidency informed"),
        ["role:presidency informed Neutral"]
    );
    assert!(statements_quoting(text, "in the doc.")
        .iter()
        .all(|r| !r.contains("presidency")));
}

#[test]
fn an_adverb_of_extent_between_subject_and_verb_is_stepped_over() {
    check(&[
        (
            "Delegations broadly welcomed the draft conclusions.",
            &[("collective:delegations", "welcomed", Support)],
        ),
        (
            "The ministers unanimously supported the proposal.",
            &[("collective:ministers", "supported", Support)],
        ),
        (
            "Member States generally agreed with the approach.",
            &[("collective:member-states", "agreed", Support)],
        ),
    ]);
    // A word that is no such adverb still breaks the subject from the verb.
    check(&[("Delegations quickly then welcomed the draft.", &[])]);
}

#[test]
fn a_maintained_opposition_or_reservation_is_a_stance() {
    check(&[
        (
            "AT and SI maintained their opposition to the deregulation.",
            &[
                ("country:at", "maintained", Oppose),
                ("country:si", "maintained", Oppose),
            ],
        ),
        (
            "Poland maintained its scrutiny reservation on the text.",
            &[("country:pl", "maintained", Reservation)],
        ),
        (
            "Germany maintained its support for the compromise.",
            &[("country:de", "maintained", Support)],
        ),
        // Without such an object the verb takes no stance.
        (
            "France maintained that the text was balanced.",
            &[("country:fr", "maintained", Neutral)],
        ),
    ]);
}

/// Three pages of a Word document saved as plain text, each closed by its footer, the last an
/// annex's.
const ANNEX_FOOTER: &str = "Outcome of the Council meeting\n\nThe Council met.\n\n\
    1.\tFirst item\n\nThe Council approved the text.\n\n\
    15012/26\t\tJV/ab\t2\n\tCOMPET.1\tLIMITE\tEN\n\x0c\
    2.\tSecond item\n\nThe Council took note of the report.\n\n\
    15012/26\t\tJV/ab\t3\n\tCOMPET.1\tLIMITE\tEN\n\x0c\
    ANNEX\n\nStatement by the Czech Republic\n\nThe Czech Republic supports the text.\n\n\
    15012/26\t\tJV/ab\t4\nANNEX\tCOMPET.1\tLIMITE\tEN\n";

#[test]
fn an_annex_pages_footer_opened_by_its_label_is_furniture() {
    let r = analyze_text(ANNEX_FOOTER, &Config::default());
    assert!(!outline_text(&r).contains("COMPET"), "{}", outline_text(&r));
    assert!(!r.text.contains("ANNEX\tCOMPET"), "{}", r.text);
    assert!(!r.text.contains("JV/ab"), "{}", r.text);
    // A line opened by `ANNEX` whose rest is no footer stays.
    let text = ANNEX_FOOTER.replace("ANNEX\tCOMPET.1", "ANNEX\tCOMPETITION");
    let r = analyze_text(&text, &Config::default());
    assert!(r.text.contains("ANNEX\tCOMPETITION"), "{}", r.text);
}

const PARTS: &str = "Outcome of the Council meeting\n\nThe Council met in Brussels.\n\n\
    INTERNAL MARKET AND INDUSTRY\n\nLegislative deliberations\n\n\
    1. Single Market Emergency Instrument\n\nThe Council reached a general approach.\n\n\
    Non-legislative activities\n\n\
    2. Competitiveness check-up\n\nMinisters held a policy debate.\n\n\
    3. Conference on industry\n\nThe Irish delegation informed ministers.\n\n\
    RESEARCH AND SPACE\n\nNon-legislative activities\n\n\
    4. Research infrastructures\n\nThe Council approved conclusions.\n";

#[test]
fn a_part_in_capitals_over_legislative_deliberations_holds_the_groups() {
    expect![[r#"
        0 [-] INTERNAL MARKET AND INDUSTRY
          1 [-] Legislative deliberations
            2 [1] Single Market Emergency Instrument
          3 [-] Non-legislative activities
            4 [2] Competitiveness check-up
            5 [3] Conference on industry
        6 [-] RESEARCH AND SPACE
          7 [-] Non-legislative activities
            8 [4] Research infrastructures
    "#]]
    .assert_eq(&outline_text(&analyze_text(PARTS, &Config::default())));
    // Parts in capitals under the groups ("Items debated" ⏎ "TRADE" ⏎ "1. …") keep their
    // place under their group.
    let text = "Outcome of the Council meeting\n\nThe Council met in Brussels.\n\n\
                Legislative deliberations\n\nTRADE POLICY\n\nEU-Mercosur agreement\n\n\
                The Council discussed the agreement.\n\nINTERNAL MARKET\n\nSingle Market\n\n\
                The Council took note.\n";
    let outline = outline_text(&analyze_text(text, &Config::default()));
    assert!(
        outline.starts_with("0 [-] Legislative deliberations\n  1 [-] TRADE POLICY"),
        "{outline}"
    );
}

#[test]
fn a_country_outside_europe_speaks_and_places_its_ministers() {
    check(&[
        (
            "Ghana regretted the long processing times of visa applications.",
            &[("country:gh", "regretted", Reservation)],
        ),
        (
            "The Ivorian delegation welcomed the agreement.",
            &[("country:ci", "welcomed", Support)],
        ),
        (
            "Chile called for a swift ratification.",
            &[("country:cl", "called for", Support)],
        ),
    ]);
    let text = "Ms Efua Boateng, Minister for Foreign Affairs of Ghana, attended.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        person:efua-boateng | Efua Boateng | country:gh | 1
    "#]]
    .assert_eq(&rows_of(&r, &["person:"]));
}

#[test]
fn the_competitiveness_council_outcome() {
    let r = fixture_file::report(OUTCOME);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("OUTCOME OF THE COUNCIL MEETING"), letter_date: Some("2026-12-04"), meeting_dates: ["2026-11-27", "2026-11-28"], place: Some("Brussels"), reference: Some(Reference { dossier: "15012/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] INTERNAL MARKET AND INDUSTRY
          1 [-] Legislative deliberations
            2 [1] Regulation on a Single Market Emergency Instrument
            3 [2] Regulation on late payments in commercial transactions
          4 [-] Non-legislative activities
            5 [3] Competitiveness check-up: the state of the Single Market
            6 [-] Any other business
            7 [4] (poss.) Current legislative proposals
            8 [5] Conference on the Future of Industry (Cork, 14-15 October 2026)
            9 [6] Work programme of the incoming Presidency
        10 [-] RESEARCH AND SPACE
          11 [-] Non-legislative activities
            12 [7] European Research Area: Council conclusions on research infrastructures
            13 [8] (poss.) Any other business
              14 [a] Space Law
              15 [b] Ministerial meeting of the European Space Agency (Bremen, 20 November 2026)
        16 [-] ANNEX
          17 [-] Statement by the Czech Republic
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Helga Brandauer | Federal Minister for Labour and Economy | country:at
        Maarten Verhoef | Commissioner | org:european-commission
        Tomás Ó Briain | Minister of State for Enterprise, Trade and Employment | country:ie
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        role:presidency presented Neutral
        collective:most-delegations supported Support
        country:de abstained Reservation
        country:nl abstained Reservation
        country:hu voted against Oppose
        person:maarten-verhoef welcomed Support
        person:maarten-verhoef said Neutral
        country:pl did not support Oppose
        country:pl regretted Reservation
        org:council took note Neutral
        collective:several-delegations expressed Reservation
        country:fr opposed Oppose
        country:it opposed Oppose
        country:at supported Support
        country:se supported Support
        country:fi supported Support
        collective:ministers held debate Neutral
        person:helga-brandauer stressed Neutral
        role:es-minister called for Support
        org:european-commission noted Neutral
        role:presidency informed Neutral
        country:ie informed Neutral
        country:lt presented Neutral
        org:council approved Support
        org:european-commission informed Neutral
        country:fr briefed Neutral
        country:de briefed Neutral
        country:cz supports Support
        country:cz regrets Reservation
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_special_committee_on_agricultures_summary_record() {
    let r = fixture_file::report(RECORD);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("SUMMARY RECORD of the meeting of the Special Committee on Agriculture"), letter_date: Some("2026-11-18"), meeting_dates: ["2026-11-09"], place: Some("Brussels"), reference: Some(Reference { dossier: "5521/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [1] Adoption of the agenda
        1 [2] Proposal for a Regulation on plants obtained by certain new genomic techniques
        2 [3] Market situation, in particular following the avian influenza outbreaks
        3 [4] Draft Council conclusions on generational renewal in agriculture
        4 [5] Any other business
          5 [a] Fisheries consultations with Norway
          6 [b] Agri-food trade with Ukraine
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Aoife Kinsella | Chair | -
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        person:aoife-kinsella presented Neutral
        country:de supported Support
        country:fr supported Support
        country:nl supported Support
        country:pl entered reservation Reservation
        country:hu entered reservation Reservation
        country:cy abstained Reservation
        country:at maintained Oppose
        country:si maintained Oppose
        country:ro asked Neutral
        country:bg asked Neutral
        role:european-commission-representative recalled Neutral
        role:european-commission-representative warned Reservation
        person:aoife-kinsella concluded Neutral
        country:it called for Support
        country:es called for Support
        country:pt called for Support
        country:dk did not support Oppose
        country:se did not support Oppose
        country:lv welcomed Support
        person:aoife-kinsella concluded Neutral
        collective:delegations welcomed Support
        country:gr requested Neutral
        country:hr requested Neutral
        country:fi entered reservation Reservation
        role:european-commission-representative did not object Neutral
        person:aoife-kinsella concluded Neutral
        org:special-committee-on-agriculture agreed Support
        country:dk informed Neutral
        country:ie expressed Reservation
        country:fr expressed Reservation
        country:pl raised Reservation
        country:hu raised Reservation
        country:sk raised Reservation
        country:pl requested Neutral
        country:hu requested Neutral
        country:sk requested Neutral
        role:european-commission-representative replied Neutral
        person:aoife-kinsella concluded Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_joint_press_statement_after_the_summit() {
    let r = fixture_file::report(SUMMIT);
    expect![[r#"Metadata { kind: Other, language: En, title: Some("Joint press statement following the 3rd EU-Ghana Summit"), letter_date: None, meeting_dates: ["2026-10-14"], place: Some("Accra"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Trade and investment
        1 [-] Peace and security
        2 [-] Migration and mobility
        3 [-] Next steps
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Agata Kowalczyk | President of the European Commission | org:european-commission
        Erik Lindqvist | President of the European Council | org:european-council
        Kwabena Asante-Mensah | President of the Republic | country:gh
        Efua Boateng | Minister for Foreign Affairs | country:gh
        Luis Ortega Navarro | High Representative of the Union for Foreign Affairs and Security Policy | org:eeas
    "#]].assert_eq(&people(&r));
    expect![[r#"
        country:gh | Ghana | - | 13
        org:eu | European Union | - | 9
        collective:leaders | EU leaders | - | 4
        collective:both-sides | both sides | - | 2
        org:european-commission | European Commission | - | 1
        org:european-council | European Council | - | 1
    "#]]
    .assert_eq(&rows_of(&r, &["country:gh", "collective:", "org:eu"]));
    expect![[r#"
        collective:leaders reaffirmed Neutral
        collective:both-sides welcomed Support
        org:eu underlined Neutral
        person:kwabena-asante-mensah called for Support
        person:agata-kowalczyk stressed Neutral
        collective:leaders expressed Reservation
        collective:leaders agreed Support
        collective:leaders condemned Oppose
        collective:leaders expressed Neutral
        collective:leaders called for Support
        org:eu welcomed Support
        country:gh thanked Neutral
        org:eu reiterated Support
        country:gh recalled Support
        country:gh called for Support
        collective:both-sides agreed Support
        country:gh regretted Reservation
        collective:leaders agreed Support
        person:erik-lindqvist said Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_title_in_capitals_goes_on_in_lower_case_to_where_the_meeting_was_held() {
    let text = "COUNCIL OF THE EUROPEAN UNION\n\nBrussels, 18 November 2026\n\n\
                SUMMARY RECORD\nof the meeting of the Special Committee on Agriculture\n\
                held in Brussels on 9 November 2026\n\n\
                1. Adoption of the agenda\n\nThe agenda was adopted.\n";
    let r = analyze_text(text, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("SUMMARY RECORD of the meeting of the Special Committee on Agriculture")
    );
    // A paragraph in lower case that is not `of the …` is no part of it.
    let text = text.replace("of the meeting of", "concerning the meeting of");
    let r = analyze_text(&text, &Config::default());
    assert_eq!(r.metadata.title.as_deref(), Some("SUMMARY RECORD"));
}

#[test]
fn the_committee_alone_is_the_committee_of_the_gazetteer_named_before() {
    let text = "Summary record of the meeting of the Special Committee on Agriculture\n\n\
                1. Fisheries\n\nDK informed the Committee about the consultations.\n\n\
                The Chair concluded that the Committee had taken note of the information.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        org:special-committee-on-agriculture | Special Committee on Agriculture | - | 3
    "#]]
    .assert_eq(&rows_of(&r, &["org:special"]));
    // With no committee named before it, `the Committee` is no one.
    let text = "1. Fisheries\n\nDK informed the Committee about the consultations.\n";
    let r = analyze_text(text, &Config::default());
    assert!(
        r.actors.iter().all(|a| !a.name.contains("Committee")),
        "{:?}",
        r.actors
    );
}

#[test]
fn coming_back_to_an_issue_backs_no_one() {
    check(&[
        (
            "The Chair concluded that the Committee would come back to the issue.",
            &[("role:chair", "concluded", Neutral)],
        ),
        (
            "Germany would come back to the issue at the next meeting.",
            &[],
        ),
        // `would back` itself still supports.
        (
            "Germany would back the compromise.",
            &[("country:de", "would back", Support)],
        ),
    ]);
}

#[test]
fn a_portfolio_listed_with_commas_goes_on_before_a_second_office() {
    let text = "Outcome of the Council meeting\n\nThe Council met in Brussels.\n\n\
                \"We reached a good deal,\" said Seamus Doherty, Irish Minister for Agriculture, \
                Food and the Marine and President of the Council.\n";
    expect![[r#"
        Seamus Doherty | Irish Minister for Agriculture, Food and the Marine and President of the Council | country:ie
    "#]].assert_eq(&people(&analyze_text(text, &Config::default())));
    // Without the second office the list ends at the stop, as before.
    let one = text.replace(" and President of the Council.", ".");
    expect![[r#"
        Seamus Doherty | Irish Minister for Agriculture, Food and the Marine | country:ie
    "#]]
    .assert_eq(&people(&analyze_text(&one, &Config::default())));
}
