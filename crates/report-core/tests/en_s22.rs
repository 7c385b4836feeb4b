//! Session 22: English documents nobody had shown the analyzer (fixtures under `fixtures/s22`):
//! a Justice and Home Affairs Council outcome set by pdftotext without form feeds or blank
//! lines (a footer of three lines, `Any other business` with a bulleted list, participants one
//! field a line), an agency's annual activity report with its Management Board and a part
//! numbered `II (a)`, the remarks and Q&A of a president's press conference, and European
//! Council conclusions under a cover note with numbered paragraphs, set by pdftotext with the
//! document's number on the cover and over each page number.

mod actor_rows;
mod fixture_file;
mod outline_text;
mod statement_rows;

use expect_test::expect;
use outline_text::outline_text;
use report_core::Stance::*;
use statement_rows::{all_rows, check, statements_in};

const JHA: &str = "s22/en-outcome-jha-raw-pdftotext.txt";
const AGENCY: &str = "s22/en-annual-report-agency-board.txt";
const PRESS: &str = "s22/en-press-conference-euco-qa.txt";
const EUCO: &str = "s22/en-euco-conclusions-numbered.txt";

/// Each person of `path` as `name | role | affiliation`, one a line.
fn people(path: &str) -> String {
    actor_rows::people(&fixture_file::report(path))
}

/// Each statement of `path` as `actor verb stance`, one a line.
fn statements(path: &str) -> String {
    all_rows(&fixture_file::report(path))
}

#[test]
fn a_council_footer_without_form_feeds_is_furniture() {
    // `13207/26` ⏎ `3` ⏎ `EN` at each page's foot: the item after the page break and the
    // PARTICIPANTS heading stand on their own.
    let r = fixture_file::report(JHA);
    assert!(!r.text.contains("13207/26 3"), "footer left in the text");
    assert!(!r.text.contains("EN Child"), "footer's EN left in the text");
    expect![[r#"
        0 [-] ITEMS DEBATED
          1 [-] Schengen governance
          2 [-] Return regulation
          3 [-] Child sexual abuse online
          4 [-] OTHER BUSINESS
            5 [-] Current legislative proposals
            6 [-] Conference on the fight against drug trafficking
        7 [-] PARTICIPANTS
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn participants_one_field_a_line_with_a_joined_title() {
    expect![[r#"
        Stefan Lindholm | Commissioner | org:european-commission
        Helga Brandt | Federal Minister of the Interior | country:de
        Karin Lindqvist | Minister for Justice of Sweden | country:se
        Kasper Holm | Minister for Immigration and Integration | country:dk
        Sarah Dewinter | Minister for Justice | country:be
        Vít Rakušan | First Deputy Prime Minister and Minister of the Interior | country:cz
    "#]]
    .assert_eq(&people(JHA));
}

#[test]
fn the_outcome_statements_name_majorities_and_others() {
    expect![[r#"
        collective:ministers discussed Neutral
        collective:most-member-states support Support
        collective:others oppose Oppose
        person:stefan-lindholm welcomed Support
        org:council held debate Neutral
        collective:most-member-states support Support
        collective:several-delegations expressed Reservation
        collective:ministers support Support
        collective:nordic-countries support Support
        collective:several-delegations oppose Oppose
        country:de asked Neutral
        country:at asked Neutral
        role:presidency informed Neutral
        country:be informed Neutral
    "#]]
    .assert_eq(&statements(JHA));
}

#[test]
fn a_majority_is_most_not_several() {
    check(&[
        (
            "Most member states support the compromise.",
            &[("collective:most-member-states", "support", Support)],
        ),
        (
            "A large majority of member states welcomed the report.",
            &[("collective:most-member-states", "welcomed", Support)],
        ),
        (
            "The clear majority of delegations opposed the deadline.",
            &[("collective:most-delegations", "opposed", Oppose)],
        ),
        (
            "A minority of delegations opposed it.",
            &[("collective:several-delegations", "opposed", Oppose)],
        ),
        (
            "Some member states support it.",
            &[("collective:several-member-states", "support", Support)],
        ),
        (
            "De meeste lidstaten steunen het voorstel.",
            &[("collective:most-member-states", "steunen", Support)],
        ),
    ]);
}

#[test]
fn others_and_leaders_speak() {
    check(&[
        (
            "Others oppose the proposal.",
            &[("collective:others", "oppose", Oppose)],
        ),
        (
            "The leaders support the completion of the banking union.",
            &[("collective:leaders", "support", Support)],
        ),
        (
            "Several leaders called for more ambition.",
            &[("collective:several-leaders", "called for", Support)],
        ),
        (
            "The leaders of the Baltic states called for more air defence.",
            &[("collective:baltic-states", "called for", Support)],
        ),
        (
            "The governments of the Nordic countries welcomed the agreement.",
            &[("collective:nordic-countries", "welcomed", Support)],
        ),
        (
            "The representatives of the member states agreed.",
            &[("collective:member-states", "agreed", Support)],
        ),
        // In the middle of a sentence `others` is no actor, nor are business leaders.
        ("The rules apply to banks, among others.", &[]),
    ]);
}

#[test]
fn aob_bullets_are_the_list_of_their_section() {
    // `▪ Current legislative proposals` ⏎ a paragraph made a section, the point after a list
    // item none: under "Any other business" all of them are its list now.
    let text = "Outcome of the Council meeting\n\nMain results\n\nGas storage\n\n\
                Ministers agreed on the regulation.\n\nAny other business\n\n\
                ▪ Current legislative proposals\nThe Presidency informed ministers about the files.\n\n\
                ▪ Work programme of the incoming presidency\nInformation from the Irish delegation\n\n\
                ▪ Outcome of the informal meeting\nThe Presidency informed ministers about the meeting.\n";
    expect![[r#"
        0 [-] Main results
          1 [-] Gas storage
        2 [-] Any other business
    "#]]
    .assert_eq(&outline_text(&report_core::analyze_text(
        text,
        &report_core::Config::default(),
    )));
}

#[test]
fn an_agencys_boards_are_its_own() {
    let r = fixture_file::report(AGENCY);
    let affiliation = |id: &str| {
        r.actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.affiliation.clone())
    };
    assert_eq!(
        affiliation("org:management-board"),
        Some(Some("org:fra".to_string()))
    );
    assert_eq!(
        affiliation("org:executive-board"),
        Some(Some("org:fra".to_string()))
    );
    assert_eq!(
        affiliation("org:staff-committee"),
        Some(Some("org:fra".to_string()))
    );
    // Another body's service keeps its own owner.
    assert_eq!(
        affiliation("org:ias"),
        Some(Some("org:european-commission".to_string()))
    );
}

#[test]
fn an_agency_report_with_a_lettered_part() {
    expect![[r#"
        0 [-] Foreword
        1 [I] Achievements of the year
          2 [1.1] Research and data
          3 [1.2] Cooperation with institutions
        4 [II] Management
          5 [2.1] Management Board
          6 [2.2] Budgetary and financial management
          7 [2.3] Human resources management
        8 [III] Assessment of the effectiveness of the internal control systems
          9 [-] Declaration of assurance
    "#]]
    .assert_eq(&outline_text(&fixture_file::report(AGENCY)));
}

#[test]
fn an_agency_report_statements() {
    expect![[r#"
        org:management-board adopted Support
        org:european-parliament asked Neutral
        collective:most-member-states support Support
        collective:several-member-states oppose Oppose
        org:management-board welcomed Support
        org:management-board adopted Support
        person:sirpa-lindgren presented Neutral
        org:staff-committee called for Support
        org:ias recommended Neutral
    "#]]
    .assert_eq(&statements(AGENCY));
}

#[test]
fn press_questions_are_no_sections_and_ask_nothing() {
    let r = fixture_file::report(PRESS);
    assert!(
        r.sections()
            .iter()
            .all(|s| !s.title.starts_with("Question")),
        "{}",
        outline_text(&r)
    );
    // `Do the leaders support …?` asks; the answers speak.
    assert_eq!(statements_in(&r, "Do the leaders"), Vec::<String>::new());
    expect![[r#"
        collective:leaders support Support
        collective:most-member-states want Support
        collective:others oppose Oppose
        collective:leaders endorsed Support
        person:tomas-reinholt welcome Support
        country:hu did not support Oppose
        person:tomas-reinholt told Neutral
        person:tomas-reinholt will continue Neutral
        org:european-commission will present Neutral
        collective:most-member-states called for Support
        collective:leaders asked Neutral
        collective:several-leaders called for Support
        role:commissioner presented Neutral
        collective:most-delegations support Support
    "#]]
    .assert_eq(&statements(PRESS));
}

#[test]
fn a_role_line_under_a_name_gives_its_country() {
    // An outcome's cover: `President` ⏎ the name ⏎ `Minister … of Sweden`, as a signature sets
    // it; the country the role line names is the person's, as in apposition.
    let r = report_core::analyze_text(
        "Outcome of the Council meeting\n\nPresident\n\nKarin Lindqvist\n\n\
         Minister for Justice of Sweden\n\nThe Council discussed the pact.\n",
        &report_core::Config::default(),
    );
    let person = r
        .actors
        .iter()
        .find(|a| a.id == "person:karin-lindqvist")
        .expect("the president is a person");
    assert_eq!(
        person.role.as_deref(),
        Some("Minister for Justice of Sweden")
    );
    assert_eq!(person.affiliation.as_deref(), Some("country:se"));
}

#[test]
fn conclusions_with_their_reference_on_the_cover_and_in_each_footer() {
    // `EUCO 7/26` on the cover, then `EUCO 7/26` ⏎ `2` ⏎ `EN` at each page's foot: the footers
    // go, and the roman part numbers on lines of their own head their parts.
    let r = fixture_file::report(EUCO);
    assert_eq!(
        r.metadata.reference.as_ref().map(|x| x.dossier.as_str()),
        Some("EUCO 7/26")
    );
    expect![[r#"
        0 [I] UKRAINE
        1 [II] EUROPEAN DEFENCE AND SECURITY
        2 [III] COMPETITIVENESS
        3 [IV] MIGRATION
        4 [V] OTHER ITEMS
    "#]]
    .assert_eq(&outline_text(&r));
    expect![[r#"
        org:european-council reiterates Support
        org:european-council calls for Support
        org:european-council invites Neutral
        org:european-council welcomes Support
        org:european-council underlines Neutral
        org:european-council welcomes Support
        org:european-council calls on Neutral
        org:european-council invites Neutral
        org:european-council stresses Neutral
        org:european-council calls on Neutral
        org:european-council takes note Neutral
        org:european-council held discussion Neutral
        org:european-council calls for Support
        org:european-council welcomes Support
        org:european-council condemns Oppose
        org:european-council approves Support
        org:european-council endorses Support
    "#]]
    .assert_eq(&statements(EUCO));
}
