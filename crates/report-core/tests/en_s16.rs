//! Session 16: English documents nobody had shown the analyzer (fixtures under `fixtures/s16`):
//! a committee's summary record with "Item 1:" headings and its title page in capitals, a UN
//! working group's report with numbered paragraphs, an agency's Markdown annual report and a
//! Council outcome in windows-1252.

mod actor_rows;
mod metadata_rows;
mod outline_text;
use actor_rows::actors;

use expect_test::{expect, Expect};
use metadata_rows::{check_fields, meeting_dates, signatories, FieldRow};
use outline_text::outline_text;
use report_core::{analyze_text, Config};

const RECORD: &str = include_str!("fixtures/s16/summary-record-committee-en.txt");
const UN_REPORT: &str = include_str!("fixtures/s16/un-working-group-report-en.txt");

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn metadata_of_the_session_16_documents() {
    let rows: [FieldRow; 8] = [
        (
            "a title page in capitals says where and when the meeting was held",
            "Brussels, 14 October 2025\n\nSUMMARY RECORD OF THE STANDING COMMITTEE\n\n\
             HELD IN BRUSSELS ON 23 AND 24 SEPTEMBER 2025\n\nItem 1: Adoption of the agenda\n\n\
             The agenda was adopted.\n",
            meeting_dates,
            Some("2025-09-23,2025-09-24"),
        ),
        (
            "… and the dateline above it dates the document",
            RECORD,
            |r| r.metadata.letter_date.clone(),
            Some("2025-10-14"),
        ),
        ("… in the whole record", RECORD, meeting_dates, Some("2025-09-23,2025-09-24")),
        (
            "a title in capitals goes on over the lines that open on a link word",
            RECORD,
            |r| r.metadata.title.clone(),
            Some("SUMMARY RECORD OF THE STANDING COMMITTEE ON PLANTS, ANIMALS, FOOD AND FEED"),
        ),
        (
            "a body's report on its session is titled by that line, not its issuer",
            UN_REPORT,
            |r| r.metadata.title.clone(),
            Some(
                "Report of the Working Group on Business and Community Participation on its \
                 fifth session",
            ),
        ),
        (
            "… and is a meeting report",
            UN_REPORT,
            |r| Some(format!("{:?}", r.metadata.kind)),
            Some("MeetingReport"),
        ),
        (
            "a report on a session, in a line of its own",
            "Report of the Expert Group at its 12th session\n\nGeneva, 3 March 2025\n\n\
             1. Opening\n\nThe Chair opened the session.\n",
            |r| Some(format!("{:?}", r.metadata.kind)),
            Some("MeetingReport"),
        ),
        (
            "a line in capitals in running text still is no place of meeting",
            "MINUTES OF THE BOARD\n\nTHE BOARD HELD ITS DEBATE\n\n1. Opening\n\nThe Chair opened.\n",
            meeting_dates,
            Some(""),
        ),
    ];
    check_fields(&rows);
}

#[test]
fn a_label_naming_who_serves_the_meeting_is_no_heading() {
    check_outline(
        "SUMMARY RECORD\n\nChair: Mr Henrik Solberg\n\nSecretariat: Ms Clara Moutinho\n\n\
         Chair-Rapporteur: Amara Okonkwo (Nigeria)\n\nModerator: Dr Ana Ruiz\n\n\
         Item 1: Adoption of the agenda\n\nThe agenda was adopted.\n\n\
         Item 2: Fosetyl\n\nThe Commission presented the draft.\n\n\
         Vote taken: Favourable opinion\n\nThe Chair closed the meeting.\n\n\
         Item 3: Climate: 2040 target\n\nThe Council held a debate.\n",
        expect![[r#"
            0 [1] Adoption of the agenda
            1 [2] Fosetyl
            2 [3] Climate: 2040 target
        "#]],
    );
}

#[test]
fn the_outline_of_a_summary_record() {
    check_outline(
        RECORD,
        expect![[r#"
        0 [1] Adoption of the agenda
        1 [2] Summary record of the previous meeting
        2 [3] Maximum residue levels for glyphosate in certain products
        3 [4] Import tolerances for cyantraniliprole
        4 [5] Any other business
          5 [5.1] Information from Member States on emergency authorisations
          6 [5.2] Date of the next meeting
        7 [6] Draft Commission Regulation amending Annex II to Regulation (EC) No 396/2005 as regards maximum residue levels for fosetyl
    "#]],
    );
}

#[test]
fn the_outline_of_a_un_working_group_report() {
    check_outline(
        UN_REPORT,
        expect![[r#"
        0 [I] Introduction
        1 [II] Organization of the session
          2 [A] Election of the Chair-Rapporteur
          3 [B] Attendance
          4 [C] Adoption of the agenda
        5 [III] General statements
        6 [IV] Discussion of the draft principles
        7 [V] Conclusions and recommendations
        8 [VI] Adoption of the report
    "#]],
    );
}

fn ids(text: &str, prefix: &str) -> Vec<String> {
    actors(text, prefix).into_iter().map(|a| a.0).collect()
}

#[test]
fn an_agency_named_after_a_known_body_is_an_organisation_of_its_own() {
    let rows: &[(&str, &[&str])] = &[
        (
            "The European Union Agency for Rail Interoperability (ERIA) issued 12 \
             authorisations.",
            &["org:eria"],
        ),
        // On a line of its own, after the title, set in bold.
        (
            "# Annual Activity Report 2024\n\n**European Union Agency for Rail Interoperability \
             (ERIA)**\n\nERIA said it was ready.\n",
            &["org:eria"],
        ),
        (
            "Intro text.\n\nEuropean Union Agency for Rail Interoperability (ERIA)\n\nMore \
             text.\n",
            &["org:eria"],
        ),
        // A known body with its acronym stays that body.
        (
            "The European Commission (EC) presented the report.",
            &["org:european-commission"],
        ),
    ];
    for (text, expected) in rows {
        assert_eq!(ids(text, "org:"), *expected, "{text}");
    }
}

#[test]
fn a_chair_rapporteur_on_a_label_line_is_one_person_in_one_office() {
    let text = "Report of the Working Group on its fifth session\n\n\
                Chair-Rapporteur: Amara Okonkwo (Nigeria)\n\n\
                I. Introduction\n\n\
                1. The Chair-Rapporteur introduced the revised draft principles.\n";
    let report = analyze_text(text, &Config::default());
    let people: Vec<(&str, Option<&str>, usize)> = report
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:") || a.id.starts_with("role:"))
        .map(|a| (a.id.as_str(), a.role.as_deref(), a.mentions.len()))
        .collect();
    assert_eq!(
        people,
        [("person:amara-okonkwo", Some("Chair-Rapporteur"), 3)]
    );
    let said: Vec<(&str, &str)> = report
        .statements
        .iter()
        .map(|s| (s.actor.as_str(), s.verb.as_str()))
        .collect();
    assert_eq!(said, [("person:amara-okonkwo", "introduced")]);
}

mod statement_rows;

#[test]
fn session_16_statements() {
    use report_core::Stance;
    statement_rows::check(&[
        // A mandate in apposition, its topic in lower case.
        (
            "Mr Lukas Brenner, Special Rapporteur on the right to development, noted that the \
             draft reflected the guidance.",
            &[("person:lukas-brenner", "noted", Stance::Neutral)],
        ),
        (
            "Some non-governmental organizations called for a binding instrument.",
            &[("collective:several-ngos", "called for", Stance::Support)],
        ),
        (
            "The NGOs welcomed the draft.",
            &[("collective:ngos", "welcomed", Stance::Support)],
        ),
        // A list of countries between commas is no apposition.
        (
            "Denmark, Sweden, said that the draft was good.",
            &[
                ("country:dk", "said", Stance::Neutral),
                ("country:se", "said", Stance::Neutral),
            ],
        ),
    ]);
}

const AGENCY: &str = include_str!("fixtures/s16/agency-annual-report-en.md");

#[test]
fn a_report_ending_on_a_dateline_a_name_and_a_role_is_signed() {
    let rows: [FieldRow; 4] = [
        (
            "a declaration of assurance ends the report",
            "# Annual Activity Report 2024\n\n## 1. Results\n\nThe Agency issued 41 certificates.\n\n\
             ## 2. Declaration of assurance\n\nI, the undersigned, declare that the report gives a \
             true and fair view.\n\nValenciennes, 18 June 2025\n\nIngrid Vasquez-Lehto\n\
             Executive Director\n",
            signatories,
            Some("Some(\"Executive Director\")/Some(\"Ingrid Vasquez-Lehto\")"),
        ),
        (
            "… in the whole report",
            AGENCY,
            signatories,
            Some("Some(\"Executive Director\")/Some(\"Ingrid Vasquez-Lehto\")"),
        ),
        (
            "a dateline over two lines of prose signs nothing",
            "# Annual Activity Report 2024\n\n## 1. Results\n\nThe Agency issued 41 certificates.\n\n\
             Valenciennes, 18 June 2025\n\nThe Agency thanks its staff.\n\nMore will follow.\n",
            signatories,
            Some(""),
        ),
        (
            "nor does a name and a role without a dateline",
            "# Annual Activity Report 2024\n\n## 1. Results\n\nThe Agency issued 41 certificates.\n\n\
             Ingrid Vasquez-Lehto\nExecutive Director\n",
            signatories,
            Some(""),
        ),
    ];
    check_fields(&rows);
}
