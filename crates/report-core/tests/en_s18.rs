//! Session 18: English documents nobody had shown the analyzer (fixtures under `fixtures/s18`):
//! the outcome of a Justice and Home Affairs Council set by pdftotext (running footers, a word
//! hyphenated across a page break, a participants grid in two columns), a European Parliament
//! committee's press release, a Markdown annual report with YAML front matter and setext
//! headings, and a Eurogroup's main results in Windows-1252 with CRLF line ends.

mod metadata_rows;
use metadata_rows::meeting_dates;
mod actor_rows;
mod outline_text;
use actor_rows::actors;
mod fixture_file;
mod statement_rows;

use expect_test::{expect, Expect};
use outline_text::outline_text;
use report_core::{analyze, analyze_text, Config, Stance::*};

const OUTCOME: &str = include_str!("fixtures/s18/outcome-jha-pdftotext-en.txt");

fn check_outline(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&analyze_text(text, &Config::default())));
}

#[test]
fn session_18_statements() {
    statement_rows::check(&[
        // France's junior minister is a Minister Delegate, not Minister `Delegate`; the verb
        // after `joined … and` is the subject's, over the comma that closes the apposition.
        (
            "The Minister Delegate for European Affairs of France, Benjamin Haddad, joined the \
             debate and called on the Commission to present a proposal.",
            &[("person:benjamin-haddad", "called on", Neutral)],
        ),
        // … and over the first verb's object.
        (
            "The Director-General of the WTO, Dr Ngozi Okonjo-Iweala, joined the ministers by \
             video conference and called on the EU to keep leading on reform.",
            &[("person:ngozi-okonjo-iweala", "called on", Neutral)],
        ),
        (
            "Norway attended the meeting with Iceland and welcomed the proposal.",
            &[("country:no", "welcomed", Support)],
        ),
        // English `met` is a verb, no link of a list as Dutch `met name` is.
        (
            "Norway and Iceland met the Commission and welcomed the proposal.",
            &[
                ("country:no", "welcomed", Support),
                ("country:is", "welcomed", Support),
            ],
        ),
        (
            "Verscheidene lidstaten, met name Italië en Spanje, steunden het voorstel.",
            &[
                ("collective:several-member-states", "steunden", Support),
                ("country:it", "steunden", Support),
                ("country:es", "steunden", Support),
            ],
        ),
        // The past perfect, as a press release tells what was said before the meeting.
        (
            "The European Data Protection Supervisor, Mr Wojciech Wiewiórowski, had warned the \
             committee.",
            &[
                ("org:edps", "warned", Neutral),
                ("person:wojciech-wiewiorowski", "warned", Neutral),
            ],
        ),
        (
            "Germany had welcomed the proposal.",
            &[("country:de", "welcomed", Support)],
        ),
        // Defending a measure stands by it.
        (
            "Germany and the Netherlands defended the temporary controls at their borders.",
            &[
                ("country:de", "defended", Support),
                ("country:nl", "defended", Support),
            ],
        ),
        // A parliament's tag of group and country after a titled member's name.
        (
            "Rapporteur Javier Zarzalejos (EPP, ES) welcomed the result.",
            &[("person:javier-zarzalejos", "welcomed", Support)],
        ),
        (
            "Shadow rapporteur Birgit Sippel (S&D, DE) stressed that orders should target \
             suspects only.",
            &[("person:birgit-sippel", "stressed", Neutral)],
        ),
        // A working party's name with a comma in it is one name.
        (
            "The Working Party on Integration, Migration and Expulsion supported the text.",
            &[(
                "org:working-party-on-integration-migration-and-expulsion",
                "supported",
                Support,
            )],
        ),
    ]);
    // A comma before a list of countries still ends a committee's name.
    assert_eq!(
        actors(
            "The text went to the Working Party on Frontiers, Germany and France.",
            "org:"
        ),
        [("org:working-party-on-frontiers".to_string(), None, None)]
    );
}

#[test]
fn a_quotation_of_two_sentences_is_one_statement() {
    let r = analyze_text(OUTCOME, &Config::default());
    let quoted: Vec<&str> = r
        .statements
        .iter()
        .filter(|s| s.actor == "person:sandor-pinter")
        .map(|s| &r.text[s.range.start..s.range.end])
        .collect();
    assert_eq!(quoted.len(), 1, "{quoted:?}");
    assert!(
        quoted[0].starts_with("\"Schengen is one of the greatest achievements")
            && quoted[0].contains("We will only keep it"),
        "{quoted:?}"
    );
    // Curly quotes too; and a quotation not handed to a speaker by `,"` ends with its
    // sentences.
    let text = "“We have a duty. The rules give us the tools,” said the President of the \
                Eurogroup, Mr Paschal Donohoe.\n\n\"We must act. Now.\" Germany agreed.\n";
    let r = analyze_text(text, &Config::default());
    let ranges: Vec<(&str, &str)> = r
        .statements
        .iter()
        .map(|s| (s.actor.as_str(), &r.text[s.range.start..s.range.end]))
        .collect();
    assert_eq!(
        ranges,
        [
            (
                "person:paschal-donohoe",
                "“We have a duty. The rules give us the tools,” said the President of the \
                 Eurogroup, Mr Paschal Donohoe."
            ),
            ("country:de", "Germany agreed.")
        ]
    );
}

#[test]
fn the_meeting_information_of_an_outcome_is_a_part_of_its_own() {
    check_outline(
        OUTCOME,
        expect![[r#"
            0 [-] ITEMS DEBATED
              1 [-] Schengen governance
              2 [-] Migration: external dimension
              3 [-] Fight against drug trafficking
            4 [-] OTHER ITEMS APPROVED
              5 [-] HOME AFFAIRS
                6 [-] EU-Moldova agreement on operational cooperation
            7 [-] MEETING INFORMATION
            8 [-] Participants
        "#]],
    );
}

#[test]
fn the_rows_of_a_participants_grid_stay_apart() {
    let people: Vec<String> = actors(OUTCOME, "person:")
        .into_iter()
        .map(|a| a.0)
        .collect();
    assert!(
        people.contains(&"person:benjamin-haddad".to_string()),
        "{people:?}"
    );
    assert!(
        !people.iter().any(|p| p.ends_with("-federal")),
        "{people:?}"
    );
    // Each name takes the role under it and the country over it.
    let grid = actors(OUTCOME, "person:");
    let of = |id: &str| {
        grid.iter()
            .find(|p| p.0 == id)
            .map(|p| (p.1.as_deref(), p.2.as_deref()))
    };
    assert_eq!(
        of("person:annelies-verlinden"),
        Some((Some("Minister for Home Affairs"), Some("country:be")))
    );
    assert_eq!(
        of("person:atanas-ilkov"),
        Some((Some("Minister of the Interior"), Some("country:bg")))
    );
    assert_eq!(
        of("person:nancy-faeser"),
        Some((Some("Federal Minister of the Interior"), Some("country:de")))
    );
    assert_eq!(
        of("person:gerhard-karner"),
        Some((Some("Federal Minister of the Interior"), Some("country:at")))
    );
    // The roles are theirs, no actors of their own.
    assert_eq!(actors(OUTCOME, "role:minister-for-home-affairs"), []);
    // A name that wraps in running text goes on over the line break: only a grid's row ends.
    let text = "The Council heard the report of Ms Anna\nBerg, who chaired the working party.\n";
    let (found, _) = report_core::actors_and_statements(text, None);
    let people: Vec<&str> = found.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(people, ["org:council", "person:anna-berg"]);
}

const EUROGROUP: &str = "s18/eurogroup-cp1252-en.txt";

#[test]
fn a_eurogroup_is_titled_dated_and_placed_by_its_lines() {
    use metadata_rows::{check_fields, FieldRow};
    let bytes = fixture_file::read(EUROGROUP);
    let r = analyze(&bytes, &Config::default()).expect("decodes");
    assert_eq!(
        r.metadata.title.as_deref(),
        Some("Eurogroup, 19 January 2026")
    );
    assert_eq!(r.metadata.meeting_dates, ["2026-01-19"]);
    assert_eq!(format!("{:?}", r.metadata.kind), "MeetingReport");
    // The meeting information stands before the list of participants, not at the very end.
    assert_eq!(r.metadata.place.as_deref(), Some("Brussels"));
    // Its participants, a table of three columns set by spaces: each row is one person's.
    let person = |id: &str| {
        r.actors
            .iter()
            .find(|a| a.id == id)
            .map(|a| (a.role.as_deref(), a.affiliation.as_deref()))
    };
    assert_eq!(
        person("person:lars-klingbeil"),
        Some((Some("Federal Minister of Finance"), Some("country:de")))
    );
    assert_eq!(
        person("person:eric-lombard"),
        Some((
            Some("Minister for the Economy and Finance"),
            Some("country:fr")
        ))
    );
    let rows: [FieldRow; 2] = [
        (
            "a Euro Summit is named so too",
            "Euro Summit, 26 March 2026\n\nMain results\n\nLeaders discussed the euro.\n",
            meeting_dates,
            Some("2026-03-26"),
        ),
        (
            "a body of lower-case words is no meeting's name",
            "The eurogroup, 26 March 2026\n\nMain results\n\nLeaders discussed the euro.\n",
            meeting_dates,
            Some(""),
        ),
    ];
    check_fields(&rows);
}

const EP_PRESS: &str = include_str!("fixtures/s18/ep-committee-press-release-en.txt");

#[test]
fn a_press_release_is_titled_by_its_headline_and_dated_by_the_line_under_its_label() {
    use metadata_rows::{check_fields, FieldRow};
    let letter_date = |r: &report_core::Report| r.metadata.letter_date.clone();
    let title = |r: &report_core::Report| r.metadata.title.clone();
    let rows: [FieldRow; 6] = [
        (
            "a parliament's press room dates in figures, with the time",
            EP_PRESS,
            letter_date,
            Some("2026-03-12"),
        ),
        (
            "… and the headline after the date's block is the title, not the issuer",
            EP_PRESS,
            title,
            Some("Digital rights: LIBE committee backs new rules on child sexual abuse material"),
        ),
        (
            "a Council's press release writes the date out",
            "Council of the EU\nPress release\n12 March 2026 18:45\n\nMigration: Council agrees \
             position on return regulation\n\nThe Council today agreed its position.\n",
            title,
            Some("Migration: Council agrees position on return regulation"),
        ),
        (
            "… and is dated by it",
            "Council of the EU\nPress release\n12 March 2026 18:45\n\nMigration: Council agrees \
             position on return regulation\n\nThe Council today agreed its position.\n",
            letter_date,
            Some("2026-03-12"),
        ),
        (
            "a sentence after the date is no headline",
            "Council of the EU\nPress release\n12 March 2026\n\nThe Council today agreed its \
             position on the return regulation.\n\nHungary voted against.\n",
            title,
            Some("Council of the EU"),
        ),
        (
            "a date line without the label dates nothing",
            "Council of the EU\n\n12-03-2026 18:45\n\nMigration: Council agrees position\n\n\
             The Council today agreed its position.\n",
            letter_date,
            None,
        ),
    ];
    check_fields(&rows);
}

#[test]
fn a_parliaments_tag_after_a_titled_member_gives_the_group() {
    let people = actors(EP_PRESS, "person:");
    let of = |id: &str| people.iter().find(|p| p.0 == id).cloned();
    assert_eq!(
        of("person:javier-zarzalejos"),
        Some((
            "person:javier-zarzalejos".to_string(),
            Some("Rapporteur".to_string()),
            Some("org:epp-group".to_string())
        ))
    );
    assert_eq!(
        of("person:birgit-sippel"),
        Some((
            "person:birgit-sippel".to_string(),
            Some("Shadow rapporteur".to_string()),
            Some("org:s-and-d".to_string())
        ))
    );
}

const ANNUAL: &str = include_str!("fixtures/s18/annual-report-frontmatter-en.md");

#[test]
fn a_foreword_signed_in_italics_names_its_executive_director() {
    let people = actors(ANNUAL, "person:josef");
    assert_eq!(
        people,
        [(
            "person:josef-doppelbauer".to_string(),
            Some("Executive Director".to_string()),
            Some("org:era".to_string())
        )]
    );
    // The role line under the name is no role of its own.
    assert_eq!(actors(ANNUAL, "role:executive-director"), []);
    // Both lines in italics, as in the foreword of another agency's report.
    let text = "# Annual Report 2024\n\n## Foreword\n\nThe Agency grew in 2024.\n\n\
                *Ingrid Vasquez-Lehto*\n*Executive Director*\n\n## 1. Results\n\n\
                The Agency issued 41 certificates.\n";
    assert_eq!(
        actors(text, "person:"),
        [(
            "person:ingrid-vasquez-lehto".to_string(),
            Some("Executive Director".to_string()),
            None
        )]
    );
    // Two lines of prose in italics are no signature.
    let text = "# Annual Report 2024\n\n## Foreword\n\n*The Agency grew*\n*in 2024.*\n";
    assert_eq!(actors(text, "person:"), []);
}

#[test]
fn the_annual_reports_outline_follows_its_setext_and_hash_headings() {
    check_outline(
        ANNUAL,
        expect![[r#"
        0 [-] Foreword
        1 [I] Achievements
          2 [1] Authorisations and certification
            3 [1.1] Vehicle authorisations
            4 [1.2] Safety certificates
          5 [2] Interoperability
        6 [II] Management
          7 [3] Budget and staff
          8 [4] Governance
        9 [-] Annexes
          10 [Annex I] Members of the Management Board
    "#]],
    );
}

#[test]
fn a_running_footer_without_form_feeds_goes_and_the_word_it_cut_is_whole() {
    // The footer `14602/24 … 4` ⏎ `EN` ⏎ the date recurs with page numbers that go up, though
    // the contents page has none: furniture, and `tran-` ⏎ footer ⏎ `sit` is one word.
    assert_eq!(
        statement_rows::statements_quoting(OUTCOME, "transit should be extended"),
        ["country:it argued Neutral", "country:dk argued Neutral"]
    );
    let text = analyze_text(OUTCOME, &Config::default()).text;
    assert!(!text.contains("14602/24     "), "a footer is left");
}

#[test]
fn the_body_a_person_represents_or_chairs_is_his_affiliation() {
    let rows = [
        (
            "The European Central Bank, represented by Vice-President Luis de Guindos, \
             supported the proposal.",
            "person:luis-de-guindos",
            "org:ecb",
        ),
        (
            "The Management Board met twice. The Executive Board, chaired by Mr Karel Šimek, \
             prepared the decisions.",
            "person:karel-simek",
            "org:executive-board",
        ),
        (
            "Germany, represented by State Secretary Anna Lührmann, supported the text.",
            "person:anna-luhrmann",
            "country:de",
        ),
    ];
    for (text, person, body) in rows {
        let people = actors(text, person);
        assert_eq!(people.len(), 1, "{text}");
        assert_eq!(people[0].2.as_deref(), Some(body), "{text}");
    }
    // Without the body's comma, `represented by` names no one's body.
    assert_eq!(
        actors("Ministers were represented by Ms Anna Berg.", "person:")[0].2,
        None
    );
}

#[test]
fn a_member_named_with_his_group_speaks() {
    statement_rows::check(&[
        (
            "Patrick Breyer of the Greens/EFA group criticised the compromise and announced \
             amendments.",
            &[
                ("person:patrick-breyer", "criticised", Oppose),
                ("person:patrick-breyer", "announced", Neutral),
            ],
        ),
        // A group of another kind of body is no evidence of a person.
        ("Regional Policy of the Commission was discussed.", &[]),
    ]);
    assert_eq!(
        actors(EP_PRESS, "person:patrick-breyer"),
        [(
            "person:patrick-breyer".to_string(),
            None,
            Some("org:greens-efa".to_string())
        )]
    );
}

#[test]
fn a_cell_under_a_name_is_its_role_only_in_a_grid() {
    // A name over a line of prose is no grid's cell.
    let text = "Minutes\n\nThe Council heard Ms Anna Berg\nMinister of Finance Olaf Lund spoke \
                next.\n";
    let people = actors(text, "person:anna-berg");
    assert_eq!(people[0].1, None);
    // In a grid, a cell under a name that is no role gives none.
    let text = "Participants\n\nBelgium                    Bulgaria\n\n\
                Ms Anna Berg               Mr Olaf Lund\n\
                Brussels office            Sofia office\n";
    let people = actors(text, "person:");
    assert_eq!(
        people,
        [
            (
                "person:anna-berg".to_string(),
                None,
                Some("country:be".to_string())
            ),
            (
                "person:olaf-lund".to_string(),
                None,
                Some("country:bg".to_string())
            ),
        ]
    );
}

#[test]
fn a_parliament_committee_named_by_its_field_is_that_committee() {
    assert_eq!(
        statement_rows::statements_quoting(EP_PRESS, "adopted its report on the regulation"),
        ["org:libe adopted Support"]
    );
    assert_eq!(actors(EP_PRESS, "org:civil-liberties"), []);
}
