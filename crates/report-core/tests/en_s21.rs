//! Session 21: English documents nobody had shown the analyzer (fixtures under `fixtures/s21`):
//! a president's speech with its dateline and the Q&A of the press conference after the
//! summit, and an agency's annual activity report set by pdftotext with its running footer, a
//! table of deployments and a declaration signed by its director, and an Agriculture and
//! Fisheries Council outcome set by pdftotext without `-layout` (no blank lines, a footer of
//! three lines on each page).

mod actor_rows;
mod analyzed;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use analyzed::report;

use actor_rows::actors;
use expect_test::{expect, Expect};
use metadata_rows::check_fields;
use outline_text::outline_text;
use report_core::{Report, Stance::*};
use statement_rows::{check, row, statements_quoting};

const SPEECH: &str = include_str!("fixtures/s21/speech-qa-ecofin-en.txt");
const AGENCY: &str = include_str!("fixtures/s21/annual-report-agency-en.txt");
const AGRIFISH: &str = include_str!("fixtures/s21/outcome-agrifish-raw-pdftotext-en.txt");

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&report(text)));
}

/// Each statement of `r` as `actor verb stance | quoted words`, one a line.
fn quoted(r: &Report) -> String {
    r.statements
        .iter()
        .map(|s| format!("{} | {}\n", row(s), &r.text[s.range.start..s.range.end]))
        .collect()
}

#[test]
fn a_plural_subject_supports_in_the_present_tense() {
    // `support` is a noun too: a verb after `I`/`we`, and after a collective's plural noun or
    // the last name of a list, not before a preposition (`EU support for`).
    check(&[
        (
            "Several delegations support the compromise text on insolvency rules.",
            &[("collective:several-delegations", "support", Support)],
        ),
        (
            "Germany and the Netherlands support the Commission proposal without changes.",
            &[
                ("country:de", "support", Support),
                ("country:nl", "support", Support),
            ],
        ),
        (
            "France and Italy welcome the revised text.",
            &[
                ("country:fr", "welcome", Support),
                ("country:it", "welcome", Support),
            ],
        ),
        (
            "Spain and Portugal call for a roll-over of the quotas.",
            &[
                ("country:es", "call for", Support),
                ("country:pt", "call for", Support),
            ],
        ),
        ("EU support for the Ukraine Facility will continue.", &[]),
        (
            "The Council and EU support to the region were discussed.",
            &[],
        ),
        (
            "Member states and EU support for farmers were reviewed.",
            &[],
        ),
    ]);
}

#[test]
fn member_states_supporting_in_a_speech_are_statements() {
    expect![[r#"
        collective:several-member-states support Support
    "#]]
    .assert_eq(
        &statements_quoting(SPEECH, "longer transition period")
            .into_iter()
            .map(|s| s + "\n")
            .collect::<String>(),
    );
    assert_eq!(
        statements_quoting(SPEECH, "phased approach"),
        ["collective:several-delegations support Support"]
    );
    assert_eq!(
        statements_quoting(SPEECH, "Ukraine Facility"),
        Vec::<String>::new()
    );
}

#[test]
fn two_bodies_presidents_are_two_roles() {
    let mut roles = actors(SPEECH, "role:");
    roles.sort();
    assert_eq!(
        roles,
        [
            (
                "role:ecb-president".to_string(),
                Some("President".to_string()),
                Some("org:ecb".to_string())
            ),
            (
                "role:european-commission-president".to_string(),
                Some("President".to_string()),
                Some("org:european-commission".to_string())
            ),
            ("role:presidency".to_string(), None, None),
        ]
    );
    assert_eq!(
        statements_quoting(SPEECH, "inflation in services"),
        ["role:ecb-president warned Neutral"]
    );
}

#[test]
fn a_country_before_a_title_still_names_the_role_by_country() {
    let roles = actors(
        "The Czech Minister of Justice presented the file. Sweden's Minister welcomed it.",
        "role:",
    );
    let ids: Vec<&str> = roles.iter().map(|r| r.0.as_str()).collect();
    assert!(ids.iter().all(|id| !id.contains("org")), "{ids:?}");
}

#[test]
fn a_turn_label_is_no_part_of_the_quoted_sentence() {
    expect![[r#"
        person:farkas explained Neutral | Prime Minister Farkas explained that his government needs more time for the insolvency file.
        person:helga-reinholt welcome Support | I welcome the commitment of all leaders to conclude the work by the end of the year.
        collective:leaders support Support | The leaders support the work on the digital euro.
        collective:several-member-states expressed Reservation | Several member states expressed doubts about the holding limits.
        person:vos stressed Neutral | Commissioner Vos stressed that privacy is guaranteed by design.
        person:vos remain committed Support | We remain committed to the deposit insurance scheme.
        org:european-commission will present Neutral | The Commission will present a revised proposal in the spring.
        collective:several-delegations support Support | Some delegations support a phased approach.
    "#]]
    .assert_eq(&{
        let r = report(SPEECH);
        let qa = r.text.find("Q&A transcript").unwrap();
        let mut all = quoted(&r);
        let cut: usize = r
            .statements
            .iter()
            .take_while(|s| s.range.start < qa)
            .map(|s| format!("{} | {}\n", row(s), &r.text[s.range.start..s.range.end]).len())
            .sum();
        all.split_off(cut)
    });
}

#[test]
fn a_speech_is_titled_by_its_speaker_line_and_placed_by_its_dateline() {
    let r = report(SPEECH);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some(
            "Speech by President Helga Reinholt at the European Parliament plenary debate on \
             the preparation of the Euro Summit"
        )
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-10-08"));
    assert_eq!(r.metadata.place.as_deref(), Some("Strasbourg"));
    assert!(r.metadata.meeting_dates.is_empty());
}

#[test]
fn a_delivery_notice_is_no_title_and_a_dateline_places_only_a_speech() {
    fn title(r: &Report) -> Option<String> {
        r.metadata.title.clone()
    }
    fn place(r: &Report) -> Option<String> {
        r.metadata.place.clone()
    }
    check_fields(&[
        (
            "notice under the speaker line",
            "Brussels, 3 March 2027\n\nKeynote speech by Commissioner Ana Ruiz at the \
             Competitiveness Forum\n\nOnly the spoken word counts\n\nLadies and gentlemen, \
             thank you for inviting me.\n",
            title,
            Some("Keynote speech by Commissioner Ana Ruiz at the Competitiveness Forum"),
        ),
        (
            "a speech's dateline places it",
            "Brussels, 3 March 2027\n\nKeynote speech by Commissioner Ana Ruiz at the \
             Competitiveness Forum\n\nOnly the spoken word counts\n\nLadies and gentlemen, \
             thank you for inviting me.\n",
            place,
            Some("Brussels"),
        ),
        (
            "a review's dateline places nothing",
            "Brussels, 14 September 2027\n\nReview of the energy security framework\n\n\
             The review assesses the measures taken since 2022.\n",
            place,
            None,
        ),
    ]);
}

#[test]
fn the_speech_reads_in_sections() {
    check_outline(
        SPEECH,
        expect![[r#"
            0 [-] Press conference following the Euro Summit
            1 [-] Q&A transcript
        "#]],
    );
}

#[test]
fn an_agencys_director_is_the_agencys_and_a_press_contact_is_no_person() {
    expect![[r#"
        person:nina-berg | Executive Director | org:euaa
        person:tomas-lindqvist | Chair of the Management Board | org:management-board
    "#]]
    .assert_eq(
        &actors(AGENCY, "person:")
            .into_iter()
            .map(|(id, role, aff)| {
                format!(
                    "{id} | {} | {}\n",
                    role.unwrap_or_default(),
                    aff.unwrap_or_default()
                )
            })
            .collect::<String>(),
    );
}

#[test]
fn the_agency_report_is_dated_and_placed_where_it_was_written() {
    let r = report(AGENCY);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Annual Activity Report 2026")
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2027-06-14"));
    assert!(r.metadata.meeting_dates.is_empty());
}

#[test]
fn the_agency_reports_statements() {
    expect![[r#"
        person:nina-berg presented Neutral | The Executive Director, Nina Berg, presented the work programme to the Management Board in January.
        org:management-board adopted Support | The Management Board adopted the single programming document in March and welcomed the new operational plans with Italy and Greece.
        org:management-board welcomed Support | The Management Board adopted the single programming document in March and welcomed the new operational plans with Italy and Greece.
        org:euaa supported Support | The Agency supported national authorities in registration, reception and the processing of applications.
        collective:several-member-states requested Neutral | Several Member States requested additional support for the reception of unaccompanied minors.
        person:nina-berg stressed Neutral | The Executive Director stressed that the Agency's capacity depends on timely contributions of experts.
        org:european-commission welcomed Support | The Commission welcomed the new training curriculum on vulnerability assessment.
        collective:member-states support Support | Member States support the further development of the common analysis on Afghanistan and Syria.
        person:tomas-lindqvist underlined Neutral | The Chair of the Management Board, Tomas Lindqvist, underlined the importance of the independent monitoring mechanism.
    "#]]
    .assert_eq(&quoted(&report(AGENCY)));
}

#[test]
fn the_director_signing_the_declaration_is_the_director_named_before() {
    // `I, the undersigned, Executive Director of the European Union Agency for Asylum`: Nina
    // Berg, named `The Executive Director, Nina Berg,` in the foreword, not a role of its own.
    assert_eq!(actors(AGENCY, "role:"), []);
    let r = report(AGENCY);
    let berg = r
        .actors
        .iter()
        .find(|a| a.id == "person:nina-berg")
        .unwrap();
    assert!(
        berg.mentions
            .iter()
            .any(|m| r.text[m.range.start..m.range.end].starts_with("Executive Director of the")),
        "{:?}",
        berg.mentions
    );
}

#[test]
fn a_signature_over_a_press_contact_is_no_section() {
    // `Nina Berg` ⏎ `Executive Director` ⏎⏎ `For further information, please contact:`; the
    // footer `Annual Activity Report 2026   3` is furniture, and the table's caption is no
    // section to hold the numbered sections after it.
    check_outline(
        AGENCY,
        expect![[r#"
            0 [-] Foreword
            1 [1] Operational support
            2 [2] Asylum knowledge and training
            3 [3] Governance
            4 [4] Declaration of assurance
        "#]],
    );
    let r = report(AGENCY);
    assert!(!r
        .actors
        .iter()
        .any(|a| a.name.contains("DELACROIX") || a.name.contains("Delacroix")));
}

#[test]
fn an_outcome_set_without_layout_is_titled_dated_and_placed() {
    let r = report(AGRIFISH);
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Outcome of the Council meeting: Agriculture and Fisheries")
    );
    assert_eq!(r.metadata.meeting_dates, ["2026-11-16", "2026-11-17"]);
    assert_eq!(r.metadata.place.as_deref(), Some("Brussels"));
    // The footer `14812/26` ⏎ `2` ⏎ `EN` of each page is furniture, and the document's number
    // in it its reference, though `14812/26` reads like a page's `3/12` too.
    assert_eq!(
        r.metadata.reference.as_ref().map(|r| r.dossier.as_str()),
        Some("14812/26")
    );
}

#[test]
fn the_outcomes_delegations_and_countries_take_their_positions() {
    // `Several delegations support …`, `France and Austria support …`, `Some member states
    // oppose …`, `Several delegations call for EU support for …`: present-tense positions of
    // plural subjects; the footer `14812/26` ⏎ `2` ⏎ `EN` is no part of the first sentence.
    // Known flaw kept in the snapshot: without blank lines the first item's title
    // (`Fishing opportunities … North Sea`) still opens the first sentence under `ITEMS
    // DEBATED`, and `OTHER BUSINESS` nests under it (see the report of session 21).
    expect![[r#"
        collective:ministers held exchange Neutral | Fishing opportunities for 2027 in the Atlantic and the North Sea Ministers held a first exchange of views on the Commission proposal for the fishing opportunities for 2027 in the Atlantic and the North Sea.
        person:elena-marchetti presented Neutral | Commissioner Elena Marchetti presented the scientific advice, which calls for cuts to several stocks of cod and sole.
        collective:several-delegations support Support | Several delegations support a gradual reduction of the catch limits to protect the livelihoods of coastal communities.
        country:es called for Support | Spain and Portugal called for a roll-over of the quotas for southern hake.
        country:pt called for Support | Spain and Portugal called for a roll-over of the quotas for southern hake.
        country:ie expressed Reservation | Ireland expressed concerns about the cuts for the Celtic Sea.
        role:presidency intends to Neutral | The Presidency intends to reach a political agreement at the December Council.
        org:council discussed Neutral | The Council discussed the situation in agricultural markets on the basis of information from the Commission.
        country:fr support Support | France and Austria support the use of the agricultural reserve for the most affected sectors.
        country:at support Support | France and Austria support the use of the agricultural reserve for the most affected sectors.
        role:european-commission-director-general-for-agriculture noted Neutral | The Commission's Director-General for Agriculture noted that prices for dairy products had stabilised.
        country:de informed Neutral | The German delegation informed ministers about the state of play of the negotiations on the protection of animals during transport.
        country:de asked Neutral | Germany, supported by Denmark and Sweden, asked for a swift conclusion.
        country:dk asked Support | Germany, supported by Denmark and Sweden, asked for a swift conclusion.
        country:se asked Support | Germany, supported by Denmark and Sweden, asked for a swift conclusion.
        collective:several-member-states oppose Oppose | Some member states oppose shorter journey times for unweaned calves.
        country:nl informed Neutral | The Netherlands and Belgium informed the Council about recent outbreaks of bluetongue disease.
        country:be informed Neutral | The Netherlands and Belgium informed the Council about recent outbreaks of bluetongue disease.
        collective:several-delegations call for Support | Several delegations call for EU support for the purchase of vaccines.
    "#]]
    .assert_eq(&quoted(&report(AGRIFISH)));
}
