//! Session 28: rules found by reading reports written for this session and shown to no rule
//! before (an agency's annual activity report, a Dutch inspectorate's annual report, a JBZ
//! Council report): a full title given to one person is that person wherever it stands, and a
//! foreword signed with a name over a role written small is no heading.

use expect_test::expect;
use report_core::{analyze_text, Config};

mod actor_rows;
mod outline_text;

use outline_text::outline_text;

/// `id | mentions | aliases` of each person and role actor of `text`.
fn people_and_roles(text: &str) -> String {
    analyze_text(text, &Config::default())
        .actors
        .iter()
        .filter(|a| a.id.starts_with("person:") || a.id.starts_with("role:"))
        .map(|a| {
            format!(
                "{} | {} | {}\n",
                a.id,
                a.mentions.len(),
                a.aliases.join("; ")
            )
        })
        .collect()
}

#[test]
fn a_full_title_given_to_one_person_is_that_person_before_and_after() {
    // The heading names the title before the signature gives it to her; the sentence after.
    let text = "Annual report 2025\n\nForeword by the Chair of the Management Board\n\n\
        The Board met four times. The Chair of the Management Board stressed the need for \
        resources.\n\nMaja Lindqvist\nChair of the Management Board\n\n1. Results\n\n\
        The Agency grew.\n";
    expect![[r#"
        person:maja-lindqvist | 3 | Chair of the Management Board
    "#]]
    .assert_eq(&people_and_roles(text));
    let statements: Vec<String> = analyze_text(text, &Config::default())
        .statements
        .iter()
        .map(|s| format!("{} {}", s.actor, s.verb))
        .collect();
    assert_eq!(statements, ["person:maja-lindqvist stressed"]);
}

#[test]
fn a_title_given_to_two_people_or_qualified_by_a_country_stays_a_role() {
    // Two chairs, the outgoing and the new: the title names neither.
    let two = "Report 2025\n\nThe Chair of the Management Board, Maja Lindqvist, opened the \
        meeting. Her successor as Chair of the Management Board, Jonas Berg, was elected. \
        The Chair of the Management Board thanked the staff.\n";
    let rows = people_and_roles(two);
    assert!(
        rows.lines()
            .any(|r| r.starts_with("role:chair-of-the-management-board |")),
        "{rows}"
    );
    // A one-word title names nobody it was not given to in the text's words.
    let one_word = "Report 2025\n\nMinister Jan Smit opened the meeting. The German Minister \
        stressed the need for speed.\n";
    let rows = people_and_roles(one_word);
    assert!(rows.contains("role:de-minister |"), "{rows}");
    assert!(rows.contains("person:jan-smit | 1 |"), "{rows}");
}

#[test]
fn a_foreword_signed_with_a_role_written_small_is_no_heading() {
    let text = "Jaarverslag 2025\n\nAutoriteit Toezicht\n\n\n\nVoorwoord\n\n\
        2025 was een druk jaar. De staatssecretaris heeft extra middelen toegezegd.\n\n\
        Aleid Wolfsen-Brink\nvoorzitter\n\n\n1 Ons toezicht in 2025\n\n1.1 Klachten\n\n\
        Wij ontvingen ruim 32.000 klachten.\n\n2 Bedrijfsvoering\n\nHet aantal medewerkers \
        groeide.\n";
    let report = analyze_text(text, &Config::default());
    expect![[r#"
        0 [-] Voorwoord
        1 [1] Ons toezicht in 2025
          2 [1.1] Klachten
        3 [2] Bedrijfsvoering
    "#]]
    .assert_eq(&outline_text(&report));
    assert_eq!(
        actor_rows::actors(text, "person:"),
        [(
            "person:aleid-wolfsen-brink".to_string(),
            Some("voorzitter".to_string()),
            None
        )]
    );
}

#[test]
fn a_name_over_a_line_that_is_no_role_stays_a_heading() {
    // A one-line paragraph under a heading of two capitalised words is no signing role.
    let text = "Jaarverslag 2025\n\nVoorwoord\n\nHet was een druk jaar.\n\nNieuwe Taken\n\n\
        De inspectie kreeg er in 2025 taken bij.\n\n1 Toezicht\n\nWij ontvingen klachten.\n";
    let report = analyze_text(text, &Config::default());
    assert!(
        outline_text(&report).contains("] Nieuwe Taken\n"),
        "{}",
        outline_text(&report)
    );
}
