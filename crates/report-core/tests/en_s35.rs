//! Session 35: English documents about a Council meeting in layouts nobody had shown the
//! analyzer (fixtures under `fixtures/s35`): a Council press release on a general approach,
//! copied from the web, its headline `Topic: Council agrees its position …`, the minister who
//! chaired quoted as `…, Minister for … of Ireland and President of the Council`, the
//! Parliament's rapporteur `Name (PPE)`; an information note from the Presidency to the
//! delegations (pdftotext without `-layout`: the document number over the `From:`/`To:`/
//! `Subject:` labels and their values in a second run, `Delegations will find in the Annex …`,
//! the annex's Roman sections and numbered points, the page footers left in); and the Swedish
//! Government Offices' English web article on a Foreign Affairs Council, its minister quoted
//! in the present (`"…," says Karin Sjöberg`). And the weak spots these show.

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

const PRESS: &str = "s35/en-council-press-release-general-approach-web.txt";
const NOTE: &str = "s35/en-presidency-information-note-to-delegations-pdftotext.txt";
const SWEDEN: &str = "s35/en-swedish-government-article-foreign-affairs-council-web.txt";

#[test]
fn the_general_approach_press_release() {
    let r = fixture_file::report(PRESS);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("Late payments: Council agrees its position to protect small businesses"), letter_date: Some("2026-12-03"), meeting_dates: ["2026-12-03"], place: None, reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Key elements of the Council's position
        1 [-] Payment terms
        2 [-] Compensation and interest
        3 [-] Enforcement
        4 [-] Sectoral derogations
        5 [-] Positions of member states
        6 [-] Next steps
        7 [-] Background
        8 [-] Contact
        9 [-] Related links
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Ciarán Mac Giolla | Minister for Enterprise, Tourism and Employment of Ireland and President of the Council | country:ie
        Henna Lahtinen | Commissioner for Internal Market and SMEs | org:european-commission
        Martin Kogler | Federal Minister of Labour and Economy | -
        Roberta Salvini | rapporteur | org:epp-group
    "#]].assert_eq(&people(&r));
    expect![[r#"
        role:presidency | Presidency | country:ie | 2
        org:greens-efa | Greens/EFA Group | org:european-parliament | 1
    "#]]
    .assert_eq(&rows_of(&r, &["role:", "org:greens"]));
    expect![[r#"
        org:council agrees Support
        person:ciaran-mac-giolla said Neutral
        org:council clarified Neutral
        collective:several-delegations asked Neutral
        collective:most-delegations supported Support
        country:de abstained Reservation
        country:at abstained Reservation
        person:martin-kogler said Neutral
        country:at shared Neutral
        country:se agreed Support
        country:se maintained Reservation
        country:nl welcomed Support
        person:henna-lahtinen welcomed Support
        person:henna-lahtinen said Neutral
        org:european-parliament adopted Support
        org:greens-efa oppose Oppose
        org:european-commission presented Neutral
        org:european-commission According to Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_presidencys_information_note() {
    let r = fixture_file::report(NOTE);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("Outcome of the informal meeting of agriculture and fisheries ministers (Cork, 13-15 September 2026)"), letter_date: Some("2026-11-18"), meeting_dates: ["2026-09-13", "2026-09-14", "2026-09-15"], place: None, reference: Some(Reference { dossier: "15432/26", number: None, title: None }), session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] LIFT.1
        1 [-] ANNEX
          2 [-] Summary of the Presidency
            3 [I] INTRODUCTION
            4 [II] WORKING SESSION 1: ACCESS TO LAND AND FINANCE FOR YOUNG FARMERS
            5 [III] WORKING SESSION 2: THE FUTURE OF SMALL-SCALE COASTAL FISHERIES
            6 [IV] CONCLUSIONS OF THE PRESIDENCY
        7 [-] ANNEX
          8 [-] LIFT.1
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Eleni Papadaki | Commissioner for Fisheries and Oceans | org:european-commission
        Jan Dobrowolski | Commissioner for Agriculture and Food Security | org:european-commission
        Pádraig Ó Súilleabháin | Minister for Agriculture, Food and the Marine | country:ie
        Sabine Hartwig | Federal Minister of Food and Agriculture | country:de
        Tomasz Zieliński | representative of the European Parliament | org:ecr-group
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        role:presidency | Presidency | country:ie | 9
        role:president-of-the-council | President of the Council | org:council | 1
    "#]]
    .assert_eq(&rows_of(&r, &["role:"]));
    expect![[r#"
        collective:ministers held exchange Neutral
        role:presidency opened Neutral
        collective:ministers agreed Support
        collective:several-ministers said Neutral
        country:fr called for Support
        country:es called for Support
        country:de agreed Support
        country:de supported Support
        person:sabine-hartwig underlined Neutral
        country:pl expressed Reservation
        country:lt expressed Reservation
        country:pl asked Neutral
        country:lt asked Neutral
        country:at supported Support
        country:si supported Support
        person:jan-dobrowolski recalled Neutral
        org:european-commission presented Neutral
        org:european-commission said Neutral
        person:eleni-papadaki presented Neutral
        person:eleni-papadaki pointed out Neutral
        collective:several-ministers welcomed Support
        country:pt insisted Neutral
        country:hr insisted Neutral
        country:gr insisted Neutral
        country:dk opposed Oppose
        country:nl opposed Oppose
        country:ie highlighted Neutral
        country:ie asked Neutral
        person:tomasz-zielinski informed Neutral
        role:presidency concluded Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_swedish_governments_article() {
    let r = fixture_file::report(SWEDEN);
    expect![[r#"Metadata { kind: MeetingReport, language: En, title: Some("Minister for Foreign Affairs at the Foreign Affairs Council on 16 November"), letter_date: Some("2026-11-17"), meeting_dates: [], place: None, reference: None, session_year: None, addressee: None, signatories: [] }"#]].assert_eq(&format!("{:?}", r.metadata));
    expect![[r#"
        0 [-] Ukraine
        1 [-] Middle East
        2 [-] Central Asia
        3 [-] Other items
        4 [-] Contact
        5 [-] Elin Rydberg
        6 [-] Also in this section
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        Karin Sjöberg | Minister for Foreign Affairs | -
        Mikael Norrgård | High Representative for Foreign Affairs and Security Policy | org:eu
        Jonas Edberg | Minister for International Development Cooperation and Foreign Trade | -
        Oleksandr Tkachuk | Minister for Foreign Affairs | country:ua
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        collective:ministers discussed Neutral
        country:se will continue Neutral
        person:karin-sjoberg says Neutral
        country:se agreed Support
        country:se pushed for Support
        country:fi pushed for Support
        country:ee pushed for Support
        country:lv pushed for Support
        country:lt pushed for Support
        country:hu continues to block Oppose
        collective:ministers discussed Neutral
        person:mikael-norrgard presented Neutral
        country:ie called for Support
        country:es called for Support
        country:de opposed Oppose
        country:cz opposed Oppose
        person:karin-sjoberg says Neutral
        org:council adopted Support
        org:council approved Support
        org:council adopted Support
        org:green-party opposes Oppose
        collective:ministers agree Support
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_possessive_after_a_verb_is_no_subject() {
    // Before: `country:ru were against Oppose` (the Dutch-and-English `were` took `Russia`
    // after it as its inverted subject, and `against` as its stance).
    check(&[
        (
            "The main items on the agenda were Russia's war of aggression against Ukraine and \
             the Middle East.",
            &[],
        ),
        ("The main topic was Russia’s war against Ukraine.", &[]),
        // A Dutch inverted subject without a possessive still speaks.
        (
            "Daarna was Duitsland tegen het voorstel.",
            &[("country:de", "was tegen", Oppose)],
        ),
    ]);
}

#[test]
fn a_ministry_quotes_its_minister_in_the_present() {
    // Before: no statement for `"…," says Karin Sjöberg` (only `said` was a verb).
    check(&[
        (
            "\"Central Asia is an important partner for Europe,\" says Karin Sjöberg.",
            &[("person:karin-sjoberg", "says", Neutral)],
        ),
        (
            "The Netherlands says that the text is balanced.",
            &[("country:nl", "says", Neutral)],
        ),
    ]);
    // What a text says is no one's statement.
    assert!(statements_quoting(
        "Report\n\nThe regulation says that payment is due.\n",
        "says"
    )
    .is_empty());
}

#[test]
fn already_stands_between_the_auxiliary_and_the_participle() {
    // Before: `Sweden has already agreed` gave no statement (only `has agreed` did).
    check(&[
        (
            "Sweden has already agreed to the compromise.",
            &[("country:se", "agreed", Support)],
        ),
        (
            "Germany has already agreed to a top-up of national payments.",
            &[("country:de", "agreed", Support)],
        ),
        // Denied, the view turns as before.
        (
            "Hungary has not agreed to the compromise.",
            &[("country:hu", "agreed", Oppose)],
        ),
    ]);
}

#[test]
fn pushing_for_and_continuing_to_block_take_a_side() {
    // Before: no statement for either.
    check(&[
        (
            "Sweden, together with Finland, pushed for faster decisions.",
            &[
                ("country:se", "pushed for", Support),
                ("country:fi", "pushed for", Support),
            ],
        ),
        (
            "Hungary continues to block the disbursement of the fund.",
            &[("country:hu", "continues to block", Oppose)],
        ),
        // Pushing a cart, or a text pushed back, says nothing.
        ("Belgium pushed the item to the next meeting.", &[]),
    ]);
}

#[test]
fn the_greens_are_the_parliaments_group() {
    // Before: `The Greens oppose …` gave no statement: `Greens` named no actor.
    check(&[(
        "The Greens oppose any extension of the payment terms.",
        &[("org:greens-efa", "oppose", Oppose)],
    )]);
    // A national party that names itself otherwise is its own body.
    let r = analyze_text(
        "Report\n\nThe Green Party opposes the Government's line.\n",
        &Config::default(),
    );
    assert!(rows_of(&r, &["org:greens"]).is_empty());
}

#[test]
fn the_minister_who_chairs_the_council_gives_the_presidency_its_country() {
    // Before: `role:presidency` took `country:lt` from a later `under the Lithuanian
    // Presidency`; the chair's `of Ireland and President of the Council` gave it nothing.
    let text = "Press release\n\n\"We agreed,\" said Ciarán Mac Giolla, Minister for \
                Enterprise of Ireland and President of the Council.\n\nThe presidency will \
                negotiate with the Parliament. Talks will start under the Lithuanian \
                Presidency.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        role:presidency | Presidency | country:ie | 2
    "#]]
    .assert_eq(&rows_of(&r, &["role:presidency"]));
    // `Minister of the Interior of Hungary, President of the Council` says so too.
    let comma = text.replace(
        "Minister for Enterprise of Ireland and President",
        "Minister of the Interior of Hungary, President",
    );
    let r = analyze_text(&comma, &Config::default());
    expect![[r#"
        role:presidency | Presidency | country:hu | 2
    "#]]
    .assert_eq(&rows_of(&r, &["role:presidency"]));
    // A country beside the President of the European Council holds no Presidency.
    let summit = text.replace(
        "President of the Council",
        "President of the European Council",
    );
    let r = analyze_text(&summit, &Config::default());
    expect![[r#"
        role:presidency | Presidency | country:lt | 2
    "#]]
    .assert_eq(&rows_of(&r, &["role:presidency"]));
}

#[test]
fn a_single_word_after_a_plural_title_is_no_person() {
    // Before: `fisheries ministers` ⏎ `Cork, 13-15 September 2026` in a heading made a person
    // `Cork` with the role `minister`.
    let text = "ANNEX\nInformal meeting of agriculture and fisheries ministers\nCork, 13-15 \
                September 2026\n\n1. The meeting took place in Cork.\n";
    assert!(people(&analyze_text(text, &Config::default())).is_empty());
    // Two names after it are two people, as before.
    let text = "Report\n\nDe ministers Verhulst en De Kok benadrukten het belang.\n";
    expect![[r#"
        De Kok | minister | -
        Verhulst | minister | -
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn a_headline_of_the_councils_decision_makes_a_meeting_report() {
    // Before: kind `Other` for a Council press release on a general approach.
    let kind = |title: &str| {
        let text = format!("Council of the EU\nPress release\n\n{title}\n\nThe Council met.\n");
        analyze_text(&text, &Config::default()).metadata.kind
    };
    use report_core::DocumentKind::*;
    assert_eq!(
        kind("Late payments: Council agrees its position to protect small businesses"),
        MeetingReport
    );
    assert_eq!(kind("Council adopts new rules on packaging"), MeetingReport);
    // Work going on, or another body's decision, is no meeting's outcome.
    assert_eq!(kind("Packaging: Council work continues"), Other);
    assert_eq!(kind("Council of Europe agrees on a convention"), Other);
}

#[test]
fn a_members_french_group_tag_and_her_file_are_hers() {
    // Before: `Roberta Salvini (PPE) as rapporteur` was no person, and `rapporteur` a role
    // actor of its own.
    let text = "Next steps\n\nThe European Parliament adopted its position on 23 April 2024, \
                with Roberta Salvini (PPE) as rapporteur.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        Roberta Salvini | rapporteur | org:epp-group
    "#]]
    .assert_eq(&people(&r));
    assert!(rows_of(&r, &["role:"]).is_empty());
    // Personal protective equipment is no group's member.
    let text = "Health\n\nHospitals lacked personal protective equipment (PPE) in 2020.\n";
    let r = analyze_text(text, &Config::default());
    assert!(people(&r).is_empty());
    assert!(rows_of(&r, &["org:epp"]).is_empty());
    // A tag without her file keeps no role; rapporteurs' work is no role of hers.
    let text = "Next steps\n\nRoberta Salvini (PPE) welcomed the vote as rapporteurs' work.\n";
    expect![[r#"
        Roberta Salvini | - | org:epp-group
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn a_publication_line_heads_no_section() {
    // Before: `Published on 3 December 2026` under a press release's opening quote was a
    // section of its own.
    let text = "Council of the EU\nPress release\n\nLate payments: Council agrees its \
                position\n\n\"We agreed,\" said the minister.\n\nPublished on 3 December \
                2026\n\nKey elements\n\nThe Council's mandate keeps the proposal.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] Key elements
    "#]]
    .assert_eq(&outline_text(&r));
    // A heading that only names a publication stays one.
    let other = text.replace("Published on 3 December 2026", "Publications");
    expect![[r#"
        0 [-] Publications
        1 [-] Key elements
    "#]]
    .assert_eq(&outline_text(&analyze_text(&other, &Config::default())));
}

#[test]
fn a_list_in_a_together_with_phrase_shares_the_verb_whole() {
    // Before: only `Estonia, Latvia and Lithuania` pushed for it; Sweden, the subject, and
    // Finland, the list's first name, did not.
    check(&[
        (
            "Sweden, together with Finland, Estonia, Latvia and Lithuania, pushed for faster \
             decisions.",
            &[
                ("country:se", "pushed for", Support),
                ("country:fi", "pushed for", Support),
                ("country:ee", "pushed for", Support),
                ("country:lv", "pushed for", Support),
                ("country:lt", "pushed for", Support),
            ],
        ),
        // A list of subjects without such a phrase is each a subject, as before.
        (
            "Sweden, Finland, Estonia and Latvia supported the text.",
            &[
                ("country:se", "supported", Support),
                ("country:fi", "supported", Support),
                ("country:ee", "supported", Support),
                ("country:lv", "supported", Support),
            ],
        ),
    ]);
}

#[test]
fn a_ministrys_headline_over_its_publication_line_titles_it() {
    // Before: titled by the issuer (`Government Offices of Sweden`), kind `Other`; and once
    // titled, the `Updated 18 November 2026` under the publication line dated the meeting.
    let page = "Government Offices of Sweden\nMinistry for Foreign Affairs\n\nMinister for \
                Foreign Affairs at the Foreign Affairs Council on 16 November\n\nPublished 17 \
                November 2026\nUpdated 18 November 2026\n\nOn Monday 16 November, the minister \
                took part in the Council in Brussels.\n";
    let r = analyze_text(page, &Config::default());
    expect![[r#"MeetingReport | Some("Minister for Foreign Affairs at the Foreign Affairs Council on 16 November") | Some("2026-11-17") | [] | None"#]].assert_eq(&metadata_rows::head(&r));
    // A headline of a visit names no Council: titled all the same, but no meeting report.
    let visit = page.replace(
        "at the Foreign Affairs Council on 16 November",
        "to visit Kyiv and Chisinau this week",
    );
    let r = analyze_text(&visit, &Config::default());
    expect![[r#"Other | Some("Minister for Foreign Affairs to visit Kyiv and Chisinau this week") | Some("2026-11-17") | [] | None"#]].assert_eq(&metadata_rows::head(&r));
    // A letter's date field under its addressee gives it no title.
    let letter = "Aan de Voorzitter van de Tweede Kamer\n\nDatum 20 november 2026\n\nGeachte \
                  voorzitter,\n\nHierbij ontvangt u het verslag.\n";
    let r = analyze_text(letter, &Config::default());
    assert_ne!(
        r.metadata.title.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer")
    );
}
