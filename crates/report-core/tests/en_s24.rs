//! Session 24: English documents nobody had shown the analyzer (fixtures under `fixtures/s24`):
//! a press office's remarks after a Council meeting with the journalists' questions, set with
//! the speaker's line wrapped under the office's label, and the minutes of a European
//! Parliament committee set by `pdftotext -layout`, with a two-line footer and page numbers,
//! and a Commission standing committee's summary record, its items numbered `A.01` and the
//! member states named by their codes (`DE and AT expressed concerns`).

mod actor_rows;
mod fixture_file;
mod outline_text;
mod statement_rows;

use actor_rows::people;
use expect_test::expect;
use outline_text::outline_text;
use report_core::Stance::*;
use report_core::{analyze_text, Config};
use statement_rows::{all_rows, check, row, statements_in};

const REMARKS: &str = "s24/en-press-remarks-trade-council.txt";
const LIBE: &str = "s24/en-minutes-ep-committee-libe.txt";
const PAFF: &str = "s24/en-summary-record-standing-committee.txt";

/// Each statement of `path` as `actor verb stance`, one a line.
fn statements(path: &str) -> String {
    all_rows(&fixture_file::report(path))
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
        collective:most-member-states want Support
        collective:others oppose Oppose
        org:european-commission presented Neutral
        collective:several-delegations expressed Reservation
        country:fr asked Neutral
        country:es welcomed Support
        country:pt welcomed Support
        collective:ministers endorsed Support
        person:aurelia-montanari welcome Support
        person:aurelia-montanari discussed Neutral
        collective:member-states agree Support
        org:european-commission will present Neutral
        country:de supported Support
        role:presidency hopes Neutral
        collective:ministers agreed Support
    "#]]
    .assert_eq(&statements(REMARKS));
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

#[test]
fn committee_minutes_are_titled_by_their_committee_and_dated_by_their_meeting_line() {
    // `Committee on …` ⏎ `LIBE_PV(2026)1019_1` ⏎ `MINUTES` ⏎ `Meeting of 19 October 2026,
    // 9.00-12.30 and 14.30-18.30` ⏎ `BRUSSELS`.
    let r = fixture_file::report(LIBE);
    let m = &r.metadata;
    assert_eq!(
        m.title.as_deref(),
        Some("Minutes of the Committee on Civil Liberties, Justice and Home Affairs")
    );
    assert_eq!(format!("{:?}", m.kind), "MeetingReport");
    assert_eq!(m.meeting_dates, ["2026-10-19"]);
    assert_eq!(m.place.as_deref(), Some("Brussels"));
    // The two-line footer (`PV\1329417EN.docx   1/4   PE781.226v01-00` ⏎ `EN   United in
    // diversity   EN`) is furniture.
    assert!(!r.text.contains("United in diversity"));
    assert!(!r.text.contains("docx"));
}

#[test]
fn committee_minutes_items_without_their_file_numbers_and_fields() {
    // An item's file number under its title (`LIBE/10/02217`, indented as the title is) is no
    // part of it; `Fond:` ⏎ `LIBE`, `Opinions:` ⏎ `AFCO, FEMM`, the place under the meeting
    // line and the attendance lines are no sections.
    expect![[r#"
        0 [1] Adoption of agenda
        1 [2] Chair's announcements
        2 [3] Approval of minutes of meetings
        3 [4] Digital border management and the Entry/Exit System
          4 [-] Consideration of draft report
        5 [5] Fundamental rights situation in the European Union in 2025
          6 [-] Adoption of draft report
        7 [6] Exchange of views with the Executive Director of the European Union Agency for Asylum
        8 [7] Conclusion of the agreement between the EU and Iceland on the transfer of passenger name record data
          9 [-] Adoption of draft recommendation (consent)
        10 [8] Any other business
        11 [9] Next meetings
          12 [-] Record of attendance
    "#]]
    .assert_eq(&outline_text(&fixture_file::report(LIBE)));
}

#[test]
fn committee_minutes_people() {
    // Speakers, rapporteurs under their label (a column after the name), the bureau with
    // their offices, a body in brackets as affiliation (`Lukas Berger (Commission)`).
    expect![[r#"
        Marta Oliveira | Chair | org:libe
        Nadia Bakker | Executive Director | org:euaa
        Henrik Aalto | Rapporteur | org:renew-europe
        Piotr Nowicki | Vice-Chair | -
        Sofia Marchetti | - | -
        Joan Ferrer | Rapporteur | org:greens-efa
        Annika Strand | - | -
        Claire Dumont | - | -
        Elena Vasquez | Rapporteur | org:s-and-d
        Lukas Berger | - | org:european-commission
        Beatriz Moura | - | -
        Tomas Lindgren | - | -
    "#]]
    .assert_eq(&people(&fixture_file::report(LIBE)));
}

#[test]
fn committee_minutes_statements() {
    expect![[r#"
        person:marta-oliveira informed Neutral
        person:marta-oliveira reminded Neutral
        person:henrik-aalto presented Neutral
        person:henrik-aalto stressed Neutral
        person:henrik-aalto called for Support
        person:sofia-marchetti supported Support
        person:piotr-nowicki opposed Oppose
        org:european-commission welcomed Support
        org:european-commission warned Reservation
        collective:several-members regretted Reservation
        person:nadia-bakker presented Neutral
        collective:members asked Neutral
        person:nadia-bakker explained Neutral
    "#]]
    .assert_eq(&statements(LIBE));
}

#[test]
fn a_rapporteur_under_the_label_and_a_body_in_brackets() {
    let text = "The committee met.\n\nRapporteur:\n\n\
                Elena Vasquez (S&D)                     PR - PE779.870v02-00\n\n\
                Speakers: Elena Vasquez, Lukas Berger (Commission), Annika Strand\n\n\
                The rapporteur presented the report.\n";
    let r = analyze_text(text, &Config::default());
    expect![[r#"
        Elena Vasquez | Rapporteur | org:s-and-d
        Annika Strand | - | -
        Lukas Berger | - | org:european-commission
    "#]]
    .assert_eq(&people(&r));
    assert_eq!(
        r.statements.iter().map(row).collect::<Vec<_>>(),
        ["person:elena-vasquez presented Neutral"]
    );
}

#[test]
fn a_summary_record_is_titled_by_its_committee_and_numbers_its_items_by_part() {
    // `SUMMARY RECORD` ⏎ `STANDING COMMITTEE ON …` ⏎ `HELD IN BRUSSELS ON 10 - 11 MARCH
    // 2026`; items `A.01`, `B.01`, `M.01`; the vote's `Against: PL` is no section.
    let r = fixture_file::report(PAFF);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("SUMMARY RECORD – STANDING COMMITTEE ON PLANTS, ANIMALS, FOOD AND FEED")
    );
    assert_eq!(r.metadata.meeting_dates, ["2026-03-10", "2026-03-11"]);
    expect![[r#"
        0 [A.01] Summary report of previous meetings
        1 [A.02] Renewal of the approval of the active substance glyphosate: state of play
        2 [A.03] Draft Commission Implementing Regulation concerning the non-renewal of the approval of the active substance flufenacet
        3 [A.04] Maximum residue levels: draft Regulation amending Annexes II and III to Regulation (EC) No 396/2005 as regards acetamiprid
        4 [B.01] Exchange of views on the guidance document on emergency authorisations
        5 [M.01] Any other business
    "#]]
    .assert_eq(&outline_text(&r));
}

#[test]
fn member_states_speak_by_their_codes() {
    expect![[r#"
        org:european-commission informed Neutral
        org:european-commission presented Neutral
        collective:several-member-states asked Neutral
        country:de expressed Reservation
        country:at expressed Reservation
        country:es supported Support
        country:it supported Support
        country:fr abstained Reservation
        org:european-commission will present Neutral
        org:european-commission recalled Neutral
        collective:one-member-state asked Neutral
        org:european-commission explained Neutral
        country:nl supported Support
        country:nl underlined Neutral
        country:pl opposed Oppose
        country:pl Against Oppose
        country:hu Abstentions Reservation
        country:ro Abstentions Reservation
        org:european-commission presented Neutral
        collective:most-member-states welcomed Support
        country:be called for Support
        country:nl called for Support
        country:dk informed Neutral
    "#]]
    .assert_eq(&statements(PAFF));
}

#[test]
fn a_code_names_its_member_state_only_in_a_list_or_before_a_verb() {
    check(&[
        (
            "DE and AT expressed concerns, while ES and IT supported a renewal.",
            &[
                ("country:de", "expressed", Reservation),
                ("country:at", "expressed", Reservation),
                ("country:es", "supported", Support),
                ("country:it", "supported", Support),
            ],
        ),
        (
            "PL opposed the draft.",
            &[("country:pl", "opposed", Oppose)],
        ),
        // Two capitals elsewhere are an abbreviation.
        ("The IT systems supported the procedure.", &[]),
        ("The HR department presented the plan.", &[]),
    ]);
    let r = analyze_text(
        "Member States in favour: AT, BE, EL\n\nThe IT team met at noon.\n",
        &Config::default(),
    );
    let mut ids: Vec<&str> = r
        .actors
        .iter()
        .map(|a| a.id.as_str())
        .filter(|id| id.starts_with("country:"))
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, ["country:at", "country:be", "country:gr"]);
}
