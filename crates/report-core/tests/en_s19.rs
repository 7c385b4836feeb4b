//! Session 19: English documents nobody had shown the analyzer (fixtures under `fixtures/s19`):
//! the conclusions of a European Council set by pdftotext (a cover note, Roman parts, numbered
//! paragraphs with footnote marks, `EUCO 12/26` footers), a European Parliament's written
//! questions with the Commission's answers, and a Council's "Main results" web page.

mod actor_rows;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use actor_rows::actors;
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
    // The cover note's sender is the Council's secretariat, not a secretariat of no one.
    assert_eq!(
        actors(EUCO, "org:gsc"),
        [("org:gsc".to_string(), None, Some("org:council".to_string()))]
    );
    assert_eq!(actors(EUCO, "role:secretariat"), []);
    // A short number keeps its series: `12/26` alone names nothing.
    assert_eq!(
        r.metadata.reference.as_ref().map(|r| r.dossier.as_str()),
        Some("EUCO 12/26")
    );
}

#[test]
fn the_european_councils_statements_go_on_under_it() {
    let r = analyze_text(EUCO, &Config::default());
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    expect![[r#"
        org:european-council reiterates Support
        org:european-council condemns Oppose
        org:european-council welcomes Support
        org:european-council calls on Neutral
        org:european-council underlines Neutral
        org:european-council stresses Neutral
        org:european-council invites Neutral
        org:european-council is concerned Reservation
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
        country:hu does not support Oppose"#]]
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
            &[("country:hu", "does not support", Oppose)],
        ),
        // A perfect denied welcomes nothing: not welcoming is no support.
        (
            "Hungary has not welcomed the approach, while Italy and Malta supported it.",
            &[
                ("country:hu", "welcomed", Oppose),
                ("country:it", "supported", Support),
                ("country:mt", "supported", Support),
            ],
        ),
        (
            "Germany had not welcomed the proposal.",
            &[("country:de", "welcomed", Oppose)],
        ),
        (
            "Hungary has welcomed the approach.",
            &[("country:hu", "welcomed", Support)],
        ),
        (
            "Hungary did not welcome the plan.",
            &[("country:hu", "did not welcome", Oppose)],
        ),
        // A document's number in brackets inside the phrase set off before the verb.
        (
            "The Council, in its reply of 28 February 2025 (ST 6543/25), did not support the \
             publication.",
            &[("org:council", "did not support", Oppose)],
        ),
        // A name in apposition to a body the gazetteer knows is a person's, with no title.
        (
            "The European Ombudsman, Teresa Anjinho, recalled in her decision that documents \
             must be accessible.",
            &[
                ("org:ombudsman", "recalled", Neutral),
                ("person:teresa-anjinho", "recalled", Neutral),
            ],
        ),
        // A political group speaks through its members, not a collective of members.
        (
            "Members of the EPP Group said that the plan was weak.",
            &[("org:epp-group", "said", Neutral)],
        ),
    ]);
}

const EP_QUESTION: &str = include_str!("fixtures/s19/ep-written-question-answer-en.txt");

#[test]
fn a_written_question_is_numbered_dated_and_signed_by_its_answer() {
    use metadata_rows::{check_fields, signatories, FieldRow};
    let reference =
        |r: &report_core::Report| r.metadata.reference.as_ref().map(|r| r.dossier.clone());
    let letter_date = |r: &report_core::Report| r.metadata.letter_date.clone();
    let title = |r: &report_core::Report| r.metadata.title.clone();
    let rows: [FieldRow; 6] = [
        (
            "the question's number",
            EP_QUESTION,
            reference,
            Some("E-001234/2025"),
        ),
        (
            "the answer's date, in figures with stops",
            EP_QUESTION,
            letter_date,
            Some("2025-03-12"),
        ),
        (
            "the one who answers for the Commission",
            EP_QUESTION,
            signatories,
            Some("Some(\"Executive Vice-President\")/Some(\"Ribera\")"),
        ),
        (
            "the subject is the title",
            EP_QUESTION,
            title,
            Some("Transparency of trilogue documents on the return regulation"),
        ),
        (
            "a name keeps its particles, a Mr none",
            "Question for written answer P-000777/2026\nto the Commission\n\nSubject: Ports\n\n\
             Answer given by President von der Leyen\non behalf of the European Commission\n\
             (3.1.2026)\n\nThe Commission agrees.\n",
            signatories,
            Some("Some(\"President\")/Some(\"von der Leyen\")"),
        ),
        (
            "a number glued to a word is none",
            "Question XE-001234/2025\n\nSubject: Ports\n\nThe Commission agrees.\n",
            reference,
            None,
        ),
    ];
    check_fields(&rows);
}

#[test]
fn the_askers_are_persons_with_their_groups() {
    let people = actors(EP_QUESTION, "person:");
    let of = |id: &str| people.iter().find(|p| p.0 == id).and_then(|p| p.2.clone());
    // `in 't` is a name's particle, as `van 't` is.
    assert_eq!(
        of("person:sophie-in-t-veld").as_deref(),
        Some("org:renew-europe")
    );
    // The Greens' French acronym.
    assert_eq!(of("person:tineke-strik").as_deref(), Some("org:greens-efa"));
    assert_eq!(
        of("person:marcel-de-graaff").as_deref(),
        Some("org:esn-group")
    );
    // `in` before anything but `'t` ends a name.
    let text = "Question by Anna Berg in Brussels (EPP).\n\nAnna Berg in Brussels asked.\n";
    assert!(!actors(text, "person:")
        .iter()
        .any(|p| p.0.contains("brussels")));
}

#[test]
fn the_header_of_a_question_is_no_section() {
    // `Rule 144` and `Submitted: 14.2.2025` are lines of its header.
    let r = analyze_text(EP_QUESTION, &Config::default());
    let titles: Vec<&str> = r.sections().iter().map(|s| s.title.as_str()).collect();
    assert!(
        !titles
            .iter()
            .any(|t| t.starts_with("Rule ") || t.starts_with("Submitted")),
        "{titles:?}"
    );
    // Its numbered questions are sentences, not sections; a short question may head one.
    assert!(!titles.iter().any(|t| t.ends_with('?')), "{titles:?}");
    check_outline(
        "Annual report 2025\n\n1. Results\n\nThe Agency grew in the year under review.\n\n\
         2. What next?\n\nThe Agency will grow again in the coming year.\n",
        expect![[r#"
            0 [1] Results
            1 [2] What next?
        "#]],
    );
}

const MAIN_RESULTS: &str = include_str!("fixtures/s19/main-results-fac-web-en.txt");

#[test]
fn denied_statements_of_a_main_results_page_are_no_support() {
    let r = analyze_text(MAIN_RESULTS, &Config::default());
    let rows: Vec<String> = r
        .statements
        .iter()
        .filter(|s| s.stance != Neutral || s.actor.starts_with("org:"))
        .map(statement_rows::row)
        .collect();
    // `had not welcomed`, `had not agreed`, `did not support` oppose; `has not opposed` takes no
    // stance; the groups of the Parliament speak through their members.
    expect![[r#"
        collective:most-member-states supported Support
        country:hu did not support Oppose
        country:sk welcomed Oppose
        country:de agreed Oppose
        country:nl agreed Oppose
        org:council exchanged views Neutral
        collective:ministers welcomed Support
        collective:ministers called for Support
        collective:several-member-states called for Support
        country:ie called for Support
        country:es called for Support
        country:si called for Support
        country:cz did not support Oppose
        country:hu did not support Oppose
        org:council reiterated Neutral
        org:council adopted Support
        org:epp-group said Neutral
        org:s-and-d called for Support
        org:patriots-for-europe did not support Oppose"#]]
    .assert_eq(&rows.join("\n"));
}

#[test]
fn a_web_pages_skip_link_and_share_buttons_are_chrome() {
    // The items under their group title; what follows the meeting information (the links of
    // the page) is left out here.
    let outline = outline_text(&analyze_text(MAIN_RESULTS, &Config::default()));
    let items: String = outline
        .lines()
        .take_while(|l| !l.contains("Meeting information"))
        .map(|l| format!("{l}\n"))
        .collect();
    expect![[r#"
        0 [-] Main results
          1 [-] Russia's war of aggression against Ukraine
          2 [-] Middle East
          3 [-] Western Balkans
          4 [-] Other items
    "#]]
    .assert_eq(&items);
    assert!(!outline.contains("Share this page"), "{outline}");
    let text = analyze_text(MAIN_RESULTS, &Config::default()).text;
    assert!(!text.contains("Skip to main content"), "skip link left");
    assert!(!text.contains("LinkedIn"), "share row left");
}

const AGENCY: &str = include_str!("fixtures/s19/agency-annual-report-pdftotext-en.txt");

#[test]
fn a_contact_name_in_capitals_is_no_heading_and_its_address_no_name() {
    check_outline(
        AGENCY,
        expect![[r#"
            0 [-] Foreword by the Executive Director
            1 [1] Key figures
            2 [2] Governance
              3 [2.1] The Management Board
              4 [2.2] The Executive Board
            5 [3] Operational support
              6 [3.1] Cooperation with third countries
              7 [3.2] Asylum Knowledge Centre
            8 [4] Contact
        "#]],
    );
    // The street under the contact's role is no person the role names.
    let people: Vec<String> = actors(AGENCY, "person:").into_iter().map(|a| a.0).collect();
    assert!(!people.iter().any(|p| p.contains("wharf")), "{people:?}");
}

#[test]
fn a_board_member_in_apposition_has_the_seat_as_role() {
    assert_eq!(
        actors(AGENCY, "person:laura"),
        [(
            "person:laura-bianchi".to_string(),
            Some("Member of the Executive Board".to_string()),
            Some("org:executive-board".to_string())
        )]
    );
    statement_rows::check(&[
        (
            "Mr Jan Smit, Member of the European Parliament, presented the draft.",
            &[("person:jan-smit", "presented", Neutral)],
        ),
        // In lower case, members are still a collective.
        (
            "Several members of the Board called for a stronger focus on reception.",
            &[("collective:several-members", "called for", Support)],
        ),
        (
            "The Member States welcomed the report.",
            &[("collective:member-states", "welcomed", Support)],
        ),
    ]);
}

#[test]
fn a_heading_in_capitals_after_a_colon_stays_one() {
    // Only a contact's announcement makes a name of the capitals under it.
    let text =
        "Annual report 2025\n\nThe agenda of the Board was as follows:\n\nANNUAL ACCOUNTS\n\n\
                The Board adopted the accounts of the year without changes.\n";
    check_outline(
        text,
        expect![[r#"
        0 [-] ANNUAL ACCOUNTS
    "#]],
    );
}
