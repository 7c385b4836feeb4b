//! Session 20: English documents nobody had shown the analyzer (fixtures under `fixtures/s20`):
//! a Council outcome exported from Word with its list of participants by country, a
//! president's remarks after a meeting with journalists' questions, a General Affairs Council
//! outcome set by pdftotext, and a Eurogroup press release saved through two editors
//! (windows-1252 paragraphs in UTF-8, old Mac line ends).

mod actor_rows;
mod metadata_rows;
mod outline_text;
mod statement_rows;

use actor_rows::actors;
use expect_test::{expect, Expect};
use outline_text::outline_text;
use report_core::{analyze_text, Config, Stance::*};
use statement_rows::{check, statements_quoting};

const TTE: &str = include_str!("fixtures/s20/outcome-tte-energy-word-en.txt");
const REMARKS: &str = include_str!("fixtures/s20/remarks-president-press-conference-en.txt");
const GAC: &str = include_str!("fixtures/s20/outcome-gac-pdftotext-en.txt");
const EUROGROUP: &[u8] = include_bytes!("fixtures/s20/eurogroup-mixed-cp1252-cr-en.txt");

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

/// `id role affiliation` of each person of `text`, one a line.
fn people(text: &str) -> String {
    actors(text, "person:")
        .into_iter()
        .map(|(id, role, aff)| {
            format!(
                "{id} | {} | {}\n",
                role.unwrap_or_default(),
                aff.unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn a_list_of_participants_gives_each_delegate_a_role_and_a_country() {
    // `Belgium:` ⏎ `Ms Tinne Vandamme<TAB>Minister for Energy`: the label above names the
    // delegation; a surname in capitals (`Mr Lukáš DVOŘÁK`) and an Irish `Ó` stay in the name;
    // an office that names no ministry (`Permanent Representative`) is the delegate's role.
    expect![[r#"
        person:eleni-karras | Minister for Environment and Energy | country:cy
        person:anders-holm | Permanent Representative | country:dk
        person:anna-zielinska | Minister for Climate and Environment | country:pl
        person:dan-jorgensen | Commissioner | org:european-commission
        person:gabor-szalai | State Secretary for Energy | country:hu
        person:jana-horakova | Deputy Permanent Representative | country:cz
        person:joost-van-rijn | Minister for Climate and Green Growth | country:nl
        person:katrin-weiss | State Secretary, Federal Ministry for Economic Affairs and Energy | country:de
        person:lukas-dvorak | Minister for Industry and Trade | country:cz
        person:marta-ruiz-cabello | Secretary of State for Energy | country:es
        person:olivier-ducasse | Minister Delegate for Industry and Energy | country:fr
        person:petar-iliev | Deputy Minister of Energy | country:bg
        person:sean-o-briain | Minister of State for Energy | country:ie
        person:tinne-vandamme | Minister for Energy | country:be
        person:ulrike-prammer | Federal Minister for Climate Action | country:at
    "#]]
    .assert_eq(&people(TTE));
    // The roles of the list are the delegates', not unnamed roles of their own.
    assert_eq!(actors(TTE, "role:minister"), []);
    assert_eq!(actors(TTE, "role:state-secretary"), []);
}

#[test]
fn a_surname_in_capitals_reads_as_running_text_writes_it() {
    let r = analyze_text(TTE, &Config::default());
    let names: Vec<&str> = r
        .actors
        .iter()
        .filter(|a| a.id == "person:lukas-dvorak" || a.id == "person:marta-ruiz-cabello")
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(names, ["Lukáš Dvořák", "Marta Ruiz Cabello"]);
}

#[test]
fn a_one_line_participant_takes_the_label_before_the_name() {
    let text = "Outcome of the Council meeting\n\nList of participants\n\n\
                Belgium: Ms Tinne Vandamme, Minister for Energy\n\n\
                Ireland:\nMr Seán Ó Briain, Minister of State for Energy\n\n\
                Commission:\nMr Dan Jørgensen\tCommissioner\n";
    expect![[r#"
        person:dan-jorgensen | Commissioner | org:european-commission
        person:sean-o-briain | Minister of State for Energy | country:ie
        person:tinne-vandamme | Minister for Energy | country:be
    "#]]
    .assert_eq(&people(text));
}

#[test]
fn a_delegation_of_two_and_a_cell_of_two_titles() {
    // pdftotext's columns: a delegation's second row is under the first, not under its label;
    // a cell that joins two titles is one role, and its second title no role of its own.
    let text = "OUTCOME OF THE COUNCIL MEETING\n\nLIST OF PARTICIPANTS\n\n\
                Belgium:\n\
                Mr Vincent VAN PETEGHEM        Deputy Prime Minister and Minister of Finance\n\n\
                Germany:\n\
                Mr Jörg KUKIES                 State Secretary, Federal Ministry of Finance\n\
                Ms Anna LÜHRMANN               Minister of State for Europe\n\n\
                Bulgaria:\n\
                Ms Rositsa VELKOVA-ZHELEVA     Minister for Finance\n";
    expect![[r#"
        person:anna-luhrmann | Minister of State for Europe | country:de
        person:jorg-kukies | State Secretary, Federal Ministry of Finance | country:de
        person:rositsa-velkova-zheleva | Minister for Finance | country:bg
        person:vincent-van-peteghem | Deputy Prime Minister and Minister of Finance | country:be
    "#]]
    .assert_eq(&people(text));
    assert_eq!(actors(text, "role:"), []);
}

#[test]
fn it_after_a_reporting_verb_is_the_speaker_of_the_same_sentence() {
    // `Poland stated that it could accept`: `it` is Poland, not Hungary, who spoke in the
    // sentence before.
    assert_eq!(
        statements_quoting(TTE, "Poland stated"),
        [
            "country:pl stated Neutral",
            "country:pl could accept Support",
            "country:pl called for Support"
        ]
    );
    check(&[(
        "Hungary voted against the text. Spain said that it could accept the text.",
        &[
            ("country:hu", "voted against", Oppose),
            ("country:es", "said", Neutral),
            ("country:es", "could accept", Support),
        ],
    )]);
}

#[test]
fn remarks_are_titled_by_their_headline_and_dated_by_the_press_office() {
    // `STATEMENTS AND REMARKS` ⏎ `312/26` ⏎ `24/04/2026`: the press office's label, number and
    // day; the headline under them is the title, not the issuer over them.
    let r = analyze_text(REMARKS, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some(
            "Remarks by President Tomás Reinholt following the informal meeting of EU \
             leaders in Valletta"
        )
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-04-24"));
    assert_eq!(
        r.metadata.reference.as_ref().map(|r| r.dossier.as_str()),
        Some("312/26")
    );
    // The headline names where the meeting was.
    assert_eq!(r.metadata.place.as_deref(), Some("Valletta"));
}

#[test]
fn the_first_person_of_remarks_is_their_speaker() {
    // `I welcome`, `we condemn`, `and I fully support her approach`: the president speaks;
    // `we asked the Council` too. The journalists' questions (`Q: …`) are no one's statements.
    let r = analyze_text(REMARKS, &Config::default());
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    expect![[r#"
        org:eu will continue Support
        person:tomas-reinholt agreed Support
        person:tomas-reinholt welcome Support
        person:tomas-reinholt discussed Neutral
        person:tomas-reinholt believe Neutral
        org:european-commission will present Neutral
        person:tomas-reinholt asked Neutral
        person:lindqvist presented Neutral
        person:tomas-reinholt support Support
        collective:several-leaders called for Support
        collective:several-member-states support Support
        collective:others oppose Oppose
        person:tomas-reinholt condemn Oppose
        person:tomas-reinholt call on Neutral
        person:farkas explained Neutral
        collective:member-states are ready Support
        person:tomas-reinholt will continue Neutral
        person:tomas-reinholt think Neutral
        country:fr supported Support
        country:it supported Support
        org:european-commission presented Neutral
        role:high-representative will report Neutral
    "#]]
    .assert_eq(&(rows.join("\n") + "\n"));
    assert_eq!(
        actors(REMARKS, "person:tomas-reinholt"),
        [(
            "person:tomas-reinholt".to_string(),
            Some("President".to_string()),
            None
        )]
    );
}

#[test]
fn a_journalists_question_and_a_press_contact_are_no_headings() {
    // `Q: (inaudible) ... the budget?` is short and ends in a question mark, but its label
    // makes it a turn of the transcript.
    // Nor is the name under `Press contacts`: it is the press officer's. With an e-mail
    // address under it, the contact block is set aside whole (lead_s33).
    check_outline(REMARKS, expect![""]);
}

#[test]
fn a_first_person_in_a_question_or_without_remarks_is_no_one() {
    check(&[
        // No `Remarks by` line: `we` is no one known.
        ("We condemn the attacks on civilians.", &[]),
        // `…, and I welcome …` in a speaker's turn.
        (
            "Ms Novak (Czechia): We agreed on the text, and I welcome the compromise.",
            &[
                ("person:novak", "agreed", Support),
                ("person:novak", "welcome", Support),
            ],
        ),
    ]);
    let text = "Remarks by President Ana Ruiz after the summit\n\n\
                I strongly support the compromise.\n\n\
                Q: Do you support the compromise? We condemn the delay.\n";
    let r = analyze_text(text, &Config::default());
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    assert_eq!(rows, ["person:ana-ruiz support Support"]);
}

#[test]
fn a_word_outline_sets_its_bullets_titles_apart_from_their_text() {
    // `o Security of supply for the winter 2026-2027` ⏎ `The Council held …`: the bullet
    // titles the item, and the statement quotes the sentence alone.
    assert_eq!(
        statements_quoting(TTE, "policy debate"),
        ["org:council held debate Neutral"]
    );
    let r = analyze_text(TTE, &Config::default());
    let quoted: Vec<&str> = r
        .statements
        .iter()
        .map(|s| &r.text[s.range.start..s.range.end])
        .filter(|q| q.starts_with(['o', '▪', '-']))
        .collect();
    assert_eq!(quoted, Vec::<&str>::new());
    // The configuration in brackets names its fields with commas.
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("OUTCOME OF THE COUNCIL MEETING: Transport, Telecommunications and Energy")
    );
    assert_eq!(r.metadata.meeting_dates, ["2026-03-16"]);
}

#[test]
fn the_gac_outcomes_items_nest_and_its_requests_are_no_sections() {
    // `c) Anti-corruption package` ⏎ `Request from the Czech delegation`: who asked for the
    // item labels it, as `Information from the Presidency` does.
    check_outline(
        GAC,
        expect![[r#"
            0 [-] ITEMS DEBATED
              1 [1] Preparation of the European Council, 10-11 December 2026
                2 [1.1] Draft guidelines for the conclusions
                3 [1.2] Enlargement and reforms
              4 [2] Rule of law in Hungary - Article 7(1) TEU hearing
              5 [3] European Semester 2027
              6 [4] Any other business
                7 [a] Conference on the Future of the Union's finances
                8 [b] Work programme of the incoming Presidency
                9 [c] Anti-corruption package
        "#]],
    );
    let r = analyze_text(GAC, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("OUTCOME OF THE COUNCIL MEETING: General Affairs")
    );
    assert_eq!(r.metadata.meeting_dates, ["2026-11-18"]);
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-11-19"));
    assert_eq!(
        r.metadata.reference.as_ref().map(|r| r.dossier.as_str()),
        Some("15871/26")
    );
}

#[test]
fn a_minister_for_eu_affairs_belongs_to_her_country_not_to_the_union() {
    // `Minister for EU Affairs of Sweden`: `EU` is what the office is for; Sweden is whose.
    assert_eq!(
        actors(GAC, "person:mikael-strand"),
        [(
            "person:mikael-strand".to_string(),
            Some("Minister for EU Affairs".to_string()),
            Some("country:se".to_string())
        )]
    );
    assert_eq!(actors(GAC, "role:minister-for-eu"), []);
    expect![[r#"
        person:mikael-strand | Minister for EU Affairs | country:se
    "#]]
    .assert_eq(&people(
        "Outcome of the Council meeting\n\n\
         President: Mr Mikael Strand, Minister for EU Affairs of Sweden\n",
    ));
}

#[test]
fn the_gac_outcomes_speakers_and_stances() {
    check(&[
        (
            "Hungary rejected the criticism and stated that the procedure had no legal basis.",
            &[
                ("country:hu", "rejected", Oppose),
                ("country:hu", "stated", Neutral),
            ],
        ),
        (
            "Czechia, supported by Slovakia, expressed concerns about the administrative burden.",
            &[
                ("country:cz", "expressed", Reservation),
                ("country:sk", "expressed", Reservation),
            ],
        ),
    ]);
    assert_eq!(
        statements_quoting(GAC, "Germany disagreed"),
        ["country:de disagreed Oppose", "country:de urged Neutral"]
    );
}

#[test]
fn a_release_saved_through_two_editors_reads_whole() {
    // Paragraphs retyped in windows-1252 inside a UTF-8 file, and CR-only line ends: every
    // quote and euro sign comes out, with one warning that says where.
    let r = report_core::analyze(EUROGROUP, &Config::default()).unwrap();
    assert!(
        r.text.contains("euro area’s economic outlook"),
        "{}",
        r.text
    );
    assert!(r.text.contains("“in full and in time”"));
    assert!(r.text.contains("€18.1 billion") && r.text.contains("€50 billion"));
    assert!(!r.text.contains('\u{FFFD}'));
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["mixed-encoding", "cr-line-ends"]);
    // Dated by the release's own day, after the meeting's in its headline; a meeting's
    // results, as its headline says.
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-02-03"));
    assert_eq!(r.metadata.meeting_dates, ["2026-02-02"]);
    assert_eq!(format!("{:?}", r.metadata.kind), "MeetingReport");
    assert_eq!(
        statements_rows_of(&r, "Germany said"),
        ["country:de said Neutral"]
    );
    assert_eq!(
        statements_rows_of(&r, "Austria expressed"),
        [
            "country:at expressed Reservation",
            "country:es supported Support",
            "country:pt supported Support"
        ]
    );
}

fn statements_rows_of(r: &report_core::Report, needle: &str) -> Vec<String> {
    statement_rows::statements_in(r, needle)
}

#[test]
fn a_speech_is_titled_by_the_line_that_names_its_speaker() {
    // Eleven words are too many for a heading, but `Speech by …` opening the text is its
    // title; the first person below it is the speaker's.
    let text = "Speech by President Ursula von der Leyen at the European Parliament Plenary\n\n\
                Strasbourg, 8 October 2026\n\n\
                Madam President, honourable Members,\n\n\
                We welcome the agreement reached by the co-legislators last night. I strongly \
                support the position of this House on the budget.\n";
    let r = analyze_text(text, &Config::default());
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Speech by President Ursula von der Leyen at the European Parliament Plenary")
    );
    assert_eq!(r.metadata.letter_date.as_deref(), Some("2026-10-08"));
    let rows: Vec<String> = r.statements.iter().map(statement_rows::row).collect();
    assert_eq!(
        rows,
        [
            "person:ursula-von-der-leyen welcome Support",
            "person:ursula-von-der-leyen support Support"
        ]
    );
}
