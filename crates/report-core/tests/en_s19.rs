//! Session 19: English documents nobody had shown the analyzer (fixtures under `fixtures/s19`):
//! the conclusions of a European Council set by pdftotext (a cover note, Roman parts, numbered
//! paragraphs with footnote marks, `EUCO 12/26` footers), a European Parliament's written
//! questions with the Commission's answers, …

mod metadata_rows;
mod outline_text;
mod statement_rows;

use expect_test::{expect, Expect};
use outline_text::outline_text;
use report_core::{analyze_text, Config, Stance::*};

const EUCO: &str = include_str!("fixtures/s19/euco-conclusions-pdftotext-en.txt");

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn numbered_paragraphs_of_conclusions_are_no_headings() {
    // `2. The European Council welcomes … under Pillar II.1`: the footnote's mark after the
    // full stop leaves it a sentence; so is `14. Hungary does not support … (paragraphs 1 to
    // 4).2`.
    check_outline(
        EUCO,
        expect![[r#"
            0 [I] UKRAINE
            1 [II] MIDDLE EAST
            2 [III] COMPETITIVENESS
              3 [-] Energy
            4 [IV] MIGRATION
            5 [V] OTHER ITEMS
        "#]],
    );
}

#[test]
fn the_cover_note_titles_dates_and_numbers_the_conclusions() {
    let r = analyze_text(EUCO, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("European Council meeting (19 and 20 March 2026) – Conclusions")
    );
    assert_eq!(format!("{:?}", r.metadata.kind), "MeetingReport");
    // The meeting's two days are the subject's; the `Brussels, 20 March 2026` line over the
    // cover dates the document.
    assert_eq!(r.metadata.meeting_dates, ["2026-03-19", "2026-03-20"]);
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-03-20"));
    assert_eq!(r.metadata.place.as_deref(), Some("Brussels"));
    // A short number keeps its series: `12/26` alone names nothing.
    assert_eq!(
        r.metadata.reference.as_ref().map(|r| r.dossier.as_str()),
        Some("EUCO 12/26")
    );
}

#[test]
fn the_european_councils_statements_go_on_under_it() {
    let r = analyze_text(EUCO, &Config::default());
    let rows: Vec<String> = r
        .statements
        .iter()
        .map(|s| format!("{} {} {:?}", s.actor, s.verb, s.stance))
        .collect();
    expect![[r#"
        org:european-council reiterates Support
        org:european-council condemns Oppose
        org:european-council welcomes Support
        org:european-council calls on Neutral
        org:european-council underlines Neutral
        org:european-council stresses Neutral
        org:european-council invites Neutral
        org:european-council recalls Neutral
        org:european-council calls for Support
        org:european-council condemns Oppose
        org:european-council calls on Neutral
        org:european-council calls for Support
        org:european-council asks Neutral
        org:european-council welcomes Support
        org:european-council encourages Neutral
        org:european-council rejects Oppose
        org:european-council discussed Neutral
        org:european-council supports Support
        org:european-council held discussion Neutral
        org:european-council welcomes Support
        org:european-council calls for Support
        org:european-council recalls Neutral
        org:european-council approves Support
        org:european-council takes note Neutral
        country:hu does support Oppose"#]]
    .assert_eq(&rows.join("\n"));
}

#[test]
fn session_19_statements() {
    statement_rows::check(&[
        // A summit's present tense.
        (
            "The European Council condemns the attacks and invites the Council to act.",
            &[
                ("org:european-council", "condemns", Oppose),
                ("org:european-council", "invites", Neutral),
            ],
        ),
        (
            "The European Council approves the recommendations. It takes note of the report.",
            &[
                ("org:european-council", "approves", Support),
                ("org:european-council", "takes note", Neutral),
            ],
        ),
        // `It` is the body that opened the sentence before, never a person.
        (
            "The Commission presented the plan. It stresses that time is short.",
            &[
                ("org:european-commission", "presented", Neutral),
                ("org:european-commission", "stresses", Neutral),
            ],
        ),
        (
            "Ms Anna Berg presented the plan. It stresses that time is short.",
            &[("person:anna-berg", "presented", Neutral)],
        ),
        // After its verb `it` is the object.
        (
            "The Commission tabled a proposal and Germany supported it.",
            &[("country:de", "supported", Support)],
        ),
        (
            "Hungary does not support the text on Ukraine.",
            &[("country:hu", "does support", Oppose)],
        ),
    ]);
}
