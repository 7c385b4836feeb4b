//! Session 8: outlines and metadata of small invented reports in layouts the older fixtures
//! do not have, as `expect-test` snapshots (`UPDATE_EXPECT=1` refreshes them): one section a
//! line, `id [number] title`, indented by level.

use expect_test::{expect, Expect};
use report_core::{analyze_text, Config, Report};

mod outline_text;
use outline_text::outline_text;

fn run(text: &str) -> Report {
    analyze_text(text, &Config::default())
}

fn check(text: &str, expected: Expect) {
    expected.assert_eq(&outline_text(&run(text)));
}

#[test]
fn markdown_comments_and_code_fences_hold_no_headings() {
    let report = run("<!-- exported by the site builder -->\n\
         # Annual Report 2029 of the Wetland Trust\n\n\
         ## 1. Programmes\n\n\
         <!--\n\
         ## 7. Draft chapter\n\
         -->\n\n\
         Work went on at six sites. An example query:\n\n\
         ```\n\
         # list the sites\n\
         ## 2. not a chapter\n\
         ```\n\n\
         ## 2. Finances\n\n\
         Spending rose.\n\n\
         ~~~yaml\n\
         1. Budget: 4\n\
         ~~~\n\n\
         ## Annex B. Site list\n\n\
         | Site | Area |\n");
    expect![[r#"
        0 [1] Programmes
        1 [2] Finances
        2 [Annex B] Site list
    "#]]
    .assert_eq(&outline_text(&report));
    assert_eq!(
        report.metadata.title.as_deref(),
        Some("Annual Report 2029 of the Wetland Trust")
    );
    assert!(!report.text.contains("Draft chapter"), "{}", report.text);
    assert!(!report.text.contains("```"), "{}", report.text);
    // The fence's lines stay as text, one paragraph.
    assert!(
        report
            .text
            .contains("\n\n# list the sites ## 2. not a chapter\n\n"),
        "{}",
        report.text
    );
    // Lines set aside as Markdown are not counted as page furniture.
    assert!(
        report
            .diagnostics
            .iter()
            .all(|d| d.code != "page-furniture"),
        "{:?}",
        report.diagnostics
    );
}

#[test]
fn an_unclosed_fence_or_comment_opener_is_plain_text() {
    check(
        "Report of the board\n\n\
         ```\n\n\
         1. Budget\n\n\
         The budget was adopted. The board agreed.\n\n\
         <!-- a stray opener\n\n\
         2. Staff\n\n\
         Staff numbers rose. The board agreed.\n",
        expect![[r#"
            0 [1] Budget
            1 [2] Staff
        "#]],
    );
}

#[test]
fn a_no_break_space_after_a_heading_number_still_numbers_it() {
    let report = run("Verslag van de Raad Milieu van 3\u{a0}maart\u{a0}2029\n\n\
         1.\u{a0}Klimaatbeleid\n\n\
         De Raad sprak over de doelen voor 2040.\n\n\
         2.1\u{a0}Waterbeheer in\u{a0}de delta\n\n\
         Nederland gaf een toelichting.\n\n\
         3.\u{a0}Diversen\n\n\
         Er waren geen punten.\n");
    expect![[r#"
        0 [1] Klimaatbeleid
          1 [2.1] Waterbeheer in de delta
        2 [3] Diversen
    "#]]
    .assert_eq(&outline_text(&report));
    assert_eq!(
        report.metadata.title.as_deref(),
        Some("Verslag van de Raad Milieu van 3 maart 2029")
    );
    assert_eq!(report.metadata.meeting_dates, ["2029-03-03"]);
}

#[test]
fn the_halves_of_a_council_outcome_hold_the_groups_and_items_under_them() {
    check(
        "OUTCOME OF THE COUNCIL MEETING\n\n\
         ITEMS DEBATED\n\n\
         LEGISLATIVE DELIBERATIONS\n\n\
         1.   Regulation on inland shipping\n\
         \x20    General approach\n\
         \x20    The Council reached a general approach. Austria abstained.\n\n\
         NON-LEGISLATIVE ACTIVITIES\n\n\
         2.   Any other business\n\
         \x20    (a) Port security\n\
         \x20        Information from the Presidency\n\
         \x20        The Presidency informed ministers about the incident.\n\n\
         ITEMS APPROVED WITHOUT DEBATE\n\n\
         TRANSPORT\n\n\
         –    Rail passenger rights\n\n\
         \x20    The Council adopted its position on the regulation.\n",
        expect![[r#"
            0 [-] ITEMS DEBATED
              1 [-] LEGISLATIVE DELIBERATIONS
                2 [1] Regulation on inland shipping
              3 [-] NON-LEGISLATIVE ACTIVITIES
                4 [2] Any other business
                  5 [a] Port security
            6 [-] ITEMS APPROVED WITHOUT DEBATE
              7 [-] TRANSPORT
        "#]],
    );
}

#[test]
fn minutes_number_their_sentences_like_their_items() {
    // A word processor's export: a tab after each number, items and paragraphs numbered alike.
    check(
        "Minutes of the meeting of the Steering Group\n\n\
         1.\tOpening\n\
         1.1\tThe Chair opened the meeting.\n\
         1.2\tThe agenda was adopted unchanged.\n\n\
         2.\tWork programme\n\
         2.1\tState of play\n\
         2.1.1\tThe secretariat presented the state of play.\n\
         2.2\tThe Group took note.\n\n\
         3.\tDiversen.\n",
        expect![[r#"
            0 [1] Opening
            1 [2] Work programme
              2 [2.1] State of play
            3 [3] Diversen
        "#]],
    );
}

#[test]
fn a_title_in_capitals_does_not_run_on_into_the_line_in_small_letters_under_it() {
    let report = run("SUMMARY RECORD OF THE 7TH MEETING OF THE\n\
         ADVISORY FORUM\n\
         held in Tallinn on 4 May 2029\n\n\
         1. Adoption of the agenda\n\n\
         The agenda was adopted without changes by all members present.\n");
    assert_eq!(
        report.metadata.title.as_deref(),
        Some("SUMMARY RECORD OF THE 7TH MEETING OF THE ADVISORY FORUM")
    );
    assert_eq!(report.metadata.meeting_dates, ["2029-05-04"]);
    assert_eq!(report.metadata.place.as_deref(), Some("Tallinn"));
}

#[test]
fn reference_fields_and_a_closing_name_without_formula_are_no_sections() {
    check(
        "Summary record of the Advisory Forum\n\n\
         Ref.: AF/2029/M7\n\n\
         1. Opening\n\n\
         The Chair opened the meeting and welcomed the members from Cyprus.\n\n\
         2. Any other business\n\n\
         The next meeting will take place in the autumn of 2029 in Riga.\n\n\
         Jonas Petrauskas-Lind\n\
         Chair of the Advisory Forum\n",
        expect![[r#"
            0 [1] Opening
            1 [2] Any other business
        "#]],
    );
    // A last heading in title case without a role under it may be no name: it stays.
    check(
        "Annual report of the Forum\n\n\
         1. Opening\n\n\
         The Chair opened the meeting and welcomed the members from Cyprus.\n\n\
         Next Steps\n",
        expect![[r#"
            0 [1] Opening
              1 [-] Next Steps
        "#]],
    );
}

#[test]
fn a_title_that_names_two_meetings_dates_both() {
    let letter = |intro: &str| {
        format!(
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
             Den Haag, 2 mei 2029\n\n\
             {intro}\n\n\
             De Minister van Financiën,\n\
             P.Q. de Boer-Mahmoud\n\n\
             Verslag van de Eurogroep van 24 april 2029 en de Ecofinraad van 25 april 2029\n\n\
             1. Eurogroep\n\n\
             De Eurogroep sprak over de inflatie in de eurozone.\n"
        )
    };
    let rows = [
        (
            "Hierbij stuur ik u het verslag van de Eurogroep van 24 april 2029 en de \
             Ecofinraad van 25 april 2029 in Luxemburg.",
            Some("Luxemburg"),
        ),
        (
            "Hierbij stuur ik u het verslag van beide vergaderingen.",
            None,
        ),
    ];
    for (intro, place) in rows {
        let report = run(&letter(intro));
        assert_eq!(
            report.metadata.meeting_dates,
            ["2029-04-24", "2029-04-25"],
            "{intro}"
        );
        assert_eq!(report.metadata.place.as_deref(), place, "{intro}");
        assert_eq!(report.metadata.letter_date.as_deref(), Some("2029-05-02"));
    }
}

/// An agency's report as pdftotext gives it: form feeds, a contents page, and a running header
/// with the page number on the outer edge (first on even pages, last on odd ones).
fn alternating_header_report() -> String {
    let header = |page: usize| {
        let words = "Danube Fisheries Office – Annual Report 2029";
        if page.is_multiple_of(2) {
            format!("{page}      {words}\n\n")
        } else {
            format!("{words}      {page}\n\n")
        }
    };
    let body = [
        "Contents\n\nForeword ............................................ 3\n\
         Budget .............................................. 4\n",
        "Foreword\n\nThe Office counted more sturgeon than in any year since 2010. The Director \
         thanked the riparian states for the data they\n",
        "shared. The Board adopted the report in March.\n\nBudget\n\nThe budget was executed \
         in full. Staff numbers rose to forty.\n",
        "Outlook\n\nThe Office will open a second laboratory in 2030.\n",
    ];
    let mut text = String::from("DANUBE FISHERIES OFFICE\n\nAnnual Report 2029\n");
    for (i, page) in body.iter().enumerate() {
        text.push('\u{c}');
        text.push_str(&header(i + 2));
        text.push_str(page);
    }
    text
}

#[test]
fn a_running_header_whose_page_number_changes_sides_is_furniture() {
    let report = run(&alternating_header_report());
    assert!(
        !report.text.contains("Danube Fisheries Office –"),
        "{}",
        report.text
    );
    // The paragraph goes on across the page break; the contents end at theirs.
    assert!(
        report.text.contains("the data they shared. The Board"),
        "{}",
        report.text
    );
    assert!(
        report.text.contains(" 4\n\nForeword\n\nThe Office"),
        "{}",
        report.text
    );
    expect![[r#"
        0 [-] Foreword
        1 [-] Budget
        2 [-] Outlook
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn without_form_feeds_the_changing_sides_header_is_furniture_too() {
    let text = alternating_header_report().replace('\u{c}', "\n\n");
    let report = run(&text);
    assert!(
        !report.text.contains("Danube Fisheries Office –"),
        "{}",
        report.text
    );
}

#[test]
fn a_chapter_numbered_without_a_dot_holds_the_sections_numbered_under_it() {
    check(
        "Annual report 2029 of the Office\n\n\
         1 Inspections\n\n\
         1.1 Vessels\n\n\
         The Office inspected 410 vessels in the year under review.\n\n\
         1.2 Ports\n\n\
         Twelve ports were audited by the inspectors of the Office.\n\n\
         2 Resources\n\n\
         The Office had a stable year.\n\n\
         2.1 Budget\n\n\
         The budget was executed in full by the end of the year.\n\n\
         12 Member States\n\n\
         sent experts to the Office in the year under review.\n",
        expect![[r#"
            0 [1] Inspections
              1 [1.1] Vessels
              2 [1.2] Ports
            3 [2] Resources
              4 [2.1] Budget
        "#]],
    );
}

#[test]
fn a_dateline_dates_a_review_but_the_meeting_a_title_names() {
    let doc = |title: &str| {
        format!(
            "{title}\n\nBrussels, 6 March 2029\n\n1. Background\n\n\
             The programme was adopted in 2024 after a public consultation.\n"
        )
    };
    let rows = [
        (
            "Cleaner Rivers for Europe",
            Some("2029-03-06"),
            vec![],
            None,
        ),
        (
            "Report of the joint hearing on river basins",
            None,
            vec!["2029-03-06"],
            Some("Brussels"),
        ),
    ];
    for (title, letter, meeting, place) in rows {
        let meta = run(&doc(title)).metadata;
        assert_eq!(meta.letter_date.as_deref(), letter, "{title}");
        assert_eq!(meta.meeting_dates, meeting, "{title}");
        assert_eq!(meta.place.as_deref(), place, "{title}");
    }
}

#[test]
fn a_side_column_block_repeated_under_each_page_number_is_furniture() {
    // A ministry letter without form feeds: each page ends with "Pagina n van 3" and the next
    // starts with the side column's department and reference, in capitals and digits.
    let mut text = String::from(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
         Datum 4 april 2029\n\
         Betreft Verslag van de Visserijraad van 28 maart 2029\n\n\
         Geachte Voorzitter,\n\n\
         Hierbij ontvangt u het verslag van de Visserijraad.\n\n\
         De minister van Landbouw, Visserij en Natuur,\n\n\
         T.R. Smeets-Oyelaran\n\n\
         Verslag van de Visserijraad van 28 maart 2029\n\n",
    );
    for n in 1..=3 {
        text.push_str(&format!("{n}. Agendapunt nummer {n}\n\n"));
        for _ in 0..6 {
            text.push_str(
                "De Raad sprak over de vangstmogelijkheden in de Noordzee en de Oostzee.\n",
            );
        }
        text.push_str(&format!(
            "\n                                              Pagina {n} van 3\n\
             \x20                                         Directie Visserij en\n\
             \x20                                         Internationale Zaken\n\n\
             \x20                                         Ons kenmerk\n\
             \x20                                         DGVIS / 29044871\n\n"
        ));
    }
    let report = run(&text);
    for furniture in [
        "DGVIS",
        "Directie Visserij",
        "Internationale Zaken",
        "Ons kenmerk",
        "Pagina",
    ] {
        assert!(
            !report.text.contains(furniture),
            "{furniture}: {}",
            report.text
        );
    }
    expect![[r#"
        0 [1] Agendapunt nummer 1
        1 [2] Agendapunt nummer 2
        2 [3] Agendapunt nummer 3
    "#]]
    .assert_eq(&outline_text(&report));
}

#[test]
fn the_addressee_of_a_letter_head_in_two_columns_is_its_left_column() {
    let report = run(
        "> Retouradres Postbus 20350 2500 EJ Den Haag            Directie Internationale\n\
         \x20                                                       Zaken\n\
         Aan de Voorzitter van de Tweede Kamer                   Parnassusplein 5\n\
         der Staten-Generaal                                     2511 VX Den Haag\n\
         Prinses Irenestraat 6\n\
         2595 BD DEN HAAG\n\n\
         Datum       9 mei 2029\n\
         Betreft     Verslag van de Gezondheidsraad van 3 mei 2029\n\n\
         Geachte Voorzitter,\n\n\
         Hierbij ontvangt u het verslag van de Gezondheidsraad.\n\n\
         De minister van Volksgezondheid,\n\n\
         E.F. Groen-Adeyemi\n\n\
         Verslag van de Gezondheidsraad van 3 mei 2029\n\n\
         1. Geneesmiddelenstrategie\n\n\
         De Raad sprak over tekorten aan geneesmiddelen.\n",
    );
    assert_eq!(
        report.metadata.addressee.as_deref(),
        Some("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    );
    assert_eq!(
        report.metadata.kind,
        report_core::DocumentKind::LetterWithMeetingReport
    );
}

#[test]
fn a_report_of_a_qualified_meeting_is_a_meeting_report() {
    let meta = run("Report of the informal meeting of water directors\n\n\
         Vienna, 12 June 2029\n\n\
         1. Opening\n\n\
         The Chair opened the meeting and welcomed the delegations.\n")
    .metadata;
    assert_eq!(meta.kind, report_core::DocumentKind::MeetingReport);
    assert_eq!(meta.meeting_dates, ["2029-06-12"]);
    assert_eq!(meta.place.as_deref(), Some("Vienna"));
}
