//! Session 17: English documents nobody had shown the analyzer (fixtures under `fixtures/s17`):
//! the outcome of a Foreign Affairs Council (Trade) set by pdftotext with a two-column list of
//! participants, an ECOFIN press release with Mac line ends, and an agency's Markdown annual
//! report with tables.

mod metadata_rows;
use metadata_rows::meeting_dates;
mod actor_rows;
mod outline_text;
use actor_rows::actors;
mod statement_rows;

use expect_test::{expect, Expect};
use outline_text::outline_text;
use report_core::{analyze_text, Config};

const OUTCOME: &str = include_str!("fixtures/s17/outcome-fac-trade-en.txt");

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn the_participants_of_an_outcome_are_a_part_of_their_own() {
    check_outline(
        OUTCOME,
        expect![[r#"
        0 [-] ITEMS DEBATED
          1 [-] EU-US trade relations
          2 [-] WTO reform and the 14th Ministerial Conference
        3 [-] OTHER ITEMS APPROVED
          4 [-] FOREIGN AFFAIRS
            5 [-] Restrictive measures against Belarus
          6 [-] TRADE
            7 [-] Agreement with Indonesia
        8 [-] PARTICIPANTS
    "#]],
    );
    // Without the halves of an outcome, "Participants" is a heading like any other.
    check_outline(
        "Minutes\n\nParticipants\n\nMs Anna Berg, Mr Olav Lund\n\n1. Opening\n\nThe Chair opened \
         the meeting.\n\n2. Budget\n\nThe Board adopted the budget.\n",
        expect![[r#"
            0 [1] Opening
            1 [2] Budget
        "#]],
    );
}

#[test]
fn session_17_statements() {
    use report_core::Stance::*;
    statement_rows::check(&[
        // An office after the speaker's apposition is the speaker's, not a second speaker.
        (
            "\"We must act,\" said Kaja Berg, Danish Minister for Foreign Trade, President of the \
             Council.",
            &[("person:kaja-berg", "said", Neutral)],
        ),
        (
            "\"We must act,\" said Kaja Berg, President of the Council.",
            &[("person:kaja-berg", "said", Neutral)],
        ),
        (
            "Executive Vice-President Maroš Šefčovič debriefed ministers on his contacts with \
             the US administration.",
            &[("person:maros-sefcovic", "debriefed", Neutral)],
        ),
        // A delegation's speaker is an office of its country, as a representative is.
        (
            "The delegate of Hungary opposed any reference to the climate agenda.",
            &[("role:hu-delegate", "opposed", Oppose)],
        ),
        // A list of speakers after the quotation stays a list.
        (
            "\"We must act,\" said Germany, France and the Presidency.",
            &[
                ("country:de", "said", Neutral),
                ("country:fr", "said", Neutral),
                ("role:presidency", "said", Neutral),
            ],
        ),
    ]);
}

const PRESS: &str = include_str!("fixtures/s17/press-release-ecofin-en.txt");

#[test]
fn a_press_release_is_titled_and_dated_by_its_council_line() {
    use metadata_rows::{check_fields, FieldRow};
    let rows: [FieldRow; 7] = [
        (
            "the Council's configuration and the date name the meeting (Mac line ends)",
            PRESS,
            |r| r.metadata.title.clone(),
            Some("Economic and Financial Affairs Council, 9 December 2025"),
        ),
        ("… and date it", PRESS, meeting_dates, Some("2025-12-09")),
        (
            "… a report of that meeting",
            PRESS,
            |r| Some(format!("{:?}", r.metadata.kind)),
            Some("MeetingReport"),
        ),
        (
            "the meeting information at the end places it",
            PRESS,
            |r| r.metadata.place.clone(),
            Some("Brussels"),
        ),
        (
            "a configuration with its formation in brackets, over two days",
            "Council of the European Union\n\nPRESS RELEASE\n\n\
             Foreign Affairs Council (Trade), 3–4 March 2026\n\nMain results\n\n\
             Ministers discussed trade with the United States.\n",
            meeting_dates,
            Some("2026-03-03,2026-03-04"),
        ),
        (
            "a body before a date in running text names no meeting",
            "Council of the European Union\n\nThe report of the Council, 9 December 2025\n\n\
             Main results\n\nMinisters discussed trade.\n",
            |r| r.metadata.title.clone(),
            Some("Council of the European Union"),
        ),
        (
            "a place and date without the meeting information before them place nothing",
            "Economic and Financial Affairs Council, 9 December 2025\n\nMain results\n\n\
             Ministers discussed taxes.\n\nBrussels 9 December 2025\n",
            |r| r.metadata.place.clone(),
            None,
        ),
    ];
    check_fields(&rows);
}

#[test]
fn a_meeting_number_in_the_meeting_information_is_no_heading() {
    check_outline(
        PRESS,
        expect![[r#"
            0 [-] Main results
              1 [-] Stability and Growth Pact
              2 [-] Savings and investments union
              3 [-] Other topics
            4 [-] Meeting information
        "#]],
    );
    check_outline(
        "Main results\n\nTrade\n\nMinisters discussed trade with the United States.\n\n\
         Meeting information\n\nMeeting No. 4013\n\nLuxembourg\n12 June 2025\n",
        expect![[r#"
            0 [-] Main results
              1 [-] Trade
            2 [-] Meeting information
        "#]],
    );
}

#[test]
fn a_working_party_or_group_is_a_body_that_acts() {
    use report_core::Stance::*;
    statement_rows::check(&[
        (
            "The Working Group on Trade Questions adopted its report on 28 November 2025.",
            &[("org:working-group-on-trade-questions", "adopted", Support)],
        ),
        (
            "The Working Party on Frontiers supported the text.",
            &[("org:working-party-on-frontiers", "supported", Support)],
        ),
        (
            "The Expert Group welcomed the draft.",
            &[("org:expert-group", "welcomed", Support)],
        ),
    ]);
}

const AGENCY: &str = include_str!("fixtures/s17/agency-annual-report-en.md");

/// `(actor, verb)` of each statement of `text`, analysed whole.
fn said(text: &str) -> Vec<(String, String)> {
    analyze_text(text, &Config::default())
        .statements
        .into_iter()
        .map(|s| (s.actor, s.verb))
        .collect()
}

#[test]
fn the_agency_of_a_report_that_defines_its_acronym_speaks_as_the_agency() {
    let rows = said(AGENCY);
    assert!(
        rows.contains(&("org:emsurv".to_string(), "welcomed".to_string())),
        "{rows:?}"
    );
    let director = analyze_text(AGENCY, &Config::default())
        .actors
        .into_iter()
        .find(|a| a.id == "person:marta-quintela-soares")
        .map(|a| (a.role, a.affiliation));
    assert_eq!(
        director,
        Some((
            Some("Executive Director".to_string()),
            Some("org:emsurv".to_string())
        ))
    );
}

#[test]
fn an_office_of_an_agency_named_after_the_union_is_not_the_unions() {
    let text = "The Executive Director of the European Union Agency for Maritime Surveillance \
                signed the report.";
    assert_eq!(actors(text, "org:eu"), []);
    assert_eq!(
        actors(text, "role:"),
        [(
            "role:executive-director-of-the-european-union-agency-for-maritime-surveillance"
                .to_string(),
            Some(
                "Executive Director of the European Union Agency for Maritime Surveillance"
                    .to_string()
            ),
            None
        )]
    );
    // The Union itself still owns its offices.
    assert_eq!(
        actors(
            "The Special Representative of the European Union spoke.",
            "role:"
        ),
        [(
            "role:special-representative-of-the-european-union".to_string(),
            Some("Special Representative of the European Union".to_string()),
            Some("org:eu".to_string())
        )]
    );
}

#[test]
fn a_person_in_a_table_row_of_a_country_is_that_countrys() {
    let people = actors(AGENCY, "person:");
    let of = |id: &str| people.iter().find(|p| p.0 == id).and_then(|p| p.2.clone());
    assert_eq!(of("person:koen-de-smet").as_deref(), Some("country:be"));
    assert_eq!(of("person:ilse-peeters").as_deref(), Some("country:be"));
    assert_eq!(
        of("person:jorg-von-der-heide").as_deref(),
        Some("country:de")
    );
    assert_eq!(of("person:matej-kos").as_deref(), Some("country:si"));
    // A row that opens on no country gives none; nor does running text.
    let text = "| Office | Holder |\n|---|---|\n| Chair | Ms Anna Berg |\n\n\
                Belgium welcomed Ms Clara Moutinho.\n";
    assert_eq!(
        actors(text, "person:")
            .into_iter()
            .map(|p| p.2)
            .collect::<Vec<_>>(),
        [None, None]
    );
}

#[test]
fn a_column_gap_ends_a_role_in_a_participants_grid() {
    // The role under a name in the grid is that person's (session 18), ended by the gap.
    let quintin = actors(OUTCOME, "person:bernard-quintin");
    assert_eq!(
        quintin[0].1.as_deref(),
        Some("Minister for Foreign Affairs"),
        "{quintin:?}"
    );
    let roles: Vec<String> = actors(OUTCOME, "role:").into_iter().map(|a| a.0).collect();
    assert!(
        !roles
            .iter()
            .any(|r| r.ends_with("-deputy") || r.ends_with("-federal")),
        "{roles:?}"
    );
}
