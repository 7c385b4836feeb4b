//! Session 24: English documents nobody had shown the analyzer (fixtures under `fixtures/s24`):
//! a press office's remarks after a Council meeting with the journalists' questions, set with
//! the speaker's line wrapped under the office's label, and the minutes of a European
//! Parliament committee set by `pdftotext -layout`, with a two-line footer and page numbers.

mod fixture_file;
mod statement_rows;

use expect_test::expect;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{check, row, statements_in};

const REMARKS: &str = "s24/en-press-remarks-trade-council.txt";

/// Each statement of `path` as `actor verb stance`, one a line.
fn statements(path: &str) -> String {
    fixture_file::report(path)
        .statements
        .iter()
        .map(|s| row(s) + "\n")
        .collect()
}

#[test]
fn remarks_after_a_meeting_are_titled_by_their_speakers_line() {
    // `Council of the EU` ⏎ `Statements and remarks` ⏎ `418/26` ⏎ `14/05/2026`, then the
    // speaker's line wrapped over two lines: the line is the title, the issuer is not, and
    // remarks after a meeting report on it.
    let r = fixture_file::report(REMARKS);
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Remarks by Vice-President Aurelia Montanari following the Foreign Affairs \
             Council (Trade) of 14 May 2026"
        )
    );
    assert_eq!(format!("{:?}", m.kind), "MeetingReport");
    assert_eq!(m.meeting_dates, ["2026-05-14"]);
    assert_eq!(m.letter_date.as_deref(), Some("2026-05-14"));
    assert_eq!(
        m.reference.as_ref().map(|x| x.dossier.as_str()),
        Some("418/26")
    );
}

#[test]
fn an_issuer_over_the_speakers_line_is_no_title() {
    // No press office's label: `European Council` ⏎ `Press remarks`, a dateline, then the
    // line that names the speaker.
    let text = "European Council\nPress remarks\n\nBrussels, 27 March 2026\n\n\
                Remarks by President Ana Ruiz at the press conference following the\n\
                European Council meeting of 26 and 27 March 2026\n\n\
                Good afternoon. The leaders support the proposal.\n";
    let r = analyze_text(text, &Config::default());
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some(
            "Remarks by President Ana Ruiz at the press conference following the European \
             Council meeting of 26 and 27 March 2026"
        )
    );
    assert_eq!(format!("{:?}", m.kind), "MeetingReport");
    assert_eq!(m.meeting_dates, ["2026-03-26", "2026-03-27"]);
    assert_eq!(m.letter_date.as_deref(), Some("2026-03-27"));
    assert_eq!(m.place.as_deref(), Some("Brussels"));
    // A speech at a meeting reports on none: still `other`.
    let speech = analyze_text(
        "Strasbourg, 8 October 2026\n\nSpeech by President Ana Ruiz at the European \
         Parliament plenary session\n\nHonourable Members, I support the report.\n",
        &Config::default(),
    );
    assert_eq!(format!("{:?}", speech.metadata.kind), "Other");
}

#[test]
fn nothing_said_inside_a_journalists_question_is_a_statement() {
    // `Question (Politico): Madam Vice-President, several member states oppose the
    // countermeasures.` asks the speaker; the label and the sentence are no one's view.
    let r = fixture_file::report(REMARKS);
    assert_eq!(
        statements_in(&r, "oppose the\ncountermeasures"),
        Vec::<String>::new()
    );
    assert_eq!(
        statements_in(&r, "countermeasures. Is the"),
        Vec::<String>::new()
    );
    assert!(
        r.statements
            .iter()
            .all(|s| !r.text[s.range.start..s.range.end].starts_with("Question")),
        "a question quoted"
    );
    for text in [
        "Question (Reuters): Mr President, Hungary opposes the sanctions. Will you wait?",
        "Q (AFP): Several member states oppose it. Is that a problem?",
        "Question from Agence Europe: The Commission welcomed the deal. Do you agree?",
        "Q: Several leaders called for more. What is your answer?",
    ] {
        let r = analyze_text(text, &Config::default());
        assert!(r.statements.is_empty(), "{text}: {:?}", r.statements);
    }
    // The answer after it speaks again.
    check(&[(
        "Question (Reuters): Hungary opposes it, no?\n\nPresident Ruiz: Hungary supported \
         the conclusions.",
        &[("country:hu", "supported", Support)],
    )]);
}

#[test]
fn others_after_a_clause_break_are_a_group() {
    check(&[
        (
            "Some member states support it, others oppose it.",
            &[
                ("collective:several-member-states", "support", Support),
                ("collective:others", "oppose", Oppose),
            ],
        ),
        (
            "Most delegations welcomed the text; others expressed concerns.",
            &[
                ("collective:most-delegations", "welcomed", Support),
                ("collective:others", "expressed", Reservation),
            ],
        ),
        (
            "France supported the text, while others abstained.",
            &[
                ("country:fr", "supported", Support),
                ("collective:others", "abstained", Reservation),
            ],
        ),
        // Inside a clause `others` names no one.
        ("The rules apply to banks, among others.", &[]),
        (
            "The Commission, among others, presented options.",
            &[("org:european-commission", "presented", Neutral)],
        ),
    ]);
}

#[test]
fn a_view_held_always_is_still_a_view() {
    check(&[(
        "Germany has always supported a timely conclusion of the agreement.",
        &[("country:de", "supported", Support)],
    )]);
}

#[test]
fn the_remarks_statements() {
    expect![[r#"
        collective:ministers support Support
        person:aurelia-montanari are ready Support
        collective:others oppose Oppose
        org:european-commission presented Neutral
        collective:several-delegations expressed Reservation
        country:fr asked Neutral
        country:es welcomed Support
        country:pt welcomed Support
        collective:ministers endorsed Support
        person:aurelia-montanari welcome Support
        collective:member-states agree Support
        country:de supported Support
        collective:ministers agreed Support
    "#]]
    .assert_eq(&statements(REMARKS));
}

/// Each person of `report` as `name | role | affiliation`, one a line.
fn people(report: &report_core::Report) -> String {
    report
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:"))
        .map(|a| {
            format!(
                "{} | {} | {}\n",
                a.name,
                a.role.as_deref().unwrap_or("-"),
                a.affiliation.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn a_participants_role_joined_to_the_name_line_is_theirs() {
    // Layout joined each name to the role line under it: the role runs to the line's end,
    // a bare title joined by `and` included, and the country over the line is theirs.
    let text = "Outcome of the Council meeting\n\nPARTICIPANTS\n\nCzechia\n\
                Mr Vít Rakušan First Deputy Prime Minister and Minister of the Interior\n\n\
                Denmark\nMr Kasper Holm Minister for Immigration and Integration\n";
    expect![[r#"
        Kasper Holm | Minister for Immigration and Integration | country:dk
        Vít Rakušan | First Deputy Prime Minister and Minister of the Interior | country:cz
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}

#[test]
fn the_chair_belongs_to_the_body_chaired() {
    let text = "European Parliament\n\nCommittee on Civil Liberties, Justice and Home Affairs\n\n\
                MINUTES\n\nThe meeting opened at 9.07 on Monday, 19 October 2026, chaired by \
                Marta Oliveira (Chair).\n\n\
                The Working Party on Customs Union met on 3 March 2026, chaired by Ms Elena \
                Costa.\n";
    expect![[r#"
        Elena Costa | Chair | org:working-party-on-customs-union
        Marta Oliveira | Chair | org:libe
    "#]]
    .assert_eq(&people(&analyze_text(text, &Config::default())));
}
