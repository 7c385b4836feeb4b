//! Session 34: English documents about a Council meeting in layouts nobody had shown the
//! analyzer (fixtures under `fixtures/s34`): the European Parliament's verbatim report of a
//! plenary debate on the preparation of a European Council, the President-in-Office of the
//! Council speaking first and last, the groups' speakers labelled `Name, on behalf of the X
//! Group. –` and the members `Name (Group). –`; an older (2015) Council press release marked
//! `PROVISIONAL VERSION`, its participants listed `Country:` over name and office, its items
//! under `ITEMS DEBATED`, `ANY OTHER BUSINESS` and `OTHER ITEMS APPROVED` in capitals; a German
//! ministry's English web report of an ECOFIN, `Published 3 December 2026` under its headline.
//! And the weak spots these show.

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

const DEBATE: &str = "s34/en-ep-plenary-verbatim-debate-council-statement.txt";
const EPSCO: &str = "s34/en-press-release-epsco-2015-provisional-version.txt";
const MINISTRY: &str = "s34/en-german-ministry-report-ecofin-web.txt";

#[test]
fn the_plenary_debate_on_the_european_council() {
    let r = fixture_file::report(DEBATE);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("Verbatim report of proceedings"), letter_date: None, meeting_dates: ["2026-11-25"], place: Some("Strasbourg"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [7] Preparation of the European Council of 10-11 December 2026
          1 [-] Catch-the-eye procedure
          2 [-] Written statements (Rule 178)
        3 [8] Voting time
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Piotr Sadowski | Executive Vice-President of the Commission | org:european-commission
        Lena Johansson-Berg | President-in-Office of the Council | org:council
        Agnieszka Pawlak | - | org:ecr-group
        Aoife Gallagher | - | org:greens-efa
        Dorota Kamińska | - | org:epp-group
        Élodie Marchand | - | org:patriots-for-europe
        Henrik Lund | - | org:s-and-d
        Isabel Montero Ruiz | - | org:s-and-d
        Jacek Wołowski | - | org:ecr-group
        Kostas Dimitriou | - | org:the-left
        Manfred Kessler | - | org:epp-group
        Markus Hollenstein | - | org:esn-group
        Ruud Verbeek | - | org:renew-europe
        Tomás Ó Briain | - | org:renew-europe
        Valeria Bianchi | - | org:epp-group
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        role:presidency will continue Neutral
        person:lena-johansson-berg will report back Neutral
        org:council agreed Support
        org:european-commission welcomes Support
        org:european-commission stands ready Support
        person:piotr-sadowski want Support
        org:epp-group supports Support
        person:manfred-kessler call on Neutral
        org:s-and-d regret Reservation
        person:isabel-montero-ruiz demand Neutral
        org:s-and-d regrets Reservation
        org:renew-europe welcomes Support
        person:ruud-verbeek warn Reservation
        org:greens-efa oppose Oppose
        org:greens-efa calls for Support
        org:ecr-group rejects Oppose
        org:patriots-for-europe oppose Oppose
        person:elodie-marchand call for Support
        org:the-left warns Neutral
        person:kostas-dimitriou reject Oppose
        person:valeria-bianchi welcome Support
        person:tomas-o-briain support Support
        org:council mentioned Neutral
        person:agnieszka-pawlak disagree Oppose
        org:european-commission takes note Neutral
        person:lena-johansson-berg agree Support
        role:presidency will propose Neutral
        person:dorota-kaminska call on Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_older_epsco_press_release() {
    let r = fixture_file::report(EPSCO);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("3434th Council meeting"), letter_date: None, meeting_dates: ["2015-12-07"], place: Some("Brussels"), reference: Some(Reference { dossier: "14926/15", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Main results of the Council
        1 [-] PARTICIPANTS
        2 [-] ITEMS DEBATED
          3 [-] CARCINOGENS DIRECTIVE
          4 [-] EUROPEAN SEMESTER 2016
          5 [-] ANY OTHER BUSINESS
            6 [a] Tripartite Social Summit
            7 [b] Work programme of the incoming presidency
        8 [-] OTHER ITEMS APPROVED
          9 [-] EMPLOYMENT AND SOCIAL POLICY
            10 [-] Social economy
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Marc Weiler | Minister for Labour, Employment and the Social and Solidarity Economy | country:lu
        Jens Ole Brandstrup | Minister for Employment | country:dk
        Martina Kollárová | Commissioner | org:european-commission
        Alastair Grieve | Minister of State for Employment | country:gb
        Anna Lindqvist | Confederal Secretary | org:etuc
        Bart van der Heijden | Minister for Social Affairs and Employment | country:nl
        Declan Faherty | Minister of State for Business and Employment | country:ie
        Desislava Nikolova | Deputy Minister for Labour and Social Policy | country:bg
        Hélène Vasseur | Minister for Labour, Employment, Vocational Training and Social Dialogue | country:fr
        Katrin Hollweg | Parliamentary State Secretary to the Federal Minister for Labour and Social Affairs | country:de
        Kris Peetersmans | Deputy Prime Minister and Minister for Employment, Economy and Consumer Affairs | country:be
        Luis Aragón Prieto | Secretary of State for Employment | country:es
        Ylva Nordström | Minister for Employment | country:se
    "#]].assert_eq(&people(&r));
    expect![[r#"
        org:council held debate Neutral
        org:council adopted Support
        collective:most-delegations welcomed Support
        country:de supported Support
        country:de asked Neutral
        country:gb abstained Reservation
        country:dk expressed Reservation
        collective:ministers held debate Neutral
        person:martina-kollarova presented Neutral
        collective:several-ministers stressed Neutral
        country:fr called for Support
        person:jens-ole-brandstrup said Neutral
        role:presidency informed Neutral
        person:anna-lindqvist stressed Neutral
        country:nl presented Neutral
        org:council adopted Support
        person:marc-weiler said Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_german_ministrys_ecofin_report() {
    let r = fixture_file::report(MINISTRY);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("ECOFIN Council in Brussels: Ministers agree on the savings and investments union"), letter_date: Some("2026-12-03"), meeting_dates: ["2026-12-02"], place: Some("Brussels"), reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Savings and investments union
        1 [-] Economic governance
        2 [-] Taxation
        3 [-] Other items
        4 [-] Next steps
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Jörg Ahlmann | Federal Minister of Finance | -
        Katharina Lemberg | State Secretary of the Federal Ministry of Finance | country:de
        Niamh Costigan | President of the Eurogroup | org:eurogroup
        Piotr Sadowski | Executive Vice-President of the Commission | org:european-commission
        Tadeusz Wróblewski | Minister of Finance | country:pl
        Ulrike Brandes | Member of the European Parliament | org:european-parliament
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        collective:ministers agree Support
        person:jorg-ahlmann welcomed Support
        person:jorg-ahlmann said Neutral
        country:de supported Support
        country:fr backed Support
        country:it backed Support
        country:lu maintained Reservation
        country:ie maintained Reservation
        role:presidency will report back Neutral
        org:council approved Support
        collective:ministers discussed Neutral
        person:piotr-sadowski presented Neutral
        person:katharina-lemberg stressed Neutral
        person:katharina-lemberg said Neutral
        country:nl supported Support
        country:at supported Support
        collective:several-member-states called for Support
        org:council could not agree Oppose
        country:hu continued to oppose Oppose
        country:mt continued to oppose Oppose
        role:presidency concluded Neutral
        collective:ministers adopted Support
        person:ulrike-brandes urged Neutral
        org:european-commission informed Neutral
        org:eib presented Neutral
        person:niamh-costigan briefed Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_european_social_partners_officer_belongs_to_it() {
    // Before: `Anna Berg | Confederal Secretary | -`, the ETUC no actor.
    let text = "Any other business\n\nETUC Confederal Secretary Anna Berg stressed that the \
                social partners must be heard. BusinessEurope Director General Jan Peeters \
                welcomed the text.\n";
    expect![[r#"
        Anna Berg | Confederal Secretary | org:etuc
        Jan Peeters | Director General | org:businesseurope
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
    // A union no list knows gives no organisation.
    let text = "Any other business\n\nUnion Confederal Secretary Anna Berg stressed that the \
                social partners must be heard.\n";
    expect![[r#"
        Anna Berg | Confederal Secretary | -
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn report_back_reports_and_backs_no_one() {
    // Before: `would report back` was `would back`, support; `will report back` was `will
    // report`, `reported back` was `reported`.
    check(&[
        (
            "The Presidency would report back to the Council.",
            &[("role:presidency", "would report back", Neutral)],
        ),
        (
            "The Presidency will report back to the Council.",
            &[("role:presidency", "will report back", Neutral)],
        ),
        (
            "The Presidency reported back on the talks.",
            &[("role:presidency", "reported back", Neutral)],
        ),
        // Backing a text is still support.
        (
            "The Netherlands would back the text.",
            &[("country:nl", "would back", Support)],
        ),
    ]);
}

#[test]
fn continued_to_oppose_holds_the_view_after_to() {
    // Before: no statement (the particle `to oppose` was cut off at the verb `oppose`).
    check(&[
        (
            "Hungary and Malta continued to oppose the minimum rates.",
            &[
                ("country:hu", "continued to oppose", Oppose),
                ("country:mt", "continued to oppose", Oppose),
            ],
        ),
        (
            "Poland continues to support the proposal.",
            &[("country:pl", "continues to support", Support)],
        ),
        // Going on with the work says nothing; a `continued support` is an adjective's.
        ("The Presidency continued to work on the text.", &[]),
        (
            "Japan thanked the EU for its continued support for the resolution of the issue.",
            &[("country:jp", "thanked", Support)],
        ),
    ]);
}

#[test]
fn a_web_pages_publication_line_dates_it() {
    // Before: no date.
    let date = |text: &str| analyze_text(text, &Config::default()).metadata.letter_date;
    let page = "Federal Ministry of Finance\n\nECOFIN Council in Brussels: ministers agree\n\n\
                Published 3 December 2026\n\nThe Council met on 2 December 2026.\n";
    assert_eq!(date(page).as_deref(), Some("2026-12-03"));
    // A sentence that opens with the word is no such line.
    let sentence = page.replace(
        "Published 3 December 2026",
        "Published in 2026 by the Ministry of Finance, the report was read on 3 December 2026.",
    );
    assert_eq!(date(&sentence), None);
}

const TURNS: &str = "Preparation of the European Council (debate)\n\n\
    Manfred Kessler, on behalf of the PPE Group. – Madam President, my group supports the \
    Presidency's approach.\n\n\
    Kostas Dimitriou, on behalf of The Left Group. – Madam President, the Left warns that \
    military spending is crowding out social investment. Our group rejects the instrument.\n\n\
    Isabel Montero Ruiz, on behalf of the S&D Group. – Madam President, the Socialists and \
    Democrats regret the draft.\n";

#[test]
fn a_speakers_own_group_speaks_in_her_turn() {
    // Before: no statement for `my group`, `our group`, `the Left`, `the Socialists and
    // Democrats`.
    let r = analyze_text(TURNS, &Config::default());
    expect![[r#"
        org:epp-group supports Support
        org:the-left warns Neutral
        org:the-left rejects Oppose
        org:s-and-d regret Reservation
    "#]]
    .assert_eq(&all_rows(&r));
    // Outside a turn `my group` is no one; a group's members are not the speaker's group.
    assert!(statements_quoting("Report\n\nMy group supports the text.\n", "group").is_empty());
    let text = TURNS.replace("my group supports", "the group's members support");
    assert_eq!(
        statements_quoting(&text, "members support"),
        ["collective:members support Support"]
    );
}

#[test]
fn left_names_the_group_but_not_a_national_party_or_a_participle() {
    // Before: only `The Left` with its capital article was the group (`the Left warns` had no
    // subject). A national party and a sentence's participle `Left` are not it.
    let text = "Debate\n\nThe Left Party of Sweden voted against. Left unchecked, spending \
                grows. The Left warns against cuts.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        org:left-party | Left Party | - | 1
        org:the-left | The Left group | org:european-parliament | 1
    "#]]
    .assert_eq(&rows_of(&r, &["org:"]));
}

#[test]
fn a_participles_aside_after_a_name_is_no_statement_of_it() {
    // Before: `person:anna-berg invited Neutral` beside `stressed`.
    check(&[
        (
            "ETUC Confederal Secretary Anna Berg, invited to the lunch, stressed that the \
             social partners must be heard.",
            &[("person:anna-berg", "stressed", Neutral)],
        ),
        // A subject that ends before another aside keeps its verb after it.
        (
            "The Council, after a long debate, agreed to extend the measures.",
            &[("org:council", "agreed", Support)],
        ),
        (
            "The Presidency invited delegations to send comments.",
            &[("role:presidency", "invited", Neutral)],
        ),
    ]);
}

#[test]
fn a_headline_that_places_a_council_makes_a_meeting_report() {
    // Before: kind `Other`, no place, and (once the page was dated by its publication line)
    // that day would have been the meeting's too.
    let page = "Federal Ministry of Finance\n\nECOFIN Council in Brussels: ministers agree on \
                the capital markets\n\nPublished 3 December 2026\n\nThe minister travelled to \
                Brussels on 2 December 2026 for the meeting.\n";
    let r = analyze_text(page, &Config::default());
    expect![[r#"MeetingReport | Some("ECOFIN Council in Brussels: ministers agree on the capital markets") | Some("2026-12-03") | ["2026-12-02"] | Some("Brussels")"#]].assert_eq(&metadata_rows::head(&r));
    // A headline of progress in a place names no Council: no meeting report.
    let other = page.replace("ECOFIN Council in Brussels", "Progress in Brussels");
    let r = analyze_text(&other, &Config::default());
    expect![[r#"Other | Some("Progress in Brussels: ministers agree on the capital markets") | Some("2026-12-03") | [] | None"#]]
        .assert_eq(&metadata_rows::head(&r));
}
