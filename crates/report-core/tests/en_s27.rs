//! Session 27: English Council documents of kinds nobody had shown the analyzer (fixtures under
//! `fixtures/s27`): the Council's public draft minutes with their statements for the minutes,
//! the remarks of the Eurogroup's president with the journalists' questions, and the chair's
//! summary of an informal meeting of leaders, numbered paragraph by paragraph. And the weak
//! spots these show: the future of one who announces (`will present`), a leaders' summary's
//! bare `Leaders`, a rank before a word that is no name's, an untitled speaker in the
//! remarks' headline.

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

const MINUTES: &str = "s27/en-draft-minutes-gac-statements.txt";
const REMARKS: &str = "s27/en-remarks-eurogroup-president-qa.txt";
const SUMMARY: &str = "s27/en-chairs-summary-informal-meeting.txt";

#[test]
fn the_future_of_one_who_announces_is_a_statement() {
    check(&[
        (
            "The Commission will present a first report in 2027.",
            &[("org:european-commission", "will present", Neutral)],
        ),
        (
            "The Presidency will submit a new version to Coreper.",
            &[("role:presidency", "will submit", Neutral)],
        ),
        (
            "Germany will support the compromise.",
            &[("country:de", "will support", Support)],
        ),
        (
            "The Presidency intends to convene a conference in December.",
            &[("role:presidency", "intends to", Neutral)],
        ),
        // What others expect of them is no one's statement.
        (
            "Ministers are expected to return to the matter in January.",
            &[],
        ),
        // The future of an act that says nothing.
        ("The Commission will need more time.", &[]),
        ("The Council will meet again in January.", &[]),
    ]);
}

#[test]
fn abstaining_and_dissociating_in_the_present_and_past() {
    check(&[
        (
            "Austria and Malta abstain on the regulation.",
            &[
                ("country:at", "abstain", Reservation),
                ("country:mt", "abstain", Reservation),
            ],
        ),
        (
            "Hungary dissociated itself from paragraph 7.",
            &[("country:hu", "dissociated", Oppose)],
        ),
    ]);
}

#[test]
fn leaders_at_a_sentences_start_are_the_leaders() {
    check(&[(
        "Leaders discussed the situation in the Middle East.",
        &[("collective:leaders", "discussed", Neutral)],
    )]);
    // `leaders` of anything else are not the summit's.
    check(&[("Business leaders discussed the situation.", &[])]);
}

#[test]
fn a_rank_before_a_word_that_is_no_name_names_no_one() {
    let text = "Subject: 4012th meeting of the Council\n(General Affairs)\n\
                held in Brussels on 17 November 2026\n";
    assert!(
        actors(text, "person:").is_empty(),
        "{:?}",
        actors(text, "person:")
    );
    assert_eq!(
        actors(
            "General Ingrid Halvorsen presented the advice.\n",
            "person:"
        ),
        [(
            "person:ingrid-halvorsen".to_string(),
            Some("General".to_string()),
            None
        )]
    );
}

#[test]
fn the_headline_of_remarks_names_an_untitled_speaker() {
    let text = "Remarks by Tiago Mendonça following the Eurogroup meeting of 3 November 2026\n\n\
                Good evening. I welcome the agreement reached last week.\n";
    assert_eq!(
        statements_quoting(text, "agreement"),
        ["person:tiago-mendonca welcome Support"]
    );
    // A headline without `by` names no speaker.
    let text = "Tiago Mendonça following the Eurogroup meeting\n\n\
                Good evening. I welcome the agreement reached last week.\n";
    assert!(statements_quoting(text, "agreement").is_empty());
}
