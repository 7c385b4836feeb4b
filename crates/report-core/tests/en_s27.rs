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

#[test]
fn an_annex_after_the_last_item_is_the_top_level_again() {
    let text = "I. ITEMS\n\n1. Enlargement\n\nThe Council held a debate on enlargement.\n\n\
                2. Any other business\n\n(a) Cohesion\n\nThe Council took note.\n\n\
                ANNEX\n\nList of \"A\" items adopted\n\nThe Council adopted the items.\n";
    expect![[r#"
        0 [I] ITEMS
          1 [1] Enlargement
          2 [2] Any other business
            3 [a] Cohesion
        4 [-] ANNEX
          5 [-] List of "A" items adopted
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn a_numbered_paragraph_of_leaders_is_no_heading() {
    // The fixture's paragraphs, as `pdftotext -layout` sets them: a hanging indent.
    let text = String::from_utf8(fixture_file::read(SUMMARY)).unwrap();
    let start = text.find("I.       UKRAINE").unwrap();
    let end = text.find("II.      DEFENCE").unwrap();
    let text = &text[start..end];
    expect![[r#"
        0 [I] UKRAINE
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn the_draft_minutes_metadata_and_outline() {
    let r = fixture_file::report(MINUTES);
    let m = &r.metadata;
    assert_eq!(format!("{:?}", m.kind), "MeetingReport");
    assert_eq!(m.meeting_dates, ["2026-11-17"]);
    assert_eq!(m.letter_date.as_deref(), Some("2026-11-19"));
    assert_eq!(m.place.as_deref(), Some("Brussels"));
    assert_eq!(
        m.reference.as_ref().map(|x| x.dossier.as_str()),
        Some("15844/26")
    );
    expect!["4012th meeting of the COUNCIL OF THE EUROPEAN UNION (General Affairs)"]
        .assert_eq(m.title.as_deref().unwrap_or("-"));
    expect![[r#"
        0 [I] ADOPTION OF THE AGENDA
        1 [II] APPROVAL OF THE LIST OF "A" ITEMS
        2 [III] LEGISLATIVE DELIBERATIONS
          3 [1] Regulation on the European Defence Industry Programme
            4 [-] Adoption of the legislative act
            5 [-] Statement by Hungary
            6 [-] Joint statement by Austria and Malta
            7 [-] Statement by the Commission
        8 [IV] NON-LEGISLATIVE ACTIVITIES
          9 [2] Preparation of the European Council of 11-12 December 2026
            10 [a] Annotated draft conclusions
          11 [3] Enlargement
          12 [4] European Semester 2027
            13 [-] Roadmap
          14 [5] Any other business
            15 [a] Outcome of the Conference on the Future of Cohesion Policy
            16 [b] Rule of law dialogue: follow-up
              17 [-] Statement by Poland
        18 [-] ANNEX
          19 [-] List of "A" items adopted
          20 [-] Legislative deliberations
            21 [1] Directive on the recovery of cultural goods
          22 [-] Non-legislative activities
            23 [2] Council decision on the EU position in the EEA Joint Committee
            24 [3] Special report No 21/2026 of the European Court of Auditors
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn the_draft_minutes_actors_and_statements() {
    let r = fixture_file::report(MINUTES);
    expect![[r#"
        Petra Lindqvist | Commissioner | org:european-commission
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        org:council adopted Support
        org:council adopted Support
        org:council adopted Support
        country:hu voting against Oppose
        country:hu cannot support Oppose
        country:hu considers Neutral
        country:hu regrets Reservation
        country:at abstain Reservation
        country:mt abstain Reservation
        org:european-commission welcomes Support
        org:european-commission will present Neutral
        org:council took note Neutral
        collective:ministers discussed Neutral
        role:presidency will revise Neutral
        role:presidency will submit Neutral
        org:council held debate Neutral
        person:petra-lindqvist presented Neutral
        collective:several-delegations called for Support
        country:nl insisted Neutral
        country:dk insisted Neutral
        role:presidency intends to Neutral
        org:council took note Neutral
        org:council took note Neutral
        country:de welcome Support
        country:fr welcome Support
        country:nl welcome Support
        country:pl regrets Reservation
        country:pl considers Neutral
        org:council adopted Support
        country:se voted against Oppose
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_eurogroup_remarks() {
    let r = fixture_file::report(REMARKS);
    let m = &r.metadata;
    expect!["Remarks by Tiago Mendonça following the Eurogroup meeting of 3 November 2026"]
        .assert_eq(m.title.as_deref().unwrap_or("-"));
    assert_eq!(m.meeting_dates, ["2026-11-03"]);
    expect![""].assert_eq(&outline_text(&r));
    expect![[r#"
        Henrik Sørvik | Commissioner | org:european-commission
        Nadia Ferreira | Vice-President of the European Central Bank | org:ecb
        Stoyan Vasilev | Minister | -
        Tiago Mendonça | - | -
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        org:european-commission presented Neutral
        person:tiago-mendonca agreed Support
        person:tiago-mendonca adopted Support
        person:tiago-mendonca discussed Neutral
        person:nadia-ferreira briefed Neutral
        person:tiago-mendonca welcome Support
        collective:ministers stressed Neutral
        org:ecb will present Neutral
        person:tiago-mendonca will report Neutral
        role:bg-minister-for-finance told Neutral
        person:tiago-mendonca support Support
        person:tiago-mendonca will assess Neutral
        org:ecb told Neutral
        person:tiago-mendonca remain ready Support
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn the_chairs_summary() {
    let r = fixture_file::report(SUMMARY);
    let m = &r.metadata;
    expect!["Informal meeting of EU Heads of State or Government"]
        .assert_eq(m.title.as_deref().unwrap_or("-"));
    assert_eq!(m.meeting_dates, ["2026-10-01"]);
    assert_eq!(m.place.as_deref(), Some("Copenhagen"));
    expect![[r#"
        0 [I] UKRAINE
        1 [II] DEFENCE READINESS
        2 [III] MIDDLE EAST
        3 [IV] NEXT STEPS
        4 [-] ANNEX
          5 [-] Participants
            6 [-] Heads of State or Government of the Member States
    "#]]
    .assert_eq(&outline_text(&r));
    // The annex's rows give the Presidents their bodies (session 28), so the summary's `The
    // President of the European Council` is Wrona, not Ukraine's President Kovalenko.
    expect![[r#"
        Tomasz Wrona | President of the European Council | org:european-council
        Kaja Lepik | High Representative of the Union for Foreign Affairs and Security Policy | org:eeas
        Ursula Brandt | President of the European Commission | org:european-commission
        Erik Solberg-Haugen | Secretary General | org:nato
        Mette Lund Sørensen | Prime Minister | -
        Volodymyr Kovalenko | President | -
    "#]]
    .assert_eq(&people(&r));
    expect![[r#"
        collective:leaders discussed Neutral
        person:volodymyr-kovalenko informed Neutral
        collective:leaders reaffirmed Support
        org:european-council will continue Neutral
        org:european-council calls on Neutral
        person:ursula-brandt presented Neutral
        collective:leaders held discussion Neutral
        collective:several-leaders stressed Neutral
        collective:several-leaders underlined Neutral
        person:erik-solberg-haugen welcomed Support
        collective:leaders discussed Neutral
        person:kaja-lepik will present Neutral
        country:hu dissociated Oppose
        person:tomasz-wrona will report Neutral
        role:presidency intends to Neutral
        collective:leaders thanked Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_notice_to_the_press_and_the_series_over_a_press_label_head_no_section() {
    let text = "Remarks by Ana Ruiz following the Eurogroup meeting of 3 November 2026\n\n\
                Eurogroup\n\nStatements and remarks\n\n3 November 2026\n\n\
                Check against delivery\n\nGood evening. We discussed the budgets today.\n\n\
                Budgets\n\nWe agreed that the stance is appropriate.\n";
    expect![[r#"
        0 [-] Budgets
    "#]]
    .assert_eq(&outline_text(&analyze_text(text, &Config::default())));
    // The label joined to its date and time, as a copy of the web page gives it.
    let text = "Remarks by Ana Ruiz following the Eurogroup meeting of 3 November 2026\n\n\
                Eurogroup\n\nStatements and remarks 3 November 2026 19:15\n\n\
                Good evening. We discussed the budgets today.\n\n\
                Budgets\n\nWe agreed that the stance is appropriate.\n";
    assert_eq!(
        outline_text(&analyze_text(text, &Config::default())),
        "0 [-] Budgets\n"
    );
    // A short line over the running text is still a section.
    let text = "Remarks by Ana Ruiz\n\nEurogroup\n\nGood evening. We discussed the budgets \
                today, and we agreed that the stance is appropriate.\n";
    assert!(outline_text(&analyze_text(text, &Config::default())).contains("Eurogroup"));
}

#[test]
fn another_speakers_label_in_capitals_is_not_the_remarks_author() {
    let text = "Remarks by President Ana Ruiz following the Eurogroup meeting\n\n\
                Good evening. We welcome the agreement on the budgets.\n\n\
                Q: Commissioner, will you open a procedure?\n\n\
                COMMISSIONER BERG: We will present our assessment in the spring.\n\n\
                A: We will present a statement tomorrow.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        person:ana-ruiz welcome Support
        person:ana-ruiz will present Neutral
    "#]]
    .assert_eq(&all_rows(&r));
}

#[test]
fn a_configuration_in_brackets_under_the_subject_names_the_meeting() {
    let title = |text: &str| analyze_text(text, &Config::default()).metadata.title;
    let text = "Council of the\nEuropean Union\n\nDRAFT MINUTES\n\n\
                Subject:        4012th meeting of the COUNCIL OF THE EUROPEAN UNION\n\
                \x20               (General Affairs)\n\
                \x20               held in Brussels on 17 November 2026\n\n\
                I. ADOPTION OF THE AGENDA\n\nThe Council adopted the agenda.\n";
    assert_eq!(
        title(text).as_deref(),
        Some("4012th meeting of the COUNCIL OF THE EUROPEAN UNION (General Affairs)")
    );
    // A language mark in brackets is no configuration.
    let text = text.replace("(General Affairs)", "(OR. en)");
    assert_eq!(
        title(&text).as_deref(),
        Some("4012th meeting of the COUNCIL OF THE EUROPEAN UNION")
    );
}
