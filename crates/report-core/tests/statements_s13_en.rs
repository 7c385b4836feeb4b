//! Statements in the English phrasings of session 13's invented reports (a Council outcome, a
//! Parliament plenary summary, an agency board's minutes, a press release): verbs the table
//! lacked (`spoke in favour of`, `sought clarification`, `reassured`, `closed the meeting`),
//! `argued against`, and `remained unconvinced`.

mod statement_rows;

use report_core::Stance;
use statement_rows::check;

#[test]
fn spoke_takes_its_stance_from_its_preposition() {
    use Stance::*;
    check(&[
        (
            "Latvia spoke in favour of the proposal.",
            &[("country:lv", "spoke favour", Support)],
        ),
        (
            "Estonia spoke against the proposal.",
            &[("country:ee", "spoke against", Oppose)],
        ),
        (
            "Latvia spoke out against the proposal.",
            &[("country:lv", "spoke out", Oppose)],
        ),
        // `about` and `on` name the subject: an `against` after them is the matter's.
        (
            "Estonia spoke about the measures against fraud.",
            &[("country:ee", "spoke about", Neutral)],
        ),
    ]);
}

#[test]
fn argued_against_opposes() {
    use Stance::*;
    check(&[
        (
            "Belgium argued against a gradual approach.",
            &[("country:be", "argued against", Oppose)],
        ),
        (
            "Belgium argued that the measures against fraud were sufficient.",
            &[("country:be", "argued", Neutral)],
        ),
    ]);
}

#[test]
fn more_english_speech_verbs() {
    use Stance::*;
    check(&[
        (
            "The Commission reassured ministers that the rules would be flexible.",
            &[("org:european-commission", "reassured", Neutral)],
        ),
        (
            "Ireland sought clarification on the scope.",
            &[("country:ie", "sought", Neutral)],
        ),
        (
            "The Commission clarified that the text was final.",
            &[("org:european-commission", "clarified", Neutral)],
        ),
        (
            "The Chair closed the meeting.",
            &[("role:chair", "closed", Neutral)],
        ),
        (
            "Sweden commended the presidency for its work.",
            &[("country:se", "commended", Support)],
        ),
        (
            "Hungary disagreed with the approach.",
            &[("country:hu", "disagreed", Oppose)],
        ),
        (
            "Slovakia deplored the lack of progress.",
            &[("country:sk", "deplored", Oppose)],
        ),
        (
            "Finland doubted that the deadline was realistic.",
            &[("country:fi", "doubted", Reservation)],
        ),
        // A body's report is no speaker: the verb needs the actor as its subject.
        ("The proposal of the Commission closed the gap.", &[]),
    ]);
}

#[test]
fn remained_unconvinced_is_a_reservation() {
    use Stance::*;
    check(&[(
        "Lithuania remained unconvinced.",
        &[("country:lt", "remained unconvinced", Reservation)],
    )]);
}

#[test]
fn members_of_a_body_in_lower_case_speak() {
    use Stance::*;
    check(&[
        (
            "Members of the committee asked the Executive Director to present an action plan.",
            &[("collective:members", "asked", Neutral)],
        ),
        (
            "Members of the board welcomed the plan.",
            &[("collective:members", "welcomed", Support)],
        ),
    ]);
}
